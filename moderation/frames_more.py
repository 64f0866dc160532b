"""More self-harm frames, tried after `frames.mundane_frame`: recovered
pasts in more languages (`frames_recovered_more.py`; dated by an age and
told as a span of being well, "when i was 12 ... ive been fine for 3
years": `frames_recovered_dated.py`), a friend's self-harm
reported to an adult (`frames_helpseeking.py`), advice about a friend's
disclosure ("if ur mate says they want to die, tell an adult":
`frames_advice.py`; with the friend's words quoted, "if someone writes 'I
want to die', take it seriously": `frames_quoted_advice.py`), what a
relative's job sees of a group ("my aunt is a nurse and says loads of teens
come in after hurting themselves": `frames_knowledge.py`), a past urge
the writer got help for ("when I wanted to hurt myself my counsellor told
me to text the crisis line and it really helped": `frames_urge_helped.py`),
everyday streaks ("duolingo streak gone, back to day 1": `frames_streak.py`),
eating or weight cues next to a fast, an illness or a sport's weight class
(`frames_eating.py`), a goodbye about being offline next to its reason
(`frames_offline.py`), hidden healing marks next to their cause
(`frames_healing.py`), means named with an everyday purpose, and days
without food during a fast (here).

Why the purpose frame: blades, razors, pills and rope are self-harm means
and also shopping-list items.  "bought new razors to shave my legs", "i
keep a craft blade in my pencil case for art", "i keep my pills in my bag
in case i get a migraine", "compré cuchillas para afeitarme" name what the
thing is for, and that purpose explains it.  A match that itself names a
means is excused when an everyday purpose (shaving, art and crafts, an
illness) is named next to it.  `everyday_reason` gives
the learned scorer the same reading: it declines a message that names a
means together with such a purpose, a scar with its cause (surgery, an
accident, acne) or days without food with a fast (the model reads the
risk words alone).
A purpose never excuses anything else ("i bought razors to shave but i
want to die" still holds on "want to die").
"""

from __future__ import annotations

from . import fastre
from .frames_advice import advice_frame
from .frames_app_break import app_break_reason
from .frames_eating import eating_frame
from .frames_edge_everyday import edge_everyday_reason
from .frames_embarrassed import embarrassed_frame, embarrassed_reason
from .frames_handled import condemned_frame, handled_frame
from .frames_healing import healing_frame
from .frames_helpseeking import helpseeking_frame
from .frames_hyperbole import unalive_thing
from .frames_idioms import effort_idiom_reason
from .frames_in_trouble import in_trouble_reason
from .frames_injury_cause import injury_cause_frame, injury_cause_reason
from .frames_knowledge import others_knowledge_frame
from .frames_lyrics import lyric_context, lyric_frame
from .frames_offline import offline_frame, offline_reason
from .frames_quoted_advice import quoted_advice, quoted_advice_frame
from .frames_recovered_dated import recovered_span_frame
from .frames_recovered_langs import recovered_langs_frame
from .frames_recovered_more import recovered_more_frame
from .frames_school_kit import school_kit_reason
from .frames_see_you import see_you_frame, see_you_reason
from .frames_streak import streak_frame
from .frames_trivial_death import trivial_death_reason
from .frames_urge_helped import urge_helped_frame
from .normalise import Prepared
from .verdict import Verdict

