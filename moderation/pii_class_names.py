"""A child's full name followed by their class or school year: "я Даша
Воронцова из 5Б", "im emma clarke from 7b", "soy lucía gómez de 2ºB", "je
suis léa martin en 4e B", "ich bin jonas weber aus der 6c", "sono giulia
rossi della 3a", "jestem zuzanna nowak z 6b", "ben elif yılmaz 7-A
sınıfından", "aku putri lestari dari kelas 8B", "sou a beatriz costa do 9ºA".

Why a rule of its own: the name rules of pii.py take two words after a
weak cue ("I'm", "soy", "ich bin") only when both are capitalised, since
"im so tired", "soy muy feliz" have the same shape in lower case, and they
have no Russian "я" cue at all ("я очень рада").  A class code right after
the two words (a school year with a letter, "year 7", "kelas 8B", "7-A
sınıfından", "из 5Б") is what makes them a name: a child introducing
themselves to the group with their class is telling everybody where to find
them.  So after a self-introduction cue, two words of the same case that are
no function word, adjective or school word, then (after a comma or a few
linking words: from, in, de, en, aus der, della, z, dari, do, из ...) a
class code, the second word - the family name - is redacted ("[name
removed]"), as pii.py does with "I'm Emma Clarke": first names are allowed,
and the class may stay.  A third capitalised word ("Emma Rose Clarke") goes
with it.  "Emma Clarke, 7B here" (capitalised, the message opens with it) is
taken too.

What must pass: no name ("I'm in 7B", "we are class 5B", "im new here in
year 7", "soy la nueva de 2ºB", "я тоже из 5Б"), a first name alone ("I'm
Emma from 7B"), houses and characters ("Harry Potter from Gryffindor": no
class code), and "this is maths homework for 7B" (lower case after "this
is" / "it's" / "c'est" is never taken).

Matched on a case- and accent-folded copy of the text of the same length
(`pii_real_names.fold_same_length`), so the spans fit the original; the case
of the name words is read from the original.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from . import fastre
from .pii_names import _NOT_FIRST, _NOT_SURNAME
from .pii_real_names import _STOP, fold_same_length
from .pii_scripts import _replace_spans

# words of the message (as pii.py passes them: normalised, apostrophes dropped)
# one of which every cue contains
GATE = frozenset(
    """im i am this its it soy llamo suis moi cest appelle bin heisse heiße hier sono chiamo
    jestem nazywam ben adim adım aku saya gue gw namaku nama sou chamo я это зовут""".split()
)

# cues after which lower-case names are taken too
_CUE_ANY = (
    r"i'm|im|i am|soy|me llamo|je suis|je m'appelle|ich bin|ich heisse|ich heiße|io sono|sono|"
    r"mi chiamo|jestem|nazywam sie|ben|benim adim|adim|aku|saya|gue|gw|namaku|nama (?:aku|saya)|"
    r"(?:eu )?sou(?: (?:a|o))?|(?:eu )?me chamo|я|меня зовут"
)
# cues after which only capitalised names are taken ("this is maths homework for 7b")
_CUE_CAPS = r"this is|it's|its|here's|heres|moi c'est|moi cest|c'est|hier ist|это"
_W = r"[^\W\d_][\w'-]*"
_CLASS = (
    # a year with a letter: 7B, 7 b, 5Б, 2ºB, 9ºA, 4e B, 4eme B, 7-A, 7/A, 3A
    # (not hours, minutes, seconds or thousands: "24h", "5m", "10k")
    r"\d{1,2}\s?(?:º|°|ª|o|e|eme|er|th|st|nd|rd)?\s?[-/.]?\s?(?![hmsk]\b)[a-zа-я](?![\w'])"
    # class / year words with a number: year 7, grade 8, klasse 6c, kelas 8B, turma 9A
    r"|(?:year|yr|grade|class|form|klasse|klasa|klasy|classe|clase|kelas|turma|sinif|класс|класса)"
    r"\s?\d{1,2}\s?[a-zа-я]?(?![\w'])"
    # a number and a class word: 7th grade, 6º de primaria, 4e annee, 7A sınıfı, 5 класс
    r"|\d{1,2}\s?(?:º|°|ª|o|e|eme|th|st|nd|rd)?\s?(?:grade|year|form|ano|annee|anno|klasse|"
    r"de primaria|de la eso|eso|primaria|secundaria|superiori|liceo|sinif\w*|класс\w*)(?![\w'])"
    # French years with no letter: en 6e, en 5eme, en CM2
    r"|\d(?:e|eme)(?![\w'])|cm[12](?![\w'])|ce[12](?![\w'])"
)
# words between the name and the class
_LINK = (
    r"from|in|of|at|de|del|la|en|aus|der|dem|in der|aus der|della|dello|dalla|nella|di|z|ze|"
    r"w|klasy|klasa|dari|do|da|na|no|turma|из|в|класса|класс|sinifindan|sinifinda|"
    r"clase|classe|klasse|kelas|ano|the|"
    # "... and i'm in 7B", "y estoy en 2ºB", "и учусь в 7А"
    r"and|y|et|und|e|i|im|i'm|am|estoy|je|suis|ich|bin|sono|jestem|estou|sou|em|и|учусь"
)
# fastre: a first-character test before the cue alternation (most positions fail it)
_INTRO = fastre.compile(
    r"(?<![\w'])(?:(?P<any>" + _CUE_ANY + r")|(?P<caps>" + _CUE_CAPS + r"))"
    r"\s*[,:]?\s+(?P<first>" + _W + r")\s+(?P<last>" + _W + r")(?:\s+(?P<third>" + _W + r"))?"
    r"(?:\s*[,-]\s*|\s+)(?:(?:" + _LINK + r")\s+){0,4}(?:" + _CLASS + r")"
)
# "Emma Clarke, 7B here" at the start of the message
_OPENING = re.compile(
    r"^(?:(?:hi|hey|hello|hola|salut|hallo|ciao|oi|ola|czesc|merhaba|halo|привет)\s*[,!]?\s+)?"
    r"(?P<first>" + _W + r")\s+(?P<last>" + _W + r")\s*[,-]?\s*(?:(?:from|in)\s+)?"
    r"(?:" + _CLASS + r")\s*[,-]?\s*(?:here|speaking)\b"
)

# no names: function words, school words, states ("im new here", "soy la nueva")
_NOT_NAME = _STOP | _NOT_FIRST | _NOT_SURNAME | frozenset(
    """class form year grade maths math science english history art music homework lesson
    lessons test exam teacher room group lunch break period day week student pupil rep
    captain president monitor prefect head vice deputy new newbie transfer here also
    nuevo nueva alumno alumna estudiante companero companera delegado delegada
    nouveau nouvelle nouvel eleve delegue deleguee
    neu neue neuer neues schuler schulerin klassensprecher klassensprecherin
    nuovo nuova alunno alunna studente studentessa rappresentante
    nowy nowa nowe uczen uczennica przewodniczacy przewodniczaca
    yeni ogrenci sinif baskani
    baru anak murid siswa siswi ketua kelas
    novo nova aluno aluna representante
    from in of at de del en aus der della di z dari do da из в
    новенький новенькая новый новая ученик ученица староста класса класс школы тоже тут
    здесь сейчас уже опять снова очень просто
    sur dans chez avec pour par sous vers entre con por para sin sobre com pra sem no na nos nas
    auf mit fur bei von zu im am su per tra fra od po przy ile di ke sama pake на с к по у от
    online offline insta instagram snap snapchat tiktok discord whatsapp roblox fortnite
    minecraft youtube twitch level lvl rank""".split()
)
# lower-case adjectives, adverbs and verb forms ("bored", "ready", "lonely")
_ADJ_END = re.compile(r"(?:ly|ing|ed|ous|ful|ive|ish|less|able|ible|est|ier|ical)$")
# Russian adjectives in lower case (first words: "новая", "лучший"); surnames in
# -ская/-цкая keep their place as second words
_RU_ADJ_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее)$")


def _nameish(word: str, folded: str, first: bool) -> bool:
    if folded in _NOT_NAME or word.lower() in _NOT_NAME or len(folded) < 2:
        return False
    if word[0].isupper():
        return True
    if len(folded) >= 6 and _ADJ_END.search(folded):
        return False
    return not (first and _RU_ADJ_END.search(folded))


def _pair(text: str, folded: str, m: re.Match[str], caps_only: bool) -> tuple[int, int] | None:
    """The span to redact (the family name, with a third capitalised word)."""
    a, b = m.span("first")
    c, d = m.span("last")
    first, last = text[a:b], text[c:d]
    capital = first[0].isupper()
    if last[0].isupper() != capital or (caps_only and not capital):
        return None
    if last.isupper() and len(last) > 1 and not first.isupper():
        return None  # "Emma LOL", an acronym
    if not _nameish(first, folded[a:b], True) or not _nameish(last, folded[c:d], False):
        return None
    end = d
    if m.groupdict().get("third") is not None:
        e, f = m.span("third")
        third = text[e:f]
        if capital and third[0].isupper() and _nameish(third, folded[e:f], False):
            end = f
    return c, end


def class_names(text: str, words: AbstractSet[str], has_digit: bool, reasons: list[str]) -> str:
    """Redact the family name of a self-introduction followed by a class code."""
    if not has_digit:
        return text
    folded = fold_same_length(text)
    spans: list[tuple[int, int]] = []
    if not words.isdisjoint(GATE):
        for m in _INTRO.finditer(folded):
            span = _pair(text, folded, m, m.group("caps") is not None)
            if span is not None:
                spans.append(span)
    # `_OPENING` ends with "here" or "speaking": a substring test spares the
    # match (two words and a class code tried at the start of every message)
    m2 = _OPENING.match(folded) if "here" in folded or "speaking" in folded else None
    if m2 is not None:
        span = _pair(text, folded, m2, True)
        if span is not None:
            spans.append(span)
    return _replace_spans(text, spans, "[name removed]", "pii:name", reasons)
