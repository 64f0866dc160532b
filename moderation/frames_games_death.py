"""Dying in a game or at sport: "this level is impossible i'm gonna die 💀💀
(in the game lol)", "je vais mourir sur ce niveau mdr", "me voy a morir con
este nivel jajaja", "vou morrer nessa fase kkkkk", "im gonna die in
minecraft the creeper is right behind me", "we're gonna die in the next
round lmao", "me voy a morir en el entreno jaja".

Why: a player's character dies, and children say so in the first person;
the self-harm rules read "i'm gonna die" / "je vais mourir" alone and hold
it.  `frames_games.py` only excuses threats at another player,
`frames_trivial.py` a death wish about a trivial cause in four other
languages.  Here a plain death phrase (die, mourir, morir, morrer, sterben,
morire, умереть, ölmek, umrzeć, mati, marna, 死) is excused ("game") when
the game is explicit:

* a game is named in the match's sentence or the one before it: a game's
  name, a game noun with a place word, a word only games use
  (`frames_games`), a level, a boss, a round, a checkpoint, respawning,
  "in the game" / "this game" (not a bare "games": "i want to die, i can't
  even play games anymore" stays held), or a sport's practice, match,
  race or laps;
* and the death is tied to it: the game noun follows the death phrase
  within a few words ("die in minecraft", "mourir sur ce niveau", "morir
  con este nivel"), or the message laughs (lol, 💀, 😭, jaja, mdr, kkkk).

Never excused, whatever the game: a message that says it is meant or
names the writer's life ("not even joking", "fr", "for real", "i don't
care anymore", "my life", "nobody", "en serio", "ma vie", "mein leben"),
the real world ("irl", "not in the game", "after this game"), and a match
that is more than dying ("kill myself", "suicide", "end it", "me matar").

Used by `frames_context.context_frame` for self-harm rules (it has the
normalised text, where the laughing emoji survive).  Patterns run on the
phrase form (accents stripped, parentheses dropped).
"""

from __future__ import annotations

import re

from . import fastre
from .frames import sentence_bounds
from .frames_banter import _laughs
from .frames_games import _NAMES_WORD, _PLACE_NAME, _PLACE_NOUN, _TERMS, _game_in

