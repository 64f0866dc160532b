"""Veiled threats the earlier veiled rules miss: a warning tied to the reader
telling again, the reader's routine or a sibling named with a wink, and
menace anchored to a day or a place with no violent word (appended to
`harm.RULES`; en here, es fr pt de it in harm_veiled_more_langs.py, ru tr pl
id ar hi zh in harm_veiled_more_scripts.py).

Why: "keep snitching to teachers and see what happens to your scooter",
"tell the teacher again and we'll see if your bike makes it home", "i know
you walk home alone through the park at 4. tomorrow you'll see", "tell your
sister to take a different way home tomorrow. just saying", "you won't be
laughing on monday. me and my brother will be at the bus stop 🔪", "behind
the sports hall after school. don't bring your mum this time", "don't come to
school on friday. trust me, something's going to happen".  harm_veiled.py
wants "if you tell" next to "see what happens"; harm_watching.py pairs
knowledge with warnings that do not include "you'll see"; the after-school
rules want a verb of meeting.  Each shape here is a pair, and neither half
alone is held:

* telling again ("tell miss again", "keep snitching", "if you complain
  again") with a consequence for the reader or their things ("see what
  happens to your phone", "we'll see if your bike makes it home", "say bye to
  your scooter", "we'll meet outside school", "let's see how you get home",
  "you'll see what happens");
  advice to tell again ("tell the teacher again and see what happens, maybe
  she'll listen") names no consequence and passes;
* the reader's routine known ("i know you walk home alone", harm_watching's
  cues) with "you'll see" or "see you tomorrow" ending the sentence; a plan
  after it passes ("... see you tomorrow, we can walk together");
* a sibling told to be careful or take another way with a wink ("just
  saying", "trust me"); a reason (ice, a closed bridge) passes;
* a compliment on a thing with "shame if something happened to it"; advice
  to protect it (a case, a lock) passes;
* "you won't be laughing on monday" with people or a knife coming; a test,
  a game or a level after it passes;
* a school place with "don't bring your mum this time";
* "wait till everyone sees the pics" with "you'll see" or with the reader's
  own pictures; praise of the pictures passes;
* "don't come to school on friday" with "trust me" or "something's going to
  happen"; a training day, a strike, an illness pass.

Spellings and shapes added after review: "u w0nt be laughing" (the
normaliser does not expand "wont"), "walk home a different way", "you'll
see" as the wink after a sibling warned, "wait till monday when the pics go
round" (`_ROUND_EN`), "shame if something happened there at night".  The
house, routine and pictures known in other languages are in
harm_veiled_known*.py, appended at the end of this module.

Reports and quotes are excused by the frames ("someone told me 'you'll see'
after I reported him").
"""

from __future__ import annotations

from .harm_veiled import _NOT_AFTER
from .harm_veiled_home import _FRIENDLY_EN
from .rules import Rule, rule

# -- telling again, and a consequence for the reader ----------------------------------------
_AGAIN_EN = (r"(?:\b(?:keep|carry on|try)(?: on)? (?:snitching|telling (?:on|teachers|the|miss|sir|your)|"
             r"complaining|reporting|grassing|ratting|tattling|crying to|running to)\b|\b(?:snitch|"
             r"snitching|tell(?! (?:me|us)\b)|telling(?! (?:me|us)\b)|complain|complaining|report (?:me|us|"
             r"it|this|that|my|our)|grass|rat|tattle|go crying|go running|run crying|run to|cry to|say (?:it|"
             r"that|anything|something|a word)|open your mouth)(?: \S+){0,5}? (?:again|one more time|once "
             r"more|ever again)\b)")
_CONSEQ_EN = (r"(?:\b(?:see|watch) what (?:happens|will happen|is gonna happen|is going to happen|happens "
              r"next)(?: \S+){0,2}? to (?:you|your|ur)\b|"
              r"\b(?:you'll|you will|youll|then you'll|then you will) see what (?:happens|will happen)\b|"
              r"\b(?:see|find out) (?:if|whether) (?:you|(?:your|ur) \w+)(?: \w+)? (?:makes? it|gets? home|"
              r"survives?|(?:is|are) still (?:in one piece|working|standing|yours|intact)|stays? in one "
              r"piece|can still)\b|"
              r"\bsee how (?:you|(?:your|ur) \w+) (?:get|gets|make it|makes it) (?:home|to school|back|"
              r"there)\b|"
              r"\bsay (?:bye|goodbye) to (?:your|ur) "
              r"(?:new |nice |precious |)(?:bike|scooter|phone|bag|stuff|things|face|teeth|shoes|trainers|"
              r"coat|tablet|ipad|switch|console|locker|pet|dog|cat|hamster|glasses|skateboard|board)\b|"
              r"\b(?:we'll|we will|well|i'll|i will|we are gonna|we are going to|me and my \w+ (?:will|are "
              r"gonna)) (?:meet you|meet|see you|catch you|find you|be waiting|wait for you|have a word|"
              r"be outside)\b(?: \S+){0,3}? (?:outside|after school|after class|behind|on the way home|at the "
              r"(?:gates?|bus stop))\b(?!.*?\b(?:office|discuss|talk (?:about|it)|sort it out|parents "
              r"evening|meeting)\b))")

