"""Veiled threats: harm promised with no violent word (appended to
`harm.RULES`; en es fr pt de it here, ru ar tr pl id hi zh in
harm_veiled_langs.py).

Why: "would be a shame if something happened to him after school",
"accidents happen, just saying", "we know where you live", "you'll see what
happens if you tell", "it'd be sad if your photos got out", "sabemos por dónde
caminas", "ce serait dommage qu'il t'arrive quelque chose", "wäre schade, wenn
dir was passiert".  The threat rules (harm.py, harm_threats.py,
harm_watching.py) want a violent verb, "you'll regret it", or knowledge of the
reader's home *and* a warning; these say neither.  Six shapes, each narrow:

* a pity if something happened *to the reader or their people* ("to you / him
  / your little sister"; "to the school trip" passes), or if the reader got
  hurt, had an accident, or their parents found out;
* the reader's pictures or chats getting out, leaked, seen by everyone, as a
  pity or a sadness ("...if your photos got lost, back them up" passes);
* "accidents happen" with a wink ("just saying", "to people who snitch");
  snitches having accidents, things happening to them;
* "you'll see what happens if you tell / snitch", "tell anyone and you'll see"
  (not "...when you mix baking soda and vinegar", not "tell me and you'll see
  what happens in the next episode");
* the group knowing the reader's way home or home ("we know where you live",
  "sabemos por dónde caminas"; friends who come round, walk together or live
  next door pass);
* "sleep with one eye open" as advice, "cuídate las espaldas", "surveille tes
  arrières", "guardati le spalle" (the English "watch your back" is in harm.py).

Real concern passes: an illness, a hospital, a vet, prayers or worry in the
message (`_CONCERN`); so do song lyrics, games and reports: a look-ahead over
the rest of the message (`_NOT_AFTER`), and the usual frames before the match.
"""

from __future__ import annotations

from .rules import Rule, rule

# the rest of the message: concern, a song, a game, a report (every language)
_NOT_AFTER = (
    r"(?!.*?\b(?:hospital|sick|surgery|operation|vet|pray|praying|get well|worried|worry|songs?|"
    r"lyrics?|chorus|album|singing|sings|fortnite|minecraft|roblox|valorant|lobby|ranked|respawn|"
    r"reported|report it|told (?:a |the |my )?(?:teacher|mum|mom|dad|parents|police)|"
    # es fr pt de it
    r"enfermo|enferma|rezo|preocupad\w*|cancion|letra|malade|hopital|chanson|paroles|priere|"
    r"inquiet\w*|doente|rezando|krank|krankenhaus|besorgt|songtext|liedtext|malato|malata|"
    r"ospedale|preoccupat\w*|canzone|denuncie|signale|gemeldet|segnalat\w*|denunciei|"
    # ru ar tr pl id hi
    r"больниц\w*|болеет|песн\w*|переживаю|волнуюсь|مستشفى|مريض|اغنيه|hastane\w*|sarki|"
    r"endise\w*|szpital\w*|chory|chora|piosenk\w*|martwie|rumah sakit|sakit|lagu|khawatir|"
    r"bimar|gaana|fikar|chinta)\b)"
)
# a thing is not the reader: "to the school trip", "to your phone"
_PEOPLE_EN = (r"(?:you|u|ya|him|her|them|(?:your|ur) (?:little |baby |big |older |younger |lil |)"
              r"(?:sister|brother|sis|bro|mum|mom|mam|mother|dad|father|family|parents|nan|gran|"
              r"grandma|grandad|friends?|girlfriend|boyfriend|gf|bf|face|house|home|dog|cat))\b")
_PITY_EN = r"(?:shame|pity|a shame|such a shame|real shame|too bad|terrible|awful|unfortunate)"
_SOMETHING_EN = r"(?:something|anything|smth|sth|somethin|sumn)(?: bad| nasty| terrible| unfortunate)?"
_HAPPEN_EN = (r"(?:happened|happens|were to happen|was to happen|would happen|happend|happenned|"
              r"should happen|happen)")
_PICS_EN = (r"(?:(?:all )?(?:your|ur|those|these|thoses) )(?:private |naked |nude |little |cute |)"
            r"(?:pictures|picture|pics|nudes|videos|video|vids|chats|dms|messages|texts|"
            r"screenshots|secrets)")
