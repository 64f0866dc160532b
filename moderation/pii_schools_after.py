"""School names the school passes missed: the kind after the name in
English ("i go to oakfield juniors", "i'm at kingsway secondary", "st
peter's c of e primary"), lower-case names after a school word in
es/fr/it/pt ("voy al colegio san josé", "je suis à l'école jean moulin",
"vado al liceo galilei", "estudo na escola dom pedro"), Turkish "okulum
atatürk ortaokulu", Indonesian "sekolah di sma 3 bogor", Polish "chodzę do
sp 12 w krakowie" and Russian "я учусь в школе 57".

Why: `PiiRedactor._schools` (pii.py) knows "school / academy / college /
high / primary" after a name, not "juniors", "infants", "middle",
"elementary", "secondary", "comprehensive" or "prep" (in `_SCHOOL_TYPE`
those only qualify a following "school"); `_SCHOOL_NAMED` wants a
capitalised name ("colegio San José"), and chat is written in lower case.

Both need an attendance cue, so the words alone stay:

* English: "go(es) to", "attend(s)", "i'm / am at", "study at", "pupil /
  student at", "year 7 at", "my school is" - then 1-3 name words (no
  article, possessive, subject or team word: "i go to the juniors on
  saturday", "i go to football juniors" pass) and the kind word, not
  followed by "team", "club", ...  "primary school is easier than
  secondary", "my old juniors team", "high school musical", "the academy
  awards" and "middle school sucks" have no cue.
* es/fr/it/pt: a verb of going or studying ("voy", "estudio", "je vais",
  "je suis", "vado", "frequento", "estudo", "vou") or "my school is" before
  the school word; the name may not start with a function, time or place
  word ("voy al colegio mañana", "je vais à l'école en bus", "vado al liceo
  con mia sorella"), and a one-word name must end the clause ("vado al liceo
  galilei" but not "vado al liceo scientifico e poi ...").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_schools_kind import GATE as _KIND_GATE
from .pii_schools_kind import kind_first_schools
from .pii_scripts import _replace_spans

_I = re.IGNORECASE

# ---------------------------------------------------------------- English
# "high" is left to pii.py's pass ("going to get high" is no school)
_EN_KINDS = (
    r"juniors|junior|infants|infant|middle|elementary|secondary|comprehensive|prep|"
    r"primary|academy|grammar|college|sixth form college|sixth form"
)
_EN_KIND_WORDS = frozenset(
    "juniors junior infants infant middle elementary secondary comprehensive prep".split()
)
_EN_CUE = (
    r"(?:go(?:es)? to|going to|went to|attend(?:s|ing)?|(?:i'm|i’m|im|i am|am) at|"
    r"(?:study|studying|student|pupil|teacher|year \d{1,2}|yr \d{1,2}) at|"
    r"my school(?:'s| is)|my school name is|school is called|skool is)"
)
_EN_SCHOOL = re.compile(
    r"\b" + _EN_CUE + r" (?P<g>(?:(?:st\.?|saint) )?(?P<name>(?:[\w'’.-]+ ){1,3}?)"
    r"(?:(?:c of e|cofe|ce|c\.e\.|rc|r\.c\.|catholic|church of england|community|church|"
    r"methodist|baptist|free|christian) )?(?P<kind>" + _EN_KINDS + r")(?: school)?)\b"
    r"(?! (?:team|squad|club|league|cup|game|match|games|kids|students|football|rugby|netball|"
    r"disco|fair|musical|play|trip|award|awards)\b)",
    _I,
)
# the cue after the name: "greenfield academy is my school"
_EN_SCHOOL_FIRST = re.compile(
    r"(?:^|(?<=[.,!?;:] )|(?<=\band |\bbut ))(?P<g>(?:(?:st\.?|saint) )?(?P<name>(?:[\w'’.-]+ ){1,3}?)"
    r"(?P<kind>" + _EN_KINDS + r")(?: school)?) (?:is|was) (?:my|our) (?:old |new |current )?school\b",
    _I,
)
_EN_STOP = frozenset(
    """a an the my our your ur his her their this that these those new old same local big small
    public private boarding another different good bad best worst normal regular state online
    summer night driving art music every whole entire any each which what no next last
    to at in of from and or but with for on by after before during about
    i im i'm me we you he she they it is are was were be been am
    upper lower top bottom first second third fourth fifth year yr class form grade stage
    football soccer rugby netball basketball cricket hockey swimming swim swimmers dance drama
    chess karate judo gymnastics tennis athletics choir band orchestra cubs scouts brownies
    guides beavers maths math english science history french spanish homework revision exam
    exams test tests sat sats gcse gcses mock mocks lesson lessons detention assembly lunch
    break playtime church sunday saturday monday tuesday wednesday thursday friday weekend
    junior juniors infant infants primary secondary middle high elementary prep academy
    grammar comprehensive comp college school lol omg idk btw so very really too also just
    still even only then there here now today tomorrow yesterday way home work bed sleep
    get be go see feel stay fly aim play watch eat meet visit pick help meal exam exams uni""".split()
)

# ---------------------------------------------------------------- es/fr/it/pt
_RO_SCHOOL = (
    r"colegio|cole|escuela|instituto|insti|liceo|scuola|istituto|[ée]cole|coll[èe]ge|lyc[ée]e|"
    r"escola|col[ée]gio|liceu"
)
_RO_KINDS = (
    r"primaire|[ée]l[ée]mentaire|maternelle|priv[ée]e?|publique|public|media|elementare|superiore|"
    r"primaria|secondaria|statale|comprensivo|scientifico|classico|linguistico|tecnico|artistico|"
    r"estadual|municipal|p[úu]blic[oa]|privad[oa]|secundaria|concertad[oa]|t[ée]cnic[oa]|"
    r"biling[üu]e|internacional|international|cat[óo]lic[oa]|catholique|cattolic[oa]|"
    r"paritari[oa]|comunale"
)
_RO_CUE = (
    r"(?:voy|vamos|estudio|estudiamos|asisto|estoy|vou|estudo|frequento|frequentiamo|vado|"
    r"andiamo|studio|sono|je vais|je suis|j['’]?[ée]tudie|on va|nous allons|"
    r"mi (?:colegio|cole|escuela|insti|instituto) es|mon (?:[ée]cole|coll[èe]ge|lyc[ée]e) (?:c['’]?est|est)|"
    r"mon [ée]cole c['’]?est|la mia scuola [èe]|il mio liceo [èe]|minha escola [ée]|"
    r"meu col[ée]gio [ée])"
)
_RO_SCHOOL_RX = re.compile(
    r"\b" + _RO_CUE + r"(?: (?:en|a|al|del|de|el|la|los|[àa]|au|aux|dans|il|lo|alla|allo|in|nella|"
    r"nel|na|no|para|pra|o|do|da|em|es|est|c['’]?est|[èe]|é|se llama|s['’]appelle|si chiama|"
    r"se chama|chez)){0,3} (?:l['’])?"
    r"(?P<school>" + _RO_SCHOOL + r")(?P<kinds>(?: (?:" + _RO_KINDS + r")){0,2}) "
    r"(?P<g>(?P<saint>(?:san|santa|santo|s[ãa]o|saint|sainte|st|ste|dom|don|do[ñn]a|padre|"
    r"nuestra se[ñn]ora|nossa senhora|notre[ -]dame|sagrado|sagrada|madre|maria|mar[íi]a) )?"
    r"(?P<name>[^\W\d_][\w'’-]*(?: (?:(?:de|del|da|do|dos|das|di|du|des|de la|y|e) )?"
    r"[^\W\d_][\w'’-]*){0,2})|(?:n[º°o]\.? ?|# ?)?\d{1,3})",
    _I,
)
_RO_STOP = frozenset(
    """a al de del el la los las un una uno mi mis tu su sus muy mas más tambien también ya no si
    sí que y o pero porque por para con sin en desde hasta cuando donde como despues después antes
    mañana manana hoy ayer todos todas todo toda cada temprano tarde andando caminando bus autobus
    autobús coche pie aqui aquí ahi ahí alli allí cerca lejos mismo misma nuevo nueva otro otra
    clase curso año ano grado primero segundo tercero cuarto quinto sexto es era fue son estoy
    et ou mais donc car parce qui le les une mon ma mes ton ta sa ses très tres aussi deja déjà
    pas ne quand où ou comme apres après avant demain aujourd aujourdhui hier tous toutes chaque
    depuis avec sans pour dans sur tot tôt pied velo vélo voiture ici là loin pres près même meme
    nouveau nouvelle autre classe année annee seconde premiere première terminale cest est suis
    il lo i gli mio mia tuo tua suo sua molto anche gia già non quando dove dopo prima domani oggi
    ieri tutti tutte ogni da di per perche perché che ma senza presto piedi bici macchina autobus
    qui qua li lì vicino lontano stesso stessa nuovo nuova altro altra anno classe sono e è
    em na no nos nas da do das dos o os as um uma meu minha teu tua seu sua muito tambem também
    ja já nao não onde depois cedo amanha amanhã hoje ontem todo todos toda cada com sem pra pé
    onibus ônibus carro aqui perto longe mesmo mesma novo nova outro outra série serie é
    lol jaja jajaja xd mdr ptdr kkk kkkk haha
    super trop tan tão tao tanto tant cosi così assim asi así bien bene bem mal male
    malade enfermo enferma malato malata doente cansado cansada stanco stanca fatigue fatigué
    fatiguee fatiguée triste feliz felice heureux heureuse contento contenta content contente
    sola solo sozinho sozinha seul seule insieme ensemble juntos juntas adesso ora ahora
    maintenant agora ainda aun aún encore ancora siempre sempre toujours nunca jamais mai
    normalmente normalement parfois pronto vite rapido rápido rapide lento corriendo correndo
    corro courant lunes martes miercoles miércoles jueves viernes lundi mardi mercredi jeudi
    vendredi lunedi lunedì martedi martedì mercoledi mercoledì giovedi giovedì venerdi venerdì
    segunda terca terça quarta quinta sexta matin soir manana mattina sera noche noite tarde""".split()
) | frozenset(
    # the kinds of school ("l'école primaire" names no school)
    """primaire elementaire élémentaire maternelle privee privée prive privé publique public media
    elementare superiore primaria secondaria statale comprensivo scientifico classico linguistico
    tecnico artistico estadual municipal publico público publica pública privado privada
    secundaria concertado concertada tecnico técnico tecnica técnica bilingue bilingüe
    internacional international catolico católico catolica católica catholique cattolico
    cattolica paritario paritaria comunale infantil fundamental medio médio superior basica
    básica normal especial""".split()
)
# a plain "school": one lower-case word after it is rarely its name
_GENERIC = re.compile(r"scuola|[ée]cole|escuela|escola|cole", _I)
_CLAUSE_END = re.compile(r"\s*(?:$|[.,!?;:)…]|(?:y|e|et|and|lol|jaja\w*|xd|mdr|ptdr|kkk\w*|haha\w*|"
                         r"pero|mais|ma|mas|but|desde|depuis|da|dal|from)\b)", _I)

# ---------------------------------------------------------------- tr / id / pl / ru
_TR = re.compile(
    r"\b(?:okulum|okulumun ad[ıi]|okudu[ğg]um okul|okulumuz)\s*(?:[:=-]\s*|\s)"
    r"(?P<g>(?:[^\W\d_][\w'’]*\s+){1,3}(?:ilkokulu|ortaokulu|lisesi|koleji))(?!\w)",
    _I,
)
_ID = re.compile(
    r"\b(?:sekolah|skolah|sklh|aku|gw|gue|gua|saya|anak|murid|siswa|siswi|masuk|belajar)"
    r"(?: (?:di|ke|dari))? (?P<g>(?:sdn?|smpn?|sman?|smkn?|mtsn?)\s*\d{1,3}"
    r"(?: (?!(?:kelas|dan|sama|yang|aku|gw|gue|udah|sudah|tapi|terus|di|ke|ya|lho|loh|sih|kok|"
    r"nih|dong)\b)[^\W\d_]+)?)\b",
    _I,
)
_PL = re.compile(
    r"\b(?:chodz[ęe] do|ucz[ęe] si[ęe] w|jestem w|moja szko[łl]a to) (?P<g>(?:sp|lo|zs|zsp|zso|"
    r"gim|gimn)\s*(?:nr\.?\s*)?\d{1,3}(?: (?:w|we) [^\W\d_]+)?)\b",
    _I,
)
_RU = re.compile(
    r"(?:учусь|учимся|хожу|ходим|моя школа|мой лицей|моя гимназия)(?: (?:в|во))? "
    r"(?P<g>(?:школ[аеуы]|гимнази[яию]|лице[йяюе])\s*(?:№\s*)?\d{1,4})"
    r"(?=\s*(?:$|[.,!?;:)]|и\b|а\b|но\b))",
    _I,
)

_EN_GATE = _EN_KIND_WORDS | frozenset("primary academy grammar college form".split())
_RO_GATE = frozenset(
    """colegio cole escuela instituto insti liceo scuola istituto ecole lecole decole college lycee
    escola liceu""".split()
)
_TR_GATE = frozenset("okulum okulumun okudugum okulumuz".split())
_ID_GATE = frozenset("sd sdn smp smpn sma sman smk smkn mts mtsn".split())
_PL_GATE = frozenset("sp lo zs zsp zso gim gimn".split())
_RU_GATE = frozenset("школа школе школу школы гимназия гимназии гимназию лицеи лицея лицею лицее".split())
GATE = _EN_GATE | _RO_GATE | _TR_GATE | _ID_GATE | _PL_GATE | _RU_GATE | _KIND_GATE


def _en(text: str) -> list[tuple[int, int]]:
    """"i go to oakfield juniors"; a name pii.py's school pass already
    removed is a placeholder here, which no name word matches."""
    spans = []
    for m in (*_EN_SCHOOL.finditer(text), *_EN_SCHOOL_FIRST.finditer(text)):
        names = m.group("name").split()
        if names and not any(w.lower().strip(".,") in _EN_STOP for w in names):
            spans.append(m.span("g"))
    return spans


def _romance(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _RO_SCHOOL_RX.finditer(text):
        name = m.group("name")
        if name is None:
            spans.append(m.span("g"))  # "colegio nº 5"
            continue
        words = name.split()
        if words[0].lower() in _RO_STOP:
            continue
        # cut the name at the first stop word ("jean moulin et ...")
        kept: list[str] = []
        for w in words:
            if w.lower() in _RO_STOP and kept and w.lower() not in ("de", "del", "da", "do", "dos",
                                                                      "das", "di", "du", "des"):
                break
            kept.append(w)
        while kept and kept[-1].lower() in _RO_STOP:
            kept.pop()
        if not kept:
            continue
        end = m.start("name") + len(" ".join(kept))
        if m.group("saint") is None and len(kept) == 1:
            if _CLAUSE_END.match(text, end) is None:
                continue  # "vado al liceo scientifico e poi": one word must end the clause
            if _GENERIC.fullmatch(m.group("school")) and not m.group("kinds"):
                continue  # "voy a la escuela sola": a plain "school" takes a full name
        spans.append((m.start("g"), end))
    return spans


def schools_after(text: str, words: AbstractSet[str], has_digit: bool, reasons: list[str]) -> str:
    """Redact the school names of the module doc (`words`: the message's
    words, or those of them in GATE)."""
    if words.isdisjoint(GATE):
        return text
    spans: list[tuple[int, int]] = []
    if not words.isdisjoint(_EN_GATE):
        spans += _en(text)
    if not words.isdisjoint(_RO_GATE):
        spans += _romance(text)
    if not words.isdisjoint(_TR_GATE):
        spans += [m.span("g") for m in _TR.finditer(text)]
    if has_digit:
        for gate, rx in ((_ID_GATE, _ID), (_PL_GATE, _PL), (_RU_GATE, _RU)):
            if not words.isdisjoint(gate):
                spans += [m.span("g") for m in rx.finditer(text)]
    text = _replace_spans(text, spans, "[school removed]", "pii:school", reasons)
    if not words.isdisjoint(_KIND_GATE):
        # the kind before the name: "istituto comprensivo via rossetti" (pii_schools_kind.py)
        text = kind_first_schools(text, words, has_digit, reasons, _RO_STOP)
    return text
