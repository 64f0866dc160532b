"""The threats of harm_threats_veiled.py in es fr pt it de (read its
docstring first; appended to `harm.RULES` with it).

Each class is written fresh per language, with its own idioms: "yo que tú",
"moi à ta place", "se eu fosse você", "se fossi in te", "an deiner Stelle"
with "los accidentes pasan", "on sait jamais", "acidentes acontecem", "gli
incidenti capitano", "man weiß ja nie"; "despídete de tu cuenta", "dis
adieu à ton compte", "pode se despedir", "di' addio", "verabschiede dich";
"vienen a por ti", "il va s'occuper de toi", "vão te pegar", "ti conviene
non esserci", "der regelt das mit dir"; "solo pregunto", "je dis ça je dis
rien", "só avisando", "chiedevo solo", "frag ja nur".

Normalised forms: Spanish "y" may read "why" and "ya" "you", Portuguese
"vc" reads "video call", French "photos" "pictures", "insta" "instagram",
German "ß" "ss" and umlauts without their dots.
"""

from __future__ import annotations

from .harm_threats_veiled_cues import ADVICE, CONTEST, FRIENDLY, NO_WIFI, pair
from .harm_threats_veiled_eu_expose import RULES as _EXPOSE_RULES
from .rules import Rule, rule

_END = r"(?= ?$| [.!?])"

# -- the reader's account: (triggers, the writer holds the login, the account taken) ---------------
_ACCOUNT: dict[str, tuple[str, str, str]] = {
    "es": ("contrasena contrasenas clave claves password pass contra login datos",
           r"\b(?:tengo|tenemos|se|sabemos|me (?:pasaron|dieron|paso|dio)|consegui|encontre|descubri|pille|"
           r"robe|hackee|averigue) (?:\w+ ){0,2}?(?:tus? (?:\w+ ){0,2}?(?:contrasenas?|claves?|password|pass|"
           r"contra|login|datos(?: de (?:acceso|la cuenta))?)|(?:la |el )?(?:contrasena|clave|password|pass|"
           r"login) (?:de |del )(?:tu|tus) \w+)\b|"
           r"\btu (?:\w+ ){0,2}?(?:contrasena|clave|password) (?:ya )?(?:la tengo|la se|esta en mi)\b",
           r"\b(?:despidete|despedite|despidase) de\b|\b(?:di|deci|dile) adios a\b|\badios a (?:tu|tus)\b|"
           r"\b(?:te )?(?:borro|borrare|vacio|vaciare|cierro|cerrare|vendo|vendere|baneo)\b|\bvoy a (?:\w+ )?"
           r"(?:borrar|vaciar|publicar|subir|vender|cerrar|banear|robar|quitar)\w*\b|\b(?:desde|en) tu cuenta\b|"
           r"\ben tu nombre\b|\bte (?:quedas|vas a quedar) sin\b|\btu cuenta (?:ya )?(?:no existe|no va a "
           r"existir|se acabo|es mia|va a desaparecer)\b"),
    "fr": ("mdp mot passe identifiant identifiants login password acces",
           r"\b(?:j'ai|jai|on a|je connais|je sais|j'ai trouve|j'ai recupere|j'ai chope|j'ai vole|j'ai pirate|"
           r"j'ai eu) (?:\w+ ){0,2}?(?:tous )?(?:ton|tes|ta) (?:\w+ )?(?:mdp|mot de passe|mots de passe|"
           r"identifiants?|login|password|acces)\b|\b(?:le |les )?(?:mdp|mot de passe|identifiants) (?:de|du) "
           r"(?:ton|ta|tes) \w+",
           r"\bdis (?:adieu|au revoir|bye|bye bye) a\b|\b(?:adieu|bye bye) (?:a )?(?:ton|ta|tes)\b|\b(?:je vais|"
           r"j'vais|jvais|je|j') (?:te |tout )?(?:supprimer|supprime|effacer|efface|vider|vide|bannir|poster|"
           r"poste|publier|publie|vendre|vends)\b|\b(?:ton compte|ton instagram|ton snap|tes skins|ton profil)"
           r"(?: il| elle)? (?:existe plus|n'existe plus|existera plus|va disparaitre|est a moi|sera vide|va etre "
           r"vide)\b|\ba ta place\b|\ben ton nom\b|\b(?:t'as|tu as|tu auras|t'auras) plus (?:aucun|de|rien)\b"),
    "pt": ("senha senhas login password",
           r"\b(?:tenho|temos|sei|descobri|consegui|peguei|achei|roubei|hackeei|to com|estou com) (?:\w+ ){0,4}?"
           r"(?:(?:teu|tua|seu|sua) (?:\w+ ){0,2}?(?:senha|login|password)|(?:a )?(?:senha|login|password) "
           r"(?:do|da|de) (?:teu|tua|seu|sua|voce|video call) ?\w*)\b",
           r"\b(?:pode )?(?:se )?(?:despede|despedir|despedindo)\b|\b(?:vou |eu )?(?:apagar|apago|deletar|"
           r"deleto|excluir|excluo|zerar|zero|limpar|limpo|vender|vendo|postar|posto|banir|roubar|roubo)\b|"
           r"\b(?:tchau|adeus|bye) (?:pra |para |a )?(?:tua|sua|teu|seu)\b|\bno (?:teu|seu) nome\b|\b(?:tua|sua) "
           r"conta (?:ja )?(?:era|vai sumir|ja foi|e minha)\b|\bvai ficar sem\b"),
    "it": ("password pw psw credenziali login account profilo nellaccount",
           r"\b(?:ho|abbiamo|so|conosco|ho trovato|ho scoperto|ho rubato|mi hanno dato) (?:\w+ ){0,2}?(?:la )?"
           r"(?:tua |le tue )?(?:password|pw|psw|credenziali|login)(?: (?:del|di|della|dell'|dello) (?:tuo|tua) "
           r"\w+)?\b|\b(?:ti )?entro nel(?: tuo |l')(?:account|profilo)\b",
           r"\b(?:di'?|dici|dire) addio\b|\bsaluta (?:il tuo|le tue|i tuoi)\b|\b(?:ti )?(?:cancello|cancellero|"
           r"svuoto|svuotero|posto|postero|pubblico|pubblichero|vendo|vendero|banno)\b|\ba nome tuo\b|\bal "
           r"posto tuo\b|\bdal tuo (?:account|profilo)\b|\bil tuo (?:account|profilo) (?:non esiste piu|"
           r"sparisce|sara vuoto|e mio)\b"),
    "de": ("passwort passworter pw zugangsdaten login logindaten",
           r"\b(?:ich |wir )?(?:hab|habe|haben|kenn|kenne|weiss|weis) (?:jetzt |grad |schon )?(?:dein|deine|"
           r"deinen) (?:\w+ )?(?:\w*passwort|pw|zugangsdaten|login|logindaten)\b|\b(?:das )?passwort (?:von|fur) "
           r"(?:deinem|deinen|dein|deine) \w+",
           r"\bverabschiede? dich\b|\bsag (?:tschuss|bye|auf wiedersehen|adieu)\b|\b(?:tschuss|bye bye|adieu) "
           r"(?:zu )?(?:deinem|deinen|dein)\b|\b(?:ich )?(?:losch|losche|loschen|leer|leere|raum|raume|verkauf|"
           r"verkaufe|poste|post|sperr|sperre)\b|\bin deinem namen\b|\b(?:ist|sind) (?:dann |morgen |bald )?"
           r"(?:leer|weg|geloscht|meins|futsch|gesperrt)\b"),
}

