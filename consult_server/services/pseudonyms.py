"""Pseudonyms like "Blue Otter 17": friendly, not identifying, and unique within a room."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

ADJECTIVES = (
    "Blue",
    "Brave",
    "Bright",
    "Calm",
    "Clever",
    "Cosmic",
    "Curious",
    "Gentle",
    "Golden",
    "Green",
    "Happy",
    "Kind",
    "Lucky",
    "Mighty",
    "Quick",
    "Quiet",
    "Silver",
    "Sunny",
    "Swift",
    "Wise",
    "Amber",
    "Coral",
    "Jolly",
    "Misty",
    "Noble",
    "Polar",
    "Rapid",
    "Steady",
    "Cheerful",
    "Bold",
)
ANIMALS = (
    "Otter",
    "Panda",
    "Falcon",
    "Dolphin",
    "Fox",
    "Koala",
    "Lynx",
    "Owl",
    "Penguin",
    "Tiger",
    "Turtle",
    "Whale",
    "Zebra",
    "Badger",
    "Beaver",
    "Camel",
    "Crane",
    "Gecko",
    "Heron",
    "Ibis",
    "Lemur",
    "Llama",
    "Moose",
    "Orca",
    "Puffin",
    "Robin",
    "Seal",
    "Sparrow",
    "Yak",
    "Hedgehog",
)


def make_pseudonym() -> str:
    return f"{secrets.choice(ADJECTIVES)} {secrets.choice(ANIMALS)} {secrets.randbelow(90) + 10}"


def mention_forms(pseudonyms: Iterable[str]) -> frozenset[str]:
    """The ways a child may @mention someone in the room ("@BlueOtter17",
    "@blue_otter_17", "@Blue"), lower-cased.

    Why: moderation redacts an @word with digits or underscores as a social
    handle, and a pseudonym typed without its spaces has that shape. Passed as
    the pipeline's ``context["mentions"]``, these stay visible: they point at a
    pseudonym in the room, not at an account elsewhere.
    """
    forms: set[str] = set()
    for name in pseudonyms:
        parts = name.lower().split()
        if not parts:
            continue
        forms.update(("".join(parts), "_".join(parts), ".".join(parts), parts[0]))
        if len(parts) > 2:
            forms.update(("".join(parts[:2]), "_".join(parts[:2])))
    return frozenset(forms)
