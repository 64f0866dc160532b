"""Storing summary reports and publishing them at /outputs.

A report is rendered once and stored (HTML and Markdown) so that what the public
sees is exactly what the secretariat reviewed, not a re-rendering with newer data.
Only reports with ``published_at`` set are public; the slug carries a random suffix
so unpublished reports cannot be found by guessing.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from consult_server.clock import iso
from consult_server.consultation_file import slugify
from consult_server.db.models import Report
from consult_server.errors import ConsultError, ErrorCode
from consult_server.export.redact import Redactor
from consult_server.export.render import render_html, render_markdown
from consult_server.export.report import build_report_data
from consult_server.export.source import load_context

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReportInfo:
    report_id: int
    slug: str
    title: str
    created_at: str | None
    published_at: str | None

    def to_dict(self) -> dict[str, object]:
        return {
            "report_id": self.report_id,
            "slug": self.slug,
            "title": self.title,
            "created_at": self.created_at,
            "published_at": self.published_at,
            "published": self.published_at is not None,
        }


def _info(report: Report) -> ReportInfo:
    return ReportInfo(report.id, report.slug, report.title, iso(report.created_at), iso(report.published_at))


async def create_report(
    sessionmaker: async_sessionmaker[AsyncSession], consultation_id: int, redact: Redactor, now: datetime
) -> ReportInfo:
    """Build, render and store a (not yet published) summary report."""
    ctx = await load_context(sessionmaker, consultation_id)
    data = await build_report_data(sessionmaker, consultation_id, redact, now, ctx=ctx)
    slug = f"{slugify(ctx.slug or ctx.title)[:80]}-{now.strftime('%Y%m%d')}-{secrets.token_hex(4)}"
    report = Report(
        consultation_id=consultation_id,
        slug=slug,
        title=f"{ctx.title} — summary report"[:200],
        html=render_html(data),
        markdown=render_markdown(data),
        created_at=now,
        published_at=None,
    )
    async with sessionmaker() as session, session.begin():
        session.add(report)
    log.info("report %s created for consultation %d", slug, consultation_id)
    return _info(report)


async def _get(session: AsyncSession, report_id: int) -> Report:
    report = await session.get(Report, report_id)
    if report is None:
        raise ConsultError(ErrorCode.NOT_FOUND, "No such report.")
    return report


async def set_published(
    sessionmaker: async_sessionmaker[AsyncSession], report_id: int, published: bool, now: datetime
) -> ReportInfo:
    async with sessionmaker() as session, session.begin():
        report = await _get(session, report_id)
        if published and report.published_at is None:
            report.published_at = now
        elif not published:
            report.published_at = None
    log.info("report %s %s", report.slug, "published" if published else "unpublished")
    return _info(report)


async def find_report_id(sessionmaker: async_sessionmaker[AsyncSession], id_or_slug: str) -> int:
    """For the CLI: accept the report id or its slug."""
    if id_or_slug.isdigit():
        return int(id_or_slug)
    async with sessionmaker() as session:
        found = await session.scalar(select(Report.id).where(Report.slug == id_or_slug))
    if found is None:
        raise ConsultError(ErrorCode.NOT_FOUND, "No such report.")
    return int(found)


async def list_reports(sessionmaker: async_sessionmaker[AsyncSession], consultation_id: int) -> list[ReportInfo]:
    async with sessionmaker() as session:
        rows = await session.execute(
            select(Report.id, Report.slug, Report.title, Report.created_at, Report.published_at)
            .where(Report.consultation_id == consultation_id)
            .order_by(Report.created_at.desc(), Report.id.desc())
        )
        return [ReportInfo(i, s, t, iso(c), iso(p)) for i, s, t, c, p in rows]


async def published_reports(sessionmaker: async_sessionmaker[AsyncSession]) -> list[ReportInfo]:
    async with sessionmaker() as session:
        rows = await session.execute(
            select(Report.id, Report.slug, Report.title, Report.created_at, Report.published_at)
            .where(Report.published_at.is_not(None))
            .order_by(Report.published_at.desc(), Report.id.desc())
        )
        return [ReportInfo(i, s, t, iso(c), iso(p)) for i, s, t, c, p in rows]


async def published_report(sessionmaker: async_sessionmaker[AsyncSession], slug: str) -> Report:
    """The published report with this slug; unpublished or unknown both give not_found."""
    async with sessionmaker() as session:
        report = await session.scalar(select(Report).where(Report.slug == slug, Report.published_at.is_not(None)))
    if report is None:
        raise ConsultError(ErrorCode.NOT_FOUND, "No such published report.")
    return report
