"""HateCheck-style functional tests for the grooming rules (grooming.py):
secrecy, gifts and moving off-platform outside English, subtle friendly
grooming (flattery, isolation, supervision, romance), invitations in de/pt,
and a child's own confidences, which pass unless they turn to the reader or
hide something from the family.  Each family has hard negatives: reports,
advice, talk about grooming, innocent look-alikes.  The core grooming forms
are in test_mod_safeguarding.py."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, held


# -- grooming: secrecy, gifts, off-platform -----------------------------
@pytest.mark.parametrize("text", [
    "родителям не говори",
    "маме ничего не говори про нас",
    "não conta pros seus pais",
    "não fala nada pra sua mãe",
    "no se lo digas a tus padres",
    "no le cuentes a tu mamá",
    "ne dis rien à tes parents",
    "je t'achète un cadeau si tu m'envoies une photo",
    "te compro robux si me mandas una foto",
    "eu te dou um presente se você me mandar foto",
    "ich kauf dir was wenn du mir ein bild schickst",
    "я куплю тебе подарок если пришлёшь фото",
    "我给你买礼物",
    "加我微信",
    "加我qq吧",
    "пиши мне в телеграм",
    "me agrega en whatsapp",
    "me chama no zap",
    "ajoute moi sur snap",
    "schreib mir auf whatsapp",
    "अपने मम्मी पापा को मत बताना",
    "لا تقول لاهلك",
])
def test_grooming_non_english(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "mes parents m'ont offert un cadeau",
    "je vais acheter un cadeau à ma mère",
    "родители подарили мне телефон",
    "我给妈妈买了礼物",
    "meus pais não sabem que eu tenho tiktok",
    "hablé con mis padres sobre el acoso",
    "si un inconnu te dit de ne rien dire à tes parents, parles-en",
])
def test_grooming_topic_passes(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- subtle, friendly grooming ---------------------------------------------
@pytest.mark.parametrize("text", [
    "ur so mature for ur age",
    "youre so mature for ur age honestly",
    "you seem so much older than you are",
    "ur not like other kids ur age",
    "ur parents just dont understand u like i do",
    "ur parents dont understand u like i do",
    "your friends dont get you like i do",
    "i understand you better than anyone",
    "you can trust me more than your friends",
    "you can tell me anything i wont tell anyone",
    "u can always come to me instead of ur parents",
    "talk to me instead of your parents",
    "i can help you with your parents",
    "i can talk to your parents for you if they get mad",
])
def test_grooming_flattery_and_isolation_en(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "make sure u delete this",
    "remember to delete this",
    "i wont tell if you dont",
    "do your parents check your phone",
    "does ur mom check ur phone",
    "does your dad check your phone",
    "do u have ur own room",
    "are you in your room rn",
    "have you ever had a bf",
    "i could be your boyfriend",
    "i could be ur boyfriend if u want",
    "do you want to be my girlfriend",
    "hmu on insta",
])
def test_grooming_secrecy_supervision_romance_en(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "eres súper madura para tu edad",
    "es nuestro secretito",
    "a qué hora sales del cole",
    "hacemos videollamada?",
    "pásame tu insta",
    "te paso robux si me mandas una foto",
    "te compro pavos si me mandas una foto",
    "puedes confiar en mí más que en tus amigas",
    "tus papás no te entienden como yo",
    "t'es trop mature pour ton âge",
    "dis rien à tes parents",
    "supprime la conv après",
    "tu finis les cours à quelle heure",
    "à quelle heure tu sors des cours",
    "on fait un facetime?",
    "on s'appelle en visio?",
    "tu peux me faire plus confiance qu'à tes copines",
    "tu peux me faire confiance plus qu'à tes parents",
    "tes parents te comprennent pas comme moi",
    "vc é muito madura pra sua idade",
    "você é tão madura pra sua idade",
    "é nosso segredinho",
    "que horas vc sai da escola",
    "bora fazer chamada de vídeo",
    "me passa teu zap",
    "pode confiar em mim mais que nas suas amigas",
    "quantos anos vc tem",
    "wann hast du schule aus",
    "lass mal facetimen",
    "lass uns facetimen heute abend",
    "wollen wir videocall machen",
    "du kannst mir mehr vertrauen als deinen freunden",
    "ich kauf dir robux wenn du mir ein foto schickst",
])
def test_grooming_subtle_es_fr_pt_de(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "a guy asked me for pics so i blocked him",
    "never send pics to strangers",
    "someone told me to delete the chat and it felt weird",
    "my teacher says im mature for my age",
    "he told me i was mature for my age and it felt weird",
    "grooming is when someone says you're so mature for your age",
    "signs of grooming include saying you are mature for your age",
    "we did a secret santa in class",
    "can we video call for the group project",
    "i want to see you in the final!",
    "i buy robux with my pocket money",
    "i deleted the chat because it was spam",
    "wann ist die schule aus in deutschland?",
    "i will help you with your homework",
    "you can tell me anything, im always here for you",
    "un inconnu m'a demandé mes photos alors je l'ai bloqué",
    "un desconocido me pidió fotos y lo bloqueé",
    "um estranho me pediu fotos e eu bloqueei",
    "ein fremder wollte bilder von mir, ich hab ihn blockiert",
])
def test_grooming_reports_advice_and_innocent_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("bist du grad allein zuhause?", "de"),
        ("bist du jetzt alleine daheim", "de"),
        ("bora conversar no zap? aqui é muito exposto", "pt"),
        ("vamos falar no privado", "pt"),
    ],
)
def test_grooming_invitations(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ich war allein zuhause und hab gezockt", "de"),
        ("bora conversar sobre isso na aula amanha", "pt"),
        ("el ciberacoso es peor porque no se acaba cuando sales del cole", "es"),
    ],
)
def test_grooming_lookalikes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("não conta pra ninguém mas eu gosto do Pedro 🙈", "pt"),
        ("не говори никому, но я завтра дарю маме подарок на день рождения", "ru"),
        ("no le digas a nadie pero yo también lloré con esa peli", "es"),
        ("dont tell anyone but i still sleep with my teddy lol", "en"),
    ],
)
def test_own_confidences_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("dont tell anyone but i like you", "en"),
        ("dont tell your parents, but i bought a new game", "en"),
        ("dont tell your parents but i will be there at 5", "en"),
        ("não conta pra ninguém mas eu quero te ver", "pt"),
    ],
)
def test_secrets_turning_to_the_reader_or_family_stay_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


# -- posing as a peer and talking the age gap away (grooming_more.py) ---------------
@pytest.mark.parametrize("text", [
    "I'm 15 too haha (not really but age is just a number right)",
    "moi aussi j'ai 14 ans, l'âge n'est qu'un chiffre",
    "ich bin auch 14, alter ist nur eine zahl",
    "yo también tengo 13 jaja, la edad es solo un número",
    "anche io ho 13 anni, l'età è solo un numero",
    "eu também tenho 14, idade é só um número",
    "jk im older but age doesnt matter",
])
def test_peer_age_lie_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "I'm 15 too haha",
    "my grandma is 80 and still runs marathons, age is just a number",
    "we learned that groomers say age is just a number",
    "age is just a number when it comes to learning languages",
])
def test_peer_age_or_saying_alone_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


# -- recruiting children of an age for photoshoots, write privately ------------------
@pytest.mark.parametrize("text", [
    "hey whoever is 12-13 here dm me, im a talent scout for a kids modelling agency, paid photoshoots 📸",
    "je suis photographe, je cherche des jeunes filles de 12-14 ans pour un shooting, écrivez-moi en privé",
    "busco niñas de 10 a 13 años para sesión de fotos, escríbeme por privado",
    "suche Mädchen 11-13 für ein Fotoshooting, schreibt mir privat",
    "cerco ragazzine di 12 anni per un servizio fotografico, scrivetemi in privato",
])
def test_recruiting_children_for_photoshoots_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "the yearbook photoshoot for 12-13 year olds is on monday",
    "my little sister (9) does modelling, she loves it",
    "im 14 and i want to do modelling, any tips?",
    "we learned that fake talent scouts ask 12 year olds to dm them for photoshoots",
    "a man said he was a scout for kids modelling and asked me to dm him, i reported him",
])
def test_photoshoot_talk_without_recruiting_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
