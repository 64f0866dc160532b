"""Hyperbole with a trivial cause in Spanish, German, Indonesian,
Hindi/Hinglish and Chinese: "me quiero morir jajaja el examen de mate", "ich
will sterben haha die mathearbeit morgen", "laper bgt mau mati", "mujhe marna
hai exam kal hai lol", "打王者荣耀被对面五杀了，我不想活了哈哈哈".

Why: children say they want to die about a maths test, hunger or an
embarrassing moment, and the self-harm rules read the death wish alone.
`frames_hyperbole.py` excuses "can't take any more" next to laughter and
`frames_laughing.py` a death *caused* by laughing; neither knows a named
everyday cause.  Here a death-wish match ("me quiero morir", "sterben",
"mati", "marna") is excused ("hyperbole") when a **trivial cause** - an
exam, a test, homework, a teacher, a school subject, hunger, sleepiness,
tiredness, embarrassment, cringe, laughing, a game, a song - is named **in
the same sentence**, and

* laughter is there too ("jaja", "haha", "wkwk", "lol", "xd", 😂 💀), or
* the cause is said to be the reason: attached right before the wish as
  the writer's state ("laper bgt mau mati", "que vergüenza me quiero
  morir", "so peinlich ich will sterben"), linked by "because of" ("por el
  examen", "wegen der klausur", "gara gara ujian", "exam ki wajah se"), or
  an idiom right after it ("de vergüenza", "vor scham", "sharam se").

Tiredness and hunger named *after* a wish count only with laughter ("me
quiero morir de hambre" alone may be about starving; "capek bgt pengen
mati" alone is a disclosure).

Never excused: a real disclosure with laughter and no trivial cause ("me
quiero morir jaja nadie me quiere"); any message that says it is meant or
names the writer's life, loneliness or self-hatred ("de verdad", "en
serio", "nadie", "beneran", "hidup", "ernsthaft", "sach mein",
"zindagi"); a wish that is not a plain death wish ("matarme",
"suicidarme", "bunuh diri", "umbringen", "khudkushi").  English and the
other languages are left to their own frames (this extension is limited
to the four where children's hyperbole was found held).

Used by `frames_context.context_frame` for self-harm rules (it has the
normalised text, where laughing emoji survive).  Patterns run on the phrase
form (accents stripped, commas dropped).
"""

from __future__ import annotations

from . import fastre
from .frames import sentence_bounds

# the match must be a plain death wish in one of the four languages
_DEATH = fastre.compile(
    r"\b(?:morir|morirme|muero|sterben|sterbe|tot sein|mati|mar|marna|marne|mar jana|mar jaun\w*)\b|मर"
)
_STRONG = fastre.compile(
    r"suicid|matar|umbring|selbstmord|bunuh|bundir|khudkushi|khudkhushi|atmahatya|quitarme|cortar|"
    r"ritzen|aatmhatya|आत्महत्या|ख़?ुदकुशी"
)
# the writer means it, or speaks of their life, loneliness or self-hatred (whole message)
_SERIOUS = fastre.compile(
    r"\b(?:nadie|de verdad|en serio|enserio|no es broma|(?:ya|you) no (?:puedo|aguanto)|no aguanto|mi vida|"
    r"me odio|odio mi vida|sol[oa] en el mundo|no quiero vivir|todos me odian|no sirvo|cansad[oa] de "
    r"(?:todo|vivir|la vida)|hart[oa] de (?:todo|vivir|la vida)|"
    r"ernsthaft|im ernst|kein witz|niemand|keiner|mein leben|hasse mich|allein|einsam|nicht mehr leben|"
    r"beneran|serius|sungguh|bukan bercanda|(?:gak|ga|nggak|tidak) bercanda|hidup|idup|sendirian|"
    r"benci diri\w*|(?:ga|gak|nggak|tidak) ada yang|(?:ga|gak|nggak|tidak) kuat|"
    r"sach (?:mein|me|mai)|koi (?:nahi|nhi)|zindagi|akela|akeli|mazak nahi|jeena|jina|"
    r"fr|frfr|for real|seriously|honestly|not joking|no one|nobody)\b|"
    r"ज़?िंदगी|सच में|कोई नहीं"
)
_LAUGH = fastre.compile(
    r"\b(?:(?:ja){2,}\w*|(?:je){2,}\w*|jsjs\w*|(?:ha){2,}\w*|(?:he){2,}\w*|(?:ah){2,}\w*|(?:hi){2,}|"
    r"xd+|lol+|lmao+|lmfao|rofl|wk\w*|awok\w*|xixi\w*|kwkw\w*|ngakak)\b"
)
_LAUGH_EMOJI = fastre.compile("[\U0001f602\U0001f923\U0001f480\U0001f605\U0001f606\U0001f639]")
# the trivial causes
_CAUSE = (
    # es
    r"examen(?:es)?|prueba|parcial(?:es)?|evaluacion|tareas?|deberes|profe\w*|profesor\w*|maestr[oa]s?|"
    r"mates?|matematicas|fisica|quimica|exposicion|hambre|sueno|cansancio|verguenza|que oso|cringe|"
    r"risa|aburrimiento|partida|juego|videojuego|fortnite|minecraft|roblox|cancion|crush|tragame tierra|"
    r"por error|sin querer|"
    # de
    r"prufung\w*|klausur\w*|tests?|mathearbeit|klassenarbeit|schularbeit|arbeit|hausaufgaben|hausis?|"
    r"lehrer\w*|mathe|physik|chemie|referat|hunger|hungrig|mude|peinlich\w*|fremdscham|scham|lachen|"
    r"gelacht|langeweile|spiel|game|zocken|level|song|lied|aus versehen|"
    # id
    r"ujian\w*|ulangan|uts|uas|tugas\w*|pr|guru\w*|dosen\w*|mtk|matematika|fisika|kimia|laper|lapar|"
    r"kelaperan|kelaparan|ngantuk|capek|cape|malu|ketawa|mabar|ranked|lagu\w*|salah kirim|gebetan|crush|"
    # hi
    r"exams?|paper|homework|hw|assignment|teacher|sir|maam|madam|maths?|padhai|tuition|bhook|bhukh|"
    r"bhookh|neend|nind|sharam|sharm|hasi|hansi|gaana|match"
)
_CAUSE_RX = fastre.compile(r"\b(?:" + _CAUSE + r")\b|परीक्षा|एग्जाम|होमवर्क|टीचर|भूख|नींद|शर्म|हंसी|गेम|गाना")
# tiredness and hunger after the wish: only with laughter
_WEAK = frozenset({"hambre", "sueno", "cansancio", "hunger", "hungrig", "mude", "capek", "cape"})
# the writer's state right before the death word (a few words of the wish between):
# "laper bgt mau mati", "que verguenza me quiero morir"
_STATE_BEFORE = fastre.compile(
    r"(?:\b(?:tengo (?:tanta |mucha )?hambre|que (?:hambre|verguenza|oso|sueno|cringe)|tengo (?:tanto |"
    r"mucho )?sueno|tanta verguenza|so (?:peinlich|cringe|hungrig)|(?:voll|mega|wie|extrem) (?:peinlich|"
    r"cringe)|(?:hab|habe) (?:so |voll |mega )?(?:hunger|kohldampf)|(?:laper|lapar|kelaperan|ngantuk|"
    r"malu)(?: (?:banget|bgt|bngt|bener|parah|pol|amat|sumpah))?|(?:bhook|bhukh|bhookh|neend|sharam|"
    r"sharm) (?:lag rahi|lagi|lg rhi|aa rahi|aa rhi|se))(?: \S+){0,3} ?$|(?:भूख|नींद|शर्म) (?:\S+ ){0,3}$)"
)
# "because of" + a cause, anywhere in the sentence
_BECAUSE = fastre.compile(
    r"\b(?:por (?:culpa (?:de|del) )?(?:el |la |los |las |mi |mis |este |esta )?|culpa (?:de|del) "
    r"(?:el |la )?|wegen (?:der |dem |des |dieser |diesem |meiner |meinem )?|(?:gara gara|gegara|grgr|"
    r"gr gr|karena|krn|gara2) (?:\w+ )?)(?:" + _CAUSE + r")\b|\b(?:" + _CAUSE + r") (?:ki|ke) (?:wajah|"
    r"wjh|chakkar|vajah) se\b"
)
# an idiom right after the wish: "de verguenza", "vor scham", "sharam se"
_IDIOM_AFTER = fastre.compile(
    r" (?:de (?:la )?(?:verguenza|pena ajena|risa|aburrimiento)|del (?:cringe|aburrimiento)|vor "
    r"(?:scham|lachen|peinlichkeit|langeweile)|(?:sharam|sharm|hasi|hansi) se)\b"
)
_SENT_END = fastre.compile(r"[.!?]")

