"""Spam that asks the reader to do one small thing (appended to `spam.RULES`):

* **reply YES to win**: "reply YES in the next 5 minutes to win an iphone 15, only
  3 left", "responde SI en menos de 2 minutos y ganas una play 5", "odpisz TAK w
  ciągu 2 minut i wygrywasz nowego iphone'a", "2 dakika içinde EVET yaz, yeni
  iphone kazan", "回复"是"就能赢一部新手机".  spam_reply_scams.py reads "write YES"
  only after a giveaway or free currency; the prize comes after the YES here.  Both
  halves are needed, the YES asked for and a prize won (a phone, a console, a gift
  card, a prize, game currency): "reply yes if you're coming", "write yes or no",
  "answer yes if madrid wins" and "i won an iphone in a raffle" pass.
* **creator codes**: "everyone put my creator code ZAPPY22 in the item shop",
  "usad mi código de creador", "mettez tous mon code créateur", "bitte alle meinen
  creator code im shop eingeben", "herkes benim içerik üretici kodumu yazsın",
  "大家都填我的邀请码".  An order to use the writer's own code ("my" before it), or
  a creator / referral code ordered to everyone.  "what's your creator code?", "i
  used Ninja's creator code", "my code for the locker is 1234" pass.
* **one-time-code theft**: "u will get a code by text in a sec, type it here", "te va
  a llegar un sms con un código, pásamelo", "тебе сейчас придёт смс с кодом,
  перешли мне его", "等下你会收到一个短信验证码，发给我".  A code announced to the
  reader and a request to pass it on to the writer; the teacher's warning ("never
  give anyone the code you get by sms") asks for nothing.  Rule `spam:phishing`, as
  the other login-phishing rules (the fake support asking for the password:
  spam_game_support.py).
* **sale ads**: "selling fortnite accounts cheap!!! DM me, today only, SELLING
  SELLING", "promo promo promo sur mes bracelets, écrivez moi en privé", "продаю
  аккаунты дешево, пишите в лс, только сегодня", "低價出售遊戲帳號，私聊我，今天特價".
  Three halves: a sale word, a private-message call-to-action, and urgency ("today
  only") or the sale word shouted again.  "i'm selling my old bike, dm me" (no
  urgency), "the shoes were on sale today only" (no call-to-action) pass.

Why: development lines written in session 20 in 13 languages showed every one of
these shown in every language.  Talk about them (a warning, a report, "chain
messages like this are lies") is excused by `frames.scam_frame` like every spam
rule.  Patterns run on the phrase form (accents stripped, "u" -> "you"); the
Chinese rules (`zrule`) on the normalised text.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# -- reply YES to win ------------------------------------------------------------------
_ASK = (r"(?:reply|answer|respond|type|write|text|say|comment|drop|responde|responded|contesta|"
        r"contestad|escribe|escribid|comenta|reponds|repondez|ecris|ecrivez|tape|tapez|commente|"
        r"commentez|responda|respondam|escreve|escreva|escrevam|digita|digite|comente|rispondi|"
        r"rispondete|scrivi|scrivete|commenta|commentate|antworte|antwortet|schreib|schreibe|"
        r"schreibt|tipp|tippe|kommentiere|kommentiert|odpisz|odpiszcie|odpowiedz|odpowiedzcie|"
        r"napisz|napiszcie|wpisz|wpiszcie|balas|bales|jawab|ketik|tulis|komen|komentar|ответь|"
        r"ответьте|напиши|напишите|пиши|пишите|likho|likh do|bolo|reply karo|type karo)")
# "yes or no" is a question, not a giveaway
_YES = (r"(?:['\"] )?(?:yes|yess|si|oui|sim|ja|tak|ya|iya|da|да|evet|haan|han|ha|haa)(?: ['\"])?"
        r"(?! (?:or|o|ou|oder|lub|atau|или|veya|ya|yaa) )")
_PRIZE = (r"(?:iphone\S*|ipad|ps5|ps 5|play 5|play ?station\S*|xbox|switch|nintendo|phone|smartphone|"
          r"mobile|macbook|airpods|gift ?cards?|voucher|prize|robux|vbucks|v bucks|movil|celular|"
          r"telefono|tarjeta regalo|premio|carte cadeau|cadeau|portable|cartao presente|telemovel|"
          r"buono regalo|buono|cellulare|telefonino|gutschein|handy|preis|geschenkkarte|telefon\w*|"
          r"karte podarunkow\w*|karta podarunkowa|nagrod\w*|hp|hadiah|voucher|айфон|аифон|телефон|"
          r"приз|подарок|подарочн\w*|iphone|odul\w*|hediye\w*|inaam|mobile)")
_WIN = (r"(?:win|wins|get|receive|claim|ganas|gana|ganar|ganaras|llevate|te llevas|recibes|gagnes|"
        r"gagne|gagner|gagnez|remporte|remportes|ganha|ganhe|ganhar|ganham|leva|levas|recebe|vinci|"
        r"vincere|vincete|ricevi|gewinne|gewinnst|gewinnen|bekommst|wygrywasz|wygraj|wygrasz|"
        r"wygrac|dostaniesz|menangkan|menang|dapatkan|dapat|dapet|выиграи|выиграите|выиграешь|"
        r"выиграть|получи|получишь|jeeto|jeetoge|jeeto ge|pao|paao|milega)")
_WIN_LAST = r"(?:kazan|kazanin|kazanirsin|kazanacaksin|kazansin|jeeto|jeetoge|milega|जीतो|जीतें|जीतोगे|पाओ|मिलेगा)"
_YES_WIN = (r"(?:" + _ASK + r" (?:\w+ ){0,2}?" + _YES + r"|(?:evet|haan|han|yes|हाँ|हां) (?:yaz|yazin|de|deyin|"
            r"gonder|likho|bolo|लिखो|बोलो|भेजो))\b[^?]{0,60}?\b(?:" + _WIN + r" (?:\S+ ){0,3}?" + _PRIZE
            + r"|(?:" + _PRIZE + r"|आईफोन|आइफोन|फोन|इनाम) (?:\S+ ){0,2}?" + _WIN_LAST + r")")
_WIN_YES = r"\b" + _WIN + r" (?:\S+ ){0,3}?" + _PRIZE + r"\b[^?]{0,60}?\b" + _ASK + r" (?:\w+ ){0,2}?" + _YES
_PRIZE_AR = r"(?:ايفون|ايباد|بلايستيشن|بلاي ستيشن|جوال|موبايل|هاتف|جائزه|الجائزه|هديه|بطاقه|شدات|جواهر|روبوكس)"

# -- creator codes ---------------------------------------------------------------------
_USE = (r"(?:use|put|enter|type|add|support|usad|usa|usen|usar|pon|poned|pongan|meted|mete|escribid|"
        r"escriban|utilisez|utilise|mettez|mets|tapez|entrez|rentrez|usem|coloquem|coloca|coloque|"
        r"ponham|digitem|usate|mettete|metti|inserite|inserisci|nutzt|benutzt|verwendet|gebt|"
        r"wpiszcie|wpisz|uzyjcie|uzyj|uzywajcie|pakai|pake|gunakan|masukin|masukkan|вводите|"
        r"введите|вводить|используите|юзаите|daalo|dalo|lagao)")
_USE_LAST = (r"(?:eingeben|nutzen|benutzen|verwenden|yazsin|yazin|yazin|kullanin|kullansin|girin|"
             r"daalo|dalo|daal do|use karo|lagao|dalna)")
_MY = r"(?:my|mi|mon|meu|il mio|meinen|mein|moj|moim|mojego|mojej|benim|мои|моим|mera|meri)"
_KIND = (r"(?:creator code|support a creator code|sac code|referral code|ref code|invite code|"
         r"codigo de (?:creador|creadora|criador|criadora|referido|convite|invitacion)|code createur\w*|"
         r"code de parrainage|code parrain|codice (?:creatore|creator|invito|referral)|creator-code|"
         r"einladungscode|werbecode|kod(?:u|em)? (?:tworcy|polecajacy|zaproszenia|creatora)|kode (?:kreator|"
         r"creator|referral|referal|undangan)|icerik uretici kod\w*|creator kod\w*|destek kod\w*|"
         r"referans kod\w*|davet kod\w*|код (?:автора|креатора|приглашения)|реферальн\w* код)")
_CODE = r"(?:" + _KIND + r"|code|codigo|codice|kod|kode|kodumu|код)"
_SHOP = (r"(?:shop|item shop|store|tienda|boutique|loja|negozio|sklep\w*|toko|magaza\w*|магазин\w*|"
         r"fortnite|brawl|clash)")
_EVERYONE = (r"(?:everyone|everybody|all of you|y'all|todos|tous|todo mundo|tutti|alle|wszyscy|"
             r"wszystkich|semua|semuanya|herkes|всем|все|sab log|sabhi)")

# -- one-time codes --------------------------------------------------------------------
_COMING = (
    r"(?:(?:you will|you are going to|you gonna|you are gonna) (?:\w+ ){0,2}?(?:get|receive) (?:a |an |the )?"
    r"(?:\w+ ){0,2}?(?:code|otp|sms|text)|(?:a|the) (?:\w+ )?(?:code|otp) (?:will|is going to|gonna) (?:come|"
    r"arrive|pop up)|te (?:va a |van a )?(?:llegar|llega|llegara) (?:un |una )?(?:sms|codigo|mensaje)|"
    r"vas a recibir (?:un |una )?(?:sms|codigo|mensaje)|(?:tu )?(?:vas|va) recevoir (?:un |une )?(?:code|"
    r"sms|texto|message)|tu recevras (?:un )?(?:code|sms)|un code va (?:t'arriver|arriver)|"
    r"(?:vai|vao) chegar (?:um |uma )?(?:codigo|sms|mensagem)|vai receber (?:um |uma )?(?:codigo|sms)|"
    r"ti (?:arriva|arrivera|sta per arrivare) (?:un )?(?:codice|sms|messaggio)|riceverai (?:un )?(?:codice|"
    r"sms)|(?:kriegst|bekommst|erhaltst) (?:\w+ ){0,2}?(?:sms|code)|(?:dostaniesz|otrzymasz|przyjdzie "
    r"(?:ci )?) ?(?:\w+ ){0,2}?(?:sms|kod)|(?:ada|akan ada|nanti ada|bakal ada) (?:\w+ ){0,2}?(?:kode|otp|sms)|"
    r"kamu (?:akan )?(?:dapat|dapet|terima) (?:\w+ )?(?:kode|otp|sms)|(?:kod\w*|sms) (?:\w+ )?gelecek|"
    r"telefonuna (?:\w+ ){0,3}?(?:kod|sms) gel\w*|(?:otp|code|sms) (?:\w+ ){0,2}?(?:aayega|ayega|aaega|"
    r"aega)|hayegi\w* (?:code|sms|resala|kod))"
)
_PASS = (
    r"(?:(?:send|give|tell|text|type|write|dm|forward|read|paste)(?: it| that| the code| that code| the otp| "
    r"me it)?(?: to)? (?:me|us|here)|pasamelo|mandamelo|enviamelo|dimelo|damelo|escribelo aqui|pasalo "
    r"aqui|me lo (?:pasas|mandas|das|dices)|ponlo aqui|(?:donne|envoie|dis|ecris|tape|transmets)(?: le| la)? "
    r"moi|(?:envoie|ecris|tape|mets)(?: le)? ici|me (?:passa|manda|envia|fala|diz)|(?:passa|manda|envia)"
    r"(?: ele| o codigo)? (?:pra mim|aqui)|mandamelo|dammelo|dimmelo|scrivilo qui|mandalo qui|inviamelo|"
    r"me lo mandi|(?:schick|sende|gib|sag|schreib) (?:\w+ )?(?:mir|hier|uns)|(?:przepisz|podaj|wyslij|"
    r"przeslij|napisz|daj)(?: go| mi| ten kod| nam)? (?:tutaj|mi|nam|tu)|(?:kasih|kirim|sebutin|kasih tau)"
    r"(?: \w+)? (?:ke )?(?:aku|gue|gw|saya|kita|sini)|bana (?:yaz|soyle|gonder|at|ver|ilet)|buraya yaz|"
    r"mujhe (?:\w+ ){0,2}?(?:bhej|bata|de)\w*|ibeat\w*|ib3at\w*)"
)

# -- sale ads --------------------------------------------------------------------------
_SELL = (r"(?:selling|sell|for sale|vendo|vende|vendemos|se vende|je vends|vends|a vendre|vendesi|"
         r"verkaufe|verkaufen|sprzedam|sprzedaje|jual|jualan|dijual|satiyorum|satilik|satiyoruz|"
         r"продаю|продам|bech raha|bech rahi|bechna|promo|promocao|promocion|promozione|promosi|"
         r"cheap|barato|baratos|baratas|pas cher|billig|tanio|tanie|murah|ucuz|ucuza|дешево|sasta)")
_PRIVATE = (r"(?:dm me|pm me|message me|text me|write me|inbox me|dm|pm|in private|privately|"
            r"escribidme|escribeme|escribanme|por privado|al privado|md|ecrivez moi|ecris moi|en prive|"
            r"mp|chama no (?:pv|privado|direct)|me chama|no privado|pv|scrivetemi|scrivimi|in privato|"
            r"schreibt mir|schreib mir|privat|per pn|piszcie|pisz|na priv|prywatnie|chat pribadi|japri|"
            r"dm aku|pm aku|dm atin|dm at|ozelden|mesaj atin|в лс|в личку|пишите|dm karo|inbox karo)")
# the sale word shouted again ("vendo vendo vendo", "SATILIK SATILIK"); written out, as the
# pattern cache keeps no back-references
_SHOUTED = "(?:" + "|".join(w + " (?:\\S+ )?" + w for w in (
    "selling sell vendo vende vends vendesi verkaufe sprzedam sprzedaje jual satiyorum satilik "
    "продаю продам promo cheap barato baratos baratas billig tanio murah ucuz дешево").split()) + ")"
_URGENT = (r"(?:today only|only today|limited|last chance|hurry|solo hoy|hoy solo|ultimas unidades|"
           r"seulement aujourd'hui|aujourd'hui seulement|offre limitee|so hoje|somente hoje|solo oggi|"
           r"oggi solo|solo per oggi|nur heute|heute nur|tylko dzis|tylko dzisiaj|hari ini aja|hari ini "
           r"saja|cuma hari ini|bugune ozel|sadece bugun|только сегодня|sirf aaj|aaj hi)")

RULES: list[Rule] = [
    rule("spam:scam", "spam",
         "reply answer respond type write text say comment drop responde responded contesta contestad "
         "escribe escribid comenta reponds repondez ecris ecrivez tape tapez commente commentez "
         "responda respondam escreve escreva escrevam digita digite comente rispondi rispondete scrivi "
         "scrivete commenta commentate antworte antwortet schreib schreibe schreibt tipp tippe "
         "kommentiere kommentiert odpisz odpiszcie odpowiedz odpowiedzcie napisz napiszcie wpisz "
         "wpiszcie balas bales jawab ketik tulis komen komentar ответь ответьте напиши напишите пиши "
         "пишите likho likh bolo evet haan han",
         _YES_WIN + r"|" + _WIN_YES),
    rule("spam:scam", "spam", "رد ردوا ردي اكتب اكتبوا ارسل ارسلوا ابعت علق علقوا",
         r"(?:رد|ردوا|ردي|اكتب|اكتبوا|ارسل|ارسلوا|ابعت|علق|علقوا)(?: بكلمه)? (?:نعم|اي|ايوه|ايوا)"
         r"[^?]{0,60}?(?:و)?(?:اربح|اربحوا|تربح|هتكسب|تكسب|تفوز|احصل علي|تحصل علي)(?: \S+){0,3}? ?"
         + _PRIZE_AR),
    rule("spam:scam", "spam", "लिखो बोलो भेजो",
         r"(?:haan|han|हाँ|हां|yes) (?:लिखो|बोलो|भेजो)[^?]{0,60}?(?:आईफोन|आइफोन|iphone|फोन|मोबाइल|इनाम)"
         r"(?: \S+){0,2}? (?:जीतो|जीतें|जीतोगे|पाओ|मिलेगा)"),
    zrule("spam:scam", "spam", "回 发 打 评 扣",
          r"(?:回复|回|发|打|评论|扣)[ \"“”'「」]*(?:是|1|好|yes)[ \"“”'「」]*[^?？。]{0,12}?(?:就能|即可|就可以|"
          r"可以)?(?:赢|得到|领取|获得|拿)[^?？。]{0,8}(?:手机|iphone|苹果|ps5|switch|奖品|礼品卡|皮肤|红包|大奖)"),
    # -- creator codes: the writer's own, or ordered to everyone --------------------------
    rule("spam:promo", "spam",
         "use put enter type add support usad usa usen usar pon poned pongan meted mete escribid "
         "escriban utilisez utilise mettez mets tapez entrez rentrez usem coloquem coloca coloque "
         "ponham digitem usate mettete metti inserite inserisci nutzt benutzt verwendet gebt "
         "wpiszcie wpisz uzyjcie uzyj uzywajcie pakai pake gunakan masukin masukkan вводите введите "
         "вводить используите юзаите daalo dalo lagao",
         r"(?<!\bi )(?<!\bwe )(?<!\byo )(?<!\bje )(?<!\bich )\b" + _USE + r" (?:\w+ ){0,3}?" + _MY
         + r" (?:" + _KIND + r"|(?:code|codigo|codice|kod|kode|код)(?=.*\b" + _SHOP + r"\b))"),
    rule("spam:promo", "spam",
         "eingeben nutzen benutzen verwenden yazsin yazin kullanin kullansin girin daalo dalo daal "
         "lagao dalna",
         r"\b(?:" + _MY + r" (?:\w+ ){0,1}?" + _CODE + r"|" + _KIND + r") (?:\w+ ){0,5}?" + _USE_LAST + r"\b"),
    rule("spam:promo", "spam",
         "everyone everybody all todos tous todo tutti alle wszyscy wszystkich semua semuanya "
         "herkes всем все sab sabhi",
         r"^(?=.*\b" + _EVERYONE + r"\b).*?\b(?:" + _USE + r" (?:\w+ ){0,3}?" + _KIND + r"|" + _KIND
         + r" (?:\w+ ){0,5}?" + _USE_LAST + r")\b"),
    rule("spam:promo", "spam", "كود كودي",
         r"(?:يحط|حطوا|حط|استخدموا|استعملوا|اكتبوا|ادخلوا|دخلوا)(?: \S+){0,2}? (?:كود (?:الصانع|صانع المحتوي|"
         r"المبدع|الدعوه)|كودي)"),
    zrule("spam:promo", "spam", "邀 推 创 码",
          r"(?:填|用|输入|输)(?:一下)?(?:我的|我)(?:邀请码|推荐码|创作者代码|支持码|码)|"
          r"(?:大家|所有人|都)[^。!?]{0,12}(?:填|用|输入)[^。!?]{0,4}(?:邀请码|推荐码|创作者代码)"),
    # -- one-time-code theft -------------------------------------------------------------
    rule("spam:phishing", "spam",
         "code codigo codice kod kode kodu otp sms text texto message mensaje mensagem messaggio resala",
         r"\b" + _COMING + r"\b[^?]{0,80}?(?<!never )(?<!not )(?<!dont )(?<!jamais )(?<!nunca )"
                           r"(?<!nie )(?<!jangan )(?<!asla )(?<!mat )\b" + _PASS + r"\b"),
    rule("spam:phishing", "spam", "смс код кодом сообщение",
         r"(?:придет|прийдет|придёт|получишь|получите) (?:\S+ ){0,3}?(?:смс|код|кодом|сообщение)"
         r"(?:(?!\b(?:не|никому|никогда)\b)[^?]){0,80}?(?:(?:перешли|скинь|отправь|напиши|скажи|продиктуи|"
         r"пришли) (?:\S+ )?(?:мне|сюда|нам)|(?:мне|сюда) (?:\S+ )?(?:перешли|скинь|отправь|напиши))"),
    rule("spam:phishing", "spam", "هيجيلك يوصلك بيوصلك يجيك سيصلك هيوصلك",
         r"(?:هيجيلك|رح يوصلك|بيوصلك|راح يجيك|هيوصلك|سيصلك|يوصلك|يجيك) (?:\S+ ){0,2}?(?:كود|رمز|رساله)"
         r"(?:(?!(?:لا|ما|ابدا) )[^?]){0,80}?(?:ابعتهولي|ابعتهلي|ابعتلي|ارسله لي|ارسلهولي|قولي|عطني|اعطني)"),
    rule("spam:phishing", "spam", "ओटीपी कोड",
         r"(?:ओटीपी|कोड) (?:\S+ )?(?:आएगा|आयेगा)[^?]{0,80}?(?:मुझे|मुझको) (?:\S+ ){0,2}?(?:भेज|बता|दे)"),
    zrule("spam:phishing", "spam", "验 码",
          r"(?:会|将)?收到[^。!?]{0,8}(?:验证码|短信码|校验码)[^。!?]{0,12}(?:发给我|告诉我|发我|给我|报给我)"),
    # -- sale ads: a sale word, a private call-to-action, urgency or the shout repeated ----
    rule("spam:promo", "spam",
         "selling sell sale vendo vende vendemos vends vendre vendesi verkaufe verkaufen sprzedam "
         "sprzedaje jual jualan dijual satiyorum satilik satiyoruz продаю продам bech bechna promo "
         "promocao promocion promozione promosi cheap barato baratos baratas cher billig tanio tanie "
         "murah ucuz ucuza дешево sasta",
         r"^(?=.*?\b" + _PRIVATE + r"\b)(?=.*?\b(?:" + _URGENT + r"|" + _SHOUTED + r")\b).*?\b" + _SELL + r"\b",
         requires="dm pm message text write inbox private privately escribidme escribeme escribanme "
                  "privado md ecrivez ecris prive mp chama pv scrivetemi scrivimi privato schreibt "
                  "schreib privat pn piszcie pisz priv prywatnie pribadi japri лс личку пишите karo "
                  "ozelden mesaj"),
    rule("spam:promo", "spam", "ابيع للبيع ارخص رخيص عرض",
         r"^(?=.*?(?:كلموني خاص|خاص|راسلوني|كلمني|واتس))(?=.*?(?:اليوم بس|اليوم فقط|لفتره محدوده|"
         r"ارخص ارخص|ابيع ابيع|للبيع للبيع|عرض عرض)).*?(?:ابيع|للبيع|ارخص|رخيص|بارخص)"),
    rule("spam:promo", "spam", "सस्ते सस्ता बेचना बेचने बेच ऑफर",
         r"^(?=.*?(?:\bdm\b|डीएम|मैसेज करो|इनबॉक्स))(?=.*?(?:आज ही|सिर्फ आज|बेचना बेचना|सस्ते "
         r"सस्ते|सस्ता सस्ता)).*?(?:बेच|सस्ते|सस्ता)"),
    zrule("spam:promo", "spam", "售 卖 价 宜",
          r"(?:出售|低价|便宜|特价|甩卖)[^?？]{0,40}(?:私聊|私信|加我|滴滴)[^?？]{0,20}(?:今天|限时|特价|"
          r"出售出售|最后)|(?:出售|低价|便宜|特价)[^?？]{0,40}(?:今天|限时)[^?？]{0,20}(?:私聊|私信|加我)"),
]
