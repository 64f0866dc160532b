"""Someone else who says they will end their life, and is alone or cut off
now: the tables of ru pl tr id, Arabic (script and Arabizi), Hindi
(Hinglish and Devanagari) and Chinese (the class, its three parts and what
passes are in `selfharm_others_alone.py`, which builds the rules).

Each row: (triggers, stems of the intent, the person, the guards, the
intent, the isolation).  The person, the guards of the past, fiction and
lessons, and the silences are the sibling class's (`selfharm_others_acute_*`);
the intent (a reflexive or "wants to die"), the isolation (locked in, alone
at home, the parents out, the phone switched off) and the jokes and
everyday reasons for silence are this class's.  Arabizi rows are written
with digits (`packs.ar.az` makes them phrase-form patterns) and have no
stems (the phrase form reads "7" as "t" and "3" as "e").
"""

from __future__ import annotations

from .packs.ar import az_triggers
from .selfharm_others_acute_asia import (
    _GUARD_ID,
    _GUARD_ZH,
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
from .selfharm_others_acute_indic import (
    _GUARD_HI,
    _GUARD_HL,
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
from .selfharm_others_acute_mideast import (
    _GUARD_AR,
    _GUARD_TR,
    _TRIG_AR,
    _TRIG_TR,
    _UNREACH_AR,
    _UNREACH_MORE_AR,
    _UNREACH_MORE_TR,
    _UNREACH_TR,
    _WHO_AR,
    _WHO_MORE_AR,
    _WHO_MORE_TR,
    _WHO_TR,
)
from .selfharm_others_acute_slavic import (
    _GUARD_PL,
    _GUARD_RU,
    _TRIG_PL,
    _TRIG_RU,
    _UNREACH_MORE_PL,
    _UNREACH_MORE_RU,
    _UNREACH_PL,
    _UNREACH_RU,
    _WHO_MORE_PL,
    _WHO_MORE_RU,
    _WHO_PL,
    _WHO_RU,
)

__all__ = ["ARABIZI", "AR_SCRIPT", "DEVA", "SPACED", "ZH", "Table"]

# lang -> (triggers, stems, person, guards, intent, isolation)
Table = dict[str, tuple[str, str, str, str, str, str]]

# -- ru ("й" reads "и") -----------------------------------------------------------------------
_INTENT_RU = (
    r"(?:убьет|убьют|убить|убиваю|убью) себя|поконч\w+ с (?:собои|жизнью)|повес(?:ится|иться|ятся)|"
    r"повешусь|(?:порежет|порезать|режет) себя|(?:хочет|собирается|грозится) (?:\S+ )?порезаться|"
    r"вскро\w+ (?:себе )?вены|"
    r"выпил(?:ится|иться)|навред(?:ит|ить) себе|сдела(?:ет|ть) (?:что[ -]?то|что[ -]?нибудь) с собои|"
    r"(?:хочет|хотела?|собирается|собирал\w*|грозится|угрожает) (?:\S+ )?(?:умереть|сдохнуть|спрыгнуть)|"
    r"(?:сегодня|этои ночью|ночью|сеичас) (?:\S+ ){0,2}?(?:все )?законч(?:ит|ат|у)\b|все законч(?:ит|ат|у) "
    r"(?:\S+ )?(?:сегодня|этои ночью|ночью)|не хочет (?:больше )?жить"
)
_ISO_RU = (
    r"заперл(?:ся|ась|ись)|запер(?:ся|лась)|закрыл(?:ся|ась|ись) (?:\S+ ){0,2}?(?:в|на) (?:ваннои|ванную|"
    r"ванне|комнате|туалете|душе|спальне|гараже|балконе|кладовке)|заперт[аоы]?\b|(?:одна|один|одни) дома|"
    r"дома (?:\S+ )?(?:одна|один|никого)|никого (?:нет )?дома|(?:родителеи|мамы|папы|взрослых|предков) "
    r"(?:\S+ )?нет\b|(?:выключил|отключил|вырубил)\w* (?:\S+ )?(?:телефон|тел|мобильник|смартфон)|"
    r"телефон (?:\S+ )?(?:выключен|отключен|вырублен)|не открывает|" + _UNREACH_RU + "|" + _UNREACH_MORE_RU
)
_JOKE_RU = (
    r"ахах\w*|хаха\w*|хах\w*|лол|шучу|шутит|шутка|прикол\w*|от скуки|со смеху|от смеха|от стыда|с голоду|от голода|"
    r"если "
    r"проиграет|матч\w*|батаре\w*|заряд\w*|телефон сел|сел телефон|нет сети|наказал\w*|отобрал\w* телефон"
)
_STEMS_RU = "себя|собои|жизнью|повес|порез|вены|выпил|себе|умереть|сдохнуть|спрыгнуть|законч|жить"

# -- pl ---------------------------------------------------------------------------------------
_INTENT_PL = (
    r"sie (?:zabije|zabic|zabija|powiesi|powiesic|potnie|pociac|tnie|okaleczy|okaleczyc)\b|"
    r"(?:zabije|zabic|powiesi|powiesic|potnie|pociac) sie\b|chce (?:\S+ )?umrzec\b|"
    r"(?:skonczy|skonczyc|zakonczy|zakonczyc) ze soba\b|(?:odbierze|odebrac) sobie zycie\b|"
    r"(?:zrobi|zrobic) sobie (?:\S+ )?krzywde\b|(?:dzis|dzisiaj|tej nocy|w nocy) (?:\S+ ){0,2}?(?:to |"
    r"wszystko )?(?:skonczy|zakonczy)\b|nie chce (?:juz )?zyc\b"
)
_ISO_PL = (
    r"zamkn(?:al|ela|eli|ely)\w* sie|zamkn\w+ sie (?:w|na)\b|(?:jest|sa) zamkni\w+|(?:jest|zostal\w*|siedzi) "
    r"(?:\S+ )?(?:sam|sama|sami) w domu|(?:sam|sama) w domu\b|nikogo (?:\S+ )?(?:nie ma )?w domu|nie ma "
    r"nikogo\b|(?:rodzicow|rodzice|mamy|taty|starych) (?:\S+ )?nie ma\b|wylaczyl\w* (?:\S+ )?(?:telefon|"
    r"komork\w*|fon)|nie otwiera\b|jest offline|" + _UNREACH_PL + "|" + _UNREACH_MORE_PL
)
_JOKE_PL = (
    r"xd+|haha\w*|hah\w*|lol|zartuje|zart\w*|dla jaj|z nudow|ze smiechu|ze wstydu|z glodu|jak przegra|mecz\w*|"
    r"bateri\w*|rozladowal\w*|szlaban|zabral\w* (?:mu |jej )?telefon"
)
_STEMS_PL = "zabi|powies|potnie|pociac|tnie|okalecz|umrzec|soba|zycie|krzywde|skonczy|zakonczy|zyc"

# -- tr ---------------------------------------------------------------------------------------
_INTENT_TR = (
    r"kendini (?:\S+ )?(?:oldur\w*|asaca\w*|asmak\w*|kesece\w*|kesecek\w*|yaralaya\w*|yaralamak\w*)|"
    r"kendimi (?:\S+ )?(?:oldurece\w*|oldurcem|asacag\w*|asicam|kesece\w*|kescem|yaralayaca\w*)|"
    r"intihar (?:\S+ )?(?:edece\w*|etmek\w*|edicem|ediyor\w*)|olmek (?:istiyor\w*|istedig\w*|istedi\w*)|"
    r"canina kiy\w*|canima kiy\w*|(?:bu gece|bu aksam|bugun|simdi) (?:\S+ )?(?:her seyi )?"
    r"bitir(?:ece|iyor)\w*|her seyi bitirece\w*|kendine (?:\S+ )?(?:zarar ver\w*|bir sey yap\w*)|"
    r"kendime (?:\S+ )?(?:zarar verece\w*|bir sey yapacag\w*)|yasamak istemiyor\w*"
)
_ISO_TR = (
    r"(?:banyo|oda|tuvalet|dolap|kiler|garaj|lavabo)\w* (?:\S+ )?(?:kilitle\w*|kapan\w*)|kendini (?:\S+ ){0,2}?"
    r"kilitle\w*|kilitli\b|kapiyi kilitle\w*|(?:evde|odasinda|odada) (?:\S+ )?(?:yalniz|tek basina)\b|"
    r"yalniz basina|tek basina\b|evde kimse (?:yok|olmadig\w*)|kimse yok evde|(?:annesi|babasi|annem|"
    r"babam|ailesi|annemler|ailem|annesiyle|annesiler|ailesiyle)\w* (?:\S+ ){0,2}?(?:evde (?:yok|degil)|"
    r"disarida)\b|telefon\w* (?:\S+ )?(?:kapatti|kapadi|kapali)|kapiyi (?:\S+ )?(?:acmiyor|acmadi)|"
    + _UNREACH_TR + "|" + _UNREACH_MORE_TR
)
_JOKE_TR = (
    r"haha\w*|sjsj\w*|ksks\w*|jsjs\w*|lol|xd|saka\w*|dalga geci\w*|sikintidan|gulmekten|utanctan|acliktan|oynu\w*|"
    r"kaybederse|mac\w*|sarj\w*|batarya\w*|cekmiyor|ceza\w*|telefonu(?:nu)? aldi\w*"
)
_STEMS_TR = "kendini|kendimi|intihar|olmek|canina|canima|bitir|kendine|kendime|yasamak"

# -- id ---------------------------------------------------------------------------------------
_INTENT_ID = (
    r"(?:mau|pengen|pingin|pengin|ingin|pgn|mo|bakal|akan|mau coba|ngancem|ngancam|mengancam|berencana|"
    r"rencana) (?:\S+ )?(?:bunuh diri|mati|gantung diri|nyakitin diri|menyakiti diri|melukai diri|"
    r"nyilet\w*|ngiris (?:tangan|nadi)\w*|motong nadi\w*|nyayat\w*|ngakhirin hidup\w*|mengakhiri "
    r"hidup\w*|udahan (?:aja|hidup)|minum racun)\b|(?:malam ini|malem ini|hari ini|sekarang) (?:\S+ )?"
    r"(?:mau |bakal )?(?:bunuh diri|mengakhiri semuanya|ngakhirin semuanya)\b|(?:ga|gak|nggak|tidak) "
    r"(?:mau|pengen|ingin) hidup lagi\b"
)
_ISO_ID = (
    r"(?:ngunci|mengunci|kunci|ngurung|mengurung|ngunciin) (?:diri|dirinya)\b|(?:ngunci|ngurung|ngunciin) "
    r"(?:di|dalam) (?:kamar|wc|toilet|kamar mandi)\b|(?:dikunci|kekunci|terkunci) (?:di|dari)\b|"
    r"kamarnya dikunci|sendirian\b|(?:di rumah|dirumah) (?:\S+ )?sendiri\b|(?:ga|gak|nggak|tidak|ngga) "
    r"ada (?:orang|siapa ?siapa|siapa2)\b|(?:gaada|gada) (?:orang|siapa ?siapa)\b|(?:orang ?tua|ortu|"
    r"ortunya|mama papa|bokap nyokap|mama papanya)\w* (?:\S+ )?(?:lagi )?(?:pergi|keluar|ga di ?rumah|"
    r"gak di ?rumah|nggak di ?rumah|ke luar kota)\b|(?:hp|hpnya|hape|hapenya) (?:\S+ )?(?:dimatiin|"
    r"dimatikan|off|mati)\b|matiin (?:hp|hape)\w*|" + _UNREACH_ID + "|" + _UNREACH_MORE_ID
)
_JOKE_ID = (
    r"wkwk\w*|wk|haha\w*|hehe\w*|xixi\w*|lol|bercanda|becanda|canda\w*|mati lampu|mati gaya|mati "
    r"bos[ae]n|mati ketawa|mati kutu|kalau kalah|kalo kalah|lowbat|low bat|batre\w*|baterai\w*|ngecas|"
    r"dicas|sinyal|disita|dihukum|kelaparan|(?:hp|hape)(?:nya| nya)? (?:\S+ )?mau mati"
)
_STEMS_ID = (
    "bunuh|mati|gantung|nyakitin|menyakiti|melukai|nyilet|ngiris|motong|nyayat|ngakhirin|mengakhiri|"
    "udahan|racun|hidup"
)

# -- hi in Latin letters (Hinglish) -----------------------------------------------------------
_INTENT_HL = (
    r"(?:khud|khudko|apne aap|apne aapko)(?: ko)? (?:\S+ )?(?:maar|mar|khatam|khtm|hurt|kaat|kat|nuksan|"
    r"nuksaan|chot|harm)\w* (?:\S+ )?(?:lega|legi|lenge|dega|degi|dalega|dalegi|lunga|lungi|karega|karegi|"
    r"dunga|dungi)\b|(?:suicide|sucide|suicde|aatmhatya|atmhatya|khudkushi|khudkhushi) (?:\S+ ){0,2}?"
    r"(?:kar lega|kar legi|karega|karegi|karna chahta|karna chahti|karne wala|karne wali|kar lunga|"
    r"kar lungi|kar lenge|krega|kregi)\b|(?:marna|mrna) (?:chahta|chahti|chahte)\b|(?:phansi|fansi|faansi) "
    r"(?:\S+ )?(?:laga lega|laga legi|lagayega|lagayegi|lagane|laga lunga|laga lungi)\b|jaan de "
    r"(?:dega|degi|dunga|dungi)\b|(?:jeena|jina) nahi (?:chahta|chahti)\b|(?:aaj raat|aaj) (?:\S+ )?sab "
    r"khatam\b"
)
_ISO_HL = (
    r"(?:khud|khudko|apne aap)(?: ko)? (?:\S+ ){0,3}?(?:band|lock) (?:kar )?(?:liya|li|lia|liye|rakha)\b|"
    r"(?:room|kamre|kamra|kamrey|bathroom|washroom|toilet) (?:mein|me|mai|main) (?:\S+ )?(?:band|lock)\b|"
    r"(?:darwaza|darwaja|door|gate) (?:\S+ )?(?:band|lock) kar (?:liya|li|lia|diya|di)\b|(?:akela|akeli|"
    r"akele|akla|akli) (?:hai|h|he|hu)\b|ghar (?:pe|par|mein|me) (?:koi nahi|koi nhi|koi bhi nahi|akela|"
    r"akeli)\b|(?:mummy papa|mumma papa|mom dad|parents|ghar wale|gharwale) (?:\S+ )?(?:ghar pe nahi|ghar "
    r"par nahi|bahar|nahi hai|nhi h|nahi h|out)\b|phone (?:\S+ )?(?:band|switch off|switched off|off) kar "
    r"(?:diya|di|dia|liya|li)\b|" + _UNREACH_HL + "|" + _UNREACH_MORE_HL
)
_JOKE_HL = (
    r"haha\w*|hehe\w*|lol|lmao|xd|mazak|mazaak|majak|joke|bore ho\w*|boring|hans hans|has has|agar (?:wo |"
    r"woh |vo )?haar|match|battery|charge|charging|network nahi|phone le liya|phone chheen\w*"
)
_STEMS_HL = (
    "khud|apne|suicide|sucide|suicde|aatmhatya|atmhatya|khudkushi|khudkhushi|marna|mrna|phansi|fansi|"
    "faansi|jaan de|jeena|jina|sab khatam"
)

SPACED: Table = {
    "ru": (_TRIG_RU, _STEMS_RU, f"{_WHO_RU}|{_WHO_MORE_RU}", f"{_GUARD_RU}|{_JOKE_RU}", _INTENT_RU, _ISO_RU),
    "pl": (_TRIG_PL, _STEMS_PL, f"{_WHO_PL}|{_WHO_MORE_PL}", f"{_GUARD_PL}|{_JOKE_PL}", _INTENT_PL, _ISO_PL),
    "tr": (_TRIG_TR, _STEMS_TR, f"{_WHO_TR}|{_WHO_MORE_TR}", f"{_GUARD_TR}|{_JOKE_TR}", _INTENT_TR, _ISO_TR),
    "id": (_TRIG_ID, _STEMS_ID, f"{_WHO_ID}|{_WHO_MORE_ID}", f"{_GUARD_ID}|{_JOKE_ID}", _INTENT_ID, _ISO_ID),
    "hi": (_TRIG_HL, _STEMS_HL, f"{_WHO_HL}|{_WHO_MORE_HL}", f"{_GUARD_HL}|{_JOKE_HL}", _INTENT_HL, _ISO_HL),
}

# -- ar (Arabic script; parts start at a space, with an optional "و" / "ف") -----------------------
_SELF_AR = r"نفسه|نفسها|حاله|حالها|روحه|روحها|نفسو|حالو|روحو"
_INTENT_AR = (
    r"\S*[يت](?:قتل|شنق|جرح|ذبح|اذي|وذي|ضر|قطع|حرق|ذي) (?:\S+ )?(?:" + _SELF_AR + r")|\S*[يت]نتحر\S*|"
    r"(?:بدو|بده|بدها|عايز|عايزه|عاوز|عاوزه|يبي|تبي|يبغي|تبغي|يبغا|تبغا|يريد|تريد|ناوي|ناويه) (?:\S+ )?"
    r"\S*[يت]موت|(?:ما|مش|مو) (?:بدو|بدها|عايز|عايزه|يبي|تبي|يبغي|تبغي|يريد|تريد) (?:\S+ )?\S*[يت]عيش|"
    r"\S*[يت](?:نهي|خلص) (?:علي )?(?:حياته|حياتها|عمره|عمرها)"
)
_ISO_AR = (
    r"(?:قفل|قافل|قافله|قفلت|مقفل|مقفله|سكر|سكرت|مسكر|مسكره|غلق|غلقت|مغلق|مغلقه|حابس|حابسه|حبس|حبست) "
    r"(?:\S+ )?(?:علي|عليه|عليها|ع|عل) ?(?:" + _SELF_AR + r")|(?:قفل|قفلت|سكر|سكرت|غلق|غلقت|قافل|قافله|"
    r"مسكر|مسكره) (?:\S+ )?(?:ال)?باب|(?:لحاله|لحالها|لوحده|لوحدها|بروحه|بروحها|وحيد|وحيده) (?:\S+ )?"
    r"(?:بالبيت|في البيت|بالدار|في الدار|بالشقه|في الشقه|بالغرفه)|(?:بالبيت|في البيت|بالدار|في الدار) "
    r"(?:لحاله|لحالها|لوحده|لوحدها|بروحه|بروحها)|(?:ما في|مافي|مفيش|ما فيه|مافيه|ما فيش|مافيش|محد|ما حد|"
    r"ما احد|ماحد|ما حدا|ماحدا|ولا حد|ولا حدا) (?:\S+ )?(?:حد |حدا |احد )?(?:بالبيت|في البيت|بالدار|في "
    r"الدار|معه|معها|عنده|عندها)|(?:اهلي|اهله|اهلها|اهلنا|ماما وبابا|بابا وماما|امي وابوي|ابوي وامي) "
    r"(?:\S+ )?(?:(?:مش|مو|ما|مب|موب) ?(?:بالبيت|في البيت|موجودين)|طالعين|برا|مسافرين)|(?:سكر|سكرت|قفل|"
    r"قفلت|طفي|طفت|طفا|اطفي|اطفا|اطفات|اغلق|اغلقت) (?:\S+ )?(?:تلفونه|تلفونها|تليفونه|تليفونها|جواله|"
    r"جوالها|موبايله|موبايلها|الجوال|التلفون|الموبايل|فونه|فونها)|" + _UNREACH_AR + "|" + _UNREACH_MORE_AR
)
_JOKE_AR = (
    r"ههه\S*|(?:من|م) (?:ال)?(?:ضحك|ملل|زهق|طفش|جوع|حر|خجل|كسل)|\S*مزح\S*|\S*هزر\S*|هزار|(?:اذا|لو) "
    r"خسر\S*|(?:ال)?مباراه|(?:ال)?ماتش|(?:ال)?بطاريه|(?:ال)?شحن|معاقب\S*"
)
_STEMS_AR = r"نفسه|نفسها|حاله|حالها|روحه|روحها|نفسو|حالو|روحو|نتحر|موت|عيش|حياته|حياتها|عمره|عمرها"

# -- hi in Devanagari --------------------------------------------------------------------------
_INTENT_HI = (
    r"(?:खुद|ख़ुद|अपने आप)(?: को)? (?:\S+ )?(?:मार|ख़त्म|खत्म|नुकसान|नुक़सान|चोट|काट|हर्ट)\S* (?:\S+ )?"
    r"(?:लेगा|लेगी|लेंगे|देगा|देगी|डालेगा|डालेगी|लूंगा|लूंगी|करेगा|करेगी|पहुंचाएगा|पहुंचाएगी|पहुँचाएगा|"
    r"पहुँचाएगी)|(?:आत्महत्या|सुसाइड|ख़ुदकुशी|खुदकुशी) (?:\S+ ){0,2}?(?:कर लेगा|कर लेगी|करेगा|करेगी|करना "
    r"चाहता|करना चाहती|करने वाला|करने वाली|कर लूंगा|कर लूंगी)|मरना चाहता|मरना चाहती|(?:फांसी|फाँसी) "
    r"(?:\S+ )?(?:लगा लेगा|लगा लेगी|लगाएगा|लगाएगी|लगाने)|जान दे (?:देगा|देगी|दूंगा|दूंगी)|(?:जीना|जीने) "
    r"नहीं (?:चाहता|चाहती)"
)
_ISO_HI = (
    r"(?:खुद|ख़ुद|अपने आप)(?: को)? (?:\S+ ){0,3}?बंद (?:कर )?(?:लिया|ली|रखा)|(?:कमरे|बाथरूम|रूम|कमरा|"
    r"टॉयलेट) (?:में|मे) (?:\S+ )?(?:बंद|लॉक)|(?:दरवाज़ा|दरवाजा) (?:\S+ )?बंद कर (?:लिया|ली|दिया)|"
    r"(?:अकेला|अकेली|अकेले) (?:है|हैं)|घर (?:पर|पे|में) (?:कोई नहीं|कोई भी नहीं|अकेला|अकेली)|(?:मम्मी पापा|"
    r"माँ बाप|मां बाप|घरवाले|घर वाले) (?:\S+ )?(?:घर पर नहीं|बाहर|नहीं हैं|नहीं है)|(?:फोन|फ़ोन|मोबाइल) "
    r"(?:\S+ )?बंद कर (?:दिया|लिया|दी|ली)|" + _UNREACH_HI + "|" + _UNREACH_MORE_HI
)
_JOKE_HI = (
    r"हाहा\S*|मज़ाक|मजाक|बोर|बोरियत|हंस हंस|हँस हँस|अगर (?:वो |वह )?हार|मैच|बैटरी|चार्ज|नेटवर्क नहीं"
)
_STEMS_HI = "खुद|ख़ुद|अपने|आत्महत्या|सुसाइड|ख़ुदकुशी|खुदकुशी|मरना|फांसी|फाँसी|जान दे|जीना|जीने"

AR_SCRIPT: Table = {
    "ar": (_TRIG_AR, _STEMS_AR, f"{_WHO_AR}|{_WHO_MORE_AR}", f"{_GUARD_AR}|{_JOKE_AR}", _INTENT_AR, _ISO_AR),
}
DEVA: Table = {
    "hi": (_TRIG_HI, _STEMS_HI, f"{_WHO_HI}|{_WHO_MORE_HI}", f"{_GUARD_HI}|{_JOKE_HI}", _INTENT_HI, _ISO_HI),
}

# -- Arabizi (written with digits: `packs.ar.az`) -------------------------------------------------
_WHO_AZ = (
    r"(?<!iza )(?<!eza )(?<!law )(?<!lw )(?:a5oya|a5ooya|a5uya|a5oy|a5i|o5ti|u5ti|e5ti|sa7bi|sa7bti|sa7beti|"
    r"sa7ebti|s7abi|rfi2i|rfi2ti|sadi2i|sadi2ti|7abibi|7abibti|ibn 3ammi|bent 3ammi|bint 3ammi|ibn 5alti|"
    r"bent 5alti|bint 5alti|zmili|zmilti|zamili|zamilti)"
)
_SELF_AZ = r"7alo|7alu|7aloh|7alha|nafso|nafsu|nafsaha|nafsha|ro7o|ro7ha"
_INTENT_AZ = (
    r"\S*[yt][eioa]?(?:2tol|2tel|2tul|qtol|qtel|jra7|jre7|2ta3|2zi|shno2|shne2) (?:" + _SELF_AZ + r")\b|"
    r"\S*[yt][eia]?nt[ae]7[ae]r\w*|(?:bdo|bido|bado|bedo|beddo|bdu|bidu|bdha|bidha|badha|beddha|3ayez|3ayz|"
    r"3ayza|3ayzah|3awez|3awza|yebi|tebi|yabi|tabi|yebgha|tebgha) (?:\S+ )?[yt][ie]?(?:mout|moot|mut|mot)\b"
)
_ISO_AZ = (
    r"(?:msaker|msakra|msakker|msakkra|sakar|sakaret|sakkar|sakkaret|2afel|2afle|2afla|2afal|2afalet|"
    r"2aflet|m2afel|m2afle|7abes|7absa|7abis|7abset) (?:3ala|3a|3la|3al) (?:" + _SELF_AZ + r")\b|"
    r"(?:la7alo|la7alha|l7alo|l7alha|lwa7do|lwa7da|lawa7do|lawa7da|lo7do|lo7da|b7alo|b7alha) (?:\S+ )?"
    r"(?:bel|bl|fel|fl|fi el|fil) ?(?:beit|bait|bet|bayt|dar)\b|(?:ma fi|mafi|mafish|mfish|mafeesh|"
    r"ma7ada|ma 7ada|ma7ad|ma 7ad) (?:\S+ )?(?:bel|bl|fel|fl|fi el|fil) ?(?:beit|bait|bet|bayt|dar)\b|"
    r"(?:sakar|sakkar|sakaret|sakret|tafa|tafet|taffa|2afal|2aflet) (?:el )?(?:tlefono|tlefonha|telefono|"
    r"telefonha|mobilo|mobilha|jawalo|jawalha|phono|phonha)\b|(?:tlefono|tlefonha|telefono|telefonha|"
    r"mobilo|mobilha|jawalo|jawalha|phono|phonha) (?:\S+ )?(?:msaker|msakkar|msakra|m2afal|ma2fool|mtfi|"
    r"taffi|off)\b|(?:ma|mesh|mish|msh|mo) (?:3am )?(?:yfta7|tfta7|yefta7|tefta7|byefta7|btefta7) "
    r"(?:el )?bab\b|(?:ma|mesh|mish|msh|mo) (?:3am )?(?:yrod|trod|yred|tred|byrod|btrod|bitrod|birod)\b"
)
_JOKE_AZ = (
    r"hhh+|haha\w*|lol|xd|mn el da7k|men el da7k|mn el malal|\w*mza7\w*|\w*hazzar\w*|battery|charge|"
    r"shar7en"
)
_TRIG_AZ = az_triggers(
    "a5oya a5ooya a5uya a5oy a5i o5ti u5ti e5ti sa7bi sa7bti sa7beti sa7ebti s7abi rfi2i rfi2ti sadi2i "
    "sadi2ti 7abibi 7abibti ibn bent bint zmili zmilti zamili zamilti"
)
ARABIZI: Table = {"ar_az": (_TRIG_AZ, "", _WHO_AZ, _JOKE_AZ, _INTENT_AZ, _ISO_AZ)}

# -- zh (unspaced, on the normalised text; `zrule` adds the traditional characters) ----------------
_INTENT_ZH = (
    r"(?:想|要|准备|打算|想要|会)(?:去)?(?:自杀|寻死|轻生|割腕|割自己|伤害自己|结束(?:自己的?)?(?:生命|一切)|"
    r"了结自己|上吊|跳楼(?!梯))|想(?:去)?死|要去死|不想活|活不下去|今晚(?:就)?(?:结束一切|自杀|了结)"
)
_ISO_ZH = (
    r"(?:锁|关|反锁)在(?:了)?(?:厕所|卫生间|浴室|房间|屋里|屋子|卧室|洗手间|房里)|反锁|把门锁|锁了门|一个人在家|"
    r"家里(?:没有?人|就(?:她|他)一个)|(?:爸妈|父母|家长|爸爸妈妈|大人)(?:都)?不在|(?:手机|电话)(?:就|也|已经|都)?"
    r"关(?:机|了)|关了手机|不开门|不给开门|" + _UNREACH_ZH + "|" + _UNREACH_MORE_ZH
)
_JOKE_ZH = r"哈哈|笑死|无聊死|开玩笑|开个玩笑|逗你|输了就|要是输|如果输|比赛|没电|充电|没信号|被没收|想死你|死我了"
ZH: Table = {
    "zh": ("我 群", "自杀 寻死 轻生 割 伤害 结束 了结 上吊 跳楼 死 活",
           f"{_WHO_ZH}|{_WHO_MORE_ZH}", f"{_GUARD_ZH}|{_JOKE_ZH}", _INTENT_ZH, _ISO_ZH),
}
