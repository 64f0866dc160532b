"""A real name given after "my real name is" and its forms in 11 languages
(pii_real_names.py): the name - one or two words, capitalised or not - is
redacted whole and the rest shown; a cue with no name after it ("my real
name is too long to type") and talk about real names pass unchanged."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, redacted

# (message, the name that must be gone, a word of the rest that stays)
REAL_NAMES = [
    ("my real name is Emma Clarke", "Emma", "real"),
    ("my real name is emma", "emma", "real"),
    ("my real name's Jake lol", "Jake", "lol"),
    ("My real name: Olivia Brown", "Olivia", "My"),
    ("irl my name is jake", "jake", "irl"),
    ("in real life I'm Sophie", "Sophie", "life"),
    ("in real life i'm sophie btw", "sophie", "btw"),
    ("my actual name is Tom Baker", "Baker", "actual"),
    ("my true name is Kai", "Kai", "true"),
    ("offline my name is Maya", "Maya", "offline"),
    ("my name irl is Zoe Adams", "Zoe", "irl"),
    ("irl i'm called Leo", "Leo", "called"),
    ("my real name is literally bob", "bob", "literally"),
    ("my real name is Emma Rose Clarke", "Clarke", "real"),
    ("my legal name is Alexander but I go by Alex", "Alexander", "Alex"),
    ("my real name is jake and im 12", "jake", "12"),
    ("mon vrai nom c'est Léa Martin", "Léa", "vrai"),
    ("mon vrai nom c’est léa", "léa", "vrai"),
    ("mon vrai prénom est Hugo", "Hugo", "prénom"),
    ("en vrai je m'appelle Inès", "Inès", "appelle"),
    ("mi nombre real es Lucía", "Lucía", "nombre"),
    ("en realidad me llamo Pablo", "Pablo", "llamo"),
    ("mi verdadero nombre es Sofía Ruiz", "Sofía", "verdadero"),
    ("en la vida real me llamo mateo", "mateo", "vida"),
    ("meu nome verdadeiro é Ana Souza", "Ana", "verdadeiro"),
    ("na vida real me chamo João", "João", "chamo"),
    ("meu verdadeiro nome é Bruno", "Bruno", "nome"),
    ("mein echter Name ist Lukas", "Lukas", "echter"),
    ("in echt heiße ich Mia", "Mia", "heiße"),
    ("mein richtiger Name ist Jonas Weber", "Jonas", "richtiger"),
    ("in echt heisse ich lena", "lena", "echt"),
    ("il mio vero nome è Giulia", "Giulia", "vero"),
    ("in realtà mi chiamo Marco", "Marco", "chiamo"),
    ("il mio nome vero è luca rossi", "luca", "vero"),
    ("моё настоящее имя Саша", "Саша", "настоящее"),
    ("на самом деле меня зовут Дима", "Дима", "зовут"),
    ("мое настоящее имя это Катя Иванова", "Катя", "имя"),
    ("в реале меня зовут Миша", "Миша", "реале"),
    ("gerçek adım Elif", "Elif", "adım"),
    ("benim gerçek adım Mehmet Yılmaz", "Mehmet", "gerçek"),
    ("gerçek ismim zeynep", "zeynep", "ismim"),
    ("moje prawdziwe imię to Kasia", "Kasia", "prawdziwe"),
    ("naprawdę mam na imię Ola", "Ola", "imię"),
    ("moje prawdziwe imie to bartek", "bartek", "prawdziwe"),
    ("nama asliku Nadia", "Nadia", "asliku"),
    ("nama asli gw budi", "budi", "gw"),
    ("nama asli aku Rina Sari", "Rina", "asli"),
    ("nama asli saya adalah Dewi", "Dewi", "adalah"),
]

# a cue with no name after it, or real names talked about: shown as written
NO_NAME = [
    "my real name is too long to type",
    "my real name is on my passport, never share it online",
    "the teacher said never tell your real name online",
    "my real name is really embarrassing",
    "my real name is not that interesting",
    "my real name? not telling",
    "in real life I'm a totally different person",
    "irl im shy",
    "irl im really quiet",
    "irl im 12",
    "my real name is boring compared to my username",
    "my real name is kinda common",
    "we learned why you should not use your real name as a username",
    "is it safe to put my real name on roblox?",
    "my real name is the same as my username lol",
    "mon vrai nom c'est trop long à écrire",
    "mon vrai nom est pas important",
    "en vrai je m'appelle comme mon grand-père",
    "mi nombre real es muy largo",
    "mi nombre real es privado",
    "en realidad me llamo igual que mi abuela",
    "meu nome verdadeiro é muito feio",
    "meu nome verdadeiro é segredo",
    "mein echter Name ist zu lang",
    "mein echter Name ist geheim",
    "il mio vero nome è troppo lungo",
    "il mio vero nome è un segreto",
    "моё настоящее имя слишком длинное",
    "на самом деле меня зовут по-другому",
    "моё настоящее имя тоже редкое",
    "gerçek adım çok uzun",
    "gerçek adımı söylemem",
    "gerçek adımı internette paylaşmam",
    "moje prawdziwe imię to tajemnica",
    "moje prawdziwe imię jest długie",
    "nama asliku rahasia",
    "nama asli gw jelek banget",
    "jangan pakai nama asli di internet",
]


@pytest.mark.parametrize(("text", "name", "kept"), REAL_NAMES)
def test_real_name_redacted(pipe: Pipeline, text: str, name: str, kept: str) -> None:
    redacted(pipe, text, name)
    shown = pipe.check(text).text
    assert "[name removed]" in shown and kept in shown, shown


@pytest.mark.parametrize("text", NO_NAME)
def test_no_name_after_cue_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)
