"""Mockery of a peer without a swear word in Arabic (with Arabizi), Chinese and
Hindi (Devanagari and Hinglish): the six shapes of harm_mockery.py (read its
docstring first), appended to `harm.RULES` through it.

"التخينة أكلت تلات سندوتشات فول وبتقول جعانة", "جت المعقدة، سوّوا نفسكم
مشغولين", "فسّاد! رحت قلت للأستاذ", "وقت نختار الفرق محد يختارك، تدري ليش؟",
"انت مجرد حمل تقيل على أهلك وعلينا، ليش ما تختفي", "ghadi n9ol l ga3 l9ism
bli Amine mazal kaybowel", "كأنها بقرة عم تركض"; "刘洋又哭了 ... 爱哭鬼",
"胖子一顿吃三碗饭还喊饿", "怪咖來了 大家假裝沒看到", "你生日请客也不会有人去的",
"你就是个累赘", "他家连电费都交不起", "我要告诉全班周杰还在尿床", "像一头河马";
"Aarav phir ro diya ... rondu kahin ka", "motu ne teen samose kha liye aur
abhi bhi bol raha bhookh lagi hai", "लो आ गया अजीब प्राणी, सब बिज़ी होने का
नाटक करो", "sabse last mein tu bachta hai, soch kyun", "बोझ है तू", "ghar pe
khana bhi nahi banta hoga", "main sabko bata dunga ki Ishaan abhi bhi bed gila
karta hai", "जैसे भैंस भाग रही हो".

The writer's own tears and family, pets, kind questions, "you are not a
burden" (لست عبئا, 你不是累赘, tu bojh nahi hai), help and reports pass.
Arabic is read with ة as ه, ى as ي and hamza seats folded (`normalise`);
Devanagari with nukta letters decomposed (`packs.hi._script._r`).
"""

from __future__ import annotations

from .harm_accent_mock_langs import LAUGH_AR, LAUGH_HI
from .harm_mockery_parts import sentence
from .packs.hi._script import _DE, _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ar ------------------------------------------------------------------------------
_CRYNAME_AR = (r"(?:بكاي|بكايه|بكاء|عياط|عياطه|نونو|ابن امه|بنت امها|دلوع|دلوعه|زنان|3ayel|eayel|"
               r"3ayat|eayat|bakkay|nono)")
_FAT_AR = (r"(?:التخين|التخينه|السمين|السمينه|الدب|الدبه|الفيل|الفيله|البرميل|ابو كرش|الدبدوب|"
           r"المدحدح|المدحدحه|المربرب|المربربه|البقره)")
_ODD_AR = (r"(?:المعقد|المعقده|الغريب|الغريبه|المهبول|المهبوله|الفاشل|الفاشله|الواشي|الواشيه|الفساد|"
           r"الفساده|الهبله|العبيط|العبيطه|المقرف|المقرفه|التخين|التخينه|البكاي|البكايه|النكره|الدبه)")
_AVOID_AR = (r"(?:(?:سووا|سوو|اعملوا|اعملو|خلوا|خلو|تظاهروا|عملوا) (?:نفسكم|حالكم)|محد يكلم|محدش يكلم|"
             r"ولا احد يكلم|ولا حد يكلم|تجاهلو|طنشو|لا تكلمو|متكلموش|اهربوا|اهربو)")
_WHY_AR = (r"(?:تدري ليش|تعرف ليش|عارف ليه|عارفه ليه|تعرف ليه|تعرفي ليه|فكر ليش|فكر ليه|اسال نفسك|"
           r"لانك|عشانك|عشان انت|اعرف حدودك|اقبلها)")
