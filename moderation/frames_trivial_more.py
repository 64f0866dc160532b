"""School and game hyperbole the other hyperbole frames miss: the thing that
"killed me", and death wishes about a test in French, Italian and
Portuguese.

Why: children say a test or a level killed them and that they can't take
any more: "ce contrôle de maths m'a tuée, j'en peux plus", "este examen me
mató, no puedo más", "diese Prüfung hat mich umgebracht, ich kann nicht
mehr", "essa prova me matou, não aguento mais", "this maths test killed me
i cant anymore".  `frames_hyperbole.py` excuses "can't take any more" only
next to laughter, and `frames_trivial.py` death wishes about a trivial
cause only in Spanish, German, Indonesian and Hindi, so these were held as
disclosures; "je veux mourir ce contrôle de maths mdr" too.

Two excuses ("hyperbole"):

* a **trivial cause that killed the writer** near the match: a test, an
  exam, homework, a teacher, a school subject, a game level or boss as the
  subject of "killed me / is killing me / is going to kill me" in the
  message's language ("m'a tuée", "me mató", "me matou", "hat mich
  umgebracht", "mi ha uccisa", "killed me", "меня убила"), within about a
  hundred characters of a "can't take any more" match or a plain death
  wish (not an English one: English death wishes are left to their own
  frames, as in `frames_trivial.py`);
* for a plain death wish in French, Italian or Portuguese ("je veux
  mourir", "voglio morire", "quero morrer"), the conditions
  `frames_trivial.py` uses in its four languages: a trivial cause in the
  sentence with laughter ("mdr", "ptdr", "kkkk", 😂 💀) or named as the
  reason ("à cause du contrôle", "a causa della verifica", "por causa da
  prova").

Never excused: a message that says it is meant or names the writer's
life, loneliness or self-hatred ("pour de vrai", "sérieux", "personne",
"ma vie", "davvero", "nessuno", "de verdade", "ninguém", "not joking",
"nobody"), a wish to kill oneself ("me tuer", "me suicider", "uccidermi",
"me matar", "kill myself") and "je veux mourir" with no cause at all.

Used by `frames_context.context_frame` for self-harm rules, after
`frames_trivial.trivial_frame`.  Patterns run on the phrase form (accents
stripped, commas dropped); the laughing emoji are read in `norm`.
"""

from __future__ import annotations

from . import fastre
from .frames import sentence_bounds
from .frames_hyperbole import _CANT_ANYMORE
from .frames_trivial import _CAUSE, _DEATH, _LAUGH, _LAUGH_EMOJI, _SERIOUS, _STRONG

