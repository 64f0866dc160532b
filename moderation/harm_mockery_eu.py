"""Mockery of a peer without a swear word in Portuguese, Italian and German:
the six shapes of harm_mockery.py (read its docstring first), appended to
`harm.RULES` through it.

"o Pedrinho chorou de novo ... bebê chorão", "Lorenzo ha pianto in gita ...
piagnone", "Jonas hat geheult ... Heulsuse"; "il ciccione si è mangiato tre
merendine e piange ancora che ha fame", "Moppelchen hat schon wieder drei
Brezeln verdrückt"; "lá vem a esquisita, finge que tá no celular", "achtung
der Freak kommt, alle so tun als wärt ihr beschäftigt"; "spiona! sei andata
dalla prof", "Petze! wegen dir ..."; "ninguém escolhe vc pro time, já parou
pra pensar pq?", "ai tuoi compleanni non viene mai nessuno perché sei una
noia mortale", "ohne dich wär die Klasse viel entspannter"; "a família dele
não tem nem pra comprar sabão", "a casa sua non arrivano a fine mese",
"Finns Eltern sind ja arbeitslos, deshalb trägt der immer die alten Schuhe";
"vou espalhar que o Caio ainda faz xixi na cama", "ich erzähl allen dass Tim
noch mit Kuscheltier schläft"; "parece um hipopótamo", "sembri una carota
che ha preso la scossa", "du nuschelst als hättest du Kartoffeln im Mund, red
einfach nicht".

What passes is the same as there: the writer's own tears and family,
"gordo" as a fond nickname, kind questions ("ninguém te escolheu? vem pro
nosso time"), "du bist keine Last", help for a poor family, good news told
to everyone, pets and cakes compared with things, and reports.
"""

from __future__ import annotations

from .harm_accent_mock import LAUGH_DE, LAUGH_IT, LAUGH_PT
from .harm_mockery_parts import FICTION as _FICTION
from .harm_mockery_parts import after, nb, sentence
from .rules import Rule, rule

# -- pt (vc is read as "voce") ------------------------------------------------------
_CRYNAME_PT = (r"(?:bebe chor(?:ao|ona)|chor(?:ao|ona|aozinho|ozinha)|bebezao|bebezinho|manteiga "
               r"derretida|mimizent[oa]|bebe)")
_MUMMY_PT = (r"(?:vai|corre|foi|correu|chama|chamou|chamar|quer|precisa da|precisa de|volta) (?:chorar )?"
             r"(?:pra |para |pro colo da |no colo da |a |com a )?(?:sua |tua )?(?:mamae|mae|mainha|mamis)")
_CRY_PT = (r"(?:chorou|chora|chorando|abriu o berreiro|caiu no choro|desatou a chorar|comecou a chorar|"
           r"choramingou|choramingando|abriu o bue)")
_FAMILY_PT = (r"(?:meu|minha|meus|minhas|nosso|nossa) (?:irmaozinho|irmazinha|irmao|irma|primo|prima|"
              r"bebe|sobrinho|sobrinha|filho|filha|cachorro|gato)")
_ODD_NAMES_PT = ("esquisito", "esquisita", "estranho", "estranha", "aberracao", "bizarro", "bizarra",
                 "perdedor", "perdedora", "fracassado", "fracassada", "x9", "dedo duro", "cagueta",
                 "a gorda", "o gordo", "a baleia", "chorao", "chorona", "fedido", "fedida", "lesado",
                 "lesada", "nerdola", "esquisitao", "esquisitona")
_ODD_PT = "(?:" + "|".join(_ODD_NAMES_PT) + ")"
_AVOID_PT = (r"(?:fing\w+|finj\w+|disfarc\w+|ignor\w+|nao olh\w+|se esconde|escondam|se escondam|corre|corram|"
             r"ninguem fala com|sai de perto|saiam)")
_SNITCH_PT = r"(?:dedo duro|x9|cagueta|caguete|delator[a]?|linguarud[oa]|traira|fofoqueir[oa])"
_WHY_PT = (r"(?:ja parou (?:pra|para) pensar|pensa (?:no )?(?:porque|por que|pq)|(?:voce |todo mundo |"
           r"a gente )?sabe (?:o )?(?:porque|por que|pq)|se toca|se liga|aceita|(?:porque|pq|por que) "
           r"(?:voce|tu) e|por que sera|sera (?:porque|pq))")
