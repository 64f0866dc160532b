"""Second-pass PII redaction for everything that leaves the server.

Why again: message text in the database was redacted by the live pipeline, but a
moderator may have approved a held message as it was, the policy may have been
lenient, and the patterns improve over time. An export is a publication, so every
exported text goes through the current pipeline's ``redact_pii`` once more.

After the pipeline, a small export-only safety net catches the most machine-readable
identifiers (e-mail addresses, links, long digit runs, @handles, "my name is ...",
"password ..."). It is deliberately conservative: it can only remove text, never add
any, and it uses the pipeline's placeholder wording so the output reads the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Redactor = Callable[[str], str]

_EMAIL = re.compile(r"[\w.+\-]+\s*(?:@|\(at\)|\[at\])\s*[\w\-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w\-]+)+", re.IGNORECASE)
_LINK = re.compile(
    r"(?:https?://|www\.)\S+?(?=[.,;:!?)\]]*(?:\s|$))|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|net|org|io|me|gg|ly|tv|co|app)"
    r"(?:/\S*)?\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,}")
# Seven or more digits, possibly split by spaces, dots, dashes, slashes or brackets.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[\s.\-/()]{0,2}\d){6,}(?!\w)")
_NAME = re.compile(
    r"(?<!\[)\b((?i:my name is|my name's|i am called|i'm called|je m'appelle|me llamo|mi nombre es|"
    r"ich hei(?:ß|ss)e|meu nome é|меня зовут))\s+(?!\[)[^\s,.!?;:]+(?:\s+(?!\[)[A-ZÀ-ÖØ-ÞА-Я][^\s,.!?;:]*)*"
)
_PASSWORD = re.compile(
    r"(?<!\[)\b(password|passwort|mot de passe|contraseña|senha|пароль)"
    r"((?>\s*(?:is|est|es|ist|é|:|=)?\s*))(?!\[)\S+",
    re.IGNORECASE,
)

_YEARS = re.compile(r"(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d")  # "2020-2030" is not a phone number


def _phone(match: re.Match[str]) -> str:
    return match.group(0) if _YEARS.fullmatch(match.group(0).strip()) else "[phone removed]"


# "[name removed] [name removed]" (pipeline and net both fired) reads as one removal.
_REPEATED = re.compile(r"(\[(\w+) removed\])(?:\s*\1)+")


def safety_net(text: str) -> str:
    """Remove what the export must never carry even if the pipeline missed it."""
    text = _EMAIL.sub("[email removed]", text)
    text = _LINK.sub("[link removed]", text)
    text = _HANDLE.sub("[handle removed]", text)
    text = _PHONE.sub(_phone, text)
    text = _NAME.sub(lambda m: f"{m.group(1)} [name removed]", text)
    text = _PASSWORD.sub(lambda m: f"{m.group(1)}{m.group(2) or ' '}[password removed]", text)
    return _REPEATED.sub(r"\1", text)


def make_redactor(pipeline: Any | None = None) -> Redactor:
    """The redactor used by every export: the pipeline's ``redact_pii``, then the safety net.

    ``pipeline`` is the app's ``moderation.Pipeline``; when it is ``None`` one is built
    with the default policy, so the CLI and the server redact the same way.
    """
    if pipeline is None:
        from moderation import Pipeline, Policy

        pipeline = Pipeline(Policy.default())
    redact_pii: Callable[[str], str] = pipeline.redact_pii

    def redact(text: str) -> str:
        return safety_net(redact_pii(text))

    return redact
