"""Present-tense self-injury in German, Spanish, French, Italian and
Portuguese: the spoken forms `selfharm.py` does not know.

Why: a blind evaluation found "ich ritz mich wieder seit die fotos
rumgehen" passed: German chat drops the final -e ("ich ritz mich", "ich
schneid mich", "ich verletz mich"), and "ritz mich wieder" drops the
pronoun too.  The same check in the Romance languages found the
self-injury verbs in the present ("me autolesiono", "je me mutile", "mi
autolesiono", "eu me mutilo"), "cut myself" with a body part in Italian
("mi taglio le braccia"), the progressive and "started again" forms ("mi
sto tagliando", "ho ricominciato a tagliarmi") and "hurt myself" with a
cue ("mi faccio del male", "me machuco de propósito", "je me blesse
exprès") missing.

Tiers, as in `selfharm_past.py`:

* self-injury verbs (ritzen, autolesionarse, se mutiler, automutilar-se)
  hold in any present form unless negated ("ich ritz mich nicht mehr");
* "cut myself" holds with a body part where people cut themselves, a cue
  (again, every day, in secret, on purpose, when I'm sad) or bare at the
  end of the sentence; never before an everyday object ("mi taglio i
  capelli") or an activity ("beim Kochen", "giocando");
* "hurt myself" only with a cue ("ich verletz mich oft beim Fußball"
  passes).

Recovered pasts and accidents are excused by the self-harm frames as
elsewhere.  Patterns run on the phrase form (accents stripped).
"""

from __future__ import annotations

from .frames_accident import MUNDANE_OBJECT
from .rules import Rule, rule

_NEG = r"(?! (?:\w+ )?(?:nicht|nie|niemals|kaum|no|nunca|jamas|pas|plus|jamais|non|mai|piu|nao)\b)"
# an activity after the verb: how an accident happened
_ACTIVITY = (
    r"(?![^.!?]{0,30}\b(?:beim|bei der|bei dem|im (?:training|sport)|giocando|cucinando|a calcio|"
    r"cocinando|jugando|en el (?:futbol|entrenamiento)|cozinhando|jogando|no futebol|en cuisinant|"
    r"en jouant|au foot)\b)"
)
_BODY = (
    r"(?:arme?n?|handgelenke?n?|beine?n?|oberschenkeln?|bauch|haut|braccia|braccio|polsi|polso|"
    r"gambe|cosce|pancia|pelle|brazos|munecas|piernas|muslos|bracos|pulsos|pernas|coxas|bras|"
    r"poignets|jambes|cuisses|ventre)"
)
_CUE = (
    r"(?:wieder|schon wieder|immer wieder|jeden (?:tag|abend)|jede nacht|heimlich|absichtlich|seit|"
    r"damit|bis es blutet|wenn ich (?:traurig|wutend|sauer|gestresst|allein|alleine|nicht mehr)|"
    r"weil|otra vez|de nuevo|a proposito|a escondidas|todos los dias|cuando estoy|porque|"
    r"encore|a nouveau|expres|volontairement|en cachette|tous les (?:jours|soirs)|quand je suis|"
    r"di nuovo|ancora|apposta|di nascosto|ogni (?:giorno|sera|notte)|quando sono|perche|"
    r"de novo|outra vez|de proposito|escondid[oa]|todo dia|todos os dias|quando (?:fico|estou)|"
    r"porque)"
)

RULES: list[Rule] = [
    # de: "ich ritz mich wieder", "ritz mich", "ich schneid mich wieder", "ich verletz mich selbst"
    rule("self_harm:disclosure", "self_harm", "ritz ritze schneid schneide verletz verletze",
         r"\b(?:ich )?(?:ritz|ritze) mich\b" + _NEG + r"|\britz(?:e)? ich mich\b" + _NEG + r"|"
         r"\b(?:ich )?(?:schneid|schneide) mich\b" + _NEG + _ACTIVITY + r"(?=(?: [\w']+){0,3}? "
         r"(?:in |an )?(?:die |den |meine |meinen )?" + _BODY + r"\b| ?[.!?]|$|[^.!?]{0,40}\b" + _CUE
         + r"\b)|\b(?:ich )?(?:verletz|verletze) mich\b" + _NEG + _ACTIVITY + r"(?=(?: [\w']+){0,2}? "
         r"(?:selbst|selber)\b|[^.!?]{0,40}\b" + _CUE + r"\b)",
         framed="generic"),
    # es / pt / fr / it: self-injury verbs in the present
    rule("self_harm:injury", "self_harm",
         "autolesiono autolesionando mutilo automutilo automutilando mutile automutile mutilant "
         "coupures entailles scarifications blesse",
         r"\bme (?:autolesiono|mutilo|estoy autolesionando|sigo autolesionando|automutilo|estou "
         r"(?:me )?automutilando)\b" + _NEG + r"|\b(?:eu )?me (?:mutilo|automutilo)\b|"
         r"\bje (?:me mutile|m'automutile|me fais des (?:coupures|entailles|scarifications))\b|"
         r"\bje me blesse (?:expres|volontairement|encore|tous les (?:jours|soirs)|quand je suis)\b|"
         r"\bmi autolesiono\b|\bmi sto autolesionando\b",
         framed="generic"),
    # it: "mi taglio le braccia", "mi sto tagliando", "ho ricominciato a tagliarmi",
    # "mi faccio del male"
    rule("self_harm:injury", "self_harm", "taglio tagliando tagliarmi faccio",
         r"\bmi taglio\b(?!" + MUNDANE_OBJECT + r")(?=(?: [\w']+){0,2}? " + _BODY + r"\b|[^.!?]{0,40}\b"
         + _CUE + r"\b)|\bmi sto tagliando\b(?!" + MUNDANE_OBJECT + r")" + _ACTIVITY + r"|"
         r"\b(?:ho ricominciato|ricomincio|continuo|ho ripreso|riprendo) a tagliarmi\b|"
         r"\bsto (?:ancora )?tagliandomi\b(?!" + MUNDANE_OBJECT + r")|"
         r"\bmi faccio del male\b" + _ACTIVITY,
         framed="generic"),
    # pt: "me machuco de proposito", "me machuco quando fico triste"
    rule("self_harm:injury", "self_harm", "machuco machucando",
         r"\b(?:eu )?me (?:machuco|estou machucando|to machucando)\b" + _ACTIVITY
         + r"(?=[^.!?]{0,40}\b" + _CUE + r"\b)",
         framed="generic"),
]
