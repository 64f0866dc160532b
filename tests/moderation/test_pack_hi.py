"""HateCheck-style functional tests for the Hindi language pack
(moderation/packs/hi/, moderation/data/lexicon/hi.txt).

One class of case per test function, parametrised over Devanagari and
romanised Hinglish written the way Indian children type (no capitals, no
punctuation, free spelling: nahi/nhi/nai, kar/kr, raha/rha, hai/h), with
hard negatives next to every family: hyperbole ("has has ke mar gayi"),
game and cricket talk, peers sharing trip photos or meeting at school,
lessons and reports about the harm ("teacher ne bataya...", "kisi anjaan
ne ... bheja"), and quoted examples ("'kisi ko mat batana' jaise
messages...").

Must-catch cases are also checked against the pack's own rules, so each
test shows what the pack adds and not only what older family rules catch."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline, Policy
from moderation.normalise import prepare
from moderation.packs import hi
from moderation.rules import RuleSet
from tests.moderation.helpers import clean, held

_PACK = {family: RuleSet(getattr(hi, family)) for family in ("SELF_HARM", "GROOMING", "HARM", "SPAM")}


def _pack_hit(text: str, family: str) -> None:
    """The Hindi pack on its own has an unexcused hit of this family."""
    hits = _PACK[family].scan(prepare(text))
    assert any(h.excused_by is None for h in hits), (text, family, hits)


# -- self-harm disclosures, Hinglish ---------------------------------------
@pytest.mark.parametrize("text", [
    "mujhe ab jeena nahi hai",
    "mujhe nahi jeena yaar",
    "ab nhi jeena mujhe",
    "jeena nai chahti ab",
    "sach me jeena nahi chahta main",
    "ab aur jee nahi sakti",
    "jeene ki koi wajah nahi hai",
    "zinda rehna nahi hai mujhe",
    "mujhe mar jana chahiye",
    "main toh bas marna chahti hu",
    "kaash main mar jaun",
    "kash mai paida hi na hota",
    "marne ka mann karta hai roz",
    "apni jaan le lungi ek din",
    "khudkushi kar lunga",
    "suicide karne ka soch rahi hu",
    "bas ab sab khatam karna hai",
    "mujhe sab khatam karna h",
    "sab kuch khatam kar dena chahti hu",
    "kaash ye sab khatam ho jaye",
    "meri zindagi khatam kar dungi",
    "main gayab ho jana chahti hu",
    "hamesha ke liye gayab ho jaungi",
    "kaash main gayab ho jaun",
])
def test_self_harm_disclosure_hinglish(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")
    _pack_hit(text, "SELF_HARM")


# -- self-harm disclosures, Devanagari -------------------------------------
@pytest.mark.parametrize("text", [
    "मुझे अब जीना नहीं है",
    "मुझे नहीं जीना",
    "अब और जी नहीं सकती",
    "जीने की कोई वजह नहीं",
    "मुझे मर जाना चाहिए",
    "काश मैं मर जाऊं",
    "काश मैं पैदा ही न होती",
    "मरने का मन करता है",
    "अपनी जान ले लूंगी",
    "बस अब सब ख़त्म करना है",
    "अब सब खत्म करना है",
    "मैं ग़ायब हो जाना चाहती हूँ",
    "मैं गायब हो जाना चाहता हूं",
    "हमेशा के लिए गायब",
    "मुझे अब जीना नहीं है। कोई नहीं समझता",
])
def test_self_harm_disclosure_devanagari(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")
    _pack_hit(text, "SELF_HARM")


# -- planning, self-injury, burden, finality (both scripts) -----------------
@pytest.mark.parametrize("text", [
    "neend ki goliyan jama kar rahi hu",
    "nind ki goliya chupa ke rakhi hai",
    "saari goliyan ek saath kha lungi",
    "poora patta kha lunga aaj",
    "chhat se kood jaungi kal",
    "building se jump karne ka soch rahi hu",
    "train ke aage kood jaunga",
    "maine apne haath pe cut lagaye kal raat",
    "aaj phir kalai pe blade maara",
    "phir se cut kiya maine",
    "nas kaat lungi",
    "sab mere bina khush rahenge",
    "gharwale mere bina zyada khush rahenge",
    "mere marne ke baad kisi ko fark nahi padega",
    "main mar bhi jaun to kisi ko fark nahi padega",
    "main sabke liye bojh hu",
    "agle hafte shayad yahan na rahu. sabko bye",
    "shayad kal main zinda na rahu",
    "zyada din yahan nahi rahungi",
    "sabko hamesha ke liye bye",
    "ye mera aakhri message hai",
    "alvida duniya",
    "नींद की गोलियाँ जमा कर रही हूँ",
    "सारी गोलियां एक साथ खा लूंगी",
    "छत से कूद जाऊँगी",
    "मैंने अपने हाथ पर ब्लेड से कट लगाए",
    "नस काट लूंगी",
    "सब मेरे बिना खुश रहेंगे",
    "मेरे मरने के बाद किसी को फ़र्क नहीं पड़ेगा",
    "मैं सबके लिए बोझ हूँ",
    "शायद अगले हफ्ते मैं यहाँ न रहूं",
    "सबको हमेशा के लिए अलविदा",
    "ये मेरा आख़िरी मैसेज है",
])
def test_self_harm_planning_injury_finality(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")
    _pack_hit(text, "SELF_HARM")


# -- hyperbole, idioms, everyday talk: must pass ------------------------------
@pytest.mark.parametrize("text", [
    "main has has ke mar gayi",
    "garmi se mar jaunga aaj",
    "ye game mujhe maar dalega",
    "maine boss ko maar diya finally",
    "tere bina jeena nahi yaar",
    "tere bina jee nahi sakta meri jaan",
    "mera homework sab khatam karna hai kal tak",
    "homework sab khatam karna hai",
    "main 2 din gayab rahunga exams hai",
    "main kal yahan nahi rahunga, shaadi mein ja raha hu",
    "ok sabko bye kal milte hain",
    "ye mera last message hai aaj ka, good night",
    "mujhe neend nahi aati raat ko",
    "dawai kha li ab theek hu",
    "maine apne haath pe mehndi lagayi",
    "building se jump karke enemy ko maara",
    "video mein cut lagaya aur edit kiya",
    "हँसते हँसते मर गई",
    "गर्मी से मर जाऊँगा",
    "मुझे नींद नहीं आती",
])
def test_self_harm_hyperbole_and_everyday_talk_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- lessons and hypotheticals about self-harm: must pass ----------------------
@pytest.mark.parametrize("text", [
    "agar koi dost bole ki sab khatam karna hai to bade ko batana chahiye",
    "agar koi dost bole ki mujhe mar jana chahiye to teacher ko batao",
    "agar koi dost kahe ki wo gayab ho jana chahti hai to use akela mat chhodo",
    "अगर कोई दोस्त कहे कि सब ख़त्म करना है तो बड़ों को बताओ",
])
def test_self_harm_hypothetical_frames_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- a lesson first, then a disclosure: still held ------------------------------
@pytest.mark.parametrize("text", [
    "teacher ne bataya tha par mujhe nahi jeena",
    "teacher ne bataya tha par mujhe ab jeena nahi hai",
    "humne seekha tha ki madad lo par main sab khatam karna chahti hu",
    "teacher ne bataya tha par maine kal haath pe cut lagaye",
    "टीचर ने बताया था पर मुझे अब जीना नहीं है",
])
def test_lesson_then_first_person_disclosure_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- incitement aimed at someone else: bullying + self_harm -------------------
@pytest.mark.parametrize("text", [
    "jaa mar ja",
    "ja ke mar",
    "tu mar ja",
    "abe mar ja loser",
    "tu mar kyu nahi jata",
    "mar kyun nahi jaati",
    "chullu bhar paani mein doob mar",
    "fansi laga le",
    "zeher kha le",
    "suicide kar le",
    "ja chhat se kood ja",
    "tujhe mar jana chahiye",
    "tujhe jeene ka koi haq nahi",
    "जा मर जा",
    "तू मर जा",
    "मर क्यों नहीं जाता",
    "डूब मर",
    "फांसी लगा ले",
    "तुझे मर जाना चाहिए",
])
def test_incitement_is_bullying_and_self_harm(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "self_harm")
    _pack_hit(text, "SELF_HARM")


# -- grooming: secrecy -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "kisi ko mat batana ok",
    "kisi ko bhi mt btana",
    "ghar pe kuch mat batana",
    "mummy ko batana mat",
    "papa ko ye baat nahi batana",
    "gharwalo ko kabhi mat batana",
    "ye baat hamare beech rahegi",
    "ye sab sirf hum dono ke beech",
    "hamara chhota sa secret hai ye",
    "secret rakhna",
    "hamari chat delete kar dena",
    "saari messages delete kr do",
    "किसी को मत बताना",
    "घर पे कुछ मत बताना",
    "मम्मी को बताना मत",
    "ये बात हमारे बीच रहेगी",
    "हमारा छोटा सा राज़",
    "चैट डिलीट कर दो",
])
def test_grooming_secrecy(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
    _pack_hit(text, "GROOMING")


# -- grooming: moving off-platform ---------------------------------------------
@pytest.mark.parametrize("text", [
    "whatsapp pe baat karte hain",
    "snapchat pe aaja",
    "insta pe msg kr",
    "dm me baat kr",
    "private mein baat karte hai",
    "pvt me aa",
    "telegram pe add kar",
    "apna number do na",
    "tera insta id kya hai",
    "apna whatsapp number bhej",
    "mujhe snap pe add karo",
    "number de na yaar",
    "व्हाट्सएप पे बात करते हैं",
    "इंस्टा पर आ जाओ",
    "अपना नंबर दो",
])
def test_grooming_off_platform(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
    _pack_hit(text, "GROOMING")


# -- grooming: camera and photo requests ---------------------------------------
@pytest.mark.parametrize("text", [
    "video call pe aao",
    "vc pe aa na abhi",
    "video call karo na",
    "camera on karo",
    "cam on kr",
    "apna face dikhao",
    "apna room dikhao",
    "live aao na akeli",
    "apni photo bhejo",
    "ek pic send karo",
    "selfie bhejogi?",
    "teri ek acchi si photo bhej de",
    "mujhe apni pic dikhao",
    "photo bhejo na jaldi",
    "वीडियो कॉल पे आओ",
    "कैमरा ऑन करो",
    "अपना चेहरा दिखाओ",
    "अपनी फोटो भेजो",
    "मुझे अपनी सेल्फी भेजो",
])
def test_grooming_camera_and_photo_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
    _pack_hit(text, "GROOMING")


# -- grooming: age, home, area, school, home alone ---------------------------------
@pytest.mark.parametrize("text", [
    "tumhari age kitni hai",
    "teri umar kya hai",
    "kitne saal ki ho",
    "kaunsi class mein ho",
    "tumhara ghar kahan hai",
    "kahan rehti ho",
    "tum kaunse area mein rehti ho",
    "tumhara school kaunsa hai",
    "tu kis school mein padhti hai",
    "ghar pe akeli ho kya",
    "ghar pe koi hai?",
    "mummy papa kab aate hain",
    "school kab khatam hota hai",
    "तुम्हारी उम्र कितनी है",
    "कितने साल की हो",
    "कहाँ रहती हो",
    "तुम्हारा स्कूल कौनसा है",
    "घर पे कोई है",
    "अकेली हो क्या",
])
def test_grooming_personal_questions(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
    _pack_hit(text, "GROOMING")


# -- grooming: meeting -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "mall mein milte hain",
    "kahin bahar milte hai",
    "akele mein milo",
    "real mein milte hain kabhi",
    "kab milogi",
    "mujhse milne aao",
    "mere ghar aa jao",
    "tumhe lene aa jaunga",
    "tujhe pick kar lunga",
    "मॉल में मिलते हैं",
    "कब मिलोगी",
    "मुझसे मिलने आओ",
    "मेरे घर आ जाओ",
])
def test_grooming_meeting(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
    _pack_hit(text, "GROOMING")


# -- grooming: gifts and game currency for photos -------------------------------
@pytest.mark.parametrize("text", [
    "photo ke badle diamonds dunga",
    "pic ke liye 500 uc",
    "UC dunga bas ek pic bhej",
    "diamonds dila dunga agar video call karo",
    "recharge karwa dunga bas photo bhejo",
    "tera recharge karwa dunga",
    "photo bhejo to elite pass dunga",
    "फोटो के बदले डायमंड दूंगा",
    "रिचार्ज करवा दूंगा बस फोटो भेजो",
])
def test_grooming_gifts_for_photos(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
    _pack_hit(text, "GROOMING")


# -- peers, school and family talk: must pass -------------------------------------
@pytest.mark.parametrize("text", [
    "kal school mein milte hain",
    "mummy papa ko sab batana chahiye",
    "whatsapp pe project ke liye group banao",
    "video call karte hain padhai ke liye",
    "bhai camera quality kaisi hai",
    "mere ghar aao kal birthday party hai",
    "free fire mein diamonds kaise milte hain",
    "uc top up ka price kya hai",
    "meri age 13 hai",
    "tum log kis class mein ho sab",
    "main class 8 mein hoon",
    "mera ghar school ke paas hai",
    "kal video call pe homework discuss karenge",
    "mera school bahut bada hai",
    "मेरे स्कूल में कल फंक्शन है",
])
def test_grooming_peer_and_school_talk_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- lessons, reports and quoted examples: must pass -------------------------------------
@pytest.mark.parametrize("text", [
    "teacher ne bataya ki kisi anjaan ko apni photo mat bhejo",
    "humne seekha ki agar koi bole kisi ko mat batana to mummy ko batao",
    "meri dost ko kisi anjaan ne nude bhej di thi aur wo dar gayi",
    "ek aadmi ne mujhse bola apni photo bhejo, maine block kar diya",
    "kisi ne mujhe bola apni photo bhejo",
    "agar koi tumse bole ki video call pe aao to mana kar do",
    "platform ko aise accounts band karne chahiye jo bolte hain photo bhejo",
    "'kisi ko mat batana' jaise messages khatarnak hote hain",
    "ghar pe kuch mat batana jaise messages aaye to report karo",
    "टीचर ने बताया कि अगर कोई कहे किसी को मत बताना तो मम्मी को बताओ",
    "हमने सीखा कि अजनबी को अपनी फोटो भेजो जैसे मैसेज खतरनाक हैं",
    "किसी अनजान ने मेरी दोस्त को बोला वीडियो कॉल पे आओ",
])
def test_grooming_lessons_reports_and_quotes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- bullying: insults and put-downs aimed at someone -------------------------------
@pytest.mark.parametrize("text", [
    "abe kamine sun",
    "saala ullu",
    "tujh jaisa gadha nahi dekha",
    "ullu ka pattha hai tu",
    "kutte ki aulaad",
    "nalayak kahin ka",
    "teri aukaat kya hai",
    "aukaat mein reh",
    "tujhe koi pasand nahi karta",
    "tera koi dost nahi hai",
    "tu kisi kaam ka nahi",
    "apni shakal dekh",
    "dafa ho ja",
    "tu bojh hai sabke liye",
    "साले कमीने",
    "उल्लू का पट्ठा",
    "तेरी औकात क्या है",
    "तुझे कोई पसंद नहीं करता",
    "अपनी शक्ल देख",
])
def test_bullying_insults_and_put_downs(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")
    _pack_hit(text, "HARM")


# -- affectionate teasing and neutral uses: must pass ---------------------------------
@pytest.mark.parametrize("text", [
    "arre pagal, main toh bas joke kar rahi thi",
    "oye pagal kya kar rahi hai",
    "ullu ek raat ka pakshi hai",
    "humein apne dost ki madad karni chahiye",
    "is kaam ke liye koi layak insaan chahiye",
    "mera kutta bahut cute hai",
])
def test_bullying_neutral_uses_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- caste and other slurs used as insults ---------------------------------------------
@pytest.mark.parametrize("text", [
    "saala chamar",
    "tu bhangi hai",
    "chamar kahin ka",
    "abe chhakka",
    "tujh jaisa hijra",
    "neech jaat ka hai tu",
    "ja gutter saaf kar",
    "saali chinki",
    "pakistan chala ja",
    "साला चमार",
    "तू भंगी है",
    "चमार कहीं का",
])
def test_slurs_as_insults(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "slur")
    _pack_hit(text, "HARM")


# -- caste, cricket and identity talk: must pass ----------------------------------------
@pytest.mark.parametrize("text", [
    "hamare gaon mein chamar community ke saath bhedbhav hota hai",
    "chamar jaise shabd gaali ki tarah use karna galat hai",
    "kya chakka maara yaar",
    "tu chakka maar is over mein",
    "mujhe cricket mein chakka lagana pasand hai",
    "meri dost nepal se hai aur bahut acchi hai",
    "जाति के नाम पर भेदभाव गलत है",
])
def test_slur_words_in_discussion_and_cricket_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- threats -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "haddi tod dunga teri",
    "tera sar phod dunga",
    "daant tod dunga",
    "tujhe goli maar dunga",
    "zinda nahi chhodunga",
    "nahi chhodunga tujhe",
    "school ke baad mil tujhe batata hu",
    "mujhe pata hai tu kahan rehti hai",
    "main tera ghar jaanta hu",
    "sabak sikha dunga",
    "tujhe barbaad kar dunga",
    "tu bahut pachtayega",
    "हड्डी तोड़ दूंगा",
    "तेरा सर फोड़ दूंगा",
    "ज़िंदा नहीं छोड़ूंगा",
    "सबक सिखा दूंगा",
])
def test_threats(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")
    _pack_hit(text, "HARM")


# -- sextortion and exposure threats: threat + sexual -------------------------------------
@pytest.mark.parametrize("text", [
    "tera photo viral kar dunga",
    "teri pics leak kr dunga",
    "teri chat sabko dikha dunga",
    "tere photos school mein sabko bhej dunga",
    "pics nahi bheji to viral kar dunga",
    "warna video upload kar dunga",
    "तेरा फ़ोटो वायरल कर दूंगा",
    "वरना वीडियो वायरल कर दूंगा",
])
def test_sextortion(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", "sexual")
    _pack_hit(text, "HARM")


# -- sexual requests -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "nangi photo bhejo",
    "nude bhejo",
    "nudes chahiye",
    "kapde utaro",
    "kapde utaar ke video call pe aao",
    "bina kapdo ke photo bhej",
    "sexy pic bhejo na",
    "bra wali photo bhejo",
    "tumne abhi kya pehna hai",
    "sex chat karogi",
    "gandi baatein karein",
    "apni chhati dikhao",
    "कपड़े उतारो",
    "बिना कपड़ों के फोटो भेजो",
    "सेक्सी फोटो भेजो",
    "तुमने अभी क्या पहना है",
])
def test_sexual_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")
    _pack_hit(text, "HARM")


# -- threat and sexual look-alikes: must pass ----------------------------------------
@pytest.mark.parametrize("text", [
    "geele kapde utaro aur naha lo",
    "kapde utaar ke nahane ja",
    "party mein tumne kya pehna hai",
    "mera video viral ho gaya",
    "ye meme viral ho raha hai",
    "usne goli maar di game mein",
    "aise messages jaise tera photo viral kar dunga bahut dangerous hain",
    "kisi ne mujhe msg kiya tera photo viral kar dunga, maine report kiya",
])
def test_threat_and_sexual_look_alikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- profanity: lexicon spellings ------------------------------------------------
@pytest.mark.parametrize("text", [
    "madarchod",
    "maderchod kahin ka",
    "bhenchod saala",
    "behnchod",
    "bhen ke lode",
    "chutiya hai kya",
    "chutiye",
    "bhosdiwale",
    "gaandu",
    "lawde",
    "haramkhor",
    "bkl",
    "tmkc",
    "भड़वा",
    "हरामखोर",
    "मादरचोद",
])
def test_profanity_lexicon(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity")


# -- bc/mc: abuse only as a whole token in Hinglish context --------------------------
@pytest.mark.parametrize("text", [
    "abe bc",
    "bc tu chup kar",
    "kya bakwas hai bc",
    "exam tha bc",
    "bc yaar",
    "chup kar mc",
    "mc saale",
])
def test_bc_mc_in_hinglish_context(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity")


def test_bc_whole_token_in_hindi_tagged_messages(pipe: Pipeline) -> None:
    v = pipe.check("bc yaar", lang="hi")
    assert v.action is Action.HOLD and "profanity" in v.categories, v.reasons


@pytest.mark.parametrize(("text", "lang"), [
    ("bc i was so tired", None),
    ("lets play mc tonight", None),
    ("mc kaise khelte hain bhai", None),
    ("mc khelte hain", "hi"),
    ("mc mein naya update aaya", None),
    ("abc news", None),
    ("Gand is a city in Belgium", None),
    ("loda il Signore", "it"),
    ("the mother lode", None),
    ("gandum ki roti", None),
])
def test_bc_mc_and_look_alike_words_pass(pipe: Pipeline, text: str, lang: str | None) -> None:
    clean(pipe, text, lang)


# -- spam and scams: blocked ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "free diamonds le lo",
    "free UC milega is link se",
    "free me diamonds",
    "diamonds free mein",
    "diamond hack trick",
    "ghar baithe paise kamao",
    "roz 5000 rupaye kamao",
    "link pe click karo aur jeeto iphone",
    "jeeto free paytm cash",
    "फ्री डायमंड पाओ",
    "घर बैठे पैसे कमाओ",
    "लिंक पर क्लिक करें",
])
def test_spam_scams_blocked(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.BLOCK and "spam" in v.categories, (text, v.reasons)
    _pack_hit(text, "SPAM")


@pytest.mark.parametrize("text", [
    "ye free diamonds wala link fake hai, scam hai",
    "dhokha hai ye, free diamonds ka link mat kholna",
    "diamonds free nahi milte bhai",
    "free fire mein naya event aaya",
    "mujhe paise kamane hain bade hoke",
])
def test_scam_talk_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- spelling, danda and nukta variants -----------------------------------------
@pytest.mark.parametrize("text", [
    "किसी को मत बताना।",
    "मुझे अब जीना नहीं है।",
    "सब खत्म करना है",  # no nukta
    "सब ख़त्म करना है",  # nukta
    "मैं गायब हो जाना चाहती हूं",  # anusvara instead of chandrabindu
    "MUJHE AB JEENA NAHI HAI",
    "mujhe ab jeena nhi h",
    "kisi ko mt btana",
    "tera fotu viral kr dunga",
])
def test_spelling_danda_and_nukta_variants(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.reasons)


# -- strict rooms ignore frames -----------------------------------------------
def test_strict_rooms_ignore_hindi_frames() -> None:
    strict = Pipeline(Policy.from_mapping({"strictness": "strict"}))
    v = strict.check("teacher ne bataya ki kisi anjaan ko apni photo bhejo")
    assert v.action in (Action.HOLD, Action.BLOCK), v.reasons


# -- the frame gate: English text is not excused by Hindi frames ----------------
def test_hindi_frames_do_not_excuse_english_disclosures(pipe: Pipeline) -> None:
    v = pipe.check("i went to the park and now i want to kill myself")
    assert v.action is Action.HOLD and "self_harm" in v.categories, v.reasons


@pytest.mark.parametrize("text", [
    "अगर कोई फोटो के लिए ब्लैकमेल करे तो पैसे मत दो, बड़ों को बताओ",
    "अगर कोई तुम्हें धमकी दे तो टीचर को बताओ",
    "agar koi pics ke badle diamonds dunga bole to report karo",
])
def test_if_someone_advice_without_named_actor_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "अगर कोई पूछे तो बोलना मैं ठीक हूँ, पर मैं मरना चाहता हूँ",
])
def test_if_someone_then_first_person_disclosure_still_held(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is not Action.ALLOW, (text, v.reasons)


@pytest.mark.parametrize("text", [
    "आज स्कूल में सीखा कि खुद को नुकसान पहुँचाने वाले दोस्त की मदद कैसे करें",
    "aaj school mein seekha ki khud ko nuksan pahunchane wale dost ki madad kaise karein",
])
def test_what_was_learnt_at_school_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_a_lesson_then_the_writer_is_still_held(pipe: Pipeline) -> None:
    v = pipe.check("स्कूल में सीखा पर मैं खुद को नुकसान पहुँचाता हूँ")
    assert v.action is Action.HOLD and "self_harm" in v.categories, v.reasons


@pytest.mark.parametrize("text", ["chup kar chakke", "nikal yahan se hijde", "bhaag ja chhakke"])
def test_a_slur_as_a_vocative_after_an_order_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "slur", lang="hi")


@pytest.mark.parametrize("text", ["chup kar yaar, kohli ne chhakka maara", "hat ja, chakke wala shot dekh"])
def test_a_six_in_cricket_after_an_order_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text, lang="hi")
