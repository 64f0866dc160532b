"""Killing oneself *with* an activity: "vou me matar de estudar", "me voy a
matar estudiando", "voglio ammazzarmi di studio", "je vais me tuer à la
tâche", "i'm killing myself studying for finals", "قتلت حالي دراسة".

Why: in Portuguese, Spanish, Italian, French and Levantine Arabic, "kill
oneself" followed by an activity ("de estudar", "a trabajar", "di studio",
"à réviser", "دراسة") is the everyday way to say "work oneself to the
bone"; English says it in the progressive and the past ("i'm killing
myself working double shifts", "killed myself revising").  The disclosure
rules read "vou me matar" and held "essa semana vou me matar de estudar pro
simulado, depois quero só dormir".  Most present-tense forms ("me mato
estudiando", "mi ammazzo di studio", "je me tue à la tâche") were never
matched; the future and wish forms ("vou me matar", "me voy a matar",
"ammazzarmi", "je vais me tuer") are.  German says it in one verb ("ich
lerne mich tot", "totgearbeitet"), which no rule reads but the learned
scorer did.  Laughing ("me matei de rir", "killed myself laughing") is
`frames_laughing.py`'s.

How: a self-harm match whose verb is a kill-oneself verb is "hyperbole"
when the activity follows it at once (after the rest of the word, a
reflexive and at most three words of the period or of intensity: "vou me
matar essa semana de estudar"; "vou me matar hoje depois de estudar" is
not the idiom) and the message never says it is meant or names a serious cause.
Only activities of effort are listed - study, work, training, revising,
homework - each with the preposition or the gerund the idiom takes: "de
tanto que sofro", "de verdade", "amanhã", "por ela" are not activities, so
"vou me matar", "vou me matar de verdade" and "quero me matar de tanto que
sofro" stay held.  English only in the progressive or the past: "i'm gonna
kill myself studying" and "i want to kill myself studying" stay held (the
future there reads as a wish with a reason).  Places ("au boulot", "at
work", "no trabalho") are left out: there the idiom and a real plan read
alike.  Polish "zabiję się z tą nauką" is left alone: Polish says the idiom
with dying ("umieram ze śmiechu"), which already passes.

`effort_idiom_reason` gives the learned scorer the same reading of a whole
message (`frames_more.everyday_reason`), so that it does not hold what the
rules excused.  Patterns run on the phrase form (accents stripped, commas
dropped).
"""

from __future__ import annotations

from . import fastre

