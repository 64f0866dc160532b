"""Someone else at risk right now, told by the child: a friend who has just
swallowed a pack of pills or bleach, cut deep, stands on a roof or a bridge
and says she will jump, wants to die *tonight*; a classmate who posted a
goodbye and now does not answer; a brother locked in the bathroom with a
blade.  Usually with "what do I do", "help", "nobody answers".

Why: these messages are the most urgent the consultation can receive (a
moderator must see them at once), and all of them passed.  They are third
person, so the first-person disclosure rules do not read them; where an
older rule did match ("my friend took a lot of pills what do i do"), the
help-seeking frame excused it, because a friend is named and the writer
asks what to do - right for a friend who *used to* self-harm, wrong for a
friend who is swallowing pills now.

How: one rule per language, two gates that must both be there:

* **a person other than the writer**, named at the start of the match: my /
  our friend, sister, brother, cousin, classmate, boyfriend, parent, "a girl
  in my class", or "she just texted me" (ten languages' possessives and
  relation nouns; Turkish and Indonesian suffixes "arkadasim", "temanku");
* **an acute act or state** after it in the message (up to ~110
  characters): a large amount of pills (a whole pack, all of them, a number
  from ten up, an overdose), a poison or cleaning liquid swallowed, a cut
  with its severity (deep, badly, will not stop bleeding, wrists), a jump
  from a high place or a high place with a death word, dying / killing
  oneself with a time (tonight, right now), locked in with a blade, knife,
  pills or rope; or **a goodbye** (post, story, message, "sorry for
  everything") **and being unreachable** (not answering, phone off, nobody
  can reach her), in either order.

The match starts at the person, so the help-seeking frame (which needs the
friend named *before* the match) leaves it alone, and "what do i do" after
it changes nothing.  `framed="generic"`: the generic frame only excuses a
sentence with no first person before the match ("if a friend says she took
pills, tell an adult", "we learned what to do if a friend posts a goodbye",
"in the series her best friend..."); "my friend" itself is inside the match.

What passes, and why:

* the everyday sense of the same words: a friend who took her allergy
  pills or two paracetamol (no large amount), a goodbye post because she
  is moving, leaving the group chat or on holiday (the offline frame and a
  reason guard here), a brother locked in the bathroom doing his hair (no
  blade), a friend "dying" of laughter, jumping into the pool;
* conditionals and the topic ("if my friend ever ...", "what should you do
  if ..."): a conditional word right before the person, or the generic
  frame;
* a past that is over ("last year my friend took pills, she got help and
  is fine now"): a past marker right before the person or anywhere after
  it, or a recovery after it, rules the match out (and the recovered frames
  excuse what remains);
* fiction, games and news (a character, a series, a potion in a game): a
  guard after the person.

Patterns run on the phrase form (accents stripped, "y" read "why", German
"im" read "i am", Russian "й" as "и", Arabic letter variants folded);
Devanagari and Arabic without a trailing \\b; Chinese on the normalised text.
The rule of each language is in this module (en es fr, and the shared
`_acute`), `selfharm_others_acute_eu.py` (pt de it ru tr) and
`selfharm_others_acute_langs.py` (pl id ar hi zh).  The wordings a later
round found missed in every language (slang and group people, a death
wish and a plan, a photo of means or a dangerous place paired with "it's
the end", a goodbye and a shut door) are tables in
`selfharm_others_acute_more.py`, added to each language's by `_acute_more`.
"""

from __future__ import annotations

from .normalise import fold_pattern
from .rule_heads import with_texts
from .rules import Rule, rule
from .selfharm_others_acute_more import TEXTS, more


def _texts(r: Rule, texts: str) -> Rule:
    """`r` skipped unless the message holds one of `texts` ("|"-separated): the
    stems of its acts and goodbyes, one of which every match contains (the
    person alone, "my friend", is in too many messages to run the patterns)."""
    return with_texts(r, tuple(fold_pattern(texts).split("|")))


