"""Xenophobic exclusion with no slur in ru tr pl id ar hi zh: the shapes of
harm_xenophobia.py (read its docstring first), appended to `harm.RULES`,
reason `bullying:xenophobia`.

"вали в свою страну", "возвращайся к себе на родину", "ülkene geri dön",
"geldiğin yere dön", "wracaj do swojego kraju", "pulang sana ke negaramu",
"ارجع لبلدك", "ارجع من وين ما جيت", "apne desh wapas jao", "पाकिस्तान चले
जाओ", "滚回你的国家去".  The order form of the verb (imperatives; the
Turkish, Polish and Arabic second-person imperatives are their own words),
to the reader's country or "where you came from".  The writer's trip
("я вернулся в свою страну", "ülkeme döndüm", "wróciłem do kraju", "رجعت
لبلدي", "main apne desh wapas jaunga"), questions about the reader's plans
("когда ты вернёшься в свою страну?", "kapan pulang ke negaramu?", "متى
ترجع لبلدك؟") and "pulang kampung" for the holidays pass.
"""

from __future__ import annotations

from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru (й is read as и, ё as е) -----------------------------------------------------
_NOT_TRIP_RU = r"(?![^.!?]{0,40}(?:на каникулы|летом|в отпуск|в гости|навестить|когда|\?))"
RULES: list[Rule] = [
    rule("bullying:xenophobia", "bullying",
         "вали валите катись катитесь убираися убираитесь проваливаи проваливаите уматываи "
         "уматываите чеши чешите возвращаися возвращаитесь езжаи езжаите уезжаи уезжаите понаехали "
         "место",
         r"\b(?:вали|валите|катись|катитесь|убираися|убираитесь|проваливаи|проваливаите|уматываи|"
         r"уматываите|чеши|чешите)(?: отсюда)? (?:обратно )?(?:в свою страну|на (?:свою )?родину|к "
         r"себе (?:на родину|в аул|в кишлак|в деревню|домои|в страну)|в свои аул|в свои кишлак|"
         r"откуда (?:приехал|приехала|приехали|пришел|пришла|понаехали))\b|"
         r"\b(?:возвращаися|возвращаитесь|езжаи|езжаите|уезжаи|уезжаите|едь) (?:обратно )?(?:в свою "
         r"страну|к себе на родину|на свою родину|откуда (?:приехал|приехала|приехали))\b"
         + _NOT_TRIP_RU + "|"
         r"\b(?:таким как ты|таким как вы|вам|тебе) (?:здесь|тут) не место\b|\bпонаехали тут\b|"
         r"\bубираися из (?:нашеи|моеи) страны\b"),
]

# -- tr (ı ş ğ ö ü ç are read as i s g o u c) ----------------------------------------
_NOT_TRIP_TR = r"(?![^.!?]{0,40}\b(?:tatilde|yazin|tatile|ziyarete|ne zaman|mi|mu)\b)"
# a holiday before the order ("tatilde kendi ülkene git, aileni görürsün")
_NOT_HOLIDAY_TR = "".join(f"(?<!{w} )(?<!{w} kendi )" for w in ("tatilde", "yazin", "bayramda", "tatile"))
RULES += [
    rule("bullying:xenophobia", "bullying",
         "ulkene ulkenize memleketine memleketinize geldigin geldiginiz defol defolun istenmiyor "
         "istemiyoruz",
         _NOT_HOLIDAY_TR + r"\b(?:(?:kendi )?(?:ulkene|ulkenize|memleketine|memleketinize)|geldigin yere|geldiginiz "
         r"yere) (?:geri )?(?:don|donun|git|gidin|defol|defolun|def ol|yollanin|kacin)\b"
         + _NOT_TRIP_TR + "|"
         r"\bdefol(?:un)? (?:git )?(?:kendi )?(?:ulkene|ulkenize|memleketine|memleketinize)\b|"
         # the verb first: "git kendi ülkene" (a holiday before it passes: "tatilde ülkene git")
         + _NOT_HOLIDAY_TR + r"\b(?:git|gidin|don|donun|geri don|geri donun)"
         r" (?:kendi )?(?:ulkene|ulkenize|memleketine|memleketinize)\b" + _NOT_TRIP_TR + "|"
         r"\b(?:senin gibiler|sizin gibiler|senin gibi (?:insanlar|gocmenler|multeciler)) (?:burada|"
         r"bu ulkede) (?:istenmiyor|istenmez|yer yok|olmamali)\b|"
         r"\b(?:burada|bu ulkede) (?:seni|sizi|senin gibileri) (?:istemiyoruz|kimse istemiyor)\b|"
         r"\b(?:burada|bu ulkede) (?:istemiyoruz|kimse istemiyor) (?:seni|sizi|senin gibileri)\b"),
]

