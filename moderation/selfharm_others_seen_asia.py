"""Someone else at risk right now, a fourth round (see
`selfharm_others_seen.py`): the tables of Indonesian, Hindi (Hinglish and
Devanagari) and Chinese.

Why: the five forms of the round passed here too - a colloquial high place
("di atap parkiran", "building ki chhat", "停车场楼顶") with a jump said in
the present ("bilang mau lompat", "bol raha hai kood raha hai", "说要跳");
fresh cuts seen or shown ("nunjukin sayatan baru", "taaze cuts dikhaye",
"给我看了手臂上的伤口") with a wish to die; the time before the verb of a
reported plan ("bilang kalo malam ini dia bunuh diri", "keh rahi thi ki aaj
suicide kar legi"); large amounts ("segenggam", "mutthi bhar", "一大把") and
overdose symptoms ("gak bisa dibangunin", "uth nahi raha", "叫不醒");
locked in with pills taken.

What passes: the older guards and everyday words of each language, with
medicine for a cold, an allergy or from the doctor, a tattoo, a cat, a
game, the pool and grades added here.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule
from .selfharm_others_acute_asia import (
    _DRINK_ID,
    _GUARD_ID,
    _GUARD_ZH,
    _LOTS_ID,
    _PILLS_ID,
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
    _LOTS_HI,
    _LOTS_HL,
    _PILLS_HI,
    _PILLS_HL,
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
from .selfharm_others_now_asia import (
    _ENDS_HI,
    _ENDS_HL,
    _ENDS_ID,
    _ENDS_ZH,
    _EVERYDAY_HI,
    _EVERYDAY_HL,
    _EVERYDAY_ID,
    _EVERYDAY_ZH,
    _PLACES_HI,
    _PLACES_HL,
    _PLACES_ID,
    _PLACES_ZH,
)
from .selfharm_others_now_base import _NB, _now

# -- id ---------------------------------------------------------------------------------
_MANY_ID = (
    r"segenggam|segepok|setumpuk|sebungkus|banyak banget|buanyak|seabrek|sekardus|setengah strip|dua strip|"
    r"tiga strip|berbutir butir|" + _LOTS_ID
)
_ACTS_ID = (
    r"(?:" + _DRINK_ID + r") (?:\S+ )?(?:" + _MANY_ID + r") (?:\S+ )?(?:" + _PILLS_ID + r")\b|(?:" + _DRINK_ID
    + r") (?:\S+ )?(?:" + _PILLS_ID + r") (?:\S+ )?(?:" + _MANY_ID + r")\b|(?:" + _DRINK_ID + r") (?:\S+ ){0,3}?"
    r"(?:" + _PILLS_ID + r") (?:\S+ ){0,12}?(?:(?:ngantuk|lemes|linglung) (?:banget|bgt|parah)|(?:ngomongnya|"
    r"ngomong) (?:ngelantur|gak jelas|ga jelas|ngaco)|ngelantur|(?:gak|ga|nggak|tidak) bisa dibangunin|"
    r"(?:gak|ga|nggak|tidak) (?:bangun bangun|sadar sadar|bangun|sadar)\b|muntah\w*|pingsan|(?:gak|ga|nggak) "
    r"sadarkan diri)|"
    r"(?:kalau|kalo|klo|bahwa) (?:hari ini|malam ini|sekarang|skrg|nanti malam) (?:dia )?(?:mau |bakal |akan )?"
    r"(?:bunuh diri|gantung diri|mengakhiri hidup)\w*"
)
_SIGNS_ID = (
    r"(?:nunjukin|menunjukkan|nunjukkin|liatin|ngeliatin|nunjukkan) (?:\S+ ){0,3}?(?:luka|sayatan|goresan|bekas "
    r"silet)|(?:aku|gue|gw|saya|gua) (?:liat|lihat|ngeliat|melihat) (?:\S+ ){0,3}?(?:luka|sayatan|bekas silet)|"
    r"(?:luka|sayatan|goresan) (?:\S+ )?(?:baru|segar|seger|dalam|berdarah)\b|(?:sayatan|luka sayat|bekas "
    r"silet) (?:di )?(?:tangan|lengan|pergelangan)\w*"
)
_PLACES_SEEN_ID = (
    r"(?:atap|rooftop|lantai paling atas|lantai atas) (?:\S+ )?(?:parkiran|gedung|mall|sekolah|apartemen|"
    r"rumah sakit)\b|" + _PLACES_ID
)
_ENDS_SEEN_ID = (
    r"(?:" + _DRINK_ID + r") (?:\S+ ){0,2}?(?:" + _PILLS_ID + r")\b|" + _ENDS_ID
)
_EVERYDAY_SEEN_ID = (
    r"alergi|flu\b|pilek|batuk|demam|antibiotik|vitamin|resep|dokter|tato|tindik|dicakar|kucing|masak|nilai|"
    r"rapor|antena|kolam|game|film|sinetron|drakor|trampolin|tahun lalu|jatuh|sepeda"
)
_TX_ID = (
    "obat|pil|tablet|antidepresan|parasetamol|paracetamol|panadol|bodrex|emoji_pill|kalau|kalo|klo|bahwa|"
    "luka|sayat|gores|silet|atap|rooftop|lantai|atas|pinggir|jembatan|tepi|pagar|kunci|ngunci|kurung|ngurung"
)

# -- hi, Hinglish -----------------------------------------------------------------------------------
_TOOKV_HL = (
    r"(?:kha li|kha lee|kha liya|kha lin|kha gayi|kha gaya|khaa li|le li|le lee|le liya|nigal li|nigal liya|"
    r"nigal gayi|kha chuki|kha chuka|kha le)"
)
_MANY_HL = (
    r"dher saari|dher|mutthi bhar|ek mutthi|poora patta|pura patta|kaafi saari|kafi sari|kaafi|ek dabba|" + _LOTS_HL
)
_ACTS_HL = (
    r"(?:" + _MANY_HL + r") (?:\S+ ){0,2}?(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?" + _TOOKV_HL + r"|(?:"
    + _PILLS_HL + r") (?:\S+ ){0,2}?" + _TOOKV_HL + r" (?:\S+ ){0,12}?(?:(?:bahut|bohot|bht) (?:neend me|sust|"
    r"ajeeb)|(?:uth|jaag) nahi (?:raha|rahi)|(?:utha|jaga) nahi pa (?:rahe|raha|rahi)|behosh|ulti kar (?:rahi|"
    r"raha)|ultiyan|(?:bekaar|ulta seedha|ulti seedhi|ajeeb) (?:baatein|baat) kar (?:rahi|raha)|saans nahi)|"
    r"(?:ki|ke) (?:aaj raat|aaj|abhi|aj) (?:\S+ )?(?:(?:suicide|khudkushi|aatmahatya) (?:kar legi|kar lega|kar "
    r"rahi|kar raha|karegi|karega)|mar jayegi|mar jayega|khud ko maar (?:legi|lega|"
    r"degi|dega))"
)
_SIGNS_HL = (
    r"(?:taaze|taze|naye|fresh|gehre|gahre) (?:cuts|cut|zakhm|ghaav|kat\w*|nishaan)|(?:cuts|zakhm|ghaav|kate ke "
    r"nishaan) (?:\S+ ){0,3}?(?:dikhaye|dikhaya|dikhayi|dekhe|dekha)|(?:haath|kalai|baazu|baanh) (?:pe|par|pr) "
    r"(?:\S+ )?(?:cuts|zakhm|ghaav|kat\w*)"
)
_PLACES_SEEN_HL = (
    r"(?:building|parking|mall|school|apartment|society) (?:ki|ke) (?:chhat|terrace|top)\b|" + _PLACES_HL
)
_ENDS_SEEN_HL = (
    r"(?:bol|keh|kah) (?:rahi|raha) (?:hai )?(?:ki )?(?:kood|kud|jump) (?:rahi|raha|jaungi|jaunga|jayegi|jayega|"
    r"karegi|karega|jaaungi)|(?:" + _PILLS_HL + r") (?:\S+ ){0,2}?" + _TOOKV_HL + r"|" + _ENDS_HL
)
_EVERYDAY_SEEN_HL = (
    r"allergy|sardi|zukaam|khansi|cold|fever|bukhar|antibiotic|vitamin|doctor|prescription|tattoo|piercing|"
    r"billi|cat\b|khana bana|marks|result|antenna|pool|game|film|movie|serial|trampoline|pichhle saal|gir "
    r"gayi|gir gaya|cycle"
)
_TX_HL = (
    "goli|dawa|dawai|pill|tablet|medicine|emoji_pill|ki aaj|ki abhi|ki aj|ke aaj|ke abhi|cut|zakhm|ghaav|kat|"
    "nishaan|chhat|terrace|top|chhajje|chajje|railing|bridge|pul|balcony|ledge|munder|band|lock"
)

# -- hi, Devanagari (no trailing \b: vowel signs are not word characters) ---------------------------
_TOOKV_HI = (
    r"(?:खा ली|खा लीं|खा लिया|खा लिए|खा गई|खा गया|निगल लीं|निगल ली|निगल लिया|ले लीं|ले ली|ले लिया|खा चुकी|खा चुका)"
)
_MANY_HI = r"ढेर सारी|ढेर|मुट्ठी भर|एक मुट्ठी|पूरा पत्ता|काफी सारी|काफ़ी सारी|काफी|एक डिब्बा|" + _LOTS_HI
_ACTS_HI = (
    r"(?:" + _MANY_HI + r") (?:\S+ ){0,2}?(?:" + _PILLS_HI + r") (?:\S+ ){0,2}?" + _TOOKV_HI + r"|(?:"
    + _PILLS_HI + r") (?:\S+ ){0,2}?" + _TOOKV_HI + r" (?:\S+ ){0,12}?(?:(?:बहुत) (?:सुस्त|नींद में)|(?:उठ|जाग) "
    r"नहीं (?:रहा|रही)|(?:उठा|जगा) नहीं पा (?:रहे|रहा|रही)|बेहोश|उल्टी कर (?:रही|रहा)|उल्टियां|उल्टियाँ|"
    r"(?:बेकार|अजीब|उल्टी सीधी) (?:बातें|बात) कर (?:रही|रहा))|"
    r"(?:कि|के) (?:आज रात|आज|अभी) (?:\S+ )?(?:(?:आत्महत्या|खुदकुशी|सुसाइड) (?:कर लेगी|कर लेगा|करेगी|करेगा)|"
    r"मर जाएगी|मर जाएगा)"
)
_SIGNS_HI = (
    r"(?:ताज़े|ताजे|नए|गहरे) (?:कट|ज़ख्म|जख्म|घाव|निशान)|(?:कट|ज़ख्म|जख्म|घाव) (?:\S+ ){0,3}?(?:दिखाए|दिखाया|"
    r"दिखाई|देखे|देखा)|(?:हाथ|कलाई|बाज़ू|बांह) (?:पर|पे) (?:\S+ )?(?:कट|ज़ख्म|जख्म|घाव)"
)
_PLACES_SEEN_HI = r"(?:बिल्डिंग|पार्किंग|मॉल|स्कूल|अपार्टमेंट) (?:की|के) (?:छत|टैरेस)|" + _PLACES_HI
_ENDS_SEEN_HI = (
    r"(?:बोल|कह) (?:रही|रहा) (?:है )?(?:कि )?(?:कूद|जंप) (?:रही|रहा|जाएगी|जाएगा|जाऊंगी|जाऊंगा)|(?:" + _PILLS_HI
    + r") (?:\S+ ){0,2}?" + _TOOKV_HI + r"|" + _ENDS_HI
)
_EVERYDAY_SEEN_HI = (
    r"एलर्जी|सर्दी|जुकाम|ज़ुकाम|बुखार|एंटीबायोटिक|विटामिन|डॉक्टर|डाक्टर|टैटू|बिल्ली|खाना बना|नंबर|रिजल्ट|पूल|गेम|"
    r"फिल्म|फ़िल्म|सीरियल|पिछले साल|गिर गई|गिर गया|साइकिल"
)
_TX_HI = (
    "गोली|गोलिय|दवा|टैबलेट|कि आज|कि अभी|के आज|के अभी|कट|ज़ख्म|जख्म|घाव|निशान|छत|टैरेस|पुल|मुंडेर|बालकनी|रेलिंग|"
    "खिड़की|खिडकी|बंद|लॉक"
)

# -- zh (on the normalised text) ---------------------------------------------------------------------
_ACTS_ZH = (
    r"(?:吞|吃|喝|服)了?(?:一大把|一把|一堆|一大堆|半瓶|半盒|一整板|好几板|好几盒|一大瓶|一手|成把)(?:的)?.{0,4}?药|"
    r"(?:吞|吃|服)了?.{0,6}?(?:药|药片|安眠药).{0,20}?(?:叫不醒|醒不过来|不醒|昏昏沉沉|一直想睡|特别困|胡言乱语|"
    r"说胡话|语无伦次|一直吐|呕吐|吐了|昏迷|晕过去|没有意识|呼吸很弱)|"
    r"说.{0,4}?(?:今天|今晚|现在|马上|等一下)就?要?(?:自杀|跳楼|结束自己|割腕|去死)"
)
_SIGNS_ZH = (
    r"(?:给我看了?|给我们看了?|让我看了?).{0,8}?(?:伤口|刀口|划痕|割痕|伤疤)|(?:我|我们)(?:看到|看见)了?.{0,8}?"
    r"(?:伤口|刀口|划痕|割痕)|(?:新的|新鲜的|很深的|流血的)(?:伤口|刀口|划痕|割痕)|(?:手臂|胳膊|手腕|腿)上(?:的|有)?"
    r"(?:很多|好多|几道|新的)?(?:伤口|刀口|划痕|割痕)"
)
_PLACES_SEEN_ZH = r"(?:停车场|商场|大楼|楼|学校|医院|小区|宿舍)(?:的)?(?:楼顶|顶楼|天台|最高层)|" + _PLACES_ZH
_ENDS_SEEN_ZH = r"(?:说|讲)(?:她|他)?(?:要|会|马上|准备)?跳(?!舞|绳|水|高|远|床|伞)|(?:吞|吃|服)了.{0,6}?药|" + _ENDS_ZH
_EVERYDAY_SEEN_ZH = (
    r"感冒|过敏|抗生素|维生素|医生|处方|纹身|刺青|猫|做饭|成绩|分数|天线|游泳|游戏|电影|电视剧|蹦床|去年|摔|自行车"
)
_TX_ZH = "药 伤口 刀口 划痕 割痕 伤疤 说 楼顶 顶楼 天台 最高层 屋顶 桥上 栏杆 窗台 阳台边 锁在 关在"

RULES: list[Rule] = [
    _rule(_TRIG_ID, _TX_ID, _now(f"{_WHO_ID}|{_WHO_MORE_ID}", f"{_GUARD_ID}|{_EVERYDAY_ID}|{_EVERYDAY_SEEN_ID}",
                                 _ACTS_ID, _SIGNS_ID, _PLACES_SEEN_ID, _ENDS_SEEN_ID,
                                 f"{_UNREACH_ID}|{_UNREACH_MORE_ID}")),
    _rule(_TRIG_HL, _TX_HL, _now(f"{_WHO_HL}|{_WHO_MORE_HL}|(?:meri|hamari) class (?:me|mein|main) (?:ek )?(?:ladki|"
                                 r"ladka)", f"{_GUARD_HL}|{_EVERYDAY_HL}|{_EVERYDAY_SEEN_HL}", _ACTS_HL, _SIGNS_HL,
                                 _PLACES_SEEN_HL, _ENDS_SEEN_HL, f"{_UNREACH_HL}|{_UNREACH_MORE_HL}")),
    _rule(_TRIG_HI, _TX_HI, _now(f"{_WHO_HI}|{_WHO_MORE_HI}", f"{_GUARD_HI}|{_EVERYDAY_HI}|{_EVERYDAY_SEEN_HI}",
                                 _ACTS_HI, _SIGNS_HI, _PLACES_SEEN_HI, _ENDS_SEEN_HI,
                                 f"{_UNREACH_HI}|{_UNREACH_MORE_HI}", b=_NB, end=r"(?!\S)")),
    with_texts(zrule("self_harm:others_acute", "self_harm", "我 群",
                     _now(f"{_WHO_ZH}|{_WHO_MORE_ZH}", f"{_GUARD_ZH}|{_EVERYDAY_ZH}|{_EVERYDAY_SEEN_ZH}", _ACTS_ZH,
                          _SIGNS_ZH, _PLACES_SEEN_ZH, _ENDS_SEEN_ZH, f"{_UNREACH_ZH}|{_UNREACH_MORE_ZH}", b="",
                          end="", spaced=False), framed="generic"), zh_spellings(_TX_ZH)),
]