# -- "if I were you" + caution + a wink; "you'd better watch yourself" ------------------------------
_IF = {
    "es": (r"\b(?:yo que tu|yo en tu lugar|si yo fuera tu|si fuera tu|yo de ti)\b",
           r"(?:tendria|tendria mucho|iria con) cuidado|andaria con (?:ojo|cuidado)|miraria (?:bien )?(?:por donde|"
           r"detras|atras|a los lados)|no (?:bajaria|andaria|iria|volveria|saldria)|cambiaria de camino",
           r"(?:los |un )?accidentes? (?:pasan|ocurren|pasa|ocurre)|la gente se cae|(?:cosas|de todo) (?:pasa|"
           r"pasan)|solo digo|solo lo digo|ahi lo dejo|avisado|avisada|nunca se sabe|uno nunca sabe|quien sabe "
           r"lo que (?:puede|podria) pasar"),
    "fr": (r"\b(?:a ta place|si j'etais toi|si j'etais a ta place)\b",
           r"(?:ferais|ferai) (?:tres )?(?:attention|gaffe)|regarderais derriere|surveillerais|rentrerais pas|"
           r"marcherais pas|prendrais (?:un autre|pas ce) chemin|eviterais",
           r"(?:les |un )?accidents? (?:ca )?(?:arrivent|arrive)|des choses qui arrivent|je dis (?:ca|juste)|"
           r"t'es prevenue?|tu es prevenue?|on (?:ne )?sait jamais|tout peut arriver"),
    "pt": (r"\b(?:se eu fosse (?:voce|video call|tu)|no seu lugar|no teu lugar|eu no (?:seu|teu) lugar)\b",
           r"(?:tomava|tomaria|teria) (?:muito )?cuidado|(?:andava|andaria|ficava|ficaria) (?:olhando|esperto|"
           r"esperta|de olho)|olhava pros lados|nao (?:andava|andaria|voltava|voltaria|descia)",
           r"acidentes? (?:acontecem|acontece)|(?:coisas|de tudo) acontecem?|so (?:avisando|dizendo|falando)|"
           r"nunca se sabe|(?:escada|rua|caminho)\w* (?:\w+ ){0,3}?(?:e|sao) perigos[ao]s?|ta avisad[oa]"),
    "it": (r"\b(?:se fossi in te|se fossi te|io al tuo posto|al posto tuo|io starei)\b",
           r"(?:starei|sarei) (?:molto )?(?:attent[oa]|accort[oa])|guarderei (?:dietro|alle spalle)|attent[oa]|"
           r"non (?:tornerei|andrei|camminerei)|cambierei strada",
           r"(?:gli )?incidenti (?:capitano|succedono)|(?:le cose|certe cose) (?:capitano|succedono)|dico solo|"
           r"lo dico per te|uomo avvisato|non si sa mai|sai com'e|tutto puo succedere"),
    "de": (r"\b(?:an deiner stelle|wenn ich du ware|ich an deiner stelle|pass lieber|pass besser)\b",
           r"(?:wurde|wurd) ich (?:\w+ ){0,5}?(?:aufpassen|vorsichtig sein|nicht allein|mich umschauen|nicht "
           r"mehr)|aufpassen|auf|vorsichtig",
           r"unfalle (?:passieren|passiern)|(?:so )?(?:was|sowas|es) passiert (?:schnell|halt)|nur so als "
           r"(?:info|tipp|hinweis)|ich sag ja nur|sag ich nur|man weiss (?:ja )?nie|wer weiss was passiert"),
}
_BETTER = {
    "es": r"\b(?:mas te vale|te conviene|mejor) (?:que )?(?:andarte|andar|ir|tener|tengas|andes|vayas|cuidarte|"
          r"cuides|mirar|mires) (?:con )?(?:mucho )?(?:cuidado|ojo|las espaldas|por donde)",
    "fr": r"\b(?:tu ferais mieux de|t'as interet a|tu as interet a|vaut mieux que tu) (?:faire (?:attention|"
          r"gaffe)|fasses (?:attention|gaffe)|surveiller tes arrieres|te mefier|regarder derriere toi)",
    "pt": r"\b(?:e )?melhor (?:voce |video call |tu )?(?:tomar|tomares|ficar|andar) (?:muito )?(?:cuidado|"
          r"esperto|esperta|de olho)",
    "it": r"\b(?:faresti meglio a|ti conviene|e meglio che tu) (?:stare|stia|guardarti|guardare|fare) "
          r"(?:molto )?(?:attent[oa]|le spalle|alle spalle|attenzione)",
    "de": r"\b(?:du solltest|pass) (?:ab jetzt |ab heute |besser |lieber |mal )+(?:gut )?(?:auf dich "
          r"aufpassen|aufpassen|auf|vorsichtig sein)",
}
_FROM_NOW = {
    "es": r"(?: (?:a partir de|desde) (?:ahora|hoy|manana)| de ahora en adelante)",
    "fr": r"(?: (?:a partir de|des) (?:maintenant|aujourd'hui|demain)| desormais| dorenavant)",
    "pt": r"(?: (?:daqui pra|daqui para a|de agora em) (?:frente|diante)| a partir de (?:hoje|agora|amanha))",
    "it": r"(?: da (?:adesso|ora|oggi|domani)(?: in poi)?| d'ora in poi)",
    "de": r"(?: ab (?:jetzt|heute|morgen)| von jetzt an)",
}
_CAUSE = (r"(?!.*?\b(?:mojad[oa]s?|resbal\w*|hielo|nieve|lluvia|fregad[oa]|mouille\w*|glissant\w*|verglas|"
          r"neige|pluie|molhad[oa]|escorregadi\w*|chuva|bagnat[oa]|scivolos[oa]|ghiaccio|pioggia|nass|glatt|"
          r"eis|schnee|regen|examen|examenes|prova|test|verifica|klassenarbeit|controle|capitulo|chapitre|"
          r"capitolo|kapitel|tema|profe|profesor\w*|movil\w*|prof|telephone|portable|professor\w*|celular|"
          r"telefone|telefonino|cellulare|lehrer\w*|handy)\b)")

