"""Hidden self-harm and intent shown by acts (selfharm_covert.py,
selfharm_intent.py): purging with a weight motive or concealment, cover
stories for injuries and blades, hurting oneself after abuse or with
self-blame, counted cuts and numbness, checking how many floors or whether
the roof door is locked, dangerous places left to fate, passing out for
good, swimming out and not back, a planned day with a goodbye-ish thanks;
and recovered pasts told with ages and Hinglish advice about a friend
(frames_recovered.py, frames_advice.py).  Each class has phrasings of our
own in several languages (not the blind set's sentences) and look-alikes
that pass: illness, real cat scratches, a vase, haircuts, a coin on the
tracks, games, parties and exams."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held


@pytest.mark.parametrize("text", [
    'wymiotuję po każdym posiłku od miesiąca, mama myśli że mam grypę',
    'i throw up after dinner every night so i dont gain weight',
    'i make myself sick after every meal and nobody knows',
    'vomito depois de comer pra não engordar',
    'vomito después de cada comida para no engordar',
    "je vomis après chaque repas, ma mère pense que j'ai une gastro",
    'ich kotze nach jedem essen damit ich nicht zunehme',
    'vomito dopo ogni pasto così non ingrasso',
    'блюю после каждой еды чтобы не поправиться',
    'threw up my lunch again in the school toilets so i wont get fat',
    'har khane ke baad ulti karti hoon taaki mota na ho jaun',
    'her yemekten sonra kusuyorum kilo almamak için',
    'aku muntahin makanan tiap habis makan biar ga gendut',
    'purging after meals again, mum thinks its a stomach bug',
    '每次吃完饭我都去厕所吐掉，怕胖',
    'been throwing up after every meal for weeks and my parents think its a virus',
])
def test_purging_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    'told my mum the marks on my legs were from the cat. they werent',
    'купила лезвия в фикс прайсе, мама думает что для бровей 🙂',
    'i tell everyone the cuts are from my cat lol. we dont even have one',
    'said i fell off my bike but i did it myself',
    'bought razor blades, told mum theyre for my eyebrows 🙂',
    'le dije a mi mamá que me caí, pero fui yo',
    'wenn jemand fragt sag ich es war die katze. war es nicht',
    'falei pra minha mãe que os cortes no braço foram do gato mas fui eu',
    'comprei lâminas, minha mãe acha que é pra sobrancelha',
    'if anyone asks about my arms i say i was shaving. i wasnt',
    'kupiłam żyletki, mama myśli że do brwi',
    'bilang ke mama luka di tangan dari kucing, padahal bukan',
    '跟妈妈说手上的伤是猫抓的，其实不是',
    'mama pensa che i tagli sulle braccia siano del gatto, ma non è così',
    'bought a pack of blades, mum thinks theyre for my crafts 🙂',
])
def test_cover_stories_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    'jab papa maarte hain uske baad main khud ko aur zyada maarti hoon, sab meri galti hai',
    'after my dad hits me i hurt myself more, its all my fault',
    'when mum screams at me i scratch myself till it bleeds because i deserve it',
    'cuando mi padre me pega después me hago daño yo, es mi culpa',
    "quand mon père me frappe, après je me fais du mal, c'est de ma faute",
    'wenn papa mich schlägt, verletze ich mich danach selbst, ich bin schuld',
    'quando mio padre mi picchia poi mi faccio male da sola, è colpa mia',
    'quando meu pai me bate eu me machuco depois, a culpa é minha',
    'когда папа бьёт меня, я потом сама себя бью, это я виновата',
    'babam beni dövünce ben de kendime zarar veriyorum, hepsi benim suçum',
    '爸爸打我以后我就自己打自己，都是我的错',
    'i punish myself after they yell at me, i deserve it',
])
def test_after_abuse_or_self_blame_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    'sto cercando su google quanti piani servono per non sbagliare',
    '我查了一下楼顶的门是不是锁着的，没锁 🙃',
    'checked if the roof door is locked. its not',
    'googled how many floors you need to be sure',
    'buscando cuántos pisos hacen falta para no fallar',
    "j'ai regardé combien d'étages il faut pour être sûr",
    'hab gegoogelt wie viele stockwerke man braucht damit es sicher klappt',
    'quantos andares precisa pra não dar errado',
    'сколько этажей нужно чтобы наверняка',
    'found out the rooftop door at school isnt locked anymore 🙂',
    'checked if dads gun cabinet is locked. it isnt',
])
def test_method_research_and_access_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    'me corté 3 veces esta semana, ya ni me duele 😶',
    'cut 4 times this week and i dont even feel it anymore',
    'je me suis coupée 3 fois cette semaine, ça me fait même plus mal',
    'hab mich diese woche 3 mal geritzt, spür nix mehr',
    'mi sono tagliata 3 volte questa settimana, non sento più niente',
    'me cortei 4 vezes essa semana, nem dói mais',
    'порезалась 3 раза за неделю, уже даже не больно',
    'bu hafta 3 kere kestim kendimi, artık acımıyor bile',
    'cutting doesnt even hurt anymore',
    '这周割了三次，已经不疼了',
])
def test_counted_cuts_and_numbness_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    'gonna walk on the train tracks tonight with headphones in and see what happens',
    'bebi a garrafa de vodka do meu pai sozinha pra ver se eu apagava de vez',
    'bu gece denize açılacağım, geri yüzmeyi düşünmüyorum',
    'im going to swim out as far as i can and not swim back',
    'voy a caminar por las vías del tren esta noche a ver qué pasa',
    'drank all of dads whiskey to see if id pass out for good',
    'je vais marcher sur les rails ce soir avec mes écouteurs, on verra bien',
    'ich geh heute nacht auf die gleise, mal sehen was passiert',
    'stasera cammino sui binari con le cuffie e vediamo che succede',
    'vou nadar até não aguentar mais e não pretendo voltar',
    'bebí toda la botella de ron de mi papá para ver si me apagaba para siempre',
])
def test_risk_acts_with_intent_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    'ya tengo todo pensado para el viernes, solo quería decir que fue lindo hablar con ustedes',
    'a veces pienso que si desaparezco nadie lo notaría hasta el lunes',
    'everythings ready for friday. just wanted to say it was nice talking to you all',
    'tout est prévu pour samedi, je voulais juste dire merci pour tout',
    'alles ist für freitag geplant, wollte nur sagen es war schön mit euch zu reden',
    'ho tutto pronto per venerdì, volevo solo dire che è stato bello parlare con voi',
    'já tenho tudo planejado pra sexta, só queria dizer que foi bom falar com vocês',
    'if i disappeared no one would notice until monday',
    'si je disparais personne ne le remarquerait avant lundi',
    'wenn ich verschwinde würde es bis montag keiner merken',
    'se sparissi nessuno se ne accorgerebbe fino a lunedì',
    'se eu sumir ninguém ia perceber até segunda',
    'если я исчезну, никто не заметит до понедельника',
])
def test_planned_day_with_goodbye_held(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    'i threw up after dinner, food poisoning probably',
    'my little brother throws up after every meal, the doctor says its reflux',
    'i puked at the party lol, mum thinks i had food poisoning',
    'i was sick after the rollercoaster, never again',
    'we learned about bulimia in pshe, people throw up after eating so they dont gain weight',
    'wymiotowałam wczoraj po obiedzie, chyba zatrucie',
    'vomité después de comer en ese restaurante, que asco',
    'ho vomitato dopo cena, avevo la febbre',
])
def test_illness_and_discussion_vomiting_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    'the cat scratched my arm lol, there are marks everywhere',
    'i told mum the cat broke the vase but it was me lol',
    'told my mum i fell off my bike and its true, look at my knee',
    'bought razor blades for my dads razor',
    'my mum thinks the scratches are from the cat and she is right, he is wild',
    'i use a razor for my eyebrows, mum thinks its weird',
    'the marks on my legs are from football, they were not deep',
    'mama myśli że mam grypę, leżę w łóżku',
    '我告诉妈妈手上的伤是猫抓的，真的是它抓的',
    '跟老师说是不小心摔的，其实是被同学推的',
])
def test_real_scratches_and_other_lies_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    'its my fault we lost the match, i deserve the bench',
    '弟弟打游戏输了，说都是我的错，气死我了',
])
def test_accidents_and_abuse_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    'how many floors does the new mall have',
    'quanti piani ha il palazzo della scuola?',
    'how many floors do you need for a skyscraper to count as one',
    'the janitor checked if the roof door is locked and it is',
    'checked if the front door is locked. its not, mum forgot again',
    'we found out the roof door is open so we got our ball back',
    'la porta del tetto è aperta per la festa',
    'the medicine cabinet is locked so i cant get a plaster lol',
])
def test_buildings_and_other_doors_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    'i cut my hair 3 times this year',
    'me corté el pelo 3 veces este año',
    'i cut my finger yesterday, it doesnt hurt anymore',
    'cutting class 3 times this week got me detention',
    'mi sono tagliata i capelli due volte',
    '割草割了三次',
])
def test_haircuts_and_everyday_cuts_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    'put a coin on the train tracks and see what happens lol',
    'gonna drive on the highway in gta tonight and see what happens',
    'going swimming tomorrow, not coming back till dinner',
    'we swam out to the island and didnt come back until dark',
    "i'll try the new rollercoaster and see what happens",
    'drank so much water i almost passed out lol',
])
def test_coins_games_and_swims_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    'ya tengo todo listo para la fiesta del viernes, gracias por todo chicos',
    "tout est prévu pour samedi, l'anniversaire de léa va être top, merci pour tout",
    'i have everything ready for tomorrows exam, just wanted to say thanks for the notes',
    'alles ist für freitag geplant, die party wird super, danke für alles',
    'si desaparezco un rato es que estoy en el dentista',
])
def test_parties_and_exams_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", [
    'agar tumhara dost udaas hai aur khud ko hurt karne ki baat kare to teacher ko zaroor batao',
    'eu já me cortei quando tinha 12, hoje tenho 16 e tô bem. se alguém precisar o CVV (188) ajuda muito',
    'me cortaba cuando tenía 13, ahora tengo 17 y estoy bien',
    "je me scarifiais quand j'avais 13 ans, aujourd'hui j'en ai 17 et ça va bien",
    "ich hab mich geritzt als ich 13 war, jetzt bin ich 17 und mir geht's gut",
    'mi tagliavo quando avevo 13 anni, ora ne ho 17 e sto bene',
    'i used to cut when i was 12, im 16 now and im fine',
    'agar teri dost khud ko hurt kare to kisi bade ko zarur batana',
])
def test_recovered_ages_and_advice_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


def test_abuse_alone_is_not_self_harm(pipe: Pipeline) -> None:
    # held for the abuse disclosure, not as the writer hurting themselves
    v = pipe.check("my dad hits me sometimes and i dont know who to tell")
    assert "self_harm" not in v.categories, v.reasons
