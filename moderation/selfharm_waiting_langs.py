"""Means stockpiled or ready, and a moment waited for, in Russian, Arabic
(script and Arabizi), Chinese, Hindi (Devanagari and Hinglish), Turkish,
Polish and Indonesian.

Why and how: as in `selfharm_waiting.py` - pills saved, collected, hidden,
enough or ready, or a rope or blades at all, and in the same message a
moment waited for (the weekend, a weekday, tonight, the right moment, the
others asleep or away, being alone) or a day named as *the* day:
"накопила таблеток, жду только выходных когда родители уедут", "الحبل عندي،
بس بستنى الكل ينام", "攒了一个月的药，周五就是那天", "rassi mil gayi hai, bas
sabke sone ka intezaar hai", "bir aydır ilaçlarımı biriktiriyorum, cuma o
gün", "mam sznur, czekam tylko aż wszyscy zasną", "talinya udah ada,
tinggal nunggu semua tidur".

Turkish and Hindi put the verb last ("hafta sonunu bekliyorum", "weekend
ka wait"), so their moments are written object first.  Chinese runs on
the normalised text (unspaced), Devanagari without a trailing \\b (vowel
signs are not \\w), Arabizi through `az` (digits as letters).  The means
words are the triggers and the moment words a word gate (`requires`).
"""

from __future__ import annotations

from .packs.ar._script import az, az_triggers
from .rules import Rule, rule
from .selfharm_eating import _pair
from .selfharm_eating_more import _raw_pair

# -- ru ---------------------------------------------------------------------------
_PILLS_RU = r"(?:таблет\w*|колес\w*|лекарств\w*|снотворн\w*|антидепрессант\w*|emoji_pill)"
_STOCK_RU = (
    r"(?:накопил\w*|коплю|копил\w*|собрал\w*|собираю|спрятал\w*|прячу|припрятал\w*|отложил\w*|"
    r"откладыва\w*|достаточно|хватит|готов\w*|насобирал\w*|скопил\w*|запас\w*)"
)
_OTHER_RU = r"(?:веревк\w*|петл[яюи]|лезви\w*|emoji_rope|emoji_razor)"
_HELD_RU = rf"{_STOCK_RU} (?:\w+ ){{0,4}}?{_PILLS_RU}|{_PILLS_RU} (?:\w+ ){{0,4}}?{_STOCK_RU}|{_OTHER_RU}"
_DEN = r"(?:понедельник|вторник|сред[аыу]|четверг|пятниц[аыу]|суббот[аыу]|воскресень[ея])"
_GONE_RU = (
    r"(?:уснут|заснут|усн[её]т|засн[её]т|уедут|уед[её]т|уйдут|уйд[её]т|лягут|ляжет|спят|будут спать|"
    r"на работ\w*|в отпуск\w*)"
)
_MOMENT_RU = (
    r"(?:жду|ждать|дождусь|подожду|осталось|остается) (?:только |лишь |еще )?(?:дождаться |подождать )?"
    r"(?:(?:этих |ближайших )?"
    r"выходных|" + _DEN + r"|ночи|вечера|(?:подходящ\w+ |нужн\w+ )?момент\w*|(?:когда|пока) (?:\w+ )"
    r"{0,2}?" + _GONE_RU + r"|остаться одн\w+|останусь одн\w+)|"
    r"(?:" + _DEN + r"|сегодня|завтра) (?:\w+ )?(?:тот самый|мой|этот самый) (?:день|вечер)|"
    r"(?:день|дата) (?:уже )?(?:выбран\w*|назначен\w*)|"
    r"(?:когда|как только) (?:все|родители|мама|папа|они|предки|семья) (?:\w+ ){0,2}?" + _GONE_RU
    + r"|когда останусь одн\w+"
)
_TRIG_RU = (
    "таблетки таблеток таблетками таблетку колеса колес лекарства лекарств лекарствами снотворное "
    "снотворного снотворные антидепрессанты антидепрессантов emoji_pill веревка веревку веревки "
    "петля петлю петли лезвия лезвие лезвий лезвиями emoji_rope emoji_razor"
)
_REQ_RU = (
    "жду ждать дождусь подожду осталось остается тот самый мой день дата когда как выходных "
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье ночи"
)