_MEANS = fastre.compile(
    r"\b(?:blades?|razors?|pills?|tablets?|meds|medicine|medication|painkillers|paracetamol|rope|"
    r"cuchillas?|navajas?|hojas? de afeitar|pastillas?|cuerda|soga|laminas?|giletes?|"
    r"comprimidos?|remedios?|corda|lames?|cachets?|comprimes?|medocs?|medicaments?|corde|"
    r"klingen?|rasierklingen?|tabletten|pillen|seil|strick|lamette|lametta|pillole|pastiglie|"
    r"farmaci|лезви\w*|таблет\w*|веревк\w*|лекарств\w*|inhaler|epipen|emoji_pill|emoji_rope|"
    r"emoji_razor|hap(?:lar\w*|lari\w*|i|im\w*)?|ilac\w*|ipi|jilet\w*|tabletk\w*|leki|lekow|sznur\w*|"
    r"lina|liny|zyletk\w*|obat\w*|tali|talinya|taliku|silet\w*|goliyan|goliya|goli|dawai|dawa|"
    r"rassi|rasierer|бритв\w*)\b|"
    r"حبوب|دوا|حبل|गोलि|दवा|रस्सी|刀片|药|绳|扑热息痛|布洛芬|阿司匹林"
)
# everyday supply and outings, all languages (part of `_PURPOSE`); a trip is only a
# purpose after "for the / my / our" ("waiting till my parents leave for their trip" is not)
_SUPPLY = (
    r"pharmacy|pharmacies|chemist|chemists|prescription|refill|"
    # taken as the doctor said: "my sister took all her meds this morning like the doctor said"
    r"as prescribed|(?:like|as) (?:the|my|her|his) doctor (?:said|told (?:her|him|me|us))|"
    r"como (?:(?:el|la|o|a) (?:medic[oa]|doctora?)) (?:dijo|le dijo|me dijo|indico|mandou|disse|receitou)|"
    r"comme (?:le medecin|le docteur|la docteure?) (?:a dit|l'a dit|l'a prescrit)|wie (?:der arzt|die "
    r"arztin|es der arzt) (?:gesagt|verschrieben|es gesagt)(?: hat)?|wie verschrieben|come (?:ha detto|"
    r"ha prescritto|aveva detto) (?:il medico|la dottoressa|il dottore)|как (?:сказал|прописал|назначил) "
    r"врач|по назначению врача|doktorun dedigi gibi|jak (?:kazal|zalecil|przepisal) lekarz|sesuai resep|"
    r"sesuai (?:kata|anjuran) dokter|doctor ne (?:kaha|bataya) (?:tha )?waise|"
    r"for (?:my )?(?:grandma|grandmas|grandma's|grandpa|grandpas|grandpa's|nan|nans|nana|gran|granny|"
    r"grandad)|pill ?box|weekly box|dosette|"
    r"for (?:the|my|our|a|this) (?:school |class |family )?(?:trip|holiday|vacation|journey|flight|"
    r"excursion|camp|sleepover)|camp|camping|climbing (?:rope|wall|gym|club|trip|centre|center)|go "
    r"climbing|rock climbing|bouldering|abseiling|swing|rope swing|tug of war|skipping rope|jump rope|"
    r"hammock|tent|"
    r"(?:takes?|taking) me to (?:the )?(?:doctor|doctors|hospital|dentist)|"
    r"farmacia|farmacias|receta|para el viaje|excursion|campamento|escalada|columpio|"
    r"receita|pra viagem|para a viagem|passeio|acampamento|balanco|"
    r"pharmacie|ordonnance|pour le voyage|sortie scolaire|colo|escalade|balancoire|"
    r"apotheke|rezept|fur die reise|ausflug|klassenfahrt|zeltlager|kletter\w*|schaukel|"
    r"ricetta|per il viaggio|gita|campo scuola|campeggio|arrampicata|altalena|"
    r"аптек\w*|рецепт\w*|в поездку|в дорогу|экскурси\w*|лагер\w*|поход\w*|скалодром\w*|качел\w*|"
    r"eczane\w*|recete\w*|gezi\w*|yolculuk\w*|kamp\w*|tirmanma\w*|salincak\w*|"
    r"aptek\w*|recept\w*|wycieczk\w*|oboz\w*|wspinaczk\w*|hustawk\w*|"
    r"apotek|resep|buat liburan|untuk liburan|study tour|kemah|panjat tebing|ayunan|"
    r"medical store|trip ke liye|school trip|jhoole|jhula|"
    r"صيدليه|الصيدليه|للسفر|رحله|الرحله|مرجوحه|للمرجوحه"
)
_PURPOSE = fastre.compile(
    # en
    r"\b(?:to shave|for shaving|shave|shaving|for (?:my |the |a )?razor|for (?:art|crafts?|dt|design|technology|"
    r"my project|the project|a project|lino|pottery|scrapbooking)|art class|art project|"
    r"craft knife|crafting|cutter|scalpel|stanley knife|(?:in case|if|when) i get (?:a |an |my )?"
    r"(?:migraine|headache|cramps|period|allergies|allergy|asthma attack|cold|fever|sick)|for my "
    r"(?:migraine|migraines|headache|headaches|period|cramps|allergy|allergies|asthma|hay fever|"
    r"epilepsy|adhd|cold|flu|acne|skin|dad|mum|mom|brother)|antibiotics|vitamins|"
    r"inhaler|hay fever|adhd|epilepsy|diabetes|insulin|asthma|allergy|allergies|migraines?|skates|"
    r"skating|lawnmower|mower|"
    # es
    r"afeitar(?:me|se)?|depilar(?:me|se)?|para (?:la |mi )?maquinilla|(?:clase|proyecto) de (?:arte|plastica|"
    r"tecnologia|dibujo)|manualidades|cuter|alergia|dolor de cabeza|migrana|la regla|asma|antibioticos|"
    r"vitaminas|"
    # pt
    r"barbear|depilar|raspar|aula de artes?|artesanato|estilete|dor de cabeca|"
    r"enxaqueca|colica|antibioticos?|"
    # fr
    r"raser|pour (?:mon |le |un )?rasoir|epiler|cours d'arts?|arts plastiques|bricolage|allergie|mal de tete|migraine|"
    r"regles|asthme|antibiotiques|vitamines|"
    # de
    r"rasieren|fur (?:den|meinen|einen) rasierer|kunstunterricht|kunst|basteln|cuttermesser|teppichmesser|"
    r"kopfschmerzen|migrane|periode|asthma|antibiotika|vitamine|"
    # it
    r"radermi|per (?:il|un) rasoio|depilarmi|barba|(?:lezione|progetto|corso|ora) di (?:arte|tecnica)|"
    r"taglierino|emicrania|mal di testa|ciclo|antibiotici|vitamine|"
    # ru
    r"для (?:бритвы|станка)|брить\w*|побрить\w*|для (?:труда|рисования|рукоделия|поделок|технологии)|"
    r"канцелярск\w*|для (?:модели|моделей|макета|моделирования)|"
    r"от (?:аллергии|головы|головной боли|температуры|давления|простуды)|"
    r"витамин\w*|"
    # a shop that is closed, a prescription, a trip, a camp, climbing or a swing: "saving
    # pills because the pharmacy is closed at the weekend", "the climbing rope is ready"
    + _SUPPLY + r")\b|"
    # zh
    r"刮胡子|剃|美术|手工|削铅笔|过敏|头疼|头痛|发烧|感冒|维生素|药店|药房|(?<!们)(?<!妈)(?<!出)去(?:旅游|旅行)|旅[游行]用|露营|春游|秋游|秋千|攀岩|复查|看病|去医院|"
    # Devanagari: at a word start ("ट्रिप", a trip, is also the end of "स्ट्रिप", a strip of pills)
    r"(?<!\S)(?:फार्मेसी|ट्रिप|झूले)"
)