# -- the reader's routine known, and an ominous close ------------------------------------------
_ROUTINE_EN = (r"\b(?:i|we) (?:know|knw) (?:exactly )?(?:what time|when|where|which (?:way|bus|route|path|"
               r"door|window|house|stop)|how you get|your (?:route|way home|bus|timetable|schedule)|that you|"
               r"you)(?: \w+){0,6}? (?:walk|walks|go|get|leave|finish|wait|take|cycle|ride|come|sleep|"
               r"alone|home)\b")
# "see you tomorrow" is ominous only after the reader is known to be alone
_ALONE_EN = (r"(?: \w+){0,6}? (?:alone|by yourself|on your own|at night|in the dark|every (?:morning|night|"
             r"day|evening))\b")
_OMEN_EN = (r"\b(?:(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|soon|then) )?"
            r"(?:you'll|you will|youll|ull) see(?= ?$| [.!?])")
_SEE_YOU_EN = r"\bsee you (?:tomorrow|soon|tonight|on \w+day|\w+day|later)(?= ?$| [.!?])"
_NOT_PLAN_EN = (r"(?!.*?\b(?:then|bring|save|lend|give you|return|excited|cant wait|can't wait|ready|"
                r"practice|lol|haha\w*|xx+|surprise|present|gift|birthday)\b)")

# -- a sibling warned, with a wink --------------------------------------------------------------
_KIN_EN = (r"\b(?:tell|warn) (?:your|ur) (?:little |lil |baby |big |older |younger |)(?:sister|brother|"
           r"sis|bro|cousin|mum|mom|dad|nan|gran|girlfriend|boyfriend|gf|bf) (?:to |she should |he should "
           r"|she better |he better |to better )(?:be careful|watch (?:out|herself|himself|where)|(?:take|walk|"
           r"go|get|come|cycle) (?:home |back )?(?:a different|another|the other) (?:way|route|road|bus)|stay (?:home|"
           r"inside|in)|not (?:walk|go) (?:home )?alone|lock (?:the|her|his) doors?|look (?:behind|over) "
           r"(?:her|him)|keep (?:her|his) (?:head down|eyes open))")
_WINK_EN = (r"(?:\b(?:just saying|just sayin|trust me|you know why|no reason|hint hint|for (?:her|his) own "
            r"(?:good|safety)|if you know what i mean|that is all|thats all|not saying anything|you have "
            r"been warned|or else|i'd listen|i would listen)\b|\b(?:you'll|you will|youll|ull) see(?= ?$| [.!?]))")
_REASON_EN = (r"(?!.*?\b(?:because|cos|cuz|coz|cause|bc|ice|icy|snow|rain|storm|flood\w*|closed|roadworks|"
              r"works|traffic|construction|dogs?|stranger|creep|fox|police|accident|dark|lights|"
              r"slippery|busy|diversion|broken|man|guy|test|exam|teacher|strict|boring|cold|hot|sun|weather|sick|"
              r"ill|flu|virus|covid|germs|surprise|present|gift|party|birthday|lol|haha\w*|puppy)\b)")

# -- menace anchored to a day --------------------------------------------------------------------
_LAUGH_EN = (r"\b(?:you|ya|your) (?:will not|wont|are not (?:gonna|going to)|not (?:gonna|going to)|aint gonna|"
             r"ain't gonna) be (?:laughing|smiling|so brave|so tough|so cocky|so funny|so loud|so smug|"
             r"so chatty|talking)\b")
_COMING_EN = (r"(?:\bemoji_knife\b|\bme and my (?:older |big |)(?:brother|brothers|cousin|cousins|mates|"
              r"boys|friends|crew|gang|dad|uncle)\b|\bmy (?:older |big |)(?:brother|brothers|cousin|"
              r"cousins|boys|crew|gang) (?:will|is gonna|are gonna|is coming|are coming)\b|\b(?:we|we'll|"
              r"we will|they'll|they will|i'll|i will) (?:be )?(?:waiting|outside your|at the (?:bus stop|"
              r"gates?|park)|there)\b|\b(?:you'll|you will|youll) see(?= ?$| [.!?])|\btrust me\b)")
