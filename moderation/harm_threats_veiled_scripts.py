"""The threats of harm_threats_veiled.py in ar hi zh (read its docstring
first; appended to `harm.RULES` with it).

Arabic in MSA and the dialects ("لو مكانك كنت خليت بالي... الحوادث
بتحصل", "عرفت كلمة السر بتاعة حسابك، قول باي لحسابك", "أخوي الكبير
بيجي لك، استعد", "أختك الصغيرة بتروح لحالها؟ بس بسأل") and a little
Arabizi ("3andi el password dyalek, ghadi nms7 kolchi"); Hindi in
Devanagari and Hinglish ("main tere jagah hota toh dhyan rakhta",
"tera password mere paas hai", "woh tujhe dekh lega", "बस पूछ रहा हूँ");
Chinese on the normalised text ("我要是你就小心点", "你的密码我知道了",
"我哥会来收拾你", "我就问问").  Hindi and Turkish put the verb last, so
the pieces run in the language's order.

Normalised forms: Arabic alef forms read "ا", "ة" "ه", "ى" "ي" and
diacritics go; in Arabizi "3" may read "e" and "7" "t"; Devanagari keeps
its vowel signs, which are no word characters, so those patterns use no
word boundary.
"""

from __future__ import annotations

from .harm_threats_veiled_cues import ADVICE, CONTEST, FOOD, FRIENDLY, NO_WIFI, pair
from .packs.zh import zrule
from .rules import Rule, rule

_END = r"(?= ?$| [.!?])"


def _acct(have: str, take: str) -> str:
    """The login held (not the wifi's), then the account taken."""
    return r"(?:" + have + r")" + NO_WIFI + r".{0,120}?(?:" + take + r")"


# -- Arabic ------------------------------------------------------------------------------------------
_AR_CRED = r"(?:ال)?(?:باسوورد|باسورد|كلمه السر|كلمه المرور|كلمه سر|الرقم السري|رمز الدخول|باس)"
_AR_YOURS = r"(?:حسابك|تبعك|بتاعك|بتاعتك|تاعك|ديالك|حقك|اكاونتك|تبعتك|الخاص بك)"
_AR_PLAN = r"(?!.*?(?:سينما|فيلم|حفله|عيد ميلاد|كوره|نلعب|تلعب|ماتش|تمرين|بيتزا|ناكل|ههه|ياخذك|ياخدك|يوصلك))"
_AR_KIN = (r"(?:اخوي|اخويا|خويا|اخي|ابن عمي|ابن خالي|ولد عمي|عمي|خالي|ربعي|ربعه|شلتي|صحابي|اصحابي|صحابه|"
           r"اصحابه|شباب \S+|عيال \S+)")
