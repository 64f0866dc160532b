"""Veiled threats of harm_veiled_more.py in ru tr pl id ar hi zh (read its
docstring first; appended to `harm.RULES` with it).

"продолжай стучать учителям и посмотришь, что будет с твоим самокатом",
"bir daha müdüre şikayet edersen bakalım okula nasıl geleceksin", "w
poniedziałek nie będzie ci do śmiechu. ja i mój brat będziemy na przystanku
🔪", "kali ini jangan bawa nyokap lo", "استنى لما نخرج من المدرسة بكرة
وهتعرف انت بتكلم مين", "friday ko school mat aana. trust me, kuch hone wala
hai", "再跟老师告状一次，看你的自行车还能不能骑回家".  The same pairs as
harm_veiled_more_langs.py (`_pair`), with each language's exclusions: a
test, a reason for the warning, a day off, praise of the pictures, a plan.
Russian "й" is read as "и", "4" as "for"; Chinese rules match the
normalised text (`zrule`).
"""

from __future__ import annotations

from .harm_veiled_home_langs import (
    _FRIENDLY_AR,
    _FRIENDLY_HI,
    _FRIENDLY_ID,
    _FRIENDLY_PL,
    _FRIENDLY_RU,
    _FRIENDLY_TR,
)
from .harm_veiled_more_langs import _no_mum, _pair
from .packs.zh import zrule
from .rules import Rule, rule

_END = r"(?= ?$| [.!?।])"
_SEE = {
    "ru": r"\b(?:(?:завтра|скоро) )?увидишь" + _END,
    "tr": r"\b(?:(?:yarin|pazartesi) )?(?:gorursun|gor sen|goreceksin)" + _END,
    "pl": r"\b(?:(?:jutro|w poniedzialek) )?zobaczysz" + _END,
    "id": (r"\b(?:(?:besok|senin) )?(?:(?:lo|lu|kamu) )?(?:liat|lihat) (?:aja|saja)(?: nanti| ntar)?(?: apa yang "
           r"(?:bakal |akan )?terjadi| akibatnya)?" + _END),
    "ar": r"(?:(?:بكره|بكرا) )?و?(?:بتشوف|بتشوفي|بتشوفين|راح تشوف|حتشوف|هتشوف|ستري|ستشوف)" + _END,
    "hi": r"(?:\b(?:(?:kal|monday) )?(?:dekhna|dekh lena|dekh lio)|(?:कल )?(?:देखना|देख लेना))" + _END,
}
_TRUST = {"ru": r"\b(?:поверь(?: мне)?|верь мне)\b", "tr": r"\b(?:guven bana|bana guven|inan bana)\b",
          "pl": r"\b(?:uwierz mi|zaufaj mi)\b", "id": r"\bpercaya (?:deh|aja|sama gue|sama aku)\b",
          "ar": r"(?:صدقني|صدقيني|ثق فيني)", "hi": r"(?:\b(?:trust me|yakeen kar|bharosa kar)\b|भरोसा कर)"}


def _omen(lang: str) -> str:
    return r"(?:" + _SEE[lang] + r"|" + _TRUST[lang] + r"|\bemoji_knife\b)"


