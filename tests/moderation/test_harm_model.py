"""The learned harm scorers (moderation/harm_model.py): bullying and threats,
grooming, sexual messages and spam.

The gates are tested with hand-made weights, so each test shows one rule of
the stage.  The shipped weights are tested on messages written for this file
only: the trainer skips this module's strings, so these are messages the
models never saw."""

from __future__ import annotations

import json
import math

import pytest

from moderation import Action, Pipeline, Policy, Verdict
from moderation.harm_model import HEADS, HarmModelStage
from moderation.linear_model import LinearModel, model_path
from moderation.normalise import prepare

# the everyday words carry weight 0: the model knows them (see `LinearModel.knows`)
KNOWN = dict.fromkeys("you are such a and everyone in class is so your in the chat lol".split(), 0.0)
TOY = LinearModel(
    {**KNOWN, "clown": 3.0, "ugly": 2.0, "kind": -4.0}, bias=-1.0, thresholds={"main": 1.0, "short": 2.5}
)


def stage(**kw: object) -> HarmModelStage:
    return HarmModelStage("bullying", "bullying", model=TOY, **kw)  # type: ignore[arg-type]


def run(s: HarmModelStage, text: str, verdict: Verdict | None = None) -> Verdict:
    return s(prepare(text), verdict or Verdict.initial(text))


def test_a_long_message_above_the_threshold_is_held_with_the_heads_category() -> None:
    v = run(stage(), "you are such a clown and everyone in class is so ugly")
    assert v.action is Action.HOLD
    assert v.categories == ("bullying",)
    assert v.reasons == ("bullying_model:4.0",)


def test_a_message_below_the_threshold_is_left_alone() -> None:
    text = "you are such a kind clown and everyone in class is so ugly"
    assert run(stage(), text) == Verdict.initial(text)


def test_a_short_message_needs_the_short_tiers_higher_threshold() -> None:
    assert run(stage(), "you are clown").action is Action.ALLOW  # 2.0: above main, not short
    assert run(stage(), "you ugly clown").action is Action.HOLD  # 4.0
    # two words are never scored at all
    assert run(stage(), "ugly clown").action is Action.ALLOW


def test_a_restricted_message_is_not_scored_again() -> None:
    """A rule's hold or block already says more than the scorer could."""
    text = "you are such a clown and everyone in class is so ugly"
    held = Verdict.initial(text).escalate(Action.HOLD, ("threat",), ("stage:threat:violence",))
    assert run(stage(), text, held) is held


def test_a_childs_own_pain_keeps_its_self_harm_hold() -> None:
    text = "you are such a clown and everyone in class is so ugly"
    own = Verdict.initial(text).escalate(Action.HOLD, ("self_harm",), ("selfharm_model:2.0",))
    assert run(stage(), text, own) is own


def test_a_frame_that_excused_a_rule_is_not_overruled() -> None:
    """The frame read the message as a report or a lesson; a bag of words cannot see that."""
    text = "you are such a clown and everyone in class is so ugly"
    framed = Verdict.initial(text).escalate(Action.ALLOW, (), ("frame:report:bullying:insult",))
    assert run(stage(), text, framed) is framed
    # strict rooms have no frames: the scorer reads the message anyway
    assert run(stage(allow_frames=False), text, framed).action is Action.HOLD


def test_a_redacted_message_can_still_be_held() -> None:
    text = "you are such a clown and everyone in class is so ugly"
    redacted = Verdict.initial(text).escalate(Action.REDACT, ("pii",), ("pii:phone",), text=text)
    v = run(stage(), text, redacted)
    assert v.action is Action.HOLD and v.categories == ("pii", "bullying")


def test_a_language_the_model_has_not_read_is_not_scored() -> None:
    """Half the words need a weight (`LinearModel.knows`): two known words of seven
    are not enough, whatever they score."""
    assert run(stage(), "clown ugly zzz yyy xxx www vvv").action is Action.ALLOW


