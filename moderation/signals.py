"""Self-harm signals: co-occurring weak cues instead of one fixed phrase.

Why: held-out sets written by people who never saw the rules show that
indirect disclosures ("gave my xbox to my brother, he'll need it more",
"how many sleeping pills would be too many", "everyone would have an easier
time if I wasn't around") slip past phrase rules, because each is worded
differently.  What they share is *two kinds of cue in one message*: a means
and a quantity, giving things away and absence, a burden and absence...
Each cue family below is a trigger-gated rule of its own; the stage holds a
message (category ``self_harm``, reason ``signals:<a>+<b>``) when two
different families hit, the writer speaks in the first person, and no
third-person or advice frame excuses the hits.  One family alone never
holds: "I gave my old games to my brother" and "I'm so tired of homework"
stay allowed.

Ten families: means, lethal (quantities), absence, burden, giving, despair
(exhaustion), injury (hidden marks), passive (passive wishes: "hope i don't
wake up", "a car could just hit me"), farewell (thanks / sorry for
everything, casual goodbyes), goodbye (a goodbye meant as final, "remember
me", "last message") and final (decisions, letters, "tonight's the night").
Farewell, goodbye and final are the writer's own acts, so a pair including
one needs no first-person pronoun; three families need none either ("how
many tablets does it take to not wake up").  Chinese families are separate
unspaced rules (matched against the normalised text); pinyin, Arabizi
(digits read as letters: "ta3bt" -> "taebt") and Hinglish sit in the spaced
families.

A short list of strong passive wishes (``signals:wish``: "i wish a car would
hit me", "hope i don't wake up tomorrow", "wouldn't mind if something
happened to me") holds on its own: they name the writer and are not idioms.

Second round (indirect phrasing in ten languages incl. Italian): four more
weak families - conceal (long sleeves / a hoodie in the heat), aftermath
("i woke up in hospital"), research ("been googling how many...") and count
("i counted my pills") - and hopelessness about the future ("nothing is ever
going to get better", "no way out") in the despair family.  Count and
aftermath are written in the first person, so like the speech families they
need no pronoun.  A few more single cues hold alone, each with its own reason
(``signals:letters`` "i've written letters to everyone", ``signals:method``
"what's the least painful way?", ``signals:future`` "i don't see myself being
here next year", ``signals:stop`` "solo quiero que todo pare",
``signals:tired`` "je suis fatiguée d'exister", ``signals:relapse`` "my cuts
healed again", ``signals:longer`` "ich bin nicht mehr lange ein Problem");
each ends at the sentence end or refuses an everyday continuation ("...to
take off a plaster", "...for christmas"), see tests/moderation/
test_selfharm_indirect.py.

The lists are general concepts in nine languages, written from our own
examples (tests/moderation/test_mod_signals.py), not from the held-out sets.
"""

from __future__ import annotations

import re

from . import fastre
from .normalise import Prepared
from .rules import Rule, RuleSet, _split_top, group_end, rule
from .signals_strong import STRONG, STRONG_MORE, ZH_STRONG
from .signals_weak import FAMILIES, ZH
from .verdict import Action, Verdict

_STRONG_NAME = "signals:wish"
_STRONG_NAMES = frozenset({_STRONG_NAME, *(f"signals:{k}" for k in STRONG_MORE)})
# count and aftermath forms are first person already ("conte", "acordei", "i woke up")
_SPEECH = frozenset({"signals:farewell", "signals:goodbye", "signals:final", "signals:count",
                     "signals:aftermath", "signals:apology", "signals:notes", "signals:attempt"})



def _rule(name: str, triggers: str, pattern: str) -> Rule:
    # NFKC like the message text: Devanagari nukta letters decompose
    return rule(name, "self_harm", triggers, _flatten(pattern), framed="generic")


