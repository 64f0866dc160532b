"""Bullying shapes from harm_groups.py (and the animal-face word in
harm_shaming.py): a group made without someone and kept from them, Italian
and Hindi exclusion, mocking the reader's face or skin colour in Hindi, an
animal face as a name.  Written from the failure classes of a blind
evaluation, not its sentences.  Hard negatives: surprise parties, groups
without a teacher, the writer's own face, black sunglasses, face masks."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

GROUP_EXCLUSION = [
    ("we started a secret gc without Maya, dont tell her", "en"),
    ("we made a new group without Leo, nobody tell him", "en"),
    ("hicimos un grupo nuevo sin Ana, nadie le diga", "es"),
    ("on a fait un nouveau groupe sans Lucas, personne lui dit", "fr"),
    ("criamos um grupo novo sem o Pedro, ninguem conta pra ele", "pt"),
    ("abbiamo fatto un gruppo nuovo senza Marco, nessuno glielo dica", "it"),
    ("wir haben eine neue Gruppe ohne Tim gemacht, sagt ihm nichts", "de"),
    ("nessuno ti ha invitata perché sei strana", "it"),
    ("tu bahut ajeeb hai, koi dost nahi banega tera", "hi"),
    ("तेरा कोई दोस्त नहीं बनेगा", "hi"),
]
GROUP_EXCLUSION_NEG = [
    ("we made a new group without Leo, nobody tell him, its for his surprise party", "en"),
    ("hicimos un grupo sin Ana, nadie le diga, es para su cumpleaños", "es"),
    ("we made a group without the teacher for the project", "en"),
    ("i made a group chat for the survey, tell everyone", "en"),
    ("nessuno ti ha invitato? strano, chiedo io", "it"),
    ("mere school mein koi dost nahi hai", "hi"),
]
LOOKS = [
    ("lol look at her braces in that photo, pizza face", "en"),
    ("you horse face, nobody asked", "en"),
    ("teri shakal dekh ke hasi aati hai", "hi"),
    ("tu kitna ajeeb dikhta hai yaar", "hi"),
    ("tu itni kaali aur moti hai", "hi"),
    ("तेरा चेहरा देख के हंसी आती है", "hi"),
    ("तू इतनी काली और मोटी है", "hi"),
]
LOOKS_NEG = [
    ("she wore a horse face mask for halloween", "en"),
    ("i drew a pizza face in art", "en"),
    ("mera chehra dekh ke hasi aati hai subah subah", "hi"),
    ("us meme ko dekh ke hasi aati hai", "hi"),
    ("tum kaala chashma pehno, achha lagega", "hi"),
    ("tu kitni pyaari lagti hai", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), GROUP_EXCLUSION)
def test_group_made_without_someone_is_exclusion(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), GROUP_EXCLUSION_NEG)
def test_surprises_and_everyday_groups_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), LOOKS)
def test_mocking_face_and_skin_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), LOOKS_NEG)
def test_own_face_memes_and_masks_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