# telling again, and a consequence for the reader or their things
_AGAIN: dict[str, tuple[str, str, str]] = {
    "ru": ("продолжаи раз снова опять",
           r"\b(?:продолжаи (?:стучать|жаловаться|ябедничать|докладывать|рассказывать)|(?:еще раз|снова|опять) "
           r"(?:пожалуешься|настучишь|скажешь|расскажешь|наябедничаешь|сдашь меня)|(?:пожалуися|настучи|скажи|"
           r"расскажи|наябедничаи|сдаи меня|пожалуешься|настучишь|скажешь|расскажешь|наябедничаешь|сдашь "
           r"меня)(?: \S+){0,3}? (?:еще раз|снова|опять))\b",
           r"(?:\b(?:посмотришь|увидишь),? что (?:будет|случится|станет)(?: с (?:тобои|твоим|твоеи|твоими))?\b|"
           r"\bпосмотрим,? (?:как ты (?:\S+ )?(?:доберешься|доидешь|доедешь|вернешься|придешь)|(?:доедет|доидет|"
           r"доберется|уцелеет|останется) ли (?:твои|твоя|твое))|\b(?:береги|попрощаися с) (?:сво|тво)\w* "
           r"(?:велик\w*|самокат\w*|телефон\w*|рюкзак\w*|лицо|зубы|вещи|собак\w*|кошк\w*))"),
    "tr": ("devam daha tekrar",
           r"\b(?:(?:ispiyonlamaya|sikayet etmeye|yetistirmeye|anlatmaya|soylemeye|gammazlamaya) devam "
           r"(?:et|edersen)|(?:bir daha|tekrar) (?:\S+ ){0,3}?(?:soyle|anlat|sikayet et|ispiyonla|yetistir|"
           r"soylersen|anlatirsan|sikayet edersen|ispiyonlarsan|yetistirirsen|gammazlarsan))\b",
           r"(?:\b(?:sana|\S+(?:ina|ine|una|une)) ne (?:olacak|olacagini) (?:gor|gorursun)\b|\bbakalim "
           r"(?:\S+ ){0,4}?(?:nasil (?:geleceksin|gideceksin|doneceksin|varacaksin)|(?:varacak|gelecek|"
           r"donecek|kalacak) mi)\b|\b(?:bisikletine|scooterina|telefonuna|cantana|yuzune|esyalarina|"
           r"kopegine|kedine) (?:de |da )?(?:iyi )?(?:bak|dikkat et|sahip cik|veda et)\b|\b(?:okul "
           r"cikisi(?:nda)?|okuldan sonra|cikista|teneffuste|servis duraginda) (?:gorusuruz|gorusecegiz|"
           r"konusuruz|konusacagiz|seni bekliyoruz|seni bekleriz|hesaplasiriz)\b|\bne olacagini gor(?:ursun|"
           r"eceksin)\b)"),
    "pl": ("dalej raz znowu ponownie",
           r"\b(?:(?:kabluj|skarz|donos|zglaszaj mnie|lataj na skargi) dalej|(?:jeszcze raz|znowu|ponownie) "
           r"(?:\S+ ){0,2}?(?:nakablujesz|poskarzysz|powiesz|doniesiesz|zglosisz|pojdziesz na skarge)|"
           r"(?:poskarz sie|powiedz|nakabluj|donies|zglos mnie|idz na skarge)(?: \S+){0,3}? (?:jeszcze raz|"
           r"znowu|ponownie))\b",
           r"(?:\bzobaczysz,? co (?:sie stanie|bedzie)(?: z (?:toba|twoim|twoja|twoimi))?\b|\bzobaczymy,? (?:jak "
           r"(?:dojdziesz|dojedziesz|wrocisz|dotrzesz)|czy (?:twoj|twoja|twoje) \S+ (?:dojedzie|dojdzie|"
           r"przetrwa|przezyje|wroci|zostanie))\b|\b(?:pilnuj|uwazaj na|pozegnaj sie z) (?:swo|tw)\w* "
           r"(?:rower\w*|hulajnog\w*|telefon\w*|plecak\w*|twarz|zeby|rzeczy|kot\w*)\b)"),
    "id": ("terus terusin lagi",
           r"\b(?:terus(?:in)? (?:aja )?(?:ngadu|lapor|ngelapor|cepu|nyepu)|(?:ngadu|lapor|laporin|bilang|cepu|"
           r"ngomong|cerita)(?: \S+){0,2}? lagi)\b",
           r"(?:\b(?:liat|lihat) (?:aja )?(?:apa yang (?:terjadi|bakal terjadi) (?:sama|ke|pada) (?:\S+ )?"
           r"(?:lo|lu|kamu|elo)|gimana (?:lo|lu|kamu|elo) (?:bisa )?(?:nyampe|sampe|pulang|dateng))\b|"
           r"\b(?:kita|gue|gw) (?:liat|lihat) (?:aja )?\S+ (?:lo|lu|kamu|elo) (?:bisa )?(?:nyampe|sampe|"
           r"selamat|utuh)\b|\b(?:jagain|pamit sama) (?:motor|sepeda|skuter|hp|tas|muka|kucing|anjing) "
           r"(?:lo|lu|kamu|elo)\b)"),
    "ar": ("كمل كملي استمر استمري ضل ظل ثانيه تانيه كمان ثاني تاني",
           r"(?:(?:كمل|كملي|استمر|استمري|ضل|ظل) (?:فتن|تفتن|تشتكي|تبلغ|تفتني|تقول)|(?:اشتكي|اشتكى|بلغ|بلغي|"
           r"قول|قولي|علم|علمي|فتن|افتن)(?: \S+){0,3}? (?:مره ثانيه|مره تانيه|كمان مره|مره كمان)|(?:لو|اذا|"
           r"ان) (?:\S+ )?(?:اشتكيت|بلغت|قلت|علمت|فتنت)(?: \S+){0,3}? (?:مره ثانيه|مره تانيه|كمان مره|ثاني|"
           r"تاني))",
           r"(?:و?شوفي? (?:ايش|وش|شو|ايه) (?:بيصير|راح يصير|بيحصل|هيحصل|حيحصل|يصير) (?:لك|فيك|ل\S+ك|ب\S+ك)"
           r"(?=\s|$)|و?(?:شوف|شوفي|نشوف|بنشوف|خلينا نشوف) (?:كيف|ازاي|اذا|لو) (?:\S+ )?(?:بتوصل|راح توصل|"
           r"هتوصل|توصل|ترجع|بترجع|بيوصل|بتوصلي)|(?:انتبه|دير بالك|خلي بالك) (?:علي|من) \S+ك(?=\s|$))"),
    "hi": ("reh rah raho baar phir fir dobara dubara फिर दोबारा बार",
           r"(?:\b(?:(?:chugli|complain|shikayat|report) (?:karta|karti|karte) (?:reh|rah|raho)|(?:ek baar aur|"
           r"ek aur baar|phir se|fir se|dobara|dubara)(?: \S+){0,3}? (?:chugli|complain|shikayat|bataya|"
           r"batayega|batayegi|bola|report))\b|(?:फिर से|दोबारा|एक बार और)(?: \S+){0,3}? (?:बताया|बताएगा|"
           r"शिकायत|चुगली|कंप्लेन))",
           r"(?:\b(?:(?:phir|fir) )?(?:dekhna|dekh lena)(?: \S+){0,2}? (?:teri|tera|tere|tumhari|tumhara) \S+ "
           r"(?:ka|ki|ke) kya (?:hota|hoga|haal)\b|\bdekhte hain (?:tu |tum )?(?:\S+ ){0,3}?(?:kaise|kaisa) "
           r"(?:aata|aati|aayega|pahunchta|pahunchti)\b|देखना (?:तेरी|तेरा|तेरे) \S+ (?:का|की|के) क्या "
           r"(?:होता|होगा))"),
}

