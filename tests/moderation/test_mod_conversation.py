"""Harm split over a sender's recent messages (moderation.conversation)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline, Policy


@pytest.mark.parametrize(
    ("recent", "text", "category"),
    [
        (["hey", "dont tell"], "ur parents about us ok", "grooming"),
        (["send me"], "a pic of u", "grooming"),
        (["i just want to"], "die", "self_harm"),
        (["i just want to"], "disappear", "self_harm"),
        (["delete our"], "chat after this ok", "grooming"),
        (["are you"], "home alone rn", "grooming"),
        (["nobody would"], "miss me", "self_harm"),
        # only the end of a long earlier message and the start of a long new
        # one are read again: the split phrase is still there
        (
            ["we talked about the school trip and the bus and the food and stuff but hey dont tell"],
            "ur parents about us ok, anyway the museum was fine and the bus back was late again",
            "grooming",
        ),
    ],
)
def test_pattern_completed_by_the_new_message_is_held(
    pipe: Pipeline, recent: list[str], text: str, category: str
) -> None:
    alone = pipe.check(text, "en")
    assert category not in alone.categories  # harmless on its own
    v = pipe.check(text, "en", {"recent": recent})
    assert v.action is Action.HOLD and category in v.categories
    assert any(r.startswith("conversation:") for r in v.reasons)


@pytest.mark.parametrize(
    ("recent", "text"),
    [
        (["how was school"], "good thanks"),
        (["we had a workshop", "about grooming"], "they said never send pics to strangers"),
        (["i was so tired"], "i wanted to sleep all day"),
        (["this boss fight"], "is killing me lol"),
        (["the video said groomers often say"], "dont tell your parents"),
    ],
)
def test_ordinary_conversation_passes(pipe: Pipeline, recent: list[str], text: str) -> None:
    alone = pipe.check(text, "en")
    v = pipe.check(text, "en", {"recent": recent})
    assert not any(r.startswith("conversation:") for r in v.reasons), v
    assert v.action is alone.action


def test_harm_wholly_inside_earlier_messages_is_not_charged_again(pipe: Pipeline) -> None:
    # the earlier message was judged (and held) when it was sent
    v = pipe.check("anyway what do you think about the topic", "en", {"recent": ["send me a pic of u"]})
    assert v.action is Action.ALLOW


def test_only_the_last_three_messages_count(pipe: Pipeline) -> None:
    assert pipe.check("ur parents about us", "en", {"recent": ["ok", "ok", "dont tell"]}).action is Action.HOLD
    recent = ["dont tell", "ok", "ok", "ok"]
    assert pipe.check("ur parents about us", "en", {"recent": recent}).action is Action.ALLOW


def test_no_context_no_cost() -> None:
    """Without a window the stage is a no-op (the bench runs without one)."""
    pipe = Pipeline(Policy.default())
    assert pipe.check("ur parents about us ok", "en") == pipe.check("ur parents about us ok", "en", {"recent": []})


def test_strict_rooms_ignore_frames_in_the_window() -> None:
    strict = Pipeline(Policy.from_mapping({"strictness": "strict"}))
    v = strict.check("dont tell your parents", "en", {"recent": ["the video said groomers often say"]})
    assert v.action is not Action.ALLOW


@pytest.mark.parametrize(
    ("earlier", "new"),
    [
        ("dont tell", "ur parents about us ok?"),
        ("u r so mature", "for ur age"),
        ("je veux", "mourir ce soir"),
        ("s e n d", "me a pic"),
        ("不要告诉", "你爸妈"),
        ("my p4ssw0rd", "is hunter2"),
        ("we learned that groomers say", "dont tell your parents"),
    ],
)
def test_the_joined_window_reads_like_the_two_messages_sent_as_one(earlier: str, new: str) -> None:
    """The stage joins prepared forms instead of preparing the joined text
    again; what the rules read must be the same."""
    from moderation.conversation import _join
    from moderation.normalise import prepare

    joined, whole = _join(prepare(earlier), prepare(new)), prepare(f"{earlier} {new}")
    assert joined.plain == whole.plain
    assert joined.norm == whole.norm
    assert joined.token_set == whole.token_set
