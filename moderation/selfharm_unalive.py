""""Unalive" and "sewerslide" as a gerund, a noun or a bare verb, with chat
fillers and misspellings.

Why: `selfharm.py` and `selfharm_slang.py` know the slang verb with an
object or after a wish ("unalive myself", "i want to unalive", "unaliving
myself is looking real good rn").  Children also write it as a *thing
thought about or planned*, without any object, and pad it with fillers
("tbh", "fr", "rn", "lowkey"):

* **thinking / considering / close to unaliving**: "thinking about
  unaliving tbh", "been considering unaliving lately", "i'm so close to
  unaliving", "lowkey fantasizing about unaliving";
* **unaliving as something good**: "unaliving sounds nice rn", "honestly
  unaliving is looking better every day", "unaliving would be easier";
* **a planned unalive**: "planning my unalive", "my unalive plan is
  ready", "wrote my unalive note";
* **the bare verb after a modal or "ready / time to"**, ending the sentence or
  followed by a filler: "i might unalive soon", "i should just unalive lol",
  "ready to unalive tbh" (the wish forms "i want to unalive" are in
  `selfharm.py`);
* **misspellings and split forms**: "unalve", "un-alive" / "un alive" (the
  phrase form turns the hyphen into a space), "unaIive" (read "unaiive");
* **sewerslide as the writer's state**: "sewerslide thoughts again", "having
  sewerslide urges", "feeling sewerslidal", "sewerslide is all i think about";
* **an arc, era or season of it** (slang for a period to come): "entering my
  unalive arc", "unalive era", "sewerslide season", "its giving unalive
  era", "my villain arc is unaliving"; the writer's own ("my", "entering",
  "welcome to") or said alone, never a story's ("the unalive arc of naruto",
  "my unalive arc in the game", "her villain arc");
* **"catch the bus"** (a TikTok euphemism) only with the writer's intent and a
  cue that it is for good ("gonna catch the bus tonight for good", "ready to
  catch the bus and never come back").

What must pass: the verb aimed at a thing or at someone else in a game or a
story ("the boss unalived me 5 times", "this song unalived me lol", "im about
to unalive this essay", "thinking about unaliving my sims family") - the
object checks below and `frames_hyperbole.unalive_thing` (every self-harm
match) excuse them; talk about the word ("that video about unaliving was
taken down", "unaliving is never the answer", "why do people say unalive");
"i caught the bus to school", "catch the bus tonight 🚌 see u tmrw".
"kms" keeps its policy (always held: `selfharm.py`).

Patterns run on the phrase form (lower case, "rn" read "right now", "2" read
"to" before a word).  Every rule is gated on the rare slang words.
"""

from __future__ import annotations

from .rules import Rule, rule

# the slang verb and its gerund, with misspellings ("un alive" is "un-alive")
_VERB = r"(?:unalive|unalve|unaliv|unaiive|unalivee|un alive)"
_GERUND = r"(?:unaliving|unalivin|unalving|unaliveing|unaiiving|un aliving)"
# what may follow the bare verb: the end of the sentence, "myself", a filler or a time
_FILLERS = (
    r"myself|my self|me|tbh|fr|frfr|fr fr|for real|right now|lowkey|ngl|honestly|lol|lmao|tonight|"
    r"today|tomorrow|soon|already|now|irl|istg|deadass|no cap|at this point|atp|one day|someday|"
    r"sometime|eventually|this (?:week|weekend|year|time)|if|when|because|cause|cuz|bc|and|but|so|"
    r"lately|again|anyway|anyways|idk|ig|i guess|i think|i swear|tho|though"
)
_BARE_END = r"(?= ?[.!?,]| ?$| (?:" + _FILLERS + r")\b)"
# ... and after the gerund, also how often ("thinking about unaliving every day"); never
# an object ("unaliving this essay", "unaliving zombies", "unaliving my sims")
_GER_END = (
    r"(?= ?[.!?,]| ?$| (?:" + _FILLERS + r"|more|every day|everyday|all the time|24 7|"
    r"sometimes|recently|daily|constantly|more and more|is|would|sounds|seems|looks|feels)\b)"
)
_ADV = r"(?:(?:just|finally|really|actually|seriously|probably|maybe|honestly|literally|prolly) )*"

