""""dm me" after the writer's own question (frames_peer.py): a peer asking
the room for information passes; every other "dm me" stays held.

The safe default is hold: only a question that is not about the reader,
followed by "dm me" and nothing but an answer-seeking tail ("if you know",
"the answer"), is excused.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PEER_QUESTIONS = [
    "where can i buy cheap robux? dm me if you know",
    "anyone know when the update comes out? message me if u know!",
    "what's the song in the new trailer? dm me if anyone knows, thanks",
    "how do you beat the last boss in zelda? pm me if you know how",
    "i finished the quiz. where can i find the answers for part 2? dm me the answer pls",
    "which website has the free maths worksheets? dm me if you have the link",
]

STILL_HELD = [
    # a bare "dm me" after a question: no sign it is about the answer
    "where can i buy cheap robux? dm me",
    # more than an answer-seeking tail
    "where can i buy cheap robux? dm me if you know what i mean",
    "where can i buy cheap robux? dm me if you want some",
    "where can i buy cheap robux? dm me and i'll tell you",
    "where can i buy cheap robux? dm me if you know, dont tell your parents",
    # the question is about the reader, or an offer to them
    "do you have snap? dm me if you know",
    "how old are you? dm me if you know",
    "are you home alone? dm me the answer",
    "anyone want robux? dm me if you know",
    "want free robux? dm me if you know how",
    # no question at all
    "dm me if you know",
    "i have free robux. dm me if you know",
    # the excuse does not reach a second move in another sentence
    "what is 2+2? dm me if you know. add me on snap",
    "dm me. where can i buy cheap robux? dm me if you know",
]


@pytest.mark.parametrize("text", PEER_QUESTIONS)
def test_dm_me_for_the_answer_to_own_question_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", STILL_HELD)
def test_other_dm_me_moves_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text)
