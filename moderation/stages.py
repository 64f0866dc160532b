"""Stage construction: turns a Policy into the ordered list of pure stages.

Every stage is a small callable object with a ``name`` and the one stage
signature ``(Prepared, Verdict) -> Verdict``.  Objects (not closures) so the
compiled matchers are built once per pipeline and stages stay pure.

Order: PII first (so later stages see nothing they should not), then the
lexicon, then phrase rules, spam, and the policy post-stage (premoderation).
"""

from __future__ import annotations

import re

from . import grooming, harm, packs, selfharm, selfharm_means, selfharm_slang, spam
from .contact_signals import ContactSignalsStage
from .conversation import ConversationStage
from .frames import scam_talk
from .harm_model import harm_model_stages
from .lexicon import Hit, Lexicon
from .lexicon_mention import mention_blanked, mention_candidates
from .normalise import Prepared, prepare
from .pii import PiiRedactor
from .pipeline import Stage
from .policy import Policy
from .rules import PATTERN_CACHE, RuleSet
from .selfharm_model import SelfHarmModelStage
from .signals import SignalsStage
from .spam_link_cues import PROMO_CUE, phishing_cue, sexual_link
from .verdict import Action, Verdict


class PiiStage:
    """Redact PII; PII alone -> redact (category pii, links -> link)."""

    name = "pii"

    def __init__(self, policy: Policy) -> None:
        self.redactor = PiiRedactor(policy)
        self.strict = policy.strictness == "strict"

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        # pseudonyms of the room (the server may pass them): @mentions of these
        # are never redacted as handles
        names = prep.context.get("mentions", ()) if prep.context else ()
        mentions = frozenset(str(n).lower() for n in names) if names else frozenset()
        if verdict.text == prep.text:
            text, reasons = self.redactor.redact(
                verdict.text, prep.norm, prep.word_set, prep.tokens, prep.has_digit, mentions
            )
        else:
            text, reasons = self.redactor.redact(verdict.text, mentions=mentions)
        if not reasons:
            return verdict
        cats: list[str] = []
        for r in reasons:
            if r.startswith("pii:"):
                cats.append("pii")
            if r.startswith("link:") or r == "pii:invite_link":
                cats.append("link")
        action = Action.REDACT
        if self.strict and "link" in cats:
            action = Action.HOLD
        return verdict.escalate(action, tuple(dict.fromkeys(cats)), reasons, text=text)


# vulgar sexual terms are also profanity; unknown categories in custom lists -> profanity
_LEX_CATS: dict[str, tuple[str, ...]] = {
    "profanity": ("profanity",),
    "sexual": ("sexual", "profanity"),
    "slur": ("slur",),
}


class LexiconStage:
    """Curated word lists: slurs block; profanity/sexual hold (lenient: redact)."""

    name = "lexicon"

    def __init__(self, policy: Policy) -> None:
        self.lex = Lexicon(policy.blocked_terms, policy.allowed_terms)
        self.strictness = policy.strictness

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        hits = [h for h in self.lex.scan(prep) if h.category in _LEX_CATS]
        if not hits:
            return verdict
        trace: tuple[str, ...] = ()
        if self.strictness != "strict":
            # a word mentioned, not used: "assassin has ass in it" (lexicon_mention.py)
            mentioned = self._mentioned(prep, hits)
            if mentioned:
                trace = tuple(dict.fromkeys(
                    f"frame:mention:lexicon:{h.category}" for h in hits if h.term in mentioned
                ))
                hits = [h for h in hits if h.term not in mentioned]
                if not hits:
                    return verdict.escalate(Action.ALLOW, (), trace)
        cats = tuple(dict.fromkeys(c for h in hits for c in _LEX_CATS[h.category]))
        reasons = tuple(dict.fromkeys(f"lexicon:{h.category}:{h.lang}" for h in hits)) + trace
        if "slur" in cats or any(h.lang == "custom" for h in hits):
            action = Action.BLOCK
        elif self.strictness == "strict":
            action = Action.BLOCK
        elif self.strictness == "lenient" and cats == ("profanity",):
            masked = _mask_terms(verdict.text, [h.term for h in hits])
            if masked is not None:
                return verdict.escalate(Action.REDACT, cats, (*reasons, "lexicon:masked"), masked)
            action = Action.HOLD
        else:
            action = Action.HOLD
        return verdict.escalate(action, cats, reasons)

    def _mentioned(self, prep: Prepared, hits: list[Hit]) -> set[str]:
        """Terms that occur only as mentions; the blanked text is scanned again."""
        cands = mention_candidates((h.term, h.category, h.how) for h in hits)
        blanked = mention_blanked(prep.norm, cands) if cands else None
        if blanked is None:
            return set()
        still = {h.term for h in self.lex.scan(prepare(blanked, prep.lang))}
        return set(cands) - still


def _mask_terms(text: str, terms: list[str]) -> str | None:
    """Lenient rooms: mask plain profanity ("f******") instead of holding.
    Only when every hit can be found as a whole word in the original text;
    evasions (leet, spacing, look-alikes) are held, they show intent."""
    out = text
    for term in terms:
        rx = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
        out, n = rx.subn(lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1), out)
        if n == 0:
            return None
    return out