@pytest.mark.parametrize("head", sorted(HEADS))
def test_shipped_models_are_well_formed(head: str) -> None:
    data = json.loads(model_path(head).read_text(encoding="utf-8"))
    assert set(data) == {"about", "bias", "threshold", "tiers", "weights"}
    assert data["threshold"] > 0
    assert set(data["tiers"]) == {"short"} and data["tiers"]["short"] >= data["threshold"]
    assert len(data["weights"]) > 1000
    assert all(math.isfinite(w) for w in data["weights"].values())


def test_every_head_runs_in_the_default_pipeline_after_the_self_harm_scorer() -> None:
    """After it: a child's own pain held as self_harm keeps its helpline."""
    names = [s.name for s in Pipeline(Policy.default()).stages]  # type: ignore[attr-defined]
    heads = [f"{h}_model" for h in HEADS]
    assert [n for n in names if n in heads] == heads
    assert names.index("selfharm_model") < names.index(heads[0])


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Policy.default())


# aimed at the reader with no phrase a rule knows; held by a scorer only
SCORER_BULLYING = [
    ("honestly nobody in this group can stand you, stop posting your boring drawings", "en"),
    ("we all know ur dad left because of you, just stay quiet in class", "en"),
    ("mit deiner hässlichen brille siehst du aus wie ein opa, keiner will neben dir sitzen", "de"),
    ("senin gibi bir ezikle kimse arkadaş olmaz, sus artık herkes senden bıktı", "tr"),
    ("after school tomorrow you better not walk home alone, we will be waiting", "en"),
]
SCORER_GROOMING = [
    ("you seem way more grown up than the other kids here, i feel like i can really talk to you", "en"),
    ("you can tell me anything, i won't judge you like your parents do, we have something special", "en"),
]
SCORER_SEXUAL = [
    ("dime que llevas puesto ahora mismo y quitatelo despacio para mi", "es"),
    # (a role-play "piccante" is a rule of its own now: harm_sexual_invites.py)
    ("facciamo qualcosa di piccante in privato, siamo soli nel mio letto", "it"),
]
EVERYDAY = [
    ("my best friend and i made a comic about a silly dragon for art class today", "en"),
    ("mañana tenemos examen de historia y todavía no he estudiado nada jaja", "es"),
    ("on a gagné le match de basket hier soir, trop content de l'équipe", "fr"),
    ("ich finde die app gut, aber die werbung nervt echt total", "de"),
    ("в субботу едем с классом в музей, кто-нибудь знает во сколько сбор", "ru"),
    ("bu akşam annemle kek yaptık, çok güzel oldu bence", "tr"),
    ("بكرة عندنا رحلة مع المدرسة للمتحف وأنا متحمس كتير", "ar"),
    ("今天体育课我们打了篮球，我们班赢了", "zh"),
    ("my little sister keeps stealing my charger, i'm going to lose it lol", "en"),
    ("my aunt says i'm mature for my age because i help with my cousins a lot", "en"),
    ("we learned in school that bullies often say nobody likes you to make you feel alone", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SCORER_BULLYING)
def test_unseen_bullying_and_threats_are_held_by_the_bullying_scorer(
    pipe: Pipeline, text: str, lang: str
) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and v.categories == ("bullying",)
    assert v.reasons[-1].startswith("bullying_model:")


@pytest.mark.parametrize(("text", "lang"), SCORER_GROOMING)
def test_unseen_grooming_is_held_by_the_grooming_scorer(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and v.categories == ("grooming",)
    assert v.reasons[-1].startswith("grooming_model:")


@pytest.mark.parametrize(("text", "lang"), SCORER_SEXUAL)
def test_unseen_sexual_messages_are_held_by_the_sexual_scorer(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and v.categories == ("sexual",)
    assert v.reasons[-1].startswith("sexual_model:")


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_unseen_everyday_lines_pass_every_scorer(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW and v.text == text
    assert not any(r.startswith(tuple(f"{h}_model" for h in HEADS)) for r in v.reasons)
