"""Threats with no violent verb: the reader's account taken over, a veiled
warning, a threat by proxy, the reader's family or pet named, exposure as
blackmail, and a weapon brought "for you" (appended to `harm.RULES`; en
here, es fr pt it de in harm_threats_veiled_eu.py and _eu_expose.py, pl id
ru tr in _langs.py, ar hi zh in _scripts.py, the exclusions they share in
_cues.py).

Why: development lines written in session 20 in 13 languages by a helper
who never saw the rules held 70 of 130 threats, most of those only by the
bullying model.  The threat rules want a violent verb, "you'll regret it",
the reader's home known with a warning, or the reader's pictures posted;
these say none of it:

* account takeover: the writer holds the reader's password or login *and*
  will delete, empty, post from or take the account ("i've got your
  password... say bye to ur account", "tengo tu contraseña del fortnite,
  despídete de tus skins", "j'ai ton mdp insta, demain ton compte il existe
  plus").  Either half alone passes ("i have your password for the wifi
  written down", "never give your password or they can delete your
  account", "i forgot my password, bye to my account").
  (`threat:stalking`, like "i'll hack your account" in harm_threats.py.)
* veiled warnings (`threat:veiled`): "if I were you I'd watch out on the
  stairs" with a wink ("accidents happen", "you never know", "just
  saying"); "you'd better watch yourself from now on"; a pity if the
  reader's pet disappeared ("it would be sad if your cat disappeared").
  Advice with a reason passes ("careful on the stairs, they're wet", "if I
  were you I'd revise chapter 3", "sad if your cat got lost, put a collar
  on her").
* threats by proxy (`threat:violence`): an older brother, a cousin or their
  friends, the older kids, "will sort you out / come for you", or "wait for
  you / find you" closed with "be ready", "good luck", "you'll see".  A
  plan passes ("my brother will pick you up after school, we're going to
  the cinema"), and so does a game.
* the reader's family or pet (`threat:veiled`): a sibling's class or walk
  home named with a wink ("your little sister is in 2b right? watch her",
  "... just asking"), and "I'll make sure your sister has a really bad
  day".  The same fact with a friendly continuation passes ("... my sister
  is too, they're friends").
* exposure as blackmail (`threat:exposure`, the name of the Chinese rule):
  a condition ("one more word", "if you don't do what I say", "tell the
  teacher and") with the reader's pictures, chats or secret sent to an
  audience or "everyone will find out"; the reader's chat with someone
  screenshotted for the writer's story.  Sharing the trip's pictures with
  the class, a score posted on a story and reports pass.
* a weapon brought (`threat:weapon`): "tomorrow I'm bringing the knife,
  then we'll see who talks big", "a blade in my bag for you".  The knife
  for the cooking class and a sword in a game pass (the game frames of
  `rules._excuse`).

Reports and lessons ("he said his brother would wait for me, I told my
teacher") are excused by the usual frames; a reason, a plan, a greeting, a
gift or a match after the first cue passes (`harm_threats_veiled_cues`).
Left out: "I'll break your bike, then it's your turn" (a thing broken, then
the reader), held today by other rules in some languages only.  Patterns run on the phrase
form: Spanish "y" reads "why", Portuguese "vc" "video call", French
"photos" "pictures", "insta" "instagram", "ur" "your".
"""

from __future__ import annotations

from .harm_threats_veiled_cues import ADVICE, CONTEST, FOOD, FRIENDLY, NO_WIFI, pair
from .rules import Rule, rule

_END = r"(?= ?$| [.!?])"


# -- English -------------------------------------------------------------------------------------
_CRED_EN = (r"(?:password|passwords|pass|pw|passcode|login|logins|login details|log in|credentials)(?! (?:reset|"
            r"email|link|hint|manager|is (?:super |too |very |really )?(?:strong|weak|easy|long)))")
_HAVE_EN = (r"(?:\b(?:i|we|i have|we have|guess who|who|i just|i already) (?:just |already |now |still |also )?"
            r"(?:have|got|has|know|found|stole|saved|hacked|cracked|guessed|have got|figured out)|^(?:got|have|"
            r"found|know))(?: all)? (?:your|ur) (?:\w+ ){0,2}?" + _CRED_EN + r"\b|\b(?:your|ur) (?:\w+ ){0,2}?"
            + _CRED_EN + r" (?:is|are) (?:in my|on my|mine|saved on my|written in my)\b")
