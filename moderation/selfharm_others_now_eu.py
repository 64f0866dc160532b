"""Someone else at risk right now, a third round, in Spanish, Portuguese,
French and Italian: the tables of the four languages for
`selfharm_others_now_base._now` (the class, its gates and what passes are in
`selfharm_others_now.py`).  The person, the guard and the silences are the
tables of `selfharm_others_acute_iberian.py` and `_romance`; here are the
acts (reported speech, the reflexive in the progressive - "cortándose", "se
está cortando", "si butta dal ponte" -, a poison swallowed), the signs (a
photo of wounds, her last night or day, "cuida a mi perro por mí"), the
places (a roof, a ledge, locked in the bathroom) and the ends they pair
with, and the everyday words that rule a match out.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _rule
from .selfharm_others_acute_iberian import (
    _GUARD_ES,
    _GUARD_PT,
    _TRIG_ES,
    _TRIG_PT,
    _UNREACH_ES,
    _UNREACH_MORE_ES,
    _UNREACH_MORE_PT,
    _UNREACH_PT,
    _WHO_ES,
    _WHO_MORE_ES,
    _WHO_MORE_PT,
    _WHO_PT,
)
from .selfharm_others_acute_romance import (
    _GUARD_FR,
    _GUARD_IT,
    _TRIG_FR,
    _TRIG_IT,
    _UNREACH_FR,
    _UNREACH_IT,
    _UNREACH_MORE_FR,
    _UNREACH_MORE_IT,
    _WHO_FR,
    _WHO_IT,
    _WHO_MORE_FR,
    _WHO_MORE_IT,
)
from .selfharm_others_now_base import _now

_HIGH_ES = r"(?:puente|azotea|techo|tejado|edificio|ventana|balcon|vias|terraza|cornisa|barandal|piso|barranco)"
_ACTS_ES = (
    r"(?:esta|sigue|ta) (?:\S+ ){0,2}?(?:cortandose|rajandose|lastimandose|haciendose cortes|se cortando)\b"
    r"(?! (?:el|la|los|las|un|una) (?:pelo|cabello|flequillo|fleco|unas|puntas|barba|dedo))|"
    r"(?:se (?:esta )?(?:cortando|matando|suicidando)|se (?:va a|iba a) (?:cortar|matar|tirar|aventar|lanzar|"
    r"suicidar)|se (?:corta|mata|tira|avienta|lanza|suicida)|va a (?:saltar|brincar)|esta (?:saltando|por "
    r"saltar)) (?:\S+ ){0,3}?(?:ahorita|ahora|ahora mismo|ya mismo|hoy|esta noche|en un rato|en este "
    r"momento)\b|(?:ahorita|ahora mismo|esta noche|hoy) (?:\S+ ){0,2}?se (?:corta|mata|tira|avienta|lanza|"
    r"suicida|esta cortando|va a matar|va a tirar)\b|"
    r"(?:se (?:va a |iba a )?(?:tira|tirar|avienta|aventar|lanza|lanzar)|va a (?:saltar|brincar)|salta|"
    r"saltar) (?:del|de la|desde el|desde la|por la|de un|de una) (?:\S+ )?" + _HIGH_ES + r"\b|"
    r"(?:se tomo|tomo|se trago|trago|bebio|se bebio|comio|se comio|se esta tomando|ingirio) (?:\S+ ){0,3}?"
    r"(?:veneno|raticida|matarratas|cloro|lejia|insecticida|pesticida|herbicida|plaguicida|baygon)\b"
)
_SIGNS_ES = (
    r"(?:foto|fotos|picture|pictures|selfie|video|audio|nota de voz|imagen) (?:\S+ ){0,3}?"
    r"(?:brazo|brazos|muneca|munecas|"
    r"pierna|piernas|cortes|heridas|sangre|sangrando|llorando)\b|"
    r"(?:su|es su) ultima noche(?! (?:en|de|con|antes|aqui|alla|del|libre)\b)|(?:ultimo dia|ultima noche) "
    r"de su vida|"
    r"(?:cuida|cuidame|cuidar|cuides|cuidaras|cuidenme|cuiden) (?:a |de )?(?:mi|su|sus|mis) (?:perro|perrito|"
    r"perrita|gato|gatito|gata|mascota|hamster|conejo|hermana|hermano|hermanita|hermanito|mama)\b|"
    r"(?:regalo|regalando|regala|repartio|repartiendo) (?:todas )?(?:sus|mis) cosas"
)
_PLACES_ES = (
    r"(?:esta|sigue|parado|parada|sentado|sentada|subido|subida|se subio) (?:\S+ ){0,2}?(?:en|a) (?:la |el )?"
    r"(?:orilla de (?:la |el )?|borde de (?:la |el )?)?(?:azotea|techo|tejado|cornisa|barandal|puente|"
    r"terraza)\b|(?:esta|sigue) (?:alla )?arriba\b|"
    r"(?:encerrada|encerrado|se encerro) (?:\S+ ){0,2}?(?:en|en el|en la|en su) (?:\S+ )?(?:bano|cuarto|"
    r"habitacion|recamara|pieza|closet)\b"
)
_ENDS_ES = (
    r"(?:quiere|queria|quiso) (?:morir|morirse|matarse|suicidarse|desaparecer)|se (?:quiere|queria) (?:matar|"
    r"morir|suicidar)|no quiere (?:vivir|seguir viviendo|estar aqui)|(?:quiere|queria) que (?:todo )?(?:se "
    r"acabe|termine)|perdonenme|perdoname|perdon por todo|lo siento por todo|adios para siempre|(?:esta "
    r"saltando|va a saltar|se va a tirar|se tira)\b|cortandose|se esta cortando|(?:su )?(?:ultimo dia|ultima "
    r"noche)(?! (?:en|de|con|antes)\b)|ya no (?:puede|aguanta) mas|es el fin\b"
)
_EVERYDAY_ES = (
    r"si (?:su |mi )?(?:mama|papa|padres|mami|papi|jefa|jefe) se (?:entera|enteran|da cuenta)|"
    r"pelo|cabello|flequillo|fleco|papel|verduras|cebolla|manualidad\w*|clavados?|trampolin|piscina|alberca|"
    r"sofa|cama|colchon|para las (?:ratas|ratones)|(?:las|los) (?:ratas|ratones)|rie\w*|risa|muriendo de "
    r"risa|campamento|vacaciones|viaje|mientras (?:estoy|este|esta) (?:fuera|de viaje)|fin de semana|"
    r"pijamada|videojuego|nivel|antena|pelota"
)
_TX_ES = (
    "cortand|rajand|lastimand|haciendose|matand|suicid|cortar|matar|tirar|aventar|lanzar|saltar|brincar|"
    "salta|se corta|se mata|se tira|se avienta|se lanza|veneno|raticida|matarratas|cloro|lejia|insecticida|"
    "pesticida|herbicida|plaguicida|baygon|foto|picture|selfie|video|audio|nota de voz|imagen|ultim|cuid|regal|"
    "repart|azotea|techo|tejado|cornisa|barandal|puente|terraza|arriba|encerr"
)

_HIGH_PT = r"(?:ponte|predio|telhado|janela|sacada|viaduto|laje|terraco|passarela|andar)"
_ACTS_PT = (
    r"(?:ta|esta|tava|fica|continua) (?:\S+ )?se (?:cortando|machucando|mutilando|matando)\b|"
    r"(?:ta|esta) (?:cortando|rasgando) (?:os |o )?(?:pulsos?|bracos?|pernas?)\b|"
    r"(?:vai|ia|vou|ta indo|esta indo) (?:se )?(?:matar|jogar|pular|cortar) (?:\S+ ){0,3}?(?:agora|ja|hoje|"
    r"essa noite|esta noite|daqui a pouco|nesse momento)\b|(?:hoje|agora|essa noite|esta noite) (?:\S+ ){0,2}?"
    r"(?:vai se matar|se mata|se joga|vai se jogar|vai pular|se corta)\b|"
    r"(?:se jogar|se joga|pular|pula|vai se jogar|vai pular) (?:da|do|de um|de uma|pela) (?:\S+ )?" + _HIGH_PT
    + r"\b|(?:tomou|bebeu|engoliu|comeu|ingeriu) (?:\S+ ){0,3}?(?:veneno|chumbinho|raticida|agua sanitaria|"
    r"cloro|pesticida|inseticida|veneno de rato|soda caustica)\b"
)
_SIGNS_PT = (
    r"(?:foto|fotos|picture|pictures|selfie|video|audio|imagem) (?:\S+ ){0,3}?"
    r"(?:braco|bracos|pulso|pulsos|perna|pernas|"
    r"cortes|feridas|sangue|sangrando|chorando)\b|"
    r"ultima noite (?:dela|dele)(?! (?:na|no|em|com|antes|aqui)\b)|(?:ultimo dia|ultima noite) da vida "
    r"(?:dela|dele)|sua ultima noite(?! (?:na|no|em|com|antes|aqui|de)\b)|"
    r"(?:cuida|cuide|cuidar|cuidem) (?:bem )?(?:do meu|da minha|dos meus|das minhas|do|da) (?:cachorro|"
    r"cachorrinho|cachorra|gato|gatinho|gata|pet|bicho|irma|irmao|irmazinha|irmaozinho|mae)\b|"
    r"(?:doou|deu|dando|doando|distribuiu) (?:todas )?(?:as )?(?:suas |minhas )?coisas"
)
_PLACES_PT = (
    r"(?:trancada|trancado|se trancou) (?:\S+ ){0,2}?(?:no|na) (?:\S+ )?(?:quarto|banheiro)\b|"
    r"(?:ta|esta|subiu|em cima|sentada|sentado|parada|parado) (?:\S+ ){0,2}?(?:no|na) (?:beira (?:do|da) )?"
    r"(?:telhado|terraco|laje|ponte|parapeito|beiral|sacada)\b|(?:ta|esta) (?:la )?em cima\b"
)
_ENDS_PT = (
    r"(?:quer|queria) (?:morrer|se matar|sumir)|nao quer mais viver|(?:quer|queria) que (?:tudo )?acabe|"
    r"me perdoa|me perdoem|perdoa me|perdao por tudo|desculpa por tudo|adeus pra sempre|vai pular|vai se "
    r"jogar|ta pulando|se cortando|(?:ultimo dia|ultima noite)(?! (?:na|no|em|com|antes)\b)|nao aguenta mais"
    r"|e o fim\b"
)
_EVERYDAY_PT = (
    r"se (?:a mae|o pai|os pais|a mae dela|a mae dele|minha mae|meu pai) (?:descobr\w*|souber|ver)|"
    r"cabelo|franja|papel|legumes|cebola|artesanato|trampolim|piscina|parkour|muro|sofa|cama|colchao|(?:os|pros|"
    r"para os) "
    r"ratos|rindo|risada|morrendo de rir|acampamento|ferias|viagem|enquanto (?:eu )?(?:estou|to|estiver) "
    r"(?:fora|viajando)|fim de semana|festa do pijama|videogame|nivel|antena|bola|pipa"
)
_TX_PT = (
    "cortando|machucando|mutilando|matando|rasgando|matar|jogar|pular|cortar|se mata|se joga|se corta|pula|"
    "veneno|chumbinho|raticida|agua sanitaria|cloro|pesticida|inseticida|soda caustica|foto|picture|selfie|video|"
    "audio|imagem|ultim|cuid|doou|deu|dando|doando|distribuiu|tranc|telhado|terraco|laje|ponte|parapeito|"
    "beiral|sacada|em cima"
)

_HIGH_FR = r"(?:pont|toit|fenetre|balcon|immeuble|falaise|rails|voie|parking|tour)"
_ACTS_FR = (
    r"(?:est en train de|est entrain de) se (?:couper|scarifier|mutiler|taillader|tuer|jeter)\b|"
    r"qu'?(?:elle|il) (?:se coupe|se scarifie|se mutile|se tue|va se tuer|saute|va sauter|se jette|va se "
    r"jeter|va se couper|s'ouvre les veines|se taillade) (?:\S+ ){0,3}?(?:ce soir|maintenant|la tout de "
    r"suite|tout de suite|aujourd'hui|cette nuit|ce matin)\b|"
    r"(?:saute|va sauter|se jette|va se jeter|veut sauter|veut se jeter) (?:du|de la|d'un|d'une|par la) "
    r"(?:\S+ )?" + _HIGH_FR + r"\b|"
    r"(?:a bu|a avale|a mange|a pris|boit|avale) (?:\S+ ){0,3}?(?:mort aux rats|raticide|poison|javel|"
    r"pesticide|insecticide|desherbant|soude)\b"
)
_SIGNS_FR = (
    r"(?:photo|photos|picture|pictures|selfie|video|vocal|snap) (?:\S+ ){0,3}?"
    r"(?:bras|poignet|poignets|jambe|jambes|coupures|"
    r"entailles|blessures|sang|saigne|pleure|pleurant|en larmes)\b|"
    r"(?:sa derniere nuit|son dernier soir)(?! (?:a|au|en|avec|avant|ici|de|chez)\b)|"
    r"(?:derniere nuit|dernier jour) de sa vie|"
    r"(?:prends|prendre|occupe toi|t'occuper|occupez vous) (?:soin )?(?:de )?(?:mon|ma|mes) (?:chien|chat|"
    r"chienne|chatte|chaton|lapin|hamster|animal|soeur|frere)\b|(?:donne|a donne|distribue) (?:toutes )?"
    r"(?:ses|mes) affaires"
)
_PLACES_FR = (
    r"(?:est|assis|assise|debout|monte|montee|grimpe|grimpee) (?:\S+ ){0,2}?(?:sur|au bord du|au bord de la) "
    r"(?:le |la |l'|un )?(?:toit|pont|rebord|balcon|corniche|parapet|rambarde)\b|(?:est|reste) (?:la )?en "
    r"haut\b|(?:enfermee|enferme) (?:\S+ ){0,2}?(?:dans|aux) (?:la |sa |son |les )?(?:salle de bain|"
    r"toilettes|chambre|wc)\b"
)
_ENDS_FR = (
    r"veut (?:mourir|en finir|disparaitre|se tuer)|voulait (?:mourir|se tuer|en finir)|(?:ne )?veut plus "
    r"vivre|veut que tout s'arrete|pardonnez moi|pardonne moi|pardon pour tout|desole pour tout|adieu pour "
    r"toujours|va sauter|saute|se coupe|(?:sa derniere nuit|son dernier jour)(?! (?:a|au|en|avec|avant)\b)|"
    r"c'est la fin\b|(?:n')?en peut plus"
)
_EVERYDAY_FR = (
    r"si (?:sa |ma |son |ses )?(?:mere|pere|parents|daronne|daron|darons) (?:l'apprend|apprend|apprennent|"
    r"decouvre|decouvrent|voit)|"
    r"cheveux|frange|papier|legumes|oignons?|bricolage|plongeoir|piscine|trampoline|canape|lit|pour (?:les|des) "
    r"(?:rats|souris)|(?:les|des) (?:rats|souris) (?:de|dans|du)|"
    r"rigole|rire|mort de rire|morte de rire|colo|camp|vacances|voyage|pendant que je "
    r"suis (?:parti|partie|absent|absente)|week end|soiree pyjama|jeu video|niveau|antenne|ballon"
)
_TX_FR = (
    "se couper|scarif|mutil|taillad|se tuer|va se|se coupe|se tue|saute|sauter|se jette|jeter|s'ouvre|poison|"
    "raticide|mort aux rats|javel|pesticide|insecticide|desherbant|soude|photo|picture|selfie|video|vocal|snap|"
    "derniere|dernier|prends|prendre|occupe|donne|distribue|toit|pont|rebord|balcon|corniche|parapet|"
    "rambarde|en haut|enferm"
)

_HIGH_IT = r"(?:ponte|tetto|terrazzo|balcone|finestra|palazzo|cornicione|binari|scogliera|parcheggio)"
_ACTS_IT = (
    r"(?:si sta (?:tagliando|ferendo|uccidendo|ammazzando)|sta tagliandosi)\b(?! (?:i|le|la|il) (?:capelli|"
    r"unghie|punte|frangia))|"
    r"(?:stasera|stanotte|oggi|adesso|ora|subito) (?:\S+ ){0,2}?si (?:butta|uccide|ammazza|taglia|lancia|"
    r"getta|impicca)\b|si (?:butta|uccide|ammazza|taglia|lancia|getta|impicca) (?:\S+ ){0,4}?(?:stasera|"
    r"stanotte|oggi|adesso|ora|subito)\b|"
    r"(?:si butta|si lancia|si getta|buttarsi|lanciarsi|gettarsi|salta|saltare) (?:\S+ ){0,1}?(?:dal|dalla|"
    r"da un|da una|giu dal|giu dalla) (?:\S+ )?" + _HIGH_IT + r"\b|"
    r"(?:ha bevuto|ha ingoiato|ha mangiato|ha preso|beve|ingoia) (?:\S+ ){0,3}?(?:veleno per topi|veleno|"
    r"topicida|candeggina|varechina|pesticida|insetticida|diserbante)\b"
)
_SIGNS_IT = (
    r"(?:foto|picture|pictures|selfie|video|vocale|audio) (?:\S+ ){0,3}?"
    r"(?:braccio|braccia|polso|polsi|gamba|gambe|tagli|"
    r"ferite|sangue|sanguina|piange)\b|"
    r"(?:la sua ultima notte|la sua ultima sera)(?! (?:a|al|alla|in|con|prima|qui|di)\b)|"
    r"(?:ultima notte|ultimo giorno) della sua vita|"
    r"(?:prenditi cura|prendersi cura|occupati|bada|badare|abbi cura) (?:\S+ )?(?:del mio|della mia|dei "
    r"miei|del suo|della sua|di mio|di mia) (?:cane|gatto|gatta|cagnolino|gattino|criceto|coniglio|sorella|"
    r"fratello)\b|(?:ha regalato|regala|sta regalando|ha dato via) (?:tutte )?le sue cose"
)
_PLACES_IT = (
    r"(?:e|sta|seduto|seduta|in piedi|salito|salita) (?:\S+ ){0,2}?(?:sul|sulla|sul bordo del|sul bordo "
    r"della|in cima al|in cima alla) (?:\S+ )?(?:tetto|ponte|cornicione|davanzale|terrazzo|parapetto|"
    r"ringhiera)\b|(?:e|sta) (?:la )?(?:sopra|in cima)\b|"
    r"(?:chiusa|chiuso|barricata|barricato) (?:\S+ ){0,2}?(?:in|nel|nella) (?:\S+ )?(?:bagno|camera|stanza)\b"
)
_ENDS_IT = (
    r"vuole (?:morire|farla finita|uccidersi|ammazzarsi|sparire)|voleva (?:morire|uccidersi|farla finita)|non "
    r"vuole piu vivere|vuole che (?:tutto )?finisca|perdonatemi|perdonami|scusate(?: mi)? per tutto|scusa per "
    r"tutto|addio per sempre|si butta|salta giu|si taglia|sta tagliandosi|si sta tagliando|(?:la sua ultima "
    r"notte|il suo ultimo giorno)(?! (?:a|al|alla|in|con|prima)\b)|non ce la fa piu|e la fine\b"
)
_EVERYDAY_IT = (
    r"se (?:sua |mia |suo |mio |i suoi )?(?:madre|mamma|padre|papa|genitori) (?:lo )?(?:scopr\w*|sa|viene a "
    r"sapere|vede)|"
    r"capelli|frangia|carta|verdure|cipoll\w+|lavoretti|trampolino|tuff\w+|piscina|mare|divano|letto|(?:i|ai|"
    r"per i|dei) (?:topi|ratti)|rid\w+|risate|morendo dal ridere|campo estivo|campeggio|vacanz\w+|gita|"
    r"viaggio|mentre sono via|fine settimana|pigiama party|videogioco|livello|antenna|pallone|aquilone"
)
_TX_IT = (
    "si sta|tagliandosi|si butta|si uccide|si ammazza|si taglia|si lancia|si getta|si impicca|buttarsi|"
    "lanciarsi|gettarsi|salta|veleno|topicida|candeggina|varechina|pesticida|insetticida|diserbante|foto|picture|"
    "selfie|video|vocale|audio|ultim|prenditi|prendersi|occupati|bada|abbi cura|regal|dato via|tetto|ponte|"
    "cornicione|davanzale|terrazzo|parapetto|ringhiera|sopra|in cima|chius|barricat"
)

RULES: list[Rule] = [
    _rule(_TRIG_ES, _TX_ES, _now(f"{_WHO_ES}|{_WHO_MORE_ES}", f"{_GUARD_ES}|{_EVERYDAY_ES}", _ACTS_ES, _SIGNS_ES,
                                 _PLACES_ES, _ENDS_ES, f"{_UNREACH_ES}|{_UNREACH_MORE_ES}|apago (?:el|su) (?:cel|"
                                 r"celular|telefono|movil)")),
    _rule(_TRIG_PT, _TX_PT, _now(f"{_WHO_PT}|{_WHO_MORE_PT}", f"{_GUARD_PT}|{_EVERYDAY_PT}", _ACTS_PT, _SIGNS_PT,
                                 _PLACES_PT, _ENDS_PT, f"{_UNREACH_PT}|{_UNREACH_MORE_PT}|(?:ela|ele) nao abre")),
    _rule(_TRIG_FR, _TX_FR, _now(f"{_WHO_FR}|{_WHO_MORE_FR}", f"{_GUARD_FR}|{_EVERYDAY_FR}", _ACTS_FR, _SIGNS_FR,
                                 _PLACES_FR, _ENDS_FR, f"{_UNREACH_FR}|{_UNREACH_MORE_FR}")),
    _rule(_TRIG_IT, _TX_IT, _now(f"{_WHO_IT}|{_WHO_MORE_IT}", f"{_GUARD_IT}|{_EVERYDAY_IT}", _ACTS_IT, _SIGNS_IT,
                                 _PLACES_IT, _ENDS_IT, f"{_UNREACH_IT}|{_UNREACH_MORE_IT}")),
]
