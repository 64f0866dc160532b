"""Shared parts of the hidden-marks rules (`selfharm_hide_marks.py`,
`selfharm_hide_marks_langs.py`): how the families are paired, and the
everyday causes that leave a mark ordinary.

Why a cause list of its own: `frames_healing.py` excuses a match that names
a cover ("hide", "tapar", "verstecken") when the message names a tattoo, an
operation or a football injury, but only for the cover words it knows; the
Russian, Polish, Indonesian, Hindi and Chinese hiding verbs ("спрятать",
"ukryć", "nyembunyiin", "छुपाना", "遮") and the statements without a cover
("my legs are covered in lines and we have swimming") are not among them,
nor are chickenpox, stretch marks, a nosebleed or a grazed knee.  So each
part of a pair is followed by a look-ahead - no everyday cause in the next
70 characters of its sentence, which covers the gap and what follows ("the
scar on my stomach from my operation", "шрам от операции", "bekas
operasi", "手术...") - and the marks-will-be-seen family, which has no
cover word at all, is an empty match at the start of a message that names
no cause anywhere (`whole`).  A cause right before a mark word is written
out where the mark words are ("surgery scar", "ameliyat izi", "acne ke
nishaan", "手术留下的疤"); one further back is left to the frames.
"""

from __future__ import annotations

from .rules import Rule, rule

# a gap inside one sentence
GAP = r"[^.!?]"

_CAUSES = (
    # en
    r"tattoos?|piercings?|surgery|operation|op|c section|appendix|stitches from|acne|spots|pimples|"
    r"eczema|psoriasis|chickenpox|chicken pox|birthmarks?|stretch marks|tan lines|sunburn|football|"
    r"rugby|hockey|netball|trampoline|skating|skateboard\w*|bike|fell|fall|falling|tripped|crashed|"
    r"accident|dog|puppy|cat|cats|kitten|hamster|bit me|bites|mosquito\w*|vaccine|injection|jab|"
    r"blood test|ironing|oven|stove|straighteners|curling iron|cooking|baking|kitchen|fence|thorns?|"
    r"brambles?|bushes|bush|hedge|nettles|horse|climbing|wrestling|karate|judo|boxing|finger|thumb|nose|nosebleeds?|"
    r"knees?|scraped|grazed|shaving|shaved|shave|razor burn|pool chairs|"
    # es pt
    r"tatuajes?|operacion|cirugia|cesarea|acne|granos|varicela|estrias|futbol|bici|bicicleta|me cai|"
    r"caida|accidente|perro|gato|mordida|mordio|vacuna|plancha|horno|cocinando|dedo|tatuagem|"
    r"cirurgia|operacao|espinhas?|catapora|futebol|cai|queda|acidente|cachorro|mordeu|vacina|"
    r"forno|cozinhando|nariz|rodilla|joelho|depile|depilando|depilei|depilar|afeitarme|raspones|"
    # fr de it
    r"tatouages?|vergetures|boutons|varicelle|foot|velo|tombee?|chute|mon chat|chien|morsure|vaccin|"
    r"fer a repasser|en cuisinant|lisseur|doigt|tatowierung|akne|pickel|windpocken|"
    r"dehnungsstreifen|fussball|fahrrad|gesturzt|hingefallen|unfall|hund|katze|biss|impfung|"
    r"bugeleisen|ofen|beim kochen|glatteisen|sonnenbrand|tatuaggio|operazione|intervento|brufoli|"
    r"varicella|smagliature|calcio|caduto|caduta|incidente|cane|gatto|morso|vaccino|ferro da stiro|"
    r"cucinando|piastra|dito|nez|genou|nase|nasenbluten|knie|naso|ginocchio|ceretta|rasoio|"
    # ru tr pl id
    r"тату|татуировк\w*|пирсинг\w*|операци\w*|прыщ\w*|акне|ветрянк\w*|растяжк\w*|футбол\w*|"
    r"велосипед\w*|упал\w*|авари\w*|собак\w*|кошк\w*|кота|котенк\w*|укус\w*|прививк\w*|утюг\w*|"
    r"духовк\w*|готовил\w*|плоик\w*|пал\w{0,2}ц\w*|из носа|носа|колен\w*|бритв\w*|брил\w*|"
    r"dovme\w*|burun\w*|burnum\w*|dizim\w*|ameliyat\w*|sivilce\w*|sucicegi|"
    r"catlak\w*|futbol\w*|bisiklet\w*|dustum|kaza\w*|kopek\w*|kedi\w*|isirdi|isirik\w*|utu\w*|"
    r"firin\w*|yemek yaparken|parmag\w*|tatuaz\w*|kolczyk\w*|operacj\w*|tradzik\w*|pryszcz\w*|ospa|"
    r"ospy|rozstep\w*|pilka|pilki|pilce|rower\w*|upadl\w*|przewrocil\w*|wypadk\w*|pies|psa|kot|"
    r"kota|ugryz\w*|szczepion\w*|zelazk\w*|piekarnik\w*|gotowani\w*|prostownic\w*|palec|palca|"
    r"z nosa|kolan\w*|golenia|golilam|mimisan|hidung|lutut|cukur\w*|naak|ghutna|ghutne|chechak|"
    r"tato|tindik\w*|operasi|jerawat|cacar|bola|sepeda|motor|jatuh|kecelakaan|anjing|kucing|"
    r"digigit|gigitan|vaksin|setrika\w*|masak|catokan|jari\w*|"
    # ar, Hinglish
    r"تاتو|وشم|عمليه|العمليه|حب الشباب|جدري|تشققات|كوره|الكوره|بسكليت|عجله|وقعت|حادث|كلب|الكلب|"
    r"قطه|القطه|قطتي|عضه|تطعيم|مكوه|المكوه|الفرن|اطبخ|صباعي|اصبعي|صبعي|الانف|انفي|خشمي|ركبتي|"
    r"الحلاقه|حلاقه|الشفره|"
    r"pimples?|cycle|gir gaya|gir gayi|kutta|kutte|billi|tika|khana banate|sabzi|ungli"
)
_CAUSES_RAW = (
    r"टैटू|ऑपरेशन|मुंहास|फुंसी|फुटबॉल|साइकिल|गिर ग|एक्सीडेंट|कुत्त|बिल्ली|टीका|खाना बनाते|सब्जी|उंगली|"
    r"नाक|घुटन|चेचक|"
    r"纹身|手术|痘|水痘|妊娠纹|生长纹|踢球|足球|篮球|摔|车祸|狗|猫|咬|疫苗|熨斗|做饭|切菜|烫伤|晒|手指|鼻|膝|刮"
)