# the reader's routine known, then "you'll see"
_ROUTINE: dict[str, tuple[str, str, str]] = {
    "ru": ("знаю знаем",
           r"\b(?:я знаю|мы знаем),? (?:что|когда|где|во сколько|какои дорогои|как)(?: \S+){0,2}? ты (?:\S+ )?"
           r"(?:ходишь|идешь|возвращаешься|выходишь|ждешь|ездишь|гуляешь)\b", _FRIENDLY_RU),
    "tr": ("yurudugunu gittigini dondugunu ciktigini bekledigini bindigini geldigini gectigini",
           r"\b(?:yurudugunu|gittigini|dondugunu|ciktigini|bekledigini|bindigini|geldigini|gectigini) (?:da )?"
           r"(?:biliyorum|biliyoruz)\b", _FRIENDLY_TR),
    "pl": ("wiem wiemy",
           r"\b(?:wiem|wiemy),? (?:ze|kiedy|o ktorej|ktoredy|gdzie|jak)(?: \S+){0,2}? (?:wracasz|chodzisz|"
           r"idziesz|wychodzisz|czekasz|jezdzisz)\b", _FRIENDLY_PL),
    "id": ("tau tahu",
           r"\b(?:gue|gw|gua|aku|kita|kami) (?:tau|tahu|udah tau)(?: kalo| kalau)? (?:lo|lu|kamu|elo|km) "
           r"(?:\S+ )?(?:pulang|berangkat|lewat|nunggu|jalan|naik)\b", _FRIENDLY_ID),
    "ar": ("اعرف عارف ادري نعرف عارفين",
           r"(?:اعرف|عارف|ادري|نعرف|عارفين) (?:انك|انكي|متي|وين|من وين)(?: \S+){0,2}? (?:ترجع|ترجعين|تروح|"
           r"تروحين|تمشي|تمشين|تطلع|تطلعين|تنتظر|تنتظرين|بترجع|بتروح)", _FRIENDLY_AR),
    "hi": ("pata maloom malum",
           r"\b(?:mujhe|muje|humein|hume) (?:pata|maloom|malum) hai (?:ki )?(?:tu|tum) (?:\S+ ){0,5}?(?:jaata|"
           r"jata|jaati|jati|aata|aati|nikalta|nikalti|akela|akeli)\b", _FRIENDLY_HI),
}

