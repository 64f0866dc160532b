"""Threats with no violent verb (harm_threats_veiled*.py): the reader's account
taken over, veiled warnings, threats by proxy, the reader's family or pet,
exposure as blackmail and a weapon brought, in 13 languages.  One class per
test; the same words in advice, plans, games, gifts and reports pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held

# the writer holds the reader's login and will empty, delete or post from the account
ACCOUNT = [
    ("got ur password now 😈 say goodbye to ur account", "en"),
    ("i have your insta login, tomorrow i'm deleting everything on it", "en"),
    ("your snap password is in my notes, i'll post stuff from your account tonight", "en"),
    ("tengo tu contraseña de insta, mañana borro todo jaja", "es"),
    ("me pasaron tu clave del roblox, despídete de tu cuenta", "es"),
    ("ya sé tu contraseña del free fire, adiós a tus diamantes", "es"),
    ("j'ai ton mot de passe snap, dis adieu à ton compte", "fr"),
    ("je connais ton mdp fortnite, demain t'as plus aucun skin", "fr"),
    ("j'ai récupéré tes identifiants, je vais poster des trucs à ta place ce soir", "fr"),
    ("tenho a senha do teu insta, amanhã apago tudo kkk", "pt"),
    ("descobri a senha da tua conta do roblox, pode se despedir dela", "pt"),
    ("peguei teu login do free fire, vou postar umas coisas no teu nome", "pt"),
    ("ho la tua password di insta, domani cancello tutto", "it"),
    ("so la password del tuo account fortnite, di' addio alle skin", "it"),
    ("entro nel tuo profilo tiktok e posto roba a nome tuo", "it"),
    ("ich hab dein insta passwort, morgen lösch ich alles", "de"),
    ("ich kenn dein fortnite passwort, verabschiede dich von deinen skins", "de"),
    ("hab deine zugangsdaten, ich poste heute abend was in deinem namen", "de"),
    ("mam hasło do twojego insta, jutro wszystko usunę", "pl"),
    ("znam twoje hasło do fortnite, pożegnaj się ze skinami", "pl"),
    ("mam twój login i hasło, wrzucę coś z twojego konta", "pl"),
    ("gue punya password ig lo, besok gue hapus semua", "id"),
    ("password akun ff lo udah di gue, dadah akun lo", "id"),
    ("aku tau password akun roblox kamu, nanti aku posting aneh2 pake akun kamu", "id"),
    ("معي باسوورد حسابك على الانستا، بكرة بمسح كل شي", "ar"),
    ("عرفت كلمة السر بتاعة حسابك، قول باي لحسابك", "ar"),
    ("عندي الباسورد تبعك، رح انزل اشيا من حسابك", "ar"),
    ("你抖音的密码我有了，明天把你号全删了", "zh"),
    ("我知道你原神的密码，等着号被清空吧", "zh"),
    ("你的QQ密码在我这，今晚用你的号发点东西", "zh"),
    ("у меня пароль от твоего инсты, завтра всё удалю", "ru"),
    ("знаю твой пароль от стима, прощайся со скинами", "ru"),
    ("у меня твой логин и пароль, буду постить от твоего имени", "ru"),
    ("tera insta ka password mere paas hai, kal sab delete kar dunga", "hi"),
    ("teri bgmi id ka password pata chal gaya, bye bol de apni id ko", "hi"),
    ("तेरा इंस्टा पासवर्ड मेरे पास है, कल सब डिलीट कर दूंगा", "hi"),
    ("instagram şifren bende, yarın her şeyi silerim", "tr"),
    ("valorant şifreni biliyorum, skinlerine veda et", "tr"),
    ("hesabının şifresini buldum, senin adına saçma şeyler paylaşacağım", "tr"),
]
ACCOUNT_PASS = [
    ("never give anyone your password or they can delete your account", "en"),
    ("someone got my password and deleted my account, what do i do", "en"),
    ("nunca le des tu contraseña a nadie, te pueden borrar la cuenta", "es"),
    ("olvidé mi contraseña, despídete de mi cuenta 😭", "es"),
    ("donne jamais ton mot de passe, on peut te supprimer ton compte", "fr"),
    ("j'ai oublié mon mdp, adieu mon compte lol", "fr"),
    ("nunca passa tua senha pra ninguém, podem apagar tua conta", "pt"),
    ("esqueci minha senha, adeus minha conta kkk", "pt"),
    ("non dare mai la password a nessuno, ti possono cancellare l'account", "it"),
    ("ho dimenticato la password, addio al mio account", "it"),
    ("gib nie dein passwort weiter, sonst kann jemand deinen account löschen", "de"),
    ("hab mein passwort vergessen, tschüss account lol", "de"),
    ("nigdy nie podawaj hasła, ktoś może ci usunąć konto", "pl"),
    ("zapomniałem hasła, żegnaj moje konto xd", "pl"),
    ("jangan kasih password ke siapa2, nanti akun kamu bisa dihapus", "id"),
    ("gue lupa password, dadah akun gue wkwk", "id"),
    ("نسيت الباسوورد، باي باي لحسابي ههه", "ar"),
    ("千万别把密码告诉别人，号会被人删掉", "zh"),
    ("我忘了密码，号没了哭死", "zh"),
    ("никому не давай пароль, могут удалить аккаунт", "ru"),
    ("забыл пароль, прощай мой акк лол", "ru"),
    ("kabhi kisi ko password mat batana, id delete ho sakti hai", "hi"),
    ("main apna password bhool gaya, bye bye meri id 😭", "hi"),
    ("şifreni kimseye verme, hesabını silebilirler", "tr"),
    ("şifremi unuttum, elveda hesabım 😭", "tr"),
]

# "if I were you" with a wink, "you'd better watch yourself from now on", the pet that might disappear
VEILED = [
    ("if i was you i'd be careful on the stairs tomorrow, people trip all the time 🙂", "en"),
    ("better watch yourself walking home tonight. just saying", "en"),
    ("be a real shame if your cat didn't come home one day", "en"),
    ("yo que tú tendría cuidado al volver a casa, los accidentes pasan 🙂", "es"),
    ("más te vale andarte con cuidado a partir de ahora", "es"),
    ("sería una pena que tu gato desapareciera un día de estos", "es"),
    ("à ta place je ferais attention en rentrant ce soir, on sait jamais 🙂", "fr"),
    ("tu ferais mieux de faire attention à toi désormais", "fr"),
    ("ce serait triste que ton chien disparaisse un jour", "fr"),
    ("se eu fosse você tomava cuidado voltando pra casa, acidentes acontecem 🙂", "pt"),
    ("é melhor vc tomar cuidado daqui pra frente", "pt"),
    ("seria uma pena se teu cachorro sumisse um dia desses", "pt"),
    ("se fossi in te starei attento sulle scale domani, gli incidenti capitano", "it"),
    ("faresti meglio a guardarti le spalle da adesso", "it"),
    ("sarebbe triste se il tuo gatto sparisse un giorno di questi", "it"),
    ("an deiner stelle würde ich auf der treppe aufpassen, unfälle passieren 🙂", "de"),
    ("du solltest ab jetzt lieber gut auf dich aufpassen", "de"),
    ("wär traurig wenn deine katze mal verschwindet", "de"),
    ("na twoim miejscu uważałabym na schodach, wypadki się zdarzają", "pl"),
    ("lepiej uważaj na siebie od teraz", "pl"),
    ("szkoda by było gdyby twój kot kiedyś zniknął", "pl"),
    ("kalo gue jadi lo sih hati2 di tangga, kecelakaan kan bisa aja terjadi", "id"),
    ("mending lo jaga diri baik2 mulai sekarang", "id"),
    ("sayang banget ya kalo kucing lo tiba2 ilang", "id"),
    ("لو كنت مكانك كنت انتبهت على الدرج بكرة، الحوادث بتصير", "ar"),
    ("الأحسن لك تنتبه على نفسك من اليوم", "ar"),
    ("حرام لو قطتك اختفت يوم من الأيام", "ar"),
    ("我要是你就小心点楼梯，摔一跤可不好说", "zh"),
    ("你以后最好小心点", "zh"),
    ("你家的猫要是哪天不见了多可惜啊", "zh"),
    ("на твоём месте я бы поосторожнее на лестнице, несчастные случаи бывают", "ru"),
    ("тебе лучше быть поосторожнее с этого дня", "ru"),
    ("будет грустно если твоя кошка однажды пропадёт", "ru"),
    ("main tere jagah hota toh seedhiyon pe dhyan rakhta, accident ho jaate hain", "hi"),
    ("aaj se sambhal ke rehna tu", "hi"),
    ("अगर तेरी बिल्ली एक दिन गायब हो गई तो बुरा लगेगा ना", "hi"),
    ("yerinde olsam merdivenlerde dikkat ederdim, kazalar olur", "tr"),
    ("bundan sonra kendine dikkat etsen iyi olur", "tr"),
    ("kedin bir gün kaybolursa çok üzücü olur", "tr"),
]
VEILED_PASS = [
    ("careful on the stairs, they just mopped them", "en"),
    ("if i were you i'd revise chapter 3, it's always on the test", "en"),
    ("cuidado con la escalera que está mojada", "es"),
    ("yo que tú estudiaría el tema 4, siempre cae en el examen", "es"),
    ("fais attention dans l'escalier, il vient d'être lavé", "fr"),
    ("à ta place je réviserais le chapitre 3, il tombe toujours", "fr"),
    ("cuidado na escada que tá molhada", "pt"),
    ("se eu fosse você estudava o capítulo 3, sempre cai na prova", "pt"),
    ("attento sulle scale che sono bagnate", "it"),
    ("se fossi in te ripasserei il capitolo 3, esce sempre", "it"),
    ("pass auf der treppe auf, die ist noch nass", "de"),
    ("an deiner stelle würde ich kapitel 3 lernen, das kommt immer dran", "de"),
    ("uważaj na schodach, są mokre", "pl"),
    ("na twoim miejscu powtórzyłbym rozdział 3, zawsze jest na sprawdzianie", "pl"),
    ("hati2 di tangga ya licin abis dipel", "id"),
    ("kalo gue jadi lo sih belajar bab 3, selalu keluar di ujian", "id"),
    ("انتبه على الدرج لأنه مبلول", "ar"),
    ("لو كنت مكانك كنت ذاكرت الفصل التالت، دايما بيجي في الامتحان", "ar"),
    ("楼梯刚拖过，小心点别滑倒", "zh"),
    ("我要是你就复习第三章，每次都考", "zh"),
    ("осторожно на лестнице, её только помыли", "ru"),
    ("на твоём месте я бы повторил третью главу, она всегда на контрольной", "ru"),
    ("seedhiyon pe dhyan se, abhi pocha laga hai", "hi"),
    ("main tere jagah hota toh chapter 3 padhta, hamesha aata hai", "hi"),
    ("merdivende dikkat et, yeni silindi", "tr"),
    ("yerinde olsam 3. üniteye çalışırdım, hep çıkıyor", "tr"),
]

# a brother, a cousin or the older kids will deal with the reader
PROXY = [
    ("my cousin and his mates are gonna come for you friday at the park", "en"),
    ("my big brother will be waiting for you after school. good luck 🙂", "en"),
    ("told my older brother what you said, he's gonna sort you out", "en"),
    ("mi hermano mayor y sus amigos te van a esperar a la salida, ve preparándote", "es"),
    ("le conté a mi primo lo que dijiste, el viernes te busca", "es"),
    ("los de 4º ya saben quién eres, el lunes vienen a por ti", "es"),
    ("mon cousin et ses potes vont venir te chercher vendredi au parc, prépare-toi", "fr"),
    ("j'ai tout raconté à mon grand frère, il va s'occuper de toi", "fr"),
    ("les grands de 3e t'attendent à la sortie lundi, bonne chance", "fr"),
    ("meu irmão mais velho e os amigos dele vão te pegar sexta na praça, se prepara", "pt"),
    ("contei pro meu primo o que vc falou, ele vai te esperar na saída", "pt"),
    ("os caras do 9º ano vão atrás de vc segunda", "pt"),
    ("mio fratello grande e i suoi amici ti aspettano venerdì al parco, preparati", "it"),
    ("ho raccontato tutto a mio cugino, ti viene a cercare lunedì", "it"),
    ("quelli di terza sanno chi sei, ti vengono a prendere all'uscita", "it"),
    ("mein cousin und seine jungs holen dich freitag am park ab, mach dich bereit", "de"),
    ("hab meinem großen bruder erzählt was du gesagt hast, der regelt das mit dir", "de"),
    ("die aus der neunten warten montag nach der schule auf dich, viel glück", "de"),
    ("mój kuzyn z kolegami przyjdą po ciebie w piątek do parku, szykuj się", "pl"),
    ("powiedziałem bratu co gadałeś, on się tobą zajmie", "pl"),
    ("starsi z ósmej klasy czekają na ciebie po lekcjach, powodzenia", "pl"),
    ("abang gue sama temen2nya bakal nyamperin lo jumat di lapangan, siap2 aja", "id"),
    ("udah gue aduin ke sepupu gue, dia yang bakal beresin lo", "id"),
    ("anak kelas 9 udah nungguin lo pulang sekolah, good luck", "id"),
    ("أخوي الكبير وربعه بيجون لك الخميس عند الحديقة، استعد", "ar"),
    ("قلت لابن عمي على اللي قلته، هو اللي هيتصرف معاك", "ar"),
    ("شباب تالتة بيستنوك بعد المدرسة، بالتوفيق", "ar"),
    ("我表哥和他兄弟们周五在公园等你，做好准备", "zh"),
    ("我把你说的话告诉我哥了，他会来收拾你", "zh"),
    ("初三那几个人放学后在门口等你，祝你好运", "zh"),
    ("мой брат с друзьями придут за тобой в пятницу в парк, готовься", "ru"),
    ("я рассказал кузену что ты сказал, он с тобой разберётся", "ru"),
    ("старшаки из девятого ждут тебя после уроков, удачи", "ru"),
    ("mera bada bhai aur uske dost friday ko park mein tera intezaar karenge, ready rehna", "hi"),
    ("maine apne cousin ko bata diya tune kya bola, woh tujhe dekh lega", "hi"),
    ("9th wale chutti ke baad tera wait kar rahe hain, best of luck", "hi"),
    ("abim ve arkadaşları cuma parkta seni bekliyor olacak, hazır ol", "tr"),
    ("kuzenime ne dediğini anlattım, o seninle ilgilenecek", "tr"),
    ("8. sınıftakiler okul çıkışı seni bekliyor, kolay gelsin", "tr"),
]
PROXY_PASS = [
    ("my big brother will pick you up after school, we're going to the cinema", "en"),
    ("my cousin is coming to the park friday, want to play football with us?", "en"),
    ("mi hermano mayor te va a esperar a la salida para llevarte al cine", "es"),
    ("mi primo viene el viernes al parque, te apuntas al fútbol?", "es"),
    ("mon grand frère va venir te chercher à la sortie pour aller au ciné", "fr"),
    ("mon cousin vient au parc vendredi, tu veux jouer au foot?", "fr"),
    ("meu irmão mais velho vai te buscar na saída pra gente ir no cinema", "pt"),
    ("meu primo vem sexta na praça, bora jogar bola?", "pt"),
    ("mio fratello grande ti viene a prendere all'uscita per andare al cinema", "it"),
    ("mio cugino viene al parco venerdì, giochi a calcio con noi?", "it"),
    ("mein großer bruder holt dich nach der schule ab, wir gehen ins kino", "de"),
    ("mein cousin kommt freitag zum park, spielst du fußball mit?", "de"),
    ("mój starszy brat odbierze cię po szkole, idziemy do kina", "pl"),
    ("kuzyn przyjdzie w piątek do parku, zagrasz z nami w piłkę?", "pl"),
    ("sepupu gue dateng jumat ke lapangan, mau main bola bareng?", "id"),
    ("ابن عمي جاي الجمعة للحديقة، تلعب معنا كورة؟", "ar"),
    ("我哥放学来接你，我们一起去看电影", "zh"),
    ("我表哥周五来公园，一起踢球吗", "zh"),
    ("мой старший брат заберёт тебя после школы, пойдём в кино", "ru"),
    ("мой двоюродный брат придёт в пятницу в парк, сыграешь с нами в футбол?", "ru"),
    ("mera bada bhai tujhe school ke baad le jayega, movie chalenge", "hi"),
    ("mera cousin friday ko park aa raha hai, cricket khelega?", "hi"),
    ("abim okuldan sonra seni alacak, sinemaya gideceğiz", "tr"),
    ("kuzenim cuma parka geliyor, bizimle top oynar mısın?", "tr"),
]

# a sibling's class or walk home named with a wink; a bad day promised to a sibling
FAMILY = [
    ("your little sister walks home alone right? tell her to be careful 🙂", "en"),
    ("ur brother is in 3c isn't he. keep an eye on him", "en"),
    ("gonna make your little brother's life hell at school tomorrow", "en"),
    ("tu hermanita va a 2ºB verdad? que tenga cuidado", "es"),
    ("tu hermano pequeño vuelve solo del cole, no? solo pregunto", "es"),
    ("me voy a encargar de que tu hermana tenga un día horrible mañana", "es"),
    ("ta petite sœur est en CE2 non? surveille-la bien", "fr"),
    ("ton petit frère rentre seul de l'école hein? je demande juste", "fr"),
    ("je vais faire en sorte que ta sœur passe une sale journée demain", "fr"),
    ("tua irmãzinha estuda no 2ºB né? fica de olho nela", "pt"),
    ("teu irmão mais novo volta sozinho da escola né? só perguntando", "pt"),
    ("vou fazer tua irmã ter um dia horrível amanhã", "pt"),
    ("la tua sorellina fa la seconda B vero? tienila d'occhio", "it"),
    ("tuo fratello piccolo torna da solo da scuola giusto? chiedevo solo", "it"),
    ("farò in modo che tua sorella passi una giornataccia domani", "it"),
    ("deine kleine schwester ist in der 2b oder? pass gut auf sie auf", "de"),
    ("dein kleiner bruder geht allein heim oder? frag ja nur", "de"),
    ("ich sorg dafür dass deine schwester morgen einen richtig miesen tag hat", "de"),
    ("twoja siostra chodzi do 3a, prawda? uważaj na nią", "pl"),
    ("twój brat sam wraca ze szkoły co? tylko pytam", "pl"),
    ("postaram się żeby twoja siostra miała jutro okropny dzień", "pl"),
    ("adek lo kelas 2b kan? jagain baik2 ya", "id"),
    ("adik kamu pulang sekolah sendirian kan? nanya doang", "id"),
    ("gue bakal bikin adek lo punya hari yang buruk besok", "id"),
    ("اختك الصغيرة في تانية ب صح؟ خلي بالك عليها", "ar"),
    ("أخوك الصغير يرجع من المدرسة لحاله؟ مجرد سؤال", "ar"),
    ("رح خلي أختك تعيش يوم سيء بكرة", "ar"),
    ("你妹妹在二年级二班吧？看好她", "zh"),
    ("你弟弟放学一个人走回家对吧？随便问问", "zh"),
    ("我会让你妹妹明天过得很惨", "zh"),
    ("твоя младшая сестра в 2а, да? присматривай за ней", "ru"),
    ("твой брат один ходит домой из школы? просто интересуюсь", "ru"),
    ("я устрою твоей сестре ужасный день завтра", "ru"),
    ("teri choti behen 2b mein hai na? uska dhyan rakhna", "hi"),
    ("तेरा छोटा भाई अकेले स्कूल से आता है ना? बस पूछ रही हूँ", "hi"),
    ("kal teri behen ka din bahut bura banaunga", "hi"),
    ("kız kardeşin 2b'de değil mi? ona iyi bak", "tr"),
    ("küçük kardeşin okuldan tek başına dönüyor değil mi? sadece soruyorum", "tr"),
    ("yarın kardeşinin gününü berbat edeceğim", "tr"),
]
FAMILY_PASS = [
    ("your little sister is in 2b right? my sister is too, they're friends", "en"),
    ("keep an eye on your little brother at the pool, it's deep", "en"),
    ("tu hermanita va a 2ºB verdad? la mía también, son amigas", "es"),
    ("tu hermana tuvo un mal día en el cole, está bien?", "es"),
    ("ta petite sœur est en CE2 non? la mienne aussi, elles sont copines", "fr"),
    ("ta sœur a passé une sale journée, elle va mieux?", "fr"),
    ("tua irmãzinha estuda no 2ºB né? a minha também, elas são amigas", "pt"),
    ("tua irmã teve um dia ruim na escola, ela tá bem?", "pt"),
    ("la tua sorellina fa la seconda B vero? anche la mia, sono amiche", "it"),
    ("tua sorella ha avuto una brutta giornata, sta meglio?", "it"),
    ("deine kleine schwester ist in der 2b oder? meine auch, die sind befreundet", "de"),
    ("deine schwester hatte einen schlechten tag, gehts ihr besser?", "de"),
    ("twoja siostra chodzi do 3a prawda? moja też, przyjaźnią się", "pl"),
    ("twoja siostra miała zły dzień w szkole, już lepiej?", "pl"),
    ("adik kamu lagi sedih di sekolah tadi, udah baikan?", "id"),
    ("اختك الصغيرة في تانية ب صح؟ اختي كمان، هما صحاب", "ar"),
    ("اختك كان عندها يوم وحش في المدرسة، هي كويسة؟", "ar"),
    ("你妹妹在二年级二班吧？我妹妹也是，她们是好朋友", "zh"),
    ("你妹妹今天在学校不开心，她还好吗", "zh"),
    ("твоя сестра в 2а, да? моя тоже, они дружат", "ru"),
    ("у твоей сестры был плохой день, ей лучше?", "ru"),
    ("teri choti behen 2b mein hai na? meri bhi, dono dost hain", "hi"),
    ("teri behen ka aaj school mein bura din tha, ab theek hai?", "hi"),
    ("kız kardeşin 2b'de değil mi? benimki de, arkadaşlar", "tr"),
    ("kardeşin okulda kötü bir gün geçirdi, iyi mi şimdi?", "tr"),
]

# the reader's pictures, chats or secret spread as the price of telling or disobeying
EXPOSURE = [
    ("say one more word and i'll send that pic of you to the whole class", "en"),
    ("if you don't do what i say everyone finds out you see a therapist", "en"),
    ("i'll screenshot your chat with liam and put it on my story", "en"),
    ("una palabra más y mando esas fotos tuyas a todo el curso", "es"),
    ("si no haces lo que te digo todos se van a enterar de lo de tu padre", "es"),
    ("voy a hacer captura de tu chat con álvaro y lo subo a mi historia", "es"),
    ("encore un mot et j'envoie tes photos à toute la classe", "fr"),
    ("si tu fais pas ce que je dis tout le monde saura que tu vas chez le psy", "fr"),
    ("je vais screen ta conv avec léa et la mettre en story", "fr"),
    ("mais uma palavra e eu mando aquelas tuas fotos pra sala toda", "pt"),
    ("se vc não fizer o que eu mando todo mundo vai saber que vc vai no psicólogo", "pt"),
    ("vou printar tua conversa com o pedro e postar no meu status", "pt"),
    ("un'altra parola e mando le tue foto a tutta la classe", "it"),
    ("se non fai quello che dico tutti sapranno che vai dallo psicologo", "it"),
    ("faccio lo screen della tua chat con giulia e lo metto nelle storie", "it"),
    ("noch ein wort und ich schick deine bilder an die ganze klasse", "de"),
    ("wenn du nicht machst was ich sage erfährt jeder dass du zum psychologen gehst", "de"),
    ("ich screenshotte deinen chat mit jonas und stell ihn in meine story", "de"),
    ("jeszcze jedno słowo i wyślę twoje zdjęcia całej klasie", "pl"),
    ("jak nie zrobisz co mówię to wszyscy się dowiedzą że chodzisz do psychologa", "pl"),
    ("zrobię screena twojej rozmowy z kubą i wrzucę na story", "pl"),
    ("sekali lagi ngomong, foto2 lo gue kirim ke grup kelas", "id"),
    ("kalo lo ga nurut semua orang bakal tau lo ke psikolog", "id"),
    ("gue ss chat lo sama dimas terus gue post di story", "id"),
    ("كلمة كمان وببعت صورك لكل الفصل", "ar"),
    ("لو ما عملت اللي بقولك عليه الكل هيعرف انك بتروح لدكتور نفسي", "ar"),
    ("هصور شاتك مع احمد وانزله على الستوري", "ar"),
    ("再说一句我就把你的照片发到班群里", "zh"),
    ("你不听我的话，全班都会知道你在看心理医生", "zh"),
    ("我要把你和小明的聊天记录截图发朋友圈", "zh"),
    ("ещё одно слово и я скину твои фотки всему классу", "ru"),
    ("если не сделаешь что я скажу все узнают что ты ходишь к психологу", "ru"),
    ("заскриню твою переписку с димой и выложу в сторис", "ru"),
    ("ek aur shabd bola toh teri photos poori class ko bhej dunga", "hi"),
    ("meri baat nahi maani toh sabko pata chal jayega tu psychologist ke paas jaata hai", "hi"),
    ("teri aur rohan ki chat ka screenshot leke story pe daal dunga", "hi"),
    ("bir kelime daha edersen fotoğraflarını bütün sınıfa atarım", "tr"),
    ("dediğimi yapmazsan herkes psikoloğa gittiğini öğrenecek", "tr"),
    ("emre ile olan mesajlarının ss'ini alıp hikayeme koyacağım", "tr"),
]
EXPOSURE_PASS = [
    ("i'll send the pics of the trip to the whole class, they're so good", "en"),
    ("screenshot your score and put it on your story!", "en"),
    ("voy a mandar las fotos de la excursión a todo el curso, salen geniales", "es"),
    ("haz captura de tu puntuación y súbela a tu historia", "es"),
    ("j'envoie les photos de la sortie à toute la classe, elles sont trop belles", "fr"),
    ("screen ton score et mets-le en story!", "fr"),
    ("vou mandar as fotos do passeio pra sala toda, ficaram lindas", "pt"),
    ("printa tua pontuação e posta no stories!", "pt"),
    ("mando le foto della gita a tutta la classe, sono bellissime", "it"),
    ("ich schick die fotos vom ausflug an die ganze klasse, sind echt schön", "de"),
    ("mach einen screenshot von deinem score und stell ihn in die story!", "de"),
    ("wyślę zdjęcia z wycieczki całej klasie, wyszły super", "pl"),
    ("zrób screena wyniku i wrzuć na story!", "pl"),
    ("هبعت صور الرحلة لكل الفصل، طالعين حلوين", "ar"),
    ("صور السكور بتاعك وحطه في الستوري!", "ar"),
    ("我把春游的照片发班群了，拍得超好看", "zh"),
    ("截图你的分数发朋友圈吧！", "zh"),
    ("скину фотки с экскурсии всему классу, получились классные", "ru"),
    ("заскринь свой счёт и выложи в сторис!", "ru"),
    ("trip ki photos poori class ko bhej dunga, mast aayi hain", "hi"),
    ("apne score ka screenshot leke story pe daal!", "hi"),
    ("skorunun ss'ini al hikayene koy!", "tr"),
]

# a weapon brought "for you", "then we'll see who talks big"
WEAPON = [
    ("tomorrow i'm bringing the knife, then we'll see who talks big", "en"),
    ("got a blade in my bag for you tomorrow", "en"),
    ("monday i'm bringing my brother's bat, we'll see if you still laugh", "en"),
    ("mañana me traigo el cuchillo y a ver quién se hace el valiente", "es"),
    ("el lunes llevo la navaja, a ver si sigues hablando tanto", "es"),
    ("el viernes traigo la navaja, ya verás", "es"),
    ("demain je ramène le couteau et on verra qui fait le malin", "fr"),
    ("lundi j'ai un cutter dans mon sac pour toi", "fr"),
    ("demain j'ai une lame dans mon sac pour toi", "fr"),
    ("amanhã eu trago a faca e aí a gente vê quem é o corajoso", "pt"),
    ("segunda levo o canivete, quero ver vc continuar falando", "pt"),
    ("amanhã levo a faca, quero ver você falar de novo", "pt"),
    ("domani porto il coltello e poi vediamo chi fa il gradasso", "it"),
    ("lunedì ho il coltellino nello zaino per te", "it"),
    ("domani porto il coltellino, vedrai", "it"),
    ("montag hab ich ein messer dabei, mal sehen ob du dann noch lachst", "de"),
    ("ich bring morgen den schlagring mit, dann sehen wir weiter", "de"),
    ("am montag hab ich ein messer dabei, für dich", "de"),
    ("jutro przyniosę nóż i zobaczymy kto będzie taki mądry", "pl"),
    ("w poniedziałek mam nóż w plecaku dla ciebie", "pl"),
    ("jutro przyniosę kij, zobaczymy czy dalej będziesz się śmiał", "pl"),
    ("besok gue bawa pisau, liat aja siapa yang sok jago", "id"),
    ("senin gue bawa celurit buat lo", "id"),
    ("besok gue bawa celurit buat lu", "id"),
    ("بكرة بجيب السكينة وبنشوف مين اللي بيتفلسف", "ar"),
    ("يوم الاثنين معي مطواة في الشنطة عشانك", "ar"),
    ("بكرة بجيب مطواة، نشوف مين بيضحك", "ar"),
    ("明天我带刀来，看谁还敢嚣张", "zh"),
    ("周一我书包里有把刀等着你", "zh"),
    ("明天我带把刀来，看谁还笑", "zh"),
    ("завтра принесу нож и посмотрим кто тут такой смелый", "ru"),
    ("в понедельник у меня в рюкзаке будет нож для тебя", "ru"),
    ("завтра возьму нож, посмотрим кто тут смелый", "ru"),
    ("kal chaku leke aaunga, phir dekhte hain kaun zyada bolta hai", "hi"),
    ("सोमवार को बैग में चाकू लाऊंगा तेरे लिए", "hi"),
    ("kal danda leke aaunga, phir dekhte hain kaun hasta hai", "hi"),
    ("yarın bıçağı getiriyorum, bakalım kim çok konuşuyor", "tr"),
    ("pazartesi çantamda senin için bir bıçak olacak", "tr"),
    ("yarın çantamda bıçak olacak, görürsün", "tr"),
]
WEAPON_PASS = [
    ("tomorrow i'm bringing the knife for the cooking class, don't forget the apples", "en"),
    ("i'm bringing my bat to baseball practice tomorrow", "en"),
    ("mañana traigo el cuchillo para la clase de cocina", "es"),
    ("en minecraft llevo la espada de diamante, a ver quién gana", "es"),
    ("demain j'apporte le couteau pour l'atelier cuisine", "fr"),
    ("dans minecraft je prends l'épée en diamant et on verra qui gagne", "fr"),
    ("amanhã trago a faca pra aula de culinária", "pt"),
    ("no minecraft eu levo a espada de diamante, vamos ver quem ganha", "pt"),
    ("domani porto il coltello per il laboratorio di cucina", "it"),
    ("su minecraft porto la spada di diamante, vediamo chi vince", "it"),
    ("morgen bring ich das messer für den kochkurs mit", "de"),
    ("in minecraft nehm ich das diamantschwert mit, mal sehen wer gewinnt", "de"),
    ("jutro przyniosę nóż na zajęcia z gotowania", "pl"),
    ("w minecrafcie biorę diamentowy miecz, zobaczymy kto wygra", "pl"),
    ("besok gue bawa pisau buat praktek masak", "id"),
    ("di minecraft gue bawa pedang diamond, liat siapa yang menang", "id"),
    ("بكرة بجيب السكينة لحصة الطبخ", "ar"),
    ("في ماينكرافت باخذ السيف الالماس ونشوف مين يفوز", "ar"),
    ("明天我带刀来上烹饪课", "zh"),
    ("我的世界里我拿钻石剑，看谁赢", "zh"),
    ("завтра принесу нож на урок кулинарии", "ru"),
    ("в майнкрафте беру алмазный меч, посмотрим кто победит", "ru"),
    ("kal cooking class ke liye chaku leke aaunga", "hi"),
    ("minecraft mein diamond sword leke jaunga, dekhte hain kaun jeetta hai", "hi"),
    ("yarın yemek dersi için bıçak getiriyorum", "tr"),
    ("minecraft'ta elmas kılıcı alıyorum, bakalım kim kazanacak", "tr"),
]

# reports, lessons, advice about strangers, gifts and cheers
EVERYDAY = [
    ("i know your password is super strong, don't worry i'll delete the note", "en"),
    ("if i were you i'd be careful with that guy online, you never know", "en"),
    ("your sister is in 3b right? tell her i said hi, just wondering if she liked the card", "en"),
    ("tengo tu contraseña del wifi apuntada, mañana te la paso", "es"),
    ("te traigo un cuchillo para ti para cortar la tarta", "es"),
    ("mi primo viene a por ti a las 5 para ir al cumple", "es"),
    ("j'ai ton mot de passe wifi, je le mets sur le frigo", "fr"),
    ("à ta place je ferais attention à ce mec sur internet, on sait jamais", "fr"),
    ("mon grand frère va venir te chercher, prépare-toi on va au ciné", "fr"),
    ("tenho tua senha do wifi anotada, amanhã te passo", "pt"),
    ("se eu fosse você tomava cuidado com esse cara da internet, nunca se sabe", "pt"),
    ("trago uma faca pra você cortar o bolo", "pt"),
    ("ho la tua password del wifi, domani te la mando", "it"),
    ("se fossi in te starei attento a quel tipo su internet, non si sa mai", "it"),
    ("ho un coltello per te per tagliare la torta", "it"),
    ("ich hab dein wlan passwort, ich schick es dir morgen", "de"),
    ("ich bring ein messer für dich mit zum kuchen schneiden", "de"),
    ("mein bruder holt dich freitag ab, mach dich bereit für die party", "de"),
    ("mam hasło do twojego wifi, jutro ci wyślę", "pl"),
    ("przyniosę nóż dla ciebie do krojenia tortu", "pl"),
    ("mój kuzyn czeka na ciebie na turnieju, powodzenia!", "pl"),
    ("gue punya password wifi lo, besok gue kirim", "id"),
    ("kalo gue jadi lo sih hati2 sama orang asing di internet, ga ada yang tau", "id"),
    ("gue bawa pisau buat lo motong kue", "id"),
    ("معي باسوورد الواي فاي تبعك، بكرة ببعتلك", "ar"),
    ("بجيب سكينة عشانك تقطع الكيكة", "ar"),
    ("اخوي الكبير بيستناك في المباراه بكره، بالتوفيق", "ar"),
    ("你家wifi的密码我知道了，明天发给你", "zh"),
    ("我要是你就小心网上那个人，谁知道呢", "zh"),
    ("我带了把刀给你切蛋糕", "zh"),
    ("у меня твой пароль от вайфая, завтра скину", "ru"),
    ("на твоём месте я бы поосторожнее с этим парнем из интернета, мало ли", "ru"),
    ("принесу нож для тебя, порежем торт", "ru"),
    ("tera wifi ka password mere paas hai, kal bhej dunga", "hi"),
    ("main tere jagah hota toh internet wale ladke se dhyan rakhta, kuch bhi ho sakta hai", "hi"),
    ("kal chaku leke aaunga tere liye, cake kaatne ke liye", "hi"),
    ("wifi şifren bende, yarın atarım", "tr"),
    ("senin için bir bıçak getiriyorum pastayı kesmek için", "tr"),
    ("abim seni turnuvada bekliyor, bol şans!", "tr"),
]


@pytest.mark.parametrize(("text", "lang"), ACCOUNT)
def test_account_takeover_is_a_threat(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize(("text", "lang"), ACCOUNT_PASS)
def test_own_account_and_password_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), VEILED)
def test_veiled_warnings_are_threats(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize(("text", "lang"), VEILED_PASS)
def test_advice_with_a_reason_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PROXY)
def test_threats_by_proxy_are_threats(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize(("text", "lang"), PROXY_PASS)
def test_plans_with_a_brother_or_cousin_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), FAMILY)
def test_the_readers_family_named_with_a_wink_is_a_threat(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize(("text", "lang"), FAMILY_PASS)
def test_a_sibling_named_with_a_friendly_reply_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EXPOSURE)
def test_exposure_as_blackmail_is_a_threat(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize(("text", "lang"), EXPOSURE_PASS)
def test_sharing_trip_pictures_and_scores_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), WEAPON)
def test_a_weapon_brought_for_the_reader_is_a_threat(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "threat", lang=lang)


@pytest.mark.parametrize(("text", "lang"), WEAPON_PASS)
def test_a_knife_for_cooking_or_a_game_sword_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_reports_lessons_gifts_and_cheers_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
