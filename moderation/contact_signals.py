"""Grooming signals: co-occurring weak contact cues instead of one fixed phrase.

Why: the phrase rules in `grooming.py` catch fixed wordings, and blind tests
show new wordings slipping through: an Italian message combining a maturity
compliment, an off-platform app and secrecy, or a Portuguese one asking
whether the child's parents check their phone and to move to Discord.  What
such messages share is *two or more kinds of grooming cue aimed at the
reader*.  This stage is the grooming counterpart of `signals.py`: each cue
family (`contact_moves.py`, `contact_cues.py`) is a set of trigger-gated
rules; the stage holds a message
(category ``grooming``, reason ``grooming_signals:<a>+<b>``) when

* two different families hit with non-overlapping matches (one phrase never
  counts twice),
* the message addresses the reader (second-person pronouns and verb forms,
  or an imperative such as "dm me", "escribeme", "напиши мне", "加我"), and
* no discussion/reporting frame excuses the hits (the frame machinery of
  `RuleSet.scan`: "we learned that groomers ask you to keep it secret and
  move to whatsapp", "if someone offers you robux for pics, report them").

Two families are weak.  "personal" (age, where the reader lives, school,
school times): peers in an international consultation ask "how old are
you? where are you from?" all the time; it is one family, so questions
alone never pair, and it pairs with a strong family ("how old are you? are
you home alone?").  "Where are you from" is no cue at all.  "app" (a bare
app name, "i'm on discord"): it pairs neither with another weak cue, nor
with a supervision question ("are your parents strict? mine won't let me
have snapchat"), nor with the move naming it ("add me on discord" is one
cue, "offplatform").

Cost: a message whose trigger words start fewer than two families, or that
addresses nobody (a set intersection on its tokens), runs no regex; then
bare matches are looked for without frames, and only a message with two
matching families pays for the framed scan.

One family alone never holds: "you're so pretty", "add me on discord for
the group project", "nos vemos mañana" stay with the phrase rules (which
hold some of them on their own).  Messages already carrying ``grooming`` are
skipped: a human will see them anyway.
"""

from __future__ import annotations

from . import fastre
from .contact_cues import ABOUT_READER, ZH
from .contact_more import MORE, ZH_MORE
from .contact_moves import MOVES
from .contact_visits import VISITS
from .frames import confidence_frame
from .grooming_combos import ADDRESS_WORDS as _COMBO_ADDRESS
from .grooming_combos import COMBOS
from .normalise import Prepared
from .rules import Rule, RuleHit, RuleSet, first_match, rule
from .verdict import Action, Verdict

_PREFIX = "grooming_signals:"


def _rule(name: str, triggers: str, pattern: str) -> Rule:
    return rule(_PREFIX + name, "grooming", triggers, pattern)


RULES: list[Rule] = [
    *(_rule(name, *spec) for name, specs in {**MOVES, **ABOUT_READER}.items() for spec in specs),
    *(_rule(name, *spec) for name, spec in ZH.items()),
    *(_rule(name, *spec) for name, specs in MORE.items() for spec in specs),
    *(_rule(name, *spec) for name, specs in VISITS.items() for spec in specs),
    *(_rule(name, *spec) for name, specs in COMBOS.items() for spec in specs),
    *(_rule(name, t, p) for name, t, p in ZH_MORE),
]

