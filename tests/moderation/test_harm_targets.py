"""HateCheck-style functional tests for bullying and threats aimed at a
person without the "you are + adjective" shape (moderation/harm_targets.py,
moderation/harm_threats.py): superlatives about a person, animal names in a
pointing frame, exclusion of a third person or the reader, and threat verb x
consequence.  One class of case per test, each over the ten languages (en es
fr pt de it ru ar zh hi), each family with hard negatives: the same words
about things or animals, compliments, first-person self-talk, everyday
idioms ("my mum will kill me", "you'll regret not coming"), and discussion or
reports of such messages."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline


def _held(pipe: Pipeline, text: str, cat: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.action, v.reasons)
    assert cat in v.categories, (text, v.categories, v.reasons)


def _clean(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW and v.text == text, (text, v.action, v.reasons)


# -- 1. superlatives about a person ----------------------------------------------
@pytest.mark.parametrize("text", [
    # en: second person, abbreviations, third person with a person noun or group
    "you are the ugliest person here",
    "you're the dumbest girl in our year",
    "ur the fattest kid in class",
    "u r the ugliest girl in our class",
    "you are by far the dumbest person i know",
    "you're the biggest loser in this school",
    "Emma is the ugliest girl in our year",
    "jake is the dumbest boy in school lol",
    "she's the fattest girl in the whole school",
    "who is the ugliest girl in our year? vote",
    # es
    "eres la más fea de la clase",
    "sos la más fea del salón",
    "maria es la más gorda del curso",
    "eres el chico más tonto del colegio",
    # pt
    "você é a mais feia da escola",
    "ela é a mais feia da sala",
    "a ana é a menina mais gorda da turma",
    # fr
    "t'es la plus moche du collège",
    "tu es la fille la plus moche de la classe",
    "elle est la plus moche du collège",
    "c'est le plus con de la classe",
    # de
    "du bist die hässlichste in der klasse",
    "sie ist die hässlichste der ganzen schule",
    "bist du echt die dümmste person der klasse",
    # it
    "sei la più brutta della classe",
    "lei è la più brutta della scuola",
    "sei proprio la ragazza più brutta della scuola",
    # ru
    "она самая страшная в классе",
    "он самый тупой в школе",
    "ты самый тупой из всех",
    # ar (MSA, dialect, Arabizi)
    "انتي اقبح بنت في الصف",
    "هي اقبح بنت في المدرسه",
    "هو اغبى واحد في الصف",
    "enti a2ba7 bent fel fasl",
    # zh (simplified and traditional)
    "你长得这么丑",
    "你長得這麼醜",
    "你是全班最丑的",
    "你是我们班最胖的",
    "她是我们班最胖的",
    "他是全校最蠢的",
    # hi (Hinglish and Devanagari)
    "tu class ka sabse ganda ladka hai",
    "वो सबसे बदसूरत लड़की है",
    "तू सबसे बदसूरत है",
])
def test_superlative_about_a_person_is_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    # things, days, records, first person, compliments
    "that is the ugliest building in town",
    "this is the ugliest sweater i own",
    "which one is the ugliest? the blue one",
    "it is the ugliest one",
    "this is the dumbest question lol",
    "the fattest person in the world weighed 600kg",
    "i'm the dumbest person in my family lol",
    "I am the ugliest in my family haha",
    "she is the smartest girl in our year",
    "you're the smartest kid in school",
    "es la casa más fea del barrio",
    "eres la más guapa de la clase",
    "é o dia mais feio do ano",
    "você é a mais linda da escola",
    "c'est le plus moche pull du monde",
    "t'es la plus belle du collège",
    "das ist das hässlichste haus",
    "du bist die schönste in der klasse",
    "è la più brutta giornata",
    "sei la più bella della classe",
    "это самая страшная книга",
    "ты самая красивая в классе",
    "هذا اقبح فستان في المحل",
    "这是最丑的衣服",
    "你是全班最漂亮的",
    "ye sabse badsurat building hai",
    "tu sabse smart hai",
])
def test_superlative_about_things_or_praise_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 2. animal names aimed at someone --------------------------------------------
@pytest.mark.parametrize("text", [
    "look at this whale",
    "ewww look at that fat cow lol",
    "look at this whale trying to run in pe",
    "mira esa vaca jajaja",
    "mira a esta ballena",
    "olha a cara dessa baleia",
    "olhem essa vaca kkkkk",
    "cette grosse vache",
    "regarde cette baleine mdr",
    "schau dir diese kuh an",
    "guck mal die fette kuh",
    "questa balena",
    "guarda sta balena ahah",
    "посмотрите на эту корову",
    "ну ты и свинья",
    "شوفوا هالبقره",
    "انظروا لهذه البقرة",
    "你这头猪",
    "你这头肥猪",
    "dekh is bhains ko",
    "ye bhains dekho",
])
def test_animal_name_in_pointing_frame_is_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "look at this whale at the aquarium",
    "look at this cow in the field",
    "we saw a whale on the trip",
    "mira esa vaca en el campo",
    "olha essa baleia no documentário",
    "les vaches sont grosses",
    "schau mal die kuh auf der weide",
    "guck mal das schwein im stall",
    "questa balena è gigante",
    "guarda quella balena nel documentario",
    "посмотри на эту корову на лугу",
    "коровы дают молоко",
    "شوف البقره في المزرعه",
    "看这头猪好可爱",
    "我喜欢猪",
    "dekh is bhains ko kitna doodh deti hai",
    "bhains doodh deti hai",
])
def test_animal_in_a_sentence_about_animals_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 3. exclusion of a third person or of the reader ----------------------------
@pytest.mark.parametrize("text", [
    "nobody can stand her",
    "literally no one can stand you",
    "no one can even stand him",
    "get out of the group",
    "get out of the gc loser",
    "nadie la soporta",
    "sal del grupo",
    "ninguém aguenta ela",
    "ninguém gosta dela",
    "sai do grupo",
    "personne ne la supporte",
    "personne peut la supporter",
    "niemand kann sie leiden",
    "verpiss dich aus der gruppe",
    "nessuno ti sopporta",
    "nessuno la sopporta più",
    "никто тебя не терпит",
    "его никто не терпит",
    "вали из чата",
    "محد يطيقها",
    "اطلع من الجروب",
    "滚出去",
    "滚出我们群",
    "没人受得了她",
    "谁都受不了她",
    "koi tujhe pasand nahi karta",
    "group se nikal ja",
])
def test_exclusion_is_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "nobody can stand the heat",
    "no one can stand the smell of the canteen",
    "how do i leave the group?",
    "he left the group yesterday",
    "can someone get out of the group and rejoin to fix the bug",
    "nadie soporta el calor",
    "ninguém aguenta mais esse calor",
    "personne ne supporte la chaleur",
    "niemand kann das leiden",
    "nessuno sopporta il caldo",
    "никто не терпит жару",
    "ما حد يطيق الحر",
    "滚出去是不好的话",
    "没人喜欢下雨天",
    "koi bhi homework pasand nahi karta",
])
def test_everyday_can_not_stand_and_leaving_a_group_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 4. threats: threat verb x consequence ---------------------------------------
@pytest.mark.parametrize("text", [
    "I'll find out where you live",
    "i swear ill find out where u live",
    "you'll regret it",
    "you're gonna regret this",
    "you will regret messing with me",
    "watch your back",
    "you're dead",
    "your dead.",
    "I'll make your life hell",
    "imma make your life a living hell",
    "I won't spare you",
    "you and me after school",
    "just wait till i see you",
    "meet me behind the school if you dare",
    "te voy a encontrar",
    "te espero a la salida",
    "vou descobrir onde você mora",
    "vai se arrepender",
    "tu vas le regretter",
    "je t'attends à la sortie",
    "du wirst es bereuen",
    "ich finde raus wo du wohnst",
    "te ne pentirai",
    "ti ammazzo",
    "ты пожалеешь",
    "я узнаю где ты живешь",
    "راح تندم",
    "ra7 tendam",
    "ما راح ارحمك",
    "你等着",
    "你会后悔的",
    "我不会放过你的",
    "放学别走",
    "放學別走",
    "तुझे छोड़ूँगा नहीं",
    "tujhe chhodunga nahi",
    "tujhe main chhodunga nahi",
    "don't tell anyone or you'll regret it",
    "if you tell the teacher you'll regret it",
])
def test_threat_verb_and_consequence_is_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "I'm dead 😂",
    "im dead lmao",
    "my mum will kill me",
    "this homework is killing me",
    "you'll regret not coming to the party lol",
    "you will regret missing the concert",
    "you will regret it if you don't try the cake",
    "you'll be sorry you missed it",
    "you're dead to me",
    "you are dead to me lol",
    "i won't spare you the gory details",
    "i'll make your life easier",
    "i'll find out where the party is",
    "wait for me after school, we can walk home together",
    "wait for me outside the cinema",
    "watch your back when you cross the road",
    "te voy a encontrar un regalo",
    "te arrepentirás de no venir",
    "vas se arrepender de não ter vindo",
    "tu vas le regretter si tu rates le film",
    "du wirst es bereuen, wenn du nicht kommst",
    "te ne pentirai se non vieni",
    "ты пожалеешь, если не придешь на вечеринку",
    "你等着我",
    "不来你会后悔的",
    "берегись машины на дороге",
])
def test_everyday_regret_dead_and_waiting_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


@pytest.mark.parametrize("text", [
    # advice, not a threat: the regret phrase follows a warning about a thing
    "don't buy that phone, you'll regret it",
    "trust me you will regret it",
    "no compres eso, te arrepentirás",
    "não compra isso, vai se arrepender",
    "ne l'achète pas, tu vas le regretter",
    "kauf das nicht, du wirst es bereuen",
    "non comprarlo, te ne pentirai",
    "ты пожалеешь, что не пришла на вечеринку",
    "别买这个手机，你会后悔的",
    "老师来了，你完蛋了",
    "ما راح ارحم نفسي من الاكل اليوم",
    "main tujhe kabhi nahi chhodunga, tu mera best friend hai",
    "frozen is the dumbest kids movie",
])
def test_advice_and_banter_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 5. discussion and reports of such messages ----------------------------------
@pytest.mark.parametrize("text", [
    'someone told my friend "you are the ugliest", that\'s bullying',
    'we learned that "watch your back" is a threat',
    'if someone says "I\'ll find out where you live" tell an adult',
    "he said no one can stand her and it made her cry",
    'my friend told me "you\'ll regret it" and i was scared',
    'alguien le dijo "eres la más fea de la clase" y lo reportamos',
    'quelqu\'un m\'a écrit "tu vas le regretter", je l\'ai signalé',
    'jemand hat geschrieben "du wirst es bereuen" und ich habe es gemeldet',
])
def test_reported_or_discussed_targeted_harm_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


@pytest.mark.parametrize("text", [
    # paraphrases written after the rules (one or two per language)
    "ur literally the ugliest thing alive",
    "tom is the biggest loser in year 9",
    "tú eres la más gorda de todas",
    "você é o mais burro da turma",
    "t'es vraiment le plus nul de la classe",
    "du bist echt der peinlichste typ der schule",
    "sei il ragazzo più sfigato della scuola",
    "ты самый жирный в нашем классе",
    "她是全班最丑的女生",
    "anta a8ba wa7ed fel saf",
    "vo class ki sabse moti ladki hai",
    "guardate questa vacca ahahah",
    "nadie lo aguanta",
    "大家都受不了他",
    "i'll ruin your life",
    "te voy a hacer la vida imposible",
    "ich mach dein leben zur hölle",
    "ti rendo la vita un inferno",
    "я сделаю твою жизнь адом",
    "teri zindagi narak bana dunga",
    "你给我小心点",
])
def test_targeted_paraphrases_are_held(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.HOLD, (text, v.action, v.reasons)
    assert {"bullying", "threat"} & set(v.categories), (text, v.categories)


@pytest.mark.parametrize("text", [
    "路上你小心点",
    "你小心点，地很滑",
    "me vas a hacer la vida más fácil",
    "du machst mir das leben leichter",
])
def test_caring_look_alikes_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- meeting place x "you're done", knowing the reader's school/route ----------
@pytest.mark.parametrize("text", [
    "i know which school you go to. see you tomorrow at the gate, you're done",
    "see you tomorrow after school, you're finished",
    "i know what bus you take",
    "nos vemos mañana a la salida, estás acabado",
    "sé a qué colegio vas",
    "on se voit demain à la sortie, t'es fini",
    "te vejo amanhã na saída, você tá morto",
    "wir sehen uns morgen nach der schule, du bist fällig",
    "ich weiß auf welche schule du gehst",
    "ci vediamo domani all'uscita, sei finito",
    "увидимся завтра после уроков, тебе конец",
    "سأنتظرك بعد المدرسة وسأكسر رأسك",
    "بكرة بعد المدرسه فهضربك",
    "ra7 2e2tlak bokra 3end bab el madrase, wallahi",
    "ra7 2edrabak bokra",
    "कल स्कूल के बाहर मिल, तुझे देख लूंगा",
    "कल स्कूल के बाहर मिल, तुझे देख लूँगा",
    "kal school ke bahar mil, tujhe dekh lunga",
    "teri khair nahi",
])
def test_meeting_then_threat_and_knowing_the_school(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "I'll wait for you after school, we can walk home together",
    "see you tomorrow at the gate!",
    "you're done with the quiz? nice",
    "see you after school! you're done with homework right?",
    "see you tomorrow at lunch, you are the best",
    "i know which school you go to because you told me lol",
    "nos vemos mañana a la salida, ¿vienes al cine?",
    "wir sehen uns morgen nach der schule, bring dein Buch mit",
    "سأنتظرك بعد المدرسة ونمشي مع بعض",
    "wallahi ma 2e2tlak",
    "क्या तुम कल स्कूल के बाहर मिलोगे? साथ चलेंगे",
    "main kal movie dekh lunga",
])
def test_meetings_and_everyday_done_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- exclusion with a place in between; third person x animal -------------------
@pytest.mark.parametrize("text", [
    "nobody in this room even likes you, just leave",
    "no one here actually likes you",
    "nadie en esta clase te soporta",
    "personne ici ne t'aime",
    "ninguém aqui gosta de você",
    "niemand hier mag dich",
    "nessuno in questa classe ti sopporta",
    "никто здесь тебя не любит",
    "ولا حد في الصف ده بيحبك",
    "yahan koi tujhe pasand nahi karta",
    "कोई भी यहाँ तुम्हें पसंद नहीं करता",
    "lmaooo look at this pic of maya she looks like a whale 🐋 send it to everyone",
    "ella parece una ballena jajaja",
    "regarde elle ressemble à une baleine",
    "olha ela parece uma baleia",
    "guck mal, sie sieht aus wie eine kuh",
    "guarda lei sembra una balena",
    "она похожа на корову",
    "شكلها زي البقره",
    "她长得像头猪",
    "woh bhains jaisi dikhti hai",
])
def test_exclusion_with_place_and_animal_comparison(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "the whale at the aquarium was huge",
    "nobody likes Mondays",
    "nobody in my class likes me",
    "nobody here likes pineapple pizza",
    "the cloud looks like a whale",
    "my cat looks like a cow",
    "she looks like a whale shark expert lol",
    "he looked like a troll in the school play costume",
    "yahan koi bhi pizza pasand nahi karta",
])
def test_animals_and_group_talk_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- telling the group to ignore someone + an insult (harm_more.py) --------------
@pytest.mark.parametrize("text", [
    "everyone ignore the kid from room 3 hes a freak",
    "everyone ignore him hes a loser",
    "lets all ignore her shes such a weirdo",
    "just ignore jake, he is a total creep",
    "todos ignoren a la nueva, es una rara",
    "ignoren a ese, es un pringado",
    "ignorez-la c'est une bouffonne",
    "ignorez le nouveau, il est trop chelou",
    "ignorem ela, é uma esquisita",
    "galera, ignorem o novato, ele é um otário",
    "ignoriert ihn einfach, der ist ein opfer",
    "ignoriert die neue, die ist so komisch",
    "ignorate quella sfigata",
    "non parlate con lui, è uno sfigato",
    "все игнорьте его он лох",
    "не общайтесь с ней, она странная",
    "تجاهلوه هو غبي",
    "محدش يكلمها دي مقرفة",
    "大家别理他，他是个怪胎",
    "不要理那个丑八怪",
    "sab usko ignore karo woh pagal hai",
    "उससे बात मत करो वो पागल है",
])
def test_group_told_to_ignore_an_insulted_person_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "everyone ignore the spam bot",
    "just ignore him, he's trying to get a reaction",
    "ignore the haters theyre losers",
    "ignore the last message, it was a typo",
    "ignoren el mensaje anterior, era un error",
    "ignorez mon dernier message",
    "ignorem a mensagem anterior, foi engano",
    "ignoriert die letzte nachricht",
    "ignorate il messaggio di prima",
    "игнорьте спам, это бот",
    "تجاهلوا الرسالة السابقة",
    "大家别理那个广告机器人",
    "usko ignore karo, woh bas reaction chahta hai",
])
def test_ignoring_spam_or_trolls_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- shut up + insult; nobody wants to hear you (harm_more.py) ------------------
@pytest.mark.parametrize("text", [
    "stai zitta cicciona, fai schifo",
    "stai zitto brutto",
    "taci, sfigato",
    "chiudi la bocca cretina",
    "nessuno vuole sentirti",
    "chup kar moti",
    "chup be pagal",
    "चुप कर मोटी",
    "你闭嘴吧丑八怪，没人想听你说话",
    "闭嘴，你个废物",
    "没人想听你说话",
])
def test_shut_up_with_an_insult_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "stai zitta un attimo, ti spiego",
    "zitto, sta parlando la prof",
    "taci, che sto studiando",
    "chup kar, movie shuru ho gayi",
    "闭嘴吧，电影开始了",
    "没人想听这首歌吗",
    "nessuno vuole venire domani?",
])
def test_shut_up_without_insult_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


@pytest.mark.parametrize("text", ["my dog is so dumb lol", "my dog is ѕо dumb lol"])
def test_calling_a_pet_dumb_passes(pipe: Pipeline, text: str) -> None:
    """Not a person; the look-alike spelling changes nothing."""
    _clean(pipe, text)


# -- a fat nickname x animal; "go back to kindergarten" (harm_shaming.py) --------
@pytest.mark.parametrize("text", [
    "jajaja el gordito del grupo 3 parece un cerdo 🐷",
    "la gorda de mi clase parece una vaca",
    "él parece un cerdo jaja",
    "the fat kid in our class looks like a pig",
    "o gordinho da sala parece um porco",
    "la grosse de la classe ressemble à une baleine",
    "der Dicke aus der 7b sieht aus wie ein Schwein",
    "il ciccione della classe sembra un maiale",
    "lmao the girl from brazil cant even spell, go back to kindergarten",
    "you cant even count, go back to preschool",
    "no sabes ni escribir, vuelve al kinder",
    "tu sais pas écrire, retourne à la maternelle",
    "nem sabe escrever, volta pro prezinho",
    "geh zurück in den Kindergarten",
    "non sai nemmeno scrivere, torna all'asilo",
    "иди обратно в садик",
])
def test_nickname_animal_and_kindergarten_mockery_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "el cerdo de la granja parece enorme",
    "el dibujo del niño parece un cerdo",
    "go back to the main room",
    "i want to go back to kindergarten, it was easier",
    "when i go back to kindergarten as a helper",
    "my little sister started kindergarten",
    "the girl from brazil spells better than me lol",
    "the fat cat looks like a loaf of bread",
    "mi hermano vuelve al kinder mañana",
])
def test_animals_farms_and_kindergarten_talk_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- "do it again and I'll..." (harm_threats.py) ---------------------------------
@pytest.mark.parametrize("text", [
    "say that again and ill punch you",
    "next time you call me that i will find you and beat you",
    "vuelve a decir eso y te parto la cara",
    "redis ça et je te défonce",
    "fala isso de novo que eu te quebro",
    "sag das nochmal und ich hau dich",
    "ridillo e ti spacco la faccia",
    "ещё раз напишешь — найду и урою",
    "только попробуй ещё раз — убью",
    "найду и урою",
    "agli baar bola to ghar aake maarunga",
    "अगली बार बोला तो घर आके मारूंगा",
])
def test_repeat_it_and_i_will_hurt_you_held(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "say that again and i will explain it slower",
    "next time you come i will make cake",
    "vuelve a decir eso y te explico",
    "redis ça et je te réponds",
    "fala isso de novo por favor",
    "sag das nochmal bitte",
    "ridillo più lentamente",
    "ещё раз напишешь — я отвечу завтра",
    "ещё раз спросишь — приду и объясню",
    "agli baar main ghar aake khana banaunga",
    "agli baar bola to main sun lunga",
])
def test_repeat_it_with_a_harmless_consequence_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)
