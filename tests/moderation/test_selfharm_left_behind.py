"""Words for those left behind, and means with a knowing wink
(moderation/selfharm_left_behind.py).  The first line of each language group of the
held cases is a session-15 training line the retrained scorer still missed; the rest
were written for this module."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

NOT_THEIR_FAULT = [
    ("if anyone asks tell them it wasnt their fault", "en"),
    ("tell my parents it was nobody's fault", "en"),
    ("si alguien pregunta, decidles que no fue culpa suya", "es"),
    ("se alguém perguntar diz que não foi culpa de ninguém", "pt"),
    ("si quelqu'un demande, dites leur que c'était pas leur faute", "fr"),
    ("wenn jemand fragt, sagt ihnen es war nicht ihre schuld", "de"),
    ("se qualcuno chiede, dite loro che non è colpa loro", "it"),
    ("если кто спросит, скажите им что это не их вина", "ru"),
    ("biri sorarsa söyleyin onların suçu değil", "tr"),
    ("jak ktoś zapyta, powiedzcie im że to nie była ich wina", "pl"),
    ("kalau ada yang nanya, bilang ke mereka itu bukan salah mereka", "id"),
    ("agar koi pooche to bol dena unki galti nahi thi", "hi"),
    ("لو احد سأل قولوا لهم مو ذنبهم", "ar"),
    ("如果有人问，告诉他们不是他们的错", "zh"),
]
DONT_SAVE_ME = [
    ("this time dont save me", "en"),
    ("please don't try to save me this time", "en"),
    ("kali ini jangan selametin aku", "id"),
    ("esta vez no me salves", "es"),
    ("dessa vez não me salva", "pt"),
    ("cette fois ne me sauvez pas", "fr"),
    ("diesmal rettet mich nicht", "de"),
    ("stavolta non salvatemi", "it"),
    ("в этот раз не спасайте меня", "ru"),
    ("bu sefer beni kurtarmayın", "tr"),
    ("tym razem nie ratujcie mnie", "pl"),
    ("is baar mujhe mat bachana", "hi"),
    ("هالمره لا تنقذوني", "ar"),
    ("这次别救我", "zh"),
]
MEANS_WITH_A_WINK = [
    ("hab meinen spitzer auseinandergebaut 😶 ihr wisst wofür", "de"),
    ("rozkrecilem temperowke 😶 wiecie po co", "pl"),
    ("купил верёвку. не спрашивай зачем", "ru"),
    ("i unscrewed my sharpener, you know why", "en"),
    ("desarmé el sacapuntas, ya sabéis para qué", "es"),
    ("desmontei o apontador, vocês sabem pra que", "pt"),
    ("j'ai démonté mon taille, vous savez pourquoi", "fr"),
    ("ho smontato il temperino, sapete perché", "it"),
    ("kalemtıraşı söktüm, neden diye sorma", "tr"),
    ("udah beli tali, jangan tanya buat apa", "id"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_THEIR_FAULT)
def test_not_their_fault_handed_on(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), DONT_SAVE_ME)
def test_dont_save_me_this_time(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), MEANS_WITH_A_WINK)
def test_means_with_a_knowing_wink(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


EVERYDAY = [
    ("tell coach it wasnt his fault we lost", "en"),
    ("dont save me a seat at lunch", "en"),
    ("bought rope for the school project, dont ask why it took so long", "en"),
    ("díganle al profe que no fue culpa suya que llegáramos tarde", "es"),
    ("sagt mama es war nicht seine schuld dass die vase kaputt ist", "de"),
    ("скажите маме что это не его вина что мы опоздали", "ru"),
    ("no me guardes sitio, llego tarde", "es"),
    ("kupiłam linę do wspinaczki na obóz", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_a_match_report_a_seat_and_a_project(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
