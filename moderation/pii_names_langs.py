"""Names and schools in Turkish, Polish and Indonesian, Indian school names
given by their initials, and a Chinese name after "我是...的".

Why: the name and school rules in pii.py / pii_scripts.py know the cues of
en/fr/es/pt/de/it/ru/ar/zh/hi; these forms were shown unredacted:

* names (the first name stays, as with "my name is Lea"; the family name
  goes): Turkish "benim adım / adım / ismim Elif Yıldırım", "ben Elif
  Yıldırım" (only with two capitalised words in a Turkish message: English
  "Ben Stokes" has no Turkish letter or word); Polish "nazywam się / mam na
  imię / jestem Kasia Nowak"; Indonesian "nama aku / namaku / nama saya
  Nadia Putri", "aku Nadia Putri".
* schools: Turkish names ending in Lisesi / Ortaokulu / İlkokulu / Koleji
  ("Kadıköy Anadolu Lisesi"; "fen lisesi" or "anadolu lisesinde okuyorum"
  name only a kind of school), Polish "Szkoła Podstawowa nr 5", "LO nr 3",
  "liceum im. Kopernika", Indonesian "SMP Negeri 3 Bandung", "SMAN 8";
  Hinglish "main DPS Rohini mein padhti hu": a school named by its initials
  (DPS, DAV, KV) and a branch, before "mein padhti/padhta" ("DPS" alone, as
  in "my school is DPS too", is a chain, not one school).
* Chinese "我是北京市第八中学初二的王梓涵": the writer's name ends the
  clause after "我是...的".  Words that start with a surname character ("高手",
  "高中", "马甲") are excluded.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_script_patterns import _ZH_COMPOUND, _ZH_GIVEN, _ZH_SURNAMES
from .pii_scripts import _replace_spans

_UP = "A-ZÇĞİÖŞÜĄĆĘŁŃÓŚŹŻ"
_LOW = "a-zçğıöşüąćęłńóśźżâî"
_CAP = r"[" + _UP + r"][" + _LOW + r"'’-]+"
_WORD = r"[" + _UP + _LOW + r"][" + _LOW + _UP + r"'’.-]*"

# ---------------------------------------------------------------- names
_STRONG = (r"benim ad[ıi]m|ad[ıi]m|benim ismim|ismim|nazywam si[ęe]|mam na imi[ęe]|"
           r"nama (?:aku|saya|gue|gw|ku)(?: adalah)?|namaku(?: adalah)?|nama lengkap(?: aku| saya)?")
_WEAK = r"ben|jestem|aku|saya|gue"
_NAME = re.compile(
    r"(?<![\w])(?:(?P<strong>" + _STRONG + r")\s+(?P<sfirst>" + _WORD + r")|(?P<weak>" + _WEAK
    + r")\s+(?P<wfirst>" + _CAP + r"))\s+(?P<last>" + _WORD + r"(?:\s+" + _CAP + r")?)",
    re.I,
)
_NAME_STOP = frozenset(
    """ve de da ile ben benim ama çok cok bir bu şu su o yaş yas yaşında yasinda sınıf sinif
    okuyorum lise lisesi ve merhaba selam i a z w na mam lat jestem jest się sie oraz ale
    dari dan umur kelas dari sekolah tinggal di yang lagi sih ya kak kok aja""".split()
)
_TR_LETTERS = re.compile(r"[ıİşŞğĞ]")
_TR_WORDS = frozenset("merhaba selam benim adım adim sınıf sinif yaşındayım okuyorum ve".split())

# ---------------------------------------------------------------- schools
_TR_SCHOOL = re.compile(
    r"(?P<g>(?:" + _WORD + r"\s+){1,4})(?:lisesi|ortaokulu|ilkokulu|İlkokulu|koleji)(?:['’]?["
    + _LOW + r"]+)?(?![\w])",
    re.I,
)
_TR_SCHOOL_STOP = frozenset(
    """ben benim biz bizim sen senin o bir bu şu su ve de da en iyi çok cok hangi ne okulum
    okulumuz özel ozel devlet bizim eski yeni yakın yakin büyük buyuk küçük kucuk güzel guzel
    için icin gibi kadar""".split()
)
_TR_SCHOOL_GENERIC = frozenset(
    """anadolu fen meslek mesleki teknik endüstri endustri imam hatip kız kiz erkek sosyal
    bilimler güzel sanatlar spor sağlık saglik ticaret otelcilik turizm çok programlı
    programli temel lise""".split()
)
_TR_SCHOOL_CUE = re.compile(r"\s*(?:okuyorum|öğrencisiyim|ogrencisiyim|gidiyorum|\d+\s*\.?\s*sınıf)",
                            re.I)
_PL_SCHOOL = re.compile(
    r"(?<![\w])(?:szko[łl]\w*\s+podstawow\w*|zesp[óo][łl]\w*\s+szk[óo][łl]\w*|liceum(?:\s+"
    r"og[óo]lnokszta[łl]c\w*)?|technikum|gimnazjum|szko[łl]\w*|sp|lo)\s*(?:nr|numer)\.?\s*\d{1,3}"
    r"(?:\s+(?:w|we)\s+" + _CAP + r")?"
    r"|(?<![\w])(?:szko[łl]\w*(?:\s+podstawow\w*)?|liceum|technikum|gimnazjum|sp|lo)\s+"
    r"(?:im\.|imienia)\s*" + _CAP + r"(?:\s+" + _CAP + r")?",
    re.I,
)
_ID_SCHOOL = re.compile(
    r"(?<![\w])(?:sdn|smpn|sman|smkn|mtsn|(?:sd|smp|sma|smk|mts)\s+(?:negeri|n|"
    r"swasta|islam\w*|it|kristen|katolik|muhammadiyah))\s*\d{1,3}(?:\s+" + _CAP + r"){0,2}",
    re.I,
)
# Hinglish: initials + branch before "mein padhti/padhta"
# (and in Devanagari: "मैं DPS रोहिणी में पढ़ती हूं"; ढ़ precomposed or ढ + nukta)
_IN_PADH = re.compile(r"\s+(?:mein|me|mai|m)\s+padh(?:ti|ta|te|ai|tI)\b|\s+(?:में|मे)\s+"
                      "प(?:\u095d|\u0922\u093c|\u0922)(?:ती|ता|ते|ाई)", re.I)
_IN_BEFORE = re.compile(r"(?:[A-Za-z\u0900-\u097f][^\s,;:!?]*\s+){1,4}$")
_IN_STOP = frozenset(
    """main mai mein me hum ham mera meri mere i we my our bhi abhi ab pehle kal aaj ek koi the
    a an in at to and or ki ka ke se wala wali toh to मैं मै हम मेरा मेरी मेरे भी अभी अब पहले
    है हूं हूँ और""".split()
)
_IN_CHAINS = frozenset("dps dav kv jnv nps bvb aps sps gd apj".split())

# ---------------------------------------------------------------- Chinese
_ZH_DE_NAME = re.compile(
    r"我是[^。！？!?\n]{0,30}?的(?P<g>(?:" + _ZH_COMPOUND + r"|[" + _ZH_SURNAMES + r"])"
    + _ZH_GIVEN + r"{1,2})(?=$|[。！？!?，,、\s~～]|呀|啊|哦|呢|哈)"
)
_ZH_NOT_NAME = frozenset(
    """高手 高中 高材生 高个 高个子 马甲 马仔 毛孩 金牌 石头 方法 方向 白痴 黑粉 黄牌 钱包 孔雀 江湖
    龙套 牛人 程序 万人迷 小可爱 老大 雷锋 潘多拉 甘蔗 常客 明星 路人 路人甲 施主""".split()
)

_NAME_GATE = frozenset(
    "adim ismim ben nazywam mam jestem nama namaku aku saya gue".split()
)
_PL_SCHOOL_GATE = frozenset(
    """szkola szkoly szkole szkol liceum technikum gimnazjum sp lo podstawowa podstawowej
    podstawowe zespol""".split()
)
_ID_SCHOOL_GATE = frozenset("sdn smpn sman smkn mtsn sd smp sma smk mts".split())
# every word `names_and_schools` tests the word set for
GATE = _NAME_GATE | _PL_SCHOOL_GATE | _ID_SCHOOL_GATE | _TR_WORDS


def names_and_schools(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """Redact the tr/pl/id names and schools, Indian initials schools and
    the Chinese "我是...的<name>" (see module doc); `words`: the message's
    words, or just those of them in GATE (pii.py passes its cues)."""
    if "我是" in text and "的" in text:
        text = _zh_de_name(text, reasons)
    # lower-case substrings of the original text (no lower() of every message):
    # "Lisesi" has "ise", "Ortaokulu" "kulu", "Koleji" "olej", "padhti" "padh"
    if "ise" in text or "kulu" in text or "olej" in text:
        text = _tr_schools(text, reasons)
    if not words.isdisjoint(_PL_SCHOOL_GATE):
        text = _replace_spans(text, [m.span() for m in _PL_SCHOOL.finditer(text)],
                              "[school removed]", "pii:school", reasons)
    if not words.isdisjoint(_ID_SCHOOL_GATE):
        text = _replace_spans(text, [m.span() for m in _ID_SCHOOL.finditer(text)],
                              "[school removed]", "pii:school", reasons)
    if "padh" in text or "पढ" in text or "\u095d" in text:
        text = _in_initials(text, reasons)
    # after the schools: "ben Kadıköy Anadolu Lisesi'ne gidiyorum" is a school
    if not words.isdisjoint(_NAME_GATE):
        text = _names(text, words, reasons)
    return text


def _names(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    turkish = _TR_LETTERS.search(text) is not None or not words.isdisjoint(_TR_WORDS)
    spans = []
    for m in _NAME.finditer(text):
        last = m.group("last")
        parts = last.split()
        if parts[0].lower() in _NAME_STOP:
            continue
        if m.group("weak") is not None:
            cue = m.group("weak").lower()
            if cue == "ben" and not turkish:
                continue  # English "Ben Stokes"
            if not (last[0].isupper() and m.group("wfirst")[0].isupper()):
                continue
        elif m.group("sfirst").lower() in _NAME_STOP:
            continue
        if len(parts) == 2 and parts[1].lower() in _NAME_STOP:
            spans.append((m.start("last"), m.start("last") + len(parts[0])))
        else:
            spans.append(m.span("last"))
    return _replace_spans(text, spans, "[name removed]", "pii:name", reasons)


def _tr_schools(text: str, reasons: list[str]) -> str:
    spans = []
    for m in _TR_SCHOOL.finditer(text):
        base = m.start("g")
        keep: list[re.Match[str]] = []
        for w in re.finditer(r"\S+", m.group("g")):
            keep = [] if w.group().lower() in _TR_SCHOOL_STOP else [*keep, w]
        names = [w.group() for w in keep if w.group().lower() not in _TR_SCHOOL_GENERIC]
        if not names:
            continue  # "fen lisesi", "anadolu lisesinde": a kind of school
        capital = all(n[0].isupper() for n in names)
        if not capital and _TR_SCHOOL_CUE.match(text, m.end()) is None:
            continue
        spans.append((base + keep[0].start(), m.end()))
    return _replace_spans(text, spans, "[school removed]", "pii:school", reasons)


def _in_initials(text: str, reasons: list[str]) -> str:
    spans = []
    for m in _IN_PADH.finditer(text):
        b = _IN_BEFORE.search(text, max(0, m.start() - 50), m.start() + 1)
        if b is None:
            continue
        keep: list[re.Match[str]] = []
        for w in re.finditer(r"\S+", b.group(0)):
            keep = [] if w.group().lower() in _IN_STOP else [*keep, w]
        initials = any(
            (w.group().isupper() and 2 <= len(w.group()) <= 5) or w.group().lower() in _IN_CHAINS
            for w in keep
        )
        if len(keep) >= 2 and initials:
            spans.append((b.start() + keep[0].start(), b.start() + keep[-1].end()))
    return _replace_spans(text, spans, "[school removed]", "pii:school", reasons)


def _zh_de_name(text: str, reasons: list[str]) -> str:
    spans = [m.span("g") for m in _ZH_DE_NAME.finditer(text) if m.group("g") not in _ZH_NOT_NAME
             and m.group("g")[:2] not in _ZH_NOT_NAME]
    return _replace_spans(text, spans, "[name removed]", "pii:name", reasons)
