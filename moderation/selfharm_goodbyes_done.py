"""Goodbyes already said, scheduled or acted on, affairs put in order, and
wishing to die passively or to join someone dead (en es fr here, with the
shared `pair`/`alone`/`goodbye_rules` helpers; pt de it in
`selfharm_goodbyes_done_eu.py`, ru tr pl id ar hi zh in
`selfharm_goodbyes_done_langs.py`).

Why: a child who has decided often says nothing about the act, only that
the goodbyes are done: "already said bye to everyone in dms, you guys were
the last", "le mandé un audio de despedida a mi mejor amiga y apagué el
cel", a farewell post "scheduled for tomorrow morning", "gave away all my
stuff, tonight is the night", a phone password left "for when i'm not here
anymore", "every night i pray god takes me in my sleep", "i want to join my
dad, since he died i have nobody".  None of these name a method or the word
suicide, so the rules of `selfharm_notes.py` (a note with last words) and
`selfharm_farewell_chat.py` (leaving this chat) did not read them; the
learned scorer held some by chance of wording and missed the rest.

Each class is a pair of parts in one message, never one word:

* **a goodbye done** (said, sent, recorded, a last hug) **or affairs put in
  order** (all my things given away, who gets what, a password or a pet
  handed on, all contacts deleted) **with finality**: "you are the last",
  "phone off", "they don't know yet", "for the last time", "forever",
  "tonight", "when i'm not here anymore";
* **a goodbye post or message set to go out later**: scheduled, in drafts,
  "goes out automatically";
* **praying or asking god to die**: "pray god takes me", "pray i don't wake
  up" (praying for grades or for sleep names no death);
* **wanting to join or follow someone who died**: the wish ("join my dad",
  "go where my grandma is", "be with her again") and a death in the message.
  Missing someone who died ("i miss my dad, he died last year") is grief and
  has no wish: it passes.
* **"today is the day" with a grave or coffin emoji and nothing else**.

What passes: every pair with an ordinary reason anywhere in the message
(`_MUNDANE_*`: a move, a new school, a trip or holiday, a birthday, old or
outgrown things, a donation, a game, a story, the consultation ending, "see
you"); goodbyes with no finality ("bye everyone, see you next time"); a
friend feeding the dog while we travel; the last page of a full diary;
deleting old contacts to clean up the phone; "today is the day" of an exam.
A move is read in every form of the verb and
place ("nos mudamos a", "on part vivre a", "ci siamo trasferiti", "мы
переехали", "搬到上海", "بننتقل"), and someone else leaving for university or
the army ("hugged my cousin for the last time before she leaves for uni")
is a move too, so "for good" / "forever" / "for the last time" beside it
stay ordinary; but "i want to be with my grandpa in heaven" is the wish,
not a place to visit.  The pair is anchored at the message start so the reason is looked for in
the whole message.  Patterns run on the phrase form ("i'm" reads "i am",
"don't" "do not", Spanish "ya" "you").
"""

from __future__ import annotations

from .rules import Rule, rule


def pair(act: str, cue: str, mundane: str, edge: str = r"\b") -> str:
    """`act` and `cue` anywhere in one message (either order), and no
    `mundane` word anywhere in it.  `edge` is the word boundary ("" for
    Devanagari and Chinese)."""
    return (
        rf"^(?!.*{edge}(?:{mundane}){edge})(?=.*{edge}(?:{cue}){edge}).*?{edge}(?:{act}){edge}"
    )


def alone(form: str, mundane: str, edge: str = r"\b") -> str:
    """`form` with no `mundane` word anywhere in the message."""
    return rf"^(?!.*{edge}(?:{mundane}){edge}).*?{edge}(?:{form}){edge}"


