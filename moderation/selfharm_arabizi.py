"""First-person self-harm disclosures in Arabizi (Arabic in Latin letters with
digits for sounds), spelling breadth (session 14).

Why: Arab children chat in Arabizi in several dialects, and its vowels are
free.  The Arabic pack (`packs/ar/selfharm.py`) held "bdi mout" and "ha2tel
nafsi" but showed "badde mout", "beddi mout", "bde mout", "ra7 anhi 7ayati"
and "ra7 a2tol 7ali" to other children.  These rules are built from the
spelling tables of `selfharm_arabizi_words.py` (one canonical form per word,
its usual spellings written out) and hold, in Levantine, Egyptian, Gulf,
Iraqi and Maghrebi spellings:

- wanting to die: "beddi mout", "3ayza amoot", "abgha amoot", "ridt amoot",
  "bghit nmout", "ya reet amoot", "ya reet ma kont 3aysh", "ra7 ante7er", "hanta7er";
- killing myself / ending my life: "ra7 a2tol 7ali", "ghadi nqtel rasi",
  "baddi anhi 7ayati", "2arrart ante7er", "... 7ayati w badde anhiha", finishing
  myself off ("bfakker a5alles 3ala 7ali el leila", session 15);
- no hope left, as the whole message ("ma ba2a fi 2amal");
- not wanting to live: "ma baddi 3eesh", "mesh 3ayez a3eesh", "ma bghitch n3ich";
- cutting or hurting myself now or as a habit ("bajre7 7ali", "3am ejra7
  7ali"), or recently ("jara7t 7ali mbere7").

What passes: dying of laughter, hunger, tiredness or for someone ("badde mout
mn el da7k", "bamoot 3al akl", "badde mout 3aleki"), games ("ra7 a2tol 7ali
fel game"), "mama ra7 t2telni" (someone else kills me), not wanting to live
*here* ("ma baddi 3eesh hon"), bread ("mesh 3ayez 3eesh": Egyptian "3eesh" is
bread, so the bare form is only read after the Levantine "baddi"), an oath
("ba2ta3 2idi iza ..."), cutting by accident or in the kitchen, vegetables and
hair; and through the package's frames, advice ("iza sa7bak 2al badde mout"),
reports, lessons and the past that is over.

The patterns are written with the digits and passed through `packs.ar.az`
(the phrase form reads "7ayati" as "tayati", "3eesh" as "eeesh"); guards
written as character classes ("[3e]al") are left as they are.
"""

from __future__ import annotations

from .packs.ar import az, az_triggers
from .rules import Rule, rule
from .selfharm_arabizi_words import (
    BODY,
    CUT_BARE,
    CUT_NOW,
    CUT_PAST,
    CUT_WHEN,
    DIE,
    END,
    END_IT,
    HOPE_GONE,
    KILL,
    KILL_GLUED,
    LIFE,
    LIVE,
    MEAN,
    NEG,
    SELF,
    SUICIDE,
    SUICIDE_GLUED,
    WANT,
    WANT_NOT,
    WILL,
    WISH,
    alt,
    words,
)
from .selfharm_arabizi_words import (
    TRIVIAL as _TRIVIAL,
)
from .selfharm_arabizi_words import (
    WHERE as _WHERE,
)


def _trig(*groups: tuple[str, ...]) -> str:
    """Trigger words: every single word of the groups' spellings, with their
    Latin spellings (`az_triggers`)."""
    ws = [w for g in groups for phrase in words(*g) for w in phrase.split()]
    return az_triggers(" ".join(dict.fromkeys(ws)))


