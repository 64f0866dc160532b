"""Threats of bodily harm aimed at the reader (harm_bodily.py and the pl, tr,
id packs' harm files): a first-person violent verb at "you" or the reader's
body part, with or without a condition; "dead tomorrow"; "you can't escape
from me".  Games, idioms, cooking, reports and body parts of the writer pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

BODY_PART = [
    "ich brech dir die beine",
    "ich polier dir die fresse",
    "ich brech dir alle knochen",
    "Kuba, zobaczysz jutro po WF-ie, połamię ci łapy",
    "wybiję ci zęby",
    "rozwalę ci łeb",
    "bacaklarını kıracağım",
    "ağzını burnunu kırarım",
    "ti rompo le gambe",
    "ti faccio saltare i denti",
    "te rompo las piernas",
    "je vais te briser les os",
    "vou quebrar teus dentes",
    "я сломаю тебе ноги",
    "я тебе все кости переломаю",
    "راح اكسر رجليك",
    "मैं तेरी टांगें तोड़ दूंगा",
    "gue patahin kaki lo",
]
CONDITION_THEN_HARM = [
    "wenn du mich nochmal meldest stech ich dich ab",
    "Leon wenn du morgen in die Schule kommst, schlag ich dir die Zähne raus",
    "jak mnie jeszcze raz zgłosisz to cię dźgnę nożem",
    "se mi segnali ancora ti spacco i denti",
    "si tu me signales encore je te casse la gueule",
    "если ещё раз пожалуешься я тебе зубы выбью",
    "kalau lo lapor lagi gue pukul lo",
]
STAB = ["ich stech dich ab", "seni bıçaklayacağım", "ti accoltello", "te apuñalo", "راح اطعنك",
        "aku tusuk kamu", "मैं तुझे मारूंगा"]
DEAD_OR_NO_ESCAPE = [
    "morgen bist du tot",
    "jutro jesteś trupem",
    "yarın öldün",
    "domani sei morto",
    "amanhã tu tá morto",
    "بكرا انت ميت",
    "kal tu mara hua hai",
    "besok lo mati",
    "seni okul çıkışında bekleyeceğim, kaçamazsın",
    "du entkommst mir nicht",
    "nie uciekniesz mi",
    "non mi scappi",
    "de mí no te escapas",
    "ты от меня не убежишь",
    "ما راح تهرب مني",
    "tu bhaag nahi sakta",
    "lo gak bisa kabur dari gue",
    "you can't escape from me",
]
PASS = [
    "ich mach dich in fifa fertig",
    "ich brech dir die beine in fifa",
    "stech die Kartoffeln mit der Gabel ein",
    "er hat gesagt er schlägt mir die Zähne raus",
    "ich brech dir ein stück schokolade ab",
    "ich schneid dir die haare",
    "i'll beat you at chess",
    "you can't escape homework lol",
    "ti rompo le scatole",
    "ti spacco il culo a fifa",
    "non puoi scappare dai tuoi problemi",
    "te rompo el corazon",
    "je te casse la tête avec mes questions",
    "je vais te casser les pieds avec mes questions",
    "vou quebrar a cara nessa prova",
    "я сломаю тебе ноги в фифе",
    "он сказал что сломает тебе ноги",
    "от экзаменов никуда не денешься",
    "wybiję ci to z głowy",
    "złamię ci serce",
    "kalbini kıracağım",
    "kafanı kıracağım dedi",
    "besok lo mati gaya ya",
    "tu homework se bhaag nahi sakta",
    "ich warte nach der schule auf dich, dann gehen wir zusammen heim",
]


@pytest.mark.parametrize("text", BODY_PART)
def test_violent_verb_at_readers_body_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", CONDITION_THEN_HARM)
def test_condition_then_harm_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", STAB)
def test_stab_or_beat_you_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", DEAD_OR_NO_ESCAPE)
def test_dead_tomorrow_or_no_escape_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_games_idioms_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
