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

from .normalise import MARKS, norm_text
from .pii_patterns import (
    _ADDRESS,
    _ADDRESS_CUED,
    _ADDRESS_INTL,
    _AR_ADDRESS,
    _AR_ADDRESS_WORDS,
    _AR_NAME,
    _AR_NAME_STOP,
    _AR_NAME_WORDS,
    _AR_NOT_PASSWORD,
    _AR_PASSWORD,
    _AR_PASSWORD_WORDS,
    _AR_SCHOOL,
    _AR_SCHOOL_JOIN,
    _AR_SCHOOL_STOP,
    _AR_SCHOOL_WORDS,
    _AR_STREET_STOP,
    _AT_FIND,
    _AT_HANDLE,
    _AT_WORDS,
    _DATE,
    _DE_GENERIC_SCHOOL,
    _DE_SCHOOL,
    _DIGIT,
    _DOMAIN_AFTER,
    _DOT_FIND,
    _DOT_HINT,
    _DOT_WORDS,
    _EMAIL,
    _HANDLE_AFTER,
    _HANDLE_CUE,
    _HANDLE_STOP,
    _HI_ADDR_STOP,
    _HI_ADDRESS,
    _HI_LOCALITY_WORDS,
    _HI_NAME,
    _HI_NAME_STOP,
    _HI_SCHOOL,
    _HI_SCHOOL_GENERIC,
    _HI_SCHOOL_STOP,
    _HI_SCHOOL_WORDS,
    _IN_ADDRESS,
    _IN_SCHOOL_AT,
    _IN_SCHOOL_CUE_AFTER,
    _IN_SCHOOL_KIND,
    _INTL_STREET_WORDS,
    _INVITE,
    _LATIN_BEFORE,
    _LIVE_WORDS,
    _LOCAL_BEFORE,
    _NAME_BEFORE,
    _NAME_CUE,
    _NAME_STOP,
    _NAME_WORDS,
    _NAMED_SCHOOL_WORDS,
    _NONSPACE,
    _NOT_PHONE_CUE,
    _NUMWORD_SET,
    _PASSWORD,
    _PASSWORD_WORDS,
    _PASSWORD_ZH,
    _PHONE,
    _PHONE_CUE,
    _PHONE_GATE,
    _PLATFORM_PHRASE,
    _PLATFORM_WORDS,
    _ROMAN_ADDR_STOP,
    _ROMAN_LOCALITY_WORDS,
    _ROMAN_NAME,
    _ROMAN_NAME_STOP,
    _ROMAN_NAME_WORDS,
    _ROMAN_SCHOOL_AT_WORDS,
    _ROMAN_SCHOOL_GENERIC,
    _ROMAN_SCHOOL_STOP,
    _ROMAN_SCHOOL_VERBS,
    _ROMAN_SCHOOL_WORDS,
    _ROMAN_WORDS,
    _RU_ADDRESS,
    _RU_ADDRESS_TAIL,
    _RU_HANDLE,
    _RU_PLATFORM_WORDS,
    _RU_SCHOOL,
    _RU_SCHOOL_WORDS,
    _RU_STREET_WORDS,
    _SCHOOL_AT,
    _SCHOOL_BEFORE,
    _SCHOOL_NAMED,
    _SCHOOL_WORDS,
    _SCRIPT_WORDS,
    _SPELLED,
    _SPOKEN_TLD_AFTER,
    _SPOKEN_TLDS,
    _STREET_WORDS,
    _STRONG_NAME_CUES,
    _SURNAME,
    _THOUSANDS,
    _TWO_CAPS,
    _URL,
    _URL_SPOKEN,
    _WEAK_NAME_WORDS,
    _WEAK_STOP,
    _YEARS,
    _ZH_ADDRESS,
    _ZH_NAME,
    _ZH_NAME_MARKS,
    _ZH_PLAIN_SCHOOL,
    _ZH_SCHOOL_AT,
    _ZH_SCHOOL_CUES,
    _ZH_SCHOOL_GENERIC,
    _ZH_SCHOOL_STOP,
    _digits,
    _named_school_hint,
    ascii_digits,
    de_street_hint,
    fold_word,
)
from .policy import Policy

