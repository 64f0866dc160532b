"""Offers of the writer's own sexual pictures and nude swaps in ru tr pl id ar
hi zh (appended to `harm.RULES` after harm_nude_offers.py, whose docstring
explains the class and whose builders these rules use: rule `sexual:offer`,
hold; with a picture asked back or a swap also `grooming`).

"кто хочет посмотреть мои горячие фотки?", "кому скинуть нюдсы",
"kim çıplak fotoğraflarımı görmek ister", "nude atayım mı, sen de atarsan",
"kto chce zobaczyć moje gorące fotki?", "siapa yang mau liat foto hot aku?",
"yang mau vcs dm", "مين يبي يشوف صوري الساخنة؟", "kaun meri hot pics dekhna
chahta hai?", "谁想看我的性感照片？", "有人想交换裸照吗".

Turkish and Hindi put the verb last ("... görmek ister", "... dekhna
chahta hai"), so the offer may stand on either side of the picture there.
A leak, a theft, a report or a negation in the gap stops the match ("мои
фотки слили", "meri nangi photo kisi ne leak kar di", "صوري العارية
انسرقت"); holiday pictures and hot weather name no sexual picture.
"""

from __future__ import annotations

import dataclasses

from .harm_nude_offers import offer, with_back
from .normalise import fold_pattern
from .packs.hi._script import _DE, _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru ----------------------------------------------------------------------------
_RU_PIC = (r"(?:(?:горяч|гол|интимн|откровенн|пикантн|сексуальн|эротическ|обнаженн|пошл|развратн|"
           r"секси)\S* (?:фото|фотк\S*|фоточк\S*|снимк\S*|видео|селфи|пикч\S*|picture\S*)|нюдс\S*|"
           r"нюдес\S*|nudes|(?:фото|фотк\S*|фоточк\S*|видео) (?:без одежды|в нижнем белье|в белье|"
           r"голой|голым|ню))")
_RU_THING = r"(?! (?:с моря|с отпуска|из отпуска|с пляжа|еды|супа)\b)"
_RU_HEAD = (r"кто (?:\S+ )?(?:хочет|хотит|захочет)|кому (?:\S+ )?(?:нужны|надо|нужно|скинуть|кинуть|"
            r"отправить|прислать|интересно)|хочешь|хотите|хочеш|(?:скину|кину|пришлю|отправлю|покажу) "
            r"(?:тебе|вам|всем)|продаю|пиши(?:те)? (?:в лс|в личку|в личные|в директ|мне) (?:если|за)")
_RU_CTA = r"пиши|пишите|в лс|в личку|в директ|кто хочет|кому надо|кому нужно"
_RU_TRADE = r"(?:обменя\S*|обмен\S*|меняемся|поменяемся)"
_RU_INVITE = r"(?:давай|давайте) (?:обменяемся|меняться|поменяемся)|обменяемся|меняемся|поменяемся"
_RU_BACK = (r"(?:скинь|кинь|пришли|отправь|покажи)(?: мне)? (?:свои|свою|твои|твою)|если (?:ты )?"
            r"(?:скинешь|пришлешь|отправишь|покажешь) (?:свои|свою|твои|мне свои)|взамен|а ты (?:мне )?"
            r"(?:свои|свою)|ты мне свои|" + _RU_TRADE)
_RU_STOP = r"(?!.*\b(?:слили|слил|слила|украли|взломали|шантаж\S*|полици\S*|пожаловал\S*|не надо|никогда)\b)"

# -- tr (verb last: the offer on either side) ------------------------------------------
_TR_PIC = (r"(?:ciplak|atesli|seksi|sexy|mustehcen|ic camasirli|sutyenli|nude|hot|erotik)(?: \w+)? "
           r"(?:foto\w*|resim\w*|video\w*|poz\w*|selfie\w*|picture\w*)|nude\w*")