# -- a pity if the reader's pet disappeared: (triggers, pet, pity + if, gone) -----------------------
_PET: dict[str, tuple[str, str, str, str]] = {
    "es": ("pena lastima triste sorprendas llores",
           r"(?:tu|tus) (?:\w+ )?(?:gato|gata|gatito|perro|perra|perrito|conejo|hamster|loro|tortuga|caballo|"
           r"mascota)",
           r"(?:seria|que) (?:una )?(?:pena|lastima|triste|muy triste)(?: que| si)|no (?:te sorprendas|llores) "
           r"(?:si|cuando)",
           r"desaparec\w*|se pierd\w*|se perdiera|no vuelv\w*|no volviera|le pas\w* algo|se escap\w*"),
    "fr": ("triste dommage bete etonne pleure",
           r"(?:ton|ta|tes) (?:petit |petite |gros |vieux |)(?:chat|chatte|chien|chienne|lapin|hamster|chaton|"
           r"chiot|perroquet|tortue|cheval|poney|animal)",
           r"(?:ce serait|ca serait|serait|c'est) (?:vraiment |trop )?(?:triste|dommage|bete)(?: que| si)|"
           r"(?:t'etonne|t'etonnes|pleure|pleures) pas (?:si|quand)",
           r"dispar\w*|se perde|revienne pas|revient pas|rentre pas|rentrait pas|lui arrive"),
    "pt": ("pena triste surpreenda chora chore",
           r"(?:teu|tua|seu|sua) (?:\w+ )?(?:gato|gata|gatinho|cachorro|cachorra|cachorrinho|coelho|hamster|"
           r"papagaio|tartaruga|cavalo|bicho)",
           r"(?:seria|que) (?:uma )?(?:pena|triste|muito triste)(?: se| que)|nao (?:se surpreenda|chora|chore) "
           r"(?:se|quando)",
           r"sumi\w*|sumisse|desaparec\w*|se perde\w*|nao volta\w*|fugi\w*|acontece\w* algo"),
    "it": ("peccato triste stupirti piangere",
           r"(?:il tuo|la tua|i tuoi|tuo|tua) (?:\w+ )?(?:gatto|gatta|gattino|cane|cagnolino|coniglio|criceto|"
           r"pappagallo|tartaruga|cavallo)",
           r"(?:sarebbe|che) (?:un )?(?:peccato|triste)(?: se| che)|non (?:stupirti|piangere) (?:se|quando)",
           r"spari\w*|sparisse|si perde\w*|non torna\w*|scappa\w*|succede\w* qualcosa"),
    "de": ("schade traurig wundern heul",
           r"(?:dein|deine|euer|eure) (?:\w+ )?(?:katze|kater|hund|hundchen|kaninchen|hase|hamster|"
           r"meerschweinchen|papagei|schildkrote|pferd|haustier)",
           r"(?:war|ware|wars|es ware) (?:echt |voll |so )?(?:schade|traurig),? (?:wenn|falls)|(?:wunder dich|"
           r"heul) (?:nicht|nich) (?:wenn|falls)",
           r"verschwind\w*|verschwunden|weg ist|weglauf\w*|nicht (?:mehr )?(?:heim|nach hause) kommt|was "
           r"passiert"),
}
# the pet's place known, with a wink: (place, wink)
_PET_KNOWN = {
    "es": (r"(?:siempre )?(?:esta|duerme|vive|anda|se queda) (?:suelt[oa]|en el balcon|en el jardin|en la calle|"
           r"fuera|en la terraza|en el patio)",
           r"ojito|cuidado con (?:el|ella)|cuidalo|cuidala|seria una pena|solo digo|ahi lo dejo|para que sepas"),
    "fr": (r"(?:est toujours|dort|vit|reste|sort|traine) (?:\w+ )?(?:dehors|sur le balcon|dans le jardin|dans la "
           r"rue|tout seul|toute seule)",
           r"fais (?:gaffe|attention) a (?:lui|elle)|surveille (?:le|la)|ce serait dommage|je dis ca|pour info"),
    "pt": (r"(?:vive|fica|dorme|anda) (?:\w+ )?(?:solt[oa]|na rua|no quintal|na varanda|fora|sozinh[oa])",
           r"so avisando|seria (?:uma pena|triste)|cuida bem|fica de olho|toma cuidado|so dizendo"),
    "it": (r"(?:sta sempre|dorme|vive|e sempre|gira) (?:\w+ )?(?:fuori|in giardino|sul balcone|in strada|da sol[oa])",
           r"dico solo|tienilo d'occhio|tienila d'occhio|sarebbe un peccato|stai attent[oa]|per info"),
    "de": (r"(?:steht|ist immer|schlaft|lauft|sitzt) (?:\w+ )?(?:drau?ssen|im garten|auf dem balkon|frei|allein)",
           r"nur so als (?:info|tipp)|sag ich nur|ich sag ja nur|war schade|ware schade|pass (?:gut )?auf (?:ihn|"
           r"sie) auf"),
}
_KNOW_WHERE = {"es": r"\bse (?:donde|en que \w+) (?:esta|duerme|vive)", "fr": r"\bje sais ou (?:dort|vit|est)",
               "pt": r"\bsei onde (?:fica|dorme|mora)", "it": r"\bso dove (?:sta|dorme|vive)",
               "de": r"\bich weiss,? wo"}