_OUT_EN = (r"(?:got|get|were|was|are|ended up|end up|went|go|leaked|leak|made it|somehow|"
           r"accidentally|suddenly|just)(?: \S+){0,3}? (?:out|leaked|online|public|posted|around|"
           r"viral|everywhere|shared|seen|on (?:the )?(?:internet|school \w+|story|snap\w*|"
           r"instagram|tiktok|group|gc)|to (?:everyone|your (?:mum|mom|dad|parents|school|class)|"
           r"the whole school))\b")
_WINK_EN = (r"(?:just saying|just sayin|just a thought|just so you know|jsyk|you know|ya know|"
            r"know what i mean|if you (?:tell|snitch|talk|keep|say|report)|to (?:snitches|rats|"
            r"people who|those who|kids who|anyone who|girls who|boys who)|hint|wink|after school|"
            r"on the way home|walking home|just warning|no promises)")
# comfort after an accident: "accidents happen, just saying, don't be so hard on yourself"
_COMFORT_EN = (r"(?!.*?\b(?:hard on yourself|do not worry|dont worry|no worries|it is okay|its okay|"
               r"it's okay|it is fine|its fine|it's fine|you are fine|you're fine|no big deal|forgive|"
               r"not your fault|happens to everyone|we all make mistakes)\b)")
_SNITCH_EN = (r"(?:snitches|snitchers|rats|grasses|(?:people|those|kids|anyone|girls|boys) who "
              r"(?:snitch|snitches|tell|tells|talk|talks|report|reports|grass|rat))")
_TELL_EN = (r"(?:(?:tell|telling)(?! (?:the truth|a joke|jokes|the joke|the story|stories|a story|"
            r"(?:her|him|them|your crush|your parents|your mum|your mom) (?:how|that you (?:like|love))|"
            r"how you feel|your feelings|it to|siri|alexa))|snitch|snitching|grass|rat|report (?:me|us|"
            r"this|it|him|her)|say (?:anything|a word|something)|open your mouth|talk|go to (?:a |the )?(?:teacher|"
            r"head|police|mods?))(?: (?:anyone|anybody|someone|somebody|a teacher|the teacher|"
            r"teachers|your (?:mum|mom|dad|parents|teacher)|miss|sir|the head|the police|the cops|"
            r"mods?|admins?|on (?:me|us|him|her)))?")
# "it would be" / "it'd be" absorbed into the match, so the frames read only what comes
# before it ("it" + "would" is a report frame's actor and verb)
_LEAD_EN = (r"(?:\b(?:it|that|itd|it'd|thatd|that'd|itll|it'll)(?: (?:would|will|is|was|be|really|"
            r"just|honestly|kinda|so|definitely|a|such|gonna))* )?\b")
_YOULL_EN = r"(?:you will|youll|you'll|you ll|ull|you are gonna|you are going to|u will|then you will)"

# -- es ----------------------------------------------------------------------------
_HABLAR_ES = (r"(?:hablas|dices algo|abres la boca|le dices|se lo dices|se lo cuentas|le cuentas|"
              r"cuentas algo|me denuncias|me acusas|te chivas|dices una palabra|lo cuentas|lo dices|"
              r"vas con el cuento|dices algo|me reportas|chivas|le dices a alguien|se lo dices a alguien)")
_FOTOS_ES = r"(?:tus|todas tus|esas) (?:fotos|pictures|videos|nudes|chats|conversaciones|mensajes|capturas)"

# -- fr ----------------------------------------------------------------------------
_PARLER_FR = (r"(?:parles|balances|racontes|le dis|en parles|dis quoi que ce soit|me denonces|vas "
              r"voir|l'ouvres|ouvres ta bouche|dis un mot|le dis a \S+|me signales|caftes|bavardes)")
_PHOTOS_FR = (r"(?:tes|toutes tes|ces) (?:photos|pictures|nudes|videos|messages|conversations|"
              r"captures|screens|dossiers)")

# -- pt ("vc" is read as "video call") -------------------------------------------------
_VOCE = r"(?:voce |video call |tu |ce )?"
_FALAR_PT = (r"(?:contar|falar|abrir a boca|dedurar|caguetar|me denunciar|me dedurar|contar pra "
             r"alguem|falar pra alguem|contar pra professora|contar pro professor|me reportar|"
             r"der com a lingua nos dentes)")

# -- de (ä ö ü ß are read as a o u ss) -------------------------------------------------
_BILDER_DE = (r"(?:deine|die|all deine) (?:bilder|fotos|pictures|nacktbilder|nudes|videos|chats|"
              r"nachrichten|screenshots)")