class RuleStage:
    """Phrase rules (grooming, self-harm, bullying, threats, sexual, scams)."""

    def __init__(self, name: str, rules: RuleSet, policy: Policy, action: Action) -> None:
        self.name = name
        self.rules = rules
        self.action = action
        self.allow_frames = policy.strictness != "strict"

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        hits = self.rules.scan(prep, self.allow_frames)
        if not hits:
            return verdict
        cats: list[str] = []
        reasons: list[str] = []
        for h in hits:
            if h.excused_by is None:
                cats.extend(h.rule.categories)
                reasons.append("stage:" + h.rule.name)
            else:
                reasons.append(f"frame:{h.excused_by}:{h.rule.name}")
        if not cats:
            # Only excused hits: keep a trace for moderators without restricting.
            return verdict.escalate(Action.ALLOW, (), tuple(dict.fromkeys(reasons)))
        action = self.action
        if "self_harm" in cats:
            action = Action.HOLD  # never block a disclosure
        return verdict.escalate(action, tuple(dict.fromkeys(cats)), tuple(dict.fromkeys(reasons)))


class FloodStage:
    name = "spam_flood"

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        reason = spam.flooding(prep)
        if reason is None:
            return verdict
        return verdict.escalate(Action.HOLD, ("spam",), (reason,))


class LinkSpamStage:
    """A link together with spam is blocked; several links, or a link beside a
    promotion cue (a price, a giveaway, free currency, "sub to my channel") or a
    phishing cue (the account "will be deleted", "verify here within 24h":
    `spam_link_cues.py`) that no scam talk frames, are held.  A sexual cam or
    porn link ("hotcamz-live.net", "guarda sto video hot [link]") is held as
    sexual (`sexual_action`: blocked in the strict policy, like the harm stage's
    sexual rules)."""

    name = "spam_links"

    def __init__(self, sexual_action: Action = Action.HOLD) -> None:
        self.sexual_action = sexual_action

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        links = sum(1 for r in verdict.reasons if r in ("link:url", "pii:invite_link"))
        n_links = verdict.text.count("[link removed]")
        if links and "spam" in verdict.categories:
            return verdict.escalate(Action.BLOCK, ("spam",), ("spam:link_spam",))
        # the cues are read around the links, not in them ("robux-free.xyz")
        around = prepare(verdict.text, prep.lang).plain if links else ""
        if links and "sexual" not in verdict.categories and sexual_link(prep.plain, around):
            return verdict.escalate(self.sexual_action, ("sexual",), ("sexual:cam_link",))
        if n_links >= 3:
            return verdict.escalate(Action.HOLD, ("spam",), ("spam:many_links",))
        if links and verdict.action is Action.REDACT:
            if PROMO_CUE.search(around) and not scam_talk(around):
                return verdict.escalate(Action.HOLD, ("spam",), ("spam:promo_link",))
            if phishing_cue(around) and not scam_talk(around):
                return verdict.escalate(Action.HOLD, ("spam",), ("spam:phishing_link",))
        return verdict


class PremoderateStage:
    name = "premoderate"

    def __init__(self, policy: Policy) -> None:
        self.on = policy.premoderate

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        if not self.on:
            return verdict
        return verdict.escalate(Action.HOLD, (), ("policy:premoderate",))


def build_stages(policy: Policy) -> list[Stage]:
    sexual_action = Action.BLOCK if policy.strictness == "strict" else Action.HOLD
    # bare topic words ("suicide") go to the model for a second opinion
    selfharm_all = selfharm.RULES + selfharm_means.RULES + selfharm_slang.RULES + packs.rules("SELF_HARM")
    topic_rules = RuleSet(r for r in selfharm_all if r.name == "self_harm:topic")
    selfharm_rules = RuleSet(r for r in selfharm_all if r.name != "self_harm:topic")
    grooming_rules = RuleSet(grooming.RULES + packs.rules("GROOMING"))
    harm_rules = RuleSet(harm.RULES + packs.rules("HARM"))
    PATTERN_CACHE.save()  # every rule module is imported by now
    return [
        PiiStage(policy),
        LexiconStage(policy),
        RuleStage("selfharm", selfharm_rules, policy, Action.HOLD),
        RuleStage("grooming", grooming_rules, policy, Action.HOLD),
        RuleStage("harm", harm_rules, policy, sexual_action),
        RuleStage("spam", RuleSet(spam.RULES + packs.rules("SPAM")), policy, Action.BLOCK),
        SignalsStage(policy.strictness != "strict"),
        ContactSignalsStage(policy.strictness != "strict"),
        ConversationStage(
            (selfharm_rules, grooming_rules, harm_rules), policy.strictness != "strict"
        ),
        SelfHarmModelStage(topic=topic_rules, allow_frames=policy.strictness != "strict"),
        # after the self-harm scorer: a child's own pain held as self_harm keeps its helpline
        *harm_model_stages(policy.strictness != "strict"),
        FloodStage(),
        LinkSpamStage(sexual_action),
        PremoderateStage(policy),
    ]