_NOT_TEST_EN = (r"(?!.*?\b(?:test|tests|exam|exams|quiz|homework|results?|grades?|marks?|scores?|report card|"
                r"level|boss|match|game|episode|season|finale|spoiler|detention|finds out|results|"
                r"dentist|injection|jab)\b)")
_PLACE_EN = (r"\b(?:behind the (?:sports hall|gym|school|bike sheds?|shops|canteen|science block|library)|"
             r"(?:at|by) the (?:school )?gates?|outside (?:the )?school|after school|after class|at break|at "
             r"lunch|by the bike sheds?|at the bus stop|on the field)\b")
_NO_MUM_EN = (r"\b(?:do not|dont|better not|and do not) bring (?:your|ur) (?:mum|mom|mummy|mommy|mam|dad|"
              r"daddy|parents|teacher|teachers|big brother|brother|sister|bodyguard|friends?|mates|nan|gran)"
              r"(?: with you| along)? (?:this time|to save you|to protect you|to hide behind)\b")
_FUN_EN = (r"(?!.*?\b(?:embarrass\w*|cringe|awkward|party|sleepover|cinema|movie|film|shopping|mall|cake|"
           r"birthday|practice|rehearsal|costume|lol she|lol he|room|space|seats?|table|surprise|present|gift)\b)")
_PICS_EN = (r"\b(?:just )?wait (?:till|until|til|for) (?:monday|tuesday|wednesday|thursday|friday|tomorrow|"
            r"everyone|everybody|the whole school|your (?:mum|mom|dad|parents|class)|school)(?: \S+){0,4}? "
            r"(?:sees?|gets? to see) (?:the|your|ur|those|these|my) (?:pics|pictures|photos|video|videos|"
            r"vids|screenshots|chats|messages|texts)\b")
# the pictures going round instead of being seen: "wait till monday when the pics go round"
_ROUND_EN = (r"\b(?:just )?wait (?:till|until|til)(?: \S+){0,4}? (?:the|your|ur|those|these|my|our|all the|"
             r"everyone's|everyones|everybody's) (?:pics|pictures|photos|video|videos|vids|screenshots|chats|"
             r"screenies)(?: of you)? (?:go|goes|get|gets|are|hit|drop|leak|spread)(?: sent)? (?:round|around|"
             r"out|viral|everywhere|posted|leaked|the gc|the group|online)\b")
_PRAISE_EN = (r"(?!.*?\b(?:amazing|love|loved|so good|cute|beautiful|gorgeous|stunning|funny|hilarious|"
              r"trip|holiday|party|prom|wedding|birthday|concert|proud|great|best|nice|pretty|dance|show|"
              r"performance|play|recital|competition|award|graduation|photoshoot)\b)")
_STAY_EN = (r"\b(?:do not|dont|better not|i would not|would not|wouldnt) (?:(?:come|show up|turn up) (?:in(?:to)?"
            r"(?: school)?|to school|at school)|go (?:in|to school|into school))(?: tomorrow| on \w+day| "
            r"\w+day| next week)?\b")
_WARNED_EN = (r"\b(?:trust me|(?:something|smth|sth)(?: bad| big| terrible)?(?:'s| is|s)? (?:going to|gonna|"
              r"will) (?:happen|go down)|you have been warned|consider yourself warned|just saying|for "
              r"your own (?:good|safety)|if you know what is good for you|i am warning you|emoji_knife)\b")
_NOT_DAY_OFF = (r"(?!.*?\b(?:training|inset|strike|closed|holiday|snow|day off|sick|ill|fever|covid|trip|no "
                r"school|half day|exam|test|boring|pointless|nothing|cancell?ed|drill|flu|contagious|"
                r"vomit\w*|puke|supply|substitute|non uniform|mufti|sports day|rain|rest|bed|tired|recover|"
                r"doctor|dentist|appointment|surprise|party)\b)")