_HEAVY_PT = (r"(?:hipopotamo|elefante|vaca|baleia|porco|porca|foca|leitao|morsa|rinoceronte|gorila|"
             r"macaco|pato|pinguim|linguica|salsicha|geladeira|barril|botijao|bujao|jamanta|orca)")
_SOUND_PT = (r"(?:taquara rachada|gato morrendo|gato sendo atropelado|porta rangendo|porta enferrujada|"
             r"giz no quadro|unha no quadro|cabra|pato|sirene|buzina|gralha|gaita quebrada)")
_SILENCE_PT = (r"(?:nem abre a boca|cala a boca|nao fala mais|nunca mais fala|fica quiet[oa]|fica calad[oa]|"
               r"nem fala|melhor nao falar|melhor ficar calad[oa]|para de falar|nao canta mais)")
_OBJ_PT = (r"(?:cenoura|vassoura|esfregao|ninho|palha|poodle|ovelha|brocolis|coco|batata|palhaco|"
           r"espantalho|macaco|rato|cavalo|coelho|castor|abacaxi|bombril|esponja|capacete|hipopotamo|"
           r"porco|vaca|baleia|tomate)")
RULES: list[Rule] = [
    rule("bullying:insult", "bullying", "chorou chora chorando berreiro choro chorar choramingou "
         "choramingando bue",
         sentence(_FAMILY_PT) + nb("eu", "me", "todo mundo", "bebe", "nos", "ate eu") + _CRY_PT
         + r"\b(?!.{0,100}?\b(?:sou|to|estou) (?:muito |um |uma |mo |)*(?:chor|bebe))"
         r"(?=.{0,100}?\b(?:" + _CRYNAME_PT + r"|" + _MUMMY_PT + r")\b)"),
    rule("bullying:insult", "bullying", "vai corre foi correu chama chamou chamar quer precisa volta",
         after("bebe chorao", "chorao", "chorona", "bebe chorona", "bebezao") + r"(?:\w+ )?"
         + _MUMMY_PT + r"\b"),
    rule("bullying:insult", "bullying", "gordo gorda gordao gordona baleia bola balofo balofa leitao porca "
         "porco vaca",
         r"\b(?:o|a) (?:gordo|gorda) (?:ja |de novo |)(?:comeu|devorou|mandou|tracou|engoliu|repetiu|"
         r"detonou|papou|atacou)\b(?=.{0,80}?\b(?:ainda|fome|quer mais|pediu mais|repetiu|de novo)\b)|"
         r"\b(?:o |a )?(?:gordao|gordona|baleia|rolha de poco|bola|balof[oa]|leitao|porca|porco|vaca) "
         r"(?:ja |de novo |)(?:comeu|devorou|mandou|tracou|engoliu|repetiu|detonou|papou|atacou)\b"
         r"(?=.{0,80}?\b(?:ainda|fome|mais|de novo|\d+|dois|duas|tres|quatro|cinco|inteir[oa]|tod[oa]|"
         + LAUGH_PT + r")\b)"),
    rule("bullying:insult", "bullying", "vem chegou chegando apareceu vindo",
         r"\b(?:la|ai|ali|olha|cuidado) (?:vem|chegou|ta chegando|apareceu|vem vindo) (?:o |a |os |as )?"
         r"(?=" + _ODD_PT + r"\b.{0,60}?\b" + _AVOID_PT + r")|"
         + after(*_ODD_NAMES_PT) + r"(?:chegou|ta chegando|apareceu|vem vindo|vem ai)\b(?=.{0,60}?\b"
         + _AVOID_PT + r")"),
    rule("bullying:insult", "bullying", "dedo x9 cagueta caguete delator delatora linguarudo linguaruda "
         "traira fofoqueiro fofoqueira",
         r"(?:^|[.!?] )(?:(?:seu |sua |(?:voce|tu) e (?:um |uma )?)" + _SNITCH_PT + r"(?: [.!])*|" + _SNITCH_PT
         + r"(?: !)+) (?:\w+ )"
         r"{0,2}?(?:contou|foi|correu|dedurou|por sua culpa|por tua culpa|agora (?:todo|toda|a escola))\b"),
    rule("bullying:exclusion", "bullying", "ninguem aniversario niver festa",
         r"\bninguem (?:nunca )?(?:te |voce )?(?:escolhe|escolheu|chama|chamou|convida|convidou|vai (?:no|na|"
         r"ao|a) (?:teu|tua|seu|sua)|quer sentar (?:com|do lado de) (?:voce|ti)|senta com "
         r"(?:voce|tigo))\b(?=.{0,70}?\b" + _WHY_PT + r")|\b(?:no teu|no seu|na tua|na sua) (?:aniversario|"
         r"niver|festa) (?:nao )?(?:vai|foi|ia) (?:nunca )?ninguem\b(?=.{0,70}?\b(?:" + _WHY_PT
         + r"|porque|pq))"),
    rule("bullying:exclusion", "bullying", "peso fardo estorvo encosto melhor falta",
         r"\b" + nb("nao") + r"(?:voce e|tu e|tu es) (?:so |apenas |um |uma |mo |literalmente )*(?:peso|"
         r"fardo|estorvo|encosto|peso morto) (?:pra|para) (?:todo mundo|todos|a gente|nos|o grupo|a turma|turma|grupo|"
         r"time|o time|teus pais|seus pais|sua familia|tua familia)\b|\b(?:a turma|o grupo|o time|a sala) "
         r"(?:seria|ficaria|era|ficava) (?:muito |bem |mil vezes )?melhor sem (?:voce|ti)\b|\bsem (?:voce|"
         r"ti) (?:a turma|o grupo|o time|a sala) (?:seria|ficaria) (?:muito |bem )?melhor\b|" + sentence(_FICTION)
         + r"ninguem (?:ia|iria|vai) sentir (?:a )?(?:sua|tua) falta\b"),
    rule("bullying:poverty", "bullying", "familia pais casa mae pai pobre",
         r"\b(?:a familia dele|a familia dela|os pais dele|os pais dela|na casa dele|na casa dela|a mae "
         r"dele|a mae dela|o pai dele|o pai dela|na casa do \w+|na casa da \w+|a familia do \w+|a familia "
         r"da \w+) (?:nao tem|nao consegue|nao pode|nao tem dinheiro) (?:nem )?(?:(?:pra|para|dinheiro "
         r"pra|dinheiro para) )?(?:comprar |pagar )?(?:o |a )?(?:sabao|comida|pao|comer|sapato|tenis|luz|"
         r"agua|shampoo|celular|o lanche|lanche|a cantina|roupa)\b|\bimagina ser (?:tao|muito) pobre\b"),
    rule("bullying:rumour", "bullying", "espalhar contar falar dizer",
         r"\b(?:vou|vamos|eu vou) (?:espalhar|contar|falar|dizer) (?:pra |para |a )?(?:todo mundo|a "
         r"escola toda|a escola inteira|a sala toda|a turma toda|geral|todos)?(?: ?que)? ?.{0,50}?(?:faz "
         r"xixi na cama|mija na cama|molha a cama|dorme com (?:um |uma |o |a )?(?:ursinho|pelucia|bichinho"
         r"|a mae|a mamae|luz acesa)|usa fralda|chupa o dedo|chupa chupeta|tem piolho)"),
    rule("bullying:insult", "bullying", "parece correndo corre anda andando danca dancando",
         sentence(r"(?:cachorro|gato|cavalo|bolo|desenho|fantasia|irma\w*|mae|pai|vo|vovo|avo|"
                  r"prim[oa]|bebe)") + r"(?:ela|ele|voce|tu) (?:\w+ ){0,5}?(?:parece|igual|tipo|que nem) "
         r"(?:um |uma )?(?:\w+ )?" + _HEAVY_PT + r"\b(?! de pelucia)"),
    rule("bullying:insult", "bullying", "voz fala canta le",
         r"\b(?:(?:tua|sua) voz|quando (?:voce|tu) (?:fala|canta|le))(?: em voz alta)? (?:parece|e "
         r"igual|e tipo|lembra) (?:um |uma |a |o )?(?:" + _SOUND_PT + r"|.{0,60}?\b" + _SILENCE_PT + r")"),
    rule("bullying:insult", "bullying", "parece",
         r"\b(?:teu|seu|tua|sua) (?:cabelo|corte|cara|nariz|dentes?|franja|orelhas?|sobrancelha) parece "
         r"(?:um |uma )?(?:\w+ )?" + _OBJ_PT + r"\b"),
]

