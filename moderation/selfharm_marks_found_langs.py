"""Fear of one's own self-injury marks or blades being seen or found, in
Russian, Turkish, Polish, Indonesian, Arabic (script and Arabizi), Hindi
(Hinglish and Devanagari) and Chinese.

Why and how: as in `selfharm_marks_found.py` - "мама меня убьет если увидит
мои порезы", "annem kesiklerimi görürse beni öldürür", "jeśli tata znajdzie
moje żyletki", "semoga mama ga liat bekas luka di tanganku", "خايفة امي
تشوف جروحي", "khayfe mama tshouf jrou7e", "mummy dekh legi mere cuts",
"अगर पापा को मेरे ब्लेड मिल गए", "好怕妈妈看到我手臂上的疤".  The owner is
in the possessive ("мои", "moje", "-ku", "جروحي", "mere", "我的") or in a
Turkish suffix ("kesiklerimi", "kollarımdaki izleri"), so a sister's cuts
("kardeşimin kesiklerini", "порезы сестры", "姐姐的伤口") pass; Turkish
conditional and future verbs ("görürse", "bulacak") carry the condition
themselves, the other languages name it ("если", "jak", "kalau", "اذا",
"agar", "要是") or a fear, a hope or a consequence.  An everyday cause
named anywhere in the message passes (`selfharm_hide_marks_base`), and so
do school marks ("علاماتي", "оценки", "karne": no mark word or a cause).
Devanagari and Chinese run without \\b on the normalised text, and are
gated by their seeing verbs (`with_texts`).
"""

from __future__ import annotations

from .packs.hi._script import _n, _triggers
from .rule_heads import with_texts
from .rules import Rule
from .selfharm_hide_marks_langs import _PART_AR, _PART_HL, _PART_ID, _PART_PL, _PART_RU
from .selfharm_marks_found_base import found, held
from .selfharm_marks_found_base import mark_rule as _rule


def _found(see: str, own: str, ctx: str, conseq: str) -> str:
    return held(found(see, own, ctx, conseq))


def _az(pattern: str) -> str:
    """An Arabizi pattern with each digit also read as the letter it looks like."""
    for digit, letter in (("3", "e"), ("7", "t"), ("5", "s")):
        pattern = pattern.replace(digit, f"[{digit}{letter}]")
    return pattern


# -- ru -------------------------------------------------------------------------------------
_SEE_RU = (
    r"увидит|увидят|увидела|увидел|увидели|найдет|найдут|нашла|нашел|нашли|заметит|заметят|заметила|"
    r"заметил|спалит|спалят|узнает про|узнают про|обнаружит|обнаружат"
)
_OWN_RU = (
    r"(?:мои|моих|мою) (?:\w+ )?(?:порезы|порезов|шрамы|шрамов|раны|лезвия|лезвии|бритву|порезики|"
    r"шрамики)|мое лезвие|(?:порезы|шрамы|следы|раны|царапины|порезов|шрамов) (?:на|у) (?:моих|моеи|"
    r"моем|мои|своих) (?:" + _PART_RU + r")"
)
_CTX_RU = (
    r"если|когда|боюсь|страшно|надеюсь|лишь бы|только бы|не дай бог|нельзя|не должна|не должны|"
    r"не должен|а то|убьет|убьют"
)
_CONSEQ_RU = r"убьет|убьют|прибьет|прибьют|с ума сойдет|отведет|отправит|истерика"

# -- tr (the suffix is the owner, the verb the condition) ------------------------------------
_OWN_TR = (
    r"kesiklerimi|kesiklerim|yara izlerimi|izlerimi|jiletlerimi|jiletlerim|jiletimi|yaralarimi|"
    r"ciziklerimi|(?:kollarimdaki|bileklerimdeki|bacaklarimdaki|kolumdaki|bilegimdeki|"
    r"uyluklarimdaki|karnimdaki) (?:yara izlerini|izleri|kesikleri|yaralari|cizikleri)"
)
_SEE_TR = (
    r"gorurse|gorecek|gorecekler|gormesin|gormez|gormemeli|gorunce|gorurlerse|bulursa|bulacak|"
    r"bulacaklar|bulmasin|bulmamali|bulunca|bulurlarsa|fark ederse|fark edecek|fark etmesin|"
    r"fark etmez|ogrenirse|sorarsa|soracak"
)
_FOUND_TR = rf"\b(?:{_OWN_TR})\b[^.!?]{{0,25}}?\b(?:{_SEE_TR})\b"

