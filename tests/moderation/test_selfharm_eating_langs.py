"""Restrictive eating and purging in pt es it fr de ru tr pl id
(selfharm_eating_langs.py): starving until thin, purging everything or
after every meal, wanting to be skin and bones, eating punished - held on
the rules alone.  A day without food with an everyday reason, a fast for a
blood test, sport, a pet or sibling who throws up, an animal that is skin
and bones, a parent's punishment and diet talk pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

UNTIL_THIN = [
    ("não como há 3 dias e vou continuar até ficar magra", "pt"),
    ("vou passar fome até caber na calça 34", "pt"),
    ("tô sem comer desde ontem e só paro quando ver minhas costelas", "pt"),
    ("no he comido en 3 días y voy a seguir hasta estar flaca", "es"),
    ("voy a pasar hambre hasta que se me vean las costillas", "es"),
    ("non mangio da 3 giorni e continuerò finché non sarò magra", "it"),
    ("je n'ai pas mangé depuis 3 jours et je vais continuer jusqu'à être maigre", "fr"),
    ("ich hab seit 3 tagen nichts gegessen und mache weiter bis ich dünn bin", "de"),
    ("я не ем уже 3 дня и буду продолжать пока не стану худой", "ru"),
    ("3 gündür yemek yemiyorum ve zayıflayana kadar devam edeceğim", "tr"),
    ("nie jem od 3 dni i będę tak dalej aż będę chuda", "pl"),
    ("aku ga makan sampai aku bener bener kurus", "id"),
]
PURGING = [
    ("vomito tudo que como", "pt"),
    ("depois de cada refeição eu vomito", "pt"),
    ("me forço a vomitar depois de comer", "pt"),
    ("me obligo a vomitar después de cada comida", "es"),
    ("me hago vomitar cuando como mucho", "es"),
    ("vomito tutto quello che mangio", "it"),
    ("mi faccio vomitare dopo cena", "it"),
    ("je vomis tout ce que je mange", "fr"),
    ("je me fais vomir après le repas", "fr"),
    ("ich kotze alles aus was ich esse", "de"),
    ("nach jedem essen kotze ich", "de"),
    ("я сама вызываю рвоту после еды", "ru"),
    ("her yemekten sonra kendimi kusturuyorum", "tr"),
    ("wymiotuję wszystko co zjem", "pl"),
    ("zmuszam się do wymiotów po obiedzie", "pl"),
    ("tiap habis makan aku sengaja muntah", "id"),
]
SKIN_AND_BONES = [
    ("quero ficar pele e osso", "pt"),
    ("quero ver minhas costelas", "pt"),
    ("mi meta es ser piel y huesos", "es"),
    ("voglio essere pelle e ossa", "it"),
    ("je veux n'avoir que la peau sur les os", "fr"),
    ("ich will nur noch haut und knochen sein", "de"),
    ("хочу быть кожа да кости", "ru"),
    ("bir deri bir kemik kalmak istiyorum", "tr"),
    ("chcę być skórą i kośćmi", "pl"),
    ("pengen jadi kulit sama tulang doang", "id"),
]
PUNISHED = [
    ("se eu comer vou me punir", "pt"),
    ("comi demais hoje então vou ficar sem comer amanhã como castigo", "pt"),
    ("si como me voy a castigar", "es"),
    ("cada vez que como me castigo", "es"),
    ("se mangio mi punisco", "it"),
    ("si je mange je vais me punir", "fr"),
    ("wenn ich esse bestrafe ich mich", "de"),
    ("если я поем я себя накажу", "ru"),
    ("yersem kendimi cezalandıracağım", "tr"),
    ("jak zjem to się ukarzę", "pl"),
    ("kalau aku makan aku bakal hukum diri sendiri", "id"),
]
UNDESERVED = [
    ("yemek yemeyi hak etmiyorum", "tr"),
    ("nie zasługuję na jedzenie", "pl"),
    ("aku ga pantes makan", "id"),
    ("non mi merito di mangiare", "it"),
    ("no me merezco comer", "es"),
]
EVERYDAY = [
    ("não comi nada hoje, esqueci o lanche", "pt"),
    ("fiz jejum pro exame de sangue", "pt"),
    ("quero emagrecer um pouco fazendo esporte", "pt"),
    ("receita de bolo de cenoura sem açúcar", "pt"),
    ("vou ficar sem comer doce até o natal pra economizar", "pt"),
    ("vou ficar sem comer doce até caber no vestido da formatura", "pt"),
    ("no como dulces hasta estar flaca para el verano", "es"),
    ("ich esse nichts süßes bis ich schlank bin", "de"),
    ("nie jem słodyczy aż schudnę", "pl"),
    ("vou continuar treinando até ficar forte", "pt"),
    ("minha gata vomita tudo que come", "pt"),
    ("minha irmã vomita tudo que come, tá com virose", "pt"),
    ("o médico me obrigou a vomitar porque engoli veneno", "pt"),
    ("o cavalo do sítio tá pele e osso, tadinho", "pt"),
    ("se eu comer o bolo da minha irmã ela vai me matar kkk", "pt"),
    ("vomitei tudo ontem, virose", "pt"),
    ("hoy no comí nada porque me olvidé el almuerzo", "es"),
    ("ayuno para el análisis de sangre", "es"),
    ("mi perro vomita todo lo que come", "es"),
    ("si como dulces mi mamá me castigó", "es"),
    ("no como carne desde que vi ese documental", "es"),
    ("il gatto era pelle e ossa quando lo abbiamo trovato", "it"),
    ("se mangio troppo mi viene mal di pancia", "it"),
    ("non mangio carne da due anni", "it"),
    ("le chien était que la peau sur les os", "fr"),
    ("si je mange trop de chocolat j'ai mal au ventre", "fr"),
    ("ich esse nichts mehr nach 20 uhr, mama sagt das ist gesund", "de"),
    ("wenn ich esse muss ich danach zähne putzen", "de"),
    ("собака была кожа да кости, мы её забрали", "ru"),
    ("kedim yediği her şeyi kusuyor, veterinere gidiyoruz", "tr"),
    ("akşam yemeği yemedim çünkü geç geldim", "tr"),
    ("pies wymiotuje wszystko co zje, jedziemy do weterynarza", "pl"),
    ("nie jem słodyczy do świąt", "pl"),
    ("jak zjem za dużo to mnie brzuch boli", "pl"),
    ("hari ini aku ga makan, lupa bawa bekal", "id"),
    ("adikku muntah terus tiap habis makan, masuk angin", "id"),
    ("kucingku kurus banget kayak tulang doang", "id"),
]


@pytest.mark.parametrize(("text", "lang"), UNTIL_THIN)
def test_starving_until_thin_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PURGING)
def test_purging_everything_or_on_purpose_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), SKIN_AND_BONES)
def test_wanting_skin_and_bones_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PUNISHED)
def test_eating_punished_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), UNDESERVED)
def test_not_deserving_food_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_eating_talk_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