_TR_THING = r"(?! (?:yemek|cay|corba|kahve)\w*\b)"
_TR_HEAD = (r"kim (?:\w+ )?(?:ister|istiyor)|isteyen|ister(?: misin| misiniz)?|gormek ister\w*|atayim mi|"
            r"atiyim mi|atarim|atabilirim|gondereyim mi|gonderirim|satiyorum|ozelden yaz|dm at|dmden "
            r"yaz|ozele gel|ozelden gel|yazsin")
_TR_TRADE = r"(?:takas\w*|degis\w*)"
_TR_BACK = (r"(?:sen de|sende|sen da) (?:\w+ )?(?:at|atarsan|atman lazim|gonder|gonderirsen|yolla|"
            r"yollarsan)|seninkini|seninkileri|karsilig\w*|" + _TR_TRADE)
_TR_STOP = r"(?!.*\b(?:sizdir\w*|caldi|calindi|hackle\w*|sikayet\w*|polis\w*|tehdit\w*|asla|yapmayin)\b)"

# -- pl ----------------------------------------------------------------------------
_PL_ADJ = (r"(?:gorace|goracych|goracymi|goraca|goracej|nagie|nagich|nagimi|naga|nagiego|nagiej|"
           r"seksown\w*|pikantn\w*|intymn\w*|rozbieran\w*|sprosn\w*|erotyczn\w*|hot|sexy)")
_PL_PIC = (_PL_ADJ + r" (?:fot\w*|zdjec\w*|picture\w*|filmik\w*|filmy|selfie\w*|nudes\w*)|(?:fot\w*|"
           r"zdjec\w*|picture\w*) (?:bez ubran\w*|w bieliznie|nago)|nudes\w*|nudeski")
_PL_THING = r"(?! (?:z wakacji|z morza|z plazy|jedzenia|herbaty|kawy)\b)"
_PL_HEAD = (r"kto (?:\w+ )?(?:chce|chcialby|chcialaby|ma ochote)|ktos (?:\w+ )?(?:chce|chetny|chetna)|"
            r"chcesz|chcecie|(?:wysle|podesle|pokaze) (?:ci|wam)|sprzedam|sprzedaje|pisz(?:cie)? "
            r"(?:priv|na priv|pw|na pw|dm) (?:jesli|jak|po)|chetni|chetny|chetna")
_PL_CTA = r"pisz|piszcie|priv|na pw|dm|kto chce|chetni"
_PL_TRADE = r"(?:wymien\w*|wymiana|wymianke)"
_PL_INVITE = r"wymienmy sie|wymienimy sie|zrobmy wymiane"
_PL_BACK = (r"(?:jesli|jak|jezeli) (?:ty )?(?:wyslesz|podeslesz|pokazesz|dasz) (?:mi )?(?:swoje|swoja|"
            r"swoich|twoje)|(?:wyslij|podeslij|pokaz|daj)(?: mi)? (?:swoje|swoja|twoje)|ty tez "
            r"(?:wyslij|wyslesz|podeslij)|w zamian|za twoje|" + _PL_TRADE)

# -- id ----------------------------------------------------------------------------
_ID_ME = r"(?: (?:aku|gue|gw|ku|saya|q))?"
_ID_PIC = (r"(?:foto|fotoku|poto|pic|picture|pictures|video|vidio|vid|pap)" + _ID_ME + r" (?:hot|bugil|"
           r"telanjang|seksi|sexy|syur|vulgar|tanpa baju|tanpa busana|panas|bokep|mesum|tt)" + _ID_ME
           + r"|vcs|nudes")
_ID_THING = r"(?! (?:makanan|makan|mie|bakso|seblak|kopi|cuaca|pantai)\b)"
_ID_HEAD = (r"siapa (?:\w+ )?(?:mau|mo|pengen|pingin|ingin|minat)|(?:ada )?(?:yang|yg) (?:mau|mo|minat|"
            r"pengen)|(?:mau|pengen|mo) (?:liat|lihat|ngeliat|liad)|(?:aku|gue|gw|saya) (?:kirimin|kirim|"
            r"kasih|kasi)|jual|open|dm (?:aku|gue|gw)|chat (?:aku|gue|gw)|japri")