def _acute(who: str, guard: str, acts: str, bye: str, unreach: str, bye_guard: str,
           b: str = r"\b", pre: str = "", end: str = r"\b", spaced: bool = True,
           sign: str = "", place: str = "", ends: str = "") -> str:
    """The person, then an acute act (with no guard anywhere after the person), or a
    goodbye and being unreachable in either order (and no everyday reason
    for the goodbye).  `b`: the boundary before each part ("(?<!\\S)" for
    Arabic and Devanagari, whose vowel signs are not word characters; "" for
    Chinese) and `end` the one after the person; `pre`: an optional clitic
    before each part (Arabic "و", "ف").  Spaced text is crossed a word at a
    time (about 20 words to the act, 28 between a goodbye and the silence,
    55 for a guard): the parts are only tried at word starts.

    `sign` (a photo of pills, a blade or fresh wounds sent or posted) pairs,
    in either order, with `ends` (it is the end, ending it tonight, does not
    want to live any more), a goodbye or being unreachable; `place` (standing
    at the tracks, on a bridge, by the river) pairs with `ends` or a goodbye
    only (someone at the river who does not answer may be swimming).  Both
    pairs fall under the guard of the goodbyes (moving, a holiday, a trip)
    as well as the general one (selfharm_others_acute_more.py)."""
    if spaced:
        gap, far, rest = r" (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,28}?", r" (?:\S+ ){0,55}?"
    else:
        gap, far, rest = ".{0,60}?", ".{0,80}?", ".{0,150}?"

    def pair(one: str, other: str) -> str:
        return rf"{gap}{b}{pre}(?:{one}){far}{b}{pre}(?:{other})|{gap}{b}{pre}(?:{other}){far}{b}{pre}(?:{one})"

    pairs = [pair(bye, unreach)]
    if sign:
        pairs.append(pair(sign, "|".join(x for x in (ends, bye, unreach) if x)))
    if place:
        pairs.append(pair(place, "|".join(x for x in (ends, bye) if x)))
    byes = "(?:" + "|".join(pairs) + ")"
    # the guards (long scans) only once the rest has matched: the rest in a lookahead first
    body = rf"(?:{gap}{b}{pre}(?:{acts})|(?={byes})(?!{rest}{b}(?:{bye_guard})){byes})"
    return rf"{b}(?:{who}){end}(?={body})(?!{rest}{b}(?:{guard})){body}"


def _acute_more(lang: str, who: str, guard: str, acts: str, bye: str, unreach: str, bye_guard: str,
                **kw: str | bool) -> str:
    """`_acute` over the tables of `lang` with the additions of selfharm_others_acute_more.py."""
    m = more(lang, who, acts, bye, unreach)
    return _acute(m["who"], guard, m["acts"], m["bye"], m["unreach"], bye_guard, sign=m["sign"],
                  place=m["place"], ends=m["ends"], **kw)  # type: ignore[arg-type]


