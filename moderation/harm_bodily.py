"""Threats of bodily harm aimed at the reader, in the shapes the older threat
rules missed (appended to `harm.RULES`; the pl, tr and id forms are in their
packs' harm files).

A first-person violent verb aimed at "you" or at the reader's body part, with
or without a condition before it: "wenn du mich nochmal meldest, stech ich
dich ab", "schlag ich dir die Zähne raus", "ti rompo le gambe", "te rompo las
piernas", "si tu me signales je te casse la gueule", "vou quebrar teus
dentes", "я тебе зубы выбью", "راح اكسر رجليك", "मैं तेरी टांगें तोड़ दूंगा";
"you're dead tomorrow" with a time ("morgen bist du tot", "domani sei morto");
and "you can't escape (from me)" ("du entkommst mir nicht", "non mi scappi",
"ты от меня не убежишь"), which alone is everyday ("you can't escape
homework") and is held only with "from me" or after a wait / tomorrow / after
school in the sentence.

Why body parts: the verb alone is everyday ("ich brech dir ein Stück ab",
"te parto un trozo"); a violent verb with "your legs / teeth / bones / face"
is not.  Idioms are left out on purpose: "casser la tête" (to pester),
"quebrar a cara" without "te" (to fail), "romper las pelotas", "rompere le
scatole", hearts.  A game or a match named after the verb excuses it
("ti spacco il culo a fifa"); frames excuse reports, quotes and lessons as
for every harm rule ("er hat gesagt ..." ; "mir die Zähne" is not "dir").
"""

from __future__ import annotations

from .rules import Rule, rule

# a game or a match named after the threat: "... at fifa", "beim Schach"
_NO_GAME = (r"(?![^.!?]{0,40}\b(?:fifa|fortnite|minecraft|roblox|brawl stars|clash royale|cod|"
            r"valorant|among us|rocket league|mario kart|chess|schach|scacchi|ajedrez|echecs|"
            r"xadrez|шахмат\w*|фиф\w*|игре|игру|матче|game|spiel|spielen|partita|juego|jogo|partie|match|round|runde|"
            r"ranked|lobby|tischtennis|ping pong|fussball|calcio|futbol|futebol|football)\b)")

_DE_BODY = (r"(?:zahne|zahn|beine|bein|arme|arm|knochen|nase|fresse|schnauze|gesicht|kiefer|finger|"
            r"genick|hals|rippen|birne|schadel|visage|maul|kauleiste|beisserchen|knie)")
_DE_V = (r"(?:schlag|schlage|hau|haue|brech|breche|polier|poliere|tret|trete|box|boxe|reiss|"
         r"reisse|knack|knacke|zertrummer|zertrummere|stech|steche|klatsch|prugel)")
_IT_BODY = (r"(?:gambe|gamba|braccia|braccio|denti|dente|ossa|osso|faccia|naso|testa|collo|mani|"
            r"dita|muso|costole|mascella|cranio|grugno|ginocchia|gengive)")
_ES_BODY = (r"(?:piernas|pierna|brazos|brazo|dientes|diente|huesos|hueso|cara|nariz|boca|cabeza|"
            r"cuello|jeta|hocico|costillas|dedos|rodillas|craneo|mandibula|crisma|morro|hocico)")
_FR_BODY = (r"(?:la gueule|les dents|les jambes|la jambe|les bras|le bras|les os|le nez|la "
            r"machoire|les genoux|le crane|la figure|la tronche|les doigts|les cotes|le cou|"
            r"les rotules|le portrait)")
_PT_BODY = (r"(?:pernas|perna|bracos|braco|dentes|dente|ossos|osso|cara|nariz|boca|cabeca|"
            r"pescoco|fuca|focinho|costelas|dedos|joelhos|queixo|cranio|fuco)")
_RU_BODY = (r"(?:ноги|ногу|руки|руку|зубы|кости|нос|челюсть|морду|рожу|лицо|голову|башку|шею|"
            r"рёбра|ребра|пальцы|череп|хлебало|ебало|табло|фейс)")
