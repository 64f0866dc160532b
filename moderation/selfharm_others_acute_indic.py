"""Someone else at risk right now, in Hindi: Hinglish (Latin letters) and
Devanagari (the class and its gates: `selfharm_others_acute_base.py`).

Why a module of their own: one language in two scripts, with the same
grammar - the agent marked by "ne" ("meri dost ne", "मेरी दोस्त ने"), the
oblique "mere" for a male friend, the verb last - so the tables are written
twice, once per script.  Devanagari vowel signs are not word characters:
`_NB` at a word start and no trailing \\b.  Guards: the past that is over,
fiction, accidents, medicine as prescribed; goodbyes for moving, a trip or
a dead battery.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _NB, _acute_more, _rule

# -- hi: Hinglish (Latin letters) ------------------------------------------------------------
_WHO_HL = (
    r"(?<!agar )(?<!jab )(?<!saal )(?<!pehle )(?<!socho )(?:"
    r"(?:meri|mera|hamari|hamara) (?:best |sabse achi |badi |chhoti |choti |bada |chhota |chota )?"
    r"(?:dost|friend|bestie|bff|saheli|behen|behan|didi|bhai|bhaiya|cousin|classmate|girlfriend|"
    r"boyfriend|gf|bf|mummy|mumma|mom|papa|maa|mausi|padosan|padosi)|(?:meri|hamari) class (?:ki|ka) "
    r"(?:ek )?(?:ladki|ladka|dost|bacchi|baccha)|(?:usne|unhone) (?:abhi |abhi abhi )?(?:mujhe|hume|"
    r"humein) (?:message|msg|text|call))"
)
_GUARD_HL = (
    r"pichle saal|pichhle saal|(?:\w+ )?(?:saal|mahine|hafte) pehle|jab hum (?:chhote|chote|bacche)|"
    r"(?:ab|abhi) (?:wo |woh |vo )?(?:theek|thik|better|safe) (?:hai|h|he|ho gayi|ho gaya)|help mil "
    r"gayi|madad mil gayi|ilaaj ho gaya|series|serial|season|episode|movie|film|kitab|book|novel|anime|"
    r"manga|character|kirdaar|netflix|news|khabar|article|documentary|game (?:mein|me)|minecraft|"
    r"roblox|fortnite|potion|galti se|bhool se|accident|khana banate|sabzi kaat|shave|gir gayi|gir gaya|"
    r"kaanch|(?:sar|sir) dard ke liye|allergy ke liye|periods ke liye|bukhar ke liye|fever ke liye|"
    r"example|humne seekha|humne padha|sikhaya|workshop|kya karna chahiye agar|agar koi|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"doctor ke (?:hisaab|hisab|kehne|bataye|bataaye)|jaise doctor ne (?:bola|kaha|bataya)|prescription ke"
)
_PILLS_HL = (
    r"goliyan|goliya|goliyaan|goliyon|goli|golia|dawai|dawaiyan|dawaiyon|dawa|dawaai|pills|tablets|"
    r"tablet|medicine|"
    r"emoji_pill"
)
_LOTS_HL = (
    r"bahut saari|bahut sari|bahut|dher saari|dher sari|saari|sari|poora|pura|poori|puri|ek patta|ek "
    r"strip|ek bottle|(?:[1-9]\d+|bees|tees|chaalis|pachas|sau)"
)
_ACTS_HL = (
    r"(?:" + _LOTS_HL + r") (?:\S+ ){0,3}?(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?(?:kha li|kha lee|kha liya|"
    r"kha lin|kha gayi|kha gaya|khaa li|le li|le lee|le liya|nigal li|nigal liya|nigal gayi|kha rahi|"
    r"kha raha|kha chuki|kha chuka|khayi|khai)\b|(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?(?:" + _LOTS_HL
    + r") (?:\S+ ){0,2}?(?:kha|khaa|nigal|le) (?:li|lee|liya|lin|gayi|gaya)\b|(?:overdose|od)\b|"
    r"(?:phenyl|phinyl|bleach|harpic|zeher|zehar|jahar|chuhe mar dawa|chuha maar|colin|acid|tezaab|"
    r"tejab|kerosene|mitti ka tel|toilet cleaner|floor cleaner|keede maar dawa) (?:\S+ ){0,2}?(?:pi li|"
    r"pee li|pi liya|pee liya|pi gayi|pi gaya|kha li|kha liya|nigal li|pi rahi|pi raha|pee gayi|pee "
    r"gaya)\b|"
    r"(?:haath|hath|kalai|nas|nasein|nass|wrist|wrists|baazu|bazu|khud ko|apne aap ko|apne ko) (?:\S+ )"
    r"{0,2}?(?:kaat li|kaat di|kaat liya|kaat diya|kaat rahi|kaat raha|kat li|kat liya|cut kar li|cut kar"
    r" liya|cut kar rahi|blade maar li|blade mar li|blade maar liya|zakhmi kar li|zakhmi kar liya) "
    r"(?:\S+ ){0,5}?(?:bahut gehra|gehra|gehri|bahut zyada|bahut jyada|khoon (?:ruk nahi raha|nahi ruk "
    r"raha|band nahi ho raha|ruk hi nahi raha)|bahut khoon|abhi)\b|(?:nas|nasein|nass|kalai|wrist) "
    r"(?:\S+ )?(?:kaat li|kaat di|kaat liya|kat li|cut kar li|cut kar di)\b|"
    r"(?:bridge|pul|chhat|terrace|building|khidki|balcony|railway track|track|train|patri|pahad|cliff) "
    r"(?:\S+ ){0,2}?(?:se|pe|par|ke upar|ke aage|ke saamne) (?:\S+ ){0,2}?(?:kud|kood|chhalang|chhalaang|"
    r"jump)\w*|(?:chhat|terrace|bridge|pul|railway track|patri) (?:pe|par|ke upar) (?:\S+ ){0,2}?(?:khadi|"
    r"khada|baithi|baitha|chadh gayi|chadh gaya|hai) (?:\S+ ){0,12}?(?:kud|kood|jump|marna|mar jaungi|mar "
    r"jaunga|mar jayegi|suicide|alvida)\w*|"
    r"(?:aaj raat|aaj|abhi|raat ko|school ke baad|sab ke sone ke baad) (?:\S+ ){0,3}?(?:suicide|"
    r"khudkhushi|khudkushi|aatmhatya|apni jaan|jaan de|mar jayegi|mar jaayegi|mar jaegi|mar jayega|mar "
    r"jaega|marna chahti|marna chahta|marne wali|marne wala|faansi|fansi|khud ko khatam|khatam kar)\w*|"
    r"(?:suicide|khudkhushi|khudkushi|marne|jaan dene|khud ko khatam karne) (?:\S+ ){0,2}?(?:ka|ki) "
    r"(?:plan|planning|poora plan)|suicide note|"
    r"(?:bathroom|washroom|toilet|kamre|kamra|room|gaadi|garage) (?:\S+ ){0,3}?(?:mein|me|andar) (?:\S+ )"
    r"{0,6}?(?:blade|chaaku|chaku|chhuri|churi|knife|razor|goliyan|goli|dawai|rassi|rasi|pills|phenyl|"
    r"kainchi) (?:\S+ ){0,6}?(?:band|lock|kundi)\b|(?:blade|chaaku|chaku|chhuri|knife|razor|goliyan|"
    r"rassi) (?:\S+ ){0,3}?(?:leke|lekar|le ke|le kar|ke saath|ke sath) (?:\S+ ){0,4}?(?:bathroom|"
    r"washroom|toilet|kamre|kamra|room)\w* (?:\S+ ){0,3}?(?:band|lock|kundi)\b"
)
_BYE_HL = (
    r"(?:goodbye|good bye|alvida|last message|aakhri message|akhri message|farewell|suicide note) "
    r"(?:\S+ ){0,4}?(?:post|story|status|message|msg|likha|likh|daala|dala|dali|daali|bheja|kiya|kar|"
    r"lagaya|lagayi|laga)\w*|(?:sabko|sab ko|humko|hume|mujhe) (?:\S+ ){0,2}?(?:alvida|goodbye|bye) "
    r"(?:bol|keh|kah)\w*|(?:sabko|sab ko|hum sabko|humsabko) (?:alvida|goodbye|good bye)|sorry for "
    r"everything|sab ke liye sorry|sabke liye sorry|maaf kar dena|thank you "
    r"for everything|sabka shukriya|love you all"
)
_UNREACH_HL = (
    r"(?:phone|call|msg|message|reply) (?:\S+ ){0,2}?(?:nahi|nhi|nahin|na) (?:\S+ )?(?:utha|uthaa|kar "
    r"rahi|kar raha|de rahi|de raha|aa raha|lag raha|uthaya|uthayi|mil raha|ja raha)|(?:phone|mobile|"
    r"fone|number) (?:\S+ ){0,2}?(?:band|switch off|switched off|off) (?:\S+ )?(?:hai|aa raha|aa rha|ho "
    r"gaya|ho gya|h|he)\b|(?:koi|kisi se|hum|main|mai) (?:\S+ ){0,2}?(?:contact|baat|sampark) (?:nahi|"
    r"nhi|nahin) (?:ho|kar) (?:pa|paa)\w*|(?:kisi ko|koi) (?:nahi|nhi) (?:pata|maloom)\w* (?:\S+ ){0,2}?"
    r"(?:kahan|kaha)|(?:reply|jawab) (?:nahi|nhi|nahin) (?:de rahi|de raha|kar rahi|kar raha|aaya|diya)|"
    r"offline"
)
_BYE_GUARD_HL = (
    r"shift|ghar badal|naye ghar|dusre shehar|doosre sheher|group (?:se )?(?:leave|left|nikal|chhod)\w*|"
    r"group chhod\w*|vacation|holiday|chhutti\w*|trip|ghoomne|camp|flight|plane|airport|exchange|abroad|"
    r"videsh|naya school|naye school|naya phone|network|signal|net nahi|internet|wifi|battery|charge|"
    r"charging|punishment|saza|phone le liya|chheen|break|detox|farewell party|last day|hostel|boarding|so gayi|"
    r"so gaya|so rahi|so raha|sone (?:gayi|gaya|chali|chala)|neend"
)
_TX_HL = (
    "goli|dawa|dawai|pills|tablet|medicine|emoji_pill|overdose|od|phenyl|phinyl|bleach|harpic|zeher|"
    "zehar|jahar|chuhe|chuha|colin|acid|tezaab|tejab|kerosene|mitti ka tel|cleaner|keede|kaat|kat li|"
    "cut kar|blade|zakhmi|kud|kood|chhalang|chhalaang|jump|suicide|khudkhushi|khudkushi|aatmhatya|jaan|"
    "mar ja|marna|marne|faansi|fansi|khatam|plan|band|lock|kundi|goodbye|good bye|alvida|message|"
    "farewell|bye|sorry|maaf kar dena|thank you for everything|shukriya|love you all"
)
_TRIG_HL = "meri mera hamari hamara usne unhone mere hamare"
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_HL = (
    r"(?<!agar )(?<!jab )(?:(?:mere|hamare) (?:best |sabse ache |sabse achhe |bade |chhote |chote )?"
    r"(?:dost|friend|bhai|bhaiya|cousin|classmate|boyfriend|bf|papa|padosi|yaar)|(?:meri|mera|mere) "
    r"(?:yaar|bestie|bff)|(?:meri|hamari|mere|hamare) (?:group|school|gc|squad|class) (?:ki|ka|ke|se|"
    r"mein|me) (?:ek |koi )?(?:ladki|ladka|dost|bandi|banda))"
)
_ACTS_MORE_HL = (
    r"(?:marna|mar jana|suicide karna|khudkushi karna) (?:chahti|chahta|chahte) (?:\S+ ){0,8}?(?:plan|"
    r"planning) (?:\S+ )?(?:hai|h|bana|banaya|bana li|bana liya|kar li|kar liya)\b|"
    # a plan to kill oneself ("khud ko maarne ka plan bana liya")
    r"(?:khud ko (?:maarne|marne|khatam karne)|suicide karne|khudkushi karne|jaan dene) (?:ka|ki) (?:\S+ )?"
    r"(?:plan|planning)\b"
)
_UNREACH_MORE_HL = (
    r"(?:darwaza|darwaja|door|gate) (?:\S+ )?(?:nahi|nhi|na) (?:khol|khul)\w*|(?:account|insta|id) "
    r"(?:\S+ )?(?:delete|deactivate)\w*"
)
_SIGN_HL = (
    r"(?:photo|picture|pic|pics|video|story|status|snap|selfie) (?:\S+ ){0,2}?(?:goliyon|goliyan|goli|pills|"
    r"dawai|blade|chaaku|chaku|knife|kalai|wrist|nas|cuts|zakhm|khoon|rassi)\b|(?:goliyon|goliyan|pills|"
    r"blade|chaaku|kalai|wrist|cuts|zakhm|khoon) (?:\S+ ){0,2}?(?:ki|ka|wali|wala) (?:photo|picture|pic|"
    r"video|story|status|snap)\b"
)
_PLACE_HL = (
    r"(?:railway track|track|patri|patriyon|bridge|pul|nadi|river|chhat|terrace|pahad|cliff|canal|nahar) "
    r"(?:pe|par|ke paas|ke kinare|ke upar|kinare) (?:\S+ ){0,2}?(?:khadi|khada|baithi|baitha|hai|h|gayi|"
    r"gaya|pahunch)\w*"
)
_ENDS_HL = (
    r"(?:ab|aaj) (?:sab )?khatam|sab khatam|(?:jeena|jina) nahi (?:chahti|chahta)|nahi (?:jeena|jina)|"
    r"marna (?:chahti|chahta)|(?:aakhri|akhri|last) (?:baar|message|msg)|alvida"
)
_TX_MORE_HL = (
    "plan|photo|picture|pic|video|story|status|snap|selfie|track|patri|bridge|pul|nadi|river|chhat|"
    "terrace|pahad|cliff|canal|nahar"
)

# -- hi: Devanagari (no trailing \b) ------------------------------------------------------------
_WHO_HI = (
    r"(?:मेरी|मेरा|हमारी|हमारा) (?:सबसे अच्छी |बेस्ट |बड़ी |छोटी |बड़ा |छोटा )?(?:दोस्त|सहेली|बहन|दीदी|"
    r"भाई|भैया|कज़िन|कजिन|क्लासमेट|गर्लफ्रेंड|बॉयफ्रेंड|मम्मी|मां|माँ|पापा|चचेरी बहन|चचेरा भाई|मौसी|"
    r"पड़ोसन|पड़ोसी)|(?:मेरी|हमारी) क्लास (?:की|का) (?:एक )?(?:लड़की|लड़का)|(?:उसने|उन्होंने) (?:अभी )?"
    r"(?:मुझे|हमें) (?:मैसेज|मेसेज|कॉल|फोन)"
)
_GUARD_HI = (
    r"पिछले साल|(?:\S+ )?(?:साल|महीने|हफ्ते) पहले|जब हम छोटे|(?:अब|अभी) (?:वो |वह )?(?:ठीक|बेहतर|"
    r"सुरक्षित) (?:है|हो गई|हो गया)|मदद मिल गई|मदद मिली|इलाज हो गया|सीरियल|सीरीज़|सीरीज|एपिसोड|फिल्म|"
    r"फ़िल्म|मूवी|किताब|उपन्यास|एनीमे|किरदार|कैरेक्टर|नेटफ्लिक्स|खबर|ख़बर|न्यूज़|न्यूज|गेम में|गलती से|"
    r"ग़लती से|भूल से|अनजाने में|खाना बनाते|सब्ज़ी काटते|सब्जी काटते|गिर गई|गिर गया|(?:सिर|सर) दर्द के "
    r"लिए|एलर्जी के लिए|बुखार के लिए|उदाहरण|हमने सीखा|सिखाया|क्या करना चाहिए अगर|अगर कोई|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"डॉक्टर के (?:कहे|कहने|बताए|हिसाब)|जैसा डॉक्टर ने (?:कहा|बोला|बताया)|पर्चे के"
)
_PILLS_HI = r"गोलियां|गोलियाँ|गोलियों|गोली|दवाइयों|दवाई|दवाइयाँ|दवाइयां|दवा|टैबलेट"
_LOTS_HI = (
    r"बहुत सारी|बहुत सारे|बहुत|ढेर सारी|सारी|पूरी|पूरा|एक पत्ता|एक स्ट्रिप|[1-9]\d+|बीस|तीस|चालीस|पचास|सौ"
)
_ACTS_HI = (
    r"(?:" + _LOTS_HI + r") (?:\S+ ){0,3}?(?:" + _PILLS_HI + r") (?:\S+ ){0,2}?(?:खा ली|खा लीं|खा लिया|"
    r"खा लिए|खा गई|खा गया|निगल लीं|निगल ली|निगल लिया|ले लीं|ले ली|ले लिया|खा रही|खा चुकी)|(?:"
    + _PILLS_HI + r") (?:\S+ ){0,2}?(?:" + _LOTS_HI + r") (?:\S+ ){0,2}?(?:खा|निगल|ले) (?:ली|लीं|लिया|गई|"
    r"गया)|ओवरडोज़|"
    r"ओवरडोज|"
    r"(?:फिनाइल|फिनायल|ब्लीच|हार्पिक|ज़हर|जहर|चूहे मार दवा|चूहे की दवा|तेज़ाब|तेजाब|एसिड|मिट्टी का तेल|"
    r"केरोसिन|कीटनाशक|टॉयलेट क्लीनर) (?:\S+ ){0,2}?(?:पी ली|पी लिया|पी गई|पी गया|खा ली|खा लिया|निगल ली|"
    r"पी रही)|"
    r"(?:हाथ|कलाई|नस|नसें|बाजू|खुद को|अपने आप को) (?:\S+ ){0,2}?(?:काट ली|काट लिया|काट दी|काट दिया|काट "
    r"रही|काट रहा|ब्लेड मार ली|ब्लेड मार लिया|ज़ख्मी कर लिया|जख्मी कर लिया|कट कर लिया) (?:\S+ ){0,5}?"
    r"(?:बहुत गहरा|गहरा|गहरी|बहुत ज़्यादा|बहुत ज्यादा|खून (?:रुक नहीं रहा|नहीं रुक रहा|बंद नहीं हो रहा)|"
    r"बहुत खून|अभी)|(?:नस|नसें|कलाई) (?:\S+ )?(?:काट ली|काट लिया|काट दी|काट दिया)|"
    r"(?:पुल|छत|बिल्डिंग|इमारत|खिड़की|बालकनी|रेलवे ट्रैक|ट्रैक|ट्रेन|पटरी|पहाड़|चट्टान) (?:\S+ ){0,2}?"
    r"(?:से|पर|पे|के आगे|के सामने) (?:\S+ ){0,2}?(?:कूद|छलांग)|(?:छत|पुल|पटरी|रेलवे ट्रैक) (?:पर|पे|के "
    r"ऊपर) (?:\S+ ){0,3}?(?:खड़ी|खड़ा|बैठी|बैठा|चढ़ गई|चढ़ गया|है) (?:\S+ ){0,12}?(?:कूद|छलांग|मरना|मर "
    r"जाएगी|आत्महत्या|अलविदा)|"
    r"(?:आज रात|आज|अभी|रात को|स्कूल के बाद|सबके सोने के बाद) (?:\S+ ){0,3}?(?:आत्महत्या|ख़ुदकुशी|"
    r"खुदकुशी|सुसाइड|जान दे|मर जाएगी|मर जाएगा|मरना चाहती|मरना चाहता|मरने वाली|मरने वाला|फांसी|फाँसी|खुद "
    r"को खत्म|खुद को ख़त्म)|(?:आत्महत्या|सुसाइड|मरने|जान देने) (?:\S+ ){0,2}?(?:का|की) (?:प्लान|योजना)|"
    r"सुसाइड नोट|"
    r"(?:बाथरूम|वॉशरूम|टॉयलेट|कमरे|कमरा|गाड़ी) (?:\S+ ){0,3}?(?:में|के अंदर) (?:\S+ ){0,6}?(?:ब्लेड|चाकू|"
    r"छुरी|रेज़र|गोलियां|गोलियाँ|गोली|दवाई|रस्सी|फिनाइल|कैंची) (?:\S+ ){0,6}?(?:बंद|लॉक|कुंडी)|(?:ब्लेड|"
    r"चाकू|छुरी|गोलियां|रस्सी) (?:\S+ ){0,3}?(?:लेकर|ले कर|लेके|के साथ) (?:\S+ ){0,4}?(?:बाथरूम|वॉशरूम|"
    r"टॉयलेट|कमरे|कमरा)\S* (?:\S+ ){0,3}?(?:बंद|लॉक|कुंडी)"
)
_BYE_HI = (
    r"(?:अलविदा|गुडबाय|गुड बाय|आखिरी मैसेज|आख़िरी मैसेज|आखिरी संदेश|सुसाइड नोट|विदाई) (?:\S+ ){0,4}?"
    r"(?:पोस्ट|स्टोरी|स्टेटस|मैसेज|लिखा|लिख|डाला|डाली|भेजा|किया|लगाया|लगाई)|(?:सबको|हम सबको|मुझे) "
    r"(?:\S+ ){0,2}?(?:अलविदा|गुडबाय|बाय) (?:कह|बोल)|(?:सबको|सब को|हम सबको) (?:अलविदा|गुडबाय)|सबसे माफ़ी|"
    r"सब से माफी|सबसे माफी|माफ़ कर देना|माफ कर "
    r"देना|सबका शुक्रिया"
)
_UNREACH_HI = (
    r"(?:फोन|फ़ोन|कॉल|मैसेज|रिप्लाई|जवाब) (?:\S+ ){0,2}?(?:नहीं|ना) (?:\S+ )?(?:उठा|कर रही|कर रहा|दे रही|"
    r"दे रहा|आ रहा|लग रहा|मिल रहा)|(?:फोन|फ़ोन|मोबाइल|नंबर) (?:\S+ ){0,2}?(?:बंद|स्विच ऑफ) (?:\S+ )?"
    r"(?:है|आ रहा|हो गया)|(?:कोई|हम|मैं) (?:\S+ ){0,2}?(?:संपर्क|बात|कॉन्टैक्ट) नहीं (?:हो|कर) पा|(?:किसी को|"
    r"कोई) (?:भी )?नहीं (?:पता|मालूम) (?:\S+ ){0,2}?(?:कहाँ|कहां)|ऑफलाइन"
)
_BYE_GUARD_HI = (
    r"शिफ्ट|घर बदल|नए घर|दूसरे शहर|ग्रुप छोड़|ग्रुप से निकल|ग्रुप लेफ्ट|छुट्टी|छुट्टियों|छुट्टियाँ|ट्रिप|"
    r"घूमने|कैंप|फ्लाइट|हवाई जहाज|एयरपोर्ट|विदेश|नया स्कूल|नए स्कूल|नया फोन|नेटवर्क|सिग्नल|नेट नहीं|"
    r"इंटरनेट|बैटरी|चार्ज|सज़ा|सजा|फोन ले लिया|छीन|ब्रेक|डिटॉक्स|फेयरवेल|आखिरी दिन|हॉस्टल|सो गई|सो गया|"
    r"सो रही|सो रहा|सोने (?:गई|गया|चली|चला)|नींद"
)
_TX_HI = (
    "गोलि|गोली|दवा|टैबलेट|ओवरडोज|फिनाइल|फिनायल|ब्लीच|हार्पिक|ज़हर|जहर|चूहे|तेज़ाब|तेजाब|एसिड|मिट्टी का तेल|"
    "केरोसिन|कीटनाशक|क्लीनर|काट|ब्लेड|ज़ख्मी|जख्मी|कट कर|कूद|छलांग|मरना|मर जा|मरने|आत्महत्या|ख़ुदकुशी|"
    "खुदकुशी|सुसाइड|जान दे|फांसी|फाँसी|खत्म|ख़त्म|प्लान|योजना|बंद|लॉक|कुंडी|अलविदा|गुडबाय|गुड बाय|आखिरी|"
    "आख़िरी|विदाई|बाय|माफ़ी|माफी|माफ़ कर|माफ कर|शुक्रिया"
)
_TRIG_HI = "मेरी मेरा हमारी हमारा उसने उन्होंने मेरे हमारे"
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_HI = (
    r"(?:(?:मेरे|हमारे) (?:सबसे अच्छे |बेस्ट |बड़े |छोटे )?(?:दोस्त|भाई|भैया|कज़िन|कजिन|क्लासमेट|बॉयफ्रेंड|"
    r"पापा|पड़ोसी)|(?:हमारे|मेरे|हमारी|मेरी) (?:ग्रुप|स्कूल|क्लास) (?:की|का|से|में) (?:एक )?(?:लड़की|लड़का))"
)
_ACTS_MORE_HI = (
    r"(?:मरना|आत्महत्या करना|खुदकुशी करना) (?:चाहती|चाहता) (?:\S+ ){0,8}?(?:प्लान|योजना)|"
    # a plan to kill oneself ("खुद को मारने का प्लान")
    r"(?:खुद को (?:मारने|खत्म करने|ख़त्म करने)|आत्महत्या करने|खुदकुशी करने|जान देने) (?:का|की) (?:\S+ )?(?:प्लान|योजना)"
)
_UNREACH_MORE_HI = r"(?:दरवाज़ा|दरवाजा) (?:\S+ )?(?:नहीं|ना) (?:खोल|खुल)"
_SIGN_HI = (
    r"(?:फोटो|फ़ोटो|तस्वीर|वीडियो|स्टोरी|स्टेटस) (?:\S+ ){0,2}?(?:गोलियों|गोलियां|गोलियाँ|दवाई|ब्लेड|चाकू|कलाई|"
    r"नस|कट|ज़ख्म|जख्म|खून|रस्सी)|(?:गोलियों|ब्लेड|चाकू|कलाई|ज़ख्म|जख्म|खून) (?:\S+ ){0,2}?(?:की|का|वाली|"
    r"वाला) (?:फोटो|फ़ोटो|तस्वीर|वीडियो|स्टोरी)"
)
_PLACE_HI = (
    r"(?:रेलवे ट्रैक|ट्रैक|पटरी|पुल|नदी|छत|पहाड़|नहर) (?:पर|पे|के पास|के किनारे|के ऊपर|किनारे) (?:\S+ ){0,2}?"
    r"(?:खड़ी|खड़ा|बैठी|बैठा|है|गई|गया|पहुंच)"
)
_ENDS_HI = r"सब खत्म|सब ख़त्म|(?:जीना|जीने) नहीं (?:चाहती|चाहता)|मरना (?:चाहती|चाहता)|आखिरी बार|आख़िरी बार|अलविदा"
_TX_MORE_HI = "प्लान|योजना|फोटो|फ़ोटो|तस्वीर|वीडियो|स्टोरी|स्टेटस|ट्रैक|पटरी|पुल|नदी|छत|पहाड़|नहर"


RULES: list[Rule] = [
    _rule(_TRIG_HL, _TX_HL + "|" + _TX_MORE_HL,
          _acute_more(_WHO_HL, _GUARD_HL, _ACTS_HL, _BYE_HL, _UNREACH_HL, _BYE_GUARD_HL,
                      who_more=_WHO_MORE_HL, acts_more=_ACTS_MORE_HL,
                      unreach_more=_UNREACH_MORE_HL, sign=_SIGN_HL, place=_PLACE_HL, ends=_ENDS_HL)),
    _rule(_TRIG_HI, _TX_HI + "|" + _TX_MORE_HI,
          _acute_more(_WHO_HI, _GUARD_HI, _ACTS_HI, _BYE_HI, _UNREACH_HI, _BYE_GUARD_HI,
                      who_more=_WHO_MORE_HI, acts_more=_ACTS_MORE_HI,
                      unreach_more=_UNREACH_MORE_HI, sign=_SIGN_HI, place=_PLACE_HI, ends=_ENDS_HI,
                      b=_NB, end=r"(?!\S)")),
]
