"""A recovered past told by its age and how long the writer has been well:
"i self harmed when i was 12 but ive been fine for 3 years now, therapy
really helped", "पहले मैं खुद को चोट पहुँचाती थी पर दो साल से ठीक हूँ" (I used
to hurt myself but I've been fine for two years), "a 13 anni mi tagliavo
ma da due anni sto bene", "в 13 лет я резала себя но уже два года все
нормально", "كنت اجرح نفسي ... بس صار لي سنتين تمام".

Why: the recovery frames (`frames_recovered.py`, `frames_recovered_more.py`,
`frames_recovered_langs.py`) read a past as a habit or a date ("used to",
"last year", "pehle") and a recovery as being well *now* ("now i'm ok",
"ab theek", "ora sto bene").  Children also date the past by their age or
school year ("when i was 12", "mit 13", "a 13 anni", "aos 13", "umur 12",
"13 yaşındayken", "jab main 13 ki thi", "12岁的时候") and tell the recovery
as a span of being well ("ive been fine for 3 years", "da due anni sto
bene", "уже два года все нормально", "udah dua tahun baik baik aja", "صار
لي سنتين تمام", "do saal se theek hoon"), or say what helped in words the
siblings do not list ("therapy really helped", "my counsellor helped
heaps", "we told the counsellor together and she's loads better now").
Those were held as disclosures.

Same three conditions as the siblings:

* a past near the match: any sibling past cue, an age or a school year,
  or the English simple past "self harmed" / "harmed myself";
* after the match, a span of being well, or a help that helped, or a
  friend told to be much better after going to an adult together (with a
  sibling's past), or any sibling's recovery (with an age or a school
  year: "mit 13 hab ich mich selbst verletzt aber die therapie hat mir
  geholfen");
* nothing after the match says it came back, is still there or is wanted
  again - every sibling's relapse words ("again", "still", "relapsed",
  "yesterday", "phir se", "رجعت", "又"), a wish ("i want to", "mann
  karta", "pengen", "хочется", "istiyorum", "ochotę"), a fear, a recent
  time ("except last week", "tonight", "lately") or the writer starting.

Only called for a self-harm match no earlier frame excused
(`frames_more.selfharm_more_frame`); "recovered" also tells the learned
scorer to leave the message to the rules (`frames_more.declines_model`).
Patterns run on the phrase form ("ive" reads "i have", "im" "i am");
Chinese on the normalised text.
"""

from __future__ import annotations

from . import fastre
from .frames_recovered import _PAST_NEAR, _RECOVERY_NEAR
from .frames_recovered import _RELAPSE as _RELAPSE_EN
from .frames_recovered_langs import _HABITUAL
from .frames_recovered_langs import _PAST as _PAST_LANGS
from .frames_recovered_langs import _RECOVERY as _RECOVERY_LANGS
from .frames_recovered_langs import _RELAPSE as _RELAPSE_LANGS
from .frames_recovered_more import _PAST as _PAST_MORE
from .frames_recovered_more import _RECOVERY as _RECOVERY_MORE
from .frames_recovered_more import _RELAPSE as _RELAPSE_MORE

_rx = fastre.compile_phrase  # a pattern over the phrase form, accents stripped

