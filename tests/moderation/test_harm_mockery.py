"""Mockery of a peer without a swear word (harm_mockery*.py): crying, a name,
"nobody picks you", poverty, a rumour spread on purpose and a mocking
comparison, in 13 languages.  One class per test; the writer's own tears and
family, fond nicknames, kind questions, pets and cakes, and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held, self_harm_held

CRYING = [
    ("lmao noah cried in PE again cos he got hit by the ball, crybaby", "en"),
    ("maya started crying over a B+ lol she needs her mommy", "en"),
    ("el sergio lloró otra vez en recreo jajaja llorica", "es"),
    ("la vale se puso a llorar por un 6, corre con tu mami bebé llorón", "es"),
    ("Lucas a encore pleuré en sport mdr, le bébé veut sa maman", "fr"),
    ("o Davi chorou porque perdeu no uno kkkk chorão", "pt"),
    ("Matteo si è messo a piangere in mensa, piagnone vai dalla mamma", "it"),
    ("Leon hat schon wieder geheult wegen ner 3 haha so ne Heulsuse", "de"),
    ("Oskar rozpłakał się na matmie bo dostał pałę xD beksa", "pl"),
    ("si Raka mewek lagi pas kalah main bola wkwk anak mami", "id"),
    ("احمد عيط تاني عشان الأستاذ زعقله 😂 عياط", "ar"),
    ("王磊上课又哭了 就因为没答对 真是个爱哭鬼", "zh"),
    ("Миша опять расплакался из-за четвёрки, беги к мамочке плакса", "ru"),
    ("Kabir phir se ro diya match haar ke lol rondu", "hi"),
    ("Emre yine ağladı maçı kaybettik diye, tam bir sulu göz", "tr"),
]
CRYING_PASS = [
    ("i cried so much at the end of that film, it was beautiful", "en"),
    ("my baby brother cried all night, he needs his mummy when he's teething", "en"),
    ("mi hermanita lloró en la vacuna, es una bebé todavía", "es"),
    ("mon petit frère a pleuré à la rentrée, il voulait sa maman, trop mignon", "fr"),
    ("ich hab beim Film voll geheult, bin halt eine Heulsuse haha", "de"),
    ("我弟弟昨天哭了 要找妈妈 好可爱", "zh"),
]
NAMES = [
    ("the fatty ate two whole pizzas at lunch and still wants more", "en"),
    ("here comes the weirdo again, everyone act busy", "en"),
    ("snitch! you told sir about the phones didn't you", "en"),
    ("la gorda se comió cuatro donas y todavía pide más", "es"),
    ("ahí llega la rarita, finjan que no la vemos", "es"),
    ("chivato! le dijiste todo al profe", "es"),
    ("voilà le chelou, faites semblant de pas le voir", "fr"),
    ("rapporteuse! t'as tout dit à la prof", "fr"),
    ("lá vem o estranho, finjam que tão ocupados", "pt"),
    ("a baleia comeu duas marmitas e ainda tá com fome kkkk", "pt"),
    ("la cicciona si è mangiata due pizze e ha ancora fame", "it"),
    ("spione! sei andato dal prof a dire tutto", "it"),
    ("der Dicke hat drei Döner gefressen und hat immer noch Hunger", "de"),
    ("Petze! du hast alles der Lehrerin erzählt", "de"),
    ("grubas wciągnął dwie pizze i nadal głodny", "pl"),
    ("uwaga idzie dziwaczka, udawajcie że jesteście zajęci", "pl"),
    ("si gendut ngabisin 2 piring nasi padang masih laper", "id"),
    ("جا الغريب، اعملوا نفسكم مش شايفينه", "ar"),
    ("死胖子吃了四个汉堡还说饿 哈哈", "zh"),
    ("жирдяй снова два бургера сожрал и ещё просит", "ru"),
    ("стукачка! побежала к директору", "ru"),
    ("moti ne do pizza kha liye phir bhi bhookh lagi hai usko", "hi"),
    ("tuhaf geldi, herkes görmemiş gibi yapsın", "tr"),
    ("ispiyoncu! hocaya her şeyi anlattın", "tr"),
]
NAMES_PASS = [
    ("loser buys everyone ice cream after the match, deal?", "en"),
    ("harry caught the golden snitch in the last chapter", "en"),
    ("el gordo de mi perro se comió su comida y se durmió", "es"),
    ("le gros chat de ma voisine a mangé deux souris mdr", "fr"),
    ("motu patlu ka naya episode dekha? motu ne samose kha liye haha", "hi"),
    ("der Dicke aus dem Film hat den ganzen Kuchen gegessen", "de"),
]
EXCLUSION = [
    ("no one ever picks you for dodgeball and we all know why", "en"),
    ("you're a burden to this whole team tbh", "en"),
    ("nadie te elige para el equipo y ya sabes por qué", "es"),
    ("eres un lastre para el grupo, mejor quédate en casa", "es"),
    ("personne te prend dans son équipe et tu sais pourquoi", "fr"),
    ("la classe serait tellement mieux sans toi", "fr"),
    ("ninguém te chama pra jogar, já parou pra pensar pq?", "pt"),
    ("nessuno ti sceglie mai in squadra e sai benissimo perché", "it"),
    ("ohne dich wäre die Gruppe echt besser, ehrlich", "de"),
    ("jesteś ciężarem dla całej klasy", "pl"),
    ("gak ada yg mau ngajak lo main, ngaca dong", "id"),
    ("عيد ميلادك محدش هيجي، عادي", "ar"),
    ("你就是个拖油瓶 每次都拖我们后腿", "zh"),
    ("никто тебя не позовёт, и ты сам знаешь почему", "ru"),
    ("tere birthday pe koi nahi aayega, sach bol raha", "hi"),
    ("sen olmasan sınıf daha rahat olurdu", "tr"),
]
EXCLUSION_PASS = [
    ("nobody picked you? come play on our team!", "en"),
    ("you are not a burden, we're happy you're here", "en"),
    ("nadie te eligió? vente a nuestro equipo", "es"),
    ("tu n'es pas un poids pour nous, t'inquiète", "fr"),
    ("du bist keine Last für uns, echt nicht", "de"),
    ("你不是累赘 我们都很喜欢你", "zh"),
]
POVERTY = [
    ("imagine being so poor your mum cuts your hair", "en"),
    ("her family can't even afford shampoo lmao", "en"),
    ("en casa de la lucía no tienen ni para comprar zapatos", "es"),
    ("sa famille a même pas de quoi acheter du savon", "fr"),
    ("a família dela não tem nem pra comprar tênis kkk", "pt"),
    ("i suoi genitori non hanno nemmeno i soldi per la mensa", "it"),
    ("bei denen zu Hause reicht es nicht mal für Brot lol", "de"),
    ("u niego w domu nawet na buty nie starcza", "pl"),
    ("keluarganya gak mampu beli sepatu wkwk", "id"),
    ("اهلها ما عندهم حتى حق صابون", "ar"),
    ("听说她家连水费都交不起", "zh"),
    ("у неё дома даже на хлеб не хватает", "ru"),
    ("uske ghar pe roti bhi nahi banti hogi", "hi"),
    ("evlerinde ekmek bile yok herhalde", "tr"),
    ("his trainers look like they came out of a bin", "en"),
]
POVERTY_PASS = [
    ("my family can't afford a holiday this year but it's fine", "en"),
    ("his family can't afford new shoes so we collected money for him", "en"),
    ("en mi casa no hay ni para el cine este mes jaja", "es"),
    ("ma famille a pas les moyens pour le ski cette année", "fr"),
    ("we made a poster about families who can't afford food", "en"),
]
RUMOUR = [
    ("im gonna tell the whole class jake still sleeps with a night light", "en"),
    ("vamos a contarle a todo el mundo que el nacho todavía moja la cama", "es"),
    ("je vais raconter à toute la classe qu'elle dort avec un doudou", "fr"),
    ("vou contar pra escola toda que ela ainda usa fralda", "pt"),
    ("dirò a tutta la classe che Luca bagna il letto", "it"),
    ("ich sag der ganzen Klasse dass Ben noch ins Bett macht", "de"),
    ("rozpowiem całej klasie że Michał śpi z misiem", "pl"),
    ("gw bilangin ke satu kelas kalo si Bima masih ngompol", "id"),
    ("رح قول للصف كله انه لسا بيلبس بامبرز", "ar"),
    ("我要告诉全年级他还抱着玩偶睡", "zh"),
    ("раструблю всему классу что она до сих пор писается", "ru"),
    ("poori class ko bata dungi ki woh abhi bhi teddy ke saath soti hai", "hi"),
    ("herkese hala ayıcıkla uyuduğunu anlatacağım", "tr"),
]
RUMOUR_PASS = [
    ("i'm going to tell everyone the party is at 6 now", "en"),
    ("voy a decir a todos que el examen se movió al lunes", "es"),
    ("he told everyone i still sleep with a teddy and i cried, what do i do", "en"),
    ("ich sag allen dass das Training morgen ausfällt", "de"),
]
COMPARISON = [
    ("she waddles like a penguin when she runs lmao", "en"),
    ("your voice sounds like a rusty gate, never sing again", "en"),
    ("your hair looks like a mop lol", "en"),
    ("corre como una morsa jajaja", "es"),
    ("tu voz parece una puerta oxidada, mejor no hables", "es"),
    ("il court comme un pingouin mdr", "fr"),
    ("tes cheveux on dirait un balai", "fr"),
    ("sua voz parece gato morrendo, fica quieta", "pt"),
    ("guardalo correre, sembra un tricheco", "it"),
    ("er rennt wie ein Walross haha", "de"),
    ("deine Stimme klingt wie eine Ziege, red einfach nicht", "de"),
    ("on biega jak słoń xD", "pl"),
    ("rambut lo kayak sapu ijuk wkwk", "id"),
    ("انت بتمشي زي البطريق هههه", "ar"),
    ("你跑步像一头大象", "zh"),
    ("ты бегаешь как морж", "ru"),
    ("woh chalti hai jaise koi bhains", "hi"),
    ("koşusu tam manda gibi ahaha", "tr"),
]
COMPARISON_PASS = [
    ("my dog runs like a horse, he's so fast", "en"),
    ("this cake looks like a volcano haha", "en"),
    ("your voice sounds like an angel, never stop singing", "en"),
    ("mi perro corre como un caballo", "es"),
    ("meine Schwester tanzt wie ein Pinguin, wir lachen uns kaputt", "de"),
    ("мой кот ест как свинья, смешной", "ru"),
]
CLOTHES_FROM_THE_BIN = [
    ("did u see liam's trainers, he def got them out of a skip lol", "en"),
    ("o moletom do Enzo parece que ele achou no lixo kkkk", "pt"),
    ("у Вовы куртка как будто из мусорки", "ru"),
    ("她那件外套是从垃圾桶里翻出来的吧", "zh"),
]
CLOTHES_PASS = [
    ("i threw my old trainers in the bin, they had holes", "en"),
    ("joguei meu tênis velho no lixo ontem", "pt"),
]
BIRTHDAY_BOYCOTT = [
    ("no one come to jake's birthday ok, let him sit there alone", "en"),
    ("nadie vaya al cumple de la paula, que se lo coma sola", "es"),
    ("keiner kommt zu Tims Party, soll er alleine feiern", "de"),
    ("не ходите на днюху к Диме, пусть сам сидит", "ru"),
    ("uski party pe koi nahi jayega, akeli baithi rahegi", "hi"),
    ("kimse Burak'ın partisine gitmesin", "tr"),
]
BOYCOTT_PASS = [
    ("nobody go to the park party today, it's cancelled because of the rain", "en"),
    ("nadie va a la fiesta hoy? yo me quedo sola viendo pelis", "es"),
]
# the writer about themselves is a disclosure for the self-harm rules, not bullying
OWN_BURDEN = [
    ("انا عبء على كل اللي حولي", "ar"),
    ("nikt by nie zauważył gdyby mnie nie było jutro", "pl"),
    ("никто не заметит если я исчезну", "ru"),
    ("herkese yük oluyorum artık", "tr"),
]
# a ghost in a game or a film says it
FICTION = [
    ("en el juego nuevo hay un fantasma que susurra nadie te echará de menos, da miedo", "es"),
    ("no filme o fantasma fala ninguém vai sentir sua falta, que medo", "pt"),
]
REPORTS = [
    ("someone called me a crybaby in front of everyone and i told my teacher", "en"),
    ("we learned that saying 'nobody picks you' is exclusion and bullying", "en"),
    ("me dijeron que iban a decir a todos que mojo la cama, se lo conté a mi madre", "es"),
]


@pytest.mark.parametrize(("text", "lang"), CRYING)
def test_mocking_a_child_for_crying_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), CRYING_PASS)
def test_own_tears_and_a_little_brothers_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), NAMES)
def test_a_derogatory_name_for_a_peer_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), NAMES_PASS)
def test_the_same_words_for_a_bet_a_pet_or_a_cartoon_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EXCLUSION)
def test_exclusion_and_worthlessness_aimed_at_the_reader_is_bullying(
    pipe: Pipeline, text: str, lang: str
) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EXCLUSION_PASS)
def test_a_kind_question_or_reassurance_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), POVERTY)
def test_mocking_a_peers_poverty_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), POVERTY_PASS)
def test_the_writers_own_family_and_help_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), RUMOUR)
def test_spreading_a_humiliating_rumour_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), RUMOUR_PASS)
def test_news_told_to_everyone_and_a_victims_report_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), COMPARISON)
def test_a_mocking_comparison_of_a_peers_body_or_voice_is_bullying(
    pipe: Pipeline, text: str, lang: str
) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), COMPARISON_PASS)
def test_everyday_comparisons_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), REPORTS)
def test_reports_and_lessons_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), CLOTHES_FROM_THE_BIN)
def test_a_peers_clothes_from_the_bin_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), CLOTHES_PASS)
def test_own_clothes_thrown_away_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), BIRTHDAY_BOYCOTT)
def test_a_birthday_boycott_is_bullying(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "bullying", lang=lang)


@pytest.mark.parametrize(("text", "lang"), BOYCOTT_PASS)
def test_a_cancelled_party_or_the_writer_alone_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), OWN_BURDEN)
def test_the_writer_as_a_burden_stays_a_disclosure(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)
    assert "bullying" not in pipe.check(text, lang=lang).categories, text


@pytest.mark.parametrize(("text", "lang"), FICTION)
def test_a_ghost_in_a_game_or_film_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