# -- it -----------------------------------------------------------------------------
_CRYNAME_IT = (r"(?:piagnon[ea]|piagnucolon[ea]|frignon[ea]|frignetta|bambin[oa]|bambinon[ea]|lagna|"
               r"mammon[ea]|cocco di mamma|femminuccia)")
_MUMMY_IT = (r"(?:va|vai|corre|corri|chiama|chiamare|vuole|e andat[oa]|e cors[oa]|torna|tornatene) (?:a "
             r"piangere )?(?:dalla|da|la) (?:sua |tua )?(?:mamma|mammina|mamy|mami)")
_CRY_IT = (r"(?:ha pianto|piange|piangeva|sta piangendo|si e mess[oa] a piangere|e scoppiat[oa] a "
           r"piangere|ha frignato|frigna|frignava|piagnucola|ha piagnucolato|ha frignato)")
_FAMILY_IT = (r"(?:mio|mia|miei|nostro|nostra) (?:fratellino|sorellina|fratello|sorella|cugin[oa]|"
              r"bambin[oa]|nipote|figli[oa]|cane|gatto)")
_ODD_NAMES_IT = ("strano", "strana", "sfigato", "sfigata", "sfigatello", "sfigatella", "ciccione",
                 "cicciona", "spione", "spiona", "perdente", "fallito", "fallita", "secchione",
                 "secchiona", "piagnone", "piagnona", "puzzone", "puzzona", "mostro", "cicciobomba",
                 "grassone", "grassona", "balena")