def goodbye_rules(
    triggers: str, acts: str, final: str, mundane: str, sched_triggers: str, sched_act: str,
    sched_cue: str, sched_mundane: str, pray_triggers: str, pray: str, pray_mundane: str,
    join_triggers: str, join: str, dead: str, join_mundane: str, edge: str = r"\b",
) -> list[Rule]:
    """The four pair rules of one language."""
    return [
        rule("self_harm:finality", "self_harm", triggers, pair(acts, final, mundane, edge),
             framed="generic"),
        rule("self_harm:finality", "self_harm", sched_triggers,
             pair(sched_act, sched_cue, f"{mundane}|{sched_mundane}", edge), framed="generic"),
        rule("self_harm:passive", "self_harm", pray_triggers, alone(pray, pray_mundane, edge),
             framed="generic"),
        rule("self_harm:passive", "self_harm", join_triggers, pair(join, dead, join_mundane, edge),
             framed="generic"),
    ]


# ordinary reasons shared by every language (messages mix languages and English slang)
_MUNDANE_ALL = (
    r"birthday|bday|b day|anniversary|wedding|graduat\w*|summer|holidays?|vacation|trip|camp|"
    r"moving|move|moved|new school|chang\w* schools?|last day of school|end of (?:the )?(?:school )?year|"
    r"new phone|homework|exam|test|game|minecraft|"
    r"roblox|fortnite|sims|character|episode|series|book|movie|film(?! z )|story mode|consultation|session|"
    r"see (?:you|ya|yall|u)|cya|next time|next week|tomorrow at school"
)