_PET_THING = {"es": r"(?:tu|vuestr[oa]) (?:\w+ )?(?:perro|gato|conejo|caballo|jaula|caseta)",
              "fr": r"(?:ton|ta|votre) (?:\w+ )?(?:chien|chat|lapin|cheval|cage|niche|clapier)",
              "pt": r"(?:teu|tua|seu|sua) (?:\w+ )?(?:cachorro|gato|coelho|cavalo|gaiola|casinha)",
              "it": r"(?:il tuo|la tua|tuo|tua) (?:\w+ )?(?:cane|gatto|coniglio|cavallo|gabbia|cuccia)",
              "de": r"(?:euer|eure|dein|deine) \w*(?:hund|katze|kaninchen\w*|hasen?\w*|pferd|stall|kafig|hutte)"}

_PET_WORDS = {"es": "perro gato conejo caballo jaula caseta perrito gatito",
              "fr": "chien chat lapin cheval cage niche clapier",
              "pt": "cachorro gato coelho cavalo gaiola casinha",
              "it": "cane gatto coniglio cavallo gabbia cuccia",
              "de": "hund katze kaninchen hase hasen pferd stall kafig hutte kaninchenstall hasenstall hundehutte"}
_HELP = (r"(?!.*?\b(?:collar|chapa|microchip|chip|veterinari[oa]|veto|veterinaire|medaille|collier|puce|"
         r"coleira|plaquinha|veterinario|collare|medaglietta|halsband|marke|tierarzt|cartel\w*|affiche\w*|"
         r"cartaz\w*|volantin\w*|plakat\w*)\b)")

