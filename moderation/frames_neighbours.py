"""Knowing where the reader lives because the writer lives next door: "i know
where you live lol ur literally my neighbor, come over later", "sé donde vives
jaja si somos vecinos, ven al rato", "ich weiß wo du wohnst haha du wohnst doch
neben mir, komm später rüber".

Why: "i know where you live" is the stalking threat's core phrase
(`threat:stalking`, `threat:violence`), and "where do you live" / "i know where
you live" feed `grooming:personal_questions`.  Between neighbours it is a joke
and an invitation.  What decides is the rest of the message: the writer says
they are neighbours, and laughs or invites the reader over; nothing menaces
("watch out", "you'll regret it", "after school", a weapon, a kill verb), in
13 languages.  "i know where you live, neighbour. watch your back" stays held.

Patterns run on the phrase form (accents stripped, "ur" read "your").
"""

from __future__ import annotations

from . import fastre

_NEIGHBOURS = fastre.compile(
    r"\b(?:neighbou?rs?|next door|vecin[oa]s?|voisin\w*|vizinh[oa]s?|vicin[oiae]|nachbar\w*|"
    r"neben (?:mir|uns|dir)|sasiad\w*|tetangga\w*|جار|جاري|جارك|جيران|جيرانك|сосед\w*|padosi\w*|"
    r"komsu\w*)\b|邻居|पड़ोसी"
)
_FRIENDLY = fastre.compile(
    r"\b(?:come over|come round|come by|pop over|ven|vente|viens|passe|cola|vem|passa|vieni|komm|"
    r"wpadnij|wpadaj|main ke|maen ke|تعال\w*|заходи|приходи|aa ja|aaja|aa jana|gel|lol|lmao|haha\w*|"
    r"jaja\w*|mdr|ptdr|kkk+|ahah\w*|xd|wkwk\w*|ههه+|ахах\w*|хаха\w*|hehe\w*)\b|哈哈|来玩|来我家"
)
_MENACE = fastre.compile(
    r"\b(?:watch (?:out|your back)|careful|regret\w*|after school|hurt|kill|knife|gun|beat|"
    r"cuidado|arrepent\w*|attention|gaffe|regrett\w*|bereu\w*|pass auf|pentir\w*|attent[oa]|"
    r"uwazaj|pozaluj\w*|awas|hati hati|dikkat|pisman\w*|пожале\w*|осторожн\w*|береги\w*|انتبه|احذر|"
    r"ندم\w*|bach ke|sambhal|mato|matar|tue|tuer|umbringen|ammazz\w*|zabij\w*|bunuh|oldur\w*|убью|"
    r"убить|اقتلك|maar)\b|小心|后悔|等着|杀"
)


def neighbour_frame(text: str, start: int, end: int) -> str | None:
    """'neighbours' when the message says the writer lives next door and laughs
    or invites, and nothing in it menaces."""
    if _NEIGHBOURS.search(text) is None or _FRIENDLY.search(text) is None:
        return None
    return None if _MENACE.search(text) else "neighbours"
