"""HateCheck-style functional tests for indirect self-harm disclosures in
English, Spanish, French, Portuguese and German (finality and burden, giving
things away and goodbye notes, hopelessness, methods and injuries, German
zu-infinitives, "better for everyone if I didn't exist", ongoing
self-injury), with the hard negatives each must let through: idioms,
look-alikes, talk about the harm, waking late and hiding in bed."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, held


# -- indirect self-harm disclosures --------------------------------------
@pytest.mark.parametrize("text", [
    "i wont be a problem for much longer",
    "dont worry i wont be a burden much longer",
    "dont worry guys i wont be a bother much longer",
    "you guys wont have to deal with me much longer",
    "soon i wont be anyone's problem",
    "tonight is the night i end it",
    "i hate my life i want it to be over",
    "i feel like disappearing forever",
    "i deserve to die",
    "i deserve to suffer",
    "life isnt worth living",
    "i want to unalive",
])
def test_self_harm_finality_burden_en(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "im giving all my stuff away",
    "gave away my stuff to my friends today",
    "i gave my sister all my things bc i wont need them",
    "i gave my best friend all my stuff yesterday",
    "been giving my things away",
    "i wrote letters for my family for after im gone",
    "i left notes for my family for when im gone",
])
def test_self_harm_giving_away_and_goodbye_notes_en(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "theres no point anymore",
    "no point anymore honestly",
    "whats even the point anymore",
    "honestly whats the point anymore",
    "i just cant anymore",
    "i cant anymore i just cant",
    "cant do this no more",
    "i dont see a way out anymore",
    "would anyone even care if i was gone",
    "nobody would even care if i died tbh",
])
def test_self_harm_hopelessness_en(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "i took like 20 pills",
    "i took a whole bottle of pills",
    "i took like 30 tablets",
    "swallowed a whole box of paracetamol",
    "my cuts are getting deeper",
    "my scars are getting worse",
    "wearing long sleeves in summer so nobody sees",
    "its so hot but i have to wear long sleeves bc of my arms",
    "i always wear hoodies so my parents dont see my arms",
    "thinking about sewerslide",
])
def test_self_harm_method_and_injury_en(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "ya no puedo más",
    "ya no puedo mas con esto",
    "ya no puedo más de verdad",
    "ya no voy a ser un problema por mucho tiempo",
    "pronto ya no seré una carga",
    "soy una carga para todos",
    "estoy regalando mis cosas",
    "regalé todas mis cosas",
    "escribí cartas de despedida",
    "escribí una carta de despedida para mi familia",
    "no quiero despertar mañana",
    "ojala no despertar",
    "me he estado haciendo daño",
    "me he estado cortando",
    "me estoy cortando otra vez",
    "nadie notaría si me fuera",
    "nadie se daría cuenta si desaparezco",
    "nadie me extrañaría",
    "nadie me echaría de menos",
    "ya nada tiene sentido",
    "no tiene sentido seguir",
    "estoy harta de vivir",
    "uso manga larga en verano para que no vean mis cortes",
])
def test_self_harm_indirect_es(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "não aguento mais",
    "nao aguento mais",
    "não aguento mais de verdade",
    "não vou ser um problema por muito tempo",
    "sou um peso pra todo mundo",
    "to dando minhas coisas",
    "tô dando todas as minhas coisas",
    "escrevi cartas de despedida",
    "não quero acordar amanhã",
    "me corto",
    "tomei um monte de remédio",
    "tomei 20 comprimidos",
    "nada mais faz sentido",
    "vou acabar com tudo",
])
def test_self_harm_indirect_pt(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "j'en peux plus",
    "jen peux plus de cette vie",
    "je n'en peux plus",
    "je peux plus",
    "je serai plus un problème bientôt",
    "je suis un fardeau pour tout le monde",
    "je donne toutes mes affaires",
    "j'ai écrit des lettres d'adieu",
    "je veux pas me réveiller demain",
    "je me suis brûlée avec un briquet",
    "j'ai pris plein de cachets",
    "j'ai avalé toute la boite de médocs",
    "j'ai avalé plein de médocs",
    "personne remarquerait si je disparaissais",
    "ça sert à rien de vivre",
    "ça sert à rien de continuer à vivre",
    "ya plus aucun intérêt à vivre",
])
def test_self_harm_indirect_fr(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "ich bin bald kein problem mehr",
    "ich bin eh bald kein problem mehr",
    "ich bin eine last für alle",
    "ich verschenke meine sachen",
    "ich hab abschiedsbriefe geschrieben",
    "ich habe einen abschiedsbrief geschrieben",
    "hab ne ganze packung tabletten genommen",
    "niemand würde es merken wenn ich weg wäre",
    "es hat alles keinen sinn mehr",
    "alles hat keinen sinn mehr",
    "ich hab mich wieder geritzt",
])
def test_self_harm_indirect_de(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "this homework is killing me",
    "im dead 💀 that meme",
    "i died laughing",
    "my phone is about to die",
    "my battery is dying",
    "i dont want to wake up early tomorrow",
    "i hope i wake up early for the trip",
    "im giving away my old clothes to charity",
    "my mum made me give away my stuff to charity",
    "give me my stuff back",
    "can you give me back my things",
    "i wont need my umbrella much longer",
    "nobody would notice if i left the call early",
    "no point arguing with him",
    "i cant do this level anymore lol",
    "i burned my hand on the oven",
    "i cut my finger cooking",
    "took a bunch of pics at the beach",
    "i took 2 pills for my headache",
    "the doctor gave me 10 tablets for the week",
    "i wear long sleeves because of my eczema on my arms",
    "i want this lesson to be over",
    "i deserve to win",
    "is the sewer slide at the water park open",
    "goodbye letter for my teacher who is retiring",
    "ya no puedo más de la risa",
    "no tiene sentido seguir discutiendo",
    "estoy regalando mis cosas viejas",
    "me estoy cortando el pelo",
    "je peux plus attendre les vacances",
    "j'en peux plus de ce prof",
    "je me suis brûlée avec le four",
    "não aguento mais esse calor kkkk",
    "dei minhas coisas velhas pro meu primo",
    "ich kann nicht mehr vor lachen",
    "ich hab mich beim kochen geschnitten",
    "das hat keinen sinn mehr zu streiten",
    "wenn ich weg bin füttere bitte die katze",
])
def test_self_harm_idioms_and_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    "we learned what to do if a friend says they want to die",
    "giving away possessions is a warning sign of suicide",
    "wearing long sleeves in summer can be a sign someone self harms",
    "if a friend starts giving away their things tell an adult",
    "people who self harm need support not judgement",
    "on a parlé du suicide en classe",
    "si una amiga dice que se quiere morir hay que decirlo a un adulto",
])
def test_self_harm_discussion_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize(
    "text",
    [
        "ich hab schon oft überlegt mich umzubringen",
        "manchmal denke ich daran mich selbst zu verletzen",
        "will einfach einschlafen und nie wieder aufwachen",
        "ich möchte am liebsten einfach nur verschwinden",
        "es wäre für alle besser wenn ich weg wäre",
        "alles wär besser wenn ich nicht mehr da wäre",
    ],
)
def test_german_disclosures(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm", lang="de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("seria melhor pra todo mundo se eu nao existisse", "pt"),
        ("minha familia ficaria mais feliz se eu sumisse", "pt"),
        ("sería mejor para todos si yo no existiera", "es"),
        ("ce serait mieux pour tout le monde si je n'existais pas", "fr"),
        ("tenho me cortado de novo e nao consigo parar", "pt"),
        ("to me machucando escondido faz meses", "pt"),
    ],
)
def test_burden_and_ongoing_injury(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "self_harm", lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("das video war besser als ich dachte", "de"),
        ("ich will nicht dass meine nachrichten verschwinden", "de"),
        ("wenn ich weg bin, gießt du die blumen?", "de"),
        ("seria melhor se eu estudasse mais", "pt"),
        ("estou cortando papel pra maquete da escola", "pt"),
        ("tenho cortado o cabelo curto", "pt"),
        ("sería mejor si la app tuviera modo oscuro", "es"),
        ("ce serait mieux si je pouvais choisir mes amis en ligne", "fr"),
    ],
)
def test_lookalikes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i hope i dont wake up late tomorrow", "en"),
        ("i want to disappear into my bed for a week lol", "en"),
        ("ojalá no despertar tarde mañana jaja", "es"),
        ("espero não acordar atrasado amanhã", "pt"),
    ],
)
def test_waking_late_and_hiding_in_bed_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i hope i dont wake up tomorrow", "en"),
        ("i want to disappear into the void forever", "en"),
        ("ojalá no despertar nunca", "es"),
    ],
)
def test_without_the_everyday_qualifier_still_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "self_harm", lang=lang)
