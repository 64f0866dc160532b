"""Gaming trash talk (frames_games.py): a threat that a game frames - a game
named after the verb, before it or anywhere in the sentence, a game noun
with a place word, or a word only games use - passes in the 13 languages;
the real world anywhere in the message (school, the gate, home, irl, "for
real", after the match, a real weapon) or a grudge ("because of what you
did in fortnite") keeps it held.  "shut up you ... afk the whole match" is
a match argument; "shut up nobody likes you" stays held.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

GAME_TALK = [
    # en
    "i'll kill you in valorant tonight 😂 get ready",
    "im gonna destroy you in fifa later lol",
    "i will end you in the next round",
    "i'm going to kill you in fortnite tomorrow, get ready",
    "i will beat you in a 1v1",
    "i'm gonna smash you in ranked",
    "i will kill you so bad in bedwars",
    "i'll destroy you on roblox tonight",
    "i will kill you tonight in valo 😂 9pm dont be late",
    "ur so dead in fortnite tomorrow lol",
    "i will destroy you 1v1 me",
    "i'm going to end you in the lobby lol",
    "i will beat you up in brawl stars",
    # es
    "te voy a matar en el fortnite",
    "te mato en la partida de hoy",
    "te voy a reventar en valo esta noche",
    "te voy a matar en free fire 😂",
    "te voy a destrozar en la proxima partida jaja",
    "te voy a matar en el minecraft",
    "te mato en el 1v1 jajaja",
    "te voy a matar esta noche en fortnite preparate",
    "te voy a matar en brawl stars jaja",
    "te voy a reventar en el fifa mañana",
    # pt
    "vou te matar no free fire",
    "te mato no x1",
    "vou te matar na partida kkk",
    "vou te matar no fortnite hoje a noite",
    "vou te destruir no ff kkkk",
    "vou te matar no minecraft kkkk",
    "te mato na próxima partida",
    "vou te matar no valorant amanhã kkk",
    "vou te matar no fifa se prepara",
    "vou te arrebentar no x1 kkkk",
    # fr
    "je vais te défoncer à fifa",
    "je vais te tuer sur fortnite ce soir mdr",
    "je vais te défoncer sur valo ce soir",
    "je vais te tuer en 1v1 mdr",
    "je vais te défoncer dans la prochaine partie",
    "je vais te tuer à fifa demain mdr",
    "je vais te défoncer sur brawl stars",
    "je vais te massacrer à fifa ce soir 😂",
    "je vais te tuer sur minecraft",
    "je vais te défoncer en ranked mdr",
    # de
    "ich bring dich um in fortnite lol",
    "ich mach dich heute in valo kaputt",
    "ich bring dich in fifa um",
    "ich mach dich fertig in der nächsten runde",
    "ich bring dich heute abend in fortnite um 😂",
    "ich mach dich kaputt in brawl stars",
    "ich bring dich um im nächsten match haha",
    "ich mach dich platt in valorant",
    "ich bring dich um in minecraft xD",
    "ich mach dich fertig im 1v1",
    # it
    "ti uccido nella prossima partita",
    "ti ammazzo su fortnite stasera",
    "ti uccido a fifa ahahah",
    "ti ammazzo nella prossima partita",
    "ti distruggo a valorant stasera",
    "ti uccido su minecraft",
    "ti ammazzo in 1v1",
    "ti faccio a pezzi a fifa",
    "ti uccido su brawl stars ahah",
    "ti ammazzo in ranked",
    # ru
    "я тебя убью в кс сегодня",
    "я тебя уничтожу в фифе хаха",
    "я тебя убью в доте вечером",
    "я тебя убью в фортнайте",
    "я тебя порву в ксго",
    "я тебя убью в следующей катке",
    "я тебя уничтожу в майнкрафте",
    "я тебя убью в стандоффе хаха",
    "я тебя убью в бравле",
    "я тебя уничтожу в фифе завтра",
    # ar
    "راح اذبحك في فيفا",
    "راح اقتلك في ببجي الليله 😂",
    "بذبحك في فورتنايت",
    "راح اذبحك في فري فاير هههه",
    "راح اقتلك في فيفا بكرا",
    "بقتلك في ماينكرافت",
    "راح اذبحك في الماتش الجاي",
    "راح اقتلك في فالورانت",
    "بذبحك في ببجي ههههه",
    "راح اذبحك في اللعبه",
    "رح اذبحك بالفيفا اليوم",
    # zh
    "今晚打游戏我弄死你",
    "我在王者里杀了你哈哈",
    "等下吃鸡我打死你",
    "今晚王者我弄死你",
    "等会开黑我打死你哈哈",
    "下一局我弄死你",
    "排位里我杀了你",
    "原神里我打死你哈哈",
    "这局我弄死你",
    "我的世界里我杀了你",
    # hi
    "tujhe BGMI mein maar dunga",
    "tujhe free fire mein maar dunga 😂",
    "तुझे बीजीएमआई में मार दूंगा",
    "tujhe pubg mein maar dunga bhai",
    "aaj raat bgmi mein tujhe maar dunga",
    "tujhe ff mein maar dunga lol",
    "tujhe game mein maar dunga",
    "tujhe valo mein maar dalunga 😂",
    "tujhe match mein maar dunga",
    "तुझे फ्री फायर में मार दूंगा",
    # tr
    "seni öldürcem valoda",
    "bu akşam pubgde seni öldüreceğim",
    "maçta seni öldürcem kanka",
    "seni fifada öldürcem",
    "seni oyunda öldüreceğim ahaha",
    "seni valorantta öldürcem",
    "seni pubg'de öldürcem",
    "seni minecraftta öldüreceğim",
    "seni rankedde öldürcem",
    "seni brawl starsta öldürcem",
    # pl
    "rozwalę cię w fifie haha",
    "zabije cie w valo dzisiaj",
    "zabiję cię w fortnite dzisiaj",
    "zabije cie w minecrafcie",
    "zabiję cię w następnej rundzie",
    "zabije cie w grze xD",
    "rozwalę cię w fortnite",
    "zabiję cię w valorant wieczorem",
    "zabije cie w csie",
    "rozwale cie w 1v1",
    # id
    "gue bunuh lo di ML nanti",
    "aku bunuh kamu di free fire wkwk",
    "gw bantai lu di ranked",
    "gue bunuh lo di game nanti malem",
    "aku bunuh kamu di ff wkwk",
    "gue bantai lo pas mabar",
    "aku bunuh kamu di minecraft",
    "gue bunuh lo di pubg wkwk",
    "gw bunuh lu di roblox",
    "aku bunuh kamu di valo nanti",
]

# the real world or a grudge in the message: held
REAL_THREATS = [
    # en
    "i'll kill you at school tomorrow",
    "after the match i'll find you and kill you",
    "i know where you live, i'll kill you in real life not in fortnite",
    "i will kill you tomorrow at the gate",
    "i'm gonna kill you irl not in fifa",
    "i'll kill you, you ruined the game for everyone",
    "i'll stab you after the game at the park",
    "i will kill you for real, fortnite or not",
    "i will kill you because of what you did in fortnite",
    "i'll kill you after school, forget fortnite",
    "i'm going to kill you at your house tonight, not in valo",
    "i will find you after the match",
    "i will kill you tomorrow at school, valorant won't save you",
    "i'm going to kill you when i see you, this isn't fortnite",
    "i will hurt you irl after the fifa tournament",
    "i will kill you at the bus stop, this is not a game",
    "im gonna kill you on the way home lol not in minecraft",
    "i know your address, i'll kill you in real life",
    "i will beat you up in person not in roblox",
    "i'll kill you with my dads knife, like in cod",
    "i will destroy you at lunch, no fortnite this time",
    "i'm going to kill you outside after the round",
    # es
    "te voy a matar en la escuela",
    "te voy a matar mañana en la salida",
    "te voy a matar en la vida real no en fortnite",
    "te voy a matar despues de la partida cuando te vea",
    "te voy a matar en el colegio",
    "te voy a matar de verdad",
    "te voy a matar porque me mataste en fortnite",
    "te voy a matar en tu casa",
    "te voy a matar a la salida del colegio, esto no es fortnite",
    "te voy a matar en persona no en el free fire",
    "te voy a matar en el recreo",
    "te voy a matar cuando te vea en el parque",
    "te voy a matar en serio, no es el fifa",
    "te mato en la salida, no en la partida",
    # pt
    "vou te matar na escola amanhã",
    "vou te matar na saída",
    "vou te matar na vida real nao no free fire",
    "vou te matar depois da aula",
    "vou te matar de verdade",
    "vou te matar na tua casa",
    "vou te matar no recreio",
    "vou te matar pessoalmente nao no ff",
    "vou te matar quando te ver na escola",
    "vou te matar la fora depois da partida",
    "vou te matar na saída da escola, isso nao e free fire",
    "vou te matar no intervalo",
    # fr
    "je vais te tuer à la sortie du collège",
    "je vais te tuer au collège demain",
    "je vais te tuer en vrai pas sur fortnite",
    "je vais te tuer après les cours",
    "je vais te tuer chez toi",
    "je vais te tuer en vrai, pas à fifa",
    "je vais te tuer à la récré",
    "je vais te tuer quand je te vois dehors",
    "je vais te tuer au lycée après la partie",
    "je vais te tuer sérieux, c'est pas fortnite",
    # de
    "ich bring dich um nach der schule",
    "ich bring dich um, in echt, nicht in fortnite",
    "ich bring dich um wenn ich dich sehe",
    "ich bring dich um in der pause",
    "ich bring dich um, ernsthaft, nicht in fortnite",
    "ich mach dich fertig nach der schule",
    "ich bring dich um wenn ich dich draußen sehe",
    "ich bring dich um im echten leben",
    # it
    "ti uccido a scuola domani",
    "ti ammazzo all'uscita",
    "ti uccido nella vita reale",
    "ti uccido fuori da scuola",
    "ti uccido sul serio, non a fifa",
    "ti ammazzo dopo la scuola",
    "ti uccido quando ti vedo fuori",
    # ru
    "я тебя убью после школы",
    "я тебя убью в школе",
    "я тебя убью в реале а не в доте",
    "я тебя убью возле подъезда",
    "я тебя убью на перемене",
    "я тебя убью по-настоящему, это не фортнайт",
    "я тебя убью когда увижу на улице",
    "я тебя убью после уроков в кс не поможет",
    # ar
    "راح اذبحك بكرا عند المدرسه",
    "راح اقتلك بالحقيقه مو في فيفا",
    "راح اذبحك بعد الماتش لما اشوفك",
    "راح اذبحك بجد مو في ببجي",
    "راح اقتلك في المدرسه بكرا",
    "راح اذبحك لما اشوفك برا",
    # zh
    "放学你别走",
    "我在学校弄死你",
    "现实里我弄死你",
    "我现实里弄死你，不是游戏里",
    "放学别走，我弄死你",
    "打完这局我去学校弄死你",
    # hi
    "tujhe school ke bahar maar dunga",
    "tujhe ghar aake maar dunga",
    "tujhe asli mein maar dunga bgmi mein nahi",
    "tujhe school mein maar dunga, bgmi nahi hai ye",
    "tujhe sach mein maar dunga",
    "tujhe ghar ke bahar maar dunga",
    # tr
    "seni okulda öldürcem",
    "seni okuldan sonra öldüreceğim",
    "seni gerçek hayatta öldürcem",
    "seni okulun önünde öldürcem, oyun değil bu",
    "seni cidden öldüreceğim",
    "seni teneffüste öldürcem",
    # pl
    "zabiję cię po szkole",
    "zabije cie w szkole",
    "zabiję cię naprawdę",
    "zabiję cię w szkole jutro, to nie fortnite",
    "zabiję cię na przerwie",
    "zabiję cię serio",
    # id
    "gue bunuh lo pulang sekolah",
    "gue bunuh lo di sekolah besok",
    "aku bunuh kamu beneran",
    "gue bunuh lo di sekolah, bukan di game",
    "aku bunuh kamu beneran bukan di ff",
    "gue bunuh lo di depan gerbang",
    # sexual violence, family, look-alike words (дотронешься, كلاش = a rifle)
    "i will find you and rape you in fortnite",
    "i'll kill your family in fortnite",
    "i'll kill your mum in valorant lol",
    "я тебя убью, если дотронешься до нее",
    "راح اقتلك بالكلاش",
    # a game word and the real world in one message
    "i'll beat you up in person, 1v1 me irl",
    "te voy a matar a la salida, 1v1 en la vida real",
    "vou te matar na vida real, x1 na saída da escola",
    "je vais te tuer à la sortie, 1v1 en vrai",
    "ich bring dich um nach dem spiel, wart draußen",
    "я тебя убью после катки, жди у подъезда",
]

MATCH_ARGUMENTS = [
    "shut up you didn't even play, you were afk the whole match",
    "shut up you got carried the whole game",
    "shut up you were afk all round",
    "shut up you didnt even get one kill",
    "shut up you were feeding the whole game",
    "shut up you got carried in ranked",
]

EXCLUSION = [
    "shut up nobody likes you",
    "shut up you loser",
    "shut up idiot",
    "shut up you, nobody wants you in the game",
    "shut up you, go play with your dolls",
]


@pytest.mark.parametrize("text", GAME_TALK)
def test_game_trash_talk_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REAL_THREATS)
def test_threat_reaching_the_real_world_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", MATCH_ARGUMENTS)
def test_shut_up_about_a_match_passes(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", EXCLUSION)
def test_exclusion_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


def test_ich_bring_dich_um_in_a_game_is_no_incitement(pipe: Pipeline) -> None:
    v = pipe.check("ich bring dich um in fortnite lol")
    assert "self_harm" not in v.categories, v.reasons


PICKED_CHARACTERS = [
    ("you'll regret choosing this hero lol, i'm gonna counter you all game", "en"),
    ("te vas a arrepentir de coger ese personaje jajaja te voy a countear toda la partida", "es"),
    ("du wirst bereuen dass du diesen charakter gewählt hast, ich konter dich", "de"),
    ("o karakteri aldığına pişman olacaksın, seni counterlayacağım", "tr"),
]


@pytest.mark.parametrize(("text", "lang"), PICKED_CHARACTERS)
def test_regret_over_a_picked_character_is_game_talk(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
