"""Veiled first-person disclosures in ar (Arabic script and Arabizi), hi
(Hinglish and Devanagari) and zh (the class: `selfharm_veiled.py`).

Phrase-form notes: Arabic loses hamza and tashkeel and writes "ة" as "ه"
and final "ى" as "ي"; Arabizi digits 3 5 7 read "e" "s" "t" ("gom3a" ->
"gomea", "5alas" -> "salas"; "2" stays); Devanagari is NFKC (`_n`, nukta
letters decomposed) and Devanagari rules match without word boundaries;
Chinese rules are `zrule`s (simplified and traditional), matched unspaced.
"""

from __future__ import annotations

from .packs.hi._script import _n, _triggers
from .packs.zh import zrule
from .rules import Rule
from .selfharm_veiled_base import Table, alone, decided, pair, rules_of, trio
from .selfharm_veiled_eu import M_ALL, M_DEVICE, M_GRIEF, M_MOVE, M_PAST, MS_ALL

# -- ar (Arabic script) -----------------------------------------------------------------------
_M_AR = (
    r"لعبه|اللعبه|العاب|ليفل|مرحله|الفريق|فريق|النادي|نادي|كوره|تمرين|كورس|نقل|ننتقل|بننتقل|رحله|سفر|"
    r"اجازه|عطله|مخيم|عيد ميلاد|حفله|الموسم|رجيم|دايت|حليب|الحليب|اكل|زبادي|جواز|بطاقه|شعري|صبغ|صغير|"
    r"قديم|جديد|بعت|بدلت|حساسيه|هديه|مشروع|صور|تصوير|المنظر|مسلسل|فيلم|كتاب|اغنيه|كراش|احراج|محرج|"
    r"الاستاذ|الاستاذه|المعلم|واجب|امتحان|اختبار"
)
_MS_AR = r"لعبه|العاب|مسلسل|فيلم|كتاب|اغنيه|شعري|صبغ|نقل|ننتقل|بننتقل|شخصيه"
_DAY_AR = r"الجمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الليله|بكره|بكرا|الويكند|نهايه الاسبوع"
AR: Table = {
    "decided": ("قررت قراري القرار", "",
                decided(r"(?:خلاص )?قررت|(?:خدت|اخذت) (?:القرار|قراري)", _DAY_AR, r"كل (?:شي|شيء|حاجه) "
                     r"(?:بينتهي|راح ينتهي|حيخلص|هيخلص|رح يخلص)", r"(?:لا|ما) (?:تزعلوا|تزعلو) مني|متزعلوش مني|"
                     r"ماتزعلوش مني|سامحوني|(?:اسفه|اسف|اسفين) (?:للجميع|للكل)", _M_AR, edge="")),
    "goodbye": ("اودع بودع حودع هودع راح", "",
                pair(r"(?:ح|ه|ب|رح |راح )?(?:اودع|ودع) (?:الكل|كل الناس|الجميع)", r"للابد|الى الابد|للمره "
                     r"الاخيره", M_MOVE + "|" + _M_AR, edge="")),
    "not_live": ("اعيش اوصل حعيش هعيش حوصل هوصل", "",
                 alone(r"(?:مش|ما|مو|لن) (?:ح|ه|راح |رح |بدي |ابغى |ابي |بغيت |عايز |عاوز )?(?:اعيش|اوصل|عيش|وصل) "
                       r"(?:ل|لحد |حتى |لين )?(?:لعمر |لسن |عمر |سن |ل)?(?:الصيف|عيد "
                       r"ميلادي|ال ?(?:1[3-9]|١[٣-٩])|1[3-9]|١[٣-٩])", _MS_AR, edge="")),
    "expiry": ("صلاحيتي", "",
               pair(r"تاريخ صلاحيتي", r"قرب|قريب|كم يوم|ايام قليله|باقي ايام", _M_AR, edge="")),
    "height": ("اعلي", "",
               pair(r"اعلي (?:مبني|عماره|برج|جسر|سطح)", r"لوحدي|بمفردي|لحالي", _M_AR, edge="")),
    "give": ("عطيت اعطيت اديت", "",
             pair(r"(?:عطيت|اعطيت|اديت) (?:\S+ )?(?:قطتي|قطي|كلبي|حسابي|بسي|سكناتي|جيتاري)", r"(?:مش|ما|مو) "
                  r"(?:ح|ه|راح |رح )?(?:احتاجه|احتاجها|احتاجهم)|(?:مش|مو) لفتره|للابد", r"نقل|ننتقل|حساسيه|"
                  r"كبرت|صغير|قديم|جديد|زهقت|بطلت|بعت|بدلت|عيد ميلاد|اجازه|سفر", edge="")),
    "envy": ("احسد بحسد اغار", "",
             alone(r"(?:احسد|بحسد|اغار من) (?:الناس )?(?:اللي|الي) (?:ماتوا|ميتين)|(?:احسد|بحسد) (?:الميتين|"
                   r"الاموات)", M_PAST + "|" + _MS_AR, edge="")),
    "if_die": ("مت اموت اختفيت", "",
               alone(r"(?:لو|اذا) (?:انا )?(?:مت|موت|اختفيت)", _MS_AR, edge="") + r".{0,50}?(?:حتتحسن|بتتحسن|"
               r"راح تتحسن|رح تتحسن|حتكون احسن|بتكون احسن|يرتاحوا|ترتاح|تخف|(?:ح|ه|ب|راح |رح )?يكونوا احسن|مبسوطين)"),
    "nightly": ("ليله بفكر افكر", "",
                alone(r"كل ليله (?:ب|ا)فكر (?:بالموت|في الموت|اني اموت)|(?:ب|ا)فكر (?:بالموت|في الموت|اني اموت) "
                      r"كل (?:ليله|يوم)", M_GRIEF + "|" + _MS_AR, edge="")),
    "tried": ("جربت نفع ينفع بتنفع نفعت", "",
              pair(r"جربت كل (?:شي|شيء|حاجه)|(?:ولا|مفيش) (?:شي|شيء|حاجه) (?:نفع|ينفع|بتنفع|نفعت)",
                   r"تعبت (?:من المحاوله|احاول|من اني احاول)|ما عاد فيني|معنديش طاقه",
                   _M_AR + "|" + M_DEVICE, edge="")),
    "away": ("حمشي همشي ابعد حبعد هبعد", "",
             alone(r"(?:ح|ه|راح |رح )?(?:امشي|مشي|ابعد|بعد|اختفي) (?:بعيد )?(?:عن الكل|عن كل الناس) (?:للابد|الى "
                   r"الابد)", M_MOVE + "|" + _MS_AR, edge="")),
    "life_end": ("حياتي", "",
                 alone(r"(?:ابغي|ابي|بدي|عايز|عايزه|اريد) حياتي (?:تنتهي|تخلص)", r"كراش|احراج|محرج|فويس",
                       edge="")),
}

