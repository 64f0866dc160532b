"""es fr pt de it forms of grooming_covert.py (read its docstring first).

"te compro los pavos si haces videollamada conmigo, con cámara", "eres mucho
más madura que las chicas de tu edad, esto queda entre nosotros", "me manda
uma foto com a roupa nova, só pra mim, eu apago depois", "dieser Chat ist zu
öffentlich, schreib mir auf der anderen App".  The parents' schedule
questions and their excuses come from `grooming_parents_away.py`.
"""

from __future__ import annotations

from . import grooming_parents_away as _pa
from .grooming_covert import pair
from .grooming_parents_away import away_rule
from .rules import Rule

# -- es -----------------------------------------------------------------------------
_CUR_ES = (
    r"(?:pavos|robux|vbucks|v bucks|pase de batalla|pase|skins?|gemas|diamantes|monedas|nitro|"
    r"tarjetas? regalo|tarjetas? de regalo|dinero|plata|recarga|un regalo|saldo)"
)
_GIFT_ES = (
    r"te (?:compro|regalo|pago|doy|paso|mando|recargo|consigo|envio|voy a (?:comprar|regalar|pagar"
    r"|dar|pasar|mandar))(?: \w+){0,3}? " + _CUR_ES + r"|" + _CUR_ES + r" gratis (?:si|por)"
)
_CAM_ES = r"videollamada|video llamada|facetime|camara|webcam|cam"
_MATURE_ES = (
    r"(?:eres|pareces|sos|te ves) (?:\w+ ){0,3}?(?:madura|maduro|mayor de lo que eres)|mas "
    r"(?:madura|maduro) que (?:\w+ ){0,3}?(?:tu edad|otras|otros|las demas|los demas|chicas|chicos|"
    r"ninas|ninos)|(?:madura|maduro) para tu edad|no eres como (?:las|los) (?:otras|otros|demas)"
)
_CONF_ES = (
    r"(?:te )?puedo (?:contar|decir|hablar de) (?:\w+ ){0,2}?(?:cosas|todo|lo que)(?: \w+){0,6}? no"
    r" (?:le |les )?(?:puedo|podria) (?:contar|decir)|(?:esto|todo esto|lo que hablamos|queda|"
    r"quede)(?: \w+)? entre (?:nosotros|tu y yo|los dos)|(?:nuestro|un) (?:pequeno )?secreto|"
    r"secretito|sabes guardar (?:un )?secreto|eres (?:la unica|el unico)(?: persona)? (?:con (?:la|"
    r"el|quien) |a (?:la|el|quien) )?(?:que )?(?:puedo|me entiende)|me entiendes (?:mejor|mas) que|"
    r"no se lo (?:digas|cuentes) a nadie|nadie (?:tiene que|debe|puede) saber"
)
_ALONE_ES = (
    r"(?:llamar\w*|hablar|hablamos|videollamada|escribir\w*|vernos|chatear)(?: \w+){0,3}? "
    r"(?:cuando|mientras) (?:estemos|estes|este|estas|estamos) (?:\w+ )?(?:solos|solas|sola|solo|"
    r"solita|solito)|a solas|solo (?:tu y yo|nosotros dos)|cuando (?:estes|estas) (?:sola|solo|"
    r"solita|solito)"
)
_PIC_ES = (
    r"(?:mandame|enviame|pasame|manda|envia|me mandas|me envias|me pasas|ensename|muestrame|sacate|"
    r"tomate) (?:una |alguna |otra |un |unas )?(?:picture|pictures|foto|fotos|fotito|selfie|video|"
    r"videito)(?! (?:de|del) (?:la|el|los|las|mi|tu (?:tarea|perro|gato|dibujo|comida))\b)"
)
_PROM_ES = (
    r"(?:solo|nomas|solamente|nada mas) para mi|(?:la|las|lo|los) (?:borro|borrare|elimino|voy a "
    r"borrar) (?:\w+ )?(?:despues|enseguida|luego|al instante|al toque|al rato)|no (?:se la |la |las"
    r" |lo )?(?:voy a )?(?:ensenar|mostrar|pasar|compartir|ensenare|mostrare) a nadie|nadie (?:mas"
    r" )?(?:la |las |lo )?(?:va a ver|vera|va a saber)"
)
_MOVE_ES = (
    r"(?:agregame|anademe|escribeme|hablame|sigueme|me agregas|me escribes|me hablas|agrega me)"
    r"(?: \w+){0,3}? (?:en|al|a|por|la)|(?:hablemos|pasemos|vamonos|cambiemos|sigamos|pasate|"
    r"descargate|descarga|bajate|instala)(?: \w+){0,2}? (?:a|en|al|la|por|el)|(?:la otra|otra) "
    r"(?:app|aplicacion|red|plataforma)"
)
_WATCH_ES = (
    r"(?:esta|la|este|el) (?:app|aplicacion|chat|plataforma|pagina|juego|server|servidor)"
    r"(?: \w+){0,2}? (?:guarda|graba|registra|vigila|revisa|lee|monitorea|es (?:muy |demasiado )?"
    r"public[oa]|esta vigilad[oa]|es vigilad[oa])|(?:muy|demasiado) public[oa]|(?:los mensajes|"
    r"todo|los chats)(?: \w+)? (?:se borran?|desaparecen?|se eliminan?)|mensajes temporales|(?:los "
    r"adultos|los mayores|tus padres|tus papas|los mods|los moderadores|los admins|nadie) (?:no )?"
    r"(?:pueden|puede|podran|podra) (?:leer|ver)"
)