# -- guards ---------------------------------------------------------------------------------------
# a game, a character, a film in the same sentence
_GAME = (
    r"(?![^.!?]*\b(?:game|gaim|level|lvl|minecraft|roblox|fortnite|pubg|free ?fire|character|"
    r"charecter|player|boss|fifa|among us|film|movie|mosalsal|series)\b)"
)
# an oath ("ba2ta3 2idi iza ...": I'd cut off my hand if ...)
_OATH = r"(?! (?:iza|eza|law|lw|itha|en|inno|enno|lau|ila)\b)"
# an accident, the kitchen, vegetables, hair, paper in the same sentence
_ACCIDENT = (
    r"(?![^.!?]*\b(?:bel ?ghalat|bil ?ghalat|ghalat|8alat|ghala6|bala [2']?asd|mn gh[ae]ir [2']?asd|"
    r"m[ei]?sh [2']?asdi|ghasban|accident|salata|sala6a|ba9al|basal|bandora|banadora|tama6em|"
    r"tamatem|5odra|khodra|5yar|tab5|tabkh|tabe5|matba5|matbakh|kitchen|akl|sha3r|sha3ri|wara2|"
    r"paper|ma2as|2alam|9andal|football|koora|kura|match|wa2a3t|w2e3t|we2e3t|sa2a6t)\b)"
)
_END = r"(?= ?[.!?]| ?$)"
# the past that is over: "kont badde mout zaman bs halla2 ana mni7a" (a "kont" right before,
# and later in the message "now" with "fine" or "better"); "kont badde mout mbere7" is held
_PAST_OVER = (
    r"(?:(?<!kont )(?<!kunt )(?<!knt )(?<!kint )(?<!kent )(?<!konet )|(?!.*\b(?:halla2|hala2|halla|"
    r"hallaq|hal2|hla2|dlwa2ti|delwa2ti|dilwa2ti|dlwa2ty|el 7in|al7in|hal 2ayam|hal2ayam)\b(?: \S+){0,3}? "
    r"(?:mni7|mnee7|mne7|kwayes|kwayis|kwais|kwayseh|a7san|mabsoot|mabsout|ba5eer|bkhair|bkheir|"
    r"tamam|mlee7|mli7|zaina|zeina)\w*))"
)
# my life at school or university, not my life: "badde anhi 7ayati el madrasiye"
_NOT_SCHOOL = (
    r"(?! (?:el |al |l)?(?:madrasiye|madrasiyye|madrasia|madrasiya|madrasiyya|jam3iyye|jam3iye|"
    r"jam3ia|jam3iya|dirasiye|dirasiyye|dirasia|dirasiya|ta3limiye|mihaniye|mehaniye))"
)

_WANT = alt(*WANT)
# "3ish" without its digit is the English "ish" (and "ich" German): not a trigger
_LIVE_TRIGGERS = " ".join(
    w for w in _trig(LIVE[:10]).split() if w not in ("ish", "esh", "ich", "aba", "abaa", "ab2a")
)
_DIE = alt(*DIE)

