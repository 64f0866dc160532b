"""The means at hand and a plan with a time or a place (selfharm_means_ready.py,
selfharm_means_ready_eu.py, selfharm_means_ready_langs.py): pills or a blade in my hand with a plea or "right
now"; the means the family hid and others found, a cutting kit, a razor hidden "just
in case", a cover story, treatment stopped and the pills kept; the day chosen to end
it; the tallest bridge looked up "you can guess why"; on the platform, the bridge or
the window deciding whether to jump; a voice in my head telling me to jump; up to the
roof and not coming back.  Each class's everyday senses (pills for a headache, a knife
or a razor for cooking and shaving, a party, a school project, waiting for the train,
a voice in a game, the roof for the view and back, fiction, advice) pass.  Every
language (Hindi in both scripts) has at least 8 disclosures and 8 everyday pairs;
the cover story and the treatment stopped have their own class.  Everyday pairs
that only the learned scorer holds are left out (this module cannot fix them)."""

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
    ("everyone's asleep and i've got all of mom's sleeping pills in my lap right now", 'en'),
    ("j'ai les lames dans ma poche là tout de suite, parlez moi svp", 'fr'),
    ('tô com a gilete na mão agora, alguém fala comigo', 'pt'),
    ('ich halte die klinge grad in der hand, redet mit mir bitte', 'de'),
    ('ho le lamette in tasca adesso, restate con me', 'it'),
    ('лезвие в кармане прямо сейчас, напишите мне кто-нибудь', 'ru'),
    ('haplar şu an avucumda, korkuyorum biri yazsın', 'tr'),
    ('trzymam żyletkę w dłoni, niech ktoś napisze', 'pl'),
    ('pil tidur udah di genggamanku sekarang, tolong ajak ngobrol', 'id'),
    ('الحبوب كلها في ايدي الحين وخايفه', 'ar'),
    ('blade meri jeb mein hai abhi, mere saath raho please', 'hi'),
    ('ब्लेड मेरे हाथ में है अभी, मेरे साथ रहो', 'hi'),
    ('गोलियाँ मेरी जेब में हैं अभी, डर लग रहा है', 'hi'),
    ('刀片就在我手里，谁陪陪我', 'zh'),
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
    ('got the big knife in my hand right now chopping veggies for soup', 'en'),
    ('i have a razor in my bag for shaving my legs, got swim class later', 'en'),
    ('tengo el cuchillo en la mano ahora, estoy cocinando la cena', 'es'),
    ('tengo la cuchilla en el bolso para depilarme en el gimnasio', 'es'),
    ("j'ai le couteau dans la main là, je coupe des oignons", 'fr'),
    ("j'ai mon rasoir dans mon sac pour me raser à la piscine", 'fr'),
    ('tô com a faca na mão agora fazendo o almoço', 'pt'),
    ('tenho gilete na bolsa pra depilar depois da academia', 'pt'),
    ('ich hab die rasierklinge in der hand, rasiere mir grad die beine', 'de'),
    ('ho il rasoio in borsa per depilarmi dopo la palestra', 'it'),
    ('нож в руке, режу лук для супа', 'ru'),
    ('бритва в сумке, побриться после бассейна', 'ru'),
    ('таблетки в рюкзаке от аллергии, сейчас на уроке', 'ru'),
    ('bıçak elimde şu an soğan doğruyorum', 'tr'),
    ('jilet çantamda, havuzdan sonra tıraş olacağım', 'tr'),
    ('mam nóż w ręce, kroję cebulę', 'pl'),
    ('mam maszynkę w torbie do golenia nóg', 'pl'),
    ('mam tabletki w plecaku na alergię, jestem teraz w szkole', 'pl'),
    ('pisau di tanganku sekarang lagi motong bawang', 'id'),
    ('silet cukur di tasku buat cukur kaki abis renang', 'id'),
    ('obat di tasku buat alergi, aku lagi di sekolah sekarang', 'id'),
    ('السكين في ايدي الحين اقطع بصل', 'ar'),
    ('الموس في شنطتي للحلاقه بعد النادي', 'ar'),
    ('chaku mere haath mein hai abhi, pyaaz kaat rahi hu', 'hi'),
    ('razor mere bag mein hai shave karne ke liye', 'hi'),
    ('goliyan mere bag mein hain sir dard ke liye, abhi school mein hu', 'hi'),
    ('गोलियां मेरे बैग में हैं, डॉक्टर ने दी हैं, अभी क्लास में हूं', 'hi'),
    ('ब्लेड मेरे बैग में है, आर्ट क्लास के लिए', 'hi'),
    ('रेज़र मेरे बैग में है शेव करने के लिए', 'hi'),
    ('刀在我手里，正在切菜', 'zh'),
    ('剃刀在我包里，游泳完刮腿毛用', 'zh'),
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
    ('dad locked up the razors after last time but i bought new blades', 'en'),
    ('mi papá tiró todas las navajas pero yo ya compré otras', 'es'),
    ("mes parents ont enfermé tous les médicaments mais j'en ai encore dans ma chambre", 'fr'),
    ('meus pais trancaram os remédios mas eu já comprei outros', 'pt'),
    ('meine eltern haben die tabletten weggeschlossen aber ich hab noch welche', 'de'),
    ('mio padre ha buttato tutte le lamette ma ne ho comprate altre', 'it'),
    ('родители заперли все лекарства, но я уже купила таблетки сама', 'ru'),
    ('annemler bütün ilaçları kilitledi ama ben dolabın arkasına hap sakladım', 'tr'),
    ('rodzice wyrzucili wszystkie żyletki ale kupiłam nowe', 'pl'),
    ('obat tidur mama kusimpen di bawah kasur buat jaga jaga', 'id'),
    ('اهلي شالوا الادويه بس انا خبيت حبوب', 'ar'),
    ('ghar walon ne saari dawai lock kar di par mere paas abhi bhi goliyan hain', 'hi'),
    ('मम्मी ने सारी दवाई छुपा दी पर मैंने गोलियां ढूंढ लीं', 'hi'),
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
    ('my mom hid the knives when my toddler cousin stayed over, i found them later', 'en'),
    ('mama schowała noże żeby brat nie dosięgnął, ale wiem gdzie są', 'pl'),
    ('ibu ngumpetin semua obat biar adikku ga ambil, tapi aku tau tempatnya', 'id'),
    ('mummy ne saari dawai chupa di taaki chhota bhai na kha le, par mujhe pata hai kahan hai', 'hi'),
    ('annem bütün ilaçları kardeşim için sakladı ama ben biliyorum nerede', 'tr'),
    ('मम्मी ने सारे चाकू छुपा दिए ताकि छोटा भाई न छू पाए', 'hi'),
    ('पापा ने मिठाई छुपा दी पर मैंने ढूंढ ली', 'hi'),
    ('मम्मी ने सारी दवाई छुपा दी क्योंकि छोटा भाई खा लेता है, पर मुझे पता है कहाँ है', 'hi'),
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
    ("i've set the date. sunday night, when i finally end it", 'en'),
    ('i planned it for tonight since my parents will be out at a wedding', 'en'),
    ('ya escogí la fecha para quitarme la vida', 'es'),
    ("j'ai prévu la nuit où je vais en finir", 'fr'),
    ('já marquei a data pra me matar', 'pt'),
    ('hab mir den abend ausgesucht an dem ich alles beende', 'de'),
    ('ho fissato la data per togliermi la vita', 'it'),
    ('я решила день, когда уйду навсегда', 'ru'),
    ('her şeyi bitirmek için tarihi belirledim', 'tr'),
    ('zaplanowałam już noc w którą się zabiję', 'pl'),
    ('gw udah nentuin malamnya buat bunuh diri', 'id'),
    ('اخترت الليله اللي بنتحر فيها', 'ar'),
    ('maine sab khatam karne ki date fix kar li hai', 'hi'),
    ('मैंने मरने की तारीख तय कर ली है', 'hi'),
    ('मैंने वो रात चुन ली है जब मैं मर जाऊंगी', 'hi'),
    ('我已经决定好了那天，要结束自己', 'zh'),
]

