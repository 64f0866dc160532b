"""Mocking the reader's accent, dialect or rural origin in ru tr pl id ar hi zh:
the shapes of harm_accent_mock.py (read its docstring first), appended to
`harm.RULES`, reason `bullying:accent`.

"скажи что-нибудь, с твоим акцентом обхохочешься", "деревенщина, скажи
что-нибудь", "aksanınla 'üç' de hadi gülelim", "powiedz coś tym swoim
akcentem, pośmiejemy się", "ngomong pake logat kampung dong", "قول كلمة
بلهجتك نضحك", "يا ابن الفلاح", "apni gaon wali bhasha mein bol na, hasi
aayegi", "用你的口音说一句，让我们笑笑", "乡巴佬，说句话听听".  An order to
speak in the reader's accent or village speech with laughter or a laughing
purpose; the accent as a verdict on the reader's future; a rural name used
as a vocative with an order to speak.  A request to teach ("ajarin kita
ngomong pake logat jawa dong", "教我们说一句你们的方言吧", "علمني كلمة
بلهجتك"), admiration ("twój akcent jest super, powiedz to jeszcze raz") and
the writer's own accent pass.

Indonesian "logat kampung" ("village accent") is itself the sneer, so an
order to talk in it needs no laughter; Arabic "يا ابن الفلاح" ("you son of
a peasant") is a vocative insult on its own.

Also defines the laughter of these languages for harm_poverty_mock_langs.py.
"""

from __future__ import annotations

from .packs.hi._script import _DE, _r
from .packs.zh import zrule
from .rules import Rule, rule

# "ахахах" in Cyrillic look-alike letters reads as Latin "axaxax" in the phrase form
LAUGH_RU = (r"(?:axa(?:xa)*x?\w*|xa(?:xa)+\w*|а?ха(?:ха)+х?\w*|ахах\w*|лол|ору|ржу|ржака|ржач|угар|"
            r"хд+|поржем|поржать|посмеемся|посмеяться|обхохочешься|обхохочемся|умора)")
LAUGH_TR = (r"(?:ha(?:ha)+h?|a?h?(?:ah){2,}\w*|sj(?:sj)+\w*|sk(?:sk)+\w*|js(?:js)+\w*|kd(?:kd)+\w*|"
            r"asdf\w*|xd+|lol|gulelim|guleriz|gulmekten|gulmeliyiz|kahkaha|komik)")
LAUGH_PL = (r"(?:xd+|ha(?:ha)+h?|he(?:he)+|lol|beka|beke|bekę|posmiejemy|posmiac|smiechu|smiech|"
            r"padne|zgon)")
LAUGH_ID = (r"(?:wk(?:wk)+\w*|kwk\w*|ha(?:ha)+h?|awok\w*|xixi\w*|he(?:he)+|lol|ngakak|biar (?:kita "
            r"|gue |aku )?(?:ketawa|ngakak)|ketawa|lucu|kocak|hiburan)")
LAUGH_AR = r"(?:ههه+\w*|هاها\w*|لول|نضحك|نموت ضحك|نتسلى|يضحك|ضحكنا|ضحك)"
LAUGH_HI = (r"(?:ha(?:ha)+h?|he(?:he)+|lol|lmao|xd+|hasi|hasenge|hansenge|hasna|hansna|haste|maza|"
            r"mazaa|mazza|comedy)")
LAUGH_ZH = r"(?:哈哈|笑死|笑笑|乐乐|乐一乐|逗乐|搞笑|好笑|hhh+|233+|嘻嘻|呵呵|笑一笑|笑一下)"

# -- ru (ё is read as е, й as и) ------------------------------------------------------
_RURAL_RU = (r"(?:деревенщина|колхозник|колхозница|колхозан|деревня|селюк|селючка|лапоть|понаехавшии|"
             r"понаехавшая|чушпан|чухан|чуханка)")
