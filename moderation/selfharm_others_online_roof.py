"""The writer on a rooftop now or tonight, with an ending (session 16): "i'm
on the roof rn and i'm done", "estoy en la azotea y ya no puedo más", "الليلة
رح أطلع عالسطح وخلص" (tonight I'll go up to the roof and that's it),
"我现在在顶楼，不想再撑了" (I'm on the top floor now, can't hold on).

Why: these passed, or were held only by the learned scorer (its score for
"esta noche subo a la azotea y ya" was 1.1 against a threshold of 1.05;
"الليلة رح أطلع عالسطح وخلص" and "ana 3al sat7 hala2 w khalas" passed
outright).  The first-person planning rules pair a roof with a jump or "end
it"; the ending children write is shorter - "and that's it", "i'm done",
"can't anymore", "khalas", "y ya", "и всё", "bitti", "不想再撑了" - and is
an everyday phrase on its own.

How: one rule per language (and script), named `self_harm:planning` like the
older first-person rules: a place of height reached or about to be reached
(on / up to the roof, the rooftop, the top floor, a bridge, a ledge; Turkish
"çatıdayım", "çatıya çıkıcam"), then within about 12 words an ending that
*closes* the message or its sentence (followed by nothing, or by
punctuation).  The match is empty at the start of the message (a look-ahead
from `^`), so the guard reads the whole message.

What passes, and why: an ending that goes on ("i'm done with homework",
"that's it for the summer", "ya no puedo más de la emoción", "خلص الامتحان"),
and the everyday roof (`_GUARD_*`): a party, a barbecue, the sunset, the
stars, fireworks, a repair, photos, friends, laughter, a game.  A place with
no ending, or an ending with no place, is one half of the pair.
"""

from __future__ import annotations

from .packs.hi._script import _triggers
from .packs.zh import zrule
from .rule_heads import with_stems, zh_spellings
from .rules import Rule, rule
from .selfharm_others_edge_langs import _az
from .selfharm_others_now_base import _NB

_NAME = "self_harm:planning"


def _roof(place: str, ending: str, guard: str, b: str = r"\b", stop: str = r"\b", spaced: bool = True) -> str:
    """A place of height, then within about 12 words an ending followed by the
    end of the message or by punctuation, and no `guard` anywhere."""
    if spaced:
        any_, gap, close = ".", r"\S* (?:\S+ ){0,12}?", r"(?= ?[.!?,…]|\s*$)"
    else:
        any_, gap, close = r"[\s\S]", r"[\s\S]{0,30}?", r"(?=\s*[.!?,…。！？，]|\s*$)"
    return (rf"^(?={any_}*?{b}(?:{place}){gap}{b}(?:{ending}){close})"
            rf"(?!{any_}*?{b}(?:{guard}){stop})")


def _rule(triggers: str, stems: str, pattern: str) -> Rule:
    """One language's rule, gated by `stems` ("|"-separated: the endings)."""
    return with_stems(rule(_NAME, "self_harm", triggers, pattern, framed="generic"), stems)


# everyday roofs, in every Latin-script language (a party, the sky, a repair, laughter, a game)
_GUARD_ALL = (
    r"party|parties|bbq|barbecue|fireworks|sunset|sunrise|stars|photos?|pictures?|minecraft|roblox|fortnite|"
    r"game|lol|lmao|haha\w*|xd"
)

# -- en -----------------------------------------------------------------------------------------------
_PLACE_EN = (
    r"(?:on|at|onto|up on|up to|to|on top of|up onto) (?:the |my |our |a |this )?(?:\S+ )?(?:roof|rooftop|"
    r"top floor|bridge|ledge|cliff|edge)\b"
)
_END_EN = (
    r"i am done|that is it|thats it|i (?:can not|cannot|cant) (?:anymore|any more|do this anymore|take it "
    r"anymore)|(?:i )?(?:can not|cant) (?:anymore|go on)|it is over|its over|i am finished|no more|goodbye|bye"
)
_GUARD_EN = (
    _GUARD_ALL + r"|friends|mates|sky|moon|view|fixing|fix|repair\w*|gutter\w*|tiles|chilling|hanging out|"
    r"picnic|dinner|cat|homework|exam|drone|kite|with (?:my|the) (?:dad|mum|mom|family|friends)"
)
_STEMS_EN = "done|it|anymore|any more|go on|over|finished|no more|bye"