# -- fr -----------------------------------------------------------------------------
_CUR_FR = (
    r"(?:v ?bucks|robux|passe de combat|pass de combat|battle pass|skins?|gemmes|diamants|pieces|"
    r"nitro|cartes? cadeaux?|argent|thunes|un cadeau|recharge)"
)
_GIFT_FR = (
    r"je (?:vais |peux |pourrais )?(?:te |t')(?:paie|paye|offre|achete|donne|envoie|recharge|"
    r"payer|offrir|acheter|donner|envoyer)(?: \w+){0,3}? " + _CUR_FR + r"|" + _CUR_FR
    + r" gratuits? si"
)
_CAM_FR = r"facetime|appel video|visio|camera|webcam|cam"
_MATURE_FR = (
    r"(?:t'es|tu es|tes|t es|tu as l'air|tu parais|tu fais) (?:\w+ ){0,3}?(?:mature|mur|mure|plus "
    r"grande que ton age)|plus (?:mature|mure|mur) que (?:\w+ ){0,3}?(?:ton age|les autres|les "
    r"filles|les gens|les garcons|les jeunes)|(?:mature|mure|mur) pour ton age|pas comme les "
    r"autres (?:filles|garcons|ados|jeunes)"
)
_CONF_FR = (
    r"je (?:peux|pourrais) te (?:dire|confier|raconter|parler de) (?:\w+ ){0,2}?(?:des choses|des "
    r"trucs|tout|ce que)(?: \w+){0,6}? (?:peux pas|ne peux|pourrais pas)|(?:ca|cela|tout ca|ce "
    r"qu'on se dit) (?:reste|restera|doit rester) entre nous|entre nous deux|entre toi et moi|"
    r"notre (?:petit )?secret|tu sais garder un secret|(?:t'es|tu es) (?:la seule|le seul)"
    r"(?: personne)? (?:a qui|avec qui|qui me comprend)|tu me comprends mieux que|(?:le |en )?dis"
    r" (?:le |rien )?a personne|personne (?:ne doit|doit) (?:le )?savoir"
)
_ALONE_FR = (
    r"quand (?:on (?:sera|est)|t'es|tu es|tu seras) (?:tout |toute )?(?:seul|seule|seuls|seules)|"
    r"(?:juste|que) (?:nous deux|toi et moi)|en tete a tete|rien que nous deux"
)
_PIC_FR = (
    r"(?:envoie|envoies|envoie moi|montre moi|tu m'envoies|tu peux m'envoyer|tu me montres) (?:une "
    r"|des |ta |tes |une autre |un )?(?:picture|pictures|photo|photos|selfie|video)(?! (?:de|du|des)"
    r" (?:la|le|les|ton (?:chat|chien|devoir|dessin)|tes devoirs|mon|ma)\b)"
)
_PROM_FR = (
    r"(?:juste|rien que|seulement|que) pour moi|je (?:la |les )?(?:supprime|efface|supprimerai|"
    r"effacerai)|je vais (?:la |les )?(?:supprimer|effacer)|je (?:ne )?(?:la |les )?(?:montrerai|"
    r"montre|enverrai) (?:a )?personne|personne (?:d'autre )?(?:ne )?(?:la |les )?(?:verra|va voir"
    r"|saura)"
)
_MOVE_FR = (
    r"(?:ajoute|add|ecris|parle|rejoins|contacte)(?: moi)? (?:sur|par|dans|la bas)|on (?:passe|"
    r"continue|parle|se parle|va) (?:sur|dans|par|en)|(?:telecharge|installe)(?: \w+){0,2}? "
    r"(?:app|appli|application)|(?:l'autre|une autre) (?:app|appli|application|plateforme)"
)
_WATCH_FR = (
    r"(?:cette|l'|ce|le) ?(?:app|appli|application|chat|plateforme|jeu|serveur|site)(?: \w+){0,2}?"
    r" (?:enregistre|garde|sauvegarde|surveille|lit|est (?:trop )?(?:public|publique|surveille|"
    r"surveillee|modere|moderee))|trop public|(?:les messages|tout|les conversations) "
    r"(?:s'effacent|disparaissent|se suppriment|s'efface|disparait)|messages ephemeres|(?:les "
    r"adultes|tes parents|les modos|les moderateurs|les admins|personne) (?:ne )?(?:peuvent|peut|"
    r"pourront|pourra) (?:pas )?(?:lire|voir|les lire)"
)