def _flatten(pattern: str) -> str:
    """"\\b(?:A|B|...)\\b" -> "\\bA\\b|\\bB\\b|...": one group of dozens of
    alternatives is tried at every position of the message (tens of µs on a
    long text); split, each alternative starts with a literal that the regex
    engine finds by substring search, and most are skipped by `rule()`'s
    required-text test before any regex runs."""
    if not pattern.startswith("\\b(?:"):
        return pattern
    i = group_end(pattern, 2)
    tail = pattern[i + 1 :]
    if tail not in ("", "\\b"):
        return pattern  # not one wrapped group
    return "|".join(f"\\b{alt}{tail}" for alt in _split_top(pattern[5:i]))



RULES: list[Rule] = [
    *(_rule(f"signals:{name}", *spec) for name, spec in FAMILIES.items()),
    *(_rule(f"signals:{name}", *spec) for name, spec in ZH.items()),
    *(_rule(_STRONG_NAME, *spec) for spec in STRONG + ZH_STRONG),
    *(_rule(f"signals:{name}", *spec) for name, specs in STRONG_MORE.items() for spec in specs),
]

_FIRST_PERSON = fastre.compile(
    r"\b(?:i|me|my|myself|mine|yo|mi|mis|je|j'|moi|mon|ma|mes|eu|meu|minha|meus|minhas|mim|ich|mich|"
    r"mir|mein|meine|io|mio|mia|miei|mie|ho|я|меня|мне|мои|мой|моя|main|mujhe|mera|meri|mere|"
    r"maine|wo|ana|ani|mai|"
    # pronoun-less first-person subjunctives: "se non ci fossi", "si no estuviera"
    r"fossi|sparissi|estuviera|desapareciera)\b|"
    r"[\u0600-\u06ff]|我|मैं|मैंने|मुझे|मेरा|मेरी|मेरे"
)
# Chinese often drops the pronoun ("希望明天不要醒来"): a CJK message with no
# third-person pronoun counts as first person
_THIRD_PERSON_ZH = fastre.compile(r"[他她]|朋友|同学")


# Spanish "el" is the article far more often than "él" written without its accent
# ("cada vez q paso por el puente pienso en saltar"): it is the pronoun only before
# a verb or a clitic ("el dice", "el no contesta", "el me dijo")
_EL = (
    r"el(?= (?:no|me|te|se|le|lo|la|les|nos|ya|tambien|siempre|nunca|solo|dijo|dice|decia|era|es|"
    r"esta|estaba|tiene|tenia|quiere|queria|va|iba|fue|sabe|hace|hizo|piensa|cree|puede|mismo|"
    r"escribio|escribe|manda|mando|contesta|responde)\b)"
)


# Spanish, Portuguese and Italian drop the pronoun ("uso pulseira pra esconder
# os cortes"): a message in those languages with no third-person subject counts
# as first person, as Chinese does
_PRO_DROP = frozenset({"es", "pt", "it"})
_THIRD_PERSON_ROMANCE = fastre.compile(
    r"\b(?:ela|ele|elas|eles|ella|" + _EL + r"|ellos|ellas|lei|lui|loro|alguien|alguem|qualcuno|amiga|amigo|"
    r"amica|amico|prima|primo|hermana|hermano|irma|irmao|sorella|fratello|compañera|colega)\b"
)
# ... but a message that names someone else may still be the writer's own
# ("mi hermana dice que exagero pero ya no aguanto", "ela nem percebeu que
# parei de comer"): their first person is in the verb, so a first-person
# form of a common verb (or a Portuguese first-person past, "cortei",
# "parei") speaks for the writer whoever else is named
_FIRST_PERSON_ROMANCE = fastre.compile(
    r"\b(?:estoy|soy|tengo|quiero|puedo|aguanto|necesito|siento|merezco|sigo|estuve|tuve|pude|"
    r"estou|sou|tenho|quero|posso|aguento|preciso|sinto|mereco|consigo|estive|tive|"
    r"sto|sono|voglio|riesco|devo|merito|sento|\w{3,}ei)\b"
)


