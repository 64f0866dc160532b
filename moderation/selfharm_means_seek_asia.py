"""Means sought or hidden (see `selfharm_means_seek.py`): the tables of
Arabic (script and Arabizi), Hindi (Hinglish and Devanagari) and Chinese.

Why: the three forms of the class passed here too - a dose asked for real
("كم حبه من حبوب النوم تبعي بتكفي؟ بسأل جد", "meri neend ki goliyan kitni
lagengi, seriously", "我的安眠药要吃多少片才够，认真问的"), blades sought
in secret ("من وين بجيب شفرات بدون ما يعرفوا اهلي", "blade kahan se milegi
bina mummy papa ko pata chale", "怎么在网上偷偷买刀片不被我妈发现"), a blade
hidden ("شفرة الحلاقة مخبيتها في المقلمة دايما", "pencil box me blade chupa
ke rakhi hai", "我把刀片藏在笔袋里").

How: Hindi and Chinese put the quantity after the drug ("goliyan kitni
lagengi", "吃多少片才够"): their dose tables take both orders.  Arabic
script and Devanagari take a word start that also follows a quote mark and
no trailing \\b; Arabizi reads a digit as the letter it stands for (`_az`;
digit classes such as "1[0-7]" are added outside it); Chinese runs on the
normalised text, simplified and traditional (`zrule`).  "شفرة الحلاقة" is
the razor blade itself: the shaving guards name the verbs, not the noun.

What passes: as in English - a dose for a fever or a child, biology
homework (not after "مش لل", "ke liye nahi", "不是"), blades for a cutter
or an art project, sweets or a phone in a pencil case.
"""

from __future__ import annotations

from .packs.hi._script import _triggers
from .packs.zh import zrule
from .rule_heads import with_stems, zh_spellings
from .rules import Rule
from .selfharm_means_seek_base import _NAME, either, means_rule, seek
from .selfharm_others_now_base import _NB
from .selfharm_others_now_langs import _A3, _A5, _A7

