"""Everyday reasons for not eating, vomiting or losing weight.

Why: the eating rules (`selfharm_eating.py`, `selfharm_eating_more.py`)
pair restriction or purging with a weight cue, and an ordinary day has the
same pairs: "threw up all night, lost 2 kg, stomach bug", "prise de sang
demain, je dois rester à jeun", "muss für den Wettkampf unter 60 Kilo",
"lagi puasa ramadan".  A match that names eating, vomiting or weight is
excused ("mundane") when the message names one of them anywhere (before or
after the match): a religious or medical fast, an illness or a night of
vomiting, or a weight class of a sport.  `frames_more.fasting_frame` does
the same for the older days-without-food rules with a shorter list.

A diet, summer or a party is no such reason ("must get under 45 kilo
before summer" is held).  Only called for a self-harm match that no other
frame excused (`frames_more.selfharm_more_frame`), so ordinary messages pay
nothing.  Patterns run on the phrase form (accents stripped, Arabic letter
variants folded); Chinese on the normalised text.
"""

from __future__ import annotations

import re

from . import fastre

# what the match must name: eating, food, vomiting or weight
_EATING = fastre.compile(
    r"\b(?:eat\w*|ate|food|meals?|dinner|lunch|breakfast|fast\w*|threw|throw\w*|puk\w+|vomit\w*|kg|"
    r"kilos?|calories|com\w+|cen\w+|almo\w+|ayun\w*|jejum|jant\w+|manger|mange|vomi\w*|jeun\w*|"
    r"essen|gegessen|kotz\w*|kilo|mangi\w+|digiun\w*|chili|quilos?|ем|ела|еды|рв\w+|вырва\w*|"
    r"кг|yed\w+|yeme\w*|kilo\w+|kus\w+|jedz\w+|jem|jadlam|zjadlam|wymiot\w+|rzyga\w+|makan|muntah\w*|"
    r"khaya|khana|khaungi|ulti|اكل\w*|استفرغ\w*|كيلو|kalori\w*|kalorien)\b|"
    r"\w{1,3}kg\b|吃|吐|斤|खा|उल्टी|किलो"
)
_REASON = fastre.compile(
    # religious fasts
    r"\b(?:ramadan|ramadhan|ramazan|ramzan|ramada|roza|rozay|roze|iftar|sahur|suhoor|sehri|oruc|puasa|"
    r"buka puasa|lent|yom kippur|navratri|vrat|upvas|ekadashi|karwa chauth|cuaresma|quaresma|careme|"
    r"fastenzeit|quaresima|poszcze|wielki post|пост|посту|поста|постимся|пощусь|"
    # medical
    r"blood test|blood tests|bloods|surgery|operation|op tomorrow|anaesthetic|anesthesia|colonoscopy|"
    r"endoscopy|analisis de sangre|cirugia|operacion|exame de sangue|cirurgia|"
    r"prise de sang|a jeun|chirurgie|blutabnahme|bluttest|nuchtern|analisi del sangue|intervento|"
    r"анализ\w*|операци\w*|натощак|kan tahlili|ameliyat|badanie krwi|na czczo|"
    r"operacj\w+|cek darah|tes darah|operasi|blood test|"
    # illness, a night of vomiting
    r"stomach bug|stomach flu|the flu|flu|food poisoning|poisoning|norovirus|virus|bug going around|"
    r"(?<!myself )(?<!me )sick|fever|gastro|gastroenteritis|gastroenterite|tummy bug|migraine|all night|whole night|"
    r"car ?sick|seasick|motion sickness|hangover|intoxicacion|gripe|enferm[oa]|toda la noche|"
    r"intoxicacao|virose|doente|a noite toda|noite toda|intoxication|grippe|malade|toute la nuit|"
    r"magen darm|magendarm|lebensmittelvergiftung|krank|die ganze nacht|influenza|intossicazione|"
    r"malat[oa]|tutta la notte|отравил\w*|отравлени\w*|грипп\w*|ротавирус\w*|вирус\w*|болею|"
    r"заболел\w*|всю ночь|температур\w*|zehirlen\w*|grip|hastayim|hastaydim|hastalandim|butun gece|tum gece|"
    r"zatru\w+|grype|grypa|grypy|chor\w+|wirus\w*|cala noc|jelitow\w*|keracunan|sakit|demam|masuk "
    r"angin|maag|diare|semalaman|tipes|bimar|bukhar|raat bhar|food poisoning|tasamom|marid\w*|"
    r"3ayan\w*|"
    # a weight class of a sport
    r"weigh ?in|weight (?:class|category|division)|make weight|competition|tournament|"
    r"judo|wrestling|boxing|karate|mma|taekwondo|rowing|jockey|combate|competicion|torneo|pesaje|"
    r"categoria de peso|jiu ?jitsu|competicao|campeonato|pesagem|competition|combat|pesee|"
    r"wettkampf|ringkampf|ringen|gewichtsklasse|turnier|gara|competizione|"
    r"соревновани\w*|борьб\w*|весов\w* категори\w*|gures\w*|musabaka\w*|turnuva\w*|siklet\w*|zawody|zawodach|"
    r"kategori\w*|tanding|pertandingan|lomba|kelas berat|kushti)\b|"
    r"رمضان|صيام|صايم|صايمه|تحليل|عمليه|تسمم|مريض\w*|انفلونزا|فيروس|طول الليل|بطوله|مباراه|"
    r"रोज़ा|रोजा|व्रत|उपवास|ब्लड टेस्ट|ऑपरेशन|बीमार|बुखार|रात भर|"
    r"斋月|斋戒|抽血|体检|手术|食物中毒|肠胃炎|生病|发烧|感冒|晕车|一晚上|整晚|一整夜|比赛|称重|级别"
)