# -- pt -----------------------------------------------------------------------------
_CUR_PT = (
    r"(?:robux|vbucks|v bucks|passe de batalha|passe|skins?|diamantes|gemas|moedas|nitro|gift ?cards?"
    r"|cartao presente|dinheiro|grana|recarga|um presente|pix)"
)
_GIFT_PT = (
    r"(?:eu te|te|eu) (?:dou|compro|pago|passo|mando|envio|vou (?:te )?(?:dar|comprar|pagar|"
    r"mandar))(?: \w+){0,3}? " + _CUR_PT + r"|" + _CUR_PT + r" (?:gratis|de graca) se"
)
_CAM_PT = r"chamada de video|videochamada|facetime|camera|webcam|cam"
_MATURE_PT = (
    r"(?:voce|video call|tu) (?:e |eh |parece |es )?(?:\w+ ){0,3}?(?:madura|maduro)|mais (?:madura|"
    r"maduro) (?:que|do que) (?:\w+ ){0,3}?(?:sua idade|tua idade|as outras|os outros|as meninas|"
    r"os meninos|meninas|meninos)|(?:madura|maduro) (?:pra|para) (?:a )?(?:sua|tua) idade|nao e "
    r"como (?:as|os) (?:outras|outros)"
)
_CONF_PT = (
    r"(?:eu )?posso (?:te )?(?:contar|falar|dizer) (?:\w+ ){0,2}?(?:coisas|tudo|o que)(?: \w+){0,6}?"
    r" nao (?:posso|consigo) (?:contar|falar|dizer)|(?:isso|tudo isso|o que a gente fala)(?: \w+)? "
    r"(?:fica|vai ficar|tem que ficar) (?:so )?entre (?:nos|a gente|eu e voce)|so entre (?:nos|a "
    r"gente)|(?:nosso|um) (?:pequeno )?segredo|segredinho|sabe guardar (?:um )?segredo|(?:voce|"
    r"video call|tu) e (?:a unica|o unico)(?: pessoa)? (?:com quem|que|pra quem|para quem)|(?:voce|"
    r"video call|tu) me entende (?:melhor|mais) (?:que|do que)|nao conta (?:pra|para|a) ninguem|"
    r"ninguem (?:precisa|pode|deve) saber"
)
_ALONE_PT = (
    r"quando (?:a gente |nos )?(?:estiver|estivermos|tiver|ficar|ficarmos) (?:\w+ )?(?:sozinh[oa]s?"
    r"|so nos)|quando (?:voce|video call|tu) (?:estiver|ficar|tiver) sozinh[oa]|so (?:nos dois|a "
    r"gente|eu e voce|eu e tu)|a sos"
)
_PIC_PT = (
    r"(?:me manda|manda|me envia|envia|me mostra|manda pra mim|tira) (?:uma |outra |umas |sua |tua |"
    r"um )?(?:picture|pictures|foto|fotos|fotinha|selfie|video|videozinho)(?! (?:do|da|dos|das) "
    r"(?:dever|licao|cachorro|gato|desenho|escola|festa)\b)"
)
_PROM_PT = (
    r"(?:so|somente|apenas|soh) (?:pra|para) mim|(?:eu )?(?:apago|deleto|vou apagar|vou deletar|"
    r"excluo)(?: \w+)? (?:depois|logo|em seguida|na hora|na sequencia)|nao (?:vou )?(?:mostrar|"
    r"mostro|passar|passo|compartilhar|mando) (?:pra|para|a) ninguem|ninguem (?:mais )?vai (?:ver|"
    r"saber)"
)
_MOVE_PT = (
    r"me (?:chama|add|adiciona|segue|manda mensagem|manda msg)|(?:vamos|bora|vem) (?:conversar|"
    r"falar|pro|pra|para|no|na)|(?:baixa|instala)(?: \w+){0,2}? (?:app|aplicativo)|(?:o outro|outro)"
    r" (?:app|aplicativo)"
)
_WATCH_PT = (
    r"(?:esse|este|o) (?:app|aplicativo|chat|jogo|site|servidor)(?: \w+){0,2}? (?:salva|grava|guarda"
    r"|registra|monitora|le|e (?:muito )?publico|e monitorado|e vigiado)|muito publico|(?:as "
    r"mensagens|tudo|a conversa)(?: \w+)? (?:some|somem|se apaga|se apagam|desaparece|desaparecem)|"
    r"mensagens temporarias|(?:os adultos|seus pais|teus pais|os mods|os moderadores|os adm|"
    r"ninguem) (?:nao )?(?:podem|pode|conseguem|consegue|vao) (?:ler|ver)"
)