_ODD_IT = "(?:" + "|".join(_ODD_NAMES_IT) + ")"
_AVOID_IT = (r"(?:(?:fate|facciamo|fai|fa) finta|ignorat\w+|non (?:lo|la) guardate|nascondet\w+|"
             r"scappat\w+|scappiamo|nessuno (?:gli|le) parl\w+|andiamo via)")
_SNITCH_IT = r"(?:spion[ea]|spia|infame|spifferon[ea]|traditor[ea]|lecchin[oa])"
_WHY_IT = (r"(?:(?:e )?sai (?:benissimo |bene )?perche|(?:tutti|lo) sanno perche|chiediti perche|"
           r"pensaci|fattene una ragione|(?:perche|xke|perche') sei|accettalo|rassegnati)")
_HEAVY_IT = (r"(?:ippopotamo|elefante|mucca|vacca|balena|maiale|foca|tricheco|rinoceronte|gorilla|"
             r"scimmia|papera|pinguino|salsiccia|cotechino|frigorifero|botte|barile|armadio|carro "
             r"armato|orca)")
_SOUND_IT = (r"(?:(?:il )?gesso|unghie sulla lavagna|una porta che cigola|un gatto (?:che muore|"
             r"strozzato|investito)|una capra|una papera|una sirena|un trombone|un allarme)")
_SILENCE_IT = (r"(?:stai zitt[oa]|non parlare (?:mai )?piu|non cantare piu|non leggere piu|taci|chiudi "
               r"la bocca|meglio che (?:non parli|stai zitt[oa]|taci)|evita di (?:parlare|cantare))")
_OBJ_IT = (r"(?:carota|scopa|mocio|nido|spaventapasseri|pagliaccio|barboncino|pecora|broccolo|cocco|"
           r"patata|topo|cavallo|coniglio|castoro|ananas|cespuglio|ippopotamo|maiale|mucca|balena|"
           r"pomodoro|scimmia)")
