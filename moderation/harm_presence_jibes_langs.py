"""Presence jibes in es fr pt de it (the shapes of harm_presence_jibes.py -
read its docstring first; appended to `harm.RULES` through it).

"el ambiente se murió en cuanto entró Tomás", "la clase estaba casi
divertida hasta que llegó ella", "apuestas: cuánto tarda Ben en llorar
otra vez", "quien se siente al lado de Leah que traiga ambientador", "es
un npc, cero personalidad", "ya llegó otra vez, como si no estuviéramos
bastante aburridos", "aparece sin que nadie la invite, como el moho";
"l'ambiance est morte dès que Tom est arrivé", "a vibe morreu quando a Ana
chegou", "die Stimmung war tot, sobald Tom kam", "la lezione era quasi
divertente finché non è arrivata lei".  Romance languages put the subject
after the verb ("hasta que llegó ella", "finché non è arrivata lei") or drop
it, so the person is on either side of the arrival verb, and a following
article ("hasta que llegó la profe", "bis der Lehrer kam") is an adult or
a thing, not a classmate.  Everything else passes as in English: a cause
that is not a person, an arrival with news or tears, polls with no one to
cry, the writer's own mood.
"""

from __future__ import annotations

from .rules import Rule, rule

# "la profe", "el bus", "mi madre": an adult, a thing, the writer's family
_NOT_ES = (r"(?:la|el|los|las|un|una|mi|mis|tu|tus|su|sus|nuestro|nuestra|profe|profesor|"
           r"profesora|maestra|maestro|director|directora|mama|papa|madre|padre|abuela|abuelo|"
           r"tia|tio|bus|pizza|comida|lluvia|timbre|alarma|policia|sustituto|sustituta|nadie|"
           r"todos|alguien|yo|tu|nosotros|ustedes|hoy|ayer|ya|otra|luego|entonces|que|y|pero|"
           r"cuando|tiempo|recreo|examen|clase|hora)")
_WHO_ES = r"(?:ella|el|(?!" + _NOT_ES + r"\b)[a-z][a-z]{1,14})"
_NOT_FR = (r"(?:la|le|les|un|une|ma|mon|mes|ta|ton|tes|sa|son|ses|prof|profs|maitresse|maitre|"
           r"directeur|directrice|mere|pere|maman|papa|mamie|papi|bus|pizza|pluie|sonnerie|"
           r"alarme|police|remplacant|remplacante|personne|tout|tous|quelqu'un|on|nous|vous|"
           r"aujourd'hui|hier|deja|encore|puis|alors|que|et|mais|quand|cours|recre|exam|classe)")
_WHO_FR = r"(?:elle|il|(?!" + _NOT_FR + r"\b)[a-z][a-z-]{1,14})"
_NOT_PT = (r"(?:a|o|as|os|um|uma|minha|meu|sua|seu|nossa|nosso|professora|professor|prof|"
           r"diretora|diretor|mae|pai|vo|avo|tia|tio|onibus|pizza|chuva|sinal|alarme|policia|"
           r"ninguem|todo|todos|alguem|eu|nos|voces|hoje|ontem|ja|de|depois|entao|que|e|mas|"
           r"quando|aula|recreio|prova|sala)")
_WHO_PT = r"(?:ela|ele|(?:a |o )?(?!" + _NOT_PT + r"\b)[a-z][a-z]{1,14})"
_NOT_DE = (r"(?:der|die|das|den|dem|ein|eine|mein|meine|dein|deine|unser|unsere|lehrer|"
           r"lehrerin|direktor|direktorin|mama|papa|mutter|vater|oma|opa|bus|pizza|regen|klingel|"
           r"alarm|polizei|vertretung|niemand|alle|jemand|ich|wir|ihr|heute|gestern|schon|wieder|"
           r"dann|und|aber|als|wann|es|man|endlich|unterricht|pause|stunde)")
