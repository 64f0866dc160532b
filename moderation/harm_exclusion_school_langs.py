"""Organised exclusion of a named child at school in ru ar zh hi tr pl id: the
shapes of harm_exclusion_school.py (read its docstring first), appended to
`harm.RULES`, reason `bullying:shunning`.

"всем из класса: с Дашей не общаемся, в столовой рядом не садимся", "завтра
никто не садится с Машей, делайте вид что её нет", "بكرا محد يقعد مع سارة في
الفسحة، كأنها مو موجودة", "明天谁都不准跟李娜坐，就当她不存在", "कल से कोई भी
प्रिया के साथ नहीं बैठेगा", "yarın kimse Elif'in yanına oturmasın", "od jutra
nikt nie siada z Kasią na przerwie, udawajcie że jej nie ma", "besok jangan ada
yang duduk sama Rina, anggap aja dia gak ada".

An order form (Turkish "-masın", Polish "niech nikt", Indonesian "jangan ada
yang", Russian and Arabic plural imperatives, Chinese "别/不准") stands alone;
the present ("никто не садится с ней", "محد يقعد معها", "nikt nie siada z
nią") needs a cue of a plan in the message (tomorrow, from now on, "pass it
on", "pretend she isn't there").  The writer ("со мной", "معي", "跟我",
"benimle", "ze mną") and strangers are never the target; an exam, illness or
concern after the match ("жалко её", "kasihan") excuses it.
"""

from __future__ import annotations

from .harm_groupchat_langs import _NOT_WARN
from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru (й is read as и, ё as е) -----------------------------------------------------
_WHO_RU = (r"(?:неи|ним|этои|этим|\b(?!незнаком|чуж|бот|взросл|ними|мнои|тобои|вами|нами|собои|"
           r"всеми|кем|учител|родител|друзьями|другом|подругои|соседом|соседкои)\w+(?:еи|ои|ом|ем))")
_AFTER_RU = (r"(?![^.!?]{0,80}(?:контрольн|экзамен|болеет|заболел|больна|болен|жалко|жаль|бедн|"
             r"несправедлив|травл|учител))")
_VERB_RU = (r"(?:общаемся|разговариваем|садимся|сидим|дружим|играем|гуляем|тусуемся|здороваемся|"
            r"ходим)")
_VERB3_RU = (r"(?:садится|сидит|общается|разговаривает|играет|дружит|гуляет|ходит|здоровается|"
             r"будет (?:сидеть|общаться|разговаривать|играть|дружить))")
RULES: list[Rule] = [
    rule("bullying:shunning", "bullying",
         "общаемся разговариваем садимся сидим дружим играем гуляем тусуемся здороваемся ходим",
         r"(?<!мы )\bс " + _WHO_RU + r" (?:больше |тоже |теперь )?не " + _VERB_RU + r"\b" + _NOT_WARN
         + _AFTER_RU,
         requires="всем все ребята народ класс класса классом завтра понедельника передаите "
                  "делаите"),
    rule("bullying:shunning", "bullying", "никто",
         r"\bникто (?:больше |теперь |завтра )?не " + _VERB3_RU + r" (?:рядом )?с " + _WHO_RU
         + r"\b" + _NOT_WARN + _AFTER_RU,
         requires="всем все ребята класс класса завтра понедельника передаите делаите теперь "
                  "больше договорились"),
    rule("bullying:shunning", "bullying", "садитесь общаитесь разговаривайте играите дружите делаите",
         r"\bне (?:садитесь|общаитесь|разговаривайте|разговариваите|играите|дружите|гуляите) "
         r"(?:рядом )?с " + _WHO_RU + r"\b" + _NOT_WARN + _AFTER_RU + "|"
         r"\bделаите (?:все )?вид,? что (?:ее|его|(?:она|он) (?:невидимка|пустое место)|\w+ нет)\b"
         r"(?: нет)?" + _AFTER_RU),
]

