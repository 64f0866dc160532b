"""An everyday cut that says how it happened: "je me suis coupé en
cuisinant", "eu me cortei com a faca fazendo comida", "i cut myself
shaving", "hab mich gestern beim Kochen geschnitten", "je me suis coupé le
doigt".

Why a frame and not narrower rules: "i cut myself", "me cortei" and "je me
suis coupée" said bare are held (children rarely add "on purpose"), so the
rules stay broad and the message is excused when it names an accident - a
kitchen task, shaving, paper, sport, "by accident" - or an everyday object
right after the verb (hair, nails, a finger).  For a knife or blood emoji
(`selfharm_emoji.py`) a pet's scratch, a nosebleed or a period is such a
cause too ("my cat scratched me again 🩸", "period again 🩸 ugh").

Only cut / hurt / burn verbs are excused (never "ritzen", "scarifier" or a
wish to die next to "in the kitchen"), and not when the sentence says it
was deliberate ("a propósito", "exprès", "on purpose") or the accident is
the story told to someone else ("i told my mum i cut myself cooking", "dije
que me corté cocinando": hiding it is a warning sign).

Arabic dialects tell the same kitchen accident with their own verbs and
"while" ("جرحت ايدي وانا اقطع بصل والدم في كل مكان ههههه", "قطعت صباعي
وانا بقشر البطاطس"): an Arabic cut or burn verb is excused when the task,
a kitchen thing or "by accident" (بالغلط) is named near it, and never with
a blade, "on purpose", a cover story, "again" or relief anywhere in the
message ("قلت لامي اني جرحت ايدي وانا اطبخ", "جرحت ايدي بالسكين عشان
ارتاح" stay held).

Called only for a self-harm match (frames.mundane_frame); patterns run on
the phrase form (accents stripped, commas dropped, Arabic letter variants
folded).
"""

from __future__ import annotations

from . import fastre

# hair, nails, a finger, paper right after the verb (also used by selfharm_past
# to keep such cuts from matching at all)
MUNDANE_OBJECT = (
    r"(?: (?:\w+ )?(?:el pelo|el cabello|las unas|una una|el flequillo|la barba|el dedo|los dedos|"
    r"o cabelo|a franja|as unhas|a barba|o dedo|os dedos|les cheveux|la frange|les ongles|la "
    r"barbe|le doigt|les doigts|die haare|die nagel|den bart|in den finger|am finger|i capelli|la "
    r"frangia|le unghie|il dito|le dita|my (?:hair|nails|finger|fringe|beard)|con (?:un |el |una |"
    r"la )?(?:papel|hoja|carta|foglio)|com (?:o |um |uma |a )?(?:papel|folha)|avec (?:une |du |la )?"
    r"(?:feuille|papier)|(?:mit|an|am) (?:dem |einem )?papier|on (?:a |some |the )?paper))"
)
_MUNDANE_RE = fastre.compile(MUNDANE_OBJECT)

