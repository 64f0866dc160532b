"""All services of one app, wired once in ``create_app``."""

from __future__ import annotations

from dataclasses import dataclass

from consult_server.clock import Clock
from consult_server.db.engine import Database
from consult_server.services.consultations import ConsultationService
from consult_server.services.events import EventSink
from consult_server.services.flood import FloodControl
from consult_server.services.messages import MessageService
from consult_server.services.moderator import ModeratorService
from consult_server.services.participants import ParticipantService
from consult_server.services.presence import Presence
from consult_server.services.retention import RetentionService
from consult_server.services.safety import SafetyGateway
from consult_server.services.scheduler import RoomScheduler
from consult_server.services.staff import StaffService
from consult_server.settings import Settings


@dataclass(frozen=True)
class Services:
    staff: StaffService
    consultations: ConsultationService
    participants: ParticipantService
    messages: MessageService
    moderator: ModeratorService
    scheduler: RoomScheduler
    retention: RetentionService
    safety: SafetyGateway
    presence: Presence

    @classmethod
    def build(
        cls,
        db: Database,
        clock: Clock,
        settings: Settings,
        safety: SafetyGateway,
        sink: EventSink,
        presence: Presence,
    ) -> Services:
        scheduler = RoomScheduler(db, clock, sink, settings.warning_minutes)
        flood = FloodControl(
            clock, settings.rate_limit_count, settings.rate_limit_seconds, settings.duplicate_window_seconds
        )
        return cls(
            staff=StaffService(db, clock, settings.session_hours),
            consultations=ConsultationService(db, clock),
            participants=ParticipantService(db, clock, settings.max_message_length),
            messages=MessageService(db, clock, safety, flood, settings.max_message_length),
            moderator=ModeratorService(db, clock, scheduler, settings.warning_minutes, presence),
            scheduler=scheduler,
            retention=RetentionService(db, clock, settings.retention_days),
            safety=safety,
            presence=presence,
        )
