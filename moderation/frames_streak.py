"""An everyday streak: "duolingo streak gone, back to day 1", "volví al día
0 de mi dieta jaja", "снова день 0 в игре".

Why: `selfharm_relapse.py` holds "back to day 0" / "day one again" as a
relapse (children in recovery count clean days), but apps, games, diets
and habits count days too.  A day-zero match in a message that names such
a streak anywhere (before or after it) is excused as "mundane".  The rules
start with the day-zero literal, so the check of the whole message is a
frame: it only runs for a self-harm match, never for ordinary messages.
"""

from __future__ import annotations

from . import fastre

# everyday streaks and habits: a message naming one is about it, not self-harm
EVERYDAY = (
    r"(?:snap\w*|duolingo|wordle|bereal|tiktok|app|game|games|gaming|fortnite|minecraft|roblox|"
    r"chess|ranked|xp|level|diet|dieting|gym|workout|running|run|steps|reading|book|practice|"
    r"practise|piano|guitar|homework|revision|studying|sugar|caffeine|coffee|soda|chocolate|"
    r"junk food|vape|vaping|smoking|cigarettes?|drinking|alcohol|sober|weed|nail biting|biting my "
    r"nails|screen time|phone|dieta|gimnasio|juego|regime|jeu|diat|spiel|flamme|palestra|gioco|"
    r"academia|jogo|диет\w*|игр\w*|спортзал|стрик)"
)
_EVERYDAY = fastre.compile(r"\b" + EVERYDAY + r"\b")
# a day-zero / reset match (not "relapsed": that names the act)
_DAY0 = fastre.compile(
    r"\b(?:day|dia|jour|tag|giorno|день) (?:0|zero|cero|null|ноль|1|one|uno|eins|первый)\b|"
    r"\b(?:reset|resetting|restart|restarting|racha)\b"
)


def streak_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for a day-zero match in a message about an everyday streak."""
    if _DAY0.search(text, start, end) and _EVERYDAY.search(text):
        return "mundane"
    return None
