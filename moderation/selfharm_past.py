"""Past-tense and habitual self-injury in Spanish, Portuguese, French,
German and Italian.

Why: the cutting rules of these languages were written in the present
("me corto", "je me coupe", "ich ritze mich") with a few fixed past
phrases ("me volví a cortar", "me cortei"), while English "i cut myself",
"i used to cut myself" and "i cut myself again" are all held.  Children
tell a past or a habit as often as a present: "me cortaba los brazos",
"el año pasado me corté y ahora otra vez", "mi tagliavo le braccia",
"früher hab ich mich oft geritzt", "je me scarifiais".

The class, per language, in three tiers:

* **self-injury verbs** (scarify, self-harm, mutilate, "ritzen", "me hacía
  cortes"): any past or habitual form is a disclosure;
* **the habitual imperfect of "cut (myself)"** ("me cortaba", "eu me
  cortava", "je me coupais", "mi tagliavo"): a disclosure unless an
  everyday object follows (hair, nails, a finger, paper);
* **the past of "cut / hurt myself"** ("me corté", "je me suis coupée",
  "mi sono tagliata", "hab mich geschnitten", "me machuquei"): only with
  what makes it self-injury - a body part where people cut themselves
  (arms, wrists, thighs), repetition or habit ("otra vez", "wieder",
  "tous les soirs", "da mesi"), secrecy, a blade, a day ("ayer", "ontem")
  - or said bare at the end of a sentence, as English "i cut myself" is.

Everyday objects block a match ("me corté el pelo", "mi sono tagliata i
capelli di nuovo", "me corté con un papel"); accidents that name their
cause ("en cuisinant", "fazendo comida", "beim Kochen") are excused by
`frames_accident.py`; a past the writer says they came through is excused
by `frames_recovered.py` exactly as in English (help, or being well now:
"... pero ahora estoy bien"; "pero ya lo superé" names neither, like
English "but i got over it", and stays held); negated forms ("nunca me
corté", "ich hab mich nie geritzt") do not match.

Patterns run on the phrase form: accents stripped, commas dropped,
Spanish "y" reads "why" and "ya" reads "you".
"""

from __future__ import annotations

from .frames_accident import MUNDANE_OBJECT
from .rules import Rule, rule

# where people cut themselves (a finger or a hand is where accidents happen)
_BODY = (
    r"(?:brazos?|munecas?|piernas?|muslos?|piel|barriga|panza|estomago|bracos?|pulsos?|pernas?|"
    r"coxas?|pele|bras|poignets?|jambes?|cuisses?|peau|ventre|arms?|armen?|handgelenke?n?|beine?n?|"
    r"oberschenkeln?|haut|bauch|braccia|braccio|polsi|polso|gambe|gamba|cosce|coscia|pelle|pancia|"
    r"wrists?|thighs?|legs?)"
)
# repetition, habit, secrecy, intent, a blade, a day: what makes a past cut self-injury
_CUE = (
    r"(?:again|otra vez|de nuevo|a proposito|a escondidas|todos los dias|todas las noches|cada "
    r"(?:noche|dia|vez que)|muchas veces|hace (?:meses|semanas|anos|\w+ (?:meses|semanas|anos))|"
    r"durante (?:meses|anos|semanas)|ayer|anoche|hoy|esta noche|hasta sangrar|con (?:una|la) "
    r"(?:cuchilla|navaja|hoja de afeitar)|"
    r"de novo|outra vez|de proposito|escondid[oa]|todo dia|todos os dias|toda noite|todas as "
    r"noites|muitas vezes|(?:faz|ha) (?:meses|semanas|anos)|ontem|hoje|essa noite|ate sangrar|com "
    r"(?:uma|a) (?:gilete|lamina|navalha)|"
    r"encore|a nouveau|de nouveau|expres|en cachette|tous les (?:soirs|jours)|chaque (?:soir|jour|"
    r"nuit)|souvent|depuis (?:des|\w+) (?:mois|semaines|ans)|hier|cette nuit|ce soir|jusqu'au sang|"
    r"avec (?:une|la) lame|"
    r"wieder|nochmal|absichtlich|heimlich|jeden (?:tag|abend)|jede nacht|oft|standig|seit "
    r"(?:monaten|wochen|jahren)|gestern|heute|letzte nacht|mit (?:einer|der|ner) klinge|bis es "
    r"blutet|"
    r"di nuovo|ancora|un'altra volta|apposta|di nascosto|ogni (?:sera|giorno|notte)|tutti i "
    r"giorni|spesso|da (?:mesi|settimane|anni)|ieri|stanotte|stasera|oggi|con (?:una|la) lametta|"
    r"fino a sanguinare)"
)
_MUNDANE = MUNDANE_OBJECT  # hair, nails, a finger, paper: a cut that is not self-injury


def _past(verbs: str) -> str:
    """A past of "cut/hurt myself" followed by a body part (within three
    words) or a cue (in the sentence), or ending the sentence."""
    return (
        rf"(?:{verbs})\b(?!{_MUNDANE})(?=(?: (?:[\w']+ ){{0,3}}?{_BODY}\b)| ?[.!?]|$|"
        rf" [^.!?]{{0,40}}\b{_CUE}\b)"
    )


def _habit(verbs: str) -> str:
    """A habitual imperfect: a disclosure unless an everyday object follows."""
    return rf"(?:{verbs})(?!{_MUNDANE})\b"


_NEGATIONS = ("no", "nunca", "jamas", "nao", "ni", "non", "mai")