# -- en -------------------------------------------------------------------------------------
_KIN_EN = (
    r"(?:mum|mom|mam|mama|mother|dad|daddy|father|papa|parents|family|sister|sis|brother|bro|"
    r"siblings|little (?:sister|brother|sis|bro)|best friend|bestie|bff|friends|grandma|gran|nan|"
    r"nana|granny|grandpa|grandad|granddad|grandparents|cousin|uncle|aunt|auntie)"
)
_ACTS_EN = (
    # a goodbye said or sent
    r"(?:said|told|texted|sent|dmed|dm'd|messaged) (?:my |all my |our )?(?:goodbyes?|bye|byes|farewells?)"
    r"(?: to)?|(?:already |just )?said (?:bye|goodbye) to (?:everyone|everybody|all|my|them)|"
    r"(?:sent|texted|dmed|messaged|left|recorded|wrote|gave) (?:[\w']+ ){0,4}?(?:a |my |the |some )?"
    r"(?:goodbye|farewell|last|final) (?:message|messages|msg|text|texts|voice note|voice notes|"
    r"voice message|audio|video|vid|note|letter|dm|dms)|"
    r"hugged (?:my |our )?(?:\w+ )?" + _KIN_EN + r"|(?:gave|giving) (?:my |our )?(?:\w+ ){0,2}?"
    r"(?:a )?(?:last|final) hug|"
    # affairs put in order
    r"(?:gave|given|giving|give) away (?:all |almost all |most )?(?:of )?my|(?:gave|given) (?:[\w']+ )"
    r"{0,3}?all (?:of )?my (?:stuff|things|clothes|games|plushies|books|jewellery|jewelry|savings|"
    r"money)|(?:wrote|written|made|decided|listed) (?:down |a list of )?who (?:gets|will get|can "
    r"have|should get) (?:what|my)|(?:gave|left|wrote down|told|sent) (?:[\w']+ ){0,4}?my "
    r"(?:phone |ig |insta |instagram |snap |tiktok |laptop |email |ipad )?(?:password|passwords|"
    r"passcode|pin|login|logins)|(?:asked|told|made) (?:[\w']+ ){0,4}?(?:to )?(?:look after|take "
    r"care of|feed|keep|adopt) my (?:dog|cat|pets?|hamster|rabbit|bunny|fish|bird|guinea pig|"
    r"plants?|puppy|kitten)|deleted (?:all|every|everyone|everybody) (?:of )?(?:my )?(?:contacts|"
    r"friends|chats|accounts|photos|pics|posts)?"
)
_FINAL_EN = (
    r"(?:you|you guys|yall|you all|this (?:chat|group)) (?:are|were|is) (?:the )?last(?: ones?| "
    r"people| on my list)?|(?:only|just) (?:you|you guys|yall|this (?:chat|group)) (?:left|remain|"
    r"now|to go)|(?:turned|switched|shut) (?:off )?my phone|phone (?:is )?(?:off|turned off)|"
    r"(?:they|she|he) (?:do not|does not|dont|doesnt|did not|didnt) know (?:it yet|yet|that|it is|"
    r"its|it was|it will be)|(?:one |the |for the )last time|forever|for good|for ever|"
    r"tonight (?:is|will be) (?:the|my) (?:night|last)|after tonight|(?:this|tonight) is (?:it|the "
    r"end)|when i am (?:gone|not here|no longer here|not around)|when i (?:die|leave for good)|after "
    r"i am gone|(?:will|would) need (?:it|them) (?:when|after|once)|(?:to |and |then )?say "
    r"(?:bye|goodbye)|who (?:gets|will get|can have|should get) (?:what|"
    r"my)|goodbye (?:everyone|all|guys|forever)|bye (?:everyone|all|guys) (?:forever|for "
    r"good|for real)|(?:i will|i'll|ill) not need (?:it|them|my \w+) (?:anymore|any more|where)"
)
_MUNDANE_EN = (
    _MUNDANE_ALL + r"|old|outgrew|outgrown|too small|too big|donat\w*|charity|garage sale|yard "
    r"sale|thrift|clean\w* up|cleaning|storage|new house|new flat|new apartment|abroad|exchange|"
    r"flight|airport|travel\w*|travelling|away for|while (?:we|i) (?:are|am|were|was) (?:away|gone)|"
    r"funeral|died|passed away|hospital|hospice|pet ?sit\w*|house ?sit\w*|braces|retire\w*|"
    r"transfer\w*|relocat\w*|uni|university|boarding school|army|deploy\w*|leaving the (?:group|chat|team|"
    r"club)|left the (?:group|chat|team|club)|quit the "
    r"(?:team|club)|new (?:team|club|account)|switching|break ?up|broke up|ex\b|hacked|scam\w*|"
    r"diary (?:is|was) full|full diary|new diary"
)
_SCHED_ACT_EN = (
    r"(?:goodbye|farewell|last|final) (?:post|posts|story|stories|message|messages|msg|text|video|"
    r"vid|tiktok|reel|note|email|tweet)|(?:message|messages|msg|text|email|voice note|video) (?:to|"
    r"for) (?:my )?" + _KIN_EN
)
_SCHED_CUE_EN = (
    r"scheduled|schedule|scheduling|in (?:my )?drafts|saved (?:it )?(?:to|in) drafts|as a draft|"
    r"timed|set (?:it |them )?to (?:post|send|go)|(?:goes|go|will go|going) (?:out|up|online|live) "
    r"(?:automatically|by itself|on its own)|automatically|auto ?(?:post|send)\w*"
)
_SCHED_MUNDANE_EN = (
    r"congrat\w*|good morning|remind\w*|pick (?:me )?up|dentist|appointment|giveaway|collab|merch|"
    r"launch|sale|promo|part \d|announcement|mothers day|mother's day|fathers day|valentine\w*|"
    r"christmas|xmas|new year|surprise|so (?:she|he) (?:does not|doesnt) forget|late"
)
_PRAY_EN = (
    r"pray\w* (?:every night |each night |at night |all the time |to god |to allah |to jesus )*"
    r"(?:that |for )?(?:god |allah |jesus |he |the lord )?(?:will |would |to |could )?(?:takes?|"
    r"taking) me(?! (?:to|out|home|shopping|with|along|there|back))|pray\w* (?:\w+ ){0,3}?(?:that )?"
    r"i (?:just |simply |finally )?(?:do not|never|will not|would not|dont|wont) wake up|"
    r"pray\w* (?:\w+ ){0,3}?(?:to|that i|i|"
    r"for) (?:die|dies|death|pass away|just die)(?: in my sleep)?|(?:asking|ask|begging|beg|asked|"
    r"begged) (?:god|allah|jesus|the universe|the lord)(?: every night| each night)? to (?:take me|"
    r"let me die|end my life|end it|not let me wake up|let me not wake up)|pray\w* (?:\w+ ){0,3}?"
    r"(?:die|go) in my sleep"
)
_PRAY_MUNDANE_EN = r"exam|test|quiz|homework|presentation|lol|lmao|haha|jk|math|maths|teacher"
_JOIN_EN = (
    r"(?:want|wanna|wish i could|i need|ready|going|gonna|just want|longing|long) (?:to )?(?:go )?"
    r"(?:join|follow|go (?:be )?with|go to|go where) (?:my |our )?(?:" + _KIN_EN[3:-1]
    + r"|him|her|them)(?! (?:is |are )?(?:at|on|to|into|in(?! heaven| the sky)|around|everywhere|"
    r"for|house|home|work))"
    r"(?:'s| is| are| went)?(?: again| up there| in heaven| wherever)?|(?:want|wanna|wish i could|"
    r"just want) (?:to )?be with (?:my |our )?(?:" + _KIN_EN[3:-1] + r"|him|her|them) (?:again|up "
    r"there|in heaven)|(?:want|wanna) to go where (?:my "
    r")?(?:\w+ )?(?:is|are|went)"
)
_DEAD_EN = (
    r"died|dead|passed|passed away|heaven|death|since (?:he|she|they) (?:left|went|is gone|are gone|"
    r"was gone)|(?:he|she|they) (?:is|are) gone|rip|lost (?:him|her|them|my \w+)|up there|in the sky"
)
_JOIN_MUNDANE_EN = (
    r"visit\w*|grave|cemetery|weekend|holiday|trip|house|work|abroad|divorce\w*|custody|live with|"
    r"stay with|dinner|shopping|match|game|concert|footsteps|army|hospital"
)