_AR = [
    rule("threat:stalking", "threat", "باسوورد الباسوورد باسورد الباسورد كلمه الرقم رمز باس الباس",
         _acct(r"(?:معي|معاي|عندي|عندنا|عرفت|بعرف|لقيت|جبت|سرقت|هكرت|اخذت|خذيت)(?: \S+){0,2}? " + _AR_CRED
               + r"(?: \S+){0,2}? " + _AR_YOURS + r"|(?:معي|معاي|عندي|عرفت|سرقت|هكرت) (?:باسووردك|باسوردك|كلمه "
               r"سرك)",
               r"(?:بمسح|همسح|رح امسح|راح امسح|بحذف|هحذف|رح احذف|راح احذف|ساحذف|بفضي|هفضي|ببيع|هبيع|بنزل|هنزل|رح "
               r"انزل|راح انزل|بنشر|هنشر|قول باي|باي باي|ودع|مافي حساب|مفيش حساب|ما في حساب|من حسابك|باسمك)")),
    rule("threat:stalking", "threat", "password passwerd pass pw code",
         _acct(r"\b(?:eandi|3andi|maei|ma3i|m3aya|meaya|eraft|3raft) (?:\w+ ){0,2}?(?:password|passwerd|pass|pw|code)"
               r"\b(?: \w+){0,3}? (?:dyalek|dyalak|ta3ak|taeak|bta3ak|btaeak|bta3ek|\w+ak)\b",
               r"\b(?:mafeesh|mafish|mafi|ma fi|bye|nms[7t]|nems[7t]|hams[7t]|hamsa[7t]|ha[7t]zef|b[7t]zef|[7t]zef|"
               r"delete|n[7t]ayed|ghadi nms[7t]\w*)\b")),
    rule("threat:veiled", "threat", "لو الاحسن الافضل احسن احسنلك",
         r"لو (?:كنت |انا )?(?:مكانك|بمكانك|منك)" + ADVICE + r"(?: \S+){0,8}? (?:كنت )?(?:انتبهت|خليت بالي|دريت|"
         r"حاذرت|ما مشيت|"
         r"ما رجعت|ديرت بالي|اخذت بالي|كنت انتبه)(?: \S+){0,12}? (?:الحوادث (?:بتصير|بتحصل|تحصل|تصير|وارده)|كل "
         r"شي (?:بيصير|وارد)|ما حدا بيعرف|محدش عارف|بس بقول|بس بحكي|بس بنبهك|اعذر من انذر)|(?:الاحسن لك|الافضل "
         r"لك|احسن لك|احسنلك) (?:\S+ )?(?:تنتبه|تنتبهي|تاخد بالك|تاخدي بالك|تدير بالك|تحذر|تخلي بالك)(?: علي "
         r"(?:نفسك|حالك|روحك))?(?:" + _END + r"| من (?:اليوم|الحين|هلا|هلق|دلوقتي|بكره)| بعد اليوم)"),
    rule("threat:veiled", "threat", "حرام خساره مؤسف تستغرب تبكي تزعل قطتك قطك كلبك ارنبك بسينتك",
         r"(?:حرام|خساره|مؤسف|للاسف|لا (?:تستغرب|تبكي|تزعل)) (?:لو|اذا) (?:\S+ )?(?:قطتك|قطك|بسينتك|بستك|كلبك|"
         r"كلبتك|ارنبك|عصفورك|حصانك)(?: \S+)? (?:اختف\S*|ضاع\S*|راح\S*|ما رجع\S*|مارجع\S*|انسرق\S*|تاه\S*)|"
         r"(?:قطتك|قطك|كلبك|ارنبك|بسينتك)(?: \S+){0,2}? (?:دايما |دايم |كل يوم |علي طول )?(?:علي|ع|في|بال|بره|"
         r"برا)\S*(?: \S+)?(?: \S+){0,8}? (?:انتبه (?:عليها|عليه)|خلي بالك (?:منها|منه|عليها|عليه)|بس بقول|للعلم)"),
    rule("threat:violence", "threat", "اخوي اخويا خويا اخي ابن ولد عمي خالي ربعي ربعه شلتي صحابي اصحابي صحابه "
         "اصحابه شباب عيال قلت حكيت خبرت",
         _AR_KIN + _AR_PLAN + r"(?: \S+){0,8}? (?:هيتصرف معاك|هيتصرفوا معاك|بيتصرف معك|رح يتصرف معك|بيربيك|هيربيك|"
         r"رح يربيك|"
         r"بيعلمك|هيعلمك|رح يعلمك|بيوريك|هيوريك|رح يوريك|بيادبك|هيادبك|بياخذ حقي منك)|" + _AR_KIN + _AR_PLAN
         + CONTEST + r"(?: \S+){0,8}? (?:بيجوا لك|بيجون لك|بيجيك|هيجيلك|جاي لك|جايين لك|غادي يجي|يتسناك|بيستناك|"
         r"هيستناك|بيستنوك|هيستنوك|بيستنونك|بينطرك|بينطروك|راح ينطرك|بيدوروا عليك|هيدوروا عليك)(?: \S+){0,10}? "
         r"(?:استعد|جهز حالك|جهز نفسك|وجد راسك|اجهز|بالتوفيق|حظ سعيد|هتشوف|بتشوف|رح تشوف)|(?:قلت|حكيت|خبرت|"
         r"قلتله)(?: \S+)? (?:لاخوي|لاخويا|لخويا|لابن عمي|لابن خالي|لعمي|لخالي)" + _AR_PLAN + r"(?: \S+){0,8}? "
         r"(?:هو|هما|هم)? ?(?:اللي )?(?:هيتصرف|بيتصرف|رح يتصرف|بيربيك|هيربيك|بيجيك|هيجيلك|هيستناك|بيستناك)"),
    rule("threat:veiled", "threat", "اختك اخوك خيتك خوك",
         r"(?:اختك|اخوك|خيتك|خوك)(?: الصغيره| الصغير| الكبيره| الكبير)?(?: \S+){0,4}? (?:لحالها|لحاله|لوحدها|"
         r"لوحده|وحدها|وحده|في (?:الصف|صف|سنه|تالته|تانيه|اولي|رابعه|خامسه|\d)\S*)(?!.*?(?:اختي كمان|اخوي كمان|"
         r"كمان|صحاب|اصحاب|صاحبات|مع بعض|نلعب|المسبح))" + FRIENDLY + r"(?: \S+){0,8}? (?:بس بسال|مجرد سوال|بس "
         r"سوال|بسال بس|خلي بالك (?:عليها|عليه|منها|منه)|انتبه (?:عليها|عليه|لها|له)|دير بالك (?:عليها|عليه)|بس "
         r"بقول|للعلم)|(?:خلي|اخلي|هخلي|بخلي) (?:اختك|اخوك)(?: \S+){0,2}? (?:يوم|ايام|حياه|حياتها|حياته) (?:سيء|"
         r"سيئ|وحش|زفت|اسود|جحيم|سوده)"),
    rule("threat:exposure", "threat", "كلمه لو اذا الكل كل هصور بصور اصور سكرين",
         r"(?:كلمه (?:كمان|زياده|ثانيه|تانيه)|(?:لو|اذا) (?:قلتي|قلت|قولتي|قولت|حكيتي|حكيت|اشتكيت|اشتكيتي|بلغت|"
         r"بلغتي))(?: \S+){0,4}? و?(?:ببعت|هبعت|رح ابعت|راح ارسل|برسل|هرسل|بنزل|هنزل|رح انزل|بنشر|هنشر|رح انشر|"
         r"بحط|هحط|بوري|هوري|بخبر|هخبر|بقول|هقول|رح اقول|راح اقول)(?: \S+){0,2}? (?:(?:صورك|صورتك|فيديوهاتك|"
         r"فيديوك|شاتك|محادثتك|رسايلك|رسائلك|سرك|اسرارك|سكريناتك)(?: \S+){0,4}? (?:ل|علي |في |ع)?(?:كل الفصل|"
         r"كل الصف|كل المدرسه|الكل|جروب|الجروب|القروب|قروب|الستوري|ستوري|امك|ابوك|اهلك)|(?:ل)?(?:الكل|كل "
         r"الفصل|كل الصف|كل المدرسه) (?:مين|انك|ان|عن|شو|ايش))|" + pair(
             r"(?:لو|اذا) (?:ما|مش|مو) (?:عملت|عملتي|سويت|سويتي|تعمل|تسوي)(?: \S+)? (?:اللي|يلي) (?:بقولك|بقلك|"
             r"اقولك|قلتلك|بقول لك)|(?:لو|اذا) (?:قلتي|قلت|حكيتي|حكيت|بلغت|اشتكيت)",
             r"(?:الكل|كل المدرسه|كل الفصل|كل الصف|كل الناس) (?:هيعرف|رح يعرف|بيعرف|حيعرف|سيعرف|راح يعرف|"
             r"هيعرفوا|بيعرفوا)", 60)
         + r"|(?:هصور|بصور|رح اصور|باخذ سكرين|هاخد سكرين|باخد سكرين)(?: \S+)? (?:شاتك|محادثتك|رسايلك|كلامك)"
         r"(?: \S+){0,4}? و?(?:انزله|انشره|ابعته|احطه|بنزله|هنزله|بحطه|هحطه)(?: \S+)? (?:علي|ع|في)\S* ?"
         r"(?:الستوري|ستوري|الجروب|القروب)"),
    rule("threat:weapon", "threat", "السكين سكين السكينه سكينه الموس موس مطواه المطواه شفره عصايه مسدس سلاح "
         "ساطور كتر الكتر",
         r"(?:بجيب|هجيب|رح اجيب|راح اجيب|حجيب|معي|معاي|جايب|باخد|هاخد|حاخد)" + FOOD + r" (?:\S+ ){0,2}?(?:السكين|"
         r"سكين|السكينه|"
         r"سكينه|الموس|موس|مطواه|المطواه|شفره|عصايه|مسدس|سلاح|ساطور|كتر|الكتر)(?: \S+){0,8}? (?:و?(?:بنشوف|نشوف|"
         r"هنشوف|رح نشوف|خلينا نشوف)(?: \S+){0,2}? (?:اذا|لو|مين|كيف)|عشانك|علشانك|لاجلك|كرمالك|هتشوف|بتشوف|"
         r"رح تشوف)"),
]