# -- en ---------------------------------------------------------------------------------
_REL_EN = (
    r"friend|friends|bestie|bestfriend|best friend|bff|bf|gf|boyfriend|girlfriend|sister|sis|brother|"
    r"bro|cousin|classmate|mate|buddy|pal|teammate|roommate|neighbou?r|crush|stepsister|stepbrother|"
    r"step sister|step brother|twin|aunt|auntie|uncle|mum|mom|mother|dad|father|niece|nephew|ex"
)
_WHO_EN = (
    # a conditional, a past time or a hypothetical right before the person
    r"(?<!if )(?<!when )(?<!ago )(?<!year )(?<!summer )(?<!winter )(?<!month )(?<!once )"
    r"(?<!imagine )(?<!suppose )(?<!pretend )(?:"
    r"(?:my|our) (?:(?:best|close|good|older|younger|little|big|baby|twin|online|other) )?(?:" + _REL_EN
    + r")|(?:a|one|this|some) (?:girl|boy|kid|guy|friend|person|student) (?:in|from|at) (?:my|our) "
    r"(?:class|school|year|grade|group|team|street|building|form)|someone (?:in|from|at) (?:my|our) "
    r"(?:class|school|year|grade|group|team)|a friend of mine|someone i know|"
    r"(?:she|he|they) (?:just |literally |already |then )?(?:texted|messaged|dmed|wrote|snapped|sent|"
    r"called|facetimed|told) (?:me|us))"
)
# a resolved past, fiction, a game, an accident, a lesson
_GUARD_EN = (
    r"last (?:year|month|summer|winter|spring|autumn|fall|week)|years ago|months ago|a year ago|weeks "
    r"ago|when (?:we|i) (?:was|were) (?:little|younger|small|kids)|used to|(?:is|she's|he's|they're|and) "
    r"(?:(?:now|doing|totally|completely|much|all|feeling) )?(?:fine|okay|ok|safe|better|stable|recovered)"
    r" now|got help|is getting help|got better|recovered|pulled through|"
    r"series|season \d+|episode|movie|film|novel|book|anime|manga|character|netflix|documentary|news|"
    r"article|fanfic|wattpad|roleplay|in the game|in game|minecraft|roblox|fortnite|the sims|potion|"
    r"by accident|accidentally|on accident|thought it was|while cooking|cooking|chopping|shaving|fell "
    r"off|fell down|tripped|broken glass|paper cut|for (?:her|his|their) (?:headache|allergy|allergies|"
    r"period|cold|flu|fever|migraine|asthma|epilepsy|adhd|diabetes)|hypothetical|scenario|for example|"
    r"lesson|workshop|assembly|we learned|we learnt|we talked about|what to do if|cringe|embarrass\w*|"
    r"laughing|laughter|lmao|jk|joking|kidding|if (?:she|he|they) (?:does not|doesn't|do not|don't) get"
)
_PILLS_EN = (
    r"pills|tablets|meds|medicine|medicines|medication|painkillers|paracetamol|ibuprofen|tylenol|advil|"
    r"aspirin|panadol|antidepressants|sleeping pills|sleeping tablets|prescription|insulin|xanax|"
    r"emoji_pill"
)
_LOTS_EN = (
    r"a lot of|lots of|loads of|so many|too many|a bunch of|a handful of|handfuls of|heaps of|tons of|"
    r"all (?:of )?(?:her|his|their|the|them|those|my mum's|my mom's|her mum's|her mom's|his mum's)|"
    r"a whole (?:\w+ )?(?:pack|packet|bottle|box|strip|blister|sheet|jar|tub|container)s?(?: of)?|"
    r"the whole (?:\w+ )?(?:pack|packet|bottle|box|strip)(?: of)?|an entire (?:pack|packet|bottle|box|"
    r"strip)(?: of)?|(?:two|three|several) (?:packs|packets|bottles|boxes|strips)(?: of)?|"
    r"(?:like |about |around |over |maybe |almost |nearly )?(?:[1-9]\d+|twenty|thirty|forty|fifty|"
    r"sixty|hundred|a hundred|dozens? of)"
)
_ACTS_EN = (
    r"(?:took|has taken|have taken|taken|swallowed|downed|popped|ate|has eaten|is taking|is swallowing|"
    r"chugged|necked) (?:like |about |around |over |maybe |almost |just |literally )?(?:" + _LOTS_EN
    + r") (?:\S+ ){0,3}?(?:" + _PILLS_EN + r")\b|"
    r"(?:overdosed|has overdosed|is overdosing|od'd|od ed|took an? (?:overdose|od))\b|"
    r"(?:drank|has drunk|drunk|swallowed|downed|ate|chugged|is drinking|drinking) (?:\S+ ){0,3}?(?:bleach|"
    r"poison|rat poison|cleaning (?:liquid|product|stuff|spray|fluid)|detergent|antifreeze|drain "
    r"cleaner|pesticide|weed ?killer|lighter fluid|chlorine|disinfectant|laundry pods?|tide pods?|"
    r"dettol|domestos|lysol)\b|"
    r"(?:cut|has cut|slit|sliced|slashed|is cutting|cutting) (?:herself|himself|themselves|themself|"
    r"(?:her|his|their) (?:wrists?|arms?|legs?|thighs?)) (?:\S+ ){0,5}?(?:badly|really bad|so bad|deep|"
    r"deeply|too deep|so deep|very deep|right now|just now|again tonight|(?:it|she|he|they|it's) (?:will "
    r"not|won't|does not|doesn't|can not|cannot|can't|is not|isn't) stop(?:ping)? (?:the )?bleeding|"
    r"bleeding|blood everywhere|(?:so much|a lot of|lots of) blood)\b|"
    r"(?:slit|slashed) (?:her|his|their) (?:wrists?|throat)\b|"
    r"(?:going to|gonna|about to|wants to|will|is trying to|threatening to|threatens to|she'll|he'll|"
    r"ready to|planning to) jump(?!(?: \S+){0,6} into (?:the |a )?(?:pool|water|lake|sea|ocean|river|"
    r"trampoline|snow))(?: (?:off|from|out of|out|in front of|onto|under|down))?(?: (?:the|a|"
    r"her|his|their|our))? ?(?:\S+ ){0,2}?(?:bridge|roof|rooftop|building|window|balcony|cliff|tracks|"
    r"train|car|ledge|tower|block|flats|car park|parking|top floor|highway|motorway|overpass)\b|"
    r"(?:is|she's|he's|they're|are|was|standing|sitting|climbed|went up|still) (?:\S+ ){0,2}?(?:on|onto|"
    r"at|to) (?:the )?(?:edge of (?:the |a )?)?(?:roof|rooftop|bridge|ledge|train tracks|railway tracks|"
    r"railway|tracks|rails|cliff|top of (?:the|a) (?:building|bridge|car park|parking garage|tower))"
    r"(?: \S+){0,12}? (?:jump|die|end it|kill|goodbye)\b|"
    r"(?:is going to|is gonna|going to|gonna|is about to|wants to|will|said (?:she|he|they) (?:will|would|is going to|"
    r"was going to|wants to)|says (?:she|he|they) (?:will|is going to|wants to|is gonna)|she'll|he'll|"
    r"plans to|is planning to|decided to|is trying to) (?:kill (?:herself|himself|themselves|themself)|end"
    r" (?:it all|her life|his life|their life|it)|take (?:her|his|their) (?:own )?life|die|commit suicide|"
    r"unalive (?:herself|himself|themselves)|hang (?:herself|himself|themselves)|jump) (?:\S+ ){0,3}?"
    r"(?:tonight|today|right now|now|in an hour|after school|this evening|before morning|when "
    r"(?:everyone|her parents|his parents|they) (?:is |are )?(?:asleep|sleeps|sleep|leave))\b|"
    r"(?:is about to|is trying to) (?:kill (?:herself|himself|themselves)|end (?:her|his|their) life|take "
    r"(?:her|his|their) (?:own )?life|commit suicide)\b|"
    r"has a plan (?:to|for how to|how to) (?:kill|end|die|commit)|(?:wrote|left|posted|sent|has written) "
    r"(?:\S+ ){0,2}?suicide note|"
    r"(?:locked|has locked|shut|barricaded|is locked) (?:herself|himself|themselves|themself)? ?in "
    r"(?:the |her |his |their |a |our )?(?:bathroom|room|bedroom|toilet|loo|shower|garage|car|closet|"
    r"wardrobe) (?:\S+ ){0,8}?(?:with|has|took|taking|holding|and (?:\S+ ){0,3}?(?:has|took)) (?:\S+ )?"
    r"(?:knife|knives|blade|blades|razor|razors|razor blade|pills|tablets|scissors|rope|belt|cord|bleach|"
    r"broken glass)\b"
)
_BYE_EN = (
    r"(?:posted|wrote|sent|put up|put|uploaded|shared|left|made|texted|messaged|dmed|snapped|tweeted) "
    r"(?:\S+ ){0,4}?(?:goodbye|good bye|farewell|bye forever|suicide note|last message|final message|"
    r"letter saying goodbye)|said (?:goodbye|bye) to (?:everyone|everybody|all of us|us all|us|me|the "
    r"world|all)|(?:texted|messaged|told|sent|wrote) (?:me|us|everyone|everybody|all of us) (?:\S+ )"
    r"{0,4}?(?:goodbye|bye forever|(?:she|he|they) (?:loves|loved|love) (?:us|me|everyone|you all)|sorry "
    r"for everything|thank you for everything|thanks for everything)"
)
_UNREACH_EN = (
    r"(?:is not|isn't|not|no longer|stopped|will not|won't|does not|doesn't|has not|hasn't|never|did "
    r"not|didn't) (?:\S+ )?(?:answering|answer|answered|replying|reply|replied|responding|respond|"
    r"responded|picking up|pick up|picked up|reading|opening)\b|(?:no one|nobody|none of us) (?:can|could) "
    r"(?:\S+ )?(?:reach|contact|get hold of|get through to|find) (?:her|him|them)\b|"
    r"(?:her|his|their) (?:phone|cell|mobile) "
    r"(?:is|went|was|has been) (?:\S+ )?(?:off|dead|offline)\b|(?:goes|going|went|keeps going) "
    r"(?:straight )?to voicemail|(?:no one|nobody|none of us|we|i) (?:can not|can't|cannot|could not|"
    r"couldn't) (?:\S+ )?(?:reach|contact|get hold of|get through to|call|find) (?:her|him|them)\b|"
    r"(?:location|snap map|snapmap|find my) (?:\S+ ){0,2}?(?:off|gone|disappeared)\b|(?:is|went|has been) "
    r"(?:\S+ )?offline|left (?:us|me|everyone) on (?:read|delivered)|(?:nobody|no one) knows where "
    r"(?:she|he|they) (?:is|are)"
)
_TRIG_EN = (
    _REL_EN.replace("|", " ").replace("neighbou?r", "neighbour neighbor") + " girl boy kid guy person "
    "student someone mine she he they"
)
_BYE_GUARD_EN = (
    r"moving|moved|move to|leaving (?:the )?(?:group|gc|chat|server|school|country|city|town|team|club|"
    r"class)|left the (?:group|gc|chat|server)|holidays?|vacation|trip|camp|flight|plane|airport|abroad|"
    r"exchange|new school|new phone|no signal|no wifi|no internet|no service|battery|grounded|took (?:her|"
    r"his|their) phone|confiscated|break from|detox|taking a break|quitting|graduat\w*|last day|end of "
    r"(?:the )?(?:year|term)|boarding school|sleepover|festival"
)