# -- ar (Arabizi, phrase form: 3 -> e, 5 -> s, 7 -> t) ---------------------------------------
_M_AZ = (
    M_ALL + r"|le[e3]b\w*|gaim|nady|kora|tamreen|safar|rehla|agaza|eid milad|7afla|hafla|tafla|laban|"
    r"hala2a|sha[e3]ry|crush|kharag|mostaz|emte[t7]an|wageb"
)
AZ: Table = {
    "decided": ("2arrart 2rrt arrart qararet karart 2arart", "gomea gom3a gomaa jumaa gumaa sabt ahad bokra "
                "bukra leila",
                decided(r"2arrart|2rrt|arrart|qararet|karart|2arart", r"(?:yom )?el ?(?:gomea|gomaa|jumaa|gumaa|sabt|"
                     r"ahad)|bokra|bukra|el ?leila", r"kol (?:taga|haga|shi) (?:hatkhlas|hatentehi|htkhls)",
                     r"ma ?tez?ealosh(?: meny| mny| minni)?|ma ?tzealosh|la tizealo|samtony|samhony", _M_AZ)),
    "if_die": ("mot mott metet", "hatertah hatertaho tertah ahsan",
               alone(r"(?:law|lw|iza) (?:ana )?(?:mot|mott|metet)(?: \w+){0,3} (?:hatertah|hatertaho|tertah|"
                     r"hayb2o ahsan|hatb2a ahsan)", MS_ALL)),
    "life_end": ("tayati hayati 7ayati", "tekhlas tentehi",
                 alone(r"(?:eayez|eayza|bady|biddi|abghi) (?:tayati|hayati) (?:tekhlas|tentehi)", r"crush\w*|kharag")),
}