# -- Hindi (Hinglish and Devanagari) -----------------------------------------------------------------
_HI_YOUR = r"(?:tera|teri|tere|tumhara|tumhari|aapka|apka)"
_HI_WILL = r"(?:dunga|dungi|denge|doonga|dungaa|karunga|karungi|kar dunga|kar dungi|kar denge)"
_HI_PLAN = (r"(?!.*?\b(?:movie|film|party|birthday|cricket|football|match|khel\w*|practice|pizza|haha\w*|lol|"
            r"le jayega|chhod dega)\b)(?!.*?(?:फिल्म|पार्टी|क्रिकेट|खेल))")
_HI = [
    rule("threat:stalking", "threat", "password pass login पासवर्ड",
         _acct(r"\b" + _HI_YOUR + r" (?:\w+ ){0,3}?(?:password|pass|login)\b(?: \w+){0,2}? (?:mere paas|mil gaya|mil "
               r"gya|pata (?:chal|lag) (?:gaya|gya)|pata hai)|\b(?:mere paas|mujhe pata hai|mujhe mil gaya) (?:\w+ )"
               r"{0,2}?" + _HI_YOUR + r" (?:\w+ ){0,2}?(?:password|pass|login)\b|(?:तेरा|तेरी|तुम्हारा|तुम्हारी)"
               r"[^.!?]{0,25}?पासवर्ड[^.!?]{0,20}?(?:मेरे पास|मिल गया|पता चल गया|पता है)",
               r"\b(?:delete|hata|uda|khali|bech|ban|ud[a]?) (?:kar )?" + _HI_WILL + r"\b|\bdelete kar\w*\b|\bpost "
               r"(?:kar|karunga|karungi|dalunga)\w*\b|\btere naam se\b|\bbye bol\w*\b|\bbye bye\b|\bid (?:khatam|gayi|"
               r"gyi|delete)\b|डिलीट|हटा दूंगा|हटा दूँगा|उड़ा दूंगा|खाली कर|तेरे नाम से|बाय बोल")),
    rule("threat:veiled", "threat", "jagah jageh sambhal dhyan जगह संभल ध्यान",
         r"\b(?:main|mai|me) (?:tere|teri|tumhari|tumhare) (?:jagah|jageh) (?:hota|hoti|hu|hoon)\b" + ADVICE
         + r".{0,60}?\b(?:dhyan "
         r"(?:rakhta|rakhti)|sambhal ke (?:rehta|rehti|chalta|chalti)|akela nahi (?:jaata|jata|ghoomta)|peeche "
         r"dekhta)\b.{0,90}?\b(?:accident (?:ho jaate|ho jate|hote) hain|kuch bhi ho sakta hai|kab kya ho (?:jaaye|"
         r"jaye)|kya pata kya ho (?:jaye|jaaye)|bas bata raha)|\b(?:aaj se|ab se|kal se) (?:sambhal ke|sambhal kar|"
         r"dhyan se) (?:rehna|reh|chalna)\b|(?:मैं तेरी जगह होता|मैं तेरी जगह होती|मैं तुम्हारी जगह होता)" + ADVICE
         + r".{0,60}?(?:संभल के|ध्यान रखता|ध्यान रखती).{0,90}?(?:हादसे होते|कुछ भी हो सकता|कब क्या हो जाए|बस बता "
         r"रहा)|(?:आज से |अब से )(?:संभल के|संभल कर|ध्यान से) (?:रहना|चलना)|(?:संभल के|संभल कर) (?:रहना|"
         r"चलना).{0,50}?(?:कब क्या हो जाए|कुछ भी हो सकता|हादसे होते)"),
    rule("threat:veiled", "threat", "billi kutta khargosh tota बिल्ली कुत्ता खरगोश तोता",
         r"\b" + _HI_YOUR + r" (?:\w+ )?(?:billi|kutta|kutte|kuttiya|khargosh|tota|doggy|puppy)\b.{0,40}?\b(?:gayab|"
         r"gaayab|kho|bhaag|ghum) (?:ho )?(?:gaya|gayi|gyi|jaye|jaaye|jaega|jayegi)\b.{0,30}?\b(?:bura lagega|bahut "
         r"bura hoga|afsos hoga|dukh hoga|rona mat)\b|(?:तेरी|तेरा|तुम्हारी|तुम्हारा) (?:\S+ )?(?:बिल्ली|कुत्ता|खरगोश|"
         r"तोता).{0,40}?(?:गायब|खो) (?:हो )?(?:गया|गई|गयी|जाए).{0,30}?(?:बुरा लगेगा|अफसोस होगा|रोना मत)"),
    rule("threat:violence", "threat", "bhai bhaiya cousin chacha mama dost doston yaar gang wale seniors भाई भैया "
         "दोस्त",
         r"(?:\b(?:mera|mere|apne) (?:bada |bade |)(?:bhai|bhaiya|cousin|chacha|mama)\b|\b(?:uske|mere|apne) (?:dost|"
         r"doston|yaar|gang)\b|\b\w+ wale\b|\bseniors?\b|(?:मेरा|मेरे|अपने) (?:बड़ा |बड़े )?(?:भाई|भैया|चाचा|मामा)|"
         r"(?:उसके|मेरे) दोस्त)" + _HI_PLAN + r"(?:[^?]{0,70}?(?:\b(?:tujhe|tereko|tumhe|tujhko) (?:dekh lega|"
         r"dekh lenge|sambhal lega|"
         r"nipat lega|nipta denge|sabak sikhayega|sabak sikhayenge|thik kar dega|theek kar denge|seedha kar dega|"
         r"seedha kar denge|pakad lega|pakdenge|uthwa lega)\b|\b(?:tujhe|tereko|tumhe) (?:\w+ ){1,4}?(?:pakdenge|pakad "
         r"lenge|dekh lenge|thok denge|peetenge)\b|(?:तुझे|तुम्हें) (?:देख लेगा|देख लेंगे|सबक सिखाएगा|"
         r"सबक सिखाएंगे|ठीक कर देगा|सीधा कर देगा|पकड़ लेंगे))|" + CONTEST + r"[^?]{0,70}?(?:\b(?:tera|teri|"
         r"tumhara) (?:intezaar|"
         r"intezar|wait) kar\w*|\b(?:tujhe|tereko|tumhe) (?:dhoondh|dhund|dhoond)\w*|(?:तेरा|तुम्हारा) इंतज़ार कर|"
         r"(?:तुझे|तुम्हें) ढूंढ).{0,60}?(?:\b(?:ready rehna|taiyar rehna|tayyar rehna|best of luck|dekh lena|bach "
         r"ke rehna)\b|तैयार रहना|देख लेना|बच के रहना))"),
    rule("threat:veiled", "threat", "behen behan bhai sister brother बहन भाई",
         r"\b" + _HI_YOUR + r" (?:choti |chhoti |chota |chhota |badi |bada |)(?:behen|behan|bhai|sister|brother)"
         r"(?: \w+){0,3}? (?:\w+ (?:mein|me) (?:hai|padhti|padhta)|akele (?:jaati|jaata|aati|aata|ghar)|school se "
         r"akele)\b(?!.*?\b(?:meri bhi|mera bhi|dost hain|saath)\b)" + FRIENDLY + r".{0,60}?\b(?:bas (?:pooch|puch) "
         r"(?:raha|rahi)|uska dhyan rakhna|dhyan rakhna uska|sambhal ke rakhna)\b|(?:तेरी|तेरा|तुम्हारी|तुम्हारा) "
         r"(?:छोटी |छोटा |बड़ी |बड़ा )?(?:बहन|भाई)[^.!?]{0,30}?(?:अकेले|अकेली|में है|में पढ़ती|में पढ़ता)"
         r"(?!.*?(?:मेरी भी|मेरा भी|दोस्त हैं))" + FRIENDLY + r".{0,60}?(?:बस पूछ रहा|बस पूछ रही|ध्यान रखना|संभाल के "
         r"रखना)|\b(?:teri|tumhari) (?:choti |chhoti |)(?:behen|behan|bhai) (?:ka|ki) (?:din|life|zindagi) (?:\w+ )?"
         r"(?:bura|kharab|barbaad|narak) (?:bana|kar|banaunga|karunga|kar dunga)\w*\b"),
    rule("threat:exposure", "threat", "ek baar bataya bola sabko sab poori saari baat screenshot एक बताया सबको",
         r"\b(?:ek aur (?:baar|shabd|word)|(?:teacher|madam|mam|sir|kisi) ko bataya|agar (?:tune|tu) (?:bataya|bola)|"
         r"(?:fir|phir) se bola|dobara bola)\b[^?]{0,40}?\b" + _HI_YOUR + r" (?:wo |woh |saari |sari )?(?:photos?|"
         r"pics?|pictures?|videos?|chats?|screenshots?|secret|raaz)\b[^.!?]{0,30}?\b(?:poori class|puri class|poore "
         r"school|sabko|sab ko|group|story)\b[^.!?]{0,15}?\b(?:bhej|daal|dal|post|dikha|viral|leak|forward|share)"
         r"\w*|" + pair(r"\b(?:meri baat nahi maani|meri baat nahi maanega|jo main bolu wo nahi kiya|(?:teacher|"
                         r"madam|sir|kisi) ko bataya)\b",
                         r"\b(?:sabko|sab ko|poori class ko|puri class ko|poore school ko) (?:pata chal (?:jayega|"
                         r"jaega)|bata (?:dunga|dungi))\b", 60)
         + r"|\b(?:teri|tumhari) aur \w+ ki chat (?:ka|ke) (?:screenshot|ss)\w*\b[^.!?]{0,30}?\b(?:story|group|"
         r"status)\b|(?:एक और बार|टीचर को बताया|किसी को बताया)[^?]{0,40}?(?:तेरी|तुम्हारी) (?:फोटो|फ़ोटो|वीडियो|"
         r"चैट)[^.!?]{0,30}?(?:पूरी क्लास|सबको|ग्रुप)[^.!?]{0,15}?(?:भेज|डाल|दिखा|वायरल)"),
    rule("threat:weapon", "threat", "chaku chakku knife rod danda stick bat hockey चाकू डंडा",
         r"\b(?:chaku|chakku|knife|rod|danda|hockey stick|bat|blade|pistol|katta)\b" + FOOD + r"[^?]{0,20}?\b(?:leke|"
         r"lekar|le ke) "
         r"(?:aaunga|aunga|aaungi|aaenge)\b[^?]{0,40}?(?:\b(?:phir )?dekhte hain (?:kaun|kitna|kaise)\b|\btere liye\b|"
         r"\bdekh lena\b)|(?:चाकू|डंडा|रॉड)[^?]{0,20}?(?:लाऊंगा|लेके आऊंगा|ले के आऊंगा)[^?]{0,40}?(?:तेरे लिए|देखते हैं|"
         r"देख लेना)|तेरे लिए (?:\S+ )?(?:चाकू|डंडा)"),
]

