"""Family sneers with no insult word (appended to `harm.RULES` through
harm_poverty_mock.py; en es fr pt de it here, id tr ru pl in
harm_family_sneers_langs.py).  Reasons `bullying:family` and
`bullying:exclusion`.

Why: harm_family_jibes.py reads a parent who *left* or *did not want* the
reader ("even your dad didn't want you"); these say the same with other
verbs or as a verdict on the reader, and are still shown:

* "even ur dad couldnt stick around", "ni tu padre se quedó", "nemmeno tuo
  padre è rimasto" - *even* the parent could not stay, at the end of the
  sentence (a match or a party after it is a day out: "even your dad
  couldn't stay for the second half");
* "con una madre così non mi stupisce che sei venuta su così", "with a mum
  like that no wonder you turned out like this" - the parent as the cause of
  the reader *as they are* (bare "like this / così / así": "con una madre
  così brava in matematica ovvio che hai preso 10" is praise and passes);
* "must be nice that someone finally feels sorry for u", "she's only your
  friend because she feels sorry for you" - a friend explained by pity
  (`bullying:exclusion`);
* "his dad's in prison, explains a lot" - the parent in prison as the
  explanation of the child (sympathy after it passes: "... explains why he's
  been sad, let's be nice to him").

The writer's own family ("my dad left when I was 3 and I'm fine now"),
comfort and reports pass (frames).
"""

from __future__ import annotations

from .rules import Rule, rule

_PAR_EN = (r"(?:mum|mom|mommy|mummy|mother|mama|ma|dad|daddy|father|papa|pops|old man|parents|"
           r"folks)")
_NOT = (r"(?:could not|couldn't|couldnt|did not|didn't|didnt|would not|wouldn't|wouldnt|can not|"
        r"can't|cant|never|was not able to|wasn't able to)")
# the sentence ends, or a sneer follows: "stay for the match" is a day out
_END = (r"(?= ?$| ?[.!?]| (?:lol|lmao|lmfao|haha\w*|xd|with you|around you|for you|long|either|"
        r"kid|loser|mate|bro|tbh|fr|and|so|huh|apparently|i guess|obviously|clearly|honestly|"
        r"ngl|even|lmaoo+|i wonder|wonder why)\b)")
_END_ROM = (r"(?= ?$| ?[.!?]| (?:jaja\w*|jeje\w*|xd|lol|mdr|ptdr|kkk\w*|haha\w*|ahah\w*|contigo|"
            r"con te|avec toi|com voce|contigo|mit dir|bei dir|eh|y|et|e|und|o sea|hein|ne|neh|"
            r"vero|oder|tampoco|non plus|nemmeno|auch nicht|tambem nao|chissa|chissa perche|quien sabe|"
            r"qui sait|vai saber|wer weiss|me pregunto|je me demande|mi chiedo|por algo sera)\b)")
