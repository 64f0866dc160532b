"""Means sought or hidden (see `selfharm_means_seek.py`): the tables of
German, Spanish, Portuguese, French and Italian.

Why: the three forms of the class passed in these languages as in English -
a dose asked for real ("ab wie viel paracetamol ist es zu viel? frag im
ernst", "cuanto paracetamol es demasiado? en serio", "c'est quoi la dose
mortelle d'ibuprofène, je rigole pas"), blades sought in secret or under
18 ("wo krieg ich rasierklingen her ohne dass meine eltern es merken",
"vendem lâmina de barbear pra menor de 18?", "vendono lamette ai
minorenni?"), a blade hidden ("ho una lametta nascosta nell'astuccio", "la
cuchilla la tengo escondida debajo del colchón").  "Lâmina de barbear",
"hojas de afeitar" and "lame da barba" are the razor blades themselves, so
the shaving guards skip them.

What passes: as in English (`selfharm_means_seek.py`).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_means_seek_base import either, means_rule, seek

# -- de ("im" reads "i am") -------------------------------------------------------------------------
_DRUG_DE = (
    r"tabletten|tablette|pillen|pille|medikamente|medikament|schlaftabletten|schmerztabletten|antidepressiva|"
    r"paracetamol|ibuprofen|aspirin|ibus|ibu|emoji_pill"
)
_DOSE_DE = (
    r"(?:wie viele?|wieviele?|ab wie viel|wie viel|welche menge|[1-9]\d+|zwanzig|dreissig|funfzig)\b"
    r"[^.!?]{0,40}?\b(?:" + _DRUG_DE + r")\b[^.!?]{0,40}?\b(?:zu viel|zu viele|brauchte man|braucht man|"
    r"reichen|reicht|genug|todlich|um nicht mehr aufzuwachen|um zu sterben|uberdosis)\b|"
    + either(r"(?:todliche|letale|gefahrliche) (?:dosis|menge)", _DRUG_DE, 20)
)
_SERIOUS_DE = (
    r"ernsthaft|i am ernst|im ernst|ernst gemeint|kein witz|kein spass|ohne witz|nicht fur (?:die )?(?:schule|"
    r"hausaufgaben|hausaufgabe|bio|chemie|ein referat)|ehrlich gefragt|frag nicht warum|frag fur mich|von meinen|"
    r"meine (?:\S+ )?(?:tabletten|pillen|medikamente|schlaftabletten)|meinen (?:\S+ )?(?:tabletten|pillen|"
    r"medikamenten)|wenn ich (?:alle|sie alle)|um (?:nicht mehr aufzuwachen|zu sterben)"
)
_DOSE_GUARD_DE = (
    r"fieber|kopfschmerz\w*|erkaltung|grippe|regelschmerz\w*|periode|bauchschmerz\w*|zahnschmerz\w*|migrane|"
    r"allergie|kind|kinder|baby|hund|katze|haustier|kleine[rn]? (?:bruder|schwester)|aus versehen|pro tag|am tag|"
    r"(?:arzt|arztin|apotheker\w*) (?:hat |hatte )?(?:gesagt|meint|sagt|empfohlen)|beipackzettel|packungsbeilage|"
    r"koffein|kaffee|energy ?drinks?|vitamin\w*|"
    r"(?<!nicht fur )(?<!nicht fur die )(?:hausaufgabe\w*|schule|referat|bio|biologie|chemie|unterricht|test|"
    r"arbeit|klassenarbeit)"
)
_BLADES_DE = r"rasierklinge\w*|klinge\w*|anspitzerklinge\w*"
_DENIED_DE = r"nicht (?:zum|fur|furs) (?:rasieren|basteln|kunst)"
_GET_DE = (
    r"gekauft|bestellt|besorgt|"
    r"wo (?:krieg|kriege|bekomm|bekomme|kauf|kaufe|bestell|bestelle|find|finde) ich|wo (?:kann|konnte) (?:ich|man) "
    r"(?:\S+ ){0,3}?(?:kaufen|kriegen|bekommen|bestellen|finden|herkriegen|herbekommen)|wie (?:kann|konnte|komm) "
    r"ich (?:\S+ ){0,4}?(?:kaufen|bestellen|ran|dran|bekommen|kriegen)|(?:verkaufen|verkauft) (?:die|sie|man|"
    r"dm|rossmann|apotheken|lidl|amazon)|kann man (?:\S+ ){0,3}?kaufen|darf man (?:\S+ ){0,3}?kaufen"
)
_BUY_DE = either(_GET_DE, _BLADES_DE + r"|schlaftabletten", 50)
_MINOR_DE = (
    r"ohne dass (?:\S+ ){0,2}?(?:eltern|mama|mutter|papa|vater|jemand|wer) (?:\S+ ){0,2}?(?:merkt|merken|weiss|"
    r"wissen|sieht|sehen|mitbekommt|mitbekommen)|heimlich|unter 18|unter 16|minderjahrig\w*|mit 1[0-7]|als "
    r"1[0-7] ?jahrige[rn]?|ohne ausweis|ausweis(?:kontrolle)?|frag fur mich|(?:i am|bin) 1[0-7]\b"
)
_BUY_GUARD_DE = (
    r"rasier(?:en|e|t)|beine|bart|basteln|bastel\w*|kunst|projekt|werken|cuttermesser|teppichmesser|skalpell|"
    r"schlittschuh\w*|rasenmaher|mixer|geschenk|uberraschung|geburtstag|kopfschmerz\w*|periode|regelschmerz\w*"
)
_HIDE_DE = (
    r"versteckt|verstecke|versteck|versteckte|gebunkert|bunker\w*|geklebt|eingenaht|geheimfach|wo (?:keiner|"
    r"niemand) (?:guckt|sucht|nachschaut)|(?:hab|habe|bewahr\w*|behalt\w*) (?:\S+ ){0,3}?(?:i am|in meinem|in "
    r"meiner|unter meiner|unter der|unter dem) (?:\S+ )?(?:federmappchen|mappchen|handyhulle|portemonnaie|"
    r"geldbeutel|socke|socken|bh|matratze|kopfkissen|schuh|spind|schminktasche|tagebuch|schublade)"
)
_HIDDEN_DE = either(_BLADES_DE, _HIDE_DE, 80)
_HIDE_GUARD_DE = (
    r"rasier(?:en|e|t)|basteln|modellbau|modell\w*|kunst|projekt|skalpell|cuttermesser|schlittschuh\w*|"
    r"spiel|game|assassin\w*|"
    r"creed|figur|charakter|cosplay|requisite|fortnite|minecraft|roblox|film|serie|geschichte|anime|manga|ninja|"
    r"streich|uberraschung|geschenk|"
    r"damit (?:mein|meine|der|die) (?:kleine[rn]? )?(?:bruder|schwester|geschwister|kinder|hund|katze) (?:\S+ )?"
    r"(?:nicht|nich) |(?:mama|mutter|papa|vater|eltern) (?:versteckt|versteckte|bewahrt|hat) (?:\S+ ){0,2}?"
    r"(?:rasierklinge|klinge)"
)
_GUARD_DE = (
    r"wenn (?:jemand|ein freund|eine freundin|dein freund|deine freundin|ein kind)|was (?:soll|sollte) man tun|"
    r"wie hilft man|haben wir gelernt|warnzeichen|anzeichen|aufklarung|pravention|doku|nachrichten|artikel|"
    r"(?:lehrer|lehrerin|vertrauenslehrer\w*|erwachsenen) (?:gesagt|erzahlt)"
)
_TRIG_DE = (
    "tabletten tablette pillen pille medikamente medikament schlaftabletten schmerztabletten antidepressiva "
    "paracetamol ibuprofen aspirin ibus ibu emoji_pill dosis rasierklinge rasierklingen klinge klingen "
    "anspitzerklinge"
)
_STEMS_DE = "tablette|pille|medikament|antidepress|paracetamol|ibu|aspirin|emoji_pill|dosis|klinge"

# -- es ("y" reads "why", "ya" "you") -----------------------------------------------------------------
_DRUG_ES = (
    r"pastillas?|pastis|pildoras?|medicinas?|medicamentos?|remedios?|paracetamol|ibuprofenos?|aspirinas?|"
    r"tylenol|clonazepam|rivotril|antidepresivos|emoji_pill"
)
_DOSE_ES = (
    r"(?:cuantas|cuantos|cuanto|cuanta|que cantidad|[1-9]\d+|veinte|treinta|cincuenta)\b[^.!?]{0,40}?\b"
    r"(?:" + _DRUG_ES + r")\b[^.!?]{0,40}?\b(?:demasiad[oa]s?|es mucho|son muchas|harian falta|hace falta|hacen "
    r"falta|bastan|basta|alcanzan|suficientes?|para (?:morir|no despertar|matarme)|letal(?:es)?|sobredosis)\b|"
    r"(?:cuanto|cuanta|cuantas|cuantos) (?:\S+ ){0,2}?(?:es|son) (?:demasiad[oa]s?|mucho)\b(?:[^.!?]{0,20}?\b(?:"
    + _DRUG_ES + r"))?|" + either(r"dosis (?:letal|mortal|peligrosa)", _DRUG_ES, 20)
)
_SERIOUS_ES = (
    r"en serio|es en serio|de verdad|no es broma|no estoy bromeando|sin bromas|no es para (?:la |una )?(?:tarea|"
    r"escuela|clase|biologia|quimica|un trabajo)|pregunto por mi|no preguntes por que|de mis|mis (?:\S+ )?"
    r"(?:pastillas|pastis|medicinas|medicamentos|remedios|antidepresivos)|si me (?:las |los )?tomo todas|para "
    r"(?:morir|no despertar)"
)
_DOSE_GUARD_ES = (
    r"fiebre|dolor de cabeza|cabeza|gripa|gripe|resfriado|regla|colicos|dolor de muelas|migrana|alergia|nin[oa]s?|"
    r"nene|bebe|perr[oa]|gat[oa]|mascota|hermanit[oa]|sin querer|por accidente|al dia|por dia|(?:doctor|doctora|"
    r"medic[oa]|pediatra|farmaceutic[oa]) (?:me |le )?(?:dijo|dice|recomendo|receto)|prospecto|cafeina|cafe|"
    r"bebidas energeticas|vitaminas?|"
    r"(?<!no es para la )(?<!no es para )(?<!no es para una )(?:tarea|escuela|biologia|quimica|clase|examen|"
    r"trabajo|exposicion)"
)
_BLADES_ES = r"cuchillas?|hojas? de afeitar|navajas?|hojitas?|gillettes?"
_DENIED_ES = r"no (?:son|es|eran|era) (?:para|pa) (?:afeitar\w*|depilar\w*|manualidades|el cutter)"
_GET_ES = (
    r"compre|he comprado|a comprar|pedi|"
    r"donde (?:\S+ ){0,2}?(?:consigo|compro|puedo (?:comprar|conseguir)|venden|se compran|se consiguen|"
    r"encuentro|pido)|como (?:\S+ ){0,2}?(?:compro|consigo|pido|puedo comprar|puedo conseguir)|(?:venden|vende|"
    r"te venden) (?:\S+ ){0,2}?|se pueden comprar|puedo comprar"
)
_BUY_ES = either(_GET_ES, _BLADES_ES + r"|pastillas para dormir", 50)
_MINOR_ES = (
    r"sin que (?:\S+ ){0,2}?(?:papas|padres|mama|papa|mami|papi|familia|nadie) (?:\S+ ){0,2}?(?:se enteren|se "
    r"entere|sepan|sepa|se den cuenta|se de cuenta|vean|vea)|a escondidas|en secreto|menores(?: de edad)?|menor "
    r"de (?:edad|18)|con (?:1[0-7]) (?:anos)?|tengo 1[0-7]|sin (?:ine|identificacion|carnet|dni)|pregunto por mi"
)
_BUY_GUARD_ES = (
    r"(?<!hoja de )(?<!hojas de )afeit\w*|depil\w*|piernas|barba|bigote|manualidad\w*|cutter|exacto|arte|"
    r"proyecto|maqueta|escultura|patines|"
    r"licuadora|regalo|sorpresa|cumpleanos|dolor de cabeza|regla|colicos|fiebre"
)
_HIDE_ES = (
    r"escondid[oa]s?|escondi|escondo|esconderla|la escondo|la escondi|guardad[oa] en secreto|pegad[oa] (?:debajo|"
    r"atras|detras)|donde nadie (?:revisa|busca|mira)|(?:tengo|guardo|llevo) (?:\S+ ){0,3}?(?:en|dentro de|"
    r"debajo de|detras de) (?:mi |el |la |los |las )?(?:estuche|lapicera|cartuchera|funda|cartera|billetera|"
    r"calcetin|media|brasier|colchon|almohada|zapato|casillero|cosmetiquera|diario|cajon)"
)
_HIDDEN_ES = either(_BLADES_ES, _HIDE_ES, 80)
_HIDE_GUARD_ES = (
    r"(?<!hoja de )(?<!hojas de )afeit\w*|depil\w*|manualidad\w*|arte|proyecto|maqueta|modelismo|cutter|patines|"
    r"juego|videojuego|"
    r"assassin\w*|creed|personaje|"
    r"cosplay|utileria|fortnite|minecraft|roblox|pelicula|serie|historia|anime|manga|ninja|broma|sorpresa|regalo|"
    r"para que (?:mi )?"
    r"(?:hermanit[oa]|herman[oa]|primit[oa]|perr[oa]|gat[oa]|los ninos) no|(?:mi mama|mi papa|mis papas|mis "
    r"padres) (?:\S+ ){0,2}?(?:esconde|escondio|guarda|guardo)"
)
_GUARD_ES = (
    r"si (?:alguien|un amigo|una amiga|tu amig[oa]|un nino|una nina)|que (?:hacer|hago|hacemos) si|como "
    r"ayudar|aprendimos|senales de|prevencion|concientizacion|documental|noticias|articulo|le dije a (?:la|el|"
    r"un|una) (?:profe|maestra|maestro|adulto|orientador\w*)"
)
_TRIG_ES = (
    "pastilla pastillas pastis pildora pildoras medicina medicinas medicamento medicamentos remedio remedios "
    "paracetamol ibuprofeno ibuprofenos aspirina aspirinas tylenol clonazepam rivotril antidepresivos emoji_pill "
    "dosis cuchilla cuchillas navaja navajas hojita hojitas gillette gillettes hoja hojas"
)
_STEMS_ES = (
    "pastill|pastis|pildora|medicina|medicamento|remedio|paracetamol|ibuprofeno|aspirina|tylenol|clonazepam|"
    "rivotril|antidepresivo|emoji_pill|dosis|cuchilla|navaja|hojita|hoja de afeitar|hojas de afeitar|gillette"
)

# -- pt ("q" reads "que") ------------------------------------------------------------------------------
_DRUG_PT = (
    r"comprimidos?|remedios?|pilulas?|medicamentos?|paracetamol|tylenol|dipirona|ibuprofenos?|aspirinas?|"
    r"rivotril|clonazepam|antidepressivos|emoji_pill"
)
_DOSE_PT = (
    r"(?:quantos|quantas|quanto|quanta|qual quantidade|[1-9]\d+|vinte|trinta|cinquenta)\b[^.!?]{0,40}?\b"
    r"(?:" + _DRUG_PT + r"|(?:remedios?|comprimidos?) (?:pra|para) dormir)\b[^.!?]{0,40}?\b(?:demais|e muito|"
    r"sao muitos|precisaria|precisa|precisam|basta|bastam|suficientes?|(?:pra|para) (?:morrer|nao acordar|me "
    r"matar)|letal|overdose)\b|(?:quanto|quanta|quantos|quantas) (?:\S+ ){0,2}?e demais\b|"
    + either(r"dose (?:letal|mortal|fatal)", _DRUG_PT, 20)
)
_SERIOUS_PT = (
    r"serio|serio mesmo|to falando serio|de verdade|nao (?:e|to|estou) brincando|sem brincadeira|nao e (?:pra|para)"
    r" (?:a |um )?(?:tarefa|escola|aula|biologia|quimica|trabalho)|pergunto por mim|dos meus|das minhas|meus "
    r"(?:\S+ )?(?:remedios|comprimidos|antidepressivos)|minhas (?:\S+ )?(?:pilulas)|se eu tomar todos|"
    r"(?:pra|para) (?:morrer|nao acordar)"
)
_DOSE_GUARD_PT = (
    r"febre|dor de cabeca|gripe|resfriado|colica|menstrua\w*|dor de dente|enxaqueca|alergia|crianc\w*|bebe|"
    r"cachorr[oa]|gat[oa]|pet|irmaozinho|irmazinha|sem querer|por acidente|por dia|ao dia|(?:medic[oa]|doutor\w*|"
    r"farmaceutic[oa]|pediatra) (?:me |mandou|disse|falou|receitou)|bula|cafeina|cafe|energetico|vitaminas?|"
    r"(?<!nao e pra )(?<!nao e para )(?<!nao e pra a )(?:tarefa|escola|biologia|quimica|aula|prova|trabalho)"
)
_BLADES_PT = r"giletes?|laminas?|laminas de barbear|lamina de barbear"
_DENIED_PT = r"nao (?:e|sao|era|eram) (?:pra|para) (?:barbear|depilar|artesanato|o estilete)"
_GET_PT = (
    r"comprei|pedi|fui comprar|"
    r"onde (?:\S+ ){0,2}?(?:compro|consigo|acho|arrumo|vende|vendem|posso comprar|da pra comprar)|como (?:\S+ )"
    r"{0,2}?(?:compro|consigo|arrumo|posso comprar|peco)|(?:vendem|vende) (?:\S+ ){0,2}?|da pra comprar"
)
_BUY_PT = either(_GET_PT, _BLADES_PT + r"|remedios? (?:pra|para) dormir", 50)
_MINOR_PT = (
    r"sem (?:\S+ ){0,2}?(?:pais|mae|pai|familia|ninguem) (?:\S+ ){0,2}?(?:saber|saberem|descobrir|descobrirem|"
    r"perceber|perceberem|ver|verem)|escondido|escondida|em segredo|menor de (?:idade|18)|menores|com 1[0-7] "
    r"anos|tenho 1[0-7]|sem (?:rg|documento|identidade)|pergunto por mim"
)
_BUY_GUARD_PT = (
    r"(?<!lamina de )(?<!laminas de )barbe\w*|depil\w*|pernas|barba|bigode|artesanato|estilete|artes?|projeto|"
    r"maquete|escultura|patins|"
    r"liquidificador|presente|surpresa|aniversario|dor de cabeca|colica|menstrua\w*|febre"
)
_HIDE_PT = (
    r"escondid[oa]s?|escondi|escondo|escondendo|guardad[oa] escondid[oa]|colad[oa] (?:embaixo|atras)|onde "
    r"ninguem (?:olha|mexe|procura)|(?:tenho|guardo|deixo|levo) (?:\S+ ){0,3}?(?:no|na|dentro do|dentro da|"
    r"embaixo do|embaixo da|atras do) (?:meu |minha )?(?:estojo|capinha|capa do celular|carteira|meia|sutia|"
    r"colchao|travesseiro|tenis|armario|necessaire|diario|gaveta)"
)
_HIDDEN_PT = either(_BLADES_PT, _HIDE_PT, 80)
_HIDE_GUARD_PT = (
    r"(?<!lamina de )(?<!laminas de )barbe\w*|depil\w*|artesanato|artes?|projeto|maquete|estilete|patins|jogo|"
    r"game|"
    r"assassin\w*|creed|personagem|"
    r"cosplay|fortnite|minecraft|roblox|filme|serie|historia|anime|manga|ninja|pegadinha|surpresa|presente|"
    r"(?:pro|para o|para a|pra) "
    r"(?:meu |minha )?(?:irmaozinho|irmazinha|irmao|irma|primo|prima|cachorro|gato|as criancas) nao|(?:minha mae|"
    r"meu pai|meus pais) (?:\S+ ){0,2}?(?:esconde|escondeu|guarda|guardou)"
)
_GUARD_PT = (
    r"se (?:alguem|um amigo|uma amiga|seu amigo|sua amiga|uma crianca)|o que fazer se|como ajudar|aprendemos|"
    r"sinais de|prevencao|conscientizacao|setembro amarelo|documentario|noticia|reportagem|artigo|contei (?:pra|"
    r"para) (?:a|o) (?:professora|professor|coordenadora|psicologa)"
)
_TRIG_PT = (
    "comprimido comprimidos remedio remedios pilula pilulas medicamento medicamentos paracetamol tylenol dipirona "
    "ibuprofeno ibuprofenos aspirina aspirinas rivotril clonazepam antidepressivos emoji_pill dose gilete giletes "
    "lamina laminas"
)
_STEMS_PT = (
    "comprimido|remedio|pilula|medicamento|paracetamol|tylenol|dipirona|ibuprofeno|aspirina|rivotril|clonazepam|"
    "antidepressivo|emoji_pill|dose|gilete|lamina"
)

# -- fr ("y a" reads "why a") --------------------------------------------------------------------------
_DRUG_FR = (
    r"cachets?|comprimes?|medocs?|medicaments?|pilules?|somniferes?|doliprane|dafalgan|efferalgan|paracetamol|"
    r"ibuprofene|advil|nurofen|aspirine|antidepresseurs|xanax|lexomil|emoji_pill"
)
_DOSE_FR = (
    r"(?:combien|quelle quantite|[1-9]\d+|vingt|trente|cinquante)\b[^.!?]{0,40}?\b(?:"
    + _DRUG_FR + r")\b[^.!?]{0,40}?\b(?:trop|c'est trop|il faudrait|il faut|faudrait|suffi\w*|assez|pour (?:mourir|"
    r"ne plus se reveiller|y passer)|mortel\w*|overdose|surdose)\b|"
    + either(r"dose (?:mortelle|letale|fatale)", _DRUG_FR, 20)
)
_SERIOUS_FR = (
    r"serieux|serieusement|je rigole pas|sans rire|sans blague|pour de vrai|pas pour (?:un |le |les |mes )?"
    r"(?:devoirs?|cours|expose|svt|bio|la bio|l'ecole)|je demande pour moi|demande pas pourquoi|de mes|mes "
    r"(?:\S+ )?(?:cachets|comprimes|medocs|medicaments|somniferes|antidepresseurs)|si je (?:les )?prends tous|"
    r"pour (?:mourir|ne plus se reveiller|y passer)"
)
_DOSE_GUARD_FR = (
    r"fievre|mal de tete|migraine|rhume|grippe|regles|mal de ventre|mal aux dents|allergie|enfants?|bebe|chien|"
    r"chienne|chat|chaton|petit frere|petite soeur|par erreur|par accident|par jour|(?:medecin|docteur|"
    r"pharmacien\w*) (?:a dit|dit|m'a dit|a conseille|a prescrit)|notice|cafeine|cafe|boissons energisantes|"
    r"vitamines?|"
    r"(?<!pas pour un )(?<!pas pour )(?<!pas pour les )(?<!pas pour mes )(?:devoirs?|expose|svt|bio|chimie|"
    r"cours|controle|interro)"
)
_BLADES_FR = r"lames?(?: de rasoir)?|lames? de taille crayon"
_DENIED_FR = r"pas pour (?:me raser|raser|le rasoir|le bricolage|les arts plastiques)"
_GET_FR = (
    r"j'ai achete|commande|"
    r"ou (?:je peux |on peut |est ce qu'on peut )?(?:\S+ ){0,1}?(?:acheter|trouver|avoir|commander|choper|se "
    r"procurer)|comment (?:\S+ ){0,2}?(?:acheter|commander|avoir|trouver|choper)|(?:ils |on )?(?:vendent|vend) "
    r"(?:\S+ ){0,2}?|on peut acheter|je peux acheter"
)
_BUY_FR = either(_GET_FR, _BLADES_FR + r"|somniferes", 50)
_MINOR_FR = (
    r"sans que (?:\S+ ){0,2}?(?:parents|mere|pere|daron\w*|famille|personne) (?:\S+ ){0,2}?(?:sache\w*|voie\w*|"
    r"remarque\w*|se rende\w* compte|decouvre\w*)|en cachette|en secret|moins de (?:18|16)|mineurs?|a 1[0-7] "
    r"ans|j'ai 1[0-7] ans|sans (?:carte d'identite|piece d'identite)|je demande pour moi"
)
_BUY_GUARD_FR = (
    r"ras(?:er|e|oir electrique)|epil\w*|jambes|barbe|moustache|bricolage|cutter|arts? plastiques|arts?|"
    r"projet|maquette|sculpture|patins?|mixeur|tondeuse|cadeau|surprise|anniversaire|mal de tete|regles|fievre"
)
_HIDE_FR = (
    r"cache|cachee|caches|cachees|je cache|j'ai cache|je l'ai cachee|planque\w*|scotche\w*|colle\w* (?:sous|"
    r"derriere)|la ou personne (?:regarde|cherche|fouille)|(?:je garde|j'ai|je laisse) (?:\S+ ){0,3}?(?:dans|sous|"
    r"derriere) (?:ma|mon|mes|le|la) (?:\S+ )?(?:trousse|coque|portefeuille|chaussette|soutif|soutien gorge|"
    r"matelas|oreiller|chaussure|casier|trousse de maquillage|journal|tiroir)"
)
_HIDDEN_FR = either(r"(?:la |une |ma |des |les )?(?:" + _BLADES_FR + r")", _HIDE_FR, 80)
_HIDE_GUARD_FR = (
    r"ras(?:er|e)|epil\w*|bricolage|maquette|modelisme|arts? plastiques|projet|cutter|patins?|jeu|"
    r"assassin\w*|creed|personnage|"
    r"cosplay|fortnite|minecraft|roblox|film|serie|histoire|anime|manga|ninja|blague|surprise|cadeau|"
    r"pour que (?:mon |ma )?(?:petit "
    r"frere|petite soeur|frere|soeur|chien|chat|les petits) (?:\S+ ){0,2}?(?:pas|plus)|(?:ma mere|mon pere|mes "
    r"parents) (?:\S+ ){0,2}?(?:cache|garde|range)"
)
_GUARD_FR = (
    r"si (?:quelqu'un|un ami|une amie|ton ami|ton pote|un enfant)|que faire si|comment aider|on a appris|signes "
    r"de|prevention|sensibilisation|documentaire|reportage|article|j'ai dit (?:a la|au) (?:prof|cpe|infirmiere)"
)
_TRIG_FR = (
    "cachet cachets comprime comprimes medoc medocs medicament medicaments pilule pilules somnifere somniferes "
    "doliprane dafalgan efferalgan paracetamol ibuprofene advil nurofen aspirine antidepresseurs xanax lexomil "
    "emoji_pill dose lame lames"
)
_STEMS_FR = (
    "cachet|comprime|medoc|medicament|pilule|somnifere|doliprane|dafalgan|efferalgan|paracetamol|ibuprofene|"
    "advil|nurofen|aspirine|antidepresseur|xanax|lexomil|emoji_pill|dose|lame"
)

# -- it ------------------------------------------------------------------------------------------------
_DRUG_IT = (
    r"pastigli[ae]|pillol[ae]|compress[ae]|farmac[oi]|medicin[ae]|tachipirina|paracetamolo|ibuprofene|aspirina|"
    r"sonniferi|antidepressivi|xanax|emoji_pill"
)
_DOSE_IT = (
    r"(?:quant[aeio]|che quantita|[1-9]\d+|venti|trenta|cinquanta)\b[^.!?]{0,40}?\b(?:" + _DRUG_IT
    + r")\b[^.!?]{0,40}?\b(?:troppa|troppe|troppi|troppo|servirebbero|servono|bastano|basta|basterebbero|"
    r"sufficienti|per (?:morire|non svegliarmi|non svegliarsi)|letal[ei]|overdose)\b|"
    r"quant[aeio] (?:\S+ ){0,2}?(?:e|sono) (?:troppa|troppe|troppi|troppo)\b|"
    + either(r"dose (?:letale|mortale|fatale)", _DRUG_IT, 20)
)
_SERIOUS_IT = (
    r"sul serio|seriamente|davvero|non scherzo|senza scherzi|non e per (?:i |la |una )?(?:compiti|scuola|"
    r"verifica|scienze|biologia|chimica|ricerca)|chiedo per me|non chiedetemi perche|delle mie|dei miei|le mie "
    r"(?:\S+ )?(?:pastiglie|pillole|compresse|medicine)|i miei (?:\S+ )?(?:farmaci|sonniferi|antidepressivi)|"
    r"se le prendo tutte|per (?:morire|non svegliarmi|non svegliarsi)"
)
_DOSE_GUARD_IT = (
    r"febbre|mal di testa|raffreddore|influenza|ciclo|mestruazioni|mal di denti|emicrania|allergia|bambin[oi]|"
    r"bimb[oi]|neonato|cane|gatt[oa]|fratellino|sorellina|per sbaglio|per errore|al giorno|(?:medico|dottore|"
    r"dottoressa|farmacista|pediatra) (?:ha detto|dice|mi ha detto|ha consigliato|ha prescritto)|bugiardino|"
    r"caffeina|caffe|energy drink|vitamin[ae]|"
    r"(?<!non e per i )(?<!non e per )(?<!non e per la )(?:compiti|scuola|scienze|biologia|chimica|verifica|"
    r"interrogazione|ricerca)"
)
_BLADES_IT = r"lamett[ae]|lam[ae]|lam[ae] da barba|lametta del temperino"
_DENIED_IT = r"non (?:e|sono|erano) per (?:radermi|la barba|depilarmi|il taglierino)"
_GET_IT = (
    r"comprato|ordinato|"
    r"dove (?:\S+ ){0,2}?(?:compro|trovo|prendo|posso comprare|posso trovare|vendono|si comprano)|come (?:\S+ )"
    r"{0,2}?(?:compro|trovo|posso comprare|ordino)|(?:vendono|vende) (?:\S+ ){0,2}?|si possono comprare"
)
_BUY_IT = either(_GET_IT, _BLADES_IT + r"|sonniferi", 50)
_MINOR_IT = (
    r"senza che (?:\S+ ){0,2}?(?:miei|genitori|madre|mamma|padre|papa|nessuno) (?:\S+ ){0,3}?(?:sappia\w*|"
    r"sappiano|accorga|accorgano|veda|vedano|scopra\w*)|di nascosto|in segreto|minorenni|minorenne|sotto i 18|a "
    r"1[0-7] anni|ho 1[0-7] anni|senza (?:documento|carta d'identita)|chiedo per me"
)
_BUY_GUARD_IT = (
    r"radere|rad[eo]|depil\w*|gambe|(?<!da )barba|baffi|bricolage|taglierino|arte|progetto|plastico|scultura|"
    r"pattini|"
    r"frullatore|tosaerba|regalo|sorpresa|compleanno|mal di testa|ciclo|febbre"
)
_HIDE_IT = (
    r"nascost[aeio]|nascondo|l'ho nascosta|nascondere|imboscat[aeio]|attaccat[aeio] con lo scotch|dove nessuno "
    r"(?:guarda|cerca|controlla)|(?:tengo|ho) (?:\S+ ){0,3}?(?:nell'|nel|nella|sotto il|sotto la|dietro il|dietro "
    r"la|dentro il|dentro la) ?(?:mio |mia )?(?:astuccio|cover|custodia|portafoglio|calzino|reggiseno|materasso|"
    r"cuscino|scarpa|armadietto|pochette|diario|cassetto)"
)
_HIDDEN_IT = either(_BLADES_IT, _HIDE_IT, 80)
_HIDE_GUARD_IT = (
    r"radere|depil\w*|bricolage|modellismo|plastico|arte|progetto|taglierino|pattini|gioco|videogioco|"
    r"assassin\w*|creed|personaggio|"
    r"cosplay|fortnite|minecraft|roblox|film|serie|storia|anime|manga|ninja|scherzo|sorpresa|regalo|"
    r"cosi (?:mio |mia )?(?:fratellino|"
    r"sorellina|fratello|sorella|cane|gatto|i bambini) non|(?:mia madre|mio padre|i miei) (?:\S+ ){0,2}?"
    r"(?:nasconde|ha nascosto|tiene)"
)
_GUARD_IT = (
    r"se (?:qualcuno|un amico|un'amica|il tuo amico|un bambino)|cosa fare se|come aiutare|abbiamo imparato|"
    r"segnali di|prevenzione|sensibilizzazione|documentario|notizia|articolo|l'ho detto (?:alla|al) (?:prof|"
    r"professoressa|professore|psicologa)"
)
_TRIG_IT = (
    "pastiglia pastiglie pillola pillole compressa compresse farmaco farmaci medicina medicine tachipirina "
    "paracetamolo ibuprofene aspirina sonniferi antidepressivi xanax emoji_pill dose lametta lamette "
    "lama lame"
)
_STEMS_IT = (
    "pastigli|pillol|compress|farmac|medicin|tachipirina|paracetamolo|ibuprofene|aspirina|sonnifer|"
    "antidepressiv|xanax|emoji_pill|dose|lam"
)

RULES: list[Rule] = [
    means_rule(_TRIG_DE, _STEMS_DE, seek(_DOSE_DE, _SERIOUS_DE, _DOSE_GUARD_DE, _BUY_DE, _MINOR_DE, _BUY_GUARD_DE,
                                         _HIDDEN_DE, _HIDE_GUARD_DE, _GUARD_DE, denied=_DENIED_DE)),
    means_rule(_TRIG_ES, _STEMS_ES, seek(_DOSE_ES, _SERIOUS_ES, _DOSE_GUARD_ES, _BUY_ES, _MINOR_ES, _BUY_GUARD_ES,
                                         _HIDDEN_ES, _HIDE_GUARD_ES, _GUARD_ES, denied=_DENIED_ES)),
    means_rule(_TRIG_PT, _STEMS_PT, seek(_DOSE_PT, _SERIOUS_PT, _DOSE_GUARD_PT, _BUY_PT, _MINOR_PT, _BUY_GUARD_PT,
                                         _HIDDEN_PT, _HIDE_GUARD_PT, _GUARD_PT, denied=_DENIED_PT)),
    means_rule(_TRIG_FR, _STEMS_FR, seek(_DOSE_FR, _SERIOUS_FR, _DOSE_GUARD_FR, _BUY_FR, _MINOR_FR, _BUY_GUARD_FR,
                                         _HIDDEN_FR, _HIDE_GUARD_FR, _GUARD_FR, denied=_DENIED_FR)),
    means_rule(_TRIG_IT, _STEMS_IT, seek(_DOSE_IT, _SERIOUS_IT, _DOSE_GUARD_IT, _BUY_IT, _MINOR_IT, _BUY_GUARD_IT,
                                         _HIDDEN_IT, _HIDE_GUARD_IT, _GUARD_IT, denied=_DENIED_IT)),
]
