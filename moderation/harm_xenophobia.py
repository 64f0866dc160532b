"""Xenophobic and racist exclusion with no slur: the reader told to go back to
their country, that their kind is not wanted, that this is "our" country
(appended to `harm.RULES`; en es fr pt de it here, ru tr pl id ar hi zh in
harm_xenophobia_langs.py).  Reason `bullying:xenophobia`, category bullying
(the lexicon adds `slur` when a slur word is there too).

"people like you and your family should go back where you came from, nobody
here wants your kind", "go back to your country", "why don't you go back to
africa", "refugees like you should go home", "vuélvete a tu país",
"retourne dans ton pays", "geh zurück in dein Land", "tornatene al tuo
paese", "volta pro seu país".  Shapes:

* a return order: go back / get back / crawl back to *your* country (or
  homeland, desert, jungle, a country named after "back to"), "back where you
  came from", in the imperative or after "you should / you people / why don't
  you"; the writer's own trip ("i went back to my country", "i want to go back
  to my country one day"), other people's ("he went back to his country"),
  the reader's plans ("when do you go back to your country?", "you can go back
  to your country for the summer") and menus, seats and rooms pass;
* "your kind" / "people like you" / "immigrants like you" with not wanted, not
  welcome, should leave; "we don't want foreigners here"; "get out of our
  country" said to the reader.

Discussion ("saying go back to your country is racist"), reports ("someone
told my friend to go back to his country and we reported it") and advice are
excused by the frames like every harm rule.
"""

from __future__ import annotations

from .rules import Rule, rule

# -- en --------------------------------------------------------------------------
_COUNTRIES = (
    r"(?:africa|asia|china|india|pakistan|bangladesh|mexico|syria|iraq|iran|afghanistan|somalia|"
    r"nigeria|ghana|poland|romania|albania|turkey|morocco|algeria|jamaica|eritrea|sudan|ukraine|"
    r"russia|vietnam|the philippines|the middle east|arabia|your continent)"
)
_COUNTRY_WORDS = ("africa asia china india pakistan bangladesh mexico syria iraq iran afghanistan "
                  "somalia nigeria ghana poland romania albania turkey morocco algeria jamaica eritrea "
                  "sudan ukraine russia vietnam philippines middle arabia")
_HOME = (
    r"(?:your (?:own )?(?:country|countries|homeland|home country|motherland|own land|desert|jungle|"
    r"cave|mud hut|hut|tribe|continent|shithole country|third world country|refugee camp|boat)|where"
    r" you (?:came|come|crawled|belong|are from)|wherever you (?:came|come|crawled) from|whatever "
    r"(?:country|hole|shithole) you (?:came|come|crawled) from|" + _COUNTRIES + r")"
)
# the reader's own plans, the writer's and others' trips: not an order
_NOT_ASKED = (r"(?<!\bi )(?<!\bwe )(?<!they )(?<!\bhe )(?<!she )(?<!\bto )(?<!can )(?<!could )"
              r"(?<!will )(?<!\bdid )(?<!\bdo )(?<!would )(?<!going )(?<!planning )(?<!you )"
              r"(?<!\bwhen )(?<!\bif )(?<!might )(?<!may )(?<!\bever )(?<!never )(?<!ll )")
_NOT_TRIP = (
    r"(?!'s|s\b| (?:settings?|page|tab|menu|list|section|selection|flag|code|channel|server|team|"
    r"option|screen|profile|region)\b)"
    r"(?! (?:\S+ )?(?:for|over) (?:the |a |christmas|eid|easter)?(?:summer|holidays?|break|vacation|"
    r"christmas|eid|wedding|funeral|visit|week|weekend|bit|while|few|month)\b)"
    r"(?![^.!?]{0,40}\b(?:to visit|to see (?:your |the )?(?:family|grandparents|relatives|gran|nan)|"
    r"next (?:summer|year|month|week)|this (?:summer|year)|on holiday|one day|someday|soon \?|miss "
    r"it|visa|flight|ticket)\b)"
)
_GO = (r"(?:go back|get back|fuck off back|piss off back|sod off back|crawl back|swim back|run back|"
       r"head back|move back|go|get lost back|go home|just go back|go right back)")