RULES: list[Rule] = [
    rule("threat:veiled", "threat", "again keep more carry try",
         r"(?:" + _AGAIN_EN + r").{0,100}?" + _CONSEQ_EN + r"|" + _CONSEQ_EN + r".{0,60}?\b(?:if|when) "
         r"you (?:ever )?" + _AGAIN_EN,
         requires="snitch snitching tell telling complain complaining report reporting grass grassing rat "
                  "ratting tattle tattling crying running cry run say open going"),
    rule("threat:veiled", "threat", "see",
         _ROUTINE_EN + r".{0,160}?" + _OMEN_EN + _FRIENDLY_EN + _NOT_PLAN_EN + r"|" + _ROUTINE_EN
         + _ALONE_EN + r".{0,120}?" + _SEE_YOU_EN + _FRIENDLY_EN + _NOT_PLAN_EN,
         requires="know knw saw seen watched spotted followed"),
    rule("threat:veiled", "threat", "saying sayin trust reason hint own mean all anything warned else listen back see",
         _KIN_EN + r"\b" + _REASON_EN + r".{0,120}?" + _WINK_EN + r"|" + _WINK_EN + r".{0,60}?" + _KIN_EN
         + r"\b" + _REASON_EN + r"|\b(?:tell|warn) (?:your|ur) (?:little |lil |baby |big |older |younger |)"
         r"(?:sister|brother|sis|bro) to watch (?:her|his) back\b",
         requires="tell warn"),
    rule("threat:veiled", "threat", "shame pity",
         r"\b(?:nice|cool|lovely|pretty|sweet|new|cute|fancy|big|shiny)(?: \S+){1,6}? (?:shame|pity) if "
         r"(?:(?:something|anything|smth|sth)(?: bad)? (?:happened|happens|were to happen|was to happen|"
         r"would happen|should happen) (?:to (?:it|them|that)|there|in there|(?:at|in the) night|tonight)|(?:it|they) "
         r"(?:caught fire|went missing|"
         r"disappeared|burned down|burnt down|got nicked|got lost))\b(?!.*?\b(?:case|insurance|"
         r"protector|lock|helmet|cover|careful with|back (?:it|them) up|warranty|look after|eat|ate|eats|"
         r"eating|nom|yum\w*|cake|pizza|chips|fries|sweets|chocolate|cookies?|food|lunch|snack|base|build|"
         r"castle|world|server|island|kingdom|village|team|deck|army|score|streak|record|lead)\b)"
         + _NOT_AFTER),
    rule("threat:veiled", "threat", "laughing smiling brave tough cocky funny loud smug chatty talking",
         _LAUGH_EN + _NOT_TEST_EN + r".{0,150}?" + _COMING_EN + r"|" + _COMING_EN + r".{0,100}?"
         + _LAUGH_EN + _NOT_TEST_EN,
         requires="not aint ain't wont"),
    rule("threat:veiled", "threat", "bring",
         _PLACE_EN + _FUN_EN + r".{0,60}?" + _NO_MUM_EN + r"|" + _NO_MUM_EN + r".{0,60}?" + _PLACE_EN
         + _FUN_EN),
    # "wait" is the rarer gate: it triggers, the spreading words are the second gate
    rule("threat:veiled", "threat", "wait",
         r"(?:" + _PICS_EN + r"|" + _ROUND_EN + r")" + _PRAISE_EN + r".{0,80}?(?:\b(?:you'll|you will|youll) "
         r"see(?= ?$| [.!?])|\btrust me\b|"
         r"\bemoji_knife\b|\bwho is laughing\b|\bwhos laughing\b|\byou are (?:done|finished)\b)|\b(?:just )?"
         r"wait (?:till|until|til|for) (?:everyone|everybody|the whole school|your (?:mum|mom|dad|parents|"
         r"class))(?: \S+){0,3}? (?:sees?|gets? to see) (?:(?:your|ur) (?:pics|pictures|photos|video|"
         r"videos|vids|nudes|chats|messages)|(?:the|those|these|my) (?:pics|pictures|photos|video|videos|"
         r"vids|screenshots) of you|what you (?:sent|did|said))\b" + _PRAISE_EN,
         requires="sees see round around viral everywhere leaked leak spread posted gc group online "
                  "out drop hit"),
    rule("threat:veiled", "threat", "trust something smth sth warned saying own good warning emoji_knife",
         _STAY_EN + _NOT_DAY_OFF + r".{0,100}?" + _WARNED_EN + r"|" + _WARNED_EN + r".{0,60}?" + _STAY_EN
         + _NOT_DAY_OFF,
         requires="come show turn go"),
]

from .harm_veiled_more_langs import RULES as _LANGS  # noqa: E402
from .harm_veiled_more_scripts import RULES as _SCRIPTS  # noqa: E402

RULES += _LANGS + _SCRIPTS

# the house, the routine and the pictures known (harm_veiled_known.py); the English house rule
# with this module's cues: "i know which house is yours, the one with the blue door. you'll see"
from .harm_veiled_known import DESC, FRIENDLY, HOUSE, house_rule  # noqa: E402
from .harm_veiled_known import RULES as _KNOWN  # noqa: E402
from .harm_veiled_known_scripts import RULES as _KNOWN_SCRIPTS  # noqa: E402
from .harm_watching import _WARN  # noqa: E402

RULES += [house_rule("en", HOUSE["en"], DESC["en"],
                     r"(?:" + _WARN["en"] + r"|" + _OMEN_EN + r"|" + _KIN_EN + r"|" + _WINK_EN + r")",
                     FRIENDLY["en"], "know knw"), *_KNOWN, *_KNOWN_SCRIPTS]