# a message with no pronoun at all ("Langarm bei 30 Grad, damit Mama die Arme
# nicht sieht", "how many of those pills would it take") is read as the
# writer's own; a third-person subject anywhere makes it about someone else
_THIRD_PERSON_ANY = fastre.compile(
    r"\b(?:he|she|they|him|her|them|his|their|er|sie|ihr|il|elle|ils|elles|lui|leur|ela|ele|elas|"
    r"eles|ella|" + _EL + r"|ellos|ellas|lei|loro|он|она|они|его|ее|их|woh|vo|unka|unki|uski|uska|"
    r"someone|somebody|friend|friends|freundin|freund|amie|ami|amiga|amigo|amica|amico|друг|"
    r"we|us|our|nous|wir|uns|noi|nosotros|nosotras|мы|нас|hum|"
    r"подруга|dost)\b|هو|هي|هم|صاحبتي|صاحبي|(?:वो|वह|उसकी|उसका|दोस्त)(?![\u0900-\u097f])"
)

# Languages whose words collide with another's pronouns are read with their
# own: Turkish "her" (every) is not the English pronoun, Polish "się" (folded
# "sie") not the German one.  Their first person is often only in the verb
# ending (Turkish "yaptım", "istiyorum"; Polish "zrobiłam", "jestem"; Hindi
# "hoon"), so it is looked for there.  (first person, third-person subject)
_OWN_PERSONS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "tr": (
        fastre.compile(
            r"\b(?:ben|bana|beni|benim|bende|benden|kendim\w*|\w+(?:[dt][iu]m|[iu]yorum|"
            r"[ae]cag[iu]m|[ae]ceg[iu]m|m[iu]y[iu]m))\b"
        ),
        fastre.compile(r"\b(?:o|onu|ona|onun|onlar\w*|arkadas\w*|kardes\w*|abla\w*|abi\w*)\b"),
    ),
    "pl": (
        fastre.compile(
            r"\b(?:ja|mnie|mi|mna|moj\w*|jestem|mam|\w+[aeiy]l(?:am|em|abym|bym)|"
            # first-person presents whose folded form is not also the third
            # person ("nie moge", "nienawidze", "tne"; not "chce", "czuje", which
            # are both once the accents go): the subject is only in the ending
            r"moge|wiem|musze|nienawidze|boje|robie|zrobie|ide|pojde|umiem|potrafie|dam|tne)\b"
        ),
        fastre.compile(
            r"\b(?:on|ona|oni|one|jego|jej|ich|niego|niej|nich|przyjaciol\w*|kolezank\w*|"
            r"koleg\w*|kumpel\w*|siostr\w*|brat\w*)\b"
        ),
    ),
    "id": (
        fastre.compile(r"\b(?:aku|saya|gue|gua|gw|ane|\w+ku)\b"),
        fastre.compile(r"\b(?:dia|mereka|temen\w*|teman\w*|adik\w*|kakak\w*)\b"),
    ),
    "hi": (
        fastre.compile(
            r"\b(?:hu|hoon|hun|khud|mujhko)\b|(?:हूँ|हूं|मुझको|खुद|ख़ुद)(?![\u0900-\u097f])"
        ),
        fastre.compile(
            r"\b(?:woh|vo|wo|unka|unki|unke|uska|uski|uske|usne|dost)\b|"
            r"(?:वो|वह|उसकी|उसका|उसके|उसने|दोस्त)(?![\u0900-\u097f])"
        ),
    ),
}


