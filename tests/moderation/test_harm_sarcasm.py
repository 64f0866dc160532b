"""Sarcastic put-downs aimed at the reader (harm_sarcasm.py, harm_sarcasm_langs.py): mock
bravery, congratulations and concern, "cute that you think anyone asked", "love how you never
shut up", "nice try, use your brain", "did your mum dress you? it shows", "dropped on your head
as a baby" and backhanded compliments, in en fr es pt de it (ru tr pl id where natural).  Sincere
praise, irony about things, the writer about themselves, real concern, banter and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

MOCK_BRAVERY = [
    "so brave of you to share your 'poetry'",
    'so brave of u to post ur "art" lmao',
    'how brave of you to post that face',
    'wow so brave of you to sing with that voice',
    'bold of you to post a selfie looking like that',
    'so brave of you to wear that at your size',
    'brave of u to show ur face after that tbh',
    "very courageous of you to share your 'talent' with us",
    "bold of you to call that 'dancing'",
    'bold of you to assume anyone cares',
    "trop courageux de partager ta 'poésie'",
    "qué valiente compartir tu 'poesía'",
    # written after the rules
    'so brave of you to post your "singing" on tiktok',
    'bold of u to show that face in the group pic',
]
MOCK_CONGRATS = [
    'wow congrats on being the most annoying person here',
    'congrats on being the biggest loser in the class',
    'congratulations on being single forever',
    'congrats on having zero friends',
    'well done for being the most useless player again',
    'congrats ur officially the most cringe person in this chat',
    'someone give her a medal for being the ugliest girl in school',
    'you deserve an award for being so annoying',
    'gold star for being useless',
    'congrats on failing at life',
    "félicitations, t'es officiellement le plus chiant de la classe",
    'bravo pour être la plus nulle du groupe',
    "bravo d'être le plus lourd du groupe",
    'felicidades por ser el más pesado del grupo',
    'enhorabuena por ser la más tonta de la clase',
    'parabéns por ser o mais chato do grupo',
    'glückwunsch, du bist offiziell der nervigste hier',
    'herzlichen glückwunsch, die peinlichste person der klasse zu sein',
    'complimenti per essere il più fastidioso del gruppo',
    # written after the rules
    'congrats on being the only one in class with no friends',
    'congratulations ur officially the biggest joke in year 8',
    'felicidades, eres oficialmente la más pesada del grupo',
    'glückwunsch, du bist offiziell die peinlichste person hier',
    'parabéns, você é oficialmente a mais chata da sala',
]
THINKS_ANYONE_CARES = [
    'cute that you think anyone asked',
    'its cute how u think anyone cares',
    'adorable that you think people like you',
    "aww cute, you actually think you're funny",
    'so cute that you think you can sing',
    'funny how you think anybody cares about your opinion',
    'hilarious that u still think ur the main character',
    'cute how you think i care',
    "it's adorable that you think you're pretty",
    'lol you really think anyone asked',
    "c'est mignon que tu crois que quelqu'un t'a demandé",
    "trop mignon, tu crois vraiment que ça intéresse quelqu'un",
    'qué tierno que pienses que a alguien le importa',
    'que mono que creas que alguien te preguntó',
    'que fofo você achar que alguém perguntou',
    'fofo você pensar que alguém se importa',
    'süß, dass du denkst, dass es jemanden interessiert',
    'niedlich, wie du glaubst, dass dich jemand gefragt hat',
    'che carino che pensi che a qualcuno importi',
    'мило, что ты думаешь, что кому-то интересно',
    'birinin umursadığını sanman çok tatlı',
    'słodkie, że myślisz, że kogoś to obchodzi',
    'lucu ya kamu pikir ada yang nanya',
    # written after the rules
    "aww it's cute u think ur popular",
    "it's so funny how you still think anybody likes you",
    "c'est mignon que tu penses que les gens t'aiment",
    'que linda que creas que alguien te preguntó',
    'che tenero che credi che qualcuno ti abbia chiesto',
]
LOVE_HOW_YOU = [
    'love how you always talk and never say anything',
    'i love how u never shut up',
    'gotta love how you make everything about yourself',
    'love how you always ruin everything',
    'love the way you talk so much and say nothing',
    "i just love how you think you're better than everyone",
    'love how u cant take a hint',
    'love how you always have to be the center of attention',
    "j'adore comment tu parles toujours pour ne rien dire",
    "j'adore comme tu ramènes tout à toi",
    'me encanta cómo siempre hablas y nunca dices nada',
    'me encanta como te crees graciosa',
    'amo como você sempre fala e nunca diz nada',
    'ich liebe es, wie du immer redest und nie was sagst',
    'adoro come parli sempre senza dire niente',
    # written after the rules
    'love how u always make everything about urself',
]
USE_YOUR_BRAIN = [
    'nice try, maybe next time use your brain',
    'nice try loser',
    'good try, next time try using a brain',
    'nice try clown',
    'nice attempt, maybe get a brain first',
    'use your brain for once',
    'try using your brain for once in your life',
    'use your brain, if you even have one',
    'bien essayé, la prochaine fois utilise ton cerveau',
    'utilise ton cerveau pour une fois',
    'buen intento, la próxima vez usa el cerebro',
    'usa el cerebro por una vez',
    'boa tentativa, da próxima vez usa o cérebro',
    'netter versuch, nächstes mal benutz dein gehirn',
    'benutz dein hirn, falls du eins hast',
    'bel tentativo, la prossima volta usa il cervello',
    'usa il cervello per una volta',
    # written after the rules
    'nice try but maybe use your two brain cells next time',
    'use ur brain for a change',
]
DRESSED_BY_MUM = [
    'did your mum dress you, it shows',
    'did ur mom pick ur clothes today? it shows',
    'did your grandma do your hair? cause it shows',
    'did you get dressed in the dark',
    'did you do your makeup in the dark or what',
    'did your little brother cut your hair? clearly',
    "c'est ta mère qui t'habille ? ça se voit",
    '¿te viste tu madre? se nota',
    'foi sua mãe que te vestiu? dá pra ver',
    'hat dich deine mama angezogen? sieht man',
    'ti veste tua madre? si vede',
    # written after the rules
    'did your mom pick that outfit? bc it shows',
    'did ur grandma dress u this morning it shows',
]
DROPPED_ON_HEAD = [
    'were you dropped on your head as a baby',
    'did your mum drop you on your head',
    'u got dropped on ur head as a kid didnt u',
    'how many times were you dropped as a baby',
    'did you fall on your head when you were little',
    "t'es tombé sur la tête quand t'étais petit ?",
    "on t'a fait tomber quand t'étais bébé ou quoi",
    '¿te caíste de la cuna de pequeño?',
    '¿te dejaron caer de chiquito?',
    'caiu do berço quando era bebê?',
    'bist du als baby auf den kopf gefallen?',
    'bist du als kind vom wickeltisch gefallen',
    'sei caduto dalla culla da piccolo?',
    'тебя в детстве роняли?',
    'тебя в детстве головой роняли',
    'küçükken kafanın üstüne mi düştün',
    'upuścili cię na głowę jak byłeś mały?',
    'waktu kecil kepalamu kebentur ya?',
    # written after the rules
    'were u dropped on ur head as a baby or smth',
    'bist du als kind auf den kopf gefallen oder was',
    'sei caduta dalla culla?',
    'тебя походу в детстве роняли',
]
BACKHANDED = [
    "you're pretty for a fat girl",
    'ur actually cute for a fat kid',
    "you're kinda smart for someone so ugly",
    "you'd be pretty if you lost weight",
    "you would be cute if you weren't so annoying",
    "you'd be so much prettier if you didn't talk",
    "you're not as dumb as you look",
    "you're smarter than you look",
    'you have a face for radio',
    'you look nice for once',
    'you actually look decent today for once',
    "you're so smart... NOT",
    'ur so pretty not',
    "t'es jolie pour une grosse",
    "t'es moins bête que t'en as l'air",
    'eres guapa para ser gorda',
    'você é bonita pra uma gorda',
    'você não é tão burro quanto parece',
    'du bist hübsch für eine dicke',
    'du bist nicht so dumm wie du aussiehst',
    'sei carina per essere grassa',
    'non sei stupido come sembri',
    # written after the rules
    'ur pretty for a fat girl ngl',
    "you'd be cute if u lost some weight",
    'ur not as dumb as u look',
    "t'es pas aussi bête que t'en as l'air",
]
MOCK_CONCERN = [
    'rip your hairline',
    'rip to your last brain cell',
    'thoughts and prayers for your two brain cells',
    'i feel sorry for your future kids',
    'i feel sorry for your parents having to deal with you',
    'your last brain cell must be lonely',
    'do you need a map to find your brain',
    'did your only brain cell die',
    'pray for your mirror',
    'ok einstein',
    'well done einstein',
    'nice one einstein, 2+2 is 4',
    'wow your drawing is amazing, said no one ever',
    "you're so funny said nobody ever",
    # written after the rules
    'rip ur last brain cell',
    'i feel so sorry for ur future kids',
    'ok einstein whatever you say',
    'nice try einstein',
]
# German "dick" (fat) at the reader, which the lexicon no longer holds in German text
DICK_AT_READER = [
    'du bist so dick',
    'du bist echt voll dick',
    'bist du dick geworden lol',
]

SINCERE = [
    'so brave of you to share that, thank you',
    'so brave of you to share your story ❤',
    'that was brave of you to share your poem with the class',
    'bold of you to wear yellow, it looks amazing',
    'so brave of you to sing in front of everyone, you were great',
    "so brave of you to speak in public, i'd be so nervous",
    'brave of you to go out in this weather',
    'congrats on your exam!',
    'congrats on being picked for the team!!',
    'congrats on being captain, you deserve it',
    'well done for being so brave at the dentist',
    'congrats on being the most improved player this year',
    'congrats on being the first one done!',
    'congratulations you are a big sister now',
    'love how you explained it',
    'i love how you always make me laugh',
    'love how you never give up',
    'love how you always help me and never complain',
    "i love how you think, you're so smart",
    'cute that you think of me',
    "it's cute how you think about your little brother",
    'funny how you think the same as me',
    'do you think anyone cares if i leave early?',
    "nice try! you'll get it next time",
    'nice try, use your left foot next time',
    'good try, next time aim lower',
    'use your brain to solve the puzzle',
    'nice effort today everyone, great teamwork',
    "did your mum make your costume? it's amazing",
    'did your mum dress you up as a witch for halloween?',
    'did your mum cut your hair? it looks so nice',
    "did your mum pick that outfit? it's so cute, clearly she has taste",
    "you're pretty good for a beginner",
    "you're tall for a 10 year old",
    'you would be so pretty in that dress',
    "you'd be so cute if you wore your hair down",
    'you look younger than you are',
    "you're so pretty, not gonna lie",
    'you are so cool not like my brother',
    'einstein was a genius',
    "we learned about einstein's theory today",
    'thanks einstein for the theory of relativity',
    'félicitations pour ton exam !',
    "bravo d'avoir été si courageuse",
    'bravo, t’es la meilleure de la classe',
    "c'est mignon que tu penses à moi",
    'c’est trop mignon, tu crois au père noël encore',
    "j'adore comment tu expliques",
    "j'adore quand tu parles de ton chat",
    "bien essayé ! la prochaine fois tu l'auras",
    "utilise ton cerveau pour résoudre l'énigme",
    "c'est ta mère qui t'a fait ce gâteau ? il est trop bon",
    "c'est ta mère qui t'habille pour le mariage ?",
    "t'es jolie dans cette robe",
    'trop courageux de partager ton histoire, merci',
    '¡felicidades por tu examen!',
    'enhorabuena por ser la mejor de la clase',
    'qué tierno que pienses en mí',
    'me encanta cómo explicas',
    'buen intento, la próxima vez lo logras',
    'usa el cerebro y piensa bien la respuesta',
    '¿te vistió tu madre para la boda? qué guapo',
    'qué valiente compartir tu historia, gracias',
    'parabéns pela prova!',
    'parabéns por ser a melhor aluna',
    'que fofo você pensar em mim',
    'amo como você explica',
    'boa tentativa, da próxima vez você consegue',
    'foi sua mãe que fez seu bolo? tá ótimo',
    'glückwunsch zur prüfung!',
    'glückwunsch, du bist der beste torwart hier',
    'süß, dass du an mich denkst',
    'ich liebe es, wie du erklärst',
    'netter versuch, nächstes mal klappt es',
    'hat dich deine mama zur schule gebracht?',
    'du bist nicht dick, du bist schön so wie du bist',
    'du bist so dick angezogen, ist dir nicht warm?',
    'complimenti per il compito!',
    'che carino che pensi a me',
    'adoro come spieghi',
    'bel tentativo, la prossima volta ce la fai',
    'sei carina con quel vestito',
    'мило, что ты думаешь обо мне',
    'benim için düşünmen çok tatlı',
    'słodkie, że o mnie myślisz',
    'lucu banget kucingnya',
]
ABOUT_THINGS = [
    'wow great, the wifi died again',
    'love how the bus is always late',
    'cute how the dog thinks he\'s a cat',
    'wow congrats, the printer works for once',
    'the weather is nice for once',
    "it's not as hard as it looks",
    'pineapple on pizza is good said no one ever',
    'rip your phone screen 😭',
    'génial, le wifi a encore planté',
    "c'est pas aussi dur que ça en a l'air",
    'genial, se fue el wifi otra vez',
    'non è difficile come sembra',
    'wenn du so viel isst wirst du dick',
]
ABOUT_ONESELF = [
    'congrats to me for forgetting my homework lol',
    'congrats to us on being the worst team in the league lmao',
    'love how my brain never shuts up at night',
    'i was dropped on my head as a baby, explains a lot lol',
    'i look good for once lol',
    'bold of you to assume i did my homework lol',
    'félicitations à moi d\'avoir oublié mes devoirs mdr',
    'felicidades a mí por olvidar la tarea jaja',
    'je suis tombée sur la tête à la récré, j\'ai une bosse',
    'ich bin als kind auf den kopf gefallen, deshalb die narbe',
    'меня в детстве роняли, шучу',
    'меня походу в детстве роняли',
    'küçükken bisikletten düştüm',
    'spadłem z roweru jak byłem mały',
    'waktu kecil aku jatuh dari sepeda',
]
REAL_CONCERN = [
    'did your mum drop you off at school?',
    'did you fall off your bike? are you okay',
    "my little brother fell on his head at the park but he's fine",
    "rip your grandma, i'm so sorry",
    'i feel sorry for your mum, hope she gets better',
    'my condolences to your family ❤',
    'bist du auf den kopf gefallen? tut es weh?',
    'mi hermanito se cayó de la cuna pero está bien',
    'meu irmão caiu do berço ontem mas tá bem',
    'mio fratello è caduto dalla culla ma sta bene',
]
BANTER = [
    'nice try loser lol jk ily',
    'congrats on being the most annoying person here, love u bestie',
    'cute that you think anyone asked lol jk ily',
    "love how you never shut up about your cat, it's so cute",
]
REPORTS = [
    "someone wrote 'nice try loser' under my video and I reported it",
    "she commented 'so brave of you to share your poetry' and i told my teacher",
    'a girl in my class keeps asking "did your mum dress you, it shows" and i told my mum',
    'he said "were you dropped on your head as a baby" to me and i reported him',
    'she told me congrats on having zero friends and i told the teacher',
    'my friend got a message saying were you dropped on your head as a baby, we reported it',
    'what does "cute that you think anyone asked" mean?',
    'how do i reply when someone says congrats on being the most annoying person here',
    'er hat geschrieben "glückwunsch, du bist der nervigste hier" und ich hab ihn gemeldet',
    'elle m\'a écrit "c\'est ta mère qui t\'habille ? ça se voit" et je l\'ai signalée',
]


@pytest.mark.parametrize("text", MOCK_BRAVERY)
def test_mock_bravery_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", MOCK_CONGRATS)
def test_mock_congratulations_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", THINKS_ANYONE_CARES)
def test_cute_that_you_think_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", LOVE_HOW_YOU)
def test_love_how_you_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", USE_YOUR_BRAIN)
def test_use_your_brain_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", DRESSED_BY_MUM)
def test_dressed_by_mum_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", DROPPED_ON_HEAD)
def test_dropped_on_head_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", BACKHANDED)
def test_backhanded_compliment_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", MOCK_CONCERN)
def test_mock_concern_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", DICK_AT_READER)
def test_german_dick_at_reader_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", lang="de")
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_praise_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", ABOUT_THINGS)
def test_irony_about_things_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", ABOUT_ONESELF)
def test_self_deprecation_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REAL_CONCERN)
def test_real_concern_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", BANTER)
def test_banter_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reports_and_questions_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
