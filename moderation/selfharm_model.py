"""The learned self-harm scorer's stage: the last safety net for
disclosures the rules miss (see ``linear_model.py`` for why a model).

It only ever adds ``self_harm`` (a hold for a human, with a private, kind
message to the child), never removes one, and only when:

* no rule already carried ``self_harm``;
* the message is not aimed at someone else (bullying, threat, grooming and
  sexual holds are about another person; "kys" must not get a helpline);
* the message is in a language the model has read (``LinearModel.knows``);
* the score clears the threshold of the message's tier, each chosen by
  cross-validation (see ``scripts/train_models.py``): a message of six words
  or more in which the writer speaks of themselves (the signals stage's
  first-person test) is scored against the main threshold; a short one (three
  to five words) in the first person, and a long one that is not, against
  higher thresholds of their own.  Short messages were never scored until
  session 16, and Turkish, which says "kendimi kesmeden uyuyamıyorum artık"
  (I can't sleep any more without cutting myself) in four words, lost most.

It also decides the bare topic words the rules leave to it (see
``SelfHarmModelStage``).
"""

from __future__ import annotations

from .frames_more import declines_model
from .linear_model import LinearModel, load_model, long_enough
from .normalise import Prepared
from .rules import RuleHit, RuleSet
from .signals import first_person
from .verdict import Action, Verdict

# log-odds: a topic word is held when a disclosure is the likelier reading
TOPIC_THRESHOLD = 0.0
# holds about another person: a helpline message would be wrong there
_AIMED_AT_OTHERS = frozenset({"bullying", "threat", "grooming", "sexual", "slur"})
_GROOMING = ("stage:grooming", "grooming_signals")
_SECRECY = ("grooming:secrecy", "grooming_signals:secrecy")


def _aimed_at_others(verdict: Verdict) -> bool:
    """Held for what it asks of or says about another person.

    Secrecy alone is the exception: "dont tell anyone pls" closes a child's
    own disclosure as often as a groomer's request ("went back to the blade
    after 4 months clean. dont tell anyone pls"), and held as grooming only,
    that child got no helpline message."""
    aimed = _AIMED_AT_OTHERS.intersection(verdict.categories)
    if aimed != {"grooming"}:
        return bool(aimed)
    grooming = [r for r in verdict.reasons if r.startswith(_GROOMING)]
    return not grooming or not all(r.endswith(_SECRECY) for r in grooming)


class SelfHarmModelStage:
    """Hold first-person messages the model scores above its threshold, and
    decide the bare topic words ("suicide", "self harm") the rules leave to it.

    A topic word alone says nothing about the writer: "je pense au suicide"
    is a disclosure, "there was a news story about a boy who died by suicide"
    and "apps should remove videos that make self harm look cool" are the
    consultation's own subject.  Discussion frames excuse some of the latter,
    but blind sets keep finding new ways to talk about the topic.  So a topic
    hit that no frame excuses is held only when the model finds the message
    more likely a disclosure than not (score above 0); on our sets the two
    kinds score about +2.6 and above, and -3.8 and below."""

    name = "selfharm_model"

    def __init__(
        self, model: LinearModel | None = None, topic: RuleSet | None = None,
        allow_frames: bool = True,
    ) -> None:
        self.model = model or load_model("selfharm")
        self.threshold = self.model.threshold
        self.short_threshold = self.model.thresholds.get("short")
        self.other_threshold = self.model.thresholds.get("other")
        self.topic = topic
        self.allow_frames = allow_frames

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        cats = verdict.categories
        if "self_harm" in cats or verdict.action is Action.BLOCK or _aimed_at_others(verdict):
            return verdict
        if self.topic is not None and (hits := self.topic.scan(prep, self.allow_frames)):
            verdict = self._topic(prep, verdict, hits)
            if "self_harm" in verdict.categories:
                return verdict
        score_above = self.model.score_above(prep, self.threshold, self.short_threshold)
        if score_above is None or not self.model.knows(prep):
            return verdict
        if not first_person(prep):
            # only a long message, scored against the "other" tier's threshold, and not
            # one a frame already read as talk about someone ("in the game he plans a
            # suicide attack", "she did once, two years ago, and is fine now")
            other = self.other_threshold
            words = prep.extra["linear_model"][0]
            if (other is None or score_above <= other or not long_enough(prep, words)
                    or any(r.startswith("frame:") for r in verdict.reasons)):
                return verdict
        if declines_model(prep, verdict):
            return verdict  # a recovered past, a friend reported to an adult, an everyday purpose
        return verdict.escalate(Action.HOLD, ("self_harm",), (f"selfharm_model:{score_above:.1f}",))

    def _topic(self, prep: Prepared, verdict: Verdict, hits: list[RuleHit]) -> Verdict:
        """Hold an unexcused topic word the model reads as a disclosure; keep
        a trace for moderators of the ones excused or declined."""
        open_hits = [h for h in hits if h.excused_by is None]
        if not open_hits:
            trace = tuple(dict.fromkeys(f"frame:{h.excused_by}:{h.rule.name}" for h in hits))
            return verdict.escalate(Action.ALLOW, (), trace)
        score = self.model.score(prep)
        name = open_hits[0].rule.name
        if score > TOPIC_THRESHOLD or not self.allow_frames:
            return verdict.escalate(Action.HOLD, ("self_harm",), (f"selfharm_model:{name}:{score:.1f}",))
        return verdict.escalate(Action.ALLOW, (), (f"selfharm_model:{name}:declined:{score:.1f}",))
