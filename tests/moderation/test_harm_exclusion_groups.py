"""Organised exclusion with no insult (harm_exclusion_groups.py: en es fr).

Three classes: a group re-made without a veiled or barred child ("new gc without a
certain someone, nobody add her back", "don't invite her, she's not our type"); mock
surprise that a child came with a plan to leave them out next time ("who invited zoe
lol. next time at mine, smaller group"); a call to stop inviting someone with the
cruelty spelled out ("let's stop inviting sam and act like he's invisible, see how
long he can take it").  Hard negatives: project groups, guests praised, small parties
with a parent's limit, friends who left for a new phone, the writer left out,
invisible friends and potions, protective warnings, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    # fillers before the verb ("let's just not invite", "arrêtons juste d'inviter")
    ("lets just not invite sam anymore and pretend hes invisible", "shunning"),
    ("we just stop inviting maya and act like she's not there, see how long she lasts", "shunning"),
    ("dejemos simplemente de invitar a lucas y hagamos como si fuera invisible", "shunning"),
    ("arrêtons juste d'inviter lucas et faisons comme s'il était invisible", "shunning"),
    # regroup: veiled, "nobody add her back", not our type
    ("new gc without a certain someone 🤫 nobody add her back", "regroup"),
    ("made a new gc without you-know-who 🤫", "regroup"),
    ("new chat, nobody add him back", "regroup"),
    ("don't add her back to the gc she's not our type", "regroup"),
    ("she doesn't fit in, new group without her", "regroup"),
    ("the new group is so much better without a certain someone", "regroup"),
    ("ok so you know who is not in the new gc, keep it quiet", "regroup"),
    ("new gc!! no one invite her back pls", "regroup"),
    ("don't invite him, he's not one of us", "regroup"),
    ("ngl she's not our type, leave her out of the gc", "regroup"),
    ("grupo nuevo sin ya-sabes-quién, no la metáis", "regroup"),
    ("hicimos otro grupo sin cierta persona jaja", "regroup"),
    ("grupo nuevo, nadie la agregue de nuevo", "regroup"),
    ("no invitamos a Lucía, no es de las nuestras", "regroup"),
    ("nouveau groupe sans tu-sais-qui, personne ne la rajoute", "regroup"),
    ("on a fait un autre groupe sans une certaine personne mdr", "regroup"),
    ("nouveau groupe, ne la rajoutez pas", "regroup"),
    ("on l'invite plus, elle est pas comme nous", "regroup"),
    # who invited her + next time
    ("who invited Zoe lol. next time at mine, smaller group 😉", "exclusion"),
    ("who even invited maya 💀 next time we go smaller", "exclusion"),
    ("why was tom even there lol, next time just us", "exclusion"),
    ("who let the new girl come?? next party invite only", "exclusion"),
    ("next time just us, who even invited priya 🙄", "exclusion"),
    ("whose idea was it to invite ben. next time it's just the four of us", "exclusion"),
    ("¿quién invitó a Leo? la próxima en mi casa, solo nosotros", "exclusion"),
    ("quién trajo a la nueva jajaja la próxima vez sin ella", "exclusion"),
    ("qui a invité Inès mdr ? la prochaine fois chez moi, que nous", "exclusion"),
    ("pourquoi Hugo est venu ? la prochaine fois sans lui", "exclusion"),
    # stop inviting + invisible / see how long
    ("let's stop inviting Sam and act like he's invisible, see how long he can take it", "shunning"),
    ("lets not invite chloe anymore and act like she's not there", "shunning"),
    ("we should stop inviting her and pretend she's invisible", "shunning"),
    ("everyone ignore him and see how long he lasts", "shunning"),
    ("act like she's invisible till she gets the hint, stop inviting her", "shunning"),
    ("dejemos de invitar a Pablo y hagamos como si fuera invisible, a ver cuánto aguanta", "shunning"),
    ("ya no la invitamos más y hacemos como que no existe", "shunning"),
    ("arrêtons d'inviter Léa et faisons comme si elle était invisible, on verra combien de temps elle tient",
     "shunning"),
]

PASS = [
    "we made a new gc for the science project, anyone want to join?",
    "who invited Zoe? she's awesome, so glad she came",
    "next time at mine, my mum said 5 people max",
    "she left the group chat because she got a new phone",
    "someone made a group without me and it hurt, I told my teacher",
    "my invisible friend when I was 5 was called Bob",
    "drink the invisible potion and act like you're invisible",
    "let's stop inviting Sam, he always cancels anyway",
    "who invited zoe? next time let's invite her sister too",
    "who brought the cake? next time just us do the baking lol",
    "don't add her back until she gets her new number",
    "don't add her back, she asked to leave the gc",
    "nobody add him back to the gc he's a scammer",
    "nobody add her back to the gc, she keeps sending creepy messages",
    "she feels like she doesn't fit in, can we invite her to the new gc?",
    "he's not my type, he's sweet tho",
    "this dress doesn't fit in the suitcase",
    "she doesn't fit in her old jeans, new group photo tomorrow",
    "let's see how long he can hold his breath",
    "in minecraft act like he's invisible, he drank the potion, see how long he lasts",
    "the harry potter chat is so boring without you know who",
    "why was tom even there? he was so fun, next time invite him again",
    "i feel like they stopped inviting me and act like i'm invisible",
    "they made a new gc without a certain someone and that someone was me",
    "next time just us two, who invited you anyway? jk love u",
    "hicimos un grupo nuevo para el trabajo de ciencias, ¿quién se apunta?",
    "¿quién invitó a Zoe? es genial, me alegro de que viniera",
    "la próxima en mi casa, mi madre dice máximo 5",
    "salió del grupo porque tiene móvil nuevo",
    "hicieron un grupo sin mí y me dolió, se lo conté a la profe",
    "dejemos de invitar a Pablo, siempre cancela",
    "¿quién invitó a Leo? la próxima vez invitamos también a su hermano",
    "esta pieza no encaja aquí, prueba con otro grupo de colores",
    "un nouveau groupe pour l'exposé, qui veut venir ?",
    "qui a invité Inès ? elle est trop cool, contente qu'elle soit venue",
    "la prochaine fois chez moi, ma mère a dit 5 max",
    "elle a quitté le groupe parce qu'elle a un nouveau téléphone",
    "arrêtons d'inviter Léa aux entraînements, elle a arrêté le foot",
    "mon ami invisible quand j'avais 5 ans s'appelait Bob",
    'who invited you to the birthday? next time i want to come too',
    'next time we go smaller on the pizza order, who even asked for pineapple lol',
    'who let the dog in?? next time keep it small, the party was chaos',
    'who invited him? he was amazing at the party, next time just us and him again',
    "new group for the camping trip, don't add him back yet, his mum said no phones",
    "no one add her back to the gc, she asked me to remove her because she's taking a break",
    "we should stop inviting randoms to the server and act like it's private",
    'the teacher made a new group chat, nobody add your parents lol',
    "i don't fit in at my new school and nobody invites me anywhere",
    "she said she doesn't fit in, let's not leave her out of the new gc",
    "don't leave her out, she's not like us but she's nice",
    "who invited the new kid? he's so nice, next time let's invite his brother",
    "why was she even there? next time don't forget to invite her early",
    "let's make a new gc for the trip, don't add mr smith back he's the teacher",
    'who asked you lol, next time just ask me first',
    "in roblox we stop inviting him and act like he's invisible, it's a hide and seek game",
]

REPORTS = [
    'i told my mum they said "who invited her, next time just us" and i cried',
    'someone said "new gc without a certain someone" and it made me sad',
    'she wrote "who invited zoe lol, next time smaller group" and zoe saw it',
]


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_organised_exclusion_held(rules_pipe: Pipeline, text: str, reason: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert f"stage:bullying:{reason}" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS + REPORTS)
def test_projects_praise_limits_games_and_disclosures_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
