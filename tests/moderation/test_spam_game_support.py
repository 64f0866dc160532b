"""Game scams that name no platform (spam_game_support.py): a fake "game support
team", admin or server moderator asking for the login, and currency top-ups asking
for the username and password; en es fr pt de it ru tr pl id ar hi.

Hard negatives: a child asking about their own password, warnings, staff talking
about events, real support stories, usernames for a class group, reports of a scam.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

STAFF = [
    "hello this is the game support team, your account will be banned, send your password to verify",
    "i am the admin of this server, send me your login to keep your account",
    "moderator of the server here: verify your account by sending me your password",
    "game support: please give me the verification code we sent you",
    "this is the support team, your account has been reported. confirm your password now",
    "official admin here, send me the code you got by sms",
    "server staff here, your account is flagged, tell us your password",
    "we are the security team, send us the 6 digit code to keep your account",
    "Hi, I'm from the game's support team. Your account has been hacked. Please send me your password.",
    "server owner here, i need your password to give you the vip rank",
    "soy el soporte del juego, dame tu contraseña para verificar tu cuenta",
    "soy admin del servidor, mándame el código que te llegó",
    "soporte técnico: tu cuenta será suspendida, envíame tu contraseña",
    "je suis le support du jeu, envoie ton mot de passe pour vérifier ton compte",
    "je suis modo du serveur, donne moi le code que tu as reçu",
    "sou do suporte do jogo, manda sua senha pra verificar sua conta",
    "sou adm do servidor, me passa o código que chegou",
    "ich bin vom spiel support, schick mir dein passwort",
    "ich bin admin vom server, gib mir den code den du bekommen hast",
    "sono l'admin del server, mandami la tua password",
    "sono del supporto del gioco, dimmi il codice che ti è arrivato",
    "я администратор сервера, скинь свой пароль для проверки",
    "это поддержка игры, скажи код из смс",
    "команда игры: твой аккаунт заблокируют, отправь пароль",
    "ben oyunun destek ekibiyim, şifreni gönder",
    "ben sunucu yöneticisiyim, gelen kodu söyle",
    "jestem adminem serwera, podaj mi hasło",
    "jestem z supportu gry, wyślij mi kod z sms",
    "zespół gry: podaj hasło, bo konto zostanie usunięte",
    "aku admin game ini, kirim password kamu buat verifikasi",
    "saya cs resmi, kirim kode otp yang masuk",
    "انا من فريق دعم اللعبة، ارسل الكود اللي وصلك",
    "main game ka admin hoon, apna password bhejo",
    "main server ka moderator hoon, jo otp aaya hai woh bata do",
]

TOPUPS = [
    "i can top up your v-bucks, just give me your login",
    "recharge your coins: send username and password",
    "i top up your diamonds for cheap, send me your account id and password",
    "je recharge tes diamants, donne ton identifiant et ton mdp",
    "ich lade deine v-bucks auf, gib mir dein passwort",
    "ricarico i tuoi gettoni, mandami user e password",
    "top up diamond gratis, kirim username dan password kamu",
    "free diamonds just send your login",
]

PASS = [
    "how do i reset my password? i forgot it",
    "never give your password to 'support', it's a scam",
    "real game support will never ask for your password",
    "i bought diamonds with my pocket money",
    "the new game update adds a ranked mode",
    "the admin of our class group is the teacher",
    "admin of the server here, the event starts at 6",
    "i forgot my password, how do i get the verification code again",
    "my brother topped up diamonds with his birthday money",
    "the moderator of the server banned a spammer",
    "how do i verify my account to get voice chat?",
    "i'm the admin of our class group, send me your username so i can add you",
    "the server admin said never share your password with anyone",
    "game mod here: don't share your password with anyone, stay safe",
    "i am a moderator of this chat, please be kind to each other",
    "this is the support team, we fixed the bug in the last update",
    "i emailed the support team and they reset my password",
    "how do i get the verification code for my own account?",
    "the game update adds a new map and fixes login bugs",
    "i topped up 500 diamonds with my birthday money",
    "can someone top up my robux? i'll pay you back, my mum said ok",
    "i forgot my username and password after the recharge, help",
    "soy el admin del grupo de clase, el profe nos pidió hacer la tarea",
    "je suis le modo du serveur, soyez gentils",
    "ich bin admin vom server, heute abend ist event",
    "sono l'admin del server, stasera torneo alle 9",
    "я администратор сервера, турнир в 6 вечера",
    "ben sunucu yöneticisiyim, bugün etkinlik var",
    "jestem adminem serwera, dzisiaj turniej",
    "aku admin game ini, event mulai jam 7",
    "main group ka admin hoon, sab log homework bhejo",
    "انا ادمن السيرفر، البطولة الساعة ٦",
]

REPORTS = [
    "someone pretending to be game support asked for my password, i reported it",
    "a fake admin wanted my login so i blocked him",
    "my friend said he is an admin and asked for my code, is that a scam?",
    "a guy said he was game support and wanted my verification code, i blocked him",
]


@pytest.mark.parametrize("text", STAFF)
def test_staff_without_platform_asking_for_login_is_blocked(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "spam")
    v = rules_pipe.check(text)
    assert v.action is Action.BLOCK, (text, v.action, v.reasons)
    assert "stage:spam:phishing" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", TOPUPS)
def test_topup_asking_for_login_is_blocked(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "spam")
    v = rules_pipe.check(text)
    assert v.action is Action.BLOCK, (text, v.action, v.reasons)
    assert "stage:spam:phishing" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_own_passwords_advice_and_staff_talk_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_scam_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
