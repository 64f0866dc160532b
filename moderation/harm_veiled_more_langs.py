"""Veiled threats of harm_veiled_more.py in es fr pt de it (read its
docstring first; appended to `harm.RULES` with it).

"sigue chivándote a los profes y verás lo que le pasa a tu patinete",
"redis-le à la prof et on verra si ton vélo rentre entier", "fala pro teu
irmãozinho tomar cuidado depois da aula. só tô falando", "am Montag lachst
du nicht mehr. mein Bruder und ich warten an der Bushaltestelle 🔪",
"venerdì non venire a scuola. fidati, succederà qualcosa".  Each shape is a
pair of cues (`pair`): the first (with its exclusions: a test, a reason, a
training day, praise of the pictures) and the second, in either order where
the language says it both ways.

"You'll see" in each language also closes a sibling warning ("dile a tu
hermanito que tenga cuidado al salir del cole. ya verás"); a surprise or a
party after the warning passes (`NOT_FUN`).

Normalised forms: Spanish "y" is read as "why" and "ya" as "you", French
"photos" as "pictures", Portuguese "vc" as "video call", "4" as "for".
"""

from __future__ import annotations

from .harm_veiled_home import _FRIENDLY_DE, _FRIENDLY_ES, _FRIENDLY_FR, _FRIENDLY_IT, _FRIENDLY_PT
from .rule_heads import with_texts
from .rules import Rule, rule

_END = r"(?= ?$| [.!?])"
# "you'll see" ending its sentence, and "trust me", per language
_SEE = {
    "es": r"\b(?:(?:why|you) )?(?:veras|vas a ver)" + _END,
    "fr": r"\btu (?:verras|vas voir)" + _END,
    "pt": r"\b(?:(?:voce|tu|video call) )?vai ver(?: so)?" + _END,
    "de": r"\b(?:du wirst|wirst du) (?:schon |dann )?sehen" + _END,
    "it": r"\bvedrai" + _END,
}
_TRUST = {"es": r"\b(?:creeme|hazme caso)\b", "fr": r"\b(?:crois moi|fais moi confiance)\b",
          "pt": r"\b(?:confia|acredita em mim)\b", "de": r"\b(?:vertrau mir|glaub mir)\b",
          "it": r"\b(?:fidati|credimi)\b"}


def _omen(lang: str) -> str:
    return r"(?:" + _SEE[lang] + r"|" + _TRUST[lang] + r"|\bemoji_knife\b)"