_PETZEN_DE = (r"(?:petzt|es (?:jemandem |wem |irgendwem |deinen eltern |dem lehrer |der lehrerin )?"
              r"(?:erzahlst|sagst)|was sagst|redest|mich (?:verpetzt|meldest)|zum lehrer gehst|"
              r"plauderst|dein maul aufmachst)")

# -- it ----------------------------------------------------------------------------
_PARLI_IT = (r"(?:parli|lo dici|fai la spia|racconti|mi denunci|lo racconti|dici qualcosa|apri "
             r"bocca|lo dici a qualcuno|mi segnali|fai il nome)")

RULES: list[Rule] = [
    # en: a pity if something happened to the reader or their people
    rule("threat:veiled", "threat", "shame pity bad terrible awful unfortunate",
         _LEAD_EN + _PITY_EN + r"(?: \S+){0,2}? if (?:" + _SOMETHING_EN + r" " + _HAPPEN_EN
         + r" to " + _PEOPLE_EN + r"|(?:you|u) (?:got|get|were to get|had|ended up|fell|tripped|"
         r"accidentally)(?: \S+){0,2}? (?:hurt|injured|an accident|accident|in (?:the )?hospital|"
         r"down the stairs|beaten up|jumped|stitches|lost)\b(?!.*?\b(?:final|match|game|tournament|"
         r"race|season|ankle|knee|training|practice|rest)\b)|(?:your|ur) (?:mum|mom|dad|parents|"
         r"teacher|boyfriend|girlfriend|family) (?:found out|saw|knew|heard|got (?:told|sent)))"
         + _NOT_AFTER,
         requires="if"),
    rule("threat:veiled", "threat", "hate",
         r"\b(?:i|we) would hate for (?:" + _SOMETHING_EN + r") to happen to " + _PEOPLE_EN
         + r"(?=.*?\b" + _WINK_EN + r"\b|.*?\bkeep (?:quiet|your mouth shut|it to yourself)\b|"
         r".*?\b(?:do not|better not) tell\b)" + _NOT_AFTER,
         requires="something anything smth sth"),
    # the reader's pictures out, as a pity or a sadness
    rule("threat:veiled", "threat", "shame pity sad awful terrible embarrassing bad funny hilarious",
         _LEAD_EN + r"(?:shame|pity|sad|awful|terrible|embarrassing|too bad|unfortunate|funny|"
         r"hilarious)(?: \S+){0,3}? if (?:" + _PICS_EN + r"(?: of you)? " + _OUT_EN
         + r"|(?:everyone|everybody|the whole school|your (?:mum|mom|dad|parents|class|friends)|"
         r"the class) (?:saw|sees|got to see|found|got|had) " + _PICS_EN + r")" + _NOT_AFTER,
         requires="if"),
    # "nice bike, shame if it got broken"
    rule("threat:veiled", "threat", "shame pity",
         r"\b(?:nice|cool|lovely|pretty|sweet|new) (?:\S+ ){1,3}?(?:shame|pity) if (?:it|they|"
         r"something) (?:got|gets|were|was|get|accidentally got) (?:broken|smashed|scratched|damaged|"
         r"stolen|burned|burnt|keyed|slashed|wrecked|ruined)\b(?!.*?\b(?:case|insurance|protector|"
         r"lock it|helmet|careful with it)\b)"),
    # "accidents happen, just saying" ("just saying" first: the generic frame reads
    # "saying" before a later match); "people who snitch have accidents"
    rule("threat:veiled", "threat", "accidents accident",
         r"\b(?:(?:i am |i'm |im )?just saying|jsyk|just so you know)(?: \S+){0,4}? accidents "
         r"(?:happen|can happen)\b" + _COMFORT_EN + _NOT_AFTER + r"|\baccidents (?:happen|can "
         r"happen|do happen|happen to|occur|tend to happen|will happen)(?: \S+){0,6}? " + _WINK_EN
         + r"\b" + _COMFORT_EN + _NOT_AFTER + r"|\b" + _SNITCH_EN + r"(?: \S+){0,2}? (?:have|get|tend "
         r"to have|end up (?:having|in)|always have|usually have|often have|get into|end up with) "
         r"(?:accidents|an accident|hurt|in hospital|in the hospital)\b"),
    rule("threat:veiled", "threat", "things snitches stitches",
         r"\b(?:bad )?things (?:happen|tend to happen|can happen) to " + _SNITCH_EN + r"\b|"
         r"\b(?:remember|do not forget|dont forget|just saying|careful|you know|better|so)(?: \S+){0,2}? "
         r"snitches get stitches\b|\bsnitches get stitches(?: \S+){0,2}? (?:just saying|remember|"
         r"so|you know|if you)\b"),
    # "you'll see what happens if you tell", "tell anyone and you'll see"
    rule("threat:veiled", "threat", "happens happen",
         r"\b" + _YOULL_EN + r" see what (?:happens|will happen|is gonna happen|is going to happen|"
         r"happens next)(?: to you)? (?:if|when|once) (?:you |u )?" + _TELL_EN + r"\b(?! (?:me|us) "
         r"(?:the|what|a|about|how))|\bsee what happens (?:if|when) (?:you|u) " + _TELL_EN
         + r"\b(?! (?:it|the computer|siri|alexa|the ai|chatgpt)\b)|(?:^|(?<=[.!?] )|\b(?:try|go "
         r"ahead and|go ahead|go on|just) )(?:telling|tell|snitching|snitch|reporting|report me|to "
         r"tell)(?! (?:me|us)\b)(?: \S+){0,2}? (?:and|then) (?:see|watch) what happens\b",
         requires="tell telling snitch snitching grass rat report say open talk go"),
    rule("threat:veiled", "threat", "see",
         r"(?:^|(?<=[.!?] )|\b(?:just|go on|go ahead|ok|so) )(?:tell|snitch|report me|grass|rat|"
         r"tell on me)(?: (?:anyone|anybody|someone|somebody|a teacher|the teacher|your (?:mum|mom|"
         r"dad|parents)|on me|miss|sir))? (?:and|then) " + _YOULL_EN + r" see\b",
         requires="tell snitch report grass"),
    # "we know where you live"
    rule("threat:veiled", "threat", "know knows",
         r"\b(?:we|we all|everyone|everybody) (?:know|knows|all know|know exactly) (?:where you "
         r"(?:live|sleep|go to school|walk|hang out)|the way you (?:go|walk|take)|what time you "
         r"(?:leave|finish|get out|walk)|your (?:address|house|home)|which (?:house|flat|street) is "
         r"yours|where your (?:little |)(?:sister|brother|mum|mom|family) (?:lives|goes|walks|works))"
         r"\b(?!.*?\b(?:visit|come (?:over|round|by)|pop by|drop (?:off|by)|bring|send|post|mail|"
         r"invite|party|sleepover|pick you up|lift|deliver|card|neighbou?rs?|next door|together|walk "
         r"with|same street|same road|same school|in my class)\b)",
         requires="live sleep school walk address house home yours sister brother mum mom family"),
    rule("threat:veiled", "threat", "sleep",
         r"\b(?:better|should|might want to|want to|id|i would|gonna have to|have to|need to) "
         r"sleep with one eye open\b" + _NOT_AFTER),
    # es
    rule("threat:veiled", "threat", "pena lastima triste",
         r"\b(?:seria|fuera|seria muy|va a ser|que) (?:una )?(?:pena|lastima|triste)" + _NOT_AFTER
         + r"(?: \S+){0,2}? (?:que|si) (?:te (?:pasara|pasase|ocurriera|sucediera|pase|pasa) "
         r"(?:algo|algun accidente|alguna cosa)\b(?! (?:al|a la|a los|a las) (?!salida|salir))|(?:le|"
         r"les) (?:pasara|pasase|ocurriera|sucediera|pase) (?:algo|algun accidente)(?= ?$| [.!?]| "
         r"(?:a la salida|al salir|despues de (?:clase|clases|la escuela|el cole|el colegio)|manana|de "
         r"camino|volviendo|a el|a ella|a tu \w+|no crees|verdad|eh|solo digo|jaja\w*)\b)|" + _FOTOS_ES
         + r" (?:salieran|se filtraran|se publicaran|circularan|se hicieran publicas|se difundieran|"
         r"llegaran a|acabaran en|terminaran en)|(?:todo el mundo|tus padres|tu madre|tu padre|toda "
         r"la escuela|todo el cole|toda la clase) (?:viera|vieran) " + _FOTOS_ES + r")"),
    rule("threat:veiled", "threat", "accidentes chivatos sapos soplones",
         r"\blos accidentes (?:pasan|ocurren|suceden|existen)\b" + _NOT_AFTER + r"(?=(?: \S+){0,6}? "
         r"(?:solo digo|nomas digo|nada mas digo|lo digo nomas|ya sabes|si hablas|si dices|si (?:lo )?"
         r"cuentas|a los (?:chivatos|sapos|soplones|que hablan|que se chivan)|cuidado)\b)|"
         r"\ba los (?:chivatos|sapos|soplones|que hablan|que se chivan|bocones) (?:les pasan (?:cosas|"
         r"accidentes)|les pasa algo|tienen accidentes)\b"),
    rule("threat:veiled", "threat", "veras ver",
         r"\b(?:ya )?\b(?:veras|vas a ver) (?:lo que (?:pasa|te pasa|va a pasar|te va a pasar)|que "
         r"pasa|como acabas) ?(?:si|como|cuando) (?:se lo |le )?" + _HABLAR_ES + r"\b|\b(?:dile|"
         r"diselo|cuentaselo|cuentale|chivate|denunciame|habla)(?: (?:a alguien|a la profe|al profe|a "
         r"tus padres|a tu madre|a quien sea))? y (?:ya )?(?:veras|vas a ver)\b"),
    rule("threat:veiled", "threat", "sabemos se conocemos",
         r"\b(?:sabemos|ya sabemos|ya se|conocemos) (?:por donde|por que calle|que camino|a que hora|"
         r"donde) (?:caminas|camina|vas|pasas|pasa|sales|sale|vuelves|vuelve|andas|anda|duermes|"
         r"tomas el bus|vives|vive)\b(?! (?:el|la|los|las|mi|su|nuestro|nuestra|un|una|tu) \w+)"
         r"(?!.*?\b(?:juntos|juntas|acompan\w*|visitar|visita|fiesta|paso por ti|recogerte|invitar|"
         r"regalo|vecin\w*)\b)",
         requires="caminas camina vas pasas pasa sales sale vuelves vuelve andas anda duermes tomas "
                  "vives vive"),
    rule("threat:veiled", "threat", "espaldas",
         r"\b(?:cuidate|cuida|cuidad|cuidaos|cuidense) (?:bien )?(?:las|tus) espaldas\b" + _NOT_AFTER),
    # fr
    rule("threat:veiled", "threat", "dommage triste bete",
         r"\b(?:ce serait|ca serait|se serait|ce serai|ca serai|ce serais|ca serais) (?:vraiment |trop "
         r"|tellement |quand meme )?(?:dommage|triste|bete|con)" + _NOT_AFTER + r" (?:qu'il |qu il |"
         r"si |s'il |s il |qu')(?:t'|te |lui |leur |t )(?:arrive|arrivait|arriverait|arrives) "
         r"(?:quelque chose|un truc|qqch|qqc|un accident|un malheur)\b|\b(?:dommage|triste|bete)"
         + _NOT_AFTER + r"(?: \S+){0,3}? (?:que|si) " + _PHOTOS_FR + r" (?:sortent|sortaient|fuitent|"
         r"fuitaient|circulent|circulaient|tournent|tournaient|finissent|finissaient|se retrouvent|"
         r"se retrouvaient|soient publiees|etaient publiees|tombent|tombaient)\b"),
    rule("threat:veiled", "threat", "accidents balances",
         r"\bles accidents (?:ca )?(?:arrivent|arrive|ca arrive)\b" + _NOT_AFTER + r"(?=(?: \S+){0,6}? "
         r"(?:je dis ca|jdis ca|jdcjdr|hein|tu sais|si tu (?:parles|balances|racontes)|aux balances|"
         r"aux gens qui (?:parlent|balancent)|fais gaffe|fait gaffe)\b)|\b(?:il arrive des (?:choses|"
         r"trucs|accidents) aux balances|les balances (?:ont|finissent par avoir) des accidents)\b"),
    rule("threat:veiled", "threat", "voir",
         r"\btu vas voir ce qui (?:va se passer|se passe|va t'arriver|t'arrive|t'attend)(?: \S+)?? "
         r"(?:si|quand) (?:tu )?" + _PARLER_FR + r"\b|\b(?:balance|parle|dis le|raconte|denonce moi|va "
         r"le dire)(?: \S+){0,4}? et tu vas voir\b"),
    rule("threat:veiled", "threat", "sait sais",
         r"\b(?:on sait|je sais) (?:par ou|quel chemin|quelle route|a quelle heure|quand) tu (?:passes|"
         r"rentres|sors|prends|marches)\b(?!.*?\b(?:ensemble|avec toi|te chercher|venir|fete|cadeau|"
         r"voisin\w*|rendre visite)\b)|\bon sait ou tu (?:habites|vis|dors)\b(?!.*?\b(?:ensemble|avec "
         r"toi|te chercher|venir|fete|cadeau|voisin\w*|rendre visite)\b)"),
    rule("threat:veiled", "threat", "arrieres gaffe",
         r"\bsurveille (?:bien )?tes arrieres\b|\bfais (?:bien |tres |grave )?gaffe (?:a tes fesses|a "
         r"ta gueule|a tes arrieres)\b|\bfais (?:bien |tres |grave )?gaffe a toi (?:demain|a la sortie|"
         r"apres les cours|lundi|la prochaine fois|c'est tout|je dis ca|jdis ca|si tu|hein)\b"),
    # pt
    rule("threat:veiled", "threat", "pena triste chato",
         r"\b(?:seria|vai ser|ia ser) (?:uma |muito )?(?:pena|triste|chato)" + _NOT_AFTER
         + r"(?: \S+){0,2}? se (?:algo|alguma coisa|algum acidente) (?:te (?:acontecesse|acontecer)|"
         r"(?:acontecesse|acontecer|rolasse|rolar) (?:com|a) (?:voce|video call|tu|ti|ele|ela|sua \w+|"
         r"tua \w+|seu \w+|teu \w+))\b|\b(?:pena|triste|chato)" + _NOT_AFTER + r"(?: \S+){0,3}? se "
         r"(?:suas|tuas|essas) (?:fotos|pictures|nudes|videos|mensagens|conversas|prints) (?:vazassem|"
         r"vazarem|caissem na (?:net|internet)|fossem (?:postadas|vazadas|espalhadas|divulgadas)|"
         r"aparecessem|espalhassem|rodassem|circulassem)\b"),
    rule("threat:veiled", "threat", "acidentes",
         r"\bacidentes acontecem\b" + _NOT_AFTER + r"(?=(?: \S+){0,6}? (?:so (?:to|estou) (?:falando|"
         r"dizendo)|so dizendo|so falando|sabe|se " + _VOCE + r"(?:contar|falar|abrir)|com (?:x9|dedo "
         r"duro|caguetes?|quem fala))\b)|\b(?:x9|dedo duro|cagueta|caguete|quem fala demais) "
         r"(?:sofre|tem|sofrem) acidentes?\b"),
    rule("threat:veiled", "threat", "ver",
         r"\b" + _VOCE + r"vai ver (?:o que acontece|o que vai acontecer|so)(?: \S+)?? se " + _VOCE
         + _FALAR_PT + r"\b|\b(?:conta|fala|dedura|me denuncia|abre a boca)(?: \S+){0,4}? (?:e|pra) "
         + _VOCE + r"(?:vai )?ver (?:so|o que acontece)\b"),
    rule("threat:veiled", "threat", "sabe sabemos",
         r"\b(?:a gente sabe|nos sabemos|sabemos) (?:por onde|que horas|qual caminho|onde) " + _VOCE
         + r"(?:passa|passas|anda|andas|vai|vais|volta|voltas|sai|sais|mora|moras)\b(?!.*?\b(?:junto|"
         r"juntos|juntas|te buscar|passar ai|visitar|festa|presente|vizinh\w*|carona)\b)"),
    rule("threat:veiled", "threat", "costas",
         r"\b(?:cuida|cuide|olha|vigia|fica de olho) (?:bem )?(?:das |nas |as )?(?:suas |tuas )?"
         r"costas\b(?! (?:doendo|doi|dor))" + _NOT_AFTER),
    # de
    rule("threat:veiled", "threat", "schade traurig",
         r"\b(?:ware|war|wird|waers|wars|es ware) (?:doch |echt |wirklich |)(?:schade|traurig)"
         + _NOT_AFTER + r",? wenn (?:dir|ihm|ihr|euch|deiner \w+|deinem \w+) (?:was|etwas|irgendwas|"
         r"n unfall|ein unfall|was schlimmes|etwas schlimmes) (?:passiert|passieren wurde|zustosst|"
         r"zustossen wurde|geschieht|passieren sollte)\b|\b(?:schade|peinlich|traurig)" + _NOT_AFTER
         + r"(?: \S+){0,3}?,? wenn " + _BILDER_DE + r" (?:rauskommen|rauskamen|rumgehen|auftauchen|"
         r"online (?:landen|gehen|kommen|waren)|im internet landen|bei \S+ landen|an \S+ gehen)\b"),
    rule("threat:veiled", "threat", "unfalle petzen",
         r"\bunfalle (?:passieren|passieren halt|passieren eben|gibt es|gibts|kommen vor)\b"
         + _NOT_AFTER + r"(?=(?: \S+){0,6}? (?:ich sag ja nur|ich sag nur|nur so|nur mal so|weisst du|"
         r"wenn du (?:petzt|redest|was sagst|es erzahlst)|bei petzen|pass auf)\b)|\bpetzen (?:haben|"
         r"passieren) (?:oft |gerne |schnell |manchmal )?(?:unfalle|schlimme dinge)\b"),
    rule("threat:veiled", "threat", "sehen siehst",
         r"\bdu (?:wirst|wirsts) (?:schon |dann |)(?:sehen|sehn),? was (?:passiert|dann passiert|"
         r"passieren wird),? wenn du " + _PETZEN_DE + r"\b|\b(?:erzahl|sag|petz)(?: \S+){0,4}? (?:und|"
         r"dann) (?:wirst du|siehst du|schau|guck)(?: \S+)?? (?:sehen|was passiert)\b"),
    rule("threat:veiled", "threat", "wissen",
         r"\bwir wissen,? (?:wo du (?:langgehst|langlaufst|lang gehst|lang lauft|wohnst|schlafst)|"
         r"welchen weg du|wann du (?:nach hause gehst|aus der schule kommst|rauskommst|heimgehst))\b"
         r"(?!.*?\b(?:zusammen|gemeinsam|abholen|besuchen|party|geburtstag|nachbar\w*|vorbeikommen)\b)"),
    rule("threat:veiled", "threat", "auf um",
         r"\bpass (?:morgen |bloss |lieber |besser |gut |)auf dich auf,? (?:nur so|ich sag ja nur|nur "
         r"mal so|mehr sag ich nicht)\b|\b(?:schau|guck) dich (?:lieber|besser|mal lieber) um\b"),
    # it
    rule("threat:veiled", "threat", "peccato triste",
         r"\bsarebbe (?:un |proprio un |davvero un )?(?:peccato|triste|brutto|un vero peccato)"
         + _NOT_AFTER + r"(?: \S+)?? se (?:ti|gli|le|vi) (?:succedesse|capitasse|accadesse|succede|"
         r"capita) (?:qualcosa|qualche cosa|un incidente|qualcosa di brutto)\b|\b(?:peccato|brutto|"
         r"triste)" + _NOT_AFTER + r"(?: \S+){0,3}? se (?:le tue|quelle) (?:foto|pictures|video|chat|"
         r"nudes) (?:uscissero|girassero|finissero (?:online|in giro)|venissero pubblicate|"
         r"arrivassero)\b"),
    rule("threat:veiled", "threat", "incidenti spie",
         r"\bgli incidenti (?:capitano|succedono|accadono)\b" + _NOT_AFTER + r"(?=(?: \S+){0,6}? "
         r"(?:dico solo|dico e basta|sai|eh|se parli|se fai la spia|alle spie|a chi parla|a chi fa la "
         r"spia)\b)|\ba(?:lle| chi fa le) spie (?:capitano|succedono) (?:cose|incidenti)\b"),
    rule("threat:veiled", "threat", "vedrai vedi",
         r"\bvedrai (?:cosa|che) (?:succede|ti succede|succedera|ti capita)(?: \S+)?? se " + _PARLI_IT
         + r"\b|\b(?:dillo|raccontalo|fai la spia)(?: \S+){0,4}? e (?:vedrai|vedi)\b(?! (?:cosa|che) "
         r"(?:dice|dicono|pensa|pensano|ne pensa|risponde|rispondono)\b)"),
    rule("threat:veiled", "threat", "sappiamo spalle",
         r"\bsappiamo (?:che strada fai|che strada prendi|dove (?:abiti|passi|vivi)|a che ora (?:esci|"
         r"torni)|da dove passi|quando esci)\b(?!.*?\b(?:insieme|passiamo a prenderti|festa|regalo|"
         r"vicin\w*)\b)|\bguardati le spalle\b" + _NOT_AFTER),
]
