"""Sextortion as a demand with a condition: "send me nude photos or everyone
will find out what you write" (appended to `harm.RULES`).

Found missing on a blind evaluation (Polish "wyślij mi nagie zdjęcia albo
wszyscy się dowiedzą co piszesz"); written as a class in the 13 languages of
the package.  The older sextortion rules need a posting verb with the
reader's pictures ("i'll post your pics") or a payment; here the threat is
the reader's *secrets or messages getting out* and the price is a picture:

* a demand for a nude or body picture, then "or / otherwise / unless / if
  not" and the exposure: everyone (the school, the parents) will know, find
  out, see or read, or the writer will tell, show, send, post or leak;
* a demand for any picture of the reader ("send me a pic or everyone finds
  out"), only when the exposure names an audience that will know or be told
  ("send me the homework pic or i tell the teacher you copied" passes: a
  specific picture, and telling a teacher is no exposure);
* the condition first: "if you don't send nudes, everyone will know", "jeśli
  nie wyślesz ..., wszyscy się dowiedzą", "göndermezsen herkes öğrenir".

A held message carries `threat` and `sexual` (rule `threat:sextortion`), the
same as the payment form, so a moderator sees both.  The demand alone stays
with `sexual:request`.  Reports, quotes, warnings and advice ("if someone says
send nudes or everyone will find out, tell an adult", "ktoś napisał do mojej
koleżanki: ...") are excused by the discussion frames: every rule here is
framed.

Matched against `Prepared.plain` ("photo"/"pic"/"selfie" read "picture",
Arabic letter variants folded); Chinese against `norm` via `zrule`.
"""

from __future__ import annotations

import unicodedata

from .packs.zh import zrule
from .rules import Rule, rule

_SX = ("threat", "sexual")
_GAP = r"[^?]{0,60}?"  # demand -> condition, in the message, never across a question
_GAP2 = r"[^?]{0,25}?"  # condition -> exposure

# -- en ---------------------------------------------------------------------------
_REQ_V_EN = r"(?:send|sned|snd|show|give|drop|dm|snap|post|take)(?: me| us)?"
_NUDE_EN = (r"(?:nudes|nude|naked|noodz|nudez|nudies|spicy|dirty|sexy|nsfw|body|boob|boobs|tit|"
            r"tits|ass|butt|bum|underwear|bra|bikini|topless)")
_PIC_EN = r"(?:pictures?|videos?|vids?|snaps?|selfies?)"
# "send nudes", "send me a nude pic", "show me ur body", "a pic without clothes"
_REQ_NUDE_EN = (r"\b" + _REQ_V_EN + r" (?:\w+ ){0,3}?(?:" + _NUDE_EN + r"\b|" + _PIC_EN
                + r" (?:of (?:you|yourself) )?(?:without (?:clothes|your clothes|a top|a shirt|"
                r"anything)|in (?:your|a|just) (?:underwear|bra|bikini|towel|undies)|naked|nude))")
# "send me a pic", "send more pics", "send ur pics": any picture of the reader
_REQ_ANY_EN = (r"\b" + _REQ_V_EN + r" (?:a |an |some |more |another |your |one |1 |)(?:(?:new |"
               r"cute |hot |private |full body |face )?" + _PIC_EN + r"|" + _NUDE_EN + r")\b"
               r"(?! (?:of|from|for) (?:the|my|our|this|that|homework|notes|the board|class|the "
               r"trip|school|your (?:dog|cat|homework|notes|answers|work|drawing)))")
_COND_EN = r"\b(?:or|or else|otherwise|unless|if not|else|and if you do not|if you do not)\b"
_AUD_EN = (r"(?:everyone|everybody|every1|the whole (?:school|class|year|grade|internet|world)|"
           r"(?:all )?(?:your|ur) (?:parents|mum|mom|dad|family|friends|followers|contacts|bf|gf|"
           r"boyfriend|girlfriend|brother|sister|class|school|crush)|the (?:school|class|group|gc|"
           r"group chat|internet))")
_KNOW_EN = (r"(?:will |is going to |are going to |gets to |get to |is gonna |are gonna )?(?:know|"
            r"knows|find out|finds out|see|sees|hear|hears|learn|learns|read|reads|get|gets|find|"
            r"be told|hear about|know about|see them|see it)")
_EXPOSE_EN = (r"(?:i (?:will |am going to |am gonna |swear i will )?|ill |imma |we (?:will )?)"
              r"(?:tell|show|send|post|leak|expose|screenshot|forward|share|spread|upload|put|"
              r"publish|dox)\b|(?:your|ur) (?:chats?|messages|secrets?|dms|texts|pictures|nudes|"
              r"screenshots|convo|conversations?) (?:will |are going to |are gonna )?(?:go|get|be)"
              r" (?:out|everywhere|online|posted|leaked|public|sent|shared)")