_WHO_DE = r"(?:sie|er|(?!" + _NOT_DE + r"\b)[a-z][a-z-]{1,14})"
_NOT_IT = (r"(?:la|il|lo|i|gli|le|un|una|uno|mia|mio|tua|tuo|sua|suo|prof|professore|professoressa|"
           r"maestra|maestro|preside|mamma|papa|madre|padre|nonna|nonno|bus|pizza|pioggia|"
           r"campanella|allarme|polizia|supplente|nessuno|tutti|qualcuno|io|noi|voi|oggi|ieri|"
           r"gia|ancora|poi|allora|che|e|ma|quando|lezione|intervallo|verifica|classe|non)")
_WHO_IT = r"(?:lei|lui|(?!" + _NOT_IT + r"\b)[a-z][a-z]{1,14})"

# -- es ------------------------------------------------------------------------------
_ARR_ES = (r"(?:llego|entro|aparecio|se unio|se metio|vino|se conecto|abrio la boca|hablo|se sento|"
           r"llega|entra|aparece|se une|se mete|viene|se conecta|llegara|entrara|apareciera|viniera)")
_VIBE_ES = (r"(?:el ambiente|la vibra|el mood|la clase|la llamada|la fiesta|el grupo|el chat|todo|"
            r"la partida|el recreo|la excursion|el dia|la videollamada|la quedada|el rollo)")
_ES_SRC = (
    _VIBE_ES + r" (?:se murio|murio|se fue a la mierda|se arruino|se jodio|se puso raro|se puso "
    r"incomodo|se acabo|se enfrio|estaba bien|estaba casi bien|era divertida|era divertido|"
    r"estaba divertida|estaba divertido|estaba casi divertida|estaba casi divertido|iba bien|"
    r"estaba tranquila|estaba tranquilo|estaba genial|era casi divertida|era casi divertido) "
    r"(?:(?:justo|literalmente|hasta) )?(?:en cuanto|cuando|apenas|nada mas|hasta que|desde que|"
    r"en el momento en que|al segundo que) (?:" + _WHO_ES + r" )?" + _ARR_ES
    + r"(?! (?:la|el|los|las|un|una|mi|tu|su) )(?: " + _WHO_ES + r")?\b(?! (?:con|a decir|"
    r"llorando|y (?:nos )?(?:dijo|conto)))|"
    r"\b(?:encuesta|apuestas|apuesto|apostamos|apuesta|adivinen|votacion|cuenta atras|cuenta "
    r"regresiva)\b[^.!?]{0,25}?\b(?:cuanto (?:tarda|falta|tiempo)|cuando|cuantos (?:dias|"
    r"minutos|horas))\b[^.!?]{0,25}?\b(?:llorar|llora|llore|chivarse|se chiva|chivatear|berrinche|"
    r"rabieta|se pone a llorar|acusar|acusa|ir con la profe|va con la profe)\b|"
    r"\b(?:quien|el que|la que|al que|a quien|pobre del que|pobre de quien|suerte al que|rip al "
    r"que) (?:le toque |tenga que |se tenga que |se |va a )?(?:sentar|siente|sienta|sentarse|"
    r"estar|este|ponga|toque|sentarse) (?:al lado de|junto a|cerca de|con|detras de|delante de) "
    + _WHO_ES + r"\b[^.!?]{0,40}?\b(?:ambientador|desodorante|mascara (?:de gas|antigas)|pinza "
    r"(?:para|en) la nariz|tapones|perfume|colonia|lejia|aguantar la respiracion|tapense la "
    r"nariz|tapate la nariz)\b|"
    r"\b(?:ella|el|" + _WHO_ES + r") es (?:(?:un|una|tan|literalmente|super|el|la|tipico|tipica|"
    r"puro|pura) )*npc\b(?![^.!?]{0,30}\b(?:juego|partida|minecraft|roblox|obra|personaje)\b)|"
    r"\b(?:ella|el|" + _WHO_ES + r") (?:no tiene|tiene cero|tiene 0) personalidad\b|"
    r"\b(?:ella|el|" + _WHO_ES + r") tiene la personalidad de (?:una|un) (?:pared|piedra|papa|"
    r"patata|ladrillo|mesa|silla|carton|lechuga|tostada)\b|"
    r"\b(?:ya |otra vez |)(?:llego|vino|aparecio|se unio|se conecto|esta aqui|volvio)(?: "
    + _WHO_ES + r")? (?:otra vez|de nuevo)(?: \S+){0,3}? (?:como si no (?:estuvieramos|"
    r"estuviesemos) (?:lo )?(?:suficientemente |bastante |ya )?(?:aburridos|aburridas|hartos|"
    r"hartas|amargados)|justo lo que (?:necesitabamos|faltaba)|lo que faltaba|adios (?:al "
    r"ambiente|a la paz|a la diversion)|se acabo la (?:fiesta|diversion|paz)|que alguien me mate|"
    r"todos fuera)\b|"
    r"\b(?:aparece|viene|se presenta|se mete|se cuela) (?:sin que nadie (?:la|le|lo) invite|sin "
    r"invitacion|siempre|cada vez|en todas partes|a todo)[^.!?]{0,25}?\bcomo (?:el |la |un |una "
    r"|los |las )?(?:moho|hongo|hongos|cucaracha|cucarachas|piojo|piojos|plaga|rata|ratas|peste|"
    r"mal olor|sarpullido|chinche|chinches|garrapata|virus|verruga|humedad|mosca|moscas|chicle)\b"
)