RULES: list[Rule] = [
    rule("bullying:xenophobia", "bullying",
         "country countries homeland motherland desert jungle cave hut tribe continent came come "
         "crawled belong camp boat " + _COUNTRY_WORDS,
         r"\b" + _NOT_ASKED + _GO + r" (?:to )?" + _HOME + r"\b" + _NOT_TRIP + "|"
         r"\bwhy (?:do not|dont|not|cant|can not|will not) (?:you|yall|you people|you all|you lot) "
         r"(?:just )?" + _GO + r" (?:to )?" + _HOME + r"\b|"
         r"\b(?:should|need to|needs to|must|better|ought to|have to|has to) (?:\S+ )?" + _GO
         + r" (?:to )?" + _HOME + r"\b" + _NOT_TRIP,
         requires="go back"),
    # "nobody here wants your kind", "people like you should go home", "immigrants like you"
    rule("bullying:xenophobia", "bullying", "kind like",
         r"\byour kind (?!of\b)(?:is|are|is not|are not|aint|do not|does not|should|need to|can|will never|"
         r"never|were|was|has|have)(?: \S+)? (?:welcome|wanted|allowed|belong\w*|go back|leave|get "
         r"out|fit in|here|not welcome|deported|disgusting|dirty|ruining|taking)\b|"
         r"\b(?:no one|nobody|we|no one here|nobody here|we do not|we dont) (?:\S+ )?(?:wants|want|"
         r"needs|need|likes|like) your kind\b(?! of\b)|\b(?:not|no) (?:for|place for) your kind\b|"
         r"\b(?:immigrants|foreigners|refugees|migrants|asylum seekers|people like you and your family)"
         r" like you (?:\S+ )?(?:are not|aint|do not|should|need to|must|never|can not|are ruining|"
         r"ruin|are the problem|are taking|take|steal|should go|do not belong|will never|are "
         r"disgusting|are dirty|smell|stink|go home|go back|get out|leave)\b|"
         r"\bpeople like you (?:and your (?:family|parents|kind) )?(?:\S+ )?(?:should (?:go|get|be "
         r"sent) (?:back|home|out|deported)|need to go back|do not belong (?:here|in (?:this|our) "
         r"country)|are ruining (?:this|our) country|should not be (?:allowed )?in (?:this|our) "
         r"country|are not welcome (?:here|in (?:this|our) country))\b",
         requires="your immigrants foreigners refugees migrants asylum people"),
    # "we don't want foreigners here", "get out of our country", "you should be deported"
    rule("bullying:xenophobia", "bullying",
         "foreigners immigrants refugees migrants outsiders country deported deport",
         r"\b(?:we|no one|nobody|no one here|nobody here) (?:do not want|dont want|want no|wants|want|"
         r"need|needs) (?:any )?(?:more )?(?:foreigners|immigrants|refugees|migrants|outsiders|you "
         r"people|people like you) (?:here|in (?:our|this|my) (?:country|school|class|town|city|"
         r"street))\b|"
         r"\b(?:foreigners|immigrants|refugees|migrants) (?:go home|get out|out|not welcome|are not "
         r"welcome|should (?:go home|go back|leave|be deported|get out))\b(?! (?:of (?:the )?"
         r"(?:game|server|lobby|match))\b)|"
         r"\bget (?:the hell |the fuck )?out of (?:my|our) country\b|"
         r"\bthis is (?:our|my) country(?:,)? not (?:yours|your)\b|"
         r"\b(?:go home|go back|leave|get out|piss off|fuck off|get lost)(?: \S+){0,3}? this is (?:our|"
         r"my) country\b|"
         r"\byou (?:\S+ )?(?:should|need to|must|ought to|deserve to|are going to|will) (?:be|get) "
         r"deported\b",
         requires="we no nobody foreigners immigrants refugees migrants get this you"),
]

