"""Investment spam promoting a third person (spam_mentor_others.py): a gain of the
writer's or a word of trust, a finance word (or a mentor, broker or title with the
gain) and a call to contact *him* or *her*, in en es pt fr de it ru tr pl id hi ar.

Hard negatives: somebody else's gain or loss, tutors and teachers with no money,
warnings and reports, pocket money earned for work, a coach without a gain.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

BLOCKED = [
    "I made $3000 in one week trading crypto with Mr. Daniel, DM him on telegram he's legit 💯",
    "my account manager Mrs Sarah doubled my money, contact her on whatsapp",
    "thanks to @coach_mike I earn 500 a day, message him",
    "all thanks to Mrs Jennifer Wilson, she helped me earn $12,000 from bitcoin mining, text her "
    "on whatsapp",
    "I was skeptical but Mr James Carter turned my $200 into $4500 with forex, reach out to him on "
    "telegram",
    "invested with Mrs Anna and got 5000 profit in 2 weeks, she is 100% legit, contact her",
    "big thanks to my broker Mr Kevin, I withdrew 2k today 🙏 message him on ig",
    "if you want to earn from crypto contact Mr Daniel on telegram, he's trustworthy, he made me 4000",
    "Mr Daniel is the best crypto trader, 100% legit not a scam, dm him on telegram",
    "thanks to coach Mike I now make 2000 every week, message him",
    "Mrs Sarah helped me recover my lost bitcoin, contact her on whatsapp she is legit",
    "shout out to Mrs Linda, she doubled my investment in bitcoin, text her on telegram",
    "Mrs Emily is the most trusted forex expert, I now earn 800 every week, message her now",
    "gané 3000 dólares en una semana con el señor Daniel en cripto, escríbele por telegram, es de "
    "confianza",
    "mi gestora de cuentas Sara duplicó mi dinero, contáctala por whatsapp",
    "gracias a la señora Laura gané 2000 euros con bitcoin, contáctala por whatsapp",
    "ganhei 5000 reais com o sr Daniel no trading de cripto, chama ele no telegram, é confiável",
    "minha gerente de conta Sarah dobrou meu dinheiro, fala com ela no whatsapp",
    "graças à dona Márcia lucrei 3000 com cripto, fala com ela no zap",
    "j'ai gagné 3000€ en une semaine grâce à M. Daniel avec la crypto, contacte-le sur telegram",
    "ma gestionnaire de compte Mme Sarah a doublé mon argent, écris-lui sur whatsapp",
    "merci à Mme Claire, j'ai gagné 4000€ avec le bitcoin, contactez-la sur whatsapp",
    "dank Herrn Daniel habe ich 3000€ in einer Woche mit Krypto verdient, schreib ihm auf Telegram",
    "meine Kontomanagerin Frau Sarah hat mein Geld verdoppelt, kontaktiere sie auf WhatsApp",
    "ho guadagnato 3000€ in una settimana con il signor Daniel sulle crypto, scrivigli su telegram",
    "la mia account manager Sarah ha raddoppiato i miei soldi, contattala su whatsapp",
    "заработал 3000$ за неделю на крипте с мистером Даниэлем, напиши ему в телеграм, он надежный",
    "мой менеджер Сара удвоила мои деньги, пишите ей в ватсап",
    "благодаря брокеру Ивану заработал 2000$ на биткоине, пишите ему в телеграм",
    "Daniel bey sayesinde kriptodan bir haftada 3000 dolar kazandım, ona telegramdan yazın",
    "hesap yöneticim Sarah hanım paramı ikiye katladı, whatsapptan ona ulaşın",
    "dzięki panu Danielowi zarobiłem 3000 zł w tydzień na krypto, napisz do niego na telegramie",
    "moja opiekunka konta pani Sara podwoiła moje pieniądze, skontaktuj się z nią na whatsappie",
    "berkat Mr Daniel aku profit 3 juta seminggu dari trading crypto, langsung chat beliau di "
    "telegram, amanah 💯",
    "account manager aku bu Sarah bikin duitku jadi 2x lipat, hubungi dia di wa",
    "makasih bu Rina, aku udah wd 5 juta dari investasi crypto, hubungi beliau ya",
    "Daniel sir ki wajah se maine ek hafte mein crypto se 30000 kamaye, unko telegram pe message karo",
    "meri account manager Sarah ma'am ne mere paise double kar diye, unse whatsapp pe contact karo",
    "डेनियल सर की वजह से मैंने क्रिप्टो से एक हफ्ते में 30000 कमाए, उन्हें टेलीग्राम पर मैसेज करो",
    "ربحت 3000 دولار في اسبوع مع الاستاذ دانيال في الكريبتو، تواصل معه على التليجرام، موثوق",
    "مديرة حسابي سارة ضاعفت فلوسي في التداول، كلموها على الواتساب",
]
PASS = [
    "my uncle made money with crypto but lost it all",
    "my maths tutor Mr. Daniel helped me a lot, ask him about the club",
    "Mr Daniel said crypto ads are usually scams",
    "DM the teacher on teams if you miss the lesson",
    'someone posted "I made $3000 with Mr Daniel, DM him on telegram" and I reported it',
    "my brother made 50 dollars selling lemonade, text him if you want some",
    "I made 50 dollars babysitting for Mrs Jones, text her if you need a sitter",
    "Mr Daniel is our economics teacher, message him if you have questions about the investing "
    "project",
    "my dad works in crypto, message him if you want to ask about his job",
    "my cousin doubled her robux trading pets, dm her if you want to trade",
    "people say Mr Daniel made them rich on telegram but it's a scam, don't message him",
    "my coach is legit the best, message him for the training times",
    "the ad said my account manager doubled my money, contact her on whatsapp, that's a typical scam",
    "thanks to Mr Daniel I finally understand bitcoin, he explains it really well",
    "is Mr Daniel on telegram legit? he says he can double my money",
    "my aunt is a bank manager, text her if you want to know about savings accounts for kids",
    "I got 90 in the maths test thanks to Mr Daniel, email him for extra lessons",
    "a guy in my dms said mrs sarah doubled his money and told me to contact her, i blocked him",
    "my grandpa invested in stocks, call him if you want advice for your school project",
    "mi tío ganó dinero con cripto pero lo perdió todo",
    "mi profe el señor Daniel me ayudó mucho, escríbele si quieres entrar al club",
    "escríbele al profe por teams si faltas a clase",
    "meu tio ganhou dinheiro com cripto mas perdeu tudo",
    "chama o professor no teams se faltar na aula",
    "mon prof M. Daniel m'a beaucoup aidé, écris-lui si tu veux rejoindre le club",
    "der Lehrer sagt Krypto-Werbung ist meistens Betrug",
    "la prof dice che le pubblicità crypto sono truffe",
    "дядя заработал на крипте, но все потерял",
    "amcam kriptodan para kazandı ama hepsini kaybetti",
    "wujek zarobił na krypto ale wszystko stracił",
    "om aku dapet untung dari crypto tapi akhirnya rugi semua",
    "mere mama ne crypto mein paisa lagaya aur sab doob gaya",
    "خالي ربح من الكريبتو بس خسر كل شي",
    "my dad is a manager at tesco, text him if you need a job lol",
    "thanks to my coach I won the match, message him for lessons",
    "Mr Smith is legit the best teacher, email him about the trip",
    "my brother is a crypto nerd lol, he's legit obsessed, dm him if you want to talk about it",
    "thanks to my uncle I understand crypto, text him if you have questions",
    "my sister works at a bank as a broker, she's so nice, call her if you want work experience",
    "my cousin's bitcoin got stolen, she reported it, message her if it happened to you too",
    "the crypto club is legit fun, dm her to join",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_third_person_mentor_is_blocked(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "spam")
    assert rules_pipe.check(text).action is Action.BLOCK, text


@pytest.mark.parametrize("text", PASS)
def test_others_gains_tutors_warnings_and_pocket_money_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