# -- pl -------------------------------------------------------------------------------------
_SEE_PL = (
    r"zobaczy|zobacza|znajdzie|znajda|zauwazy|zauwaza|odkryje|odkryja|dowie sie o|dowiedza sie o|"
    r"zobaczyla|zobaczyl|znalazla|znalazl|zauwazyla|zauwazyl"
)
_OWN_PL = (
    r"(?:moje|moich|moja|mojej) (?:\w+ )?(?:blizny|blizn|ciecia|ciec|rany|ran|zyletki|zyletek|"
    r"zyletke|kreski|kresek)|(?:blizny|ciecia|slady|rany|kreski|blizn|ciec|sladow|ran) (?:na|z) "
    r"(?:moich|mojej|moim|moje) (?:" + _PART_PL + r")"
)
_CTX_PL = (
    r"jak|jesli|jezeli|gdy|kiedy|boje sie|strach|mam nadzieje|oby|byle|nie moze|nie moga|nigdy|"
    r"zabije|zabija|zeby"
)
_CONSEQ_PL = r"zabije|zabija|mnie zabije|zwariuje|wyslie mnie|zaciagnie mnie|oszaleje"

# -- id -------------------------------------------------------------------------------------
_SEE_ID = (
    r"liat|lihat|ngeliat|melihat|nemu|nemuin|menemukan|tau|tahu|sadar|nyadar|ngeh|nanya|nanyain|"
    r"ketemu|ngecek"
)
_OWN_ID = (
    r"sayatanku|sayatan2ku|lukaku|bekas lukaku|bekas sayatanku|siletku|(?:luka|sayatan|bekas luka|"
    r"bekas sayatan|silet|cutter|goresan|luka luka|luka2) (?:aku|gue|gw)|(?:luka|sayatan|bekas luka|"
    r"bekas sayatan|goresan|baret|luka luka|luka2) (?:yang |yg )?(?:ada )?di (?:" + _PART_ID
    + r")(?:ku| aku| gue| gw)"
)
_CTX_ID = (
    r"kalau|kalo|klo|kl|takut|semoga|moga|jangan sampe|jangan sampai|jgn sampe|ntar|nanti|bakal|"
    r"pasti|gimana kalau|gimana kalo|harus|ga boleh|gak boleh|bisa bisa"
)
_CONSEQ_ID = r"bunuh aku|bunuh gue|dimarahin|marah|ngamuk|habis aku|mati aku|panik|dibawa ke psikolog"

# -- ar (script) ----------------------------------------------------------------------------
_SEE_AR = (
    r"تشوف|يشوف|يشوفوا|يشوفو|شافت|شاف|شافوا|تلاقي|يلاقي|يلاقوا|لقت|لقي|لقوا|تلاحظ|يلاحظ|يلاحظوا|"
    r"لاحظت|تكتشف|يكتشف|اكتشفت|تري|يري"
)
_MARKS_AR = r"(?:ال)?(?:جروح|ندوب|جرح|ندبات|خطوط|اثار)"
_OWN_AR = (
    r"جروحي|ندوبي|شفراتي|جرحي|(?:ال)?شفرات (?:تبعي|تبعتي|حقتي|حقي|اللي عندي)|" + _MARKS_AR
    + r" (?:اللي |الي |يلي )?(?:علي |ع |في |ب)?(?:" + _PART_AR + r")"
)
_CTX_AR = (
    r"اذا|لو|لما|خايف|خايفه|خوفي|يارب|ان شاء الله|انشالله|بخاف|اخاف|مرعوب|مرعوبه|قلقان|قلقانه|"
    r"ممنوع|تقتلني|يقتلني|يذبحني|تذبحني"
)
_CONSEQ_AR = r"تقتلني|يقتلني|يذبحني|تذبحني|تموتني|يموتني|يقتلوني|يذبحوني|رح تجن|رح يجن"