# -- ar (script; "؟" is dropped in the phrase form) -------------------------------------------------------
_DRUG_AR = (
    r"(?:ال)?حبوب|(?:ال)?حبات|حبه|حبتين|(?:ال)?دوا\S*|(?:ال)?ادويه|(?:ال)?مسكنات|بنادول|(?:ال)?باراسيتامول|"
    r"(?:ال)?ايبوبروفين|بروفين|(?:ال)?اسبرين|(?:ال)?منوم\S*|(?:ال)?اقراص|emoji_pill"
)
_DOSE_AR = (
    r"(?:كم|قديش|اديش|[1-9]\d*) (?:\S+ ){0,6}?(?:" + _DRUG_AR + r")(?: \S+){0,6}? (?:كتير|كثير|بزياده|زياده|"
    r"تكفي|بتكفي|يكفي|بيكفي|كفايه|بتقتل|تقتل|يقتل|بيقتل|عشان اموت|لاموت|قاتله|جرعه زايده|اوفر دوز)(?!\S)|"
    r"(?:ال)?جرعه (?:ال)?(?:قاتله|مميته) (?:\S+ ){0,3}?(?:" + _DRUG_AR + r")"
)
_SERIOUS_AR = (
    r"جد|بجد|جدي|عن جد|(?:مش|مو|ما) (?:عم )?(?:بمزح|امزح|مزح|هزار)|بدون هزار|(?:مش|مو) (?:لل|عشان ال|ل)?واجب|"
    r"بسال عن حالي|تبعي|تبعتي|حقي|حقتي|حبوبي|دوائي|لا تسالوا ليش|عشان اموت|لاموت|ما اصحي"
)
_DOSE_GUARD_AR = (
    r"(?:لل|ال|بال)?حراره|صداع|راسي|رشح|انفلونزا|زكام|الدوره|مغص|ضرس|اسنان|حساسيه|(?:لل|ال)?طفل|اطفال|بيبي|"
    r"رضيع|كلب|قطه|بسه|بالغلط|بالخطا|باليوم|في اليوم|(?:ال)?دكتور (?:قال|كتب|وصف)|(?:ال)?صيدلي\S*|النشره|"
    r"(?:لل|ال)?كافيين|قهوه|فيتامين\S*|(?<!مش )(?<!مو )(?:لل|بال|ال)?(?:واجب|احياء|كيمياء|حصه|امتحان)"
)
_BLADES_AR = r"(?:ال)?شفر(?:ه|ات|تين)|(?:ال)?امواس|(?:ال)?موس"
_DENIED_AR = r"(?:مش|مو) (?:لل|عشان ال|عشان)?(?:حلاقه|احلق)"
_GET_AR = (
    r"اشتريت|جبت|طلبت|"
    r"(?:من )?وين (?:\S+ )?(?:بجيب|اجيب|بشتري|اشتري|بلاقي|الاقي|بيبيعوا|يبيعوا|نشتري)|منين (?:\S+ )?(?:اجيب|"
    r"اشتري)|كيف (?:\S+ )?(?:اجيب|اشتري|اطلب)|(?:بيبيعوا|يبيعوا|بيبيعو|يبيعون|بيبيع)|(?:اقدر|بقدر|ممكن) "
    r"(?:\S+ )?(?:اشتري|اجيب)"
)
_BUY_AR = either(_GET_AR, _BLADES_AR + r"|حبوب (?:ال)?نوم|(?:ال)?منوم\S*", 50)
_MINOR_AR = (
    r"(?:بدون|من غير|بلا) ما (?:\S+ ){0,2}?(?:يعرفوا|يعرف|تعرف|يدروا|يدري|تدري|يحسوا|يشوفوا|تشوف|يشوف)|(?:بدون|"
    r"من غير) علم (?:اهلي|امي|ابوي)|بالسر|سرا|(?:لتحت|تحت|اقل من) (?:ال)?18|قاصر\S*|عمري 1[0-7]|بدون هويه|"
    r"بسال عن حالي"
)
_BUY_GUARD_AR = (
    r"احلق|يحلق|تحلق|حلقت|ذقن|دقن|شنب|رجلي|شعر|(?:لل|ال)?كتر|(?:ال)?فنيه|(?:ل|لل|ال)?مشروع|مجسم|اشغال|هديه|"
    r"مفاجاه|عيد ميلاد|صداع|الدوره|مغص|(?:لل|ال)?حراره"
)
_HIDE_AR = (
    r"(?:و|ف)?(?:مخبي\S*|مخبا\S*|خبيت\S*|بخبي\S*|اخبي\S*|خبيتها|مدسوس\S*|دسيت\S*)|لازق\S* (?:تحت|ورا)|"
    r"(?:ما حدا|محد|ما حد) (?:بيشوف|يشوف|بيفتش|يفتش)"
)
_HIDDEN_AR = either(_BLADES_AR, _HIDE_AR, 80)
_HIDE_GUARD_AR = (
    r"احلق|يحلق|تحلق|ذقن|دقن|شنب|شعر|(?:لل|ال)?كتر|(?:ال)?فنيه|(?:ل|لل|ال)?مشروع|(?:لل|ال)?مجسم|(?:ال|بال)?لعبه|جيم|اساسن|"
    r"شخصيه|كوسبلاي|فورتنايت|ماين ?كرافت|روبلوكس|ببجي|فيلم|فلم|مسلسل|قصه|انمي|مانجا|نينجا|(?:عشان|حتي|مشان) "
    r"(?:اخوي|اختي|اخواني|الصغار|القطه|الكلب)|(?:امي|ابوي|اهلي|ماما|بابا) (?:\S+ ){0,2}?(?:مخبي\S*|خبت|خبي|"
    r"شايل\S*|شالت)"
)
_GUARD_AR = (
    r"(?:اذا|لو) (?:حدا|احد|صاحبك|صاحبتك|صديقك|طفل)|شو (?:نعمل|لازم نعمل) اذا|كيف نساعد|تعلمنا|علامات|وقايه|"
    r"توعيه|وثائقي|اخبار|مقال|قلت (?:للمعلمه|للاستاذ|للمرشده)"
)
_TRIG_AR = (
    "حبوب الحبوب حبات الحبات حبه حبتين دوا الدوا دوائي ادويه الادويه مسكنات المسكنات بنادول باراسيتامول "
    "ايبوبروفين الايبوبروفين بروفين اسبرين منوم المنوم منومات اقراص جرعه الجرعه شفره الشفره شفرات الشفرات "
    "شفرتين موس الموس امواس الامواس حبوبي"
)
_STEMS_AR = "حب|دوا|ادويه|مسكن|بنادول|باراسيتامول|ايبوبروفين|بروفين|اسبرين|منوم|اقراص|جرعه|شفر|موس|امواس"


