"""Investment and crypto spam with no mentor or promoted person in tr pl id hi ru ar zh
(spam_invest_langs.py).  Hard negatives: relatives' losses, lessons quoting the
pitch, pocket-money savings and news about bitcoin, in each language.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

BLOCKED = [
    'bitcoin ile günde 500 TL kazan, sadece 20 TL yatır, özelden yaz, GARANTİLİ',
    'sadece 50 TL yatır, paranı ikiye katlarım, dm at',
    'kripto botum bana günde 300 TL kazandırıyor, bana yaz',
    'paranı ikiye katlarım, risksiz, özelden yaz',
    'zarabiaj 500 zł dziennie na bitcoinie, zainwestuj tylko 20 zł, pisz na priv, GWARANTOWANE',
    'wpłać 50 zł a podwoję to w 24 godziny',
    'bot krypto płaci mi 300 zł dziennie, napisz na priv',
    'zainwestuj tylko 30 zł, bez ryzyka',
    'dapat 500 ribu per hari dari bitcoin, modal cuma 20 ribu, chat aku, DIJAMIN',
    'tf 50rb nanti aku gandain uang kamu, dijamin',
    'bot trading aku profit 300rb per hari, dm aku',
    'depo cuma 25 ribu pasti cair, japri',
    'bitcoin se roz 500 rupaye kamao, sirf 20 lagao, dm karo, GUARANTEED',
    'sirf 100 rupaye lagao aur main paise double kar dunga, pakka',
    'crypto app se roz 1000 rupaye kamao, mujhe message karo',
    'main tumhare paise double kar dunga 24 ghante mein, dm karo',
    'зарабатывай 500$ в день на биткоине, вложи всего 20$, пиши в личку, ГАРАНТИЯ',
    'вложи 100 рублей, удвою за сутки, пиши мне',
    'бот приносит мне 300$ в день, пиши в лс',
    'закинь всего 500 рублей без риска',
    'اربح 500 دولار يوميا من البيتكوين، استثمر 20 فقط، راسلني خاص، مضمون',
    'حط 50 دولار وبضاعفها لك خلال 24 ساعه',
    'البوت يعطيني 300 دولار يوميا، راسلني',
    'استثمر 10 دولار فقط ربح مضمون',
    '每天用比特币赚500元，只需投资20元，私聊我，保证',
    '投20元，24小时回本200元，稳赚',
    '只要投100元，资金翻倍，私聊我',
    '这个机器人每天赚300元，加我微信',
]

PASS = [
    'amcam kriptoda para kaybetti',
    "öğretmenimiz 'paranı ikiye katlarım' diyenlerin dolandırıcı olduğunu söyledi",
    'haftada 20 TL harçlık biriktiriyorum',
    'bitcoin bugün düştü, haberlerde gördüm',
    'mój wujek stracił pieniądze na kryptowalutach',
    'odkładam 10 zł tygodniowo z kieszonkowego',
    "pani mówiła że 'podwoję twoje pieniądze' to zawsze oszustwo",
    'pamanku rugi jutaan gara-gara crypto',
    'aku nabung 10 ribu per hari buat beli sepatu',
    "kata guru 'modal kecil untung besar dijamin' itu penipuan",
    'mere chacha ne crypto mein paise gawa diye',
    'main roz 20 rupaye bachata hoon gullak mein',
    "teacher ne bola 'paise double karo' wale log fraud hote hain",
    'мой дядя потерял деньги на биткоине',
    'я коплю по 100 рублей в неделю на велосипед',
    "учительница сказала что 'удвою деньги' пишут мошенники",
    'курс биткоина упал сегодня',
    'عمي خسر فلوس في البيتكوين',
    'بوفر 10 ريال كل يوم من مصروفي',
    "المعلمة قالت اللي يقول 'ربح مضمون' نصاب",
    'سعر البيتكوين نزل اليوم بالاخبار',
    '我叔叔炒币亏了很多钱',
    '老师说"稳赚不赔"都是骗局',
    '我每天存5元零花钱',
    '比特币今天跌了，新闻上说的',
    '有人说投20元回本200元，这是骗人的',
]


@pytest.mark.parametrize("text", BLOCKED)
def test_investment_pitch_without_a_mentor_is_blocked(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "spam")
    v = rules_pipe.check(text)
    assert v.action is Action.BLOCK and "stage:spam:scam" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_losses_lessons_savings_and_news_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
