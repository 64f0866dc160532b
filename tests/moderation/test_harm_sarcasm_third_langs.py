"""Sarcastic put-downs of a third person's looks or worth in es fr pt de it
(harm_sarcasm_third_langs.py): mirrors exist, the outfit that was "a good idea", mock
bravery with a looks object, mock pity.  Hard negatives: real praise, the writer about
themselves, sincere pity, mirrors as things."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    # es
    "qué valiente de su parte salir a la calle con esa cara",
    "qué valiente salir con esa pinta a la calle",
    "alguien dígale que existen los espejos",
    "alguien le diga que existen los espejos jajaja",
    "¿acaso no tiene espejo en casa?",
    "ella de verdad pensó que ese outfit era buena idea 💀",
    "ella de verdad creyó que ese peinado le quedaba bien jajaja",
    "pobrecito, se esfuerza tanto por ser cool",
    "pobrecita, se cree muy guapa",
    # fr
    "quelqu'un devrait lui dire que les miroirs existent",
    "dites-lui que les miroirs existent svp",
    "elle a pas de miroir chez elle ou quoi",
    "elle a vraiment cru que cette tenue était une bonne idée 💀",
    "il a vraiment cru que cette coupe était stylée mdr",
    "trop courageuse de montrer sa tête en public",
    "le pauvre, il essaie tellement d'être cool",
    "la pauvre, elle se croit trop belle",
    # pt
    "alguém avisa ela que espelho existe",
    "ela não tem espelho em casa não?",
    "ela realmente achou que aquela roupa era uma boa ideia 💀",
    "que corajosa de mostrar essa cara em público",
    "coitado, ele se esforça tanto pra ser legal",
    "o coitado se acha o tal kkkk",
    # de
    "jemand sollte ihm sagen dass es spiegel gibt",
    "kann jemand ihr sagen dass es spiegel gibt",
    "hat die zuhause keinen spiegel",
    "sie dachte echt dieses outfit wäre eine gute idee 💀",
    "er dachte wirklich dass die frisur cool ist lol",
    "so mutig von ihr mit dem gesicht rauszugehen",
    "der arme gibt sich so viel mühe cool zu sein",
    # it
    "qualcuno dovrebbe dirgli che esistono gli specchi",
    "non ha uno specchio a casa?",
    "lei pensava davvero che quel vestito fosse una buona idea 💀",
    "che coraggio a mostrare quella faccia in pubblico",
    "che coraggio a uscire vestita così",
    "poverina si crede chissà chi",
]

PASS = [
    "qué valiente de su parte hablar en la asamblea",
    "de verdad pensé que ese outfit era buena idea jaja",
    "pobrecito, se cayó de la bici",
    "necesito un espejo nuevo para mi cuarto",
    "j'ai vraiment cru que cette tenue était une bonne idée mdr",
    "le pauvre il a perdu son chat",
    "elle est trop courageuse d'avoir parlé devant toute la classe",
    "eu realmente achei que aquela roupa era uma boa ideia kkkk",
    "coitado, ele quebrou o braço",
    "ich dachte echt dieses outfit wäre eine gute idee lol",
    "der arme hat sein handy verloren",
    "ich brauche einen neuen spiegel",
    "pensavo davvero che quel vestito fosse una buona idea ahah",
    "poverino, si è fatto male",
    "che coraggio ha avuto a parlare davanti a tutti",
    "el vestido de la cantante en los premios era precioso",
]


@pytest.mark.parametrize("text", HELD)
def test_third_person_sarcasm_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")


@pytest.mark.parametrize("text", PASS)
def test_praise_self_and_pity_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