# -- telling again, and a consequence for the reader: (triggers, telling again, consequence) ----------
_AGAIN: dict[str, tuple[str, str, str]] = {
    "es": ("sigue vuelve vuelves vuelvas vez nuevo",
           r"\b(?:sigue (?:chivandote|quejandote|contandoselo|diciendoselo|acusandome|denunciandome|"
           r"reportandome|yendo con el cuento)|(?:vuelve|vuelves|vuelvas) a (?:chivar|quejar|contar|"
           r"decir|denunciar|reportar|acusar|ir con el cuento)\w*|(?:diselo|dilo|cuentaselo|cuentalo|"
           r"chivate|quejate|denunciame|reportame|acusame)(?: \S+){0,4}? (?:otra vez|de nuevo|una vez mas)|"
           r"(?:si|como) (?:te )?(?:chivas|quejas|lo cuentas|se lo dices|se lo cuentas|me denuncias|me "
           r"reportas)(?: \S+){0,4}? (?:otra vez|de nuevo))\b",
           r"(?:\b(?:veras|vas a ver) lo que (?:te (?:pasa|va a pasar)|le (?:pasa|va a pasar) a tu|pasa|va "
           r"a pasar)\b|\ba "
           r"ver (?:si tu \w+ (?:llega|sigue|vuelve|aguanta)|como (?:llegas|vuelves|sales)(?: \w+){0,2}? "
           r"(?:a casa|al cole|al colegio|al insti|a clase|manana|a la salida))\b|\b(?:cuida|cuidado con|"
           r"despidete de) tu (?:bici|bicicleta|patinete|movil|mochila|cara|telefono|moto|perro|gato|"
           r"tablet|consola)\b|\b(?:te esperamos|te estaremos esperando|nos vemos)(?: \S+){0,2}? (?:a la "
           r"salida|fuera del (?:cole|colegio|insti)|en la parada|detras del))"),
    "fr": ("continue continues redis encore nouveau plus",
           r"\b(?:continues? (?:a|de) (?:balancer|cafter|te plaindre|rapporter|me denoncer|me signaler|"
           r"pleurer)|redis(?: le| ca)?|(?:le dire|le redire|balancer|cafter|rapporter|te plaindre|me "
           r"denoncer|me signaler|pleurer|balance|cafte|plains toi)(?: \S+){0,4}? encore|(?:si|quand) tu "
           r"(?:te plains|balances|caftes|le dis|le redis|me denonces|me signales|rapportes|vas pleurer)"
           r"(?: \S+){0,4}? (?:encore|a nouveau|une fois de plus))\b",
           r"(?:\btu (?:verras|vas voir) ce qui (?:t'arrive|t arrive|va t'arriver|arrive a (?:ta|ton|tes)|"
           r"(?:va )?se passer?a?\b)|"
           r"\bon (?:va )?(?:verra|voir) (?:si (?:ton|ta|tes) \w+ (?:rentre|arrive|reste|tient|survit)|"
           r"comment tu (?:rentres|arrives|reviens|vas rentrer))\b|\b(?:fais gaffe a|fais attention a|dis "
           r"adieu a) (?:ton|ta|tes) (?:velo|trottinette|scooter|telephone|portable|sac|tete|affaires|chien|"
           r"chat|tablette|console)\b|\b(?:on t'attend|on t attend|on te retrouve)(?: \S+){0,2}? (?:a la "
           r"sortie|devant le (?:college|lycee|portail)|apres les cours|a l'arret))"),
    "pt": ("continua novo vez",
           r"\b(?:continua (?:dedurando|reclamando|contando|me denunciando|me reportando|chorando|"
           r"caguetando|fofocando)|(?:conta|fala|reclama|dedura|me denuncia|me reporta|chora)(?: \S+){0,4}? "
           r"(?:de novo|outra vez|mais uma vez)|(?:se|quando) (?:voce |video call |tu )?(?:reclamar|contar|"
           r"falar|dedurar|me denunciar|chorar|caguetar)(?: \S+){0,4}? (?:de novo|outra vez|mais uma vez))\b",
           r"(?:\b(?:ve|veja|vai ver) o que (?:acontece|vai acontecer)(?: com (?:a tua|a sua|o teu|o seu|voce|"
           r"tu))?\b|\b(?:vamos|vou|quero) ver (?:se (?:a tua|a sua|o teu|o seu) \w+ (?:chega|continua|volta|"
           r"sobrevive)|como (?:voce |video call |tu )?(?:chega|volta|sai))\b|\b(?:cuida|cuidado com|da "
           r"tchau pra|diz adeus a) (?:a |o )?(?:tua|sua|teu|seu) (?:bike|bicicleta|patinete|celular|mochila|"
           r"cara|cachorro|gato|tablet)\b|\b(?:a gente te espera|te esperamos)(?: \S+){0,2}? (?:na saida|no "
           r"portao|depois da aula|no ponto))"),
    "de": ("nochmal einmal wieder weiter mal",
           r"\b(?:(?:petz|verpetz|beschwer dich|sag es|sags|erzahl es|erzahls|meld mich|heul)(?: \S+){0,4}? "
           r"(?:nochmal|noch einmal|noch mal|wieder)|(?:petz|beschwer dich|meld mich|heul) (?:ruhig |nur |)"
           r"weiter|wenn du (?:nochmal|noch einmal|wieder)(?: \S+){0,3}? (?:petzt|beschwerst|erzahlst|sagst|"
           r"meldest|heulst))\b",
           r"(?:\b(?:schau|guck|sieh|mal sehen|du wirst (?:schon )?sehen),? was (?:dann )?(?:mit (?:dir|deinem|"
           r"deiner|deinen) (?:\w+ )?|dir )?passiert\b|\b(?:wir werden|mal) sehen,? (?:ob (?:dein|deine) \w+ (?:heil|"
           r"ganz|noch|nach hause|ankommt|uberlebt)|wie du (?:nach hause|zur schule|heim))|\bpass (?:gut |"
           r"mal |bloss |)auf (?:dein|deine|deinen) (?:fahrrad|rad|roller|handy|tasche|rucksack|gesicht|zahne|"
           r"sachen|hund|katze|tablet|konsole) auf\b|\b(?:wir warten|wir treffen uns)(?: \S+){0,2}? (?:nach "
           r"der schule|am tor|hinter der|an der bushaltestelle))"),
    "it": ("continua nuovo ancora volta",
           r"\b(?:continua a (?:fare la spia|lamentarti|dirlo|raccontarlo|denunciarmi|segnalarmi|piangere)|"
           r"(?:dillo|ridillo|raccontalo|lamentati|fai la spia|denunciami|segnalami|vai a piangere)"
           r"(?: \S+){0,4}? (?:di nuovo|ancora|un'altra volta|un altra volta)|(?:se|quando) (?:ti lamenti|"
           r"fai la spia|lo dici|lo racconti|mi denunci|mi segnali|vai a piangere)(?: \S+){0,4}? (?:di "
           r"nuovo|ancora|un'altra volta))\b",
           r"(?:\b(?:vedi|vedrai|guarda) (?:cosa|che) (?:ti )?(?:succede|succedera)(?: (?:a te|al tuo|alla "
           r"tua|ai tuoi))?\b|\bvedrai cosa ti succede\b|\bvediamo (?:se (?:il tuo|la tua) \w+ (?:arriva|torna|"
           r"resta|sopravvive)|come (?:arrivi|torni|esci))\b|\b(?:occhio a|attento a|attenta a|saluta) "
           r"(?:il tuo|la tua|i tuoi) (?:bici|motorino|monopattino|telefono|cellulare|zaino|faccia|cane|"
           r"gatto|tablet)\b|\b(?:ti aspettiamo|ci vediamo)(?: \S+){0,2}? (?:all'uscita|all uscita|fuori "
           r"(?:da )?scuola|dopo scuola|alla fermata))"),
}

