"""The veiled threats of harm_veiled_known.py in ru tr pl id ar hi zh (read
its docstring first): the house known with a description or a warning, the
routine known with "every day" and "see you tomorrow", the pictures about
to go round.

"evinizi biliyorum, mavi kapılı olan", "aku tau rumahmu, yang pagar hijau
dekat warung ... liat aja apa yang terjadi", "أعرف بيتكم، البيت الأبيض
بجانب المسجد", "я знаю твой дом, тот с синей дверью. увидишь", "أعرف وين
تنتظرين الباص كل يوم ... نشوفك بكرة", "tunggu aja sampe foto lo kesebar.
liat aja".  Russian "й" is read as "и", Arabic "ة" as "ه"; Chinese rules
match the normalised text (`zrule`).
"""

from __future__ import annotations

from .harm_veiled_known import house_rule, round_rule, routine_rule
from .harm_veiled_more_scripts import _KIN, _PICS, _ROUTINE, _omen
from .harm_watching import _WARN
from .packs.zh import zrule
from .rules import Rule

_END = r"(?= ?$| [.!?])"

HOUSE: dict[str, tuple[str, str]] = {
    "ru": ("дом домик квартиру подъезд",
           r"\b(?:я|мы) знаю,? (?:где )?(?:твои|ваш) (?:дом|домик)\b|\b(?:я|мы) знаю,? (?:какои|которыи) "
           r"(?:дом|подъезд) (?:твои|ваш)\b|\b(?:я|мы) знаю (?:твою|вашу) квартиру\b"),
    "tr": ("evinizi evini evinin evinizin oturdugunuz oturdugun",
           r"\b(?:evinizi|evini|oturdugun evi|oturdugunuz evi|(?:evinin|evinizin) (?:nerede oldugunu|yerini))"
           r" (?:de )?(?:biliyorum|biliyoruz|biliyom)\b"),
    "pl": ("dom domu",
           r"\b(?:wiem|wiemy|znam|znamy),? (?:gdzie jest |ktory (?:to )?(?:jest )?)?(?:twoj|wasz) dom\b|"
           r"\b(?:wiem|wiemy),? ktory dom (?:jest )?(?:twoj|wasz)\b"),
    "id": ("rumahmu rumah",
           r"\b(?:gue|gw|gua|aku|ak|kita|kami) (?:tau|tahu|udah tau|udah tahu|dah tau) (?:rumahmu|rumah (?:lo|"
           r"lu|kamu|km|elo|elu|kalian)|dimana rumah (?:lo|lu|kamu|km|elo))\b"),
    "ar": ("بيتك بيتكم بيتكو بيتكي",
           r"(?:اعرف|عارف|عارفه|ادري|نعرف|عارفين) (?:وين |فين |مكان )?(?:بيتك|بيتكم|بيتكو|بيتكي)(?=\s|$)"),
    "hi": ("ghar घर",
           r"\b(?:mujhe|muje|humein|hume) (?:tera|tumhara) ghar (?:bhi )?(?:pata|maloom|malum) hai\b|"
           r"(?:मुझे|हमें) (?:तेरा|तुम्हारा) घर (?:भी )?पता है"),
}

DESC: dict[str, str] = {
    "ru": (r"\b(?:тот|которыи),? (?:что )?(?:с|у|рядом|напротив|возле|за)\b|\bс (?:сине|зелено|красно|бело|"
           r"желто|черно|коричнев)\w* (?:дверью|калиткои|крышеи|забором|воротами)\b|\b(?:рядом с|напротив|"
           r"возле) (?:церкв|мечет|магазин|аптек|парк|ларьк|гараж)\w*"),
    "tr": (r"\b\w+ (?:kapili|bahceli|catili|pencereli|arabali|panjurlu|boyali) (?:olan|ev)\b|\b(?:caminin|"
           r"marketin|bakkalin|eczanenin|parkin|kilisenin|firinin) (?:yanindaki|karsisindaki|arkasindaki|"
           r"onundeki)\b"),
    "pl": (r"\b(?:ten|tamten),? (?:z|przy|obok|naprzeciwko|kolo)\b|\bz (?:niebiesk|zielon|czerwon|bial|"
           r"zolt|czarn|brazow)\w+ (?:drzwiami|brama|plotem|dachem|furtka)\b|\b(?:obok|naprzeciwko|kolo|przy) "
           r"(?:kosciola|meczetu|sklepu|apteki|parku|piekarni|zabki|kiosku)\b"),
    "id": (r"\byang (?:pagar|pintu|atap|cat|tembok|genteng|pager)(?:nya)? \w+\b|\b(?:dekat|deket|sebelah|"
           r"samping|depan|seberang|belakang) (?:warung|masjid|mesjid|musholla|mushola|toko|indomaret|alfamart|"
           r"gereja|lapangan|pos ronda|bengkel)\b"),
    "ar": (r"(?:البيت|اللي|الي) (?:الابيض|الازرق|الاخضر|الاحمر|الاصفر|الرمادي|البني|الكبير)(?=\s|$)|"
           r"(?:بجانب|جنب|بجنب|قدام|امام|مقابل|ورا|خلف|قريب من) (?:ال)?(?:مسجد|جامع|بقاله|دكان|صيدليه|حديقه|"
           r"كنيسه|سوبرماركت|مخبز|بقاله)(?=\s|$)|(?:اللي|الي) (?:بابه|بابها|بوابته|سوره|لونه)(?=\s|$)"),
    "hi": (r"\b(?:neele|hare|laal|safed|peele|kaale) (?:darwaze|gate|gaadi|parde)\w* (?:wala|waala)\b|"
           r"\b(?:mandir|masjid|dukaan|dukan|park|chowk) (?:ke paas|ke bagal|ke saamne|ke peeche) (?:wala|"
           r"waala)\b|(?:नीले|हरे|लाल|सफ़ेद|सफेद) (?:दरवाज़े|दरवाजे|गेट) वाला|(?:मंदिर|मस्जिद|दुकान) के (?:पास|"
           r"बगल|सामने) वाला"),
}

