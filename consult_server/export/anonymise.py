"""Export-local speaker and moderator labels.

Pseudonyms ("Blue Otter 17") are stable for a participant's whole session and are
stored in the database, so an export that carried them could be joined back to
the database, to another export, or to a screenshot a child shared. Exports
therefore replace them with "Participant N", numbered per room.

The numbers are not handed out 1, 2, 3 in order of first appearance: each room's
numbers 1..n (n = that room's visible speakers) are shuffled with a fresh
cryptographic random permutation per export, and the k-th speaker to appear gets
the k-th number of the permutation. So labels stay within 1..n, but two exports of
the same data give unrelated mappings, and nothing in the label depends on a
database id, a pseudonym or the order in which people joined.

Pseudonyms mentioned inside message text ("I agree with Blue Otter 17") are
replaced too: with that person's label if they spoke in the same room, otherwise
with "another participant".
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Collection, Mapping

OTHER_PARTICIPANT = "another participant"


def _new_rng() -> random.Random:
    # SystemRandom draws from the OS; nothing about a mapping can be replayed from a seed.
    return random.SystemRandom()


def _normal(name: str) -> str:
    return re.sub(r"[\s_\-]+", " ", name).strip().casefold()


_SEP = r"[\s_\-]*"
Trie = dict[str, "Trie"]


def _trie_regex(names: list[list[str]]) -> str:
    """One regex for thousands of pseudonyms, nested by word ("blue (?:otter (?:17|18)|fox 20)").

    A flat alternation is tried name by name at every position of every message; the
    word trie lets the regex engine discard a position after the first word.
    """
    trie: Trie = {}
    for words in names:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}

    def emit(node: Trie) -> str:
        alternatives = []
        for word in sorted((w for w in node if w), key=len, reverse=True):
            child = node[word]
            rest = emit(child)
            if not rest:
                alternatives.append(re.escape(word))
            else:
                optional = "?" if "" in child else ""
                alternatives.append(f"{re.escape(word)}(?:{_SEP}(?:{rest})){optional}")
        return "|".join(alternatives)

    return emit(trie)


class SpeakerLabels:
    """Maps (room, participant) to "Participant N" with a per-export random permutation."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or _new_rng()
        self._numbers: dict[int, list[int]] = {}
        self._speakers: dict[int, frozenset[int]] = {}
        self._labels: dict[tuple[int, int], str] = {}
        # casefolded pseudonym -> {room_key: participant_id}, across the whole export, so a
        # pseudonym from another room mentioned in text is caught as well.
        self._names: dict[str, dict[int, int]] = {}
        self._pattern: re.Pattern[str] | None = None

    def add_room(self, room_key: int, speakers: Collection[int], pseudonyms: Mapping[int, str]) -> None:
        """Register a room: the ids of its visible speakers and every participant's pseudonym.

        ``room_key`` and the participant ids are internal; they never reach the output.
        """
        numbers = list(range(1, len(speakers) + 1))
        self._rng.shuffle(numbers)
        numbers.reverse()  # consumed with pop(), so first appearance takes numbers[0]
        self._numbers[room_key] = numbers
        self._speakers[room_key] = frozenset(speakers)
        for pid, pseudonym in pseudonyms.items():
            name = _normal(pseudonym)
            if name:
                self._names.setdefault(name, {})[room_key] = pid
        self._pattern = None

    def label(self, room_key: int, participant_id: int) -> str:
        key = (room_key, participant_id)
        found = self._labels.get(key)
        if found is not None:
            return found
        numbers = self._numbers.get(room_key)
        if not numbers or participant_id not in self._speakers.get(room_key, frozenset()):
            # Not a registered speaker (should not happen for visible messages): never
            # fall back to anything derived from the id.
            return OTHER_PARTICIPANT
        found = f"Participant {numbers.pop()}"
        self._labels[key] = found
        return found

    def scrub_mentions(self, room_key: int, text: str) -> str:
        """Replace pseudonyms mentioned in ``text`` with export labels."""
        if not self._names:
            return text
        if self._pattern is None:
            alternation = _trie_regex([name.split(" ") for name in self._names])
            self._pattern = re.compile(rf"@?(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

        def replace(match: re.Match[str]) -> str:
            pid = self._names.get(_normal(match.group(0).lstrip("@")), {}).get(room_key)
            if pid is None or pid not in self._speakers.get(room_key, frozenset()):
                return OTHER_PARTICIPANT
            return self.label(room_key, pid)

        return self._pattern.sub(replace, text)

    def mapping_fingerprint(self) -> dict[tuple[int, int], str]:
        """The internal mapping, for tests proving two exports differ. Never exported."""
        return dict(self._labels)


_ALNUM = re.compile(r"[A-Za-z0-9]+")
CODE_REMOVED = "[code removed]"


def normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def scrub_codes(text: str, codes: Collection[str]) -> str:
    """Replace invite codes a child pasted into the chat ("ABCD-EFGH", "abcd efgh", "ABCDEFGH").

    ``codes`` holds the consultation's codes normalised with ``normal_code``. Words are
    checked alone and joined with the next word when one space or hyphen separates them.
    """
    if not codes:
        return text
    words = list(_ALNUM.finditer(text))
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if i + 1 < len(words):
            nxt = words[i + 1]
            gap = text[word.end() : nxt.start()]
            if gap in (" ", "-") and (word.group(0) + nxt.group(0)).upper() in codes:
                spans.append((word.start(), nxt.end()))
                i += 2
                continue
        if word.group(0).upper() in codes:
            spans.append((word.start(), word.end()))
        i += 1
    for start, end in reversed(spans):
        text = text[:start] + CODE_REMOVED + text[end:]
    return text


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA ..."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = string.ascii_uppercase[rem] + out
    return out


class ModeratorLabels:
    """Staff names become "Moderator A", "Moderator B"... in a per-export random order.

    ``total`` is the number of distinct actors that can appear, so the letters stay
    within A..; the system (no actor) is labelled "System".
    """

    def __init__(self, total: int, rng: random.Random | None = None) -> None:
        self._letters = [_letters(i) for i in range(max(total, 0))]
        (rng or _new_rng()).shuffle(self._letters)
        self._letters.reverse()
        self._labels: dict[int, str] = {}

    def label(self, actor_id: int | None) -> str:
        if actor_id is None:
            return "System"
        found = self._labels.get(actor_id)
        if found is None:
            found = f"Moderator {self._letters.pop() if self._letters else _letters(len(self._labels))}"
            self._labels[actor_id] = found
        return found
