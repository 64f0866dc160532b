"""The person and the story of the presence rules (harm_presence_jibes.py and
harm_presence_slights.py): who may be the target of a jibe and what makes an
arrival a story rather than a jibe.

A module of its own so that both rule modules import it, not each other (the
jibes module imports the slights module to register its rules).  The person is
"she / he", a name, or "the new girl"; adults, family, the writer and things
are not (`_NAME_STOP`: "until the teacher walked in", "when the wifi cut out",
"until my mum called").
"""

from __future__ import annotations

_NAME_STOP = (
    r"(?:the|a|an|my|our|your|ur|his|her|their|this|that|these|those|it|its|everyone|everybody|"
    r"someone|somebody|anyone|anybody|nobody|no|people|we|they|i|you|me|us|them|mum|mom|dad|"
    r"mummy|mommy|daddy|mama|papa|parents|teacher|teachers|sir|miss|mr|mrs|ms|sub|substitute|"
    r"principal|head|headteacher|coach|tutor|grandma|grandpa|nan|nana|gran|granny|grandad|"
    r"auntie|aunt|uncle|baby|bro|sis|dog|cat|puppy|kitten|bus|wifi|internet|rain|snow|storm|"
    r"bell|alarm|fire|police|pizza|food|lunch|dinner|breakfast|class|lesson|music|movie|film|"
    r"game|there|here|then|now|when|what|who|time|homework|test|exam|summer|winter|school|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|"
    r"yesterday|santa|finally|just|suddenly|also|and|but|so|then|everything|nothing|life|"
    r"reality|karma|lol|lmao|it's|thats|that's|there's|theres|mould|mold|rain|sun|night|"
    r"morning|boss|manager|doctor|nurse|mods|mod|admin|bot|ambulance|delivery|uber|taxi|"
    r"postman|mailman|parcel|package|news|result|results|report|video|one|someone's|guest|"
    r"guests|visitors|cousins|family|neighbour|neighbor|workmen|builders|keeps|kept|always|never|"
    r"still|again|literally|really|even|only|actually|basically|honestly|totally|every|each|"
    r"somehow|sometimes|usually|often|rarely|who|which|water|it|stuff|things|thing|dust|damp|"
    # what the world or a place is "better without" that is no person ("the world would be
    # better without plastic")
    r"plastic|plastics|pollution|war|wars|racism|guns|cars|litter|rubbish|trash|waste|hate|"
    r"violence|poverty|bullies|bullying|mosquitoes|mosquitos|wasps|spiders|exams|phones|money|"
    r"greed|cancer|disease|diseases|drugs|smoking|vapes|vaping|social|tiktok|ads|adverts)"
)
# she / he, a name, "the new girl" (a name is one word, not a stop word, not a gerund)
PERSON = (r"(?:she|he|(?:the|that|this) (?:new |weird |annoying |quiet |fat |emo )?(?:girl|boy|"
          r"kid|guy|loser|weirdo|freak|emo|nerd)|(?!" + _NAME_STOP + r"\b)[a-z][a-z-]{1,14}"
          r"(?<!ing))")
PERSON_IS = (r"(?:(?:she|he)(?:'s| is|s| was)|(?!" + _NAME_STOP + r"\b)[a-z][a-z-]{1,14}(?:'s| is| was)"
             r"|(?:the|that) (?:new )?(?:girl|boy|kid|guy)(?:'s| is))")
PERSON_OBJ = (r"(?:her|him|(?:the|that) (?:new |weird )?(?:girl|boy|kid|guy)|(?!" + _NAME_STOP
              + r"\b)[a-z][a-z-]{1,14}(?<!ing))")
# a sentence start, with a few chatty words before the subject
ANCH = (r"(?:^|(?<=[.!?] ))(?:(?:omg|lol|lmao|ngl|honestly|tbh|bro|bruh|like|and|but|ugh|fr|"
        r"literally|istg|deadass|yeah|yea|ya|no|nah|girl|dude|man|also|cuz|cause|because|bc|so|"
        r"i mean|i swear|not gonna lie|okay|ok|anyway|anyways|btw|fyi) )*")

# the arrival brings news, tears, an injury, a surprise: not a jibe
STORY = (r"(?!(?: \w+){0,3}? (?:and (?:told|said|gave|announced|asked|handed|brought|started crying|cried|"
         r"fainted|fell)|with (?:the|a|some|bad|sad|cake|pizza|food|snacks|presents|news)|to (?:tell|"
         r"say|announce|give|collect|check)|carrying|holding|crying|in tears|upset|bleeding|injured|"
         r"hurt|limping|back from|home from|out of hospital|out of surgery)\b)")
