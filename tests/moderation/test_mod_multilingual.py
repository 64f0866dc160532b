"""Multilingual functional cases: the same message must get the same
outcome with and without a language tag (unless a term is language-restricted);
paraphrase probes across families and languages, directed forms in ar/hi/zh,
word order and script mixing."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean, held

CASES = [
("fr","allow","Je pense que les parents devraient parler plus du harcèlement."),
("fr","allow","Un inconnu m'a demandé mon âge et je l'ai bloqué."),
("fr","hidden","t'es qu'une grosse pute"),
("fr","hidden","je vais me suicider ce soir"),
("fr","hidden","envoie moi des photos de toi stp"),
("fr","hidden","on se voit demain après l'école ? ne dis rien à ta mère"),
("es","allow","Mi hermana usa TikTok y a veces ve cosas raras."),
("es","hidden","eres una zorra"),
("es","hidden","no aguanto más, me quiero matar"),
("es","hidden","¿estás sola en casa?"),
("es","hidden","vete a la mierda"),
("de","allow","Ich finde, Eltern sollten mehr über Apps wissen."),
("de","hidden","du Hurensohn"),
("de","hidden","ich will mich umbringen"),
("de","hidden","bist du alleine zu Hause?"),
("pt","allow","Eu uso o Instagram para ver fotos de arte."),
("pt","hidden","vai tomar no cu"),
("pt","hidden","quero me matar"),
("pt","hidden","quantos anos você tem? manda foto"),
("ru","allow","Мне кажется, родители должны больше знать об интернете."),
("ru","hidden","ты сука"),
("ru","hidden","я больше не хочу жить"),
("ru","hidden","скинь фото"),
("ru","hidden","пиздец"),
("ar","allow","أعتقد أن الآباء يجب أن يتعلموا عن التطبيقات."),
("ar","hidden","انت حمار"),
("ar","hidden","اريد ان انتحر"),
("ar","hidden","كم عمرك؟ وين ساكنة؟"),
("zh","allow","我觉得父母应该多了解网络。"),
("zh","hidden","你他妈的闭嘴"),
("zh","hidden","我想自杀"),
("zh","hidden","你几岁？给我发照片"),
("hi","allow","मुझे लगता है माता-पिता को ऐप्स के बारे में जानना चाहिए।"),
("hi","hidden","साले हरामी"),
("hi","hidden","मैं आत्महत्या करना चाहता हूँ"),
("it","hidden","sei un coglione"),
("it","hidden","voglio morire"),
]


@pytest.mark.parametrize(("lang", "expect", "text"), CASES)
@pytest.mark.parametrize("tagged", [True, False])
def test_multilingual(pipe: Pipeline, lang: str, expect: str, text: str, tagged: bool) -> None:
    v = pipe.check(text, lang=lang if tagged else None)
    if expect == "allow":
        assert v.action.value == "allow" and v.text == text, (text, v.reasons)
    else:
        assert v.action.value in ("hold", "block"), (text, v.reasons)


# -- paraphrase probes written after the rules (second-person questions, "I want
# to see", object-first secrecy, hiding verbs) --------------------------------
@pytest.mark.parametrize("text", [
    'montre tes seins stp',
    'envoie une photo de toi en sous-vêtements',
    'fais voir tes fesses 😏',
    "tu m'envoies un nude?",
    'mandame una foto en ropa interior',
    'pásame fotos tuyas desnuda',
    'enseñame tus tetas',
    'quiero ver tus tetas',
    'manda foto sem roupa',
    'me mostra seus peitos',
    'manda nudes ai',
    'schick ma nacktbilder',
    'zeig mal deine titten',
    'schick mir bilder in unterwäsche',
    'скинь нюдсы',
    'покажи грудь',
    'отправь фото в белье',
    '发点你的私密照',
    '把你的裸照发给我',
    '让我看看你的胸',
    'ارسلي صورة بدون ملابس',
    'nangi pic bhejo na',
    'boobs dikhao',
    'eres asquerosa',
    'sos una idiota',
    'eres un perdedor total',
    'vc é uma baleia',
    'você é ridícula',
    'seu otário',
    "t'es grave moche",
    "t'es un bouffon",
    'sale boloss',
    'du bist so hässlich alter',
    'du opfer',
    'ты лох',
    'ты такая страшная',
    '你是个废物',
    '你长得真丑',
    'انتي قبيحه',
    'tum bahut mote ho',
    'tu pagal hai kya',
    'не говори маме про это',
    'родителям ни слова',
    'não conta pra sua mãe tá',
    'no le digas a tus papás',
    "ne dis pas à tes parents qu'on parle",
    'sag deinen eltern nix',
    'sag es nicht deinen eltern',
    "je t'offre des vbucks si tu m'envoies une photo",
    'te regalo una skin si me pasas una foto',
    'te dou robux se você mandar foto',
    'ich schenk dir robux wenn du mir ein foto schickst',
    'я подарю тебе робуксы если скинешь фото',
    '加我vx',
    '我们私聊吧',
    'добавь меня в телеге',
    'escribeme al whatsapp',
    'me chama no insta',
    'parle moi sur snap',
    'ich hau dir eine rein',
    'je vais te niquer ta mère',
    'te voy a dar una paliza',
    'vou te encher de porrada',
    'я тебя урою после школы',
    '放学等着，我揍你',
    'tujhe dekh lunga',
    'i wear hoodies even in summer so nobody sees my arms',
    'nobody knows i cut, i hide it under my sleeves',
    'je cache mes bras depuis que je me coupe',
    'escondo los cortes con pulseras',
    'ich verstecke meine narben unter dem pulli',
    'прячу порезы под кофтой',
    '我用长袖挡住手臂上的伤口',
])
def test_paraphrase_probes_held(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.action, v.reasons)


@pytest.mark.parametrize("text", [
    'montre moi ton dessin',
    'envoie moi le devoir de maths',
    'fais voir ta nouvelle coupe',
    'mándame el link del trabajo',
    'manda o resumo da aula',
    'schick mir die seite bitte',
    'скинь домашку',
    '把作业发给我',
    'ارسل لي الواجب',
    'homework bhejo',
    'eres increíble',
    'tu es trop belle',
    'du bist so nett',
    'ты лучший',
    '你真可爱',
    'انت رائع',
    'tum bahut smart ho',
    'ce prof est nul',
    'este juego es un asco',
    'das spiel ist hässlich',
    'фильм отстой',
    '这个电影很无聊',
    'je vais te montrer mon chat',
    'te voy a mandar la tarea',
    'vou te mandar o link',
    'ich ruf dich später an',
    'я тебе позвоню',
    '我会帮你的',
    'main tujhe call karunga',
    'my mum bought me a gift for my birthday',
    "je t'offre un café si tu veux",
    'te compro un helado mañana',
    'we should talk about why people hide self-harm',
    'wearing long sleeves in summer is so hot',
    'i cut my hair again lol',
    'i hid my report card from my parents lol',
    'kids who are bullied should talk to someone',
    'the password should be long',
    'the code 4821 is the classroom number',
    'we had 12000000 views',
    'my phone number changed, ask the teacher',
    'mon mot de passe est trop long à taper',
])
def test_paraphrase_probes_clean(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize(("text", "cat"), [
    ("لا تخبري أحدا عن كلامنا", "grooming"),
    ("ابعتيلي صورتك", "grooming"),
    ("tum ghar pe akeli ho?", "grooming"),
    ("kisi ko mat batana", "grooming"),
    ("अपनी फोटो भेजो", "grooming"),
    ("سأضربك غدا", "threat"),
    ("तुझे मार डालूंगा", "threat"),
    ("maar dalunga tujhe", "threat"),
    ("你这个垃圾", "bullying"),
    ("所有人都讨厌你", "bullying"),
    ("robux gratis aquí", "spam"),
    ("免费领皮肤", "spam"),
])
def test_new_directed_forms(pipe: Pipeline, text: str, cat: str) -> None:
    held(pipe, text, cat)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("药我已经攒够了", "zh", "self_harm"),
        ("安眠药我偷偷存够了", "zh", "self_harm"),
        ("الاسبوع الجاي غالبا ما راح اكون موجودة.. شكرا لكم على كل شي", "ar", "self_harm"),
        ("والله لو شفتك بكرة لكسر راسك", "ar", "threat"),
        ("cnm什么破游戏又掉线", "zh", "profanity"),
        ("这里管理员会看 我们去QQ聊吧 我把号发你", "zh", "grooming"),
    ],
)
def test_word_order_and_script_mixing(pipe: Pipeline, text: str, lang: str, category: str) -> None:
    v = pipe.check(text, lang)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v)
    assert category in v.categories or category == "profanity", (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("الاسبوع الجاي ما راح اكون موجود عشان مسافر", "ar"),
        ("في ناس تنشر كلام عن الانتحار في تيك توك ولازم المنصات تحذفه بسرعة", "ar"),
        ("我用iPhone15拍的照片很清楚", "zh"),
        ("我想死你了，好久不见", "zh"),
        ("今天不想活动了，好累", "zh"),
    ],
)
def test_word_order_lookalikes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)
