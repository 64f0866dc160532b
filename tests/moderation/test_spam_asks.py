"""Spam that asks one small thing of the reader (spam_asks.py, and the support
impersonator who "needs" the password in spam_game_support.py): reply YES to win a
prize, use my creator code, pass on the code that comes by SMS, sale ads with a
private-message call-to-action and urgency.  One class per test, every language
of the package; the everyday halves (reply yes if you're coming, what's your
creator code, a code kept for yourself, a bike for sale) pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REPLY_YES_TO_WIN = [
    ("type YES in the chat within 10 minutes and win a ps5, only 2 left!!", "en"),
    ("escribe SI ahora mismo y te llevas un iphone 15, solo quedan 4", "es"),
    ("écris OUI en moins de 3 minutes et gagne un iphone 14 !!!", "fr"),
    ("escreve SIM nos próximos 5 minutos e ganhe um ps5 novinho", "pt"),
    ("scrivi SI subito e vinci un iphone, ne restano solo 2!!", "it"),
    ("schreib JA in die kommentare und gewinne eine ps5!!!", "de"),
    ("napisz TAK w ciągu 5 minut i wygraj ps5!!", "pl"),
    ("ketik YA sekarang dan dapatkan iphone gratis, sisa 2 lagi", "id"),
    ("اكتب نعم الآن واربح بلايستيشن 5", "ar"),
    ('评论"1"就能领取苹果手机，仅限前10名', "zh"),
    ("напиши ДА в комментариях и выиграй айфон 15!!!", "ru"),
    ("abhi YES likho aur naya iphone jeeto, bas 2 bache hain", "hi"),
    ("hemen EVET yazın, yeni bir ps5 kazanın!!!", "tr"),
]
CREATOR_CODES = [
    ("pls everyone use my creator code BLAZE in the shop before the new season", "en"),
    ("usad todos mi código de creador NEBULA en la tienda porfa", "es"),
    ("utilisez mon code créateur KIRO dans la boutique svp", "fr"),
    ("galera coloquem meu código de criador LUNA9 na loja", "pt"),
    ("inserite il mio codice creatore FENIX nel negozio ragazzi", "it"),
    ("nutzt alle meinen creator code MAXI im item shop bitte", "de"),
    ("użyjcie mojego kodu twórcy ZOSIA w sklepie", "pl"),
    ("pakai kode kreator aku ya RAKA99 di item shop, semuanya", "id"),
    ("herkes mağazada KAAN7 içerik üretici kodunu kullansın lütfen", "tr"),
    ("используйте мой код автора NIKA в магазине, всем спасибо", "ru"),
    ("استخدموا كود الصانع تبعي SAMI في المتجر", "ar"),
    ("sab log mera creator code ANSH daal do shop mein", "hi"),
    ("大家帮忙用我的推荐码 LEO888 吧", "zh"),
]
CODE_THEFT = [
    ("you're gonna receive a 6 digit code on your phone, send it to me real quick", "en"),
    ("ahora te llega un código por sms, dímelo rápido para el sorteo", "es"),
    ("tu vas recevoir un sms avec un code, envoie le moi ici", "fr"),
    ("vai chegar uma mensagem com um código, manda pra mim rapidinho", "pt"),
    ("riceverai un codice via sms, dimmelo subito così ti mando le gemme", "it"),
    ("du bekommst gleich einen code per sms, sag ihn mir schnell", "de"),
    ("zaraz przyjdzie ci kod sms, podaj mi go szybko", "pl"),
    ("bentar lagi ada kode otp masuk, kirim ke aku ya biar hadiahnya cair", "id"),
    ("telefonuna bir doğrulama kodu gelecek, bana söyle hemen", "tr"),
    ("тебе сейчас придёт код в смс, скинь его мне", "ru"),
    ("هيجيلك كود في رسالة دلوقتي، ابعتهولي بسرعة", "ar"),
    ("tumhare number pe ek code aayega, mujhe bata dena jaldi", "hi"),
    ("一会儿你会收到一条验证码，发给我就行", "zh"),
]
SUPPORT_NEEDS_PASSWORD = [
    ("soy moderador del juego, necesito tu contraseña para verificar tu cuenta", "es"),
    ("aqui é o suporte do roblox, precisamos da sua senha para liberar a conta", "pt"),
    ("ich bin vom support, ich brauche dein passwort um den account zu retten", "de"),
    ("मैं गेम सपोर्ट से हूँ, अपना ओटीपी भेजो", "hi"),
]
SALE_ADS = [
    ("SELLING roblox accounts cheap, dm me, today only!!", "en"),
    ("vendo sudaderas personalizadas, escribidme por privado, solo hoy!!", "es"),
    ("je vends des stickers pas cher, écrivez moi en privé, offre limitée", "fr"),
    ("vendo pulseiras lindas, me chama no privado, só hoje!!", "pt"),
    ("vendo account di fortnite, scrivetemi in privato, solo oggi!!", "it"),
    ("verkaufe brawl stars account billig, schreibt mir privat, nur heute!!", "de"),
    ("sprzedam konto roblox tanio, piszcie na priv, tylko dziś", "pl"),
    ("jual akun ff murah, dm aku, promo hari ini saja", "id"),
    ("ucuza hesap satıyorum, özelden yazın, sadece bugün!!", "tr"),
    ("продам аккаунт фортнайт дешево, пишите в лс, только сегодня", "ru"),
    ("عندي ساعات للبيع بأرخص سعر، كلموني خاص، العرض اليوم بس", "ar"),
    ("sasta BGMI account bech raha hoon, dm karo, sirf aaj", "hi"),
    ("低价出售王者账号，私聊我，限时特价", "zh"),
]
EVERYDAY = [
    ("reply yes if you're coming to the cinema on friday", "en"),
    ("type yes or no: would you rather win a ps5 or a new phone?", "en"),
    ("what's your creator code? i want to support you", "en"),
    ("i put my creator code in my bio and nobody used it lol", "en"),
    ("you'll get a code by text, type it into the app to log in", "en"),
    ("my sister is selling her old bike, dm her if you want it", "en"),
    ("responde si quieres venir al cine el sábado", "es"),
    ("mi primo ganó un iphone en una rifa del colegio", "es"),
    ("te va a llegar un sms con el código de la cita del médico", "es"),
    ("réponds oui si tu viens samedi au match", "fr"),
    ("si tu reçois un code par sms, ne le donne jamais à personne", "fr"),
    ("responde sim ou não, você vem amanhã?", "pt"),
    ("qual é o seu código de criador? quero te apoiar", "pt"),
    ("rispondi sì se vieni alla festa sabato", "it"),
    ("mio cugino ha vinto una ps5 alla lotteria della scuola", "it"),
    ("ti arriverà un sms con il codice della prenotazione, tienilo per te", "it"),
    ("schreib ja wenn du mitkommst zum training", "de"),
    ("die schuhe gab es nur heute billig im laden", "de"),
    ("napisz tak albo nie, idziesz jutro do kina?", "pl"),
    ("ile kosztuje kod twórcy w sklepie?", "pl"),
    ("balas ya kalau sudah sampai rumah", "id"),
    ("jangan kasih kode otp ke siapa pun, termasuk aku", "id"),
    ("اكتب نعم اذا بدك تيجي معنا بكرة", "ar"),
    ("ابن خالي ربح ايفون في مسابقة المدرسة", "ar"),
    ("回复1表示你明天来参加活动", "zh"),
    ("老师说验证码不能发给任何人", "zh"),
    ("напиши да если придёшь на тренировку", "ru"),
    ("никому не пересылай код из смс, даже если пишут из поддержки", "ru"),
    ("haan likho agar tum kal aa rahe ho", "hi"),
    ("mera creator code kya hona chahiye? koi idea do", "hi"),
    ("yarın geliyorsan evet yaz", "tr"),
    ("kuzenim okulda çekilişte telefon kazandı", "tr"),
]


@pytest.mark.parametrize(("text", "lang"), REPLY_YES_TO_WIN)
def test_reply_yes_to_win_a_prize_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), CREATOR_CODES)
def test_ordering_everyone_to_use_a_creator_code_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), CODE_THEFT)
def test_asking_for_the_code_that_comes_by_sms_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), SUPPORT_NEEDS_PASSWORD)
def test_support_that_needs_the_password_is_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), SALE_ADS)
def test_sale_ads_with_a_private_call_and_urgency_are_spam(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_yes_codes_and_sales_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
