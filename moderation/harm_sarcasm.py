"""Sarcastic put-downs in English (appended to `harm.RULES`).

Why: the insult rules look for an insult word ("you are so dumb"), so a
put-down dressed as praise or concern passed: "so brave of you to share
your 'poetry'", "wow congrats on being the most annoying person here",
"cute that you think anyone asked", "nice try, maybe next time use your
brain", "did your mum dress you, it shows", "love how you always talk and
never say anything".  What makes them put-downs is the shape, written here
as classes (other languages: `harm_sarcasm_langs.py`):

* mock bravery: brave / bold of you to post or share a scare-quoted thing of
  the reader's ("your 'art'") or their face, voice, body, size;
* mock congratulations, medals and awards for a bad trait ("congrats on
  having zero friends", "give her a medal for being the ugliest");
* "cute / funny that you think anyone asked / cares / you're funny";
* "love how you never shut up / make everything about yourself", "love
  how ugly you are" (a body word stays held even with "ily" after it);
* "nice try" with "use your brain" or a name, "use your brain for once";
* "did your mum dress you? it shows", "did you get dressed in the dark";
* "were you dropped on your head as a baby";
* backhanded compliments: "pretty for a fat girl", "you'd be cute if you
  lost weight", "not as dumb as you look", "a face for radio", "you look
  nice for once", "you're so smart... not";
* mock concern: "rip your hairline", "i feel sorry for your future kids",
  "your last brain cell must be lonely", "ok einstein", "said no one ever".

What must pass: sincere praise ("so brave of you to share that, thank
you", "congrats on your exam!", "love how you explained it", "you're
pretty good for a beginner"), irony about things ("wow great, the wifi
died again", "love how the bus is always late"), the writer about
themselves ("congrats to me for forgetting my homework lol", "i was
dropped on my head as a baby"), real concern ("did you fall off your
bike? are you okay", "i feel sorry for your mum, hope she gets better",
"rip your phone screen") and reports of what a bully wrote (the report
and quote frames: "someone wrote 'nice try loser' under my video and I
reported it").  A mild name with laughter ("nice try loser lol") is
friends' banter (`frames_banter.py`).

Matched against `Prepared.plain` ("u r" -> "you are", "ur" -> "your",
"mom" -> "mum", commas dropped).
"""

from __future__ import annotations

from .harm_jibes import _NOT_BANTER, _WORST_EN
from .rules import Rule, rule

# a thing of the reader's in scare quotes: your 'poetry', that "dancing"
_SCARE = (r"(?:your|that|this|those|these|the) (?:\w+ )?(?:'[a-z][\w ]{0,20}'|\" [a-z][\w ]{0,20}? \")")
_LOOKS = (r"(?:(?:that|your) (?:face|voice|body|nose|teeth|forehead|mug|haircut)\b(?! (?:is|looks|was)\b)|"
          r"(?:show|showing) (?:your|that) face|looking like (?:that|this)|with (?:that|this|your) "
          r"(?:face|voice|body|nose|teeth|forehead|skin|weight|haircut|unibrow|acne)|at your "
          r"(?:size|weight)|(?:anyone|anybody|people|we|i) (?:care|cares|asked|wants? to (?:see|hear)))")
_BAD_TRAIT = (r"(?:(?:the|so|such an?|a|an|this|that|still|officially|now) )*(?:" + _WORST_EN + r"|"
              r"annoying|useless|ugly|cringe|cringey|cringy|pathetic|irrelevant|a loser|a joke|a "
              r"clown|the class clown|a failure|a disappointment|a waste of (?:space|oxygen|air)|boring|"
              r"desperate|single forever|forever alone|always alone|alone forever|friendless|"
              r"unlikeable|unlikable|a nobody|(?:zero|no) (?:friends|life|brain cells|personality|"
              r"rizz|talent|followers|likes)|the only one (?:\w+ ){0,3}?(?:with (?:no|zero)|without) (?:friends|a "
              r"life|a brain)|failing (?:at life|everything|again)|(?:ruining|ruined) "
              r"(?:everything|the game|it for everyone))\b")
