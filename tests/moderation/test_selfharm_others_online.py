"""Someone met online at risk now, a goodbye then unreachable, and the writer
on a rooftop (moderation/selfharm_others_online*.py, session 16).  Held as
self_harm in 13 languages (ar: Arabic script and Arabizi; hi: Hinglish and
Devanagari) by the full pipeline and by the slot module's rules alone; the
same words in everyday messages pass unchanged.  The first lines of some
groups are the messages that passed unheld; the others were written for this
module, not taken from an evaluation set.

The game or app that names the person ("a guy from my gaming server", "un
mio amico di fortnite") no longer excuses a real place and a jump; a jump
inside the game ("in minecraft", "the map", "respawn") still passes.  A
goodbye with a reason (a move, a trip, a phone taken, a dead battery) passes;
a rooftop with a party, the sunset, fireworks, a repair, or an ending that goes
on ("i'm done with homework") passes.  Arabizi is covered for the edge and the
rooftop, not for the goodbye (the older silence round has no Arabizi tables)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.rules import RuleSet
from moderation.selfharm_others_online import RULES as ONLINE_RULES
from tests.moderation.helpers import clean, rules_hold, self_harm_held

# someone known online on a roof, a bridge, a window or a balcony saying they will jump
ONLINE_AT_THE_EDGE = [
    ("a guy from my gaming server says he's on the roof of his building and he's going to jump, he's"
     " typing weird and won't go down", 'en'),
    ('someone in my minecraft server says he is on the bridge and going to jump', 'en'),
    ("someone i play roblox with says she's on her balcony and she's going to jump", 'en'),
    ("my fortnite friend says he's standing on the ledge of his window and gonna jump", 'en'),
    ("a girl i met on tiktok is sitting on the edge of the roof of her flats texting me she'll jump", 'en'),
    ('my online friend is on a bridge near her house on facetime with me saying she is going to jump', 'en'),
    ('einer mit dem ich fortnite zocke sitzt grad auf dem balkongeländer und sagt er springt', 'de'),
    ('ein mädchen aus meinem discord steht auf dem dach von ihrem haus und schreibt sie will springen', 'de'),
    ('mein online freund sitzt im fenster im 6. stock und sagt er springt gleich', 'de'),
    ('alguien con quien juego roblox dice que esta en el techo de su casa y se va a tirar', 'es'),
    ('una amiga está en una llamada de discord diciendo que está en la azotea de su edificio y que va a'
     ' saltar, se silenció y no sé dónde vive', 'es'),
    ('un chico de mi server de minecraft esta en el puente y escribe que va a saltar', 'es'),
    ('um menino do meu servidor do discord disse que ta no telhado do prédio dele e vai pular', 'pt'),
    ('uma amiga que conheci no free fire ta na janela do apartamento dela dizendo que vai se jogar', 'pt'),
    ('um cara com quem eu jogo roblox ta na ponte agora falando que vai pular', 'pt'),
    ("une fille avec qui je joue à fortnite est sur son balcon et dit qu'elle va sauter", 'fr'),
    ("un mec de mon serveur discord dit qu'il est sur le toit de son immeuble et qu'il va sauter", 'fr'),
    ("un pote de minecraft est sur le pont et m'écrit qu'il va se jeter", 'fr'),
    ('un mio amico di fortnite dice che è sul tetto e vuole buttarsi, non risponde più su discord, aiuto', 'it'),
    ('una ragazza del mio server discord è sul tetto del suo palazzo e dice che si butta', 'it'),
    ('uno con cui gioco a roblox è sul balcone e scrive che salta', 'it'),
    ('девочка с которой я играю в роблокс сидит на подоконнике и говорит что выпрыгнет', 'ru'),
    ('парень из нашего дискорда стоит на мосту и пишет что прыгнет', 'ru'),
    ('мой онлайн друг сидит на краю крыши и говорит что сейчас прыгнет', 'ru'),
    ('dziewczyna z którą gram w fortnite siedzi na parapecie i mówi że skoczy', 'pl'),
    ('ziomek z naszego serwera stoi na moście i pisze że zaraz skoczy', 'pl'),
    ('chłopak z discorda siedzi na balkonie i mówi że skoczy', 'pl'),
    ('discord sunucumdan bir çocuk binasının çatısında olduğunu ve atlayacağını yazdı', 'tr'),
    ('roblox oynadığım bir kız balkon korkuluğunda oturuyor atlıcam diyor', 'tr'),
    ('oyun arkadaşım köprünün korkuluğunda duruyor atlayacakmış', 'tr'),
    ('cowok dari server discord aku bilang dia lagi di atap gedungnya dan mau lompat', 'id'),
    ('temen mabar aku lagi di pinggir atap rumahnya bilang mau loncat', 'id'),
    ('cewek dari grup roblox lagi di jembatan dan ngechat katanya mau terjun', 'id'),
    ('واحد من سيرفر الديسكورد تبعي بيقول انه على سطح بنايته ورح ينط', 'ar'),
    ('بنت من الديسكورد قاعده على طرف البلكونه وبتقول رح تنط', 'ar'),
    ('wa7ed mn el server 3ala discord bi2ool eno 3al sat7 w ra7 ynot', 'ar'),
    ('bent mn el discord 3al balcona w bt2ool ra7 tnot', 'ar'),
    ('mere discord server ka ek ladka bol raha hai ki wo apni building ki chhat pe hai aur kood jayega', 'hi'),
    ('मेरे डिस्कॉर्ड सर्वर का एक लड़का कह रहा है कि वो अपनी बिल्डिंग की छत पे है और कूद जाएगा', 'hi'),
    ('mera online dost balcony ki railing pe baitha hai aur bol raha hai kood jaunga', 'hi'),
    ('我游戏群里的一个男生说他现在在他家楼顶，要跳下去', 'zh'),
    ('一起打王者的网友说她站在阳台上要跳下去', 'zh'),
    ('网上认识的一个女生说她在天台上，说要跳下去', 'zh'),
]

# a jump in a game, into a pool, a sunset, laughter
GAME_AND_EVERYDAY_JUMPS = [
    ('he jumped off the roof in minecraft and died lol', 'en'),
    ('my teammate jumped off the map', 'en'),
    ("someone in my minecraft server built a bridge and says he'll jump off it to test fall damage", 'en'),
    ('my online friend is on the roof of her building watching the sunset', 'en'),
    ("a girl from my discord says she's going to jump into the pool from the balcony lmao", 'en'),
    ('someone i play roblox with said his character jumps off the bridge every round', 'en'),
    ('ein typ aus meinem discord sagt er springt gleich vom dach in minecraft', 'de'),
    ('einer mit dem ich zocke sagt er springt vom balkon in den pool haha', 'de'),
    ('un chico de mi server dice que se va a tirar del puente en el juego jaja', 'es'),
    ('alguien con quien juego dice que va a saltar del techo a la piscina', 'es'),
    ('um cara do meu servidor disse que vai pular do telhado no jogo kkkk', 'pt'),
    ('uma amiga do discord ta na janela falando que vai pular na piscina', 'pt'),
    ("un mec de mon serveur dit qu'il va sauter du toit dans le jeu mdr", 'fr'),
    ("une fille de discord est sur le balcon et dit qu'elle va sauter dans la piscine", 'fr'),
    ('un mio amico di fortnite dice che salta dal tetto nel gioco per prendere il loot', 'it'),
    ('una ragazza del mio server è sul balcone e dice che salta in piscina', 'it'),
    ('парень с моего сервера говорит что прыгнет с крыши в маинкрафте', 'ru'),
    ('девочка из дискорда говорит что прыгнет с балкона в бассейн ахаха', 'ru'),
    ('chłopak z serwera mówi że skoczy z dachu w grze xd', 'pl'),
    ('dziewczyna z discorda mówi że skoczy z balkonu do basenu', 'pl'),
    ('discord sunucumdan bir çocuk oyunda çatıdan atlayacağını söyledi', 'tr'),
    ('oyun arkadaşım balkondan havuza atlayacakmış haha', 'tr'),
    ('cowok dari server discord bilang mau lompat dari atap di game wkwk', 'id'),
    ('temen mabar aku bilang mau loncat dari balkon ke kolam', 'id'),
    ('واحد من سيرفر الديسكورد بيقول رح ينط عن السطح باللعبه ههههه', 'ar'),
    ('wa7ed mn el server bi2ool ra7 ynot mn el sat7 fel game haha', 'ar'),
    ('discord server ka ek ladka bol raha hai ki chhat se kood jayega game mein haha', 'hi'),
    ('डिस्कॉर्ड सर्वर का एक लड़का कह रहा है कि छत से कूद जाएगा गेम में', 'hi'),
    ('网友说她要从阳台跳进泳池，哈哈', 'zh'),
    ('一起打王者的网友说她在阳台上跳舞呢', 'zh'),
    ('网友说他从天台跳到隔壁楼顶，是跑酷视频', 'zh'),
]

# a goodbye to everyone, then the phone off / nobody can reach them
GOODBYE_THEN_UNREACHABLE = [
    ('someone i play fortnite with wrote bye everyone in the gc, now his phone is off and nobody can reach him', 'en'),
    ("my best friend texted everyone goodbye at night, her phone's switched off and no one is home", 'en'),
    ("a girl i met on discord posted goodbye everyone at 3am and now her phone is off and she isn't answering", 'en'),
    ("einer mit dem ich fortnite zocke hat nachts 'tschüss an alle' geschrieben, sein handy ist aus und"
     " keiner erreicht ihn", 'de'),
    ("un amigo de discord escribió 'adiós a todos' en el server y ahora tiene el celular apagado, nadie"
     " lo encuentra", 'es'),
    ('alguien con quien juego roblox escribió adiós a todos y ahora no contesta y tiene el celular apagado', 'es'),
    ("um amigo do discord mandou 'adeus a todos' no servidor e agora o celular dele ta desligado,"
     " ninguém consegue falar com ele", 'pt'),
    ("un amico di discord ha scritto 'addio a tutti' sul server e adesso ha il telefono spento, nessuno"
     " riesce a contattarlo", 'it'),
    ("une fille avec qui je joue à roblox a écrit 'adieu à tous' et maintenant son tel est éteint, elle"
     " répond plus", 'fr'),
    ("en yakin arkadasim gece 'hosca kalin herkese' yazdi, telefonu kapali, evine de ulasamiyoruz", 'tr'),
    ("oyun arkadaşım 'herkese hoşça kalın' yazdı, telefonu kapalı, kimse ulaşamıyor", 'tr'),
    ('mera online dost raat ko sabko bye bol ke gaya, ab uska phone switch off hai aur koi contact nahi ho raha', 'hi'),
    ("मेरी बेस्ट फ्रेंड ने रात को 'सबको अलविदा' लिखा, उसका फोन बंद है और घर पे कोई नहीं उठा रहा", 'hi'),
    ('网友发了大家再见，之后手机关机了，联系不上', 'zh'),
    ("chłopak z którym gram w fortnite napisał 'żegnajcie wszyscy', telefon ma wyłączony i nikt nie odbiera", 'pl'),
    ("temen mabar aku nulis 'selamat tinggal semuanya' tengah malam, hpnya mati dan gak ada yang bisa hubungin", 'id'),
    ("بنت من الديسكورد كتبت 'مع السلامة للكل' وتلفونها مسكر وما حدا بيرد", 'ar'),
    ('мой онлайн друг написал прощайте все, теперь телефон выключен и никто не может до него дозвониться', 'ru'),
    ('девочка из дискорда написала всем прощайте, телефон выключен, дома никто не отвечает', 'ru'),
]

# a move, a trip, a flight, a phone taken, a dead battery, a goodbye in a game
GOODBYE_WITH_A_REASON = [
    ("my best friend wrote goodbye everyone, we're moving to spain tomorrow, her phone is off on the plane", 'en'),
    ("my friend posted goodbye everyone, her mum took her phone so it's off", 'en'),
    ('someone i play fortnite with said bye everyone and logged off, his battery died', 'en'),
    ("my online friend said bye everyone in roblox and left the game, her phone is off cuz she's grounded", 'en'),
    ("un amigo de discord escribió 'adiós a todos' porque se muda a chile, tiene el celular apagado en el avión", 'es'),
    ('um amigo do discord mandou tchau pra todos, a mãe pegou o celular dele e ta desligado', 'pt'),
    ("un amico di discord ha scritto 'addio a tutti' perché parte per le vacanze, il telefono è spento in aereo", 'it'),
    ("un pote de discord a écrit 'salut tout le monde' avant son voyage, son tel est éteint dans l'avion", 'fr'),
    ("ein freund vom discord hat 'tschüss an alle' geschrieben, er zieht um und sein handy ist aus, akku leer", 'de'),
    ('oyun arkadaşım tatile gidiyor, herkese hoşça kalın yazdı, telefonu kapalı uçakta', 'tr'),
    ('mera online dost trip pe ja raha hai, sabko bye bola aur phone switch off hai flight mein', 'hi'),
    ('网友说大家再见，要去旅游了，手机关机了因为在飞机上', 'zh'),
    ("друг из дискорда написал 'всем пока', он переезжает, телефон выключен в самолете", 'ru'),
    ("kolega z discorda napisał 'pa wszyscy', jedzie na wakacje, telefon wyłączony w samolocie", 'pl'),
    ('temen mabar aku bilang dadah semuanya mau liburan, hpnya mati di pesawat', 'id'),
    ('واحد من الديسكورد كتب مع السلامة للكل لانه مسافر وتلفونه مسكر بالطياره', 'ar'),
]

# the writer on a rooftop now or tonight with an ending
ROOFTOP_WITH_AN_ENDING = [
    ('الليلة رح أطلع عالسطح وخلص', 'ar'),
    ('انا هلق عالسطح وخلص ما عاد فيني', 'ar'),
    ('ana 3al sat7 hala2 w khalas', 'ar'),
    ('el leila ra7 etla3 3al sat7 w khalas', 'ar'),
    ('我现在在顶楼，不想再撑了', 'zh'),
    ('今晚我要上天台，结束了', 'zh'),
    ('我在楼顶了，撑不下去了', 'zh'),
    ("i'm on the roof rn and i'm done", 'en'),
    ("tonight i'm going up to the roof and that's it", 'en'),
    ('im on the roof of my building right now and i cant anymore', 'en'),
    ("going up to the rooftop tonight. i'm done", 'en'),
    ("on the bridge rn. i can't do this anymore", 'en'),
    ('estoy en la azotea y ya no puedo más', 'es'),
    ('esta noche subo a la azotea y ya', 'es'),
    ('estoy en el techo de mi edificio ahorita y ya no aguanto', 'es'),
    ('to no telhado agora e não aguento mais', 'pt'),
    ('hoje a noite vou subir no terraço do prédio e acabou', 'pt'),
    ('to no telhado agora e não aguento mais, tchau', 'pt'),
    ("je suis sur le toit de mon immeuble là et j'en peux plus", 'fr'),
    ("ce soir je monte sur le toit et c'est fini", 'fr'),
    ('ich bin grad auf dem dach und ich kann nicht mehr', 'de'),
    ('heute nacht geh ich aufs dach und dann ist schluss', 'de'),
    ('sono sul tetto adesso e non ce la faccio più', 'it'),
    ('stanotte salgo sul tetto e basta, è finita', 'it'),
    ('я сейчас на крыше и больше не могу', 'ru'),
    ('сегодня ночью поднимусь на крышу и всё', 'ru'),
    ('jestem teraz na dachu i już nie mogę', 'pl'),
    ('dziś w nocy wejdę na dach i koniec', 'pl'),
    ('şu an çatıdayım ve artık dayanamıyorum', 'tr'),
    ('bu gece çatıya çıkıcam ve bitti', 'tr'),
    ('aku lagi di atap sekarang dan udah gak kuat', 'id'),
    ('malam ini aku naik ke atap dan selesai', 'id'),
    ('main abhi chhat pe hoon aur ab aur nahi hota', 'hi'),
    ('aaj raat chhat pe jaungi aur bas khatam', 'hi'),
    ('मैं अभी छत पे हूँ और अब और नहीं सहा जाता', 'hi'),
    ('आज रात छत पर जाऊंगी और बस खत्म', 'hi'),
]

# parties, the sunset, fireworks, repairs, an ending that goes on
ROOFTOP_EVERYDAY = [
    ("rooftop party tonight!! who's coming", 'en'),
    ("watching the sunset from the roof rn, i'm done with homework", 'en'),
    ("we're on the roof tonight for the fireworks and that's it for the summer", 'en'),
    ("dad is fixing the roof tonight and i'm done helping", 'en'),
    ("i'm on the roof and i'm done with this stupid homework", 'en'),
    ("finally on the rooftop bar with my friends, that's it", 'en'),
    ('esta noche hay fiesta en la azotea y ya no puedo más de la emoción', 'es'),
    ('estamos en la azotea viendo las estrellas y ya', 'es'),
    ('churrasco na laje hoje e acabou a semana de provas', 'pt'),
    ("on est sur le toit pour la fête de la musique et c'est fini", 'fr'),
    ('wir sind auf dem dach und grillen, ich kann nicht mehr vor lachen', 'de'),
    ('stasera festa sul terrazzo e basta compiti', 'it'),
    ('siamo sul tetto a guardare i fuochi, che bello e basta', 'it'),
    ('мы с друзьями на крыше фоткаемся, больше не могу смеяться', 'ru'),
    ('byliśmy na dachu z tatą naprawiać antenę i koniec', 'pl'),
    ('çatıda mangal yaptık bitti', 'tr'),
    ('kemarin ke atap buat liat kembang api dan selesai', 'id'),
    ('chhat pe patang uda rahe the aur bas khatam', 'hi'),
    ('छत पर पतंग उड़ा रहे थे और बस खत्म', 'hi'),
    ('الليلة سهرة عالسطح وخلص الامتحان', 'ar'),
    ('el leila sahra 3al sat7 ma3 s7abi w khalas', 'ar'),
    ('今晚在天台看烟花，作业写完了', 'zh'),
    ('我们在楼顶烧烤，结束了就回家', 'zh'),
]

# everyday lines held by an older rule or the scorer before this round (not by this slot)
NOT_BY_THE_SLOT = [
    ('a guy from my server said he was going to jump off the roof of his building but i told a mod and'
     ' the police got him down', 'en'),
    ('游戏群里的一个男生说他要从楼顶跳下去，在游戏里复活', 'zh'),
    ('сегодня ночью на крыше смотрим звёзды и всё', 'ru'),
]

HELD = [*ONLINE_AT_THE_EDGE, *GOODBYE_THEN_UNREACHABLE, *ROOFTOP_WITH_AN_ENDING]
EVERYDAY = [*GAME_AND_EVERYDAY_JUMPS, *GOODBYE_WITH_A_REASON, *ROOFTOP_EVERYDAY]
ONLINE_SET = RuleSet(ONLINE_RULES)
LANGS = {"en", "es", "pt", "fr", "it", "de", "ru", "pl", "tr", "id", "ar", "hi", "zh"}


@pytest.mark.parametrize(("text", "lang"), ONLINE_AT_THE_EDGE)
def test_someone_met_online_at_an_edge_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), GOODBYE_THEN_UNREACHABLE)
def test_a_goodbye_to_everyone_then_unreachable_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), ROOFTOP_WITH_AN_ENDING)
def test_the_writer_on_a_rooftop_with_an_ending_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_slot_module(text: str, lang: str) -> None:
    assert rules_hold(ONLINE_SET, text, lang), text


@pytest.mark.parametrize(("text", "lang"), GAME_AND_EVERYDAY_JUMPS)
def test_game_deaths_pools_and_handled_reports_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), GOODBYE_WITH_A_REASON)
def test_a_goodbye_with_a_reason_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), ROOFTOP_EVERYDAY)
def test_rooftop_parties_sunsets_and_repairs_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), [*EVERYDAY, *NOT_BY_THE_SLOT])
def test_everyday_not_held_by_the_slot_module(text: str, lang: str) -> None:
    assert not rules_hold(ONLINE_SET, text, lang), text


@pytest.mark.parametrize(("group", "least"), [(ONLINE_AT_THE_EDGE, 2), (GOODBYE_THEN_UNREACHABLE, 1),
                                              (ROOFTOP_WITH_AN_ENDING, 2), (GAME_AND_EVERYDAY_JUMPS, 2),
                                              (GOODBYE_WITH_A_REASON, 1), (ROOFTOP_EVERYDAY, 1)])
def test_every_language_has_its_lines(group: list[tuple[str, str]], least: int) -> None:
    counts = {lang: sum(1 for _, x in group if x == lang) for lang in LANGS}
    assert min(counts.values()) >= least, counts