# thinking about, considering, close to ...
_THINK = (
    r"(?:thinking|thinkin|think|thought|thoughts|considering|consider|considered|dreaming|dream|"
    r"dreamt|dreamed|fantasi[sz]ing|fantasi[sz]e|obsessing|obsessed|fixated|romantici[sz]ing|close|"
    r"closer|planning|planned|researching|looking into|craving|tempted by)"
)
_GOOD = (
    r"(?:nice|nicer|good|great|better|best|tempting|appealing|peaceful|easier|easy|"
    r"like (?:a plan|an option|the answer|the only (?:way|option)|the way out|a good idea|heaven|"
    r"peace|relief|freedom))"
)
_NOTE = (
    r"(?:plan|plans|note|notes|letter|letters|date|day|attempt|method|thoughts|urges|playlist|list)"
)
_SEWER = r"(?:sewerslide|sewer slide|sewerslid|suwerslide|sewerside)"
_URGES = r"(?:thoughts?|urges?|ideation|feelings?|mode|thinking)"
_SEWER_ADJ = r"(?:sewerslidal|sewer slidal|sewersidal|sewerslidle)"
# an arc / era / season of it: the slang word, then the period
_SLANG = r"(?:unalive|unaliving|unalve|un alive|sewerslide|sewer slide|sewerslid|sewerside|kms)"
_ARC = r"(?:arc|era|season|szn|phase|month|summer|winter|week|year|saga|chapter)"
# a story, a show or a game the arc belongs to
_STORY = (
    r"(?![^.!?]{0,40}\b(?:game|games|in game|roblox|minecraft|fortnite|sims|story|fanfic|fic|book|"
    r"anime|manga|show|episode|character|characters|oc|series|movie|film|lore|webtoon|comic|"
    r"season \d+|of (?:the|this|that|naruto|one piece|aot|\w+ (?:anime|show|series|manga)))\b)"
)

