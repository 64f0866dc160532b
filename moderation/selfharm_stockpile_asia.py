"""Means stockpiled, a conditional goodbye, a note told in passing and a
decision with a day in Arabic, Hindi (Hinglish and Devanagari) and
Chinese (the tables of `selfharm_stockpile_parts.py`).

Why and how: as in `selfharm_stockpile.py` - pills saved up or taken from
someone's pill box with a sign of a stock ("صار لي اسابيع", "hafto se",
"以防万一"); "if I'm not online tomorrow" with "I did it" / "you'll
understand"; my suicide note, a farewell letter told with a change of
subject, a playlist for my own funeral "soon"; leaving this world with a
day or a decision, "this is my last week" decided, a birthday not to be
lived to.  Each is a pair in one message with no everyday reason in it.
Arabic runs on the folded script (ة as ه, ى as ي; "وقررت" keeps its و),
Devanagari without word edges (vowel signs are not \\w), Chinese on the
normalised text; Hinglish puts the verb last ("goliyan jama kar rahi hu",
"reply na karu toh samajh jana"); a couple taken "dadaji ke pill box se"
or "dawai ke dabbe se" with "har baar" / "just in case" is the organiser
form.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_stockpile_parts import Stockpile, stockpile_rules

_S = r"[^.!?،؟。，！？,]"  # a gap inside the sentence (Devanagari, Chinese)

# -- ar -----------------------------------------------------------------------------------
_PILLS_AR = (
    r"(?:(?:ال)?حبوب|(?:ال)?حبات|حبتين|(?:ال)?دوا\S*|(?:ال)?ادويه|(?:ال)?مسكنات|(?:ال)?منوم\S*|"
    r"(?:ال)?برشام|emoji_pill)"
)
_DAY_AR = (
    r"(?:يوم )?(?:الجمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس)|الليله|اليوم|بكره|بكرا|"
    r"الويكند|الاسبوع الجاي|هالاسبوع|قريب|نص الليل"
)
_AR = Stockpile(
    pills="حبوب الحبوب حبات الحبات حبتين دوا الدوا دوائي دوايه ادويه الادويه مسكنات المسكنات منوم "
          "المنوم برشام emoji_pill",
    hoard=r"(?:مجمعه|محوشه|مخزنه|اجمع|بجمع|جمعت|احوش|بحوش|حوشت|اخزن|بخزن|خزنت|اسرق|بسرق|سرقت|اخذ|باخذ|اخذت|اسحب|بسحب) "
          r"(?:\S+ ){0,4}?" + _PILLS_AR + r"|" + _PILLS_AR + r" (?:\S+ ){0,3}?(?:مجمعه|محوشه|مخزنه)",
    hide=r"(?:اخبي|بخبي|خبيت|اشيل|بشيل) (?:\S+ ){0,4}?" + _PILLS_AR + r"|" + _PILLS_AR
         + r" (?:\S+ ){0,3}?مخبيه",
    stock=r"اسابيع|شهور|من شهر|من زمان|عندي كفايه|كفايه|بدل ما (?:اشربها|اخذها|ابلعها)|(?:ما|مو) "
          r"(?:انتبه\S*|لاحظ\S*|درت|دري|دريت)|محد (?:يدري|دري|انتبه|يعرف)|بدون ما (?:يحس|تحس|يدري|"
          r"تدري|ينتبه|تنتبه)",
    case=r"احتياط|احتياطا|للاحتياط|كل مره|بالسر",
    m_hoard=r"صيدليه|الصيدليه|وصفه|روشته|دكتور|الدكتور|طبيب|عشانها|عشانه|لجدتي|لجدي|اساعد\S*|"
            r"اعبي\S*|ارتب\S*|منتهي\S*|ارمي\S*|صداع|يوجع\S*|فيتامين\S*|حلاو\S*|سفر\S*|رحله|مخيم|"
            r"مدرسه|مشروع|قطو|قطه|كلب|بيطري|مصروف\S*|فلوس",
    if_trig="اذا لو",
    if_req="",
    absent=r"(?:اذا|لو|ان) (?:ما|مو|ماني|مانيش|مب) (?:دخلت|رديت|ظهرت|طلعت|كتبت|فتحت|جيت|بينت|"
           r"اونلاين)|(?:اذا|لو) (?:ما )?(?:شفتوني|سمعتوا مني)|(?:اذا|لو) (?:اختفيت|غبت)",
    done=r"سويتها|سويته|عملتها|فعلتها|نفذتها|خلاص (?:انتهي|انتهيت|رحت|مت|خلصت)|(?:رحت|مت|"
         r"انتهيت)(?! (?:ل\S*|عند|مع))|(?:بتعرفون|راح تعرفون|تعرفون|حتعرفوا|هتعرفوا|بتفهمون|"
         r"بتفهموا) (?:وش|ايش|شو|ايه|اللي|ويش) (?:صار|حصل|سويت)|بتفهمون|راح تفهمون|بتفهموا|انتهي "
         r"كل شي|كل شي انتهي",
    m_absent=r"اختبار\S*|الاختبار\S*|امتحان\S*|الامتحان\S*|واجب\S*|المدرسه|الدوام|رحله|الرحله|سفر|"
             r"البر|مخيم|النت|انترنت|الانترنت|شبكه|الشبكه|شحن|الشحن|الجوال|جوالي|سحب\S*|عاقب\S*|"
             r"معاقب\S*|درجات|الشهاده|نايم\S*|انام|نوم|عرس|زواج|العزا|المستشفي|دكتور|موعد|"
             r"مشغول\S*|مباراه|المباراه|لعبه|ببجي|فورتنايت|ماينكرافت|روبلوكس|تحديث|المسجد|امزح|خربان|"
             r"انكسر",
    note_trig="انتحاري انتحار الانتحار",
    note=r"(?:كتبت|خلصت|جهزت|سويت) (?:\S+ ){0,2}?(?:رساله|ورقه) (?:انتحاري|انتحار|الانتحار)|رساله "
         r"(?:انتحاري|الانتحار) (?:جاهزه|خلصت)",
    m_sui=r"قصه|روايه|كتاب|شخصيه|مسرحيه|فيلم|مسلسل|حلقه|لعبه|تعبير|مشروع|قصيده|اغنيه|امزح|مزح",
    bye_trig="الوداع وداع وداعي الوداعيه",
    bye_req="",
    farewell=r"(?:كتبت|خلصت|جهزت|سجلت) (?:\S+ ){0,2}?(?:رساله|رسالتي|فيديو) (?:الوداع|وداع|وداعي\S*|"
             r"الوداعيه)",
    casual=r"ههه\S*|خخخ\S*|لول|المهم|بالمناسبه|عادي|وش بتسوون|شو عاملين|ايش مسوين|الويكند|\?",
    m_note=r"استاذ\S*|الاستاذ\S*|للاستاذ\S*|معلم\S*|المعلم\S*|مدرس\S*|تقاعد\S*|بتتقاعد|يتقاعد|"
           r"بتنتقل|انتقال|مدرسه|المدرسه|الفصل|تخرج\S*|حفله|مشروع|واجب|تعبير|قصه|روايه|كتاب|"
           r"شخصيه|فيلم|مسلسل|لعبه|عيد|عرس|مدرب|الفريق|شغل|الدوام|زميل\S*|اختبار\S*|امزح",
    funeral_trig="لجنازتي جنازتي لعزاي لعزائي",
    funeral=r"(?:بلاي ?ليست|قائمه|قايمه|اغاني|اغنيه|اناشيد) (?:\S+ ){0,3}?(?:لجنازتي|حق جنازتي|في "
            r"جنازتي|لعزاي|لعزائي)",
    soon=r"قريب|قريبا|عن قريب|بعد كم يوم|هالاسبوع|هذا الاسبوع|(?:يوم )?(?:الجمعه|السبت|الاحد|"
         r"الاثنين|الخميس)|بتحتاجونها|ما بقي شي|باقي شوي",
    world_trig="هالدنيا الدنيا هالعالم العالم",
    leave=r"(?:بترك|اترك|راح اترك|بطلع من|اطلع من|برحل من|ارحل من|راح ارحل من|بودع|اودع|اغادر|بغادر) "
          r"(?:هالدنيا|هذي الدنيا|هذه الدنيا|الدنيا|هالعالم|هذا العالم)",
    day=_DAY_AR,
    decide=r"و?قررت|اتخذت قراري|قراري نهائي|القرار نهائي|ما في رجعه|مافي رجعه|حسمت",
    m_world=r"ماينكرافت|سيرفر|السيرفر|لعبه|اللعبه|ماب|روبلوكس|فورتنايت|انمي|مانجا|كتاب|روايه|اغنيه|"
            r"فيلم|مسلسل|شخصيه|حلم|ميم",
    last_trig="اسبوع اسبوعي",
    last_req="",
    last=r"اخر اسبوع (?:لي|في حياتي|بحياتي|اعيشه)|اسبوعي الاخير",
    m_last=r"اجازه|الاجازه|بالاجازه|عطله|العطله|مدرسه|المدرسه|الفصل|الترم|مخيم|شغل|الدوام|تدريب|"
           r"الفريق|النادي|انتقال|اختبارات|رجيم|دايت|تحدي|الجوال|تقويم|حفله|رحله|ههه\S*",
    bday_trig="قررت وقررت",
    bday=r"و?قررت (?:اني |ان |انا )?(?:ما|مو|لن|مش) (?:راح |رح |ح )?(?:اوصله|اوصل|اوصلها|اشوفه|"
         r"اشوفها|اعيش)",
    bday_cue=r"عيد ميلادي|ميلادي",
    m_bday=r"حفله|الحفله|سفر|رحله|كيكه|هديه|هدايا|المدرسه|متاخر",
)

# -- hi: Hinglish -------------------------------------------------------------------------------
_PILLS_HL = (
    r"(?:goliyan|goliya|goliyaan|goli|golia|dawai|dawaiyan|dawaiya|dawa|medicine|medicines|meds|"
    r"pills|tablets|tablet|emoji_pill)"
)
_HL = Stockpile(
    pills="goliyan goliya goliyaan goli golia dawai dawaiyan dawaiya dawa medicine medicines meds "
          "pills tablets tablet emoji_pill dabba dabbe dibba dibbe",
    hoard=_PILLS_HL + r" (?:\w+ ){0,3}?(?:jama|jamaa|ikatthi|ikkathi|ikathi|collect|save|stock)\w*|"
          r"(?:jama|ikatthi|collect|save|stock)\w* (?:kar )?(?:\w+ ){0,3}?" + _PILLS_HL + r"|(?:pill ?"
          r"box|dabba|dabbe|dibba|dibbe|box|strip|patta) se (?:\w+ ){0,3}?(?:nikal|nikaal|chura|"
          r"churaa|utha)\w*",
    hide=_PILLS_HL + r" (?:\w+ ){0,3}?(?:chupa|chhupa|bacha)\w*",
    stock=r"hafto se|hafton se|mahino se|mahine se|kaafi (?:din|time) se|kaafi (?:ho gayi|ho gaye|"
          r"ho gai)|kafi (?:ho gayi|ho gaye)|khane ke bajaye|khane ki jagah|(?:unko|usko|kisi ko) "
          r"(?:pata|pta) (?:nahi|nhi)|bina bataye",
    case=r"just in case|chupke se|har baar|har bar",
    m_hoard=r"chemist|medical store|pharmacy|parchi|prescription|doctor|unke liye|unko deti|unko "
            r"deta|help|madad|bhar\w*|set kar\w*|expire\w*|phek\w*|sar dard|sir dard|vitamin\w*|"
            r"toffee|candy|trip|tour|camp|school|project|kutta|billi|pocket money|paise",
    if_trig="reply online msg message jawab",
    if_req="samajh samjh khatam khtm",
    absent=r"(?:agar|agr|jab) (?:main |mai |me )?(?:kal |aaj raat |aaj )?(?:online|reply|msg|message|"
           r"jawab) (?:nahi|nhi|na|nahin) (?:aayi|aaya|aau|aaun|karu|karun|kiya|ki|karungi|karunga|"
           r"dikhi|dikha)|(?:kal )?reply (?:na|nahi|nhi) (?:karu|karun|kiya)",
    done=r"(?:samajh|samjh) (?:lena|jana|jaana|lo|jao)(?: ki)? (?:maine|mene|main ne|mai ne) kar "
         r"(?:liya|li|diya|di)|(?:samajh|samjh) (?:lena|jana|jaana|lo|jao) (?:ki )?(?:sab )?(?:khatam|"
         r"khtm|chali gayi|chala gaya)|sab (?:khatam|khtm)|(?:tum|aap) (?:log |sab )?samajh (?:jaoge|"
         r"jaogi|jaaoge)",
    m_absent=r"exam\w*|test|paper|homework|tuition|school|trip|tour|camp|nani ke ghar|gaon|wifi|"
             r"internet|net|data|battery|charger|chheen|chhin|le liya|grounded|saza|result|marks|"
             r"so (?:jaungi|jaunga|rahi|raha|gayi|gaya)|neend|shaadi|party|hospital|doctor|busy|"
             r"match|game|free fire|bgmi|pubg|minecraft|roblox|update|ban|mandir|masjid|mazak|"
             r"mazaak|joke|naya phone|toot|kharab",
    note_trig="suicide",
    note=r"(?<!usne )(?<!unhone )(?<!dost ne )suicide (?:note|letter) (?:likh|bana|tayyar|ready)\w* "
         r"(?:liya|li|diya|di|hai|ho gaya)|(?:mera|apna) suicide note (?:ready|tayyar|likh)\w*",
    m_sui=r"story|kahani|book|kitab|novel|character|roleplay|script|natak|drama|film|movie|serial|"
          r"episode|game|essay|project|poem|kavita|song|gaana|mazak|joke",
    bye_trig="farewell goodbye alvida vidai",
    bye_req="",
    farewell=r"(?:mera|apna) (?:farewell|goodbye|alvida|vidai) (?:letter|note|khat|patra|msg|message|"
             r"video) (?:likh|bana|ready|tayyar)\w*|(?:alvida|goodbye) (?:letter|note|khat) (?:likh "
             r"(?:liya|li|diya)|ready|tayyar)",
    casual=r"lol|lmao|haha\w*|hehe\w*|anyway|btw|khair|waise|chalo|weekend|plan kya|kya plan|kya "
           r"kar rahe|\?",
    m_note=r"teacher|sir|maam|mam|retire\w*|transfer|new school|farewell party|class|school|camp|"
           r"project|homework|assignment|essay|story|kahani|book|kitab|novel|character|film|movie|"
           r"serial|drama|natak|game|diwali|holi|eid|birthday|bday|shaadi|coach|team|job|office|"
           r"exam\w*|result|mazak|joke",
    funeral_trig="funeral sanskar janaze janaza",
    funeral=r"(?:apne|mere|meri|khud ke) (?:funeral|antim sanskar|janaze|janaza) ke liye (?:\w+ )"
            r"{0,2}?(?:playlist|gaane|songs|gane)",
    soon=r"jaldi|bas kuch din|kuch hi din|is hafte|is (?:friday|saturday|sunday|shukravar|shanivar|"
         r"ravivar)|agle hafte|zarurat padegi",
    world_trig="duniya",
    leave=r"(?:ye|yeh|is) duniya (?:chhod|chod|chhor)\w*|(?:is|iss) duniya se (?:chali|chala|chale) "
          r"(?:jaungi|jaunga|jaaungi|jaaunga|jana|jaana)|duniya (?:ko )?alvida",
    day=r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|somvar|mangalvar|budhvar|"
        r"guruvar|shukravar|shanivar|ravivar|aaj raat|aaj|kal|weekend|agle hafte|is hafte|jaldi|"
        r"aadhi raat",
    decide=r"decide kar (?:liya|li|lia)|decide kiya|faisla kar (?:liya|li)|faisla ho gaya|tay kar "
           r"(?:liya|li)|pakka kar (?:liya|li)",
    m_world=r"minecraft|server|game|map|roblox|free fire|bgmi|pubg|sims|anime|book|kitab|novel|song|"
            r"gaana|gana|lyrics|movie|film|serial|character|sapna|sapne|quote|shayari|meme",
    last_trig="aakhri akhri last",
    last_req="decide faisla tay pakka zinda zindagi",
    last=r"(?:ye|yeh) (?:mera|meri) (?:aakhri|akhri|last) (?:hafta|week)(?! (?:hai )?(?:school|"
         r"college|chhutti|holiday|vacation|yaha|yahan|ghar|job|kaam))|(?:mera|meri) (?:aakhri|"
         r"akhri|last) (?:hafta|week) (?:zinda|zindagi ka)",
    m_last=r"chhutti\w*|chuttiyon|holiday\w*|vacation|school|college|class|semester|camp|job|kaam|"
           r"office|internship|team|exam\w*|diet|challenge|phone|braces|party|trip|tour|lol|haha\w*",
    bday_trig="decide",
    bday=r"decide (?:kar liya|kiya)(?: hai)? (?:ki|k) (?:main |mai )?(?:wo|woh|use|usse|us din|apna "
         r"birthday|birthday) (?:tak )?(?:nahi|nhi|na) (?:dekhungi|dekhunga|dekh paungi|dekh "
         r"paunga|pahunchungi|pahunchunga|jiyungi|jiyunga|rahungi|rahunga)",
    bday_cue=r"birthday|bday|janamdin|saalgirah",
    m_bday=r"party|trip|tour|bahar|nani|cake|gift|school|late",
)

# -- hi: Devanagari (no word edges) ---------------------------------------------------------------
_PILLS_HI = r"(?:गोलियां|गोलियाँ|गोली|दवाई|दवाइयाँ|दवाइयां|दवा|टैबलेट)"
_HI = Stockpile(
    pills="गोलियां गोलियाँ गोली दवाई दवाइयाँ दवाइयां दवा टैबलेट डिब्बे डब्बे",
    hoard=_PILLS_HI + _S + r"{0,25}?(?:जमा|इकट्ठा|इकट्ठी)|(?:पिल ?बॉक्स|डिब्बे|डब्बे)" + _S
          + r"{0,15}?से" + _S + r"{0,15}?(?:निकाल|चुरा)",
    hide=_PILLS_HI + _S + r"{0,25}?(?:छुपा|छिपा)",
    stock=r"हफ्तों से|हफ़्तों से|महीनों से|महीने से|काफी हो|काफी है|खाने के बजाय",
    case=r"चुपके से|हर बार",
    m_hoard=r"केमिस्ट|पर्ची|डॉक्टर|उनके लिए|मदद|भरती हूं|भरता हूं|एक्सपायर|दर्द|विटामिन|टॉफी|स्कूल|"
            r"पॉकेट मनी|पैसे",
    if_trig="अगर",
    if_req="",
    absent=r"अगर" + _S + r"{0,15}?(?:ऑनलाइन|रिप्लाई|जवाब|मैसेज)" + _S + r"{0,10}?(?:नहीं|ना|न) "
           r"(?:आई|आया|आऊं|आऊँ|करूं|करूँ|किया|दिया)",
    done=r"मैंने कर लिया|मैंने कर दिया|सब खत्म|सब ख़त्म|मैं चली गई|मैं चला गया",
    m_absent=r"एग्जाम|परीक्षा|टेस्ट|होमवर्क|स्कूल|ट्रिप|कैंप|नानी के घर|गांव|गाँव|वाईफाई|इंटरनेट|"
             r"बैटरी|चार्जर|फोन छीन|फ़ोन छीन|सजा|सज़ा|रिजल्ट|सो जा|नींद|शादी|पार्टी|अस्पताल|डॉक्टर|"
             r"बिजी|मैच|गेम|अपडेट|मंदिर|मजाक|मज़ाक",
    note_trig="सुसाइड आत्महत्या",
    note=r"(?:सुसाइड|आत्महत्या) (?:का )?(?:नोट|पत्र|चिट्ठी)" + _S + r"{0,10}?(?:लिख|तैयार)",
    m_sui=r"कहानी|किताब|उपन्यास|किरदार|नाटक|फिल्म|फ़िल्म|सीरियल|गेम|निबंध|प्रोजेक्ट|कविता|गाना|"
          r"मजाक|मज़ाक",
    bye_trig="विदाई अलविदा",
    bye_req="",
    farewell=r"(?:मेरा|अपना) (?:विदाई|अलविदा) (?:पत्र|खत|ख़त|नोट|लेटर)" + _S + r"{0,10}?(?:लिख|"
             r"तैयार)",
    casual=r"lol|haha|खैर|ख़ैर|वैसे|चलो|वीकेंड|प्लान|\?",
    m_note=r"टीचर|मैम|रिटायर|ट्रांसफर|नया स्कूल|फेयरवेल पार्टी|क्लास|स्कूल|कैंप|प्रोजेक्ट|होमवर्क|"
           r"निबंध|कहानी|किताब|उपन्यास|किरदार|फिल्म|फ़िल्म|सीरियल|नाटक|गेम|दिवाली|होली|ईद|बर्थडे|"
           r"जन्मदिन|शादी|कोच|टीम|नौकरी|ऑफिस|परीक्षा|एग्जाम|मजाक|मज़ाक",
    funeral_trig="फ्यूनरल संस्कार जनाज़े जनाजे",
    funeral=r"(?:अपने|मेरे) (?:फ्यूनरल|अंतिम संस्कार|जनाज़े|जनाजे) (?:के लिए|में)" + _S
            + r"{0,15}?(?:प्लेलिस्ट|गाने)",
    soon=r"जल्दी|जल्द|बस कुछ दिन|इस हफ्ते|इस हफ़्ते|अगले हफ्ते|इस (?:शुक्रवार|शनिवार|रविवार)",
    world_trig="दुनिया",
    leave=r"(?:ये|यह|इस) दुनिया (?:छोड़|छोड)|इस दुनिया से (?:चली|चला) (?:जाऊंगी|जाऊँगी|जाऊंगा|"
          r"जाऊँगा)|दुनिया को अलविदा",
    day=r"सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|आज रात|आज|कल|वीकेंड|अगले हफ्ते|इस "
        r"हफ्ते|जल्दी",
    decide=r"तय कर (?:लिया|ली)|फैसला कर (?:लिया|ली)|फ़ैसला कर (?:लिया|ली)|डिसाइड कर (?:लिया|ली)|"
           r"पक्का कर (?:लिया|ली)",
    m_world=r"माइनक्राफ्ट|सर्वर|गेम|एनीमे|किताब|उपन्यास|गाना|गाने|फिल्म|फ़िल्म|सीरियल|किरदार|सपना|"
            r"सपने|शायरी|मीम",
    last_trig="आखिरी आख़िरी लास्ट",
    last_req="",
    last=r"(?:ये|यह) (?:मेरा|मेरी) (?:आखिरी|आख़िरी|लास्ट) (?:हफ्ता|हफ़्ता|वीक)",
    m_last=r"छुट्टि|छुट्टी|स्कूल|कॉलेज|क्लास|कैंप|नौकरी|ऑफिस|टीम|परीक्षा|एग्जाम|डाइट|पार्टी|ट्रिप",
    bday_trig="तय फैसला फ़ैसला डिसाइड",
    bday=r"(?:तय|फैसला|फ़ैसला|डिसाइड) (?:कर लिया|किया)" + _S + r"{0,25}?(?:नहीं|ना) (?:देखूंगी|"
         r"देखूँगी|देखूंगा|देखूँगा|पहुंचूंगी|पहुंचूंगा|जिऊंगी|जिऊंगा|रहूंगी|रहूंगा)",
    bday_cue=r"बर्थडे|जन्मदिन|सालगिरह",
    m_bday=r"पार्टी|ट्रिप|बाहर|केक|गिफ्ट|स्कूल|लेट",
    edge="",
)

# -- zh (unspaced) ------------------------------------------------------------------------------
_ZH = Stockpile(
    pills="药 药盒 药箱 药瓶",
    hoard=r"(?:攒|囤|收集|积攒|偷拿|偷偷拿|偷)了?" + _S + r"{0,8}?(?:药|安眠药|药片|止痛药)|"
          r"(?:药|药片|安眠药)" + _S + r"{0,6}?(?:攒|囤)|(?:从|在)" + _S + r"{0,6}?(?:药盒|药箱|"
          r"药瓶)" + _S + r"{0,6}?(?:拿|偷|取|抠)",
    hide=r"(?:存|藏)了?" + _S + r"{0,8}?(?:药|安眠药|药片|止痛药)|(?:药|药片|安眠药)" + _S
         + r"{0,6}?(?:存|藏)",
    stock=r"几个?(?:星期|礼拜|周|月)|一个月|(?:攒|存)够|够了|足够|(?:没|不)(?:发现|注意到|知道)|"
          r"不吃",
    case=r"以防万一|备用|每次|偷偷",
    m_hoard=r"药店|药房|医院|医生|处方|给(?:她|他|奶奶|外婆|爷爷|外公|妈|爸)|帮(?:她|他|奶奶|外婆|"
            r"爷爷|外公)|装好|整理|分好|过期|扔掉|头疼|头痛|感冒|发烧|维生素|糖果|冰箱|旅游|旅行|"
            r"夏令营|学校|作业|狗|猫|弟弟|妹妹|按时|零花钱|钱",
    if_trig="如果 要是 假如 万一",
    if_req="",
    absent=r"(?:如果|要是|假如|万一)" + _S + r"{0,6}?(?:没|不)(?:上线|回消息|回复|回你们|出现|"
           r"登录|说话)",
    done=r"说明我(?:已经)?(?:做了|走了(?![去到回])|不在了)|我已经(?:做了|走了(?![去到回])|不在了)|就(?:知道|明白)"
         r"(?:发生(?:了)?什么|怎么回事)|(?:会|就)明白(?:的|了)|一切都结束了|都结束了",
    m_absent=r"考试|测验|作业|学校|上课|补课|旅游|旅行|出去玩|夏令营|老家|没网|断网|网络|wifi|信号|"
             r"没电|充电|没收|被收|禁足|罚|成绩|家长会|睡|婚礼|葬礼|医院|牙医|看病|忙|比赛|游戏|"
             r"王者|原神|我的世界|更新|封号|开玩笑|新手机|坏了",
    note_trig="遗书",
    note=r"(?<![他她]的)遗书(?:已经)?(?:写好|写完|准备好)|(?<![他她])(?:写好|写完|写了)(?:我的)?"
         r"遗书",
    m_sui=r"小说|故事|书里|角色|剧本|话剧|电影|电视剧|动漫|游戏|作文|作业|诗|歌词|开玩笑",
    bye_trig="告别信 诀别信",
    bye_req="",
    farewell=r"(?:我的)?(?:告别信|诀别信)(?:已经)?(?:写好|写完)|(?<![他她们])(?:写好|写完|写了)"
             r"(?:我的)?(?:告别信|诀别信)",
    casual=r"哈哈|嘿嘿|lol|对了|话说|顺便|周末|干嘛|干啥|\?",
    m_note=r"老师|退休|转学|搬家|毕业|班|学校|夏令营|作业|作文|语文|小说|故事|角色|电影|电视剧|剧本|"
           r"话剧|游戏|过年|春节|生日|婚礼|教练|工作|同事|考试|开玩笑",
    funeral_trig="葬礼 追悼会",
    funeral=r"(?:给|为)(?:我)?自己的?(?:葬礼|追悼会)" + _S + r"{0,4}?(?:做|准备|选)|我的葬礼(?:歌单|"
            r"歌|音乐)",
    soon=r"快了|很快|马上|不久|这周|这个?星期|这个?周末|过几天|你们会用到",
    world_trig="世界 人世",
    leave=r"离开这个世界|离开这世界|告别这个世界|离开人世",
    day=r"(?:周|星期|礼拜)[一二三四五六日天]|今晚|今天|明天|这周末|周末|下周|这周|很快|快了|半夜",
    decide=r"决定了|已经决定|下定决心|想好了",
    m_world=r"我的世界|服务器|游戏|地图|原神|王者|动漫|漫画|小说|歌词|电影|电视剧|角色|梦见|做梦",
    last_trig="最后一",
    last_req="",
    last=r"我(?:的)?最后一(?:周|个星期|个礼拜)(?!的?(?:假期|暑假|寒假|课|学校|实习|工作))",
    m_last=r"假期|暑假|寒假|学校|上课|学期|夏令营|实习|工作|搬家|考试|减肥|挑战|手机|牙套|派对|旅游|"
           r"哈哈",
    bday_trig="决定",
    bday=r"决定(?:了)?不(?:活到|等到)|决定(?:了)?(?:活不到|撑不到)",
    bday_cue=r"生日|岁",
    m_bday=r"派对|聚会|旅游|蛋糕|礼物|学校|迟到|庆祝",
    edge="",
)

RULES: list[Rule] = [
    *stockpile_rules(_AR),
    *stockpile_rules(_HL),
    *stockpile_rules(_HI),
    *stockpile_rules(_ZH),
]
