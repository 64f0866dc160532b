"""Cruel remarks about the reader's family: a parent who left, died, is in
prison or does not want them, thrown at the reader as a put-down (appended to
`harm.RULES`; en es fr pt de it here, ru tr pl id ar hi zh in
harm_family_jibes_langs.py).  Reason `bullying:family`.

No insult word is needed: "no wonder your mum left", "such a deep opinion
from someone whose own dad didn't want him", "even your dad didn't want you
lol", "go cry to your dad, oh wait he left", "your mum probably died to get
away from you", "por eso tu padre se fue", "même ton père voulait pas de
toi".  What makes a family fact a jibe is the frame around it:

* a cause pinned on the reader: "no wonder / that's why / i see why" before
  it, "because of you / to get away from you" after it;
* "even" / "not even": "even your own mother abandoned you", "ni tu padre te
  quiere", "sogar dein Vater wollte dich nicht";
* a sneer at someone "whose dad left" after "says the kid" / "opinion from";
* "oh wait he left" after "go cry to your dad";
* prison with mockery ("your dad is in jail lol, like father like son");
* the "went out for milk and never came back" joke about the reader's dad.

The writer's own family ("my dad left when i was 5"), comfort ("sorry your
mum left, i'm here for you"), plain facts ("my parents are divorced"),
characters of films and books, questions, and everyday leaving ("no wonder
your mum left early", "your dad left his keys here", "por eso tu padre se fue
temprano") pass; reports and quotes are excused by the frames.
"""

from __future__ import annotations

from .rules import Rule, rule

# -- en --------------------------------------------------------------------------
_COULDNT = r"(?:could not|couldn't|couldnt)"
_PARENT = (r"(?:mum|mom|mommy|mummy|mother|mama|ma|dad|daddy|father|papa|pops|old man|parents|"
           r"folks|real (?:mum|mom|dad|parents|mother|father)|birth (?:mum|mom|mother|parents))")
_YOUR = r"your (?:own |real |birth )?"
_LEFT = (
    r"(?:left|left you|left your (?:family|mum|mom|dad)|left you guys|walked out|walked out on "
    r"you|ran off|ran away|abandoned you|dumped you|ditched you|bailed|dipped|took off|never came "
    r"back|did not want you|does not want you|never wanted you|would not want you|wants nothing to "
    r"do with you|gave you up|gave up on you|got rid of you|hates you|is ashamed of you|" + _COULDNT + r" "
    r"stand you|can not stand you|divorced|split up|got divorced|broke up|chose (?:his|her) new "
    r"family|has a new family|killed (?:himself|herself)|died|is dead|is in (?:jail|prison)|went "
    r"to (?:jail|prison)|got locked up|is locked up|drinks|is a (?:drunk|crackhead|junkie|druggie|"
    r"alcoholic|criminal|convict)|hate each other)"
)
# a cause or a sneer must close the fact: "left early", "left the chat" are days out
_END = (r"(?= ?[.!]| ?$| (?:lol|lmao|lmfao|haha\w*|xd|bro|tbh|fr|honestly|too|man|mate|dude|"
        r"loser|ngl|though|either|also|kid|idiot|weirdo|clown|smh|lil bro|lil bud|buddy|son|"
        r"sweetie|honey|mate|pal|(?:they|he|she) (?:" + _COULDNT + r"|can not|did not|never) (?:stand|want|"
        r"like|love))\b)")
_CAUSE_BEFORE = (
    r"(?:no wonder|that is why|thats why|which is why|this is why|explains why|probably why|i see "
    r"why|i can see why|i get why|i know why|i understand why|now i know why|makes sense why|and "
    r"you wonder why|you wonder why|of course)"
)
_CAUSE_AFTER = (
    r"(?:because of you|cause of you|bc of you|to get away from you|to get away from your \w+|to "
    r"escape you|so (?:he|she|they) did not have to (?:see|hear|deal with|look at) you|because "
    r"(?:he|she|they) (?:" + _COULDNT + r"|can not|cannot) stand you|when (?:he|she|they) saw your face|"
    r"after seeing your face|because you are (?:so )?\w+|because you were born|because of your "
    r"(?:face|voice|personality|attitude))"
)
# comfort and its verbs before the fact: "you think your dad left because of you, but..."
_NOT_COMFORT = (r"(?<!think )(?<!thinking )(?<!feel like )(?<!believe )(?<!not )(?<!because )"
                r"(?<!sorry )(?<!sad )(?<!sorry that )(?<!heard )(?<!know )")