# -- the reader's routine known, then "you'll see": (triggers, knowledge, friendly tail) -----------------
_ROUTINE: dict[str, tuple[str, str, str]] = {
    "es": ("vuelves sales llegas caminas vas esperas pasas andas coges tomas regresas+se sabemos conozco",
           r"\b(?:se|sabemos|conozco) (?:que|a que hora|cuando|donde|por donde|por que calle)(?: \w+){0,3}? "
           r"(?:vuelves|sales|llegas|caminas|vas|esperas|pasas|andas|coges|tomas|regresas)\b", _FRIENDLY_ES),
    "fr": ("sais sait connais",
           r"\b(?:je sais|on sait|je connais) (?:que|a quelle heure|quand|ou|par ou|le chemin que)"
           r"(?: \w+){0,2}? (?:rentres|sors|passes|marches|attends|prends|arrives|vas)\b", _FRIENDLY_FR),
    "pt": ("sei sabemos conheco",
           r"\b(?:sei|sabemos|conheco) (?:que|a que horas|que horas|quando|onde|por onde)(?: \w+){0,3}? "
           r"(?:volta|voltas|sai|sais|chega|chegas|passa|passas|anda|andas|espera|esperas|pega|pegas)\b",
           _FRIENDLY_PT),
    "de": ("weiss wissen kenne kenn",
           r"\b(?:ich weiss|wir wissen|ich kenne?),? (?:dass|wann|wo|wie|welchen weg)(?: \w+){0,6}? (?:gehst|"
           r"lauefst|laufst|kommst|fahrst|wartest|nimmst|allein|alleine)\b", _FRIENDLY_DE),
    "it": ("torni esci passi cammini aspetti prendi arrivi vai+so sappiamo conosco",
           r"\b(?:so|sappiamo|conosco) (?:che|a che ora|quando|dove|per dove|la strada che)(?: \w+){0,4}? "
           r"(?:torni|esci|passi|cammini|aspetti|prendi|arrivi|vai)\b", _FRIENDLY_IT),
}