# -- pl (ą ę ł ó ś ż are read as a e l o s z) ----------------------------------------
_NOT_TRIP_PL = r"(?![^.!?]{0,40}\b(?:na wakacje|w wakacje|latem|w odwiedziny|kiedy)\b)"
RULES += [
    rule("bullying:xenophobia", "bullying",
         "wracaj wracajcie wynos wynoscie spadaj spadajcie jedz jedzcie wypad tacy",
         r"\b(?:wracaj|wracajcie|wynos sie|wynoscie sie|spadaj|spadajcie|jedz|jedzcie|wypad|"
         r"wypierdalaj|spierdalaj)(?: stad)? (?:do (?:swojego|swego|siebie do) (?:kraju|domu do "
         r"swojego kraju)|do swojej ojczyzny|do siebie do kraju|tam skad (?:przyjechales|"
         r"przyjechalas|przyjechaliscie|przyszedles|przyszlas|jestes))\b" + _NOT_TRIP_PL + "|"
         r"\b(?:wracaj|wracajcie|spadaj|wynos sie) (?:do )?(?:ukrainy|afryki|syrii|arabii|turcji|"
         r"indii|pakistanu|rumunii)\b|"
         r"\btacy jak (?:ty|wy) (?:nie maja tu czego szukac|nie sa tu mile widziani|nie powinni tu "
         r"byc|maja wracac)\b|\bnikt (?:was|cie) tu nie chce,? (?:obcokrajowcu|imigrancie|"
         r"uchodzco)\b"),
]

# -- id ----------------------------------------------------------------------------
_NOT_TRIP_ID = r"(?![^.!?]{0,40}\b(?:kapan|liburan|lebaran|nanti|tahun depan|minggu depan|mudik)\b)"
RULES += [
    rule("bullying:xenophobia", "bullying",
         "pulang balik kembali pulanglah baliklah negaramu negeri negara",
         r"(?<!kapan )(?<!mau )(?<!akan )(?<!kalau )(?<!kalo )(?<!pas )(?<!waktu )(?<!udah )"
         r"(?<!sudah )(?<!nanti )(?<!aku )(?<!gue )(?<!gw )(?<!saya )\b(?:pulang|balik|kembali|"
         r"pulanglah|baliklah|minggat)(?: aja| sana| aj| lah)?(?: sana)? ke (?:negara|negeri|negri)"
         r"(?:mu|nya| lo| lu| kamu| asal(?:mu| lo| lu| kamu)?| lo sendiri| lu sendiri| kamu sendiri|"
         r" sendiri)\b" + _NOT_TRIP_ID + "|"
         r"\b(?:orang|org) (?:kayak|kaya|seperti|macam) (?:lo|lu|kamu|elo|kalian) (?:gak|ga|nggak|"
         r"tidak) (?:diterima|pantes|boleh) (?:di sini|disini|di negara ini)\b"),
]