# -- hi (Hinglish) ----------------------------------------------------------------------------
_M_HL = (
    M_ALL + r"|khel|match|cricket|team|coaching|tuition|shift|ghar badal\w*|trip|ghumne|chhutti\w*|"
    r"birthday|bday|party|breakup|season|diet|doodh|dudh|khana|passport|card|baal|baalon|rang|chota|"
    r"chhota|purana|purani|naya|nayi|becha|bech|exchange|allergy|gift|tohfa|abroad|videsh|college|photo|"
    r"view|serial|movie|picture|kitaab|gaana|gana|crush|sharam|cringe|sir|madam|mam|teacher|homework|"
    r"exam|test|milk|doodh ki"
)
_MS_HL = MS_ALL + r"|khel|serial|movie|picture|kitaab|gaana|gana|baal|baalon|rang|shift|character"
HL: Table = {
    "decided": ("decide faisla tay", "somvar mangalvar budhvar guruvar shukravar shanivar ravivar monday tuesday "
                "wednesday thursday friday saturday sunday raat kal weekend",
                decided(r"(?:decide|faisla|tay) (?:kar|kr) (?:liya|lia|li)", r"somvar|mangalvar|budhvar|guruvar|"
                     r"shukravar|shanivar|ravivar|monday|tuesday|wednesday|thursday|friday|saturday|sunday|aaj "
                     r"raat|kal|weekend", r"sab (?:kuch |kuchh )?khatam", r"naraz mat (?:hona|hone)|gussa mat (?:hona|"
                     r"karna)|sorry (?:sabko|sab|everyone)|sabse sorry|maaf kar (?:dena|do)", _M_HL)),
    "goodbye": ("alvida bye goodbye", "hamesha",
                pair(r"sabko (?:alvida|bye|goodbye) (?:keh|bol|kah) (?:dungi|dunga|doongi|doonga)|sabse (?:alvida|"
                     r"vida) (?:le lungi|le lunga|lungi|lunga)", r"hamesha ke liye", M_MOVE + "|" + _M_HL)),
    "not_live": ("rahungi rahunga jeeyungi jiyungi pahunchungi pahunchunga paunga paungi paaunga paaungi "
                 "hounga houngi", "tak saal sal",
                 alone(r"(?:1[3-9]|20|birthday|bday|summer|garmi|garmiyon) tak (?:zinda )?(?:nahi|nhi) "
                       r"(?:rahungi|rahunga|jeeyungi|jiyungi|pahunchungi|pahunchunga)|"
                       r"(?:1[3-9]|20) (?:saal|sal) (?:ka|ki) (?:nahi|nhi) (?:ho )?(?:paunga|paungi|paaunga|"
                       r"paaungi|hounga|houngi)", _MS_HL)),
    "expiry": ("expiry", "paas pass najdik nazdeek din jaldi soon close",
               pair(r"(?:mera|meri) (?:toh |to )?expiry(?: date)?", r"paas|pass|najdik|nazdeek|(?:kuch|bas kuch) "
                    r"din|jaldi|soon|close", _M_HL)),
    "height": ("unchi oonchi uchi", "akele akeli khud",
               pair(r"sabse (?:unchi|oonchi|uchi) (?:building|imarat|chhat|chat|bridge|pul)", r"akel[ei]|khud",
                    _M_HL)),
    "give": ("billi kutta kutte cat dog account skins console guitar", "zarurat zaroorat jarurat hamesha liye",
             pair(r"(?:apni|apna|apne|meri|mera|mere) (?:\w+ ){0,2}?(?:billi|kutta|kutte|cat|dog|account|skins|"
                  r"console|guitar)(?: \w+){0,4} (?:de di|de diya|dedi|dediya|de aayi|de aaya)", r"(?:ab )?"
                  r"(?:zarurat|zaroorat|jarurat) nahi (?:padegi|hogi)|kuch din ke liye nahi|hamesha ke liye",
                  r"shift|ghar badal\w*|allergy|bada|badi|chhota|chota|purana|purani|naya|nayi|bor|chhod "
                  r"diya|becha|exchange|birthday|chhutti\w*|trip")),
    "envy": ("jalan jealous", "mar chuke zinda",
             alone(r"(?:jalan|jealous) (?:hoti|hota|feel hota) (?:hai|h) (?:unse|un logon se) jo (?:mar chuke|zinda "
                   r"nahi)|(?:mar chuke|mare hue) (?:logon|logo) se (?:jalan|jealous)", M_PAST + "|" + _MS_HL)),
    "if_die": ("mar", "theek thik khush behtar better",
               alone(r"(?:agar |jab )?main mar (?:jaun|jaaun|jau|gayi|gaya|jaungi|jaunga) (?:toh|to) (?:\w+ ){0,3}?"
                     r"(?:theek|thik|khush|behtar|better) (?:ho jayegi|ho jayega|ho jayenge|rahegi|rahenge|"
                     r"rahega|hogi|honge)", _MS_HL)),
    "nightly": ("sochti sochta", "raat roz din",
                alone(r"(?:har raat|roz raat|roz|har din) (?:bas )?(?:marne|maut|mar jane) ke "
                      r"(?:baare|bare) (?:mein|me) (?:sochti|sochta)|"
                      r"(?:marne|maut) ke (?:baare|bare) (?:mein|me) (?:sochti|sochta) (?:hu|"
                      r"hoon|hun) (?:har raat|roz)", M_GRIEF + "|" + _MS_HL)),
    "tried": ("try koshish kaam", "thak himmat",
              pair(r"sab (?:kuch )?try (?:kar|kr) (?:liya|chuki|chuka|li)|sab kar ke dekh liya|kuch (?:bhi )?kaam "
                   r"nahi (?:karta|kar raha|aata)", r"(?:try|koshish) (?:karte karte|kar kar ke|karke) thak (?:gayi|"
                   r"gaya)|thak (?:gayi|gaya) (?:hu|hoon) koshish|ab (?:aur )?himmat nahi", _M_HL + "|" + M_DEVICE)),
    "away": ("jaungi jaunga jaaungi jaaunga", "hamesha",
             alone(r"(?:chali|chala) ja(?:a)?ung[ia] sabse door hamesha ke liye|sabse door (?:chali|chala) "
                   r"ja(?:a)?ung[ia] hamesha ke liye", M_MOVE + "|" + _MS_HL)),
    "life_end": ("zindagi life", "khatam",
                 alone(r"(?:chahti|chahta) (?:hu|hoon|hun) (?:ki )?(?:meri )?(?:zindagi|life) khatam ho ja(?:aye|ye|e)",
                       r"crush\w*|sharam|cringe|teacher|sir|madam|voice note")),
}