# verbs an accident can explain (not "ritzen", "scarifier", "self harm")
_ACCIDENT_VERB = fastre.compile(
    r"\b(?:cut|cutting|hurt|burned|burnt|cort\w*|coup\w*|geschnitten|schnitt|tagli\w*|machuc\w*|"
    r"machuqu\w*|lastim\w*|fer[ia]\w*|quem\w*|queim\w*|brul\w*|verbrannt|emoji_blood|emoji_knife)\b"
)
_ACCIDENT = fastre.compile(
    # a pet, a nosebleed, a fall: "my cat scratched me again 🩸"
    r"\b(?:(?:cat|dog|kitten|puppy|hamster|gato|gata|perro|perra|cachorro|chat|chien|katze|hund|"
    r"gatto|cane) (?:\w+ )?(?:scratched|bit|arano|mordio|arranhou|mordeu|griffe|mordu|gekratzt|"
    r"gebissen|graffiato|morso)|nosebleed|nose bleed|nose is bleeding|my nose|lost a tooth|"
    r"(?:my|on my|got my) period|period (?:again|cramps|pains?|blood)|"
    r"regla|menstruacion|menstruacao|regles|periode|mestruazioni|"
    r"cooking|making (?:dinner|lunch|breakfast|food|a sandwich|tea|a salad|salad|a cake|pizza)|cutting "
    r"(?:onions?|vegetables|veggies|bread|an apple|fruit|tomato(?:es)?)|shaving|by accident|"
    r"accidentally|paper cut|in the kitchen|chopping|peeling|playing (?:football|soccer|rugby)|"
    # the hot or sharp thing or the sport named: "burnt myself again making toast",
    # "hurt myself again at football practice", "with the curling iron"
    r"on (?:the|a|my) (?:oven|stove|pan|iron|kettle|radiator|grill|bbq|toaster|hob)|(?:curling|hair|"
    r"flat) iron|straighteners?|making (?:toast|pasta|noodles|eggs|pancakes|popcorn|cookies|tea)|"
    r"baking|ironing|at (?:football|soccer|basketball|rugby|hockey) (?:practice|training)|at "
    r"(?:practice|training|the gym)|in pe|skateboarding|on my (?:bike|skateboard|scooter)|"
    r"fell (?:off|over|down)|tripped|"
    r"cocinando|haciendo (?:la |una )?(?:comida|cena|el almuerzo|ensalada|un pastel)|cortando (?:cebolla|"
    r"tomate|pan|verdura|fruta)\w*|en la cocina|afeitandome|depilandome|"
    r"sin querer|por accidente|picando|pelando|jugando (?:al )?(?:futbol|basket|baloncesto)|"
    r"cozinhando|fazendo (?:a |uma |um )?(?:comida|janta|jantar|almoco|salada|bolo|lanche)|cortando (?:cebola|"
    r"tomate|pao|legumes|fruta)\w*|na cozinha|fazendo a barba|me "
    r"depilando|sem querer|por acidente|descascando|jogando (?:bola|futebol)|"
    r"en cuisinant|en faisant (?:a manger|la cuisine)|dans la cuisine|en me rasant|sans (?:le )?"
    r"faire expres|par accident|en epluchant|en coupant (?:des|les|du|un|une|la|le)|au foot|"
    r"beim (?:kochen|rasieren|schnippeln|gemuse|basteln|fussball|brot|zwiebel|salat\w*|obst)|in der kuche|aus "
    r"versehen|versehentlich|"
    r"cucinando|in cucina|facendo la barba|depilandomi|per sbaglio|senza volerlo|per errore|"
    r"sbucciando|giocando a calcio|tagliando (?:la |le |il |i )?(?:cipoll\w*|verdur\w*|pane|pomodor\w*|"
    r"frutta))\b"
)
_DELIBERATE = fastre.compile(
    r"\b(?:on purpose|a proposito|de proposito|expres|absichtlich|apposta|intentionally)\b"
)
# the accident is what the writer told others
_COVER_STORY = fastre.compile(
    r"\b(?:told|tell|said|say|pretend\w*|dije|digo|dicho|fingi|disse|digo|falei|fingi|j'ai dit|je "
    r"dis|dit que|gesagt|sage|behauptet|ho detto|dico|detto che|finto)\b"
)
# staged, before or after the cut: "i cut myself again, making it look like a cooking accident"
_STAGED = fastre.compile(
    r"\b(?:(?:make|making|made|makes) it look like|so it looks like|que parezca|pra parecer|pour que ca "
    r"ressemble)\b"
)
_WINDOW = 60

