"""Someone else at risk right now, told by a worried child - a third round of
the class of `selfharm_others_acute_base.py` and `selfharm_others_silence.py`:
a little brother locked in the bathroom crying who says he is cutting, an
online friend who just sent a photo of her bleeding arm and wants it all to
be over, a classmate who writes that tonight he jumps off the bridge, a boy
sitting on the gym roof writing he will jump, a cousin standing on the roof
who posted "forgive me", a friend who wrote that today is her last night and
does not answer, "take care of my dog for me" and the phone switched off, a
brother who swallowed rat poison.

Why they passed: each rule of the older rounds has a person gate and an act
gate, and these lines met the person but not the act, in forms the tables
did not have, in every language:

1. reported speech in the present ("he said hes cutting", "schreibt er
   springt gleich", "kestigini yaziyor", "bt2ol enaha hat2ta3 nafsaha");
2. the act in the third-person progressive or reflexive, with no time word
   ("cortándose", "si butta dal ponte", "mau lompat dari lantai 4");
3. a person *on* a high place now ("sitting on the roof", "واقف على سطح",
   "dia udah di atas") with a jump or a goodbye ("سامحوني");
4. a last night *of hers* ("aaj uski aakhri raat") with a silence, or a
   last night or day with a place ("trancada no quarto ... o último dia
   dela"), which the older goodbye guard ("last day") ruled out;
5. a poison swallowed that the tables lacked (rat poison, "चूहे मारने वाली
   दवा", pesticide);
6. an entrusting goodbye ("cuida a mi perro por mí") with a silence or a
   stated wish to die;
7. locked in (bathroom, room) with cutting, a wish to die or a last night;
8. a photo of a bleeding arm or cuts sent with "wants it all to be over".

How: one rule per language (`selfharm_others_now_base._now`): the person
(the older tables `_WHO_*`, `_WHO_MORE_*`, reused, with a few people they
lacked - "a girl I met in the game", Arabizi "bent f el fasl"), then an act
alone, or a sign (photo of wounds, a last night, an entrusting goodbye) with
an end or a silence (`_UNREACH_*` of the older tables), or a place (a roof,
a ledge, locked in) with an end.  Every rule is named
`self_harm:others_acute` (a training script reads the name).  The guard is
read over the whole message (fiction or a lesson named before the person
too), only once the rest has matched.  English and
German are here; es pt fr it in `selfharm_others_now_eu.py`, ru pl tr ar (and
Arabizi) in `_langs`, id, Hindi (Hinglish and Devanagari) and zh in `_asia`.

What passes, and why: a brother locked in the bathroom doing his hair (no
end), cutting paper, vegetables or her hair (the act needs "himself", a
wrist or nothing after "cutting"; the guard names hair, paper, vegetables),
jumping from the diving board or the sofa (the guard), a cat on the roof (no
person), "it's her last day at our school", the last night of the camp (a
place or event right after the last day, and the guard), "take care of my
dog while I'm on holiday" (the guard), a character in a series or a game,
a friend who did this last year and is fine now, what to do *if* a friend
says this (the older guards and the conditional before the person), rat
poison bought for rats (no swallowing, the guard), "dying" of laughter.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute import (
    _GUARD_DE,
    _GUARD_EN,
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
from .selfharm_others_now_asia import RULES as _ASIA_RULES
from .selfharm_others_now_base import _now
from .selfharm_others_now_eu import RULES as _EU_RULES
from .selfharm_others_now_langs import RULES as _LANGS_RULES

# -- en ---------------------------------------------------------------------------------
_PRON_EN = r"(?:shes|hes|theyre|she's|he's|they're|she is|he is|they are|is|she|he|they)"
_SAY_EN = (
    r"(?:said|says|is saying|keeps saying|just said|wrote|writes|is writing|texted|texts|is texting|"
    r"messaged|told (?:me|us)|typed|posted|snapped|keeps (?:texting|messaging|writing|telling (?:me|us))|"
    r"(?:is |keeps )?(?:texting|messaging|dming) (?:me|us))(?: (?:me|us|that|to me))*"
)
_NOWT_EN = r"(?:right now|now|rn|tonight|today|as we speak|in a minute|any second|again)"
_ACTS_EN = (
    # reported speech in the present: he said hes cutting / she says she's jumping off the roof
    _SAY_EN + r" (?:\S+ ){0,2}?" + _PRON_EN + r" (?:cutting|cuttin|cutin|slicing|slitting|killing (?:herself|himself|"
    r"themselves)|ending it|jumping|hanging (?:herself|himself))(?: (?:herself|himself|themselves|(?:her|his|"
    r"their) (?:wrists?|arms?|legs?)))?(?: " + _NOWT_EN + r"){0,2}(?= (?:and|but|i|we|please|help|what|idk|"
    r"omg|off|from|out)\b| [?!.]| ?$)|"
    + _SAY_EN + r" (?:\S+ ){0,2}?" + _PRON_EN + r" (?:going to|gonna|about to|will|ll) (?:kill (?:herself|"
    r"himself|themselves)|cut (?:herself|himself|themselves)|end it|jump|hang (?:herself|himself))(?! \S+ if\b)"
    r"(?: \S+){0,3}? " + _NOWT_EN + r"\b|"
    # the progressive reflexive with a now: is cutting himself right now / in the bathroom
    r"(?:is|shes|hes|she's|he's|she is|he is) (?:cutting|hurting|slicing) (?:herself|himself|themselves) (?:\S+ ){0,2}?"
    r"(?:right now|now|rn|as we speak|again|in the (?:bathroom|toilet|shower))\b|"
    r"(?:is|shes|hes|she's|he's|she is|he is) jumping (?:off|from|out of) (?:the |a |her |his )?(?:\S+ )?"
    r"(?:bridge|roof|"
    r"rooftop|building|window|balcony|cliff|ledge|tower|car park)\b|"
    r"cutting (?:herself|himself|themselves) (?:right now|rn|now|as we speak)\b|"
    # a poison swallowed
    r"(?:took|has taken|ate|has eaten|swallowed|drank|has drunk|drunk|had) (?:some |a lot of |the )?(?:rat|"
    r"mouse|roach|ant) (?:poison|killer|bait)|(?:took|has taken|ate|swallowed|drank|has drunk|drunk) "
    r"(?:\S+ ){0,2}?(?:pesticide|insecticide|weedkiller|herbicide|fertili[sz]er)\b"
)
_SIGNS_EN = (
    r"(?:sent|posted|shared|showed|snapped|dmed|texted)(?: me| us| everyone)? (?:a |an |the |some )?(?:picture|"
    r"pictures|photo|photos|pic|pics|snap|selfie|video|vid|image|voice note|voice message) (?:\S+ ){0,3}?"
    r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|cuts|wounds|blood|bleeding|blade|crying)\b|"
    # a last night (a last *day* with a silence is a last school day as often: the day pairs with a
    # place only, in `ends`)
    r"(?:her|his|their) (?:last|final) night(?: alive| on earth)?(?! (?:at|in|on|with|before|of|here|there|"
    r"off|together)\b)|(?:her|his|their) (?:last|final) day (?:alive|on earth)|(?:last|final) (?:night|day) "
    r"of (?:her|his|their) life|"
    r"(?:take care of|look after|feed) (?:my|her|his) (?:dog|cat|puppy|kitten|pet|pets|hamster|rabbit|bunny|"
    r"bird|fish|sister|brother|little sister|little brother)(?: for (?:me|her|him))?(?! while)\b|"
    r"(?:you can have|give|gave|giving|is giving away|gave away|left) (?:all )?(?:my|her|his) (?:stuff|"
    r"things|clothes|games|console)(?: away)? (?:to|away)\b"
)
_PLACES_EN = (
    r"(?:is|shes|hes|she is|he is|standing|sitting|climbed|went up|is up|up) (?:\S+ ){0,2}?(?:on|onto|at) "
    r"(?:the |a )?(?:edge of (?:the |a )?)?(?:roof|rooftop|ledge|railing|window ?sill|bridge|top of)\b|"
    r"(?:is|shes|hes|she's|he's|she is|he is) (?:up there|up top)\b|"
    r"(?:locked|shut|barricaded) (?:(?:herself|himself|themselves) )?in (?:the |her |his |their |a )?(?:bathroom|"
    r"room|bedroom|toilet|loo|shower|closet)\b|(?:is|shes|hes|she's|he's|she is|he is) locked in\b"
)
_ENDS_EN = (
    r"wants? (?:it )?(?:all )?to (?:be over|end|stop forever)\b|(?:wants?|wanted) to (?:die|kill (?:herself|"
    r"himself|themselves)|end it)\b|(?:does not|doesnt|do not|dont) want to (?:live|be here|be alive|wake "
    r"up)\b|forgive me|sorry for everything|bye forever|goodbye forever|(?:going to |gonna |about to |will )?"
    r"jump(?:ing)?(?: now| right now| any second| in a minute)?\b(?!(?: \S+){0,4} (?:pool|water|lake|sea|"
    r"trampoline|board|sofa|couch|bed))|(?:is|shes|hes|she's|he's|she is|he is) cutting\b|(?:her|his|their) (?:last|"
    r"final) (?:night|day)(?! (?:at|in|on|with|before|of|here|there)\b)|(?:cant|can not|cannot) (?:go on|do "
    r"this) any ?more|its the end\b(?! of)|end it all"
)
_EVERYDAY_EN = (
    # a condition with an everyday cause ("she'll kill herself if her mum finds out")
    r"if (?:her |his |their |my )?(?:mum|mom|dad|parents|teacher) (?:finds? out|sees?|takes?|checks?)|"
    # an injury with its cause, a tattoo ("a pic of her arm, she broke it playing football")
    r"broke|broken|sprain\w*|football|soccer|basketball|fell|injur\w*|a cast|surgery|stitches|tattoo|piercing|"
    r"hair|fringe|bangs|paper|vegetables|onions?|carrots|cake|crafts?|diving|pool|trampoline|sofa|couch|"
    r"(?:for|the|our) (?:rats|mice)|rats in|mice in|pest control|laugh\w*|dying of|camp|holiday|vacation|"
    r"while (?:i am|im|she is|he is|they are|were) (?:away|gone|on)|this weekend|sleepover|video game|"
    r"level|boss fight|fixing|antenna|gutter|frisbee|kite|glu\w*|pasting"
)
_TX_EN = (
    "cut|slic|slit|kill|end it|ending|jump|hang|hurting|poison|bait|pesticide|insecticide|weedkiller|herbicide|"
    "fertili|picture|photo|pic|snap|selfie|video|vid|image|voice|last|final|take care|look after|feed|"
    "you can have|give|gave|left|roof|ledge|railing|sill|bridge|top of|up there|up top|locked|shut|barricaded"
)

# -- de ("im" reads "i am" in the phrase form) -------------------------------------------------
_NOWT_DE = r"(?:gleich|jetzt|gerade|grad|sofort|heute nacht|heute abend|heute|gleich jetzt)"
_ACTS_DE = (
    r"(?:sie|er) bringt sich (?:\S+ ){0,2}?" + _NOWT_DE + r" um\b|"
    r"(?:sie|er) (?:ritzt sich|schneidet sich|bringt sich (?:\S+ )?um|springt|nimmt sich (?:\S+ )?das leben|"
    r"hangt sich (?:\S+ )?auf|wirft sich) (?:\S+ ){0,2}?" + _NOWT_DE + r"\b(?! (?:\S+ ){0,3}?(?:ins|in den|"
    r"i am) (?:wasser|pool|becken|see))|"
    r"(?:ritzt|schneidet|verletzt) sich (?:\S+ ){0,2}?(?:gerade|jetzt|grad|i am bad|i am badezimmer|auf dem "
    r"klo)\b|"
    r"(?:springt|wirft sich|sturzt sich) (?:\S+ ){0,2}?(?:von der|von dem|vom|aus dem) (?:\S+ )?(?:brucke|dach|"
    r"hochhaus|fenster|balkon|parkhaus|turm)\b|"
    r"(?:rattengift|mausegift|insektengift|pflanzenschutzmittel|unkrautvernichter|pestizid|schneckenkorn)"
    r" (?:\S+ ){0,3}?(?:genommen|eingenommen|gegessen|getrunken|geschluckt)\b|(?:isst|trinkt|schluckt|nimmt|"
    r"nahm|ass|trank) (?:\S+ ){0,2}?(?:rattengift|mausegift|insektengift|pestizid|unkrautvernichter)\b"
)
_SIGNS_DE = (
    r"(?:foto|fotos|bild|bilder|pic|picture|video|selfie|snap|sprachnachricht|voice) (?:\S+ ){0,3}?(?:arm|"
    r"armen|handgelenk|handgelenken|bein|beinen|schnitten|wunden|blut|blutet|weint)\b|"
    r"(?:ihre|seine) letzte nacht|letzte(?:r)? (?:nacht|tag) (?:ihres|seines) lebens|"
    r"(?:pass|passt|kummer dich|kummere dich|kummert euch|sorg|sorgt) (?:\S+ ){0,2}?(?:auf|um) (?:meinen|"
    r"meine|mein|seinen|seine|ihren|ihre) (?:hund|katze|kater|hamster|hasen|kaninchen|haustier|schwester|"
    r"bruder)\b|(?:verschenkt|verschenkte|hat verschenkt) (?:\S+ ){0,2}?(?:ihre|seine) sachen\b"
)
_PLACES_DE = (
    r"(?:steht|sitzt|ist|hockt|klettert|geklettert|gestiegen) (?:\S+ ){0,3}?(?:auf dem|auf das|aufs|auf der|"
    r"am rand|auf einem) (?:\S+ )?(?:dach|brucke|gelander|fenstersims|sims|balkongelander|hochhaus)\b|"
    r"(?:ist|sitzt|steht) (?:\S+ )?(?:da )?oben\b|"
    r"(?:i am|in dem|in der|in ihrem|in seinem|ins) (?:\S+ )?(?:bad|badezimmer|zimmer|klo|toilette) "
    r"(?:\S+ ){0,2}?(?:eingeschlossen|eingesperrt)|(?:eingeschlossen|eingesperrt|schliesst sich) (?:\S+ )"
    r"{0,2}?(?:i am|in dem|in der|in ihrem|in seinem|ins) (?:\S+ )?(?:bad|badezimmer|zimmer|klo|toilette)\b"
)
_ENDS_DE = (
    r"(?:sie|er) springt (?:gleich|jetzt|sofort|gerade)|springt (?:gleich|jetzt|sofort)|(?:will|wird) "
    r"(?:\S+ ){0,2}?springen|(?:will|wollte) (?:sterben|sich umbringen|nicht mehr leben)|(?:will|mochte|"
    r"wollte) dass (?:alles )?(?:vorbei ist|aufhort|endet)|(?:es|alles) soll (?:\S+ )?vorbei sein|"
    r"verzeiht mir|verzeih mir|vergebt mir|(?:sorry|entschuldigung) fur alles|tut (?:mir|ihr|ihm) leid fur "
    r"alles|tschuss fur immer|(?:ritzt|schneidet) sich|(?:ihre|seine) letzte nacht|(?:ihr|sein) letzter tag|"
    r"kann nicht mehr\b|(?:das|es) ist das ende"
)
_EVERYDAY_DE = (
    r"wenn (?:seine |ihre |meine )?(?:mama|mutter|papa|vater|eltern) (?:das |es )?(?:erfahr\w*|rausfind\w*|"
    r"merk\w*|sieh\w*|sehen)|"
    r"haare|pony|papier|gemuse|zwiebel\w*|basteln|schwimmbad|sprungbrett|freibad|hallenbad|beckenrand|pool|"
    r"trampolin|sofa|couch|"
    r"(?:gegen|fur|die) (?:ratten|mause)|kammerjager|lach\w*|lager|camp|ferien|urlaub|klassenfahrt|"
    r"wahrend ich (?:weg|i am urlaub)|wochenende|ubernachtung|antenne|dachrinne|ball|drachen"
)
_TX_DE = (
    "ritzt|schneidet|bringt sich|springt|nimmt sich|hangt sich|wirft sich|verletzt|sturzt|gift|"
    "pflanzenschutzmittel|unkrautvernichter|pestizid|schneckenkorn|foto|bild|pic|video|selfie|snap|"
    "sprachnachricht|voice|letzte|pass|kummer|sorg|verschenkt|dach|brucke|gelander|sims|hochhaus|oben|"
    "eingeschlossen|eingesperrt|schliesst sich"
)

RULES: list[Rule] = [
    _rule(_TRIG_EN, _TX_EN, _now(f"{_WHO_EN}|{_WHO_MORE_EN}", f"{_GUARD_EN}|{_EVERYDAY_EN}", _ACTS_EN, _SIGNS_EN,
                                 _PLACES_EN, _ENDS_EN, f"{_UNREACH_EN}|{_UNREACH_MORE_EN}")),
    _rule(_TRIG_DE, _TX_DE, _now(f"{_WHO_DE}|{_WHO_MORE_DE}", f"{_GUARD_DE}|{_EVERYDAY_DE}", _ACTS_DE, _SIGNS_DE,
                                 _PLACES_DE, _ENDS_DE, f"{_UNREACH_DE}|{_UNREACH_MORE_DE}")),
    *_EU_RULES,
    *_LANGS_RULES,
    *_ASIA_RULES,
]
