"""Poverty sneers dressed as an aside, a compliment or a guess (appended to
`harm.RULES` through harm_poverty_mock.py; en es fr pt de it here, tr id in
harm_poverty_sneers_langs.py).  Reason `bullying:poverty`.

Why a second module: harm_poverty_mock.py reads a family fact *with
laughter*, but the laugh is often an emoji (dropped from the phrase form) or
not there at all - the jeer is in the shape of the sentence:

* a haircut at home with kitchen scissors, as a question to the reader ("tua
  madre ti ha tagliato i capelli con le forbici della cucina?", "tu madre te
  cortó el pelo con las tijeras de cocina?");
* "you can tell there's no money at your house" ("si vede che in casa non
  c'è un euro", "se nota que en tu casa no hay ni un euro");
* a fake compliment on clothes with the cheap place as a tag question and a
  second sneer ("que tênis lindo... da feira de domingo né? pelo menos
  combina com a casa de vocês", "nice trainers, from the market right? at
  least they match your house");
* a child nicknamed by cheap clothes ("la de las zapatillas del mercadillo",
  "the girl with the charity shop coat") with a jeer or the parent after it;
* the same clothes again *and* a parent still out of work ("same hoodie
  again, his dad's still job hunting i guess");
* "go sell / you'll end up cleaning ... like your mum".

Passes: the writer's own haircut, money or bargains ("mi madre me cortó el
pelo en casa, quedó genial", "I bought my trainers at the Sunday market,
10€!", "in casa mia non c'è un euro questo mese"), a kind question ("nice
shoes, from the market right? how much were they?"), a parent's job told
plainly, help, and reports (excused by the frames).
"""

from __future__ import annotations

from .harm_accent_mock import LAUGH_DE, LAUGH_EN, LAUGH_ES, LAUGH_FR, LAUGH_IT, LAUGH_PT
from .rules import Rule, rule

# concern, a shared experience or a bargain after it (all six languages)
_NOT_KIND = (r"(?!.{0,80}?\b(?:sorry|hope|hugs?|my (?:mum|mom|dad) (?:too|also|does)|mine too|same "
             r"here|looks? (?:good|great|nice|cute|fine)|suits you|lo siento|la mia tambien|a mi "
             r"tambien|queda genial|te queda bien|ahorr\w+|desole|la mienne aussi|moi aussi|ca te "
             r"va bien|sinto muito|a minha tambem|ficou lindo|ficou otimo|economi\w+|tut mir leid|"
             r"meine auch|steht dir|mi dispiace|anche la mia|anche a me|ti sta bene|stai benissimo|"
             r"risparmi\w*)\b)")
_LAUGHS = (r"(?:" + LAUGH_EN + r"|" + LAUGH_ES + r"|" + LAUGH_FR + r"|" + LAUGH_PT + r"|" + LAUGH_DE
           + r"|" + LAUGH_IT + r")")
# a question mark or a jeer after the haircut
_JEERED = (r"(?=.{0,60}?(?:\?|\b(?:" + _LAUGHS + r"|huh|no money|se nota|se ve|si vede|on voit|ca "
           r"se voit|da pra ver|sieht man|man sieht)\b))")