# -- es -------------------------------------------------------------------------------------
_KIN_ES = (
    r"(?:mama|mami|madre|papa|papi|padre|padres|familia|hermana|hermano|hermanita|hermanito|"
    r"hermanos|mejor amiga|mejor amigo|amigos|amigas|abuela|abuelo|abuelita|abuelito|abuelos|tia|"
    r"tio|prima|primo|novio|novia)"
)
_ACTS_ES = (
    r"(?:me )?despedi de|(?:les |le )?dije adios a|(?:le |les )?(?:mande|envie|deje|grabe|escribi) "
    r"(?:\w+ ){0,3}?(?:mensaje|mensajes|audio|audios|video|nota|carta|mensajito)s? de despedida|"
    r"(?:abrace|abraze) (?:a )?(?:mi |mis )?" + _KIN_ES + r"|(?:ultimo|un ultimo) abrazo|"
    r"(?:regale|di|doné|done|reparti|deje) (?:\w+ ){0,2}?(?:todas |todos )?mis (?:cosas|juegos|ropa|"
    r"peluches|libros|ahorros)|(?:escribi|apunte|decidi) (?:a )?quien (?:le )?(?:toca|queda|va) "
    r"(?:cada|que|mis)|(?:le |les )?(?:deje|di|pase|anote) (?:\w+ ){0,3}?(?:la |mi |mis )?"
    r"(?:contrasena|contrasenas|clave|claves|pin|codigo)|(?:le |les )?(?:pedi|dije) (?:a \w+ )?"
    r"(?:\w+ ){0,2}?que (?:cuide|cuiden|se quede con|adopte) (?:a )?mi (?:perro|perrito|gato|gatito|"
    r"mascota|hamster|conejo|pez)|borre (?:a )?(?:todos|todas|todo) (?:mis )?(?:contactos|amigos|"
    r"chats|cuentas|fotos)?"
)
_FINAL_ES = (
    r"(?:solo )?(?:me )?falta(?:ba|ban|n)? (?:ustedes|vosotros|este grupo)|(?:ustedes|vosotros) "
    r"(?:son|sois|eran|fueron) (?:los )?ultimos|(?:solo )?quedan (?:ustedes|vosotros)|(?:apague|"
    r"apago) el (?:cel|celular|movil|telefono)|(?:no )?(?:sabe|saben) que (?:es|era|fue|sera) la "
    r"ultima|(?:por )?ultima vez|para siempre|esta noche (?:es|sera|termina|se acaba)|despues de "
    r"esta noche|(?:para )?cuando (?:you |ya )?no (?:este|estare|exista)|cuando me (?:vaya|muera|"
    r"haya ido)|(?:para )?despedirme|adios a todos|quien (?:le )?(?:toca|queda|va) (?:cada|que|"
    r"mis)|(?:you |ya )?no (?:la|lo|las|los) voy a necesitar"
)
_MUNDANE_ES = (
    r"cumple\w*|mudanza|mud(?:o|as|a|amos|an|ar|arme|arnos|arse|e|aron|aremos)|"
    r"(?:nos vamos|me voy|se va|se van) a vivir (?:a|en|con)|"
    r"cole|colegio|escuela|clase|profe\w*|"
    r"examen|viaje|vacaciones|campamento|intercambio|vieja|viejas|viejo|viejos|pequena|pequenas|"
    r"chica|chicas|donar|done a|caridad|funeral|entierro|murio|fallecio|hospital|nos vemos|hasta "
    r"(?:luego|manana|pronto|la proxima)|juego|partida|personaje|serie|libro|pelicula|consulta|"
    r"limpiar|espacio|movil nuevo|celular nuevo|salgo del grupo|me salgo|diario (?:esta |se )?lleno"
)
_SCHED_ACT_ES = (
    r"(?:mensaje|mensajes|historia|historias|post|publicacion|video|audio|nota|carta)s? (?:de "
    r"despedida|final|ultim[ao])|(?:ultima|ultimo) (?:historia|post|mensaje|video|publicacion)|"
    r"mensaje (?:para|a) (?:mi )?" + _KIN_ES
)
_SCHED_CUE_ES = r"programad[oa]s?|programe|borrador(?:es)?|automaticamente|sale solo|se publica solo"
_SCHED_MUNDANE_ES = r"felicita\w*|buenos dias|recordar|recordatorio|sorteo|dia de la madre|navidad|sorpresa"
_PRAY_ES = (
    r"(?:le )?(?:pido|ruego|rezo|rogando|pidiendo|rezando) (?:\w+ ){0,3}?(?:a dios|al senor|a "
    r"diosito)? ?(?:que|para|por) (?:me lleve|llevarme|morir|morirme|no despertar|no despertarme|"
    r"dejarme morir|me deje morir)|(?:dios|diosito|senor),? (?:llevame|dejame morir)"
)
_PRAY_MUNDANE_ES = r"examen|prueba|tarea|jaja\w*|jsjs\w*|xd|profe\w*|mates"
_JOIN_ES = (
    r"(?:quiero|quisiera|necesito|ojala pudiera) (?:irme con|estar con|reunirme con|ir (?:a )?donde "
    r"(?:esta|estan)|ir con) (?:mi |mis )?(?:" + _KIN_ES[3:-1] + r"|el|ella)(?: otra vez| de nuevo| en "
    r"el cielo| alla arriba)?"
)
_DEAD_ES = (
    r"murio|muerto|muerta|fallecio|se fue|cielo|alla arriba|desde que (?:el |ella )?(?:murio|se fue|"
    r"no esta)|perdi a"
)
_JOIN_MUNDANE_ES = (
    r"visitar|tumba|cementerio|finde|fin de semana|vacaciones|casa|trabajo|divorcio|vivir con|cena|"
    r"partido"
)

