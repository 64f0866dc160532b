"""Presence slights the first presence rules missed (appended to `harm.RULES`
through harm_presence_jibes.py; rule `bullying:presence`, hold).  English
here; es fr pt de it hi and ru tr pl id ar zh in harm_presence_slights_langs.py.

Why: harm_presence_jibes.py reads the past tense of a single scene ("the
vibe died the second Tom joined"), "npc" at the start of a sentence and
sarcasm that says "again".  Children also write the habit, in the present,
as a question or an aside, and none of those shapes fired:

* a place that darkens or dies whenever the person comes ("is it just me or
  does the room get darker when Priyanka logs on", "the chat dies every time
  ben joins").  A room that darkens is a colourist jibe about the person's
  skin; the present tense ("gets", "whenever", "every time") makes it a
  habit, which is worse, not better;
* lights that need not be switched off because of the person ("no need to
  turn off the lights when priya walks in, nobody can see her anyway"): the
  same jibe, told as a joke about the lights;
* "npc" / "zero personality" with the group told not to answer the person
  ("+1 to what Liam said, she's a total n p c, zero personality, dont even
  reply to her"), and "she's a total npc" in the middle of a message (the
  older rule wants it at the start of a sentence, "+1 to what Liam said"
  comes first);
* sarcasm about the person's coming with a gloom that was "not enough
  without him" ("so nice that jake came again, the class wasn't sad enough
  without him", "che bello che Matteo sia venuto anche oggi, la classe non
  era abbastanza triste senza di lui").  "not sad enough without him" says
  that he brings the sadness; "it was sad without him" (missing him) has no
  negation and passes.

What passes: a cause that is not a person ("the room gets darker when the
sun sets", "when i close the blinds", "when the wifi drops"), family and
adults (the `PERSON` stop list of harm_presence_jibes.py), lights switched off
for a film or sleep, "npc" in a game or defined ("npc means non-player
character"), "no personality" of a game character or a test, "don't reply to
her" with no put-down, missing someone ("it was so sad without him", "we
missed you!").  Reports and quotes are excused by the frames.
"""

from __future__ import annotations

from .harm_presence_parts import PERSON, PERSON_OBJ, STORY
from .rules import Rule, rule

# arriving, in the present (a habit) or the past
ARR_NOW = (
    r"(?:joins|joined|join|walks in|walked in|walk in|walks into (?:the )?(?:room|class|chat|call)|"
    r"comes in|came in|come in|comes online|came online|logs on|logged on|log on|logs in|logged in|"
    r"log in|logs onto|signs in|signs on|shows up|showed up|show up|turns up|turned up|turn up|"
    r"arrives|arrived|enters|entered|sits down|sat down|opens (?:her|his) mouth|starts talking|"
    r"talks|speaks|unmutes|turns (?:her|his) (?:cam|camera|video) on|gets here|gets on|hops on|"
    r"jumps on|pops up|is here|is online|is around|is in it|is in the (?:pic|photo|picture|room)|"
    r"stands in (?:it|the photo|the pic)|stood in (?:it|the photo|the pic)|was in it|smiles|walks past|"
    r"comes|came|appears)"
)
_SCENE = (r"(?:it|the room|the whole room|the class|the classroom|the whole class|the chat|the gc|"
          r"the call|the vc|the video call|the lobby|the screen|everything|the place|the hallway|the "
          r"corridor|the photo|the pic|the picture|the group photo|the group picture|the group pic|"
          r"the zoom|the bus|the canteen|the lunch hall|the sky|the world|the day)")
_OFTEN = (r"(?:(?:always|literally|just|suddenly|instantly|kinda|lowkey|immediately|magically|"
          r"automatically|somehow|honestly|like|actually) )*")
_DARKEN = (r"(?:(?:gets?|get|go|goes|turns?|becomes?|getting|going|turning|got|went|turned|became) "
           + _OFTEN + r"(?:so |a bit |a little |way |much |all |10x |like )*(?:dark|darker|black|dim|"
           r"dimmer|gloomy|gloomier|shadier|pitch black)|darkens|dims)")
_LIGHTS_OUT = r"(?:the )?lights (?:" + _OFTEN + r")(?:go|goes|turn|switch|went) (?:out|off)"
_VIBE = (r"(?:the|this|our|that|whole|the whole) (?:vibe|vibes|mood|energy|fun|party|convo|"
         r"conversation|chat|call|vc|lobby|class|lesson|group|gc|room|atmosphere|game|server|table)")
_DIES = (r"(?:dies|die|dying|goes dead|go dead|gets ruined|get ruined|goes downhill|go downhill|gets "
         r"killed|get killed|drops|tanks|flops|goes to zero|goes to 0|goes sour|gets sucked out|"
         r"hits rock bottom|gets so much worse|gets worse)")
