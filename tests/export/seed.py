"""A consultation with planted personal details, written straight to the database.

Ids are large, distinctive numbers so a test can prove no database id leaks into an
export; timestamps carry seconds so a test can prove they are cut to the minute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.db.models import (
    AuditEntry,
    Consultation,
    InviteCode,
    Message,
    Participant,
    Room,
    Staff,
)

T0 = datetime(2030, 3, 1, 9, 0, 0, tzinfo=UTC)
CONSULTATION_ID = 770071
ROOM_A, ROOM_B = 550061, 550062
INVITE_CODES = ("ZQXJK-W4821", "PLMNB-V7319")
STAFF_NAMES = ("Alice Moderatrix", "Bertrand Guardian")
QUESTIONS = ["What makes you feel safe online?", "How should apps deal with bullying?"]

# Planted in messages marked shown/redacted, as if a moderator had approved them as written.
PII_MESSAGES = [
    "Call me on 07700 900123 after school",
    "or text +44 20 7946 0958 tonight",
    "my US number is (555) 123-4567",
    "mon numéro 06.12.34.56.78 !",
    "email me at jamie.lee@example.com please",
    "my insta is @jamie_lee_09 follow me",
    "my name is Jamie Leeworth and I am 12",
    "I live at 42 Baker Street, London",
    "I go to St Mary's Primary School",
    "my password is Sunshine123",
    "je m'appelle Chloé Martinelli",
    "look at https://bit.ly/secret-xyz",
    "my code was zqxjk-w4821 and hers PLMNB V7319",
]
# Substrings that must never appear in any export or report.
PII_FORBIDDEN = [
    "07700", "900123", "7946", "0958", "123-4567", "(555)", "06.12.34", "jamie.lee@example.com",
    "@jamie_lee_09", "jamie_lee_09", "Leeworth", "Jamie", "42 Baker", "Baker Street", "St Mary",
    "Sunshine123", "Martinelli", "Chloé", "bit.ly", "secret-xyz", "zqxjk", "W4821", "PLMNB", "V7319",
]
CLEAN_MESSAGES_A = [
    "We need more safe places online where adults listen to us",
    "A report button that actually works would make me feel safe",
    "The report button should be easy to find on every app",
    "Privacy settings are too complicated for younger kids",
    "Apps should block bullies quickly and tell us what happened",
    "When someone is bullied the report button should get a human to look",
    "Privacy settings should be private by default",
    "Safe places online need moderators who are kind",
    "I think privacy settings should be explained with pictures",
    "Block bullies and delete their accounts if they keep going",
]
CLEAN_MESSAGES_B = [
    "我们觉得学校应该教网络安全",
    "网络安全课程很重要",
    "Les écoles devraient parler de sécurité en ligne",
    "نريد تطبيقات آمنة للأطفال",
]
HIDDEN = {
    "held": "SENTINEL HELD waiting text",
    "blocked": "SENTINEL BLOCKED nasty text",
    "rejected": "SENTINEL REJECTED refused text",
    "removed": "SENTINEL REMOVED taken down text",
}
AUDIT_DETAIL = "SENTINEL AUDIT DETAIL quoting a message"
PSEUDONYMS_A = [f"Brave Otter {i + 10}" for i in range(12)]
PSEUDONYMS_B = ["Calm Panda 41", "Quick Fox 42", "Wise Owl 43"]
# Room A: 12 people; room B: 3. Totals: 9-11 -> 2, 12-14 -> 9, 15-18 -> 4;
# FR 9, GB 4, IS 1, KE 1 (so GB, IS, KE fold into "Other countries" = 6).
AGES_A = ["9-11", "9-11", *["12-14"] * 6, *["15-18"] * 4]
COUNTRIES_A = [*["FR"] * 7, "GB", "GB", "GB", "IS", "KE"]


@dataclass
class SeedInfo:
    consultation_id: int = CONSULTATION_ID
    participant_ids: list[int] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)
    visible_texts_a: list[str] = field(default_factory=list)


async def seed(sessionmaker: async_sessionmaker[AsyncSession]) -> SeedInfo:
    info = SeedInfo()
    async with sessionmaker() as session, session.begin():
        session.add(Consultation(
            id=CONSULTATION_ID, slug="safe-online", title="Safe Online Spaces",
            topic="How apps can keep children safe", questions=QUESTIONS, languages=["en", "fr", "zh", "ar"],
            timezone="Europe/Paris", created_at=T0 - timedelta(days=3),
        ))
        await session.flush()
        for rid, slug, name, lang, offset in ((ROOM_A, "room-a", "Room A", "en", 0),
                                              (ROOM_B, "salle-b", "Salle B", None, 120)):
            session.add(Room(
                id=rid, consultation_id=CONSULTATION_ID, slug=slug, name=name, language=lang,
                opens_at=T0 + timedelta(minutes=offset), closes_at=T0 + timedelta(minutes=offset + 60),
                state="closed", last_seq=0, slow_mode_seconds=0,
            ))
        for i, (sid, name) in enumerate(zip((880001, 880002), STAFF_NAMES, strict=True)):
            session.add(Staff(id=sid, name=name, role="moderator", password_hash="x" * 20,
                              created_at=T0 - timedelta(days=1, minutes=i)))
        await session.flush()
        for code, rid in zip(INVITE_CODES, (ROOM_A, ROOM_B), strict=True):
            session.add(InviteCode(code=code, room_id=rid, expires_at=T0 + timedelta(days=1), used_at=T0))
        pid = 990100
        people_a, people_b = [], []
        for i, pseudonym in enumerate(PSEUDONYMS_A):
            pid += 1
            people_a.append(pid)
            session.add(Participant(id=pid, room_id=ROOM_A, pseudonym=pseudonym, age_band=AGES_A[i],
                                    country=COUNTRIES_A[i], language="en", token_hash=f"{pid:064d}",
                                    joined_at=T0 + timedelta(seconds=i)))
        for i, pseudonym in enumerate(PSEUDONYMS_B):
            pid += 1
            people_b.append(pid)
            session.add(Participant(id=pid, room_id=ROOM_B, pseudonym=pseudonym, age_band="12-14",
                                    country="GB" if i == 2 else "FR", language="zh",
                                    token_hash=f"{pid:064d}", joined_at=T0 + timedelta(minutes=120, seconds=i)))
        info.participant_ids = people_a + people_b
        await session.flush()

        mid = 660200
        seq = {ROOM_A: 0, ROOM_B: 0}

        def add(room: int, who: int, text: str, status: str, minute: float, categories: list[str] | None = None,
                raw: str | None = None) -> None:
            nonlocal mid
            mid += 1
            visible = status in ("shown", "redacted", "removed")
            if visible:
                seq[room] += 1
            info.message_ids.append(mid)
            session.add(Message(
                id=mid, room_id=room, participant_id=who, seq=seq[room] if visible else None, text=text,
                raw_text=raw, status=status, categories=categories or [], reasons=[],
                created_at=T0 + timedelta(minutes=minute, seconds=37),
            ))

        minute = 1.0
        for i, text in enumerate(CLEAN_MESSAGES_A):
            add(ROOM_A, people_a[i % 12], text, "shown", minute)
            info.visible_texts_a.append(text)
            minute += 2
        for i, text in enumerate(PII_MESSAGES):
            add(ROOM_A, people_a[(i + 3) % 12], text, "shown" if i % 2 else "redacted", minute, ["pii"])
            minute += 1
        add(ROOM_A, people_a[11], f"I agree with {PSEUDONYMS_A[0]} about the report button", "shown", minute)
        add(ROOM_A, people_a[10], f"@{PSEUDONYMS_A[1].replace(' ', '_')} yes block bullies", "shown", minute + 1)
        add(ROOM_A, people_a[2], HIDDEN["held"], "held", minute + 2, ["bullying"], raw="raw SENTINEL HELD")
        add(ROOM_A, people_a[3], HIDDEN["blocked"], "blocked", minute + 3, ["profanity"], raw="raw SENTINEL BLK")
        add(ROOM_A, people_a[4], HIDDEN["rejected"], "rejected", minute + 4, ["bullying"])
        add(ROOM_A, people_a[5], HIDDEN["removed"], "removed", minute + 5, ["threat"])
        for i, text in enumerate(CLEAN_MESSAGES_B):
            add(ROOM_B, people_b[i % 3], text, "shown", 121 + 3 * i)
        await session.flush()

        for i, (actor, action, target) in enumerate([
            (880001, "approve", f"message:{info.message_ids[12]}"),
            (880002, "remove", f"message:{info.message_ids[-5]}"),
            (880001, "mute", f"participant:{people_a[4]}"),
            (None, "room_closed", None),
        ]):
            session.add(AuditEntry(room_id=ROOM_A, actor_id=actor, action=action, target=target,
                                   detail={"text": AUDIT_DETAIL, "staff": STAFF_NAMES[0]},
                                   created_at=T0 + timedelta(minutes=30 + i, seconds=11)))
    return info
