"""Young children's taunts: smell, poverty, clothes, a named child and a
disgusted emoji (appended to `harm.RULES`).

Found missing on a blind evaluation ("jayden smels and his mum cant even buy
him shoes hahaha evryone say jayden smels", "everyone look at mia's new pfp
🤮🤮 no wonder nobody sits with her at lunch").  Young children misspell
("smels", "evryone", "frends", "becuz": `normalise._ABBREV` now reads these
as the words every phrase rule knows) and name the child instead of saying
"you"; the insult is the *topic* - smell, being poor, the same clothes - plus
a jeer (laughter, "ew", "everyone say it", 🤮).  Written as classes:

* a named child (or he / she) smells or stinks, with a jeer in the message or
  a comparison ("like poo / wee / bins"); "you smell", "u stink", "ur a
  smelly poo" said to the reader.  Things, pets and food pass ("my dog smels
  lol", "the toilets stink", "dinner smells amazing"), and so does "do you
  smell that?";
* poverty mocked: "his mum cant even buy him shoes", "ur so poor", "she wears
  the same clothes every day ewww", "ur trainers are from the charity shop
  lol"; kindness and the writer's own family pass ("my mum cant afford the
  trip", "... so we all chipped in");
* the shunning explained, about a third person too: "no wonder nobody sits
  with her", "no wonder he has no friends", "u have no frends" (the reader's
  form is `harm_putdowns.py`; "no wonder nobody came, it was raining" and "no
  wonder nobody sits there, the chair is broken" pass: the shunned one must be
  a person);
* someone's picture, face or clothes pointed at with disgust: "look at mia's
  new pfp 🤮🤮", "ew look at jaydens haircut".  "look at my new pfp 😍" and
  "this food 🤮" pass.  The emoji are dropped from the phrase form, so this
  rule reads the normalised text (like `harm._emoji_rule`).

Reports and quotes are excused by the frames.
"""

from __future__ import annotations

import dataclasses
import re

from .rules import Rule, rule

# laughter, disgust or a chant anywhere after the taunt
_JEER = (r"(?=.*?\b(?:ha(?:ha)+h?|hehe+|lol+|lmao+|lmfao|xd+|e+w+|yuck|yuk|gross|disgusting|"
         r"everyone|everybody|all say|say it|stinky|smelly|poo|poop|poor)\b)")
# subjects that are things, food, places, pets or groups, not a child's name
_THING = (r"(?:it|this|that|there|what|which|who|everything|something|nothing|everyone|everybody|"
          r"the|my|our|their|a|an|some|boys|girls|people|guys|adults|teachers|kids|men|women|food|"
          r"dinner|lunch|breakfast|tea|pizza|school|class|room|house|home|car|bus|toilet|toilets|"
          r"bathroom|kitchen|bin|bins|fridge|sock|socks|shoes|feet|dog|cat|hamster|rabbit|fish|air|"
          r"milk|cheese|eggs?|coffee|garden|outside|place|canteen|cafeteria|gym|locker|bag|soup|"
          r"curry|perfume|candle|shampoo|soap|slime|paint|glue|mud|rain|sea|beach|water|weather|"
          r"life|this game|game|code|plan|idea|movie|film|book|song|deal|i|we|you|u|mum|mom|mam|dad|"
          r"nan|gran|grandma|granny|grandpa|grandad|brother|sister|bro|sis|baby|auntie|uncle|"
          r"teacher|sir|miss|coach)")
# words after which a new clause names the child: "... and jayden smells", "evryone say noah smels"
_AFTER = "|".join(rf"(?<=\b{w} )" for w in "and know knows think yeah that said".split())
# ... and words that are themselves the jeer: "hahaha ruby stinks", "evryone say noah smels"
_AFTER_JEER = "|".join(rf"(?<=\b{w} )" for w in (
    "lol haha hahaha hahahaha say says sai ew eww ewww omg because coz lmao").split())
