"""The learned scorers for harm aimed at someone (bullying and threats,
grooming, sexual messages, spam): safety nets behind the phrase rules, as
``selfharm_model.py`` is behind the self-harm rules.  (The sexual and spam
heads ship since session 19, when 1,300 more training lines of their kinds
were written.)

Why models here too: these harms are said in more ways than any phrase list
holds, and most of them use no listed word at all ("даже твои родители тебя
стыдятся", "kimse seninle oturmak istemiyor", "i know u live on maple close,
the house with the red door. see u soon").  The rules were written mostly
from English and Western European sets.  On development sets written in
session 18 by helpers who never saw them, they let through 74% of threats,
62% of bullying lines and 49% of grooming and sexual lines, in every
language including English.  A bag of words over the self-harm scorer's
features (`linear_model.features`, computed once per message and shared)
learns each language's vocabulary of contempt, menace and luring from
examples instead.

A head only ever adds a hold (never a block: a score is not proof, and a
moderator reads it), with its category and a reason naming the scorer, and
only when:

* nothing else restricted the message: a hold or block already says more,
  and a message carrying ``self_harm`` is a child's own pain ("everyone
  hates me") that must keep its helpline;
* no frame excused a rule's hit: a frame read the message as a report, a
  lesson or a game ("he told me i'm a fat loser and i reported him"), and a
  scorer, which reads words and not their shape, must not overrule it
  (strict rooms have no frames);
* the message is in a language the head has read (``LinearModel.knows``);
* the score clears the threshold of its length: "main" for six words or
  more, a higher "short" one for three to five (`linear_model.TIERS`), each
  chosen by cross-validation in ``scripts/train_models.py``.
"""

from __future__ import annotations

from .linear_model import LinearModel, load_model, model_path
from .normalise import Prepared
from .selfharm_model import _framed
from .verdict import Action, Verdict

_RESTRICTED = frozenset({Action.HOLD, Action.BLOCK})

# head -> the category its hold carries, in the order the stages run
HEADS: dict[str, str] = {"bullying": "bullying", "grooming": "grooming", "sexual": "sexual"}


class HarmModelStage:
    """Hold an otherwise open message a harm scorer reads as aimed at someone."""

    def __init__(self, head: str, category: str, model: LinearModel | None = None,
                 allow_frames: bool = True) -> None:
        self.name = f"{head}_model"
        self.category = (category,)
        self.model = model or load_model(head)
        self.threshold = self.model.threshold
        self.short_threshold = self.model.thresholds.get("short")
        self.allow_frames = allow_frames

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        if (verdict.action in _RESTRICTED or "self_harm" in verdict.categories
                or (self.allow_frames and _framed(verdict))):
            return verdict
        score = self.model.score_above(prep, self.threshold, self.short_threshold)
        if score is None or not self.model.knows(prep):
            return verdict
        return verdict.escalate(Action.HOLD, self.category, (f"{self.name}:{score:.1f}",))


def harm_model_stages(allow_frames: bool) -> list[HarmModelStage]:
    """One stage per shipped head (a head whose model file is not there yet, while
    it is first trained, has none)."""
    return [HarmModelStage(head, cat, allow_frames=allow_frames)
            for head, cat in HEADS.items() if model_path(head).exists()]