_ID_CTA = r"dm|japri|chat (?:aku|gue|gw)|pc|minat|yang mau|yg mau|langsung chat"
_ID_TRADE = r"(?:tukeran|tukar\w*|gantian|barter)"
_ID_INVITE = r"(?:yuk|yok|ayo|ayok) (?:tukeran|tukar\w*)|tukeran (?:yuk|yok|ayo)"
_ID_BACK = (r"(?:kamu|km|lu|lo|elo|kmu|kau) (?:juga |jg |jga )?(?:kirim|kirimin|pap|kasih)|kirim "
            r"(?:punya|foto) (?:kamu|km|lu|lo|mu)|punya (?:kamu|km|lu|lo)|" + _ID_TRADE)
_ID_STOP = r"(?!.*\b(?:kesebar|disebar|nyebar|bocor|dicuri|dihack|lapor\w*|polisi|jangan)\b)"

# -- ar ----------------------------------------------------------------------------
_AR_PIC = (r"(?:(?:صوري|صور|صوره|صورتي|فيديوهاتي|فيديو|فيديوهات|سيلفي)(?: \S+)? (?:الساخنه|ساخنه|"
           r"العاريه|عاريه|عاري|العاري|سكسي|السكسيه|سكسيه|مثيره|المثيره|الجريئه|جريئه|بدون ملابس|بلا "
           r"ملابس|بالملابس الداخليه|عريانه|عريان|فاضحه|الفاضحه)|صوري الخاصه|نودز|nudes)")
_AR_HEAD = (r"(?:مين|منو|من|حد|احد|في حد|فيه احد)(?: \S+)? (?:يبي|يبغى|يبغا|بدو|يريد|يحب|عايز|حابب)|"
            r"(?:تبي|تبغى|بدك|تريد|عايز|تحب) (?:تشوف|تشوفي)?|(?:ابعتلك|ابعثلك|ارسلك|ارسل لك|اعطيك|"
            r"ابيع)|(?:كلمني|راسلني|تعال) (?:خاص|الخاص|ع الخاص|على الخاص)")
_AR_CTA = r"خاص|الخاص|كلمني|راسلني|مين يبي|مين بدو|مين يريد"
_AR_TRADE = r"(?:تبادل|نتبادل|يبادل|نبادل|يتبادل)"
_AR_INVITE = (r"(?:خلينا|تعال|تعالي|يلا) (?:نتبادل|نبادل)|نتبادل|(?:مين|منو|حد|احد|في حد) (?:\S+ )?"
              r"(?:يبادل|يتبادل)")
_AR_BACK = (r"(?:ابعتلي|ابعثلي|ارسلي|ارسل لي|ارسللي|وريني|ابعتيلي)(?: \S+)? (?:صورك|صورتك|واحده)|"
            r"(?:وانت|وانتي|انت كمان|انتي كمان)|مقابل|بالمقابل|صورك|" + _AR_TRADE)
_AR_STOP = r"(?!.*(?:سرق|انسرقت|سربت|سرب|تسريب|ابتزاز|يبتز|هكر|بلغت|الشرطه|لا ترسل|ممنوع))"

# -- hi (verb last: either side) --------------------------------------------------------
_HI_PIC = (r"\b(?:(?:hot|sexy|nangi|nange|nanga|gandi|gande|bold|private|nude)(?: \w+)? (?:pics?|"
           r"picture|pictures|photo|photos|photu|fotu|foto|video|videos|vdo|selfie|tasveer|tasveerein)|"
           r"nudes)\b|"
           r"(?:नंगी|नंगे|हॉट|सेक्सी|गंदी|गंदे|प्राइवेट|न्यूड)(?: \S+)? (?:फोटो|फ़ोटो|तस्वीरें|तस्वीर|"
           r"पिक्स|पिक|वीडियो|सेल्फी)" + _DE)