RULES: list[Rule] = [
    rule("bullying:accent", "bullying", "акцентом говором диалектом акцент",
         r"\b(?:скажи|скажите|произнеси|прочитаи|повтори|говори|поговори|расскажи|спои|посчитаи)"
         r"(?: \S+){0,5}? (?:со своим|с твоим|своим|с этим|твоим|с таким) (?:\w+ )?(?:акцентом|"
         r"говором|диалектом)\b(?![^.!?]{0,60}\b(?:красиво|классно|нравится|круто|научи|милый|"
         r"мило)\b)(?=.{0,80}?" + LAUGH_RU + r")|"
         r"\bс (?:твоим|таким|этим|твоим-то) (?:\w+ )?(?:акцентом|говором) (?:\S+ ){0,2}?(?:только|"
         r"никогда|обхохочешься|обхохочемся|ржака|умора|тебя никто|никто)\b|"
         r"\bникто (?:тебя )?не (?:понимает|поимет|поймет) (?:тебя )?с (?:твоим|таким|этим) (?:\w+ )?"
         r"(?:акцентом|говором)\b"),
    rule("bullying:accent", "bullying",
         "деревенщина колхозник колхозница колхозан деревня селюк селючка лапоть понаехавшии "
         "понаехавшая чушпан чухан чуханка",
         r"(?:^|[.!?] |\b(?:эи|эй|ну|слышь|але|алло|ты) )(?:ты )?" + _RURAL_RU + r" (?:\S+ )?(?:скажи|"
         r"говори|произнеси|прочитаи|спои|расскажи)\b"),
]

# -- tr (ş ı ü ğ ç ö read as s i u g c o) ------------------------------------------------
RULES += [
    rule("bullying:accent", "bullying",
         "sivenle aksaninla siveyle sivenle aksanla sivesiyle agziyla aksanin siven",
         r"\b(?:sivenle|aksaninla|siveyle|aksanla|koylu agziyla|koylu sivesiyle|koy sivesiyle|"
         r"memleket sivenle|kendi sivenle|kendi aksaninla)(?: \S+){0,4}? (?:soyle|soylesene|konus|"
         r"konussana|oku|okusana|de|desene|anlat|say|sarki soyle)\b(?![^.!?]{0,60}\b(?:tatli|guzel|"
         r"harika|bayiliyorum|ogret|ogren)\w*)(?=.{0,80}?\b" + LAUGH_TR + r")|"
         r"\b(?:o|bu|senin|boyle bir) (?:aksanla|siveyle) (?:\S+ ){0,2}?(?:ancak|sadece|hicbir zaman|"
         r"asla|en fazla|ancak pazarda|pazarda)\b"),
    rule("bullying:accent", "bullying", "koylu dagli hoduk maganda coban kiro",
         r"(?:^|[.!?] |\b(?:hey|lan|ulan|bak|oglum|kizim|ey|hadi|sen) )(?:koylu|dagli|hoduk|maganda|"
         r"coban|kiro)(?: kiz| cocuk| oglu| kizi)? (?:bir sey |bisey |biseyler |bir seyler |bir kelime"
         r" |hadi )?(?:soyle|konus|soylesene|konussana|oku|de bakalim|desene)\b"),
]

# -- pl (ą ę ł ó ś ż read as a e l o s z) ----------------------------------------------
RULES += [
    rule("bullying:accent", "bullying", "akcentem gwara gwarą dialektem wiejsku wsiowemu",
         r"\b(?:powiedz|gadaj|mow|przeczytaj|powtorz|zaspiewaj|policz|opowiedz)(?: \S+){0,5}? "
         r"(?:z )?(?:tym |twoim |swoim |takim )*(?:\w+ )?(?:akcentem|gwara|dialektem)\b(?![^.!?]{0,60}"
         r"\b(?:super|fajny|fajnie|ladnie|ladny|kocham|naucz)\b)(?=.{0,80}?\b" + LAUGH_PL + r")|"
         r"\b(?:gadaj|mow|powiedz cos|powiedz) po (?:wiejsku|wsiowemu|wiesniacku)\b|"
         r"\bz (?:takim|tym|twoim) (?:\w+ )?akcentem (?:to )?(?:\S+ ){0,2}?(?:tylko|nigdy|co najwyzej)"
         r"\b"),
    rule("bullying:accent", "bullying",
         "wiesniaku wiesniak wsioku wsiok wiesniaro wiesniara buraku chlopku wiocha",
         r"(?:^|[.!?] |\b(?:ej|hej|no|ty|dawaj) )(?:ty )?(?:wiesniaku|wiesniak|wsioku|wsiok|wiesniaro|"
         r"wiesniara|buraku|chlopku|wiocha) (?:\S+ )?(?:powiedz|gadaj|mow|przeczytaj|zaspiewaj)\b"),
]