# -- ar (script and Arabizi) ----------------------------------------------------------
_PILLS_AR = r"(?:(?:ال)?حبوب|(?:ال)?حبات|(?:ال)?دوا\S*|(?:ال)?ادويه|(?:ال)?مسكنات|(?:ال)?منوم\S*)"
_STOCK_AR = (
    r"(?:جمعت|بجمع|اجمع|مجمع\S*|خبيت\S*|مخبي\S*|مخبا\S*|حوشت|محوش\S*|كفايه|كافيه|جاهز\S*|محضر\S*|"
    r"خزنت|مخزن\S*|شايل\S*)"
)
_OTHER_AR = r"(?:(?:ال)?حبل|(?:ال)?شفرات|(?:ال)?شفره|(?:ال)?امواس)"
_HELD_AR = rf"{_STOCK_AR} (?:\S+ ){{0,4}}?{_PILLS_AR}|{_PILLS_AR} (?:\S+ ){{0,4}}?{_STOCK_AR}|{_OTHER_AR}"
_MOMENT_AR = (
    r"(?:بستني|استني|بستنا|ناطر|ناطره|بنطر|انتظر|بانتظر|بانتظار|منتظر\S*|ناقص|بس ناقص) (?:\S+ ){0,2}?"
    r"(?:(?:ال)?ويكند|(?:ال)?جمعه|(?:ال)?سبت|(?:ال)?خميس|(?:ال)?احد|الليله|الوقت|اللحظه|الكل|كلهم|"
    r"اهلي|امي|ابوي|البيت|اكون|لحالي|وحدي)|"
    r"(?:ال)?(?:جمعه|سبت|احد|خميس|اثنين|الليله|بكره|بكرا) (?:هو |هي )?(?:اليوم|الليله)|"
    r"(?:لما|لمن|اول ما) (?:\S+ ){0,2}?(?:ينام\S*|تنام\S*|يسافر\S*|تسافر\S*|يطلع\S*|تطلع\S*|يروح\S*|"
    r"تروح\S*|نايمين|مسافرين|اكون لحالي|اكون وحدي)"
)
_PILLS_AZ = az(r"(?:7bob|7bub|el 7bob|dawa2i|dawa|adwye|mosakenat)")
_STOCK_AZ = az(r"(?:jama3t|bjama3|mjama3a|5abbet|5abayt|m5abye|m5abya|jahze|jahzin|kfaye|kafye)")
_OTHER_AZ = az(r"(?:7abl|el 7abl|shafrat|shafra)")
_HELD_AZ = (
    rf"{_STOCK_AZ} (?:\w+ ){{0,4}}?{_PILLS_AZ}|{_PILLS_AZ} (?:\w+ ){{0,4}}?{_STOCK_AZ}|{_OTHER_AZ}"
)
_MOMENT_AZ = az(
    r"(?:bestanna|bestana|estanna|natra|nater|bntor|bstana) (?:\w+ ){0,2}?(?:weekend|el wikend|"
    r"jom3a|el sabt|el leile|el wa2t|kolhom|kol el nas|ahli|emi|mama|lal7ali|wa7di)|"
    r"(?:el )?(?:jom3a|sabt|a7ad|leile) (?:howwe|hiye|hya|hwe) (?:el )?(?:yom|leile)|"
    r"(?:lama|lamma|awal ma) (?:\w+ ){0,2}?(?:ynamo|yenamo|tnam|ynam|ysafro|ysafru|ytla3o|tetla3|"
    r"troo7|yroo7o)"
)
_TRIG_AR = (
    "حبوب الحبوب حبات الحبات دوا الدوا دوائي دوايه ادويه الادويه مسكنات المسكنات منوم المنوم حبل "
    "الحبل شفرات الشفرات شفره امواس "
    + az_triggers("7bob 7bub dawa2i dawa adwye mosakenat 7abl shafrat shafra")
)
_REQ_AR = (
    "بستني استني بستنا ناطر ناطره بنطر انتظر بانتظر بانتظار منتظر منتظره ناقص جمعه الجمعه سبت "
    "السبت احد الاحد خميس الخميس الليله بكره بكرا لما لمن اول "
    + az_triggers("bestanna bestana estanna natra nater bntor bstana jom3a sabt a7ad leile lama "
                  "lamma awal")
)