# -- fr -------------------------------------------------------------------------------------
_KIN_FR = (
    r"(?:mere|maman|pere|papa|parents|famille|soeur|frere|petite soeur|petit frere|meilleure amie|"
    r"meilleur ami|amis|amies|grand mere|grand pere|mamie|papi|papy|cousin|cousine)"
)
_ACTS_FR = (
    r"j'ai dit (?:au revoir|adieu|bye) a|j'ai fait mes adieux|(?:j'ai )?(?:ecrit|envoye|laisse|"
    r"enregistre|fait) (?:\w+ ){0,3}?mes adieux|(?:j'ai )?(?:envoye|laisse|enregistre|ecrit) "
    r"(?:\w+ ){0,3}?(?:un |une |des |mon |ma |mes )?(?:message|messages|vocal|vocaux|video|mot|lettre)"
    r"s? d'adieu|(?:j'ai )?(?:fait )?(?:un )?(?:dernier|gros) calin a (?:ma |mon |mes )?" + _KIN_FR
    + r"|j'ai (?:donne|distribue|offert) (?:toutes |tous )?mes (?:affaires|jeux|vetements|habits|"
    r"peluches|livres|trucs)|j'ai (?:ecrit|note|decide) qui (?:recoit|aura|prend) (?:quoi|mes)|"
    r"(?:j'ai )?(?:laisse|donne|ecrit) (?:\w+ ){0,3}?(?:mon|mes|le|les) (?:mot de passe|mots de "
    r"passe|code|codes|mdp)|j'ai demande a (?:\w+ ){0,3}?de (?:garder|s'occuper de|nourrir) mon "
    r"(?:chien|chat|lapin|hamster|poisson)|j'ai (?:supprime|efface) (?:tous|toutes) mes (?:contacts|"
    r"amis|comptes|photos|conversations)"
)
_FINAL_FR = (
    r"vous etes les derniers|(?:il )?(?:ne )?(?:me )?rest(?:e|ait) (?:plus )?que vous|(?:j'ai )?"
    r"(?:eteint|coupe) mon (?:tel|telephone|portable)|(?:elle|il|ils) (?:ne )?(?:sait|savent) pas "
    r"que c'est la derniere|(?:pour la |la )?derniere fois|pour toujours|a jamais|apres ce soir|ce "
    r"soir c'est (?:fini|la fin|le dernier)|quand je (?:ne )?serai (?:plus|pas) la|quand je serai "
    r"(?:partie?|morte?)|y en aura plus|(?:pour )?vous dire (?:au revoir|adieu)|adieu a tous"
)
_MUNDANE_FR = (
    r"anniversaire|anniv|demenage\w*|demenagement|(?:part|pars|partir) vivre|s'installer|ecole|college|lycee|"
    r"classe|prof\w*|vacances|"
    r"voyage|colo|vieux|vieilles|vieil|trop petit\w*|association|vide grenier|emmaus|enterrement|"
    r"hopital|a (?:demain|plus|bientot|la prochaine)|jeu|personnage|serie|livre|film|roman|"
    r"consultation|nouveau telephone|carnet (?:est )?(?:plein|fini)|journal (?:est )?(?:plein|fini)|"
    r"nouveau journal|faire de la place|nettoyer"
)
_SCHED_ACT_FR = (
    r"(?:message|messages|story|post|video|lettre)s? d'adieu|(?:dernier|derniere) (?:story|post|"
    r"message|video)|message (?:pour|a) (?:ma |mon )?" + _KIN_FR
)
_SCHED_CUE_FR = r"programme\w*|brouillons?|automatiquement|part tout seul|partira tout seul"
_SCHED_MUNDANE_FR = r"felicit\w*|bonjour|rappel\w*|concours|fete des meres|noel|surprise"
_PRAY_FR = (
    r"je prie (?:\w+ ){0,3}?(?:pour|que|qu'il|de) (?:mourir|ne (?:pas|plus) me reveiller|me prendre|"
    r"il me prenne|dieu me prenne|partir dans mon sommeil)|je demande a dieu de (?:me prendre|me "
    r"laisser mourir)"
)
_PRAY_MUNDANE_FR = r"controle|exam\w*|devoirs?|mdr|ptdr|lol|prof\w*"
_JOIN_FR = (
    r"(?:je veux|j'veux|jveux|je voudrais|j'aimerais) (?:rejoindre|retrouver|aller (?:avec|retrouver|"
    r"la ou est)|etre avec) (?:ma |mon |mes )?(?:" + _KIN_FR[3:-1] + r"|lui|elle)(?: la haut| au ciel|"
    r" encore)?"
)
_DEAD_FR = r"mort|morte|decede|decedee|partie?|ciel|la haut|depuis (?:qu'il|qu'elle) (?:est )?(?:mort|partie?)"
_JOIN_MUNDANE_FR = r"visite\w*|tombe|cimetiere|week end|vacances|maison|travail|divorce|vivre avec|diner|match"