# what "you think" is mocked for
_THINK_OBJ = (r"(?:(?:anyone|anybody|someone|somebody|people|we|i|everyone) (?:here |even |actually )?"
              r"(?:asked|cares|care|cared|wants? (?:you|to hear)|likes? you|listens|is listening|"
              r"would (?:date|like|listen|care)|gives a|finds you)|(?:you are|your|youre|you) (?:so |"
              r"actually |really |even )?(?:funny|pretty|cool|smart|clever|hot|cute|talented|popular|"
              r"special|important|relevant|the main character|good at|better than|tough|scary|"
              r"intimidating|all that|a comedian|gonna win|going to win)|you (?:matter|can (?:sing|"
              r"dance|rap|draw|act|fight|win|beat)|have (?:friends|a chance|talent)|stand a chance|will "
              r"win))\b")
_NEG_VP = (r"(?:(?:always|never|still|constantly|keep|somehow|just|literally|really|manage to) )*"
           r"(?:talk (?:and|but) (?:never )?say (?:nothing|anything)|talk so much (?:and|but) say "
           r"nothing|never (?:shut up|stop talking|say anything (?:useful|smart|interesting|funny)|get "
           r"anything right|make sense|take a hint)(?! about)|(?:cant|can not|cannot) take a hint|make "
           r"(?:everything|it|every \w+) about (?:yourself|you)|(?:have|need) to (?:make everything "
           r"about you|be the (?:center|centre) of attention)|ruin (?:everything|every \w+|it for)|think "
           r"(?:you are|your|youre) (?:so )?(?:funny|cool|pretty|better|special|the main character|"
           r"popular|hot|all that|tough|a comedian|hilarious)|think (?:anyone|anybody|people|we|i) "
           r"(?:care|cares|asked)|act like (?:you are|your|youre|you) (?:\w+ )?(?:cool|better|the boss|"
           r"in charge|popular|funny|smart|tough)|try so hard|embarrass yourself|copy (?:everyone|"
           r"everything|me)|(?:only |just )?talk about yourself|complain about everything)\b")
_NAME_EN = (r"(?:loser|clown|bozo|idiot|dummy|dumbass|weirdo|moron|freak|fatty|loner|noob|nerd|"
            r"failure|peasant)")
_BRAIN = r"(?:brain|brains|brain ?cells?|braincells?|two brain cells|last brain cell)"
_WHEN_SMALL = (r"(?:as a (?:baby|kid|child|toddler)|when you were (?:a baby|little|small|born|young)|"
               r"at birth|too many times|one too many times)")
_NICE_EN = (r"(?:pretty|cute|hot|smart|clever|funny|nice|good looking|fit|attractive|beautiful|"
            r"handsome|decent|fast|good|sweet)")
_FAT_EN = (r"(?:fat|ugly|chubby|fatty|fatso|hideous|smelly|obese|stupid|gross|disgusting|dumb|"
           r"weird|poor)")
# "love how ugly you are" (a body word) / "love how dumb you are" (a mild one)
_BODY_EN = (r"ugly|fat|gross|disgusting|hideous|chubby|obese|smelly|skinny|hairy|greasy|crusty|fugly|"
            r"nasty|pathetic|worthless|useless")
_MILD_EN = (r"dumb|stupid|annoying|weird|cringe|cringey|cringy|clueless|slow|thick|braindead|"
            r"desperate|fake|boring|lame|embarrassing|irrelevant|clingy|dense")
_NOT_THAT_BAD = (r"(?:annoying|fat|ugly|weird|cringe|cringey|dumb|stupid|boring|gross|smelly|clingy|"
                 r"desperate|hairy|fake|rude|big|mean|short)")
_PRETTIER = (r"(?:pretty|prettier|cute|cuter|hot|hotter|attractive|good looking|better looking|fit|"
             r"nice|nicer|likeable|popular|beautiful|handsome|ok|okay|fine|bearable)")

