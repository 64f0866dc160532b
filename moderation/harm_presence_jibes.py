"""Presence jibes: a named person's arrival or presence made out to spoil
things, or the group invited to mock them (appended to `harm.RULES`; rule
`bullying:presence`, hold).  English here; es fr pt de it in
harm_presence_jibes_langs.py, ru tr pl id ar hi zh in
harm_presence_jibes_world.py; the person and the story shared with
harm_presence_slights.py (present-tense habits, jokes about the lights,
"npc" with "don't reply to her", "not sad enough without him") are in
harm_presence_parts.py.

Why: "the vibe died the second Tom joined the call 😬", "class was almost
fun until she walked in", "poll: how long until Ben cries again? i say
tuesday", "whoever has to sit by Leah bring air freshener lol jk", "she's
such a npc, no personality, just ignore her msgs", "wow he came again, like
we weren't bored enough", "she turns up uninvited every time, like mould".
No insult word is used - the cruelty is in the shape: the person's coming
and a mood that dies with it, a bet on their tears, a smell joke about
sitting near them.  Said in a group chat about a classmate, these are the
bullying a moderator should see.  Six shapes:

* the mood dies when the person arrives ("the vibe died the second Tom
  joined", "Tom joined and the vibe instantly died", "she's such a vibe
  killer", "he ruined the vibe by existing"), or things were fine until
  they came ("class was almost fun until she walked in", "the gc was better
  before she joined");
* a bet or a poll on when they will cry, snitch or melt down ("bets on how
  long until she cries", "how long until Ben cries again");
* whoever sits near them told to bring air freshener, a gas mask, nose pegs;
* "npc", "no personality", "the personality of a brick" said of them;
* their coming greeted with sarcasm ("he came again, like we weren't bored
  enough", "ugh look who's back", "she joined, everyone leave");
* their coming compared to mould, a rash, cockroaches ("she turns up
  uninvited every time, like mould").

The person is "she / he", a name, or "the new girl"; adults, family, the
writer and things are not (`harm_presence_parts._NAME_STOP`: "until the teacher walked in", "when
the wifi cut out", "until my mum called").  What passes: a cause that is
not a person ("the vibe died when the wifi cut out", "class was fun until
the fire drill"), an arrival that brings news, tears or an injury ("...
until she walked in crying", "... came in and told us"), polls with no one
to cry ("poll: pizza or pasta"), crying at a film, "npc" as a game word or
in a game, a friendly greeting ("yay Tom joined!"), surprises ("oh no she's
here, hide the cake").  Reports and quotes are excused by the frames.
"""

from __future__ import annotations

from .harm_presence_parts import ANCH, PERSON, PERSON_IS, PERSON_OBJ, STORY
from .rules import Rule, rule

_ARRIVE_EN = (
    r"(?:joined|joins|walked in|walks in|walked into|came in|comes in|came into|came|comes|"
    r"showed up|shows up|arrived|arrives|turned up|turns up|got here|gets here|got there|got in|"
    r"entered|enters|logged on|logged in|came online|comes online|got on|hopped on|jumped on|"
    r"jumped in|sat down|sits down|sat with us|sat next to us|opened (?:her|his) mouth|opens "
    r"(?:her|his) mouth|started talking|starts talking|spoke|speaks|said (?:hi|hello|anything|"
    r"something)|unmuted|rocked up|rolled up|popped up|popped in|was added|got added|showed "
    r"(?:her|his) face|decided to (?:join|show up|come|talk|speak))"
)
# a call or a game that failed for a technical reason
_NOT_TECH = (r"(?![^.!?]{0,40}\b(?:wifi|internet|lag|lagging|laggy|servers?|connection|glitch\w*|bug|"
             r"buggy|signal|crashed|battery)\b)")
_VIBE_EN = (r"(?:(?:the|this|our|that|my|whole|entire) )?(?:vibe|vibes|mood|energy|fun|party|"
            r"convo|conversation|chat|call|video call|game|lobby|class|lesson|group|gc|room|"
            r"atmosphere|whole thing|sleepover|lunch|break|table|server|stream|match|hangout)")
_ADV_EN = (r"(?:(?:literally|instantly|immediately|just|totally|completely|actually|kinda|lowkey|"
           r"honestly|officially|genuinely|all|so|straight up|automatically) )*")