# -- a sibling warned, with a wink: (triggers, the warning with its reasons excluded, the wink) ------------
_KIN: dict[str, tuple[str, str, str]] = {
    "es": ("dile avisale decile",
           r"\b(?:dile|avisale|decile) a tu (?:hermano|hermana|hermanito|hermanita|prima|primo|madre|mama|"
           r"padre|papa|novio|novia)(?: \w+)? que (?:tenga cuidado|se cuide|vaya con cuidado|mire (?:bien )?"
           r"por donde|cambie de camino|vaya por otro camino|tome otro camino|no vuelva sol[oa]|no salga|se "
           r"quede en casa|cierre (?:bien )?la puerta)\b(?!.*?\b(?:porque|por que|hielo|nieve|lluvia|"
           r"tormenta|cerrad[oa]|obras|trafico|perros?|desconocid[oa]s?|senor|hombre|accidente|oscuro|"
           r"resbala\w*|policia)\b)",
           r"\b(?:solo digo|nomas digo|creeme|hazme caso|ya sabes por que|por su (?:propio )?bien|avisad[oa] "
           r"(?:estas|quedas)|no digo nada|ahi lo dejo)\b"),
    "fr": ("dis",
           r"\bdis a (?:ton|ta) (?:petit frere|petite soeur|frere|soeur|cousin|cousine|mere|pere|copain|"
           r"copine)(?: \w+)? (?:de faire (?:attention|gaffe)|de prendre un autre chemin|de changer de chemin|"
           r"de (?:ne )?pas rentrer seule?|de rester (?:chez (?:lui|elle)|a la maison)|de fermer (?:bien )?"
           r"la porte|de se mefier|qu'(?:il|elle) fasse (?:attention|gaffe))\b(?!.*?\b(?:parce que|car|"
           r"verglas|neige|pluie|orage|fermee?|travaux|circulation|chiens?|inconnu|monsieur|homme|accident|"
           r"noir|glissant|police)\b)",
           r"\b(?:je dis ca|jdcjdr|jdis ca|crois moi|fais moi confiance|tu sais pourquoi|pour son bien|t'es "
           r"prevenue?|tu es prevenue?)\b"),
    "pt": ("fala diz avisa",
           r"\b(?:fala|diz|avisa) (?:pro|pra|para o|para a|ao|a) (?:teu|tua|seu|sua) (?:irmao|irma|irmaozinho|"
           r"irmazinha|primo|prima|mae|pai|namorado|namorada)(?: \w+)? (?:tomar cuidado|ter cuidado|se cuidar|"
           r"mudar de caminho|ir por outro caminho|pegar outro caminho|nao voltar sozinh[oa]|ficar em casa|"
           r"trancar a porta)\b(?!.*?\b(?:porque|gelo|chuva|tempestade|fechad[ao]|obras?|transito|"
           r"cachorros?|estranho|homem|acidente|escuro|escorregadio|policia|alagad[oa])\b)",
           r"\b(?:so (?:to|estou) (?:falando|dizendo)|so falando|so dizendo|confia|acredita em mim|(?:voce|tu) "
           r"sabe por que|pro bem del[ae]|fica a dica|(?:ta|esta) avisad[oa])\b"),
    "de": ("sag",
           r"\bsag (?:deinem|deiner) (?:kleinen |grossen |)(?:bruder|schwester|cousin|cousine|mutter|mama|"
           r"vater|papa|freund|freundin)(?: \w+)?,? (?:(?:er|sie) soll (?:\w+ ){0,4}?(?:aufpassen|vorsichtig "
           r"sein|einen anderen weg nehmen|zu hause bleiben|die tur abschliessen)|(?:dass )?(?:er|sie) "
           r"(?:\w+ ){0,4}?(?:aufpassen|vorsichtig sein) soll)\b(?!.*?\b(?:weil|denn|glatteis|eis|schnee|"
           r"regen|gewitter|gesperrt|baustelle|verkehr|hunde?|fremder|mann|typ|unfall|dunkel|glatt|polizei|"
           r"umleitung)\b)",
           r"\b(?:ich sag ja nur|ich sag nur|sag ich nur|vertrau mir|glaub mir|du weisst schon warum|zu "
           r"(?:seinem|ihrem) besten|du bist gewarnt)\b"),
    "it": ("fratellino sorellina fratello sorella cugino cugina mamma madre papa padre ragazzo ragazza",
           r"\b(?:di'?|dici) (?:al tuo|alla tua) (?:fratellino|sorellina|fratello|sorella|cugino|cugina|"
           r"mamma|madre|papa|padre|ragazzo|ragazza)(?: \w+)? (?:di stare attent[oa]|di fare attenzione|di "
           r"cambiare strada|di (?:prendere|fare) un'?altra strada|di non tornare da sol[oa]|di restare a "
           r"casa|di chiudere (?:bene )?la porta|che stia attent[oa])\b(?!.*?\b(?:perche|ghiaccio|neve|"
           r"pioggia|temporale|chius[oa]|lavori|traffico|cani|cane|sconosciut[oa]|signore|incidente|buio|"
           r"scivolos[oa]|polizia|allagat[oa])\b)",
           r"\b(?:dico solo|dico e basta|fidati|credimi|sai tu perche|per il suo bene|uomo avvisato|sei "
           r"avvisat[oa]|non dico altro)\b"),
}

