"""Text normalisation, computed once per message into a `Prepared` object.

Why: evasions (homoglyphs, leetspeak, masking, spacing, repeated letters)
should be undone once, cheaply, so every matcher works on canonical forms.
The fast path for plain ASCII text skips the Unicode work entirely.

Forms produced:
* ``norm``   - NFKC, casefold, invisible chars removed, Latin/Greek/Cyrillic
  diacritics stripped, Arabic letter variants folded, apostrophes unified.
  Non-Latin scripts are kept as they are (Russian stays Russian).
* ``tokens`` - word tokens of ``norm`` with homoglyphs folded inside
  mostly-Latin tokens (so "bіtch" with a Cyrillic i becomes "bitch").
* ``plain``  - ``norm`` with chat abbreviations expanded (u -> you, r -> are),
  used by the phrase rules (grooming, self-harm, bullying).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from .abbrev_langs import LANG_ABBREV, LANG_ABBREV_WORDS
from .emoji_words import emoji_to_words, emoji_words, has_emoji_words
from .zh_variants import TABLE_DIGEST, fold_traditional

# combining diacritics (Latin/Greek/Cyrillic) and Arabic harakat + tatweel
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                         "ئ": "ي"})
_ARABIC_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"),
                 ("ئ", "ي"))
_PUNCT = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"',
                        "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})

# Look-alikes that map to Latin letters (applied after casefold).
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i",
    "ї": "i", "ј": "j", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b",
    "п": "n", "и": "u", "г": "r", "л": "n", "ц": "u", "ш": "w", "д": "d",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "ι": "i",
    "κ": "k", "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "c", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w",
    # Armenian
    "ա": "w", "հ": "h", "ո": "n", "ս": "u", "օ": "o", "ց": "g", "զ": "q", "լ": "l",
    "ե": "t", "ի": "h", "ռ": "n", "ք": "f",
    # Latin look-alikes
    "ı": "i", "ɡ": "g", "ɑ": "a", "ʋ": "u", "ł": "l", "ø": "o", "đ": "d", "ß": "ss",
    "æ": "ae", "œ": "oe", "ħ": "h",
}
_HOMO_TABLE = str.maketrans(HOMOGLYPHS)
_LATIN = re.compile(r"[a-z]")
_TWOS = itertools.repeat(2)
_CYR_GREEK_ARM = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0530-\u058f]")

# Leetspeak and masking. "1" is ambiguous (i or l): both are tried.
LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "$": "s", "@": "a", "!": "i", "|": "l", "+": "t", "€": "e", "£": "l", "(": "c",
}
_LEET_TABLE = str.maketrans(LEET)
_LEET_ALT = str.maketrans({**LEET, "1": "l", "!": "i"})
MASK_CHARS = "*#%?"

# raw token: letters/digits plus leet & mask characters inside a word
# combining marks (Indic matras, Thai, Hebrew points...) are not \w in Python's re
# (the Devanagari danda and double danda, U+0964/5, are sentence ends, not marks)
MARKS = "\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f"
_RAW_TOKEN = re.compile(r"[\w" + MARKS + r"$@!|+€£*#%?(]+")
_WORD = re.compile(r"[\w" + MARKS + r"]+")
_REPEAT = re.compile(r"(.)\1+")
# runs of single characters split by spaces/dots/dashes/underscores: f u c k, a-s-s
_SPLIT_RUN = re.compile(
    r"(?<![\w*])(?:[\w$@!*][\s.\-_*+,/\\|]{1,3}){2,}[\w$@!*](?![\w*])"
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_LATIN = re.compile(r"[a-z0-9_]+|[^a-z0-9_]+")
_CJK_EDGE = re.compile(r"(?<=[a-z0-9])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[a-z0-9])")

_ABBREV = {
    "u": "you", "r": "are", "ur": "your", "ya": "you", "yr": "your", "y": "why",
    "pls": "please", "plz": "please", "pic": "picture", "pics": "pictures",
    "pix": "pictures", "wanna": "want to", "gonna": "going to", "gotta": "got to",
    "im": "i am", "i'm": "i am", "dont": "do not", "don't": "do not", "cant": "can not",
    "can't": "can not", "cannot": "can not", "won't": "will not", "wont": "will not",
    "i'll": "i will", "youre": "you are", "you're": "you are",
    "ure": "you are", "thats": "that is", "that's": "that is", "whats": "what is",
    "what's": "what is", "wat": "what", "wut": "what", "n": "and", "b4": "before",
    "2": "to", "4": "for", "cuz": "because", "bc": "because", "coz": "because",
    "rn": "right now", "tmrw": "tomorrow", "2nite": "tonight", "tn": "tonight",
    "doesnt": "does not", "doesn't": "does not", "didnt": "did not", "didn't": "did not",
    "isnt": "is not", "isn't": "is not", "it's": "it is", "let's": "lets",
    "u're": "you are", "ive": "i have", "i've": "i have", "selfie": "picture",
    "photo": "picture", "photos": "pictures", "snapchat": "snap", "insta": "instagram",
    "ig": "instagram", "dms": "dm", "msg": "message", "msgs": "messages", "sum1": "someone",
    "some1": "someone", "no1": "no one", "any1": "anyone", "every1": "everyone",
    "pasword": "password", "passwrd": "password", "paswrd": "password", "passwd": "password",
    "paswords": "passwords",
    "nobody": "no one", "noone": "no one", "luv": "love", "ppl": "people", "hw": "homework",
    "pp": "picture", "vid": "video", "vids": "videos", "ok": "okay", "mom": "mum",
    "mommy": "mum", "mother": "mum", "father": "dad", "daddy": "dad", "parent": "parents",
    "folks": "parents", "whr": "where", "wher": "where", "abt": "about", "nd": "and",
    "ima": "i am going to", "imma": "i am going to", "tryna": "trying to",
    "gimme": "give me", "lemme": "let me", "urself": "yourself", "uself": "yourself",
    "yourslef": "yourself", "bf": "boyfriend", "gf": "girlfriend", "convo": "conversation",
    "pvt": "private", "priv": "private", "vc": "video call", "addy": "address", "skool": "school",
    "kinda": "kind of", "sorta": "sort of",
    "wasnt": "was not", "wasn't": "was not", "werent": "were not", "weren't": "were not",
    "wouldnt": "would not", "wouldn't": "would not", "they'd": "they would",
    "i'd": "i would", "she'd": "she would", "he'd": "he would", "we'd": "we would",
    # young children's spellings of the words taunts are made of ("jayden smels",
    # "evryone say", "no frends", "becuz"): one form for every phrase rule.  Only
    # words that are no word of another language of the package ("cos" is Polish
    # "coś", "sed" Spanish, "sai" Italian, "looser" English)
    "smels": "smells", "smel": "smell", "smelz": "smells", "smellz": "smells",
    "smelli": "smelly", "stinkz": "stinks", "stinx": "stinks", "stinki": "stinky",
    "evryone": "everyone", "evry1": "everyone", "evryon": "everyone", "everyon": "everyone",
    "evreyone": "everyone", "eveyone": "everyone", "evrybody": "everybody", "everybdy": "everybody",
    "frends": "friends", "freinds": "friends", "frend": "friend", "freind": "friend",
    "becuz": "because", "becos": "because", "becoz": "because", "bcuz": "because",
    "nobdy": "no one", "noboddy": "no one", "nobudy": "no one", "stoopid": "stupid",
    "stupd": "stupid", "stupit": "stupid", "ugli": "ugly", "uggly": "ugly", "ugley": "ugly",
    "wierd": "weird", "wierdo": "weirdo", "luzer": "loser", "sayz": "says", "sez": "says",
    # ... and of the words of self-harm disclosures ("i hurt my slef on purpos", "kiero
    # morirme", "jveux mourrir"); the ones that are words elsewhere ("di", "ded", "kil",
    # "veu", "kero") are read in context by selfharm_kidspell.py instead
    "slef": "self", "myslef": "myself", "mysefl": "myself", "myslf": "myself", "meself": "myself",
    "dissapear": "disappear", "disapear": "disappear", "dissappear": "disappear",
    "purpos": "purpose", "purpis": "purpose", "purpous": "purpose", "perpose": "purpose",
    "purpus": "purpose", "porpose": "purpose", "purpuse": "purpose", "lieks": "likes",
    "kiero": "quiero", "qiero": "quiero", "kiere": "quiere", "kieres": "quieres",
    "jveux": "je veux", "j'veux": "je veux", "jvais": "je vais", "j'vais": "je vais",
    "mourrir": "mourir",
}


_MARKS_RE = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640]+")
# characters that decompose into a base + a mark we strip (Latin/Greek/Cyrillic
# with diacritics, Arabic letters with hamza/madda) or are marks themselves
_HAS_MARKS = re.compile("[\u00c0-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u1e00-\u1fff]")
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\ufeff\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f]+"
)
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
_PUNCT_RE = re.compile("[\u2018\u2019\u02bc`\u00b4\u201c\u201d\u00ab\u00bb\u2013\u2014]")


# Latin letters whose diacritic is not a combining mark (NFD keeps them):
# Polish ł and Turkish dotless ı.  Children type "pocielam" / "pociełam",
# "yasamak istemiyorum" / "yaşamak istemiyorum": one form for rules and lexicon.
_STROKED = str.maketrans({"ł": "l", "ı": "i"})


def strip_marks(s: str) -> str:
    """Remove diacritics/harakat via NFD; used on text and on pattern sources."""
    if not _HAS_MARKS.search(s):
        return s
    s = unicodedata.normalize("NFC", _MARKS_RE.sub("", unicodedata.normalize("NFD", s)))
    return s.translate(_STROKED) if ("ł" in s or "ı" in s) else s


def _decomposable() -> dict[str, str]:
    """Precomposed letters whose marks `strip_marks` removes, mapped to the
    result.  Messages go through this table (one regex scan, a callback per
    accented letter) instead of NFD+NFC of the whole text: most Cyrillic,
    Arabic or Greek words have no such letter at all."""
    table: dict[str, str] = {}
    for lo, hi in ((0xC0, 0x250), (0x370, 0x530), (0x600, 0x700), (0x1E00, 0x2000)):
        for cp in range(lo, hi):
            c = chr(cp)
            stripped = strip_marks(c)
            if stripped != c:
                table[c] = stripped
    table.update({"ł": "l", "ı": "i"})
    # ligatures no decomposition splits: French "sœur", "cœur", "œil" as rules spell them
    # ("soeur"), which phone keyboards type for "soeur"
    table.update({"œ": "oe", "æ": "ae"})
    return table


_DECOMP = _decomposable()
_DECOMP_RE = re.compile(
    "[" + "".join(sorted(_DECOMP)) + "\u0300-\u036f\u064b-\u065f\u0670\u0640]"
)


def _strip_one(m: re.Match[str]) -> str:
    return _DECOMP.get(m.group(), "")  # a bare combining mark is dropped


# set by `rules.py` once its pattern cache exists: (source, compute) -> the folded
# source, kept with the compiled rules (see `fold_pattern`)
_FOLD_MEMO: Callable[[str, Callable[[], str]], str] | None = None


def set_fold_memo(memo: Callable[[str, Callable[[], str]], str] | None) -> None:
    global _FOLD_MEMO
    _FOLD_MEMO = memo


def fold_version() -> str:
    """Names everything a folded source depends on besides the source: the
    Unicode database and the fold tables (a memo keyed by it is never stale)."""
    tables = repr((_ARABIC_PAIRS, sorted(_DECOMP.items()), sorted(_STROKED.items()), TABLE_DIGEST))
    digest = hashlib.blake2b(tables.encode(), digest_size=8).hexdigest()
    return f"fold:v1:{unicodedata.unidata_version}:{digest}"


def fold_pattern(s: str) -> str:
    """Apply the script-level folds of `norm_text` to a regex/pattern source:
    NFKC (Devanagari nukta letters decompose in messages, so they must in
    rules too), marks, Arabic letters, traditional Chinese characters.  No casefold: that would corrupt
    escapes like \\S.  NFKC turns full-width punctuation into ASCII, which
    in a pattern is only safe inside a character class - where every rule
    has it.

    Non-ASCII sources go through `_FOLD_MEMO` when it is set: NFKC and the
    mark stripping of 3,400 Arabic, Cyrillic, Devanagari and Chinese rule
    sources were a fifth of a second of start-up (session 14)."""
    if s.isascii():
        return s  # every fold is the identity on ASCII (most rule sources: no import cost)
    if _FOLD_MEMO is not None:
        return _FOLD_MEMO(s, lambda: _fold_pattern(s))
    return _fold_pattern(s)


def _fold_pattern(s: str) -> str:
    s = fold_traditional(strip_marks(unicodedata.normalize("NFKC", s)))
    if _ARABIC_RE.search(s):
        # a few C-level replaces: str.translate with a dict is slow on long non-ASCII
        # sources (a fifth of a second of import over all rule modules)
        for a, b in _ARABIC_PAIRS:
            if a in s:
                s = s.replace(a, b)
    return s


def norm_text(text: str) -> str:
    """Canonical casefolded form of a string (script preserving)."""
    if text.isascii():
        return text.lower()
    # regex gates first: str.translate with a dict is slow on non-ASCII text
    s = _INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    if _DECOMP_RE.search(s):
        s = _DECOMP_RE.sub(_strip_one, s)
    if _ARABIC_RE.search(s):
        # a few C-level replaces beat a dict-driven str.translate on non-ASCII text
        for a, b in _ARABIC_PAIRS:
            if a in s:
                s = s.replace(a, b)
    if _PUNCT_RE.search(s):
        s = s.translate(_PUNCT)
    return fold_traditional(s)


def fold_token(tok: str) -> str:
    """Fold homoglyphs inside a mostly-Latin token (mixed scripts => evasion)."""
    # C-level tests first: an ASCII word, or a word with no ASCII letter (the
    # only ASCII a non-ASCII \w token can hold otherwise is digits and "_")
    if tok.isascii() or not tok.encode("ascii", "ignore").strip(b"0123456789_"):
        return tok
    if not _CYR_GREEK_ARM.search(tok):
        return tok
    return tok.translate(_HOMO_TABLE)


def _is_mixed(s: str) -> bool:
    """Latin and Cyrillic/Greek/Armenian letters in one text: only then can
    homoglyph folding change a word."""
    return _CYR_GREEK_ARM.search(s) is not None and _LATIN.search(s) is not None


# letters that look *identical* to Latin ones ("ѕо" reads as "so"): Cyrillic
# а е о р с у х к м т ѕ і ј ԁ һ ӏ ԛ ԝ, Greek ο α ε ι κ ν ρ τ υ χ, Armenian օ ս հ ո
LOOKALIKE = frozenset("аеорсухкмтѕіјԁһӏԛԝοαειινρτυχօսհո")


def fold_lookalike_words(words: list[str]) -> list[str]:
    """In a message written in Latin script, a whole word of look-alike
    Cyrillic/Greek letters ("ur ѕо dumb") is a disguise: fold it to Latin.
    Only when Latin words outnumber the other-script ones two to one, so
    Russian text with a Latin app name ("скинь мне в insta") stays Russian.
    `words` are already folded by `fold_token` (mixed words are Latin)."""
    latin = other = 0
    for w in words:
        if _LATIN.search(w):
            latin += 1
        elif _CYR_GREEK_ARM.search(w):
            other += 1
    if not other or latin < 2 * other:
        return words
    return [fold_all(w) if not w.isascii() and LOOKALIKE.issuperset(w) else w for w in words]


def fold_all(tok: str) -> str:
    """Fold every homoglyph; used as an *additional* form for pure look-alike words."""
    return tok.translate(_HOMO_TABLE)


def collapse_repeats(tok: str) -> str:
    return _REPEAT.sub(r"\1", tok)


# Russian chat leet: symbols stand for Cyrillic letters ("бл@ть", "х0чу", "3ря")
_CYR_LEET_TABLE = str.maketrans({"@": "а", "0": "о", "3": "з", "4": "ч", "6": "б", "$": "с",
                                 "€": "е", "(": "с", "!": "і"})
# "@" is also a reduced "я" ("бл@ть" for "блять", "бл@" for "бля")
_CYR_LEET_ALT = str.maketrans({"@": "я", "0": "о", "3": "е", "4": "ч", "6": "б", "$": "с",
                               "€": "е", "(": "с", "!": "и"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def deleet(tok: str) -> tuple[str, ...]:
    """Leet variants of a token that mixes letters with leet characters.
    A word whose letters are Cyrillic (and none Latin) is de-leeted to
    Cyrillic ("бл@ть": "блать" and "блять"), never to Latin letters."""
    if not tok.isascii() and _CYRILLIC.search(tok) and not _LATIN.search(tok):
        a, b = tok.translate(_CYR_LEET_TABLE), tok.translate(_CYR_LEET_ALT)
        return (a,) if a == b else (a, b)
    a = tok.translate(_LEET_TABLE)
    b = tok.translate(_LEET_ALT)
    return (a,) if a == b else (a, b)


_PLAIN_DROP = re.compile(r"[^\w" + MARKS + r"'\".!?\s]+")
_ABBREV_KEYS = frozenset(_ABBREV)
_ABBREV_WORDS = {k: tuple(v.split()) for k, v in _ABBREV.items()}
# "2" and "4" are "to" and "for" in chat, except before a unit of time or a count
_COUNT_DIGITS = frozenset({"2", "4"})
# a school year after its number: "w 4 klasie" (in year 4), not "w for klasie"
_SCHOOL_YEAR = frozenset(
    """class grade klasie klasy klasa klasse sinif sinifta sinifa kelas классе класс classe""".split()
)
_UNITS = frozenset(
    """yrs yr year years months month mos mo weeks week wks wk days day hours hour hrs hr
    mins min minutes minute times x kids people friends ppl anos ano meses mes semanas semana
    dias dia horas veces vezes ans an mois semaines jours heures fois jahre jahren jahr monate
    monaten wochen tage tagen stunden mal anni anno mesi settimane giorni ore volte года лет
    год месяца месяцев недели дня дней часа раза yil yillik ay hafta gun saat kez tahun bulan
    minggu hari jam kali lata lat miesiace miesiecy tygodnie dni godziny razy saal mahine din
    baar ghante""".split()
)
_DIGIT = re.compile(r"\d")
# a letter next to a leet/mask character or digit: only then are raw tokens needed
# a letter (or "_") touching a digit, leet or mask character: "sh!t", "f*ck",
# "b1tch", "lily2011"; plain numbers ("17:00", "58%") never match
# (written with the leet class first and look-arounds: far cheaper in `re`
# than an alternation of two-character classes)
_LEETY_RE = re.compile(r"[\d$@!|+€£*#%?(]")
_LEET_ADJ = re.compile(
    r"[\d$@!|+€£*#%?(](?<=[a-z_\u00c0-\uffff].)|[\d$@!|+€£*#%?(](?=[a-z_\u00c0-\uffff])"
)


# single letters that are whole words in chat ("r u a virgin", "u r so", "y n"):
# a run made only of these is words, not a spelled-out word
_CHAT_LETTERS = frozenset("uryniak")
_WIDE_GAP = re.compile(r"\s{2,}")


_RUN_SEPARATORS = re.compile(r"[\s.\-_+,/\\|]")
_RUN_SEPARATORS_AND_MASKS = re.compile(r"[\s.\-_+,/\\|*]")


_RUN_GAPS = re.compile(r"[\s.\-_+,/\\|*]+")
_SPACED_GAP = re.compile(r"[.\-_+,/\\|*]*\s[\s.\-_+,/\\|*]*")
_HAS_SPACE = re.compile(r"\s").search
_HAS_LETTER = re.compile(r"[^\W\d_]").search


def _run_words(run: str, separators: re.Pattern[str]) -> list[str] | None:
    """The words spelled out in one run of single characters, or None when the
    run is chat words ("r u a"); "s e n d  n u d e s": a wider gap separates
    the spelled-out words.  When the letters of a word are joined by dots or
    dashes, a gap with a space is a word boundary: "s.e.n.d n.u.d.e.s" is
    "send nudes", not "sendnudes" ("s. e. n. d", a space in every gap, is
    one word).  Letters joined by spaces alone next to such a word are still
    one word: "g e r i z e k a l ı s ı n a.q" is "gerizekalisin aq", not
    thirteen letters and "aq"."""
    if _CHAT_LETTERS.issuperset(run.replace(" ", "")):
        return None
    if " " in run:
        gaps = _RUN_GAPS.findall(run)
        if any(not _HAS_SPACE(g) for g in gaps) and any(map(_HAS_SPACE, gaps)):
            return _join_letters([separators.sub("", p) for p in _SPACED_GAP.split(run)])
    parts = _WIDE_GAP.split(run) if "  " in run else (run,)
    return [separators.sub("", p) for p in parts]


def _join_letters(parts: list[str]) -> list[str]:
    """Consecutive one-letter parts (letters split by spaces only) as one word;
    a lone letter between two words stays a word ("s.e.n.d u n.u.d.e.s")."""
    out: list[str] = []
    letters: list[str] = []
    for p in [*parts, ""]:
        if len(p) == 1:
            letters.append(p)
            continue
        if len(letters) > 1:
            out.append("".join(letters))
        else:
            out.extend(letters)
        letters = []
        if p:
            out.append(p)
    return out


def _join_run(m: re.Match[str]) -> str:
    run = m.group(0)
    words = _run_words(run, _RUN_SEPARATORS_AND_MASKS)
    # a word may hold a digit ("n o 1" -> "no1", "h 8" -> "h8") but not be a
    # number: spaced digits are phone numbers, which the PII stage reads
    if words is None or not all(map(_HAS_LETTER, words)):
        return run
    return " ".join(words)


_LEET_DIGIT_ADJ = re.compile(r"[013457](?<=[a-z].)|[013457](?=[a-z])")
# a leet word may end in its digit when a letter comes between two digits ("s0m3",
# "m0ntr3"); a plain letters-then-digit word is a name or model ("mp3", "ps4", "g7")
_LEET_SHORT = re.compile(r"[a-z][013457]")
_LEET_WORD = re.compile(r"[a-z]+[013457][a-z013457]*[a-z][013457]?|[013457][a-z]+[013457a-z]*")
# a school year or a rank is a number with an ordinal ending, not leet ("en 4eme" is not
# "en aeme", "in 4th grade" not "in ath grade")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|e|eme|ieme|er|ere|re|o|a|ao|nci|inci|unci|uncu)")
_LEET_INNER = re.compile(r"\$?[a-z]+(?:[!$]+[a-z]+)+")
_INNER_BANG = re.compile(r"(?<=[a-z])!(?=[a-z])")
_INNER_DOLLAR = re.compile(r"(?<=[a-z])\$(?=[a-z$])|(?<=\$)\$(?=[a-z])|\$(?=[a-z]{2})(?<![\w$]\$)")
_INNER_MASK = re.compile(r"(?<=\w)[*#]+(?=\w)")
_ASCII_PLAIN = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not (c.isalnum() or c in "_'\".!?" or c.isspace())}
    | {c: f" {c} " for c in '.!?"'}
)


def make_plain(
    norm: str, has_runs: bool = True, leety: bool = True, lang: str | None = None
) -> tuple[str, list[str]]:
    """Phrase-matching form and its words: split letters joined, chat
    abbreviations expanded, sentence punctuation kept as separate tokens
    (" ? ") so phrase patterns can use plain single spaces."""
    s = _SPLIT_RUN.sub(_join_run, norm) if has_runs else norm
    if "*" in s or "#" in s:
        s = _INNER_MASK.sub("", s)  # f*cking -> fcking (one word, not two)
    if leety and ("!" in s or "$" in s):
        # inside a word "!" is an i and "$" an s ("k!r!m", "pu$$y"), not punctuation
        s = _INNER_BANG.sub("i", s) if "!" in s else s
        s = _INNER_DOLLAR.sub("s", s) if "$" in s else s
    ascii_ = s.isascii()
    # str.translate has a fast path for ASCII; the regex handles other scripts
    if ascii_:
        s = s.translate(_ASCII_PLAIN)  # drop symbols and space out . ! ? " in one pass
    else:
        if "\u0964" in s or "\u0965" in s:  # danda: a full stop
            s = s.replace("\u0965", ".").replace("\u0964", ".")
        if has_emoji_words(s):  # "did it again 🩸" -> "... emoji_blood" (emoji_words.py)
            s = emoji_to_words(s)
        s = _PLAIN_DROP.sub(" ", s)
        if _CJK.search(s) and _LATIN.search(s):
            s = _CJK_EDGE.sub(" ", s)
        s = s.replace(".", " . ").replace("!", " ! ").replace("?", " ? ").replace('"', ' " ')
    get = _ABBREV.get
    raw = s.split() if ascii_ or not _is_mixed(s) else fold_lookalike_words(
        list(map(fold_token, s.split()))
    )
    own = LANG_ABBREV.get(lang) if lang else None  # the language's own chat spellings
    if own is None or own.keys().isdisjoint(raw):
        words = [get(w, w) for w in raw]
    else:
        words = [(own[w] or w) if w in own else get(w, w) for w in raw]
    if "2" in raw or "4" in raw or "yr" in raw:
        # a count before a unit is a number ("2 yrs clean" is not "to yrs clean"),
        # "yr" before a number is a school year ("in yr 7"), and "2" and "4" for "to"
        # and "for" are English chat: in another language's message a digit is a
        # number ("lantai 4" is the fourth floor)
        english = lang is None or lang == "en"
        for i, w in enumerate(raw):
            nxt = raw[i + 1] if i + 1 < len(raw) else ""
            if (w in _COUNT_DIGITS and (not english or nxt in _UNITS or nxt in _SCHOOL_YEAR)) or (
                w == "yr" and nxt.isdigit()
            ):
                words[i] = w
    if leety and _LEET_DIGIT_ADJ.search(s):
        # "s3nd n00dz" -> "send noodz" (letters with leet digits inside a word)
        leet = [w.translate(_LEET_TABLE) if _LEET_WORD.fullmatch(w) and not _ORDINAL.fullmatch(w)
                else w for w in words]
        if leet != words:
            # a message written in leet writes its short words in it too ("s3nd m3 s0m3
            # n00dz"); on its own "m3" or "a4" is a name or a paper size
            leet = [w.translate(_LEET_TABLE) if _LEET_SHORT.fullmatch(w) else w for w in leet]
        words = leet
    return " ".join(words), words


class Prepared(NamedTuple):
    """Everything stages need about one message, computed once.

    A NamedTuple rather than a frozen dataclass: it is built for every
    message and tuple construction costs a fraction of a frozen dataclass's
    per-field ``object.__setattr__``; it is just as immutable."""

    text: str
    lang: str | None
    context: Mapping[str, Any]
    norm: str
    tokens: tuple[str, ...]
    raw_tokens: tuple[str, ...]  # only filled when a letter touches a leet/mask character
    has_cjk: bool
    has_digit: bool
    runs: tuple[str, ...]  # letters split by separators, joined ("f u c k" -> "fuck")
    extra: dict[str, Any]  # lazily computed forms

    @property
    def plain(self) -> str:
        """Phrase-rule form (see make_plain); computed only when a rule needs it."""
        p: str | None = self.extra.get("plain")
        if p is None:
            p = make_plain(self.norm, bool(self.runs), bool(self.raw_tokens), self.lang)[0]
            self.extra["plain"] = p
        return p

    @property
    def word_set(self) -> frozenset[str]:
        """Words of ``norm`` (apostrophes removed: "i'm" -> "im"), for cheap gates."""
        ws: frozenset[str] | None = self.extra.get("word_set")
        if ws is None:
            ws = frozenset(self.tokens)
            self.extra["word_set"] = ws
        return ws

    @property
    def char_set(self) -> frozenset[str]:
        """Distinct characters of ``norm`` (gates for unspaced CJK triggers)."""
        cs: frozenset[str] | None = self.extra.get("char_set")
        if cs is None:
            cs = frozenset(self.norm)
            self.extra["char_set"] = cs
        return cs

    @property
    def token_set(self) -> frozenset[str]:
        """Trigger words: tokens, their abbreviation expansions, joined runs."""
        ts: frozenset[str] | None = self.extra.get("token_set")
        if ts is None:
            base = self.word_set
            abbrev = _ABBREV_KEYS.intersection(base)
            own = LANG_ABBREV_WORDS.get(self.lang) if self.lang else None
            own_hits = own.keys() & base if own else ()
            # look-alike words in a Latin message ("ur ѕо dumb") trigger as Latin
            disguised = () if self.norm.isascii() or not _is_mixed(self.norm) else [
                w for w in fold_lookalike_words(list(self.tokens)) if w not in base
            ]
            emoji = () if self.norm.isascii() or not has_emoji_words(self.norm) else (
                emoji_words(self.norm)
            )
            if (not abbrev and not self.runs and not self.raw_tokens and not disguised and not emoji
                    and not own_hits):
                ts = base
            else:
                words = set(base)
                words.update(disguised)
                words.update(emoji)
                for t in abbrev:
                    words.update(_ABBREV_WORDS[t])
                if own_hits:
                    assert own is not None
                    for t in own_hits:
                        words.update(own[t])
                words.update(self.runs)
                for t in _ABBREV_KEYS.intersection(self.runs):  # "p i c s" -> "pictures"
                    words.update(_ABBREV_WORDS[t])
                if self.raw_tokens:
                    for t in self.tokens:
                        if not t.isalpha() and _LEET_WORD.fullmatch(t):
                            words.add(t.translate(_LEET_TABLE))
                    for t in self.raw_tokens:
                        # "k!r!m", "pu$$y": the symbol splits the word in `tokens`
                        if ("!" in t or "$" in t) and _LEET_INNER.fullmatch(t):
                            words.add(t.translate(_LEET_TABLE))
                ts = frozenset(words)
            self.extra["token_set"] = ts
        return ts


def prepare(text: str, lang: str | None = None, context: Mapping[str, Any] | None = None) -> Prepared:
    norm = norm_text(text)
    ascii_ = norm.isascii()
    # raw tokens (leet, masks) matter only where a letter touches such a
    # character; plain numbers ("17:00", "58%") do not need them
    first = _LEETY_RE.search(norm)
    leety = first is not None and _LEET_ADJ.search(norm, max(0, first.start() - 1)) is not None
    raw_tokens = tuple(_RAW_TOKEN.findall(norm)) if leety else ()
    words = _WORD.findall(norm.replace("'", "") if "'" in norm else norm)
    has_cjk = False if ascii_ else _CJK.search(norm) is not None
    if has_cjk and _LATIN.search(norm):
        # "cnm什么破游戏", "去qq聊": Latin chat words written against Chinese
        # are words of their own (Chinese has no spaces to separate them)
        words = [p for w in words for p in (_CJK_LATIN.findall(w) if _LATIN.search(w) else (w,))]
    tokens = tuple(map(fold_token, words)) if not ascii_ and _is_mixed(norm) else tuple(words)
    # three single-character words in a row ("f u c k", "a-s-s"): byte-string
    # test over the word lengths, all in C
    lens = list(map(len, words))
    split = lens.count(1) >= 3 and b"\x01\x01\x01" in bytes(map(min, lens, _TWOS))
    runs = tuple(split_runs(norm)) if split or ("_" in norm and _underscore_single(norm)) else ()
    return Prepared(
        text,
        lang or None,
        context or {},
        norm,
        tokens,
        raw_tokens,
        has_cjk,
        first is not None and _DIGIT.search(norm, first.start()) is not None,
        runs,
        {},
    )


def _underscore_single(norm: str) -> bool:
    """A one-character word next to an underscore ("f_u_c_k", "k_y_s"): the
    word-length test cannot see these because "_" is a word character.
    Handles like "skate_boy_22" are rejected without running the run regex."""
    n = len(norm)
    i = norm.find("_")
    while i != -1:
        if i + 1 < n and norm[i + 1].isalnum() and (i + 2 >= n or not norm[i + 2].isalnum()):
            return True
        if i >= 1 and norm[i - 1].isalnum() and (i < 2 or not norm[i - 2].isalnum()):
            return True
        i = norm.find("_", i + 1)
    return False


def split_runs(norm: str) -> list[str]:
    """Join letters split by separators: 'f u c k' -> 'fuck'."""
    out: list[str] = []
    for m in _SPLIT_RUN.finditer(norm):
        words = _run_words(m.group(0), _RUN_SEPARATORS)
        out.extend(w for w in words or () if len(w) >= 3)
    return out
