"""Veiled first-person disclosures in en and es, and the everyday reasons
shared by every table (the class: `selfharm_veiled.py`; the builder:
`selfharm_veiled_base.py`; pt fr de it are in `selfharm_veiled_west.py`).

Each table's `_M_*` words are the everyday reasons that make the same words
ordinary: a team quit, a move, a trip, a game, a school project, the milk's
expiry date, hair dye, a level that is hard, an embarrassing moment.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_base import Table, alone, decided, pair, rules_of

# everyday reasons shared by the Latin-script languages (chat mixes in English)
M_ALL = (
    r"game|gaming|minecraft|roblox|fortnite|sims|level|boss|server|discord|serie|series|episode|movie|"
    r"film|book|story|lyrics|song|project|homework|exam|test|team|club|move|moving|trip|holiday|holidays|"
    r"vacation|camp|birthday|party|school project"
)

# a last gift: the game account is the gift itself, so the games are no reason here
M_GIVE = (
    r"too (?:big|small|old)|outgrew|outgrown|old one|new one|new account|quit\w*|sold|sell|swap|trade|"
    r"exchange|christmas|navidad|natal|noel|weihnachten|natale|birthday|cumple\w*|aniversario|"
    r"geburtstag|compleanno|anniversaire|moving|move|mudanza|mudamos|mudança|demenage\w*|umzug|trasloco|"
    r"holidays?|vacation|vacaciones|ferias|vacances|ferien|vacanze|trip|viaje|viagem|voyage|reise|viaggio|"
    r"grande|pequen[oa]|vieja|viejo|velh[oa]|piccol[oa]|vecchi[oa]|petit|vieux|klein|alt|flat|apartment|"
    r"piso|apartamento|appartement|wohnung|appartamento|because (?:we|of|my|the|it|she|he|they)|porque "
    r"(?:nos|vamos|mi|el|la|es)|parce qu\w*|weil (?:wir|meine?|die|der|er|sie)|perche (?:ci|mi|la|il)"
)

# the fewer everyday reasons of a wish or a state said outright (envy of the dead, "if i
# die she gets better", dying every night, away from everyone forever): fiction, a game,
# hair dye, a move; school words would excuse a disclosure about bullying at school
MS_ALL = (
    r"game|gaming|minecraft|roblox|fortnite|sims|hide and seek|escondite|cache cache|verstecken|"
    r"nascondino|прятки|chowanego|saklambac|petak umpet|zombie\w*|character|personaje|personnage|personagem|"
    r"personaggio|movie|film|series|episode|book|libro|livre|livro|buch|story|lyrics|song|cancion|"
    r"chanson|musique|canzone|hair|dye|cabelo|cheveux|teinture|haare|capelli|tinte|move|moving|mudanza|"
    r"mudamos|mudar|demenag\w*|umzug|trasloco|abroad|extranjero|exterior|etranger|ausland|estero|holidays?|"
    r"vacation|vacaciones|ferias|vacances|ferien|vacanze"
)

# a move, a new school or the end of school: a goodbye "forever" and leaving everyone are
# ordinary in every language (chat mixes them)
M_MOVE = (
    r"move|moving|moved|we are moving|new school|chang\w* schools?|graduat\w*|last day|mudo|mudamos|"
    r"mudanza|me cambio de|cambio de (?:escuela|colegio|cole|ciudad)|mudar|mudanca|mudando|mudei|"
    r"demenag\w*|change d'?(?:ecole|lycee|ville)|ziehen|umzug|umziehen|schulwechsel|trasferisco|"
    r"trasferiamo|trasloco|cambio scuola|переезж\w*|переезд\w*|друг\w* школ\w*|zmieniam szkole|"
    r"przeprowadz\w*|tasin\w*|okul degistir\w*|pindah\w*|shift|shehar|بننتقل|ننتقل|搬家|转学|毕业"
)

# a grandparent or someone who died: thinking of death every night is grief
M_GRIEF = (
    r"died|passed away|funeral|grandpa|grandma|granddad|grandad|nan|nana|murio|fallecio|abuel\w*|"
    r"morreu|faleceu|avo|avos|decede\w*|grand pere|grand mere|mamie|gestorben|opa|oma|morto|morta|"
    r"nonn\w*|умер|умерла|умерли|дедушк\w*|бабушк\w*|zmarl\w*|dziad\w*|babci\w*|vefat\w*|dede\w*|"
    r"babaanne\w*|anneanne\w*|meninggal|kakek|nenek|dada|dadi|nani|مات|توفي|جدي|جدتي|去世|爷爷|奶奶|外公|外婆"
)

# envy of people of a time long past ("who died in the 1800s") has no wish in it
M_PAST = (
    r"centur\w*|years ago|in the \d+s|siglo\w*|seculo\w*|siecle\w*|jahrhundert\w*|secol\w*|век\w*|"
    r"wiek\w*|yuzyil\w*|abad|sadi|صدي|قرن|世纪|古代"
)

# a device or sleep that "nothing helps" with and one is "tired of trying" to fix
M_DEVICE = (
    r"laptop|pc|computer|phone|wifi|internet|router|tablet|ipad|printer|ordi|portable|handy|telefono|"
    r"celular|telemovel|computador|ноут\w*|телефон\w*|компьютер\w*|комп|интернет\w*|вайфай|komputer|"
    r"telefon\w*|bilgisayar\w*|sleep|dormir|schlafen|dormire|спать|уснуть|заснуть|spac|uyu\w*|tidur|"
    r"neend|لابتوب|الجوال|النت|نوم|手机|电脑|网络|睡"
)

# -- en ---------------------------------------------------------------------------------------
_DAY_EN = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|"
    r"on the weekend|next week"
)
_M_EN = (
    M_ALL + r"|quit\w*|practice|lessons?|class|course|break up|breaking up|dump\w*|with (?:him|her)|"
    r"season|subscription|diet|league|job|milk|food|yogh?urt|passport|card|license|licence|coupon|"
    r"hair|dye|too (?:big|small|old)|outgrew|outgrown|old one|new one|sold|sell|swap|trade|exchange|"
    r"christmas|gift|present|abroad|uni|college|boarding school|army|social media|instagram|tiktok|"
    r"detox|crush|embarrass\w*|cringe|forgot|teacher|lol|lmao|haha\w*"
)
EN: Table = {
    "decided": ("decided decision mind", "monday tuesday wednesday thursday friday saturday sunday tonight "
                "tomorrow weekend week",
                decided(r"(?:i )?(?:have )?decided|(?:i )?made (?:up )?my (?:mind|decision)|decision (?:is )?made",
                     _DAY_EN, r"it (?:all )?ends(?! with| between| for)|everything ends(?! with)|it will (?:all )?"
                     r"(?:be over|end)(?! with| between| for)", r"do not be "
                     r"(?:mad|angry) (?:at|with) me|(?:i am )?sorry (?:to )?(?:everyone|everybody|all of you|guys)"
                     r"|forgive me", _M_EN)),
    "goodbye": ("goodbye goodbyes bye", "forever good ever",
                pair(r"say (?:goodbye|bye|my goodbyes) to (?:everyone|everybody|all of you|you all|you guys|"
                     r"the world)|say my goodbyes", r"forever|for good|for ever", M_MOVE + "|" + _M_EN)),
    "not_live": ("live make reach", "summer christmas birthday year 13 14 15 16 17 18 19 20",
                 alone(r"(?:not|never) (?:to )?live (?:to see|until|till|to) (?:summer|christmas|my (?:\w+ )?"
                       r"birthday|next year|1[3-9]|20)(?! (?:if|unless|with this|at this rate|because)\b)|"
                       # the wish, said last ("no future. i dont want to reach 18"); "turn 18"
                       # is growing up, not living on
                       r"(?:do ?n'?t|dont|do not|never) (?:want|wanna) (?:to )?(?:reach|make it to|live to|live till) "
                       r"(?:1[3-9]|20)(?= ?[.!]| ?$)|"
                       r"(?:i )?(?:have )?decided (?:that )?i (?:will not|am not "
                       r"going to) (?:make it|live) (?:to|till|until|past) (?:1[3-9]|20|summer|my (?:\w+ )?"
                       r"birthday|next year)", MS_ALL)),
    "expiry": ("expiry expiration", "close near soon coming days long",
               pair(r"my (?:own )?(?:expiry|expiration) date", r"(?:is )?(?:close|near|soon|coming)|few "
                    r"(?:more )?days|not long", _M_EN)),
    "height": ("tallest highest", "near nearby around area town alone myself own",
               pair(r"(?:tallest|highest) (?:building|bridge|roof|rooftop|tower|block)(?: \w+){0,3} (?:near "
                    r"me|nearby|around here|in my (?:area|town|neighbou?rhood))|(?:which|what) (?:building|"
                    r"bridge|roof) (?:near me |nearby |around here )?is (?:the )?(?:tallest|highest)",
                    r"alone|by myself|on my own", _M_EN + r"|photo\w*|pics?|view|tourist|friends|family|mum|"
                    r"mom|dad|parents|drone")),
    "give": ("cat dog hamster rabbit bunny pet bird account skins console guitar collection plushies teddy",
             "need while temporary good forever permanently not isnt no",
             pair(r"(?:gave|given|give|giving|handed|passed) (?:away )?(?:my|all my) (?:\w+ ){0,3}?(?:cat|dog|"
                  r"hamster|rabbit|bunny|pet|bird|account|skins|console|guitar|collection|plushies|teddy)",
                  r"(?:will not|am not going to|not going to) need (?:it|them|this|that)? ?(?:anymore|any "
                  r"more|again)|(?:it is|it was) not (?:just )?for a (?:while|bit|little while)|not "
                  r"temporary|(?<!not )(?:for good|forever|permanently)|for a (?:while|bit)(?: \S+){0,3} "
                  r"(?:it is not|but (?:it is )?not|it isnt|not really|but no)(?= \.| !| \?| ?$)",
                  M_MOVE + "|" + M_GIVE + r"|allerg\w*|stopped playing|bored")),
    "envy": ("envy jealous", "dead died alive",
             alone(r"(?:envy|am jealous of|jealous of) (?:the )?(?:people|those|the ones|everyone|anyone)? ?"
                   r"(?:who|that) (?:are|is|were)? ?(?:already )?(?:dead(?! asleep| tired| bored| drunk| serious)|died|"
                   r"not alive|no longer alive)|"
                   r"(?:envy|jealous of) (?:the )?dead people|(?:envy|"
                   r"jealous of) the dead", M_PAST + "|" + MS_ALL + r"|zombie\w*|character\w*|halloween")),
    "if_die": ("die died dead gone disappear disappeared", "better cured healthy happier free relieved away end stop",
               alone(r"if i (?:die|died|were dead|was dead|was gone|were gone|disappear|disappeared|was not "
                     r"here|were not here) (?:\w+ ){0,3}?(?:she|he|they|everyone|everybody|my (?:mum|mom|"
                     r"mother|dad|father|parents|family))(?: would| will| could| might|'ll|'d) (?:get |be |feel )?"
                     r"(?:better|cured|healthy|happier|free|relieved)|if i (?:die|died|was gone|disappear|"
                     r"disappeared) (?:\S+ ){0,4}?"
                     r"(?:illness|sickness|pain|problems?) (?:will|would) (?:go away|disappear|end|stop)", MS_ALL)),
    "nightly": ("dying death", "night nights day every always constantly only just nonstop time",
                alone(r"(?:think|thinking|thought) (?:only |just |constantly |always )?(?:about|of) (?:dying|"
                      r"death|killing myself|not waking up)(?! (?:my|her|his|the|your|our) )(?: \w+){0,3} "
                      r"(?:every (?:single )?(?:night|day|evening)|all the time|constantly|nonstop)|(?:every "
                      r"night|every day|all the time|only|just) (?:i )?(?:think|thinking) (?:about|of) "
                      r"(?:dying|death)(?! (?:my|her|his|the|your|our) )", M_GRIEF + "|" + MS_ALL)),
    "tried": ("tried nothing", "tired sick exhausted give giving strength energy done",
              pair(r"(?:i )?(?:have )?tried (?:everything|it all|all of it)|nothing (?:i (?:try|do) )?(?:works|helps|"
                   r"worked|"
                   r"helped|is working)", r"(?:tired|sick|exhausted) of trying(?! to| with| at| a | the)|(?:i am )?"
                   r"done trying(?! to)|no "
                   r"(?:strength|energy) left",
                   _M_EN + "|" + M_DEVICE + r"|sleep\w*|insomnia|acne|skin|math|maths|study\w*|"
                   r"wifi|internet|printer|app|code|recipe|cake|guitar|piano|laptop|pc|computer|phone|charger|"
                   r"controller|router|tablet|ipad")),
    "away": ("everyone everybody everything everyones everybodys disappear", "forever good ever",
             alone(r"(?:will|am going to|am gonna) (?:just )?(?:go|leave|go away|go far away|disappear)(?: "
                   r"far)?(?: away)? from (?:everyone|everybody|you all|all of you|everything) (?:forever|"
                   r"for good|for ever)|disappear from (?:everyone'?s|everybody'?s|your) li(?:fe|ves) (?:forever|"
                   r"for good)", M_MOVE + "|" + MS_ALL)),
    "life_end": ("life", "end over stop",
                 alone(r"(?:want|wish|need) (?:for )?my life (?:to|would|will) (?:end|be over|stop)",
                       r"crush\w*|embarrass\w*|"
                       r"cringe|homework|teacher|forgot|audio|voice note|sent")),
}

# -- es ---------------------------------------------------------------------------------------
_DAY_ES = r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|esta noche|manana|este finde|este fin de semana"
_M_ES = (
    M_ALL + r"|juego|partida|nivel|equipo|futbol|club|entreno|clases?|curso|dejo (?:el|la|los)|salgo del|"
    r"mudanza|mudamos|mudo|viaje|vacaciones|campamento|cumple\w*|fiesta|con el|con ella|cortar con|"
    r"temporada|dieta|trabajo|leche|comida|yogur|pasaporte|tarjeta|pelo|tinte|tenir\w*|me queda chic[oa]|"
    r"grande|vieja|viejo|nuevo|nueva|vendi|vender|cambio|navidad|regalo|extranjero|universidad|redes|"
    r"crush\w*|verguenza|cringe|olvide|profe\w*|tarea|examen|prueba|proyecto|mates"
)
ES: Table = {
    "decided": ("decidi decidido decision", "lunes martes miercoles jueves viernes sabado domingo noche manana "
                "finde semana",
                decided(r"(?:ya )?(?:lo )?(?:he )?decid(?:i|ido)|tome (?:la|una) decision|ya esta decidido",
                     _DAY_ES, r"se (?:acaba|termina) todo|todo (?:se )?(?:acaba|termina)", r"no se enojen|no se "
                     r"enfaden|perdon a todos|perdonenme|lo siento a todos", _M_ES)),
    "goodbye": ("despido despedire despedirme despedir", "siempre",
                pair(r"(?:me )?(?:despido|despedire|voy a despedir(?:me)?|despedirme) de (?:todos|todo el "
                     r"mundo|ustedes)", r"para siempre", M_MOVE + "|" + _M_ES)),
    "not_live": ("llego llegar llegue vivir vivo", "verano navidad cumple cumpleanos 13 14 15 16 17 18 decidi plan",
                 alone(r"(?:no|nunca) (?:voy a )?(?:llegar|llego|vivir|vivo) (?:a|al|hasta) (?:el |mi |los )?"
                       r"(?:verano|navidad|cumple|cumpleanos|1[3-9]|20)(?! \w+ (?:partida|nivel))|"
                       # the wish, said last: "no quiero llegar a los 18"
                       r"no creo (?:que )?(?:llegar|llegue) (?:a|al|hasta) (?:el |mi |los )?(?:verano|navidad|cumple|"
                       r"cumpleanos|1[3-9]|20)(?= ?[.!]| ?$)|"
                       r"no (?:quiero|pienso) (?:llegar|vivir) (?:a|hasta) (?:los )?(?:1[3-9]|20)(?: anos)?"
                       r"(?= ?[.!]| ?$)", MS_ALL)),
    "expiry": ("caducidad vencimiento caduco", "cerca pronto dias queda",
               pair(r"mi (?:fecha de )?(?:caducidad|vencimiento)", r"cerca|pronto|(?:pocos|unos) dias|"
                    r"(?:ya )?queda poco", _M_ES)),
    "height": ("alto alta altos", "cerca sola solo",
               pair(r"(?:edificio|puente|techo|azotea|torre) mas alt[oa](?: \w+){0,3} (?:cerca|por aqui|de mi "
                    r"barrio|de la zona)", r"(?:ir |voy )?sol[oa]", _M_ES + r"|fotos?|vista|turista|amigos|"
                    r"familia|mama|papa|padres")),
    "give": ("di regale deje pase", "necesitar necesitare tiempo siempre no",
             pair(r"(?:le )?(?:di|regale|deje|pase) (?:a )?(?:mi|mis) (?:\w+ ){0,3}?(?:gat[oa]|perr[oa]|"
                  r"hamster|conejo|mascota|cuenta|skins|consola|guitarra|coleccion|peluches?)", r"no (?:la|lo|"
                  r"las|los)? ?(?:voy a )?(?:necesitar|necesitare) mas|no es por un tiempo|no es temporal|(?:era|"
                  r"es) (?:solo )?por un tiempo (?:pero|y) no(?= \.| !| \?| ?$)|"
                  r"(?<!no es )para siempre",
                  M_MOVE + "|" + M_GIVE + r"|alergi\w*|aburri\w*|ya no juego|deje de jugar|cuenta nueva")),
    "envy": ("envidia envidio", "muertos muertas muerto muerta viven vive murieron fallecieron",
             alone(r"(?:envidio|envidia) (?:a )?(?:la gente|los|las|quienes|personas?)? ?(?:que )?(?:ya )?"
                   r"(?:estan? muert[oa]s?|no viven|murieron|se murieron|fallecieron|no estan vivos)|"
                   r"envidio a los muertos",
                   M_PAST + "|" + MS_ALL)),
    "if_die": ("muero muriera desaparezco desapareciera estuviera",
               "cura curaria curar mejor mejoraria mejorar feliz felices libre",
               alone(r"si (?:yo )?(?:me muero|me muriera|desaparezco|desapareciera|no estuviera) (?:\w+ ){0,3}?"
                     r"(?:ella|el|ellos|todos|mi (?:mama|madre|papa|padre|familia)) (?:se )?(?:va a (?:curar|mejorar|"
                     r"estar mejor|ser feliz)|cura|curaria|"
                     r"mejora|mejoraria|estaria mejor|estarian mejor|seria feliz|serian felices|estaria bien)",
                     MS_ALL)),
    "nightly": ("morir morirme muerte", "noche noches dias siempre solo",
                alone(r"(?:pienso|pensando) (?:solo |siempre )?en (?:morir|morirme|la muerte)(?: \w+){0,3} "
                      r"(?:todas las noches|todos los dias|cada noche|siempre)|(?:todas las noches|cada noche) "
                      r"pienso en (?:morir|morirme)", M_GRIEF + "|" + MS_ALL)),
    "tried": ("intente probado probe nada", "cansada cansado harta harto fuerzas quiero rindo",
              pair(r"(?:ya )?intente (?:todo|de todo)|(?:he )?probado (?:todo|de todo)|probe (?:todo|de todo)|"
                   r"nada (?:sirve|funciona|"
                   r"ayuda|me ayuda)", r"(?:cansad[oa]|harta|harto) de intentar(?:lo)?(?! \w)|no quiero (?:intentarlo|"
                                       r"seguir intentando(?:lo)?) mas|me rindo|no me quedan "
                   r"fuerzas", _M_ES + "|" + M_DEVICE + r"|dormir|acne|piel|estudiar")),
    "away": ("ire iré voy irme", "siempre",
             alone(r"(?:me ire|me voy a ir|me voy) (?:lejos )?(?:de todos|de todo el mundo|lejos de todos) "
                   r"para siempre", M_MOVE + "|" + MS_ALL)),
    "life_end": ("vida", "acabe termine",
                 alone(r"quiero que (?:se )?(?:acabe|termine) mi vida|quiero que mi vida (?:se )?(?:acabe|"
                       r"termine)", r"crush\w*|verguenza|cringe|tarea|profe\w*|olvide|audio")),
}

RULES: list[Rule] = [*rules_of(EN), *rules_of(ES)]