_TAKE_EN = (r"\bsay (?:bye|goodbye|bye bye|byebye|good bye) to\b|\bbye bye (?:your|to)\b|\b(?:i will|ill|im|i am|"
            r"going to|imma|about to|gonna) (?:\w+ ){0,2}?(?:delete|deleting|wipe|wiping|empty|emptying|reset|"
            r"resetting|ban|sell|selling|steal|stealing|take over|taking over|post|posting|log into|logging into|"
            r"spend|spending|give away|giving away|trade|trading|clear|clearing) (?:\w+ )?(?:your|ur|everything|all|"
            r"it all|the account|the acc|skins|robux|vbucks|stuff|things|from)\b|\block you out\b|\b(?:your|ur) "
            r"(?:whole |entire )?(?:\w+ )?(?:account|acc|accounts|skins|robux|vbucks|v bucks|coins|gems|items|"
            r"inventory|profile|page|followers|pets|stuff|world|worlds|base|builds|save|saves) (?:is|are|will be|are "
            r"going to be|is going to be|is getting|are getting|is about to get|will get) (?:gone|empty|deleted|mine|"
            r"over|dead|wiped|banned|history)\b|\bfrom (?:your|ur) account\b|"
            r"\bdo not be surprised\b")

_IF_EN = r"\bif i (?:was|were) (?:you|in your shoes|in your place)\b"
_CAREFUL_EN = (r"(?:careful|watch (?:out|yourself|urself|my step|your step|my back|your back)|look (?:behind|over) "
               r"(?:me|my shoulder|you|your shoulder)|keep (?:my|your) eyes open|mind (?:my|your) step|(?:not|never) "
               r"(?:walk|go|be) (?:home |out |around )?(?:alone|by myself|on my own)|take (?:a different|another) "
               r"(?:way|route))")
_WINK_EN = (r"(?:accidents (?:happen|can happen|do happen)|(?:things|stuff|bad things) (?:happen|can happen) to "
            r"(?:people|snitches|kids like you)|just saying|i am just saying|just sayin|hint hint|not a threat|"
            r"you have been warned|consider yourself warned)")
_MAYBE_EN = (r"(?:you never know|never know what (?:can|could|might) happen|anything (?:can|could) happen|who "
             r"knows what (?:can|could|might) happen|people (?:fall|trip|slip) (?:all the time|sometimes))")
_CAUSE_EN = (r"(?!.*?\b(?:wet|slippery|icy|ice|mopped|broken|loose|dark out|traffic|cars|busy road|storm|"
             r"snow|rain|knife|scissors|glue|oven|stove|hot|test|exam|homework|revise|study|teacher|teachers|miss|sir|"
             r"mum|mom|dad|parents|phone|phones|detention|coach|referee|grades)\b)")
_PET_EN = (r"(?:your|ur) (?:little |cute |old |fat |precious |lovely |)(?:cat|kitty|kitten|dog|doggy|puppy|pup|"
           r"hamster|rabbit|bunny|guinea pig|parrot|bird|budgie|goldfish|tortoise|turtle|horse|pony|pet|pets)")
_GONE_EN = (r"(?:disappeared|disappears|disappear|went missing|goes missing|go missing|vanished|vanishes|"
            r"vanish|did not come home|does not come home|never came (?:home|back)|never comes (?:home|back)|"
            r"was not there|is not there|was gone|got lost|gets lost|ran away|got taken|gets taken|got hurt|"
            r"gets hurt|had an accident|ended up)")
_PITY_EN = (r"(?:shame|pity|sad|a shame|a pity|such a shame|a real shame|so sad|really sad|awful|terrible|"
            r"tragic)")
_HELP_EN = (r"(?!.*?\b(?:collar|tag|chip|microchip|lock|fence|gate|inside|vet|poster|posters|flyer|look for|"
            r"search|hope|pray|sorry|poor|miss him|miss her|mine|ours|last year|happened to)\b)")