# -- "you won't be laughing on monday" with someone or a knife coming: (triggers, laugh, coming) --------
_LAUGH: dict[str, tuple[str, str, str]] = {
    "es": ("reir reiras riendo gracioso graciosa",
           r"\bno te (?:vas a reir|reiras|vas a estar riendo|vas a hacer el gracioso|vas a hacer la graciosa)"
           r"\b(?!.*?\b(?:examen|control|prueba|deberes|notas?|resultados|nivel|partido|juego|episodio|"
           r"temporada|boletin|castigo|dentista|vacuna)\b)",
           r"(?:\bmis? (?:hermano|hermanos|primo|primos|colegas|amigos|banda)(?: mayor(?:es)?)? (?:why|y) yo\b|"
           r"\b(?:estaremos|te esperamos|te estaremos esperando|vamos a estar)\b|" + _omen("es") + r")"),
    "fr": ("moins",
           r"\btu (?:rigoleras|riras|vas rigoler|vas rire|feras|vas faire) moins\b(?!.*?\b(?:controle|interro|"
           r"examen|exam|brevet|bac|devoirs|notes?|resultats|niveau|match|jeu|episode|saison|bulletin|"
           r"colle|dentiste|vaccin)\b)",
           r"(?:\b(?:mon|mes) (?:grand frere|frere|freres|cousin|cousins|potes|amis|gars) et moi\b|\bon "
           r"(?:sera|t'attendra|t attendra|va t'attendre|va t attendre)\b|" + _omen("fr") + r")"),
    "pt": ("rir rindo graca",
           r"\bnao vai (?:rir|mais rir|estar rindo|achar graca)\b(?!.*?\b(?:prova|provas|teste|exame|dever|"
           r"licao|notas?|resultados?|nivel|fase|jogo|partida|episodio|temporada|boletim|dentista|vacina)\b)",
           r"(?:\beu e (?:meu|meus) (?:irmao|irmaos|primo|primos|amigos|parceiros|manos)\b|\b(?:vamos estar|a "
           r"gente vai estar|vamos te esperar|a gente te espera|te esperamos)\b|" + _omen("pt") + r")"),
    "de": ("lachen lachst",
           r"\b(?:lachst du nicht mehr|wirst du nicht mehr lachen|du lachst (?:bald |dann |)nicht mehr|"
           r"vergeht dir das lachen|dir vergeht das lachen)\b(?!.*?\b(?:\w*arbeit|test|klausur|prufung|"
           r"hausaufgaben|noten?|ergebnisse?|level|spiel|match|folge|staffel|zeugnis|nachsitzen|zahnarzt|"
           r"impfung)\b)",
           r"(?:\bmein (?:grosser |)(?:bruder|cousin) und ich\b|\bmeine (?:bruder|cousins|kumpels|jungs|"
           r"freunde) und ich\b|\bwir (?:warten|sind|stehen) (?:\w+ )?(?:an der|am|vor|bei)\b|"
           + _omen("de") + r")"),
    "it": ("riderai ridi ridere",
           r"\b(?:non (?:riderai|ridi|ridirai) piu|smetterai di ridere|non riderai)\b(?!.*?\b(?:verifica|"
           r"compito|interrogazione|esame|test|compiti|voti?|risultati|livello|partita|gioco|puntata|"
           r"episodio|stagione|pagella|dentista|vaccino)\b)",
           r"(?:\bio e (?:mio|i miei) (?:fratello|fratelli|cugino|cugini|amici)\b|\b(?:saremo|ti aspettiamo|"
           r"ti aspetteremo)\b|" + _omen("it") + r")"),
}