# -- Arabizi (a digit inside a word reads as the letter it stands for: "7abba" -> "tabba") -----------
def _az(pattern: str) -> str:
    """An Arabizi pattern with each digit also read as the letter it stands for."""
    return pattern.replace("3", _A3).replace("7", _A7).replace("5", _A5)


_DRUG_AZ = _az(
    r"7ab+a|7abay?eb|7obob|7bob|7abbat|dawa|adwya|panadol|brufen|ibuprofen|paracetamol|mosakkenat|monawem\w*|pills?"
)
_DOSE_AZ = (
    r"(?:kam|2ddesh|adesh|2adesh|[1-9]\d*) (?:\S+ ){0,6}?(?:" + _DRUG_AZ + r")(?: \S+){0,6}? (?:"
    + _az(r"kteer|keteer|kter|ktir|btkaffi|tkaffi|ykaffi|bykaffi|kefaye|bt2tel|t2tel|y2tel|by2tel|3ashan amoot|"
          r"la amoot|2atle|overdose") + r")\b|" + _az(r"(?:el )?jor3a (?:el )?2atle")
)
_SERIOUS_AZ = _az(
    r"b ?jad|3an jad|jadd?|(?:mesh|msh|mish) (?:3am )?bmaza7|(?:mesh|msh) bhazar|(?:mesh|msh) (?:lel|3ashan el) "
    r"wa[gj]eb|3an 7ali|la 7ali|taba3[ie]|tab3i|beto3i|bta3ti|bta3i|3ashan amoot|la amoot"
)
_DOSE_GUARD_AZ = _az(
    r"7arara|s2a3|sda3|rasi|el dawra|maghas|el tefl|tefl|baby|kalb|otta|bel ghalat|bel yom|(?:el )?doktor "
    r"(?:2al|2alet)|caffeine|2ahwe|ahwa|vitamin\w*|(?<!mesh )(?<!msh )(?<!lel )(?:wageb|wajeb|homework|biology|"
    r"a7ya2)"
)
_BLADES_AZ = _az(r"shafr(?:a|at|et|e)|shfra|moos|mous|amwas")
_DENIED_AZ = _az(r"(?:mesh|msh) (?:3ashan|lel) (?:a7la2|el 7ela2a)")
_GET_AZ = _az(
    r"eshtaret|eshtareet|gebt|gibt|jebet|"
    r"(?:wein|wen|fen|feen) (?:\S+ )?(?:bjeeb|ajeeb|bjib|ajib|bshtri|ashtri|ashtery|bashtery|bel2a|ala2i|"
    r"bybee3o|bybi3o|bybe3o|ageeb|hageeb)|keef (?:\S+ )?(?:bjeeb|ajeeb|ashtri)|bybee3o|bybi3o|bybe3o|beybee3o"
)
_BUY_AZ = either(_GET_AZ, _BLADES_AZ + _az(r"|7obob (?:el )?nom"), 50)
_MINOR_AZ = _az(
    r"(?:bala ma|bdoon ma|bdun ma|men gher ma|men 8er ma) (?:\S+ ){0,2}?(?:y3rfo|ya3rfo|ye3rfo|t3rf|ta3ref|"
    r"yedro|yshufo|tshuf|y7esso)|bel ser|bel sir|ta7t (?:el )?18|2a2al men 18|3an 7ali|la 7ali"
) + _az("|3omri ") + r"1[0-7]"
_BUY_GUARD_AZ = _az(
    r"a7la2|ye7la2|te7la2|da2n|de2n|shanab|ejri|rejli|cutter|katter|mashroo3|fanniye|hdiye|hadiyye|surprise|"
    r"s2a3|el dawra"
)
_HIDE_AZ = _az(
    r"m?khab+ye?h?|m?khabbeyto|m?khabbeytha|khabbet\w*|bkhabbi|bakhabbi|m5abbye|5abbet\w*|m5abbi\w*|mdassas\w*|"
    r"(?:7ad|7ada|ma 7ada|ma 7ad) ma? ?bishuf"
)
_HIDDEN_AZ = either(_BLADES_AZ, _HIDE_AZ, 80)
_HIDE_GUARD_AZ = _az(
    r"a7la2|da2n|shanab|cutter|katter|mashroo3|fanniye|lo3be|game|fortnite|minecraft|roblox|pubg|film|mosalsal|"
    r"anime|ninja|3ashan (?:a5oya|akhoya|o5ti|okhti|el so3'ar|el sghar|el otta|el kalb) ma"
)
_GUARD_AZ = _az(
    r"(?:eza|iza|law) (?:7ada|7ad|sa7bak|sa7btak|sa7bek)|shu lazem na3mel|ta3allamna|3alamat|taw3iya|wasa2e2i|"
    r"akhbar|2olt lel (?:m3alme|ostaz|morshde)"
)
_TRIG_AZ = (
    "7abba tabba 7abbat tabbat 7abayeb tabayeb 7obob tobob 7bob tbob dawa adwya panadol brufen ibuprofen "
    "paracetamol mosakkenat monawem jor3a joreea shafra shafrat shafret shafre shfra moos mous amwas"
)
_STEMS_AZ = (
    "7ab|tab|7ob|tob|7bob|tbob|dawa|adwya|panadol|brufen|ibuprofen|paracetamol|mosakk|monawem|jor|shafr|shfra|moos|"
    "mous|amwas"
)

