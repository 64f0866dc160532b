"""Pseudonyms like "Blue Otter 17": friendly, not identifying, and unique within a room."""

from __future__ import annotations

import secrets

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
