"""PII detectors for Arabic, Chinese, Devanagari and Cyrillic text and for
romanised Hindi / Arabic (names, schools, addresses, handles, passwords).

Why a module of its own: these detectors run only behind a cheap gate in
`PiiRedactor.redact` (a non-ASCII message, or a romanised trigger word), so
Latin-only chat runs none of it, and each script's rules can be reviewed
apart from the redactor core.  Their regexes are in pii_script_patterns.py.
The small replacement helpers at the top are shared with pii.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from .pii_common_passwords import example_password
from .pii_patterns import _HANDLE_STOP, _HAS_ALPHA, _NOT_A_PASSWORD
from .pii_script_patterns import (
    _AR_ADDRESS,
    _AR_ADDRESS_WORDS,
    _AR_HI_HANDLE,
    _AR_HI_PLATFORM_WORDS,
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
    _IN_BLOCK_ADDRESS,
    _IN_SCHOOL_AT,
    _IN_SCHOOL_CUE_AFTER,
    _IN_SCHOOL_KIND,
    _LATIN_BEFORE,
    _NONSPACE,
    _ROMAN_ADDR_STOP,
    _ROMAN_BLOCK_WORDS,
    _ROMAN_LOCALITY_WORDS,
    _ROMAN_NAME,
    _ROMAN_NAME_STOP,
    _ROMAN_NAME_WORDS,
    _ROMAN_SCHOOL_AT_WORDS,
    _ROMAN_SCHOOL_GENERIC,
    _ROMAN_SCHOOL_STOP,
    _ROMAN_SCHOOL_VERBS,
    _ROMAN_SCHOOL_WORDS,
    _RU_ADDRESS,
    _RU_ADDRESS_TAIL,
    _RU_HANDLE,
    _RU_PLATFORM_WORDS,
    _RU_SCHOOL,
    _RU_SCHOOL_WORDS,
    _RU_STREET_WORDS,
    _SCRIPT_WORDS,
    _ZH_ADDRESS,
    _ZH_NAME,
    _ZH_NAME_MARKS,
    _ZH_PLAIN_SCHOOL,
    _ZH_SCHOOL_AT,
    _ZH_SCHOOL_CUES,
    _ZH_SCHOOL_GENERIC,
    _ZH_SCHOOL_STOP,
    fold_word,
)


# ---------------------------------------------------------------- replacement helpers
def _add(reasons: list[str], r: str) -> None:
    if r not in reasons:
        reasons.append(r)


def _sub(rx: re.Pattern[str], text: str, repl: str, reason: str, reasons: list[str]) -> str:
    new, n = rx.subn(repl, text)
    if n and reason not in reasons:
        reasons.append(reason)
    return new


def _sub_g(rx: re.Pattern[str], text: str, repl: str, reason: str, reasons: list[str]) -> str:
    def f(m: re.Match[str]) -> str:
        _add(reasons, reason)
        return m.group(0)[: m.start("g") - m.start(0)] + repl

    return rx.sub(f, text)


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


# ---------------------------------------------------------------- detectors
_HOME_WORDS = frozenset("ghar house flat makan घर मकान".split())


def other_scripts(text: str, words: AbstractSet[str], has_digit: bool, reasons: list[str]) -> str:
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
        text = _sub_g(_ZH_ADDRESS, text, "[address removed]", "pii:address", reasons)
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
        text = _sub(_RU_SCHOOL, text, "[school removed]", "pii:school", reasons)
    if has_digit and not words.isdisjoint(_RU_STREET_WORDS):
        text = _ru_addresses(text, reasons)
    if not words.isdisjoint(_RU_PLATFORM_WORDS):
        text = _RU_HANDLE.sub(lambda m: _platform_handle(m, reasons), text)
    if not words.isdisjoint(_AR_HI_PLATFORM_WORDS):
        text = _AR_HI_HANDLE.sub(lambda m: _platform_handle(m, reasons), text)
    return text


def romanised(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
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
    if not words.isdisjoint(_ROMAN_BLOCK_WORDS):
        text = _sub(_IN_BLOCK_ADDRESS, text, "[address removed]", "pii:address", reasons)
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
    own = "my " if m.group("own") is not None else ""
    if example_password(pw, own, m.group("conn").strip(), m.string[m.end() : m.end() + 12]):
        return m.group(0)  # "كلمة السر كانت 123456": a common one, as an example
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


# words that say the next token is an account name
_HANDLE_JOINERS = ("ник", "id", "айди", "آيدي", "حسابي", "يوزر", "معرفي", "आईडी")


def _platform_handle(m: re.Match[str], reasons: list[str]) -> str:
    cand = m.group("g")
    if cand.lower() in _HANDLE_STOP or not _HAS_ALPHA.search(cand):
        return m.group(0)  # digits only: left to the phone detector
    j = m.group("j").lower()
    explicit = any(c in j for c in ":=—–-@") or any(w in j for w in _HANDLE_JOINERS)
    if not (explicit or not cand.isalpha()):
        return m.group(0)  # "в вк vanya": a plain word is not enough
    _add(reasons, "pii:handle")
    return m.group(0)[: m.start("g") - m.start(0)] + "[handle removed]"