# -- hi (Devanagari, unbounded) ---------------------------------------------------------------
_MS_HI = _n(r"खेल|गेम|सीरियल|फिल्म|किताब|गाना|बाल|शिफ्ट|घर बदल")
_M_HI = _MS_HI + "|" + _n(r"टीम|क्लब|ट्रिप|छुट्टी|बर्थडे|जन्मदिन|पार्टी|दूध|प्रोजेक्ट|होमवर्क|परीक्षा|एग्जाम")
HI: Table = {
    "decided": (_triggers("फैसला फ़ैसला तय"), "",
                decided(_n(r"(?:फैसला|फ़ैसला|तय) कर लिया"), _n(r"सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|"
                     r"रविवार|आज रात|कल|वीकेंड"), _n(r"सब (?:कुछ )?(?:खत्म|ख़त्म)"), _n(r"नाराज़? मत|गुस्सा मत|माफ़? कर "
                     r"(?:देना|दो)|सॉरी"), _M_HI, edge="")),
    "goodbye": (_triggers("अलविदा"), "", pair(_n(r"सबको अलविदा"), _n(r"हमेशा के लिए"), M_MOVE + "|" + _M_HI, edge="")),
    "not_live": (_triggers("तक"), "",
                 alone(_n(r"(?:1[3-9]|सोलह|सत्रह|अठारह|गर्मियों|गर्मी|बर्थडे|जन्मदिन) तक (?:ज़िंदा |जिंदा )?नहीं "
                          r"(?:रहूंगी|रहूँगी|रहूंगा|रहूँगा|जी पाऊंगी|जी पाऊंगा|पहुंचूंगी|पहुंचूंगा|पहुँचूँगी|"
                          r"पहुँचूँगा|पहुँचूंगी|पहुँचूंगा)"), _MS_HI, edge="")),
    "height": (_triggers("ऊंची ऊँची"), "",
               pair(_n(r"सबसे (?:ऊंची|ऊँची) (?:बिल्डिंग|इमारत|छत)"), _n(r"अकेले|अकेली|खुद"), _M_HI, edge="")),
    "envy": (_triggers("जलन"), "",
             alone(_n(r"जलन होती है (?:उनसे|उन लोगों से) जो (?:मर चुके|ज़िंदा नहीं|जिंदा नहीं)"), _MS_HI, edge="")),
    "expiry": (_triggers("एक्सपायरी"), "", pair(_n(r"(?:मेरी|मेरा) (?:तो )?एक्सपायरी"), _n(r"पास|नज़?दीक|कुछ दिन"),
                                                _M_HI, edge="")),
    "if_die": (_triggers("मर"), "",
               alone(_n(r"मैं मर (?:जाऊं|जाऊँ|जाऊ|गई|गया) तो"), _MS_HI, edge="") + _n(r".{0,40}?(?:ठीक हो जाएगी|"
               r"ठीक हो जाएगा|खुश रहेंगे|खुश रहेगी|बेहतर)")),
    "nightly": (_triggers("सोचती सोचता"), "",
                alone(_n(r"(?:हर रात|रोज़? रात|रोज़?) (?:बस )?(?:मरने|मौत) के बारे में (?:सोचती|सोचता)"),
                M_GRIEF + "|" + _MS_HI,
                      edge="")),
    "tried": (_triggers("कोशिश ट्राई"), "",
              pair(_n(r"सब (?:कुछ )?(?:ट्राई|कोशिश) कर (?:लिया|ली|चुकी|चुका)"), _n(r"थक (?:गई|गया)|हिम्मत नहीं"),
                   _M_HI + "|" + M_DEVICE, edge="")),
    "away": (_triggers("दूर"), "",
             alone(_n(r"सबसे दूर (?:चली|चला) (?:जाऊंगी|जाऊँगी|जाऊंगा|जाऊँगा) हमेशा के लिए|(?:चली|चला) "
                      r"(?:जाऊंगी|जाऊँगी|जाऊंगा|जाऊँगा) सबसे दूर हमेशा के लिए"), M_MOVE + "|" + _MS_HI, edge="")),
    "life_end": (_triggers("ज़िंदगी जिंदगी"), "",
                 alone(_n(r"(?:ज़िंदगी|जिंदगी) (?:खत्म|ख़त्म) हो जाए"), _n(r"क्रश|शर्म"), edge="")),
}

