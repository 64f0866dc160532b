"""Sarcastic put-downs of a third person's looks or worth, said to the group,
in English (appended to `harm.RULES`; other languages:
`harm_sarcasm_third_langs.py`).

Why: `harm_sarcasm.py` covers sarcasm aimed at the reader ("so brave of you
to share your 'poetry'"); the same put-downs about somebody else carry no
insult word and passed: "so brave of her to show that face in public",
"someone should tell him mirrors exist", "she really thought that outfit
was a good idea 💀", "bless him, he tries so hard to be cool".  What makes
them put-downs is the shape:

* mock bravery or confidence with a looks object: brave of her to show /
  wear / post ... *that* face, that outfit, looking like that, that in
  public; "the confidence she has with that face";
* somebody asked to tell a third person mirrors exist, that her outfit or
  haircut is not it, that he's not funny or can't sing; "someone buy that
  girl a mirror", "does she even own a mirror", "the 2000s called and want
  their outfit back";
* a third person who "really thought" their outfit or haircut was a good
  idea, "really thinks she's pretty", "really thought he could sing";
  "she woke up and chose that outfit", "he really walked out of the house
  like that", "imagine her leaving the house looking like that";
* mock pity: "bless him, he tries so hard to be cool", "bless her heart, she
  thinks people like her", "he genuinely believes he's the funniest person
  alive, bless", "he tries so hard to be cool lmao"; "good for her for not
  caring what she looks like".

What must pass: real praise ("so brave of her to speak at the assembly",
"so brave of him to talk about his anxiety"), the writer about themselves
("i really thought that outfit was a good idea lol"), plain fashion talk
and celebrities' outfits ("zendaya's outfit at the met gala was iconic",
"that outfit is so cute where did u get it"), sincere pity ("bless him, he
helped me with my homework"), mirrors as things ("we need a mirror for the
bathroom", "buy her a mirror for her birthday") and reports of what a bully
wrote (the report and quote frames).

Matched against `Prepared.plain` (commas and emoji dropped, "doesn't" ->
"does not").
"""

from __future__ import annotations

from .harm_jibes import _NOT_BANTER
from .rules import Rule, rule

# a third person: a pronoun, "that girl", or a name (not the writer or the reader)
_WHO = (r"(?:her|him|them|(?:that|this|the) (?:girl|boy|kid|guy|dude|chick|lad|one)|"
        r"(?!(?:me|you|us|ya|u|myself|yourself|everyone|everybody|people)\b)[a-z]{2,15})")
_SUBJ = (r"(?:she|he|they|(?:that|this) (?:girl|boy|kid|guy|dude|chick|lad)|bro|"
         r"(?!(?:i|we|you|u|and|but|so|then|just|also|me|ya|yall|still|lol|who|it|that|this|what|"
         r"everyone|people|nobody|someone)\b)[a-z]{2,15})")
_HE_IS = r"(?:she|he|they)(?:'s|s|'re|re| is| are| was| were)?"
_LOOKS_OBJ = (r"(?:(?:that|this|those|such an?) (?:face|mug|body|outfit|fit|haircut|hair ?cut|hair|"
              r"hairstyle|nose|teeth|forehead|unibrow|makeup|make up|eyebrows|brows|look|dress|shirt)\b|"
              r"(?:looking|dressed) like (?:that|this)\b|(?:that|this) (?:in public|outside|out in "
              r"public|to school)\b|(?:her|his|their) (?:face|body) in public\b)")
_OUTFIT = (r"(?:outfit|fit|haircut|hair ?cut|hair|hairstyle|look|makeup|make up|dress|shirt|shoes|top|"
           r"jeans|eyebrows|brows|fringe|bangs|tattoo|selfie|pic|picture|photo|video|tiktok|song|dance|"
           r"post|caption|voice|singing|dancing|jokes?|joke)")
_GOOD = (r"(?:a good idea|a great idea|good|cute|nice|fire|cool|hot|fine|okay|ok|slay|it|the move|"
         r"acceptable|flattering|stylish|fashionable|pretty|funny|iconic)")
_TRAIT = (r"(?:so |the |that |really |actually )?(?:pretty|prettiest|funny|funniest|cool|coolest|hot|"
          r"hottest|cute|cutest|smart|talented|popular|the main character|all that|a model|an "
          r"influencer|a baddie|a comedian|hilarious|iconic|gods gift|god's gift|tough|hard|edgy|"
          r"relevant|interesting|special|(?:the )?(?:best|funniest|coolest|prettiest) (?:person|"
          r"one|girl|guy)(?: \w+)?)\b(?! (?:enough|ugly|bad|sure|much|at))")