_HI_HEAD = (r"\b(?:kaun|koi|kisi ko|kisko|kise|chahiye|chaiye|chahte|chahta|chahti|dekhna|dekhni|"
            r"dekhoge|dekhogi|bhejun|bhejoon|bhej du|bhej dunga|bhej dungi|bhejunga|bhejungi|bhej sakta|bhej sakti|"
            r"dikhaunga|dikhaungi|dikha dunga|dikha dungi|dm karo|dm kro|message karo|"
            r"msg karo|msg kro|inbox karo|bechti|bechta|becho)\b|(?:कौन|कोई|किसको|किसे|चाहिए|देखना|"
            r"देखनी|भेजूं|भेजूँ|भेज दूं)" + _DE)
_HI_TRADE = r"(?:\b(?:exchange|trade|swap|adla badli)\b|अदला बदली)"
_HI_BACK = (r"\b(?:(?:tum|tu|aap) (?:bhi )?(?:apni |apne |apna )?(?:bhejo|bhej|bhejna|bhejoge|"
            r"bhejogi|dikhao|dikha)|apni (?:bhi )?(?:bhejo|bhej do|dikhao)|badle mein)\b|बदले में|"
            r"तुम भी भेजो|अपनी भेजो|" + _HI_TRADE)
# the Hindi offer words (the picture words are shared with English: "hot pics")
_HI_GATE = ("kaun koi kisi kisko kise chahiye chaiye chahte chahta chahti dekhna dekhni dekhoge dekhogi "
            "bhejun bhejoon bhej bhejunga bhejungi dikhaunga dikhaungi dikha karo kro bechti bechta becho "
            "कौन कोई किसको किसे चाहिए देखना देखनी भेजूं भेजूँ भेज")
_HI_STOP = (r"(?!.*(?:\b(?:leak|viral|hack|chori|blackmail|police|report|shikayat|mat|kabhi)\b|"
            r"लीक|वायरल|ब्लैकमेल|पुलिस|मत ))")

# -- zh ----------------------------------------------------------------------------
_ZH_PIC = (r"(?:裸照|裸体照|裸体|裸图|裸聊|私房照|福利照|福利图|色图|涩图|性感照|性感的?照片|性感自拍|"
           r"性感视频|私密照|不穿衣服的照片)")
# who / anyone wants (no "不", "别", "没" in between: "你不要发裸照" is advice), then "我(的)"
_ZH_HEAD = (r"(?:谁|有人|有没有人|哪位|大家|你们?)(?:(?!不|别|没)[^。!?]){0,4}(?:想|要)(?:看|要)?"
            r"[^。!?]{0,4}我的?[^。!?]{0,2}")
_ZH_NOT = r"(?<!不要)(?<!不能)(?<!禁止)(?<!别)(?<!不)"


def _both(head: str, pic: str, stop: str, thing: str, b: str = r"\b", ahead: str = "") -> str:
    """Verb-last languages: the offer before or after the picture, one sentence
    (`b`: the word boundary; Hindi writes its own, Devanagari ends in marks;
    `ahead`: a look-ahead right after the first half)."""
    return (b + r"(?:" + pic + r")" + b + ahead + thing + r"[^.!?]{0,60}?" + b + r"(?:" + head + r")" + b
            + stop + r"|" + b + r"(?:" + head + r")" + b + ahead + r"[^.!?]{0,60}?" + b + r"(?:" + pic + r")"
            + b + thing + stop)


def _both_back(head: str, trade: str, pic: str, back: str, stop: str, thing: str,
               b: str = r"\b") -> str:
    """`_both` with a picture asked back or a swap word after its first half, or
    the asking back before it."""
    back = r"(?:" + back + r"|" + trade + r")"
    return (_both(head, pic, stop, thing, b, r"(?=.*?" + b + back + b + r")") + r"|" + b + back + b
            + r".*?(?:" + _both(head, pic, stop, thing, b) + r")")