RULES += [
    rule("bullying:insult", "bullying", "pianto piange piangeva piangendo piangere frignato frigna "
         "frignava piagnucola piagnucolato",
         sentence(_FAMILY_IT) + nb("io", "ho", "mi", "tutti", "bambino", "bambina", "anche io")
         + _CRY_IT + r"\b(?!.{0,100}?\bsono (?:proprio |un |una |troppo |)*(?:piagn|frign|bambin))"
         r"(?=.{0,100}?\b(?:" + _CRYNAME_IT + r"|" + _MUMMY_IT + r")\b)"),
    rule("bullying:insult", "bullying", "va vai corre corri chiama chiamare vuole andato andata corso "
         "corsa torna tornatene",
         after("piagnone", "piagnona", "frignone", "frignona", "mammone", "mammona", "bambinone")
         + r"(?:\w+ )?" + _MUMMY_IT + r"\b"),
    rule("bullying:insult", "bullying", "ciccione cicciona cicciobombo cicciobomba grassone grassona "
         "balena maiale maiala trippone lardo",
         r"\b(?:il |la |lo )?(?:ciccion[ea]|cicciobomb[oa]|grasson[ea]|balena|maial[ea]|trippone|palla di "
         r"lardo) (?:si e (?:mangiat[oa]|sbafat[oa]|pappat[oa]|fatt[oa] fuori|ingozzat[oa])|ha (?:gia )?"
         r"(?:mangiato|divorato|spazzolato|finito)|mangia|si mangia|si ingozza)\b(?=.{0,80}?\b(?:ancora|"
         r"di nuovo|fame|due|tre|quattro|cinque|\d+|tutt[oa]|intera|intero|bis|" + LAUGH_IT + r")\b)"),
    rule("bullying:insult", "bullying", "ecco arriva arrivato arrivata arrivando qui entrato entrata",
         r"\b(?:ecco|arriva|attenti|oddio) (?:lo |la |il |l'|i |le )?(?=" + _ODD_IT + r"\b.{0,60}?\b" + _AVOID_IT
         + r")|"
         + after(*_ODD_NAMES_IT) + r"(?:e arrivat[oa]|sta arrivando|e qui|e entrat[oa]|arriva)\b"
         r"(?=.{0,60}?\b" + _AVOID_IT + r")"),
    rule("bullying:insult", "bullying", "spione spiona spia infame spifferone spifferona traditore "
         "traditrice lecchino lecchina",
         r"(?:^|[.!?] )(?:sei (?:un |una |proprio )?|brutt[oa] |che )?" + _SNITCH_IT + r"(?: [.!])* "
         r"(?:\w+ ){0,2}?(?:sei andat[oa]|sei cors[oa]|hai detto|hai raccontato|hai fatto la spia|per "
         r"colpa tua|grazie a te|ora lo sa|adesso lo sa)\b"),
    rule("bullying:exclusion", "bullying", "nessuno compleanni compleanno festa feste",
         r"\bnessuno (?:mai )?(?:ti )?(?:sceglie|ha scelto|vuole in squadra|invita|ha invitato|(?:viene|verra) "
         r"(?:al tuo|alla tua)|si siede con te|vuole stare (?:in banco )?con te|gioca con "
         r"te)\b(?=.{0,70}?\b" + _WHY_IT + r")|\b(?:ai tuoi|al tuo|alla tua|alle tue) (?:compleanni|"
         r"compleanno|feste|festa) non (?:viene|verra|e venuto|veniva|vengono|verrebbe) (?:mai )?nessuno"
         r"\b(?=.{0,70}?\b(?:" + _WHY_IT + r"|perche|xke))"),
    rule("bullying:exclusion", "bullying", "peso zavorra palla piede meglio mancanza",
         r"\b" + nb("non") + r"sei (?:solo |soltanto |proprio |un |una |davvero |solamente )*(?:peso|"
         r"zavorra|palla al piede|peso morto) (?:per|x) (?:tutti|noi|(?:tutto |tutta )?(?:il gruppo|la classe|la "
         r"squadra)|i tuoi|la tua famiglia)\b|\b(?:la classe|il gruppo|la squadra) (?:sarebbe|starebbe|era) (?:molto |"
         r"tanto |mille volte )?meglio senza di te\b|\bsenza di te (?:la classe|il gruppo|la squadra) "
         r"(?:sarebbe|starebbe) (?:molto |tanto )?meglio\b|" + sentence(_FICTION)
         + r"nessuno sentirebbe la tua mancanza\b"),
    rule("bullying:poverty", "bullying", "casa famiglia genitori suoi povero povera",
         r"\b(?:a casa sua|a casa loro|la sua famiglia|i suoi|i suoi genitori|sua madre|suo padre|a casa "
         r"di \w+) non (?:arrivano a fine mese|(?:ha|hanno) (?:neanche|nemmeno|manco) (?:i soldi )?(?:per|x) "
         r"(?:il sapone|mangiare|la mensa|il pane|le scarpe|la luce|le bollette|comprare)|possono "
         r"(?:neanche|nemmeno|manco) permettersi)\b|\bimmagina essere cosi pover[oa]\b"),
    rule("bullying:rumour", "bullying", "dico diro dire raccontare racconto diffondere",
         r"\b(?:dico|diro|adesso dico|ora dico|vado a dire|voglio dire|racconto|raccontero|vado a "
         r"raccontare|diffondo) (?:a )?(?:tutti|tutta la classe|tutta la scuola|tutto il gruppo)(?: ?che)? ?"
         r".{0,50}?(?:fa (?:ancora )?la pipi a letto|bagna il letto|dorme (?:ancora )?(?:col|con il|con "
         r"la|con un|con una) (?:peluche|orsacchiotto|mamma|lucina|luce accesa)|porta il pannolino|si "
         r"succhia il pollice|ha i pidocchi)"),
    rule("bullying:insult", "bullying", "corre correre cammina balla muove mangia sembra",
         sentence(r"(?:cane|gatto|cavallo|torta|disegno|costume|fratell\w*|sorell\w*|mamma|papa|"
                  r"nonn[oa]|cugin[oa])") + r"(?:lei|lui|tu|guardala|guardalo|"
         r"guarda)\b(?: \w+){0,5}? (?:corre|cammina|balla|si muove|mangia|sembra|pare|come) (?:\w+ ){0,3}?"
         r"(?:un |una |un')" + _HEAVY_IT + r"\b"),
    rule("bullying:insult", "bullying", "voce parli canti leggi vocina",
         r"\b(?:la tua voce|quando (?:parli|canti|leggi)|con quella vocina|con quella voce)(?: ad alta "
         r"voce)? (?:sembra|e come|pare|da) (?:" + _SOUND_IT + r"|.{0,60}?\b" + _SILENCE_IT + r")"),
    rule("bullying:insult", "bullying", "sembri sembrano capelli",
         r"\bsembri (?:un |una |un')(?:\w+ )?" + _OBJ_IT + r"\b|\bi tuoi (?:capelli|denti) sembrano (?:un |"
         r"una |un')?(?:\w+ )?" + _OBJ_IT + r"\b"),
]

