"""Covert grooming moves the older rules split in two (appended to
`grooming.RULES`; es fr pt de it in `grooming_covert_langs.py`, ru tr pl id
in `grooming_covert_more_langs.py`, ar hi zh in
`grooming_covert_script_langs.py`).

Why these were missed: each message is two ordinary halves.  The older rules
need one half in a form of its own ("add me on snap", "send me a pic",
"mature for your age", "so we can call") and the signals stage pairs only
its own cue families, so a gift with a camera, a maturity compliment with a
confidence, a photo with a promise or a move to "the other app" with a
reason fell between them.  One half alone is everyday talk; the two in one
message, aimed at the reader, are the grooming move:

* ``grooming:gift_camera`` - game currency or a gift offered to the reader
  with a camera call: "i'll pay for your battle pass if you jump on a cam
  call tonight, camera on".  A gift alone ("my parents pay for my battle
  pass if i do my chores") or a call alone passes; a birthday present
  mentioned after it cancels.
* ``grooming:confide`` - a maturity compliment with a special confidence or
  secrecy: "you're so much more mature than kids your age, i can tell you
  things i can't tell adults. this stays between us".  "I can tell you
  things" counts only with what the writer can *not* tell others; a
  surprise or a party being planned cancels; "our teacher said we're mature
  for our age" names no reader.
* ``grooming:parents_away`` - the parents' schedule asked (the question
  forms of `grooming_parents_away.py`, reused) to call when the two are
  alone: "what time does your mum usually get back? wanna call when it's
  just us".  "what time does your dad get home? my dad wants to borrow his
  drill" has no contact; pickups, projects and lessons pass as there.
* ``grooming:photo_promise`` - a picture of the reader asked for with a
  reassurance: "just for me", "i'll delete it after", "i won't show
  anyone".  "send me a pic of your new outfit for the party!" has no
  promise; pictures of homework, pets, a match or a concert pass.
* ``grooming:off_platform`` - a move to another app because this one is
  watched: "this app saves everything, add me on the other one where
  messages disappear", "this chat is too public, add me on the app where
  adults can't read it".  The reason alone ("this app deletes messages
  after 24h, is that safe?") or the move alone passes; group chats and
  school projects cancel.

Each rule is `pair()`: both halves in one message, either order; the match
is the earlier half, so a report or discussion frame before it in its
sentence excuses it ("a man told my friend 'this stays between us' and she
reported him", "the video said groomers say ..."), and `neg` after it
cancels.  Patterns run on the phrase form ("ur" -> "your", "can't" -> "can
not", "pic" -> "picture", "vc" -> "video call").
"""

from __future__ import annotations

from .grooming_parents_away import _OTHER_EN, _Q_EN, away_rule
from .rule_heads import with_stems, word_heads
from .rules import Rule, rule


def pair(name: str, triggers: str, a: str, b: str, requires: str = "", neg: str = "",
         end: str = r"\b", cats: str = "grooming", heads: bool = False,
         texts: str = "") -> Rule:
    """`a` and `b` in one message, in either order, and no `neg` after the
    first of them; `end` closes each half (Devanagari needs `_DE`).
    `heads`: each half's leading alternation is searched from its first
    letters (`rule_heads.word_heads`: the same matches; for halves with too
    many alternatives to become parts of their own, which the engine would
    otherwise try at every position of a message).  `texts`: texts ("|"
    between them) one of which every match of `b` contains - then every match
    of the rule leaves one in the message, and a message with none of them is
    skipped before the regexes (`rule_heads.with_stems`)."""
    guard = rf"(?!.*?\b(?:{neg}){end})" if neg else ""
    head_a, head_b = (word_heads(a), word_heads(b)) if heads else (rf"\b(?:{a})", rf"\b(?:{b})")
    out = rule(name, cats, triggers,
               rf"{head_a}{end}{guard}(?=.*?\b(?:{b}){end})|"
               rf"{head_b}{end}{guard}(?=.*?\b(?:{a}){end})",
               requires=requires)
    return with_stems(out, texts)