# -- de -----------------------------------------------------------------------------
_CUR_DE = (
    r"(?:v ?bucks|robux|battle ?pass|skins?|gems|diamanten|munzen|coins|nitro|gutscheine?|"
    r"geschenkkarten?|guthaben|geld|kohle|ein geschenk|psn karte)"
)
_GIFT_DE = (
    r"ich (?:kauf|kaufe|schenk|schenke|geb|gebe|zahl|zahle|bezahl|bezahle|spendier|spendiere|schick"
    r"|schicke|lade) (?:\w+ )?dir(?: \w+){0,3}? " + _CUR_DE + r"|" + _CUR_DE + r" gratis wenn"
)
_CAM_DE = r"videocall\w*|videoanruf|videochat\w*|facetime\w*|kamera|webcam|cam|skypen"
_MATURE_DE = (
    r"(?:du bist|bist du|du wirkst|du klingst) (?:\w+ ){0,3}?(?:reif|reifer|erwachsen|erwachsener|"
    r"alter als du bist)|(?:reifer|erwachsener) als (?:\w+ ){0,3}?(?:in deinem alter|deines alters|"
    r"die anderen|andere|die meisten)|fur dein alter (?:\w+ )?(?:reif|erwachsen)|nicht wie die "
    r"anderen (?:madchen|jungs|kinder)"
)
_CONF_DE = (
    r"ich kann dir (?:\w+ ){0,2}?(?:dinge|sachen|alles) (?:erzahlen|sagen|anvertrauen)(?: \w+){0,6}?"
    r" (?:nicht|niemandem|keinem)|(?:das|es|alles|das hier) bleibt (?:\w+ )?(?:unter uns|zwischen "
    r"uns)|unter uns beiden|(?:unser|ein) (?:kleines )?geheimnis|kannst du ein geheimnis "
    r"(?:bewahren|behalten|fur dich behalten)|du bist (?:die einzige|der einzige)(?: person)? "
    r"(?:mit der|mit dem|dem|der|die mich)|du verstehst mich besser als|sag es niemandem|niemand "
    r"(?:muss|darf|soll) (?:das |es )?wissen"
)
_ALONE_DE = (
    r"wenn (?:wir|du) (?:\w+ )?allein(?:e)? (?:sind|bist)|nur wir (?:zwei|beide)|wir (?:zwei|beide) "
    r"allein|unter vier augen|wenn du (?:\w+ )?allein(?:e)? (?:zu hause |zuhause |daheim )?bist"
)
_PIC_DE = (
    r"(?:schick|schicke|sende|zeig)(?: mir| mal| doch| uns)* (?:ein |eins |ein paar |noch ein |noch "
    r"eins |dein |deine |nen )?(?:picture|pictures|foto|fotos|bild|bilder|selfie|video|eins)"
    r"(?! (?:von|vom) (?:der|dem|den|deiner (?:katze|hausaufgabe)|deinem (?:hund|bild))\b)"
)
_PROM_DE = (
    r"(?:nur|bloss) fur mich|ich losche (?:es|sie|das|die) (?:\w+ )?(?:danach|sofort|gleich|direkt)"
    r"|(?:ich )?zeig(?:e)? (?:es|sie|das|die) niemandem|niemand (?:sonst |anderes )?(?:wird|wirds) "
    r"(?:es |sie )?(?:sehen|erfahren)"
)
_MOVE_DE = (
    r"(?:schreib|schreibt|adde|add|folg|kontaktier)(?: mir| mich| mal| uns| doch| einfach)* (?:auf|"
    r"bei|uber|per|in|im)|lass uns (?:\w+ )?(?:auf|bei|uber|per|in|zu|woanders|wechseln)|(?:lad|"
    r"lade|installier)(?: dir)? (?:die|diese|eine|ne)|(?:die andere|eine andere|der anderen|einer "
    r"anderen) app|wechseln wir"
)
_WATCH_DE = (
    r"(?:diese|die|dieser|der|das) (?:app|plattform|seite|chat|spiel|server)(?: \w+){0,2}? "
    r"(?:speichert|uberwacht|liest|protokolliert|ist (?:zu |so )?(?:offentlich|uberwacht|"
    r"moderiert))|zu offentlich|(?:nachrichten|alles|die chats)(?: \w+)? (?:verschwinden|"
    r"verschwindet|loschen sich|loscht sich|werden geloscht)|(?:erwachsene|deine eltern|die mods|"
    r"moderatoren|admins|niemand|keiner)(?: \w+)? (?:nicht )?(?:mitlesen|lesen|sehen) (?:konnen|"
    r"kann)|(?:kann|konnen) (?:niemand|keiner|deine eltern|erwachsene|die mods)(?: \w+)? "
    r"(?:mitlesen|lesen|sehen)"
)