# -- id ----------------------------------------------------------------------------------
_RURAL_ID = (r"(?:anak kampung|kampungan|orang udik|udik|ndeso|wong ndeso|anak desa|orang kampung|"
             r"anak dusun|orang dusun)")
RULES += [
    rule("bullying:accent", "bullying", "logat aksen dialek medok",
         r"(?<!ajarin )(?<!ajari )(?<!ajarkan )(?<!belajar )(?<!mau denger )\b(?:ngomong|ngomongnya|"
         r"bicara|omong|bilang|baca|nyanyi|ngobrol|cerita)(?: \S+){0,2}? (?:pake|pakai|pakek|pk|"
         r"dengan|dgn|make|pakai) (?:logat|aksen|dialek|bahasa) (?:kampung|desa|udik|ndeso|dusun)"
         r"(?:mu|nya)?(?: (?:lo|lu|loe|elo|kamu))?\b(?! halaman)|"
         r"(?<!ajarin )(?<!ajari )(?<!ajarkan )(?<!belajar )\b(?:ngomong|ngomongnya|bicara|omong|"
         r"bilang|baca|nyanyi|cerita)(?: \S+){0,2}? (?:pake|pakai|pakek|pk|dengan|dgn|make) (?:logat|"
         r"aksen|dialek)(?: \S+){0,2}? ?(?:lo|lu|loe|elo|kamu|mu|medok|daerah|kampungmu|aneh)\b"
         r"(?![^.!?]{0,60}\b(?:keren|bagus|suka|ajarin|ajari|belajar)\b)(?=.{0,80}?\b(?:dong|deh|"
         + LAUGH_ID + r")\b)|"
         r"\bngomong medok (?:dong|deh|coba|lagi)\b(?=.{0,80}?\b" + LAUGH_ID + r")|"
         r"\b(?:dengan|pake|pakai) logat (?:kayak |kaya )?(?:gitu|begitu|kampung|kampungmu) (?:lo|"
         r"lu|kamu|elo) (?:\S+ )?(?:cuma|cuman|paling|paling cuma|ga bakal|gak bakal|nggak bakal|"
         r"gabakal)\b"),
    rule("bullying:accent", "bullying", "kampung kampungan udik ndeso desa dusun",
         r"(?:^|[.!?] |\b(?:woi|woy|hei|hey|eh|coba|ayo|heh) )(?:dasar )?" + _RURAL_ID + r" (?:coba )?"
         r"(?:ngomong|bicara|bilang|nyanyi|baca)(?: sesuatu| apa kek)?(?: (?:dong|deh|sana|coba|dulu|"
         r"sih))?\b(?=.{0,40}?\b(?:dong|deh|sana|coba|dulu|" + LAUGH_ID + r")\b)"),
]

# -- ar (ة is read as ه, أ إ آ as ا, ى as ي) --------------------------------------------
_ACC_AR = (r"(?:بلهجتك|بلكنتك|بلهجتكم|بلكنتكم|بلهجه قريتك|بلهجه ضيعتك|بلهجه الفلاحين|بلهجه الريف|"
           r"بلهجه البدو|زي الفلاحين|مثل الفلاحين|متل الفلاحين|بلغه قريتك)")
RULES += [
    rule("bullying:accent", "bullying",
         "بلهجتك بلكنتك بلهجتكم بلكنتكم بلهجه زي مثل متل بلغه",
         r"(?<!علمني )(?<!علمنا )(?:قول|قولي|قل|قلي|تكلم|تكلمي|احكي|احكيلنا|احكي لنا|اتكلم|اتكلمي|"
         r"اقرا|اقري|غني|عد|سمعنا|قولنا|قوللنا)(?: \S+){0,3}? " + _ACC_AR + r"(?=.{0,60}?"
         + LAUGH_AR + r")|"
         r"(?:بلهجتك|بلكنتك|بهاللهجه|بهاللكنه|بهاي اللهجه|بهاي اللكنه) (?:\S+ ){0,2}?(?:ما رح|ما راح|"
         r"مش هت|مش حت|ما حد|محد|ما احد|بس بتبيع|بس تبيع|رح تبيع)"),
    rule("bullying:accent", "bullying", "يا",
         r"\bيا (?:ابن|بنت|ولد|بن) (?:ال)?(?:فلاح|فلاحين|فلاحه|قريه|ريف|ضيعه|باديه|رعاه|الغنم|غنم)\b|"
         r"\bيا (?:فلاح|فلاحه|قروي|قرويه|ريفي|ريفيه) (?:قول|قولي|تكلم|تكلمي|احكي|اتكلم|اتكلمي|غني)\b",
         requires="ابن بنت ولد بن فلاح فلاحه قروي قرويه ريفي ريفيه"),
]

