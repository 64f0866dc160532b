"""Putting the discussion under the consultation's guiding questions.

Chat has no threads, so each message is assigned to one question:

1. By keyword overlap: the message's content words are compared with each
   question's content words (same tokeniser and stopwords as the themes; words are
   compared on their first 5 letters, a crude stemming that works the same in every
   alphabetic language: "schools"/"school", "écoles"/"école"; Chinese compares
   character bigrams). The question sharing the most words wins; ties go to the
   earlier question.
2. By time slice, if no question shares a word: facilitators usually take the
   questions in order, so each room's open period is cut into as many equal slices
   as there are questions and the message goes to the slice it was posted in.

The report states for each question how many messages came by each method, so a
reader can judge how much rests on the time-slice guess.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from consult_server.clock import utc
from consult_server.export.source import RoomInfo
from consult_server.export.themes import QuotePicker, terms, top_terms

STEM = 5


def stem(word: str) -> str:
    return word if len(word) <= STEM else word[:STEM]


def keywords(text: str) -> set[str]:
    return {stem(t) for t in terms(text, max_n=1)}


@dataclass
class QuestionStats:
    question: str
    by_keywords: int = 0
    by_time: int = 0
    terms: Counter[str] = field(default_factory=Counter)

    @property
    def messages(self) -> int:
        return self.by_keywords + self.by_time


@dataclass
class QuestionAssigner:
    questions: list[str]
    rooms: dict[int, RoomInfo]
    stats: list[QuestionStats] = field(default_factory=list)
    quotes: QuotePicker = field(default_factory=QuotePicker)
    _keys: list[set[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stats = [QuestionStats(q) for q in self.questions]
        self._keys = [keywords(q) for q in self.questions]

    def _by_time(self, room_key: int, when: datetime) -> int:
        room = self.rooms.get(room_key)
        n = len(self.questions)
        if room is None or n == 1:
            return 0
        start, end = utc(room.starts), utc(room.ends)
        span = (end - start).total_seconds()
        if span <= 0:
            return 0
        position = (utc(when) - start).total_seconds() / span
        return min(n - 1, max(0, int(position * n)))

    def add(self, room_key: int, when: datetime, text: str, message_terms: set[str], speaker: str) -> int | None:
        """Assign one message; returns the question index (None when there are no questions)."""
        if not self.questions:
            return None
        words = {stem(t) for t in message_terms if " " not in t}
        overlaps = [len(words & keys) for keys in self._keys]
        best = max(overlaps)
        if best > 0:
            index = overlaps.index(best)
            self.stats[index].by_keywords += 1
        else:
            index = self._by_time(room_key, when)
            self.stats[index].by_time += 1
        self.stats[index].terms.update(message_terms)
        # Keyword-matched messages answer the question more surely: prefer them as quotes.
        self.quotes.offer(f"q{index}", text, f"{room_key}:{speaker}", bonus=0.5 * min(best, 3))
        return index

    def key_phrases(self, index: int, k: int = 5) -> list[str]:
        question_terms = terms(self.questions[index])
        return top_terms(self.stats[index].terms, k, exclude=question_terms)
