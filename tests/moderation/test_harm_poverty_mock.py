"""Mocking a child's family poverty, a parent's lost job, a parent in prison or
the family's origin (harm_poverty_mock.py: en es fr pt de it).  The writer's
own family, bargains, charity, jobs, concern, help and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

REASON = "stage:bullying:poverty"

HELD_EN = [
    "does your family shop anywhere but the food bank 😂",
    "nice trainers, from the Sunday market? did your mum pay in coupons",
    "your mum cut your hair with kitchen scissors? no money at home huh",
    "same coat again, is your dad still job hunting? let's start a fundraiser lol",
    "your dad's 'job' at the pub going well?",
    "is your dad still unemployed lol",
    "how's your dad's job search going, still on benefits? 😂",
    "did your mum get that jacket from the food bank too",
    "say hi to your dad in prison lol",
    "when does your dad get out of prison haha",
    "let's do a gofundme for emma's family lmao",
    "your mum cleans toilets for a living lmao",
    "did your dad get fired again 😂",
    "is that your dinner from the food bank haha",
    "your family lives off benefits lol",
    "is your family that poor lol",
    "your parents came from a slum lol",
    "let's start a whip round for jake's family, they can't afford shoes lmao",
    "no wonder, his dad's in prison",
    "figures, her dad is unemployed lol",
    "how's your dad's 'business' going lol",
    'is ur mum still on the dole lmao',
    'is ur dad still jobless? lol',
    'send my love to your dad in jail lmao',
    'did ur mum buy that coat with food stamps lol',
    'your mum shops at the food bank lol',
    "Kiera ur dad's new 'job' must be going great seeing as he's still at the pub every afternoon 🍺🤣",
    "how's ur mum's new 'business' going lol",
    "your dad's job must be going really well seeing as he's on the sofa all day",
    "ur dads so-called 'work' again? he's always at the bookies",
    "no offence Dev but does ur family shop anywhere that isn't the food bank 😂",
    'do ur parents shop anywhere apart from the food bank lol',
    "does your mum buy anything that isn't from the charity shop",
    "does ur family eat anything that's not from the food bank",
]

HELD_ES_FR_PT_DE_IT = [
    "¿tu familia solo compra en el banco de alimentos? jajaja",
    "¿tu padre sigue en el paro? jaja",
    "¿tu padre sigue buscando curro? jajaja",
    "¿esas zapatillas son del mercadillo? jajaja",
    "saluda a tu padre en la cárcel jaja",
    "ton père cherche toujours du boulot ? mdr",
    "t'as eu tes baskets aux restos du coeur ? mdr",
    "ta famille vit des allocs lol",
    "ta mère paie avec des coupons ou quoi mdr",
    "passe le bonjour à ton père en prison",
    "teu pai ainda tá desempregado? kkkk",
    "esse tênis é da feira? kkkk tua mãe pagou com vale",
    "tua família vive de bolsa família kkkk",
    "ist dein Vater immer noch arbeitslos? lol",
    "holt deine Familie ihr Essen bei der Tafel? 😂",
    "hat deine Mutter mit Gutscheinen bezahlt?",
    "tuo padre è ancora disoccupato? ahah",
    "le scarpe te le ha prese tua madre al mercato? ahah",
    "salutami tuo padre in galera",
    'ton daron est toujours au chômage mdr',
    ("uy mira quién se apunta a la excursión, la de las zapatillas del mercadillo 🤭 "
     "¿tu madre las pagó con cupones o qué?"),
    '¿tu madre te compró la mochila con vales o qué?',
    'ta mère paie avec des coupons ou quoi',
]

PASS = [
    "my family uses the food bank sometimes and the volunteers are lovely",
    "I got these trainers at the market for 5 euros, bargain!",
    "my dad lost his job and it's been hard",
    "we collected food for the food bank at school",
    "his dad works at the prison as a guard",
    "is your dad still job hunting? my uncle's company is hiring",
    "sorry your dad lost his job, let me know if you need anything",
    "let's start a fundraiser for the animal shelter lol",
    "does your family shop at lidl or aldi?",
    "my mum cut my hair with kitchen scissors lol it looks fine",
    "my dad works at the pub on weekends",
    "someone said his dad was in prison and laughed, that's so mean",
    "did your mum get that jacket from zara? it's so nice",
    "how's your dad's new job going?",
    "lol my mum paid in coupons and the cashier was so annoyed",
    "did your mum pay with coupons? my mum saves loads that way",
    "is your dad still looking for work? tell him to check the council website",
    "haha is your dad still at the job centre? mine was there for ages",
    "we visited my uncle in prison, it was sad",
    "no wonder he's been quiet, his dad is in prison",
    "figures, the prison break movie was sold out lol",
    "let's do a fundraiser for sam's family, their house burned down",
    "does your family ever eat anything but pasta lol",
    "say hi to your dad for me lol",
    "my dad's 'job' is literally playing golf lol",
    "your dad works at the prison? that's so cool",
    "is your mum still a cleaner at the hospital? my aunt works there too",
    "your family is from a village in poland? cool!",
    "her dad got out of prison and he's really nice now",
    "the food bank needs volunteers this saturday, who's in?",
    "my family came from a tiny village and i'm proud",
    "mi padre está en el paro y lo estamos pasando mal",
    "¿tu padre sigue en el paro? el mío también jaja",
    "mon père cherche du travail depuis 6 mois",
    "ton père est au chômage ? courage, le mien aussi l'a été",
    "meu pai tá desempregado, tá difícil",
    "mein Vater ist arbeitslos und das nervt",
    "mio padre è disoccupato da un anno",
    'no money at home for me this week lol, spent it all on robux',
    "did your mum get that from the charity shop? it's so vintage, love it",
    "how's your dad's job going? mine just got promoted lol",
    "let's do a collection for the class trip lol",
    'figures, his dad is a teacher lol',
    'is your dad still working from home? lol mine too',
    'my family lives off pasta lol we love it',
    "your family lives in a trailer? that's so cool, like camping",
    'we did a charity drive for the food bank and raised 200 quid lol',
    "my mum pays with coupons at tesco lol she's a pro",
    'tu padre trabaja en la cárcel? qué interesante',
    'ton père est en prison ? je suis désolé pour toi',
    'la mia famiglia va al mercato ogni sabato ahah',
    'meine Mutter kauft gern auf dem Flohmarkt haha',
    "my dad works at the pub, he's a chef there",
    "your dad's new job must be going great, he looked so happy at the pub quiz",
    "how's your dad's new job going? hope he likes it",
    'my family uses the food bank and the volunteers are so kind',
    "does your family shop anywhere that isn't aldi?",
    'she said "ur dad\'s new \'job\' must be going great" to Kiera and everyone laughed, so mean',
    'my friend got a message saying "does ur family shop anywhere that isn\'t the food bank", we reported it',
    '¿tu madre pagó con cupones? la mía también, ahorra un montón',
    'me compré las zapatillas en el mercadillo, 10€!',
    'if someone says "your dad\'s new \'job\' must be going great" tell a teacher',
]


def _held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")
    assert REASON in pipe.check(text).reasons, (text, pipe.check(text).reasons)


@pytest.mark.parametrize("text", HELD_EN)
def test_english_poverty_mockery_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_poverty_mockery_held(rules_pipe: Pipeline, text: str) -> None:
    _held(rules_pipe, text)


@pytest.mark.parametrize("text", PASS)
def test_own_family_bargains_charity_and_concern_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
