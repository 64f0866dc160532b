"""Handles after a platform cue, second part: ordinary words that are not
handles, handles spelled out letter by letter, and Polish "mój snap to X".

Why:

* "mein insta ist seit 2019 privat", "my insta is currently private": after
  "my <platform> is" the main pass (`PiiRedactor._handle`) takes any word as
  the handle, and these are adverbs, prepositions and states.  `is_ordinary`
  names them in en/de/fr/es/pt/it/pl so the word stays ("my insta is maxwell"
  still loses "maxwell").
* "discord is m a x w e l l # 4 4 2 1": a handle split into single
  characters so that no word looks like one.  After a platform cue (and its
  joiners), a run of five or more single characters separated by spaces is
  redacted whole; "my snap is a mess" has no such run.
* "mój snap to kasia": Polish writes "is" as "to" ("mój snap to kasia_2010");
  the shaped handle was found by the filler pass, a plain name was not.  The
  possessive "mój / moje / mojego" is required, so English "send it on snap to
  kasia" keeps its words.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_handles import _PASSWORD_BEFORE, LEAD_FIRST, platform_words, remove_handles
from .pii_handles import _WORDS as _LEAD_WORDS_RX
from .pii_scripts import _add

ORDINARY = frozenset(
    """since currently still getting being going gonna kinda sorta totally completely finally
    actually probably definitely officially temporarily permanently deleted deactivated
    suspended locked blocked disabled closed full empty boring better worse best worst
    famous popular viral trash mid cringe lit getting set open
    seit nicht noch schon gerade jetzt auch immer echt voll ganz wieder privat öffentlich
    oeffentlich offentlich gesperrt gehackt gelöscht geloescht geloscht weg kaputt leer neu alt
    bald momentan aktuell eigentlich gar kein keine nur sehr zu da dort hier seitdem
    pas plus toujours encore privé prive public bloqué bloque piraté pirate supprimé supprime
    depuis vraiment trop nul vide fermé ferme désactivé desactive
    privado privada público publico desde todavía todavia ya muy bloqueado bloqueada hackeado
    nuevo borrado cerrado vacío vacio más mas
    ainda já ja não nao novo fechado apagado bloqueada
    privato privata pubblico ancora già gia bloccato bloccata non nuovo chiuso cancellato vuoto
    jest nie prywatne prywatny zablokowane zablokowany od juz już"""
    # Arabizi: prepositions, pronouns and everyday words written with the
    # digits for Arabic letters ("shoft video 3la youtube 3an el ahramat":
    # "3an" is "about"; `handle_shaped` refuses such words, the main pass did not)
    """ 3an 3n 3la 3ala 3al 3a 3end 3and 3nd 3ndi 3andi 3ndk 3andak 3ando 3ndo 3andha ma3 ma3a
    m3a ma3ak m3ak ma3aya ma3ai ma3i ma3ah ma3ana ma3kom ba3d b3d ba3den b3den ba3dein 2abl 2bl
    2ablha 2awi 2wi 3ashan 3shan 3lshan 3alashan 3lashan 7aga 7aja 7agat 7ajat 7ata 7atta 7tta
    7elw 7lw 7elwa 7lwa 7ilw 7ilwa 7lwe 3ayez 3ayz 3awez 3awz 3ayza 3awza 3aref 3arfa 3rf 3arif
    ya3ni y3ni ya3ny la2 la2a 2a5er a5er 2a5ir a7la a7san a7sn 5alas 5las 5ales 5alis ba2a b2a
    sa7 sa7i7 s7 3omri 3mri 3lik 3lek 3leik 3leki 3likom 3lekom 3layk 3alaya 3leya ma3lesh ma3lsh
    m3lsh 2ana 2nta 2enta 2enti 2nti 2ento 2ahlan 2hla 3amel 3amla 3aml 3amal t3ala ta3ala t3al
    ta3al 3ajeeb 3ajib 3agib 3agab ra2y ra2yak so2al s2al 2olt 2ult 2al 2alet 2ali 2elt 2alli
    wa7ed wa7da wa7d 7ad 7ada 7add 5ara 5ayef 5ayfa 5eir 5air 5ayr 9a7 9a7i 9ba7 9aba7 sba7
    6ayeb 6ayba 6ab3an 6b3an tab3an tab3n ba2ol ba2ool b2ol bt3ml bta3mel 3amalt 3mlt 3reft
    3raft 3arft 3la6ool 3atool 3al6ool 3atol 3ady 3adi 3adei 3alatool 3ala6ool ma3rafsh
    m3rfsh ma3rfsh msh3arf 3ayesh 3aysh 3ayesha 3alam 3aleha 3aleh 3alih 3aleeh""".split()
)


def is_ordinary(word: str) -> bool:
    """An everyday word that the main pass must not take for a handle."""
    return word.lower() in ORDINARY


# a joiner / filler / ":=@-" chain, then a run of single characters
_SPACED = re.compile(
    r"((?:\s*" + LEAD_FIRST + r"(?:" + re.sub(r"([.'’])", r"\\\1", _LEAD_WORDS_RX) + r")(?![\w'’])"
    r"|\s*[:=@-])*)\s*@?"
    r"(?P<h>[^\W_](?: [\w#._]){4,})(?![\w#])",
    re.I,
)
_SINGLE_RUN = re.compile(r"(?<![\w#])[\w#._] [\w#._] [\w#._] [\w#._]")
# what every `_SINGLE_RUN` match holds (its 2nd and 3rd characters with their
# spaces); a pattern that starts with a literal is searched much faster
_SINGLE_RUN_HINT = re.compile(r" [\w#._] [\w#._] ")
_PL_PLATFORMS = (
    r"snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|discord|telegram|tg|kik|twitter|twitch|"
    r"roblox|steam|fortnite|youtube|yt|facebook|fb|nick|login"
)
_PL_TO = re.compile(
    r"\b(?:mój|moj|moje|mojego|mój)\s+(?:" + _PL_PLATFORMS + r")\s+(?:to|jest)\s*[:-]?\s*@?"
    r"(?P<h>[^\W\d_][\w.\-]{2,29})(?![\w@])",
    re.I,
)


def spaced_handles(
    text: str, platforms: AbstractSet[str], phrase: dict[str, str], reasons: list[str]
) -> str:
    """Redact "m a x w e l l # 4 4 2 1" after a platform cue."""
    if _SINGLE_RUN_HINT.search(text) is None or _SINGLE_RUN.search(text) is None:
        return text
    low = text.lower()
    if len(low) != len(text):
        return text
    spans: list[tuple[int, int]] = []
    for i, start in platform_words(low, platforms, phrase):
        if _PASSWORD_BEFORE.search(low, max(0, i - 30), i):
            continue  # "the password for my insta is l i l y 2 0 1 0": the password pass's
        m = _SPACED.match(text, start)
        if m is None or len(m.group(1).split()) > 4:
            continue
        if sum(c.isalpha() for c in m.group("h")) >= 2:
            spans.append((m.start("h"), m.end("h")))
    return remove_handles(text, spans, reasons)


def polish_handles(text: str, reasons: list[str]) -> str:
    """"mój snap to kasia" -> "mój snap to [handle removed]"."""
    low = text.lower()
    if "moj" not in low and "mój" not in low:
        return text  # no owner of `_PL_TO` ("mój", "moj", "moje": "moje" has "moj")

    def repl(m: re.Match[str]) -> str:
        h = m.group("h")
        if is_ordinary(h) or h.lower() in _NOT_HANDLE:
            return m.group(0)
        _add(reasons, "pii:handle")
        return m.group(0)[: m.start("h") - m.start(0)] + "[handle removed]"

    return _PL_TO.sub(repl, text)


_NOT_HANDLE = frozenset(
    """taki taka takie bardzo totalnie calkiem całkiem zwykly zwykły stary stare nowy nowe moje
    twoje dla tylko teraz wlasnie właśnie chyba raczej zawsze nigdy""".split()
)