# -- Chinese -----------------------------------------------------------------------------------------
_G = "[^。!?]"
_ZH = [
    zrule("threat:stalking", "threat", "密码",
          r"(?:你(?:的)?" + _G + r"{0,8}?密码" + _G + r"{0,4}?(?:我(?:已经)?(?:有|知道|拿到|搞到|偷到|弄到)了?|"
          r"在我(?:这|"
          r"这里|手上|手里))|我(?:已经)?(?:有|知道|拿到|搞到|偷到|弄到)了?你(?:的)?" + _G + r"{0,8}?密码)" + _G
          + r"{0,40}?(?:删|卸|注销|清空|卖掉|盗|发点东西|发些东西|用你的号|以你的名义|冒充你|号(?:就)?没了|拜拜)"),
    zrule("threat:veiled", "threat", "你 如果 要是 换",
          r"(?:我要是你|如果我是你|要是我是你|换我是你)" + ADVICE + _G + r"{0,12}?(?:小心|注意|当心|不会一个人|"
          r"看着点|留神)"
          + _G + r"{0,20}?(?:意外|说不准|说不好|谁知道|不好说|难说|什么事都可能|我就说说|提醒你)|"
          r"你?(?:以后|今后|从今天(?:开始|起)|从现在(?:开始|起))(?:最好)?(?:给我)?(?:小心|注意|当心)(?:点|一点)?"
          r"(?:$|[,.!?。])"),
    zrule("threat:veiled", "threat", "猫 狗 兔 仓鼠 鹦鹉 宠物",
          r"你(?:家)?(?:的)?(?:那只|那条)?(?:猫|狗|兔子|仓鼠|鹦鹉|宠物|狗狗|猫咪)" + _G + r"{0,20}?(?:要是|如果|哪天)"
          + _G + r"{0,6}?(?:不见|丢|没了|跑了|出事|消失)" + _G + r"{0,10}?(?:可惜|别哭|伤心|难过|别怪我)"),
    zrule("threat:violence", "threat", "哥 兄弟 叔 朋友 班 初 高年级 叫 喊 找 约",
          r"(?:我哥|我表哥|我堂哥|我大哥|我兄弟|我叔|兄弟们|隔壁班|初三|初二|高年级|社会上的)" + _G + r"{0,16}?"
          r"(?:收拾你|教训你|弄你|找你算账|堵你)|(?:我哥|我表哥|我堂哥|我大哥|兄弟们|隔壁班|初三|初二|高年级)"
          + CONTEST + _G + r"{0,16}?(?:等你|找你|见)" + _G + r"{0,12}?(?:做好准备|准备好|祝你好运|等着瞧|你等着|"
          r"走着瞧|别跑)|"
          r"(?:叫了|喊了|找了|约了)" + _G + r"{0,8}?(?:兄弟|哥们|几个人)" + _G + r"{0,10}?(?:见|等你|找你)"
          r"(?!" + _G + r"*?(?:一起|玩|打球|踢球|看电影|吃饭|生日|派对))|我把你" + _G + r"{0,8}?告诉(?:了)?我(?:哥|"
          r"表哥|"
          r"堂哥|大哥|叔)" + _G + r"{0,12}?(?:收拾你|教训你|找你|等你|来)"),
    zrule("threat:veiled", "threat", "妹 弟 姐 哥 问问",
          r"你(?:的)?(?:妹妹|弟弟|小妹|小弟|姐姐)" + _G + r"{0,12}?(?:年级|班|一个人|自己)"
          r"(?!.*?(?:我妹妹也|我弟弟也|也是|好朋友|一起))" + FRIENDLY + r".{0,16}?(?:我就问问|随便问问|就问问|"
          r"看好(?:她|他)|小心点|注意点)|(?:我会|我要|看我怎么)让?你(?:的)?(?:妹妹|弟弟|姐姐|哥哥)" + _G
          + r"{0,8}?(?:很惨|好看|倒霉|后悔|不好过)"),
    zrule("threat:exposure", "threat", "知道 讲 截图 截屏",
          r"(?:你不听我的|你要是不听|不按我说的|你敢告诉|你敢告老师|你要是告诉|你要是告老师)" + _G + r"{0,20}?"
          r"(?:全班|全校|所有人|大家)(?:都)?(?:会)?(?:知道|晓得)|(?:你敢告|你要是告|你再说)" + _G + r"{0,10}?"
          r"(?:我就)?把你" + _G + r"{0,12}?(?:的事|的秘密)" + _G + r"{0,4}?(?:讲|说|告诉)|(?:把)?你(?:和|跟)" + _G
          + r"{1,6}?的?聊天(?:记录)?(?:截图|截屏)" + _G + r"{0,10}?(?:发|挂|贴)"),
    zrule("threat:weapon", "threat", "刀 棍 砖",
          r"(?:带|拿|揣)(?:了|着)?(?:一)?(?:把)?(?:刀|小刀|刀子|水果刀|棍子|铁棍|棒球棍|砖头)" + FOOD + _G
          + r"{0,15}?(?:看谁|"
          r"看你|等着你|你再|给你|为你准备)|(?:刀|棍子|铁棍)" + _G + r"{0,4}?等着你"),
]

RULES: list[Rule] = [*_AR, *_HI, *_ZH]