# -- gift for a camera call ---------------------------------------------------------
_CUR_EN = (
    r"(?:battle ?pass(?:es)?|robux|v ?bucks|vbux|skins?|gems|diamonds|coins|nitro|gift ?cards?|uc|"
    r"minecoins|primogems|riot points|crowns|game ?pass|premium|membership|credits|money|cash|"
    r"paypal|steam (?:card|credit|wallet)|psn (?:card|credit)|xbox (?:card|credit)|\w+ (?:dollars|"
    r"pounds|euros|bucks|quid)|(?:a |an )?(?:present|gift|new phone|airpods))"
)
_GIFT_EN = (
    r"(?:i will|ill|i can|i could|i would|i am going to|let me|i shall|i am happy to|i will even)"
    r" (?:\w+ ){0,2}?(?:pay for|buy|get|gift|send|give|top up|cover|transfer|load|pay) (?:(?:\w+ )?"
    r"(?:you|your|ya)(?: \w+){0,3}? " + _CUR_EN + r"|(?:\w+ ){0,3}?" + _CUR_EN + r" (?:\w+ )?for "
    r"you)|(?:free|you get|you will get|you can have|you earn|earn|win) (?:\w+ ){0,2}?" + _CUR_EN
    + r"(?: \w+){0,2}? (?:if|for|when) (?:you|a|one|just)"
)
_CAM_EN = (
    r"cam call|video call|video chat|vid call|facetime|face time|webcam|skype|(?:camera|cam) on|"
    r"on (?:the )?(?:cam|camera|video)|(?:turn|switch|put) (?:on )?(?:your|the) (?:cam|camera)|"
    r"(?:your|ur) (?:cam|camera)"
)
_NOT_GIFT = r"birthday|christmas|xmas|eid|diwali|for helping|homework|project|tournament|stream"

# -- maturity and confidence --------------------------------------------------------
_MATURE_EN = (
    r"(?:you are|you seem|you act|you sound|you come across|you talk|you think) (?:\w+ ){0,4}?"
    r"(?:mature|grown up|older than you are|older than your age|wise beyond|an old soul|advanced "
    r"for)|your (?:so |really |very |way |such |honestly |actually |super |much |more |lowkey |an )*"
    r"(?:mature|grown up|old soul)|more (?:mature|grown up) than|mature for (?:your|a) (?:age|\w+ "
    r"year old)|not like (?:other|the other|most) (?:kids|girls|boys|people)|(?:girls|boys|kids|"
    r"people) your age (?:are|seem) (?:so )?(?:immature|childish|boring)"
)
_CONFIDE_EN = (
    r"i can (?:tell|talk to|say|share with|open up to) you (?:\w+ ){0,3}?(?:things|stuff|"
    r"everything|about things)(?: \w+){0,5}? (?:can not|could not|would not|do not|never|cannot) "
    r"(?:tell|say to|talk to|share with|open up to)|(?:this|that|it|everything|what we say|what "
    r"we talk about|our chats?|our talks?) (?:\w+ )?(?:stays|stay|is|remains|will stay|will be|"
    r"has to stay|must stay|should stay) (?:just )?between (?:us|you and me|the two of us)|keep "
    r"(?:this|it|that|our \w+) (?:just )?(?:between (?:us|you and me)|a secret|to yourself)|(?:our|"
    r"a) (?:little |special |own )?secret|(?:you can|can you) keep a secret|(?:you are|your) the "
    r"only one (?:i can|who) (?:talk to|tell|trust|understands?)|you understand me (?:better|more)"
    r" than|(?:do not|never) tell (?:anyone|anybody|your (?:parents|mum|dad|friends))(?! but i\b)|(?:no one|"
    r"nobody) (?:else )?(?:needs to|has to|must|should|will) know|special (?:connection|bond|"
    r"friendship)|(?:just|only) between (?:us|you and me)"
)
_NOT_CONFIDE = r"surprise|party|present|gift for|recipe|spoilers?|crush on"