# a sibling warned, with a wink (a reason for the warning passes)
_KIN: dict[str, tuple[str, str, str]] = {
    "ru": ("передаи скажи",
           r"\b(?:передаи|скажи) (?:своему |своеи |твоему |твоеи )?(?:младшему |старшему |маленькому |младшеи |"
           r"старшеи |)(?:брату|сестре|сестренке|братишке|маме|папе|парню|девушке),? (?:чтобы|пусть) (?:\S+ )"
           r"{0,2}?(?:был\w* осторожн\w*|береж\w*|берегся|береглась|ходил\w* другои дорогои|не ходил\w* "
           r"одн\w*|сидел\w* дома|оглядывал\w*)(?!.*?\b(?:потому|так как|гололед|лед|снег|дожд\w*|гроза|"
           r"закрыт\w*|ремонт|машин\w*|собак\w*|незнаком\w*|мужик|авари\w*|темно|скользко|полици\w*)\b)",
           r"\b(?:просто говорю|поверь(?: мне)?|сам знаешь почему|для (?:его|ее) же блага|ты предупрежден\w*)"
           r"\b"),
    "tr": ("kardesine abine ablana annene babana kuzenine sevgiline",
           r"\b(?:kucuk |buyuk |)(?:kardesine|abine|ablana|annene|babana|kuzenine|sevgiline) (?:soyle|de ki)"
           r"(?: \S+){0,4}? (?:dikkatli olsun|dikkat etsin|baska yoldan (?:gitsin|donsun|gelsin)|yalniz "
           r"(?:gitmesin|donmesin|yurumesin)|evde kalsin|kapiyi kilitlesin|arkasina baksin)\b(?!.*?\b(?:cunku|"
           r"buz\w*|kar yagiyor|yagmur\w*|firtina|kapali|calisma|trafik|kopek\w*|yabanci|kaza\w*|karanlik|"
           r"kaygan|polis)\b)",
           r"\b(?:sadece soyluyorum|soylemis olayim|benden soylemesi|guven bana|inan bana|haberin olsun|"
           r"uyarmadi deme)\b"),
    "pl": ("powiedz przekaz",
           r"\b(?:powiedz|przekaz) (?:swojemu |swojej |twojemu |twojej )?(?:mlodszemu |starszemu |malemu |"
           r"mlodszej |starszej |malej |)(?:bratu|siostrze|braciszkowi|siostrzyczce|kuzynowi|kuzynce|mamie|"
           r"tacie),? (?:zeby|niech) (?:\S+ ){0,2}?(?:uwazal\w*|uwaza|byl\w* ostrozn\w*|(?:chodzil|wracal)\w* "
           r"inna droga|nie wracal\w* sam\w*|zostal\w* w domu|ogladal\w* sie)\b(?!.*?\b(?:bo|poniewaz|"
           r"gololedz\w*|lod|snieg|deszcz|burza|zamkniet\w*|remont|roboty|psy|psem|obc\w*|facet|wypadek|"
           r"ciemno|slisko|policj\w*)\b)",
           r"\b(?:tak tylko mowie|tylko mowie|mowie tylko|uwierz mi|zaufaj mi|wiesz dlaczego|dla (?:jego|jej) "
           r"dobra|ostrzegam)\b"),
    "id": ("bilangin bilang kasih",
           r"\b(?:bilangin|bilang ke|kasih tau) (?:adek|adik|kakak|abang|nyokap|bokap|mama|papa|pacar|sepupu) "
           r"(?:lo|lu|kamu|elo|km)(?: \S+)? (?:buat |supaya |biar |untuk )?(?:hati hati|hati2|jaga diri|ati "
           r"ati|ati2|lewat jalan lain|ambil jalan lain|jangan pulang sendiri\w*|di rumah aja|kunci pintu)\b"
           r"(?!.*?\b(?:soalnya|karena|karna|banjir|hujan|licin|ditutup|tutup|macet|perbaikan|anjing|orang "
           r"asing|kecelakaan|gelap|polisi|badai)\b)",
           r"\b(?:cuma ngingetin|cuma bilang|percaya deh|percaya aja|(?:lo|kamu) tau kenapa|udah gue "
           r"peringatin)\b"),
    "ar": ("قول قولي قل خبر خبري علم علمي نبه نبهي",
           r"(?:قول|قولي|قل|خبر|خبري|علم|علمي|نبه|نبهي) (?:لاخوك|لاختك|لامك|لابوك|اخوك|اختك|لاخيك|لابيك|"
           r"اخاك|لاخواتك|لاخوانك)(?: \S+)? (?:ينتبه|تنتبه|ياخذ "
           r"باله|تاخذ بالها|ياخد باله|تاخد بالها|يدير باله|تدير بالها|يغير طريقه|تغير طريقها|ما يرجع لحاله|ما "
           r"ترجع لحالها|يقعد في البيت|تقعد في البيت)(?!.*?(?:لان|عشان|علشان|مطر|ثلج|مسكر|مقفل|مغلق|زحمه|"
           r"كلاب|كلب|غريب|حادث|ظلام|شرطه|عاصفه|تصليح))",
           r"(?:بس اقول|بس بقول|اقول بس|صدقني|انت عارف ليش|انت عارف ليه|لمصلحته|لمصلحتها|انا نبهتك|اعذر من "
           r"انذر)"),
    "hi": ("bol bolna bata batana keh kehna",
           r"\b(?:apne|apni|tere|teri) (?:chhote |chote |bade |)(?:bhai|behen|behan|sister|brother|mummy|papa|"
           r"cousin) (?:ko|se) (?:bol|bolna|bata|batana|keh|kehna)(?: \S+){0,5}? (?:dhyan rakhe|dhyan rakhna|"
           r"sambhal ke|bach ke|dusre raaste|doosre raaste|akela mat|akeli mat|ghar pe rahe|ghar par rahe)\b"
           r"(?!.*?\b(?:kyunki|kyuki|barish|baarish|band hai|traffic|kutte|kutta|ajnabi|accident|andhera|"
           r"police|toofan)\b)",
           r"\b(?:bas bol raha|bas bol rahi|bas keh raha|bas keh rahi|trust me|samajh ja|samjha kya|uske bhale "
           r"ke liye)\b"),
}

