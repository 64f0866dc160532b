"""Arabic (MSA and Gulf, Egyptian, Levantine dialects; Arabizi chat form) phrase rules.

Why a pack: children write Arabic in several dialects and in Arabizi
(Latin letters with digits for sounds Latin lacks: 3=ع, 7=ح, 5=خ, 2=ء/ق,
9=ص/ق, 6=ط, 8=غ).  The family modules hold a few MSA rules; this module adds
the dialect and Arabizi phrase families in one reviewable place.

Patterns are matched against the phrase form of a message (casefolded,
diacritics and harakat removed, Arabic letters folded أإآ→ا ى→ي ة→ه ؤ→و
ئ→ي; `rule` folds the pattern source the same way, so patterns may be
written with the usual spelling).

Arabizi in the phrase form: the leet step of normalise.make_plain rewrites a
*whole word* made of letters and the digits 0/1/3/4/5/7 ("3ayez" ->
"eayez", "7ayati" -> "tayati", "5alas" -> "salas") but leaves words that
hold any other digit untouched ("2alby", "el7a2ni", "9a7bi"), and a
standalone "ya" is expanded to "you".  Arabizi patterns are therefore
written once with the digits and passed through `az`, which turns each
digit into every letter it can reach the phrase form as (the leet letter
and the usual Latin spelling: 7 -> [7th], 5 -> 5|s|kh, 3 -> optional
[3ea]...).  Triggers are tokens, and a message's token set holds both the
raw digit form and the leet form, so triggers keep the digits.
"""

from __future__ import annotations

import re

from ..normalise import fold_pattern
from ..rules import Rule, rule

# digit -> what it can look like in the phrase form (raw, leet letter, Latin spelling)
_AZ_DIGIT = {
    "2": "[2'qgk]?",
    "3": "[3ea]?",
    "5": "(?:5|s|kh)",
    "6": "[6t]",
    "7": "[7th]",
    "8": "(?:8|gh|g)",
    "9": "[9sq]",
}
_AZ_TOKEN = re.compile(r"\{\d+(?:,\d*)?\}|\\.|\[[^\]]*\]|[2356789]|(?<![\w\\])ya(?![\w])")


def _az_sub(m: re.Match[str]) -> str:
    s = m.group(0)
    if s == "ya":
        return "you"  # make_plain expands a standalone "ya" to "you"
    return _AZ_DIGIT.get(s, s)


def az(src: str, optional_lead: bool = True) -> str:
    """Arabizi pattern source -> phrase-form regex (see the module docstring).
    Quantifiers ({0,3}), escapes and character classes are left alone.
    optional_lead=False keeps a word-initial 3/2 required ("[3ea]", not
    "[3ea]?"): frames are searched at every position of a sentence, and an
    optional first character stops the regex engine from skipping ahead."""
    out = _AZ_TOKEN.sub(_az_sub, src)
    if not optional_lead:
        out = _AZ_LEAD.sub(lambda m: m.group(1) + m.group(2)[:-1], out)
    return out


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_AZ_LEAD = re.compile(r"(\(\?:|\||\\b|^| )(\[3ea\]\?|\[2'qgk\]\?)")


def az_triggers(words: str) -> str:
    """Trigger words for Arabizi words written with digits: the raw form is
    always a token; the usual Latin spellings (7 -> h, 5 -> kh, 3 and 2
    dropped, 8 -> gh) are added so "hmar" triggers like "7mar"."""
    out: list[str] = []
    for w in words.split():
        out.append(w)
        if any(c in w for c in "23578"):
            latin = w.replace("7", "h").replace("5", "kh").replace("8", "gh").replace("6", "t")
            out.append(latin.replace("3", "").replace("2", ""))
            out.append(latin.replace("3", "a").replace("2", "a"))
    return " ".join(dict.fromkeys(w for w in out if len(w) > 2))


# -- shared word lists ---------------------------------------------------------
# first-person "want" in MSA and the dialects (Egyptian عايز, Levantine بدي,
# Gulf ابي/ابغى/ودي)
_WANT_AR = (
    r"(?:اريد|بدي|بدّي|ابغى|ابغي|ابي|عايز|عاوز|عايزه|عاوزه|نفسي|ودي|حابب|حابه|اتمنى|بتمنى|"
    r"نفسي|كان نفسي)"
)
_WANT_AZ = (
    r"(?:3ayez|3ayza|3ayz|3awez|3awza|3awz|3aiz|3ayeza|bade|badi|bady|baddi|biddi|bidi|bdi|bedi|"
    r"abgha|abga|ab8a|abi|abee|abbi|nefsi|nefsy|nifsi|nfsi|areed|ariid|arid|oreed|orid|wdi|"
    r"weddi|widdi|wddi|7abeb|7abba|7abbeb|atmana|batmana)"
)
_DIE_AZ = (
    r"(?:amot|amoot|amout|amut|amuut|mot|moot|mout|mut|ant[ei]?7[ei]?r|ente7er|ento7er|"
    r"anta7er|a5tefi|e5tefi|a5tfi|axtefi|amawet nafsi|a2tel nafsi|a2tol nafsi|2tol nafsi|"
    r"a2tel 7ali|2tel 7ali|amawet 7ali|a5la9 mn 7ayati|a5las mn 7ayati)"
)
_LIFE_AZ = (
    r"(?:el ?|al ?|l)?(?:7aya|7ayah|7ayati|7ayaty|7yati|7yaty|donya|donia|dunya|dinya|3isha|"
    r"3eesha|3ishti|3eshti|3ishty|kol 7aga|kol shi|kolshi|kol shay)"
)
_PILLS_AR = (
    r"(?:ال)?(?:حبوب|حبات|دوا|دواء|ادويه|ادويتي|بنادول|البنادول|مسكنات|منومات|حبوب منومه|"
    r"برشام|البرشام)"
)
_PILLS_AZ = (
    r"(?:el ?|al ?|l)?(?:7obob|7oboob|7boob|7bob|7ubub|7bub|7bab|7abbat|7abat|dawa|adwya|"
    r"adwiya|adweya|panadol|banadol|mosakenat|msaknat|musakkinat|bersham|barsham|pills|pill)"
)
_ROOF_AR = (
    r"(?:ال)?(?:سطح|السطوح|بلكونه|بلكون|شباك|نافذه|شرفه|عماره|بنايه|بنايتنا|جسر|كوبري|برج|"
    r"الدور ال\S+|الطابق ال\S+)"
)
_ROOF_AZ = (
    r"(?:el ?|al ?|l)?(?:sa6e7|sate7|sa6h|sath|sat7|sa6o7|sto7|roof|balcona|balkona|balakona|"
    r"balcony|balkon|shebbak|shobbak|shubbak|shebak|3emara|3omara|3imara|3amara|benaya|binaye|"
    r"bnaye|jeser|jisr|kobri|kubri|bor?j)"
)
# people a child is told to keep things from
_FAMILY_AR = (
    r"(?:ل|ل?ا?ل)?(?:امك|ماما|مامتك|مامتكك|ابوك|بابا|باباك|اهلك|اهلكي|والديك|اخوك|اختك|حد|حدا|احد|"
    r"اي حد|اي احد|اي حدا|اصحابك|صحابك|صاحباتك|رفقاتك|صديقاتك|اصدقائك|المعلمه|المعلم|المدرسه|"
    r"المدرس|الاستاذ|الاستاذه|ابويك|امي|ابوي)"
)
_FAMILY_AZ = (
    r"(?:l|le|li|la)?(?:mamtak|mamtek|mamtik|mama|mamak|mamek|mamaki|omak|omik|omek|ommak|"
    r"ommek|ommik|ummak|ummik|babak|babaki|babakِ|abok|abouk|abook|abuk|ahlak|ahlik|ahlek|ahlk|"
    r"a?7ad|a?7ada|7add|ay 7ad|ai 7ad|ay 7ada|a5ok|a5ook|o5tak|o5tek|sa7bak|s7abak|s7abek|"
    r"s7abik|as7abak|as7abek|as7abik|sa7batek|el mo3alem|el mo3alema|el modares|el modaresa|"
    r"el miss|el ostaz)"
)
_PLATFORM_AR = (
    r"(?:ال)?(?:واتس|واتساب|واتسب|وتس|وتساب|سناب|سنابشات|سناب شات|انستا|انستقرام|انستغرام|"
    r"انستجرام|تليجرام|تلغرام|تيليجرام|تيليغرام|تلجرام|تلي|ديسكورد|الديسكورد|ماسنجر|مسنجر|"
    r"فيسبوك|فيس|تيك توك|تيكتوك|كيك|خاص|برايفت|دي ام|الدي ام)"
)
_PLATFORM_AZ = (
    r"(?:el ?|al ?)?(?:whats|whatsapp|whatsap|watsap|watsapp|wats|watts|wts|wtsap|wtsp|wassap|"
    r"snap|instagram|tele|telegram|telegrm|tilegram|tlgrm|telgram|discord|disc|messenger|"
    r"facebook|tiktok|tik tok|kik|private|pv|5a9|5as|khas|5a9a|dm|dms)"
)
_GEMS_AR = (
    r"(?:جواهر|جوهره|الجواهر|جيمز|جيمس|الجيمز|جمز|الماس|الماسات|ماسات|ماسه|روبوكس|الروبوكس|"
    r"روبكس|روبلوكس|فري فاير|شدات|الشدات|شده|يوسي|كوينز|كوينات|عملات|سكنات|سكن|سكينات|فيبوكس|"
    r"فيباكس|في باكس|بطاقه شحن|بطاقات شحن|كرت شحن|بطاقه ايتونز|بطاقه جوجل بلاي|نيترو|هديه|هدايا|"
    r"فلوس|مصاري|مصروف)"
)
_GEMS_AZ = (
    r"(?:gems|gemz|gem|jewels|diamonds|diamond|dimonds|diamants|almas|almaz|robux|robox|robuks|"
    r"rbx|vbucks|v bucks|uc|shadat|shdat|shadda|coins|skins|skin|gawaher|jawaher|gwaher|jwaher|"
    r"free fire|freefire|nitro|gift card|gift cards|card|floos|fulus|flous|masari|msari|hdeye|"
    r"hdiyya|hedeya|hadeya|hadiya)"
)
_PHOTO_AZ = (
    r"(?:picture|pictures|video|videos|sora|sura|soura|sowra|sowar|suwar|swar|sortak|sortek|"
    r"sortik|sortk|sorak|sorek|sorik|sowarek|sowarak|sowarik|suwarik|selfie)"
)
# a first-person word ends any frame's reach: "قالتلي امي ... وانا بدي اموت"
_GAP = r"(?:(?!(?:و?انا|و?اني|ana|wana|i)\b)\S+ )"


