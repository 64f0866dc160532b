"""HTML and Markdown renderings of the summary report.

The HTML is one self-contained file: inline CSS (with print rules so "Save as PDF"
gives clean pages), inline SVG charts, no scripts, fonts, images or links to other
sites. It is accessible: one ``h1``, ordered ``h2``/``h3`` headings, tables with
captions and header scopes, charts with ``role="img"``, titles and descriptions.
Every number shown in a chart is also in a table.
"""

from __future__ import annotations

import html

from consult_server.export.charts import bar_chart, column_chart
from consult_server.export.demographics import SUPPRESSED, THRESHOLD, Cell
from consult_server.export.formats import md_escape
from consult_server.export.report import ReportData

BASE_CSS = """
:root{--ink:#1d2433;--muted:#555f70;--bar:#2f6db5;--line:#d5dae3;--bg:#fff;--soft:#f3f6fa}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",
"Noto Sans SC",sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.8rem;margin:.2rem 0 .6rem}h2{font-size:1.35rem;margin-top:2rem;border-bottom:2px solid var(--line)}
h3{font-size:1.1rem;margin-top:1.4rem}
.meta{color:var(--muted)}
table{border-collapse:collapse;margin:.8rem 0 1.2rem;width:100%}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
td.text{white-space:pre-wrap;overflow-wrap:anywhere}
td.time,td.who{white-space:nowrap}
blockquote{margin:.5rem 0;padding:.4rem .8rem;border-left:4px solid var(--bar);background:var(--soft)}
.chart{display:block;margin:.5rem 0 1rem}
.chart .bar{fill:var(--bar)}.chart .axis{stroke:var(--muted)}
.chart text{font-size:12px;fill:var(--ink)}.chart .sup{fill:var(--muted);font-style:italic}
.summary{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}
.summary li{background:var(--soft);padding:.6rem 1rem;border-radius:.4rem}
.summary strong{display:block;font-size:1.4rem}
.note{font-size:.92rem;color:var(--muted)}
@media print{
 body{font-size:11pt}main{max-width:none;padding:0}
 h2{break-after:avoid;page-break-after:avoid}
 table,.chart,blockquote,section.theme{break-inside:avoid;page-break-inside:avoid}
 thead{display:table-header-group}
 @page{margin:18mm}
}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f'<th scope="col">{_e(x)}</th>' for x in headers)
    body = "".join(
        "<tr>" + f'<th scope="row">{_e(row[0])}</th>' + "".join(f"<td>{_e(v)}</td>" for v in row[1:]) + "</tr>"
        for row in rows
    )
    return f"<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cells(cells: list[Cell]) -> list[tuple[str, int | None]]:
    return [(c.label, c.count) for c in cells]


def _quotes_html(quotes: list[str]) -> str:
    return "".join(f'<blockquote><p dir="auto">{_e(q)}</p></blockquote>' for q in quotes)


def render_html(data: ReportData) -> str:
    p: list[str] = [
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(data.title)} — summary report</title><style>{BASE_CSS}</style></head><body><main>",
        f"<header><h1>{_e(data.title)}</h1>",
        f'<p class="meta">Summary report, {_e(data.generated)}. Times in {_e(data.timezone)}.</p>',
    ]
    if data.topic:
        p.append(f"<p>{_e(data.topic)}</p>")
    p.append("</header>")
    p.append('<section aria-labelledby="s-glance"><h2 id="s-glance">At a glance</h2><ul class="summary">')
    p.append(f"<li><strong>{_e(data.participants.display)}</strong> participants</li>")
    p.append(f"<li><strong>{data.messages}</strong> messages</li>")
    p.append(f"<li><strong>{len(data.rooms)}</strong> rooms</li>")
    if data.languages:
        p.append(f"<li><strong>{len(data.languages)}</strong> languages: {_e(', '.join(data.languages))}</li>")
    p.append("</ul></section>")

    p.append('<section aria-labelledby="s-part"><h2 id="s-part">Participation</h2>')
    p.append(
        _table(
            "Participation by room",
            ["Room", "Language", "Participants", "Took part in chat", "Messages"],
            [
                [r.name, r.language or "mixed", r.participants.display, r.speakers.display, str(r.messages)]
                for r in data.rooms
            ],
        )
    )
    p.append(bar_chart("Messages per room", [(r.name, r.messages) for r in data.rooms]))
    if data.per_hour:
        p.append(column_chart(f"Messages per hour ({data.timezone})", data.per_hour))
        p.append(_table("Messages per hour", ["Hour", "Messages"], [[h, str(n)] for h, n in data.per_hour]))
    p.append("</section>")

    demo = data.demographics
    p.append('<section aria-labelledby="s-who"><h2 id="s-who">Who took part</h2>')
    p.append(
        f'<p class="note">Groups of fewer than {THRESHOLD} people are shown as “{SUPPRESSED}”, and '
        "countries with fewer than 5 participants are counted together, so that no child can be "
        "picked out.</p>"
    )
    p.append(
        _table("Participants by age band", ["Age band", "Participants"], [[c.label, c.display] for c in demo.by_age])
    )
    p.append(bar_chart("Participants by age band", _cells(demo.by_age)))
    p.append(
        _table("Participants by country", ["Country", "Participants"], [[c.label, c.display] for c in demo.by_country])
    )
    p.append(bar_chart("Participants by country", _cells(demo.by_country)))
    p.append("</section>")

    if data.questions:
        p.append('<section aria-labelledby="s-q"><h2 id="s-q">The guiding questions</h2>')
        p.append(
            '<p class="note">Each message is placed under the question it shares the most words with; '
            "messages that share no words with any question are placed by when they were written "
            "(each room’s time is split evenly between the questions).</p>"
        )
        for i, q in enumerate(data.questions, 1):
            p.append(f'<section><h3 id="q{i}">Question {i}: {_e(q.question)}</h3>')
            p.append(f"<p>{q.messages} messages ({q.by_keywords} matched by words, {q.by_time} by time).</p>")
            if q.key_phrases:
                p.append(f"<p><strong>Often mentioned:</strong> {_e(', '.join(q.key_phrases))}</p>")
            p.append(_quotes_html(q.quotes))
            p.append("</section>")
        p.append("</section>")

    p.append('<section aria-labelledby="s-themes"><h2 id="s-themes">Main themes by room</h2>')
    for r in data.rooms:
        p.append(f"<section><h3>{_e(r.name)}</h3>")
        if not r.themes:
            p.append("<p>Not enough messages to find themes.</p>")
        else:
            p.append(
                _table(
                    f"Main themes in {r.name}",
                    ["Theme", "Messages mentioning it"],
                    [[t.term, str(t.messages)] for t, _q in r.themes],
                )
            )
            for t, quotes in r.themes:
                if quotes:
                    p.append(f'<section class="theme"><h4>“{_e(t.term)}”</h4>{_quotes_html(quotes)}</section>')
        p.append("</section>")
    p.append("</section>")

    p.append('<section aria-labelledby="s-mod"><h2 id="s-mod">Moderation</h2>')
    p.append('<p class="note">Counts only. Counts from 1 to 4 are shown as “fewer than 5”.</p>')
    if data.moderation_by_category:
        p.append(
            _table(
                "Messages flagged, by category",
                ["Category", "Messages"],
                [[c.label, c.display] for c in data.moderation_by_category],
            )
        )
        p.append(bar_chart("Messages flagged, by category", _cells(data.moderation_by_category)))
    else:
        p.append("<p>No message was flagged.</p>")
    p.append(
        _table(
            "What happened to messages",
            ["Outcome", "Messages"],
            [[c.label, c.display] for c in data.moderation_by_outcome],
        )
    )
    p.append("</section>")
    p.append(_method_html())
    p.append("</main></body></html>\n")
    return "".join(p)


METHOD = [
    "Participants are shown only as anonymous, export-specific labels; quotes carry no name or label.",
    "Personal details (phone numbers, e-mail addresses, social media handles, links, addresses, school "
    "names, full names, passwords) were removed again when this report was made.",
    "Only messages that were visible in the rooms are used; messages that were held, refused or removed "
    "are counted in the moderation section only.",
    "Themes are the words and short phrases that appear in the most messages of a room compared with the "
    "other rooms (TF-IDF), after removing common words in Arabic, Chinese, English, French, German, "
    "Portuguese, Russian and Spanish; Chinese is read as pairs of characters.",
]


def _method_html() -> str:
    items = "".join(f"<li>{_e(m)}</li>" for m in METHOD)
    return (
        f'<section aria-labelledby="s-method"><h2 id="s-method">How this report was made</h2><ul>{items}</ul></section>'
    )


def _md_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(md_escape(v) for v in row) + " |" for row in rows]
    return [*out, ""]


def render_markdown(data: ReportData) -> str:
    m: list[str] = [
        f"# {md_escape(data.title)}",
        "",
        f"Summary report, {data.generated}. Times in {md_escape(data.timezone)}.",
        "",
    ]
    if data.topic:
        m += [md_escape(data.topic), ""]
    m += [
        "## At a glance",
        "",
        f"- Participants: {data.participants.display}",
        f"- Messages: {data.messages}",
        f"- Rooms: {len(data.rooms)}",
    ]
    if data.languages:
        m.append(f"- Languages: {', '.join(data.languages)}")
    m += ["", "## Participation", ""]
    m += _md_table(
        ["Room", "Language", "Participants", "Took part in chat", "Messages"],
        [
            [r.name, r.language or "mixed", r.participants.display, r.speakers.display, str(r.messages)]
            for r in data.rooms
        ],
    )
    if data.per_hour:
        m += ["Messages per hour:", "", *_md_table(["Hour", "Messages"], [[h, str(n)] for h, n in data.per_hour])]
    demo = data.demographics
    m += ["## Who took part", "", f'Groups of fewer than {THRESHOLD} people are shown as "{SUPPRESSED}".', ""]
    m += _md_table(["Age band", "Participants"], [[c.label, c.display] for c in demo.by_age])
    m += _md_table(["Country", "Participants"], [[c.label, c.display] for c in demo.by_country])
    if data.questions:
        m += [
            "## The guiding questions",
            "",
            "Messages are placed under the question they share the most words with, otherwise by the time "
            "they were written.",
            "",
        ]
        for i, q in enumerate(data.questions, 1):
            m += [
                f"### Question {i}: {md_escape(q.question)}",
                "",
                f"{q.messages} messages ({q.by_keywords} matched by words, {q.by_time} by time).",
                "",
            ]
            if q.key_phrases:
                m += [f"Often mentioned: {md_escape(', '.join(q.key_phrases))}", ""]
            for quote in q.quotes:
                m += [f"> {md_escape(quote)}", ""]
    m += ["## Main themes by room", ""]
    for r in data.rooms:
        m += [f"### {md_escape(r.name)}", ""]
        if not r.themes:
            m += ["Not enough messages to find themes.", ""]
            continue
        for t, quotes in r.themes:
            m += [f"- **{md_escape(t.term)}** ({t.messages} messages)"]
            m += [f"  > {md_escape(quote)}" for quote in quotes]
        m.append("")
    m += ["## Moderation", "", 'Counts only; counts from 1 to 4 are shown as "fewer than 5".', ""]
    if data.moderation_by_category:
        m += _md_table(["Category", "Messages"], [[c.label, c.display] for c in data.moderation_by_category])
    m += _md_table(["Outcome", "Messages"], [[c.label, c.display] for c in data.moderation_by_outcome])
    m += ["## How this report was made", ""] + [f"- {md_escape(x)}" for x in METHOD] + [""]
    return "\n".join(m)