# a reason someone else is told or believes is a cover story, not a reason
# ("je vomis après chaque repas, ma mère pense que j'ai une gastro")
BELIEF = fastre.compile(
    r"\b(?:thinks?|think|believes?|told|tell|said|say|pretend\w*|piensa\w*|creen?|dije|digo|finj\w*|"
    r"pense\w*|croi\w*|dit|dis|fais croire|denk\w*|glaub\w*|gesagt|sag\w*|pensa\w*|crede\w*|detto|"
    r"dico|acha\w*|falei|disse|думает|думают|сказал\w*|говорю|sanıyor|saniyor\w*|dedim|diyorum|"
    r"mysl\w*|sadzi|powiedzial\w*|mowie|kira\w*|ngira\w*|bilang\w*|sochti|sochte|bola|bataya)\b|"
    r"以为|骗|说|يفكر|فاكره|فاكرين|قلت|قلتلهم|सोच"
)


def reason_outside_belief(reason: re.Pattern[str], text: str) -> bool:
    """`reason` names something in `text` that is not what someone is told
    or believes (a belief word in the 40 characters before it)."""
    for m in reason.finditer(text):
        if not BELIEF.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


# someone else is the one not eating: a third-person subject right before the
# match ("my mum didn't eat anything all day and said she has to lose 5 kg, im
# worried about her"); English, French, German, Indonesian, Hindi and Russian
# verbs do not say who
_THIRD_BEFORE = fastre.compile(
    r"(?:^|\s)(?:she|he|they|my (?:mum|mom|mother|dad|father|sister|brother|friend|cousin|aunt|bff|"
    r"bestie)|her (?:mum|mom|sister)|elle|ils|ma (?:mere|soeur|copine|cousine|pote)|mon (?:pere|"
    r"frere|pote)|sie|er|meine (?:mutter|mama|schwester|freundin)|mein (?:vater|bruder|freund)|"
    r"mama\w*|ibu\w*|kakak\w*|adik\w*|temen\w*|teman\w*|dia|mummy|mumma|didi|behen|dost|wo|woh|"
    r"usne|мама|сестра|подруга|она|он|они|मम्मी|दीदी|बहन|वो|वह|उसने)"
    r"((?: [\w']+){0,3}) $"
)
_I_WORD = fastre.compile(r"\b(?:i|me|my|je|j'|ich|aku|gue|gw|main|mai|mujhe|я)\b|मैं|मुझे")


def _third_person(text: str, start: int) -> bool:
    """A third-person subject in the few words before `start`, with no
    first person between it and the match."""
    m = _THIRD_BEFORE.search(text, max(0, start - 50), start)
    return m is not None and _I_WORD.search(m.group(1)) is None


def eating_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for an eating, vomiting or weight match in a message that
    names an everyday reason for it (module docstring), unless the reason is
    a cover story; "report" when someone else is the subject."""
    if not _EATING.search(text, start, end):
        return None
    if reason_outside_belief(_REASON, text):
        return "mundane"
    if _third_person(text, start):
        return "report"
    return None