# -- hi, Hinglish ------------------------------------------------------------------------------------
_DRUG_HL = (
    r"goliyan|goliya|goliyaan|goliyon|goli|golia|dawai|dawaiyan|dawa|dawaai|pills?|tablets?|paracetamol|crocin|"
    r"dolo|calpol|combiflam|ibuprofen|antidepressants?|emoji_pill"
)
_QTY_HL = r"kitni|kitne|kitna|[1-9]\d*"
_DOSE_HL = (
    r"(?:" + either(_DRUG_HL, _QTY_HL, 30) + r")\b[^.!?]{0,30}?\b(?:zyada|jyada|zada|lagengi|lagegi|lagenge|"
    r"chahiye|kaafi|kafi|marne ke liye|mar jaun\w*|jaan ja\w*|lethal|overdose)\b|"
    + either(r"lethal dose|jaanleva (?:dose|matra)", _DRUG_HL, 20)
)
_SERIOUS_HL = (
    r"seriously|serious|sach me|sach mein|sachi|(?:mazak|mazaak|majak) nahi|(?:homework|school|project) ke liye "
    r"nahi|apne liye pooch\w*|khud ke liye|meri (?:\S+ ){0,2}?(?:goliyan|goli|dawai|pills|tablets)|mere (?:\S+ )"
    r"{0,2}?(?:pills|tablets)|mat poocho kyu|marne ke liye"
)
_DOSE_GUARD_HL = (
    r"bukhar|fever|sar dard|sir dard|headache|zukaam|sardi|periods?|pet dard|daant|migraine|allergy|bacch\w*|"
    r"bachch\w*|baby|kutta|kutte|billi|galti se|din me|roz|doctor ne (?:bola|kaha|likha)|pharmacist|caffeine|"
    r"coffee|chai|energy drink|vitamin\w*|(?:homework|biology|chemistry|class|exam|test|school)(?! ke liye nahi)"
)
_BLADES_HL = r"blades?|razor blades?"
_DENIED_HL = r"(?:shave|shaving) (?:karne )?ke liye nahi"
_GET_HL = (
    r"kharid li|kharida|le li|mangwa li|"
    r"kahan (?:se )?(?:milegi|milega|milenge|milti|milta|kharidu|khareedu|kharidun|lu|le sakta|le sakti|mil sakti|"
    r"mil sakta|order karu)|kaise (?:\S+ )?(?:kharidu|khareedu|mangwau|order karu|lu)|bechte (?:hai|hain)|bikti "
    r"(?:hai|hain)|(?:kharid|le) (?:sakta|sakti) (?:hu|hoon)"
)
_BUY_HL = either(_GET_HL, _BLADES_HL + r"|neend ki goli\w*|sleeping pills", 50)
_MINOR_HL = (
    r"bina (?:\S+ ){0,3}?(?:pata chale|bataye|jaane)|chupke se|chup chaap|chupchap|18 se kam|under 18|nabalig|"
    r"minor|(?:main|mai) 1[0-7] (?:ka|ki|saal)|bina id|apne liye pooch\w*"
)
_BUY_GUARD_HL = (
    r"shave|shaving|legs|dadhi|moonchh|mooch|craft|art|project|model|cutter|skates?|blender|gift|surprise|"
    r"birthday|sar dard|periods?|bukhar"
)
_HIDE_HL = (
    r"chupa\w*|chhupa\w*|chupai|chupaya|hide (?:kar|kiya|ki)|koi (?:check|dekh) nahi (?:karta|karti|sakta)"
)
_HIDDEN_HL = either(_BLADES_HL, _HIDE_HL, 80)
_HIDE_GUARD_HL = (
    r"shave|shaving|craft|art|project|model|cutter|game|assassin\w*|character|cosplay|free ?fire|pubg|bgmi|minecraft|"
    r"roblox|movie|film|serial|anime|ninja|taaki (?:chhota |chota )?(?:bhai|behen|baccha|bacche|kutta|billi) "
    r"(?:\S+ )?na|(?:mummy|papa|mumma|maa) (?:\S+ ){0,2}?(?:chupa|chhupa|rakh)\w*"
)
_GUARD_HL = (
    r"agar (?:koi|dost|tumhara dost|bachcha)|kya karna chahiye agar|kaise madad|humne seekha|signs|lakshan|"
    r"awareness|news|article|teacher ko bata\w*"
)
_TRIG_HL = (
    "goliyan goliya goliyaan goliyon goli golia dawai dawaiyan dawa dawaai pill pills tablet tablets paracetamol "
    "crocin dolo calpol combiflam ibuprofen antidepressants dose blade blades"
)
_STEMS_HL = "goli|dawa|pill|tablet|paracetamol|crocin|dolo|calpol|combiflam|ibuprofen|antidepress|dose|blade"