# -- fr ------------------------------------------------------------------------------
_ARR_FR = (r"(?:est arrivee?|arrive|est entree?|entre|a rejoint|rejoint|s'est pointee?|se pointe|"
           r"a debarque|debarque|s'est connectee?|se connecte|a ouvert la bouche|ouvre la bouche|"
           r"a parle|s'est assise?|est venue?|vienne|soit arrivee?|soit venue?|a rejoint l'appel)")
_VIBE_FR = (r"(?:l'ambiance|la vibe|le mood|le cours|l'appel|la soiree|le groupe|la conv|tout|"
            r"la partie|la recre|la sortie|la journee|le vocal|le call)")
_FR_SRC = (
    _VIBE_FR + r" (?:est morte|etait morte|est mort|a crame|a ete gachee?|est retombee?|est "
    r"tombee? a zero|a coule|s'est eteinte?|etait bien|etait presque bien|etait cool|etait "
    r"presque cool|etait sympa|etait presque sympa|etait drole|se passait bien|allait bien) "
    r"(?:des qu'|des que |au moment ou |quand |jusqu'a ce qu'|jusqu'a ce que |a la seconde ou |"
    r"pile quand |depuis qu'|depuis que |juste quand )" + _WHO_FR + r" " + _ARR_FR
    + r"\b(?! (?:avec|pour (?:dire|annoncer)|en pleurant|et (?:nous )?a (?:dit|annonce)))|"
    r"\b(?:sondage|paris|pari|je parie|on parie|devinez|vote|compte a rebours|pronostics?)\b"
    r"[^.!?]{0,25}?\b(?:dans combien de temps|combien de temps avant qu|quand|combien de (?:jours|"
    r"minutes|heures))[^.!?]{0,30}?\b(?:pleure|pleurer|chiale|chialer|se met a pleurer|balance|"
    r"cafte|cafter|rapporte|fait une crise|pete un cable|boude|se plaint)\b|"
    r"\b(?:celui qui|celle qui|ceux qui|le pauvre qui|la pauvre qui|rip a celui qui|rip a celle "
    r"qui|courage a celui qui|courage a celle qui|quiconque) (?:doit |va |devra |est )?(?:s'asseoir|"
    r"s'assoit|s'assied|etre assise?|se mettre|se met|est|sera|va etre|bosser|travailler) (?:a "
    r"cote de |a cote d'|pres de |pres d'|avec |derriere |devant |en face de )" + _WHO_FR
    + r"\b[^.!?]{0,40}?\b(?:desodorisant|deodorant|deo|masque a gaz|pince a linge|pince a nez|"
    r"bouchons|parfum|febreze|retenez votre respiration|retiens ta respiration|javel|bouchez"
    r"[- ]vous le nez|bouche[- ]toi le nez)\b|"
    r"\b(?:elle|il|" + _WHO_FR + r") (?:est|c'est) (?:(?:un|une|trop|tellement|vraiment|grave|"
    r"genre|litteralement|la|le|le parfait|la parfaite) )*(?:pnj|npc)\b(?![^.!?]{0,30}\b(?:jeu|"
    r"partie|minecraft|roblox|piece|personnage)\b)|"
    r"\b(?:elle|il|" + _WHO_FR + r") (?:a|n'a) (?:aucune|zero|0|pas de|pas d'|la) ?personnalite"
    r"(?: d'(?:une|un) (?:brique|pierre|patate|caillou|mur|chaise|carton|endive))?\b(?! (?:dans|"
    r"au) (?:le |la )?(?:livre|film|jeu|serie))|"
    r"\b(?:elle|il|" + _WHO_FR + r") (?:est (?:encore |re)?venue?|est (?:encore )?la|est (?:encore "
    r")?arrivee?|revient|est revenue?|a (?:encore )?rejoint|debarque|s'est (?:encore )?pointee?)"
    r"(?: (?:encore|de nouveau|une fois de plus))?(?: \S+){0,3}? (?:comme si on (?:s'ennuyait|"
    r"s'emmerdait|etait) pas (?:deja )?(?:assez|suffisamment)|juste ce qu'il (?:nous )?(?:manquait|"
    r"fallait)|il manquait plus que (?:ca|elle|lui)|adieu (?:l'ambiance|la paix|le fun)|tuez[- ]moi|"
    r"tout le monde (?:se casse|part|quitte))\b|"
    r"\bil (?:nous )?manquait plus qu'(?:elle|lui)\b|"
    r"\b(?:debarque|se pointe|arrive|vient|s'incruste|s'invite) (?:toujours |sans etre invitee? |a "
    r"chaque fois |partout |sans invitation )[^.!?]{0,25}?\bcomme (?:de la |la |le |un |une |des )?"
    r"(?:moisissure|champignon|cafard|cafards|blatte|pou|poux|morpion|rat|rats|peste|puanteur|"
    r"mauvaise odeur|verrue|virus|maladie|herpes|tique|punaise|punaises|mycose|bouton)\b"
)

