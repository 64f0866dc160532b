"""An everyday cut that says how it happened: "je me suis coupé en
cuisinant", "eu me cortei com a faca fazendo comida", "i cut myself
shaving", "hab mich gestern beim Kochen geschnitten", "je me suis coupé le
doigt".

Why a frame and not narrower rules: "i cut myself", "me cortei" and "je me
suis coupée" said bare are held (children rarely add "on purpose"), so the
rules stay broad and the message is excused when it names an accident - a
kitchen task, shaving, paper, sport, "by accident" - or an everyday object
right after the verb (hair, nails, a finger).  For a knife or blood emoji
(`selfharm_emoji.py`) a pet's scratch, a nosebleed or a period is such a
cause too ("my cat scratched me again 🩸", "period again 🩸 ugh").

Only cut / hurt / burn verbs are excused (never "ritzen", "scarifier" or a
wish to die next to "in the kitchen"), and not when the sentence says it
was deliberate ("a propósito", "exprès", "on purpose") or the accident is
the story told to someone else ("i told my mum i cut myself cooking", "dije
que me corté cocinando": hiding it is a warning sign).

Called only for a self-harm match (frames.mundane_frame); patterns run on
the phrase form (accents stripped, commas dropped).
"""

from __future__ import annotations

from . import fastre

# hair, nails, a finger, paper right after the verb (also used by selfharm_past
# to keep such cuts from matching at all)
MUNDANE_OBJECT = (
    r"(?: (?:\w+ )?(?:el pelo|el cabello|las unas|una una|el flequillo|la barba|el dedo|los dedos|"
    r"o cabelo|a franja|as unhas|a barba|o dedo|os dedos|les cheveux|la frange|les ongles|la "
    r"barbe|le doigt|les doigts|die haare|die nagel|den bart|in den finger|am finger|i capelli|la "
    r"frangia|le unghie|il dito|le dita|my (?:hair|nails|finger|fringe|beard)|con (?:un |el |una |"
    r"la )?(?:papel|hoja|carta|foglio)|com (?:o |um |uma |a )?(?:papel|folha)|avec (?:une |du |la )?"
    r"(?:feuille|papier)|(?:mit|an|am) (?:dem |einem )?papier|on (?:a |some |the )?paper))"
)
_MUNDANE_RE = fastre.compile(MUNDANE_OBJECT)

