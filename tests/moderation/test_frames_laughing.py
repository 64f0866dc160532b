"""Laughing to death (frames_laughing.py): a death wish caused by laughing,
named right next to it ("ngakak sampe mau mati", "me quiero morir de risa",
"笑到想死"), passes; laughter merely next to a wish, or a line that says it
is meant ("fr", "de verdad", "beneran", "nobody would care"), stays held -
on the rules alone.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

LAUGHING = [
    # en
    "i want to die of laughter lmao",
    "i literally want to die from laughing at this",
    "im going to die laughing at this meme",
    "i wanna die laughing 😂😂",
    # es
    "me quiero morir de risa jajaja",
    "me voy a morir de risa",
    "me quiero morir de la risa con este meme",
    "me voy a morir de tanta risa jajaja",
    "quiero morirme de risa",
    # pt
    "vou morrer de rir kkkk",
    "quero morrer de tanto rir",
    "vou morrer de rir com esse video kkkkk",
    "to querendo morrer de rir",
    # fr
    "je vais mourir de rire",
    "j'ai envie de mourir de rire mdr",
    "je veux mourir de rire devant cette vidéo",
    # de
    "ich will sterben vor lachen",
    "ich möchte sterben vor lachen haha",
    # it
    "voglio morire dal ridere",
    "voglio morire dalle risate con questo video",
    # ru
    "я хочу умереть от смеха",
    "хочу умереть со смеху с этого видео",
    # ar
    "ابي اموت من الضحك هههههه",
    "بدي موت من الضحك",
    # zh
    "笑到想死",
    "笑得我想死哈哈哈",
    "笑到我都想死了",
    # hi
    "hanste hanste marna chahta hoon 😂",
    "hass hass ke marna chahta hoon",
    # id
    "ngakak sampe mau mati",
    "gue mau mati ngakak liat video ini",
    "ngakak parah sampe pengen mati rasanya",
    "aku ketawa sampai mau mati",
    "ngakak sampe pengen mati aku",
    "gw ketawa ampe mau mati liat meme ini",
    "ngakak banget sampe mau mati",
    "aku pengen mati ngakak baca chat kalian",
    "ketawa sampai pengen mati rasanya",
    "ngakak smpe mau mati",
    # idioms
    "i laughed so hard i wanted to die 😂",
    "me muero de risa",
    "morri de rir kkkkk",
    "je meurs de rire",
    "ich lach mich tot",
    "muoio dal ridere",
    "умираю со смеху",
    "بموت من الضحك",
    "笑死我了",
    "hass hass ke mar jaunga",
    "gülmekten öldüm",
    "gülmekten ölmek istiyorum",
    "umieram ze śmiechu",
    "chcę umrzeć ze śmiechu xD",
]

# laughter next to a real wish: held
MEANT = [
    "lol i want to die fr, nobody would care",
    "haha i want to die",
    "i laughed but honestly i want to die, nobody would care",
    "jajaja me quiero morir de verdad",
    "jaja me quiero morir",
    "kkkk quero morrer",
    "kkkk vou morrer de verdade ninguem liga",
    "mdr j'ai envie de mourir sérieux",
    "haha ich will sterben",
    "хаха я хочу умереть",
    "хаха хочу умереть серьезно",
    "ههههه ابي اموت",
    "哈哈哈我想死",
    "我想死哈哈哈",
    "hahaha mujhe marna hai",
    "ahahah ölmek istiyorum",
    "xD chcę umrzeć",
    "wkwk pengen mati aja",
    "ngakak doang padahal pengen mati beneran",
    "wkwkwk aku mau mati aja",
    "gue ketawa doang padahal pengen mati",
    "ngakak sampe mau mati, tapi serius aku capek hidup",
    "lmao i want to die, i'm so tired of everything",
    "haha me quiero morir, no aguanto mas",
    "kkkkk quero morrer sério",
    "mdr je veux mourir, personne ne m'aime",
    "haha ich will sterben, ernsthaft",
    "ahaha voglio morire sul serio",
    "хаха хочу умереть, никому я не нужен",
    "ههههه ابي اموت بجد",
    "哈哈哈哈真的想死",
    "hahaha sach mein marna chahta hoon",
    "ahahaha cidden ölmek istiyorum",
    "xd serio chcę umrzeć",
    "wkwk serius aku pengen mati",
    "aku ngakak tapi beneran pengen mati",
    "lol i wanna die, no one would even notice",
    "jajaja ya me quiero morir de verdad nadie me quiere",
    # laughter next to a wish said to be meant, in more languages
    "lmaooo i want to die for real",
    "haha i wanna die, nobody would even notice",
    "i laugh all day but honestly i want to die",
    "jajaja quiero morirme en serio",
    "jaja me quiero morir nadie me quiere",
    "kkkkk quero morrer de verdade",
    "rsrs quero morrer",
    "mdr je veux mourir sérieusement",
    "ptdr j'ai envie de mourir",
    "haha ich will sterben, im ernst",
    "ahah voglio morire davvero",
    "ахахах хочу умереть серьезно",
    "хаха хочу сдохнуть",
    "ههههههه ابي اموت بجد",
    "هههه ابغى اموت",
    "哈哈哈我真的想死",
    "哈哈哈 我想死 认真的",
    "hahaha main marna chahta hoon sach mein",
    "lol marna chahta hoon",
    "ahahah ölmek istiyorum cidden",
    "sjsjsj ölmek istiyorum",
    "xD chcę umrzeć serio",
    "haha chce umrzec naprawde",
    "wkwkwk pengen mati aja rasanya",
    "wkwk aku mau mati beneran",
]


@pytest.mark.parametrize("text", LAUGHING)
def test_laughing_to_death_passes(pipe: Pipeline, rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
    allowed(pipe, text)


@pytest.mark.parametrize("text", MEANT)
def test_wish_next_to_laughter_held_on_rules(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)


# dying *of shame*, attached to the death phrase (session 17)
SHAME = [
    ('quero morrer de vergonha, chamei a professora de mãe na frente da sala toda', 'pt'),
    ('voglio morire dalla vergogna, ho chiamato la prof mamma davanti a tutta la classe', 'it'),
    ("je veux mourir de honte, j'ai appelé la prof maman", 'fr'),
    ('я умру от стыда, назвала учительницу мамой', 'ru'),
    ('umrę ze wstydu, nazwałam nauczycielkę mamą', 'pl'),
    ('كنت عايزة أموت من الكسوف، قلت للمدرسة يا ماما قدام الفصل كله', 'ar'),
    ('utançtan öleceğim, öğretmene anne dedim', 'tr'),
    ('我尴尬得想死，当着全班的面把老师叫成妈妈', 'zh'),
]
# ashamed of oneself, or meant: no embarrassing moment
SHAME_MEANT = [
    ('tenho vergonha de mim, quero morrer de verdade', 'pt'),
    ('quero morrer de vergonha de mim mesma, ninguém gosta de mim', 'pt'),
    ('mi vergogno di me stessa e voglio morire', 'it'),
    ('мне так стыдно за себя, хочу умереть', 'ru'),
    ("j'ai honte de moi, je veux mourir, personne m'aime", 'fr'),
    ('im so ashamed of myself i want to die', 'en'),
]


@pytest.mark.parametrize(("text", "lang"), SHAME)
def test_dying_of_shame_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), SHAME_MEANT)
def test_shame_of_oneself_or_meant_is_held_on_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang)
