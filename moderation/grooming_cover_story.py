"""Three grooming moves the rules held in English and a few languages only
(appended to `grooming.RULES`):

* **a cover story** for the parents: "if your mum asks who you're talking to,
  say i'm a classmate", "si tu madre pregunta con quién hablas dile que soy de
  tu clase", "要是你妈问你跟谁聊天，就说是同学".  Coaching a child to lie to the
  family about the writer is secrecy (`grooming:secrecy`) in its most direct
  form;
* **the reader's own room**: "do you have your own room?", "¿tienes tu propio
  cuarto?", "у тебя своя комната?", "kendi odan var mı?" - where the child is
  alone, with a camera (`grooming:personal_questions`);
* **home alone, asked ahead**: "will you be home alone this weekend?",
  "vas a estar sola en casa el finde?", "будешь одна дома в субботу?"
  (`grooming:personal_questions`; the present tense is in `grooming.py`);
* **mature for your age** in the languages the flattery rules lacked: Arabic,
  Turkish, Polish and Indonesian ("yaşına göre çok olgunsun", "jesteś bardzo
  dojrzała jak na swój wiek") (`grooming:flattery`).

Why: development lines written in session 19 in 13 languages, by a helper
who never saw the rules, showed each move missed outside English.  Every
pattern is in the second person (the reader's mother, the reader's room): a
child saying "i have my own room now" or "my mum asks who i talk to" is not
matched, nor is the question reported ("te preguntan si tienes cuarto
propio", "ti chiedono se hai la camera tua"); reports, lessons and quotes
are excused by the usual frames.
Patterns run on the phrase form (accents stripped, Arabic ة read ه); Chinese
on the normalised text.
"""

from __future__ import annotations

from .rules import Rule, rule

_SAY_EN = r"(?:say|tell (?:them|her|him)|just say|u say|you say)"

