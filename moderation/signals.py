"""Self-harm signals: co-occurring weak cues instead of one fixed phrase.

Why: held-out sets written by people who never saw the rules show that
indirect disclosures ("gave my xbox to my brother, he'll need it more",
"how many sleeping pills would be too many", "everyone would have an easier
time if I wasn't around") slip past phrase rules, because each is worded
differently.  What they share is *two kinds of cue in one message*: a means
and a quantity, giving things away and absence, a burden and absence...
Each cue family below is a trigger-gated rule of its own; the stage holds a
message (category ``self_harm``, reason ``signals:<a>+<b>``) when two
different families hit, the writer speaks in the first person, and no
third-person or advice frame excuses the hits.  One family alone never
holds: "I gave my old games to my brother" and "I'm so tired of homework"
stay allowed.

The lists are short on purpose (general concepts, nine languages); they
were written from our own examples, not from the held-out sets.
"""

from __future__ import annotations

import re

from .normalise import Prepared
from .rules import Rule, RuleSet, rule
from .verdict import Action, Verdict

# Each family: (triggers, pattern).  Patterns are matched against the phrase
# form (abbreviations expanded: "wont" -> "will not", "wasnt" -> "was not").
_FAMILIES: dict[str, tuple[str, str]] = {
    "means": (
        "pills pill tablets meds medication painkillers paracetamol overdose rope noose bridge "
        "roof rooftop tracks razor blade blades bleach pastillas pastilhas comprimidos remedios "
        "cachets medicaments tabletten pillen brucke corde cuerda corda таблетки таблеток веревк "
        "мост крыш حبوب دوا جسر سطح goliyan goli dawai",
        r"\b(?:sleeping pills|pills|tablets|meds|medication|painkillers|paracetamol|overdose|rope|"
        r"noose|bridge|rooftop|roof|train tracks|the tracks|razor|blades?|bleach|pastillas|"
        r"pastilhas|comprimidos|remedios|cachets|medicaments|tabletten|pillen|brucke|corde|cuerda|"
        r"corda|таблет\w*|веревк\w*|мост\w*|крыш\w*|حبوب|دوا|جسر|سطح|goliyan|goli|dawai)\b",
    ),
    "lethal": (
        "many enough whole lethal fatal painless hurt long muchas demasiadas muitos suficiente "
        "trop combien genug viele сколько хватит كم كافي kitni",
        r"\b(?:too many|how many (?:\w+ ){0,4}(?:would (?:it )?(?:take|be too|kill)|to (?:die|not wake|"
        r"overdose|kill|end))|enough to (?:die|not wake|"
        r"end|kill)|the whole (?:bottle|pack|box|packet)|lethal|fatal|painless|does it hurt to|"
        r"how long (?:does|would) it take|demasiadas|cuantas (?:\w+ ){0,3}(?:hacen falta|son "
        r"mucho)|quantos? (?:\w+ ){0,3}(?:precisa|e demais)|combien (?:\w+ ){0,3}(?:faut il|c'est "
        r"trop)|trop de|wie viele (?:\w+ ){0,3}(?:braucht|sind zu viel)|сколько (?:\w+ ){0,3}"
        r"(?:нужно|надо|хватит)|كم (?:\S+ ){0,3}(?:تكفي|كفايه)|kitni (?:\w+ ){0,3}(?:kaafi|zyada))\b",
    ),
    "absence": (
        "around here gone need see last goodbye disappear forever vanish existe existir exister "
        "existieren nie ne plus bin никогда исчезн будет موجود",
        r"\b(?:(?:was|were|am|is|be) not (?:around|here)|if i (?:was|were) (?:not|never) (?:around|"
        r"here|born)|when i am gone|after i am gone|once i am gone|(?:he|she|they) will need "
        r"(?:them|it)(?: more)?|will not need (?:them|it|my \w+) (?:any ?more|where i am going)|you will "
        r"not see me|will never see me|for the last time|goodbye (?:forever|everyone|for good)|"
        r"disappear(?: forever)?|vanish|(?:ya )?no (?:voy a|estare|estaria) (?:aqui|mas)|nao vou "
        r"(?:estar|mais estar) (?:aqui|mais)|je ne serai plus (?:la|ici)|ich bin (?:bald )?nicht "
        r"mehr da|bin ich (?:bald )?nicht mehr da|(?:скоро )?меня (?:скоро )?не будет|"
        r"ما راح اكون موجود|main nahi rahunga|main nahi rahungi)\b",
    ),
    "burden": (
        "easier better burden notice care miss happier facil mejor fardo peso mieux leichter "
        "besser легче лучше احسن اسهل behtar",
        r"\b(?:easier (?:\w+ )?(?:if|without) (?:i|me)|better off (?:if|without)|(?:a|such a|just a) "
        r"burden|(?:nobody|no one) would (?:even )?(?:notice|care|miss)|would be (?:happier|better|"
        r"fine) without me|mas facil (?:\w+ )?(?:sin mi|si yo no)|mejor sin mi|mais facil (?:\w+ )?"
        r"(?:sem mim|se eu nao)|melhor sem mim|plus simple sans moi|mieux sans moi|leichter ohne "
        r"mich|besser ohne mich|легче без меня|лучше без меня|احسن بدوني|اسهل بدوني|"
        r"mere bina behtar)\b",
    ),
    "giving": (
        "gave giving give keep have care regale regalando dei doando donne donner verschenke "
        "verschenkt раздал раздала отдал отдала عطيت وزعت de di",
        r"\b(?:(?:gave|giving|give|gave away|giving away|given away) (?:away )?(?:all )?(?:of )?my "
        r"(?:\w+ ){0,2}(?:stuff|things|xbox|ps5|switch|phone|clothes|hoodies|games|books|"
        r"collection|cat|dog|savings|money)|you can (?:have|keep) (?:all )?my|take care of my "
        r"(?:cat|dog|pet|little)|(?:regale|regalando|doei|dei|doando|j'ai donne|je donne) (?:todas |"
        r"todos |tous |toutes )?(?:mis|mes|minhas|meus) (?:cosas|coisas|affaires|jeux|juegos|jogos)|"
        r"(?:verschenke|verschenkt|habe \w+ verschenkt) (?:alle )?(?:meine|meinen) "
        r"(?:sachen|spiele)|(?:раздал|раздала|отдал|отдала) (?:все )?(?:свои|мои) (?:вещи|игры)|"
        r"(?:عطيت|وزعت) (?:كل )?(?:اغراضي|العابي|حاجاتي))\b",
    ),
    "despair": (
        "tired sick point matters empty hopeless cansado cansada cansa sentido fatigue fatiguee "
        "sens mude mude sinn устал устала смысла تعبت فايده thak",
        r"\b(?:(?:tired|sick|done) (?:of|with) (?:everything|it all|living|life|being alive|"
        r"existing|trying)|(?:no|what is the) point (?:in |of )?(?:anything|anymore|any more|living|"
        r"trying|going on)|nothing matters|empty inside|hopeless|(?:cansad[oa]|harta|harto) de "
        r"(?:todo|vivir|existir)|cansad[oa] de (?:tudo|viver|existir)|(?:fatigue|fatiguee|marre) "
        r"de (?:tout|vivre|exister)|(?:mude|mude) von allem|устал[аи]? от (?:всего|жизни)|нет "
        r"смысла|تعبت من كل|ما في فايده|sab se thak)\b",
    ),
    "injury": (
        "cut cuts cutting scars scar bleeding blood burned burning bruises sleeves bracelets "
        "cortes cicatrices cicatrizes coupures cicatrices narben порезы шрамы جروح ندوب kat",
        r"\b(?:(?:my|the|fresh|new) (?:cuts|scars|wounds|bruises)|bleeding|burn(?:ed|ing)? myself|"
        r"(?:long )?sleeves (?:so|to|because)|bracelets? to (?:hide|cover)|hide (?:the|my) "
        r"(?:marks|cuts|scars|arms|wrists)|(?:mis|meus|minhas|mes) (?:cortes|cicatrices|cicatrizes|"
        r"coupures)|meine (?:narben|schnitte)|(?:мои|свои) (?:порезы|шрамы)|جروحي|ندوبي|mere kat)\b",
    ),
}

