"""A cut deeper than the writer meant, in the 13 languages: "the cut on my
thigh is deeper than i meant", "el corte me salió más profundo de lo que
quería", "сегодня порезалась глубже, чем хотела".

Why: the writer says the cut was *meant*, only not that deep - a
self-injury told in passing, often before a question ("how do i know if it
needs stitches").  No rule read it: the injury rules want a first-person
act ("i cut myself") and this line names the cut as a thing.  The scorer
held "the cut on my thigh is deeper than i meant" until its session-14
retraining (a test pins it), and nothing else ever did.

How: a cut (noun or verb) and, within the sentence after it, deeper than
the writer *meant, wanted, intended or planned* - never "than i thought"
or "than it looked", which an accident says as often.  An everyday cause
named in the sentence (cooking, a knife in the kitchen, shaving, a finger,
paper, football: `selfharm_hide_marks_base.NO_CAUSE`) leaves it ordinary
("i cut my finger deeper than i meant while cooking").  Patterns run on the
phrase form (accents stripped); Chinese on the normalised text.
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_hide_marks_base import GAP, NO_CAUSE, NO_CAUSE_RAW

_NAME = "self_harm:injury"
_CATS = "self_harm"


def _deeper(cut: str, deeper: str, gap: int = 50) -> str:
    """`cut`, then `deeper` in the same sentence, with no everyday cause after either."""
    return rf"\b(?:{cut}){NO_CAUSE}{GAP}{{0,{gap}}}?\b(?:{deeper})\b{NO_CAUSE}"


_EN = _deeper(r"cut|cuts|cutting|cutted", r"(?:deeper|further|too deep) than i (?:meant|wanted|intended|"
              r"planned|was going)(?: to)?")
_ES = _deeper(r"corte|cortes|cortaste|corté|cortado|cortada|me corte",
              r"mas profundo de lo que (?:queria|pretendia|planeaba|tenia pensado)|mas hondo de lo que "
              r"(?:queria|pretendia|planeaba)")
_PT = _deeper(r"corte|cortes|cortei|me cortei|cortado|cortada",
              r"mais fundo do que (?:eu )?(?:queria|pretendia|planejava|planeava)|mais profundo do que "
              r"(?:eu )?(?:queria|pretendia|planejava)")
_FR = _deeper(r"coupure|coupures|coupe|coupee|scarif\w*|entaille",
              r"plus profond\w* que (?:je (?:ne )?|ce que je )?(?:voulais|prevu|comptais|pensais faire)")
_DE = _deeper(r"schnitt|schnitte|geritzt|ritzen|ritz|geschnitten",
              r"tiefer als (?:ich )?(?:wollte|geplant|gewollt|vorhatte)|tiefer als gewollt|tiefer als geplant")
_IT = _deeper(r"taglio|tagli|tagliata|tagliato",
              r"piu profond\w* di quanto (?:volessi|volevo|pensassi di fare|avessi pianificato)")
_RU = _deeper(r"порез\w*|резала|резал",
              r"глубже чем (?:я )?(?:хотела|хотел|собиралась|собирался|планировала|планировал)|"
              r"глубже чем надо было")
_TR = _deeper(r"kesik\w*|kestim|kesmi\w*",
              r"istedigimden (?:daha )?derin|planladigimdan (?:daha )?derin|niyetimden (?:daha )?derin")
_PL = _deeper(r"ciecie|ciecia|pocielam|pocielem|nacielam|nacielem|rana|rane",
              r"glebiej niz (?:chcialam|chcialem|planowalam|planowalem|zamierzalam)|glebsz\w* niz "
              r"(?:chcialam|chcialem|planowalam)")
_ID = _deeper(r"sayatan|nyayat|luka|goresan",
              r"lebih dalam dari yang (?:aku |gue |gw |saya )?(?:mau|niatin|rencanain|inginkan|pengen)")
_HI = _deeper(r"cut|kaat|kata|kat",
              r"(?:jitna|jitni) (?:chahti|chahta|socha) (?:tha|thi) (?:usse|us se) (?:zyada|jyada) (?:gehra|gahra)|"
              r"(?:zyada|jyada) (?:gehra|gahra) (?:ho|lag) gaya jitna (?:chahti|chahta)")
_AR = (r"(?:جرح|الجرح|جرحت|شقيت)" + r"[^.!?]{0,50}?(?:أعمق|اعمق) (?:من ما|مما|من اللي) (?:كنت )?"
       r"(?:ناوي|ناوية|اريد|أريد|بدي|عايز|عايزة|خططت)")
_HI_DEV = (r"(?:कट|काटा|काट)[^.!?।]{0,50}?(?:जितना|जितनी) (?:चाहती|चाहता|सोचा) (?:था|थी) (?:उससे|उस से) "
           r"(?:ज़्यादा|ज्यादा) गहरा")
# the sentence from its start, so that a cause before the cut ("切菜的时候割到手指") is seen
_ZH = (r"(?:^|(?<=[。！？ ]))(?![^。！？]*?(?:切菜|做饭|菜刀|手指|刮胡子|纸|摔|踢球|猫|狗))[^。！？]*?(?:割|划|伤口)"
       r"[^。！？]{0,20}?比我(?:想要|本来想|打算|计划)的(?:还)?深" + NO_CAUSE_RAW)

RULES: list[Rule] = [
    rule(_NAME, _CATS, "cut cuts cutting cutted", _EN),
    rule(_NAME, _CATS, "corte cortes cortaste cortado cortada", _ES),
    rule(_NAME, _CATS, "corte cortes cortei cortado cortada", _PT),
    rule(_NAME, _CATS, "coupure coupures coupe coupee entaille scarifie scarifiee scarifier", _FR),
    rule(_NAME, _CATS, "schnitt schnitte geritzt ritzen ritz geschnitten", _DE),
    rule(_NAME, _CATS, "taglio tagli tagliata tagliato", _IT),
    rule(_NAME, _CATS, "порез порезы порезалась порезался порезала порезал порезов резала резал", _RU),
    rule(_NAME, _CATS, "kesik kesikler kestim kesmisim kesmistim", _TR),
    rule(_NAME, _CATS, "ciecie ciecia pocielam pocielem nacielam nacielem rana rane", _PL),
    rule(_NAME, _CATS, "sayatan nyayat luka goresan", _ID),
    rule(_NAME, _CATS, "cut kaat kata kat", _HI),
    rule(_NAME, _CATS, "جرح الجرح جرحت شقيت", _AR),
    rule(_NAME, _CATS, "कट काटा काट", _HI_DEV),
    rule(_NAME, _CATS, "割 划 伤口", _ZH),
]