# -- zh (zrule: simplified and traditional, unspaced) -----------------------------------------
_M_ZH = (
    r"游戏|关卡|球队|足球|俱乐部|训练|补习班|搬家|搬到|旅游|旅行|放假|假期|暑假|寒假|生日|聚会|分手|赛季|减肥|"
    r"牛奶|酸奶|食品|护照|卡|头发|染发|太小|旧|新的|卖了|交换|过敏|礼物|出国|作业|项目|拍照|风景|朋友|家人|"
    r"妈妈|爸爸|同学|电视剧|电影|小说|歌|暗恋|尴尬|社死|老师|考试"
)
_DAY_ZH = r"(?:周|星期|礼拜)[一二三四五六日天]|今晚|明天|这个周末|周末"
_MS_ZH = r"游戏|电视剧|电影|小说|歌词|头发|染发|搬家|角色"
_ZH: list[Rule] = [
    zrule("self_harm:finality", "self_harm", "决定",
          trio(r"决定了", _DAY_ZH, r"一切都(?:会)?结束", _M_ZH, edge="") + "|"
          + trio(r"决定了", rf"(?<=[。.!！])(?:{_DAY_ZH})(?=[。.!！])",
                 r"别(?:生我的)?气|不要生我的气|对不起大家|原谅我", _M_ZH, edge=""), framed="generic"),
    zrule("self_harm:finality", "self_harm", "别 告",
          pair(r"(?:跟|和|向)(?:所有人|大家)(?:永远)?(?:告别|道别|说再见)", r"永远|永别", _M_ZH, edge=""),
          framed="generic"),
    zrule("self_harm:finality", "self_harm", "活 撑 熬",
          alone(r"活不到(?:十[三四五六七八九]|1[3-9]|二十|夏天|明年|生日)|(?:撑|熬)不到(?:夏天|明年|生日|1[3-9])|"
                r"不打算活到", _MS_ZH, edge=""), framed="generic"),
    zrule("self_harm:finality", "self_harm", "保质",
          pair(r"我的保质期", r"快|没几天|几天", _M_ZH, edge=""), framed="generic"),
    zrule("self_harm:planning", "self_harm", "最高",
          pair(r"附近(?:哪栋|哪座|哪个|哪幢)?(?:楼|大楼|桥|天台)最高|附近最高的(?:楼|大楼|天台|桥)",
               r"自己去|一个人去|独自", _M_ZH, edge=""), framed="generic"),
    zrule("self_harm:finality", "self_harm", "送 给",
          pair(r"把(?:我的)?(?:猫|狗|仓鼠|兔子|账号|号|皮肤)(?:送|给)", r"不是暂时|不是一段时间|再也(?:不需要|用不到|"
               r"用不上)|以后用不到|永远", r"太小|旧|搬家|过敏|不玩了|新号|旅游|放假|暑假|寒假|生日", edge=""),
          framed="generic"),
    zrule("self_harm:passive", "self_harm", "羡慕",
          alone(r"羡慕(?:那些)?(?:已经)?(?:死了的|死去的|去世的)人|羡慕死人", _MS_ZH, edge=""), framed="generic"),
    zrule("self_harm:passive", "self_harm", "我死",
          alone(r"(?:如果|要是)我死了[,，]?(?:她|他|他们|妈妈|爸爸|家人|大家)(?:就)?(?:会)?(?:好起来|好了|更好|"
                r"开心|解脱)", _MS_ZH, edge=""), framed="generic"),
    zrule("self_harm:disclosure", "self_harm", "每",
          alone(r"每(?:天)?晚(?:上)?都(?:在)?想(?:着)?(?:死|去死|自杀)", _MS_ZH, edge=""), framed="generic"),
    zrule("self_harm:passive", "self_harm", "试",
          pair(r"(?:什么|所有|各种)(?:方法|办法)?都试(?:过)?了|什么都没用", r"(?:不想|懒得)再试了|试累了|没力气了",
               _M_ZH, edge=""), framed="generic"),
    zrule("self_harm:finality", "self_harm", "离",
          alone(r"永远离开(?:所有人|大家)|离(?:所有人|大家)远远的[,，]?永远", _MS_ZH, edge=""), framed="generic"),
    zrule("self_harm:disclosure", "self_harm", "结束",
          alone(r"(?:想|希望)(?:我的)?(?:人生|生命)(?:就这样)?结束", r"暗恋|尴尬|社死|老师|语音", edge=""),
          framed="generic"),
]

RULES: list[Rule] = [*rules_of(AR), *rules_of(AZ), *rules_of(HL), *rules_of(HI), *_ZH]
