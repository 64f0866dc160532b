"""Veiled threats that show the writer knows where the reader lives or waits,
in ru tr pl id ar hi zh (the shapes of harm_veiled_home.py - read its
docstring first; appended to `harm.RULES`).

"милый домик у тебя, будет жаль", "tatlı bir evin var, yazık olur", "słodki
domek, w którym mieszkasz, szkoda by było", "rumah lo lucu ya, sayang banget
kalo kenapa2", "بيتك حلو، بيكون مؤسف", "report karta reh, phir dekhna. tere
ghar ka neela darwaza accha hai btw", "继续举报我试试看。你家蓝色的门挺好看的";
and the reader's daily spot named as known: "я знаю твою остановку", "otobüs
durağını biliyorum", "znam twój przystanek", "gue tau halte lo", "أعرف موقف
الباص حقك", "mujhe tera bus stop pata hai", "我知道你在哪个公交站等车".  A
compliment with no warning, a shared spot or a plan to go together
("я знаю твою остановку, пойдём вместе?", "gue tau halte lo, bareng yuk")
and reports pass.
"""

from __future__ import annotations

from .harm_veiled_home import pair_rules
from .packs.zh import zrule
from .rules import Rule, rule

_KNEW: dict[str, str] = {
    "ru": (
        r"\b(?:красив|классн|мил|симпатичн|уютн|прикольн)\w*(?: \S+){0,2}? (?:дверь|дом|домик|окно|окна|"
        r"шторы|занавески|забор|ворота|сад|машина|балкон|калитка)\b(?: \S+){0,2}? (?:у (?:твоего|вашего) "
        r"(?:дома|подъезда)|у тебя|у вас|в котором ты живешь|где ты живешь|на твоем доме)\b|"
        r"\b(?:проходил|проходила) (?:возле|мимо) (?:твоего|вашего) дома\b"
    ),
    "tr": (
        r"\b(?:guzel|tatli|sirin|hos)(?:mis)? (?:bir |bi )?(?:evin|eviniz|kapin|kapiniz|bahcen|bahceniz|"
        r"perdelerin|penceren|araban|arabaniz) (?:var|varmis)\b|\b(?:evin|eviniz|oturdugun ev)(?: \S+)?? "
        r"(?:cok |pek |baya |bayagi |)(?:guzel|tatli|sirin|hos)(?:mis|miymis)?\b|\bevinin (?:onunden|"
        r"oradan) gectim\b"
    ),
    "pl": (
        r"\b(?:ladn|fajn|slodk|sliczn|urocz|piekn)\w*(?: \S+){0,2}? (?:dom|domek|drzwi|okno|okna|zaslony|"
        r"firanki|ogrod|ogrodek|brame|brama|samochod|balkon|plot)\b(?: \S+){0,2}? (?:(?:w )?(?:ktorym|"
        r"ktorej) mieszkasz|gdzie mieszkasz|macie|masz|w twoim domu|u ciebie|twojego domu)\b|"
        r"\bprzechodzil(?:em|am) (?:obok|kolo) twojego domu\b"
    ),
    "id": (
        r"\b(?:rumah|pintu rumah|pagar rumah|mobil|halaman rumah) (?:lo|lu|kamu|km|elo|elu)(?: \S+){0,2}? "
        r"(?:bagus|lucu|cakep|keren|gede|indah|cantik|kece)\b|\b(?:tadi |kemarin )?(?:lewat|lewatin) "
        r"(?:depan )?rumah (?:lo|lu|kamu|km|elo|elu)\b"
    ),
    "ar": (
        r"(?:بيتك|بيتكم|شقتك|حديقه بيتك|سياره ابوك)(?: \S+){0,2}? (?:حلو|حلوه|جميل|جميله|كيوت|رهيب|"
        r"يجنن)(?=\s|$|[.!?])|(?:مريت|عديت) (?:جنب|من قدام) (?:بيتك|بيتكم)"
    ),
    "hi": (
        r"\b(?:tera|tumhara|tere|tumhare) (?:ghar|makaan|flat)(?: \S+){0,3}? (?:accha|acha|achha|mast|"
        r"sundar|pyara|cute|badiya|badhiya|nice)\b|\btere ghar (?:ka|ki|ke)(?: \S+){0,2}? (?:darwaza|"
        r"darwaja|khidki|parde|gate|gaadi|garden)\b"
    ),
}