# -- es ("y" reads "why" in the phrase form) -------------------------------------------------
_WHO_ES = (
    r"(?<!si )(?<!cuando )(?<!pasado )(?<!anos )(?<!meses )(?<!imagina )(?<!supongamos )(?:"
    r"(?:mi|nuestra|nuestro) (?:mejor |hermana |hermano )?(?:amiga|amigo|hermana|hermano|hermanita|"
    r"hermanito|prima|primo|companera|companero|compa|novia|novio|vecina|vecino|madre|padre|mama|papa|"
    r"tia|tio|bestie|mejor amiga|mejor amigo|crush|ex|pana|parcera|parcero|colega)|"
    r"(?:una|un) (?:chica|chico|nina|nino|companera|companero|amiga|amigo|piba|pibe) (?:de|en) "
    r"(?:mi|nuestra|nuestro|la) (?:clase|colegio|escuela|insti|instituto|curso|grupo|equipo|salon)|"
    r"alguien de mi (?:clase|colegio|curso|grupo|salon)|"
    r"(?:ella|el) (?:me|nos) (?:acaba de |acababa de )?(?:escribio|escribir|mando|mandar|dijo|decir|"
    r"envio|enviar|llamo|llamar))"
)
_GUARD_ES = (
    r"ano pasado|hace (?:\w+ )?(?:anos|meses|semanas)|cuando (?:era|eramos) (?:pequen\w+|chic\w+|nin\w+)|"
    r"(?:ya|ahora) (?:esta|estan) (?:bien|mejor|a salvo)|esta bien ahora|recibio ayuda|consiguio ayuda|"
    r"se recupero|serie|temporada|capitulo|episodio|pelicula|peli|libro|novela|anime|manga|personaje|"
    r"netflix|noticias?|articulo|documental|en el juego|minecraft|roblox|fortnite|pocion|sin querer|"
    r"por accidente|accidentalmente|cocinando|cortando (?:cebolla|pan|verdura)|afeitando\w*|se cayo|"
    r"vidrio roto|para (?:su|la|el) (?:alergia|cabeza|dolor|regla|gripe|fiebre|migrana|asma)|"
    r"hipotetic\w+|por ejemplo|aprendimos|taller|que hacer si|que hacer cuando"
)
_PILLS_ES = (
    r"pastillas|pastis|pildoras|comprimidos|medicamentos|medicinas|remedios|calmantes|analgesicos|"
    r"paracetamol|ibuprofeno|antidepresivos|somniferos|clonazepam|emoji_pill"
)
_LOTS_ES = (
    r"muchas|muchos|un monton de|demasiadas|un punado de|todas (?:sus|las|mis)|todos (?:sus|los)|"
    r"toda (?:la|su) (?:caja|tira|botella|blister|cajita)|una caja entera|una caja|un bote|un frasco|"
    r"una tira|un blister|una cajita|la caja entera|dos cajas|(?:como |unas |unos |mas de )?(?:[1-9]\d+|"
    r"veinte|treinta|cuarenta|cincuenta|cien)"
)
_ACTS_ES = (
    r"(?:se tomo|se ha tomado|tomo|se trago|se ha tragado|trago|se bebio|ingirio|se metio|se esta tomando|"
    r"se esta tragando|se tomaron) (?:\S+ ){0,2}?(?:" + _LOTS_ES + r") (?:\S+ ){0,3}?(?:" + _PILLS_ES
    + r")\b|sobredosis\b|"
    r"(?:se tomo|tomo|se bebio|bebio|se trago|trago|ingirio|se ha bebido|se ha tomado|esta tomando) "
    r"(?:\S+ ){0,3}?(?:lejia|cloro|veneno|matarratas|lavandina|detergente|desinfectante|amoniaco|"
    r"salfuman|producto de limpieza|liquido de limpieza|anticongelante|insecticida|raticida)\b|"
    r"(?:se corto|se ha cortado|se esta cortando|se corta|se rajo|se raja) (?:\S+ ){0,5}?(?:muy "
    r"(?:hondo|profundo|fuerte|mal)|profundo|hondo|las venas|las munecas|la muneca|(?:no|why no) (?:para|"
    r"deja) de sangrar|sangra mucho|sangrando mucho|mucha sangre|sangre por todos lados|ahora mismo)\b|"
    r"(?:se corto|se abrio|se esta cortando|cortarse) las venas\b|"
    r"(?:va a|se va a|quiere|dice que (?:se )?va a|dijo que (?:se )?iba a|amenaza con|esta a punto de|"
    r"intenta) (?:tirar(?:se)?|saltar|lanzar(?:se)?|aventar(?:se)?) (?:\S+ ){0,3}?(?:puente|azotea|tejado|"
    r"techo|edificio|ventana|balcon|vias|tren|acantilado|cornisa|terraza)\b|"
    r"(?:esta|estan|se subio|subida|subido|parada|parado|sentada|sentado) (?:\S+ ){0,2}?(?:en|a) (?:la |el |"
    r"las |lo alto del )?(?:azotea|tejado|techo|puente|cornisa|vias|borde) (?:\S+ ){0,12}?(?:tirar\w*|"
    r"saltar|matar\w*|morir\w*|despedi\w*|adios)\b|"
    r"(?:(?:quiere|va a|se va a|dice que (?:se )?va a|dijo que (?:se )?iba a|piensa|planea|esta a punto "
    r"de) (?:matarse|suicidarse|morirse|morir|quitarse la vida|acabar con (?:todo|su vida)|ahorcarse|"
    r"tirarse|hacerlo)|(?:se va a|se quiere|dice que se va a|dijo que se iba a) (?:matar|suicidar|morir|"
    r"ahorcar|tirar)) (?:\S+ ){0,3}?(?:esta noche|hoy|ahora|ahora mismo|ya|despues de clase|cuando (?:todos|sus "
    r"padres) (?:se )?duerman)\b|"
    r"esta a punto de (?:matarse|suicidarse|quitarse la vida)|esta intentando (?:matarse|suicidarse)|"
    r"tiene un plan para (?:matarse|suicidarse|morir|quitarse la vida)|(?:escribio|dejo|publico|mando) "
    r"(?:\S+ ){0,2}?(?:carta|nota) (?:de )?suicid\w*|"
    r"(?:se encerro|se ha encerrado|esta encerrad[ao]) (?:\S+ ){0,6}?(?:cuchilla|cuchillas|cuchillo|"
    r"navaja|cuter|tijeras|pastillas|cuerda|soga|cinturon|lejia|hoja de afeitar|gillette)\b"
)
_BYE_ES = (
    r"(?:subio|publico|puso|posteo|mando|envio|escribio|dejo|compartio|subiendo) (?:\S+ ){0,4}?"
    r"(?:despedida|adios|ultimo mensaje|nota de suicidio)|se despidio de (?:todos|todo el mundo|nosotros|"
    r"mi)|(?:nos|me|les) (?:\S+ ){0,3}?(?:dijo|escribio|mando) (?:\S+ ){0,3}?(?:adios|que nos quiere|que "
    r"(?:me|nos|los) quiere|perdon por todo|gracias por todo|lo siento por todo)"
)
_UNREACH_ES = (
    r"(?:no|why no|ya no) (?:\S+ )?(?:contesta|responde|coge|agarra|atiende|lee|abre|aparece|esta en "
    r"linea)\b|(?:su|el) (?:movil|celular|telefono|cel|cell) (?:\S+ ){0,2}?(?:apagado|apagao|muerto|"
    r"buzon)|(?:no|why no) (?:\S+ )?(?:podemos|puedo|puede|pueden|consigo|conseguimos|logramos|logro) "
    r"(?:\S+ )?(?:contactar\w*|localizar\w*|ubicar\w*|hablar|comunicarnos|comunicarme|encontrar\w*)|"
    r"nadie (?:\S+ )?(?:sabe (?:nada )?de (?:ella|el)|la (?:localiza|encuentra)|lo (?:localiza|encuentra)|"
    r"puede (?:contactar\w*|localizar\w*|hablar))|me dejo en visto|desconectad[oa]|salta el buzon|"
    r"(?:la|su) ubicacion (?:\S+ )?(?:apagada|desactivada)"
)
_BYE_GUARD_ES = (
    r"se muda|mudanza|se mudo|mudarse|se va a vivir|(?:sale|salio|se sale|se salio|deja|dejo) (?:\S+ )?"
    r"(?:grupo|chat|servidor)|vacaciones|viaje|campamento|vuelo|avion|aeropuerto|intercambio|"
    r"extranjero|cole nuevo|colegio nuevo|movil nuevo|sin cobertura|sin wifi|sin internet|sin datos|"
    r"sin bateria|castigad[oa]|le quitaron el (?:movil|celular|telefono)|descanso de (?:las )?redes|"
    r"detox|se gradu\w*|fin de curso|ultimo dia"
)