_DIED_EN = (r"(?:died|dies|dead|is dead|was dead|went dead|was ruined|got ruined|is ruined|ruined|"
            r"went downhill|went down hill|was over|is over|went silent|went "
            r"quiet|got awkward|got weird|got boring|turned awkward|went to zero|went to 0|hit rock "
            r"bottom|got dark|went dark|got darker|went cold|was killed|got killed|"
            r"vanished|disappeared|fell apart|went sour|soured|left the building|got ruined)")
# one of these is in every match of the _DIED_EN shapes (a rule's second gate)
_DIED_WORDS = ("died dies dead ruined downhill over silent quiet awkward weird boring zero 0 rock "
               "dark darker cold killed vanished disappeared apart sour soured building dropped "
               "tanked flopped crashed plummeted")
_WHEN_EN = (r"(?:the second|the moment|the minute|as soon as|once|right when|the instant|when|"
            r"soon as|the sec|the exact second|literally the second|the exact moment|right as|"
            r"the min|the minute that|the moment that|the second that)")
_FINE_EN = (r"(?:fun|good|nice|chill|peaceful|quiet|great|okay|ok|fine|alright|perfect|bearable|"
            r"amazing|calm|lit|a vibe|enjoyable|relaxing|funny|decent|cool|vibes|going well|going "
            r"good|going great)")
_PLACE_EN = (r"(?:class|lesson|school|practice|training|the call|the video call|the party|the "
             r"game|the trip|lunch|break|today|the day|it|everything|this|the chat|the gc|the "
             r"group|the group chat|the sleepover|the bus|maths|math|english|pe|science|drama|art|"
             r"music|history|geography|french|spanish|the lesson|the class|the ride|the walk|the "
             r"match|the movie|the vibe|form|tutor|recess|the stream|the server|the lobby|the "
             r"table|the convo|the hangout|the day out|the weekend|camp|the camp)")
_UNTIL_EN = r"(?:until|till|til|untill|up until|right until|right up until|and then|but then)"
_CRY_EN = (
    r"(?:cries|cry|crying|starts? crying|goes crying|bursts? into tears|in tears|snitches|snitch|"
    r"snitching|tells on|tells the teacher|tells miss|tells sir|tells (?:her|his) (?:mum|mom|mummy|"
    r"mommy|dad|daddy|mama)|runs (?:crying )?to (?:the teacher|miss|sir|(?:her|his) (?:mum|mom|"
    r"mummy|mommy|dad|daddy|mama))|has (?:a|another) (?:meltdown|breakdown|tantrum|fit)|melts down|"
    r"breaks down|throws (?:a|another) (?:tantrum|fit|strop)|whines|sulks|gets triggered|rage ?quits|"
    r"run (?:crying )?to (?:the teacher|miss|sir|(?:her|his) (?:mum|mom|mummy|mommy|dad|daddy|mama))|"
    r"snitch|tell on|tell (?:the teacher|miss|sir)|have (?:a|another) (?:meltdown|breakdown|tantrum)|"
    r"break down|throw (?:a|another) (?:tantrum|fit|strop)|whine|sulk|leave the (?:group|gc|chat)|"
    r"leaves the (?:group|gc|chat|group chat)|leaves crying|wets (?:herself|himself)|pees (?:herself|"
    r"himself)|goes emo|kicks off|loses it|freaks out|starts (?:screaming|whining)|runs off crying)"
)
# crying at a film or with joy
_NOT_FILM = (r"(?! (?:at|during|watching|over|because of) (?:the|this|that|a) (?:movie|film|ending|"
             r"end|show|wedding|finale|episode|book|graduation|ceremony|speech)\b| (?:of joy|happy "
             r"tears)\b)")
_SMELL_EN = (
    r"(?:air fresheners?|gas masks?|nose plugs?|nose clips?|nose pegs?|(?:clothes )?pegs? for "
    r"(?:your|ur) nose|febreze|deodorant|deo|perfume|body spray|lynx|hold (?:your|ur) breath|"
    r"holding (?:your|ur) breath|earplugs|ear plugs|noise cancelling|hazmat|oxygen tank|sick bag|"
    r"barf bag|bleach|lysol)"
)
_GAME = (r"(?![^.!?]{0,40}\b(?:game|games|minecraft|roblox|fortnite|gta|skyrim|sims|zelda|pokemon|"
         r"among us|villager|quest|level|mission|rp|roleplay|role play|play|skit|script|voice|"
         r"voiced|character|role|costume|halloween|cosplay|dnd|campaign|mod|story|book|film|movie|"
         r"show|series|anime)\b)")