# Friends the writer does not have are nobody's subject: "gada temen sama sekali",
# "一个朋友都没有", "keine freunde" say the writer is alone, and the friend word in
# them is not someone else at risk.  Such a phrase is read out before the
# third-person words are looked for
_NO_FRIENDS = fastre.compile(
    r"\b(?:no|zero|not a single|not one|(?:do ?n'?t|never|have ?n'?t|has ?n'?t) (?:have|had|got) "
    r"(?:any|a single|one)?) ?"
    r"(?:real )?friends?\b|"
    r"\b(?:no tengo|sin|ni un|ningun|nao tenho|sem|nenhum|nenhuma|non ho|senza|nessun|nessuna)"
    r"(?: (?:ningun|nenhum|un|una|uma|nessun))? ?(?:amig[oa]s?|amic[oaie]|amiche)\b|"
    r"\b(?:pas d'?|aucun |aucune |sans |plus d'?)(?:amie?s?|pote?s?|copains?|copines?)\b|"
    r"\b(?:keine?n?|ohne) (?:echten? )?(?:freunde?|freundin(?:nen)?)\b|"
    r"(?:нет|ни одного|ни одной|без) (?:\w+ )?(?:друзей|друга|подруги|подруг)\b|"
    r"\b(?:hic )?arkadas(?:im|larim)? (?:yok|kalmadi)\b|\barkadassiz\b|"
    r"\b(?:nie mam|bez|zadnych|zadnej) (?:\w+ )?(?:przyjaciol\w*|kolezan\w*|kolegow|kumpli)\b|"
    r"\b(?:ga ?da|gak ada|ngga?k? ada|nggak ada|tidak ada|ga punya|gak punya|ngga?k? punya|"
    r"tidak punya|tanpa|gapunya) (?:\w+ )?(?:temen|teman)\w*\b|"
    r"\bkoi (?:bhi )?dost (?:nahi|nhi)\b|कोई (?:भी )?दोस्त नहीं|"
    r"(?:没有|沒有|没|沒)(?:一个|一個)?(?:朋友|同学|同學)|(?:一个|一個)(?:朋友|同学|同學)(?:都|也)(?:没有|沒有|没|沒)"
)


def first_person(prep: Prepared) -> bool:
    """The writer speaks of themselves: a first-person word, or (pro-drop
    languages, Chinese, and messages with no pronoun at all) no third-person
    subject.  Shared with the self-harm model stage."""
    plain = prep.plain
    if _FIRST_PERSON.search(plain):
        return True
    norm = prep.norm
    if _NO_FRIENDS.search(norm if prep.has_cjk else plain):
        plain, norm = _NO_FRIENDS.sub(" ", plain), _NO_FRIENDS.sub(" ", norm)
    own = _OWN_PERSONS.get(prep.lang) if prep.lang else None
    if own is not None:
        return own[0].search(plain) is not None or own[1].search(plain) is None
    if prep.lang in _PRO_DROP:
        return (_THIRD_PERSON_ROMANCE.search(plain) is None
                or _FIRST_PERSON_ROMANCE.search(plain) is not None)
    if prep.has_cjk:
        return _THIRD_PERSON_ZH.search(norm) is None
    return _THIRD_PERSON_ANY.search(plain) is None


class SignalsStage:
    """Hold when two different self-harm cue families co-occur, or on one
    strong passive wish (see module doc)."""

    name = "selfharm_signals"

    def __init__(self, allow_frames: bool = True) -> None:
        self.rules = RuleSet(RULES)
        self.allow_frames = allow_frames

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        if "self_harm" in verdict.categories:
            return verdict  # already held for a human
        candidates = self.rules.candidates(prep)
        if not candidates:
            return verdict
        names = {r.name for r in candidates}
        if len(names) < 2 and names.isdisjoint(_STRONG_NAMES):
            return verdict  # one family at most: cheap exit before any regex
        hits = self.rules.scan(prep, self.allow_frames)
        families = {h.rule.name for h in hits if h.excused_by is None}
        strong = families & _STRONG_NAMES
        if strong:
            return verdict.escalate(Action.HOLD, ("self_harm",), (min(strong),))
        # farewells and plans are the writer's own acts, and three families need no
        # pronoun either ("how many tablets does it take to not wake up")
        if len(families) < 2 or (
            len(families) < 3 and families.isdisjoint(_SPEECH) and not first_person(prep)
        ):
            return verdict
        pair = "+".join(sorted(f.split(":", 1)[1] for f in families))
        return verdict.escalate(Action.HOLD, ("self_harm",), (f"signals:{pair}",))