# -- fr ---------------------------------------------------------------------------------------
_WHO_FR = (
    r"(?<!si )(?<!quand )(?<!derniere )(?<!dernier )(?<!ans )(?<!mois )(?<!imagine )(?:"
    r"(?:ma|mon|notre) (?:meilleure? |petite? |grande? )?(?:amie?|pote|copine|copain|soeur|frere|"
    r"cousine?|camarade|voisine?|mere|pere|maman|papa|tante|oncle|meuf|mec|bff|reuf|cop's)|"
    r"(?:une|un) (?:fille|gars|garcon|eleve|camarade|amie?|meuf) (?:de|dans) (?:ma|mon|notre) (?:classe|"
    r"ecole|college|lycee|groupe|equipe)|quelqu'un de (?:ma|notre) classe|"
    r"(?:elle|il) (?:vient de m'|m'a |nous a |m'a juste )(?:ecrire|ecrit|envoye|dit|appele|texte))"
)
_GUARD_FR = (
    r"l'annee derniere|l'an dernier|l'ete dernier|il y a (?:\w+ )?(?:ans|mois|semaines)|quand (?:on|"
    r"j'|nous) (?:etait|etais|etions)|(?:elle|il) va (?:bien|mieux) maintenant|va mieux|s'en est sortie?|"
    r"a ete aidee?|a recu de l'aide|est guerie?|serie|saison|episode|film|livre|roman|anime|manga|"
    r"personnage|netflix|infos?|journal|article|documentaire|dans le jeu|minecraft|roblox|fortnite|potion|"
    r"sans faire expres|par accident|accidentellement|en cuisinant|en se rasant|est tombee?|verre casse|"
    r"pour (?:sa|son|ses) (?:mal de tete|allergie|allergies|regles|rhume|grippe|fievre|migraine|asthme)|"
    r"hypothese|par exemple|on a appris|atelier|quoi faire si|que faire si"
)
_PILLS_FR = (
    r"cachets|comprimes|medicaments|medocs|pilules|somniferes|antidepresseurs|doliprane|paracetamol|"
    r"anxiolytiques|emoji_pill"
)
_LOTS_FR = (
    r"plein|beaucoup|trop|une poignee|tous (?:ses|les|mes)|toute (?:la|sa) (?:boite|plaquette|"
    r"bouteille)|une boite(?: entiere)?|une plaquette(?: entiere)?|la boite(?: entiere)?|une bouteille|"
    r"deux boites|(?:genre |environ |au moins )?(?:[1-9]\d+|vingt|trente|quarante|cinquante|cent)"
)
_ACTS_FR = (
    r"(?:a avale|a pris|avale|vient d'avaler|vient de prendre|a gobe|est en train d'avaler|a bu|s'est "
    r"enfile) (?:\S+ ){0,2}?(?:" + _LOTS_FR + r") (?:\S+ ){0,3}?(?:d')?(?:" + _PILLS_FR + r")\b|"
    r"(?:overdose|surdose)\b|"
    r"(?:a bu|a avale|vient de boire|vient d'avaler|boit) (?:\S+ ){0,3}?(?:de l'|l')?(?:javel|eau de "
    r"javel|poison|mort aux rats|produit (?:menager|de nettoyage|vaisselle)|detergent|desinfectant|"
    r"antigel|white spirit|destop|ammoniaque)\b|"
    r"(?:s'est|se) (?:\S+ )?(?:coupee?|ouvert|ouverte|taillade|tailladee|scarifiee?) (?:\S+ ){0,5}?"
    r"(?:profond\w*|tres fort|gravement|grave|les veines|les poignets|le poignet|(?:ca|elle|il) (?:ne )?"
    r"(?:s'arrete|arrete) (?:pas|plus) de saigner|saigne (?:beaucoup|enormement|partout)|plein de sang|"
    r"du sang partout|en ce moment)\b|(?:s'est ouvert|s'ouvre|se taillade|s'est taillade) les veines\b|"
    r"(?:va|veut|menace de|dit qu'(?:elle|il) va|a dit qu'(?:elle|il) allait|est sur le point de|est en "
    r"train de) (?:se )?(?:jeter|sauter) (?:\S+ ){0,3}?(?:pont|toit|immeuble|fenetre|balcon|falaise|"
    r"voies?|rails|train|corniche|terrasse)\b|"
    r"(?:est|se trouve|est montee?|est assise?|est debout) (?:\S+ ){0,2}?(?:sur|au bord) (?:le |la |les |"
    r"du |de la )?(?:toit|pont|rebord|voies|rails|corniche|bord du pont|bord du toit|falaise) (?:\S+ )"
    r"{0,12}?(?:sauter|jeter|mourir|tuer|adieu)\b|"
    r"(?:veut|va|dit qu'(?:elle|il) va|a dit qu'(?:elle|il) allait|compte|prevoit de|est sur le point "
    r"de) (?:se suicider|se tuer|mourir|mettre fin a ses jours|en finir|se pendre|sauter|le faire) (?:\S+ )"
    r"{0,3}?(?:ce soir|aujourd'hui|maintenant|tout de suite|cette nuit|apres les cours|quand (?:tout le "
    r"monde|ses parents) (?:dort|dormira|dorment|seront couches))\b|"
    r"est sur le point de (?:se suicider|se tuer|mettre fin a ses jours)|a un plan pour (?:se suicider|"
    r"se tuer|mourir|en finir)|(?:a ecrit|a laisse|a poste|a envoye) (?:\S+ ){0,2}?lettre de suicide|"
    r"(?:s'est enfermee?|est enfermee?|s'enferme) (?:\S+ ){0,8}?(?:lame|lames|couteau|couteaux|rasoir|"
    r"cutter|ciseaux|cachets|medicaments|comprimes|corde|ceinture|javel)\b"
)
_BYE_FR = (
    r"(?:a poste|a publie|a mis|a envoye|a ecrit|a laisse|a partage|poste|publie) (?:\S+ ){0,4}?(?:adieu|"
    r"adieux|au revoir|d'adieu|dernier message)|a dit (?:adieu|au revoir) a (?:tout le monde|tous|nous|"
    r"moi)|(?:nous|m'a|leur|lui) (?:a )?(?:\S+ ){0,2}?(?:ecrit|dit|envoye) (?:\S+ ){0,4}?(?:adieu|"
    r"qu'(?:elle|il) nous aime|qu'(?:elle|il) m'aime|pardon pour tout|merci pour tout|desolee? pour tout)"
)
_UNREACH_FR = (
    r"(?:ne |n')?(?:\S+ )?(?:repond|decroche|lit|repondra) (?:\S+ )?(?:pas|plus)\b|(?:son|le) (?:telephone|"
    r"tel|portable|phone) (?:\S+ ){0,2}?(?:eteint|coupe|off|messagerie|repondeur)|tombe (?:direct |"
    r"directement )?sur (?:la |sa )?(?:messagerie|repondeur)|(?:personne|on|je|j') (?:\S+ ){0,2}?"
    r"(?:arrive|n'arrive|n'arrivons|arrivons|peut|peux) (?:\S+ ){0,2}?(?:joindre|contacter|trouver)|"
    r"personne ne sait ou (?:elle|il) est|(?:est|a ete) (?:\S+ )?hors ligne|m'a laisse en vu"
)
_BYE_GUARD_FR = (
    r"demenag\w*|quitte (?:\S+ )?(?:le groupe|la conv|le serveur|l'ecole|le pays)|vacances|voyage|colo|"
    r"colonie|camp|avion|aeroport|echange|etranger|nouvelle ecole|nouveau telephone|pas de reseau|pas de "
    r"wifi|pas d'internet|plus de batterie|batterie|punie?|confisque|pause (?:des )?reseaux|detox|fin "
    r"d'annee|dernier jour|internat"
)