# -- de (ä ö ü are read as a o u, ß as ss) --------------------------------------------
_CRYNAME_DE = (r"(?:heulsuse|heulboje|heulbaby|heulpeter|flennsuse|jammerlappen|mimose|memme|weichei|"
               r"baby|muttersohnchen|mamakind|heultrine|heulliese)")
_MUMMY_DE = (r"(?:lauf|renn|geh|geht|lauft|rennt|will|braucht|ruft|ruf|holt|hol) (?:heulend )?(?:zu |nach )?"
             r"(?:deiner|seiner|ihrer|der) (?:mama|mami|mutti|mutter)")
_CRY_DE = (r"(?:hat (?:\w+ ){0,4}?(?:geheult|geweint|geflennt|rumgeheult|geplarrt)|"
           r"heult|heulte|weint|weinte|flennt|flennte|plarrt|fing an zu (?:heulen|weinen|flennen)|ist in "
           r"tranen ausgebrochen)")
_FAMILY_DE = (r"(?:mein|meine|meinen|meiner|unser|unsere) (?:kleiner |kleine |grosser |grosse )?"
              r"(?:bruder|schwester|cousin|cousine|baby|sohn|tochter|neffe|nichte|hund|katze)")
_ODD_NAMES_DE = ("freak", "spinner", "spinnerin", "komische", "komischer", "seltsame", "seltsamer",
                 "loser", "versager", "versagerin", "opfer", "dicke", "dicker", "fettsack", "moppel",
                 "moppelchen", "petze", "streber", "streberin", "heulsuse", "aussenseiter",
                 "aussenseiterin", "stinker", "stinkerin", "assi", "asi", "fettklops")
_ODD_DE = "(?:" + "|".join(_ODD_NAMES_DE) + ")"
_AVOID_DE = (r"(?:(?:tut|tu|tun) (?:alle )?(?:so als|mal so|so wie)|so tun|ignorier\w+|nicht hinschauen|"
             r"nicht hingucken|schaut weg|guckt weg|versteckt euch|lauft|keiner redet mit|weg hier)")
_SNITCH_DE = r"(?:petze|verrater|verraterin|petzer|petzerin|schleimer|schleimerin)"
_WHY_DE = (r"(?:(?:und )?du weisst (?:genau |ja )?warum|(?:alle|jeder) wissen? warum|frag dich mal warum|"
           r"denk mal nach|kein wunder|weil du|finde? dich damit ab|damit abfinden|selber schuld)")
_HEAVY_DE = (r"(?:nilpferd|elefant|kuh|wal|schwein|robbe|walross|nashorn|gorilla|affe|ente|pinguin|"
             r"presswurst|wurst|kartoffelsack|kuhlschrank|fass|tonne|panzer|kugel|mops|seekuh|orca)")