# the second gate (see harm_nude_offers.py): one whole word of every match, of
# the head, the invitation or the call to contact
_RU_WORDS = ("кто кому хочешь хотите хочеш тебе вам всем продаю пиши пишите обменяемся меняться "
             "поменяемся меняемся лс личку директ")
_TR_WORDS = ("kim isteyen ister gormek atayim atiyim atarim atabilirim gondereyim gonderirim "
             "satiyorum ozelden dm dmden ozele yazsin")
_PL_WORDS = ("kto ktos chcesz chcecie wysle podesle pokaze sprzedam sprzedaje pisz piszcie chetni "
             "chetny chetna wymienmy wymienimy zrobmy priv pw dm")
_ID_WORDS = ("siapa yang yg liat lihat ngeliat liad kirimin kirim kasih kasi jual open aku gue gw "
             "japri yuk yok ayo ayok tukeran dm pc minat langsung")
_AR_WORDS = ("يبي يبغى يبغا بدو يريد يحب عايز حابب تبي تبغى بدك تريد تحب ابعتلك ابعثلك ارسلك ارسل "
             "اعطيك ابيع كلمني راسلني تعال نتبادل نبادل يبادل يتبادل خاص الخاص")


def _gated(r: Rule, offer_words: str) -> list[Rule]:
    """`r` with the offer-word gate for its triggers that are picture words
    themselves ("nudes": they pass the picture gate on their own) and its
    picture gate, which misses some forms the pattern allows ("фоток",
    "снимок") and so is part of what the rule holds, for the others: two
    copies sharing the compiled pattern."""
    own = tuple(t for t in r.triggers if t in r.requires)
    rest = tuple(t for t in r.triggers if t not in r.requires)
    words = frozenset(fold_pattern(offer_words).split())
    return [dataclasses.replace(r, triggers=own, requires=words), dataclasses.replace(r, triggers=rest)]