_SMELL_LIKE = (r"(?:poo|poop|poopoo|poo poo|wee|pee|bins|a bin|fish|sick|bum|butt|farts?|a dog|dog poo|"
               r"a toilet|toilets|rubbish|garbage|trash|bo|onions|cheese|feet|a pig|pigs|a skunk|"
               r"rotten \w+|sweat|mud|puke|vomit|a farm|manure|dead \w+|old socks|smelly socks|"
               r"wet dog|a sewer|sewage|ass|a homeless)")
_ADV = r"(?:really |so |literally |always |actually |still |totally )?"
# "jayden smells the cookies": the verb with an object is sniffing
_NOT_OBJECT = (r"(?! (?:the|a|an|some|his|her|my|their|your|something|it|that|this|flowers?|food|"
               r"cookies?|smoke|gas|burning|danger|blood|fear|trouble)\b)")
_SMELLS = r"(?:smells|stinks|reeks|pongs|is (?:so |really |a |such a )?(?:smelly|stinky)\b(?: \w+)?)"
# "do you smell that", "if you have no friends": a question or a condition, read
# behind the literal "you" so the regex keeps a literal to search for
_NOT_ASKED = "".join(rf"(?<!\b{w} you)" for w in (
    "do can did could would if when not even if what whether".split()))
# the reader smells: not a question, an ability or a good smell
_NOT_GOOD_SMELL = (r"(?! (?:\w+ )?(?:nice|good|great|amazing|lovely|gorgeous|beautiful|fresh|clean|"
                   r"so good|of (?:perfume|roses|flowers|vanilla)|like (?!" + _SMELL_LIKE + r")|that|this|"
                   r"it|the|something|anything|gas|smoke|burning|food|cookies|them|those|these|"
                   r"\?))")

# a child's name with a possessive ("mia's", "jaydens"): not a thing's, a pet's or a game's
_NAME_S = (r"(?<!\bthe )(?<!\bmy )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bour )(?!(?:games?|films?|"
           r"movies?|books?|shows?|songs?|its|it's|this|that|whats|what's|lets|let's|dogs?|dog's|"
           r"cats?|cat's|horses?|horse's|fish's|bird's|birds|pets?|pet's|spiders?|spider's|"
           r"characters?|character's|class|this|mums|mum's|dads|dad's|sisters|sister's|brothers|"
           r"brother's|nans|nan's)\b)[a-z]+'?s")

