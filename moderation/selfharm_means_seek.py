"""Means sought or hidden (session 15): a lethal or "too much" dose asked
about and marked as meant, blades or pills sought by a minor or in secret, a
blade kept hidden.

Why: "ile paracetamolu to za dużo? pytam serio, nie do zadania", "jilet
nerden alınır 18 yaş altına satıyolar mı", "شفرة الحلاقة مخبيتها في المقلمة
دايما" and "лезвие от точилки норм прячется в пенале кстати 🙃" passed
unheld, and "how many of my sleeping pills would it take, asking for real"
and "where can i get blades without my parents knowing" were held only by
the learned scorer or a pair of weak signals.  Each names no act and no
death: the older means families want the means *acquired and kept* with
resignation (`selfharm_means.py`), in hand with a plea, or stockpiled
(`selfharm_means_ready*`, `selfharm_stockpile*`), and the dose signal
(`signals_strong.py`) wants "to die" or "not wake up" with "just
wondering".  The class, in every language:

* **a dose asked and marked as meant**: a quantity question about a drug
  with "too much", "would it take", "enough", a lethal or deadly dose, and
  in the message a marker that it is meant - asked seriously, for real, not
  for homework, no joke - or that the pills are the writer's own ("my
  sleeping pills", "moich tabletek", "我的安眠药");
* **means sought by a minor or in secret**: where or how to get, buy or
  order blades (or sleeping pills), or whether shops sell them, with an age
  under 18, no ID, "without my parents knowing", "secretly", "asking for
  me" in the message;
* **a blade hidden**: a blade, a razor blade, the blade of a sharpener,
  hidden, stashed, taped under a drawer, kept in a pencil case or a phone
  case ("mkhabbye", "прячется", "saklıyorum", "chupa ke rakhi").

How: one rule a language (and script), named `self_harm:means` as the older
means family, triggered by the drugs, the dose words and the blades, gated
by their stems (`with_stems`); the shape is `selfharm_means_seek_base.seek`
(three look-aheads from the message start, the guards over the whole
message).

What passes, and why: a dose for a fever, a headache, a period or a child,
"is it dangerous to take 2 ibuprofen" (no lethal word and no marker), a
dose the doctor or the leaflet gave, a biology or chemistry homework
question (the homework guard, except after "not for"/"nie do"/"no es
para"), caffeine, a pet; razors or blades for shaving, a craft knife, an
art or DT project, skates, a gift (`_BUY_GUARD_*`; plain razors and
sharpeners are no means); sweets, a phone, a vape or a sharpener in a
pencil case (no blade), a blade hidden from a little brother or by a parent
("so he can't reach it"), a game's or a film's hidden blade
(`_HIDE_GUARD_*`); and in every language the topic, advice and a
conditional about someone else (`_GUARD_*`).

English is here; German, Spanish, Portuguese, French and Italian in
`selfharm_means_seek_eu.py`; Russian, Polish, Turkish and Indonesian in
`selfharm_means_seek_langs.py`; Arabic (script and Arabizi), Hindi
(Hinglish and Devanagari) and Chinese in `selfharm_means_seek_asia.py`.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_means_seek_asia import RULES as _ASIA_RULES
from .selfharm_means_seek_base import either, means_rule, seek
from .selfharm_means_seek_eu import RULES as _EU_RULES
from .selfharm_means_seek_langs import RULES as _LANGS_RULES

# -- en ("2" reads "to", "nobody" reads "no one", "fr" reads "for real") -------------------------
_DRUG_EN = (
    r"pills?|tablets?|meds|medication|medicine|painkillers?|paracetamol|acetaminophen|tylenol|ibuprofen|"
    r"advil|nurofen|aspirin|panadol|calpol|sleeping (?:pills|tablets)|antidepressants|sertraline|fluoxetine|"
    r"prozac|xanax|melatonin|benadryl|codeine|co ?codamol|insulin|emoji_pill"
)
_LETHAL_EN = (
    r"too (?:much|many)|would it take|does it take|would (?:it )?be enough|is enough|enough to|to (?:die|not wake|"
    r"never wake|kill|od|overdose|end it)|kill (?:me|you|someone|a person|somebody)|lethal|deadly|fatal|an "
    r"overdose|od"
)
_LETHAL_DOSE_EN = r"(?:lethal|deadly|fatal|toxic|killing) (?:dose|amount|dosage)"
_DOSE_EN = (
    r"(?:how many|how much|what amount|what dose|how many mg|[1-9]\d+|twenty|thirty|fifty|a hundred)"
    r"\b[^.!?]{0,40}?\b(?:" + _DRUG_EN + r")\b[^.!?]{0,40}?\b(?:" + _LETHAL_EN + r")\b|"
    r"(?:" + _DRUG_EN + r")\b[^.!?]{0,40}?\b(?:" + _LETHAL_EN + r")\b[^.!]{0,20}\?|"
    + either(_LETHAL_DOSE_EN, _DRUG_EN, 20)
)
_SERIOUS_EN = (
    r"for real|seriously|serious question|i am serious|not joking|no joke|not kidding|not for (?:my )?(?:homework|"
    r"school|a project|class|an assignment|biology|science)|genuinely|genuine question|honestly asking|do not ask "
    r"why|no reason|i (?:just )?need to know|asking for (?:me|myself)|of my|my own|my (?:\S+ )?(?:pills|tablets|"
    r"meds|medication|antidepressants|prescription)|(?:mums|moms|dads|my mums|my moms|my dads|nans) (?:\S+ )?"
    r"(?:pills|tablets|meds|medication)|i have (?:\S+ ){0,3}?(?:pills|tablets|meds)|we have (?:\S+ ){0,4}?at "
    r"home|if i took (?:them )?all|all at once|kill me|would i die|will i die|to (?:die|not wake|never wake)\b"
)
_HOMEWORK_EN = (
    r"(?<!not for )(?<!not for my )(?<!not )(?:homework|assignment|project|essay|biology|chemistry|science|lesson|"
    r"revision|quiz|exam|test)"
)
_DOSE_GUARD_EN = (
    r"for (?:a |my |his |her |the )?(?:fever|headache|cold|flu|period|cramps|toothache|migraine|pain|back pain|"
    r"sore throat|allerg\w*|hay ?fever)|headaches?|fever|cramps|toothache|migraine|sore throat|child|children|"
    r"kids|(?:a|for a|my little) kid|baby|toddler|dogs?|cats?|pets?|puppy|kitten|little (?:brother|sister)|"
    r"accidentally|by accident|per day|in a day|each day|times a day|every \S+ hours|(?:doctor|gp|pharmacist|"
    r"chemist|nurse) (?:said|says|told|recommended)|leaflet|label|instructions|the box says|caffeine|coffee|"
    r"energy drinks?|vitamins?|game|gaming|" + _HOMEWORK_EN
)
_BLADES_EN = r"(?:razor ?)?blades?|razorblades?|sharpener blades?"
_MEANS_EN = _BLADES_EN + r"|sleeping (?:pills|tablets)|(?:a lot of |lots of )?(?:pills|paracetamol|painkillers)"
_DENIED_EN = r"not (?:for|to) (?:shav\w*|crafts?|art|a project|my legs|my dad)"
_GET_EN = (
    r"bought|ordered|got myself|picked up|"
    r"(?:where|how) (?:can|do|could|would|should|to) (?:i |you |someone |a kid |a teen )?(?:\S+ ){0,2}?(?:get|buy|"
    r"find|order|purchase|steal)|(?:can|could) (?:i|you|a kid|a teen|minors|kids|teens|(?:a |an )?\d+ (?:year "
    r"old|yo|yr old)s?) (?:\S+ ){0,2}?(?:buy|get|order|purchase)|(?:do|does|will|would) (?:they|shops|stores|"
    r"pharmacies|boots|superdrug|tesco|walmart|cvs|amazon|the shop|the pharmacy|chemists) (?:\S+ ){0,2}?sell|"
    r"(?:anyone|anybody) know where (?:to|i can) (?:get|buy)|which shops? sells?|best place to (?:get|buy)"
)
_BUY_EN = either(_GET_EN, _MEANS_EN, 40)
_MINOR_EN = (
    r"without (?:my |me |the |our )?(?:parents|mum|mom|dad|mam|family|anyone|anybody|them|her|him|carers?)"
    r"(?: \S+)? (?:knowing|finding out|noticing|seeing|find out|know)|secretly|in secret|(?:so|that) (?:my )?"
    r"(?:parents|mum|mom|dad|no one) (?:\S+ ){0,2}?(?:know|find out|notice|see)|under ?(?:18|16)s?|under (?:the )?"
    r"age|minors?|underage|at (?:my age|1[0-7])|(?:a|an|as a) (?:1[0-7]|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen) ?(?:year old|yo|yr old)|(?:i am|im) (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen)\b|without (?:an? )?id|no id|id check|ask(?:s)? for id|check id|asking for (?:me|myself)"
)
_BUY_GUARD_EN = (
    r"shav\w*|legs|beard|moustache|mustache|facial hair|crafts?|craft knife|art|project|dt|design and tech|"
    r"technology|models?|sculpt\w*|lino|cricut|scrapbook\w*|box cutter|stanley|scalpel|skates?|skating|hockey|"
    r"lawn ?mower|blender|for my dad|gift|present|surprise|birthday|headaches?|period|cramps|fever|migraine|"
    r"toothache|hay ?fever|allerg\w*"
)
_HIDE_EN = (
    r"hide|hid|hidden|hiding|hides|stash|stashed|stashing|taped|tucked|sewn|secret (?:spot|place|pocket|"
    r"compartment)|where no one (?:looks|checks|will find|can find)|keep (?:\S+ ){0,3}?(?:in|inside|under|behind) "
    r"(?:my|the|a) (?:\S+ )?(?:pencil case|pencil tin|phone case|wallet|sock|socks|bra|mattress|pillow|"
    r"pillowcase|shoe|locker|make ?up bag|diary|drawer)"
)
_HIDDEN_EN = either(_BLADES_EN + r"|(?:the|a) blade", _HIDE_EN, 80)
_HIDE_GUARD_EN = (
    r"shav\w*|crafts?|art|project|dt|models?|modell?ing|scalpel|stanley|box cutter|skates?|game|gaming|"
    r"assassin\w*|creed|"
    r"character|cosplay|props?|fortnite|minecraft|roblox|movie|film|story|anime|manga|ninja|prank|surprise|gift|"
    r"present|so (?:that )?(?:my )?"
    r"(?:little |baby |younger )?(?:brother|sister|siblings?|the kids|kids|cousins?|dog|cat|he|she|they) (?:\S+ )?"
    r"(?:can not|cannot|will not|does not|do not) (?:\S+ )?(?:reach|get|find|touch|play|use|hurt)|(?:mum|mom|dad|"
    r"parents) (?:hides|hid|hide|keeps|keep|kept) (?:the |all the |her |his |their )?(?:\S+ )?(?:razor|blade|"
    r"blades|razors)"
)
_GUARD_EN = (
    r"if (?:someone|somebody|a friend|your friend|anyone|a kid|a child|a student|your child)|what (?:should|to) "
    r"(?:you |i )?do if|how to help|we learned|we learnt|in class we|warning signs|signs of|awareness|prevention|"
    r"safeguarding|pshe|documentary|news|article|told (?:a|the|my) (?:teacher|adult|counsellor|counselor)"
)
_TRIG_EN = (
    "pill pills tablet tablets meds medication medicine painkiller painkillers paracetamol acetaminophen tylenol "
    "ibuprofen advil nurofen aspirin panadol calpol antidepressants sertraline fluoxetine prozac xanax melatonin "
    "benadryl codeine cocodamol insulin emoji_pill dose dosage blade blades razorblade razorblades"
)
_STEMS_EN = (
    "pill|tablet|meds|medic|painkiller|paracetamol|acetaminophen|tylenol|ibuprofen|advil|nurofen|aspirin|panadol|"
    "calpol|antidepress|sertraline|fluoxetine|prozac|xanax|melatonin|benadryl|codeine|codamol|insulin|"
    "emoji_pill|dose|dosage|blade"
)

RULES: list[Rule] = [
    means_rule(_TRIG_EN, _STEMS_EN, seek(_DOSE_EN, _SERIOUS_EN, _DOSE_GUARD_EN, _BUY_EN, _MINOR_EN, _BUY_GUARD_EN,
                                         _HIDDEN_EN, _HIDE_GUARD_EN, _GUARD_EN, denied=_DENIED_EN)),
    *_EU_RULES,
    *_LANGS_RULES,
    *_ASIA_RULES,
]