# -- a bare "today is the day" with a grave or coffin emoji (every language) ----------------
_DAY = (
    r"(?:today|tonight|tomorrow|friday|saturday|sunday|hoy|manana|esta noche|aujourd'hui|ce soir|"
    r"demain|hoje|amanha|heute|morgen|oggi|stasera|domani|сегодня|завтра|bugun|yarin|dzis|dzisiaj|"
    r"jutro|hari ini|besok|malam ini|اليوم|الليله|بكره|aaj|kal)"
)
_THE_DAY = (
    r"(?:(?:is|es|est|e|eh|ist|это)?\s?(?:the|el|le|o|der|il|тот самыи)? ?(?:day|night|dia|noche|"
    r"jour|soir|noite|tag|nacht|giorno|notte|день)|(?:it is|its|c'est|es|e|ist|is) (?:the day|the "
    r"night|el dia|le jour|o dia|der tag|il giorno)|o gun|gun bugun|to dzis|itu hari ini|hi hai|"
    r"hai|هو اليوم)"
)
_DAY_FORM = (
    r"^(?:(?:so|ok|okay|well|bueno|bon|entao|also|allora|ну|tamam|no|oke|يعني) )?(?:" + _DAY
    + r" " + _THE_DAY + r"|(?:it is|its|c'est|es|e|ist|this is) " + _DAY + r"|" + _THE_DAY + r" "
    r"(?:is )?" + _DAY + r")(?: emoji_\w+)* (?:emoji_grave|emoji_coffin)(?: emoji_\w+)*$"
)