_DULL = (r"(?:wall|brick|potato|rock|cardboard|spoon|sock|plank|toaster|door|doorknob|chair|"
         r"table|paper|paper towel|napkin|bread|toast|pebble|stone|noodle|lamp|pencil|blanket|"
         r"paperclip|box|water|carrot|fridge|bin|tissue|desk|cucumber|lettuce|rice cake|cracker)")
_PEST_EN = (
    r"(?:mould|mold|(?:a )?rash|fungus|cockroach(?:es)?|roach(?:es)?|(?:bad )?smell|fart|herpes|"
    r"lice|nits|disease|virus|plague|parasite|leech|flies|fly|rats?|stain|wart|std|infection|"
    r"tumou?r|bad penny|gum on (?:a|my|your|ur) shoe|dog (?:poo|poop|shit)|mildew|damp|weeds?|"
    r"fungal infection|athlete's foot|cold sore|pimple|zit|boil|bed ?bugs?|ticks?|"
    r"mosquito(?:es)?|pest|vermin|termites?|dandruff|stray(?: dog| cat)?|lost puppy|head lice|"
    r"maggots?|slugs?|hangnail|splinter|bad dream|nightmare)"
)
_KEEPS_EN = (r"(?:(?:always|just|literally|keeps|never|still|again) )*(?:turns? up|turning up|shows? "
             r"up|showing up|pops? up|popping up|comes? back|coming back|comes|appears|invites "
             r"(?:herself|himself)|tags along|follows us (?:around|everywhere)|is always (?:there|"
             r"around|here)|never leaves|will not leave|won't leave|is everywhere|gets everywhere|"
             r"crawls back|creeps in|sneaks in)")

# "ugh she's back", "great, he joined again"
_SHE_HERE = (r"(?:" + PERSON_IS + r"|" + PERSON + r"(?: just| has)?) (?:here|back|joined|showed up|"
             r"turned up|came|arrived|online|came back|decided to (?:show up|join|come))")
_NOT_SURPRISE = (r"(?![^.!?]{0,40}\b(?:surprise|cake|presents?|gifts?|pyjamas|pajamas|not ready|not "
                 r"dressed|missed (?:you|u|her|him)|welcome|hi|hey|hello|hiya|bestie|yay|finally|proud|in a row)\b)")

