"""Frames for weapon and violence threats.

Game frame: a game named *before* the match in the same sentence a game named *before* the
match in the same sentence ("in fortnite i grab a shotgun and make them all
pay", "en minecraft agarro la espada y los voy a matar a todos").

Why: the threat rules of `harm_weapons.py` look for game words *after* the
weapon ("... in fortnite"), but children as often set the scene first.  Only
a game that frames the action counts ("in/on/playing fortnite", "in the
game", "dans le jeu", "im Spiel"): a bare game name ("fortnite is dumb,
...") does not.  The game must be close (a short clause before the match,
with no "so/because" turning it into a reason) and the sentence must not
bring the threat into the real world (school, class, irl, tomorrow, a
parent's weapon, home), so "in fortnite they bully me so tomorrow im
bringing my dads gun to school and theyll all pay" stays held.

Own threat: the report frame ("they ... will", "he said") does not excuse a
threat whose verb has the writer as subject: in "they bully me so tomorrow
i'll bring a knife and they'll see" the report is the reason and the threat
is the writer's own ("i will bring").  "he said he'd bring a knife and
they'd see" is still a report.

Used by `rules._excuse` for the threat:weapon and threat:violence rules only.
A game named after the threat, or anywhere in its sentence, is read by
`frames_games.py` (tried after this frame, with its own real-world test).
"""

from __future__ import annotations

import re

from . import fastre

_GAMES = (
    r"(?:fortnite|minecraft|roblox|cod|call of duty|warzone|pubg|free fire|freefire|valorant|apex|"
    r"apex legends|gta|gta \d|gta v|fifa|brawl stars|among us|overwatch|rainbow six|r6|csgo|"
    r"cs2|cs go|counter strike|rocket league|clash royale|clash of clans|dead by daylight|dbd|mm2|"
    r"murder mystery(?: 2)?|bedwars|hypixel|skyrim|zelda|terraria|fallout|splatoon|tf2|"
    r"paladins|phasmophobia|da hood|bloxburg|brookhaven|dayz|battlefield|fall guys|"
    r"stumble guys|pokemon|genshin|league of legends|dota|world of warcraft|elden ring|"
    r"dark souls|the sims|sims|"
    r"nerf|paintball|laser tag|airsoft)"
)
# the game frames the action: "in fortnite", "on roblox", "playing cod", "in the game"
_GAME_BEFORE = fastre.compile(
    r"\b(?:(?:in|on|playing|play|when i play|when we play|while playing|at) (?:the |my |our )?"
    + _GAMES
    + r"(?: (?:server|lobby|match|round|game|world|map|mode))?|"
    r"(?:in|on) (?:the|this|that|my|our|a|every) (?:game|match|round|lobby|server|level|mission)|"
    r"in game|in-game|ingame|"
    r"(?:en|dans|sur|no|na|em|auf|im|i am|in|nel|su|w|в) (?:le |el |la |o |a |il )?" + _GAMES + r"|"
    r"dans (?:le|ce|mon) jeu|en (?:el|este|mi) (?:juego|partida)|en la partida|(?:im|i am) spiel|in dem spiel|"
    r"no (?:jogo|game)|nel (?:gioco|videogioco)|в игре|в (?:фортна|майнкрафт|роблокс|доте|кс)\w*|"
    r"w grze|oyunda|di game)\b"
    r"(?P<gap>[^.!?]{0,30})$"
)
# "so", "because": the game is the reason, not the scene
_REASON = fastre.compile(r"\b(?:so|because|cause|cuz|coz|bc|then|thats why|that is why|and now|now)\b")
# the real world in the same sentence
_REAL = fastre.compile(
    r"\b(?:school|class|classroom|irl|real life|for real|fr|tomorrow|tmrw|tonight|monday|tuesday|"
    r"wednesday|thursday|friday|weekend|dads?|mums?|moms?|fathers?|brothers?|uncles?|grandads?|"
    r"house|home|bus|lunch|assembly|canteen|playground|recess|kitchen|garage|"
    r"escuela|colegio|ecole|college|lycee|schule|escola|scuola|manana|demain|morgen|amanha|domani|"
    r"padre|papa|pere|vater|pai|школ\w*|завтра|папин\w*)\b"
)
_SENT_END = fastre.compile(r".*[.!?]", re.S)


def game_frame(text: str, start: int, end: int) -> str | None:
    """'game' when a game frames the match at text[start:end] in its
    sentence (phrase form), else None."""
    m = _SENT_END.match(text, 0, start)
    left = m.end() if m else 0
    before = text[left:start]
    g = _GAME_BEFORE.search(before)
    if g is None or _REASON.search(g.group("gap")):
        return None
    stop = min((i for i in (text.find(p, end) for p in (" . ", " ! ", " ? ")) if i != -1),
               default=len(text))
    if _REAL.search(text, left, stop):
        return None
    return "game"


# the threat verb's subject is the writer: "... so tomorrow i will |bring a knife"
_OWN = fastre.compile(
    r"(?:^|\s)(?:i|we|je|j'|ich|yo|eu|io|я)(?: (?:will|would|shall|am|are|going to|gonna|just|really|"
    r"then|finally|am going to|am gonna|vais|werde|voy a|vou|ll))* $"
)


def own_threat(text: str, start: int) -> bool:
    """True when the words right before text[start] are a first-person
    subject (and modal): the threat is the writer's, whatever report came
    before it in the sentence."""
    return _OWN.search(text, max(0, start - 40), start) is not None
