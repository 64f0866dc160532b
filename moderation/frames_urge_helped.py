"""A past urge to self-harm told as a story of help that worked: "last year
when I wanted to hurt myself my counsellor told me to text the crisis line
and it really helped", "when i wanted to kill myself in year 8 i called
childline and talking to them really helped", "cuando tenía ganas de
cortarme mi madre me llevó al médico y mejoró", "quand j'avais envie de me
scarifier, ma mère m'a emmenée chez le médecin et ça s'est arrangé",
"quando eu tinha vontade de me cortar, minha mãe me levou ao médico e
ajudou muito".

Why: the recovery frames (`frames_recovered.py`, `frames_recovered_more.py`,
`frames_recovered_langs.py`) excuse "I used to cut, now I'm better", but
their past cues are habits and dates ("used to", "last year" right before
the match) and their recoveries name the writer well now or the carer as
the helper ("my counsellor helped").  Children tell the urge differently:
the past is the clause "when I wanted to / felt like / had the urge to",
the help is an adult, a helpline or a doctor, and the ending is "it
helped", "it got better", "mejoró", "ça s'est arrangé".  That story is
what the consultation hopes to hear, and it was held.

A self-harm match is excused ("recovered") when

* a past urge clause ends right before it: "when / back when / the time i
  wanted to / felt like / had the urge to", a past time ("last year", "in
  year 9", "two years ago", "when i was 12") with "i wanted / felt like",
  "cuando tenía ganas de / quería", "quand j'avais envie de / je voulais",
  "quando (eu) tinha vontade de / queria", "als ich ...", "quando volevo /
  avevo voglia di";
* after it, someone or something that helps (a parent, teacher,
  counsellor, doctor, helpline, crisis line, "i told / called / texted"),
  and then it worked: "it (really) helped", "it got better", "i'm ok
  now", "mejoró", "me ayudó", "ça m'a aidé", "melhorou", "es wurde
  besser", "hat geholfen", "è andata meglio";
* the urge was not recent: no "last night", "yesterday", "today", "this
  week" (or their es/fr/pt/de/it words) in the urge clause - "I wanted to
  hurt myself last night" stays held;
* and nothing after it says it is back, still there, wanted again or that
  the help stopped working: "again", "still", "for a while", "until",
  "but now ...", "didn't help", "otra vez", "encore", "ainda", "wieder",
  "ancora", "i still want to cut" - "it helped for a while but now I want
  to cut again" stays held.

Only called for self-harm matches no earlier frame excused
(`frames_more.selfharm_more_frame`); "recovered" also tells the learned
scorer to leave the message to the rules (`frames_more.declines_model`).
Patterns run on the phrase form ("y" reads "why" there, "im" is "i am").
"""

from __future__ import annotations

from . import fastre