_CAN = r"(?:can|could) (?:sing|dance|rap|act|draw|model|dress|fight|pull (?:her|him|anyone))\b"
_TRY = (r"(?:tries|try|trying|tried) so (?:hard|much) to (?:be|look|seem|act) (?:so )?(?:cool|funny|"
        r"popular|relevant|edgy|liked|pretty|hot|tough|hard|interesting|different|quirky|iconic|"
        r"mysterious|older|mature|like one of us|one of us|the main character|a baddie|a rapper|"
        r"gangster|sigma)\b")
_BAD = (r"(?:(?:is|are|was|were) not it|isnt it|arent it|aint it|not it|wasnt it|(?:is|are|was|were) "
        r"(?:a |an )?(?:crime|crimes|war crime|joke|mistake|disaster|cry for help|ugly|awful|terrible|"
        r"cringe|hideous|tragic)|should be illegal|looks? (?:bad|awful|terrible|ugly|horrible|stupid|"
        r"ridiculous|tragic)|(?:does|do) not suit|(?:is|are) giving (?:clown|homeless|hobo|grandma))\b")
_MIRROR = r"(?:mirrors? (?:exist|exists|are (?:real|a thing)|were invented)|what a mirror is)\b"
_TELL = r"(?:tell|remind|inform|show|warn|let)\b"
_SOMEONE = (r"(?:someone|somebody|anyone|anybody|pls|please|plz|yall|y'all|guys|can we|nobody|no "
            r"one|did no ?one|has no ?one)")