# The reader is addressed: second-person pronouns, possessives and verb forms
# in the ten languages, or an imperative / a proposal aimed at the reader.
# Checked on the message's token set (where "u", "ur", "ya" also read
# "you"/"your" and Portuguese "vc" reads "video call"; "t'es" is the token
# "tes"), so the test is a set intersection; the few multiword forms are
# substring tests on the phrase form, only when their first word is present.
_ARABIC_ADDRESS = (
    "انت انتي لك ليك الك عليك معك معاك عندك منك فيك بيك اليك اهلك امك ابوك بيتك عمرك جوالك "
    "تلفونك صورتك صورك رقمك حسابك اسمك مدرستك غرفتك لوحدك وحدك بروحك لحالك تعال تعالي كلمني "
    "كلميني راسلني راسليني ضيفني ضيفيني اضفني ابعتلي ابعتيلي ابعثيلي ارسليلي صوريلي صورلي وريني "
    "فرجيني افتح افتحي شغلي ارسلي ارسل بعمرك نفسك حالك بهديك اهديك اعطيك بعطيك اشتريلك بشتريلك خلينا"
).split()
_ADDRESS_WORDS = frozenset(
    "you your yours yourself tu te ti toi ton tes vous votre vos tus tuyo tuya contigo usted eres "
    "estas tienes vives quieres puedes voce voces teu tua teus tuas seu sua seus suas du dich dir "
    "dein deine deinen deinem deiner bist hast willst kannst tuo tuoi tue sei vuoi puoi stai tas "
    "thabites toffre tachete ты тебя тебе тобои твои твоя твое твоего твоему вы вас вам ваш ваша "
    "tum aap tujhe tumhe tumko aapko tumhara tumhari tumhare tera teri tere aapka aapki aapke "
    "tereko karoge karogi aaoge aaogi miloge milogi "
    "enta enti inta inti ahlak ahlek ahlik ta3al ta3ali 3andak 3andek ma3ak ma3ek ma3ik "
    "3omrak 3omrek kalemni kalmni ib3atli eb3atli lwa7dak lwa7dek "
    # imperatives and proposals that include the reader
    "vc hmu lets vas buscarte recogerte prenderti "
    # Portuguese imperatives ("liga a câmera pra mim", "fica entre a gente")
    "liga fica abre vem mostra manda "
    # Spanish/Italian drop the pronoun: 2nd-person verbs and "-te"/"-ti" forms
    "vuelves llegas sales terminas verte torni rientri esci finisci trovarti vederti "
    "escribeme hablame agregame mandame enviame pasame muestrame dime ven hagamos "
    "hablemos bora vamos vamo viens schreib schick zeig komm triff scrivimi mandami inviami "
    "aggiungimi dimmi fammi vieni facciamo vediamoci напиши пиши скинь пришли добавь приходи "
    "покажи включи удали даваи bhejo karo aao batao dikhao milo batana chalo "
    "तुम तू आप तुझे तुम्हें तुमको आपको तुम्हारा तुम्हारी तुम्हारे तेरा तेरी तेरे आपका आपकी आपके भेजो करो "
    "आओ दिखाओ बताओ मिलो बताना".split()
    + _ARABIC_ADDRESS
    + ["و" + w for w in _ARABIC_ADDRESS]
    + ["ف" + w for w in _ARABIC_ADDRESS]
) | _COMBO_ADDRESS
# (first word, phrase): "dm me", "can we", Italian "hai" before an object
# (Hinglish "hai" means "is"), "non dirlo", Portuguese "vc" -> "video call"
_ADDRESS_PHRASES: tuple[tuple[str, str], ...] = (*(
    (p.split()[0], p) for p in (
        "dm me", "text me", "add me", "message me", "call me", "send me", "show me", "meet me",
        "come over", "let us", "let's", "shall we", "can we", "should we", "me chama",
        "me manda", "me passa", "me add", "ecris moi", "ajoute moi", "envoie moi", "montre moi",
        "rejoins moi", "retrouve moi", "contacte moi", "on se", "on peut", "lass uns",
        "wollen wir", "sag es", "sag niemandem", "non dirlo", "anni hai", "hai un", "hai una",
        "hai whatsapp", "hai instagram", "hai snap", "hai telegram", "hai discord",
        "не говори", "не рассказываи", "لا تقول", "لا تقولي", "لا تخبر", "لا تخبري", "ما تقول",
        "ما تقولي",
        # tag questions and Hindi 2nd-person modal forms ("mil sakte ho?")
        "dont we", "sakte ho", "sakti ho",
        # a "special connection" between writer and reader ("i feel like we
        # really connect"): the reader is the other half of "we"
        "we really connect", "we connect", "we just click", "we really click",
        "we get each other", "we really get each other", "tenemos una conexion",
        "nos conectamos", "conectamos muy", "a gente se conecta", "temos uma conexao",
        "le courant passe", "on a une connexion", "wir haben eine besondere verbindung",
        "wir haben eine echte verbindung", "abbiamo una connessione", "у нас такая", "у нас особая",
        "между нами особая", "hum dono ka connection", "hamara connection",
    )
), ("dont", "don't we"), ("arent", "aren't we"), ("wont", "won't we"))  # (token, norm text)
_ADDRESS_HEADS = frozenset(h for h, _ in _ADDRESS_PHRASES)
_PHRASES_BY_HEAD: dict[str, tuple[str, ...]] = {
    h: tuple(p for head, p in _ADDRESS_PHRASES if head == h) for h in _ADDRESS_HEADS
}
_T_ELISION = fastre.compile(r"(?<![\w'])t'\w")
_CYRILLIC_2SG = ("ешь", "ишь")
_ADDRESS_ZH = fastre.compile(r"[你妳您]|加我|发我|發我|给我看|給我看|别告诉|別告訴|来我家|來我家")


def _has_phrase(text: str, phrase: str) -> bool:
    """`phrase` as whole words in `text` (a few `find` calls, no regex)."""
    i = text.find(phrase)
    while i != -1:
        j = i + len(phrase)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(phrase, i + 1)
    return False


def _addressed(prep: Prepared) -> bool:
    tokens = prep.token_set
    if not tokens.isdisjoint(_ADDRESS_WORDS):
        return True
    if prep.has_cjk and _ADDRESS_ZH.search(prep.norm) is not None:
        return True
    if "t'" in prep.norm and _T_ELISION.search(prep.norm):
        return True  # French "t'as", "t'offre": the reader
    heads = _ADDRESS_HEADS.intersection(tokens)
    if heads:
        norm = prep.norm
        if any(_has_phrase(norm, p) for h in heads for p in _PHRASES_BY_HEAD[h]):
            return True
    return not prep.norm.isascii() and any(t.endswith(_CYRILLIC_2SG) for t in prep.tokens)


