"""Bullying, threats and sexual solicitation (harm.py): insults, body
shaming, exclusion, incitement, violent and sextortion threats, in English
and other languages, chat-style paraphrases, and the hard negatives
(compliments, game talk, reports, idioms).  Sexual requests in detail are in
test_harm_sexual.py, scams in test_spam.py."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, held


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


# -- insults aimed at a person -------------------------------------------
@pytest.mark.parametrize("text", [
    "eres un asco",
    "eres una fea de mierda",
    "sos un inútil",
    "sua feia idiota",
    "você é um lixo",
    "vc é nojenta",
    "t'es moche",
    "t'es qu'un boloss",
    "espèce d'idiot",
    "du bist hässlich",
    "du bist so ein opfer",
    "du hurensohn",
    "ты урод",
    "ты просто ничтожество",
    "ты жалкий",
    "انت حقير",
    "你真恶心",
    "你好丑啊",
    "tu bahut ganda dikhta hai",
    "तू बहुत बदसूरत है",
])
def test_insult_non_english(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "eres un crack",
    "eres muy buena persona",
    "você é incrível",
    "t'es trop gentille",
    "du bist so lieb",
    "ты молодец",
    "你真好",
    "这个游戏真恶心",
    "el bullying es un asco",
    "ce film est moche",
    "das wetter ist hässlich",
])
def test_compliment_or_untargeted_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- threats ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ich schlag dich zusammen",
    "ich hau dich morgen",
    "ich mach dich kaputt",
    "je vais te frapper",
    "je vais te démonter à la sortie",
    "te voy a pegar",
    "te voy a romper la cara",
    "vou te quebrar",
    "vou te dar uma surra",
    "я тебя побью",
    "я тебе морду набью",
    "我要揍你",
    "我会打你",
    "سأضربك",
    "main tujhe peet dunga",
])
def test_threat_non_english(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "je vais te battre à fifa",
    "te voy a ganar en el fortnite",
    "ich schlag dich beim schach",
    "я тебя обыграю",
    "vou te ligar amanhã",
    "我要打游戏",
])
def test_game_or_friendly_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- body shaming, exclusion, incitement -----------------------------------
@pytest.mark.parametrize("text", [
    "shut up fatty",
    "shut up ugly",
    "shut up fatso",
    "fat pig",
    "fatty fatty lol",
    "ugly af",
    "eww ugly af",
    "ur face is so ugly",
    "ur face is so disgusting",
    "ur not invited loser",
    "cállate gorda",
    "callate fea",
    "gorda asquerosa",
    "ferme-la grosse",
    "tais toi grosse vache",
    "ta gueule le gros",
    "cala a boca gorda",
    "cala a boca sua baleia",
    "halt die fresse fettsack",
    "halt die klappe du fette kuh",
])
def test_body_shaming_insults(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "nobody wants u here",
    "nadie quiere hablar contigo",
    "personne veut de toi ici",
    "personne veut de toi",
    "ninguém te quer aqui",
    "ninguém gosta de você",
    "niemand will dich hier",
    "niemand mag dich",
])
def test_exclusion(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "just die already",
    "just die already loser",
    "you should just disappear",
    "ojalá te mueras",
    "j'espère que tu vas crever",
    "morre",
    "tomara que você morra",
    "ich hoffe du stirbst",
    "geh sterben",
])
def test_incitement_to_die(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "self_harm")


@pytest.mark.parametrize("text", [
    "i used to be called fatty at school and it hurt",
    "the word fat shouldnt be used as an insult",
    "shut up thats so funny 😂",
    "shut up no way thats crazy",
    "shut up and take my money",
    "hey fatty acids are good for you",
    "im ugly crying at this movie",
    "ugly sweater day tomorrow",
    "people called her a whale and it was so mean",
    "you are not invited to the staff meeting",
    "your face looks so happy in that picture",
    "me dijeron gorda en el cole y me dolió",
    "me chamaram de gorda e eu fiquei triste",
    "sie haben mich fettsack genannt",
    "o personagem morre no final",
])
def test_bullying_reports_and_idioms_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


# -- threats and sextortion ------------------------------------------------
@pytest.mark.parametrize("text", [
    "ill beat u up after school",
    "imma beat you up tomorrow",
    "ill smash your face",
    "ur dead tomorrow",
    "je sais où t'habites",
    "sei onde vc mora",
])
def test_threats_violence_and_stalking(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "ill share ur pics with everyone",
    "ill send ur nudes to everyone",
    "ill post your nudes online",
    "send more or i'll show everyone",
    "i have ur pics and ill send them to ur school",
    "i have your pics and ill show everyone",
    "voy a pasar tus fotos a todos",
    "voy a subir tus fotos",
    "voy a filtrar tus fotos",
    "je vais montrer tes photos à tout le monde",
    "je vais balancer tes photos",
    "vou espalhar suas fotos",
    "vou vazar suas fotos",
    "vou mostrar suas fotos pra todo mundo",
    "ich schick deine bilder an alle",
    "ich zeig deine fotos allen",
    "ich poste deine bilder im internet",
])
def test_sextortion_sharing_threats(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "im gonna kill this exam",
    "i'll kill you in fortnite lol",
    "i will kill you in minecraft",
    "ill beat you at chess",
    "ill find you a seat",
    "i'll share your drawing with the class",
    "i'll send the pics from the trip to everyone",
    "ill send your pictures from the trip to everyone",
    "i'll post the photos of the school trip",
    "your dead tired after football lol",
    "voy a subir las fotos del viaje",
    "je vais poster tes photos de vacances",
    "vou postar as fotos da festa",
    "ich schick deine fotos vom ausflug an alle",
    "someone threatened to share my pics what do i do",
])
def test_threat_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


# -- "how ugly are you": a rhetorical insult aimed at the reader -------------------
@pytest.mark.parametrize("text", [
    "Alter wie hässlich bist du bitte, geh heulen",
    "wie dumm bist du eigentlich",
    "how ugly are you bro",
    "how dumb are you actually",
    "qué fea eres",
    "que tonto eres, vete a llorar",
    "quanto sei brutta",
    "come sei scemo",
    "que feia você é",
])
def test_how_ugly_are_you_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "wie groß bist du jetzt? ich bin schon 1,60",
    "how tall are you now",
    "how ugly are you allowed to make your avatar in the game",
    "how dumb are you supposed to feel after that test lol",
    "que feo es el uniforme nuevo",
    "come sei bella in quella foto",
    "how stupid is this homework",
    "we learned that 'how ugly are you' messages are bullying",
])
def test_how_adjective_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


# -- sextortion that punishes reporting: "if you report me I post your pictures" ----
@pytest.mark.parametrize("text", [
    "wenn du mich meldest, poste ich deine Bilder überall",
    "wenn du mich blockierst, schicke ich deine Fotos an alle",
    "if you report me i post your pictures everywhere",
    "si tu me signales je poste tes photos partout",
    "si tu me bloques, je balance tes photos",
    "si me denuncias subo tus fotos a todas partes",
    "se você me denunciar eu posto suas fotos em todo lugar",
    "se mi segnali pubblico le tue foto ovunque",
    "если ты меня заблокируешь, я выложу твои фото везде",
    "你要是举报我，我就把你的照片发到处都是",
])
def test_report_me_and_i_post_your_pictures_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "wenn du mich meldest, zeig ich dir die Regeln",
    "wenn du mich blockierst, sehe ich deine Bilder nicht mehr",
    "si tu me bloques je verrai plus tes photos",
    "si me bloqueas ya no veo tus fotos",
    "se mi blocchi non vedo più le tue foto",
    "if you report me i will just make a new account",
    "wenn du willst, poste ich deine Bilder vom Ausflug in die Gruppe",
    "we learned that if someone says 'if you report me i post your pictures' you tell an adult",
])
def test_report_condition_without_exposure_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