# the purpose given to a parent who found the means is the cover story ("mum found the
# blades and i said they were for art"), not a purpose: `selfharm_covert` reads it
_COVER_TOLD = fastre.compile(
    r"\b(?:i (?:said|told (?:her|him|them|my \w+))|i say|le dije|les dije|le digo|j'ai dit|je (?:lui |leur )?"
    r"(?:dis|ai dit)|hab (?:ich )?(?:ihr |ihm |ihnen )?gesagt|sag ich|ho detto|gli ho detto|le ho detto|falei|eu disse|"
    r"сказала|сказал|powiedzialam|powiedzialem|dedim|aku bilang|maine bola|maine kaha|"
    r"(?:thinks?|believes?|cree|creen|piensa|croit|croient|denkt|glaubt|crede|credono|acha|acham|думает|"
    r"mysli|saniyor|ngira|sochti) (?:that |que |dass |che |что |ze )?(?:they|theyre|its|son|eran|c'est|"
    r"sind|sono|sao|eram|это|sa|to))\b"
)


def purpose_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" when the match names a means and an everyday purpose is
    named right around it (module doc), unless the purpose is what the writer
    told a parent."""
    if not _MEANS.search(text, start, end):
        return None
    lo = max(0, start - 60)
    purpose = _PURPOSE.search(text, lo, end + 80)
    if purpose is None:
        return None
    return None if _COVER_TOLD.search(text, lo, purpose.start()) else "mundane"


_SCAR = fastre.compile(r"\b(?:scars?|narben?|cicatri\w*|шрам\w*)\b|疤")
_SCAR_CAUSE = fastre.compile(
    r"\b(?:surgery|operation|accident|acne|chickenpox|cat|dog|fell|stitches|cirugia|operacion|"
    r"accidente|cirurgia|operacao|acidente|chirurgie|unfall|operazione|intervento|incidente|"
    r"brufoli|akne|операци\w*|авари\w*|кошк\w*|прыщ\w*)\b|手术|车祸"
)


# money saved for a sale: "saved up enough money, waiting for the sale", "钱攒够了，就等打折"
# (the scorer reads "saved up ... waiting for" as means kept for a moment)
_MONEY = fastre.compile(
    r"\b(?:money|cash|pocket money|savings|allowance|dinero|plata|ahorros|dinheiro|grana|mesada|"
    r"argent|economies|geld|taschengeld|soldi|paghetta|risparmi|деньг\w*|копил\w* на|parami|"
    r"harclig\w*|para (?:biriktir\w*|topla\w*)|pieniadze|pieniedzy|kase|kasy|kieszonkowe|uang|duit|"
    r"tabungan|nabung|paise|paisa|masari|flous)\b|مصاري|فلوس|钱|零花钱|पैसे"
)
_SALE = fastre.compile(
    r"\b(?:sale|sales|discount|black friday|rebajas|descuento|oferta|promocao|promo|soldes|rabatt|"
    r"angebot|saldi|sconto|распродаж\w*|скидк\w*|indirim\w*|wyprzedaz\w*|promocj\w*|diskon|"
    r"flash sale)\b|打折|促销|双十一|सेल|تخفيضات|خصم|عروض"
)


def everyday_reason(prep: Prepared) -> bool:
    """The message names the everyday reason for what the scorer reads as
    risk: a means with its purpose, a scar with its cause, days without
    food during a fast, money saved for a sale, sweets or a phone in a
    pencil case with no means named (`frames_school_kit.py`), a pet on the
    balcony railing, a pool jump or make-up behind a locked door
    (`frames_edge_everyday.py`), killing oneself with studying or work
    (`frames_idioms.py`)."""
    text = prep.norm if prep.has_cjk else prep.plain
    if _MEANS.search(text):
        if _PURPOSE.search(text):
            return True
    elif (_MONEY.search(text) and _SALE.search(text)) or school_kit_reason(text):
        return True
    if _SCAR.search(text) and _SCAR_CAUSE.search(text):
        return True
    if (offline_reason(text) or app_break_reason(text) or lyric_context(text) or unalive_thing(text)
            or see_you_reason(text) or embarrassed_reason(text) or injury_cause_reason(text)
            or trivial_death_reason(text, prep.norm) or in_trouble_reason(text) or edge_everyday_reason(text)
            or effort_idiom_reason(text)):
        return True
    return _FOOD.search(text) is not None and _FASTING.search(text) is not None


# days without food are a religious or a medical fast, or an illness, when the message names one
# (not 'fasting' alone: pro-ana talk calls starving that)
_FASTING = fastre.compile(
    r"\b(?:ramadan|ramadhan|ramzan|roza|rozay|lent|yom kippur|cuaresma|quaresma|careme|fastenzeit|"
    r"quaresima|пост же|в пост|великий пост|держу пост|соблюдаю пост|постимся|пощусь|blood test|"
    r"surgery|operation|stomach bug|stomach flu|the flu|food poisoning|norovirus|tonsillitis|"
    r"wisdom teeth|my braces|cirugia|operacion|analisis de "
    r"sangre|cirurgia|exame de sangue|prise de sang|blutabnahme|intervento|analisi del sangue|"
    r"операци\w*|анализ\w*|"
    # tr pl id hi: a fast or a stomach illness ("oruçluyum", "mide virüsü", "navratri ka vrat")
    r"oruc\w*|ramazan|mide virus\w*|kan tahlili|wielki post|poszcze|poscimy|grypa zoladkowa|grype "
    r"zoladkowa|na czczo|puasa|sakit maag|maag|cek darah|vrat|navratri|roza|pet kharab)\b|"
    r"رمضان|صيام|صايم|斋月|व्रत|उपवास|रोज़ा|रोजा"
)
_FOOD = fastre.compile(r"\b(?:food|eat|eaten|eating|ate|comer|comido|como|mange|esse|essen|mangio|"
                   r"mangiato|ем|есть|ела|yemedim|yemiyorum|yemek|jadlam|jem|zjadlam|makan|khaya|"
                   r"khana)\b|吃|اكلت|खाया|खाना")


def fasting_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for days without food in a message about a fast."""
    if _FOOD.search(text, start, end) and _FASTING.search(text):
        return "mundane"
    return None


