"""A goodbye that names the next meeting is not a last goodbye.

Why: the consultation ends with children saying goodbye, and "this is my
last message, bye everyone, see you at the next consultation!" was held as
a farewell disclosure in English, Russian, Turkish, Indonesian, Hindi and
Chinese (a "last message" and a "bye everyone" make the farewell pair).
Someone planning to die does not arrange to see the group tomorrow, next
week or at the next session; a farewell match ("last message", "goodbye
everyone", "it was nice knowing you") is excused ("mundane") when the same
message names such a concrete next time, and the learned scorer declines it
the same way.

Only a dated or scheduled next time counts: "see you tomorrow", "see you at
the next consultation", "à demain", "bis nächste Woche", "увидимся на
следующей консультации", "明天见", "下次会议见".  "See you on the other
side", "see you in another life", "see you never" and "see you soon" do not
(the last is also how a veiled goodbye can end).  A match that names a means
or an act ("last message before i take the pills") is never excused: the
frame is for the farewell families only (`FAREWELL`), and the scorer only
declines when no means is named.

Patterns run on the phrase form; Chinese on the normalised text.
"""

from __future__ import annotations

from . import fastre
from .frames_offline import _MEANS_NAMED

_NEXT = (
    r"(?:tomorrow|tmrw|tmr|tomoz|next (?:time|week|session|consultation|meeting|class|lesson|month|"
    r"year|round|workshop|call|one)|at the next \w+|on (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|in (?:class|school)|after the (?:break|holidays|summer)|this (?:afternoon|evening)"
    r"|later today|in the afternoon)"
)
SEE_YOU = fastre.compile(
    # en
    r"\b(?:see (?:you|u|ya|yall|y'all|you all|you guys|everyone)|talk (?:to you|tomorrow)|speak to you|"
    r"catch (?:you|u|ya)) (?:all |guys |again )?" + _NEXT + r"\b|"
    r"\b(?:cya|cu|laters|bye) " + _NEXT + r"\b|"
    # es pt
    r"\b(?:nos vemos|hasta|hablamos|te veo|los veo|les veo|ate|a gente se ve|vejo voces|falamos) "
    r"(?:el |la |en la |na |no |em )?(?:manana|amanha|proxima(?: \w+)?|lunes|martes|miercoles|jueves|"
    r"viernes|segunda|terca|quarta|quinta|sexta|semana que vem|que vem|siguiente \w+|otra sesion)\b|"
    # fr
    r"\b(?:a|on se voit|on se revoit|rendez vous) (?:demain|la prochaine(?: \w+)?|lundi|mardi|mercredi|"
    r"jeudi|vendredi|la semaine prochaine|a la prochaine(?: \w+)?)\b|"
    # de
    r"\b(?:bis|wir sehen uns|man sieht sich|sehen uns) (?:morgen|zum nachsten mal|nachste woche|"
    r"nachsten \w+|beim nachsten \w+|am montag|am dienstag|am mittwoch|am donnerstag|am freitag|"
    r"montag|dienstag|mittwoch|donnerstag|freitag)\b|"
    # it
    r"\b(?:a domani|alla prossima(?: \w+)?|ci vediamo (?:domani|alla prossima(?: \w+)?|la prossima "
    r"\w+|lunedi|la settimana prossima)|ci sentiamo domani)\b|"
    # ru
    r"(?:до завтра|до следующеи \w+|до следующего \w+|увидимся (?:завтра|на следующеи \w+|на следующем "
    r"\w+|в понедельник|через неделю)|до встречи (?:завтра|на следующеи \w+))|"
    # tr
    r"\b(?:yarin|haftaya|sonraki \w+(?: de| da)?|bir sonraki \w+(?: de| da)?|pazartesi|derste|okulda) "
    r"gorusuruz\b|\bgorusuruz (?:yarin|haftaya)\b|"
    # pl
    r"\b(?:do jutra|do nastepnego(?: \w+)?|do nastepnej \w+|widzimy sie (?:jutro|na nastepnej \w+|na "
    r"nastepnym \w+|w poniedzialek))\b|"
    # id
    r"\b(?:sampai (?:ketemu|jumpa) (?:besok|lagi besok|minggu depan|di \w+ berikutnya|di \w+ selanjutnya"
    r"|senin)|ketemu lagi besok)\b|"
    # hi
    r"\b(?:kal|agli (?:meeting|baar|class|session) (?:mein|me)|next (?:meeting|class|session) (?:mein|me)) "
    r"(?:milte|milenge|milte hain|milenge phir)\b|(?:कल|अगली \S+ में|अगली बार) (?:मिलते|मिलेंगे)|"
    # ar
    r"(?:نشوفكم|اشوفكم|أشوفكم|نلتقي|نتقابل|الى اللقاء|إلى اللقاء) (?:بكره|بكرا|بكرة|غدا|المره الجايه|المرة"
    r" الجاية|الجلسه الجايه|الجلسة الجاية|في \S+ القادم|في \S+ القادمه|الاسبوع الجاي)|"
    # zh
    r"明天见|下次见|下周见|下次(?:会议|課|课|活动|讨论|咨询)见|回头见|周一见"
)


def next_meeting(text: str) -> bool:
    """The message names a concrete next time to see the group."""
    return SEE_YOU.search(text) is not None


# what a farewell match says: a last message or time, a goodbye to everyone
_FAREWELL = fastre.compile(
    r"\b(?:last|final|bye|byee+|goodbye|goodbyes|farewell|knowing|adios|despedida|despido|ultimo|ultima|"
    r"adieu|dernier|derniere|tschuss|abschied|letzte|letztes|ciao|addio|tchau|"
    r"пока|прощайте|прощай|последнее|последний|son|mesajim|bay|hosca|ostatnia|ostatni|zegnajcie|"
    r"terakhir|terakhirku|dadah|pamit|akhiri|aakhri|alvida|bye bye)\b|"
    r"آخر|اخر|مع السلامه|وداعا|आखिरी|अलविदा|बाय|最后|拜拜|再见|告别"
)


def _next_time_no_means(text: str) -> bool:
    return next_meeting(text) and _MEANS_NAMED.search(text) is None


def see_you_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for a farewell match in a message that names the next
    meeting and no means (module docstring)."""
    if _FAREWELL.search(text, start, end) and _next_time_no_means(text):
        return "mundane"
    return None


def see_you_reason(text: str) -> bool:
    """For the scorer: a farewell with a next meeting and no means."""
    return _FAREWELL.search(text) is not None and _next_time_no_means(text)
