"""More self-harm frames, tried after `frames.mundane_frame`: recovered
pasts in more languages (`frames_recovered_more.py`), a friend's self-harm
reported to an adult (`frames_helpseeking.py`), advice about a friend's
disclosure ("if ur mate says they want to die, tell an adult":
`frames_advice.py`), everyday streaks ("duolingo streak gone, back to day
1": `frames_streak.py`), eating or weight cues next to a fast, an illness
or a sport's weight class (`frames_eating.py`), a goodbye about being
offline next to its reason (`frames_offline.py`), hidden healing marks next
to their cause (`frames_healing.py`), means named with an everyday purpose,
and days without food during a fast (here).

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

import re

from .frames_advice import advice_frame
from .frames_eating import eating_frame
from .frames_healing import healing_frame
from .frames_helpseeking import helpseeking_frame
from .frames_offline import offline_frame, offline_reason
from .frames_recovered_more import recovered_more_frame
from .frames_streak import streak_frame
from .normalise import Prepared
from .verdict import Verdict

_MEANS = re.compile(
    r"\b(?:blades?|razors?|pills?|tablets?|meds|medicine|medication|painkillers|paracetamol|rope|"
    r"cuchillas?|navajas?|hojas? de afeitar|pastillas?|cuerda|soga|laminas?|giletes?|"
    r"comprimidos?|remedios?|corda|lames?|cachets?|comprimes?|medocs?|medicaments?|corde|"
    r"klingen?|rasierklingen?|tabletten|pillen|seil|strick|lamette|lametta|pillole|pastiglie|"
    r"farmaci|лезви\w*|таблет\w*|веревк\w*|inhaler|epipen)\b|刀片|药|绳"
)
_PURPOSE = re.compile(
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
    r"канцелярск\w*|от (?:аллергии|головы|головной боли|температуры|давления|простуды)|"
    r"витамин\w*)\b|"
    # zh
    r"刮胡子|剃|美术|手工|削铅笔|过敏|头疼|头痛|感冒|维生素"
)


def purpose_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" when the match names a means and an everyday purpose is
    named right around it (module doc)."""
    if not _MEANS.search(text, start, end):
        return None
    return "mundane" if _PURPOSE.search(text, max(0, start - 60), end + 80) else None


_SCAR = re.compile(r"\b(?:scars?|narben?|cicatri\w*|шрам\w*)\b|疤")
_SCAR_CAUSE = re.compile(
    r"\b(?:surgery|operation|accident|acne|chickenpox|cat|dog|fell|stitches|cirugia|operacion|"
    r"accidente|cirurgia|operacao|acidente|chirurgie|unfall|operazione|intervento|incidente|"
    r"brufoli|akne|операци\w*|авари\w*|кошк\w*|прыщ\w*)\b|手术|车祸"
)


def everyday_reason(prep: Prepared) -> bool:
    """The message names the everyday reason for what the scorer reads as
    risk: a means with its purpose, a scar with its cause, days without
    food during a fast."""
    text = prep.norm if prep.has_cjk else prep.plain
    if _MEANS.search(text) and _PURPOSE.search(text):
        return True
    if _SCAR.search(text) and _SCAR_CAUSE.search(text):
        return True
    if offline_reason(text):
        return True
    return _FOOD.search(text) is not None and _FASTING.search(text) is not None


# days without food are a religious or a medical fast, or an illness, when the message names one
# (not 'fasting' alone: pro-ana talk calls starving that)
_FASTING = re.compile(
    r"\b(?:ramadan|ramadhan|ramzan|roza|rozay|lent|yom kippur|cuaresma|quaresma|careme|fastenzeit|"
    r"quaresima|пост же|в пост|великий пост|держу пост|соблюдаю пост|постимся|пощусь|blood test|"
    r"surgery|operation|stomach bug|stomach flu|the flu|food poisoning|norovirus|tonsillitis|"
    r"wisdom teeth|my braces|cirugia|operacion|analisis de "
    r"sangre|cirurgia|exame de sangue|prise de sang|blutabnahme|intervento|analisi del sangue|"
    r"операци\w*|анализ\w*)\b|رمضان|صيام|صايم|斋月"
)
_FOOD = re.compile(r"\b(?:food|eat|eaten|eating|ate|comer|comido|como|mange|esse|essen|mangio|"
                   r"mangiato|ем|есть)\b|吃")


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
        or helpseeking_frame(text, start, end)
        or advice_frame(text, start, end)
        or purpose_frame(text, start, end)
        or fasting_frame(text, start, end)
        or streak_frame(text, start, end)
        or eating_frame(text, start, end)
        or offline_frame(text, start, end)
        or healing_frame(text, start, end)
    )


# frames after which the scorer must not hold what the rules excused: it
# reads the same self-harm words ("cutting herself", "hurt myself") without
# the frame and would undo the excuse
_EXCUSING = ("frame:recovered:", "frame:helpseeking:", "frame:advice:")


def declines_model(prep: Prepared, verdict: Verdict) -> bool:
    """The learned scorer's stage leaves this message alone: a rule's match
    was excused as a recovered past or help-seeking for a friend, or the
    message names the everyday reason (`everyday_reason`)."""
    if any(r.startswith(_EXCUSING) for r in verdict.reasons):
        return True
    return everyday_reason(prep)