RULES: list[Rule] = [
    # the vibe died the second Tom joined (the mood word first: a literal to search for;
    # the death is the rarer gate, so it triggers and the mood words are the second gate)
    rule("bullying:presence", "bullying", _DIED_WORDS + " dark darker black",
         r"\b(?:" + _VIBE_EN + r" " + _ADV_EN + _DIED_EN + r"|(?:the |our |whole )?(?:vibe|vibes|mood|"
         r"energy|atmosphere) " + _ADV_EN + r"(?:dropped|tanked|flopped|crashed|plummeted)) " + _ADV_EN
         + _WHEN_EN + r" " + PERSON + r" (?:\w+ )?" + _ARRIVE_EN + r"\b" + STORY + _NOT_TECH + r"|"
         r"\b(?:it|the room|the class|everything) (?:literally |just |suddenly |instantly )?(?:got|went|"
         r"turned|became) (?:so )?(?:dark|darker|black) " + _WHEN_EN + r" " + PERSON + r" (?:\w+ )?"
         + _ARRIVE_EN + r"\b" + STORY,
         requires="vibe vibes mood energy fun party convo conversation chat call game lobby class "
                  "lesson group gc room atmosphere sleepover lunch break table server stream match "
                  "hangout everything it"),
    # Tom joined and the vibe instantly died (the person first: gated by the mood's death)
    rule("bullying:presence", "bullying", _DIED_WORDS,
         r"\b" + PERSON + r" (?:just )?" + _ARRIVE_EN + r"\b" + STORY + r"(?: [^.!?]{0,25}?)?"
         r" (?:and|n|so|then|now) (?:now |suddenly |then )?" + _VIBE_EN + r" (?:is |just |was )?"
         + _ADV_EN + _DIED_EN + r"\b",
         requires="vibe vibes mood energy fun party convo conversation chat call game lobby class "
                  "lesson group gc room atmosphere sleepover lunch break table server stream match "
                  "hangout"),
    # she killed the vibe again / he ruined the mood by existing
    rule("bullying:presence", "bullying",
         "killed kills ruined ruins murdered destroyed ended sucked",
         r"\b" + PERSON + r" (?:just |literally |always |instantly |officially )?(?:killed|kills|"
         r"ruined|ruins|murdered|destroyed|ended|sucked the life out of) (?:the|our) (?:vibe|vibes|"
         r"mood|fun|party|convo|energy|chat|class|call|video call) (?:again|as usual|like always|"
         r"every time|by (?:joining|showing up|existing|coming|breathing|walking in|being here|"
         r"turning up|talking|opening (?:her|his) mouth)|just by|the second|the moment|as soon "
         r"as)\b",
         requires="vibe vibes mood fun party convo energy chat class call"),
    # she's such a vibe killer
    rule("bullying:presence", "bullying",
         "killer kill ruiner destroyer sucker vacuum assassin hoover drain",
         r"\b" + PERSON_IS + r" (?:(?:such|literally|basically|lowkey|deadass|actually|just|"
         r"honestly|totally|so|the biggest|a complete|a total|an actual|a literal|a walking|a "
         r"real|a|an|the) )*(?:vibe|mood|fun|party) (?:killer|kill|ruiner|destroyer|sucker|"
         r"vacuum|assassin|hoover|drain)\b",
         requires="vibe mood fun party"),
    # class was almost fun until she walked in / we were having fun until / better before she joined
    rule("bullying:presence", "bullying",
         "fun good nice chill peaceful quiet great okay ok fine alright perfect bearable amazing "
         "calm lit vibe enjoyable relaxing funny decent cool vibes going better nicer quieter "
         "funnier chiller calmer happier laugh blast",
         r"\b" + _PLACE_EN + r" (?:was|were|is|had been|has been|felt|seemed) (?:(?:almost|actually|"
         r"kinda|literally|so|really|lowkey|genuinely|pretty|finally|honestly|totally|super|lowkey)"
         r" )*" + _FINE_EN + r" (?:today |for once |for a change |for a bit |for a sec |for a second "
         r"|for like \w+ (?:minutes|mins|seconds|secs) )?" + _UNTIL_EN + r" " + PERSON
         + r" (?:\w+ )?" + _ARRIVE_EN + r"\b" + STORY + r"|"
         r"\bwe were (?:all )?having (?:so much |such |a |the |a really |a great |a good )?(?:fun|"
         r"good time|great time|laugh|blast|best time|nice time) " + _UNTIL_EN + r" " + PERSON
         + r" (?:\w+ )?" + _ARRIVE_EN + r"\b" + STORY + r"|"
         r"\b(?:was|were|is|would be|felt) (?:(?:so|way|much|a lot|literally|honestly|actually|just)"
         r" )*(?:better|nicer|more fun|quieter|funnier|chiller|calmer|happier|less cringe|less "
         r"awkward) (?:before " + PERSON + r" (?:joined|came|arrived|moved here|showed up|started "
         r"coming|came along|got here|was added|got added|transferred|started)|without " + PERSON_OBJ
         + r"(?: here| around| in it| there| in (?:the|this|our) (?:group|gc|chat|class|call|video "
         r"call|group chat))?(?= ?$| [.!?]| (?:lol|lmao|tbh|ngl|honestly|fr|tbf|haha\w*|just saying|"
         r"js|imo|ngl)\b))"),
    # poll: how long until Ben cries again (the bet is the rarer gate: it triggers)
    rule("bullying:presence", "bullying",
         "poll polls bet bets betting guess guesses vote voting countdown odds prediction "
         "predictions under wanna timer long many down",
         r"\b(?:poll|polls|bets?|betting|place (?:your|ur) bets|taking bets|guess|guesses|vote|"
         r"voting|countdown|odds|predictions?|over under|who wants to bet|wanna bet|how much (?:you|"
         r"u) wanna bet|timer|place bets)\b[^.!?]{0,30}?\b(?:how long|how many (?:days|hours|"
         r"minutes|mins|seconds|secs|weeks|lessons|periods|classes)|when|how soon|how fast)(?: (?:it "
         r"takes|will it take|do you think|do u think))?(?: (?:until|till|til|before|b4|untill|does|will|"
         r"is))? " + PERSON + r" (?:\w+ )?" + _CRY_EN + r"\b" + _NOT_FILM + r"|"
         r"\b(?:countdown|timer|count down) (?:till|until|til|to|for when) " + PERSON + r" (?:\w+ )?"
         + _CRY_EN + r"\b" + _NOT_FILM + r"|"
         r"\bhow (?:long|many (?:days|hours|minutes|mins|weeks)) (?:until|till|til|before|b4|untill) "
         + PERSON + r" (?:\w+ )?" + _CRY_EN + r" (?:again|this time|today|this week)\b|"
         r"\bi bet " + PERSON + r" (?:will |is gonna |gonna |is going to )?" + _CRY_EN
         + r" (?:again|before|by|first|within|in (?:like )?\w+ (?:minutes|mins|seconds|secs|days))\b",
         requires="cries cry crying snitches snitch snitching tells runs has melts breaks throws "
                  "whines sulks gets ragequits rage leaves wets pees goes kicks loses freaks starts "
                  "bursts run tell have break throw whine sulk leave"),
    # whoever has to sit by Leah bring air freshener (the smell is the rarer gate: it triggers)
    rule("bullying:presence", "bullying",
         "freshener fresheners gas mask masks plugs plug clips clip pegs peg febreze deodorant deo "
         "perfume spray lynx breath earplugs ear cancelling hazmat oxygen sick barf bleach lysol",
         r"\b(?:whoever|who ever|(?:anyone|any1|anybody) (?:who|that)|(?:rip|pity|good luck|sorry|"
         r"condolences|prayers|thoughts and prayers|press f|f)(?: to| for)? (?:whoever|the person "
         r"(?:who|that)|the one (?:who|that)|anyone who|anybody who|the poor soul (?:who|that)|the "
         r"kid (?:who|that))|to whoever|the person (?:who|that)|the one (?:who|that)|the poor soul "
         r"(?:who|that)) (?:\w+ ){0,3}?(?:sit|sits|sitting|sat|seated|stand|stands|standing|work|"
         r"works|working|partner|partners|paired|pair|share|shares|sharing|room|rooms|bunk|bunks|is|"
         r"be|gets|ends up) (?:\w+ ){0,2}?(?:next to|by|near|beside|behind|in front of|with|opposite|"
         r"across from|on the bus with) " + PERSON_OBJ + r"\b[^.!?]{0,50}?\b" + _SMELL_EN + r"\b",
         requires="whoever anyone any1 anybody person one soul kid"),
    # she's such a npc, no personality / the personality of a brick
    rule("bullying:presence", "bullying",
         "npc npcs personality",
         ANCH + PERSON_IS + r" (?:(?:such|literally|basically|lowkey|deadass|actually|just|"
         r"honestly|totally|so|like|the biggest|a complete|a total|an actual|a literal|a walking|a "
         r"real|a real life|an|a|giving|on) )*npcs?\b" + _GAME + r"|"
         + ANCH + PERSON + r" (?:has|got|gives|is giving) (?:such |major |big |total |)npc "
         r"(?:energy|behaviou?r|vibes|dialogue|mode)\b" + _GAME + r"|"
         + ANCH + PERSON + r" (?:has|got|with) (?:(?:literally|actually|honestly|genuinely|just) )?"
         r"(?:no|zero|0|negative|the) personality(?: of (?:a|an) (?:\w+ ){0,2}?" + _DULL + r")?\b"
         r"(?! (?:disorder|disorders|test|tests|quiz|type|traits?|issues?|problems?)\b)"
         r"(?!(?: \w+)? (?:in|at) (?:the|this|that) (?:game|book|film|movie|show|story|series))"),
    # wow he came again, like we weren't bored enough / ugh look who's back / she joined, everyone leave
    rule("bullying:presence", "bullying",
         "enough needed wanted need goes bye goodbye rip much leave log dip bounce run offline mute "
         "evacuate scatter abort",
         r"\b" + PERSON + r" (?:is |has |just )?(?:came|is here|showed up|turned up|joined|is back|"
         r"came back|arrived|is online|came online|rocked up|decided to (?:show up|come|join|grace "
         r"us)|graced us|popped up|here)\b" + STORY + r"(?: \S+){0,4}? (?:like|as if|as though) "
         r"(?:we|i|anyone|everyone|you|they|the class|this (?:class|day|chat|call|lesson)) (?:were|was|"
         r"are|is|did|had|have|could|needed|need)(?: not)?\b[^.!?]{0,20}?\benough\b|"
         r"\b" + PERSON + r" (?:is |has |just )?(?:came|is here|showed up|turned up|joined|is back|came "
         r"back|arrived|is online|came online|rocked up|here)\b" + STORY + r"(?: \S+){0,4}? (?:(?:just|"
         r"exactly) what (?:we|i|this (?:chat|class|day|group)) (?:needed|wanted|need)|(?:and )?"
         r"(?:there goes|bye bye|goodbye|rip|say goodbye to|so much for) (?:the|my|our) (?:vibe|vibes|"
         r"mood|fun|peace|quiet|day|afternoon|lesson|party|weekend|chat|convo|sanity)|(?:everyone|"
         r"everybody|guys|yall|lets|let us|quick|quickly|ok|okay|ugh|omg) (?:leave|log off|dip|bounce|"
         r"run|go offline|mute (?:her|him)|evacuate|scatter|abort))\b(?![^.!?]{0,40}\b(?:brought|brings|"
         r"bringing|snacks|pizza|food|cake|to hear|news|hospital|recovered|safe|better now)\b)",
         requires="came here showed turned joined back arrived online rocked decided graced "
                  "popped"),
    rule("bullying:presence", "bullying",
         "ugh ew eww smh joy again look guess kill bruh",
         ANCH + r"(?:ugh+|ew+|smh|oh no|not again|oh great|great|bruh|omg no|kill me)(?: \.| !)* "
         r"(?:look|guess) who(?:'s| is| has| just) (?:back|here|joined|showed up|turned up|decided to "
         r"(?:show up|join|come))\b" + STORY + _NOT_SURPRISE + r"|"
         # "ugh she's back" holds; "great, she's here" only with "again"
         + ANCH + r"(?:ugh+|ew+|smh|oh joy|not again|here we go again|kill me|someone kill me)"
         r"(?: \.| !)* " + _SHE_HERE + r"\b" + STORY + _NOT_SURPRISE + r"|"
         + ANCH + r"(?:(?:oh )?great|fantastic|wonderful|brilliant|lovely|perfect|awesome)"
         r"(?: \.| !)* " + _SHE_HERE + r" (?:again|once again|yet again)\b" + STORY + _NOT_SURPRISE),
    # she turns up uninvited every time, like mould
    rule("bullying:presence", "bullying",
         "mould mold rash fungus cockroach cockroaches roach roaches smell fart herpes lice nits "
         "disease virus plague parasite leech flies fly rat rats stain wart std infection tumour "
         "tumor penny gum poo poop mildew damp weed weeds fungal foot sore pimple zit boil bedbugs "
         "bed tick ticks mosquito mosquitoes pest vermin termite termites dandruff stray puppy "
         "maggot maggots slug slugs hangnail splinter nightmare",
         r"\b" + PERSON + r" " + _KEEPS_EN + r"\b(?: [^.!?]{0,30}?)? like (?:a |an |some |the )?"
         + _PEST_EN + r"\b|"
         r"\blike (?:a |an |some |the )?" + _PEST_EN + r" " + PERSON + r" " + _KEEPS_EN + r"\b|"
         r"\b" + PERSON_IS + r" (?:literally |basically |honestly |just )?like (?:a |an |some |the )?"
         + _PEST_EN + r"(?: \.| !)? (?:always|everywhere|never|keeps|turns up|shows up|can not get "
         r"rid|cant get rid|will not go away|won't go away|follows)\b"),
]

from .harm_presence_jibes_langs import RULES as _L  # noqa: E402
from .harm_presence_jibes_world import RULES as _W  # noqa: E402
from .harm_presence_slights import RULES as _S  # noqa: E402

RULES += _L + _W + _S
