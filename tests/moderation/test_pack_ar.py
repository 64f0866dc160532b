"""HateCheck-style functional tests for the Arabic pack (moderation/packs/ar/):
MSA, Gulf, Egyptian and Levantine dialects and Arabizi (digits inside words).
One class of case per test; every family has clean counter-examples
(discussion, reports, idioms, everyday chat)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from moderation.normalise import prepare
from moderation.packs.ar import az
from tests.moderation.helpers import clean, held


# -- the phrase form Arabizi reaches the rules in --------------------------
@pytest.mark.parametrize(("text", "plain"), [
    ("ana 3ayez amot", "ana eayez amot"),  # leet step: 3 -> e inside 0/1/3/4/5/7 words
    ("ma as7ash", "ma astash"),
    ("2alby", "2alby"),  # a word with 2/6/8/9 keeps all its digits
    ("el7a2ni", "el7a2ni"),
    ("ya 7mar", "you tmar"),  # "ya" is expanded like the English chat word
])
def test_arabizi_phrase_form(text: str, plain: str) -> None:
    assert prepare(text).plain == plain


@pytest.mark.parametrize(("pattern", "text"), [
    ("3ayez amot", "eayez amot"),
    ("3ayez amot", "3ayez amot"),
    ("3ayez amot", "ayez amot"),
    ("7ayati", "tayati"),
    ("7ayati", "hayati"),
    ("5alas", "khalas"),
    ("el7a2ni", "el7a2ni"),
    ("ya 7mar", "you hmar"),
])
def test_az_pattern_accepts_every_form(pattern: str, text: str) -> None:
    import re

    assert re.fullmatch(az(pattern), text)


# -- self-harm: wanting to die / disappear ------------------------------
@pytest.mark.parametrize("text", [
    "بدي موت",
    "والله بدي اموت خلص",
    "انا عايز اموت",
    "عايزه اموت بجد",
    "ابي اموت",
    "ابغى انتحر",
    "نفسي اموت واخلص",
    "اريد ان اختفي من هالدنيا",
    "ياريتني ما اتولدت",
    "ليتني مت",
    "مش عايزه اعيش",
    "ما بدي عيش",
    "ana 3ayez amot",
    "ana 3ayza amoot",
    "bade mout",
    "baddi moot w 5alas",
    "abi amoot",
    "nefsi amot",
    "wallah 3ayez amut",
    "mesh 3ayez a3ish",
    "msh 3ayza a3eesh tany",
    "ma bade 3ish",
    "yaretni ma etwaladt",
])
def test_selfharm_want_to_die(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- self-harm: tired of life, no point, better off without me -----------
@pytest.mark.parametrize("text", [
    "تعبت من الحياه",
    "زهقت من حياتي خلاص",
    "مليت من الدنيا",
    "طفشت من حياتي",
    "ما في فايده من حياتي",
    "مفيش معنى للحياه",
    "حياتي ملهاش معنى",
    "الكل هيرتاحوا من غيري",
    "اهلي احسن بدوني",
    "محد رح يفتقدني",
    "محدش هيفتقدني لو مت",
    "ta3bt mn el 7aya",
    "ana ta3bana men 7ayati",
    "zah2an mn el donya",
    "mafish fayda mn 7ayati",
    "7ayati malhash ma3na",
    "el kol a7san mn gheiri",
    "kolohom hayerta7o law mot",
    "ma7adsh hayefta2edni",
])
def test_selfharm_tired_burden(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- self-harm: goodbyes, not being here ---------------------------------
@pytest.mark.parametrize("text", [
    "هاي اخر رساله مني",
    "رسالتي الاخيره ليكم",
    "وداعا للجميع",
    "سامحوني على كل شي",
    "مش هتشوفوني تاني",
    "ما رح تشوفوني بعد اليوم",
    "مش هكون موجوده الاسبوع الجاي",
    "مش هكون عايش",
    "a5er resala meni",
    "sam7oni 3ala kol 7aga",
    "mesh hatshofoni tani",
    "msh hakon mawgood el esbo3 el gai",
    "mesh hakon 3ayesh",
])
def test_selfharm_goodbye(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- self-harm: methods (pills, rooftops) --------------------------------
@pytest.mark.parametrize("text", [
    "بجمع حبوب من شهر",
    "مخبيه الحبوب تحت السرير",
    "باخد علبه بنادول كلها",
    "اخذت كل الحبوب",
    "بفكر انط من السطح",
    "بدي ارمي حالي من البلكون",
    "هرمي نفسي من الشباك",
    "bagama3 7obob",
    "m5abya el 7obob",
    "5adt kol el 7obob",
    "ba2foz mn el balcona",
    "bafakar anot mn fo2 el sate7",
    "ra7 armi 7ali mn el shebbak",
])
def test_selfharm_methods(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- self-harm: cutting, hiding scars, again ------------------------------
@pytest.mark.parametrize("text", [
    "جرحت نفسي تاني",
    "اذيت نفسي مره ثانيه",
    "رجعت اجرح ايدي",
    "بشطب ايدي بالشفره",
    "بلبس اكمام طويله عشان محد يشوف الجروح",
    "بخبي الجروح عن امي",
    "gara7t nafsi tani",
    "2azeit nafsi tany",
    "rege3t agra7 nafsi",
    "balbas kom taweel 3ashan ma7adsh yshof el gro7",
    "ba5abi el gro7 mn mama",
])
def test_selfharm_cutting(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- telling someone to die (bullying + self_harm) ------------------------
@pytest.mark.parametrize("text", [
    "روح موت",
    "روحي انتحري",
    "اقتل نفسك",
    "ليش ما تموت",
    "ياريت تموت",
    "انشالله تموتي",
    "موت وريحنا",
    "ro7 mot",
    "roo7i ento7eri",
    "2tol nafsak",
    "ya rait tmoot",
    "inshallah tmoti",
    "mot w re7na",
])
def test_incitement(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")
    held(pipe, text, "self_harm")


# -- grooming: secrecy ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "متقوليش لمامتك",
    "اوعي تقولي لحد",
    "خليها سر بيني وبينك",
    "هذا سر بيننا",
    "ما تحكي لاهلك عن كلامنا",
    "محد لازم يعرف",
    "كلامنا يضل بينا",
    "mat2olish l mamtek",
    "ew3i t2oli l7ad",
    "khaliha sir benna",
    "da sir beni w benak",
    "ma t7ki la ahlik",
    "beni w benak w bas",
])
def test_grooming_secrecy(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: off-platform moves ----------------------------------------
@pytest.mark.parametrize("text", [
    "كلميني على الواتس",
    "ضيفيني سناب",
    "خلينا نكمل على التليجرام",
    "تعالي خاص",
    "ابعتيلي رقمك",
    "عندك انستا؟",
    "kalemni 3al whatsapp",
    "daifini snap",
    "ta3ali private",
    "yalla nkammel 3ala telegram",
    "ab3atli ra2mek",
    "3andek insta?",
])
def test_grooming_off_platform(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: photo, camera and video-call requests ---------------------
@pytest.mark.parametrize("text", [
    "ابعتيلي صورتك",
    "دزيلي صوره لك",
    "وريني شكلك",
    "افتحي الكاميرا",
    "تعالي نعمل فيديو كول",
    "ba3atily sora",
    "ab3atli sortek",
    "warini wishek",
    "efta7i el camera",
    "yalla n3mel video call",
])
def test_grooming_photo_request(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: age, location, school, home alone -------------------------
@pytest.mark.parametrize("text", [
    "عمرك كام",
    "قديش عمرك",
    "ساكنه فين",
    "وين مدرستك",
    "انتي لوحدك في البيت",
    "اهلك في البيت؟",
    "امتى اهلك بيخرجوا",
    "3omrek kam",
    "kam 3omrik",
    "sakna fen",
    "madrastek esmaha eh",
    "enti lewa7dek fel beit",
    "ahlek mesh fel beit?",
    "fi ay saf",
])
def test_grooming_personal_questions(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: meeting proposals ------------------------------------------
@pytest.mark.parametrize("text", [
    "تعالي نتقابل في المول",
    "نشوف بعض بعد المدرسه",
    "اجيلك البيت بكره",
    "بمر عليكي بالسياره",
    "net2abel fel mall",
    "neshof ba3d fel cafe",
    "agilek el beit",
    "a3adi 3aleki bel 3arabeya",
])
def test_grooming_meeting(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: gifts and game currency for photos -----------------------
@pytest.mark.parametrize("text", [
    "بعطيك جواهر اذا ترسلي صوره",
    "هشحنلك شدات لو تبعتيلي صورتك",
    "روبوكس مقابل صوره",
    "ابعتي صوره وبشحنلك جواهر فري فاير",
    "a3tik gems law teb3atili sora",
    "robux law tb3aty sortek",
    "ab3ati sora w a3tik diamonds",
])
def test_grooming_gifts(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: "I understand you better than your family" ---------------
@pytest.mark.parametrize("text", [
    "انا بفهمك اكتر من اهلك",
    "انا افهمك احسن من امك",
    "اهلك ما بيفهموكي زيي",
    "انا الوحيد اللي فاهمك",
    "ana bafhamek aktar mn ahlek",
    "ana el wa7id elly fahmek",
])
def test_grooming_isolation(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- insults aimed at a person -------------------------------------------
@pytest.mark.parametrize("text", [
    "انت عبيط",
    "يا بهيمه",
    "انتي زباله",
    "شكلك يقرف",
    "وشك بيقرف",
    "بتقرفيني",
    "محدش بيحبك",
    "الكل بيكرهك",
    "ya 7mar",
    "enta ghabi",
    "enti zbala",
    "ya kalb",
    "shaklak by2araf",
    "bt2rafni",
    "ma7adsh bi7ebak",
    "el kol byekrahak",
])
def test_bullying_insults(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


# -- threats -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "هقتلك",
    "والله لاكسر راسك",
    "بستناك بره بعد المدرسه",
    "بعرف وين بيتك",
    "ha2tlak",
    "hakasar wishak",
    "hastanak barra",
])
def test_threats(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "هنشر صورك في المدرسه",
    "بفضحك",
    "رح ابعت صورك لاهلك",
    "hafda7ek",
    "hanshor sowarek",
])
def test_threat_spreading_photos(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


# -- sexual requests -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "ابعتيلي صوره بالاندر",
    "وريني جسمك",
    "ايه لون الستيان",
    "اقلعي هدومك",
    "انتي لابسه ايه",
    "ابعتيلي صوره من غير هدوم",
    "warini gesmek",
    "lon el bra",
    "e2la3i hdomek",
    "enti labsa eh",
    "ab3atli sora bdon hdom",
])
def test_sexual_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


# -- racist slurs --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "يا عبد",
    "روح يا عبد",
    "انت زنجي",
    "ya 3abd",
    "enta 3abd",
])
def test_slurs(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "slur")


# -- profanity (lexicon) -------------------------------------------------
@pytest.mark.parametrize("text", [
    "كسمك",
    "يلعن ابوك",
    "يا ابن الكلب",
    "yel3an abok",
    "kosomak",
    "kos omak",
    "ya sharmouta",
    "ya ibn el kalb",
    "a7a",
    "ya 5awal",
])
def test_profanity(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.reasons)
    assert {"profanity", "slur"} & set(v.categories), (text, v.categories)


# -- spam and scams ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "روبوكس مجانا ادخل الرابط",
    "شدات مجانيه للكل",
    "ابعتلي اسم الحساب والباسورد واشحنلك",
    "اكتب يوزرك وكلمه السر",
    "robux majanan",
    "gems bbalash",
    "ab3atli el username wel password",
])
def test_spam(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "spam")


# -- hard negatives ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    # idioms: "to death", laughing, gaming
    "بحبك موت",
    "الفيلم حلو موت",
    "موت من الضحك",
    "متت من الضحك",
    "هالعبه بتموتني",
    "قتلت الوحش في اللعبه",
    "ana ba7ebak mot",
    "mot mn el d7k",
    "mett mn el da7k",
    "2telt el boss",
    # everyday chat
    "تعبت من المذاكره",
    "تعبت من الواجب",
    "ta3bt mn el mozakra",
    "ana ta3ban shwaya",
    "اخدت حبوب للصداع",
    "اشتريت علبه بنادول لماما",
    "مش هكون موجود بكره في المدرسه عشان مسافر",
    "بلبس اكمام طويله عشان الجو برد",
    "سامحوني على التاخير",
    "ab3atli sora el wageb",
    "اشوفك بكره في المدرسه",
    "ashofak bokra fel madrasa",
    "عندك واجب الرياضيات؟",
    "شكلك تعبان النهارده",
    "شكلك حلو",
    "انت وحش في اللعبه",
    "enta we7esh fel game",
    "يا عبد الرحمن تعال",
    "ya 3abd el ra7man",
    "ana ba7eb el robux",
    "اشتريت جواهر في فري فاير",
    "عمري ١٤ سنه",
    "kam sa3a el wageb",
    "ana fel beit lewa7di",
    "بنتكلم بكره في الصف",
    "3ayez a3raf el wageb",
    "nefsi aroo7 el bahr",
    "bade roo7 3al beit",
    "hayati kollaha wageb",
    "sa7bi ta3ban",
    "الامتحان بكره وانا تعبانه شويه",
    "يا جماعه مين عنده واجب العلوم",
    "ana 3ayez akol pizza",
    "bade roo7 3al mall ma3 ahli",
    "enta 3abqari ya sa7bi",
    "shaklak 7elw el naharda",
    "ma7adsh fahem el so2al",
    "kol el nas bt7eb el game da",
    "ma bade roo7 3al madrase bokra",
    "mesh hakon mawgood bokra fel madrasa",
    "انتي من وين اصلا؟ انا من الاردن",
    "عندي سناب بس ما بستخدمه",
    "اهلي مسافرين وانا عند جدتي",
    "ابي اشوف الفيلم الجديد",
    "وريني الرسمه اللي رسمتيها",
    "ابعتلي الملف على الايميل",
    "خليها سر بس انا بحب واحد من صفنا هههه",
    "والله الجو حر موت",
    "Je cherche le mot exact",
    "kam wa7ed fel saf",
])
def test_everyday_and_idioms_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    # discussion and reporting frames
    "المعلمه قالت لو حد قالك ابعتيلي صورتك بلغي اهلك",
    "لو حد قالك متقوليش لمامتك ده غلط",
    "اذا صاحبك قال بدي موت لازم تحكي لحد كبير",
    "الناس ينشرون عن الانتحار على تيك توك والمنصات لازم تحذفه",
    "تعلمنا عن الانتحار في المدرسه",
    "واحد قالي ابعتيلي صورتك وانا بلكته",
    "صاحبتي وصلها ابعتيلي صورتك من واحد غريب",
    "el modarresa 2alet law 7ad 2alak ab3atli sortak 2oli l mama",
    "law 7ad 2alak kalemni 3al whatsapp matroddesh",
    "wa7ed 2ali ab3atili sortek w ana 3amalto block",
])
def test_discussion_frames_pass(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", [
    # a report frame earlier in the sentence does not excuse a disclosure later
    "قالتلي امي اني فاشله وانا بدي اموت",
    "el modarresa 2alet eni ghabeya w ana 3ayza amot",
])
def test_frames_do_not_excuse_later_disclosure(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    # "رح" is also the first person's future: "I was going to die of embarrassment"
    "كنت رح موت من الخجل لما وقعت قدام الصف",
    "رح موت من الملل بهالحصة",
])
def test_dying_of_shame_or_boredom_is_no_incitement(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text, "ar")
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)


def test_go_die_is_still_incitement(pipe: Pipeline) -> None:
    held(pipe, "روح موت يا غبي", "self_harm")
