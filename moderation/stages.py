"""Stage construction: turns a Policy into the ordered list of pure stages."""

from __future__ import annotations

from .lexicon import Lexicon
from .normalise import Prepared
from .pii import PiiRedactor
from .policy import Policy
from .verdict import Action, Verdict


class LexiconStage:
    name = "lexicon"

    def __init__(self, policy: Policy) -> None:
        self.lex = Lexicon(policy.blocked_terms, policy.allowed_terms)
        self.strictness = policy.strictness

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        hits = self.lex.scan(prep)
        if not hits:
            return verdict
        cats = tuple(dict.fromkeys(h.category for h in hits))
        reasons = tuple(f"lexicon:{h.category}:{h.lang}" for h in hits)
        action = Action.BLOCK if "slur" in cats else Action.HOLD
        return verdict.escalate(action, cats, reasons)


class PiiStage:
    name = "pii"

    def __init__(self, policy: Policy) -> None:
        self.redactor = PiiRedactor(policy)

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        text, reasons = self.redactor.redact(verdict.text)
        if not reasons:
            return verdict
        return verdict.escalate(Action.REDACT, ("pii",), reasons, text=text)


def build_stages(policy: Policy) -> list[object]:
    return [LexiconStage(policy), PiiStage(policy)]