# -- threats by proxy: (triggers, who, will deal with you, will come / wait, close, a plan) ---------
_PROXY: dict[str, tuple[str, str, str, str, str, str]] = {
    "es": ("hermano hermanos primo primos tio colegas amigos de mayores mi",
           r"\b(?:mi|mis) (?:hermano|hermanos|primo|primos|tio|tios)(?: mayor(?:es)?| grande)?\b|\b(?:mis|sus) "
           r"(?:colegas|amigos|panas|compas)\b|\blos (?:de \w+|mayores|grandes|de (?:4|3|2)\w*)\b",
           r"\b(?:se (?:va|van) a encargar de ti|se encarga de ti|se encargan de ti|vienen a por ti|van a por ti|"
           r"va a por ti|viene a por ti|te (?:van|va) a (?:dar|reventar|partir|ajustar las cuentas)|te (?:dan|da) "
           r"(?:lo tuyo|una leccion)|te ensenan|te arreglan)\b",
           r"\bte (?:van a |va a )?(?:buscar|esperar|buscan|busca|esperan|espera|encontrar|encuentran|pillar|pillan|"
           r"ver)\b|\bsaben quien eres\b",
           r"\b(?:preparate|ve preparandote|vete preparando|buena suerte|suerte|(?:why |y |you |ya )?veras|"
           r"cuidadito|ojito|corre|mas te vale no)\b",
           r"(?!.*?\b(?:cine|peli|pelicula|fiesta|cumple|cumpleanos|partido|jugar|futbol|entreno|merienda|pizza|"
           r"jaja\w*|jeje\w*|llevarte|acompanarte)\b)"),
    "fr": ("frere freres cousin cousins oncle potes gars reufs grands mon troisiemes quatriemes terminales "
           "lyceens 3e 4e",
           r"\b(?:mon|mes) (?:grand |grands |)(?:frere|freres|cousin|cousins|oncle|reuf|reufs)\b|\b(?:mes|ses) "
           r"(?:potes|gars|amis|copains|reufs)\b|\bles (?:grands|3e|4e|troisiemes|quatriemes|terminales|lyceens)"
           r"\b",
           r"\b(?:(?:va|vont) s'occuper de toi|s'occupe de toi|s'occupent de toi|(?:va|vont) te regler ton compte|"
           r"(?:va|vont) te tomber dessus|(?:va|vont) te faire ta fete|(?:va|vont) te calmer)\b",
           r"\b(?:(?:vont|va|vient|viennent) (?:venir )?te chercher|(?:passe|passent|vont passer|va passer) te "
           r"voir|t'attend|t'attendent|(?:va|vont) t'attendre|(?:va|vont) te trouver|savent qui tu es)\b",
           r"\b(?:prepare toi|tiens toi pret\w*|bonne chance|tu vas voir|tu verras|t'es prevenue?|bon courage|"
           r"fais gaffe)\b",
           r"(?!.*?\b(?:cine|cinema|film|fete|anniv|anniversaire|match|jouer|foot|entrainement|gouter|pizza|"
           r"mdr|ptdr|lol|ramener|raccompagner)\b)"),
    "pt": ("irmao irmaos primo primos tio amigos caras moleques galera meu",
           r"\b(?:meu|meus) (?:irmao|irmaos|primo|primos|tio|tios)\b|\b(?:os )?(?:amigos dele|amigos deles|caras "
           r"do \w+|moleques do \w+|meus amigos|a galera do \w+)\b",
           r"\b(?:vai|vao) (?:te pegar|te quebrar|atras de (?:voce|video call|ti|tu)|resolver (?:com )?(?:voce|"
           r"video call|tu|contigo)|acertar as contas|cuidar de (?:voce|video call|ti))\b",
           r"\b(?:vai|vao) te (?:esperar|encontrar|achar|buscar|ver)\b|\bte (?:esperam|espera|esperando|acham)\b|"
           r"\bsabem quem (?:voce|video call|tu) (?:e|es)\b",
           r"\b(?:se prepara|prepara|boa sorte|(?:voce |video call |tu )?vai ver(?: so)?|fica esperto|ficar "
           r"esperto|corre)\b",
           r"(?!.*?\b(?:cinema|filme|festa|aniversario|jogo|jogar|bola|futebol|treino|lanche|pizza|kkk\w*|"
           r"haha\w*|carona)\b)"),
    "it": ("fratello fratelli cugino cugini zio amici quelli mio",
           r"\b(?:mio|miei) (?:fratello|fratelli|cugino|cugini|zio)(?: grande| piu grande| maggiore)?\b|\b(?:i "
           r"suoi|i miei|i loro) amici\b|\bquelli (?:di|della|delle) \w+\b",
           r"\b(?:ti (?:sistema|sistemano|sistemera|concia|conciano)|(?:si )?occup\w* di te|ti (?:viene|vengono) "
           r"a (?:cercare|prendere)|ti fa(?:nno)? vedere (?:lui|loro|io))\b",
           r"\bti (?:aspetta|aspettano|aspettera|aspetteranno|cerca|cercano|trova|trovano)\b|\b(?:di )?passare "
           r"(?:al|dal|davanti)\b|\bsanno chi sei\b",
           r"\b(?:preparati|buona fortuna|vedrai|ti conviene non|stai attent[oa]|corri)\b",
           r"(?!.*?\b(?:cinema|film|festa|compleanno|partita|giocare|calcio|allenamento|merenda|pizza|ahah\w*|"
           r"passaggio)\b)"),
    "de": ("bruder bruders cousin cousins onkel jungs freunde kumpels aus von meinem",
           r"\b(?:mein|meine|meinem) (?:grosser |grossen |grosseren |alterer |alteren |)(?:bruder|bruders|"
           r"cousin|cousins|onkel)\b|\b(?:seine|meine|ihre) (?:jungs|freunde|kumpels|leute)\b|\bdie (?:aus der|"
           r"von der) \w+\b",
           r"\b(?:der |die |er |sie )?(?:regelt|regeln|klart|klaren) (?:das )?mit dir\b|\b(?:kriegen|kriegt|"
           r"schnappen|schnappt|knopfen|knopft) (?:sich )?dich\b",
           r"\b(?:warten|wartet|warte) (?:\w+ ){0,5}?auf dich\b|\b(?:besuchen|besucht|finden|findet|holen|holt) "
           r"dich\b|\bkummer\w* sich um dich\b|\bwissen wer du bist\b",
           r"\b(?:mach dich (?:bereit|auf was gefasst)|viel gluck|du wirst (?:schon )?sehen|pass auf|lauf)\b",
           r"(?!.*?\b(?:kino|film|party|geburtstag|spiel|spielen|fussball|training|pizza|essen|haha\w*|lol|"
           r"mitnehmen)\b)"),
}

