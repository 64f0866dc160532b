"""The means at hand and a plan with a time or a place (selfharm_means_ready.py,
selfharm_means_ready_langs.py): pills or a blade in my hand with a plea or "right
now"; the means the family hid and others found, a cutting kit, a razor hidden "just
in case", a cover story, treatment stopped and the pills kept; the day chosen to end
it; the tallest bridge looked up "you can guess why"; on the platform, the bridge or
the window deciding whether to jump; a voice in my head telling me to jump; up to the
roof and not coming back.  Each class's everyday senses (pills for a headache, a knife
or a razor for cooking and shaving, a party, a school project, waiting for the train,
a voice in a game, the roof for the view and back, fiction, advice) pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

IN_HAND = [
    ('can anyone stay with me pls, i have the pills in my hand', 'en'),
    ("someone talk to me i'm holding the blade in my hand", 'en'),
    ("my pills are in my pocket right now and i'm scared", 'en'),
    ("the blade is in my bag, i'm at school rn", 'en'),
    ('quédate conmigo porfa, tengo las pastillas en la mano', 'es'),
    ('tengo la cuchilla en la mano ahora mismo', 'es'),
    ("restez avec moi svp j'ai les cachets dans la main", 'fr'),
    ("j'ai la lame dans la main là, je suis enfermée aux toilettes", 'fr'),
    ('fiquem comigo, tô com os remédios na mão', 'pt'),
    ('bleibt bei mir, ich hab die tabletten in der hand', 'de'),
    ('ho le pillole in mano adesso, parlatemi', 'it'),
    ('побудьте со мной кто-нибудь, таблетки уже в руке', 'ru'),
    ('jiletler elimde şu an, biri konuşsun benimle', 'tr'),
    ('mam tabletki w ręce, zostańcie ze mną', 'pl'),
    ('obatnya udah di tanganku, temenin aku dong', 'id'),
    ('الحبوب في ايدي الحين، احد يكلمني', 'ar'),
    ('pills mere haath mein hain abhi, koi baat karo', 'hi'),
    ('mummy ne saare chaku chupa diye par maine razor dhundh liya', 'hi'),
    ('maine din chun liya hai jab sab khatam kar dungi', 'hi'),
    ('main chhat pe khadi hu aur kood jaun kya soch rahi hu', 'hi'),
    ('गोलियां मेरे हाथ में हैं अभी, कोई बात करो', 'hi'),
    ('药已经在我手里了，谁陪我说说话', 'zh'),
]

IN_HAND_EVERYDAY = [
    ("my allergy pills are in my pocket right now, i'll take one after lunch", 'en'),
    ('i have my razor in my bag for shaving my legs after gym', 'en'),
    ('got the knife in my hand rn cutting onions for dinner', 'en'),
    ('in the series the character has the pills in her hand', 'en'),
    ('tengo las pastillas en la mochila para el dolor de cabeza', 'es'),
    ("j'ai les cachets dans mon sac pour mon mal de tête", 'fr'),
    ('tô com os remédios na mochila pra alergia', 'pt'),
    ('ich hab die tabletten in der tasche, gegen kopfschmerzen', 'de'),
    ('ich hab das messer in der hand und schneide zwiebeln', 'de'),
    ('ho le pillole in borsa per il mal di testa', 'it'),
    ('таблетки в сумке, от головы, выпью после обеда', 'ru'),
    ('ilaçlarım çantamda, baş ağrısı için', 'tr'),
    ('mam tabletki w plecaku na ból głowy', 'pl'),
    ('obat di tasku buat sakit kepala', 'id'),
    ('الحبوب في شنطتي للصداع', 'ar'),
    ('pills mere bag mein hain sir dard ke liye', 'hi'),
    ('maine party ke liye date fix kar li', 'hi'),
    ('药在我包里，头疼的时候吃', 'zh'),
    ('i have my inhaler and pills in my bag right now for the trip', 'en'),
    ('ya tengo las pastillas en la mochila, me las dio el médico para la alergia', 'es'),
    ('to com a faca na mao agora cortando cebola', 'pt'),
    ('tengo el cuchillo en la mano ahora mismo pelando patatas', 'es'),
    ("j'ai la lame dans la main la pour decouper mon carton", 'fr'),
    ('ho il coltello in mano adesso, sto tagliando le cipolle', 'it'),
    ('ho il rasoio in mano adesso per radermi', 'it'),
]

FOUND_OR_HIDDEN = [
    ("my parents locked away all the meds but i still have some they don't know about", 'en'),
    ('mom hid the kitchen knives and i found a razor in the bathroom anyway', 'en'),
    ('found the nearest bridge on maps. guess why', 'en'),
    ("bought sleeping pills, told the pharmacist they were for my mum but really they're for me", 'en'),
    ("i stopped taking my antidepressants and i'm saving all the pills", 'en'),
    ('mis padres escondieron los cuchillos pero encontré una navaja', 'es'),
    ("ma mère a caché les couteaux mais j'ai trouvé un rasoir", 'fr'),
    ('minha mãe escondeu as facas mas eu achei as giletes do meu pai', 'pt'),
    ('meine eltern haben alle messer versteckt aber ich weiss wo papas rasierer ist', 'de'),
    ('ich hab meine ritzsachen unterm bett', 'de'),
    ('mia madre ha nascosto i coltelli ma ho trovato le lamette di papà', 'it'),
    ('cutter kakak kuumpetin di bawah kasur, jaga-jaga aja', 'id'),
    ('взяла снотворное в аптеке, соврала что для мамы. на самом деле для себя', 'ru'),
    ('мама спрятала все ножи, но я нашла папины лезвия', 'ru'),
    ('annem bıçakları sakladı ama ben babamın jiletlerini buldum', 'tr'),
    ('mama schowała noże ale znalazłam żyletki taty', 'pl'),
    ('ibu ngumpetin semua pisau tapi aku nemu silet', 'id'),
    ('امي خبت السكاكين بس انا لقيت موس ابوي', 'ar'),
    ('妈妈把刀都藏起来了，但我找到了爸爸的剃须刀', 'zh'),
]

FOUND_OR_HIDDEN_EVERYDAY = [
    ('mum hid the chocolate but i found it lol', 'en'),
    ("mom hid the scissors so my little brother can't reach them but i found them", 'en'),
    ('i stopped taking my antibiotics and the doctor said it was fine', 'en'),
    ('mi madre escondió los cuchillos de mi hermanito pequeño y yo los encontré', 'es'),
    ('мама спрятала ножи, чтобы младший брат не достал', 'ru'),
    ('meine mutter hat die messer versteckt damit mein kleiner bruder nicht rankommt, aber ich weiss wo', 'de'),
    ('my mum hid the christmas presents but i found them lol', 'en'),
    ("they locked away the pills after my grandma got confused, she's ok now", 'en'),
    ('my parents hid the knives when my baby cousin visited', 'en'),
    ('mi mamá escondió los regalos pero los encontré', 'es'),
    ('meine mutter hat die geschenke versteckt aber ich hab sie gefunden', 'de'),
    ('мама спрятала конфеты, но я нашла', 'ru'),
    ('annem çikolataları sakladı ama buldum', 'tr'),
    ('mama schowała prezenty ale je znalazłam', 'pl'),
    ('ibu ngumpetin kue tapi aku nemu', 'id'),
    ('امي خبت الحلويات بس انا لقيتها', 'ar'),
    ('妈妈把零食藏起来了，但我找到了', 'zh'),
]

DATE_SET = [
    ("i've already picked the night to end it", 'en'),
    ('i chose the date when i will finally go through with it', 'en'),
    ("i've planned it for saturday while everyone is at work", 'en'),
    ('ya elegí la noche para acabar con todo', 'es'),
    ("j'ai déjà choisi le jour pour en finir", 'fr'),
    ('já escolhi o dia pra acabar com tudo', 'pt'),
    ('ich hab mir schon den tag ausgesucht an dem ich schluss mache', 'de'),
    ('ho già scelto il giorno per farla finita', 'it'),
    ('я уже выбрала день, когда покончу с этим', 'ru'),
    ('her şeyi bitireceğim günü seçtim', 'tr'),
    ('wybrałam już dzień w którym to skończę', 'pl'),
    ('aku udah milih tanggalnya buat mengakhiri semuanya', 'id'),
    ('حددت اليوم اللي راح انتحر فيه', 'ar'),
    ('मैंने वो दिन चुन लिया है जब सब खत्म कर दूंगी', 'hi'),
    ('我已经选好了日子，结束一切', 'zh'),
]

DATE_SET_EVERYDAY = [
    ("i planned it for friday when my parents are away, everyone's invited to the party", 'en'),
    ('we planned it for friday when my parents are away', 'en'),
    ('i picked the date for my birthday party', 'en'),
    ('i jump on the trampoline every day', 'en'),
    ('ya elegí el día para mi fiesta de cumpleaños', 'es'),
    ('escolhi o dia da minha festa', 'pt'),
    ('ho scelto il giorno della festa', 'it'),
    ('я выбрала день для вечеринки', 'ru'),
    ('doğum günü partisi için günü seçtim', 'tr'),
    ('perondayım, tren gecikti', 'tr'),
    ('wybrałam dzień na imprezę urodzinową', 'pl'),
    ('aku udah milih tanggal buat pesta ulang tahun', 'id'),
    ('حددت اليوم للحفله', 'ar'),
    ('我选好了生日聚会的日子', 'zh'),
]

AT_THE_PLACE = [
    ("googled the highest building in town. don't ask why", 'en'),
    ("i'm on the platform rn and thinking about jumping", 'en'),
    ("i'm sitting on the ledge of the roof wondering if it is worth it", 'en'),
    ('busqué el puente más alto de la ciudad. ya sabes para qué', 'es'),
    ('estoy sentada en la ventana del piso 8 pensando en tirarme', 'es'),
    ('je suis sur le quai du métro et je pense à sauter', 'fr'),
    ("j'ai cherché le pont le plus haut de la ville. devinez pourquoi", 'fr'),
    ('tô na beirada da laje pensando em pular', 'pt'),
    ('pesquisei a ponte mais alta da cidade. adivinha pra que', 'pt'),
    ('ich steh am bahnsteig und überleg ob ich springen soll', 'de'),
    ('hab heute die höchste brücke in der stadt gegoogelt. ratet mal warum', 'de'),
    ('sono sul bordo del tetto e penso di buttarmi', 'it'),
    ('ho cercato il ponte più alto della città. indovinate perché', 'it'),
    ('иногда думаю шагнуть из окна, у нас девятый этаж', 'ru'),
    ('chyba rzucę się pod tramwaj, mam dość', 'pl'),
    ('я стою на крыше и думаю прыгнуть', 'ru'),
    ('trenin önüne atlamak istiyorum', 'tr'),
    ('köprüdeyim, atlasam mı bilmiyorum', 'tr'),
    ('stoję na moście i myślę czy skoczyć', 'pl'),
    ('głos w mojej głowie każe mi skoczyć', 'pl'),
    ('gue lagi di atas jembatan, pengen loncat', 'id'),
    ('pengen loncat ke rel kereta', 'id'),
    ('انا واقفه على السطح وافكر انط', 'ar'),
    ('我现在站在天台上，想跳下去', 'zh'),
    ('我想卧轨', 'zh'),
]

AT_THE_PLACE_EVERYDAY = [
    ('i looked up the tallest bridge for my school project', 'en'),
    ("looked up the highest building in the world, it's in dubai", 'en'),
    ("i'm on the platform waiting for the train, it's late again", 'en'),
    ("i'm sitting on the 10th floor by the window doing homework", 'en'),
    ("i'm going up to the roof terrace for some fresh air, back in 5", 'en'),
    ('what to do if a friend has pills in her bag and wants to take them all', 'en'),
    ("i'm on the bridge right now taking photos of the sunset", 'en'),
    ('busqué el puente más alto del mundo para un trabajo', 'es'),
    ('estoy en el andén esperando el metro, otra vez tarde', 'es'),
    ('estoy sentada en la ventana haciendo los deberes', 'es'),
    ('subo a la azotea a tomar el aire y vuelvo', 'es'),
    ('je suis sur le quai, le métro a du retard', 'fr'),
    ('je vais monter sur le toit pour voir le coucher du soleil', 'fr'),
    ('tô na janela do 10º andar fazendo lição', 'pt'),
    ('vou pular da ponte no rio com a galera', 'pt'),
    ('ich steh am bahnsteig und der zug hat verspätung', 'de'),
    ('ich spring vom 3 meter brett ins wasser', 'de'),
    ('ich hab angst mich damit zu schneiden, das messer ist so scharf', 'de'),
    ('sono sul balcone a prendere il sole', 'it'),
    ('стою на платформе, жду электричку', 'ru'),
    ('сижу на 10 этаже у окна, делаю уроки', 'ru'),
    ('trambolinde atlıyorum', 'tr'),
    ('stoję na peronie i czekam na pociąg', 'pl'),
    ('skaczę na trampolinie codziennie', 'pl'),
    ('aku lagi di jembatan foto foto sunset', 'id'),
    ('naik ke rooftop bentar cari angin, nanti balik lagi', 'id'),
    ('طلعت على السطح اشم هوا ورجعت', 'ar'),
    ('去天台吹吹风，马上回来', 'zh'),
    ('我在站台等地铁', 'zh'),
    ('what to do if a friend says the pills are in her hand right now', 'en'),
    ('in the series the girl is on the bridge thinking about jumping', 'en'),
]

VOICE_OR_ROOF = [
    ('the voices in my head keep telling me to kill myself', 'en'),
    ('gonna go up to the roof and not come back down', 'en'),
    ('la voz en mi cabeza me dice que salte', 'es'),
    ('voy a subir a la azotea y no voy a volver', 'es'),
    ('la voix dans ma tête me dit de sauter', 'fr'),
    ('je vais monter sur le toit et je reviendrai pas', 'fr'),
    ('a voz na minha cabeça manda eu pular', 'pt'),
    ('vou subir pro telhado e não volto', 'pt'),
    ('die stimme in meinem kopf sagt mir ich soll springen', 'de'),
    ('la voce nella mia testa mi dice di buttarmi', 'it'),
    ('salgo sul tetto e non torno più', 'it'),
    ('今晚去楼顶坐坐，以后就不下来了', 'zh'),
    ('голос в голове говорит мне прыгнуть', 'ru'),
    ('залезу на крышу и больше не вернусь', 'ru'),
    ('kafamdaki ses bana atla diyor', 'tr'),
    ('wejdę na dach i już nie wrócę', 'pl'),
    ('suara di kepalaku nyuruh aku loncat', 'id'),
    ('الصوت اللي في راسي يقولي انط', 'ar'),
    ('بطلع على السطح وما راح ارجع', 'ar'),
    ('dimaag mein awaaz keh rahi hai kood ja', 'hi'),
    ('脑子里有个声音叫我跳下去', 'zh'),
]

VOICE_OR_ROOF_EVERYDAY = [
    ('i have the pills in my bag for my headache', 'en'),
    ('the voice in the game keeps telling me to jump over the lava', 'en'),
    ('salgo sul tetto a fare foto e poi torno', 'it'),
    ('пойду на крышу подышать и вернусь', 'ru'),
    ('в игре голос говорит мне прыгнуть через яму', 'ru'),
    ('游戏里的声音叫我跳过去', 'zh'),
    ("the pills are in my bag for my headache, i'm at school rn", 'en'),
    ('we go up to the roof and never come back down before sunset, best view', 'en'),
    ('in the book the voice in her head tells her to jump', 'en'),
    ('the voice in my head says eat the whole pizza', 'en'),
    ('la voz en mi cabeza me dice que coma chocolate', 'es'),
    ('subo a la azotea a ver las estrellas y no vuelvo hasta la cena', 'es'),
    ('la voix dans ma tête me dit de manger une pizza', 'fr'),
    ('die stimme in meinem kopf sagt mir ich soll schlafen gehen', 'de'),
    ('голос в голове говорит мне поесть', 'ru'),
    ('kafamdaki ses bana uyu diyor', 'tr'),
    ('głos w mojej głowie mówi mi żebym poszła spać', 'pl'),
    ('suara di kepalaku nyuruh aku makan', 'id'),
    ('我脑子里有个声音叫我去睡觉', 'zh'),
    ('我去天台拍照，一会儿就回来', 'zh'),
]



@pytest.mark.parametrize(("text", "lang"), IN_HAND)
def test_in_hand_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), IN_HAND_EVERYDAY)
def test_in_hand_everyday_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), FOUND_OR_HIDDEN)
def test_found_or_hidden_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), FOUND_OR_HIDDEN_EVERYDAY)
def test_found_or_hidden_everyday_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), DATE_SET)
def test_date_set_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), DATE_SET_EVERYDAY)
def test_date_set_everyday_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), AT_THE_PLACE)
def test_at_the_place_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), AT_THE_PLACE_EVERYDAY)
def test_at_the_place_everyday_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), VOICE_OR_ROOF)
def test_voice_or_roof_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), VOICE_OR_ROOF_EVERYDAY)
def test_voice_or_roof_everyday_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
