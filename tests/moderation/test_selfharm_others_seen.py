"""Someone else at risk right now, a fourth round (see
moderation/selfharm_others_seen.py): a friend on the roof of the car park
who says he jumps, fresh cuts seen or shown with a wish to die, "dass sie
sich heute umbringt" (the time before the verb), a load of pills and a
brother who will not wake up, locked in the bathroom with pills taken.
Held as self_harm in 13 languages (ar: Arabic script and Arabizi; hi:
Hinglish and Devanagari), by the rules alone and by the rules of the slot
module.  The same words in everyday messages (the antenna on the roof, a
jump into the pool, medicine for a cold or an allergy, a new tattoo or the
cat's scratches, "my mum will kill me if she sees my grades", vitamins
taken behind a locked door), fiction, the past that is over and advice
pass.  Sentences written for this module (the first of each group are the
training lines that passed), not taken from an evaluation set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.rules import RuleSet
from moderation.selfharm_others_seen import RULES as SEEN_RULES
from tests.moderation.helpers import allowed, rules_hold, self_harm_held

HIGH_PLACE_JUMP = [
    ('mein kumpel steht grad aufm dach vom parkhaus und sagt er springt, was soll ich machen???', 'de'),
    ('meine schwester sitzt aufm dach vom hochhaus und schreibt sie springt', 'de'),
    ('my friend is standing on top of the car park and says he jumps tonight', 'en'),
    ("my brother is up on the roof of the multi storey and texted me he'll jump", 'en'),
    ('mi amigo está en la azotea del edificio y dice que salta, qué hago', 'es'),
    ('mi prima está arriba de la azotea del estacionamiento y me escribió que se tira', 'es'),
    ('meu amigo tá no telhado do prédio e disse que pula agora', 'pt'),
    ('minha irmã ta em cima da laje do prédio e falou que vai se jogar', 'pt'),
    ("mon pote est en haut du parking et il m'a écrit qu'il saute", 'fr'),
    ("ma cousine est sur le toit de l'immeuble et elle dit qu'elle va sauter", 'fr'),
    ('il mio amico è in cima al parcheggio e dice che salta', 'it'),
    ('mia sorella è sul tetto del palazzo e mi ha scritto che si butta', 'it'),
    ('мой друг стоит на крыше парковки и говорит что прыгнет', 'ru'),
    ('моя сестра сидит на крыше многоэтажки и пишет что прыгает', 'ru'),
    ('mój kumpel stoi na dachu parkingu i mówi że skacze', 'pl'),
    ('moja siostra siedzi na dachu bloku i napisała że skoczy', 'pl'),
    ('arkadaşım otoparkın çatısında duruyor ve atlıyorum diyor', 'tr'),
    ('kardeşim apartmanın tepesinde oturuyor, atlayacağım dedi', 'tr'),
    ('صاحبي واقف على سطح العماره ويقول انه رح ينط', 'ar'),
    ('اختي فوق سطح البنايه وكتبت انها تنط', 'ar'),
    ('a5oya wa2ef 3ala sat7 el 3omara w bey2ool hanot', 'ar'),
    ('temenku di atap parkiran dan bilang mau lompat', 'id'),
    ('kakakku lagi di rooftop gedung sekolah, katanya mau loncat', 'id'),
    ('mera dost building ki chhat pe khada hai aur bol raha hai kood raha hai', 'hi'),
    ('मेरा भाई बिल्डिंग की छत पर खड़ा है और कह रहा है कूद जाएगा', 'hi'),
    ('我朋友在停车场楼顶上说要跳', 'zh'),
    ('我弟弟站在商场的天台上说他要跳下去', 'zh'),
]

SEEN_CUTS = [
    ('un mio compagno mi ha fatto vedere i tagli freschi sul braccio e dice che vuole morire', 'it'),
    ('in meiner klasse ritzt sich ein mädchen, hab heute frische schnitte gesehen und sie meinte sie '
     'will sterben', 'de'),
    ('mein bruder hat mir seine wunden am arm gezeigt und sagt er will nicht mehr leben', 'de'),
    ('a boy from my class showed me fresh cuts on his arm and said he wants to die', 'en'),
    ('my best friend showed me her wrists today, the cuts are fresh and she says she doesnt want to live', 'en'),
    ('mi amiga me enseñó los cortes frescos en su brazo y dice que se quiere morir', 'es'),
    ('en mi salón una chica tiene cortes en los brazos, los vi hoy y me dijo que quiere morir', 'es'),
    ('minha amiga me mostrou os cortes no braço e disse que quer morrer', 'pt'),
    ('na minha sala um menino tem cortes recentes nos braços e falou que não quer mais viver', 'pt'),
    ("ma meilleure amie m'a montré ses coupures fraîches sur le bras et elle veut mourir", 'fr'),
    ("dans ma classe une fille a des coupures sur les bras, je les ai vues et elle dit qu'elle veut en finir", 'fr'),
    ('nella mia classe una ragazza ha tagli sulle braccia e mi ha detto che vuole farla finita', 'it'),
    ('моя подруга показала мне свежие порезы на руке и сказала что хочет умереть', 'ru'),
    ('в моем классе девочка режет себя, я видела порезы на руках и она говорит что не хочет жить', 'ru'),
    ('moja przyjaciółka pokazała mi świeże cięcia na ręce i mówi że chce umrzeć', 'pl'),
    ('w mojej klasie dziewczyna ma rany na nadgarstkach, widziałam je dziś i napisała że nie chce już żyć', 'pl'),
    ('arkadaşım bana kolundaki taze kesikleri gösterdi ve ölmek istiyor diyor', 'tr'),
    ('sınıfımdaki bir kız kesiklerini gösterdi, yaşamak istemiyormuş', 'tr'),
    ('صاحبتي وريتني جروح جديده في ايدها وتقول بدها تموت', 'ar'),
    ('اختي عندها جروح على دراعها شفتها اليوم وقالت ما تبي تعيش', 'ar'),
    ('temenku nunjukin sayatan baru di tangannya dan bilang pengen mati', 'id'),
    ('sahabatku punya luka sayat di pergelangan, aku liat tadi dan dia bilang gak mau hidup lagi', 'id'),
    ('meri dost ne mujhe haath pe taaze cuts dikhaye aur boli marna chahti hai', 'hi'),
    ('मेरी दोस्त ने हाथ पर ताज़े कट दिखाए और कह रही है मरना चाहती है', 'hi'),
    ('我同学给我看了手臂上的新伤口，说想死', 'zh'),
    ('我朋友手腕上有很多新的划痕，她说不想活了', 'zh'),
]

TIME_BEFORE_VERB = [
    ('meine beste freundin hat grad geschrieben dass sie sich heute umbringt und geht nicht mehr ans handy', 'de'),
    ('mein kumpel hat geschrieben dass er heute nacht vom dach springt', 'de'),
    ('my friend texted me that tonight she kills herself and now her phone is off', 'en'),
    ('my cousin wrote saying tonight hes ending it', 'en'),
    ('mi amiga me escribió que hoy se mata y ya no contesta', 'es'),
    ('mi hermano dijo que esta noche se suicida', 'es'),
    ('minha amiga escreveu que hoje se mata e não atende', 'pt'),
    ('meu primo falou que essa noite ele se mata', 'pt'),
    ("ma meilleure amie m'a écrit que ce soir elle se tue", 'fr'),
    ("mon frère a dit qu'aujourd'hui il se suicide et il répond plus", 'fr'),
    ('la mia migliore amica mi ha scritto che stasera si ammazza e non risponde più', 'it'),
    ('mio cugino ha detto che oggi si uccide', 'it'),
    ('моя подруга написала что сегодня она покончит с собой и не отвечает', 'ru'),
    ('мой брат сказал что этой ночью повесится', 'ru'),
    ('moja przyjaciółka napisała że dziś się zabije i nie odbiera', 'pl'),
    ('mój brat powiedział że dzisiaj w nocy się powiesi', 'pl'),
    ('arkadaşım bu gece kendini öldüreceğini yazdı ve telefonu kapalı', 'tr'),
    ('kardeşim bugün intihar edeceğini söyledi', 'tr'),
    ('صاحبتي كتبت انها الليله رح تنتحر وما ترد', 'ar'),
    ('اخوي قال انه اليوم رح ينتحر', 'ar'),
    ('sa7bti 2aletly enaha el leila hatent7ar', 'ar'),
    ('temenku bilang kalo malam ini dia bunuh diri dan sekarang gak bisa dihubungi', 'id'),
    ('sahabatku nulis bahwa hari ini dia mau bunuh diri', 'id'),
    ('meri dost ne likha ki aaj raat suicide kar legi aur ab phone nahi utha rahi', 'hi'),
    ('मेरे दोस्त ने लिखा कि आज रात आत्महत्या कर लेगा', 'hi'),
    ('我朋友刚说今晚就要自杀，现在不回消息', 'zh'),
    ('我同学发消息说今天要跳楼', 'zh'),
]

AMOUNTS_AND_SYMPTOMS = [
    ('my brother swallowed a load of pills and hes really sleepy and not making sense pls help', 'en'),
    ('my friend took a ton of tablets and now i cant wake her up', 'en'),
    ('my sister took her antidepressants and now shes throwing up and wont wake up', 'en'),
    ('meine freundin hat eine handvoll tabletten geschluckt und ist total benommen', 'de'),
    ('mein bruder hat tabletten genommen und wir kriegen ihn nicht mehr wach', 'de'),
    ('mi hermano se tomó un montón de pastillas y está muy dormido, no dice nada con sentido', 'es'),
    ('mi amiga se tomó unas pastillas y no la puedo despertar', 'es'),
    ('minha amiga tomou uma porrada de remédios e tá muito sonolenta', 'pt'),
    ('meu irmão tomou uns comprimidos e não acorda', 'pt'),
    ("ma sœur a avalé un tas de cachets et elle dit n'importe quoi", 'fr'),
    ("mon pote a pris des médocs et je n'arrive pas à le réveiller", 'fr'),
    ('mia sorella ha preso un sacco di pastiglie e non si sveglia', 'it'),
    ('il mio amico ha ingoiato delle pillole e vomita, è tutto confuso', 'it'),
    ('моя подруга наглоталась таблеток и не просыпается', 'ru'),
    ('мой брат выпил кучу таблеток и несет бред', 'ru'),
    ('moja siostra łyknęła garść tabletek i nie mogę jej obudzić', 'pl'),
    ('mój kolega wziął tabletki i teraz wymiotuje i gada bez sensu', 'pl'),
    ('arkadaşım avuç dolusu hap içti ve çok uykulu', 'tr'),
    ('kardeşim ilaçları yuttu, şimdi uyanmıyor', 'tr'),
    ('اخوي بلع كومه حبوب وهو دايخ ويخربط', 'ar'),
    ('صاحبتي اخذت حبوب وما تصحي', 'ar'),
    ('sa7bti khadet 7obob keteer w na3sana awy', 'ar'),
    ('temenku nelen segenggam obat dan sekarang gak bisa dibangunin', 'id'),
    ('kakakku minum obat banyak banget terus muntah muntah', 'id'),
    ('mere bhai ne mutthi bhar goliyan kha li aur ab uth nahi raha', 'hi'),
    ('मेरी दोस्त ने ढेर सारी गोलियाँ खा लीं और अब उठ नहीं रही', 'hi'),
    ('我弟弟吃了一大把药，现在叫不醒', 'zh'),
    ('我朋友吞了好几板药，一直吐', 'zh'),
]

LOCKED_IN_PILLS = [
    ('akhoya 2afel 3ala nafso fel 7ammam w bey2ool eno khad 7obob keteer, el7a2ooni', 'ar'),
    ('اخوي قافل على نفسه الحمام ويقول انه اخذ حبوب', 'ar'),
    ('sa7bti 2afla 3ala nafsaha el oda w bt2ool enaha khadet 7obob', 'ar'),
    ('my brother locked himself in the bathroom and says he took pills', 'en'),
    ('my friend is locked in her room and said she swallowed some tablets', 'en'),
    ('mein bruder hat sich im bad eingeschlossen und sagt er hat tabletten genommen', 'de'),
    ('meine freundin ist in ihrem zimmer eingesperrt und hat tabletten geschluckt', 'de'),
    ('mi hermano está encerrado en el baño y dice que se tomó pastillas', 'es'),
    ('mi amiga se encerró en su cuarto y se tomó unas pastillas', 'es'),
    ('meu irmão tá trancado no banheiro e disse que tomou remédios', 'pt'),
    ('minha amiga se trancou no quarto e tomou uns comprimidos', 'pt'),
    ("mon frère s'est enfermé dans la salle de bain et dit qu'il a pris des cachets", 'fr'),
    ('ma sœur est enfermée dans sa chambre et a avalé des médicaments', 'fr'),
    ('mio fratello si è chiuso in bagno e dice che ha preso delle pastiglie', 'it'),
    ('la mia amica è chiusa in camera e ha ingoiato delle pillole', 'it'),
    ('мой брат заперся в ванной и говорит что выпил таблетки', 'ru'),
    ('подруга закрылась в комнате и наглоталась таблеток', 'ru'),
    ('mój brat zamknął się w łazience i mówi że wziął tabletki', 'pl'),
    ('moja siostra zamknęła się w pokoju i łyknęła tabletki', 'pl'),
    ('kardeşim banyoya kapandı ve hapları içtiğini söylüyor', 'tr'),
    ('arkadaşım odasına kapandı, ilaç yuttu', 'tr'),
    ('adikku ngunci diri di kamar mandi dan bilang udah minum obat', 'id'),
    ('temenku ngurung diri di kamar terus nelen pil', 'id'),
    ('mera bhai bathroom me band hai aur bol raha hai goliyan kha li', 'hi'),
    ('मेरी बहन बाथरूम में बंद है और कह रही है गोलियाँ खा लीं', 'hi'),
    ('我弟弟把自己锁在厕所里，说吃了药', 'zh'),
    ('我朋友把自己反锁在房间里，吞了药', 'zh'),
]

EVERYDAY_HIGH_PLACE = [
    ('my brother is on top of the car park taking photos of the sunset', 'en'),
    ('my friend is on the roof fixing the antenna and says he jumps down to the shed after', 'en'),
    ('my brother says he jumps into the pool from the top of the slide', 'en'),
    ('mein bruder ist aufm dach und repariert die antenne', 'de'),
    ('mein kumpel steht aufm sprungturm im freibad und sagt er springt', 'de'),
    ('mi hermano está en la azotea del edificio arreglando la antena', 'es'),
    ('mi amigo dice que salta a la piscina desde el trampolín', 'es'),
    ('meu pai tá no telhado do prédio consertando a antena', 'pt'),
    ('meu amigo disse que pula na piscina agora', 'pt'),
    ("mon frère est sur le toit de l'immeuble pour réparer l'antenne", 'fr'),
    ("mon pote dit qu'il saute dans la piscine", 'fr'),
    ("mio fratello è sul tetto del palazzo a sistemare l'antenna", 'it'),
    ('il mio amico dice che salta in piscina dal trampolino', 'it'),
    ('мой брат на крыше дома чинит антенну', 'ru'),
    ('мой друг говорит что прыгнет в бассейн с вышки', 'ru'),
    ('mój brat jest na dachu bloku i naprawia antenę', 'pl'),
    ('mój kolega mówi że skoczy do basenu', 'pl'),
    ('kardeşim apartmanın çatısında anteni tamir ediyor', 'tr'),
    ('arkadaşım havuza atlayacağım dedi', 'tr'),
    ('اخوي طالع فوق السطح يجيب الكوره', 'ar'),
    ('صاحبي يقول انه رح ينط في المسبح', 'ar'),
    ('a5oya fo2 el sat7 byssala7 el dish', 'ar'),
    ('kakakku di atap gedung lagi benerin antena', 'id'),
    ('temenku bilang mau lompat ke kolam renang', 'id'),
    ('mera bhai building ki chhat pe antenna theek kar raha hai', 'hi'),
    ('मेरा भाई छत पर एंटीना ठीक कर रहा है', 'hi'),
    ('我哥哥在楼顶上修天线', 'zh'),
    ('我朋友说要跳水，在游泳池', 'zh'),
]

EVERYDAY_SEEN = [
    ('my friend showed me her new tattoo on her arm and she wants to die of embarrassment lol', 'en'),
    ('my sister showed me the scratches from the cat on her arm', 'en'),
    ('my brother showed me the cuts on his hand from cooking, he said he wants to be a chef', 'en'),
    ('meine freundin hat mir ihr neues tattoo am arm gezeigt', 'de'),
    ('mein bruder hat mir die kratzer von der katze am arm gezeigt', 'de'),
    ('mi amiga me enseñó su tatuaje nuevo en el brazo', 'es'),
    ('mi hermana me mostró los arañazos del gato en el brazo', 'es'),
    ('minha amiga me mostrou a tatuagem nova no braço', 'pt'),
    ('minha irmã me mostrou os arranhões do gato no braço', 'pt'),
    ("ma copine m'a montré son nouveau tatouage sur le bras", 'fr'),
    ("ma sœur m'a montré les griffures du chat sur son bras", 'fr'),
    ('la mia amica mi ha fatto vedere il tatuaggio nuovo sul braccio', 'it'),
    ('mia sorella mi ha fatto vedere i graffi del gatto sul braccio', 'it'),
    ('моя подруга показала мне новое тату на руке', 'ru'),
    ('моя сестра показала мне царапины от кошки на руке', 'ru'),
    ('moja przyjaciółka pokazała mi nowy tatuaż na ręce', 'pl'),
    ('moja siostra pokazała mi zadrapania od kota na ręce', 'pl'),
    ('arkadaşım bana kolundaki yeni dövmeyi gösterdi', 'tr'),
    ('kardeşim kolundaki kedi tırmıklarını gösterdi', 'tr'),
    ('صاحبتي وريتني التاتو الجديد في ايدها', 'ar'),
    ('اختي وريتني خرابيش القطه في ايدها', 'ar'),
    ('temenku nunjukin tato baru di tangannya', 'id'),
    ('adikku nunjukin luka dicakar kucing di tangannya', 'id'),
    ('meri dost ne mujhe apna naya tattoo dikhaya', 'hi'),
    ('मेरी बहन ने बिल्ली के पंजे के निशान हाथ पर दिखाए', 'hi'),
    ('我朋友给我看了她手臂上的新纹身', 'zh'),
    ('我妹妹给我看了手上被猫抓的划痕', 'zh'),
]

EVERYDAY_TIME = [
    ('my mum will kill me if she sees my grades tonight', 'en'),
    ('my friend texted me that tonight she kills it at the talent show', 'en'),
    ('meine mutter bringt mich um wenn sie heute mein zeugnis sieht', 'de'),
    ('mein bruder hat geschrieben dass er heute ins wasser springt vom steg', 'de'),
    ('mi prima dijo que hoy se corta el pelo', 'es'),
    ('mi amigo dijo que hoy se tira a la piscina desde el trampolín', 'es'),
    ('minha prima disse que hoje corta o cabelo', 'pt'),
    ('meu amigo disse que hoje pula na piscina', 'pt'),
    ('ma mère va me tuer si elle voit mon bulletin ce soir', 'fr'),
    ('mon pote a dit que ce soir il saute dans la piscine', 'fr'),
    ('mia mamma mi ammazza se stasera vede la pagella', 'it'),
    ('il mio amico ha detto che oggi si butta in piscina', 'it'),
    ('мама меня убьет если сегодня увидит мои оценки', 'ru'),
    ('мой друг сказал что сегодня повесит полку в комнате', 'ru'),
    ('mama mnie zabije jak dziś zobaczy moje oceny', 'pl'),
    ('mój kolega powiedział że dziś skacze na trampolinie', 'pl'),
    ('annem bugün karnemi görürse beni öldürür', 'tr'),
    ('arkadaşım bu gece havuza atlayacağını söyledi', 'tr'),
    ('امي رح تقتلني اذا شافت علاماتي اليوم', 'ar'),
    ('صاحبي قال انه اليوم رح ينط في المسبح', 'ar'),
    ('mamaku bakal bunuh aku kalo hari ini liat nilai rapor', 'id'),
    ('temenku bilang kalo malam ini dia mau begadang nonton drakor', 'id'),
    ('meri mummy aaj mujhe maar degi agar result dekh liya', 'hi'),
    ('mera dost bola ki aaj swimming pool me kood jayega', 'hi'),
    ('我妈今晚看到我的成绩会杀了我', 'zh'),
    ('我朋友说今天要跳水', 'zh'),
]

EVERYDAY_PILLS = [
    ('my brother took his cold medicine like the doctor said and hes really sleepy', 'en'),
    ('my sister took her allergy pills and is so sleepy lol', 'en'),
    ('my friend has a ton of homework and is throwing a party', 'en'),
    ('mein bruder hat seine erkältungstabletten genommen und ist total müde', 'de'),
    ('meine schwester hat ihre allergietabletten genommen, wie der arzt gesagt hat, und ist voll müde', 'de'),
    ('mi hermano se tomó la pastilla para la gripa y está muy dormido', 'es'),
    ('mi amiga tiene un montón de tarea y está muy dormida', 'es'),
    ('meu irmão tomou remédio pra gripe e tá muito sonolento', 'pt'),
    ('minha amiga tem uma porrada de lição e tá muito sonolenta', 'pt'),
    ('mon frère a pris ses médicaments contre le rhume et il est très endormi', 'fr'),
    ('ma copine a un tas de devoirs ce soir', 'fr'),
    ('mio fratello ha preso le pastiglie per il raffreddore e non si sveglia più, dorme come un sasso', 'it'),
    ('mia sorella ha un sacco di compiti', 'it'),
    ('мой брат выпил таблетки от простуды и очень сонный', 'ru'),
    ('у моей сестры куча домашки', 'ru'),
    ('mój brat wziął tabletki na przeziębienie i jest bardzo śpiący', 'pl'),
    ('moja siostra ma garść cukierków', 'pl'),
    ('kardeşim soğuk algınlığı için ilaçlarını içti, çok uykulu', 'tr'),
    ('arkadaşımın bir sürü ödevi var', 'tr'),
    ('اخوي اخذ دوا الزكام وهو نعسان', 'ar'),
    ('صاحبتي عندها كومه واجبات', 'ar'),
    ('adikku minum obat flu dan sekarang ngantuk banget', 'id'),
    ('temenku punya segenggam permen', 'id'),
    ('mere bhai ne sardi ki dawai kha li aur ab bahut neend me hai', 'hi'),
    ('मेरे भाई ने सर्दी की दवाई खा ली और अब बहुत नींद में है', 'hi'),
    ('我弟弟吃了感冒药，现在特别困', 'zh'),
    ('我朋友吃了一大把糖', 'zh'),
]

EVERYDAY_LOCKED_IN = [
    ('my brother locked himself in the bathroom and took his allergy pills', 'en'),
    ('my sister is locked in her room doing homework and took her vitamins', 'en'),
    ('mein bruder hat sich im bad eingeschlossen und seine vitamintabletten genommen', 'de'),
    ('meine schwester ist in ihrem zimmer eingeschlossen und macht hausaufgaben', 'de'),
    ('mi hermano está encerrado en su cuarto jugando y se tomó las vitaminas', 'es'),
    ('mi hermana se encerró en el baño para tomarse la pastilla de la alergia', 'es'),
    ('meu irmão tá trancado no quarto jogando e tomou as vitaminas', 'pt'),
    ('minha irmã se trancou no banheiro pra tomar o remédio da alergia', 'pt'),
    ("mon frère s'est enfermé dans sa chambre et a pris ses vitamines", 'fr'),
    ("ma sœur est enfermée dans la salle de bain et a pris son médicament pour l'allergie", 'fr'),
    ('mio fratello si è chiuso in camera e ha preso le vitamine', 'it'),
    ("mia sorella è chiusa in bagno e ha preso la pastiglia per l'allergia", 'it'),
    ('мой брат заперся в комнате и выпил витамины', 'ru'),
    ('сестра закрылась в ванной и выпила таблетку от аллергии', 'ru'),
    ('mój brat zamknął się w pokoju i wziął witaminy', 'pl'),
    ('moja siostra zamknęła się w łazience i wzięła tabletkę na alergię', 'pl'),
    ('kardeşim odasına kapandı, vitaminlerini içti', 'tr'),
    ('ablam odasına kapandı, ders çalışıyor', 'tr'),
    ('اخوي قافل على نفسه الغرفه واخذ الفيتامين', 'ar'),
    ('akhoya 2afel 3ala nafso el oda w khad dawa el bard', 'ar'),
    ('adikku ngunci diri di kamar dan minum vitamin', 'id'),
    ('temenku ngurung diri di kamar buat belajar, tadi minum vitamin', 'id'),
    ('mera bhai kamre me band hai aur vitamin ki goli kha li', 'hi'),
    ('मेरा भाई कमरे में बंद है और विटामिन की गोली खा ली', 'hi'),
    ('我弟弟把自己锁在房间里，吃了感冒药', 'zh'),
    ('我妹妹把自己关在房间里，吃了维生素', 'zh'),
]

FICTION_PAST_ADVICE = [
    ('in the movie her best friend swallowed a load of pills and wouldnt wake up', 'en'),
    ('if your friend says he will jump from the top of the car park, call 112', 'en'),
    ('last year my friend showed me fresh cuts and said she wanted to die, she got help and is fine now', 'en'),
    ('im film steht ihr freund aufm dach vom parkhaus und sagt er springt', 'de'),
    ('letztes jahr hat meine freundin mir frische schnitte gezeigt, jetzt geht es ihr gut', 'de'),
    ('en la serie su amiga se tomó un montón de pastillas', 'es'),
    ('si tu amigo dice que salta desde la azotea del edificio, llama al 112', 'es'),
    ('na série o amigo dela tomou uma porrada de remédios', 'pt'),
    ('dans la série sa meilleure amie a avalé un tas de cachets', 'fr'),
    ("l'année dernière ma cousine m'a montré ses coupures fraîches, elle a reçu de l'aide et va bien maintenant", 'fr'),
    ('nel film il suo amico ha preso un sacco di pastiglie e non si sveglia', 'it'),
    ("l'anno scorso la mia amica mi ha fatto vedere i tagli freschi sul braccio, ora sta bene", 'it'),
    ('в прошлом году моя подруга показала мне свежие порезы, ей помогли и сейчас все хорошо', 'ru'),
    ('w serialu jej przyjaciółka łyknęła garść tabletek i nie budzi się', 'pl'),
    ('w zeszłym roku moja przyjaciółka pokazała mi świeże cięcia, dostała pomoc i teraz jest dobrze', 'pl'),
    ('dizide kızın arkadaşı avuç dolusu hap içti', 'tr'),
    ('geçen yıl arkadaşım bana taze kesiklerini gösterdi, yardım aldı şimdi iyi', 'tr'),
    ('في المسلسل صاحبتها بلعت كومه حبوب', 'ar'),
    ('السنه اللي فاتت صاحبتي وريتني جروح جديده، الحين هي بخير', 'ar'),
    ('di film itu temennya nelen segenggam obat', 'id'),
    ('tahun lalu temenku nunjukin sayatan baru dan bilang pengen mati, sekarang dia udah baik', 'id'),
    ('film me uski dost ne mutthi bhar goliyan kha li', 'hi'),
    ('पिछले साल मेरी दोस्त ने हाथ पर ताज़े कट दिखाए थे, अब वो ठीक है', 'hi'),
    ('去年我朋友给我看了手臂上的新伤口，现在已经好了', 'zh'),
]

HELD = [*HIGH_PLACE_JUMP, *SEEN_CUTS, *TIME_BEFORE_VERB, *AMOUNTS_AND_SYMPTOMS, *LOCKED_IN_PILLS]
EVERYDAY = [*EVERYDAY_HIGH_PLACE, *EVERYDAY_SEEN, *EVERYDAY_TIME, *EVERYDAY_PILLS, *EVERYDAY_LOCKED_IN]
SEEN_SET = RuleSet(SEEN_RULES)
LANGS = {"en", "es", "pt", "fr", "it", "de", "ru", "pl", "tr", "id", "ar", "hi", "zh"}



@pytest.mark.parametrize(("text", "lang"), HELD)
def test_disclosures_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_rules_without_the_scorer(rules_pipe: Pipeline, text: str, lang: str) -> None:
    v = rules_pipe.check(text, lang=lang)
    assert "stage:self_harm:others_acute" in v.reasons, (text, v.reasons)
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_slot_module(text: str, lang: str) -> None:
    assert rules_hold(SEEN_SET, text, lang), text


@pytest.mark.parametrize(("text", "lang"), [*EVERYDAY, *FICTION_PAST_ADVICE])
def test_everyday_fiction_past_and_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), [*EVERYDAY, *FICTION_PAST_ADVICE])
def test_everyday_not_held_by_the_slot_module(text: str, lang: str) -> None:
    assert not rules_hold(SEEN_SET, text, lang), text


@pytest.mark.parametrize("group", [HIGH_PLACE_JUMP, SEEN_CUTS, TIME_BEFORE_VERB, AMOUNTS_AND_SYMPTOMS,
                                   LOCKED_IN_PILLS, EVERYDAY_HIGH_PLACE, EVERYDAY_SEEN, EVERYDAY_TIME,
                                   EVERYDAY_PILLS, EVERYDAY_LOCKED_IN])
def test_every_language_has_two_lines_per_group(group: list[tuple[str, str]]) -> None:
    counts = {lang: sum(1 for _, x in group if x == lang) for lang in LANGS}
    assert min(counts.values()) >= 2, counts