# verbs an accident can explain (not "ritzen", "scarifier", "self harm")
_ACCIDENT_VERB = fastre.compile(
    r"\b(?:cut|cutting|hurt|burned|burnt|cort\w*|coup\w*|geschnitten|schnitt|tagli\w*|machuc\w*|"
    r"machuqu\w*|lastim\w*|fer[ia]\w*|quem\w*|queim\w*|brul\w*|verbrannt|emoji_blood|emoji_knife)\b"
)
_ACCIDENT = fastre.compile(
    # a pet, a nosebleed, a fall: "my cat scratched me again 🩸"
    r"\b(?:(?:cat|dog|kitten|puppy|hamster|gato|gata|perro|perra|cachorro|chat|chien|katze|hund|"
    r"gatto|cane) (?:\w+ )?(?:scratched|bit|arano|mordio|arranhou|mordeu|griffe|mordu|gekratzt|"
    r"gebissen|graffiato|morso)|nosebleed|nose bleed|nose is bleeding|my nose|lost a tooth|"
    r"(?:my|on my|got my) period|period (?:again|cramps|pains?|blood)|"
    r"regla|menstruacion|menstruacao|regles|periode|mestruazioni|"
    r"cooking|making (?:dinner|lunch|breakfast|food|a sandwich|tea|a salad|salad|a cake|pizza)|cutting "
    r"(?:onions?|vegetables|veggies|bread|an apple|fruit|tomato(?:es)?)|shaving|by accident|"
    r"accidentally|paper cut|in the kitchen|chopping|peeling|playing (?:football|soccer|rugby)|"
    # the hot or sharp thing or the sport named: "burnt myself again making toast",
    # "hurt myself again at football practice", "with the curling iron"
    r"on (?:the|a|my) (?:oven|stove|pan|iron|kettle|radiator|grill|bbq|toaster|hob)|(?:curling|hair|"
    r"flat) iron|straighteners?|making (?:toast|pasta|noodles|eggs|pancakes|popcorn|cookies|tea)|"
    r"baking|ironing|at (?:football|soccer|basketball|rugby|hockey) (?:practice|training)|at "
    r"(?:practice|training|the gym)|in pe|skateboarding|on my (?:bike|skateboard|scooter)|"
    r"fell (?:off|over|down)|tripped|"
    r"cocinando|haciendo (?:la |una )?(?:comida|cena|el almuerzo|ensalada|un pastel)|cortando (?:cebolla|"
    r"tomate|pan|verdura|fruta)\w*|en la cocina|afeitandome|depilandome|"
    r"sin querer|por accidente|picando|pelando|jugando (?:al )?(?:futbol|basket|baloncesto)|"
    r"cozinhando|fazendo (?:a |uma |um )?(?:comida|janta|jantar|almoco|salada|bolo|lanche)|cortando (?:cebola|"
    r"tomate|pao|legumes|fruta)\w*|na cozinha|fazendo a barba|me "
    r"depilando|sem querer|por acidente|descascando|jogando (?:bola|futebol)|"
    r"en cuisinant|en faisant (?:a manger|la cuisine)|dans la cuisine|en me rasant|sans (?:le )?"
    r"faire expres|par accident|en epluchant|en coupant (?:des|les|du|un|une|la|le)|au foot|"
    r"beim (?:kochen|rasieren|schnippeln|gemuse|basteln|fussball|brot|zwiebel|salat\w*|obst)|in der kuche|aus "
    r"versehen|versehentlich|"
    r"cucinando|in cucina|facendo la barba|depilandomi|per sbaglio|senza volerlo|per errore|"
    r"sbucciando|giocando a calcio|tagliando (?:la |le |il |i )?(?:cipoll\w*|verdur\w*|pane|pomodor\w*|"
    r"frutta))\b"
)
_DELIBERATE = fastre.compile(
    r"\b(?:on purpose|a proposito|de proposito|expres|absichtlich|apposta|intentionally)\b"
)
# the accident is what the writer told others
_COVER_STORY = fastre.compile(
    r"\b(?:told|tell|said|say|pretend\w*|dije|digo|dicho|fingi|disse|digo|falei|fingi|j'ai dit|je "
    r"dis|dit que|gesagt|sage|behauptet|ho detto|dico|detto che|finto)\b"
)
# staged, before or after the cut: "i cut myself again, making it look like a cooking accident"
_STAGED = fastre.compile(
    r"\b(?:(?:make|making|made|makes) it look like|so it looks like|que parezca|pra parecer|pour que ca "
    r"ressemble)\b"
)
_WINDOW = 60


def accident_frame(text: str, start: int, end: int) -> str | None:
    """"accident" when the cut at text[start:end] is an everyday one (see the
    module docstring)."""
    if _ACCIDENT_VERB.search(text, start, end) is None:
        return None
    left = max(text.rfind(p, 0, start) for p in (" . ", " ! ", " ? "))
    lo = max(left + 1, start - _WINDOW)
    rights = [i for i in (text.find(p, end) for p in (" . ", " ! ", " ? ")) if i != -1]
    hi = min(min(rights) if rights else len(text), end + _WINDOW)
    if _DELIBERATE.search(text, lo, hi) or _COVER_STORY.search(text, lo, start) or _STAGED.search(text, lo, hi):
        return None
    if _MUNDANE_RE.match(text, end) or _ACCIDENT.search(text, lo, hi):
        return "accident"
    return None
