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
"""

from __future__ import annotations

from .normalise import fold_pattern
from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule, rule


def _texts(r: Rule, texts: str) -> Rule:
    """`r` skipped unless the message holds one of `texts` ("|"-separated): the
    stems of its acts and goodbyes, one of which every match contains (the
    person alone, "my friend", is in too many messages to run the patterns)."""
    return with_texts(r, tuple(fold_pattern(texts).split("|")))


def _acute(who: str, guard: str, acts: str, bye: str, unreach: str, bye_guard: str,
           b: str = r"\b", pre: str = "", end: str = r"\b", spaced: bool = True) -> str:
    """The person, then an acute act (with no guard anywhere after the person), or a
    goodbye and being unreachable in either order (and no everyday reason
    for the goodbye).  `b`: the boundary before each part ("(?<!\\S)" for
    Arabic and Devanagari, whose vowel signs are not word characters; "" for
    Chinese) and `end` the one after the person; `pre`: an optional clitic
    before each part (Arabic "و", "ف").  Spaced text is crossed a word at a
    time (about 20 words to the act, 28 between a goodbye and the silence,
    55 for a guard): the parts are only tried at word starts."""
    if spaced:
        gap, far, rest = r" (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,28}?", r" (?:\S+ ){0,55}?"
    else:
        gap, far, rest = ".{0,60}?", ".{0,80}?", ".{0,150}?"
    byes = (
        rf"(?:{gap}{b}{pre}(?:{bye}){far}{b}{pre}(?:{unreach})|{gap}{b}{pre}(?:{unreach}){far}{b}{pre}"
        rf"(?:{bye}))"
    )
    # the guards (long scans) only once the rest has matched: the rest in a lookahead first
    body = rf"(?:{gap}{b}{pre}(?:{acts})|(?={byes})(?!{rest}{b}(?:{bye_guard})){byes})"
    return rf"{b}(?:{who}){end}(?={body})(?!{rest}{b}(?:{guard})){body}"


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

# -- pt ---------------------------------------------------------------------------------------
_WHO_PT = (
    r"(?<!se )(?<!quando )(?<!passado )(?<!anos )(?<!meses )(?<!imagina )(?:"
    r"(?:minha|meu|nossa|nosso) (?:melhor |melhores )?(?:amiga|amigo|irma|irmao|irmaozinho|irmazinha|"
    r"prima|primo|colega|namorada|namorado|vizinha|vizinho|mae|pai|tia|tio|bff|parca|parceira|crush|ex|"
    r"miga|migo|bestie)|(?:uma|um) (?:menina|menino|garota|garoto|colega|amiga|amigo|aluna|aluno|guria|"
    r"guri|mina|mano) (?:da|de|do|na|no) (?:minha |meu |nossa |nosso )?(?:sala|turma|escola|classe|"
    r"colegio|grupo|time)|alguem da (?:minha|nossa) (?:sala|turma|escola)|"
    r"(?:ela|ele) (?:acabou de )?(?:me )?(?:mandou|escreveu|falou|disse|ligou|mandar|escrever|falar) "
    r"(?:pra mim|para mim|que))"
)
_GUARD_PT = (
    r"ano passado|ha (?:\w+ )?(?:anos|meses|semanas)|anos atras|meses atras|quando (?:a gente|eu|nos) "
    r"(?:era|eramos)|(?:ja|agora) (?:esta|ta) (?:bem|melhor|segura?)|(?:ta|esta) bem agora|recebeu ajuda|"
    r"conseguiu ajuda|se recuperou|serie|temporada|episodio|filme|livro|romance|anime|manga|personagem|"
    r"netflix|noticia\w*|jornal|reportagem|documentario|no jogo|minecraft|roblox|fortnite|pocao|sem "
    r"querer|por acidente|acidentalmente|cozinhando|cortando (?:cebola|pao|legumes)|se barbeando|caiu|"
    r"vidro quebrado|para (?:a|sua) (?:alergia|dor de cabeca|colica|gripe|febre|enxaqueca|asma)|por "
    r"exemplo|aprendemos|oficina|o que fazer se|o que fazer quando|hipotetic\w+"
)
_PILLS_PT = (
    r"remedios|comprimidos|pilulas|medicamentos|calmantes|analgesicos|paracetamol|antidepressivos|"
    r"rivotril|dipirona|tylenol|emoji_pill"
)
_LOTS_PT = (
    r"muitos|muitas|um monte de|varios|varias|todos os|todas as|todos (?:os )?(?:seus|dela|dele)|uma "
    r"cartela(?: inteira)?|uma caixa(?: inteira)?|um vidro(?: inteiro)?|um frasco(?: inteiro)?|a cartela"
    r"(?: inteira)?|a caixa(?: inteira)?|o vidro(?: inteiro)?|duas cartelas|(?:tipo |uns |umas |mais de )?"
    r"(?:[1-9]\d+|vinte|trinta|quarenta|cinquenta|cem)"
)
_ACTS_PT = (
    r"(?:tomou|engoliu|bebeu|ingeriu|ta tomando|esta tomando|acabou de tomar|acabou de engolir) (?:\S+ )"
    r"{0,2}?(?:" + _LOTS_PT + r") (?:\S+ ){0,3}?(?:" + _PILLS_PT + r")\b|overdose\b|"
    r"(?:tomou|bebeu|engoliu|ingeriu|acabou de beber) (?:\S+ ){0,3}?(?:agua sanitaria|candida|veneno|"
    r"chumbinho|desinfetante|detergente|produto de limpeza|soda caustica|alvejante|cloro|raticida|"
    r"veneno de rato)\b|"
    r"(?:se cortou|se cortando|ta se cortando|esta se cortando|se mutilou|se machucou) (?:\S+ ){0,5}?"
    r"(?:muito fundo|fundo|feio|pulsos?|(?:nao|why nao) para de sangrar|sangrando muito|muito sangue|"
    r"sangue pra todo lado|sangue por todo lado|agora)\b|cortou (?:os|o) pulsos?\b|"
    r"(?:vai|quer|disse que vai|falou que vai|ameacou|ameaca|esta prestes a|ta prestes a|ta querendo|esta "
    r"querendo) (?:se )?(?:pular|jogar|atirar|se jogar|se atirar) (?:\S+ ){0,3}?(?:ponte|telhado|predio|"
    r"janela|sacada|varanda|penhasco|trilhos?|trem|viaduto|terraco|laje)\b|"
    r"(?:ta|esta|subiu|sentada|sentado|em pe) (?:\S+ ){0,2}?(?:em cima|no|na|nos) (?:\S+ ){0,2}?(?:telhado|"
    r"ponte|predio|trilhos?|beirada|laje|terraco|viaduto) (?:\S+ ){0,12}?(?:pular|jogar|se matar|morrer|"
    r"despedi\w*|adeus)\b|"
    r"(?:quer|vai|disse que vai|falou que vai|pretende|planeja|ta pensando em|esta prestes a) (?:se matar|"
    r"morrer|tirar a (?:propria )?vida|acabar com tudo|se enforcar|fazer isso|se suicidar) (?:\S+ ){0,3}?"
    r"(?:hoje a noite|hoje|agora|agora mesmo|essa noite|esta noite|depois da aula|quando (?:todo mundo|os "
    r"pais dela|os pais dele) dormir)\b|"
    r"esta prestes a (?:se matar|se suicidar)|tem um plano (?:pra|para) (?:se matar|morrer|se suicidar)|"
    r"(?:escreveu|deixou|postou|mandou) (?:\S+ ){0,2}?carta de suicidio|"
    r"(?:se trancou|ta trancada|esta trancada|ta trancado|esta trancado) (?:\S+ ){0,8}?(?:lamina|laminas|"
    r"gilete|faca|facas|navalha|estilete|tesoura|remedios|comprimidos|corda|cinto|agua sanitaria)\b"
)
_BYE_PT = (
    r"(?:postou|publicou|mandou|escreveu|deixou|compartilhou|colocou|botou) (?:\S+ ){0,4}?(?:despedida|"
    r"adeus|ultima mensagem|carta de suicidio)|se despediu de (?:todo mundo|todos|nos|mim|geral)|"
    r"(?:me|nos) (?:\S+ ){0,2}?(?:mandou|escreveu|disse|falou) (?:\S+ ){0,4}?(?:adeus|que (?:me|nos) ama|"
    r"desculpa por tudo|obrigad[oa] por tudo|perdao por tudo)"
)
_UNREACH_PT = (
    r"(?:nao|why nao|ja nao) (?:\S+ )?(?:atende|responde|visualiza|le|aparece|esta online|ta online)\b|"
    r"(?:celular|telefone|cel|zap) (?:dela|dele) (?:\S+ ){0,2}?(?:desligado|caixa postal|morto)|"
    r"(?:da|cai) (?:direto )?(?:na )?caixa postal|ninguem (?:\S+ ){0,2}?(?:consegue|sabe) (?:\S+ ){0,2}?"
    r"(?:falar|contato|achar|encontrar|onde (?:ela|ele) (?:esta|ta))|(?:nao|why nao) (?:\S+ )?(?:consigo|"
    r"conseguimos|consegue|conseguem) (?:\S+ )?(?:falar|contato|achar|encontrar)|visualizou e nao "
    r"respondeu|(?:ta|esta) offline"
)
_BYE_GUARD_PT = (
    r"mudando|mudar|mudou|mudanca|(?:saindo|saiu|sair) (?:\S+ )?(?:do grupo|do servidor|da escola|do "
    r"pais)|ferias|viagem|viajando|acampamento|voo|aviao|aeroporto|intercambio|exterior|escola nova|"
    r"celular novo|sem sinal|sem wifi|sem internet|sem bateria|de castigo|tomaram o celular|detox|pausa "
    r"das redes|formatura|ultimo dia"
)

# -- de ("im" reads "i am" in the phrase form) -------------------------------------------------
_WHO_DE = (
    r"(?<!wenn )(?<!falls )(?<!jahr )(?<!sommer )(?<!winter )(?<!monaten )(?<!jahren )(?<!vor )(?:"
    r"(?:meine|mein|unsere|unser) (?:beste |bester |kleine |kleiner |grosse |grosser |altere |alterer |"
    r"jungere |jungerer )?(?:freundin|freund|schwester|bruder|cousine|cousin|kusine|klassenkameradin|"
    r"klassenkamerad|mitschulerin|mitschuler|kumpel|mama|mutter|papa|vater|tante|onkel|nachbarin|nachbar|"
    r"bff|bestie|ex|bestfriend)|(?:ein|eine) (?:madchen|junge|typ|freundin|freund|mitschulerin|mitschuler) "
    r"(?:aus|in) (?:meiner|unserer) (?:klasse|schule|stufe|gruppe|mannschaft)|jemand aus (?:meiner|"
    r"unserer) (?:klasse|schule|stufe)|(?:sie|er) hat (?:mir|uns) (?:gerade |eben |grad )?(?:geschrieben|"
    r"geschickt|gesagt))"
)
_GUARD_DE = (
    r"letztes jahr|letzten (?:sommer|winter|monat)|vor (?:\w+ )?(?:jahren|monaten|wochen)|vor einem jahr|"
    r"als wir (?:klein|kinder|junger)|(?:ist|geht es (?:ihr|ihm)|gehts (?:ihr|ihm)) (?:jetzt |wieder |"
    r"inzwischen )+(?:gut|besser|okay|ok|gesund|stabil)|hat hilfe bekommen|bekommt hilfe|hat sich "
    r"erholt|serie|staffel|folge|film|buch|roman|anime|manga|figur|charakter|netflix|nachrichten|"
    r"artikel|doku|(?:im|i am) spiel|minecraft|roblox|fortnite|trank|aus versehen|versehentlich|beim "
    r"kochen|beim schneiden|beim rasieren|gestolpert|hingefallen|scherben|gegen (?:ihre|seine) "
    r"(?:kopfschmerzen|allergie|regelschmerzen|erkaltung|migrane|asthma)|zum beispiel|haben wir gelernt|"
    r"(?:im|i am) unterricht|workshop|was tun wenn|was man tun soll|hypothetisch"
)
_PILLS_DE = (
    r"tabletten|pillen|medikamente|schlaftabletten|antidepressiva|schmerztabletten|ibuprofen|paracetamol|"
    r"emoji_pill"
)
_LOTS_DE = (
    r"viele|ganz viele|zu viele|eine menge|einen haufen|alle (?:ihre|seine|ihren|seinen|die)|alle|"
    r"eine ganze (?:packung|schachtel|dose|flasche|blister)|die ganze (?:packung|schachtel|dose|flasche)|"
    r"eine packung|eine schachtel|zwei packungen|(?:so |ungefahr |etwa |bestimmt |uber )?(?:[1-9]\d+|"
    r"zwanzig|dreissig|vierzig|funfzig|hundert)"
)
_ACTS_DE = (
    r"(?:" + _LOTS_DE + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r") (?:\S+ ){0,3}?(?:geschluckt|genommen|"
    r"eingenommen|eingeworfen|reingeworfen|gefressen)\b|(?:schluckt|nimmt|schluckte|nahm) (?:gerade )?"
    r"(?:\S+ )?(?:" + _LOTS_DE + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r")\b|uberdosis\b|"
    r"(?:bleiche|bleichmittel|gift|rattengift|putzmittel|reinigungsmittel|abflussreiniger|"
    r"desinfektionsmittel|frostschutzmittel|domestos|chlorreiniger|wc reiniger|spulmittel) (?:\S+ ){0,3}?"
    r"(?:getrunken|geschluckt|gegessen)\b|(?:trinkt|schluckt|trank) (?:\S+ ){0,3}?(?:bleiche|gift|"
    r"putzmittel|rattengift|reinigungsmittel)\b|"
    r"(?:tief|schlimm|krass|heftig|die pulsadern|die handgelenke|das handgelenk|die arme) (?:\S+ ){0,3}?"
    r"(?:geritzt|geschnitten|aufgeschnitten|aufgeritzt)\b|(?:geritzt|geschnitten|aufgeschnitten) (?:\S+ )"
    r"{0,5}?(?:hort nicht auf zu bluten|blutet (?:\S+ )?(?:stark|viel|uberall|doll)|uberall blut)|"
    r"(?:ritzt|schneidet) sich (?:\S+ ){0,3}?(?:gerade|jetzt|tief|die pulsadern)\b|"
    r"(?:will|wird|droht|sagt (?:sie|er) will|hat gesagt (?:sie|er) will) (?:\S+ ){0,5}?(?:von der|von "
    r"dem|vom|aus dem|vor den|vor einen|von einer) (?:\S+ ){0,2}?(?:brucke|dach|hochhaus|fenster|balkon|"
    r"klippe|gleise|zug|parkhaus|turm) (?:\S+ )?(?:springen|sturzen|werfen)\b|"
    r"(?:steht|sitzt|ist) (?:\S+ ){0,3}?(?:auf dem dach|auf der brucke|auf den gleisen|am rand|auf dem "
    r"gelander|auf dem hochhaus) (?:\S+ ){0,12}?(?:springen|sterben|umbringen|abschied\w*)\b|"
    r"(?:will|wird|sagt (?:sie|er) (?:will|wird)|hat gesagt (?:sie|er) (?:will|wird)|plant) (?:sich )?"
    r"(?:\S+ ){0,3}?(?:heute nacht|heute abend|heute|jetzt|gleich|sofort|nach der schule|wenn alle "
    r"schlafen) (?:\S+ ){0,3}?(?:umbringen|sterben|das leben nehmen|suizid begehen|selbstmord begehen|"
    r"aufhangen|springen|ein ende machen|es beenden)\b|(?:hat|hatte) einen plan (?:\S+ ){0,3}?"
    r"(?:umzubringen|zu sterben|das leben zu nehmen)|selbstmordbrief|suizidbrief|"
    r"(?:eingeschlossen|eingesperrt|schliesst sich ein|abgeschlossen) (?:\S+ ){0,8}?(?:klinge|klingen|"
    r"rasierklinge|messer|cutter|schere|tabletten|pillen|seil|strick|gurtel)\b|(?:klinge|klingen|"
    r"rasierklinge|messer|cutter|schere|tabletten|pillen|seil|strick) (?:\S+ ){0,8}?(?:eingeschlossen|"
    r"eingesperrt)\b"
)
_BYE_DE = (
    r"abschied\w*|tschuss fur immer|lebt wohl|lebewohl|letzte nachricht|(?:von allen|von uns|von mir) "
    r"verabschiedet|verabschiedet sich von allen|(?:danke fur alles|sorry fur alles|tut (?:ihr|ihm|mir) "
    r"leid fur alles|entschuldigung fur alles|(?:sie|er) liebt uns)"
)
_UNREACH_DE = (
    r"(?:geht|ging) nicht (?:mehr )?(?:ans|an ihr|an sein|ran)|(?:antwortet|antwortete|reagiert|meldet "
    r"sich|liest) (?:\S+ )?(?:nicht|nicht mehr|gar nicht)\b|(?:ihr|sein) (?:handy|telefon) (?:ist|war) "
    r"(?:\S+ )?(?:aus|ausgeschaltet|tot|off)\b|handy aus|mailbox|(?:niemand|keiner|wir|ich) (?:\S+ ){0,2}?"
    r"(?:erreicht|erreichen|erreiche)\b|(?:ist|war) nicht (?:mehr )?erreichbar|(?:keiner|niemand) weiss "
    r"wo (?:sie|er) ist|offline"
)
_BYE_GUARD_DE = (
    r"umzug|zieht (?:\S+ )?(?:um|weg)|umziehen|weggezogen|verlasst (?:\S+ )?(?:gruppe|chat|server|schule)|"
    r"(?:gruppe|chat|server) verlassen|urlaub|ferien|reise|klassenfahrt|lager|camp|flug|flugzeug|"
    r"flughafen|austausch|ausland|neue schule|neues handy|kein netz|kein wlan|kein internet|akku|"
    r"hausarrest|weggenommen|abgenommen|pause von|detox|abschluss|letzter schultag|internat"
)

# -- it ---------------------------------------------------------------------------------------
_WHO_IT = (
    r"(?<!se )(?<!quando )(?<!scorso )(?<!scorsa )(?<!fa )(?<!immagina )(?:"
    r"(?:la mia|il mio|mia|mio|la nostra|il nostro) (?:migliore )?(?:amica|amico|sorella|fratello|"
    r"sorellina|fratellino|cugina|cugino|compagna|compagno|ragazza|ragazzo|vicina|vicino|mamma|madre|papa|"
    r"padre|zia|zio|bff|crush|ex)|(?:una|un|uno) (?:ragazza|ragazzo|compagna|compagno|amica|amico|tipa|"
    r"tipo) (?:della|di|nella) (?:mia|nostra) (?:classe|scuola|gruppo|squadra)|qualcuno (?:della|nella) "
    r"mia classe|(?:lei|lui) mi ha (?:appena )?(?:scritto|mandato|detto))"
)
_GUARD_IT = (
    r"l'anno scorso|anno scorso|l'estate scorsa|(?:\w+ )?(?:anni|mesi|settimane) fa|un anno fa|quando "
    r"(?:eravamo|ero) (?:piccol\w+|bambin\w+)|(?:ora|adesso) sta (?:bene|meglio)|sta (?:bene|meglio) "
    r"(?:ora|adesso)|ha ricevuto aiuto|e stat[ao] aiutat[ao]|si e ripres\w|serie|stagione|episodio|"
    r"puntata|film|libro|romanzo|anime|manga|personaggio|netflix|notizi\w+|telegiornale|articolo|"
    r"documentario|nel gioco|minecraft|roblox|fortnite|pozione|per sbaglio|per errore|accidentalmente|"
    r"cucinando|tagliando (?:la|il|le) (?:cipolla|pane|verdure)|radendosi|e cadut\w|vetro rotto|per "
    r"(?:il|la|le) (?:mal di testa|allergia|ciclo|raffreddore|influenza|febbre|emicrania|asma)|per "
    r"esempio|ad esempio|abbiamo imparato|laboratorio|cosa fare se|ipotetic\w+"
)
_PILLS_IT = (
    r"pastiglie|pillole|compresse|farmaci|medicine|medicinali|tachipirina|paracetamolo|antidepressivi|"
    r"sonniferi|calmanti|ansiolitici|emoji_pill"
)
_LOTS_IT = (
    r"tante|tanti|un sacco di|troppe|troppi|una manciata di|tutte (?:le )?(?:sue |mie )?|tutti (?:i )?"
    r"(?:suoi )?|una scatola(?: intera)?|un'intera scatola|una confezione(?: intera)?|un flacone(?: "
    r"intero)?|un blister(?: intero)?|la scatola(?: intera)?|due scatole|(?:tipo |circa |almeno |piu di )?"
    r"(?:[1-9]\d+|venti|trenta|quaranta|cinquanta|cento)"
)
_ACTS_IT = (
    r"(?:ha preso|ha ingoiato|ha inghiottito|si e pres[ao]|ha mandato giu|ha bevuto|ha ingerito|sta "
    r"prendendo|ingoia) (?:\S+ ){0,2}?(?:" + _LOTS_IT + r") ?(?:\S+ ){0,3}?(?:" + _PILLS_IT + r")\b|"
    r"overdose\b|"
    r"(?:ha bevuto|ha ingoiato|ha ingerito|beve|ha mandato giu|sta bevendo) (?:\S+ ){0,3}?(?:candeggina|"
    r"varechina|veleno|topicida|veleno per topi|detersivo|detergente|disinfettante|ammoniaca|antigelo|"
    r"acido|prodotto per (?:la pulizia|pulire))\b|"
    r"(?:si e tagliat\w|si sta tagliando|si e ferit\w|si taglia) (?:\S+ ){0,5}?(?:profond\w*|forte|"
    r"molto male|le vene|i polsi|il polso|(?:non )?smette di sanguinare|sanguina (?:tanto|molto|"
    r"tantissimo)|pieno di sangue|sangue dappertutto|sangue ovunque|adesso|ora)\b|"
    r"(?:vuole|sta per|dice che (?:si )?(?:vuole|sta per|va a)|ha detto che (?:si )?(?:vuole|voleva|stava "
    r"per)|minaccia di) (?:buttarsi|lanciarsi|gettarsi|saltare|buttare) (?:\S+ ){0,3}?(?:ponte|tetto|"
    r"palazzo|finestra|balcone|terrazzo|scogliera|binari|treno|cornicione)\b|"
    r"(?:e|sta|e salit\w|e sedut\w|e in piedi) (?:\S+ ){0,2}?(?:sul|sulla|sui|in cima al|sul bordo del|"
    r"sul cornicione) (?:\S+ )?(?:tetto|ponte|binari|cornicione|terrazzo|palazzo|bordo) (?:\S+ ){0,12}?"
    r"(?:buttarsi|saltare|lanciarsi|morire|ammazzarsi|addio)\b|"
    r"(?:vuole|sta per|dice che (?:vuole|sta per|si vuole)|ha detto che (?:vuole|voleva|si vuole|stava "
    r"per)|ha deciso di|pensa di) (?:\S+ )?(?:uccidersi|ammazzarsi|suicidarsi|morire|togliersi la vita|"
    r"farla finita|impiccarsi|buttarsi|farlo) (?:\S+ ){0,3}?(?:stanotte|stasera|oggi|adesso|ora|subito|"
    r"dopo scuola|quando (?:tutti|i suoi) dormono)\b|sta per (?:uccidersi|ammazzarsi|suicidarsi|togliersi "
    r"la vita)|ha un piano per (?:uccidersi|ammazzarsi|suicidarsi|morire|farla finita)|lettera di "
    r"suicidio|"
    r"(?:si e chius\w|si e barricat\w|e chius\w) (?:\S+ ){0,8}?(?:lametta|lamette|lama|coltello|coltelli|"
    r"rasoio|taglierino|forbici|pastiglie|pillole|corda|cintura|candeggina)\b"
)
_BYE_IT = (
    r"(?:ha postato|ha pubblicato|ha messo|ha mandato|ha scritto|ha lasciato|ha condiviso) (?:\S+ ){0,4}?"
    r"(?:addio|d'addio|ultimo messaggio|lettera di suicidio)|ha salutato tutti|(?:ci|mi) ha (?:\S+ ){0,2}?"
    r"(?:scritto|detto|mandato) (?:\S+ ){0,4}?(?:addio|che ci vuole bene|che mi vuole bene|scusa per "
    r"tutto|grazie di tutto|grazie per tutto|mi dispiace per tutto)"
)
_UNREACH_IT = (
    r"non (?:\S+ )?(?:risponde|rispondera|legge|visualizza|si fa sentire)\b|(?:telefono|cellulare|cell) "
    r"(?:\S+ ){0,2}?(?:spento|staccato|morto|irraggiungibile)|squilla a vuoto|segreteria|nessuno (?:\S+ )"
    r"{0,2}?(?:riesce|sa) (?:\S+ ){0,2}?(?:contattarla|contattarlo|sentirla|sentirlo|raggiungerla|"
    r"raggiungerlo|trovarla|trovarlo|dove sia|dov'e)|non (?:\S+ )?(?:riusciamo|riesco|riescono) (?:\S+ )?"
    r"(?:contattarla|contattarlo|sentirla|sentirlo|raggiungerla|raggiungerlo|trovarla|trovarlo)|"
    r"irraggiungibile|offline|mi ha lasciato (?:\S+ )?visualizzat\w"
)
_BYE_GUARD_IT = (
    r"trasloc\w+|si trasferisce|trasferisc\w+|esce dal (?:gruppo|server)|uscit\w dal (?:gruppo|server)|"
    r"lascia (?:il gruppo|la scuola)|vacanz\w+|viaggio|campo scuola|campeggio|volo|aereo|aeroporto|"
    r"scambio|all'estero|estero|nuova scuola|nuovo telefono|senza campo|niente campo|senza wifi|niente "
    r"wifi|senza internet|batteria|punit\w|in castigo|hanno tolto il telefono|pausa dai social|detox|"
    r"maturita|ultimo giorno"
)

# -- ru (the possessive is often left out: "подруга написала...") --------------------------------
_WHO_RU = (
    r"(?<!если )(?<!когда )(?<!году )(?<!назад )(?<!представь )(?:"
    r"(?:(?:моя|мой|наша|наш) )?(?:лучшая |лучший |младшая |младший |старшая |старший |двоюродная |"
    r"двоюродный )?(?:подруга|подружка|друг|сестра|сестренка|брат|братик|одноклассница|одноклассник|"
    r"девушка|парень|мама|папа|мать|отец|соседка|сосед|тетя|дядя|кузина|кузен)|"
    r"(?:одна|один) (?:девочка|мальчик|парень|девушка) (?:из|в) (?:моего |нашего )?(?:класса|школы|"
    r"группы)|кто[ -]?то из (?:моего |нашего )?класса|(?:она|он) (?:только что )?(?:мне|нам) (?:только "
    r"что )?(?:написала|написал|сказала|сказал|позвонила|позвонил|скинула|скинул))"
)
_GUARD_RU = (
    r"в прошлом году|прошлым летом|(?:\w+ )?(?:лет|года|год|месяцев|месяца|недель) назад|когда (?:мы|я) "
    r"(?:были|был|была) (?:маленьк\w+|младше)|(?:сейчас|теперь|уже) (?:с ней |с ним )?(?:все )?(?:хорошо|"
    r"в порядке|нормально)|ей помогли|ему помогли|получила помощь|получил помощь|выздоровел\w*|"
    r"поправил\w*|сериал\w*|сезон\w*|серии|фильм\w*|книг\w+|роман\w*|аниме|манг\w+|персонаж\w*|"
    r"героин\w+|нетфликс|новост\w+|стать[еияю]|документал\w+|в игре|майнкрафт\w*|роблокс\w*|фортнаит\w*|"
    r"зель\w+|случайно|нечаянно|готовил\w*|резал\w* (?:хлеб|овощи|лук)|брил\w+|упал\w*|разбит\w+ стекл\w+|"
    r"от (?:головы|головнои боли|аллергии|простуды|температуры|мигрени|астмы)|например|на уроке|нас "
    r"учили|мы проходили|что делать если|гипотетически"
)
_PILLS_RU = (
    r"таблет\w*|колес\w*|лекарств\w*|снотворн\w*|антидепрессант\w*|пилюл\w*|парацетамол\w*|феназепам\w*|"
    r"emoji_pill"
)
_LOTS_RU = (
    r"много|кучу|горсть|целую (?:пачку|упаковку|банку|пластинку|коробку|блистер)|всю (?:пачку|упаковку|"
    r"банку|пластинку|коробку)|все|пачку|упаковку|две пачки|(?:штук )?(?:[1-9]\d+|двадцать|тридцать|"
    r"сорок|пятьдесят|сто)"
)
_ACTS_RU = (
    r"(?:наглоталась|наглотался|нажралась|нажрался|обожралась|обожрался) (?:\S+ ){0,3}?(?:" + _PILLS_RU
    + r")|(?:выпила|выпил|проглотила|проглотил|съела|съел|приняла|принял|пьет|глотает|напилась|напился) "
    r"(?:\S+ ){0,2}?(?:" + _LOTS_RU + r") (?:\S+ ){0,3}?(?:" + _PILLS_RU + r")|передоз\w*|"
    r"(?:выпила|выпил|проглотила|проглотил|хлебнула|хлебнул|глотнула|глотнул|пьет) (?:\S+ ){0,3}?"
    r"(?:хлорк\w*|отбеливател\w*|белизн\w*|яд|яда|отрав\w*|уксус\w*|средство для (?:чистки|мытья|"
    r"унитаза)|моющ\w+ средств\w+|крысин\w+ яд\w*|антифриз\w*|растворител\w*|кислот\w*)|"
    r"(?:порезала|порезал|резанула|резанул|вскрыла|вскрыл|порезалась|порезался|изрезала|изрезал) (?:\S+ )"
    r"{0,5}?(?:вены|вену|запяст\w+|глубоко|сильно|очень сильно|кровь не останавливается|не "
    r"останавливается кровь|кров\w* (?:везде|повсюду|хлещет|течет)|много крови|прямо сейчас|сейчас)|"
    r"(?:режет|режется) (?:себя|вены|руки) (?:\S+ ){0,3}?(?:прямо сейчас|сейчас)|(?:вскрыла|вскрыл|"
    r"вскрывает|режет) (?:себе )?вены|"
    r"(?:хочет|собирается|сейчас|грозится|угрожает|говорит что|сказала что|сказал что) (?:\S+ ){0,2}?"
    r"(?:прыгнуть|спрыгнуть|сброситься|броситься|скинуться|прыгнет|спрыгнет|сбросится) (?:\S+ ){0,3}?"
    r"(?:с |под |из )(?:\S+ )?(?:моста|крыши|окна|балкона|многоэтажки|высотки|поезд|электричку|машину|"
    r"обрыва|скалы)|"
    r"(?:стоит|сидит|залезла|залез|находится|сейчас) (?:\S+ ){0,2}?на (?:крыше|мосту|краю|рельсах|путях|"
    r"подоконнике|карнизе|перилах) (?:\S+ ){0,12}?(?:прыгн\w+|спрыгн\w+|сброс\w+|умереть|убить|прощается|"
    r"попрощалась|попрощался)|"
    r"(?:хочет|собирается|сказала что|сказал что|говорит что|решила|решил|планирует) (?:\S+ ){0,2}?"
    r"(?:покончить с собои|убить себя|умереть|сдохнуть|повеситься|выпилиться|уити из жизни|сделать это|"
    r"прыгнуть) (?:\S+ ){0,3}?(?:сегодня ночью|сегодня вечером|сегодня|этои ночью|ночью|сеичас|прямо "
    r"сеичас|после школы|когда все уснут)|(?:сегодня ночью|сегодня|сеичас|этои ночью) (?:\S+ ){0,3}?"
    r"(?:покончит с собои|убьет себя|повесится|выпилится|прыгнет|умрет)|(?:у нее|у него) (?:есть )?план "
    r"(?:\S+ ){0,3}?(?:покончить|убить себя|умереть)|предсмертн\w+ записк\w+|"
    r"(?:заперлась|заперся|закрылась|закрылся|запирается|закрывается) (?:\S+ ){0,8}?(?:лезви\w+|нож\w*|"
    r"бритв\w+|таблетк\w+|таблетками|веревк\w+|ремн\w+|ножниц\w+)"
)
_BYE_RU = (
    r"(?:выложила|выложил|написала|написал|запостила|запостил|опубликовала|опубликовал|отправила|"
    r"отправил|оставила|оставил|разослала|разослал) (?:\S+ ){0,4}?(?:прощальн\w+|прощание|прощаи\w*|"
    r"последнее сообщение|предсмертн\w+)|попрощал\w+ (?:со всеми|с нами)|(?:написала|написал|сказала|"
    r"сказал) (?:мне |нам |всем )(?:\S+ ){0,4}?(?:прощаите|прощаи|что любит нас|что любит меня|простите "
    r"за все|прости за все|спасибо за все)"
)
_UNREACH_RU = (
    r"не (?:\S+ )?(?:отвечает|берет трубку|берет|читает|выходит на связь|в сети|онлаин)|телефон (?:\S+ )"
    r"{0,2}?(?:выключен|вне зоны|недоступен|не доступен)|абонент (?:\S+ )?недоступен|(?:никто|мы|я) не "
    r"(?:\S+ )?(?:может|можем|могу|могут) (?:\S+ ){0,2}?(?:дозвониться|связаться|достучаться|наити)|"
    r"(?:не можем|не могу|никто не может) (?:до (?:нее|него) )?дозвониться|(?:никто|мы) не знае\w* где "
    r"(?:она|он)|пропала|пропал|оффлаин|офлаин"
)
_BYE_GUARD_RU = (
    r"переезжа\w+|переезд\w*|переехал\w*|выходит из (?:группы|чата|беседы)|выш\w+ из (?:группы|чата|"
    r"беседы)|отпуск\w*|каникул\w*|поездк\w+|путешеств\w+|лагер\w+|самолет\w*|аэропорт\w*|перелет\w*|"
    r"обмен\w*|за границ\w+|нов\w+ школ\w+|нов\w+ телефон\w*|нет связи|нет сети|нет интернета|нет "
    r"ваифая|без интернета|батаре\w+|заряд\w*|наказал\w*|наказан\w*|отобрали телефон|забрали телефон|"
    r"перерыв от соцсетеи|детокс|выпускно\w+|последнии день"
)

# -- tr (verb last; possessive suffixes: "arkadasim", "kardesim") ----------------------------------
_WHO_TR = (
    r"(?<!eger )(?<!gecen yil )(?<!once )(?:"
    r"(?:benim )?(?:en iyi |en yakin |kucuk |buyuk )?(?:arkadasim|arkadasimiz|kankam|kankim|kiz "
    r"arkadasim|erkek arkadasim|sevgilim|kardesim|kiz kardesim|erkek kardesim|ablam|abim|kuzenim|sinif "
    r"arkadasim|sinif arkadasimiz|komsumuz|komsum|annem|babam|teyzem|halam|dayim|amcam|yakin arkadasim|"
    r"bff'?im|dostum)|(?:siniftan|sinifimizdan|sinifimdan|okuldan) bir (?:kiz|cocuk|oglan|arkadas)|"
    r"sinifimizdaki bir (?:kiz|cocuk|oglan)|(?:bana|bize) (?:az once |simdi |demin )?(?:yazdi|mesaj "
    r"atti|dedi|soyledi))"
)
_GUARD_TR = (
    r"gecen (?:yil|sene|yaz|kis|ay)|(?:\w+ )?(?:yil|sene|ay|hafta) once|kucukken|(?:artik|simdi) "
    r"(?:\S+ )?(?:iyi|iyilesti|daha iyi|guvende|toparlandi)|yardim (?:aldi|aliyor)|iyilesti|dizi\w*|"
    r"sezon\w*|bolum\w*|film\w*|kitap\w*|roman\w*|anime|manga|karakter\w*|netflix|haber\w*|makale\w*|"
    r"belgesel\w*|oyunda|minecraft\w*|roblox\w*|fortnite\w*|iksir\w*|yanlislikla|kazara|kaza\w*|"
    r"yemek yaparken|dograrken|tiras\w*|dustu|dusup|cam kirigi|(?:bas agrisi|alerji|regl|"
    r"grip|ates|migren|astim) icin|ornegin|mesela|ogrendik|derste|atolye|ne yapmali\w* eger|varsayalim"
)
_PILLS_TR = (
    r"hap\w*|ilac\w*|uyku ilac\w*|antidepresan\w*|agri kesici\w*|parol\w*|emoji_pill"
)
_LOTS_TR = (
    r"bir kutu|butun|tum|bir avuc|bir suru|cok fazla|bir sise|bir paket|bir serit|iki kutu|kutu kutu|"
    r"(?:[1-9]\d+|yirmi|otuz|kirk|elli|yuz) (?:tane )?"
)
_ACTS_TR = (
    r"(?:" + _LOTS_TR + r") ?(?:\S+ ){0,2}?(?:" + _PILLS_TR + r") (?:\S+ ){0,2}?(?:icti\w*|icmis\w*|"
    r"ictigini|ictigi|yuttu\w*|yutmus\w*|yuttugunu|atti|atmis\w*|bitirdi\w*|bitirmis\w*)|(?:asiri doz\w*|"
    r"doz asimi)|"
    r"(?:camasir suyu\w*|zehir|zehri|fare zehri|deterjan\w*|temizlik (?:ilaci|malzemesi|sivisi)\w*|tuz "
    r"ruhu\w*|antifriz\w*|kezzap\w*|cam sil\w*) (?:\S+ ){0,2}?(?:icti\w*|icmis\w*|ictigini|yuttu\w*|"
    r"yutmus\w*)|"
    r"(?:bilegini|bileklerini|damarlarini|damarini) (?:\S+ ){0,2}?(?:kesti\w*|kesmis\w*|kestigini|kesiyor|"
    r"jiletledi\w*|jiletlemis\w*)|(?:kendini|kolunu|kollarini|bacagini) (?:\S+ ){0,3}?(?:kesti\w*|"
    r"kesmis\w*|kestigini|kesiyor|jiletledi\w*|jiletlemis\w*|jiletliyor) (?:\S+ ){0,5}?(?:derin|cok kotu|"
    r"kan durmuyor|kani durmuyor|durmuyor|her yer kan|cok kan|simdi|su an)|(?:kendini|kolunu) (?:\S+ )"
    r"{0,2}?(?:derin|cok kotu|fena) (?:\S+ )?(?:kesti\w*|kesmis\w*|jiletledi\w*|jiletlemis\w*)|"
    r"(?:kopru\w*|cati\w*|bina\w*|pencere\w*|balkon\w*|ucurum\w*|ray\w*|tren\w*|yuksek\w*) (?:\S+ ){0,3}?"
    r"(?:atlayacak\w*|atlayacagini|atlamak istiyor\w*|atlamak uzere|kendini atacak\w*|kendini atacagini|"
    r"atlamaya hazirlaniyor)|(?:koprude|koprunun|catida|catinin|rayda|raylarda|raylarin|balkonda) "
    r"(?:\S+ ){0,6}?(?:atlayacak\w*|atlayacagini|atlamak|olecek\w*|olmek istiyor\w*|intihar\w*|veda\w*)|"
    r"(?:bu gece|bu aksam|bugun|simdi|su an|hemen|okuldan sonra|herkes uyuyunca) (?:\S+ ){0,3}?"
    r"(?:kendini oldurecek\w*|kendini oldurecegini|intihar edecek\w*|intihar edecegini|olecek\w*|"
    r"olecegini|olmek istiyor\w*|canina kiyacak\w*|canina kiyacagini|kendini asacak\w*|atlayacak\w*|"
    r"atlayacagini)|(?:kendini oldurmek|intihar etmek|olmek) icin (?:bir )?plan\w*|intihar (?:notu|"
    r"mektubu)\w*|"
    r"(?:kilitledi|kilitlendi|kilitlemis|kapandi|kapanmis|kilitli|kapatti) (?:\S+ ){0,6}?(?:jilet\w*|"
    r"bicak\w*|ustura\w*|hap\w*|ilac\w*|ip|ipi|makas\w*|kemer\w*)|(?:jilet\w*|bicak\w*|ustura\w*|hap\w*|"
    r"ilac\w*|ip|ipi|makas\w*) (?:\S+ ){0,4}?(?:banyo\w*|oda\w*|tuvalet\w*) (?:\S+ ){0,2}?(?:kilitledi|"
    r"kilitlendi|kilitlemis|kapandi|kapanmis|kilitli|kapatti)"
)
_BYE_TR = (
    r"veda\w*|elveda|hosca kalin|son mesaj\w*|(?:hepinizi|sizi|bizi) (?:cok )?sev\w+|her sey icin "
    r"(?:ozur|tesekkur|sagolun)\w*"
)
_UNREACH_TR = (
    r"(?:cevap|yanit) (?:\S+ )?(?:vermiyor|vermedi|yok)|telefon\w* (?:\S+ )?(?:kapali|acmiyor|acmadi|"
    r"ulasilamiyor)|(?:acmiyor|acmadi|donmuyor|donmedi|okumuyor)|(?:kimse|hic kimse|biz|ben) (?:\S+ )?"
    r"(?:ulasamiyor\w*|ulasamadi\w*|bulamiyor\w*)|ulasilamiyor|ulasamiyoruz|ulasamiyorum|nerede oldugunu "
    r"(?:kimse )?bilmiyor\w*|cevrimdisi|offline|gorup (?:cevap )?(?:yazmadi|atmadi)"
)
_BYE_GUARD_TR = (
    r"tasin\w+|gruptan (?:cik\w+|ayril\w+)|sunucudan cik\w+|tatil\w*|yolculu\w+|seyahat\w*|kamp\w*|"
    r"ucak\w*|havaalani\w*|ucus\w*|degisim|yurt ?disi\w*|yeni okul\w*|yeni telefon\w*|sinyal yok|cekmiyor|"
    r"internet yok|wifi yok|sarj\w*|ceza\w*|telefonu(?:nu)? (?:aldilar|alindi)|sosyal medya\w* ara|"
    r"detoks|mezun\w*|son gun\w*|yatili"
)

# -- pl (the possessive is often left out: "kolezanka napisala...") ------------------------------
_WHO_PL = (
    r"(?<!jesli )(?<!jezeli )(?<!gdyby )(?<!kiedys )(?<!temu )(?<!roku )(?<!sobie )(?:"
    r"(?:(?:moja|moj|nasza|nasz) )?(?:najlepsza |najlepszy |mlodsza |mlodszy |starsza |starszy )?"
    r"(?:przyjaciolka|przyjaciel|kolezanka|kolega|siostra|siostrzyczka|brat|braciszek|kuzynka|kuzyn|"
    r"dziewczyna|chlopak|mama|tata|matka|ojciec|ciocia|wujek|sasiadka|sasiad|psiapsiolka|psiapsi|ziomek|"
    r"ziomal|bff)|(?:jedna|jeden|pewna|pewien) (?:dziewczyna|chlopak|kolezanka|kolega|laska|typ) (?:z|w) "
    r"(?:mojej |naszej )?(?:klasy|szkoly|grupy|druzyny)|ktos z (?:mojej |naszej )?klasy|(?:ona|on) "
    r"(?:wlasnie |dopiero co )?(?:mi|nam) (?:napisala|napisal|powiedziala|powiedzial|wyslala|wyslal))"
)
_GUARD_PL = (
    r"w zeszlym roku|zeszlego lata|(?:\w+ )?(?:lata|lat|rok|miesiace|miesiecy|tygodnie) temu|kiedy "
    r"(?:bylismy|bylam|bylem) (?:mal\w+|dziecmi)|(?:juz|teraz) (?:jest |czuje sie )?(?:ok|okej|dobrze|"
    r"w porzadku|lepiej|bezpieczn\w+)|dostal\w* pomoc|wyzdrowial\w*|serial\w*|sezon\w*|odcin\w+|film\w*|"
    r"ksiazk\w+|powiesc\w*|anime|mang\w+|postac\w*|bohater\w*|netflix\w*|wiadomosciach|news\w*|"
    r"artykul\w*|dokument\w*|w grze|minecraft\w*|roblox\w*|fortnite\w*|mikstur\w+|eliksir\w*|przypadkiem|"
    r"przez przypadek|niechcacy|gotujac|przy gotowaniu|krojac|przy goleniu|golac|upadl\w*|przewrocil\w*|"
    r"na (?:bol glowy|alergie|okres|przeziebienie|goraczke|migrene|astme)|na przyklad|uczylismy sie|na "
    r"lekcji|warsztat\w*|co robic gdy|co robic jesli|co zrobic jesli|hipotetycz\w+"
)
_PILLS_PL = (
    r"tablet\w*|pigul\w*|lekow|leki|lekami|lekarstw\w*|prochy|prochow|proszk\w*|nasenn\w+|"
    r"antydepresant\w*|paracetamol\w*|ibuprom\w*|apap\w*|emoji_pill"
)
_LOTS_PL = (
    r"duzo|mnostwo|cale opakowanie|cala paczke|cale pudelko|cala butelke|cala fiolke|caly blister|"
    r"wszystkie(?: swoje| mamy| jej| jego)?|garsc|kupe|kilkanascie|kilkadziesiat|opakowanie|dwa "
    r"opakowania|paczke|(?:z |okolo |jakies |chyba )?(?:[1-9]\d+|dwadziescia|trzydziesci|czterdziesci|"
    r"piecdziesiat|sto)"
)
_ACTS_PL = (
    r"(?:nalykala sie|nalykal sie|nazarla sie|nazarl sie) (?:\S+ ){0,3}?(?:" + _PILLS_PL + r")|"
    r"(?:polknela|polknal|wziela|wzial|lyknela|lyknal|zazyla|zazyl|lyka|bierze|wypila|wypil|zjadla|"
    r"zjadl) (?:\S+ ){0,2}?(?:" + _LOTS_PL + r") (?:\S+ ){0,3}?(?:" + _PILLS_PL + r")|"
    r"przedawkowal\w*|przedawkowanie|"
    r"(?:wypila|wypil|polknela|polknal|lyknela|lyknal|pije) (?:\S+ ){0,3}?(?:wybielacz\w*|domestos\w*|"
    r"trucizn\w+|trutk\w+|srodek do czyszczenia|plyn do (?:mycia|czyszczenia)|kreta|kwas\w*|"
    r"rozpuszczalnik\w*)|"
    r"(?:pociela sie|pocial sie|tnie sie|pocieta|pociety|podciela sobie|podcial sobie|przeciela sobie|"
    r"przecial sobie|pociela sobie|pocial sobie) (?:\S+ ){0,5}?(?:gleboko|mocno|bardzo|zyly|nadgarst\w+|"
    r"krew nie przestaje leciec|nie przestaje krwawic|krwawi (?:mocno|bardzo|strasznie)|wszedzie krew|"
    r"duzo krwi|teraz|wlasnie)|(?:podciela|podcial|przeciela|przecial) (?:sobie )?(?:zyly|nadgarstki)|"
    r"(?:chce|zaraz|mowi ze|powiedziala ze|powiedzial ze|grozi ze|zamierza|ma zamiar) (?:\S+ ){0,2}?"
    r"(?:skoczy\w*|skakac|rzuci sie|rzucic sie|zeskoczy\w*) (?:\S+ ){0,3}?(?:z |pod |przez )(?:\S+ )?"
    r"(?:mostu|dachu|okna|balkonu|wiezowca|bloku|klifu|skaly|pociag|tory|samochod)|"
    r"(?:stoi|siedzi|jest|wlazla|wszedl|weszla) (?:\S+ ){0,2}?na (?:dachu|moscie|krawedzi|torach|gzymsie|"
    r"parapecie|barierce|balustradzie) (?:\S+ ){0,12}?(?:skoczy\w*|skakac|rzuci\w*|umrzec|zabic|zegna|"
    r"pozegnal\w*)|"
    r"(?:chce|zamierza|ma zamiar|mowi ze|powiedziala ze|powiedzial ze|planuje|postanowila|postanowil) "
    r"(?:sie )?(?:\S+ ){0,2}?(?:zabic|zabije|umrzec|popelnic samobojstwo|powiesic|odebrac sobie zycie|"
    r"skonczyc ze soba|skoczyc|to zrobic|zrobi to) (?:\S+ ){0,3}?(?:dzis w nocy|dzisiaj w nocy|dzisiaj|"
    r"dzis|teraz|zaraz|tej nocy|wieczorem|po szkole|jak wszyscy zasna)|(?:dzis w nocy|dzisiaj|dzis|"
    r"teraz|zaraz|tej nocy) (?:\S+ ){0,3}?(?:sie zabije|zabije sie|umrze|sie powiesi|skoczy|odbierze "
    r"sobie zycie)|ma plan (?:\S+ ){0,3}?(?:zabic|samobojstw\w*|umrzec)|list samobojczy|"
    r"(?:zamknela sie|zamknal sie|zamyka sie|zabarykadowala sie|zabarykadowal sie) (?:\S+ ){0,8}?"
    r"(?:zyletk\w+|nozem|noz\w*|brzytw\w+|tabletk\w+|lekami|prochami|sznur\w*|lina|paskiem|nozyczk\w+|"
    r"wybielacz\w*)"
)
_BYE_PL = (
    r"(?:wrzucila|wrzucil|dodala|dodal|napisala|napisal|wyslala|wyslal|zostawila|zostawil|opublikowala|"
    r"opublikowal|wstawila|wstawil) (?:\S+ ){0,4}?(?:pozegnani\w+|pozegnaln\w+|zegnajcie|zegnaj|ostatni\w* "
    r"wiadomosc\w*)|pozegnal\w* sie (?:ze wszystkimi|z nami)|(?:napisala|napisal|powiedziala|powiedzial) "
    r"(?:mi|nam|wszystkim) (?:\S+ ){0,4}?(?:zegnajcie|zegnaj|ze nas kocha|ze mnie kocha|przeprasza za "
    r"wszystko|przepraszam za wszystko|dziekuje za wszystko|dzieki za wszystko)"
)
_UNREACH_PL = (
    r"nie (?:\S+ )?(?:odpisuje|odbiera|odpowiada|czyta|wyswietla|jest online|odzywa sie|daje znaku)|"
    r"telefon (?:\S+ ){0,2}?(?:wylaczony|nie odpowiada|poza zasiegiem)|(?:nikt|my|ja) (?:\S+ )?nie (?:\S+ )?"
    r"(?:moze|mozemy|moge|moga) (?:\S+ ){0,3}?(?:dodzwonic|skontaktowac|znalezc|zlapac)|nikt nie wie "
    r"gdzie|zaginela|zaginal|offline|wylaczyl\w* telefon|poczta glosowa"
)
_BYE_GUARD_PL = (
    r"przeprowadz\w+|wyprowadz\w+|wychodzi z (?:grupy|czatu|serwera)|wyszl\w* z (?:grupy|czatu|serwera)|"
    r"wyszedl z (?:grupy|czatu|serwera)|wakacj\w+|urlop\w*|wyjazd\w*|wycieczk\w+|oboz\w*|kolonie|"
    r"samolot\w*|lotnisk\w+|wymian\w+|za granic\w+|now\w+ szkol\w+|nowy telefon|zasieg\w*|bez internetu|"
    r"nie ma internetu|bateri\w+|rozladowal\w*|szlaban\w*|ukaran\w+|zabrali (?:jej|mu) telefon|przerwa od|"
    r"detoks|koniec roku|ostatni dzien|internat\w*"
)

# -- id ---------------------------------------------------------------------------------------
_REL_ID = (
    r"temen|teman|sahabat|bestie|bff|kakak|kak|adik|adek|sepupu|pacar|mama|mamah|ibu|papa|ayah|bapak|"
    r"tante|om|tetangga|temen sekelas|teman sekelas"
)
_WHO_ID = (
    r"(?<!kalau )(?<!kalo )(?<!jika )(?<!misal )(?<!misalnya )(?<!lalu )(?:"
    r"(?:" + _REL_ID + r")(?:ku|ku sendiri| aku| gue| gw| saya| sekelasku| sekelas aku| sekelas gue)|"
    r"(?:temen|teman) sekelas|(?:anak|cewek|cowok|seseorang) (?:di|dari) kelas(?:ku| aku| gue| gw| "
    r"saya)|(?:dia|doi) (?:barusan |baru aja |tadi )?(?:nge ?chat|chat|wa|dm|sms|bilang|nelpon|kirim "
    r"pesan) (?:ke )?(?:aku|gue|gw|saya))"
)
_GUARD_ID = (
    r"tahun lalu|tahun kemarin|(?:\w+ )?(?:tahun|bulan|minggu) (?:yang )?lalu|waktu (?:kita|aku|gue) "
    r"(?:masih )?kecil|(?:udah|sudah|sekarang) (?:dia )?(?:baik baik saja|baik2 aja|gapapa|ga papa|nggak "
    r"apa apa|membaik|sehat|aman)|dapet bantuan|dapat bantuan|(?:sudah|udah) ditolong|(?:sudah|udah) "
    r"pulih|sinetron|series|serial|season|episode|film|drakor|drama|buku|novel|anime|manga|tokoh|"
    r"karakter|netflix|berita|artikel|dokumenter|di game|dalam game|minecraft|roblox|fortnite|ramuan|"
    r"(?:ga|gak|nggak|ngga|gk|tidak) sengaja|lagi masak|waktu masak|pas masak|memasak|motong (?:bawang|"
    r"sayur)|cukuran|terjatuh|jatuh dari|kaca pecah|buat (?:sakit kepala|pusing|alergi|haid|mens|flu|"
    r"demam|migrain|asma)|misalnya|contohnya|kita belajar|pelajaran|workshop|apa yang harus dilakukan "
    r"(?:kalau|jika)|hipotesis"
)
_PILLS_ID = (
    r"obat\w*|pil|pil tidur|tablet|antidepresan|parasetamol|paracetamol|panadol|bodrex|obat tidur|"
    r"emoji_pill"
)
_LOTS_ID = (
    r"banyak|banyak banget|segenggam|sebotol|sekotak|satu kotak|satu botol|satu strip|satu lempeng|"
    r"sestrip|selempeng|semua|semuanya|seluruh|(?:[1-9]\d+|dua puluh|tiga puluh|empat puluh|lima puluh|"
    r"seratus)(?: butir| biji| tablet| pil)?"
)
_DRINK_ID = (
    r"minum|nelen|menelan|ditelan|telan|makan|nenggak|menenggak|abis minum|habis minum|udah minum|sudah "
    r"minum|barusan minum|minumin"
)
_ACTS_ID = (
    r"(?:" + _DRINK_ID + r") (?:\S+ ){0,2}?(?:" + _LOTS_ID + r") (?:\S+ ){0,3}?(?:" + _PILLS_ID + r")\b|"
    r"(?:" + _DRINK_ID + r") (?:\S+ )?(?:" + _PILLS_ID + r") (?:\S+ ){0,2}?(?:" + _LOTS_ID + r")\b|"
    r"(?:overdosis|overdose|od)\b|"
    r"(?:" + _DRINK_ID + r") (?:\S+ ){0,2}?(?:pemutih|bayclin|racun|racun tikus|cairan pembersih|"
    r"pembersih lantai|deterjen|sabun cuci|karbol|wipol|porstex|soklin|baygon|obat nyamuk|tiner|"
    r"bensin)\b|"
    r"(?:nyilet|menyilet|nyayat|menyayat|motong|memotong|ngiris|mengiris|melukai|ngelukain|barcode) "
    r"(?:\S+ ){0,2}?(?:tangan\w*|nadi\w*|pergelangan\w*|lengan\w*|diri\w*|paha\w*) (?:\S+ ){0,5}?(?:dalam|"
    r"parah|banget|darah\w* (?:ga|gak|nggak|tidak) (?:berhenti|mau berhenti)|(?:ga|gak|nggak|tidak) "
    r"berhenti berdarah|berdarah (?:banyak|terus|parah)|banyak darah|sekarang|barusan)\b|"
    r"(?:nyilet|menyilet|motong|memotong|mengiris|ngiris|potong|mutus) (?:\S+ )?nadi\w*|"
    r"(?:mau|pengen|ingin|bakal|akan|udah siap|siap|ngancem|mengancam) (?:\S+ ){0,2}?(?:lompat|loncat|"
    r"terjun|menjatuhkan diri|nabrakin diri) (?:\S+ ){0,3}?(?:jembatan|atap|gedung|jendela|balkon|tebing|"
    r"rel|kereta|rooftop|flyover|apartemen)\b|"
    r"(?:di|naik ke|berdiri di|duduk di) (?:\S+ )?(?:atap|jembatan|rel|pinggir atap|pinggir jembatan|"
    r"rooftop|tebing|pagar jembatan) (?:\S+ ){0,12}?(?:lompat|loncat|terjun|mati|bunuh diri|pamit|selamat "
    r"tinggal)\b|"
    r"(?:mau|pengen|ingin|bakal|akan|bilang mau|katanya mau|rencana|berencana|udah mutusin) (?:\S+ ){0,2}?"
    r"(?:bunuh diri|mati|mengakhiri hidup\w*|ngakhirin hidup\w*|gantung diri|lompat|loncat|ngelakuin "
    r"itu) (?:\S+ ){0,3}?(?:malam ini|malem ini|nanti malam|nanti malem|hari ini|sekarang|sekarang juga|"
    r"abis sekolah|pulang sekolah|pas semua tidur)\b|(?:malam ini|malem ini|nanti malam|hari ini|sekarang)"
    r" (?:dia |doi )?(?:mau|bakal|akan) (?:bunuh diri|mati|gantung diri|lompat|mengakhiri hidup\w*)\b|"
    r"(?:punya|udah ada|ada) rencana (?:\S+ ){0,2}?(?:bunuh diri|mati|mengakhiri)|surat bunuh diri|"
    r"(?:ngunci diri|mengunci diri|ngurung diri|mengurung diri|dikunci|kekunci|ngunciin diri|ngunci) "
    r"(?:\S+ ){0,8}?(?:silet\w*|pisau\w*|cutter\w*|gunting\w*|obat\w*|tali\w*|ikat pinggang|sabuk|pemutih|"
    r"kater)\b|(?:bawa|pegang|megang) (?:\S+ )?(?:silet|pisau|cutter|obat|tali) (?:\S+ ){0,4}?(?:ngunci "
    r"diri|mengunci diri|ngurung diri|mengurung diri)"
)
_BYE_ID = (
    r"(?:posting|ngepost|ngepos|post|upload|bikin|nulis|ngirim|kirim|update|story) (?:\S+ ){0,4}?"
    r"(?:perpisahan|pamit|selamat tinggal|goodbye|pesan terakhir|surat terakhir|surat wasiat)|pamit\w* "
    r"(?:sama|ke|kepada) (?:semua|semuanya|kita|aku|gue)|(?:makasih|terima kasih) (?:untuk|buat) "
    r"semuanya|maaf (?:untuk|buat) semuanya|maafin (?:aku|gue|dia) ya semua\w*|sayang kalian semua"
)
_UNREACH_ID = (
    r"(?:ga|gak|nggak|ngga|tidak|gk|ngak|belum) (?:\S+ )?(?:bales|balas|bls|dibales|dibalas|ngangkat|"
    r"angkat|diangkat|aktif|online|respon|dibaca|nyaut|jawab|ngejawab|bisa dihubungi)\b|(?:hp|hpnya|"
    r"handphone|hapenya|hape|nomernya|nomornya) (?:\S+ ){0,2}?(?:mati|(?:ga|gak|nggak|tidak) aktif|off|"
    r"dimatiin|dimatikan)\b|(?:ga|gak|nggak|tidak) ada yang bisa (?:\S+ )?(?:hubungi|ngehubungin|kontak|"
    r"nemuin|menghubungi)|(?:ga|gak|nggak|tidak) bisa (?:\S+ )?(?:dihubungi|ditelpon|dikontak|ditemukan)|"
    r"(?:ga|gak|nggak|tidak) ada yang tau (?:\S+ )?dimana|(?:hilang|ilang) kabar|offline|cuma di ?read"
)
_BYE_GUARD_ID = (
    r"pindah\w*|keluar (?:dari )?(?:grup|gc|group|server|sekolah)|liburan|libur|mudik|pulang kampung|"
    r"perjalanan|jalan jalan|kemah|perkemahan|pesawat|bandara|penerbangan|pertukaran|luar negeri|sekolah "
    r"baru|hp baru|ganti hp|sinyal|wifi|kuota|baterai|batre|lowbat|dihukum|disita|rehat|detox|wisuda|"
    r"lulus|hari terakhir|pesantren|asrama"
)

# -- ar (possessive suffixes; "و" / "ف" may lead a word) ------------------------------------------
_WHO_AR = (
    r"(?:صاحبتي|صاحبي|صديقتي|صديقي|رفيقتي|رفيقي|اختي|اخوي|اخي|بنت خالتي|بنت عمي|ابن عمي|ابن خالتي|"
    r"بنت خالي|ابن خالي|بنت عمتي|ولد عمي|زميلتي|زميلي|حبيبتي|حبيبي|امي|ابوي|ابي|خالتي|عمتي|جارتنا|"
    r"جارنا|صحبتي|صحبي|بيستي|(?:بنت|ولد|طالبه|طالب|وحده|واحد) (?:ب|في |من )(?:صفي|الصف|فصلي|الفصل|"
    r"مدرستي|المدرسه)|بعتتلي|بعتلي|بعثتلي|بعثلي|كتبتلي|كتبلي|ارسلتلي|راسلتني|راسلني)"
)
_GUARD_AR = (
    r"(?:السنه|العام) (?:الماضيه|الماضي|اللي فاتت|اللي فات)|من (?:\S+ )?(?:سنه|سنتين|سنين|سنوات|شهر|"
    r"شهور|اشهر)|لما كنا صغار|(?:هلا|هلق|الحين|الان|هسه|دلوقتي) (?:\S+ )?(?:بخير|منيحه|منيح|كويسه|كويس|"
    r"احسن|تمام|زينه|زين)|صارت (?:بخير|احسن|منيحه|كويسه)|تعالجت|اتعالجت|(?:اخدت|اخذت|تلقت) مساعده|"
    r"مسلسل|حلقه|فيلم|فلم|كتاب|روايه|انمي|مانجا|شخصيه|نتفليكس|(?:ال)?اخبار|خبر|مقال|وثائقي|باللعبه|"
    r"في اللعبه|ماين ?كرافت|روبلوكس|فورتنايت|بالغلط|بالخطا|عن طريق الخطا|بدون قصد|من غير قصد|وهي تطبخ|"
    r"وهو يطبخ|بالمطبخ|في المطبخ|انزلقت|زجاج مكسور|للصداع|للحساسيه|للدوره|للبرد|للحراره|للمغص|مثلا|"
    r"علي سبيل المثال|تعلمنا|في الحصه|بالحصه|ورشه|(?:شو|ماذا|ايش|وش) (?:نعمل|نفعل|نسوي) اذا"
)
_PILLS_AR = (
    r"(?:ال)?حبوب|(?:ال)?حبات|(?:ال)?دوا\S*|(?:ال)?ادويه|(?:ال)?مسكنات|(?:ال)?منوم\S*|بنادول|"
    r"باراسيتامول|(?:ال)?برشام|(?:ال)?اقراص|emoji_pill"
)
_LOTS_AR = (
    r"(?:علبه|كرتونه|باكيت|شريط|ظرف|قزازه|زجاجه|علبتين)(?: \S+)?|كل|كتير|كثير|واجد|"
    r"(?:[1-9]\d+|عشرين|ثلاثين|تلاتين|اربعين|خمسين|ميه)"
)
_ACTS_AR = (
    r"(?:بلعت|بلع|اخدت|اخذت|شربت|شرب|اكلت|تناولت|تبلع|عم تبلع|عم تاخد|خلصت) (?:\S+ ){0,2}?(?:"
    + _LOTS_AR + r") (?:\S+ ){0,2}?(?:" + _PILLS_AR + r")|(?:بلعت|بلع|اخدت|اخذت|شربت|اكلت|خلصت) "
    r"(?:" + _PILLS_AR + r") (?:\S+ ){0,2}?(?:كلها|كامله|كلو|كله)(?!\S)|جرعه (?:زايده|زائده)|اوفر ?دوز|"
    r"(?:شربت|شرب|بلعت|بلع|عم تشرب) (?:\S+ ){0,2}?(?:(?:ال)?كلور\S*|(?:ال)?مبيض\S*|(?:ال)?سم|(?:ال)?سموم|"
    r"سم (?:ال)?فيران|(?:ال)?فلاش|(?:ال)?ديتول|(?:ال)?منظف\S*|(?:ال)?ماء النار|(?:ال)?ميه النار|"
    r"(?:ال)?بنزين|(?:ال)?فنيك|(?:ال)?مطهر\S*)(?!\S)|"
    r"(?:جرحت|قطعت|شرحت|شطبت|جرح|قطع|شرح|عم تجرح|عم تشطب) (?:\S+ ){0,2}?(?:ايدها|ايده|ايديها|يدها|يده|"
    r"معصمها|معصمه|شرايينها|شريانها|شرايينه|عروقها|عروقه|نفسها|حالها|روحها|نفسه|حاله) (?:\S+ ){0,5}?"
    r"(?:جامد|كتير|كثير|عميق\S*|بقوه|الدم (?:\S+ )?(?:ما|مش|مو) (?:\S+ )?(?:وقف|يوقف|بيوقف)|دم كتير|دم "
    r"كثير|الدم بكل مكان|هلا|هلق|الحين|الان|هسه|دلوقتي)(?!\S)|(?:قطعت|شرحت|جرحت|قطع|شرح) (?:\S+ )?"
    r"(?:شرايينها|شريانها|عروقها|شرايينه|عروقه|وريدها)(?!\S)|"
    r"(?:تنط|تقفز|ترمي حالها|ترمي نفسها|ينط|يقفز|يرمي حاله|يرمي نفسه|تنتحر|ينتحر|تنطط) (?:\S+ ){0,3}?"
    r"(?:من |عن |ع |علي )?(?:ال)?(?:جسر|كوبري|سطح|بلكونه|شباك|نافذه|عماره|بنايه|برج|سكه|قطر|قطار|جرف)|"
    r"(?:علي|ع|فوق) (?:ال)?(?:سطح|جسر|كوبري|حافه|سكه|سور) (?:\S+ ){0,12}?(?:تنط|تقفز|ترمي|تموت|تنتحر|ينط|"
    r"يقفز|يموت|ينتحر|ودعت|ودع)|"
    r"(?:بدها|بده|بدو|رح|راح|ناويه|ناوي|قالت انها|قال انه|تبي|يبي|عايزه|عايز|قررت|قرر) (?:\S+ ){0,2}?"
    r"(?:تنتحر|ينتحر|تقتل نفسها|يقتل نفسه|تموت|يموت|تنهي حياتها|ينهي حياته|تشنق نفسها|يشنق نفسه|"
    r"تعملها|يعملها) (?:\S+ ){0,3}?(?:الليله|اليوم|هلا|هلق|الحين|الان|هسه|دلوقتي|بعد المدرسه|لما "
    r"ينامو|لما الكل ينام)(?!\S)|(?:الليله|اليوم|هلا|الحين|الان) (?:\S+ ){0,2}?(?:حتنتحر|هتنتحر|بتنتحر|"
    r"رح تنتحر|راح تنتحر|حينتحر|هينتحر|بينتحر|رح ينتحر|راح ينتحر)|(?:عندها|عنده) خطه (?:\S+ ){0,2}?"
    r"(?:تنتحر|ينتحر|للانتحار|تموت|يموت)|رساله انتحار|"
    r"(?:قفلت|قفل|سكرت|سكر|حابسه|حابس|حبست|حبس|مقفله|قافله|قافل) (?:\S+ ){0,8}?(?:شفره|شفرات|موس|امواس|"
    r"سكين|سكينه|سكاكين|كتر|مقص|حبوب|دوا|حبل|كلور)(?!\S)"
)
_BYE_AR = (
    r"(?:نزلت|نشرت|حطت|كتبت|بعتت|بعثت|ارسلت|تركت|نزل|نشر|حط|كتب|بعت|بعث) (?:\S+ ){0,4}?(?:رساله وداع|"
    r"وداع|وداعيه|الوداع|اخر رساله|رساله اخيره|ستوري وداع|بوست وداع)|ودع\S* (?:الكل|الجميع|كلنا|كل "
    r"الناس)|(?:سامحوني|سامحيني|سامحني|بحبكم|احبكم|شكرا (?:علي|ع) كل شي|(?:اسفه|اسف) (?:علي|ع) كل شي)"
)
_UNREACH_AR = (
    r"(?:ما|مش|مو|مب|ماعم|ما عم) ?(?:\S+ )?(?:بترد|ترد|يرد|بيرد|ردت|رد|تجاوب|يجاوب|بتجاوب)(?!\S)|"
    r"(?:تلفونها|تليفونها|جوالها|موبايلها|فونها|تلفونه|جواله|موبايله|تليفونه|الجوال|التلفون|الموبايل) "
    r"(?:\S+ ){0,2}?(?:مسكر|مقفل|مغلق|مطفي|طافي|مقفول|خارج التغطيه|مش متاح|غير متاح)|(?:ما حدا|محدش|ماحدا|"
    r"محد|ما احد|لا احد|ولا حدا|ولا حد|ماحد) (?:\S+ ){0,2}?(?:قادر|قدر|يقدر|بيقدر|عارف|يعرف|بيعرف)|"
    r"(?:مش|ما|مو) (?:\S+ )?(?:قادرين|قادره|قادر|عارفين|عارفه|عارف|نقدر|اقدر) (?:\S+ ){0,2}?(?:نوصل\S*|"
    r"اوصل\S*|نتواصل|نكلمها|الاقيها|نلاقيها)|مختفيه|اختفت|اوفلاين|(?:مش|مو) اونلاين|شافت وما ردت"
)
_BYE_GUARD_AR = (
    r"تنقل|تنتقل|بتنتقل|انتقلت|عزلت|بتعزل|تعزل|تسافر|مسافره|مسافر|سافرت|بيسافر|السفر|سفر|رحله|الرحله|"
    r"اجازه|الاجازه|عطله|العطله|مخيم|المخيم|طياره|الطياره|مطار|المطار|(?:ال)?جروب|(?:ال)?قروب|المجموعه|"
    r"مدرسه جديده|تلفون جديد|جوال جديد|نت|تغطيه|شبكه|الشحن|شحن|بطاريه|معاقبه|معاقب|اخدوا|اخذوا|سحبوا|"
    r"استراحه|ديتوكس|تخرج|التخرج|اخر يوم"
)

# -- hi: Hinglish, then Devanagari (no trailing \b) ---------------------------------------------------
_WHO_HL = (
    r"(?<!agar )(?<!jab )(?<!saal )(?<!pehle )(?<!socho )(?:"
    r"(?:meri|mera|hamari|hamara) (?:best |sabse achi |badi |chhoti |choti |bada |chhota |chota )?"
    r"(?:dost|friend|bestie|bff|saheli|behen|behan|didi|bhai|bhaiya|cousin|classmate|girlfriend|"
    r"boyfriend|gf|bf|mummy|mumma|mom|papa|maa|mausi|padosan|padosi)|(?:meri|hamari) class (?:ki|ka) "
    r"(?:ek )?(?:ladki|ladka|dost|bacchi|baccha)|(?:usne|unhone) (?:abhi |abhi abhi )?(?:mujhe|hume|"
    r"humein) (?:message|msg|text|call))"
)
_GUARD_HL = (
    r"pichle saal|pichhle saal|(?:\w+ )?(?:saal|mahine|hafte) pehle|jab hum (?:chhote|chote|bacche)|"
    r"(?:ab|abhi) (?:wo |woh |vo )?(?:theek|thik|better|safe) (?:hai|h|he|ho gayi|ho gaya)|help mil "
    r"gayi|madad mil gayi|ilaaj ho gaya|series|serial|season|episode|movie|film|kitab|book|novel|anime|"
    r"manga|character|kirdaar|netflix|news|khabar|article|documentary|game (?:mein|me)|minecraft|"
    r"roblox|fortnite|potion|galti se|bhool se|accident|khana banate|sabzi kaat|shave|gir gayi|gir gaya|"
    r"kaanch|(?:sar|sir) dard ke liye|allergy ke liye|periods ke liye|bukhar ke liye|fever ke liye|"
    r"example|humne seekha|humne padha|sikhaya|workshop|kya karna chahiye agar|agar koi"
)
_PILLS_HL = (
    r"goliyan|goliya|goliyaan|goliyon|goli|golia|dawai|dawaiyan|dawaiyon|dawa|dawaai|pills|tablets|"
    r"tablet|medicine|"
    r"emoji_pill"
)
_LOTS_HL = (
    r"bahut saari|bahut sari|bahut|dher saari|dher sari|saari|sari|poora|pura|poori|puri|ek patta|ek "
    r"strip|ek bottle|(?:[1-9]\d+|bees|tees|chaalis|pachas|sau)"
)
_ACTS_HL = (
    r"(?:" + _LOTS_HL + r") (?:\S+ ){0,3}?(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?(?:kha li|kha lee|kha liya|"
    r"kha lin|kha gayi|kha gaya|khaa li|le li|le lee|le liya|nigal li|nigal liya|nigal gayi|kha rahi|"
    r"kha raha|kha chuki|kha chuka|khayi|khai)\b|(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?(?:" + _LOTS_HL
    + r") (?:\S+ ){0,2}?(?:kha|khaa|nigal|le) (?:li|lee|liya|lin|gayi|gaya)\b|(?:overdose|od)\b|"
    r"(?:phenyl|phinyl|bleach|harpic|zeher|zehar|jahar|chuhe mar dawa|chuha maar|colin|acid|tezaab|"
    r"tejab|kerosene|mitti ka tel|toilet cleaner|floor cleaner|keede maar dawa) (?:\S+ ){0,2}?(?:pi li|"
    r"pee li|pi liya|pee liya|pi gayi|pi gaya|kha li|kha liya|nigal li|pi rahi|pi raha|pee gayi|pee "
    r"gaya)\b|"
    r"(?:haath|hath|kalai|nas|nasein|nass|wrist|wrists|baazu|bazu|khud ko|apne aap ko|apne ko) (?:\S+ )"
    r"{0,2}?(?:kaat li|kaat di|kaat liya|kaat diya|kaat rahi|kaat raha|kat li|kat liya|cut kar li|cut kar"
    r" liya|cut kar rahi|blade maar li|blade mar li|blade maar liya|zakhmi kar li|zakhmi kar liya) "
    r"(?:\S+ ){0,5}?(?:bahut gehra|gehra|gehri|bahut zyada|bahut jyada|khoon (?:ruk nahi raha|nahi ruk "
    r"raha|band nahi ho raha|ruk hi nahi raha)|bahut khoon|abhi)\b|(?:nas|nasein|nass|kalai|wrist) "
    r"(?:\S+ )?(?:kaat li|kaat di|kaat liya|kat li|cut kar li|cut kar di)\b|"
    r"(?:bridge|pul|chhat|terrace|building|khidki|balcony|railway track|track|train|patri|pahad|cliff) "
    r"(?:\S+ ){0,2}?(?:se|pe|par|ke upar|ke aage|ke saamne) (?:\S+ ){0,2}?(?:kud|kood|chhalang|chhalaang|"
    r"jump)\w*|(?:chhat|terrace|bridge|pul|railway track|patri) (?:pe|par|ke upar) (?:\S+ ){0,2}?(?:khadi|"
    r"khada|baithi|baitha|chadh gayi|chadh gaya|hai) (?:\S+ ){0,12}?(?:kud|kood|jump|marna|mar jaungi|mar "
    r"jaunga|mar jayegi|suicide|alvida)\w*|"
    r"(?:aaj raat|aaj|abhi|raat ko|school ke baad|sab ke sone ke baad) (?:\S+ ){0,3}?(?:suicide|"
    r"khudkhushi|khudkushi|aatmhatya|apni jaan|jaan de|mar jayegi|mar jaayegi|mar jaegi|mar jayega|mar "
    r"jaega|marna chahti|marna chahta|marne wali|marne wala|faansi|fansi|khud ko khatam|khatam kar)\w*|"
    r"(?:suicide|khudkhushi|khudkushi|marne|jaan dene|khud ko khatam karne) (?:\S+ ){0,2}?(?:ka|ki) "
    r"(?:plan|planning|poora plan)|suicide note|"
    r"(?:bathroom|washroom|toilet|kamre|kamra|room|gaadi|garage) (?:\S+ ){0,3}?(?:mein|me|andar) (?:\S+ )"
    r"{0,6}?(?:blade|chaaku|chaku|chhuri|churi|knife|razor|goliyan|goli|dawai|rassi|rasi|pills|phenyl|"
    r"kainchi) (?:\S+ ){0,6}?(?:band|lock|kundi)\b|(?:blade|chaaku|chaku|chhuri|knife|razor|goliyan|"
    r"rassi) (?:\S+ ){0,3}?(?:leke|lekar|le ke|le kar|ke saath|ke sath) (?:\S+ ){0,4}?(?:bathroom|"
    r"washroom|toilet|kamre|kamra|room)\w* (?:\S+ ){0,3}?(?:band|lock|kundi)\b"
)
_BYE_HL = (
    r"(?:goodbye|good bye|alvida|last message|aakhri message|akhri message|farewell|suicide note) "
    r"(?:\S+ ){0,4}?(?:post|story|status|message|msg|likha|likh|daala|dala|dali|daali|bheja|kiya|kar|"
    r"lagaya|lagayi|laga)\w*|(?:sabko|sab ko|humko|hume|mujhe) (?:\S+ ){0,2}?(?:alvida|goodbye|bye) "
    r"(?:bol|keh|kah)\w*|sorry for everything|sab ke liye sorry|sabke liye sorry|maaf kar dena|thank you "
    r"for everything|sabka shukriya|love you all"
)
_UNREACH_HL = (
    r"(?:phone|call|msg|message|reply) (?:\S+ ){0,2}?(?:nahi|nhi|nahin|na) (?:\S+ )?(?:utha|uthaa|kar "
    r"rahi|kar raha|de rahi|de raha|aa raha|lag raha|uthaya|uthayi|mil raha|ja raha)|(?:phone|mobile|"
    r"fone|number) (?:\S+ ){0,2}?(?:band|switch off|switched off|off) (?:\S+ )?(?:hai|aa raha|aa rha|ho "
    r"gaya|ho gya|h|he)\b|(?:koi|kisi se|hum|main|mai) (?:\S+ ){0,2}?(?:contact|baat|sampark) (?:nahi|"
    r"nhi|nahin) (?:ho|kar) (?:pa|paa)\w*|(?:kisi ko|koi) (?:nahi|nhi) (?:pata|maloom)\w* (?:\S+ ){0,2}?"
    r"(?:kahan|kaha)|(?:reply|jawab) (?:nahi|nhi|nahin) (?:de rahi|de raha|kar rahi|kar raha|aaya|diya)|"
    r"offline"
)
_BYE_GUARD_HL = (
    r"shift|ghar badal|naye ghar|dusre shehar|doosre sheher|group (?:se )?(?:leave|left|nikal|chhod)\w*|"
    r"group chhod\w*|vacation|holiday|chhutti\w*|trip|ghoomne|camp|flight|plane|airport|exchange|abroad|"
    r"videsh|naya school|naye school|naya phone|network|signal|net nahi|internet|wifi|battery|charge|"
    r"charging|punishment|saza|phone le liya|chheen|break|detox|farewell party|last day|hostel|boarding"
)
_WHO_HI = (
    r"(?:मेरी|मेरा|हमारी|हमारा) (?:सबसे अच्छी |बेस्ट |बड़ी |छोटी |बड़ा |छोटा )?(?:दोस्त|सहेली|बहन|दीदी|"
    r"भाई|भैया|कज़िन|कजिन|क्लासमेट|गर्लफ्रेंड|बॉयफ्रेंड|मम्मी|मां|माँ|पापा|चचेरी बहन|चचेरा भाई|मौसी|"
    r"पड़ोसन|पड़ोसी)|(?:मेरी|हमारी) क्लास (?:की|का) (?:एक )?(?:लड़की|लड़का)|(?:उसने|उन्होंने) (?:अभी )?"
    r"(?:मुझे|हमें) (?:मैसेज|मेसेज|कॉल|फोन)"
)
_GUARD_HI = (
    r"पिछले साल|(?:\S+ )?(?:साल|महीने|हफ्ते) पहले|जब हम छोटे|(?:अब|अभी) (?:वो |वह )?(?:ठीक|बेहतर|"
    r"सुरक्षित) (?:है|हो गई|हो गया)|मदद मिल गई|मदद मिली|इलाज हो गया|सीरियल|सीरीज़|सीरीज|एपिसोड|फिल्म|"
    r"फ़िल्म|मूवी|किताब|उपन्यास|एनीमे|किरदार|कैरेक्टर|नेटफ्लिक्स|खबर|ख़बर|न्यूज़|न्यूज|गेम में|गलती से|"
    r"ग़लती से|भूल से|अनजाने में|खाना बनाते|सब्ज़ी काटते|सब्जी काटते|गिर गई|गिर गया|(?:सिर|सर) दर्द के "
    r"लिए|एलर्जी के लिए|बुखार के लिए|उदाहरण|हमने सीखा|सिखाया|क्या करना चाहिए अगर|अगर कोई"
)
_PILLS_HI = r"गोलियां|गोलियाँ|गोलियों|गोली|दवाइयों|दवाई|दवाइयाँ|दवाइयां|दवा|टैबलेट"
_LOTS_HI = (
    r"बहुत सारी|बहुत सारे|बहुत|ढेर सारी|सारी|पूरी|पूरा|एक पत्ता|एक स्ट्रिप|[1-9]\d+|बीस|तीस|चालीस|पचास|सौ"
)
_ACTS_HI = (
    r"(?:" + _LOTS_HI + r") (?:\S+ ){0,3}?(?:" + _PILLS_HI + r") (?:\S+ ){0,2}?(?:खा ली|खा लीं|खा लिया|"
    r"खा लिए|खा गई|खा गया|निगल लीं|निगल ली|निगल लिया|ले लीं|ले ली|ले लिया|खा रही|खा चुकी)|(?:"
    + _PILLS_HI + r") (?:\S+ ){0,2}?(?:" + _LOTS_HI + r") (?:\S+ ){0,2}?(?:खा|निगल|ले) (?:ली|लीं|लिया|गई|"
    r"गया)|ओवरडोज़|"
    r"ओवरडोज|"
    r"(?:फिनाइल|फिनायल|ब्लीच|हार्पिक|ज़हर|जहर|चूहे मार दवा|चूहे की दवा|तेज़ाब|तेजाब|एसिड|मिट्टी का तेल|"
    r"केरोसिन|कीटनाशक|टॉयलेट क्लीनर) (?:\S+ ){0,2}?(?:पी ली|पी लिया|पी गई|पी गया|खा ली|खा लिया|निगल ली|"
    r"पी रही)|"
    r"(?:हाथ|कलाई|नस|नसें|बाजू|खुद को|अपने आप को) (?:\S+ ){0,2}?(?:काट ली|काट लिया|काट दी|काट दिया|काट "
    r"रही|काट रहा|ब्लेड मार ली|ब्लेड मार लिया|ज़ख्मी कर लिया|जख्मी कर लिया|कट कर लिया) (?:\S+ ){0,5}?"
    r"(?:बहुत गहरा|गहरा|गहरी|बहुत ज़्यादा|बहुत ज्यादा|खून (?:रुक नहीं रहा|नहीं रुक रहा|बंद नहीं हो रहा)|"
    r"बहुत खून|अभी)|(?:नस|नसें|कलाई) (?:\S+ )?(?:काट ली|काट लिया|काट दी|काट दिया)|"
    r"(?:पुल|छत|बिल्डिंग|इमारत|खिड़की|बालकनी|रेलवे ट्रैक|ट्रैक|ट्रेन|पटरी|पहाड़|चट्टान) (?:\S+ ){0,2}?"
    r"(?:से|पर|पे|के आगे|के सामने) (?:\S+ ){0,2}?(?:कूद|छलांग)|(?:छत|पुल|पटरी|रेलवे ट्रैक) (?:पर|पे|के "
    r"ऊपर) (?:\S+ ){0,3}?(?:खड़ी|खड़ा|बैठी|बैठा|चढ़ गई|चढ़ गया|है) (?:\S+ ){0,12}?(?:कूद|छलांग|मरना|मर "
    r"जाएगी|आत्महत्या|अलविदा)|"
    r"(?:आज रात|आज|अभी|रात को|स्कूल के बाद|सबके सोने के बाद) (?:\S+ ){0,3}?(?:आत्महत्या|ख़ुदकुशी|"
    r"खुदकुशी|सुसाइड|जान दे|मर जाएगी|मर जाएगा|मरना चाहती|मरना चाहता|मरने वाली|मरने वाला|फांसी|फाँसी|खुद "
    r"को खत्म|खुद को ख़त्म)|(?:आत्महत्या|सुसाइड|मरने|जान देने) (?:\S+ ){0,2}?(?:का|की) (?:प्लान|योजना)|"
    r"सुसाइड नोट|"
    r"(?:बाथरूम|वॉशरूम|टॉयलेट|कमरे|कमरा|गाड़ी) (?:\S+ ){0,3}?(?:में|के अंदर) (?:\S+ ){0,6}?(?:ब्लेड|चाकू|"
    r"छुरी|रेज़र|गोलियां|गोलियाँ|गोली|दवाई|रस्सी|फिनाइल|कैंची) (?:\S+ ){0,6}?(?:बंद|लॉक|कुंडी)|(?:ब्लेड|"
    r"चाकू|छुरी|गोलियां|रस्सी) (?:\S+ ){0,3}?(?:लेकर|ले कर|लेके|के साथ) (?:\S+ ){0,4}?(?:बाथरूम|वॉशरूम|"
    r"टॉयलेट|कमरे|कमरा)\S* (?:\S+ ){0,3}?(?:बंद|लॉक|कुंडी)"
)
_BYE_HI = (
    r"(?:अलविदा|गुडबाय|गुड बाय|आखिरी मैसेज|आख़िरी मैसेज|आखिरी संदेश|सुसाइड नोट|विदाई) (?:\S+ ){0,4}?"
    r"(?:पोस्ट|स्टोरी|स्टेटस|मैसेज|लिखा|लिख|डाला|डाली|भेजा|किया|लगाया|लगाई)|(?:सबको|हम सबको|मुझे) "
    r"(?:\S+ ){0,2}?(?:अलविदा|गुडबाय|बाय) (?:कह|बोल)|सबसे माफ़ी|सब से माफी|सबसे माफी|माफ़ कर देना|माफ कर "
    r"देना|सबका शुक्रिया"
)
_UNREACH_HI = (
    r"(?:फोन|फ़ोन|कॉल|मैसेज|रिप्लाई|जवाब) (?:\S+ ){0,2}?(?:नहीं|ना) (?:\S+ )?(?:उठा|कर रही|कर रहा|दे रही|"
    r"दे रहा|आ रहा|लग रहा|मिल रहा)|(?:फोन|फ़ोन|मोबाइल|नंबर) (?:\S+ ){0,2}?(?:बंद|स्विच ऑफ) (?:\S+ )?"
    r"(?:है|आ रहा|हो गया)|(?:कोई|हम|मैं) (?:\S+ ){0,2}?(?:संपर्क|बात|कॉन्टैक्ट) नहीं (?:हो|कर) पा|(?:किसी को|"
    r"कोई) (?:भी )?नहीं (?:पता|मालूम) (?:\S+ ){0,2}?(?:कहाँ|कहां)|ऑफलाइन"
)
_BYE_GUARD_HI = (
    r"शिफ्ट|घर बदल|नए घर|दूसरे शहर|ग्रुप छोड़|ग्रुप से निकल|ग्रुप लेफ्ट|छुट्टी|छुट्टियों|छुट्टियाँ|ट्रिप|"
    r"घूमने|कैंप|फ्लाइट|हवाई जहाज|एयरपोर्ट|विदेश|नया स्कूल|नए स्कूल|नया फोन|नेटवर्क|सिग्नल|नेट नहीं|"
    r"इंटरनेट|बैटरी|चार्ज|सज़ा|सजा|फोन ले लिया|छीन|ब्रेक|डिटॉक्स|फेयरवेल|आखिरी दिन|हॉस्टल"
)

# -- zh (unspaced; zrule adds the traditional forms) ---------------------------------------------
_WHO_ZH = (
    r"(?<!如果)(?<!要是)(?<!假如)(?<!万一)(?<!去年)(?<!以前)(?<!之前)(?:"
    r"我们?的?(?:好|最好的|一个)?(?:朋友|闺蜜|好友|同学|姐姐|妹妹|哥哥|弟弟|表姐|表妹|表哥|表弟|堂姐|堂妹|"
    r"堂哥|堂弟|男朋友|女朋友|室友|同桌|妈妈|爸爸|邻居|死党|兄弟)|我们?(?:班|班上|学校)(?:的|有)?"
    r"(?:一个|有个)?(?:女生|男生|同学|人))"
)
_GUARD_ZH = (
    r"去年|前年|几年前|[一两三几]年前|[一两三几]个月前|小时候|(?:现在|已经)(?:没事|好了|好多了|康复|安全)|"
    r"没事了|得到了?帮助|治好了|康复了|电视剧|剧里|剧中|电影|小说|书里|动漫|漫画|角色|新闻|报道|文章|"
    r"纪录片|游戏里|我的世界|迷你世界|药水|不小心|意外|做饭|切菜|刮胡子|摔倒|摔了|玻璃碎|头疼|头痛|过敏|"
    r"感冒|发烧|痛经|比如|例如|假设|我们学了|课上|讲座|应该怎么做"
)
_ACTS_ZH = (
    r"(?:吞|吃|喝|服)了?(?:一整|整|一大|一|两|几)(?:瓶|盒|板|大把)(?:的)?.{0,4}?药|"
    r"(?:吞|吃|喝|服)了?(?:几十|[1-9]\d+|二十|三十|四十|五十|一百|十几|很多|好多|大量|一堆|一大把|所有的?|"
    r"全部)(?:片|粒|颗)?(?:的)?.{0,4}?药|药.{0,4}(?:全|都)(?:吃|吞)了|吃药自杀|服药自杀|过量服药|"
    r"服药过量|药物过量|"
    r"(?:喝|吞|吃)了?(?:一瓶|一口|半瓶|好多|很多)?(?:的)?(?:消毒液|84|八四|漂白剂|漂白水|农药|老鼠药|毒药|"
    r"洗洁精|洗衣液|清洁剂|洁厕灵|除草剂|敌敌畏|百草枯)|"
    r"割(?:了)?(?:腕|手腕|自己|动脉|血管)|(?:划|割|切)(?:了|伤)?(?:自己|手腕|胳膊|手臂|大腿).{0,8}"
    r"(?:很深|好深|特别深|止不住|血流不止|一直流血|流了好多血|好多血|很多血|现在)|"
    r"(?:要|想|说要|准备|打算)(?:从)?.{0,6}?(?:桥|楼顶|天台|楼上|阳台|窗户|窗台|铁轨|高楼|悬崖).{0,4}?"
    r"跳|跳楼(?!价|大甩卖)|跳桥|卧轨|(?:在|站在|坐在|爬上了?)(?:天台|楼顶|桥上|铁轨|窗台|楼边|屋顶|"
    r"阳台边).{0,20}?(?:跳|死|自杀|告别)|"
    r"(?:今晚|今天晚上|今天|现在|马上|等下|一会儿|放学后|等大家睡了).{0,8}?(?:自杀|去死|轻生|结束(?:自己的)?"
    r"生命|了结自己|上吊|寻死)|(?:自杀|轻生)(?:的)?计划|计划(?:好)?(?:了)?(?:怎么)?自杀|遗书|"
    r"(?:锁|关|反锁)(?:在)?.{0,4}?(?:厕所|卫生间|浴室|房间|屋里|车里).{0,12}?(?:刀片|刀|剃刀|美工刀|药|"
    r"绳子|剪刀)|(?:拿着|带着|拿了|带了)(?:刀片|刀|剃刀|美工刀|药|绳子).{0,8}?(?:锁|关|反锁)"
)
_BYE_ZH = (
    r"(?:告别|道别|遗言|诀别|永别)|跟(?:大家|所有人|我们|我)说(?:了)?再见|对不起大家|谢谢大家的照顾|"
    r"再见了大家|下辈子见"
)
_UNREACH_ZH = (
    r"联系不上|联系不到|打不通|不接电话|不回(?:消息|信息|微信|我)|没有?回(?:消息|复|应)|(?:手机|电话)"
    r"(?:一直)?关机|找不到(?:她|他)|没人知道(?:她|他)在哪|已读不回|失联"
)
_BYE_GUARD_ZH = (
    r"搬家|搬走|转学|出国|留学|退群|退出群|离开群|旅游|旅行|度假|夏令营|冬令营|飞机|机场|交换|换手机|"
    r"新手机|没信号|没网|没有网|没电|没收|戒网|毕业|最后一天|寄宿"
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
_TX_PT = (
    "remedio|comprimido|pilula|medicamento|calmante|analgesico|paracetamol|antidepressivo|rivotril|"
    "dipirona|tylenol|emoji_pill|overdose|agua sanitaria|candida|veneno|chumbinho|desinfetante|"
    "detergente|limpeza|soda caustica|alvejante|cloro|raticida|cortou|cortando|mutilou|machucou|pulso|"
    "pular|jogar|atirar|telhado|ponte|predio|trilho|beirada|laje|terraco|viaduto|matar|morrer|vida|"
    "acabar com tudo|enforcar|fazer isso|suicid|tranc|despedi|despid|adeus|ultima mensagem|ama|por tudo"
)
_TX_DE = (
    "tablette|pille|medikament|antidepressiva|ibuprofen|paracetamol|emoji_pill|uberdosis|bleich|gift|"
    "putzmittel|reinigungsmittel|abflussreiniger|desinfektionsmittel|frostschutzmittel|domestos|"
    "chlorreiniger|wc reiniger|spulmittel|geritzt|geschnitten|aufgeschnitten|aufgeritzt|ritzt|schneidet|"
    "springen|sturzen|werfen|dach|brucke|gleise|rand|gelander|hochhaus|umbringen|sterben|leben|suizid|"
    "selbstmord|aufhangen|ende|plan|eingeschlossen|eingesperrt|schliesst sich ein|abgeschlossen|abschied|"
    "tschuss fur immer|lebt wohl|lebewohl|letzte nachricht|verabschiedet|fur alles|liebt uns"
)
_TX_IT = (
    "pastigli|pillol|compress|farmac|medicin|tachipirina|paracetamolo|antidepressiv|sonnifer|calmant|"
    "ansiolitic|emoji_pill|overdose|candeggina|varechina|veleno|topicida|detersivo|detergente|"
    "disinfettante|ammoniaca|antigelo|acido|pulizia|pulire|tagliat|tagliando|ferit|taglia|buttar|"
    "lanciar|gettar|saltare|tetto|ponte|binari|cornicione|terrazzo|palazzo|bordo|uccider|ammazzar|"
    "suicid|morire|togliersi la vita|farla finita|impiccar|farlo|chius|barricat|addio|ultimo messaggio|"
    "salutato tutti|vuole bene|per tutto|di tutto"
)
_TX_RU = (
    "таблет|колес|лекарств|снотворн|антидепрессант|пилюл|парацетамол|феназепам|emoji_pill|передоз|хлорк|"
    "отбеливател|белизн|яд|отрав|уксус|средство|моющ|антифриз|растворител|кислот|порез|резанул|вскрыл|"
    "вскрыва|изрезал|режет|прыгн|спрыгн|сброс|брос|скинуться|крыше|мосту|краю|рельс|путях|подоконник|"
    "карниз|перил|покончит|убить себя|убьет себя|умереть|умрет|сдохнуть|повесит|выпилит|уйти из жизни|"
    "сделать это|план|предсмертн|заперл|заперся|закрылась|закрылся|запирается|закрывается|прощ|за все|"
    "любит"
)
_TX_TR = (
    "hap|ilac|antidepresan|agri kesici|parol|emoji_pill|asiri doz|doz asimi|camasir suyu|zehir|zehri|"
    "deterjan|temizlik|tuz ruhu|antifriz|kezzap|cam sil|kesti|kesmis|kestig|kesiyor|jiletle|jiletli|"
    "atlayacak|atlayacag|atlamak|atacak|atacag|atlamaya|olecek|oleceg|olmek|intihar|oldurecek|"
    "oldureceg|canina kiyacak|canina kiyacag|asacak|plan|kilitle|kilitli|kapandi|kapanmis|kapatti|veda|"
    "elveda|hosca kalin|son mesaj|sev|her sey icin"
)
_TX_PL = (
    "tablet|pigul|lek|prochy|prochow|proszk|nasenn|antydepresant|paracetamol|ibuprom|apap|emoji_pill|"
    "przedawkow|wybielacz|domestos|trucizn|trutk|srodek do czyszczenia|plyn do|kreta|kwas|"
    "rozpuszczalnik|pociel|pocial|tnie sie|pociet|podciel|podcial|przeciel|przecial|skocz|skakac|rzuci|"
    "zeskocz|dachu|moscie|krawedzi|torach|gzymsie|parapecie|barierce|balustradzie|zabic|zabije|umrzec|"
    "umrze|samobojstw|samobojczy|powiesi|sobie zycie|skonczyc ze soba|to zrobic|zrobi to|plan|zamknel|"
    "zamknal|zamyka sie|zabarykadowal|pozegna|zegnaj|ostatni|kocha|przeprasza|za wszystko"
)
_TX_ID = (
    "obat|pil|tablet|antidepresan|parasetamol|paracetamol|panadol|bodrex|emoji_pill|overdos|od|pemutih|"
    "bayclin|racun|pembersih|deterjen|sabun cuci|karbol|wipol|porstex|soklin|baygon|tiner|bensin|silet|nyilet|"
    "nyayat|motong|memotong|ngiris|mengiris|melukai|ngelukain|barcode|potong|mutus|nadi|lompat|loncat|"
    "terjun|menjatuhkan diri|nabrakin diri|atap|jembatan|rel|rooftop|tebing|bunuh diri|mati|mengakhiri|"
    "ngakhirin|gantung diri|ngelakuin itu|rencana|ngunci|mengunci|ngurung|mengurung|dikunci|kekunci|"
    "bawa|pegang|megang|perpisahan|pamit|selamat tinggal|goodbye|pesan terakhir|surat terakhir|"
    "surat wasiat|semuanya|sayang kalian"
)
_TX_AR = (
    "حبوب|حبات|دوا|ادويه|مسكنات|منوم|بنادول|باراسيتامول|برشام|اقراص|emoji_pill|جرعه|اوفر|كلور|مبيض|سم|"
    "فلاش|ديتول|منظف|النار|بنزين|فنيك|مطهر|جرح|قطع|شرح|شطب|شريان|شرايين|عروق|وريد|تنط|تقفز|ترمي|ينط|يقفز|"
    "يرمي|تنتحر|ينتحر|سطح|جسر|كوبري|حافه|سكه|سور|تقتل|يقتل|تموت|يموت|تنهي|ينهي|تشنق|يشنق|تعملها|يعملها|"
    "خطه|انتحار|قفل|سكر|حابس|حبس|مقفله|قافل|وداع|ودع|سامح|بحبكم|احبكم|كل شي"
)
_TX_HL = (
    "goli|dawa|dawai|pills|tablet|medicine|emoji_pill|overdose|od|phenyl|phinyl|bleach|harpic|zeher|"
    "zehar|jahar|chuhe|chuha|colin|acid|tezaab|tejab|kerosene|mitti ka tel|cleaner|keede|kaat|kat li|"
    "cut kar|blade|zakhmi|kud|kood|chhalang|chhalaang|jump|suicide|khudkhushi|khudkushi|aatmhatya|jaan|"
    "mar ja|marna|marne|faansi|fansi|khatam|plan|band|lock|kundi|goodbye|good bye|alvida|message|"
    "farewell|bye|sorry|maaf kar dena|thank you for everything|shukriya|love you all"
)
_TX_HI = (
    "गोलि|गोली|दवा|टैबलेट|ओवरडोज|फिनाइल|फिनायल|ब्लीच|हार्पिक|ज़हर|जहर|चूहे|तेज़ाब|तेजाब|एसिड|मिट्टी का तेल|"
    "केरोसिन|कीटनाशक|क्लीनर|काट|ब्लेड|ज़ख्मी|जख्मी|कट कर|कूद|छलांग|मरना|मर जा|मरने|आत्महत्या|ख़ुदकुशी|"
    "खुदकुशी|सुसाइड|जान दे|फांसी|फाँसी|खत्म|ख़त्म|प्लान|योजना|बंद|लॉक|कुंडी|अलविदा|गुडबाय|गुड बाय|आखिरी|"
    "आख़िरी|विदाई|बाय|माफ़ी|माफी|माफ़ कर|माफ कर|शुक्रिया"
)
_TX_ZH = (
    "药 消毒 84 八四 漂白 毒 洗洁精 洗衣液 清洁剂 洁厕灵 除草剂 敌敌畏 百草枯 割 划 切 跳 卧轨 自杀 去死 轻生 生命 "
    "了结 上吊 寻死 计划 遗书 锁 关 告别 道别 遗言 诀别 永别 再见 对不起大家 谢谢大家 下辈子"
)

_NB = r"(?<!\S)"  # start of a word in scripts whose vowel signs are not word characters


def _rule(triggers: str, texts: str, pattern: str) -> Rule:
    return _texts(rule("self_harm:others_acute", "self_harm", triggers, pattern, framed="generic"), texts)


RULES: list[Rule] = [
    _rule(_TRIG_EN, _TX_EN, _acute(_WHO_EN, _GUARD_EN, _ACTS_EN, _BYE_EN, _UNREACH_EN, _BYE_GUARD_EN)),
    _rule("mi nuestra nuestro una un alguien ella el", _TX_ES,
          _acute(_WHO_ES, _GUARD_ES, _ACTS_ES, _BYE_ES, _UNREACH_ES, _BYE_GUARD_ES)),
    _rule("ma mon notre une un quelqu'un elle il", _TX_FR,
          _acute(_WHO_FR, _GUARD_FR, _ACTS_FR, _BYE_FR, _UNREACH_FR, _BYE_GUARD_FR)),
    _rule("minha meu nossa nosso uma um alguem ela ele", _TX_PT,
          _acute(_WHO_PT, _GUARD_PT, _ACTS_PT, _BYE_PT, _UNREACH_PT, _BYE_GUARD_PT)),
    _rule("meine mein unsere unser ein eine jemand sie er", _TX_DE,
          _acute(_WHO_DE, _GUARD_DE, _ACTS_DE, _BYE_DE, _UNREACH_DE, _BYE_GUARD_DE)),
    _rule("mia mio nostra nostro una un uno qualcuno lei lui", _TX_IT,
          _acute(_WHO_IT, _GUARD_IT, _ACTS_IT, _BYE_IT, _UNREACH_IT, _BYE_GUARD_IT)),
    _rule("подруга подружка друг сестра сестренка брат братик одноклассница одноклассник девушка парень "
          "мама папа мать отец соседка сосед тетя дядя кузина кузен одна один кто кто-то она он", _TX_RU,
          _acute(_WHO_RU, _GUARD_RU, _ACTS_RU, _BYE_RU, _UNREACH_RU, _BYE_GUARD_RU)),
    _rule("arkadasim arkadasimiz kankam kankim sevgilim kardesim ablam abim kuzenim komsumuz komsum annem "
          "babam teyzem halam dayim amcam bff'im bffim dostum siniftan sinifimizdan sinifimdan okuldan "
          "sinifimizdaki bana bize", _TX_TR,
          _acute(_WHO_TR, _GUARD_TR, _ACTS_TR, _BYE_TR, _UNREACH_TR, _BYE_GUARD_TR)),
    _rule("przyjaciolka przyjaciel kolezanka kolega siostra siostrzyczka brat braciszek kuzynka kuzyn "
          "dziewczyna chlopak mama tata matka ojciec ciocia wujek sasiadka sasiad psiapsiolka psiapsi "
          "ziomek ziomal bff jedna jeden pewna pewien ktos ona on", _TX_PL,
          _acute(_WHO_PL, _GUARD_PL, _ACTS_PL, _BYE_PL, _UNREACH_PL, _BYE_GUARD_PL)),
    _rule(_REL_ID.replace("|", " ") + " temenku temanku sahabatku bestieku kakakku kakku adikku adekku "
          "sepupuku pacarku mamaku mamahku ibuku papaku ayahku bapakku tanteku omku tetanggaku anak cewek "
          "cowok seseorang dia doi", _TX_ID,
          _acute(_WHO_ID, _GUARD_ID, _ACTS_ID, _BYE_ID, _UNREACH_ID, _BYE_GUARD_ID)),
    _rule("صاحبتي صاحبي صديقتي صديقي رفيقتي رفيقي اختي اخوي اخي بنت ابن ولد زميلتي زميلي حبيبتي حبيبي "
          "امي ابوي ابي خالتي عمتي جارتنا جارنا صحبتي صحبي بيستي طالبه طالب وحده واحد بعتتلي بعتلي "
          "بعثتلي بعثلي كتبتلي كتبلي ارسلتلي راسلتني راسلني", _TX_AR,
          _acute(_WHO_AR, _GUARD_AR, _ACTS_AR, _BYE_AR, _UNREACH_AR, _BYE_GUARD_AR, b=_NB,
                 pre="(?:و|ف)?", end=r"(?!\S)")),
    _rule("meri mera hamari hamara usne unhone", _TX_HL,
          _acute(_WHO_HL, _GUARD_HL, _ACTS_HL, _BYE_HL, _UNREACH_HL, _BYE_GUARD_HL)),
    _rule("मेरी मेरा हमारी हमारा उसने उन्होंने", _TX_HI,
          _acute(_WHO_HI, _GUARD_HI, _ACTS_HI, _BYE_HI, _UNREACH_HI, _BYE_GUARD_HI, b=_NB, end=r"(?!\S)")),
    with_texts(zrule("self_harm:others_acute", "self_harm", "我",
                     _acute(_WHO_ZH, _GUARD_ZH, _ACTS_ZH, _BYE_ZH, _UNREACH_ZH, _BYE_GUARD_ZH, b="", end="",
                            spaced=False),
                     framed="generic"), zh_spellings(_TX_ZH)),
]
