"""In trouble at home: "my mum will kill me if she sees my grades", in the 13
languages.

Why: "si mi madre ve las notas me mata" and "se minha mãe ver minhas notas
ela me mata" were held as self-harm disclosures by the learned scorer (3.0
and 3.7 against 0.82).  No rule reads them as one: "me mata" is what a
parent will do, not what the writer will do.  But the scorer reads words,
not who does what to whom, and "me mata" / "me matar" weigh heavily, since
the writer's own "me matar" is one of the commonest disclosures it learnt.

How: the scorer declines a message (`in_trouble_reason`, through
`frames_more.everyday_reason`) when

* every "kill me" in it is said in the third person - "me mata", "va me
  tuer", "bringt mich um", "mi ammazza", "меня убьёт", "beni öldürür",
  "mnie zabije", "bakal bunuh aku", "mujhe maar dalegi", "هتقتلني",
  "杀了我" after a person - and a parent, a teacher, a coach or a sibling is
  named in the message (English: "kill me" right after one of them, since
  "just kill me" is the writer's own wish);
* and nothing else in the message is about harm to the writer: no cut,
  scar, blade, pills, death or dying word and no wish to die outside the
  matched words ("my mum will kill me if she sees my cuts" is a disclosure
  and stays held).

A parent's real threat is not excused by this: it only stops the self-harm
scorer, and the abuse rules ("my dad said he will kill me", "he hits me")
are another stage's.  Patterns run on the phrase form (accents stripped);
Chinese and Arabic script on the normalised text.
"""

from __future__ import annotations

from . import fastre