SELF_HARM: list[Rule] = [
    # -- wanting to die / disappear (MSA and dialects) --------------------------
    rule("self_harm:disclosure", "self_harm",
         "اموت موت الموت انتحر انتحار اختفي اقتل انهي اكون مت اروح اعيش عيش اصحى اكمل ياريتني ليتني "
         "ياليتني اتولدت انولدت ميت ميته",
         _WANT_AR + r" (?:ان |اني |لو |اني )?(?:اموت|موت|الموت|انتحر|اختفي|اختفى|اقتل نفسي|اقتل حالي|"
         r"انهي حياتي|انهي كل شي|اكون ميت|اكون ميته|اروح ومرجعش|اروح وما ارجع|انام وما اصحى|انام وما "
         r"اقوم|مت|اني مت|ما اكون موجود|ما اكون موجوده|ارتاح من (?:الدنيا|الحياه|حياتي))|"
         r"(?:ما|مش|مو|مب|لا|ما عاد|ما عدت|مابدي|مبقتش|مابقيتش|ماعاد) (?:\S+ )?(?:بدي|ابي|ابغى|عايز|"
         r"عايزه|عاوز|عاوزه|اريد|حابب|حابه)? ?(?:اعيش|عيش|اكمل حياتي|اكمل|ابقى عايش|ابقى عايشه|اصحى بكره|"
         r"اصحى)\b|"
         r"(?:يا ?ريت|ياريتني|ليتني|ليت|يا ريتني|ياليت|ياليتني|يا ليتني) (?:\S+ )?(?:اموت|مت|ميت|"
         r"ميته|ما اتولدت|ما انولدت|ماجيت ع الدنيا|ما جيت على الدنيا|لم اولد|ما خلقت|اختفي|اختفيت)",
         framed="generic"),
    # -- tired of life, no point, everyone better off without me -----------------
    rule("self_harm:disclosure", "self_harm",
         "تعبت زهقت مليت طفشت قرفت تعبانه تعبان زهقانه زهقان حياتي الحياه فايده معنى سبب بدوني غيري "
         "دوني مت اموت يفتقدني هيفتقدني بيفتقدني يحس يزعل يلاحظ",
         r"(?:تعبت|زهقت|مليت|طفشت|قرفت|يئست|سئمت|تعبانه|تعبان|زهقانه|زهقان|مليت|قرفانه|قرفان|"
         r"طفشانه|طفشان)(?: خلاص| كثير| كتير| اوي| مره| جدا)? (?:من )?(?:الحياه|الدنيا|حياتي|"
         r"العيشه|عيشتي|العيش|اني عايش|اني عايشه|كوني عايش|الوجود|نفسي وحياتي)|"
         r"(?:ما في|مافي|ما فيه|مافيه|مفيش|مفيش اي|لا يوجد|ما عاد في|مافيش|ما له|ماله|مالها|ما لها|ملهاش|"
         r"مالهاش|بلا|بدون|ليس لها|ليس له) (?:اي |أي )?(?:فايده|معنى|سبب|داعي|لزمه|قيمه|هدف) "
         r"(?:من |ل|لل)?(?:حياتي|الحياه|حياه|العيش|عيش|عيشتي|اني اعيش|اعيش|وجودي|اكمل|العيشه)|"
         r"(?:حياتي|الحياه|عيشتي|وجودي) (?:ما لها|مالها|ملهاش|مالهاش|بلا|بدون|ليس لها|ما الها|"
         r"مالها اي|مش الها|ملهاش اي|ما الها اي) (?:\S+ )?(?:معنى|فايده|قيمه|لزمه|طعم)|"
         r"(?:احسن|افضل|ارتاح|يرتاحوا|بيرتاحوا|هيرتاحوا|حيرتاحوا|رح يرتاحوا|راح يرتاحون|سيرتاحون|"
         r"يرتاحون|مرتاحين|هيبقوا احسن|رح يكونوا احسن|بيكونوا احسن|بيصيروا احسن|حيكونوا احسن)"
         r"(?: \S+){0,2}? (?:بدوني|من غيري|من دوني|من دوني|لو مت|اذا مت|لما اموت|لو اختفيت|اذا "
         r"اختفيت|لو رحت|اذا رحت|لو انا مش موجود|لو ما كنت موجود)|"
         r"(?:محد|ما حد|محدش|ماحد|ولا حد|لا احد|ولا احد|ما حدا|ماحدا) (?:\S+ )?(?:رح |راح |ح |ه|"
         r"بي|سوف |س)?(?:يفتقدني|يفقدني|يفتقدنيش|هيفتقدني|بيفتقدني|سيفتقدني|يحس فيني|يحس بيا|هيحس بيا|"
         r"يزعل عليا|هيزعل عليا|رح يزعل علي|بيزعل علي|يلاحظ اني|هيلاحظ|رح يلاحظ|بيلاحظ|يهتم لو|"
         r"هيفرق معاه|يفرق معه|بيفرق معه)",
         framed="generic"),
    # -- goodbye letters, not being here next week ------------------------------
    rule("self_harm:finality", "self_harm",
         "رساله رسالتي وداعا سامحوني تشوفوني تروني هتشوفوني حتشوفوني اكون هكون حكون بكون",
         r"(?:اخر|آخر) رساله (?:مني|ليكم|لكم|اكتبها|بكتبها|هكتبها|راح اكتبها)|رسالتي الاخيره|"
         r"رساله وداع|رساله انتحار|وداعا (?:للجميع|يا دنيا|للابد|لكل|يا جماعه|يا حياه)|"
         r"سامحوني (?:على|ع|عن) كل (?:شي|شيء|حاجه)|"
         r"(?:تشوفوني|تروني|هتشوفوني|حتشوفوني|بتشوفوني|تشوفوننيش|رح تشوفوني|راح تشوفوني) "
         r"(?:تاني|مره ثانيه|مره تانيه|مره اخرى|بعد اليوم|ابدا|بعد الحين|مره ثانيه)|"
         r"(?:مش|ما|لن|مو|مب)(?: رح| راح| ح)? (?:\S+ )?(?:اكون|هكون|حكون|بكون|كون) (?:عايش|عايشه|"
         r"على قيد الحياه|موجود|موجوده|هنا|معكم|معاكم) (?:\S+ )?(?:الاسبوع الجاي|الاسبوع القادم|"
         r"الاسبوع الياي|الشهر الجاي|بعد اسبوع|بكره|بكرا|باكر|غدا|بعد اليوم)\b(?! (?:في|ف|ب\S*|عشان|علشان|"
         r"لان|لاني|لانه|مسافر|مسافره|بسبب|عند|عندي)\b)|"
         r"(?:مش|ما|لن|مو|مب)(?: رح| راح| ح)? (?:\S+ )?(?:اكون|هكون|حكون|بكون|كون) (?:عايش|عايشه|"
         r"على قيد الحياه)|"
         # the time first: "next week I probably won't be here"
         r"(?:الاسبوع الجاي|الاسبوع القادم|الاسبوع الياي|الشهر الجاي|بعد اسبوع)(?: \S+){0,2} "
         r"(?:مش|ما|لن|مو|مب)(?: رح| راح| ح)? (?:\S+ )?(?:اكون|هكون|حكون|بكون|كون) (?:عايش|عايشه|"
         r"موجود|موجوده|هنا|معكم|معاكم)\b(?! (?:في|ف|ب\S*|عشان|علشان|لان|لاني|لانه|مسافر|مسافره|"
         r"بسبب|عند|عندي)\b)",
         framed="generic"),
    # -- pills: taking many, saving them ----------------------------------------
    rule("self_harm:method", "self_harm",
         "حبوب حبات دوا دواء ادويه بنادول مسكنات منومات برشام الحبوب الدوا الادويه البنادول "
         "المسكنات البرشام",
         r"(?:كل|علبه|علبة|شريط|كميه|كمية|كثير من|كتير من|مجموعه|عشرين|ثلاثين|تلاتين|عشر) "
         r"(?:من )?" + _PILLS_AR + r"(?: \S+){0,3}? (?:عشان|حتى|لكي|كي|علشان|منشان|مشان|و) ?"
         r"(?:اموت|انام وما اصحى|انام ولا اصحى|ارتاح من|اخلص من|مره وحده|مره واحده|بمره|دفعه وحده)|"
         r"(?:اخذت|اخدت|خذيت|بلعت|ابلع|اخذ|اخد|باخد|هاخد|حاخد|باخذ|راح اخذ|رح اخد|ناوي اخد|ناويه "
         r"اخد|بدي اخد|بدي ابلع|ابي اخذ|ابغى اخذ) (?:\S+ ){0,2}?(?:كل|علبه|علبة|شريط|كميه|كثير من|كتير "
         r"من) (?:من )?" + _PILLS_AR + r"|"
         r"(?:اجمع|بجمع|عم اجمع|قاعد اجمع|قاعده اجمع|جمعت|اخبي|بخبي|خبيت|مخبي|مخبيه|محوش|محوشه|بحوش|"
         r"حوشت|احوش|اخزن|خزنت|مخزن|مخزنه|بخزن) (?:\S+ ){0,2}?" + _PILLS_AR,
         framed="generic"),
    # -- rooftops / jumping -----------------------------------------------------
    rule("self_harm:method", "self_harm",
         "انط نط اقفز ارمي بنط هنط حنط بقفز راح رح نفسي حالي بحالي بنفسي",
         r"(?:انط|نط|اقفز|بنط|هنط|حنط|بقفز|سأقفز|ساقفز|انتط|ارمي نفسي|ارمي حالي|القي بنفسي|القي "
         r"نفسي|بارمي نفسي|هرمي نفسي|ح ارمي نفسي|رح ارمي حالي|بزت نفسي|اكب حالي|اكب نفسي)"
         r"(?: \S+){0,2}? (?:من )?(?:فوق |على |عن )?" + _ROOF_AR + r"|"
         r"(?:ارمي|بارمي|هرمي|ح ارمي|رح ارمي|راح ارمي|برمي) (?:نفسي|حالي) (?:من|قدام|تحت)",
         framed="generic"),
    # -- cutting, wounds, hiding scars, "again" ---------------------------------
    rule("self_harm:cutting", "self_harm",
         "اجرح بجرح جرحت اشطب بشطب شطبت اقطع بقطع قطعت اذي اؤذي اذيت اذيت بأذي باذي ضريت عورت "
         "وجعت جروحي الجروح الندوب ندوبي اكمام كم اخبي بخبي اغطي بغطي بداري اداري مخبيه الشفره "
         "بالشفره بالموس شفره موس رجعت",
         r"(?:اجرح|بجرح|بجرّح|جرحت|اشطب|بشطب|شطبت|اقطع|بقطع|قطعت|اذي|اؤذي|اذيت|بأذي|باذي|بآذي|ضريت|"
         r"عورت|وجعت|اضر|بضر|اعور|بعور) (?:نفسي|حالي)(?: \S+){0,2}? (?:تاني|مره ثانيه|مره تانيه|مره "
         r"اخرى|من جديد|كمان مره|ثاني|كمان|اليوم|امبارح|امس|البارحه|كل يوم|كل ليله|بالشفره|بالموس|"
         r"بالسكين|بالمشرط|بالكتر|بالقلم|بالمقص)|"
         r"(?:رجعت|عدت|رجعت تاني|رجعت ثاني) (?:ا|ب)?(?:جرح|اجرح|شطب|اشطب|قطع|اقطع|اذي|أذي|اؤذي|ضر|"
         r"اضر|عور|اعور) (?:نفسي|حالي|ايدي|يدي|دراعي|ذراعي|رجلي)|"
         r"(?:اجرح|بجرح|جرحت|اشطب|بشطب|شطبت|اقطع|بقطع|قطعت) (?:\S+ )?(?:ايدي|يدي|دراعي|ذراعي|"
         r"معصمي|رسغي|رجلي|فخذي|فخدي|بطني|جسمي) (?:\S+ )?(?:بالشفره|بالموس|بالمشرط|بالكتر|بشفره|"
         r"بموس|بالسكين|بسكين)|"
         r"(?:البس|بلبس|لابس|لابسه|بلبس|ببلس|البسها|اللبس) (?:\S+ ){0,2}?(?:اكمام طويله|كم طويل|بكم "
         r"طويل|بكمام طويله|اكمام|هودي|جاكيت)(?: \S+){0,5}? (?:عشان|حتى|لكي|كي|علشان|منشان|مشان|لحتى|"
         r"حتي|لاخبي|لاغطي|اخبي|اغطي|لأخفي|اخفي)(?: \S+){0,3}? (?:الجروح|جروحي|الندوب|ندوبي|اثار|"
         r"العلامات|علامات|الجرح|يشوف|يشوفوا|يشوفون|يرى|يلاحظ|يلاحظوا|تشوف|يعرف|يعرفوا|يشوفو)|"
         r"(?:اخبي|بخبي|اخفي|اغطي|بغطي|بداري|اداري|مخبيه|مخبي|مغطيه|خبيت|غطيت) (?:\S+ )?(?:الجروح|"
         r"جروحي|الندوب|ندوبي|اثار الجروح|اثار الجرح|علامات الجروح|الجرح|جرحي|اثار الشطب|الشطب) ",
         framed="generic"),
    # -- Arabizi: wanting to die, not wanting to live ---------------------------
    rule("self_harm:disclosure", "self_harm",
         az_triggers(_WANT_AZ.strip("(?:)").replace("|", " ")) + " a3ish a3eesh 3ish 3eesh a3yesh "
         "a3eish akammel akamel akmel yarait yaret yareit yarit yarety yareeteni yaretni yaritni "
         "yaraytni laitani laytani rait reit raitni retni",
         az(r"\b" + _WANT_AZ + r" (?:an |en |eni |ini |ane |enni )?" + _DIE_AZ + r"\b|"
            r"\b(?:mesh|mish|msh|mush|mo|mu|ma|mab|mani|mane|mbi|mabi|mabgha|mabade|mabadi)(?: " + _WANT_AZ
            + r")? (?:a3ish|a3eesh|3ish|3eesh|a3yesh|a3eish|akammel|akamel|akmel|akammel 7ayati|"
            r"akml 7yati|as7a bokra|a9a7a bokra|as7a tani)\b|"
            r"\b(?:yarait|yaret|yareit|yarit|yarety|yareeteni|yaretni|yaritni|yaraytni|laitani|"
            r"laytani|you rait|you ret|you reit|you rit|you raitni|you retni)"
            r" (?:\S+ )?(?:amot|amoot|amout|amut|mot|mt|mett|mitt|ma ddet|ma etwaladt|ma et?walad|"
            r"ma 5ele2t|makontesh|makontish|ma kunt)\b"),
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "ta3bt ta3abt t3bt ta3ban ta3bana ta3bane zah2an zah2ana zhe2t zehe2t zhgt zhe2ty mallet "
         "malet malleit maleit tafasht tfsht mafi mafish mafeesh mfish mafesh fayda faida ma3na m3na "
         "bdoni bdooni bdouni bidoni bidooni bedoni bedouni gheiri 8eri ghiri dooni douni "
         "yefta2edni hayefta2edni byefta2edni yfta2dni 7yefta2edni yi2fta2idni ykhtelf hayerta7o "
         "7ayerta7o yerta7o yirta7o birta7o byerta7o a7san afdal afdl mirta7in merta7in",
         az(r"\b(?:ta3bt|ta3abt|t3bt|ta3ab?t|ta3ban|ta3bana|ta3bane|ta3baneh|zah2an|zah2ana|zhe2t|"
            r"zehe2t|zhgt|zehe2ty|zhe2ty|mallet|malet|malleit|maleit|mallait|tafasht|tfsht|ta8at|"
            r"ye2est|y2st|ya2es|ya2sa)(?: (?:5alas|awi|ktir|kteer|wayed|mara|gedan|jedan))? "
            r"(?:mn|min|men|من) " + _LIFE_AZ + r"\b|"
            r"\b(?:mafi|mafish|mafeesh|mfish|mfesh|mafesh|mafee|mafe|ma fi|ma fee|mesh fi|mish fi|mo fi|"
            r"mu fi) (?:ay |ai |ayy )?(?:fayda|faida|fay2da|ma3na|m3na|sabab|da3i|lazma|hadaf|2ima) "
            r"(?:mn |min |men |le|l|la|lil|lel|f |fi )?(?:el ?|al ?)?(?:7aya|7ayati|7ayaty|7yati|"
            r"3ish|3eesh|a3ish|a3eesh|3isha|3ishti|3eshti|3ayesh|wjoodi|wgoodi|wojodi|wujudi|"
            r"akammel|akamel)\b|"
            r"\b(?:7ayati|7ayaty|7yati|7yaty|el ?7aya|al ?7aya|3ishti|3eshti|wgoodi|wjoodi) "
            r"(?:malhash|malha|maleha|mlha|mlhash|ma laha|ma leha|bala|bdun|bdoon|bedon|mlhesh|"
            r"ma ilha|mailha|malhaash|ma elha|malhash ay|mlhash ay) (?:ay |ai )?"
            r"(?:ma3na|m3na|fayda|faida|lazma|2ema|qeema|qima|kima|6a3m|ta3m)\b|"
            r"\b(?:a7san|afdal|afdl|ar7am|mirta7in|merta7in|hayerta7o|7ayerta7o|yerta7o|yirta7o|"
            r"birta7o|byerta7o|ra7 yerta7o|ra7 yirta7o|rah yirta7o|hayeb2o a7san|7ayeb2o a7san|"
            r"ykono a7san|ykuno a7san|bi9iro a7san|biseero a7san)(?: \S+){0,2}? (?:bdoni|bdooni|"
            r"bdouni|bidoni|bidooni|bidouni|bedoni|bedouni|bedooni|mn gheiri|mn ghairi|mn ghiri|"
            r"mn 8eri|mn 8eiri|mn 8iri|mn 8ery|men gheiri|min gheiri|mn dooni|mn douni|mn doni|"
            r"men dooni|law mot|law mt|law met|law mett|law mitt|iza mt|iza mot|eza mot|eza mt|"
            r"eza mitt|lama amot|lamma amot|lma amot|law e5tafet|law ekhtafet)\b|"
            r"\b(?:ma7ad|ma7adesh|ma7adsh|m7d|m7ad|ma 7ad|ma 7ada|ma7ada|wala 7ad|wla 7ad|la a7ad|"
            r"7ad|7ada) (?:\S+ )?(?:ra7 |rah |7a |ha |b)?(?:yefta2edni|yefta2dni|yfta2dni|"
            r"yefte2edni|yifta2idni|yftkdni|yefteqidni|hayefta2edni|7ayefta2edni|byefta2edni|"
            r"ye7es biya|hayeh?es biya|yez3al 3alaya|hayez3al 3alaya|yla7ez|yela7ez|hayela7ez|"
            r"yehtam law|y?farre2 ma3ah|hayefre2 ma3ah|hay?efre2 m3ah|hayefre2lo)\b"),
         framed="generic"),
    rule("self_harm:finality", "self_harm",
         "resala risala rsala message resalti wada3an wda3an sam7oni sam7ooni sam7ouni samhoni "
         "tshofoni tshoofoni tshoufoni tshufuni hatshofoni 7atshofoni shofoni hakon hakoon 7akon "
         "akon akoon bkon bkoon kon koon hakoun",
         az(r"\b(?:a5er|a5ir|akher|akhir|a5r) (?:resala|risala|rsala|message|resaleh|risale|rsale) "
            r"(?:meni|mni|mny|menni|minni|liko|lekom|lkom|elkom|likom|liku|likon|lakom|ab3atha|"
            r"ba3atha|hab3atha|akteb?ha)\b|\b(?:resalti|risalti|rsalti) el (?:a5era|akhira|a5ira|"
            r"akheera)\b|\b(?:wada3an|wda3an|wada3) (?:lel ?kol|lilkol|lil kol|you donya|you dunya|"
            r"lel abad|lil abad|you gama3a|you jama3a)\b|"
            r"\b(?:sam7oni|sam7ooni|sam7ouni|sam7uni|sam7ony) (?:3ala|3la|3al|3an|3n|on) (?:kol|kul|"
            r"koll) (?:7aga|shi|shy|shay|shee|eshi|7aja)\b|"
            r"\b\w*(?:shofoni|shoofoni|shoufoni|shufuni|shofouni|shufoni|shoufouni) (?:tani|tany|"
            r"mara tanya|mara tania|marra tanya|marra tanye|ba3d el ?yom|ba3d el ?youm|ba3d "
            r"elyoum|abadan|abadn|ba3d kda|ba3d keda|ba3d hek)\b|"
            r"\b(?:mesh|msh|mish|mush|ma|mo|mu|mb|lan)(?: ra7| rah| 7a| ha)? (?:hakon|hakoun|7akon|"
            r"akon|akoon|akun|bkon|bkoon|kon|koon|7akoon|hakoon|hkon) (?:3ayesh|3aysh|3aysha|"
            r"3ayesha|3ayish|3a2esh|3aish|3aysheh|3ayshe|mawgod|mawgood|mawgoud|mawjood|mawjud|mawjoud|"
            r"mawgooda|mawgoda|mawjooda|mawjoude|hena|hon|hina|m3akom|ma3akom|ma3kom)"
            r" (?:\S+ )?(?:el esbo3|el usbu3|el osbo3|elesbo3|elusbu3|el osbou3|al osbo3|esbo3|"
            r"el jom3a|bokra|bukra|bokrah|bukrah|ba3d esbo3|ba3d osbo3|el shahr|ba3d el ?yom)"
            r"(?: el gai| el gay| el jai| el jay| el 2adem)?\b(?! (?:fel|fil|fi|f|3ashan|3shan|la2en|"
            r"l2n|msafer|msafra|3and|bsabab)\b)|"
            r"\b(?:mesh|msh|mish|mush|ma|mo|mu|mb|lan)(?: ra7| rah| 7a| ha)? (?:hakon|hakoun|7akon|"
            r"akon|akoon|akun|bkon|bkoon|kon|koon|7akoon|hakoon|hkon) (?:3ayesh|3aysh|3aysha|"
            r"3ayesha|3ayish|3a2esh|3aish|3aysheh|3ayshe)\b"),
         framed="generic"),
    rule("self_harm:method", "self_harm",
         "7obob 7oboob 7boob 7bob 7ubub 7bub 7bab 7abbat 7abat dawa adwya adwiya adweya panadol "
         "banadol mosakenat msaknat bersham barsham pills anot an6 ana6 banot hanot a2foz "
         "aqfez a2fez armi army barmi harmi 7armi ba2foz ha2foz 7a2foz",
         az(r"\b(?:kol|kul|3elbet|3elbat|3olbet|3ilbet|3elba|shareet|shreet|shree6|sharee6|kteer|"
            r"ktir|kter|kitir|ktiir|wayed|kamiya|kammeya|kmiye|kemya|3eshreen|3ishrin|3shreen|"
            r"3ashar|tlateen|thalatheen) (?:men |mn |min )?" + _PILLS_AZ + r" "
            r"(?:mara wa7da|mara we7da|marra wa7de|dof3a wa7da|ma3 ba3d|m3 b3d|kollohom|kolha|"
            r"3ashan amot|3shan amot|la amot|7atta amot|3ashan anam w ma as7ash|3ashan artaa?7)\b|"
            r"\b(?:5adt|akhadt|a5adt|5att|5adet|bal3t|bala3t|abla3|babla3|ebla3|a5od|akhod|a5ud|"
            r"akhud|ba5od|bakhod|ha5od|hakhod|7a5od|a5dh|akhdh|akhath|ba5edh|bakhedh|na?wi a5od|"
            r"nawya a5od|bade a5od|badi a5od|3ayez a5od|3ayza a5od|abi a5edh|abgha a5edh) "
            r"(?:\S+ ){0,2}?(?:kol|kul|3elbet|3elbat|3olbet|3ilbet|3elba|shareet|shreet|kteer|ktir|"
            r"kter|kitir|wayed|kamiya|kammeya) (?:men |mn |min )?" + _PILLS_AZ + r"\b|"
            r"\b(?:bagama3|bajma3|bajama3|bgm3|bjm3|agma3|ajma3|agama3|gama3t|jama3t|jma3t|gm3t|"
            r"ba5abi|bakhabi|bakhabbi|ba5abbi|5abeit|khabeit|5abet|khabet|5abbet|m5abi|mkhabi|"
            r"m5abya|mkhabya|me5abi|mekhabi|me5abya|ba7awesh|bahawesh|7awesht|hawasht|m7awesh|"
            r"mhawesh|m7awsha|ba5azen|b5azen|5azant|khazant|m5azen|m5azna) (?:\S+ ){0,2}?"
            + _PILLS_AZ + r"\b|"
            r"\b(?:anot|an6|ana6|banot|ban6|hanot|han6|7anot|7an6|a2foz|aqfez|a2fez|aqfiz|"
            r"ba2foz|ha2foz|7a2foz|armi nafsi|army nafsy|armi nafsy|army nafsi|barmi nafsi|"
            r"harmi nafsi|7armi nafsi|armi 7ali|barmi 7ali|ra7 armi 7ali|ra7 armi nafsi)"
            r"(?: \S+){0,2}? (?:mn |min |men |mel |mil )?(?:fo2 |foo2 |fou2 |fog |foq |3an )?"
            + _ROOF_AZ + r"\b"),
         framed="generic"),
    rule("self_harm:cutting", "self_harm",
         "gra7t jara7t gara7t jra7t garaht jar7t gar7t azeit 2azeit 2zet azet aazet 2atta3t 2ata3t "
         "shata6t shatat wga3t wja3t dareit darreit 2aza aza agra7 bagra7 ajra7 bajra7 ashta6 "
         "bashta6 a2ta3 ba2ta3 a2ati3 rege3t rje3t rj3t reg3t rja3t kom kumm akmam 2akmam "
         "ba5abi bakhabi a5abi akhabi badari adari baghati bagha66i agha66i aghatti",
         az(r"\b(?:gra7t|jara7t|gara7t|jra7t|garaht|jar7t|gar7t|azeit|2azeit|2zet|azet|aazet|"
            r"2aazet|2atta3t|2ata3t|shata6t|shatat|wga3t|wja3t|dareit|darreit|2azet|agra7|bagra7|"
            r"ajra7|bajra7|ashta6|bashta6|a2ta3|ba2ta3|a2ati3|ba2ati3|a2azi|ba2azi|2aazi|b2azi) "
            r"(?:nafsi|nafsy|nfsi|7ali|7aly|roo7i|ro7i)(?: \S+){0,2}? (?:tani|tany|kaman|kman|"
            r"mara tanya|mara tania|marra tanya|mara thanya|thani|sani|tani marra|mn gdid|mn jdid|"
            r"men jadid|min jdeed|el naharda|ennaharda|el yom|elyoum|embare7|mbare7|ems|kol yom|"
            r"kol youm|kol lela|kol leila|bel shafra|bil shafra|bel moos|bel mous|bil mous|"
            r"bel cutter|bel sekina|bel sekkina|bil sekkeen)\b|"
            r"\b(?:rege3t|rje3t|rj3t|reg3t|rja3t|rgeat|ragaat) (?:a|ba|b|e)?(?:gra7|jra7|gare7|jare7|"
            r"2ata3|2ate3|2a6a3|2azi|azi|shta6|shata6|2a22i) (?:nafsi|nafsy|7ali|7aly|roo7i|ro7i|"
            r"edi|eidi|iidi|dra3i|dera3i|zra3i)\b|"
            r"\b(?:kom|kumm|akmam|2akmam|sleeves|sleeve|hoodie) (?:6awil|tawil|taweel|6aweel|6wal|"
            r"twal|tiwal|tewal|6wila|tawila|taweela|6awila|long)(?: \S+){0,6}? (?:\w*gro7|\w*jro7|"
            r"\w*jrou7|\w*gorou7|\w*groo7|\w*jroo7|\w*gar7|\w*jar7|\w*gro7i|\w*jro7i|el 3alamat|"
            r"3alamat|scars|el scars|ndob|nodob|ne?dobi|ma7adsh yshof|ma7ad yshof|ma 7ad yshof|"
            r"ma7adsh yshoof|ma 7ada yshof|ma7ad y?shouf|ahli ma yshofo|ahli maysh?ofo)\b|"
            r"\b(?:ba5abi|bakhabi|a5abi|akhabi|ba5abbi|badari|adari|baghati|bagha66i|agha66i|aghatti|"
            r"m5abya|mkhabya|5abeit|khabeit|8a66eit|ghatteit|ghateit) (?:\S+ )?(?:el ?)?(?:gro7|"
            r"jro7|jrou7|gorou7|groo7|jroo7|gro7i|jro7i|gro7y|jro7y|3alamat|scars|nodob|ndob|"
            r"athar el gro7|asar el gro7|athar el jro7)\b"),
         framed="generic"),
    # -- telling someone else to die (bullying + self_harm, as in the family rules)
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "موت موتي انتحر انتحري اقتل اقتلي نفسك حالك تموت تموتي تنتحر تنتحري ياخدك ياخذك ريحنا "
         "ريحينا",
         r"(?:روح|روحي|رح|روحو|قوم|قومي) (?:\S+ )?(?:موت|موتي|انتحر|انتحري|اقتل نفسك|اقتلي نفسك|"
         r"اقتل حالك|اقتلي حالك|موّت نفسك)\b|"
         r"(?:اقتل|اقتلي|موت|موتي|موّت|موّتي|اشنق|اشنقي) (?:نفسك|حالك)\b|"
         r"(?:ليش|ليه|لماذا|ليش ما|ليه ما|لماذا لا|ليه مش|ليه م) ?(?:ما |لا |م)?(?:تموت|تموتي|تموتش|"
         r"تموتيش|تنتحر|تنتحري|تنتحرش|تقتل نفسك|تقتلي نفسك)\b|"
         r"(?:يا ?ريت|ياريتك|ان شاء الله|انشالله|انشاءالله|يا رب|يارب|الله|عسى|عساك|اتمنى) "
         r"(?:\S+ )?(?:تموت|تموتي|تنتحر|تنتحري|ياخدك|ياخذك|يخلصنا منك|ياخد روحك|ياخذ روحك)\b|"
         r"(?:تموت|تموتي|موت|موتي|انتحر|انتحري) (?:و ?تريحنا|و ?تريحينا|وريحنا|وريحينا|احسن لك|احسن "
         r"لكي|احسنلك|احسن للكل|احسن لنا|احسنلنا)|(?:ريحنا|ريحينا|ريحونا) منك|"
         r"(?:محد|ما حد|محدش|ماحد|لا احد) (?:\S+ )?(?:هيزعل|بيزعل|رح يزعل|سيحزن|حيزعل|يزعل) "
         r"(?:عليك|عليكي) (?:لو|اذا) (?:مت|متي|انتحرت|انتحرتي)"),
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "mot moot mout mut moti mooti mouti muti ento7er ente7er enta7er ento7eri ente7eri "
         "enta7eri 2tol o2tol e2tel otol i2tal 2tel 2otli o2tli e2teli tmoot tmot tmut tmoti "
         "tmooti temoot temot ta5dak takhdak ya5dak yakhdak yaa5dak yakhodak re7na ri7na ree7na "
         "r7na rayye7na",
         az(r"\b(?:roo7|ro7|rou7|ru7|roo7i|ro7i|rou7i|ru7i|rou7o|2oom|2omi) (?:\S+ )?(?:mot|moot|"
            r"mout|mut|moti|mooti|mouti|muti|ento7er|ente7er|enta7er|ento7eri|ente7eri|enta7eri|"
            r"2tol nafsak|o2tol nafsak|e2tel nafsak|otol nafsak|o2toli nafsek|e2teli 7alik|"
            r"2tol 7alak|i2tal 7alak)\b|"
            r"\b(?:2tol|o2tol|e2tel|o2tl|eqtel|uqtul|otol|i2tal|2tel|2etel|2tli|o2toli|e2teli|2otli|"
            r"o2tli|i2tli|mawet|mawwet|mawti|mawweti) (?:nafsak|nafsek|nafsik|nafsk|nfsk|7alak|"
            r"7alek|7alik|7alk)\b|"
            r"\b(?:you ?rait|you ?ret|yarayt|yaret|yareit|yarit|yaretak|yaritak|yaretek|yaritik|"
            r"inshallah|inshalla|insha allah|nshalla|nshallah|enshallah|ensha2allah|inshalah|"
            r"you rab|you rabb|yarab|yarabb|allah|3asa|3asak) (?:\S+ )?(?:tmoot|tmot|tmut|tmoti|"
            r"tmooti|tmouti|tmuti|temoot|temot|temooti|ta5dak|takhdak|ya5dak|yakhdak|yaa5dak|"
            r"yakhodak|yo5dak|yekhdak|yakhedak|yo5odak|ya5dek|yakhdek|tento7er|tent7er)\b|"
            r"\b(?:moot|mot|mout|mut|tmoot|tmut|tmot|moti|mooti|mouti) w ?(?:re7na|ri7na|ree7na|"
            r"r7na|rayye7na|rayya7na|ri7ina|re7ina|ree7ina)\b|"
            r"\b(?:leh|lesh|lish|leish|laish|lih) (?:ma|mat|m)? ?(?:tmoot|tmot|tmut|tmootsh|"
            r"tmotsh|tmoti|tmootish|tento7er|tent7er|tente7er|to2tol nafsak)\b")),
    # -- sixth wave: exhaustion with everything, "nothing matters to me", farewell
    # sign-offs, burning oneself, past attempts, rooftops (first person)
    rule("self_harm:hopeless", "self_harm", "تعبت يهمني بيهمني معنى",
         r"تعبت من كل (?:شي|شيء|اشي|حاجه|شئ)\b[^.!?]{0,12}(?:خلاص|ما عاد|ماعاد|ما عدت|مابقى|ما بقى|"
         r"مش قادر|مو قادر|ما اقدر|مقدرش|ما عاد فيني|بدي ارتاح)|(?:ما في|مافي|ما فيه|مفيش|مافيش|ما عاد "
         r"في|لا) (?:اي |أي )?(?:شي|شيء|حاجه|شئ) (?:عاد )?(?:يهمني|بيهمني|يفرق معي|له معنى|اله معنى|الو "
         r"معنى)(?= ?[.!?]| ?$| بعد| خلاص| ابدا| في (?:الدنيا|الحياه|حياتي))",
         framed="generic"),
    rule("self_harm:finality", "self_harm", "السلامه وداعا باي للابد",
         r"شكرا (?:على|ع|علي|لكم على) كل (?:شي|شيء|اشي|حاجه)\b[^.!?]{0,12}(?:مع السلامه|وداعا|باي|"
         r"الوداع)|(?:مع السلامه|وداعا|باي|الوداع) (?:\S+ )?للابد",
         framed="generic"),
    rule("self_harm:finality", "self_harm", "abad abd",
         az(r"\b(?:bye|wada3an|wada3a|ma3 ?el ?salama|ma3 ?salama|m3 salama) (?:\S+ )?(?:lel|lil|"
            r"la|l) ?(?:abad|abd)\b"), framed="generic"),
    rule("self_harm:injury", "self_harm", "احرق حرقت بحرق اكوي كويت بكوي",
         r"(?:احرق|حرقت|بحرق|اكوي|كويت|بكوي) (?:نفسي|حالي|ايدي|يدي|جلدي)\b[^.!?]{0,15}(?:ولاعه|"
         r"قداحه|سيجاره|سجاره|سيجاره|كبريت|مكوه|عمدا|عن قصد|قصدا|بقصد|كل يوم|دايما|لما)",
         framed="generic"),
    rule("self_harm:injury", "self_harm", "jara7t gara7t jra7t gra7t jaratt jaraht gratt",
         az(r"\b(?:jara7t|gara7t|jra7t|gra7t) (?:nafsi|nafsy|7ali)(?: \S+){0,2}? (?:tanye|"
            r"tanyeh|tanyi|tanya|kaman|kamen)\b"), framed="generic"),
    rule("self_harm:attempt", "self_harm", "حاولت جربت",
         r"(?:المره اللي فاتت|المره الي فاتت|المره الماضيه|اخر مره|اول مره|لما|قبل) (?:\S+ ){0,3}?"
         r"(?:حاولت|جربت)\b[^.!?]{0,30}(?:حبوب|حبات|بلعت|انتحر|اموت|المستشفى|انط|اقتل نفسي|اشنق)",
         framed="generic"),
    rule("self_harm:planning", "self_harm", "انط اقفز انطط ارمي",
         r"(?:فوق|على|ع) " + _ROOF_AR + r"\b[^.!?]{0,20}(?:افكر|بفكر|ناوي|ناويه|راح|رح|بدي|ابي|"
         r"ابغى|اريد|عايز|عايزه) (?:ان |اني )?(?:انط|اقفز|ارمي نفسي|انطط|انزل)",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "nam anam",
         az(r"\b" + _WANT_AZ + r" (?:a|e)?nam (?:w|we|wa|o) ?(?:ma|mat|la|mo) ?(?:as7a|os7a|es7a|"
            r"2oum|a2oum|oum|a9'7a|as7i)\b"), framed="generic"),
]


