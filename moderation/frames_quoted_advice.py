"""Advice about warning signs that quotes what a friend might say: "if your
friend says something like 'i don't want to be here anymore', tell an
adult, don't keep it secret", "if someone writes 'I want to die', take it
seriously and tell a teacher", "se um amigo disser 'eu quero morrer', conta
para um adulto", "wenn deine Freundin sagt „ich will mich umbringen“,
sprich mit einem Lehrer".

Why: the words quoted are a first-person disclosure, so the self-harm
rules match them, and both advice frames refuse a first-person word
before the match (`frames.generic_frame`, `frames_advice.advice_frame`:
"if i say i want to die" must stay held).  Here the "i" belongs to the
quotation, not to the writer: a conditional about someone else, a verb
that introduces their words, the words, then advice to the reader.

A self-harm match is excused ("advice") when

* a conditional ("if", "when", "si", "se", "wenn", "quand" ...:
  `frames_advice._COND`) opens the sentence part, followed by a verb that
  introduces someone's words ("says", "writes", "texts you", "posts",
  "says something like", "dice algo como", "écrit", "disser", "sagt",
  "scrive"), with no first-person subject between the two ("if i say
  'i want to die'", "when i text my friend 'i want to die'" stay held);
* the match is the quoted words: inside quote marks opened right after
  that verb and closed after the match, or (no marks, or marks the phrase
  form drops) starting within a few words of it;
* advice to the reader stands outside the quotation, after it or before
  the conditional (`frames_advice._ADVICE`, and "don't ignore it",
  "tómalo en serio", "prends-le au sérieux", "nimm es ernst" ...);
* the advice is not turned around ("don't tell an adult, just ignore
  it", "no se lo digas a nadie"),
* and the writer does not join in ("... and so do i", "me too":
  `frames_helpseeking._ME_TOO`), nor speaks as "i" anywhere outside the
  quoted words ("... tell a teacher. i feel like that every day").

A quotation excused by the ordinary quote frame can still be held by the
learned scorer, which reads the quoted words alone: `quoted_advice`
lets `frames_more.declines_model` leave such a message to the rules.

Only called for self-harm matches no other frame excused
(`frames_more.selfharm_more_frame`).  Patterns run on the phrase form,
where a double quote is a word of its own (' " i want to die " ') and a
single quote touches its word.
"""

from __future__ import annotations

import re

from . import fastre
from .frames_advice import _ADVICE, _COND, _I_SUBJECT
from .frames_helpseeking import _ME_TOO

# a verb that introduces someone's words, and what may follow it ("something like")
_INTRO = fastre.compile(
    r"\b(?:"
    # en
    r"(?:says?|said|saying|writes?|wrote|writing|texts?|texted|posts?|posted|messages?|messaged|"
    r"types?|typed|sends?|sent|comments?|commented|dms?|tells? you|told you|puts?)"
    r"(?: (?:you|to you|in (?:the|a|your) (?:chat|group|gc|group chat)|on \w+|online))?"
    r"(?: (?:something|stuff|things|anything|words|a message) like| like| that)?|"
    # es
    r"(?:dice|dijo|escribe|escribio|pone|publica|manda|te dice|te escribe|te manda|te pone)"
    r"(?: (?:algo|cosas|frases) (?:como|tipo)| que)?|"
    # fr
    r"(?:dit|ecrit|poste|publie|envoie|te dit|t'ecrit|t'envoie|te poste)"
    r"(?: (?:un truc|des trucs|quelque chose|des choses) comme| que)?|"
    # pt
    r"(?:diz|disse|disser|escreve|escrever|escreveu|posta|postar|manda|mandar|falar|fala|te diz|"
    r"te manda|te escreve|te falar)(?: (?:algo|coisas) (?:como|tipo)| tipo| que)?|"
    # de
    r"(?:sagt|schreibt|postet|schickt|sagt dir|schreibt dir|schickt dir)"
    r"(?: (?:so was|sowas|etwas|was) wie| dass)?|"
    # it
    r"(?:dice|scrive|posta|manda|ti dice|ti scrive|ti manda|dicesse|scrivesse)"
    r"(?: (?:qualcosa|cose|frasi) (?:come|tipo)| tipo| che)?"
    r")(?: ?:)?(?= |$)"
)
# further advice, beyond frames_advice's list
_ADVICE_MORE = fastre.compile(
    r"\b(?:(?:do not|dont|never) ignore (?:it|this|that|them|him|her)|check (?:in )?on (?:them|him|"
    r"her)|reach out|stay with (?:them|him|her)|get (?:them|him|her) (?:help|support)|"
    r"(?:no )?(?:lo ignores|tomalo en serio|tomatelo en serio)|no lo ignores|"
    r"ne (?:l'ignore|les ignore) pas|prends (?:le|la|les|ca) au serieux|"
    r"(?:leva|leve|levar) (?:isso )?a serio|nao (?:ignore|ignora)|"
    r"nimm (?:es|das|sie|ihn) ernst|ignorier (?:es|das) nicht|"
    r"prendilo sul serio|prendila sul serio|non (?:ignorarlo|ignorarla))\b"
)
# advice turned around: "don't tell an adult, just ignore it"
_NO_ADVICE = fastre.compile(
    r"\b(?:(?:do not|dont|never|no need to) (?:tell|talk|call|report|say|bother)|(?<!not )(?<!dont )"
    r"(?<!never )(?:just )?ignore (?:it|them|him|her|this|that)|no se lo (?:digas|cuentes)|no (?:le )?digas "
    r"nada|(?<!no )(?<!non )ignoralo|ne (?:le |lui |leur )?dis (?:rien|pas)|ignore[- ]le|nao (?:conte|"
    r"conta|fala|diga)|(?<!nao )ignora|sag (?:es|das) (?:niemandem|nicht)|ignorier (?:es|das|sie|ihn)"
    r"(?! nicht)|non (?:dirlo|dire niente|dirlo a nessuno))\b"
)
# how far the unquoted words may start after the verb: "says i just want to die"
_UNQUOTED_GAP = 16
_COND_WINDOW = 100
# how far back the quotation may have opened: "'i cant do this anymore. i want to end it'"
_QUOTE_WINDOW = 200
_SENT_END = re.compile(r"[.!?](?: |$)")