# -- it -----------------------------------------------------------------------------
_CUR_IT = (
    r"(?:v ?bucks|robux|pass battaglia|battle pass|skin|gemme|diamanti|monete|nitro|gift ?card|"
    r"buoni? regalo|ricarica|soldi|un regalo)"
)
_GIFT_IT = (
    r"ti (?:compro|regalo|pago|do|mando|ricarico|invio|prendo)(?: \w+){0,3}? " + _CUR_IT + r"|"
    + _CUR_IT + r" gratis se"
)
_CAM_IT = r"videochiamata|video chiamata|facetime|telecamera|fotocamera|videocamera|webcam|cam"
_MATURE_IT = (
    r"(?:sei|sembri) (?:\w+ ){0,3}?(?:matura|maturo|piu grande della tua eta)|piu (?:matura|maturo) "
    r"(?:delle|degli|di|rispetto)|(?:matura|maturo) per la tua eta|non sei come (?:le|gli) altr[ei]"
)
_CONF_IT = (
    r"(?:ti )?posso (?:dire|raccontare|confidare) (?:\w+ ){0,2}?(?:cose|tutto|quello)(?: \w+){0,6}?"
    r" non (?:posso|riesco)|(?:resta|rimane|restera|deve restare) tra (?:noi|me e te)|tra (?:noi "
    r"due|me e te)|(?:nostro|un) (?:piccolo )?segreto|sai (?:mantenere|tenere) un segreto|sei "
    r"(?:l'unica|l'unico|la sola|il solo)(?: persona)? (?:con cui|a cui|che mi capisce)|mi capisci "
    r"(?:meglio|piu) di|non dirlo a nessuno|nessuno (?:deve|deve mai) saper(?:lo|e)"
)
_ALONE_IT = (
    r"quando (?:siamo|sei|sarai|saremo|rimani|resti) (?:da )?sol[aoie]|solo (?:noi due|io e te)|"
    r"(?:da )?soli (?:io e te|noi due)"
)
_PIC_IT = (
    r"(?:mandami|inviami|fammi vedere|manda|invia|mi mandi|mi invii|fatti) (?:una |un'|un |qualche |"
    r"altra |un altra )?(?:picture|pictures|foto|selfie|video)(?! (?:del|della|dei|delle) "
    r"(?:compiti|cane|gatto|disegno|scuola|festa)\b)"
)
_PROM_IT = (
    r"(?:solo|soltanto) per me|(?:la|le|lo|li) (?:cancello|elimino|cancellero) (?:\w+ )?(?:subito|"
    r"dopo|poi)|non (?:la|le|lo|li) (?:faccio vedere|mostro|mando|mostrero|faro vedere) a nessuno|"
    r"nessuno (?:la|le|lo|li) (?:vedra|vedra mai)"
)
_MOVE_IT = (
    r"(?:aggiungimi|scrivimi|seguimi|contattami|sentiamoci) (?:su|in|sull|sull'|la)|(?:passiamo|"
    r"parliamo|andiamo|spostiamoci|continuiamo) (?:su|in|sull|sull'|altrove)|(?:scarica|installa)"
    r"(?: \w+){0,2}? (?:app|applicazione)|(?:l'altra|un'altra|altra) (?:app|applicazione)"
)
_WATCH_IT = (
    r"(?:questa|quest'|la|questo) ?(?:app|chat|piattaforma|gioco|server)(?: \w+){0,2}? (?:salva|"
    r"registra|controlla|monitora|legge|e (?:troppo )?(?:pubblica|pubblico|monitorata|controllata))"
    r"|troppo pubblic[ao]|(?:i messaggi|tutto|le chat)(?: \w+)? (?:spariscono|sparisce|si "
    r"cancella\w*|scompa\w*)|messaggi effimeri|(?:gli adulti|i tuoi|i tuoi genitori|i mod|i "
    r"moderatori|gli admin|nessuno) (?:non )?(?:possono|puo|potra|potranno) (?:leggere|vedere)"
)