_KIN_EN = (r"\b(?:my|me) (?:older |big |bigger |elder |eldest |oldest |)(?:brother|bro|brothers|cousin|"
           r"cousins|uncle|uncles)\b|\b(?:my|me) (?:mates|boys|lads|crew|gang|squad|bros|homies)\b|\bthe (?:year "
           r"\w+s|older (?:kids|boys|lads|ones|guys)|(?:boys|guys|lads|kids) (?:from|in) (?:year )?\w+)\b")
_ON_YOU_EN = (r"\b(?:sort you out|sort u out|deal with you|come for you|coming for you|come after you|coming "
              r"after you|jump you|jumping you|batter you|teach you a lesson|mess you up|put you in your place|"
              r"get you back|finish you)\b")
_SEEK_EN = (r"\b(?:find you|finding you|catch you|get you|getting you|wait for you|waiting for you|see you|"
            r"meet you|visit you|pay you a visit|have a word with you|having a word with you|know where you|"
            r"know who you are|know what you look like)\b")
_READY_EN = (r"\b(?:be ready|get ready|better be ready|good luck|prepare yourself|prepare urself|you will see|"
             r"you'll see|youll see|better run|run while you can|watch out|watch your back|say your prayers|"
             r"you have been warned|just saying)\b")
_PLAN_EN = (r"(?!.*?\b(?:cinema|movie|film|party|lift|ride|ticket|tickets|practice|training|match|game|play|"
            r"football|lol|haha\w*|birthday|surprise|sleepover|pizza|lunch|dinner|fifa|fortnite|roblox|dodgeball|"
            r"bank|shop|office|manager|lesson in|lessons|guitar|piano|maths|homework)\b)")

_FAM_EN = (r"\b(?:your|ur) (?:little |lil |baby |big |older |younger |small |)(?:sister|sis|brother|bro|"
           r"sisters|brothers|cousin|mum|mom|nan|gran|grandma)")
_HABIT_EN = (r"(?:is in (?:class |year |grade )?\w+|goes to \w+|walks (?:home )?(?:alone|by (?:herself|himself)|"
             r"on (?:her|his) own)|walks home|gets the bus|takes the bus|leaves school at|comes out at|plays "
             r"(?:outside|in the park|on the street)|is always (?:outside|alone|in the park))")
_EYE_EN = (r"\b(?:just asking|just wondering|just saying|keep an eye on (?:her|him|them)|watch (?:her|him|them)|"
           r"look after (?:her|him|them)|tell (?:her|him|them) to be careful|would be a shame|be a shame)\b")
_FRIEND_EN = (r"(?!.*?\b(?:mine|my sister|my brother|too|also|friends|together|play|party|pool|road|cars|"
              r"traffic|ice|busy)\b)")
_SPOIL_EN = (r"\b(?:going to|will|i will|ill|im going to|imma|i am going to) make (?:sure )?(?:that )?" + _FAM_EN
             + r"(?:'s| s)? (?:has |have |gets |get )?(?:a )?(?:really |very |super |)(?:bad|terrible|horrible|"
             r"awful|rough|miserable|worst) (?:day|week|time)\b|\bmake " + _FAM_EN + r"(?:'s| s)? life (?:hell|a "
             r"living hell|miserable)\b")

_IF_NOT_EN = (r"(?:\bone more (?:word|post|comment)\b|\bsay (?:one more|another) (?:word|thing)\b|"
              r"\bpost (?:one more|another) (?:thing|post|comment)\b|\bif you (?:tell|snitch|say|post|talk|"
              r"report|block|ignore|do not|dont)\b|\btell (?:anyone|anybody|a teacher|the teacher|miss|sir|your "
              r"(?:mum|mom|dad|parents))\b|\bunless you\b|\bkeep (?:talking|posting|it up)\b)")
_STUFF_EN = (r"(?:(?:those|these|the|that|all the|my|them) (?:\w+ )?(?:pics|pictures|photos|pic|picture|photo|"
             r"vids|videos|video|screenshots|messages|texts|chats) (?:of|from|with) (?:you|u)\b|(?:your|ur) (?:\w+ )?"
             r"(?:pics|pictures|photos|pic|picture|photo|vids|videos|video|screenshots|messages|texts|chats|chat|"
             r"dms|convo|conversation|diary|secrets?|search history|voice notes)\b)")
_AUD_EN = (r"(?:everyone|everybody|the whole (?:class|year|school|grade|group|team)|(?:the|our|my) (?:class|"
           r"year|school|group|gc|group chat|story|stories)|online|the internet|(?:your|ur) (?:mum|mom|dad|"
           r"parents|crush))\b")