RULES: list[Rule] = [
    # mock bravery / confidence with a looks object: "so brave of her to show that face in public"
    rule("bullying:insult", "bullying", "brave bold courageous daring confidence confident",
         r"\b(?:brave|bold|courageous|daring) (?:of " + _WHO + r" )?(?:to |for )?(?:post|posting|show|"
         r"showing|wear|wearing|go|going|leave|leaving|walk|walking|come|coming|step|stepping|upload|"
         r"uploading|put|putting|rock|rocking|film|filming)\b[^.!?]{0,40}?" + _LOOKS_OBJ + r"|"
         r"\b(?:the|such) confidence (?:(?:she|he|they|" + _WHO + r") (?:has|have|had|got) |of "
         + _WHO + r" |it takes )?(?:to (?:\w+ )?(?:post|wear|show|go out|leave the house)?\s?|with |"
         r"after )?" + _LOOKS_OBJ),
    # someone should tell him mirrors exist / that her outfit is not it / he's not funny
    rule("bullying:insult", "bullying", "mirror mirrors tell remind inform warn",
         r"\b" + _SOMEONE + r"\b[^.!?]{0,25}?\b" + _TELL + r" " + _WHO + r" (?:that )?(?:"
         + _MIRROR + r"|(?:that|her|his|their|the) (?:\w+ )?" + _OUTFIT + r"\b[^.!?]{0,20}?\b" + _BAD
         + r"|" + _HE_IS + r" (?:not|nowhere near as|never gonna be|never going to be) " + _TRAIT
         + r"|(?:she|he|they) (?:can not|cannot|cant) (?:sing|dance|rap|act|draw|dress)\b(?! (?:tonight|"
         r"today|tomorrow|anymore|in|at|because|until|since|with))|(?:she|he|they) (?:is|are) "
         r"(?:not|never) (?:the main character|all that|that (?:funny|cool|pretty|hot)))",
         requires="someone somebody anyone anybody pls please plz yall y'all guys can nobody no "
                  "did has"),
    rule("bullying:insult", "bullying", "mirror mirrors",
         r"\b(?:someone|somebody|pls|please|plz|yall|y'all|guys|can we|can someone|lets|let's) "
         r"(?:\w+ )?(?:buy|get|gift|give) " + _WHO + r" (?:a|some) mirrors?\b(?! for (?:her|his|their) "
         r"(?:birthday|room|bedroom|bathroom|christmas|locker))|"
         r"\b(?:does|do|did) (?:she|he|they|" + _SUBJ + r") (?:not |even )(?:own|have|use) (?:a|any) "
         r"mirrors?\b|"
         r"\b(?:she|he|they) (?:clearly|obviously|must|must not|probably) (?:does not |do not |not |"
         r"never )?(?:own|have|has|use|check|looked in|look in|seen) (?:a|any) mirrors?\b|"
         r"\b(?:has|have) (?:she|he|they) (?:never|not) (?:seen|heard of|looked in|owned) (?:a )?"
         r"mirrors?\b"),
    # "the 2000s called and want their outfit back"
    rule("bullying:insult", "bullying", "called calling phoned",
         r"(?:\b(?:someone|somebody|pls|please|plz|can someone) (?:\w+ ){0,2}?(?:tell|remind) " + _WHO
         + r" )?\bthe (?:\d0s|\d{4}s|\d{2}s|eighties|nineties|seventies|sixties|stone age) (?:called|is "
         r"calling|phoned)\b[^.!?]{0,30}?\b(?:\w+ )?(?:outfit|fit|haircut|hair|clothes|style|jeans|look|"
         r"shoes|glasses|makeup|eyebrows|personality|jokes?) back\b",
         requires="back"),
    # "she really thought that outfit was a good idea", "he really thinks he's funny"
    rule("bullying:insult", "bullying", "thought thinks believed believes assumed",
         r"\b" + _SUBJ + r" (?:really|actually|genuinely|honestly|seriously|legit|truly|literally|"
         r"unironically) (?:thought|thinks|believed|believes|assumed) (?:that )?(?:"
         r"(?:that|this|the|her|his|their|those|these) (?:\w+ )?" + _OUTFIT + r" (?:was|were|is|are|"
         r"looked|looks|would look|would be) (?:so )?" + _GOOD + r"\b|"
         + _HE_IS + r" (?:looks? )?" + _TRAIT + r"|(?:she|he|they) " + _CAN + r"|"
         r"(?:anyone|people|everyone|we|boys|girls|guys) (?:liked?|likes|cared?|cares|wanted|wants|"
         r"asked|fancied|fancies) (?:her|him|them)\b)" + _NOT_BANTER,
         requires="really actually genuinely honestly seriously legit truly literally unironically"),
    # "she woke up and chose that outfit", "he really walked out of the house like that"
    rule("bullying:insult", "bullying", "woke walked went left came showed stepped imagine leaving "
         "going",
         r"\b" + _SUBJ + r" (?:woke up|got up|looked in the mirror|got dressed) and (?:chose|picked|"
         r"thought|went with|decided on) (?:that|this|those) (?:\w+ )?" + _OUTFIT + r"\b|"
         r"\b" + _SUBJ + r" (?:really|actually|genuinely|seriously|legit) (?:walked|went|left|came|"
         r"showed up|stepped|turned up|rocked up)\b[^.!?]{0,25}? (?:like that|like this|looking like "
         r"(?:that|this)|dressed like (?:that|this)|in that (?:outfit|fit|dress|top))\b|"
         r"\bimagine (?:letting |seeing )?(?:her|him|them|" + _WHO + r") (?:leaving the house|leave the "
         r"house|going out|go out|showing up|show up|walking (?:in|out)|walk (?:in|out)|posting (?:that|"
         r"this)|coming to school|come to school)(?: to school| at school| in public| to class)? "
         r"(?:looking like (?:that|this)|like (?:that|this)|dressed like (?:that|this)|with that "
         r"(?:face|hair|haircut|outfit))\b"),
    # mock pity: "bless him he tries so hard to be cool", "... the funniest person alive, bless"
    rule("bullying:insult", "bullying", "bless tries try trying tried",
         r"\bbless (?:him|her|them|his (?:little )?heart|her (?:little )?heart|their (?:little )?"
         r"hearts?|[a-z]+'s (?:little )?heart|[a-z]+)\b[^.!?]{0,40}?\b(?:(?:she|he|they) )?(?:"
         + _TRY + r"|(?:really |actually |genuinely |still )?(?:thinks|believes|thought) (?:that )?(?:"
         + _HE_IS + r" " + _TRAIT + r"|(?:she|he|they) " + _CAN + r"|(?:people|anyone|everyone|we|"
         r"boys|girls) (?:like|likes|care|cares|want|wants) (?:her|him|them)\b))|"
         r"\b(?:she|he|they) (?:really |genuinely |actually |truly |honestly )?(?:thinks|believes|"
         r"thought|believed) (?:that )?" + _HE_IS + r" " + _TRAIT + r"[^.!?]{0,30}? bless(?: (?:her|him|"
         r"them|(?:his|her|their) (?:little )?hearts?))?(?: (?:lol|lmao|haha\w*))?(?= ?[.!?]|$)|"
         r"\b(?:she|he|they) (?:\w+ )?" + _TRY + r" (?:lol|lmao|lmfao|haha\w*|and (?:fails|it is "
         r"(?:cringe|embarrassing|sad|painful)|its (?:cringe|embarrassing|sad|painful))|its (?:so )?"
         r"(?:cringe|embarrassing|painful|sad) to watch|it is (?:so )?(?:cringe|embarrassing|painful) "
         r"to watch)\b",
         requires="bless so"),
    rule("bullying:insult", "bullying", "good",
         r"\bgood for (?:her|him|them|" + _WHO + r") (?:for )?(?:not caring (?:what|how) (?:she|he|"
         r"they) (?:looks?|dresses|smells)|(?:thinking|believing) (?:that )?(?:" + _HE_IS + r" "
         + _TRAIT + r"|(?:she|he|they) " + _CAN + r"))",
         requires="caring thinking believing"),
]