# -- the parents away, to call alone ------------------------------------------------
_ALONE_EN = (
    r"(?:call|talk|chat|facetime|video call|text|ring|cam|meet|hang out|come over|speak|message)"
    r"(?: \w+){0,3}? (?:when|while|once|after|as soon as) (?:it is|its|we are|you are|your|you will"
    r" be|we will be) (?:just (?:us|the two of us|you and me|us two)|alone|on your own|by yourself|"
    r"home alone|by ourselves|on our own)|(?:when|while) (?:it is|its) just (?:us|the two of us|"
    r"you and me)|(?:when|while) you are (?:home )?alone|just the two of us|alone together"
)

# -- a picture with a promise -------------------------------------------------------
_OBJECT = (
    r"the|that|this|those|these|my|his|her|their|our|it|them|your (?:homework|notes|work|answers|"
    r"cat|dog|pet|puppy|cake|drawing|art|room|food|worksheet|essay|project|screen|dance|"
    r"performance|recital|match|game|show|concert|play|speech|presentation|garden|house|car|bike)"
)
_PIC_EN = (
    r"(?:(?:send|snap|show|dm) (?:me |us )?(?:a |some |another |more |a few |a quick |a cute |a new |"
    r"an |\d+ )?(?:picture|pictures|video|videos|selfie|selfies|vid|snap|snaps)|take (?:a |another |"
    r"some |more )?(?:picture|pictures|selfie|selfies|video))(?! (?:of|from|with) (?:" + _OBJECT
    + r")\b)|(?:send|snap|dm) (?:me |us )?(?:another )?one (?:more )?of (?:you|yourself)|(?:send|snap"
    r"|dm) (?:me |us )?another one|(?:can i|let me) see (?:you|what you look like) in (?:it|that|"
    r"your)|show me (?:how you look|what you look like)"
)
_PROMISE_EN = (
    r"(?:just|only|strictly) for me(?! to (?:check|print|use|help|show))|for my eyes only|(?:no "
    r"one|nobody|noone) (?:else )?(?:will|would|is going to) (?:ever )?(?:see|know)|i will (?:delete"
    r"|remove|erase) (?:it|them|the picture|the pictures)|(?:delete|remove) (?:it|them) (?:after|"
    r"right after|straight after|right away|straight away|afterwards)|i (?:will not|would not|would"
    r" never|will never|promise not to|promise i will not) (?:show|share|send|forward|screenshot|"
    r"save|post|keep)(?: it| them)?(?: to)? (?:anyone|anybody|it|them)"
)

