"""Arabic self-harm rules (MSA, dialects, Arabizi).

First-person disclosures (wanting to die, tired of life, goodbye letters,
pills, rooftops, cutting) are held with generic frames only; telling someone
else to die is bullying + self_harm, as in the family rules.
"""

from __future__ import annotations

from ...rules import Rule, rule
from ...selfharm_arabizi_words import TRIVIAL, WHERE
from ._script import az, az_triggers

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


SELF_HARM: list[Rule] = [
    # -- wanting to die / disappear (MSA and dialects) --------------------------
    rule("self_harm:disclosure", "self_harm",
         "اموت موت الموت انتحر انتحار اختفي اقتل انهي اكون مت اروح اعيش عيش اصحى اكمل ياريتني ليتني "
         "ياليتني اتولدت انولدت ميت ميته",
         _WANT_AR + r" (?:ان |اني |لو |اني )?(?:اموت|موت|الموت|انتحر|اختفي|اختفى|اقتل نفسي|اقتل حالي|"
         r"انهي حياتي|انهي كل شي|اكون ميت|اكون ميته|اروح ومرجعش|اروح وما ارجع|انام وما اصحى|انام وما "
         r"اقوم|مت|اني مت|ما اكون موجود|ما اكون موجوده|ارتاح من (?:الدنيا|الحياه|حياتي))|"
         r"(?:ما|مش|مو|مب|لا|ما عاد|ما عدت|مابدي|مبقتش|مابقيتش|ماعاد) (?:\S+ )?(?:بدي|ابي|ابغى|عايز|"
         r"عايزه|عاوز|عاوزه|اريد|حابب|حابه)? ?(?:اعيش|عيش|اكمل حياتي|اكمل(?= ?[.!?،,]| ?$| خلاص| كذا| هيك)|"
         r"ابقى عايش|ابقى عايشه|اصحى بكره|"
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
         r"رساله وداع(?![^.!?]*(?:معلم|استاذ|مدرس|تقاعد|ينتقل|تنتقل|انتقل|مسافر))|رساله انتحار|"
         r"وداعا (?:للجميع|يا دنيا|للابد|لكل|يا جماعه|يا حياه)|"
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
         # a jump in a game ("اخوي نط من البلكونه باللعبه") is no method
         r"(?: \S+){0,2}? (?:من )?(?:فوق |على |عن )?" + _ROOF_AR + r"(?!\S*(?: \S+){0,2} (?:باللعبه|في اللعبه|"
         r"بالجيم|في الجيم|بالقيم|في القيم))|"
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
         az(r"\b" + _WANT_AZ + r" (?:an |en |eni |ini |ane |enni )?" + _DIE_AZ + r"\b" + TRIVIAL + r"|"
            r"\b(?:mesh|mish|msh|mush|mo|mu|ma|mab|mani|mane|mbi|mabi|mabgha|mabade|mabadi)(?: " + _WANT_AZ
            + r")? (?:a3ish|a3eesh|3ish|3eesh|a3yesh|a3eish|akammel|akamel|akmel|akammel 7ayati|"
            r"akml 7yati|as7a bokra|a9a7a bokra|as7a tani)\b" + WHERE + r"|"
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
         # "كنت رح موت من الخجل": "رح" is also the future of the first person ("I was going
         # to die of embarrassment"), and dying *of* boredom, shame or hunger is hyperbole
         r"(?<!كنت )(?<!كنا )(?:روح|روحي|رح|روحو|قوم|قومي) (?:\S+ )?(?:موت|موتي|انتحر|انتحري|اقتل نفسك|"
         r"اقتلي نفسك|اقتل حالك|اقتلي حالك|موّت نفسك)\b(?! من (?:ال)?(?:ملل|خجل|ضحك|جوع|برد|حر|تعب|كسوف|"
         r"احراج|فرح\S*|زهق|قهر|نعس|خوف|رعب|شوق|عطش))|"
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
         # "thanks for everything, goodbye" alone ends an ordinary day; "forever" is final
         r"(?:مع السلامه|وداعا|باي|الوداع) (?:\S+ )?للابد",
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
    # Arabizi: hurting or cutting oneself told as a habit, "ana ba2zy nafsi", "kont bagra7 edi"
    # (a past the recovery frames may excuse: "... bas el 3elag sa3adni w ana kwayesa dlwa2ti");
    # "mesh ba2zy nafsi" (I don't) passes
    rule("self_harm:injury", "self_harm",
         az_triggers("ba2zy ba2zi ba2za ba2zya ba2zeya b2zy b2zi b2za bo2zi ba2azi b2azi a2zi a2zy "
                     "e2zi bagra7 bajra7 bgra7 bjra7 bashta6 bashtob agra7 ajra7 ashta6"),
         az(r"\b(?<!mesh )(?<!msh )(?<!mish )(?<!mosh )(?<!ma )(?:(?:kont|kunt|knt|kint|kent) "
            r"(?:a2zi|a2zy|e2zi|agra7|ajra7|ashta6)|ba2z(?:i|y|a|ya|eya)|b2z(?:i|y|a)|bo2zi|ba2azi|"
            r"b2azi|bagra7|bajra7|bgra7|bjra7|bashta6|bashtob) (?:nafsi|nafsy|nefsi|nfsi|nfsy|7ali|"
            r"7aly|edi|eidi|iidi|idi|2idi|dra3i|dera3i|zra3i|rigli|regli|gesmi|jismi|ma3sami|me3sami)"
            r"\b"),
         framed="generic"),
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
            r"2oum|a2oum|oum|a9'7a|as7i|s7a)(?:sh|ash)?\b"), framed="generic"),
]

