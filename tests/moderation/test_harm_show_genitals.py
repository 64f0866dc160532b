"""The writer's genitals offered to the reader with the plain anatomical word
(harm_show_genitals.py, rule sexual:offer): held in 13 languages; a doctor's
visit, a biology lesson and a report pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

OFFERS = [
    ("do you wanna see my penis?", "en"),
    ("can i send u a pic of my penis", "en"),
    ("shall i show u my boobs", "en"),
    ("kieres ver mi pene? 😏", "es"),
    ("te enseño mis tetas si quieres", "es"),
    ("tu veux voir mon pénis ?", "fr"),
    ("je te montre mes seins ce soir", "fr"),
    ("vc quer ver meu pinto?", "pt"),
    ("posso te mostrar minha vagina", "pt"),
    ("vuoi vedere il mio pisello?", "it"),
    ("ti faccio vedere il mio pene", "it"),
    ("soll ich dir meinen penis zeigen", "de"),
    ("willst du meinen pimmel sehen?", "de"),
    ("chcesz zobaczyć mojego siusiaka?", "pl"),
    ("pokażę ci mojego penisa", "pl"),
    ("km mau liat burungku ga", "id"),
    ("aku kirimin penisku ya", "id"),
    ("хочешь я покажу тебе свой член", "ru"),
    ("могу показать тебе свою грудь", "ru"),
    ("memelerimi göstereyim mi", "tr"),
    ("penisimi görmek ister misin?", "tr"),
    ("mera lund dekhna hai?", "hi"),
    ("dikhau apna penis?", "hi"),
    ("بدك تشوفي قضيبي؟", "ar"),
    ("اوريكي صدري", "ar"),
    ("要不要看我的下面", "zh"),
    ("给你看我的小弟弟", "zh"),
]

PASSES = [
    ("the doctor looked at my penis and said its fine", "en"),
    ("wanna see my balls? i got new football balls", "en"),
    ("in biology we labelled the penis and the vagina on a diagram", "en"),
    ("a man asked if i wanted to see his penis, i blocked him and told my mum", "en"),
    ("on a vu le pénis en SVT, tout le monde rigolait", "fr"),
    ("el médico me dijo que mi pene está bien, era una infección", "es"),
    ("на биологии проходили строение тела, член и всё такое", "ru"),
    ("dokter bilang burungku cuma iritasi", "id"),
]


@pytest.mark.parametrize(("text", "lang"), OFFERS)
def test_offer_to_show_genitals_is_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    held(rules_pipe, text, "sexual", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_medical_lesson_and_report_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