RULES: list[Rule] = [
    # mock bravery: "so brave of you to share your 'poetry'"
    rule("bullying:insult", "bullying", "brave bold courageous daring",
         r"\b(?:brave|bold|courageous|daring) (?:of (?:you|ya) )?(?:to |for )?(?:post|posting|share|"
         r"sharing|show|showing|sing|singing|wear|wearing|upload|uploading|call|calling|put|putting|"
         r"dance|dancing|go out|going out|leave the house|leaving the house|think|thinking|assume|"
         r"assuming|say|saying|come|coming|talk|talking|speak|speaking)\b[^.!?]{0,40}?(?:"
         + _SCARE + "|" + _LOOKS + ")"),
    # mock congratulations and awards for a bad trait
    rule("bullying:insult", "bullying",
         "congrats congratulations congratz congrat gratz done job bravo kudos medal award trophy "
         "star applause prize",
         r"\b(?:congrats|congratulations|congratz|congrat|gratz|well done|good job|great job|bravo|"
         r"kudos)\b(?: (?:to )?(?:you|ya))?(?: (?:on|for))? (?:(?:being|becoming|managing to be|"
         r"finally being|having|getting|staying) |(?:you are|your|youre) (?:officially |now |still "
         r"|literally |finally )?)?" + _BAD_TRAIT + _NOT_BANTER + r"|"
         r"\b(?:medal|award|trophy|gold star|prize|oscar|round of applause) for (?:being|having) "
         + _BAD_TRAIT,
         requires="congrats congratulations congratz congrat gratz well good great bravo kudos "
                  "medal award trophy gold prize oscar round"),
    # "cute that you think anyone asked"
    rule("bullying:insult", "bullying",
         "think thought believe assume feel",
         r"\b(?:cute|adorable|sweet|precious|funny|hilarious|amusing|cutest|aw+) (?:that |how |the "
         r"way )?(?:you|ya) (?:really |actually |still |genuinely |honestly |seriously |even )*(?:think|"
         r"thought|believe|assume|feel like) (?:that )?" + _THINK_OBJ + _NOT_BANTER + r"|"
         r"\b(?:you|ya) (?:really|actually|seriously|honestly|genuinely) (?:think|thought|believe) "
         r"(?:that )?(?:anyone|anybody|someone|somebody|people|we|i) (?:even )?asked\b",
         requires="cute adorable sweet precious funny hilarious amusing cutest aww aw awww really actually"),
    # "love how you always talk and never say anything"
    rule("bullying:insult", "bullying", "love adore admire loving",
         r"\b(?:love|adore|admire|loving) (?:how|the way|that) (?:you|ya) " + _NEG_VP + _NOT_BANTER),
    # "love how ugly you are": a body word stays held with affection after it,
    # a mild one ("love how dumb you are lol ily") does not
    rule("bullying:insult", "bullying", "love adore admire loving",
         r"\b(?:love|adore|admire|loving) (?:how|the way) (?:so |very |really |incredibly |unbelievably )?"
         r"(?:" + _BODY_EN + r") (?:you are|you look|you seem|your (?:face|body|hair|nose|teeth|skin|legs|"
         r"arms|belly|voice) (?:is|are|looks?))\b|"
         r"\b(?:love|adore|admire|loving) (?:how|the way) (?:so |very |really |incredibly |unbelievably )?"
         r"(?:" + _MILD_EN + r") (?:you are|you look|you seem|you sound|you act)\b" + _NOT_BANTER,
         requires="you your"),
    # "nice try, maybe next time use your brain", "use your brain for once"
    rule("bullying:insult", "bullying", "try attempt effort brain brains cells cell braincells braincell",
         r"\b(?:nice|good|great|cute|solid|valiant) (?:try|attempt|effort)\b[^.!?]{0,50}?\b(?:use "
         r"(?:your|a) " + _BRAIN + r"|try using (?:your|a) " + _BRAIN + r"|get (?:a brain|some brain "
         r"cells)|think before you (?:talk|speak|type|post)|learn (?:to read|how to read|to spell|how "
         r"to spell)|go back to (?:school|primary|nursery))\b|"
         r"\b(?:nice|good|great) (?:try|attempt) (?:you )?" + _NAME_EN + r"\b|"
         r"\b(?:use|using) (?:your|a) " + _BRAIN + r" (?:for once|for a change|once in your life|"
         r"(?:if|assuming) you (?:even |actually )?(?:have|got) (?:one|any))\b"),
    # "did your mum dress you, it shows", "did you get dressed in the dark"
    rule("bullying:insult", "bullying", "dress dressed clothes outfit hair makeup",
         r"\b(?:did|does|do) (?:your|you) (?:mum|mummy|mother|grandma|gran|nan|granny|nana|dad|daddy|"
         r"little (?:brother|sister)|baby (?:brother|sister)|toddler|dog|cat|\d+ year old|blind \w+) "
         r"(?:\w+ )?(?:dress you|pick (?:out )?(?:your|that|this) (?:clothes|outfit|top|shirt|hoodie)|"
         r"choose your (?:clothes|outfit)|"
         r"do your (?:hair|makeup)|cut your hair|buy your clothes)\b[^.!]{0,25}?\b(?:(?:because|cause|"
         r"cuz|coz|bc|cos) )?(?:it shows|i can tell|we can tell|you can tell|looks like it|it looks "
         r"like it|(?:clearly|obviously)(?= ?[.!?]|$| (?:lol|lmao|lmfao|haha\w*)\b))\b|"
         r"\b(?:did|do) you (?:get dressed|dress yourself|do your (?:hair|makeup)|cut your (?:own )?"
         r"hair|pick your (?:clothes|outfit)) (?:\w+ )?(?:in the dark|with your eyes closed|"
         r"blindfolded)\b"),
    # "were you dropped on your head as a baby"
    rule("bullying:insult", "bullying", "dropped drop fell fall land landed",
         r"\b(?:were you|you were|you got|you get|you been|get you|got you|have you been|you was) "
         r"(?:\w+ )?dropped (?:on (?:your|ya) head|" + _WHEN_SMALL + r")|"
         r"\bdrop(?:ped)? you (?:on (?:your|ya) head|" + _WHEN_SMALL + r")|"
         r"\b(?:fell|fall|land|landed) on (?:your|ya) head " + _WHEN_SMALL),
    # backhanded compliments
    rule("bullying:insult", "bullying",
         "pretty cute hot smart clever funny nice fit attractive beautiful handsome decent fast "
         "good sweet looking",
         r"\b(?:you are|your|youre|you|you look|you looked) (?:actually |kinda |kind of |pretty |really "
         r"|quite |so |not bad )*" + _NICE_EN + r" for (?:a|an|someone|somebody|a girl|a boy) (?:so |"
         r"that |this |as )?" + _FAT_EN + r"\b",
         requires="fat ugly chubby fatty fatso hideous smelly obese stupid gross disgusting dumb "
                  "weird poor"),
    rule("bullying:insult", "bullying", "would wouldnt youd you'd",
         r"\b(?:you would|you'd|youd|you will|you'll|youll) be (?:(?:so|really|actually|kinda|much|"
         r"a lot|way) )*" + _PRETTIER + r" (?:\w+ )?if (?:you|ya) (?:lost (?:some |the )?weight|lose "
         r"(?:some )?weight|(?:were|was) not (?:so |that )?" + _NOT_THAT_BAD + r"|(?:werent|wasnt) "
         r"(?:so |that )?" + _NOT_THAT_BAD + r"|did not (?:talk|speak|open your mouth|exist)|"
         r"(?:didnt|never) (?:talk|talked|spoke|exist|existed)|shut up|stopped talking|fixed your "
         r"(?:face|teeth|nose|skin)|got a (?:nose job|new face)|had a (?:different|new|better) face|"
         r"covered your face|wore a (?:mask|bag)|went on a diet|stayed quiet|were (?:thinner|"
         r"skinnier|prettier))\b",
         requires="if"),
    rule("bullying:insult", "bullying", "look looked seem seemed sound radio once",
         r"\bnot (?:as|that|so) (?:dumb|stupid|ugly|bad|thick|fat|slow|gross|weird|dense) as (?:you|ya)"
         r" (?:look|looked|seem|sound)\b|"
         r"\b(?:you are|your|youre) (?:\w+ )?(?:smarter|cleverer|nicer|funnier|less (?:dumb|stupid|"
         r"ugly)) than (?:you|ya) (?:look|sound|seem)\b|"
         r"\b(?:a|the perfect|perfect|great|good|got|have|has) (?:\w+ )?face for (?:radio|a podcast|"
         r"podcasts)\b|"
         r"\b(?:you|ya) (?:actually |finally |kinda |really |even )*(?:look|sound|seem) (?:\w+ )?(?:nice|"
         r"good|decent|ok|okay|pretty|cute|normal|human|presentable|smart|clean|alright|half decent)"
         r" (?:\w+ )?for once\b"),
    # "you're so smart... NOT"
    rule("bullying:insult", "bullying",
         "smart pretty funny cool clever talented cute hot beautiful genius intelligent popular "
         "original interesting mature tough strong good",
         r"\b(?:you are|your|youre) (?:so|such an?|really|very|the) (?:\w+ )?(?:smart|pretty|funny|"
         r"cool|clever|talented|cute|hot|good looking|beautiful|genius|intelligent|popular|original|"
         r"interesting|mature|tough|strong|good at \w+)\b(?: [.,!]+)* not\b(?= ?[.!]|$| (?:lol|lmao|"
         r"haha|hahaha|xd)\b)",
         requires="not"),
    # mock concern
    rule("bullying:insult", "bullying", "rip peace pray praying prayers condolences sorry press",
         r"\b(?:rip|rest in peace|pray for|praying for|prayers for|prayers to|condolences to|press f "
         r"for|f in the chat for) (?:to )?(?:your|ya) (?:hairline|" + _BRAIN + r"|only brain cell|mirror|"
         r"camera|future (?:kids|children|husband|wife|boyfriend|girlfriend|partner))\b|"
         r"\bsorry for (?:your|ya) (?:future (?:kids|children|husband|wife|boyfriend|girlfriend|"
         r"partner)|mirror|last brain cell|brain cells?|hairline)\b|"
         r"\bsorry for (?:your|ya) (?:parents|mum|dad|family|teachers|friends|classmates|siblings|"
         r"brother|sister) (?:for )?(?:having to|who have to|that have to|stuck with|having) (?:deal "
         r"with|put up with|live with|raise|look at|listen to|be around|have) (?:you|ya)\b"),
    rule("bullying:insult", "bullying", "brain brains cell cells braincell braincells neuron neurons "
         "map",
         r"\byour (?:last|only|one|single|two|2|remaining) (?:brain ?cells?|braincells?|neurons?) "
         r"(?:is |are |must be |must feel |feels? )?(?:lonely|alone|dying|dead|died|tired|fighting|on "
         r"(?:holiday|vacation|strike)|working overtime|left)\b|"
         r"\b(?:did|has|have) your (?:last |only |one |single |two |2 )?(?:brain ?cells?|braincells?|"
         r"brain) (?:die|died|leave|left|quit|stop working|go on (?:holiday|vacation|strike)|take a "
         r"day off)\b|"
         r"\b(?:need|want|use) a map to find your (?:brain|brain ?cells?)\b|"
         r"\bneed (?:help|a search party) (?:finding|to find) your (?:brain|brain ?cells?)\b"),
    rule("bullying:insult", "bullying", "einstein sherlock ever",
         r"\b(?:ok|okay|sure|nice|nice one|good one|good job|great job|well done|thanks|yeah|yes|"
         r"alright|wow|congrats|bravo|calm down|relax|chill|cool story|genius move|smart move|"
         r"nice try|good try) (?:there )?(?:einstein|sherlock)\b(?!'s| (?:was|is|said|did|had|has|"
         r"quote|theory|holmes|for (?:the|his|discovering|inventing))\b)|"
         r"\b(?:you are|your|youre|you) [^.!?]{0,40}\b(?:said|says) (?:no ?one|nobody|no1) ever\b",
         requires="einstein sherlock said says"),
]
