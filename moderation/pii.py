"""PII redaction (placeholder version; extended below)."""

from __future__ import annotations

import re

from .policy import Policy

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(?:\+|00)?\d(?:[\s\-.()]{0,2}\d){6,14}(?![\w])")


class PiiRedactor:
    def __init__(self, policy: Policy) -> None:
        self.allowed = policy.allowed_number_digits()

    def redact(self, text: str) -> tuple[str, list[str]]:
        reasons: list[str] = []
        if "@" in text:
            text, n = _EMAIL.subn("[email removed]", text)
            if n:
                reasons.append("pii:email")

        def phone(m: re.Match[str]) -> str:
            if re.sub(r"\D", "", m.group(0)) in self.allowed:
                return m.group(0)
            reasons.append("pii:phone")
            return "[phone removed]"

        text = _PHONE.sub(phone, text)
        return text, reasons

    def redact_text(self, text: str) -> str:
        return self.redact(text)[0]