# the kill-oneself verb, inside the match or just after it ("رح موت" + "حالي")
_KILL_SELF = fastre.compile_phrase(
    r"\b(?:killing my ?self|killed my ?self|(?:me|te|se|nos) mat\w*|mat(?:ar|ando|ei|ou)-?(?:me|se)\b|"
    r"matar|matarme|matandome|mi ammazz\w*|ammazzarmi|ammazzandomi|mi uccid\w*|uccidermi|uccidendomi|"
    r"(?:me|te|se) tu(?:e|es|er|ais|ait|ant|era|erai|é|ée|és)\b)|قتل\w* (?:حالي|نفسي)|اقتل (?:حالي|نفسي)|"
    r"موت\w* حالي"
)
# what the idiom takes after the verb, per language
_ACTIVITY = (
    # pt
    r"(?:de|a) (?:tanto )?(?:estudar|trabalhar|treinar|malhar|revisar|fazer (?:licao|dever|trabalho)\w*)|"
    r"de (?:estudo|trabalho|treino)|estudando|trabalhando|treinando|malhando|revisando|"
    # es
    r"(?:de|a) (?:tanto )?(?:estudiar|trabajar|currar|entrenar|repasar|hacer deberes)|"
    r"estudiando|trabajando|currando|entrenando|repasando|"
    # it
    r"di (?:studio|lavoro|compiti|allenamento|palestra)|a (?:studiare|lavorare|allenarmi)|"
    r"studiando|lavorando|allenandomi|sui libri|"
    # fr
    r"a (?:la tache|bosser|travailler|reviser|taffer|charbonner|m'entrainer)|en (?:revisant|bossant|"
    r"travaillant)|"
    # en (the verb's tense is checked apart)
    r"studying|working|revising|training|doing (?:homework|coursework|revision)|"
    # ar: "دراسة", "بالدراسة", "من الدراسة", "شغل"
    r"(?:ب|من |من ال|بال|ال)?(?:دراسه|مذاكره|شغل|تمرين)"
)
# what may stand between the verb and the activity: the period it lasts and an
# intensifier ("vou me matar essa semana de estudar", "je vais me tuer ce week-end à
# réviser"), never a word that starts another clause ("vou me matar hoje depois de
# estudar", "im killing myself tonight after studying" stay held)
_GAP = (
    r"essa|esta|esse|este|this|cette|ce|questa|questo|semana|week|semaine|settimana|mes|mois|mese|"
    r"month|weekend|week-end|finde|fim de semana|fin de semana|all|whole|tutta|tutto|toda|todo|"
    r"tout|le|la|il|o|el|agora|ahora|ora|now|literalmente|letteralmente|litteralement|literally|"
    r"really|mesmo|muito|ancora|encore|noch|هالاسبوع|هالفتره|اليوم"
)
_AFTER = fastre.compile_phrase(
    r"\w*(?: (?:me|mi|myself|حالي|نفسي))?(?: (?:" + _GAP + r")){0,3} (?:" + _ACTIVITY + r")(?!\w)"
)
# the writer means it or names a serious cause (whole message)
_SERIOUS = fastre.compile_phrase(
    r"\b(?:de verdade|de verdad|en serio|sul serio|davvero|pour de vrai|pour de bon|for real|fr|frfr|"
    r"seriously|not joking|no joke|i mean it|nao e brincadeira|nao to brincando|no es broma|no estoy "
    r"bromeando|non scherzo|je rigole pas|sans rire|serieux|"
    r"pra sempre|para sempre|para siempre|per sempre|pour toujours|forever|"
    r"suicid\w*|sofr\w*|sufr\w*|souffr\w*|soffr\w*|suffer\w*|"
    r"minha vida|mi vida|ma vie|la mia vita|my life|ninguem|nadie|personne|nessuno|nobody|no one|"
    r"me odeio|me odio|je me deteste|mi odio|hate my ?self|sozinh\w*|sol[oa]|seule?|alone|"
    r"nao aguento mais|ya no puedo|j'en peux plus|non ce la faccio piu|cant take it|"
    r"remedios|pastillas|comprimidos|cachets|pills|corda|cuerda|corde|rope|ponte|puente|pont|"
    r"bridge|telhado|tejado|toit|tetto|roof|faca|cuchillo|couteau|coltello|knife)\b|"
    r"بجد|والله|حياتي|محد|لحالي|انتحار|للابد"
)
# German in one verb: "ich lerne mich tot", "ich hab mich totgearbeitet" (the scorer's)
_DE_TOT = fastre.compile(
    r"\b(?:lern\w*|arbeit\w*|schuft\w*|trainier\w*|acker\w*|buffel\w*|bueffel\w*|pauk\w*) "
    r"(?:mich|uns)(?: \w+){0,3}? tot\b|\btot(?:gelernt|gearbeitet|geschuftet|trainiert|gebuffelt|"
    r"gepaukt|lernen|arbeiten|schuften)\b"
)


def _idiom_at(text: str, start: int, end: int) -> bool:
    """A kill-oneself verb starts inside text[start:end] (English: only
    "killing / killed myself") and the idiom's activity follows it."""
    verb = _KILL_SELF.search(text, start, min(len(text), end + 12))
    if verb is None or verb.start() > end:
        return False
    return _AFTER.match(text, max(end, verb.end())) is not None


def effort_idiom_frame(text: str, start: int, end: int) -> str | None:
    """"hyperbole" for a kill-oneself match that the idiom's activity follows,
    in a message that never says it is meant (module docstring)."""
    if not _idiom_at(text, start, end) or _SERIOUS.search(text):
        return None
    return "hyperbole"


def effort_idiom_reason(text: str) -> bool:
    """The message kills the writer only with an activity (or, in German, works
    them to death in one verb): the scorer declines it, as the rules' frame
    does for their matches."""
    verbs = list(_KILL_SELF.finditer(text))
    if verbs:
        idiom = all(_idiom_at(text, m.start(), m.end()) for m in verbs)
    else:
        idiom = _DE_TOT.search(text) is not None
    return idiom and _SERIOUS.search(text) is None
