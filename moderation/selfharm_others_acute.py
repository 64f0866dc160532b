"""Someone else at risk right now, in English and German: the tables of the
two languages for `_acute` (the class, its two gates and what passes are in
`selfharm_others_acute_base.py`).

Why here: the English tables are the model every other language follows
(a person, a large amount of pills, a poison swallowed, a deep cut, a jump
with a high place, dying with a time, locked in with a blade, a goodbye and
a silence, and the guards: the past that is over, fiction, accidents, the
topic taught); German is the other Germanic language.  Each language's
section ends with the wordings a later round found missed (slang and group
people, a death wish and a plan, a photo of means or a dangerous place with
"it's the end", a shut door).

Families: es pt in `_iberian`, fr it in `_romance`, ru pl in `_slavic`, tr
ar in `_mideast`, Hindi (Hinglish and Devanagari) in `_indic`, id zh in
`_asia`.  Every rule is named `self_harm:others_acute` (a training script
reads the name).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _acute_more, _rule

# -- en ---------------------------------------------------------------------------------
_REL_EN = (
    r"friend|friends|bestie|bestfriend|best friend|bff|bf|gf|boyfriend|girlfriend|sister|sis|brother|"
    r"bro|cousin|classmate|mate|buddy|pal|teammate|roommate|neighbou?r|crush|stepsister|stepbrother|"
    r"step sister|step brother|twin|aunt|auntie|uncle|mum|mom|mother|dad|father|niece|nephew|ex"
)
_WHO_EN = (
    # a conditional, a past time or a hypothetical right before the person
    r"(?<!if )(?<!when )(?<!ago )(?<!year )(?<!summer )(?<!winter )(?<!month )(?<!once )"
    r"(?<!imagine )(?<!suppose )(?<!pretend )(?:"
    r"(?:my|our) (?:(?:best|close|good|older|younger|little|big|baby|twin|online|other) )?(?:" + _REL_EN
    + r")|(?:a|one|this|some) (?:girl|boy|kid|guy|friend|person|student) (?:in|from|at) (?:my|our) "
    r"(?:class|school|year|grade|group|team|street|building|form)|someone (?:in|from|at) (?:my|our) "
    r"(?:class|school|year|grade|group|team)|a friend of mine|someone i know|"
    r"(?:she|he|they) (?:just |literally |already |then )?(?:texted|messaged|dmed|wrote|snapped|sent|"
    r"called|facetimed|told) (?:me|us))"
)
# a resolved past, fiction, a game, an accident, a lesson
_GUARD_EN = (
    r"last (?:year|month|summer|winter|spring|autumn|fall|week)|years ago|months ago|a year ago|weeks "
    r"ago|when (?:we|i) (?:was|were) (?:little|younger|small|kids)|used to|(?:is|she's|he's|they're|and) "
    r"(?:(?:now|doing|totally|completely|much|all|feeling) )?(?:fine|okay|ok|safe|better|stable|recovered)"
    r" now|got help|is getting help|got better|recovered|pulled through|"
    r"series|season \d+|episode|movie|film|novel|book|anime|manga|character|netflix|documentary|news|"
    r"article|fanfic|wattpad|roleplay|in the game|in game|minecraft|roblox|fortnite|the sims|potion|"
    r"by accident|accidentally|on accident|thought it was|while cooking|cooking|chopping|shaving|fell "
    r"off|fell down|tripped|broken glass|paper cut|for (?:her|his|their) (?:headache|allergy|allergies|"
    r"period|cold|flu|fever|migraine|asthma|epilepsy|adhd|diabetes)|hypothetical|scenario|for example|"
    r"lesson|workshop|assembly|we learned|we learnt|we talked about|what to do if|cringe|embarrass\w*|"
    r"laughing|laughter|lmao|jk|joking|kidding|if (?:she|he|they) (?:does not|doesn't|do not|don't) get|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"as prescribed|(?:like|as) (?:the|her|his|their) (?:doctor|dr|gp) (?:said|says|told (?:her|him|them))|"
    r"pill ?(?:box|organi[sz]er)|"
    # a jump into water or onto a trampoline ("on the roof ... says he'll jump into the pool")
    r"trampoline|(?:into|in) the (?:pool|water|lake|sea)"
)
_PILLS_EN = (
    r"pills|tablets|meds|medicine|medicines|medication|painkillers|paracetamol|ibuprofen|tylenol|advil|"
    r"aspirin|panadol|antidepressants|sleeping pills|sleeping tablets|prescription|insulin|xanax|"
    r"emoji_pill"
)
_LOTS_EN = (
    r"a lot of|lots of|loads of|so many|too many|a bunch of|a handful of|handfuls of|heaps of|tons of|"
    r"all (?:of )?(?:her|his|their|the|them|those|my mum's|my mom's|her mum's|her mom's|his mum's)|"
    r"a whole (?:\w+ )?(?:pack|packet|bottle|box|strip|blister|sheet|jar|tub|container)s?(?: of)?|"
    r"the whole (?:\w+ )?(?:pack|packet|bottle|box|strip)(?: of)?|an entire (?:pack|packet|bottle|box|"
    r"strip)(?: of)?|(?:two|three|several) (?:packs|packets|bottles|boxes|strips)(?: of)?|"
    r"(?:like |about |around |over |maybe |almost |nearly )?(?:[1-9]\d+|twenty|thirty|forty|fifty|"
    r"sixty|hundred|a hundred|dozens? of)"
)
_ACTS_EN = (
    r"(?:took|has taken|have taken|taken|swallowed|downed|popped|ate|has eaten|is taking|is swallowing|"
    r"chugged|necked) (?:like |about |around |over |maybe |almost |just |literally )?(?:" + _LOTS_EN
    + r") (?:\S+ ){0,3}?(?:" + _PILLS_EN + r")\b|"
    r"(?:overdosed|has overdosed|is overdosing|od'd|od ed|took an? (?:overdose|od))\b|"
    r"(?:drank|has drunk|drunk|swallowed|downed|ate|chugged|is drinking|drinking) (?:\S+ ){0,3}?(?:bleach|"
    r"poison|rat poison|cleaning (?:liquid|product|stuff|spray|fluid)|detergent|antifreeze|drain "
    r"cleaner|pesticide|weed ?killer|lighter fluid|chlorine|disinfectant|laundry pods?|tide pods?|"
    r"dettol|domestos|lysol)\b|"
    r"(?:cut|has cut|slit|sliced|slashed|is cutting|cutting) (?:herself|himself|themselves|themself|"
    r"(?:her|his|their) (?:wrists?|arms?|legs?|thighs?)) (?:\S+ ){0,5}?(?:badly|really bad|so bad|deep|"
    r"deeply|too deep|so deep|very deep|right now|just now|again tonight|(?:it|she|he|they|it's) (?:will "
    r"not|won't|does not|doesn't|can not|cannot|can't|is not|isn't) stop(?:ping)? (?:the )?bleeding|"
    r"bleeding|blood everywhere|(?:so much|a lot of|lots of) blood)\b|"
    r"(?:slit|slashed) (?:her|his|their) (?:wrists?|throat)\b|"
    r"(?:going to|gonna|about to|wants to|will|is trying to|threatening to|threatens to|she'll|he'll|"
    r"ready to|planning to) jump(?!(?: \S+){0,6} into (?:the |a )?(?:pool|water|lake|sea|ocean|river|"
    r"trampoline|snow))(?: (?:off|from|out of|out|in front of|onto|under|down))?(?: (?:the|a|"
    r"her|his|their|our))? ?(?:\S+ ){0,2}?(?:bridge|roof|rooftop|building|window|balcony|cliff|tracks|"
    r"train|car|ledge|tower|block|flats|car park|parking|top floor|highway|motorway|overpass)\b|"
    r"(?:is|she's|he's|they're|are|was|standing|sitting|climbed|went up|still) (?:\S+ ){0,2}?(?:on|onto|"
    r"at|to) (?:the )?(?:edge of (?:the |a )?)?(?:roof|rooftop|bridge|ledge|train tracks|railway tracks|"
    r"railway|tracks|rails|cliff|top of (?:the|a) (?:building|bridge|car park|parking garage|tower))"
    r"(?: \S+){0,12}? (?:jump|die|end it|kill|goodbye)\b|"
    r"(?:is going to|is gonna|going to|gonna|is about to|wants to|will|said (?:she|he|they) (?:will|would|is going to|"
    r"was going to|wants to)|says (?:she|he|they) (?:will|is going to|wants to|is gonna)|she'll|he'll|"
    r"plans to|is planning to|decided to|is trying to) (?:kill (?:herself|himself|themselves|themself)|end"
    r" (?:it all|her life|his life|their life|it)|take (?:her|his|their) (?:own )?life|die|commit suicide|"
    r"unalive (?:herself|himself|themselves)|hang (?:herself|himself|themselves)|jump) (?:\S+ ){0,3}?"
    r"(?:tonight|today|right now|now|in an hour|after school|this evening|before morning|when "
    r"(?:everyone|her parents|his parents|they) (?:is |are )?(?:asleep|sleeps|sleep|leave))\b|"
    r"(?:is about to|is trying to) (?:kill (?:herself|himself|themselves)|end (?:her|his|their) life|take "
    r"(?:her|his|their) (?:own )?life|commit suicide)\b|"
    r"has a plan (?:to|for how to|how to) (?:kill|end|die|commit)|(?:wrote|left|posted|sent|has written) "
    r"(?:\S+ ){0,2}?suicide note|"
    r"(?:locked|has locked|shut|barricaded|is locked) (?:herself|himself|themselves|themself)? ?in "
    r"(?:the |her |his |their |a |our )?(?:bathroom|room|bedroom|toilet|loo|shower|garage|car|closet|"
    r"wardrobe) (?:\S+ ){0,8}?(?:with|has|took|taking|holding|and (?:\S+ ){0,3}?(?:has|took)) (?:\S+ )?"
    r"(?:knife|knives|blade|blades|razor|razors|razor blade|pills|tablets|scissors|rope|belt|cord|bleach|"
    r"broken glass)\b"
)
_BYE_EN = (
    r"(?:posted|wrote|sent|put up|put|uploaded|shared|left|made|texted|messaged|dmed|snapped|tweeted) "
    r"(?:\S+ ){0,4}?(?:goodbye|good bye|farewell|bye forever|suicide note|last message|final message|"
    r"letter saying goodbye)|said (?:goodbye|bye) to (?:everyone|everybody|all of us|us all|us|me|the "
    r"world|all)|(?:texted|messaged|told|sent|wrote) (?:me|us|everyone|everybody|all of us) (?:\S+ )"
    r"{0,4}?(?:goodbye|bye forever|(?:she|he|they) (?:loves|loved|love) (?:us|me|everyone|you all)|sorry "
    r"for everything|thank you for everything|thanks for everything)"
)
_UNREACH_EN = (
    r"(?:is not|isn't|not|no longer|stopped|will not|won't|does not|doesn't|has not|hasn't|never|did "
    r"not|didn't) (?:\S+ )?(?:answering|answer|answered|replying|reply|replied|responding|respond|"
    r"responded|picking up|pick up|picked up|reading|opening)\b|(?:no one|nobody|none of us) (?:can|could) "
    r"(?:\S+ )?(?:reach|contact|get hold of|get through to|find) (?:her|him|them)\b|"
    r"(?:her|his|their) (?:phone|cell|mobile) "
    r"(?:is|went|was|has been) (?:\S+ )?(?:off|dead|offline)\b|(?:goes|going|went|keeps going) "
    r"(?:straight )?to voicemail|(?:no one|nobody|none of us|we|i) (?:can not|can't|cannot|could not|"
    r"couldn't) (?:\S+ )?(?:reach|contact|get hold of|get through to|call|find) (?:her|him|them)\b|"
    r"(?:location|snap map|snapmap|find my) (?:\S+ ){0,2}?(?:off|gone|disappeared)\b|(?:is|went|has been) "
    r"(?:\S+ )?offline|left (?:us|me|everyone) on (?:read|delivered)|(?:nobody|no one) knows where "
    r"(?:she|he|they) (?:is|are)"
)
_TRIG_EN = (
    _REL_EN.replace("|", " ").replace("neighbou?r", "neighbour neighbor") + " girl boy kid guy person "
    "student someone mine she he they"
)
_BYE_GUARD_EN = (
    r"moving|moved|move to|leaving (?:the )?(?:group|gc|chat|server|school|country|city|town|team|club|"
    r"class)|left the (?:group|gc|chat|server)|holidays?|vacation|trip|camp|flight|plane|airport|abroad|"
    r"exchange|new school|new phone|no signal|no wifi|no internet|no service|battery|grounded|took (?:her|"
    r"his|their) phone|confiscated|break from|detox|taking a break|quitting|graduat\w*|last day|end of "
    r"(?:the )?(?:year|term)|boarding school|sleepover|festival"
)
# every match holds one of these (stems of the acts and the goodbyes): a message without
# any is skipped before the patterns run
_TX_EN = (
    "pill|tablet|meds|medic|painkiller|paracetamol|ibuprofen|tylenol|advil|aspirin|panadol|antidepress|"
    "prescription|insulin|xanax|emoji_pill|overdos|od'd|od ed|an od|a od|bleach|poison|cleaning|detergent|"
    "antifreeze|drain|pesticide|weed|lighter fluid|chlorine|disinfectant| pod|dettol|domestos|lysol|"
    # a leading space: the stem starts a word ("blocked", "change", "skill" hold no act)
    " self|herself|himself|themselves|themself|"
    "wrist| arm| leg|thigh|throat|jump| roof|bridge|ledge| track| rail|cliff|top of| kill|end it|end her|"
    "end his|end their|own life|her life|his life|their life| die|dying|suicid|unalive| hang|a plan| lock|"
    " shut|"
    "barricad|bye|farewell|last message|final message|love us|loves us|loved us|love me|loves me|"
    "loved me|loves everyone|loved everyone|love everyone|love you all|for everything"
)
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_EN = (
    r"(?<!if )(?<!when )(?:(?:a|one|this|some) (?:girl|boy|kid|guy|friend|person|student) (?:in|from|at|on) "
    r"(?:the|our|my) (?:group ?chat|gc|group|discord|server|chat|class|school)|someone (?:in|from|on) "
    r"(?:the|our|my) (?:group ?chat|gc|discord|server|chat|group))"
)
_ACTS_MORE_EN = (
    r"(?:wants? to|wanna|is going to|is gonna) (?:die|kill (?:herself|himself|themselves)|end (?:it|her life|"
    r"his life|their life)) (?:\S+ ){0,8}?(?:has|have|already has|made|got|has got) (?:a |an actual |a "
    r"real |a whole |a full )?plan\b|"
    r"(?:tonight|today|tomorrow|right now) (?:\S+ ){0,2}?(?:she's|he's|she is|he is|they're|they are|"
    r"she will|he will|she'll|he'll|is) (?:going to |gonna )?(?:kill(?:ing)? (?:herself|himself|"
    r"themselves)|end(?:ing)? (?:it all|her life|his life|their life)|commit(?:ting)? suicide|tak(?:e|ing)"
    r" (?:her|his|their) (?:own )?life)\b|"
    r"(?:is|she's|he's|they're|she is|he is) (?:killing (?:herself|himself|themselves)|ending (?:her|his|"
    r"their) life|ending it all) (?:\S+ ){0,2}?(?:tonight|tomorrow|today|this weekend|after school)\b"
)
_BYE_MORE_EN = r"(?:is |was )?saying goodbye to (?:everyone|everybody|all of us|us all|the world)"
_UNREACH_MORE_EN = (
    r"(?:won't|will not|doesn't|does not|isn't|is not|not) (?:\S+ )?open(?:ing)? (?:the |her |his |their "
    r")?(?:bathroom |bedroom )?door|(?:deleted|deactivated) (?:her|his|their) (?:account|insta|"
    r"instagram|snap|tiktok)"
)
_SIGN_EN = (
    r"(?:sent|posted|shared|showed|snapped|dmed|texted|put up|uploaded) (?:me |us |everyone |her |his )?"
    r"(?:a |an |the |some )?(?:picture|pictures|photo|photos|snap|selfie|video|story) (?:\S+ ){0,2}?(?:of|"
    r"with) (?:\S+ ){0,3}?(?:pills|tablets|meds|a blade|blades|razor|razors|a knife|wrists?|cuts|fresh "
    r"cuts|wounds|blood|a rope|a noose)\b"
)
_PLACE_EN = (
    r"(?:is|she's|he's|they're|standing|sitting|waiting|alone|currently|went) (?:\S+ ){0,2}?(?:at|on|by|near|"
    r"next to|to) (?:the |a )?(?:edge of (?:the |a )?)?(?:train tracks|railway tracks|railway|tracks|rails|"
    r"bridge|river|riverbank|canal|cliff|cliffs|roof|rooftop|ledge|overpass|top floor)\b"
)
_ENDS_EN = (
    r"(?:it is|this is|it's) the end\b(?! of (?:the |this )?(?:year|term|day|week|season|series|game|"
    r"movie|book|summer))|(?:can't|cannot|can not) (?:go on|do this|take it) (?:any ?more|anymore)|"
    r"(?:does not|doesn't|don't|do not) want to (?:live|be here|be alive|go on|exist)\b|wants? to die\b|"
    r"(?:she's|he's|she is|he is|they're) done with (?:life|everything|it all)|ending it (?:\S+ )?"
    r"(?:tonight|today|now)|i am ending it|bye forever|won't be (?:here|around|alive) (?:tomorrow|"
    r"anymore|much longer)|(?:last|final) (?:message|words|goodbye)"
)
_TX_MORE_EN = (
    # a sign pair's match holds the means shown, so those are its stems, not the picture
    # (every third bench message has "pictures": the phrase form reads "photos" so)
    " plan|blade|razor|knife| cut|wound|blood|rope|noose|tracks|rails|railway|bridge|river|canal|cliff|"
    " roof|ledge|overpass|top floor"
)

# -- de ("im" reads "i am" in the phrase form) -------------------------------------------------
_WHO_DE = (
    r"(?<!wenn )(?<!falls )(?<!jahr )(?<!sommer )(?<!winter )(?<!monaten )(?<!jahren )(?<!vor )(?:"
    r"(?:meine|mein|unsere|unser) (?:beste |bester |kleine |kleiner |grosse |grosser |altere |alterer |"
    r"jungere |jungerer )?(?:freundin|freund|schwester|bruder|cousine|cousin|kusine|klassenkameradin|"
    r"klassenkamerad|mitschulerin|mitschuler|kumpel|mama|mutter|papa|vater|tante|onkel|nachbarin|nachbar|"
    r"bff|bestie|ex|bestfriend)|(?:ein|eine) (?:madchen|junge|typ|freundin|freund|mitschulerin|mitschuler) "
    r"(?:aus|in) (?:meiner|unserer) (?:klasse|schule|stufe|gruppe|mannschaft)|jemand aus (?:meiner|"
    r"unserer) (?:klasse|schule|stufe)|(?:sie|er) hat (?:mir|uns) (?:gerade |eben |grad )?(?:geschrieben|"
    r"geschickt|gesagt))"
)
_GUARD_DE = (
    r"letztes jahr|letzten (?:sommer|winter|monat)|vor (?:\w+ )?(?:jahren|monaten|wochen)|vor einem jahr|"
    r"als wir (?:klein|kinder|junger)|(?:ist|geht es (?:ihr|ihm)|gehts (?:ihr|ihm)) (?:jetzt |wieder |"
    r"inzwischen )+(?:gut|besser|okay|ok|gesund|stabil)|hat hilfe bekommen|bekommt hilfe|hat sich "
    r"erholt|serie|staffel|folge|film|buch|roman|anime|manga|figur|charakter|netflix|nachrichten|"
    r"artikel|doku|(?:im|i am) spiel|minecraft|roblox|fortnite|trank|aus versehen|versehentlich|beim "
    r"kochen|beim schneiden|beim rasieren|gestolpert|hingefallen|scherben|gegen (?:ihre|seine) "
    r"(?:kopfschmerzen|allergie|regelschmerzen|erkaltung|migrane|asthma)|zum beispiel|haben wir gelernt|"
    r"(?:im|i am) unterricht|workshop|was tun wenn|was man tun soll|hypothetisch|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"wie (?:der|die|ihr|sein|ihre|seine) (?:arzt|arztin|doktor|arztin) (?:es )?(?:gesagt|verschrieben|verordnet)|"
    r"wie verschrieben|wie verordnet|tablettenbox|pillendose"
)
_PILLS_DE = (
    r"tabletten|pillen|medikamente|schlaftabletten|antidepressiva|schmerztabletten|ibuprofen|paracetamol|"
    r"emoji_pill"
)
_LOTS_DE = (
    r"viele|ganz viele|zu viele|eine menge|einen haufen|alle (?:ihre|seine|ihren|seinen|die)|alle|"
    r"eine ganze (?:packung|schachtel|dose|flasche|blister)|die ganze (?:packung|schachtel|dose|flasche)|"
    r"eine packung|eine schachtel|zwei packungen|(?:so |ungefahr |etwa |bestimmt |uber )?(?:[1-9]\d+|"
    r"zwanzig|dreissig|vierzig|funfzig|hundert)"
)
_ACTS_DE = (
    r"(?:" + _LOTS_DE + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r") (?:\S+ ){0,3}?(?:geschluckt|genommen|"
    r"eingenommen|eingeworfen|reingeworfen|gefressen)\b|(?:schluckt|nimmt|schluckte|nahm) (?:gerade )?"
    r"(?:\S+ )?(?:" + _LOTS_DE + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r")\b|uberdosis\b|"
    r"(?:bleiche|bleichmittel|gift|rattengift|putzmittel|reinigungsmittel|abflussreiniger|"
    r"desinfektionsmittel|frostschutzmittel|domestos|chlorreiniger|wc reiniger|spulmittel) (?:\S+ ){0,3}?"
    r"(?:getrunken|geschluckt|gegessen)\b|(?:trinkt|schluckt|trank) (?:\S+ ){0,3}?(?:bleiche|gift|"
    r"putzmittel|rattengift|reinigungsmittel)\b|"
    r"(?:tief|schlimm|krass|heftig|die pulsadern|die handgelenke|das handgelenk|die arme) (?:\S+ ){0,3}?"
    r"(?:geritzt|geschnitten|aufgeschnitten|aufgeritzt)\b|(?:geritzt|geschnitten|aufgeschnitten) (?:\S+ )"
    r"{0,5}?(?:hort nicht auf zu bluten|blutet (?:\S+ )?(?:stark|viel|uberall|doll)|uberall blut)|"
    r"(?:ritzt|schneidet) sich (?:\S+ ){0,3}?(?:gerade|jetzt|tief|die pulsadern)\b|"
    r"(?:will|wird|droht|sagt (?:sie|er) will|hat gesagt (?:sie|er) will) (?:\S+ ){0,5}?(?:von der|von "
    r"dem|vom|aus dem|vor den|vor einen|von einer) (?:\S+ ){0,2}?(?:brucke|dach|hochhaus|fenster|balkon|"
    r"klippe|gleise|zug|parkhaus|turm) (?:\S+ )?(?:springen|sturzen|werfen)\b|"
    r"(?:steht|sitzt|ist) (?:\S+ ){0,3}?(?:auf dem dach|auf der brucke|auf den gleisen|am rand|auf dem "
    r"gelander|auf dem hochhaus) (?:\S+ ){0,12}?(?:springen|sterben|umbringen|abschied\w*)\b|"
    r"(?:will|wird|sagt (?:sie|er) (?:will|wird)|hat gesagt (?:sie|er) (?:will|wird)|plant) (?:sich )?"
    r"(?:\S+ ){0,3}?(?:heute nacht|heute abend|heute|jetzt|gleich|sofort|nach der schule|wenn alle "
    r"schlafen) (?:\S+ ){0,3}?(?:umbringen|sterben|das leben nehmen|suizid begehen|selbstmord begehen|"
    r"aufhangen|springen|ein ende machen|es beenden)\b|(?:hat|hatte) einen plan (?:\S+ ){0,3}?"
    r"(?:umzubringen|zu sterben|das leben zu nehmen)|selbstmordbrief|suizidbrief|"
    r"(?:eingeschlossen|eingesperrt|schliesst sich ein|abgeschlossen) (?:\S+ ){0,8}?(?:klinge|klingen|"
    r"rasierklinge|messer|cutter|schere|tabletten|pillen|seil|strick|gurtel)\b|(?:klinge|klingen|"
    r"rasierklinge|messer|cutter|schere|tabletten|pillen|seil|strick) (?:\S+ ){0,8}?(?:eingeschlossen|"
    r"eingesperrt)\b"
)
_BYE_DE = (
    r"abschied\w*|tschuss fur immer|lebt wohl|lebewohl|letzte nachricht|(?:von allen|von uns|von mir) "
    r"verabschiedet|verabschiedet sich von allen|(?:danke fur alles|sorry fur alles|tut (?:ihr|ihm|mir) "
    r"leid fur alles|entschuldigung fur alles|(?:sie|er) liebt uns)"
)
_UNREACH_DE = (
    r"(?:geht|ging) nicht (?:mehr )?(?:ans|an ihr|an sein|ran)|(?:antwortet|antwortete|reagiert|meldet "
    r"sich|liest) (?:\S+ )?(?:nicht|nicht mehr|gar nicht)\b|(?:ihr|sein) (?:handy|telefon) (?:ist|war) "
    r"(?:\S+ )?(?:aus|ausgeschaltet|tot|off)\b|handy aus|mailbox|(?:niemand|keiner|wir|ich) (?:\S+ ){0,2}?"
    r"(?:erreicht|erreichen|erreiche)\b|(?:ist|war) nicht (?:mehr )?erreichbar|(?:keiner|niemand) weiss "
    r"wo (?:sie|er) ist|offline"
)
_BYE_GUARD_DE = (
    r"umzug|zieht (?:\S+ )?(?:um|weg)|umziehen|weggezogen|verlasst (?:\S+ )?(?:gruppe|chat|server|schule)|"
    r"(?:gruppe|chat|server) verlassen|urlaub|ferien|reise|klassenfahrt|lager|camp|flug|flugzeug|"
    r"flughafen|austausch|ausland|neue schule|neues handy|kein netz|kein wlan|kein internet|akku|"
    r"hausarrest|weggenommen|abgenommen|pause von|detox|abschluss|letzter schultag|internat"
)
_TX_DE = (
    "tablette|pille|medikament|antidepressiva|ibuprofen|paracetamol|emoji_pill|uberdosis|bleich|gift|"
    "putzmittel|reinigungsmittel|abflussreiniger|desinfektionsmittel|frostschutzmittel|domestos|"
    "chlorreiniger|wc reiniger|spulmittel|geritzt|geschnitten|aufgeschnitten|aufgeritzt|ritzt|schneidet|"
    "springen|sturzen|werfen|dach|brucke|gleise|rand|gelander|hochhaus|umbringen|sterben|leben|suizid|"
    "selbstmord|aufhangen|ende|plan|eingeschlossen|eingesperrt|schliesst sich ein|abgeschlossen|abschied|"
    "tschuss fur immer|lebt wohl|lebewohl|letzte nachricht|verabschiedet|fur alles|liebt uns"
)
_TRIG_DE = "meine mein unsere unser ein eine jemand sie er"
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_DE = (
    r"(?<!wenn )(?<!falls )(?:(?:ein|eine) (?:madchen|junge|typ|freundin|freund|mitschulerin|mitschuler|"
    r"kumpel) (?:aus|in|von) (?:der|dem|meiner|unserer|unserem|meinem) (?:klasse|schule|stufe|gruppe|"
    r"gruppenchat|chat|discord|server|jahrgang|mannschaft|verein)|jemand aus (?:der|dem|unserer|unserem)"
    r" (?:gruppe|gruppenchat|chat|klasse))"
)
_ACTS_MORE_DE = (
    r"(?:will|mochte|wollte) (?:\S+ ){0,2}?(?:sterben|sich umbringen|nicht mehr leben|tot sein) (?:\S+ )"
    r"{0,8}?(?:hat|hatte) (?:schon |auch |sogar )?(?:einen|nen|n) plan\b"
)
_UNREACH_MORE_DE = (
    r"macht (?:die )?tur nicht (?:mehr )?auf|(?:offnet|offnete) (?:die tur )?nicht|(?:account|konto|"
    r"insta|profil) (?:\S+ )?(?:geloscht|deaktiviert)"
)
_SIGN_DE = (
    r"(?:foto|fotos|picture|pictures|bild|bilder|video|story|snap) (?:\S+ ){0,2}?(?:von|mit) (?:\S+ ){0,3}?"
    r"(?:tabletten|pillen|klingen?|rasierklingen?|messer|handgelenken?|pulsadern|schnitten|wunden|blut|seil|strick)\b"
)
_PLACE_DE = (
    r"(?:steht|sitzt|ist|wartet|allein|gerade|ging|gegangen) (?:\S+ ){0,2}?(?:an den|auf den|an der|auf der|"
    r"am|auf dem|bei den|bei der|zu den|zur|zum) (?:\S+ )?(?:gleisen|gleis|schienen|bahngleisen|brucke|"
    r"fluss|flussufer|kanal|dach|hochhaus|klippe|abgrund|gelander|bahnubergang|autobahnbrucke)\b"
)
_ENDS_DE = (
    r"will nicht mehr(?: leben| weiterleben| da sein| hier sein)?(?= (?:und|was|ich|wir|er|sie|bitte|hilfe|"
    r"hat|schreibt|sagt|[.!?])\b| [.!?]| ?$)|kann nicht mehr(?= (?:und|was|ich|wir|bitte|hilfe|[.!?])\b|"
    r" [.!?]| ?$)|(?:das|es) ist (?:jetzt )?das ende\b|will sterben|lebt wohl|fur immer tschuss|letzte "
    r"nachricht"
)
_TX_MORE_DE = (
    "picture|plan|foto|bild|video|story|selfie|snap|gleis|schienen|brucke|fluss|kanal|dach|hochhaus|klippe|"
    "abgrund|gelander|bahnubergang"
)


RULES: list[Rule] = [
    _rule(_TRIG_EN, _TX_EN + "|" + _TX_MORE_EN,
          _acute_more(_WHO_EN, _GUARD_EN, _ACTS_EN, _BYE_EN, _UNREACH_EN, _BYE_GUARD_EN,
                      who_more=_WHO_MORE_EN, acts_more=_ACTS_MORE_EN, bye_more=_BYE_MORE_EN,
                      unreach_more=_UNREACH_MORE_EN, sign=_SIGN_EN, place=_PLACE_EN, ends=_ENDS_EN)),
    _rule(_TRIG_DE, _TX_DE + "|" + _TX_MORE_DE,
          _acute_more(_WHO_DE, _GUARD_DE, _ACTS_DE, _BYE_DE, _UNREACH_DE, _BYE_GUARD_DE,
                      who_more=_WHO_MORE_DE, acts_more=_ACTS_MORE_DE,
                      unreach_more=_UNREACH_MORE_DE, sign=_SIGN_DE, place=_PLACE_DE, ends=_ENDS_DE)),
]
