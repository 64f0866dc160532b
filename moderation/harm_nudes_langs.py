"""A bare request for nudes in the languages' own words ("nacktfotos bitte",
"nudy pls", "нюдсы пж", "نيودز ابعتي بليز", "foto bugil dong"), appended to
`harm.RULES` (rule `sexual:request`, as harm.py's English "nudes pls").

Why: harm.py holds "nudes pls", "send nudes" and a message that opens with
"nudes?", in English words only.  Development lines written in session 20
asked in German, Polish, Russian and Arabic words, often letter-spaced ("n a
c k t f o t o s bitte", "н ю д с ы пж": the phrase form joins the letters),
and were shown.  Only the request is matched: the word beside "please" or a
sending verb, or opening the message as a question; talk about nudes ("nudy
to przestępstwo", "нюдсы нельзя отправлять", "nacktfotos weiterleiten ist
strafbar") has neither, and reports and lessons are excused by the usual
frames.  Patterns run on the phrase form (accents stripped).
"""

from __future__ import annotations

from .rules import Rule, rule


def _ask(words: str, please: str, send: str, question: bool = True) -> str:
    """The word beside a please word, after a sending verb, or opening the message
    as a question."""
    src = rf"\b(?:{words})\b (?:\w+ )?(?:{please})\b|\b(?:{send}) (?:\w+ ){{0,2}}?(?:{words})\b"
    return src + (rf"|(?:^|[.!?] )(?:{words}) ?\?" if question else "")


_DE = r"nacktfotos|nacktbilder|nacktfoto|nacktbild|nacktpics"
_PL = r"nudy|nudesy|nudeski|nagie fotki|nagie zdjecia|nagusy"
_RU = r"нюдсы|нюдс|нюдсов|нюдесы|нюдсики|интимки|интимку|голые фото"
_AR = r"نيودز|نودز|صور عاريه|صورك عاريه|صور عريانه"
_ID = r"foto bugil|pap bugil|pap tt|pap tete|foto telanjang"
_TR = r"ciplak foto\w*|ciplak resim\w*"
_HI = r"nangi photo|nangi pic|nangi pics|nangi tasveer|nude pic|nude pics"
_IT = r"foto nude|foto ose|foto osee"
_PT = r"fotos peladas|foto pelada|fotos nuas"

RULES: list[Rule] = [
    rule("sexual:request", "sexual", "nacktfotos nacktbilder nacktfoto nacktbild nacktpics",
         _ask(_DE, r"bitte|pls|plz|please|jetzt|her damit", r"schick|schickst|schicken|sende|zeig|gib")),
    rule("sexual:request", "sexual", "nudy nudesy nudeski nagie nagusy",
         # "nudy" is also boredom ("co za nudy?"): no bare question, no "teraz"
         _ask(_PL, r"pls|plz|prosze|please|dawaj", r"wyslij|wysli|podeslij|pokaz|przeslij", question=False)),
    rule("sexual:request", "sexual", "нюдсы нюдс нюдсов нюдесы нюдсики интимки интимку голые",
         _ask(_RU, r"пж|пжлст|пожалуйста|плиз|давай|срочно", r"скинь|скини|кинь|пришли|отправь|покажи")),
    rule("sexual:request", "sexual", "نيودز نودز صور صورك",
         r"(?:" + _AR + r") (?:\S+ )?(?:ابعتي|ابعت|ارسلي|ارسل|بليز|لو سمحتي|ابعثي|صيفطي|دزي|هاتي)(?!\S)"
         r"|(?:ابعتي|ابعت|ارسلي|ارسل|ابعثي|صيفطي|دزي|هاتي) (?:\S+ ){0,2}?(?:" + _AR + r")(?!\S)"),
    rule("sexual:request", "sexual", "foto pap",
         _ask(_ID, r"dong|donk|pls|plis|please|yuk|ya", r"kirim|kirimin|kasih|minta|spill")),
    rule("sexual:request", "sexual", "ciplak",
         _ask(_TR, r"at|atsana|gonder|gondersene|yolla|yollasana|lutfen|pls", r"at|gonder|yolla")),
    rule("sexual:request", "sexual", "nangi nude pic pics",
         _ask(_HI, r"bhejo|bhej|bhejna|bhej do|pls|please|de do|dikhao", r"bhejo|bhej|bhej do|dikhao|de do")),
    rule("sexual:request", "sexual", "foto",
         _ask(_IT, r"mandami|manda|pls|dai|per favore|ora|subito", r"mandami|manda|mandameli|fammi vedere")),
    rule("sexual:request", "sexual", "fotos foto",
         _ask(_PT, r"manda|mandar|pfv|pfvr|por favor|pls|agora|ai", r"manda|mande|me manda|mostra")),
]