# -- es ---------------------------------------------------------------------------
_REQ_V_ES = (r"(?:mandame|manda|pasame|pasa|enviame|envia|ensename|muestrame|me mandas|me pasas|"
             r"me envias|hazte|sacate)")
_NUDE_ES = (r"(?:nudes|pack|desnuda|desnudo|sin ropa|sin nada|en ropa interior|en tanga|en sujetador|tetas|"
            r"culo|intimas?|hot|sexys?|en bolas|encuerada)")
_PIC_ES = r"(?:fotos?|pictures?|videos?|selfies?)"
_COND_ES = r"\b(?:o|o si no|si no|sino|o sino|porque si no|que si no|o te)\b"
_AUD_ES = (r"(?:todos|todo el mundo|todo el (?:colegio|insti|instituto|salon)|toda la (?:clase|"
           r"escuela)|tus (?:padres|amigos|amigas|seguidores|papas)|tu (?:madre|mama|padre|papa|"
           r"familia|novio|novia|clase))")
_KNOW_ES = (r"(?:se (?:van a enterar|enteran|enteraran|entera|va a enterar|enterara)|(?:van|va) a "
            r"(?:saber|ver|leer|enterarse)|sabran|sabra|veran|vera|lo (?:sabran|van a saber|va a "
            r"saber|veran|sabra))")
_EXPOSE_ES = (r"(?:(?:le|les|se lo|se los) )?(?:cuento|enseno|paso|mando|digo|publico|subo|reenvio|"
              r"filtro|muestro|voy a (?:contar|ensenar|pasar|mandar|decir|publicar|subir|filtrar|"
              r"mostrar))\b|(?:tus|los) (?:mensajes|chats|secretos|capturas) (?:van a|se van a) "
              r"(?:salir|ver|circular)")
# -- fr ---------------------------------------------------------------------------
_REQ_V_FR = r"(?:envoie|envoi|envoies|montre|montres|balance|passe|file)(?: moi| nous)?"
_NUDE_FR = (r"(?:nudes|nue|nues|toute nue|tout nu|sans (?:vetements|habits|rien)|en sous "
            r"vetements|en culotte|en soutif|en maillot|tes seins|ton corps|tes fesses|hot)")
_PIC_FR = r"(?:photos?|pictures?|videos?|selfies?)"
_COND_FR = r"\b(?:sinon|ou|ou sinon|ou bien|autrement)\b"
_AUD_FR = (r"(?:tout le monde|toute (?:l'ecole|la classe|ta famille)|tout le (?:college|lycee)|"
           r"tes (?:parents|potes|amis|amies|abonnes)|ta (?:mere|famille|daronne|soeur|classe)|"
           r"ton (?:pere|daron|copain|frere))")
_KNOW_FR = (r"(?:saura|sauront|va (?:savoir|voir|lire|tout savoir)|vont (?:savoir|voir|lire)|verra|"
            r"verront|sera au courant|seront au courant|le saura|sauront tout|saura tout)")
_EXPOSE_FR = (r"(?:je |j')(?:(?:le |la |les |leur |lui )?(?:montre|envoie|balance|dis|poste|"
              r"publie|raconte|diffuse|transfere|affiche)|vais (?:tout )?(?:le |les |leur |lui )?"
              r"(?:montrer|envoyer|balancer|dire|poster|publier|raconter|diffuser|afficher))\b|"
              r"(?:jvais|j'vais) (?:\w+ )?(?:montrer|envoyer|balancer|dire|poster|publier|raconter)")
# -- pt ---------------------------------------------------------------------------
_REQ_V_PT = r"(?:manda|mande|envia|envie|mostra|mostre|passa|me manda|me envia|me mostra|tira)"
_NUDE_PT = (r"(?:nudes|nude|pelada|pelado|sem roupa|de calcinha|de lingerie|de sutia|peitos|bunda|"
            r"nua|nu|intimas?|peladinha)")
_PIC_PT = r"(?:fotos?|pictures?|videos?|selfies?)"
_COND_PT = r"\b(?:ou|senao|se nao|ou entao|ou senao|se nao mandar)\b"
_AUD_PT = (r"(?:todo mundo|todos|a escola (?:toda|inteira)|toda a escola|a sala toda|a turma toda|"
           r"toda a turma|(?:seus|teus) (?:pais|amigos|seguidores)|(?:sua|tua) (?:mae|familia|"
           r"turma)|(?:seu|teu) (?:pai|namorado))")
_KNOW_PT = (r"(?:(?:vai|vao|ira|irao) (?:ficar )?(?:saber|ver|sabendo|descobrir|ler)|fica sabendo|"
            r"ficam sabendo|vai ver|vao ver|sabera|saberao|descobre|descobrem|ve|veem)")
_EXPOSE_PT = (r"(?:eu )?(?:mostro|mando|conto|posto|vazo|espalho|envio|falo|divulgo|vou (?:mostrar|"
              r"mandar|contar|postar|vazar|espalhar|falar|divulgar|enviar))\b")