_URGE = (
    r"(?:wanted|felt like|was (?:thinking|feeling|close)|thought about|had (?:the |these |those |really "
    r"bad |bad |strong )?urges?|used to (?:want|feel))"
)
# the past urge clause, ending right before the match
_PAST_URGE = fastre.compile(
    r"\b(?:(?:when|back when|the time|whenever|once|at the time) i (?:\w+ )?" + _URGE + r"|"
    r"(?:last year|(?:a|one|two|three|four|a few|\d+) years? ago|in (?:year|grade|yr|class) \d+|"
    r"when i was (?:\d+|younger|little|small|in (?:year|grade) \d+)|in (?:primary|secondary|middle "
    r"school|high school|year \w+)|back then|at my old school)\b[^.!?]{0,40}?\bi (?:\w+ )?" + _URGE + r"|"
    # es fr pt de it
    r"cuando (?:yo )?(?:tenia ganas de|queria|pensaba en|me daban ganas de|sentia ganas de)|"
    r"quand (?:j'avais (?:envie|des envies) de|je voulais|je pensais a)|"
    r"quando (?:eu )?(?:tinha vontade de|queria|pensava em|sentia vontade de)|"
    r"als ich(?: \w+){0,4}|"
    r"quando (?:volevo|avevo voglia di|pensavo (?:di|a))"
    r")\b(?:[^.!?]{0,30}?)$"
)
_URGE_WINDOW = 90
# the match is the urge itself ("urges to cut"): "back when i had / got the ..."
_PAST_HAD = fastre.compile(
    r"\b(?:when|back when|the time|whenever|once|at the time|last year|(?:a|one|two|three|a few|\d+) "
    r"years? ago|in (?:year|grade|yr) \d+|when i was \d+) i (?:\w+ )?(?:had|got|felt|was getting)"
    r"(?: (?:the|these|those|really bad|bad|strong|awful))? $"
)
# recent: the urge clause is about last night, not a past
_RECENT = fastre.compile(
    r"\b(?:last night|yesterday|today|tonight|this (?:morning|week|weekend|afternoon|evening)|earlier|"
    r"an hour ago|just now|right now|anoche|ayer|hoy|esta (?:manana|semana|noche)|hier|aujourd'hui|"
    r"ce (?:matin|soir)|cette semaine|ontem|hoje|esta (?:semana|noite)|gestern|heute|diese woche|"
    r"ieri|oggi|stamattina|stasera|questa settimana)\b"
)
# someone or something that helps, after the match
_HELPER = fastre.compile(
    r"\b(?:counsell?or|therapist|therapy|psychologist|psychiatrist|mum|mom|mam|mother|dad|father|"
    r"parents|teacher|doctor|gp|nurse|childline|helpline|crisis (?:line|text line|team)|hotline|"
    r"shout|samaritans|kids help phone|camhs|i (?:told|called|rang|texted|talked to|spoke to|went "
    r"to|got help)|"
    r"orientador\w*|psicolog\w*|terapeuta|terapia|madre|padre|mama|papa|padres|profe\w*|medico|"
    r"linea de ayuda|psy|psychologue|mere|pere|infirmiere|medecin|mae|pai|pais|professora?|cvv|"
    r"schulpsycholog\w*|therapeut\w*|eltern|lehrer\w*|arzt|arztin|nummer gegen kummer|"
    r"telefonseelsorge|genitori|dottor\w*|telefono azzurro|psicoterapeut\w*)\b"
)
# it worked
_WORKED = fastre.compile(
    r"\b(?:(?:it|that|this|they|she|he|talking|talking to (?:them|her|him|someone)|calling|texting|"
    r"which|therapy) (?:really |honestly |actually |so |genuinely |massively |properly |did )?helped|"
    r"helped (?:me )?(?:a lot|so much|loads|through it|get better)|(?:it|things) got (?:so much |way |"
    r"a lot )?better|i got better|(?:i am|im) (?:ok|okay|fine|good|doing (?:ok|okay|fine|good|well|"
    r"better)) now|(?:i am|im) (?:so much |way |a lot |much )?better now|the urges? (?:went away|"
    r"stopped|passed)|"
    r"mejoro|me ayudo|ayudo (?:mucho|un monton|bastante)|se me paso|(?:ya|you|ahora) estoy (?:bien|"
    r"mejor)|"
    r"ca s'est arrange|(?:ca|ils|elle|il) m'a (?:beaucoup |vraiment )?aidee?|ca a aide|ca va mieux|"
    r"je vais mieux|ca allait mieux|"
    r"melhorou|me ajudou|ajudou (?:muito|bastante|demais)|(?:hoje|agora) (?:eu )?(?:to|estou|tou) "
    r"(?:bem|melhor)|"
    r"(?:es )?wurde besser|hat (?:mir )?(?:sehr |echt |total |wirklich )?geholfen|(?:geht|ging) es "
    r"mir (?:jetzt )?(?:gut|besser)|mir geht(?:'s| es) (?:jetzt )?(?:gut|besser)|"
    r"(?:e|è) andata meglio|mi ha (?:molto |davvero )?aiutat[ao]|ha aiutato|(?:ora )?sto (?:bene|"
    r"meglio)|va meglio)\b"
)
_AFTER_WINDOW = 200
# it came back, is wanted again, or the help stopped working
_BACK = fastre.compile(
    r"\b(?:again|still|for a while|at first|until|relapse\w*|(?:came|are|is|its|it is) back|"
    r"but now(?! (?:i am|im) (?:ok|okay|fine|good|better|doing))|tonight|lately|recently|these days|"
    r"right now|"
    r"(?:did not|didnt|does not|doesnt|do not|dont|never) (?:help|work|helped)|nothing helped|"
    r"not (?:helping|working)|stopped (?:helping|working)|(?:i am|im) not (?:ok|okay|fine|better)|"
    r"(?:i|still) (?:want|wanna|feel like|need) (?:to )?(?:cut|hurt|die|kill|do it|end)|"
    r"otra vez|de nuevo|todavia|aun|ya no (?:me )?(?:ayuda|sirve)|pero ahora|no (?:me )?(?:ayudo|"
    r"sirvio)|encore|a nouveau|mais maintenant|(?:n'a|ca n'a) (?:pas|rien) (?:aide|servi)|"
    r"de novo|outra vez|ainda(?! bem)|mas agora|nao (?:me )?(?:ajudou|adiantou)|"
    r"wieder(?! (?:gut|besser))|immer noch|aber jetzt|nicht geholfen|"
    r"di nuovo|ancora|ma (?:ora|adesso)|non (?:mi )?ha aiutat\w)\b"
)


def urge_helped_frame(text: str, start: int, end: int) -> str | None:
    """"recovered" when text[start:end] is a past urge the writer got help
    for and that help worked (module doc)."""
    lo = max(0, start - _URGE_WINDOW)
    if _PAST_URGE.search(text, lo, start) is None and not (
        text.startswith("urge", start) and _PAST_HAD.search(text, lo, start)
    ):
        return None
    if _RECENT.search(text, lo, min(len(text), end + 30)):
        return None
    hi = min(len(text), end + _AFTER_WINDOW)
    helper = _HELPER.search(text, end, hi)
    if helper is None or _WORKED.search(text, helper.start(), hi) is None:
        return None
    if _BACK.search(text, end):
        return None
    return "recovered"
