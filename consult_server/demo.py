"""A demo consultation with a room open now, for trying the product in one command."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from consult_server.clock import Clock
from consult_server.consultation_file import parse_mapping
from consult_server.db.models import StaffRole
from consult_server.services.container import Services


@dataclass(frozen=True)
class DemoLogins:
    consultation_id: int
    codes: list[str]
    staff: dict[str, str]  # name -> password


async def seed_demo(services: Services, clock: Clock) -> DemoLogins:
    now = clock.now().replace(second=0, microsecond=0)
    spec = parse_mapping(
        {
            "title": "Demo: growing up online",
            "topic": "What would make apps and games safer and fairer for young people?",
            "questions": [
                "What do you like most about being online?",
                "What worries you, and who do you tell?",
                "What should companies and governments do?",
            ],
            "languages": ["en", "fr", "es", "ar", "ru", "zh"],
            "timezone": "UTC",
            "invite_codes": 20,
            "rooms": [
                {"name": "Open room", "opens_at": now - timedelta(minutes=1), "closes_at": now + timedelta(hours=3)},
                {"name": "Later room", "opens_at": now + timedelta(hours=4), "closes_at": now + timedelta(hours=5)},
            ],
        }
    )
    consultation, _ = await services.consultations.create(spec)
    await services.scheduler.tick()
    logins: dict[str, str] = {}
    for name, role in (("moderator", StaffRole.MODERATOR), ("secretariat", StaffRole.SECRETARIAT)):
        logins[name] = secrets.token_urlsafe(12)
        await services.staff.ensure(name, role, logins[name])
    codes = await services.consultations.unused_codes(consultation.id, 5)
    return DemoLogins(consultation.id, codes, logins)