_WHEN_NOW = (r"(?:when|whenever|every time|everytime|each time|the second|the moment|the minute|"
             r"as soon as|once|soon as|any time|anytime)")
# the room darkens for a reason: a lamp, curtains, the sun, a storm, a film
_NOT_LIGHT = (r"(?![^.!?]{0,40}\b(?:lamp|lamps|curtains?|blinds|switch|switches|power|bulb|fuse|"
              r"projector|film|movie|sun|cloud|clouds|storm|eclipse|shadow|tall|blocks? the (?:window|"
              r"light|sun)|stands? in front)\b)")
_LIGHTS = r"(?:the )?(?:lights?|lamps?|big light)"
_ARR_TAIL = r"\b" + STORY + _NOT_LIGHT
# the joke told after the lights: "anyway", "lol", "can't see her" (not "she's scared of the dark")
_JOKE_TAIL = (r"(?=(?: \S+){0,8}? (?:anyway|anyways|already|lol|lmao|lmfao|haha\w*|hehe\w*|xd|jk|just "
              r"saying|js|(?:can not|cant|will not|wont) (?:even )?see (?:her|him))\b)(?![^.!?]{0,60}\b(?:"
              r"scared|afraid|frightened|sleep|sleeping|asleep|headache|migraine|reading|read)\b)")
# between the person and the verb: an adverb, never a noun ("the new teacher walks in")
_ADV = r"(?:(?:just|finally|actually|literally|always|even|also|really|has|had|is|randomly) )?"

# zero personality, npc
_DULL_TAG = (r"(?:npcs?|(?:no|zero|0|negative|literally no|absolutely no|minus) personality|(?:the|a) "
             r"personality of (?:a|an) \w+(?: \w+)?)")
# don't answer her / everyone ignore him
_SHUN = (r"(?:(?:do not|dont|never|no one|nobody|noone|nobody ever|pls do not|please do not|we do "
         r"not|we are not|stop) (?:even |ever |bother |bothering |bother to |gonna |going to )*(?:reply|"
         r"replying|respond|responding|answer|answering|talk|talking|text|texting|react|reacting|"
         r"engage|engaging|like|liking)(?: to| with)? (?:her|him|them)\b(?! (?:about|if|unless|until|"
         r"when|before|after)\b)|(?:just |everyone |guys |yall |y'all |lets |let us |pls |we )*(?:ignore|"
         r"ignoring|leave (?:her|him) on (?:read|delivered)|ghost|blank|mute) (?:her|him)\b)")
# a game, a book, a definition: "npc" is a word of games, "personality" of tests and characters
_GAME_MSG = (r"(?![^.!?]{0,120}\b(?:game|games|gaming|minecraft|roblox|fortnite|gta|skyrim|sims|zelda|"
             r"pokemon|among us|villager|villagers|quest|level|mission|rp|roleplay|role play|character|"
             r"characters|means|stands for|definition|meaning|mean|dnd|campaign|book|film|movie|show|play|"
             r"plays|musical|drama|skit|script|panto|pantomime|costume|halloween|cosplay|"
             r"series|anime|test|quiz|disorder|type|bot|bots|chatbot|ai|spam|spammer|scam|scammer)\b)")

_NEG_ENOUGH = r"(?:was|is|were|are|would be|has been|had been|felt|feels) not"
_GLOOM = (r"(?:sad|boring|depressing|bad|awful|miserable|dull|cringe|cringy|painful|annoying|dead|"
          r"gloomy|dark|ugly|awkward|tragic|bleak|grim|terrible|horrible|dry|dreary|lame|tense|"
          r"smelly|stinky|loud|tiring|exhausting|dire|hellish|torture)")
_CAME = (r"(?:came|comes|showed up|shows up|turned up|turns up|joined|joins|is here|is back|came back|"
         r"decided to (?:come|show up|join)|graced us|arrived|is in today|made it|bothered to come)")