RULES: list[Rule] = [
    # the haircut with kitchen scissors, put to the reader
    rule("bullying:poverty", "bullying", "tijeras cuenco bol ciseaux tesoura tigela kuchenschere "
         "schussel forbici scodella",
         r"(?:\btu (?:madre|mama|vieja|padre|papa|abuela) te (?:ha )?(?:corto|cortado|corta|rapo|rapado)"
         r" el pelo con (?:las |unas |la |el |un |una )?(?:tijeras de (?:la )?cocina|tijeras de "
         r"podar|un cuenco|un bol|una olla)\b|"
         r"\b(?:ta|ton) (?:mere|daronne|maman|pere|daron) t'a (?:coupe|rase) les cheveux avec (?:les "
         r"|des |un |une |le |la )?(?:ciseaux (?:de|a) cuisine|ciseaux de la cuisine|un bol|une "
         r"casserole)\b|"
         r"\b(?:tua|sua|teu|seu) (?:mae|pai|avo|coroa|velha|mainha) (?:te )?(?:cortou|corta|cortava) "
         r"(?:o )?(?:teu |seu )?cabelo com (?:a |uma |o |um )?(?:tesoura da cozinha|tesoura de "
         r"cozinha|uma tigela|um pote|uma panela)\b|"
         r"\b(?:hat )?(?:dir )?(?:deine|dein) (?:mutter|mama|vater|papa|oma|alte|alter) (?:hat )?"
         r"(?:dir )?(?:die haare )?mit (?:der |einer |dem |einem )?(?:kuchenschere|schussel|topf) "
         r"(?:die haare )?(?:geschnitten|gemacht|abgeschnitten)\b|"
         r"\b(?:tua|tuo) (?:madre|mamma|padre|papa|nonna) ti (?:ha )?(?:tagliato|taglia|rasato) i "
         r"capelli con (?:le |la |il |una |un )?(?:forbici (?:della|da) cucina|una scodella|la "
         r"scodella|una pentola)\b)" + _JEERED + _NOT_KIND,
         requires="tu ta ton tua sua teu seu deine dein tuo"),
    # "you can tell there's no money at your house", "si vede che in casa non c'è un euro"
    rule("bullying:poverty", "bullying",
         "money euro duro dinero plata pasta rond thune sou argent real dinheiro grana centavo "
         "geld kohle cent soldi soldo centesimo lira",
         r"\b(?:you can tell|clearly|obviously|i guess|guess|cos|because|bc) (?:there is|there's|"
         r"theres) no money (?:at|in) your (?:house|home|place)\b|"
         r"\b(?:se nota que|se ve que|esta claro que|ya se ve que|obvio que) (?:en tu casa |en "
         r"vuestra casa |en casa |en tu familia )?no (?:hay|teneis|tienen|tenes|tienes) (?:ni )?"
         r"(?:un euro|un duro|un peso|un centimo|dinero|plata|pasta)\b|"
         r"\ben (?:tu|vuestra) casa no (?:hay|tienen|teneis) (?:ni )?(?:un euro|un duro|un peso|un "
         r"centimo|dinero|plata|pasta)\b|"
         r"\b(?:on voit (?:bien )?que|ca se voit que|c'est clair que|visiblement) (?:chez (?:toi|vous)"
         r" )?(?:qu')?(?:il )?(?:y a|y'a|ya|y a) pas (?:un rond|une thune|un euro|d'argent|un sou|de "
         r"thune)\b|"
         r"\bchez (?:toi|vous) (?:il )?(?:y a|y'a|ya) pas (?:un rond|une thune|un euro|un sou)\b|"
         r"\b(?:da pra ver que|da para ver que|ta na cara que|se ve que|e obvio que) (?:na (?:tua|sua)"
         r" casa |na casa de voces |em casa )?(?:nao tem|nao ha|nao sobra) (?:nem )?(?:um real|um "
         r"centavo|dinheiro|grana|um tostao)\b|"
         r"\bna (?:tua|sua) casa (?:nao tem|nao ha) (?:nem )?(?:um real|um centavo|um tostao)\b|"
         r"\b(?:man sieht|sieht man|merkt man) (?:halt |echt |schon |ja )?(?:dass|das) (?:ihr|deine "
         r"familie|deine eltern) (?:zu hause )?(?:kein geld|keine kohle|keinen cent) (?:habt|hat|"
         r"haben)\b|"
         r"\bbei euch (?:zu hause |daheim )?(?:gibt es|gibts|gibt's|ist) (?:wohl |halt |echt )?"
         r"(?:kein geld|keine kohle|keinen cent)\b|"
         r"\b(?:si vede che|e chiaro che|ovvio che|evidentemente|tanto) (?:a casa tua |in casa tua "
         r"|da voi |a casa vostra |in casa |a casa )?non (?:c'e|ci sono) (?:neanche |nemmeno |manco )?"
         r"(?:un euro|una lira|un soldo|soldi|un centesimo)\b|"
         r"\b(?:a casa tua|in casa tua|da voi|a casa vostra) non (?:c'e|ci sono) (?:neanche |nemmeno "
         r"|manco )?(?:un euro|una lira|un soldo|un centesimo)\b",
         requires="your tu tus te tienes teneis tenes vuestra toi vous ta ton tua sua teu voces "
                  "voce ihr euch deine dein tuo ti hai sei vostra voi"),
]

# -- a fake compliment: the cheap place as a tag question, then a second sneer ----------
_ITEM_EN = (r"(?:trainers|shoes|sneakers|coat|jacket|hoodie|jumper|bag|backpack|clothes|outfit|dress|"
            r"top|jeans|boots|uniform)")
_CHEAP_EN = (r"(?:(?:the |a )?(?:sunday market|market|car boot(?: sale)?|jumble sale|charity shop|pound"
             r" shop|poundland|bargain bin|flea market|food bank))")
_ITEM_ROM = (r"(?:zapatillas|zapatos|tenis|ropa|abrigo|chaqueta|mochila|camiseta|sudadera|bambas|"
             r"deportivas|pantalones|botas|baskets|chaussures|manteau|veste|sac|pull|sweat|fringues|"
             r"roupa|roupas|sapato|casaco|camisa|chinelo|blusa|jaqueta|calca|vestido|bone|schuhe|"
             r"jacke|klamotten|turnschuhe|pulli|hoodie|rucksack|scarpe|giacca|vestiti|felpa|zaino|"
             r"giubbotto|maglietta)")