# -- hi: Hinglish, then Devanagari (no trailing \b) ---------------------------------------
_PILLS_HL = r"(?:goliyan|goliya|goliyaan|goli|golia|dawai|dawaiyan|dawa|pills|tablets|emoji_pill)"
_STOCK_HL = (
    r"(?:jama|jamaa|ikatthi|ikkathi|ikathi|bacha (?:ke|kar)|chupa (?:ke|kar)|chhupa (?:ke|kar)|"
    r"chupayi|chhupayi|saved?|ready|taiyar|tayyar|kaafi|kafi|collect\w*)"
)
_OTHER_HL = r"(?:rassi|rasi|blade|blades|rope|emoji_rope|emoji_razor)"
_HELD_HL = (
    rf"{_STOCK_HL} (?:\w+ ){{0,4}}?{_PILLS_HL}|{_PILLS_HL} (?:\w+ ){{0,4}}?{_STOCK_HL}|{_OTHER_HL}"
)
_MOMENT_HL = (
    r"(?:weekend|friday|saturday|sunday|monday|shanivaar|shukravaar|raat|aaj raat|sahi (?:waqt|"
    r"time|mauka|moment)|sabke sone|sab (?:ke )?so jaane|ghar (?:ke )?khali|(?:mummy|mumma|papa|"
    r"ghar wale|gharwale)(?: papa)? (?:ke )?bahar|akeli|akela|akele) (?:\w+ ){0,3}?(?:ka|ki|ke)? ?"
    r"(?:wait|intezaar|intezar|intjar|intazar)|"
    r"(?:friday|saturday|sunday|monday|aaj raat|kal) (?:hi )?(?:wahi|woh|vo|wo) din|"
    r"(?:jab|aaj raat|raat ko) (?:sab|mummy|papa|ghar|gharwale) (?:\w+ ){0,2}?(?:so jaye\w*|so jaaye\w*|"
    r"soyenge|bahar|chale jaye\w*|khali)"
)
_PILLS_HI = r"(?:गोलियां|गोलियाँ|गोली|दवाई|दवाइयाँ|दवाइयां|दवा)"
_STOCK_HI = r"(?:जमा|बचा के|बचाकर|छुपा के|छुपाकर|छिपा|तैयार|काफी|इकट्ठा)"
_OTHER_HI = r"(?:रस्सी|ब्लेड)"
_HELD_HI = (
    rf"{_STOCK_HI}[^.।!?]{{0,30}}?{_PILLS_HI}|{_PILLS_HI}[^.।!?]{{0,30}}?{_STOCK_HI}|{_OTHER_HI}"
)
_MOMENT_HI = (
    r"(?:इंतज़ार|इंतजार|इन्तज़ार|इन्तजार|वेट)|वही दिन|(?:जब|जैसे ही) [^.।!?]{0,20}?(?:सो जाए|सो जाएं|सो "
    r"जायें|सो जाएँ|बाहर|कोई नहीं|अकेल)"
)
_TRIG_HL = (
    "goliyan goliya goliyaan goli golia dawai dawaiyan dawa rassi rasi blade blades rope emoji_rope "
    "emoji_razor emoji_pill"
)
_REQ_HL = "wait intezaar intezar intjar intazar din jab raat"

# -- tr (verb last: the moment is written object first) -------------------------------------
_PILLS_TR = (
    r"(?:hap(?:lar\w*|i|im\w*|imi|lari\w*)?|ilac\w*|uyku ilac\w*|antidepresan\w*|agri kesici\w*|"
    r"emoji_pill)"
)
_STOCK_TR = (
    r"(?:biriktir\w*|sakla\w*|topla\w*|yeterince|yeterli|hazir\w*|zula\w*|stokla\w*|sakli)"
)
_OTHER_TR = r"(?:ipi|ipim|ipimi|urgan\w*|jilet\w*|emoji_rope|emoji_razor|ip)"
_HELD_TR = rf"{_STOCK_TR} (?:\w+ ){{0,4}}?{_PILLS_TR}|{_PILLS_TR} (?:\w+ ){{0,4}}?{_STOCK_TR}|{_OTHER_TR}"
_GUN = r"(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)"
_MOMENT_TR = (
    r"(?:hafta sonu\w*|" + _GUN + r"\w*|bu gece\w*|gece\w*|aksam\w*|dogru an\w*|dogru zaman\w*|uygun "
    r"an\w*|uygun zaman\w*|herkesin uyuma\w*|uyumalari\w*|uyumasi\w*|gitmeleri\w*|gitmesi\w*|gidisi\w*|"
    r"cikmalari\w*|cikmasi\w*|yalniz kal\w*|"
    r"evin bos\w*|evde yalniz\w*) (?:\w+ ){0,2}?(?:bekl\w*|lazim)|"
    r"(?:" + _GUN + r"|bu gece|yarin)(?: gunu)? o gun|"
    r"(?:herkes|annem|babam|annemler|ailem|onlar) (?:\w+ ){0,2}?(?:uyuyunca|uyudugunda|uyuyunca|"
    r"gidince|gittiginde|cikinca|ciktiginda|yokken|olmayinca)|evde yalniz (?:kalinca|kaldigimda)"
)
_TRIG_TR = (
    "hap haplar haplari haplarimi haplarim hapi hapim hapimi ilac ilaci ilacim ilacimi ilaclar "
    "ilaclari ilaclarim ilaclarimi ilaclarini uyku antidepresan emoji_pill ip ipi ipim ipimi urgan "
    "urgani jilet jiletler jiletleri jiletlerim jiletlerimi emoji_rope emoji_razor"
)
_REQ_TR = (
    "bekliyorum beklerim bekleyecegim bekliyom bekle bekledim lazim gun gunu uyuyunca uyudugunda "
    "gidince gittiginde cikinca ciktiginda yokken olmayinca kalinca kaldigimda"
)