GROOMING: list[Rule] = [
    # -- secrecy (dialects) -----------------------------------------------------
    rule("grooming:secrecy", "grooming",
         "سر سري بيننا بينا بيني متقوليش متقولش ماتقولي ماتقول ماتحكي متحكيش ماتخبري اوعى اوعي "
         "اياك تقول تقولي تحكي تحكيلي تخبري تخبر تعلمي تعلم تبلغي يعرف يدري يعلم يعرفوا",
         r"(?:خليها|خليه|خلي الموضوع|خلي الكلام|خلي هذا|خلي هاد|خلي ده|خليه) (?:\S+ )?(?:سر |سري )?"
         r"(?:بيننا|بينا|بيني وبينك|بيناتنا|عن اهلك|عن امك|عن ابوك|عن مامتك|عن الكل)|"
         r"سر (?:بيني وبينك|بينا|بيننا|ما بيننا|ما بينا)|"
         r"(?:بيني وبينك|بيننا|بينا) (?:وبس|بس|فقط)\b|"
         r"(?:متقوليش|متقولش|ماتقولي|ماتقول|ماتحكي|ماتحكيلي|متحكيش|متحكيلهمش|ماتخبري|ماتخبر|"
         r"متعرفيش|ماتعلمي|متجبيش سيره|متجيبيش سيره|ماتجيبي طاري|(?:ما|لا|اوعى|اوعي|اياك|اياكي|"
         r"اوعا|حاذر|حذاري) (?:\S+ )?(?:تقول|تقولي|تقوليش|تقولش|تحكي|تحكيلي|تخبري|تخبر|تعلمي|تعلم|"
         r"تبلغي|تبلغ|تعرفي|تجيبي سيره|تجيب سيره|تجيبي طاري|تورجي|توري|تفرجي|تفرجي))"
         r"(?: \S+){0,2}? " + _FAMILY_AR + r"\b|"
         r"(?:محد|محدش|ماحد|ما حد|لا احد|ولا حد|ما حدا|ماحدا|حد|حدا|احد) (?:لازم|يجب ان|يجب|المفروض|"
         r"مش لازم|ما لازم|ما بدو|ما يجب|لازمش|مفروض) (?:\S+ )?(?:يعرف|يدري|يعلم|يعرفش|يعرفوا|يدرى)|"
         r"(?:كلامنا|حديثنا|محادثتنا|علاقتنا|صداقتنا|الشات|المحادثه|الموضوع ده|هالموضوع|هاد الشي|"
         r"هذا الشي|هذا الشيء|اللي بينا|اللي بيننا|الي بيننا) (?:\S+ ){0,2}?(?:سر|سري|يبقى بينا|"
         r"يظل بيننا|يضل بينا|يضل بيناتنا|بيننا وبس|بينا وبس|محد يعرف عنه|محدش يعرف عنه)"),
    rule("grooming:secrecy", "grooming",
         "sir ser serr sirr sirri seri sr matoolish mat2olish mat2ulish matolesh mat2oleesh "
         "mat2olish mat2ol mat2oli mat2ooli t2oli t2ool t2ul t2uli tqoul tgool tgoli t7ki mat7ki "
         "t7kili mat7kish mat7kesh t5abbir tkhabir t5abri ewa iwa e3o aw3a ow3a ew3a ew3i ow3i aw3i "
         "bas benna bena benatna baynatna bainatna beinatna",
         az(r"\b(?:sir|ser|serr|sirr|sirri|seri|sr) (?:\S+ )?(?:benna|bena|beina|baynatna|benatna|"
            r"bainatna|beinatna|bainna|baynna|beinna|beni w ?benak|beni w ?benek|bayni w ?baynak|"
            r"bayni w ?baynek|beny w ?bynk|bni w ?bnk|bini w ?binik|benatena)\b|"
            r"\b(?:5aleeh|5aleh|khalih|khalli|5alli|5ali|khali|5aleha|khaliha|5aliha|khalleeha|"
            r"5alliha|5alih|5allih) (?:\S+ )?(?:(?:sir|ser|serr|sirr) )?(?:benna|bena|benatna|"
            r"baynatna|beinatna|beni w ?benak|bayni w ?baynak|beny w ?bynk|bini w ?binik)\b|"
            r"\b(?:beni|bayni|bini|beny|bni) w ?(?:benak|baynak|binak|bynk|bnk|benek|baynek|binek|"
            r"binik) (?:w ?bas|bas|bss|bs|fa2at|faqat)\b|"
            r"\b(?:matoolish|mat2olish|mat2ulish|matolesh|mat2oleesh|mat2olsh|mat2ulsh|mat2olesh|"
            r"mat2ol|mat2oli|mat2ooli|matqoli|matgoli|matgool|mat7ki|mat7kili|mat7kish|mat7kesh|"
            r"mat7kilhomsh|mat5abri|matkhabri|mat3arafish|(?:ma|la|ewa|iwa|e3o|aw3a|ow3a|ew3a|ew3i|"
            r"ow3i|aw3i|eyak|iyak|iyyaki|eyaki) (?:\S+ )?(?:t2oli|t2ool|t2ol|t2ul|t2uli|tqoul|tqoli|"
            r"tgool|tgoli|tgol|t7ki|te7ki|t7kili|t5abbir|tkhabir|t5abri|t5abir|t3arfi|t3arraf|"
            r"tjibi sirt|tgibi sirt|t2oleesh|t2olish|t2olesh))(?: \S+){0,2}? " + _FAMILY_AZ + r"\b")),
    # -- moving to another app or a private chat --------------------------------
    rule("grooming:off_platform", "grooming",
         "واتس واتساب الواتس الواتساب واتسب وتس سناب السناب سنابشات انستا الانستا انستقرام "
         "انستغرام الانستقرام الانستغرام تليجرام التليجرام تلغرام التلغرام تيليجرام التيليجرام "
         "تلجرام ديسكورد الديسكورد ماسنجر المسنجر خاص الخاص برايفت البرايفت رقمك حسابك يوزرك "
         "سنابك انستك واتسك حسابك",
         r"(?:نكمل|نكملو|خلينا|خلينا نكمل|خلينا نحكي|خلينا نتكلم|تعالي|تعال|تعالى|كلميني|كلمني|"
         r"راسليني|راسلني|ضيفيني|ضيفني|اضيفك|اضيفكي|بضيفك|هضيفك|حضيفك|نتكلم|نحكي|نسولف|نتواصل|"
         r"تواصلي|تواصل|خشي|خش|ادخلي|ادخل|نروح|ننتقل|انتقلي|كلمني|حاكيني|حاكيني|دقيلي|دقلي|"
         r"رني|رنيلي|اتصلي|ابعتيلي|ابعتلي|ارسليلي|ارسلي|ارسل|ابعت|راسلي) (?:\S+ ){0,2}?"
         r"(?:على|ع|في|بال|فى|عال|عل|عالـ|لل|ل|ب|علي|عبر)? ?" + _PLATFORM_AR + r"\b|"
         r"(?:ابعتلي|ابعتيلي|ابعثلي|ارسلي|ارسليلي|ارسل لي|اعطيني|عطيني|هات|هاتي|اديني|اديني|عطني|"
         r"عطيني|ادّيني|شو|ايش|وش|ايه|ممكن|بدي|عايز|عايزه|ابغى|ابي|ودي|اكتبلي|اكتبيلي) (?:\S+ )?"
         r"(?:رقمك|رقم تلفونك|رقم جوالك|رقم موبايلك|رقم الواتس|واتسك|حسابك|سنابك|انستك|يوزرك|"
         r"اليوزر|حساب الانستا|تيليجرامك|رقم تليفونك|نمرتك|رقم هاتفك|رقم فونك)|"
         r"(?:عندك|عندكي|معاك|معك|معكي|عندك حساب|عندكي حساب|في عندك) (?:\S+ )?" + _PLATFORM_AR
         + r"(?! \S+ (?:ولا|او) )"),
    rule("grooming:off_platform", "grooming",
         "kalemni kallemni kalmni klmni kalimni kalmini kalmeeni kalimini raseleni rasleni rasilni "
         "rasilini raselni daifni daifini dayfini 9ayfini dayefni 9ayefni 9ayfni 6ayefni deefni "
         "dafni edifni adafni adeefak "
         "adifak badifak hadyfak hadayfak 7adifak ta3ala ta3ali t3al t3ali yalla yala khalina "
         "5alina 5alena khaleena khallina nkammel nkamel nkml netkalem nitkallam netkallem ntklm "
         "n7ki ne7ki nesolf nsolf nsawlef ntwasal netwasal kamli kammeli ed5ol od5ol 5osh khosh "
         "ab3atli ab3atly ab3tli eb3atli eb3tli eb3atili ab3atili arsili arsli ersili ersli a3tini "
         "a3teeni 3tini 3teeni edini eddini momken mumkin mmkn 3andak 3andek 3andik 3ndk 3indak "
         "3indik m3ak ma3ak ma3ek m3ki ma3ik",
         az(r"\b(?:kalemni|kallemni|kalmni|klmni|kalimni|kalmini|kalmeeni|kalimini|kallimini|"
            r"raseleni|rasleni|rasilni|rasilini|rasilny|raselni|daifni|daifini|dayfini|9ayfini|dayefni|9ayefni|9ayfni|"
            r"6ayefni|deefni|dafni|edifni|adafni|deefini|da?yfini|adeefak|adifak|badifak|hadyfak|"
            r"hadayfak|7adifak|ha?deefek|ta3ala|ta3ali|t3al|t3ali|ta3a|ta3i|yalla|yala|khalina|"
            r"5alina|5alena|khaleena|khallina|nkammel|nkamel|nkml|nkamil|netkalem|nitkallam|"
            r"netkallem|ntklm|n7ki|ne7ki|ni7ki|nesolf|nsolf|nsawlef|ntwasal|netwasal|kamli|kammeli|"
            r"kamel|kammel|ed5ol|od5ol|ud5ul|5osh|khosh|5oshi|rou7|ro7|ruh|roo7|ro7i) "
            r"(?:\S+ ){0,2}?(?:3a|3ala|3la|3al|3l|ala|aal|fi|fe|f|bel|bil|b|on|to|3ale|3le)? ?"
            + _PLATFORM_AZ + r"\b|"
            r"\b(?:ab3atli|ab3atly|ab3tli|ab3tly|eb3atli|eb3atly|eb3tli|eb3atili|ab3atili|arsilli|"
            r"arsili|arsli|ersili|ersli|a3tini|a3teeni|a36ini|3tini|3teeni|edini|eddini|iddini|"
            r"hat|hati|shu|sho|esh|eish|wesh|eh|momken|mumkin|mmkn|ekteb?li|oktobli) (?:\S+ )?"
            r"(?:ra2mak|ra2mek|ra2mik|rqmk|r2mk|ra?2m?ak|nemretak|nemretek|nemrtk|nmrtk|"
            r"ra2m el (?:whats|whatsapp|wats|mobile|telephone|phone|tel)|7esabak|7esabek|7sabk|"
            r"7isabik|accountak|accountek|snapak|snapek|instak|instek|userak|userek|el user|"
            r"usernamak|whatsak|whatsek|watsak|watsek|numberak|numberek)\b|"
            r"\b(?:3andak|3andek|3andik|3ndk|3indak|3indik|m3ak|ma3ak|ma3ek|m3ki|ma3ik) "
            r"(?:\S+ )?" + _PLATFORM_AZ + r"\b(?! \S+ (?:wala|walla|aw|or) )"),
         requires="whats whatsapp whatsap watsap watsapp wats watts wts wtsap wtsp wassap snap "
                  "instagram tele telegram telegrm tilegram tlgrm telgram discord disc messenger "
                  "facebook tiktok kik private pv 5a9 5as khas 5a9a dm dms ra2mak ra2mek ra2mik rqmk "
                  "r2mk nemretak nemretek nemrtk nmrtk ra2m 7esabak 7esabek 7sabk 7isabik accountak "
                  "accountek snapak snapek instak instek userak userek user usernamak whatsak whatsek "
                  "watsak watsek numberak numberek"),
    # -- photo, video call and camera requests ----------------------------------
    rule("grooming:photo_request", "grooming",
         "ابعتيلي ابعتلي ابعثيلي ابعثلي ارسليلي ارسلي ارسل ابعتي طرشيلي طرشلي دزيلي دزلي طرشي دزي "
         "صوريلي صورلي وريني وريلي فرجيني فرجيلي اشوف شوف افتح افتحي فتحي شغل شغلي ولعي كاميرا الكاميرا "
         "الكام كام فيديو كول كال مكالمه اتصال فيس فيستايم",
         r"(?:ابعتيلي|ابعتلي|ابعثيلي|ابعثلي|ارسليلي|ارسلي لي|ارسلي|ارسل لي|ابعتي|ابعتي لي|طرشيلي|"
         r"طرشلي|دزيلي|دزلي|دزي|طرشي|صوريلي|صورلي|صوري لي|صور لي|وريني|وريلي|فرجيني|فرجيلي|خليني "
         r"اشوف|بدي شوف|بدي اشوف|عايز اشوف|ابي اشوف|ابغى اشوف|ودي اشوف|نفسي اشوف|ممكن اشوف|ممكن "
         r"تبعتيلي|ممكن ترسليلي|ممكن ترسلي|ممكن تبعتي|تبعتيلي|ترسليلي|تبعتلي|ترسلي) (?:\S+ ){0,2}?"
         r"(?:صورتك|صورتكك|صورك|صوره لك|صوره ليكي|صوره لكي|صوره ليك|صوره منك|صوره الك|صوره الكي|"
         r"صوره لوجهك|صوره وجهك|صوره جسمك|صوره كامله|سيلفي|فيديو لك|فيديو ليكي|فيديو لكي|فيديو الك|"
         r"وجهك|شكلك|جسمك|صوره لحالك|صوره وانتي|صوره وانت|صوره ل?شكلك)|"
         r"(?:افتح|افتحي|فتحي|شغل|شغلي|ولعي|دوري|حطي|شغلي) (?:\S+ )?(?:الكاميرا|كاميرا|الكام|كام|"
         r"الكاميره|كاميره|الفيديو)\b|"
         r"(?:نعمل|نسوي|تعالي|تعال|خلينا|يلا|يالله|ممكن|بدي|عايز|عايزه|ابي|ابغى|ودي|نتكلم|نحكي|"
         r"نسولف|نفتح|بنعمل|هنعمل|نسويها|ندق) (?:\S+ ){0,2}?(?:فيديو كول|فيديو كال|مكالمه فيديو|"
         r"كول فيديو|كال فيديو|اتصال فيديو|فيس تايم|فيستايم|video call|facetime)"),
    rule("grooming:photo_request", "grooming",
         "ab3atli ab3atly ab3ateli ab3atily ab3tli ab3tly ba3atili ba3atily ba3atli eb3atli "
         "eb3atili eb3tli eb3atly eb3tili ab3thli eb3thli arsilli arsili arsli arsely arseli "
         "ersili ersli ersely 6arshli tarshli 6arshili tarshili dezli dizli dezzili dizzili dezily "
         "warrini warini wareni waryni worini farjini farjeeni ferjini sawarli sawarili sawerli "
         "sawerili sawri sawarly efta7 eftah efta7i eftahi fta7 fta7i sha8al sha8ali shaghal "
         "shaghli shaghali n3mel na3mel n3ml nsawi nsawy yalla yala ta3ala ta3ali momken mumkin "
         "mmkn bade badi 3ayez 3ayza abi abgha t3al 5alina khalina teb3atli teb3atili tb3atli "
         "tersili tersli",
         az(r"\b(?:ab3atli|ab3atly|ab3ateli|ab3atily|ab3tli|ab3tly|ba3atili|ba3atily|ba3atli|"
            r"eb3atli|eb3atili|eb3tli|eb3atly|eb3tili|ab3thli|eb3thli|arsilli|arsili|arsli|arsely|"
            r"arseli|ersili|ersli|ersely|ersilly|6arshli|tarshli|6arshili|tarshili|dezli|dizli|"
            r"dezzili|dizzili|dezily|warrini|warini|wareni|waryni|worini|warreeni|farjini|"
            r"farjeeni|ferjini|sawarli|sawarili|sawerli|sawerili|sawri|sawarly|badi shof|bade shouf|"
            r"bade choof|3ayez ashof|3ayz ashof|3awez ashof|abi ashof|abgha ashof|abga ashoof|"
            r"nefsi ashof|weddi ashof|wdi ashof|5alini ashof|khallini ashof|5alini ashuf|"
            r"momken ashof|mumkin ashuf|teb3atli|teb3atili|tb3atli|tersili|tersli) "
            r"(?:\S+ ){0,2}?(?:sortak|sortek|soritik|sortik|sortk|sooratak|suratik|soratak|"
            r"soratik|sorak|sorek|sorik|sowarak|sowarek|suwarik|sowark|sora lik|sora lek|sora lak|"
            r"sora leki|sora liki|sura lik|sora menek|sora minik|sora mnk|picture|pictures|video|"
            r"videos|wishak|wishek|wishik|weshik|wshak|weshak|wechek|wjhek|wejhak|wijhik|weshek|wshek|shaklek|shaklak|"
            r"shaklik|shaklk|gesmak|gismak|gismik|gesmek|jesmak|jismik|jesmek|"
            r"(?:sora|sura|soura|sowra|swra)(?! (?:el|al|mn|men|min|of|lel|ll|le|bta3t|beta3t|"
            r"ta3t|3an|3n|ll)\b)(?!\w))|"
            r"\b(?:efta7|eftah|efta7i|eftahi|fta7|fta7i|fte7|fte7i|sha8al|sha8ali|shaghal|shaghli|"
            r"shaghali|sha8li|wala3|walla3i|wal3i|7oti|7o6i) (?:el ?|al ?)?(?:cam|camera|kamera|"
            r"camira|kam|came?ra)\b|"
            r"\b(?:n3mel|na3mel|n3ml|nsawi|nsawy|yalla|yala|ta3ala|ta3ali|momken|mumkin|mmkn|bade|"
            r"badi|3ayez|3ayza|abi|abgha|ta3a|t3al|5alina|khalina) (?:\S+ ){0,2}?(?:video call|"
            r"facetime|face time|call video|mokalmet video|mkalmet video|mokalma video)\b")),
    # -- age, city, school, home-alone questions --------------------------------
    rule("grooming:personal_questions", "grooming",
         "عمرك قديش اديش كام سنك سنه صف مدرسه مدرستك ساكنه ساكن ساكنين عايشه عنوانك عنوان مدينه "
         "منطقه حي لوحدك لحالك وحدك لحالكك البيت بالبيت اهلك امك مامتك ابوك باباك",
         r"عمرك (?:كام|قديش|اديش|كم)|(?:قديش|اديش|كام) عمرك|كم سنك|سنك كام|عندك كام سنه|عندك كم سنه|"
         r"(?:في|ب|باي|بأي|في اي|بأي) (?:صف|سنه|مرحله) (?:كام|كم|قديش|اديش)|(?:في|ب|بال|في ال)"
         r"(?:اي|أي|انهي|ياتو|اي) (?:صف|مدرسه|مرحله)|(?:اي|أي|انهي) مدرسه (?:انت|انتي|بتروح|بتروحي|"
         r"تروح|تروحي|تدرس|تدرسي)|(?:مدرستك|اسم مدرستك) (?:وين|فين|اين|ايش|ايه|شو|اسمها|وش|"
         r"في اي|فين بالظبط)|(?:وين|فين|اين|وش) (?:مدرستك|بيتك|ساكنه|ساكن|ساكنين|عايشه|عايش|"
         r"تسكني|تسكن|بتسكني|بتسكن|بتعيشي)|(?:ساكنه|ساكن|ساكنين|عايشه|بتسكني|تسكني|ساكنه في) "
         r"(?:فين|وين|اين|في اي|باي|بأي|وين بالضبط|فين بالظبط)|(?:عنوانك|عنوان بيتك) (?:ايه|ايش|شو|"
         r"وش|ايش هو|بالظبط)|(?:انت|انتي) (?:من|في|ب) (?:اي|أي|انهي|ياتو) (?:مدينه|منطقه|حي|"
         r"بلد|محافظه)|"
         r"(?:لوحدك|لحالك|وحدك|لوحدكي|لحالكك|بمفردك) (?:\S+ )?(?:في|ب|بال)(?:ال)? ?(?:البيت|بيت|"
         r"الدار|المنزل|الغرفه|البيت)|(?:في|بال|ب)(?: ال)? ?(?:البيت|الدار|المنزل) (?:لوحدك|لحالك|"
         r"وحدك|لوحدكي|بمفردك)|(?:اهلك|امك|مامتك|ابوك|باباك|اهلكي|والديك|ماما|بابا) (?:\S+ )?"
         r"(?:في البيت|بالبيت|بالدار|موجودين|موجوده|موجود|نايمين|نايمه|نايم|برا|بره|مش في البيت|"
         r"مو بالبيت|مش موجودين|مسافرين|بالشغل|في الشغل|طالعين|برا البيت)"
         r"(?! (?:و ?انا|وانا|معي|معايا))|(?:امتى|متى|امتا|ايمتى|وقتيش|امته) (?:\S+ )?"
         r"(?:اهلك|امك|ابوك|مامتك|باباك) (?:\S+ )?(?:يطلعون|بيطلعوا|بيخرجوا|يخرجون|ينامون|بيناموا|"
         r"يرجعون|بيرجعوا|بيروحوا|بتطلع|بيطلع|بتنام|بينام)|"
         r"(?:امتى|متى|امتا|ايمتى|الساعه كام|الساعه كم|ساعه كم) (?:\S+ )?(?:تخلصي|تخلص|بتخلصي|"
         r"بتطلعي|تطلعي|تطلع) (?:من )?(?:المدرسه|الدوام|المدرسة)",
         requires="عمرك قديش اديش كام كم سنك صف مدرسه مدرستك ساكنه ساكن ساكنين عايشه عايش عنوانك "
                  "عنوان مدينه منطقه حي بلد محافظه لوحدك لحالك وحدك لوحدكي بمفردك اهلك امك مامتك ابوك "
                  "باباك والديك ماما بابا متى امتى امتا وين فين اين وش تسكني تسكن بتسكني بتسكن "
                  "بتعيشي مرحله سنه"),
    rule("grooming:personal_questions", "grooming",
         "3omrak 3omrek 3omrik 3omrk 3mrk 3mrak 3mrek 3umrak 3umrik kam addesh 2addesh 2adesh "
         "adesh sennak sennek sinnik saken sakna sakneh sakin saknah sakne sakneen 3ayesh 3aysha "
         "btoskon btoskni toskon teskon teskni madrastak madrastek madrastik mdrstk lw7dk "
         "lewa7dak lewa7dek lwa7dak lwa7dek lwa7dik wa7dak wa7dek wa7dik la7alak la7alek la7alik "
         "l7alak l7alik l7alek lo7dak lo7dek lo7dik ahlak ahlek ahlik ahlk mamtak mamtek mamtik "
         "saf sa9 9af sana sena",
         az(r"\b(?:3omrak|3omrek|3omrik|3omrk|3mrk|3mrak|3mrek|3mrik|3umrak|3umrik) (?:kam|kaam|"
            r"2addesh|addesh|adesh|2adesh|2adeh|2ddesh|2desh|2dsh|kamm|kaman kam)\b|"
            r"\b(?:kam|kaam|2addesh|addesh|adesh|2adesh|2adeh|2ddesh|2desh|2dsh|addeh) "
            r"(?:3omrak|3omrek|3omrik|3omrk|3mrk|3mrak|3mrek|3mrik|3umrak|3umrik|sana 3and|sene "
            r"3and|sena 3and)\b|\b(?:sennak|sennek|sinnik|sinnak) (?:kam|2addesh)\b|"
            r"\b(?:saken|sakna|sakneh|sakin|saknah|sakne|sakneen|saknin|3ayesh|3aysha|3ayshe) "
            r"(?:fen|feen|fein|wen|wein|ween|wain|fain|fi anhi|fe anhi|fe ay|fi ay|f ay|b ay|bi ay|"
            r"bay|ba2y|b2ay)\b|\b(?:fen|feen|fein|wen|wein|ween|wain|fain|wenk|fenk) (?:saken|"
            r"sakna|sakneh|sakin|saknah|sakne|btoskon|btoskni|btuskun|btskon|btskni|toskon|"
            r"teskon|tskon|tskni|teskni|betoskon|3ayesh|3aysha|3ayshe|beitak|betak|betek|baytak|"
            r"baytek|bitak|bitik|madrastak|madrastek|madrastik|mdrstk)\b|"
            r"\b(?:madrastak|madrastek|madrastik|mdrstk|mdrstek|madrasatak|madrasatik) (?:esmaha|"
            r"ismha|esmha|ismaha|fen|feen|wen|wein|ween|wain|eh|shu|sho|eish|esh|ay wa7da|anhi|"
            r"anhy|wain)\b|\b(?:esm|ism|isim|esem) (?:madrastak|madrastek|madrastik|mdrstk|"
            r"mdrstek|madrasatak|madrasatik)\b|\b(?:fi|fe|f|bi|b|bay|b2ay) (?:ay|anhi|anhy|2ay|"
            r"ayy|anho|ani) (?:madrasa|madrase|mdrsa|saf|sa9|sana|sena|class|grade|sef|9af)\b|"
            r"\b(?:saf|sa9|9af|sana|sena|grade|class|sef) (?:kam|kaam|2adesh|addesh|adesh|kamm)\b|"
            r"\b(?:enta|enti|inta|inti|anta|anti|ente|inte) (?:mn|men|min) (?:ay|anhi|anhy|ayy) "
            r"(?:madina|mdina|balad|mante2a|mantiqa|7ay|hay|me7afza)\b|"
            r"\b(?:lw7dk|lewa7dak|lewa7dek|lwa7dak|lwa7dek|lwa7dik|lwahdak|lewahdek|wa7dak|"
            r"wa7dek|wa7dik|la7alak|la7alek|la7alik|l7alak|l7alik|l7alek|b7alak|b7alik|lo7dak|"
            r"lo7dek|lo7dik|lu7dik) (?:fi |fe |f |fel |fil |fl |bel |bil |b )?(?:el ?|al ?|l)?(?:beit|bait|bet|"
            r"bayt|beet|home|house|dar|manzel|oda|ghorfa)\b|"
            r"\b(?:ahlak|ahlek|ahlik|ahlk|mamtak|mamtek|mamtik|mamak|mamik|omak|omik|ommak|ommek|"
            r"babak|babaki|abook|abouk|abok) (?:\S+ )?(?:(?:mesh|msh|mish|mo|mu|mush|mahomsh|"
            r"mahumsh) )?(?:fi |fe |f |fel |fil |fl |bel |bil |b )?(?:el ?)?(?:beit|bait|bet|bayt|beet|house|"
            r"home|dar|mawgoodin|mawgodin|mawjoodin|mawjudin|nayemin|naymin|naymeen|nayma|nayem|"
            r"barra|bara|msafrin|msafreen|mesafrin|mesafreen)\b(?! (?:w ?ana|wana|m3aya|ma3i))"),
         requires="3omrak 3omrek 3omrik 3omrk 3mrk 3mrak 3mrek 3mrik 3umrak 3umrik sennak sennek "
                  "sinnik sinnak saken sakna sakneh sakin saknah sakne sakneen saknin 3ayesh 3aysha "
                  "3ayshe madrastak madrastek madrastik mdrstk mdrstek madrasatak madrasatik madrasa "
                  "madrase mdrsa saf sa9 9af sana sena class grade sef madina mdina balad mante2a "
                  "mantiqa lw7dk lewa7dak lewa7dek lwa7dak lwa7dek lwa7dik lwahdak lewahdek wa7dak "
                  "wa7dek wa7dik la7alak la7alek la7alik l7alak l7alik l7alek b7alak b7alik lo7dak "
                  "lo7dek lo7dik lu7dik ahlak ahlek ahlik ahlk mamtak mamtek mamtik mamak mamik omak "
                  "omik ommak ommek babak babaki abook abouk abok"),
    # -- meeting proposals ------------------------------------------------------
    rule("grooming:meeting", "grooming",
         "نتقابل نتقابلوا نشوف نتلاقى نلتقي نلتقى نطلع اشوفك بشوفك هشوفك حشوفك نتشوف اجيلك "
         "بجيلك هجيلك اجيك بجيك امر بمر اعدي بعدي اوصلك اخدك اخذك باخدك هاخدك نتمشى نخرج نروح",
         r"(?:نتقابل|نتقابلوا|نتقابلو|نشوف بعض|نشوف بعضنا|نتلاقى|نتلاقي|نلتقي|نلتقى|نطلع سوا|نطلع "
         r"سوى|نطلع مع بعض|نخرج سوا|نخرج مع بعض|نروح سوا|اشوفك|بشوفك|هشوفك|حشوفك|نتشوف|اجيلك|"
         r"بجيلك|هجيلك|اجيك|بجيك|اجي لعندك|باجي لعندك|امر عليكي|امر عليك|بمر عليكي|امرك|اعدي "
         r"عليكي|اعدي عليك|بعدي عليكي|اوصلك|اخدك|اخذك|باخدك|هاخدك|نتمشى|نتمشي)(?: \S+){0,3}? "
         r"(?:في|ف|ب|عند|على|قدام|جنب|بال|عال|فال|ع)? ?(?:ال)?(?:مول|كافيه|كوفي|مقهى|كافي|حديقه|"
         r"جنينه|بارك|سينما|مطعم|ماكدونالدز|ماك|بيتك|بيتي|بيت|شقتي|شقتك|كورنيش|شاطئ|محطه|مترو|"
         r"ملعب|نادي|سياره|سيارتي|عربيتي|العربيه|الاوتيل|فندق|برا|بره|لوحدنا|لحالنا|بعد المدرسه|"
         r"بعد الدوام|بعد المدرسة|من غير ما حد يعرف|بدون ما حد يعرف|من ورا اهلك|من ورا اهلكي|بالسر|"
         r"في السر)"),
    rule("grooming:meeting", "grooming",
         "net2abel nit2abal net2abl nt2abl net2ablo nitla2a netla2a ntla2a nitlaqa netlaqa neshof "
         "nshof nshuf nchouf ashofak ashofek ashoofek ashufik ashofik bshofak bshofek bshufik "
         "hashofak hashofek 7ashofek ajilak ajilik ageelek agilek ajeek ajeeki ajik a3adi a3di amor "
         "amurr awaslek awasalek awsalek a5dek akhdek a5dik akhdik nitmashsha netmasha nitmasha "
         "n6la3 ntla3 nokhrog no5rog nro7 nroo7",
         az(r"\b(?:net2abel|nit2abal|net2abl|nt2abl|net2ablo|nit2ablo|nitla2a|netla2a|ntla2a|"
            r"nitlaqa|netlaqa|neshof ba3d|nshof ba3d|nshuf ba3d|nchouf ba3d|neshof ba3dena|"
            r"ashofak|ashofek|ashoofek|ashufik|ashofik|bshofak|bshofek|bshufik|hashofak|hashofek|"
            r"7ashofek|ajilak|ajilik|ageelek|agilek|ajeek|ajeeki|ajik|a3adi 3aleki|a3adi 3alek|"
            r"a3di 3aleki|amor 3aleki|amurr 3alaiki|amurr 3aleki|awaslek|awasalek|awsalek|a5dek|"
            r"akhdek|a5dik|akhdik|nitmashsha|netmasha|nitmasha|n6la3 sawa|ntla3 sawa|ntla3 ma3 "
            r"ba3d|nokhrog sawa|no5rog sawa|nokhrog ma3 ba3d|no5rog ma3 ba3d|nroo7 sawa|nro7 sawa)"
            r"(?: \S+){0,3}? (?:fel |fil |fi el |fe el |bel |bil |3and |3ind |3end |odam |2odam |"
            r"ganb |janb |3al |3a |at |in )?(?:el ?|al ?|l)?(?:mall|mol|cafe|kafe|kafeh|coffee|"
            r"ahwa|2ahwa|qahwa|park|bark|7adi2a|hadi2a|7adeeqa|geneina|gnena|cinema|sinema|"
            r"restaurant|resturant|mat3am|mcdonalds|mac|betak|beitak|betek|beitek|baytak|baytik|beit|bait|"
            r"beti|beiti|bayti|barra|bara|lewa7dena|lwa7dna|lwa7dena|lewa7dna|la7alna|l7alna|"
            r"3arabeya|sayara|sayarti|3arabeyti|car|ba3d el madrasa|ba3d el madrase|ba3d el dawam|"
            r"mn ghair ma 7ad ye3raf|mn 8er ma 7ad ye3raf|men wara ahlek|mn wara ahlik|fel ser|"
            r"bel ser|bil sirr)\b")),
    # -- gifts / game currency for photos ---------------------------------------
    rule("grooming:gifts", "grooming",
         "جواهر جوهره الجواهر جيمز جيمس الجيمز جمز الماس الماسات ماسات ماسه روبوكس الروبوكس روبكس "
         "روبلوكس فاير شدات الشدات شده يوسي كوينز كوينات عملات سكنات سكن سكينات فيبوكس فيباكس باكس "
         "بطاقه بطاقات كرت نيترو هديه هدايا فلوس مصاري مصروف",
         r"(?:اعطيك|اعطيكي|اديكي|اديك|بديك|بديكي|بعطيك|بعطيكي|هديكي|هديك|حديكي|حديك|ابعتلك|ابعتلكي|"
         r"اشحنلك|اشحنلكي|بشحنلك|بشحنلكي|هشحنلك|هشحنلكي|حشحنلك|اشتريلك|اشتريلكي|بشتريلك|هشتريلك|"
         r"اهديك|اهديكي|هجيبلك|بجيبلك|اجيبلك|اجيبلكي|ارسل لك|ارسلك|ارسلكي|راح اعطيك|رح اعطيك|"
         r"رح اعطيكي|سوف اعطيك|ساعطيك|اعطيتك|بدفعلك|هدفعلك|ادفعلك|اعطيج|بعطيج|اشحن لك|اشحن لكي) "
         r"(?:\S+ ){0,4}?" + _GEMS_AR + r"\b[^.!?]{0,40}?(?:اذا|لو|بس|مقابل|بشرط|لما|عشان|علشان|و) ?"
         r"(?:\S+ ){0,3}?(?:ترسل|ترسلي|تبعت|تبعتي|تبعتيلي|ترسليلي|تبعتلي|ترسلي لي|ابعتي|ابعتيلي|"
         r"ارسلي|ارسليلي|تصوري|تصوريلي|تفتحي|تفتح|توريني|تفرجيني|صوره|صورتك|صور|صورك|سيلفي|فيديو)|"
         r"" + _GEMS_AR + r"\b[^.!?]{0,30}?(?:مقابل|لو|اذا|بس|بشرط) (?:\S+ ){0,3}?(?:صوره|صورتك|صور|"
         r"صورك|سيلفي|فيديو|ترسلي|تبعتي|ترسل|تبعت|ابعتي|ارسلي)|"
         r"(?:صوره|صورتك|صورك|سيلفي|فيديو)(?: \S+){0,4}? (?:مقابل|وانا|و ?اعطيك|و ?بعطيك|و ?اديكي|"
         r"و ?بديكي|و ?هديكي|و ?اشحنلك|و ?بشحنلك|و ?هشحنلك|و ?اشتريلك|و ?اعطيكي|و ?ابعتلك|"
         r"و ?ارسلك|و ?بعطيكي|و ?بديك|و ?اديك)(?: \S+){0,3}? " + _GEMS_AR),
    rule("grooming:gifts", "grooming",
         "gems gemz jewels diamonds diamond dimonds almas almaz robux robox robuks rbx vbucks "
         "uc shadat shdat gawaher jawaher gwaher jwaher freefire nitro floos fulus flous masari "
         "msari hdeye hdiyya hedeya hadeya hadiya",
         az(r"\b" + _GEMS_AZ + r"\b[^.!?]{0,40}?\b(?:law|lw|iza|eza|itha|ida|isa|bas|mo2abel|"
            r"mu2abil|m2abel|ma2abel|mqabel|lama|lma|lamma)\b[^.!?]{0,40}?\b(?:teb3at|tb3at|"
            r"tib3at|teb3aty|tb3aty|teb3ati|tersel|tirsil|tersli|tersili|teb3atli|teb3atili|"
            r"tsawar|tsawri|tsawarili|tfta7|tefta7i|twarini|twarrini|" + _PHOTO_AZ[3:-1] + r")\b|"
            r"\b" + _PHOTO_AZ + r"\b(?: \S+){0,4}? (?:w ?a3tik|w ?ba3tik|w ?a3tek|w ?ba3tek|"
            r"w ?a3teki|w ?adik|w ?badik|w ?hadik|w ?hadeek|w ?adeek|w ?adiki|w ?hadiki|"
            r"w ?ba3tilak|w ?ab3atlak|w ?ab3atlek|w ?ab3tlk|w ?ash7anlak|w ?bash7anlak|"
            r"w ?hash7anlak|w ?ash7anlek|w ?ash7anlik|mo2abel|mu2abil|m2abel|ma2abel|for|and i will "
            r"give you|w ?ashtarilak|w ?ashtrilik)\b(?: \S+){0,3}? " + _GEMS_AZ + r"\b"),
         requires="law lw iza eza itha ida isa bas mo2abel mu2abil m2abel ma2abel mqabel lama lma "
                  "lamma w a3tik wa3tik ba3tik wba3tik a3tek adik badik hadik hadeek adeek adiki "
                  "hadiki ash7anlak bash7anlak hash7anlak ash7anlek ab3atlak ab3atlek ab3tlk "
                  "ashtarilak ashtrilik"),
    # -- "I understand you better than your family" ----------------------------
    rule("grooming:isolation", "grooming",
         "بفهمك افهمك فاهمك فاهمكي افهمكي بفهمكي يفهمك بيفهمك يفهمكي اعرفك بعرفك فاهم الوحيد "
         "الوحيده بيفهموكي بيفهموك يفهموكي يفهمونك يفهموك فاهمينك فاهمينكي بيفهمونك يقدروكي "
         "يقدرونك يحسوا يحسون",
         r"(?:بفهمك|افهمك|فاهمك|فاهمكي|افهمكي|بفهمكي|اعرفك|بعرفك|فاهم عليكي|فاهم عليك|فهمان عليكي|"
         r"بحس فيكي|احس فيك|حاسس بيكي|بحس بيكي|احبك|بحبك) (?:\S+ ){0,2}?(?:اكثر|اكتر|احسن|افضل) "
         r"(?:من|مِن) (?:كل )?(?:اهلك|امك|ابوك|مامتك|باباك|اهلكي|عيلتك|عيلتكك|عائلتك|اسرتك|"
         r"اصحابك|صحابك|صاحباتك|رفقاتك|صديقاتك|اصدقائك|الكل|الجميع|اي حد|اي احد|حد|اي حدا|اخواتك)|"
         r"(?:اهلك|امك|ابوك|مامتك|باباك|عيلتك|عائلتك|اسرتك|اصحابك|صحابك|صاحباتك|والديك|اهلكي) "
         r"(?:\S+ )?(?:ما|مش|مو|لا|مب|ماهم|مهمش|مابي|مبي)? ?(?:بيفهموكي|بيفهموك|يفهموكي|يفهمونك|"
         r"يفهموك|فاهمينك|فاهمينكي|بيفهمونك|يفهمك|بتفهمك|تفهمك|يقدروكي|يقدرونك|يحبوكي|يحبونك|"
         r"بيحبوكي|بيحسوا فيكي|يحسون فيك|بيهتموا فيكي|يهتمون فيك)(?: \S+){0,3}? (?:زيي|مثلي|قدي|"
         r"زي ما انا|مثل ما انا|غيري|انا بس|الا انا|بس انا|اكثر مني|اكتر مني)|"
         r"(?:انا|بس انا|انا بس|الا انا|غيري) (?:\S+ )?(?:الوحيد|الوحيده|بس|فقط)? ?(?:اللي|الي|الذي|"
         r"يلي|اللى|لي) (?:\S+ )?(?:بيفهمك|يفهمك|فاهمك|بفهمك|افهمك|يفهمكي|بيفهمكي|فاهمكي|بحس فيكي|"
         r"بيحس فيكي|يحس فيك|يهتم فيك|بيهتم فيكي|يهتم بيكي)"),
    rule("grooming:isolation", "grooming",
         "bafhamek bafhamak bafhamik afhamek afhamik afhamak fahmek fahmik fahmak bfhmk bfhamek "
         "efhamek befhamik bifhamik fahmanek fahmanik byfhamek yefhamek yifhamik fahem fahma "
         "bafham",
         az(r"\b(?:bafhamek|bafhamak|bafhamik|afhamek|afhamik|afhamak|fahmek|fahmik|fahmak|"
            r"bfhmk|bfhamek|efhamek|b2fhamik|befhamik|bifhamik|bafham 3aleki|fahem 3aleki|"
            r"fahem 3alaiki|fahmanek|fahmanik|fahman 3aleki|ba7es beki|ba7es biki|7ases beki) "
            r"(?:\S+ ){0,2}?(?:aktar|aktr|akthar|aksar|ahsan|a7san|afdal) (?:mn|men|min) (?:kol )?"
            r"(?:ahlak|ahlek|ahlik|ahlk|mamtak|mamtek|mamtik|omak|omek|omik|ommek|ommak|babak|"
            r"babaki|abouk|abok|abook|3eltek|3eltik|3eiltek|3ailtik|3a2eltek|3aeltek|osrtek|"
            r"sohabek|s7abek|s7abik|s7abak|as7abek|as7abik|as7abak|sa7batek|el kol|elkol|kol el "
            r"nas|ay 7ad|ay 7ada)\b|"
            r"\b(?:ana|bas ana|ana bas|ana el wa7id|ana al wa7id|ana lwa7id|ana elwa7id|"
            r"ana el wahid|ana el wa7eed) (?:\S+ )?(?:elly|eli|illi|ele|lli|li|illy|yalli|yali) "
            r"(?:\S+ )?(?:bafhamek|bafhamik|fahmek|fahmik|byfhamek|bifhamik|befhamik|yefhamek|"
            r"yifhamik|afhamek|afhamik|bya?fhamek|ba7es beki|b?ye7es beki)\b|"
            r"\b(?:ahlak|ahlek|ahlik|ahlk|mamtek|mamtik|omek|omik|babaki|abouki|3eltek|3eltik|"
            r"s7abek|s7abik|as7abek|as7abik) (?:\S+ )?(?:mesh|msh|mish|mo|mu|ma|mabi)? ?"
            r"(?:fahmeenek|fahminik|fahmink|byfhamook|byfhamouki|byfhamoki|bifhamouki|yefhamook|"
            r"yifhamouki|yfhamook)(?: \S+){0,3}? (?:zayi|zayy|zai|zaiy|mitli|methli|2addi|adi|"
            r"ghairi|8eri|gheiri|ana bas|bas ana|ella ana)\b")),
]


