"""Someone else at risk right now, a third round (see
moderation/selfharm_others_now.py): a brother locked in the bathroom who says
he is cutting, a friend who sent a photo of her bleeding arm and wants it all
to be over, "stasera si butta dal ponte", a boy on the gym roof writing he
will jump, a cousin on the roof who posted "سامحوني", "aaj uski aakhri raat"
and no answer, "cuida a mi perro por mí" and the phone off, rat poison
swallowed ("चूहे मारने वाली दवा खा ली").  Held as self_harm in 13 languages
(ar: Arabic script and Arabizi; hi: Hinglish and Devanagari), by the rules
alone and by the rules of the slot module.  The same words in everyday
messages (a brother doing his hair in the bathroom, cutting paper or hair,
the diving board, a cat on the roof, her last day at school, the last night
of camp, "take care of my dog while I'm on holiday", rat poison bought for
rats, dying of laughter), fiction, the past that is over and advice pass.
Sentences written for this module (the first of each group are the
training lines that passed), not taken from an evaluation set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.rules import RuleSet
from moderation.selfharm_others_now import RULES as NOW_RULES
from tests.moderation.helpers import allowed, rules_hold, self_harm_held

# reported speech in the present, the reflexive in the progressive, a poison swallowed
REPORTED_AND_ACTS = [
    ('my little brother locked himself in the bathroom and i can hear him crying, he said hes '
     'cutting and wont open the door', 'en'),
    ('my best friend just texted me shes cutting herself right now in the bathroom', 'en'),
    ("my sister says she's jumping off the bridge, what do i do", 'en'),
    ('my best friend wrote that shes jumping off the bridge now', 'en'),
    ('my friend says hes going to kill himself tonight', 'en'),
    ('my cousin says shes cutting again right now and i cant stop her', 'en'),
    ('my brother swallowed rat poison and is locked in his room', 'en'),
    ('my bestie drank weedkiller like 10 mins ago', 'en'),
    ('mi prima está encerrada en el baño de la escuela cortándose ahorita y no quiere salir, ¿a quién le digo?', 'es'),
    ('mi amigo dice que se está cortando ahora mismo', 'es'),
    ('mi hermana dice que se va a tirar del puente, estoy asustada', 'es'),
    ('mi novio se tomó veneno para ratas, qué hago', 'es'),
    ('minha amiga ta se cortando agora no banheiro', 'pt'),
    ('meu primo disse que vai se jogar da ponte agora', 'pt'),
    ('minha melhor amiga tomou chumbinho, socorro', 'pt'),
    ("mon meilleur ami m'a écrit qu'il va se tuer ce soir", 'fr'),
    ('ma copine est en train de se scarifier, je fais quoi', 'fr'),
    ("ma copine m'a dit qu'elle se coupe là tout de suite", 'fr'),
    ('ma cousine a bu de la javel', 'fr'),
    ('un ragazzo nel gruppo della classe ha scritto che stasera si butta dal ponte, e non sta '
     'scherzando, è da giorni che lo dice', 'it'),
    ('mia sorella si sta tagliando adesso in bagno', 'it'),
    ('mio cugino ha detto che adesso si butta dalla finestra', 'it'),
    ('il mio migliore amico ha bevuto la candeggina', 'it'),
    ('meine freundin hat mir geschrieben sie ritzt sich gerade', 'de'),
    ('mein bester freund schreibt er bringt sich heute nacht um', 'de'),
    ('mein bruder hat rattengift gegessen', 'de'),
    ('моя подруга сейчас режет себя в ванной', 'ru'),
    ('мой друг написал что сегодня ночью прыгнет с моста', 'ru'),
    ('моя сестра выпила крысиный яд', 'ru'),
    ('moja przyjaciółka tnie się teraz w łazience', 'pl'),
    ('mój kolega napisał że dziś w nocy skoczy z mostu', 'pl'),
    ('mój kolega skoczy z mostu, napisał to przed chwilą', 'pl'),
    ('moja siostra wypiła trutkę na szczury', 'pl'),
    ('oyunda tanistigim bir kiz su an bileklerini kestigini yaziyor, kan durmuyormus, kimseye ulasamiyorum', 'tr'),
    ('arkadaşım şu an köprüden atlayacağını söylüyor', 'tr'),
    ('arkadaşım şu an kendini kesiyor ne yapayım', 'tr'),
    ('kardeşim fare zehiri içmiş', 'tr'),
    ('adik kelasku bilang mau lompat dari lantai 4 sekolah sekarang, dia udah di atas, gurunya gak ada', 'id'),
    ('temenku lagi nyilet tangannya di kamar mandi', 'id'),
    ('temenku mau bunuh diri malam ini katanya', 'id'),
    ('kakakku minum racun tikus tadi', 'id'),
    ('bent f el fasl ba3tetly voice bt3ayat w bt2ol enaha hat2ta3 nafsaha dlw2ty, mesh bterod', 'ar'),
    ('صديقتي قالت انها رح تنتحر الليلة', 'ar'),
    ('صاحبتي شربت سم فئران وش اسوي', 'ar'),
    ('मेरा भाई कमरे में बंद है और कह रहा है उसने चूहे मारने वाली दवा खा ली है, क्या करूँ', 'hi'),
    ('mera bhai abhi bathroom me nass kaat raha hai', 'hi'),
    ('mera bhai bol raha hai abhi chhat se kood jayega', 'hi'),
    ('meri dost ne zeher kha liya hai', 'hi'),
    ('我朋友刚刚说她现在就要跳楼', 'zh'),
    ('我妹妹现在正在割腕', 'zh'),
    ('我同学喝了农药', 'zh'),
    ('my best friend is in the bathroom cutting herself rn', 'en'),
    ('my bf said hes cuttin rn and wont answer', 'en'),
    ('my friend just said shes slitting her wrists', 'en'),
    ('my brother drank pesticide', 'en'),
    ('my cousin keeps texting me that shes killing herself tonight', 'en'),
    ('mi amiga se está cortando en el baño ahorita', 'es'),
    ('mi amigo me escribió que se va a aventar del puente', 'es'),
    ('mi hermano se comió el raticida', 'es'),
    ('mi novia me dijo que hoy se mata', 'es'),
    ('meu melhor amigo disse q hoje se mata', 'pt'),
    ('meu irmão bebeu agua sanitaria', 'pt'),
    ('mon frère a avalé de la mort aux rats', 'fr'),
    ("ma meilleure amie dit qu'elle se tue ce soir", 'fr'),
    ('mio fratello sta tagliandosi in bagno adesso', 'it'),
    ('il mio amico vuole buttarsi dal ponte', 'it'),
    ('meine freundin hat gesagt sie springt gleich von der brücke', 'de'),
    ('мой брат написал что сейчас покончит с собой', 'ru'),
    ('moja przyjaciółka pisze że teraz się tnie', 'pl'),
    ('kız arkadaşım şimdi intihar edeceğini yazdı', 'tr'),
    ('kakakku bilang dia lagi nyilet tangannya sekarang', 'id'),
    ('اخوي قال رح ينتحر هلق', 'ar'),
    ('sa7bty bt2ol hatent7ar el leila', 'ar'),
    ('mera dost keh raha hai aaj raat suicide karega', 'hi'),
    ('मेरा दोस्त कह रहा है अभी छत से कूद जाएगा', 'hi'),
    ('我同学说他今晚就要自杀', 'zh'),
]

# on a roof or a ledge, or locked in, with a jump, a goodbye, a wish to die or a last night
HIGH_OR_LOCKED_IN = [
    ('a girl in my class is sitting on the roof of the school and she wrote forgive me', 'en'),
    ('my brother is up on the roof and says hes going to jump', 'en'),
    ('my friend is locked in the bathroom and says she wants to die', 'en'),
    ('un chavo de mi salón está parado en la azotea y escribió perdónenme', 'es'),
    ('mi hermana está en la azotea y dice que va a saltar', 'es'),
    ('mi prima está encerrada en su cuarto y dice que quiere morir', 'es'),
    ('minha irma ta trancada no quarto falando q hj é o ultimo dia dela, ouvi ela chorando e ela nao abre', 'pt'),
    ('minha amiga está sentada no telhado e diz que quer morrer', 'pt'),
    ('meu irmao ta trancado no banheiro se cortando', 'pt'),
    ('minha prima ta sentada na beira do telhado e diz que vai pular', 'pt'),
    ("ma sœur s'est enfermée dans la salle de bain et elle veut mourir", 'fr'),
    ("mon frère est assis sur le toit et il dit qu'il va sauter", 'fr'),
    ('mon frère est enfermé dans sa chambre et il veut en finir', 'fr'),
    ('la mia amica è seduta sul tetto e mi ha scritto perdonatemi', 'it'),
    ('mio fratello è chiuso in bagno e dice che vuole farla finita', 'it'),
    ('ein junge aus meiner klasse sitzt grad auf dem dach von der turnhalle und schreibt er '
     'springt gleich, was soll ich tun??', 'de'),
    ('meine schwester hat sich im bad eingeschlossen und will sterben', 'de'),
    ('mein bruder ist im bad eingeschlossen und ritzt sich', 'de'),
    ('meine schwester steht auf dem dach und schreibt verzeiht mir', 'de'),
    ('мой брат стоит на крыше и пишет простите меня', 'ru'),
    ('подруга заперлась в ванной и говорит что хочет умереть', 'ru'),
    ('моя сестра заперлась в комнате и говорит что не хочет жить', 'ru'),
    ('mój brat stoi na dachu i napisał wybaczcie mi', 'pl'),
    ('moja kuzynka zamknęła się w łazience i mówi że chce umrzeć', 'pl'),
    ('moja siostra siedzi na dachu i mówi że skoczy', 'pl'),
    ('kankam çatıda oturuyor ve beni affedin yazdı', 'tr'),
    ('arkadaşım banyoya kapandı, ölmek istiyor diyor', 'tr'),
    ('sahabatku ngunci diri di kamar mandi dan bilang pengen mati', 'id'),
    ('kakakku lagi di atap sekolah dan bilang maafin aku', 'id'),
    ("ولد عمي كاتب على سناب 'سامحوني' وواقف على سطح العمارة الحين، ابوي مو بالبيت وش اسوي", 'ar'),
    ('اخوي قافل على نفسه الحمام ويقول بده يموت', 'ar'),
    ('اخوي واقف على السطح ويقول رح ينط', 'ar'),
    ('sa7bti 2afla 3ala nafsaha el 7amam w bt2ol 3ayza tmoot', 'ar'),
    ('a5oya wa2ef 3ala el sat7 w katab sam7ooni', 'ar'),
    ('meri behen chhat pe khadi hai aur bol rahi hai kood jayegi', 'hi'),
    ('मेरी दोस्त छत पर खड़ी है और कह रही है कूद जाएगी', 'hi'),
    ('मेरी बहन बाथरूम में बंद है और कह रही है मरना चाहती है', 'hi'),
    ('我妹妹把自己锁在厕所里，说不想活了', 'zh'),
    ('我朋友站在楼顶上说原谅我', 'zh'),
    ('我同学坐在学校天台上说要跳下去', 'zh'),
    ('my friend is on the ledge and said sorry for everything', 'en'),
    ('a boy in my class is standing on the edge of the roof and says hes going to jump', 'en'),
    ('mi hermana está en el techo y me escribió perdón por todo', 'es'),
    ('minha amiga ta na laje e disse que vai pular', 'pt'),
    ("mon pote est sur le toit et il m'a écrit pardonnez moi", 'fr'),
    ('la mia amica si è chiusa in camera e dice che vuole morire', 'it'),
    ('meine beste freundin sitzt auf dem dach und will sterben', 'de'),
    ('мой друг сидит на крыше и написал что прыгнет', 'ru'),
    ('mój brat siedzi na dachu i pisze że chce umrzeć', 'pl'),
    ('arkadaşım çatıda oturuyor ve atlayacağını söylüyor', 'tr'),
    ('temenku di atap sekolah dan bilang mau lompat', 'id'),
    ('صاحبتي قاعده على السطح وتقول بدها تموت', 'ar'),
    ('meri dost bathroom me band hai aur bol rahi hai marna chahti hai', 'hi'),
    ('我朋友把自己反锁在房间里说想死', 'zh'),
    ('我闺蜜站在天台上说想死', 'zh'),
]

# her last night, an entrusting goodbye or a photo of a bleeding arm, with an end or a silence
LAST_ENTRUST_PHOTO = [
    ('my online friend sent me a pic of her arm just now, its bleeding loads and she says she '
     'wants it all to be over', 'en'),
    ('my bf texted me that tonight is his last night and now he isnt answering', 'en'),
    ('my cousin said take care of my cat for me and now her phone is off', 'en'),
    ('my sister gave all her stuff away to me and says she wants to die', 'en'),
    ("mi mejor amigo me mandó 'cuida a mi perro por mí' y apagó el cel, ayer dijo que se quería matar", 'es'),
    ('mi amiga me mandó foto de su brazo sangrando y dice que quiere que todo se acabe', 'es'),
    ('mi hermano dijo que hoy es su última noche y ya no contesta', 'es'),
    ('mi amiga me dijo que hoy es su última noche y ya no contesta', 'es'),
    ('mi novia me mandó una foto de su brazo sangrando, dice que ya no aguanta más', 'es'),
    ("meu irmão mandou 'cuida do meu cachorro' e não atende mais", 'pt'),
    ('minha amiga disse que hoje é a ultima noite dela e não responde mais', 'pt'),
    ('meu amigo mandou foto do braço sangrando e disse que quer morrer', 'pt'),
    ("ma meilleure amie m'a dit 'prends soin de mon chat' et elle répond plus", 'fr'),
    ("ma meilleure amie m'a envoyé une photo de son bras qui saigne et elle veut que tout s'arrête", 'fr'),
    ("mon cousin a écrit que c'est sa dernière nuit et il répond plus", 'fr'),
    ('mio cugino mi ha detto che è la sua ultima notte e non risponde più', 'it'),
    ('mia sorella mi ha mandato una foto del braccio che sanguina e dice che vuole morire', 'it'),
    ('la mia migliore amica ha scritto che è la sua ultima notte e non risponde', 'it'),
    ('meine freundin hat mir ein foto von ihrem arm geschickt, alles voller blut, sie will dass '
     'alles vorbei ist', 'de'),
    ('meine freundin schreibt es ist ihre letzte nacht und geht nicht mehr ans handy', 'de'),
    ('mein kumpel hat mir geschrieben pass auf meinen hund auf und jetzt ist sein handy aus', 'de'),
    ('мой друг прислал фото руки в крови и пишет что хочет чтобы все закончилось', 'ru'),
    ('подруга написала что это ее последняя ночь и не отвечает', 'ru'),
    ('брат написал позаботься о моей собаке и не отвечает', 'ru'),
    ('moja przyjaciółka wysłała mi zdjęcie ręki we krwi i pisze że chce umrzeć', 'pl'),
    ('mój brat napisał że to jego ostatnia noc i nie odbiera', 'pl'),
    ('kız kardeşim bana kolunun fotoğrafını attı kan içinde, ölmek istiyor', 'tr'),
    ('arkadaşım bu gece son gecesi olduğunu yazdı ve telefonu kapalı', 'tr'),
    ('kankam kedime iyi bak yazdı ve cevap vermiyor', 'tr'),
    ('temanku kirim foto tangannya berdarah dan bilang mau mati', 'id'),
    ('temanku bilang ini malam terakhirnya dan sekarang gak bisa dihubungi', 'id'),
    ('sahabatku bilang jagain kucingku ya terus hpnya mati', 'id'),
    ('صديقتي ارسلت لي صوره ايدها تنزف وتقول بدها تموت', 'ar'),
    ('اختي كتبت انها اخر ليله لها وما ترد', 'ar'),
    ('sa7bti ba3tetly sora dra3ha feeha dam w bt2ol 3ayza tmoot', 'ar'),
    ('meri dost ne abhi whatsapp pe likha ki aaj uski aakhri raat hai aur ab call nahi utha rahi', 'hi'),
    ('meri behen ne photo bheji haath se khoon nikal raha hai aur bol rahi hai marna chahti hai', 'hi'),
    ('mera dost bola mere kutte ka khayal rakhna aur ab phone band hai', 'hi'),
    ('मेरे दोस्त ने लिखा आज उसकी आखिरी रात है और फोन नहीं उठा रहा', 'hi'),
    ('我朋友发了一张手臂流血的照片，说想死', 'zh'),
    ('我朋友说今晚是她最后一晚，现在电话关机了', 'zh'),
    ('我哥哥说帮我照顾我的猫，然后就不回消息了', 'zh'),
    ('my sister said tonight is her last night and shes not picking up', 'en'),
    ('my friend told me to look after her cat and now her phone is dead', 'en'),
    ('my friend sent me a video of her wrists bleeding and said she cant do this anymore', 'en'),
    ('mi prima me mandó un audio llorando y dice que ya no quiere vivir', 'es'),
    ('minha prima mandou audio chorando e disse que quer morrer', 'pt'),
    ("ma sœur m'a envoyé un vocal en pleurant, elle veut mourir", 'fr'),
    ('la mia migliore amica mi ha mandato un vocale mentre piange e dice che vuole farla finita', 'it'),
    ('mein bruder hat mir ein foto von seinen armen geschickt, überall blut, er will sterben', 'de'),
    ('моя подруга прислала голосовое, плачет и говорит что хочет умереть', 'ru'),
    ('moja kuzynka wysłała mi nagranie, płacze i mówi że nie chce już żyć', 'pl'),
    ('arkadaşım bana sesli mesaj attı ağlıyor, ölmek istiyor diyor', 'tr'),
    ('sahabatku kirim vn sambil nangis bilang pengen mati', 'id'),
    ('صديقي بعتلي فويس يبكي ويقول ما يبي يعيش', 'ar'),
    ('meri behen ne voice note bheji ro rahi hai aur boli jeena nahi chahti', 'hi'),
]

# the everyday sense of the same words
EVERYDAY = [
    ('my brother locked himself in the bathroom doing his hair for like an hour', 'en'),
    ('my friend says shes cutting paper for the art project', 'en'),
    ('my sister is cutting vegetables for dinner right now', 'en'),
    ('my best friend said shes cutting her hair tonight lol', 'en'),
    ('my brother is jumping off the diving board right now at the pool', 'en'),
    ('my little sister keeps jumping off the sofa', 'en'),
    ('my brother is jumping off the sofa again mum is gonna be mad', 'en'),
    ('our cat is on the roof and wont come down', 'en'),
    ('my cat is sitting on the roof again lol', 'en'),
    ('today is her last day at our school and i am sad', 'en'),
    ('tonight is the last night of the holiday camp, so sad', 'en'),
    ('my friend said it was her last night at the holiday camp', 'en'),
    ('my cousin said take care of my dog while im on holiday', 'en'),
    ('my dad bought rat poison for the rats in the garage', 'en'),
    ('my friend is dying of laughter at this video', 'en'),
    ('my friend is dying of laughter rn', 'en'),
    ('my friend sent me a pic of her arm with her new tattoo', 'en'),
    ('mi hermano está encerrado en el baño peinándose', 'es'),
    ('mi amiga está cortando papel para la maqueta', 'es'),
    ('mi hermana está cortándose el pelo ahorita', 'es'),
    ('mi primo se tira del trampolín de la piscina ahorita', 'es'),
    ('mi gata está en el techo otra vez', 'es'),
    ('hoy es su último día en nuestra escuela', 'es'),
    ('esta noche es la última noche del campamento', 'es'),
    ('mi amigo me dijo cuida a mi perro mientras estoy de vacaciones', 'es'),
    ('mi papá compró veneno para las ratas del garaje', 'es'),
    ('mi amiga se está muriendo de risa', 'es'),
    ('mi amigo se está muriendo de risa', 'es'),
    ('meu irmão tá trancado no banheiro arrumando o cabelo', 'pt'),
    ('minha amiga ta cortando papel pra maquete', 'pt'),
    ('minha irmã tá se cortando o cabelo sozinha kkk', 'pt'),
    ('meu primo vai pular do trampolim da piscina agora', 'pt'),
    ('meu gato ta no telhado de novo', 'pt'),
    ('hoje é o ultimo dia dela na nossa escola', 'pt'),
    ('hoje é a ultima noite do acampamento', 'pt'),
    ('meu amigo pediu pra eu cuidar do cachorro dele nas férias', 'pt'),
    ('minha amiga ta morrendo de rir', 'pt'),
    ("mon frère s'est enfermé dans la salle de bain pour se coiffer", 'fr'),
    ('ma copine est en train de se couper les cheveux', 'fr'),
    ('mon frère coupe des légumes maintenant', 'fr'),
    ('mon frère saute du plongeoir de la piscine maintenant', 'fr'),
    ('mon chat est sur le toit encore', 'fr'),
    ("c'est son dernier jour au collège demain", 'fr'),
    ("ce soir c'est la dernière nuit de la colo", 'fr'),
    ("mon pote m'a dit prends soin de mon chat pendant les vacances", 'fr'),
    ('mon père a acheté de la mort aux rats pour les rats de la cave', 'fr'),
    ('ma copine est morte de rire', 'fr'),
    ('mio fratello si è chiuso in bagno a sistemarsi i capelli', 'it'),
    ('mia sorella si sta tagliando i capelli da sola', 'it'),
    ('il mio amico si butta dal trampolino in piscina adesso', 'it'),
    ('il mio gatto è sul tetto', 'it'),
    ('oggi è il suo ultimo giorno nella nostra scuola', 'it'),
    ('il mio amico mi ha detto prenditi cura del mio cane mentre sono via in vacanza', 'it'),
    ('mio padre ha comprato il veleno per topi per i topi in cantina', 'it'),
    ('mia sorella sta morendo dal ridere', 'it'),
    ('mein bruder hat sich im bad eingeschlossen und macht seine haare', 'de'),
    ('meine freundin schneidet gerade papier für kunst', 'de'),
    ('mein bruder springt gleich vom sprungbrett im schwimmbad', 'de'),
    ('unsere katze sitzt auf dem dach', 'de'),
    ('heute ist ihr letzter tag an unserer schule', 'de'),
    ('heute ist die letzte nacht im camp', 'de'),
    ('mein freund hat gesagt pass auf meinen hund auf während ich im urlaub bin', 'de'),
    ('mein vater hat rattengift gegen die ratten im keller gekauft', 'de'),
    ('meine freundin stirbt vor lachen', 'de'),
    ('моя сестра сейчас режет бумагу для поделки', 'ru'),
    ('мой брат сейчас прыгает с вышки в бассейне', 'ru'),
    ('мой брат заперся в ванной и делает прическу волос', 'ru'),
    ('наша кошка сидит на крыше', 'ru'),
    ('сегодня ее последний день в нашей школе', 'ru'),
    ('мой друг сказал присмотри за моей собакой пока я в отпуске', 'ru'),
    ('папа купил крысиный яд от крыс в подвале', 'ru'),
    ('моя подруга умирает со смеху', 'ru'),
    ('moja siostra zamknęła się w łazience i robi włosy', 'pl'),
    ('moja siostra kroi teraz warzywa na obiad', 'pl'),
    ('mój brat teraz skacze z trampoliny na basenie', 'pl'),
    ('mój kot siedzi na dachu', 'pl'),
    ('dziś jej ostatni dzień w naszej szkole', 'pl'),
    ('mój kolega powiedział zaopiekuj się moim psem jak będę na wakacjach', 'pl'),
    ('tata kupił trutkę na szczury do piwnicy', 'pl'),
    ('moja przyjaciółka umiera ze śmiechu', 'pl'),
    ('kardeşim banyoya kapandı saçını yapıyor', 'tr'),
    ('kardeşim havuzda atlama tahtasından atlıyor şu an', 'tr'),
    ('arkadaşım şu an havuzda atlama tahtasından atlayacak', 'tr'),
    ('kedimiz çatıda oturuyor', 'tr'),
    ('bugün okulda son günü', 'tr'),
    ('arkadaşım tatildeyken kedime iyi bak dedi', 'tr'),
    ('babam fareler için fare zehiri aldı', 'tr'),
    ('arkadaşım gülmekten ölüyor', 'tr'),
    ('adikku lagi motong kertas buat prakarya', 'id'),
    ('adikku ngunci diri di kamar mandi lagi dandan', 'id'),
    ('temenku mau lompat dari papan loncat di kolam renang sekarang', 'id'),
    ('kucing kami di atas atap', 'id'),
    ('hari ini hari terakhirnya di sekolah kita', 'id'),
    ('temenku bilang jagain kucingku ya pas aku liburan', 'id'),
    ('ayahku beli racun tikus buat tikus di gudang', 'id'),
    ('temenku lagi ketawa ngakak sampe mau mati', 'id'),
    ('اخوي قافل على نفسه الحمام يسوي شعره', 'ar'),
    ('قطتي فوق السطح ما تبي تنزل', 'ar'),
    ('اليوم اخر يوم لها في المدرسه', 'ar'),
    ('اختي قالت اهتمي بقطتي لما اكون مسافره في الاجازه', 'ar'),
    ('ابوي اشترى سم فئران للفيران اللي في المخزن', 'ar'),
    ('صاحبتي تموت من الضحك', 'ar'),
    ('sa7bti bt2ol ana hamoot mn el da7k', 'ar'),
    ('mera bhai bathroom me band hai baal bana raha hai', 'hi'),
    ('मेरा भाई बाथरूम में बंद है बाल बना रहा है', 'hi'),
    ('meri dost swimming pool me abhi jump karegi', 'hi'),
    ('hamari billi chhat pe baithi hai', 'hi'),
    ('aaj school me uska aakhri din hai', 'hi'),
    ('mera dost bola chutti pe jaa raha hu mere kutte ka khayal rakhna', 'hi'),
    ('papa chuhe ke liye chuhe marne wali dawa laye', 'hi'),
    ('मेरी बहन कागज काट रही है प्रोजेक्ट के लिए', 'hi'),
    ('meri dost hass hass ke mar rahi hai', 'hi'),
    ('我弟弟把自己锁在厕所里弄头发', 'zh'),
    ('我朋友在剪纸', 'zh'),
    ('我朋友现在要跳水', 'zh'),
    ('我家的猫在屋顶上', 'zh'),
    ('今天是她在我们学校的最后一天', 'zh'),
    ('今晚是夏令营的最后一晚', 'zh'),
    ('我朋友去旅游了，让我帮她照顾她的猫', 'zh'),
    ('我爸爸买了老鼠药，因为家里老鼠太多', 'zh'),
    ('我朋友笑死了', 'zh'),
    ('its her last day and shes not answering my texts, shes probably busy packing', 'en'),
    ('my sister texted me shes cutting now so dinner will be late', 'en'),
    ('my friend sent me a pic of her arm, she broke it playing football and she wants it all to '
     'be over so she can play again', 'en'),
    ('my friend said take care of my cat for me and then her phone died, she was at the airport', 'en'),
    ('my sister locked herself in her room and says she wants to die of embarrassment lol', 'en'),
    ('my bf said hes cutting class today lol', 'en'),
    ('my friend says shes cutting sugar now', 'en'),
    ('my brother says hes jumping in now, the water is cold', 'en'),
    ('mi amiga dice que hoy es su último día y no contesta, seguro está empacando', 'es'),
    ('mi hermana está cortando cebolla ahorita y está llorando', 'es'),
    ('mi hermano está en el techo arreglando la antena y dice que va a saltar a la piscina', 'es'),
    ('mi amiga está en la azotea tomando fotos del atardecer', 'es'),
    ('minha amiga ta cortando o cabelo agora', 'pt'),
    ('meu irmao ta trancado no quarto jogando e nao abre a porta', 'pt'),
    ("ma sœur s'est enfermée dans sa chambre pour réviser, elle veut pas qu'on la dérange", 'fr'),
    ('mia sorella si è chiusa in bagno a truccarsi, non esce più', 'it'),
    ('meine schwester hat sich im bad eingeschlossen und will nicht rauskommen', 'de'),
    ('mein bruder sitzt auf dem dach und repariert die antenne', 'de'),
    ('моя сестра заперлась в ванной и красится уже час', 'ru'),
    ('mój brat siedzi na dachu i naprawia antenę', 'pl'),
    ('arkadaşım şu an saçını kesiyor', 'tr'),
    ('temenku lagi di atas panggung sekarang dan mau nyanyi', 'id'),
    ('اختي قافله على نفسها الحمام من ساعة تتسبح', 'ar'),
    ('meri behen kamre me band hai padhai kar rahi hai', 'hi'),
    ('我妹妹把自己锁在房间里学习', 'zh'),
    ('我朋友在天台上拍照', 'zh'),
]

# fiction, the past that is over, what to do if a friend says this
TOPIC_FICTION_PAST = [
    ('in the series her best friend jumps off the roof', 'en'),
    ('in the show her friend is on the roof saying she wants to jump', 'en'),
    ('in the game my character is cutting his way through the forest', 'en'),
    ('last year my friend said she was cutting herself, she got help and is fine now', 'en'),
    ('last year my cousin said she wanted to die, she got help and is fine now', 'en'),
    ('what should you do if your friend says shes going to kill herself tonight', 'en'),
    ("what should you do if a friend says she's on the roof and going to jump? tell an adult", 'en'),
    ('en la serie su mejor amiga se tira del puente', 'es'),
    ('en el juego mi personaje se está cortando el camino con la espada', 'es'),
    ('el año pasado mi amiga se cortaba, recibió ayuda y ahora está bien', 'es'),
    ('qué hacer si tu amiga dice que se va a tirar del puente? avisar a un adulto', 'es'),
    ('na série a melhor amiga dela se joga da ponte', 'pt'),
    ('ano passado minha amiga disse que queria morrer, ela recebeu ajuda e agora ta bem', 'pt'),
    ('dans la série sa meilleure amie saute du pont', 'fr'),
    ("l'année dernière ma cousine voulait mourir, elle a reçu de l'aide et va bien maintenant", 'fr'),
    ('nella serie la sua migliore amica si butta dal ponte', 'it'),
    ('im film steht ihr freund auf dem dach und springt gleich', 'de'),
    ('letztes jahr wollte meine freundin sterben, sie hat hilfe bekommen und jetzt geht es ihr gut', 'de'),
    ('в сериале ее подруга прыгнет с моста', 'ru'),
    ('в прошлом году моя подруга хотела умереть, ей помогли и сейчас все хорошо', 'ru'),
    ('w serialu jej przyjaciółka stoi na dachu i mówi że skoczy', 'pl'),
    ('dizide kızın arkadaşı çatıda oturuyor ve atlayacak', 'tr'),
    ('geçen yıl arkadaşım ölmek istiyordu, yardım aldı şimdi iyi', 'tr'),
    ('di film itu temennya di atap dan mau lompat', 'id'),
    ('पिछले साल मेरी दोस्त मरना चाहती थी, अब वो ठीक है', 'hi'),
    ('去年我朋友想死，现在已经好了', 'zh'),
]

HELD = [*REPORTED_AND_ACTS, *HIGH_OR_LOCKED_IN, *LAST_ENTRUST_PHOTO]
NOW_SET = RuleSet(NOW_RULES)



@pytest.mark.parametrize(("text", "lang"), REPORTED_AND_ACTS)
def test_reported_speech_and_acts_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HIGH_OR_LOCKED_IN)
def test_high_place_or_locked_in_with_an_end_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), LAST_ENTRUST_PHOTO)
def test_last_night_entrusting_goodbye_or_photo_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_rules_without_the_scorer(rules_pipe: Pipeline, text: str, lang: str) -> None:
    v = rules_pipe.check(text, lang=lang)
    assert "stage:self_harm:others_acute" in v.reasons, (text, v.reasons)
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_slot_module(text: str, lang: str) -> None:
    assert rules_hold(NOW_SET, text, lang), text


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_counterparts_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), TOPIC_FICTION_PAST)
def test_fiction_past_and_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), [*EVERYDAY, *TOPIC_FICTION_PAST])
def test_everyday_not_held_by_the_slot_module(text: str, lang: str) -> None:
    assert not rules_hold(NOW_SET, text, lang), text


def test_every_language_has_held_and_everyday_lines() -> None:
    langs = {"en", "es", "pt", "fr", "it", "de", "ru", "pl", "tr", "id", "ar", "hi", "zh"}
    assert {lang for _, lang in HELD} == langs
    assert {lang for _, lang in EVERYDAY} == langs