# a parent, a teacher, a coach, an older sibling: who is "going to kill" the writer
_PERSON = fastre.compile(
    r"\b(?:mom|mum|mommy|mummy|mother|mama|mamma|mami|dad|daddy|father|papa|papi|parents|folks|"
    r"teacher|coach|sister|brother|sis|bro|gran|grandma|grandpa|nan|madre|padre|mis papas|mis padres|"
    r"viejos|vieja|viejo|profe|profesora|profesor|hermana|hermano|abuela|mae|mamae|pai|papai|"
    r"meus pais|professora|professor|irma|irmao|vo|avo|mere|maman|pere|prof|daron|daronne|darons|"
    r"soeur|frere|mutter|mutti|vater|vati|eltern|lehrer|lehrerin|trainer|schwester|bruder|oma|opa|"
    r"mia madre|mio padre|genitori|professoressa|sorella|fratello|nonna|мама|мамка|маман|папа|батя|"
    r"отец|мать|родители|предки|училка|учитель|тренер|сестра|брат|бабушка|annem|babam|anam|ailem|"
    r"hocam|ogretmen|ablam|abim|anneannem|mamusia|tata|tato|rodzice|starzy|nauczycielka|wychowawczyni|"
    r"siostra|brat|babcia|ibu|ibuku|bapak|ayah|ayahku|mamah|nyokap|bokap|ortu|guru|kakak|kakakku|"
    r"nenek|mammi|pappa|maa|ammi|abbu|mummy ji|papa ji|didi|bhaiya|sir|madam|ma'am|baba|abuya|ommi|"
    r"umi|mamti)\b|妈|爸|老师|家长|父母|姐|哥|奶奶|ماما|امي|أمي|ابوي|أبوي|بابا|ابويا|المدرس|الاستاذ|اهلي|माँ|मां|"
    r"मम्मी|पापा|टीचर|मैडम|दीदी|भैया"
)
# "kill me" with someone else as the killer (third person, or after a person in English)
_KILL_ME = fastre.compile(
    r"\b(?:(?:mom|mum|mother|dad|father|parents|teacher|coach|sister|brother|mama|papa|she|he|"
    r"they|shes|hes|theyre|shell|hell|theyll)(?: (?:is|are|will|would|gonna|going to|literally|"
    r"actually|is gonna|is going to|are gonna|are going to|would literally|will literally|is so "
    r"gonna|will actually)){0,2} (?:kill|murder|end) me|"
    r"me (?:mata|matan|matara|mataran|mataria|matarian|matam|matou)|"
    r"(?:va|van|vai|vao|iria) a? ?matarme|me (?:va|van|vai|vao) (?:a )?matar|"
    r"vai me matar|vao me matar|va me tuer|vont me tuer|(?<!je )me tue|me tuera|me tueront|me tuerait|"
    r"bringt mich um|bringen mich um|wird mich umbringen|werden mich umbringen|killt mich|"
    r"mi (?:ammazza|ammazzano|ammazzera|ammazzeranno|uccide|uccidono|uccidera|uccideranno)|"
    r"меня (?:убьет|убьют|прибьет|прибьют|убила бы|убил бы)|(?:убьет|убьют|прибьет|прибьют) меня|"
    r"beni (?:oldurur|oldurecek|oldururler|olduruler|gebertir)|"
    r"(?:mnie|mie) (?:zabije|zabija|zabiją|zabiją)|zabije mnie|zabija mnie|"
    r"(?:bunuh|bunuhin|ngebunuh|bakal bunuh|mau bunuh) (?:aku|gue|gua|gw|saya)|"
    r"mujhe (?:maar|mar) (?:dalegi|dalega|dalenge|daalegi|daalega|daalenge|degi|dega|denge)|"
    r"(?:ra7|7a|ha) ?(?:t2telni|ti2telni|y2telni|yi2telni|tmawetni|ymawetni)|"
    r"hat2telni|hay2telni)\b|"
    r"(?:هت|ح|حت|رح ت|رح ي|راح ت|راح ي|بت|بي)(?:قتلني|موتني|ذبحني)|"
    r"मुझे मार (?:डालेगी|डालेगा|डालेंगे|देगी|देगा)|会杀了我|要杀了我|杀了我"
)
# anything else about harm to the writer: the excuse does not hold then
_HARM = fastre.compile(
    r"\b(?:cut\w*|scars?|blade\w*|razor\w*|pills?|die|dying|dead|suicid\w*|kill myself|end it|"
    r"corte\w*|cicatri\w*|cuchilla|navaja|lamina|pastillas|comprimidos|morir|morirme|muerta|muerto|"
    r"morrer|morta|morto|matarme|me matar|coupures?|scarif\w*|lame|mourir|mort|me tuer|ritz\w*|"
    r"narben?|klinge|tabletten|sterben|tot|umbringen|tagli\w*|cicatric\w*|lametta|pillole|morire|"
    r"ammazzarmi|uccidermi|порез\w*|шрам\w*|лезви\w*|таблет\w*|умереть|умру|сдохнуть|убить себя|"
    r"kesik\w*|jilet|yara\w*|hap\w*|olmek|olmak|olecegim|intihar|ciecie|blizn\w*|zyletk\w*|tabletk\w*|"
    r"umrzec|umre|zabic sie|sayat\w*|silet|obat|mati|bunuh diri|kaat\w*|blade|goliyan|marna|mar jaun|"
    r"khudkushi|jar7|a2tol 7ali|amoot|mout)\b|جرح|شفرة|حبوب|اموت|موت|انتحار|كاٹ|काट|ब्लेड|गोलियां|"
    r"मरना|मर जा|आत्महत्या|割|刀片|药|想死|自杀"
)


def in_trouble_reason(text: str) -> bool:
    """Every "kill me" of the message has someone else as the killer, a person
    is named, and nothing else in it is about harm to the writer."""
    spans = [m.span() for m in _KILL_ME.finditer(text)]
    if not spans or _PERSON.search(text) is None:
        return False
    rest, pos = [], 0
    for s, e in spans:
        rest.append(text[pos:s])
        pos = e
    rest.append(text[pos:])
    return _HARM.search(" ".join(rest)) is None
