"""Dread of a school day that is coming: "exams next week, im gonna die",
"prova amanhã, vou morrer", "завтра контрольная, я умру", "明天考试我要死了".

Why: "exams next week, im gonna die" was held as a disclosure (blind set DA,
session 14).  `frames_trivial_death.py` excuses a death phrase said of a
trivial cause - a test is one - only when the writer shows it is light
(laughter, an eye-roll, a causative "makes me want to die").  The dread of
an exam is said flat, with no laugh, and it has its own mark: the death is
*future*, a consequence of a day that is named ("tomorrow", "next week", "on
Monday"), not a wish.

The frame answers for `trivial_death_frame` once its cause (a test, an
exam, homework, a teacher) is in the sentence and nothing serious is in the
message (the writer's life, nobody, self-hatred, "for real", help named:
that frame's own guards).  It adds two conditions of its own:

* a near time in the sentence: tomorrow, next week, on Monday, in two days,
  today, this Friday (not "tonight", which that frame reads as serious);
* the death phrase in the future or the idiomatic present of the dread -
  "i'm gonna die", "i'll die", "i'm dead", "me muero", "vou morrer", "je
  vais mourir", "ich sterbe", "muoio", "я умру", "öleceğim", "umrę", "mati
  aku", "راح اموت", "mar jaunga", "要死了" - never a wish ("i want to die",
  "quiero morirme", "хочу умереть"), which stays held whatever the cause:
  a child failing at school who wishes to die is the case the moderator is
  there for.

Patterns run on the phrase form (accents stripped); Chinese on the text as
written.
"""

from __future__ import annotations

from . import fastre

_rx = fastre.compile_phrase  # a pattern over the phrase form, accents stripped


_NEAR_TIME = _rx(
    r"\b(?:tomorrow|tmrw|tmr|tomoz|2moro|next (?:week|monday|tuesday|wednesday|thursday|friday)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri)|this (?:week|friday|monday)|"
    r"in (?:two|2|three|3) days|today|first period|"
    r"manana|la semana que viene|la proxima semana|el lunes|el viernes|hoy|pasado manana|"
    r"amanha|semana que vem|proxima semana|na segunda|na sexta|hoje|"
    r"demain|la semaine prochaine|lundi|vendredi|aujourd'hui|aujourdhui|"
    r"morgen|nachste woche|am montag|am freitag|heute|ubermorgen|"
    r"domani|la prossima settimana|settimana prossima|lunedi|venerdi|oggi|dopodomani|"
    r"завтра|послезавтра|на следующеи неделе|в понедельник|в пятницу|сегодня|"
    r"yarin|haftaya|pazartesi|cuma|bugun|"
    r"jutro|pojutrze|w przyszlym tygodniu|w poniedzialek|w piatek|dzisiaj|dzis|"
    r"besok|lusa|minggu depan|senin|jumat|hari ini|"
    r"bukra|bokra|"
    r"kal|parso|aaj|agle hafte|monday ko)\b|"
    r"بكره|بكرا|بكرة|الاسبوع الجاي|الاسبوع القادم|اليوم|"
    r"कल|परसों|आज|अगले हफ्ते|"
    r"明天|后天|下周|下星期|今天|周一|星期一"
)
# the future or the idiom of dread, not a wish (whole phrase around the match)
_FUTURE_DEATH = _rx(
    r"\b(?:(?:im|i am|i'm) (?:gonna|going to|about to) die|i(?:'ll| will|ll) (?:literally |actually )?die|"
    r"(?:im|i am|i'm) (?:so |literally )?dead|(?:im|i am|i'm) done for|"
    r"me muero|me voy a morir|voy a morir|estoy muert[oa]|"
    r"vou morrer|eu vou morrer|to mort[oa]|estou mort[oa]|"
    r"je vais mourir|je vais crever|je suis mort|chui mort|jsuis mort|"
    r"ich sterbe|ich werde sterben|ich bin tot|ich bin so tot|"
    r"muoio|morir[oò]|sono mort[oa]|"
    r"я умру|умру|мне конец|я труп|"
    r"olecegim|olucem|olcem|bittim|"
    r"umre|umrę|juz po mnie|"
    r"mati aku|aku mati|bisa mati|mampus aku|"
    r"mar jaunga|mar jaungi|mar jaaunga|mar jaaungi|mar gaya|mar gayi)\b|"
    r"راح اموت|رح موت|هموت|حموت|بموت|"
    r"मर जाऊंगा|मर जाऊंगी|मर जाऊँगा|मर जाऊँगी|"
    r"要死了|会死|死定了"
)
_WINDOW = 30  # the phrase starts at most this far before the rule's match, ends this far after


def dated_dread(text: str, left: int, right: int, start: int, end: int) -> bool:
    """A near day named in the sentence text[left:right] and the death phrase
    at text[start:end] in the future of dread, not a wish (module doc)."""
    if _NEAR_TIME.search(text, left, right) is None:
        return False
    lo, hi = max(left, start - _WINDOW), min(right, end + _WINDOW)
    m = _FUTURE_DEATH.search(text, lo, hi)
    return m is not None and m.start() <= end and m.end() >= start