# -- a school place and "don't bring your mum this time": (triggers, no mum, place) ------------------
_MUM_ES = r"(?:mama|madre|papa|padre|profe|hermano mayor|novio|guardaespaldas|amigos|amigas)"
_NO_MUM: dict[str, tuple[str, str, str]] = {
    "es": ("traigas vengas",
           r"\b(?:esta vez no (?:traigas|vengas con) a tu " + _MUM_ES + r"|no (?:traigas|vengas con) a tu "
           + _MUM_ES + r"(?: \S+)? (?:esta vez|para que te (?:proteja|salve|defienda)))\b(?!.*?\b(?:"
           r"verguenza|fiesta|cumple|cine|peli|pelicula|compras|centro comercial|tarta|ensayo)\b)",
           r"\b(?:detras del (?:gimnasio|cole|colegio|insti|pabellon)|a la salida|en la puerta del (?:cole|"
           r"colegio|insti)|fuera del (?:cole|colegio|insti)|despues de clases?|en la parada|en el recreo)\b"),
    "fr": ("ramene amene",
           r"\b(?:ne )?(?:ramene|amene) pas (?:ta|ton|tes) (?:mere|maman|soeur|prof|pere|papa|grand frere|"
           r"frere|garde du corps|parents|potes)(?: \S+)? (?:cette fois|pour te proteger|pour te defendre)\b"
           r"(?!.*?\b(?:honte|fete|anniv\w*|cinema|film|shopping|gateau|repetition)\b)",
           r"\b(?:derriere le (?:gymnase|college|lycee)|a la sortie|apres les cours|apres l'ecole|devant le "
           r"(?:college|lycee|portail|bahut)|a l'arret de bus|a la recre)\b"),
    "pt": ("traz traga venha",
           r"\b(?:(?:dessa|desta) vez nao (?:traz|traga|venha com) (?:a |o )?(?:tua|sua|teu|seu) (?:mae|mamae|"
           r"pai|papai|professora|professor|irmao mais velho|namorado|amigos)|nao (?:traz|traga) (?:a |o )?"
           r"(?:tua|sua|teu|seu) (?:mae|mamae|pai|papai|professora|professor|irmao mais velho)(?: \S+)? "
           r"(?:dessa vez|desta vez|pra te proteger|pra te defender))\b(?!.*?\b(?:vergonha|festa|"
           r"aniversario|cinema|filme|shopping|bolo|ensaio|mico)\b)",
           r"\b(?:atras da (?:quadra|escola|cantina)|na saida|depois da aula|no portao|na frente da escola|no "
           r"ponto|no recreio)\b"),
    "de": ("bring",
           r"\bbring (?:(?:diesmal|dieses mal) (?:nicht|keine) (?:deine|deinen) (?:mama|mutter|papa|vater|"
           r"eltern|lehrerin|lehrer|grossen bruder|bruder|freunde|kumpels) mit|(?:nicht|keine) (?:deine|"
           r"deinen) (?:mama|mutter|papa|vater|eltern|lehrerin|lehrer|grossen bruder) mit,? (?:diesmal|dieses "
           r"mal))\b(?!.*?\b(?:peinlich|party|geburtstag|kino|film|shoppen|einkaufen|kuchen|probe)\b)",
           r"\b(?:hinter der (?:turnhalle|schule|sporthalle)|nach der schule|nach dem unterricht|am (?:schul)?"
           r"tor|vor der schule|an der bushaltestelle|in der pause|auf dem schulhof)\b"),
    "it": ("portare",
           r"\b(?:(?:stavolta|questa volta) non portare (?:\w+ ){0,2}?(?:mamma|madre|papa|padre|prof|"
           r"fratellone|genitori|amici)|non portare (?:\w+ ){0,2}?(?:mamma|madre|papa|padre|prof|fratellone|"
           r"genitori)(?: \S+)? (?:stavolta|questa volta|a difenderti|a proteggerti))\b(?!.*?\b(?:vergogna|"
           r"imbarazz\w*|festa|compleanno|cinema|film|shopping|torta|prove)\b)",
           r"\b(?:dietro la (?:palestra|scuola)|all'uscita|all uscita|dopo scuola|fuori (?:da )?scuola|al "
           r"cancello|davanti a scuola|alla fermata|in ricreazione)\b"),
}

# -- "wait till everyone sees the pics", then "you'll see": (triggers, the wait) ---------------------------
_PICS: dict[str, tuple[str, str]] = {
    "es": ("espera esperate",
           r"\b(?:espera|esperate) (?:a|al|hasta|a que)(?: \S+){0,5}? (?:vean|vea) (?:las|tus|esas|los) "
           r"(?:fotos|pictures|videos|capturas|chats|mensajes)\b(?!.*?\b(?:preciosas|bonitas|geniales|"
           r"increibles|encantan|guap[oa]s?|viaje|excursion|fiesta|cumple|boda|graduacion|orgullos\w*|"
           r"lindas|chulas)\b)"),
    "fr": ("attends attend",
           r"\battends? (?:lundi|mardi|mercredi|jeudi|vendredi|demain|que)(?: \S+){0,5}? (?:verra|voient|"
           r"verront|voie) (?:les|tes|ces) (?:pictures|photos|videos|captures|screens|messages)\b(?!.*?\b(?:"
           r"belles|beaux?|magnifiques|geniales|trop bien|adore|voyage|sortie scolaire|fete|anniv\w*|"
           r"mariage|fiere?|jolies)\b)"),
    "pt": ("espera espere",
           r"\b(?:espera|espere) (?:ate|pra|a)(?: \S+){0,5}? (?:ver|verem|vir|virem|vejam|veja) (?:as|tuas|"
           r"suas|essas) (?:fotos|videos|prints|conversas|mensagens)\b(?!.*?\b(?:lindas?|bonitas?|incriveis|"
           r"perfeitas|amei|viagem|excursao|festa|aniversario|casamento|formatura|orgulh\w*)\b)"),
    "de": ("warte",
           r"\bwarte (?:bis|nur bis|ab)(?: \S+){0,5}? (?:(?:die|deine|diese) (?:bilder|fotos|pictures|videos|"
           r"screenshots|chats|nachrichten) (?:sieht|sehen)|(?:sieht|sehen) (?:die|deine|diese) (?:bilder|"
           r"fotos|pictures|videos|screenshots))\b(?!.*?\b(?:so schon|sehr schon|schone|wunderschon|toll|"
           r"super|genial|mega|klassenfahrt|ausflug|urlaub|party|geburtstag|hochzeit|stolz|hubsch)\b)"),
    "it": ("aspetta",
           r"\baspetta (?:che|lunedi|domani|martedi|mercoledi|giovedi|venerdi|fino a)(?: \S+){0,5}? "
           r"(?:vedranno|vedano|vede|vedra|vedono) (?:le|tue|le tue|quelle) (?:foto|video|screenshot|chat|"
           r"messaggi)\b(?!.*?\b(?:bellissime|belle|stupende|fantastiche|gita|vacanza|festa|compleanno|"
           r"matrimonio|fier[oa]|carine)\b)"),
}

