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
from collections.abc import Callable, Collection, Sequence
from collections.abc import Set as AbstractSet

from .normalise import MARKS, norm_text
from .pii_address import INTL_STREET_WORDS, LIVE_WORDS, STREET_WORDS, redact_addresses
from .pii_address_more import PC_WORDS as _POSTCODE_WORDS
from .pii_address_more import WORDS as MORE_STREET_WORDS
from .pii_address_more import postcode_after, postcodes, redact_more_addresses
from .pii_class_names import class_names
from .pii_common_passwords import example_password, zh_passwords
from .pii_emails_spoken import AT_WORDS as _AT_LOCAL_WORDS
from .pii_emails_spoken import spoken_emails
from .pii_handles import _PASSWORD_BEFORE, handles_after_fillers, is_filler, platform_words
from .pii_handles_intro import GATE as _INTRO_WORDS
from .pii_handles_intro import clitic_me, intro_handles
from .pii_handles_more import is_ordinary, polish_handles, spaced_handles
from .pii_handles_spoken import GATE as _SPOKEN_SEPARATORS
from .pii_handles_spoken import spoken_handles, spoken_rest
from .pii_handles_suffix import GATE as _SUFFIX_HANDLE_WORDS
from .pii_handles_suffix import suffix_handles
from .pii_mentions import is_mention
from .pii_names import full_name_lower
from .pii_names_langs import GATE as _NAMES_LANGS_WORDS
from .pii_names_langs import names_and_schools
from .pii_passwords_more import GATE as _MORE_PASSWORD_WORDS
from .pii_passwords_more import more_passwords
from .pii_passwords_spaced import GATE as _SPACED_PASSWORD_WORDS
from .pii_passwords_spaced import misspelled_passwords, spaced_passwords, spaced_value
from .pii_patterns import (
    _AT_FIND,
    _AT_HANDLE,
    _AT_WORDS,
    _CONTACT_ME_HANDLE,
    _CONTACT_ME_WORDS,
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
    _HAS_ALPHA,
    _INVITE,
    _LOCAL_BEFORE,
    _NAME_BEFORE,
    _NAME_CUE,
    _NAME_STOP,
    _NAME_WORDS,
    _NAMED_SCHOOL_WORDS,
    _NOT_A_PASSWORD,
    _NOT_PHONE_CUE,
    _NUMWORD_SET,
    _PASSWORD,
    _PASSWORD_WORDS,
    _PHONE,
    _PHONE_CUE,
    _PHONE_GATE,
    _PLATFORM_PHRASE,
    _PLATFORM_WORDS,
    _SCHOOL_AT,
    _SCHOOL_BEFORE,
    _SCHOOL_NAMED,
    _SCHOOL_WORDS,
    _SHORTENER_SPACED,
    _SPACED_GATE,
    _SPOKEN_TLD_AFTER,
    _SPOKEN_TLDS,
    _STRONG_NAME_CUES,
    _SURNAME,
    _THOUSANDS,
    _TWO_CAPS,
    _URL,
    _URL_SPACED,
    _URL_SPOKEN,
    _WEAK_NAME_WORDS,
    _WEAK_STOP,
    _YEARS,
    _digits,
    _named_school_hint,
    glued_words,
    spaced_link,
)
from .pii_real_names import GATE as _REAL_NAME_WORDS
from .pii_real_names import real_names
from .pii_schools_after import GATE as _AFTER_SCHOOL_WORDS
from .pii_schools_after import schools_after
from .pii_script_patterns import _ROMAN_WORDS, ascii_digits
from .pii_scripts import _add, _sub, _sub_g, other_scripts, romanised
from .pii_spelled import ALL_WORDS as _ANY_NUMWORDS
from .pii_spelled import WORDS as _GROUP_NUMWORDS
from .pii_spelled import spelled_phones
from .pii_spelled_groups import ALL_WORDS as _GROUPED_ALL
from .pii_spelled_groups import GATE as _GROUPED_GATE
from .pii_spelled_groups import grouped_phones
from .pii_spelled_mixed import WORDS as _MIXED_WORDS
from .pii_spelled_mixed import digit_words, mixed_phones, worth_reading
from .pii_spelled_scripts import AR_GATE as _AR_NUMWORDS
from .pii_spelled_scripts import HI_GATE as _HI_NUMWORDS
from .pii_spelled_scripts import ZH_GATE, word_phones, zh_phones
from .pii_spoken_links import GATE as _SPOKEN_DOTS
from .pii_spoken_links import SPACED_GATE as _SPACED_COUNTRY_GATE
from .pii_spoken_links import leftovers as link_leftovers
from .pii_spoken_links import spaced_country_links, spoken_links
from .policy import Policy

