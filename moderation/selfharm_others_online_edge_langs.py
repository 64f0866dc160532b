"""Someone the child knows only online, at an edge now (see
`selfharm_others_online_edge.py`): the tables of Russian, Polish, Turkish,
Indonesian, Arabic (script and Arabizi), Hindi (Hinglish and Devanagari) and
Chinese.

Why: the same reports passed in these languages - "девочка с которой я
играю в роблокс сидит на подоконнике и говорит что выпрыгнет", "roblox
oynadığım bir kız balkon korkuluğunda oturuyor atlıcam diyor", "cowok dari
server discord aku bilang dia lagi di atap gedungnya dan mau lompat", "واحد
من سيرفر الديسكورد تبعي بيقول انه على سطح بنايته ورح ينط", "mere discord
server ka ek ladka bol raha hai ki wo apni building ki chhat pe hai aur kood
jayega": the person is named by the game or the app, which the older guards
read as a game.

How: `selfharm_others_online_base.online_edge` over the edge and jump tables
of `selfharm_others_edge_langs.py`, with the online person of each language:
someone from / in / on a server, an app, a game ("с моего дискорд сервера",
"z mojego serwera", "discord sunucumdan", "dari server discord", "من سيرفر",
"discord server ka", "游戏群里的"), someone the child plays or talks with
("с которой я играю", "z którą gram", "oynadığım", "yang suka mabar
bareng", "اللي بلعب معه", "jiske saath main khelta", "一起打游戏的"), an
online friend ("онлайн друг", "internetowy kolega", "internet arkadaşım",
"网友").

What passes: a jump inside a game ("в майнкрафте", "w grze", "oyunda", "di
game", "باللعبه", "game mein", "游戏里"), laughter, a past that is over,
fiction, and the pool, the water, a trampoline, parkour, a pet.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rule_heads import with_stems, zh_spellings
from .rules import Rule
from .selfharm_others_edge_langs import (
    _EDGE_AR,
    _EDGE_AZ,
    _EDGE_HI,
    _EDGE_HL,
    _EDGE_ID,
    _EDGE_PL,
    _EDGE_RU,
    _EDGE_TR,
    _EDGE_ZH,
    _JUMP_AR,
    _JUMP_AZ,
    _JUMP_HI,
    _JUMP_HL,
    _JUMP_ID,
    _JUMP_PL,
    _JUMP_RU,
    _JUMP_TR,
    _JUMP_ZH,
    _TRIG_AR,
    _TRIG_AZ,
    _TRIG_HI,
    _TRIG_HL,
    _TRIG_ID,
    _TRIG_PL,
    _TRIG_RU,
    _az,
)
from .selfharm_others_now_base import _NB
from .selfharm_others_online_base import _NAME, online_edge, online_rule

# -- ru ("й" reads "и") -------------------------------------------------------------------------------
_APPS_RU = (
    r"дискорд\w*|discord\w*|сервер\w*|игр\w*|роблокс\w*|roblox|маинкрафт\w*|minecraft|фортнаит\w*|fortnite|"
    r"интернет\w*|онлаин\w*|стрим\w*|клан\w*|тикток\w*|инст\w*|чат\w*|телеграм\w*|тг|кс|доты|дотк\w*|стандофф\w*"
)
_WHO_RU = (
    r"(?<!если )(?:"
    r"(?:парень|парня|девочка|девушка|чел|человек|тип|пацан|друг|подруга|знакомыи|знакомая|игрок|стример|"
    r"стримерша|кто то|кто-то|один|одна|одного|одну)\w* (?:\S+ ){0,2}?(?:с|из|в|на|по) (?:моего |нашего |моеи |"
    r"нашеи |моем |нашем |одного |одном )?(?:\S+ )?(?:" + _APPS_RU + r")|"
    r"(?:с )?(?:которым|которои|кем) (?:я |мы )?(?:\S+ )?(?:играю|играем|играла|играл|общаюсь|общаемся|"
    r"переписываюсь|переписываемся|познакомил\w*)|"
    r"(?:мои|моя|наш|наша) (?:онлаин|интернет)[ -]?(?:друг|подруга|знакомыи|знакомая)|онлаин[ -]?(?:друг|"
    r"подруга)\w*|(?:друг|подруга|знакомыи|знакомая)\w* по (?:игре|интернету|переписке|дискорду|серверу)|"
    r"тиммеит\w*|стример\w*)"
)
_INGAME_RU = (
    r"(?<!играю )(?<!играем )(?<!играла )(?<!играл )(?<!познакомились )в (?:игре|маинкрафте|роблоксе|фортнаите|гта|"
    r"карте|катке|матче)\b|на карте|респавн\w*|(?:его|ее|мои) "
    r"(?:персонаж|аватар|скин)|хаха\w*|ахах\w*|лол|шутк\w*|прикол\w*|в прошлом году|(?:год|года|лет|месяц\w*) "
    r"назад|(?:сеичас|теперь) (?:\S+ )?(?:в порядке|нормально|хорошо)|сериал\w*|фильм\w*|аниме|бассеин\w*|"
    r"в воду|батут\w*|паркур\w*|кот|кота|котик\w*|кошк\w*|собак\w*|от радости"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_RU = (
    r"сообщил\w* (?:учител\w*|админ\w*|в полицию)|вызвали полицию|уже в безопасности"
)
_STEMS_RU = "прыг|сигану|сигать|выброс|брос|шагн"

# -- pl (the phrase form strips the accents: "ktorą" -> "ktora") --------------------------------------
_APPS_PL = (
    r"discord\w*|serwer\w*|server\w*|gry|grze|gra|roblox\w*|minecraft\w*|fortnite\w*|internetu|necie|neta|"
    r"online|tiktok\w*|insta\w*|instagram\w*|klan\w*|czat\w*|streama|streamie|twitch\w*"
)
_WHO_PL = (
    r"(?<!jesli )(?<!jezeli )(?<!gdyby )(?:"
    r"(?:chlopak|dziewczyna|ziom|ziomek|ziomal|typ|typek|kolega|kolezanka|ktos|gracz|graczka|streamer|osoba|"
    r"laska|koles|jeden|jedna)\w* (?:\S+ ){0,2}?(?:z|ze|na|w|we) (?:mojego |naszego |mojej |naszej |moim |"
    r"naszym )?(?:\S+ )?(?:" + _APPS_PL + r")|"
    r"(?:z )?(?:ktorym|ktora|kim) (?:\S+ )?(?:gram|gramy|gralam|gralem|pisze|piszemy|rozmawiam|rozmawiamy|"
    r"poznalam|poznalem)|"
    r"(?:moj|moja|nasz|nasza) (?:internetowy|internetowa|online) (?:kolega|kolezanka|przyjaciel|przyjaciolka|"
    r"ziom)|(?:kolega|kolezanka|przyjaciel|przyjaciolka)\w* z (?:internetu|neta|gry|discorda)|streamer\w*)"
)
_INGAME_PL = (
    r"(?<!gram )(?<!gramy )(?<!gralam )(?<!gralem )(?<!poznalam )(?<!poznalem )w (?:grze|minecrafcie|minecraft|"
    r"robloxie|fortnite|gta|meczu|rundzie)\b|na mapie|z mapy|respawn\w*|"
    r"(?:jego|jej|moja|moj) (?:postac|avatar|skin)|xd+|haha\w*|zart\w*|w zeszlym roku|(?:lat|rok|miesiac\w*) "
    r"temu|(?:juz|teraz) (?:\S+ )?(?:dobrze|ok)|serial\w*|film\w*|anime|basen\w*|do wody|trampolin\w*|parkour\w*|"
    r"kot\w*|pies|psa|z radosci"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_PL = (
    r"zglosil\w*|(?:powiedzial\w*|powiadomil\w*) (?:nauczyciel\w*|admin\w*|policj\w*)|jest (?:juz )?bezpieczn\w*"
)
_STEMS_PL = "skocz|skacz|skoc|rzuci"

# -- tr (the suffixes carry the place and the person) -------------------------------------------------
_APPS_TR = (
    r"discord\w*|sunucu\w*|server\w*|oyun\w*|roblox\w*|minecraft\w*|fortnite\w*|pubg\w*|valorant\w*|"
    r"instagram\w*|insta\w*|tiktok\w*|online|internet\w*|klan\w*|yayin\w*|twitch\w*"
)
_WHO_TR = (
    r"(?<!eger )(?:"
    r"(?:" + _APPS_TR + r")(?: \S+){0,2}? (?:bir |biri |birisi )?(?:kiz|cocuk|oglan|adam|kisi|arkadas\w*|"
    r"kanka\w*|biri|birisi|oyuncu\w*|yayinci\w*|abi\w*|abla\w*)\b|"
    r"(?:oynadig\w*|konustug\w*|yazistig\w*|tanistig\w*)(?: bir)? (?:kiz|cocuk|oglan|adam|kisi|arkadas\w*|"
    r"kanka\w*|biri|birisi|oyuncu\w*)|"
    r"(?:internetten|oyundan|discorddan|instagramdan|online) (?:tanidig\w*|arkadas\w*|kanka\w*)|"
    r"(?:oyun|online|internet|discord) arkadas\w*|yayinci\w*)"
)
_INGAME_TR = (
    r"(?:oyunda|oyunun icinde|minecraftta|robloxta|fortnitete)(?! (?:tanis|tanid|oynad|konust|yazist)\w*)|haritada|"
    r"haritadan|respawn\w*|karakter\w*|skin\w*|"
    r"haha\w*|ahah\w*|sjsj\w*|xd|saka\w*|gecen yil|(?:yil|ay) once|simdi (?:\S+ )?iyi|dizi\w*|film\w*|anime|"
    r"havuz\w*|suya|denize|trambolin\w*|parkur\w*|kedi\w*|kopek\w*|sevincten"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_TR = (
    r"bildirdi\w*|sikayet et\w*|polisi aradi\w*|(?:artik|simdi) guvende"
)
_STEMS_TR = "atl|atic|atac|atar|atiyo"
_TRIG_ONLINE_TR = (
    "discord discorddan discorddaki discordda discordumuzdaki sunucumdan sunucudan sunucumuzdan sunucudaki "
    "sunucumdaki sunucumuzdaki serverdan serverimdan serverdaki roblox robloxta minecraft minecraftta fortnite pubg "
    "valorant oyun oyundan oyunda oynadigim oynadigimiz oynadigi konustugum yazistigim tanistigim tanidigim "
    "internetten online instagramdan tiktoktan yayinci yayincinin klanimdan klandan"
)

# -- id ------------------------------------------------------------------------------------------------
_APPS_ID = (
    r"server|discord|game|roblox|minecraft|ff|free fire|ml|mobile legends|pubg|instagram|tiktok|online|internet|"
    r"grup|gc|clan|klan|squad|mabar|live"
)
_WHO_ID = (
    r"(?<!kalau )(?<!kalo )(?<!jika )(?:"
    r"(?:temen|teman|cowok|cewek|orang|anak|seseorang|bocil|player|streamer|sahabat|mutual)\w* (?:\S+ ){0,2}?"
    r"(?:dari|di|yang di|yg di|yang dari|yg dari) (?:\S+ )?(?:" + _APPS_ID + r")\w*|"
    r"(?:temen|teman|sahabat)\w* (?:mabar|online|game|discord|dunia maya)\w*|"
    r"(?:temen|teman|cowok|cewek|orang|anak)\w* (?:yang|yg) (?:\S+ )?(?:kenal|ketemu|main|mabar) (?:\S+ ){0,2}?"
    r"(?:online|internet|game|discord|instagram|tiktok|bareng|sama aku|sama gue|ama gue)|streamer\w*)"
)
_INGAME_ID = (
    r"(?<!kenal )(?<!ketemu )(?<!main )(?<!mabar )di (?:game|minecraft|roblox|ff|free fire|ml|pubg|map)\b|"
    r"dalam game|respawn\w*|karakter\w*|avatar\w*|skin\w*|"
    r"wkwk\w*|haha\w*|becanda|bercanda|prank|tahun lalu|(?:sekarang|udah) (?:\S+ )?(?:baik|baikan|gapapa)|"
    r"film|anime|drakor|kolam|ke air|sungai|trampolin|parkour|kucing\w*|anjing|saking senang\w*"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_ID = (
    r"lapor\w*|dilapor\w*|(?:udah|sudah) aman"
)
_STEMS_ID = "lompat|loncat|terjun|jatuh"

# -- ar (script; a word start also after a quote mark) ---------------------------------------------
_WHO_AR = (
    r"(?:واحد|وحده|بنت|ولد|شب|شخص|صاحبي|صاحبتي|صديقي|صديقتي|صحبي|صحبتي|لاعب|ستريمر)\S* (?:\S+ ){0,2}?"
    r"(?:من|في|ب|على|عال|ع)\s?(?:ال)?(?:سيرفر|ديسكورد|دسكورد|قيم|جيم|لعبه|العاب|انستا|انستقرام|تيك ?توك|"
    r"انترنت|نت|كلان|سكواد|روبلوكس|ماين ?كرافت|فورتنايت|ببجي|فري ?فاير|بث|لايف)\S*|"
    r"(?:اللي|يلي|الي) (?:\S+ )?(?:بلعب|العب|بالعب|نلعب|بنلعب|بحكي|بكلم|اتعرفت|تعرفت) (?:معه|معها|معو|معاه|"
    r"معاها|عليه|عليها)|(?:صاحبي|صاحبتي|صديقي|صديقتي|صحبي|صحبتي) (?:\S+ )?(?:اونلاين|من النت|من الانترنت|"
    r"من اللعبه)"
)
_INGAME_AR = (
    r"(?:بال|في ال|في|ب)(?:لعبه|قيم|جيم|ماين ?كرافت|روبلوكس|فورتنايت|ماب|خريطه)|(?:ال)?شخصيه|سكن|ههه\S*|"
    r"(?:ب)?مزح|السنه الماضيه|من سنه|(?:هلا|هلق|الحين|دلوقتي) (?:\S+ )?(?:منيح|كويس|بخير)|مسلسل|فيلم|انمي|"
    r"(?:ال|بال)?(?:مسبح|بركه|بحر|ميه|ترامبولين|باركور|قطه|كلب)|من (?:ال)?فرح"
)
_STEMS_AR = "نط|قفز|طب|رمي|لقي|هدد"

# -- Arabizi (a digit inside a word reads as the letter it stands for) --------------------------------
_WHO_AZ = _az(
    r"(?:wa7ed|wa7da|bent|walad|shab|7ad|sa7bi|sa7bti|sahbi|sahbti|so7bi|player)\w* (?:\S+ ){0,2}?(?:mn|men|min|"
    r"fi|fel|fl|3al|3ala|b|bel)\s?(?:el |al |l )?(?:server|discord|game|gaming|insta|instagram|tiktok|online|net|"
    r"clan|squad|pubg|fortnite|roblox|minecraft|live)\w*|(?:elli|illi|eli|yalli) (?:\S+ )?(?:bal3ab|bel3ab|"
    r"ba3rafo|ba7ki|bkalem|et3arraft|t3arraft) (?:ma3o|ma3ah|ma3aha|ma3ha|3aleh|3aleha)|(?:sa7bi|sa7bti|sahbi|"
    r"sahbti) (?:\S+ )?(?:online|mn el net)"
)
_INGAME_AZ = _az(
    r"fel game|fi el game|fl game|fel le3ba|bel le3ba|fel map|skin|haha\w*|hhh+|bahzar|bamza7|mazha|"
    r"l sana elly fatet|mosalsal|film|pool|b7r|ba7r|msba7|ot+a|kalb"
)
_STEMS_AZ = "not|ermy|2foz|foz|hadded"

# -- hi, Hinglish ----------------------------------------------------------------------------------
_APPS_HL = (
    r"discord|server|game|gaming|bgmi|pubg|free ?fire|ff|minecraft|roblox|fortnite|insta|instagram|snap|snapchat|"
    r"online|internet|clan|squad|stream|live|group|gc|valorant|cod"
)
_WHO_HL = (
    r"(?<!agar )(?<!jab )(?:"
    r"(?:mera|meri|hamara|hamari|ek) (?:online|discord|gaming|game|insta|instagram|pubg|bgmi|free fire) (?:dost|"
    r"friend|bhai|yaar|bestie|partner|teammate)|"
    r"(?:" + _APPS_HL + r")(?: \S+){0,2}? (?:pe|par|mein|me|ka|ki|ke|se|wala|wali|wale) (?:ek |koi |mera |"
    r"meri )?(?:banda|bandi|ladka|ladki|dost|friend|launda|londa|player|streamer|bhai|bhaiya|didi)|"
    r"(?:jiske|jinke|jis|jisse) (?:saath|sath|se) (?:main|mai|mein|hum) (?:\S+ ){0,3}?(?:khelta|khelti|khelte|"
    r"baat karta|baat karti|chat karta|chat karti)|streamer)"
)
_INGAME_HL = (
    r"(?:game|bgmi|pubg|free fire|minecraft|roblox|fortnite) (?:mein|me|main)\b(?! (?:khelta|khelti|khelte|mila|"
    r"mili))|map (?:pe|"
    r"par|mein|me|se)\b|respawn\w*|character|avatar|skin|haha\w*|lol|mazak|majak|prank|pichle saal|last year|"
    r"(?:ab|abhi) (?:wo |woh )?(?:theek|thik|better) (?:hai|h)|serial|series|movie|film|anime|pool|paani|pani|"
    r"swimming|trampoline|parkour|billi|kutta|khushi (?:se|ke maare)"
)
_STEMS_HL = "kood|kud|jump|phek|phenk|gira"

# -- hi, Devanagari (no trailing \b) ----------------------------------------------------------------
_WHO_HI = (
    r"(?:मेरा|मेरी|हमारा|एक) (?:ऑनलाइन|ओनलाइन|डिस्कॉर्ड|गेमिंग|गेम|इंस्टा|पबजी) (?:दोस्त|फ्रेंड|भाई|यार)|"
    r"(?:डिस्कॉर्ड|सर्वर|गेम|गेमिंग|पबजी|बीजीएमआई|फ्री फायर|माइनक्राफ्ट|रोब्लॉक्स|इंस्टा|इंस्टाग्राम|ऑनलाइन|"
    r"इंटरनेट|क्लैन|स्क्वाड|स्ट्रीम|ग्रुप)(?: \S+){0,2}? (?:पर|पे|में|का|की|के|से|वाला|वाली|वाले) (?:एक |कोई |"
    r"मेरा |मेरी )?(?:लड़का|लड़की|लडका|लडकी|बंदा|बंदी|दोस्त|फ्रेंड|प्लेयर|स्ट्रीमर|भाई)|"
    r"(?:जिसके|जिनके|जिससे) (?:साथ|से) (?:मैं|हम) (?:\S+ ){0,3}?(?:खेलता|खेलती|खेलते|बात करता|बात करती)"
)
_INGAME_HI = (
    r"(?:गेम|पबजी|माइनक्राफ्ट|रोब्लॉक्स|फ्री फायर) में(?! (?:खेलता|खेलती|खेलते|मिला|मिली))|मैप (?:पर|पे|में|से)|"
    r"कैरेक्टर|अवतार|स्किन|हाहा|"
    r"मज़ाक|मजाक|पिछले साल|(?:अब|अभी) (?:वो |वह )?(?:ठीक|बेहतर) (?:है|हैं)|सीरियल|फिल्म|मूवी|पूल|पानी|"
    r"स्विमिंग|ट्रैम्पोलिन|बिल्ली|कुत्ता|खुशी से|ख़ुशी से"
)
_STEMS_HI = "कूद|कुद|फेंक|गिरा"

# -- zh (on the normalised text) --------------------------------------------------------------------
_WHO_ZH = (
    r"网友|(?:游戏|网游|手游|discord|dc|服务器|群|战队|公会|直播间)(?:里|里面|上|中)?(?:的|认识的)?(?:一个|个|有个)?"
    r"(?:女生|男生|人|朋友|网友|妹子|小哥|哥们|兄弟|姐妹|队友|玩家)|(?:一起|经常一起|天天一起)(?:打|玩|开黑)"
    r".{0,8}?的(?:一个)?(?:人|朋友|网友|女生|男生|队友|玩家)|(?:网上|线上|游戏里)(?:认识|交)的(?:一个)?"
    r"(?:人|朋友|女生|男生)|我(?:关注|看)的(?:一个)?主播|我的?(?:游戏)?队友|开黑的(?:朋友|队友)"
)
_INGAME_ZH = (
    r"游戏里(?!的|认识|面的|交)|游戏中(?!的|认识)|在游戏|我的世界里|迷你世界里|王者里|蛋仔里|地图|复活|角色|皮肤|哈哈|笑死|开玩笑|去年|"
    r"(?:现在|后来)(?:她|他)?(?:挺好|好多了|没事了)|电视剧|电影|小说|动漫|泳池|游泳|水里|蹦床|跑酷|猫|狗|"
    r"高兴得|开心得"
)
_STEMS_ZH = "跳"

RULES: list[Rule] = [
    online_rule(_TRIG_RU, _STEMS_RU, online_edge(_WHO_RU, f"{_INGAME_RU}|{_HANDLED_RU}", _EDGE_RU, _JUMP_RU)),
    online_rule(_TRIG_PL, _STEMS_PL, online_edge(_WHO_PL, f"{_INGAME_PL}|{_HANDLED_PL}", _EDGE_PL, _JUMP_PL)),
    online_rule(_TRIG_ONLINE_TR, _STEMS_TR, online_edge(_WHO_TR, f"{_INGAME_TR}|{_HANDLED_TR}", _EDGE_TR, _JUMP_TR)),
    online_rule(_TRIG_ID, _STEMS_ID, online_edge(_WHO_ID, f"{_INGAME_ID}|{_HANDLED_ID}", _EDGE_ID, _JUMP_ID)),
    online_rule(_TRIG_AR, _STEMS_AR, online_edge(_WHO_AR, _INGAME_AR, _EDGE_AR, _JUMP_AR, b=_NB, end=r"(?!\S)",
                                                 stop="", pre="(?:و|ف)?")),
    online_rule(_TRIG_AZ, _STEMS_AZ, online_edge(_WHO_AZ, _INGAME_AZ, _EDGE_AZ, _JUMP_AZ, pre="(?:w|we|wa|f)?")),
    online_rule(_TRIG_HL, _STEMS_HL, online_edge(_WHO_HL, _INGAME_HL, _EDGE_HL, _JUMP_HL)),
    online_rule(_TRIG_HI, _STEMS_HI, online_edge(_WHO_HI, _INGAME_HI, _EDGE_HI, _JUMP_HI, b=_NB, end="", stop="")),
    with_stems(zrule(_NAME, "self_harm", "跳",
                     online_edge(_WHO_ZH, _INGAME_ZH, _EDGE_ZH, _JUMP_ZH, b="", end="", stop="", spaced=False),
                     framed="generic"), "|".join(zh_spellings(_STEMS_ZH))),
]
