"""Someone else at risk right now, a fourth round (session 14): what a child
SAW or heard in person, told in the forms the older rounds' tables lacked.

Training lines of the class still passed, each one an example of a form
missing in every language, not only in the line seen:

1. a high place in colloquial or contracted form ("steht aufm dach vom
   parkhaus", "on top of the car park", "en la azotea del edificio") with
   "says he jumps" in the bare present or reported speech;
2. a sign seen or shown in person ("hat mir frische schnitte gezeigt", "mi
   ha fatto vedere i tagli freschi sul braccio", "I saw fresh cuts") with a
   wish to die or an end, and the person named by a place ("in meiner
   klasse ... ein mädchen", "a boy from my class");
3. a reported plan with the time word before the verb of a subordinate
   clause ("dass sie sich heute umbringt", "que hoy se mata", "che stasera
   si ammazza");
4. large amounts the tables lacked ("a load of", "a ton of", "eine
   handvoll", "un montón de", "un tas de") and the symptoms of an overdose
   after pills (very sleepy, not making sense, cannot wake her, throwing
   up);
5. locked in with pills taken ("2afel 3ala nafso fel 7ammam w bey2ool eno
   khad 7obob keteer").

How: one rule per language in the shape of the third round
(`selfharm_others_now_base._now`): the person (the older `_WHO_*` tables,
with a place-named person added here), then an act alone (3, 4), or a sign
(2) with an end or a silence, or a place (1, 5: the new high places here
and the older places, locked in among them) with an end (a jump in the bare
present, pills taken, and the older ends).  A jump said with a time but no
high place ("que hoje pula", "że dziś skacze") is left out of the
subordinate-clause acts on purpose: it is a pool, a trampoline or a
parachute as often.  The third round's English "locked himself in" never
matched (the pronoun group lacked its space); it is mended in its table.  Every rule is named
`self_harm:others_acute` with category `self_harm` (a training script reads
the name) and is gated by the stems of its acts, signs and places.  English
and German are here; es pt fr it in `selfharm_others_seen_eu.py`, ru pl tr
ar (and Arabizi) in `_langs`, id, Hindi (Hinglish and Devanagari) and zh in
`_asia`.

What passes, and why: a friend on the roof fixing the antenna, jumping into
the pool (the guard of the older rounds and `everyday` here), a brother
sleepy after his cold medicine or taking pills as prescribed (medicine
named as everyday: cold, allergy, antibiotics, the doctor), "she showed me
her new tattoo" or "scratches from the cat" (no cuts or wounds; the cat,
a tattoo, cooking are guards), "my mum will kill me if she sees my grades"
(no person of the class and no act), fiction, a game, the past that is
over and advice ("if your friend says he will jump") - the older guards
and the conditional before the person.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute import (
    _GUARD_DE,
    _GUARD_EN,
    _LOTS_DE,
    _LOTS_EN,
    _PILLS_DE,
    _PILLS_EN,
    _TRIG_DE,
    _TRIG_EN,
    _UNREACH_DE,
    _UNREACH_EN,
    _UNREACH_MORE_DE,
    _UNREACH_MORE_EN,
    _WHO_DE,
    _WHO_EN,
    _WHO_MORE_DE,
    _WHO_MORE_EN,
)
from .selfharm_others_acute_base import _rule
from .selfharm_others_now import (
    _ENDS_DE as _NOW_ENDS_DE,
)
from .selfharm_others_now import (
    _ENDS_EN as _NOW_ENDS_EN,
)
from .selfharm_others_now import (
    _EVERYDAY_DE as _NOW_EVERYDAY_DE,
)
from .selfharm_others_now import (
    _EVERYDAY_EN as _NOW_EVERYDAY_EN,
)
from .selfharm_others_now import (
    _PLACES_DE as _NOW_PLACES_DE,
)
from .selfharm_others_now import (
    _PLACES_EN as _NOW_PLACES_EN,
)
from .selfharm_others_now_base import _now
from .selfharm_others_seen_asia import RULES as _ASIA_RULES
from .selfharm_others_seen_eu import RULES as _EU_RULES
from .selfharm_others_seen_langs import RULES as _LANGS_RULES


def _seen(trig: str, tx: str, who: str, guard: str, acts: str, signs: str, places: str, ends: str,
          unreach: str) -> Rule:
    """The rule of one spaced language: `_now` under the name and gate of the class."""
    return _rule(trig, tx, _now(who, guard, acts, signs, places, ends, unreach))


# -- en ---------------------------------------------------------------------------------
_LOTS_SEEN_EN = (
    r"a load of|a whole load of|a ton of|a tonne of|tons of|tonnes of|a heap of|a pile of|piles of|a handful|"
    r"a fistful of|fistfuls of|a mouthful of|a shit ?load of|shit ?loads of|a crazy amount of|a huge amount of|"
    r"a massive amount of|way too many|like a million|half (?:a|the) (?:pack|packet|bottle|box)(?: of)?|"
    + _LOTS_EN
)
_TOOK_EN = r"(?:took|has taken|have taken|taken|swallowed|downed|popped|ate|has eaten|necked|chugged|had)"
_SYMPTOMS_EN = (
    r"(?:really|so|super|very|too|weirdly|extremely|rly|sooo+) (?:sleepy|drowsy|out of it|confused|dizzy)|"
    r"not making (?:any )?sense|(?:making|talks|talking) no sense|(?:cant|can not|cannot|couldnt|could not) "
    r"wake (?:her|him|them)(?: up)?|(?:wont|will not|doesnt|does not|isnt) wak(?:e|ing) up|(?:is |keeps |"
    r"started |keeps on )?(?:throwing up|vomiting|puking)|passed out|unconscious|(?:isnt|is not|not) "
    r"breathing (?:properly|right|normally)|barely (?:awake|conscious|breathing)|slurring|"
    r"(?:lips|face) (?:are |is |went |turning |look |looks )?(?:blue|grey|gray)"
)
_ACTS_EN = (
    _TOOK_EN + r" (?:like |about |around |over |maybe |just |literally )?(?:" + _LOTS_SEEN_EN
    + r") (?:\S+ ){0,3}?(?:" + _PILLS_EN + r")\b|"
    + _TOOK_EN + r" (?:\S+ ){0,4}?(?:" + _PILLS_EN + r")\b (?:\S+ ){0,12}?(?:" + _SYMPTOMS_EN + r")\b|"
    # the time before the verb: "wrote that tonight she kills herself"
    r"(?:that|saying) (?:tonight|today|right now|now|rn) (?:she|he|they)(?:s|'s| is| will|'ll| are)? "
    r"(?:gonna |going to )?(?:kill(?:s|ing)? (?:herself|himself|themselves)|end(?:s|ing)? (?:it|her life|his "
    r"life)|jump(?:s|ing)? (?:off|from))\b|"
    r"(?:she|he) (?:kills (?:herself|himself)|ends (?:it all|her life|his life)) (?:tonight|today|right now)\b"
)
_SIGNS_EN = (
    r"(?:showed|shown|show|sent) (?:me|us) (?:\S+ ){0,3}?(?:fresh |new |deep |bleeding |open )?(?:cuts|"
    r"wounds|gashes|slashes)\b|(?:i|we) (?:saw|seen|noticed|have seen|just saw|could see) (?:\S+ ){0,4}?"
    r"(?:fresh |new |deep |bleeding |open )?(?:cuts|wounds|gashes)\b|(?:fresh|deep|bleeding|open) (?:cuts|"
    r"wounds|gashes)\b|(?:cuts|wounds) (?:all )?(?:on|over|up|along) (?:her|his|their) (?:arms?|wrists?|"
    r"legs?|thighs?)\b|(?:cuts|wounds) (?:are|were|look|looked) (?:\S+ )?(?:fresh|new|deep|bleeding|open)\b"
)
_PLACES_EN = (
    r"(?:is|shes|hes|she's|he's|she is|he is|standing|sitting|up|went up|climbed|stood|on|onto) (?:\S+ ){0,3}?"
    r"(?:on top of|on the top of|at the top of|up on|on the edge of) (?:the |a |our |his |her )?(?:\S+ )?"
    r"(?:car ?park|parking garage|multi ?stor(?:e)?y|building|block|flats|bridge|tower|school|roof|mall)\b|"
    + _NOW_PLACES_EN
)
_ENDS_EN = (
    r"(?:says|said|keeps saying|texted|wrote|is saying|told me|tells me|texts|writes) (?:that )?(?:she|he|"
    r"they)(?:ll| will|s gonna| is gonna|'s gonna|'ll| is going to)? jumps?\b(?!(?: \S+){0,4} (?:in|into)\b)|"
    + _TOOK_EN + r" (?:\S+ ){0,4}?(?:" + _PILLS_EN + r")\b|" + _NOW_ENDS_EN
)
_EVERYDAY_EN = (
    r"allerg\w*|hay ?fever|vitamins?|cold (?:medicine|meds)|antibiotics|prescribed|(?:the|her|his) doctor|"
    r"melatonin|travel sickness|tattoo|piercing|scratch\w*|cats?\b|kitten|cooking|grades|report card|will kill "
    r"me|antenna|pool|game|film|movie|trampoline|thorns?|roses?|brambles?|shaving|(?:a|the) fall\b|"
    r"football|skateboard\w*|bike|fine now|is okay now|is ok now|last year"
)
_TX_EN = (
    "pill|tablet|meds|medic|painkiller|paracetamol|ibuprofen|tylenol|advil|aspirin|panadol|antidepress|"
    "prescription|insulin|xanax|emoji_pill|kill|end it|ends it|ending it|end her|ends her|end his|ends his|"
    "jump|cuts|wounds|gashes|slashes|top of|up on|edge of|roof|ledge|railing|sill|bridge|up there|up top|"
    "locked|shut|barricaded"
)

# -- de ("im" reads "i am" in the phrase form) -------------------------------------------------
_NOWT_DE = r"(?:gleich|jetzt|gerade|heute nacht|heute abend|heute|sofort|noch heute|diese nacht)"
_LOTS_SEEN_DE = (
    r"eine handvoll|ne handvoll|n handvoll|handvoll|einen haufen|nen haufen|n haufen|ne menge|massenweise|"
    r"haufenweise|unmengen|ne ganze packung|ne packung|tonnenweise|einen ganzen haufen|ne ganze schachtel|"
    r"die halbe packung|eine halbe packung|" + _LOTS_DE
)
_TOOKV_DE = r"(?:geschluckt|genommen|eingenommen|eingeworfen|reingeworfen|gefressen|reingehauen)"
_SYMPTOMS_DE = (
    r"(?:total|voll|sehr|super|echt|so|mega|krass) (?:mude|schlafrig|benommen|verwirrt|weggetreten|"
    r"komisch drauf)|redet (?:nur )?(?:wirres zeug|unsinn|komisch|nur noch mist)|lallt|(?:wacht|wird) nicht "
    r"(?:mehr )?(?:auf|wach)|(?:kriege|krieg|kriegen|bekomme|bekommen|kriegt) (?:sie|ihn) nicht (?:mehr )?"
    r"wach|kotzt|erbricht|ubergibt sich|muss (?:kotzen|brechen)|bewusstlos|ohnmachtig|atmet (?:kaum|komisch|"
    r"schwer|nicht richtig)"
)
_ACTS_DE = (
    r"(?:" + _LOTS_SEEN_DE + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r") (?:\S+ ){0,3}?" + _TOOKV_DE + r"\b|"
    r"(?:schluckt|nimmt|schluckte|nahm|hat|hatte) (?:gerade )?(?:\S+ )?(?:" + _LOTS_SEEN_DE
    + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r")\b|"
    r"(?:" + _PILLS_DE + r") (?:\S+ ){0,3}?" + _TOOKV_DE + r" (?:\S+ ){0,12}?(?:" + _SYMPTOMS_DE + r")\b|"
    # the time before the verb of a subordinate clause: "dass sie sich heute umbringt"
    r"dass (?:sie|er) sich (?:\S+ ){0,2}?" + _NOWT_DE + r" (?:\S+ ){0,2}?(?:umbringt|ritzt|das leben nimmt|"
    r"aufhangt|erhangt|was antut|totet)\b|dass (?:sie|er) (?:\S+ ){0,2}?" + _NOWT_DE + r" (?:\S+ ){0,3}?"
    r"(?:(?:vom|von der|von dem|aus dem|von einer|von einem) (?:\S+ ){0,2}?(?:springt|runterspringt)|sich "
    r"umbringt|sich das leben nimmt|sich (?:\S+ )?vor den zug wirft)\b"
)
_SIGNS_DE = (
    r"(?:hat|hatte) (?:mir|uns) (?:\S+ ){0,4}?(?:schnitte|wunden|schnittwunden|ritzer|ritzwunden) (?:\S+ )"
    r"{0,3}?gezeigt|(?:zeigte|zeigt) (?:mir|uns) (?:\S+ ){0,4}?(?:schnitte|wunden|schnittwunden|ritzer)\b|"
    r"(?:frische|frischen|neue|neuen|tiefe|tiefen|blutende|offene) (?:schnitte|wunden|schnittwunden|ritzer|"
    r"ritzwunden)\b|(?:schnitte|wunden|ritzer) (?:\S+ ){0,2}?(?:am|an den|an ihrem|an seinem|auf dem|auf "
    r"ihrem|auf seinem) (?:arm|armen|handgelenk|handgelenken|bein|beinen|oberschenkel)\b|(?:hab|habe|"
    r"haben) (?:\S+ ){0,3}?(?:schnitte|wunden|ritzer) (?:\S+ ){0,3}?gesehen"
)
_PLACES_DE = (
    r"(?:steht|sitzt|ist|hockt|klettert|geklettert|gestiegen|oben) (?:\S+ ){0,3}?(?:aufm|aufs|auf m|ganz "
    r"oben auf|oben auf) (?:\S+ )?(?:dach|brucke|gelander|hochhaus|parkhaus|turm|balkon)\b|(?:aufm|aufs) "
    r"(?:\S+ )?dach\b|(?:dach|oberste deck|oberstes deck|oberste etage|obersten etage|oberste stockwerk) "
    r"(?:vom|von dem|von der|des) (?:\S+ )?(?:parkhaus|parkhauses|hochhaus|hochhauses|einkaufszentrum|"
    r"schule|krankenhaus|bahnhof)|" + _NOW_PLACES_DE
)
_ENDS_DE = (
    r"(?:sagt|sagte|meint|meinte|schreibt|schrieb|hat gesagt|hat geschrieben) (?:\S+ )?(?:sie|er) "
    r"(?:springt|wird springen|will springen|springt runter)\b(?! (?:\S+ ){0,3}?(?:ins|in den|i am)\b)|"
    r"(?:sie|er) springt(?= (?:und|was|bitte|hilfe|ich|wir|jetzt)\b| [.!?]| ?$)|"
    r"(?:" + _PILLS_DE + r") (?:\S+ ){0,3}?" + _TOOKV_DE + r"\b|(?:will|wolle|wollte|mochte) sterben|"
    r"sterben will|tot sein will|nicht mehr leben will|" + _NOW_ENDS_DE
)
_WHO_SEEN_DE = r"(?<!wenn )in (?:meiner|unserer|der) (?:klasse|stufe|parallelklasse|schule|gruppe|mannschaft)"
_EVERYDAY_SEEN_DE = (
    r"allergie|heuschnupfen|vitamin\w*|erkaltung|grippe|antibiotika|verschrieben|(?:der|die|ihr|sein) (?:arzt|"
    r"arztin)|tattoo|piercing|kratzer|katze|kater|kochen|noten|zeugnis|bringt mich um|antenne|pool|spiel|"
    r"film|trampolin|dornen|rosen|rasieren|sturz|fussball|fahrrad|skate\w*|ins wasser|in den see|letztes jahr"
)
_TX_DE = (
    "tablette|pille|medikament|antidepressiva|ibuprofen|paracetamol|emoji_pill|dass sie|dass er|schnitt|"
    "wunde|ritzer|dach|brucke|gelander|hochhaus|parkhaus|turm|balkon|sims|oben|eingeschlossen|eingesperrt|"
    "schliesst sich"
)

RULES: list[Rule] = [
    _seen(_TRIG_EN, _TX_EN, f"{_WHO_EN}|{_WHO_MORE_EN}", f"{_GUARD_EN}|{_NOW_EVERYDAY_EN}|{_EVERYDAY_EN}",
          _ACTS_EN, _SIGNS_EN, _PLACES_EN, _ENDS_EN, f"{_UNREACH_EN}|{_UNREACH_MORE_EN}"),
    _seen(_TRIG_DE + " klasse stufe parallelklasse schule gruppe mannschaft", _TX_DE,
          f"{_WHO_DE}|{_WHO_MORE_DE}|{_WHO_SEEN_DE}", f"{_GUARD_DE}|{_NOW_EVERYDAY_DE}|{_EVERYDAY_SEEN_DE}", _ACTS_DE,
          _SIGNS_DE, _PLACES_DE, _ENDS_DE, f"{_UNREACH_DE}|{_UNREACH_MORE_DE}"),
    *_EU_RULES,
    *_LANGS_RULES,
    *_ASIA_RULES,
]
