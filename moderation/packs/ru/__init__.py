"""Russian (Cyrillic and Latin transliteration) phrase rules.

Why a pack: Russian is inflected (gender and aspect change the ending:
устал/устала, порезал/порезалась, тупой/тупая), word order is free
("тебя все ненавидят" / "все тебя ненавидят") and children often type in
Latin transliteration ("ne hochu bolshe zhit", "ty tupoi lox") with several
spellings per letter (ж = zh/j/z, х = h/kh/x, я = ya/ja, й = i/y/j).  The
family modules already hold a few Russian core phrases; this pack adds the
general phrase families around them, each as one rule with stems and
``\\w*`` endings, plus the translit forms.

Patterns are matched against the phrase form ``Prepared.plain``: casefolded,
ё folded to е and й to и (diacritics are stripped, and pattern sources get
the same fold, so ``й`` may be written here), "-" and symbols turned into
spaces ("кто-то" -> "кто то"), . ! ? as separate tokens, and chat
abbreviations expanded: the translit words "ya" and "u" become "you" in the
phrase form (the token set keeps both), so translit я is written
``(?:ya|you|ja)``.

Conventions follow the family modules: first-person disclosures are
``framed="generic"`` (only a third-person advice sentence or a quotation
excuses them), directed rules (grooming, insults, threats, sexual requests,
scams) use the discussion/report frames, including the Russian ones in
``FRAMES``; incitement aimed at someone else ("иди повесься") is
bullying + self_harm.
"""

from __future__ import annotations

from .frames import FRAMES
from .grooming import GROOMING
from .harm import HARM
from .selfharm import SELF_HARM
from .spam import SPAM

__all__ = ["FRAMES", "GROOMING", "HARM", "SELF_HARM", "SPAM"]
