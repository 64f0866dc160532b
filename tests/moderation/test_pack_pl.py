"""HateCheck-style functional tests for the Polish language pack
(moderation/packs/pl/, moderation/data/lexicon/pl.txt).

One class of case per test function, written the way children type (with
and without the Polish letters: "sie/się", "zyc/żyć", "pocielam"), with
hard negatives next to every family: hyperbole, accidents, a friend's
situation, a recovered past, game talk, lessons and reports."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held, redacted, self_harm_held


# -- self-harm disclosures -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "nie chcę już żyć",
    "nie chce juz zyc",
    "ja naprawde nie chce zyc",
    "nie chce mi się żyć",
    "mam dość życia",
    "mam dosc zycia serio",
    "chcę umrzeć",
    "chce umrzec",
    "chciałabym zniknąć na zawsze",
    "chcialbym sie zabic",
    "zabiję się",
    "myślę o samobójstwie",
    "wszystkim będzie lepiej beze mnie",
    "beze mnie będzie im łatwiej",
    "jestem tylko ciężarem",
    "chcę zasnąć i się nie obudzić",
    "żegnajcie wszyscy",
    "to moja ostatnia wiadomość",
    "napisałam list pożegnalny",
    "skoczę z mostu",
    "łyknę wszystkie tabletki",
])
def test_self_harm_disclosure(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    "znowu się pocięłam, nie mogę przestać",
    "znowu sie pocielam",
    "pocięłam się wczoraj",
    "tnę się od roku",
    "tne sie i nikt nie wie",
    "nie mogę przestać się ciąć",
    "kaleczę się",
    "robię sobie krzywdę",
    "tnę ręce żyletką",
])
def test_self_injury(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


# -- hyperbole, accidents, a friend, a recovered past pass ------------------------
@pytest.mark.parametrize("text", [
    "umieram ze śmiechu",
    "chcę umrzeć ze wstydu xd",
    "nie chcę żyć w tym mieście",
    "pocięłam się w palec przy krojeniu chleba",
    "skaleczyłam się kartką",
    "moja przyjaciółka mówi, że nie chce żyć, co mam zrobić?",
    "ona nie chce już żyć",
    "koleżanka się tnie, jak jej pomóc",
    "mama mnie zabije jak zobaczy oceny",
    "kiedyś się cięłam, ale teraz jest dużo lepiej",
    "cięłam się w gimnazjum, ale terapia mi pomogła",
    "na lekcji rozmawialiśmy o samobójstwach",
    "to moja ostatnia wiadomość dzisiaj, dobranoc",
    "żegnajcie, do jutra!",
    "jestem ciężarem dla drużyny w tej grze",
])
def test_self_harm_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "idź się zabij",
    "zabij się",
    "powieś się",
    "zdychaj",
    "obyś zdechł",
])
def test_incitement(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "self_harm")


# -- grooming ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "nie mów nikomu",
    "nie mów o tym rodzicom",
    "nikomu nie mów",
    "to będzie nasz sekret",
    "to bedzie nasz maly sekret",
    "niech to zostanie między nami",
    "usuń naszą rozmowę",
    "napisz do mnie na snapie",
    "przejdźmy na whatsappa",
    "pisz na priv",
    "daj mi swój numer",
    "masz snapa?",
    "włącz kamerkę",
    "wyślij mi swoje zdjęcie",
    "wyslij fotke",
    "pokaż się",
    "ile masz lat",
    "gdzie mieszkasz",
    "do jakiej szkoły chodzisz",
    "jesteś sama w domu?",
    "kiedy wracają twoi rodzice",
    "spotkajmy się",
    "mogę cię odebrać spod szkoły",
    "przyjadę po ciebie",
    "przyjdź sama",
    "dam ci robuxy za zdjęcie",
])
def test_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "nie mów nikomu swojego hasła",
    "nie mów nikomu, ale ja lubię Kubę",
    "wyślij mi zdjęcie zadania z matmy",
    "wyślij zdjęcie psa",
    "ktoś mi napisał wyślij zdjęcie, zablokowałam go",
    "na lekcji mówili, że nigdy nie wysyłaj zdjęć obcym",
    "spotkajmy się w grze",
    "włącz kamerkę na lekcji",
    "moi rodzice są w pracy do 17",
    "jutro pani zbiera numer do rodziców",
])
def test_grooming_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- bullying, exclusion, threats -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jesteś taka głupia",
    "jestes gruba",
    "jesteś zerem",
    "ty debilu",
    "zamknij się grubasie",
    "spadaj frajerze",
    "wszyscy cię nienawidzą",
    "nikt cię nie lubi",
    "jutro nikt z nią nie gada",
    "nie odzywajcie się do niej",
    "wywalcie ją z grupy",
])
def test_bullying(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "zabiję cię jutro",
    "zabije cie",
    "dorwę cię po szkole",
    "połamię ci nogi",
    "pożałujesz",
    "wiem gdzie mieszkasz",
])
def test_threats(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "roześlę twoje zdjęcia wszystkim",
    "jeśli nie wyślesz więcej, wrzucę wszystko do internetu",
])
def test_sextortion(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", "sexual")


@pytest.mark.parametrize("text", [
    "jestem głupia",
    "nie jesteś głupia",
    "to zadanie jest głupie",
    "zabiję cię w minecrafcie",
    "mama cię zabije",
    "pożałujesz, że nie przyszłaś na koncert",
    "wywalcie go z grupy bo spamuje",
    "ktoś napisał do niej jesteś gruba, zgłosiłyśmy to",
])
def test_bullying_threat_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "rozbierz się",
    "wyślij nudesa",
    "co masz na sobie?",
    "zdejmij koszulkę",
])
def test_sexual_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


# -- lexicon ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "kurwa",
    "k*rwa mać",
    "ja pierdolę",
    "spierdalaj",
    "chuj ci w dupę",
    "ty chuju",
    "zajebisty",
    "wkurwia mnie to",
])
def test_profanity(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity", lang="pl")


@pytest.mark.parametrize("text", [
    "mój kolega jest gejem",
    "żydzi i muzułmanie w historii polski",
    "mam pedał od roweru",
    "weź szmatę i wytrzyj stół",
    "z boku szkoły",
    "suka fotografi",
    "kurde, zapomniałam",
    "nice gowns",
])
def test_identity_and_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_slur_blocked(pipe: Pipeline) -> None:
    v = pipe.check("ty ciota")
    assert v.action.value == "block" and "slur" in v.categories, v.reasons


# -- PII: Polish phone formats -----------------------------------------------------------
@pytest.mark.parametrize(("text", "secret"), [
    ("mój numer to 512 345 678", "345 678"),
    ("zadzwoń +48 512 345 678", "345 678"),
    ("512-345-678 pisz", "345-678"),
    ("tel 512345678", "512345678"),
])
def test_polish_phone_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


@pytest.mark.parametrize("text", ["ty pedale jeden, spadaj stąd", "ty głupi pedale", "zamknij się pedale"])
def test_homophobic_slur_as_a_vocative_is_held(rules_pipe: Pipeline, text: str) -> None:
    from tests.moderation.helpers import held

    held(rules_pipe, text, "slur", lang="pl")


@pytest.mark.parametrize("text", ["stopa ześlizgnęła mi się na pedale", "rower ma nowe pedały"])
def test_the_pedal_passes(pipe: Pipeline, text: str) -> None:
    from tests.moderation.helpers import allowed

    allowed(pipe, text, lang="pl")
