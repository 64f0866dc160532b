"""Arabizi spelling tables for the first-person self-harm rules
(`selfharm_arabizi.py`).

Why tables: one Arabizi word has many spellings because the vowels are free
("baddi", "badde", "beddi", "bde", "bdi", "bidi") and a doubled consonant may
be written once ("baddi", "badi").  The rules before this round listed the
spellings someone had met, so "bdi mout" was held and "beddi mout" was shown
to other children.  `spellings` writes the usual spellings of a word out from
one canonical form, so a table row names a word once and the rules accept
the spellings children type; the digits stay (`packs.ar.az` turns them into
what they become in the phrase form: "7ayati" is read "tayati").

Canonical marks (lower-case letters and digits stand for themselves):

- ``A``: a short vowel that may be dropped: a, e, i or nothing ("bAd~Y")
- ``E``: a short vowel that stays: a, e or i ("jarE7")
- ``U``: a long u: ou, oo, u or o ("mUt": mout, moot, mut, mot)
- ``I``: a long i: i, ee or e ("3Ish": 3ish, 3eesh, 3esh)
- ``Y``: a final i: i, e, y or ee ("bAd~Y": baddi, badde, baddy)
- ``~`` after a letter: it may be doubled ("bad~Y": badi, baddi)

The set is finite and written out, so `alt(...)` accepts exactly those
spellings (tests/moderation/test_selfharm_arabizi.py checks it).

The guards at the end (dying of laughter or for someone; not wanting to live
*here*) are shared with the Arabizi rule of `packs/ar/selfharm.py`, which
held "3ayza amoot mn el da7k" and "ma baddi 3eesh hon" before this round.
"""

from __future__ import annotations

from itertools import product

_MARKS = {
    "A": ("a", "e", "i", ""),
    "E": ("a", "e", "i"),
    "U": ("ou", "oo", "u", "o"),
    "I": ("i", "ee", "e"),
    "Y": ("i", "e", "y", "ee"),
}


def spellings(canon: str) -> tuple[str, ...]:
    """Every spelling of the canonical form `canon` (see the module doc), in a
    fixed order, without repeats."""
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(canon):
        c = canon[i]
        if i + 1 < len(canon) and canon[i + 1] == "~":
            parts.append((c + c, c))
            i += 2
            continue
        parts.append(_MARKS.get(c, (c,)))
        i += 1
    return tuple(dict.fromkeys("".join(p) for p in product(*parts)))


def words(*canons: str) -> tuple[str, ...]:
    """The spellings of several canonical forms (plain words are their own)."""
    out: list[str] = []
    for c in canons:
        out.extend(spellings(c))
    return tuple(dict.fromkeys(w for w in out if w))


