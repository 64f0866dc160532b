"""Investment and crypto spam with no mentor or promoted person (spam_invest.py: en it
es fr pt de): an amount to put in, a rate of money, the writer doubling it, a
guarantee or a contact - two of them in one stretch.

Hard negatives: a relative's losses, lessons quoting the pitch, savings, news,
class projects, chores and babysitting, bets and game currency, a child's app, bake
sales and school trips.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

BLOCKED = [
    "my uncle made £3000 in a week with this crypto bot, dm me, put in £50 and i'll double it guaranteed 🚀",
    'invest 20 get 200 back in 24h 100% guaranteed',
    'trading bot pays me 500 a day, ask me how',
    'crypto bot makes 300 a day on autopilot, message me for the link',
    "my cousin turned 100 into 5000 with this app, text me i'll show you",
    "send me 30 quid and i'll turn it into 300 by friday",
    'i double any amount you send in 2 hours, no risk 🚀🚀',
    'this bitcoin bot doubles your money in 24 hours, dm me',
    'deposit just 25 dollars and earn 250 a week, zero risk',
    'my ai trading bot earns me 200 a day. want in? dm me',
    'invest only 10 pounds, its guaranteed, message me',
    'you can earn 1000 a week with this crypto app, ask me how 💰',
    'i can double your money in 48 hours, 100% legit, hmu',
    'send 50 usdt and i will triple it by tonight guaranteed',
    'guadagna 500€ al giorno con i bitcoin, investi solo 20€, scrivimi in privato, GARANTITO',
    'investi 50€ e te li raddoppio in 24 ore, scrivimi',
    'il mio bot di trading mi paga 300€ al giorno, chiedimi come',
    'guadagna 1000 euro a settimana con le crypto, guadagno sicuro, contattami',
    'metti solo 30€ nel mio bot, rischio zero',
    'gana 500€ al día con bitcoin, invierte solo 20€, escríbeme al privado, GARANTIZADO',
    'mándame 50 euros y te lo duplico en 24 horas',
    'este bot de cripto me paga 200 dólares al día, pregúntame cómo',
    'invierte solo 10 dólares, ganancia garantizada, escríbeme',
    'gagne 500€ par jour avec le bitcoin, investis seulement 20€, écris-moi en privé, GARANTI',
    'envoie 50€ et je te le double en 24h',
    'mon bot crypto me rapporte 300€ par jour, écris moi',
    'place seulement 20€ sans risque, contacte moi',
    'ganhe 500 reais por dia com bitcoin, invista só 20, me chama no privado, GARANTIDO',
    'robo de trading me paga 500 por dia, me pergunta como',
    'manda 50 reais que eu dobro seu dinheiro em 24h',
    'invista apenas 30 reais, lucro garantido, me chama no pv',
    'verdiene 500€ am tag mit bitcoin, investiere nur 20€, schreib mir privat, GARANTIERT',
    'schick mir 50€ und ich verdopple es in 24 stunden',
    'mein krypto bot zahlt mir 300€ am tag, frag mich wie',
    'investiere nur 25€, ohne risiko, schreib mir',
]

PASS = [
    'my uncle lost £3000 on crypto last year and my aunt is still angry',
    'my uncle put 500 into bitcoin and lost almost all of it',
    "we learned in class that 'double your money guaranteed' is always a scam",
    'our teacher said if someone says invest 20 get 200 back it is a scam, never send money',
    "i'm saving my pocket money, 5 pounds a week, to buy a bike by summer",
    'bitcoin fell to 60000 dollars today, it was on the news',
    'for our business class project we have to invest a pretend 1000 and see what we earn in a week',
    'my dad says crypto is too risky and trading bots are a scam',
    'i got 20 quid for my birthday and put it in my savings account, guaranteed interest 3%',
    'someone in the game chat said he would double my robux if i sent him 100, i blocked him',
    'is it true you can earn 500 a day with a trading bot? sounds fake',
    'my sister earns 500 a month at her part time job',
    'double or nothing, i bet you 5 quid we win the match',
    "send me 20 more stickers and i'll double my collection 😂",
    "guaranteed i'll beat you at fifa, dm me when you're online",
    'this bot in our discord pays out 500 coins a day, ask me how to join',
    'i made 20 dollars with my app in the app store, dm me for feedback',
    'our charity bake sale: invest just 2 pounds in a cake, dm me',
    'deposit 20 pounds for the school trip, message me if you have questions',
    "invest 20 minutes a day in reading and you'll be amazed",
    'earn 10 dollars a week doing chores, ask me how',
    'my dad put in 500 and got 1000 back from his shares years ago',
    "a ponzi scheme promises it doubles your money, that's how they trick people",
    'bitcoin doubled in price this year according to the news',
    'my sister makes 500 a month babysitting, text me if you need a sitter',
    'the business class project: our pretend company makes 300 a week from the tuck shop',
    'put in 10 and i\'ll put in 10 for mums present, dm me',
    'mio zio ha perso 2000€ con i bitcoin, non investite mai',
    "a scuola abbiamo imparato che 'guadagna 500€ al giorno garantito' è una truffa",
    'risparmio 5 euro a settimana per comprare la bici',
    'mi tío perdió dinero con las criptomonedas',
    "en clase aprendimos que 'duplica tu dinero garantizado' siempre es una estafa",
    'ahorro 5 euros a la semana de mi paga',
    "j'économise mon argent de poche, 10€ par semaine",
    "le prix du bitcoin a baissé aujourd'hui aux infos",
    'minha mãe disse que robô de trading é golpe',
    'o preço do bitcoin subiu hoje, deu no jornal',
    'ich spare mein taschengeld, 5 euro pro woche',
    "unser lehrer sagt, wer 'verdopple dein geld garantiert' schreibt, ist ein betrüger",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_investment_pitch_without_a_mentor_is_blocked(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "spam")
    v = rules_pipe.check(text)
    assert v.action is Action.BLOCK and "stage:spam:scam" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_losses_lessons_savings_and_chores_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
