"""Pseudonyms and the ways they are @mentioned."""

from __future__ import annotations

from consult_server.services.pseudonyms import ADJECTIVES, ANIMALS, make_pseudonym, mention_forms
from moderation import Pipeline


def test_pseudonym_shape() -> None:
    adjective, animal, number = make_pseudonym().split()
    assert adjective in ADJECTIVES and animal in ANIMALS and 10 <= int(number) <= 99


def test_mention_forms_cover_the_ways_children_type_a_pseudonym() -> None:
    forms = mention_forms(["Blue Otter 17", "  "])
    assert {"blueotter17", "blue_otter_17", "blue.otter.17", "blueotter", "blue_otter", "blue"} <= forms
    assert all(f == f.lower() and " " not in f for f in forms)


def test_pipeline_shows_mentioned_pseudonyms_and_still_redacts_other_handles() -> None:
    pipe = Pipeline()
    context = {"mentions": mention_forms(["Blue Otter 17"])}
    for text in ("@BlueOtter17 good point", "@blue_otter_17 same", "i agree with @BlueOtter17."):
        verdict = pipe.check(text, context=context)
        assert verdict.action == "allow" and verdict.text == text, text
    # without the room's names, the same words look like an account elsewhere
    assert pipe.check("@BlueOtter17 good point").action == "redact"
    assert "lily2011" not in pipe.check("add @lily2011 on insta", context=context).text
