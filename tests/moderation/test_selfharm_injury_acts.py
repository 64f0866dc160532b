"""Self-injury told plainly, in slang or in passing; self-punishment; suicidal
thoughts named (selfharm_injury_acts.py and selfharm_injury_acts_langs.py).

HateCheck style: each class of disclosure is held in every language it is
written for, and its everyday minimal pairs (accidents, sport, a bath, the
topic, a past that is over, a game, laughter) pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

# -- "sh" as self-harm slang ---------------------------------------------------------
SH_HELD = [
    ("sh again tonight, sorry", "en"),
    ("i sh'd again after dinner", "en"),
    ("quick q about the survey. also i sh'ed yesterday and it wont stop bleeding", "en"),
    ("relapsed on sh last night", "en"),
    ("the sh urges are so loud rn", "en"),
    ("i really want to sh rn", "en"),
    ("been sh'ing every night this week", "en"),
    ("broke my sh free streak today", "en"),
    ("i did sh again after the call with my dad", "en"),
    ("my new sh cuts sting in the shower", "en"),
    ("my sh scars are showing through my sleeves", "en"),
    ("trying so hard not to sh tonight", "en"),
    ("i self harmed last night. what's next on the survey", "en"),
]

SH_PASS = [
    ("sh! my mom is sleeping", "en"),
    ("sh sh sh its fine, calm down", "en"),
    ("we talked about sh in class today", "en"),
    ("sh awareness week starts monday", "en"),
    ("i used to sh but i'm 2 years clean now", "en"),
    ("sh again? you never stop talking lol", "en"),
    ("sh is a serious topic and schools should talk about it more", "en"),
    ("what does sh mean in this chat", "en"),
    ("you sh'd ask the teacher tomorrow", "en"),
    ("i shed so many tears at the end of that movie", "en"),
    ("my old sh scars are faded, i'm proud of how far i've come", "en"),
    ("sh is my best friend's nickname, she's so funny", "en"),
]

# -- suicidal thoughts named ----------------------------------------------------------
THOUGHTS_HELD = [
    ("unalive thoughts are really loud today", "en"),
    ("the unalive thoughts wont stop tonight", "en"),
    ("haha i'm fine, just planning my death lol", "en"),
    ("lowkey planning my suicide ngl", "en"),
    ("صار لي أسابيع أفكر أنتحر وما قلت لأحد", "ar"),
    ("بفكر انتحر كل يوم من أول السنة", "ar"),
    ("كل ليلة أفكر إني أنتحر", "ar"),
    ("من يوم النتيجة وأنا أفكر أموت نفسي", "ar"),
    ("dari pengumuman kemarin aku kepikiran terus buat ngakhirin hidup", "id"),
    ("aku udah ga kuat, mau udahan aja hidupnya", "id"),
    ("pengen ngakhirin hidup aja rasanya", "id"),
    ("gw pengen nyudahin hidup gw, capek", "id"),
    ("estoy planeando mi muerte jaja, tranqui", "es"),
    ("je planifie ma mort depuis des semaines", "fr"),
    ("tô planejando minha morte kkk", "pt"),
    ("ich plane meinen tod schon seit wochen", "de"),
]

THOUGHTS_PASS = [
    ("planning my death run in the game tonight", "en"),
    ("i'm dying of laughter at this video", "en"),
    ("planning my death scene for drama class", "en"),
    ("we talked about unalive thoughts and how to get help", "en"),
    ("أفكر أنتحر من الضحك على هالمقطع", "ar"),
    ("فكرت إني أنام بدري اليوم", "ar"),
    ("kita bahas di kelas kenapa orang bisa kepikiran bunuh diri", "id"),
    ("kita belajar kenapa orang mau mengakhiri hidup, biar bisa bantu", "id"),
    ("estoy planeando mi fiesta de cumpleaños", "es"),
    ("ich plane meinen tod im spiel, hardcore modus", "de"),
]

# -- self-injury told plainly or dropped between other topics ----------------------------
PLAIN_HELD = [
    ("vabbè comunque mi sono fatta male di nuovo oggi. qual è la prossima domanda?", "it"),
    ("comunque mi sono fatto del male anche ieri sera", "it"),
    ("mi faccio male da sola quando sto male", "it"),
    ("dobra, znowu się dzisiaj okaleczyłem. jakie jest następne pytanie?", "pl"),
    ("okaleczyłam się wczoraj i nikt nie wie", "pl"),
    ("chyba znowu się okaleczę dzisiaj", "pl"),
    ("ладно, снова сделала себе больно. какой следующий вопрос?", "ru"),
    ("вчера опять причинила себе боль", "ru"),
    ("neyse, bugün yine jilet attım. sıradaki soru?", "tr"),
    ("kanka dün gece koluma jilet attım", "tr"),
    ("eu também, também me machuco", "pt"),
    ("eu me machuco às vezes quando fico sozinha", "pt"),
    ("bref, je me suis refait du mal hier. c'est quoi la question suivante", "fr"),
    ("算了，今天又自残了。下一个问题是什么？", "zh"),
    ("我昨晚又割腕了", "zh"),
    ("okay anyway i self harmed again. next question?", "en"),
]

PLAIN_PASS = [
    ("mi sono fatta male di nuovo al ginocchio a pallavolo", "it"),
    ("mi sono fatto male di nuovo giocando a calcio, che sfiga", "it"),
    ("znowu się skaleczyłam nożem przy krojeniu chleba", "pl"),
    ("przestałam się okaleczać dwa lata temu i jestem z siebie dumna", "pl"),
    ("вчера сделал себе больно на тренировке, упал с турника", "ru"),
    ("maçta yine sakatlandım, dizim şişti", "tr"),
    ("jilet gibi keskin bir zeka, bayıldım", "tr"),
    ("eu me machuco fácil jogando bola", "pt"),
    ("je me suis fait mal au genou en tombant du vélo", "fr"),
    ("我们今天在课上学了自残的危害", "zh"),
    ("我又割到手了，切菜的时候不小心", "zh"),
    ("ok anyway i hurt my ankle again at football. next question?", "en"),
]

# -- a method with a feeling, a trigger, "until" or a hiding place ---------------------
METHOD_HELD = [
    ("je me griffe le ventre avec les ongles, là personne peut voir", "fr"),
    ("je verse de l'eau bouillante sur mon bras quand ça va pas", "fr"),
    ("jogo água quente no braço quando a angústia aperta", "pt"),
    ("jogo água fervendo na mão quando fico ansiosa", "pt"),
    ("hab mit dem lineal so lange auf meinen arm geschlagen bis er blau war", "de"),
    ("ich hau mir mit der bürste auf die beine bis sie rot sind", "de"),
    ("sınıftakiler benimle dalga geçtikçe kafamı duvara vuruyorum", "tr"),
    ("annem bağırınca kafamı duvara vuruyorum", "tr"),
    ("i put ice on the burns so they don't blister and nobody asks questions", "en"),
    ("echo agua hirviendo en mis piernas cuando me siento vacía", "es"),
    ("mi verso acqua bollente sul braccio quando sto in ansia", "it"),
    ("leję sobie wrzątek na rękę jak jest źle", "pl"),
]

METHOD_PASS = [
    ("jogo água quente no braço pra aliviar a dor do músculo", "pt"),
    ("hot water for a bath when i'm stressed is the best", "en"),
    ("je me gratte la piqûre de moustique jusqu'au sang", "fr"),
    ("i put ice on the burn from the oven so it doesn't blister", "en"),
    ("i hit my head on the cupboard by accident lol", "en"),
    ("kafamı dolaba çarptım, acıyor", "tr"),
    ("hab mit dem lineal die linie auf meinem blatt gezogen bis sie gerade war", "de"),
    ("echo agua caliente en la bañera cuando estoy estresada", "es"),
    ("mi verso acqua calda sulle mani quando fa freddo", "it"),
    ("leję wrzątek na herbatę jak mi smutno", "pl"),
]

# -- self-punishment ----------------------------------------------------------------
PUNISH_HELD = [
    ("skipped meals all week as punishment for failing my exams", "en"),
    ("no food today as punishment for the bad grade", "en"),
    ("kendime ceza olarak iki gündür sudan başka bir şey koymadım ağzıma", "tr"),
    ("kendime ceza olarak bugün hiç yemek yemedim", "tr"),
    ("ich esse heute nichts, zur strafe für die schlechte note", "de"),
    ("als strafe hab ich mir das abendessen verboten", "de"),
    ("в наказание себе не ем второй день", "ru"),
    ("не ела весь день, это моё наказание за тройку", "ru"),
    ("como castigo no comí nada en dos días", "es"),
    ("per punizione non mangio da ieri", "it"),
    ("za karę nie jadłam nic od wczoraj", "pl"),
    ("sebagai hukuman aku ga makan seharian", "id"),
    ("عاقبت نفسي وما أكلت شي من أمس", "ar"),
    ("saza ke taur pe maine do din se khana nahi khaya", "hi"),
    ("为了惩罚自己，我两天没吃饭", "zh"),
    ("pour me punir je mange plus rien depuis lundi", "fr"),
]

PUNISH_PASS = [
    ("skipped breakfast because i was late for the bus", "en"),
    ("my mom took my phone as punishment for the bad grade lol", "en"),
    ("fasting for ramadan, no food till sunset", "en"),
    ("we talked about diets in biology class", "en"),
    ("ceza olarak hoca bize ödev verdi", "tr"),
    ("oruç tutuyorum, akşama kadar bir şey yemiyorum", "tr"),
    ("zur strafe darf ich heute nicht zocken", "de"),
    ("в наказание мама забрала телефон", "ru"),
    ("como castigo no puedo salir el finde", "es"),
    ("za karę nie mogę grać na konsoli", "pl"),
    ("sebagai hukuman kami disuruh lari keliling lapangan", "id"),
    ("作为惩罚，老师让我们多写一篇作文", "zh"),
]

# -- wounds added, hidden, or the skin as the place for the pain --------------------------
WOUNDS_HELD = [
    ("my skin is the only place i can put the pain", "en"),
    ("i still have the old scars and now i've added new ones", "en"),
    ("wore long sleeves at the sleepover so nobody saw the cuts", "en"),
    ("chodzę w bluzie nawet na w-f, bo ręce mam całe w bliznach i nowych ranach", "pl"),
    ("tengo las cicatrices viejas y ahora unas nuevas encima", "es"),
    ("j'ai mes vieilles cicatrices et maintenant des nouvelles coupures", "fr"),
    ("la mia pelle è l'unico posto dove posso mettere il dolore", "it"),
    ("моя кожа единственное место, куда я могу деть эту боль", "ru"),
    ("heul nicht rum, sagt meine mutter. dann mach ichs halt leise, mit der klinge", "de"),
    ("then i just do it quietly with the blade", "en"),
]

WOUNDS_PASS = [
    ("long sleeves today because it is freezing", "en"),
    ("i have scars from my knee operation and a new one from falling off my bike", "en"),
    ("my skin is the only place the sunburn hurts", "en"),
    ("hid the scratches on the car so dad doesn't notice", "en"),
    ("tengo cicatrices de la operación y ahora una nueva de la caída", "es"),
    ("ich schneide das papier mit der klinge vom cutter", "de"),
    ("chodzę w bluzie bo jest zimno", "pl"),
    ("the cuts in the video were so smooth nobody noticed", "en"),
]


# -- every language: each class above in its own wording -----------------------------
LANGS_HELD = [
    ("ugh sh again and i promised myself i wouldn't", 'en'),
    ('i sh-ed in the school toilets today', 'en'),
    ('lol anyway im gonna sh tonight probably', 'en'),
    ("sh'ing is the only thing that helps rn", 'en'),
    ('my sh urges are back after the fight with mum', 'en'),
    ('i hide my new sh cuts with plasters', 'en'),
    ('i cover the burns with my hoodie so nobody notices', 'en'),
    ('the old scars are fading but i made new ones yesterday', 'en'),
    ('i take all the anger out on my arms', 'en'),
    ('no water all day to punish myself for eating', 'en'),
    ('skipping dinner tonight as punishment for being so stupid', 'en'),
    ('anoche me rasguñé los brazos hasta sangrar cuando mis papás gritaban', 'es'),
    ('me pellizco las piernas hasta que quedan moradas', 'es'),
    ('como castigo por la nota no he comido nada hoy', 'es'),
    ('tengo cicatrices viejas y anoche me hice cortes nuevos', 'es'),
    ('mi piel es el único lugar donde puedo sacar el dolor', 'es'),
    ('lo hago a escondidas con la cuchilla del sacapuntas', 'es'),
    ('sigo planeando mi muerte y nadie se da cuenta', 'es'),
    ('me golpeo la cabeza contra la pared cuando se burlan de mí', 'es'),
    ("je me pince les bras jusqu'à avoir des bleus", 'fr'),
    ("pour me punir j'ai rien mangé depuis hier", 'fr'),
    ('ma peau est le seul endroit où je peux mettre la douleur', 'fr'),
    ('je le fais en cachette avec la lame du taille-crayon', 'fr'),
    ('je me tape la tête contre le mur quand mes parents se disputent', 'fr'),
    ("j'ai de vieilles cicatrices et maintenant de nouvelles coupures", 'fr'),
    ('je me suis refait du mal ce matin', 'fr'),
    ('je planifie ma mort et personne le sait', 'fr'),
    ('me belisco até ficar roxo quando tô ansiosa', 'pt'),
    ('como castigo não comi nada o dia inteiro', 'pt'),
    ('minha pele é o único lugar onde consigo colocar a dor', 'pt'),
    ('faço isso escondido com a lâmina do apontador', 'pt'),
    ('tenho cicatrizes antigas e agora uns cortes novos', 'pt'),
    ('bato a cabeça na parede quando eles brigam', 'pt'),
    ('tô planejando minha morte faz tempo', 'pt'),
    ('eu me machuco quando ninguém tá vendo', 'pt'),
    ('ich kratz mir die arme auf bis es blutet, wenn ich allein bin', 'de'),
    ('hab mir gestern so lange gegen die beine gehauen bis sie blau waren', 'de'),
    ('als strafe esse ich heute nichts', 'de'),
    ('ich hab alte narben und jetzt neue schnitte dazu', 'de'),
    ('meine haut ist der einzige ort wo ich den schmerz hinlassen kann', 'de'),
    ('ich mach es heimlich mit der rasierklinge', 'de'),
    ('ich plane meinen tod und keiner merkt was', 'de'),
    ('dann mach ichs eben wieder mit der klinge, egal', 'de'),
    ('mi graffio le braccia quando sono in ansia', 'it'),
    ('per punizione non ho mangiato niente oggi', 'it'),
    ('ho vecchie cicatrici e adesso tagli nuovi', 'it'),
    ('lo faccio di nascosto con la lametta', 'it'),
    ('sto pianificando la mia morte e nessuno lo sa', 'it'),
    ('mi sono fatta male di nuovo, ma va beh', 'it'),
    ('sbatto la testa contro il muro quando litigano', 'it'),
    ('mi faccio male da sola quando nessuno mi vede', 'it'),
    ('царапаю себе руки когда тревожно', 'ru'),
    ('бьюсь головой об стену когда они орут', 'ru'),
    ('в наказание себе ничего не ела вчера', 'ru'),
    ('у меня старые шрамы и теперь новые порезы', 'ru'),
    ('моя кожа единственное место куда уходит боль', 'ru'),
    ('делаю это тихо лезвием', 'ru'),
    ('я опять сделала себе больно', 'ru'),
    ('планирую свою смерть уже месяц', 'ru'),
    ('kendimi kanayana kadar tırmalıyorum', 'tr'),
    ('babam bağırınca kafamı duvara vuruyorum', 'tr'),
    ('ceza olarak dünden beri bir şey yemedim', 'tr'),
    ('eski izlerin üstüne yeni kesikler ekledim', 'tr'),
    ('yine jilet attım, neyse sıradaki soru', 'tr'),
    ('kolumu yine jiletledim', 'tr'),
    ('ölümümü planlıyorum kimse bilmiyor', 'tr'),
    ('kendime jilet atasım geliyor', 'tr'),
    ('drapię się do krwi jak się kłócą', 'pl'),
    ('za karę nic nie jadłam dzisiaj', 'pl'),
    ('mam stare blizny i teraz nowe rany', 'pl'),
    ('robię to po cichu żyletką', 'pl'),
    ('okaleczam się od roku', 'pl'),
    ('walę głową w ścianę gdy się ze mnie śmieją', 'pl'),
    ('planuję swoją śmierć od tygodnia', 'pl'),
    ('leję sobie wrzątek na nogę jak mi źle', 'pl'),
    ('aku nyakar tangan sampe berdarah kalo lagi stres', 'id'),
    ('sebagai hukuman aku ga makan dari kemarin', 'id'),
    ('bekas luka lama belum ilang, sekarang ada luka baru', 'id'),
    ('aku lakuin pake silet diem diem', 'id'),
    ('aku jedotin kepala ke tembok tiap diejek', 'id'),
    ('aku kepikiran mau mengakhiri hidup', 'id'),
    ('lagi ngerencanain kematianku sendiri', 'id'),
    ('pengen udahan aja hidupku', 'id'),
    ('أفكر إني أنتحر كل يوم', 'ar'),
    ('قاعدة أفكر أنتحر من بداية السنة', 'ar'),
    ('أضرب راسي بالجدار لما يتريقون علي', 'ar'),
    ('أصب موية حارة على يدي لما أتضايق', 'ar'),
    ('عاقبت نفسي وما أكلت شي من يومين', 'ar'),
    ('عندي ندبات قديمة وصار عندي جروح جديدة', 'ar'),
    ('رجعت أجرح نفسي', 'ar'),
    ('من زمان أفكر بالانتحار', 'ar'),
    ('saza ke taur pe aaj maine khana nahi khaya', 'hi'),
    ('main apna sir deewar pe maarti hoon jab sab chillate hain', 'hi'),
    ('garam paani apne haath pe daalti hoon jab ghabrahat hoti hai', 'hi'),
    ('purane nishaan the aur ab naye cut bhi hai', 'hi'),
    ('apni maut ki planning kar rahi hoon', 'hi'),
    ('मैं अपना सिर दीवार पर मारती हूँ जब सब चिल्लाते हैं', 'hi'),
    ('सज़ा के तौर पर मैंने कुछ नहीं खाया', 'hi'),
    ('maine fir se khud ko hurt kiya', 'hi'),
    ('我又自残了', 'zh'),
    ('为了惩罚自己，今天没吃饭', 'zh'),
    ('一难过就撞墙', 'zh'),
    ('被骂的时候就掐自己', 'zh'),
    ('我一直在计划自杀', 'zh'),
    ('昨晚又割腕了', 'zh'),
    ('考砸了，当作惩罚两天不吃饭', 'zh'),
    ('我今天又划手了', 'zh'),
]

LANGS_PASS = [
    ('my old scars from the bike crash look cool', 'en'),
    ('i skipped lunch because the queue was too long', 'en'),
    ('coach made us skip dinner as punishment lol jk', 'en'),
    ('the sh in "shhh" is silent haha', 'en'),
    ('she said sh and everyone laughed', 'en'),
    ('did you watch the sh episode of that podcast', 'en'),
    ("my sister covers her tattoo so mum doesn't see", 'en'),
    ('i did it with a razor blade in art class, cutting the cardboard', 'en'),
    ('hey sh, are you coming to practice?', 'en'),
    ('the teacher said sh about 20 times today', 'en'),
    ('planning my death scene in minecraft hardcore', 'en'),
    ('me rasguñé jugando con el gato', 'es'),
    ('como castigo no me dejan usar el celular', 'es'),
    ('no comí porque estaba en el dentista', 'es'),
    ('tengo cicatrices viejas de la varicela y una nueva de la operación', 'es'),
    ('lo hago con la cuchilla para cortar el papel de la maqueta', 'es'),
    ('estoy planeando mi muerte en el juego, modo hardcore', 'es'),
    ('echo agua caliente en la bañera cuando estoy cansada', 'es'),
    ('je me suis fait mal au genou au foot', 'fr'),
    ('comme punition je peux pas sortir ce week-end', 'fr'),
    ('je le fais avec la lame du cutter pour découper le carton', 'fr'),
    ('je me pince pour vérifier que je rêve pas, trop beau', 'fr'),
    ("j'ai une vieille cicatrice d'opération et une nouvelle de ma chute", 'fr'),
    ("je planifie ma mort dans le jeu, c'est une stratégie", 'fr'),
    ("je verse de l'eau chaude sur mes mains quand il fait froid", 'fr'),
    ('estou de castigo, não posso sair', 'pt'),
    ('não comi porque acordei tarde', 'pt'),
    ('me machuco fácil jogando bola', 'pt'),
    ('faço isso com a lâmina do estilete pra cortar o papel', 'pt'),
    ('tenho cicatrizes antigas da cirurgia e uma nova da queda de bike', 'pt'),
    ('bati a cabeça na parede sem querer kkk', 'pt'),
    ('planejando minha morte no jogo, modo hardcore', 'pt'),
    ('zur strafe krieg ich kein handy', 'de'),
    ('ich esse heute nichts, hab magen darm', 'de'),
    ('hab mir beim fußball gegen das bein gehauen', 'de'),
    ('ich hab alte narben von der op und eine neue vom sturz', 'de'),
    ('ich mach das mit der klinge vom cutter, für das modell', 'de'),
    ('ich plane meinen tod im spiel, hardcore welt', 'de'),
    ('hab mit dem hammer auf den nagel geschlagen bis er drin war', 'de'),
    ('ich schlag mir mit der hand auf die stirn, so dumm von mir', 'de'),
    ('per punizione non posso uscire sabato', 'it'),
    ('non ho mangiato perché avevo la verifica', 'it'),
    ('mi sono fatto male di nuovo alla caviglia correndo', 'it'),
    ('lo faccio con la lametta per tagliare il cartone', 'it'),
    ("ho vecchie cicatrici dell'operazione e una nuova della caduta", 'it'),
    ('sto pianificando la mia morte nel gioco, modalità hardcore', 'it'),
    ('mi graffio la puntura di zanzara tutto il giorno', 'it'),
    ('в наказание нас заставили бегать', 'ru'),
    ('не ела весь день, просто забыла', 'ru'),
    ('у меня старые шрамы после операции и новый после падения', 'ru'),
    ('делаю это лезвием от канцелярского ножа для модели', 'ru'),
    ('вчера сделал себе больно на тренировке', 'ru'),
    ('планирую свою смерть в игре, хардкор', 'ru'),
    ('царапаю себе укус комара', 'ru'),
    ('ceza olarak telefonumu aldılar', 'tr'),
    ('oruçluyum o yüzden bir şey yemedim', 'tr'),
    ('kafamı dolaba çarptım, çok acıdı', 'tr'),
    ('ölümümü planlıyorum oyunda, hardcore modda', 'tr'),
    ('jilet gibi keskin bir cevap verdi', 'tr'),
    ('eski izler ameliyattan, yenisi düşünce oldu', 'tr'),
    ('sivrisinek ısırınca kendimi tırmalıyorum', 'tr'),
    ('sakatlandım maçta yine', 'tr'),
    ('za karę nie mogę wyjść z domu', 'pl'),
    ('nic nie jadłam bo nie zdążyłam', 'pl'),
    ('mam stare blizny po operacji i nową po upadku', 'pl'),
    ('robię to żyletką do papieru na plastyce', 'pl'),
    ('przestałam się okaleczać rok temu', 'pl'),
    ('drapię się bo mam ospę', 'pl'),
    ('leję wrzątek do wanny jak jest zimno', 'pl'),
    ('planuję swoją śmierć w grze, tryb hardcore', 'pl'),
    ('sebagai hukuman aku ga boleh main hp', 'id'),
    ('aku ga makan soalnya lagi puasa', 'id'),
    ('aku nyakar tangan gara gara gatal digigit nyamuk', 'id'),
    ('bekas luka lama dari operasi, luka baru dari jatuh', 'id'),
    ('kita bahas cara bantu teman yang kepikiran mengakhiri hidup', 'id'),
    ('ngerencanain kematian karakterku di game', 'id'),
    ('kepala aku kejedot tembok tadi pas lari', 'id'),
    ('أفكر أنتحر من الضحك', 'ar'),
    ('ضربت راسي بالباب بالغلط', 'ar'),
    ('ما أكلت لأني صايم', 'ar'),
    ('عاقبوني وأخذوا جوالي', 'ar'),
    ('أصب موية حارة على يدي عشان البرد', 'ar'),
    ('الندبات القديمة من العملية', 'ar'),
    ('نتكلم عن الانتحار في درس التوعية', 'ar'),
    ('أفكر أنام بدري', 'ar'),
    ('saza ke taur pe mujhe phone nahi mila', 'hi'),
    ('aaj khana nahi khaya, vrat hai', 'hi'),
    ('garam paani haath pe daala kyunki thand hai', 'hi'),
    ('purane nishaan operation ke hain', 'hi'),
    ('sir deewar pe lag gaya galti se', 'hi'),
    ('hum class mein suicide prevention pe baat kar rahe the', 'hi'),
    ('apni maut ki planning game mein kar raha hoon', 'hi'),
    ('सज़ा के तौर पर टीचर ने होमवर्क दिया', 'hi'),
    ('作为惩罚，妈妈没收了我的手机', 'zh'),
    ('今天没吃饭，太忙了', 'zh'),
    ('不小心撞墙了，好痛', 'zh'),
    ('我在计划周末的旅行', 'zh'),
    ('我今天切菜割到手了', 'zh'),
    ('他在游戏里计划自杀式攻击', 'zh'),
    ('为了减肥今天不吃晚饭', 'zh'),
]


# -- "I did it again" between two questions, beatings, sleep as punishment; more pairs ---------
MORE_HELD = [
    ("so i sh'd again, is that bad", 'en'),
    ('sh urges r insane today', 'en'),
    ('i relapsed with sh after 3 months', 'en'),
    ("almost sh'd in the bathroom at school", 'en'),
    ('question 5 is confusing. btw i cut again last night', 'en'),
    ('anyway i burned myself again w a lighter. can we skip to the next part', 'en'),
    ('my unalive urges are strong tonight', 'en'),
    ('having unalive thoughts again lol', 'en'),
    ('i punished myself by not eating today', 'en'),
    ("i didn't eat anything today because i deserve it", 'en'),
    ("no food for me until i lose the weight, that's my punishment", 'en'),
    ("i cover up the cuts with bracelets so my mom doesn't see", 'en'),
    ('hid the fresh cuts under my sleeves so nobody asks', 'en'),
    ('the only way to get the pain out is through my skin', 'en'),
    ('ya me corté otra vez, bueno siguiente pregunta', 'es'),
    ('bueno da igual, me volví a hacer daño hoy', 'es'),
    ('llevo semanas pensando en matarme', 'es'),
    ('tengo pensamientos de suicidio todos los días', 'es'),
    ('bon bref je me suis encore coupée hier. question suivante ?', 'fr'),
    ('je pense à me suicider depuis la rentrée', 'fr'),
    ('enfim, me cortei de novo ontem. próxima pergunta', 'pt'),
    ('penso em me matar todo dia', 'pt'),
    ('egal, hab mich wieder geritzt. nächste frage?', 'de'),
    ('ich denk die ganze zeit dran mich umzubringen', 'de'),
    ('comunque ieri mi sono tagliata di nuovo. prossima domanda?', 'it'),
    ('penso sempre di ammazzarmi', 'it'),
    ('короче, вчера опять порезалась. следующий вопрос?', 'ru'),
    ('постоянно думаю о том чтобы покончить с собой', 'ru'),
    ('neyse dün yine kendimi kestim. sonraki soru ne', 'tr'),
    ('sürekli intihar etmeyi düşünüyorum', 'tr'),
    ('no nic, wczoraj znowu się pocięłam. następne pytanie', 'pl'),
    ('ciągle myślę o tym żeby się zabić', 'pl'),
    ('yaudah, semalem aku nyilet lagi. pertanyaan berikutnya apa?', 'id'),
    ('aku sering kepikiran bunuh diri', 'id'),
    ('على العموم جرحت نفسي مرة ثانية امس. السؤال الجاي؟', 'ar'),
    ('صرت افكر اقتل نفسي', 'ar'),
    ('khair, kal phir se haath kaat liya. agla sawal?', 'hi'),
    ('roz suicide karne ka khayal aata hai', 'hi'),
    ('反正昨天又割了，下一个问题？', 'zh'),
    ('最近总是想自杀', 'zh'),
    ('ich schlag mir auf die oberschenkel bis sie blau sind', 'de'),
    ('me pego en las piernas con el cinturón hasta que quedan marcas', 'es'),
    ('me bato com a escova de cabelo até ficar roxo', 'pt'),
    ('mi picchio le gambe con la cintura quando sto male', 'it'),
    ('бью себя ремнем по ногам до синяков', 'ru'),
    ('kendimi kemerle dövüyorum canım sıkılınca', 'tr'),
    ('bije się paskiem po nogach jak jest źle', 'pl'),
    ('aku mukulin kaki pake ikat pinggang sampe biru', 'id'),
    ('como castigo me doy duchas heladas', 'es'),
    ('zur strafe schlaf ich nicht', 'de'),
    ('i want to sh again', 'en'),
    ('i sh when things get bad', 'en'),
    ("i'm gonna sh tonight ngl", 'en'),
    ("i almost sh'd today", 'en'),
    ('aku mau ngakhirin hidup aja', 'id'),
]

MORE_PASS = [
    ('she had sh in her notes, short for "shared homework"', 'en'),
    ('lol i hurt myself laughing', 'en'),
    ('i burned myself on the pan making pancakes', 'en'),
    ('me corté el pelo otra vez, qué horror', 'es'),
    ('je me suis coupé en cuisinant hier', 'fr'),
    ('hab mich am papier geschnitten, aua', 'de'),
    ('mi sono tagliata con la carta, che male', 'it'),
    ('порезалась бумагой, больно', 'ru'),
    ('kağıtla elimi kestim', 'tr'),
    ('skaleczyłam się papierem', 'pl'),
    ('jariku kena pisau pas masak', 'id'),
    ('切水果的时候割到手了', 'zh'),
    ('ich bestrafe mich mit extra lernen lol', 'de'),
    ('the old ones are scratched, i added new ones to my playlist', 'en'),
    ('old scars from the dog bite and new ones from the cat', 'en'),
    ("i put ice on my burns from the iron so they don't blister", 'en'),
    ('i wore long sleeves so nobody saw the mosquito bites', 'en'),
    ('wore long sleeves to the party so no one saw the tan lines lol', 'en'),
    ('me rasguño la picadura del mosquito hasta sangrar jaja', 'es'),
    ('kafamı duvara vuracağım bu ödev yüzünden', 'tr'),
    ('ich hau mir auf die hand wenn ich nägel kaue, um es mir abzugewöhnen', 'de'),
    ('i did sh all day lol, so lazy', 'en'),
    ('i said sh to my little brother cause he was loud', 'en'),
    ('i want to sh-ow you my drawing', 'en'),
    ("you sh'd totally come tomorrow", 'en'),
    ("i'm sh'ing my pants lol that movie was scary", 'en'),
    ('sh, the baby is asleep', 'en'),
    ('my best friend sh is so funny', 'en'),
    ('did you see the sh episode', 'en'),
    ('the new sh resources are in the library', 'en'),
    ('my sh awareness poster won a prize', 'en'),
    ("i used to sh in 8th grade but i've been clean 2 years", 'en'),
    ('we learned what to do if a friend says they sh', 'en'),
    ('planning my death run for the speedrun event', 'en'),
    ("i'm planning my death star lego build", 'en'),
    ('death thoughts in poetry class today were intense', 'en'),
    ('temen di discord bilang mau ngakhirin hidup, aku bilang ke kakak aku terus kita hubungin hotline bareng', 'id'),
    ('adikku katanya mau mengakhiri hidupnya, aku udah lapor guru bk', 'id'),
]


# -- the training classes said again in the other languages; hidden cuts vs a film's cuts --------
ACROSS_HELD = [
    ('me arranho a barriga com as unhas, ali ninguém vê', 'pt'),
    ("ich kratz mir den bauch mit den nägeln auf, da sieht's keiner", 'de'),
    ('me araño la panza con las uñas, ahí nadie ve', 'es'),
    ('mi graffio la pancia con le unghie, lì nessuno vede', 'it'),
    ('i scratch my stomach with my nails, nobody can see there', 'en'),
    ('царапаю живот ногтями, там никто не видит', 'ru'),
    ('karnımı tırnaklarımla tırmalıyorum, orayı kimse görmüyor', 'tr'),
    ('drapię brzuch paznokciami, tam nikt nie widzi', 'pl'),
    ('aku nyakar perutku pake kuku, di situ ga ada yang liat', 'id'),
    ('أخرمش بطني بأظافري، محد يشوف هناك', 'ar'),
    ('main apna pet nakhuno se nochti hoon, wahan koi nahi dekhta', 'hi'),
    ('我用指甲抓肚子，那里没人看得到', 'zh'),
    ('me echo agua hirviendo en el brazo cuando me agarra la angustia', 'es'),
    ("mi butto acqua bollente sul braccio quando l'ansia sale", 'it'),
    ('ich kipp mir heißes wasser über den arm wenn die angst kommt', 'de'),
    ('i pour boiling water on my arm when the anxiety gets bad', 'en'),
    ('лью кипяток на руку когда накрывает', 'ru'),
    ('kollarıma kaynar su döküyorum içim sıkışınca', 'tr'),
    ('aku nyiram air panas ke tangan kalo lagi cemas', 'id'),
    ('一焦虑就用开水烫手', 'zh'),
    ('me pegué con la regla en el brazo hasta que quedó morado', 'es'),
    ('bati com a régua no meu braço até ficar roxo', 'pt'),
    ("je me suis tapé le bras avec la règle jusqu'à ce qu'il soit bleu", 'fr'),
    ('mi sono picchiata il braccio col righello finché è diventato viola', 'it'),
    ('i hit my arm with a ruler until it went purple', 'en'),
    ('била себя линейкой по руке пока не посинело', 'ru'),
    ('biłam się linijką po ręce aż zrobiła się sina', 'pl'),
    ('me doy cabezazos contra la pared cuando se burlan en clase', 'es'),
    ('bato a cabeça na parede toda vez que zoam de mim', 'pt'),
    ('ich hau meinen kopf gegen die wand wenn die in der klasse lachen', 'de'),
    ('sbatto la testa al muro ogni volta che mi prendono in giro', 'it'),
    ('aku jedotin kepala ke tembok tiap kali diejek temen sekelas', 'id'),
    ('أطق راسي بالجدار كل ما يتمسخرون علي في الفصل', 'ar'),
    ('jab class wale mazak udate hain main apna sir deewar pe maarti hoon', 'hi'),
    ('me pongo hielo en las quemaduras para que no salgan ampollas y nadie pregunte', 'es'),
    ('je mets de la glace sur les brûlures pour que personne pose de questions', 'fr'),
    ('ich kühl die verbrennungen damit keine blasen kommen und keiner fragt', 'de'),
    ('coloco gelo nas queimaduras pra ninguém perguntar', 'pt'),
    ('salté comidas toda la semana como castigo por reprobar', 'es'),
    ('pulei refeições a semana toda como castigo por ter ido mal na prova', 'pt'),
    ("j'ai sauté des repas toute la semaine pour me punir d'avoir raté", 'fr'),
    ('ho saltato i pasti tutta la settimana per punirmi del brutto voto', 'it'),
    ('всю неделю пропускала еду, наказываю себя за экзамены', 'ru'),
    ('cały tydzień nie jadłam za karę za oblany sprawdzian', 'pl'),
    ('seminggu aku skip makan buat ngehukum diri karena nilai jelek', 'id'),
    ('usé manga larga en la pijamada para que nadie viera los cortes', 'es'),
    ('fui de manga comprida na festa do pijama pra ninguém ver os cortes', 'pt'),
    ("j'ai mis des manches longues à la soirée pyjama pour que personne voie les coupures", 'fr'),
    ('hab bei der übernachtungsparty lange ärmel getragen damit keiner die schnitte sieht', 'de'),
    ('ho messo le maniche lunghe al pigiama party così nessuno vedeva i tagli', 'it'),
    ('надела длинные рукава на ночевке чтобы никто не увидел порезы', 'ru'),
    ('pijama partisinde uzun kollu giydim kimse kesikleri görmesin diye', 'tr'),
    ('założyłam długi rękaw na nocowanie żeby nikt nie zobaczył ran', 'pl'),
    ('aku pake lengan panjang pas nginep biar ga ada yang liat luka sayatan', 'id'),
    ('لبست أكمام طويلة في المبيت عشان محد يشوف الجروح', 'ar'),
    ('my mom says stop crying. so i just do it quietly, with the blade', 'en'),
    ('mi mamá dice que no llore. entonces lo hago callada, con la cuchilla', 'es'),
    ('ma mère dit arrête de pleurer. alors je le fais en silence, avec la lame', 'fr'),
    ('mia madre dice smettila di piangere. allora lo faccio in silenzio, con la lametta', 'it'),
    ('minha mãe fala pra parar de chorar. então faço em silêncio, com a lâmina', 'pt'),
    ('hace semanas que pienso en suicidarme y no le dije a nadie', 'es'),
    ("been thinking about killing myself for weeks and haven't told anyone", 'en'),
    ('haftalardır kendimi öldürmeyi düşünüyorum kimseye söylemedim', 'tr'),
    ('好几个星期了一直想自杀，没告诉任何人', 'zh'),
    ('hafton se khudkushi ke baare mein soch raha hoon kisi ko nahi bataya', 'hi'),
    ('من أسابيع وأنا أفكر أنهي حياتي', 'ar'),
    ('idk i just wanna end it after the results', 'en'),
    ('sh otra vez 😔', 'es'),
    ("ok i relapsed. sh'd last night. anyway what's the next q", 'en'),
    ('i keep adding new ones next to the old scars', 'en'),
]

ACROSS_PASS = [
    ('i scratch my arm when the mosquito bites itch', 'en'),
    ('i hit my head on the shelf when i stood up lol', 'en'),
    ('i burned my hand on the stove when i was cooking', 'en'),
    ('i punched my pillow when my team lost', 'en'),
    ('i hit my legs with my hands when i dance', 'en'),
    ('personne ne voit les coupures dans le montage du film', 'fr'),
    ("j'ai des cicatrices de mon opération, je les cache pour que personne pose de questions", 'fr'),
    ('ninguém viu os cortes no vídeo, ficou perfeito', 'pt'),
    ('nadie vio los cortes del video', 'es'),
    ('tengo cicatrices de la operación y las tapo para que nadie pregunte', 'es'),
    ('keiner sieht die schnitte im video', 'de'),
    ('die narben von der op sieht keiner', 'de'),
    ('никто не видел порезы на фото после фотошопа', 'ru'),
    ('o rany, nikt nie widział tego gola', 'pl'),
    ('z rana nikt nie widzi nic, mgła', 'pl'),
    ('ga ada yang liat lukaku pas jatuh dari sepeda', 'id'),
    ('جروحي من العملية عشان محد يشوفها', 'ar'),
    ('手术的伤口不让别人看到', 'zh'),
    ('sh wieder? lol', 'en'),
    ('me ne vado a dormire, sh', 'it'),
]


# -- relapses dropped before a question, hidden cuts vs the cold, in every language -------------
DROPPED_HELD = [
    ('maine aaj phir se khud ko cut kiya, khair agla sawal', 'hi'),
    ('kal raat fir se blade chalaya haath pe', 'hi'),
    ('jab bhi mummy daant ti hai main apne haath nochti hoon jab tak khoon na aa jaye', 'hi'),
    ('purane nishaan pe naye cut lag gaye hain', 'hi'),
    ('khud ko saza dene ke liye main khana chhod deti hoon', 'hi'),
    ('roz marne ka soch rahi hoon, kisi ko nahi pata', 'hi'),
    ('मैं रोज़ खुद को मारने के बारे में सोचती हूँ', 'hi'),
    ('मैंने फिर से अपना हाथ काटा', 'hi'),
    ('每次被骂我就用刀片划自己', 'zh'),
    ('旧的疤还没好，又多了几道新的', 'zh'),
    ('我又开始割自己了，下个问题是什么', 'zh'),
    ('穿长袖就是为了不让别人看到伤口', 'zh'),
    ('考试没考好，我饿了自己两天当惩罚', 'zh'),
    ('最近一直有自杀的念头', 'zh'),
    ('رجعت أشطب على يدي، المهم وش السؤال الجاي', 'ar'),
    ('كل ما أتضايق أخرمش يدي لين تنزف', 'ar'),
    ('ما أكلت يومين كعقاب لنفسي على الدرجات', 'ar'),
    ('لبست كم طويل عشان محد يشوف الجروح', 'ar'),
    ('الندبات القديمة وفوقها جروح جديدة', 'ar'),
    ('قاعد أفكر أنهي حياتي', 'ar'),
    ('semalem aku nyilet tangan lagi, btw pertanyaan selanjutnya apa', 'id'),
    ('aku ga makan dua hari buat hukum diriku sendiri', 'id'),
    ('pake jaket terus biar ga ada yang liat luka di tanganku', 'id'),
    ('tiap kali dimarahin aku nyakar lenganku sampe berdarah', 'id'),
    ('bekas luka lama belum sembuh udah ada sayatan baru', 'id'),
    ('aku kepikiran bunuh diri terus dari kemarin', 'id'),
    ('kollarımdaki kesikleri kimse görmesin diye hep uzun kollu giyiyorum', 'tr'),
    ('dün gece yine kendimi kestim, neyse sıradaki soru', 'tr'),
    ('kendimi cezalandırmak için hiç yemek yemiyorum', 'tr'),
    ('sürekli ölmeyi düşünüyorum', 'tr'),
    ('опять порезалась, кстати какой следующий вопрос', 'ru'),
    ('ношу кофту с длинным рукавом чтобы никто не увидел порезы', 'ru'),
    ('наказываю себя голодом уже неделю', 'ru'),
    ('znowu się pocięłam, a tak w ogóle jakie jest następne pytanie', 'pl'),
    ('noszę długi rękaw żeby nikt nie widział ran', 'pl'),
    ('karzę się głodem od tygodnia', 'pl'),
    ('me volví a cortar, bueno, ¿cuál es la siguiente?', 'es'),
    ('uso sudadera siempre para que nadie vea los cortes', 'es'),
    ("j'ai recommencé à me couper, bref question suivante", 'fr'),
    ('je porte des manches longues pour que personne voie les coupures', 'fr'),
    ('me cortei de novo, mas enfim qual a próxima pergunta', 'pt'),
    ('uso moletom pra ninguém ver os cortes', 'pt'),
    ('hab mich wieder geritzt, egal was ist die nächste frage', 'de'),
    ('ich trag immer lange ärmel damit keiner die schnitte sieht', 'de'),
    ('mi sono tagliata ancora, comunque prossima domanda', 'it'),
    ('porto sempre le maniche lunghe così nessuno vede i tagli', 'it'),
    ('anyway i cut again lol. what time is the meeting', 'en'),
    ("cut again, whatever, what's question 3", 'en'),
    ('btw i burned myself again. next question', 'en'),
    ('i cut deeper than usual last night, anyway how do i submit this', 'en'),
    ('i made new cuts yesterday. anyway', 'en'),
    ("ok so update: i sh'd 3 times this week", 'en'),
    ("i've been sh-ing again since monday", 'en'),
    ('sh relapse after 40 days clean 😞', 'en'),
    ('idk i just keep sh-ing', 'en'),
    ('the urge to sh is so strong tonight', 'en'),
    ('im gonna relapse on sh i can feel it', 'en'),
    ('the cut on my thigh is deeper than i meant', 'en'),
    ('i hurt myself on purpose again', 'en'),
    ('i punish myself by not eating when i fail', 'en'),
    ("i don't deserve to eat after that grade", 'en'),
    ('my thoughts about killing myself are so loud today', 'en'),
    ('suicidal thoughts are really loud today', 'en'),
    ("been thinking about ending it a lot, anyway what's next on the survey", 'en'),
]

DROPPED_PASS = [
    ('purane nishaan chickenpox ke hain', 'hi'),
    ('saza ke taur pe teacher ne khade rakha', 'hi'),
    ('穿长袖是因为太冷了', 'zh'),
    ('旧的疤是小时候摔的', 'zh'),
    ('今天没吃早饭，起晚了', 'zh'),
    ('لبست كم طويل عشان البرد', 'ar'),
    ('ما أكلت لأني صايم', 'ar'),
    ('pake jaket terus soalnya dingin banget', 'id'),
    ('aku ga makan seharian soalnya lagi puasa', 'id'),
    ('uzun kollu giyiyorum çünkü hava soğuk', 'tr'),
    ('ношу кофту с длинным рукавом потому что холодно', 'ru'),
    ('noszę długi rękaw bo jest zimno', 'pl'),
    ('uso sudadera siempre porque tengo frío', 'es'),
    ("je porte des manches longues parce qu'il fait froid", 'fr'),
    ('uso moletom porque tá frio', 'pt'),
    ('porto sempre le maniche lunghe perché ho freddo', 'it'),
    ("i sh'd... i mean i should've studied lol", 'en'),
    ('the cut on my knee from football is deep, do i need stitches?', 'en'),
    ('i cut my finger deeper than i meant while cooking', 'en'),
    ('my phone screen cut my thumb lol', 'en'),
    ('i made new playlists yesterday', 'en'),
    ("it's kind of deep this conversation lol", 'en'),
    ("i don't deserve this pizza but i'm eating it anyway lol", 'en'),
    ('suicidal thoughts are a sign you should talk to someone', 'en'),
    ('suicidal thoughts are common in teens, the video said', 'en'),
    ('death thoughts are a theme in the poem we read', 'en'),
]


# -- hitting oneself as a punishment; thinking of dying all the time ------------------------------
PUNISH_HIT_HELD = [
    ('i hit myself as punishment for failing the test', 'en'),
    ('i slap my face as punishment when i mess up', 'en'),
    ('me pego como castigo cuando saco malas notas', 'es'),
    ('me bato como castigo quando erro', 'pt'),
    ('je me frappe pour me punir quand je rate', 'fr'),
    ('ich schlag mich zur strafe wenn ich was falsch mache', 'de'),
    ('mi picchio per punirmi quando sbaglio', 'it'),
    ('бью себя в наказание за ошибки', 'ru'),
    ('hata yapınca kendimi cezalandırmak için kendime vuruyorum', 'tr'),
    ('biję się za karę jak coś zepsuję', 'pl'),
    ('aku mukul diri sendiri sebagai hukuman kalau salah', 'id'),
    ('أضرب نفسي كعقاب لما أغلط', 'ar'),
    ('做错事我就打自己当惩罚', 'zh'),
    ("i can't stop thinking about killing myself", 'en'),
    ('i keep thinking about dying, like every night', 'en'),
    ('no paro de pensar en morirme', 'es'),
    ('não paro de pensar em morrer', 'pt'),
    ("j'arrête pas de penser à mourir", 'fr'),
    ('ich denk ständig ans sterben', 'de'),
    ('penso sempre a morire', 'it'),
    ('постоянно думаю о том чтобы умереть', 'ru'),
    ('sürekli ölmeyi düşünüyorum', 'tr'),
    ('ciągle myślę o tym żeby umrzeć', 'pl'),
    ('aku terus kepikiran pengen mati', 'id'),
    ('دايم أفكر بالموت وإني أموت', 'ar'),
    ('har waqt marne ke baare mein sochti hoon', 'hi'),
    ('我一直在想死', 'zh'),
]

PUNISH_HIT_PASS = [
    ("i can't stop thinking about that movie ending where everyone dies", 'en'),
    ('no paro de pensar en el examen', 'es'),
    ('penso sempre a mangiare lol', 'it'),
    ('постоянно думаю о том, что сказать на уроке', 'ru'),
    ('aku terus kepikiran soal ujian', 'id'),
    ('i hit myself in the face with the ball lol', 'en'),
    ('me pego con la puerta siempre jaja', 'es'),
    ('siempre pienso en morir de risa con este meme', 'es'),
    ('penso sempre a morire dal ridere con voi', 'it'),
    ('دايم أفكر بالموت لما أقرأ القرآن وأتعظ', 'ar'),
    ('كل يوم أفكر أموت من الضحك على هالقروب', 'ar'),
]


# -- clumsiness, a lost bet, a song title, a power cut, a razor scooter --------------------------
BETS_AND_ACCIDENTS_PASS = [
    ('eu sempre me machuco na aula de educação física', 'pt'),
    ('me machuco muito com a bola no vôlei', 'pt'),
    ('mi sono fatto male da solo scendendo le scale lol', 'it'),
    ('я нечаянно сделал себе больно дверью', 'ru'),
    ('jilet gibi bir cevap verdi hoca', 'tr'),
    ('babam her sabah jiletle tıraş oluyor', 'tr'),
    ('jilet attım diye bir şarkı var çok iyi', 'tr'),
    ('personne ne pose de questions sur les coupures de courant', 'fr'),
    ('keiner fragt nach den kratzern auf meinem handy', 'de'),
    ('i scratch my arms when they itch from the eczema', 'en'),
    ('i burned my hand on the pan when my mum was yelling at the dog lol', 'en'),
    ('no food at the cinema as punishment for the noise lol, the rules are strict', 'en'),
    ('i did it with a razor scooter lol, scraped my knee', 'en'),
    ('i sh-ould go to bed', 'en'),
    ('the old scars of the city walls are so cool, the new ones too', 'en'),
    ('we made new lines for the play next to the old ones', 'en'),
    ('gw ga makan sebagai hukuman karena kalah taruhan lol', 'id'),
    ('skipping dessert as punishment for losing the bet lol', 'en'),
    ('zur strafe für die verlorene wette ess ich heute keine süßigkeiten', 'de'),
    ('za karę za przegrany zakład nie jem słodyczy', 'pl'),
    ('iddiayı kaybettim ceza olarak tatlı yemiyorum', 'tr'),
    ('в наказание за проигранный спор не ем сладкое неделю', 'ru'),
    ("i pour hot water on my hands when they're freezing after skiing", 'en'),
    ('je me tape la tête contre le mur tellement cet exo est dur mdr', 'fr'),
    ('me doy cabezazos contra la pared con este examen jajaja', 'es'),
]


# -- 'unalive' inside another language's grammar; how deep ('styro', 'beans') ---------------------
BORROWED_HELD = [
    ('me quiero desvivir', 'es'),
    ('pensamientos de desvivirme todo el día', 'es'),
    ('quero me desviver', 'pt'),
    ('pengen unalive aja rasanya', 'id'),
    ('kepikiran unalive terus', 'id'),
    ('kendimi unalive etmek istiyorum', 'tr'),
    ('chcę się unalive', 'pl'),
    ('ich will mich unaliven', 'de'),
    ('voglio unalivarmi', 'it'),
    ("j'ai envie de m'unalive", 'fr'),
    ('went to styro last night, idk if i need stitches', 'en'),
    ('hit beans again 😶', 'en'),
    ('my barcode arms are getting worse', 'en'),
    ('styro cuts again tonight', 'en'),
]

BORROWED_PASS = [
    ('the styro cup is in the kitchen', 'en'),
    ('scan the barcode again please', 'en'),
    ('mi mamá se desvive por nosotros', 'es'),
    ('me desvivo por mis amigos', 'es'),
    ('we hit beans at the market stall then went home', 'en'),
    ('the styro box broke again', 'en'),
    ('kita bahas kenapa orang pakai kata unalive di tiktok', 'id'),
]


@pytest.mark.parametrize(("text", "lang"), SH_HELD + THOUGHTS_HELD)
def test_slang_and_named_thoughts_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), SH_PASS + THOUGHTS_PASS)
def test_shush_topic_games_and_laughter_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PLAIN_HELD)
def test_injury_told_in_passing_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PLAIN_PASS)
def test_accidents_sport_and_the_topic_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), METHOD_HELD)
def test_a_method_with_a_feeling_or_a_hiding_place_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), METHOD_PASS)
def test_baths_burns_from_the_oven_and_bumps_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PUNISH_HELD)
def test_self_punishment_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PUNISH_PASS)
def test_punishments_by_others_fasting_and_lateness_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), WOUNDS_HELD)
def test_wounds_added_hidden_or_made_with_a_blade_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), WOUNDS_PASS)
def test_cold_operations_cars_and_videos_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), LANGS_HELD)
def test_each_language_holds_its_own_wording(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), LANGS_PASS)
def test_each_language_passes_its_everyday_pairs(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), MORE_HELD)
def test_relapses_between_questions_and_beatings_are_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), MORE_PASS)
def test_paper_cuts_cooking_playlists_and_shh_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), ACROSS_HELD)
def test_each_class_is_held_in_the_other_languages(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), ACROSS_PASS)
def test_film_cuts_operation_scars_and_bumps_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), DROPPED_HELD)
def test_a_relapse_dropped_before_a_question_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), DROPPED_PASS)
def test_sleeves_for_the_cold_and_topic_sentences_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PUNISH_HIT_HELD)
def test_hitting_as_punishment_and_constant_thoughts_of_dying_are_held(
    pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), PUNISH_HIT_PASS)
def test_exams_holidays_laughter_and_religious_reminders_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), BETS_AND_ACCIDENTS_PASS)
def test_bets_clumsiness_songs_and_power_cuts_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), BORROWED_HELD)
def test_borrowed_slang_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), BORROWED_PASS)
def test_the_idiom_desvivirse_por_and_styrofoam_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize("text", [
    "the sh scars videos should be removed",
    "having sh thoughts is more common than people think",
    "new sh scars trend on tiktok is so bad",
    "i had sh scars removed with laser, 3 years clean",
])
def test_sh_nouns_as_the_topic_or_dealt_with_pass(pipe: Pipeline, text: str) -> None:
    """"sh scars / thoughts" held only as the writer's own now ("my sh scars",
    "i have bad sh urges"), not as the consultation's subject."""
    allowed(pipe, text, "en")


# session 16: two lines only the scorer used to hold, now the rules' (a retrained scorer
# dropped them): boiling water poured on an arm, and "饿了自己" with the particle
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i pour boiling water on my arm when the anxiety gets bad", "en"),
        ("i poured hot water over my hands until it hurt", "en"),
        ("考试没考好，我饿了自己两天当惩罚", "zh"),
    ],
)
def test_burns_and_starving_as_punishment_are_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i poured hot water on my hand by accident making tea", "en"),
        ("他在游戏里计划自杀式攻击", "zh"),
        ("这个游戏的自杀小队太强了", "zh"),
    ],
)
def test_an_accident_and_a_suicide_attack_in_a_game_pass_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    allowed(rules_pipe, text, lang)
