"""Listed words that are everyday words of another language (homographs).

Why: the word lists are looked up for every message whatever its language,
so a word listed for one language is held wherever it is spelled the same:

* German "dick" (fat, thick: "das Buch ist so dick", "Schokolade macht
  dick") is English profanity;
* German "hebe" (I lift / lift!: "ich hebe die Hand", "hebe das bitte
  auf") is an English slur;
* Turkish "koşmak" / "koş" (to run / run!: "koşmayı seviyorum", "her
  sabah koşmak istiyorum", "hadi koş") folds to Arabizi "kosmak" / "kos";
* Portuguese "pede" (asks: "ela pede ajuda ao professor", "o suporte
  nunca pede sua senha") folds to the French slur "pédé";
* Spanish "huesos" (bones: "estaba en los huesos", "me duelen los
  huesos") is the transliterated Russian insult "хуесос".

Deleting the words would lose the English and Arabizi insults, and a
language-only entry ("term !" in the lists) would lose them in untagged
messages, so a hit is dropped only when the message reads as the other
language: tagged with it (`Prepared.lang`) or written with its words, and
the word itself is used as that language uses it.  A word in the listed
language's own company stays held whatever the tag: "suck my dick", "a
total dick", "dick pic", "dirty hebe", "ya kosmak", "kos ommak enta",
"kosmak ya sharmouta".  Only exact whole-word hits are dropped: a disguised
form ("d1ck", "h.e.b.e") shows intent and stays held.

German "dick" aimed at the reader ("du bist so dick") is a body put-down;
the lexicon no longer holds it in German text, so `harm_sarcasm_langs.py`
has a rule for it ("du bist nicht dick" passes).

Cost: one set intersection per message with a lexicon hit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .normalise import Prepared

_H = TypeVar("_H")


@dataclass(frozen=True, slots=True)
class _Homograph:
    lang: str  # the language in which the word is an everyday word
    # the word used as that language uses it (enough with one word of the language)
    sense: re.Pattern[str]
    # the word in the listed language's company: never dropped
    listed: re.Pattern[str]


# words of the language that are no common word of English (or of the other
# languages whose lists the homographs come from)
_DE_WORDS = frozenset("""
    ich du er ist bist sind das der den dem des ein eine einen einem einer nicht und mit auf
    aber sehr auch noch schon mal bitte hab habe hast mein meine meinen dein deine deinen
    wie ganz echt ziemlich dass weil oder dann jetzt wir ihr euch uns mir dir mich dich
    heute morgen immer viel zu zum zur vom beim macht machen wird werden sein seine ihre
    buch pullover jacke hand auch nur doch gerade wirklich mega krass eigentlich
""".split())
_TR_WORDS = frozenset("""
    ve bir ben sen bu cok icin gibi hadi haydi lazim gerek bugun yarin sabah aksam her hep
    daha zor kolay guzel sonra once ile degil var yok ama istiyorum seviyorum severim
    isterim sevmiyorum gidiyorum kostum kosuyorum hizli yavas parkta parka sahilde
    biraz benim senin onun bence dakika saat km kilometre spor yorgunum
""".split())
_PT_WORDS = frozenset("""
    ele ela eles elas voce vc voces nao que para pra com uma um uns umas meu minha seu sua
    nosso nossa ajuda senha professor professora mae pai nunca sempre tambem muito isso
    esse essa quando porque entao depois hoje amanha gente tudo coisa ao aos pelo pela
    do da dos das na no nas nos jogo celular
""".split())
_ES_WORDS = frozenset("""
    el la los las del en que por para con una un unos unas mi mis tu tus su sus estaba esta
    estoy muy perro perra gato tengo tiene me duelen duele rotos roto hasta pero como cuando
    porque hoy manana todo todos cuerpo pierna brazo cadaver esqueleto se dos tres