# Arabic dialects (Gulf, Levantine, Egyptian, Maghrebi; session 12): "جرحت ايدي وانا اقطع بصل
# والدم في كل مكان ههههه" (cut my hand chopping onions, blood everywhere), "جرحت حالي بالسكينه وانا
# عم قطع بصل", "قطعت صباعي وانا بقشر البطاطس".  A cut or burn verb ...
_ACCIDENT_VERB_AR = fastre.compile(
    r"(?:^|\s)(?:جرحت|انجرحت|اتجرحت|قطعت|قصيت|عورت|اتعورت|انعورت|حرقت|انحرقت|اتحرقت|احترقت|"
    r"شطبت|جرحني|جرحتني|عورني)(?!\S)"
)
# ... while cooking, or with a kitchen thing or task named, or by accident
_KITCHEN_AR = (
    r"بصل|البصل|بصله|البصله|طماطم|الطماطم|طماطه|بندوره|البندوره|خيار|الخيار|خضار|الخضار|خضره|"
    r"الخضره|بطاطس|البطاطس|بطاطا|البطاطا|جزر|الجزر|تفاح|التفاح|فواكه|الفواكه|خبز|الخبز|العيش|لحم|"
    r"اللحم|الدجاج|الفراخ|سلطه|السلطه|الاكل|اكل|الغدا|الغداء|العشا|العشاء|الفطور|الطبخ|المطبخ|"
    r"بالمطبخ|فالمطبخ|الكوزينه|فالكوزينه|الكيك|كيكه|الفرن|الطاوه|المقلاه|الزيت|القدر|الطنجره|"
    r"البراد|الشاي|المعلقه|ماطيشه|الماطيشه|فلفل|الفلفل|ليمون|الليمون|بطيخ|البطيخ|مانجا|المانجو|"
    r"علبه|العلبه|التونه"
)
_ACCIDENT_AR = fastre.compile(
    r"(?:^|\s)(?:(?:و ?انا|وقت ما كنت|لما كنت|وانا كنت)(?: \S+){0,3}? (?:ب|عم |كن|نـ?)?"
    r"(?:اطبخ|بطبخ|نطبخ|طبخ|نطيب|كنطيب|اقطع|بقطع|نقطع|قطع|اقشر|بقشر|نقشر|قشر|افرم|بفرم|نفرم|"
    r"احضر|بحضر|حضر|اجهز|بجهز|جهز|اسوي|بسوي|نسوي|اعمل|بعمل|نعمل|اقلي|بقلي|نقلي|اشوي|بشوي|"
    r"افتح|بفتح|نفتح|اغسل|بغسل)|بالغلط|بالخطا|بالخطأ|غلط|من غير قصد|بدون قصد|مش قصدي|مو قصدي|"
    r"ما كان قصدي|" + _KITCHEN_AR + r")(?!\S)|"
    r"\b(?:basal|bassal|batates|batata|tamatem|tama6em|khodar|5odar|salata|matba5|matbakh|el akl|"
    r"bel ghalat|bel 3'alat|msh 2asdi|mesh 2asdi|mish 2asdi|mo 2asdi)\b"
)
# ... never on purpose, with a blade, as a cover story, again or for relief
_MEANT_AR = fastre.compile(
    r"(?:^|\s)(?:عن قصد|قاصد|قاصده|متعمد|متعمده|عمدا|قصدا|بقصد|بالموس|موس|الموس|بالشفره|شفره|"
    r"الشفره|بالمشرط|بالكتر|قلت|قلتلهم|قلتلها|قلتله|قالوا|خبرت|حكيت|كذبت|اكذب|بكذب|محد يدري|"
    r"ما حد يدري|ماحد يدري|محدش يعرف|ما حدا بيعرف|اخبي|بخبي|مخبيه|مره ثانيه|مره تانيه|تاني|ثاني|"
    r"كمان مره|من جديد|رجعت|كل يوم|كل ليله|ارتاح|ارتحت|ريحني|ريحتني|استاهل|اعاقب|اعاقب نفسي|"
    r"عشان احس|احس|اعجبني|عجبني|حبيت|الالم|الوجع|كملت|ابي اموت|بدي موت)(?!\S)"
)


def _arabic_kitchen(text: str, start: int, end: int) -> bool:
    """An Arabic cut with its kitchen task, thing or accident named near it,
    and nothing that makes it meant."""
    if _ACCIDENT_VERB_AR.search(text, max(0, start - 1), end) is None:
        return False
    lo, hi = max(0, start - _WINDOW), end + 80
    return _ACCIDENT_AR.search(text, lo, hi) is not None and _MEANT_AR.search(text) is None


def accident_frame(text: str, start: int, end: int) -> str | None:
    """"accident" when the cut at text[start:end] is an everyday one (see the
    module docstring)."""
    if _ACCIDENT_VERB.search(text, start, end) is None:
        if "\u0600" <= text[start] <= "\u06ff" and _arabic_kitchen(text, start, end):
            return "accident"
        return None
    left = max(text.rfind(p, 0, start) for p in (" . ", " ! ", " ? "))
    lo = max(left + 1, start - _WINDOW)
    rights = [i for i in (text.find(p, end) for p in (" . ", " ! ", " ? ")) if i != -1]
    hi = min(min(rights) if rights else len(text), end + _WINDOW)
    if _DELIBERATE.search(text, lo, hi) or _COVER_STORY.search(text, lo, start) or _STAGED.search(text, lo, hi):
        return None
    if _MUNDANE_RE.match(text, end) or _ACCIDENT.search(text, lo, hi):
        return "accident"
    return None