# Chinese: a game lost, an exam or an embarrassment, with laughter ("打王者荣耀被对面五杀了，我不想
# 活了哈哈哈😂"); never with a word that it is meant, or life, or being alone
_DEATH_ZH = fastre.compile(r"不想活|想死|死了算了")
_CAUSE_ZH = fastre.compile(
    r"游戏|打游戏|王者|荣耀|吃鸡|原神|和平精英|排位|上分|五杀|连跪|输了|被杀|团灭|考试|考砸|作业|老师|数学|"
    r"物理|社死|尴尬|丢人|丢脸|太难了|迟到"
)
_LAUGH_ZH = fastre.compile("哈哈|呵呵|hhh|笑死|[\U0001f602\U0001f923\U0001f480\U0001f605\U0001f606]")
_SERIOUS_ZH = fastre.compile(r"认真|不是开玩笑|真的想|没人|没有人|活着|人生|生活|孤单|孤独|讨厌自己|恨自己|累了")


def _trivial_zh(text: str, norm: str) -> str | None:
    whole = norm or text
    if _SERIOUS_ZH.search(whole) or not _CAUSE_ZH.search(whole) or not _LAUGH_ZH.search(whole):
        return None
    return "hyperbole"



def trivial_frame(text: str, start: int, end: int, norm: str = "") -> str | None:
    """"hyperbole" when the death wish at text[start:end] is said about a
    trivial cause named in its sentence, with laughter or as its stated
    reason, in a message that never says it is meant (module doc)."""
    if _DEATH_ZH.search(text, start, end) is not None:
        return _trivial_zh(text, norm)
    death = _DEATH.search(text, start, end)
    if death is None or _STRONG.search(text, start, end) is not None:
        return None
    if _SERIOUS.search(text) is not None:
        return None
    left, right = sentence_bounds(text, start, end, _SENT_END)
    sentence = text[left:right]
    causes = [m.group(0) for m in _CAUSE_RX.finditer(sentence)]
    if not causes:
        return None
    if _LAUGH.search(sentence) or _LAUGH_EMOJI.search(norm):
        return "hyperbole"
    # (a rule's match may begin before the state: the Indonesian ones take the words
    # before the wish, "laper bgt mau mati")
    if _STATE_BEFORE.search(text, max(left, death.start() - 40), death.start()):
        return "hyperbole"
    if _BECAUSE.search(sentence):
        return "hyperbole"
    if _IDIOM_AFTER.match(text, end) and not _WEAK.issuperset(causes):
        return "hyperbole"
    return None
