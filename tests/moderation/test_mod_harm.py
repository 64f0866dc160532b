"""Bullying, threats, sexual solicitation and spam."""

from __future__ import annotations

import pytest

from moderation import Pipeline


@pytest.mark.parametrize(
    "text",
    ["ur so dumb nobody asked", "everyone laugh at this idiot", "you're so ugly",
     "what a loser", "you worthless cow", "nobody likes you", "you are pathetic",
     "t'es trop moche", "eres tan idiota", "du bist so dumm", "ты тупой", "ur a waste of space",
     "you're a f*cking idiot"],
)
def test_bullying(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value in ("hold", "block") and "bullying" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(
    "text",
    ["I know where your school is, watch out", "i know where you live", "I'll beat you up",
     "I'm going to find you", "you're dead tomorrow", "I'll post your pics everywhere",
     "je vais te tuer", "te voy a matar", "я тебя убью", "I'm outside your school"],
)
def test_threats(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value in ("hold", "block") and "threat" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(
    "text",
    ["nudes pls", "send nudes", "send noodz", "got any nudes?", "show me ur tits",
     "want to see something naughty? check my profile", "wanna sext?", "what are you wearing",
     "are you a virgin?"],
)
def test_sexual(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value in ("hold", "block") and "sexual" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(
    "text",
    ["FREE ROBUX >>> robux-gen dot xyz <<< FREE ROBUX", "free vbucks click here",
     "lolololololololololololololololololol", "!!!!!!!!!!!!!!!!!!!!!!!!!",
     "buy buy buy buy buy buy buy buy buy", "subscribe to my channel",
     "get free robux now at robuxfree.xyz", "not a scam!!! free robux for everyone",
     "free vbucks 100% legit no fake"],
)
def test_spam(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value in ("hold", "block") and "spam" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(
    "text",
    ["hahahaha that's funny", "nooooo way", "I wish adults understood us",
     "This game is killing me, level 12 is impossible", "I hate Mondays",
     "you are so kind", "you look great today", "that idea is stupid, sorry",
     "watch out for scams on Discord", "I will find you a link to the survey",
     "I want to die of embarrassment when my mum posts baby photos lol",
     "Can we meet the youth council next week?", "It's our secret Santa this Friday!",
     "I'm dying to see the new movie", "I'm 13 and live in Madrid.",
     "Text STOP to 60060 to unsubscribe.", "Show me your project when it's done!",
     "Is there a way to stop strangers adding you on Snapchat?"],
)
def test_harmless_lookalikes_allowed(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)


# Chat-style paraphrases (abbreviations, leet, no punctuation) across classes.
PARAPHRASES = [
    'r u alone rn',
    'ur parents asleep?',
    'lets keep this convo just between u and me',
    'delete this chat after ok',
    'i can send u money for pics',
    'wanna trade pics?',
    'send a vid',
    'show me what ur wearing',
    'whats ur real name and where u from',
    'which city r u in',
    'u have kik?',
    'text me on whatsapp instead',
    'lets go private',
    "i'll pick u up after school",
    'we could meet at the park, just you',
    "you're really pretty for 13",
    'ur body is so nice',
    'have u ever kissed a boy?',
    'do u have a bf?',
    'i bet u look good in a bikini',
    'ill buy u vbucks if u do something for me',
    'i know ur address',
    'ill make u regret this',
    'gonna smash ur face in',
    'everyone thinks ur a freak',
    'kill urself',
    'nobody would miss u',
    'go cry to ur mommy loser',
    'i dont want to wake up tomorrow',
    'i just want it all to stop',
    'im tired of living',
    "i've got the pills ready",
    "i can't do this anymore",
    'cutting again tonight',
    'i hate my life so much i want to die',
    's3nd n00dz',
    'sh1tty b1tch',
    'f*cking wh0re',
    'stfu n00b',
    'ur so gay',
    'go die in a hole',
]


@pytest.mark.parametrize("text", PARAPHRASES)
def test_chat_style_paraphrases_hidden(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action.value in ("hold", "block"), (text, v.reasons)