# -- another app, because this one is watched ----------------------------------------
_MOVE_EN = (
    r"(?:add|message|text|dm|pm|find|follow|contact|call|hmu|hit) me (?:up )?(?:on|at|via|in|over|"
    r"there)|(?:lets|let us|we should|we can|can we|want to|we could|shall we|how about we|better "
    r"to) (?:talk|chat|move|continue|go|switch|speak|take this|take it|carry on|message|text)"
    r"(?: this| it)? (?:on|to|in|over|somewhere|elsewhere|there)|(?:download|get|install|use|join)"
    r" (?:the|this|that|an?|my) (?:other )?(?:\w+ )?(?:app|platform)|(?:move|switch|go|come|talk|"
    r"chat|hop|jump) (?:to|over to|on|onto) (?:the other|another|a different|a more private|a "
    r"private|my other)|(?:the other|another|a different|a more private|a safer) (?:app|platform|"
    r"site|place)|(?:on|to|in|onto|use|download) (?:the other|another) one"
)
_WATCHED_EN = (
    r"(?:this|that) (?:app|chat|site|platform|place|server|room|game|one)(?: \w+){0,2}? (?:(?:saves"
    r"|records|logs|monitors|tracks|stores|screenshots|reads|scans) (?:everything|all|our|every|"
    r"messages|chats|what)|is (?:too |so |way )?(?:public|monitored|moderated|watched|recorded|"
    r"logged|checked|tracked))|(?:too|so|way too) "
    r"public|(?:it is|its|is) (?:monitored|moderated|watched|logged|recorded)|(?:mods|moderators|"
    r"admins|adults|grown ups|your parents|your mum|your dad) (?:\w+ )?can (?:\w+ )?(?:read|see|"
    r"check|track|monitor)|(?:mods|moderators|admins|adults|grown ups|your parents|your mum|your "
    r"dad|nobody|no one) "
    r"(?:\w+ )?(?:can not|cannot|will not|could not|are not able to|never) (?:\w+ )?(?:read|see|"
    r"check|track|find|monitor|screenshot)|(?:messages|chats|texts|pictures|everything|it|they) "
    r"(?:\w+ )?(?:disappear|disappears|vanish|vanishes|delete themselves|deletes itself|self "
    r"destruct|auto delete|get deleted|gets deleted)|disappearing (?:messages|chats|mode)|"
    r"(?:nothing|it) (?:gets|is) (?:saved|recorded|logged|kept)"
)
_NOT_MOVE = r"group chat|gc|class chat|project|homework|assignment|revision|team chat"
# one of these is in every match of `_WATCHED_EN` (the verb or state of each alternative):
# most messages with the rule's two gate words ("parents ... use") have none
_WATCHED_TEXTS = ("save|record|log|monitor|track|store|screenshot|read|scan|public|moderated|"
                  "watched|check|see|find|disappear|vanish|delete|destruct|kept")

RULES: list[Rule] = [
    pair("grooming:gift_camera",
         "robux vbucks bucks vbux battle battlepass pass skin skins gems diamonds coins nitro gift "
         "giftcard uc minecoins primogems crowns gamepass premium membership credits money cash "
         "paypal dollars pounds euros quid present airpods steam psn xbox card cards phone",
         _GIFT_EN, _CAM_EN, neg=_NOT_GIFT,
         requires="cam camera webcam video facetime face skype vid"),
    pair("grooming:confide",
         "mature grown older wise soul advanced immature childish boring like",
         _MATURE_EN, _CONFIDE_EN, neg=_NOT_CONFIDE,
         requires="tell between secret only understand know special keep"),
    # here and below the rarer of the two word sets is the trigger, the other the
    # second gate: a rule is a candidate when the message has a word of each
    away_rule("alone just own yourself ourselves",
              _Q_EN, _ALONE_EN, _OTHER_EN + r"|surprise|present",
              requires="parents mum dad mother father folks family stepdad stepmum guardian "
                       "guardians nan gran grandma"),
    pair("grooming:photo_promise",
         "just only strictly eyes one nobody noone delete remove erase will never promise",
         _PIC_EN, _PROMISE_EN,
         requires="send snap show dm take get see"),
    pair("grooming:off_platform",
         "public monitored moderated watched logged recorded saves records logs monitors tracks "
         "stores screenshots reads scans checked tracked disappear disappears vanish vanishes "
         "delete deletes destruct deleted disappearing saved kept mods moderators admins adults "
         "grown parents mum dad nobody",
         _MOVE_EN, _WATCHED_EN, neg=_NOT_MOVE, heads=True, texts=_WATCHED_TEXTS,
         requires="add message text dm pm find follow contact call hmu hit talk chat move "
                  "continue go switch speak take carry download get install use join come hop "
                  "jump other another different private safer"),
]

from .grooming_covert_langs import RULES as _L  # noqa: E402
from .grooming_covert_more_langs import RULES as _M  # noqa: E402
from .grooming_covert_script_langs import RULES as _S  # noqa: E402

RULES += _L + _M + _S
