""""Shut up" as disbelief at the reader's good news: "@Maya shut up you did
NOT just get 100% on the test", "shut up you actually scored from
halfway?? no way", "shut up u won the raffle?! thats insane".

Why: the `bullying:exclusion` rule holds "shut up you" (harm.py), and
only a game frame and an affectionate-banter frame read it
(`frames_games.py`, `frames_banter_love.py`).  Among friends "shut up" is
also the English "no way!": what follows is not the reader's silence but
the reader's achievement or news, said back in disbelief.  Other
languages' "cállate, ¿en serio sacaste un 10?", "tais-toi t'as eu 20/20 ??",
"halt die Klappe, du hast echt ne 1??" were never held: their shut-up
rules need an insult.

The match is excused ("disbelief") only when

* it is exactly "shut up / shut it / stfu you" (not "shut up loser",
  "shut up nobody"),
* right after it comes news the reader is congratulated on: "(did not
  just | actually | really | finally ...) got / scored / won / passed /
  aced / beat / made the team / met / are going to ...", with a good
  object where the verb could be bad ("got 100 / full marks / a puppy /
  into / picked", never "got dumped / got an F / scored an own goal /
  passed out"), or the bare disbelief "you did not (just)!" / "you are
  kidding" ending the clause,
* and nothing in the message is severe or harsh (`frames_banter._severe`,
  `frames_banter_love._HARSH`: body words, "nobody likes you", "go away",
  "no one cares") nor a put-down of the feat ("by luck", "cheated",
  "copied", "nobody cares").  The insult rules read the rest of the
  message on their own: "shut up you got 100 you nerd" is held by them.

Used by `frames_context.context_frame` for `bullying:exclusion`, after the
game and banter frames.  Patterns run on the phrase form ("u" is "you",
"you're" is "you are", "didn't" is "did not").
"""

from __future__ import annotations

from . import fastre
from .frames_banter import _severe
from .frames_banter_love import _HARSH

_SHUT_UP_YOU = fastre.compile(r"(?:shut up|shut it|stfu) you")

# a good thing got or had: a mark, a place, a pet, a part, tickets
_GOOD_THING = (
    r"(?:\d+|a \d+|an? (?:a|a\+|a star|9|8|7)|full marks|top marks|top grade|the top (?:mark|grade|"
    r"score)|(?:the )?highest (?:mark|grade|score)|first place|1st place|gold|the gold|a medal|the "
    r"medal|a trophy|the trophy|the prize|a prize|the award|an award|a scholarship|the scholarship|"
    r"the (?:part|role|lead|job|spot|place|solo)|a (?:part|role|job|spot|place|solo)|a (?:new )?"
    r"(?:puppy|kitten|dog|cat|pony|horse|bunny|hamster|phone|iphone|console|ps5|switch|bike|car)|"
    r"a new \w+|tickets?|front row|vip|verified|famous|a girlfriend|a boyfriend|a date|a hat trick|"
    r"a hattrick|a goal|a century|a distinction|a merit|a star)"
)
# the news: a feat or a good thing after "shut up you"
_NEWS = fastre.compile(
    r" (?:(?:did not|didnt|did ?n't) just |(?:actually|really|seriously|literally|legit|totally|"
    r"finally|just|already|honestly) ){0,2}"
    r"(?:(?:got|get|getting) (?:(?:to |the chance to )?(?:meet|go|see|be)\b|(?:in(?! (?:the|my|our|your) way| trouble)|"
    r"into(?! trouble)|picked|chosen|selected|accepted|cast|signed|promoted|moved up)\b|" + _GOOD_THING + r"\b)"
    r"|(?:scored|score)(?! (?:an? )?own goal)(?! (?:0|zero|nothing|nil)\b)\b"
    r"|(?:won|win|wins|winning)(?! (?:nothing|no)\b)\b"
    r"|(?:passed|pass)(?! (?:out|away)\b)\b"
    r"|(?:aced|ace|nailed|smashed|crushed|beat|beaten|finished|completed|qualified|landed|reached|"
    r"broke the record|made (?:the|it|captain|varsity|first|top)|met|meet|bought|built|"
    r"learned|learnt|taught yourself)\b"
    r"|are (?:actually |really |seriously |literally |finally )?(?:going to (?:see|meet|the|a)|going"
    r" (?:to (?:see|meet|the|a)|on tour|abroad)|getting an?|moving to|famous|verified|on (?:tv|the "
    r"news|the radio|the team)|in the (?:final|finals|team|paper|newspaper|news|play|show)|"
    r"engaged|captain|head girl|head boy|the captain|kidding|joking)\b"
    r"|(?:did not|didnt|did ?n't)(?: just)?(?= ?$| [.!?,]| (?:no way|omg|oh my god|what|wow|lol)\b))"
)
# a put-down of the feat: "you won by luck", "you only passed because you copied"
_BELITTLED = fastre.compile(
    r"\b(?:by luck|pure luck|lucky|cheated|cheat|cheating|copied|copy|nobody cares|no one cares|"
    r"who cares|so what|big deal|bragging|brag|show off|showing off|stop flexing|stop showing|"
    r"shut up about|nobody asked|no one asked|never|not even)\b"
)


def disbelief_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'disbelief' when the exclusion match at text[start:end] is "shut up you"
    followed by the reader's news and the message is free of anything
    harsh (module doc)."""
    if _SHUT_UP_YOU.fullmatch(text, start, end) is None:
        return None
    if _NEWS.match(text, end) is None:
        return None
    if _severe(text) or _HARSH.search(text) is not None or _BELITTLED.search(text) is not None:
        return None
    return "disbelief"