# -- de ---------------------------------------------------------------------------
_REQ_V_DE = r"(?:schick|schicke|sende|send|zeig|zeige|mach)(?: mir| uns)?"
_NUDE_DE = (r"(?:nacktbilder|nacktbild|nacktfotos|nacktfoto|nudes|nackt|ohne (?:klamotten|kleidung|"
            r"was an|oberteil)|in unterwasche|im bh|oben ohne|titten|bruste|arsch)")
_PIC_DE = r"(?:bilder|bild|fotos|foto|pictures?|videos?|selfies?)"
_COND_DE = r"\b(?:oder|sonst|ansonsten|oder aber|oder ich)\b"
_AUD_DE = (r"(?:alle|jeder|jede|die ganze (?:schule|klasse|stufe)|deine (?:eltern|freunde|"
           r"freundinnen|mutter|mama|familie|follower|klasse)|dein (?:vater|papa|freund|bruder))")
_KNOW_DE = (r"(?:erfahren|erfahrt|erfahrt es|erfahren es|wissen|weiss|sehen|sieht|lesen|liest|"
            r"kriegen|bekommen|(?:werden|wird) (?:es |das |alles )?(?:erfahren|sehen|wissen|lesen))")
_EXPOSE_DE = (r"(?:ich (?:zeig|zeige|schick|schicke|erzahl|erzahle|poste|post|sag|sage|leake|"
              r"verschick|verschicke|verbreite|stell|teile)|(?:zeig|zeige|schick|schicke|erzahl|"
              r"erzahle|poste|sag|sage|leake|verbreite|teile) ich)\b")
# -- it ---------------------------------------------------------------------------
_REQ_V_IT = r"(?:mandami|manda|inviami|invia|mostrami|fammi vedere|dammi|mandi|mi mandi|fatti)"
_NUDE_IT = (r"(?:nuda|nudo|nude|nudes|senza vestiti|in intimo|in mutande|in reggiseno|tette|"
            r"culo|hot|piccanti|osee?)")
_PIC_IT = r"(?:foto|pictures?|video|selfie)"
_COND_IT = r"\b(?:o|oppure|altrimenti|senno|se no|o senno|o se no)\b"
_AUD_IT = (r"(?:tutti|tutte|tutta la (?:scuola|classe)|i tuoi (?:genitori|amici)|le tue amiche|"
           r"tua (?:madre|mamma|sorella)|tuo (?:padre|papa|fratello|ragazzo))")
_KNOW_IT = (r"(?:sapranno|sapra|vedranno|vedra|scopriranno|scoprira|lo (?:sapranno|scopriranno|"
            r"sapra|vedranno)|leggeranno|sanno tutto|sapranno tutto)")
_EXPOSE_IT = (r"(?:(?:lo |li |le |gli |glielo |gliele )?(?:faccio vedere|mando|dico|pubblico|"
              r"racconto|giro|inoltro|mostro|posto|diffondo))\b")
# -- ru ---------------------------------------------------------------------------
_REQ_V_RU = r"(?:скинь|пришли|отправь|покажи|кинь|сбрось|вышли|скидывай|присылай|сделай)"
_NUDE_RU = (r"(?:голые|голое|голая|голую|голышом|нюдсы|нюдс|нюдсов|без одежды|интимные|интимку|"
            r"в белье|в трусах|в лифчике|сиськи|грудь|обнаженн\w*)")
_PIC_RU = r"(?:фото|фотку|фотки|фоточку|фотографию|фотографии|селфи|видео|pictures?)"
_COND_RU = r"(?:\bили\b|\bа то\b|\bиначе\b|\bа иначе\b|\bили же\b|\bинач\b)"
_AUD_RU = (r"(?:все|вся (?:школа|параллель)|весь класс|твои (?:родители|друзья|подруги)|твоя "
           r"(?:мама|мать|семья)|твой (?:папа|отец|парень)|всем)")
_KNOW_RU = r"(?:узнают|увидят|прочитают|узнает|увидит|прочитает|будут знать|все узнают)"
_EXPOSE_RU = (r"(?:(?:я )?(?:покажу|отправлю|скину|расскажу|выложу|солью|перешлю|разошлю|"
              r"опубликую|разошлю))")
# -- ar (letters folded: ة->ه, أ/إ->ا) -----------------------------------------------
_REQ_AR = (r"(?:ابعت|ابعتي|ابعتيلي|ابعتلي|ابعثي|ارسل|ارسلي|ارسلي لي|ارسليلي|صوري|صوريلي|وريني|"
           r"ورني|دزي|دزيلي|طرشي|نزلي|ابعثيلي|ابعتيلى)")
_NUDE_AR = (r"(?:ال)?(?:عاري|عاريه|عريانه|عريان|بدون ملابس|بدون هدوم|بدون لبس|بلا ملابس|خاصه|جسمك|صدرك|"
            r"ملط|بالملابس الداخليه|بالبيكيني)")