RULES: list[Rule] = [
    # -- a cover story for the family ----------------------------------------
    rule("grooming:secrecy", "grooming", "asks ask asking",
         r"\bif (?:your|ur) (?:mum|mom|mother|dad|father|parents|mam|ma|teacher|family|sister|"
         r"brother) (?:ever )?(?:asks?|asking)\b[^.!?]{0,50}?\b" + _SAY_EN + r"\b"),
    rule("grooming:secrecy", "grooming", "pregunta preguntan preguntara preguntaran",
         r"\bsi (?:tu|tus) (?:madre|mama|mami|padre|papa|papi|padres|viejos|profe|hermana|hermano) "
         r"(?:te )?pregunta\w*\b[^.!?]{0,50}?\b(?:di|dile|diles|dices|deci|decile|deciles)\b"),
    rule("grooming:secrecy", "grooming", "demande demandent",
         r"\bsi (?:ta|ton|tes) (?:mere|daronne|pere|daron|parents|darons|reuf|soeur|frere) "
         r"(?:te )?demande\w*\b[^.!?]{0,50}?\b(?:dis|tu dis|dis lui|dis leur|t'as qu'a dire)\b"),
    rule("grooming:secrecy", "grooming", "pergunta perguntar perguntarem",
         r"\bse (?:a |o |os )?(?:sua|tua|seu|teu|seus|teus) (?:mae|pai|pais|coroa|irma|irmao) "
         r"(?:te )?pergunt\w*\b[^.!?]{0,50}?\b(?:diz|diga|fala|fale)\b"),
    rule("grooming:secrecy", "grooming", "fragt fragen",
         r"\bwenn (?:deine|dein) (?:mama|mutter|papa|vater|eltern|schwester|bruder) "
         r"(?:dich )?fragt\w*\b[^.!?]{0,50}?\b(?:sag|sagst du|sagst)\b"),
    rule("grooming:secrecy", "grooming", "chiede chiedono",
         r"\bse (?:tua|tuo|i tuoi) (?:mamma|madre|papa|padre|genitori|sorella|fratello)? ?"
         r"(?:ti )?chied\w*\b[^.!?]{0,50}?\b(?:di|digli|dille|dici|rispondi)\b"),
    rule("grooming:secrecy", "grooming", "zapyta zapytala zapytal zapytaja pyta pytaja pytac",
         r"\b(?:jak|jakby|jesli|jezeli|gdyby) (?:cie )?(?:mama|tata|rodzice|matka|ojciec|siostra|brat)"
         r"(?: cie)? (?:zapyta|zapytaja|pyta|pytaja|bedzie pytac)\w*\b[^.!?]{0,50}?\b(?:powiedz|mow|"
         r"mowisz|odpowiedz)\b"),
    rule("grooming:secrecy", "grooming", "nanya tanya nanyain nanyak",
         r"\b(?:kalau|kalo|klo|klau|jika|kl) (?:mama|mamah|ibu|ibumu|mamamu|mama kamu|ortu|ortumu|"
         r"ortu kamu|papa|bapak|ayah|ayahmu|kakak|kakakmu) (?:kamu )?(?:nanya|tanya|nanyain|nanyak|"
         r"bertanya)\w*\b[^.!?]{0,50}?\b(?:bilang|bilangin|jawab)\b"),
    rule("grooming:secrecy", "grooming", "спросит спросят спрашивает будет",
         r"(?<!\w)если (?:твоя |твои |твой )?(?:мама|мать|папа|отец|родители|сестра|брат) "
         r"(?:тебя )?(?:спросит|спросят|спрашивает|будет спрашивать)\b[^.!?]{0,50}?\b(?:скажи|говори)\b"),
    rule("grooming:secrecy", "grooming", "سال سالت سالوك سالك سالتك يسالك تسالك",
         r"(?<!\w)(?:لو|اذا|إذا|ان) (?:امك|أمك|ابوك|أبوك|اهلك|أهلك|ماما|بابا|اختك|اخوك|مامتك|باباك) "
         r"(?:\w+ )?(?:سال|سالت|سالوك|سالك|سالتك|يسالك|تسالك|سألت|سألك|سألتك)\w*[^.!?]{0,50}?"
         r"(?:قولي|قول|قوليلها|قوليلهم|قولها|قوله|قولهم)(?!\w)"),
    rule("grooming:secrecy", "grooming", "要 如 万",
         r"(?:要是|如果|万一)你?(?:妈|爸|父母|家长|家里人|爸妈)[^。！？!?]{0,8}问[^。！？!?]{0,20}"
         r"(?:就说|你就说|就讲)"),
    rule("grooming:secrecy", "grooming", "puche puchhe pooche poochhe puchenge puchegi pucho पूछे पूछें पूछेंगे",
         r"\b(?:agar|agr|jab) (?:tumhari |teri |tumhare |tere )?(?:mummy|mumma|mom|maa|papa|ghar wale|"
         r"gharwale|didi|bhaiya)\w* (?:\w+ )?(?:puche|puchhe|pooche|poochhe|puchenge|puchegi|puchein)\b"
         r"[^.!?]{0,50}?\b(?:bol|bolna|bol dena|kehna|keh dena|batana)\b|"
         r"(?:अगर|जब) (?:तुम्हारी |तेरी |तुम्हारे |तेरे )?(?:मम्मी|माँ|पापा|घरवाले|घर वाले|दीदी)"
         r"[^.!?]{0,20}(?:पूछे|पूछें|पूछेंगे|पूछेगी)[^.!?]{0,50}(?:बोलना|बोल देना|कहना|कह देना)"),
    rule("grooming:secrecy", "grooming", "sorarsa soracak sorarlarsa sorarlar",
         r"\b(?:annen|baban|ailen|annenler|annenlerin|ablan|abin)\w* (?:sana )?(?:sorarsa|sorarlarsa|"
         r"soracak olursa)\b[^.!?]{0,50}?\b(?:de|dersin|soyle|soylersin)\b"),
    # -- the reader's own room ------------------------------------------------
    rule("grooming:personal_questions", "grooming", "propio propia cuarto habitacion duermes",
         r"(?<!\bsi )\b(?:tienes|tenes) (?:tu )?(?:propio cuarto|propia habitacion|propia pieza|cuarto propio|"
         r"habitacion propia|cuarto para ti sol[ao]|habitacion para ti sol[ao])\b|"
         r"\bduermes sol[ao] en tu (?:cuarto|habitacion)\b"),
    rule("grooming:personal_questions", "grooming", "propre chambre dors",
         r"(?<!\bsi )\b(?:t'as|tu as|t as) (?:ta )?propre chambre\b|\b(?:t'as|tu as) une chambre (?:a toi|rien "
         r"qu'a toi)\b|\btu dors (?:toute )?seule? dans ta chambre\b"),
    rule("grooming:personal_questions", "grooming", "quarto dorme",
         r"(?<!\bse )\b(?:voce|vc|tu) (?:tem|tens) (?:um )?(?:quarto (?:so )?(?:seu|teu)|(?:seu|teu) proprio "
         r"quarto|quarto proprio)\b|\b(?:voce|vc|tu) dorme sozinh[ao] no (?:seu|teu) quarto\b"),
    rule("grooming:personal_questions", "grooming", "eigenes zimmer schlafst",
         r"\bhast du (?:ein )?eigenes zimmer\b|\bhast du (?:ein )?zimmer fur dich (?:allein|alleine)\b|"
         r"\bschlafst du allein in deinem zimmer\b"),
    rule("grooming:personal_questions", "grooming", "camera dormi stanza",
         r"(?<!\bse )\bhai (?:una )?(?:camera|stanza) (?:tutta )?(?:tua|per te)\b|(?<!\bse )\bhai (?:la )?camera tua\b|"
         r"\bdormi da sol[ao] (?:in|nella) (?:tua )?camera\b"),
    rule("grooming:personal_questions", "grooming", "pokoj spisz",
         r"\bmasz (?:swoj |twoj )?(?:wlasny |osobny )?pokoj\b|\bspisz sam[a]? w (?:swoim )?pokoju\b"),
    rule("grooming:personal_questions", "grooming", "kamar tidur",
         r"\b(?:kamu|kmu|km|lu|lo|elo|kak) (?:\w+ )?(?:punya|ada) kamar sendiri\b|"
         r"\b(?:kamu|kmu|km|lu|lo) tidur sendiri(?:an)? di kamar\b"),
    rule("grooming:personal_questions", "grooming", "комната комнате спишь",
         r"(?<!\w)у тебя (?:есть )?(?:своя|отдельная|собственная) комната\b|"
         r"(?<!\w)ты спишь (?:одна|один) в (?:своей )?комнате\b"),
    rule("grooming:personal_questions", "grooming", "غرفه غرفتك تنامي تنام",
         r"(?<!يسال البنت )(?<!يسال الولد )(?<!يسال )(?<!\w)(?:عندك|عندكي|الك|لك|إلك) (?:\w+ )?غرفه (?:لحالك|"
         r"لوحدك|خاصه (?:فيكي|فيك|بيكي|بيك|بك|"
         r"لك))(?!\w)|(?<!\w)غرفتك (?:لحالك|لوحدك|خاصه)(?!\w)|(?<!\w)(?:تنامي|تنام) (?:لحالك|لوحدك) "
         r"(?:في|ب)(?:غرفتك| غرفتك)"),
    rule("grooming:personal_questions", "grooming", "自 一",
         r"你有(?:没有)?自己的房间|你(?:是)?一个人睡(?:一个房间|在自己房间)"),
    rule("grooming:personal_questions", "grooming", "kamra kamre अपना अलग",
         r"\b(?:tumhara|tera|tumhare paas|tere paas|aapka) (?:apna|khud ka|alag) kamra\b|"
         r"\b(?:tum|tu) (?:apne kamre mein )?akele (?:soti|sota) ho\b|"
         r"(?:तुम्हारा|तेरा|तुम्हारे पास|तेरे पास) (?:अपना|खुद का|अलग) कमरा"),
    rule("grooming:personal_questions", "grooming", "odan odanda uyuyor",
         r"\bkendi odan (?:var|varmi|var mi)\b|\bodan (?:ayri|ayrimi|ayri mi)\b|"
         r"\b(?:odanda )?(?:tek basina|yalniz) mi (?:uyuyorsun|yatiyorsun)\b"),
    # -- home alone, asked ahead ("will you be home alone this weekend?"): the present
    # ("are you home alone?") is in grooming.py
    rule("grooming:personal_questions", "grooming", "alone yourself own",
         r"\b(?:will|are) you (?:\w+ )?(?:going to |gonna )?be (?:home )?(?:alone|by yourself|on your own)"
         r"(?: at home| home)?\b(?! (?:with|in (?:the|a) (?:crowd|group|team)))"),
    rule("grooming:personal_questions", "grooming", "sola solo casa",
         r"\b(?:vas a (?:estar|quedarte)|estaras|te quedas|te vas a quedar) sol[ao] en (?:tu )?casa\b"),
    rule("grooming:personal_questions", "grooming", "seule seul",
         r"\b(?:t'es|tu es|t es|tu seras|tu vas etre|tu restes|tu vas rester) (?:toute |tout )?seule? "
         r"(?:chez toi|a la maison|a la maison ce)\b"),
    rule("grooming:personal_questions", "grooming", "sozinha sozinho",
         r"\b(?:vai ficar|vai estar|vais ficar|vais estar|ficara|vc fica|voce fica) sozinh[ao] "
         r"(?:em casa|na sua casa|na tua casa)\b"),
    rule("grooming:personal_questions", "grooming", "sola solo",
         r"\b(?:sarai|resterai|starai|rimani|rimarrai) (?:da )?sol[ao] (?:a casa|in casa)\b"),
    rule("grooming:personal_questions", "grooming", "allein alleine",
         r"\bwirst du (?:\w+ ){0,3}?allein(?:e)? (?:zu hause|zuhause|daheim) sein\b|"
         r"\bbist du (?:\w+ ){1,3}?allein(?:e)? (?:zu hause|zuhause|daheim)\b"),
    rule("grooming:personal_questions", "grooming", "sama sam",
         r"\b(?:bedziesz|zostaniesz|zostajesz) (?:\w+ )?sam[a]? w domu\b"),
    rule("grooming:personal_questions", "grooming", "sendiri sendirian",
         r"\b(?:kamu|kmu|km|lu|lo) (?:\w+ )?(?:bakal|akan|lagi) sendiri(?:an)? di rumah\b"),
    rule("grooming:personal_questions", "grooming", "одна один",
         r"(?<!\w)(?:ты )?(?:будешь|останешься) (?:\w+ )?(?:одна|один) дома\b|"
         r"(?<!\w)(?:будешь|останешься) дома (?:одна|один)\b"),
    rule("grooming:personal_questions", "grooming", "yalniz",
         r"\bevde (?:\w+ )?yalniz (?:mi )?(?:olacaksin|kalacaksin|misin)\b"),
    rule("grooming:personal_questions", "grooming", "你",
         r"你[^，。！？,!?]{1,6}一个人在家"),
    rule("grooming:personal_questions", "grooming", "akeli akela",
         r"\b(?:tum|tu) (?:\w+ ){0,3}?(?:ghar pe|ghar par|ghar mein|ghar me) akel[ie] (?:hogi|hoga|"
         r"rahogi|rahoge|rahegi|rahega|ho|hai)\b"),
    # -- mature for your age -----------------------------------------------
    rule("grooming:flattery", "grooming", "ناضج ناضجه اكبر عقلك",
         r"(?<!\w)(?:انتي|انت|إنتي|إنت)? ?ناضج\w* (?:\w+ )?(?:بالنسبه ل|على|مقارنه ب|قياسا ل)"
         r"(?:عمرك|سنك)(?!\w)|(?<!\w)(?:عقلك|تفكيرك) اكبر من (?:عمرك|سنك)(?!\w)"),
    rule("grooming:flattery", "grooming", "yasina yasindan",
         r"\byasina gore (?:cok |gercekten |baya |oldukca |fazla )*(?:olgun|buyuk|akilli|mature)\w*\b|"
         r"\byasindan (?:cok |daha )*(?:olgun|buyuk) (?:gorunuyorsun|duruyorsun|davraniyorsun|"
         r"dusunuyorsun)\b"),
    rule("grooming:flattery", "grooming", "jak wiek",
         r"\b(?:dojrzal\w*|madr\w*|dorosl\w*|rozsadn\w*) jak na (?:swoj|twoj) wiek\b|"
         r"\bwygladasz (?:na )?(?:duzo |o wiele )?starsz\w* niz (?:jestes|masz)\b"),
    rule("grooming:flattery", "grooming", "dewasa",
         r"\b(?:dewasa|matang) (?:banget |bgt |sekali |bener )?(?:untuk|buat|utk) (?:umur|usia) "
         r"(?:kamu|kmu|km|segitu|seumur kamu)\b|\b(?:umur|usia)(?:mu| kamu) (?:\w+ )?(?:tapi|tp) "
         r"(?:udah|sudah) dewasa\b|\blebih dewasa dari (?:umur|usia)(?:mu| kamu)\b"),
]