_SOUND_DE = (r"(?:(?:eine |ne )?kreide|fingernagel auf|(?:eine |ne )?quietschende tur|(?:eine |ne )?"
             r"sterbende katze|(?:eine |ne )?ziege|(?:eine |ne )?ente|(?:eine |ne )?sirene|(?:ein |n )?"
             r"esel|(?:eine |ne )?alarmanlage)")
_SILENCE_DE = (r"(?:red (?:einfach )?nicht|rede nie wieder|red nie wieder|halt (?:einfach )?(?:die klappe|"
               r"den mund)|sag nie wieder|sing nie wieder|sei still|bleib still|lieber nicht reden|"
               r"schweig|sprich nie wieder|lies nie wieder)")
_OBJ_DE = (r"(?:karotte|mohre|besen|mopp|wischmopp|vogelnest|heuhaufen|klobuerste|klobürste|pudel|"
           r"schaf|brokkoli|kartoffel|clown|vogelscheuche|ratte|pferd|hase|biber|ananas|busch|"
           r"nilpferd|schwein|kuh|affe|tomate)")
RULES += [
    rule("bullying:insult", "bullying", "hat heult heulte weint weinte flennt flennte plarrt fing ist",
         sentence(_FAMILY_DE) + nb("ich", "wir", "ich hab", "ich habe", "alle", "baby")
         + _CRY_DE + r"\b(?!.{0,100}?\bich bin (?:so |echt |halt |eine |ein |ne |n |)*(?:heul|baby|"
         r"memme|mimose))(?=.{0,100}?\b(?:" + _CRYNAME_DE + r"|" + _MUMMY_DE + r")\b)"),
    rule("bullying:insult", "bullying", "lauf renn geh geht lauft rennt will braucht ruft ruf holt hol",
         after("heulsuse", "heulboje", "heulbaby", "jammerlappen", "memme", "flennsuse") + r"(?:\w+ )?"
         + _MUMMY_DE + r"\b"),
    rule("bullying:insult", "bullying", "moppel moppelchen pummel pummelchen fettsack fettklops fettsau "
         "dicke dicker fetti wal walross schwabbel speckbacke",
         r"\b(?:der |die |das )?(?:moppel|moppelchen|pummel|pummelchen|fettsack|fettklops|fettsau|dicke|"
         r"dicker|fetti|walross|schwabbel|speckbacke) (?:hat (?:\w+ ){0,4}?(?:verdruckt|gegessen|"
         r"gefressen|verschlungen|reingestopft|reingehauen|vernichtet|verputzt|verschlungen)|frisst|isst|"
         r"futtert|stopft)\b(?=.{0,80}?\b(?:schon wieder|wieder|immer noch|noch|hunger|hungrig|zwei|drei|"
         r"vier|funf|\d+|ganze|ganzen|" + LAUGH_DE + r")\b)"),
    rule("bullying:insult", "bullying", "kommt da ist gekommen auftaucht taucht",
         r"\b(?:achtung|da|oh|hier|vorsicht|schaut|guckt) (?:kommt|ist) (?:der |die |das |unser |unsere )?"
         r"(?=" + _ODD_DE + r"\b.{0,60}?\b" + _AVOID_DE + r")|"
         + after(*_ODD_NAMES_DE) + r"(?:kommt|ist da|ist gekommen|taucht auf)\b(?=.{0,60}?\b"
         + _AVOID_DE + r")"),
    rule("bullying:insult", "bullying", "petze verrater verraterin petzer petzerin schleimer schleimerin",
         r"(?:^|[.!?] )(?:du |du alte |du kleine |du bist (?:so )?(?:eine |ein )?|)" + _SNITCH_DE
         + r"(?: [.!])* (?:\w+ ){0,2}?(?:wegen dir|du hast|du bist|dank dir|jetzt wissen|jetzt weiss|"
         r"jetzt haben)\b"),
    rule("bullying:exclusion", "bullying", "keiner niemand geburtstag party",
         r"\b(?:keiner|niemand) (?:wahlt|nimmt|will) dich (?:je |jemals |)(?:ins|in sein|in ihr|in die|"
         r"in der|in seine|in unser) (?:team|mannschaft|gruppe)\b(?=.{0,70}?\b" + _WHY_DE + r")|"
         r"\b(?:keiner|niemand) (?:kommt|wird) (?:\w+ )?(?:zu|auf) (?:deinem|deine|deiner) (?:geburtstag|"
         r"party|feier)\b|\b(?:zu|auf) (?:deinem|deine|deiner) (?:geburtstag|party|feier) (?:kommt|wird|"
         r"kam) (?:eh |sowieso |doch |eh nie |doch eh )?(?:keiner|niemand)\b"),
    rule("bullying:exclusion", "bullying", "last belastung klotz ballast bremse uberflussig ohne "
         "vermissen",
         r"\b" + nb("nicht", "keine") + r"du bist (?:nur |einfach |echt |so |ein |eine |nur ein |nur eine |"
         r"halt |ne |n )*(?:last|belastung|klotz am bein|ballast|bremse) (?:fur|fuer) (?:alle|uns|die "
         r"gruppe|die klasse|das team|deine eltern|jeden)\b|\bdu bist (?:einfach |echt |hier |doch )*"
         r"(?:uberflussig|ueberfluessig)\b|\bohne dich (?:ware|war|wars|waere|wurde) (?:die klasse|die "
         r"gruppe|das team|es|alles) (?:\w+ )?(?:viel |so |echt |mega |)(?:besser|entspannter|schoner|"
         r"ruhiger|lustiger)\b|" + sentence(_FICTION)
         + r"(?:keiner|niemand) (?:wurde|wuerde|wird) dich (?:\w+ )?vermissen\b"),
    rule("bullying:poverty", "bullying", "eltern familie mutter vater hause denen arm",
         r"\b(?:seine|ihre|\w+s) (?:eltern|familie|mutter|mama|vater|papa|alten) (?:sind|ist) (?:ja |halt "
         r"|eh |doch )?(?:arbeitslos|pleite|hartz \w+|auf hartz|am ende)\b(?=.{0,60}?\b(?:deshalb|darum|"
         r"deswegen|drum|kein wunder|" + LAUGH_DE + r")\b)|\b(?:bei (?:denen|ihm|ihr)|bei \w+) (?:zu "
         r"hause|daheim) (?:reicht es|reichts|gibts|gibt es) (?:nicht mal|nichtmal|noch nicht mal|nicht "
         r"einmal) (?:fur|fuer)? ?(?:brot|essen|seife|strom|schuhe)\b"),
    rule("bullying:rumour", "bullying", "erzahl erzahle erzähl sag sage verbreite",
         r"\b(?:ich )?(?:erzahl|erzahle|sag|sage|verbreite|schreib) (?:es )?(?:allen|der ganzen klasse|der "
         r"ganzen schule|jedem|uberall)(?: ?dass| ?das)? ?.{0,50}?(?:(?:noch|immer noch) (?:ins bett macht|"
         r"ins bett pinkelt|windeln tragt)|ins bett (?:macht|pinkelt)|mit (?:einem |seinem |ihrem )?"
         r"(?:kuscheltier|teddy|nachtlicht|schnuller) schlaft|am daumen lutscht|lause hat|windeln tragt)"),
    rule("bullying:insult", "bullying", "lauft rennt tanzt bewegt isst watschelt sieht aus",
         sentence(r"(?:hund|katze|pferd|kuchen|bild|kostum|verkleidet|schwester|bruder|mama|papa|"
                  r"mutter|vater|oma|opa|cousin\w*|tante|onkel|baby)") + r"(?:sie|er|du|die|der)\b"
         r"(?: \w+){0,5}? (?:lauft|rennt|tanzt|bewegt sich|isst|watschelt|siehst|sieht|aus)(?: \w+){0,4}? "
         r"(?:aus )?wie (?:ein |eine |ne |n |so ein |so ne )?" + _HEAVY_DE + r"\b"),
    rule("bullying:insult", "bullying", "stimme nuschelst redest sprichst klingst singst lachst",
         r"\b(?:deine stimme (?:klingt|ist|hort sich an)|du (?:nuschelst|redest|sprichst|klingst|singst|"
         r"lachst))(?: \w+){0,3}? (?:wie|als (?:ob|hattest|hatte)) (?:" + _SOUND_DE + r"|.{0,60}?\b"
         + _SILENCE_DE + r")"),
    rule("bullying:insult", "bullying", "aus",
         r"\bdeine (?:haare|frisur|nase|zahne|ohren|stirn|haut|zahnspange) (?:sehen|sieht) (?:\w+ )?aus "
         r"wie (?:ein |eine |ne |n )?(?:\w+ )?" + _OBJ_DE + r"\b"),
]