_WNEW: dict[str, str] = {
    "ru": (
        r"\b(?:будет|было бы|было б) (?:очень |)(?:жаль|обидно)\b(?! (?:если|что) ты (?:переедешь|уедешь))|"
        r"\bпродолжаи (?:жаловаться|стучать|кидать (?:репорты|жалобы)|репортить|кидать на меня "
        r"жалобы)\b|\b(?:я )?просто говорю\b|\bподумаи (?:об этом|хорошенько)\b"
    ),
    "tr": (
        r"\b(?:beni )?(?:sikayet|ihbar|report) etmeye devam\b|\b(?:beni )?bir daha (?:sikayet|ihbar|"
        r"report) (?:edersen|et)\b|\bsadece soyluyorum\b|\bdusun bunu\b"
    ),
    "pl": (
        r"\bzglaszaj (?:mnie )?dalej\b|\b(?:zglos|zglosisz) mnie (?:jeszcze raz|znowu|ponownie)\b|"
        r"\btak tylko mowie\b|\bpomysl o tym\b"
    ),
    "id": (
        r"\bsayang (?:banget |bgt |sekali |)(?:kalau|kalo|klo|kl) (?:kenapa2|kenapa kenapa|ada apa2|ada "
        r"apa apa|kebakaran|rusak|kemalingan)\b|\b(?:lapor|laporin|ngadu) (?:gue |gw |aku )?(?:terus|"
        r"lagi)\b|\bcuma ngingetin\b|\bpikir (?:baik2|baik baik)\b"
    ),
    "ar": (
        r"(?:بيكون|راح يكون|سيكون|يكون|رح يكون) (?:من )?(?:المؤسف|مؤسف|خساره)(?=\s|$|[.!?])|"
        r"كمل (?:بلاغات\S*|تبليغ\S*)|(?:بلغ|بلغي) (?:علي|عني) مره (?:ثانيه|ثانيه)|بس اقول"
    ),
    "hi": (
        r"\b(?:afsos|bura) (?:hoga|lagega)\b(?! (?:agar|jab) (?:tu|tum) (?:shift|chale))|"
        r"\b(?:report|complain|shikayat) (?:karta|karti|karte) (?:reh|rah|raho)\b|\b(?:phir se|dobara) "
        r"(?:report|complain) (?:kiya|karega|karegi|kari)\b|\bbas bol (?:raha|rahi)\b|\bsoch (?:le|lena)\b"
    ),
}

_NEW_WORDS: dict[str, tuple[str, str]] = {
    "ru": ("дверь дом домик окно окна шторы занавески забор ворота сад машина балкон калитка дома",
           "жаль обидно продолжаи говорю подумаи"),
    "tr": ("evin eviniz kapin kapiniz bahcen bahceniz perdelerin penceren araban arabaniz ev evinin",
           "devam daha soyluyorum dusun"),
    "pl": ("dom domek drzwi okno okna zaslony firanki ogrod ogrodek brame brama samochod balkon plot "
           "domu",
           "zglaszaj zglos zglosisz mowie pomysl"),
    "id": ("rumah mobil", "sayang terus lagi ngingetin pikir"),
    "ar": ("بيتك بيتكم شقتك سياره", "المؤسف مؤسف خساره كمل بلغ بلغي اقول"),
    "hi": ("ghar makaan flat", "afsos bura karta karti karte kiya karega karegi kari bol soch"),
}

# a shared spot or a plan to go together
_FRIENDLY_RU = (r"(?!.*?\b(?:вместе|с тобои|со мнои|провож\w*|та же|такая же|тоже|рядом|сосед\w*|в гости|"
                r"праздник|хочешь|давай|ты (?:же )?(?:сказал|говорил)\w*)\b)")