def alt(*canons: str) -> str:
    """One non-capturing alternation of every spelling, longest first (so a
    longer spelling is never cut short by its prefix)."""
    ws = sorted(words(*canons), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(ws) + ")"


# -- first-person "want" (Levantine, Egyptian, Gulf, Iraqi, Maghrebi) ------------------------------
WANT = (
    "bAd~Y", "3ayez", "3ayza", "3ayz", "3awez", "3awza", "3aiz", "3ayeza", "3yza", "3yez", "3ayzah",
    "3ayzeh", "nEfsY", "nfsY", "nafsi", "abY", "abgha", "abga", "ab8a", "abghi", "ab8i", "wEd~Y",
    "rId~t", "arId", "aried", "areid", "oreed",
    "bghit", "bghyt", "b8it", "bghiit", "nbghi", "nebghi", "n7Eb~", "nhEb~", "7abeb", "7abba",
    "7abbeb", "batmanna", "atmanna", "batmana", "atmana",
)
# the same want, negated in one word or after "ma" in the Maghrebi way ("ma bghitch")
WANT_NOT = (
    "bghitch", "bghitsh", "b8itch", "nbghich", "nebghich", "n7Ebch", "nhEbch", "nhEbech",
)
NEG = (
    "ma", "mA 3ad", "ma3ad", "ma 3odt", "ma ba2a", "mesh", "mish", "msh", "mush", "mosh", "mo",
    "mu", "mab", "mani", "mana", "mb",
)
# die ("amoot"), Maghrebi first person ("nmout"), suicide verbs
DIE = ("amUt", "mUt", "nmUt", "amUt~", "ante7er", "anta7er", "ento7er", "nenta7er", "nente7er",
       "nti7er")
# suicide, after "going to" ("ra7 ante7er"), and its glued future ("hanta7er")
SUICIDE = ("ante7er", "anta7er", "ento7er", "anta7ar", "nenta7er", "nente7er", "nti7er")
SUICIDE_GLUED = ("hante7er", "hanta7er", "hanto7er", "7ante7er", "7anta7er", "7anto7er")
# live ("a3eesh"; Maghrebi "n3ich"), carry on with my life
LIVE = ("a3Ish", "3Ish", "n3Ish", "a3ich", "3ich", "n3ich", "a3eech", "3eech", "n3eech",
        "ab2a 3aysh", "ab2a 3ayesh", "ab2a 3aysha", "ab2a 3ayshe", "akam~el 7ayati",
        "nkam~el 7yati", "nkam~el 7ayati")
# I wish ("ya reet", "ya laitani"); "ya" reaches the phrase form as "you" (`packs.ar.az`)
WISH = ("ya rait", "ya reet", "ya ret", "ya rayt", "yarait", "yareet", "yaret", "yarayt",
        "ya retni", "yaretni", "yareetni", "ya reetni", "ya raitni", "yaraitni", "ya laitani",
        "ya laitni", "laitani", "laitni", "ya laytni", "laytani")
# going to; meaning to, decided, thinking of (before a first-person verb)
MEAN = ("nawi", "nawye", "nawya", "nawyeh", "2arrart", "qarrart", "9arrart", "karrart", "2arart",
        "qarart", "garrart", "2arrart en", "2arrart an", "qarrart an", "bfak~er", "bafak~er")
WILL = ("ra7", "rah", "ra2", "7a", "ha", "ghadi", "ghad", "gha", *MEAN)
# kill (first person) and the glued future forms ("ha2tel"); Maghrebi "nqtel rasi"
KILL = ("a2tol", "a2tel", "aktol", "aktel", "a9tel", "a9tol", "aqtel", "aqtol", "eqtel", "e2tel",
        "o2tol", "nqtel", "n9tel", "nktel", "nektel", "n2tel", "ne2tel", "amawet", "amaw~et")
KILL_GLUED = ("ha2tel", "ha2tol", "7a2tel", "7a2tol", "ba2tel", "ba2tol", "bi2tol", "b2tol",
              "bentel", "bantel", "bnqtel", "ghan9tel", "ghanqtel", "ra7a2tol")
# end my life
END = ("anhi", "ankhi", "anhee", "anhy", "nanhi", "a5al~es", "a5al~as", "akhal~es", "akhal~as",
       "a5les", "a5alas")
LIFE = ("7ayati", "7yati", "7ayaty", "7yaty", "7ayatii", "3omri", "3emri", "3omry")
# end it ("badde anhiha" - "it" is my life only when the sentence names it)
END_IT = ("anhiha", "ankhiha", "anhiya", "a5al~esha", "a5al~asha", "akhal~esha")
# myself (Levantine "7ali", Egyptian "nafsi", "rou7i"; Maghrebi "rasi")
SELF = ("7ali", "7aly", "nafsi", "nafsy", "nfsi", "nefsi", "nfsy", "rU7i", "rasi", "rassi")
# myself or a part of the body one cuts
BODY = (*SELF, "2idi", "2eedi", "iidi", "idi", "edi", "eidi", "2edi", "2ydi", "yadi", "yeddi",
               "yddi", "dra3i", "dera3i", "zra3i", "zendi", "ma3sami", "me3sami", "2ijri", "ijri",
               "rijli", "rejli", "fa5di", "fakhdi", "gesmi", "jismi", "jesmi", "batni", "3rU2i",
               "shrayeeni", "sharayeeni", "shryani")
# cut / wound / hurt myself, now or as a habit ("bajra7", Levantine "3am ejra7")
CUT_NOW = ("ba2ta3", "ba2at~a3", "ba2at~e3", "b2at~e3", "bi2ta3", "bajra7", "bajre7", "bagra7",
           "bagre7", "bjra7", "bgra7", "bajar~a7", "bashta6", "bshat~e6", "bashat~e6", "ba3aw~er",
           "kanjra7", "kanjre7", "kan9ta3", "kanqta3", "tanjra7")
CUT_BARE = ("ajra7", "ejra7", "ajre7", "agra7", "a2ta3", "e2ta3", "a2at~a3", "a2at~e3", "ashta6",
            "a3aw~er", "njra7", "njre7", "n9ta3", "nqta3")
CUT_PAST = ("jara7t", "jra7t", "gara7t", "gra7t", "2ata3t", "2at~a3t", "2a6a3t", "shata6t",
            "ejra7t", "jre7t", "3aw~art")
# when: "yesterday", "today", "again", "on purpose", "with the blade"
CUT_WHEN = (
    "mbEre7", "embEre7", "imbEre7", "mbar7", "el yom", "elyom", "lyom", "el yUm", "lyUm", "el lela",
    "lleila", "el leila", "hala2", "hal~a2", "hla2", "lbare7", "lbar7a", "lbar7", "emes", "ams",
    "mn shway", "mn shwai", "3amdan", "3an 2asd", "bel 2asd", "bel shafra", "bel mUs", "bel blade",
    "bel cutter", "bel mushrat", "ktir", "kteer", "3ami2", "3amee2", "marra tanye",
    "mara tanye", "kaman marra", "tani", "kaman", "3adi", "kol yom", "kol lela",
)
# no hope left
HOPE_GONE = ("ma ba2a fi", "ma ba2a", "mab2ash fi", "mab2ash", "ma 3ad fi", "ma3ad fi", "mafi",
             "mafish", "mfish", "ma fi", "mafeesh", "mesh fadel", "mish fadel", "ma ba9i")

# -- guards (shared with packs/ar/selfharm.py) ----------------------------------------------------
# dying of laughter, hunger, tiredness, boredom, cold; "killing myself" with studying
TRIVIAL = (
    r"(?!(?: \S+){0,3} (?:da7k|da7ek|d7k|da7ik|de7k|9o7k|ju3|jou3|joo3|goo3|gou3|jo3|go3|ta3ab|ta3b|"
    r"t3ab|nom|noum|noom|zah2|zahe2|malal|6afash|tafash|ta6ash|bard|sa23a|shob|shoub|7ar|7arr|"
    r"3atash|3a6ash|5ajal|khajal|kasal|ghera|8era|dars|drase|dirase|dirasa|study|shoghl|wajeb|"
    r"wajbat|homework|wanasa|wanase|7ob|7obb|gharam|sho2|shou2)\b)"
    # dying for someone or something: "badde mout 3aleki", "bamoot 3al shawarma"
    r"(?! (?:[3e]al|[3e]ala|[3e]a|[3e]la|[3e]le|[3e]alek|[3e]aleki|[3e]aleeki|[3e]aleik|fik|fiki|"
    r"feek|feeki|fih|fiha|feha|feeh)\b)"
)
# not wanting to live *here*, with someone, without someone
WHERE = (
    r"(?! (?:hon|hoon|hena|hina|honik|hnak|henak|fi|fe|f|b|bi|bel|bil|fel|fil|ma[3e]\w*|m[3e]a\w*|"
    r"[3e]and\w*|[3e]end\w*|jamb|ja[3e]|mn|min|men|bdoon|bdun|bala|barra|bara|abroad|"
    r"ka|k|zay|zai|mitl|metl)\b)"
)