# -- Arabizi (the phrase form reads a digit inside a longer word as a letter: "jrou7e" is
# "jroute", "taba3e" "tabaee"; both are written, by `_az`) -----------------------------------
_SEE_AZ = r"shafet|shaf|shafo|tshouf|tshuf|yshouf|yshuf|yshoufo|l2et|l2it|l2a|tla2i|yla2i|tle2i|yle2i"
_OWN_AZ = (
    r"jrou7e|jrou7i|jro7e|jro7i|jerou7e|jeru7e|jero7e|jero7i|shafrate|shafrati|(?:el |al )?(?:jero7|"
    r"jrou7|jro7|shafrat) (?:taba3e|taba3i|tab3e|elle 3a|3a|3ala|3ala) ?(?:ide|idi|ideh|edi|ijre|"
    r"ejre|fakhde|fakhdi|dre3e|dra3i)?"
)
_CTX_AZ = r"eza|iza|law|lama|khayfe|khayef|khayfa|khayfeh|ya rab|yarab|inshallah|ra7 t2telni|ra7 y2telni"
_CONSEQ_AZ = r"t2telni|y2telni|tedba7ni|yedba7ni|ra7 tjen|ra7 yjen"

# -- Hinglish -------------------------------------------------------------------------------
_SEE_HL = (
    r"dekh legi|dekh lega|dekh lenge|dekh le|dekhe|dekhega|dekhegi|dekhenge|dekh liye|dekh liya|"
    r"dekh li|dekh li to|dhoondh liye|dhoondh liya|dhundh liye|dhundh liya|dhund liye|mil gaye|mil "
    r"gayi|mil gaya|mil jayenge|mil jayega|notice kar legi|notice kar lenge|notice karegi|notice "
    r"karenge|pooch legi|puchegi|puchenge"
)
_OWN_HL = (
    r"(?:mere|meri|mera) (?:\w+ )?(?:cuts|scars|nishan|nishaan|blades|blade|ghaav|zakhm)|(?:mere )?"
    r"(?:" + _PART_HL + r") (?:ke|pe|par|ki|wale) (?:cuts|scars|nishan|nishaan|ghaav|zakhm)"
)
_CTX_HL = (
    r"agar|agr|jab|dar|darr|darti|darta|daru|bhagwan kare|bhagwaan kare|please|pls|maar dalegi|"
    r"maar dalenge|maar denge|maar degi"
)
_CONSEQ_HL = r"maar dalegi|maar dalenge|maar dalega|maar denge|maar degi|maar dega|pagal|chillayegi|gussa"

# -- Devanagari and Chinese (no \b, the normalised text) ------------------------------------
_FOUND_HD = _n(
    r"(?:अगर|जब|डर|भगवान)[^.!?।]{0,30}?(?:मेरे|मेरी|मेरा)[^.!?।]{0,12}?(?:कट|निशान|घाव|ब्लेड|स्कार)"
    r"[^.!?।]{0,12}?(?:देख ले|देख लि|देखेग|देखें|देखे|मिल ग|मिल जा)|(?:मेरे|मेरी|मेरा)[^.!?।]{0,12}?"
    r"(?:कट|निशान|घाव|ब्लेड|स्कार)[^.!?।]{0,12}?(?:देख ले|देख लि|देखेग|मिल ग|मिल जा)[^.!?।]{0,30}?"
    r"(?:मार डाल|मार दे|पागल|गुस्सा)"
)
_FOUND_ZH = (
    r"(?:要是|如果|万一|怕|害怕|担心|希望|别|不能|不敢让|不想让|会打死|会杀了)[^。！？.!?]{0,12}?"
    r"(?:看到|看见|发现|注意到|找到|翻到|问起)[^。！？.!?]{0,3}?我的?(?:手臂|手腕|大腿|胳膊|腿|手|肚子)?上?的?"
    r"(?:伤口|疤|伤疤|伤痕|划痕|刀片|刀痕)|(?:看到|看见|发现|注意到|找到|翻到)[^。！？.!?]{0,3}?我的?"
    r"(?:手臂|手腕|大腿|胳膊|腿|手|肚子)?上?的?(?:伤口|疤|伤疤|伤痕|划痕|刀片|刀痕)[^。！？.!?]{0,12}?"
    r"(?:打死我|杀了我|骂死我|疯掉|崩溃)"
)