# insults said to a person (Arabizi), digits as written
_INSULT_AZ_WORDS = (
    "7mar 7umar 7imar 7omar 7mara 7marah ghabi 8abi ghaby 8aby ghabeya 8abeya ghabiyya 8abia "
    "ghabia 8abiyya 3abit 3abeet 3abita 3abeeta 3abeet ahbal habla hbla ahbl kalb kalba kelb klb "
    "khanzeer 5anzeer 5anzir khanzir 7ayawan 7aywan 7aywana 7ayawana mo3a2 mo3aa2 mo3a2a m3a2 "
    "mu3aq mota5alef mt5alf mutakhallif motakhalef mot5alfa fashel fashil fashla fashle zbala "
    "zebala zbale zbaleh zbele tafeh tafha wesekh wisikh wes5 wis5 wes5a wis5a wsekh wa6i wati "
    "wa6ya watya 2erd 2ird qird 2erda 2irde dob dobba ba2ara ba2ra nakra mo2ref mu2rif mu2rifa "
    "mo2refa moqref mokref mo2razz mo2azez m2azez m2zz besha3 bashe3 bash3 bashe3a bash3a sa2et "
    "sa2ta safel safla 7a2eer 7a2ira 7a2eera 7aqeer 7aqira sa5ef sakhif sa5fa tays tees ga7sh "
    "ja7sh jahsh ga7sha zeft zift smeen smeena sameen samina t5een tekhina ta5ina mariid_nafsi "
    "majnoon magnoon mejnoon ma3tooh ma3tuh bhema bheema ba8l baghl ba8la sho7at sha7at sho7ata "
    "sha77at fa2eer fa2eera ma3fan m3fn ma3fana nezel nazil waskh wiskh"
)
_INSULT_AZ = "(?:" + "|".join(w.replace("_", " ") for w in _INSULT_AZ_WORDS.split()) + ")"


