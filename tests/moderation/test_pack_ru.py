"""HateCheck-style functional tests for the Russian language pack
(moderation/packs/ru/, moderation/data/lexicon/ru.txt).

One class of case per test function, each parametrised over Cyrillic and
Latin-transliteration examples written the way children type (no capitals,
no punctuation, ё/е and й/и mixed, slang), with hard negatives next to
every family: idioms, game talk, school requests, reports and lessons about
the harm ("нам рассказывали...", "мне писал незнакомец...")."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held


# -- self-harm disclosures (Cyrillic) -----------------------------------
@pytest.mark.parametrize("text", [
    "я уже не хочу жить",
    "жить уже не хочется",
    "устала жить честно",
    "я так устал жить",
    "надоело жить",
    "задолбало существовать",
    "хочу просто исчезнуть навсегда",
    "хочется уснуть и не проснуться",
    "иногда хочу умереть",
    "хочу сдохнуть",
    "думаю покончить с собой",
    "хочу прыгнуть с крыши",
    "всем будет легче без меня",
    "родителям будет только лучше без меня",
    "без меня всем станет проще",
    "лучше бы меня не было",
    "лучше бы я не рождалась",
    "я обуза для всех",
    "я никому не нужна",
    "мне кажется я всем только мешаю",
    "зачем мне вообще жить",
    "не вижу смысла жить",
    "хочу чтобы меня не стало",
    "хочу уйти навсегда",
    "родители даже не заметят если я исчезну",
])
def test_self_harm_disclosure_cyrillic(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- self-injury, planning and goodbye (Cyrillic) -------------------------
@pytest.mark.parametrize("text", [
    "я опять порезалась",
    "вчера опять порезался(",
    "снова режу руки",
    "режу себе бёдра чтобы не думать",
    "резала руки весь 8 класс",
    "порезала себе вены",
    "я порезалась снова прости",
    "у меня опять селфхарм",
    "стою на крыше и думаю шагнуть",
    "сижу на краю крыши хочу прыгнуть",
    "я написала прощальное письмо",
    "уже оставил прощальную записку",
    "меня на следующей неделе уже не будет",
    "скоро меня не станет",
    "не ищите меня",
    "прощайте все",
    "это моё последнее сообщение",
    "я накопила таблетки",
    "коплю снотворное уже месяц",
    "хочу выпить все таблетки",
    "выпью всю пачку таблеток и всё",
    "наглотаться таблеток и уснуть",
    "я часто думаю о суициде",
    "у меня новые порезы на руках",
    "я режусь уже год",
    "не могу перестать резать себя",
    "вчера порезалась лезвием",
    "я собираюсь спрыгнуть с крыши",
    "у меня есть 30 таблеток и я их выпью",
    "прощальная записка уже готова",
])
def test_self_harm_injury_and_planning_cyrillic(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- self-harm in Latin transliteration -----------------------------------
@pytest.mark.parametrize("text", [
    "ne hochu bolshe zhit",
    "ya ne hochu zhit",
    "ne khochu jit",
    "zhit ne hochetsya",
    "ya ustala zhit",
    "ustal ot zhizni",
    "hochu umeret",
    "xochu ischeznut",
    "dumayu pokonchit s soboi",
    "opyat porezalas",
    "rezhu ruki",
    "vsem budet legche bez menya",
    "nakopila tabletki",
    "hochu vypit vse tabletki",
    "napisala proshchalnoe pismo",
    "ne ishchite menya",
])
def test_self_harm_translit(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "self_harm")


# -- idioms, accidents and everyday talk pass ----------------------------
@pytest.mark.parametrize("text", [
    "я умерла со смеху",
    "этот босс меня убивает",
    "я убил босса с первого раза",
    "я порезала палец когда резала хлеб",
    "опять порезал палец на кухне",
    "меня завтра не будет в школе, я к врачу",
    "меня больше не будет в этом чате по вечерам",
    "устала от домашки",
    "надо выпить все таблетки по курсу, сказал врач",
    "мы сидим на крыше и смотрим на закат",
    "написали прощальное письмо выпускникам",
    "я повесила картину",
    "повесь куртку на крючок",
    "ya tak ustala ot shkoly",
    "я режусь в доту каждый день",
    "уйду навсегда из этой игры",
    "я никому не нужна на этой вечеринке лол",
    "я обуза в команде в доте",
    "это моё последнее сообщение на сегодня, спокойной ночи",
    "не ищите меня, я в душе",
    "мне надоело жить по расписанию",
    "hochu pizzu",
])
def test_self_harm_idioms_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- talk about self-harm (lessons, platforms, advice) passes --------------
@pytest.mark.parametrize("text", [
    "платформы должны удалять контент про селфхарм",
    "нам рассказывали про профилактику суицида",
    "на уроке обсуждали селфхарм",
    "учитель сказал что если друг говорит что хочет умереть надо сказать взрослому",
    "если подруга пишет что всем будет легче без неё, это тревожный знак",
    "соцсети должны быстрее удалять посты о самоповреждении",
    "подруга написала \"всем будет легче без меня\", что делать?",
    "мы писали доклад про профилактику суицида",
    "рост суицидов среди подростков пугает",
])
def test_self_harm_discussion_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- incitement aimed at someone else: bullying + self_harm ---------------
@pytest.mark.parametrize("text", [
    "иди повесься",
    "убейся",
    "просто убейся уже",
    "пойди утопись",
    "выпились лох",
    "лучше бы ты сдохла",
    "чтоб ты сдох",
    "надеюсь ты сдохнешь",
    "тебе лучше не жить",
    "ты должна повеситься",
    "idi povesys",
    "ubeisya",
    "davai sdohni",
])
def test_incitement_bullying_and_self_harm(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "self_harm")


@pytest.mark.parametrize("text", [
    "давай повесим плакат в классе",
    "повесь фото на стену",
    "нам рассказывали что буллеры пишут иди повесься",
    "учитель сказал если кто-то пишет убейся надо сделать скрин и пожаловаться",
    "тебе лучше не жить с родителями после 18?",
])
def test_incitement_lookalikes_and_reports_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- grooming: secrecy and trust -------------------------------------------
@pytest.mark.parametrize("text", [
    "не говори об этом маме",
    "ничего не рассказывай про нас родителям",
    "пусть это останется между нами",
    "только между нами ок?",
    "это будет наш маленький секрет",
    "никто не узнает",
    "удали нашу переписку",
    "не говори никому что мы общаемся",
    "я тебя понимаю как никто",
    "ты не такая как другие девочки",
    "я понимаю тебя лучше чем родители",
    "только я тебя по-настоящему понимаю",
    "ты можешь мне доверять",
    "доверься мне",
    "твои родители тебя не понимают",
    "ты выглядишь старше своих лет",
    "ne govori roditelyam",
    "eto nash sekret",
    "ya ponimayu tebya luchshe chem oni",
    "mozhesh mne doveryat",
])
def test_grooming_secrecy_and_trust(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: off-platform, photos, camera ---------------------------------
@pytest.mark.parametrize("text", [
    "пошли лучше в телегу",
    "поговорим в лс",
    "давай перейдём в вк",
    "спишемся в ватсапе",
    "дай свой номер",
    "скинь номерок",
    "у тебя есть тг?",
    "есть вотсап?",
    "давай созвонимся по видео",
    "скинь свою фотку",
    "пришли мне ещё фото",
    "можешь скинуть селфи?",
    "а фотку скинешь?",
    "сфоткайся и пришли",
    "покажись на камеру",
    "хочу увидеть как ты выглядишь",
    "pishi mne v telegu",
    "perehodi v tg",
    "day svoi nomer",
    "u tebya est tg",
    "skin svoyu fotku",
    "vklyuchi kameru",
])
def test_grooming_off_platform_and_photos(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


# -- grooming: personal questions, meeting, gifts ---------------------------
@pytest.mark.parametrize("text", [
    "ты дома одна?",
    "ты сейчас один дома",
    "ты одна?",
    "родители дома?",
    "когда твои родители уходят на работу",
    "ты где живёшь",
    "тебе сколько лет",
    "из какого ты города",
    "в какой школе ты учишься",
    "давай завтра увидимся",
    "может встретимся после школы",
    "приходи ко мне",
    "я заеду за тобой",
    "дам робуксы за фото",
    "500 робуксов за одну фотку",
    "за фотку дам скин",
    "я тебе куплю донат",
    "skolko tebe let",
    "gde ty zhivesh",
    "ty doma odna",
    "davai vstretimsya",
    "prihodi ko mne",
    "dam robuksy za foto",
])
def test_grooming_questions_meeting_gifts(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "я скинула фото котика подруге",
    "мне писал незнакомец и просил фото, я его заблокировала",
    "какой-то чел написал мне переходи в телегу, я пожаловалась",
    "нам рассказывали, что груммеры пишут «это наш секрет»",
    "платформы должны банить тех кто пишет детям давай встретимся",
    "если тебе пишут скинь фото, блокируй",
    "как понять что тебе пишет груммер",
    "я никому не скажу твой секрет",
    "ты одна пойдешь на кружок?",
    "мой папа на работе",
    "я купил робуксы на свои деньги",
    "давай созвонимся в дискорде для проекта",
    "хочу увидеть тебя на концерте",
    "я понимаю тебя, у меня тоже так было",
    "не пиши мне больше",
])
def test_grooming_lookalikes_and_reports_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- bullying: insults aimed at a person -----------------------------------
@pytest.mark.parametrize("text", [
    "какой же ты тупой",
    "ну ты и лох",
    "ты че дура?",
    "ты чо реально дебил",
    "ты урод что ли",
    "тупая овца",
    "жирная свинья",
    "эй лох",
    "заткнись урод",
    "вали отсюда лох",
    "все тебя ненавидят",
    "тебя весь класс ненавидит",
    "ты никому не нужна",
    "с тобой никто не дружит",
    "лучше бы ты не рождался",
    "ты позор класса",
    "ty tupoi lox",
    "ty takaya zhirnaya",
    "ty prosto debil",
    "tebya vse nenavidyat",
])
def test_bullying_insults(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "ты же не тупой, сам поймешь",
    "какая же ты красивая на этом фото",
    "ну ты и молодец",
    "этот тест тупой",
    "тупая задача по алгебре",
    "одноклассники пишут ему ты урод, как помочь",
    "меня в школе обзывали жирной, это было больно",
    "ty molodec",
])
def test_bullying_lookalikes_and_reports_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- threats and sextortion ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "убью тебя",
    "я найду тебя",
    "я тебя достану",
    "ты труп",
    "мы тебя подловим после уроков",
    "ты об этом пожалеешь",
    "я знаю где ты учишься",
    "ya tebya ubyu",
    "ubyu tebya",
    "tebe konec",
])
def test_threats(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "я разошлю твои фото всем",
    "солью твою переписку в общий чат",
    "покажу твои фотки всем в классе",
    "если не скинешь ещё, я выложу всё",
    "все увидят твои фотки",
    "vylozhu tvoi foto",
])
def test_sextortion(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", "sexual")


@pytest.mark.parametrize("text", [
    "я найду тебя в лобби",
    "убью тебя в майнкрафте лол",
    "я убил босса",
    "мама меня убьёт если узнает",
    "этот тест меня убьёт",
    "ты пожалеешь что не пошла с нами в кино",
    "я скину твои фотки с поездки в общий альбом",
    "ты труп в этой игре",
    "жди меня у школы, пойдём вместе домой",
])
def test_threat_idioms_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- sexual requests -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "скинь фото в купальнике",
    "пришли фотку в нижнем белье",
    "покажи себя голой",
    "разденься",
    "сними футболку",
    "покажи грудь",
    "хочу увидеть тебя без одежды",
    "что на тебе сейчас надето",
    "ты девственница?",
    "давай займемся сексом",
    "skin nudes",
    "pokazhi grud",
    "razdensya",
    "skin foto v kupalnike",
])
def test_sexual_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "мы ходили на пляж, я была в купальнике",
    "нам рассказывали, что нельзя скидывать фото без одежды",
    "новый купальник такой красивый",
    "я надела новую кофту",
])
def test_sexual_lookalikes_and_lessons_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- profanity (mat) and translit forms ------------------------------------------
@pytest.mark.parametrize("text", [
    "suka blyat",
    "blyat opyat proigral",
    "cyka blyat",
    "pizdec kakoi",
    "idi nahui",
    "mne pohui",
    "eto huinya",
    "zaebal uzhe",
    "ну это пиздец",
    "иди нахуй",
    "ебанутый какой-то",
    "он меня заебал",
    "ебланище",
    "полная херня",
    "сраный интернет",
])
def test_profanity(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity")


@pytest.mark.parametrize("text", [
    "aku suka kamu",
    "wo hui qu",
    "хохлома очень красивая",
    "хачапури вкусные",
    "хачу есть",
    "жидкость для линз",
    "трахея это часть дыхательной системы",
    "я купила это на ebay",
    "мудрый совет",
    "говорю тебе правду",
    "блин опять дождь",
])
def test_profanity_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- slurs ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "хачи понаехали",
    "чурки",
    "ты пидор",
    "эти хохлы",
    "pidor",
    "churka",
])
def test_slurs(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "slur")


# -- spam and scams ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "заработок для школьников от 1000 в день",
    "подработка для подростков без вложений",
    "заработай 5000 рублей в день",
    "раздаю скины всем",
    "халявные робуксы тут",
    "робуксы бесплатно",
    "переходи по ссылке",
    "жми на ссылку в профиле",
    "ссылка в описании",
    "besplatnye robuksy",
    "zarabotok dlya shkolnikov",
])
def test_spam(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "spam")


@pytest.mark.parametrize("text", [
    "никогда не переходи по ссылкам от незнакомцев",
    "нам рассказывали что заработок для школьников в интернете часто обман",
    "осторожно, развод: робуксы бесплатно никто не раздает",
    "робуксы бесплатно не раздают, это развод",
    "я купил робуксы на карманные деньги",
    "переходи по ссылке на урок в зуме",
    "ссылка в описании канала учителя",
])
def test_spam_warnings_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_scam_warning_after_the_phrase_passes(pipe: Pipeline) -> None:
    clean(pipe, "бесплатные робуксы это всегда развод")