# "you won't be laughing on monday", with someone or a knife coming (a test after it passes)
_LAUGH: dict[str, tuple[str, str, str]] = {
    "ru": ("смеха смеяться ржать улыбаться посмеешься",
           r"\b(?:тебе (?:будет )?не до смеха|(?:больше )?не будешь (?:смеяться|ржать|улыбаться)|посмеешься)\b"
           r"(?!.*?\b(?:контрольн\w*|тест\w*|экзамен\w*|огэ|егэ|домашк\w*|оценк\w*|результат\w*|уров\w*|матч\w*|"
           r"игр\w*|серия|сезон\w*|дневник\w*|стоматолог\w*|прививк\w*)\b)",
           r"(?:\bмы с (?:братом|братьями|пацанами|друзьями|кузеном)\b|\b(?:мои|мой) (?:брат|братья|пацаны|"
           r"друзья) (?:будут|будет|придут|придет)\b|\b(?:будем ждать|мы будем)\b|" + _omen("ru") + r")"),
    "tr": ("gulemeyeceksin gulmeyeceksin gulemezsin gulmeyi",
           r"\b(?:gulemeyeceksin|gulmeyeceksin|gulmeyi unutursun|gulemezsin)\b(?!.*?\b(?:sinav\w*|yazili\w*|"
           r"quiz|odev\w*|karne\w*|sonuc\w*|seviye\w*|mac\w*|oyun\w*|bolum\w*|sezon\w*|disci\w*|asi)\b)",
           r"(?:\b(?:abimle|abimlerle|kuzenimle|arkadaslarimla|kardesimle|ben ve abim|abim ve ben)\b|"
           r"\b(?:olacagiz|bekliyor olacagiz|seni bekleyecegiz|bekleriz)\b|" + _omen("tr") + r")"),
    "pl": ("smiechu smiac smial smiala",
           r"\b(?:nie bedzie ci do smiechu|nie bedziesz sie (?:smial|smiala|smiac)|odechce ci sie smiac)\b(?!.*?\b(?:"
           r"sprawdzian\w*|kartkowk\w*|egzamin\w*|test\w*|klasowk\w*|ocen\w*|wynik\w*|poziom\w*|mecz\w*|gra|"
           r"gry|grze|odcin\w*|sezon\w*|swiadectw\w*|dentyst\w*|szczepien\w*)\b)",
           r"(?:\b(?:ja i (?:moj|moi) (?:brat|bracia|kuzyn|kumple|ziomki)|z (?:bratem|kumplami|kuzynem|"
           r"ziomkami))\b|\b(?:bedziemy (?:czekac|na|pod|przy)|poczekamy)\b|" + _omen("pl") + r")"),
    "id": ("ketawa senyum",
           r"\b(?:(?:gak|ga|nggak|ngga|tidak) (?:bakal |akan )?(?:bisa )?ketawa(?: ketawa)?|(?:ketawa|senyum) "
           r"(?:lo|lu|kamu) bakal ilang)\b(?!.*?\b(?:ulangan|ujian|tes|pr|tugas|nilai|rapor|hasil|level|match|"
           r"pertandingan|game|episode|season|dokter gigi|vaksin|uts|uas)\b)",
           r"(?:\b(?:gue|gw|aku) (?:sama|dan) (?:abang|kakak|temen|teman|sepupu|geng)\w*\b|\b(?:bakal (?:nunggu|"
           r"ada) di|nungguin lo|kita tunggu)\b|" + _omen("id") + r")"),
    "ar": ("تضحك ضحكتك هتضحك حتضحك بتضحك",
           r"(?:ما (?:راح|رح) تضحك|ماراح تضحك|مش (?:هتضحك|حتضحك)|ما بتضحك|لن تضحك|ضحكتك (?:بتروح|راح تروح))"
           r"(?!.*?(?:اختبار|امتحان|كويز|واجب|درجات|نتيجه|مستوي|مباراه|ماتش|لعبه|حلقه|موسم|شهاده|دكتور|تطعيم))",
           r"(?:انا (?:واخوي|واخويا|وابن عمي|وربعي|وصحابي)|(?:بنكون|راح نكون|هنكون|حنكون|بنستناك|هنستناك|"
           r"ننتظرك)|" + _omen("ar") + r")"),
    "hi": ("hasna hasi hasega hasegi hansega hasoge हंसना हँसना हंसी",
           r"(?:\b(?:hasna bhool (?:jayega|jaayega|jayegi|jaayegi|jaoge)|hasi (?:nikal|gayab|band) ho "
           r"(?:jayegi|jaayegi)|(?:nahi|nhi) (?:hasega|hasegi|hansega|hasoge))\b|(?:हंसना|हँसना) भूल जाएगा|हंसी "
           r"(?:निकल|गायब) हो जाएगी)(?!.*?\b(?:test|exam|paper|homework|marks|result|level|match|game|"
           r"episode|season|dentist|injection)\b)",
           r"(?:\b(?:main|mai) aur (?:mera|mere) (?:bhai|bhaiya|dost|cousin|yaar)\w*\b|\b(?:honge|rahenge|wait "
           r"karenge)\b|मैं और मेरा (?:भाई|दोस्त)|" + _omen("hi") + r")"),
}