_CHEAP_ROM = (r"(?:del mercadillo|del rastro|de los chinos|del chino|de segunda mano|de caritas|del "
              r"tianguis|du marche|de la brocante|de chez emmaus|d'emmaus|de la friperie|des restos du "
              r"coeur|du vide grenier|da feira|do brecho|do camelo|da 25|do bazar|de doacao|do "
              r"paraguai|vom flohmarkt|vom wochenmarkt|aus der kleiderkammer|vom sperrmull|aus dem "
              r"container|von kik|vom roten kreuz|del mercato|dal mercato|del mercatino|dai cinesi|"
              r"della caritas|di seconda mano)")
_TAG = (r"(?:right|yeah|innit|is not it|eh|huh|i bet|i guess|no|verdad|a que si|non|hein|c'est ca|"
        r"avoue|j'imagine|ne|neh|nao e|ne nao|certo|oder|ne|gell|gel|stimmts|vero|giusto|scommetto)")
_MATCH_HOME = (r"(?:at least (?:it|they|that|those) (?:match|matches|go with|goes with|suit|suits) "
               r"your (?:house|home|flat|caravan|family)|al menos (?:pegan|combinan|van|queda|pega|"
               r"combina) con tu casa|por lo menos (?:pegan|combinan|van|pega|combina) con tu casa|au "
               r"moins (?:ca|elles|ils|c'est) (?:va|vont|assorti|assortie) (?:bien )?avec (?:ta|votre) "
               r"(?:maison|baraque|famille|appart)|pelo menos (?:combina|combinam|fica bem|ficam bem) "
               r"com (?:a |o )?(?:sua |tua |teu |seu )?(?:casa|barraco|familia)|(?:wenigstens|"
               r"zumindest) (?:passt|passen) (?:es|sie|die|der|das) zu (?:eurer wohnung|eurem haus|"
               r"eurer bude|deiner familie|eurer familie)|almeno (?:si abbinano|si abbina|vanno|va|"
               r"stanno bene) con (?:casa tua|la tua casa|la vostra casa|casa vostra))")
