"""HateCheck-style functional tests for the sixth wave of self-harm families:
indirect disclosures written fresh for this wave (not taken from any held-out
set) in nine languages and their romanised chat forms - exhaustion with
everything, "nothing matters anymore", sleeping and never waking, burden,
farewell sign-offs, saved pills and rooftops, burning/hitting oneself,
relapse, "I wish I'd never been born", "what if I just wasn't here", past
attempts - and the hard negatives each family must let through (hyperbole,
games, plans for the weekend, accidents, third-person reports and advice).

Why: self-harm recall on unseen messages is the most important safety
figure; indirect phrasings were the usual misses."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "im so done with everything honestly"),
    ("en", "honestly im done with it all"),
    ("en", "nothing matters anymore tbh"),
    ("en", "idk how much longer i can keep going"),
    ("en", "im tired of being alive"),
    ("es", "ya estoy harta de todo, no quiero seguir"),
    ("es", "nada importa ya"),
    ("es", "ya no puedo mas con mi vida"),
    ("fr", "jsuis trop fatiguée de tout, jveux plus rien"),
    ("fr", "plus rien n'a de sens"),
    ("fr", "j'ai plus la force de vivre"),
    ("pt", "to cansada de tudo, nao aguento mais"),
    ("pt", "nada mais importa"),
    ("pt", "nao tenho mais forca pra viver"),
    ("de", "ich kann einfach nicht mehr, alles egal"),
    ("de", "nichts ist mehr wichtig"),
    ("de", "hab keine kraft mehr zu leben"),
    ("ru", "я так устала от всего, больше не могу"),
    ("ru", "ничего уже не имеет смысла"),
    ("ru", "ya ustala ot vsego ne mogu bolshe"),
    ("ar", "تعبت من كل شي خلاص"),
    ("ar", "ما في شي يهمني بعد الحين"),
    ("ar", "ta3abt mn kol shi 5alas"),
    ("zh", "我真的好累 什么都不想要了"),
    ("zh", "一切都没有意义了"),
    ("zh", "活着好没意思 想消失"),
    ("hi", "main sab se thak gayi hu ab aur nahi hota"),
    ("hi", "ab kuch bhi matter nahi karta"),
    ("hi", "zindagi se thak gaya hu bas ab"),
    ("hi", "मैं थक गई हूं अब और नहीं होता"),
])
def test_hopelessness_and_exhaustion(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i just want to sleep and never wake up 😴"),
    ("en", "i hope i dont wake up tomorrow"),
    ("es", "quiero dormir y no despertar nunca"),
    ("fr", "jveux dormir et plus jamais me réveiller"),
    ("pt", "queria dormir e nunca mais acordar"),
    ("de", "will einschlafen und nie wieder aufwachen"),
    ("ru", "хочу уснуть и не проснуться"),
    ("ru", "hochu usnut i ne prosnutsya"),
    ("ar", "ابي انام وما اصحى"),
    ("ar", "bade nam w ma os7a"),
    ("zh", "想睡过去再也不醒来"),
    ("hi", "bas sona hai aur kabhi uthna nahi"),
    ("hi", "सोना है और कभी नहीं उठना"),
])
def test_sleep_and_never_wake(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "everyone would be better without me"),
    ("es", "todos estarian mejor sin mi"),
    ("fr", "tout le monde serait mieux sans moi"),
    ("pt", "todo mundo ficaria melhor sem mim"),
    ("de", "alle wären besser dran ohne mich"),
    ("ru", "всем будет лучше без меня"),
    ("ru", "vsem budet luchshe bez menya"),
    ("ar", "الكل بيكون احسن بدوني"),
    ("ar", "kolhom a7san bdoni"),
    ("zh", "没有我大家会过得更好"),
    ("hi", "mere bina sab khush rahenge"),
    ("hi", "मेरे बिना सब खुश रहेंगे"),
])
def test_burden(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "thanks for everything guys, bye forever"),
    ("en", "you wont see me again after tonight"),
    ("en", "bye forever guys ❤️"),
    ("en", "no one will ever see me again"),
    ("es", "gracias por todo, adios para siempre"),
    ("es", "ya no me van a ver mas"),
    ("fr", "merci pour tout, adieu"),
    ("fr", "vous me reverrez plus"),
    ("pt", "obrigada por tudo, tchau pra sempre"),
    ("pt", "vcs nao vao me ver mais"),
    ("de", "danke für alles, tschüss für immer"),
    ("de", "ihr werdet mich nie wieder sehen"),
    ("ru", "спасибо за все, прощайте"),
    ("ru", "вы меня больше не увидите"),
    ("ru", "вы больше никогда меня не увидите"),
    ("ar", "شكرا على كل شي مع السلامه للابد"),
    ("ar", "ما راح تشوفوني مره ثانيه"),
    ("ar", "bye lel abad"),
    ("zh", "谢谢你们 再见了 永别了"),
    ("zh", "以后你们不会再见到我了"),
    ("zh", "你们再也见不到我了"),
    ("hi", "thank you sab kuch ke liye bye forever"),
    ("hi", "tum log mujhe dobara nahi dekhoge"),
])
def test_farewell(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ive been saving my pills for weeks, i have like 40 now"),
    ("en", "i been hoarding my mums sleeping pills"),
    ("en", "standing on the roof rn thinking about it"),
    ("en", "gonna go to the bridge tonight and end it"),
    ("en", "i bought a rope"),
    ("es", "estoy guardando pastillas"),
    ("es", "estoy en la azotea pensando en saltar"),
    ("fr", "j'ai gardé des cachets, j'en ai 30"),
    ("fr", "je suis sur le toit et je pense à sauter"),
    ("pt", "to guardando remedio faz semanas"),
    ("pt", "to no telhado pensando em pular"),
    ("de", "ich sammel schon seit wochen tabletten"),
    ("de", "steh auf dem dach und denk ans springen"),
    ("ru", "я коплю таблетки уже месяц"),
    ("ru", "стою на крыше думаю прыгнуть"),
    ("ar", "اجمع حبوب من اسابيع"),
    ("ar", "انا فوق السطح افكر انط"),
    ("zh", "我攒了好多安眠药"),
    ("zh", "我在天台上 想跳"),
    ("hi", "maine goliyan jama kar li hai"),
    ("hi", "chhat pe khadi hu kood jaungi"),
])
def test_plans_and_means(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i keep burning myself with a lighter"),
    ("en", "i burn my wrists with a lighter"),
    ("en", "clean for 23 days and i relapsed last night"),
    ("en", "i keep hitting myself when im angry until it bruises"),
    ("en", "i punch myself in the head until it hurts"),
    ("en", "i scratch my arms till they bleed"),
    ("es", "me corte otra vez anoche"),
    ("es", "me quemo con el encendedor"),
    ("es", "llevaba 30 dias limpia y recai"),
    ("es", "me pego a mi misma cuando me enojo"),
    ("fr", "je me suis encore coupée hier soir"),
    ("fr", "je me brûle avec un briquet"),
    ("fr", "j'ai rechuté après 2 mois"),
    ("fr", "je me frappe quand je suis en colère"),
    ("pt", "me cortei de novo ontem"),
    ("pt", "eu me queimo com isqueiro"),
    ("pt", "tava limpa ha 40 dias e recai"),
    ("pt", "eu me bato quando fico com raiva"),
    ("de", "hab mich gestern wieder geschnitten"),
    ("de", "ich verbrenne mich mit dem feuerzeug"),
    ("de", "war 50 tage clean und hatte nen rückfall"),
    ("de", "ich schlage mich selbst wenn ich wütend bin"),
    ("ru", "опять порезалась вчера"),
    ("ru", "я прижигаю себя зажигалкой"),
    ("ru", "держалась 20 дней и сорвалась, опять режусь"),
    ("ru", "я бью себя когда злюсь"),
    ("ru", "ya opyat porezalas"),
    ("ar", "جرحت نفسي مره ثانيه امس"),
    ("ar", "احرق نفسي بالولاعه"),
    ("ar", "jara7t nafsi mara tanye"),
    ("zh", "我昨天又割了"),
    ("zh", "我用打火机烫自己"),
    ("zh", "生气的时候我会打自己"),
    ("zh", "我会掐自己"),
    ("hi", "maine fir se haath kaat liya"),
    ("hi", "main khud ko lighter se jalati hu"),
    ("hi", "मैंने फिर से हाथ काट लिया"),
])
def test_self_injury(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i wish i was never born"),
    ("en", "i wish i had never been born fr"),
    ("en", "what if i just wasnt here anymore"),
    ("en", "what if i wasnt around anymore"),
    ("es", "ojala no hubiera nacido"),
    ("es", "y si simplemente desapareciera"),
    ("fr", "j'aurais préféré ne jamais naître"),
    ("fr", "et si je disparaissais juste"),
    ("pt", "queria nunca ter nascido"),
    ("pt", "e se eu simplesmente sumisse"),
    ("de", "ich wünschte ich wäre nie geboren"),
    ("de", "was wäre wenn ich einfach nicht mehr da wäre"),
    ("ru", "лучше бы я не рождалась"),
    ("ar", "ياريتني ما انولدت"),
    ("ar", "ya retni ma etwaladt"),
    ("zh", "真希望我没有出生"),
    ("hi", "kaash main paida hi na hoti"),
    ("hi", "काश मैं पैदा ही ना होती"),
])
def test_passive_ideation(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "last time i tried i took pills and woke up in hospital"),
    ("en", "the first time i tried i ended up in a and e"),
    ("es", "la ultima vez que lo intente me tome pastillas"),
    ("fr", "la dernière fois que j'ai essayé j'ai avalé des médocs"),
    ("pt", "da ultima vez que eu tentei tomei remedio"),
    ("de", "letztes mal als ich es versucht hab hab ich tabletten genommen"),
    ("ru", "в прошлый раз когда я пыталась я наглоталась таблеток"),
    ("ar", "المره اللي فاتت حاولت وبلعت حبوب"),
    ("zh", "上次我试过吞药"),
    ("hi", "pichli baar try kiya tha goliyan kha li thi"),
])
def test_past_attempts(pipe: Pipeline, lang: str, text: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "im dead 💀"),
    ("en", "this test killed me"),
    ("en", "ugh kill me now lol"),
    ("en", "i died laughing at that video"),
    ("en", "i killed the boss finally"),
    ("es", "me muero de risa 😂"),
    ("es", "este examen me mato"),
    ("fr", "je suis morte de rire"),
    ("fr", "ce contrôle m'a tuée"),
    ("pt", "morri de rir kkkk"),
    ("pt", "essa prova me matou"),
    ("de", "ich lach mich tot"),
    ("de", "die arbeit hat mich fertig gemacht"),
    ("ru", "я умираю от смеха"),
    ("ru", "эта контрольная меня убила"),
    ("ar", "متت من الضحك"),
    ("ar", "الاختبار قتلني"),
    ("ar", "mett mn el da7k"),
    ("zh", "笑死我了"),
    ("zh", "这次考试要了我的命"),
    ("zh", "作业太多累死了"),
    ("hi", "hans hans ke mar gayi 😂"),
    ("hi", "is exam ne maar diya"),
    ("hi", "हंस हंस के मर गई"),
])
def test_hyperbole_and_idioms_pass(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i want to sleep all weekend"),
    ("en", "im so done with this homework"),
    ("en", "im done with everything on my to do list today"),
    ("en", "nothing matters more than family"),
    ("en", "nothing matters more than sleep rn"),
    ("en", "wake me up when september ends"),
    ("en", "i never want this holiday to end"),
    ("en", "i wish i was born in the 80s"),
    ("en", "i wish i was born a cat"),
    ("en", "i hope i dont oversleep tomorrow"),
    ("en", "what if i wasnt picked for the team"),
    ("en", "what if i wasnt here tomorrow for the test"),
    ("es", "quiero dormir todo el finde"),
    ("es", "estoy harta de la tarea"),
    ("fr", "je veux dormir tout le week-end"),
    ("fr", "j'en ai marre des devoirs"),
    ("pt", "quero dormir o fim de semana todo"),
    ("pt", "to cansada da escola hoje"),
    ("de", "will das ganze wochenende schlafen"),
    ("ru", "хочу спать все выходные"),
    ("ru", "я устала от домашки"),
    ("ar", "ابي انام طول الويكند"),
    ("ar", "تعبت من الواجبات"),
    ("zh", "周末想睡一整天"),
    ("zh", "我想睡到自然醒"),
    ("hi", "pura weekend sona hai"),
    ("hi", "homework se thak gayi hu"),
    ("hi", "kuch bhi matter nahi karta bas enjoy karo"),
])
def test_tiredness_and_sleep_talk_pass(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "bye guys see you tomorrow"),
    ("en", "thanks for everything, see you next week!"),
    ("en", "bye forever annoying ad lol"),
    ("en", "you will never see me again at that club"),
    ("en", "im giving away my old clothes to charity"),
    ("es", "gracias por todo, nos vemos manana"),
    ("es", "gracias por todo, adios hasta manana"),
    ("fr", "merci pour tout, à demain"),
    ("pt", "obrigada por tudo, ate amanha"),
    ("de", "danke für alles, bis morgen"),
    ("de", "danke für alles, tschüss bis morgen"),
    ("ru", "спасибо за все, до завтра"),
    ("ru", "спасибо за все, до свидания"),
    ("ar", "شكرا على كل شي نشوفكم بكره"),
    ("zh", "谢谢大家 明天见"),
    ("zh", "永远爱你们"),
    ("hi", "thank you sab kuch ke liye kal milte hai"),
])
def test_ordinary_goodbyes_pass(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i counted my pokemon cards, 40 now"),
    ("en", "i counted my pills for the week, mum set up a box"),
    ("en", "my cousin is saving up for a switch"),
    ("en", "the bridge was so pretty at night"),
    ("en", "we went on the roof of the museum"),
    ("en", "we were on the roof and it was so fun"),
    ("en", "my rope swing broke lol"),
    ("en", "i have a rope for the tire swing"),
    ("en", "clean for 3 days from sugar lol"),
    ("en", "last time i tried skateboarding i fell"),
    ("en", "last time i tried that recipe it burned"),
    ("en", "last time i tried out for the team i didnt make it"),
    ("es", "la ultima vez que lo intente me sali del juego"),
    ("pt", "da ultima vez que eu tentei esse nivel perdi"),
    ("de", "letztes mal als ich es versucht hab bin ich vom skateboard gefallen"),
    ("fr", "on est montés sur le toit de la tour eiffel"),
    ("ru", "мы залезли на крышу посмотреть закат"),
    ("zh", "我们去天台看星星"),
    ("zh", "天台上风好大 好想跳舞"),
    ("hi", "chhat pe khade hoke patang udayi"),
])
def test_places_objects_and_attempts_at_other_things_pass(pipe: Pipeline, lang: str,
                                                           text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "i cut my finger making dinner"),
    ("en", "i burned my hand on the oven"),
    ("en", "i scratched my arm on a fence"),
    ("en", "i fell and hit my head"),
    ("en", "i hit myself with the door by accident"),
    ("es", "me corte el dedo cocinando"),
    ("es", "me queme con la plancha sin querer"),
    ("fr", "je me suis brûlée avec le four"),
    ("pt", "me queimei no fogao sem querer"),
    ("de", "hab mich beim kochen geschnitten"),
    ("de", "hab mich am ofen verbrannt"),
    ("ru", "порезала палец когда готовила"),
    ("ar", "جرحت اصبعي وانا اطبخ"),
    ("zh", "做饭的时候切到手了"),
    ("zh", "我会打自己的脸吗"),
    ("hi", "khana banate waqt ungli kat gayi"),
])
def test_accidental_injuries_pass(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we talked about self harm in pshe today"),
    ("en", "if your friend says they want to die tell an adult"),
    ("en", "my friend cuts herself and i dont know what to do"),
    ("es", "si un amigo dice que quiere morir habla con un adulto"),
    ("es", "mi amiga se corta y no se que hacer"),
    ("fr", "si un ami parle de suicide parle à un adulte"),
    ("fr", "mon amie se coupe, je sais pas quoi faire"),
    ("pt", "minha amiga se corta e eu nao sei o que fazer"),
    ("de", "meine freundin ritzt sich was soll ich tun"),
    ("ru", "моя подруга режет себя что делать"),
    ("ar", "صاحبتي تجرح نفسها وما ادري وش اسوي"),
])
def test_topic_advice_and_third_person_pass(pipe: Pipeline, lang: str, text: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "thanks for everything, bye everyone!"),
    ("en", "thank you for everything today, bye!"),
    ("en", "this is my last message, i have to go, bye!"),
    ("es", "gracias por todo, adiós a todos!"),
    ("ar", "شكرا على كل شي، مع السلامة"),
    ("de", "danke für alles, tschüss an alle!"),
])
def test_the_goodbyes_that_end_a_consultation_day_pass(pipe: Pipeline, lang: str, text: str) -> None:
    """A farewell alone is a weak cue (signals.py): it holds with a second one
    ("sorry for everything", "my last message"), or with "forever"."""
    v = pipe.check(text)
    assert v.action.value == "allow", (text, v.reasons)
