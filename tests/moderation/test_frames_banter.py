"""Friendly banter (frames_banter.py): a mild name for the reader softened in
the same message by laughter, affection or moving on passes in the 13
languages; severe names (body shaming, sexual names, slurs, "nobody likes
you", "kys"), an unsoftened name, or a name for someone else stay held even
with a laugh or "love you".  Strict rooms ignore the frame.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline, Policy
from tests.moderation.helpers import allowed, held

BANTER = [
    # en
    "ur so dumb 😂 anyway what did u get on the test",
    "you're such an idiot lmao love ya",
    "ur an idiot bro 😂😂",
    "you are so stupid haha but ur my best friend",
    "omg ur such a clown 🤡😂",
    "youre so dumb bro i cant 😭😂",
    "ur a nerd lol anyway wanna play later",
    "you idiot 😂 i told you the bus was at 8",
    "you are so stupid hahaha love you",
    "ur literally such a dork lol",
    "u r so dumb 💀💀",
    "ur a fool lol ily",
    "you're such a loser haha love you tho",
    "you are an idiot btw did you finish the maths homework",
    # es
    "eres un tonto jaja te quiero igual",
    "eres tonta jajaja pero te quiero",
    "eres un idiota jajaja",
    "sos un tonto jsjsjs",
    "eres un bobo 😂 bueno que sacaste en el examen",
    "eres un payaso jajaja amigo",
    "eres muy tonto jaja ya te quiero",
    "eres tan tonta 🤣🤣",
    "eres un idiota amigo jajaja",
    "eres una tonta jeje te amo",
    # pt
    "vc é muito burro kkkkk",
    "você é um idiota kkkk te amo",
    "voce e bobo kkkkk amigo",
    "tu é um palhaço kkkk mano",
    "vc eh tonto kkk mas te amo",
    "voce e muito burra kkkkkk amiga",
    "você é idiota 😂😂",
    "vc é uma boba rsrsrs",
    "voce e um idiota mano kkkk",
    "vc é tão burro kkkk enfim bora jogar",
    # fr
    "tu es bête mdr",
    "t'es trop bête mdrr je t'aime quand même",
    "t'es un idiot ptdr",
    "t'es nul mdr bref t'as eu combien au contrôle",
    "t'es vraiment bête 😂 frérot",
    "t'es trop nulle 😂😂 jtm",
    "t'es bête ou quoi mdr",
    "tu es vraiment idiot ptdrr",
    "t'es une idiote mdr ma belle",
    # de
    "du bist so ein lappen hab dich lieb",
    "du bist so dumm haha",
    "du bist ein idiot 😂 aber ich hab dich lieb",
    "du bist so doof hahaha bro",
    "du bist echt ein trottel lol",
    "du bist so dumm 😂 egal was machst du heute",
    "du bist ein idiot digga 😂",
    "du bist so ein idiot hdl",
    "du bist voll dumm xD",
    "du bist so dumm bruder hahaha",
    # it
    "sei proprio scemo ahahah ti voglio bene",
    "sei un idiota ahahah",
    "sei stupido 😂 fra",
    "sei una scema ahah ti voglio bene lo stesso",
    "sei scemo ahahah comunque domani ci sei",
    # ru
    "ты дурак хаха братан",
    "ты тупой ахахах",
    "ты дурак 😂 люблю тебя",
    "ты дура хахах ну ладно что по домашке",
    "ты идиот хахаха бро",
    "ты дурак)))",
    "ты такой тупой 🤣🤣",
    "ты дурачок хд",
    "ты тупая ахах ну ладно пошли гулять",
    "ты идиот братан ахаха",
    # ar
    "انت غبي ههه يا اخوي",
    "انت غبي ههههه",
    "انتي غبيه 😂 بس احبك",
    "انت حمار هههه يا صاحبي",
    "انت غبي 😂😂",
    "انتي غبيه هههههه حبيبتي",
    "انت غبي والله ههههه",
    "يا غبي ههههه احبك",
    "انت حمار 🤣",
    "انت غبي يا خوي 😂",
    # zh
    "你好笨哈哈哈",
    "你真笨哈哈 爱你",
    "你是个笨蛋😂",
    "你好蠢哈哈哈 兄弟",
    "你太笨了哈哈哈哈",
    "你真是个笨蛋哈哈 爱你哦",
    "你好笨啊😂😂",
    "你真蠢233333",
    "你是个笨蛋吧哈哈 姐妹",
    "你好笨哈哈 对了明天几点集合",
    # hi
    "tu pagal hai bhai 😂",
    "tu pagal hai yaar hahaha",
    "tu bewakoof hai bhai lol",
    "tu buddhu hai 😂 love you yaar",
    "तू पागल है भाई 😂",
    "tu toh pagal hai yaar 😂😂",
    "tum pagal ho hahaha",
    "tu ekdum bewakoof hai bhai 🤣",
    "tu gadha hai yaar lol",
    "tu pagli hai 😂 love you",
    # tr
    "sen salaksın kanka",
    "salaksın kanka ahahah",
    "sen aptalsın sjsjsj seviyorum seni",
    "sen salaksin knk 😂",
    "aptal mısın kanka hahaha",
    "sen tam bir salaksın ahahaha",
    "salak mısın 😂😂",
    "sen aptalsın kanka neyse yarın geliyor musun",
    "sen çok salaksın canım",
    "sen salaksın ya ahsjdhsj",
    # pl
    "jesteś głupi xD",
    "ale z ciebie głupek haha kocham cię",
    "jesteś idiotą xDDD",
    "ty debilu haha mordo",
    "jestes glupia xd ale cie kocham",
    "jesteś głupia 😂😂",
    "ty głupku xD",
    "jestes idiota ziomek haha",
    "ale jesteś głupi hahaha",
    "jesteś głupi mordo",
    # id
    "kamu bego banget wkwk sayang",
    "lo bego wkwkwk",
    "kamu bodoh banget wkwk",
    "lu oon banget sih wkwkwk",
    "dasar bego lo 😂 tapi sayang",
    "kamu bego bgt sih wkwk",
    "lo bego banget 🤣 btw besok jadi main",
    "kamu tuh bodoh ya sayang",
    "dasar bodoh wkwkwk",
    "lu bego bro wkwk",
]

# severe names, no softener, or a name for someone else: held
NOT_BANTER = [
    # en
    "ur so fat lol",
    "you're so ugly lol love u",
    "nobody likes you lol",
    "ur so stupid, kill yourself lol",
    "you are so dumb and ugly haha",
    "you're a fat idiot lol",
    "ur so dumb nobody likes u lol",
    "you're an idiot",
    "ur so stupid",
    "you are pathetic lol",
    "you are worthless haha",
    "you're such an idiot, everyone hates you 😂",
    "you are a disgusting pig haha",
    "ur so dumb go die lol",
    "look at this idiot lol",
    "you're so stupid, i hate you lol",
    "you're an idiot and a waste of space haha",
    "ur such a dumb whale lol",
    "you are so stupid go away lol",
    # es
    "eres una gorda jaja",
    "eres un tonto",
    "eres fea jajaja te quiero",
    "eres tonto y nadie te quiere jaja",
    "eres un idiota, te odio jaja",
    "eres tonta y gorda jajaja",
    "eres un inutil jajaja",
    "eres una basura jaja",
    "eres muy tonta",
    "eres un idiota, muerete jaja",
    # pt
    "vc é muito burro",
    "voce e gorda kkkk",
    "vc e um lixo kkk",
    "você é idiota e feia kkkk",
    "vc é burro e ninguem gosta de vc kkk",
    "você é um idiota",
    "voce e burra, te odeio kkkk",
    "vc é um inutil kkkk",
    "voce e feia kkkkk",
    "vc é gorda e burra kkk",
    # fr
    "t'es trop bête",
    "t'es grosse mdr",
    "t'es moche mdr je t'aime",
    "t'es bête et moche mdr",
    "t'es nul personne t'aime mdr",
    "tu es idiot",
    "t'es une grosse idiote mdr",
    "t'es débile je te déteste mdr",
    "t'es bête va crever mdr",
    "t'es moche ptdr",
    # de
    "du bist so dumm",
    "du bist fett haha",
    "du bist hässlich lol",
    "du bist dumm und hässlich haha",
    "du bist ein idiot, niemand mag dich lol",
    "du bist so ein lappen",
    "du bist dumm ich hasse dich haha",
    "du bist ein opfer lol",
    "du bist so behindert haha",
    "du bist fett und dumm 😂",
    # ru
    "ты дурак",
    "ты жирная хаха",
    "ты урод хаха братан",
    "ты тупая и жирная хаха",
    "ты дура никто тебя не любит хаха",
    "ты идиот",
    "ты тупой ненавижу тебя хаха",
    "ты дурак сдохни хаха",
    "ты тупой урод 😂",
    "ты страшная дура хаха",
    # ar
    "انت غبي",
    "انتي قبيحه ههههه",
    "انت غبي وسمين ههههه",
    "انتي غبيه محد يحبك هههه",
    "انت غبي اكرهك ههههه",
    "انت حمار",
    "انتي غبيه وقبيحه 😂",
    "انت غبي ومعاق هههه",
    "انت حمار ووسخ ههه",
    "انتي غبيه",
    # zh
    "你好笨",
    "你好胖哈哈哈",
    "你真丑哈哈",
    "你好笨，没人喜欢你哈哈",
    "你真蠢，去死吧哈哈",
    "你是个笨蛋，又丑又胖哈哈",
    "你好蠢",
    "你真笨，讨厌你哈哈",
    "你是个废物哈哈",
    "你好笨好恶心哈哈",
    # hi
    "tu pagal hai",
    "tu moti hai hahaha",
    "tu pagal aur moti hai 😂",
    "tu bewakoof hai koi nahi pasand karta tujhe lol",
    "tu pagal hai mar ja lol",
    "tu bewakoof hai",
    "tu gadha hai kaala bhi 😂",
    "tu pagal hai randi 😂",
    "tum pagal ho",
    # tr
    "sen salaksın",
    "sen çok şişkosun kanka ahaha",
    "sen salak ve çirkinsin ahaha",
    "sen aptalsın kimse seni sevmiyor ahaha",
    "sen salaksın senden nefret ediyorum haha",
    "sen aptalsın",
    "sen salaksın gerizekalı ahaha",
    "sen aptal bir domuzsun ahaha",
    "sen salaksın geber ahaha",
    # pl
    "jesteś głupi",
    "jesteś gruba xD",
    "jesteś głupia i brzydka xD",
    "jesteś idiotą nikt cię nie lubi xD",
    "jesteś głupi nienawidzę cię haha",
    "jesteś idiotą",
    "ty głupia szmato xD",
    "jesteś głupi zdychaj xD",
    "jestes glupia",
    "jestes gruba i glupia haha",
    # id
    "kamu bego banget",
    "kamu gendut banget wkwk",
    "kamu bego dan jelek wkwk",
    "lo bego gak ada yang suka sama lo wkwk",
    "kamu bodoh aku benci kamu wkwk",
    "kamu bodoh",
    "lo bego mampus aja wkwk",
    "dasar bego gendut 😂",
    "kamu bodoh banget",
    "lu bego jelek wkwk",
    # a taunt that goes on after the laugh
    "you're so stupid lol no wonder your dad left",
    "ur so dumb lol everyone in class laughs at you",
    "you're an idiot haha thats why you have no friends",
    "eres tonta jaja por eso no tienes amigos",
    "t'es bête mdr c'est pour ça que t'as pas d'amis",
    "ты тупой хаха поэтому у тебя нет друзей",
    "你好笨哈哈，怪不得没朋友",
    "kamu bego wkwk makanya gak punya temen",
    # an exclusion after the laugh is not banter
    "you are stupid lol just leave the group",
    "ur dumb haha get out of the chat",
    "eres tonto jaja vete del grupo, nadie te quiere",
    # "ur" + an adjective and nothing after it: "you're ugly", not "your ugly ..."
    "haha ur ugly and stupid",
    "ur ugly",
    "ur pathetic.",
]

# "ur" + an adjective before a noun is about a thing: not an insult
@pytest.mark.parametrize("text", [
    "i love ur ugly sweater",
    "your ugly christmas jumper is the best",
    "is that ur fat cat in the pic? so cute",
    "ur weird idea actually worked lol",
])
def test_your_adjective_before_a_noun_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", BANTER)
def test_banter_with_a_friend_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", NOT_BANTER)
def test_severe_or_unsoftened_insult_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "ur so dumb 😂 anyway what did u get on the test",
    "eres un tonto jaja te quiero igual",
    "ты дурак хаха братан",
    "kamu bego banget wkwk sayang",
])
def test_banter_held_in_strict_rooms(text: str) -> None:
    strict = Pipeline(Policy.from_mapping({"strictness": "strict"}))
    held(strict, text, "bullying")


@pytest.mark.parametrize("text", [
    "lol emma you're such a cow for eating my fries 😂 love u",
    "ur such a pig for stealing my seat love u",
    "you're such a cow for not saving me a seat bestie",
])
def test_cow_or_pig_for_a_deed_with_affection_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    "you're such a cow for eating my fries lol",
    "you're such a cow for being so fat love u",
    "you're such a fat cow for eating my fries love u",
    "ur such a pig for eating so much love u",
    "you're such a cow 😂 love u",
    "look at this cow for eating my fries love u",
    "you're such a cow for eating my fries love u, everyone hates you",
])
def test_cow_or_pig_without_a_deed_affection_or_with_a_body_word_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")