RULES: list[Rule] = [
    # is it just me or does the room get darker when Priyanka logs on / the chat dies whenever ben joins
    rule("bullying:presence", "bullying",
         "dark darker black dim dimmer gloomy gloomier shadier darkens dims lights dies die dying dead "
         "ruined downhill killed drops tanks flops zero 0 sour sucked bottom worse",
         r"\b(?:" + _SCENE + r" " + _OFTEN + _DARKEN + r"|" + _LIGHTS_OUT + r"|" + _VIBE + r" " + _OFTEN + _DIES + r")"
         r"(?: \w+){0,2}? " + _WHEN_NOW + r" " + PERSON + r" " + _ADV + ARR_NOW + _ARR_TAIL,
         requires="when whenever time everytime second moment minute soon once anytime"),
    # Priyanka logs on and the room gets darker
    rule("bullying:presence", "bullying",
         "dark darker black dim dimmer gloomy gloomier darkens dims",
         r"\b(?:whenever|every time|everytime|each time|when|once|as soon as|soon as) " + PERSON
         + r" " + _ADV + ARR_NOW + r"\b" + STORY + r"(?: \w+){0,2}? " + _SCENE + r" " + _OFTEN
         + _DARKEN + r"\b" + _NOT_LIGHT),
    # no need to turn the lights off when priya walks in, nobody can see her anyway
    rule("bullying:presence", "bullying", "light lights lamp lamps",
         r"\b(?:no need to|do not need to|dont need to|no point|why|do not have to|dont have to|"
         r"we can save (?:on )?electricity and|save electricity and) (?:even )?(?:turn(?:ing)?|"
         r"switch(?:ing)?|put(?:ting)?) (?:off )?" + _LIGHTS + r" (?:off |out )?(?:\w+ ){0,2}?(?:when|"
         r"now|cause|cos|because|since|if|whenever|once) " + PERSON + r" " + _ADV + ARR_NOW + _ARR_TAIL
         + _JOKE_TAIL
         + r"|\b" + _LIGHTS + r" (?:\w+ ){0,8}?(?:no one|nobody|noone|we|you|u) (?:can not|cant|will "
         r"not|wont|would not|could not) (?:even |ever )?(?:see|spot) (?:her|him) anyway\b|"
         r"\b(?:no one|nobody|noone|we|you|u) (?:can not|cant|will not|wont) (?:even |ever )?(?:see|spot) "
         r"(?:her|him) (?:anyway )?(?:with|when|if|once) " + _LIGHTS + r" (?:are |is |go |goes |get )?"
         r"(?:off|out)\b(?:(?: \w+){0,3}? (?:lol|lmao|lmfao|haha\w*|hehe\w*|xd|jk|just saying|js))"),
    # +1 to what Liam said, she's a total npc, zero personality, don't even reply to her
    rule("bullying:presence", "bullying", "npc npcs personality",
         r"(?:(?:^|(?<=[.!?] ))(?:(?:lol|lmao|ngl|tbh|honestly|like|bro|fr|literally|just|and|also|plus|"
         r"so|ok|okay|yeah|yea|ya|agreed|facts|true|same) )*|\b(?:she|he)(?:'s| is|s| was| has| got) "
         r"(?:(?:such|literally|basically|lowkey|deadass|actually|just|honestly|totally|so|like|a total|"
         r"a complete|an actual|a literal|a walking|a real|the biggest|an|a|got|has) )*)" + _GAME_MSG
         + _DULL_TAG + r"\b"
         r"(?: [^.!?]{0,40}?)? (?<!\bi )" + _SHUN,
         requires="reply replying respond responding answer answering talk talking text texting "
                  "react reacting engage engaging like liking ignore ignoring leave ghost blank mute"),
    # she's a total npc, anywhere in the message (she / he only: a name here may be a game's)
    rule("bullying:presence", "bullying", "npc npcs",
         r"\b(?:she|he)(?:'s| is|s| was) (?:(?:such|literally|basically|lowkey|deadass|actually|just|"
         r"honestly|totally|so|like|the biggest|a complete|a total|an actual|a literal|a walking|a "
         r"real|a real life|an|a|giving|on|the definition of|the most|a background|certified|a "
         r"certified|fully|full|100%|100) )*npcs?\b(?! (?:in|at|of) (?:the|this|that|a|my|our) "
         r"(?:game|play|skit|film|movie|show|story|lobby|server|level|quest|mission)\b)" + _GAME_MSG),
    # the class wasn't sad enough without him
    rule("bullying:presence", "bullying", "enough",
         r"\b" + _NEG_ENOUGH + r" (?:already |quite |even |)" + _GLOOM + r" enough(?: already)? (?:\w+ )?"
         r"without (?:her|him|them|" + PERSON_OBJ + r")\b|"
         r"\b" + PERSON + r" " + _ADV + _CAME + r"\b" + STORY + r"(?: \S+){0,6}? (?:as if|like|as "
         r"though) (?:the |this |our |my |today's |todays )?(?:class|lesson|day|chat|call|gc|school|week|"
         r"morning|trip|party|lunch|room|afternoon|monday|bus ride|practice|training|group) (?:\w+ )?"
         + _NEG_ENOUGH + r" (?:already )?" + _GLOOM + r" enough\b",
         requires="without as like though"),
]

from .harm_presence_slights_langs import RULES as _L  # noqa: E402

RULES += _L
