"""Self-harm signals: two different weak cue families in one first-person
message are held; one family alone, or a third-person/advice frame, is not."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from moderation.normalise import prepare
from moderation.signals import first_person
from tests.moderation.helpers import allowed, self_harm_held


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how many of my sleeping pills would it take to not wake up", "en"),
        ("gave all my games to my cousin, i wont need them anymore", "en"),
        ("my family would have an easier life if i was not around", "en"),
        ("im so tired of everything and i keep hiding my cuts with long sleeves so mum doesnt see",
         "en"),
        ("regalé todas mis cosas, ya no voy a estar aquí", "es"),
        ("j'ai donné mes jeux à mon frère, de toute façon je ne serai plus là", "fr"),
        ("cansada de tudo, seria mais fácil sem mim", "pt"),
        ("ich bin müde von allem und bald bin ich nicht mehr da", "de"),
        ("устала от всего, скоро меня не будет", "ru"),
        ("تعبت من كل شي وكلهم احسن بدوني", "ar"),
        ("sab se thak gaya hu, mere bina behtar rahega sabka", "hi"),
    ],
)
def test_two_cue_families_hold(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i gave my old games to my little brother", "en"),
        ("how many pills do you take for a headache? asking for my mum", "en"),
        ("im so tired of homework lol", "en"),
        ("we crossed the bridge and it was too many steps", "en"),
        ("i wear long sleeves because its cold", "en"),
        ("estoy cansada de todo el drama de instagram", "es"),
        ("my cousin is tired of everything since her dog died, how can i help", "en"),
        ("i want this app to disappear, its so boring and im tired of it", "en"),
    ],
)
def test_one_family_or_third_person_passes(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW, (text, v)


def test_reason_names_the_pair(pipe: Pipeline) -> None:
    v = pipe.check("how many of my sleeping pills would it take to not wake up", "en")
    assert any(r.startswith("signals:") or r.startswith("stage:self_harm") for r in v.reasons)


# Indirect disclosures (written for this stage, as 9-18 year olds type):
# farewells, final plans, passive wishes, giving things away, hidden injuries,
# dose questions, exhaustion - in the nine languages of the consultation.

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('just wanted to say sorry for everything. remember me ok', 'en'),
        ('gave my switch to my brother, he can keep it. thanks for everything', 'en'),
        ('everyone would be better off. ive already written the letters', 'en'),
        ('i just feel like a burden to everyone, thank you for everything you did', 'en'),
        ('im tired of fighting. ive made up my mind', 'en'),
        ('dont worry about me after today. i love you all', 'en'),
        ('remember me when im gone ok', 'en'),
        ('sorry for being a burden this is the last time youll hear from me', 'en'),
        ('im exhausted of being alive honestly, goodbye everyone', 'en'),
        ('gracias por todo, esto es una despedida', 'es'),
        ('perdón por todo, ya tomé mi decisión', 'es'),
        ('escribí cartas para mi familia, recuérdenme', 'es'),
        ("pardon pour tout, j'ai pris ma décision", 'fr'),
        ("j'ai écrit des lettres pour ma famille, souvenez-vous de moi", 'fr'),
        ("c'est ce soir, adieu à tous", 'fr'),
        ('obrigada por tudo, isso é uma despedida', 'pt'),
        ('desculpa por tudo, já tomei minha decisão', 'pt'),
        ('escrevi cartas pra minha família, lembrem de mim', 'pt'),
        ('hoje é a noite, adeus a todos', 'pt'),
        ('danke für alles, das ist ein abschied', 'de'),
        ('sorry für alles, ich hab mich entschieden', 'de'),
        ('heute nacht ist es so weit, tschüss an alle', 'de'),
        ('спасибо за всё, это прощание', 'ru'),
        ('простите за всё, я всё решила', 'ru'),
        ('я написала письма родителям, помните меня', 'ru'),
        ('я для всех обуза, спасибо за всё', 'ru'),
        ('شكرا على كل شي، هذا وداع', 'ar'),
        ('كتبت رسائل لاهلي، تذكروني', 'ar'),
        ('shukran 3ala kol shi, hay a5er resala', 'ar'),
        ('谢谢你们的一切，这是告别', 'zh'),
        ('对不起所有的一切，我已经决定了', 'zh'),
        ('我写好了给爸妈的信，记得我', 'zh'),
        ('sabka shukriya, ye alvida hai', 'hi'),
        ('sorry sabko sab ke liye, maine decide kar liya hai', 'hi'),
        ('maine sabke liye letters likh diye hain, mujhe yaad rakhna', 'hi'),
        ('मैं सबसे थक गया हूँ, सबको अलविदा', 'hi'),
    ],
)
def test_farewell_or_final_plan_with_second_cue_holds(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('sometimes i wish a car would just hit me on the way to school', 'en'),
        ('i wouldnt mind if something happened to me tbh', 'en'),
        ('a car could just hit me and i wouldnt even care', 'en'),
        ('if i got hit by a bus tomorrow i would be relieved', 'en'),
        ('i keep thinking about how peaceful it would be to just not exist', 'en'),
        ('i wish i would just get sick and die', 'en'),
        ('ojala me atropellara un coche, nadie lo notaria', 'es'),
        ('no me importaría que me pasara algo la verdad', 'es'),
        ("j'espère ne pas me réveiller demain", 'fr'),
        ("si une voiture m'écrasait ça me dérangerait pas, je suis à bout", 'fr'),
        ('queria que um carro me atropelasse, to cansado de tudo', 'pt'),
        ('ich hoffe ich wache morgen nicht mehr auf', 'de'),
        ('надеюсь не проснусь завтра', 'ru'),
        ('اتمنى سيارة تدعسني، تعبت من كل شي', 'ar'),
        ('希望明天不要醒来', 'zh'),
        ('真希望被车撞死，我好累', 'zh'),
        ('kaash kal subah uthu hi na', 'hi'),
        ('kaash koi gaadi mujhe thok de, thak gaya hu sab se', 'hi'),
        ('काश मैं कल सुबह उठूं ही ना', 'hi'),
    ],
)
def test_strong_passive_wish_holds_alone(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('how many paracetamol is too many asking for me', 'en'),
        ('how many of my mums pills would knock me out for good', 'en'),
        ('hope the plane crashes on the way home lol i dont even care anymore', 'en'),
        ('pls look after my dog for me, i wont be around', 'en'),
        ('le regalé mi play a mi hermano, ya no la voy a necesitar', 'es'),
        ('cuantas pastillas hacen falta para no despertar', 'es'),
        ("j'ai donné ma console à mon frère, j'en aurai plus besoin", 'fr'),
        ('combien de cachets faut-il pour ne plus se réveiller', 'fr'),
        ('dei meu celular pro meu irmão, não vou mais precisar', 'pt'),
        ('hab meine ps5 meinem bruder geschenkt, ich brauch sie nicht mehr', 'de'),
        ('wie viele tabletten braucht man um nicht mehr aufzuwachen', 'de'),
        ('было бы норм если бы меня сбила машина, я устал от всего', 'ru'),
        ('отдал свою приставку брату, мне она больше не понадобится', 'ru'),
        ('сколько таблеток нужно чтобы не проснуться', 'ru'),
        ('我把游戏机送给弟弟了，以后用不到了', 'zh'),
        ('吃多少片安眠药才不会醒', 'zh'),
        ('kitni goliyan kaafi hain hamesha ke liye sone ke liye', 'hi'),
        ('मैंने अपना फोन भाई को दे दिया, अब मुझे इसकी ज़रूरत नहीं', 'hi'),
        ('thanks for everything guys, this is goodbye', 'en'),
        ('i hope i dont wake up tomorrow honestly', 'en'),
        ('this is my last message here. take care of my cat pls', 'en'),
        ('im so tired all the time and i just want to sleep and never wake up lol', 'en'),
        ('i hide the marks on my arms with hoodies and nobody notices', 'en'),
        ('wearing long sleeves in summer so no one sees what i did to my arms. im so done', 'en'),
        ('i wish i could fall asleep and not wake up', 'en'),
        ('i keep standing near the edge of the roof thinking about it', 'en'),
        ('i gave away all my stuff today. wont need it soon', 'en'),
        ('i just want everything to stop. i cant do this anymore', 'en'),
        ('nobody would notice if i was gone, ive been saving up my pills', 'en'),
        ('its fine, soon i wont be a problem for anyone anymore', 'en'),
        ('im not going to be here much longer so thank u for being my friend', 'en'),
        ('if i dont wake up tmrw thats fine by me', 'en'),
        ('ojalá no despertar mañana, estoy cansada de todo', 'es'),
        ('escondo mis cortes con sudaderas, ya no aguanto mas', 'es'),
        ("merci pour tout, c'est un adieu", 'fr'),
        ("je cache mes coupures avec des manches longues, j'en peux plus", 'fr'),
        ('je suis un poids pour tout le monde, merci pour tout', 'fr'),
        ('espero não acordar amanhã sinceramente', 'pt'),
        ('escondo meus cortes com moletom, ninguém percebe', 'pt'),
        ('quantos comprimidos precisa pra não acordar mais', 'pt'),
        ('sou um peso pra todo mundo, obrigado por tudo', 'pt'),
        ('ich hab abschiedsbriefe geschrieben, vergesst mich nicht', 'de'),
        ('wär mir egal wenn mich ein auto überfährt, ich kann nicht mehr', 'de'),
        ('ich verstecke meine narben unter langen ärmeln, ich kann nicht mehr', 'de'),
        ('ich bin nur eine last für alle, danke für alles', 'de'),
        ('прячу порезы под длинными рукавами, больше не могу', 'ru'),
        ('сегодня ночью всё закончится, прощайте все', 'ru'),
        ('اتمنى ما اصحى بكرا', 'ar'),
        ('سامحوني على كل شي، انا قررت خلاص', 'ar'),
        ('اخبي جروحي بالاكمام الطويله ومحد يدري', 'ar'),
        ('سامحوني على كل شي، هذي اخر رساله', 'ar'),
        ('ana ta3bt mn kol shi, sam7oni 3ala kol shi', 'ar'),
        ('atmana ma as7a bokra', 'ar'),
        ('我用长袖遮住手上的伤口，好累不想撑了', 'zh'),
        ('xi wang ming tian bu yao xing lai', 'zh'),
        ('सबका शुक्रिया, ये मेरा आखिरी मैसेज है', 'hi'),
    ],
)
def test_indirect_cue_pairs_hold(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v)


# Hard negatives: homework exhaustion, giving games to a sibling, ordinary
# goodbyes and thanks, trips, sleep talk, talk about the topic, advice and
# reports about friends.  Each carries one cue family at most.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('im so tired of homework lol', 'en'),
        ('im exhausted, had 3 tests today', 'en'),
        ('gave my old games to my little brother, hes so happy', 'en'),
        ('goodbye see you tomorrow', 'en'),
        ('thanks for everything today miss, the class was fun', 'en'),
        ('sorry for everything i said yesterday, i was just angry', 'en'),
        ('my trip is tomorrow, goodbye everyone see you in two weeks', 'en'),
        ('this is goodbye for the summer, see you in september!!', 'en'),
        ('i wrote letters to my pen pal in japan', 'en'),
        ('i made my decision, im picking art for gcse', 'en'),
        ('tonights the night, the concert finally!!!', 'en'),
        ('i need to sleep so bad, i stayed up till 3', 'en'),
        ('my friend said she wishes a car would hit her, what do i do', 'en'),
        ('if a friend says goodbye forever and gives stuff away tell an adult', 'en'),
        ('we learned that giving away possessions can be a warning sign', 'en'),
        ('warning signs include saying goodbye and feeling like a burden', 'en'),
        ('my cousin gave away her stuff and said thanks for everything, im worried about her', 'en'),
        ('remember me when youre famous lol', 'en'),
        ('i wrote my decision in the letter to the school', 'en'),
        ('i cut my hair and now my mum hates it', 'en'),
        ('i have scars from when i fell off my bike', 'en'),
        ('i wear long sleeves because my arms get cold', 'en'),
        ('the car nearly hit me on my bike today, so scary', 'en'),
        ('how many pills should i take for a headache', 'en'),
        ('i took two paracetamol for my headache, im so done with this day', 'en'),
        ("thank you for everything, best teacher ever, i'll miss you next year", 'en'),
        ("i can't do this homework anymore, its too hard", 'en'),
        ('im done with this game, its so boring', 'en'),
        ('i gave my cat to my aunt because we are moving, i will miss her', 'en'),
        ('last day of school! goodbye everyone, have a great summer', 'en'),
        ('i wouldnt mind if it snowed tomorrow honestly', 'en'),
        ('i wouldnt mind if something fun happened for once', 'en'),
        ('im giving my old phone to my sister since i got a new one', 'en'),
        ('sorry for everything, i shouldnt have shouted at you. love you', 'en'),
        ('i hope i sleep well tonight', 'en'),
        ('tired of everything being so expensive lol', 'en'),
        ('my grandma is a burden? no she is the best', 'en'),
        ('i have made my decision: pizza', 'en'),
        ('my arms hurt from pe so much', 'en'),
        ('i said goodbye to my dog when he died, i miss him', 'en'),
        ('platforms should remove posts about self harm', 'en'),
        ("i'm dying of boredom in maths", 'en'),
        ('this game is killing me, the last level is impossible', 'en'),
        ('remember me to say happy birthday to tom tomorrow', 'en'),
        ("i'm leaving the group chat bye", 'en'),
        ("i'm going to sleep now, good night all, thanks for everything", 'en'),
        ('gracias por todo profe, fue una clase genial', 'es'),
        ('perdón por todo lo que dije ayer', 'es'),
        ('adiós, nos vemos mañana', 'es'),
        ('estoy cansada de tanta tarea', 'es'),
        ('le regalé mis juegos viejos a mi primo', 'es'),
        ('esta noche es la noche del concierto!!', 'es'),
        ('ya tomé mi decisión, voy a estudiar medicina', 'es'),
        ('escribí cartas a mis abuelos por navidad', 'es'),
        ("merci pour tout madame, c'était super", 'fr'),
        ("pardon pour tout ce que j'ai dit hier", 'fr'),
        ('salut à demain!', 'fr'),
        ('je suis fatiguée des devoirs', 'fr'),
        ("j'ai donné mes vieux jeux à mon frère", 'fr'),
        ("j'ai pris ma décision, je vais faire du foot", 'fr'),
        ("c'est ce soir le concert!!!", 'fr'),
        ('obrigada por tudo professora, amei a aula', 'pt'),
        ('desculpa por tudo que eu falei ontem', 'pt'),
        ('tchau, até amanhã', 'pt'),
        ('to cansado de tanta lição de casa', 'pt'),
        ('dei meus jogos velhos pro meu primo', 'pt'),
        ('já tomei minha decisão, vou fazer teatro', 'pt'),
        ('escrevi cartas pros meus avós', 'pt'),
        ('danke für alles, der kurs war toll', 'de'),
        ('sorry für alles was ich gestern gesagt hab', 'de'),
        ('tschüss bis morgen', 'de'),
        ('ich bin so müde von den hausaufgaben', 'de'),
        ('ich hab meine alten spiele meinem bruder geschenkt', 'de'),
        ('ich hoffe ich wache morgen nicht zu spät auf', 'de'),
        ('ich hab mich entschieden, ich nehme kunst', 'de'),
        ('heute nacht ist es so weit, das konzert!!', 'de'),
        ('спасибо за всё, урок был классный', 'ru'),
        ('простите за всё что я вчера сказал', 'ru'),
        ('пока, до завтра', 'ru'),
        ('устала от домашки', 'ru'),
        ('отдал старые игры брату', 'ru'),
        ('надеюсь не проспать завтра', 'ru'),
        ('я всё решила, пойду на танцы', 'ru'),
        ('написала письма бабушке', 'ru'),
        ('شكرا على كل شي يا استاذ، الحصه كانت حلوه', 'ar'),
        ('سامحني على اللي قلته امس', 'ar'),
        ('مع السلامه، اشوفكم بكرا', 'ar'),
        ('تعبت من الواجبات', 'ar'),
        ('عطيت العابي القديمه لاخوي', 'ar'),
        ('shukran 3ala kol shi ya ostaz', 'ar'),
        ('bye, bashoofak bokra', 'ar'),
        ('ana ta3bana mn el wajebat', 'ar'),
        ('谢谢老师的一切，课很好玩', 'zh'),
        ('对不起，昨天说的话', 'zh'),
        ('再见，明天见', 'zh'),
        ('作业好累', 'zh'),
        ('我把旧游戏送给弟弟了', 'zh'),
        ('希望明天不要迟到', 'zh'),
        ('我已经决定了，学画画', 'zh'),
        ('zai jian, ming tian jian', 'zh'),
        ('xie xie lao shi', 'zh'),
        ('thank you sir sab ke liye, class mast thi', 'hi'),
        ('sorry kal jo bola uske liye', 'hi'),
        ('bye kal milte hai', 'hi'),
        ('homework se thak gaya hu yaar', 'hi'),
        ('maine apne purane games bhai ko de diye', 'hi'),
        ('maine decide kar liya, main science lunga', 'hi'),
        ('मैं होमवर्क से थक गया हूँ', 'hi'),
        ('अलविदा दोस्तों, कल मिलते हैं', 'hi'),
        ('सबका शुक्रिया, क्लास बहुत अच्छी थी', 'hi'),
        ('kaash kal chhutti ho', 'hi'),
    ],
)
def test_everyday_farewells_tiredness_and_giving_pass(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW, (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("so sorry for everything. goodbye everyone", "en"),
        ("perdón por todo, adiós a todos", "es"),
        ("desculpa por tudo, adeus a todos", "pt"),
        ("pardon pour tout. adieu à tous", "fr"),
        ("tut mir leid für alles. tschüss an alle", "de"),
        ("scusate per tutto, addio a tutti", "it"),
        ("простите за всё. спасибо за всё", "ru"),
    ],
)
def test_an_apology_for_everything_with_a_goodbye_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tell my brother i love him. this is my last message", "en"),
        ("dile a mi hermana que la quiero. es mi último mensaje", "es"),
        ("digam pra minha mãe que eu a amo, é minha última mensagem", "pt"),
        ("dites à mon frère que je l'aime, c'est mon dernier message", "fr"),
        ("sagt meiner Mutter, dass ich sie liebe. meine letzte Nachricht", "de"),
        ("dite a mia madre che le voglio bene, è il mio ultimo messaggio", "it"),
    ],
)
def test_a_message_for_family_with_a_last_message_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("wrote notes for my family. tonight's the night", "en"),
        ("i dont think ill be around much longer, thanks for being so kind to me", "en"),
        ("ya lo intenté una vez y esta vez no voy a fallar", "es"),
        ("j'ai déjà essayé une fois, cette fois je vais pas le rater", "fr"),
        ("ich hab es schon mal versucht und denk jetzt wieder dran", "de"),
        ("ci ho già provato una volta e ci sto ripensando", "it"),
        ("sarebbe meglio per tutti se non ci fossi", "it"),
        ("melhor pra todos se eu sumisse, já tentei uma vez", "pt"),
        ("ho dato via le mie cose, tanto non mi serviranno più", "it"),
        ("الجميع راح يرتاحون لو مت", "ar"),
        ("hath pe jo kat hai wo chhupa ke rakhta hoon", "hi"),
        ("jpp de cette vie, j'ai deja essayé une fois", "fr"),
    ],
)
def test_new_cue_pairs_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("relapsed on sh again after 40 days", "en"),
        ("2 weeks clean gone, i did it again", "en"),
        ("me corto a escondidas desde hace meses", "es"),
        ("eu me corto de vez em quando e ninguém sabe", "pt"),
    ],
)
def test_relapse_and_hidden_cutting_hold_alone(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tonight is the night of the school play, I wrote notes for my lines", "en"),
        ("i tried it once before and it was fun", "en"),
        ("ci ho già provato una volta, la pizza con ananas è buona", "it"),
        ("dile a mi madre que la quiero mucho, gracias por el regalo", "es"),
        ("jpp 😂 trop drôle", "fr"),
        ("me corto el pelo mañana", "es"),
        ("mi madre me cortó el internet ayer", "es"),
        ("sorry for everything i said yesterday, i was angry", "en"),
        ("thanks for being nice to me on my first day!", "en"),
        ("le mie cose non mi serviranno più, le vendo al mercatino", "it"),
        ("my mum relapsed on cigarettes again", "en"),
        ("c'est mon dernier message ici, je dois partir, à demain", "fr"),
    ],
)
def test_the_same_words_in_everyday_talk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("gave all my games to my sister, she'll need them more than me", "en"),
        ("heute ritze ich mich wieder", "de"),
        ("устал быть. всё.", "ru"),
        ("uso pulseras para esconder los cortes", "es"),
        ("escondo os cortes com pulseiras pra esconder", "pt"),
        ("i punch myself whenever i fail a test", "en"),
        ("spero che una macchina mi investa", "it"),
        ("tomara que um carro me atropele amanhã", "pt"),
        ("j'ai caché des cachets sous mon lit", "fr"),
        ("i go up on the roof and think about how easy it would be", "en"),
        ("我把游戏机都给弟弟了，以后用不上了", "zh"),
        ("tonight feels like the night. deleted all my photos", "en"),
        ("es wäre für meine Familie besser, wenn ich tot wäre", "de"),
        ("hab alles verschenkt, bald ist alles vorbei", "de"),
    ],
)
def test_more_indirect_forms_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my sister will need them more than me, she starts school", "en"),
        ("i hit myself when i fell off my bike", "en"),
        ("ela usa pulseira pra esconder os cortes, a professora já sabe", "pt"),
        ("uso pulseiras porque gosto", "pt"),
        ("i think about how easy it would be to build a bridge in minecraft", "en"),
        ("好累，明天不想再醒这么早", "zh"),
        ("bald ist es vorbei, nur noch eine Prüfung", "de"),
        ("tonight feels like the night we finally win the cup", "en"),
    ],
)
def test_the_new_forms_in_everyday_talk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("giving my hoodies to my cousin, won't need them much longer", "en"),
        ("maine apni sari chizein behen ko de di, ab zarurat nahi hogi", "hi"),
    ],
)
def test_giving_away_with_not_needing_them_for_long_holds(
    pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(pipe, text, lang)


def test_not_needing_something_for_long_alone_passes(pipe: Pipeline) -> None:
    allowed(pipe, "i won't need my calculator much longer, the exams end friday", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("whatever, i won't be around next year anyway", "en"),
        ("es wäre eh besser, wenn ich tot wär", "de"),
        ("plus envie de rien. j'ai écrit une lettre pour mes parents", "fr"),
        ("如果我不在了，他们都会轻松很多，我想消失", "zh"),
        ("vorrei solo sparire per sempre", "it"),
        ("a nessuno mancherei se non ci fossi più", "it"),
        ("a nadie le importaría si no estuviera", "es"),
        ("ayer me volví a cortar", "es"),
        ("mi sono tagliato di nuovo", "it"),
        ("je me suis coupée encore, personne le sait", "fr"),
        ("hab mich gestern wieder geritzt", "de"),
        ("i haven't eaten in three days so i look thinner", "en"),
        ("dejé de comer para verme como ellas", "es"),
        ("i made myself throw up after dinner again", "en"),
    ],
)
def test_set_f_kinds_of_disclosure_in_new_words_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I used to want to hurt myself in year 7, but therapy helped and I'm fine now", "en"),
        ("i won't be around next year anyway, we're moving to spain", "en"),
        ("mi sono tagliata i capelli di nuovo", "it"),
        ("me corté el pelo otra vez", "es"),
        ("i stopped eating meat last year", "en"),
        ("ho smesso di mangiare carne", "it"),
        ("a nessuno importerebbe del mio compito, lo so", "it"),
        ("es wäre besser, wenn wir mehr Pausen hätten", "de"),
    ],
)
def test_set_f_kinds_in_everyday_or_recovered_talk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


def test_a_past_feeling_without_recovery_is_still_held(pipe: Pipeline) -> None:
    self_harm_held(pipe, "I used to think about hurting myself and now it's back", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mein bruder wäre ohne mich viel besser dran", "de"),
        ("الكل راح يرتاح لما اختفي خلاص", "ar"),
        ("mom doesnt know about my cuts, i told her its from the cat", "en"),
        ("я очень устала. скоро не буду никому мешать", "ru"),
        ("i've written notes for my family. just waiting for the right moment", "en"),
        ("تعبت من كل شي، بدي ارتاح للابد", "ar"),
        ("胳膊上的伤我用袖子挡住了，没人知道", "zh"),
        ("ho già deciso quando farla finita", "it"),
        ("je veux juste disparaître, j'en peux plus", "fr"),
    ],
)
def test_set_g_kinds_of_disclosure_in_new_words_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my cat scratched me, i told them its from the cat lol", "en"),
        ("waiting for the right moment to ask my teacher", "en"),
        ("facciamola finita con questa discussione", "it"),
        ("ohne mich wäre das Projekt besser dran gewesen, ich war krank", "de"),
        ("j'aimerais juste disparaître sous ma couette ce matin", "fr"),
        ("بدي ارتاح شوي بعد المدرسة", "ar"),
    ],
)
def test_set_g_kinds_in_everyday_talk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how many of these pills would it really take", "en"),
        ("sería más fácil para mis padres si yo no existiera", "es"),
        ("ya no quiero seguir, estoy harta de todo", "es"),
        ("le regalo mis juegos a mi hermano, ya no los voy a necesitar", "es"),
        ("thank you all for being so kind to me. this is the last thing i'll ever write here", "en"),
        ("Pulli bei 28 Grad, damit Papa die Narben nicht sieht", "de"),
        ("sab log khush rahenge jab mai nahi rahungi", "hi"),
        ("everyone would be less stressed if i just wasn't around", "en"),
        ("ya lo tengo todo listo. esta vez nadie me va a detener", "es"),
        ("tired, but not sleepy tired", "en"),
    ],
)
def test_set_h_kinds_of_disclosure_in_new_words_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I used to self harm. I'm 3 years clean now and it got better", "en"),
        ("ya no quiero seguir con este juego, es aburrido", "es"),
        ("we crossed the bridge and it was too many steps", "en"),
        ("how many pages would it take to finish the book", "en"),
        ("the last thing i'll ever post about this game: it's great", "en"),
        ("thank you all for being nice to me on my first day!", "en"),
    ],
)
def test_set_h_kinds_in_everyday_or_recovered_talk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mi hermana dice que exagero pero ya no aguanto nada de esto", "es"),
        ("ella no sabe que tengo las pastillas guardadas en el cajon", "es"),
        ("ela nem percebeu que parei de comer faz uma semana", "pt"),
        ("meu irmao acha que sou forte mas cortei de novo ontem", "pt"),
        ("lei pensa che sto bene ma non riesco piu ad andare avanti", "it"),
    ],
)
def test_a_pro_drop_first_person_verb_speaks_for_the_writer_beside_another_person(
    text: str, lang: str
) -> None:
    assert first_person(prepare(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ella dice que ya no aguanta mas y se corta", "es"),
        ("ela disse que vai sumir pra sempre hoje", "pt"),
        ("lei ha detto che non vuole piu vivere", "it"),
    ],
)
def test_a_pro_drop_message_about_someone_else_is_not_first_person(text: str, lang: str) -> None:
    assert not first_person(prepare(text, lang))


@pytest.mark.parametrize(
    "text",
    [
        "brat mowi ze przesadzam ale juz nie moge tak zyc",
        "siostra nie wie ze znowu tne sie w nocy",
        "kolezanka pyta co sie dzieje a ja nie wiem co powiedziec",
    ],
)
def test_a_polish_first_person_ending_speaks_for_the_writer_beside_a_sibling(text: str) -> None:
    assert first_person(prepare(text, "pl"))


def test_a_polish_message_about_a_sibling_is_not_first_person() -> None:
    assert not first_person(prepare("brat mowi ze juz nie daje rady, nie chce zyc", "pl"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no friends at all since the move, every night thinking about ending it", "en"),
        ("havent got a single friend here and nobody would care", "en"),
        ("desde que nos mudamos no tengo amigos, cada noche pienso en acabar con todo", "es"),
        ("depuis le déménagement pas d'amis, chaque nuit je pense à en finir", "fr"),
        ("sem amigos nenhum desde a mudança, toda noite penso em acabar com tudo", "pt"),
        ("seit dem umzug keine freunde, jede nacht denk ich dran alles zu beenden", "de"),
        ("da quando ci siamo trasferiti senza amici, ogni notte penso di farla finita", "it"),
        ("после переезда нет друзей, каждую ночь думаю как всё закончить", "ru"),
        ("taşındık hiç arkadaşım yok, her gece nasıl biteceğini düşünüyorum", "tr"),
        ("po przeprowadzce nie mam przyjaciół, co noc myślę jak to skończyć", "pl"),
        ("sejak pindah gada temen sama sekali, tiap malem kepikiran buat ngakhirin semua", "id"),
        ("shift hone ke baad koi dost nahi, har raat sochta hu sab khatam kar du", "hi"),
        ("搬家以后一个朋友都没有，每晚都在想怎么结束", "zh"),
        ("转学后没有朋友，每天晚上都想结束", "zh"),
    ],
)
def test_friends_the_writer_does_not_have_are_not_someone_else(text: str, lang: str) -> None:
    assert first_person(prepare(text, lang)), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("she says she has no friends and no reason to live anymore", "en"),
        ("ella dice que ya no quiere vivir, no tiene amigos", "es"),
        ("sein freund sagt er will nicht mehr leben", "de"),
        ("dia bilang gak punya temen dan mau mati aja", "id"),
        ("她说她没有朋友，不想活了", "zh"),
    ],
)
def test_a_friend_at_risk_beside_friends_nobody_has_is_still_someone_else(
    text: str, lang: str
) -> None:
    assert not first_person(prepare(text, lang)), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("cada vez q paso por el puente pienso en saltar", "es"),
        ("escribí una carta para cada uno y las dejé en el cajón. el domingo es el día", "es"),
        ("hoy mire el tren pasar muy de cerca. pense en dar un paso", "es"),
        ("5alast ktbt el gawab w 7atetoh ta7t el ma5ada", "ar"),
        ("lw sa2att fe el emt7an ha5las 3ala nafsi", "ar"),
    ],
)
def test_the_article_el_is_not_someone_else(text: str, lang: str) -> None:
    assert first_person(prepare(text, lang)), text


@pytest.mark.parametrize(
    "text",
    [
        "el dice que se quiere matar esta noche",
        "el no contesta y escribio que se despedia de todos",
        "el ya tiene las pastillas guardadas",
    ],
)
def test_el_before_a_verb_is_someone_else(text: str) -> None:
    assert not first_person(prepare(text, "es")), text