# -- pl ---------------------------------------------------------------------------------
_PILLS_PL = r"(?:tablet\w*|leki|lekow|lekami|pigul\w*|prochy|prochow|proszk\w*|emoji_pill)"
_STOCK_PL = (
    r"(?:odlozon\w*|odkladal\w*|odkladam|zbieram|zbieral\w*|uzbieral\w*|nazbieral\w*|schowal\w*|schowan\w*|"
    r"chowam|ukrylam|ukrylem|ukryte|wystarczajaco|dosc|gotowe|gotowy|przygotowal\w*|zapas\w*)"
)
_OTHER_PL = r"(?:sznur\w*|line|liny|zyletk\w*|emoji_rope|emoji_razor)"
_HELD_PL = rf"{_STOCK_PL} (?:\w+ ){{0,4}}?{_PILLS_PL}|{_PILLS_PL} (?:\w+ ){{0,4}}?{_STOCK_PL}|{_OTHER_PL}"
_DZIEN = r"(?:poniedzial\w+|wtor\w+|srod\w+|czwart\w+|piat\w+|sobot\w+|niedziel\w+)"
_GONE_PL = (
    r"(?:zasna|zasnie|wyjada|wyjedzie|wyjdzie|wyjda|pojdzie|pojda|pojada|beda spac|nie bedzie|nie "
    r"beda)"
)
_MOMENT_PL = (
    r"(?:czekam|czekac|poczekam|brakuje|zostalo) (?:tylko |juz |jeszcze )?(?:na |az |do )?(?:weekend\w*|"
    + _DZIEN + r"|noc\w*|wieczor\w*|odpowiedni\w* moment|moment|(?:\w+ )?" + _GONE_PL + r"|"
    r"(?:wszyscy|rodzice|mama|tata|oni) " + _GONE_PL + r"|zostane sam\w*|sam\w* w domu|pust\w* dom\w*)|"
    r"(?:" + _DZIEN + r"|dzis|dzisiaj|jutro) (?:to )?(?:ten|moj) dzien|dzien (?:jest )?(?:wybrany|"
    r"ustalony)|"
    r"(?:jak|kiedy|gdy|az) (?:\w+ )?(?:wszyscy|rodzice|mama|tata|oni) (?:\w+ )?" + _GONE_PL + r"|"
    r"(?:jak|kiedy|gdy|az) zostane sam\w*"
)
_TRIG_PL = (
    "tabletki tabletek tabletkami tabletke leki lekow lekami pigulki pigulek prochy prochow proszki "
    "proszkow emoji_pill sznur sznura sznurek line liny zyletki zyletek zyletka emoji_rope emoji_razor"
)
_REQ_PL = (
    "czekam czekac poczekam brakuje zostalo dzien jak kiedy gdy az weekend noc wieczor"
)

