"""Letters spelled out with spaces and a dotted abbreviation after them
(normalise._run_words): "g e r i z e k a l ı s ı n a.q" was read as thirteen single
letters and "aq" - the dots of "a.q" made every space a word boundary - so the insult
was gone.  Letters joined by spaces alone are one word next to a dotted one:
"gerizekalisin aq", "ugly lmao", "kys asap".  Abbreviations, initials and spelled-out
harmless words stay as they were.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.normalise import prepare
from tests.moderation.helpers import allowed, held

HELD = [
    ("@burak sen tam bir g e r i z e k a l ı s ı n a.q", "bullying"),
    ("sen tam bir g e r i z e k a l ı s ı n a.q", "bullying"),
    ("sen bir a p t a l s ı n a.q", "bullying"),
    ("@emre sen tam bir s a l a k s ı n a.q", "bullying"),
    ("ur so u g l y l.m.a.o", "bullying"),
    ("eres una g o r d a x.d", "bullying"),
    ("tu es une s a l o p e m.d.r", "profanity"),
    ("s h i t l.o.l", "profanity"),
    ("f u c k o f f a.s.a.p", "profanity"),
    ("du bist so h ä s s l i c h l.o.l", "bullying"),
    ("k y s a.s.a.p", "self_harm"),
    ("ты т у п а я х.д", "bullying"),
]

ORDINARY = [
    "i got an a.s.a.p in my report lol",
    "the u.s.a is big",
    "call me a.s.a.p",
    "my initials are j. k. r",
    "e.g. this and that i.e. no",
    "a b c d e f g song",
    "i n t e r e s t i n g l.o.l",
    "w o w l.o.l",
    "b r b a.f.k",
    "g g w.p",
    "s.e.n.d u n.u.d.e.s is what the poster in the hall warns about",
]


@pytest.mark.parametrize(("text", "category"), HELD)
def test_spelled_insult_before_a_dotted_abbreviation_is_held(
    rules_pipe: Pipeline, text: str, category: str
) -> None:
    held(rules_pipe, text, category)


@pytest.mark.parametrize("text", ORDINARY[:-1])
def test_abbreviations_and_harmless_spelling_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


def test_the_words_of_a_mixed_run() -> None:
    assert prepare("sen tam bir g e r i z e k a l ı s ı n a.q").plain.endswith("gerizekalisin aq")
    assert prepare("s.e.n.d n.u.d.e.s").plain == "send nudes"
    # a lone letter between two dotted words stays a word of its own
    assert prepare(ORDINARY[-1]).plain.startswith("send you nudes")
