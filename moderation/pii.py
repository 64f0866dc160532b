"""PII redaction with visible placeholders.

Why redact instead of hold: a child sharing their own number is not doing
anything wrong, the message can be shown once the number is gone.  The
redactor works on the *original* text (case and layout preserved) so the
shown text reads naturally: "call me on [phone removed]".

Ordinary numbers stay: years, ages, percentages, times, dates, resolutions
(1920x1080), room numbers and counts are excluded by requiring a phone to
have 7-15 digits *and* a phone-like shape or a nearby cue word; allowed
helpline numbers (policy) are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from .policy import Policy

_I = re.IGNORECASE

# ---------------------------------------------------------------- email
_LOCAL_SEP = r"\s*[(\[]?\s*(?:underscore|dot|dash|point|punto|ponto|hyphen)\s*[)\]]?\s*"
_AT = r"(?:\s*@\s*|\s*[(\[{]\s*at\s*[)\]}]\s*|\s+at\s+|\s+arroba\s+|\s+arobase\s+)"
_DOT = r"(?:\s*\.\s*|\s*[(\[{]\s*dot\s*[)\]}]\s*|\s+dot\s+|\s+point\s+|\s+punto\s+|\s+ponto\s+)"
_TLD = r"(?:com|net|org|co\.uk|co|fr|de|es|pt|ru|it|me|io|uk|br|mx|ar|nl|be|ch|edu|info)"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _I)
_EMAIL_SPOKEN = re.compile(
    r"(?<![\w.])[a-z0-9][\w.+-]*(?:" + _LOCAL_SEP + r"[\w+-]+)*" + _AT
    + r"[a-z0-9-]+(?:" + _DOT + r"[a-z0-9-]+)*?" + _DOT + _TLD + r"\b",
    _I,
)

# ---------------------------------------------------------------- links
_TLDS = (
    "com|net|org|io|gg|xyz|ly|me|co|uk|fr|de|es|ru|info|biz|tk|ml|ga|cf|top|club|online|"
    "site|app|link|live|tv|us|nl|pt|br|cn|to|sh|cc|ws|ai|dev|gl|su|ua"
)
_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"]+"
    r"|\b(?:[a-z0-9][a-z0-9-]*\.)+(?:" + _TLDS + r")\b(?:/[^\s<>\"]*)?",
    _I,
)
_URL_SPOKEN = re.compile(
    r"\b[a-z0-9][\w-]*(?:\s+dot\s+|\s*[(\[]dot[)\]]\s*)(?:com|net|org|io|gg|xyz|ly|ru|tk|info|biz)\b"
    r"(?:\s*/\s*\S+)?",
    _I,
)
_INVITE = re.compile(
    r"chat\.whatsapp|wa\.me|discord\.gg|discord(?:app)?\.com/invite|t\.me/|telegram\.me|kik\.me|"
    r"snapchat\.com/add|instagram\.com/|tiktok\.com/@|m\.me/",
    _I,
)

# ---------------------------------------------------------------- phones
_PHONE = re.compile(r"(?<![\w@/#.,:])(?:\+|00)?\(?\d[\d\s\-.()/]{5,24}\d(?![\w%/:])")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_YEARS = re.compile(r"^(?:19|20)\d\d\s*[-/]\s*(?:19|20)?\d\d$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ .]\d{3})+$")
_PHONE_CUE = re.compile(
    r"(?:call|phone|number|numb|num|no\.|cell|mobile|mob|tel|text|txt|ring|digits|whats ?app|"
    r"signal|telegram|viber|contact|reach me|numero|número|telefono|teléfono|telephone|téléphone|"
    r"portable|tél|handy|nummer|telefon|telefone|celular|móvil|movil|zap|номер|телефон|звони|"
    r"رقم|هاتف|电话|号码|手机|फ़ोन|नंबर)[^.!?\n]{0,25}$",
    _I,
)
_NUMWORDS = (
    "zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|"
    "zéro|zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|"
    "cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    "um|dois|três|quatro|sete|oito|nove|"
    "null|eins|zwei|drei|vier|fünf|funf|sechs|sieben|acht|neun|"
    "ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять|\\d"
)
_SPELLED = re.compile(
    r"\b(?:" + _NUMWORDS + r")(?:[\s,.\-]+(?:and\s+)?(?:" + _NUMWORDS + r")\b){6,}", _I
)

# ---------------------------------------------------------------- handles
_AT_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})")
_PLATFORMS = (
    r"snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|discord|whats ?app|telegram|tg|kik|"
    r"twitter|twitch|roblox|steam|psn|xbox|gamertag|fortnite|epic|skype|signal|wechat|"
    r"youtube|yt|facebook|fb|threads|bereal|reddit|minecraft|username|user ?name|handle"
)
_HANDLE_CUE = re.compile(
    r"\b(?:" + _PLATFORMS + r")\b((?:\s*(?:me|is|its|it's|it’s|=|:|-|at|on|id|name|username|user|"
    r"handle|tag|account|acc|c'est|es|ist|é)\b|\s*[:=@-])*)\s*@?([\w][\w.\-]{2,29}(?:#\d{4})?)",
    _I,
)
# the same, anchored just after a platform word found with str.find (much
# cheaper than scanning the whole text with a big alternation)
_HANDLE_AFTER = re.compile(
    r"((?:\s*(?:me|is|its|it's|it’s|=|:|-|at|on|id|name|username|user|"
    r"handle|tag|account|acc|c'est|es|ist|é)\b|\s*[:=@-])*)\s*@?([\w][\w.\-]{2,29}(?:#\d{4})?)",
    _I,
)
_HANDLE_STOP = frozenset(
    """me you him her them us it this that the a an and or but so too to at on in is are was
    all now later please pls plz private public down up out off fine good bad dead gone
    broken hacked banned cool fun okay ok yes no not never always sometimes much more less
    only just also really very because about with without for from of anyone everyone
    someone people friends my your our their his its if then there here what when where why
    how who which new old same back again today tonight tomorrow yesterday""".split()
)

# ---------------------------------------------------------------- address
_STREET = (
    r"street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|court|ct|place|pl|crescent|"
    r"terrace|gardens|grove|boulevard|blvd|square|sq|mews|row|walk|rise"
)
_ADDR_STOP = r"(?!(?:the|a|an|of|in|on|at|to|and|my|our|for|with|from|is|are|was|i|we|you)\b)"
_ADDRESS = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:" + _ADDR_STOP + r"[A-Za-z][\w'’-]*\s+){1,3}(?:" + _STREET + r")\b\.?",
    _I,
)
_ADDRESS_CUED = re.compile(
    r"\b(?:live|living|stay|staying) (?:on|at|in) (?P<g>(?:" + _ADDR_STOP + r"[A-Za-z][\w'’-]*\s+){1,3}(?:"
    + _STREET + r")\b\.?)",
    _I,
)
_ADDRESS_INTL = re.compile(
    r"\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|allée|allee|chemin|impasse|"
    r"route|quai)\s+(?:de la |de l'|du |des |de |d')?[\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}"
    r"|\b(?:calle|c/|avenida|avda\.?|paseo|carrer|rua|travessa|via|viale|piazza)\s+"
    r"(?:de la |del |de |do |da |dos |das )?[\w'’-]+(?:\s+[\w'’-]+){0,2}?,?\s*(?:n[ºo°]\.?\s*)?\d{1,4}\b"
    r"|\b[\w-]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring)\s+\d{1,4}[a-z]?\b"
    r"|\b(?:ул\.|улица|пр\.|проспект|переулок)\s+[\w-]+,?\s*(?:д\.|дом)?\s*\d{1,4}",
    _I,
)

# ---------------------------------------------------------------- names
_NAME_CUE = re.compile(
    r"\b(?P<cue>my name is|my name's|my names|my full name is|i am called|i'm called|"
    r"call me|i'm|i’m|im|i am|je m'appelle|je m’appelle|je suis|me llamo|mi nombre es|soy|"
    r"ich heiße|ich heisse|ich bin|meu nome é|meu nome e|eu sou|меня зовут|mi chiamo|sono)"
    r"\s+(?P<first>[^\W\d_][\w'’-]*)\s+(?P<last>[^\W\d_][\w'’-]*(?:-[^\W\d_][\w'’-]*)?)",
    _I,
)
_SURNAME = re.compile(
    r"\b(?:my (?:surname|last name|family name) is|mon nom de famille est|mi apellido es|"
    r"mein nachname ist|meu sobrenome é|моя фамилия)\s+(?P<last>[^\W\d_][\w'’-]*)",
    _I,
)
_STRONG_NAME_CUES = {"my name is", "my name's", "my names", "my full name is", "i am called",
                     "i'm called", "je m'appelle", "je m’appelle", "me llamo", "mi nombre es",
                     "ich heiße", "ich heisse", "meu nome é", "meu nome e", "меня зовут",
                     "mi chiamo"}
_WEAK_STOP = frozenset(
    """very so not really just so going from in at a the happy sad here there also still
    always never sorry glad fine good tired bored sure""".split()
)
_NAME_STOP = frozenset(
    """and but from i im i'm btw lol age years year old aged by the a an in at on of to is
    was so too also and, or my your not just really very here there now today who what
    this that because cuz bc y et mais de la le les y pero und aber e mas и но""".split()
)

# ---------------------------------------------------------------- school
_SCHOOL_WORD = (
    r"school|academy|college|high school|high|primary|grammar|lycée|lycee|collège|gymnasium|"
    r"escuela|colegio|instituto|escola|realschule|grundschule|gesamtschule|школа|гимназия|лицей"
)
_SCHOOL_STOP = (
    r"(?!(?:a|an|the|my|our|your|his|her|their|this|that|new|old|same|local|big|small|public|"
    r"private|boarding|secondary|primary|middle|high|another|different|good|bad|best|worst|"
    r"normal|regular|state|to|at|in|of|from|and|online|summer|night|driving|art|music)\b)"
)
_SCHOOL_AT = re.compile(r"\b(?:" + _SCHOOL_WORD + r")(?:\s+school)?\b", _I)
# applied to the ~60 characters before a school word, anchored at their end
_SCHOOL_BEFORE = re.compile(
    r"\b(?:go to|attend|am at|i'm at|im at|study at|studying at|student at|pupil at|"
    r"school is|from|at|in) (?P<g>(?:(?:st\.?|saint|the)\s+)?(?:" + _SCHOOL_STOP
    + r"[\w'’.-]+\s+){1,4})$",
    _I,
)
_SCHOOL_NAMED = re.compile(
    r"\b(?:lycée|lycee|collège|colegio|escuela|instituto|escola|gymnasium|школа|гимназия|лицей)\s+"
    r"(?:(?:no\.?|n°|nº|№|#)\s*\d+|(?:de |del |do |da |am |san |santa |saint |sainte |st )?"
    r"[A-ZÀ-ÝА-Я][\w'’-]+(?:\s+[A-ZÀ-ÝА-Я][\w'’-]+){0,2}|\d+)",
)

# ---------------------------------------------------------------- password
_PASSWORD = re.compile(
    r"\b(?P<who>my |the |our |his |her )?(?:password|passwd|pass word|passcode|pin code|pin|pw|pwd|"
    r"mot de passe|mdp|contraseña|contrasena|clave|passwort|kennwort|senha|пароль)"
    r"(?P<conn>\s*(?:is|was|=|:|est|es|ist|é|e|это|-)\s*)[\"'“]?(?P<pw>[^\s\"'”]+)",
    _I,
)


# ---------------------------------------------------------------- gates
_WORDS = re.compile(r"[\w']+")
_DIGIT = re.compile(r"\d")
_DOT_HINT = re.compile(r"[a-z0-9]\.[a-z]{2}")
_DE_STREET_HINT = re.compile(r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring)\s+\d")
_AT_WORDS = frozenset("at arroba arobase".split())
_DOT_WORDS = frozenset("dot point punto ponto".split())
_PLATFORM_WORDS = frozenset(
    """snap snapchat sc insta instagram ig tiktok tik tt discord whatsapp whats
    telegram tg kik twitter twitch roblox steam psn xbox gamertag fortnite epic skype signal
    wechat youtube yt facebook fb threads bereal reddit minecraft username user handle""".split()
)
_PLATFORM_PHRASE = {"tik": "tik tok", "whats": "whats app", "user": "user name"}
_STREET_WORDS = frozenset(_STREET.split("|"))
_INTL_STREET_WORDS = frozenset(
    "rue avenue boulevard bd allée allee chemin impasse route quai calle c avenida avda paseo "
    "carrer rua travessa via viale piazza ул улица пр проспект переулок".split()
)
_LIVE_WORDS = frozenset("live living stay staying".split())
_NUMWORD_SET = frozenset(w for w in _NUMWORDS.split("|") if w.isalpha())
_NAME_WORDS = frozenset(
    """name names called appelle mappelle llamo nombre heisse nome зовут chiamo surname
    apellido nachname sobrenome фамилия""".split()
)
# weak cues ("I'm", "call me", "je suis") only matter before two capitalised words
_WEAK_NAME_WORDS = frozenset("im am call suis soy bin sou sono".split())
_TWO_CAPS = re.compile(r"[A-ZÀ-ÝА-Я][\w'’-]+\s+[A-ZÀ-ÝА-Я]")
_EMAIL_TLDS = frozenset(
    "com net org uk fr de es pt ru it me io co br mx ar nl be ch edu info".split()
)
_SCHOOL_WORDS = frozenset(
    w for w in _SCHOOL_WORD.replace(" ", "|").split("|") if w
)
_PASSWORD_WORDS = frozenset(
    """password passwd passcode pw pwd mdp contrasena clave passwort kennwort senha
    пароль""".split()
)
_NOT_A_SCHOOL_NAME = frozenset(
    """a an the my our your his her their this that new old same local big small public
    private boarding secondary primary middle high another different good bad best worst
    normal regular state to at in of from and online summer night driving art music after
    before during about for with whole entire""".split()
)


def _named_school_hint(tokens: Sequence[str]) -> bool:
    """Is some school word preceded by a word that could be part of a name?"""
    for i, t in enumerate(tokens):
        if t in _SCHOOL_WORDS and i and tokens[i - 1] not in _NOT_A_SCHOOL_NAME:
            return True
    return False


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


class PiiRedactor:
    """Stateless after construction; `redact` returns (text, reasons)."""

    def __init__(self, policy: Policy) -> None:
        self.allowed_numbers = policy.allowed_number_digits()
        domains = [d.lower() for d in policy.allowed_domains]
        for h in policy.helplines.values():
            if h.url:
                host = re.sub(r"^https?://(?:www\.)?", "", h.url.lower()).split("/")[0]
                domains.append(host)
        self.allowed_domains = tuple(domains)

    def redact(
        self,
        text: str,
        low: str | None = None,
        words: AbstractSet[str] | None = None,
        tokens: Sequence[str] | None = None,
        has_digit: bool | None = None,
    ) -> tuple[str, list[str]]:
        """Return (redacted text, reasons).  Each detector is gated by a cheap
        word-set test so that plain messages run almost no regex.  The
        pipeline passes the already normalised text and its word set."""
        reasons: list[str] = []
        if low is None or words is None or tokens is None:
            low = text.lower()
            tokens = _WORDS.findall(low.replace("'", "").replace("’", ""))
            words = set(tokens)
        if has_digit is None:
            has_digit = bool(_DIGIT.search(text))
        has_at = "@" in text
        if has_at:
            text = self._sub(_EMAIL, text, "[email removed]", "pii:email", reasons)
            has_at = "@" in text
        if words & _AT_WORDS and words & _DOT_WORDS and words & _EMAIL_TLDS:
            text = self._sub(_EMAIL_SPOKEN, text, "[email removed]", "pii:email", reasons)
        if "http" in low or "www" in low or _DOT_HINT.search(low):
            text = _URL.sub(lambda m: self._link(m, reasons), text)
        if "dot" in words:
            text = _URL_SPOKEN.sub(lambda m: self._link(m, reasons), text)
        if has_at:
            text = self._sub(_AT_HANDLE, text, "[handle removed]", "pii:handle", reasons)
        platforms = words & _PLATFORM_WORDS
        if platforms:
            text = self._handles(text, reasons, platforms)
        if has_digit:
            text = _PHONE.sub(lambda m: self._phone(m, reasons), text)
            if words & _STREET_WORDS:
                text = self._sub(_ADDRESS, text, "[address removed]", "pii:address", reasons)
            if words & _INTL_STREET_WORDS or _DE_STREET_HINT.search(low):
                text = self._sub(_ADDRESS_INTL, text, "[address removed]", "pii:address", reasons)
        if words & _LIVE_WORDS and words & _STREET_WORDS:
            text = self._sub_g(_ADDRESS_CUED, text, "[address removed]", "pii:address", reasons)
        if len(words & _NUMWORD_SET) >= 2 and sum(t in _NUMWORD_SET for t in tokens) >= 6:
            text = self._sub(_SPELLED, text, "[phone removed]", "pii:phone_words", reasons)
        if words & _NAME_WORDS or (words & _WEAK_NAME_WORDS and _TWO_CAPS.search(text)):
            text = self._names(text, reasons)
        if words & _SCHOOL_WORDS and _named_school_hint(tokens):
            text = self._schools(text, reasons)
            text = self._sub(_SCHOOL_NAMED, text, "[school removed]", "pii:school", reasons)
        if (
            words & _PASSWORD_WORDS
            or ("pin" in words and has_digit)
            or ("pass" in words and "word" in words)
            or ("mot" in words and "passe" in words)
        ):
            text = _PASSWORD.sub(lambda m: self._password(m, reasons), text)
        return text, reasons

    def redact_text(self, text: str) -> str:
        return self.redact(text)[0]

    # -------------------------------------------------------------------
    @staticmethod
    def _sub(rx: re.Pattern[str], text: str, repl: str, reason: str, reasons: list[str]) -> str:
        new, n = rx.subn(repl, text)
        if n and reason not in reasons:
            reasons.append(reason)
        return new

    @staticmethod
    def _sub_g(rx: re.Pattern[str], text: str, repl: str, reason: str, reasons: list[str]) -> str:
        def f(m: re.Match[str]) -> str:
            _add(reasons, reason)
            return m.group(0)[: m.start("g") - m.start(0)] + repl

        return rx.sub(f, text)

    def _link(self, m: re.Match[str], reasons: list[str]) -> str:
        url = m.group(0)
        trail = ""
        while url and url[-1] in ".,!?;:)]}'\"":
            trail = url[-1] + trail
            url = url[:-1]
        low = url.lower()
        if "." not in low and "dot" not in low:
            return m.group(0)
        if any(d in low for d in self.allowed_domains):
            return m.group(0)
        if _INVITE.search(low):
            _add(reasons, "pii:invite_link")
        else:
            _add(reasons, "link:url")
        return "[link removed]" + trail

    def _phone(self, m: re.Match[str], reasons: list[str]) -> str:
        s = m.group(0).strip()
        d = _digits(s)
        if not 7 <= len(d) <= 15 or d in self.allowed_numbers:
            return m.group(0)
        core = s.strip("()")
        if _DATE.match(core) or _YEARS.match(core):
            return m.group(0)
        before = m.string[max(0, m.start() - 40) : m.start()]
        cue = bool(_PHONE_CUE.search(before))
        intl = s.startswith(("+", "00", "(0", "0"))
        grouped = bool(re.search(r"\d[\s\-.()/]+\d", s))
        if _THOUSANDS.match(core) and not cue and not s.startswith("0"):
            return m.group(0)
        if cue or intl or (grouped and len(d) >= 9) or len(d) >= 10:
            _add(reasons, "pii:phone")
            return "[phone removed]"
        return m.group(0)

    def _handles(self, text: str, reasons: list[str], platforms: AbstractSet[str]) -> str:
        low = text.lower()
        if len(low) != len(text):  # case mapping changed lengths: use the slow path
            return _HANDLE_CUE.sub(lambda m: self._handle(m, m.start(), reasons), text)
        spans: list[tuple[int, int]] = []
        for word in platforms:
            word = _PLATFORM_PHRASE.get(word, word)
            start = 0
            while (i := low.find(word, start)) != -1:
                start = i + len(word)
                if (i and low[i - 1].isalnum()) or (start < len(low) and low[start].isalnum()):
                    continue
                m = _HANDLE_AFTER.match(text, start)
                if m is not None and self._handle(m, i, reasons) != m.group(0):
                    spans.append((m.start(2), m.end(2)))
        for a, b in sorted(set(spans), reverse=True):
            text = text[:a] + "[handle removed]" + text[b:]
        return text

    def _handle(self, m: re.Match[str], cue_start: int, reasons: list[str]) -> str:
        """Decide whether the candidate after a platform cue is a handle."""
        cand = m.group(2)
        joiner = m.group(1).lower()
        low = cand.lower().rstrip(".-")
        if low in _HANDLE_STOP or cand.startswith("["):
            return m.group(0)
        words = set(re.findall(r"[\w']+", joiner))
        before = m.string[max(0, cue_start - 12) : cue_start].lower()
        owned = bool(re.search(r"\b(?:my|ur|your|mon|ma|mi|mein|meu|minha)\s+$", before))
        explicit = (
            any(k in joiner for k in (":", "=", "@"))
            or "me" in words
            or (owned and bool(words & {"is", "at", "es", "ist", "c'est", "é", "name", "its"}))
        )
        shaped = (any(c in cand for c in "._#") or any(c.isdigit() for c in cand)) and any(
            c.isalpha() for c in cand
        )
        if not (explicit or shaped):
            return m.group(0)
        _add(reasons, "pii:handle")
        return m.group(0)[: m.start(2) - m.start(0)] + "[handle removed]"

    def _schools(self, text: str, reasons: list[str]) -> str:
        """"I go to St Mary's school": find the school word, then look back
        for a cue and 1-4 name words (cheaper than a full-text regex)."""
        spans = []
        for m in _SCHOOL_AT.finditer(text):
            window_start = max(0, m.start() - 60)
            b = _SCHOOL_BEFORE.search(text, window_start, m.start())
            if b is not None:
                spans.append((b.start("g"), m.end()))
        if not spans:
            return text
        _add(reasons, "pii:school")
        for a, e in reversed(spans):
            text = text[:a] + "[school removed]" + text[e:]
        return text

    def _names(self, text: str, reasons: list[str]) -> str:
        def repl(m: re.Match[str]) -> str:
            cue = m.group("cue").lower()
            first, last = m.group("first"), m.group("last")
            if last.lower() in _NAME_STOP or first.lower() in _NAME_STOP:
                return m.group(0)
            capital = first[0].isupper() and last[0].isupper()
            if cue in _STRONG_NAME_CUES:
                ok = capital or last.isalpha()
            else:
                # weak cues ("I'm", "call me"): both words must look like a proper name
                ok = capital and not last.isupper() and first.lower() not in _WEAK_STOP
            if not ok:
                return m.group(0)
            _add(reasons, "pii:name")
            return m.group(0)[: m.start("last") - m.start(0)] + "[name removed]"

        text = _NAME_CUE.sub(repl, text)

        def repl2(m: re.Match[str]) -> str:
            _add(reasons, "pii:name")
            return m.group(0)[: m.start("last") - m.start(0)] + "[name removed]"

        return _SURNAME.sub(repl2, text)

    def _password(self, m: re.Match[str], reasons: list[str]) -> str:
        pw = m.group("pw")
        who = (m.group("who") or "").strip().lower()
        conn = m.group("conn").strip()
        strong = who in ("my", "our", "his", "her") or conn in (":", "=")
        shaped = any(not c.isalpha() for c in pw)
        if not (strong or shaped) or pw.startswith("["):
            return m.group(0)
        _add(reasons, "pii:password")
        return m.group(0)[: m.start("pw") - m.start(0)] + "[password removed]"


def _add(reasons: list[str], r: str) -> None:
    if r not in reasons:
        reasons.append(r)


Redact = Callable[[str], str]