# -- pt ------------------------------------------------------------------------------
_ARR_PT = (r"(?:chegou|entrou|apareceu|se juntou|colou|abriu a boca|falou|sentou|veio|entrou na "
           r"call|chegar|entrar|aparecer|abrir a boca|brotou)")
_PT_SRC = (
    r"(?:a vibe|o clima|o astral|a aula|a call|a festa|o grupo|a conversa|tudo|a partida|o "
    r"recreio|o role|o dia) (?:morreu|acabou|estragou|foi pro saco|caiu|flopou|ficou estranh[oa]|"
    r"ficou chat[oa]|tava boa|tava bom|estava boa|estava bom|tava legal|tava divertid[oa]|tava "
    r"quase boa|tava quase bom|tava de boa|tava tranquil[oa]) (?:na hora que|assim que|quando|ate|"
    r"ate que|no segundo que|no momento que|desde que|logo que) (?:" + _WHO_PT + r" )?" + _ARR_PT
    + r"(?: " + _WHO_PT + r")?\b(?! (?:com|chorando|pra (?:dizer|avisar)|e (?:disse|contou|"
    r"avisou)|(?:a |o )?(?:professora|professor|prof|diretora|diretor|mae|pai|vo|avo|tia|tio|"
    r"onibus|pizza|chuva|sinal|alarme|policia|comida|luz|internet|wifi)))|"
    r"\b(?:enquete|apostas|aposto|aposta|bolao|adivinha|adivinhem|votacao|contagem regressiva)\b"
    r"[^.!?]{0,25}?\b(?:quanto tempo|quando|quantos (?:dias|minutos|horas)|em quanto tempo)\b"
    r"[^.!?]{0,30}?\b(?:chorar|chora|chore|abrir o berreiro|dedurar|dedura|contar pra professora|"
    r"fazer birra|faz birra|fazer escandalo|surtar|surta)\b|"
    r"\b(?:quem|o coitado que|a coitada que|rip pra quem|boa sorte pra quem|coitado de quem|"
    r"coitada de quem) (?:tiver que |for |vai |precisar |tem que )?(?:sentar|senta|ficar|fazer "
    r"dupla|trabalhar) (?:do lado d[ao]|do lado de|perto d[ao]|perto de|junto d[ao]|com|atras "
    r"d[ao]|na frente d[ao]) " + _WHO_PT + r"\b[^.!?]{0,40}?\b(?:aromatizador|bom ar|desodorante|"
    r"mascara de gas|prendedor|tampao|perfume|tapa o nariz|tampa o nariz|segura a respiracao|"
    r"prendam a respiracao|prende a respiracao|agua sanitaria|candida)\b|"
    r"\b(?:ela|ele|" + _WHO_PT + r") (?:e|eh) (?:(?:um|uma|tao|mo|muito|literalmente|mt|o|a|"
    r"mó) )*npc\b(?![^.!?]{0,30}\b(?:jogo|partida|minecraft|roblox|peca|personagem)\b)|"
    r"\b(?:ela|ele|" + _WHO_PT + r") (?:nao tem|tem zero|tem 0) personalidade\b|"
    r"\b(?:a |o )?" + _WHO_PT + r" (?:chegou|veio|apareceu|entrou|voltou|ta aqui|esta aqui|colou|"
    r"brotou) (?:de novo|outra vez|denovo)(?: \S+){0,3}? (?:como se (?:a gente|nos|nois) (?:ja )?"
    r"nao (?:estivesse|estivessemos|tivesse|tava) (?:entediad\w+|de saco cheio|chatead\w+|"
    r"sofrendo) (?:o suficiente|suficiente|bastante)|era so o que faltava|so faltava (?:essa|isso|"
    r"ela|ele)|adeus (?:vibe|clima|paz)|acabou a (?:festa|paz|vibe)|alguem me mata|todo mundo sai)\b|"
    r"\b(?:aparece|chega|vem|brota|surge|cola) (?:sem ser convidad[ao]|sem convite|toda vez|todo "
    r"lugar|sempre|em todo lugar)[^.!?]{0,25}?\b(?:igual|que nem|como|feito) (?:a |o |um |uma )?"
    r"(?:mofo|fungo|barata|baratas|piolho|piolhos|praga|rato|ratos|chule|cheiro ruim|fedor|verruga|"
    r"virus|doenca|carrapato|percevejo|micose|chiclete)\b"
)