# -- ar (ة is read as ه, أ as ا) ---------------------------------------------------
_NOONE_AR = r"(?:محد|ماحد|ما حد|محدش|ولا حد|لا احد|محدا|ما حدا|ما في حد|مافي احد|ولا واحد)"
_VERB_AR = (r"(?:يقعد|يجلس|يلعب|يمشي|يسولف|يتكلم|يحكي|يطلع|ياكل|يقرب)(?: (?:مع|جنب|عند|ويا) "
            r"(?!ال?غرباء|ال?بوت|اي|احد|حد|ال?معلم)\S+|(?:معها|معه|جنبها|جنبه|وياها|وياه))"
            r"|(?:يكلمها|يكلمه|يكلم (?!ال?غرباء|ال?بوت|اي|احد|حد)\S+|يرد عليها|يرد عليه)")
_CUE_AR = (r"(?:بكرا|بكره|غدا|من بكره|من بكرا|من اليوم|من الحين|كانها|كانه|انشروا|انشروها|قولوا "
           r"للكل|اتفقنا|متفقين|الفسحه|الفرصه|الاستراحه)")
_AFTER_AR = r"(?![^.!?،]{0,60}(?:اختبار|امتحان|مريضه|مريض|تعبانه|حرام|مسكينه|مسكين|المعلمه))"
RULES += [
    rule("bullying:shunning", "bullying", "محد ماحد حد محدش احد محدا حدا واحد",
         _NOONE_AR + r" (?:" + _VERB_AR + r")" + _NOT_WARN + _AFTER_AR,
         requires="بكرا بكره غدا اليوم الحين كانها كانه انشروا انشروها للكل اتفقنا متفقين الفسحه "
                  "الفرصه الاستراحه الكل"),
    rule("bullying:shunning", "bullying", "سووا سوو اعتبروها اعتبروه اعتبروا تعاملوا خلوا",
         r"(?:سووا|سوو|اعتبروا|اعتبرو|تعاملوا|تعاملو|خلوا|خلو)(?: حالكم| انفسكم)? (?:كانها|كانه|"
         r"انها|انه) (?:مو|مش|مب|ما هي|ماهي|مهي|غير) موجود(?:ه)?|(?:اعتبروها|اعتبروه) (?:مو|مش|مب|"
         r"غير) موجود(?:ه)?" + _AFTER_AR),
]

# -- zh ----------------------------------------------------------------------------
_WHO_ZH = (r"(?:她|他|(?!我|你|自己|陌生|别人|其他|同桌|同学|旁边|老师|家长|坏人|网友|外人|任何|"
           r"大家|机器)[\u4e00-\u9fff]{2,3}?)")
RULES += [
    zrule("bullying:shunning", "bullying", "别 不要 不许 不准 不能",
          r"(?:谁都|谁也|大家都|大家|全班|所有人|你们|同学们|都)(?:别|不要|不许|不准|不能)(?:再)?"
          r"(?:跟|和|同|挨着|陪)" + _WHO_ZH + r"(?:坐|说话|讲话|玩|吃饭|一起|聊天|做朋友)"
          r"(?![^。!?]{0,12}(?:考试|测验|生病|感冒))|"
          r"谁(?:都|也)(?:别|不要|不许|不准)(?:再)?(?:理|搭理|睬)" + _WHO_ZH
          + r"(?=[,.!?。，]|$|了|啊|哦|啦)"),
    zrule("bullying:shunning", "bullying", "空气 不存在 透明",
          r"(?:谁都|谁也|大家|全班|所有人|你们|同学们|明天|以后|我们)[^。!?]{0,16}?(?:就当|当|把)"
          r"(?:她|他)(?:不存在|是空气|当空气|是透明人|当透明人)"),
]