""".split())
_LANG_WORDS = {"de": _DE_WORDS, "tr": _TR_WORDS, "pt": _PT_WORDS, "es": _ES_WORDS}
# Turkish letters written in the original text: the message is Turkish
_TR_LETTERS = re.compile(r"[şğıŞĞİ]")

_TABLE: dict[str, _Homograph] = {
    "dick": _Homograph(
        "de",
        re.compile(
            r"\b(?:ist|bist|sind|war|waren|wird|werden|wurde|so|zu|sehr|ganz|echt|voll|mega|"
            r"ziemlich|nicht|wie|richtig|extrem|etwas|bisschen|macht|machen|schon|viel|zu|"
            r"recht|arg|dermassen) dick\b|\b(?:wirst|wird|werde|werden) (?:du|er|sie|ich|man|wir) dick\b|"
            r"\b(?:cm|mm|m|meter|zentimeter|millimeter|finger|daumen) dick\b|"
            r"\bdick (?:und (?:fett|rund|dunn|doof|breit|schwer)|(?:angezogen|eingepackt|"
            r"eingemummelt|aufgetragen|geschnitten|belegt|bestrichen|gebaut)\w*|genug|auftragen|"
            r"geworden|werden|machen|macht|ist|sind|war|wie|mit|im|in|auf|drauf|da)\b"
        ),
        re.compile(
            r"\b(?:a|the|my|your|ur|his|their|suck|sucks|sucking|sucked|lick|licks|licking|"
            r"big|small|tiny|huge|hard|total|such a|like a|fat|nice|show|send|touch|moby|"
            r"spotted|you|u|ya|stupid|fucking) dick\b|"
            r"\bdick ?(?:pic|pics|picture|pictures|head|heads|move|sucker|face|size)\b|"
            # "du bist ein dick", "du dick": the English word
            r"\bbist (?:du )?ein dick(?: [.!?]|$)|^du dick(?: [.!?]|$)"
        ),
    ),
    "hebe": _Homograph(
        "de",
        re.compile(
            r"\b(?:ich|und|dann|jetzt|bitte|gleich|mal|nun|ja) hebe\b|"
            r"\bhebe (?:die|das|den|dem|es|ihn|sie|mal|bitte|dein|deine|deinen|deinem|mein|meine|"
            r"meinen|meinem|auf|hoch|ab|an|einen|eine|ein|jetzt|gleich|morgen|heute|nur|doch|"
            r"gewichte|hanteln|ihm|ihr|euch|uns|dich|mich|zwei|beide|beim|im|schwere)\b|"
            r"\bhebe\b[^.!?]{0,40}\b(?:auf|hoch)\b"
        ),
        re.compile(
            r"\b(?:a|the|dirty|filthy|fucking|fkn|stupid|you|ur|your|kike|jew|jewish|bloody|"
            r"damn|greedy) hebes?\b|\bhebes? (?:are|is|like|go|get|out)\b"
        ),
    ),
}
_TABLE["pede"] = _Homograph(
    "pt",
    re.compile(
        r"\b(?:ele|ela|voce|vc|quem|so|sempre|nunca|nao|que|se|me|te|lhe|nos|ainda|tambem|"
        r"professor|professora|mae|pai|suporte|site|app|jogo|ninguem|alguem) pede\b|"
        r"\bpede (?:para|pra|pro|ajuda|desculpa|desculpas|licenca|sua|seu|suas|seus|o|a|os|as|"
        r"um|uma|dinheiro|senha|foto|fotos|que|por|ao|aos|de volta|socorro|perdao|pizza|"
        r"comida|agua|mais|sempre|nunca|isso|tudo)\b"
    ),
    re.compile(
        r"\b(?:sale|espece de|tes|t'es|t es|un|gros|petit|les|des|ces|bande de|sont des|"
        r"c'est un|cest un|quel|sales) pedes?\b|\bpedes? (?:va|vas|de merde|va te)\b"
    ),
)
_TABLE["huesos"] = _Homograph(
    "es",
    re.compile(
        r"\b(?:los|mis|tus|sus|unos|de|en|sin|con|hasta|entre|duelen|rompi|rompio|romperse|dos|tres|"
        r"varios|algunos|"
        r"partio) huesos\b|\bhuesos (?:de|del|rotos|fuertes|y|del cuerpo|humanos|de pollo)\b"
    ),
    re.compile(
        r"\b(?:ty|ti|tu|ebaniy|ebanyi|ebanij|yobaniy|blyat|blyad|suka|sam|vy|ah ty) huesos\b|"
        r"\bhuesos (?:ebaniy|ebanyi|blyat|blyad|suka|ty|ti)\b|^huesos(?: [.!?])?$"
    ),
)
# Turkish "koşmak" / "koş": the same test for both forms
_KOS = _Homograph(
    "tr",
    re.compile(
        r"\bkos(?:mak)? (?:istiyorum|isterim|istemiyorum|seviyorum|severim|lazim|gerek|cok|"
        r"hadi|kos|cok|zor|guzel|yorucu|icin|da|de)\b|"
        r"\b(?:hadi|haydi|hemen|hizli|daha|kos|cok|hep|her|sabah|aksam|parkta|sahilde|ben|"
        r"sen|gel) kos(?:mak)?\b"
    ),
    re.compile(
        r"\bya kos|\bkos(?:mak)? ya\b(?! d[ae]\b)|"
        r"\b(?:enta|inta|ente|inti|ana|yalla|wallah|walla|habibi|ibn|sharmou?ta|sharmota|"
        r"sharmoot|kalb|7mar|hmar|ahbal|ommak|omak|ukhtak|okhtak|o5tak|5ara|khara|zeb|zebi|"
        r"teez|tizak|3ars|3arse|air|ayre|kes)\b"
    ),
)
_TABLE["kosmak"] = _KOS
_TABLE["kos"] = _KOS
TERMS = frozenset(_TABLE)


def _lang_words(prep: Prepared, lang: str) -> int:
    return len(_LANG_WORDS[lang].intersection(prep.word_set))


def _everyday(term: str, prep: Prepared) -> bool:
    """True when `term` is used as an everyday word of its other language."""
    h = _TABLE[term]
    plain = prep.plain
    if h.listed.search(plain):
        return False
    if prep.lang not in (None, h.lang):
        # tagged with a third language: only a message plainly in the other one
        return h.sense.search(plain) is not None and _lang_words(prep, h.lang) >= 2
    if h.lang == "tr" and _TR_LETTERS.search(prep.text):
        return True
    words = _lang_words(prep, h.lang)
    if h.sense.search(plain) is not None:
        return words >= 1 or prep.lang == h.lang
    return words >= 2 or (prep.lang == h.lang and words >= 1)


def drop_homographs(hits: list[_H], prep: Prepared, term: Callable[[_H], str],
                    how: Callable[[_H], str]) -> list[_H]:
    """The hits without the homographs `prep` uses in their everyday sense."""
    listed = {term(h) for h in hits} & TERMS
    if not listed:
        return hits
    drop = {t for t in listed if _everyday(t, prep)}
    if not drop:
        return hits
    return [h for h in hits if term(h) not in drop or how(h) != "exact"]
