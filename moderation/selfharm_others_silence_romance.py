"""Someone else's broadcast goodbye and the silence after it, in Spanish,
Portuguese, French and Italian: the tables of the four languages for
`selfharm_others_silence_base._silence` (the class, its pairs and what
passes are in `selfharm_others_silence.py`).

Why together: the four build the class alike - a goodbye to everyone
("adios a todos", "tchau pra geral", "au revoir tout le monde", "ciao a
tutti"), forgiveness asked in the plural imperative ("perdonenme",
"me perdoem", "pardonnez-moi", "perdonatemi"), the silence as a negated
present ("no contesta", "nao atende", "repond plus", "non risponde") - and
their kids' spelling (no accents, "ya" read "you" and "y" "why" in the
phrase form, "q hago", "oq eu faco", "jsp quoi faire") is the same problem
in each.  The person is the table of `selfharm_others_acute_iberian.py` /
`_romance.py` with the online people added ("un chavo del discord", "um
cara do servidor", "un mec de mon serveur", "un tipo del mio discord").
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_iberian import _TRIG_ES, _TRIG_PT, _WHO_ES, _WHO_MORE_ES, _WHO_MORE_PT, _WHO_PT
from .selfharm_others_acute_romance import _TRIG_FR, _TRIG_IT, _WHO_FR, _WHO_IT, _WHO_MORE_FR, _WHO_MORE_IT
from .selfharm_others_silence_base import _rule, _silence

_ONLINE = r"discord|server|servidor|serveur|clan|stream|live|twitch"

# -- es ("ya" reads "you", "y" "why" in the phrase form) ------------------------------------
_WHO_ES = _WHO_ES + "|" + _WHO_MORE_ES + "|" + (
    r"(?<!si )(?<!cuando )(?:(?:alguien|una|un|uno) (?:(?:chica|chico|chava|chavo|morra|morro|pibe|piba|"
    r"tipo|tipa|compa|vato|wey|nena|nene) )?(?:de|del|en el|en mi|en la|en nuestro) (?:mi |nuestro |nuestra "
    r"|el |la )?(?:" + _ONLINE + r"|equipo|team|grupo|chat|club|comunidad)|(?:una|uno) de (?:mis|nuestros|"
    r"nuestras) (?:amigas|amigos|companeros|companeras|primos|primas)|(?:ella|el)(?= (?:subio|puso|"
    r"publico|escribio|mando|dijo|dejo|cambio|hizo|esta|tiene|se|no|nos|me)\b))"
)
_BYE_ES = (
    r"perdon(?:enme|ame|adme)|perdon por todo|(?:lo siento|disculpen|perdonen) por todo|(?:esto|este) es (?:el "
    r"ultimo|lo ultimo|la ultima vez|mi ultimo mensaje|el fin|el final)\b(?! (?:de|del|dia|partido|capitulo|"
    r"examen|que|q|k|en))|(?:este|esto) es mi ultimo (?:mensaje|post|video|audio)|ultimas palabras|mensaje "
    r"final|(?:adios|chao|bye) para siempre|adios mundo|carta de (?:despedida|suicidio)|nota de suicidio|(?:se )?"
    r"(?:acaba|termina) todo|(?:acabar|terminar) con todo|se (?:va|iba) a (?:matar|quitar la vida|suicidar)|no "
    r"(?:me|nos|la|lo) (?:van|vas|vamos) a ver (?:nunca )?mas|cuiden a mi"
)
_TO_ALL_ES = (
    r"(?:adios|chao|chau|bye) (?:a )?(?:todos|todas|todo el mundo|chicos|chicas|gente|banda|raza)\b|se "
    r"(?:esta )?despid\w* de (?:todos|todo el mundo|nosotros|todas|el grupo)|despidiendose|(?:subio|puso|"
    r"publico|posteo|mando|escribio|dejo|compartio|cambio su bio a) (?:\S+ ){0,5}?(?:adios|despedida|bye|"
    r"chao)|(?:audio|historia|estado|post|video|mensaje|carta|nota) de despedida|gracias por todo|(?:los|las) "
    r"(?:quiero|amo) (?:a todos|mucho)"
)
_MUTE_ES = (
    r"(?:celular|cel|movil|telefono|tel|fono|whats) (?:\S+ ){0,2}?(?:apagado|apagao|muerto)|apag(?:o|ado) "
    r"(?:el |su )?(?:celular|cel|movil|telefono|tel|ubicacion)|(?:salta|manda|entra|va) (?:directo )?(?:al |a )"
    r"?buzon|(?:no|why no|you no|todavia no|aun no|sigue sin) (?:\S+ )?(?:contesta\w*|responde\w*|coge|agarra|"
    r"atiende|abre la puerta)\b|nadie (?:\S+ ){0,2}?(?:sabe (?:nada )?(?:de (?:ella|el)|donde (?:esta|anda))|"
    r"(?:la|lo) (?:localiza|encuentra|ubica)|puede (?:contactar\w*|localizar\w*|hablar con))|no (?:la|lo) "
    r"(?:encontramos|localizamos|ubicamos|podemos (?:localizar|encontrar|contactar))|no (?:sabemos|se) "
    r"(?:donde (?:esta|anda)|nada de (?:ella|el))|bloque(?:o|a) a todos|nos bloqueo a todos|(?:borro|elimino|"
    r"desactivo) (?:su |la )?(?:cuenta|insta\w*|tiktok|perfil|discord)|(?:directo|live|stream|en vivo|"
    r"transmision) (?:\S+ ){0,2}?(?:se corto|termino|se acabo|se cayo|cortado|acabo)|se corto el (?:directo|"
    r"live|stream|en vivo)|(?:ubicacion) (?:\S+ )?(?:apagada|desactivada)"
)
_QUIET_ES = (
    r"se desconect\w*|desconectad[oa]|offline|(?:salio|se salio|se fue) del (?:grupo|chat|server|servidor|"
    r"discord)|(?:me|nos) dej(?:o|a) en (?:visto|leido)|en visto|no (?:esta|aparece) (?:en linea|"
    r"conectad[oa]|activ[oa])|no (?:ha )?(?:visto|leido) (?:los|mis|nuestros) mensajes"
)
_FEAR_ES = (
    r"(?:tengo|me da|tenemos) (?:mucho |demasiado )?miedo|estoy (?:muy |super |re )?(?:asustad[oa]|"
    r"preocupad[oa]|nervios[oa])|(?:que|q|k) (?:hago|hacemos|debo hacer)|no (?:se|sabemos) que hacer|"
    r"ayuda|ayudenme"
)
_HIGH_ES = (
    r"(?:en|sobre|arriba de|encima de|al borde de|en el borde de) (?:la |el |las |los |un |una )?(?:azotea|"
    r"techo|tejado|puente|vias|via del tren|cornisa|acantilado|balcon|barranco|edificio|presa)\b (?:\S+ )"
    r"{0,10}?(?:tirar\w*|saltar\w*|aventar\w*|lanzar\w*|tira|salta|avienta)|(?:va|iba|fue|ir|irse) (?:\S+ )"
    r"{0,2}?(?:al|a la|a las|hacia el|hacia la) (?:rio|puente|vias|mar|presa|acantilado|azotea|lago) (?:\S+ )"
    r"{0,6}?(?:no|nunca) (?:\S+ ){0,2}?(?:volver|volvera|volveria|regresar|regresara|regresaria)"
)
_MUNDANE_ES = (
    r"se muda\w*|mudanza|se mudo|mudarse|nos mudamos|se va a vivir|cuenta (?:nueva|vieja|secundaria|"
    r"principal|spam)|nueva cuenta|(?:grupo|chat|server|servidor) (?:nuevo|viejo|antiguo)|(?:nuevo|viejo|"
    r"antiguo) (?:grupo|chat|server|servidor)|(?:cambio|cambia|cambiarse|se cambio|se cambia|se paso|se "
    r"pasa) (?:de|a|al) (?:cuenta|equipo|escuela|cole|colegio|club|futbol|server|servidor|grupo)|"
    r"vacaciones|viaje|viajando|campamento|vuelo|avion|aeropuerto|intercambio|extranjero|(?:cole|colegio|"
    r"escuela) nuev[oa]|(?:movil|cel|celular) nuevo|sin (?:cobertura|senal|wifi|internet|datos|bateria|"
    r"saldo)|bateria|cargador|cargando|castigad[oa]|le quit(?:o|aron) el (?:movil|celular|cel|telefono)|"
    r"examen(?:es)?|estudiando|descanso de (?:las )?redes|detox|se gradu\w*|graduacion|fin de curso|"
    r"ultimo dia|fiesta|(?:cierran|cierra|cerraron|cerrando|apagan) (?:el |la )?(?:servidor|server|juego|"
    r"club|grupo|canal)|el ano pasado|hace (?:un ano|anos|meses|dos anos)|(?:ahora|you) esta (?:bien|"
    r"mejor)|esta (?:bien|mejor) ahora|recibio ayuda|serie|temporada|capitulo|pelicula|peli|libro|novela|"
    r"anime|manga|personaje|protagonista|fanfic|en el juego|minecraft|roblox|fortnite|taller|charla|"
    r"aprendimos|que (?:hacer|harias|hacemos) si|dormid[oa]|se durmio|durmiendo|nos vemos (?:manana|luego|"
    r"el lunes|pronto)|jaja\w*|jeje\w*|xd|broma|bromeando"
)
_TX_ES = (
    "celular|cel|movil|telefono|tel|fono|whats|apag|buzon|contest|respond|coge|agarra|atiende|abre|"
    "nadie|encontramos|localizamos|ubicamos|podemos|sabemos|no se|bloque|borro|elimino|desactivo|"
    "directo|live|stream|en vivo|transmision|ubicacion|desconect|offline|salio|se fue|visto|leido|en linea"
)

# -- pt ---------------------------------------------------------------------------------------
_WHO_PT = _WHO_PT + "|" + _WHO_MORE_PT + "|" + (
    r"(?<!se )(?<!quando )(?:(?:alguem|uma|um)(?: mina| mano| cara| menina| menino| moleque| garota| garoto)? "
    r"(?:do|da|no|na) (?:meu |minha |nosso |nossa )?(?:" + _ONLINE + r"|time|equipe|grupo|zap|chat|"
    r"clube)|(?:uma|um) (?:das|dos) (?:minhas|meus|nossas|nossos) (?:amigas|amigos|colegas|primas|primos)|"
    r"(?:ela|ele)(?= (?:postou|escreveu|mandou|disse|falou|deixou|mudou|fez|ta|esta|colocou|botou|se|"
    r"nao)\b))"
)
_BYE_PT = (
    r"me perdo(?:em|a|e)|perdoa(?:m)? (?:me|eu)|(?:desculpa|desculpem|perdao|foi mal) por tudo|(?:essa|esta|"
    r"isso) (?:e|eh) (?:a ultima (?:vez|mensagem)|o fim)\b(?! (?:do|da|de|que|q))|(?:essa|esta) (?:e|eh) "
    r"minha ultima (?:mensagem|postagem)|ultimas palavras|mensagem final|(?:adeus|tchau) (?:pra|para) sempre|"
    r"adeus mundo|carta de (?:despedida|suicidio)|(?:hoje|hj|essa noite|esta noite) (?:\S+ )?(?:acaba|termina) "
    r"tudo|acabar com tudo|vai se matar|cuid(?:a|em) d[oa] meu (?:gato|cachorro)"
)
_TO_ALL_PT = (
    r"(?:tchau|adeus|bye|xau|falou) (?:pra |para |a )?(?:todos|todas|todo mundo|geral|galera|vcs|voces|povo|"
    r"pessoal)\b|se despedi\w* de (?:todo mundo|todos|geral|nos|galera|todas)|se despedindo|(?:postou|mandou|"
    r"escreveu|colocou|botou|deixou|publicou|compartilhou|mudou a bio pra) (?:\S+ ){0,5}?(?:adeus|despedida|"
    r"tchau)|(?:audio|story|status|post|video|mensagem|carta|bilhete) de despedida|obrigad[oa] por tudo|(?:eu )?"
    r"amo (?:vcs|voces|todos|todo mundo)"
)
_MUTE_PT = (
    r"(?:celular|cel|telefone|fone|zap|whats) (?:\S+ ){0,2}?(?:desligado|morto|caixa postal|fora de area)|"
    r"desligou (?:o |seu )?(?:celular|cel|telefone|fone|localizacao)|(?:da|cai|vai) (?:direto )?(?:na |pra )?"
    r"caixa postal|(?:nao|why nao|ainda nao|ja nao) (?:\S+ )?(?:atende|responde|retorna|respondeu|atendeu|"
    r"abre a porta)\b|ninguem (?:\S+ ){0,2}?(?:consegue|sabe) (?:\S+ ){0,2}?(?:falar|contato|achar|encontrar|"
    r"onde)|(?:nao|why nao) (?:\S+ )?(?:consigo|conseguimos|consegue|conseguem) (?:\S+ )?(?:falar|contato|"
    r"achar|encontrar|ligar)|bloqueou (?:todo mundo|geral|todos|a gente|nos)|(?:apagou|excluiu|desativou) "
    r"(?:a |sua )?(?:conta|insta\w*|perfil|tiktok)|(?:live|transmissao|stream) (?:\S+ ){0,2}?(?:acabou|caiu|"
    r"cortou|parou|terminou|encerrou)"
)
_QUIET_PT = (
    r"offline|(?:saiu|sai) do (?:grupo|zap|chat|servidor|server|discord)|(?:me|nos) deixou no (?:vacuo|visto)|"
    r"no vacuo|visualizou e nao respondeu|(?:nao|why nao) (?:ta|esta) online|sumiu"
)
_FEAR_PT = (
    r"(?:to|estou|ta|tamo|estamos) (?:com )?(?:muito )?(?:medo|preocupad[oa]|assustad[oa]|desesperad[oa])|"
    r"(?:oq|o que|q|que) (?:eu )?(?:faco|fazer|a gente faz)|nao sei o que fazer|socorro|ajuda|me ajuda"
)
_HIGH_PT = (
    r"(?:no|na|em cima d[oa]|beira d[oa]|na beira d[oa]) (?:telhado|laje|terraco|ponte|viaduto|trilhos?|"
    r"linha do trem|penhasco|predio|sacada|beirada)\b (?:\S+ ){0,10}?(?:pular|pula|se jogar|jogar|se "
    r"atirar)|(?:ia|vai|foi|indo) (?:\S+ ){0,2}?(?:pro|pra|para o|para a|ao|a) (?:rio|ponte|trilhos?|mar|"
    r"represa|penhasco|viaduto) (?:\S+ ){0,6}?(?:nao|nunca) (?:\S+ ){0,2}?(?:voltar|volta|voltaria|voltara)"
)
_MUNDANE_PT = (
    r"mudando|se mudar|vai se mudar|mudou de (?:cidade|casa|escola|pais|estado)|mudanca|conta (?:nova|velha|"
    r"antiga|reserva|fake|spam)|nova conta|(?:grupo|zap|chat|server|servidor) (?:novo|antigo|velho)|"
    r"(?:novo|antigo|velho) (?:grupo|chat|servidor)|trocou de (?:conta|time|escola|numero|celular)|"
    r"trocando de|ferias|viagem|viajando|viajou|acampamento|voo|aviao|aeroporto|intercambio|exterior|"
    r"escola nova|celular novo|sem (?:sinal|wifi|internet|bateria|credito|dados)|bateria|carregador|"
    r"carregando|de castigo|tomaram o celular|tomou o celular|provas?|vestibular|enem|estudando|detox|pausa "
    r"das redes|formatura|ultimo dia|festa|(?:servidor|server|jogo|clube|grupo|canal) (?:vai )?(?:fechar|"
    r"fechou|fechando|acabar|acabou)|ano passado|(?:faz|ha) (?:um ano|anos|meses)|(?:hoje|agora) (?:ela |"
    r"ele )?(?:ta|esta) (?:bem|melhor)|recebeu ajuda|serie|temporada|episodio|filme|livro|novela|anime|"
    r"manga|personagem|protagonista|fanfic|rpg|no jogo|minecraft|roblox|fortnite|palestra|aprendemos|o que "
    r"(?:fazer|voce faria) se|dormindo|dormiu|foi dormir|ate (?:amanha|mais|logo|segunda)|kkk\w*|haha\w*|"
    r"rsrs\w*|zoeira|brincadeira|zoando"
)
_TX_PT = (
    "celular|cel|telefone|fone|zap|whats|desligou|caixa postal|atende|responde|retorna|abre|ninguem|"
    "consigo|conseguimos|consegue|conseguem|bloqueou|apagou|excluiu|desativou|live|transmissao|stream|"
    "offline|saiu|sai do|vacuo|visto|online|sumiu"
)

# -- fr -----------------------------------------------------------------------------------------
_WHO_FR = _WHO_FR + "|" + _WHO_MORE_FR + "|" + (
    r"(?<!si )(?<!quand )(?:(?:quelqu'un|quelqu un|un mec|une meuf|un gars|une fille|un pote|une pote|un "
    r"type|une nana|un keum) (?:de|du|sur|dans) (?:mon |ma |notre |le |la )?(?:" + _ONLINE + r"|equipe|team|"
    r"groupe|conv|club|commu)|(?:un|une) de (?:mes|nos) (?:potes|amis|amies|copines|copains|coequipiers)|"
    r"(?:elle|il)(?= (?:a|avait|est|vient|dit|poste|ecrit|m'a|nous a|s'est|repond|decroche)\b))"
)
_BYE_FR = (
    r"pardonnez[ -]?moi|pardonne[ -]?moi|pardon pour tout|(?:desolee?|dsl) pour tout|(?:c'est|c est|cest) "
    r"(?:la derniere fois|mon dernier message|le dernier|la fin)\b(?! (?:de|des|du|d'|que|qu'|ou))|(?:c'est|"
    r"voici) mon dernier (?:message|post)|derniers mots|message final|adieu|(?:au revoir|bye|salut) pour "
    r"toujours|lettre d'? ?adieu|en finir|en finiss\w*|en finit|(?:va|allait) se (?:tuer|suicider)|(?:vous|on) "
    r"(?:ne )?(?:la |le |me )?(?:reverrez|reverra) (?:plus|jamais)|prenez soin de (?:mon|ma)"
)
_TO_ALL_FR = (
    r"(?:au revoir|bye|salut|ciao|tchao|bisous) (?:a )?(?:tout le monde|tous|toutes|les gars|la team|la "
    r"commu|vous tous)\b|(?:dire|dit|a dit|fait) (?:au revoir|adieu) a (?:tout le monde|tous|nous|toute la "
    r"classe)|(?:a poste|a publie|a mis|a envoye|a ecrit|a laisse|a partage|a change sa bio en|poste|"
    r"publie) (?:\S+ ){0,5}?(?:au revoir|adieu)|(?:vocal|story|statut|post|video|message|lettre|mot) d'adieu|"
    r"merci pour tout|je vous aime (?:tous|toutes|fort)"
)
_MUTE_FR = (
    r"(?:tel|telephone|portable|phone|tph) (?:\S+ ){0,2}?(?:eteint|coupe|off|mort|sur messagerie|sur "
    r"repondeur)|a eteint son (?:tel|telephone|portable|phone)|(?:tombe|va) (?:direct |directement )?sur "
    r"(?:la |sa )?(?:messagerie|repondeur)|(?:repond|decroche|rappelle|repondra) (?:\S+ )?(?:pas|plus|"
    r"jamais)\b|personne (?:ne )?(?:\S+ )?(?:sait ou|arrive a la joindre|arrive a le joindre|peut la joindre|"
    r"peut le joindre|l'a vue?)|on (?:n'arrive|arrive) (?:pas|plus) a (?:la|le) (?:joindre|contacter|"
    r"trouver)|bloque tout le monde|nous a (?:tous )?bloques?|(?:supprime|desactive) son (?:compte|insta\w*|"
    r"profil|tiktok|discord)|(?:live|direct|stream) (?:\S+ ){0,2}?(?:s'est coupe|coupe|fini|termine|arrete|"
    r"s'est arrete)|(?:n'ouvre|ouvre) pas (?:la )?porte"
)
_QUIET_FR = (
    r"(?:s'est |c'est |est |s est )?(?:deco|deconnecte\w*)\b|hors ligne|offline|quitte (?:le |la )?(?:groupe|"
    r"conv|serveur|discord|chat)|(?:m'a|nous a|m a) laisse(?:e)? (?:en|sur) vu|(?:en|sur) vu depuis|"
    r"(?:n'est|est) (?:plus|pas) (?:en ligne|co|connecte\w*)|(?:lit|voit) pas (?:mes|nos) messages"
)
_FEAR_FR = (
    r"(?:j'ai|j ai|jai|on a) (?:trop |tellement |tres |grave )?peur|(?:je|j'|on) (?:\S+ )?(?:flippe|panique|"
    r"stresse)|(?:je fais|jfais|je dois faire|on fait|faut faire) quoi|(?:qu'est-ce|quest ce|qu'est ce) (?:que )?"
    r"(?:je|j'|on) (?:fais|doit faire)|je sais pas quoi faire|jsp quoi faire|aidez[ -]?moi|au secours"
)
_HIGH_FR = (
    r"(?:sur|au bord|en haut|pres) (?:du |de la |des |le |la |les |d'un |d'une )?(?:toit|pont|voies|rails|"
    r"falaise|rebord|balcon|immeuble|viaduc|barrage)\b (?:\S+ ){0,10}?(?:sauter|saute|sauterait|se jeter|"
    r"jeter)|(?:va|allait|est alle|est allee|partie?) (?:\S+ ){0,2}?(?:a la|au|aux|vers la|vers le|sur le|sur la|"
    r"sur les) "
    r"(?:riviere|pont|voies|mer|falaise|lac|seine|fleuve|canal) (?:\S+ ){0,6}?(?:reviendr\w*|revenir|"
    r"revient) (?:pas|plus|jamais)"
)
_MUNDANE_FR = (
    r"demenag\w*|nouveau (?:compte|tel|telephone|groupe|serveur|lycee|college)|nouvelle (?:ecole|conv)|"
    r"(?:ancien|vieux) (?:compte|groupe|serveur)|ancienne (?:conv|ecole)|(?:compte|groupe|serveur) "
    r"(?:secondaire|principal|spam)|change de (?:compte|club|equipe|ecole|numero)|vacances|voyage|colo\b|"
    r"colonie|camp\b|avion|aeroport|echange|etranger|pas de (?:reseau|wifi|connexion)|plus de (?:batterie|"
    r"forfait|reseau)|batterie|chargeur|en charge|punie?s?\b|prive de (?:tel|telephone|portable)|"
    r"confisque|exam\w*|brevet|bac\b|revise\w*|pause (?:des )?reseaux|detox|fin d'annee|dernier jour|fete|"
    r"soiree|(?:serveur|jeu|club|groupe|chaine) (?:\S+ )?(?:ferme|fermer|s'arrete|supprime)|l'an dernier|"
    r"l'annee derniere|il y a (?:un an|deux ans|\d+ ans|des annees|des mois)|(?:maintenant|mtn) (?:elle |"
    r"il )?va (?:bien|mieux)|va (?:bien|mieux) maintenant|a ete aide\w*|serie|saison|episode|film|livre|"
    r"roman|anime|manga|personnage|heroine|heros|fanfic|dans le jeu|minecraft|roblox|fortnite|atelier|on a "
    r"appris|que faire si|quoi faire si|dort|endormie?|s'est couche\w*|a demain|a plus tard|a toute|a lundi|"
    r"a bientot|mdr|ptdr|haha\w*|blague|rigole"
)
_TX_FR = (
    "tel|telephone|portable|phone|tph|eteint|messagerie|repondeur|repond|decroche|rappelle|personne|"
    "arrive|bloque|supprime|desactive|live|direct|stream|porte|deco|hors ligne|offline|quitte| vu|en ligne|"
    "pas co|plus co|connecte|lit pas|voit pas"
)

# -- it -----------------------------------------------------------------------------------------
_WHO_IT = _WHO_IT + "|" + _WHO_MORE_IT + "|" + (
    r"(?<!se )(?<!quando )(?:(?:qualcuno|uno|una|un tipo|una tipa|un ragazzo|una ragazza|un tizio|una tizia) "
    r"(?:del|della|dal|nel|nella|sul|su) (?:mio |mia |nostro |nostra )?(?:" + _ONLINE + r"|squadra|team|"
    r"gruppo|chat|club)|(?:una|uno) (?:delle|dei) (?:mie|miei|nostre|nostri) (?:amiche|amici|compagne|"
    r"compagni)|(?:lei|lui)(?= (?:ha|aveva|e|sta|dice|mi|ci|si|non)\b))"
)
_BYE_IT = (
    r"perdonatemi|perdonami|scusate(?:mi)? (?:per|di) tutto|scusa(?:mi)? per tutto|mi dispiace per tutto|"
    r"(?:questa|questo) e (?:l'ultima volta|l'ultimo messaggio|la fine)\b(?! (?:del|della|di|dell|che|in))|"
    r"(?:questo e|e) il mio ultimo messaggio|ultime parole|(?:addio|ciao) per sempre|addio mondo|lettera "
    r"(?:d'addio|di addio)|la fa finita|farla finita|(?:si vuole|vuole|va a) (?:ammazzare|uccidere)|non (?:la|"
    r"lo|mi) (?:rivedrete|rivedremo|vedrete) piu"
)
_TO_ALL_IT = (
    r"(?:ciao|addio|bye|arrivederci) (?:a )?(?:tutti|tutte|ragazzi|gente|raga)\b|ha salutato tutti|"
    r"(?:per )?salutare tutti|salutando tutti|(?:ha postato|ha pubblicato|ha messo|ha mandato|ha scritto|"
    r"ha lasciato|ha condiviso|ha cambiato la bio in) (?:\S+ ){0,5}?(?:addio|d'addio)|(?:vocale|storia|"
    r"stato|post|video|messaggio|lettera) d'addio|grazie (?:di|per) tutto|vi voglio bene"
)
_MUTE_IT = (
    r"(?:telefono|cellulare|cell|tel) (?:\S+ ){0,2}?(?:spento|staccato|morto|irraggiungibile)|ha spento "
    r"(?:il )?(?:telefono|cellulare|cell|tel|la posizione)|squilla a vuoto|(?:va|scatta|parte) (?:\S+ )?"
    r"(?:la )?segreteria|non (?:\S+ )?(?:risponde|rispondera|richiama|si fa sentire|apre la porta)\b|nessuno "
    r"(?:\S+ ){0,2}?(?:riesce|sa) (?:\S+ ){0,2}?(?:contattarl[ao]|sentirl[ao]|raggiungerl[ao]|trovarl[ao]|"
    r"dove sia|dov'e|dove e)|non (?:\S+ )?(?:riusciamo|riesco|riescono) (?:\S+ )?(?:contattarl[ao]|"
    r"sentirl[ao]|raggiungerl[ao]|trovarl[ao])|irraggiungibile|(?:ha|ci ha) bloccat[oi] tutti|ha "
    r"(?:cancellato|eliminato|disattivato) (?:il |l')?(?:profilo|account|insta\w*|tiktok)|(?:diretta|live|"
    r"stream) (?:\S+ ){0,2}?(?:e finita|finita|interrotta|si e interrotta|chiusa|staccata|e caduta)"
)
_QUIET_IT = (
    r"offline|(?:uscit[oa]|andat[oa] via) dal (?:gruppo|server|discord)|(?:ha lasciato|ha abbandonato) "
    r"(?:il |la )?(?:gruppo|server|chat)|(?:mi|ci) ha lasciat[oa] (?:\S+ )?(?:visualizzat[oa]|sul visto)|non "
    r"(?:e|e piu) (?:online|in linea)|visualizza e non risponde|non (?:\S+ )?(?:legge|visualizza)\b"
)
_FEAR_IT = (
    r"ho (?:tanta |molta |una gran |troppa )?paura|(?:sono|siamo) (?:troppo |molto |super )?"
    r"(?:preoccupat[oaie]|spaventat[oaie]|agitat[oaie])|(?:che|cosa|che cosa) (?:faccio|facciamo|devo fare|"
    r"dobbiamo fare)|non so (?:che|cosa) fare|aiuto|aiutatemi"
)
_HIGH_IT = (
    r"(?:sul|sulla|sui|in cima al|in cima alla|sul bordo del|sul cornicione del) (?:tetto|ponte|binari|"
    r"cornicione|terrazzo|balcone|scogliera|dirupo|palazzo|viadotto)\b (?:\S+ ){0,10}?(?:buttarsi|butta|"
    r"buttera|salta|saltare|lanciarsi|lancia)|(?:andava|va|andata|andato|sta andando) (?:\S+ ){0,2}?(?:al|"
    r"alla|ai) (?:fiume|ponte|binari|mare|lago|scogliera|dirupo) (?:\S+ ){0,6}?(?:non|mai) (?:\S+ )?"
    r"(?:tornava|tornera|torna|tornerebbe)"
)
_MUNDANE_IT = (
    r"trasloc\w+|si trasferisce|trasferit\w|trasferisc\w+|(?:nuovo|vecchio) (?:account|profilo|gruppo|server|"
    r"telefono|numero)|(?:nuova|vecchia) (?:scuola|chat)|(?:gruppo|account|profilo) (?:nuovo|vecchio|"
    r"secondario|principale|spam)|cambiato (?:account|squadra|scuola|numero)|vacanz\w+|viaggio|gita|campo "
    r"scuola|campeggio|volo|aereo|aeroporto|scambio|estero|senza (?:campo|wifi|internet|giga|batteria)|"
    r"niente (?:campo|wifi|internet)|batteria|scaric\w+|caricabatterie|punit\w|in castigo|(?:le|gli) hanno "
    r"tolto|esam\w+|verifica|interrogazione|studiando|pausa dai social|detox|maturita|ultimo giorno|festa|"
    r"(?:server|gioco|squadra|gruppo|canale) (?:\S+ )?(?:chiude|chiudono|chiuso|chiudere)|chiudono il "
    r"server|l'anno scorso|anni fa|mesi fa|un anno fa|(?:adesso|ora) sta (?:bene|meglio)|sta (?:bene|meglio) "
    r"(?:adesso|ora)|ha ricevuto aiuto|serie|stagione|episodio|puntata|film|libro|romanzo|anime|manga|"
    r"personaggio|protagonista|fanfic|nel gioco|minecraft|roblox|fortnite|lezione|abbiamo imparato|(?:cosa|"
    r"che) fare se|dorme|addormentat\w|andat[oa] a dormire|a domani|ci vediamo|a dopo|a lunedi|ahah\w*|"
    r"haha\w*|scherz\w+"
)
_TX_IT = (
    "telefono|cellulare|cell|tel|spento|squilla|segreteria|risponde|rispondera|richiama|sentire|apre|"
    "nessuno|riusciamo|riesco|riescono|irraggiungibile|bloccat|cancellato|eliminato|disattivato|diretta|"
    "live|stream|offline|uscit|andat|lasciato|abbandonato|visualizz|online|in linea|legge"
)

RULES: list[Rule] = [
    _rule(_TRIG_ES + " alguien uno", _TX_ES,
          _silence(_WHO_ES, _BYE_ES, _TO_ALL_ES, _MUTE_ES, _QUIET_ES, _FEAR_ES, _HIGH_ES, _MUNDANE_ES)),
    _rule(_TRIG_PT + " alguem", _TX_PT,
          _silence(_WHO_PT, _BYE_PT, _TO_ALL_PT, _MUTE_PT, _QUIET_PT, _FEAR_PT, _HIGH_PT, _MUNDANE_PT)),
    _rule(_TRIG_FR + " quelquun", _TX_FR,
          _silence(_WHO_FR, _BYE_FR, _TO_ALL_FR, _MUTE_FR, _QUIET_FR, _FEAR_FR, _HIGH_FR, _MUNDANE_FR)),
    _rule(_TRIG_IT + " qualcuno uno", _TX_IT,
          _silence(_WHO_IT, _BYE_IT, _TO_ALL_IT, _MUTE_IT, _QUIET_IT, _FEAR_IT, _HIGH_IT, _MUNDANE_IT)),
]