_NO_BUT = r"(?![^.!?]{0,50}\b(?:but|not your fault|is not true|does not mean|i am here|here for you|sorry|hugs?)\b)"
RULES: list[Rule] = [
    rule("bullying:family", "bullying",
         "wonder why explains course id too because cause bc escape get saw seeing born",
         r"\b" + _CAUSE_BEFORE + r" (?:even )?" + _YOUR + _PARENT + r" (?:\S+ )?" + _LEFT + _END
         + _NO_BUT + "|"
         r"\b" + _NOT_COMFORT + _YOUR + _PARENT + r" (?:probably |only |literally |prob )?(?:"
         + _LEFT + r"|(?:died|dying|left|leaving|ran away|walked out|killed (?:himself|herself)))"
         r"(?: \S+){0,2}? " + _CAUSE_AFTER + r"\b" + _NO_BUT + "|"
         r"\b" + _NOT_COMFORT + _YOUR + _PARENT + r" (?:left|walked out|ran off|ran away|abandoned "
         r"you)(?: \S+){0,3}? i would (?:have )?(?:leave|left|run|ran|do the same) too\b",
         requires="mum mom mommy mummy mother mama ma dad daddy father papa pops parents folks"),
    rule("bullying:family", "bullying", "even",
         r"\beven " + _YOUR + _PARENT + r" (?:\S+ )?(?:did not want you|does not want you|never wanted "
         r"you|would not want you|left you|abandoned you|walked out on you|ran away from you|hates you|"
         r"hated you|is ashamed of you|was ashamed of you|can not stand you|" + _COULDNT + r" stand you|gave up"
         r" on you|gave you up|dumped you|ditched you|left)" + _END + "|"
         r"\bnot even " + _YOUR + _PARENT + r" (?:\S+ )?(?:wants you|wanted you|loves you|loved you|"
         r"likes you|liked you|cares about you|cared about you|could stand you|can stand you|stayed)"
         + _END,
         requires="mum mom mommy mummy mother mama ma dad daddy father papa pops parents folks"),
    # "such a deep opinion from someone whose own dad didn't want him", "says the kid whose mum left"
    rule("bullying:family", "bullying", "whose",
         r"\b(?:says|said|from|coming from|opinion from|advice from|big words from|talk from|lecture "
         r"from|tips from|this from)(?: \S+){0,3}? (?:someone|somebody|a kid|a guy|a girl|the kid|"
         r"the guy|the girl|the one|a person|the person|the boy|a boy|the dude|a dude) whose (?:own "
         r"|real )?" + _PARENT + r" (?:did not want (?:him|her|them)|does not want (?:him|her|them)|"
         r"never wanted (?:him|her|them)|left(?: (?:him|her|them))?|walked out(?: on (?:him|her|"
         r"them))?|ran off|abandoned (?:him|her|them)|is in (?:jail|prison)|gave (?:him|her|them) "
         r"up|went out for (?:milk|cigarettes))\b"),
    # "go cry to your dad, oh wait he left"; "your dad went out for milk and never came back"
    rule("bullying:family", "bullying", "wait nvm mind oops milk cigarettes cigs smokes",
         r"\b(?:cry|run|go|tell|complain|crying|running|call|ask)(?: \S+){0,2}? (?:to )?your "
         + _PARENT + r"(?: \S+){0,3}? (?:oh wait|oh right|wait|never mind|nvm|oops)(?: \S+){0,2}? "
         r"(?:you do not have (?:one|a \w+|any)|you have no (?:dad|mum|mom|father|mother|parents)|"
         r"(?:he|she|they) (?:left|is gone|are gone|ran off|walked out|is in (?:jail|prison)|died|is"
         r" dead|does not want you|do not want you|never came back|went out for milk)|(?:he|she) is"
         r" not around)\b|"
         r"\byour (?:dad|father|daddy|pops|old man|mum|mom|mother)(?: \S+){0,2}? (?:went|going|gone|"
         r"went out|popped out|is) (?:out )?(?:to get|for|to buy|buying|getting|out getting) (?:some"
         r" |the )?(?:milk|cigarettes|cigs|smokes|bread)(?: \S+){0,4}? (?:never came back|and never "
         r"came back|and never returned|still not back|is still not back|yet|still)\b|"
         r"\b(?:is|has) your (?:dad|father|daddy|pops|old man) (?:still|back) (?:\S+ )?(?:getting|"
         r"buying|from|with) (?:the |some )?(?:milk|cigarettes|cigs|smokes)\b"),
    # "at least my dad didn't walk out on me" (not "my mum left but at least my dad ...")
    rule("bullying:family", "bullying", "least",
         r"(?<!but )(?<!and )\bat least my (?:dad|father|mum|mom|mother|parents) (?:did not|does "
         r"not|never|would not|will not) (?:leave|walk out on|abandon|run off on|ditch|dump|walk "
         r"out on|run away from) (?:me|us)\b(?! (?:when|after|for)\b)|"
         r"(?<!but )(?<!and )\bat least (?:i have|i got|i know|i have got) (?:a|my) (?:dad|father|"
         r"mum|mom|mother|real (?:dad|mum|mom)) (?:unlike you|unlike some people|lol|lmao|unlike "
         r"yours)\b|"
         r"(?<!but )(?<!and )\bat least my (?:dad|father|mum|mom|mother|parents) (?:is|are) not in "
         r"(?:jail|prison)\b"),
    # prison with mockery: "your dad is in jail, like father like son"
    rule("bullying:family", "bullying", "jail prison juvie locked",
         r"\byour (?:" + _PARENT + r"|brother|sister|family|whole family|uncle)(?:'s| is| are| was|"
         r" were| got| went)(?: in| to| locked up in| sent to)? (?:jail|prison|juvie)\b(?= ?$| ?[.!]|"
         r".{0,60}\b(?:lol|lmao|lmfao|haha\w*|like dad like son|like mum like daughter|runs? in"
         r" (?:the|your) family|criminal (?:family|genes|blood)|jailbird|convicts?|you are next|you "
         r"will be next|you will end up|you are going to end up|apple does not fall|no wonder|"
         r"scum|trash|rat|loser)\b)(?!.{0,80}\b(?:sorry|i am here|here for you|hugs?|that is hard|"
         r"must be hard|visit)\b)"),
    # adoption: "no wonder you were adopted", "even your real parents didn't want you"
    rule("bullying:family", "bullying", "adopted orphan foster care",
         r"\b(?:no wonder|that is why|thats why|which is why) you (?:are|were|got|ended up) "
         r"(?:adopted|an orphan|in care|in foster care|put up for adoption)\b|"
         r"\byour real (?:parents|mum|mom|dad|mother|father) (?:gave you up|did not want you|threw "
         r"you away|dumped you|abandoned you)\b(?= ?$| ?[.!]| (?:lol|lmao|haha\w*|and|for|because)\b)"),
]

