"""How to die without pain, asked (session 17): "how can i die without pain?",
"cómo morir sin sufrir", "wie kann man schmerzlos sterben", "kif fiye mout
bala waja3?", "acısız nasıl ölünür", "bina dard ke kaise marun".

Why: asking for a death that does not hurt is a method sought, the question a
child asks before an attempt.  English had "the most painless way to die"
(`signals:method`) and Chinese "怎么死才不痛"; the plain question ("how do i
die without it hurting") passed in English, Spanish, German, Turkish,
Indonesian, Hindi and Arabic, and the scorer carried the rest only by its
weights.

How: one rule per language (`self_harm:method`), the question (how, the way
to) and dying or killing oneself with "without pain" or "painlessly" within
a few words, in either order where the language puts the manner first; built
with `selfharm_veiled_base.alone`: no everyday reason anywhere in the message.

What passes, and why: an animal, a pet, a game character, a lobster in the
pot, a plant, a film are what dies (`_EVERYDAY`); a lesson or a debate about
euthanasia is talk (`alone`, and the debate words here); "how to die in
minecraft without losing your items" has no pain in it.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_base import alone_rules

_EVERYDAY = (
    r"game|minecraft|roblox|fortnite|character|animal|animals|pet|dog|cat|hamster|fish|lobster|plant|"
    r"movie|film|series|euthanasia|ethics|debate|juego|personaje|animal|mascota|perro|gato|pez|langosta|"
    r"planta|pelicula|eutanasia|etica|jogo|personagem|cachorro|gato|peixe|lagosta|filme|jeu|personnage|"
    r"animal|chien|chat|poisson|homard|euthanasie|spiel|figur|tier|hund|katze|fisch|hummer|pflanze|"
    r"sterbehilfe|ethik|gioco|personaggio|animale|cane|gatto|pesce|aragosta|pianta|eutanasia|игр\w*|"
    r"персонаж\w*|животн\w*|собак\w*|кошк\w*|кот|рыб\w*|эвтанази\w*|gra|gry|grze|postac\w*|zwierz\w*|"
    r"pies|psa|kot|ryb\w*|eutanazj\w*|oyun\w*|karakter\w*|hayvan\w*|kopek\w*|kedi\w*|balik\w*|otanazi|"
    r"hewan|kucing|anjing|ikan|tokoh|eutanasia|janwar|kutta|billi|machli|جانور|حيوان|قطه|كلب|سمك|لعبه|"
    r"شخصيه|القتل الرحيم|जानवर|कुत्ता|बिल्ली|मछली|游戏|角色|动物|宠物|狗|猫|鱼|安乐死"
)

_TABLE: dict[str, tuple[str, str]] = {
    "en": ("pain painless painlessly hurting hurt suffering",
           r"how (?:do|can|could|would|should|does) (?:i|you|one|someone|a person) (?:just )?(?:die|kill "
           r"(?:myself|yourself|oneself)|end (?:it|my life|it all)) (?:\S+ ){0,2}?(?:without (?:any |much )?"
           r"(?:pain|hurting|it hurting|feeling (?:it|anything)|suffering)|painlessly)|how to (?:die|kill "
           r"myself|end it|end my life) (?:\S+ ){0,2}?(?:without (?:any )?(?:pain|it hurting|suffering)|"
           r"painlessly)"),
    "es": ("dolor sufrir duela",
           r"(?:como|de que forma|de que manera) (?:puedo |se puede |podria |me puedo )?(?:morir(?:me)?|"
           r"matarme|quitarme la vida|suicidarme) (?:\S+ ){0,2}?sin (?:dolor|sufrir|que (?:me )?duela|"
           r"sentir nada)"),
    "pt": ("dor sofrer doer",
           r"como (?:eu )?(?:posso |da pra |consigo |faco pra |faço pra )?(?:morrer|me matar|tirar minha vida) "
           r"(?:\S+ ){0,2}?sem (?:dor|sofrer|sentir nada|doer)"),
    "fr": ("douleur souffrir mal",
           r"comment (?:je peux |on peut |peut on |faire pour |je pourrais )?(?:mourir|me tuer|en finir|me "
           r"suicider) (?:\S+ ){0,2}?sans (?:douleur|souffrir|avoir mal|rien sentir)"),
    "de": ("schmerzlos schmerzen weh",
           r"wie (?:kann (?:man|ich) |stirbt man |sterbe ich |bringt man sich )?(?:schmerzlos|ohne schmerzen) "
           r"(?:sterben|umbringen|um)?|wie (?:kann (?:man|ich) )?(?:sterben|mich umbringen|sich umbringen) "
           r"ohne (?:schmerzen|dass es weh tut|dass es wehtut)"),
    "it": ("dolore soffrire male",
           r"come (?:posso |si puo |faccio a )?(?:morire|uccidermi|ammazzarmi|farla finita) (?:\S+ ){0,2}?"
           r"senza (?:dolore|soffrire|sentire niente|sentire nulla)"),
    "ru": ("боли безболезненно больно",
           r"как (?:мне )?(?:можно )?(?:умереть|убить себя|покончить с собои|уити из жизни) (?:\S+ ){0,2}?"
           r"(?:без боли|безболезненно|чтобы не было больно)|как (?:можно )?безболезненно (?:умереть|"
           r"убить себя|покончить)"),
    "pl": ("bolu bezbolesnie bolalo",
           r"jak (?:moge |mozna |mam )?(?:umrzec|sie zabic|zabic sie) (?:\S+ ){0,2}?(?:bez bolu|bezbolesnie|"
           r"zeby nie bolalo)|jak (?:mozna )?bezbolesnie (?:umrzec|sie zabic)"),
    "tr": ("acisiz acimadan cekmeden",
           r"(?:acisiz|aci cekmeden|acimadan) (?:bir sekilde )?(?:nasil )?(?:olunur|olebilirim|olurum|olmek|"
           r"intihar edilir|intihar edebilirim|kendimi oldurebilirim)|nasil (?:acisiz|aci cekmeden|acimadan) "
           r"(?:olunur|olebilirim|olurum|olmek)"),
    "id": ("sakit",
           r"(?:cara|gimana|bagaimana|gmn) (?:caranya )?(?:biar )?(?:mati|bunuh diri|ngakhirin hidup|"
           r"mengakhiri hidup) (?:\S+ ){0,2}?(?:tanpa (?:rasa )?sakit|(?:ga|gak|nggak|ngga|tidak) sakit)"),
    "hi": ("dard",
           r"(?:bina|bgair|baghair) dard (?:ke )?(?:kaise )?(?:maru|marun|marunga|marungi|mar sakta|"
           r"mar sakti|marne ka tarika|mar jaun)|kaise (?:maru|marun|mar jaun) (?:bina|bgair) dard"),
    "hi_deva": ("दर्द",
                r"बिना दर्द (?:के )?(?:कैसे )?(?:मरूं|मरूँ|मरा जाए|मर सकता|मर सकती|मरने का तरीका)"),
    "ar": ("الم وجع يوجع",
           r"(?:كيف|كيفاش|ازاي|شلون|اشلون) (?:ممكن |اقدر |بقدر |فيني )?(?:ا?موت|بموت|انتحر|اقتل نفسي) "
           r"(?:\S+ )?(?:بدون|بلا|من غير|بلاش) (?:الم|وجع|ما احس|ما يوجع)"),
    "ar_latn": ("waja3 wja3 alam 2alam",
                r"(?:kif|kifash|ezay|shlon|keef) (?:fiye |fini |a2dar |momken |bade )?(?:mout|amout|bmout|"
                r"emout|mut|ntehar|anta7er|ente7er) (?:bala|bdoon|bidun|men gher|min gher|mn 8er|bdun) "
                r"(?:waja3|wja3|alam|2alam)"),
    "zh": ("痛 疼 痛苦",
           r"(?:怎么|如何|怎样)(?:才能|可以)?(?:死|自杀)(?:才)?(?:不痛|不疼|没有痛苦|不会痛|不会疼)|"
           r"(?:无痛|不痛|不疼)(?:的)?(?:死法|自杀)"),
}

RULES: list[Rule] = alone_rules("self_harm:method", _TABLE, _EVERYDAY)