# the match must be a plain death phrase ("die", not "kill myself")
_DIE = fastre.compile(
    r"\b(?:die|dying|died|dead|morir|morirme|muero|mourir|meurs|crever|creve|morrer|morro|sterben|"
    r"sterbe|morire|muoio|умру|умереть|умираю|сдохну|olecegim|olucem|olcem|olmek|olmek istiyorum|"
    r"umre|umrzec|umieram|mati|mar jaunga|mar jaungi|mar jaunga|marna|marne|mar gaya|mar gayi)\b|मर|死"
)
_STRONG = fastre.compile(
    r"\b(?:kill|killing|myself|suicid\w*|unaliv\w*|end it|end my|matar\w*|me tuer|tuer|me matar|"
    r"umbring\w*|selbstmord|uccidermi|ammazzarmi|убить|убью|покончить|intihar|zabic|bunuh|"
    r"khudkushi)\b|自杀|杀了我"
)
# a game or a sport named (besides `frames_games._game_in`): level, boss, round ...
_GAME_NOUN = fastre.compile(
    r"\b(?:levels?|lvl|bosse?s?|final boss|round|checkpoint|respawn\w*|speedrun|raid|dungeon|"
    r"creepers?|(?:in|on|at|this|that|the|my|our) (?:stupid |dumb )?game|in-game|ingame|"
    r"nivel|jefe(?: final)?|partida|ronda|este juego|en el juego|"
    r"niveau|boss|partie|manche|ce jeu|dans le jeu|"
    r"fase|chefe|chefao|nesse jogo|neste jogo|no jogo|"
    r"runde|in diesem spiel|im spiel|livello|partita|in questo gioco|nel gioco|"
    r"уровн\w*|босс\w*|катк\w*|в игре|в этой игре|bolum\w*|oyunda|bu oyun\w*|poziom\w*|w grze|"
    r"gamenya|di game|game mein|game me|"
    # sport
    r"practice|training|match|race|laps?|marathon|beep test|bleep test|cross country|pe lesson|"
    r"entreno|entrenamiento|partido|carrera|treino|jogo de futebol|entrainement|la course|"
    r"trainings?|spiel heute|allenamento|тренировк\w*|матч\w*|antrenman\w*|macta|macin|maci|trening\w*|"
    r"mecz\w*|latihan|pertandingan|lomba)\b|"
    r"关卡|这关|这一关|游戏里|副本|比赛|训练"
)
# a wish ("i want to die") is only excused with the game right after it
_WISH = fastre.compile(
    r"\b(?:want|wanna|wish|quiero|veux|quero|will|mochte|voglio|хочу|istiyorum|chce|mau|pengen|"
    r"chahta|chahti)\b|想"
)
# the writer means it, names their life or the real world (whole message)
_SERIOUS = fastre.compile(
    r"\b(?:not (?:even )?joking|no joke|not a joke|fr|frfr|for real|seriously|honestly|i mean it|"
    r"irl|in real life|real life|not in the game|nobody|no one|anymore|any more|do not care|dont care|"
    r"my life|hate myself|hate my life|tired of|sick of|alone|can not even|cant even|after (?:this|the|"
    r"that) (?:game|match|round|level)|only thing|hates? me|not (?:ok|okay|fine|alright)|in my sleep|wake up|"
    r"eaten|starving|"
    r"en serio|de verdad|no es broma|mi vida|(?:ya|you) no|nadie|sol[oa]|serieux|serieusement|sans rire|pour de "
    r"vrai|ma vie|plus envie|personne|de verdade|serio|minha vida|ninguem|nao aguento|ernsthaft|"
    r"im ernst|kein witz|mein leben|niemand|keiner|sul serio|non scherzo|la mia vita|nessuno|"
    r"серьезно|не шучу|моя жизнь|никто|по-настоящему|cidden|gercekten|hayatim|kimse|naprawde|"
    r"moje zycie|nikt|beneran|serius|hidup|sach mein|zindagi|koi nahi)\b|认真|真的|活着|没人|不想活"
)
_SENT = fastre.compile(r"[.!?。！？]")
# what may follow the death phrase within three words ("die in minecraft", "mourir sur ce
# niveau", "die on level 12"; not "..., i used to love this game")
_GAME_RXS = (_GAME_NOUN, _NAMES_WORD, _PLACE_NAME, _PLACE_NOUN, _TERMS)
# the five as one pattern (none has a group or a flag): one call per word instead of five
_GAME_AT = fastre.compile("|".join(f"(?:{rx.pattern})" for rx in _GAME_RXS))


class _ByFirstChar:
    """`_GAME_AT.match(...) is not None`, with only the alternatives that start
    with the character at that position.  Why: the five patterns are 357
    alternatives, and a match attempt walks all of them (the code of each:
    most of the cost on a message that has just run other stages); a word
    starting with "c" needs the dozen that start with "c".  Exact: every
    alternative starts with a literal character (or a digit, "\\d") once its
    leading groups are distributed, and one can only match where that
    character is; only whether some alternative matches counts here.  Built
    on first use (the rule modules, which hold the helper, import this one)."""

    def __init__(self) -> None:
        self.table: dict[str, re.Pattern[str]] | None = None
        self.digit: re.Pattern[str] | None = None
        # the first word of a match: one of `words`, or a word starting with one of the
        # `stems` under its first character ("level" of "levels?", "respawn" of
        # "respawn\\w*"); any other word starts no game word
        self.words: frozenset[str] = frozenset()
        self.stems: dict[str, tuple[str, ...]] = {}

    def build(self) -> dict[str, re.Pattern[str]]:
        from .lead_trie import lead_alternatives
        from .rules import _split_top

        by_char: dict[str, list[str]] = {}
        digit: list[str] = []
        for rx in _GAME_RXS:
            for top in _split_top(rx.pattern):
                bound = top.startswith("\\b")
                alts = lead_alternatives(top[2:] if bound else top, 5000)
                if alts is None:  # not expected: the whole pattern, every character
                    self.digit = _GAME_AT
                    self.table = {}
                    return self.table
                for alt in alts:
                    (digit if alt.startswith("\\d") else by_char.setdefault(alt[0], [])).append(
                        ("\\b" if bound else "") + alt)
        self.digit = fastre.compile("|".join(digit)) if digit else None
        words: set[str] = set()
        stems: dict[str, set[str]] = {}
        for c, alts in by_char.items():
            for alt in alts:
                run = _literal_run(alt[2:] if alt.startswith("\\b") else alt)
                if " " in run:
                    words.add(run[: run.index(" ")])
                else:
                    stems.setdefault(c, set()).add(run)
        self.words = frozenset(words)
        self.stems = {c: tuple(sorted(runs)) for c, runs in stems.items()}
        self.table = {c: fastre.compile("|".join(alts)) for c, alts in by_char.items()}
        return self.table

    def match(self, text: str, at: int, right: int) -> bool:
        table = self.table if self.table is not None else self.build()
        c = text[at : at + 1]
        if table and not c.isdecimal():
            space = text.find(" ", at)
            word = text[at:space] if space != -1 else text[at:]
            if word not in self.words and not word.startswith(self.stems.get(c, ())):
                return False
        rx = table.get(c)
        if rx is not None and rx.match(text, at, right) is not None:
            return True
        return (self.digit is not None and (c.isdecimal() or not table)
                and self.digit.match(text, at, right) is not None)