RULES: list[Rule] = [
    # -- wanting to die: "beddi mout", "3ayza amoot", "ridt amoot", "bghit nmout", "ya reet amoot"
    rule("self_harm:disclosure", "self_harm", _trig(DIE, SUICIDE_GLUED, ("mett", "mitt", "mutt")),
         az(r"\b" + _PAST_OVER + _WANT + _GAME + r" (?:an |en |eni |ini |inni |enni )?" + _DIE + r"\b" + _TRIVIAL
            + r"|\b" + alt(*MEAN) + r" (?:an |en |eni |ini |inni |enni )?" + _DIE + r"\b" + _TRIVIAL
            # going to commit suicide: "ra7 ante7er", "hanta7er" (not "ra7 mout": I'll die of ...)
            + r"|\b" + alt(*WILL[:8]) + r" (?:ana )?" + alt(*SUICIDE) + r"\b" + _TRIVIAL + r"|\b"
            + alt(*SUICIDE_GLUED) + r"\b" + _TRIVIAL
            + r"|\b" + alt(*WISH) + r" (?:ana |eni |ini |inni )?(?:" + _DIE[3:-1]
            + r"|mett|mitt|mutt|mt)\b" + _TRIVIAL),
         framed="generic"),
    # -- I wish I were not alive / never born: "ya reet ma kont 3aysh"
    rule("self_harm:disclosure", "self_harm", _trig(WISH),
         az(r"\b" + alt(*WISH) + r" (?:ana )?(?:ma|mat|la|mo|mesh) ?(?:kont|kunt|kent|konet|kint|knt) "
            r"(?:3aysh|3ayesh|3aysha|3ayshe|3ayish|mawjood|mawgood|mawjoud|mawjooda|mawgooda|"
            r"mawjoude)\b|"
            r"\b" + alt(*WISH) + r" (?:ana )?(?:ma|mat|la|mo) ?(?:et?walad\w*|twaladt|itwaladt|"
            r"enwaladt|jit [3e]al donya|jit [3e]a hal donya|jit [3e]ala el donya|5le2t|5ele2t|khle2t)"),
         framed="generic"),
    # -- killing myself: "ra7 a2tol 7ali", "bade a2tel nafsi", "ghadi nqtel rasi", "bentel nafsi"
    rule("self_harm:disclosure", "self_harm", _trig(KILL, KILL_GLUED),
         az(r"\b" + alt(*WILL, *WANT) + _GAME + r" (?:ana )?" + alt(*KILL) + " " + alt(*SELF) + r"\b"
            + _TRIVIAL + r"|\b" + alt(*KILL_GLUED) + _GAME + " " + alt(*SELF) + r"\b" + _TRIVIAL),
         framed="generic"),
    # -- ending my life: "ra7 anhi 7ayati", "baddi a5alles 3ala 7ayati"; "it" when the sentence
    # names my life: "ta3abt mn 7ayati w badde anhiha"
    rule("self_harm:disclosure", "self_harm", _trig(END, END_IT),
         az(r"\b" + _PAST_OVER + alt(*WILL, *WANT) + r" (?:ana )?" + alt(*END) + r" (?:(?:mn|min|men|"
            r"[3e]ala|[3e]a|[3e]la) )?(?:el |al )?" + alt(*LIFE) + r"\b" + _NOT_SCHOOL + "|"
            # finishing myself off: "bfakker a5alles 3ala 7ali el leila"
            r"\b" + _PAST_OVER + alt(*WILL, *WANT) + r" (?:ana )?" + alt(*END) + r" (?:[3e]ala|[3e]a|[3e]la) "
            + alt(*SELF) + r"\b(?! (?:kol|kell|kello|kollo|hal|hay|hayda|haida|wajib|shi)\b)"
            r"(?! (?:el|al|l) (?!lei?la\b|leile\b|lela\b|yom\b|youm\b|sobo7\b)\w)"
            + _NOT_SCHOOL + "|"
            # the bare verb leading the message: "a5allas 7ayati", "ana anhi 7ayati w 5alas"
            r"(?:^|\bana |\blazem |\blazim )" + alt(*END) + " " + alt(*LIFE) + r"\b" + _NOT_SCHOOL + "|"
            r"\b" + alt(*LIFE, "el 7aya", "hal 7aya", "el donya", "hal donya", "3ishti", "3eshti")
            + r"\b[^.!?]{0,40}? " + alt(*WILL, *WANT) + r" (?:ana )?" + alt(*END_IT) + r"\b"),
         framed="generic"),
    # -- no hope left, the whole message: "ma ba2a fi 2amal", "5alas mafi amal bi 7ayati"
    rule("self_harm:hopeless", "self_harm", "2amal amal 'amal",
         az(r"^(?:(?:ana|wallah|walla|wallahi|5alas|khalas|5las|bas|bs) )*" + alt(*HOPE_GONE)
            + r" (?:[3e]andi |[3e]ndi |fi |bi )?(?:ay |ayy |aya )?[2']?amal(?: (?:5alas|khalas|"
            r"abadan|ya rab|fi 7ayati|bi 7ayati|b7ayati|bel 7aya|bl 7aya|fel 7aya))?" + _END + r"|"
            r"\b" + alt(*HOPE_GONE) + r" (?:[3e]andi |fi )?(?:ay |ayy )?[2']?amal (?:fi|bi|b) ?(?:el |al )?"
            r"(?:7ayati|7yati|7aya|donya|dunya)\b"),
         framed="generic"),
    # -- not wanting to live: "ma baddi 3eesh", "mesh 3ayez a3eesh", "ma abi a3eesh",
    # "ma bghitch n3ich"; the bare "3eesh" (Egyptian: bread) only after Levantine "baddi"
    rule("self_harm:disclosure", "self_harm", _LIVE_TRIGGERS,
         az(r"\b" + alt(*NEG) + r" (?:ana )?(?:" + _WANT[3:-1] + r") (?:an |en |eni |ini )?"
            + alt(*[w for w in LIVE if not w.startswith("3")]) + r"\b" + _WHERE + r"|"
            r"\b" + alt(*NEG) + r" (?:ana )?" + alt("bAd~Y") + " " + alt("3Ish", "3ich", "3eech")
            + r"\b" + _WHERE + r"|"
            r"\b(?:ma |m)" + alt(*WANT_NOT) + " " + alt(*[w for w in LIVE if not w.startswith("3")])
            + r"\b" + _WHERE + r"|"
            r"\bma" + alt("bAd~Y", "bi", "bgha", "bghit") + " " + alt(*LIVE) + r"\b" + _WHERE),
         framed="generic"),
    # -- cutting or hurting myself now or as a habit: "bajre7 7ali", "ba2ta3 iidi", "3am ejra7
    # 7ali", "baddi ajra7 7ali"; recently: "jara7t 7ali mbere7"
    rule("self_harm:injury", "self_harm", _trig(CUT_NOW, CUT_BARE, CUT_PAST),
         az(r"\b" + alt(*CUT_NOW) + _ACCIDENT + " " + alt(*BODY) + r"\b" + _OATH + r"|"
            r"\b(?:[3e]am|[3e]ambi|[3e]am bi)" + _ACCIDENT + " " + alt(*CUT_BARE) + " " + alt(*BODY)
            + r"\b" + _OATH + r"|"
            r"\b" + alt(*WILL, *WANT) + _ACCIDENT + r" (?:ana )?" + alt(*CUT_BARE) + " " + alt(*BODY)
            + r"\b" + _OATH + r"|"
            r"\b" + alt(*CUT_PAST) + _ACCIDENT + " " + alt(*BODY) + r"(?: \S+){0,2}? " + alt(*CUT_WHEN)
            + r"\b"),
         framed="generic"),
]
