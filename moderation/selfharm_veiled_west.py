"""Veiled first-person disclosures in pt fr de it (the class:
`selfharm_veiled.py`; en es and the shared everyday reasons are in
`selfharm_veiled_eu.py`)."""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_base import Table, alone, decided, pair, rules_of
from .selfharm_veiled_eu import M_ALL, M_DEVICE, M_GIVE, M_GRIEF, M_MOVE, M_PAST, MS_ALL

# -- pt ---------------------------------------------------------------------------------------
_DAY_PT = r"segunda|terca|quarta|quinta|sexta|sabado|domingo|hoje a noite|amanha|esse fim de semana|esse fds"
_M_PT = (
    M_ALL + r"|jogo|partida|nivel|time|futebol|clube|treino|aulas?|curso|saio do|saio da|mudanca|mudar|"
    r"viagem|ferias|acampamento|aniversario|festa|termin\w* com|temporada|dieta|trampo|trabalho|leite|"
    r"comida|iogurte|passaporte|cartao|cabelo|tinta|pintar|grande|velh[oa]|nov[oa]|vendi|vender|troca|"
    r"natal|presente|exterior|faculdade|redes|crush|vergonha|cringe|esqueci|prof\w*|licao|prova|trabalho "
    r"da escola|projeto|matematica"
)
PT: Table = {
    "decided": ("decidi decidido decisao", "segunda terca quarta quinta sexta sabado domingo noite amanha "
                "semana fds",
                decided(r"(?:ja )?(?:eu )?decidi|tomei (?:a|uma) decisao|ta decidido|esta decidido", _DAY_PT,
                     r"(?:acaba|termina) tudo|tudo (?:acaba|termina)", r"nao fiquem bravos|nao fiquem com raiva|"
                     r"desculpa (?:a )?todo mundo|desculpem|me perdoem", _M_PT)),
    "goodbye": ("despedir despeco despedirei", "sempre",
                pair(r"(?:vou )?(?:me )?(?:despedir|despeco|despedirei)(?: de| da| do)? (?:todo mundo|todos|"
                     r"voces|geral)", r"pra sempre|para sempre", M_MOVE + "|" + _M_PT)),
    "not_live": ("chegar chego viver vivo", "verao natal aniversario 13 14 15 16 17 18 decidi plano",
                 alone(r"(?:nao|nunca) (?:vou )?(?:chegar|chego|viver|vivo) (?:ate|aos|ao|a) (?:o |meu |os )?"
                       r"(?:verao|natal|aniversario|1[3-9]|20)|"
                       # the wish, said last: "não vejo futuro, não quero chegar nos 18"
                       r"(?:nao|n) (?:quero|pretendo) (?:chegar|viver) (?:ate |aos |nos |aos? )(?:os )?"
                       r"(?:1[3-9]|20)(?: anos)?(?= ?[.!]| ?$)", MS_ALL)),
    "expiry": ("validade vencimento", "perto logo dias falta",
               pair(r"minha (?:data de )?(?:validade|vencimento)", r"(?:ta |esta )?perto|logo|(?:poucos|uns) "
                    r"dias|falta pouco", _M_PT)),
    "height": ("alto alta", "perto sozinha sozinho",
               pair(r"(?:predio|ponte|telhado|terraco|torre) mais alt[oa](?: \w+){0,3} (?:perto|por aqui|do "
                    r"bairro|da regiao)", r"sozinh[oa]", _M_PT + r"|fotos?|vista|turista|amigos|familia|mae|"
                    r"pai|pais")),
    "give": ("dei passei doei deixei", "precisar tempo sempre temporario nao",
             pair(r"(?:dei|passei|doei|deixei) (?:a |o |as |os )?(?:minha|meu|minhas|meus) (?:\w+ ){0,3}?"
                  r"(?:gat[oa]|cachorr[oa]|hamster|coelho|pet|conta|skins|console|violao|colecao|pelucias?)",
                  r"nao (?:vou )?(?:mais )?(?:vou )?precisar(?: mais)?|nao e por um tempo|nao e temporario|"
                  r"por um tempo(?: \S+){0,2} (?:mas )?nao e(?= \.| !| \?| ?$)|(?<!nao e )(?:pra|para) sempre",
                  M_MOVE + "|" + M_GIVE + r"|alergi\w*|enjoei|parei de jogar|conta nova")),
    "envy": ("inveja invejo", "mortos mortas morto morta vivem vivos morreram morreu",
             alone(r"(?:invejo|inveja d[aeo]s?) (?:as )?(?:pessoas|quem|gente|os|as)? ?(?:que )?(?:ja )?"
                   r"(?:estao? mort[oa]s?|morreram|morreu|nao (?:estao vivos|vivem))|invejo os mortos",
                   M_PAST + "|" + MS_ALL)),
    "if_die": ("morrer morresse sumir sumisse", "melhor melhora curar cura feliz felizes livre",
               alone(r"se eu (?:morrer|morresse|sumir|sumisse|nao existisse) (?:\w+ ){0,3}?(?:ela|ele|eles|todos|"
                     r"todo mundo|minha (?:mae|familia)|meu pai) (?:vai |iria |ia )?(?:ficar melhor|melhorar|"
                     r"melhora|se curar|ser feliz|ser(?:em)? felizes|ficar bem)", MS_ALL)),
    "nightly": ("morrer morte", "noite noites dia dias sempre so",
                alone(r"(?:penso|pensando) (?:so |sempre )?em (?:morrer|morte)(?: \w+){0,3} (?:toda noite|todas "
                      r"as noites|todo dia|todos os dias|sempre)|(?:toda noite|todas as noites) (?:eu )?penso "
                      r"em morrer", M_GRIEF + "|" + MS_ALL)),
    "tried": ("tentei nada", "cansada cansado cansei forcas",
              pair(r"(?:ja )?tentei (?:de )?tudo|nada (?:funciona|adianta|ajuda|resolve)", r"(?:cansad[oa]|"
                   r"exaust[oa]) de tentar(?! \w)|cansei de tentar(?! \w)|sem forcas", _M_PT + "|" + M_DEVICE + r"|"
                                                                                                                r"dormir|acne|pele|estudar")),
    "away": ("vou irei", "sempre",
             alone(r"(?:vou|irei) (?:embora )?(?:pra |para )?longe de (?:todos|todo mundo) (?:pra|para) sempre",
                   M_MOVE + "|" + MS_ALL)),
    "life_end": ("vida", "acabe termine",
                 alone(r"quero que (?:a )?minha vida (?:acabe|termine)", r"crush\w*|vergonha|cringe|prof\w*|"
                       r"esqueci|audio")),
}