# -- hi: Hinglish, Devanagari ------------------------------------------------------
RULES += [
    _r("bullying:shunning", "bullying", "baithega baithegi khelega khelegi khayega baithna khelna",
       r"\bkoi (?:bhi )?(?:uske|iske|\b(?!mere|hamare|tere|tumhare|apne|kisi)\w+ ke) (?:saath|sath|"
       r"paas|pass) (?:\S+ ){0,3}?(?:nahi|nhi|mat|na) (?:baithega|baithegi|baithenge|khelega|"
       r"khelegi|khelenge|khayega|khayegi|khelna|baithna)\b" + _NOT_WARN, quoted=False),
    _r("bullying:shunning", "bullying", "act behave treat samjho",
       r"\b(?:sab|sabhi|sab log|koi bhi|kal se|kal|class (?:mein|me) sab|break (?:mein|me))"
       r"(?: \S+){0,8}? (?:(?:aise|aisa|yun|aise hi) (?:act|behave|treat|bartav) (?:karo|karna|"
       r"karenge|karna hai)|samjho) (?:jaise|ki|jaisa ki)?(?: \S+){0,2}? (?:wo|woh|vo|voh|\w+) "
       r"(?:hai hi (?:nahi|nhi)|exist hi (?:nahi|nhi) (?:karti|karta)|exist (?:nahi|nhi) (?:karti|"
       r"karta)|invisible hai)\b", quoted=False),
    _r("bullying:shunning", "bullying", "बैठेगा बैठेगी बैठना खेलेगा खेलना दिखाओ करो",
       r"कोई (?:भी )?(?:उसके|इसके|(?!मेरे|हमारे|तेरे|तुम्हारे|अपने)\S+ के) (?:साथ|पास) (?:\S+ ){0,3}?"
       r"(?:नहीं|मत) (?:बैठेगा|बैठेगी|बैठेंगे|बैठना|खेलेगा|खेलेगी|खेलना|खाएगा)|"
       r"(?:सब|कल से|सभी)(?: \S+){0,8}? (?:ऐसे|ऐसा) (?:दिखाओ|करो|बर्ताव करो|एक्ट करो) (?:जैसे|कि) "
       r"(?:वो|वह|\S+) (?:है ही नहीं|मौजूद ही नहीं)", quoted=False),
]

# -- tr (ı ş ğ ö ü ç are read as i s g o u c) ----------------------------------------
_WHO_TR = (r"(?:onunla|bununla|onun yanina|ona|(?!benim|bizim|senin|sizin|yabanci|bot|telefon|"
           r"ogretmen|kimse)\w+(?:'?(?:in|nin|un|nun) yanina| ile|'?(?:le|la|yle|yla)|'?(?:ya|ye|"
           r"a|e)))")
_DONT_TR = (r"(?:konusmasin|oturmasin|oynamasin|takilmasin|yaklasmasin|selam vermesin|arkadaslik "
            r"etmesin|yuz vermesin|oturmasin|gitmesin)")
_WONT_TR = (r"(?:konusmayacak|oturmayacak|oynamayacak|takilmayacak|selam vermeyecek|arkadaslik "
            r"etmeyecek|konusmuyor|oturmuyor|oynamiyor)")
_AFTER_TR = r"(?![^.!?]{0,60}\b(?:sinav|hasta|yazik|uzuldum|ogretmen\w*)\b)"
RULES += [
    rule("bullying:shunning", "bullying", "kimse",
         r"\bkimse (?:\S+ ){0,2}?" + _WHO_TR + r" (?:\S+ ){0,2}?" + _DONT_TR + r"\b" + _NOT_WARN
         + _AFTER_TR + "|"
         r"\b" + _WHO_TR + r" (?:\S+ )?kimse (?:\S+ )?" + _DONT_TR + r"\b" + _NOT_WARN + _AFTER_TR
         + "|"
         r"\bkimse (?:\S+ ){0,2}?" + _WHO_TR + r" (?:\S+ ){0,2}?" + _WONT_TR + r"\b" + _NOT_WARN
         + _AFTER_TR,
         requires="konusmasin oturmasin oynamasin takilmasin yaklasmasin vermesin etmesin gitmesin "
                  "yarin yarindan itibaren sonra herkes herkese davranin anlastik"),
    rule("bullying:shunning", "bullying", "gelin sayin davranin davranalim davranacagiz",
         r"\b(?:yarin|yarindan itibaren|bundan sonra|herkes|hepiniz|millet)(?: \S+){0,5}? (?:onu|"
         r"\w+'?(?:i|yi|u|yu)) (?:gormezden gelin|gormezden gelecegiz|yok sayin|yok sayacagiz|"
         r"yokmus gibi davranin|yokmus gibi davranalim|yokmus gibi davranacagiz)\b" + _AFTER_TR),
]

