"""An injury with its everyday cause named is not self-injury.

Why: "i scratched my mosquito bites until they bled", "my cat scratched me
till i bled", "ich kratz mich blutig wegen der Mückenstiche", "حرقت ايدي
بالمكوه وانا اكوي" (burnt my hand on the iron while ironing) and
"我用剃须刀刮腿毛" (shaving my legs) were held as self-injury: the rules read
the scratch, the blood or the burn and nothing else.  A means with its
purpose already had a frame (`frames_more.purpose_frame`); an injury with
its cause had none.

An injury match (scratching, bleeding, burning, a razor) is excused
("mundane") when the message names an everyday cause: insect bites, an itch
or a rash, a pet that scratched or bit, an accident *while* ironing or
cooking, shaving.  The tool alone is no cause: "je me brûle avec le fer à
repasser quand je suis seule" and "told mom it was from the stove" are
self-harm with a household tool and a cover story.  (Bare words with another sense are left out: "chat" is a
French cat and every child's chat, "four" a French oven, "pies" a Polish
dog.)  Never when it also says it was on purpose, to feel something, as a
punishment, again, when alone, hidden, or told as a cover story ("i
scratch until i bleed because it helps, not because of the bites" stays
held).  Patterns run on the phrase form; Chinese on the
normalised text.
"""

from __future__ import annotations

from . import fastre

_INJURY = fastre.compile(
    r"\b(?:scratch\w*|bled|bleed\w*|blood\w*|burn\w*|razor\w*|kratz\w*|blutig|blut\w*|verbrenn\w*|"
    r"verbrann\w*|gratte\w*|saign\w*|brule\w*|rasca\w*|rasque\w*|sangr\w*|queme\w*|quemad\w*|queimei|"
    r"queimad\w*|cocei|gratt\w*|sanguin\w*|bruciat\w*|расчес\w*|кров\w*|обжег\w*|обожгл\w*|kasi\w*|"
    r"kanat\w*|yakti\w*|yandi\w*|drapa\w*|krwaw\w*|oparz\w*|poparz\w*|garuk\w*|berdarah|luka bakar|"
    r"kebakar|khujl\w*|khoon|jal gay\w*|jala)\b|"
    r"حرقت|انحرقت|احترقت|نزف|دم|حك|खून|जल|खुजल|剃须刀|刮|烫|抓|流血"
)
_CAUSE = fastre.compile(
    # en
    r"\b(?:mosquito\w*|midge\w*|bug bites?|insect bites?|bites|itch\w*|eczema|chickenpox|chicken pox|"
    r"rash|hives|allerg\w*|(?:cat|kitten|dog|puppy|hamster|rabbit|parrot) (?:scratched|bit|clawed)|"
    r"while ironing|ironing (?:my|the|a) |while cooking|while baking|shaving|shaved my legs|"
    # es pt fr de it
    r"mosquitos?|picaduras?|picadas?|coceira|comezon|picor|varicela|planchando|cocinando|"
    r"cozinhando|passando roupa|afeitar\w*|depil\w*|moustiques?|piqures?|demange\w*|en repassant|"
    r"en cuisinant|rasage|mucken\w*|muckenstich\w*|juck\w*|neurodermitis|beim kochen|beim bugeln|"
    r"rasier\w*|zanzar\w*|punture?|prurito|cucinando|stirando|"
    # ru tr pl id hi
    r"комар\w*|укус\w*|чеш\w*|аллерги\w*|когда готовил\w*|когда гладил\w*|sivrisinek\w*|"
    r"isirik\w*|kasint\w*|utu yaparken|yemek yaparken|komar\w*|ugryz\w*|swedz\w*|"
    r"jak prasowal\w*|przy prasowaniu|przy gotowaniu|nyamuk|gatal|pas nyetrika|pas masak|machhar|"
    r"press karte hue)\b|"
    # ar hi zh
    r"بعوض|ناموس|حكه|حساسيه|وانا اكوي|وأنا اكوي|وانا اطبخ|وأنا اطبخ|"
    r"मच्छर|खुजली|"
    r"蚊子|痒|过敏|做饭的时候|炒菜的时候|刮腿毛|腿毛|刮毛|剃毛|刮胡子|胡子"
)
# the writer says it was meant: never excused
_MEANT = fastre.compile(
    r"\b(?:on purpose|deliberately|to feel|punish\w*|to cope|it helps|because i deserve|"
    # a cover story, or hiding it, or a habit when alone
    r"told (?:my |her |his )?(?:mum|mom|mother|dad|parents|teacher|everyone|them) it was|said it was|"
    r"pretend\w*|excuse|lied|so (?:nobody|no one) (?:sees|notices|knows)|when i am alone|again|"
    r"quand je suis seule?|pour que personne|wenn ich allein|damit es keiner|damit keiner|cuando estoy "
    r"solo|cuando estoy sola|para que nadie|quando estou sozinh\w*|pra ninguem|bile bile|kimse "
    r"gormesin|zeby nikt|biar (?:ga|gak|nggak) ada yang|чтобы никто|a proposito|"
    r"de proposito|expres|absichtlich|mit absicht|apposta|di proposito|специально|нарочно|"
    r"bilerek|kasten|celowo|specjalnie|sengaja|jaan ?bujh\w*)\b|عمدا|قصدا|जानबूझ|故意"
)


def _caused_not_meant(text: str) -> bool:
    return _CAUSE.search(text) is not None and _MEANT.search(text) is None


def injury_cause_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for an injury match in a message that names its everyday
    cause and not that it was meant (module docstring)."""
    if _INJURY.search(text, start, end) and _caused_not_meant(text):
        return "mundane"
    return None


def injury_cause_reason(text: str) -> bool:
    """For the scorer, which reads the whole message: an injury with its
    everyday cause named and not said to be meant."""
    return _INJURY.search(text) is not None and _caused_not_meant(text)
