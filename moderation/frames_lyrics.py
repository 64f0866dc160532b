"""A song lyric quoted as stuck in one's head.

Why: "'im so tired of being here' is stuck in my head, my mum plays
evanescence every day" was held as a disclosure; so were "cant get 'i wanna
die' by that band out of my head" and "'ya no quiero vivir así' se me pegó
la canción que pone mi mamá".  The words are a song's, and the message says
so: the phrase is quoted, or tied to the song right next to it ("the song
that goes ...", "... is stuck in my head", "... on repeat", "mein Ohrwurm",
"se me pegó", "tourne en boucle", "застряла в голове", "dilime dolandı",
"chodzi mi po głowie", "nempel di kepala", "dimaag mein atak gaya",
"علقت براسي", "洗脑").

A self-harm match is excused ("lyric") when

* a **song cue** (song, lyrics, chorus, band, singing, someone playing it;
  thirteen languages) is within a few words of it,
* and the match is **quoted**, or the cue is a **tie** that says the words
  are a song's (stuck in my head, on repeat, the song that goes, by that
  band, singing),
* and the writer does not take the words as their own ("literally me",
  "so relatable", "that's how i feel", "me identifico", "c'est moi",
  "это про меня", "我就是这样").

A real "i'm so tired of being here" (no song), "... i just listen to sad
songs all day" (a song named but not the source of the words) and "'i'm so
tired of being here' and no one cares" (quoted, no song) stay held.
`lyric_context` gives the learned scorer the same reading for a whole
message (a quoted lyric with a tie).  Only called for a self-harm match
that no other frame excused, so ordinary messages pay nothing.
"""

from __future__ import annotations

from . import fastre

# a song named, or the words going round in one's head
_SONG = fastre.compile(
    r"\b(?:songs?|lyrics?|chorus|verse|band|singer|album|track|playlist|spotify|musical|sings?|earworm|"
    r"singing|sang|plays|playing|blasts|blasting|listening to|cd|radio|"
    r"cancion|canciones|letra|estribillo|cantando|canta|pone|"
    r"musica|refrao|cantora?|"
    r"chanson|paroles|refrain|chante|"
    r"lied|liedes|songtext|singt|ohrwurm|"
    r"canzone|testo|ritornello|"
    r"песн\w*|припев\w*|трек\w*|поет|"
    r"sarki\w*|nakarat\w*|"
    r"piosenk\w*|refren\w*|spiewa|"
    r"lagu(?:nya)?|lirik(?:nya)?|reff|nyanyi\w*|"
    r"gaana|gana|gaane)\b|"
    r"اغنيه|الاغنيه|اغنية|كلمات|بغني|"
    r"गाना|गाने|"
    r"歌|副歌|单曲循环"
)
# the cue says the words are the song's
_TIE = fastre.compile(
    r"\b(?:stuck in my head|out of my head|on repeat|earworm|(?:song|lyric|line) (?:that )?(?:goes|says)|"
    r"by (?:that|this|the) (?:band|singer)|from (?:that|this|the) (?:song|musical|album)|"
    r"(?:keeps|keep|kept|is|was|been) (?:singing|humming|playing)|sings|"
    r"se me pego|no (?:me )?sale de (?:mi|la) cabeza|nao sai da minha cabeca|tourne en boucle|"
    r"dans ma tete|ohrwurm|aus dem lied|in testa|mi e rimasta|застрял\w* (?:у меня )?в голове|"
    r"крутится в голове|dilime dolandi|kafama takildi|chodzi mi po glowie|nempel (?:terus )?di "
    r"kepala|dimaag mein|dimag mein|atak gaya)\b|"
    r"علقت براسي|दिमाग में|洗脑|脑子里|单曲循环|歌词"
)
# the writer takes the words as their own
_ME_TOO = fastre.compile(
    r"\b(?:literally me|so me|relatable|relate|how i feel|i feel (?:that|this|it)|describes me|"
    r"thats me|that is me|me identifico|soy yo|sou eu|me identifico|c'est moi|je me reconnais|"
    r"das bin ich|genau wie ich|sono io|это про меня|это я|tam benim|to ja|aku banget|mera haal)\b|"
    r"我就是这样|说的就是我|这就是我"
)
_QUOTES = "\"'«»“”„"


def _quoted(text: str, start: int, end: int) -> bool:
    """An opening quote shortly before the match and a closing one after it
    (apostrophes inside words do not count)."""
    left = text[max(0, start - 40) : start]
    right = text[end : end + 60]
    opened = any(
        c in _QUOTES and (i == 0 or not left[i - 1].isalnum())
        for i, c in enumerate(left)
    )
    closed = any(
        c in _QUOTES and (i + 1 == len(right) or not right[i + 1].isalnum())
        for i, c in enumerate(right)
    )
    return opened and closed


def lyric_frame(text: str, start: int, end: int) -> str | None:
    """"lyric" when text[start:end] is a song's words (module docstring)."""
    near = text[max(0, start - 60) : end + 80]
    if _SONG.search(near) is None or _ME_TOO.search(text):
        return None
    if _quoted(text, start, end) or _TIE.search(near):
        return "lyric"
    return None


def lyric_context(text: str) -> bool:
    """The message quotes a song and says it is stuck or on repeat (for the
    learned scorer, which reads the quoted words alone)."""
    return (
        any(q in text for q in _QUOTES)
        and _TIE.search(text) is not None
        and _SONG.search(text) is not None
        and _ME_TOO.search(text) is None
    )