# -- pl (ą ę ł ó ś ż are read as a e l o s z) ----------------------------------------
_WHO_PL = (r"(?:z (?:nia|nim|ta|tym)|z (?!nikim|obcymi|nieznajom|kolegami|kolezank|nauczyciel|"
           r"rodzicami|przyjaciol|bratem|siostra|kims)\w+|obok (?:niej|niego|\w+))")
_VERB_PL = r"(?:siada|siedzi|gada|rozmawia|bawi sie|gra|je|chodzi|odzywa sie|trzyma sie)"
_AFTER_PL = r"(?![^.!?]{0,60}\b(?:sprawdzian|kartkowk\w*|egzamin|chor\w*|szkoda|biedn\w*|nauczyciel\w*)\b)"
RULES += [
    rule("bullying:shunning", "bullying", "nikt",
         r"\bniech nikt (?:juz )?nie " + _VERB_PL + r" " + _WHO_PL + r"\b" + _NOT_WARN + _AFTER_PL
         + "|"
         r"\bnikt (?:juz |wiecej )?nie (?:" + _VERB_PL + r"|bedzie (?:siedzial|gadal|rozmawial|sie "
         r"bawil)) " + _WHO_PL + r"\b" + _NOT_WARN + _AFTER_PL,
         requires="niech jutro jutra dzisiaj dzis poniedzialku teraz udawajcie przekazcie dalej "
                  "wszyscy ustalone"),
    rule("bullying:shunning", "bullying", "udawajcie siadajcie gadajcie rozmawiajcie gadamy rozmawiamy",
         r"\budawajcie,? ze (?:jej|go|\w+) nie ma\b|\budawajcie,? ze (?:ona|on|\w+) nie istnieje\b|"
         r"\bnie (?:siadajcie|gadajcie|rozmawiajcie|bawcie sie) " + _WHO_PL + r"\b" + _NOT_WARN
         + _AFTER_PL + "|"
         r"(?<!my )\b" + _WHO_PL + r" (?:juz )?nie (?:gadamy|rozmawiamy|siedzimy|siadamy|bawimy sie|"
         r"gramy)\b" + _NOT_WARN + _AFTER_PL,
         requires="udawajcie jutro jutra dzisiaj dzis poniedzialku teraz przekazcie dalej wszyscy "
                  "ustalone"),
]

# -- id ----------------------------------------------------------------------------
_WHO_ID = r"(?:dia|doi|\b(?!orang|stranger|bot|spam|nomor|akun|guru|aku|gue|gw|saya|kita|kami|kamu|lo|lu)\w+)"
_AFTER_ID = r"(?![^.!?]{0,60}\b(?:ujian|ulangan|sakit|kasihan|kasian|sedih|guru|bu guru|pak guru)\b)"
RULES += [
    rule("bullying:shunning", "bullying", "jangan jgn ada",
         r"\b(?:(?:jangan|jgn) ada|(?:gak|ga|nggak|ngga|enggak|tidak) boleh ada|(?:gak|ga|nggak|"
         r"tidak) ada) (?:yang|yg) (?:duduk|ngomong|ngobrol|main|temenan|bicara|deket|deketin|"
         r"ngajak|ajak|nyapa|makan|jalan|bareng)(?: bareng)? (?:sama|dengan|ama|bareng|sm|dgn|"
         r"sebelah|di sebelah) " + _WHO_ID + r"\b" + _NOT_WARN + _AFTER_ID,
         requires="jangan jgn boleh besok mulai semua kalian"),
    rule("bullying:shunning", "bullying", "anggap anggep cuekin diemin jauhin",
         r"\b(?:semua|kalian|guys|gaes|besok|mulai|kita)(?: \S+){0,5}? (?:anggap|anggep) (?:aja|saja|"
         r"aj) (?:dia|doi|\w+) (?:gak|ga|nggak|tidak|enggak|g) ada\b" + _AFTER_ID + "|"
         r"\b(?:besok|mulai besok|mulai sekarang|mulai hari ini) (?:\S+ ){0,3}?(?:kita |semua )?"
         r"(?:cuekin|diemin|jauhin) (?:aja )?(?:dia|doi|\w+)\b" + _NOT_WARN + _AFTER_ID),
]
