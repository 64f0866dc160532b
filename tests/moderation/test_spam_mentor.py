"""Investment / crypto "mentor" spam (spam_mentor.py): a promised return ("invest 50
and get 500 back"), trading signals with an invitation ("forex signals, join my
telegram"), a mentor or money pitch with a call-to-action in a finance message, in 13
languages.

Hard negatives: lessons and news about crypto, relatives' losses, questions about
investing, homework sums, game trading, mentors and coaches of clubs and teams.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

BLOCKED = [
    "I made $5000 in a week with crypto, DM me and I'll mentor you",
    'invest 50 and get 500 back, my mentor shows how',
    'forex trading signals, join my telegram',
    'want to earn passive income? my crypto mentor turned 100 into 3000, message me',
    "send 100 dollars and i'll double it in 24 hours with bitcoin trading",
    'join my vip telegram group for free crypto signals, 90% win rate',
    'i can teach you how to make 1000 a day trading forex, hmu',
    'invest 200 usdt and receive 2000 in 3 days, guaranteed profit',
    'be your own boss, my mentor taught me binary options, dm for info',
    'looking for 5 people to invest in bitcoin with me, huge returns, dm me',
    'my account manager helped me earn 10k with crypto, contact him on whatsapp',
    "j'ai gagné 5000€ en une semaine avec la crypto, écris moi je te coache",
    'investis 50€ et récupère 500€, mon mentor te montre comment',
    'signaux de trading forex, rejoins mon telegram',
    'gané 5000 dólares en una semana con cripto, escríbeme y te enseño',
    'invierte 50 y recibe 500, mi mentor te enseña cómo',
    'señales de trading forex, únete a mi telegram',
    'ganhei 5000 reais em uma semana com cripto, me chama que eu te ensino',
    'invista 50 e receba 500, meu mentor mostra como',
    'sinais de forex, entra no meu telegram',
    'ich habe in einer woche 5000€ mit krypto verdient, schreib mir und ich coache dich',
    'investiere 50 und bekomme 500 zurück, mein mentor zeigt dir wie',
    'forex trading signale, tritt meiner telegram gruppe bei',
    'ho guadagnato 5000 euro in una settimana con le crypto, scrivimi e ti faccio da mentore',
    'investi 50 e ricevi 500, il mio mentore ti mostra come',
    'segnali di trading forex, entra nel mio telegram',
    'я заработал 5000$ за неделю на крипте, пиши в лс и я научу',
    'вложи 50 и получи 500, мой наставник покажет как',
    'сигналы форекс, вступай в мой телеграм',
    'ربحت 5000 دولار في اسبوع من الكريبتو، راسلني وانا اعلمك',
    'استثمر 50 واربح 500، مرشدي يوريك كيف',
    'توصيات تداول فوركس، انضم لقناتي على التليجرام',
    '我一周靠炒币赚了5000美元，私信我带你',
    '投资50元回报500元，我的导师教你',
    '外汇交易信号，加我的电报群',
    'maine ek hafte mein crypto se 50000 kamaye, dm karo main sikhaunga',
    '500 invest karo aur 5000 pao, mere mentor sikhayenge',
    'forex trading signals ke liye mera telegram join karo',
    'bir haftada kriptodan 5000 dolar kazandım, bana yaz sana mentorluk yapayım',
    '50 yatır 500 al, mentorum nasıl olduğunu gösteriyor',
    'forex sinyalleri, telegram grubuma katıl',
    'zarobiłem 5000 zł w tydzień na krypto, napisz do mnie a będę twoim mentorem',
    'zainwestuj 50 i odbierz 500, mój mentor pokaże ci jak',
    'sygnały forex, dołącz do mojego telegrama',
    'aku dapet 5 juta seminggu dari crypto, dm aku nanti aku ajarin',
    'investasi 50 ribu dapat 500 ribu, mentor aku yang ngajarin',
    'sinyal trading forex, join grup telegram aku',
    'put in 100 and get 1000 back in a week, bitcoin is the future',
    'double your money in 48 hours with our crypto bot, dm me',
    'guaranteed profit every day with forex, message me for details',
    'my mentor showed me how to trade crypto, now i earn daily. dm me if u want his contact',
    'free vip crypto signals in my telegram, 95% accuracy, join now',
    'need 10 serious people for passive income with bitcoin, contact me on whatsapp',
    'deposit 50 usdt and withdraw 500 tomorrow',
    'investis 100€ et touche 1000€ en une semaine',
    'je te montre comment faire du trading crypto, écris moi en privé',
    'duplica tu dinero con bitcoin, escríbeme',
    'ingresos pasivos con cripto, únete a mi grupo de telegram',
    'coloca 100 e receba 1000 em 7 dias, lucro garantido',
    'renda passiva com cripto, me chama no privado',
    'verdopple dein geld mit krypto, schreib mir',
    'raddoppia i tuoi soldi con il trading, scrivimi',
    'закинь 1000 и получишь 10000 через неделю',
    'мой наставник научил меня крипте, пиши в лс',
    'ضاعف فلوسك مع البيتكوين، راسلني',
    '稳赚不赔的炒币项目，私信我',
    'mere mentor ne mujhe crypto trading sikhaya, dm karo main bhi sikhaunga',
    '100 tl yatır 1000 tl al, kripto ile garantili kazanç',
    'zainwestuj 100 zł i odbierz 1000 zł w tydzień',
    'modal 100rb jadi 1jt dalam seminggu, dm aku',
    'forex sinyalleri için telegram grubuma katıl',
    'darmowe sygnały krypto na moim telegramie, dołącz',
    'start investing with just 100 dollars, my mentor will guide you, message me',
    'btc signals daily!! join my telegram t.me/cryptokings',
    'earn passive income from home with crypto, dm me for details',
    'ganhe renda passiva com bitcoin, me chama no direct',
]
PASS = [
    'we learned about crypto scams in class',
    'my uncle lost money on bitcoin',
    "is investing in stocks a good idea when you're older?",
    'my dad says forex trading is basically gambling',
    "if someone says invest 50 and get 500 back, it's a scam",
    'my mentor at the coding club helped me with my project, dm me if you want to join',
    "i want to learn about investing when i'm older, any books?",
    "someone in my dms said they'd double my money with crypto, i blocked them",
    'my brother made money with bitcoin years ago',
    "what's a telegram group? my cousin keeps talking about it",
    'our teacher explained how ponzi schemes promise big returns',
    'nous avons appris les arnaques crypto en cours',
    'mi tío perdió dinero con bitcoin',
    'é uma boa ideia investir em ações quando for mais velho?',
    'mein onkel hat geld mit bitcoin verloren',
    'mio zio ha perso soldi con i bitcoin',
    'мой дядя потерял деньги на биткоине',
    'عمي خسر فلوس في البيتكوين',
    '我叔叔炒比特币亏了钱',
    'mere chacha ne bitcoin mein paise gawa diye',
    'amcam bitcoinden para kaybetti',
    'mój wujek stracił pieniądze na bitcoinie',
    'om aku rugi main crypto',
    'i got a mentor at school for maths',
    'join my telegram group for the class notes',
    'our economics teacher said forex trading is risky',
    'is bitcoin a scam or a real investment?',
    "my cousin says she makes money with crypto but i don't believe her",
    'if you invest 100 and get 110 back, what is the interest rate?',
    'i watched a video about how crypto signals groups scam people',
    'my dad has a mentor at work who teaches him about investing',
    "double your money is always a scam, don't fall for it",
    'mi profe dijo que las inversiones en cripto son arriesgadas',
    'mon père investit en bourse depuis longtemps',
    'meu pai perdeu dinheiro com cripto',
    'mein bruder hat in krypto investiert und alles verloren',
    "mia madre dice che il trading è un gioco d'azzardo",
    'папа говорит что форекс это развод',
    'أبوي يقول التداول خطير',
    '我爸说炒外汇风险很大',
    'papa kehte hain crypto mein risk hai',
    'babam borsada para kaybetti',
    'tata mówi że krypto to hazard',
    'ayahku bilang investasi bodong itu penipuan',
    'i put in 20 dollars and got 5 back from the vending machine lol',
    'my coach taught me a new trick shot, dm me for the video',
    'join my telegram for the homework answers',
    'anyone know good books about investing for teens?',
    'invest 10 minutes and get 100 xp in the new event',
    'give 100 robux and get 100 back when i log in tomorrow',
    'i can teach you trading in adopt me, dm me',
    'trading tips for adopt me, join my discord',
    'vip tips for brawl stars, join my discord',
    'looking for a mentor for our school investing club, dm me',
    'there is no such thing as guaranteed profit',
    'my coach said dm him if you want to join the team, he also likes bitcoin lol',
    'double your money in monopoly by buying hotels',
    'if you invest 50 dollars and get 500 back that is 10 times more',
    'forex signals are a scam, my uncle lost everything',
    'my cousin is an instagram admin for her company',
    'mom says crypto is gambling',
    "passive income sounds cool but i'm 13 lol",
    'our teacher showed us how scammers promise guaranteed profit',
    'we did a project about bitcoin in maths class',
    'my sister wants to study finance and investing',
    'our school has a stock market game, join if you want',
    'i traded my dragon for a unicorn, dm me if you want to trade',
    'my mentor in the robotics team is awesome, dm me to join',
    'my coach said i could go pro if i train, message me for the schedule',
    'crypto prices dropped again, my dad is sad',
    'is forex trading legal for kids?',
    'i saw an ad saying double your money, is that real?',
    'la prof nous a parlé des arnaques au trading',
    'el profesor nos explicó qué es el bitcoin',
    'a professora explicou o que é bitcoin',
    'unser lehrer hat erklärt wie krypto funktioniert',
    "il prof ci ha spiegato cos'è il bitcoin",
    'учитель рассказал нам про биткоин',
    'المعلم شرح لنا البيتكوين',
    '老师给我们讲了比特币',
]
# held by another rule (an off-platform move), but no investment spam
NOT_SPAM = [
    "my mentor said if i invest in myself i'll grow, so dm me for drawing commissions",
    "dm me if you want to join our maths study group",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_investment_pitch_is_blocked(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "spam")
    assert rules_pipe.check(text).action is Action.BLOCK, text


@pytest.mark.parametrize("text", PASS)
def test_lessons_losses_and_questions_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", NOT_SPAM)
def test_mentor_and_dm_without_a_scheme_is_no_spam(rules_pipe: Pipeline, text: str) -> None:
    assert "spam" not in rules_pipe.check(text).categories, text