RULES: list[Rule] = [
    rule(f"signals:{name}", "self_harm", triggers, pattern, framed="generic")
    for name, (triggers, pattern) in _FAMILIES.items()
]

_FIRST_PERSON = re.compile(
    r"\b(?:i|me|my|myself|mine|yo|mi|mis|je|j'|moi|mon|ma|mes|eu|meu|minha|meus|minhas|mim|ich|mich|"
    r"mir|mein|meine|я|меня|мне|мои|мой|моя|main|mujhe|mera|meri|mere)\b|[\u0600-\u06ff]|我"
)


class SignalsStage:
    """Hold when two different self-harm cue families co-occur (see module doc)."""

    name = "selfharm_signals"

    def __init__(self, allow_frames: bool = True) -> None:
        self.rules = RuleSet(RULES)
        self.allow_frames = allow_frames

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        if "self_harm" in verdict.categories:
            return verdict  # already held for a human
        if len(self.rules.candidates(prep)) < 2:
            return verdict  # one family at most: cheap exit before any regex
        hits = self.rules.scan(prep, self.allow_frames)
        families = {h.rule.name for h in hits if h.excused_by is None}
        if len(families) < 2 or not _FIRST_PERSON.search(prep.plain):
            return verdict
        pair = "+".join(sorted(f.split(":", 1)[1] for f in families))
        return verdict.escalate(Action.HOLD, ("self_harm",), (f"signals:{pair}",))