# the joiner words of _HANDLE_AFTER; any other plain lower-case word right
# after a platform name is rejected by `_handle` anyway, so it is skipped early
_JOINERS = frozenset(
    "me is its it's it’s as under called named at on id name username user handle tag account "
    "acc c'est es ist é pe par pr mera meri ka ki hai".split()
)
_PLAIN_NEXT = re.compile(r" ([a-z]+)(?=[ ,!?;:]|$)")


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
            # the same forms the pipeline passes: normalised text, words with marks
            low = norm_text(text)
            tokens = _WORDS_MARKS.findall(low.replace("'", "").replace("’", ""))
            words = set(tokens)
        # one intersection with every cue word; each detector's gate then
        # intersects this small set (same result: every gate set is in _CUE_WORDS)
        cues = words & _CUE_WORDS
        if has_digit is None:
            has_digit = bool(_DIGIT.search(text))
        has_at = "@" in text
        if has_at:
            # emails and URLs contain no spaces: run their regexes per chunk,
            # only on the chunks that can match (full-text scans backtrack)
            text = _per_chunk(
                text,
                lambda c: "@" in c,
                lambda c: self._sub(_EMAIL, c, "[email removed]", "pii:email", reasons),
            )
            has_at = "@" in text
        if (
            (has_at or cues & _AT_WORDS)
            and cues & _DOT_WORDS
            and _SPOKEN_TLDS.search(low)
        ):
            text = self._spoken_emails(text, reasons)
        if "http" in low or "www" in low or _DOT_HINT.search(low):
            text = _per_chunk(
                text,
                lambda c: "." in c and ("http" in c or "www" in c or bool(_DOT_HINT.search(c.lower()))),
                lambda c: _URL.sub(lambda m: self._link(m, reasons), c),
            )
        if "dot" in words:
            text = self._spoken_links(text, reasons)
        if has_at:
            text = self._sub(_AT_HANDLE, text, "[handle removed]", "pii:handle", reasons)
        platforms = cues & _PLATFORM_WORDS
        if platforms:
            text = self._handles(text, reasons, platforms)
        ascii_ = low.isascii()
        # single-character tests first: a multi-character needle costs several
        # times more on non-ASCII text
        if (
            ("q" in low and "qq" in low)
            or ("x" in low and ("vx" in low or "wx" in low))
            or (not ascii_ and ("信" in text or "扣" in text or "抖" in text))
        ):
            text = self._sub_g(_ZH_HANDLE, text, "[handle removed]", "pii:handle", reasons)
        if has_digit:
            if _PHONE_GATE.search(text):
                text = _PHONE.sub(lambda m: self._phone(m, reasons), text)
            if cues & _STREET_WORDS:
                text = self._sub(_ADDRESS, text, "[address removed]", "pii:address", reasons)
            if cues & _INTL_STREET_WORDS or de_street_hint(low):
                text = self._sub(_ADDRESS_INTL, text, "[address removed]", "pii:address", reasons)
        if cues & _LIVE_WORDS and cues & _STREET_WORDS:
            text = self._sub_g(_ADDRESS_CUED, text, "[address removed]", "pii:address", reasons)
        if len(cues & _NUMWORD_SET) >= 2 and sum(t in _NUMWORD_SET for t in tokens) >= 6:
            text = self._sub(_SPELLED, text, "[phone removed]", "pii:phone_words", reasons)
        if cues & _NAME_WORDS or (cues & _WEAK_NAME_WORDS and _TWO_CAPS.search(text)):
            text = self._names(text, reasons)
        if "gymnasium" in words or "schule" in low:
            text = _DE_SCHOOL.sub(lambda m: _de_school(m, reasons), text)
        if not cues.isdisjoint(_ANY_SCHOOL_WORDS):
            if cues & _SCHOOL_WORDS and _named_school_hint(tokens):
                text = self._schools(text, reasons)
            if not cues.isdisjoint(_NAMED_SCHOOL_WORDS):
                text = self._sub(_SCHOOL_NAMED, text, "[school removed]", "pii:school", reasons)
        if (
            cues & _PASSWORD_WORDS
            or ("pin" in words and has_digit)
            or ("pass" in words and "word" in words)
            or ("mot" in words and "passe" in words)
        ):
            text = _PASSWORD.sub(lambda m: self._password(m, reasons), text)
        if "密码" in text or "密碼" in text or "口令" in text:
            text = self._sub_g(_PASSWORD_ZH, text, "[password removed]", "pii:password", reasons)
        if not ascii_:
            text = self._other_scripts(text, words, has_digit, reasons)
        if not cues.isdisjoint(_ROMAN_WORDS):
            text = self._romanised(text, words, reasons)
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
        s = ascii_digits(m.group(0).strip())  # "٠١٠ ١٢٣٤ ٥٦٧٨" is tested as "010 1234 5678"
        d = _digits(s)
        if not 7 <= len(d) <= 15 or d in self.allowed_numbers:
            return m.group(0)
        core = s.strip("()")
        if _DATE.match(core) or _YEARS.match(core):
            return m.group(0)
        before = m.string[max(0, m.start() - 40) : m.start()]
        if _NOT_PHONE_CUE.search(before):
            return m.group(0)
        cue = bool(_PHONE_CUE.search(before))
        intl = s.startswith(("+", "00", "(0", "0"))
        grouped = bool(re.search(r"\d[\s\-.()/]+\d", s))
        if d.endswith("00000") and not cue and not intl:
            return m.group(0)  # a round count ("1400000000 people")
        if len(d) == 13 and d.startswith(("978", "979")) and not cue:
            return m.group(0)  # ISBN-13
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
                nxt = _PLAIN_NEXT.match(low, start)
                if nxt is not None and nxt.group(1) not in _JOINERS:
                    continue  # "Instagram takes ages": an ordinary word, never a handle
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
        if cand.isdigit() or not _HAS_ALPHA.search(cand):
            return m.group(0)  # digits only: a phone number, not a handle
        shaped = not cand.isalpha()  # has digits, dots, underscores or "#"
        if not shaped:
            if not joiner.strip():
                return m.group(0)
            words = set(_JOINER_WORDS.findall(joiner))
            explicit = ":" in joiner or "=" in joiner or "@" in joiner or "me" in words
            if not explicit and words & _OWNED_JOINERS:
                before = m.string[max(0, cue_start - 12) : cue_start].lower()
                explicit = _OWNER_BEFORE.search(before) is not None
            if not explicit:
                return m.group(0)
        _add(reasons, "pii:handle")
        return m.group(0)[: m.start(2) - m.start(0)] + "[handle removed]"

    def _spoken_links(self, text: str, reasons: list[str]) -> str:
        """"robux-gen dot xyz": anchored at each spoken "dot"."""
        spans = []
        for d in _DOT_FIND.finditer(text):
            tld = _SPOKEN_TLD_AFTER.match(text, d.end())
            if tld is None:
                continue
            name = _NAME_BEFORE.search(text, max(0, d.start() - 64), d.start())
            if name is not None:
                spans.append((name.start(), tld.end()))
        for a, e in reversed(spans):
            m = _URL_SPOKEN.match(text, a, e)
            if m is not None:
                text = text[:a] + self._link(m, reasons) + text[e:]
        return text

    @staticmethod
    def _spoken_emails(text: str, reasons: list[str]) -> str:
        """"ella underscore 2010 at gmail dot com": anchored at each "at"."""
        spans = []
        for at in _AT_FIND.finditer(text):
            dom = _DOMAIN_AFTER.match(text, at.end())
            if dom is None:
                continue
            local = _LOCAL_BEFORE.search(text, max(0, at.start() - 80), at.start())
            if local is not None:
                spans.append((local.start(), dom.end()))
        if not spans:
            return text
        _add(reasons, "pii:email")
        for a, e in reversed(spans):
            text = text[:a] + "[email removed]" + text[e:]
        return text

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
        if not conn and not who:
            return m.group(0)  # "password 2fa" - no connector needs a possessive
        if pw.lower().strip(".,!?") in _NOT_A_PASSWORD:
            return m.group(0)  # "my password is too long", "mon mot de passe est trop ..."
        strong = who in _POSSESSIVES or conn in (":", "=")
        shaped = any(not c.isalpha() for c in pw)
        if not (strong or shaped) or pw.startswith("["):
            return m.group(0)
        _add(reasons, "pii:password")
        return m.group(0)[: m.start("pw") - m.start(0)] + "[password removed]"


    # ------------------------------------------------------------------- other scripts
    def _other_scripts(
        self, text: str, words: AbstractSet[str], has_digit: bool, reasons: list[str]
    ) -> str:
        """Arabic, Chinese, Devanagari and Cyrillic cue words; only called for
        non-ASCII text.  Gates are word-set lookups (one set test for all of
        them first) and, for Chinese, which has no spaces, single-character
        tests on the text: multi-character substring tests on non-ASCII text
        cost several times more."""
        # Chinese
        if "叫" in text or "名" in text or "姓" in text:
            text = _ZH_NAME.sub(lambda m: _zh_name(m, reasons), text)
        if "学" in text or "學" in text or "中" in text:
            text = _zh_schools(text, reasons)
        if has_digit and (
            "号" in text or "號" in text or "弄" in text or "栋" in text or "棟" in text or "幢" in text
        ):
            text = self._sub_g(_ZH_ADDRESS, text, "[address removed]", "pii:address", reasons)
        if words.isdisjoint(_SCRIPT_WORDS):
            return text
        # Arabic (word forms normalised: ة -> ه, أ/إ -> ا, ى -> ي)
        if not words.isdisjoint(_AR_NAME_WORDS):
            text = _tail_names(_AR_NAME, text, _ar_name_stop, reasons)
        if not words.isdisjoint(_AR_SCHOOL_WORDS):
            text = _ar_schools(text, reasons)
        if has_digit and not words.isdisjoint(_AR_ADDRESS_WORDS):
            text = _AR_ADDRESS.sub(lambda m: _ar_address(m, reasons), text)
        if not words.isdisjoint(_AR_PASSWORD_WORDS):
            text = _AR_PASSWORD.sub(lambda m: _ar_password(m, reasons), text)
        # Devanagari
        if "नाम" in words:
            text = _tail_names(_HI_NAME, text, _hi_name_stop, reasons)
        if not words.isdisjoint(_HI_SCHOOL_WORDS):
            text = _lead_spans(_HI_SCHOOL, text, _HI_SCHOOL_STOP, _HI_SCHOOL_GENERIC,
                               "[school removed]", "pii:school", reasons)
        if not words.isdisjoint(_HI_LOCALITY_WORDS):
            text = _locality(_HI_ADDRESS, text, _HI_ADDR_STOP, "घर", reasons)
        # Cyrillic
        if not words.isdisjoint(_RU_SCHOOL_WORDS) and (
            has_digit or "имени" in words or "им" in words
        ):
            text = self._sub(_RU_SCHOOL, text, "[school removed]", "pii:school", reasons)
        if has_digit and not words.isdisjoint(_RU_STREET_WORDS):
            text = _ru_addresses(text, reasons)
        if not words.isdisjoint(_RU_PLATFORM_WORDS):
            text = _RU_HANDLE.sub(lambda m: _ru_handle(m, reasons), text)
        return text

    @staticmethod
    def _romanised(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
        """Romanised Hindi / Arabic: "mera naam ...", "... school mein padhta
        hoon", "14B Gandhi Nagar sector 5"."""
        if not words.isdisjoint(_ROMAN_NAME_WORDS):
            text = _tail_names(_ROMAN_NAME, text, _roman_name_stop, reasons)
        if not words.isdisjoint(_ROMAN_SCHOOL_AT_WORDS) and (
            not words.isdisjoint(_ROMAN_SCHOOL_VERBS) or not words.isdisjoint(_ROMAN_SCHOOL_WORDS)
        ):
            text = _in_schools(text, reasons)
        if not words.isdisjoint(_ROMAN_LOCALITY_WORDS):
            text = _locality(_IN_ADDRESS, text, _ROMAN_ADDR_STOP, "ghar", reasons)
        return text


_NOT_A_PASSWORD = frozenset(
    """too so very really quite strong weak long short easy hard simple safe secure same different
    not never the a an my your private secret changed wrong right ok okay fine new old
    trop tres pas le la un une mon ton facile nul muy no el mi tu mas demasiado sehr zu nicht
    das der die ein eine mein muito nao o um uma meu очень не слишком мой
    bahut bohot bhot bht kya nahi nhi mat kisi lamba chhota aasan asan mushkil ekdum kaafi kafi
    बहुत मजबूत आसान मुश्किल लंबा छोटा सुरक्षित क्या नहीं मत किसी""".split()
)
_POSSESSIVES = frozenset("my our his her mon ma mi mein meine minha meu мой moi mera meri मेरा मेरी".split())
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_JOINER_WORDS = re.compile(r"[\w']+")
# Chinese platform cues are not separate words ("我的微信号是 abc_12"): WeChat/QQ id after them
_ZH_HANDLE = re.compile(
    r"(?:微信|微信|v信|薇信|威信|(?<![a-z])qq|扣扣|(?<![a-z])vx|(?<![a-z])wx|抖音)"
    r"(?:号码|號碼|号|號|id|ID)?\s*(?:是|为|為|就是|:|：)?\s*(?P<g>[A-Za-z0-9][\w.\-]{3,29})",
    re.I,
)
_WORDS_MARKS = re.compile(r"[\w" + MARKS + r"]+")
_OWNED_JOINERS = frozenset({"is", "at", "es", "ist", "c'est", "é", "name", "its"})
_OWNER_BEFORE = re.compile(r"\b(?:my|ur|your|mon|ma|mi|mein|meu|minha)\s+$")



# ---------------------------------------------------------------- other-script helpers
_ANY_SCHOOL_WORDS = _SCHOOL_WORDS | _NAMED_SCHOOL_WORDS
_HOME_WORDS = frozenset("ghar house flat makan घर मकान".split())


def _replace_spans(
    text: str, spans: list[tuple[int, int]], repl: str, reason: str, reasons: list[str]
) -> str:
    """Replace non-overlapping (start, end) spans, right to left."""
    if not spans:
        return text
    _add(reasons, reason)
    last = len(text) + 1
    for a, e in sorted(set(spans), reverse=True):
        if e > last:
            continue  # overlaps a span already replaced
        text = text[:a] + repl + text[e:]
        last = a
    return text


def _ar_name_stop(w: str) -> bool:
    """An Arabic word that cannot be part of a name: a function word, the
    same with the conjunction و attached ("وعمري"), or laughter ("هههه").
    "على" (on) is tested unfolded: folded it is the name "علي"."""
    f = fold_word(w)
    return (
        f in _AR_NAME_STOP or (f[:1] == "و" and f[1:] in _AR_NAME_STOP) or not f.strip("ه")
        or w == "على"
    )


def _hi_name_stop(w: str) -> bool:
    return w.lower() in _HI_NAME_STOP or w.lower() in _ROMAN_NAME_STOP


def _roman_name_stop(w: str) -> bool:
    return w.lower() in _ROMAN_NAME_STOP


def _tail_names(
    rx: re.Pattern[str], text: str, is_stop: Callable[[str], bool], reasons: list[str]
) -> str:
    """Cue + first name + family name(s): the first name stays (like "My name
    is Lea"), the words after it are removed up to the first stop word."""
    spans = []
    for m in rx.finditer(text):
        if is_stop(m.group("first")):
            continue
        base = m.start("rest")
        a = e = -1
        for w in _NONSPACE.finditer(m.group("rest")):
            if is_stop(w.group()):
                break
            if a < 0:
                a = base + w.start()
            e = base + w.end()
        if a >= 0:
            spans.append((a, e))
    return _replace_spans(text, spans, "[name removed]", "pii:name", reasons)


def _zh_name(m: re.Match[str], reasons: list[str]) -> str:
    k = "g" if m.group("g") is not None else "s"
    _add(reasons, "pii:name")
    return m.group(0)[: m.start(k) - m.start(0)] + "[name removed]"


def _zh_schools(text: str, reasons: list[str]) -> str:
    """"我在北京市第十二中学上学": from each school word, walk back over
    characters that can be part of a name, stopping at function characters."""
    spans = []
    for m in _ZH_SCHOOL_AT.finditer(text):
        i = j = m.start()
        lo = max(0, i - 12)
        while j > lo:
            c = text[j - 1]
            if c in _ZH_SCHOOL_STOP or not ("\u4e00" <= c <= "\u9fff" or c.isdigit()):
                break
            j -= 1
        name = text[j:i]
        if name[:1] == "上" and name[1:2] != "海":
            name = name[1:]  # "去上小学": the verb, not part of a name (but 上海)
        # "很多私立学校": a kind of school ends the run, what is left is no name
        while len(name) >= 2 and (name[-2:] in _ZH_SCHOOL_GENERIC or name[-3:] in _ZH_SCHOOL_GENERIC):
            name = name[:-3] if name[-3:] in _ZH_SCHOOL_GENERIC else name[:-2]
        if (
            m.group() in _ZH_PLAIN_SCHOOL
            and _ZH_NAME_MARKS.isdisjoint(name)
            and (j == 0 or text[j - 1] not in _ZH_SCHOOL_CUES)
        ):
            continue  # "我们觉得学校应该...": the noun, no name
        if len(name) >= 2 and not name.isdigit():
            spans.append((j, m.end()))
    return _replace_spans(text, spans, "[school removed]", "pii:school", reasons)


def _ar_schools(text: str, reasons: list[str]) -> str:
    """"مدرسة النور", "ادرس في مدرسة عمر بن الخطاب", "مدرستي اسمها الامل"."""
    spans = []
    for m in _AR_SCHOOL.finditer(text):
        key = "rest" if m.group("rest") is not None else "rest2"
        base = m.start(key)
        ws = list(_NONSPACE.finditer(m.group(key)))
        folded = [fold_word(w.group()) for w in ws]
        if folded[0] in _AR_SCHOOL_STOP:
            continue
        # bare "مدرسة" + a word: a name has the article ("مدرسة النور"), is a
        # person's name ("مدرسة عمر بن ..."), or follows "I study at"
        if (
            key == "rest"
            and not folded[0].startswith("ال")
            and m.group("cue") is None
            and not (len(folded) > 1 and folded[1] in _AR_SCHOOL_JOIN)
        ):
            continue
        end = base + ws[0].end()
        joined = False
        for w, f in zip(ws[1:], folded[1:], strict=True):
            if f in _AR_SCHOOL_STOP or not (f in _AR_SCHOOL_JOIN or f.startswith("ال") or joined):
                break
            end = base + w.end()
            joined = f in _AR_SCHOOL_JOIN
        if key == "rest":
            start = m.end("cue") if m.group("cue") is not None else m.start()
        else:
            start = base
        spans.append((start, end))
    return _replace_spans(text, spans, "[school removed]", "pii:school", reasons)


def _ar_address(m: re.Match[str], reasons: list[str]) -> str:
    street = m.group("street") or m.group("street2") or ""
    if any(fold_word(w) in _AR_STREET_STOP for w in street.split()):
        return m.group(0)  # "في شارع كان فيه 5 اولاد": not a street name
    _add(reasons, "pii:address")
    return "[address removed]"


def _ar_password(m: re.Match[str], reasons: list[str]) -> str:
    pw = m.group("pw")
    f = fold_word(pw.strip(".,!?،؟"))
    if f in _AR_NOT_PASSWORD or f in _NOT_A_PASSWORD or pw.startswith("["):
        return m.group(0)
    strong = m.group("own") is not None or m.group("conn").strip() in (":", "：", "=")
    if not (strong or any(not c.isalpha() for c in pw)):
        return m.group(0)  # "كلمة السر هي سر": no owner, not password-shaped
    _add(reasons, "pii:password")
    return m.group(0)[: m.start("pw") - m.start(0)] + "[password removed]"


def _lead_spans(
    rx: re.Pattern[str], text: str, stop: AbstractSet[str], generic: AbstractSet[str],
    repl: str, reason: str, reasons: list[str],
) -> str:
    """Name words captured before a keyword (group "pre"): keep those after
    the last stop word; all-generic names ("सरकारी स्कूल") are not names."""
    spans = []
    for m in rx.finditer(text):
        base = m.start("pre")
        keep: list[re.Match[str]] = []
        for w in _NONSPACE.finditer(m.group("pre")):
            keep = [] if w.group().lower() in stop else [*keep, w]
        if keep and not all(w.group().lower() in generic for w in keep):
            spans.append((base + keep[0].start(), m.end()))
    return _replace_spans(text, spans, repl, reason, reasons)


def _in_schools(text: str, reasons: list[str]) -> str:
    """"Delhi Public School mein padhta hoon", "I study in Kendriya Vidyalaya"."""
    spans = []
    for m in _IN_SCHOOL_AT.finditer(text):
        cue_after = _IN_SCHOOL_CUE_AFTER.match(text, m.end()) is not None
        if not cue_after and _IN_SCHOOL_KIND.match(m.group(0)) is None:
            continue
        b = _LATIN_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if b is None:
            continue
        keep: list[re.Match[str]] = []
        for w in _NONSPACE.finditer(b.group(0)):
            keep = [] if w.group().lower() in _ROMAN_SCHOOL_STOP else [*keep, w]
        if not keep or all(w.group().lower() in _ROMAN_SCHOOL_GENERIC for w in keep):
            continue
        if not cue_after and not all(w.group()[0].isupper() for w in keep):
            continue  # without a Hindi cue only a capitalised name counts
        spans.append((b.start() + keep[0].start(), m.end()))
    return _replace_spans(text, spans, "[school removed]", "pii:school", reasons)


def _locality(
    rx: re.Pattern[str], text: str, stop: AbstractSet[str], home: str, reasons: list[str]
) -> str:
    """Indian localities: numbered ("14B Gandhi Nagar sector 5", group n1, every
    name word must be a plain word) or cued by living there (group n2, leading
    "main"/"mera ghar" words trimmed; "X nagar mein hai" needs the home word)."""
    spans = []
    for m in rx.finditer(text):
        if m.group("n1") is not None:
            if not any(w.lower() in stop for w in m.group("n1").split()):
                spans.append((m.start(), m.end()))
            continue
        base = m.start("n2")
        keep: list[re.Match[str]] = []
        home_seen = False
        for w in _NONSPACE.finditer(m.group("n2")):
            lw = w.group().lower()
            if lw in stop:
                keep = []
                home_seen = home_seen or lw in _HOME_WORDS
            else:
                keep.append(w)
        verb = m.group("v")
        if verb in ("hai", "h", "he", "है"):
            before = text[max(0, base - 20) : base].lower()
            if not (home_seen or home in before):
                continue  # "wo Gandhi Nagar mein hai": someone else, somewhere
        if keep:
            spans.append((base + keep[0].start(), m.end()))
    return _replace_spans(text, spans, "[address removed]", "pii:address", reasons)


def _ru_addresses(text: str, reasons: list[str]) -> str:
    spans = []
    for m in _RU_ADDRESS.finditer(text):
        t = _RU_ADDRESS_TAIL.match(text, m.end())
        spans.append((m.start(), t.end() if t is not None else m.end()))
    return _replace_spans(text, spans, "[address removed]", "pii:address", reasons)


def _ru_handle(m: re.Match[str], reasons: list[str]) -> str:
    cand = m.group("g")
    if cand.lower() in _HANDLE_STOP or not _HAS_ALPHA.search(cand):
        return m.group(0)  # digits only: left to the phone detector
    j = m.group("j").lower()
    explicit = any(c in j for c in ":=—–-@") or "ник" in j or "id" in j or "айди" in j
    if not (explicit or not cand.isalpha()):
        return m.group(0)  # "в вк vanya": a plain word is not enough
    _add(reasons, "pii:handle")
    return m.group(0)[: m.start("g") - m.start(0)] + "[handle removed]"


def _de_school(m: re.Match[str], reasons: list[str]) -> str:
    c = m.group("c")
    if c is not None and c.lower() in _DE_GENERIC_SCHOOL:
        return m.group(0)  # "auf die Grundschule": a kind of school, not a name
    k = "c" if c is not None else ("g" if m.group("g") is not None else None)
    _add(reasons, "pii:school")
    if k is None:
        return "[school removed]"
    return m.group(0)[: m.start(k) - m.start(0)] + "[school removed]"


def _per_chunk(text: str, wanted: Callable[[str], bool], fn: Callable[[str], str]) -> str:
    """Apply `fn` to each whitespace-delimited chunk for which `wanted` holds."""
    for chunk in dict.fromkeys(text.split()):
        if wanted(chunk):
            new = fn(chunk)
            if new != chunk:
                text = _replace_chunk(text, chunk, new)
    return text


def _replace_chunk(text: str, old: str, new: str) -> str:
    """Replace whole whitespace-delimited occurrences of `old`."""
    out: list[str] = []
    start = 0
    while (i := text.find(old, start)) != -1:
        j = i + len(old)
        whole = (i == 0 or text[i - 1].isspace()) and (j == len(text) or text[j].isspace())
        out.append(text[start:i])
        out.append(new if whole else old)
        start = j
    out.append(text[start:])
    return "".join(out)


def _add(reasons: list[str], r: str) -> None:
    if r not in reasons:
        reasons.append(r)


Redact = Callable[[str], str]


# every word any detector's gate tests (see PiiRedactor.redact)
_CUE_WORDS = frozenset().union(
    _ANY_SCHOOL_WORDS,
    _AT_WORDS,
    _DOT_WORDS,
    _INTL_STREET_WORDS,
    _LIVE_WORDS,
    _NAMED_SCHOOL_WORDS,
    _NAME_WORDS,
    _NUMWORD_SET,
    _PASSWORD_WORDS,
    _PLATFORM_WORDS,
    _ROMAN_WORDS,
    _SCHOOL_WORDS,
    _STREET_WORDS,
    _WEAK_NAME_WORDS,
)