# -- es, fr, pt, de, it ------------------------------------------------------------
_NOT_TRIP_ROM = (
    r"(?![^.!?]{0,40}\b(?:en verano|de vacaciones|en navidad|algun dia|pronto \?|cet ete|pour les "
    r"vacances|en vacances|un jour|no verao|nas ferias|de ferias|um dia|im sommer|in den ferien|"
    r"eines tages|urlaub|quest'estate|per le vacanze|in vacanza|un giorno|a visitar|pour voir|pra "
    r"visitar|zu besuch|a trovare)\b)"
)
RULES += [
    rule("bullying:xenophobia", "bullying",
         "vuelvete vuelve regresa regresate largate vete volvete andate marchate vuelvan regresen "
         "vayanse larguense volved largaos idos iros",
         r"(?<!cuando )(?<!si )(?<!que )\b(?:vuelvete|vuelve|regresa|regresate|largate|vete|volvete|"
         r"andate|marchate|volved|largaos|idos|iros)(?: ya| de una vez)? (?:a|pa|para) (?:tu|vuestro|"
         r"vuestra) (?:propio |propia )?(?:pais|tierra|patria|selva|desierto|continente|pueblo de "
         r"mierda)\b" + _NOT_TRIP_ROM + "|"
         r"\b(?:vuelvan|regresen|vayanse|larguense)(?:se)?(?: ya)? (?:a|pa|para) (?:su|sus) "
         r"(?:pais|paises|tierra|patria)\b" + _NOT_TRIP_ROM + "|"
         r"\b(?:vuelvete|vuelve|regresa|regresate|largate|vete|volvete) (?:a |por |pa )?(?:de )?"
         r"(?:donde|por donde) (?:viniste|vienes|saliste)\b|"
         r"\b(?:los|las|la gente|personas|inmigrantes|extranjeros) como tu (?:no (?:son bienvenid\w+|"
         r"pintan nada|deberian estar|pertenecen)|sobran|deberian irse|tienen que irse)\b|"
         r"\bfuera de (?:mi|nuestro) pais\b"),
    rule("bullying:xenophobia", "bullying",
         "retourne rentre repars degage retournez rentrez repartez degagez barre casse barrez cassez "
         "pays etranger etrangere comme",
         r"(?<!je )(?<!il )(?<!elle )(?<!on )(?<!quand tu )\b(?:retourne|rentre|repars|casse-toi|"
         r"casse toi|barre-toi|barre toi|degage|retournez|rentrez|repartez|cassez-vous|barrez-vous|"
         r"degagez) (?:dans|a|au|en|chez) (?:ton|votre|tes|vos|ta) (?:pays|bled|jungle|desert|"
         r"brousse|tribu|afrique)\b" + _NOT_TRIP_ROM + "|"
         r"\b(?:retourne|rentre|repars|retournez|rentrez) (?:la )?d'ou (?:tu viens|vous venez)\b|"
         r"\b(?:ici )?(?:c'est pas|ce n'est pas) ton pays\b|\b(?:t'es|tu es|tu n'es) pas chez toi "
         r"ici\b|\bsale (?:etranger|etrangere|immigre|immigree|migrant|migrante|refugie|refugiee)\b|"
         r"\bles (?:gens|mecs|filles|etrangers|immigres) comme toi (?:ont rien a faire|n'ont rien a "
         r"faire|doivent partir|devraient partir|doivent rentrer)\b"),
    rule("bullying:xenophobia", "bullying",
         "volta voltem vai va vaza volte retorna some gente aqui",
         r"(?<!quando )(?<!se )(?<!eu )(?<!ele )(?<!ela )\b(?:volta|voltem|vai embora|va embora|vaza|"
         r"volte|retorna|some|se manda|cai fora)(?: logo)? (?:pro|pra|para o|para a|para|pra tua|pro "
         r"teu|pro seu|pra sua) (?:seu |teu |sua |tua )?(?:pais|terra|paises|africa)\b"
         + _NOT_TRIP_ROM + "|"
         r"\b(?:volta|vai embora|vaza) (?:pra |para )?(?:de )?onde (?:voce|vc|tu) (?:veio|vieste)\b|"
         r"\b(?:gente|pessoas|imigrantes|estrangeiros) como (?:voce|vc|tu) nao (?:e bem-vinda|e bem "
         r"vinda|sao bem-vind\w+|sao bem vind\w+|pertence\w*|deveria\w* estar) aqui\b|"
         r"\baqui nao e (?:seu|teu) (?:lugar|pais)\b(?= (?:gringo|estrangeir\w+|imigrante|refugiad\w+))"),
    rule("bullying:xenophobia", "bullying",
         "geh geht hau haut verschwinde verschwindet verpiss verpisst zieh zieht fahr flieg gehorst "
         "gehort auslander leute menschen land",
         r"(?<!ich )(?<!wir )(?<!er )(?<!sie )\b(?:geh|geht|hau ab|haut ab|verschwinde|verschwindet|"
         r"verpiss dich|verpisst euch|zieh|zieht|fahr|fahrt|flieg|fliegt)(?: doch)?(?: wieder)?"
         r"(?: zuruck)? (?:in (?:dein|euer|deine|eure) (?:land|heimat|heimatland|dorf|wuste|"
         r"dschungel)|dahin,? wo (?:du|ihr) (?:herkommst|herkommt|hergekommen bist|her bist)|"
         r"dorthin,? wo (?:du|ihr) (?:herkommst|herkommt))\b" + _NOT_TRIP_ROM + "|"
         r"\b(?:geh|geht|hau ab|haut ab|verschwinde|verpiss dich)(?: doch)?(?: wieder)? zuruck nach "
         r"(?:afrika|syrien|turkei|polen|rumanien|albanien|arabien|afghanistan|pakistan|marokko|"
         r"hause in dein land)\b|"
         r"\b(?:du gehorst|ihr gehort) (?:hier )?nicht (?:hierher|hier hin|nach deutschland|zu uns)\b|"
         r"\b(?:leute|menschen|typen|auslander) wie (?:du|dich|ihr) (?:haben hier nichts (?:zu suchen|"
         r"verloren)|gehoren nicht hierher|sollen abhauen|sollten zuruck\w*|sollen zuruck\w*)\b|"
         r"\bauslander raus\b"),
    rule("bullying:xenophobia", "bullying",
         "tornatene torna ritorna tornate tornatevene vattene andatevene gente persone stranieri",
         r"(?<!quando )(?<!se )(?<!lui )(?<!lei )\b(?:tornatene|torna|ritorna|tornate|tornatevene|"
         r"vattene|andatevene|ritornatene)(?: subito)? (?:al|nel|in|nella|a casa nel|nel vostro|al "
         r"vostro) (?:tuo |vostro |tua |vostra )?(?:paese|paesi|terra|africa|giungla|deserto)\b"
         + _NOT_TRIP_ROM + "|"
         r"\b(?:tornatene|torna|ritorna|vattene) (?:da dove|di dove|la da dove) (?:sei venut[oa]|"
         r"vieni)\b|"
         r"\b(?:la gente|quelli|quelle|persone|stranieri|immigrati) come te (?:non (?:sono benvenut\w+|"
         r"devono stare qui|dovrebbero stare qui)|devono tornare\w*|dovrebbero tornare\w*|se ne devono "
         r"andare)\b|\bstranieri fuori\b|\bnon sei (?:di qui|italian[oa]),? (?:tornatene|vattene)\b"),
]