# -- fr ---------------------------------------------------------------------------------------
_DAY_FR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|demain|ce week end|ce weekend|ce we"
_M_FR = (
    M_ALL + r"|jeu|partie|niveau|equipe|foot|entrainement|cours|demenag\w*|voyage|vacances|colo|"
    r"anniv\w*|fete|avec lui|avec elle|saison|regime|boulot|lait|bouffe|yaourt|passeport|carte|cheveux|"
    r"teinture|coloration|petit|vieux|vieille|nouveau|nouvelle|vendu|vendre|echange|noel|cadeau|etranger|"
    r"fac|reseaux|crush|honte|cringe|oublie|prof\w*|devoirs?|controle|interro|projet|maths"
)
FR: Table = {
    "decided": ("decide decision", "lundi mardi mercredi jeudi vendredi samedi dimanche soir demain weekend we",
                decided(r"(?:j'?ai|c'?est) decide|j'?ai pris (?:ma|une) decision|c'?est decide", _DAY_FR,
                     r"tout (?:se termine|s'?arrete|sera fini|finit)", r"(?:m'?en voulez|en voulez) pas|(?:ne )?"
                     r"m'?en voulez pas|pardon a tous|pardonnez moi|desolee? a tous", _M_FR)),
    "goodbye": ("adieu adieux dire revoir", "toujours jamais",
                pair(r"(?:dire|dirai|vais dire) (?:adieu|au revoir) a (?:tout le monde|tous|vous tous)|faire "
                     r"mes adieux", r"pour toujours|a jamais", M_MOVE + "|" + _M_FR)),
    "not_live": ("arriverai jarriverai narriverai arriver vivrai vivre passerai", "",
                 alone(r"(?:n'?arriverai|vais pas arriver|arriverai pas|vivrai pas|vais pas vivre) (?:jusqu'?)?"
                       r"(?:a|aux|a l'?) ?(?:ete|noel|mon anniv\w*|1[3-9]|20)(?: ans)?|"
                       # "je passerai pas l'hiver": will not live through the winter
                       r"(?:je )?(?:ne )?passerai (?:pas|jamais) (?:l'? ?hiver|l'? ?ete|noel|l'? ?annee)(?= ?[.!]| ?$)|"
                       r"(?:veux|voudrais) pas (?:arriver|vivre) jusqu'?(?:a|aux) ?(?:1[3-9]|20)(?: ans)?"
                       r"(?= ?[.!]| ?$)|pas (?:vivre|arriver) "
                       r"jusqu'?(?:a|aux|a l'?) ?(?:ete|noel|1[3-9]|20)", MS_ALL)),
    "expiry": ("peremption expiration", "proche bientot jours",
               pair(r"ma date (?:de peremption|d'?expiration)", r"(?:est )?proche|bientot|(?:quelques|encore) "
                    r"(?:quelques )?jours", _M_FR)),
    "height": ("haut haute", "pres coin quartier seule seul",
               pair(r"(?:immeuble|batiment|pont|toit|tour) le plus haut(?: \w+){0,3} (?:pres de chez moi|du "
                    r"coin|du quartier|dans le coin)", r"seule?", _M_FR + r"|photos?|vue|touriste|potes|amis|"
                    r"famille|mere|pere|parents")),
    "give": ("donne donner laisse", "besoin temps toujours moment temporaire",
             pair(r"(?:j'?ai )?(?:donne|laisse) (?:mon|ma|mes) (?:\w+ ){0,3}?(?:chat|chatte|chien|chienne|"
                  r"hamster|lapin|compte|skins|console|guitare|collection|peluches?)", r"(?:j'?en )?aurai "
                  r"plus besoin|n'?en aurai plus besoin|c'?est pas (?:pour un moment|temporaire)|pour toujours",
                  M_MOVE + "|" + M_GIVE + r"|allergi\w*|marre du jeu|arrete de jouer|nouveau compte")),
    "envy": ("jenvie envie jaloux jalouse", "morts mortes mort morte vivent",
             alone(r"(?:j'?envie|jalou(?:x|se) des?) (?:les )?(?:gens|personnes|ceux|celles)? ?(?:qui )?(?:sont )?"
                   r"(?:deja )?(?:morte?s?|ne vivent plus|plus en vie)|j'?envie les morts", M_PAST + "|" + MS_ALL)),
    "if_die": ("meurs mourais disparais disparaissais", "mieux guerie gueri guerira heureuse heureux libre",
               alone(r"si (?:je meurs|je mourais|je disparais|je disparaissais|j'?etais plus la) (?:\w+ ){0,3}?"
                     r"(?:elle|il|ils|tout le monde|ma mere|mon pere|ma famille|maman|papa|mes parents) "
                     r"(?:(?:ira|irait|sera|serait|seront|seraient|iront|iraient)(?: plus)? (?:mieux|heureu(?:x|se)s?|"
                     r"libres?|guerie?)|guerira|guerirait)", MS_ALL)),
    "nightly": ("mourir mort", "soirs soir nuits nuit jours toujours juste",
                alone(r"(?:je )?pense (?:juste |que |seulement |toujours )?a (?:mourir|la mort)(?: \w+){0,3} "
                      r"(?:tous les (?:soirs|jours)|toutes les nuits|chaque (?:soir|nuit))|(?:tous les soirs|"
                      r"chaque soir|chaque nuit) (?:je )?pense a mourir", M_GRIEF + "|" + MS_ALL)),
    "tried": ("essaye tout rien", "fatiguee fatigue marre force forces",
              pair(r"j'?ai (?:tout )?essaye(?: tout)?|rien (?:ne )?(?:marche|fonctionne|aide)", r"(?:fatiguee?|"
                   r"marre) d'?essayer(?! \w)|plus de force", _M_FR + "|" + M_DEVICE + r"|dormir|acne|peau|reviser")),
    "away": ("partirai vais", "toujours jamais",
             alone(r"(?:je partirai|je vais partir|je vais m'?en aller) (?:loin )?(?:de tout le monde|de tous|"
                   r"loin de tous) (?:pour toujours|a jamais)", M_MOVE + "|" + MS_ALL)),
    "life_end": ("vie", "finisse termine arrete",
                 alone(r"(?:veux|voudrais) que ma vie (?:se termine|finisse|s'?arrete)", r"crush\w*|honte|cringe|"
                       r"prof\w*|oublie|vocal")),
}

