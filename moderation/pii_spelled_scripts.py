"""Phone numbers spelled out digit by digit in Chinese numerals, Hindi
(romanised and Devanagari) and Arabic words.

Why: the digit-word detectors (`pii_patterns._SPELLED`, `pii_spelled`,
`pii_spelled_groups`) read Latin and Cyrillic words only, so "我的qq号是
一二三四五六七八九", "电话 幺三八 一二三四 五六七八" (幺 is how 1 is read
out in numbers), "1三8一二三四五六七八" (digits and numerals mixed), "mera
number hai nau aath saat chhe paanch chaar teen do ek", "मेरा नंबर है नौ आठ
सात ..." and "رقمي خمسة خمسة اثنين ..." were shown in full.

A run of numeral characters (Chinese) or number words (Hindi, Arabic; ASCII
digit groups may sit inside) that gives 7-15 digits is redacted when:

* a contact cue comes just before it ("电话", "qq号", "加我", "微信", "mera
  number", "call karo", "नंबर", "رقمي", "واتس"), or
* it is one unbroken reading of eight or more digits that is not counting
  (1 2 3 4 5 ... or 9 8 7 ...), and - for romanised Hindi, whose "do",
  "teen", "sat" are English words - with three or more different Hindi
  words ("nau", "aath", "paanch", ...).

So "in chinese we learned 一二三四五", counting to ten in class ("一二三四五六七八九十"),
a short number, "hum teen dost the aur do billiyan" and a count with a noun
keep their words.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from itertools import pairwise

from .pii_patterns import _PHONE_CUE
from .pii_scripts import _replace_spans
from .pii_spelled_vocab import CUE_AFTER, NOTE_CUE

# ---------------------------------------------------------------- Chinese
_ZH_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "洞": 0, "一": 1, "幺": 1, "么": 1, "壹": 1, "二": 2, "两": 2, "兩": 2,
    "贰": 2, "貳": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6,
    "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_ZH_CHARS = "".join(_ZH_DIGITS)
# "洞" (0) and "么" (1) are also ordinary characters: read only inside a run
_ZH_CLASS = "[" + _ZH_CHARS + "0-9０-９]"
# commas may part the groups ("一三七，八八二一，四五零六")
_ZH_RUN = re.compile(_ZH_CLASS + r"(?:[\s\-－—,，、]*" + _ZH_CLASS + r"){6,20}")
_ZH_FIRM = "[" + _ZH_CHARS.replace("洞", "").replace("么", "") + "]"
# two numerals, or a numeral next to a digit ("1三8 0 0 一2三4")
ZH_GATE = re.compile(_ZH_FIRM + r"\s?(?:" + _ZH_FIRM + r"|[0-9０-９])|[0-9０-９]\s?" + _ZH_FIRM)
_ZH_CUE = re.compile(
    r"(?:电话|電話|手机|手機|号码|號碼|号|號|qq|扣扣|企鹅|微信|威信|v信|vx|wx|加我|加一下|联系|聯繫|"
    r"打给|打給|打我|call|tel|number|whatsapp|line|电|話)[^。！？!?\n]{0,8}$",
    re.I,
)

# ---------------------------------------------------------------- Hindi, Arabic
_HI_WORDS: dict[str, int] = {}
for _i, _ws in enumerate(
    [
        "shunya shoonya shunye sunya shuny shoony zero शून्य जीरो ज़ीरो",
        "ek एक",
        "do दो",
        "teen tin तीन",
        "char chaar chaar चार",
        "paanch panch paach panj paanc पांच पाँच पाच",
        "chhe chhah chah che chheh chha chhey chhai छह छः छे छै",
        "saat sat सात",
        "aath aat ath आठ",
        "nau nou नौ नो",
    ]
):
    for _w in _ws.split():
        _HI_WORDS[_w] = _i
# words that are also English: they count as digits, not as signs of Hindi
_HI_ENGLISH = frozenset("do teen tin sat che zero".split())
_AR_WORDS: dict[str, int] = {}
for _i, _ws in enumerate(
    [
        "صفر زيرو",
        "واحد وحده",
        "اثنين اثنان اتنين تنين اثنن",
        "ثلاثه ثلاث تلاته تلات ثلاثة تلاتة",
        "اربعه اربع اربعة",
        "خمسه خمس خمسة",
        "سته ست ستة",
        "سبعه سبع سبعة",
        "ثمانيه ثمان تمانيه تمنيه ثمنيه ثمانية تمانية تمان",
        "تسعه تسع تسعة",
    ]
):
    for _w in _ws.split():
        _AR_WORDS[_w] = _i
HI_GATE = frozenset(w for w in _HI_WORDS if w not in _HI_ENGLISH)
AR_GATE = frozenset(_AR_WORDS)
_AR_FOLD = str.maketrans({"ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ـ": None})
_SPLIT = re.compile(r"[^\s,.\-–—،:;!?؟()]+")
_GAP = re.compile(r"[\s,.\-–—،]*")
_MORE_CUE = re.compile(
    r"(?:\b(?:number|numbr|nambar|nmbr|no|num|call|phone|fone|whatsapp|watsapp)\b|"
    r"नंबर|नम्बर|फोन|फ़ोन|कॉल|मोबाइل|व्हाट्सएप|رقم|رقمي|نمره|نمرتي|هاتف|تلفون|جوال|موبايل|واتس|"
    r"واتساب|اتصل|كلمني|اتصلي)[^.!?\n]{0,20}$",
    re.I,
)


def _counting(digits: list[int]) -> bool:
    """1 2 3 4 5 ... or a countdown to one (9 8 7 ... 1): counting aloud.
    9 8 7 6 5 4 3 2 1 0 is read as a number (Indian mobiles start with 9)."""
    steps = {b - a for a, b in pairwise(digits)}
    return steps == {1} or (steps == {-1} and digits[-1] == 1)


def _cue(text: str, a: int) -> bool:
    lo = max(0, a - 40)
    return (
        _PHONE_CUE.search(text, lo, a) is not None
        or _MORE_CUE.search(text, lo, a) is not None
        or NOTE_CUE.search(text, lo, a) is not None  # "记一下：", "سجل عندك"
    )


def zh_phones(text: str, reasons: list[str]) -> str:
    """Chinese numerals read digit by digit ("幺三八 一二三四 五六七八")."""
    spans = []
    for m in _ZH_RUN.finditer(text):
        run = m.group()
        digits: list[int] = []
        numerals = 0
        for c in run:
            if c in _ZH_DIGITS:
                digits.append(_ZH_DIGITS[c])
                numerals += 1
            elif c.isdigit():
                digits.append(int(c))
        if not 7 <= len(digits) <= 15 or numerals < 2:
            continue  # plain digits are the phone pass's
        a, b = m.span()
        # "洞"/"么" at either end are ordinary characters ("这么一二三...")
        while run[0] in "洞么" and a < b:
            a, run = a + 1, run[1:]
        while run[-1] in ",，、":
            b, run = b - 1, run[:-1]
        cue = (
            _ZH_CUE.search(text, max(0, a - 12), a) is not None
            or _cue(text, a)
            or CUE_AFTER.match(text, b) is not None
        )
        # parted by commas, with no cue: a list unless long enough for a mobile
        parted = any(c in run for c in ",，、")
        if not cue and (len(digits) < (10 if parted else 8) or _counting(digits)):
            continue
        spans.append((a, b))
    return _replace_spans(text, spans, "[phone removed]", "pii:phone_words", reasons)


def _word_runs(text: str, vocab: dict[str, int], fold: bool) -> list[tuple[int, int, list[str], list[int]]]:
    """Maximal runs of number words (or ASCII digit groups) of `vocab`:
    (start, end, words, digits)."""
    runs: list[tuple[int, int, list[str], list[int]]] = []
    cur: list[re.Match[str]] = []

    def close() -> None:
        if cur:
            words = [_key(m.group(), fold) for m in cur]
            digits: list[int] = []
            for w in words:
                if w.isdigit():
                    digits.extend(int(c) for c in w)
                else:
                    digits.append(vocab[w])
            runs.append((cur[0].start(), cur[-1].end(), words, digits))
            cur.clear()

    for m in _SPLIT.finditer(text):
        w = _key(m.group(), fold)
        if w in vocab or (w.isascii() and w.isdigit() and len(w) <= 4):
            if cur and not _GAP.fullmatch(text, cur[-1].end(), m.start()):
                close()
            cur.append(m)
        else:
            close()
    close()
    return runs


def _key(w: str, fold: bool) -> str:
    return w.translate(_AR_FOLD) if fold else w.lower()


def word_phones(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """Hindi (romanised, Devanagari) and Arabic digit words."""
    spans = []
    for vocab, fold, lang in ((_HI_WORDS, False, "hi"), (_AR_WORDS, True, "ar")):
        if lang == "hi" and words.isdisjoint(HI_GATE):
            continue
        if lang == "ar" and words.isdisjoint(AR_GATE):
            continue
        for a, b, ws, digits in _word_runs(text, vocab, fold):
            if not 7 <= len(digits) <= 15 or all(w.isdigit() for w in ws):
                continue
            if sum(not w.isdigit() for w in ws) < 4:
                continue  # mostly a digit group: the phone pass's
            if not _cue(text, a):
                if len(digits) < 8 or _counting(digits):
                    continue
                if lang == "hi" and len({w for w in ws if w in HI_GATE}) < 3:
                    continue  # "do", "teen", "sat" alone are English words
            spans.append((a, b))
    return _replace_spans(text, spans, "[phone removed]", "pii:phone_words", reasons)