RULES: list[Rule] = [
    _rule("порезы порезов шрамы шрамов раны лезвия лезвии лезвие бритву порезики шрамики следы "
          "царапины",
          _found(_SEE_RU, _OWN_RU, _CTX_RU, _CONSEQ_RU),
          "увидит увидят увидела увидел увидели наидет наидут нашла нашел нашли заметит заметят "
          "заметила заметил спалит спалят узнает узнают обнаружит обнаружат",
          "мои |моих |мою |мое |моем |моеи |своих "),
    _rule("kesiklerimi kesiklerim izlerimi jiletlerimi jiletlerim jiletimi yaralarimi ciziklerimi "
          "izleri kesikleri yaralari cizikleri izlerini",
          held(_FOUND_TR),
          "gorurse gorecek gorecekler gormesin gormez gormemeli gorunce gorurlerse bulursa bulacak "
          "bulacaklar bulmasin bulmamali bulunca bulurlarsa fark ederse edecek etmesin etmez "
          "ogrenirse sorarsa soracak"),
    _rule("blizny blizn ciecia ciec rany ran zyletki zyletek zyletke kreski kresek slady sladow",
          _found(_SEE_PL, _OWN_PL, _CTX_PL, _CONSEQ_PL),
          "zobaczy zobacza znajdzie znajda zauwazy zauwaza odkryje odkryja dowie dowiedza zobaczyla "
          "zobaczyl znalazla znalazl zauwazyla zauwazyl",
          "moje |moich |moja |mojej |moim "),
    _rule("sayatanku sayatan2ku lukaku siletku luka sayatan silet cutter goresan baret luka2",
          _found(_SEE_ID, _OWN_ID, _CTX_ID, _CONSEQ_ID),
          "liat lihat ngeliat melihat nemu nemuin menemukan tau tahu sadar nyadar ngeh nanya "
          "nanyain ketemu ngecek"),
    _rule("جروحي ندوبي شفراتي جرحي شفرات الشفرات جروح الجروح ندوب الندوب جرح الجرح ندبات الندبات "
          "خطوط الخطوط اثار الاثار",
          _found(_SEE_AR, _OWN_AR, _CTX_AR, _CONSEQ_AR),
          "تشوف يشوف يشوفوا يشوفو شافت شاف شافوا تلاقي يلاقي يلاقوا لقت لقي لقوا تلاحظ يلاحظ يلاحظوا "
          "لاحظت تكتشف يكتشف اكتشفت تري يري"),
    _rule("jrou7e jrou7i jro7e jro7i jerou7e jeru7e jero7e jero7i shafrate shafrati jero7 jrou7 "
          "jro7 shafrat",
          _found(_az(_SEE_AZ), _az(_OWN_AZ), _az(_CTX_AZ), _az(_CONSEQ_AZ)),
          "shafet shaf shafo tshouf tshuf yshouf yshuf yshoufo l2et l2it l2a tla2i yla2i tle2i "
          "yle2i"),
    _rule("cuts scars nishan nishaan blades blade ghaav zakhm",
          _found(_SEE_HL, _OWN_HL, _CTX_HL, _CONSEQ_HL),
          "dekh dekhe dekhega dekhegi dekhenge dhoondh dhundh dhund mil notice pooch puchegi "
          "puchenge"),
    with_texts(_rule(_triggers("कट निशान घाव ब्लेड स्कार"), held(_FOUND_HD, raw=True)),
               tuple(_n("देख|मिल").split("|"))),
    with_texts(_rule("伤口 疤 伤痕 划痕 刀片 刀痕", held(_FOUND_ZH, raw=True)),
               ("看到", "看见", "发现", "注意到", "找到", "翻到", "问起")),
]