# a school place and "this time don't bring your mum"
_NO_MUM: dict[str, tuple[str, str, str]] = {
    "ru": ("приводи бери зови",
           r"\b(?:маму|мамочку|папу|родителеи|учительницу|старшего брата)(?: (?:в|на) этот раз| теперь)? не "
           r"(?:приводи|бери|зови)\b(?!.*?\b(?:стыдно|позор\w*|вечеринк\w*|днюх\w*|день рождения|кино|фильм\w*|"
           r"торт\w*|репетици\w*|магазин\w*)\b)",
           r"\b(?:за (?:спортзалом|школои|гаражами)|после (?:уроков|школы)|у (?:ворот|входа) школы|на "
           r"остановке|на переменке)\b"),
    "tr": ("getirme alma",
           r"\bbu (?:sefer|kez|defa) (?:anneni|babani|ogretmenini|abini|ablani|aileni)(?: de)? (?:getirme|"
           r"yaninda getirme)\b(?!.*?\b(?:utan\w*|rezil|parti|dogum gunu|sinema|film|alisveris|avm|pasta|"
           r"prova)\b)",
           r"\b(?:okuldan sonra|okul cikisi\w*|(?:spor salonunun|okulun|kantinin) arkasi\w*|otobus duragi\w*|"
           r"teneffus\w*)\b"),
    "pl": ("przyprowadzaj bierz zabieraj",
           r"\b(?:(?:tym razem|teraz) nie (?:przyprowadzaj|bierz|zabieraj) (?:ze soba )?(?:mamy|mamusi|taty|"
           r"tatusia|rodzicow|nauczycielki|starszego brata)|nie (?:przyprowadzaj|bierz) (?:ze soba )?(?:mamy|"
           r"mamusi|taty|rodzicow|nauczycielki|starszego brata) tym razem)\b(?!.*?\b(?:wstyd\w*|imprez\w*|"
           r"urodzin\w*|kino|kina|film\w*|zakup\w*|galeri\w*|tort\w*|prob\w*)\b)",
           r"\b(?:za (?:sala gimnastyczna|szkola|garazami|sklepem)|po (?:lekcjach|szkole)|pod szkola|przed "
           r"szkola|na przystanku|na przerwie)\b"),
    "id": ("bawa ajak",
           r"\b(?:(?:kali ini|sekarang) jangan (?:bawa|ajak) (?:nyokap|bokap|mama|mamah|papa|mami|ibu|bapak|"
           r"guru|abang|kakak)|jangan (?:bawa|ajak) (?:nyokap|bokap|mama|mamah|papa|mami|ibu|bapak|guru) "
           r"(?:lo|lu|kamu|elo) (?:lagi|kali ini))\b(?!.*?\b(?:malu\w*|pesta|ultah|bioskop|nonton|film|mall|"
           r"belanja|kue|latihan)\b)",
           r"\b(?:belakang (?:aula|sekolah|gedung|kantin|gym)|abis sekolah|habis sekolah|pulang sekolah|depan "
           r"gerbang|di gerbang|di halte|pas istirahat)\b"),
    "ar": ("تجيب تجيبي تجيبين تاخد تاخذ",
           r"(?:(?:هالمره|هذي المره|المره دي) (?:لا|ما) (?:تجيب|تجيبي|تجيبين|تاخد|تاخذ) (?:امك|ابوك|ماما|بابا|"
           r"مامتك|باباك|المعلم|المعلمه|اخوك الكبير|اهلك)|(?:لا|ما) (?:تجيب|تجيبي|تجيبين) (?:امك|ابوك|مامتك|"
           r"باباك|اهلك)(?: \S+)? (?:هالمره|هذي المره|المره دي))(?!.*?(?:فشله|عيب|حفله|عيد ميلاد|سينما|فيلم|"
           r"مول|كيكه|بروفه))",
           r"(?:ورا (?:الصاله|المدرسه|الملعب|المقصف)|خلف (?:الصاله|المدرسه)|بعد (?:المدرسه|الدوام|الحصه)|عند "
           r"(?:البوابه|باب المدرسه|الموقف)|في الفسحه)"),
    "hi": ("lana laana laiyo लाना",
           r"(?:\b(?:is baar|iss baar|ab ki baar|abki baar) (?:apni |apne )?(?:mummy|mumma|maa|mom|papa|daddy|"
           r"teacher|bade bhai)(?: ko)? (?:mat|na) (?:lana|laana|laiyo)\b|इस बार (?:अपनी |अपने )?(?:मम्मी|माँ|"
           r"पापा|टीचर)(?: को)? (?:मत|ना) लाना)(?!.*?\b(?:sharam|party|birthday|movie|film|mall|shopping|cake|"
           r"practice)\b)",
           r"(?:\b(?:school ke baad|chhutti ke baad|chutti ke baad|(?:hall|ground|school|canteen) ke peeche|gate "
           r"(?:pe|par)|bus stop (?:pe|par))\b|स्कूल के बाद|छुट्टी के बाद)"),
}

# "wait till everyone sees the pics", then "you'll see"
_PICS: dict[str, tuple[str, str]] = {
    "ru": ("подожди жди погоди",
           r"\b(?:подожди|жди|погоди) (?:до|пока)(?: \S+){0,4}? (?:увидят|увидит|посмотрят) (?:твои |эти |все )?"
           r"(?:фото|фотки|фоточки|видео|скрины|переписку|сообщения)\b(?!.*?\b(?:красив\w*|классн\w*|огонь|"
           r"поездк\w*|экскурси\w*|вечеринк\w*|днюх\w*|свадьб\w*|горд\w*|мил\w*)\b)"),
    "tr": ("bekle",
           r"\bbekle(?: \S+){0,4}? (?:fotograflari|fotolari|resimleri|videolari|videoyu|ssleri|mesajlari|"
           r"fotograflarini|fotolarini|videolarini) (?:gorunce|gordugunde|gorecek|gorsun|gordugu zaman)\b"
           r"(?!.*?\b(?:guzel\w*|harika|muhtesem|super|gezi\w*|tatil\w*|parti\w*|dogum gunu|dugun\w*|gurur\w*|"
           r"tatli)\b)"),
    "pl": ("poczekaj czekaj",
           r"\b(?:poczekaj|czekaj) (?:do|az|na)(?: \S+){0,4}? (?:zobacza|zobaczy|obejrza) (?:twoje |te |"
           r"wszystkie )?(?:zdjecia|fotki|foty|filmik\w*|nagrani\w*|screeny|wiadomosci)\b(?!.*?\b(?:piekn\w*|"
           r"sliczn\w*|super|ekstra|swietn\w*|wycieczk\w*|wakacj\w*|imprez\w*|urodzin\w*|wesel\w*|dumn\w*|"
           r"ladn\w*)\b)"),
    "id": ("tunggu",
           r"\btunggu (?:aja )?(?:sampe|sampai|pas|senin|besok|selasa|rabu|kamis|jumat)(?: \S+){0,4}? (?:liat|"
           r"lihat|ngeliat|ngelihat) (?:foto\w*|video\w*|ss\w*|chat\w*|pap\w*)\b(?!.*?\b(?:bagus|keren|cakep|"
           r"cantik|lucu|kece|mantap|study tour|liburan|pesta|ultah|nikahan|bangga)\b)"),
    "ar": ("استني استنى انتظر انتظري استنا",
           r"(?:استني|استنى|انتظر|انتظري|استنا)(?: \S+){0,5}? (?:يشوف|يشوفون|يشوفوا|بيشوفوا|هيشوفوا) (?:الصور|"
           r"صورك|الفيديو|فيديوهاتك|المحادثات|السكرينات)(?!.*?(?:حلوه|حلوين|جميله|رهيبه|روعه|تجنن|رحله|حفله|"
           r"العرس|التخرج|فخور))"),
    "hi": ("ruk ruko intezaar wait",
           r"\b(?:ruk|ruko|wait kar|intezaar kar)(?: \S+){0,3}? jab (?:sab|sabhi|saare|poora school|puri class|"
           r"teri mummy|tere papa)(?: \S+){0,2}? (?:photos|pictures|pics|video|videos|chats|screenshots)"
           r"(?: \S+)? (?:dekhenge|dekhega|dekhegi|dekh lenge)\b(?!.*?\b(?:mast|sundar|acchi|achhi|badiya|"
           r"badhiya|amazing|trip|party|birthday|shaadi|proud)\b)"),
}