# what cancels a pair after its first half, per class (all five languages)
_NOT_GIFT = (
    r"cumpleanos|cumple|navidad|deberes|tarea|proyecto|torneo|anniversaire|anniv|noel|devoirs|"
    r"projet|tournoi|aniversario|niver|natal|dever|projeto|campeonato|geburtstag|weihnachten|"
    r"hausaufgaben|projekt|turnier|compleanno|natale|compiti|progetto"
)
_NOT_CONF = (
    r"sorpresa|fiesta|regalo|receta|spoilers?|surprise|fete|cadeau|recette|surpresa|festa|presente|"
    r"receita|uberraschung|party|geschenk|rezept|ricetta"
)
_NOT_MOVE = (r"grupo|proyecto|tarea|deberes|groupe|projet|devoirs|trabalho de escola|projeto|dever|"
             r"gruppe|projekt|hausaufgaben|gruppo|progetto|compiti")

RULES: list[Rule] = [
    # gift for a camera call
    pair("grooming:gift_camera",
         "pavos robux vbucks bucks pase skin skins gemas diamantes monedas nitro tarjeta tarjetas "
         "dinero plata recarga regalo saldo",
         _GIFT_ES, _CAM_ES, neg=_NOT_GIFT, requires="videollamada video facetime camara webcam cam"),
    # fr pt de: the camera words are the rarer gate, so they trigger
    pair("grooming:gift_camera", "facetime appel visio camera webcam cam",
         _GIFT_FR, _CAM_FR, neg=_NOT_GIFT,
         requires="robux vbucks bucks passe pass skin skins gemmes diamants pieces nitro carte "
                  "cartes argent thunes cadeau recharge"),
    pair("grooming:gift_camera", "chamada videochamada facetime camera webcam cam",
         _GIFT_PT, _CAM_PT, neg=_NOT_GIFT,
         requires="robux vbucks bucks passe skin skins diamantes gemas moedas nitro gift "
                  "giftcard giftcards cartao dinheiro grana recarga presente pix"),
    pair("grooming:gift_camera",
         "videocall videocallen videocallst videoanruf videochat videochatten facetime "
         "facetimen kamera webcam cam skypen",
         _GIFT_DE, _CAM_DE, neg=_NOT_GIFT,
         requires="robux vbucks bucks battle battlepass skin skins gems diamanten munzen coins "
                  "nitro gutschein gutscheine geschenkkarte geschenkkarten guthaben geld kohle "
                  "geschenk psn"),
    pair("grooming:gift_camera",
         "robux vbucks bucks pass skin gemme diamanti monete nitro gift giftcard buono buoni "
         "ricarica soldi regalo",
         _GIFT_IT, _CAM_IT, neg=_NOT_GIFT,
         requires="videochiamata video facetime telecamera fotocamera videocamera webcam cam"),
    # maturity with a confidence
    pair("grooming:confide", "madura maduro mayor", _MATURE_ES, _CONF_ES, neg=_NOT_CONF,
         requires="puedo entre secreto secretito guardar unica unico entiendes nadie"),
    pair("grooming:confide", "mature mur mure grande comme", _MATURE_FR, _CONF_FR, neg=_NOT_CONF,
         requires="peux pourrais entre secret garder seule seul comprends personne"),
    pair("grooming:confide", "madura maduro como", _MATURE_PT, _CONF_PT, neg=_NOT_CONF,
         requires="posso entre segredo segredinho guardar unica unico entende ninguem"),
    pair("grooming:confide", "reif reifer erwachsen erwachsener alter anderen", _MATURE_DE,
         _CONF_DE, neg=_NOT_CONF,
         requires="kann bleibt uns geheimnis einzige einzig verstehst niemandem niemand"),
    pair("grooming:confide", "matura maturo grande come", _MATURE_IT, _CONF_IT, neg=_NOT_CONF,
         requires="posso resta rimane restera restare tra segreto unica unico sola solo capisci "
                  "nessuno"),
    # a picture with a promise
    pair("grooming:photo_promise",
         "mandame enviame pasame manda envia mandas envias pasas ensename muestrame sacate tomate",
         _PIC_ES, _PROM_ES,
         requires="solo nomas solamente nada borro borrare elimino borrar nadie"),
    pair("grooming:photo_promise", "envoie envoies montre envoyer montres",
         _PIC_FR, _PROM_FR,
         requires="juste rien seulement que supprime efface supprimerai effacerai supprimer "
                  "effacer personne"),
    pair("grooming:photo_promise", "manda envia mostra tira",
         _PIC_PT, _PROM_PT,
         requires="so somente apenas soh apago deleto apagar deletar excluo ninguem"),
    pair("grooming:photo_promise", "schick schicke sende zeig",
         _PIC_DE, _PROM_DE, requires="nur bloss losche niemandem niemand"),
    pair("grooming:photo_promise", "mandami inviami fammi manda invia mandi invii fatti",
         _PIC_IT, _PROM_IT,
         requires="solo soltanto cancello elimino cancellero nessuno"),
    # another app, because this one is watched
    pair("grooming:off_platform",
         "guarda graba registra vigila revisa lee monitorea publico publica vigilado vigilada "
         "borra borran desaparece desaparecen elimina eliminan temporales pueden puede podran "
         "podra",
         _WATCH_ES, _MOVE_ES, neg=_NOT_MOVE,
         requires="agregame anademe escribeme hablame sigueme agregas escribes hablas agrega "
                  "hablemos pasemos vamonos cambiemos sigamos pasate descargate descarga bajate "
                  "instala otra"),
    pair("grooming:off_platform",
         "enregistre garde sauvegarde surveille lit public publique surveillee modere moderee "
         "effacent disparaissent suppriment efface disparait ephemeres peuvent peut pourront "
         "pourra",
         _WATCH_FR, _MOVE_FR, neg=_NOT_MOVE,
         requires="ajoute add ecris parle rejoins contacte passe continue va telecharge installe "
                  "autre lautre"),
    pair("grooming:off_platform",
         "salva grava guarda registra monitora le publico monitorado vigiado some somem apaga "
         "apagam desaparece desaparecem temporarias podem pode conseguem consegue vao",
         _WATCH_PT, _MOVE_PT, neg=_NOT_MOVE,
         requires="chama add adiciona segue manda vamos bora vem baixa instala outro"),
    pair("grooming:off_platform",
         "speichert uberwacht liest protokolliert offentlich moderiert verschwinden verschwindet "
         "loschen loscht geloscht konnen kann",
         _WATCH_DE, _MOVE_DE, neg=_NOT_MOVE,
         requires="schreib schreibt adde add folg kontaktier lass lad lade installier andere "
                  "anderen wechseln"),
    pair("grooming:off_platform",
         "salva registra controlla monitora legge pubblica pubblico monitorata controllata "
         "spariscono sparisce cancella cancellano scompaiono scompare effimeri possono puo potra "
         "potranno",
         _WATCH_IT, _MOVE_IT, neg=_NOT_MOVE,
         requires="aggiungimi scrivimi seguimi contattami sentiamoci passiamo parliamo andiamo "
                  "spostiamoci continuiamo scarica installa altra unaltra laltra"),
]