# -- hi, Devanagari (no \b: vowel signs are not word characters) -----------------------------------------
_DRUG_HI = r"गोलियां|गोलियाँ|गोलियों|गोली|दवाई|दवाइयां|दवा|टैबलेट|पैरासिटामोल|क्रोसिन|डोलो"
_DOSE_HI = (
    r"(?:" + either(_DRUG_HI, r"कितनी|कितने|कितना|[1-9]\d*", 30, spaced=False) + r")[^.!?।]{0,30}?(?:ज़्यादा|"
    r"ज्यादा|लगेंगी|लगेगी|लगेंगे|चाहिए|काफी|काफ़ी|मरने के लिए|मर जाऊं|जानलेवा|ओवरडोज़|ओवरडोज)|"
    + either(r"जानलेवा (?:डोज़|डोज|खुराक|मात्रा)|लीथल डोज", _DRUG_HI, 20, spaced=False)
)
_SERIOUS_HI = (
    r"सच में|सच्ची|सीरियसली|(?:मज़ाक|मजाक) नहीं|होमवर्क के लिए नहीं|अपने लिए पूछ|मेरी (?:\S+ ){0,2}?(?:गोलियां|"
    r"गोलियाँ|गोली|दवाई)|मेरे (?:\S+ ){0,2}?टैबलेट|मरने के लिए"
)
_DOSE_GUARD_HI = (
    r"बुखार|सिर दर्द|सर दर्द|जुकाम|ज़ुकाम|सर्दी|पीरियड|पेट दर्द|दांत|माइग्रेन|एलर्जी|बच्च|कुत्त|बिल्ली|गलती से|दिन में|"
    r"डॉक्टर ने|कैफीन|कॉफी|चाय|विटामिन|होमवर्क(?! के लिए नहीं)|बायोलॉजी|केमिस्ट्री|क्लास|परीक्षा|स्कूल"
)
_BLADES_HI = r"ब्लेड|रेज़र ब्लेड|रेजर ब्लेड"
_DENIED_HI = r"शेव (?:करने )?के लिए नहीं"
_GET_HI = (
    r"खरीद ली|खरीदी|मंगवा ली|"
    r"(?:कहाँ|कहां) (?:से )?(?:मिलेगी|मिलेगा|मिलेंगे|खरीदूं|खरीदूँ|खरीदें|लूं|लूँ)|कैसे (?:\S+ )?(?:खरीदूं|खरीदूँ|"
    r"मंगवाऊं|मंगाऊं)|बेचते (?:हैं|है)|बिकती (?:हैं|है)"
)
_BUY_HI = either(_GET_HI, _BLADES_HI + r"|नींद की गोलि\S*", 50, spaced=False)
_MINOR_HI = (
    r"बिना (?:\S+ ){0,3}?(?:पता चले|बताए|जाने)|चुपके से|चुपचाप|18 से कम|नाबालिग|1[0-7] (?:साल|का|की)|अपने लिए पूछ"
)
_BUY_GUARD_HI = (
    r"शेव|दाढ़ी|दाढी|मूंछ|क्राफ्ट|आर्ट|प्रोजेक्ट|मॉडल|कटर|गिफ्ट|तोहफा|सरप्राइज़|सरप्राइज|जन्मदिन|सिर दर्द|पीरियड|"
    r"बुखार"
)
_HIDE_HI = r"छुपा|छिपा|छुपाई|छुपाया|छिपाई|छिपाया|कोई (?:चेक|देख) नहीं (?:करता|करती|सकता)"
_HIDDEN_HI = either(_BLADES_HI, _HIDE_HI, 80, spaced=False)
_HIDE_GUARD_HI = (
    r"शेव|क्राफ्ट|आर्ट|प्रोजेक्ट|मॉडल|कटर|गेम|फ्री फायर|पबजी|फिल्म|मूवी|सीरियल|एनीमे|निंजा|ताकि (?:छोटा |छोटी )?(?:भाई|"
    r"बहन|बच्चे|बच्चा) (?:\S+ )?न|(?:मम्मी|पापा|माँ|मां) (?:\S+ ){0,2}?(?:छुपा|रख)"
)
_GUARD_HI = (
    r"अगर कोई|अगर (?:दोस्त|तुम्हारा दोस्त|बच्चा)|क्या करना चाहिए अगर|कैसे मदद|हमने सीखा|लक्षण|जागरूकता|खबर|"
    r"न्यूज़|लेख|टीचर को बता"
)
_TRIG_HI = _triggers("गोलियां गोलियाँ गोलियों गोली दवाई दवाइयां दवा टैबलेट पैरासिटामोल क्रोसिन डोलो ब्लेड डोज")
_STEMS_HI = "गोलि|गोली|दवा|टैबलेट|पैरासिटामोल|क्रोसिन|डोलो|ब्लेड|डोज"

