"""The writer's cuts getting deeper over time (session 17): "kolumdaki kesikler
giderek derinleşiyor durduramıyorum", "my cuts keep getting deeper",
"mis cortes son cada vez más profundos", "порезы на руке всё глубже".

Why: a child who says their own cuts are deeper each time is telling of
self-injury that escalates; `selfharm_deeper.py` reads a cut deeper than
*meant* (one cut), and the scorer carried the trend in some languages only
(Turkish passed).

How: one rule per language (`self_harm:injury`), the writer's cuts (a
possessive, a body part of the writer's, or "I cut") and, within the
sentence after them, deeper and deeper, deeper each time, getting deeper;
the guard of `selfharm_deeper`: an everyday cause in the sentence
(cooking, a knife in the kitchen, shaving, paper, sport:
`selfharm_hide_marks_base.NO_CAUSE`) leaves it ordinary.

What passes, and why: budget cuts, a wood carving, a river's bed or a
wound that heals are no cut of the writer's (no possessive or body part);
"my paper cuts are getting deeper" names paper; a cut deeper than it
looked, said once, is an accident's words (no trend).
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_deeper import _deeper
from .selfharm_hide_marks_base import GAP, NO_CAUSE_RAW

_NAME = "self_harm:injury"


# paper and a haircut, which the injury causes of `selfharm_hide_marks_base` do not name
_PAPER = (r"(?!" + GAP + r"{0,70}?\b(?:paper|haircut|papel|papier|carta|бумаг\w*|kagit|kertas|kagaz|"
          r"corte de pelo|corte de cabelo|coupe de cheveux|haarschnitt|taglio di capelli)\b)")


def _trend(cut: str, deeper: str) -> str:
    """The writer's `cut`, then `deeper` in the same sentence (`selfharm_deeper._deeper`),
    and no paper or haircut after the cut either."""
    return _deeper(rf"(?:{cut}){_PAPER}", deeper, gap=40)


_BODY_EN = r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|hip|hips|skin)"
_TABLE: dict[str, tuple[str, str]] = {
    "en": ("cuts cut cutting", _trend(
        rf"my (?:fresh |new |old )?cuts|(?:the )?cuts on my {_BODY_EN}|i cut|i keep cutting|im cutting",
        r"(?:getting|get|gets|keep getting|keeps getting|are getting|going) deeper|deeper (?:every|each) "
        r"(?:time|day|night|week)|deeper and deeper")),
    "es": ("cortes corto cortando", _trend(
        r"mis cortes|los cortes (?:de|en) mi \w+|me corto|me sigo cortando",
        r"(?:cada vez|cada dia|cada vez mas|mas y mas) (?:mas )?(?:profundos?|hondos?)")),
    "pt": ("cortes corto cortando", _trend(
        r"meus cortes|os cortes (?:do|da|no|na) meu \w+|os cortes (?:do|da|no|na) minha \w+|me corto",
        r"cada vez mais (?:fundos?|profundos?)|(?:mais|ainda mais) (?:fundos?|profundos?) (?:a )?cada (?:vez|dia)")),
    "fr": ("coupures coupe scarifications", _trend(
        r"mes (?:coupures|scarifications|entailles)|je me (?:coupe|scarifie)",
        r"de plus en plus profond\w*|(?:a )?chaque fois plus profond\w*")),
    "de": ("schnitte ritze ritzen", _trend(
        r"meine schnitte|die schnitte an meine\w* \w+|ich ritze mich|ich schneide mich",
        r"immer tiefer|(?:jedes ?mal|jeden tag) tiefer")),
    "it": ("tagli taglio", _trend(
        r"i miei tagli|i tagli sul\w* mi\w* \w+|mi taglio",
        r"sempre piu profond\w*|(?:ogni volta|ogni giorno) piu profond\w*")),
    "ru": ("порезы порезов режу", _trend(
        r"мои порезы|порезы на (?:руке|руках|ногах|ноге|бедре|бедрах|запястье|запястьях)|я режу себя|режу себя",
        r"(?:все|с каждым разом|с каждым днем) глубже|становятся (?:все )?глубже|глубже и глубже")),
    "pl": ("ciecia ciecie tne", _trend(
        r"moje ciecia|ciecia na (?:rece|rekach|nogach|nodze|udach|nadgarstkach)|tne sie",
        r"coraz glebsz\w*|(?:za kazdym razem|z kazdym dniem) glebsz\w*")),
    "tr": ("kesiklerim kesikler kesiyorum", _trend(
        r"kesiklerim|(?:kolumdaki|bacagimdaki|bilegimdeki|kollarimdaki) kesikler|kendimi kesiyorum",
        r"(?:giderek|gittikce|gitgide|git gide|her seferinde) (?:daha )?derin\w*|derinlesiyor")),
    "id": ("sayatan sayatanku nyayat", _trend(
        r"sayatanku|sayatan (?:di|ditangan|ditanganku) (?:tangan|lengan|paha)\w*|aku nyayat|gw nyayat|"
        r"gue nyayat",
        r"(?:makin|semakin|tambah) dalam|(?:tiap|setiap) kali (?:lebih|makin) dalam")),
    "hi": ("cuts kat kaat", _trend(
        r"mere (?:cuts|kat|ghaav)|(?:haath|baazu|kalai) (?:ke|par ke) (?:cuts|kat)",
        r"(?:aur|zyada|jyada) gehre ho rahe|(?:har baar|har bar) (?:aur )?(?:gehre|gahre)|gehre hote ja rahe")),
}

_AR = (r"(?:جروحي|جرحي|الجروح (?:اللي )?(?:على|ب)(?:ايدي|يدي|ذراعي|رجلي))[^.!?]{0,40}?(?:كل (?:مره|يوم) )?"
       r"(?:صارت |عم |قاعده )?(?:اعمق|تتعمق|بتتعمق)" + NO_CAUSE_RAW)
_HI_DEV = r"(?:मेरे (?:कट|घाव))[^.!?।]{0,40}?(?:और गहरे|गहरे होते जा रहे|हर बार (?:और )?गहरे)" + NO_CAUSE_RAW
_ZH = r"(?:我的)?(?:伤口|割的|划的|刀口)[^。！？]{0,10}?(?:越来越深|一次比一次深|每次都更深)" + NO_CAUSE_RAW

RULES: list[Rule] = [
    *(rule(_NAME, "self_harm", triggers, form) for triggers, form in _TABLE.values()),
    rule(_NAME, "self_harm", "جروحي جرحي الجروح", _AR),
    rule(_NAME, "self_harm", "कट घाव", _HI_DEV),
    rule(_NAME, "self_harm", "伤口 割 划 刀口", _ZH),
]