def _by_first(alternatives: str) -> str:
    """An alternation regrouped by first character ("acne|arm|bike" ->
    "a(?:cne|rm)|bike"): the engine then tries a dozen branches at each
    position of the look-ahead instead of all of them."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives.split("|"):
        groups.setdefault(alt[0], []).append(alt[1:])
    out = []
    for first, rests in groups.items():
        out.append(first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"))
    return "|".join(out)


_LATIN = _by_first(_CAUSES)
_SCRIPT = _by_first(_CAUSES_RAW)
# no everyday cause in the rest of the sentence
NO_CAUSE = r"(?!" + GAP + r"{0,70}?(?:\b(?:" + _LATIN + r")\b|" + _SCRIPT + r"))"
_RAW_GAP = r"[^.!?。！？]"
# a word that is no everyday cause (for the optional words inside a match)
WORD = r"(?!(?:" + _LATIN + r")\b)\w+"
NO_CAUSE_RAW = r"(?!" + _RAW_GAP + r"{0,40}?(?:" + _SCRIPT + r"|\b(?:" + _LATIN + r")\b))"


def then(a: str, b: str, gap: int = 40) -> str:
    """a ... b in this order within one sentence, the match spanning both, no
    cause after either (the first look-ahead also covers the gap)."""
    return rf"\b(?:{a})\b{NO_CAUSE}{GAP}{{0,{gap}}}?\b(?:{b})\b{NO_CAUSE}"


def pair(a: str, b: str, gap: int = 40) -> str:
    """a ... b or b ... a within one sentence, the match spanning both."""
    return then(a, b, gap) + "|" + then(b, a, gap)


def ahead(a: str, b: str, gap: int = 100) -> str:
    """a with b within `gap` characters after it, or b with a after it; the
    match is the first of the two only.  Why: frames read the match, and a
    long one picks up their words ("on" and "doctors" make a goodbye
    ordinary in `frames_offline.py`)."""
    return (rf"\b(?:{a})\b{NO_CAUSE}(?=.{{0,{gap}}}?\b(?:{b})\b)|"
            rf"\b(?:{b})\b{NO_CAUSE}(?=.{{0,{gap}}}?\b(?:{a})\b){NO_CAUSE}")


def whole(a: str, raw: bool = False) -> str:
    """`a` anywhere in a message that names no everyday cause anywhere: an
    empty match at its start.  For the marks that will be seen, which have
    no cover word for `frames_healing.py` to read a cause before them by
    ("fell off my bike and my legs are covered in cuts, pe tomorrow")."""
    if raw:
        return rf"^(?![\s\S]*?(?:{_SCRIPT}|\b(?:{_LATIN})\b))(?=[\s\S]*?(?:{a}))"
    return rf"^(?!.*?(?:\b(?:{_LATIN})\b|{_SCRIPT}))(?=.*?\b(?:{a})\b)"


def families(hide: str, marks: str, mp: str, seen: str, near: str, cut: str,
             secret: str) -> tuple[str, str, str, str, str]:
    """The five patterns of one spaced language: marks on a body part hidden,
    marks hidden (a place must be named somewhere: the rule's second gate),
    marks that will be seen (the same), a body part nearly seen, a deep cut
    kept from the parents."""
    return (
        pair(hide, mp),
        pair(hide, marks, 25),
        whole(seen),
        rf"\b(?:{near})\b{NO_CAUSE}",
        ahead(cut, secret),
    )


def raw_families(hide: str, marks: str, mp: str, seen: str, near: str, cut: str,
                 secret: str, place: str, placed: str = "") -> tuple[str, str, str, str, str]:
    """The same for an unspaced script (Devanagari, Chinese), whose words are
    no tokens for a second gate: the place is paired in the pattern
    (`placed`: seen patterns that name the place themselves)."""
    def raw_pair(a: str, b: str, gap: int) -> str:
        return (rf"(?:{a}){NO_CAUSE_RAW}{_RAW_GAP}{{0,{gap}}}?(?:{b}){NO_CAUSE_RAW}|"
                rf"(?:{b}){NO_CAUSE_RAW}{_RAW_GAP}{{0,{gap}}}?(?:{a}){NO_CAUSE_RAW}")

    return (
        raw_pair(hide, mp, 20),
        raw_pair(raw_pair(hide, marks, 12), place, 30),
        whole(raw_pair(seen, place, 40) + (rf"|(?:{placed})" if placed else ""), raw=True),
        rf"(?:{near}){NO_CAUSE_RAW}",
        rf"(?:{cut}){NO_CAUSE_RAW}(?=[\s\S]{{0,50}}?(?:{secret}))|"
        rf"(?:{secret})(?=[\s\S]{{0,50}}?(?:{cut})){NO_CAUSE_RAW}",
    )


def family_rules(pats: tuple[str, str, str, str, str], hide: str, marks: str, places: str,
                 near: str, cut: str, parents: str, parts: str = "",
                 hide_requires: bool = True) -> list[Rule]:
    """The five rules of one language: triggers (hide verbs, mark words,
    "almost" words, cut words) and second gates (mark words, places, parents;
    `hide_requires`: the hide rules also need a mark word).  An empty second
    gate is none; with no places (the unspaced scripts, whose words are no
    tokens) the "almost" rule has none either."""
    marks_gate = marks if hide_requires else ""
    near_gate = (marks + " " + parts).strip() if places else ""
    return [
        rule(_NAME, "self_harm", hide, pats[0], framed=False, requires=marks_gate),
        rule(_NAME, "self_harm", hide, pats[1], framed=False, requires=places),
        rule(_NAME, "self_harm", marks, pats[2], framed=False, requires=places),
        rule(_NAME, "self_harm", near, pats[3], framed=False, requires=near_gate),
        rule(_NAME, "self_harm", cut, pats[4], framed=False, requires=parents),
    ]


_NAME = "self_harm:concealment"