HARM: list[Rule] = [
    # -- insults aimed at a person (dialects) -----------------------------------
    rule("bullying:insult", "bullying",
         "عبيط عبيطه اهبل هبله هبل بهيم بهيمه جحش جحشه تيس زفت معاق معاقه متخلف متخلفه ساقط ساقطه "
         "واطي واطيه دب دبه بقره فيل قرد قرده قزم قزمه نكره حثاله زباله عاله مسخ مسخره بايخ بايخه "
         "سخيف سخيفه مقزز مقززه قبيح قبيحه بشع بشعه غبي غبيه حمار حماره فاشل فاشله حقير حقيره تافه "
         "تافهه وسخ وسخه كلب كلبه سمين سمينه مقرف مقرفه حيوان حيوانه خنزير خنزيره معفن معفنه جربوع "
         "جربوعه دنيء دنيئه نذل نذله كذاب كذابه ممل قذر قذره مريض مريضه مجنون مجنونه حاجه شي اشي صفر "
         "عاهه ثور بغل بغله شحات شحاته شحاد شحاده فقير فقيره",
         r"(?:انت|انتي|انتا|يا|يا ابن|يا بنت|ياا) (?:\S+ )?(?:عبيط|عبيطه|اهبل|هبله|هبل|بهيم|بهيمه|"
         r"جحش|جحشه|تيس|زفت|معاق|معاقه|متخلف|متخلفه|ساقط|ساقطه|واطي|واطيه|دب|دبه|بقره|فيل|قرد|قرده|"
         r"قزم|قزمه|نكره|حثاله|زباله|عاله|مسخ|مسخره|بايخ|بايخه|سخيف|سخيفه|مقزز|مقززه|قبيح|قبيحه|"
         r"بشع|بشعه|غبي|غبيه|حمار|حماره|فاشل|فاشله|حقير|حقيره|تافه|تافهه|وسخ|وسخه|كلب|كلبه|سمين|"
         r"سمينه|مقرف|مقرفه|حيوان|حيوانه|خنزير|خنزيره|معفن|معفنه|جربوع|جربوعه|دنيء|دنيئه|نذل|نذله|"
         r"كذاب|كذابه|ممل|مملّ|قذر|قذره|تعبان نفسيا|مريض نفسي|مريضه نفسيه|مجنون|مجنونه|ولا حاجه|ولا شي|"
         r"ولا اشي|صفر على الشمال|عاهه|ثور|بغل|بغله|كلب ابن كلب|شحات|شحاته|شحاد|شحاده|فقير|فقيره)\b"
         r"(?! (?:ههه|هه|😂|بمزح|بهزر|امزح))"),
    rule("bullying:insult", "bullying",
         "شكلك وشك وجهك خلقتك منظرك ريحتك صوتك تقرفني بتقرفني تقرفيني بتقرفيني تقززني تغثني تغثيني "
         "تقرف تقرفي بتقرف بتقرفي تقرفين يحبك بيحبك يحبكي بيحبكي يطيقك بيطيقك يطيقكي يكرهك يكرهكي "
         "بيكرهك بيكرهوكي بيكرهوك يكرهوك يكرهونك نكرهك بنكرهك منكرهك تكرهك بتكرهك يكرهوكي",
         r"(?:شكلك|وشك|وجهك|خلقتك|منظرك|ريحتك|صوتك|سحنتك|جسمك) (?:\S+ )?(?:يقرف|بيقرف|مقرف|مقزز|"
         r"يقزز|بيقزز|يخوف|بيخوف|زباله|زفت|بشع|قبيح|يغثي|يلوع|بيلوع|يسد النفس|بيسد النفس|يفشل|"
         r"وحش اوي|يجيب الغثيان|يكرّه|يكره|يعل|معفن|نتن|منتن)|"
         r"(?:تقرفني|بتقرفني|تقرفيني|بتقرفيني|تقززني|بتقززني|تغثني|تغثيني|بتغثني|تقرفنا|بتقرفنا)\b|"
         r"(?:انت|انتي|انتا|يا \S+) (?:\S+ )?(?:تقرف|تقرفي|بتقرف|بتقرفي|تقرفين|تقزز|تغث|بتغث)\b|"
         r"(?:محد|ما حد|محدش|ماحد|ولا حد|ولا احد|لا احد|ما حدا|ماحدا) (?:\S+ )?(?:يحبك|بيحبك|يحبكي|"
         r"بيحبكي|يطيقك|بيطيقك|يطيقكي|يبيك|يبغاك|عايزك|عاوزك|يتحملك|بيطيقكي|بيحبكيش|بيحبكش)\b|"
         r"(?:الكل|كلنا|كل الناس|كل الصف|كل الفصل|الناس كلها|الصف كله|كل المدرسه) (?:\S+ )?"
         r"(?:يكرهك|يكرهكي|بيكرهك|بيكرهوكي|بيكرهوك|يكرهوك|يكرهونك|نكرهك|بنكرهك|منكرهك|تكرهك|بتكرهك|"
         r"يكرهوكي|بيضحك عليك|بيضحكوا عليكي|يضحكون عليك|بيتريق عليك)"),
    rule("bullying:insult", "bullying",
         az_triggers(_INSULT_AZ_WORDS) + " shaklak shaklek shaklik shklk shkl wishak "
         "weshak wshak ri7tak ri7tek ma7adsh ma7ad m7d ma7ada 7ad el kol elkol kolna kolena "
         "by2raf bey2araf ye2raf ti2raf bti2rafi bt2rafni bt2arfeni bt2rfni t2rfni bet2arafni",
         az(r"\b(?:you|enta|enti|inta|inti|anta|anti|ente|inte|yabn|you ebn|you ibn|you bent|"
            r"you bint) (?:\S+ )?" + _INSULT_AZ + r"\b(?! (?:hh+|lol|😂|bahzar|bahazar|ba?mza7))|"
            r"\b(?:shaklak|shaklek|shaklik|shklk|shklak|shaklk|wishak|weshak|wshak|wechak|ri7tak|"
            r"ri7tek|re7tak|re7tek|sotak|sotek|sowtak|sowtek|gesmak|gesmek|jismak|jismik) (?:\S+ )?"
            r"(?:by2araf|bey2araf|ye2araf|yi2raf|by2rf|y2rf|ye2raf|mo2ref|mu2rif|mo2refa|mo2azez|"
            r"m2azez|yekhawef|ye5awef|be5awef|bey5awef|byekhawef|bi5awwif|zbala|zeft|bashe3|bash3|"
            r"wese5|wis5|we7esh|wi7ish|w7sh|ye8ashi|yeghashi|bey8ashi|ye2ref|yqaref|mo2zz|y2azez)\b|"
            r"\b(?:bt2rafni|bt2arfeni|bt2rfni|t2rfni|bet2arafni|bet2arfini|bti2rafni|t2arfni|"
            r"bt2arafini|bet2arfeeni|bt2azezni|btghisni|bt8isni|bet8asheeni)\b|"
            r"\b(?:ma7adsh|ma7ad|m7d|ma7ada|ma 7ad|ma 7ada|wala 7ad|wla 7ad|7ad|7ada) (?:\S+ )?"
            r"(?:bi7ebak|bey7ebak|by7ebak|bi7ebek|bey7ebek|by7bk|b7bk|y7bk|y7ebak|y7ebek|bi7ibbak|"
            r"bi7ibbik|bi6ee2ak|bye6ee2ak|by6ee2ak|bi6i2ak|yeteeqak|yetiqak|y6eeqak|yebghak|"
            r"yabeek|yibeek|3ayzak|3ayzek|3awzak|3awzek)\b|"
            r"\b(?:el ?kol|kolna|kolena|kolohom|kol el nas|kol el fasl|kol el saf|el nas kolaha) "
            r"(?:\S+ )?(?:byekrahak|byekrahek|bikrahak|bikrahek|bnekrahak|bnekrahek|mnekrahak|"
            r"mnekrahek|nekrahak|nekrahek|yekrahak|yekrahek|yikrahak|yikrahik|btekrahak|btekrahek|"
            r"bikrahouki|byekrahook|byekrahooki|byekrahouk|bye?d7ako 3alek|bye?d7ako 3aleki)\b")),
    # -- threats: violence ------------------------------------------------------
    rule("threat:violence", "threat",
         "هقتلك حقتلك بقتلك اقتلك هموتك حموتك بموتك اموتك هضربك حضربك بضربك اضربك هكسر حكسر بكسر "
         "اكسر هكسرلك بكسرلك اكسرلك هدبحك حدبحك هذبحك بذبحك بدبحك اذبحك ادبحك هدفنك بدفنك ادفنك "
         "هولع بولع احرقك هحرقك بحرقك ساحرقك استناك بستناك هستناك لاقتلك لاضربك لاكسر لادفنك لاذبحك "
         "لكسر رح راح سوف ساكسر "
         "هجيبك هطلعلك بطلعلك هفشخك بفشخك افشخك اعرف بعرف عارف عارفه عرفت",
         r"(?:هقتلك|حقتلك|بقتلك|اقتلك|هقتلكم|هموتك|حموتك|بموتك|اموتك|هضربك|حضربك|بضربك|اضربك|هدبحك|"
         r"حدبحك|هذبحك|بذبحك|بدبحك|اذبحك|ادبحك|هدفنك|بدفنك|ادفنك|احرقك|هحرقك|بحرقك|ساحرقك|هفشخك|"
         r"بفشخك|افشخك|لاقتلك|لاضربك|لاذبحك|لادفنك|هجيبك|هطلعلك|بطلعلك|هطلع روحك|بطلع روحك|اطلع "
         r"روحك|هخليك تندم|بخليك تندم|حخليك تندم|رح خليك تندم|رح تندم|هتندم|حتندم|بتندم|راح تندم)\b"
         r"(?! (?:في|ب|بال)(?:ال)?(?:لعبه|جيم|الماتش|ماتش|فورتنايت|ماين|روبلوكس|ببجي))|"
         r"(?:هكسر|حكسر|بكسر|اكسر|هكسرلك|بكسرلك|اكسرلك|لاكسر|لكسر|هكسّر|رح اكسر|راح اكسر|سوف اكسر|"
         r"ساكسر|بكسّر) (?:\S+ )?(?:راسك|وشك|وجهك|عظامك|سنانك|اسنانك|ايدك|رجلك|دماغك|ضلوعك|رقبتك|"
         r"خشمك|مناخيرك|عضمك)|"
         r"(?:استناك|بستناك|هستناك|حستناك|راح استناك|رح استناك|بنتظرك|هنتظرك) (?:\S+ )?(?:بره|برا|"
         r"بعد المدرسه|بعد الدوام|عند الباب|قدام المدرسه|في الشارع|بالشارع|عند بيتك|تحت بيتك)|"
         r"(?:هولع|بولع|حولع|اولع|راح اولع|رح ولع) (?:فيك|فيكي|بيك|بيكي|في بيتك|ببيتك)|"
         r"(?:اعرف|بعرف|عارف|عارفه|عرفت) (?:\S+ )?(?:وين|فين|اين) (?:ساكن|ساكنه|بيتك|تسكن|تسكني|"
         r"مدرستك|بتسكن|بتسكني)(?! \S* ?(?:ههه|؟))"),
    # -- threats: spreading photos / chats --------------------------------------
    rule("threat:sextortion", ("threat", "sexual"),
         "هنشر حنشر بنشر انشر سانشر هفضحك بفضحك حفضحك افضحك سافضحك هوزع بوزع اوزع هنزل بنزل انزل "
         "هحط بحط احط ابعت هبعت حبعت اوري هوري بوري حوري ارسل هرسل برسل",
         r"(?:هفضحك|بفضحك|حفضحك|افضحك|سافضحك|هفضحكم|افضحك|رح افضحك|راح افضحك|هفضحكي|بفضحكي|"
         r"افضحكي)\b|"
         r"(?:هنشر|حنشر|بنشر|انشر|سانشر|رح انشر|راح انشر|سوف انشر|هوزع|بوزع|اوزع|هنزل|بنزل|انزل|"
         r"هحط|بحط|احط|ابعت|هبعت|حبعت|ببعت|اوري|هوري|بوري|حوري|ارسل|هرسل|برسل|سارسل|رح ابعت|"
         r"راح ارسل|رح ارسل|رح اوري|راح اوري|رح نزل) (?:\S+ ){0,2}?(?:صورك|صورتك|الصور اللي|صورك اللي|"
         r"فيديوهاتك|الفيديو بتاعك|فيديوك|محادثاتنا|المحادثه|الشات بتاعنا|شاتنا|رسايلك|رسائلك|رسايلنا|"
         r"سكرينات|سكرين شوت|السكرينات|السكرين)(?: \S+){0,4}? (?:ل|على|في|ع|عند|بال|لل)?(?:ال)?"
         r"(?:كل|الكل|كل الناس|مدرسه|صف|اهلك|امك|ابوك|ناس|نت|انترنت|انستا|تيك توك|تيكتوك|سناب|"
         r"جروب|قروب|مجموعه|اصحابك|صحابك|فصل|عيلتك|الجميع|سوشيال|فيس)"),
    rule("threat:violence", "threat",
         "ha2tlak ha2telak h2tlk 7a2tlak 7a2telak ba2tlak ba2telak b2tlk a2tlak a2telak a2tlk "
         "a2telek hamawetak hmawtak 7amawtak bamawtak hadrabak 7adrabak badrabak badrbk hadrbk "
         "hakasar hakassar baksar baksarlak hakasarlak 7aksar aksar hadba7ak 7adba7ak badba7ak "
         "bedba7ak adba7ak adb7k bdb7k hadfnak hadfenak badfnak hastanak bastanak hastannak "
         "hafda7ak hafda7ek 7afda7ak 7afda7ek bafda7ak bafda7ek bfd7k afda7ak afda7ek afd7k afd7ik "
         "hanshor 7anshor banshor anshor anshur hanshur",
         az(r"\b(?:ha2tlak|ha2telak|h2tlk|7a2tlak|7a2telak|ba2tlak|ba2telak|b2tlk|a2tlak|"
            r"a2telak|a2tlk|a2telek|a2tlek|ha2tlek|ha2telek|hamawetak|hmawtak|7amawtak|bamawtak|"
            r"hamawetek|hadrabak|7adrabak|badrabak|badrbk|hadrbk|hadrabek|hadba7ak|7adba7ak|"
            r"badba7ak|bedba7ak|adba7ak|adb7k|bdb7k|hadba7ek|hadfnak|hadfenak|badfnak|hadfenek)\b"
            r"(?! (?:fel|fil|fi el|bel|bil|in) (?:game|gaim|match|fortnite|minecraft|roblox|"
            r"pubg|lo3ba|le3ba))|"
            r"\b(?:hakasar|hakassar|baksar|aksar|7aksar|ra7 aksar|rah aksar|hakasarlak|baksarlak|"
            r"aksarlak) (?:\S+ )?(?:rasak|rasek|ra2sak|wishak|wshak|weshak|wechak|3adamak|"
            r"3adamek|snanak|asnanak|edak|e2dak|reglak|rglak|demaghak|dma8ak|ra2btak|man5arak|"
            r"mana5erak|5ashmak)\b|"
            r"\b(?:hastanak|bastanak|hastannak|7astanak|bastannak|hastanek|bastanek) (?:\S+ )?"
            r"(?:barra|bara|ba3d el madrasa|ba3d el madrase|3and el bab|odam el madrasa|fel share3|"
            r"bel share3|ta7t betak|ta7t beitak|3and betak)\b|"
            r"\b(?:hafda7ak|hafda7ek|7afda7ak|7afda7ek|bafda7ak|bafda7ek|bfd7k|afda7ak|afda7ek|"
            r"afd7k|afd7ik|ra7 afda7ak|ra7 afda7ek)\b|"
            r"\b(?:hanshor|7anshor|banshor|anshor|anshur|hanshur|ra7 anshor|rah anshor|hanazel|"
            r"7anazel|banazel|hanazzel|ha7ot|ba7ot|7a7ot|hab3at|bab3at|7ab3at|ab3at|haware|"
            r"baware|7aware|awari|hawarri|bawarri|hawazza3|bawazza3) (?:\S+ ){0,2}?(?:sowarek|"
            r"sowarak|sowarik|sorak|sorek|sorik|sortek|sortak|sortik|el sowar elly|el videos|"
            r"el video bta3ak|el video bta3ek|videohatek|videohatak|screenshots|el screenshots|"
            r"el screens|el chat bta3na|chatna|shatna|rasaylek|rasa2elek|rasaelek|rasaylak)\b")),
    # -- sexual requests --------------------------------------------------------
    rule("sexual:request", "sexual",
         "ابعتيلي ابعتلي ارسلي ارسليلي ابعتي وريني ورني فرجيني اريني خليني اشوف بدي عايز ابي ابغى "
         "ودي نفسي وريلي فرجيلي صوريلي صورلي طرشيلي دزيلي لابسه لابس لون اقلعي اقلع اخلعي اخلع "
         "شيلي فكي قلعي اشلحي شلحي اشلح شلح",
         r"(?:ابعتيلي|ابعتلي|ارسلي|ارسليلي|ارسل|ابعتي|وريني|ورني|فرجيني|اريني|خليني اشوف|بدي شوف|"
         r"بدي اشوف|عايز اشوف|ابي اشوف|ابغى اشوف|ودي اشوف|نفسي اشوف|وريلي|فرجيلي|صوريلي|صورلي|"
         r"طرشيلي|دزيلي|ممكن اشوف|ايه لون|ايش لون|شو لون|وش لون|لون) (?:\S+ ){0,3}?"
         r"(?:ملابسك الداخليه|الملابس الداخليه|ملابس داخليه|ملابسك الداخلية|هدومك الداخليه|البوكسر|"
         r"بوكسرك|الاندر|اندرك|اندروير|الاندروير|كلوت|الكلوت|كلوتك|سنتيان|الستيان|ستيانك|السنتيان|"
         r"سنتيانك|حماله الصدر|حمالتك|البرا|البرا بتاعك|لانجري|اللانجري|بكيني|البكيني|قميص نوم|"
         r"جسمك|صدرك|بزازك|بزازكك|نهودك|طيزك|مؤخرتك|مكوتك|رجليكي|افخاذك|فخادك|فخاذك|بطنك|كسك|زبك|"
         r"زبرك|ايرك|عضوك|اللي تحت|اللي تحت هدومك|من تحت|حاجتك|بتاعك|صدرك|جسمك كله|جسمك كامل)|"
         r"(?:اقلعي|اقلع|اخلعي|اخلع|شيلي|فكي|قلعي|اشلحي|شلحي|اشلح|شلح|قلّعي|اقلعيلي|شلحيلي) "
         r"(?:\S+ )?(?:ملابسك|هدومك|تيابك|ثيابك|التيشيرت|التيشرت|القميص|البنطلون|البنطال|الاندر|"
         r"الستيان|السنتيان|البرا|البلوزه|الهدوم|الملابس|تيابك كلها|هدومك كلها|كل هدومك|كل ملابسك)|"
         r"(?:انتي|انت|انتِ) (?:لابسه|لابس|لابسة) (?:ايه|شو|ايش|اش|وش|ايه دلوقتي|شو هلق|ايش الحين)|"
         r"(?:ابعتيلي|ابعتلي|ارسلي|ارسليلي|ابعتي|صوريلي|صورلي|طرشيلي|دزيلي|بدي|عايز|ابي|ابغى|ممكن|"
         r"اريد) (?:\S+ ){0,3}?(?:صور|صوره|فيديو|سيلفي)\S* (?:\S+ )?(?:عاري|عاريه|عريانه|عريان|بدون "
         r"هدوم|من غير هدوم|بلا تياب|بلا ثياب|بدون ملابس|بدون لبس|سكسي|مثيره|ساخنه|بالملابس الداخليه|"
         r"بالاندر|بالبرا|بالستيان|بالمايوه|بالبكيني|بالسنتيان|وانتي عريانه|وانتي في الحمام)"),
    rule("sexual:request", "sexual",
         "warini warrini wareni waryni worini farjini ferjini farjeeni shof shouf choof ashof "
         "ashoof ashuf ab3atli ab3atly ab3atili ab3tli eb3atli eb3atili arsili arsli ersili "
         "sawarili sawerili lon loon lawn e2la3i e2l3i 2l3i eqla3i ekla3i e5la3i ekhla3i shili "
         "sheeli sheli fokki foki fekki eshla7i shla7i ishla7i 2al3i 2ala3i labsa labsah labesa "
         "labes",
         az(r"\b(?:warini|warrini|wareni|waryni|worini|warreeni|farjini|ferjini|farjeeni|"
            r"badi shof|bade shouf|bade choof|badi ashof|3ayez ashof|3ayz ashof|3awez ashof|"
            r"abi ashof|abgha ashof|abga ashoof|nefsi ashof|weddi ashof|wdi ashof|5alini ashof|"
            r"khallini ashof|5alini ashuf|khalini ashof|momken ashof|ab3atli|ab3atly|ab3atili|"
            r"ab3tli|eb3atli|eb3atili|arsili|arsli|ersili|sawarili|sawerili|lon|loon|lawn) "
            r"(?:\S+ ){0,2}?(?:gesmek|gismik|jesmek|jismik|gesmik|jsmk|gsmk|gesmak|jismak|sedrek|"
            r"sidrik|9adrek|sadrek|bezazek|bzazk|bzazik|nhodek|tizek|teezek|6izek|6eezek|"
            r"mo2a5ertek|ba6nek|ba6nik|batnek|fa5dek|fakhdek|fkhadek|rglek|reglek|riglik|rejlaiki|"
            r"t7t|ta7t|ta7et|elly ta7t|eli ta7t|illi ta7t|ta7t hdomek|kosek|kossek|zobak|zobrak|"
            r"zbrk|zbk|eyrak|2eyrak|3odwak|3odwek|bra|el bra|bikini|el bikini|underwear|boxer|"
            r"boxers|lingerie|kilot|kelot|klot|el kilot|sentian|sentyan|el sentian|stian|stiyan|"
            r"andar|el andar|malabsek el da5leya|malabesek el dakhleya|hdomek el da5leya|malabes "
            r"da5leya|malabis dakhiliyya|hdom da5leya)\b|"
            r"\b(?:e2la3i|e2l3i|2l3i|ie2la3i|eqla3i|ekla3i|e5la3i|ekhla3i|shili|sheeli|sheli|fokki|"
            r"foki|fekki|eshla7i|shla7i|ishla7i|2al3i|2ala3i|e2la3|e5la3|eshla7) (?:\S+ )?"
            r"(?:hdomek|hdoomek|hdumik|hdoomik|hdomik|malabsek|malabsik|malabesek|tyabek|tyabik|"
            r"thyabek|theyabek|thyabik|el t ?shirt|el tishirt|el bantalon|el bantaloon|el andar|"
            r"el bra|el sentian|el hdom|el malabes|kol hdomek|kol malabsek)\b|"
            r"\b(?:enti|inti|anti|ente) (?:labsa|labsah|labesa|labes|labsi) (?:eh|ih|shu|sho|"
            r"eish|esh|wesh|eh delwa2ti|shu hala2|eish el7een|ehh)\b|"
            r"\b(?:ab3atli|ab3atly|ab3atili|ab3tli|eb3atli|eb3atili|arsili|arsli|ersili|sawarili|"
            r"sawerili|bade|badi|3ayez|3ayz|abi|abgha|momken|mumkin) (?:\S+ ){0,3}?(?:sora|sura|"
            r"soura|sowar|suwar|picture|pictures|video|videos|selfie)\w* (?:\S+ )?(?:3arya|3aryana|"
            r"3eryana|3iryana|3iryaneh|3aryaneh|bdon hdom|bedon hdom|mn 8er hdom|min gher hdoom|"
            r"mn gheir hdom|bala tyab|bela tyab|bdon malabes|sexy|se?xi|nude|naked|bel andar|"
            r"bel bra|bel sentian|bel mayoh|bel bikini|w enti 3aryana|fel 7amam|fil 7ammam)\b")),
    # -- racist slurs used at someone -------------------------------------------
    rule("slur:racist", "slur",
         "عبد عبيد زنجي زنجيه زنوج كحلوش كحلوشه خدامه خادمه شغاله عبده",
         r"(?:يا|انت|انتي|يلا يا|روح يا|روحي يا|هاد|هذا|هذي|هاي|ده|دي|يابن|يا ابن|يا بنت|يا ولد) "
         r"(?:\S+ )?(?:عبد|عبيد|عبده|زنجي|زنجيه|زنوج|كحلوش|كحلوشه|خدامه|خادمه|شغاله|عبد اسود|عبده "
         r"سودا|عبد اسمر)\b(?! ?(?:الله|الرحمن|الرحيم|العزيز|الكريم|المجيد|الملك|الناصر|اللطيف|الحميد|"
         r"القادر|الرزاق|الغني|الوهاب|الفتاح|المنعم|الحكيم|السلام|الهادي|الباري|الحي|ال\S+|لله))|"
         r"(?:زنجي|زنجيه|زنوج|عبد اسود|عبيد سود)\b"),
    rule("slur:racist", "slur",
         "3abd 3abed 3abda 3bd 3abeed 3bid 3abid abd zenji zengi zinji zanji ka7loosh ka7lush "
         "kahloosh 5addama khaddama 5adama sha88ala shaghala",
         az(r"\b(?:you|enta|enti|inta|inti|anta|anti|yalla you|roo7 you|ro7 you|hada|haza|hay|"
            r"da|di|yabn|you ebn|you ibn|you bent|you bint|you walad) (?:\S+ )?(?:3abd|3abed|3abda|"
            r"3bd|3abeed|3bid|3abid|zenji|zengi|zinji|zanji|zengeya|zenjiyye|ka7loosh|ka7lush|"
            r"ka7loosha|5addama|khaddama|5adama|sha88ala|shaghala|3abd aswad)\b"
            r"(?! ?(?:allah|alla|el ?ra7man|al ?ra7man|el ?3aziz|al ?3aziz|el ?kareem|al ?kareem|"
            r"el ?\w+|al ?\w+))|\b(?:zenji|zengi|zinji|zanji|zengeya|znoog|znouj|zonog)\b")),
]