FRIENDLY: dict[str, str] = {
    "ru": (r"(?!.*?\b(?:в гости|заиду за тобои|заберу тебя|вместе|праздник|подар\w*|днюх\w*|хочешь|можно "
           r"(?:я )?(?:приду|заиду)|давай|с мамои|с папои|ахах\w*|хаха\w*|сосед\w*)\b)"),
    "tr": (r"(?!.*?\b(?:gelebilir miyim|ugrarim|alirim seni|beraber|birlikte|parti|hediye|dogum gunu|ziyaret\w*|"
           r"ister misin|annemle|babamla|hahah\w*|komsu\w*)\b)"),
    "pl": (r"(?!.*?\b(?:wpadne|odbiore cie|razem|impreza|prezent|urodzin\w*|odwiedz\w*|chcesz|moge "
           r"przyjsc|z mama|z tata|haha\w*|sasiad\w*)\b)"),
    "id": (r"(?!.*?\b(?:main ke rumah|jemput|bareng\w*|ultah|kado|mampir|mau|boleh (?:aku|gue) (?:ke|main)|"
           r"sama (?:mama|ibu|nyokap|papa|bokap) (?:gue|aku)|wkwk\w*|haha\w*|tetangga|rumah (?:tante|om|nenek|"
           r"sepupu)\w*|tanteku|nenekku)\b)"),
    "ar": r"(?!.*?(?:ازورك|زياره|امرك|مع بعض|سوا|حفله|هديه|عيد ميلاد|تبي|تبين|ممكن اجي|مع امي|مع ابوي|ههه|جيران))",
    "hi": (r"(?!.*?\b(?:milne aa|aaunga|saath|sath|party|gift|birthday|chalein|chale|mummy ke saath|haha\w*|"
           r"padosi)\b)"),
}

ALONE: dict[str, str] = {
    "ru": r"\b(?:одн[аи]?|каждыи (?:день|вечер)|каждое утро|по вечерам|по утрам)\b",
    "tr": r"\b(?:yalniz|tek basina|her (?:gun|sabah|aksam))\b",
    "pl": r"\b(?:sam[ao]?|codziennie|co (?:dzien|rano|wieczor)|kazdego dnia)\b",
    "id": r"\b(?:sendiri\w*|tiap hari|setiap hari|tiap (?:pagi|sore|malam)|tiap pulang)\b",
    "ar": r"(?:لحالك|لحالكي|وحدك|وحدكي|لوحدك|لوحدكي|كل يوم|كل صباح|كل ليله|كل مسا)(?=\s|$)",
    "hi": r"(?:\b(?:akela|akeli|roz|har din|rozana)\b|(?:रोज़|रोज|अकेले|अकेली|हर दिन))",
}
SEE_YOU: dict[str, str] = {
    "ru": r"\b(?:до завтра|до встречи|увидимся(?: завтра)?|завтра увидимся)" + _END,
    "tr": r"\b(?:yarin gorusuruz|gorusuruz|gorusmek uzere|yarin gorusecegiz)" + _END,
    "pl": r"\b(?:do jutra|do zobaczenia|widzimy sie(?: jutro)?|jutro sie widzimy)" + _END,
    "id": r"\b(?:(?:sampai |sampe )?(?:ketemu|jumpa) besok|see you besok|besok ketemu|sampai jumpa)" + _END,
    "ar": r"(?:نشوفك|اشوفك|بشوفك|راح اشوفك|نتقابل|نلتقي)(?: (?:بكره|بكرا|بعدين|قريب))?(?=\s*$|\s*[.!?])",
    "hi": r"(?:\b(?:kal milte hain|kal milenge|milte hain)\b|कल मिलते हैं)" + _END,
}