_FRIENDLY_TR = (r"(?!.*?\b(?:beraber|birlikte|seninle|benimle|bekleyelim|ayni|benimki|ben de|yakin|"
                r"yaninda|teyzem|kuzenim|komsu\w*|parti|dogum gunu|ister misin|gelelim|soylemistin)\b)")
_FRIENDLY_PL = (r"(?!.*?\b(?:razem|z toba|ze mna|odprowadz\w*|ten sam|tym samym|moj tez|tez|blisko|obok|"
                r"sasiad\w*|impreza|urodziny|chcesz|chodzmy|mowil\w* mi)\b)")
_FRIENDLY_ID = (r"(?!.*?\b(?:bareng\w*|sama (?:gue|gw|aku)|anterin|juga|deket|dekat|sebelah|sepupu\w*|"
                r"tetangga|ultah|kado|mau|yuk|ayo|kan (?:lo|kamu) bilang)\b)")
_FRIENDLY_AR = r"(?!.*?(?:مع بعض|سوا|معك|معي|نفس|جنبي|قريب|جيران|زياره|حفله|تبي|تبين|نروح))"
_FRIENDLY_HI = (r"(?!.*?\b(?:saath|sath|chalenge|chalte|milte|wait karenge|mera bhi|same|paas|padosi|"
                r"party|aaja|chal)\b)")

# "tell anyone and you'll see" in the forms harm_veiled_langs.py misses
_TELL_SEE = [
    rule("threat:veiled", "threat", "посмотришь увидишь",
         r"\b(?:расскажи|скажи|пожалуися|настучи|сдаи меня)(?: \S+){0,3}? (?:и|-) (?:посмотришь|увидишь),? "
         r"что (?:будет|с тобои будет|случится|тебе будет)\b"),
    rule("threat:veiled", "threat", "gor",
         r"\b(?:birine |kimseye |ogretmene |hocaya |annene |mudure )?(?:soyle|anlat|ispiyonla|sikayet et)"
         r"(?: de| da) gor\b"),
    rule("threat:veiled", "threat", "liat lihat",
         r"\b(?:coba|berani)(?: aja| deh)? (?:lapor|ngadu|bilang|cerita)(?: \S+){0,3}? (?:terus |trus |"
         r"nanti |ntar )?(?:liat|lihat) (?:apa yang (?:terjadi|bakal terjadi)|akibatnya)\b"),
    rule("threat:veiled", "threat", "وبتشوف وبتشوفين وشوف وشوفي وراح وحتشوف وهتشوف",
         r"(?:قول|قولي|علم|علمي|خبر|خبري|بلغ|بلغي|اشتكي|اشتكى)(?: \S+){0,3}? (?:و(?:بتشوف|بتشوفين|حتشوف|"
         r"هتشوف)(?=\s*$|\s*[.!?])|وراح تشوف(?=\s*$|\s*[.!?])|وشوفي? (?:وش|ايش|شو|ايه) (?:بيصير|راح "
         r"يصير|يصير|حيحصل|هيحصل))"),
    rule("threat:veiled", "threat", "dekhna dekh",
         r"\b(?:bata|batake|complain kar|chugli kar)(?: ke)?(?: \S+){0,3}? (?:phir|fir) (?:dekhna|dekh) "
         r"kya hota hai\b"),
    zrule("threat:veiled", "threat", "告 说",
          r"你(?:去|敢)?(?:告诉|告|说给)(?:老师|别人|家长|任何人|你妈|你爸|谁)(?:听)?试试"),
]