# -- es -----------------------------------------------------------------------------------------------
_PLACE_ES = r"(?:en|a|sobre|hasta) (?:la |el |mi |lo )?(?:\S+ )?(?:azotea|techo|tejado|ultimo piso|puente|cornisa)\b"
_END_ES = (
    r"(?:why |y )?(?:ya |you )?no (?:puedo|aguanto) mas|(?:why |y )?(?:ya |you )?no aguanto|(?:why|y) (?:ya|you)|"
    r"se acabo|(?:ya|you) (?:esta|is)|hasta aqui|(?:es|este es) el (?:final|fin)|adios"
)
_GUARD_ES = _GUARD_ALL + r"|fiesta|carne asada|asado|atardecer|estrellas|fuegos|amigos|arregl\w*|jaja\w*|emocion"
_STEMS_ES = "mas|aguanto|ya|you|acabo|esta|is|aqui|fin|adios"

# -- pt -----------------------------------------------------------------------------------------------
_PLACE_PT = (
    r"(?:no|na|ao|pro|pra|para o|para a|em cima do|em cima da) (?:\S+ )?(?:telhado|laje|terraco|cobertura|"
    r"ultimo andar|ponte)\b"
)
_END_PT = (
    r"(?:nao|n) (?:aguento|consigo|suporto) mais|acabou|e isso|e so|chega|e o fim|adeus|tchau|(?:ja )?(?:era|deu)"
)
_GUARD_PT = _GUARD_ALL + r"|festa|churrasco|por do sol|estrelas|fogos|amigos|consert\w*|k{3,}|(?:rs){2,}|emocao"
_STEMS_PT = "mais|acabou|isso|so|chega|fim|adeus|tchau|era|deu"

# -- fr -----------------------------------------------------------------------------------------------
_PLACE_FR = (
    r"(?:sur|au|a|en haut du|en haut de) (?:le |la |l'|mon |notre )?(?:\S+ )?(?:toit|toits|dernier etage|pont)\b"
)
_END_FR = (
    r"(?:j'en|jen|je n'en|n'en) peux plus|c'est (?:fini|la fin|tout)|cest (?:fini|la fin|tout)|et voila|adieu|"
    r"je craque"
)
_GUARD_FR = _GUARD_ALL + r"|fete|soiree|coucher de soleil|etoiles|feux|potes|amis|repar\w*|mdr|ptdr"
_STEMS_FR = "plus|fini|fin|tout|voila|adieu|craque"

# -- de -----------------------------------------------------------------------------------------------
_PLACE_DE = (
    r"(?:auf dem|auf das|aufs|aufm|auf|auf der|aufn|zum|oben auf dem) (?:\S+ )?(?:dach|hochhausdach|obersten "
    r"stock|brucke)\b"
)
_END_DE = r"(?:ich )?kann nicht mehr|(?:dann )?(?:ist|is) schluss|schluss|das wars|das war es|es ist vorbei|aus|tschuss"
_GUARD_DE = _GUARD_ALL + r"|feier|grill\w*|sonnenuntergang|sterne|feuerwerk|freunde|kumpels|repar\w*|lachen"
_STEMS_DE = "mehr|schluss|wars|war es|vorbei|aus|tschuss"

# -- it -----------------------------------------------------------------------------------------------
_PLACE_IT = (
    r"(?:sul|sulla|al|in cima al|in cima alla|sopra il) (?:\S+ )?(?:tetto|terrazzo|terrazza|ultimo piano|ponte|"
    r"cornicione)\b"
)
_END_IT = r"non ce la faccio piu|non reggo piu|basta|(?:e )?finita|e la fine|addio"
_GUARD_IT = _GUARD_ALL + r"|festa|grigliata|tramonto|stelle|fuochi|amici|ripar\w*|compiti|(?:ah){2,}"
_STEMS_IT = "piu|basta|finita|fine|addio"

# -- ru ("й" reads "и") -------------------------------------------------------------------------------
_PLACE_RU = r"(?:на|с) (?:\S+ )?(?:крыш\w*|последн\w* этаж\w*|мост\w*|карниз\w*)"
_END_RU = r"(?:больше )?не могу(?: больше)?|и всё|и все|всё|конец|прощаите|не выдержу"
_GUARD_RU = (
    r"вечеринк\w*|тусовк\w*|шашлык\w*|закат\w*|рассвет\w*|звезд\w*|звёзд\w*|салют\w*|фото\w*|друзья\w*|"
    r"друзьями|ремонт\w*|чин\w*|хаха\w*|ахах\w*|игр\w*"
)
_STEMS_RU = "могу|все|всё|конец|прощаи|выдержу"

