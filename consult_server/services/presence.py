"""Which participants have a socket open in this process.

Presence is per process by design: with several processes behind Redis each knows
its own sockets, and moderators see a participant as online if the process that
serves the moderator does (a documented limitation; the database is the truth for
everything that matters to safety, such as bans and kicks).
"""

from __future__ import annotations


class Presence:
    def __init__(self) -> None:
        self._sids: dict[int, set[str]] = {}

    def add(self, participant_id: int, sid: str) -> bool:
        """Record a socket; True when the participant just came online."""
        sids = self._sids.setdefault(participant_id, set())
        sids.add(sid)
        return len(sids) == 1

    def remove(self, participant_id: int, sid: str) -> bool:
        """Forget a socket; True when the participant just went offline."""
        sids = self._sids.get(participant_id)
        if sids is None or sid not in sids:
            return False
        sids.discard(sid)
        if sids:
            return False
        del self._sids[participant_id]
        return True

    def sids(self, participant_id: int) -> set[str]:
        return set(self._sids.get(participant_id, ()))

    def online(self, participant_id: int) -> bool:
        return participant_id in self._sids