RULES: list[Rule] = [
    *_TELL_SEE,
    *(r for lang in _KNEW for r in pair_rules(lang, _KNEW[lang], _WNEW[lang], _NEW_WORDS[lang])),
    rule("threat:veiled", "threat", "остановку остановке дорогу окно",
         r"(?:\bя знаю,? (?:твою|вашу) остановку\b|\bя знаю,? (?:на )?(?:какои|какую) остановк\w* ты\b|"
         r"\bя знаю,? (?:твою )?дорогу (?:домои|до дома|из школы)\b|\bя знаю,? (?:твое|какое твое) "
         r"окно\b)" + _FRIENDLY_RU),
    rule("threat:veiled", "threat", "duragini duraktan yolunu pencereni",
         r"(?:\b(?:otobus )?duragini biliyorum\b|\bhangi duraktan (?:bindigini|indigini) biliyorum\b|"
         r"\b(?:eve giden|okul) yolunu biliyorum\b|\b(?:odanin )?pencereni biliyorum\b)" + _FRIENDLY_TR),
    rule("threat:veiled", "threat", "przystanek przystanku droge okno",
         r"(?:\bznam (?:twoj|wasz) przystanek\b|\bwiem,? (?:na )?(?:ktorym|jakim) przystanku (?:wysiadasz|"
         r"czekasz|wsiadasz)\b|\bznam (?:twoja )?droge (?:do domu|ze szkoly)\b|\bwiem,? ktore (?:to )?"
         r"(?:jest )?twoje okno\b)" + _FRIENDLY_PL),
    rule("threat:veiled", "threat", "halte jendela",
         r"(?:\b(?:gue|gw|gua|aku|ak) (?:tau|tahu|udah tau|udah tahu) (?:halte|jendela kamar) (?:lo|lu|"
         r"kamu|km|elo|elu)\b|\b(?:gue|gw|gua|aku) (?:tau|tahu) (?:lo|lu|kamu|km) (?:turun|nunggu|naik) "
         r"(?:di )?halte (?:mana|yang mana)\b)" + _FRIENDLY_ID),
    rule("threat:veiled", "threat", "موقف محطه طريق شباك",
         r"(?:(?:اعرف|عارف|ادري) (?:موقف الباص|محطه الباص|موقف الحافله|محطتك) (?:حقك|حقتك|تبعك|اللي "
         r"تنتظر فيه)|(?:اعرف|عارف|ادري) (?:طريق بيتك|شباك غرفتك))" + _FRIENDLY_AR),
    rule("threat:veiled", "threat", "stop raasta rasta",
         r"(?:\b(?:mujhe|muje|humein|hume) (?:tera|tumhara) (?:bus stop|stop|raasta|rasta|ghar ka raasta)"
         r"(?: bhi)? (?:pata|maloom|malum) hai\b|\b(?:mujhe|muje) (?:pata|maloom) hai (?:tu|tum) (?:kis|"
         r"kaunse) (?:bus stop|stop) (?:pe|par)\b)" + _FRIENDLY_HI),
    # zh: a compliment on the reader's home with a warning, either order; the reader's stop
    zrule("threat:veiled", "threat", "举报 可惜 不好了 试试 走着瞧 就知道了 说说 告老师 站 条路",
          r"(?:你家(?:的)?[^。!?]{0,6}?(?:门|窗户|窗帘|院子|花园|车|阳台|房子)|你住的(?:房子|小区|楼))"
          r"[^。!?]{0,4}?(?:挺|真|好|很|蛮)(?:好看|漂亮|可爱|不错|别致)[\s\S]{0,40}?(?:继续举报|再举报|"
          r"可惜了|不好了|试试看|走着瞧|你就知道了|我只是说说)|"
          r"(?:继续举报|再举报(?:我)?(?:一次)?试试|再告老师)[\s\S]{0,40}?(?:你家(?:的)?[^。!?]{0,6}?"
          r"(?:门|窗户|窗帘|院子|花园|车|阳台|房子)|你住的(?:房子|小区|楼))[^。!?]{0,4}?(?:挺|真|好|很|蛮)"
          r"(?:好看|漂亮|可爱|不错|别致)|"
          r"我知道你(?:在)?(?:哪个|哪一个|哪)(?:公交站|车站|站)(?:等车|下车|上车)?"
          r"(?![\s\S]*?(?:一起|同一个|我也|顺路|附近|你告诉我))|"
          r"我知道你(?:放学)?回家(?:走)?(?:的)?(?:哪条路|那条路)(?![\s\S]*?(?:一起|我也|顺路))"),
]
