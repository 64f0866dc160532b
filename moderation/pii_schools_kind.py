"""School names with the kind of school before the name, said by a child who
attends it: "I go to 2B at Istituto Comprensivo Via Rossetti", "vado in 2B
all'istituto comprensivo via rossetti", "voy al ies miguel hernández", "ich gehe
auf die Gesamtschule Nord", "ich bin auf der Realschule am Stadtpark",
"uczę się w Szkole Podstawowej nr 3 im. Jana Pawła II", "aku sekolah di SD
Negeri Menteng 01" (called from `pii_schools_after.schools_after`).

Why: the older passes know a school word right after a Romance cue ("vado al
liceo galilei") or a capitalised name right after the school word
(`pii_patterns._SCHOOL_NAMED`).  They missed:

* the Italian article joined to the word ("all'istituto", "l'istituto": the
  gate words lose the apostrophe, "allistituto"), "istituto" and the
  acronyms (IES, CEIP, IC, ITIS) in lower case, a class between the cue and
  the school ("in 2B all'", "en 1º de la ESO en el"), an English cue before
  a school abroad ("I go to 2B at Istituto ...");
* a street as the name ("via Rossetti", "calle Mayor", "rua das Flores", "rue
  des Lilas");
* German kinds with the name after them: a direction ("Gesamtschule Nord"),
  "am / an der" and a capitalised place ("Realschule am Stadtpark"), a street
  ("Grundschule Lindenstraße") or a person ("Gesamtschule Anne Frank");
* the patron after a Polish school number ("nr 3 im. Jana Pawła II") and an
  Indonesian state school with its district before the number ("SD Negeri
  Menteng 01").

Talk about schools in general stays: every pattern needs an attendance cue
("I go to", "vado", "voy", "ich gehe", "chodzę", "sekolah di"), no word
such as "near", "and" or "not" between the cue and the school, and a name:
"ich gehe auf die Gesamtschule", "vado all'istituto comprensivo vicino a
casa", "voy al ies por la mañana", "in Spain an IES is a secondary school"
and "the Istituto Comprensivo Via Rossetti had a strike" pass.  A placeholder
an earlier pass left before a direction or a number ("[school removed]
Nord") takes them in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet

from .pii_scripts import _replace_spans

_I = re.IGNORECASE

_CUE = (
    r"(?:\b(?:go(?:es)? to|going to|went to|attend(?:s|ing)?|(?:i'm|i’m|im|i am) (?:at|in)|"
    r"study(?:ing)? at|(?:student|pupil) at|my school is|"
    r"vado|frequento|sono|studio|faccio|voy|estudio|estoy|asisto|estudo|vou|estou|"
    r"je vais|je suis|j['’]?[ée]tudie|ich (?:gehe|geh|bin|besuche)|gehe|besuche|"
    r"chodz[ęe]|ucz[ęe] si[ęe]|jestem|sekolah|sekolahku|skolah|murid|siswa|siswi))"
)
# between the cue and the school: a class, an article, a preposition (no "near", "and", "not")
_MID_STOP = (
    r"near|next|behind|opposite|from|with|after|before|and|but|or|not|never|no|vicino|dietro|"
    r"davanti|accanto|cerca|junto|detras|enfrente|pres|près|derriere|derrière|neben|hinter|"
    r"gegenuber|gegenüber|perto|atras|atrás|e|y|et|und|ma|pero|mais|aber|mas|non|nie|nicht|"
    r"kein|keine|pas|nao|não|niemals|nunca|jamais|mai|obok|kolo|koło|dekat|samping"
)
_MID = r"(?:\s+(?!(?:" + _MID_STOP + r")\b)(?:\d{1,2}\.|[^\s.,!?;:()]+)){0,7}?\s+"

# ---------------------------------------------------------------- it / es / pt / fr
_RO_HEAD = (
    r"(?:istituto|scuola|liceo|colegio|instituto|escuela|"
    # "college" without its accent only after a French article ("I'm going to college Monday")
    r"col[ée]gio|escola|collège|(?:(?<=\bau )|(?<=\bdu )|(?<=\ble )|(?<=\bmon ))college|lyc[ée]e|"
    r"[ée]cole)"
)
# acronyms: a lower-case name after them is still a name ("voy al ies miguel hernandez")
_RO_ACRO = r"(?:ies|ceip|cp|cpi|ic|iis|itis|itc|ipsia|emef|eeef|emeif|cei)"
_RO_KINDS = (
    r"(?:comprensivo|tecnico|professionale|superiore|statale|paritari[oa]|media|elementare|primaria|"
    r"secondaria(?: di (?:primo|secondo) grado)?|scientifico|classico|linguistico|artistico|"
    r"p[úu]blic[oa]|concertad[oa]|privad[oa]|estadual|municipal|particular|federal|"
    r"primaire|[ée]l[ée]mentaire|maternelle|priv[ée]e?|publique|professionnel|g[ée]n[ée]ral|"
    r"technique|agricole)"
)
_STREET = (
    r"(?:via|viale|piazza|piazzale|corso|largo|vicolo|calle|avenida|avda\.?|plaza|paseo|camino|"
    r"carrer|rua|travessa|alameda|estrada|rue|avenue|boulevard|bd|place|chemin|all[ée]e|impasse)"
)
_LINK = r"(?:de|del|della|dei|degli|da|das|do|dos|des|du|di|la|le|les|el|d['’])"
_WORD = r"[^\W\d_][\w'’-]*"
_CAP = r"(?-i:[A-ZÀ-Ý][\w'’-]*)"
_ROMAN = r"(?-i:[IVX]{1,4})\b"
_RO_SCHOOL = re.compile(
    _CUE + _MID + r"(?:(?:all|dell|nell|sull|dall|l)['’])?(?P<g>(?P<head>" + _RO_HEAD + r"|" + _RO_ACRO
    + r")(?P<kinds>(?:\s+" + _RO_KINDS + r"){0,3})\s+(?P<name>"
    + _STREET + r"(?:\s+" + _LINK + r")?\s*" + _WORD + r"(?:\s+" + _CAP + r"){0,2}|"
    + _CAP + r"(?:\s+(?:" + _LINK + r"\s+)?" + _CAP + r"){0,3}(?:\s+" + _ROMAN + r")?|"
    r"(?:n[º°o]\.?|nr\.?|#)\s*\d{1,3}|"
    + _WORD + r"(?:\s+(?:" + _LINK + r"\s+)?" + _WORD + r"){0,2}))",
    _I,
)
_ACRO_HEAD = re.compile(_RO_ACRO + r"$", _I)

# ---------------------------------------------------------------- de
_DE_HEAD = (
    r"(?:gesamtschule|realschule|grundschule|oberschule|gymnasium|mittelschule|hauptschule|"
    r"gemeinschaftsschule|stadtteilschule|sekundarschule|f(?:ö|o|oe)rderschule|werkrealschule|"
    r"regelschule|stadtschule)"
)
_DE_DIRECTION = (r"(?:nord|s(?:ü|u|ue)d|ost|west|mitte|nordost|nordwest|s(?:ü|u|ue)dost|"
                 r"s(?:ü|u|ue)dwest|zentrum|innenstadt)")
_DE_TIME = frozenset(
    """abend morgen mittag nachmittag vormittag wochenende montag dienstag mittwoch donnerstag
    freitag samstag sonntag anfang ende schluss""".split()
)
_DE_SCHOOL = re.compile(
    _CUE + _MID + r"(?P<g>" + _DE_HEAD + r"\s+(?P<name>" + _DE_DIRECTION + r"\b|"
    r"(?:am|an der|auf dem|im|in der|bei der)\s+(?P<place>" + _CAP + r")|"
    r"[\wäöüß-]+(?:stra(?:ß|ss)e|str\.|weg|allee|platz|ring|damm|gasse)\b|"
    + _CAP + r"\s+" + _CAP + r"|(?:nr|no)\.?\s*\d{1,3}\b))",
    _I,
)

# ---------------------------------------------------------------- pl / id
_PL_SCHOOL = re.compile(
    r"\b(?:chodz[ęe] do|ucz[ęe] si[ęe] w|jestem w(?:\s+\S+){0,2}?\s+w)\s+(?P<g>(?:szko[łl]\w*"
    r"(?:\s+podstawow\w*)?|liceum(?:\s+og[óo]lnokszta[łl]c\w*)?|technikum|gimnazjum|sp|lo)\s*"
    r"(?:nr|numer)\.?\s*\d{1,3}\s+(?:im\.|imienia)\s*" + _CAP + r"(?:\s+" + _CAP + r"){0,3}"
    r"(?:\s+" + _ROMAN + r")?)",
    _I,
)
_ID_SCHOOL = re.compile(
    r"\b(?:sekolah|sekolahku|skolah|aku|saya|gw|gue|murid|siswa|siswi)(?:\s+(?:di|ke|dari))?\s+"
    r"(?P<g>(?:sd|smp|sma|smk|mts)n?\s+(?:negeri|swasta|islam|it|kristen|katolik|muhammadiyah)\s+"
    + _CAP + r"(?:\s+" + _CAP + r")?\s+\d{1,3})\b",
    _I,
)

# a placeholder of an earlier pass before a direction or a number: "[school removed] Nord"
_AFTER_PLACEHOLDER = re.compile(
    r"\[school removed\](?P<g>\s+(?:" + _DE_DIRECTION + r"|norte|sul|sur|nord|(?:nr|no|n[º°])\.?\s*"
    r"\d{1,3})\b)",
    _I,
)

_RO_GATE = frozenset(
    """istituto listituto allistituto dellistituto nellistituto sullistituto dallistituto scuola
    liceo colegio instituto escuela colegio escola college lycee ecole lecole allliceo ies ceip cp
    cpi ic iis itis itc ipsia emef eeef emeif cei""".split()
)
_DE_GATE = frozenset(
    """gesamtschule realschule grundschule oberschule gymnasium mittelschule hauptschule
    gemeinschaftsschule stadtteilschule sekundarschule forderschule foerderschule werkrealschule
    regelschule stadtschule""".split()
)
_PL_GATE = frozenset("im imienia".split())
_ID_GATE = frozenset("sd smp sma smk mts sdn smpn sman smkn mtsn".split())
GATE = _RO_GATE | _DE_GATE | _PL_GATE | _ID_GATE


# English days and times after a school abroad ("I'm going to the liceo Monday")
_EN_STOP = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight next this
    in on at by with for every week weekend morning afternoon evening""".split()
)