_HEAVY_AR = r"(?:بقره|فيل|فيله|دب|دبه|حوت|خنزير|برميل|جاموسه|جاموس|فرس النهر|بطه|بطريق|كركدن|غوريلا)"
RULES: list[Rule] = [
    rule("bullying:insult", "bullying",
         "بكي بكت بيبكي بتبكي يبكي تبكي عيط عيطت بيعيط بتعيط 3ayat eayat",
         r"(?<!انا )(?<!وانا )(?<!ابني )(?<!اخوي )(?<!اختي )(?:بكي|بكت|بيبكي|بتبكي|عم يبكي|عم تبكي|عيط|"
         r"عيطت|بيعيط|بتعيط|صار يبكي|قعد يبكي|قعدت تبكي|3ayat|eayat)\b(?=.{0,100}?\b(?:"
         + _CRYNAME_AR + r"|(?:روح|روحي|راح|راحت|يروح|بدو|بدها|عايز|عايزه) (?:يبكي |يعيط )?(?:عند|ل|"
         r"علي)? ?(?:امه|امها|ماما|مامته|مامتها|امك|مامتك))\b)"),
    rule("bullying:insult", "bullying", "التخين التخينه السمين السمينه الدب الدبه الفيل الفيله البرميل "
         "كرش الدبدوب المدحدح المدحدحه المربرب المربربه البقره",
         r"\b" + _FAT_AR + r" (?:\S+ )?(?:اكل|اكلت|خلص|خلصت|لهف|لهفت|بلع|بلعت|بياكل|بتاكل|التهم|التهمت|"
         r"زلط|زلطت)\b(?=.{0,80}?(?:لسه|لسا|لساته|بعده|بعدها|مازال|جعان|جعانه|جوعان|جوعانه|تلات|ثلاث|"
         r"اربع|خمس|[0-9٠-٩]|كله|كلها|" + LAUGH_AR + r"))"),
    rule("bullying:insult", "bullying", "جت جا اجت اجا وصل وصلت جاي جايه اجي جاء جاءت",
         r"(?:^|[.!?] |\b(?:ها|هيها|هيو|اهو|اهي|شوفو|شوفوا) )(?:جت|جا|اجت|اجا|وصل|وصلت|جاي|جايه|اجي|جاء|"
         r"جاءت) (?=" + _ODD_AR + r"\b.{0,60}?" + _AVOID_AR + r")"),
    rule("bullying:insult", "bullying", "فساد فساده واشي واشيه وشاي جاسوس جاسوسه بصاص",
         r"(?:^|[.!?] )(?:يا )?(?:فساد|فساده|واشي|واشيه|وشاي|جاسوس|جاسوسه|بصاص)(?: [.!])* (?:\S+ ){0,2}?"
         r"(?:رحت|رحتي|قلت|قلتي|بسببك|هلق|هلا|دلوقتي|الحين|كل المدرسه)\b"),
    rule("bullying:exclusion", "bullying", "محد محدش حد ماحد ميلادك",
         r"(?:محد|محدش|ما حد|ولا حد|ماحد|ولا واحد) (?:\S+ )?(?:يختارك|بيختارك|اختارك|يعزمك|بيعزمك|عزمك|"
         r"يقعد معك|يقعد جنبك|بيقعد جنبك|يلعب معك|بيلعب معاك)\b(?=.{0,70}?" + _WHY_AR + r")|"
         r"\bعيد ميلادك (?:\S+ )?(?:محد|محدش|ما حد|ولا حد|ماحد) (?:هيجي|راح يجي|بيجي|رح يجي|يجي|جاي)\b"),
    rule("bullying:exclusion", "bullying", "حمل عبء عبئ عاله ثقل احسن افضل بدونك غيرك تختفي",
         r"(?<!مش )(?<!لست )(?<!ما )\b(?:انت|انتي|انتو) (?:\S+ )?(?:مجرد |بس |كلك )?(?:حمل|عبء|عبئ|عاله|"
         r"ثقل) (?:تقيل |ثقيل )?(?:علينا|علي الكل|علي اهلك|علي الجروب|علي الصف|علي الشله|علي الفريق)|"
         r"\b(?:الصف|الفصل|الجروب|الشله|الفريق) (?:بيكون|رح يكون|هيكون|كان|يكون|بيصير) (?:احسن|افضل|"
         r"ارتح) (?:بدونك|من غيرك|بلاك)\b|\b(?:ليش ما|ليه ما|ليه متختفيش|ليش ما) ?تختفي\b"),
    rule("bullying:poverty", "bullying", "اهله اهلها ابوه ابوها امه امها عيلته عيلتها بيتهم",
         r"\b(?:اهله|اهلها|ابوه|ابوها|امه|امها|عيلته|عيلتها|بيتهم|ف بيتهم) (?:\S+ )?(?:ما معهم|مامعهم|مش "
         r"لاقيين|ما عندهم|معندهمش|مش قادرين|ما يقدرو|مايقدروا|ما عندهمش) (?:حتي )?(?:\S+ )?(?:حق|تمن|ثمن|فلوس)? ?"
         r"(?:اكل|الاكل|صابون|عيش|خبز|كهربا|الكهربا|جزمه|حذاء|الكانتين)\b"),
    rule("bullying:rumour", "bullying",
         "اقول احكي اخبر نقول هقول حقول بقول قول n9ol ngoul n9oul a2ol a2oul 2ool hakol",
         r"\b(?:رح |راح |ح |بدي |حا |غادي )?(?:اقول|احكي|اخبر|قول|نقول|هقول|حقول|بقول) (?:لكل|للكل|ل كل|"
         r"للصف|للمدرسه|لكل الناس|للفصل)\S*(?: \S+)? .{0,50}?(?:يبول|بيبول|بيشخ|يشخ|بيعملها علي نفسه|"
         r"بيعملها علي حاله|ينام مع|بينام مع|بيلبس بامبرز|حفاض|بامبرز|يمص صباعه|عنده قمل|فيه قمل)|"
         r"\b(?:ghadi |gha |ghan |ra7 |7a |hat |ha )?(?:n9ol|ngoul|n9oul|n9ul|a2ol|a2oul|aqol|2ool|"
         r"hakol|7a2ol|ha2ol) (?:l ga3|lga3|l kolchi|lkolchi|l kol|lkol|likol|le kol|ll kol|lel kol)"
         r".{0,50}?(?:kaybowel|kaybwel|bowel|bybowel|bibool|biybool|byboul|bamberz|pampers|7afa?d|"
         r"diaper)"),
    rule("bullying:insult", "bullying", "كانها كانه زي مثل متل كأنها",
         sentence(r"(?:اخوي|اختي|ماما|بابا|امي|ابوي|قطتي|كلبي|القطه|الكلب)")
         + r"(?:شوفوها|شوفوه|شوفيها|بصوا عليها|بصوا عليه|هي|هو|انت|انتي)\b(?: \S+){0,5}? (?:كانها|كانه|"
         r"زي|مثل|متل)(?: \S+)? (?:ال)?" + _HEAVY_AR + r"\b"),
]

