"""Staff accounts and login sessions.

Passwords are argon2 hashes; the session cookie is a random token whose sha256 is
stored, with an expiry, so logging out or expiry is a row delete.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.clock import Clock
from consult_server.db.models import Staff, StaffRole, StaffSession
from consult_server.errors import ConsultError, ErrorCode
from consult_server.services.tokens import new_token, token_hash

log = logging.getLogger(__name__)
_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")
MIN_PASSWORD = 10


class StaffService:
    def __init__(self, db: async_sessionmaker[AsyncSession], clock: Clock, session_hours: int) -> None:
        self._db = db
        self._clock = clock
        self._session_hours = session_hours

    async def add(self, name: str, role: StaffRole | str, password: str) -> Staff:
        name = name.strip()
        if not name or len(name) > 80:
            raise ConsultError(ErrorCode.BAD_PAYLOAD, "The name must be 1 to 80 characters.", field="name")
        try:
            role = StaffRole(role)
        except ValueError as exc:
            raise ConsultError(
                ErrorCode.BAD_PAYLOAD, "The role must be moderator or secretariat.", field="role"
            ) from exc
        if len(password) < MIN_PASSWORD:
            raise ConsultError(
                ErrorCode.BAD_PAYLOAD, f"The password must be at least {MIN_PASSWORD} characters.", field="password"
            )
        staff = Staff(name=name, role=role, password_hash=_hasher.hash(password), created_at=self._clock.now())
        try:
            async with self._db.begin() as session:
                session.add(staff)
        except IntegrityError as exc:
            raise ConsultError(ErrorCode.INVALID_STATE, f"A staff account named {name!r} exists.") from exc
        log.info("staff account %s created with role %s", staff.id, role)
        return staff

    async def ensure(self, name: str, role: StaffRole, password: str) -> Staff:
        """Create the account, or give an existing one this password (used by the demo)."""
        async with self._db() as session:
            exists = await session.scalar(select(Staff.id).where(Staff.name == name)) is not None
        return await (self.set_password(name, password) if exists else self.add(name, role, password))

    async def set_password(self, name: str, password: str) -> Staff:
        if len(password) < MIN_PASSWORD:
            raise ConsultError(
                ErrorCode.BAD_PAYLOAD, f"The password must be at least {MIN_PASSWORD} characters.", field="password"
            )
        async with self._db.begin() as session:
            staff = await session.scalar(select(Staff).where(Staff.name == name))
            if staff is None:
                raise ConsultError(ErrorCode.NOT_FOUND, f"No staff account named {name!r}.")
            staff.password_hash = _hasher.hash(password)
            await session.execute(delete(StaffSession).where(StaffSession.staff_id == staff.id))
        return staff

    async def login(self, name: str, password: str) -> tuple[Staff, str]:
        async with self._db.begin() as session:
            staff = await session.scalar(select(Staff).where(Staff.name == name))
            try:
                _hasher.verify(staff.password_hash if staff else _DUMMY_HASH, password)
            except (VerificationError, InvalidHashError):
                staff = None
            if staff is None:
                raise ConsultError(ErrorCode.BAD_CREDENTIALS, "Wrong name or password.")
            token = new_token()
            now = self._clock.now()
            session.add(
                StaffSession(
                    token_hash=token_hash(token),
                    staff_id=staff.id,
                    created_at=now,
                    expires_at=now + timedelta(hours=self._session_hours),
                )
            )
        log.info("staff %s logged in", staff.id)
        return staff, token

    async def from_token(self, token: str | None) -> Staff | None:
        if not token:
            return None
        async with self._db() as session:
            row = await session.get(StaffSession, token_hash(token))
            if row is None or row.expires_at <= self._clock.now():
                return None
            return await session.get(Staff, row.staff_id)

    async def logout(self, token: str) -> None:
        async with self._db.begin() as session:
            await session.execute(delete(StaffSession).where(StaffSession.token_hash == token_hash(token)))