def _folded(word: str) -> str:
    """"À" -> "a": the stop words are listed with and without accents, not all of them."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


def _romance(text: str, stop: AbstractSet[str]) -> list[tuple[int, int]]:
    spans = []
    for m in _RO_SCHOOL.finditer(text):
        name = m.group("name")
        words = name.split()
        if (_folded(words[0]) in stop or words[0].lower() in _EN_STOP) and not re.match(_STREET, words[0], _I):
            continue
        head = m.group("head")
        capital = name[:1].isupper()
        if not capital and not m.group("kinds") and not _ACRO_HEAD.search(head) \
                and not re.match(_STREET + r"\b", name, _I):
            continue  # "vado a scuola domani": a lower-case name needs a kind or an acronym
        # cut the name at the first stop word ("miguel hernandez por la mañana")
        kept: list[str] = []
        for w in words:
            low = _folded(w)
            if kept and low in stop and low not in ("de", "del", "da", "do", "dos", "das", "di",
                                                       "du", "des", "della", "la", "le", "el"):
                break
            kept.append(w)
        while kept and _folded(kept[-1]) in stop:
            kept.pop()
        if not kept:
            continue
        spans.append((m.start("g"), m.start("name") + len(" ".join(kept))))
    return spans


def _german(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _DE_SCHOOL.finditer(text):
        place = m.group("place")
        if place is not None and place.lower() in _DE_TIME:
            continue  # "aufs Gymnasium am Montag"
        spans.append(m.span("g"))
    return spans


def kind_first_schools(text: str, words: AbstractSet[str], has_digit: bool, reasons: list[str],
                       stop: AbstractSet[str]) -> str:
    """Redact the schools of the module doc (`words`: the message's words, or
    those of them in the gates; `stop`: words that start no Romance school name,
    `pii_schools_after._RO_STOP`)."""
    spans: list[tuple[int, int]] = []
    if not words.isdisjoint(_RO_GATE):
        spans += _romance(text, stop)
    if not words.isdisjoint(_DE_GATE):
        spans += _german(text)
    if has_digit and not words.isdisjoint(_PL_GATE):
        spans += [m.span("g") for m in _PL_SCHOOL.finditer(text)]
    if has_digit and not words.isdisjoint(_ID_GATE):
        spans += [m.span("g") for m in _ID_SCHOOL.finditer(text)]
    text = _replace_spans(text, spans, "[school removed]", "pii:school", reasons)
    if "[school removed]" in text:
        spans = [m.span("g") for m in _AFTER_PLACEHOLDER.finditer(text)]
        text = _replace_spans(text, spans, "", "pii:school", reasons)
    return text