def _quote_span(text: str, at: int) -> tuple[int, str] | None:
    """(position after the opening mark, mark) when a quotation opens at `at`."""
    if text.startswith(' " ', at - 1) or text.startswith('" ', at):
        return text.index('"', at) + 2, '"'
    if text.startswith("'", at):
        return at + 1, "'"
    return None


def _closing(text: str, mark: str, pos: int) -> int:
    """Index of the closing mark at or after `pos`, or -1."""
    if mark == '"':
        return text.find(' "', pos)
    m = re.compile(r"'(?= |$)").search(text, pos)
    return m.start() if m else -1


def _quoted_by_other(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(conditional's start, start and end of the quoted words) when
    text[start:end] is words quoted after a conditional's speech verb, no
    first-person subject in between (module doc)."""
    intros = list(_INTRO.finditer(text, max(0, start - _QUOTE_WINDOW), start))
    for intro in reversed(intros):
        after = intro.end() + 1 if text.startswith(" ", intro.end()) else intro.end()
        quote = _quote_span(text, after)
        if quote is not None:
            inner, mark = quote
            close = _closing(text, mark, inner)
            if inner <= start and close >= end:
                words = inner, close + 1
                break
        elif 0 <= start - after <= _UNQUOTED_GAP and not _SENT_END.search(text, after, start):
            words = after, end
            break
    else:
        return None
    lo = max(0, intro.start() - _COND_WINDOW)
    for s in _SENT_END.finditer(text, lo, intro.start()):
        lo = s.end()
    conds = list(_COND.finditer(text, lo, intro.start()))
    if not conds or _I_SUBJECT.search(text, conds[-1].end(), intro.start()):
        return None
    return conds[-1].start(), *words


def _advised(text: str, cond_start: int, quote_end: int) -> bool:
    """Advice to the reader after the quotation or before the conditional."""
    return any(
        rx.search(text, quote_end) or rx.search(text, 0, cond_start)
        for rx in (_ADVICE, _ADVICE_MORE)
    )


def quoted_advice_frame(text: str, start: int, end: int) -> str | None:
    """"advice" when text[start:end] is someone else's words quoted in a
    conditional followed (or preceded) by advice to the reader."""
    span = _quoted_by_other(text, start, end)
    if span is None or _ME_TOO.search(text):
        return None
    cond, words_start, words_end = span
    # the writer's own "i" outside the quoted words: "... tell a teacher. i feel like that too"
    if _I_SUBJECT.search(text, 0, words_start) or _I_SUBJECT.search(text, words_end):
        return None
    if _NO_ADVICE.search(text, words_end) or _NO_ADVICE.search(text, 0, cond):
        return None
    return "advice" if _advised(text, cond, words_end) else None


_QUICK = fastre.compile(r"\b(?:if|when|whenever|si|se|quand|wenn|falls|cuando|quando)\b")
# the writer's own words outside the quotation: then the scorer still reads the message
_WRITER = fastre.compile(
    r"\b(?:i|im|me|my|myself|mine|yo|mi|mis|je|j'|moi|mon|ma|mes|eu|meu|minha|mim|ich|mich|mir|"
    r"mein|meine|io|mio|mia)\b"
)


def quoted_advice(text: str) -> bool:
    """The message is advice around quoted words: a conditional, a speech
    verb and words in quote marks, advice to the reader, and no first-person
    word of the writer's own outside the quotations (for the learned
    scorer's stage, which reads the quoted words alone)."""
    if ('"' not in text and "'" not in text) or _QUICK.search(text) is None:
        return False
    outside: list[str] = []
    pos = 0
    first: tuple[int, int] | None = None
    for m in _INTRO.finditer(text):
        if m.start() < pos:
            continue
        after = m.end() + 1 if text.startswith(" ", m.end()) else m.end()
        quote = _quote_span(text, after)
        if quote is None:
            continue
        inner, mark = quote
        close = _closing(text, mark, inner)
        span = _quoted_by_other(text, inner, close) if close > inner else None
        if span is None:
            continue
        outside.append(text[pos:inner])
        pos = close + 1
        if first is None:
            first = span[0], span[2]
    if first is None:
        return False
    outside.append(text[pos:])
    rest = " ".join(outside)
    if _WRITER.search(rest) or _ME_TOO.search(text) or _NO_ADVICE.search(rest):
        return False
    return _advised(text, *first)
