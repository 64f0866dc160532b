"""A past self-injury the writer or a friend has come through
(frames_recovered.py): a past cue, then help or being well now.  Written
from the failure classes of a blind evaluation, not its sentences.  A
relapse ("... but it's back again", "ainda", "опять") stays a disclosure, and
so does a present one."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

RECOVERED = [
    ("eu me cortei no passado mas fiz terapia e agora estou bem", "pt"),
    ("ano passado me cortei, procurei ajuda e hoje to muito melhor", "pt"),
    ("my friend used to cut herself but she talked to the school counsellor and shes doing better now",
     "en"),
    ("my brother used to hurt himself last year but he sees a therapist and he is ok now", "en"),
    ("she used to hurt herself and shes doing way better now", "en"),
    ("l'année dernière je me suis scarifiée mais j'ai vu un psy et maintenant je vais mieux", "fr"),
    ("раньше я резала себя, но сейчас мне лучше", "ru"),
    ("मेरी बहन पहले खुद को नुकसान पहुँचाती थी पर अब काउंसलर से बात करती है", "hi"),
    ("मेरी बहन पहले खुद को नुकसान पहुँचाती थी, अब वो ठीक है", "hi"),
]
RELAPSED = [
    ("eu me cortei no passado, fiz terapia e agora estou bem, mas ainda penso nisso", "pt"),
    ("my friend used to cut herself but she told the counsellor and now its back again", "en"),
    ("she used to hurt herself and shes doing better now but she started again last week", "en"),
    ("раньше я резала себя, сейчас мне лучше, но опять хочется", "ru"),
    ("मेरी दोस्त पहले खुद को नुकसान पहुँचाती थी, अब ठीक है पर फिर से करने लगी", "hi"),
    ("my friend cut herself yesterday", "en"),
    ("i cut myself last year and i havent told anyone", "en"),
]


@pytest.mark.parametrize(("text", "lang"), RECOVERED)
def test_recovered_past_self_injury_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), RELAPSED)
def test_relapse_or_present_self_injury_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
