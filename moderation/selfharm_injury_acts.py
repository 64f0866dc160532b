"""Self-injury told plainly, in slang or in passing; self-punishment; suicidal
thoughts named - the English forms and the classes shared by every language
(the other languages' wordings are in `selfharm_injury_acts_langs.py`).

Why: the session-11 training lines of this class were all shown.  The
family modules know "i cut myself again", "i want to hurt myself" and
"suicidal thoughts"; children also write:

* **"sh" for self-harm**: "sh again", "i sh'd last night", "relapsed on
  sh", "the sh urges are loud", "broke my sh free streak", how deep
  ("went to styro"), and "i self harmed" (the model declined the topic
  word there).  "sh" is also "shh",
  a nickname and "should" ("you sh'd ask"), and "shed" is a word, so only
  the verb forms with an apostrophe or hyphen ("sh'd", "sh-ing"), "sh"
  after a first-person subject or a wish, and "sh" before its own nouns
  (urges, cuts, relapse, streak) count; the topic ("we talked about sh",
  "sh awareness week") and the past that is over ("i used to sh but i'm 2
  years clean", "my old sh scars") have none of them;
* **suicidal thoughts named** in slang: "unalive thoughts are loud today",
  "just planning my death lol"; a game's death run or a drama-class death
  scene is excluded after the core;
* **self-punishment by deprivation**: "skipped meals all week as
  punishment for failing my exams" - not eating or drinking together with
  "as punishment" in one sentence, the writer's own (a phone taken "as
  punishment" by a parent, fasting and being late name no punishment of
  oneself by hunger);
* **a method with what sets it off**: scratching, pinching, hitting or
  burning my arm / stomach / head with a feeling or a taunt ("when they
  laugh"), "until it bleeds", or "where no one can see"; "on the pan", an
  itch, cooking and a curling iron are accidents;
* **wounds hidden, added or given a reason**: ice on "the burns" so nobody
  asks, long sleeves so nobody saw "the cuts" (the `selfharm_healing`
  rule needs *new* marks), old scars with new ones added, "my skin is the
  only place i can put the pain", doing "it" quietly with the blade.  An
  everyday cause named in the sentence (the oven, a fall, an operation, a
  car's paint, a video's cuts) rules them out.

Generic frames excuse advice about others; patterns run on the phrase form
(lower case, "i've" read "i have", "nobody" read "no one").
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_methods_langs import _MUNDANE

_G = r"[^.!?]"  # a gap inside the sentence

# -- "sh" ------------------------------------------------------------------------------
# "sh'd" is also a clipped "should": never before a verb or after another subject
_SHD = (
    r"(?<!you )(?<!we )(?<!they )(?<!he )(?<!she )(?<!it )(?<!u )"
    r"\bsh(?:'d|'ed| ed|'ing| ing|ing)\b"
    r"(?! (?:have|be|go|do|know|get|try|see|come|ask|tell|not|probably|i|we|you|he|she|they|it)\b|"
    r" (?:my|your|his|her|their|our|the) (?:pants|trousers|knickers|undies)\b| [. ]*i mean\b)"
)
_SH_SUBJ = (
    r"(?:i|i have|i just|i literally|i did|did|i do|i will|i might|gonna|going to|want to|wanna|need to|"
    r"urge to|urges to|trying not to|tried not to|try not to|almost|nearly|about to|started to|"
    r"relapsed and|i relapsed and|i really want to|i want to|i need to|so close to)"
)
_SH_NOUN = r"(?:urges?|thoughts|cuts|scars|wounds|scabs|kit|blades?|tools?|box|relapse)"
_SH = (
    _SHD + r"|"
    r"\b" + _SH_SUBJ + r" (?:(?:just|really|literally|kinda|actually|so|also|still|even|almost|"
    r"probably|prob|def|lowkey|accidentally|badly) )?sh\b(?!'| (?:up|sh|the|a|it|you|him|her|them|me|"
    r"sorry|be|go|all|about|for|at|out|of|on|and|or|with|to|ow|ould|ut|e|it)\b)|"
    r"(?:^|(?<=[.!?] ))sh (?:again|otra vez|de nuevo|de novo|outra vez|encore|wieder|nochmal|di nuovo|"
    r"ancora|lagi|yine|znowu|снова|опять)\b(?! ?\?)|"
    r"\b(?:did|do|and|then) sh again\b|"
    r"\b(?:relapsed|relapse|relapsing) (?:on|with|into|in|to) sh\b|"
    # the writer's own: "my sh scars", "i have bad sh urges", "got new sh cuts"; never the topic
    # ("the sh scars videos should be removed", "having sh thoughts is more common than you think",
    # "new sh scars trend on tiktok") or a past dealt with ("had sh scars removed with laser")
    r"\b(?:my|i (?:have|had|got|get|am having|keep getting)|im having|(?:^|(?<=[.!?] ))(?:got|have|had)) "
    r"(?:(?:so many|bad|strong|new|fresh|more|another|the) )?sh " + _SH_NOUN
    + r"\b(?! (?:awareness|month|week|day|resources|hotline|help|support|poster|talk|lesson|class|videos?|"
    r"trend|content|posts?|removed|lasered|faded|healed|from (?:years|ages|when)|are (?:more )?common|is "
    r"(?:more )?common)\b)|"
    r"\b(?:broke|lost|ruined|reset|ended) (?:my|the) (?:\w+ )?sh (?:free |clean )?streak\b|"
    # how deep: "went to styro", "hit beans" (the fat layer)
    r"(?:^|(?<=[.!?] )|\bi |\bfinally |\baccidentally |\balmost |\bnearly )(?:hit|went to|got to|reached|"
    r"cut to|went down to|went all the way to) (?:styro|beans)\b(?! (?:on|and|with|for|at|in)\b)|"
    r"\b(?:hit|went to) (?:styro|beans) (?:again|last night|tonight|today)\b|"
    r"\bstyro (?:cuts?|again|tonight|last night|deep)\b|"
    # "i self harmed", present habit "i self harm when ..."
    r"\bi (?:just |literally |also |kind of |kinda |have |did )?(?:self harmed|selfharmed|self "
    r"harm(?:ed)? again|self harm (?:when|whenever|every|because|to|a lot|again|still))\b"
)

# -- suicidal thoughts named ------------------------------------------------------------
_STORY = (
    r"(?!" + _G + r"{0,50}\b(?:game|games|minecraft|roblox|fortnite|hardcore|sims|dnd|campaign|"
    r"character|oc|story|fanfic|play|drama|theatre|theater|film|movie|video|script|speedrun|run|"
    r"scene|episode|level|boss)\b)"
)
_THOUGHTS = (
    r"\b(?:unalive|unaliving|sewerslide|sewer slide|suicide|suicidal|kms|death|dying|self harm|sh) "
    r"(?:thoughts?|urges?) "
    r"(?:are |r |is |have been |been |keep |keeps |got |get |getting |came |come )?(?:(?:so|really|"
    r"extra|super|too|very|kinda|pretty|hella|real) )*(?:loud|louder|bad|worse|strong|stronger|back|"
    r"constant|intense|heavy|winning|again|nonstop|everywhere|(?:will not|wont|do not) (?:stop|go "
    r"away|leave|shut up))\b|"
    r"\b(?:my|having|have|had|got|more|constant|the usual) (?:unalive|unaliving) (?:thoughts?|urges?)\b"
    r"(?! (?:is|are) (?:a |an )?(?:topic|normal|common)\b| (?:video|post|tiktok|song|playlist|edit|"
    r"series|account|page|vid)\b)|"
    r"(?:^|(?<=[.!?] ))(?:unalive|unaliving) (?:thoughts?|urges?)(?= ?[.!?,]| ?$| again| rn| right now| "
    r"tonight| today)|"
    r"\b(?:i am |been |just |currently |lowkey |literally |already |secretly |i have been )"
    r"(?:\w+ )?planning my (?:own )?(?:death|suicide|exit)\b(?! (?:run|scene|speech|arc|episode|match|"
    r"round|for|in|star|note|stranding|metal|grips|squad|mission|strategy|dive)\b)" + _STORY + r"|"
    r"(?:^|(?<=[.!?] ))(?:\w+ )?planning my (?:own )?(?:death|suicide)(?= ?[.!?,]| ?$| lol| lmao| haha| "
    r"tbh| fr| ngl| rn)" + _STORY
)

# -- self-punishment by deprivation ------------------------------------------------------
_DEPRIVE_EN = (
    r"(?:skipped|skip|skipping) (?:\w+ )?(?:meals?|lunch|dinner|breakfast|food|eating|water)|"
    r"(?:did not|have not|has not|will not|not|no longer|stopped) (?:eat|eaten|eating|drink|drinking|"
    r"drunk)|no (?:food|water|meals?|eating) (?:today|for|all|this|since|till|until|at all)|"
    r"(?:starved|starving|starve) myself|nothing to eat|(?:only|just) water|ate nothing|eat nothing|"
    r"(?:did not|do not|will not|not) (?:sleep|sleeping)|no sleep|stayed up all night"
)
_PUNISH_EN = (
    r"as (?:a |my )?(?:self )?punishment|to punish myself|punishing myself|my punishment|because i "
    r"deserve(?:d)? (?:it|to starve)|i do not deserve (?:to eat|food)"
)
# someone else's rule, or an everyday reason, in the sentence
_NOT_MINE_EN = (
    r"(?!" + _G + r"{0,80}\b(?:my (?:mom|mum|dad|parents|teacher|coach|sister|brother)|(?:mom|mum|dad|"
    r"teacher|coach|they|he|she) (?:took|made|said|gave|says|makes|banned|grounded)|grounded|ramadan|"
    r"fasting|fast|diet|late|dentist|surgery|operation|blood test|doctor|sick|ill|flu)\b)"
)
_PUNISH = (
    r"(?<!she )(?<!he )(?<!they )(?<!we )(?<!us )(?<!made me )(?<!make me )(?<!makes me )"
    r"\b(?:" + _DEPRIVE_EN + r")\b" + _NOT_MINE_EN + _G
    + r"{0,60}?\b(?:" + _PUNISH_EN + r")\b|"
    r"\b(?:" + _PUNISH_EN + r")\b" + _NOT_MINE_EN + _G + r"{0,40}?\bi (?:\w+ )?(?:" + _DEPRIVE_EN
    + r")\b"
)

# -- wounds hidden, added, or given a reason ---------------------------------------------
_CAUSE_EN = (
    r"(?![^.!?]{0,80}\b(?:oven|stove|cook\w*|baking|iron|kettle|tea|coffee|soup|fell|fall|falling|"
    r"bike|skate\w*|football|soccer|rugby|hockey|pe|gym|training|cat|dog|kitten|puppy|sunburn|sun|"
    r"tattoo|piercing|surgery|operation|acne|spots|chicken ?pox|accident|car|paint|phone|screen|"
    r"video|edit\w*|film|movie|clip|budget|hair|haircut|shaving|shave|stretch marks|camp\w*|hike)\b)"
)
_WOUNDS_EN = r"(?:the|my|these|those|fresh|new) (?:cuts|burns|burn marks|scratches|wounds)"
_NOBODY = (
    r"so (?:that )?(?:no one|people|they|my (?:mum|mom|parents|dad|friends|teacher)|mum|mom|dad) "
    r"(?:(?:can not|cannot|cant|will not|wont|would not|does not|do not|did not|could not|would|"
    r"will|can|doesnt|dont) )?(?:see|saw|sees|notice|notices|noticed|ask|asks|asked|find out|finds "
    r"out|found out|know|knows)|(?:and |so )?no one (?:asks|asked|asks any|sees|saw|notices|noticed|"
    r"finds out|found out) ?(?:questions|anything|them|it)?|where no one (?:can )?(?:see|sees|looks)"
)
_HIDDEN = (
    r"\b" + _WOUNDS_EN + r"\b" + _CAUSE_EN + _G + r"{0,60}?\b(?:" + _NOBODY + r")\b|"
    r"\b(?:hid|hide|hiding|cover|covered|covering|wore|wear|wearing) " + _G + r"{0,50}?\b(?:" + _NOBODY
    + r")" + _G + r"{0,30}?\b(?:the|my) (?:cuts|burns|scratches|wounds)\b" + _CAUSE_EN
)
# old scars and new ones added
_ADDED = (
    r"\b(?:the |my )?old (?:scars|cuts)\b" + _CAUSE_EN + _G + r"{0,60}?\b(?:added|add|adding|"
    r"made|making|there are|i have|got|now) (?:\w+ )?(?:new ones|new (?:cuts|scars|wounds|lines)|"
    r"fresh ones|more)\b" + _CAUSE_EN + r"|"
    r"\bnew (?:ones|cuts|wounds|lines) (?:on top of|over|next to|beside|between|across|near) (?:the |my )?old "
    r"(?:scars|ones)\b" + _CAUSE_EN
)
# the skin as the place for the pain
_OUTLET = (
    r"\bmy (?:skin|body|arms?|wrists?|thighs?|legs?) (?:is|are) the only (?:place|thing|way|outlet)\b"
    + _G + r"{0,40}?\b(?:pain|hurt|feelings|anger|sadness)\b" + _CAUSE_EN + r"|"
    r"\b(?:put|let|take|get) (?:the |my |all the |all my )?(?:pain|hurt|anger|feelings) (?:out )?"
    r"(?:on|onto|into|out on) my (?:skin|body|arms?|wrists?|thighs?|legs?)\b|"
    r"\b(?:only|best) way (?:to |i can |i know to )?(?:get|let|put) (?:the |my |all the )?(?:pain|hurt|"
    r"feelings) out\b" + _G + r"{0,30}?\b(?:my skin|my arms?|my body|cutting|bleeding)\b"
)
# doing "it" with the blade
_BLADE = (
    r"\bi (?:will |am gonna |am going to |just |then )?(?:just |quietly |secretly |silently )?"
    r"(?:do|did) it (?:\w+ ){0,2}?with (?:the|a|my) (?:blade|razor|razor blade|sharpener blade)\b"
    r"(?! scooter)"
    r"(?![^.!?]{0,40}\b(?:paper|cardboard|box|wood|model|craft\w*|art|beard|shav\w*|hair)\b)"
)

# a method with its trigger, "until", or a place nobody sees (the other languages:
# selfharm_injury_acts_langs.py); an itch, a bite, cooking are excluded after the act
_BODY_EN = (
    r"(?:skin|arms?|thighs?|wrists?|legs?|stomach|belly|tummy|hips?|forearms?|hands?|chest|face|head|"
    r"sides?|ribs)"
)
_METHOD_EN = (
    r"\bi (?:always |sometimes |still |just |kinda |keep )?(?:scratch|scratched|scratching|claw|clawed|"
    r"pinch|pinched|dig my nails into|dug my nails into|hit|punch|punched|slap|slapped|bang|banged|"
    r"burn|burned|burnt|pour|poured) (?:at |(?:boiling|hot) (?:water|tea|oil|coffee) (?:on|over) )?my "
    r"(?:own )?" + _BODY_EN + r"\b"
    # "on the pan", "on the cupboard": an accident; a pan, a grill or a straightener anywhere after
    r"(?! on (?:the|a|an|my|our|his|her)\b)(?![^.!?]*\b(?:pan|pot|grill|bbq|toaster|straightener|"
    r"curling iron|iron|fireworks?|sparklers?)\b)" + _MUNDANE
    + _G + r"{0,60}?\b(?:no one (?:can|will|would|could) (?:see|notice)|where no one (?:can )?(?:see|sees|"
    r"looks)|so no one (?:\w+ )?(?:see|sees|notices|asks)|until (?:it|they|i) (?:\w+ )?(?:bleed\w*|bruise\w*|"
    r"goes|go|turns?|is|are|was|were|cry|feel|calm|hurt\w*|burn\w*|blister\w*)|"
    r"when(?:ever)? (?:i am|i feel|i get|they|people|my \w+|"
    r"the \w+|everyone|kids|everything) (?:\w+ ){0,3}?(?:anxious|sad|angry|mad|upset|overwhelmed|panic\w*|"
    r"empty|numb|yell\w*|shout\w*|scream\w*|fight\w*|laugh\w*|mock\w*|bully\w*|tease\w*|bad|too much)|"
    r"to (?:punish myself|feel something|calm down|stop (?:the|my) (?:thoughts|feelings)))\b"
)

RULES: list[Rule] = [
    rule("self_harm:injury", "self_harm", "scratch scratched scratching claw clawed pinch pinched dig dug hit "
         "punch punched slap slapped bang banged burn burned burnt pour poured", _METHOD_EN,
         framed="generic"),
    rule("self_harm:slang", "self_harm", "sh shd shed shing selfharmed self styro beans",
         _SH, framed="generic"),
    rule("self_harm:thoughts", "self_harm",
         "unalive unaliving sewerslide sewer suicide suicidal kms death dying harm sh",
         _THOUGHTS, framed="generic"),
    rule("self_harm:punishment", "self_harm", "punishment punish punishing deserve deserved",
         _PUNISH, framed="generic"),
    rule("self_harm:injury", "self_harm", "cuts burns scratches wounds", _HIDDEN, framed="generic"),
    rule("self_harm:injury", "self_harm", "scars ones cuts wounds lines", _ADDED, framed="generic",
         requires="old"),
    rule("self_harm:injury", "self_harm", "pain hurt anger feelings sadness", _OUTLET, framed="generic",
         requires="skin body arm arms wrist wrists thigh thighs leg legs cutting bleeding"),
    rule("self_harm:injury", "self_harm", "blade razor", _BLADE, framed="generic"),
]
