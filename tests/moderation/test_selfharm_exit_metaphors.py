"""Life as a program or a game quit for good (moderation/selfharm_exit_metaphors.py).
The first two held lines of English and Russian passed in blind set DA; the rest were
written for this module."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

THE_SELF_AS_A_PROGRAM = [
    ("ctrl alt delete me pls 🙂", "en"),
    ("can someone just uninstall me", "en"),
    ("wish i could delete myself", "en"),
    ("alt f4 on my life", "en"),
    ("honestly just delete me from existence", "en"),
    ("logging out of life soon", "en"),
    ("quiero desinstalarme de la vida", "es"),
    ("ojalá pudiera borrarme de la existencia", "es"),
    ("queria me desinstalar da existência", "pt"),
    ("só queria sair da vida sabe", "pt"),
    ("je veux me désinstaller de la vie", "fr"),
    ("ctrl alt suppr ma vie stp", "fr"),
    ("kann mich bitte jemand deinstallieren", "de"),
    ("ich will mich aus dem leben löschen", "de"),
    ("voglio disinstallarmi dalla vita", "it"),
    ("vorrei cancellarmi dall'esistenza", "it"),
    ("хочу удалить себя из жизни", "ru"),
    ("хочу себя удалить навсегда", "ru"),
    ("хочу просто раствориться, выключиться насовсем", "ru"),
    ("kendimi hayattan silmek istiyorum", "tr"),
    ("hayattan çıkış yapmak istiyorum artık", "tr"),
    ("chce sie wylogowac z zycia", "pl"),
    ("chciałabym się usunąć z istnienia", "pl"),
    ("pengen logout dari hidup", "id"),
    ("uninstall diriku aja dari dunia ini", "id"),
    ("khud ko delete kar du kya", "hi"),
    ("zindagi se logout karna hai bas", "hi"),
    ("ابي احذف نفسي من الحياه", "ar"),
    ("نفسي اطلع من الدنيا", "ar"),
    ("好想把自己卸载了", "zh"),
    ("想退出人生", "zh"),
    ("真想删掉自己", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), THE_SELF_AS_A_PROGRAM)
def test_the_self_deleted_uninstalled_or_logged_out_of_life(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


LIFE_LEFT_LIKE_A_GAME = [
    ("в доте опять слился, как и в жизни. скоро ливну из этой игры насовсем, без реконнекта", "ru"),
    ("gonna leave this game for good, no respawn, like real life", "en"),
    ("como en la vida, me salgo de este juego para siempre", "es"),
    ("wie im echten leben, ich verlasse dieses spiel für immer", "de"),
]


@pytest.mark.parametrize(("text", "lang"), LIFE_LEFT_LIKE_A_GAME)
def test_a_game_left_for_good_as_life_is(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


# the same verbs aimed at an app, a chat, a game or a thing, and talk about the words
EVERYDAY = [
    ("delete myself from instagram for a week", "en"),
    ("im deleting myself from the group chat lol", "en"),
    ("uninstall me from this group pls", "en"),
    ("alt f4 the game it keeps crashing", "en"),
    ("im leaving this game for good, the devs ruined it", "en"),
    ("my life is busy so im leaving this game for good", "en"),
    ("ctrl alt delete fixes everything lol", "en"),
    ("we learned what ctrl alt delete does in IT", "en"),
    ("me voy a borrar de instagram un tiempo", "es"),
    ("voy a desinstalar tiktok para estudiar", "es"),
    ("vou sair do grupo da turma, muito spam", "pt"),
    ("je vais désinstaller snap pendant les exams", "fr"),
    ("ich lösche mich aus der gruppe", "de"),
    ("ich habe fortnite deinstalliert, zu viel stress", "de"),
    ("ho disinstallato instagram per una settimana", "it"),
    ("ливну из этой игры навсегда, разрабы сломали баланс", "ru"),
    ("удалю себя из всех соцсетей на неделю", "ru"),
    ("kendimi instagramdan silicem bi süre", "tr"),
    ("usunę się z tej grupy bo za dużo spamu", "pl"),
    ("logout dari hidup sosmed dulu", "id"),
    ("mau uninstall ml dulu, ujian", "id"),
    ("insta se khud ko delete kar du kya ek hafte ke liye", "hi"),
    ("حذفت سناب من جوالي عشان الاختبارات", "ar"),
    ("我把抖音卸载了", "zh"),
    ("考试前先退出游戏群", "zh"),
    ("每个人都应该可以删掉自己小时候在网上发的那些东西", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_an_app_a_chat_or_a_game_left_is_everyday(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