_PRAISE_EN = (r"(?!.*?\b(?:cute|so good|amazing|funny|hilarious|nice|beautiful|gorgeous|love|loved|proud|"
              r"talented)\b)")
_SHOW_EN = r"(?:send|show|showing|post|put|leak|forward|share|drop|spread|give|tell|sending|posting|telling)"
_FIND_EN = (r"\b(?:everyone|everybody|the whole (?:class|school|year)|all your friends)(?: will| is going to| are "
            r"going to)? (?:find out|finds out|know|knows|learn|hear|see)\b")
_OBEY_EN = (r"\bif you (?:do not|dont) (?:do (?:what|as) i (?:say|tell you|said)|listen to me|obey)\b|\bunless "
            r"you (?:do (?:what|as) i (?:say|tell you)|listen|obey)\b")

_WEAPON_EN = (r"(?:knife|knives|blade|machete|bat|baseball bat|crowbar|hammer|gun|pistol|brass knuckles|"
              r"knuckle duster|pipe|chain|screwdriver|box cutter|stanley knife|switchblade|penknife|pocket "
              r"knife|taser|pepper spray)")
_BRING_EN = (r"\b(?:bringing|bring|taking|carrying|packing|got|have|i have got|there is) (?:\S+ ){0,3}?" + _WEAPON_EN
             + r"\b")
_THEN_EN = (r"(?:\b(?:then |and )?(?:we'll|we will|well|lets|let's|we are going to) see (?:(?:who|who's|"
r"whos) (?:talks|is "
            r"talking|laughs|is laughing|laughing|smiling|acts|is (?:so )?(?:brave|tough|funny|big)|runs)|if (?:you|"
            r"u|your|youre)|"
            r"whether (?:you|u|your)|how (?:brave|tough|funny|big|loud) (?:you|u))\b|\b(?:you'll|you will|"
            r"youll) see" + _END
            + r"|\bfor (?:you|u|your face)\b(?! to\b))")