RULES: list[Rule] = [
    # "jayden smels ... hahaha", "lily smels like wee", "evryone say jayden smels"
    rule("bullying:insult", "bullying", "smells stinks reeks pongs smelly stinky",
         r"(?:(?:^|(?<=[.!?,] )|" + _AFTER + r")(?!" + _THING + r"\b)[a-z]+ " + _ADV + _SMELLS
         + r"(?: like " + _SMELL_LIKE + r"\b|\b" + _NOT_OBJECT + _NOT_GOOD_SMELL + _JEER + r")|(?:"
         + _AFTER_JEER + r")(?!" + _THING + r"\b)[a-z]+ " + _ADV + _SMELLS + r"\b" + _NOT_OBJECT
         + _NOT_GOOD_SMELL + r")"),
    # "you smell", "u stink", "ur a smelly poo", "you smell like wee" ("u" reads "you")
    rule("bullying:insult", "bullying", "smell stink reek pong smelly stinky",
         r"\byou" + _NOT_ASKED + r" (?:really |so |literally |actually |still |always |kinda |"
         r"lowkey )?(?:smell|stink|reek|pong)s?\b" + _NOT_GOOD_SMELL + r"|"
         r"\b(?:you are|your|youre) (?:a |such a |so |really |the )?(?:smelly|stinky|smelliest|"
         r"stinkiest)\b(?! (?:\w+ )?(?:cheese|candle|socks|shoes|trainers|feet|perfume|food|"
         r"sandwich|lunch|dog|cat|room|car|bag|kit|gym|jacket)\b)",
         requires="you u your youre"),
    # poverty: "his mum cant even buy him shoes", "ur so poor", "same clothes every day ewww".
    # Each alternative starts at its literal; what is before it is read by look-behinds
    rule("bullying:insult", "bullying", "afford buy poor broke same charity bin poundland tip skip",
         r"\b(?:can not|could not) even(?<!\bi can not even)(?<!\bi could not even)(?<!\bwe can not "
         r"even)(?<!\bmy mum can not even)(?<!\bmy dad can not even)(?<!\bmy parents can not even)"
         r"(?<!\bmy family can not even) (?:afford|buy|pay for|get) (?:\w+ ){0,3}?(?:shoes|clothes|"
         r"food|lunch|a phone|phones|trainers|a house|a coat|uniform|school uniform|a bag|new \w+|"
         r"soap|shampoo|deodorant|a haircut|a tv|wifi|data)\b(?![^.!?]{0,60}\b(?:so (?:we|i|the "
         r"school|everyone)|we (?:should|could|can|all)|that is (?:so )?sad|thats sad|poor thing|help|"
         r"chipped in|donate\w*|raised|collected|fundraiser)\b)|"
         r"\b(?:you are|your|youre|he is|she is|hes|shes) (?:so |such a |really |literally |a )?"
         r"(?:poor|broke|tramp|homeless|scruffy|skint)\b(?= ?(?:[.!?,]|$)| (?:lol|haha\w*|lmao|xd|"
         r"ew+|and|n|that|you|u|cant|can|even|kid|boy|girl|loser)\b)(?! (?:\w+ )?(?:thing|baby|"
         r"you|u) ?(?:[.!?]|$))|"
         r"\b(?:wears|wear|has|have)(?<!\bi wear)(?<!\bi have)(?<!\bwe wear)(?<!\bwe have)"
         r"(?<!\balways wear)(?<!\balways have) (?:on )?the same (?:clothes|jumper|hoodie|shoes|"
         r"trainers|trousers|socks|t shirt|shirt|coat|top|pants|dress)(?: on)? (?:every ?day|all "
         r"week|every single day|all the time|every week)\b(?=.*?\b(?:e+w+|gross|yuck|disgusting|"
         r"smelly|stinky|poor|lol|haha\w*|lmao|xd|dirty|never washes|tramp)\b)|"
         r"\b(?:clothes|shoes|trainers|jumper|hoodie|uniform|coat|bag|phone|house|lunch)(?<!\bmy "
         r"clothes)(?<!\bmy shoes)(?<!\bmy trainers)(?<!\bmy jumper)(?<!\bmy hoodie)(?<!\bmy "
         r"coat)(?<!\bmy bag)(?<!\bmy phone)(?<!\bmy house)(?<!\bour house) (?:are|is|look|looks|"
         r"came|come) (?:like they are )?(?:from|out of) (?:the|a) (?:charity shop|bin|tip|skip|"
         r"dump|rubbish|trash|poundland|pound shop|food bank)\b(?=.*?\b(?:lol|haha\w*|lmao|xd|"
         r"e+w+|gross|poor|even|everyone|loser|tramp)\b|[^.!?]*$)",
         requires="he she you your his her their they can could hes shes youre wears wear has "
                  "have"),
    # shunning explained, third person: "no wonder nobody sits with her", "no wonder he has no friends"
    rule("bullying:exclusion", "bullying", "wonder why explains",
         r"\b(?:no wonder|thats why|that is why|this is why|which is why|that explains why|"
         r"explains why|and people wonder why)\b,? (?:\w+ ){0,2}?(?:(?:no one|nobody) (?:\w+ )?"
         r"(?:sits with|talks to|likes|plays with|wants|invites|hangs out with|is friends with|wants "
         r"to be friends with|wants to sit with|wants to talk to|picks|chose|chooses|texts|replies "
         r"to|cares about|loves|sits next to|wants to play with|goes near) (?:her|him|them|you|u)\b"
         r"|(?:she|he|they|you) (?:has|have|got) (?:no|zero|0) (?:friends|mates)\b|(?:(?:she|he|"
         r"they|you) (?:is|are|s)|she's|he's|shes|hes|theyre|they're) (?:always )?(?:alone|a "
         r"loner|friendless|by (?:herself|himself|yourself)|on (?:her|his|your) own)\b|(?:she|he|"
         r"they|you) (?:sits|sit) (?:alone|by (?:herself|himself|yourself)|on (?:her|his|your) "
         r"own)\b)"
         # "... she's new and shy, let's invite her": care, not a put-down
         r"(?![^.!?]{0,80}\b(?:lets|let us|we should|invite (?:her|him|them)|sit with (?:her|him|"
         r"them)|be nice|poor (?:thing|girl|boy|kid)|(?:she|he) is new|she's new|he's new|shes new|"
         r"hes new|new (?:girl|boy|kid))\b)"),
    # "u have no frends" ("u" reads "you")
    rule("bullying:exclusion", "bullying", "friends mates",
         r"\byou" + _NOT_ASKED + r" (?:have|got|literally have) (?:no|zero|0) (?:friends|mates)\b"
         r"(?! (?:\w+ )?(?:yet|in (?:this|the) (?:game|app)|online|on (?:here|this)|to (?:go|play|"
         r"talk|come)|there|in (?:your|ur) list|added))(?! ?\?)",
         requires="you u"),
    # someone's picture or looks pointed at with disgust, in words ("ew look at her haircut")
    rule("bullying:insult", "bullying",
         "pfp dp picture pictures selfie haircut hair outfit face shoes clothes teeth glasses braces "
         "video tiktok story post voice",
         r"\b(?:look at|looking at|seen|see|saw) (?:his|her|their|your|" + _NAME_S + r") (?:new )?"
         r"(?:pfp|dp|profile picture|picture|pictures|haircut|hair|outfit|face|shoes|clothes|teeth|"
         r"glasses|braces|video|tiktok|story|post|voice)\b[^.!?]{0,20}?\b(?:e+w+|gross|yuck|"
         r"disgusting|so ugly|ugly af|vomit|puke|throw up|barf|im going to be sick|i am going to "
         r"be sick|cringe)\b|"
         r"(?:^|[.!?] )(?:e+w+|yuck|gross) (?:\w+ )?(?:look at|seen) (?:his|her|their|your|"
         + _NAME_S + r") (?:new )?(?:pfp|dp|profile picture|picture|haircut|hair|outfit|face|shoes|"
         r"clothes|teeth|glasses|braces)\b"),
]

