"""Multilingual functional cases: the same message must get the same
outcome with and without a language tag (unless a term is language-restricted)."""

from __future__ import annotations

import pytest

from moderation import Pipeline

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
