"""A jump threatened on a condition, and meant (session 16): "if those pics get
to my parents im jumping. not a joke", "wenn die bilder bei meinen eltern
landen spring ich. kein spaß", "o fotolar aileme ulasirsa atlarim. saka degil".

Why: the writer's own jump, with no place named, passed in every language but
Russian: the planning rules pair a jump with a roof, a bridge or a window,
and "I'll jump" alone is a pool, a trampoline or joy as often.  Said on a
condition (if it happens, if they find out) and with "not a joke", or said
last after "I swear", it is a threat to the writer's life.

How: one rule per language (`self_harm:planning`), `selfharm_veiled_base.pair`:
the jump in the first person said last in its sentence (nothing jumped into,
over or for), and a condition or an oath anywhere; no everyday reason in the
message (`_EVERYDAY`: water, a trampoline, a game, joy).

What passes, and why: "if we win im jumping in the pool, not a joke" names
where; "wenn ich bestehe spring ich vor freude" says why; a game's jump, a
parachute, a rope to skip, a horse's fence are everyday (`_EVERYDAY`).
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_veiled_base import pair

# the jump said last: a full stop, the end of the message, or the oath itself
_LAST = r"(?= ?[.!?]| ?$| (?:not a joke|no joke|i swear|fr|for real|srsly|seriously|deadass|swear)\b)"

_EVERYDAY = (
    r"pool|water|sea|lake|river|trampoline|bed|joy|happiness|game|minecraft|fortnite|roblox|parkour|"
    r"parachute|skydiv\w*|bungee|rope|fence|horse|queue|line|piscina|agua|mar|lago|rio|cama|alegria|"
    r"juego|paracaidas|piscine|eau|lac|riviere|joie|jeu|schwimmbad|wasser|see|fluss|"
    r"freude|spiel|fallschirm|acqua|fiume|gioia|gioco|paracadute|jogo|"
    r"paraquedas|бассейн\w*|вод\w*|реч\w*|озер\w*|батут\w*|радост\w*|игр\w*|парашют\w*|basen\w*|wod\w*|"
    r"jezior\w*|rzek\w*|trampolin\w*|radosc\w*|gr\w*|spadochron\w*|havuz\w*|deniz\w*|gol\w*|nehir\w*|"
    r"trambolin\w*|sevinc\w*|oyun\w*|parasut\w*|kolam|renang|air|laut|danau|sungai|trampolin|seneng|"
    r"parasut"
)

_TABLE: dict[str, tuple[str, str, str]] = {
    # (jump triggers, the jump said last, a condition or an oath)
    "en": ("jump jumping",
           r"(?:i am|im|ill|i will|i'll|i am going to|i'm gonna|i) (?:jumping|jump)" + _LAST,
           r"if|when|once|i swear|swear|not a joke|no joke|deadass"),
    "es": ("tiro salto",
           r"(?:me tiro|salto|me voy a tirar|me aviento)" + _LAST,
           r"si|cuando|te lo juro|lo juro|no es broma|en serio"),
    "pt": ("pulo jogo",
           r"(?:eu )?(?:pulo|me jogo|vou pular|vou me jogar)" + _LAST,
           r"se|quando|juro|nao e brincadeira|nao e zoeira|serio"),
    "fr": ("saute",
           r"(?:je saute|je me jette|je vais sauter)" + _LAST,
           r"si|quand|je (?:te |vous )?jure|c'?est pas une blague|sans blague|serieux"),
    "de": ("spring springe",
           r"(?:spring|springe) ich|ich (?:spring|springe)" + _LAST,
           r"wenn|falls|ich schwor\w*|kein spass|kein witz|ernsthaft"),
    "it": ("butto salto",
           r"(?:mi butto|salto|mi lancio)" + _LAST,
           r"se|quando|giuro|non scherzo|non e uno scherzo|sul serio"),
    "pl": ("skacze skocze",
           r"(?:to )?(?:skacze|skocze)" + _LAST,
           r"jak|jesli|jezeli|gdy|przysiegam|nie zart|serio"),
    "tr": ("atlarim atlayacagim atlicam",
           r"(?:atlarim|atlayacagim|atlicam|atlıcam)" + _LAST,
           r"\w+(?:sa|se)|yemin ederim|saka degil|ciddiyim"),
    "id": ("lompat loncat",
           r"(?:aku|gue|gw|gua|saya) (?:lompat|loncat)" + _LAST,
           r"kalo|kalau|klo|jika|sumpah|bukan becanda|ga bercanda|gak bercanda|serius"),
}

RULES: list[Rule] = [
    rule("self_harm:planning", "self_harm", triggers, pair(jump, cue, _EVERYDAY), framed="generic")
    for triggers, jump, cue in _TABLE.values()
]