# every match holds one of these (stems of the acts and the goodbyes): a message without
# any is skipped before the patterns run
_TX_EN = (
    "pill|tablet|meds|medic|painkiller|paracetamol|ibuprofen|tylenol|advil|aspirin|panadol|antidepress|"
    "prescription|insulin|xanax|emoji_pill|overdos|od'd|od ed|an od|a od|bleach|poison|cleaning|detergent|"
    "antifreeze|drain|pesticide|weed|lighter fluid|chlorine|disinfectant| pod|dettol|domestos|lysol|self|"
    "wrist| arm| leg|thigh|throat|jump|roof|bridge|ledge|track|rail|cliff|top of|kill|end it|end her|"
    "end his|end their|own life|her life|his life|their life|die|suicid|unalive|hang|a plan|lock|shut|"
    "barricad|bye|farewell|last message|final message|love us|loves us|loved us|love me|loves me|"
    "loved me|loves everyone|loved everyone|love everyone|love you all|for everything"
)
_TX_ES = (
    "pastill|pastis|pildora|comprimido|medicament|medicina|remedio|calmante|analgesico|paracetamol|"
    "ibuprofeno|antidepresivo|somnifero|clonazepam|emoji_pill|sobredosis|lejia|cloro|veneno|matarratas|"
    "lavandina|detergente|desinfectante|amoniaco|salfuman|limpieza|anticongelante|insecticida|raticida|"
    "corto|cortado|cortando|corta|rajo|raja|venas|tirar|saltar|lanzar|aventar|azotea|tejado|techo|puente|"
    "cornisa|vias|borde|matar|suicid|morir|quitarse|acabar con|ahorcar|hacerlo|encerr|despedi|despid|adios|"
    "ultimo mensaje|quiere|por todo"
)
_TX_FR = (
    "cachet|comprime|medicament|medoc|pilule|somnifere|antidepresseur|doliprane|paracetamol|anxiolytique|"
    "emoji_pill|overdose|surdose|javel|poison|mort aux rats|produit|detergent|desinfectant|antigel|"
    "white spirit|destop|ammoniaque|coupe|ouvert|taillad|scarifi|veines|jeter|sauter|toit|pont|rebord|"
    "voies|rails|corniche|falaise|suicid|tuer|mourir|mettre fin|en finir|pendre|le faire|enferm|adieu|"
    "au revoir|dernier message|aime|pour tout"
)

_NB = r"(?<!\S)"  # start of a word in scripts whose vowel signs are not word characters


def _rule(triggers: str, texts: str, pattern: str) -> Rule:
    return _texts(rule("self_harm:others_acute", "self_harm", triggers, pattern, framed="generic"), texts)


RULES: list[Rule] = [
    _rule(_TRIG_EN, _TX_EN + "|" + TEXTS["en"],
          _acute_more("en", _WHO_EN, _GUARD_EN, _ACTS_EN, _BYE_EN, _UNREACH_EN, _BYE_GUARD_EN)),
    _rule("mi nuestra nuestro una un alguien ella el", _TX_ES + "|" + TEXTS["es"],
          _acute_more("es", _WHO_ES, _GUARD_ES, _ACTS_ES, _BYE_ES, _UNREACH_ES, _BYE_GUARD_ES)),
    _rule("ma mon notre une un quelqu'un elle il", _TX_FR + "|" + TEXTS["fr"],
          _acute_more("fr", _WHO_FR, _GUARD_FR, _ACTS_FR, _BYE_FR, _UNREACH_FR, _BYE_GUARD_FR)),
]