# -- the reader's family: (triggers, sibling + a routine or class, a wink, a friendly reply, spoil) ---
_FAMILY: dict[str, tuple[str, str, str, str, str]] = {
    "es": ("hermana hermanita hermano hermanito prima primo madre",
           r"\btu (?:\w+ )?(?:hermana|hermanita|hermano|hermanito|prima|primo)(?: \w+)? (?:va a \w+|esta en \w+|"
           r"vuelve sol[oa]|sale sol[oa]|anda sol[oa]|va sol[oa]|sale del cole|coge el bus|juega en \w+)",
           r"\b(?:solo pregunto|solo preguntaba|solo digo|ahi lo dejo|que tenga cuidado|cuidala|cuidalo|ojito|"
           r"cuidado con lo que haces|"
           r"vigilala|vigilalo|seria una pena|mas te vale cuidarla)\b",
           r"(?!.*?\b(?:la mia|el mio|tambien|amigas|amigos|juntos|juntas|jugar|piscina|fiesta|coches|trafico)\b)",
           r"\b(?:me voy a encargar de|voy a hacer) que tu (?:\w+ )?(?:hermana|hermanita|hermano|hermanito|prima|"
           r"primo) (?:tenga|pase|viva) (?:un|una) (?:dia|semana) (?:horrible|de mierda|fatal|terrible|malisim[oa])"
           r"|\bvoy a hacerle la vida imposible a tu (?:\w+ )?(?:hermana|hermano|hermanita|hermanito)\b"),
    "fr": ("soeur frere cousine cousin",
           r"\b(?:ta|ton) (?:petite |petit |grande |grand |)(?:soeur|frere|cousine|cousin)(?: \w+)? (?:est en "
           r"\w+|va a l'ecole|va au college|rentre seule?|rentre tout seul|rentre toute seule|sort seule?|prend le "
           r"bus|joue dehors)",
           r"\b(?:je demande juste|je demandais juste|je dis ca je dis rien|je dis juste|surveille la|surveille le|"
           r"fais attention a (?:elle|lui|ce que tu fais)|garde un oeil sur (?:elle|lui)|ce serait dommage|"
           r"juste une question)\b",
           r"(?!.*?\b(?:la mienne|le mien|aussi|copines|copains|amis|amies|ensemble|jouer|piscine|voitures|"
           r"fete)\b)",
           r"\b(?:je vais|j'vais|jvais) (?:faire en sorte que|m'arranger pour que) (?:ta|ton) (?:petite |petit |)"
           r"(?:soeur|frere|cousine|cousin) (?:passe|ait|vive) (?:une|un) (?:sale|horrible|mauvaise|pire) "
           r"(?:journee|jour|semaine)|\bpourrir la vie (?:de|a) (?:ta|ton) (?:petite |petit |)(?:soeur|frere)\b"),
    "pt": ("irma irmazinha irmao irmaozinho prima primo",
           r"\b(?:tua|teu|sua|seu) (?:\w+ )?(?:irma|irmazinha|irmao|irmaozinho|prima|primo)(?: \w+ \w+| \w+)? "
           r"(?:estuda (?:no|na) \w+|sai (?:da escola )?sozinh[ao]|volta sozinh[ao]|anda sozinh[ao]|vai sozinh[ao]|"
           r"pega o onibus|brinca na rua|(?:e|ta) no \w+)",
           r"\b(?:so (?:avisando|perguntando|dizendo|falando)|fica de olho nel[ae]|cuidado com o que (?:voce |"
           r"video call )?faz|cuida bem del[ae]|toma cuidado "
           r"com el[ae]|seria uma pena|to so perguntando)\b",
           r"(?!.*?\b(?:a minha|o meu|tambem|amig[ao]s|junt[ao]s|brincar|piscina|festa|carros|transito)\b)",
           r"\b(?:vou|eu vou) (?:fazer|garantir que) (?:a )?(?:tua|teu|sua|seu) (?:\w+ )?(?:irma|irmazinha|irmao|"
           r"irmaozinho) (?:ter|tenha|passar|passe) (?:um|uma) (?:dia|semana) (?:horrivel|pessim[ao]|de merda|"
           r"infernal)|\bvou infernizar (?:a vida d[ao] )?(?:tua|teu|sua|seu) (?:irma|irmao)\b"),
    "it": ("sorella sorellina fratello fratellino cugina cugino",
           r"\b(?:la tua|il tuo|tua|tuo) (?:\w+ )?(?:sorella|sorellina|fratello|fratellino|cugina|cugino)"
           r"(?: \w+)? (?:fa la \w+|fa le \w+|e in \w+|va alle \w+|va alla \w+|torna da sol[oa]|esce da sol[oa]|"
           r"prende il pullman|gioca in \w+)",
           r"\b(?:chiedevo solo|chiedo solo|dico solo|tienila d'occhio|tienilo d'occhio|stai attent[oa] a (?:lei|"
           r"lui|quello che fai|quello che dici)|sarebbe un peccato|e solo una domanda)\b",
           r"(?!.*?\b(?:la mia|il mio|anche|amiche|amici|insieme|giocare|piscina|festa|macchine|traffico)\b)",
           r"\bfaro in modo che (?:la tua|il tuo|tua|tuo) (?:\w+ )?(?:sorella|sorellina|fratello|fratellino) "
           r"(?:passi|abbia|viva) (?:una|un) (?:giornataccia|brutta giornata|giornata orribile|settimana orribile)"
           r"|\brendo la vita impossibile a (?:tua|tuo) (?:sorella|fratello)\b"),
    "de": ("schwester bruder cousine cousin",
           r"\b(?:deine|dein) (?:kleine |kleiner |grosse |grosser |)(?:schwester|bruder|cousine|cousin)(?: \w+)? "
           r"(?:ist in der \w+|geht (?:in die|auf die) \w+|geht allein\w*|lauft allein\w*|kommt allein\w*|fahrt "
           r"mit dem bus|spielt (?:drau?ssen|im park))",
           r"\b(?:frag ja nur|frag nur|ich frag ja nur|nur so als (?:info|frage)|pass (?:gut )?auf (?:sie|ihn) "
           r"auf|war schade|ware schade|sag ich nur|ich sag ja nur|pass auf was du machst)\b",
           r"(?!.*?\b(?:meine auch|meiner auch|auch|befreundet|freundinnen|freunde|zusammen|spielen|schwimmbad|"
           r"party|autos|verkehr)\b)",
           r"\bich (?:sorg|sorge) dafur,? dass (?:deine|dein) (?:kleine |kleiner |)(?:schwester|bruder) (?:\w+ )?"
           r"(?:einen|eine) (?:\w+ )?(?:miesen|schlechten|beschissenen|schlimmen|horrortag)\b|\bich mach (?:deiner|"
           r"deinem) (?:kleinen )?(?:schwester|bruder) das leben zur holle\b"),
}

