"""The means at hand, and a plan with a time or a place (en es fr pt de it;
ru tr pl id ar hi zh are in `selfharm_means_ready_langs.py`).

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
* **a cover story**: pills bought "for grandma", really for me;
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
topic.  Patterns run on the phrase form (lower case, accents stripped,
"rn" read "right now", "i'm" read "i am", and Spanish "y" read "why").
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_methods_langs import _MUNDANE

_G = r"[^.!?]"  # a gap inside the sentence
# a gap that gives no reason ("so my little brother can't reach them", "para mi hermanito")
_NO_REASON = (
    r"(?:(?!\b(?:so|because|for|from|since|cause|para|porque|pour|parce|pra|por|damit|weil|fur|"
    r"wegen|perche|per|dal|dai|de mi|de ma|do meu|da minha)\b)[^.!?]){0,60}?"
)
# an everyday reason anywhere after the core: health, school, a trip, a party, shaving, a game
_EVERYDAY = (
    r"(?!.*\b(?:headaches?|migraines?|allerg\w*|prescri\w*|doctors?|dentist|fever|flu|cold|asthma|"
    r"inhaler|vitamins?|antibiotics?|period|cramps|insulin|diabet\w*|adhd|epilep\w*|hay fever|"
    r"take (?:them|it|one|two) (?:at|with|after|before)|lunch|breakfast|trip|holiday|vacation|"
    r"packed|packing|party|sleepover|invite\w*|friends over|movie night|bbq|gaming|lan|"
    r"project|homework|photos?|pictures?|selfies?|view|sunset|stars|fresh air|for air|"
    r"woodwork|art class|shav\w*|legs|armpits|game|minecraft|roblox|fortnite|series|episode|"
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
    + _MEANS_EN + r" (?:in|on) my (?:hands?|lap|bag|pocket|backpack)\b" + _MUNDANE + _G + r"{0,60}?\b"
    + _CUE_EN + r"\b" + _EVERYDAY + r"|"
    r"\b" + _CUE_EN + r"\b" + _G + r"{0,60}?\b(?:i have|i have got|i got|i am holding|holding) "
    r"(?:the |my |all (?:the |my )?|a |some )?" + _MEANS_EN + r" (?:in|on) my (?:hands?|lap|bag|"
    r"pocket)\b" + _EVERYDAY + r"|"
    r"\b(?:the|my|all the|all my) (?:pills|tablets|meds|blade|blades|razor) (?:are|is) (?:already )?"
    r"(?:in|on) my (?:hands?|lap|bag|pocket|backpack)\b" + _G + r"{0,60}?\b(?:right now|already|"
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
    r"nobody|no one|they) (?:\w+ )?(?:away|out|asleep|gone|at work|on holiday|not home|alone|"
    r"will not be home)\b" + _EVERYDAY + r"|"
    # -- a place scouted
    r"\b(?:looked up|googled|searched|checked out|checked|found|looked for|researched|went to see) "
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
    r"mis|las) (?:manos?|mochila|bolsillo|bolso)\b" + _MUNDANE + _G + r"{0,60}?\b(?:ahora|ahorita|ya|you|quedate "
    r"conmigo|hablenme|haganme caso|diganme algo|ayuda|tengo miedo|encerrad[ao]|en el bano|no aguanto)\b"
    + _EVERYDAY + r"|"
    r"\b(?:quedate conmigo|hablenme|diganme algo|encerrad[ao] en el bano)\b" + _G + r"{0,40}?\b(?:tengo|"
    r"con) (?:las |la |una |el )?" + _MEANS_ES + r" en (?:la|mi) mano\b|"
    r"\b(?:mi madre|mi mama|mama|mis padres|mi padre|mi papa|papa|ellos) (?:\w+ )?(?:escondio|escondieron|"
    r"escondio|guardo bajo llave|guardaron bajo llave|se llevo|se llevaron|tiro|tiraron) (?:todos )?"
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
_ES_TRIG = (
    "pastillas pastis pildoras medicamentos cuchilla cuchillas navaja hoja cuchillo cuchillos "
    "navajas tijeras dia noche fecha momento puente edificio acantilado torre puentes edificios "
    "anden azotea tejado techo ventana borde cornisa vias barandilla balcon piso voz voces"
)

# -- fr ---------------------------------------------------------------------------
_MEANS_FR = r"(?:cachets|comprimes|medocs|medicaments|pilules|lame|lames|rasoir)"
_FR = (
    r"\b(?:j'ai|je tiens|avec) (?:les |la |mes |une |le |un |tous les |toutes les )?" + _MEANS_FR
    + r" (?:dans (?:la|ma|les|mes) (?:mains?|sac|poche)|en main)\b" + _MUNDANE + _G + r"{0,60}?\b(?:la|maintenant|"
    r"deja|restez avec moi|reste avec moi|parlez moi|dites moi quelque chose|aidez moi|j'ai peur|"
    r"enfermee?|aux toilettes|dans la salle de bain)\b" + _EVERYDAY + r"|"
    r"\b(?:restez avec moi|reste avec moi|parlez moi|dites moi quelque chose)\b" + _G + r"{0,40}?\b"
    r"(?:j'ai|je tiens) (?:les |la |une |le )?" + _MEANS_FR + r" (?:dans la main|en main)\b|"
    r"\b(?:ma mere|maman|mes parents|mon pere|papa|ils) (?:\w+ )?(?:a cache|ont cache|cache|a enferme|"
    r"ont enferme|a range|ont range|a jete|ont jete|a enleve|ont enleve) (?:tous )?(?:les |mes )?"
    r"(?:couteaux|medicaments|medocs|cachets|lames|rasoirs|ciseaux)\b" + _NO_REASON + r"\b(?:mais|et) "
    r"(?:j'ai (?:trouve|recupere|garde|achete)|je sais ou|j'en ai)\b" + _MUNDANE + r"|"
    r"\b(?:j'ai arrete|j'ai stoppe|j'arrete) (?:de prendre )?(?:mon |mes |le |les )?(?:traitement|"
    r"medicaments|medocs|cachets|antidepresseurs)\b" + _G + r"{0,60}?\b(?:je garde|je les garde|je "
    r"cache|je les cache|je stocke|je les stocke|je mets de cote|je les accumule) (?:tous|toutes|tout)?\b|"
    r"\bj'ai (?:deja )?(?:choisi|fixe|decide|prevu) (?:le |la |une |un )?(?:jour|"
    r"nuit|date|soir|moment)\b" + _G + r"{0,30}?\b(?:pour|ou) (?:je vais )?(?:en finir|tout arreter|"
    r"me tuer|mourir|le faire|disparaitre|partir pour de bon)\b|"
    r"\b(?:j'ai cherche|j'ai regarde|j'ai trouve|je suis alle voir) (?:\w+ ){0,2}?(?:le |la |les )?"
    r"(?:pont|immeuble|falaise|tour|ponts|immeubles) (?:le |la |les )?plus (?:haut|haute|hauts|proche)\b"
    + _G + r"{0,60}?(?:[.!?] )?" + _G + r"{0,20}?\b(?:devinez pourquoi|devine pourquoi|tu devines "
    r"pourquoi|demandez pas pourquoi|ne demandez pas pourquoi|pas pour (?:l'ecole|un expose|un projet))\b|"
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
_FR_TRIG = (
    "cachets comprimes medocs medicaments pilules lame lames rasoir couteau couteaux rasoirs ciseaux "
    "traitement antidepresseurs jour nuit date soir moment pont immeuble falaise tour ponts "
    "immeubles quai toit rebord fenetre bord voies rambarde balcon etage voix"
)

# -- pt ---------------------------------------------------------------------------
_MEANS_PT = r"(?:remedios|comprimidos|pilulas|cartela|lamina|laminas|gilete|giletes|navalha)"
_PT = (
    r"\b(?:to|estou|tou|tenho|seguro|segurando|com) (?:com )?(?:os |as |a |o |uma |um |meus |minhas |"
    r"todos os |todas as )?" + _MEANS_PT + r" (?:na|nas) (?:minha |minhas )?(?:mao|maos|mochila|bolsa|"
    r"bolso)\b" + _MUNDANE + _G + r"{0,60}?\b(?:agora|ja|fica comigo|fiquem comigo|falem comigo|me ajuda|me ajudem|"
    r"to com medo|trancad[ao]|no banheiro)\b" + _EVERYDAY + r"|"
    r"\b(?:fica comigo|fiquem comigo|falem comigo|alguem fala comigo)\b" + _G + r"{0,40}?\b(?:to|tenho|"
    r"estou) (?:com )?(?:os |as |a |o )?" + _MEANS_PT + r" na mao\b|"
    r"\b(?:minha mae|mae|meus pais|meu pai|pai|eles) (?:\w+ )?(?:escondeu|esconderam|trancou|trancaram|"
    r"jogou fora|jogaram fora|tirou|tiraram) (?:todas |todos )?(?:as |os |meus |minhas )?(?:facas|"
    r"remedios|comprimidos|laminas|giletes|tesouras)\b" + _NO_REASON + r"\b(?:mas|e) (?:eu )?(?:ja )?"
    r"(?:achei|encontrei|consegui|tenho|sei onde|guardei|comprei)\b" + _MUNDANE + r"|"
    r"\b(?:ja )?(?:escolhi|marquei|decidi|defini) (?:o |a )?(?:dia|noite|data|hora)\b" + _G
    + r"{0,30}?\b(?:pra|para|em que|que (?:eu )?vou) (?:acabar com tudo|me matar|morrer|fazer isso|"
    r"sumir de vez|tirar minha vida)\b|"
    r"\b(?:pesquisei|procurei|olhei|achei|fui ver) (?:\w+ ){0,2}?(?:a|o|as|os) (?:ponte|predio|"
    r"penhasco|torre|pontes|predios) mais (?:alt[oa]s?|perto)\b" + _G + r"{0,60}?(?:[.!?] )?" + _G
    + r"{0,20}?\b(?:adivinha (?:por que|pq|pra que)|voces sabem (?:por que|pq)|nao pergunta (?:por que|"
    r"pq)|nao e (?:pra|para) (?:escola|trabalho))\b|"
    r"\b(?:to|estou|tou) (?:\w+ )?(?:na|no|sentad[ao] na|sentad[ao] no|em pe na|em pe no|parad[ao] na) "
    r"(?:janela|beirada|ponte|telhado|laje|plataforma|trilhos|parapeito|sacada|borda|\d+\w* andar)\b"
    + _G + r"{0,60}?\b(?:pular|me jogar|se vale a pena|olhando pra baixo)\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:a|uma|as) voz(?:es)? (?:na|da|dentro da) minha cabeca\b" + _G + r"{0,25}?\b(?:manda|mandam|"
    r"fala|falam|diz|dizem|grita|gritam) (?:pra |para |que )?(?:eu )?(?:pular|pule|me jogar|me jogue|me "
    r"matar|me mate|me cortar|morrer|acabar com tudo)\b|"
    r"\b(?:subir|subo|ir|vou) (?:pro|pra|para o|para a|no|na|ate o|ate a) (?:telhado|laje|terraco|"
    r"ponte)\b" + _G + r"{0,40}?\b(?:e )?nao (?:voltar|volto|descer|desco)\b(?! (?:ate|tao cedo|logo))"
)
_PT_TRIG = (
    "remedios comprimidos pilulas cartela lamina laminas gilete giletes navalha faca facas tesouras "
    "dia noite data hora ponte predio penhasco torre pontes predios janela beirada telhado laje "
    "plataforma trilhos parapeito sacada borda andar voz vozes terraco"
)

# -- de ---------------------------------------------------------------------------
_MEANS_DE = r"(?:tabletten|pillen|klinge|klingen|rasierklinge|rasierklingen)"
_DE = (
    r"\b(?:ich )?(?:hab|habe|halte|halt) (?:die |meine |alle |eine |das |ein )?(?:\w+ )?" + _MEANS_DE
    + r" (?:schon |grad |gerade |jetzt )?(?:in der hand|in meiner hand|in den handen|in der tasche|in "
    r"meiner tasche|(?:im|i am) rucksack)\b" + _MUNDANE + _G + r"{0,60}?\b(?:jetzt|grad|gerade|schon|"
    r"bleibt bei mir|redet mit mir|schreibt mir|hilfe|angst|eingeschlossen|(?:im|i am) bad|der drang|"
    r"drang)\b" + _EVERYDAY + r"|"
    r"\b(?:der drang|drang|bleibt bei mir|redet mit mir|schreibt mir was|(?:im|i am) bad eingeschlossen)\b" + _G
    + r"{0,60}?\b(?:ich )?(?:hab|habe|halte) (?:die |meine |eine |das )?" + _MEANS_DE + r" (?:schon |"
    r"grad |gerade |jetzt )?in der hand\b|"
    r"\b(?:mama|mutter|meine mutter|meine eltern|eltern|papa|mein vater|sie) (?:\w+ )?(?:hat|haben) "
    r"(?:\w+ )?(?:alle )?(?:die |meine )?(?:messer|tabletten|medikamente|klingen|rasierer|scheren) "
    r"(?:\w+ )?(?:versteckt|weggeschlossen|eingeschlossen|weggenommen|weggeworfen)\b" + _NO_REASON
    + r"\b(?:aber|und) (?:ich )?(?:hab|habe|weiss wo|kenn|find)\b" + _MUNDANE + r"|"
    r"\b(?:meine |die )?(?:ritzsachen|ritzzeug|ritzkram|ritzbox|ritzklingen?|ritzmesser)\b|"
    r"\b(?:hab|habe) (?:mir )?(?:ein |das |eine |die )?(?:kuchenmesser|messer|klinge|rasierklinge) "
    r"(?:aus der kuche )?(?:geholt|genommen|besorgt)\b" + _G + r"{0,60}?\b(?:unter meinem kissen|unter "
    r"meiner matratze|(?:im|i am) bett|mich damit|damit zu verletzen|damit zu ritzen)\b|"
    r"\b(?:denk\w*|gedanke\w*|will|mochte|drang|lust)\b" + _G + r"{0,40}?\bmich damit (?:zu )?"
    r"(?:verletzen|ritzen|schneiden|umbringen)\b|"
    r"\b(?:ich )?(?:hab|habe) (?:meine )?(?:medikamente|tabletten|therapie|behandlung) (?:\w+ )?"
    r"(?:abgesetzt|aufgehort|nicht mehr genommen)\b" + _G + r"{0,60}?\b(?:sammle|sammel|hebe|heb|"
    r"verstecke|bunkere) (?:sie )?(?:alle|auf)\b|"
    r"\b(?:ich )?(?:hab|habe) (?:mir )?(?:schon )?(?:den|die|einen) (?:tag|nacht|datum|abend|termin) "
    r"(?:\w+ )?(?:ausgesucht|gewahlt|festgelegt|geplant)\b" + _G + r"{0,30}?\b(?:an dem|in der|um|wo) "
    r"(?:ich )?(?:es beende|schluss mache|mich umbringe|sterbe|es tue|es mache|alles beende|"
    r"es zu beenden|schluss zu machen|mich umzubringen)\b|"
    r"\b(?:hab|habe) (?:heute )?(?:\w+ ){0,2}?(?:die|nach der) (?:hochste|hochsten|nachste|nachsten) "
    r"(?:brucke|brucken|hochhaus|klippe|turm|gebaude) (?:\w+ ){0,3}?(?:gegoogelt|gesucht|nachgeschaut|"
    r"rausgesucht|angeschaut)\b" + _G + r"{0,60}?(?:[.!?] )?" + _G + r"{0,20}?\b(?:ratet mal warum|"
    r"rate mal warum|fragt nicht warum|ihr wisst warum|nicht fur die schule|nicht fur ein referat)\b|"
    r"\bich (?:steh|stehe|sitz|sitze|bin) (?:\w+ )?(?:am|auf dem|auf der|im|i am|in der|am rand|auf dem "
    r"rand) (?:\w+ )?(?:gleis|bahnsteig|brucke|dach|fenster|fensterbrett|gelander|balkongelander|"
    r"klippe|\d+\w* stock)\b" + _G + r"{0,60}?\b(?:springen|spring|runterspringen|mich fallen lassen|"
    r"ob es sich lohnt|ob sichs lohnt|schau runter|runterschauen)\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:die|eine) stimmen? in meinem kopf\b" + _G + r"{0,25}?\b(?:sagt|sagen|schreit|schreien|will|"
    r"wollen|befiehlt) (?:mir )?(?:ich soll |dass ich )?(?:springen|spring|mich umbringen|sterben|mich "
    r"ritzen|es tun|es beenden)\b|"
    r"\b(?:aufs|auf das) (?:dach|hochhaus)\b" + _G + r"{0,40}?\b(?:und )?(?:nicht mehr|nie mehr|nie "
    r"wieder) (?:zuruck|runter)(?:kommen|zukommen)?\b"
)
_DE_TRIG = (
    "tabletten pillen klinge klingen rasierklinge rasierklingen messer kuchenmesser medikamente "
    "rasierer scheren ritzsachen ritzzeug ritzkram ritzbox ritzklinge ritzklingen ritzmesser "
    "damit therapie behandlung tag nacht datum abend termin brucke brucken hochhaus klippe turm "
    "gebaude gleis bahnsteig dach fenster fensterbrett gelander balkongelander stock stimme stimmen"
)

# -- it ---------------------------------------------------------------------------
_MEANS_IT = r"(?:pillole|pastiglie|compresse|farmaci|lametta|lamette|rasoio|taglierino)"
_IT = (
    r"\b(?:ho|tengo|sono chius[ao] in bagno con|con) (?:le |la |il |una |un |mie |tutte le )?" + _MEANS_IT
    + r" (?:in mano|nella mano|in borsa|nello zaino|in tasca)\b" + _MUNDANE + _G + r"{0,60}?\b(?:ora|adesso|gia|"
    r"restate con me|resta con me|ditemi qualcosa|parlatemi|aiuto|aiutatemi|ho paura|chius[ao] in bagno)\b"
    + _EVERYDAY + r"|"
    r"\b(?:restate con me|resta con me|ditemi qualcosa|parlatemi|chius[ao] in bagno)\b" + _G
    + r"{0,60}?\b(?:con|ho|tengo) (?:le |la |il |una |un )?" + _MEANS_IT + r" in mano\b|"
    r"\bsono chius[ao] in bagno con (?:la |le |il |una |un )?" + _MEANS_IT + r"\b" + _EVERYDAY + r"|"
    r"\b(?:mia madre|mamma|i miei|mio padre|papa|loro) (?:\w+ )?(?:ha nascosto|hanno nascosto|ha chiuso "
    r"a chiave|hanno chiuso a chiave|ha buttato|hanno buttato|ha tolto|hanno tolto) (?:tutti |tutte )?"
    r"(?:i |le |gli |miei |mie )?(?:coltelli|farmaci|medicine|pillole|lamette|rasoi|forbici)\b" + _NO_REASON
    + r"\b(?:ma|e) (?:io )?(?:ho trovato|ho preso|ho ancora|so dove|ho comprato|ho tenuto)\b"
    + _MUNDANE + r"|"
    r"\b(?:ho smesso|ho interrotto|ho mollato) (?:di prendere )?(?:la |le |i |mia |mie |miei )?(?:cura|"
    r"terapia|farmaci|pillole|medicine|antidepressivi)\b" + _G + r"{0,60}?\b(?:le tengo|li tengo|le "
    r"conservo|li conservo|le nascondo|li nascondo|le metto da parte|le accumulo) (?:tutte|tutti)\b|"
    r"\bho (?:gia )?(?:scelto|deciso|fissato|segnato) (?:il |la )?(?:giorno|notte|data|sera|momento)\b"
    + _G + r"{0,30}?\b(?:per|in cui|quando) (?:farla finita|finirla|uccidermi|ammazzarmi|morire|farlo|"
    r"sparire per sempre|togliermi la vita)\b|"
    r"\b(?:ho cercato|ho guardato|ho trovato|sono andat[ao] a vedere) (?:\w+ ){0,2}?(?:il|la|i|le) "
    r"(?:ponte|palazzo|scogliera|torre|ponti|palazzi) piu (?:alt[oaie]|vicin[oaie])\b" + _G
    + r"{0,60}?(?:[.!?] )?" + _G + r"{0,20}?\b(?:indovinate perche|indovina perche|non chiedete perche|"
    r"sapete perche|non per la scuola|non per una ricerca)\b|"
    r"\bsono (?:\w+ )?(?:sul|sulla|al|alla|sul bordo del|sul bordo della|seduta sul|seduto sul|"
    r"affacciat[ao] alla|sedut[ao] sulla) (?:\w+ )?(?:binario|banchina|ponte|tetto|finestra|davanzale|"
    r"cornicione|ringhiera|binari|balcone|\d+\w* piano)\b" + _G + r"{0,60}?\b(?:buttarmi|saltare|"
    r"lanciarmi|se ne vale la pena|guardo giu)\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:la|una|le) voc[ei] (?:nella|dentro la) mia testa\b" + _G + r"{0,25}?\b(?:mi dice|mi dicono|"
    r"mi urla|mi urlano|mi ripete) (?:di )?(?:buttarmi|saltare|uccidermi|ammazzarmi|morire|tagliarmi|"
    r"farla finita|farlo)\b|"
    r"\b(?:salire|salgo|andare|vado) (?:sul|sulla|in) (?:tetto|terrazzo|ponte)\b" + _G + r"{0,40}?\b"
    r"(?:e )?non (?:tornare|torno|scendere|scendo|tornare giu|tornare piu)\b(?! (?:fino|prima|presto))"
)
_IT_TRIG = (
    "pillole pastiglie compresse farmaci lametta lamette rasoio coltello taglierino coltelli "
    "medicine rasoi forbici cura terapia antidepressivi giorno notte data sera momento ponte "
    "palazzo scogliera torre ponti palazzi binario banchina tetto finestra davanzale cornicione "
    "ringhiera binari balcone piano voce voci terrazzo bagno"
)

RULES: list[Rule] = [
    rule("self_harm:means_ready", "self_harm", _EN_TRIG, _EN, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _ES_TRIG, _ES, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _FR_TRIG, _FR, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _PT_TRIG, _PT, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _DE_TRIG, _DE, framed="generic"),
    rule("self_harm:means_ready", "self_harm", _IT_TRIG, _IT, framed="generic"),
]
