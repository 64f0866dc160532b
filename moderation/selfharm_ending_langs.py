"""An ending wished, searched or announced (selfharm_ending.py) in Russian, Polish,
Turkish, Indonesian, Chinese, Arabic (script and Arabizi) and Hindi (Devanagari
and Hinglish).

Why a module of its own: the six short forms in seven more languages are more
than one module holds.  The everyday neighbours are those of selfharm_ending.py:
searching how to kill a spider ("как убить паука", "orumcek nasil oldurulur",
"cara bunuh laba2", "弄死蜘蛛", "اقتل عنكبوت"), hanging posters ("повесить
постеры", "posterlerimi asmak", "gantung poster", "挂海报", "اعلق البوسترات",
"पोस्टर टाँगने"), away next week or at lunch (a reason or a time follows, so
the phrase does not close the sentence), oversleeping ("не просплю", "nie
zaspię", "geç uyanmam", "kesiangan", "睡过头", "مصحاش متأخر", "लेट नहीं
उठूँगा"), cutting grass, and a lesson or the holidays that should end.

Devanagari vowel signs are no word characters to `re`, so the Hindi patterns
mark word edges with `(?<!\\S)` / `(?!\\S)` instead of `\\b`.  Arabizi is read in
the phrase form, where some digits are letters ("7ayaty" -> "tayaty", "3ayez" ->
"eayez", "t5las" -> "tslas"): both spellings are listed.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# the phrase closes its sentence (see selfharm_ending.py)
END = r"(?= ?[.!?]| ?$| (?:tbh|honestly|fr|anyway|anymore|lol|sorry|bye)(?= ?[.!?]| ?$))"
# Devanagari: the phrase closes its sentence or is followed by a word of feeling only
_HI_END = r"(?= ?[.!?।]| ?$| (?:yaar|yar|bas|sach mein|यार|बस)(?= ?[.!?।]| ?$))"
_G = "[^。!?]"  # a CJK character inside the sentence


def ending_rule(triggers: str, pattern: str, requires: str = "") -> Rule:
    """A first-person ending rule: only a generic frame (advice about others) excuses it.
    `requires`: words of the pattern's other half, one of which must be in the message
    (a second gate for rules whose triggers are common words)."""
    return rule("self_harm:ending", "self_harm", triggers, pattern, framed="generic", requires=requires)


# a departure ("not here much longer") holds only as its sentence's own statement: it opens
# the sentence, or follows a word of candour.  "my phone is at 3%, soon i won't be here"
# and "telefon umiera, zaraz mnie tu nie bedzie" say it of a battery (commas are gone in
# the phrase form, so the sentence is one run of words)
_LEADS = (
    "tbh", "honestly", "i think", "maybe", "and", "but", "guys", "sorry", "i know", "la verdad", "creo que",
    "acho que", "sinceramente", "je crois que", "je pense que", "franchement", "ich glaube", "ehrlich",
    "credo che", "onestamente", "честно", "кажется", "chyba", "szczerze", "bence", "galiba", "kayaknya",
    "jujur", "بصراحه", "sach mein", "lagta hai", "लगता है",
)
OPEN = "(?:^|(?<=[.!?।] )" + "".join(f"|(?<=(?<!\\S){lead} )" for lead in _LEADS) + ")"


def away_rule(triggers: str, pattern: str, requires: str = "") -> Rule:
    """An ending rule for a departure said as a whole sentence (see `OPEN`)."""
    return ending_rule(triggers, OPEN + "(?:" + pattern + ")", requires)


def _z(triggers: str, pattern: str) -> Rule:
    return zrule("self_harm:ending", "self_harm", triggers, pattern, framed="generic")


_r = ending_rule

RU: list[Rule] = [
    _r("гуглил гуглила загуглил загуглила искал искала ищу гуглю читал читала",
       r"\b(?:гуглил|гуглила|загуглил|загуглила|искал|искала|ищу|гуглю|читал|читала) (?:в \w+ )?(?:как (?:покончить с "
       r"собои|убить себя|безболезненно умереть|повеситься|уити из жизни|самоубиться)|(?:способы|способ|методы) "
       r"(?:умереть|покончить с собои|самоубииства|суицида|убить себя))"),
    away_rule("будет станет осталось",
       r"\b(?:скоро|совсем скоро|уже скоро) меня (?:здесь |тут |больше )?не (?:будет|станет)" + END + "|"
       r"\bменя (?:скоро|совсем скоро) (?:здесь |тут |больше )?не (?:будет|станет)" + END + "|"
       r"\bмне (?:уже )?(?:недолго|немного|не долго|мало) (?:тут |здесь |жить )?осталось" + END),
    _r("повеситься повешусь",
       r"\b(?<!он )(?<!она )(?<!они )(?:хочу|хочется|думаю|пойду|собираюсь|готов|готова|решил|решила|лучше|"
       r"мечтаю) (?:\w+ )?повеситься\b"
       r"(?!(?: \w+)? на шею)|\bповешусь\b(?!(?: \w+)? на шею| от (?:скуки|смеха))"),
    _r("проснусь проснуться проснулась проснулся просыпаться",
       r"\b(?:надеюсь|хочу|хочется|хоть бы|лучше бы|вот бы|мечтаю|хотелось бы)(?: я)?(?: \w+)?(?: \w+)? "
       r"(?:никогда )?(?:больше )?не (?:проснусь|проснуться|просыпаться|проснулась|проснулся)" + END),
    _r("больно боль режусь режу резать",
       r"\b(?:делаю себе больно|причиняю себе боль|режу себя|режусь|резать себя|делать себе больно)"
       r"[^.!?]{0,20}? (?:становится легче|мне легче|легче|помогает|отпускает)\b"),
    _r("жизнь",
       r"\b(?:хочу|хочется|хотелось бы|мечтаю) (?:чтобы|чтоб) (?:моя )?жизнь (?:уже |наконец |просто )?"
       r"(?:закончилась|кончилась|оборвалась|прекратилась)\b"),
]

PL: list[Rule] = [
    _r("szukalem szukalam szukam googlowalem googlowalam wygooglowalem wygooglowalam sprawdzalem sprawdzalam",
       r"\b(?:szukalem|szukalam|szukam|googlowalem|googlowalam|wygooglowalem|wygooglowalam|sprawdzalem|"
       r"sprawdzalam) (?:w \w+ )?(?:jak (?:sie zabic|sie powiesic|popelnic samobojstwo|umrzec bez bolu)|"
       r"(?:bezbolesne |szybkie )?sposoby na (?:smierc|samobojstwo)(?! w )|bezbolesne sposoby)"),
    away_rule("bedzie bede dlugo",
       r"\b(?:niedlugo|juz niedlugo|wkrotce) mnie (?:tu |tutaj )?(?:juz )?nie bedzie" + END + "|"
       r"\bnie bede (?:tu |tutaj )?(?:juz )?(?:dlugo|zbyt dlugo)(?: tutaj| tu)?" + END),
    _r("powiesic powiesze",
       r"\bsie powiesic\b|\bpowiesic sie\b|\bpowiesze sie\b|\bsie powiesze\b"),
    _r("obudze obudzic obudzil obudzila",
       r"\b(?:mam nadzieje|oby|chcialbym|chcialabym|chce|zebym|obym)(?: ze)?(?: jutro)?(?: sie)? (?:juz )?"
       r"(?:nigdy )?(?:wiecej )?nie obudz(?:e|ic|il|ila)(?: sie)?(?: jutro| wiecej| juz nigdy)?" + END),
    _r("ciecie ciac tne krzywdze krzywde krzywdzenie",
       r"\b(?:ciecie sie|ciac sie|krzywdzenie sie|robienie sobie krzywdy|jak sie tne|jak sie krzywdze|kiedy sie "
       r"tne|kiedy sie krzywdze|jak sobie robie krzywde|gdy sie tne) (?:to )?(?:jedyne co (?:mi )?(?:pomaga|"
       r"dziala)|(?:mi )?pomaga|przestaje bolec|jest mi lzej|robi mi sie lzej|mi lzej)\b"),
    _r("skonczylo skonczy",
       r"\b(?:chce|chcialbym|chcialabym|marze) (?:zeby|aby|by) (?:to )?(?:sie )?(?:wszystko|moje zycie|to wszystko) "
       r"(?:sie )?(?:juz )?(?:skonczylo|skonczylo sie)\b|\bniech (?:to )?(?:sie )?(?:wszystko|moje zycie) "
       r"(?:sie )?(?:juz )?skonczy(?: sie)?" + END),
]

TR: list[Rule] = [
    _r("arastirdim googleladim arattim aradim baktim arastiriyorum",
       r"\b(?:kendimi nasil (?:oldurur\w*|asar\w*)|nasil intihar ed\w*|(?:kendimi oldurmenin|intihar etmenin) "
       r"(?:yol\w*|yontem\w*)|(?:acisiz|kolay|hizli) (?:olme|olmenin|"
       r"olum) (?:yol\w*|yontem\w*)|intihar (?:yollarini|yontemlerini)) (?:diye )?(?:\w+ )?(?:arastirdim|"
       r"googleladim|arattim|aradim|baktim|arastiriyorum)\b"),
    away_rule("olmicam olmayacagim olmiycam olmayacam",
       r"\b(?:yakinda|birazdan|cok yakinda|daha fazla|artik) (?:ben )?(?:burda |burada |bu dunyada |hayatta )?"
       r"(?:olmicam|olmayacagim|olmiycam|olmayacam)" + END),
    _r("kendimi",
       r"\bkendimi (?:asmak|asmayi|asacagim|asacam|asicam|asarim)\b"),
    _r("uyanmam uyanmasam uyanmayayim",
       r"\b(?:umarim|insallah|keske)(?: (?!gec|erken|once|alarm)\w+){0,3}? (?:uyanmam|uyanmasam|uyanmayayim)\b"
       r"(?! ?(?:gec|erken))"),
    _r("kesmek kesince zarar",
       r"\b(?:kendimi kesmek|kendimi kesince|kendime zarar vermek|kendime zarar verince|kendimi yakmak)"
       r"(?: beni| bana)? (?:tek (?:ise yarayan|iyi gelen|rahatlatan) sey|iyi geliyor|rahatlatiyor|geciyor|"
       r"rahatliyorum|acim geciyor|hafifliyor)\b"),
    _r("bitmesini bitsin bitse",
       r"\b(?:her seyin|herseyin|hayatimin|yasamimin) (?:artik |bir an once |tamamen )?(?:bitmesini|sona "
       r"ermesini) (?:cok )?(?:istiyorum|isterdim|diliyorum)\b|"
       r"\b(?:keske )?(?:her sey|hersey|hayatim) (?:artik )?(?:bitsin|bitse|sona ersin)(?: artik)?" + END),
]

ID: list[Rule] = [
    _r("nyari nyariin cari mencari googling gugling search searching ngegoogle",
       r"\b(?:nyari|nyariin|cari|mencari|googling|gugling|search|searching|ngegoogle) (?:di \w+ )?cara (?:bunuh diri|"
       r"gantung diri|mengakhiri hidup|mati (?:tanpa sakit|cepat|cepet|ga sakit|gak sakit|yang ga sakit))\b"),
    away_rule("bentar sebentar lama", requires="ga gak nggak tidak ngga", pattern=
       r"\b(?:bentar lagi|sebentar lagi|ga lama lagi|gak lama lagi|nggak lama lagi|tidak lama lagi) (?:aku|gue|gw|"
       r"saya) (?:udah |sudah )?(?:ga|gak|nggak|tidak|ngga) (?:ada|disini|di sini)(?: lagi)?" + END + "|"
       r"\b(?:aku|gue|gw|saya) (?:ga|gak|nggak|tidak) (?:bakal|akan) lama lagi (?:di sini|disini|di dunia ini)"
       + END),
    _r("gantung",
       r"\b(?<!dia )(?<!doi )(?<!ia )(?<!mereka )(?:pengen|pengin|pingin|ingin|mau|kepikiran|mikirin|kepengen|pgn) "
       r"(?:\w+ )?gantung diri\b"),
    _r("bangun",
       r"\b(?:semoga|moga|mudah2an|mudah mudahan|pengen|pengin|ingin|berharap)(?: \w+){0,2}? (?:ga|gak|nggak|"
       r"ngga|tidak|enggak|gk) (?:usah )?bangun (?:lagi|selamanya|untuk selamanya)\b"),
    _r("nyilet nyayat nyakitin menyakiti ngelukain melukai",
       r"\b(?:nyilet|nyayat|nyakitin diri|menyakiti diri|ngelukain diri|melukai diri)(?: sendiri)?(?: \w+){0,3}? "
       r"(?:bikin|buat|membuat) (?:aku |gue |gw )?(?:lega|tenang|rasanya berhenti|sakitnya ilang|sakitnya hilang)\b"),
    _r("berakhir selesai tamat",
       r"\b(?:pengen|pengin|ingin|mau|berharap|semoga|pingin) (?:aja )?(?:semuanya|semua ini|hidupku|hidup aku|"
       r"hidup gue|hidup ini) (?:cepet |cepat |segera )?(?:berakhir|selesai|tamat)(?: aja| saja)?" + END),
]

ZH: list[Rule] = [
    _z("查 搜 百",
       r"(?:查了|搜了|查过|搜过|百度了|在查|在搜|上网查|搜索了|搜索过)" + _G + r"{0,6}(?:怎么自杀|如何自杀|自杀的方法|"
       r"没有痛苦的死法|无痛的死法|无痛死法|怎样自杀|怎么上吊|无痛自杀|怎么死才不疼)"),
    _z("在 待",
       r"(?:很快|马上|快要?|不久)" + _G + r"{0,3}不在了(?=$|[。!?.])|"
       r"不会在这(?:里|儿|个世界上?)?(?:待|呆)(?:太|很)?久了"),
    _z("吊",
       r"(?<![他她])(?:想|要|打算|准备|考虑)" + _G + r"{0,4}上吊"),
    _z("醒",
       r"(?:希望|但愿|真希望|好想|想)" + _G + r"{0,6}(?:醒不过来|醒不来|不要醒来|不要再醒|别再醒|不再醒来|永远不醒|"
       r"别醒了|不会醒来)"),
    _z("伤 割 残 划",
       r"(?:伤害自己|割自己|自残|割腕|弄伤自己|划自己)" + _G + r"{0,4}(?:让它停下来|让我好受|好受一点|舒服一点|停下来|"
       r"让我平静|让我解脱)"),
    _z("结 终",
       r"(?:想|希望|好想|真想)(?:让)?(?:我的)?(?:人生|生命|这辈子)(?:都|就|快点|早点)?(?:结束|终结|完结)"),
]

AR: list[Rule] = [
    _r("دورت بدور سرشت بحثت قلبت dawart dawwart badawar sarcht searched batht ba7ast",
       r"\b(?:دورت|بدور|سرشت|بحثت|قلبت) (?:علي |في )?(?:جوجل )?(?:ازاي|ازاى|طرق|طريقه|عن طرق) (?:اقتل "
       r"نفسي|انتحر|اموت(?! في )|"
       r"اشنق نفسي)\b|"
       r"\b(?:dawart|dawwart|badawar|sarcht|searched|batht|ba7ast) (?:eala |3ala |ala )?(?:ezay|ezzay|ezai|izay|toro2|"
       r"tor2|tare2a|tari2a) (?:a2tel nafsy|a2tel nafsi|antehar|antihar|amoot|amot|ashna2 nafsy)\b(?! "
       r"(?:fel|fe|fi|f) )"),
    away_rule("قريب قريبا هفضل 2orayeb orayeb 2arib hafdal",
       r"\b(?:قريب|قريبا|خلاص قريب) (?:اوي )?(?:مش|مو|ما) (?:هكون|حكون|هبقي|راح اكون|رح اكون) (?:هنا|موجود|موجوده)"
       + END + "|"
       r"\b(?:مش|مو|ما) (?:هفضل|حفضل|هعيش) (?:هنا |موجود |موجوده )?(?:كتير|كثير|كمان كتير)" + END + "|"
       r"\b(?:2orayeb|orayeb|2ariib|2arib|areeb|2reeb) (?:awy )?(?:msh|mesh|mish) (?:hakoon|hakon|ha2oon|hab2a) "
       r"(?:hena|hna|mawgood|mawgoda)" + END + "|"
       r"\b(?:msh|mesh|mish) (?:hafdal|hafdl|haeeesh|haeesh) (?:hena |mawgood |mawgoda )?(?:kteer|kter|ktir|ketir)"
       + END),
    _r("اشنق هشنق بشنق ashna2 hashna2",
       r"\b(?:اشنق|هشنق|حشنق|بشنق) نفسي\b|\b(?:ashna2|hashna2|ashnaa) (?:nafsy|nafsi|nafsee)\b"),
    _r("مصحاش اصحاش اصحي mashatsh masha7sh mastash mas7ash",
       r"\b(?:يارب|يا رب|نفسي|اتمني|ياريت|ياريتني|بتمني) (?:\w+ )?(?:مصحاش|ما اصحاش|ما اصحي|مقومش)(?: (?:بكره|تاني|"
       r"خالص|ابدا|الصبح|من النوم))*" + END + "|"
       r"\b(?:yarab|yarb|ya rab|ya rabb|nefsy|nefsi|nifsi|atmana) (?:\w+ )?(?:mashatsh|masha7sh|mas7ash|mastash)"
       r"(?: (?:bokra|tany|tani|sales|5ales|abadan|abdan))*" + END),
    _r("نفسي nafsy nafsi", requires="بيريحني يريحني برتاح بيهديني بيقف بيوقف byrya7ny byryatny biriya7ni "
       "biriyatni yrya7ny yryatny byo2af bywa2af bartaa7 bartaat barta7 bartat", pattern=
       r"\b(?:تجريح نفسي|اجرح نفسي|بجرح نفسي|اذي نفسي|باذي نفسي|جرح نفسي)[^.!?]{0,20}? (?:بيريحني|يريحني|برتاح|"
       r"بيهديني|الوجع بيقف|بيوقف الوجع)\b|"
       r"\b(?:egra7|egrat|agra7|agrat|bagra7|bagrat|a2zy|ba2zy) (?:nafsy|nafsi)[^.!?]{0,25}? (?:byrya7ny|"
       r"byryatny|biriya7ni|biriyatni|yrya7ny|yryatny|byo2af|bywa2af|bartaa7|bartaat|barta7|bartat)\b"),
    _r("تخلص تنتهي tslas t5las",
       r"\b(?:عايز|عايزه|عاوز|عاوزه|نفسي|اتمني|بدي|ابي|ياريت) (?:كل حاجه|كل شي|كل شيء|حياتي|عمري|كل ده) (?:كلها )?"
       r"(?:تخلص|تنتهي|يخلص|ينتهي)" + END + "|"
       r"\b(?:eayez|3ayez|eayza|3ayza|3awez|eawez|nefsy|nefsi|ayez|ayza) (?:kol (?:taga|7aga|haga|shy|shay)|"
       r"tayaty|7ayaty|hayaty|7ayati|tayati|hayati) (?:tslas|t5las|tkhlas|tntehy|tentehy)" + END),
]

_HI_WILL = r"(?:रहूँगा|रहूँगी|रहूंगा|रहूंगी)"
_HI_LATN_WILL = r"(?:rahunga|rahungi|rahoonga|rahoongi|rahuga|rahugi)"
HI: list[Rule] = [
    _r("सर्च गूगल ढूँढा ढूंढा search google dhoondha dhundha",
       r"(?<!\S)(?:सर्च किया|गूगल किया|गूगल किए|ढूँढा|ढूंढा)[^.!?]{0,30}?(?:खुद को (?:कैसे )?मार|मरने के तरीके|"
       r"आत्महत्या के तरीके|सुसाइड के तरीके|कैसे मरूँ)|(?<!\S)(?:खुद को मारने के तरीके|मरने के तरीके|"
       r"आत्महत्या के तरीके|सुसाइड के तरीके)[^.!?]{0,12}?(?:सर्च|गूगल|ढूँढ|ढूंढ)|"
       r"\b(?:search kiya|google kiya|google kiye|search kiye|dhoondha|dhundha)[^.!?]{0,30}?(?:khud ko (?:kaise )?"
       r"maar|marne ke (?:tareeke|tarike|tareeqe)|suicide ke (?:tareeke|tarike)|kaise maru)|"
       r"\b(?:khud ko maarne ke|marne ke|suicide ke) (?:tareeke|tarike|tareeqe)[^.!?]{0,12}? ?(?:search|google)\b"),
    away_rule("रहूँगा रहूँगी रहूंगा रहूंगी rahunga rahungi rahuga rahugi",
       r"(?<!\S)(?:जल्द ही|जल्दी ही|बहुत जल्द) (?:मैं )?(?:यहाँ |यहां |इस दुनिया में )?नहीं " + _HI_WILL + _HI_END + "|"
       r"(?<!\S)(?:मैं )?(?:ज़्यादा|ज्यादा) (?:दिन|दिनों तक|समय) (?:तक )?नहीं " + _HI_WILL + _HI_END + "|"
       r"\b(?:jaldi|jald hi|jaldi hi|bahut jald) (?:main |mai )?(?:yaha |yahan |yahaan |is duniya mein )?(?:nahi|nhi) "
       + _HI_LATN_WILL + _HI_END + "|"
       r"\b(?:main |mai )?(?:zyada|jyada|zada|jada) (?:din|dino tak|time) (?:tak )?(?:nahi|nhi) "
       + _HI_LATN_WILL + _HI_END),
    _r("फाँसी फांसी फंदा फन्दा faansi fansi phaansi phansi fanda phanda",
       # wanted by the writer: "फंदा लगाना" alone is also setting a snare ("चूहे के लिए फंदा लगाना है"),
       # "फाँसी लगाने की खबर" is news
       r"(?<!\S)(?:फाँसी|फांसी|फंदा|फन्दा) (?:लगा लूँ|लगा लूं|लगा लू|लगा लूँगा|लगा लूँगी|लगा लूंगा|लगा लूंगी|"
       r"(?:लगाना|लगा लेना) (?:चाहता|चाहती)|लगाने का (?:मन|दिल)|लगाने (?:की|का) सोच|लगाने का(?= ?[.!?]| ?$))(?!\S)|"
       r"\b(?:faansi|fansi|phaansi|phansi|fanda|phanda) (?:laga lu|laga lun|laga loon|laga lunga|laga lungi|lagaa lu|"
       r"(?:lagana|laga lena) (?:chahta|chahti)|lagane ka (?:mann|man|dil)|lagane (?:ki|ka) soch|"
       r"lagane ka(?= ?[.!?]| ?$))\b"),
    _r("काश उठूँ उठूं kaash kash uthu uthun",
       r"(?<!\S)(?:काश|भगवान करे)[^.!?]{0,25}?(?:(?:उठूँ|उठूं|उठू) (?:ही )?(?:नहीं|ना|न)|(?:ना|न|नहीं) (?:उठूँ|उठूं|"
       r"उठू))(?!\S)|"
       r"\b(?:kaash|kash|bhagwan kare)(?: \w+){0,5}? (?:(?:na|nahi|nhi) (?:uthu|uthun|uthoon)|(?:uthu|uthun|"
       r"uthoon) (?:hi )?(?:na|nahi|nhi))\b"),
    _r("हाथ खुद haath hath khud", requires="मदद सुकून राहत रुकता रुक अच्छा help madad sukoon sukun rahat "
       "rukta ruk accha acha", pattern=
       r"(?<!\S)(?:हाथ काटना|खुद को काटना|खुद को चोट देना|खुद को चोट देने|खुद को काटने|हाथ काटने)[^.!?]{0,20}?"
       r"(?:मदद करता|मदद करती|सुकून|राहत|रुकता|रुक जाता|अच्छा लगता)|"
       r"\b(?:haath kaatna|hath katna|haath katna|khud ko kaatna|khud ko katna|khud ko hurt karna|khud ko hurt karne|"
       r"khud ko chot dena|khud ko chot dene|haath kaatne)[^.!?]{0,20}? (?:help karta|help karti|madad karta|"
       r"madad karti|sukoon|sukun|rahat|rukta|ruk jata|accha lagta|acha lagta)\b"),
    _r("ज़िंदगी जिंदगी जिन्दगी ज़िन्दगी zindagi zindgi jindagi",
       r"(?<!\S)(?:चाहता|चाहती|काश)[^.!?]{0,12}?(?:ज़िंदगी|जिंदगी|जिन्दगी|ज़िन्दगी) (?:ही )?(?:खत्म|ख़त्म) (?:हो जाए|"
       r"हो जाये)|"
       r"\b(?:chahta|chahti|kaash|kash)(?: \w+){0,3}? (?:zindagi|zindgi|jindagi) (?:hi )?(?:khatam|khatm|khtm) "
       r"(?:ho jaye|ho jaaye|ho jae)\b"),
]

RULES: list[Rule] = RU + PL + TR + ID + ZH + AR + HI