# -- de ------------------------------------------------------------------------------
_ARR_DE = (r"(?:kam|reinkam|reingekommen|gekommen|aufgetaucht|auftauchte|dazukam|beigetreten|"
           r"beitrat|gejoint|joint|ankam|angekommen|da war|online kam|den mund aufgemacht|den mund "
           r"aufmachte|reinlief|sich (?:hin)?gesetzt|erschienen|erschien)")
_DE_SRC = (
    r"(?:die stimmung|der vibe|die vibe|der unterricht|die stunde|der call|die party|die gruppe|"
    r"der chat|alles|die runde|die pause|der ausflug|der tag|es) (?:war|ist) (?:(?:sofort|direkt|"
    r"gleich|komplett|voll|total|echt|fast|richtig|so|schon|eigentlich) )*(?:tot|im eimer|hinuber|"
    r"kaputt|ruiniert|gestorben|vorbei|am boden|gut|lustig|schon|chillig|entspannt|ok|okay|nice|"
    r"cool|witzig|ertraglich|ruhig),? (?:sobald|als|bis|seit|in dem moment als|in der sekunde als|"
    r"genau als) " + _WHO_DE + r" (?:\w+ ){0,3}?" + _ARR_DE + r"\b(?! (?:mit|und (?:gesagt|"
    r"erzahlt|meinte))| weinend)|"
    r"\b" + _WHO_DE + r" (?:kam|ist gekommen|ist reingekommen|ist beigetreten|hat gejoint|tauchte "
    r"auf|ist aufgetaucht)(?: \S+){0,3}? und (?:die stimmung|der vibe|alles) (?:war|ist) (?:sofort "
    r"|direkt |gleich |komplett )?(?:tot|im eimer|hinuber|ruiniert|weg|vorbei)\b|"
    r"\b(?:umfrage|wetten|wette|ich wette|ratet|tippt|abstimmung|countdown)\b[^.!?]{0,25}?\b"
    r"(?:wie lange|wann|wie viele (?:tage|minuten|stunden))\b[^.!?]{0,30}?\b(?:heult|heulen|weint|"
    r"weinen|flennt|flennen|petzt|petzen|rumheult|losheult|ausrastet|rumjammert|jammert|zur "
    r"lehrerin rennt|zum lehrer rennt|zu (?:mama|mami) rennt)\b|"
    r"\b(?:wer|wer auch immer|derjenige der|diejenige die|der arme der|die arme die|viel gluck "
    r"(?:an )?(?:den|die) (?:der|die)) (?:neben|bei|mit|hinter|vor) " + _WHO_DE + r" (?:sitzen "
    r"muss|sitzt|sitzen wird|sitzen darf|arbeiten muss|muss|sitzen)\b[^.!?]{0,40}?\b"
    r"(?:lufterfrischer|raumspray|deo|deodorant|gasmaske|nasenklammer|wascheklammer|parfum|"
    r"febreze|nase zuhalten|luft anhalten|ohrstopsel)\b|"
    r"\b(?:sie|er|" + _WHO_DE + r") (?:ist|is) (?:(?:so|echt|einfach|literally|wirklich|voll|halt|"
    r"ein|eine|der|die|totaler|totale|richtiger|richtige|komplett|ne|n) )*npc\b(?![^.!?]{0,30}\b"
    r"(?:spiel|game|minecraft|roblox|theater|rolle)\b)|"
    r"\b(?:sie|er|" + _WHO_DE + r") hat (?:null|keine|0) personlichkeit\b|"
    r"\b(?:sie|er|" + _WHO_DE + r") (?:ist (?:schon )?wieder da|ist wieder gekommen|kam wieder|"
    r"kommt (?:schon )?wieder|ist (?:schon )?wieder aufgetaucht|taucht (?:schon )?wieder auf|ist "
    r"wieder beigetreten)(?: \S+){0,3}? (?:als ob (?:wir|uns) (?:[a-z]+ ){0,3}?(?:genug|"
    r"gelangweilt|genervt)|(?:genau|gerade) (?:das|was) (?:wir|uns) (?:gebraucht|noch gefehlt)|das "
    r"hat (?:uns )?(?:gerade )?noch gefehlt|tschuss (?:stimmung|vibe|spass)|die stimmung ist (?:weg|"
    r"tot|hin)|alle raus)\b|"
    r"\b(?:taucht|kommt|erscheint|platzt) (?:\w+ )?(?:ungefragt|uneingeladen|immer|jedes mal|"
    r"uberall|ohne einladung)[^.!?]{0,25}?\bwie (?:ein |eine |der |die |das )?(?:schimmel|pilz|"
    r"pilze|kakerlake|kakerlaken|laus|lause|ratte|ratten|pest|gestank|ausschlag|warze|virus|zecke|"
    r"wanzen|bettwanzen|fusspilz|herpes|seuche|plage|fliege|fliegen|unkraut)\b"
)