_RU_V = (r"(?:сломаю|выбью|переломаю|поломаю|разобью|пересчитаю|оторву|отобью|расквашу|вырву|"
         r"сверну|проломлю|разнесу|начищу|набью|раскрою|выверну)")

RULES: list[Rule] = [
    # de: "ich brech dir die Beine", "schlag ich dir die Zähne raus", "stech ich dich ab"
    rule("threat:violence", "threat",
         "schlag schlage hau haue brech breche polier poliere tret trete box boxe reiss reisse "
         "knack knacke zertrummer zertrummere stech steche klatsch prugel",
         r"\b(?:ich " + _DE_V + r"|" + _DE_V + r" ich) (?:\w+ )?dir (?:\w+ ){0,3}?" + _DE_BODY
         + r"\b" + _NO_GAME + r"|"
         r"\b(?:ich (?:stech|steche)|(?:stech|steche) ich) dich (?:\w+ )?ab\b|"
         r"\b(?:schlag|hau|prugel|verprugel|box|klatsch|tret) ich dich\b(?! (?:beim|bei|im|in|auf|mit|"
         r"an|ab)\b)" + _NO_GAME),
    rule("threat:violence", "threat", "tot geliefert entkommst entkommen weglaufen",
         r"\b(?:morgen|montag|nach der schule|in der pause|nachher) bist du (?:so |sowas von )?"
         r"(?:tot|geliefert)\b|\bdu bist (?:morgen|nach der schule) (?:so )?(?:tot|geliefert)\b|"
         r"\bdu entkommst mir nicht\b|\bdu (?:kannst|wirst) mir nicht (?:mehr )?(?:entkommen|"
         r"weglaufen|davonlaufen)\b"),
    # it: "ti rompo le gambe", "se mi segnali ti spacco i denti", "ti accoltello"
    rule("threat:violence", "threat",
         "rompo spacco spezzo frantumo saltare stacco sfondo gonfio rompero spacchero spezzero "
         "accoltello accoltellero pugnalo pugnalero sgozzo",
         r"\bti (?:rompo|spacco|spezzo|frantumo|faccio saltare|stacco|sfondo|gonfio|rompero|"
         r"spacchero|spezzero|faro saltare) (?:\w+ ){0,2}?" + _IT_BODY + r"\b" + _NO_GAME + r"|"
         r"\bti (?:accoltello|accoltellero|pugnalo|pugnalero|sgozzo)\b"),
    rule("threat:violence", "threat", "morto scappare sfuggire scappi sfuggi",
         r"\b(?:domani|dopo scuola|all uscita|lunedi) (?:\w+ )?sei (?:un )?(?:uomo )?morto\b|"
         r"\bsei (?:un )?morto (?:domani|dopo (?:la )?scuola|all uscita)\b|"
         r"\bnon (?:mi )?(?:puoi|potrai) (?:scappare|sfuggire|sfuggirmi)(?= da me\b| ?(?:[.!?]|$))|"
         r"\bnon mi (?:scappi|sfuggi)\b"),
    # es: "te rompo las piernas", "te voy a romper los huesos", "te apuñalo"
    rule("threat:violence", "threat",
         "rompo parto quiebro reviento voy vamos rompere partire arrancare apunalo acuchillo",
         r"\bte (?:rompo|parto|quiebro|reviento|arranco|rompere|partire|arrancare|(?:voy|vamos) a "
         r"(?:romper|partir|quebrar|reventar|arrancar|volar)) (?:\w+ ){0,2}?" + _ES_BODY + r"\b"
         + _NO_GAME + r"|\bte (?:apunalo|acuchillo|voy a acuchillar|rajo|voy a rajar)\b"),
    rule("threat:violence", "threat", "escapar escapas huir",
         r"\bno (?:te me |te )?(?:puedes|vas a poder|podras) (?:escapar|huir)(?:te)?(?= de mi\b| ?"
         r"(?:[.!?]|$))|\bde mi no te (?:vas a )?escapa(?:s|r)\b|\bno te me (?:vas a )?escapa(?:s|r)\b|"
         r"\bno te (?:vas a )?escapar de mi\b"),
    # fr: "si tu me signales je te casse la gueule", "je vais te briser les os"
    rule("threat:violence", "threat",
         "casse casser pete peter brise briser defonce defoncer eclate eclater arrache arracher "
         "explose exploser casserai peterai briserai arracherai poignarder poignarde",
         r"\b(?:je|j) ?'?(?:vais |va )?te (?:casse|casser|pete|peter|brise|briser|defonce|defoncer|"
         r"eclate|eclater|arrache|arracher|explose|exploser|casserai|peterai|briserai|defoncerai|"
         r"eclaterai|arracherai) " + _FR_BODY + r"\b" + _NO_GAME + r"|"
         r"\b(?:je|j) ?'?(?:vais |va )?te (?:eclate|eclater|explose|exploser|defonce|defoncer|pete|"
         r"peter) la tete\b" + _NO_GAME + r"|"
         r"\b(?:je|j) ?'?(?:vais |va )?te (?:poignarder|poignarde|suriner|surine)\b"),
    rule("threat:violence", "threat", "echapper echapperas fuir",
         r"\btu (?:ne )?(?:peux|pourras|vas) (?:pas|jamais) (?:t ?'?echapper|m ?'?echapper|fuir)"
         r"(?= de moi\b| ?(?:[.!?]|$))|\btu (?:ne )?m ?'?echapperas (?:pas|jamais)\b"),
    # pt: "vou quebrar teus dentes", "te quebro as pernas" ("vou quebrar a cara" = to fail)
    rule("threat:violence", "threat",
         "quebrar quebro arrebentar arrebento partir parto arrancar arranco estourar estouro "
         "esfaqueio",
         r"\b(?:vou|vamos|vo) (?:te (?:quebrar|arrebentar|partir|arrancar|estourar) (?:\w+ ){0,2}?"
         + _PT_BODY + r"|(?:quebrar|arrebentar|partir|arrancar|estourar) (?:\w+ )?(?:tua|teu|tuas|"
         r"teus|sua|seu|suas|seus) " + _PT_BODY + r")\b" + _NO_GAME + r"|"
         r"\b(?:eu )?te (?:quebro|arrebento|parto|arranco|estouro) (?:\w+ ){0,2}?" + _PT_BODY
         + r"\b" + _NO_GAME + r"|\b(?:eu )?te esfaqueio\b"),
    rule("threat:violence", "threat", "morto fugir escapar foge escapa",
         r"\b(?:amanha|depois da aula|na saida|segunda) (?:\w+ )?(?:tu|voce|vc|video call) (?:ta|"
         r"esta|e|vai estar) (?:um )?(?:homem )?morto\b|\b(?:tu|voce|vc|video call) (?:ta|esta|e) "
         r"(?:um )?(?:homem )?morto (?:amanha|na saida|depois da aula)\b|"
         r"\bnao (?:tem como|vai|vai ter como|consegue|adianta) (?:fugir|escapar) de mim\b|"
         r"\bde mim (?:tu |voce |vc )?(?:nao|n) (?:foge|escapa)\b"),
    # ru: "я сломаю тебе ноги", "я тебе зубы выбью", "ты от меня не убежишь"
    rule("threat:violence", "threat",
         "сломаю выбью переломаю поломаю разобью пересчитаю оторву отобью расквашу вырву сверну "
         "проломлю разнесу начищу набью раскрою выверну",
         r"(?:^|(?<=\s))(?:" + _RU_V + r" тебе (?:\S+ ){0,2}?" + _RU_BODY + r"|тебе (?:\S+ ){0,2}?"
         + _RU_BODY + r" (?:\S+ )?" + _RU_V + r"|тебе (?:\S+ )?" + _RU_V + r" (?:\S+ )?"
         + _RU_BODY + r")(?=\s|$)" + _NO_GAME),
    rule("threat:violence", "threat", "убежишь уйдешь денешься спрячешься",
         r"(?:^|(?<=\s))(?:от меня (?:ты )?(?:не убежишь|не уйдешь|никуда не денешься|не спрячешься)|"
         r"(?:ты )?(?:не убежишь|не уйдешь|никуда не денешься|не спрячешься) от меня|"
         r"(?:завтра|после школы|после уроков|жду тебя|поймаю|найду)[^.!?]{0,40}?(?:не убежишь|"
         r"никуда не денешься))(?=\s|$|[.!?])"),
    # ar: "راح اطعنك", "راح اكسر رجليك", "بكرا انت ميت", "ما راح تهرب مني"
    rule("threat:violence", "threat",
         "اطعنك اذبحك اكسر بكسر اكسرلك بكسرلك اقطع ميت تهرب تفلت akser bakser aksr",
         r"(?:^|(?<=\s))(?:[بح]?اطعنك|[بح]?اذبحك|(?:[بح]?اكسر|[بح]?اكسرلك|[بح]?اقطع|[بح]?اقطعلك) "
         r"(?:\S+ )?(?:رجليك|رجلك|ايديك|ايدك|يدك|اسنانك|سنانك|عظامك|راسك|وجهك|خشمك|انفك|رقبتك|"
         r"لسانك|ضلوعك)|(?:بكرا|بكره|بكرة|غدا|بعد المدرسه) (?:\S+ )?(?:انت|انتي) (?:\S+ )?ميت|"
         r"(?:ما|مش|مو|لن) (?:راح |رح |ح |هت)?(?:تهرب|تفلت|تقدر تهرب|تقدر تفلت|هتهرب) مني|"
         r"(?:rah |ra7 |ha )?(?:akser|aksr|bakser) (?:\w+ )?(?:rasak|rasek|rjlek|rijlek|rejlak|"
         r"snanak|asnanak|wijhak|wejhak|idak|eidak|ra2btak))(?=\s|$)"),
    # hi: "मैं तेरी टांगें तोड़ दूंगा", "मैं तुझे मारूंगा", "tu bhaag nahi sakta"
    rule("threat:violence", "threat",
         "तेरी तेरे तुम्हारी तुम्हारे तुझे तुम्हें तुमको तुझको bhaag bhag bach marega bachega mara",
         r"(?:^|(?<=\s))(?:(?:तेरी|तेरे|तुम्हारी|तुम्हारे) (?:\S+ )?(?:टांगें|टाँगें|टांग|टाँग|"
         r"हड्डियां|हड्डियाँ|हड्डी|दांत|दाँत|हाथ|मुंह|मुँह|सिर|गर्दन|नाक|पैर|जबड़ा) (?:\S+ )?"
         r"(?:तोड़|तोड|फोड़|फोड|उखाड़|उखाड|काट)|(?:तुझे|तुम्हें|तुमको|तुझको) (?:\S+ ){0,2}?(?:मारूंगा|"
         r"मारूँगा|मारुंगा|मारूंगी|पीटूंगा|पीटूँगा|पीटूंगी|मार डालूंगा|जान से मार|चाकू मार|छुरा मार|"
         r"काट डालूंगा))"
         r"|\b(?:tu|tum) (?:mujhse )?(?:bhaag|bhag|bach) (?:ke )?(?:nahi|nhi|nahin) (?:sakta|sakti|"
         r"sakte|paega|payega|paegi|payegi)\b(?! (?:\w+ )?(?:exam|homework|padhai|kaam))|"
         r"\b(?:kal|school ke baad|chutti ke baad) (?:\w+ )?(?:tu|tum) (?:\w+ )?(?:mara hua|marega|"
         r"nahi bachega|nahi bachegi|nhi bachega)\b"),
    # en: "you can't escape (from me)" after a wait, tomorrow or after school
    rule("threat:violence", "threat", "escape run hide",
         r"\byou (?:can not|cannot|will not|wont|are not going to) (?:escape|run|hide)"
         r" from me\b|"
         r"\b(?:wait for you|waiting for you|tomorrow|after school)\b[^.!?]{0,40}?\byou (?:can not|"
         r"cannot|will not|wont) (?:escape|run|hide)\b"),
]