# -- zh (on the normalised text) -----------------------------------------------------------------------
_DRUG_ZH = r"安眠药|药片|止痛药|退烧药|感冒药|抗抑郁药|扑热息痛|对乙酰氨基酚|布洛芬|阿司匹林|安定|药"
_DOSE_ZH = (
    r"(?:" + _DRUG_ZH + r").{0,8}?(?:多少|几片|几颗|几粒).{0,6}?(?:才够|够不够|太多|过量|致死|会死|能死|死人|不会醒|"
    r"醒不过来|要命)|(?:多少|几片|几颗|几粒).{0,6}?(?:" + _DRUG_ZH + r").{0,6}?(?:才够|太多|过量|致死|会死)|"
    + either(r"致死量|致死剂量|致命剂量", _DRUG_ZH, 20, spaced=False)
)
_SERIOUS_ZH = (
    r"认真的|认真问|说真的|不是开玩笑|没开玩笑|没在开玩笑|不开玩笑|不是作业|不是为了作业|不是写作业|帮自己问|替自己问|"
    r"我的(?:安眠药|药|抗抑郁药)|别问为什么|全吃了会|会死|不会醒|醒不过来"
)
_DOSE_GUARD_ZH = (
    r"发烧|头疼|头痛|感冒|痛经|肚子疼|牙疼|偏头痛|过敏|小孩|孩子|宝宝|婴儿|狗|猫|不小心|一天|每天|医生说|说明书|"
    r"咖啡因|咖啡|能量饮料|维生素|(?<!不是)(?<!为了)(?:作业|生物课|化学课|课上|考试)"
)
_BLADES_ZH = r"刀片|剃须刀片"
_DENIED_ZH = r"不是(?:用来)?(?:刮胡子|剃须|刮腿毛|做手工)"
_GET_ZH = (
    r"买了|网购了|哪里(?:能|可以)?买|哪儿(?:能)?买|在哪(?:里|儿)?买|去哪(?:里|儿)?买|怎么.{0,8}?买|能买|可以买|卖给|网上买"
)
_BUY_ZH = either(_GET_ZH, _BLADES_ZH + r"|安眠药", 20, spaced=False)
_MINOR_ZH = (
    r"(?:不让|不被)(?:爸妈|父母|我妈|我爸|家里人|家长|妈妈|爸爸)(?:知道|发现)|偷偷|瞒着|未成年|不满18|"
    r"十[二三四五六七]岁|1[0-7]岁|(?:没有|不用)身份证|帮自己问|替自己问"
)
_BUY_GUARD_ZH = (
    r"刮腿毛|刮胡子|剃须|腿毛|胡子|美术|手工|作业|项目|模型|溜冰鞋|冰刀|礼物|惊喜|生日|头疼|痛经|发烧"
)
_HIDE_ZH = (
    r"藏(?:在|到|进|起来|着|好)|偷偷(?:放|塞)|塞(?:在|进)|贴在.{0,4}(?:下面|背面|里面)|没人(?:会)?(?:查|发现|看|找)"
)
_HIDDEN_ZH = either(_BLADES_ZH, _HIDE_ZH, 24, spaced=False)
_HIDE_GUARD_ZH = (
    r"刮胡子|剃须|美术|手工|作业|项目|模型|游戏|刺客|角色|道具|我的世界|迷你世界|王者|吃鸡|原神|电影|电视剧|小说|动漫|"
    r"忍者|(?:免得|以免|不让|防止)(?:我弟|我妹|弟弟|妹妹|小孩|孩子|猫|狗)|(?:我妈|我爸|妈妈|爸爸|爸妈)(?:把)?"
    r"(?:刀片)?(?:藏|收)"
)
_GUARD_ZH = (
    r"如果(?:有人|朋友|你的朋友|孩子|同学)|要是(?:有人|朋友)|应该怎么办|怎么帮助|我们学了|课上学|迹象|预防|科普|"
    r"纪录片|新闻|文章|告诉了?(?:老师|班主任|心理老师)"
)

