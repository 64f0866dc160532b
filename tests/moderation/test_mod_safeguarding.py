"""Grooming, self-harm and abuse disclosures (held for a human, never
blocked), and the discussion mechanism that lets on-topic talk through."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import held


@pytest.mark.parametrize(
    "text",
    ["don't tell your parents about this", "dont tell ur mum we talk", "keep this between us",
     "it's our little secret", "delete our messages after reading", "nobody needs to know",
     "nobody has to find out about us", "you better not tell anyone about what we did",
     "wanna video chat? just us, no parents"],
)
def test_grooming_secrecy(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    "text",
    ["add me on snap", "message me on kik so we can talk privately", "lets move this to telegram",
     "dm me", "do you have whatsapp?", "what's your snap", "video chat privately?",
     "can you get on video call with me alone"],
)
def test_grooming_off_platform(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    "text",
    ["send me a pic", "send me a selfie", "show me your face on cam", "turn on your camera",
     "can I see you? send a photo", "send pics of you"],
)
def test_grooming_photo_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    "text",
    ["how old r u", "asl?", "where do u live", "are you home alone?", "are your parents home?",
     "is your mum home rn?", "what school do you go to", "what time does school finish"],
)
def test_grooming_personal_questions(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    "text",
    ["we should meet up this weekend", "meet me after school", "can we meet?",
     "I can pick you up", "come over to my place"],
)
def test_grooming_meeting(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    "text",
    ["I'll send you a gift card if you send a selfie", "i'll give you 1000 robux if you call me",
     "i can buy you a new phone", "free vbucks for you if you turn on cam",
     "I'll pay you 50 quid for a pic"],
)
def test_grooming_gifts(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    "text",
    ["you're so mature for your age", "you look older than 13", "you're not like other girls",
     "you are so hot"],
)
def test_grooming_flattery(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "ne dis rien à tes parents"), ("fr", "t'as quel âge ? tu habites où ?"),
     ("fr", "envoie-moi une photo"), ("es", "no le digas a nadie"), ("es", "¿dónde vives?"),
     ("es", "mándame una foto"), ("de", "wie alt bist du"), ("de", "schick mir ein Bild"),
     ("pt", "manda uma foto"), ("pt", "quantos anos você tem"), ("ru", "сколько тебе лет"),
     ("ru", "никому не говори"), ("ar", "كم عمرك"), ("zh", "你几岁")],
)
def test_grooming_multilingual(pipe: Pipeline, lang: str, text: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(
    "text",
    ["We learned what grooming is and how groomers ask you to keep secrets.",
     "A stranger asked me for photos and I blocked him.",
     "He kept asking where I live so I left the server.",
     "Someone told me to keep it a secret but I told my mum.",
     "Groomers often say things like 'don't tell your parents'.",
     "If someone asks how old you are online, you don't have to answer.",
     "Kids should never meet people from games without an adult.",
     "sexting should be handled with education",
     "I was bullied and reporting did nothing", "my number got leaked once",
     "What should a kid do if someone threatens to share their photos?",
     "We talked about sextortion in class and how to get help.",
     "Sharing nudes of someone under 18 is illegal.",
     "The scam said free robux but it was fake.",
     "A man offered my friend gift cards for a selfie, we reported him.",
     "Schools need to talk about suicide prevention.",
     "Self-harm content should not be recommended to teenagers.",
     "If a friend says they want to die, tell a trusted adult.",
     "Kids being told to kill themselves in game chats is too common.",
     "There was a fake Robux generator scam going round our school.",
     "Someone in my class got asked to send nudes and didn't know who to tell.",
     "A guy kept telling my friend she was mature for her age, then he asked to meet.",
     "My friend was told to delete their chats and not tell her parents, a red flag.",
     "In PSHE we discussed why you should never meet up with online friends alone.",
     "Whoever made the 'kys' trend should be ashamed.",
     "I blocked a man who asked if I was home alone."],
)
def test_on_topic_discussion_allowed(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)


def test_strict_room_ignores_frames() -> None:
    from moderation import Policy

    p = Pipeline(Policy.from_mapping({"strictness": "strict"}))
    assert p.check("A stranger asked me to send a pic").action.value != "allow"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "I just want to disappear and never wake up"), ("en", "I hurt myself again"),
     ("en", "thinking about suicide a lot lately"), ("en", "I don't want to be here anymore"),
     ("en", "i want to end my life"), ("en", "everyone would be better off without me"),
     ("en", "i've been cutting myself"), ("en", "I want to disappear forever"),
     ("en", "took a lot of pills to sleep forever"), ("en", "kms"),
     ("en", "i took a bunch of my moms pills last night"), ("en", "took a lot of sleeping pills"),
     ("en", "nobody would care if I was gone"), ("en", "I cut again last night"),
     ("en", "I've been starving myself for weeks"),
     ("fr", "je veux mourir"), ("fr", "j'ai envie de mourir"), ("fr", "je me fais du mal"),
     ("es", "me quiero morir"), ("es", "ya no quiero vivir"), ("pt", "eu quero morrer"),
     ("pt", "não quero mais viver"), ("de", "ich will sterben"),
     ("de", "ich will nicht mehr leben"), ("ru", "я хочу умереть"), ("ru", "не хочу жить"),
     ("ru", "мне не хочется жить"), ("ru", "жить не хочется совсем"), ("ru", "нет сил жить"),
     ("ar", "أريد أن أموت"), ("ar", "أفكر في الانتحار"), ("zh", "我想死"), ("zh", "我不想活了"),
     ("hi", "मैं मरना चाहती हूँ"), ("it", "voglio morire")],
)
def test_self_harm_disclosures_held_never_blocked(pipe: Pipeline, lang: str, text: str) -> None:
    for tag in (lang, None):
        v = pipe.check(text, lang=tag)
        assert v.action.value == "hold", (text, v.reasons)
        assert "self_harm" in v.categories


@pytest.mark.parametrize(
    "text", ["fuck it I want to kill myself", "I'm a retard, I want to die", "shit I want to die"]
)
def test_self_harm_never_blocked_even_with_slurs_or_strict(pipe: Pipeline, text: str) -> None:
    from moderation import Policy

    for p in (pipe, Pipeline(Policy.from_mapping({"strictness": "strict"}))):
        v = p.check(text)
        assert "self_harm" in v.categories
        assert v.action.value == "hold", (text, v.reasons)


@pytest.mark.parametrize(
    "text",
    ["kys", "k y s", "go kill yourself", "you should just die", "why don't you just die",
     "go jump off a bridge"],
)
def test_incitement_bullying_and_self_harm(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "hold"
    assert {"bullying", "self_harm"} <= set(v.categories)


@pytest.mark.parametrize(
    ("text", "cat"),
    [("my stepdad hits me", "threat"), ("my dad beats me when he's drunk", "threat"),
     ("I'm scared to go home", "threat"), ("my uncle touches me", "grooming"),
     ("mi padrastro me pega", "threat")],
)
def test_abuse_disclosure_held(pipe: Pipeline, text: str, cat: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "hold" and cat in v.categories
    assert "stage:safeguarding:abuse" in v.reasons


@pytest.mark.parametrize(
    "text",
    [
        "our teacher said self-harm is more common than people think",
        "the teacher told us suicide is preventable",
        "the workshop explained self harm and where to get help",
        "self-harm is more common than people think",
        "suicide is preventable if people talk about it",
        "self harm affects a lot of teens at my school",
    ],
)
def test_topic_words_in_taught_or_general_statements_pass(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)


@pytest.mark.parametrize(
    ("text", "cat"),
    [
        ("suicide is the only way out for me", "self_harm"),
        ("my teacher said i should just kill myself", "self_harm"),
        # an adult in the child's life is a disclosure, not a teaching frame
        ("my coach makes me sit on his lap and says it's our little secret", "grooming"),
    ],
)
def test_the_same_adults_and_topic_words_in_a_disclosure_are_held(
    pipe: Pipeline, text: str, cat: str
) -> None:
    held(pipe, text, cat)


@pytest.mark.parametrize(
    "text",
    [
        "some people in my class share nudes and its scary",
        "they send nudes to each other and then it gets leaked",
        "I was bullied last year and it made me want to disappear from school",
        "sometimes I want to disappear from social media for a week",
    ],
)
def test_what_others_do_and_leaving_a_place_pass(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)


@pytest.mark.parametrize(
    ("text", "cat"),
    [
        ("share nudes with me", "sexual"),
        ("send nudes", "sexual"),
        ("ela é a mais feia da sala", "bullying"),  # a subject before an insult is its target
        ("i want to disappear", "self_harm"),
        ("i want to disappear from everyone forever", "self_harm"),
    ],
)
def test_requests_insults_and_disclosures_stay_held(pipe: Pipeline, text: str, cat: str) -> None:
    held(pipe, text, cat)


@pytest.mark.parametrize(
    "text",
    [
        "how old are you all? I'm 15",
        "how old are you guys",
        "is anyone else home alone during the holidays? I get bored",
        "click the link in the assignment to get the homework",
        "click here for the survey the moderator sent",
    ],
)
def test_questions_to_the_whole_room_and_school_links_pass(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)


@pytest.mark.parametrize(
    ("text", "cat"),
    [
        ("how old are you?", "grooming"),
        ("is anyone home with you?", "grooming"),
        ("click the link to claim your free robux", "spam"),
    ],
)
def test_the_same_questions_to_one_child_and_scam_links_stay_held(
    pipe: Pipeline, text: str, cat: str
) -> None:
    held(pipe, text, cat)