# "don't come to school on friday", with "trust me, something will happen" (a day off passes)
_STAY: dict[str, tuple[str, str, str]] = {
    "ru": ("приходи ходи появляися",
           r"\bне (?:приходи|ходи|появляися) (?:\S+ ){0,3}?(?:в школу|на уроки)\b(?!.*?\b(?:методическ\w*|"
           r"забастовк\w*|закрыт\w*|каникул\w*|праздник\w*|выходн\w*|снег\w*|болеешь|заболел\w*|температур\w*|"
           r"экскурси\w*|уроков не будет|нет уроков|контрольн\w*|скучно|ничего|отмен\w*|учени\w*|грипп\w*|"
           r"заразн\w*|карантин\w*|замен\w*)\b)",
           r"\b(?:поверь(?: мне)?|что то (?:случится|будет|произоидет)|ты предупрежден\w*|для твоего же "
           r"блага|emoji_knife)\b"),
    "tr": ("gelme gitme",
           r"\b(?:okula|derse|sinifa) (?:sakin )?(?:gelme|gitme)\b(?! (?:saat|vakt)\w*)(?!.*?\b(?:seminer\w*|"
           r"grev\w*|kapali|tatil\w*|bayram\w*|kar yagiyor|hasta\w*|ates\w*|gezi\w*|ders yok|sinav\w*|sikici|"
           r"hicbir sey|iptal\w*|tatbikat\w*|grip\w*|bulasici|kusma\w*|yagmur\w*|izin\w*)\b)",
           r"\b(?:guven bana|bana guven|inan bana|bir sey olacak|bisey olacak|olay cikacak|haberin olsun|"
           r"uyarmadi deme|emoji_knife)\b"),
    "pl": ("przychodz idz",
           r"\bnie (?:przychodz|idz) (?:\S+ ){0,3}?(?:do szkoly|na lekcje)\b(?!.*?\b(?:woln\w*|strajk\w*|"
           r"zamkniet\w*|ferie|wakacj\w*|swiet\w*|snieg\w*|chor\w*|goraczk\w*|wycieczk\w*|nie ma lekcji|"
           r"sprawdzian\w*|nud\w*|nic|odwolan\w*|gryp\w*|zaraz\w*|zastepstw\w*|deszcz\w*|rady pedagogicznej)\b)",
           r"\b(?:uwierz mi|zaufaj mi|cos sie stanie|stanie sie cos|ostrzegam|dla twojego dobra|emoji_knife)\b"),
    "id": ("masuk dateng datang",
           r"\bjangan (?:masuk|dateng|datang) (?:ke )?sekolah\b(?!.*?\b(?:rapat|libur\w*|tutup|demo|mogok|"
           r"tanggal merah|banjir|sakit|demam|study tour|ulangan|ujian|bosen|batal|simulasi|flu|nular|muntah|"
           r"hujan)\b)",
           r"\b(?:percaya (?:deh|aja|sama gue|sama aku)|bakal ada (?:sesuatu|kejadian|apa2|apa apa)|(?:sesuatu|"
           r"kejadian) bakal terjadi|udah gue peringatin|emoji_knife)\b"),
    "ar": ("تجي تيجي تجين تروح تداوم",
           r"(?:لا|ما) (?:تجي|تيجي|تجين|تروح|تداوم) (?:\S+ )?(?:المدرسه|للمدرسه|الدوام)(?!.*?(?:اجازه|عطله|"
           r"اضراب|مسكره|مقفله|مغلقه|عيد|مطر|ثلج|مريض|حراره|رحله|دوام|اختبار|امتحان|ممل|ولا شي|ملغي|الغاء|"
           r"انفلونزا|عدوي|بديل))",
           r"(?:صدقني|صدقيني|بيصير شي|راح يصير شي|هيحصل حاجه|حيحصل حاجه|سيحدث شيء|انا حذرتك|اعذر من انذر|"
           r"لمصلحتك|emoji_knife)"),
    "hi": ("aana aaiyo jaana jana आना जाना",
           r"(?:\b(?:school|class) (?:mat|na) (?:aana|aaiyo|ana|jaana|jana)\b|स्कूल (?:मत|ना) (?:आना|जाना))"
           r"(?!.*?\b(?:chutti|chhutti|holiday|band|strike|barish|bimar|bukhar|trip|exam|test|boring|kuch "
           r"nahi|cancel|flu|substitute|meeting)\b)",
           r"(?:\b(?:trust me|yakeen kar|kuch (?:hone wala|hoga|ho jayega)|tere bhale ke liye|emoji_knife)\b|"
           r"कुछ (?:होने वाला|होगा)|भरोसा कर)"),
}