# -- de ---------------------------------------------------------------------------------------
_DAY_DE = r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute nacht|morgen|am wochenende"
_M_DE = (
    M_ALL + r"|spiel|runde|mannschaft|fussball|verein|training|kurs|umzug|ziehen um|reise|ferien|urlaub|"
    r"geburtstag|feier|schluss mit ihm|schluss mit ihr|saison|diat|job|milch|essen|joghurt|pass|karte|"
    r"haare|farbe|farben|zu klein|zu alt|alt|neu|neue|verkauft|tausch|weihnachten|geschenk|ausland|uni|"
    r"crush\w*|peinlich|cringe|vergessen|lehrer\w*|hausaufgaben|arbeit|projekt|mathe"
)
DE: Table = {
    "decided": ("entschieden entscheidung", "montag dienstag mittwoch donnerstag freitag samstag sonntag "
                "nacht morgen wochenende",
                decided(r"(?:ich hab(?:e)? )?(?:mich )?entschieden|entscheidung (?:ist )?gefallen|ich hab(?:e)? "
                     r"mich entschieden", _DAY_DE, r"(?:ist )?alles (?:vorbei|zu ende)|endet alles", r"seid (?:mir )?"
                     r"nicht (?:sauer|bose)|verzeiht mir|sorry an alle|tut mir leid an alle", _M_DE)),
    "goodbye": ("verabschiede verabschieden", "immer",
                pair(r"(?:mich )?(?:von allen|von euch allen|von jedem) (?:\w+ )?verabschied\w*|verabschiede "
                     r"(?:ich )?mich (?:\w+ )?von (?:allen|euch allen)", r"fur immer", M_MOVE + "|" + _M_DE)),
    "not_live": ("erlebe erleben schaffe schaffen werd werde", "sommer weihnachten geburtstag 13 14 15 16 17 18 "
                 "entschieden plan",
                 alone(r"(?:den|meinen|die)? ?(?:sommer|weihnachten|(?:\d+ )?geburtstag|1[3-9]|20) (?:nicht mehr|"
                       r"nicht) (?:erleben|erlebe|schaffen|schaffe)|(?:erlebe|schaffe) (?:ich )?(?:den|meinen)? ?"
                       r"(?:sommer|geburtstag|1[3-9]) nicht(?: mehr)?|"
                       r"(?:sommer|geburtstag|1[3-9]|20) (?:erlebe|schaffe) ich "
                       r"(?:nicht mehr|nicht)|"
                       # "ich werd keine 18": will not live to be 18
                       r"ich (?:werd|werde) (?:eh |sowieso |ganz sicher )?keine (?:1[3-9]|20)(?: jahre?)?(?: alt)?"
                       r"(?= ?[.!]| ?$| (?:mehr|glaub|ehrlich))", MS_ALL)),
    "expiry": ("ablaufdatum haltbarkeitsdatum verfallsdatum", "bald nah tage",
               pair(r"mein (?:ablaufdatum|haltbarkeitsdatum|verfallsdatum)", r"bald|nah|(?:paar|wenige) "
                    r"(?:tage|tagen)", _M_DE)),
    "height": ("hochste hoechste", "nahe hier gegend allein alleine",
               pair(r"(?:hochste|hoechste)s? (?:gebaude|brucke|dach|hochhaus|turm)(?: \w+){0,3} (?:in der "
                    r"nahe|hier|in der gegend)", r"alleine?", _M_DE + r"|fotos?|aussicht|tourist|freunde|familie|"
                    r"mama|papa|eltern")),
    "give": ("gegeben verschenkt abgegeben", "brauchen brauche zeit immer weile",
             pair(r"(?:meine?n?|meine ganzen?) (?:\w+ ){0,3}?(?:katze|hund|hamster|hase|kaninchen|account|"
                  r"konto|skins|konsole|gitarre|sammlung|kuscheltiere?) (?:\w+ ){0,3}?(?:gegeben|verschenkt|"
                  r"abgegeben)", r"(?:werde|werd) (?:ihn|sie|es|das)? ?nicht mehr brauchen|brauch(?:e)? "
                  r"(?:ihn|sie|es|das)? ?(?:eh )?nicht mehr|nicht (?:nur )?fur eine weile|fur immer",
                  M_MOVE + "|" + M_GIVE
                  + r"|allergi\w*|keine lust mehr|aufgehort|neuen account")),
    "envy": ("beneide neidisch", "tot tote toten leben",
             alone(r"(?:beneide|neidisch auf) (?:die )?(?:leute|menschen)? ?,? ?(?:die )?(?:schon )?(?:tot "
                   r"sind|nicht mehr leben|gestorben sind)|beneide die toten", M_PAST + "|" + MS_ALL)),
    "if_die": ("besser gesund glucklich glucklicher frei", "sterbe sterben tot weg mehr",
               alone(r"wenn ich (?:sterbe|tot bin|weg bin|tot ware|nicht mehr da bin) (?:\w+ ){0,3}?(?:geht es|"
                     r"wird|ware|waren|sind|ist) (?:\w+ ){0,2}?(?:besser|gesund|glucklich\w*|frei)", MS_ALL)),
    "nightly": ("sterben tod", "nacht abend tag immer",
                alone(r"(?:jede nacht|jeden abend|jeden tag|immer|nur noch) (?:denke ich|denk ich) (?:nur )?"
                      r"(?:ans sterben|an den tod)|(?:denke|denk) (?:nur noch |jede nacht |jeden abend |immer )"
                      r"(?:ans sterben|an den tod)", M_GRIEF + "|" + MS_ALL)),
    "tried": ("versucht nichts", "mude keine kraft kann will",
              pair(r"(?:hab(?:e)? )?(?:schon )?alles versucht|nichts (?:hilft|funktioniert|bringt was)",
                   r"(?:bin es )?mude(?:,)? es (?:zu )?versuchen|(?:kann|will) (?:es )?nicht mehr versuchen|"
                   r"keine kraft mehr|hab keine kraft",
                   _M_DE + "|" + M_DEVICE + r"|schlafen|akne|haut|lernen")),
    "away": ("gehe geh verschwinde", "immer",
             alone(r"(?:ich )?(?:gehe|geh|verschwinde) (?:\w+ )?(?:weit )?weg von (?:allen|allem) fur immer",
                   M_MOVE + "|" + MS_ALL)),
    "life_end": ("leben", "endet aufhort vorbei",
                 alone(r"(?:will|mochte|wunschte),? (?:dass )?mein leben (?:endet|aufhort|vorbei ist)",
                       r"crush\w*|peinlich|cringe|lehrer\w*|vergessen|sprachnachricht")),
}