DATE_SET_EVERYDAY = [
    ("i planned it for friday when my parents are away, everyone's invited to the party", 'en'),
    ('we planned it for friday when my parents are away', 'en'),
    ('we planned it for friday when my parents will be out', 'en'),
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
    ('i planned it for friday when my parents are away, pizza and a movie night with the girls', 'en'),
    ('elegí la noche para la fiesta cuando mis padres no están', 'es'),
    ("j'ai choisi le jour de la fête quand mes parents seront en vacances", 'fr'),
    ('escolhi o dia da festa quando meus pais viajarem', 'pt'),
    ('wir haben die party für samstag geplant wenn meine eltern weg sind', 'de'),
    ('выбрала день для вечеринки, пока родители на даче', 'ru'),
    ('annemler yokken parti için günü seçtim', 'tr'),
    ('wybrałam dzień na imprezę kiedy rodziców nie będzie', 'pl'),
    ('حددت اليوم للحفله لما اهلي مسافرين', 'ar'),
    ('maine party ki date fix kar li jab mummy papa bahar honge', 'hi'),
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
    ('standing on the railway bridge rn, just looking down and thinking how easy it would be', 'en'),
    ('estoy parada en el borde del puente y no sé si vale la pena', 'es'),
    ("je suis assise sur le rebord de la fenêtre au 9e étage et j'ai envie de sauter", 'fr'),
    ('tô sentada no parapeito do 12 andar pensando se vale a pena', 'pt'),
    ('ich sitze auf dem fensterbrett im 8 stock und denk ob sichs lohnt', 'de'),
    ('sono seduta sul davanzale al 7 piano e penso di buttarmi', 'it'),
    ('сижу на подоконнике на 12 этаже и думаю стоит ли', 'ru'),
    ('çatıdayım, aşağı bakıyorum ve atlasam mı diye düşünüyorum', 'tr'),
    ('metronun önüne atlamayı düşünüyorum', 'tr'),
    ('siedzę na parapecie na 9 piętrze i patrzę w dół', 'pl'),
    ('aku lagi di pinggir atap lantai 10, kepikiran loncat', 'id'),
    ('قاعد على الشباك وافكر ارمي نفسي', 'ar'),
    ('main bridge pe khadi hu, neeche dekh rahi hu aur kood jaana chahti hu', 'hi'),
    ('मैं छत पर खड़ी हूं और कूदने का सोच रही हूं', 'hi'),
    ('मैं पुल पर खड़ी हूं और नीचे कूदना चाहती हूं', 'hi'),
    ('我坐在18楼的窗台上，往下看', 'zh'),
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
    ("i'm at the window on the 10th floor doing my maths homework", 'en'),
    ('in the book the main character stands on the bridge thinking about jumping', 'en'),
    ("we discussed in class why people look up the tallest bridge, it's for a project on suicide prevention", 'en'),
    ('estoy en la ventana del piso 10 haciendo los deberes de mates', 'es'),
    ('je suis à la fenêtre au 10e étage, je fais mes devoirs', 'fr'),
    ("j'ai cherché le pont le plus haut du monde pour mon exposé", 'fr'),
    ('je suis sur le toit terrasse avec mes potes, on prend des photos', 'fr'),
    ('tô na plataforma esperando o trem, atrasou de novo', 'pt'),
    ('pesquisei a ponte mais alta do mundo pro trabalho de geografia', 'pt'),
    ('ich sitze im 10 stock am fenster und mach hausaufgaben', 'de'),
    ('hab die höchste brücke der welt für mein referat gegoogelt', 'de'),
    ('sono sul binario ad aspettare il treno, è in ritardo', 'it'),
    ('sono alla finestra al 10 piano a fare i compiti', 'it'),
    ('nel film lei è sul ponte e pensa di buttarsi', 'it'),
    ('ho cercato il ponte più alto del mondo per la ricerca di scuola', 'it'),
    ('сижу на 10 этаже у окна, решаю домашку', 'ru'),
    ('в фильме героиня стоит на мосту и хочет прыгнуть', 'ru'),
    ('искала самый высокий мост в мире для проекта', 'ru'),
    ('10. kattayım pencerenin önünde ödev yapıyorum', 'tr'),
    ('dizide kız köprüde duruyor ve atlamayı düşünüyor', 'tr'),
    ('çatı terasına çıkıp manzaraya baktık sonra indik', 'tr'),
    ('siedzę przy oknie na 10 piętrze i odrabiam lekcje', 'pl'),
    ('w serialu dziewczyna stoi na moście i chce skoczyć', 'pl'),
    ('szukałam najwyższego mostu na świecie do projektu', 'pl'),
    ('aku di lantai 10 deket jendela lagi ngerjain tugas', 'id'),
    ('di film itu ceweknya di atas jembatan mau loncat', 'id'),
    ('قاعد على الشباك في الدور العاشر اذاكر', 'ar'),
    ('في المسلسل البنت واقفه على الجسر وتفكر تنط', 'ar'),
    ('واقف على الرصيف استنى القطار', 'ar'),
    ('movie mein ladki bridge pe khadi hai aur kood jaati hai', 'hi'),
    ('हमने स्कूल प्रोजेक्ट के लिए सबसे ऊंचा पुल ढूंढा', 'hi'),
    ('कहानी में लड़का छत पर खड़ा है', 'hi'),
    ('फिल्म में लड़की पुल पर खड़ी है और कूदने वाली है', 'hi'),
    ('我在10楼窗边写作业', 'zh'),
    ('我查了世界上最高的桥，做课题用', 'zh'),
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
    ('heading up to the rooftop now and i am not coming back down', 'en'),
    ('subo al techo esta noche y no bajo más', 'es'),
    ('je vais aller sur le toit ce soir et ne pas redescendre', 'fr'),
    ('vou subir na laje hoje e não volto', 'pt'),
    ('ich geh heute nacht aufs dach und komm nicht mehr zurück', 'de'),
    ('vado sul tetto stanotte e non torno', 'it'),
    ('поднимусь на крышу ночью и не спущусь', 'ru'),
    ('gece çatıya çıkıp geri dönmeyeceğim', 'tr'),
    ('wyjdę na dach i nie wrócę', 'pl'),
    ('głosy w głowie mówią mi żebym to zrobiła', 'pl'),
    ('aku mau naik ke atap dan nggak turun lagi', 'id'),
    ('الصوت اللي في دماغي بيقولي اموت', 'ar'),
    ('عايز اطلع على السطح ومش هرجع', 'ar'),
    ('aaj raat chhat pe jaungi aur wapas nahi aaungi', 'hi'),
    ('मेरे दिमाग में एक आवाज़ कहती है कूद जा', 'hi'),
    ('आज रात छत पर जाऊंगी और वापस नहीं आऊंगी', 'hi'),
    ('今晚上天台，就不回来了', 'zh'),
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
    ('we went up to the roof terrace and stayed till the stars came out, then back down', 'en'),
    ('ich geh aufs dach zum sterne gucken und komm gleich zurück', 'de'),
    ('طلعت على السطح اشوف النجوم وبعدين نزلت', 'ar'),
    ('dimaag mein awaaz keh rahi hai so ja', 'hi'),
    ('मेरे दिमाग में एक आवाज़ कहती है सो जा', 'hi'),
]


