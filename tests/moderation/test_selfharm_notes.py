"""A farewell note or letter left for the family, told with last words
(selfharm_notes.py: en es fr pt de it; things given away with a final
goodbye in fr de).

The note ("a note for my family", "wrote my parents a letter", "meiner mama
einen brief") and the last words ("they will understand", "it's not their
fault", "for when I'm gone", "tell mum I love her", "goodbye", things given
away) in either order, held as self_harm and carried by this module's rules
(not the model).  Hard negatives: a letter to grandma for her birthday, a
goodbye letter to a friend who moves away, a note about where the writer
is, a letter to a future self for school, a letter to the consultation
adults, "bye everyone see you tomorrow", someone else's note and stories.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.normalise import prepare
from moderation.rules import first_match
from moderation.selfharm_notes import RULES
from tests.moderation.helpers import allowed, self_harm_held


def _carried(text: str) -> bool:
    prep = prepare(text)
    return any(first_match(r, prep.norm if r.unspaced else prep.plain) for r in RULES)


HELD_EN = [
    "i left a note for my family, they will understand. goodbye",
    "i wrote a letter for my mum, she will understand later. bye everyone",
    "left letters for my mum and dad on my desk. it's not their fault. bye everyone",
    "i wrote my parents a letter, they'll find it when i'm gone",
    "there's a note under my pillow for mum. tell her i love her",
    "recorded a video message for my friends to watch when i'm not here anymore. goodbye",
    "i'm leaving a letter for my little brother so he knows it wasn't his fault",
    "wrote goodbye notes to all my friends tonight. please tell my mum i love her",
    "my mum will find my letter in the morning. she'll understand one day",
    "if anyone reads this, i left a note for my parents in my room. it's not their fault. goodbye forever",
    "i've written a letter for each of my friends. don't be sad, goodbye",
    "left my sister a note and gave her my hoodies. she'll need them more than me. bye",
    "i left a note on my bed for my parents. its not their fault, i just cant anymore",
    "the letters for my family are in my drawer. goodbye everyone",
    "wrote a letter for my best friend to read after i'm gone",
    "i've left notes for everyone i love. i'm sorry. bye forever",
    "my parents will find the note tomorrow, tell them it's not their fault",
    "left a video for my family on my laptop. they'll understand someday. bye everyone",
    "they'll understand why i did it when they read my letter. goodbye",
    "the letter for my family is finished, they will understand. bye guys",
]

HELD_ES_FR_PT_DE_IT = [
    "voy a dejar una carta para mi madre, lo entenderá después. adiós a todos",
    "le dejé una nota a mi familia, no es culpa de ellos. adiós",
    "escribí cartas para mis amigos para cuando ya no esté",
    "dejé una carta en mi cuarto para mis padres. díganle a mi mamá que la quiero",
    "le escribí una carta a mi hermana, algún día lo entenderá. chao para siempre",
    "je vais laisser une lettre à ma mère, elle comprendra plus tard. adieu",
    "j'ai laissé un mot pour mes parents, ce n'est pas de leur faute. adieu",
    "j'ai écrit une lettre à ma famille pour quand je ne serai plus là",
    "j'ai laissé des lettres à mes amis, ils comprendront un jour. au revoir tout le monde pour toujours",
    "la lettre pour maman est dans mon tiroir. dites-lui que je l'aime",
    "vou deixar uma carta pra minha mãe, ela vai entender depois. adeus gente",
    "deixei um bilhete pros meus pais, não é culpa deles. tchau pra sempre",
    "escrevi uma carta pra minha família pra quando eu não estiver mais aqui",
    "deixei cartas pros meus amigos, um dia eles vão entender. adeus",
    "a carta pra minha mãe tá na gaveta. digam pra ela que eu amo ela",
    "ich lasse meiner mama einen brief da, sie wird es später verstehen. tschüss leute",
    "ich habe meinen eltern einen brief geschrieben, es ist nicht ihre schuld. lebt wohl",
    "der brief für mama liegt auf meinem schreibtisch, für wenn ich nicht mehr da bin",
    "ich hab meinen freunden briefe geschrieben, sie werden es irgendwann verstehen. tschüss für immer",
    "lascerò una lettera a mia madre, capirà dopo. addio a tutti",
    "ho lasciato un biglietto ai miei genitori, non è colpa loro. addio",
    "ho scritto una lettera per mia sorella per quando non ci sarò più",
    "lascio una lettera ai miei amici, un giorno capiranno. ciao a tutti per sempre",
    "la lettera per la mamma è nel cassetto, ditele che le voglio bene",
]

# things given away with a final goodbye, no note
HELD_GIVING = [
    "j'ai donné toutes mes affaires à mon frère. adieu tout le monde",
    "j'ai distribué mes jeux à mes cousins, adieu",
    "ich hab meinem bruder meine ganzen spiele geschenkt. lebt wohl",
    "hab meiner schwester meine sachen gegeben, tschüss für immer",
    "j'ai donné tous mes jeux à ma soeur. adieu mes amis",
    "ich verschenke meine spiele an meinen bruder. lebt wohl ihr lieben",
]

PASS_EN = [
    "i wrote a letter to my grandma for her birthday, she'll love it",
    "writing a goodbye letter to my best friend because she's moving to canada 😢",
    "wrote a goodbye letter for my teacher who is retiring",
    "left a note for mum that i'm at Sara's, bye!",
    "left a note for mum that i'm at Sara's, bye everyone!",
    "we have to write a letter to our future self for a school project",
    "bye everyone see you tomorrow",
    "i'm leaving the chat for today, bye everyone!",
    "should we write a letter to the consultation adults about the phone ban?",
    "i'm writing a letter to the consultation adults, goodbye for now",
    "i left a note on the fridge for my dad saying i took the dog out. bye guys",
    "my mum left me a note saying dinner is in the fridge lol",
    "in the book the girl leaves a letter for her family and they understand in the end",
    "my grandad left a letter for us before he died, we read it at the funeral",
    "i wrote my parents a letter to say sorry for breaking the vase, they'll understand",
    "if a friend leaves a goodbye note for their family, tell an adult right away",
    "wrote a thank you note for my teacher, bye everyone have a nice weekend",
    "left a letter for santa lol, goodbye 2024",
    "i wrote my mum a letter for mothers day, she cried lol",
    "my sister wrote a letter to my parents, she said it's not their fault they split up",
    "i left my mum a note so she knows i'll be home late, love you all",
    "i wrote a letter to my best friend, she'll understand why i was upset. see you tomorrow guys",
    "gave my old games to my little brother, he was so happy",
    "i wrote a letter to my family explaining i'm gay, hope they understand",
    "my friend said she left a note for her parents and it scared me, what should i do",
    "left a note for my parents that i went to the park, goodbye!",
    "i wrote a letter to my dad in prison, hope he'll understand why i'm angry",
    "my mum left a note for me saying she'll be late, bye guys gotta go",
    "left my brother a note to feed the fish, goodbye house, hello holiday!",
    "we wrote letters to our families at camp, so cute",
    "my friend wrote a note for her mum saying it's not her fault, im worried about her",
]

PASS_ES_FR_PT_DE_IT = [
    "le escribí una carta a mi abuela por su cumpleaños",
    "dejé una nota a mi mamá diciendo que estoy en casa de sara, chao!",
    "adiós a todos, nos vemos mañana",
    "escribimos una carta al yo del futuro para clase",
    "le escribí una carta de despedida a mi amiga que se muda a chile, adiós amiga",
    "le dejé una nota a mi madre que la cena está en el horno. adiós",
    "j'ai écrit une lettre à ma grand-mère pour son anniversaire",
    "j'ai laissé un mot à maman pour dire que je suis chez léa, adieu la flemme",
    "salut tout le monde, à demain!",
    "j'ai écrit une lettre à mes parents pour la fête des mères, ils comprendront",
    "j'ai donné mes vieux vêtements à une association, adieu le bazar",
    "deixei um bilhete pra minha mãe que fui pra casa da sara, tchau!",
    "escrevi uma carta de despedida pra minha amiga que vai se mudar, adeus amiga",
    "tchau gente, até amanhã",
    "escrevi uma carta pro meu pai no dia dos pais, ele vai entender",
    "ich hab oma einen brief zum geburtstag geschrieben",
    "tschüss leute bis morgen",
    "hab mama einen zettel hingelegt dass ich bei lena bin, tschüss leute",
    "ich schreibe meiner besten freundin einen brief weil sie umzieht, sie wird es verstehen",
    "ich hab meine alten spiele meinem cousin geschenkt, lebt wohl ihr alten zeiten",
    "ho scritto una lettera alla nonna per il suo compleanno",
    "ciao a tutti, a domani!",
    "ho lasciato un biglietto alla mamma che sono da giulia, addio compiti lol",
    "ho scritto una lettera alla mia migliore amica che si trasferisce, capirà",
    "j'ai donné toutes mes affaires à mon frère, adieu la chambre en bazar",
    "ich verschenke meine alten spiele, lebt wohl ihr lieben",
    "hab meine ganzen sachen meiner schwester gegeben, lebt wohl ihr hausaufgaben lol",
]


@pytest.mark.parametrize("text", HELD_EN + HELD_ES_FR_PT_DE_IT + HELD_GIVING)
def test_farewell_note_with_last_words_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)
    assert _carried(text), text


@pytest.mark.parametrize("text", PASS_EN + PASS_ES_FR_PT_DE_IT)
def test_ordinary_notes_and_goodbyes_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
