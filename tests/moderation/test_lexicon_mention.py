"""A listed word mentioned as a word, not used (lexicon_mention.py, applied by
stages.LexiconStage): the word inside a longer word ("lol the word assassin has ass in
it") and a quoted word in a sentence about the filter ("why is 'ass' blocked") pass;
the same word used anywhere else in the message, disguised, said of the reader, or in
a strict room stays held."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline, Policy
from tests.moderation.helpers import allowed, held

MENTIONS = [
    "lol the word assassin has ass in it",
    "assassin has ass in it lmao",
    "the word 'class' has ass in it",
    "lol bass has ass in it",
    "grass has ass in it 😂",
    "'shitake' has shit in it",
    "there's ass in assassin lol",
    "'ass' is in assassin",
    "assassin starts with ass",
    "why does the filter block assassin, it has ass in it",
    "the word cockpit has cock in it lol",
    "hancock has cock in it so the filter blocks it",
    "why is 'ass' blocked here, i meant a donkey",
    "why is 'dick' blocked it's my grandads name",
    "why does the filter block 'bitch', i was talking about my dog",
]

# the filter's words that are not listed pass anyway (whole tokens only)
ALREADY_CLEAN = [
    "why does the filter block 'cocktail'",
    "'Scunthorpe' is a town not a swear",
    "why is the word 'cockpit' censored",
    "the filter thinks 'assassin' is a swear",
    "button has butt in it lol",
]

USED = [
    "you are an ass",
    "what a dick",
    "shut up ass",
    "assassin has ass in it and so are you, ass",
    "the word ass is funny ass",
    "you have ass in it",
    "lol the word 'fuck' is blocked here, fuck this",
    "why does the filter block 'sh1t'",
    "why is 'ass' blocked, a s s",
    "'bitch' is what you are, the filter cant stop me",
    "what does ass mean",
    "the word 'ass' means donkey",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_mentioned_word_passes(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.reasons)
    assert any(r.startswith("frame:mention:lexicon:") for r in v.reasons), v.reasons


@pytest.mark.parametrize("text", ALREADY_CLEAN)
def test_unlisted_filter_words_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", USED)
def test_used_word_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "profanity")


def test_strict_room_ignores_the_mention_frame() -> None:
    strict = Pipeline(Policy.from_mapping({"strictness": "strict"}))
    assert strict.check("lol the word assassin has ass in it").action is Action.BLOCK
