"""The means at hand, and a plan with a time or a place (en es fr; pt de it
are in `selfharm_means_ready_eu.py`, ru tr pl id ar hi zh in
`selfharm_means_ready_langs.py`; both import the shared guards from here).

Why: a disclosure that names no act - no "kill", "die" or "cut" - passed
every phrase rule when the writer only said that the method is ready, that
they are at the place, or that the time is fixed: "can someone stay online
with me i have the pills in my hand", "mum hid the knives but i found dad's
razors", "i planned it for friday when my parents are away", "i looked up
the tallest bridge near my house today. you can guess why", "estoy en el
anden del metro y no se si subirme o tirarme", "the voice in my head keeps
telling me to jump", "想去天台吹吹风，吹完就不回来了".  Eight classes, each a
first-person core AND a cue that rules out the everyday sense:

* **in hand**: pills or a blade in my hand / bag / pocket with "right now",
  a plea ("stay with me", "say something"), the urge, or locked in the
  bathroom;
* **found or hidden**: the family hid or locked away the knives or pills
  *but I found / still have* others; a cutting kit ("ritzsachen"); a blade
  or razor hidden (the noun first) behind furniture or "just in case";
* **a cover story**: the means named, "I told them it was for grandma",
  really for me (`cover_story`, in en es fr pt de it: the cover told to a
  pharmacist needs no "bought", "eran para mi abuela ... en realidad para
  mi");
* **treatment stopped** and all the pills kept;
* **a date set**: the day / night / date chosen *to end it*; "I planned it
  for friday when my parents are away" (an unnamed "it" and nobody home);
* **a place scouted**: the tallest bridge looked up, "you can guess why";
* **at the place**: on the platform, the bridge, the roof, in the window of
  a high floor, and jumping or "whether it is worth it" in the same
  sentence; a voice in my head telling me to jump;
* **up to the roof and not coming back**.

What passes and why: every core is first person and needs its cue, so
pills in my bag for a headache or as prescribed, razors to shave, a knife
for cooking, a party on friday when the parents are away, the tallest
bridge for a school project, waiting on the platform, homework by the
window on the 10th floor, the trampoline, a voice *in a game*, the roof
terrace for air (and back), a character in a series and "what to do if a
friend has pills" do not match or name their everyday reason after the
core (`_EVERYDAY`, `_WATER`); the generic frames excuse advice and the
topic.  The everyday reason is looked for right after the means and place,
not only after the cue: "pills in my bag for my allergy, I'm at school now"
names its reason before "now".  A hiding that gives its reason ("so my
brother can't reach them", "чтобы", "zeby", "biar", "taaki") is not a
disclosure in any language (`_NO_REASON`; its words must not be everyday
words elsewhere: Turkish "diye" is Hindi "gave", Polish "taki" is "such").
Patterns run on the phrase form (lower case, accents stripped, "rn" read
"right now", "i'm" read "i am", and Spanish "y" read "why").
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_methods_langs import _MUNDANE

_G = r"[^.!?]"  # a gap inside the sentence
# a gap that gives no reason ("so my little brother can't reach them", "para mi hermanito",
# "чтобы брат не достал", "biar adikku ga ambil", "taaki chhota bhai na le")
_NO_REASON = (
    r"(?:(?!\b(?:so|because|for|from|since|cause|para|porque|pour|parce|pra|por|damit|weil|fur|"
    r"wegen|perche|per|dal|dai|de mi|de ma|do meu|da minha|чтобы|чтоб|потому|так как|из за|для|zeby|bo|"
    r"poniewaz|dla|icin|cunku|biar|supaya|karena|soalnya|gara gara|kyunki|kyuki|kyonki|taaki|"
    r"isliye|ke liye)\b)[^.!?]){0,60}?"
)
# an everyday reason anywhere after the core: health, school, a trip, a party, shaving, a game
_EVERYDAY = (
    r"(?!.*\b(?:headaches?|migraines?|allerg\w*|prescri\w*|doctors?|dentist|fever|flu|cold|asthma|"
    r"inhaler|vitamins?|antibiotics?|period|cramps|insulin|diabet\w*|adhd|epilep\w*|hay fever|"
    r"take (?:them|it|one|two) (?:at|with|after|before)|lunch|breakfast|trip|holiday|vacation|"
    r"packed|packing|party|sleepover|invite\w*|friends over|movie night|bbq|gaming|lan|"
    r"project|homework|photos?|pictures?|selfies?|view|sunset|stars|fresh air|for air|"
    r"woodwork|art class|shav\w*|legs|armpits|rasier\w*|beine|afeit\w*|depil\w*|barbear|raser|"
    r"rader\w*|game|minecraft|roblox|fortnite|series|episode|"
    r"character|book|film|movie|"
    r"dolor de cabeza|alergia|receta|medico|vacaciones|fiesta|proyecto|deberes|fotos?|juego|"
    r"mal de tete|ordonnance|medecin|vacances|fete|projet|devoirs|jeu|"
    r"dor de cabeca|receita|ferias|festa|projeto|licao|jogo|"
    r"kopfschmerz\w*|allergie|rezept|arzt|arztin|urlaub|ferien|feier|hausaufgaben|spiel|fotos?|"
    r"mal di testa|ricetta|dottore|vacanza|compiti|gioco|foto|"
    r"trampolin\w*|parkour|pool|piscina|piscine|schwimmbad)\b)"
)
# a jump into water or onto a vehicle, for fun
_WATER = (
    r"(?!" + _G + r"*\b(?:river|lake|sea|water|pool|swim\w*|on the train|onto the train|on the bus|"
    r"trampoline|rio|lago|mar|agua|piscina|nadar|riviere|lac|eau|nager|fluss|see|wasser|"
    r"schwimm\w*|fiume|acqua|nuotare|trampolin\w*|tuffo|plongeon|kopfsprung)\b)"
)


def cover_story(means: str, told: str, cover: str, really: str, me: str) -> str:
    """A cover story: the means named anywhere, "I told (them) it was for my
    grandma ... really it is for me".  The match is the message's first word and
    the story a lookahead: the purpose frame would read the cover ("for my
    grandma", "para mi abuela") as the pills' everyday purpose."""
    return (
        r"^(?=.*?\b(?:" + means + r")\b)(?=.*?\b(?:" + told + r")\b.{0,80}?\b(?:" + cover
        + r")\b.{0,40}?\b(?:" + really + r")\b.{0,25}?\b(?:" + me + r"))\S+"
    )

# -- en ---------------------------------------------------------------------------
_MEANS_EN = (
    r"(?:pills|tablets|meds|sleeping pills|painkillers|paracetamol|bottle|blade|blades|razor blades?|"
    r"razor)"
)
_CUE_EN = (
    r"(?:right now|already|stay (?:online |on |here |up )?with me|(?:someone|anyone|somebody) "
    r"(?:please |pls |plz )?(?:talk|stay|say|answer|help)|talk to me|say something|help me|"
    r"i am (?:so )?scared|can not stop|the urge|urges|locked (?:myself )?in|in the (?:bathroom|toilet)|"
    r"no one is home|nobody is home|nobody knows|no one knows|just in case|i want to take|"
    r"i am going to (?:take|use|do)|counting them|staring at (?:it|them))"
)
_EN = (
    # -- in hand, with a cue before or after
    r"\b(?:i have|i have got|i got|i am holding|holding|i hold|i am sitting with|got|i took out) "
    r"(?:the |my |all (?:the |my |of (?:the |my ))?|a |some |mums |moms |dads |a handful of )?"
    + _MEANS_EN + r" (?:in|on) my (?:hands?|lap|bag|pocket|backpack)\b" + _MUNDANE + _EVERYDAY + _G + r"{0,60}?\b"
    + _CUE_EN + r"\b" + _EVERYDAY + r"|"
    r"\b" + _CUE_EN + r"\b" + _G + r"{0,60}?\b(?:i have|i have got|i got|i am holding|holding) "
    r"(?:the |my |all (?:the |my )?|a |some )?" + _MEANS_EN + r" (?:in|on) my (?:hands?|lap|bag|"
    r"pocket)\b" + _EVERYDAY + r"|"
    r"\b(?:the|my|all the|all my) (?:pills|tablets|meds|blade|blades|razor) (?:are|is) (?:already )?"
    r"(?:in|on) my (?:hands?|lap|bag|pocket|backpack)\b" + _EVERYDAY + _G + r"{0,60}?\b(?:right now|already|"
    r"i am (?:at|in) (?:school|class|my room)|stay with me|talk to me|help)\b" + _EVERYDAY + r"|"
    # -- found or hidden
    r"\b(?:mum|mom|my mum|my mom|my parents|parents|dad|my dad|they|my mother|my father|my family|"
    r"my therapist|my sister|my brother|my grandma|my nan) (?:\w+ )?(?:hid|hide|hides|locked|locks|"
    r"took away|takes away|removed|threw away|got rid of) (?:up |away )?(?:all )?(?:the |my |all the |"
    r"our )?(?:kitchen |sharp )?(?:knives|knife|pills|meds|medicine|medication|tablets|blades|"
    r"razors|razor|sharp things|sharps|scissors|belts)\b" + _NO_REASON + r"\b(?:but|and|so) "
    r"(?:i |i have |now i )?(?:still )?"
    r"(?:found|find|got|know where|have|took|bought|kept|managed|saved)\b" + _MUNDANE + r"|"
    r"\bmy (?:cutting|self harm|selfharm|sh) (?:kit|stuff|box|tools|blades|things|bag)\b|"
    # -- a cover story
    # (the match is the first word, the story a lookahead: the purpose frame would read the cover
    # "for my mum" as the pills' everyday purpose)
    r"^(?=.*?\b(?:bought|got|picked up|ordered|asked for) (?:\w+ ){0,3}?(?:pills|tablets|painkillers|"
    r"paracetamol|sleeping pills|blades|razor blades)\b.{0,60}?\b(?:said|told (?:them|her|him|the "
    r"\w+)|pretended) (?:\w+ ){0,3}?for (?:my )?(?:grandma|gran|nan|mum|mom|dad|sister|a friend|"
    r"school|a project|a headache|my headache)\b.{0,40}?\b(?:actually|really|truth is|in reality|but) "
    r"(?:\w+ )?(?:they are |they're |it is |its |it's )?(?:for me|for myself|mine)\b)\S+|"
    + cover_story(
        r"pills|tablets|painkillers|paracetamol|sleeping pills|meds|blades|razor blades",
        r"said|told|pretended|lied|claimed", r"for (?:my )?(?:grandma|gran|nan|nana|mum|mom|dad|sister|"
        r"aunt|neighbour|neighbor)", r"actually|really|truth is|in reality|but",
        r"for me\b|for myself\b|mine\b",
    ) + r"|"
    # -- treatment stopped, all the pills kept
    r"\bi (?:have )?(?:stopped|quit) (?:taking )?(?:my )?(?:meds|medication|treatment|antidepressants|"
    r"pills)\b" + _G + r"{0,60}?\b(?:keep|keeping|kept|saving|saved|collecting|hiding|hoarding|stashing) "
    r"(?:them all|all of them|all (?:the|my) (?:pills|tablets|meds))\b|"
    # -- a date set
    r"\bi (?:have |already |have already )?(?:picked|chosen|chose|set|decided on|planned|fixed|"
    r"circled|marked) (?:out )?(?:the |a )?(?:day|date|night|time|weekend|moment)\b" + _G
    + r"{0,30}?\b(?:to|when|i will|i am going to|i) (?:finally )?(?:end it|end everything|end my life|"
    r"kill myself|die|do it|go through with it|not be here|be gone|leave for good)\b|"
    r"\bi (?:have )?(?:already )?(?:planned|plan|scheduled) it for (?:friday|saturday|sunday|monday|"
    r"tuesday|wednesday|thursday|tonight|tomorrow|the weekend|next week|this weekend|after \w+)\b" + _G
    + r"{0,40}?\b(?:when|while|since|because) (?:my |the )?(?:parents|mum|mom|dad|family|everyone|"
    r"nobody|no one|they) (?:\w+ ){0,2}?(?:away|out|asleep|gone|at work|on holiday|not home|alone|"
    r"will not be home)\b" + _EVERYDAY + r"|"
    # -- a place scouted
    r"\b(?:looked up|googled|searched|checked out|checked|found|looked for|researched|went to see|what is|"
    r"whats|which is|where is|wheres|anyone know) "
    r"(?:\w+ ){0,2}?(?:the )?(?:tallest|highest|biggest|nearest|closest) (?:bridge|building|cliff|"
    r"tower|roof|parking garage|car park|bridges|buildings)\b" + _G + r"{0,60}?(?:[.!?] )?"
    + _G + r"{0,20}?\b(?:you can guess why|guess why|do not ask why|dont ask why|not for (?:a |my )?"
    r"(?:school|project|homework)|for reasons|just in case|you know why|i will not say why)\b|"
    # -- at the place, the jump or "whether it is worth it" in the sentence
    r"\bi am (?:\w+ )?(?:on|at|in|up on|standing on|sitting on|sitting in|standing at|sitting at|"
    r"standing in) (?:the |a |my |our )?(?:window|windowsill|window sill|ledge|edge|roof|rooftop|bridge|"
    r"train platform|platform|metro platform|tracks|railway|railing|cliff|top floor|balcony railing|"
    r"\d+\w* floor)\b" + _G + r"{0,60}?\b(?:(?:to |and |or |should i |if i should |whether to )"
    r"(?:jump|throw myself|step off|let go)|whether it is worth it|if it is worth it|looking down|"
    r"how easy it would be|thinking about jumping)\b" + _WATER + _EVERYDAY + r"|"
    r"\bthe voices? (?:in|inside) my (?:head|mind|brain)\b" + _G + r"{0,20}?\b(?:tell|tells|telling|"
    r"told|keep telling|keeps telling|say|says|saying|want|wants|screams?|screaming|whispers?) "
    r"(?:me )?(?:to |that i should |i should )(?:jump|kill myself|die|cut|hurt myself|end it|do it|"
    r"take (?:the|all the) pills|step off|drown)\b" + _WATER + r"|"
    r"\bthe voices (?:keep )?(?:tell|telling|tells|told) me to (?:jump|kill myself|die|cut|hurt myself|"
    r"end it)\b" + _WATER + r"|"
    # -- up to the roof and not coming back
    r"\b(?:go|going|gonna|want to go|head|heading|climb|climbing|walk|walking) (?:up )?(?:to|on|onto) "
    r"(?:the |our |my )?(?:roof|rooftop|top floor|bridge|cliff)\b" + _G + r"{0,40}?\b(?:and )?(?:not|never|"
    r"will not|do not|am not) (?:\w+ )?(?:come|coming|go|going|climb|climbing) (?:back|down)(?: down| up)?\b"
    r"(?! (?:until|till|before|for|soon|in a))" + _EVERYDAY
)
_EN_TRIG = (
    "pills tablets meds painkillers paracetamol bottle blade blades razor razors knife knives belts "
    "scissors sharps cutting harm selfharm sh day date night time weekend moment planned plan "
    "scheduled tallest highest biggest nearest closest window windowsill ledge edge roof rooftop "
    "bridge platform tracks railway railing cliff floor voice voices"
)

# -- es ---------------------------------------------------------------------------
_MEANS_ES = r"(?:pastillas|pastis|pildoras|medicamentos|cuchilla|cuchillas|navaja|hoja de afeitar)"
_ES = (
    r"\b(?:tengo|sostengo|con) (?:las |la |mis |una |el |un |todas las )?" + _MEANS_ES + r" en (?:la|mi|"
    r"mis|las) (?:manos?|mochila|bolsillo|bolso)\b" + _MUNDANE + _EVERYDAY + _G
    + r"{0,60}?\b(?:ahora|ahorita|ya|you|quedate "
    r"conmigo|hablenme|haganme caso|diganme algo|ayuda|tengo miedo|encerrad[ao]|en el bano|no aguanto)\b"
    + _EVERYDAY + r"|"
    r"\b(?:quedate conmigo|hablenme|diganme algo|encerrad[ao] en el bano)\b" + _G + r"{0,40}?\b(?:tengo|"
    r"con) (?:las |la |una |el )?" + _MEANS_ES + r" en (?:la|mi) mano\b|"
    r"\b(?:mi madre|mi mama|mama|mis padres|mi padre|mi papa|papa|ellos) (?:\w+ )?(?:escondio|escondieron|"
    r"escondio|guardo bajo llave|guardaron bajo llave|se llevo|se llevaron|tiro|tiraron) (?:tod[oa]s )?"
    r"(?:los |las |mis )?(?:cuchillos|pastillas|medicamentos|cuchillas|navajas|tijeras)\b" + _NO_REASON
    + r"\b(?:pero|y|why) (?:yo )?(?:ya |you )?(?:encontre|consegui|tengo|se donde|guarde|compre)\b"
    + _MUNDANE + r"|"
    r"\b(?:ya |you )?(?:elegi|escogi|decidi|tengo elegid[ao]|he elegido|fije|puse) (?:el |la )?(?:dia|"
    r"noche|fecha|momento)\b" + _G + r"{0,30}?\b(?:para|en (?:el|la) que|en que) (?:acabar con todo|"
    r"terminar con todo|matarme|quitarme la vida|morir|hacerlo|dejar de existir)\b|"
    r"\b(?:busque|mire|encontre|fui a ver) (?:\w+ ){0,2}?(?:el|los|la|las) (?:puente|edificio|"
    r"acantilado|torre|puentes|edificios) mas (?:alt[oa]s?|cercan[oa]s?)\b" + _G + r"{0,60}?(?:[.!?] )?"
    + _G + r"{0,20}?\b(?:(?:ya|you) sabes (?:por que|pq|para que)|adivina (?:por que|para que)|no (?:me )?"
    r"preguntes (?:por que|para que)|no es para (?:el cole|clase|un trabajo))\b|"
    r"\bestoy (?:\w+ )?(?:en|sobre|sentad[ao] en|parad[ao] en) (?:el |la |mi )?(?:anden|puente|azotea|"
    r"tejado|techo|ventana|borde|cornisa|vias|barandilla|balcon|piso \d+|\d+\w* piso)\b" + _G
    + r"{0,60}?\b(?:tirarme|saltar|lanzarme|si vale la pena|mirando (?:hacia )?abajo)\b" + _WATER
    + _EVERYDAY + r"|"
    r"\b(?:la|una|las) voz(?:es)? (?:en|de|dentro de) mi cabeza\b" + _G + r"{0,25}?\b(?:me dicen?|me "
    r"pide|me piden|me grita|me gritan|me repite) (?:que )?(?:salte|me tire|me mate|me corte|me muera|"
    r"lo haga|acabe con todo)\b|"
    r"\b(?:subir|subo|ir|voy|irme) (?:a|al|hasta) (?:la |el )?(?:azotea|tejado|techo|puente)\b" + _G
    + r"{0,40}?\b(?:y |why )?no (?:volver|vuelvo|bajar|bajo|regresar|regreso)\b(?! (?:hasta|en|pronto))"
)
_ES_COVER = cover_story(
    r"pastillas|pastis|pildoras|medicamentos|cuchillas|farmacia|farmaceutic[ao]|paracetamol|ibuprofeno|somniferos",
    r"dije|menti|fingi|conte|invente",
    r"para (?:mi |la )?(?:abuela|abuelita|mama|madre|papa|padre|hermana|tia|vecina)",
    r"en realidad|la verdad|de verdad|realmente|pero",
    r"para mi(?: misma| mismo)?(?! \w)|mias?\b",
)
_ES_TRIG = (
    "pastillas pastis pildoras medicamentos cuchilla cuchillas navaja hoja cuchillo cuchillos "
    "navajas tijeras dia noche fecha momento puente edificio acantilado torre puentes edificios "
    "anden azotea tejado techo ventana borde cornisa vias barandilla balcon piso voz voces"
)

# -- fr ---------------------------------------------------------------------------
_MEANS_FR = r"(?:cachets|comprimes|medocs|medicaments|pilules|lame|lames|rasoir)"
_FR = (
    r"\b(?:j'ai|je tiens|avec) (?:les |la |mes |une |le |un |tous les |toutes les )?" + _MEANS_FR
    + r" (?:dans (?:la|ma|les|mes) (?:mains?|sac|poche)|en main)\b" + _MUNDANE + _EVERYDAY + _G
    + r"{0,60}?\b(?:la|maintenant|"
    r"deja|restez avec moi|reste avec moi|parlez moi|dites moi quelque chose|aidez moi|j'ai peur|"
    r"enfermee?|aux toilettes|dans la salle de bain)\b" + _EVERYDAY + r"|"
    r"\b(?:restez avec moi|reste avec moi|parlez moi|dites moi quelque chose)\b" + _G + r"{0,40}?\b"
    r"(?:j'ai|je tiens) (?:les |la |une |le )?" + _MEANS_FR + r" (?:dans la main|en main)\b|"
    r"\b(?:ma mere|maman|mes parents|mon pere|papa|ils) (?:\w+ )?(?:a cache|ont cache|cache|a enferme|"
    r"ont enferme|a range|ont range|a jete|ont jete|a enleve|ont enleve) (?:tous |toutes )?(?:les |mes )?"
    r"(?:couteaux|medicaments|medocs|cachets|lames|rasoirs|ciseaux)\b" + _NO_REASON + r"\b(?:mais|et) "
    r"(?:j'ai (?:trouve|recupere|garde|achete)|je sais ou|j'en ai)\b" + _MUNDANE + r"|"
    r"\b(?:j'ai arrete|j'ai stoppe|j'arrete) (?:de prendre )?(?:mon |mes |le |les )?(?:traitement|"
    r"medicaments|medocs|cachets|antidepresseurs)\b" + _G + r"{0,60}?\b(?:je garde|je les garde|je "
    r"cache|je les cache|je stocke|je les stocke|je mets de cote|je les accumule) (?:tous|toutes|tout)?\b|"
    r"\bj'ai (?:deja )?(?:choisi|fixe|decide|prevu) (?:le |la |une |un )?(?:jour|"
    r"nuit|date|soir|moment)\b" + _G + r"{0,30}?\b(?:pour|ou) (?:je vais )?(?:en finir|tout arreter|"
    r"me tuer|mourir|le faire|disparaitre|partir pour de bon)\b|"
    r"\b(?:j'ai cherche|j'ai regarde|j'ai trouve|je suis alle voir|c'est quoi|c quoi|cest quoi|quel est|"
    r"ou est|ou se trouve) (?:\w+ ){0,2}?(?:le |la |les )?"
    r"(?:pont|immeuble|falaise|tour|ponts|immeubles) (?:le |la |les )?plus (?:haut|haute|hauts|proche)\b"
    + _G + r"{0,60}?(?:[.!?] )?" + _G + r"{0,20}?\b(?:(?:devinez|devine|tu devines|demandez pas|ne "
    r"demandez pas|demande pas|me demandez pas) (?:pourquoi|pk|pq|pkoi|pourkoi)|pas pour (?:l'ecole|un "
    r"expose|un projet))\b|"
    r"\bje suis (?:\w+ )?(?:sur|a|au|dans|assise? sur|debout sur|assise? a) (?:le |la |l'|mon |ma )?"
    r"(?:quai|pont|toit|rebord|fenetre|bord|voies|rambarde|balcon|\d+\w* etage)\b" + _G
    + r"{0,60}?\b(?:sauter|me jeter|si ca vaut le coup|si ca vaut la peine|je regarde en bas)\b"
    + _WATER + _EVERYDAY + r"|"
    r"\b(?:la|une|les) voix (?:dans|de) ma tete\b" + _G + r"{0,25}?\b(?:me dit|me disent|me crie|me "
    r"crient|me repete) (?:de |que je dois |qu'il faut )?(?:sauter|me jeter|me tuer|mourir|me couper|"
    r"en finir|le faire)\b|"
    r"\b(?:monter|je monte|aller|je vais) (?:sur|au) (?:le )?(?:toit|pont)\b" + _G + r"{0,40}?\b(?:et )?"
    r"(?:ne pas (?:revenir|redescendre)|je (?:ne )?(?:reviendrai|redescendrai) (?:pas|jamais)|plus "
    r"jamais (?:revenir|redescendre))\b"
)
_FR_COVER = cover_story(
    r"cachets|comprimes|medocs|medicaments|pilules|lames|pharmacie|pharmacien(?:ne)?|doliprane|paracetamol|somniferes",
    r"dit|menti|pretendu|fait croire|raconte",
    r"pour (?:ma |mon |la )?(?:grand mere|mamie|mere|maman|pere|papa|soeur|tante|voisine)",
    r"en vrai|en fait|en realite|vraiment|mais",
    r"pour moi\b",
)
_FR_TRIG = (
    "cachets comprimes medocs medicaments pilules lame lames rasoir couteau couteaux rasoirs ciseaux "
    "traitement antidepresseurs jour nuit date soir moment pont immeuble falaise tour ponts "
    "immeubles quai toit rebord fenetre bord voies rambarde balcon etage voix"
)

RULES: list[Rule] = [
    rule("self_harm:means_ready", "self_harm", _EN_TRIG, _EN, framed="generic"),
    rule(
        "self_harm:means_ready", "self_harm",
        _ES_TRIG + " farmacia farmaceutica farmaceutico paracetamol ibuprofeno somniferos",
        _ES + "|" + _ES_COVER, framed="generic",
    ),
    rule(
        "self_harm:means_ready", "self_harm",
        _FR_TRIG + " pharmacie pharmacien pharmacienne doliprane paracetamol somniferes",
        _FR + "|" + _FR_COVER, framed="generic",
    ),
]
