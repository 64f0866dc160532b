"""The reader's locked door, a personal question under a promise, a secret
account, alienation, a gift for a quiet favour, deleting the chat, the special
friend and a secret call at night (grooming_boundaries.py and
grooming_boundaries_more.py).  One class per test, many languages; the
writer's own door, account or favour, the question without the promise, and
reports and quotes pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, clean, held

LOCKED_DOOR = [
    ("hey is your room door shut? i wanna show u something on cam", "en"),
    ("are u alone in ur room rn? got something to tell u", "en"),
    ("oye tu puerta tiene pestillo? te quiero enseñar algo", "es"),
    ("estás solita en tu habitación ahora?", "es"),
    ("t'es toute seule dans ta chambre là ? j'ai un truc à te dire", "fr"),
    ("t'as bien fermé ta porte à clé ?", "fr"),
    ("a porta do seu quarto tranca? quero te mostrar uma coisa", "pt"),
    ("vc tá sozinha no quarto agora?", "pt"),
    ("la porta della tua camera si chiude a chiave? ti faccio vedere una cosa", "it"),
    ("sei sola in camera adesso?", "it"),
    ("hast du deine tür abgeschlossen? ich muss dir was zeigen", "de"),
    ("bist du gerade allein in deinem zimmer?", "de"),
    ("zamknęłaś drzwi? mam coś dla ciebie", "pl"),
    ("jesteś teraz sama w pokoju?", "pl"),
    ("kamu lagi sendirian di kamar? aku mau kasih liat sesuatu", "id"),
    ("udah kunci pintu kamar belum?", "id"),
    ("باب غرفتك مقفول؟ عايز اوريكي حاجة", "ar"),
    ("انتي لوحدك في اوضتك دلوقتي؟", "ar"),
    ("sakkarti el bab? bghit nwarrik chi haja", "ar"),
    ("你一个人在房间里吗？给你看个东西", "zh"),
    ("你把房門反鎖了沒有", "zh"),
    ("у тебя дверь закрывается на замок? хочу кое что показать", "ru"),
    ("ты сейчас одна в комнате?", "ru"),
    ("tumhare room ka door lock hai? kuch dikhana hai", "hi"),
    ("तुम अपने कमरे में अकेली हो?", "hi"),
    ("kapın kilitli mi şu an? bi şey göstericem", "tr"),
    ("odanda yalnız mısın?", "tr"),
]
PROMISED_QUESTION = [
    ("can i ask u something kinda personal? swear u wont tell ur mum", "en"),
    ("promise you won't be mad? can i ask something private", "en"),
    ("¿puedo hacerte una pregunta personal? prométeme que no se lo dices a nadie", "es"),
    ("je peux te demander un truc perso ? te fâche pas", "fr"),
    ("posso fazer uma pergunta íntima? jura que não conta pra ninguém", "pt"),
    ("posso farti una domanda personale? giurami che non lo dici a nessuno", "it"),
    ("kann ich dich was privates fragen? versprich mir dass du nicht sauer wirst", "de"),
    ("mogę zapytać o coś prywatnego? nie złość się", "pl"),
    ("boleh tanya sesuatu yg pribadi? jangan bilang siapa2 ya", "id"),
    ("ممكن اسألك سؤال شخصي؟ بس اوعديني ما تزعلي", "ar"),
    ("能问你个私密的问题吗？保证不生气哦", "zh"),
    ("можно спросить кое что личное? только не злись", "ru"),
    ("ek private baat puchu? kisi ko mat batana", "hi"),
    ("sana kişisel bi soru sorabilir miyim? kimseye söyleme ama", "tr"),
]
SECRET_ACCOUNT = [
    ("create another account ur mom doesnt know about so we can talk", "en"),
    ("hazte otra cuenta que tus papás no conozcan y me hablas por ahí", "es"),
    ("fais toi un autre compte que tes parents connaissent pas", "fr"),
    ("faz um perfil novo só pra falar comigo", "pt"),
    ("crea un altro account che i tuoi genitori non vedono", "it"),
    ("erstell dir einen zweiten account von dem deine eltern nichts wissen", "de"),
    ("zrób sobie nowe konto o którym rodzice nie wiedzą", "pl"),
    ("buat akun baru yg mama kamu gak tau ya", "id"),
    ("اعملي حساب جديد ما يعرفوه اهلك", "ar"),
    ("你再注册一个新号，别让你爸妈知道", "zh"),
    ("создай новый профиль, про который родители не знают", "ru"),
    ("naya account bana lo jo parents ko pata na ho", "hi"),
    ("gizli bir hesap aç, oradan yazarız", "tr"),
]
ALIENATION = [
    ("only i really understand you, not your mum", "en"),
    ("ur friends treat u like a baby but i see u as an adult", "en"),
    ("solo yo te entiendo de verdad, tus papás no", "es"),
    ("y a que moi qui te comprends vraiment", "fr"),
    ("só eu te entendo de verdade, sua família não liga", "pt"),
    ("solo io ti capisco davvero", "it"),
    ("nur ich verstehe dich wirklich, deine eltern nicht", "de"),
    ("tylko ja cię naprawdę rozumiem", "pl"),
    ("cuma aku yang ngerti kamu, ortumu enggak", "id"),
    ("انا بس اللي بفهمك، اهلك مش فاهمينك", "ar"),
    ("只有我才把你当成年人看，你爸妈只把你当小孩", "zh"),
    ("только я тебя по-настоящему слушаю, остальным плевать", "ru"),
    ("sirf main tumhe samajhta hu, tumhare parents nahi", "hi"),
    ("seni sadece ben anlıyorum, ailen anlamaz", "tr"),
]
QUIET_FAVOUR = [
    ("te paso 1000 pavos si me haces un favor, pero entre nosotros", "es"),
    ("je te paye ton forfait si tu me rends un petit service, personne saura", "fr"),
    ("faz um favorzinho pra mim que eu te passo 500 robux, ninguém vai saber", "pt"),
    ("ti regalo 10 euro di ricarica se mi fai un piccolo favore, tra noi", "it"),
    ("ich geb dir 20 euro paysafe für einen kleinen gefallen, bleibt unter uns", "de"),
    ("dam ci skina jak zrobisz dla mnie jedną rzecz, nikt się nie dowie", "pl"),
    ("aku top up diamond kamu kalo mau tolongin aku sesuatu, rahasia ya", "id"),
    ("بشحنلك شدات لو تعمليلي خدمة صغيرة، ما حدا رح يعرف", "ar"),
    ("закину тебе робуксов за одну маленькую услугу, никто не узнает", "ru"),
    ("ek chota sa favour kar do, 300 ka recharge kar dunga, kisi ko pata nahi chalega", "hi"),
    ("küçük bir iyilik yaparsan sana elmas yüklerim, aramızda kalsın", "tr"),
]
DELETE_AFTER = [
    ("delete this after u read it ok", "en"),
    ("once you've seen this, delete it", "en"),
    ("borra el chat cuando lo leas porfa", "es"),
    ("supprime nos messages stp", "fr"),
    ("apaga nossa conversa, tá?", "pt"),
    ("cancella la nostra chat dopo", "it"),
    ("lösch am besten unsere nachrichten", "de"),
    ("امسحي كلامنا بعدين", "ar"),
    ("把我们的聊天记录删掉吧", "zh"),
]
SPECIAL_FRIEND = [
    ("will you be my special friend?", "en"),
    ("¿quieres ser mi amiga especial? solo tú y yo", "es"),
    ("tu veux être ma petite amie spéciale ?", "fr"),
    ("willst du meine ganz besondere freundin sein?", "de"),
    ("chcesz być moją wyjątkową przyjaciółką?", "pl"),
    ("mau jadi temen spesial aku gak?", "id"),
    ("хочешь быть моей особенной подругой?", "ru"),
    ("meri khaas dost banogi?", "hi"),
    ("özel arkadaşım olmak ister misin?", "tr"),
    ("你愿意做我特别的朋友吗", "zh"),
]
SECRET_CALL = [
    ("lets facetime when ur parents are asleep", "en"),
    ("te llamo cuando tus papás se duerman", "es"),
    ("on s'appelle en cachette ce soir ?", "fr"),
    ("te ligo quando seus pais forem dormir", "pt"),
    ("ci sentiamo di nascosto stanotte", "it"),
    ("lass uns heimlich facetimen wenn alle schlafen", "de"),
    ("zadzwonię jak rodzice pójdą spać", "pl"),
    ("созвонимся когда родители уснут", "ru"),
    ("jab sab so jaye tab video call karte hai", "hi"),
    ("herkes uyuyunca görüntülü arayayım mı", "tr"),
    ("نعمل مكالمة فيديو لما اهلك ينامو", "ar"),
    ("等你爸妈睡着了我们视频吧", "zh"),
]
# the writer's own door, account, chat or favour; the question without the promise
EVERYDAY = [
    ("my brother locks his bedroom door all the time and it drives me mad", "en"),
    ("can i ask you something personal about your project? like why did you pick that topic", "en"),
    ("i made a second account for my art so my main stays for friends", "en"),
    ("how do i delete my old messages on this app", "en"),
    ("mi hermano siempre cierra la puerta de su cuarto con llave", "es"),
    ("¿te puedo preguntar algo personal sobre tu trabajo de historia?", "es"),
    ("si me haces un favor te paso mis apuntes de mates", "es"),
    ("ma porte ferme pas à clé et ma soeur rentre tout le temps", "fr"),
    ("je peux te poser une question perso sur ton exposé ?", "fr"),
    ("si tu me rends un service je te donne mes skins, deal ?", "fr"),
    ("a porta do meu quarto não tranca, que saco", "pt"),
    ("minha irmã tá trancada no quarto jogando e não abre a porta", "pt"),
    ("criei outra conta pra postar meus desenhos", "pt"),
    ("ho chiuso la porta della camera perché mio fratello urla", "it"),
    ("posso chiederti una cosa personale sul tuo progetto?", "it"),
    ("meine zimmertür ist abgeschlossen weil ich lerne", "de"),
    ("ich hab mir einen zweitaccount für ranked gemacht", "de"),
    ("wir machen einen geheimen videocall für die überraschungsparty", "de"),
    ("zamknęłam drzwi do pokoju bo brat hałasuje", "pl"),
    ("tylko ja rozumiem ten mem", "pl"),
    ("pintu kamarku rusak gak bisa dikunci", "id"),
    ("bantu aku satu hal dong, nanti aku traktir bakso", "id"),
    ("باب غرفتي مكسور ومش بيقفل", "ar"),
    ("ممكن اسالك سؤال شخصي؟ انتي في اي صف", "ar"),
    ("我房门锁坏了，我爸说周末修", "zh"),
    ("我不小心把聊天记录删了", "zh"),
    ("дверь в мою комнату не закрывается, бесит", "ru"),
    ("сделаешь мне одолжение? верну деньги завтра", "ru"),
    ("mere kamre ka darwaza band nahi hota", "hi"),
    ("maine dusra account banaya drawings ke liye", "hi"),
    ("odamın kapısı kilitli değil, kardeşim hep giriyor", "tr"),
    ("sana kişisel bir soru sorabilir miyim? en sevdiğin ders ne", "tr"),
]
# the move reported, quoted or taught
REPORTS = [
    ("he asked me if my bedroom door was locked and i told my mum", "en"),
    ("if someone asks is your bedroom door locked, block them and tell an adult", "en"),
    ("si alguien te pregunta si tienes pestillo en el cuarto, bloquéalo", "es"),
    ("los groomers dicen cosas como \"solo yo te entiendo\"", "es"),
    ("un tizio mi ha chiesto \"hai chiuso la porta della camera?\" e l'ho bloccato", "it"),
    ("nunca faça chamada de vídeo escondida com desconhecidos", "pt"),
    ("он написал мне \"можно задам личный вопрос? обещай что не обидишься\" и я его заблокировала", "ru"),
    ("biri bana \"odanın kapısı kilitli mi\" diye sordu, engelledim", "tr"),
    ("有个陌生人问我\"你房门锁了没\"，我直接拉黑了", "zh"),
    ("ada om2 nanya \"pintu kamarmu dikunci gak?\" langsung aku blok", "id"),
    ("jakiś typ napisał \"masz zamknięte drzwi do pokoju?\" i go zablokowałam", "pl"),
    ("ek aadmi ne pucha \"tumhare kamre ka darwaza band hai?\" maine block kar diya", "hi"),
    ("واحد سألني \"باب غرفتك مقفول؟\" وعملتله بلوك", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), LOCKED_DOOR)
def test_asking_whether_the_readers_door_is_locked_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PROMISED_QUESTION)
def test_a_personal_question_under_a_promise_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), SECRET_ACCOUNT)
def test_a_secret_account_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), ALIENATION)
def test_setting_the_family_aside_for_the_writer_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), QUIET_FAVOUR)
def test_a_gift_for_a_quiet_favour_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), DELETE_AFTER)
def test_deleting_the_chat_afterwards_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), SPECIAL_FRIEND)
def test_be_my_special_friend_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), SECRET_CALL)
def test_a_secret_call_at_night_is_grooming(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "grooming", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_the_writers_own_door_account_or_favour_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), REPORTS)
def test_the_move_reported_or_taught_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