# -- pl -----------------------------------------------------------------------------------------------
_PLACE_PL = r"(?:na|z) (?:\S+ )?(?:dach\w*|ostatni\w* pietr\w*|most\w*|gzyms\w*)"
_END_PL = r"(?:juz )?nie (?:moge|daje rady)(?: juz)?|(?:i |to )?koniec|zegnajcie"
_GUARD_PL = _GUARD_ALL + r"|impreza\w*|imprezie|grill\w*|zachod\w*|gwiazd\w*|fajerwerk\w*|znajom\w*|napraw\w*"
_STEMS_PL = "moge|rady|koniec|zegnajcie"

# -- tr (the suffix carries the place) --------------------------------------------------------------
_PLACE_TR = r"cati(?:da|ya|dayim|dayiz|sinda|sina|nin)\w*|son kat\w*|kopru(?:de|ye|deyim|nun)\w*"
_END_TR = r"(?:artik )?dayanamiyorum|(?:her sey )?bitti|bu son|elveda|yeter"
_GUARD_TR = _GUARD_ALL + r"|parti\w*|mangal\w*|gun batimi\w*|yildiz\w*|havai fisek\w*|arkadaslar\w*|tamir\w*|sjsj\w*"
_STEMS_TR = "dayanamiyorum|bitti|son|elveda|yeter"
_TRIG_TR = (
    "catida catiya catidayim catidayiz catisinda catisina catinin catiya cikicam cikacagim son kat kopruye "
    "koprudeyim koprude"
)

# -- id -----------------------------------------------------------------------------------------------
_PLACE_ID = r"(?:di|ke) (?:atas )?(?:atap|rooftop|lantai paling atas|jembatan)\w*"
_END_ID = (
    r"(?:udah |sudah )?(?:gak|ga|nggak|ngga|tidak|gk) kuat(?: lagi)?|(?:dan |terus )?selesai|tamat|sampai sini|"
    r"selamat tinggal"
)
_GUARD_ID = _GUARD_ALL + r"|pesta|bakar\w*|sunset|senja|bintang|kembang api|temen\w*|benerin|wkwk\w*"
_STEMS_ID = "kuat|selesai|tamat|sini|tinggal"

# -- ar (script; a word start also after a quote mark) ---------------------------------------------
_PLACE_AR = r"(?:ع|عل|على|عال|ب|بال|فوق|لل|ل)?(?:ال)?(?:سطح|روف|جسر|كوبري)(?!\S)"
_END_AR = (
    r"(?:و|ف)?(?:خلص|خلاص|انتهي|انتهى|باي|وداعا)|(?:و|ف)?(?:ما عاد فيني|ما بقدر|مش قادر|مش قادره|ما اقدر|تعبت)"
)
_GUARD_AR = r"سهره|حفله|شوي|مشاوي|غروب|نجوم|العاب ناريه|صحاب\S*|اصحاب\S*|يصلح|تصليح|ههه\S*|لعبه|امتحان"
_STEMS_AR = "خلص|خلاص|انتهي|انتهى|باي|وداعا|فيني|بقدر|قادر|اقدر|تعبت"

# -- Arabizi -----------------------------------------------------------------------------------------
_PLACE_AZ = _az(r"(?:3al|3a|fo2|foo2|3ala el|3ala|fel|fi el) ?(?:sat7|sate7|roof|gesr|jisr|kobry)")
_END_AZ = _az(r"(?:w |we |wa )?(?:khalas|5alas|5les|khlas|5las|khales)|ma3ad fini|mesh 2ader|mesh 2adra|ta3abt|bye")
_GUARD_AZ = _az(r"sahra|7afla|party|mashawi|ghoroob|nojoom|s7ab|as7ab|game|haha\w*|hhh+|emti7an")
_STEMS_AZ = "khalas|alas|les|khlas|las|khales|fini|ader|adra|abt|tabt|bye"