# a surprise or a party the sibling is warned about (harm_veiled_more_langs.NOT_FUN)
_NOT_FUN = {
    "ru": r"(?!.*?\b(?:сюрприз\w*|подар\w*|праздник\w*|днюх\w*|ахах\w*|хаха\w*)\b)",
    "tr": r"(?!.*?\b(?:surpriz\w*|hediye\w*|parti\w*|dogum gunu\w*|hahah\w*)\b)",
    "pl": r"(?!.*?\b(?:niespodzian\w*|prezent\w*|impreza\w*|urodzin\w*|haha\w*)\b)",
    "id": r"(?!.*?\b(?:kejutan|surprise|kado|pesta|ultah|wkwk\w*|haha\w*)\b)",
    "ar": r"(?!.*?(?:مفاجاه|مفاجئه|هديه|حفله|عيد ميلاد|ههه))",
    "hi": r"(?!.*?\b(?:surprise|gift|party|birthday|haha\w*)\b)",
}
_ZH_NOT_TEST = r"(?![\s\S]*?(?:考试|测验|成绩|作业|分数|关卡|比赛|游戏|这集|牙医|打针))"

RULES: list[Rule] = [
    *(_pair(t, a, c) for t, a, c in _AGAIN.values()),
    *(_pair(t, k, _SEE[lang] + f, back=False) for lang, (t, k, f) in _ROUTINE.items()),
    *(_pair(t, k + _NOT_FUN[lang], w + "|" + _SEE[lang]) for lang, (t, k, w) in _KIN.items()),
    *(_pair(t, laugh, coming) for t, laugh, coming in _LAUGH.values()),
    *(_no_mum(t, m, p) for t, m, p in _NO_MUM.values()),
    *(_pair(t, w, _omen(lang), back=False) for lang, (t, w) in _PICS.items()),
    *(_pair(t, s, w) for t, s, w in _STAY.values()),
    # Egyptian and Levantine: a wait till school lets out, then "you'll find out who you're talking to"
    rule("threat:veiled", "threat", "وهتعرف هتعرف وحتعرف حتعرف وبتعرف بتعرف تعرف ستعرف",
         r"(?:استني|استنى|استنا|بكره|بكرا|بعد المدرسه|لما نخرج|لما تخرج|برا المدرسه)(?: \S+){0,8}? و?(?:هتعرف|"
         r"حتعرف|بتعرف|راح تعرف|رح تعرف|ستعرف) (?:انت |انتي |انتا )?(?:بتكلم|بتتكلم|تكلم|تتكلم|بتلعب|تلعب) "
         r"(?:مع )?مين"),
    # zh: telling again with a consequence; a sibling warned; laughing; this time no mum; stay away
    zrule("threat:veiled", "threat", "报 告 诉 投 继",
          r"(?:继续|再|还敢)(?:跟|向|去找|找|去跟)?(?:老师|校长|家长|班主任|你妈|你爸)?(?:打小报告|告状|投诉|告密|"
          r"举报)[\s\S]{0,12}?(?:看看?|等着看)你的?[^。!?]{0,8}?(?:会怎么样|还能不能|怎么来|怎么回|怎么上学|"
          r"还在不在)"),
    zrule("threat:veiled", "threat", "说 醒 信 懂",
          r"(?:告诉|叫|让)你(?:的)?(?:弟弟|妹妹|哥哥|姐姐|妈|爸)[^。!?]{0,10}?(?:小心点|小心一点|注意安全|换条路|"
          r"别一个人)(?![\s\S]*?(?:因为|下雨|下雪|结冰|路滑|封路|施工|车多|狗|陌生人|坏人|事故|天黑))[\s\S]{0,20}?"
          r"(?:我只是说说|只是说说|你懂的|相信我|别说我没提醒)"),
    zrule("threat:veiled", "threat", "笑",
          r"笑不出来" + _ZH_NOT_TEST + r"[\s\S]{0,30}?(?:我和我(?:哥|弟|兄弟|表哥|朋友)|我们会在|等你|🔪|走着瞧|"
          r"等着瞧)|(?:我和我(?:哥|弟|兄弟|表哥|朋友)|🔪)[\s\S]{0,30}?笑不出来" + _ZH_NOT_TEST),
    zrule("threat:veiled", "threat", "带 叫",
          r"(?:放学后?|体育馆后面|学校后面|操场|校门口|车站)[\s\S]{0,20}?(?:这次|这回)别(?:再)?(?:带|叫)你?"
          r"(?:妈|爸|家长|老师|哥|姐)(?![\s\S]*?(?:丢人|尴尬|派对|生日|电影|逛街|商场|蛋糕|排练))"),
    zrule("threat:veiled", "threat", "别",
          r"别来(?:学校|上学|上课)(?![\s\S]*?(?:放假|培训|罢课|停课|关门|下雪|生病|发烧|春游|秋游|没课|考试|无聊|"
          r"取消|演习|流感|传染|代课))[\s\S]{0,20}?(?:相信我|会出事|要出事|出大事|别说我没提醒你|我警告你)"),
]