def _disjoint(a: RuleHit, b: RuleHit) -> bool:
    """Two hits count as two cues only if they are different text: spans in
    different targets (unspaced rules match `norm`, the others `plain`) never
    overlap."""
    if a.rule.unspaced != b.rule.unspaced:
        return True
    return a.end <= b.start or b.end <= a.start


def _family(h: RuleHit) -> str:
    return h.rule.name[len(_PREFIX):]


# Weak families: everyday in a consultation about online life ("how old are
# you?", "are your parents strict? mine won't let me have snapchat").  Two weak
# cues never pair, and a bare app mention pairs neither with a supervision
# question nor with the move it names ("add me on discord": one cue); a move
# is the strong "offplatform".
_WEAK = frozenset({"personal", "app"})
_NO_PAIR = frozenset({frozenset({"parents", "app"}), frozenset({"offplatform", "app"})})


def _pairs(a: str, b: str) -> bool:
    """Whether cues of families `a` and `b` (full rule names or bare family
    names alike) may make a pair."""
    a, b = a.removeprefix(_PREFIX), b.removeprefix(_PREFIX)
    return a != b and not (a in _WEAK and b in _WEAK) and frozenset((a, b)) not in _NO_PAIR


def paired_families(hits: list[RuleHit]) -> set[str]:
    """Families taking part in at least one pair of different, non-overlapping
    cues that may pair (empty: no pair)."""
    out: set[str] = set()
    for i, a in enumerate(hits):
        for b in hits[i + 1:]:
            if _pairs(_family(a), _family(b)) and _disjoint(a, b):
                out.update((_family(a), _family(b)))
    return out


class ContactSignalsStage:
    """Hold when two different grooming cue families meet in a message aimed
    at the reader (see module doc)."""

    name = "grooming_signals"

    def __init__(self, allow_frames: bool = True) -> None:
        self.rules = RuleSet(RULES)
        self.allow_frames = allow_frames
        # trigger word -> bit mask of the *families* it can start (one bit each):
        # most messages stop here, before the per-rule candidate list is built
        fams = {name: 1 << i for i, name in enumerate(dict.fromkeys(r.name for r in RULES))}
        # per family bit, the bits of the families it may pair with ("personal"
        # and "app" never pair)
        self.partners = {fams[a]: sum(fams[b] for b in fams if _pairs(a, b)) for a in fams}
        self.family_bits: dict[str, int] = {}
        for r in RULES:
            if not r.unspaced:
                for t in r.triggers:
                    self.family_bits[t] = self.family_bits.get(t, 0) | fams[r.name]
        self.family_triggers = frozenset(self.family_bits)

    def _confidence(self, prep: Prepared, h: RuleHit) -> bool:
        """"don't tell anyone, but I like Pedro": the writer's own secret (the
        frame grooming.py's secrecy rules get from RuleSet.scan)."""
        if not self.allow_frames or h.rule.name != _PREFIX + "secrecy" or h.rule.unspaced:
            return False
        return confidence_frame(prep.plain, h.start, h.end) is not None

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        if "grooming" in verdict.categories:
            return verdict  # already held for a human
        if not prep.has_cjk:
            found = self.family_triggers.intersection(prep.token_set)
            if len(found) < 2:
                return verdict
            bits = 0
            family_bits = self.family_bits
            for tok in found:
                bits |= family_bits[tok]
            if bits & (bits - 1) == 0:
                return verdict  # one family at most: cheap exit before any regex
            rest, partners = bits, self.partners
            while rest:
                low = rest & -rest
                if partners[low] & bits:
                    break
                rest ^= low
            else:
                return verdict  # only families that never pair ("where do you live" + an app)
        if not _addressed(prep):
            return verdict  # nobody is addressed
        candidates = self.rules.candidates(prep)
        # bare matches first: frames are the expensive part of a scan, and most
        # messages naming two cue words (discussion of "parents" and "snap")
        # match one family at most
        # only families that could pair with another candidate family, and each
        # family once (the same set of pairs as matching every candidate rule)
        names = {r.name for r in candidates}
        useful = {a for a in names if any(_pairs(a, b) for b in names)}
        matched: set[str] = set()
        for r in candidates:
            if r.name in useful and r.name not in matched and first_match(
                r, prep.norm if r.unspaced else prep.plain
            ) is not None:
                matched.add(r.name)
        if not any(_pairs(a, b) for a in matched for b in matched):
            return verdict
        hits = [h for h in self.rules.scan(prep, self.allow_frames)
                if h.excused_by is None and not self._confidence(prep, h)]
        families = paired_families(hits)
        if not families:
            return verdict
        pair = "+".join(sorted(families))
        # a sexual question or intimate picture aimed at the reader
        cats = ("grooming", "sexual") if "intimate" in families else ("grooming",)
        return verdict.escalate(Action.HOLD, cats, (_PREFIX + pair,))