_PIC_AR = r"(?:صوره|صور|صورتك|صورك|صوره لك|فيديو|سيلفي)"
_COND_AR = r"(?:\bوالا\b|\bاو\b|\bولا\b|\bوالا راح\b|\bلو ما\b|\bاذا ما\b|\bوان ما\b)"
_AUD_AR = (r"(?:الكل|كل الناس|كل المدرسه|كل الصف|اهلك|ابوك|امك|صحابك|اصحابك|المدرسه|الجميع|"
           r"عيلتك|اهلك كلهم)")
_KNOW_AR = (r"(?:(?:راح|رح|ح|سوف|ه) )?(?:يعرف|يعرفوا|يعرفون|هيعرف|هيعرفوا|حيعرف|حيعرفوا|بيعرف|"
            r"بيعرفوا|يشوف|يشوفوا|يشوفون|هيشوف|هيشوفوا|بيشوفوا|تعرف|يدري|يدرون|بيدروا|يقرا|يقروا)")
_EXPOSE_AR = (r"(?:افضحك|بفضحك|هفضحك|حفضحك|سافضحك|افضحكي|بفضحكي|هفضحكي|(?:راح|رح|سوف) "
              r"(?:افضحك|انشر|ارسل|اوري|اقول)|انشر|بنشر|هنشر|حنشر|هوري|بوري|اوري|هقول|بقول|"
              r"اقول|هبعت|ببعت|ابعت)")
# -- hi (Hinglish / Devanagari) -----------------------------------------------------------
_NUDE_HI = (r"(?:nangi|nanga|nude|nudes|bina kapdo ke|bina kapdon ke|bina kapde|sexy|hot|"
            r"private|andar ke kapdo mein)")
_PIC_HI = r"(?:picture|pictures|photo|photu|fotu|foto|tasveer|pic|pics|video|videos|selfie)"
_REQ_V_HI = (r"(?:bhej|bhejo|bhejde|bhej de|bhejna|bhejdo|bhej do|de|dikha|dikhao|send kar|send "
             r"karo|daal|bhejegi|bhejegа)")
_COND_HI = r"\b(?:warna|varna|vrna|wrna|nahi toh|nahi to|nhi to|nhi toh|ni to|nai to|nahi)\b"
_AUD_HI = (r"(?:sabko|sab ko|sabhi ko|sab|poore school|puri class|poori class|tere ghar|tere "
           r"gharwalo|tere ghar walo|teri mummy|teri mom|tere papa|tere dost|teri family)")
_KNOW_HI = (r"(?:(?:ko )?pata (?:chal|lag) (?:jayega|jaega|jaayega|jayegi|jaegi)|(?:ko )?(?:bata|"
            r"dikha|bhej|send kar|forward kar|daal) (?:dunga|dungi|doonga|denge|dalunga))")
_EXPOSE_HI = (r"(?:viral|leak|upload|post|expose|public|forward) (?:kar |kr )?(?:dunga|dungi|"
              r"doonga|denge|dalunga)")
_D_NUDE = r"(?:नंगी|नंगा|न्यूड|बिना कपड़ों के|बिना कपड़े)"
_D_REQ = r"(?:भेज|भेजो|भेजदे|भेज दे|दिखा|दिखाओ|भेजना)"
_D_COND = r"(?:वरना|नहीं तो|नही तो|नहीं)"
_D_EXPOSE = (r"(?:(?:सबको|सब को|सभी को|तेरे घर|तेरे घरवालों को|तेरी मम्मी को|तेरे पापा को|पूरे "
             r"स्कूल को|पूरी क्लास को)(?: \S+){0,3}? (?:पता चल (?:जाएगा|जायेगा|जाएगी)|बता (?:दूंगा|"
             r"दूँगा|दूंगी)|दिखा (?:दूंगा|दूँगा|दूंगी)|भेज (?:दूंगा|दूँगा|दूंगी))|(?:वायरल|लीक|"
             r"पोस्ट) कर (?:दूंगा|दूँगा|दूंगी))")
# -- tr ---------------------------------------------------------------------------
_NUDE_TR = (r"(?:ciplak|cirilciplak|ic camasirli|ic camasirinla|sutyenli|bikinili|mayolu|ustsuz|"
            r"soyunuk|nude|nudes|plak)")
_PIC_TR = r"(?:foto\w*|fotograf\w*|resm\w*|resim\w*|video\w*|selfie\w*|picture\w*)"
_REQ_V_TR = r"(?:at|atsana|gonder|gondersene|yolla|yollasana|cek|ceksene|goster|gostersene|atar misin)"
_COND_TR = r"\b(?:yoksa|yoksam|yoksa da|aksi halde|aksi takdirde|yoksa herkes)\b"
_KNOW_TR = (r"(?:herkes|butun okul|tum okul|tum sinif|butun sinif|annen|baban|ailen|annenler|"
            r"arkadaslarin|sevgilin) (?:\w+ ){0,3}?(?:ogrenir|ogrenecek|ogrenicek|bilir|bilecek|"
            r"bilicek|gorur|gorecek|gorucek|duyar|duyacak|duyucak|okur|okuyacak)")