# a plain death wish in French, Italian or Portuguese
_DEATH_FR_IT_PT = fastre.compile(r"\b(?:mourir|crever|morire|morrer)\b")
_STRONG_MORE = fastre.compile(
    r"\b(?:me tuer|me suicider|me foutre en l'air|en finir|mettre fin|uccidermi|ammazzarmi|farla finita|"
    r"me matar|me suicidar|acabar com tudo|kill myself|end it|убить себя|покончить)\b"
)
_SERIOUS_MORE = fastre.compile(
    r"\b(?:vraiment|serieux|serieuse|serieusement|pour de vrai|c'est pas une blague|je rigole pas|"
    r"personne|ma vie|je me deteste|je me hais|tout seul|toute seule|marre de (?:tout|vivre|la vie)|"
    r"davvero|sul serio|nessuno|la mia vita|mi odio|non scherzo|da sol[oa]|"
    r"de verdade|serio|ninguem|minha vida|me odeio|nao (?:to|estou|tou) brincando|sozinh[oa]|"
    r"not joking|not even joking|no joke|my life|hate myself|"
    r"не шучу|серьезно|никто|моя жизнь|ненавижу себя)\b"
)
# school and game causes in the languages `frames_trivial` does not list
_CAUSE_MORE = (
    # fr
    r"controles?|interros?|interrogation|exam|examens?|bac|brevet|devoirs?|dm|ds|partiels?|maths?|"
    r"physique|chimie|francais|anglais|histoire|profs?|cours|niveau|boss|jeu|"
    # it
    r"verific[ah]e?|interrogazion[ei]|compit[oi]|esam[ei]|professoressa|prof|matematica|fisica|"
    r"chimica|latino|partita|"
    # pt
    r"provas?|testes?|exames?|dever|licao|trabalho|professora?|matematica|fisica|quimica|fase|"
    # en
    r"tests?|exams?|homework|maths?|teacher|quiz|essay|revision|physics|chemistry|biology|lesson|"
    r"level|boss|game|match|"
    # ru
    r"контрольн\w*|экзамен\w*|огэ|егэ|домашк\w*|училк\w*|математик\w*|физик\w*|химия|уровень|игра"
)
_CAUSES = r"(?:" + _CAUSE + r"|" + _CAUSE_MORE + r")"
_CAUSE_RX = fastre.compile(r"\b" + _CAUSES + r"\b")
# the cause as the subject that killed the writer, a few words before the verb
_KILLED_ME = fastre.compile(
    r"\b" + _CAUSES + r"\b(?: \S+){0,4}? (?:"
    r"(?:m'a|m'ont|va me|vont me|me) (?:tue|tuee|achevee?|detruite?|tuer|achever|detruire)|"
    r"(?:me|nos) (?:mato|mataron|va a matar|esta matando|destrozo|revento|matou|mataram|vai matar|"
    r"ta matando|acabou comigo)|"
    r"(?:hat|haben|hatte) mich (?:\S+ )?(?:umgebracht|gekillt|fertig gemacht|zerstort|getotet|"
    r"erledigt)|bringt mich (?:\S+ )?um|"
    r"mi (?:ha|hanno) (?:uccis[oa]|distrutt[oa]|ammazzat[oa]|stes[oa]|finit[oa])|mi (?:uccide|"
    r"ammazza|distrugge|sta uccidendo)|"
    r"(?:killed|destroyed|murdered|ended) me|(?:is|was) (?:going to|gonna) kill me|is killing me|"
    r"(?:меня )?(?:убил\w*|добил\w*|убьет|убивает)(?: меня)?)\b"
)
# the cause named as the reason: "a cause du controle", "a causa della verifica"
_BECAUSE = fastre.compile(
    r"\b(?:a cause (?:du|de la|de l'|des|de ce|de cette|de mon|de ma|de mes)|a causa (?:del|della|"
    r"dello|dei|delle|di questo|di questa)|por causa (?:do|da|dos|das|desse|dessa|deste|desta)) ?"
    + _CAUSES + r"\b"
)
# every `_KILLED_ME` match holds one of these words: a window without any is not searched
# (a set test on its words is cheaper than any regex over it)
_KILL_WORDS = frozenset("""
    tue tuee tuer achevee acheve achever detruit detruite detruire mato mataron matar matando
    destrozo revento matou mataram acabou umgebracht gekillt fertig zerstort getotet erledigt
    bringt ucciso uccisa distrutto distrutta ammazzato ammazzata steso stesa finito finita uccide
    ammazza distrugge uccidendo killed kill killing destroyed murdered ended
    убил убила убило убили добил добила добило добили убьет убивает
""".split())
_LAUGH_MORE = fastre.compile(r"\b(?:mdr+|ptdr+|xptdr|k{4,}|(?:rs){2,})\b")
_SENT_END = fastre.compile(r"[.!?]")


def school_hyperbole_frame(text: str, start: int, end: int, norm: str = "") -> str | None:
    """"hyperbole" when the "can't take any more" or death wish at
    text[start:end] is about a test or a game that "killed" the writer, or
    (French, Italian, Portuguese) a death wish about a test with laughter
    or the test as its reason (module doc)."""
    # (an English match may start after its "i": "i can not take it anymore")
    cant = _CANT_ANYMORE.search(text, max(0, start - 2), end)
    wish = _DEATH_FR_IT_PT.search(text, start, end)
    death = wish or _DEATH.search(text, start, end)
    if cant is None and death is None:
        return None
    # the excuses first (they fail on almost every message), what forbids them last
    if not (_killed_me(text, start, end) or (wish is not None and _about_a_test(text, start, end, norm))):
        return None
    if _STRONG.search(text, start, end) or _STRONG_MORE.search(text, start, end):
        return None
    if _SERIOUS.search(text) or _SERIOUS_MORE.search(text):
        return None
    return "hyperbole"


def _killed_me(text: str, start: int, end: int) -> bool:
    """A trivial cause "killed" the writer within about 100 characters of the match."""
    lo, hi = max(0, start - 100), end + 100
    if _KILL_WORDS.isdisjoint(text[lo:hi].split()):
        return False
    return _KILLED_ME.search(text, lo, hi) is not None


def _about_a_test(text: str, start: int, end: int, norm: str) -> bool:
    """A trivial cause in the sentence, with laughter or named as the reason."""
    left, right = sentence_bounds(text, start, end, _SENT_END)
    if _CAUSE_RX.search(text, left, right) is None:
        return False
    if _LAUGH.search(text, left, right) or _LAUGH_MORE.search(text, left, right):
        return True
    return _LAUGH_EMOJI.search(norm) is not None or _BECAUSE.search(text, left, right) is not None
