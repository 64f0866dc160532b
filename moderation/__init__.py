"""Moderation for youth consultations: public API.

>>> from moderation import Pipeline, Policy
>>> Pipeline(Policy.default()).check("hello").action.value
'allow'
"""

from __future__ import annotations

from .normalise import Prepared
from .pipeline import Pipeline, Stage
from .policy import Helpline, Policy, PolicyError
from .verdict import CATEGORIES, Action, Verdict

__all__ = [
    "CATEGORIES",
    "Action",
    "Helpline",
    "Pipeline",
    "Policy",
    "PolicyError",
    "Prepared",
    "Stage",
    "Verdict",
]