def selfharm_more_frame(text: str, start: int, end: int) -> str | None:
    """The frames of this module's siblings, for a self-harm match that
    `frames.mundane_frame` did not excuse."""
    return (
        recovered_more_frame(text, start, end)
        or recovered_langs_frame(text, start, end)
        or recovered_span_frame(text, start, end)
        or others_knowledge_frame(text, start, end)
        or helpseeking_frame(text, start, end)
        or advice_frame(text, start, end)
        or quoted_advice_frame(text, start, end)
        or urge_helped_frame(text, start, end)
        or purpose_frame(text, start, end)
        or fasting_frame(text, start, end)
        or streak_frame(text, start, end)
        or eating_frame(text, start, end)
        or offline_frame(text, start, end)
        or healing_frame(text, start, end)
        or lyric_frame(text, start, end)
        or handled_frame(text, start, end)
        or condemned_frame(text, start, end)
        or see_you_frame(text, start, end)
        or embarrassed_frame(text, start, end)
        or injury_cause_frame(text, start, end)
    )


# frames after which the scorer must not hold what the rules excused: it
# reads the same self-harm words ("cutting herself", "hurt myself") without
# the frame and would undo the excuse
_EXCUSING = ("frame:recovered:", "frame:helpseeking:", "frame:advice:", "frame:lyric:",
             "frame:handled:", "frame:knowledge:",
             # someone else at risk, excused as fiction, the topic or advice ("w serialu
             # dziewczyna stoi na moście i chce skoczyć"): "chce" is also the writer's
             # "chcę" without its accent, and the scorer read it so (session 14)
             "frame:generic:self_harm:others_acute")
# quoted words excused by the ordinary frames; declined only inside quoted advice
_QUOTED = ("frame:quote:", "frame:generic:")


def declines_model(prep: Prepared, verdict: Verdict) -> bool:
    """The learned scorer's stage leaves this message alone: a rule's match
    was excused as a recovered past or help-seeking for a friend, or the
    message names the everyday reason (`everyday_reason`), or quoted words
    were excused in a message of advice around them (`quoted_advice`: "se
    alguém escrever 'não quero mais viver', fala com um professor")."""
    if any(r.startswith(_EXCUSING) for r in verdict.reasons):
        return True
    if any(r.startswith(_QUOTED) for r in verdict.reasons) and quoted_advice(prep.plain):
        return True
    return everyday_reason(prep)