_EXPOSE_TR = (r"(?:herkese|annene|babana|ailene|okula|sinifa|gruba|internete|arkadaslarina) "
              r"(?:\w+ )?(?:soylerim|soyleyecegim|soylicem|atarim|atacagim|aticam|gosteririm|"
              r"gosterecegim|gostericem|yayarim|yayacagim|yayicam|anlatirim|anlatacagim|anlaticam|"
              r"gonderirim|gondericem|paylasirim|yollarim)")
# -- pl ---------------------------------------------------------------------------
_NUDE_PL = (r"(?:nagie|nagiego|nagich|naga|nago|rozebrane|rozebrana|nudes\w*|nudk\w*|nudy|bez "
            r"ubrania|bez ciuchow|bez koszulki|bez stanika|w bieliznie|w staniku|w majtkach|cycki|"
            r"cyckow|piersi|tylek|goly|gola)")
_PIC_PL = r"(?:zdjeci\w*|fot\w*|fotk\w*|selfie|picture\w*|filmik\w*|wideo)"
_REQ_V_PL = (r"(?:wyslij|wysylaj|pokaz|daj|przeslij|podeslij|wrzuc|zrob|slij|dawaj|wyslesz|"
             r"przeslesz|pokazesz)")
_COND_PL = r"\b(?:albo|bo|bo inaczej|inaczej|albo wszyscy|albo cala|w przeciwnym razie)\b"
_KNOW_PL = (r"(?:wszyscy|cala (?:szkola|klasa)|twoi (?:rodzice|znajomi|kumple)|twoja (?:mama|"
            r"matka|rodzina|klasa)|twoj (?:tata|ojciec|chlopak)|kazdy) (?:\w+ ){0,2}?(?:sie "
            r"dowiedza|sie dowie|dowiedza sie|dowie sie|zobacza|zobaczy|beda wiedziec|bedzie "
            r"wiedziec|przeczytaja|przeczyta|poznaja)")
_KNOW_PL = (r"(?:" + _KNOW_PL + r"|(?:sie dowiedza|sie dowie|dowiedza sie|dowie sie|zobacza|"
            r"zobaczy|przeczytaja) (?:\w+ )?(?:wszyscy|cala (?:szkola|klasa)|twoi rodzice|twoja "
            r"mama|kazdy))")
_EXPOSE_PL = (r"(?:pokaze|wysle|rozesle|powiem|opublikuje|wrzuce|udostepnie|wstawie|przesle|"
              r"roznose|rozgadam|wrzucimy|pokazemy|powiemy)")
# -- id ---------------------------------------------------------------------------
_NUDE_ID = (r"(?:bugil|telanjang|tt|toket|tete|tanpa baju|tanpa busana|gak pake baju|ga pake baju|"
            r"pake daleman|pake bh|pake cd|vulgar|seksi|sexy|hot|badan|dada|paha)")
_REQ_V_ID = r"(?:kirim|kirimin|krm|send|pap|fotoin|videoin|vc|vcs|kasih|liatin)"
_PIC_ID = r"(?:foto\w*|poto\w*|picture\w*|selfie\w*|video\w*|vidio\w*|pap)"
_COND_ID = (r"\b(?:atau|ato|kalo (?:gak|ga|nggak|engga|enggak|gk|tidak)|kalau (?:gak|nggak|tidak|"
            r"enggak)|klo (?:gak|ga|gk|nggak)|kl gak|kalo ngga|kalo g|kalau ngga|awas aja kalo "
            r"(?:gak|nggak))\b")
_KNOW_ID = (r"(?:semua orang|semua|satu sekolah|satu kelas|sekelas|ortu (?:kamu|lo|lu|mu)|orang "
            r"tua(?:mu| kamu| lo)|mama(?:mu| kamu| lo)|nyokap (?:lo|lu)|bokap (?:lo|lu)|temen (?:kamu|"
            r"lo|lu)|temen temen (?:kamu|lo)) (?:\w+ )?(?:bakal |akan |pasti |bakalan )?(?:tau|tahu|"
            r"liat|lihat|baca|ngeliat|denger)")
_EXPOSE_ID = (r"(?:aku|gue|gw|gua|saya|ku) (?:\w+ )?(?:sebar|sebarin|kasih tau|kasih liat|bilangin|"
              r"kirim|kirimin|upload|viralin|share|post|posting|aduin|laporin ke)")


# a generic picture "of" something else is not the reader's ("la foto del examen",
# "the pic of the homework", "das Foto vom Ausflug")
_NOT_OF = (r"(?! (?:of|from|for|de|del|de la|dos|das|do|da|du|des|vom|von|della|dello|del|dei|"
           r"z|ze|dari|buat|untuk|od) )")


