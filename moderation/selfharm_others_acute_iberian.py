"""Someone else at risk right now, in Spanish and Portuguese (the class and
its gates: `selfharm_others_acute_base.py`).

Why a module of their own: the two languages share their forms - a
reflexive before the verb ("se tomó", "se cortou"), "what do I do" as
"qué hago" / "o que eu faço", goodbyes with "despedida" / "despedindo", the
phone "apagado" / "desligado" - and Latin-American slang ("un chavo del
grupo", "uma mina da sala", "mi carnal", "minha mana") in the tables of a
later round.  In the phrase form "y" reads "why", so "y no contesta" is
"why no contesta" in every pattern.  Guards: moving, a holiday, a dead
battery for goodbyes; the past that is over, fiction, cooking accidents and
medicine for a cold for the acts.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _acute_more, _rule

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
    r"hipotetic\w+|por ejemplo|aprendimos|taller|que hacer si|que hacer cuando|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"como (?:le )?(?:dijo|dice|indico|receto|mando) (?:el|la|su) (?:medic[oa]|doctor|doctora)|"
    r"como (?:se lo )?recetaron|pastillero|"
    # a jump into water or onto a trampoline ("en el techo ... dice que va a saltar a la piscina")
    r"trampolin|a la (?:piscina|alberca)|al (?:agua|mar|rio|lago)"
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
    r"se esta tragando|se tomaron|(?:se )?acaba de (?:tomar|tragar|beber)(?:se)?) (?:\S+ ){0,2}?(?:" + _LOTS_ES
    + r") (?:\S+ ){0,3}?(?:" + _PILLS_ES
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
_TX_ES = (
    "pastill|pastis|pildora|comprimido|medicament|medicina|remedio|calmante|analgesico|paracetamol|"
    "ibuprofeno|antidepresivo|somnifero|clonazepam|emoji_pill|sobredosis|lejia|cloro|veneno|matarratas|"
    "lavandina|detergente|desinfectante|amoniaco|salfuman|limpieza|anticongelante|insecticida|raticida|"
    "corto|cortado|cortando|corta|rajo|raja|venas|tirar|saltar|lanzar|aventar|azotea|tejado|techo|puente|"
    "cornisa|vias|borde|matar|suicid|morir|quitarse|acabar con|ahorcar|hacerlo|encerr|despedi|despid|adios|"
    "ultimo mensaje|quiere|por todo"
)
_TRIG_ES = "mi nuestra nuestro una un alguien ella el"
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_ES = (
    r"(?<!si )(?<!cuando )(?:(?:una|un) (?:chava|chavo|chavito|chavita|morra|morro|morrita|morrito|chama|"
    r"chamo|pibe|piba|nena|nene|chamaca|chamaco|compa|carnala|carnal|chiquilla|chiquillo|tipa|tipo|"
    r"alumna|alumno|companera|companero|chica|chico|amiga|amigo) (?:de|del|en) (?:mi |nuestro |nuestra "
    r"|el |la )?(?:grupo|clase|salon|cole|colegio|escuela|insti|prepa|secu|chat|server|servidor|equipo|"
    r"curso)|(?:mi|nuestro|nuestra) (?:carnal|carnala|cuate|cuata|bro|manito|manita|hermanastra|"
    r"hermanastro|morra|morro|chava|chavo)|alguien del (?:grupo|salon|chat|cole))"
)
_ACTS_MORE_ES = (
    r"(?:hoy|esta noche|ahorita|ahora|manana) (?:\S+ ){0,3}?(?:se va a|se iba a|va a|se quiere) "
    r"(?:matar|suicidar|quitar la vida|ahorcar)(?:se)?\b|(?:hoy|esta noche|ahorita|manana) (?:\S+ ){0,3}?"
    r"(?:se mata|se suicida|se quita la vida)\b|"
    r"(?:quiere|se quiere) (?:morir|matar|suicidar)(?:se)? (?:\S+ ){0,8}?(?:tiene|ya tiene|hizo) (?:un |"
    r"todo un )?plan\b|tiene (?:un |todo un )?plan (?:\S+ ){0,6}?(?:morir|matar|suicid)\w*"
)
_BYE_MORE_ES = (
    r"(?:subio|publico|puso|posteo|mando|envio|escribio|dejo|subiendo) (?:\S+ ){0,4}?despidiendo\w*|"
    r"se (?:esta )?despid\w+ de (?:todos|todo el mundo|nosotros|mi)"
)
_UNREACH_MORE_ES = (
    r"(?:no|why no) (?:\S+ )?(?:abre|abria) (?:la )?puerta|(?:borro|elimino|desactivo) (?:su |la )?"
    r"(?:cuenta|insta|instagram|tiktok|perfil)"
)
_SIGN_ES = (
    r"(?:foto|fotos|picture|pictures|video|imagen|captura|historia|story) (?:\S+ ){0,2}?(?:de|con) (?:\S+ ){0,3}?"
    r"(?:pastillas|pastis|medicamentos|cuchillas?|navajas?|cuchillos?|gillette|hojas de afeitar|munecas?|"
    r"cortes|cortadas|heridas|sangre|una soga|una cuerda)\b"
)
_PLACE_ES = (
    r"(?:esta|estaba|parada|parado|sentada|sentado|sola|solo|se fue) (?:\S+ ){0,2}?(?:en|junto a|al lado de|"
    r"cerca de|a la orilla de|al borde de|encima de|arriba de|a) (?:las |el |la |los |del )?(?:vias|puente|"
    r"rio|orilla del rio|azotea|techo|tejado|cornisa|acantilado|barranco|presa|canal)\b"
)
_ENDS_ES = (
    r"(?:es|este es|you es|sera) el (?:fin|final)\b(?! de(?:l)? (?:curso|ano|trimestre|semestre|partido|"
    r"juego|serie|libro))|se acabo todo|(?:you )?no (?:puede|aguanta) mas(?! con)|(?:you )?no quiere "
    r"(?:vivir|seguir viviendo|estar aqui|existir)|(?:quiere|se quiere) morir\b|(?:esta noche|hoy) "
    r"(?:lo )?(?:termina|acaba|termino|acabo) (?:todo|con todo)|adios para siempre|ultimo mensaje"
)
_TX_MORE_ES = (
    "picture|quitar|quita|mata|plan|despidiendo|despid|foto|video|imagen|captura|historia|story|selfie|vias|"
    "puente|rio|"
    "azotea|techo|tejado|cornisa|acantilado|barranco|presa|canal"
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
    r"exemplo|aprendemos|oficina|o que fazer se|o que fazer quando|hipotetic\w+|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"como o medico (?:mandou|falou|disse|receitou|passou)|como (?:foi )?receitado|porta[- ]comprimidos|"
    r"porta[- ]remedios"
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
# every match holds one of these (stems of the acts and the goodbyes): a message without
# any is skipped before the patterns run
_TX_PT = (
    "remedio|comprimido|pilula|medicamento|calmante|analgesico|paracetamol|antidepressivo|rivotril|"
    "dipirona|tylenol|emoji_pill|overdose|agua sanitaria|candida|veneno|chumbinho|desinfetante|"
    "detergente|limpeza|soda caustica|alvejante|cloro|raticida|cortou|cortando|mutilou|machucou|pulso|"
    "pular|jogar|atirar|telhado|ponte|predio|trilho|beirada|laje|terraco|viaduto|matar|morrer|vida|"
    "acabar com tudo|enforcar|fazer isso|suicid|tranc|despedi|despid|adeus|ultima mensagem|ama|por tudo"
)
_TRIG_PT = "minha meu nossa nosso uma um alguem ela ele"
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_PT = (
    r"(?<!se )(?<!quando )(?:(?:uma|um) (?:mina|mano|moleque|mlk|mulek|menina|menino|garota|garoto|guria|guri|"
    r"cara|colega|amiga|amigo) (?:da|do|de|na|no) (?:minha |meu |nossa |nosso )?(?:sala|turma|escola|"
    r"classe|colegio|grupo|zap|chat|servidor|time|facul)|(?:minha|meu) (?:mana|mano|parca|irmazinha|"
    r"irmaozinho|priminha|priminho|amigao|amigona|miga|migo))"
)
_ACTS_MORE_PT = (
    r"(?:tomou|engoliu|ingeriu|ta tomando|esta tomando|acabou de tomar) (?:\S+ ){0,2}?(?:um monte de|uma pa "
    r"de|muito|muita|mto|mta|varios|varias|(?:uma|a) (?:cartela|caixa)(?: inteira)?(?: de)?|(?:um|o) "
    r"(?:vidro|frasco)(?: inteiro)?(?: de)?) (?:\S+ ){0,2}?(?:remedio|comprimido|pilula|medicamento|"
    r"calmante|rivotril|remedio controlado|remedio tarja preta)\b(?! (?:\S+ ){0,3}?(?:pra|para|da|de) "
    r"(?:gripe|dor|febre|colica|alergia|tosse|garganta|cabeca))|"
    r"(?:hoje|hj|essa noite|esta noite|agora|amanha) (?:\S+ ){0,3}?(?:vai se matar|vai se suicidar|vai "
    r"tirar a (?:propria )?vida|se mata|vai se enforcar)\b|"
    r"(?:quer|disse que quer|falou que quer) (?:morrer|se matar) (?:\S+ ){0,8}?(?:tem|ja tem|fez) (?:um |"
    r"todo um )?plano\b|tem (?:um |todo um )?plano (?:\S+ ){0,6}?(?:morrer|se matar|suicid\w*)"
)
_BYE_MORE_PT = (
    r"(?:postou|publicou|mandou|colocou|botou|escreveu) (?:\S+ ){0,4}?se despedindo|se despedindo de "
    r"(?:todo mundo|todos|geral|nos|mim)"
)
_UNREACH_MORE_PT = (
    r"(?:nao|why nao) (?:\S+ )?abre (?:a )?porta|(?:apagou|excluiu|desativou) (?:a |sua )?(?:conta|insta|"
    r"perfil)"
)
_SIGN_PT = (
    r"(?:foto|fotos|picture|pictures|video|print|story|stories) (?:\S+ ){0,2}?(?:de|com|dos|das|do|da) (?:\S+ )"
    r"{0,3}?(?:remedios|comprimidos|pilulas|laminas?|giletes?|faca|estilete|pulsos?|cortes|machucados|"
    r"feridas|sangue|corda)\b"
)
_PLACE_PT = (
    r"(?:ta|esta|tava|estava|parada|parado|sentada|sentado|sozinha|sozinho|foi) (?:\S+ ){0,2}?(?:na|no|nos|"
    r"nas|em cima d[aoe]|perto d[aoe]|beira d[aoe]|pra|para) (?:\S+ )?(?:trilhos?|linha do trem|ponte|"
    r"viaduto|rio|telhado|laje|terraco|beirada|penhasco|represa)\b"
)
_ENDS_PT = (
    r"(?:e|eh|que e|que eh|sera) o fim\b(?! (?:do|da|de) )|acabou tudo|(?:nao|why nao) (?:aguenta|consegue)"
    r" mais(?! (?:\S+ ){0,2}?(?:de|com|a|o|essa|esse))|(?:nao|why nao) quer mais viver|quer morrer|"
    r"(?:hoje|hj|essa noite) (?:\S+ )?(?:acaba|termina|acabo|termino) (?:com )?tudo|adeus (?:pra|para) "
    r"sempre|ultima mensagem"
)
_TX_MORE_PT = (
    "picture|remedio|comprimido|pilula|medicamento|calmante|rivotril|mata|plano|despedindo|foto|video|print|"
    "story|selfie|trilho|linha do trem|ponte|viaduto|rio|telhado|laje|terraco|beirada|penhasco|represa"
)


RULES: list[Rule] = [
    _rule(_TRIG_ES, _TX_ES + "|" + _TX_MORE_ES,
          _acute_more(_WHO_ES, _GUARD_ES, _ACTS_ES, _BYE_ES, _UNREACH_ES, _BYE_GUARD_ES,
                      who_more=_WHO_MORE_ES, acts_more=_ACTS_MORE_ES, bye_more=_BYE_MORE_ES,
                      unreach_more=_UNREACH_MORE_ES, sign=_SIGN_ES, place=_PLACE_ES, ends=_ENDS_ES)),
    _rule(_TRIG_PT, _TX_PT + "|" + _TX_MORE_PT,
          _acute_more(_WHO_PT, _GUARD_PT, _ACTS_PT, _BYE_PT, _UNREACH_PT, _BYE_GUARD_PT,
                      who_more=_WHO_MORE_PT, acts_more=_ACTS_MORE_PT, bye_more=_BYE_MORE_PT,
                      unreach_more=_UNREACH_MORE_PT, sign=_SIGN_PT, place=_PLACE_PT, ends=_ENDS_PT)),
]
