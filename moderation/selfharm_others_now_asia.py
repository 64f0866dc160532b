"""Someone else at risk right now, a third round, in Indonesian, Hindi
(Hinglish in Latin letters and Devanagari) and Chinese: the tables of these
languages for `selfharm_others_now_base._now` (the class, its gates and
what passes are in `selfharm_others_now.py`).  The person, the guard and
the silences are the tables of `selfharm_others_acute_asia.py` and
`_indic`; here are the acts ("mau lompat dari lantai 4 sekarang", "उसने चूहे
मारने वाली दवा खा ली है"), the signs ("aaj uski aakhri raat", a photo of
cuts, "mere kutte ka khayal rakhna"), the places ("dia udah di atas",
locked in the bathroom) and the ends they pair with.  Devanagari without a
trailing \\b (its vowel signs are not word characters); Chinese on the
normalised text, unspaced.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule
from .selfharm_others_acute_asia import (
    _GUARD_ID,
    _GUARD_ZH,
    _TRIG_ID,
    _UNREACH_ID,
    _UNREACH_MORE_ID,
    _UNREACH_MORE_ZH,
    _UNREACH_ZH,
    _WHO_ID,
    _WHO_MORE_ID,
    _WHO_MORE_ZH,
    _WHO_ZH,
)
from .selfharm_others_acute_base import _rule
from .selfharm_others_acute_indic import (
    _GUARD_HI,
    _GUARD_HL,
    _TRIG_HI,
    _TRIG_HL,
    _UNREACH_HI,
    _UNREACH_HL,
    _UNREACH_MORE_HI,
    _UNREACH_MORE_HL,
    _WHO_HI,
    _WHO_HL,
    _WHO_MORE_HI,
    _WHO_MORE_HL,
)
from .selfharm_others_now_base import _NB, _now

# -- id ---------------------------------------------------------------------------------
_HIGH_ID = r"(?:lantai|atap|jembatan|gedung|jendela|balkon|rooftop|tebing|flyover|menara)"
_ACTS_ID = (
    r"(?:mau|akan|bakal|pengen|ingin|udah mau|lagi mau|mo|otw) (?:\S+ )?(?:lompat|loncat|terjun|jatuhin diri|"
    r"menjatuhkan diri|bunuh diri|gantung diri|nyilet|nyayat|motong nadi|potong nadi) (?:\S+ ){0,4}?"
    r"(?:sekarang|skrg|malam ini|hari ini|nanti malam|dari " + _HIGH_ID + r")\b|"
    r"(?:lompat|loncat|terjun) dari (?:\S+ )?" + _HIGH_ID + r"\b|"
    r"(?:lagi|sedang|lg|masih) (?:nyilet|nyayat|ngelukain|melukai|nyakitin|motong|ngiris) (?:diri|tangan|nadi|"
    r"pergelangan)\w*|"
    r"(?:minum|nelen|menelan|makan|nenggak|neguk) (?:\S+ ){0,2}?(?:racun tikus|racun|baygon|pembersih "
    r"lantai|pemutih|bayclin|porstex|pestisida|obat serangga|obat nyamuk cair)\b"
)
_SIGNS_ID = (
    r"(?:foto|poto|pic|picture|video|vn|voice note|rekaman|selfie) (?:\S+ ){0,3}?(?:tangan\w*|lengan\w*|pergelangan|"
    r"kaki\w*|luka\w*|sayatan\w*|darah\w*|berdarah|nangis)\b|"
    r"malam terakhir(?:nya| dia)(?! (?:di|sama|dengan|sebelum|sekolah|kerja)\b)|(?:malam|hari) "
    r"terakhir (?:dalam )?hidup(?:nya)?|"
    r"(?:tolong )?(?:jagain|jaga|rawat|urus|rawatin|urusin|kasih makan) (?:\S+ )?(?:kucing|anjing|hamster|"
    r"kelinci|adik|adek)\w*|(?:bagi|bagiin|ngasih|ngebagiin|membagikan) (?:semua )?barang\w*"
)
_PLACES_ID = (
    r"(?:udah|lagi|sedang|masih|lg|dia) (?:\S+ )?(?:di atas|di atap|di rooftop|di pinggir|di jembatan|di tepi|"
    r"di pagar)\b|(?:di atap|di rooftop|di atas atap|di atas gedung|di pinggir (?:jembatan|atap|gedung)|di tepi "
    r"(?:jembatan|atap|gedung)|di jembatan)\b|"
    r"(?:ngunci diri|mengunci diri|dikunci|kekunci|ngurung diri|mengurung diri|kunci pintu) "
    r"(?:\S+ ){0,2}?(?:di )?(?:kamar mandi|kamar|toilet|wc)\b"
)
_ENDS_ID = (
    r"(?:mau|pengen|ingin|pgn|pingin) (?:mati|bunuh diri|mengakhiri hidup|ngakhirin semuanya)|(?:gak|ga|nggak|"
    r"tidak|ngga|gamau) mau hidup lagi|pengen semuanya berakhir|maafin (?:aku|semua)|maaf(?:kan)? (?:aku )?"
    r"(?:untuk|atas) semuanya|selamat tinggal|lompat|loncat|terjun|nyilet|(?:malam|hari) terakhir(?:nya| "
    r"dia)|udah gak kuat|ini yang terakhir"
)
_EVERYDAY_ID = (
    r"(?:kalau|kalo|klo|jika) (?:mama|mamah|ibu|ayah|papa|ortu|orang tua|bapak)(?:nya)? (?:tahu|tau|liat|"
    r"lihat)|"
    r"rambut|poni|kertas|sayur\w*|bawang|prakarya|kolam|renang|trampolin|papan loncat|sofa|kasur|tikus (?:di|"
    r"yang)|buat tikus|ketawa|ngakak|mati ketawa|kemah|camping|liburan|libur|pas aku pergi|selama aku pergi|"
    r"weekend|nginep|antena|bola|layangan"
)
_TX_ID = (
    "lompat|loncat|terjun|jatuhin|menjatuhkan|bunuh|gantung|nyilet|nyayat|nadi|ngelukain|melukai|nyakitin|"
    "motong|ngiris|racun|baygon|pembersih|pemutih|bayclin|porstex|pestisida|obat|foto|poto|pic|video|vn|"
    "voice|rekaman|selfie|terakhir|jaga|rawat|urus|kasih makan|bagi|ngasih|atas|atap|rooftop|pinggir|"
    "jembatan|tepi|pagar|kunci|ngunci|kurung|ngurung"
)

# -- hi, Hinglish ------------------------------------------------------------------------
_ACTS_HL = (
    r"(?:abhi|abi|ab|aaj raat|aaj|tonight) (?:\S+ ){0,3}?"
    r"(?:kaat rahi|kat rahi|kaat raha|kat raha|kaat legi|kaat lega|jump karegi|"
    r"jump karega|kood jayegi|kud jayegi|kood jayega|kud jayega|marne ja rahi|marne ja raha|suicide karegi|"
    r"suicide karega|suicide kar rahi|suicide kar raha)\b|"
    r"(?:nass|nas|nasein|haath|hath|kalai|wrist|khud ko) (?:\S+ )?(?:kaat rahi|kat rahi|kaat raha|kat raha|"
    r"kaat li|kat li|kaat liya|kat liya)\b|"
    r"(?:chuhe (?:maarne|marne) (?:ki|wali|wala) (?:dawa|dawai|dava|goli)|chuha ?maar|rat poison|zeher|zehar|"
    r"jahar|keetnashak|keet nashak|phenyl|bleach|harpic) (?:\S+ ){0,3}?(?:kha li|kha liya|khaa li|khaa liya|"
    r"pee li|pi li|pee liya|pi liya|le li|le liya|kha gayi|kha gaya|pi gayi|pi gaya)\b|"
    r"(?:chhat|chat|terrace|bridge|pul|building|khidki|balcony) (?:\S+ ){0,2}?(?:se )?(?:kood|kud|jump|"
    r"chhalang) (?:\S+ )?(?:legi|lega|karegi|karega|jayegi|jayega|rahi|raha|maar)\b"
)
_SIGNS_HL = (
    r"(?:photo|pic|picture|video|voice note|vn|selfie|recording) (?:\S+ ){0,3}?(?:haath|hath|kalai|wrist|bazu|arm|"
    r"cuts|kat|ghaav|zakhm|khoon|blood|ro rahi|ro raha)\b|"
    r"(?:uski|uska|unki|unka|iski) (?:aakhri|akhri|aakhiri|akhiri|last) (?:raat|rat|night)(?! (?:school|"
    r"camp|yaha|yahan|idhar|trip|ghar|hostel|job|office|college|tak)\b)|(?:zindagi|life) (?:ki|ka) (?:aakhri|"
    r"akhri|last) (?:raat|din)|"
    r"(?:mere|meri|uske|uski) (?:kutte|billi|dog|cat|kutta|bhai|behen|behan|pet|doggy) (?:ka|ki) (?:khayal|"
    r"khyal|dhyan|dhyaan) (?:rakhna|rakhiyo|rakho|rakhegi|rakhega)|(?:apna|apni|saara|sara) (?:saman|samaan|"
    r"stuff|cheeze|cheezein) (?:\S+ )?(?:de diya|baant diya|de rahi|de raha|de do)"
)
_PLACES_HL = (
    r"(?:chhat|terrace|chhajje|chajje|railing|bridge|pul|balcony|ledge|munder) (?:\S+ )?(?:pe|par|pr|ke upar|ke "
    r"kinare) (?:\S+ ){0,2}?(?:khadi|khada|baithi|baitha|chadh gayi|chadh gaya|hai)\b|"
    r"(?:bathroom|kamre|room|kamra|toilet) (?:\S+ ){0,2}?(?:me|mein|main) (?:\S+ ){0,2}?(?:band|lock|locked)\b"
)
_ENDS_HL = (
    r"(?:marna|mrna) (?:chahti|chahta)|mar jana chahti|mar jana chahta|(?:jeena|jina) nahi chahti|(?:jeena|"
    r"jina) nahi chahta|sab khatam kar|maaf (?:kar )?dena|maaf karna|sorry for everything|alvida|(?:kood|kud|"
    r"jump) (?:jayegi|jayega|karegi|karega|rahi|raha)|kaat rahi|kaat raha|(?:uski|uska) (?:aakhri|akhri) "
    r"(?:raat|din)|ab aur nahi"
)
_EVERYDAY_HL = (
    r"agar (?:uski |uske )?(?:mummy|mumma|papa|maa|mom|ghar wale|gharwale|gharwalo) (?:ko )?pata|"
    r"baal|hair|paper|kaagaz|sabzi|pyaaz|craft|pool|swimming|trampoline|sofa|bed|chuhe (?:bahut|ke liye)|"
    r"chuho ke liye|has rahi|has raha|hass|hasi|camp|chutti|chhutti|vacation|trip|jab (?:main|mai) bahar|"
    r"weekend|sleepover|antenna|ball|patang"
)
_TX_HL = (
    "kaat|kat |kat li|jump|kood|kud|marne|suicide|nass|nas |zeher|zehar|jahar|chuh|rat poison|keet|phenyl|"
    "bleach|harpic|chhalang|photo|pic|video|voice|vn|selfie|recording|aakhri|akhri|aakhiri|akhiri|last|"
    "khayal|khyal|dhyan|dhyaan|saman|samaan|stuff|cheez|chhat|terrace|chhajje|chajje|railing|bridge|pul|"
    "balcony|ledge|munder|band|lock"
)

# -- hi, Devanagari ----------------------------------------------------------------------
_ACTS_HI = (
    r"(?:अभी|अब) (?:\S+ ){0,3}?(?:काट रही|काट रहा|कूद जाएगी|कूद जाएगा|कूदेगी|कूदेगा|मर जाएगी|मर जाएगा|आत्महत्या "
    r"कर)|(?:नस|नसें|हाथ|कलाई|खुद को) (?:\S+ )?(?:काट रही|काट रहा|काट ली|काट लिया|काट लेगी|काट लेगा)|"
    r"(?:चूहे मारने (?:की|वाली) (?:दवा|दवाई|गोली)|चूहे मार दवा|चूहामार|चूहे का (?:जहर|ज़हर)|जहर|ज़हर|कीटनाशक|"
    r"फिनाइल|ब्लीच|तेज़ाब|तेजाब) (?:\S+ ){0,3}?(?:खा ली|खा लिया|खाई|खा गई|खा गया|पी ली|पी लिया|पी गई|पी गया|"
    r"ले ली|ले लिया)|(?:छत|पुल|बिल्डिंग|खिड़की|खिडकी|बालकनी) (?:\S+ ){0,2}?(?:से )?(?:कूदने|कूद|छलांग) "
    r"(?:\S+ )?(?:वाली|वाला|जाएगी|जाएगा|रही|रहा|लगाएगी|लगाएगा)"
)
_SIGNS_HI = (
    r"(?:फोटो|फ़ोटो|तस्वीर|वीडियो|पिक) (?:\S+ ){0,3}?(?:हाथ|कलाई|बाजू|कट|घाव|जख्म|ज़ख्म|खून|रो रही|रो रहा)|"
    r"(?:उसकी|उनकी) (?:आखिरी|आख़िरी|अंतिम|लास्ट) रात(?! (?:स्कूल|कैंप|यहाँ|यहां|तक))|"
    r"(?:ज़िंदगी|जिंदगी) (?:की|का) (?:आखिरी|आख़िरी|अंतिम) (?:रात|दिन)|"
    r"(?:मेरे|मेरी|उसके|उसकी) (?:कुत्ते|बिल्ली|भाई|बहन|डॉगी) (?:का|की) (?:ख्याल|ख़्याल|ध्यान) (?:रखना|रखो|"
    r"रखियो)|(?:अपना|अपनी|सारा) (?:सामान|चीज़ें|चीजें) (?:\S+ )?(?:दे दिया|बाँट दिया|बांट दिया|दे दी)"
)
_PLACES_HI = (
    r"(?:छत|पुल|मुंडेर|बालकनी|रेलिंग|खिड़की|खिडकी) (?:\S+ )?(?:पर|पे|के ऊपर|के किनारे) (?:\S+ ){0,2}?(?:खड़ी|"
    r"खड़ा|खडी|खडा|बैठी|बैठा|चढ़ गई|चढ़ गया|है)|(?:कमरे|बाथरूम|टॉयलेट|कमरा) (?:\S+ )?(?:में|मे) (?:\S+ )?"
    r"(?:बंद|लॉक)"
)
_ENDS_HI = (
    r"मरना चाहती|मरना चाहता|मर जाना चाहती|मर जाना चाहता|जीना नहीं चाहती|जीना नहीं चाहता|सब (?:खत्म|ख़त्म) कर|"
    r"माफ़ कर देना|माफ कर देना|माफ करना|अलविदा|कूद जाएगी|कूद जाएगा|कूदेगी|कूदेगा|काट रही|काट रहा|(?:उसकी|"
    r"उसका) (?:आखिरी|आख़िरी) (?:रात|दिन)"
)
_EVERYDAY_HI = (
    r"अगर (?:उसकी |उसके )?(?:मम्मी|पापा|माँ|मां|घरवालों|घर वालों) को पता|"
    r"बाल|कागज़|कागज|सब्ज़ी|सब्जी|प्याज|पूल|स्विमिंग|सोफे|सोफा|बिस्तर|चूहों के लिए|चूहे बहुत|हंस|हँस|"
    r"कैंप|छुट्टी|छुट्टियों|ट्रिप|वीकेंड|एंटीना|गेंद|पतंग"
)
_TX_HI = (
    "काट|कूद|मर जा|आत्महत्या|चूह|जहर|ज़हर|कीटनाशक|फिनाइल|ब्लीच|तेज़ाब|तेजाब|छलांग|फोटो|फ़ोटो|तस्वीर|वीडियो|"
    "पिक|आखिरी|आख़िरी|अंतिम|लास्ट|ख्याल|ख़्याल|ध्यान|सामान|चीज़ें|चीजें|छत|पुल|मुंडेर|बालकनी|रेलिंग|खिड़की|"
    "खिडकी|बंद|लॉक"
)

# -- zh (normalised text, unspaced) ------------------------------------------------------------
_ACTS_ZH = (
    r"(?:正在|在|现在|刚刚|刚才|此刻)(?:割腕|割自己|划自己|自残|跳楼|跳桥)|"
    r"说(?:她|他)?(?:现在|马上|今晚|今天|这就)(?:要|就要|准备)?(?:割腕|跳楼|跳下去|自杀|结束生命|去死)|"
    r"(?:喝了|吃了|吞了|喝下了?|喝下去)(?:.{0,4})(?:老鼠药|耗子药|农药|百草枯|敌敌畏|漂白剂|消毒液|鼠药|杀虫剂)"
)
_SIGNS_ZH = (
    r"(?:照片|图片|视频|语音|自拍)(?:.{0,8})(?:手臂|胳膊|手腕|腿上|伤口|划痕|血|在哭)|"
    r"(?:手臂|胳膊|手腕|伤口|划痕|流血|血)(?:.{0,6})(?:照片|图片|视频|自拍)|"
    r"(?:她|他)(?:的)?最后一(?:晚|夜)(?!在|去|的(?:夏令营|假期|学校))|(?:今晚|今天)是(?:她|他)(?:的)?最后一(?:晚|夜)|"
    r"生命(?:中)?(?:的)?最后一(?:晚|天)|"
    r"(?:照顾|照看|喂)(?:好)?(?:我|她|他)的(?:狗|猫|小狗|小猫|宠物|仓鼠|妹妹|弟弟)|把(?:她|他)的东西(?:都)?(?:送人|送给|分给)"
)
_PLACES_ZH = (
    r"(?:站在|坐在|爬上|爬到|在)(?:学校|楼|宿舍|教学楼|体育馆)?(?:的)?(?:楼顶|天台|屋顶|桥上|栏杆|窗台|阳台边)|"
    r"(?:锁在|关在|把自己锁在|把自己关在|反锁在)(?:了)?(?:厕所|卫生间|浴室|房间|屋里)"
)
_ENDS_ZH = (
    r"想死|不想活|活不下去|想结束(?:一切|生命)|(?:要|想|准备|会|马上)跳(?:下去|楼)?|对不起所有人|原谅我|永别|"
    r"割腕|(?:她|他)(?:的)?最后一(?:晚|夜|天)|一切都结束"
)
_EVERYDAY_ZH = (
    r"(?:要是|如果)(?:妈妈|爸爸|爸妈|家长|老师)(?:知道|发现)|游泳|跳水|蹦床|沙发|床上|老鼠(?:太多|很多)|笑死|笑得|"
    r"夏令营|假期|旅游|剪头发|剪纸|切菜|放假|周末"
)
_TX_ZH = (
    "割腕 割自己 划自己 自残 跳楼 跳桥 跳下去 自杀 结束生命 去死 "
    "老鼠药 耗子药 农药 百草枯 敌敌畏 漂白剂 消毒液 鼠药 杀虫剂 "
    "照片 图片 视频 语音 自拍 最后一 照顾 照看 喂 东西 楼顶 天台 屋顶 桥上 栏杆 窗台 阳台边 锁在 关在"
)

RULES: list[Rule] = [
    _rule(_TRIG_ID, _TX_ID, _now(f"{_WHO_ID}|{_WHO_MORE_ID}", f"{_GUARD_ID}|{_EVERYDAY_ID}", _ACTS_ID, _SIGNS_ID,
                                 _PLACES_ID, _ENDS_ID, f"{_UNREACH_ID}|{_UNREACH_MORE_ID}")),
    _rule(_TRIG_HL, _TX_HL, _now(f"{_WHO_HL}|{_WHO_MORE_HL}", f"{_GUARD_HL}|{_EVERYDAY_HL}", _ACTS_HL, _SIGNS_HL,
                                 _PLACES_HL, _ENDS_HL, f"{_UNREACH_HL}|{_UNREACH_MORE_HL}")),
    _rule(_TRIG_HI, _TX_HI, _now(f"{_WHO_HI}|{_WHO_MORE_HI}", f"{_GUARD_HI}|{_EVERYDAY_HI}", _ACTS_HI, _SIGNS_HI,
                                 _PLACES_HI, _ENDS_HI, f"{_UNREACH_HI}|{_UNREACH_MORE_HI}", b=_NB,
                                 end=r"(?!\S)")),
    with_texts(zrule("self_harm:others_acute", "self_harm", "我 群",
                     _now(f"{_WHO_ZH}|{_WHO_MORE_ZH}", f"{_GUARD_ZH}|{_EVERYDAY_ZH}", _ACTS_ZH, _SIGNS_ZH,
                          _PLACES_ZH, _ENDS_ZH, f"{_UNREACH_ZH}|{_UNREACH_MORE_ZH}", b="", end="", spaced=False),
                     framed="generic"), zh_spellings(_TX_ZH)),
]