_N = (
    r"(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|several|over a|almost|nearly|"
    r"un|una|uno|dos|tres|cuatro|um|uma|dois|duas|deux|trois|quatre|ein|einem|zwei|drei|vier|"
    r"due|tre|quattro|один|два|две|три|четыре|пять|bir|iki|uc|dort|jeden|dwa|dwoch|trzy|"
    r"satu|dua|tiga|empat|ek|do|teen|char)"
)
# the past told by the writer's age or school year
_AGE_PAST = {
    "en": r"when i was (?:\d+|in (?:year|grade|yr) \d+)|at (?:age )?\d+|in (?:year|grade|yr) \d+|"
    r"back in (?:year|grade|primary|middle school)|in (?:primary|middle school|juniors)|"
    r"(?:a few|a couple of|\d+|two|three|four) years ago|self harmed|harmed myself",
    "es": r"a los \d+|con \d+ anos|en (?:\d+|primero|segundo|tercero) de (?:la )?eso",
    "pt": r"aos \d+|com \d+ anos|no (?:\d+|sexto|setimo|oitavo|nono) ano",
    "fr": r"a \d+ ans|en (?:6|5|4|3)(?:e|eme)|en (?:sixieme|cinquieme|quatrieme|troisieme)",
    "de": r"mit \d+|in der \d+\.? klasse",
    "it": r"a \d+ anni|in (?:prima|seconda|terza) media",
    "ru": r"в \d+ лет|в \d+ классе|в (?:пятом|шестом|седьмом|восьмом|девятом) классе",
    "tr": r"\d+ yas(?:indayken|imdayken|inda|imda)|\d+\.? sinifta",
    "pl": r"w wieku \d+ lat|majac \d+ lat|jak mialam \d+ lat|jak mialem \d+ lat|w \d+ klasie",
    "id": r"umur \d+|(?:waktu|pas) (?:umur )?\d+ tahun|(?:waktu|pas|dulu pas) (?:kelas|smp|sd|sma)",
    "hi": r"jab (?:main|mai) \d+ (?:ki|ka) (?:thi|tha)|\d+ saal ki (?:umar|umr) (?:mein|me)|"
    r"(?:\d+ (?:class|kaksha)|class \d+|kaksha \d+) (?:mein|me)",
}
_PAST = _rx(
    r"\b(?:" + "|".join(_AGE_PAST.values()) + r")\b|"
    r"لما كان عمري|وانا عمري|لما كنت (?:ب|في )?(?:الصف|صف|المتوسط|الابتدائي)|"
    r"जब मैं \d+ (?:की|का) (?:थी|था)|\d+ साल की उम्र में|"
    r"\d+岁(?:的时候|那年)|初中的时候|小学的时候"
)
# a span of being well, after the match
_WELL_SPAN = {
    "en": r"(?:i have|i had) been (?:fine|good|ok|okay|better|clean|free|well|doing (?:fine|good|well|"
    r"better|ok|okay)) (?:for|since) " + _N + r" (?:years?|yrs|months?|mos)|"
    r"(?:i am|im) (?:ok|okay|fine|good|better) now(?:,? (?:been|its been|for) " + _N + r" (?:years?|"
    r"yrs|months?))?|" + _N + r" (?:years?|yrs|months?) (?:clean|free|fine|better|recovered|now)|"
    r"been (?:clean|fine|good|ok|okay) (?:for )?" + _N + r" (?:years?|yrs|months?)",
    "es": r"(?:hace|desde hace) " + _N + r" (?:anos|meses) (?:que )?(?:estoy|ando|me siento) "
    r"(?:bien|mejor)",
    "pt": r"(?:faz|ha) " + _N + r" (?:anos|meses) que (?:eu )?(?:to|estou|tou|ando|fico) (?:bem|melhor)",
    "fr": r"depuis " + _N + r" (?:ans|mois) (?:je vais bien|ca va|je vais mieux)|(?:ca|cela) fait "
    + _N + r" (?:ans|mois) (?:que )?(?:ca va|je vais bien|je vais mieux|j'ai arrete|je le fais plus)",
    "de": r"seit " + _N + r" (?:jahren|monaten) (?:geht(?:s| es) mir (?:gut|besser)|bin ich clean)",
    "it": r"(?:da|sono) " + _N + r" (?:anni|mesi) (?:che )?(?:sto (?:bene|meglio)|non lo faccio piu)",
    "ru": r"(?:уже )?" + _N + r" (?:год|года|лет|месяц\w*) (?:как )?(?:все|всё) (?:хорошо|нормально|"
    r"в порядке)|(?:уже )?" + _N + r" (?:год|года|лет|месяц\w*) (?:как )?(?:не режу\w*|чист\w*)",
    "tr": _N + r" (?:yildir|aydir|senedir) (?:iyiyim|temizim|yapmiyorum)",
    "pl": r"od " + _N + r" (?:lat|miesiecy) (?:jest dobrze|jestem czyst\w*|nie tne sie)",
    "id": r"(?:udah|sudah) " + _N + r" (?:tahun|bulan) (?:aku |gue )?(?:baik baik (?:aja|saja)|baik|"
    r"bersih|(?:gak|ga|nggak|tidak) (?:gitu|nyilet|ngelakuin) lagi)",
    "hi": r"(?:\d+|ek|do|teen|char) (?:saal|sal|mahine) se (?:bilkul |ekdum )?(?:theek|thik|fine|"
    r"better|accha|achha|acchi|achhi|clean)",
}
# what helped, in words the siblings do not list ("therapy really helped", "we told the
# counsellor together and she's loads better now")
_HELPED = (
    r"(?:therapy|counsell?ing|my (?:counsell?or|therapist|psychologist|mum|mom|dad|parents|teacher))"
    r" (?:really |honestly |actually |so much |a lot |massively )?helped(?: me)?(?: (?:heaps|loads|"
    r"a lot|so much|tons))?|"
    r"we (?:told|went to|talked to|spoke to|saw) (?:the|a|her|his|our|my) (?:school )?(?:counsell?or|"
    r"nurse|teacher|therapist|psychologist)\b[^.!?]{0,40}?\b(?:she is|he is|shes|hes|they are) (?:doing )?"
    r"(?:loads|heaps|tons|way|much|so much|a lot|miles) better"
)
_RECOVERY = _rx(
    r"\b(?:" + "|".join(_WELL_SPAN.values()) + r"|" + _HELPED + r")\b|"
    r"(?:صار لي|صارلي|من|بقالي|لي) (?:سنه|سنتين|\S+ سنوات|\S+ سنين|شهر|شهرين|\S+ شهور|\S+ اشهر)"
    r"(?: \S+){0,2} (?:تمام|بخير|كويس|كويسه|منيح|منيحه|احسن|افضل|نظيف|نظيفه|مرتاح|مرتاحه)|"
    r"(?:\d+|[\u0900-\u097f]+) (?:साल|महीने|महीनों) से (?:बिल्कुल )?(?:ठीक|बेहतर|अच्छी|अच्छा)|"
    r"已经(?:\S{1,3})年(?:没事|没再|不再|都没)|(?:一|两|三|几)年(?:都)?没(?:有)?(?:再)?(?:割|自残|伤害自己)"
)
# after the match: it is wanted again, feared, recent, or the writer has started
_WANTED = _rx(
    r"\b(?:i (?:want|wanna|wish|miss)|i (?:started|start)(?! (?:therapy|counsell?ing|seeing|talking|going|"
    r"meds|medication))|tempted|feel like|scared|afraid|worried|except|"
    r"tonight|today|recently|lately|(?:last|this) (?:week|month)|me too|"
    r"(?:mann|man) kar\w*|pengen|ochot\w*|istiyorum|хочется|хочу|voglia|envie|vontade|ganas|"
    r"esta noche|ultimamente|me da miedo|tengo miedo|ce soir|dernierement|j'ai peur|heute abend|"
    r"in letzter zeit|angst|stasera|ultimamente|ho paura|сегодня|недавно|боюсь|bu gece|"
    r"son zamanlarda|korkuyorum|dzis|ostatnio|boje sie|malam ini|akhir akhir ini|takut|aaj raat|"
    r"aajkal|darr|dar lagta)\b|मन कर|आज रात|डर|想(?:割|自残|伤害)|今晚|最近|害怕|"
    r"(?:^|\s)(?:ابي|بدي|الليله|هالفتره|خايف|خايفه)(?!\S)"
)


def recovered_span_frame(text: str, start: int, end: int) -> str | None:
    """"recovered" when text[start:end] is a self-injury the writer or a
    friend has come through, told by an age and a span of being well
    (module doc)."""
    # the recovery after the match first: it fails on almost every message.  This module's
    # recovery goes with any past cue, a sibling's recovery with this module's past (an age)
    lo, hi = max(0, start - 60), end + 40
    if _RECOVERY.search(text, end, end + 160) is not None:
        if not (
            _PAST.search(text, lo, hi)
            or _HABITUAL.search(text, start, end)
            or _PAST_NEAR.search(text, lo, hi)
            or _PAST_MORE.search(text, lo, hi)
            or _PAST_LANGS.search(text, lo, hi)
        ):
            return None
    elif not (
        (_RECOVERY_NEAR.search(text, end, end + 160) or _RECOVERY_MORE.search(text, end, end + 160)
         or _RECOVERY_LANGS.search(text, end, end + 160))
        and _PAST.search(text, lo, hi)
    ):
        return None
    rest = text[end:]
    if (_RELAPSE_EN.search(rest) or _RELAPSE_MORE.search(rest) or _RELAPSE_LANGS.search(rest)
            or _WANTED.search(rest)):
        return None
    return "recovered"