# the joiner words of _HANDLE_AFTER; any other plain lower-case word right
# after a platform name is rejected by `_handle` anyway, so it is skipped early
_JOINERS = frozenset(
    "me is its it's it’s as under called named at on id name username user handle tag account "
    "acc c'est es ist é pe par pr mera meri ka ki hai i im je soy sou bin ich sono".split()
)
_IM_WORDS = frozenset({"im", "am"})
# after "<platform> me <word>", a Hinglish postposition or verb: "me" was "in" ("insta me
# photo daali", "youtube me video dekha"), and the word is no handle
_HINGLISH_NEXT = re.compile(
    r" (?:me|mein|pe|par|ka|ki|ke|ko|se|hai|hain|tha|thi|the|gaya|gayi|gaye|daali|daala|dala|dali|"
    r"dekha|dekhi|dekh|banaya|banayi|kiya|kiye|kari|kara|aaya|aayi|aa|raha|rahi|rahe|nahi|nhi|bhi|"
    r"sab|bahut|kuch|mila|mili|khela|khel|dala|lagaya|lagayi|post|daal|dalo|karo|kar)\b",
    re.I,
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
        mentions: Collection[str] = (),
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
        # one intersection with every cue word, then one int of gate bits from
        # those few words: each detector's gate is a bit test (same result as
        # intersecting the word set: every gate set is in _CUE_WORDS)
        cues = words & _CUE_WORDS
        mask = 0
        for w in cues:
            mask |= _GATE_BITS.get(w, 0)
        if has_digit is None:
            has_digit = bool(_DIGIT.search(text))
        has_at = "@" in text
        if has_at:
            # emails and URLs contain no spaces: run their regexes per chunk,
            # only on the chunks that can match (full-text scans backtrack)
            text = _per_chunk(
                text,
                lambda c: "@" in c,
                lambda c: _sub(_EMAIL, c, "[email removed]", "pii:email", reasons),
            )
            has_at = "@" in text
        # Chinese says "艾特" and "点" inside its unspaced words ("wangxm2010艾特qq点com")
        if (((has_at or mask & _B_AT) and mask & _B_DOT) or "艾特" in text) and _SPOKEN_TLDS.search(low):
            text = self._spoken_emails(text, reasons)
        if mask & _B_AT_LOCAL or "小老鼠" in text or "圈a" in text:
            text = spoken_emails(text, words, reasons)  # "ät", "et", "собака яндекс точка ру", "آت"
        if "http" in low or "www" in low or _DOT_HINT.search(low):
            text = _per_chunk(
                text,
                lambda c: "." in c and ("http" in c or "www" in c or bool(_DOT_HINT.search(c.lower()))),
                lambda c: _URL.sub(lambda m: self._link(m, reasons), c),
            )
        if "dot" in words:
            text = self._spoken_links(text, reasons)
        if "." in text and _SPACED_GATE.search(text):
            text = _URL_SPACED.sub(lambda m: self._link(m, reasons) if spaced_link(m) else m.group(0), text)
        if "/" in text and _SHORTENER_SPACED.search(text):
            text = _SHORTENER_SPACED.sub(lambda m: self._spaced_shortener(m, reasons), text)
        # "insta-soporte punto net barra login", "vk-proverka точка ру слэш вход", "w w w .
        # dinerofacil-jovenes . es" (pii_spoken_links.py)
        if mask & _B_SPOKEN_DOT or "点" in text:
            text = spoken_links(text, self.allowed_domains, lambda r: _add(reasons, r))
        if " ." in text and _SPACED_COUNTRY_GATE.search(text):
            text = spaced_country_links(text, self.allowed_domains, lambda r: _add(reasons, r))
        if "[link removed]" in text:
            text = link_leftovers(text)
        if has_at:
            text = self._at_handles(text, words, bool(mask & _B_PLATFORM), mentions, reasons)
        if mask & _B_PLATFORM:
            platforms = cues & _PLATFORM_WORDS
            if mask & _B_SPOKEN:  # "mia underscore 12"
                text = spoken_handles(text, cues, platforms, _PLATFORM_PHRASE, reasons)
            text = spaced_handles(text, platforms, _PLATFORM_PHRASE, reasons)
            text = self._handles(text, reasons, platforms)
            text = handles_after_fillers(text, platforms, _PLATFORM_PHRASE, reasons)
            text = polish_handles(text, reasons)
            if mask & _B_SPOKEN:
                text = spoken_rest(text, cues)  # "[handle removed] dot rose underscore 11"
        if mask & _B_SUFFIX:
            text = suffix_handles(text, cues, reasons)  # "instagramım X", "ig aku X"
        intro = bool(mask & _B_INTRO) and ("_" in text or "." in text or has_digit)
        if intro or "我" in text or "搜" in text:
            text = intro_handles(text, intro, reasons)  # "por discord, alli soy X", "抖音搜 X 就是我"
        if mask & _B_CONTACT and ("," in text or ":" in text or "：" in text or "，" in text):
            text = _sub_g(_CONTACT_ME_HANDLE, text, "[handle removed]", "pii:handle", reasons)
        ascii_ = low.isascii()
        # single-character tests first: a multi-character needle costs several
        # times more on non-ASCII text
        if (
            ("q" in low and "qq" in low)
            or ("x" in low and ("vx" in low or "wx" in low))
            or (not ascii_ and ("信" in text or "扣" in text or "抖" in text))
        ):
            text = _sub_g(_ZH_HANDLE, text, "[handle removed]", "pii:handle", reasons)
        if has_digit:
            if _PHONE_GATE.search(text):
                text = _PHONE.sub(lambda m: self._phone(m, reasons), text)
            text = redact_addresses(text, low, cues, has_digit, reasons)
            if mask & _B_MORE_STREET:
                text = redact_more_addresses(text, cues, reasons)
            text = postcode_after(text)
            if mask & _B_POSTCODE:
                text = postcodes(text, cues, reasons)  # "my postcode is LS6 2AB"
        elif mask & _B_STREET and mask & _B_LIVE:  # no digit: "i live on oak street" only
            text = redact_addresses(text, low, cues, has_digit, reasons)
        # before the digit-word pass: "eight hundred five five five ..." is one number
        if mask & _B_GROUPED and sum(t in _GROUPED_ALL for t in tokens) >= 3:
            text = grouped_phones(text, reasons)  # hundreds: "sześćset, sto dwadzieścia trzy"
        if (
            mask & _B_NUMWORD
            and len(cues & _NUMWORD_SET) >= 2
            and sum(t in _NUMWORD_SET for t in tokens) >= 6
        ):
            text = digit_words(text, reasons)  # "zero seven nine ...", not counting aloud
        if mask & _B_GROUP_NUMWORD and sum(t in _ANY_NUMWORDS for t in tokens) >= 4:
            text = spelled_phones(text, reasons)  # read in pairs: "trente-quatre cinquante-six"
        if not ascii_ and ZH_GATE.search(text):
            text = zh_phones(text, reasons)  # "电话 幺三八 一二三四 五六七八"
        if mask & _B_HI_AR_NUMWORD:
            text = word_phones(text, words, reasons)  # "nau aath saat ...", "خمسة خمسة ..."
        if mask & _B_MIXED_NUMWORD and worth_reading(tokens):
            text = mixed_phones(text, reasons)  # "07 eight 12 three ...", "اثنا عشر، أربعة وثلاثون"
        if mask & _B_REAL_NAME:
            text = real_names(text, cues, reasons)  # "my real name is Emma": the whole name
        if mask & _B_NAME or (mask & _B_WEAK_NAME and _TWO_CAPS.search(text)):
            text = self._names(text, reasons)
        if mask & _B_IM:
            text = full_name_lower(text, reasons)
        text = class_names(text, words, has_digit, reasons)  # "я Даша Воронцова из 5Б" (own gate)
        if "gymnasium" in words or "schule" in low:
            text = _DE_SCHOOL.sub(lambda m: _de_school(m, reasons), text)
        if mask & _B_SCHOOL and _named_school_hint(tokens):
            text = self._schools(text, reasons)
        if mask & _B_NAMED_SCHOOL:
            text = _sub(_SCHOOL_NAMED, text, "[school removed]", "pii:school", reasons)
        if mask & _B_AFTER_SCHOOL:
            text = schools_after(text, cues, has_digit, reasons)  # "i go to oakfield juniors"
        if mask & _B_SPACED_PASSWORD:
            text = spaced_passwords(text, cues, reasons)  # "my password is b u n n y 1 2 3"
            text = misspelled_passwords(text, cues, reasons)  # "my roblox pasword is bunny123"
        if (
            mask & _B_PASSWORD
            or ("pin" in words and has_digit)
            or ("pass" in words and ("word" in words or has_digit))
            or ("parola" in words and "ordine" in words)
            or ("mot" in words and "passe" in words)
        ):
            text = _PASSWORD.sub(lambda m: self._password(m, reasons), text)
        if mask & _B_MORE_PASSWORD:
            text = more_passwords(text, cues, reasons)  # "the pass is X", "şifrem X", "hasło to X"
        if "密码" in text or "密碼" in text or "口令" in text:
            text = zh_passwords(text, reasons)  # "他的密码是123456" is an example
        if not ascii_:
            text = other_scripts(text, words, has_digit, reasons)
        if mask & _B_ROMAN:
            text = romanised(text, words, reasons)
        text = names_and_schools(text, cues, reasons)  # tr/pl/id, "DPS Rohini", "我是...的X"
        return text, reasons

    def _at_handles(
        self,
        text: str,
        words: AbstractSet[str],
        platforms: bool,
        mentions: Collection[str],
        reasons: list[str],
    ) -> str:
        """@handles, except @mentions of people in the room (pii_mentions.py)."""

        def one(m: re.Match[str]) -> str:
            if is_mention(m.group(1), text[: m.start()], words, platforms, mentions):
                return m.group(0)
            _add(reasons, "pii:handle")
            return "[handle removed]"

        return _AT_HANDLE.sub(one, text)

    def redact_text(self, text: str) -> str:
        return self.redact(text)[0]

    # -------------------------------------------------------------------
    def _link(self, m: re.Match[str], reasons: list[str]) -> str:
        url = m.group(0)
        trail = ""
        while url and url[-1] in ".,!?;:)]}'\"":
            trail = url[-1] + trail
            url = url[:-1]
        low = url.lower()
        if ("." not in low and "dot" not in low) or glued_words(low):
            return m.group(0)
        if any(d in low for d in self.allowed_domains):
            return m.group(0)
        if _INVITE.search(low):
            _add(reasons, "pii:invite_link")
        else:
            _add(reasons, "link:url")
        return "[link removed]" + trail

    @staticmethod
    def _spaced_shortener(m: re.Match[str], reasons: list[str]) -> str:
        low = m.group(0).lower()
        _add(reasons, "pii:invite_link" if low.startswith(("discord", "t ")) else "link:url")
        return "[link removed]"

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
        for i, start in platform_words(low, platforms, _PLATFORM_PHRASE):
            nxt = _PLAIN_NEXT.match(low, start)
            if nxt is not None and nxt.group(1) not in _JOINERS:
                continue  # "Instagram takes ages": an ordinary word, never a handle
            if _PASSWORD_BEFORE.search(low, max(0, i - 30), i):
                continue  # "my password for roblox is X!": the password pass takes all of X
            m = _HANDLE_AFTER.match(text, start)
            if m is not None and self._handle(m, i, reasons) != m.group(0):
                spans.append((m.start(2), m.end(2)))
        # `_handle` gave the reason; the placeholder goes in here
        for a, b in sorted(set(spans), reverse=True):
            text = text[:a] + "[handle removed]" + text[b:]
        return text

    def _handle(self, m: re.Match[str], cue_start: int, reasons: list[str]) -> str:
        """Decide whether the candidate after a platform cue is a handle."""
        cand = m.group(2)
        joiner = m.group(1).lower()
        low = cand.lower().rstrip(".-")
        if low in _HANDLE_STOP or is_filler(low) or is_ordinary(low) or cand.startswith("["):
            return m.group(0)
        if cand.isdigit() or not _HAS_ALPHA.search(cand):
            return m.group(0)  # digits only: a phone number, not a handle
        shaped = not cand.isalpha()  # has digits, dots, underscores or "#"
        if not shaped:
            if not joiner.strip():
                return m.group(0)
            words = set(_JOINER_WORDS.findall(joiner))
            if words == {"me"} and _HINGLISH_NEXT.match(m.string, m.end()):
                return m.group(0)  # "minecraft me lava me gir gaya": Hinglish "me" is "in"
            if words == {"me"} and clitic_me(m.string, cue_start):
                return m.group(0)  # "en insta me siguen 200": Romance "me" before a verb
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
        # overlapping spans ("X school after school") merged: replacing both cut the placeholder
        merged: list[tuple[int, int]] = []
        for a, e in sorted(spans):
            if merged and a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((a, e))
        for a, e in reversed(merged):
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
        if spaced_value(pw, m.string, m.end("pw")):
            return m.group(0)  # "the pin is 1 2 3 4": judged whole by the spaced pass
        lead = m.string[max(0, m.start("cue") - 30) : m.start("cue")]
        if example_password(pw, lead, conn, m.string[m.end() : m.end() + 12]):
            return m.group(0)  # "her password was 123456 lol": a common one, as an example
        strong = who in _POSSESSIVES or conn in (":", "=")
        shaped = any(not c.isalpha() for c in pw)
        if m.group("cue").lower() == "pass":
            # bare "pass" (Italian/chat "il mio pass di roblox è X") is also a bus
            # or season pass: only an owned, password-shaped value counts
            if who not in _POSSESSIVES or not (_HAS_ALPHA.search(pw) and _DIGIT.search(pw)):
                return m.group(0)
        if not (strong or shaped) or pw.startswith("["):
            return m.group(0)
        _add(reasons, "pii:password")
        return m.group(0)[: m.start("pw") - m.start(0)] + "[password removed]"


_POSSESSIVES = frozenset("my our his her mon ma mi mio mia mein meine minha meu мой moi mera meri मेरा मेरी".split())
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


Redact = Callable[[str], str]


# every word any detector's gate tests (see PiiRedactor.redact)
# the word sets the gates of `PiiRedactor.redact` test, one bit each
_GATES = (
    _AT_WORDS,
    _AT_LOCAL_WORDS,
    _DOT_WORDS,
    _SPOKEN_DOTS,
    _PLATFORM_WORDS,
    _SPOKEN_SEPARATORS,
    _SUFFIX_HANDLE_WORDS,
    _INTRO_WORDS,
    _CONTACT_ME_WORDS,
    STREET_WORDS,
    LIVE_WORDS,
    MORE_STREET_WORDS,
    _POSTCODE_WORDS,
    _GROUPED_GATE,
    _NUMWORD_SET,
    _GROUP_NUMWORDS,
    _HI_NUMWORDS | _AR_NUMWORDS,
    _MIXED_WORDS,
    _REAL_NAME_WORDS,
    _NAME_WORDS,
    _WEAK_NAME_WORDS,
    _IM_WORDS,
    _SCHOOL_WORDS,
    _NAMED_SCHOOL_WORDS,
    _AFTER_SCHOOL_WORDS,
    _SPACED_PASSWORD_WORDS,
    _PASSWORD_WORDS,
    _MORE_PASSWORD_WORDS,
    _ROMAN_WORDS,
)
(
    _B_AT,
    _B_AT_LOCAL,
    _B_DOT,
    _B_SPOKEN_DOT,
    _B_PLATFORM,
    _B_SPOKEN,
    _B_SUFFIX,
    _B_INTRO,
    _B_CONTACT,
    _B_STREET,
    _B_LIVE,
    _B_MORE_STREET,
    _B_POSTCODE,
    _B_GROUPED,
    _B_NUMWORD,
    _B_GROUP_NUMWORD,
    _B_HI_AR_NUMWORD,
    _B_MIXED_NUMWORD,
    _B_REAL_NAME,
    _B_NAME,
    _B_WEAK_NAME,
    _B_IM,
    _B_SCHOOL,
    _B_NAMED_SCHOOL,
    _B_AFTER_SCHOOL,
    _B_SPACED_PASSWORD,
    _B_PASSWORD,
    _B_MORE_PASSWORD,
    _B_ROMAN,
) = (1 << k for k in range(len(_GATES)))


def _gate_bits() -> dict[str, int]:
    bits: dict[str, int] = {}
    for k, gate in enumerate(_GATES):
        for w in gate:
            bits[w] = bits.get(w, 0) | 1 << k
    return bits


# word -> the bits of the gates that hold it
_GATE_BITS = _gate_bits()
# every word any detector's gate tests (see PiiRedactor.redact): the bit gates
# and the word sets the detectors given `cues` test themselves
_CUE_WORDS = frozenset(_GATE_BITS).union(
    INTL_STREET_WORDS,
    _SUFFIX_HANDLE_WORDS,
    _NAMES_LANGS_WORDS,
)
