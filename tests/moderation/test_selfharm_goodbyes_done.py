"""Goodbyes already said, scheduled or acted on, affairs put in order, praying
to die and wanting to join someone dead (selfharm_goodbyes_done.py and
selfharm_goodbyes_done_langs.py), held in 13 languages; their everyday
senses (a move, a trip, a birthday post, outgrown clothes, a pet sitter,
praying for grades, missing someone who died, "today is the day" of a
match) pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

GOODBYES_DONE = [
    ('already said bye to everyone in dms, you guys were the last ones', 'en'),
    ('i sent my best friend a goodbye voice note and switched my phone off', 'en'),
    ('hugged my little brother extra long tonight, he doesnt know its the last time', 'en'),
    ('i said my goodbyes to everyone today, they just dont know it yet', 'en'),
    ('ya me despedi de mi familia sin que se dieran cuenta, ahora solo faltan ustedes', 'es'),
    ('le mande un mensaje de despedida a mi hermana y apague el celular', 'es'),
    ("j'ai dit au revoir a tout le monde en mp, vous etes les derniers", 'fr'),
    ("j'ai fait un dernier calin a ma mere ce soir, elle sait pas que c'est la derniere fois", 'fr'),
    ('ja me despedi de todo mundo no privado, so faltava voces', 'pt'),
    ('mandei um audio de despedida pra minha melhor amiga e desliguei o celular', 'pt'),
    ('hab mich schon von allen verabschiedet, ihr seid die letzten', 'de'),
    ('hab meiner schwester ne abschiedsnachricht geschickt und dann das handy ausgemacht', 'de'),
    ('ho gia salutato tutti in privato, mancavate solo voi', 'it'),
    ("ho mandato un vocale d'addio alla mia migliore amica e ho spento il telefono", 'it'),
    ('я уже со всеми попрощалась в личке, остались только вы', 'ru'),
    ('обняла маму крепко, она не знает что это последний раз', 'ru'),
    ('herkesle tek tek vedalastim, bir siz kaldiniz', 'tr'),
    ('kardesime sarildim, son kez oldugunu bilmiyor', 'tr'),
    ('pozegnalam sie juz ze wszystkimi na priv, zostaliscie tylko wy', 'pl'),
    ('wyslalam przyjaciolce wiadomosc pozegnalna i wylaczylam telefon', 'pl'),
    ('udah pamitan sama semua orang lewat dm, tinggal kalian', 'id'),
    ('aku udah peluk adikku lama banget, dia gatau itu terakhir kalinya', 'id'),
    ('ودعت الكل بالخاص، بقيتوا انتوا بس', 'ar'),
    ('حضنت امي كثير اليوم، ما تدري انها اخر مرة', 'ar'),
    ('sabko dm me alvida bol diya, bas tum log bache the', 'hi'),
    ('मैंने सबको अलविदा कह दिया है, बस तुम लोग बचे हो', 'hi'),
    ('我已经私聊跟所有人告别了，就剩你们了', 'zh'),
    ('抱了妈妈很久，她不知道这是最后一次', 'zh'),
]

GOODBYES_SCHEDULED = [
    ('scheduled my last post for tomorrow morning, it goes up after im gone', 'en'),
    ('i have a goodbye video saved in drafts, gonna post it tonight', 'en'),
    ('deixei uma mensagem de despedida agendada pra minha mae amanha cedo', 'pt'),
    ('deje programada una historia de despedida para manana temprano', 'es'),
    ("j'ai programme un message d'adieu pour demain matin", 'fr'),
    ('mein abschiedsvideo ist schon geplant, geht heute nacht online', 'de'),
    ("ho programmato un messaggio d'addio per domani mattina", 'it'),
    ('поставила отложенное прощальное сообщение на утро', 'ru'),
    ('veda mesajimi yarin sabaha zamanladim', 'tr'),
    ('zaplanowalam pozegnalny post na jutro rano', 'pl'),
    ('udah jadwalin postingan perpisahan buat besok pagi', 'id'),
    ('جدولت رسالة وداع تنرسل بكرة الصبح', 'ar'),
    ('kal subah ke liye alvida wala message schedule kar diya hai', 'hi'),
    ('我设置了一条告别的定时消息，明天早上发出去', 'zh'),
]

AFFAIRS_IN_ORDER = [
    ('gave away all my stuff, tonight is the night', 'en'),
    ("left my phone password for my sister, she'll need it when im not here anymore", 'en'),
    ('wrote down who gets my things, its in my desk drawer', 'en'),
    ('asked my best friend to take care of my cat. forever', 'en'),
    ('ya regale todas mis cosas, esta noche es la ultima', 'es'),
    ('le deje la contrasena del cel a mi hermana para cuando ya no este', 'es'),
    ("j'ai ecrit qui recoit quoi de mes affaires, c'est dans mon tiroir", 'fr'),
    ('ja dei todas as minhas coisas, hoje a noite acaba tudo', 'pt'),
    ('hab aufgeschrieben wer was von meinen sachen bekommt, liegt in meiner schublade', 'de'),
    ("ho regalato tutte le mie cose, stanotte e l'ultima notte", 'it'),
    ('раздала все свои вещи, сегодня ночью всё', 'ru'),
    ('расписала кому что отдать из вещей', 'ru'),
    ('butun esyalarimi dagittim, bu gece son', 'tr'),
    ('rozdalam wszystkie swoje rzeczy, dzisiaj w nocy koniec', 'pl'),
    ('semua barang udah aku bagiin, malam ini terakhir', 'id'),
    ('وزعت كل اغراضي، الليلة اخر ليلة', 'ar'),
    ('apna sara saman baant diya, bas aaj raat ki baat hai', 'hi'),
    ('अपना सारा सामान बाँट दिया है, आज रात आखिरी है', 'hi'),
    ('我把东西都分给别人了，今晚就结束了', 'zh'),
]

CONTACTS_WIPED = [
    ('deleted all my contacts, only kept this chat to say goodbye', 'en'),
    ('borre a todos mis contactos, solo deje este grupo para despedirme', 'es'),
    ('hab alle kontakte geloscht, nur die gruppe hier gelassen um tschuss zu sagen', 'de'),
    ('удалила все контакты, оставила только этот чат чтобы попрощаться', 'ru'),
    ('我把所有联系人都删了，只留这个群来告别', 'zh'),
]

THE_DAY_EMOJI = [
    ('today is the day 🪦', 'en'),
    ('hoy es el dia 🪦', 'es'),
    ("c'est aujourd'hui ⚰️", 'fr'),
    ('heute ist der tag 🪦', 'de'),
    ('сегодня тот самый день 🪦', 'ru'),
]

PRAYING_TO_DIE = [
    ('every night i pray god takes me in my sleep', 'en'),
    ('i keep asking god to just let me die', 'en'),
    ('todas las noches le pido a dios que me lleve mientras duermo', 'es'),
    ('chaque soir je prie pour ne pas me reveiller', 'fr'),
    ('toda noite eu peco pra deus me levar dormindo', 'pt'),
    ('ich bete jeden abend dass gott mich im schlaf holt', 'de'),
    ('ogni sera prego di non svegliarmi piu', 'it'),
    ('каждую ночь молюсь чтобы бог забрал меня во сне', 'ru'),
    ('her gece allahim beni uykumda al diye dua ediyorum', 'tr'),
    ('co noc modle sie zeby bog mnie zabral we snie', 'pl'),
    ('tiap malem aku berdoa biar tuhan ambil nyawaku pas tidur', 'id'),
    ('كل ليلة ادعي ربي ياخذني وانا نايم', 'ar'),
    ('roz raat bhagwan se dua karti hu ki mujhe neend me utha le', 'hi'),
    ('每天晚上都祈祷老天让我睡着了就别醒了', 'zh'),
]

JOINING_THE_DEAD = [
    ('i just want to be with my dad again, since he died nothing matters', 'en'),
    ('i wanna go where my grandma is, since she died i have nobody', 'en'),
    ('quiero irme con mi papa, desde que murio no tengo a nadie', 'es'),
    ("je veux rejoindre ma mere, depuis qu'elle est partie je suis seule", 'fr'),
    ('quero ir ficar com meu pai, desde que ele morreu nao tenho ninguem', 'pt'),
    ('ich will zu meiner oma, seit sie tot ist hab ich niemanden', 'de'),
    ('voglio raggiungere il mio papa, da quando e morto non ho nessuno', 'it'),
    ('хочу к маме, с тех пор как она умерла у меня никого нет', 'ru'),
    ('babamin yanina gitmek istiyorum, o oldugunden beri kimsem yok', 'tr'),
    ('chce dolaczyc do taty, odkad umarl nie mam nikogo', 'pl'),
    ('pengen nyusul ayah aja, sejak dia meninggal aku gak punya siapa siapa', 'id'),
    ('ودي الحق ابوي، من يوم مات ما لي احد هنا', 'ar'),
    ('main papa ke paas jana chahti hu, unke jaane ke baad koi nahi hai', 'hi'),
    ('我想去找奶奶，她走了以后我就没人了', 'zh'),
]

EVERYDAY = [
    ('said bye to everyone in my class today, moving to leeds on saturday', 'en'),
    ('i sent my best friend a goodbye voice note bc shes going to camp for a month', 'en'),
    ('left the group chat, said bye to everyone first lol', 'en'),
    ('scheduled a story for my sisters birthday at midnight', 'en'),
    ('i have a message to my mum scheduled for mothers day', 'en'),
    ('gave away all my old clothes, they were too small anyway', 'en'),
    ('gave away all my stuffed animals to my cousin, im too old for them now', 'en'),
    ('my friend is gonna look after my dog while we are away in spain', 'en'),
    ('wrote goodbye on the last page of my diary because its full, need a new one', 'en'),
    ('i pray i sleep well before the exam', 'en'),
    ('i miss my dad, he died last year', 'en'),
    ('today is the day!! match at 3', 'en'),
    ('today is the day 🪦 maths exam', 'en'),
    ('deleted all my old contacts to clean up my phone', 'en'),
    ('bye everyone, see you next time', 'en'),
    ('i hugged my mum for the last time before she flew to work abroad for a year', 'en'),
    ('i want to be with my dad this weekend, my parents are divorced', 'en'),
    ('i asked my brother to feed my cat while im at camp', 'en'),
    ('deleted all my photos because i got a new phone', 'en'),
    ('this is the last time i log in today, bye everyone', 'en'),
    ('me despedi de todos en el cole, me mudo a valencia', 'es'),
    ('le mande un audio de despedida a mi mejor amiga porque se va de intercambio', 'es'),
    ('regale toda mi ropa vieja que ya no me queda', 'es'),
    ('programe una historia para el cumple de mi hermana', 'es'),
    ('le pido a dios que me vaya bien en el examen', 'es'),
    ('extrano a mi abuela, murio hace dos anos', 'es'),
    ('hoy es el dia del partido!!', 'es'),
    ('borre todos mis contactos viejos para limpiar el movil', 'es'),
    ("j'ai dit au revoir a tout le monde au college, je demenage en juillet", 'fr'),
    ("j'ai ecrit adieu sur la derniere page de mon journal, il est plein", 'fr'),
    ("j'ai donne mes vieux jeux a mon petit frere", 'fr'),
    ('je prie pour avoir mon brevet', 'fr'),
    ("ma grand mere me manque, elle est morte l'annee derniere", 'fr'),
    ('deixei um story programado pro aniversario da minha melhor amiga', 'pt'),
    ('peco a deus pra passar na prova', 'pt'),
    ('sinto falta do meu avo, ele morreu ano passado', 'pt'),
    ('hoje e o dia da final!!', 'pt'),
    ('hab mich von allen verabschiedet, wir ziehen nach berlin', 'de'),
    ('hab ne nachricht an meine mama vorbereitet fur ihren geburtstag, geht morgen fruh automatisch raus', 'de'),
    ('meine nachbarin passt auf meinen hund auf, wahrend wir im urlaub sind', 'de'),
    ('hab alle meine alten klamotten verschenkt, sind zu klein', 'de'),
    ('ich bete fur eine gute note', 'de'),
    ('ich vermisse meinen opa, er ist letztes jahr gestorben', 'de'),
    ('ho salutato tutti, mi trasferisco a milano', 'it'),
    ('ho regalato tutti i miei vecchi giochi a mio cugino', 'it'),
    ('prego di passare la verifica', 'it'),
    ("mi manca il mio nonno, e morto l'anno scorso", 'it'),
    ('попрощалась со всеми в классе, мы переезжаем', 'ru'),
    ('раздала все свои старые игрушки младшим', 'ru'),
    ('молюсь чтобы сдать экзамен', 'ru'),
    ('скучаю по бабушке, она умерла в прошлом году', 'ru'),
    ('herkesle vedalastim, baska sehre tasiniyoruz', 'tr'),
    ('eski kiyafetlerimi dagittim, kuculmustu', 'tr'),
    ('sinavi gecmek icin dua ediyorum', 'tr'),
    ('babamı cok ozluyorum, gecen yil vefat etti', 'tr'),
    ('pozegnalam sie ze wszystkimi w klasie, przeprowadzamy sie', 'pl'),
    ('rozdalam moje stare zabawki, sa za male', 'pl'),
    ('modle sie zeby zdac sprawdzian', 'pl'),
    ('tesknie za dziadkiem, zmarl rok temu', 'pl'),
    ('udah pamitan sama semua temen sekelas, aku pindah sekolah', 'id'),
    ('aku bagiin baju bekas ke sepupu', 'id'),
    ('berdoa biar lulus ujian', 'id'),
    ('kangen banget sama ayah, dia meninggal tahun lalu', 'id'),
    ('ودعت الكل لاني بسافر بكره', 'ar'),
    ('عطيت كل ملابسي القديمه لاختي', 'ar'),
    ('ادعي ربي انجح بالامتحان', 'ar'),
    ('اشتقت لابوي، الله يرحمه', 'ar'),
    ('sabko alvida bol diya, hum shift ho rahe hai', 'hi'),
    ('purane kapde sab de diye cousin ko', 'hi'),
    ('bhagwan se dua karti hu ki exam me ache marks aaye', 'hi'),
    ('mujhe dadi ki bahut yaad aati hai, wo pichle saal guzar gayi', 'hi'),
    ('跟大家告别了，下周搬家', 'zh'),
    ('把旧衣服都送给表妹了', 'zh'),
    ('祈祷考试顺利', 'zh'),
    ('我很想奶奶，她去年去世了', 'zh'),
    ('把微信好友都删了，清理一下内存', 'zh'),
]


@pytest.mark.parametrize(("text", "lang"), GOODBYES_DONE)
def test_goodbyes_done_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), GOODBYES_SCHEDULED)
def test_goodbyes_scheduled_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), AFFAIRS_IN_ORDER)
def test_affairs_in_order_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), CONTACTS_WIPED)
def test_contacts_wiped_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), THE_DAY_EMOJI)
def test_the_day_emoji_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PRAYING_TO_DIE)
def test_praying_to_die_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), JOINING_THE_DEAD)
def test_joining_the_dead_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_goodbyes_gifts_prayers_and_grief_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
