"""Secretariat exports: anonymised transcripts, the internal audit, and summary reports.

Modules, one concept each: ``source`` (streamed database reads), ``anonymise``
(per-export labels), ``redact`` (PII removed again), ``transcript`` (the one path
from stored messages to exportable rows), ``demographics`` (aggregates with
small-cell suppression), ``audit``, ``formats`` (json/csv/md/html writers),
``themes``/``stopwords``/``questions`` (what was said), ``report``/``render``/
``charts`` (the summary report), ``publish`` (stored reports and /outputs),
``routes`` (HTTP) and ``cli`` (``consult-server export`` / ``publish``).
See docs/export.md.
"""