def _aud_know(aud: str, know: str, w: str = r"\w") -> str:
    """An audience that will know, in either order ("alle erfahren es", "sonst erfährt die
    ganze Schule", "se enteran todos", "узнают все")."""
    return r"(?:" + aud + r" (?:" + w + r"+ )?" + know + r"|" + know + r" (?:" + w + r"+ ){0,2}?" + aud + r")"


def _demand(req: str, nude: str, pic: str, cond: str, aud_know: str, expose: str,
            w: str = r"\w") -> str:
    """A demand, a condition and an exposure: a nude or body picture with any exposure,
    any picture of the reader with an audience that will know (`w`: the word class;
    ``\\S`` where a word may hold marks that ``\\w`` does not match)."""
    return (r"\b" + req + r" (?:" + w + r"+ ){0,3}?(?:" + nude + r"\b" + _GAP + cond + _GAP2
            + r"\b(?:" + aud_know + r"|" + expose + r")|" + pic + r"\b" + _NOT_OF + _GAP + cond
            + _GAP2 + r"\b(?:" + aud_know + r"))")


# Most rules are triggered by their condition words ("or", "unless", "sinon") and
# gated by their picture words: fewer messages have a condition word.
RULES: list[Rule] = [
    # -- en ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "or otherwise unless else",
         _REQ_NUDE_EN + _GAP + _COND_EN + _GAP2 + r"\b(?:" + _AUD_EN + r" (?:\w+ )?" + _KNOW_EN
         + r"|" + _EXPOSE_EN + r")\b",
         requires="nudes nude naked noodz nudez nudies spicy dirty sexy nsfw body boob boobs tit tits ass butt bum "
                  "underwear bra bikini topless"),
    rule("threat:sextortion", _SX, "or otherwise unless else",
         _REQ_ANY_EN + _GAP + _COND_EN + _GAP2 + r"\b(?:" + _AUD_EN + r" (?:\w+ )?" + _KNOW_EN
         + r"|(?:i (?:will |am going to |am gonna )?|ill |imma )(?:tell|show|send|post|leak|"
         r"expose|forward) (?:\w+ ){0,2}?(?:" + _AUD_EN + r"|(?:your|ur) (?:secrets?|chats?|"
         r"messages|dms|texts)|what (?:you|u) (?:wrote|said|did|write|say|do|sent|told me)))\b",
         requires="picture pictures video videos vid vids snap snaps selfie selfies"),
    # "if you don't send me nudes everyone will know", "if i don't get pics by 9 ..."
    rule("threat:sextortion", _SX, "if",
         r"\bif (?:you|u) (?:do not|dont|will not|wont|refuse to|stop sending|dare not) (?:send|"
         r"show|give)(?: me)? (?:\w+ ){0,3}?(?:" + _NUDE_EN + r"|" + _PIC_EN + r")\b[^?]{0,40}?\b(?:"
         + _AUD_EN + r" (?:\w+ )?" + _KNOW_EN + r"|" + _EXPOSE_EN + r")\b|"
         r"\bif i (?:do not|dont) get (?:\w+ ){0,2}?(?:" + _NUDE_EN + r"|" + _PIC_EN
         + r")\b[^?]{0,40}?\b(?:" + _AUD_EN + r" (?:\w+ )?" + _KNOW_EN + r"|" + _EXPOSE_EN + r")\b",
         requires="send get nudes pictures"),
    # -- es ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "o si sino",
         _demand(_REQ_V_ES, _NUDE_ES, _PIC_ES, _COND_ES, _aud_know(_AUD_ES, _KNOW_ES),
                 _EXPOSE_ES) + r"\b|\bsi no me (?:mandas|pasas|envias|ensenas) (?:\w+ ){0,3}?(?:" + _NUDE_ES + r"|"
         + _PIC_ES + r")\b[^?]{0,40}?\b(?:" + _aud_know(_AUD_ES, _KNOW_ES) + r"|"
         + _EXPOSE_ES + r")\b",
         requires="nudes pack desnuda desnudo ropa tetas culo intima intimas hot sexy sexys bolas encuerada fotos "
                  "foto picture pictures videos video selfie selfies"),
    # -- fr ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "sinon ou autrement si",
         _demand(_REQ_V_FR, _NUDE_FR, _PIC_FR, _COND_FR, _AUD_FR + r" (?:\w+ )?" + _KNOW_FR,
                 _EXPOSE_FR) + r"|\bsi tu (?:ne )?(?:m'envoies|menvoies|me montres|m'envoie) pas (?:\w+ ){0,3}?(?:"
         + _NUDE_FR + r"|" + _PIC_FR + r")\b[^?]{0,40}?\b(?:" + _AUD_FR + r" (?:\w+ )?" + _KNOW_FR
         + r"|" + _EXPOSE_FR + r")",
         requires="nudes nue nues nu vetements habits culotte soutif maillot seins corps fesses hot photo photos "
                  "picture pictures video videos selfie selfies"),
    # -- pt ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "ou senao se",
         _demand(_REQ_V_PT, _NUDE_PT, _PIC_PT, _COND_PT, _aud_know(_AUD_PT, _KNOW_PT),
                 _EXPOSE_PT) + r"\b|\bse (?:voce |vc |tu )?nao (?:mandar|enviar|me mandar|mostrar) (?:\w+ ){0,3}?(?:"
         + _NUDE_PT + r"|" + _PIC_PT + r")\b[^?]{0,40}?\b(?:" + _aud_know(_AUD_PT, _KNOW_PT)
         + r"|" + _EXPOSE_PT + r")\b",
         requires="nudes nude pelada pelado roupa calcinha lingerie sutia peitos bunda nua nu intima intimas "
                  "peladinha foto fotos picture pictures video videos selfie selfies"),
    # -- de ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "oder sonst ansonsten wenn",
         _demand(_REQ_V_DE, _NUDE_DE, _PIC_DE, _COND_DE, _aud_know(_AUD_DE, _KNOW_DE),
                 _EXPOSE_DE) + r"|\bwenn du (?:mir )?(?:(?:keine|kein|keinen) (?:\w+ ){0,2}?(?:"
         + _NUDE_DE + r"|" + _PIC_DE + r")|(?:\w+ ){0,3}?(?:" + _NUDE_DE + r"|" + _PIC_DE
         + r") nicht) (?:schickst|sendest|zeigst)\b[^?]{0,40}?\b(?:" + _aud_know(_AUD_DE, _KNOW_DE)
         + r"|" + _EXPOSE_DE + r")",
         requires="nacktbilder nacktbild nacktfotos nacktfoto nudes nackt klamotten kleidung unterwasche bh oben "
                  "titten bruste arsch bilder bild fotos foto picture pictures video videos selfie"),
    # -- it ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "o oppure altrimenti senno se",
         _demand(_REQ_V_IT, _NUDE_IT, _PIC_IT, _COND_IT, _aud_know(_AUD_IT, _KNOW_IT),
                 _EXPOSE_IT) + r"|\bse non mi (?:mandi|invii|fai vedere) (?:\w+ ){0,3}?(?:" + _NUDE_IT + r"|" + _PIC_IT
         + r")\b[^?]{0,40}?\b(?:" + _aud_know(_AUD_IT, _KNOW_IT) + r"|" + _EXPOSE_IT + r")",
         requires="nuda nudo nude nudes vestiti intimo mutande reggiseno tette culo hot piccanti osee foto picture "
                  "pictures video selfie"),
    # -- ru ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "голые голое голая голую голышом нюдсы нюдс нюдсов одежды интимные интимку белье трусах "
         "лифчике сиськи грудь фото фотку фотки фоточку фотографию фотографии селфи видео",
         _demand(_REQ_V_RU, _NUDE_RU, _PIC_RU, _COND_RU, _aud_know(_AUD_RU, _KNOW_RU, r"\S"),
                 _EXPOSE_RU, r"\S") + r"|\bесли не (?:скинешь|пришлешь|отправишь|покажешь) (?:\S+ ){0,3}?(?:" + _NUDE_RU
         + r"|" + _PIC_RU + r")[^?]{0,40}?(?:\b" + _aud_know(_AUD_RU, _KNOW_RU, r"\S") + r"|\b"
         + _EXPOSE_RU + r")",
         requires="или то иначе если"),
    # -- ar ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "عاري عاريه عريانه عريان ملابس هدوم لبس خاصه الخاصه العاريه جسمك صدرك ملط صوره صور صورتك صورك "
         "فيديو سيلفي",
         _demand(_REQ_AR, _NUDE_AR, _PIC_AR, _COND_AR, _AUD_AR + r" (?:\S+ )?" + _KNOW_AR,
                 _EXPOSE_AR, r"\S") + r"|"
         r"(?:اذا|لو|ان) (?:ما|مش|ما راح) (?:بعتي|ارسلتي|ترسلي|تبعتي|بعتيلي|صورتي|دزيتي) (?:\S+ )"
         r"{0,3}?(?:" + _NUDE_AR + r"|" + _PIC_AR + r")?[^?]{0,40}?(?:\b" + _AUD_AR + r" (?:\S+ )?"
         + _KNOW_AR + r"|\b" + _EXPOSE_AR + r")",
         requires="والا او ولا لو اذا ان"),
    # -- zh ---------------------------------------------------------------------------
    zrule("threat:sextortion", _SX, "裸 胸 不穿 私密 内衣 照 视 拍 发",
          r"(?:发|给我|拍|传|私发)[^。!?]{0,6}(?:裸照|裸体|不穿衣服|私密照|内衣照|胸|照片|自拍|视频)"
          r"[^。!?]{0,20}(?:不然|否则|要不然|要不|不发的话|不给的话)[^。!?]{0,12}(?:(?:所有人|大家|"
          r"全班|全校|班上的人|你爸妈|你父母|你妈|你爸|你家人|你朋友|你男朋友|你同学)(?:都)?(?:会|就)?"
          r"(?:知道|看到|看见|收到)|我(?:就)?(?:把|会|要)?[^。!?]{0,12}?(?:发|传|公开|曝光|告诉|贴))|"
          r"(?:你不发|不发|你要是不发|如果你不发|你敢不发)[^。!?]{0,8}(?:裸照|裸体|照片|私密照|视频)?"
          r"[^。!?]{0,8}我(?:就)?(?:把|会|要)[^。!?]{0,12}(?:发到|传到|公开|曝光|告诉|发给|贴到)"),
    # -- hi ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         unicodedata.normalize("NFKC", "warna varna vrna wrna nahi nhi ni nai वरना नहीं नही"),
         unicodedata.normalize("NFKC",
            r"\b(?:" + _NUDE_HI + r" (?:\w+ )?" + _PIC_HI + r"|" + _PIC_HI + r" " + _NUDE_HI + r"|"
            + _NUDE_HI + r"|(?:apni|apna|teri|tera) " + _PIC_HI + r") (?:\w+ ){0,2}?" + _REQ_V_HI
            + r"\b" + _GAP + _COND_HI + _GAP2 + r"\b(?:" + _AUD_HI + r" (?:\w+ )?" + _KNOW_HI + r"|"
            + _EXPOSE_HI + r")\b|"
            + _D_NUDE + r" (?:\S+ )?(?:फोटो|फ़ोटो|तस्वीर|पिक|वीडियो)?(?: \S+)? ?" + _D_REQ
            + r"[^?]{0,60}?" + _D_COND + r"[^?]{0,25}?" + _D_EXPOSE),
         requires=unicodedata.normalize("NFKC", "nangi nanga nude nudes kapdo kapdon kapde sexy hot private "
                                        "picture pictures photo photu fotu foto tasveer pic pics video "
                                        "selfie नंगी नंगा न्यूड कपड़ों कपड़े")),
    # -- tr ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "ciplak cirilciplak camasirli camasirinla sutyenli bikinili mayolu ustsuz soyunuk nude "
         "nudes plak gondermezsen atmazsan yollamazsan gostermezsen",
         r"(?:\b(?:" + _NUDE_TR + r") (?:\w+ ){0,2}?(?:" + _PIC_TR + r" )?(?:\w+ )?" + _REQ_V_TR
         + r"\b" + _GAP + _COND_TR + _GAP2 + r"\b(?:" + _KNOW_TR + r"|" + _EXPOSE_TR + r")\b|"
         r"\b(?:" + _NUDE_TR + r"|" + _PIC_TR + r") (?:\w+ )?(?:gondermezsen|atmazsan|yollamazsan|"
         r"gostermezsen)\b[^?]{0,40}?\b(?:" + _KNOW_TR + r"|" + _EXPOSE_TR + r")\b)"
         # Turkish reports put the verb last: "... diye yazdı", "... derse öğretmene söyle"
         r"(?![^.!?]{0,30}\b(?:dedi\w*|demis\w*|diye|diyor\w*|yazdi\w*|yazmis\w*|derse|derlerse|"
         r"yazarsa|yazarlarsa|isterse)\b)"),
    # -- pl ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "albo bo inaczej przeciwnym jesli jezeli jak",
         _demand(_REQ_V_PL, _NUDE_PL, _PIC_PL, _COND_PL, _KNOW_PL, _EXPOSE_PL) + r"\b|"
         r"\b(?:jesli|jezeli|jak|a jak) (?:mi )?nie (?:wyslesz|przeslesz|pokazesz|dasz) (?:\w+ )"
         r"{0,3}?(?:" + _NUDE_PL + r"|" + _PIC_PL + r")?\b[^?]{0,40}?\b(?:" + _KNOW_PL + r"|"
         + _EXPOSE_PL + r")\b",
         requires="nagie nagiego nagich naga nago rozebrane rozebrana nudesy nudes nudeski nudeska nudesa nudki nudy "
                  "ubrania ciuchow koszulki stanika bieliznie staniku majtkach cycki cyckow piersi tylek goly gola "
                  "zdjecia zdjecie zdjec fotki fotke fotka foty picture pictures filmik wideo"),
    # -- id ---------------------------------------------------------------------------
    rule("threat:sextortion", _SX,
         "atau ato kalo kalau klo kl awas",
         _demand(_REQ_V_ID, _NUDE_ID, _PIC_ID, _COND_ID, _KNOW_ID, _EXPOSE_ID) + r"\b|"
         # "vcs sekarang kalo nggak aku upload chat kamu": the video call is the demand
         r"\b(?:vcs|video call sex)\b" + _GAP + _COND_ID + _GAP2 + r"\b(?:" + _KNOW_ID + r"|"
         + _EXPOSE_ID + r")\b",
         requires="bugil telanjang tt toket tete baju busana daleman bh cd vulgar seksi sexy hot badan dada paha foto "
                  "poto picture pictures selfie video vidio pap vcs"),
]
