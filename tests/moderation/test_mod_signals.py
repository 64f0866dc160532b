"""Self-harm signals: two different weak cue families in one first-person
message are held; one family alone, or a third-person/advice frame, is not."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how many of my sleeping pills would it take to not wake up", "en"),
        ("gave all my games to my cousin, i wont need them anymore", "en"),
        ("my family would have an easier life if i was not around", "en"),
        ("im so tired of everything and i keep hiding my cuts with long sleeves so mum doesnt see",
         "en"),
        ("regalé todas mis cosas, ya no voy a estar aquí", "es"),
        ("j'ai donné mes jeux à mon frère, de toute façon je ne serai plus là", "fr"),
        ("cansada de tudo, seria mais fácil sem mim", "pt"),
        ("ich bin müde von allem und bald bin ich nicht mehr da", "de"),
        ("устала от всего, скоро меня не будет", "ru"),
        ("تعبت من كل شي وكلهم احسن بدوني", "ar"),
        ("sab se thak gaya hu, mere bina behtar rahega sabka", "hi"),
    ],
)
def test_two_cue_families_hold(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i gave my old games to my little brother", "en"),
        ("how many pills do you take for a headache? asking for my mum", "en"),
        ("im so tired of homework lol", "en"),
        ("we crossed the bridge and it was too many steps", "en"),
        ("i wear long sleeves because its cold", "en"),
        ("estoy cansada de todo el drama de instagram", "es"),
        ("my cousin is tired of everything since her dog died, how can i help", "en"),
        ("i want this app to disappear, its so boring and im tired of it", "en"),
    ],
)
def test_one_family_or_third_person_passes(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW, (text, v)


def test_reason_names_the_pair(pipe: Pipeline) -> None:
    v = pipe.check("how many of my sleeping pills would it take to not wake up", "en")
    assert any(r.startswith("signals:") or r.startswith("stage:self_harm") for r in v.reasons)
