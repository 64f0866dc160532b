"""Self-harm written with emoji: "i want to 🪦", "did it again 🩸🩸",
"🔪🩸 again tonight lol dont tell anyone", "🪢 soon".

The emoji reach the phrase form as reserved words (`emoji_words.py`:
🪦 -> "emoji_grave", 🩸 -> "emoji_blood" ...); a pill, rope or razor emoji is
also a member of the signals stage's means family, so "💊💊💊 tonight and
then i'm done" is means + despair there.  The rules here are for what only
emoji say:

* **the act as a verb**: a death emoji where a wish or plan puts its verb
  ("i want to 🪦", "je veux ⚰", "voy a 🪦"), a rope emoji after the same, or
  a means emoji followed by "myself";
* **an injury emoji and a relapse or a secret**: a knife, razor or drop of
  blood within a few words of "again" / "did it again" / "relapsed" /
  "don't tell anyone" (es, pt, fr, de, it too);
* **rope or a grave and "soon"**: "🪢 soon", "🪦 tonight" (not "we're tying
  the 🪢 soon").

One emoji alone never holds ("🔪 cooking class today", "my cat scratched me
🩸 lol", "took my vitamins 💊", "rip my phone 🪦"), and neither does a
laughing skull (💀 is not read at all).  A named cause of the blood is an
accident (`frames_accident.py`: "my cat scratched me again 🩸").
"""

from __future__ import annotations

from .rules import Rule, rule

_DEATH = r"(?:emoji_grave|emoji_coffin)"
_INJURY = r"(?:emoji_knife|emoji_razor|emoji_blood)"
_MEANS = r"(?:emoji_knife|emoji_razor|emoji_pill|emoji_rope)"
_MORE = r"(?: emoji_\w+)*"  # a row of emoji: "🔪🩸", "🩸🩸"
_WISH = (
    r"(?:want to|going to|ready to|about to|need to|i will|i would|quiero|me quiero|voy a|me voy a|"
    r"je veux|j'veux|jveux|je vais|ich will|ich mochte|ich werde|voglio|vado a|quero|vou)"
    r"(?: just| simply| really| finally| solo| simplemente| juste| einfach| endlich| so| only| so)?"
)
_MYSELF = r"(?:myself|my self|mich|moi|me|mi|mim)"
_AGAIN = (
    r"(?:again|did it|done it|relapsed|relapse|otra vez|de nuevo|lo hice|recai|recaida|encore|a "
    r"nouveau|rechute|wieder|nochmal|ruckfall|di nuovo|l'ho rifatto|ricaduta|de novo|outra vez|"
    r"recaida)"
)
_SECRET = (
    r"(?:do not tell (?:anyone|anybody|my \w+|mum|mom)|(?:no one|nobody|noone) knows|no le digas "
    r"a nadie|nadie (?:lo )?sabe|dis(?: le)? a personne|personne (?:ne )?(?:le )?sait|sag(?:s| es)? "
    r"(?:niemandem|keinem)|niemand weiss|non dirlo a nessuno|nessuno lo sa|nao conta (?:pra|para) "
    r"ninguem|ninguem sabe)"
)
_SOON = (
    r"(?:soon|tonight|pronto|esta noche|bientot|ce soir|bald|heute nacht|presto|stasera|logo|em "
    r"breve|hoje a noite)"
)
_TIED = r"(?<!tie the )(?<!tying the )(?<!tied the )(?<!tie a )(?<!tying a )"

RULES: list[Rule] = [
    rule("self_harm:emoji", "self_harm",
         "emoji_grave emoji_coffin emoji_rope emoji_knife emoji_razor emoji_pill",
         r"\b" + _WISH + r" (?:" + _DEATH + r"|emoji_rope)\b|\b" + _WISH + r" " + _MEANS + _MORE
         + r" " + _MYSELF + r"\b",
         framed="generic"),
    rule("self_harm:emoji", "self_harm", "emoji_knife emoji_razor emoji_blood",
         r"\b" + _INJURY + _MORE + r" (?:[\w']+ ){0,4}?(?:" + _AGAIN + "|" + _SECRET + r")\b|\b(?:"
         + _AGAIN + "|" + _SECRET + r") (?:[\w']+ ){0,4}?" + _INJURY + r"\b",
         framed="generic"),
    rule("self_harm:emoji", "self_harm", "emoji_rope emoji_grave emoji_coffin",
         r"\b" + _TIED + r"(?:emoji_rope|" + _DEATH + r")" + _MORE + r" " + _SOON + r"\b|\b" + _SOON
         + r" (?:[\w']+ ){0,2}?" + _TIED + r"emoji_rope\b",
         framed="generic"),
]
