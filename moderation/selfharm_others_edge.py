"""Someone else at an edge or locked in, now (session 15): a sibling, a friend
or a classmate sitting on the balcony railing, in the window, on the edge of
a roof or a bridge and saying they will jump; someone locked in the bathroom
with blood under the door, a blade, or no answer and no sound.

Why: "kardeşim şu an balkonun kenarında oturuyo atlıcam diyo evde kimse
yok!!", "minha amiga ta na janela do quarto dela em videochamada comigo
dizendo q vai pular", "मेरा भाई बालकनी की रेलिंग पे बैठा है और कह रहा है
कूद जाऊंगा" and "брат заперся в ванной, под дверью кровь видно, он не
открывает и молчит" passed unheld.  The older rounds of the class
(`selfharm_others_acute*`, `selfharm_others_now*`, `selfharm_others_seen*`)
pair a person with a high place they know (roof, bridge, ledge) and an end
or a death word; a balcony, a window, a railing or the edge of one, with
"says he'll jump" in the forms children write it (the quoted first person
"atlıcam diyo", "कूद जाऊंगा", "I'll jump"; "amenaza con tirarse", "grozi że
skoczy", "يقول رح ينط"), were missing in every language, and being locked
in paired only with a blade, pills or a wish to die, not with blood under
the door or a silence.

How: one rule per language (and script), named `self_harm:others_acute` as
the older rounds (a training script reads the name), triggered by the words
of the places and of being locked in, and gated by the stems of the jumps,
the blood, the blades and the silences (`with_stems`).  The shape is
`selfharm_others_edge_base._edge`: a person
of the older tables (`_WHO_*`: my friend, sister, brother, a girl from my
class, Turkish and Indonesian possessive suffixes), then within about 20
words, in either order within about 28 words,

* an edge (a preposition and a balcony, window, sill, railing, roof,
  bridge or its edge) and a jump said or threatened; or
* locked in (a bathroom, a room, a toilet) and blood, a blade, or no
  answer together with no sound ("не открывает ... ни звука", "not
  answering and it's dead silent"); a silence alone or a "won't talk to
  me" is a sulk as often.

The match is empty at the start of the message (the pattern is a look-ahead
from `^`): the guards are read over the whole message, before the person as
well as after, and a frame has nothing to read.

What passes, and why: the older guard of each language (a past that is over
- "last year ... she got help and is fine now" -, fiction, a lesson, "if my
friend ...": a conditional right before the person); for the edge, the
pool, the water, a trampoline, parkour and walls, a cat or a dog, a game, a
jump rope, a prank, jumping for joy, fixing the antenna (`_EDGE_GUARD_*`),
and "jump in / into" right after the jump; for being locked in, make-up, a shower, hair, music, homework, a
nosebleed, a period, shaving, a sulk (mad at me, grounded), blood cleaned
up and a pumpkin carved (`_LOCKED_GUARD_*`).  A person at a window with no jump, a jump
with no edge ("says she'll jump off the swing"), a door locked with no
blood, blade or silence pass: each is one half of a pair.

English, German, Spanish, Portuguese, French and Italian are here; Russian,
Polish, Turkish, Indonesian, Arabic (script and Arabizi), Hindi (Hinglish
and Devanagari) and Chinese in `selfharm_others_edge_langs.py`.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute import (
    _GUARD_DE,
    _GUARD_EN,
    _WHO_DE,
    _WHO_EN,
    _WHO_MORE_DE,
    _WHO_MORE_EN,
)
from .selfharm_others_acute_iberian import _GUARD_ES, _GUARD_PT, _WHO_ES, _WHO_MORE_ES, _WHO_MORE_PT, _WHO_PT
from .selfharm_others_acute_romance import _GUARD_FR, _GUARD_IT, _WHO_FR, _WHO_IT, _WHO_MORE_FR, _WHO_MORE_IT
from .selfharm_others_edge_base import _edge, edge_rule, silence
from .selfharm_others_edge_langs import RULES as _LANGS_RULES

# -- en ---------------------------------------------------------------------------------
_PLACE_EN = (
    r"balcony|balconies|balcony railings?|window|windows|window ?sill|window ledge|ledge|railings?|rail|"
    r"barrier|parapet|roof|rooftop|bridge|terrace|cliff|top floor"
)
_EDGE_EN = (
    r"(?:on|onto|at|in|by|over|off|out of|outside|up on|on top of|hanging off|hanging over|leaning out of|"
    r"climbed over|climbed onto|climbing over|sat on|the wrong side of|the other side of) (?:the |a |her |his |"
    r"their |our |this |that )?(?:edge of (?:the |a |her |his |their )?|top of (?:the |a )?)?(?:\S+ ){0,2}?"
    r"(?:" + _PLACE_EN + r")\b|(?:the )?edge of (?:the |a |her |his |their )?(?:\S+ ){0,2}?(?:" + _PLACE_EN
    + r")\b"
)
_NOT_IN_EN = (
    r"(?!(?: \S+){0,3}? (?:in|into|onto|rope|scare|around|on (?:me|us|the bed|the sofa|the couch|the "
    r"trampoline))\b)"
)
_JUMP_EN = (
    r"(?:says?|saying|said|keeps? saying|kept saying|texted|texting|texts|wrote|writes|writing|messaged|"
    r"messaging|typed|told me|tells me|telling me|screaming|screamed|yelling|yelled|shouting|shouted|crying|"
    r"threatening|threatens|threatened|wants|wanted|is going|going|is about|about|ready|trying|planning|plans) "
    r"(?:\S+ ){0,5}?(?:jump|jumps|jumping)\b" + _NOT_IN_EN + r"|"
    r"(?:she|he|they|i)(?:'ll| will| is going to| am going to| are going to| is about to) (?:\S+ )?jump\b"
    + _NOT_IN_EN + r"|"
    r"(?:throw|throwing|throws) (?:herself|himself|themselves|themself|myself) (?:off|out|over|from)\b"
)
_ROOM_EN = r"bathroom|room|bedroom|toilet|toilets|loo|shower|garage|closet|cubicle|stall|wardrobe|shed"
_LOCKED_EN = (
    r"(?:locked|locks|locking|shut|shuts|shutting|barricaded|barricading) (?:herself|himself|themselves|themself)"
    r" (?:in|into|inside) (?:the |her |his |their |a |our |my )?(?:\S+ )?(?:" + _ROOM_EN + r")\b|"
    r"locked (?:in|inside) (?:the |her |his |their |a |our |my )?(?:\S+ )?(?:" + _ROOM_EN + r")\b|"
    r"locked (?:the|her|his|their) (?:bathroom |bedroom |toilet |room )?door"
)
_NOANS_EN = (
    r"(?:not|isnt|is not|wont|will not|doesnt|does not|hasnt|has not|stopped|never|didnt|did not|cant|can not)"
    r" (?:\S+ )?(?:answering|answer|answered|responding|respond|responded|replying|reply|opening|open)\b"
)
_QUIET_EN = (
    r"(?:totally|completely|dead|really|super|so|too|all|very|just) (?:silent|quiet)\b|no sound|not a sound|"
    r"(?:cant|can not|cannot) hear (?:anything|a thing|her|him|them)\b|(?:isnt|is not|not|stopped) moving\b|"
    r"heard a (?:thud|bang|crash)\b"
)
_HARM_EN = (
    r"blood|bleeding|bloody|(?:a|the|her|his|their|with|has|holding|took|got|mums|moms|dads) (?:\S+ )?"
    r"(?:razor|razors|blade|blades|razor blade|knife|knives|scissors|box cutter)\b|" + silence(_NOANS_EN, _QUIET_EN)
)
_EDGE_GUARD_EN = (
    r"pool|swimming|swim|diving|dive|water|lake|sea|trampoline|parkour|free ?running|wall|skate ?park|skateboard|"
    r"bmx|bungee|parachute|zip ?line|rope|skipping|jump ?scare|prank|scare|cats?|kitten|dogs?|puppy|bird|"
    r"pigeon|parrot|hamster|game|gaming|minecraft|roblox|fortnite|gta|sims|for joy|with joy|up and down|antenna|"
    r"gutters?|fixing|repair\w*|tiles|satellite|dish|solar panels?|(?:cleaning|washing) the windows?|window cleaner"
)
_LOCKED_GUARD_EN = (
    r"make ?up|makeup|shower|showering|bath|hair|dye|music|headphones|earphones|gaming|homework|revising|"
    r"studying|nose ?bleed|nose|period|shaving|shave|mad at|angry|annoyed|sulking|sulk|upset with|grounded|"
    r"cleaned|clean(?:ed)? (?:it )?up|fake blood|halloween|ketchup|pumpkin|carv\w*|whittl\w*"
)
_TRIG_EN = (
    "balcony balconies window windows windowsill sill ledge railing railings rail barrier parapet roof rooftop "
    "bridge terrace cliff edge locked locking barricaded herself himself themselves"
)
_STEMS_EN = (
    "jump|throw|blood|bleed|razor|blade|knife|knives|scissors|cutter|answer|respond|repl|open|silent|quiet|sound|"
    "hear|moving|thud|bang|crash"
)

# -- de ("im" reads "i am" in the phrase form) --------------------------------------------------
_PLACE_DE = (
    r"balkon|balkongelander|balkonbrustung|balkonrand|gelander|brustung|fenster|fensterbrett|fensterbank|"
    r"fenstersims|sims|dach|dachrand|dachkante|brucke|bruckengelander|rand|kante|klippe"
)
_EDGE_DE = (
    r"(?:auf|aufm|aufs|am|an|i am|in|uber|ubers|vom|von|aus|oben auf|ganz oben auf) (?:\S+ ){0,3}?(?:"
    + _PLACE_DE + r")\b"
)
_JUMP_DE = (
    r"(?:sagt|sagte|meint|meinte|schreibt|schrieb|geschrieben|gesagt|droht|drohte|will|wollte|schreit|"
    r"schrie|ruft|brullt|heult) (?:\S+ ){0,4}?(?:springt|springen|runterspringen|runterspringt|springe|spring|"
    r"sturzt sich|sich (?:\S+ )?(?:sturzen|runtersturzen|werfen|runterwerfen)|wirft sich)\b"
    r"(?! (?:\S+ ){0,2}?(?:rein|ins|in den|in die|aufs trampolin|auf das trampolin)\b)"
)
_LOCKED_DE = (
    r"eingeschlossen|eingesperrt|verbarrikadiert|verriegelt|eingeriegelt|schliesst sich (?:\S+ ){0,3}?ein|"
    r"(?:bad|badezimmer|zimmer|klo|toilette)tur (?:\S+ )?abgeschlossen"
)
_NOANS_DE = (
    r"antwortet (?:\S+ )?nicht|macht (?:die tur |uns |mir )?nicht (?:mehr )?auf|reagiert (?:\S+ )?nicht|"
    r"offnet (?:\S+ )?nicht"
)
_QUIET_DE = (
    r"(?:total|ganz|komplett|voll|mega) (?:still|leise|ruhig)|kein (?:laut|gerausch|mucks|ton)|"
    r"(?:hor|hore|hort man|horen) (?:gar )?nichts|bewegt sich nicht"
)
_HARM_DE = (
    r"blut|blutet|bluten|blutig|blutlache|klinge|klingen|rasierklinge|rasierklingen|messer|cutter|schere|"
    + silence(_NOANS_DE, _QUIET_DE)
)
_EDGE_GUARD_DE = (
    r"pool|becken|beckenrand|schwimmbad|freibad|hallenbad|sprungturm|sprungbrett|wasser|see|meer|trampolin|"
    r"parkour|mauer|skatepark|katze|kater|katzchen|hund|vogel|spiel|game|zocken|minecraft|roblox|fortnite|gta|"
    r"seilspringen|springseil|erschrecken|streich|vor freude|vor gluck|antenne|dachrinne|"
    r"repariert|reparieren|schussel|fenster putz\w*"
)
_LOCKED_GUARD_DE = (
    r"schmink\w*|make ?up|dusch\w*|badewanne|haare|farbe|musik|kopfhorer|zockt|hausaufgaben|lernt|"
    r"nasenbluten|nase|periode|tage|rasier\w*|sauer|wutend|beleidigt|schmollt|hausarrest|sauber|aufgeraumt|"
    r"weggemacht|kunstblut|halloween|ketchup|kurbis\w*|schnitz\w*"
)
_TRIG_DE = (
    "balkon balkongelander balkonbrustung balkonrand gelander brustung fenster fensterbrett fensterbank "
    "fenstersims sims dach dachrand dachkante brucke bruckengelander rand kante klippe eingeschlossen "
    "eingesperrt verbarrikadiert verriegelt eingeriegelt schliesst abgeschlossen"
)
_STEMS_DE = (
    "spring|sturz|werfen|wirft|blut|klinge|messer|cutter|schere|antwort|macht|reagiert|offnet|still|leise|"
    "ruhig|laut|gerausch|mucks|ton|nichts|bewegt"
)

# -- es (the phrase form reads "y" as "why" and "ya" as "you") ------------------------------------
_PLACE_ES = (
    r"balcon|baranda|barandal|barandilla|ventana|ventanal|cornisa|borde|techo|azotea|terraza|puente|alfeizar|"
    r"repisa|precipicio|acantilado|orilla"
)
_EDGE_ES = (
    r"(?:en|sobre|encima de|arriba de|al|a|desde|por|colgando de|asomad[oa] (?:a|por)) (?:el |la |los |las |su "
    r"|un |una |del |de la )?(?:\S+ ){0,3}?(?:" + _PLACE_ES + r")\b"
)
_JUMP_ES = (
    r"(?:dice|dijo|diciendo|decia|escribe|escribio|escribiendo|grita|gritando|amenaza|amenazando|amenazo|"
    r"quiere|queria|esta por|a punto de|va|iba) (?:\S+ ){0,5}?(?:tirar|tirarse|tirarme|tira|tiro|saltar|salta|"
    r"salto|saltare|lanzarse|aventar|aventarse|aventarme|avienta|botarse)\b"
    r"(?! (?:\S+ ){0,2}?(?:a la piscina|al agua|a la alberca|a la pileta|en la cama elastica|al trampolin|la "
    r"cuerda|a la cama|al sofa)\b)"
)
_LOCKED_ES = (
    r"encerro|encerrada|encerrado|encerrandose|se encierra|atrinchero|atrincherada|atrincherado|"
    r"(?:cerro|echo|puso) (?:\S+ )?(?:con llave|el pestillo|seguro)"
)
_NOANS_ES = r"no (?:me |nos |le )?(?:contesta|responde|abre|habla)\b"
_QUIET_ES = (
    r"(?:todo|muy|super) (?:callad[oa]|en silencio)|silencio total|no se (?:oye|escucha) nada|no hace (?:ningun )?"
    r"ruido|ni un ruido|no se mueve"
)
_HARM_ES = (
    r"sangre|sangrando|sangra|ensangrentad\w*|cuchilla|cuchillas|navaja|cuchillo|gillette|hojita|tijeras|cutter|"
    + silence(_NOANS_ES, _QUIET_ES)
)
_EDGE_GUARD_ES = (
    r"piscina|alberca|pileta|agua|trampolin|cama elastica|parkour|muro|skatepark|gato|gata|gatito|perro|"
    r"perrito|pajaro|juego|videojuego|minecraft|roblox|fortnite|free fire|gta|cuerda|susto|broma|de alegria|"
    r"de (?:la )?emocion|de felicidad|antena|arreglando|reparando|canaleta|limpiando (?:la|las) ventanas?"
)
_LOCKED_GUARD_ES = (
    r"maquill\w*|ducha|duchando|duchandose|banandose|pelo|tinte|musica|audifonos|cascos|jugando|tarea|"
    r"estudiando|nariz|regla|periodo|afeit\w*|depil\w*|enojad[oa]|enfadad[oa]|molest[oa] conmigo|berrinche|"
    r"castigad[oa]|limpi\w*|sangre falsa|halloween|ketchup|calabaza\w*|tall\w*"
)
_TRIG_ES = (
    "balcon baranda barandal barandilla ventana ventanal cornisa borde techo azotea terraza puente alfeizar "
    "repisa precipicio acantilado orilla encerro encerrada encerrado encerrandose encierra atrinchero "
    "atrincherada atrincherado llave pestillo seguro"
)
_STEMS_ES = (
    "tira|salt|lanza|avient|avent|bota|sangr|cuchill|navaja|gillette|hojita|tijera|cutter|contesta|responde|abre|"
    "habla"
)

# -- pt ("q" reads "que", "oq" "o que") --------------------------------------------------------------
_PLACE_PT = (
    r"janela|varanda|sacada|grade|parapeito|peitoril|beiral|beira|telhado|laje|ponte|terraco|corrimao|mureta|"
    r"borda|precipicio|penhasco|cobertura"
)
_EDGE_PT = (
    r"(?:na|no|nas|nos|em|em cima da|em cima do|em cima de|pela|pelo|da|do|para fora da|pra fora da) "
    r"(?:\S+ ){0,3}?(?:" + _PLACE_PT + r")\b"
)
_JUMP_PT = (
    r"(?:diz|disse|dizendo|fala|falou|falando|escreve|escreveu|escrevendo|mandou|grita|gritando|ameaca|"
    r"ameacando|ameacou|quer|queria|vai|ia|prestes a) (?:\S+ ){0,5}?(?:pular|pula|pulo|se jogar|se joga|me jogar|"
    r"me jogo|saltar|salta|se atirar|se atira)\b"
    r"(?! (?:\S+ ){0,2}?(?:na piscina|na agua|no rio|na cama elastica|no pula pula|corda|carnaval|no sofa|na "
    r"cama)\b)"
)
_LOCKED_PT = r"trancou|trancada|trancado|trancando|se tranca|(?:fechou|passou) a (?:porta a )?chave"
_NOANS_PT = r"(?:nao|n) (?:me |nos )?(?:responde|atende|abre)\b"
_QUIET_PT = (
    r"(?:muito|mto|tudo|todo) (?:quiet[oa]|em silencio)|silencio total|nao (?:se )?(?:ouco|escuto|ouve|escuta) "
    r"nada|nenhum barulho|nem um barulho|nao se mexe"
)
_HARM_PT = r"sangue|sangrando|sangra|gilete|lamina|faca|estilete|tesoura|" + silence(_NOANS_PT, _QUIET_PT)
_EDGE_GUARD_PT = (
    r"piscina|agua|cama elastica|pula pula|parkour|muro|skate|gato|gata|gatinho|gatinha|cachorro|passaro|jogo|"
    r"game|minecraft|roblox|fortnite|free fire|gta|corda|susto|pegadinha|de alegria|de felicidade|de emocao|"
    r"antena|consertando|arrumando|calha|limpando (?:a|as) janelas?"
)
_LOCKED_GUARD_PT = (
    r"maqui\w*|banho|chuveiro|cabelo|tinta|musica|fone|jogando|licao|tarefa|estudando|nariz|menstrua\w*|"
    r"depil\w*|brav[oa]|chatead[oa]|irritad[oa]|emburrad[oa]|de castigo|limp\w*|sangue falso|halloween|ketchup|"
    r"abobora\w*|esculp\w*"
)
_TRIG_PT = (
    "janela varanda sacada grade parapeito peitoril beiral beira telhado laje ponte terraco corrimao mureta "
    "borda precipicio penhasco cobertura trancou trancada trancado trancando tranca chave"
)
_STEMS_PT = "pul|jog|salta|atira|sang|gilete|lamina|faca|estilete|tesoura|responde|atende|abre"

# -- fr ("y a" reads "why a") ----------------------------------------------------------------------
_PLACE_FR = (
    r"balcon|rambarde|garde-corps|garde corps|fenetre|rebord|bord|toit|pont|corniche|parapet|terrasse|falaise"
)
_EDGE_FR = (
    r"(?:sur|a|au|aux|par|de|du|contre|dans|enjambe|enjambee|passe|passee) (?:le |la |les |l'|sa |son |ses "
    r"|un |une )?(?:\S+ ){0,3}?(?:" + _PLACE_FR + r")\b"
)
_JUMP_FR = (
    r"(?:dit|disait|dis|ecrit|m'ecrit|crie|hurle|menace|menacait|veut|voulait|va|allait|sur le point de|prete? a)"
    r" (?:\S+ ){0,5}?(?:sauter|saute|sautera|se jeter|se jette|se jettera|me jeter|se defenestrer|se lancer)\b"
    r"(?! (?:\S+ ){0,2}?(?:dans la piscine|dans l'eau|a l'eau|sur le trampoline|sur le lit|a la corde|en "
    r"parachute)\b)"
)
_LOCKED_FR = r"enferme|enfermee|enfermes|enfermees|barricade|barricadee|verrouille|verrouillee|s'enferme"
_NOANS_FR = r"(?:repond|ouvre|decroche|reagit) (?:pas|plus|rien)\b"
_QUIET_FR = (
    r"(?:aucun|pas un|pas de) (?:bruit|son)|(?:tres |trop |super |tout )?silencieu\w*|(?:j'entends|on entend) "
    r"(?:plus )?rien|bouge (?:pas|plus)"
)
_HARM_FR = r"sang|saigne|saigner|lame|lames|rasoir|couteau|cutter|ciseaux|" + silence(_NOANS_FR, _QUIET_FR)
_EDGE_GUARD_FR = (
    r"piscine|eau|trampoline|parkour|mur|muret|skatepark|chat|chaton|chien|chienne|oiseau|jeu|minecraft|roblox|"
    r"fortnite|gta|corde|parachute|blague|de joie|de bonheur|antenne|repare|reparer|gouttiere|nettoie (?:les|la) "
    r"fenetres?"
)
_LOCKED_GUARD_FR = (
    r"maquill\w*|douche|cheveux|musique|casque|ecouteurs|devoirs|revise|nez|regles|rase|epil\w*|fache\w*|"
    r"enerve\w*|boude|punie?|nettoye\w*|faux sang|halloween|ketchup|citrouille\w*|sculpt\w*"
)
_TRIG_FR = (
    "balcon rambarde garde-corps fenetre rebord bord toit pont corniche parapet terrasse falaise enferme "
    "enfermee enfermes enfermees barricade barricadee verrouille verrouillee s'enferme"
)
_STEMS_FR = (
    "saut|jet|defenestr|lancer|sang|saign|lame|rasoir|couteau|cutter|ciseaux|repond|ouvre|decroche|reagit"
)

# -- it -------------------------------------------------------------------------------------------
_PLACE_IT = (
    r"balcone|ringhiera|parapetto|finestra|davanzale|bordo|tetto|ponte|cornicione|terrazzo|terrazza|dirupo|"
    r"scogliera"
)
_EDGE_IT = (
    r"(?:sul|sulla|sui|sulle|al|alla|alle|dal|dalla|nel|nella|in|sopra|fuori dalla|scavalcato|scavalcata|"
    r"scavalca) (?:il |la |lo |l'|i |le )?(?:\S+ ){0,3}?(?:" + _PLACE_IT + r")\b"
)
_JUMP_IT = (
    r"(?:dice|diceva|detto|scrive|scritto|scrivendo|urla|grida|minaccia|minacciando|vuole|voleva|sta per|"
    r"pront[oa] a) (?:\S+ ){0,5}?(?:si butta|buttarsi|mi butto|si buttera|salta|saltare|saltera|si lancia|"
    r"lanciarsi|si getta|gettarsi)\b"
    r"(?! (?:\S+ ){0,2}?(?:in piscina|in acqua|nel lago|in mare|sul tappeto elastico|sul letto|sul divano|la "
    r"corda)\b)"
)
_LOCKED_IT = (
    r"(?:chius[oaie]|barricat[oaie]|sbarrat[oaie]) (?:\S+ ){0,2}?(?:in|nel|nella|dentro)\b|chius[oa] a chiave"
)
_NOANS_IT = r"non (?:mi |ci |le |gli )?(?:risponde|apre)\b"
_QUIET_IT = (
    r"(?:nessun|neanche un|nemmeno un) rumore|silenzio (?:totale|assoluto)|(?:tutto|troppo) silenzio|non si "
    r"sente (?:niente|nulla)|non si muove"
)
_HARM_IT = (
    r"sangue|sanguina|sanguinando|insanguinat\w*|lametta|lamette|lama|lame|rasoio|coltello|taglierino|forbici|"
    + silence(_NOANS_IT, _QUIET_IT)
)
_EDGE_GUARD_IT = (
    r"piscina|acqua|tappeto elastico|trampolino|parkour|muro|muretto|skatepark|gatto|gatta|gattino|cane|"
    r"cagnolino|uccellino|gioco|videogioco|minecraft|roblox|fortnite|gta|corda|scherzo|di gioia|dalla gioia|"
    r"dalla felicita|antenna|sistema|sistemare|riparare|grondaia|pulisce (?:i|il) vetr\w*"
)
_LOCKED_GUARD_IT = (
    r"trucc\w*|doccia|capelli|tinta|musica|cuffie|gioca|compiti|studia|naso|ciclo|mestruazioni|rasa|depila|"
    r"arrabbiat[oa]|offes[oa]|tiene il muso|in punizione|pulit[oa]|sangue finto|halloween|ketchup|zucc[ah]\w*|"
    r"intagli\w*"
)
_TRIG_IT = (
    "balcone ringhiera parapetto finestra davanzale bordo tetto ponte cornicione terrazzo terrazza dirupo "
    "scogliera chiuso chiusa chiusi chiuse barricato barricata sbarrato sbarrata"
)
_STEMS_IT = (
    "butt|salt|lancia|getta|sangu|lamett|lama|lame|rasoio|coltello|taglierino|forbici|risponde|apre"
)


def _spaced(trig: str, stems: str, who: str, guard: str, edge: str, jump: str, locked: str, harm: str,
            edge_guard: str, locked_guard: str) -> Rule:
    return edge_rule(trig, stems, _edge(who, guard, edge, jump, locked, harm, edge_guard, locked_guard))


RULES: list[Rule] = [
    _spaced(_TRIG_EN, _STEMS_EN, f"{_WHO_EN}|{_WHO_MORE_EN}", _GUARD_EN, _EDGE_EN, _JUMP_EN, _LOCKED_EN, _HARM_EN,
            _EDGE_GUARD_EN, _LOCKED_GUARD_EN),
    _spaced(_TRIG_DE, _STEMS_DE, f"{_WHO_DE}|{_WHO_MORE_DE}", _GUARD_DE, _EDGE_DE, _JUMP_DE, _LOCKED_DE, _HARM_DE,
            _EDGE_GUARD_DE, _LOCKED_GUARD_DE),
    _spaced(_TRIG_ES, _STEMS_ES, f"{_WHO_ES}|{_WHO_MORE_ES}", _GUARD_ES, _EDGE_ES, _JUMP_ES, _LOCKED_ES, _HARM_ES,
            _EDGE_GUARD_ES, _LOCKED_GUARD_ES),
    _spaced(_TRIG_PT, _STEMS_PT, f"{_WHO_PT}|{_WHO_MORE_PT}", _GUARD_PT, _EDGE_PT, _JUMP_PT, _LOCKED_PT, _HARM_PT,
            _EDGE_GUARD_PT, _LOCKED_GUARD_PT),
    _spaced(_TRIG_FR, _STEMS_FR, f"{_WHO_FR}|{_WHO_MORE_FR}", _GUARD_FR, _EDGE_FR, _JUMP_FR, _LOCKED_FR, _HARM_FR,
            _EDGE_GUARD_FR, _LOCKED_GUARD_FR),
    _spaced(_TRIG_IT, _STEMS_IT, f"{_WHO_IT}|{_WHO_MORE_IT}", _GUARD_IT, _EDGE_IT, _JUMP_IT, _LOCKED_IT, _HARM_IT,
            _EDGE_GUARD_IT, _LOCKED_GUARD_IT),
]
RULES += _LANGS_RULES
