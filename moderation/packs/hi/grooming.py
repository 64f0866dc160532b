"""Hindi grooming rules: secrecy, off-platform moves, camera/photo requests,
personal questions, meeting, gifts for favours.
"""

from __future__ import annotations

from ...rules import Rule
from ._script import _D_PIC, _DE, _KHATAM, _PIC, _YOU_OBJ, _YOUR, _r

# =============================================================================
# grooming: secrecy, off-platform moves, camera/photo requests, personal
# questions, meeting, gifts for favours
# =============================================================================
_WHO = (
    r"(?:kisi|kisiko|ghar|gharwalo|gharwalon|ghar walo|ghar walon|gharwale|ghar wale|mummy|"
    r"mumma|mummi|mammi|mum|maa|ammi|papa|pappa|abbu|dad|parents|teacher|teachers|sir|maam|"
    r"madam|dosto|doston|friends|didi|police|bado|family)"
)
_TELL = (
    r"(?:batana|btana|batao|btao|bataana|bataiyo|batayio|batiyo|bata|bta|dikhana|dikhao|"
    r"bataega|batayega|bataegi|batayegi)"
)
_APPS = (
    r"(?:whatsapp|whats app|watsapp|whatsap|watsap|wtsp|whtsapp|wp|snap|instagram|telegram|tg|"
    r"discord|facebook|fb|sharechat|moj|private|personal|dm|inbox|personally)"
)
GROOMING: list[Rule] = [
    # secrecy: "kisi ko mat batana", "ghar pe kuch mat batana", "mummy ko batana mat",
    # "ye baat hamare beech rahegi", "hamara secret", "chat delete kar dena"
    _r("grooming:secrecy", "grooming",
       "batana btana batao btao bataana bataiyo batayio batiyo bolna kehna kahna kehena bolio "
       "dikhana bataega batayega bataegi batayegi raaz raz sikret rakhna rakhoge rakhogi rakho "
       "rkhna rkho rakhegi rakhega hamara humara beech bich "
       "बताना बताओ बताइयो बोलना कहना दिखाना राज़ राज सीक्रेट बीच रखना",
       r"\b" + _WHO + r"\b(?: \w+){0,2}? (?:ko|se|pe|par|mein|me)(?: bhi| kuch| kuchh| ye| yeh| baat| sab| abhi| "
       r"bilkul| is baare mein| iske baare me| is bare me| hamare baare mein| mere baare mein| "
       r"humari baat| hamari baat){0,3} (?:mat|mt|na|nahi|nhi|mat hi|bilkul mat|kabhi mat|kbhi mt|"
       r"kabhi bhi mat) " + _TELL + r"\b|"
       r"\b" + _WHO + r"\b(?: \w+){0,2}? (?:ko|se) (?:mat|mt|na|nahi|nhi) (?:bolna|kehna|kahna|"
       r"kehena|bolio)\b|"
       r"\b" + _WHO + r"\b(?: \w+){0,2}? (?:ko|se|pe|par) (?:kuch |ye |yeh )?(?:batana|btana|"
       r"bataana|bolna|kehna|dikhana) (?:mat|mt|nahi|nhi)\b|"
       r"\b(?:ye|yeh|yah|ye sab|yeh sab|ye baat|yeh baat|hamari baat|humari baat|hamari baatein|"
       r"humari baatein|hamari chat|humari chat|ye chat)\b(?: \w+){0,2}? (?:sirf )?(?:hamare|"
       r"humare|hum dono ke|apne) (?:beech|bich)\b|"
       r"\b(?:hamara|humara|apna|hum dono ka) (?:chhota sa |chota sa |little )?(?:secret|raaz|"
       r"raz|sikret)\b(?! santa)|"
       r"\b(?:secret|raaz|raz) (?:rakhna|rakhoge|rakhogi|rakho|rkhna|rkho|rakhegi|rakhega)\b|"
       r"(?:किसी|किसीको|घर|घरवालों|घर वालों|मम्मी|पापा|माँ|मां|मम्मी पापा|टीचर|दोस्तों|पेरेंट्स)"
       r"(?: \S+){0,2}? (?:को|पे|पर|में|से)(?: भी| कुछ| ये| यह){0,2} (?:मत|ना|न|नहीं) (?:बताना|"
       r"बताओ|बताइयो|बोलना|कहना|दिखाना)" + _DE + r"|(?:किसी|घर|मम्मी|पापा|घरवालों)(?: \S+){0,2}? "
       r"(?:को|पे|पर) (?:बताना|बोलना) (?:मत|नहीं)|(?:यह|ये|ये बात|यह बात|हमारी बात|हमारी बातें) "
       r"(?:सिर्फ़? )?(?:हमारे|हम दोनों के) बीच|(?:हमारा|अपना) (?:छोटा सा )?(?:राज़?|सीक्रेट)"
       + _DE + r"|(?:सीक्रेट|राज़?) (?:रखना|रखोगी|रखोगे)"),
    # deleting the conversation: "hamari chat delete kar dena", "मैसेज डिलीट कर दो"
    _r("grooming:secrecy", "grooming", "delete mita डिलीट मिटा",
       r"\b(?:hamari|humari|ye|yeh|saari|sari|apni|sab|meri) (?:chat|chats|message|messages|"
       r"baatein|baaten|conversation)(?: \w+)? (?:delete|mita|hata|clear) (?:kar|kr|karo|kro|kar "
       r"do|kr do|kardo|krdo|dena|de)\b|(?:चैट|मैसेज|बातें) (?:डिलीट|मिटा) (?:कर|करो|कर दो|कर देना)",
       requires="hamari humari saari sari apni meri kar kr karo kro kardo krdo dena de चैट मैसेज "
       "बातें"),
    # off-platform: "whatsapp pe baat karte hain", "snap pe aaja", "dm mein baat kr",
    # "apna number do", "tera insta id kya hai"
    _r("grooming:off_platform", "grooming",
       "whatsapp watsapp whatsap watsap wtsp whtsapp wp snap snapchat instagram insta ig telegram "
       "tg discord facebook fb sharechat moj private pvt personal dm inbox personally number "
       "व्हाट्सएप व्हाट्सऐप वॉट्सऐप स्नैप इंस्टा इंस्टाग्राम टेलीग्राम प्राइवेट पर्सनल नंबर",
       r"\b" + _APPS + r" (?:pe|par|per|pr|mein|me|mai|main)\b(?: \w+){0,2}? (?:baat|bat|baatein|"
       r"baaten|chat|message|messages|text|call|video call|aa|aao|aaja|aajao|aajaa|aajana|aana|"
       r"ana|ao|add|connect|milo|reply|ping|aaoge|aaogi|aoge|aogi|chalo|chalte)\b(?![^.!?]{0,30}"
       r"\b(?:project|homework|assignment|group|class|school|notes|presentation|padhai)\b)|"
       r"\b(?:apna|apni|apne|" + _YOUR[3:] + r" (?:whatsapp|watsapp|snap|instagram|telegram|number|"
       r"phone number|mobile number|mobile no|phone no|contact|whatsapp number|id|username)"
       r"(?: \w+)? (?:de|do|dena|dedo|de do|bhej|bhejo|bhejna|bhej do|batao|bata|btao|send|share|"
       r"chahiye|kya (?:hai|h|he))\b|"
       r"\b(?:mujhe|muje|mujhko|mereko) (?:whatsapp|watsapp|snap|instagram|telegram|discord) "
       r"(?:pe |par )?(?:add|follow|message|text) (?:kar|kr|karo|kro|karlo|kar lo|krlo|kar le|"
       r"karna)\b|"
       r"\bnumber (?:de|do|dedo|de do|bhej|bhejo) (?:na|please|yaar|jaldi|apna)\b|"
       r"(?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|स्नैप|इंस्टा|इंस्टाग्राम|टेलीग्राम|प्राइवेट|पर्सनल|डीएम) "
       r"(?:पे|पर|में)(?: \S+){0,2}? (?:बात|चैट|मैसेज|आओ|आ जाओ|आजा|आ|ऐड|मिलो)" + _DE + r"|"
       r"(?:अपना|तुम्हारा|तेरा) (?:नंबर|व्हाट्सएप|इंस्टा|स्नैप)(?: \S+)? (?:दो|दे|दे दो|भेजो|"
       r"बताओ)" + _DE,
       requires="pe par per pr mein mai main apna apni apne teri tera tere tumhari tumhara "
       "tumhare aapki aapka aapke mujhe muje mujhko mereko dedo de bhejo bhej batao btao chahiye "
       "kya baat bat aa aao aaja aajao aana ao kr kar karo kro karte krte chalo chalte "
       "पे पर में अपना तुम्हारा तेरा"),
    # camera / video call: "video call pe aao", "camera on karo", "apna face dikhao"
    _r("grooming:photo_request", "grooming",
       "video vc camera cam webcam face chehra chehera chera body badan sharir shareer room "
       "kamra live वीडियो कैमरा कैम चेहरा बॉडी कमरा",
       r"\bvideo call (?:pe|par|per|pr|mein|me)\b(?: \w+)? (?:aa|aao|aaja|aajao|aajaa|aana|ana|ao|"
       r"aaoge|aaogi|aoge|aogi|chalo|milo)\b|"
       r"\bvideo call (?:kar|karo|kr|kro|karte|krte|karein|karoge|karogi|krogi|kroge|karna|krna|"
       r"kare|karlo|kar lo|karegi|karega|karenge|krenge)\b(?![^.!?]{0,30}\b(?:project|homework|"
       r"assignment|padhai|study|group|class|notes|ghar wale|mummy|papa|nani|dadi)\b)|"
       r"\b(?:camera|cam|webcam|video) (?:on|chalu|open|shuru|start) (?:kar|karo|kr|kro|karna|"
       r"karke|kardo|kar do|krdo|karogi|karoge|rakhna|rakho)\b|"
       r"\b(?:apna|apni|" + _YOUR[3:] + r" (?:face|chehra|chehera|chera|body|badan|sharir|shareer|"
       r"figure|room|kamra|bed)(?: \w+)? (?:dikhao|dikha|dikhana|dikha do|dikhado|dikhaogi|"
       r"dikhaoge|dikhayo|dikhaiye|show karo|show kro)\b|"
       r"\blive (?:aao|aa|aaja|aana|aaogi|aaoge|ao) (?:na |abhi )?(?:mere liye|sirf mere liye|"
       r"akele|akeli)\b|"
       r"वीडियो कॉल (?:पे|पर|में) (?:आओ|आ जाओ|आजा|आना|आ)" + _DE + r"|वीडियो कॉल (?:करो|कर|करते|"
       r"करोगी|करोगे|करें)" + _DE + r"|(?:कैमरा|कैम) (?:ऑन|चालू|ओपन) (?:करो|कर|करना|कर दो)"
       + _DE + r"|(?:अपना|अपनी|तुम्हारा|तेरा) (?:चेहरा|फ़?ेस|बॉडी|शरीर|कमरा)(?: \S+)? "
       r"(?:दिखाओ|दिखा|दिखाना|दिखा दो)" + _DE,
       requires="pe par per pr mein aa aao aaja aajao aana ao kar karo kr kro karte krte karein "
       "karoge karogi krogi kroge karna krna kardo krdo rakhna rakho dikhao dikha dikhana dikhado "
       "dikhaogi dikhaoge chalu apna apni teri tera tumhara tumhari पे पर में करो कर दिखाओ दिखा "
       "अपना तुम्हारा तेरा"),
    # photos: "apni photo bhejo", "ek pic send karo", "selfie bhejogi?"
    _r("grooming:photo_request", "grooming",
       "picture pictures photo photos pic pics selfie pp pix tasveer tasvir photu foto fotu "
       "फोटो फ़ोटो तस्वीर पिक सेल्फी फोटू",
       r"\b(?:apni|apna|apne|" + _YOUR[3:-1] + r"|khud ki|ek|ek aur|ek acchi si|acchi si|koi|"
       r"mujhe|muje|mujhko|mereko|mere ko|mere liye)\b(?: (?!trip|group|class|notes|homework|"
       r"project|shaadi|party|function|kal|event|school)\w+){0,2}? " + _PIC + r"(?: \w+)? "
       r"(?:bhejo|bhejdo|bhej do|bhej de|bhejna|bhejiye|bhejoge|bhejogi|bhejegi|bhejega|send "
       r"karo|send kro|send kar do|send kr do|send karna|dikhao|dikha do|dikhado|dikhana|"
       r"dikhaogi|do|dedo|de do|chahiye)\b(?![^.!?]{0,30}\b(?:trip|group|class|project|homework|"
       r"notes|school|function|shaadi|party|event|wali|wala)\b)|"
       r"\b(?<!ki )(?<!ke )(?<!wali )(?<!wala )(?<!group )(?<!class )(?<!uski )(?<!unki )"
       r"(?<!sabki )(?<!sab ki )" + _PIC + r" (?:bhejo|bhejdo|bhej do|bhejna|bhejiye|bhejoge|"
       r"bhejogi|send karo|send kro|send kar do|send kr do|dikhao|dikhaogi|dikhado|dikha do)\b(?![^.!?]{0,30}\b(?:trip|"
       r"group|class|project|homework|notes|school|function|shaadi|party|event|kal wali|wali|"
       r"wala)\b)|"
       r"(?:अपनी|अपना|तेरी|तेरा|तुम्हारी|एक|मुझे)(?: \S+){0,2}? " + _D_PIC + r"(?: \S+)? "
       r"(?:भेजो|भेज दो|भेज दे|भेजना|भेजिए|भेजिये|भेजोगी|भेजोगे|दिखाओ|दिखा दो|दिखाना|दो|दे दो|"
       r"सेंड करो)" + _DE,
       requires="bhejo bhejdo bhej bhejna bhejiye bhejoge bhejogi bhejegi bhejega karo kro kar "
       "kr dikhao dikha dikhado dikhana dikhaogi dedo chahiye apni apna mujhe muje mujhko "
       "mereko ek भेजो भेज भेजना भेजिए भेजोगी दिखाओ दो"),
    # personal questions: age, class, home, area, school, home alone, parents away
    _r("grooming:personal_questions", "grooming",
       "age umar umr umra umer saal sal years class std standard kaksha ghar address rehti rehte "
       "rehta rahti rahte rahta rhti rhte rhta area school akeli akela akele koi mummy mum papa "
       "parents gharwale उम्र उमर साल क्लास कक्षा घर पता रहती रहते रहता स्कूल अकेली अकेले "
       "अकेला कोई मम्मी पापा",
       r"\b(?:" + _YOUR[3:-1] + r"|tum|tu|aap|apni)\b(?: \w+)? (?:age|umar|umr|umra|umer) (?:kitni|"
       r"kya|kitna|bata|batao|btao|bolo)\b|"
       r"\b(?:age|umar|umr|umra|umer) (?:kitni|kya) (?:hai|h|he|hain) " + _YOUR + r"\b|"
       r"\b(?:kitne|kitni|ktne) (?:saal|sal|years?) (?:ki|ke|ka) (?:ho|hai|h|he|hoo)\b|"
       r"\b(?<!log )(?<!sab )(?:kaunsi|konsi|kaun si|kon si|kis|kaunse|konse) (?:class|std|"
       r"standard|kaksha|grade) "
       r"(?:mein|me|mai|main|m) (?:ho|padhti|padhte|padhta|padti|padte)\b|"
       r"\b" + _YOUR + r" (?:ghar|address|school|area|colony|sector|sheher|shahar|city|gaon|"
       r"mohalla)\b(?: \w+)? (?:kahan|kaha|kidhar|kahaan|kha|kaunsa|konsa|kaun sa|kon sa|kaunse|"
       r"konse|kis|kaunsi|konsi)\b|"
       r"\b(?:kahan|kaha|kidhar|kahaan|kha) (?:pe |par )?(?:rehti|rehte|rehta|rahti|rahte|rahta|"
       r"rhti|rhte|rhta) (?:ho|hai|h|he|hoo)\b|"
       r"\b(?:tum|tu|aap) (?:kaunse|konse|kis|kaun se|kon se|kaunsi|konsi) (?:school|area|city|"
       r"sheher|shahar|colony|sector|jagah|mohalle) (?:mein|me|mai|main|se|m|ke)\b|"
       r"\bghar (?:pe|par|mein|me|m) (?:abhi |aur |koi aur )?koi (?:hai|h|he|nahi|nhi|nai|to "
       r"nahi|toh nahi)\b(?: (?:kya|na)\b| \?|$)|"
       r"\b(?:mummy|mumma|mum|papa|parents|gharwale|ghar wale|mummy papa|mum papa) (?:ghar (?:pe|"
       r"par) )?(?:kab (?:tak )?(?:aate|aayenge|aaenge|aati|aata|aayegi|aayega|lautte|lautenge|"
       r"wapas aate|ghar aate)|bahar (?:gaye|gaya|gayi|gye|gyi) (?:hain|hai|h|kya)|ghar (?:pe|par)"
       r" (?:hain|hai|h|nahi|nhi) (?:kya|na))\b|"
       r"\b(?:akeli|akela|akele) (?:ho|hai|h|he|hoo) (?:kya|abhi|na|ghar)\b|"
       r"\bschool (?:kab|kitne baje|kitne bje) (?:" + _KHATAM + r"|chhut|chhutta|chutta|chhutti|"
       r"chutti|off|over|band) (?:hota|hoti|hoga|hai|h)\b|"
       r"(?:तुम्हारी|तेरी|आपकी) (?:उम्र|उमर|एज) (?:कितनी|क्या)|कितने साल (?:की|के) (?:हो|है)"
       + _DE + r"|(?:कौनसी|कौन सी|किस) (?:क्लास|कक्षा) (?:में|मे) (?:हो|पढ़?ती|पढ़?ते)|"
       r"(?:कहा[ँं]|किधर) (?:रहती|रहते|रहता) (?:हो|है)" + _DE + r"|(?:तुम्हारा|तेरा|आपका) (?:घर|"
       r"स्कूल|एरिया|पता)(?: \S+)? (?:कहा[ँं]|कौनसा|कौन सा|किधर)|(?:तुम|तू|आप) (?:किस|कौनसे|"
       r"कौन से) (?:स्कूल|एरिया|शहर)|घर (?:पे|पर|में) (?:अभी )?कोई (?:है|नहीं)" + _DE + r"|"
       r"(?:मम्मी|पापा|मम्मी पापा) कब (?:आते|आएंगे|आएँगे|आती)|अकेली हो(?: क्या)?" + _DE
       + r"|स्कूल कब (?:ख़?त्म|छूटता|छुट्टी)",
       requires="tumhari tumhara tumhare teri tera tere aapki aapka aapke tum tu aap apni kitne "
       "kitni ktne kaunsi konsi kaun kon kis kaunse konse kahan kaha kidhar kahaan kha ghar "
       "mummy mumma papa gharwale akeli akela akele kab तुम्हारी तेरी आपकी "
       "तुम्हारा तेरा आपका कितने कौनसी कौन किस कहाँ कहां किधर तुम तू आप घर मम्मी पापा अकेली "
       "स्कूल"),
    # meeting: "mall mein milte hain", "kab milogi", "mujhse milne aao", "mere ghar aao"
    _r("grooming:meeting", "grooming",
       "milte milo milna milenge milogi miloge mil milne milke milein ghar kamre gaadi gadi "
       "lene lunga lungi घर कमरे मिलते मिलो मिलना मिलेंगे मिलोगी मिलोगे मिलने मिल लेने",
       r"\b(?:mall|park|cafe|coffee shop|restaurant|hotel|room|mere ghar|mere flat|mere room|"
       r"kahin|kahi|kahin bahar|bahar|akele|akeli|real mein|real me|real life mein|real life me|"
       r"asli mein|personally|personal mein|offline|private mein|chupke se|chupke)\b(?: \w+)?"
       r"(?: mein| me| pe| par| m)? (?:milte|milo|milna|milenge|mil sakte|mil lete|milogi|miloge|"
       r"milne|mil lo|mil le|milke|milein|mile)\b(?![^.!?]{0,25}\b(?:school|class|tuition|"
       r"coaching|sab log|sab ke saath|group|mummy|papa|family|party|birthday|bday)\b)|"
       r"\bkab (?:milogi|miloge|mil sakte|milna hai|milenge|mil sakti|mil sakta|mil sakogi)\b|"
       r"\b(?:mujhse|mujhe|muje|mujhko|humse) (?:milne|mil ne) (?:aao|aaogi|aaoge|aa jao|aajao|"
       r"aaja|aana|ana|aayegi|ao)\b|"
       r"\bmere (?:ghar|flat|room|kamre|car|gaadi|gadi) (?:pe |par |mein |me )?(?:aao|aa jao|"
       r"aajao|aaja|aana|aaogi|aaoge|aa jana|chalo|chalogi|chaloge)\b(?![^.!?]{0,30}\b(?:party|"
       r"birthday|bday|khelne|padhne|study|project|sab|mummy|papa)\b)|"
       r"\b" + _YOU_OBJ + r" (?:lene|pick karne|pick krne) (?:aa|aaunga|aaungi|aa jaunga|"
       r"aa jaungi|aa jata|aa sakta|aaun)\b|\b" + _YOU_OBJ + r" pick (?:kar|kr) (?:lunga|lungi|"
       r"lu|loonga)\b|"
       r"(?:मॉल|पार्क|कैफ़?े|होटल|कहीं|बाहर|अकेले|अकेली|मेरे घर|रियल में|असली में)(?: \S+)?"
       r"(?: में| पे| पर)? (?:मिलते|मिलो|मिलना|मिलेंगे|मिल सकते|मिलोगी|मिलने)" + _DE + r"|"
       r"कब (?:मिलोगी|मिलोगे|मिल सकते|मिलना है|मिलेंगे)|(?:मुझसे|मुझे) मिलने (?:आओ|आओगी|"
       r"आ जाओ|आना|आजा)|मेरे (?:घर|कमरे|रूम)(?: पे| पर| में)? (?:आओ|आ जाओ|आजा|आना|आओगी)"
       + _DE + r"|(?:तुम्हें|तुझे) लेने (?:आ|आऊ[ंँ]?|आऊ[ंँ]?गा)" + _DE),
    # gifts for favours: "photo ke badle diamonds", "UC dunga bas ek pic bhej",
    # "tera recharge karwa dunga"
    _r("grooming:gift", "grooming",
       "diamonds diamond dimond dimonds uc recharge paise paisa pese rupaye rupay rupees gift "
       "gifts robux skin skins pass topup top paytm gpay upi badle bdle badale डायमंड डायमंड्स "
       "रिचार्ज पैसे गिफ्ट गिफ़्ट यूसी बदले",
       r"\b(?:picture|pictures|video|videos|tasveer|photu|nudes?) (?:\w+ )?(?:ke badle|ke bdle|"
       r"ke badale|ke liye|ke lie)\b[^.!?]{0,30}\b(?:diamonds?|dimonds?|uc|recharge|paise|paisa|"
       r"pese|rupaye|rupay|rupees|gift|gifts|gift card|robux|skins?|elite pass|royal pass|top ?up|"
       r"topup|paytm|gpay|upi)\b|"
       r"\b(?:diamonds?|dimonds?|uc|recharge|paise|paisa|pese|rupaye|rupees|gift|gifts|gift card|"
       r"robux|skins?|elite pass|royal pass|top ?up|topup|paytm)\b(?: \w+){0,3}? (?:dunga|doonga|"
       r"dungi|dilaunga|dilaungi|dila dunga|karwa dunga|kara dunga|karva dunga|karwa dungi|"
       r"kra dunga|bhej dunga|bhej dungi|de dunga|de dungi|daal dunga|dal dunga|dalwa dunga)\b"
       r"[^.!?]{0,40}\b(?:picture|pictures|video|videos|agar|agr|bas|badle|bdle|bhejo|bhej|"
       r"dikhao|dikha|video call|milo|milne|aao)\b|"
       r"\b(?:picture|pictures|video|nudes?) (?:\w+ )?(?:bhejo|bhej|bhejogi|bhejoge|dikhao|dikha|"
       r"bhejna|send karo|send kr)\b[^.!?]{0,30}\b(?:to|toh|tab|phir|fir|aur)\b[^.!?]{0,20}"
       r"\b(?:diamonds?|dimonds?|uc|recharge|paise|rupaye|gift|robux|skins?|elite pass|royal "
       r"pass|topup|paytm)\b|"
       r"\b" + _YOUR + r" (?:phone |mobile |free fire |ff |bgmi |pubg )?(?:recharge|top ?up|"
       r"topup) (?:\w+ )?(?:karwa|kara|karva|krwa|kar|kr) (?:dunga|dungi|doonga|deta|deti|du|"
       r"dun)\b|"
       r"(?:फ़?ोटो|तस्वीर|वीडियो) (?:के बदले|के लिए)(?: \S+){0,4}? (?:डायमंड|डायमंड्स|रिचार्ज|पैसे|"
       r"गिफ़?्ट|यूसी)|(?:डायमंड|डायमंड्स|रिचार्ज|पैसे|गिफ़?्ट|यूसी)(?: \S+){0,3}? (?:दूंगा|दूँगा|"
       r"दूंगी|दिलाऊ[ंँ]?गा|करवा दू[ंँ]?गा)(?: \S+){0,6}? (?:फ़?ोटो|वीडियो|अगर|बस|बदले)",
       requires="dunga doonga dungi dilaunga dilaungi karwa kara karva krwa bhejo bhej dikhao "
       "badle bdle badale liye lie deta deti bhejogi bhejoge दूंगा दूँगा दूंगी दिलाऊंगा बदले लिए"),
    # flattery about maturity for the reader's age ("tum apni age ke hisaab se bahut
    # samajhdar ho", "तुम अपनी उम्र से ज़्यादा समझदार हो"), as "so mature for your age"
    _r("grooming:flattery", "grooming",
       "age umar umr umra umer उम्र उमर",
       r"\b(?:tum|tu|aap|ap) (?:\w+ )?(?:apni |apne |apni is )?(?:age|umar|umr|umra|umer) (?:ke "
       r"(?:hisaab|hisab|hisaab se|hisab se|mukable|mukabale|comparison mein)|se (?:zyada|jyada|"
       r"jada|zada|kahin zyada|kahi jyada|kaafi|bahut)) (?:\w+ ){0,3}?(?:samajhdar|samjhdar|"
       r"samajhdaar|mature|smart|intelligent|hoshiyar|sundar|cute|pyari|pyare|khubsurat|"
       r"bade|badi)\b|"
       r"(?:तुम|तू|आप) (?:\S+ )?(?:अपनी )?(?:उम्र|उमर|एज) (?:के हिसाब से|से (?:ज़्यादा|ज्यादा|कहीं ज़्यादा|"
       r"बहुत))(?: \S+){0,2}? (?:समझदार|मैच्योर|स्मार्ट|सुंदर|होशियार)"),
    # "parents tumhe samajhte nahi ... mujhse roz baat karo": the family set aside
    # for the writer ("mere parents mujhe nahi samajhte" is the writer's own)
    _r("grooming:isolation", "grooming",
       "parents mummy papa gharwale gharwalo ghar mom maa",
       r"\b(?:parents|mummy papa|mummy|papa|gharwale|gharwalo|ghar wale|ghar walo|mom dad|maa "
       r"baap)\b (?:\w+ )?(?:tumhe|tujhe|tumko|tujhko|tereko|aapko) (?:\w+ )?(?:samajhte|samjhte|"
       r"samajh|samjh|samajhti|samjhti|samajhta|samjhta) (?:hi |bhi )?(?:nahi|nhi|nahin|na)\b"
       r"[^.!]{0,60}?\b(?:mujhse|mujhe|main|mai|mein samajh|hum) (?:\w+ ){0,3}?(?:baat|samajh|"
       r"samajhta|samjhta|samajhti|bata|batao|share|roz|hamesha)",
       requires="mujhse mujhe main mai hum"),
]