SPAM: list[Rule] = [
    rule("spam:scam", "spam",
         "روبوكس جواهر جيمز شدات يوسي فيبوكس الماس ماسات مجانا مجاني مجانيه ببلاش فري شحن الباسورد "
         "باسوردك الباسوورد السر المرور السري باسورد الباس الرمز كود والباسورد الحساب حسابك يوزرك "
         "اليوزر الايميل ايميلك",
         r"(?:روبوكس|الروبوكس|روبكس|جواهر|الجواهر|جيمز|الجيمز|شدات|الشدات|يوسي|فيبوكس|في باكس|الماس|"
         r"ماسات|الماسات|كوينز|سكنات|نيترو|بطاقات شحن|شحن)(?: \S+){0,2}? (?:مجانا|مجاني|مجانيه|ببلاش|"
         r"فري(?! فاير)|free(?! fire)|بلاش|بدون فلوس|ب ?صفر)|"
         r"(?:مجانا|ببلاش|مجاني|مجانيه|شحن مجاني)(?: \S+){0,2}? (?:\d+ )?(?:روبوكس|الروبوكس|"
         r"روبكس|جواهر|الجواهر|جيمز|شدات|يوسي|فيبوكس|الماس|ماسات|الماسات|نيترو)\b|"
         r"(?:احصل على|اربح|اكسب|خذ|خد|هديه)(?: \S+){0,2}? (?:\d+ )?(?:روبوكس|الروبوكس|روبكس|جواهر|"
         r"الجواهر|جيمز|شدات|يوسي|فيبوكس|الماس|ماسات|الماسات|نيترو)\b[^.!?]{0,60}(?:مجانا|مجاني|"
         r"ببلاش|فري|رابط|الرابط|اللينك|لينك|ادخل|اضغط|حسابك|اسم الحساب)|"
         r"(?:ابعت|ارسل|اكتب|اعطيني|عطني|حط|ادخل|سجل|دخل|ابعتلي|ارسلي|ابعتيلي|اكتبلي|هات|اكتبي|"
         r"ارسلي لي|حطلي|حطيلي) (?:\S+ ){0,3}?(?:اسم الحساب|اسم المستخدم|يوزرك|اليوزر|الايميل|"
         r"ايميلك|ايميل|حسابك|اليوزرنيم|يوزرنيم|اسم حسابك|رقمك)\S*(?: \S+){0,3}? (?:و|مع|او)? ?"
         r"(?:الباسورد|باسوردك|الباسوورد|كلمه السر|كلمه المرور|كلمه سرك|كلمه مرورك|الرقم السري|"
         r"الرمز السري|باسورد|الباس|كود التحقق|الكود|الرمز|رمز التحقق|الباسوورد حقك)|"
         r"(?:ابعت|ارسل|اكتب|اعطيني|عطني|ابعتلي|ارسلي|ابعتيلي|اكتبلي|هات|قولي|قلي) (?:\S+ )?"
         r"(?:الباسورد|باسوردك|كلمه السر|كلمه المرور|كلمه سرك|كلمه مرورك|الرقم السري|الباس حقك|"
         r"الباس تبعك|الباس بتاعك|باسورد حسابك|كود التحقق|رمز التحقق)"),
    rule("spam:scam", "spam",
         "majanan mjanan majani majjani majana mjane bbalash balash bilash password basword "
         "baswerd passwordak passwordek passak passek basswordak kelmet kilmit kalimat kalmet",
         az(r"\b(?:robux|gems|diamonds|jawaher|gawaher|almas|shadat|uc|vbucks|v bucks|coins|skins|"
            r"nitro)(?: \S+){0,2}? (?:majanan|mjanan|majani|majjani|majana|mjane|bbalash|b balash|"
            r"bbala?sh|balash|bilash)\b|"
            r"\b(?:majanan|mjanan|majani|bbalash|balash|free) (?:\S+ )?(?:robux|gems|diamonds|"
            r"jawaher|gawaher|almas|shadat|vbucks)\b[^.!?]{0,60}(?:\blink\b|\bel link\b|"
            r"\bedkhol\b|\bod5ol\b|\bed5ol\b|\bda5al\b|\b7esabak\b|\bpassword\b|\bpass\b|\buser\b)|"
            r"\b(?:ab3at|eb3at|ab3atli|eb3atli|ersel|arsel|ersili|ekteb|oktob|ektb|ekteb?li|7ot|7ott|"
            r"da5al|dakhal|dakhel|da5el|edkhol|od5ol|ed5ol|hat|a3tini|3tini) (?:\S+ ){0,3}?(?:esm "
            r"el 7esab|esm el account|el account|el user|user name|username|el username|"
            r"el email|el gmail|email|gmail|7esabak|7esabek|accountak) (?:\S+ ){0,3}?"
            r"(?:w|we|and|ma3|m3)? ?(?:el ?)?(?:password|pass|basword|baswerd|el code|code|kelmet "
            r"el ser|kelmet el sir|kalimat al sir|kilmit el sir|kalmet el ser|kelmet elser)\b|"
            r"\b(?:ab3atli|eb3atli|ersili|ekteb?li|oktobli|hat|a3tini|3tini|2olli|2oli|ololi) "
            r"(?:\S+ )?(?:el ?password|el ?pass|passwordak|passwordek|passak|passek|basswordak|"
            r"kelmet el ser|kelmet el sir|kilmit el sir|el code|code el ta2kid)\b"),
         requires="majanan mjanan majani majjani majana mjane bbalash balash bilash el ab3at "
                  "eb3at ab3atli eb3atli ersel arsel ersili ekteb oktob ektb 7ot 7ott da5al dakhal "
                  "dakhel da5el edkhol od5ol ed5ol hat a3tini 3tini 2olli 2oli ololi oktobli"),
]