RULES: list[Rule] = [
    rule("threat:stalking", "threat", "password passwords pass pw passcode login logins log credentials",
         pair(_HAVE_EN + NO_WIFI, _TAKE_EN)),
    rule("threat:veiled", "threat", "if",
         _IF_EN + ADVICE + r".{0,60}?\b" + _CAREFUL_EN + r"\b.{0,80}?\b(?:" + _WINK_EN + r"|" + _MAYBE_EN
         + r")\b" + _CAUSE_EN + r"|\b" + _CAREFUL_EN + r"\b" + ADVICE + r"[^.!?]{0,40}?" + _IF_EN
         + r".{0,60}?\b(?:" + _WINK_EN
         + r"|" + _MAYBE_EN + r")\b" + _CAUSE_EN),
    rule("threat:veiled", "threat", "better",
         r"\b(?:(?:you'd|you had|you|u|you would) )?better (?:watch (?:yourself|urself|your back|out)|be careful|"
         r"look behind you)\b" + ADVICE + r"(?:" + _END + r"| from now on| from today| from here on| starting "
         r"(?:now|today|tomorrow)|.{0,50}?\b(?:" + _WINK_EN + r"|" + _MAYBE_EN + r")\b)" + _CAUSE_EN),
    rule("threat:veiled", "threat", "safe",
         r"\b(?:you are|your|youre|you will be) not (?:safe|going to be safe) (?:anywhere|anymore|at school|here|"
         r"outside|on your way home|after school)\b(?!.*?\b(?:online|internet|without|vpn|hack\w*|virus|"
         r"scam\w*|password|app|website|sun|storm|weather)\b)"),
    rule("threat:veiled", "threat", "shame pity sad awful terrible tragic surprised cry cat kitty kitten dog doggy "
         "puppy pup hamster rabbit bunny pig parrot bird budgie goldfish tortoise turtle horse pony pet pets",
         r"\b" + _PITY_EN + r" (?:if|when) " + _PET_EN + r" (?:\w+ ){0,2}?" + _GONE_EN + r"\b" + _HELP_EN
         + r"|\b(?:do not|dont) (?:be surprised|cry) (?:if|when) " + _PET_EN + r" (?:\w+ ){0,2}?" + _GONE_EN
         + r"\b" + _HELP_EN + r"|(?:\b(?:i|we) know where " + _PET_EN + r" (?:sleeps|stays|lives|is kept|is)|"
         + _PET_EN + r"(?: is| stays| sleeps)? (?:always |usually )?(?:outside|in the garden|in the yard|on the "
         r"balcony|out front|loose|on the street))\b.{0,50}?\b(?:just saying|careful with (?:him|her|it)|keep an eye "
         r"on (?:him|her|it)|watch (?:him|her|it)|would be a shame|be a shame|fyi|for your info)\b" + _HELP_EN),
    rule("threat:violence", "threat",
         "brother bro brothers cousin cousins uncle uncles mates boys lads crew gang squad bros homies year older",
         r"(?:" + _KIN_EN + r")" + _PLAN_EN + r"[^?]{0,70}?" + _ON_YOU_EN + r"|(?:" + _KIN_EN + r")" + _PLAN_EN
         + CONTEST + r"[^?]{0,70}?" + _SEEK_EN + r".{0,60}?" + _READY_EN),
    rule("threat:veiled", "threat", "sister sis brother bro sisters brothers cousin mum mom nan gran grandma",
         r"(?:" + _FAM_EN + r" (?:\w+ )?" + _HABIT_EN + r"|\b(?:i|we) know (?:which|what|where|when) (?:class|"
         r"school|year|grade|bus|way|time) " + _FAM_EN + r")\b" + _FRIEND_EN + FRIENDLY + r".{0,60}?" + _EYE_EN + r"|"
         + _SPOIL_EN),
    rule("threat:exposure", "threat",
         "word thing post if tell unless keep everyone everybody whole friends screenshot screen ss or",
         _IF_NOT_EN + _PRAISE_EN + r"[^?]{0,50}?\b(?:i will|ill|im going to|i am going to|i am|imma|going to)? ?"
         r"(?:\w+ )?"
         + _SHOW_EN + r" (?:(?:\w+ )?" + _STUFF_EN + r"[^.!?]{0,30}?\b(?:to |with |on |in |into )?" + _AUD_EN
         + r"|" + _AUD_EN + r" " + _STUFF_EN + r")"
         + r"|" + pair(_FIND_EN, _OBEY_EN, 80) + r"|" + pair(_OBEY_EN, _FIND_EN, 40)
         + r"|\b(?:screenshot|screenshotting|screen|ss|record|recording) (?:of )?(?:your|ur) (?:chat|chats|convo|"
         r"conversation|messages|texts|dms) (?:with|to) \w+[^.!?]{0,40}?\b(?:post|put|send|share|show|forward|"
         r"drop|posting|putting|sending) (?:it |them )?(?:on|in|to|into|with) " + _AUD_EN
         + r"|\b(?:i will|ill|im|i am|imma|going to) (?:\w+ )?" + _SHOW_EN + r" " + _AUD_EN + r" " + _STUFF_EN
         + r"[^.!?]{0,40}?\b(?:if you (?:do not|dont|tell|say)|unless you)\b"
         + r"|\b(?:do (?:what|as) i (?:say|tell you)|do my \w+|pay me|give me \w+)\b[^.!?]{0,30}?\bor (?:else )?"
         r"(?:everyone|everybody|the whole (?:class|school|year)) (?:will )?(?:finds? out|knows?|sees?|hears?) "
         r"(?:about|that|what)\b"
         + r"|\bor (?:else )?(?:the whole (?:class|year|school|group)|everyone|everybody|all your friends|your "
         r"(?:mum|mom|dad|parents)) (?:sees|see|will see|gets to see|reads|will read|hears about) " + _STUFF_EN),
    rule("threat:weapon", "threat",
         "knife knives blade machete bat crowbar hammer gun pistol knuckles duster pipe chain screwdriver "
         "cutter switchblade penknife taser spray",
         _BRING_EN + FOOD + r"[^?]{0,50}?" + _THEN_EN),
]

from .harm_threats_veiled_eu import RULES as _EU  # noqa: E402
from .harm_threats_veiled_langs import RULES as _LANGS  # noqa: E402
from .harm_threats_veiled_scripts import RULES as _SCRIPTS  # noqa: E402

RULES += _EU + _LANGS + _SCRIPTS
