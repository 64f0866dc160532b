"""Sarcastic compliments with the put-down after them in de id zh hi
(harm_sarcasm_praise.py).

"wie mutig, mit DEM Gesicht ein Foto zu posten 🤡", "fotonya bagus kok... buat
nakut-nakutin tikus 🤣 pantes ga ada yg mau temenan", "你唱得真好听呢，好听到全班都
想报警 🙄 建议以后别开口了", "wah kya personality hai 🤡".  Hard negatives: real
praise, the writer about themselves (with praise too: "fotoku bagus kok, buat
nakut-nakutin tikus wkwk"), a bare "wah kya personality hai", reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    "wie mutig, mit DEM Gesicht ein Foto zu posten 🤡",
    "@max wie mutig, mit dem gesicht ein selfie zu posten 🤡",
    "wow, tolle stimme... wenn man taub ist 🙄 sing bitte nie wieder",
    "schönes foto, als vogelscheuche würdest du viel verdienen 🤣",
    "dein profilbild ist echt hübsch, damit kann man kinder erschrecken",
    "dein foto ist so schön, damit kann man tauben verscheuchen",
    "fotonya bagus kok... buat nakut-nakutin tikus 🤣 pantes ga ada yg mau temenan",
    "@dina fotonya bagus kok buat ngusir tikus",
    "suara lo bagus banget, sampe kucing tetangga kabur 😂",
    "keren banget outfit lo, kayak badut ultah 🤡",
    "cantik banget lo hari ini... dari belakang 🤣",
    "bagus banget fotonya, mending jangan posting lagi deh",
    "你唱得真好听呢，好听到全班都想报警 🙄 建议以后别开口了",
    "你长得真好看呢，好看到镜子都碎了 🤣",
    "你的画真棒，幼儿园小朋友都比你画得好 🙄",
    "@小明 你好聪明哦，聪明到考试全班倒数第一 😂",
    "@小红 你唱歌真好听，建议你以后别唱了",
    "你真聪明啊，难怪没人跟你玩",
    "wah kya personality hai 🤡",
    "@rahul kya style hai bhai 🙄",
    "wah kya personality hai, isliye koi baat nahi karta 🤣",
    "kya shakal hai yaar, aaina bhi darr jaye 😂",
    "wah kya awaaz hai, kutte bhi bhaag gaye 🤣",
    "teri photo bahut acchi hai, kutte bhi darr ke bhaag gaye",
    "kya awaaz hai teri, isliye koi dost nahi hai",
]

PASS = [
    "wie mutig, dass du in der klasse deine meinung gesagt hast, respekt",
    "dein foto ist so schön, ich will auch so eins",
    "schönes foto, wo ist das?",
    "mein foto ist so hässlich, damit kann man kinder erschrecken 😂",
    "fotonya bagus banget, ajarin dong cara editnya",
    "suaraku jelek banget, sampe kucingku kabur 😂",
    "fotoku bagus kok, buat nakut-nakutin tikus wkwk",
    "你唱得真好听，再唱一首吧",
    "我唱歌难听到全班想报警哈哈",
    "我的画真好看，好看到我自己都想哭了哈哈",
    "wah kya personality hai",
    "wah kya personality hai yaar, sab tujhse impress ho gaye",
    "kya personality hai yaar, mast banda hai",
    "wah kya awaaz hai, bilkul lata ji jaisi",
    "meri shakal dekh ke aaina bhi darr jaye 😂",
]

REPORTS = [
    'er hat geschrieben "wie mutig, mit dem gesicht ein foto zu posten" und ich hab es gemeldet',
    'dia bilang "fotonya bagus kok buat nakut nakutin tikus" terus aku lapor ke guru',
    'he said "wah kya personality hai, isliye koi baat nahi karta", maine report kiya',
]


@pytest.mark.parametrize("text", HELD)
def test_sarcastic_praise_with_put_down_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASS)
def test_real_praise_and_self_jokes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reported_sarcasm_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