# -- it ---------------------------------------------------------------------------------------
_DAY_IT = r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|stasera|domani|questo weekend|nel weekend"
_M_IT = (
    M_ALL + r"|gioco|partita|livello|squadra|calcio|allenamento|corso|trasloco|trasferiamo|viaggio|"
    r"vacanze|compleanno|festa|con lui|con lei|stagione|dieta|lavoro|latte|cibo|yogurt|passaporto|"
    r"carta|capelli|tinta|piccol[oa]|vecchi[oa]|nuov[oa]|venduto|vendere|scambio|natale|regalo|estero|"
    r"universita|crush|vergogna|cringe|dimenticato|prof\w*|compiti|verifica|interrogazione|progetto|"
    r"matematica"
)
IT: Table = {
    "decided": ("deciso decisione", "lunedi martedi mercoledi giovedi venerdi sabato domenica stasera domani "
                "weekend",
                decided(r"(?:ho )?deciso|ho preso (?:la|una) decisione", _DAY_IT, r"(?:finisce|e finita) tutto|"
                     r"tutto (?:finisce|finira)", r"non arrabbiatevi|non (?:vi )?arrabbiate|scusate(?:mi)? tutti|"
                     r"perdonatemi", _M_IT)),
    "goodbye": ("salutero salutare saluto", "sempre",
                pair(r"(?:salutero|vado a salutare|saluto) tutti", r"per sempre", M_MOVE + "|" + _M_IT)),
    "not_live": ("arrivo arrivero arrivare vivro", "",
                 alone(r"(?:ai|a|all'?) ?(?:1[3-9]|20|estate|natale|mio compleanno) (?:anni )?non (?:ci )?"
                       r"(?:arrivo|arrivero)|non (?:ci )?(?:arrivo|arrivero|arrivare|vivro) (?:ai|a|all'?|fino "
                       r"a) ?(?:1[3-9]|20|estate|natale|mio compleanno)|"
                       r"non (?:voglio|ci voglio) (?:arrivare|vivere) (?:ai|a|fino ai) ?(?:1[3-9]|20)(?: anni)?"
                       r"(?= ?[.!]| ?$)", r"bus|treno|compiti|verifica|lezione")),
    "expiry": ("scadenza", "vicina presto giorni",
               pair(r"la mia (?:data di )?scadenza", r"(?:e )?vicina|presto|(?:pochi|qualche) giorni?", _M_IT)),
    "height": ("alto alta", "vicino zona sola solo",
               pair(r"(?:palazzo|edificio|ponte|tetto|terrazzo|torre) piu alt[oa](?: \w+){0,3} (?:vicino|in "
                    r"zona|del quartiere|qui intorno)", r"da sol[oa]", _M_IT + r"|foto|vista|turista|amici|"
                    r"famiglia|mamma|papa|genitori")),
    "give": ("dato regalato lasciato", "bisogno tempo sempre po servira serviranno temporaneo",
             pair(r"(?:ho )?(?:dato|regalato|lasciato) (?:il |la |i |le )?(?:mio|mia|miei|mie) (?:\w+ ){0,3}?"
                  r"(?:gatt[oa]|can[ei]|criceto|coniglio|account|skin|console|chitarra|collezione|peluche)",
                  r"non (?:mi )?(?:servira|serviranno) piu|non ne avro piu bisogno|non e per un po|non e "
                  r"temporaneo|per sempre", M_MOVE + "|" + M_GIVE + r"|allergi\w*|smesso di giocare|nuovo account")),
    "envy": ("invidio invidia", "morti morte morto morta vivono",
             alone(r"invidio (?:la gente|le persone|quelli|chi)? ?(?:che )?(?:e |sono )?(?:gia )?(?:mort[oaie]|"
                   r"non vivono piu|non c'?e piu)|invidio i morti", M_PAST + "|" + MS_ALL)),
    "if_die": ("muoio morissi sparissi sparisco", "meglio guarisce guarirebbe guarira felice felici libera liberi",
               alone(r"se (?:io )?(?:muoio|morissi|sparisco|sparissi|non ci fossi) (?:\w+ ){0,3}?(?:lei|lui|"
                     r"loro|tutti|mia (?:mamma|madre)|mio padre|la mia famiglia|mamma|papa|i miei) "
                     r"(?:(?:starebbe|starebbero|sta|sarebbe|sarebbero|sara|saranno) (?:meglio|piu felici?|felici?|"
                     r"liber[ai])|guarisce|guarirebbe|guarira)", MS_ALL)),
    "nightly": ("morire morte", "sera sere notte notti giorni sempre solo",
                alone(r"(?:penso|pensando) (?:solo |sempre )?(?:a morire|alla morte)(?: \w+){0,3} (?:ogni "
                      r"(?:sera|notte|giorno)|tutte le (?:sere|notti)|tutti i giorni)|(?:ogni sera|ogni notte) "
                      r"penso (?:a morire|alla morte)", M_GRIEF + "|" + MS_ALL)),
    "tried": ("provato niente", "stanca stanco forze",
              pair(r"(?:ho )?(?:gia )?provato (?:di )?tutto|niente (?:funziona|serve|aiuta)", r"stanc[oa] di "
                   r"provar(?:ci|e)(?! \w)|non ho piu forze", _M_IT + "|" + M_DEVICE
                   + r"|dormire|acne|pelle|studiare")),
    "away": ("andro sparisco vado", "sempre",
             alone(r"(?:me ne andro|andro via|sparisco|me ne vado) (?:lontano )?da tutti per sempre",
             M_MOVE + "|" + MS_ALL)),
    "life_end": ("vita", "finisca finisse",
                 alone(r"(?:voglio|vorrei) che la mia vita (?:finisca|finisse)", r"crush\w*|vergogna|cringe|prof\w*|"
                       r"dimenticato|vocale")),
}

RULES: list[Rule] = [*rules_of(PT), *rules_of(FR), *rules_of(DE), *rules_of(IT)]
