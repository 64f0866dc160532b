"""HateCheck-style functional tests for the third wave of rule families
(heldout6 weak areas): sexual requests, insults, grooming secrecy/gifts/
off-platform and threats outside English; passwords in any phrasing and
compact mobile numbers; hiding self-injury; general self-harm discussion.
One class of case per test; each family has clean counter-examples."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline


def _held(pipe: Pipeline, text: str, cat: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.action, v.reasons)
    assert cat in v.categories, (text, v.categories, v.reasons)


def _clean(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW and v.text == text, (text, v.action, v.reasons)


def _redacted(pipe: Pipeline, text: str, secret: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.REDACT, (text, v.action, v.reasons)
    assert secret not in v.text, (text, v.text)
    assert "pii" in v.categories


# -- 1. sexual requests aimed at a person ---------------------------------
@pytest.mark.parametrize("text", [
    "montre-moi tes seins",
    "montre moi tes fesses stp",
    "envoie moi une photo de toi toute nue",
    "mándame fotos desnuda",
    "manda fotos sin ropa",
    "enséñame las tetas",
    "manda nudes pra mim",
    "me manda uma foto pelada",
    "mostra os peitos",
    "schick mal nacktbilder",
    "zeig mir deine titten",
    "schick mir ein foto ohne klamotten",
    "скинь голые фото",
    "покажи сиськи",
    "пришли фото без одежды",
    "给我看看你的裸照",
    "发裸照给我",
    "发张不穿衣服的照片",
    "ارسلي صورك عارية",
    "mujhe nude bhejo",
    "apni nangi photo bhej",
    "मुझे अपनी नंगी फोटो भेजो",
    "mandami foto nuda",
])
def test_sexual_request_non_english(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "on a parlé du sexting en classe, envoyer des photos nues est risqué",
    "enviar fotos desnudas puede ser delito",
    "compartilhar nudes de outras pessoas é crime",
    "man sollte keine nacktbilder verschicken",
    "отправлять голые фото опасно",
    "发裸照是违法的，不要做",
    "montre-moi tes dessins",
    "schick mir mal die hausaufgaben",
    "给我看看你的作业",
])
def test_sexual_topic_or_innocent_request_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 2. insults aimed at a person -------------------------------------------
@pytest.mark.parametrize("text", [
    "eres un asco",
    "eres una fea de mierda",
    "sos un inútil",
    "sua feia idiota",
    "você é um lixo",
    "vc é nojenta",
    "t'es moche",
    "t'es qu'un boloss",
    "espèce d'idiot",
    "du bist hässlich",
    "du bist so ein opfer",
    "du hurensohn",
    "ты урод",
    "ты просто ничтожество",
    "ты жалкий",
    "انت حقير",
    "你真恶心",
    "你好丑啊",
    "tu bahut ganda dikhta hai",
    "तू बहुत बदसूरत है",
])
def test_insult_non_english(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "eres un crack",
    "eres muy buena persona",
    "você é incrível",
    "t'es trop gentille",
    "du bist so lieb",
    "ты молодец",
    "你真好",
    "这个游戏真恶心",
    "el bullying es un asco",
    "ce film est moche",
    "das wetter ist hässlich",
])
def test_compliment_or_untargeted_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 3. grooming: secrecy, gifts, off-platform -----------------------------
@pytest.mark.parametrize("text", [
    "родителям не говори",
    "маме ничего не говори про нас",
    "não conta pros seus pais",
    "não fala nada pra sua mãe",
    "no se lo digas a tus padres",
    "no le cuentes a tu mamá",
    "ne dis rien à tes parents",
    "je t'achète un cadeau si tu m'envoies une photo",
    "te compro robux si me mandas una foto",
    "eu te dou um presente se você me mandar foto",
    "ich kauf dir was wenn du mir ein bild schickst",
    "я куплю тебе подарок если пришлёшь фото",
    "我给你买礼物",
    "加我微信",
    "加我qq吧",
    "пиши мне в телеграм",
    "me agrega en whatsapp",
    "me chama no zap",
    "ajoute moi sur snap",
    "schreib mir auf whatsapp",
    "अपने मम्मी पापा को मत बताना",
    "لا تقول لاهلك",
])
def test_grooming_non_english(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "mes parents m'ont offert un cadeau",
    "je vais acheter un cadeau à ma mère",
    "родители подарили мне телефон",
    "我给妈妈买了礼物",
    "meus pais não sabem que eu tenho tiktok",
    "hablé con mis padres sobre el acoso",
    "si un inconnu te dit de ne rien dire à tes parents, parles-en",
])
def test_grooming_topic_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 4. threats ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ich schlag dich zusammen",
    "ich hau dich morgen",
    "ich mach dich kaputt",
    "je vais te frapper",
    "je vais te démonter à la sortie",
    "te voy a pegar",
    "te voy a romper la cara",
    "vou te quebrar",
    "vou te dar uma surra",
    "я тебя побью",
    "я тебе морду набью",
    "我要揍你",
    "我会打你",
    "سأضربك",
    "main tujhe peet dunga",
])
def test_threat_non_english(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "je vais te battre à fifa",
    "te voy a ganar en el fortnite",
    "ich schlag dich beim schach",
    "я тебя обыграю",
    "vou te ligar amanhã",
    "我要打游戏",
])
def test_game_or_friendly_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 5. PII: passwords and compact mobile numbers ---------------------------
@pytest.mark.parametrize("text,secret", [
    ("my password for everything is bunny123", "bunny123"),
    ("my password on roblox is skater", "skater"),
    ("password for my insta: Luna_2012", "Luna_2012"),
    ("mon mot de passe c'est chaton42", "chaton42"),
    ("mi contraseña es perrito9", "perrito9"),
    ("minha senha é flamengo10", "flamengo10"),
    ("mein Passwort ist Hund2011", "Hund2011"),
    ("мой пароль qwerty777", "qwerty777"),
    ("我的密码是abc12345", "abc12345"),
    ("密码：xyz98765", "xyz98765"),
])
def test_password_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    _redacted(pipe, text, secret)


@pytest.mark.parametrize("text,secret", [
    ("我手机13812345678", "13812345678"),
    ("加我电话15912345678谢谢", "15912345678"),
    ("mera number 9876543210", "9876543210"),
    ("me chama 11987654321", "11987654321"),
    ("звони 89161234567", "89161234567"),
    ("+79161234567 пиши", "+79161234567"),
    ("appelle 0712345678", "0712345678"),
    ("ruf an 01761234567", "01761234567"),
    ("text me 4155550123", "4155550123"),
])
def test_compact_mobile_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    _redacted(pipe, text, secret)


@pytest.mark.parametrize("text", [
    "over 1,000,000 kids use it",
    "in 2024 there were 3500 reports",
    "the meeting is at 14:30 on 03/04/2025",
    "ISBN 9781234567897 is the book we read",
    "the book 9780141036144 was good",
    "we need a strong password",
    "never share your password with anyone",
    "2023年有1500万人",
])
def test_numbers_and_password_talk_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 6. self-harm: hiding injuries ------------------------------------------
@pytest.mark.parametrize("text", [
    "used a blade on my thighs again so no one sees",
    "i wear long sleeves so no one sees the cuts",
    "cut my legs again where nobody can see",
    "i hide the scars under my hoodie",
    "je me coupe les cuisses pour que personne ne voie",
    "je porte des manches longues pour cacher mes cicatrices",
    "me corto los muslos para que nadie lo vea",
    "uso manga larga para esconder los cortes",
    "eu me corto na coxa pra ninguém ver",
    "uso manga comprida pra esconder os cortes",
    "ich ritze mich an den oberschenkeln damit es keiner sieht",
    "ich trage lange ärmel damit keiner die narben sieht",
    "режу бедра чтобы никто не видел",
    "ношу длинные рукава чтобы скрыть порезы",
    "我割大腿这样没人看得到",
    "我穿长袖遮住伤口",
    "أجرح فخذي حتى لا يرى أحد",
    "main apni jaangh kaatti hoon taaki koi na dekhe",
])
def test_hiding_self_injury(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert "self_harm" in v.categories, (text, v.categories, v.reasons)


@pytest.mark.parametrize("text", [
    "its important that kids who self harm can talk to someone",
    "people who self-harm often hide it with long sleeves",
    "teens who cut themselves need support not judgement",
    "i wear long sleeves because its cold",
    "i cut my finger cooking and hid the plaster",
    "es importante que los jóvenes que se autolesionan hablen con alguien",
])
def test_self_harm_discussion_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


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
    _clean(pipe, text)


@pytest.mark.parametrize("text", [
    "你没用过这个app吗",
    "du bist krank?",
    "du bist nichts schuldig",
    "manda el pack de stickers",
    "t'es rien sans moi",
    "sag deinen eltern bescheid",
    "je t'offre un café si tu veux",
    "mon mot de passe est trop long à taper",
])
def test_lexicon_words_in_innocent_senses_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)