# -- "don't come to school on friday" with "trust me, something will happen": (triggers, stay away, warned)
_STAY: dict[str, tuple[str, str, str]] = {
    "es": ("vengas vayas aparezcas",
           r"\bno (?:vengas|vayas|aparezcas) (?:al cole|al colegio|al insti|a clases?|a la escuela)\b(?!.*?\b(?:"
           r"formacion|huelga|cerrad[oa]|festivo|vacaciones|puente|nieve|enferm\w*|fiebre|excursion|no hay "
           r"clases?|examen|aburrid[oa]|nada|cancelad[oa]|simulacro|gripe|contagi\w*|vomit\w*|sustitut[oa]|"
           r"lluvia)\b)",
           r"\b(?:creeme|hazme caso|va a pasar algo|algo va a pasar|pasara algo|estas avisad[oa]|quedas "
           r"avisad[oa]|por tu (?:propio )?bien|emoji_knife)\b"),
    "fr": ("college lycee ecole lecole cours bahut+viens vient va",
           r"\b(?:viens|vient|va) pas (?:au college|au lycee|a l'ecole|en cours|au bahut)\b(?!.*?\b(?:"
           r"pedagogique|greve|ferme|vacances|pont|ferie|neige|malade|fievre|sortie|pas (?:de )?cours|"
           r"controle|ennuyeux|chiant|rien|annule\w*|exercice|grippe|contagieux|vomi\w*|remplacant\w*|"
           r"pluie)\b)",
           r"\b(?:crois moi|fais moi confiance|il va se passer (?:un truc|quelque chose)|(?:un truc|quelque "
           r"chose) va se passer|t'es prevenue?|tu es prevenue?|pour ton bien|emoji_knife)\b"),
    "pt": ("escola aula colegio+vem venha va vai",
           r"\bnao (?:vem|venha|va|vai) (?:pra|para a|na|a) (?:escola|aula|colegio)\b(?!.*?\b(?:formacao|greve|"
           r"fechad[ao]|feriado|ferias|emenda|doente|febre|excursao|sem aula|nao tem aula|prova|chato|nada|"
           r"cancelad[ao]|simulado|gripe|contagi\w*|vomit\w*|substitut[oa]|chuva)\b)",
           r"\b(?:confia|acredita em mim|vai acontecer (?:alguma coisa|algo|uma coisa)|(?:alguma coisa|algo) "
           r"vai acontecer|(?:ta|esta) avisad[oa]|pro (?:teu|seu) bem|emoji_knife)\b"),
    "de": ("komm geh",
           r"\b(?:komm|geh) (?:\w+ )?(?:nicht|bloss nicht|lieber nicht) (?:\w+ )?(?:in die schule|zur schule)\b"
           r"(?!.*?\b(?:\w*fortbildung|streik|geschlossen|ferien|feiertag|brucke|schnee|krank|fieber|ausflug|"
           r"kein unterricht|unterrichtsfrei|arbeit|test|langweilig|nichts|fallt aus|ausfall|probealarm|"
           r"grippe|ansteckend|kotz\w*|vertretung|regen|hitzefrei|wandertag)\b)",
           r"\b(?:vertrau mir|glaub mir|(?:da |dann |es )?passiert (?:was|etwas)|(?:was|etwas) wird passieren|"
           r"du bist gewarnt|zu deinem besten|emoji_knife)\b"),
    "it": ("venire andare",
           r"\bnon (?:venire|andare) (?:a scuola|in classe|a lezione)\b(?!.*?\b(?:sciopero|chius[ao]|vacanz\w*|"
           r"ponte|festa|festivo|neve|malat[oa]|febbre|gita|niente lezione|verifica|noios[oa]|niente|"
           r"annullat[ao]|evacuazione|influenza|contagios[oa]|vomit\w*|supplente|pioggia|assemblea|"
           r"formazione)\b)",
           r"\b(?:fidati|credimi|succedera qualcosa|qualcosa succedera|succede qualcosa|sei avvisat[oa]|uomo "
           r"avvisato|per il tuo bene|emoji_knife)\b"),
}