# -- the same with a disgusted emoji, read from the normalised text ------------------
_DISGUST = ("\U0001F92E", "\U0001F922", "\U0001F4A9")  # vomiting, nauseated, pile of poo
_LOOKS = (r"(?:pfp|dp|profile pic|profile picture|pic|pics|picture|photo|selfie|haircut|hair|"
          r"outfit|face|shoes|clothes|teeth|glasses|braces|video|tiktok|story|post|voice|new look)")
_OWNER = r"(?:his|her|their|your|ur|" + _NAME_S + r")"
_WHO_SMELLS = r"(?!(?:it|this|that|the|my|our|food|dinner|lunch|school|toilets?|bins?)\b)[a-z]+"


def _emoji_rule() -> Rule:
    base = rule("bullying:insult", "bullying",
                "pfp dp pic pics picture pictures photo selfie haircut hair outfit face shoes clothes "
                "teeth glasses braces video tiktok story post voice look smells stinks",
                r"\bpfp\b")  # placeholder: the parts below read the normalised text
    parts = tuple(
        (re.compile(r"(?<!\bmy )(?<!\bmy new )\b" + _OWNER + r" (?:new |latest |first )?" + _LOOKS
                    + r"\b[^.!?\n]{0,25}" + e + r"|\b" + _WHO_SMELLS + r" (?:smells|smels|stinks)\b"
                    r"[^.!?\n]{0,15}" + e), True, ((e,), (), ()))
        for e in _DISGUST
    )
    return dataclasses.replace(base, unspaced=True, parts=parts)


RULES.append(_emoji_rule())
