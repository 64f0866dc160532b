"""Threats using the reader's pictures or data as leverage, and incitement
with a third person's address (harm_leverage.py).  One class per test,
several languages; hard negatives are look-alike everyday lines."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

PAY_OR_PICS_GO = [
    "send me 50 quid in steam cards or ur pics go to everyone in ur school",
    "pay 20 in robux or your nudes end up online",
    "100$ paypal by tonight or ur pics get sent to ur mum",
    "give me 30 euros or your photos go to the whole class",
    "manda 50 euros o tus fotos van a todo el insti",
    "envoie 50€ sinon tes photos partent à tout le collège",
    "zahl 50 euro oder deine bilder gehen an die ganze schule",
    "manda 50 reais ou suas fotos vão pra escola toda",
    "mandami 50 euro o le tue foto vanno a tutta la scuola",
]
CONDITION_THEN_EXPOSE = [
    "keep talking and ill leak ur pics, i still have them",
    "block me and ur pics are going everywhere",
    "say one more word and i will post ur nudes",
    "tell anyone and ur pics go on the gc",
    "ill leak ur nudes",
    "keep talking and ur address goes in the gc, i already got ur moms number 🙂",
    "one more word and i post ur address in the group",
    "say that again and ur number is going on the server",
    "i have ur home address and ur dads number, keep it up",
]
ADDRESS_INCITEMENT = [
    "ugly girl Jessica Patterson lives at 22 Oak street, go tell her what u think of her",
    "that snitch lives at 14 elm road, u know what to do",
    "his address is 5 park lane, everyone go pay him a visit",
    "elle habite au 12 rue des lilas, allez lui dire ce que vous pensez d'elle",
]
PASS = [
    "send me the pics from the trip or ill forget lol",
    "keep talking and ill fall asleep lol",
    "keep practising and ur pics go in the exhibition",
    "keep it up and your photos go in the yearbook",
    "pay 5 quid for the trip or ur name goes on the late list",
    "i got ur moms number for the carpool, see u sat",
    "my nan lives at 5 oak street, go tell her happy birthday",
    "she lives near the park, go left at the church",
    "manda as fotos da viagem ou vou ficar triste",
    "we learned that sextortion is when someone says pay or ur pics go to everyone",
    "if someone says keep talking and ill leak ur pics, tell an adult",
]


@pytest.mark.parametrize("text", PAY_OR_PICS_GO)
def test_payment_or_pictures_go_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


def test_school_after_ur_is_not_a_school_name(pipe: Pipeline) -> None:
    v = pipe.check(PAY_OR_PICS_GO[0])
    assert "pii:school" not in v.reasons and "[school removed]" not in v.text
    assert pipe.redact_pii("everyone in ur school knows") == "everyone in ur school knows"


@pytest.mark.parametrize("text", CONDITION_THEN_EXPOSE)
def test_condition_then_exposure_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", ADDRESS_INCITEMENT)
def test_incitement_with_address_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", PASS)
def test_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert "threat" not in v.categories and "bullying" not in v.categories, (text, v.reasons)
    if "[" not in v.text:
        allowed(pipe, text)
