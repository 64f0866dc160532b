"""Someone met online at risk now, and a rooftop reached (session 16): the
rules of this round, one concept per module.

* `selfharm_others_online_edge*.py`: someone the child knows only online (a
  guy from the gaming server, someone they play roblox with, a streamer) on
  a roof, a bridge, a window or a balcony, saying they will jump - the game
  that names the person no longer excuses the report.
* `selfharm_others_online_bye.py`: a goodbye to everyone and then
  unreachable, for the online people too, with the bare game names no longer
  an everyday reason, and Turkish "hoşça kalın herkese" / "ulaşamıyoruz".
* `selfharm_others_online_roof.py`: the writer on a rooftop now or tonight
  with an ending ("i'm on the roof rn and i'm done", "الليلة رح أطلع عالسطح
  وخلص"), named `self_harm:planning`.

Shared shape: `selfharm_others_online_base.py`.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_online_bye import RULES as _BYE_RULES
from .selfharm_others_online_edge import RULES as _EDGE_RULES
from .selfharm_others_online_edge_langs import RULES as _EDGE_LANGS_RULES
from .selfharm_others_online_roof import RULES as _ROOF_RULES

RULES: list[Rule] = [*_EDGE_RULES, *_EDGE_LANGS_RULES, *_BYE_RULES, *_ROOF_RULES]
