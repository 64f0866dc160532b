"""A break from an app is no wish to disappear (frames_app_break.py): "quiero
desaparecer de tiktok unos días" passes in every language, "... y de este mundo
para siempre" does not.  From the everyday lines of a set read in session 13,
written again as a class."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.frames_app_break import app_break_frame, app_break_reason
from tests.moderation.helpers import allowed, self_harm_held

APP_BREAKS = [
    ("quiero desaparecer de tiktok unos días, me está quemando el cerebro", "es"),
    ("quero sumir das redes sociais por um mes, tipo detox mesmo", "pt"),
    ("عايزة اختفي من السوشيال ميديا شهر، ديتوكس يعني مش اكتر", "ar"),
    ("pengen ngilang dari sosmed seminggu, detoks aja biar gak stres", "id"),
    ("मैं एक हफ्ते के लिए सोशल मीडिया से गायब होना चाहती हूँ, पढ़ाई पे फोकस करना है", "hi"),
    ("bir haftaligina sosyal medyadan kaybolmak istiyorum, detoks yani", "tr"),
    ("i want to disappear from instagram for a week, too much drama", "en"),
    ("je veux disparaître des réseaux sociaux pendant les exams", "fr"),
    ("ich will für zwei wochen von insta verschwinden, digital detox", "de"),
    ("voglio sparire da tiktok per un po', troppa ansia da like", "it"),
    ("хочу исчезнуть из соцсетей на месяц, детокс", "ru"),
    ("chce zniknac z social mediow na tydzien", "pl"),
    ("想从朋友圈消失一段时间，戒手机", "zh"),
    # session 14: a group chat, and a short while with an everyday cause (three of them
    # training lines of set CA that were held)
    ("gonna disappear from the gc for a bit, exams 📚", "en"),
    ("vou sumir do grupo uns dias, semana de provas", "pt"),
    ("voy a desaparecer del grupo unos dias q tengo exámenes", "es"),
    ("i will disappear for a few days, exams", "en"),
    ("je vais disparaître du groupe quelques jours, partiels", "fr"),
    ("ich tauch ein paar tage aus der gruppe ab, klausuren", "de"),
    ("sparisco dal gruppo per qualche giorno, ho gli esami", "it"),
    ("пропаду из беседы на пару дней, экзамены", "ru"),
    ("birkaç gün gruptan kayboluyorum, sınav haftası", "tr"),
    ("znikam z grupy na kilka dni, mam egzaminy", "pl"),
    ("aku ngilang dari grup beberapa hari ya, lagi ujian", "id"),
    ("main kuch din group se gayab rahungi, exams hai", "hi"),
    ("هختفي من القروب كام يوم عشان الامتحانات", "ar"),
]
NOT_A_BREAK = [
    ("quiero desaparecer de tiktok y de este mundo para siempre", "es"),
    ("i want to disappear from instagram and from life", "en"),
    ("ich will einfach verschwinden, von allem, auch von insta", "de"),
    ("quero sumir das redes e do mundo, ninguém ia sentir falta", "pt"),
    ("хочу исчезнуть из соцсетей навсегда и вообще из жизни", "ru"),
    ("i want to disappear, even the group chat ignores me", "en"),
    ("quero sumir do grupo, ninguém liga pra mim", "pt"),
    ("quiero desaparecer para siempre del grupo y de todo", "es"),
]


@pytest.mark.parametrize(("text", "lang"), APP_BREAKS)
def test_a_break_from_an_app_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_A_BREAK)
def test_forever_the_world_or_everything_is_no_break(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


def test_the_frame_needs_a_vanishing_word_in_the_match() -> None:
    text = "i want to die, deleting tiktok for a week"
    assert app_break_frame(text, 0, 15) is None
    text = "i want to disappear from tiktok for a week"
    assert app_break_frame(text, 2, 20) == "mundane"


def test_the_scorer_reading_of_a_whole_message() -> None:
    assert app_break_reason("pengen ngilang dari sosmed seminggu, detoks aja")
    assert not app_break_reason("pengen ngilang dari dunia ini selamanya")
    assert not app_break_reason("detoks dari sosmed seminggu")  # no vanishing word
    assert app_break_reason("i will disappear for a few days exams")  # a while and a cause
    assert not app_break_reason("i will disappear for a few days")  # a while alone


# session 16: an account switched off for a while, a platform named after "disappear
# from" with the data that goes with the account ("without losing everything"), Arabic
# "السوشال" without its yeh, and the last post before a break
ACCOUNT_BREAKS = [
    ("i want to disappear from insta for a week before exams, how do i deactivate without losing "
     "everything", "en"),
    ("i want to disappear for a week, how do i deactivate my account", "en"),
    ("i want to disappear for a bit, thinking of pausing my account till exams end", "en"),
    ("بدي أختفي عن السوشال ميديا أسبوع عشان الامتحانات، كيف بوقف حسابي مؤقتاً؟", "ar"),
    ("ابغى اختفي من السناب فترة، كيف اعطل حسابي مؤقت؟", "ar"),
    ("quiero desaparecer de insta una semana antes de los exámenes, cómo desactivo la cuenta sin "
     "perder todo", "es"),
    ("quiero desaparecer una semana, cómo desactivo mi cuenta de instagram", "es"),
    ("quero sumir do insta por uma semana, como desativo a conta sem perder tudo?", "pt"),
    ("je veux disparaître d'insta pendant une semaine, comment désactiver mon compte sans tout "
     "perdre", "fr"),
    ("ich will für eine woche von insta verschwinden, wie deaktiviere ich mein konto ohne alles zu "
     "verlieren", "de"),
    ("voglio sparire da instagram per una settimana, come disattivo l'account senza perdere tutto?", "it"),
    ("хочу исчезнуть из инсты на неделю, как деактивировать аккаунт чтобы всё не потерять", "ru"),
    ("bir haftalığına instagramdan kaybolmak istiyorum, hesabımı nasıl dondururum her şeyi "
     "kaybetmeden", "tr"),
    ("chcę zniknąć z insta na tydzień, jak dezaktywować konto żeby nie stracić wszystkiego", "pl"),
    ("pengen ngilang dari ig seminggu, gimana cara nonaktifin akun tanpa kehilangan semua", "id"),
    ("main ek hafte ke liye insta se gayab hona chahti hu, account deactivate kaise karu", "hi"),
    ("मैं एक हफ्ते के लिए इंस्टाग्राम से गायब होना चाहता हूँ, अकाउंट कैसे बंद करूँ", "hi"),
    ("我想从抖音消失一个星期，怎么暂时停用账号", "zh"),
]
LAST_POST_BREAKS = [
    ("this is my last post for a while, taking a break from insta for exams", "en"),
    ("this is my last post before the exams, deleting tiktok for a month to focus", "en"),
    ("last message in the gc for a while, exams, bye guys", "en"),
    ("das ist meine letzte nachricht, ich mach einen monat insta pause wegen prüfungen", "de"),
    ("este es mi último mensaje, me voy de instagram un mes por los exámenes", "es"),
    ("questo è il mio ultimo messaggio, lascio instagram per un mese per gli esami", "it"),
    ("это мой последний пост, ухожу из инсты на месяц из-за экзаменов", "ru"),
    ("هذا آخر بوست لي، رح اترك الانستا شهر عشان الامتحانات", "ar"),
]
STILL_NO_BREAK = [
    ("I want to disappear", "en"),
    ("i want to disappear forever", "en"),
    ("i want to disappear from everyone's life", "en"),
    ("i want to delete myself", "en"),
    ("i want to disappear from insta and from everyone's life", "en"),
    ("i want to disappear from insta forever", "en"),
    ("i want to disappear for a week and never come back", "en"),
    # an account switched off with no while, or everything lost with no account named
    ("i want to disappear, how do i deactivate my account", "en"),
    ("i want to disappear, deleting all my accounts", "en"),
    ("i want to disappear from insta, i feel like im losing everything", "en"),
    ("quiero desaparecer de instagram y perderlo todo, nadie me necesita", "es"),
    ("quero sumir por uma semana e desativar a conta, ninguém ia ligar mesmo", "pt"),
    ("je veux disparaître pour toujours, je désactive mon compte", "fr"),
    ("хочу исчезнуть навсегда, удалю аккаунт", "ru"),
    ("بدي اختفي من السوشال ميديا ومن الدنيا كلها", "ar"),
    # the last post with no while, or with a word of no break
    ("this is my last post, deleting tiktok", "en"),
    ("this is my last message for a while on insta, nobody will miss me", "en"),
    ("this is my last post ever. goodbye everyone", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ACCOUNT_BREAKS)
def test_an_account_switched_off_for_a_while_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), LAST_POST_BREAKS)
def test_a_last_post_before_a_break_from_an_app_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), STILL_NO_BREAK)
def test_the_wish_alone_forever_or_for_everyone_still_holds(
    pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(pipe, text, lang=lang)


def test_the_scorer_reading_of_an_account_switched_off() -> None:
    assert app_break_reason("i want to disappear for a week how do i deactivate my account")
    assert app_break_reason("i want to disappear from instagram how do i deactivate without losing everything")
    assert not app_break_reason("i want to disappear how do i deactivate my account")  # no while
    assert not app_break_reason("i want to disappear from everything for a week")  # no account: no data
    assert app_break_reason("this is my last post for a while taking a break from instagram")
    assert not app_break_reason("this is my last post deleting tiktok")
