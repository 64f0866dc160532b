"""Investment and crypto spam with no mentor and no promoted person in tr pl id hi ru ar
zh (appended to `spam.RULES` after `spam_invest.py`, whose docstring explains the five
parts and the rules of each language).

    "bitcoin ile günde 500 TL kazan, sadece 20 TL yatır, özelden yaz, GARANTİLİ",
    "zarabiaj 500 zł dziennie na bitcoinie, zainwestuj tylko 20 zł, pisz na priv",
    "зарабатывай 500$ в день на биткоине, вложи всего 20$, пиши в личку, ГАРАНТИЯ",
    "اربح 500 دولار يوميا من البيتكوين، استثمر 20 فقط، راسلني خاص، مضمون",
    "每天用比特币赚500元，只需投资20元，私聊我，保证", "投20元，24小时回本200元，稳赚".

Turkish and Hindi put the verb last ("sadece 20 TL yatır", "sirf 20 lagao"), so
their invest part is an amount then the verb; Arabic words take attached
prefixes ("واستثمر"), so its parts have no leading word boundary; Chinese is
matched unspaced against the normalised text with its own warning look-ahead
(骗, 诈骗, 假的: "老师说'稳赚不赔'都是骗局" passes).  Relatives' losses
("amcam kriptoda para kaybetti", "мой дядя потерял деньги на биткоине",
"我叔叔炒币亏了很多钱") name no imperative and no rate and pass.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule
from .spam_invest import MONEY, SCHEME_ANY, lang_rules
from .spam_mentor import _AMT

# -- tr (folded: ı -> i, ş -> s, ğ -> g, ü -> u, ö -> o, ç -> c) --------------------
_SPAN_TR = (r"(?:gunde|gunluk|haftada|haftalik|her gun|ayda|aylik|(?:24|48|\d+) saatte|(?:bir|1) "
            r"(?:haftada|gunde))")
_EARN_TR = (
    r"\b" + _SPAN_TR + r" (?:\w+ )?" + MONEY + r" (?:\w+ )?(?:kazan|kazanin|kazanabilirsin|"
    r"kazanirsin|kazandiriyor|kazandirir|veriyor|oduyor|cek|cekin|al|alin)\b"
    + r"|\b" + MONEY + r" (?:kazan|kazanin|kazanabilirsin|kazanirsin) " + _SPAN_TR
    + r"|\bparan\w* (?:ikiye|uce|2ye|iki katina) (?:katla|katlayin|katlar|katliyor)\w*"
)
_DOUBLE_TR = (r"\b(?:paran\w* |paranizi )?(?:ikiye|uce|iki katina) (?:katlarim|katliyorum|"
              r"cikaririm|katlayacagim)\b")
_INVEST_TR = (r"\b(?:sadece|yalnizca|yalniz|en az|sadece ve sadece|minimum) " + MONEY
              + r" (?:\w+ )?(?:yatir|yatirin|yatirarak|yatirip|gonder|gonderin|at|atin)\b"
              + r"|\b" + MONEY + r" (?:yatir|yatirin|yatirip)\b")
_GUAR_TR = (r"\b(?:garantili|garanti|garantilidir|risksiz|sifir risk|yuzde 100|100 guvenilir|"
            r"kayip yok|zarar yok)\b")
_CTA_TR = r"\b(?:ozelden yaz\w*|ozelden|dm at\w*|dmden|bana yaz\w*|mesaj at\w*|bana ulas\w*)\b"
_SCHEME_TR = ("kripto kriptodan kriptoya kriptoyla kriptoda bitcoinle bitcoinden borsa borsadan "
              "yatirim yatirimla botu botla uygulama uygulamasi uygulamayla sistem")

# -- pl (folded: ł -> l, ą -> a, ę -> e, ś -> s, ż/ź -> z, ó -> o) --------------------
_SPAN_PL = (r"(?:dziennie|na dzien|codziennie|tygodniowo|w tydzien|na tydzien|miesiecznie|w miesiac|"
            r"w (?:24|48|\d+) ?(?:h|godziny|godzin)|w dobe)")
_EARN_PL = (
    r"\b(?:zarabiaj|zarob|zarabiajcie|zgarniaj|wyplacaj|odbieraj|zarabiasz|zarobisz) (?:nawet |do |"
    r"ponad )?" + MONEY + r" (?:\w+ )?" + _SPAN_PL
    + r"|\b(?:placi|daje|przynosi) (?:mi|ci|nam) " + MONEY + r" (?:\w+ )?" + _SPAN_PL
    + r"|\b(?:podwoj|potroj|pomnoz) (?:swoje|twoje) pieniadze\b"
)
_DOUBLE_PL = (r"\b(?:podwoje|potroje|podwoimy|pomnoze) (?:ci |wam )?(?:to|je|twoje pieniadze|kazda "
              r"kwote|wszystko)\b")
_INVEST_PL = (r"\b(?:zainwestuj|zainwestujcie|wplac|wplaccie|wrzuc|przelej|wyslij) (?:tylko |juz od "
              r"|minimum |zaledwie |jedyne |od )?" + MONEY)
_GUAR_PL = (r"\b(?:gwarantowan\w*|gwarancja|gwarancja zysku|bez ryzyka|zero ryzyka|100 pewne|"
            r"100 pewny|pewny zysk)\b")
_CTA_PL = r"\b(?:(?:pisz|napisz) na priv(?:ate)?|na priv(?:ate)?|na pw|pisz pw|pisz priv(?:ate)?|zapytaj jak)\b"
_SCHEME_PL = ("kryptowaluty kryptowalut kryptowalutach krypto bitcoinie bitcoina bitcoinach "
              "inwestycje inwestycji gielda gieldzie bota botem aplikacja aplikacji")

# -- id --------------------------------------------------------------------------------
_SPAN_ID = (r"(?:per hari|perhari|sehari|tiap hari|setiap hari|seminggu|per minggu|sebulan|per "
            r"bulan|dalam (?:24|48|\d+) jam|1x24 jam)")
_EARN_ID = (
    r"\b(?:dapat|dapet|dpt|cuan|profit|untung|hasilkan|raih|dapatkan|wd) (?:sampai |hingga |sampe )?"
    + MONEY + r" (?:\w+ )?" + _SPAN_ID
    + r"|\b" + _SPAN_ID + r" (?:bisa )?(?:dapat|dapet|dpt|cuan|profit|untung|wd) " + MONEY
    + r"|\b(?:gandain|lipat gandakan|lipatgandakan) (?:uang|duit|modal)\w*"
)
_DOUBLE_ID = (r"\b(?:aku|gue|gw|saya|kami) (?:bisa |akan |bakal )?(?:gandain|lipat gandakan|"
              r"lipatgandakan) (?:uang|duit|modal)\w*")
_INVEST_ID = (r"\b(?:modal|depo|deposit|investasi|tf|transfer|setor|topup|top up) (?:cuma |cukup |"
              r"hanya |mulai |min |minimal |dari )?" + MONEY)
_GUAR_ID = (r"\b(?:dijamin|pasti cair|pasti untung|pasti profit|tanpa risiko|anti rugi|100 aman|"
            r"no tipu|bukan penipuan)\b")
_CTA_ID = (r"\b(?:(?:chat|dm|wa|pm|inbox) (?:aku|gue|gw|saya|admin)|japri|hubungi (?:aku|saya|"
           r"kami))\b")
_SCHEME_ID = "kripto investasi saham aplikasi trading robot"

# -- hi (romanised) ---------------------------------------------------------------------
_SPAN_HI = (r"(?:roz|rozana|daily|har din|per day|din ke|har hafte|hafte ke|hafte mein|mahine ke|"
            r"(?:24|48) ghante mein)")
_EARN_HI = (
    r"\b" + _SPAN_HI + r" (?:ke )?" + MONEY + r" (?:tak )?(?:kamao|kamaiye|kamaye|kamaa|kama|kamate|"
    r"kamata|kamati|milenge|milte|paao|pao|paye|kamaane)\b"
    + r"|\b" + MONEY + r" (?:tak )?" + _SPAN_HI + r" (?:kamao|kamaiye|milenge|pao|paao|kamaye|kamata|"
    r"kamate)\b|\bpaise (?:double|doguna|dugna) (?:karo|karein|honge|ho jayenge)\b"
)
_DOUBLE_HI = (r"\b(?:main|mai|hum) (?:tumhare |aapke |tere )?(?:paise )?(?:double|doguna|dugna|triple) "
              r"kar (?:dunga|denge|dungi)\b|\bpaise double kar (?:dunga|denge)\b")
_INVEST_HI = (r"\b(?:sirf|bas|only|keval|kewal) " + MONEY + r" (?:\w+ )?(?:lagao|lagaiye|lagaye|"
              r"daalo|dalo|invest karo|jama karo|bhejo)\b|\b" + MONEY + r" (?:invest karo|lagao|"
              r"lagaiye|jama karo)\b")
_GUAR_HI = (r"\b(?:guaranteed|guarantee|pakka|100 pakka|100 sure|koi risk nahi|no risk|zero risk|"
            r"risk free)\b")
_CTA_HI = (r"\b(?:(?:dm|msg|message|inbox|whatsapp|ping) (?:karo|kro|karein|kijiye)|mujhe message|"
           r"mujhse baat|sampark karein)\b")
_SCHEME_HI = "nivesh share sharemarket app trading"

# -- ru (folded: й -> и, ё -> е) ----------------------------------------------------------
_SPAN_RU = (r"(?:в день|в сутки|за день|за сутки|ежедневно|каждыи день|в неделю|за неделю|в месяц|"
            r"за месяц|за (?:24|48|\d+) (?:часа|часов|ч))")
_EARN_RU = (
    r"\b(?:зарабатываи|зарабатываите|заработаи|заработаите|получаи|получаите|получи|выводи|"
    r"забираи) (?:от |до |по )?" + MONEY + r" (?:\S+ )?" + _SPAN_RU
    + r"|\b(?:платит|приносит|дает) (?:мне|тебе|нам) " + MONEY + r" (?:\S+ )?" + _SPAN_RU
    + r"|\b(?:удвои|утрои|приумножь) (?:свои |твои )?(?:деньги|вклад|депозит)"
)
_DOUBLE_RU = r"\b(?:удвою|утрою|удвоим|утроим|умножу)\b"
_INVEST_RU = (r"\b(?:вложи|вложите|инвестируи|инвестируите|закинь|закиньте|внеси|внесите|переведи|"
              r"переведите|скинь|скиньте) (?:всего |только |лишь |от |хотя бы |минимум )?" + MONEY)
_GUAR_RU = (r"\b(?:гарантия|гарантирую|гарантированн\S*|без риска|без рисков|100 процентов|"
            r"стопроцентн\S*)")
_CTA_RU = r"\b(?:пиши|пишите|напиши|напишите) (?:мне|в лс|в личку|в директ)|\bв (?:лс|личку)\b"
_SCHEME_RU = ("биткоин биткоине биткоина биткоинах крипта крипте крипту криптои крипто "
              "криптовалюта криптовалюте криптовалюту криптовалюты трейдинг трейдинге бот бота "
              "ботом инвестиции инвестициях форекс биржа бирже")

# -- ar (attached prefixes: no leading word boundary) --------------------------------------
_SPAN_AR = (r"(?:يوميا|في اليوم|باليوم|كل يوم|اسبوعيا|في الاسبوع|بالاسبوع|شهريا|في الشهر|بالشهر|"
            r"(?:خلال|في) (?:24|48|\d+) ساعه)")
_EARN_AR = (
    r"(?:اربح|اربحي|اكسب|اكسبي|تربح|تكسب|حقق|حققي|اسحب|اسحبي) (?:\S+ )?" + _AMT + r" (?:\S+ )?"
    + _SPAN_AR
    + r"|(?:يعطيني|يجيبلي|يدخلي|يربحني|يكسبني|بيجيبلي) " + _AMT + r" (?:\S+ )?" + _SPAN_AR
    + r"|(?:ضاعف|ضاعفي) (?:فلوسك|اموالك|راس مالك)"
)
_DOUBLE_AR = r"(?:اضاعف|بضاعف|راح اضاعف|رح ضاعف|هضاعف|حضاعف)(?:ها|هم)?(?: ?لك| ?لكي)?(?=\s|$)"
_INVEST_AR = (r"(?:استثمر|استثمري|حط|حطي|ادفع|ادفعي|حول|حولي|اشحن|ابدا ب) (?:فقط |بس )?" + _AMT
              + r"(?! ?(?:نقطه|نقاط|جوهره|جواهر|روبوكس|شده|شدات))")
_GUAR_AR = (r"(?:مضمون|مضمونه|ضمان|بدون مخاطره|بدون مخاطر|بدون خساره|ربح اكيد)(?=\s|$)")
_CTA_AR = (r"(?:راسلني|راسليني|كلمني|كلميني|تواصل معي|تواصلي معي|على الخاص|ع الخاص|خاص|"
           r"واتساب)(?=\s|$)")

# -- zh (unspaced, against the normalised text: "!?" are NFKC-folded) ----------------------
_ZW = r"(?![^。!?]{0,20}(?:骗|诈|假的|别信|不要信|小心|坑人))"
_ZG = r"[^。!?]{0,40}?"
_INVEST_ZH = r"(?:只需|只要|仅需|最低|最少)?(?:投资|投入|投|充值|入金)(?:个)?\d+"
_EARN_ZH = (r"(?:每天|一天|每日|日|每周|一周|每月|24小时|24h|一个月)[^。!?]{0,6}(?:赚|收益|回报|入账|返|挣|"
            r"到手|回本)[^。!?]{0,3}\d+|(?:赚|挣|收益|回报|回本)[^。!?]{0,3}\d+[^。!?]{0,3}(?:每天|一天|每日|"
            r"/天|每周)|(?:资金|收益|本金|你的钱)翻(?:倍|番)|(?:帮你|给你)(?:翻倍|翻番)")
_GUAR_ZH = r"(?:保证|稳赚|包赚|零风险|无风险|百分百|100%|保本|只赚不赔|不亏)"
_CTA_ZH = r"(?:私聊|私信|加我|联系我|进群|加微信|加v|滴滴我|找我)"


def _zh_either(first: str, second: str) -> str:
    return (r"(?:" + first + r")" + _ZW + _ZG + r"(?:" + second + r")" + _ZW + r"|(?:" + second
            + r")" + _ZW + _ZG + r"(?:" + first + r")" + _ZW)


RULES: list[Rule] = [
    *lang_rules(_INVEST_TR, "sadece yalnizca yalniz en minimum yatir yatirin yatirip", _EARN_TR,
                "gunde gunluk haftada haftalik her ayda aylik saatte kazan kazanin kazanabilirsin "
                "kazanirsin paran parani paranizi paranı", _DOUBLE_TR, "katlarim katliyorum "
                "cikaririm katlayacagim", _GUAR_TR, _CTA_TR, SCHEME_ANY + " " + _SCHEME_TR,
                "gunde gunluk haftada haftalik gun ayda aylik saatte katlarim katliyorum cikaririm "
                "katlayacagim kazan kazanin garantili garanti garantilidir risksiz risk 100 kayip "
                "zarar"),
    *lang_rules(_INVEST_PL, "zainwestuj zainwestujcie wplac wplaccie wrzuc przelej wyslij", _EARN_PL,
                "zarabiaj zarob zarabiajcie zgarniaj wyplacaj odbieraj zarabiasz zarobisz placi daje "
                "przynosi podwoj potroj pomnoz", _DOUBLE_PL, "podwoje potroje podwoimy pomnoze",
                _GUAR_PL, _CTA_PL, SCHEME_ANY + " " + _SCHEME_PL,
                "dziennie dzien codziennie tygodniowo tydzien miesiecznie miesiac h godziny godzin "
                "dobe podwoje potroje podwoimy pomnoze gwarantowane gwarantowany gwarantowana "
                "gwarancja ryzyka pewne pewny"),
    *lang_rules(_INVEST_ID, "modal depo deposit investasi tf transfer setor topup top", _EARN_ID,
                "dapat dapet dpt cuan profit untung hasilkan raih dapatkan wd per perhari sehari "
                "tiap setiap seminggu sebulan dalam gandain lipat lipatgandakan", _DOUBLE_ID,
                "gandain lipat lipatgandakan", _GUAR_ID, _CTA_ID, SCHEME_ANY + " " + _SCHEME_ID,
                "hari perhari sehari seminggu minggu sebulan bulan jam gandain lipat "
                "lipatgandakan dijamin pasti risiko rugi aman tipu penipuan profit cuan untung "
                "dapat dapet dpt wd"),
    *lang_rules(_INVEST_HI, "sirf bas only keval kewal invest lagao lagaiye jama", _EARN_HI,
                "roz rozana daily har per din hafte mahine ghante paise", _DOUBLE_HI,
                "double doguna dugna triple", _GUAR_HI, _CTA_HI, SCHEME_ANY + " " + _SCHEME_HI,
                "roz rozana daily din hafte mahine ghante double doguna dugna triple guaranteed "
                "guarantee pakka sure risk kamao kamaiye milenge pao paao"),
    *lang_rules(_INVEST_RU, "вложи вложите инвестируи инвестируите закинь закиньте внеси внесите "
                "переведи переведите скинь скиньте", _EARN_RU, "зарабатываи зарабатываите "
                "заработаи заработаите получаи получаите получи выводи забираи платит приносит "
                "дает удвои утрои приумножь", _DOUBLE_RU, "удвою утрою удвоим утроим умножу",
                _GUAR_RU, _CTA_RU, SCHEME_ANY + " " + _SCHEME_RU,
                "день сутки ежедневно неделю месяц часа часов ч удвою утрою удвоим утроим умножу "
                "удвои утрои гарантия гарантирую гарантированно гарантированныи гарантированная "
                "риска рисков процентов стопроцентно"),
    *lang_rules(_INVEST_AR, "استثمر استثمري حط حطي ادفع ادفعي حول حولي اشحن ابدا واستثمر وحط وادفع",
                _EARN_AR, "اربح اربحي اكسب اكسبي تربح تكسب حقق حققي اسحب اسحبي يعطيني يجيبلي يدخلي "
                "يربحني يكسبني بيجيبلي ضاعف ضاعفي واربح واكسب", _DOUBLE_AR,
                "اضاعف بضاعف اضاعفها بضاعفها اضاعفلك بضاعفلك ضاعف هضاعف حضاعف", _GUAR_AR,
                _CTA_AR, "بيتكوين البيتكوين كريبتو الكريبتو تداول التداول فوركس الفوركس العملات بوت "
                "البوت استثمار الاستثمار منصه المنصه تطبيق التطبيق",
                "يوميا اليوم باليوم يوم اسبوعيا الاسبوع بالاسبوع شهريا الشهر بالشهر ساعه مضمون "
                "مضمونه ضمان مخاطره مخاطر خساره اكيد اضاعف بضاعف ضاعف هضاعف حضاعف اضاعفها "
                "بضاعفها وبضاعفها واضاعفها اضاعفلك بضاعفلك"),
    zrule("spam:scam", "spam", "投 充值 入金",
          _zh_either(_INVEST_ZH, _EARN_ZH + r"|" + _GUAR_ZH + r"|" + _CTA_ZH)),
    zrule("spam:scam", "spam", "赚 挣 收益 回报 回本 翻倍 翻番 到手 入账",
          _zh_either(_EARN_ZH, _GUAR_ZH + r"|" + _CTA_ZH)),
]