ROUND: dict[str, tuple[str, str]] = {
    "ru": ("подожди погоди жди",
           r"\b(?:подожди|погоди|жди)(?: \S+){0,5}? (?:твои |эти |все )?(?:фотки|фото|фоточки|видео|скрины) "
           r"(?:разоидутся|разлетятся|попадут в (?:чат|сеть|беседу)|окажутся в (?:чате|сети)|утекут)\b"),
    "tr": ("bekle",
           r"\bbekle(?: \S+){0,5}? (?:fotolarin|fotograflarin|videolarin|sslerin|fotolar|fotograflar|videolar) "
           r"(?:yayilinca|yayildiginda|gruba dusunce|her yere yayilinca|sizinca|ortaya cikinca)\b"),
    "pl": ("poczekaj czekaj",
           r"\b(?:poczekaj|czekaj)(?: \S+){0,5}? (?:twoje )?(?:zdjecia|fotki|foty|screeny|filmik\w*) (?:pojda w "
           r"obieg|rozejda sie|trafia na (?:grupe|neta)|wyciekna|beda wszedzie)\b"),
    "id": ("tunggu",
           r"\btunggu(?: \S+){0,5}? (?:foto|fotonya|foto2|video|videonya|ss|ssan|pap)(?: (?:lo|lu|kamu|elo))? "
           r"(?:kesebar|tersebar|nyebar|viral|masuk grup|bocor|keluar)\b"),
    "ar": ("استنى استني انتظر انتظري استنا",
           r"(?:استنى|استني|انتظر|انتظري|استنا)(?: \S+){0,5}? (?:الصور|صورك|الفيديو|فيديوهاتك|السكرينات) "
           r"(?:تنتشر|تنزل|تطلع|توصل|تنفضح)(?=\s|$)"),
    "hi": ("ruk ruko wait",
           r"\b(?:ruk|ruko|wait kar)(?: \S+){0,5}? (?:teri |tere )?(?:photos|pics|pictures|video|videos) "
           r"(?:viral|leak|group mein) (?:hongi|honge|hogi|hoga|jayengi|jaayengi)\b"),
}

_VERBS = {"ru": "знаю", "tr": "biliyorum biliyoruz biliyom", "pl": "wiem wiemy znam znamy",
          "id": "tau tahu", "ar": "اعرف عارف عارفه ادري نعرف عارفين",
          "hi": "pata maloom malum पता"}


def _praise(lang: str) -> str:
    src = _PICS[lang][1]
    return src[src.rindex("(?!.*?"):]


_LANGS = ("ru", "tr", "pl", "id", "ar", "hi")
RULES: list[Rule] = [
    *(house_rule(lang, HOUSE[lang], DESC[lang],
                 r"(?:" + _WARN[lang] + r"|" + _omen(lang) + r"|" + _KIN[lang][1] + r")",
                 FRIENDLY[lang], _VERBS[lang])
      for lang in _LANGS),
    *(routine_rule(_ROUTINE[lang][0], _ROUTINE[lang][1], ALONE[lang], SEE_YOU[lang],
                   FRIENDLY[lang], ("akela", "akeli") if lang == "hi" else ())
      for lang in _LANGS),
    *(round_rule(ROUND[lang][0], ROUND[lang][1], _praise(lang), _omen(lang)) for lang in _LANGS),
    # zh: "我知道你家在哪，蓝色门的那个。你等着瞧" - the house known with a description or a warning
    zrule("threat:veiled", "threat", "知道",
          r"我(?:们)?知道你家(?:在哪(?:里|儿)?|住哪(?:里|儿)?|是哪(?:栋|个|家))?(?![\s\S]*?(?:一起|来玩|去玩|"
          r"做客|聚会|派对|礼物|生日|顺路|哈哈))[\s\S]{0,30}?(?:(?:蓝|红|绿|白|黑|黄)色?(?:门|大门|房子|车)的|"
          r"(?:旁边|对面|隔壁)的那|等着瞧|走着瞧|你就知道了|你会知道的|小心点|后果自负|"
          r"(?:告诉|叫|让)你(?:的)?(?:弟弟|妹妹|哥哥|姐姐)[^。!?]{0,6}?小心)"),
]