# -- id ---------------------------------------------------------------------------------
_PILLS_ID = r"(?:obat\w*|pil|pil tidur|antidepresan|parasetamol|panadol|emoji_pill)"
_STOCK_ID = (
    r"(?:kumpulin|ngumpulin|dikumpulin|kumpulkan|mengumpulkan|nyimpen|simpen|disimpen|menyimpan|"
    r"disimpan|umpetin|diumpetin|ngumpetin|sembunyiin|disembunyiin|nimbun|ditimbun|numpuk|cukup|siap|"
    r"siapin|disiapin)"
)
_OTHER_ID = r"(?:tali\w*|silet\w*|emoji_rope|emoji_razor)"
_HELD_ID = rf"{_STOCK_ID} (?:\w+ ){{0,4}}?{_PILLS_ID}|{_PILLS_ID} (?:\w+ ){{0,4}}?{_STOCK_ID}|{_OTHER_ID}"
_HARI = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)"
_WHO_ID = r"(?:ortu|mama|mamah|papa|papah|ibu|bapak|ayah|mereka|semua|orang rumah|semua orang)"
_GONE_ID = r"(?:pergi|tidur|liburan|keluar|kerja|mudik|udah tidur|pada tidur|pada pergi)"
_MOMENT_ID = (
    r"(?:nunggu|menunggu|tunggu|tinggal nunggu|nungguin) (?:\w+ )?(?:weekend|akhir pekan|" + _HARI
    + r"|malam ini|malem|waktu yang tepat|saat yang tepat|momen\w*|waktunya|" + _WHO_ID + r" "
    r"(?:\w+ )?" + _GONE_ID + r"|rumah (?:sepi|kosong)|sendirian)|"
    r"(?:" + _HARI + r"|malam ini|besok) (?:itu )?(?:harinya|hari nya|malamnya)|"
    r"(?:pas|waktu|kalo|kalau|begitu|setelah) (?:\w+ )?" + _WHO_ID + r" (?:\w+ )?" + _GONE_ID + r"|"
    r"(?:pas|kalo|kalau) (?:aku |gue |gw )?sendirian"
)
_TRIG_ID = (
    "obat obatnya obatku obat2 obat-obatan pil antidepresan parasetamol panadol emoji_pill tali "
    "talinya taliku silet siletnya emoji_rope emoji_razor"
)
_REQ_ID = (
    "nunggu menunggu tunggu nungguin harinya malamnya pas waktu kalo kalau begitu setelah"
)

# -- zh (unspaced) ----------------------------------------------------------------------
_HELD_ZH = (
    r"(?:攒|存|囤|藏|准备|备)了?[^，。！？,.!?]{0,8}?(?:药|绳子|刀片)|(?:药|安眠药|绳子|刀片)[^，。！？,.!?]{0,6}?"
    r"(?:攒够|存够|准备好|藏好|备好|够了|藏在|都准备)"
)
_MOMENT_ZH = (
    r"就等|只等|只差|就差|等(?:到)?(?:周末|周[一二三四五六日]|星期[一二三四五六日天]|今晚|晚上|合适|时机|那一?天|家里没人|"
    r"他们|爸妈|大家|所有人|没人)|(?:周[一二三四五六日]|星期[一二三四五六日天]|今晚|明天)就是(?:那|这)一?天|"
    r"(?:我妈|我爸|爸妈|他们|大家|家里人)(?:都)?(?:上班|出门|出去|睡着|不在家)的时候"
)

RULES: list[Rule] = [
    rule("self_harm:planning", "self_harm", _TRIG_RU, _pair(_HELD_RU, _MOMENT_RU),
         framed="generic", requires=_REQ_RU),
    rule("self_harm:planning", "self_harm", _TRIG_AR,
         _pair(_HELD_AR, _MOMENT_AR) + "|" + _pair(_HELD_AZ, _MOMENT_AZ), framed="generic",
         requires=_REQ_AR),
    rule("self_harm:planning", "self_harm", _TRIG_HL, _pair(_HELD_HL, _MOMENT_HL),
         framed="generic", requires=_REQ_HL),
    rule("self_harm:planning", "self_harm", "गोलियां गोलियाँ गोली दवाई दवाइयाँ दवाइयां दवा रस्सी ब्लेड",
         _raw_pair(_HELD_HI, _MOMENT_HI), framed="generic"),
    rule("self_harm:planning", "self_harm", _TRIG_TR, _pair(_HELD_TR, _MOMENT_TR),
         framed="generic", requires=_REQ_TR),
    rule("self_harm:planning", "self_harm", _TRIG_PL, _pair(_HELD_PL, _MOMENT_PL),
         framed="generic", requires=_REQ_PL),
    rule("self_harm:planning", "self_harm", _TRIG_ID, _pair(_HELD_ID, _MOMENT_ID),
         framed="generic", requires=_REQ_ID),
    rule("self_harm:planning", "self_harm", "药 绳子 刀片", _raw_pair(_HELD_ZH, _MOMENT_ZH, 30),
         framed="generic"),
]
