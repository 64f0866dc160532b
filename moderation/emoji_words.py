"""A few emoji read as self-harm vocabulary: they become reserved words of
the phrase form and the trigger set.

Why: children write the means or the act as an emoji ("did it again 🩸🩸",
"💊💊💊 tonight and then im done", "🪢 soon", "i want to 🪦"), and the phrase
form used to drop every emoji, so no rule could see them.  Each emoji here
becomes one word that no language uses ("emoji_pill"), in place, so that

* the existing cue families can take them as members (the signals stage's
  means family reads "emoji_pill" like "pills": a pill emoji next to "and
  then i'm done" is means + despair, in any language the families cover);
* a few rules written for emoji syntax (`selfharm_emoji.py`: "want to 🪦",
  a knife and blood "again") can name them next to their cue words.

A reserved word rather than the English word: "took my vitamins 💊" must not
read "took my vitamins pills" to rules written for words, and "🔪 cooking
class" must not become "knife cooking class" for the other stages.  Only the
phrase form and the trigger set change; the tokens (lexicon, model) do not.
Laughing skulls (💀, ☠) are left out: "that movie killed me 💀😂".

Three sexual emoji are words too (aubergine, peach, droplets: "🍆💦🍑 u and
me tonight?", "¿te enseño mi 🍆?"): the phrase rules of
`harm_sexual_invites.py` read them next to a proposal, an offer to show or a
"show a little" in every language; alone ("eggplant parm 🍆", "so hot today
💦💦") they match nothing.

Cost: nothing for ASCII messages; one character-class search otherwise.
"""

from __future__ import annotations

import re

EMOJI_WORDS: dict[str, str] = {
    "\U0001F52A": "emoji_knife",  # 🔪
    "\U0001FA92": "emoji_razor",  # 🪒
    "\U0001FA78": "emoji_blood",  # 🩸 drop of blood
    "\U0001F48A": "emoji_pill",  # 💊
    "\U0001FAA2": "emoji_rope",  # 🪢 knot
    "\U0001FAA6": "emoji_grave",  # 🪦 headstone
    "\u26B0": "emoji_coffin",  # ⚰
    # mourning signs closing a farewell ("gracias por todo. perdón. 🥀"): only
    # `selfharm_farewell_emoji.py` reads them, a farewell made of formulas alone
    "\U0001F940": "emoji_wilted",  # 🥀 wilted flower
    "\U0001F5A4": "emoji_black_heart",  # 🖤
    "\U0001F54A": "emoji_dove",  # 🕊
    # sexual emoji, read only by harm_sexual_invites.py
    "\U0001F346": "emoji_eggplant",  # 🍆
    "\U0001F351": "emoji_peach",  # 🍑
    "\U0001F4A6": "emoji_droplets",  # 💦
}
_EMOJI = re.compile("[" + "".join(EMOJI_WORDS) + "]")


def has_emoji_words(norm: str) -> bool:
    """Whether a (non-ASCII) normalised message holds one of the emoji."""
    return _EMOJI.search(norm) is not None


def emoji_to_words(s: str) -> str:
    """Each emoji of the table as its word, spaced ("did it again 🩸🩸" ->
    "did it again  emoji_blood  emoji_blood ")."""
    return _EMOJI.sub(lambda m: f" {EMOJI_WORDS[m.group()]} ", s)


def emoji_words(norm: str) -> set[str]:
    """The words of the emoji in `norm` (for the trigger set)."""
    return {EMOJI_WORDS[e] for e in _EMOJI.findall(norm)}