RULES: list[Rule] = [
    *goodbye_rules(
        "said told sent texted dmed messaged recorded wrote hugged hug gave given giving give "
        "decided listed left asked made deleted",
        _ACTS_EN, _FINAL_EN, _MUNDANE_EN,
        "scheduled schedule scheduling drafts draft timed automatically autopost autosend",
        _SCHED_ACT_EN, _SCHED_CUE_EN, _SCHED_MUNDANE_EN,
        "pray prayer praying prays prayed asking ask begging beg asked begged",
        _PRAY_EN, _PRAY_MUNDANE_EN,
        "join follow with go where", _JOIN_EN, _DEAD_EN, _JOIN_MUNDANE_EN),
    *goodbye_rules(
        "despedi dije mande envie deje grabe escribi abrace abraze abrazo regale di done reparti "
        "apunte decidi pase anote pedi borre",
        _ACTS_ES, _FINAL_ES, _MUNDANE_ES,
        "programado programada programados programadas programe borrador borradores "
        "automaticamente solo",
        _SCHED_ACT_ES, _SCHED_CUE_ES, _SCHED_MUNDANE_ES,
        "pido ruego rezo rogando pidiendo rezando llevame dejame", _PRAY_ES, _PRAY_MUNDANE_ES,
        "irme estar reunirme ir", _JOIN_ES, _DEAD_ES, _JOIN_MUNDANE_ES),
    *goodbye_rules(
        "dit adieux envoye laisse enregistre ecrit calin donne distribue offert note decide "
        "demande supprime efface",
        _ACTS_FR, _FINAL_FR, _MUNDANE_FR,
        "programme programmee programmes brouillon brouillons automatiquement seul",
        _SCHED_ACT_FR, _SCHED_CUE_FR, _SCHED_MUNDANE_FR,
        "prie demande", _PRAY_FR, _PRAY_MUNDANE_FR,
        "rejoindre retrouver aller etre", _JOIN_FR, _DEAD_FR, _JOIN_MUNDANE_FR),
    rule("self_harm:finality", "self_harm", "emoji_grave emoji_coffin", _DAY_FORM, framed="generic"),
]