# a surprise or a party the sibling is warned about ("dile a tu madre que se quede en casa el sábado,
# es una sorpresa. ya verás"): read after the warning, as its reasons are
NOT_FUN = {
    "es": r"(?!.*?\b(?:sorpresa|regalo|fiesta|cumple\w*|jaja\w*)\b)",
    "fr": r"(?!.*?\b(?:surprise|cadeau|fete|anniv\w*|mdr|haha\w*)\b)",
    "pt": r"(?!.*?\b(?:surpresa|presente|festa|aniversario|kkk+|haha\w*)\b)",
    "de": r"(?!.*?\b(?:uberraschung|geschenk|party|geburtstag|haha\w*)\b)",
    "it": r"(?!.*?\b(?:sorpresa|regalo|festa|compleanno|ahah\w*|haha\w*)\b)",
}


# where or when the thing might come to harm: "wenn da nachts was passiert", "wenn damit was passiert"
_WHERE_DE = r"(?:(?:damit|mit (?:ihm|ihr|dem|der)|da|dort|nachts|heute nacht|in der nacht) )"


def _pair(triggers: str, first: str, second: str, back: bool = True) -> Rule:
    """`first` then `second` within the message, or (`back`) the reverse;
    `triggers` are words of `first` ("+"-separated: then words of which one
    must also be present)."""
    src = r"(?:" + first + r").{0,120}?(?:" + second + r")"
    if back:
        src += r"|(?:" + second + r").{0,60}?(?:" + first + r")"
    trig, _, req = triggers.partition("+")
    return rule("threat:veiled", "threat", trig, src, requires=req)


def _no_mum(triggers: str, no_mum: str, place: str) -> Rule:
    """The pair with the exclusions ending `no_mum` (a party, a film) read
    after the place as well: the place usually comes first."""
    return _pair(triggers, no_mum, place + no_mum[no_mum.rindex("(?!.*?"):])


# texts one of which every match of a rule's first half contains, where its triggers
# are everyday words ("plus", "wissen"): a message with none of them is skipped
# before the rule's regexes (`rule_heads.with_texts`)
_AGAIN_TEXTS = {"fr": ("encore", "redis", "continue", "a nouveau", "une fois de plus")}
ROUTINE_TEXTS = {"de": ("ich weiss", "wir wissen", "ich kenn")}


def _texts(r: Rule, texts: tuple[str, ...] | None) -> Rule:
    return with_texts(r, texts) if texts else r


RULES: list[Rule] = [
    *(_texts(_pair(t, a, c), _AGAIN_TEXTS.get(lang)) for lang, (t, a, c) in _AGAIN.items()),
    *(_texts(_pair(t, k, _SEE[lang] + f, back=False), ROUTINE_TEXTS.get(lang))
      for lang, (t, k, f) in _ROUTINE.items()),
    *(_pair(t, k + NOT_FUN[lang], w + "|" + _SEE[lang]) for lang, (t, k, w) in _KIN.items()),
    *(_pair(t, laugh, coming) for t, laugh, coming in _LAUGH.values()),
    *(_no_mum(t, m, p) for t, m, p in _NO_MUM.values()),
    *(_pair(t, w, _omen(lang), back=False) for lang, (t, w) in _PICS.items()),
    *(_pair(t, s, w) for t, s, w in _STAY.values()),
    # "nice bike, it'd be a shame if something happened to it" (es fr it: harm_veiled.py)
    rule("threat:veiled", "threat", "pena",
         r"\b(?:bel[ao]|bonit[ao]|lind[ao]|legal|maneir[ao]|nov[ao])(?: \S+){1,5}? seria uma pena se "
         r"(?:acontecesse|rolasse) (?:alguma coisa|algo) com (?:ela|ele|eles|elas)\b(?!.*?\b(?:cadeado|"
         r"capinha|capa|seguro|cuidado|pelicula)\b)"),
    rule("threat:veiled", "threat", "schade",
         r"\b(?:schon|nett|cool|toll|hubsch|neu)\w*(?: \S+){1,5}? (?:ware|war|wars|es ware|das ware) (?:doch "
         r"|echt |ja |)schade,? wenn (?:(?:\w+ ){0,2}?(?:was|etwas|irgendwas) " + _WHERE_DE + r"{1,2}|"
         + _WHERE_DE + r"{1,2}(?:was|etwas|irgendwas) (?:\w+ )?)(?:passiert|passieren wurde)\b(?!.*?\b(?:schloss|"
         r"hulle|versicherung|vorsichtig|pass auf|alarmanlage|kamera)\b)"),
]
