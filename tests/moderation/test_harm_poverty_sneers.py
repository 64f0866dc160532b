"""Poverty sneers dressed as an aside, a compliment or a guess
(harm_poverty_sneers.py: en es fr pt de it; harm_poverty_sneers_langs.py: tr
ru pl id).  The writer's own haircut, money and bargains, kind questions,
help and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:bullying:poverty"

HELD = [
    # the haircut with kitchen scissors; "you can tell there's no money at your house"
    "Sofia, tua madre ti ha tagliato i capelli con le forbici della cucina? si vede che in casa non c'è un euro 🤭",
    "tua mamma ti taglia i capelli con una scodella? ahah",
    "tu madre te cortó el pelo con las tijeras de cocina? se nota que en tu casa no hay ni un euro",
    "ta mère t'a coupé les cheveux avec les ciseaux de cuisine ? on voit qu'il y a pas un rond chez toi",
    "hat dir deine Mutter die Haare mit der Küchenschere geschnitten? 😂",
    "tua mãe cortou teu cabelo com a tesoura da cozinha? kkkk",
    "you can tell there's no money at your house lol",
    "si vede che a casa tua non c'è un euro",
    # a fake compliment, the cheap place as a tag question, a second sneer
    "nossa Gabi, que tênis lindo... da feira de domingo né? 🤭 pelo menos combina com a casa de vocês",
    "que tênis lindo, é do brechó né? pelo menos combina com a sua casa",
    "nice trainers... from the sunday market right? at least they match your house",
    "qué zapatillas más bonitas... del mercadillo, ¿verdad? al menos pegan con tu casa",
    "jolies baskets... du marché, non ? au moins ça va avec ta maison",
    "belle scarpe... del mercato, vero? almeno si abbinano con casa tua",
    # a child nicknamed by cheap clothes
    "mira, el de los zapatos del chino, ¿tu padre no tiene para más o qué?",
    "ahí viene la de la chaqueta del rastro jajaja",
    # the same clothes again and a parent still out of work
    "Emre yine aynı montla gelmiş 😂 babası hâlâ iş arıyor herhalde, yardım kampanyası başlatalım mı",
    "Ayşe yine aynı ayakkabılarla gelmiş, annesi hâlâ işsiz galiba",
    "yine aynı mont haha baban hala iş arıyor mu",
    "same hoodie again, his dad's still job hunting i guess",
    "otra vez con las mismas zapatillas, su padre sigue en el paro seguro",
    "znowu w tej samej kurtce, jego stary dalej bezrobotny",
    "опять в той же куртке, его батя до сих пор без работы",
    "bajunya itu lagi, bapaknya masih nganggur kali",
    # the parent's lowly job thrown at the reader
    "you'll end up cleaning toilets like your mum lol",
    # tr ru pl id haircut and money
    "annen saçını mutfak makasıyla mı kesti",
    "belli ki evinizde beş kuruş yok",
    "видно, что у вас дома денег нет",
    "тебя мама подстригла кухонными ножницами?",
    "widać, że u was w domu nie ma kasy",
    "mama cię obcięła nożyczkami kuchennymi?",
    "emakmu motong rambutmu pake gunting dapur ya?",
    "keliatan banget di rumahmu gak ada duit",
]

PASS = [
    "I bought my trainers at the Sunday market, 10€!",
    "mi madre me cortó el pelo en casa, quedó genial",
    "la de las zapatillas del mercadillo me las vendió a buen precio",
    "mia madre mi ha tagliato i capelli con le forbici della cucina, è venuto benissimo",
    "tua madre ti ha tagliato i capelli? stai benissimo!",
    "in casa mia non c'è un euro questo mese, mamma è preoccupata",
    "tua madre ti ha tagliato i capelli con le forbici della cucina? anche la mia lo fa, risparmiamo",
    "se nota que en mi casa no hay dinero este mes",
    "comprei meu tênis na feira de domingo, só 20 reais!",
    "que tênis lindo! é da feira de domingo? quero ir lá comprar um igual",
    "esse tênis é da feira né? onde fica? quero ir",
    "nice shoes, from the market right? how much were they?",
    "nice trainers! from the sunday market? i need some too",
    "at least the new sofa matches your house, your mum has great taste",
    "at least it matches your house lol, the blue is so nice",
    "yine aynı montla geldim, çok seviyorum bu montu",
    "Emre'nin babası hâlâ iş arıyor, sınıfça yardım edelim mi?",
    "yine aynı montu giydim, babam hâlâ iş arıyor, zor günler",
    "same hoodie again lol, it's his favourite",
    "my dad's still job hunting and i've worn the same coat all winter, it's fine",
    "my mum says there's no money at home this month lol",
    "my mum cleans toilets at the hospital, she's a hero",
    "mama obcięła mnie w domu, wygląda super",
    "a boy asked Sofia if her mum cut her hair with kitchen scissors and we told the teacher",
    ('someone wrote "que tênis lindo... da feira de domingo né? pelo menos combina com a casa de vocês" '
     "to Gabi, so mean"),
    'un chico escribió "la de las zapatillas del mercadillo, ¿tu madre las pagó con cupones o qué?" y la profe lo vio',
    'qualcuno ha scritto a Sofia "tua madre ti ha tagliato i capelli con le forbici della cucina?" che cattiveria',
    'they told Emre "yine aynı montla gelmiş, babası hâlâ iş arıyor" and laughed, we reported it',
]


@pytest.mark.parametrize("text", HELD)
def test_poverty_sneers_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "bullying")
    assert REASON in rules_pipe.check(text).reasons, (text, rules_pipe.check(text).reasons)


@pytest.mark.parametrize("text", PASS)
def test_own_family_bargains_and_kind_questions_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