RULES: list[Rule] = [
    *_gated(rule("sexual:offer", "sexual",
                 "горячие горячих гол голые голых голыми интимные интимных откровенные пикантные "
                 "сексуальные эротические обнаженные пошлые развратные секси нюдсы нюдс нюдсами нюдесы "
                 "nudes одежды белье белье ню",
                 "(?:" + offer(_RU_HEAD + "|" + _RU_INVITE, _RU_PIC, _RU_CTA, _RU_THING) + ")" + _RU_STOP,
                 requires="фото фотки фотку фоточки снимки видео селфи пикчи нюдсы нюдс нюдсами нюдесы "
                          "nudes"),
            _RU_WORDS),
    rule("sexual:offer", ("sexual", "grooming"),
         "горячие горячих голые голых голыми интимные откровенные пикантные сексуальные эротические "
         "обнаженные нюдсы нюдс нюдсами нюдесы nudes",
         "(?:" + with_back(_RU_HEAD, _RU_INVITE, _RU_TRADE, _RU_PIC, _RU_BACK, _RU_CTA, _RU_THING) + ")"
         + _RU_STOP,
         requires=_RU_WORDS),
    rule("sexual:offer", "sexual",
         "ciplak atesli seksi sexy mustehcen camasirli sutyenli nude nudes hot erotik",
         _both(_TR_HEAD, _TR_PIC, _TR_STOP, _TR_THING),
         requires="isteyen kim ister istiyor misin misiniz atayim atiyim atarim atabilirim gondereyim "
                  "gonderirim satiyorum ozelden dm ozele yazsin takas takasi takasa degis degisir"),
    rule("sexual:offer", ("sexual", "grooming"),
         "ciplak atesli seksi sexy mustehcen camasirli sutyenli nude nudes hot erotik",
         _both_back(_TR_HEAD, _TR_TRADE, _TR_PIC, _TR_BACK, _TR_STOP, _TR_THING),
         requires=_TR_WORDS),
    rule("sexual:offer", "sexual",
         "gorace goracych goracymi goraca goracej nagie nagich nagimi naga nagiego nagiej "
         "seksowne seksownych seksowne pikantne intymne intymnych rozbierane rozbieranych sprosne "
         "erotyczne hot sexy ubran ubrania bieliznie nago nudes nudesy nudeski nudesami",
         offer(_PL_HEAD + "|" + _PL_INVITE, _PL_PIC, _PL_CTA, _PL_THING),
         requires=_PL_WORDS),
    rule("sexual:offer", ("sexual", "grooming"),
         "gorace goracych goracymi nagie nagich nagimi seksowne seksownych intymne intymnych "
         "rozbierane erotyczne nudes nudesy nudeski nudesami nago",
         with_back(_PL_HEAD, _PL_INVITE, _PL_TRADE, _PL_PIC, _PL_BACK, _PL_CTA, _PL_THING),
         requires=_PL_WORDS),
    rule("sexual:offer", "sexual",
         "hot bugil telanjang seksi sexy syur vulgar baju busana panas bokep mesum tt vcs nudes",
         "(?:" + offer(_ID_HEAD + "|" + _ID_INVITE, _ID_PIC, _ID_CTA, _ID_THING) + ")" + _ID_STOP,
         requires=_ID_WORDS),
    rule("sexual:offer", ("sexual", "grooming"),
         "bugil telanjang seksi sexy syur vulgar bokep mesum vcs nudes hot",
         "(?:" + with_back(_ID_HEAD, _ID_INVITE, _ID_TRADE, _ID_PIC, _ID_BACK, _ID_CTA, _ID_THING) + ")"
         + _ID_STOP,
         requires=_ID_WORDS),
    rule("sexual:offer", "sexual",
         "الساخنه ساخنه العاريه عاريه عاري العاري سكسي السكسيه سكسيه مثيره المثيره الجريئه جريئه "
         "ملابس الداخليه عريانه عريان فاضحه الفاضحه الخاصه نودز nudes",
         "(?:" + offer(_AR_HEAD + "|" + _AR_INVITE, _AR_PIC, _AR_CTA) + ")" + _AR_STOP,
         requires=_AR_WORDS),
    rule("sexual:offer", ("sexual", "grooming"),
         "الساخنه ساخنه العاريه عاريه عاري العاري سكسي السكسيه سكسيه مثيره المثيره الجريئه جريئه "
         "ملابس عريانه عريان فاضحه الفاضحه نودز nudes",
         "(?:" + with_back(_AR_HEAD, _AR_INVITE, _AR_TRADE, _AR_PIC, _AR_BACK, _AR_CTA) + ")" + _AR_STOP,
         requires=_AR_WORDS),
    _r("sexual:offer", "sexual",
       "hot sexy nangi nange nanga gandi gande bold private nude nudes नंगी नंगे हॉट सेक्सी गंदी गंदे "
       "प्राइवेट न्यूड",
       _both(_HI_HEAD, _HI_PIC, _HI_STOP, "", ""), quoted=False, requires=_HI_GATE),
    _r("sexual:offer", ("sexual", "grooming"),
       "hot sexy nangi nange nanga gandi gande bold private nude nudes नंगी नंगे हॉट सेक्सी गंदी गंदे "
       "प्राइवेट न्यूड",
       _both_back(_HI_HEAD, _HI_TRADE, _HI_PIC, _HI_BACK, _HI_STOP, "", ""), quoted=False,
       requires=_HI_GATE),
    zrule("sexual:offer", "sexual", "裸 私 福 色 涩 性 衣",
          _ZH_HEAD + _ZH_PIC + r"|我的" + _ZH_PIC
          + r"[^。!?]{0,10}(?:私聊|私信|加我|找我|谁要|谁想要|要的)"),
    zrule("sexual:offer", ("sexual", "grooming"), "裸 私 福 色 涩 性 衣",
          r"(?:" + _ZH_NOT + r"(?:交换|互换|互发)|(?<![交互不别要])换)[^。!?]{0,4}" + _ZH_PIC + r"|我的" + _ZH_PIC
          + r"[^。!?]{0,10}(?:你也发|你先发|发你的|你也给|交换|互换)"),
]
