"""Frames read from the rest of the message, tried last by `rules._excuse`.

One entry point so the rule machinery makes one call: it picks the frame by
the rule that matched.

* `bullying:insult`: friendly banter (`frames_banter.py`; a fond
  superlative or "weird" with affection: `frames_banter_love.py`);
* `threat:violence`, `threat:weapon`, `threat:stalking`, and
  `bullying:exclusion`'s "shut up you": gaming trash talk
  (`frames_games.py`), "shut up you" said with affection
  (`frames_banter_love.py`) or as disbelief at the reader's news ("shut
  up you did not just get 100 on the test": `frames_disbelief.py`);
  `threat:violence`: a kill threat whose condition is a spoiler or a
  snack ("te mato si me haces spoiler": `frames_threat_trivial.py`);
  German "ich bring dich um" is also read by the self-harm incitement
  rule ("bring dich um" = "kill yourself"), which the same game and
  spoiler frames excuse when "ich" is its subject; `threat:violence`: a
  wait after school that is a plan between friends ("te espero a la salida
  para ir al cine": `frames_meetup.py`); `threat:*` and
  `grooming:personal_questions`: "i know where you live lol we're
  neighbours, come over" (`frames_neighbours.py`);
* self-harm rules: laughing to death (`frames_laughing.py`), a death wish
  about a trivial cause with laughter (`frames_trivial.py`), a test or a
  level that "killed" the writer and death wishes about a test in French,
  Italian and Portuguese (`frames_trivial_more.py`), dying in a game or at
  sport (`frames_games_death.py`), dying of a trivial cause - food, PE,
  football, music, school - said lightly, in 13 languages
  (`frames_trivial_death.py`);
* grooming rules: advice and reports with a safety step
  (`frames_safety_reports.py`), definitions and lists of signs
  (`frames_definition.py`), requests forbidden or warned against as
  advice, also reported from a teacher or parent (`frames_told_advice.py`),
  a photo asked for of a thing, homework or a pet (`frames_photo_object.py`),
  a question about the law (`frames_nude_lessons.py`), "dm me if you want
  my notes from class" (`frames_everyday_asks.py`);
* the harm stage's sexual requests: a lesson told by an adult ("our teacher
  told us never to trade nudes") and a question about the law ("is it
  illegal to send nudes at 15?": `frames_nude_lessons.py`); "hot" / "spicy"
  things ("do you want to see my hot sauce collection": `frames_everyday_asks.py`);
* spam: a free recharge given as a present, an admin's warning not to send
  a password (`frames_everyday_asks.py`).

Cost: nothing for a message without a rule match; only an unexcused match
of one of these rules runs its frame.
"""

from __future__ import annotations

from .frames_banter import banter_frame
from .frames_banter_love import fond_insult_frame, shut_up_banter_frame
from .frames_definition import definition_frame
from .frames_disbelief import disbelief_frame
from .frames_embarrassed import embarrassed_death_frame
from .frames_everyday_asks import gift_frame, hot_thing_frame, school_dm_frame, staff_warning_frame
from .frames_games import game_talk_frame
from .frames_games_death import game_death_frame
from .frames_laughing import laughing_frame
from .frames_meetup import meetup_frame
from .frames_neighbours import neighbour_frame
from .frames_nude_lessons import law_question_frame, nude_lesson_frame
from .frames_photo_object import photo_object_frame
from .frames_safety_reports import safety_report_frame
from .frames_threat_trivial import trivial_threat_frame
from .frames_told_advice import told_advice_frame
from .frames_trivial import trivial_frame
from .frames_trivial_death import trivial_death_frame
from .frames_trivial_more import school_hyperbole_frame

_PHOTO = "grooming:photo_request"
_OFF_PLATFORM = "grooming:off_platform"
_SEXUAL_ASKS = frozenset({"sexual:request", "sexual:solicit"})
_GAME_RULES = frozenset({"threat:violence", "threat:weapon", "threat:stalking", "bullying:exclusion"})


def context_frame(name: str, categories: tuple[str, ...], text: str, start: int, end: int,
                  norm: str) -> str | None:
    """The frame excusing a match of rule `name` at text[start:end], if any
    (`norm`: the normalised message, which keeps emoji)."""
    if name == "bullying:insult":
        return banter_frame(text, start, end, norm) or fond_insult_frame(text, start, end, norm)
    if name in _GAME_RULES:
        frame = game_talk_frame(name, text, start, end)
        if frame is None and name == "bullying:exclusion":
            frame = shut_up_banter_frame(text, start, end, norm) or disbelief_frame(
                text, start, end, norm
            )
        elif frame is None and name == "threat:violence":
            frame = meetup_frame(text, start, end) or trivial_threat_frame(text, start, end)
        if frame is None and name != "bullying:exclusion":
            frame = neighbour_frame(text, start, end)
        return frame
    if name.startswith("grooming"):
        frame = (
            safety_report_frame(text, start, end)
            or definition_frame(text, start, end, norm)
            or told_advice_frame(name, text, start, end, norm)
        )
        if frame is None and name == _PHOTO:
            frame = photo_object_frame(text, start, end, norm) or law_question_frame(text, start, end)
        elif frame is None and name == _OFF_PLATFORM:
            frame = school_dm_frame(text, start, end, norm)
        elif frame is None and name == "grooming:personal_questions":
            frame = neighbour_frame(text, start, end)
        return frame
    if name in _SEXUAL_ASKS:
        frame = nude_lesson_frame(name, text, start, end, norm) or law_question_frame(text, start, end)
        if frame is None and name == "sexual:solicit":
            frame = hot_thing_frame(text, start, end, norm)
        return frame
    if name == "spam:phishing":
        return staff_warning_frame(text, start, end, norm)
    if name == "spam:scam":
        return gift_frame(text, start, end)
    if "self_harm" in categories:
        frame = (
            laughing_frame(text, start, end)
            or trivial_frame(text, start, end, norm)
            or school_hyperbole_frame(text, start, end, norm)
            or game_death_frame(text, start, end, norm)
            or trivial_death_frame(text, start, end, norm)
            or embarrassed_death_frame(text, start, end, norm)
        )
        if frame is None and name == "self_harm:incitement" and text.endswith("ich ", 0, start):
            frame = game_talk_frame("threat:violence", text, start, end) or trivial_threat_frame(
                text, start - 4, end
            )
        return frame
    return None