# -- es, fr, pt, de, it: a mundane event after the verb ("se fue temprano", "t'a laissé un message")
_MUNDANE = (
    r"(?! (?:\S+ )?(?:temprano|tarde|pronto|hoy|ayer|antes|a las|a trabajar|al trabajo|de viaje|a "
    r"casa|tot|tard|hier|au travail|en voyage|a la maison|fruh|spat|heute|gestern|zur arbeit|nach "
    r"hause|cedo|hoje|ontem|pro trabalho|pra casa|presto|tardi|oggi|ieri|al lavoro|a casa|un|una|"
    r"uno|une|eine|einen|ein|uma|um|le|la|las|les|die|das|as|os|il|lo|el|los|des|du|del|de|da|do|"
    r"dal|della|dalla|vom|von|aus|tan|muy|tao|muito|tres|si|so|cosi|rapido|rapide|schnell|veloce|"
    r"corriendo|correndo|en|au|zum|zur|al|ao|na|no)\b)"
    r"(?![^.!?]{0,50}\b(?:pero|mais|aber|mas|ma|lo siento|desole|tut mir leid|sinto muito|mi "
    r"dispiace|estoy aqui|je suis la|bin fur dich da|estou aqui|sono qui|abrazo|calin|umarmung|"
    r"abraco|abbraccio)\b)"
)
_PAR_ES = r"(?:padre|madre|papa|mama|papi|mami|viejo|vieja|jefe|padres|progenitor)"
_PAR_FR = r"(?:pere|mere|daron|daronne|papa|maman|parents|reup|reum|vieux|vieille)"
_PAR_PT = r"(?:pai|mae|painho|mainha|velho|velha|coroa|pais|papai|mamae)"
_PAR_DE = r"(?:vater|papa|mutter|mama|alter|alte|eltern|erzeuger)"
_PAR_IT = r"(?:padre|madre|papa|mamma|babbo|genitori|vecchio|vecchia)"
RULES += [
    rule("bullying:family", "bullying", "eso razon extrana normal entiendo hasta ni culpa",
         r"\b(?:por eso|con razon|no me extrana que|normal que|ahora entiendo por que|ya se por que|"
         r"ya entiendo por que|asi cualquiera|y luego te preguntas por que) (?:hasta )?tu (?:propio "
         r"|propia )?" + _PAR_ES + r" (?:se fue|se largo|te abandono|te dejo|os abandono|os dejo|no "
         r"te quiere|no te quiso|nunca te quiso|se fue con otra|se fue con otro|se murio|esta en la "
         r"carcel|esta preso|se divorciaron|se separaron|te odia|se piro|huyo|se escapo|se fue de "
         r"casa|no te soporta|no te aguanta)\b" + _MUNDANE + "|"
         r"\b(?:hasta|ni|ni siquiera) tu (?:propio |propia )?" + _PAR_ES + r" (?:te quiere|te quiso|"
         r"te abandono|te dejo|quiso saber nada de ti|quiere saber nada de ti|te soporta|te aguanta|"
         r"te aguanto|te soporto)\b(?! [a-z]+(?:ar|er|ir)\b)" + _MUNDANE + "|"
         r"\btu " + _PAR_ES + r" (?:se fue|te abandono|te dejo|se largo) (?:(?:y|why) con razon|por tu culpa|"
         r"por culpa tuya|para no verte|por no aguantarte|por no soportarte)\b",
         requires="tu"),
    rule("bullying:family", "bullying", "pour etonnant normal comprends voila meme cause",
         r"\b(?:c'est pour ca que|c'est pour ca qu'|pas etonnant que|pas etonnant qu'|normal que|je "
         r"comprends pourquoi|voila pourquoi|je sais pourquoi|ca explique pourquoi) (?:meme )?(?:ton|"
         r"ta|tes) " + _PAR_FR + r" (?:est parti|est partie|soit parti|soit partie|t'a abandonne|t'a "
         r"abandonnee|t'a laisse|t'a laissee|s'est barre|s'est barree|s'est casse|s'est cassee|se "
         r"soit barre|se soit barree|se soit casse|se soit cassee|veut pas de toi|voulait pas de "
         r"toi|t'aime pas|sont divorces|ont divorce|a divorce|est en prison|t'a lache|s'est tire|se "
         r"soit tire|a quitte|ait quitte|se sont separes|t'a jamais voulu)\b" + _MUNDANE + "|"
         r"\bmeme (?:ton|ta|tes) (?:propre |propres )?" + _PAR_FR + r" (?:ne )?(?:voulait pas de toi|"
         r"veut pas de toi|voulaient pas de toi|veulent pas de toi|t'a abandonne|t'a abandonnee|t'a "
         r"laisse tomber|t'aime pas|t'a jamais aime|t'a jamais voulu|t'a jamais voulue|te supporte "
         r"pas|t'ont abandonne|s'est barre)\b" + _MUNDANE + "|"
         r"\b(?:ton|ta) " + _PAR_FR + r" (?:est parti|est partie|t'a abandonne|s'est barre|s'est "
         r"barree) (?:a cause de toi|pour pas te voir|pour plus te voir|pour ne plus te voir)\b",
         requires="ton ta tes"),
    rule("bullying:family", "bullying", "isso toa admira entendi entendo ate nem culpa",
         r"\b(?:e por isso que|por isso que|por isso|nao e a toa que|nao e atoa que|nao me admira "
         r"que|entendi por que|agora entendo por que|agora entendi por que|normal que) (?:ate )?(?:o "
         r"|a )?(?:seu|sua|teu|tua) " + _PAR_PT + r" (?:foi embora|te abandonou|te largou|te deixou|"
         r"sumiu|fugiu|nao te quer|nao te quis|nunca te quis|ta preso|esta preso|ta na cadeia|esta "
         r"na cadeia|se separaram|se divorciaram|vazou|meteu o pe|abandonou voces|te odeia)\b"
         + _MUNDANE + "|"
         r"\b(?:ate|nem|nem mesmo) (?:o |a )?(?:seu|sua|teu|tua) (?:proprio |propria )?" + _PAR_PT
         + r" (?:te abandonou|te largou|te quis|te quer|te aguenta|te aguentou|te deixou|gosta de "
         r"voce|gostava de voce|te suporta|te ama)\b(?! [a-z]+(?:ar|er|ir)\b)" + _MUNDANE + "|"
         r"\b(?:seu|sua|teu|tua) " + _PAR_PT + r" (?:foi embora|te abandonou|te largou|fugiu) (?:por "
         r"sua culpa|por causa de voce|por tua culpa|pra nao te ver|para nao te ver)\b",
         requires="seu sua teu tua"),
    rule("bullying:family", "bullying", "wunder deshalb darum deswegen warum sogar mal wegen",
         r"\b(?:kein wunder|deshalb|darum|deswegen|ich versteh warum|ich verstehe warum|jetzt weiss "
         r"ich warum|klar) (?:dass |das |ist |hat |sind |haben |will |wollte )?(?:dein|deine|deinen)"
         r" (?:eigener |eigene )?" + _PAR_DE + r" (?:\S+ ){0,3}?(?:abgehauen|weg ist|weggegangen|"
         r"gegangen ist|verlassen|verlassen hat|nicht will|nicht wollte|nicht haben wollte|getrennt|"
         r"geschieden|im knast|im gefangnis|abgehauen ist|nichts von dir wissen will|dich hasst)\b"
         + _MUNDANE + "|"
         r"\b(?:sogar|nicht mal|nicht einmal|selbst) (?:dein|deine) (?:eigener |eigene )?" + _PAR_DE
         + r" (?:(?:wollte|will|mag|mochte|liebt|liebte) dich (?:nicht|nie)|hat dich (?:verlassen|nie "
         r"gewollt|nicht gewollt|nie geliebt))(?= ?[.!]| ?$| (?:haha\w*|lol|xd|alter|digga|du)\b)|"
         r"\b(?:dein|deine) " + _PAR_DE + r" (?:ist|hat) (?:\S+ )?wegen dir (?:abgehauen|gegangen|"
         r"verlassen|weg)\b",
         requires="dein deine deinen"),
    rule("bullying:family", "bullying", "perche forza stupisce stupirsi questo neanche nemmeno "
         "neppure persino perfino colpa",
         r"\b(?:ecco perche|per forza|non mi stupisce che|non c'e da stupirsi che|ora capisco "
         r"perche|per questo|capisco perche|credo di sapere perche) (?:anche )?(?:tuo|tua|i tuoi) "
         + _PAR_IT + r" (?:se n'e andato|se n'e andata|se ne e andato|se ne e andata|ti ha "
         r"abbandonato|ti ha abbandonata|ti ha lasciato|ti ha lasciata|e scappato|e scappata|non ti "
         r"vuole|non ti voleva|se ne sia andato|se ne sia andata|sia scappato|sia scappata|ti abbia "
         r"abbandonato|e in galera|e in prigione|hanno divorziato|si sono separati|vi ha lasciati)\b"
         + _MUNDANE + "|"
         r"\b(?:neanche|nemmeno|neppure|persino|perfino) (?:tuo|tua|i tuoi) (?:stesso |stessa )?"
         + _PAR_IT + r" (?:ti vuole|ti voleva|ti ha voluto|ti ha abbandonato|ti ha abbandonata|ti "
         r"ha lasciato|ti ha lasciata|ti sopporta|ti sopportava|ti ama|ti amava)\b(?! [a-z]+(?:are|ere|"
         r"ire)\b)" + _MUNDANE + "|"
         r"\b(?:tuo|tua) " + _PAR_IT + r" (?:se n'e andato|se n'e andata|ti ha abbandonato|e "
         r"scappato) (?:per colpa tua|a causa tua|per non vederti)\b",
         requires="tuo tua tuoi"),
]
