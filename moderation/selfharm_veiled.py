"""Veiled first-person disclosures: a decision with a day, goodbyes
"forever", not living to an age, a last gift, envy of the dead, "if I die
she gets better", dying every night, tried everything, away from everyone
forever, wanting one's life to end (en es in `selfharm_veiled_eu.py`, pt fr
de it in `selfharm_veiled_west.py`, ru pl tr id in `selfharm_veiled_langs.py`,
ar hi zh in `selfharm_veiled_asia.py`; the builder in `selfharm_veiled_base.py`).

Why: these lines passed every rule and the scorer.  Each names no act and no
method, and the closest classes read a neighbouring form only:
`selfharm_stockpile.py` a decision with *leaving this world* or a birthday
("decided. on friday i leave this world"), not "ya lo decidí, el viernes se
acaba todo. perdón a todos" or "ana 5alas 2arrart. yom el gom3a.
matez3alosh meny"; `selfharm_goodbyes_done.py` goodbyes *already said* and
things given away *all*, not "w weekend się ze wszystkimi pożegnam na
zawsze" or "passei minha conta do free fire pro meu primo, não vou mais
precisar"; `selfharm_state.py` "nothing to live for", not "czasem
zazdroszczę ludziom którzy już nie żyją" or "si me muero ella se cura"; the
rule of "je pense à mourir" missed "je pense *juste* à mourir tous les
soirs".  Agreeing with incitement ("olsen daha iyi" ... "bence haklılar",
"disuruh mati" ... "aku beneran kepikiran buat ngelakuin itu") is
`selfharm_agree.py`, whose incitement, agreement and considering tables are
extended for them.

Each class is a pair (or one strong form, or a decision, a day and a
goodbye together) in one message, anchored at the message start so that an
everyday reason anywhere in it excuses the whole message:

* **a decision with a day and a goodbye**: decided + a weekday, tonight,
  the weekend + "it all ends", "don't be angry with me", "sorry everyone";
  "decided: on friday i'm quitting the team" passes (no goodbye, and a team);
* **goodbyes forever**: saying goodbye to everyone + forever; a move, a new
  school or a trip passes;
* **not living to an age or a season** ("не дожить до лета", "ai 16 non ci
  arrivo", "16 tak zinda nahi rahungi"), **one's own expiry date** near
  ("mera expiry date paas hai"; the milk's has no "my"), **the tallest
  building nearby visited alone** ("附近哪栋楼最高 ... 自己去看看"; a school
  project, photos or friends pass);
* **a last gift**: my pet or my game account given away + "I won't need it
  any more", "it isn't for a while", "forever"; outgrown, old, a new one, a
  move, an allergy or the holidays pass ("gave my old bike to my cousin, i
  don't need it anymore, i'm too big");
* **passive wishes and hopelessness**: envy of the dead ("I envy people who
  already finished exams" has no death), "if I die she'll get better" ("if
  I fail, mum will be sad" has no death), thinking of dying every night
  ("dying my hair" is followed by its object), tried everything + tired of
  trying ("tired of trying to learn this level" has an object, and a level),
  away from everyone forever, wanting one's life to end (laughter about a
  crush or a voice note passes).

What passes and why: every pattern's own everyday reasons (`_M_*`, the
shorter `MS_ALL` for a wish said outright, where school words would excuse
a disclosure about bullying at school), and talk about the words (a lesson,
lyrics, advice about a friend, a quotation: `selfharm_veiled_base._TALK`),
which the generic frame cannot see before an anchored match.  The rules are
`framed="generic"`, so no discussion frame excuses the writer's own words
("pour le harcèlement faut en parler aux profs, moi ... je pense juste à
mourir tous les soirs. mais parlez en hein" is held).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_asia import RULES as _ASIA
from .selfharm_veiled_eu import RULES as _EU
from .selfharm_veiled_langs import RULES as _LANGS
from .selfharm_veiled_west import RULES as _WEST

RULES: list[Rule] = [*_EU, *_WEST, *_LANGS, *_ASIA]
