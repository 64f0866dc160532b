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
  (I can't sleep any more without cutting myself) in four words, lost most;
* or, when the whole message does not, one of its parts (its clauses joined
  into runs of six words or more, `linear_model.sentences`) in the first
  person clears the "sentence" tier's threshold (session 17): a disclosure
  told in one clause of a long everyday message was outweighed by the
  everyday words around it.  Its threshold is the highest of the tiers: a
  clause read alone loses the words that make it everyday ("je l'ai refait
  hier soir après 3 mois, le gâteau au chocolat de mamie").

It also decides the bare topic words the rules leave to it (see
``SelfHarmModelStage``).
"""

from __future__ import annotations

from .frames_more import declines_model
from .linear_model import LinearModel, load_model, long_enough, sentences
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


def _framed(verdict: Verdict) -> bool:
    return any(r.startswith("frame:") for r in verdict.reasons)


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
        self.sentence_threshold = self.model.thresholds.get("sentence")
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
        reason = self._whole(prep, verdict)
        if reason is None:
            reason = self._sentence(prep, verdict)
        if reason is None or declines_model(prep, verdict):
            return verdict  # a recovered past, a friend reported to an adult, an everyday purpose
        return verdict.escalate(Action.HOLD, ("self_harm",), (reason,))

    def _whole(self, prep: Prepared, verdict: Verdict) -> str | None:
        """The reason, if the whole message scores above its tier's threshold."""
        score_above = self.model.score_above(prep, self.threshold, self.short_threshold)
        if score_above is None or not self.model.knows(prep):
            return None
        if not first_person(prep):
            # only a long message, scored against the "other" tier's threshold, and not
            # one a frame already read as talk about someone ("in the game he plans a
            # suicide attack", "she did once, two years ago, and is fine now")
            other = self.other_threshold
            words = prep.extra["linear_model"][0]
            if (other is None or score_above <= other or not long_enough(prep, words)
                    or _framed(verdict)):
                return None
        return f"selfharm_model:{score_above:.1f}"

    def _sentence(self, prep: Prepared, verdict: Verdict) -> str | None:
        """The reason, if one part of a long message, in the first person, scores
        above the "sentence" tier's threshold (`linear_model.sentences`); not in a
        message a frame already read as talk (a song, a lesson, someone else)."""
        threshold = self.sentence_threshold
        if threshold is None or _framed(verdict) or not self.model.could_reach(prep, threshold):
            return None
        best = None
        for part in sentences(prep):
            s = self.model.score_above(part, threshold)
            if s is not None and (best is None or s > best) and self.model.knows(part) and first_person(part):
                best = s
        return None if best is None else f"selfharm_model:sentence:{best:.1f}"

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