# -- short canonical disclosures (session 12's probe matrix) ---------------------------------
# Three to seven words as teens type them, in the script and in Arabizi: "بقتل نفسي", "ليتني
# ما جيت للدنيا", "انا مجرد عبء", "اشرط يدي بالموس", "اجوع نفسي عقاب", "رساله الوداع حقتي
# جاهزه", "عندي خطه انتحر", "الليله بنهي كل شي", "ما احد راح يفقدني", "اكره اني عايش";
# "ha2tel nafsi", "yareetni ma etwaladt", "ana 3eb2", "mesh 2ader akamel" as the whole message,
# "badrab nafsi", "ha2fez men el kobri", "katabt resalet wada3", "3andi 5etta ante7er", "bakrah eni
# 3ayesh", "bafakar fel enti7ar kol youm".  What passes: a game boss killed, a haircut, a jump
# into the pool, a farewell letter for a teacher who retires, "ما اقدر اكمل التمرين", pizza
# thought about every day.
_END_AR = r"(?= ?[.!?،,]| ?$)"
SELF_HARM += [
    rule("self_harm:disclosure", "self_harm",
         "بقتل حقتل هقتل ساقتل جيت عبء رساله اشرط شرطت اجوع اخلي بخلي استفرغ خطه الليله بنهي هنهي احد "
         "اكره بكره",
         r"(?:^|\s)(?:ب|ح|ه|س|راح ا|رح ا)قتل (?:نفسي|حالي)(?! من (?:الضحك|الجوع|التعب))|"
         r"(?:ليتني|ياليتني|يا ليتني|ياريتني|يا ريتني) (?:ما|لم) (?:جيت|اجي|انخلقت|خلقت) (?:لل|ل|على |ع )?"
         r"(?:الدنيا|هالدنيا|دنيا)|"
         r"(?:انا|أنا) (?:مجرد|بس|فقط) (?:عبء|عبئ)" + _END_AR + r"|"
         r"(?:اشرط|شرطت|بشرط|اشرح|شرحت) (?:يدي|ايدي|ذراعي|معصمي|رجلي|فخذي|نفسي)|"
         r"(?:اجوع|بجوع) نفسي|(?:اخلي|بخلي|اجبر|بجبر) نفسي (?:استفرغ|اتقيا|ارجع الاكل)|"
         r"عندي خطه (?:\S+ ){0,2}?(?:انتحر|للانتحار|اقتل|اموت|انهي حياتي|اخلص من حياتي)|"
         r"(?:الليله|اليوم|بكره) (?:راح |رح )?(?:انهي|بنهي|هنهي|حنهي|سانهي) (?:كل شي|كل شيء|حياتي|"
         r"كل حاجه)" + _END_AR + r"|"
         r"(?:ما احد|مااحد|ما فيه احد|مافيه احد) (?:رح |راح |ح |ب|س)?(?:يفقدني|يفتقدني|بيفقدني|بيفتقدني)|"
         r"(?:اكره|بكره|كرهت) (?:اني|كوني|انني) (?:عايش|عايشه|حي|حيه|على قيد الحياه)" + _END_AR + r"|"
         r"رساله (?:ال)?وداع(?: \S+)? (?:جاهزه|خلصت|كتبتها|مكتوبه)",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         az_triggers("2tel 2tol ha2tel 7a2tel ba2tel ma3andeesh ma3ndeesh ma3andish resala risala "
                     "hayeftekedni hayefte2edni hay7es bghyabi yareetni yaretni retni reetni 3eb2 2ader "
                     "mab2etsh mabaqetsh ba2ta3 bagra7 "
                     "ba7ra2 badrab baga3 ba5ali 2fez ha2fez katabt resalet 5etta leila bakrah "
                     "bafakar yeftekedni yefte2edni y7es kolohom kolhom"),
         az(r"\b(?:ha|7a|ba|b|h|ra7 a|rah a)2(?:tel|tol) (?:nafsi|nafsy|7ali)\b(?! (?:men|mn) el (?:da7k|"
            r"9o7k|goo3))|"
            r"\b(?:yareetni|yaretni|yareetny|yaretny|you reetni|you retni|yarit?ni|laitni|leetni) (?:ma|mat|"
            r"mo|la) ?(?:etwaladt|twaladt|itwaladt|enwaladt|inwaladt|etwalad|5ele2t|5le2t)\w*|"
            r"\bana (?:mogarad |mjrd |mugarad |bas |mogrd )?3eb2\b|"
            r"\b(?:ma3andeesh|ma3ndeesh|ma3andish|ma3ndish) (?:ay |a[iy] )?sabab (?:a3eesh|a3ish)\b|"
            r"\b(?:mesh|msh|mish|mosh|mab2etsh|mabaqetsh|mab2tsh|ma3odtesh) (?:2ader|2adra|adar|qader|qadra|"
            r"2dr) (?:akamel|akmel|akammel|akml)(?= ?[.!?,]| ?$| 7ayati| 7ayaty| kda| keda)|"
            r"\b(?:ba2ta3|ba2atta3|bagra7|bajra7|ba7ra2|ba7ara2|badrab|badreb|bedrab|badrob|baga3|"
            r"bagawe3|bajawe3) (?:nafsi|nafsy|7ali|edi|eidi|2edi|idi|dra3i)\b(?! (?:bel ghalat|men "
            r"gheir 2asd|bel 8alat))|"
            r"\b(?:ba5ali|b5ali|bakhali|bakhalli) nafsi (?:arage3|araje3|asta?fragh|atarsh)|"
            r"\b(?:ha|7a|ra7 a|hat|ba)2fez (?:men |mn )?(?:fo2 |3ala )?" + _ROOF_AZ + r"\b|"
            r"\b(?:katabt|katbt|ktabt) (?:resalet|risalet|resalt) (?:el )?wada3\b(?![^.!?]*\b(?:miss|mr|"
            r"ostaz|ostaza|modares|modarsa|mo3alem\w*|hatetla3|ma3ash|hayesafer|btesafer)\b)|"
            r"\b(?:resalet|risalet) (?:el )?wada3 (?:\w+ )?(?:gahza|jahza|5elset|5lst)\b|"
            r"\b(?:a5er|akher|a5ir) (?:resala|risala|message) (?:ma3a ?(?:el )?salama|bye|wada3an)\b|"
            r"\b(?:3andi|3ndi|3andy) (?:5etta|5eta|5ota|khetta|plan) (?:\S+ )?(?:ante7er|ante7r|lel enti7ar|"
            r"a2tel nafsi|amoot|amot)\b|"
            r"\b(?:el ?leila(?: di)?|elnaharda|enharda) (?:ha|7a|ra7 a|hat)(?:5alas|khalas|5lass) (?:kol 7aga|"
            r"kol shi|kolshi|3ala 7ayati)\b|"
            r"\b(?:mafish 7ad|mafeesh 7ad|ma7adesh|ma 7ad|ma7ad|wala 7ad) (?:ha|7a|ra7 |b)?(?:yeftekedni|"
            r"yefte2edni|yeftkedni|yeft2edni|yef2edni|yefqedni)\b|"
            r"\b7ad (?:mesh|msh|mish) (?:ha|7a)?(?:y7es|yi7es) (?:b ?ghyabi|bgheyabi|be ?ghyabi)\b|"
            r"\b(?:kolohom|kollohom|kolhom|kolohum|el kol) (?:\S+ )?(?:a7san|a7sn|afdal|mabsoteen) (?:men gheri|"
            r"men ghery|mn gheri|bdooni|bdoni)\b|"
            r"\b(?:bakrah|bakra|akrah|bakreh) (?:eni|ini|inni|enni|kawni) (?:3ayesh|3aysh|3ayza|3aysha|"
            r"3ayesha|mawgood|mawgoda)\b|"
            r"\b(?:bafakar|bafaker|bfakar|bafkar|afakar|afaker) (?:fel |fil |f |bel |bil )?(?:enti7ar|"
            r"ente7ar|inti7ar|ante7er|a2tel nafsi|a2tol nafsi)\b"),
         framed="generic"),
]
