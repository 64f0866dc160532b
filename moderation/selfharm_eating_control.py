"""Days without food told as control, pride or an achievement, with no
weight word, in en es pt fr de it ru tr pl id.

Why: the eating families (`selfharm_eating.py`, `selfharm_eating_goal.py`,
`selfharm_eating_langs.py`) pair a restriction with a weight, shame, purge
or thinness cue.  Restrictive eating is also told as the one thing the
writer controls, or as something to be proud of, and no weight is named:
"4 days without eating and finally I feel in control", "haven't eaten since
monday and it feels amazing, I'm so proud", "skipped every meal this week,
I finally have control over something", "llevo 4 días sin comer y por fin
siento que tengo el control", "seit 3 Tagen nichts gegessen und ich bin so
stolz auf mich", "3 дня не ем и наконец чувствую контроль".  A message is
held when

* a **restriction of a day or more** (N days without food, not eaten since
  a weekday or yesterday / in N days, every meal skipped, stopped eating
  with no food named)
* meets a **control or achievement cue** (in control, control over
  something, the only thing I can control, proud of myself, feels amazing,
  an achievement, strong, powerful, light) within 100 characters, in either
  order.

What passes: a religious or medical fast, an illness or a weigh-in named
anywhere in the message ("fasting for ramadan, 4 days in and I feel proud",
"no food since last night before my surgery": `frames_eating.py`, the frame
of every self-harm rule); a short gap ("I haven't eaten since lunch lol so
hungry"); a food given up ("haven't eaten sugar in 5 days, so proud",
"stopped eating meat and I feel in control", "3 días sin comer dulces");
control of something else ("I finally feel in control of my time since I
stopped gaming"); someone else not eating ("my cat hasn't eaten in 3
days").

Speed: restriction words are the triggers and the cue words a word gate
(`requires`), so the pair regexes run only on a message with both.
Patterns run on the phrase form (accents stripped, commas dropped, Spanish
"y" read "why", "2 days" kept as a count).
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_eating import _pair

# -- en -------------------------------------------------------------------------------------
_N_EN = r"(?:\d+|two|three|four|five|six|seven|a few|a couple of|several|many|so many)"
_SINCE_EN = (
    r"(?:since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend|last "
    r"week|(?:\d+|two|three|four|five) days ago)|in (?:days|" + _N_EN + r" days|a week|ages|over a day)|"
    r"for (?:days|" + _N_EN + r" days|a week|a whole week|over a day))"
)
_R_EN = (
    r"(?:" + _N_EN + r" (?:whole |full |straight )?days (?:now )?(?:without (?:eating|food|a meal|any "
    r"food|eating anything)|(?:of )?(?:no food|not eating|eating nothing)|since i (?:last )?ate)|day "
    r"(?:\d+|to|for|two|three|four|five|six|seven) (?:of |without )(?:no food|not eating|eating nothing|food|"
    r"eating)|(?:have not|haven't|havent|havnt|had not|hadn't|hadnt|did not|didn't|didnt|not|never) "
    r"(?:eaten|eat|ate|eating) (?:anything |a thing |any food |food |at all |a meal )?" + _SINCE_EN
    + r"|(?:skipped|skipping|skip) (?:every |each |all (?:my |the |of my )?|all of the )meals?|"
    r"(?:skipped|skipping) (?:breakfast|lunch|dinner) and (?:breakfast|lunch|dinner)|(?:stopped|quit) "
    r"eating(?= ?[.!?]| ?$| (?:and|completely|altogether|entirely|for|again|since|so|but|now)\b)|"
    r"only (?:drank|had|drinking|drink) water (?:for (?:days|" + _N_EN + r" days|a week)|since "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)|all week))"
)
_C_EN = (
    r"(?:in control|in charge of (?:my body|myself|something)|control over (?:something|anything|my "
    r"body|my life|one thing|myself|it|everything|my hunger)|(?:have|got|get|having|taking|took|gained|"
    r"regained|got back) (?:the |some |total |full |back )?control\b|(?:only|one) thing i (?:can|could|"
    r"have|actually) (?:control|controlled)|proud of (?:myself|my self|me)|(?:i am|i'm|so|really|super|"
    r"finally|actually|feel|feeling|felt) (?:so |really |very |super |actually |finally |kinda |kind "
    r"of )*proud|(?:feels?|feeling|felt|it is|it's|its) (?:so |really |actually |honestly |kind of |"
    r"kinda |just )*(?:amazing|incredible|great|so good|powerful|empowering|like (?:an achievement|a "
    r"win|winning|a victory|an accomplishment|success|power|i did something))|achievement|"
    r"accomplishment|accomplished|new record|personal best|i am winning|unstoppable|(?:feel|feeling|"
    r"felt) (?:so |really |finally |actually )*(?:strong|powerful|light|clean|pure|empty|disciplined))"
)

# -- es / pt ----------------------------------------------------------------------------------
_N_ES = r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|varios|unos|dois|quatro|sete|uns|varios)"
_DAYS_ES = (
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|antier|anteayer|segunda|terca|"
    r"quarta|quinta|sexta|ontem|anteontem)"
)
_R_ES = (
    r"(?:" + _N_ES + r" dias (?:ya |seguidos |enteros )?sin (?:comer|probar bocado|nada de comida)(?= ?[.!?]|"
    r" ?$| (?:nada|why|e|pero|mas|ni|por fin|finalmente|you|ya|todavia|ainda|agora|ahora|me|eu|i)\b)|"
    r"no (?:he comido|como|comi|estoy comiendo) (?:nada )?(?:desde (?:el )?" + _DAYS_ES + r"|en " + _N_ES
    + r" dias|hace " + _N_ES + r" dias)|hace " + _N_ES + r" dias (?:ya )?que no (?:como|he comido|comi)\b|"
    r"(?:faz|ha) " + _N_ES + r" dias (?:ja )?que (?:eu )?nao (?:como|comi)\b|(?:me salte|me estoy "
    r"saltando|me salto|salte|saltandome) todas las comidas|" + _N_ES + r" dias sem (?:comer|nada de "
    r"comida)(?= ?[.!?]| ?$| (?:nada|e|mas|ja|finalmente|enfim|ainda|agora|me|eu)\b)|"
    r"nao (?:como|comi|to comendo|estou comendo) (?:nada )?"
    r"(?:desde (?:a |o )?" + _DAYS_ES + r"|ha " + _N_ES + r" dias|faz " + _N_ES + r" dias)|"
    r"(?:pulei|to pulando|estou pulando|pulo) todas as refeicoes)"
)
_C_ES = (
    r"(?:(?:tengo|tener|siento|me siento|tenho|sinto|me sinto) (?:que )?(?:tengo |tenho )?(?:el |o |"
    r"por fin el |finalmente o )?control(?:e)?\b|en control|no controle|(?:muy |tan |super |re |"
    r"muito |tao )?orgul[lh]os[ao]s?(?! de (?:ti|el|ella|voce|ele|mi hermano|mi hermana))|"
    r"me (?:siento|sinto) (?:\w+ )?(?:fuerte|forte|poderos[ao]|invencible|invencivel|limpi[ao]|limp[ao]|"
    r"liger[ao]|leve|increible|incrivel|genial)|un logro|una victoria|uma conquista|uma vitoria|"
    r"lo unico que (?:puedo|controlo)|a unica coisa que (?:eu )?(?:consigo|posso) controlar)"
)

# -- fr / it ---------------------------------------------------------------------------------
_R_FR = (
    r"(?:(?:rien mange|pas mange|je (?:ne )?mange (?:plus|rien|pas)|mange rien) (?:rien )?depuis "
    r"(?:\d+|deux|trois|quatre|cinq|plusieurs) jours|(?:rien mange|pas mange|je (?:ne )?mange (?:plus|"
    r"rien|pas)|mange rien) (?:rien )?depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"hier|avant hier)|(?:\d+|deux|trois|quatre|cinq|plusieurs) jours sans (?:manger|nourriture|rien "
    r"manger)(?= ?[.!?]| ?$| (?:et|mais|enfin|je|j'ai|jai)\b)|(?:j'ai|jai|je) saute tous (?:les|mes) "
    r"repas|je saute tous (?:les|mes) repas|"
    r"non (?:mangio|ho mangiato) (?:niente |nulla )?da (?:\d+|due|tre|quattro|cinque|giorni|"
    r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|ieri|l'altro ieri)|(?:\d+|due|tre|"
    r"quattro|cinque) giorni senza mangiare(?= ?[.!?]| ?$| (?:e|ma|finalmente|mi|sono)\b)|"
    r"(?:salto|ho saltato) tutti i pasti)"
)
_C_FR = (
    r"(?:(?:je me sens|me sens|je me sentais|me sentir) (?:enfin |tellement |trop |si |vraiment )*(?:en "
    r"controle|forte?|puissante?|fiere?|legere?|vide|propre)|(?:j'ai|jai) (?:enfin |le |enfin le )*"
    r"controle|fiere? de moi|une (?:victoire|reussite)|la seule chose que je (?:peux )?controle|"
    r"mi sento (?:\w+ )?(?:in controllo|forte|potente|fier[ao]|leggera|leggero|pulit[ao])|(?:ho|avere) "
    r"(?:finalmente |il |finalmente il )*(?:il )?controllo|fier[ao] di me|una (?:conquista|vittoria)|"
    r"un successo|l'unica cosa che (?:posso|riesco a) controllare)"
)

# -- de ----------------------------------------------------------------------------------------
_R_DE = (
    r"(?:(?:seit|schon) (?:\d+|zwei|drei|vier|funf|ein paar|mehreren) tagen (?:\w+ ){0,2}?nichts (?:mehr )?"
    r"(?:gegessen|esse|essen)|seit (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"gestern|vorgestern) (?:\w+ ){0,2}?nichts (?:mehr )?(?:gegessen|esse|essen)|(?:\d+|zwei|drei|vier|"
    r"funf) tage (?:lang )?(?:ohne essen|nichts gegessen)|alle mahlzeiten (?:ausgelassen|weggelassen|"
    r"geskippt|auslassen))"
)
_C_DE = (
    r"(?:(?:fuhle|fuhl) mich (?:\w+ )?(?:stark|machtig|stolz|unter kontrolle|leicht|rein|unbesiegbar)|"
    r"(?:bin|so) (?:so |richtig |echt |mega )?stolz(?: auf mich)?|(?:habe|hab) (?:endlich |wieder )*"
    r"(?:die )?kontrolle|unter kontrolle|ein erfolg|das einzige was ich kontrollieren kann)"
)

# -- ru ----------------------------------------------------------------------------------------
_R_RU = (
    r"(?:(?:\d+|два|три|четыре|пять|несколько) (?:дня|дней|суток) (?:уже )?(?:не ем|не ела|не ел|без "
    r"еды|ничего не ем|ничего не ела)|не (?:ем|ела|ел) (?:уже |ничего )*(?:\d+|два|три|четыре|пять|"
    r"несколько) (?:дня|дней|суток)|не (?:ем|ела|ел) (?:ничего )?с (?:понедельника|вторника|среды|"
    r"четверга|пятницы|субботы|воскресенья|позавчера)|пропускаю (?:все )?(?:приемы пищи|еду))"
)
_C_RU = (
    r"(?:(?:чувствую|ощущаю) (?:\w+ )?(?:контроль|себя (?:сильной|сильным|в контроле|легкой|чистой)|"
    r"силу|гордость)|горжусь собой|под контролем|контролирую|это (?:достижение|победа)|единственное "
    r"что я (?:могу )?контрол\w*)"
)

# -- tr / pl / id -----------------------------------------------------------------------------------
_R_TPI = (
    # tr
    r"(?:(?:\d+|iki|uc|dort|bes|birkac) gundur (?:hicbir sey |hic ?bir sey |bir sey |hic |yemek )?"
    r"(?:yemiyorum|yemiyom|yemedim)|(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|dun)"
    r"(?:den|dan|ten|tan) beri (?:hicbir sey |hic ?bir sey |bir sey |hic )?(?:yemiyorum|yemiyom|yemedim)|"
    r"(?:\d+|iki|uc|dort|bes) gun(?:dur)? (?:hic )?(?:yemek )?yemedim|butun ogunleri (?:atliyorum|"
    r"atladim)|"
    # pl
    r"nie (?:jem|jadlam|jadlem) (?:nic )?od (?:\d+|dwoch|trzech|czterech|pieciu|kilku) dni|nie (?:jem|"
    r"jadlam|jadlem) (?:nic )?od (?:poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|"
    r"wczoraj|przedwczoraj)|od (?:\d+|dwoch|trzech|czterech|pieciu|kilku) dni (?:nic )?nie (?:jem|"
    r"jadlam|jadlem)|od (?:poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|wczoraj|przedwczoraj) "
    r"(?:nic )?nie (?:jem|jadlam|jadlem)|(?:\d+|dwa|trzy|cztery|piec) dni bez jedzenia|(?:pomijam|pominelam|pominalem) "
    r"wszystkie posilki|"
    # id
    r"(?:\d+|dua|tiga|empat|lima|beberapa) hari (?:gak|ga|nggak|tidak|gk|ngga|belum|tanpa) makan|"
    r"(?:gak|ga|nggak|tidak|gk|ngga|belum) makan (?:apa apa |apapun )?(?:dari|sejak) (?:senin|selasa|"
    r"rabu|kamis|jumat|sabtu|minggu|kemarin|kemaren)|(?:gak|ga|nggak|tidak|gk|ngga|belum) makan "
    r"(?:udah |sudah |udh )?(?:\d+|dua|tiga|empat|lima|beberapa) hari)"
)
_C_TPI = (
    # tr
    r"(?:kontrol (?:bende|elimde)|kontrolu (?:ele )?(?:aldim|bende)|gurur duyuyorum|kendimi (?:\w+ )?"
    r"(?:guclu|kontrolde|hafif|temiz) hissediyorum|basardim|bir basari|"
    # pl
    r"(?:czuje|mam) (?:\w+ )?kontrol[ea]|dumna z siebie|dumny z siebie|z siebie (?:dumna|dumny)|"
    r"jestem (?:taka |tak |bardzo )?(?:dumna|dumny)|czuje sie (?:\w+ )?(?:silna|silny|lekka|lekki|"
    r"czysta|potezna)|osiagniecie|"
    r"jedyne co (?:moge )?kontroluje|"
    # id
    r"(?:punya|pegang|merasa|ngerasa) (?:\w+ )?kontrol|bangga (?:sama|dengan|ama) (?:diri|diriku|aku|"
    r"gw|gue)|merasa (?:\w+ )?(?:kuat|berkuasa|ringan|bersih)|pencapaian)"
)

# not eating as the one thing the writer controls, said in one phrase
_ONLY_CONTROL = (
    r"\b(?:not eating|starving(?: myself)?|skipping meals|restricting(?: food)?|what i eat) (?:is|was|"
    r"feels like) (?:the only thing|the one thing) (?:that )?i (?:can|could|get to|actually) control\b|"
    r"\bno comer es lo unico que (?:puedo|logro) controlar\b|\bnao comer e a unica coisa que (?:eu )?"
    r"(?:consigo|posso) controlar\b|\bne (?:pas|rien) manger (?:c'est|cest|est) la seule chose que je "
    r"(?:peux |)control\w*|\bnicht (?:zu )?essen ist das einzige was ich kontrollieren kann\b|"
    r"\bnon mangiare e l'unica cosa che (?:posso|riesco a) controllare\b|"
    r"\bне есть (?:это )?единственное что я (?:могу )?контролир\w*|"
    r"\byememek kontrol edebildigim (?:tek|tek bir) sey\w*|"
    r"\bniejedzenie to jedyne co (?:moge )?kontroluj?\w*|"
    r"\b(?:gak|ga|nggak|tidak) makan (?:itu |adalah )?satu satunya (?:hal )?yang bisa (?:aku |gw |gue )?"
    r"(?:kontrol|kendalikan)\b"
)

RULES: list[Rule] = [
    rule("self_harm:eating", "self_harm",
         "eating starving skipping restricting what comer no nao ne nicht essen mangiare есть yememek "
         "niejedzenie makan",
         _ONLY_CONTROL, framed="generic",
         requires="control controlar controle controler kontrollieren controllare контролировать "
                  "контролирую kontrol kontrolowac kontroluje kendalikan"),
    rule("self_harm:eating", "self_harm",
         "days day eaten eat ate eating skipped skipping skip stopped quit water",
         _pair(_R_EN, _C_EN), framed="generic",
         requires="control charge proud achievement accomplishment accomplished record best winning "
                  "unstoppable amazing incredible great good powerful empowering strong light clean "
                  "pure empty disciplined like"),
    rule("self_harm:eating", "self_harm",
         "dias sin no me salte salto saltandome sem nao pulei pulando pulo",
         _pair(_R_ES, _C_ES), framed="generic",
         requires="control controle orgulloso orgullosa orgullosos orgulhoso orgulhosa fuerte forte "
                  "poderoso poderosa invencible invencivel limpio limpia limpo limpa ligero ligera leve "
                  "increible incrivel genial logro victoria conquista vitoria unico unica"),
    rule("self_harm:eating", "self_harm",
         "mange jours saute non giorni salto saltato",
         _pair(_R_FR, _C_FR), framed="generic",
         requires="controle fort forte puissant puissante fier fiere leger legere vide propre victoire "
                  "reussite controllo potente fiera fiero leggera leggero pulita pulito conquista "
                  "vittoria successo"),
    rule("self_harm:eating", "self_harm", "seit schon tage tagen mahlzeiten",
         _pair(_R_DE, _C_DE), framed="generic",
         requires="stark machtig stolz kontrolle leicht rein unbesiegbar erfolg kontrollieren"),
    rule("self_harm:eating", "self_harm", "дня днеи суток не пропускаю",
         _pair(_R_RU, _C_RU), framed="generic",
         requires="контроль контролем контролирую гордость горжусь силу сильнои сильным легкои чистои "
                  "достижение победа"),
    rule("self_harm:eating", "self_harm",
         "gundur beri gun gundur butun nie od dni pomijam pominelam pominalem hari makan",
         _pair(_R_TPI, _C_TPI), framed="generic",
         requires="kontrol kontrolu gurur guclu kontrolde hafif temiz basardim basari kontrole kontrola "
                  "dumna dumny silna silny lekka lekki czysta potezna osiagniecie kontroluje bangga "
                  "kuat berkuasa ringan bersih pencapaian"),
]
