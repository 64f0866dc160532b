"""Someone else at an edge or locked in, now (moderation/selfharm_others_edge.py,
selfharm_others_edge_langs.py): a sibling, a friend or a classmate sitting on a
balcony railing, in a window, on the edge of a roof or a bridge and saying
they will jump; someone locked in the bathroom or their room with blood under
the door, a blade, or not answering and silent.  Held as self_harm in 13
languages (ar: Arabic script and Arabizi; hi: Hinglish and Devanagari), by the
rules alone and by the slot module's rules alone.  The first lines of the
groups are the messages that passed unheld; the others were written for this
module, not taken from an evaluation set.

The same words in everyday messages pass: a jump into the pool, off a wall in
parkour, a cat on the balcony railing, a jump off the balcony in a game,
jumping for joy at the window, a past that is over; a sister locked in the
bathroom doing her make-up, a nosebleed cleaned up, a sulk behind a locked
door.  A few of these were held by the learned scorer alone before this
round (a cat on the railing, a pool, make-up behind the door):
`frames_edge_everyday.py` gives it their everyday reading."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.rules import RuleSet
from moderation.selfharm_others_edge import RULES as EDGE_RULES
from tests.moderation.helpers import clean, rules_hold, self_harm_held

AT_THE_EDGE = [
    ("kardeşim şu an balkonun kenarında oturuyo atlıcam diyo evde kimse yok!!", "tr"),
    ("minha amiga ta na janela do quarto dela em videochamada comigo dizendo q vai pular, oq eu faço", "pt"),
    ("मेरा भाई बालकनी की रेलिंग पे बैठा है और कह रहा है कूद जाऊंगा, घर पे कोई नहीं है", "hi"),
    ("my sister is sitting on the balcony railing rn saying shes gonna jump, mum isnt home", "en"),
    ("my friend is on facetime with me sitting in her bedroom window saying she'll jump what do i do", "en"),
    ("my brother climbed over the balcony railing and keeps saying hes going to jump!!", "en"),
    ("my best friend is standing on the edge of the roof of her flats texting me that shes gonna jump", "en"),
    ("a girl from my class is on the bridge near school rn and says she will jump, she sent me a pic", "en"),
    ("my cousin is leaning out of the window on the 8th floor screaming that he'll jump", "en"),
    ("meine schwester sitzt grad aufm balkongeländer und sagt sie springt, keiner ist zuhause", "de"),
    ("mein kumpel sitzt im fenster von seinem zimmer und sagt er springt, er wohnt im 5. stock", "de"),
    ("meine freundin steht am rand vom balkon und schreibt mir sie will springen", "de"),
    ("mein bruder ist übers geländer vom balkon geklettert und droht zu springen", "de"),
    ("ein mädchen aus meiner klasse steht auf der brücke und hat geschrieben sie springt gleich", "de"),
    ("mi hermana esta sentada en la baranda del balcon diciendo que se va a tirar y no hay nadie en casa", "es"),
    ("mi amiga esta en la ventana de su cuarto en videollamada conmigo y dice que se tira, que hago", "es"),
    ("mi hermano esta en el borde de la terraza y me escribe que va a saltar", "es"),
    ("mi primo se subio a la baranda del puente y amenaza con tirarse", "es"),
    ("una chica de mi clase esta en el balcon del piso 9 ahorita y dice que salta", "es"),
    ("meu irmao ta sentado na grade da varanda falando que vai se jogar e nao tem ninguem em casa", "pt"),
    ("minha prima ta na beira do telhado e me mandou msg dizendo que vai pular", "pt"),
    ("meu amigo ta em cima do parapeito da ponte agora ameaçando pular", "pt"),
    ("uma menina da minha sala ta no parapeito da janela e fala que vai se jogar", "pt"),
    ("ma soeur est assise sur la rambarde du balcon et elle dit qu'elle va sauter, y a personne a la maison",
     "fr"),
    ("mon pote est a sa fenetre en facetime avec moi et il dit qu'il saute", "fr"),
    ("ma meilleure amie est au bord du toit de son immeuble et m'ecrit qu'elle va sauter", "fr"),
    ("mon frere a enjambe la rambarde du pont et menace de sauter", "fr"),
    ("une fille de ma classe est sur le rebord de la fenetre et dit qu'elle va se jeter", "fr"),
    ("mia sorella e seduta sulla ringhiera del balcone e dice che si butta, a casa non c'e nessuno", "it"),
    ("il mio amico e alla finestra di camera sua in videochiamata con me e dice che salta", "it"),
    ("la mia migliore amica e sul bordo del tetto e mi scrive che si butta", "it"),
    ("mio fratello ha scavalcato la ringhiera del ponte e minaccia di buttarsi", "it"),
    ("una ragazza della mia classe e sul davanzale della finestra e dice che vuole saltare", "it"),
    ("моя сестра сидит на перилах балкона и говорит что прыгнет, дома никого нет", "ru"),
    ("подруга сидит на подоконнике с открытым окном по видеосвязи со мной и говорит что выпрыгнет", "ru"),
    ("мой брат стоит на краю крыши и пишет мне что сейчас прыгнет", "ru"),
    ("друг перелез через перила моста и угрожает что спрыгнет", "ru"),
    ("одна девочка из моего класса стоит на балконе 9 этажа и пишет что выпрыгнет", "ru"),
    ("moja siostra siedzi na barierce balkonu i mówi że skoczy, nikogo nie ma w domu", "pl"),
    ("moja przyjaciółka siedzi na parapecie przy otwartym oknie na kamerce ze mną i mówi że skoczy", "pl"),
    ("mój brat stoi na krawędzi dachu i pisze że zaraz skoczy", "pl"),
    ("kumpel przelazł przez barierkę na moście i grozi że skoczy", "pl"),
    ("dziewczyna z mojej klasy stoi na balkonie na 10 piętrze i pisze że wyskoczy", "pl"),
    ("arkadaşım odasının penceresinde oturuyor görüntülü konuşuyoruz atlayacağım diyor ne yapayım", "tr"),
    ("ablam balkon korkuluğunun üstüne çıktı kendimi atıcam diyor", "tr"),
    ("sınıfımdan bir kız köprünün korkuluğunda duruyor atlayacakmış", "tr"),
    ("kuzenim çatının kenarında oturuyor ve atlayacağını yazdı", "tr"),
    ("adikku lagi duduk di pagar balkon bilang mau lompat, dirumah gak ada orang", "id"),
    ("temenku di jendela kamarnya lagi vc sama aku bilang mau loncat, aku harus gimana", "id"),
    ("kakakku berdiri di pinggir atap rumah dan ngechat katanya mau terjun", "id"),
    ("sahabatku manjat pagar jembatan dan ngancem mau lompat", "id"),
    ("cewek di kelasku berdiri di balkon lantai 8 dan bilang mau loncat", "id"),
    ("اخوي قاعد على طرف البلكونه ويقول رح ينط وما في حدا بالبيت", "ar"),
    ("صاحبتي قاعده على الشباك بغرفتها وبتحكي معي فيديو وبتقول رح ترمي حالها", "ar"),
    ("اختي واقفه على حافه السطح وكتبتلي انها بدها تنط", "ar"),
    ("a5oya 2a3ed 3ala 7afet el balcona w bey2ool hayenot", "ar"),
    ("o5ti wa2fa fel shebbak w bt2ool hatermy nafsaha", "ar"),
    ("meri behen balcony ki railing pe baithi hai aur bol rahi hai kood jaungi", "hi"),
    ("mera dost apne room ki khidki pe baitha hai video call pe keh raha hai kood jaunga", "hi"),
    ("meri dost chhat ke kinare khadi hai aur message kiya ki kood jayegi", "hi"),
    ("मेरी दोस्त खिड़की पर बैठी है और कह रही है कूद जाऊंगी", "hi"),
    ("我妹妹坐在阳台栏杆上说要跳下去，家里没人", "zh"),
    ("我朋友坐在她房间的窗台上跟我视频，说她要跳", "zh"),
    ("我哥站在楼顶边上给我发消息说要跳", "zh"),
    ("我同学翻过了桥上的栏杆，说要跳下去", "zh"),
    ("我闺蜜现在在阳台边上，说她要跳楼", "zh"),
]

LOCKED_IN = [
    ("брат заперся в ванной, под дверью кровь видно, он не открывает и молчит", "ru"),
    ("my brother locked himself in the bathroom and theres blood under the door, he wont answer", "en"),
    ("my sister locked herself in her room with a razor and shes not answering me", "en"),
    ("my friend shut herself in the toilets at school, i can see blood on the floor and shes not saying anything",
     "en"),
    ("mein bruder hat sich im bad eingeschlossen, unter der tür ist blut und er antwortet nicht", "de"),
    ("meine schwester hat sich mit ner klinge in ihrem zimmer eingeschlossen und sagt gar nichts mehr", "de"),
    ("meine freundin hat sich im klo eingesperrt, ich seh blut am boden und sie macht nicht auf", "de"),
    ("mi hermano se encerro en el baño y hay sangre debajo de la puerta, no contesta", "es"),
    ("mi amiga se encerro en su cuarto con una cuchilla y no me responde", "es"),
    ("mi hermana esta encerrada en el baño, se ve sangre en el piso y no dice nada", "es"),
    ("meu irmao se trancou no banheiro e tem sangue embaixo da porta, ele nao responde", "pt"),
    ("minha irma ta trancada no quarto com uma gilete e nao fala nada", "pt"),
    ("minha amiga se trancou no banheiro da escola, to vendo sangue no chao e ela nao abre", "pt"),
    ("mon frere s'est enferme dans la salle de bain, y a du sang sous la porte et il repond pas", "fr"),
    ("ma soeur s'est enfermee dans sa chambre avec une lame et elle dit plus rien", "fr"),
    ("ma copine s'est enfermee dans les toilettes du college, je vois du sang par terre et elle ouvre pas", "fr"),
    ("mio fratello si e chiuso in bagno e c'e sangue sotto la porta, non risponde", "it"),
    ("mia sorella si e chiusa in camera con una lametta e non dice piu niente", "it"),
    ("la mia amica si e chiusa nel bagno della scuola, vedo sangue per terra e non apre", "it"),
    ("сестра закрылась в комнате с лезвием и не отвечает", "ru"),
    ("подруга заперлась в туалете в школе, на полу кровь и она молчит", "ru"),
    ("mój brat zamknął się w łazience, pod drzwiami widać krew i nie odpowiada", "pl"),
    ("siostra zamknęła się w pokoju z żyletką i nic nie mówi", "pl"),
    ("przyjaciółka zamknęła się w kiblu w szkole, na podłodze jest krew i nie otwiera", "pl"),
    ("kardeşim banyoya kilitlendi kapının altından kan geliyor cevap vermiyor", "tr"),
    ("ablam odasına kapandı elinde jilet var ve hiç ses çıkarmıyor", "tr"),
    ("arkadaşım okulun tuvaletine kilitlendi yerde kan var açmıyor", "tr"),
    ("kardeşim banyoya kapandı bir saattir ses yok kapıyı da açmıyor", "tr"),
    ("adikku ngunci diri di kamar mandi, ada darah di bawah pintu dan dia gak jawab", "id"),
    ("kakakku ngurung diri di kamar bawa silet dan gak ngomong apa apa", "id"),
    ("temenku ngunci diri di toilet sekolah, ada darah di lantai dan dia gak mau buka", "id"),
    ("اخوي قافل على نفسه الحمام وفي دم تحت الباب وما يرد", "ar"),
    ("اختي قافله على نفسها الغرفه ومعها شفره وما تحكي ولا كلمه", "ar"),
    ("sa7bti 2afla 3ala nafsaha el 7ammam w fi dam ta7t el bab w mabtrodsh", "ar"),
    ("mera bhai bathroom me band hai, darwaze ke neeche khoon dikh raha hai aur jawab nahi de raha", "hi"),
    ("meri behen ne khud ko kamre me band kar liya hai blade ke saath aur kuch nahi bol rahi", "hi"),
    ("मेरा भाई बाथरूम में बंद है, दरवाज़े के नीचे खून दिख रहा है और जवाब नहीं दे रहा", "hi"),
    ("我弟把自己锁在卫生间里，门缝下面有血，叫他也不答应", "zh"),
    ("我姐把自己关在房间里，拿着刀片，一句话都不说", "zh"),
    ("我朋友把自己锁在学校厕所里，地上有血，她不开门", "zh"),
]

EVERYDAY_JUMPS = [
    ("my brother is on the edge of the pool saying he'll jump in, its freezing lol", "en"),
    ("my friend is on the wall at the skatepark saying he'll jump off it, parkour is so dumb", "en"),
    ("my cat is sitting on the balcony railing again, i swear she'll jump one day", "en"),
    ("my brother jumped off the balcony in the game and died lmao", "en"),
    ("mein bruder steht am beckenrand und sagt er springt gleich rein, das wasser ist eiskalt", "de"),
    ("mein kumpel steht auf der mauer und sagt er springt, parkour halt", "de"),
    ("mein bruder ist im spiel vom balkon gesprungen lol", "de"),
    ("meine katze sitzt auf dem balkongeländer und ich hab angst dass sie springt", "de"),
    ("mein bruder sitzt auf der mauer vom skatepark und sagt er springt runter", "de"),
    ("mi hermano esta en el borde de la piscina diciendo que se tira, esta helada jaja", "es"),
    ("mi amigo esta en el muro haciendo parkour y dice que salta", "es"),
    ("mi gato esta en la baranda del balcon otra vez, un dia se va a tirar", "es"),
    ("mi hermano salto del balcon en el juego y murio jajaja", "es"),
    ("meu irmao ta na beira da piscina dizendo que vai pular, ta gelada kkk", "pt"),
    ("meu amigo ta em cima do muro fazendo parkour e disse que vai pular", "pt"),
    ("minha gata ta na grade da varanda de novo, qualquer dia ela pula", "pt"),
    ("meu irmao pulou da varanda no jogo kkkk", "pt"),
    ("mon frere est au bord de la piscine et dit qu'il va sauter, l'eau est glacee mdr", "fr"),
    ("mon pote est sur le muret et dit qu'il saute, il fait du parkour", "fr"),
    ("mon chat est encore sur la rambarde du balcon, un jour il va sauter", "fr"),
    ("mon frere a saute du balcon dans le jeu mdr", "fr"),
    ("mio fratello e sul bordo della piscina e dice che si butta, l'acqua e gelata ahah", "it"),
    ("il mio amico e sul muretto e dice che salta, fa parkour", "it"),
    ("il mio gatto e di nuovo sulla ringhiera del balcone, prima o poi salta", "it"),
    ("mio fratello si e buttato dal balcone nel gioco ahahah", "it"),
    ("мой брат стоит на краю бассейна и говорит что прыгнет, вода ледяная лол", "ru"),
    ("мой друг стоит на стене и говорит что прыгнет, он паркуром занимается", "ru"),
    ("моя кошка опять сидит на перилах балкона, когда-нибудь прыгнет", "ru"),
    ("мой брат прыгнул с балкона в игре лол", "ru"),
    ("mój brat stoi na krawędzi basenu i mówi że skoczy, woda lodowata xd", "pl"),
    ("kumpel stoi na murku i mówi że skoczy, robi parkour", "pl"),
    ("mój kot znowu siedzi na barierce balkonu, kiedyś skoczy", "pl"),
    ("mój brat skoczył z balkonu w grze xd", "pl"),
    ("kardeşim havuzun kenarında atlıcam diyo su buz gibi", "tr"),
    ("arkadaşım duvarın üstünde parkur yapıyo atlıcam diyo", "tr"),
    ("kedim yine balkonun kenarında oturuyo bi gün atlıcak", "tr"),
    ("kardeşim oyunda balkondan atladı öldü ahaha", "tr"),
    ("adikku di pinggir kolam bilang mau lompat, airnya dingin banget wkwk", "id"),
    ("temenku di atas tembok lagi parkour bilang mau loncat", "id"),
    ("kucingku duduk di pagar balkon lagi, suatu hari pasti lompat", "id"),
    ("adikku lompat dari balkon di game wkwk", "id"),
    ("اخوي على طرف المسبح ويقول رح ينط والمي بارده", "ar"),
    ("صاحبي على السور يعمل باركور ويقول رح ينط", "ar"),
    ("قطتي قاعده على طرف البلكونه مره ثانيه", "ar"),
    ("اخوي نط من البلكونه باللعبه ههههه", "ar"),
    ("a5oya 3ala 7afet el pool w bey2ool hayenot", "ar"),
    ("mera bhai pool ke kinare khada hai bol raha hai kood jaunga pani bahut thanda hai", "hi"),
    ("mera dost deewar pe parkour kar raha hai bol raha hai kood jaunga", "hi"),
    ("meri billi phir se balcony ki railing pe baithi hai", "hi"),
    ("mera bhai game me balcony se kood gaya lol", "hi"),
    ("मेरा भाई पूल के किनारे खड़ा है और कह रहा है कूद जाऊंगा", "hi"),
    ("我弟弟站在泳池边上说要跳进去，水好冰哈哈", "zh"),
    ("我朋友在墙上玩跑酷说要跳", "zh"),
    ("我家猫又坐在阳台栏杆上了", "zh"),
    ("我哥在游戏里从阳台跳下去了哈哈", "zh"),
]

JUMPS_FOR_JOY = [
    ("my friend is at the window saying she'll jump for joy, she passed her exam", 'en'),
    ('meine schwester steht am fenster und sagt sie springt vor freude, sie hat die prüfung bestanden', 'de'),
    ('mi hermana esta en la ventana diciendo que va a saltar de alegria porque aprobo', 'es'),
    ('minha irma ta na janela gritando que vai pular de alegria kkk passou na prova', 'pt'),
    ("mon frere est a la fenetre et dit qu'il saute de joie, il a eu son brevet", 'fr'),
    ("mia sorella e alla finestra e dice che salta di gioia, ha passato l'esame", 'it'),
    ('моя сестра стоит у окна и говорит что прыгает от радости, сдала экзамен', 'ru'),
    ('moja siostra stoi przy oknie i mówi że skacze z radości, zdała egzamin', 'pl'),
    ('ablam pencerenin önünde sevinçten atlıcam diyo sınavı geçmiş', 'tr'),
    ('kakakku di jendela bilang mau loncat kegirangan soalnya lulus ujian', 'id'),
    ('اختي عند الشباك وبتقول رح تنط من الفرحه لانها نجحت', 'ar'),
    ('meri behen khidki pe khadi hai aur bol rahi hai khushi se kood jaungi, exam pass ho gaya', 'hi'),
    ('我妹妹站在窗边说要高兴得跳起来，她考过了', 'zh'),
]

PAST_OVER = [
    ("last year my friend sat on the bridge railing and said she'd jump, she got help and is fine now", "en"),
    ("letztes jahr saß meine freundin auf dem geländer und wollte springen, jetzt geht es ihr gut", "de"),
    ("el año pasado mi amiga se subio a la baranda del puente y dijo que se tiraba, ahora esta bien", "es"),
    ("ano passado minha amiga sentou na janela e disse que ia pular, agora ela ta bem", "pt"),
    ("l'annee derniere ma copine s'est assise sur la rambarde et a dit qu'elle allait sauter, maintenant elle "
     "va bien", "fr"),
    ("l'anno scorso la mia amica si e seduta sulla ringhiera e ha detto che saltava, ora sta bene", "it"),
    ("в прошлом году подруга сидела на перилах и говорила что прыгнет, сейчас с ней все хорошо", "ru"),
    ("w zeszłym roku moja przyjaciółka siedziała na barierce i mówiła że skoczy, teraz jest dobrze", "pl"),
    ("geçen yıl arkadaşım balkonun kenarında oturup atlayacağım demişti, şimdi iyi", "tr"),
    ("tahun lalu temenku duduk di pagar balkon bilang mau lompat, sekarang dia udah baik", "id"),
    ("السنه اللي فاتت صاحبتي قعدت على طرف البلكونه وقالت رح تنط، الحين هي بخير", "ar"),
    ("pichle saal meri dost balcony ki railing pe baithi thi aur boli kood jaungi, ab wo theek hai", "hi"),
    ("去年我朋友坐在阳台栏杆上说要跳，现在已经好了", "zh"),
]

LOCKED_EVERYDAY = [
    ("my sister locked herself in the bathroom for an hour doing her makeup and wont answer me", "en"),
    ("my brother had a nosebleed and locked himself in the bathroom, theres blood on the sink but he cleaned it up",
     "en"),
    ("my sister locked herself in her room and isnt answering because shes mad at me lol", "en"),
    ("my brother locked himself in the bathroom with dads razor to shave for the first time lol", "en"),
    ("meine schwester hat sich im bad eingeschlossen und schminkt sich seit ner stunde", "de"),
    ("mein bruder hatte nasenbluten und hat sich im bad eingeschlossen, jetzt ist alles sauber", "de"),
    ("meine schwester hat sich in ihrem zimmer eingeschlossen und antwortet nicht weil sie sauer auf mich ist",
     "de"),
    ("mi hermana se encerro en el baño para maquillarse y no contesta", "es"),
    ("mi hermano tuvo un sangrado de nariz y se encerro en el baño, ya limpio todo", "es"),
    ("mi hermana se encerro en su cuarto y no me contesta porque esta enojada conmigo", "es"),
    ("minha irma se trancou no banheiro pra se maquiar e nao responde", "pt"),
    ("meu irmao teve sangramento no nariz e se trancou no banheiro, ja limpou tudo", "pt"),
    ("minha irma se trancou no quarto e nao me responde pq ta brava comigo", "pt"),
    ("ma soeur s'est enfermee dans la salle de bain pour se maquiller et repond pas", "fr"),
    ("mon frere a saigne du nez et s'est enferme dans la salle de bain, il a tout nettoye", "fr"),
    ("ma soeur s'est enfermee dans sa chambre et me repond pas parce qu'elle est fachee", "fr"),
    ("mia sorella si e chiusa in bagno a truccarsi e non risponde", "it"),
    ("mio fratello ha perso sangue dal naso e si e chiuso in bagno, ha pulito tutto", "it"),
    ("mia sorella si e chiusa in camera e non mi risponde perche e arrabbiata con me", "it"),
    ("сестра заперлась в ванной и красится уже час, не отвечает", "ru"),
    ("у брата пошла кровь из носа и он закрылся в ванной, уже все убрал", "ru"),
    ("сестра закрылась в комнате и не отвечает потому что обиделась на меня", "ru"),
    ("siostra zamknęła się w łazience i maluje się od godziny, nie odpowiada", "pl"),
    ("brat miał krwotok z nosa i zamknął się w łazience, już wszystko posprzątał", "pl"),
    ("siostra zamknęła się w pokoju i nie odpowiada bo się na mnie obraziła", "pl"),
    ("ablam banyoya kilitlendi bi saattir makyaj yapıyo cevap vermiyor", "tr"),
    ("kardeşimin burnu kanadı banyoya kapandı ama her şeyi temizledi", "tr"),
    ("ablam odasına kapandı bana küstüğü için cevap vermiyor", "tr"),
    ("kakakku ngunci diri di kamar mandi dandan sejam gak jawab", "id"),
    ("adikku mimisan terus ngunci diri di kamar mandi, udah dibersihin semua", "id"),
    ("kakakku ngurung diri di kamar gak jawab soalnya lagi marah sama aku", "id"),
    ("اختي قافله على نفسها الحمام من ساعه تحط مكياج وما ترد", "ar"),
    ("اخوي نزف من انفه وقفل على نفسه الحمام بس نظف كل شي", "ar"),
    ("o5ti 2afla 3ala nafsaha el oda 3ashan za3lana meni", "ar"),
    ("meri behen bathroom me band hai ek ghante se makeup kar rahi hai jawab nahi de rahi", "hi"),
    ("मेरी बहन बाथरूम में बंद है और मेकअप कर रही है", "hi"),
    ("mere bhai ki naak se khoon aaya aur wo bathroom me band ho gaya, ab sab saaf kar diya", "hi"),
    ("我姐把自己锁在卫生间里化妆，叫她也不答应", "zh"),
    ("我弟流鼻血了，把自己锁在卫生间里，已经擦干净了", "zh"),
    ("我妹把自己关在房间里不理我，因为她生我气了", "zh"),
]

HELD = [*AT_THE_EDGE, *LOCKED_IN]
EVERYDAY = [*EVERYDAY_JUMPS, *JUMPS_FOR_JOY, *PAST_OVER, *LOCKED_EVERYDAY]
EDGE_SET = RuleSet(EDGE_RULES)
LANGS = {"en", "es", "pt", "fr", "it", "de", "ru", "pl", "tr", "id", "ar", "hi", "zh"}



@pytest.mark.parametrize(("text", "lang"), AT_THE_EDGE)
def test_at_the_edge_saying_they_will_jump_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), LOCKED_IN)
def test_locked_in_with_blood_a_blade_or_silence_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_rules_without_the_scorer(rules_pipe: Pipeline, text: str, lang: str) -> None:
    v = rules_pipe.check(text, lang=lang)
    assert "stage:self_harm:others_acute" in v.reasons, (text, v.reasons)
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_slot_module(text: str, lang: str) -> None:
    assert rules_hold(EDGE_SET, text, lang), text


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_JUMPS)
def test_pool_parkour_pets_and_games_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), JUMPS_FOR_JOY)
def test_jumping_for_joy_at_the_window_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PAST_OVER)
def test_a_past_that_is_over_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), LOCKED_EVERYDAY)
def test_make_up_a_cleaned_nosebleed_and_a_sulk_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_not_held_by_the_slot_module(text: str, lang: str) -> None:
    assert not rules_hold(EDGE_SET, text, lang), text


@pytest.mark.parametrize(("group", "least"), [(HELD, 8), (EVERYDAY, 8), (AT_THE_EDGE, 4), (LOCKED_IN, 3),
                                              (EVERYDAY_JUMPS, 4), (JUMPS_FOR_JOY, 1), (PAST_OVER, 1),
                                              (LOCKED_EVERYDAY, 3)])
def test_every_language_has_its_lines(group: list[tuple[str, str]], least: int) -> None:
    counts = {lang: sum(1 for _, x in group if x == lang) for lang in LANGS}
    assert min(counts.values()) >= least, counts