# -- hi: Hinglish, Devanagari -------------------------------------------------------------
RULES += [
    _r("bullying:accent", "bullying",
       "gaon gaanv gav gaaon village dehati bihari accent lehja lahja boli bhasha",
       r"\b(?:apni|apne|apna|teri|tera|tere|tumhari|tumhare)(?: \S+){0,2}? (?:gaon|gaanv|gav|gaaon|"
       r"village|dehati|bihari|gaon wali|gaon waali|gaon ki|gaon wale|gaon vali)(?: \S+){0,2}? "
       r"(?:bhasha|bhasa|boli|accent|lehja|lahja|lehje|lahje|language)(?: \S+)? (?:mein|me|mai|mei)"
       r"(?: \S+)? (?:bol|bolo|baat kar|kuch bol|bata|padh|ga)\b(?=.{0,60}?\b" + LAUGH_HI + r")|"
       r"\b(?:apne|apni|tere|teri) (?:accent|lehje|lahje) (?:mein|me|mai) (?:kuch )?(?:bol|bolo)\b"
       r"(?=.{0,60}?\b" + LAUGH_HI + r")", quoted=False),
    _r("bullying:accent", "bullying", "ganwaar ganwar gawar gavar gawaar gaanwar dehati",
       r"(?:^|[.!?] |\b(?:oye|oi|abe|arre|are|chal|o|abey|ae) )(?:ganwaar|ganwar|gawar|gavar|gawaar|"
       r"gaanwar|dehati|gaon ke|gaon ka|gaon ki)(?: \S+)? (?:kuch bol|bol na|bol kuch|kuch bolo|"
       r"bol|bolo|kuch suna)\b", quoted=False),
    _r("bullying:accent", "bullying", "गाँव गांव देहाती गँवार गंवार लहजे बोली",
       r"(?:अपने|अपनी|तेरे|तेरी)(?: \S+){0,2} (?:गाँव|गांव|देहाती)" + _DE + r"(?: \S+){0,2} (?:लहजे|"
       r"भाषा|बोली)" + _DE + r" (?:में|मे) (?:कुछ )?(?:बोल|बोलो)" + _DE + "|"
       r"(?:गँवार|गंवार|देहाती)" + _DE + r"(?: \S+)? (?:कुछ बोल|बोल ना|कुछ बोलो)" + _DE,
       quoted=False),
]

# -- zh --------------------------------------------------------------------------------
_G = "[^。!?]"
RULES += [
    zrule("bullying:accent", "bullying", "音 言 话 佬 包 鳖 姑 炮",
          r"(?:用|拿)你(?:的|那|那个|这)?(?:口音|方言|土话|家乡话|老家话|乡音|村里的话)" + _G
          + r"{0,8}(?:说|讲|念|读|唱|来)" + _G + r"{0,16}" + LAUGH_ZH + "|"
          r"(?:说|讲|来)(?:两句|几句|一句|句)?你们?(?:村|老家|乡下|农村|山里)的?(?:方言|土话|话)"
          + _G + r"{0,16}" + LAUGH_ZH + "|"
          r"(?:乡巴佬|土包子|村姑|土鳖|山炮|村炮|外地佬|农村来的)" + _G + r"{0,3}(?:说句话|说两句|"
          r"说几句|说点什么|讲两句|来一句|说一句|说个话)|"
          r"(?:就你这|你这|你那)(?:口音|方言|土话)" + _G + r"{0,8}(?:只能|这辈子|一辈子|以后只能|"
          r"永远)"),
]
