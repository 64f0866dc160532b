"""Staff accounts and login sessions.

Passwords are argon2 hashes; the session cookie is a random token whose sha256 is
stored, with an expiry, so logging out or expiry is a row delete.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque
from datetime import datetime, timedelta

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
LOGIN_ATTEMPTS = 5
LOGIN_WINDOW = timedelta(minutes=15)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


class StaffService:
    def __init__(self, db: async_sessionmaker[AsyncSession], clock: Clock, session_hours: int) -> None:
        self._db = db
        self._clock = clock
        self._session_hours = session_hours
        self._failures: dict[str, deque[datetime]] = {}

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
        password_hash = await asyncio.to_thread(_hasher.hash, password)
        staff = Staff(name=name, role=role, password_hash=password_hash, created_at=self._clock.now())
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
        password_hash = await asyncio.to_thread(_hasher.hash, password)
        async with self._db.begin() as session:
            staff = await session.scalar(select(Staff).where(Staff.name == name))
            if staff is None:
                raise ConsultError(ErrorCode.NOT_FOUND, f"No staff account named {name!r}.")
            staff.password_hash = password_hash
            await session.execute(delete(StaffSession).where(StaffSession.staff_id == staff.id))
        return staff

    async def login(self, name: str, password: str) -> tuple[Staff, str]:
        now = self._clock.now()
        self._check_throttle(name, now)
        async with self._db() as session:
            staff = await session.scalar(select(Staff).where(Staff.name == name))
        # argon2 is deliberately slow: verify in a thread, outside any transaction, so a
        # login never stalls the chat.
        if not await asyncio.to_thread(_verify, staff.password_hash if staff else _DUMMY_HASH, password):
            staff = None
        if staff is None:
            self._failures.setdefault(name, deque()).append(now)
            raise ConsultError(ErrorCode.BAD_CREDENTIALS, "Wrong name or password.")
        self._failures.pop(name, None)
        token = new_token()
        async with self._db.begin() as session:
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

    def _check_throttle(self, name: str, now: datetime) -> None:
        """Slow down password guessing: a few failures per name, then a pause."""
        failures = self._failures.get(name)
        if not failures:
            return
        while failures and now - failures[0] >= LOGIN_WINDOW:
            failures.popleft()
        if len(failures) >= LOGIN_ATTEMPTS:
            wait = max(1, math.ceil((failures[0] + LOGIN_WINDOW - now).total_seconds()))
            raise ConsultError(ErrorCode.RATE_LIMITED, "Too many failed logins. Try again later.", retry_after=wait)

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