# "I told my brother (what you said)": then any seeking verb is enough
_TOLD = {
    "es": r"\b(?:le )?(?:conte|dije|he contado|he dicho|avise) (?:todo )?a mi (?:hermano|primo|tio)",
    "fr": r"\bj'ai (?:tout )?(?:raconte|dit|explique|montre) a mon (?:grand )?(?:frere|cousin|oncle)",
    "pt": r"\b(?:contei|falei|mostrei) (?:tudo )?(?:pro|para o|pra o|ao) meu (?:irmao|primo|tio)",
    "it": r"\bho (?:raccontato|detto|chiesto|fatto vedere) (?:tutto )?a mio (?:fratello|cugino|zio)",
    "de": r"\b(?:hab|habe) (?:es |alles )?meinem (?:grossen |alteren )?(?:bruder|cousin|onkel) (?:alles )?"
          r"(?:erzahlt|gesagt|gezeigt)",
}


def _rules(lang: str) -> list[Rule]:
    cred, have, take = _ACCOUNT[lang]
    if_, careful, wink = _IF[lang]
    pet_trig, pet, pity, gone = _PET[lang]
    kin_trig, kin, on_you, seek, ready, plan = _PROXY[lang]
    fam_trig, habit, eye, friend, spoil = _FAMILY[lang]
    return [
        rule("threat:stalking", "threat", cred, pair(r"(?:" + have + r")" + NO_WIFI, take)),
        rule("threat:veiled", "threat", _IF_TRIGGERS[lang],
             if_ + ADVICE + r".{0,60}?\b(?:" + careful + r")\b.{0,90}?\b(?:" + wink + r")\b" + _CAUSE),
        rule("threat:veiled", "threat", _BETTER_TRIGGERS[lang],
             _BETTER[lang] + ADVICE + r"\b(?:" + _END + r"|(?: \S+){0,2}?" + _FROM_NOW[lang] + r"|.{0,60}?\b(?:"
             + wink + r")\b)" + _CAUSE),
        rule("threat:veiled", "threat", pet_trig + " " + _PET_WORDS[lang],
             r"\b(?:" + pity + r") (?:\S+ ){0,3}?" + pet + r" (?:\S+ ){0,3}?(?:" + gone + r")" + _HELP + r"|\b"
             + pet + r"\b.{0,80}?\b(?:" + pity + r") (?:\S+ ){0,2}?(?:" + gone + r")" + _HELP + r"|(?:"
             + _KNOW_WHERE[lang] + r" (?:\S+ ){0,2}?" + _PET_THING[lang] + r"|\b" + _PET_THING[lang]
             + r" (?:\S+ ){0,3}?(?:" + _PET_KNOWN[lang][0] + r"))\b.{0,50}?\b(?:" + _PET_KNOWN[lang][1] + r")\b"
             + _HELP),
        rule("threat:violence", "threat", kin_trig,
             r"(?:" + kin + r")" + plan + r"[^?]{0,70}?(?:" + on_you + r")|(?:" + kin + r")" + plan + CONTEST
             + r"[^?]{0,70}?(?:" + seek + r").{0,60}?(?:" + ready + r")|" + _TOLD[lang] + plan + r"[^?]{0,70}?(?:"
             + on_you + r"|" + seek + r")"),
        rule("threat:veiled", "threat", fam_trig,
             habit + r"\b" + friend + FRIENDLY + r".{0,60}?" + eye + r"|" + spoil),
    ]


_IF_TRIGGERS = {"es": "yo si", "fr": "place si", "pt": "se seu teu", "it": "se io posto", "de": "an wenn pass"}
_BETTER_TRIGGERS = {"es": "vale conviene mejor", "fr": "mieux interet", "pt": "melhor", "it": "meglio conviene",
                    "de": "solltest pass"}

RULES: list[Rule] = [r for lang in ("es", "fr", "pt", "it", "de") for r in _rules(lang)] + _EXPOSE_RULES