# -- it ------------------------------------------------------------------------------
_ARR_IT = (r"(?:(?:e )?(?:arrivat[ao]|entrat[ao]|venut[ao]|compars[ao]|spuntat[ao])|arriva|entra|"
           r"si e (?:unit[ao]|collegat[ao]|sedut[ao])|ha aperto bocca|ha parlato)")
_IT_SRC = (
    r"(?:l'atmosfera|il mood|la vibe|la lezione|la classe|la call|la festa|il gruppo|la chat|"
    r"tutto|la partita|l'intervallo|la gita|la giornata) (?:e mort[ao]|e crollat[ao]|si e "
    r"spent[ao]|e stat[ao] rovinat[ao]|e finit[ao]|si e rovinat[ao]|era bell[ao]|era divertente|"
    r"era quasi divertente|era tranquill[ao]|andava bene|era ok|era carin[ao]|era quasi bell[ao]) "
    r"(?:appena|quando|finche(?: non)?|fino a quando(?: non)?|fino a che(?: non)?|nel momento in "
    r"cui|da quando) (?:" + _WHO_IT + r" )?" + _ARR_IT + r"(?: " + _WHO_IT + r")?\b(?! (?:la|il|"
    r"lo|l'|i|le|gli|un|una|con|piangendo|a dire|e (?:ci )?ha detto))|"
    r"\b(?:sondaggio|scommesse|scommetto|scommettiamo|indovinate|votazione|conto alla rovescia|"
    r"pronostici)\b[^.!?]{0,25}?\b(?:quanto ci mette|tra quanto|quando|quanti (?:giorni|minuti|"
    r"ore))\b[^.!?]{0,30}?\b(?:piange|piangere|frigna|frignare|scoppia a piangere|fa la spia|fare "
    r"la spia|corre dalla prof|corre dalla maestra|fa i capricci|fa una scenata|sclera)\b|"
    r"\b(?:chi|chiunque|quello che|quella che|povero chi|rip a chi|auguri a chi|buona fortuna a "
    r"chi) (?:deve |dovra |tocca |si )?(?:sedersi|stare|sedere|siede|sta|sedera|finisce) "
    r"(?:vicino a|accanto a|di fianco a|con|dietro a|davanti a) " + _WHO_IT + r"\b[^.!?]{0,40}?\b"
    r"(?:deodorante|profumatore|maschera antigas|molletta|tappi|profumo|febreze|trattenete il "
    r"respiro|tappatevi il naso|candeggina|arbre magique)\b|"
    r"\b(?:lei|lui|" + _WHO_IT + r") e (?:(?:proprio|tipo|letteralmente|cosi|troppo|un|una|uno|"
    r"tutta|tutto|il|la) )*npc\b(?![^.!?]{0,30}\b(?:gioco|partita|minecraft|roblox|recita|"
    r"personaggio)\b)|"
    r"\b(?:lei|lui|" + _WHO_IT + r") (?:non ha|ha zero|ha 0) personalita\b|"
    r"\b(?:e (?:arrivat[ao]|venut[ao]|entrat[ao]|tornat[ao]|ricompars[ao]|spuntat[ao])|e qui|si e "
    r"unit[ao]) (?:di nuovo|ancora|un'altra volta)(?: \S+){0,3}? (?:come se non (?:ci "
    r"annoiassimo|fossimo (?:gia )?annoiat[ie]) (?:gia )?abbastanza|proprio quello che ci "
    r"(?:serviva|mancava)|ci mancava solo (?:lei|lui|questo|questa)|addio (?:atmosfera|pace|mood|"
    r"vibe)|qualcuno mi uccida|uccidetemi|tutti fuori)\b|"
    r"\bci mancava solo (?:lei|lui)\b|"
    r"\b(?:si presenta|arriva|spunta|si intrufola|si imbuca|viene|compare) (?:sempre|senza invito|"
    r"senza essere invitat[ao]|ogni volta|dappertutto|ovunque)[^.!?]{0,25}?\bcome (?:la |il |lo "
    r"|un |una |le |i |gli )?(?:muffa|fungo|funghi|scarafaggio|scarafaggi|pidocchio|pidocchi|"
    r"piattola|ratto|ratti|topo|peste|puzza|verruca|virus|zecca|cimici|cimice|herpes|erbaccia|"
    r"mosca|mosche)\b"
)

