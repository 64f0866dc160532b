"""@mentions of people in the room are shown; @handles that point to an
account elsewhere are redacted (pii_mentions.py)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

MENTIONS = [
    "@maya same lol",
    "@Tom what do you think?",
    "i agree with @sofia, reporting should be easier",
    "@carlos jajaja no puede ser",
    "@lea t'as raison",
    "@jonas stimmt genau",
    "@ayse bence de öyle",
    "@kasia zgadzam się",
    "@rina iya bener banget",
    "@aarav sahi baat hai",
    "thanks @Priya for explaining that",
    # names with letters outside ASCII, and "je suis" (I am), not "suis" (follow)
    "mdr @inès je suis trop fatiguée",
    "@josé tienes razón",
    "@Łucja zgadzam się",
    "@иван согласен",
]

HANDLES = [
    ("follow my ig @skate_boy_lisbon", "skate_boy_lisbon"),
    ("add me @jake", "@jake"),
    ("@lily2011 hi", "lily2011"),
    ("im @sunny on there", "@sunny"),
    ("my snap @mia", "@mia"),
    ("agregame @pedro", "@pedro"),
    ("suivez moi @lucie", "@lucie"),
    ("takip et @zeynep", "@zeynep"),
    ("my username: @leo", "@leo"),
    ("dm me @jakey for a surprise", "@jakey"),
    ("sub to my channel @gamerboy", "@gamerboy"),
    ("@x.y.z hi", "x.y.z"),
    # the whole name is removed, not "@in" with "ès" left showing
    ("add @inès_2010 on insta", "inès"),
    ("je suis @inès sur tiktok", "inès"),
    ("suis @chloé pour plus", "chloé"),
]


@pytest.mark.parametrize("text", MENTIONS)
def test_a_mention_of_someone_in_the_room_is_shown(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW and v.text == text, (text, v.action, v.reasons)


@pytest.mark.parametrize(("text", "secret"), HANDLES)
def test_a_handle_that_points_elsewhere_is_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    v = pipe.check(text)
    assert secret not in v.text, (text, v.text)
    assert "pii" in v.categories, (text, v.reasons)


def test_room_pseudonyms_passed_by_the_server_are_shown_whatever_their_shape(pipe: Pipeline) -> None:
    text = "@BlueFox42 agreed"
    assert "[handle removed]" in pipe.check(text).text
    v = pipe.check(text, context={"mentions": ["BlueFox42"]})
    assert v.action is Action.ALLOW and v.text == text, v.reasons


def test_a_mention_does_not_hide_the_harm_around_it(pipe: Pipeline) -> None:
    v = pipe.check("@maya you are so ugly nobody likes you")
    assert v.action is Action.HOLD and "bullying" in v.categories, v.reasons