RULES: list[Rule] = [
    # "even ur dad couldnt stick around"
    rule("bullying:family", "bullying", "even",
         r"\b(?:even|not even) your (?:own |real )?" + _PAR_EN + r" " + _NOT + r" (?:even )?(?:stick "
         r"around|stay|stay around|hang around|stand being around you|stand to be around you|bear "
         r"(?:to be around )?you|put up with you|be bothered (?:to stay|with you)|wait to (?:leave|"
         r"get away|get rid of you))" + _END + "|"
         r"\bnot even your (?:own |real )?" + _PAR_EN + r" (?:could|would|wanted to|was able to) "
         r"(?:stick around|stay|stay around|put up with you|stand you)" + _END,
         requires="mum mom mommy mummy mother mama ma dad daddy father papa pops parents folks"),
    rule("bullying:family", "bullying", "ni siquiera hasta meme nem ate mal einmal sogar neanche "
         "nemmeno neppure perfino persino",
         r"\b(?:ni|ni siquiera|hasta) tu (?:propio |propia )?(?:padre|madre|papa|mama|viejo|vieja) "
         r"(?:se quiso quedar|quiso quedarse|se quedo|se pudo quedar|pudo quedarse|aguanto quedarse|"
         r"te aguanto|te soporto|te aguanta|te soporta)" + _END_ROM + "|"
         r"\bmeme (?:ton|ta) (?:propre )?(?:pere|mere|daron|daronne|papa|maman) (?:n'est|est) (?:pas|"
         r"jamais) reste(?:e)?" + _END_ROM + "|"
         r"\bmeme (?:ton|ta) (?:propre )?(?:pere|mere|daron|daronne|papa|maman) (?:n'a|a) (?:pas|"
         r"jamais) (?:pu |voulu )?(?:rester|te supporter|te supporte)" + _END_ROM + "|"
         r"\b(?:nem|nem mesmo|ate) (?:o |a )?(?:teu|tua|seu|sua) (?:proprio |propria )?(?:pai|mae|"
         r"coroa|velho|velha) (?:ficou|quis ficar|aguentou ficar|conseguiu ficar|te aguentou|te "
         r"suportou|te aguenta|te suporta)" + _END_ROM + "|"
         r"\b(?:nicht mal|nicht einmal|sogar) (?:dein|deine) (?:eigener |eigene )?(?:vater|papa|"
         r"mutter|mama|alter|alte) (?:ist|hat es|hats|konnte|wollte|hat) (?:\S+ )?(?:geblieben|"
         r"bleiben|ausgehalten|ertragen)" + _END_ROM + "|"
         r"\b(?:neanche|nemmeno|neppure|perfino|persino) (?:tuo|tua) (?:padre|madre|papa|mamma|"
         r"babbo) (?:e rimasto|e rimasta|e restato|e restata|ti ha sopportato|ti ha sopportata|ti "
         r"sopporta|e voluto restare|e voluta restare|e riuscito a restare|e riuscita a restare)"
         + _END_ROM,
         requires="tu ton ta teu tua seu sua dein deine tuo"),
    # "with a mum like that no wonder you turned out like this"
    rule("bullying:family", "bullying", "wonder surprise surprised course obviously figures sense",
         r"\bwith (?:a |an |that |those |such an? )?(?:" + _PAR_EN + r"|family) (?:like that|like "
         r"yours|like your \w+|as yours)\b(?: \S+)? (?:no wonder|it is no surprise|its no surprise|"
         r"it's no surprise|of course|obviously|makes sense|figures|i am not surprised|not "
         r"surprised) (?:that )?you (?:turned out|ended up|grew up|came out|are|act) (?:like (?:this|"
         r"that)|this way|that way|the way you are|how you are|so (?:weird|messed up|dumb|stupid|"
         r"annoying|rude|ugly|broken|crazy|strange|useless))\b|"
         r"\bno wonder you (?:turned out|ended up|grew up|are) (?:like (?:this|that)|this way|that "
         r"way|the way you are|so (?:weird|messed up|dumb|stupid|annoying|rude|useless)) (?:look at|"
         r"have you seen|with|after seeing|just look at) your " + _PAR_EN + r"\b",
         requires="mum mom mommy mummy mother mama ma dad daddy father papa pops parents folks "
                  "family"),
    rule("bullying:family", "bullying", "extrana normal razon logico raro etonnant normal "
         "forcement evidemment etonner toa atoa admira logico obvio wunder klar logisch "
         "wundert stupisce stupirsi ovvio chiaro spiega normale logico forza sorprende credo",
         r"\bcon (?:una madre|un padre|unos padres|una familia|esa madre|ese padre|esos padres|esa "
         r"familia|la madre que tienes|el padre que tienes) (?:asi|como esa|como ese|como la tuya|"
         r"como el tuyo|como los tuyos)\b(?: \S+)? (?:no me extrana|normal|claro|con razon|logico|no "
         r"es raro) (?:que )?(?:hayas salido|saliste|seas|estes|te hayas vuelto|te volviste|"
         r"salieras) (?:asi|como eres|tan (?:rara|raro|tonta|tonto|borde|idiota|pesada|pesado))"
         + _END_ROM + "|"
         r"\bavec (?:une mere|un pere|des parents|une famille|une daronne|un daron|ta mere|ton pere|"
         r"tes parents|ta famille) (?:pareille|pareil|pareils|comme ca|comme la tienne|comme le tien|"
         r"comme les tiens)\b(?: \S+)? (?:pas etonnant|normal|evidemment|forcement|c'est normal|faut "
         r"pas s'etonner) (?:que |qu')(?:tu )?(?:sois|sois devenue?|aies fini|finisses|sois "
         r"devenu) (?:comme ca|ainsi|comme t'es|comme tu es|aussi (?:bizarre|conne?|debile|nulle?))"
         + _END_ROM + "|"
         r"\bcom (?:uma mae|um pai|uns pais|uma familia|essa mae|esse pai|esses pais|essa familia) "
         r"(?:dessas|desses|assim|como a tua|como a sua|como o teu|como o seu)\b(?: \S+)? (?:nao e a "
         r"toa|nao e atoa|nao me admira|claro|logico|obvio|normal) (?:que )?(?:voce |tu )?(?:saiu|"
         r"saisse|seja|ficou|virou|cresceu|e) (?:assim|desse jeito|dessa forma|do jeito que e|tao "
         r"(?:esquisita|esquisito|burra|burro|chata|chato))" + _END_ROM + "|"
         r"\b(?:bei|mit) (?:so einer|so einem|solchen|so ner|so nem|der|dem|den|deiner|deinem|deinen)"
         r" (?:mutter|vater|mama|papa|eltern|familie|alten)(?: wie deiner| wie deinem| wie deinen)?"
         r"\b(?: \S+)? (?:kein wunder|klar|logisch|wundert mich nicht|ist ja klar) (?:dass|das) du "
         r"(?:so |halt so |eben so )(?:(?:komisch|seltsam|dumm|bescheuert|kaputt|asozial|peinlich|"
         r"gestort|assi) )?(?:geworden |rausgekommen |geraten )?bist\b|"
         r"\bcon (?:una madre|un padre|dei genitori|una famiglia|una mamma|un papa|quella madre|quel "
         r"padre|quei genitori|quella famiglia|la madre che hai|il padre che hai) (?:cosi|del "
         r"genere|simile|come la tua|come il tuo|come i tuoi)\b(?: \S+)? (?:non mi stupisce|non c'e da "
         r"stupirsi|ovvio|chiaro|capisco|si spiega|normale|logico|per forza|non mi sorprende|ci "
         r"credo) (?:che |perche )?(?:tu )?(?:sei venut[oa] su|sei cresciut[oa]|sei diventat[oa]|sei "
         r"uscit[oa]|sia venut[oa] su|sia cresciut[oa]|sia diventat[oa]|sei|sia) (?:cosi|in questo "
         r"modo|come sei|cosi (?:strana|strano|stupida|stupido|cretina|cretino))" + _END_ROM),
    # a friend explained by pity: "must be nice that someone finally feels sorry for u"
    rule("bullying:exclusion", "bullying", "sorry pity lastima pena apiada pitie piedade do "
         "mitleid pieta",
         r"\b(?:someone|somebody|anyone|they|people|she|he) (?:finally|actually) (?:feels?|felt) "
         r"sorry for you\b|"
         r"\bmust be nice (?:that |when |to have )?(?:someone|somebody|people|a friend) (?:\S+ )?"
         r"(?:feels?|felt) sorry for you\b|"
         r"\b(?:someone|somebody) (?:finally )?(?:took|takes|is taking) pity on you\b|"
         r"\b(?:only|just) (?:\S+ ){0,4}?(?:with you|your friend|your friends|talks? to you|hangs? "
         r"out with you|sits? with you) (?:because|cause|cuz|coz|bc|out of) (?:(?:she|he|they) "
         r"(?:feels?|felt|feel) sorry for you|pity)\b|"
         r"\b(?:por fin|al fin) alguien (?:se apiada de ti|siente lastima por ti|tiene lastima de ti|"
         r"te tiene pena)\b|"
         r"\bsolo (?:es tu amig[oa]|te habla|esta contigo|se junta contigo|anda contigo) (?:porque "
         r"le das (?:pena|lastima)|por (?:pena|lastima))\b|"
         r"\bquelqu'un a (?:enfin|finalement) pitie de toi\b|"
         r"\b(?:traine|parle|est ami\w*) avec toi (?:que )?par pitie\b|"
         r"\b(?:finalmente|enfim) alguem (?:teve|tem|sentiu) (?:pena|do|peninha) de (?:voce|ti)\b|"
         r"\bso (?:e teu amig[oa]|e seu amig[oa]|anda contigo|anda com voce|fala contigo|fala com "
         r"voce) (?:por pena|por do|porque tem pena de (?:voce|ti))\b|"
         r"\bendlich hat (?:jemand|einer|eine) mitleid mit dir\b|"
         r"\bnur aus mitleid mit dir (?:befreundet|zusammen|unterwegs)\b|"
         r"\bfinalmente qualcuno (?:ha|prova) (?:pieta|pena|compassione) (?:di|per) te\b|"
         r"\b(?:ti parla|e tu[oa] amic[oa]|sta con te|esce con te) solo per (?:pieta|pena|"
         r"compassione)\b"),
    # "his dad's in prison, explains a lot"
    rule("bullying:family", "bullying", "explains figures sense surprise",
         r"\b(?:your|his|her|their|\w+'s) (?:dad|father|mum|mom|mother|old man|brother|parents)"
         r"(?:'s| is| are|s)? (?:in (?:prison|jail|juvie)|locked up|behind bars|a convict|a criminal|"
         r"a jailbird)\b(?: \S+){0,2}? (?:that |which |it )?(?:explains (?:a lot|everything|so much|"
         r"it all)|says it all|explains why (?:you are|you're|he is|he's|she is|she's) like (?:this|"
         r"that))\b(?!.{0,80}\b(?:sad|quiet|upset|be nice|support|sorry|poor (?:guy|girl|kid|thing)|"
         r"hugs?|help|kind)\b)"),
]

from .harm_family_sneers_langs import RULES as _LANG_RULES  # noqa: E402

RULES += _LANG_RULES