# -- zh (read on the normalised text, simplified; 。!? end a sentence) -------------------
_G = "[^。!?]"
RULES += [
    zrule("bullying:insult", "bullying", "哭 泪",
          r"(?:^|[。!?])(?!" + _G + r"*我(?:弟|妹|儿子|女儿|家|宝宝|侄|表弟|表妹))" + _G + r"{0,30}?"
          r"(?<![我弟妹儿女宝])(?:又哭了|哭了|在哭|哭鼻子|大哭|哭得|哭着|掉眼泪|抹眼泪|哭唧唧)"
          r"(?=" + _G + r"{0,40}(?:爱哭鬼|哭包|妈宝|巨婴|找妈妈|叫妈妈|要妈妈|回家找妈))"),
    zrule("bullying:insult", "bullying", "胖 猪 婆",
          r"(?<!我这个)(?<!我这种)(?<!我是)(?:死胖子|大胖子|胖子|肥猪|胖妞|肥婆|胖猪)" + _G
          + r"{0,6}(?:吃|炫|干|啃|塞)" + _G + r"{0,20}(?:还|又|饿|哈哈|笑死)"),
    zrule("bullying:insult", "bullying", "来 到",
          r"(?:怪咖|怪胎|怪人|怪物|书呆子|告状精|叛徒|胖子|丑八怪|失败者|loser)(?:又)?(?:来了|到了|进来了|"
          r"过来了)(?=" + _G + r"{0,20}(?:假装|装作|别理|不理|无视|别看|快跑|快躲|躲))"),
    zrule("bullying:exclusion", "bullying", "没 谁 生日",
          r"(?:没人|没有人|谁都不|谁也不)(?:会|愿意|想)?(?:选你|要你|跟你玩|和你玩|跟你坐|和你坐|请你|找你)"
          + _G + r"{0,20}(?:知道为什么|心里没点数|自己想想|你自己知道|因为你|认清|活该)|"
          r"你(?:的)?生日" + _G + r"{0,8}(?:不会有人|没有人会|没人会|谁都不会|谁也不会)(?:去|来|参加)"),
    zrule("bullying:exclusion", "bullying", "累 拖 负 更 消失",
          r"你(?:就|真|简直|纯属|只|根本)?是(?:我们|全班|大家|我们班|我们组|全组|全队)?的?个?(?:累赘|拖油瓶|负担|"
          r"包袱)|(?:没有你|少了你|没了你)(?:的话)?,?(?:全班|班级|班里|小组|我们组|我们|大家)?(?:会|就|才)?更"
          r"(?:好|清净|轻松|开心)|"
          r"(?:全班|班级|班里|小组|我们组|群里|我们)(?:没有你|少了你|没了你)(?:会|就|才)?(?:更好|清净|"
          r"轻松|开心)|你(?:赶紧|快点|还是)?消失吧"),
    zrule("bullying:poverty", "bullying", "连 穷",
          r"(?:(?:天天|每天|总是|一直|老)穿" + _G + r"{0,12})?(?:听说|好像|据说)?(?:他|她)(?:们)?家(?:里)?"
          r"(?:穷得)?连" + _G + r"{0,8}(?:都|也)(?:交不起|买不起|吃不起|付不起|没有|用不起)"),
    zrule("bullying:rumour", "bullying", "告诉 跟",
          r"我(?:要|会|去|这就|明天)?(?:告诉|跟)(?:全班|全校|所有人|大家|每个人|全年级)" + _G
          + r"{0,20}(?:尿床|还在尿|抱着娃娃睡|抱玩偶睡|抱着玩偶睡|穿尿不湿|穿纸尿裤|吃手|长虱子|跟妈妈睡|"
          r"开灯睡)"),
    zrule("bullying:insult", "bullying", "像 跟",
          r"(?:她|他|你)" + _G + r"{0,12}(?:跑|走路|跳|跳舞|吃饭)" + _G + r"{0,12}(?:像|跟|好像|就像)"
          r"(?:一头|一只|一个|头|只|个)?(?:河马|大象|猪|肥猪|母猪|奶牛|鲸鱼|海象|海豹|犀牛|猩猩|鸭子|企鹅|"
          r"水桶|冰箱|坦克|肉球)|你(?:唱歌|说话|读书|朗读|笑)?(?:的)?(?:声音|嗓音|嗓子)(?:像|跟|好像|就像)" + _G
          + r"{0,10}(?:鸭子|公鸭|杀猪|锯木头|粉笔|指甲刮黑板|破锣|乌鸦)|你(?:的)?(?:头发|发型|脸|鼻子|"
          r"牙|牙齿|耳朵)(?:像|跟|好像)" + _G + r"{0,8}(?:胡萝卜|扫把|拖把|鸟窝|鸡窝|稻草|马桶刷|猴子|"
          r"猪|河马)"),
]

