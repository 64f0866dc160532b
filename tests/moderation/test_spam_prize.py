"""Prize scams (spam_prize.py): the reader won or was picked, then a prize
and a click / link / claim, or card details asked for, in 13 languages.
The writer's own raffle win, a match won, warnings, victims' stories and
"enter your card details only on the official site" pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

SCAMS = [
    "you won an iPhone 15!! click here bit.ly/3xYz9 and enter your card details for shipping",
    "congrats u won a free ps5 just enter ur card details to cover shipping",
    "HAI VINTO un iPhone 15!! clicca qui bit.ly/3xYz9 e inserisci i dati della carta per la spedizione",
    "congratulazioni!! sei stato selezionato per vincere un samsung galaxy, ritira il premio qui: bit.ly/xx1",
    "hai vinto un buono amazon da 500€ clicca sul link nella bio",
    "GANASTE un iPhone 15!! haz clic aquí bit.ly/3xYz9 e ingresa los datos de tu tarjeta para el envío",
    "has ganado una PS5!! solo tienes que pagar el envío con tu tarjeta de crédito",
    "VOUS AVEZ GAGNÉ un iPhone 15 !! cliquez ici bit.ly/3xYz9 et entrez vos coordonnées bancaires",
    "tu as gagné un iphone 15 !! clique ici bit.ly/3xYz9 et mets ta carte bancaire pour les frais de port",
    "VOCÊ GANHOU um iPhone 15!! clique aqui bit.ly/3xYz9 e coloque os dados do cartão para o frete",
    "parabéns vc ganhou um iphone 15!!! clica no link e coloca os dados do cartão pro frete",
    "DU HAST GEWONNEN ein iPhone 15!! klick hier bit.ly/3xYz9 und gib deine Kartendaten ein",
    "du hast ein iphone 15 gewonnen! klick auf den link und gib deine kreditkarte ein",
    "ВЫ ВЫИГРАЛИ iPhone 15!! жми сюда bit.ly/3xYz9 и введи данные карты для доставки",
    "поздравляем! вы выиграли айфон 15, перейдите по ссылке и введите номер карты",
    "لقد ربحت ايفون 15!! اضغط هنا bit.ly/3xYz9 وادخل بيانات بطاقتك للشحن",
    "مبروك ربحت ايفون ١٥ اضغط على الرابط وادخل بيانات بطاقتك",
    "恭喜你赢得了iPhone 15！！点击这里 bit.ly/3xYz9 输入你的银行卡信息支付运费",
    "恭喜您获得了iPhone15一台，请点击链接领取",
    "aapne iPhone 15 jeeta hai!! yahan click karo bit.ly/3xYz9 aur shipping ke liye card details daalo",
    "आपने iPhone 15 जीता है!! यहाँ क्लिक करें bit.ly/3xYz9 और शिपिंग के लिए कार्ड की जानकारी डालें",
    "iPhone 15 KAZANDIN!! buraya tıkla bit.ly/3xYz9 ve kargo için kart bilgilerini gir",
    "tebrikler iphone 15 kazandınız! linke tıklayın ve kart bilgilerinizi girin",
    "WYGRAŁEŚ iPhone 15!! kliknij tutaj bit.ly/3xYz9 i podaj dane karty do wysyłki",
    "gratulacje! wygrałaś iphone 15, kliknij w link i podaj numer karty",
    "KAMU MENANG iPhone 15!! klik di sini bit.ly/3xYz9 dan masukkan data kartu kamu untuk ongkir",
    "selamat kamu memenangkan hadiah iphone 15! klik link di bio dan masukkan nomor kartu",
]
CLEAN = [
    "I won a phone in a school raffle",
    "ho vinto un telefono alla lotteria della scuola",
    "hai vinto la partita! clicca qui per le foto",
    "attenzione!! se vi scrivono hai vinto un iphone clicca qui e metti i dati della carta, è una truffa",
    'mia nonna ha ricevuto un sms "hai vinto un iphone, inserisci i dati della carta" ed era una truffa',
    "inserisci i dati della carta solo sul sito ufficiale",
    "enter your card details only on the official site",
    'beware of "you won an iphone" messages asking for your card details, they are scams',
    "gané un móvil en la rifa del colegio",
    "si te dicen que ganaste un iphone y piden tu tarjeta es estafa",
    "j'ai gagné un téléphone à la tombola de l'école",
    'je me suis fait arnaquer: "tu as gagné un iphone, entre ta carte bancaire"',
    "você ganhou o jogo ontem, manda o link do vídeo",
    "du hast gewonnen! klick auf weiter für das nächste level",
    "вы выиграли олимпиаду, поздравляем! ссылка на дипломы в группе",
    "wygrałeś mecz, gratulacje! link do zdjęć w grupie",
    "mi hermano ganó un iphone en un sorteo de verdad",
    "did you win anything in the raffle? the results are on teams",
]


@pytest.mark.parametrize("text", SCAMS)
def test_a_prize_with_a_click_or_card_details_is_blocked(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.BLOCK, (text, v.action, v.reasons)
    assert "spam" in v.categories, (text, v.categories, v.reasons)


@pytest.mark.parametrize("text", CLEAN)
def test_own_wins_warnings_and_matches_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
