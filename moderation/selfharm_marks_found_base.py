"""Shared parts of the marks-seen-or-found rules (`selfharm_marks_found.py`,
`selfharm_marks_found_langs.py`): the message guard and the pattern shape.

Why a guard on the whole message: the cause of a mark is often named before
it ("fell off my bike, mum will freak when she sees my cuts") where no
look-ahead reaches, so the rules match empty at the start of a message that
names no everyday cause anywhere - the hide-marks family's list
(`selfharm_hide_marks_base.whole`) plus what a fear of blades or marks
being found adds: crafts, skates, a scooter, shaving and waxing, and school
marks ("test", "karne", "оценки", "notas", "voti"), film cuts.  A fear told
as over ("i used to be scared she'd see my scars, now she knows and i'm in
therapy", "以前很怕...现在她知道了") passes the same way.
"""

from __future__ import annotations

from .rule_heads import with_stems
from .rules import Rule, rule
from .selfharm_hide_marks_base import GAP, whole

_NAME = "self_harm:concealment"

_EXTRA_CAUSES = (
    r"crafts?|crafting|craft knife|art class|art room|art project|scrapbook\w*|skates?|ice skates|"
    r"scooter|minecraft|roblox|fortnite|swords?|film|video|editing|footage|maths|test|exam|grades|"
    r"report card|waxing|epilat\w*|"
    r"rasiert|rasieren|rasiere|rasierer|kochen|gekocht|afeitar|rasurar|raser|rasee|me rase|radersi|"
    r"golic|golenie|karne\w*|оценк\w*|дневник\w*|notas|voti|oceny"
)

# a fear told as over: "i used to be scared she'd see my scars, now she knows"
_OVER = (
    r"used to (?:be )?(?:so |really |always )?(?:scared|afraid|worried|terrified|paranoid|hide|panic)|"
    r"now (?:she|he|they|my \w+) knows?|antes (?:me daba|tenia) miedo|ahora (?:ya )?(?:lo )?saben?|"
    r"antes (?:eu )?tinha medo|agora (?:ela |ele |eles )?(?:ja )?sabem?|avant j'avais peur|"
    r"maintenant (?:elle|il|ils) (?:le )?(?:sait|savent)|fruher hatte ich angst|jetzt weiss (?:sie|er)|"
    r"jetzt wissen (?:sie|es)|prima avevo paura|(?:ora|adesso) (?:lo )?(?:sa|sanno)|"
    r"раньше (?:я )?боял\w*|теперь (?:она|он|они) (?:все )?(?:знает|знают)|kiedys (?:sie )?balam|"
    r"teraz (?:juz )?(?:wie|wiedza)|eskiden korkardim|artik biliyor\w*|dulu (?:aku )?takut|"
    r"sekarang (?:dia |mama |papa )?(?:udah |sudah )?(?:tau|tahu)|pehle dar lagta tha|"
    r"ab (?:unko|usko|mummy ko|papa ko) pata hai|kunt khayfe|kent khayef"
)
_OVER_RAW = (
    r"以前(?:很)?怕|现在(?:她|他|他们|爸妈|我妈|我爸|妈妈|爸爸)(?:已经)?知道了|पहले डर लगता था|"
    r"अब (?:उन्हें|मम्मी को|पापा को) पता है"
)


def held(body: str, raw: bool = False) -> str:
    """`body` in a message naming no everyday cause and no fear told as over:
    an empty match at its start.  The body is looked for first: most
    messages that pass the gates have no match, and the guards (a pass over
    the message each) are then never run."""
    if raw:
        ahead = rf"(?=[\s\S]*?(?:{body}))"
        guard = rf"(?![\s\S]*?\b(?:{_EXTRA_CAUSES})\b)(?![\s\S]*?(?:{_OVER_RAW}))"
    else:
        ahead = rf"(?=.*?\b(?:{body})\b)"
        guard = rf"(?!.*?\b(?:{_EXTRA_CAUSES})\b)(?!.*?\b(?:{_OVER})\b)"
    no_cause = whole(body, raw)
    assert no_cause.endswith(ahead)  # the family's cause guard, then the body
    return "^" + ahead + guard + no_cause[1:-len(ahead)]


def found(see: str, own: str, ctx: str, conseq: str, both: bool = True, gap: int = 25) -> str:
    """A seeing verb with the writer's marks (in either order when `both`),
    after a condition, a hope, a fear or a must-not in the sentence (`ctx`),
    or before a consequence (`conseq`)."""
    cores = [rf"(?:{see})\b{GAP}{{0,{gap}}}?\b(?:{own})"]
    if both:
        cores.append(rf"(?:{own})\b{GAP}{{0,{gap}}}?\b(?:{see})")
    core = "|".join(cores)
    return (rf"(?:{ctx})\b{GAP}{{0,40}}?\b(?:{core})\b|"
            rf"(?:{core})\b{GAP}{{0,40}}?\b(?:{conseq})")


def mark_rule(triggers: str, pattern: str, requires: str = "", texts: str = "") -> Rule:
    """One language's rule: the hide-marks family's name, not framed (the
    match is empty: there is nothing for a frame to read).  `texts`: "|"
    separated strings one of which every match has (the owner: "my cuts",
    "mis ", "meine"), tested before any regex (`rule_heads.with_stems`)."""
    r = rule(_NAME, "self_harm", triggers, pattern, framed=False, requires=requires)
    return with_stems(r, texts)
