"""Someone else at risk right now, told by the child (selfharm_others_acute*.py):
a friend who has just swallowed a pack of pills or bleach, cut deep, stands on a
roof saying she will jump, wants to die tonight, posted a goodbye and does not
answer, or is locked in with a blade.  Held as self_harm in 13 languages, with
"what do i do" after it.  The same people in everyday situations, the topic
taught or asked about, a past that is over and fiction pass.  Sentences written
for this module, not taken from an evaluation set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

# a large amount of pills, an overdose, a poison or cleaning liquid swallowed
SWALLOWED = [
    ("ma sœur a pris toutes ses pilules", "fr"),  # the ligature and "toutes" (session 13)
    ('my friend just messaged me that she swallowed a whole pack of pills what should i do', 'en'),
    ("my little sister drank bleach on purpose and she's crying in the kitchen", 'en'),
    ("she just texted me that she took all her mum's sleeping pills, what do i do", 'en'),
    ('mi mejor amigo se tomó como 30 pastillas y no sé qué hacer', 'es'),
    ('mi prima se bebió lejía, qué hago, ayuda', 'es'),
    ("ma meilleure amie vient de m'écrire qu'elle a avalé une boîte de cachets, je fais quoi", 'fr'),
    ("ma soeur a bu de la javel, j'ai peur", 'fr'),
    ("ma cousine a pris tous ses médicaments d'un coup, elle répond plus", 'fr'),
    ('minha amiga tomou uma cartela inteira de remédios e não atende', 'pt'),
    ('minha namorada bebeu água sanitária o que eu faço', 'pt'),
    ('minha irmã tomou uns 20 comprimidos e tá estranha', 'pt'),
    ('meine freundin hat eine ganze packung tabletten geschluckt was soll ich tun', 'de'),
    ('meine schwester hat putzmittel getrunken, hilfe', 'de'),
    ('la mia amica mi ha appena scritto che ha preso tutte le sue pastiglie, cosa faccio', 'it'),
    ('mia sorella ha bevuto candeggina', 'it'),
    ('подруга написала что выпила все таблетки что делать', 'ru'),
    ('сестра наглоталась таблеток, помогите', 'ru'),
    ('подружка выпила хлорку, я не знаю что делать', 'ru'),
    ('arkadaşım az önce bir kutu hap içtiğini yazdı ne yapmalıyım', 'tr'),
    ('kız kardeşim bütün ilaçlarını içmiş telefonu kapalı', 'tr'),
    ('moja przyjaciółka połknęła całe opakowanie tabletek i nie odbiera', 'pl'),
    ('mój brat zamknął się w łazience z żyletką', 'pl'),
    ('przyjaciel wypił wybielacz, co mam robić', 'pl'),
    ('moja dziewczyna nałykała się tabletek, pomocy', 'pl'),
    ('temenku barusan minum satu strip obat dan hpnya mati', 'id'),
    ('kakakku minum pemutih, tolong aku harus gimana', 'id'),
    ('temanku minum 30 butir obat tidur', 'id'),
    ('صاحبتي بلعت علبه حبوب كاملة وما بترد', 'ar'),
    ('اختي شربت كلور شو اعمل', 'ar'),
    ('मेरी दोस्त ने बहुत सारी गोलियां खा ली हैं और फोन नहीं उठा रही', 'hi'),
    ('मेरी बहन ने अभी फिनाइल पी लिया क्या करूं', 'hi'),
    ('meri dost ne abhi message kiya ki usne bahut saari goliyan kha li', 'hi'),
    ('meri behen ne phenyl pi liya please help', 'hi'),
    ('我朋友刚发消息说她吞了一整瓶安眠药，怎么办', 'zh'),
    ('我好朋友喝了农药，我该怎么办', 'zh'),
    ('help!! my sister just overdosed on her meds and mum isnt home', 'en'),
    ('my bestie swallowed a bunch of pills 10 minutes ago and is now falling asleep, what do i do', 'en'),
    ('mi amiga se está tomando todas las pastillas de su madre ahora mismo', 'es'),
    ('un garçon de ma classe a avalé trente comprimés', 'fr'),
    ('uma colega da turma tomou todos os remédios da mãe', 'pt'),
    ('mein bester freund hat mir gerade geschrieben dass er 30 tabletten genommen hat', 'de'),
    ('mia sorella si è chiusa in camera con delle pillole e non apre', 'it'),
    ('la mia amica ha ingoiato un flacone intero di sonniferi', 'it'),
    ('kız kardeşim 20 tane uyku ilacı yuttu', 'tr'),
    ('moja siostra wypiła całą butelkę leków na sen', 'pl'),
    ('adekku barusan nelen sebotol obat dan sekarang lemes', 'id'),
    ('صاحبتي شربت علبة دوا كاملة', 'ar'),
    ('我室友刚刚吃了几十片药，现在叫不醒', 'zh'),
    ('मेरी कज़िन ने नींद की गोलियों का पूरा पत्ता निगल लिया', 'hi'),
]

# a deep cut, a high place with a jump or a death word, locked in with a blade or pills
INJURY_HEIGHT_LOCKED = [
    ("my best friend took like 40 of her antidepressants and she's not making sense, help", 'en'),
    ("my brother locked himself in the bathroom with a razor and won't answer", 'en'),
    ('my cousin is on the roof and says she is going to jump, please someone help', 'en'),
    ("my gf slit her wrists and it won't stop bleeding", 'en'),
    ('mi hermana se encerró en el baño con una cuchilla y no abre', 'es'),
    ('mi novio se cortó las venas y no para de sangrar', 'es'),
    ("mon frère s'est enfermé dans la salle de bain avec une lame et il répond plus", 'fr'),
    ("une fille de ma classe est sur le toit et dit qu'elle va sauter", 'fr'),
    ("mon copain s'est ouvert les veines, il saigne partout", 'fr'),
    ('meu irmão se trancou no banheiro com uma gilete e não abre a porta', 'pt'),
    ('uma menina da minha sala tá em cima do telhado dizendo que vai pular', 'pt'),
    ('meu amigo cortou os pulsos e não para de sangrar', 'pt'),
    ('mein bruder hat sich mit einer klinge im bad eingeschlossen', 'de'),
    ('ein mädchen aus meiner klasse steht auf dem dach und will springen', 'de'),
    ('meine cousine hat sich tief geritzt und es hört nicht auf zu bluten', 'de'),
    ('mein kumpel will von der brücke springen, ich hab angst', 'de'),
    ('mio fratello si è chiuso in bagno con una lametta e non risponde', 'it'),
    ('mio cugino dice che vuole buttarsi dal ponte', 'it'),
    ('la mia ragazza vuole uccidersi stanotte, aiuto', 'it'),
    ('il mio amico si è tagliato le vene e sanguina tantissimo', 'it'),
    ('una ragazza della mia classe è sul tetto e dice che vuole saltare', 'it'),
    ('мой брат заперся в ванной с лезвием и не отвечает', 'ru'),
    ('одноклассница стоит на крыше и говорит что прыгнет', 'ru'),
    ('моя девушка порезала вены и кровь не останавливается', 'ru'),
    ('abim banyoya kilitlendi elinde jilet var kapıyı açmıyor', 'tr'),
    ('kuzenim köprüde ve atlayacağını söylüyor', 'tr'),
    ('arkadaşım çamaşır suyu içmiş yardım edin', 'tr'),
    ('sınıf arkadaşım bileğini kesti kan durmuyor', 'tr'),
    ('siostra stoi na dachu i mówi że skoczy', 'pl'),
    ('kuzynka pocięła się bardzo głęboko i krew nie przestaje lecieć', 'pl'),
    ('adikku ngunci diri di kamar mandi bawa silet', 'id'),
    ('temen aku lagi di atap dan bilang mau lompat', 'id'),
    ('sepupuku nyilet tangannya dalam banget dan darahnya ga berhenti', 'id'),
    ('اخوي قفل على حاله بالحمام ومعه شفرة', 'ar'),
    ('بنت خالتي على السطح وبتقول انها رح تنط', 'ar'),
    ('صديقي قطع شرايينه والدم ما عم يوقف', 'ar'),
    ('मेरा भाई बाथरूम में ब्लेड लेकर बंद है', 'hi'),
    ('मेरी सहेली छत पर खड़ी है और कह रही है कूद जाएगी', 'hi'),
    ('mera bhai bathroom mein blade leke band hai aur darwaza nahi khol raha', 'hi'),
    ('我弟弟把自己锁在卫生间里，手里拿着刀片', 'zh'),
    ('我表姐站在天台上说要跳下去', 'zh'),
    ('我同桌割腕了，血一直流', 'zh'),
    ("my brother shut himself in his room with a knife and he's not opening the door", 'en'),
    ('mi hermano está en la azotea y dice que se va a tirar', 'es'),
    ('mi primo se despidió de todos en el grupo y no contesta el teléfono', 'es'),
    ("ma copine dit qu'elle va se jeter du pont, je fais quoi", 'fr'),
    ("ma soeur s'est enfermée dans sa chambre avec un couteau", 'fr'),
    ('minha prima tá na ponte falando que vai pular', 'pt'),
    ('minha irmã se trancou no quarto com uma faca e não responde', 'pt'),
    ('meine schwester hat sich im zimmer eingeschlossen und hat ein messer', 'de'),
    ('подруга сидит на краю крыши и говорит что прыгнет', 'ru'),
    ('сестра закрылась в комнате с ножом', 'ru'),
    ('arkadaşım köprüden atlayacağını söyledi', 'tr'),
    ('kuzyn zamknął się w pokoju z nożem i nie odpowiada', 'pl'),
    ('sahabatku lagi berdiri di pinggir jembatan dan bilang mau loncat', 'id'),
    ('kakakku ngurung diri di kamar dan bawa pisau', 'id'),
    ('meri saheli ne haath kaat liya bahut gehra hai khoon ruk nahi raha', 'hi'),
    ('mera bhai bridge se kudne ki baat kar raha hai', 'hi'),
    ('我们班有个女生把自己反锁在厕所里，还带了刀片', 'zh'),
    ('मेरा भाई पुल से कूदने वाला है प्लीज़ मदद करो', 'hi'),
    ('मेरी दोस्त ने कलाई काट ली है खून रुक नहीं रहा', 'hi'),
]

# a goodbye (post, story, message, note) and being unreachable, in either order
GOODBYE_UNREACHABLE = [
    ('a girl in my class posted a goodbye video on tiktok and her phone is off', 'en'),
    ("our classmate sent everyone a message saying sorry for everything and now he isn't answering", 'en'),
    ('my friend posted a farewell on her story and no one can reach her im so scared', 'en'),
    ('mi amiga subió una despedida a su historia y no contesta', 'es'),
    ('mi amigo publicó un mensaje de despedida y su móvil está apagado', 'es'),
    ("ma pote a posté un message d'adieu sur sa story et personne n'arrive à la joindre", 'fr'),
    ('minha melhor amiga postou uma despedida e ninguém consegue falar com ela', 'pt'),
    ('meine beste freundin hat einen abschiedspost gemacht und geht nicht ans handy', 'de'),
    ("la mia migliore amica ha pubblicato un messaggio d'addio e non risponde più", 'it'),
    ('моя лучшая подруга выложила прощальный пост и телефон выключен', 'ru'),
    ('kankam veda mesajı attı ve cevap vermiyor', 'tr'),
    ('koleżanka z klasy wrzuciła pożegnalny post i nikt nie może się do niej dodzwonić', 'pl'),
    ('sahabatku posting pesan perpisahan dan ga bales chat sama sekali', 'id'),
    ('صديقتي نزلت رسالة وداع وتلفونها مسكر', 'ar'),
    ('زميلتي كتبت وداع للكل وما حدا قادر يوصلها', 'ar'),
    ('meri best friend ne alvida post daala aur phone band aa raha hai', 'hi'),
    ('我同学发了告别的朋友圈，现在联系不上', 'zh'),
    ('我男朋友写了遗书，手机关机了', 'zh'),
    ('someone in my class snapped me a goodbye message and now her location is off on snap map', 'en'),
    ('my boyfriend is on the train tracks and he keeps saying goodbye', 'en'),
    ('alguien de mi clase publicó una carta de suicidio en instagram', 'es'),
    ("mon meilleur ami m'a écrit adieu et son téléphone est éteint", 'fr'),
    ('meu amigo se despediu de todo mundo e não responde mais', 'pt'),
    ('meine freundin antwortet nicht mehr und hat heute einen abschiedsbrief gepostet', 'de'),
    ('il mio migliore amico mi ha scritto addio e ha il telefono spento', 'it'),
    ('мой брат написал нам всем прощайте и теперь не берет трубку', 'ru'),
    ('kuzenim herkese veda etti ve telefonu kapalı', 'tr'),
    ('mój przyjaciel napisał mi żegnajcie i wyłączył telefon', 'pl'),
    ('temen sekelas aku posting selamat tinggal di story terus hpnya ga aktif', 'id'),
    ('صديقتي بعتتلي سامحيني وما عم ترد', 'ar'),
    ('मेरी सहेली ने सुसाइड नोट पोस्ट किया और फ़ोन बंद है', 'hi'),
    ('我妹妹跟大家说了再见，然后手机关机了', 'zh'),
]

# dying or killing oneself with a time (tonight, today, now) or a plan
INTENT_NOW = [
    ('my bf texted me he is going to kill himself tonight, i dont know what to do', 'en'),
    ('my mate says he has a plan to kill himself and he is standing on the bridge', 'en'),
    ('un chico de mi clase dice que se va a tirar del puente esta noche', 'es'),
    ('mi amiga me escribió que se va a matar esta noche y ya no contesta', 'es'),
    ('ma copine veut se suicider ce soir, aidez moi', 'fr'),
    ('meu primo disse que vai se matar hoje à noite, socorro', 'pt'),
    ('mein freund hat gesagt er will sich heute nacht umbringen', 'de'),
    ('мой друг сказал что хочет покончить с собой сегодня ночью', 'ru'),
    ('sevgilim bu gece kendini öldüreceğini söyledi', 'tr'),
    ('mój chłopak powiedział że zabije się dzisiaj w nocy', 'pl'),
    ('pacarku bilang mau bunuh diri malam ini', 'id'),
    ('صاحبي قال انه بده ينتحر الليلة', 'ar'),
    ('mera dost bol raha hai ki aaj raat suicide kar lega', 'hi'),
    ('我闺蜜说她今晚要自杀，我好害怕', 'zh'),
    ("my friend told me she's going to end it all tonight after her parents go to sleep", 'en'),
    ('mein bruder sagt er will sich heute umbringen', 'de'),
    ('mio fratello ha detto che vuole farla finita stasera', 'it'),
    ('одноклассник сказал что сегодня ночью покончит с собой', 'ru'),
    ('arkadaşım bu gece intihar edeceğini yazdı', 'tr'),
    ('kolega chce skoczyć z mostu dzisiaj', 'pl'),
    ('اختي بتقول انها بدها تموت الليلة وعندها خطة', 'ar'),
    ('मेरा दोस्त कह रहा है कि आज रात आत्महत्या कर लेगा', 'hi'),
    ('我哥哥说他现在就要去跳楼', 'zh'),
]

# the same people and words in everyday situations: allergy pills, a goodbye for a move or a
# holiday, a brother doing his hair, laughing to death, the pool, a roof repair, a kitchen cut
EVERYDAY = [
    ('my friend took her allergy pills and feels better', 'en'),
    ("my friend posted a goodbye because she is moving to spain and now she isn't answering", 'en'),
    ('my brother locked himself in the bathroom doing his hair for an hour', 'en'),
    ('my friend is dying of laughter', 'en'),
    ('my friend jumped in the pool lol', 'en'),
    ('my sister took two paracetamol for her headache', 'en'),
    ('my friend said goodbye to everyone in the group chat because she is leaving the server', 'en'),
    ('my cousin cut herself badly while cooking dinner', 'en'),
    ('my mum is on the roof fixing the satellite dish', 'en'),
    ('mi amiga se tomó su pastilla para la alergia y ya está mejor', 'es'),
    ('mi amiga subió una despedida a su historia porque se muda a méxico y no contesta porque está en el avión', 'es'),
    ('mi hermano se encerró en el baño para peinarse y tarda una hora', 'es'),
    ('mi amigo se está muriendo de risa con ese video', 'es'),
    ('mi prima saltó a la piscina con ropa jajaja', 'es'),
    ('mi hermana se cortó el dedo cocinando, nada grave', 'es'),
    ('ma copine a pris ses cachets pour son allergie', 'fr'),
    ("ma pote a posté un message d'adieu parce qu'elle déménage et elle répond plus, elle est dans l'avion", 'fr'),
    ("mon frère s'est enfermé dans la salle de bain pour se coiffer", 'fr'),
    ('ma soeur est morte de rire', 'fr'),
    ('mon cousin a sauté dans la piscine tout habillé', 'fr'),
    ("mon père est sur le toit pour réparer l'antenne", 'fr'),
    ('minha amiga tomou o remédio da alergia e já melhorou', 'pt'),
    ('minha amiga postou uma despedida porque vai se mudar e não atende porque tá no avião', 'pt'),
    ('meu irmão se trancou no banheiro pra arrumar o cabelo', 'pt'),
    ('minha amiga tá morrendo de rir kkkk', 'pt'),
    ('meu primo pulou na piscina de roupa', 'pt'),
    ('minha mãe se cortou feio cozinhando', 'pt'),
    ('meine freundin hat ihre allergietabletten genommen', 'de'),
    ("meine freundin hat einen abschiedspost gemacht weil sie umzieht und geht nicht ans handy weil sie "
     "im flugzeug sitzt", 'de'),
    ('mein bruder hat sich im bad eingeschlossen um seine haare zu machen', 'de'),
    ('meine freundin stirbt vor lachen', 'de'),
    ('mein cousin ist in den pool gesprungen', 'de'),
    ('mein vater ist auf dem dach und repariert die antenne', 'de'),
    ("la mia amica ha preso la pastiglia per l'allergia", 'it'),
    ("la mia amica ha pubblicato un messaggio d'addio perché si trasferisce e non risponde perché è in aereo", 'it'),
    ('mio fratello si è chiuso in bagno per sistemarsi i capelli', 'it'),
    ('la mia amica sta morendo dal ridere', 'it'),
    ('mio cugino si è buttato in piscina vestito', 'it'),
    ('mia mamma si è tagliata forte cucinando', 'it'),
    ('подруга выпила таблетку от головной боли', 'ru'),
    ('подруга выложила прощальный пост потому что переезжает и не отвечает потому что в самолете', 'ru'),
    ('брат заперся в ванной и укладывает волосы уже час', 'ru'),
    ('подруга умирает от смеха', 'ru'),
    ('мой друг прыгнул в бассейн в одежде', 'ru'),
    ('папа на крыше чинит антенну', 'ru'),
    ('arkadaşım alerji hapını içti', 'tr'),
    ('arkadaşım taşındığı için veda mesajı attı ve uçakta olduğu için cevap vermiyor', 'tr'),
    ('abim saçını yapmak için banyoya kilitlendi', 'tr'),
    ('arkadaşım gülmekten ölüyor', 'tr'),
    ('kuzenim havuza atladı', 'tr'),
    ('babam çatıda anteni tamir ediyor', 'tr'),
    ('moja przyjaciółka wzięła tabletkę na alergię', 'pl'),
    ('koleżanka wrzuciła pożegnalny post bo się przeprowadza i nie odbiera bo jest w samolocie', 'pl'),
    ('mój brat zamknął się w łazience żeby ułożyć włosy', 'pl'),
    ('moja przyjaciółka umiera ze śmiechu', 'pl'),
    ('kuzyn skoczył do basenu w ubraniu', 'pl'),
    ('tata jest na dachu i naprawia antenę', 'pl'),
    ('temenku minum obat alergi terus udah enakan', 'id'),
    ('sahabatku posting perpisahan karena pindah ke bandung dan ga bales soalnya lagi di pesawat', 'id'),
    ('adikku ngunci diri di kamar mandi buat catok rambut', 'id'),
    ('temenku ketawa sampe mau mati', 'id'),
    ('sepupuku loncat ke kolam renang', 'id'),
    ('ayahku lagi di atap benerin antena', 'id'),
    ('صاحبتي اخدت حبة دوا للحساسية', 'ar'),
    ('اخوي قفل على حاله بالحمام يسشور شعره', 'ar'),
    ('صاحبتي ماتت من الضحك', 'ar'),
    ('ابن عمي نط بالمسبح', 'ar'),
    ('ابوي على السطح عم يصلح الدش', 'ar'),
    ('मेरी दोस्त ने एलर्जी की गोली खा ली', 'hi'),
    ('मेरी दोस्त ने अलविदा पोस्ट डाली क्योंकि वो दूसरे शहर शिफ्ट हो रही है और फोन नहीं उठा रही क्योंकि फ्लाइट में है', 'hi'),
    ('मेरा भाई बाथरूम में बाल बना रहा है', 'hi'),
    ('मेरी दोस्त हंस हंस के मर रही है', 'hi'),
    ('meri dost ne allergy ki goli kha li', 'hi'),
    ('meri dost ne alvida post daala kyunki wo dusre shehar shift ho rahi hai aur phone nahi utha rahi', 'hi'),
    ('mera bhai bathroom mein baal bana raha hai', 'hi'),
    ('meri dost hans hans ke mar rahi hai', 'hi'),
    ('mera bhai swimming pool mein kood gaya', 'hi'),
    ('我朋友吃了她的过敏药', 'zh'),
    ('我同学发了告别的朋友圈，因为她要搬家了，现在在飞机上联系不上', 'zh'),
    ('我弟弟把自己锁在卫生间里弄头发', 'zh'),
    ('我朋友笑死了', 'zh'),
    ('我表哥跳进了游泳池', 'zh'),
    ('我爸在楼顶修天线', 'zh'),
    ('这家店跳楼价大甩卖', 'zh'),
    ('my friend says she will die today if the teacher reads her essay out loud lmao', 'en'),
    ("my brother is on the roof and won't come down until he finds his frisbee", 'en'),
    ('meine schwester hat zwei ibuprofen gegen ihre regelschmerzen genommen', 'de'),
    ('mein bruder steht auf dem dach und holt den ball runter', 'de'),
    ('meine freundin hat sich von allen verabschiedet weil sie in den urlaub fliegt und antwortet nicht', 'de'),
    ('اختي اخدت حبتين بنادول للصداع', 'ar'),
    ('صاحبتي ودعت الكل بالجروب لانها طالعة منه', 'ar'),
    ('صديقي قطع ايده وهو يطبخ بالمطبخ', 'ar'),
    ('اخوي على السطح عم يلعب بالطابة', 'ar'),
    ('mio fratello è sul tetto a recuperare il pallone', 'it'),
    ('ma soeur a pris deux doliprane pour son mal de tete', 'fr'),
    ('mi papá está en el techo arreglando la antena', 'es'),
    ('meu pai tá em cima do telhado arrumando a antena', 'pt'),
    ('मेरी दोस्त ने सिर दर्द के लिए एक गोली ली', 'hi'),
    ('मेरा भाई स्विमिंग पूल में कूद गया', 'hi'),
    ('मेरी बहन छत पर कपड़े सुखा रही है', 'hi'),
    ('мой брат залез на крышу достать мяч', 'ru'),
    ('подруга попрощалась со всеми в чате потому что уезжает в лагерь и не отвечает', 'ru'),
    ('kardeşim baş ağrısı için iki parol aldı', 'tr'),
    ('moja siostra wzięła dwie tabletki na ból głowy', 'pl'),
    ('adikku minum dua tablet parasetamol buat demam', 'id'),
    ('我妈妈感冒了吃了两片药', 'zh'),
]

# the topic taught or asked about
TOPIC = [
    ('we learned what to do if a friend posts a goodbye', 'en'),
    ('what should you do if a friend says she took pills? tell an adult and call emergency services', 'en'),
    ('en clase aprendimos qué hacer si una amiga publica una despedida', 'es'),
    ('qué hacer si un amigo dice que tomó pastillas? avisar a un adulto y llamar al 112', 'es'),
    ("en cours on a appris quoi faire si une amie poste un message d'adieu", 'fr'),
    ('na aula aprendemos o que fazer se uma amiga postar uma despedida', 'pt'),
    ('im unterricht haben wir gelernt was tun wenn eine freundin einen abschiedspost macht', 'de'),
    ("a scuola abbiamo imparato cosa fare se un'amica scrive un messaggio d'addio", 'it'),
    ('на уроке нас учили что делать если подруга выложила прощальный пост', 'ru'),
    ('derste bir arkadaş veda mesajı atarsa ne yapmalıyız öğrendik', 'tr'),
    ('na lekcji uczyliśmy się co robić gdy koleżanka wrzuci pożegnalny post', 'pl'),
    ('di sekolah kita belajar apa yang harus dilakukan kalau teman posting perpisahan', 'id'),
    ('课上我们学了如果朋友发告别的消息应该怎么做', 'zh'),
]

# a past that is over and was handled
RESOLVED_PAST = [
    ('last year my friend took a lot of pills, she got help and is fine now', 'en'),
    ('el año pasado mi amiga se tomó muchas pastillas, recibió ayuda y ahora está bien', 'es'),
    ("l'année dernière ma copine a avalé plein de cachets, elle a été aidée et va mieux maintenant", 'fr'),
    ('ano passado minha amiga tomou muitos remédios, recebeu ajuda e agora está bem', 'pt'),
    ("l'anno scorso la mia amica ha preso tante pastiglie, ha ricevuto aiuto e ora sta bene", 'it'),
    ('в прошлом году подруга выпила много таблеток, ей помогли и сейчас все хорошо', 'ru'),
    ('geçen yıl arkadaşım bir kutu hap içmişti, yardım aldı ve şimdi iyi', 'tr'),
    ('w zeszłym roku moja przyjaciółka połknęła dużo tabletek, dostała pomoc i teraz jest dobrze', 'pl'),
    ('tahun lalu temenku minum banyak obat, dia dapet bantuan dan sekarang udah baik baik saja', 'id'),
    ('السنة الماضية صاحبتي بلعت حبوب كتير بس تعالجت وهلا بخير', 'ar'),
    ('पिछले साल मेरी दोस्त ने बहुत सारी गोलियां खा ली थीं, उसे मदद मिल गई और अब वो ठीक है', 'hi'),
    ('pichle saal meri dost ne bahut saari goliyan kha li thi, ab wo theek hai', 'hi'),
    ('去年我朋友吃了一整瓶药，后来得到了帮助，现在没事了', 'zh'),
]

# fiction
FICTION = [
    ("in the series the main character's best friend swallowed a bottle of pills", 'en'),
    ('en la serie la mejor amiga de la protagonista se toma un bote de pastillas', 'es'),
    ('dans la série la meilleure amie du personnage avale une boîte de cachets', 'fr'),
    ('na série a melhor amiga da personagem toma uma cartela inteira de remédios', 'pt'),
    ('nella serie la migliore amica del personaggio ingoia una scatola di pastiglie', 'it'),
    ('dizide ana karakterin arkadaşı bir kutu hap içiyor', 'tr'),
    ('w serialu przyjaciółka bohaterki połknęła całe opakowanie tabletek', 'pl'),
    ('di drakor itu sahabat tokoh utama minum satu botol obat tidur', 'id'),
]

@pytest.mark.parametrize(("text", "lang"), SWALLOWED)
def test_swallowed_now_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), INJURY_HEIGHT_LOCKED)
def test_injury_height_or_locked_in_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), GOODBYE_UNREACHABLE)
def test_goodbye_and_unreachable_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), INTENT_NOW)
def test_intent_with_a_time_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), [*SWALLOWED, *INJURY_HEIGHT_LOCKED, *GOODBYE_UNREACHABLE, *INTENT_NOW])
def test_held_by_this_rule(pipe: Pipeline, text: str, lang: str) -> None:
    """The hold comes from this module's rule, not from another rule or the scorer."""
    v = pipe.check(text, lang=lang)
    assert "stage:self_harm:others_acute" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_situations_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), TOPIC)
def test_topic_and_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), RESOLVED_PAST)
def test_resolved_past_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), FICTION)
def test_fiction_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


def test_a_strip_of_pills_is_not_a_trip(pipe: Pipeline) -> None:
    # "ट्रिप" (a trip, an everyday purpose) is also the end of "स्ट्रिप" (a strip of pills)
    self_harm_held(pipe, "मेरी दोस्त ने अभी पूरी स्ट्रिप गोलियां निगल लीं, मैं क्या करूँ", "hi")
    allowed(pipe, "ट्रिप के लिए दवाई की पूरी स्ट्रिप रख ली है", "hi")