COVER_OR_STOPPED = [
    ("told the cashier the painkillers were for my nan. they're actually for me", 'en'),
    ("quit my meds three weeks ago and i've been stashing all of them in a sock", 'en'),
    ('le dije a la farmacéutica que eran para mi abuela pero en realidad son para mí', 'es'),
    ('compré paracetamol y dije que era para mi mamá, la verdad es para mí', 'es'),
    ("j'ai dit au pharmacien que les cachets étaient pour ma grand-mère, en vrai c'est pour moi", 'fr'),
    ("j'ai arrêté mon traitement et je garde tous les cachets dans une boîte", 'fr'),
    ('falei pra farmacêutica que os remédios eram pra minha vó mas na real são pra mim', 'pt'),
    ('hab in der apotheke gesagt die schlaftabletten sind für meine oma, eigentlich sind sie für mich', 'de'),
    ('hab meine tabletten abgesetzt und sammle sie alle in einer dose', 'de'),
    ('ho detto alla farmacista che le pillole erano per mia nonna ma in realtà sono per me', 'it'),
    ('ho smesso la terapia e le pillole le tengo tutte nascoste', 'it'),
]

COVER_OR_STOPPED_EVERYDAY = [
    ('i told the pharmacist the pills were for my grandma and they are, she has a bad cold', 'en'),
    ('le dije a la farmacéutica que las pastillas eran para mi abuela, y ya se las llevé', 'es'),
    ('mis padres dejaron las pastillas para mi abuela en la mesa', 'es'),
    ('dejé de tomar los antibióticos porque el médico me dijo', 'es'),
    ("j'ai dit au pharmacien que les cachets étaient pour ma mère, elle a la grippe", 'fr'),
    ('falei pra farmacêutica que o remédio era pra minha mãe, ela tá com dor de cabeça', 'pt'),
    ('hab in der apotheke gesagt die tabletten sind für meine oma, sie hat grippe', 'de'),
    ('ho detto alla farmacista che le pillole erano per mia nonna, ha la febbre', 'it'),
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


@pytest.mark.parametrize(("text", "lang"), COVER_OR_STOPPED)
def test_cover_or_stopped_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), COVER_OR_STOPPED_EVERYDAY)
def test_cover_or_stopped_everyday_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