_TRIG_ZH = "药 刀片 致死 扑热息痛 对乙酰氨基酚 布洛芬 阿司匹林 安定"

_TRIG_ZH = "药 刀片 致死 扑热息痛 对乙酰氨基酚 布洛芬 阿司匹林 安定"

RULES: list[Rule] = [
    means_rule(_TRIG_AR, _STEMS_AR, seek(_DOSE_AR, _SERIOUS_AR, _DOSE_GUARD_AR, _BUY_AR, _MINOR_AR, _BUY_GUARD_AR,
                                         _HIDDEN_AR, _HIDE_GUARD_AR, _GUARD_AR, denied=_DENIED_AR, b=_NB,
                                         stop=r"(?!\S)")),
    means_rule(_TRIG_AZ, _STEMS_AZ, seek(_DOSE_AZ, _SERIOUS_AZ, _DOSE_GUARD_AZ, _BUY_AZ, _MINOR_AZ, _BUY_GUARD_AZ,
                                         _HIDDEN_AZ, _HIDE_GUARD_AZ, _GUARD_AZ, denied=_DENIED_AZ)),
    means_rule(_TRIG_HL, _STEMS_HL, seek(_DOSE_HL, _SERIOUS_HL, _DOSE_GUARD_HL, _BUY_HL, _MINOR_HL, _BUY_GUARD_HL,
                                         _HIDDEN_HL, _HIDE_GUARD_HL, _GUARD_HL, denied=_DENIED_HL)),
    means_rule(_TRIG_HI, _STEMS_HI, seek(_DOSE_HI, _SERIOUS_HI, _DOSE_GUARD_HI, _BUY_HI, _MINOR_HI, _BUY_GUARD_HI,
                                         _HIDDEN_HI, _HIDE_GUARD_HI, _GUARD_HI, denied=_DENIED_HI, b=_NB, stop="")),
    with_stems(zrule(_NAME, "self_harm", _TRIG_ZH,
                     seek(_DOSE_ZH, _SERIOUS_ZH, _DOSE_GUARD_ZH, _BUY_ZH, _MINOR_ZH, _BUY_GUARD_ZH, _HIDDEN_ZH,
                          _HIDE_GUARD_ZH, _GUARD_ZH, denied=_DENIED_ZH, b="", stop="", spaced=False), framed="generic"),
               "|".join(zh_spellings(_TRIG_ZH))),
]