RULES += [
    rule("bullying:poverty", "bullying",
         "market boot jumble charity pound poundland bargain flea food mercadillo rastro chinos "
         "chino segunda caritas tianguis marche brocante emmaus friperie restos vide feira brecho "
         "camelo 25 bazar doacao paraguai flohmarkt wochenmarkt kleiderkammer sperrmull container "
         "kik kreuz mercato mercatino cinesi seconda",
         r"\b" + _ITEM_EN + r"(?: \S+){0,5}? (?:from|at) " + _CHEAP_EN + r" " + _TAG + r"\b"
         r"(?=.{0,80}?(?:\b" + _LAUGHS + r"\b|\bat least\b|\bmatch(?:es)? your\b|\bpeasant\b))|"
         r"\b" + _ITEM_ROM + r"(?: \S+){0,5}? " + _CHEAP_ROM + r"(?: de domingo| do bairro| de la "
         r"esquina| du dimanche| vom sonntag| della domenica)? " + _TAG + r"\b(?=.{0,80}?(?:\b"
         + _LAUGHS + r"\b|\bal menos\b|\bpor lo menos\b|\bau moins\b|\bpelo menos\b|"
         r"\bwenigstens\b|\bzumindest\b|\balmeno\b|\btu (?:madre|padre|mama|papa)\b))|"
         r"\b(?:market|charity shop|pound shop|car boot|jumble sale|flea market|mercadillo|rastro|"
         r"chinos|chino|segunda mano|marche|brocante|emmaus|friperie|feira|brecho|camelo|bazar|"
         r"flohmarkt|kleiderkammer|sperrmull|mercato|mercatino|cinesi|seconda mano)\b.{0,120}?\b"
         + _MATCH_HOME + r"\b"),
    # a child nicknamed by cheap clothes: "la de las zapatillas del mercadillo ... tu madre ..."
    rule("bullying:poverty", "bullying",
         "mercadillo rastro chinos chino caritas segunda feira brecho camelo doacao marche emmaus "
         "friperie mercato mercatino cinesi market charity pound",
         r"(?:\b(?:la|el) (?:chica |chico |nina |nino |tia |tio )?de (?:las|los|la|el) " + _ITEM_ROM
         + r" (?:del mercadillo|del rastro|de los chinos|del chino|de segunda mano|de caritas)\b|"
         r"\b(?:a|o) (?:menina |menino )?(?:do|da|dos|das) " + _ITEM_ROM + r" (?:da feira|do brecho|"
         r"do camelo|de doacao)\b|"
         r"\b(?:celle|celui) (?:avec|aux|au|a la) (?:les |le |la )?" + _ITEM_ROM + r" (?:du marche|"
         r"d'emmaus|de chez emmaus|de la friperie)\b|"
         r"\b(?:quella|quello) (?:con|delle|della|dello|dei) (?:le |la |lo |i )?" + _ITEM_ROM
         + r" (?:del mercato|del mercatino|dei cinesi|della caritas)\b|"
         r"\bthe (?:girl|boy|kid|one) (?:with|in) the (?:charity shop|pound shop|market|food bank|"
         r"poundland) " + _ITEM_EN + r"\b)"
         r"(?=.{0,100}?(?:\b(?:" + _LAUGHS + r"|tu (?:madre|padre|mama|papa|familia)|tua (?:mae|"
         r"familia)|teu pai|ta (?:mere|famille)|ton pere|tua (?:madre|mamma)|tuo padre|your "
         r"(?:mum|mom|dad|family|parents)|o que|ou quoi|o cosa)\b|\?))"),
    # the same clothes again and a parent still out of work ("same hoodie again, his dad's
    # still job hunting i guess"); the parent's job alone is harm_poverty_mock.py's
    rule("bullying:poverty", "bullying", "same again misma mismas mismo mismos meme memes mesmo "
         "mesma dieselbe dieselben denselben stessa stesse stesso",
         r"\b(?:same|that) (?:\w+ )?(?:coat|clothes|shoes|jumper|hoodie|trainers|jacket|uniform|top|"
         r"jeans|bag) (?:again|every day|all week|all year)\b(?: \S+){0,8}? (?:his|her|their|your|"
         r"\w+'s) (?:mum|mom|dad|father|mother|parents|old man)(?:'s| is| are|s)? (?:still )?"
         r"(?:unemployed|jobless|out of work|job hunting|looking for (?:a )?(?:job|work)|on the dole|"
         r"on benefits|not found (?:a )?job|lost (?:his|her|their) job|fired|sacked)\b|"
         r"\b(?:la misma|el mismo|las mismas|los mismos) " + _ITEM_ROM + r"(?: de siempre)?\b(?: \S+)"
         r"{0,8}? (?:su|tu) (?:padre|madre|papa|mama|viejo|vieja) (?:sigue|esta|anda|todavia esta|aun"
         r" esta) (?:en el paro|sin trabajo|sin curro|buscando (?:trabajo|curro))\b|"
         r"\b(?:le meme|la meme|les memes) " + _ITEM_ROM + r"\b(?: \S+){0,8}? (?:son|sa|ton|ta) (?:pere|"
         r"mere|daron|daronne) (?:est )?(?:toujours|encore) (?:au chomage|sans (?:boulot|taf|"
         r"travail))\b|"
         r"\b(?:o mesmo|a mesma|os mesmos|as mesmas) " + _ITEM_ROM + r"\b(?: \S+){0,8}? (?:o pai dele|"
         r"a mae dele|o pai dela|a mae dela|teu pai|tua mae|seu pai|sua mae) (?:ainda )?(?:ta|esta|"
         r"continua)? ?(?:desempregado|desempregada|sem emprego|sem trampo|procurando emprego)\b|"
         r"\b(?:dieselbe|dieselben|denselben|dasselbe) " + _ITEM_ROM + r"\b(?: \S+){0,8}? (?:sein|ihr|"
         r"dein) (?:vater|papa|alter|mutter|mama) (?:ist )?(?:wohl )?(?:immer noch|noch immer|"
         r"noch) (?:arbeitslos|ohne job|auf jobsuche)\b|"
         r"\b(?:la stessa|lo stesso|le stesse|gli stessi) " + _ITEM_ROM + r"\b(?: \S+){0,8}? (?:suo|"
         r"sua|tuo|tua) (?:padre|madre|papa|mamma) (?:e |sta )?(?:ancora|sempre) (?:disoccupato|"
         r"disoccupata|senza lavoro|a cercare lavoro)\b"),
    # "you'll end up cleaning toilets like your mum lol"
    rule("bullying:poverty", "bullying", "toilets floors streets bins begging burgers",
         r"\b(?:go|you will end up|you'll end up|you are gonna end up|you're gonna end up|you are "
         r"going to end up|you will be|might as well|just go) (?:\S+ )?(?:clean|cleaning|scrub|"
         r"scrubbing|sweep|sweeping|empty|emptying|beg|begging|flip|flipping) (?:\S+ ){0,2}?(?:toilets|"
         r"floors|streets|bins|for change|on the street|burgers) (?:\S+ )?like your (?:mum|mom|dad|"
         r"mother|father|parents|old man)\b" + _NOT_KIND,
         requires="your"),
]

from .harm_poverty_sneers_langs import RULES as _LANG_RULES  # noqa: E402

RULES += _LANG_RULES
