"""Someone else at risk right now, a fourth round (see
`selfharm_others_seen.py`): the tables of Spanish, Portuguese, French and
Italian.

Why: the same five forms passed in these languages as in German and
English - a high place named colloquially ("en la azotea del edificio", "no
telhado do prédio", "en haut du parking") with "dice que salta" in the bare
present; fresh cuts seen or shown ("mi ha fatto vedere i tagli freschi sul
braccio", "me enseñó los cortes") with a wish to die; the time before the
verb of a subordinate clause ("que hoy se mata", "che stasera si ammazza",
"que ce soir elle se tue"); large amounts ("un montón de", "un tas de", "un
sacco di", "uma porrada de") and overdose symptoms after pills ("no
despierta", "não acorda", "vomita"); locked in and pills taken.

What passes: the older guards of each language and the everyday words of
the third round, with medicine taken for a cold, an allergy or as the
doctor said, a tattoo, a cat's scratches, cooking, the pool and the antenna
added here.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _rule
from .selfharm_others_acute_iberian import (
    _GUARD_ES,
    _GUARD_PT,
    _LOTS_ES,
    _LOTS_PT,
    _PILLS_ES,
    _PILLS_PT,
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
    _LOTS_FR,
    _LOTS_IT,
    _PILLS_FR,
    _PILLS_IT,
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
from .selfharm_others_now_eu import (
    _ENDS_ES,
    _ENDS_FR,
    _ENDS_IT,
    _ENDS_PT,
    _EVERYDAY_ES,
    _EVERYDAY_FR,
    _EVERYDAY_IT,
    _EVERYDAY_PT,
    _PLACES_ES,
    _PLACES_FR,
    _PLACES_IT,
    _PLACES_PT,
)


def _tables(lots: str, pills: str, took: str, symptoms: str, subord: str) -> str:
    """The acts of a language: a large amount of pills taken, pills taken and
    a symptom after them, the time before the verb of a subordinate clause."""
    return (rf"{took} (?:\S+ )?(?:{lots}) (?:\S+ ){{0,3}}?(?:{pills})\b|"
            rf"{took} (?:\S+ ){{0,4}}?(?:{pills})\b (?:\S+ ){{0,12}}?(?:{symptoms})\b|{subord}")


# -- es ---------------------------------------------------------------------------------
_PILLS_X_ES = _PILLS_ES + r"|pastilla|pastillas"
_TOOK_ES = r"(?:se tomo|se trago|tomo|trago|se empino|se comio|se metio|ha tomado|se ha tomado)"
_ACTS_ES = _tables(
    r"un monton de|un chingo de|un buen de|una bola de|un punado|un puno de|montones de|un chorro de|"
    r"media caja de|la mitad de la caja|" + _LOTS_ES, _PILLS_X_ES, _TOOK_ES,
    r"(?:muy|super|bien|re) (?:dormid[oa]|somnolient[oa]|adormilad[oa]|confundid[oa]|mareado|mareada)|no "
    r"(?:dice|habla) (?:nada )?(?:con sentido|coherente)|no (?:la|lo) (?:puedo|podemos) despertar|no "
    r"despierta|no se despierta|(?:esta )?vomitando|vomita|se desmayo|inconsciente|(?:no )?respira (?:raro|"
    r"mal|poco)",
    r"que (?:hoy|esta noche|ahorita|ahora|ya) (?:mismo )?(?:\S+ )?(?:se mata|se suicida|se quita la vida)\b")
_SIGNS_ES = (
    r"(?:me|nos) (?:enseno|mostro|ensenaba|ha ensenado|ha mostrado|mando foto de) (?:\S+ ){0,3}?(?:los |sus "
    r"|unos )?(?:cortes|heridas|cortadas)\b|(?:vi|he visto|vimos|le vi) (?:\S+ ){0,3}?(?:cortes|heridas|"
    r"cortadas)\b|(?:cortes|heridas|cortadas) (?:\S+ )?(?:frescos|frescas|recientes|nuevos|nuevas|profundos|"
    r"profundas|sangrando)\b|(?:cortes|heridas|cortadas) (?:en|por) (?:el|los|su|sus) (?:brazo|brazos|"
    r"munecas?|piernas?)\b"
)
_PLACES_SEEN_ES = (
    r"(?:en|arriba de|encima de|en lo alto de) (?:la |el )?(?:azotea|techo|terraza|ultimo piso) (?:del|de la|"
    r"de su|de un|de una) (?:\S+ )?(?:edificio|estacionamiento|parking|centro comercial|escuela|hospital)\b|"
    + _PLACES_ES
)
_ENDS_SEEN_ES = (
    r"(?:dice|dijo|escribio|escribe|me dijo|me escribio) que (?:\S+ )?(?:salta|se tira|se avienta|va a "
    r"saltar)\b(?! (?:\S+ ){0,3}?(?:a la|al) (?:piscina|alberca|agua|rio|mar))|" + _TOOK_ES
    + r" (?:\S+ ){0,4}?(?:" + _PILLS_X_ES + r")\b|" + _ENDS_ES
)
_EVERYDAY_SEEN_ES = (
    r"alergia|gripa|gripe|resfriado|antibiotico\w*|vitamina\w*|recet\w*|(?:el|la|su) (?:doctor|doctora|"
    r"medico|medica)|tatuaje|piercing|aranaz\w*|rasgun\w*|gato|gata|cocinando|calificaciones|notas|me mata "
    r"si|antena|piscina|alberca|juego|pelicula|serie|trampolin|espinas|rosal|se cayo|bici\w*|el ano pasado"
)
_TX_ES = (
    "pastill|pastis|pildora|comprimido|medicament|medicina|remedio|calmante|analgesico|paracetamol|"
    "ibuprofeno|antidepresivo|somnifero|clonazepam|emoji_pill|que hoy|que esta noche|que ahorita|que ahora|"
    "que ya|corte|herida|cortada|azotea|techo|tejado|terraza|ultimo piso|cornisa|barandal|puente|arriba|"
    "encerrad|se encerro"
)

# -- pt ---------------------------------------------------------------------------------
_PILLS_X_PT = _PILLS_PT + r"|remedio|comprimido|pilula"
_TOOK_PT = r"(?:tomou|engoliu|tomou tipo|ingeriu|mandou pra dentro|tinha tomado|ja tomou)"
_ACTS_PT = _tables(
    r"uma porrada de|uma penca de|um punhado de|uma pa de|uma cacetada de|um tanto de|montes de|uma "
    r"caralhada de|metade da cartela|meia cartela|" + _LOTS_PT, _PILLS_X_PT, _TOOK_PT,
    r"(?:muito|mt|super|bem|mo) (?:sonolent[oa]|grogue|tont[oa]|confus[oa]|zonz[oa])|(?:nao|n) (?:fala|diz) "
    r"(?:coisa com coisa|nada com nada)|(?:nao|n) (?:consigo|conseguimos) (?:acorda|acordar)(?: (?:ela|"
    r"ele))?|(?:nao|n) acorda|vomitando|vomitou|desmaiou|desmaiada|desmaiado|inconsciente|respirando (?:mal|"
    r"estranho)",
    r"que (?:hoje|hj|essa noite|esta noite|agora) (?:mesmo )?(?:ela |ele )?(?:se mata|se suicida|vai se matar|"
    r"tira a propria vida)\b")
_SIGNS_PT = (
    r"(?:me|nos) (?:mostrou|mostrava|mandou foto d[oa]s?) (?:\S+ ){0,3}?(?:os |uns |seus )?(?:cortes|"
    r"feridas|machucados)\b|(?:vi|eu vi|vimos) (?:\S+ ){0,3}?(?:cortes|feridas)\b|(?:cortes|feridas) (?:\S+ )?"
    r"(?:frescos|frescas|recentes|novos|novas|fundos|fundas|sangrando)\b|(?:cortes|feridas) (?:no|nos|na|"
    r"nas) (?:braco|bracos|pulso|pulsos|perna|pernas)\b"
)
_PLACES_SEEN_PT = (
    r"(?:no|na|em cima do|em cima da|no alto do|no alto da) (?:telhado|laje|terraco|cobertura|ultimo andar) "
    r"(?:do|da|de um|de uma) (?:\S+ )?(?:predio|estacionamento|shopping|escola|hospital)\b|" + _PLACES_PT
)
_ENDS_SEEN_PT = (
    r"(?:diz|disse|falou|fala|escreveu|escreve|ta falando) (?:que )?(?:\S+ )?(?:pula|se joga|vai pular|"
    r"vai se jogar)\b(?! (?:\S+ ){0,3}?(?:na piscina|no rio|no mar|na agua))|" + _TOOK_PT
    + r" (?:\S+ ){0,4}?(?:" + _PILLS_X_PT + r")\b|" + _ENDS_PT
)
_EVERYDAY_SEEN_PT = (
    r"alergia|gripe|resfriado|antibiotico\w*|vitamina\w*|receit\w*|(?:o|a) (?:medico|medica)|tatuagem|"
    r"piercing|arranha\w*|gato|gata|cozinhando|notas|boletim|me mata se|antena|piscina|jogo|filme|serie|"
    r"trampolim|espinhos|caiu|bicicleta|skate|ano passado"
)
_TX_PT = (
    "remedio|comprimido|pilula|medicament|calmante|analgesico|paracetamol|antidepressivo|rivotril|dipirona|"
    "tylenol|emoji_pill|que hoje|que hj|que essa noite|que esta noite|que agora|corte|ferida|machucado|"
    "telhado|laje|terraco|cobertura|ultimo andar|beira|ponte|parapeito|trancad|se trancou"
)

# -- fr ---------------------------------------------------------------------------------
_TOOK_FR = r"(?:a (?:pris|avale|gobe|bu)|avale|pris|vient d'avaler|vient de prendre|s'est enfile)"
_ACTS_FR = _tables(
    r"un tas de|des tas de|une tonne de|des tonnes de|une poignee de|un paquet de|une montagne de|"
    r"la moitie de la boite|une demi boite de|" + _LOTS_FR, _PILLS_FR + r"|cachet|comprime|medoc|pilule",
    _TOOK_FR,
    r"(?:tres|trop|super|grave|hyper) (?:endormie?|somnolente?|dans le gaz|confuse?|ensuqu\w+)|(?:dit|raconte) "
    r"n'importe quoi|(?:n'arrive|arrive) (?:pas|plus) a (?:la|le) reveiller|(?:se )?reveille (?:pas|plus)|"
    r"vomit|vomi|s'est evanoui\w*|inconsciente?|respire (?:mal|bizarre)",
    r"(?:que|qu') ?(?:ce soir|aujourd'hui|aujourdhui|maintenant|cette nuit) (?:elle|il) (?:se tue|se suicide|"
    r"va se tuer|met fin a ses jours)\b")
_SIGNS_FR = (
    r"(?:m'a|nous a) (?:montre|fait voir|envoye une photo de) (?:\S+ ){0,3}?(?:ses |des |les )?(?:coupures|"
    r"entailles|blessures|plaies|scarif\w*)\b|(?:j'ai vu|on a vu|je lui ai vu|j'ai remarque) (?:\S+ ){0,3}?"
    r"(?:coupures|entailles|blessures|plaies|scarif\w*)\b|(?:coupures|entailles|blessures|plaies) (?:\S+ )?"
    r"(?:toutes? )?(?:fraiches|recentes|nouvelles|profondes|qui saignent)\b|(?:coupures|entailles|"
    r"blessures|plaies) (?:sur|aux|au) (?:le |les |son |ses )?(?:bras|poignets?|jambes?|cuisses?)\b"
)
_PLACES_SEEN_FR = (
    r"(?:en haut|au sommet|sur le toit|au dernier etage|tout en haut) (?:du|de la|de l'|d'un|d'une) ?(?:\S+ )?"
    r"(?:parking|immeuble|batiment|centre commercial|college|lycee|pont|tour|hopital)\b|" + _PLACES_FR
)
_ENDS_SEEN_FR = (
    r"(?:dit|a dit|ecrit|a ecrit|m'a ecrit|m'a dit|me dit) (?:qu'(?:elle|il)|que (?:elle|il)) (?:va )?"
    r"(?:saute|sauter|se jette|se jeter)\b(?! (?:\S+ ){0,3}?(?:dans la piscine|dans l'eau|a l'eau))|"
    + _TOOK_FR + r" (?:\S+ ){0,4}?(?:" + _PILLS_FR + r"|cachet|comprime|medoc|pilule)\b|" + _ENDS_FR
)
_EVERYDAY_SEEN_FR = (
    r"allergie|rhume|grippe|antibiotique\w*|vitamine\w*|ordonnance|prescrit|(?:le|la|son|sa) (?:medecin|"
    r"docteur)|tatouage|piercing|griffure\w*|chat|chatte|cuisine|notes|bulletin|va me tuer|antenne|"
    r"piscine|jeu|film|serie|trampoline|ronces|epines|tombe|velo|skate|l'annee derniere"
)
_TX_FR = (
    "cachet|comprime|medicament|medoc|pilule|somnifere|antidepresseur|doliprane|paracetamol|anxiolytique|"
    "emoji_pill|soir elle|soir il|hui elle|hui il|tenant elle|tenant il|nuit elle|nuit il|"
    "coupure|entaille|blessure|plaie|scarif|en haut|"
    "sommet|toit|dernier etage|corniche|rebord|pont|balustrade|la haut|enferm|"
    # the places of `selfharm_others_now_eu._PLACES_FR` this table's `_PLACES_SEEN_FR` includes
    "balcon|parapet|rambarde"
)

# -- it ---------------------------------------------------------------------------------
_TOOK_IT = (
    r"(?:ha preso|ha ingoiato|ha mandato giu|ha buttato giu|si e preso|si e presa|si e calato|si e calata|"
    r"ha inghiottito|ha ingerito|ha bevuto|preso|ingoiato)"
)
_ACTS_IT = _tables(
    r"un casino di|una marea di|un mucchio di|una montagna di|un botto di|un fottio di|mezza scatola di|"
    r"mezza confezione di|" + _LOTS_IT, _PILLS_IT + r"|pastiglia|pillola|compressa|farmaco", _TOOK_IT,
    r"(?:molto|troppo|super|tutto|tutta) (?:assonnat[oa]|intontit[oa]|confus[oa]|rintronat[oa]|stordit[oa])|"
    r"non ha senso quello che dice|dice cose senza senso|(?:non|nn) (?:riesco|riusciamo) a svegliarl[oa]|non "
    r"si sveglia|vomita|sta vomitando|ha vomitato|e svenut[oa]|svenut[oa]|incosciente|respira (?:male|"
    r"strano)",
    r"che (?:oggi|stasera|stanotte|adesso|ora) (?:\S+ )?(?:si ammazza|si uccide|si suicida|si toglie la "
    r"vita|la fa finita)\b")
_SIGNS_IT = (
    r"(?:mi|ci) ha (?:fatto vedere|mostrato|mandato (?:una )?foto (?:de\w*)) (?:\S+ ){0,3}?(?:i |dei |"
    r"delle |le )?(?:tagli|ferite|taglietti)\b|(?:ho visto|abbiamo visto|gli ho visto|le ho visto) (?:\S+ )"
    r"{0,3}?(?:tagli|ferite)\b|(?:tagli|ferite) (?:\S+ )?(?:freschi|fresche|recenti|nuovi|nuove|profondi|"
    r"profonde|che sanguinano)\b|(?:tagli|ferite) (?:sul|sulle|sui|sulla|al|ai) (?:braccio|braccia|polsi|"
    r"polso|gambe|gamba|cosce)\b"
)
_PLACES_SEEN_IT = (
    r"(?:in cima al|in cima alla|sul tetto del|sul tetto della|all'ultimo piano del|sopra il|sopra al) "
    r"(?:\S+ )?(?:parcheggio|palazzo|condominio|centro commerciale|scuola|ponte|ospedale|multipiano)\b|"
    + _PLACES_IT
)
_ENDS_SEEN_IT = (
    r"(?:dice|ha detto|scrive|ha scritto|mi ha scritto|mi ha detto) che (?:\S+ )?(?:salta|si butta|si "
    r"lancia|saltera|si buttera)\b(?! (?:\S+ ){0,3}?(?:in piscina|in acqua|nel lago|in mare))|" + _TOOK_IT
    + r" (?:\S+ ){0,4}?(?:" + _PILLS_IT + r"|pastiglia|pillola|compressa)\b|" + _ENDS_IT
)
_EVERYDAY_SEEN_IT = (
    r"allergia|raffreddore|influenza|antibiotic\w*|vitamin\w*|ricetta|prescritt\w*|(?:il|la|suo|sua) "
    r"(?:medico|dottore|dottoressa)|tatuaggio|piercing|graffi\w*|gatto|gatta|cucinando|voti|pagella|mi "
    r"ammazza se|antenna|piscina|gioco|film|serie|trampolino|spine|rovi|caduto|caduta|bici\w*|l'anno scorso"
)
_TX_IT = (
    "pastigli|pillol|compress|farmac|medicin|tachipirina|paracetamolo|antidepressiv|sonnifer|calmant|"
    "ansiolitic|emoji_pill|che oggi|che stasera|che stanotte|che adesso|che ora|tagli|ferite|in cima|tetto|"
    "ultimo piano|sopra|ponte|cornicione|davanzale|terrazzo|parapetto|ringhiera|chius|barricat"
)

RULES: list[Rule] = [
    _rule(_TRIG_ES + " clase salon grupo escuela", _TX_ES,
          _now(f"{_WHO_ES}|{_WHO_MORE_ES}|(?<!si )en mi (?:clase|salon|grupo|escuela)",
               f"{_GUARD_ES}|{_EVERYDAY_ES}|{_EVERYDAY_SEEN_ES}", _ACTS_ES, _SIGNS_ES, _PLACES_SEEN_ES, _ENDS_SEEN_ES,
               f"{_UNREACH_ES}|{_UNREACH_MORE_ES}")),
    _rule(_TRIG_PT + " sala turma escola classe", _TX_PT,
          _now(f"{_WHO_PT}|{_WHO_MORE_PT}|(?<!se )na minha (?:sala|turma|escola|classe)",
               f"{_GUARD_PT}|{_EVERYDAY_PT}|{_EVERYDAY_SEEN_PT}", _ACTS_PT, _SIGNS_PT, _PLACES_SEEN_PT, _ENDS_SEEN_PT,
               f"{_UNREACH_PT}|{_UNREACH_MORE_PT}")),
    _rule(_TRIG_FR + " classe ecole", _TX_FR,
          _now(f"{_WHO_FR}|{_WHO_MORE_FR}|(?<!si )dans ma (?:classe|ecole)",
               f"{_GUARD_FR}|{_EVERYDAY_FR}|{_EVERYDAY_SEEN_FR}", _ACTS_FR, _SIGNS_FR, _PLACES_SEEN_FR, _ENDS_SEEN_FR,
               f"{_UNREACH_FR}|{_UNREACH_MORE_FR}")),
    _rule(_TRIG_IT + " classe scuola", _TX_IT,
          _now(f"{_WHO_IT}|{_WHO_MORE_IT}|(?<!se )nella mia (?:classe|scuola)",
               f"{_GUARD_IT}|{_EVERYDAY_IT}|{_EVERYDAY_SEEN_IT}", _ACTS_IT, _SIGNS_IT, _PLACES_SEEN_IT, _ENDS_SEEN_IT,
               f"{_UNREACH_IT}|{_UNREACH_MORE_IT}")),
]