RULES: list[Rule] = [
    rule("bullying:presence", "bullying",
         "llego entro aparecio unio metio vino conecto boca hablo sento llega entra aparece une "
         "mete viene conecta llegara entrara apareciera viniera encuesta apuestas apuesto "
         "apostamos apuesta adivinen votacion regresiva atras ambientador desodorante mascara "
         "pinza tapones perfume colonia lejia respiracion tapense tapate npc personalidad "
         "aburridos aburridas hartos hartas amargados necesitabamos faltaba adios acabo mate fuera "
         "moho hongo hongos cucaracha cucarachas piojo piojos plaga rata ratas peste olor "
         "sarpullido chinche chinches garrapata virus verruga humedad mosca moscas chicle",
         _ES_SRC),
    rule("bullying:presence", "bullying",
         "arrivee arrive entree entre rejoint pointee pointe debarque connectee connecte bouche "
         "parle assise assis venue venu vienne sondage paris pari parie devinez vote rebours "
         "pronostic pronostics desodorisant deodorant deo masque pince bouchons parfum febreze "
         "respiration javel bouchez bouche pnj npc personnalite ennuyait emmerdait manquait "
         "fallait adieu tuez moi casse quitte part moisissure champignon cafard cafards blatte pou "
         "poux morpion rat rats peste puanteur odeur verrue virus maladie herpes tique punaise "
         "punaises mycose bouton",
         _FR_SRC),
    rule("bullying:presence", "bullying",
         "chegou entrou apareceu juntou colou boca falou sentou veio chegar entrar aparecer "
         "brotou enquete apostas aposto aposta bolao adivinha adivinhem votacao regressiva "
         "aromatizador desodorante mascara prendedor tampao perfume nariz respiracao sanitaria "
         "candida npc personalidade suficiente bastante faltava adeus acabou mata sai mofo fungo "
         "barata baratas piolho piolhos praga rato ratos chule cheiro fedor verruga virus doenca "
         "carrapato percevejo micose chiclete",
         _PT_SRC),
    rule("bullying:presence", "bullying",
         "kam reinkam reingekommen gekommen aufgetaucht auftauchte dazukam beigetreten beitrat "
         "gejoint joint ankam angekommen da mund reinlief gesetzt hingesetzt erschienen erschien "
         "umfrage wetten wette ratet tippt abstimmung countdown lufterfrischer raumspray deo "
         "deodorant gasmaske nasenklammer wascheklammer parfum febreze nase luft ohrstopsel npc "
         "personlichkeit genug gelangweilt genervt gebraucht gefehlt tschuss raus schimmel pilz "
         "pilze kakerlake kakerlaken laus lause ratte ratten pest gestank ausschlag warze virus "
         "zecke wanzen bettwanzen fusspilz herpes seuche plage fliege fliegen unkraut",
         _DE_SRC),
    rule("bullying:presence", "bullying",
         "arrivata arrivato entrata entrato venuta venuto comparsa comparso spuntata spuntato "
         "arriva entra unita unito collegata collegato seduta seduto bocca parlato sondaggio "
         "scommesse scommetto scommettiamo indovinate votazione rovescia pronostici deodorante "
         "profumatore antigas molletta tappi profumo febreze respiro naso candeggina arbre npc "
         "personalita abbastanza serviva mancava addio uccida uccidetemi fuori muffa fungo funghi "
         "scarafaggio scarafaggi pidocchio pidocchi piattola ratto ratti topo peste puzza verruca "
         "virus zecca cimici cimice herpes erbaccia mosca mosche",
         _IT_SRC),
]