# regex sources of discussion / reporting frames, searched in the text of the
# sentence before a hit.  Every frame is anchored near the hit ("$" after at
# most a few words) and a first-person word in between ends its reach, so a
# disclosure after an unrelated report ("قالتلي امي ... وانا بدي اموت") is
# not excused.
_FRAMES_SRC = [
    # talk/content/videos/posts/lessons "about" the harm: discussion, not disclosure
    r"(?:كلام|محتوى|محتوي|فيديوهات|فيديو|منشورات|بوستات|مقاطع|اخبار|خبر|حملات|حمله|توعيه|درس|"
    r"حصه|موضوع|نقاش|مقال|مقالات) (?:\S+ )?(?:عن|حول|بخصوص) ?$",
    # reports: "he told me / asked me / sent me ..."
    r"(?:قال لي|قالي|قاللي|قالتلي|قالت لي|طلب مني|طلبت مني|طلبوا مني|طلب منها|طلب منه|سالني|"
    r"سالتني|سالها|ساله|بعتتلي|ارسل لي رساله|ارسلت لي|كتبلي|كتب لي|كتبتلي|وصلني|وصلتني|جاني|"
    r"جاتني|جتني|وصلها|وصله|وصلتها|بعتوا لها|بعتوله|بعتولها|بعتلها|بعتله|ارسلوا لها|ارسلوا له|"
    r"ارسل لها|ارسل له|حكالي|حكتلي|حكى لي|حكت لي|قالها|قالتلها|قاله|كلمها|يطلب من|بيطلب من|"
    r"يقولون|بيقولوا|بيقولو|يقولوا|يكتبون|بيكتبوا|يقولون للاطفال|بيقولوا للاطفال|"
    r"يقولون لل|بيقولوا لل|يطلبون من|بيطلبوا من) " + _GAP + r"{0,4}$",
    # "if someone / a friend / a stranger ...", "when someone ..."
    r"(?:اذا|لو|لما|عندما|حين|ان) (?:\S+ ){0,2}?(?:حد|احد|حدا|شخص|واحد|واحده|غريب|غريبه|صديقك|"
    r"صاحبك|صاحبتك|صديقتك|رفيقك|رفيقتك|اي حد|اي شخص|اي احد|طفل|بنت|ولد|حدن|كبير|شخص كبير|"
    r"صديق|صديقه|زميلك|زميلتك) " + _GAP + r"{0,5}$",
    # teacher / coach / parents said, warned, taught
    r"(?:المعلم|المعلمه|المدرس|المدرسه|الاستاذ|الاستاذه|الميس|المس|المستر|المدرب|المدربه|الكوتش|"
    r"الاخصائي|الاخصائيه|المرشد|المرشده|الدكتور|الدكتوره|ماما|بابا|امي|ابوي|ابويا|اهلي|الشرطه|"
    r"المحاضر|المحاضره) (?:\S+ )?(?:قال|قالت|قالنا|قالتلنا|قال لنا|قالت لنا|علمنا|علمتنا|شرح|شرحت|"
    r"شرحلنا|شرحتلنا|نبهنا|نبهتنا|حذرنا|حذرتنا|بيقول|بتقول|يقول|تقول|نصحنا|نصحتنا|وضح|وضحت) "
    r"" + _GAP + r"{0,8}$",
    # we learned / people post / content about ...
    r"(?:تعلمنا|اتعلمنا|درسنا|تكلمنا|اتكلمنا|حكينا|نتكلم|نحكي|يتكلمون|بيتكلموا|يحكوا|بيحكوا|"
    r"ينشرون|بينشروا|ينشروا|بينزلوا|ينزلون|محتوى|فيديوهات|مقاطع|منشورات|بوستات|حمله|توعيه|درس|"
    r"مقال|فيديو|موضوع|قصص|اخبار|خبر|نتناقش|ناقشنا|نقاش|التوعيه) (?:\S+ ){0,3}?(?:عن|حول|بخصوص|"
    r"ضد) (?:\S+ )?\S*$",
    # a general population as subject: "kids who ...", "people who ..."
    r"(?:الناس|ناس|بعض الناس|الاطفال|اطفال|المراهقين|الشباب|البنات|الاولاد|ولاد|الطلاب|طلاب) "
    r"(?:اللي|الي|الذين|الذي|يلي|اللى|اللذين) (?:\S+ )?$",
    # my friend was sent / was asked ...
    r"(?:صاحبتي|صديقتي|صاحبي|صديقي|رفيقتي|رفيقي|اختي|اخوي|اخويا|اخي|زميلتي|زميلي|صحبتي|صحبي|"
    r"بنت خالتي|بنت عمي|ابن عمي|ابن خالتي|واحده من صحباتي|واحد من صحابي) (?:\S+ ){0,3}?"
    r"(?:وصلها|وصله|جالها|جاله|جاها|جاه|بعتولها|بعتوله|ارسلوا لها|ارسلوا له|حد بعتلها|حد بعتله|"
    r"واحد بعتلها|واحد بعتله|شخص ارسل لها|شخص ارسل له|قالها|قالتلها|قاله|طلبوا منها|طلب منها|"
    r"طلب منه|طلبوا منه|سالها|ساله|كلمها|كلمه) " + _GAP + r"{0,6}$",
    # Arabizi: reports, "if someone ...", teacher said, we learned about
    az(r"\b(?:2alli|2ali|2aly|2aletli|2alatli|2alitli|qalli|gali|galli|galatli|talab mni|"
       r"6alab mni|talab meni|6alab meni|6alabat mni|talabet meni|sa2alni|sa2alatni|sa2lni|"
       r"ba3atetli|ba3atatli|ba3tetli|katabli|katab li|katabetli|wasalni|wasalatni|wesli|"
       r"wasalha|weselha|wasalo|7akali|7akatli|7aketli|5abbarni|bey2olo|bi2olo|by2olo|"
       r"bit2olo|biy2ulu|by2ollo) " + _GAP + r"{0,4}$", False),
    az(r"\b(?:law|lw|iza|eza|itha|lma|lama|lamma|if) (?:\S+ ){0,2}?(?:7ad|7ada|a7ad|sha5s|shakhs|"
       r"wa7ed|wa7da|sa7bak|sa7bek|sa7btak|sa7btek|sa7bik|rfee2ak|rfee2tak|sadi2ak|sadi2tak|"
       r"ghareeb|8areeb|gharib|someone|a stranger|a friend) " + _GAP + r"{0,5}$", False),
    az(r"\b(?:el ?modares|el ?modarres|el ?modarresa|el ?modaresa|el ?mo3alem|el ?mo3alema|"
       r"el ?ostaz|el ?ostaza|el ?miss|el ?mister|el ?coach|coach|el ?modareb|el ?modarreb|"
       r"el ?teacher|teacher|mama|baba|the teacher|the coach|our teacher) (?:\S+ )?(?:2al|2alet|"
       r"2alna|2aletlna|2alitlna|2alatlna|2alatilna|2al lna|2alet lna|2alt|qal|qalat|gal|galat|"
       r"galet|galetlna|3allamna|3allametna|shara7|shar7et|shara7etlna|nasa7na|7azzarna|"
       r"7azarna|bey2ol|bet2ol|bt2ol|by2ol) " + _GAP + r"{0,8}$", False),
    az(r"\b(?:et3allamna|it3allamna|t3allamna|darasna|etkallemna|itkallamna|7akena|7keena|"
       r"bynshro|byenshoro|benshoro|yenshoro|content|videos|posts|mawdoo3|mawdo3) (?:\S+ ){0,3}?"
       r"(?:3an|3n|about|7awl) (?:\S+ )?$", False),
]
# All packs' frames are joined into one regex and searched at every position
# of the sentence, so each script's frames sit behind a one-character
# look-ahead: on text in another script they fail at once.
_AR_FRAMES = [fold_pattern(src) for src in _FRAMES_SRC if _ARABIC_LETTER.search(src[:12])]
_AZ_FRAMES = [src for src in _FRAMES_SRC if not _ARABIC_LETTER.search(src[:12])]
FRAMES: list[str] = [
    "(?:(?=[\u0621-\u064a])(?:" + "|".join(_AR_FRAMES) + "))",
    "(?:(?=[a-z0-9'])(?:" + "|".join(_AZ_FRAMES) + "))",
]
