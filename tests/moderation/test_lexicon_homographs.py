"""Listed words that are everyday words of another language (lexicon_homographs.py):
German "dick" (fat, thick) and "hebe" (I lift) are not English profanity or a slur in German
text, Turkish "koşmak" / "koş" (run) is not Arabizi "kosmak"; the listed words stay held in their
own company.  Also German quoted threats with a report, excused like English ones (frames.py)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

# (text, language tag)
GERMAN_DICK = [
    ("das Buch ist so dick", "de"),
    ("das Buch ist so dick", None),
    ("mein Vater ist dick", "de"),
    ("das ist mir zu dick", "de"),
    ("der Stamm ist dick", "de"),
    ("Schokolade macht dick", None),
    ("ein dick belegtes Brot bitte", None),
    ("die Wand ist 20 cm dick", None),
    ("ich esse zu viel, ich werde dick", None),
    ("zieh dich dick an, es ist kalt", "de"),
    ("der Pullover ist voll dick und warm", None),
    ("das Heft ist nicht so dick wie das Buch", "de"),
    ("das buch ist so dick", "en"),
    ("die Scheibe ist mir zu dick geschnitten", None),
]
GERMAN_HEBE = [
    ("ich hebe die Hand", "de"),
    ("ich hebe die Hand", None),
    ("hebe das auf bitte", None),
    ("hebe das auf", "de"),
    ("ich hebe gewichte im gym", None),
    ("hebe deine hand, wenn du fertig bist", None),
    ("ich hebe ab, tschüss", "de"),
    ("heute hebe ich schwere kisten", "de"),
    ("ich hebe mir das stück für morgen auf", None),
]
TURKISH_RUN = [
    ("koş", "tr"),
    ("hadi koş", None),
    ("koş koş koş", None),
    ("kosmak istiyorum", "tr"),
    ("hep kosmak isterim", "tr"),
    ("kosmak cok zor", None),
    ("koşmak ya da yüzmek", None),
    ("her sabah koşmak istiyorum", None),
    ("koşmayı seviyorum", "tr"),
    ("parkta koşmak çok güzel", None),
    ("yarın sabah beraber koşalım mı, koşmak iyi geliyor", None),
]
STILL_HELD = [
    ("dick", "de"),
    ("dick", None),
    ("suck my dick", "de"),
    ("du bist ein dick", "de"),
    ("du dick", "de"),
    ("he is such a dick", None),
    ("ur so dick lol", None),
    ("send dick pics", "de"),
    ("d1ck", "de"),
    ("hebe", None),
    ("dirty hebe", None),
    ("you hebe", "de"),
    ("a dirty hebe like you", "de"),
    ("ya kosmak", None),
    ("ya kosmak", "tr"),
    ("enta kosmak", None),
    ("kosmak ya 7mar", None),
    ("kosmak ya sharmouta", "tr"),
    ("kosmak", None),
    ("kosmak", "ar"),
    ("kos", None),
    ("kos ommak", None),
    ("inta kos", None),
]
GERMAN_QUOTED_THREATS = [
    "er hat gesagt: ich mach dich fertig, und ich hab es gemeldet",
    'er meinte "ich mach dich fertig" - hab es dem Lehrer erzählt',
    "jemand schrieb mir ich schlag dich morgen, ich habe es gemeldet",
    "er hat gesagt ich mach dich fertig, ich hab es meinen eltern erzählt",
    'er schrieb "ich stech dich ab" und ich hab ihn gemeldet',
    "in der pause hat er gesagt ich hau dich, das hab ich der lehrerin gesagt",
    "er hat gesagt ich stech dich ab und ich hab es dem lehrer gesagt",
    "jemand hat mir geschrieben ich weiß wo du wohnst, ich hab es meinem papa gezeigt",
]
GERMAN_THREATS = [
    "ich mach dich fertig",
    "ich stech dich ab",
    "ich bring dich um",
]


@pytest.mark.parametrize(("text", "lang"), GERMAN_DICK)
def test_german_dick_passes(pipe: Pipeline, text: str, lang: str | None) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), GERMAN_HEBE)
def test_german_hebe_passes(pipe: Pipeline, text: str, lang: str | None) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), TURKISH_RUN)
def test_turkish_run_passes(pipe: Pipeline, text: str, lang: str | None) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_listed_word_in_its_own_company_held(pipe: Pipeline, text: str, lang: str | None) -> None:
    held(pipe, text, lang=lang)


@pytest.mark.parametrize("text", GERMAN_QUOTED_THREATS)
def test_german_reported_threat_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text, lang="de")
    allowed(pipe, text)


@pytest.mark.parametrize("text", GERMAN_THREATS)
def test_german_threat_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", lang="de")


# Portuguese "pede" (asks) is not the French slur "pédé"; Spanish "huesos" (bones) is not
# the transliterated Russian insult
PORTUGUESE_PEDE = [
    ("ela pede ajuda ao professor", None),
    ("o suporte do roblox nunca pede sua senha", "pt"),
    ("ele sempre pede dinheiro emprestado", None),
    ("minha mãe pede pra eu desligar o celular às 22h", None),
    ("se alguém pede foto sua, bloqueia e conta pra um adulto", "pt"),
    ("o jogo pede a data de nascimento", None),
    ("quem pede desculpa primeiro é mais maduro", "pt"),
    ("ninguém pede a nossa opinião sobre as redes sociais", None),
]
SPANISH_HUESOS = [
    ("el perro callejero estaba en los huesos", "es"),
    ("me duelen los huesos después del partido", None),
    ("en biología estudiamos los huesos del cuerpo", None),
    ("mi abuela dice que la leche hace huesos fuertes", "es"),
    ("se rompió dos huesos esquiando", None),
]
STILL_HELD_MORE = [
    ("sale pédé", "pt"),
    ("t'es un pédé", None),
    ("espèce de pédé va", None),
    ("ты хуесос", "es"),
    ("ty huesos", "es"),
    ("huesos", None),
    ("ah ty huesos blyat", None),
]


@pytest.mark.parametrize(("text", "lang"), PORTUGUESE_PEDE + SPANISH_HUESOS)
def test_portuguese_pede_and_spanish_huesos_pass(pipe: Pipeline, text: str, lang: str | None) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD_MORE)
def test_slur_and_insult_held_in_own_company(pipe: Pipeline, text: str, lang: str | None) -> None:
    held(pipe, text, lang=lang)


# a report of what someone wrote or commented is excused like one of what they said
@pytest.mark.parametrize("text", [
    "someone wrote nice try loser under my video and i reported it",
    "a boy commented you are so ugly on my post so i blocked him",
    "she replied shut up idiot and i told my teacher",
])
def test_written_insult_reported_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
