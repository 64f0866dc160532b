"""Restrictive eating and purging in Russian, Arabic (script and Arabizi),
Chinese and Hindi (Devanagari and Hinglish) (selfharm_eating_more.py),
with hard negatives in the same languages."""

from __future__ import annotations

import pytest

from moderation import Pipeline, Policy
from moderation.stages import build_stages
from tests.moderation.helpers import allowed, self_harm_held


@pytest.fixture(scope="module")
def rules_pipe() -> Pipeline:
    """The pipeline without the learned scorer: these disclosures must be
    carried by the rules alone."""
    policy = Policy.default()
    return Pipeline(policy, [s for s in build_stages(policy) if s.name != "selfharm_model"])


EATING = [
    ("сегодня съела только одно яблоко и всё равно чувствую себя жирной. завтра вообще ничего", "ru"),
    ("мне надо весить меньше 45 кг, так что опять без ужина", "ru"),
    ("3 дня почти без еды, а весы еле сдвинулись", "ru"),
    ("вырвала всё что съела, уже минус 2 кг 🥳", "ru"),
    ("опять вызвала рвоту после обеда, зато я пустая", "ru"),
    ("скиньте жесткие пинки кто-нибудь, не могу перестать жрать", "ru"),
    ("нужно тинспо срочно", "ru"),
    ("одно яблоко за 3 дня, новый рекорд, хочу дойти до нуля", "ru"),
    ("цель - исчезнуть. максимум 300 калорий", "ru"),
    ("съела печенье и чувствую себя отвратительно, завтра ничего не ем", "ru"),
    ("اليوم أكلت تفاحة وحدة بس ولسا حاسة حالي سمينة. بكرة ولا شي", "ar"),
    ("لازم أنزل تحت 45 كيلو يعني بدون عشا مرة ثانية", "ar"),
    ("3 أيام تقريبا بدون أكل والميزان ما تحرك", "ar"),
    ("استفرغت كل اللي أكلته، نزلت 2 كيلو 🥳", "ar"),
    ("استفرغت بعد الغدا مرة ثانية، على الأقل معدتي فاضية", "ar"),
    ("حد يبعتلي meanspo؟ مش قادرة أبطل أكل", "ar"),
    ("تفاحة وحدة في 3 أيام، رقم قياسي، بدي أوصل للصفر", "ar"),
    ("الهدف إني أختفي. 300 سعرة بالكثير", "ar"),
    ("akalt bs tofa7a w lsa 7asa 7ali smeena, bokra wala eshi", "ar"),
    ("lazem anzal ta7t 45 kilo, bala 3asha kaman", "ar"),
    ("estafraght b3d el ghada kaman, 3al a2al fadye", "ar"),
    ("今天只吃了一个苹果还是觉得自己太胖了，明天什么都不吃", "zh"),
    ("必须瘦到45公斤以下，今晚又不吃晚饭", "zh"),
    ("三天几乎没吃东西，体重才掉了一斤", "zh"),
    ("吃的全吐了，又瘦了两斤🥳", "zh"),
    ("午饭后又吐了，至少胃是空的", "zh"),
    ("求骂醒，我又管不住嘴了", "zh"),
    ("三天只吃了一个苹果，新纪录，目标是零", "zh"),
    ("目标是消失。每天最多300卡", "zh"),
    ("断食打卡第五天，掉了三斤，继续", "zh"),
    ("吃了半个面包就觉得自己好恶心，明天不吃了", "zh"),
    ("आज सिर्फ एक सेब खाया फिर भी बहुत मोटी लग रही हूँ। कल कुछ नहीं खाऊँगी", "hi"),
    ("45 किलो से नीचे जाना है, आज फिर रात का खाना नहीं", "hi"),
    ("3 दिन से लगभग कुछ नहीं खाया, वजन बस 1 किलो कम हुआ", "hi"),
    ("जो खाया सब उल्टी कर दिया, 2 किलो कम हो गया 🥳", "hi"),
    ("aaj sirf ek apple khaya phir bhi bahut moti lag rahi hu. kal kuch nahi khaungi", "hi"),
    ("45 kilo se neeche jana hai, aaj phir dinner skip", "hi"),
    ("lunch ke baad phir se ulti ki, kam se kam pet khali hai", "hi"),
    ("koi meanspo bhejo yaar, khana band nahi ho raha", "hi"),
    ("3 din mein ek apple, naya record, zero tak jana hai", "hi"),
    ("goal hai gayab ho jana. max 300 calories", "hi"),
    ("третий день почти без еды, всё равно толстая", "ru"),
    ("опять вырвала после ужина, минус 1 кг", "ru"),
    ("ما اكلت شي من يومين ولسا سمينة", "ar"),
    ("استفرغت كل اللي أكلته اليوم، لازم أنحف", "ar"),
    ("今天什么都不吃，体重必须降到40公斤", "zh"),
    ("晚饭又吐掉了，瘦了一斤", "zh"),
    ("do din se kuch nahi khaya, abhi bhi moti lagti hu", "hi"),
    ("आज फिर कुछ नहीं खाया, अभी भी मोटी हूँ", "hi"),
    ("съела только огурец и чувствую себя жирной", "ru"),
    ("ما اكلت شي اليوم وحاسة حالي تخينة", "ar"),
    ("今天只吃了半个苹果，还是觉得自己好胖", "zh"),
    ("aaj kuch nahi khaya phir bhi moti lag rahi hu", "hi"),
]
NOT_EATING = [
    ("держу пост, ем только после заката", "ru"),
    ("завтра анализ крови, нельзя есть с вечера", "ru"),
    ("всю ночь рвало, минус 2 кг, отравилась", "ru"),
    ("надо согнать вес до 60 кг к соревнованиям по борьбе", "ru"),
    ("сегодня не обедала, не было времени", "ru"),
    ("моя цель пробежать 5 км", "ru"),
    ("на уроке обсуждали анорексию", "ru"),
    ("раньше я морила себя голодом, уже 2 года всё хорошо", "ru"),
    ("съела только яблоко на перемене, так есть хочу", "ru"),
    ("у подруги была булимия, но ей помогли", "ru"),
    ("صايمة رمضان وما باكل إلا بعد المغرب", "ar"),
    ("عندي تحليل دم بكرة لازم أكون صايم", "ar"),
    ("الهدف إني أركض 5 كيلو", "ar"),
    ("ما تغديت اليوم كنت مشغولة", "ar"),
    ("تعلمنا عن فقدان الشهية في المدرسة", "ar"),
    ("sayma ramadan w ma bakol ella b3d el maghrib", "ar"),
    ("sa7beti kan 3andha anorexia bas t3alajet", "ar"),
    ("akalt bs tofa7a bel fos7a, ana ja3ana mot", "ar"),
    ("لازم أنزل تحت 60 كيلو عشان بطولة الجودو", "ar"),
    ("斋月期间白天不吃东西", "zh"),
    ("明天抽血，今晚十点后不能吃东西", "zh"),
    ("为了柔道比赛要降到60公斤以下", "zh"),
    ("今天太忙了没吃午饭", "zh"),
    ("我的目标是跑五公里", "zh"),
    ("我们上课讲了厌食症", "zh"),
    ("我以前故意饿自己，现在已经好了两年了", "zh"),
    ("课间只吃了一个苹果，好饿", "zh"),
    ("我朋友以前有暴食症，现在接受治疗好多了", "zh"),
    ("roza rakha hai, iftar ke baad hi khaungi", "hi"),
    ("kal blood test hai, raat se kuch nahi kha sakta", "hi"),
    ("raat bhar ulti hui, 2 kilo kam ho gaya, food poisoning", "hi"),
    ("wrestling ke liye 60 kilo se neeche aana hai", "hi"),
    ("aaj lunch skip kiya, bahut kaam tha", "hi"),
    ("mera goal hai 5 km daudna", "hi"),
    ("रोज़ा रखा है, इफ्तार के बाद ही खाऊँगी", "hi"),
    ("कल ब्लड टेस्ट है, रात से कुछ नहीं खा सकता", "hi"),
    ("pehle main khud ko bhooka rakhti thi, ab 2 saal se theek hoon", "hi"),
    ("break mein sirf ek apple khaya, bahut bhook lagi hai", "hi"),
    ("ничего не ела, весь день на олимпиаде", "ru"),
    ("今天没吃饭，忙着考试", "zh"),
    ("aaj kuch nahi khaya, exam ki tension thi", "hi"),
    ("ничего не ела с утра, сейчас пойду обедать", "ru"),
    ("今天没吃早饭，中午多吃点", "zh"),
    ("aaj breakfast nahi kiya, lunch mein zyada khaungi", "hi"),
    ("اليوم ما فطرت، رح اتغدى منيح", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), EATING)
def test_restriction_and_purging_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_EATING)
def test_everyday_eating_and_topic_talk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
