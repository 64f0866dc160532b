"""Sextortion as a payment demand with a deadline or a condition (appended to
`harm.RULES`): "$200 in gift cards by 10pm or every follower sees them",
"pay 50 euros tonight or I send your pics to your school", "send me 100 robux
by tomorrow or your photos go to your mum", "you have 24 hours to pay or the
video goes public".

The older payment rule (`harm_extortion.py`) needs the writer to claim the
pictures first ("i have ur pics ...") and is English-first; the demand rules
(`harm_sextortion_demand.py`) ask for a picture, not money.  Here the message
is a demand for money in 13 languages, in three parts that must come in this
order inside one stretch without a question mark:

* a payment: a pay / transfer verb, an amount sent, money, gift cards, game
  currency, crypto, a payment app ("pay", "gift cards", "robux", "paie",
  "págame", "pix", "zahl", "ricarica", "переведи", "ادفع", "przelej",
  "transfer", "paytm", "付钱");
* a condition: "or / otherwise / unless / if not" ("sinon", "o si no",
  "senão", "sonst", "altrimenti", "иначе", "والا", "yoksa", "albo", "kalau
  nggak", "warna", "不然");
* the exposure of the reader's pictures, videos or chats: the writer sends,
  posts or leaks them ("i send your pics", "je balance tes nudes", "foto kamu
  aku sebar"), they go public or to an audience ("your photos go to your
  mum", "the video goes public", "fotoğrafların annene gider"), or an
  audience sees them ("every follower sees them", "alle deine Follower sehen
  deine Nacktbilder").

A deadline ("by 10pm", "ce soir", "до завтра") is allowed anywhere in the
stretch but not required: the condition and the exposure already make the
threat.  What passes: paying for a school trip ("I have to pay 20 euros by
friday or I can't go": no pictures), sending trip photos by a time (no
payment), a negation before the exposure ("...or your photos won't be in the
yearbook"), pictures *of* something ("the video of my cat"), and reports and
advice ("someone told my friend to pay 200 or he'd post her pics, she
reported it", "never pay if someone threatens to post your photos"): a
third person's pictures are no exposure of the reader, and every rule here is
framed, so the discussion and report frames excuse it.

A held message carries `threat` and `sexual` (rule `threat:sextortion`), the
same as the other sextortion rules, so the harm stage holds it (strict: block).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_SX = ("threat", "sexual")
_GAP = r"[^?]{0,70}?"  # payment -> condition, never across a question
_GAP2 = r"[^?]{0,25}?"  # condition -> exposure
# a negation between the pictures and where they go: "your photos will not be in it"
_NEG = (r"(?:not|never|no|pas|jamais|nunca|nao|nicht|nie|non|mai|не|لا|ما|mat|nahi|nahin|nhi|gak|"
        r"nggak|tidak|ga|yok|degil|kein|keine|niemals|nigdy)")
_W = r"(?:(?!" + _NEG + r" )\S+ )"
# pictures *of* something else: "the video of my cat", "las fotos del viaje"
# ("do" is Portuguese "of" but Polish "to": each language passes its own)
_NOT_OF = (r"(?! (?:of|from|for) (?:my|the|our|this|that|his|her|last|school|class)\b| (?:de|del|de la|"
           r"du|des|vom|von der|della|dello|dei|dari) )")


def _expose(iv: str, pic: str, dest: str, aud: str, see: str, pron: str, not_of: str = _NOT_OF) -> str:
    """The writer sends the pictures (or sends them to an audience / somewhere public),
    the pictures go somewhere public or to an audience, or an audience sees them ("sonst
    sieht die ganze Schule dein Video": the verb may come first)."""
    return (r"(?:" + iv + r" " + _W + r"{0,3}?(?:" + pic + not_of + r"|" + pron + r" " + _W
            + r"{0,3}?(?:" + dest + r"|" + aud + r"))|" + pic + not_of + r" " + _W + r"{0,4}?(?:"
            + dest + r"|" + aud + r"|" + see + r")|" + aud + r" " + _W + r"{0,2}?" + see + r" "
            + _W + r"{0,2}?(?:" + pic + r"|" + pron + r")|" + see + r" " + _W + r"?" + aud + r" "
            + _W + r"{0,2}?(?:" + pic + r"|" + pron + r"))")


def _shape(pay: str, cond: str, expose: str, ifnot: str) -> str:
    """Payment, condition, exposure; or the condition first: "if you don't pay (by 9pm),
    your videos go to everyone"."""
    return (r"\b(?:" + pay + r")\b" + _GAP + r"\b(?:" + cond + r")\b" + _GAP2 + r"(?:" + expose
            + r")|\b(?:" + ifnot + r")\b" + _GAP + r"(?:" + expose + r")")


# -- en ---------------------------------------------------------------------------
_PAY_EN = (r"pay|paying|payment|transfer|wire|venmo|cash ?app|paypal|(?:send|give|get) (?:me |us )?\d+|"
           r"gift ?cards?|giftcards?|steam ?cards?|amazon cards?|itunes|google play|paysafe\w*|robux|"
           r"v ?bucks|bitcoin|btc|crypto|usdt|money|cash|dollars|euros|pounds|quid|bucks")
_PIC_EN = (r"(?:(?:all )?(?:your|ur|the|those|these) (?:\w+ ){0,2}?(?:pictures?|videos?|nudes|selfies|"
           r"chats?|messages|dms|screenshots|snaps|recordings?|clips?|vids)|(?:pictures?|videos?|"
           r"nudes) of you)\b")
_AUD_EN = (r"(?:everyone|everybody|every1|every (?:follower|contact|friend)|all (?:your|ur) (?:\w+ )?"
           r"(?:followers|friends|contacts|classmates|family)|(?:your|ur) (?:whole |entire )?(?:school|"
           r"class|year|grade|mum|mom|dad|parents|family|friends|followers|contacts|teachers?|crush|"
           r"bf|gf|boyfriend|girlfriend|brother|sister|friend list|friends list|grandma|principal|"
           r"coach|team)|the (?:whole |entire )?(?:school|class|internet|world|group chat|gc))\b")
_EXPOSE_EN = _expose(
    r"\b(?:(?:i|we) (?:will |am going to |swear i will |will just |just |)|ill |i will )(?:post|leak|"
    r"send|share|show|upload|expose|spread|forward|publish|put|drop|release|email|text)",
    _PIC_EN,
    r"\b(?:public|online|viral|everywhere|leaked|posted|released|out\b|on (?:instagram|tiktok|snap\w*|"
    r"twitter|x|facebook|fb|the internet|reddit|discord|youtube|your story|my story|every \w+|all "
    r"(?:platforms|socials|social media)|social media|socials))",
    _AUD_EN, r"\b(?:sees?|will see|gets?|receives?|will get|will receive|going to see)\b",
    r"\b(?:them|it|everything|all of (?:them|it))\b")
# -- fr ---------------------------------------------------------------------------
_PAY_FR = (r"paie|paye|payes|payer|verse|vire|virement|envoie (?:moi )?\d+|euros?|balles|argent|thunes|"
           r"fric|cartes? cadeaux?|robux|v ?bucks|bitcoin|btc|crypto|paysafecard|pcs|transcash|"
           r"neosurf|dollars")
_PIC_FR = (r"(?:(?:toutes )?(?:tes|ta|ton|la|les|ces) (?:\w+ ){0,2}?(?:pictures?|videos?|nudes|"
           r"captures|messages|conversations?|screens?|vids?|snaps?))\b")
_AUD_FR = (r"(?:tout le monde|toute (?:l'ecole|la classe|ta famille)|tout le (?:college|lycee|bahut)|"
           r"tous tes \w+|tes (?:parents|potes|amis|amies|abonnes|contacts|profs)|ta (?:mere|famille|"
           r"daronne|soeur|classe|copine|meuf|prof)|ton (?:pere|daron|copain|frere|ecole|college|lycee|"
           r"mec|prof)|l'ecole)\b")
_EXPOSE_FR = _expose(
    r"\b(?:je |j'|j |jvais |je vais |j'vais |on )(?:te )?(?:les |la |le )?(?:envoie|envoyer|balance|"
    r"balancer|publie|publier|poste|poster|diffuse|diffuser|montre|montrer|partage|partager|leak|"
    r"mets|mettre|affiche|afficher)",
    _PIC_FR,
    r"\b(?:publi\w*|partout|en ligne|sur (?:instagram|internet|tiktok|snap\w*|les reseaux)|diffuse\w*|"
    r"leak\w*)", r"\b(?:a |chez )?" + _AUD_FR,
    r"\b(?:verra|verront|va voir|vont voir|recevra|recevront)\b", r"\b(?:les|la)\b")
# -- es ---------------------------------------------------------------------------
_PAY_ES = (r"paga|pagame|pagar|pagas|deposita|depositame|transfiere|transfiereme|manda(?:me)? \d+|"
           r"euros?|dolares|pesos|dinero|plata|pasta|lana|tarjetas? (?:de )?regalo|robux|pavos|"
           r"v ?bucks|bitcoin|btc|cripto|bizum|paysafecard")
_PIC_ES = (r"(?:(?:todas )?(?:tus|tu|el|la|los|las|esas|esos) (?:\w+ ){0,2}?(?:fotos?|pictures?|"
           r"videos?|nudes|pack|capturas|mensajes|chats?|conversaciones))\b")
_AUD_ES = (r"(?:todos|todo el mundo|todo el (?:colegio|insti|instituto|salon)|toda (?:la (?:clase|"
           r"escuela)|tu (?:familia|clase))|tus (?:padres|amigos|amigas|seguidores|papas|contactos|"
           r"profes)|tu (?:madre|mama|padre|papa|familia|novio|novia|clase|colegio|escuela|instituto))\b")
_EXPOSE_ES = _expose(
    r"\b(?:(?:se )?(?:las |los |la |lo )?(?:mando|envio|paso|publico|subo|filtro|comparto|muestro|"
    r"enseno)|voy a (?:mandar|enviar|pasar|publicar|subir|filtrar|compartir|mostrar|ensenar))",
    _PIC_ES,
    r"\b(?:publico|publica|publicos|publicad\w*|en internet|en (?:instagram|tiktok|redes)|por todos "
    r"lados|filtrad\w*)", r"\b(?:a |al |le |les )?" + _AUD_ES,
    r"\b(?:vera|veran|van a ver|va a ver|recibira|recibiran)\b", r"\b(?:las|los)\b")
# -- pt ---------------------------------------------------------------------------
_PAY_PT = (r"paga|pague|pagar|pix|(?:pix|pictures) de \d+|faz (?:um|o) (?:pix|pictures)|transfere|transfira|deposita|"
           r"manda \d+|reais|dinheiro|grana|robux|"
           r"v ?bucks|bitcoin|btc|cripto|gift ?card|cartao presente|euros?|dolares")
_PIC_PT = (r"(?:(?:todas )?(?:suas|tuas|seus|teus|sua|tua|o|a|os|as|esses|essas) (?:\w+ ){0,2}?"
           r"(?:fotos?|pictures?|videos?|nudes|prints|mensagens|conversas))\b")
_AUD_PT = (r"(?:todo mundo|todos|a escola (?:toda|inteira)|toda a escola|a sala toda|a turma toda|"
           r"(?:seus|teus) (?:pais|amigos|seguidores|contatos)|(?:sua|tua) (?:mae|familia|turma|escola|"
           r"sala)|(?:seu|teu) (?:pai|namorado|colegio))\b")
_EXPOSE_PT = _expose(
    r"\b(?:eu )?(?:(?:te )?(?:mando|posto|vazo|espalho|envio|divulgo|mostro|jogo)|vou (?:mandar|postar|"
    r"vazar|espalhar|enviar|divulgar|mostrar|jogar))",
    _PIC_PT,
    r"\b(?:publicad\w*|publico|publica|na internet|no (?:instagram|tiktok|grupo)|vazad\w*|vaza|vazam)",
    r"\b(?:pra |para |pro |a )?" + _AUD_PT, r"\b(?:vai ver|vao ver|ve|veem|vera|verao|recebe)\b",
    r"\b(?:elas|eles)\b", r"(?! (?:de|do|da|dos|das) )")
# -- de ---------------------------------------------------------------------------
_PAY_DE = (r"zahl|zahle|zahlst|zahlen|bezahl|bezahle|uberweis|uberweise|euro|dollar|geld|kohle|robux|"
           r"v ?bucks|bitcoin|btc|krypto|gutscheine?|gutscheinkarten?|paysafe\w*|schick (?:mir )?\d+")
_PIC_DE = (r"(?:(?:alle )?(?:deine|dein|das|die|diese) (?:\w+ ){0,2}?(?:bilder|bild|fotos?|pictures?|"
           r"videos?|nacktbilder|nudes|chats?|nachrichten|screenshots))\b")
_AUD_DE = (r"(?:alle|jeder|die ganze (?:schule|klasse|stufe)|deinen (?:eltern|freunden|followern|lehrern)|"
           r"deiner (?:mutter|mama|familie|klasse|schule)|deinem (?:vater|papa|freund|bruder)|deine (?:eltern|freunde|"
           r"freundinnen|mutter|mama|familie|follower|klasse|schule|lehrer)|dein (?:vater|papa|freund|bruder))\b")
_EXPOSE_DE = _expose(
    r"\b(?:ich (?:\w+ )?(?:schicke|schick|poste|post|leake|verschicke|verschick|verbreite|teile|stelle|"
    r"stell|zeige|zeig|lade)|(?:schicke|schick|poste|leake|verschicke|verbreite|teile|stelle|zeige|"
    r"zeig|lade) ich)",
    _PIC_DE,
    r"\b(?:veroffentlicht|online|im internet|uberall|auf (?:instagram|tiktok|snap\w*))",
    r"\b(?:an |zu |bei )?" + _AUD_DE, r"\b(?:sehen|sieht|bekommen|bekommt|kriegen|kriegt)\b",
    r"\b(?:sie|es)\b")
# -- it ---------------------------------------------------------------------------
_PAY_IT = (r"paga|pagami|pagare|ricarica|ricariche|ricaricami|bonifico|euro|dollari|soldi|robux|"
           r"v ?bucks|bitcoin|btc|crypto|carte? regalo|buoni amazon|paysafe\w*|mandami \d+")
_PIC_IT = (r"(?:(?:tutte )?(?:le tue|i tuoi|il tuo|la tua|il|le|i|quelle|quei) (?:\w+ ){0,2}?(?:foto|"
           r"pictures?|video|nudes|chat|messaggi|screen\w*))\b")
_AUD_IT = (r"(?:tutti|tutte|tutta la (?:scuola|classe)|i tuoi (?:genitori|amici|follower)|le tue "
           r"amiche|tua (?:madre|mamma|sorella|scuola|classe)|tuo (?:padre|papa|fratello|ragazzo))\b")
_EXPOSE_IT = _expose(
    r"\b(?:(?:lo |li |le |la )?(?:mando|pubblico|giro|inoltro|mostro|posto|diffondo|carico|condivido))",
    _PIC_IT, r"\b(?:pubblic\w*|online|su internet|ovunque|su (?:instagram|tiktok)|finisc\w*|girano)",
    r"\b(?:a |alla |al |ai )?" + _AUD_IT, r"\b(?:vedranno|vedra|riceveranno|ricevera)\b",
    r"\b(?:le|li)\b")
# -- ru ---------------------------------------------------------------------------
_PAY_RU = (r"заплати|заплатить|платить|оплатить|плати|оплати|переведи|перевод|скинь \d+|денег|деньги|рубл\w*|руб|"
           r"долларов|баксов|"
           r"робукс\w*|биткоин\w*|крипт\w*|подарочн\w*")
_PIC_RU = (r"(?:(?:все )?(?:твои|твое|твоих|твою|эти|это) (?:\S+ ){0,2}?(?:фото\S*|фотк\S*|"
           r"фотограф\S*|видео|нюдс\S*|переписк\S*|скрин\S*|сообщени\S*)|видео)")
_AUD_RU = (r"(?:все|вся (?:школа|параллель)|весь класс|твои (?:родители|друзья|подруги|подписчики)|"
           r"твоя (?:мама|мать|семья)|твои (?:папа|отец|парень|класс)|твоеи (?:маме|школе|семье)|"
           r"твою школу|всем)")
_SEE_RU = r"(?:увидят|увидит|узнают|узнает|получат|получит)"
_EXPOSE_RU = _expose(
    r"(?:я )?(?:отправлю|скину|выложу|солью|перешлю|разошлю|опубликую|покажу|кину)", _PIC_RU,
    r"(?:публичн\S*|в интернет\S*|в сеть|везде|в инст\S*|в тик\S*)", r"(?:в |на )?" + _AUD_RU,
    _SEE_RU, r"(?:их|его)")
# -- ar (letters folded: ة->ه, أ/إ->ا) -------------------------------------------------
_PAY_AR = (r"ادفع|ادفعي|تدفع|تدفعي|دفع|حول|حولي|تحول|فلوس|مصاري|دولار|ريال|جنيه|درهم|دينار|بطاقات|"
           r"بطاقه|روبوكس|بيتكوين|كريبتو")
_PIC_AR = r"(?:صورك|صورتك|صوركي|فيديوك|الفيديو|الصور|محادثاتك|رسايلك|رسائلك|مقطعك|صور)"
_AUD_AR = (r"(?:الكل|كل الناس|كل المدرسه|كل الصف|كل اصحابك|اهلك|ابوك|امك|صحابك|اصحابك|المدرسه|"
           r"الجميع|عيلتك|لمدرستك|لاهلك|لامك|لابوك|لاصحابك|للكل|لكل)")
_EXPOSE_AR = _expose(
    r"(?:ببعت|هبعت|حبعت|ابعت|بنشر|هنشر|حنشر|انشر|بنزل|هنزل|انزل|بوري|هوري|اوري|ارسل|بارسل|سارسل|"
    r"بفضحك|هفضحك|افضحك|حفضحك|سافضحك|(?:راح|رح|سوف) (?:ابعت|ارسل|انشر|انزل|اوري|افضحك))",
    _PIC_AR, r"(?:بينتشر|ينتشر|هينتشر|ينزل|بينزل|على النت|عالنت|توصل|يوصل|بتوصل)", _AUD_AR,
    r"(?:يشوف\S*|بيشوف\S*|هيشوف\S*|راح يشوف\S*)", r"(?:هم|ها)")
# -- tr ---------------------------------------------------------------------------
_EXPOSE_TR = (r"\b(?:fotograf\w*|foto\w*|resim\w*|resm\w*|video\w*|mesaj\w*|konusma\w*|ss\w*|picture\w*)"
              r" (?:\w+ ){0,3}?(?:atarim|atacagim|aticam|gonderirim|gonderecegim|gondericem|yayarim|"
              r"yayacagim|yayicam|paylasirim|paylasacagim|paylasicam|yollarim|yollicam|yayilir|"
              r"yayilacak|gider|gidecek|sizar|sizacak|gorur|gorecek|ifsa\w*)\b")
# -- pl ---------------------------------------------------------------------------
_PAY_PL = (r"zaplac|zaplacic|placic|zaplacisz|przelej|przelew|blik\w*|zl|zlotych|zlote|kase|kasy|hajs\w*|pieniadze|"
           r"pieniedzy|robux\w*|bitcoin\w*|krypto|kart\w* podarunkow\w*|paysafe\w*|wyslij (?:mi )?\d+|"
           r"euro|dolar\w*")
_PIC_PL = (r"(?:(?:(?:wszystkie )?(?:twoje|twoj|twoja|te|to|ten|twoich) )?(?:\w+ ){0,2}?(?:zdjeci\w*|"
           r"zdjec|fot\w*|filmi\w*|film\w*|wideo|nagrani\w*|nudes\w*|nudki|rozmow\w*|wiadomosci|"
           r"screeny|pictures?))\b")
_AUD_PL = (r"(?:wszyscy|cala (?:szkola|klasa)|twoi (?:rodzice|znajomi|koledzy)|twoja (?:mama|matka|"
           r"rodzina|klasa)|twoj (?:tata|ojciec|chlopak)|wszyscy twoi \w+|do (?:twojej|twoich|twojego|"
           r"calej|wszystkich) \w+)\b")
_EXPOSE_PL = _expose(
    r"\b(?:wysle|wysylam|wrzuce|wrzucam|udostepnie|opublikuje|pokaze|rozesle|rozsylam|puszcze|wstawie)",
    _PIC_PL, r"\b(?:trafi\w*|pojdzie|pojda|do sieci|do internetu|w sieci|na (?:instagram\w*|"
    r"tiktok\w*|fejsa|grupe)|publiczn\w*|wycieknie|wyciekna)", _AUD_PL,
    r"\b(?:zobacza|zobaczy|dostana|dostanie)\b", r"\b(?:je|to)\b", r"(?! (?:z|ze|od) )")
# -- id ---------------------------------------------------------------------------
_EXPOSE_ID = (r"\b(?:foto|poto|video|vidio|pictures?|pap|chat|ss|rekaman)(?:mu|nya)?(?: (?:kamu|lo|lu|"
              r"km|mu))? (?:\w+ ){0,2}?(?:(?:aku|gue|gw|gua|saya|ku) (?:\w+ )?(?:sebar\w*|upload|post\w*|"
              r"kirim\w*|share|viral\w*|bocorin)|(?:bakal |akan )?(?:tersebar|kesebar|viral|bocor))\b")
# -- hi (romanised) -----------------------------------------------------------------
_EXPOSE_HI = (r"\b(?:photos?|pics?|pictures?|video|videos|nudes|chats?|screenshots?|photu|fotu|"
              r"tasveer\w*) (?:\w+ ){0,4}?(?:viral|leak|upload|post|public|forward|send|bhej|dikha|daal)"
              r" (?:kar |kr )?(?:dunga|dungi|doonga|denge|dalunga)\b")

# Most rules are triggered by their condition words ("or", "unless", "sinon") and
# gated by their payment words: fewer messages have a condition word.
RULES: list[Rule] = [
    rule("threat:sextortion", _SX,
         "or otherwise unless else if until",
         r"(?:" + _EXPOSE_EN + r")[^?]{0,40}?\b(?:unless|if you do not|until) you (?:\w+ )?(?:pay|"
         r"send (?:me )?(?:the )?(?:money|\d+)|transfer)\b|"
         + _shape(_PAY_EN, r"or|or else|otherwise|unless|if not|else|if you do not", _EXPOSE_EN,
                r"if you (?:do not|dont|will not|refuse to) (?:\w+ )?(?:pay|send (?:me )?(?:the )?(?:money|\d+))"),
         requires="pay paying payment transfer wire venmo cash cashapp paypal send give get gift giftcard giftcards "
                  "steam steamcard amazon itunes google paysafecard robux bucks vbucks bitcoin btc crypto usdt money "
                  "dollars euros pounds quid"),
    rule("threat:sextortion", _SX,
         "sinon ou autrement faute si",
         _shape(_PAY_FR, r"sinon|ou|ou bien|autrement|faute de quoi", _EXPOSE_FR,
                r"si tu (?:ne )?(?:me )?(?:paies|payes|verses|vires|envoies) pas"),
         requires="paie paye payes paies payer verses vires envoies verse vire virement envoie euro euros balles "
                  "argent thunes fric carte cartes robux bucks vbucks bitcoin btc crypto paysafecard pcs transcash "
                  "neosurf dollars"),
    rule("threat:sextortion", _SX,
         "o si sino contrario",
         _shape(_PAY_ES, r"o|o si no|si no|sino|o sino|porque si no|que si no|de lo contrario", _EXPOSE_ES,
                r"si no (?:me )?(?:pagas|depositas|transfieres|mandas (?:el dinero|la plata|\d+))"),
         requires="paga pagame pagar pagas depositas transfieres mandas deposita depositame transfiere transfiereme "
                  "manda mandame euro euros dolares pesos dinero plata pasta lana tarjeta tarjetas robux pavos bucks "
                  "vbucks bitcoin btc cripto bizum paysafecard"),
    rule("threat:sextortion", _SX,
         "ou senao se caso",
         _shape(_PAY_PT, r"ou|senao|se nao|ou entao|caso contrario", _EXPOSE_PT,
                r"se (?:voce |tu )?nao (?:me )?(?:pagar|pagares|pagas|depositar|mandar (?:o dinheiro|o pix|\d+))"),
         requires="paga pague pagar pagares pagas depositar mandar pix transfere transfira deposita manda reais "
                  "dinheiro grana robux bucks vbucks bitcoin btc cripto gift giftcard cartao euro euros dolares"),
    rule("threat:sextortion", _SX,
         "oder sonst ansonsten andernfalls wenn",
         _shape(_PAY_DE, r"oder|sonst|ansonsten|andernfalls|wenn nicht", _EXPOSE_DE,
                r"wenn du (?:mir )?(?:\w+ ){0,3}?nicht (?:\w+ ){0,2}?(?:zahlst|bezahlst|uberweist)"),
         requires="zahl zahle zahlst zahlen bezahlst uberweist bezahl bezahle uberweis uberweise euro dollar geld "
                  "kohle robux bucks vbucks bitcoin btc krypto gutschein gutscheine gutscheinkarte gutscheinkarten "
                  "paysafecard schick"),
    rule("threat:sextortion", _SX,
         "paga pagami pagare paghi ricarica mandi ricarica ricariche ricaricami bonifico euro dollari soldi robux "
         "bucks vbucks bitcoin btc crypto carta carte buoni paysafecard mandami",
         _shape(_PAY_IT, r"o|oppure|altrimenti|senno|se no|o senno", _EXPOSE_IT,
                r"se non (?:mi )?(?:paghi|fai (?:la )?ricarica|mandi (?:i soldi|\d+))"),
         requires="o oppure altrimenti senno se"),
    rule("threat:sextortion", _SX,
         "заплати заплатишь переведешь заплатить платить оплатить плати оплати переведи перевод скинь денег деньги "
         "рублеи рубля рубль руб долларов "
         "баксов робуксов робуксы робукс биткоин биткоинах крипту крипте подарочные подарочную",
         _shape(_PAY_RU, r"или|а то|иначе|а иначе|если не", _EXPOSE_RU,
                r"если (?:ты )?не (?:заплатишь|переведешь|скинешь (?:деньги|\d+))"),
         requires="или то иначе если"),
    rule("threat:sextortion", _SX,
         "ادفع ادفعي دفعت دفعتي حولت حولتي تدفع تدفعي دفع حول حولي تحول فلوس مصاري دولار ريال جنيه درهم دينار بطاقات "
         "بطاقه روبوكس بيتكوين كريبتو",
         _shape(_PAY_AR, r"والا|او|ولا|لو ما|اذا ما|وان ما", _EXPOSE_AR,
                r"(?:اذا|لو|ان) (?:ما|مش) (?:دفعت|دفعتي|تدفع|تدفعي|حولت|حولتي)"),
         requires="والا او ولا لو اذا وان"),
    # tr: the verb comes last, and "ödemezsen" (if you don't pay) is payment and condition at once
    rule("threat:sextortion", _SX,
         "para parayi tl lira dolar euro robux bitcoin kripto hediye ode ode odemezsen yatir "
         "yatirmazsan gonder havale eft papara ininal",
         r"\b(?:(?:para|parayi|tl|lira|dolar|euro|robux|bitcoin|kripto|hediye karti|ode|yatir|gonder|"
         r"havale|eft|papara|ininal)\b" + _GAP + r"\b(?:yoksa|aksi halde|aksi takdirde)|odemezsen|"
         r"yatirmazsan|odemedigin takdirde|parayi (?:gondermezsen|atmazsan|yatirmazsan|vermezsen))\b"
         + _GAP2 + _EXPOSE_TR),
    rule("threat:sextortion", _SX,
         "albo bo inaczej przeciwnym jak jesli jezeli",
         _shape(_PAY_PL, r"albo|bo inaczej|inaczej|bo|w przeciwnym razie|jak nie|jesli nie|jezeli nie",
                _EXPOSE_PL, r"(?:jak|jesli|jezeli|a jak) (?:mi )?nie (?:zaplacisz|przelejesz|wyslesz (?:kasy|\d+))"),
         requires="zaplac zaplacisz przelejesz wyslesz zaplacic placic zaplacisz przelej przelew blik blika zl "
                  "zlotych zlote kase kasy hajs pieniadze pieniedzy robux robuxow bitcoin bitcoina krypto karte karty "
                  "paysafecard wyslij euro dolarow"),
    rule("threat:sextortion", _SX,
         "atau kalau kalo klo kl awas",
         _shape(r"transfer|tf|bayar|kirim (?:\w+ )?\d+|ribu|rb|juta|jt|rupiah|rp|uang|duit|pulsa|robux|"
                r"diamond|dana|ovo|gopay|bitcoin|kripto|voucher",
                r"atau|kalau (?:nggak|gak|ga|tidak|enggak|engga|ngga)|kalo (?:nggak|gak|ga|ngga|tidak|"
                r"enggak|engga|gk|g)|klo (?:gk|ga|gak)|kl (?:ga|gak)|awas", _EXPOSE_ID,
                r"(?:kalau|kalo|klo|kl) (?:kamu |lo |lu )?(?:nggak|gak|ga|tidak|enggak|engga|gk) "
                r"(?:\w+ )?(?:bayar|transfer|tf)"),
         requires="transfer tf bayar kirim ribu rb juta jt rupiah rp uang duit pulsa robux diamond dana ovo gopay "
                  "bitcoin kripto voucher"),
    rule("threat:sextortion", _SX,
         "warna varna vrna wrna nahi nhi ni agar agr",
         _shape(r"paise|paisa|rupaye|rupees|rs|paytm|gpay|phonepe|upi|robux|bitcoin|gift card|transfer|"
                r"pay kar|bhej \d+|\d+ bhej",
                r"warna|varna|vrna|wrna|nahi toh|nahi to|nhi to|nhi toh|ni to", _EXPOSE_HI,
                r"(?:agar|agr) (?:\w+ ){0,3}?(?:paise|paisa|rupaye|pay) (?:\w+ )?(?:nahi|nhi|nahin)"),
         requires="paise paisa rupaye rupees rs paytm gpay phonepe upi robux bitcoin gift transfer pay bhej"),
    # hi (Devanagari): no \b, vowel signs are not \w
    rule("threat:sextortion", _SX, "पैसे पैसा रुपये रुपए पेटीएम",
         r"(?:पैसे|पैसा|रुपये|रुपए|पेटीएम)[^?]{0,70}?(?:वरना|नहीं तो|नही तो)[^?]{0,25}?(?:फोटो|फ़ोटो|"
         r"तस्वीर\S*|वीडियो|पिक्स|चैट)(?: \S+){0,4}? (?:वायरल|लीक|पोस्ट|अपलोड|भेज|दिखा|डाल) (?:कर )?"
         r"(?:दूंगा|दूँगा|दूंगी|दूँगी|देंगे|दूगा)"),
    zrule("threat:sextortion", _SX, "照 视 聊 截 录",
          r"(?:转|付|打钱|给钱|钱|块|元|红包|礼品卡|充值卡|点卡|robux|比特币|美元|转账|汇款)[^。!?]{0,30}"
          r"(?:不然|否则|要不然|要不|不给的话|不付的话|不转的话)[^。!?]{0,15}(?:(?:你的|你那些|那些)?"
          r"(?:照片|视频|裸照|私密照|聊天记录|截图|录像)[^。!?]{0,12}(?:发给|发到|传到|公开|曝光|发出去|"
          r"传出去|全校|所有人|大家|网上|朋友圈)|(?:所有人|大家|全校|全班|你妈|你爸|你父母|你家人|"
          r"你朋友)[^。!?]{0,6}(?:看到|收到)[^。!?]{0,6}(?:照片|视频|裸照)|我(?:就|会|要)[^。!?]{0,4}"
          r"(?:把)?[^。!?]{0,8}(?:照片|视频|裸照)[^。!?]{0,8}(?:发|传|公开|曝光))"),
]
