"""Definitions of grooming and lists of its signs (used by
`frames_context.context_frame` for grooming rules).

"its when an adult builds trust with a kid to abuse them. gifts, 'you're
so mature', asking to keep it secret, wanting to move to another app" was
held as grooming:secrecy: the consultation asks children what grooming
looks like, and they answer with the groomer's own words, often as a list
after a definition.  The discussion frames of `frames.py` look only at the
sentence of the match, and the list usually starts a new sentence after
the definition ("... to abuse them. gifts, ...").  What makes such a line
talk about grooming is a *cue* before the match:

* a definition: "X is when / its when / like when", "es cuando", "c'est
  quand", "é quando", "ist wenn", "è quando", "это когда", "هو لما", "就是",
  "matlab jab", "-mesidir", "to kiedy", "itu kalau" ... together with what
  the definition is about somewhere before the match: a topic word
  (grooming, predator, груминг, 诱骗 ...) or the people involved (an adult,
  a kid, someone older, a stranger, 大人, बच्चे, dorosły, orang dewasa ...);
* a list header: "signs (are)", "red flags", "tactics", "examples",
  "señales", "signes", "sinais", "Anzeichen", "segnali", "признаки",
  "العلامات", "迹象", "संकेत", "belirtiler", "oznaki", "tanda-tanda" ...,
  with the people or the topic named, or with the items listed (two or
  more commas, "、", "،", ";" or dashes).

The cue must be in the match's sentence, or in the sentence right before
it when the match's sentence is itself a list ("... to abuse them. gifts,
..., asking to keep it secret, ...").  It does not excuse a match when the
message turns away from the definition between the two ("but", "anyway",
"btw", "pero", "aber", "лекин" ...) or when the match's sentence ends in a
tag question to the reader ("keep it our secret ok?").  A groomer's own
message ("keep it our secret ok? you're so mature", "this is our little
secret, you're so mature, add me on snap") has no cue and stays held.

Cost: only an unexcused grooming match reaches this frame; each cue
regex runs only when one of its words is a word of the two sentences
(a set test), so a match with no cue costs a few microseconds.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import fastre
from .normalise import fold_pattern


def _rx(src: str) -> re.Pattern[str]:
    return fastre.compile(fold_pattern(src))


# what the definition is about: the topic, or the people involved (never an
# indefinite "someone" alone, nor words that are also flattery: "dewasa")
_SUBJECT = _rx(
    r"\b(?:grooming|groomers?|predators?|pedos?|paedos?|pedophiles?|paedophiles?|abuse|abusers?|"
    r"adults?|grown ?ups?|older (?:person|people|guy|guys|man|men|boy|teen)|someone older|"
    r"strangers?|kids?|child|children|minors?|teens?|teenagers?|young people|"
    r"abusador\w*|abuso|adultos?|ninos?|ninas?|menor(?:es)?|desconocid\w*|pedofil\w*|"
    r"depredador\w*|persona mayor|"
    r"predateur\w*|abus\w*|adultes?|enfants?|mineur\w*|inconnu\w*|"
    r"aliciamento|predador\w*|criancas?|estranh\w*|"
    r"cybergrooming|missbrauch\w*|erwachsene\w*|kind|kinder|kindes|kindern|minderjahrig\w*|"
    r"fremde\w*|padophil\w*|"
    r"adescamento|adult[oi]|bambin\w*|ragazzin\w*|sconosciut\w*|"
    r"груминг\w*|педофил\w*|извращен\w*|взросл\w*|ребенк\w*|ребенок|дет(?:и|еи|ям|ьми)|"
    r"несовершеннолетн\w*|незнаком\w*|"
    r"orang dewasa|anak anak|anak kecil|anak|orang asing|om om|"
    r"yetiskin\w*|cocuk\w*|cocug\w*|yabanci\w*|sapik\w*|istismar\w*|"
    r"dorosl\w*|dziec\w*|dzieck\w*|obc[aiy]\w*|nieznajom\w*|uwodzeni\w*|"
    r"koi bada|bade log|bada aadmi|bade aadmi|bachch\w*|bacch\w*|anjaan|anjan)\b|"
    r"الاستدراج|استدراج|التحرش|متحرش|شخص كبير|الكبار|بالغ|طفل|اطفال|قاصر|غريب|"
    r"诱骗|诱拐|恋童|成年人|大人|成人|孩子|小孩|儿童|未成年|陌生人|"
    r"ग्रूमिंग|कोई बड़ा|बड़े लोग|बच्च|अनजान"
)
# "X is when ...": a definition (needs a subject before the match)
_DEFINE = _rx(
    r"\b(?:is when|its when|it is when|is basically when|happens when|is a form of|is a type of|"
    r"is a kind of|refers to|grooming when|grooming means|means when|means that an?|"
    r"means an? (?:adult|older|stranger|person|grown)|"
    r"es cuando|se refiere a|es una forma de|significa cuando|significa que un|grooming significa|"
    r"c'est quand|c'est lorsqu|est quand|est lorsqu|c'est le fait|c'est une forme de|"
    r"(?:signifie|veut dire) (?:quand|qu'un)|grooming (?:signifie|veut dire)|"
    r"e quando|quer dizer quando|e uma forma de|grooming significa|"
    r"ist wenn|ist wie wenn|ist das wenn|bedeutet wenn|bedeutet dass ein|heisst wenn|grooming bedeutet|"
    r"ist eine form|"
    r"vuol dire quando|grooming vuol dire|e una forma di|"
    r"это когда|это как когда|означает когда|груминг означает|это форма|"
    r"matlab hai|ka matlab|matlab jab|matlab hota|"
    r"demektir|demek oluyor|\w+(?:mesi|masi)(?:dir|tir)|\w+(?:mesi|masi) demek|"
    r"to kiedy|to jest kiedy|to gdy|to jest gdy|oznacza kiedy|oznacza gdy|grooming oznacza|"
    r"znaczy kiedy|to sytuacja|polega na|"
    r"itu kalau|itu kalo|itu ketika|itu saat|itu pas|adalah ketika|adalah saat|adalah kalau|yaitu|"
    r"yakni|artinya kalau|artinya ketika|grooming artinya)\b|"
    r"(?:^|\s)(?:هو|هي) (?:لما|عندما)|(?:يعني|معناه) (?:لما|عندما|ان)|الاستدراج (?:هو|يعني)|"
    r"是指|指的是|意思是|是一种|(?:诱骗|诱拐)(?:就)?是|就是(?:大人|成年人|成人|坏人|有人|陌生人|某人)|"
    r"मतलब है|का मतलब|मतलब जब|मतलब होता"
)
# "like when someone ...": a definition with its subject, at the start of a
# sentence or after "its" / "is" ("i love it like when you ..." is no cue)
_LIKE_WHEN = _rx(
    r"(?:^|[.!?] |\b(?:its|it is|is|thats|that is|basically|kinda|grooming|es|c'est|e|ist|das ist|"
    r"это|itu|tipo) )(?:like when|como cuando|comme quand|tipo quando|wie wenn|come quando|"
    r"как когда|kayak kalau|kayak kalo|kaya kalo|jaise jab|mesela|np kiedy|na przyklad kiedy)"
    r" (?:someone|somebody|some guy|a guy|a man|an adult|an older|a stranger|people|a creep|"
    r"they|you get|u get|alguien|un adulto|un senor|un desconocido|quelqu'un|un adulte|un inconnu|"
    r"un mec|alguem|um adulto|um cara|um estranho|jemand|ein erwachsener|ein fremder|qualcuno|"
    r"un adulto|uno sconosciuto|кто[ -]то|взрослый|незнакомец|ada orang|orang dewasa|om om|koi|"
    r"biri|birisi|bir yetiskin|ktos|dorosly|obcy)\b|(?:زي|مثل) (?:لما|ما) (?:حد|شخص|واحد)|"
    r"(?:比如|就像|像)(?:有人|大人|陌生人|某人)|जैसे जब कोई|"
    # a bare "when an adult ..." opening a sentence: the answer to "what is grooming?"
    r"(?:^|[.!?] )(?:when|cuando|quand|quando|wenn|когда|jab|kalau|ketika|gdy|kiedy) (?:an adult|"
    r"an older|a stranger|someone older|a grown up|un adulto|un adulte|um adulto|ein erwachsener|"
    r"взрослый|koi bada|orang dewasa|dorosly|bir yetiskin)\b"
)
# "signs are ...", "red flags", "examples": a list header
_HEADER = _rx(
    r"\b(?:signs|sign is|red flags?|warning signs|tactics|tricks|techniques|examples|example|"
    r"for example|for instance|things like|stuff like|such as|e \. g \.|"
    r"senales|ejemplos?|tacticas|trucos|por ejemplo|cosas como|banderas rojas|"
    r"signes|signaux|exemples?|par exemple|des trucs comme|drapeaux rouges|"
    r"sinais|exemplos?|taticas|truques|coisas como|"
    r"anzeichen|warnsignale|warnzeichen|beispiele?|taktiken|maschen|zum beispiel|z \. b \.|"
    r"sachen wie|dinge wie|"
    r"segnali|esempi|tattiche|trucchi|campanelli d'allarme|ad esempio|per esempio|cose come|"
    r"признаки|сигналы|примеры|тактики|приемы|уловки|например|тревожные звоночки|"
    r"signs|sanket|lakshan|jaise ki|udaharan|"
    r"belirtiler\w*|belirtisi|isaretler\w*|ornekler\w*|ornegin|taktikler\w*|mesela|"
    r"oznaki|sygnaly|przyklady|na przyklad|taktyki|sztuczki|"
    r"tanda tanda\w*|tanda2\w*|tandanya|ciri ciri\w*|ciri2\w*|cirinya|contoh\w*|misalnya|taktik|"
    r"modus\w*|trik\w*)\b|"
    r"علامات|العلامات|اشارات|امثله|مثلا|اساليب|الاساليب|حيل|"
    r"迹象|信号|特征|例如|比如|手段|套路|"
    r"संकेत|लक्षण|उदाहरण|निशानि"
)
# word gates: every match of a cue regex contains one of its words as a
# whole word of the text, or one of its substrings (Arabic, Chinese,
# Devanagari, Turkish and Indonesian stems); a regex whose gate fails is
# not run (each is a long alternation that would be tried at every position)
_DEFINE_WORDS = frozenset(
    """when form type kind refers means cuando refiere forma significa c'est est signifie veut
    quando wenn bedeutet vuol когда означает форма matlab demektir demek kiedy gdy oznacza
    znaczy sytuacja polega kalau kalo ketika saat pas yaitu yakni artinya""".split()
)
_DEFINE_SUBSTR = ("mesi", "masi", "لما", "عندما", "يعني", "معناه", "الاستدراج", "是指", "指的是",
                  "意思是", "是一种", "诱骗", "诱拐", "就是", "मतलब")
_LIKE_WORDS = frozenset(
    "when cuando quand quando wenn когда jab kalau kalo ketika gdy kiedy mesela".split()
)
_LIKE_SUBSTR = ("زي", "مثل", "比如", "像", "जैसे")
_HEADER_WORDS = frozenset(
    """signs sign flag flags tactics tricks techniques examples example instance like such g
    senales ejemplo ejemplos tacticas trucos cosas banderas signes signaux exemple exemples trucs
    drapeaux sinais exemplo exemplos taticas truques coisas anzeichen warnsignale warnzeichen
    beispiel beispiele taktiken maschen b sachen dinge segnali esempi tattiche trucchi campanelli
    esempio cose признаки сигналы примеры тактики приемы уловки например звоночки sanket lakshan
    jaise udaharan belirtisi ornegin mesela oznaki sygnaly przyklady przyklad taktyki sztuczki
    misalnya taktik""".split()
)
_HEADER_SUBSTR = ("belirti", "isaret", "ornek", "taktik", "tanda", "ciri", "contoh", "modus", "trik",
                  "علامات", "اشارات", "امثله", "مثلا", "اساليب", "حيل", "迹象", "信号", "特征", "例如",
                  "比如", "手段", "套路", "संकेत", "लक्षण", "उदाहरण", "निशानि")
# how many of each substring tuple's first entries are ASCII (all an ASCII text can hold)
_ASCII_SUBSTR = {"define": 2, "like": 0, "header": 9}
_CUES = (
    (_DEFINE, "define", _DEFINE_WORDS, _DEFINE_SUBSTR),
    (_LIKE_WHEN, "like", _LIKE_WORDS, _LIKE_SUBSTR),
    (_HEADER, "header", _HEADER_WORDS, _HEADER_SUBSTR),
)
# the message turns away from the definition between the cue and the match
_TURN = _rx(
    r"\b(?:but|anyway|anyways|btw|by the way|pero|mais|bref|mas|enfim|aber|egal|jedenfalls|ma|"
    r"comunque|но|короче|кстати|lekin|waise|ama|neyse|ale|tapi)\b|لكن|المهم|但是|可是|不过|反正|लेकिन"
)
# a tag question to the reader right after the match: "keep it our secret ok?"
_TAG = _rx(
    r"[^.!?]{0,30}?\b(?:ok|okay|okey|k|promise|deal|right|yeah|vale|d'accord|tamam|dobrze|oke|"
    r"thik hai|theek hai|ладно|договорились|تمام)\s?\?|[^。?]{0,10}?(?:好吗|好不好|行吗)"
)
# sentence punctuation: a "." right after a word of one or two letters is an
# abbreviation ("e.g.", "z.B."), not an end; "!", "?" and runs always end one
_PUNCT = fastre.compile(r"[.!?。।](?:\s*[.!?。।])*")
_LAST_WORD = fastre.compile(r"(?:^|[^\w])(\w{1,2}) ?$")
_SEPARATORS = fastre.compile(r"[,;،؛、]|\s[-–—•*]\s|\n")


def _breaks(text: str, end: int) -> list[int]:
    """End positions of the sentence breaks in text[:end]."""
    out = []
    for m in _PUNCT.finditer(text, 0, end):
        if m.group() == "." and _LAST_WORD.search(text, max(0, m.start() - 4), m.start()):
            continue
        out.append(m.end())
    return out


def _is_list(text: str, norm: str, index: int) -> bool:
    """Whether sentence number `index` of `text` (the phrase form, which
    drops commas) lists items: two or more separators in the same sentence
    of `norm` (the whole message if the two do not split alike)."""
    if text == norm:
        sentences = [norm[a:b] for a, b in _spans(norm)]
    else:
        spans = _spans(norm)
        sentences = [norm[a:b] for a, b in spans] if len(spans) == len(_spans(text)) else [norm]
    part = sentences[index] if index < len(sentences) else norm
    return len(_SEPARATORS.findall(part)) >= 2


def _spans(text: str) -> list[tuple[int, int]]:
    cuts = [0, *_breaks(text, len(text)), len(text)]
    return [(a, b) for a, b in pairwise(cuts) if b > a or a == 0]


def definition_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'discussion' when the grooming match at text[start:end] is an item
    of a definition or a list of signs (module doc); else None."""
    breaks = _breaks(text, start)
    cur = breaks[-1] if breaks else 0
    prev = breaks[-2] if len(breaks) > 1 else 0
    before = text[prev:start].lstrip()  # the match's sentence and the one before it
    offset = start - len(before)
    words = frozenset(before.split())
    ascii_ = before.isascii()
    cue: re.Match[str] | None = None
    kind = ""
    for rx, name, gate_words, gate_substr in _CUES:
        if words.isdisjoint(gate_words) and not any(
            sub in before for sub in (gate_substr if not ascii_ else gate_substr[:_ASCII_SUBSTR[name]])
        ):
            continue
        for m in rx.finditer(before):
            if cue is None or m.start() > cue.start():
                cue, kind = m, name
    if cue is None:
        return None
    cue_start, cue_end = offset + cue.start(), offset + cue.end()
    if _TURN.search(text, cue_end, start) or _TAG.match(text, end):
        return None
    subject = _SUBJECT.search(text, max(0, start - 300), start) is not None
    crosses = cue_start < cur  # the cue is in the sentence before the match's
    in_list = _is_list(text, norm, len(breaks)) if (kind == "header" or crosses) else False
    if kind == "header" and not (subject or in_list):
        return None  # "examples: ..." with neither people nor a list
    if kind == "define" and not subject:
        return None  # "its when we talk that ..."
    if crosses and not in_list:
        return None  # the cue's sentence ended and the next one is no list
    return "discussion"
