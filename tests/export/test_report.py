"""Themes across languages, question assignment, and the self-contained accessible report."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

from consult_server.export.questions import QuestionAssigner
from consult_server.export.render import render_html, render_markdown
from consult_server.export.report import build_report_data
from consult_server.export.source import RoomInfo
from consult_server.export.themes import QuotePicker, ThemeCounter, chunks, terms, top_terms
from tests.export.conftest import Seeded
from tests.export.seed import CONSULTATION_ID, QUESTIONS, T0


def test_tokeniser_handles_each_language() -> None:
    assert chunks("We need more safe places to play football") == [["safe", "places"], ["play", "football"]]
    assert ["écoles", "devraient"] not in chunks("Les écoles devraient avoir des espaces verts")
    assert ["espaces", "verts"] in chunks("Les écoles devraient avoir des espaces verts")
    assert ["безопасных", "парков"] in chunks("Нам нужно больше безопасных парков")
    assert chunks("نريد المزيد من الحدائق الآمنة") == [["الحدائق", "الامنه"]]  # letters folded, stopwords
    zh = terms("我们觉得学校应该有更多的运动时间")
    assert {"学校", "运动", "时间"} <= zh
    assert "我们" not in zh and "觉得" not in zh and "的运" not in zh
    assert "sicherheit" in terms("Wir brauchen mehr Sicherheit im Internet")
    assert terms("[phone removed] Participant 3 said hi") == set()


def test_tfidf_prefers_what_distinguishes_a_room() -> None:
    counter = ThemeCounter()
    for text in ["school bus is always late", "the school bus is dirty", "school rules", "school lunch"] * 2:
        counter.add("a", text)
    for text in ["school is fine", "parks need lights", "parks are dark", "school again"]:
        counter.add("b", text)
    top_a = [t.term for t in counter.top("a", 3)]
    assert top_a[0] == "school bus"
    assert "school" not in top_a  # inside the chosen phrase
    assert [t.term for t in counter.top("b", 1)] == ["parks"]


def test_chinese_bridge_bigrams_are_dropped() -> None:
    counter = ThemeCounter()
    for text in ["网络安全很重要", "我们需要网络安全", "网络安全课程"]:
        counter.add("zh", text)
    top = [t.term for t in counter.top("zh")]
    assert "网络" in top and "安全" in top and "络安" not in top
    assert "络安" not in top_terms(Counter({"网络": 3, "安全": 3, "络安": 3}))


def test_quote_picker_prefers_distinct_speakers_and_skips_removed_details() -> None:
    picker = QuotePicker(per_key=2)
    picker.offer("k", "I want a report button on every app", "p1")
    picker.offer("k", "A report button that works would be great", "p1")
    picker.offer("k", "my number is [phone removed] for the report button", "p2")
    picker.offer("k", "Participant 4 said the report button is hidden", "p3")
    quotes = picker.quotes("k")
    assert len(quotes) == 2
    assert not any("removed" in q for q in quotes)
    assert "another participant said the report button is hidden" in quotes


def test_questions_by_keywords_then_by_time() -> None:
    room = RoomInfo(key=1, slug="a", name="A", language="en", starts=T0, ends=T0 + timedelta(minutes=60))
    assigner = QuestionAssigner(QUESTIONS, {1: room})
    text = "Apps should deal with bullying by blocking people"
    assert assigner.add(1, T0 + timedelta(minutes=1), text, terms(text), "p1") == 1  # keywords, though early
    text = "I like turtles"
    assert assigner.add(1, T0 + timedelta(minutes=5), text, terms(text), "p2") == 0  # first half of the hour
    assert assigner.add(1, T0 + timedelta(minutes=45), text, terms(text), "p3") == 1  # second half
    assert [(s.by_keywords, s.by_time) for s in assigner.stats] == [(0, 1), (1, 1)]


async def test_report_sections_and_accessibility(seeded: Seeded) -> None:
    data = await build_report_data(seeded.sessionmaker, CONSULTATION_ID, seeded.redact, T0)
    assert data.messages == 29 and data.participants.display == "15"
    assert [r.messages for r in data.rooms] == [25, 4]
    themes_a = [t.term for t, _q in data.rooms[0].themes]
    assert {"report button", "privacy settings", "block bullies"} <= set(themes_a)
    report_button = next(q for t, q in data.rooms[0].themes if t.term == "report button")
    assert report_button and all("report button" in q.lower() for q in report_button)
    assert "安全" in [t.term for t, _q in data.rooms[1].themes]
    assert [q.question for q in data.questions] == QUESTIONS
    assert sum(q.messages for q in data.questions) == 29

    page = render_html(data)
    for heading in ("At a glance", "Participation", "Who took part", "The guiding questions",
                    "Main themes by room", "Moderation", "How this report was made"):
        assert f">{heading}</h2>" in page
    assert page.count("<h1>") == 1
    assert page.count("<caption>") >= 6
    svgs = re.findall(r"<svg[^>]*>", page)
    assert svgs and all('role="img"' in svg for svg in svgs)
    assert page.count("<title id=") == len(svgs)
    assert "@media print" in page
    # Self-contained: no scripts, no external resources (the SVG namespace is not a fetch).
    assert "<script" not in page and "<link" not in page and " src=" not in page
    assert not re.findall(r"https?://(?!www\.w3\.org/2000/svg)", page)
    markdown = render_markdown(data)
    assert markdown.startswith("# Safe Online Spaces")
    assert "## Main themes by room" in markdown and "**report button**" in markdown