# -- ar (ة is read as ه, أ as ا) ---------------------------------------------------
_NOT_TRIP_AR = r"(?![^.!?؟]{0,40}(?:الصيف|بالصيف|العطله|بالعطله|للزياره|زياره|متى|[?؟]))"
RULES += [
    rule("bullying:xenophobia", "bullying",
         "ارجع ارجعوا ارجعي روح روحوا روحي انقلع انقلعوا اطلع اطلعوا امشي",
         r"(?:ارجع|ارجعوا|ارجعو|ارجعي|روح|روحوا|روحو|روحي|انقلع|انقلعوا|انقلعي|اطلع|امشي)(?: يا \S+)? "
         r"(?:ل|على |الى |ع |ل)?(?:بلدك|بلادك|بلدكم|بلادكم|ديرتك|بلدك الاصلي|بلادك الاصليه)"
         + _NOT_TRIP_AR + "|"
         r"(?:ارجع|ارجعوا|ارجعي|روح|انقلع|انقلعوا) (?:من مكان ما|من وين ما|من حيث|مطرح ما|محل ما) "
         r"(?:جيت|اتيت|جيتوا|اتيتم|جيتي)|"
         r"(?:اطلع|اطلعوا|اطلعي|انقلع|انقلعوا) (?:برا |من )?(?:بلادنا|بلدنا|ديرتنا)|"
         r"(?:امثالك|اشكالك|الاجانب امثالك) (?:مو|مش|غير|ما) (?:مرحب|مرغوب) (?:فيهم|بهم|فيك)"),
]

# -- hi: Hinglish, Devanagari ------------------------------------------------------
RULES += [
    _r("bullying:xenophobia", "bullying", "desh mulk wapas waapas chale chala chali bhej bhejo",
       r"\b(?:apne|apni|tere|tumhare) (?:desh|mulk|watan|country) (?:wapas|waapas|vapas|laut) (?:jao|"
       r"ja|chale jao|chala ja|chali ja|chalo|nikal|jaa)\b(?! (?:ge|gi|nge)\b)|"
       r"\b(?:jahan|jaha) se aaye (?:ho|the) (?:wahan|waha|wahin|wahi) (?:wapas|waapas|vapas) (?:jao|"
       r"ja|chale jao|chala ja)\b|\b(?:wapas|waapas|vapas) (?:jao|ja|chale jao) (?:jahan|jaha) se "
       r"aaye (?:ho|the)\b|"
       r"\b(?:pakistan|bangladesh) (?:chale jao|chala ja|chali ja|jao|ja|bhej denge|bhejo isko|bhejo "
       r"inko|bhej do)\b", quoted=False),
    _r("bullying:xenophobia", "bullying", "देश मुल्क पाकिस्तान बांग्लादेश आए",
       r"(?:अपने|अपनी|तेरे|तुम्हारे) (?:देश|मुल्क|वतन) (?:वापस|लौट) (?:जाओ|जा|चले जाओ|चला जा|चली जा)"
       r"(?![\u0900-\u097f])|"
       r"(?:जहाँ|जहां) से आए (?:हो|थे) (?:वहीं|वहाँ|वहां) (?:वापस )?(?:जाओ|चले जाओ|चला जा)|"
       r"(?:पाकिस्तान|बांग्लादेश) (?:चले जाओ|चला जा|चली जा|भेज देंगे|भेज दो)", quoted=False),
]

# -- zh ----------------------------------------------------------------------------
RULES += [
    zrule("bullying:xenophobia", "bullying", "滚 回 外国",
          r"滚回(?:你们?|你自己)?(?:的)?(?:国家|老家|祖国|非洲|家乡|村里)|"
          r"滚出(?:我们|我的)?(?:国家|中国|这个国家)|"
          r"(?:从哪来|哪来的)(?:就)?(?:滚)?回哪(?:去|儿去|里去)|"
          r"回你(?:们)?(?:自己)?(?:的)?(?:国家|祖国)去(?:吧)?(?![^。!?]{0,6}(?:玩|看看|过年|度假|吗|\?))|"
          r"外国人(?:都)?滚(?:出去|回去)|你们这种(?:外国人|外地人)(?:不配|滚)"),
]