RULES: list[Rule] = [
    # thinking about / considering / close to unaliving; unaliving sounds nice
    rule("self_harm:disclosure", "self_harm",
         "unaliving unalivin unalving unaliveing unaiiving aliving",
         r"\b" + _THINK + r" (?:about |of |on |to |with |over |into )?(?:\w+ )?" + _GERUND + _GER_END
         + r"|\b" + _GERUND + r" (?:myself |my self |me )?(?:(?:honestly|really|just|lowkey|kinda|ngl) )?"
         r"(?:sounds|seems|looks|feels|is looking|is sounding|is starting to (?:sound|look|feel)|would be|"
         r"will be|is so|is really) (?:(?:so|really|pretty|kinda|kind of|real|very|more and more|even|"
         r"like|much|way|a lot|super) )*" + _GOOD + r"\b(?! (?:in|on) (?:the |this |that )?(?:game|"
         r"movie|show|book))",
         framed="generic", requires="unaliving unalivin unalving unaliveing unaiiving un"),
    # a planned unalive: "planning my unalive", "my unalive plan is ready"
    rule("self_harm:planning", "self_harm", "unalive unaliving unalve unaiive",
         r"\b(?:plan|planning|planned|plotting|scheduled|scheduling|schedule|prepping|preparing|"
         r"prepared|wrote|writing|write|written|finished|ready for|picked|chose|choosing|counting down "
         r"to) (?:the date (?:of|for) )?my (?:own )?(?:unalive|unaliving|unalve|unaiive)\b(?! (?!" + _NOTE
         + r"\b)[\w']+ (?:in|on) (?:the |this )?(?:game|sims|fortnite|minecraft|roblox))|"
         r"\bmy (?:own )?(?:unalive|unaliving|unalve) " + _NOTE + r"\b(?! (?:in|on|for) (?:the |this |my )?"
         r"(?:game|sims|fortnite|minecraft|roblox|story|book|character))",
         framed="generic", requires="my"),
    # the bare verb after a modal, "ready to", "time to": object-less or "myself"
    rule("self_harm:disclosure", "self_harm", "unalive unalve unaliv unaiive unalivee",
         r"\b(?:i (?:might|should|could|will|would|may|must|shall|can|need to|have to|got to)|ready to|"
         r"time to|trying to|tryna|tempted to|close to|urge to|urges to|i just might|i am about to|i "
         r"am ready to|i am going to|i am gonna|i am finna|finna|bout to|about to) " + _ADV + _VERB
         + _BARE_END,
         framed="generic"),
    # misspelt and split forms with a wish or "myself": "un-alive myself", "i wanna unalve"
    rule("self_harm:disclosure", "self_harm", "alive unalve unaliv unaiive unalivee",
         r"\b(?:un alive|unalve|unaliv|unaiive|unalivee) (?:myself|my self|mself|myslef)\b|"
         r"\b(?:want|wanna|want to|going to|gonna|need to|planning to|plan to|thinking about|ready to|"
         r"trying to|tryna|wish i could|about to) " + _ADV + r"(?:un alive|unalve|unaliv|unaiive|"
         r"unalivee)" + _BARE_END,
         framed="generic", requires="un unalve unaliv unaiive unalivee"),
    # sewerslide as the writer's state
    rule("self_harm:disclosure", "self_harm",
         "sewerslide sewer sewerslid suwerslide sewerside sewerslidal slidal sewersidal sewerslidle",
         r"\b(?:my|having|had|have|got|get|getting|been having|constant|bad|the usual|more) " + _SEWER
         + r" " + _URGES + r"\b(?! (?:is|are|can be) )|"
         r"\b" + _SEWER + r" " + _URGES + r" (?:again|lately|tonight|right now|are back|came back|are "
         r"getting (?:worse|bad|louder|stronger)|(?:will not|won't|wont|do not|dont) (?:stop|go away|"
         r"leave)|tbh|fr|ngl|all day|every day|everyday|24 7|hitting|hit)\b|"
         r"^" + _SEWER + r" " + _URGES + r"(?= ?[.!?,]| ?$)|"
         r"\b(?:i am|i feel|i felt|i was|feeling|feel|felt|been|getting|so|very|really|kinda|lowkey|"
         r"highkey|super|extra) " + _SEWER_ADJ + r"\b|"
         r"\b" + _SEWER + r" (?:is|has been|keeps|was) (?:\w+ )?(?:on my mind|in my head|all i (?:think|"
         r"can think) about|calling me|looking (?:good|better|nice))\b|"
         r"\b(?:thinking|think|thought|dreaming|considering) (?:about |of )?(?:\w+ )?" + _SEWER + _GER_END,
         framed="generic"),
    # the writer's arc / era / season of it: "entering my unalive arc", "sewerslide season"
    rule("self_harm:disclosure", "self_harm",
         "unalive unaliving unalve alive sewerslide sewer sewerslid sewerside kms",
         r"\b(?:my|entering|enter|entered|in|into|welcome to|starting|start|started|begin|beginning|"
         r"its giving|it is giving|giving|officially|activated|unlocked|loading) (?:my |own |official |"
         r"new |next |the start of my )*" + _SLANG + r" " + _ARC + r"\b" + _STORY + r"|"
         r"^(?:(?:my|the|im|i am|lowkey|highkey|ngl|tbh|honestly|officially) )?" + _SLANG + r" " + _ARC
         + r"(?= ?[.!?,]| ?$| (?:" + _FILLERS + r"|loading|incoming|activated|unlocked|starts|starting|"
         r"begins|beginning|is (?:here|coming|starting|loading|near)|has (?:begun|started)|coming (?:soon|"
         r"up))\b)" + _STORY + r"|"
         r"\bmy (?:\w+ ){0,2}?(?:arc|era|season|szn|phase) (?:is|will be|is gonna be|is going to be|is going "
         r"to|gonna be|might be|=) (?:just |literally |gonna be |going to be )?(?:" + _GERUND + r"|" + _VERB
         + r"|" + _SEWER + r"|" + _SEWER_ADJ + r")" + _GER_END + _STORY,
         framed="generic",
         requires="arc era season szn phase month summer winter week year saga chapter"),
    # "catch the bus": intent and "for good" / "never coming back"
    rule("self_harm:finality", "self_harm", "catch catching",
         r"\b(?:i (?:am |will |want to |wanna |am going to |am gonna |am ready to |might |should )|"
         r"ready to |time to |gonna |going to |finna |about to )(?:just |finally )?catch(?:ing)? the bus"
         r"\b(?![^.!?]{0,60}\b(?:home|school|work|camp|holiday|trip|moving|move|station|stop|town|city|"
         r"mall|beach|airport|gran\w*|nan|dad|mum|mom|class|practice|training|bike|car|ride|lift|drive|"
         r"license|licence|scooter|lol|lmao|jk)\b)[^.!?]{0,40}\b(?:for "
         r"good|forever|permanently|and never (?:come|coming) back|never coming back|one way ticket|"
         r"one way trip|no return|to the other side)\b",
         framed="generic", requires="bus"),
]