def _not(prefix: str) -> str:
    """Lookbehinds (placed after `prefix`) refusing a negated form: "nunca me
    corte", "nao me cortava", "non mi tagliavo"."""
    return "".join(rf"(?<!\b{n} {prefix} )" for n in _NEGATIONS)


def _cue_first(prefix: str, verbs: str) -> str:
    """A cue before the verb: "ayer me corte", "de nuevo me lastime"."""
    return rf"\b{_CUE} (?:[\w']+ ){{0,3}}?{prefix} (?:{verbs})(?!{_MUNDANE})\b"


_ES_PAST = r"corte|he cortado|habia cortado|lastime|lastimaba|he lastimado"
_PT_PAST = r"cortei|machucava|machuquei|feria|feri"
_IT_PAST = r"sono tagliat[oa]|ero tagliat[oa]|sono fatt[oa] del male|sono ferit[oa]"
# German puts the participle last: "hab mich gestern wieder in den arm geschnitten"
_DE_HAB = r"\b(?:hab|habe|hatte)(?: ich)? mich "
_DE_CUT_CUE = rf"(?:{_CUE}|(?:in|an) (?:den|die|meine|meinen) {_BODY}|am {_BODY})"

RULES: list[Rule] = [
    # es: "me cortaba los brazos", "me autolesionaba", "el ano pasado me corte why ahora otra vez"
    rule("self_harm:injury", "self_harm",
         "cortaba cortabas corte cortado lastimaba lastime lastimado autolesionaba autolesione "
         "autolesionado hacia hice hecho",
         r"\bme " + _not("me") + r"(?:(?:autolesionaba|autolesione|he autolesionado|hacia cortes|"
         r"hice cortes|he hecho cortes)\b|" + _habit(r"cortaba") + "|" + _past(_ES_PAST) + ")|"
         + _cue_first("me", _ES_PAST + "|cortaba") + "|"
         # "antes me hacia daño y ahora tengo ganas otra vez": "me hacía daño" alone is as
         # often "(the shoe) hurt me"; an urge to do it again after it makes it the writer's
         r"\bme hacia dano\b(?=[^.!?]{0,60}?\b(?:tengo|me dan|siento|me vienen) (?:\w+ )?ganas "
         r"(?:\w+ )?(?:otra vez|de nuevo|de volver)\b)",
         framed="generic"),
    # pt: "eu me cortava", "me machucava de proposito", "tinha me cortado"
    rule("self_harm:injury", "self_harm",
         "cortava cortei cortado machucava machuquei machucado automutilava automutilei mutilava "
         "mutilei mutilado feria feri",
         r"\bme " + _not("me") + r"(?:(?:automutilava|automutilei|mutilava|mutilei)\b|"
         + _habit(r"cortava") + "|" + _past(_PT_PAST) + r")|\b(?:tinha|tenho|havia) me "
         + _past(r"cortado|machucado|mutilado|automutilado") + "|"
         + _cue_first("me", _PT_PAST + "|cortava"),
         framed="generic"),
    # fr: "je me coupais", "je me scarifiais", "je m'etais coupee", "je me faisais du mal"
    rule("self_harm:injury", "self_harm",
         "coupais scarifiais mutilais faisais etais m'etais coupee coupe",
         r"\bje me (?:(?:scarifiais|mutilais|faisais du mal|faisais des coupures)\b|"
         + _habit(r"coupais") + r")|\bje m'etais (?:(?:scarifiee?|mutilee?|fait du mal)\b|"
         + _past(r"coupee?") + r")|\bje me suis " + _past(r"coupee?") + "|"
         + _cue_first("je me suis", "coupee?") + "|" + _cue_first("je me", "coupais"),
         framed="generic"),
    # de: "hab mich geritzt", "fruher hab ich mich oft geritzt", "ich ritzte mich",
    # "hab mich wieder in den arm geschnitten" (not "hab mich beim kochen geschnitten")
    rule("self_harm:injury", "self_harm",
         "hab habe hatte ritzte schnitt geritzt geschnitten",
         _DE_HAB + r"(?!(?:[\w']+ ){0,3}?(?:nie|nicht|niemals|kein)\b)(?:[\w']+ ){0,4}?"
         r"(?:geritzt|selbst verletzt|selber verletzt)\b|\b(?:ich ritzte|ritzte ich) mich\b|"
         + _DE_HAB + r"geschnitten(?= ?[.!?]|$)|" + _DE_HAB + r"(?:[\w']+ ){0,3}?" + _DE_CUT_CUE
         + r" (?:[\w']+ ){0,2}?geschnitten\b|\b(?:ich schnitt|schnitt ich) mich(?= ?[.!?]|$| "
         r"(?:[\w']+ ){0,3}?" + _DE_CUT_CUE + r"\b)",
         framed="generic"),
    # it: "mi tagliavo le braccia", "mi sono tagliata di nuovo", "mi facevo del male"
    rule("self_harm:injury", "self_harm",
         "tagliavo ferivo facevo autolesionavo autolesionata autolesionato tagliata tagliato "
         "fatta fatto ferita ferito",
         r"\bmi " + _not("mi") + r"(?:(?:autolesionavo|sono autolesionat[oa]|ero autolesionat[oa])"
         r"\b|" + _habit(r"tagliavo|ferivo|facevo del male") + "|" + _past(_IT_PAST) + ")|"
         + _cue_first("mi", _IT_PAST + "|tagliavo"),
         framed="generic"),
]
