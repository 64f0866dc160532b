"""Links written with the dot and the slash spoken ("punto com barra login",
"точка ру слэш вход", "点 com 斜杠 verify") or with a spaced country TLD ("w w w .
name-x . es") are redacted as links (pii_spoken_links.py); beside a phishing cue
(the account "will be deleted", "verify here") or a promotion cue ("without
paying", "subscribe", a coin that "will be x20") the spam link stage holds them
(spam_link_cues.py).  Dot words in sentences pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean, held

PHISHING_SPOKEN = [
    ("your account will be banned tonight, verify here: discord-safety dot com slash login", "en"),
    ("tu cuenta de tiktok será eliminada hoy, entra en tiktok-ayuda punto com barra verificar", "es"),
    ("ton compte insta sera supprimé ce soir, va sur insta-aide point com slash verif", "fr"),
    ("sua conta do free fire vai ser bloqueada, entre em ff-ajuda ponto com barra login", "pt"),
    ("il tuo account verrà bloccato oggi, vai su account-aiuto punto com barra accedi", "it"),
    ("dein konto wird heute gelöscht, geh auf konto-hilfe punkt com slash login", "de"),
    ("twoje konto zostanie usunięte, wejdź na konto-pomoc kropka pl ukośnik logowanie", "pl"),
    ("akun ff kamu akan dihapus, buka ff-bantuan titik com garis miring masuk", "id"),
    ("hesabınız silinecek, hemen hesap-destek nokta com slash dogrula adresine girin", "tr"),
    ("твой аккаунт будет удалён, зайди на akk-pomosh точка ком слэш вход", "ru"),
    ("حسابك سيتم حذفه، ادخل على acc-help نقطة كوم سلاش دخول", "ar"),
    ("aapka account band ho jayega, verify karo acc-help dot in slash login", "hi"),
    ("你的抖音账号存在异常，请登录 dy-anquan 点 com 斜杠 login 进行验证", "zh"),
    ("账号存在异常，请立即登录qq-anquan点com斜杠verify", "zh"),
]
PROMO_LINKS = [
    ("got 5000 robux without paying lol bit.ly/rbx5k", "en"),
    ("conseguí 2000 pavos sin pagar nada, mirad: bit.ly/pavosya", "es"),
    ("suscribíos a mi canal youtube.com/@martaDibuja que os devuelvo la sub", "es"),
    ("gano 80€ a la semana desde casa, todo en w w w . pasta-rapida . es", "es"),
    ("j'ai eu 1000 v-bucks sans payer 😱 tinyurl.com/vbx1000", "fr"),
    ("je gagne 50€ par jour depuis chez moi, infos sur fric-facile . fr", "fr"),
    ("peguei 800 robux sem pagar, clica aí bit.ly/rbxfree", "pt"),
    ("se inscrevam no meu canal youtube.com/@joaoplays, retribuo", "pt"),
    ("hab 2000 v-bucks ohne zu bezahlen bekommen, schaut: bit.ly/vbx2000", "de"),
    ("subskrybujcie mój kanał youtube.com/@ola_rysuje", "pl"),
    ("kupujcie ten coin, będzie x20 za tydzień t.me/coinpl", "pl"),
    ("500 elmas aldım ücretsiz, siz de deneyin bit.ly/elmas500", "tr"),
    ("kanalıma abone olun youtube.com/@mertoyun", "tr"),
    ("подписывайтесь на мой канал youtube.com/@sasha_play", "ru"),
    ("خدت ٥٠٠ شدة ببلاش من هنا bit.ly/pubg500", "ar"),
    ("亲测有效，点 t.cn/Ab12Cd 就能领皮肤", "zh"),
    ("这个币明天要涨五倍，快上车 t.me/bicoin", "zh"),
]
ONLY_REDACTED = [
    ("the school site is school-news dot com slash events", "en", "school-news"),
    ("la web del club es club-futbol punto es barra horarios", "es", "club-futbol"),
    ("die seite vom verein ist sv-blau punkt de slash termine", "de", "sv-blau"),
    ("сайт кружка robo-club точка ру слэш расписание", "ru", "robo-club"),
    ("the school newsletter is at w w w . school-news . uk", "en", "school-news"),
]
ORDINARY = [
    ("there's a dot in the middle of the logo", "en"),
    ("el punto de la clase es que aprendamos", "es"),
    ("c'est un point net et clair", "fr"),
    ("o ponto de encontro é na escola", "pt"),
    ("il punto è che non ho studiato", "it"),
    ("punkt drei der hausaufgaben war schwer", "de"),
    ("postaw kropkę na końcu zdania", "pl"),
    ("jangan lupa titik di akhir kalimat", "id"),
    ("cümlenin sonuna nokta koy", "tr"),
    ("поставь точку в конце предложения", "ru"),
    ("حط نقطة في آخر الجملة", "ar"),
    ("वाक्य के अंत में डॉट लगाओ", "hi"),
    ("我三点钟到学校", "zh"),
    ("i bought a t-shirt . it was red", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PHISHING_SPOKEN)
def test_spoken_phishing_links_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", "link", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PROMO_LINKS)
def test_links_beside_free_currency_subscribe_or_coin_cues_are_held(
        pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang", "name"), ONLY_REDACTED)
def test_spoken_links_without_a_cue_are_only_redacted(pipe: Pipeline, text: str, lang: str, name: str) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action is Action.REDACT and "link" in v.categories, (text, v.action, v.reasons)
    assert name not in v.text, v.text


@pytest.mark.parametrize(("text", "lang"), ORDINARY)
def test_dot_words_in_sentences_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