def _literal_run(alt: str) -> str:
    """The literal text every match of `alt` starts with (up to its first
    special character, without a character a quantifier makes optional)."""
    for i, c in enumerate(alt):
        if c in "\\()[]{}|.^$?*+" or alt[i + 1 : i + 2] in ("?", "*", "+", "{"):
            return alt[:i]
    return alt


_GAME_STARTING = _ByFirstChar()

# the little words that may stand between: prepositions, articles, demonstratives
_LITTLE = frozenset("""
    in on at with to during this that the these next final last first my our a an every
    en con el la los las este esta ese esa del al de
    sur ce cette dans le les au du des a
    no na nessa nesse neste nesta nos nas essa esse com o
    in diesem dieser dem der im am auf bei beim
    nel nella questo questa su sul sulla in quel quella
    на этом этой в во
    w na tym tej
    di ini itu
    is iss us pe par
""".split())
_ZH_NOUNS = ("关", "这关", "这一关", "游戏", "副本", "比赛", "训练")


def _game(text: str, left: int, right: int) -> tuple[int, int] | None:
    """Span of the first game noun, name or game-only word between left and right."""
    m = _GAME_NOUN.search(text, left, right)
    if m is not None:
        return m.span()
    return _game_in(text, left, right)


def game_death_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'game' when the death phrase at text[start:end] is a death in a game
    or at sport named next to it, and the message never says it is meant."""
    if _DIE.search(text, start, end) is None or _STRONG.search(text, start, end) is not None:
        return None
    left, right = sentence_bounds(text, start, end, _SENT)
    # the tests in order of cost (all must hold): the death tied to the game - a game
    # word right after it, or laughter - fails on almost every message and is cheap for
    # a wish ("i want to die": only the words right after it are read); a serious word
    # anywhere in the message, then the game named (a dozen patterns) come after it
    if not (
        _game_right_after(text, end, right)
        or (_WISH.search(text, start, end) is None and _laughs(text, norm))
    ):
        return None
    if _SERIOUS.search(text) is not None:
        return None
    # the sentence before counts too ("this level is impossible. i'm gonna die lol")
    prev_left, _ = sentence_bounds(text, max(0, left - 1), max(0, left - 1), _SENT) if left else (0, 0)
    if _game(text, prev_left, right) is None:
        return None
    return "game"


def _game_right_after(text: str, end: int, right: int) -> bool:
    """A game noun or name right after the match, behind three little words at
    most ("die in the final boss", "mourir sur ce niveau", "die this boss")."""
    if text.startswith(_ZH_NOUNS, end):
        return True
    i = end
    for _ in range(4):
        while i < right and text[i] == " ":
            i += 1
        if i >= right:
            return False
        at = i + 2 if text.startswith(("l'", "d'"), i) else i
        if _GAME_STARTING.match(text, at, right):
            return True
        nxt = text.find(" ", i, right)
        if nxt == -1 or text[i:nxt] not in _LITTLE:
            return False
        i = nxt
    return False
