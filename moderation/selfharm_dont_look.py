"""A farewell that asks not to be looked for (session 16): "he showed everyone
our chats. everyone. dont look for me tomorrow", "no me busquen mañana",
"не ищите меня", "jgn cariin aku besok", "明天不要找我".

Why: a child who tells the room not to look for them, as the last words of a
message, is saying goodbye; the older farewell families (`selfharm_farewell_*`,
`selfharm_goodbyes_done*`) know thanks, a last message and a goodbye to
everyone, and the scorer reads too few words here.  Every language passed.

How: one rule per language (`self_harm:finality`), the plea said last (a
time - tomorrow, any more, ever - may follow, and an emoji), built with
`selfharm_veiled_base.alone`: no everyday reason anywhere in the message.

What passes, and why: where not to look ("dont look for me at lunch, im at
the library", "不要找我玩") names a place or an errand, so the plea is not
said last; a game (hide and seek), a trip, being sick, busy or grounded, a
phone taken away, a break from an app are everyday reasons (`_EVERYDAY`);
a lesson or a song about the words is talk (`alone`).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_base import alone_rules
from .selfharm_veiled_eu import M_ALL, MS_ALL

# said last: a full stop, an exclamation, the end, or a few words of farewell
_END = r"(?= ?[.!?]| ?$| (?:ok|okay|pls|please|bye|x+|love you|thx|thanks)\b)"

_EVERYDAY = (
    M_ALL + "|" + MS_ALL + r"|sick|ill|busy|grounded|phone|detox|break|offline|library|lunch|recess|"
    r"enfermo|enferma|ocupad\w|castigad\w|movil|celular|descanso|doente|telefone|pause|malade|"
    r"occupee?|prive|portable|krank|beschaftigt|hausarrest|handy|malato|malata|impegnat\w|punito|"
    r"болею|болен|больна|занят\w*|наказа\w*|телефон\w*|chory|chora|zajet\w|szlaban|hasta\w*|mesgul\w*|"
    r"ceza\w*|sakit|sibuk|dihukum|hp|bimar|مريض|مشغول|معاقب|جوالي|生病|忙|禁足|手机|玩"
)

_TABLE: dict[str, tuple[str, str]] = {
    "en": ("look search looking",
           r"(?:do ?n'?t|dont|do not|pls dont|please dont|never) (?:come )?(?:look|search|looking|come looking) "
           r"for me(?: tomorrow| anymore| any more| again| ever| after (?:today|tonight))?" + _END),
    "es": ("busquen busques busqueis",
           r"no me (?:busquen|busques|busqueis)(?: manana| mas| nunca| nunca mas)?" + _END),
    "pt": ("procurem procure procura",
           r"(?:nao|n) me (?:procurem|procure|procura)(?: amanha| mais| nunca mais)?" + _END),
    "fr": ("cherchez cherche cherchez-moi",
           r"(?:ne )?me cherchez? (?:pas|plus)(?: demain| jamais)?" + _END + r"|cherchez moi (?:pas|plus)" + _END),
    "de": ("sucht such",
           r"(?:sucht|such) (?:mich|nach mir) (?:morgen |bitte )?(?:nicht|nie)(?: mehr)?" + _END),
    "it": ("cercatemi cercarmi cercate",
           r"non (?:cercatemi|cercarmi|mi cercate)(?: domani| piu| mai piu)?" + _END),
    "ru": ("ищите ищи",
           r"(?:не (?:ищите|ищи) меня|меня (?:больше )?не (?:ищите|ищи))(?: завтра| больше| никогда)?" + _END),
    "pl": ("szukajcie szukaj",
           r"(?:nie (?:szukajcie|szukaj) mnie|mnie nie (?:szukajcie|szukaj))(?: jutro| wiecej| juz)?" + _END),
    "tr": ("aramayin aramayın arama",
           r"beni (?:yarin )?(?:aramayin|arama)(?: artik| bir daha)?" + _END),
    "id": ("cariin cari nyariin",
           r"(?:jangan|jgn|gausah|ga usah|gak usah) (?:cariin|cari|nyariin) (?:aku|gue|gw|saya)"
           r"(?: besok| lagi| ya)?" + _END),
    "hi": ("dhundna dhoondna dhundhna",
           r"(?:mujhe|muje) (?:kal )?(?:mat (?:dhundna|dhoondna|dhundhna)|(?:dhundna|dhoondna|dhundhna) mat)"
           r"(?: ab| kabhi)?" + _END),
    "hi_deva": ("ढूंढना ढूँढना",
                r"मुझे (?:कल )?(?:मत (?:ढूंढना|ढूँढना)|(?:ढूंढना|ढूँढना) मत)(?= ?[.!?।]| ?$)"),
    "ar": ("تدوروا تدورو تبحثوا تدورون تدوّروا",
           r"(?:لا|ما|ماتدوروا|متدوروش) ?(?:تدوروا|تدورو|تدورون|تبحثوا) (?:علي|عليا|عني)(?: بكرا| بكره| غدا)?"
           r"(?= ?[.!?،]| ?$)"),
    "zh": ("找",
           r"(?:明天|以后)?(?:不要|别|不用)(?:再)?找我(?:了)?(?= ?[。！!.?？]| ?$)"),
}


RULES: list[Rule] = alone_rules("self_harm:finality", _TABLE, _EVERYDAY)