# the parents away, to call alone: (triggers, question, alone, other, requires)
_AWAY = [
    ("papas padres viejos jefes mama papa madre padre familia vieja viejo jefa", _pa._Q_ES,
     _ALONE_ES, _pa._OTHER_ES + r"|sorpresa|regalo", "solos solas sola solo solita solito"),
    ("parents darons vieux mere daronne famille maman pere daron papa", _pa._Q_FR, _ALONE_FR,
     _pa._OTHER_FR + r"|surprise|cadeau", "seul seule seuls seules deux moi tete"),
    ("pais coroas mae familia coroa pai", _pa._Q_PT, _ALONE_PT,
     _pa._OTHER_PT + r"|surpresa|presente", "sozinho sozinha sozinhos sozinhas dois gente voce tu sos"),
    ("eltern mutter mama familie vater papa", _pa._Q_DE, _ALONE_DE,
     _pa._OTHER_DE + r"|uberraschung|geschenk", "allein alleine zwei beide augen"),
    ("tuoi genitori madre mamma famiglia padre papa", _pa._Q_IT, _ALONE_IT,
     _pa._OTHER_IT + r"|sorpresa|regalo", "soli sola solo sole due te"),
]
RULES += [away_rule(t, q, a, o, requires=r) for t, q, a, o, r in _AWAY]