# -- hi (Hinglish and Devanagari) -------------------------------------------------------------
_YOU_HI = r"(?:tu|tum|tujhe|tumhe|tereko|tumko|tujhko)"
RULES += [
    _r("bullying:insult", "bullying", "ro roya royi रो रोया रोने",
       r"(?<!\bmain )(?<!\bmai )(?<!\bbhai )(?<!\bbehen )\b(?:ro diya|ro di|rone laga|rone lagi|ro pada|"
       r"ro padi|roya|royi)\b(?=.{0,100}?\b(?:rondu|rondi|rotu|rone wala|rone wali|mummy ka ladla|"
       r"(?:mummy|maa|mumma) ke paas (?:ja|jaa|bhaag|bhag|jaake))\b)|"
       r"(?:रो दिया|रो दी|रोने लगा|रोने लगी|रो पड़ा|रो पड़ी|रोया)" + _DE + r"(?=.{0,100}?(?:रोंदू|रोतू|"
       r"मम्मी के पास|माँ के पास))"),
    _r("bullying:insult", "bullying", "motu mote moti haathi hathi मोटू मोटी मोटे हाथी",
       r"^(?!.*\b(?:patlu|cartoon|episode)\b).*?\b(?:motu|mote|moti|haathi|hathi) (?:ne )?(?:\w+ ){0,4}?"
       r"(?:kha liye|kha liya|kha gaya|kha gayi|kha gya|kha gyi|thoos liye|thoons liye|dakaar gaya|"
       r"chat kar gaya)\b(?=.{0,80}?\b"
       r"(?:abhi bhi|ab bhi|phir bhi|fir bhi|bhookh|bhukh|bhooka|bhooki|teen|char|chaar|paanch|\d+|"
       r"saare|poora|poori|" + LAUGH_HI + r")\b)|(?:मोटू|मोटी|मोटे|हाथी)(?:ने)? (?:\S+ ){0,4}?(?:खा "
       r"गया|खा गई|खा लिए|खा लिया|ठूंस)" + _DE + r"(?=.{0,80}?(?:अभी भी|फिर भी|भूख|तीन|चार))"),
    _r("bullying:insult", "bullying", "aa gaya gayi gya gyi आ गया गई",
       r"\b(?:aa gaya|aa gayi|aa gya|aa gyi|agaya|agya) (?:\w+ ){0,1}?(?=(?:ajeeb|ajib|weirdo|"
       r"chugalkhor|bhikari|motu|moti|loser|chhapri)\b.{0,60}?\b(?:natak|naatak|acting|ignore|mat "
       r"dekho|dekho mat|bhaago|chhup))|(?:आ गया|आ गई|आया|आई) (?=(?:अजीब|चुगलखोर|भिखारी|मोटू|मोटी)"
       r".{0,60}?(?:नाटक|इग्नोर|मत देखो|भागो|छुप))"),
    _r("bullying:exclusion", "bullying", "koi last bachta birthday कोई बर्थडे",
       r"\bkoi (?:bhi )?" + _YOU_HI + r" (?:\w+ ){0,3}?(?:nahi|nhi|na) (?:chunta|chunega|leta|lega|bulata|bulayega|"
       r"pick karta)\b(?=.{0,70}?\b(?:soch|sochna|pata hai kyun|sabko pata|samajh ja|kyunki tu|kyuki tu|"
       r"aukaat))|\b(?:sabse )?last (?:mein|me) " + _YOU_HI + r" (?:hi )?(?:bachta|bachti|bacha|bachi)\b"
       r"(?=.{0,70}?\b(?:soch|pata hai kyun|sabko pata|samajh ja|kyunki|aukaat))|"
       r"\b(?:tere|teri|tumhare) (?:birthday|bday|party) (?:party )?(?:pe|par|mein|me) koi (?:nahi|nhi) "
       r"(?:aayega|ayega|aata|aaega)\b|(?:तेरे|तुम्हारे) (?:बर्थडे|जन्मदिन) (?:पे|पर|में) कोई नहीं "
       r"(?:आएगा|आता)"),
    _r("bullying:exclusion", "bullying", "bojh boj bina बोझ",
       r"(?<!\bnahi )\b(?:tu|tum) (?:sab pe |sab par |hum pe |humpe |sabpe )?(?:bojh|boj) (?:hai|ho)\b|"
       r"\b(?:bojh|boj) (?:hai|ho) (?:tu|tum)\b|\b(?:tere|tumhare) bina (?:class|group|team) (?:zyada |"
       r"jyada |kahin )?(?:achhi|acchi|behtar|badhiya)\b|(?:बोझ है तू|तू (?:सब पर |सब पे )?बोझ है)"),
    _r("bullying:poverty", "bullying", "ghar khana sabun गरीब घर",
       r"\b(?:ghar pe|ghar par|uske ghar|uske ghar pe|unke ghar|uske ghar mein) (?:toh )?(?:khana|khaana|"
       r"roti|sabun) (?:bhi|tak) (?:nahi|nhi) (?:banta|banti|milta|milti|hai|hota|hoti|aata)\b|"
       r"(?:उसके|उनके) घर (?:में |पे )?(?:खाना|रोटी|साबुन) (?:भी|तक) नहीं"),
    _r("bullying:rumour", "bullying", "sabko class school sab सबको",
       r"\b(?:sabko|sab ko|poori class ko|puri class ko|pure school ko|poore school ko|sabhi ko) (?:bata|"
       r"bol|keh) ?(?:unga|ungi|dunga|dungi|denge|doonga|doongi|dena)\b(?: ki)? .{0,50}?(?:bed gila|bistar gila|"
       r"bistar mein susu|bed pe susu|bed mein susu|susu kar\w*|nikkar mein|diaper|teddy (?:ke saath|"
       r"leke)|mummy ke saath so\w*|angootha choos\w*)|सबको बता (?:दूंगा|दूँगा|दूंगी|दूँगी).{0,50}?"
       r"(?:बिस्तर गीला|बेड गीला|सुसु|डायपर|टेडी)"),
    _r("bullying:insult", "bullying", "jaise jaisi jaisa tarah जैसे जैसी जैसा",
       r"(?:^|[.!?] )(?![^.!?]*\b(?:bhai|behen|didi|mummy|papa|maa|kutta|billi)\b)[^.!?]{0,60}?"
       r"\b(?:woh|wo|vo|tu|tum|dekho)\b(?: \w+){0,4}? (?:daudti|daudta|bhaagti|bhagti|bhagta|bhaagta|"
       r"chalti|chalta|naachti|nachti|nachta|khata|khati)\b(?: \w+){0,4}? (?:jaise|jaisi|jaisa|ki "
       r"tarah) (?:koi )?(?:haathi|hathi|bhains|bhainsa|gainda|suar|suwar|hippo|dhol|tanki)\b|"
       r"(?:दौड़|चल|नाच|भाग)\S*(?: \S+){0,4}? (?:जैसे|जैसी|जैसा) (?:कोई )?(?:हाथी|भैंस|भैंसा|गैंडा|सूअर|"
       r"ढोल)|\b(?:teri|tumhari) (?:awaaz|awaz|aawaz)\b(?: \w+){0,3}? (?:jaisi|jaise|ki tarah)\b.{0,60}?"
       r"\b(?:mat bolna|mat bol|chup reh|chup rah|muh band|munh band|mat gaana|bolna mat)\b"),
]