# -- hi, Hinglish ----------------------------------------------------------------------------------
_PLACE_HL = r"(?:chhat|chhatt|chat|terrace|roof|bridge|pul) (?:pe|par|ke upar)"
_END_HL = (
    r"(?:bas )?khatam|ab (?:aur )?nahi (?:hota|sehta|hoga|ho raha|sah sakti|sah sakta)|(?:aur )?bas|alvida|the end"
)
_GUARD_HL = _GUARD_ALL + r"|patang|kite|party|diwali|holi|tare|taare|sunset|dost\w*|theek kar\w*|padhai|homework"
_STEMS_HL = "khatam|hota|sehta|hoga|raha|sakti|sakta|bas|alvida|end"

# -- hi, Devanagari ----------------------------------------------------------------------------------
_PLACE_HI = r"(?:छत|टैरेस|पुल) (?:पे|पर|के ऊपर)"
_END_HI = r"(?:बस )?(?:खत्म|ख़त्म)|अब (?:और )?नहीं (?:सहा जाता|होता|होगा)|अलविदा|बस"
_GUARD_HI = r"पतंग|पार्टी|दिवाली|होली|तारे|दोस्त\S*|ठीक कर|पढ़ाई|होमवर्क|हाहा"
_STEMS_HI = "खत्म|ख़त्म|जाता|होता|होगा|अलविदा|बस"

# -- zh (on the normalised text) --------------------------------------------------------------------
_PLACE_ZH = r"顶楼|天台|楼顶|屋顶|房顶|桥上|最高层"
_END_ZH = r"不想再?撑了|撑不下去了?|(?:一切)?结束了|就这样吧|再见了?|受不了了|坚持不下去了?"
_GUARD_ZH = r"聚会|派对|烧烤|日落|夕阳|星星|烟花|拍照|朋友们|一起|修|晒|作业|游戏|哈哈|笑死"
_STEMS_ZH = "撑 结束 就这样 再见 受不了 坚持"

RULES: list[Rule] = [
    _rule("roof rooftop floor bridge ledge cliff edge", _STEMS_EN, _roof(_PLACE_EN, _END_EN, _GUARD_EN)),
    _rule("azotea techo tejado piso puente cornisa", _STEMS_ES, _roof(_PLACE_ES, _END_ES, _GUARD_ES)),
    _rule("telhado laje terraco cobertura andar ponte", _STEMS_PT, _roof(_PLACE_PT, _END_PT, _GUARD_PT)),
    _rule("toit toits etage pont", _STEMS_FR, _roof(_PLACE_FR, _END_FR, _GUARD_FR)),
    _rule("dach dachs hochhausdach stock brucke aufs aufm", _STEMS_DE, _roof(_PLACE_DE, _END_DE, _GUARD_DE)),
    _rule("tetto terrazzo terrazza piano ponte cornicione", _STEMS_IT, _roof(_PLACE_IT, _END_IT, _GUARD_IT)),
    _rule("крыша крыше крышу крыши этаже этаж мост мосту мосте карнизе", _STEMS_RU,
          _roof(_PLACE_RU, _END_RU, _GUARD_RU)),
    _rule("dach dachu dachem pietrze pietro most moscie moscie gzymsie", _STEMS_PL,
          _roof(_PLACE_PL, _END_PL, _GUARD_PL)),
    _rule(_TRIG_TR, _STEMS_TR, _roof(_PLACE_TR, _END_TR, _GUARD_TR)),
    _rule("atap atapnya rooftop lantai jembatan", _STEMS_ID, _roof(_PLACE_ID, _END_ID, _GUARD_ID)),
    _rule("سطح السطح عالسطح عسطح بالسطح عالروف روف جسر الجسر عالجسر كوبري الكوبري للسطح فوق", _STEMS_AR,
          _roof(_PLACE_AR, _END_AR, _GUARD_AR, b=_NB, stop="")),
    _rule("sat7 satt sate7 satet roof gesr jisr kobry", _STEMS_AZ, _roof(_PLACE_AZ, _END_AZ, _GUARD_AZ)),
    _rule("chhat chhatt chat terrace roof bridge pul", _STEMS_HL, _roof(_PLACE_HL, _END_HL, _GUARD_HL)),
    _rule(_triggers("छत टैरेस पुल"), _STEMS_HI, _roof(_PLACE_HI, _END_HI, _GUARD_HI, b=_NB, stop="")),
    with_stems(zrule(_NAME, "self_harm", "顶楼 天台 楼顶 屋顶 房顶 桥上 最高层",
                     _roof(_PLACE_ZH, _END_ZH, _GUARD_ZH, b="", stop="", spaced=False), framed="generic"),
               "|".join(zh_spellings(_STEMS_ZH))),
]
