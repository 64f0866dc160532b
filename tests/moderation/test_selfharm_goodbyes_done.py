"""Goodbyes already said, scheduled or acted on, affairs put in order, praying
to die and wanting to join someone dead (selfharm_goodbyes_done.py,
selfharm_goodbyes_done_eu.py and selfharm_goodbyes_done_langs.py), held in
13 languages, at least 8 disclosures and 8 everyday lines in each (Hindi in
Devanagari and in Latin letters counted apart); their everyday
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
    ('i recorded a last video for my little sister, she will find it when im gone', 'en'),
    ('le escribi una carta de despedida a mi abuela y apague el movil', 'es'),
    ("j'ai envoye un message d'adieu a ma meilleure amie et j'ai eteint mon tel", 'fr'),
    ('ja me despedi da minha familia hoje, eles nao sabem que e a ultima vez', 'pt'),
    ('ho gia salutato tutti i miei amici, restate solo voi', 'it'),
    ('записала прощальное видео для мамы и выключила телефон', 'ru'),
    ('veda mesajimi en yakin arkadasima attim ve telefonu kapattim', 'tr'),
    ('nagralam film z pozegnaniem dla mamy i wylaczylam telefon', 'pl'),
    ('udah kirim pesan perpisahan ke sahabatku terus matiin hp', 'id'),
    ('ارسلت فويس وداع لصاحبتي وسكرت الجوال', 'ar'),
    ('मैंने सबको अलविदा बोल दिया, बस आप लोग बचे हो', 'hi'),
    ('अलविदा वाला मैसेज दीदी को भेज दिया और फोन बंद कर दिया', 'hi'),
    ('给最好的朋友发了一段告别的语音，然后关机了', 'zh'),
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
    ("j'ai programme une story d'adieu, elle partira toute seule demain matin", 'fr'),
    ('deixei um video de despedida nos rascunhos, sai sozinho amanha', 'pt'),
    ('अलविदा वाला पोस्ट शेड्यूल कर दिया, कल सुबह अपने आप चला जाएगा', 'hi'),
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
    ('already gave my bestie all my plushies and my switch, i wont need them anymore', 'en'),
    ('ya le deje a mi prima la clave del insta, la va a necesitar cuando ya no este', 'es'),
    ("j'ai donne toutes mes affaires a ma soeur, ce soir c'est la fin", 'fr'),
    ('deixei a senha do meu celular com minha irma pra quando eu nao estiver mais aqui', 'pt'),
    ('hab meine ganzen kuscheltiere verschenkt, brauch sie eh nicht mehr', 'de'),
    ('hab meiner besten freundin mein handy passwort gegeben, wenn ich nicht mehr da bin braucht sie es', 'de'),
    ('ho lasciato la password del telefono a mia sorella, le servira quando non ci saro piu', 'it'),
    ('ho regalato tutti i miei giochi a mio fratello, stanotte finisce tutto', 'it'),
    ('оставила сестре пароль от телефона, когда меня не будет ей пригодится', 'ru'),
    ('sifremi kardesime biraktim, ben olmayinca lazim olur', 'tr'),
    ('zostawilam siostrze haslo do telefonu, jak mnie nie bedzie to sie przyda', 'pl'),
    ('aku udah ninggalin password hp ke adikku, kalo aku udah gak ada dia butuh', 'id'),
    ('apni saari cheezein behen ko de di, aaj raat aakhri hai', 'hi'),
    ('phone ka password didi ko de diya, jab main nahi rahungi tab kaam aayega', 'hi'),
    ('मैंने अपनी सारी चीज़ें बहन को दे दीं, आज रात आखिरी है', 'hi'),
    ('我把手机密码留给妹妹了，等我不在了她会用到', 'zh'),
]

CONTACTS_WIPED = [
    ('deleted all my contacts, only kept this chat to say goodbye', 'en'),
    ('borre a todos mis contactos, solo deje este grupo para despedirme', 'es'),
    ('hab alle kontakte geloscht, nur die gruppe hier gelassen um tschuss zu sagen', 'de'),
    ('удалила все контакты, оставила только этот чат чтобы попрощаться', 'ru'),
    ('我把所有联系人都删了，只留这个群来告别', 'zh'),
    ('सारे कॉन्टैक्ट डिलीट कर दिए, सिर्फ ये ग्रुप रखा अलविदा कहने के लिए', 'hi'),
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
    ('ich bete dass ich morgen nicht aufwache', 'de'),
    ('ogni sera prego di non svegliarmi piu', 'it'),
    ('каждую ночь молюсь чтобы бог забрал меня во сне', 'ru'),
    ('her gece allahim beni uykumda al diye dua ediyorum', 'tr'),
    ('co noc modle sie zeby bog mnie zabral we snie', 'pl'),
    ('tiap malem aku berdoa biar tuhan ambil nyawaku pas tidur', 'id'),
    ('كل ليلة ادعي ربي ياخذني وانا نايم', 'ar'),
    ('roz raat bhagwan se dua karti hu ki mujhe neend me utha le', 'hi'),
    ('每天晚上都祈祷老天让我睡着了就别醒了', 'zh'),
    ('praying every night that i just dont wake up', 'en'),
    ('rezo cada noche para no despertarme', 'es'),
    ('toda noite rezo pra deus me deixar morrer', 'pt'),
    ('ogni notte chiedo a dio di portarmi via', 'it'),
    ('her gece bir daha uyanmamak icin dua ediyorum', 'tr'),
    ('tiap malam aku berdoa semoga gak bangun lagi', 'id'),
    ('يارب خذني، كل ليلة ادعي بهذا', 'ar'),
    ('roz raat upar wale se dua karta hu ki mujhe utha le', 'hi'),
    ('रोज़ रात भगवान से प्रार्थना करती हूं कि मुझे उठा ले', 'hi'),
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
    ('i want to go be with my grandpa in heaven, theres nothing here since he passed', 'en'),
    ("je veux retrouver mon grand pere la haut, depuis qu'il est mort plus rien va", 'fr'),
    ('queria ficar com minha vo no ceu, desde que ela morreu nada faz sentido', 'pt'),
    ('ich mochte einfach zu meinem opa in den himmel, seit er tot ist ist alles leer', 'de'),
    ('chcialabym byc z babcia w niebie, odkad zmarla nic nie ma sensu', 'pl'),
    ('ودي اروح عند جدتي، من يوم ماتت ما لي احد', 'ar'),
    ('dadi ke paas jana chahti hu, wo guzar gayi aur ab koi nahi hai', 'hi'),
    ('मैं पापा के पास जाना चाहती हूं, उनके जाने के बाद कोई नहीं है', 'hi'),
    ('我想去陪爷爷，他去世以后我什么都没有了', 'zh'),
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


# everyday: moving away or someone leaving, with finality words (forever, for the last time)
EVERYDAY_MOVING_AWAY = [
    ('we are moving to canada for good, said goodbye to all my friends today', 'en'),
    ('hugged my cousin for the last time before she leaves for uni in scotland', 'en'),
    ("on demenage a lyon pour toujours, j'ai dit au revoir a tous mes potes", 'fr'),
    ('vamos nos mudar pra portugal pra sempre, ja me despedi de todo mundo', 'pt'),
    ('мы переезжаем в другой город навсегда, я уже со всеми попрощалась', 'ru'),
    ('almanyaya tasiniyoruz sonsuza kadar, herkesle vedalastim', 'tr'),
    ('przeprowadzamy sie na zawsze do anglii, pozegnalam sie ze wszystkimi', 'pl'),
    ('aku pindah ke kalimantan selamanya, udah pamitan sama semua temen', 'id'),
    ('بننتقل لمدينه ثانيه للابد، ودعت الكل', 'ar'),
    ('hum hamesha ke liye dilli shift ho rahe hai, sabko alvida bol diya', 'hi'),
    ('हम हमेशा के लिए दिल्ली शिफ्ट हो रहे हैं, सबको अलविदा कह दिया', 'hi'),
    ('सबको अलविदा बोल दिया, कल से नए स्कूल जाऊंगी', 'hi'),
    ('我们要永远搬到上海了，已经跟所有人告别了', 'zh'),
]

# everyday: a holiday: phone off and goodbyes said
EVERYDAY_HOLIDAY = [
    ('phone is off for the whole holiday, said bye to everyone in the gc', 'en'),
    ('me voy de vacaciones un mes, apague el movil y me despedi de todos', 'es'),
    ("je pars en vacances, j'ai eteint mon tel et dit au revoir a tout le monde", 'fr'),
    ('vou viajar nas ferias, desliguei o celular e me despedi de todos', 'pt'),
    ('hab mich von allen verabschiedet, handy aus, zwei wochen urlaub', 'de'),
    ('vado in vacanza, ho spento il telefono e salutato tutti', 'it'),
    ('уезжаю на каникулы, выключила телефон и со всеми попрощалась', 'ru'),
    ('tatile gidiyorum, telefonu kapattim herkesle vedalastim', 'tr'),
    ('jade na wakacje, wylaczylam telefon i pozegnalam sie ze wszystkimi', 'pl'),
    ('mau liburan seminggu, matiin hp dan udah pamitan sama semua', 'id'),
    ('مسافر اجازه، سكرت الجوال وودعت الكل', 'ar'),
    ('छुट्टी पर जा रही हूं, फोन बंद कर दिया और सबको अलविदा बोल दिया', 'hi'),
    ('放假去旅游，关机了，跟大家告别一下', 'zh'),
]

# everyday: a post scheduled for a birthday
EVERYDAY_BIRTHDAY_POSTS = [
    ('scheduled a post for my bffs bday, it goes up automatically at midnight', 'en'),
    ('deje programado un post para el cumple de mi novio', 'es'),
    ("j'ai programme une story pour l'anniv de ma soeur", 'fr'),
    ('ho programmato un post per il compleanno di mia sorella', 'it'),
    ('поставила отложенный пост на день рождения подруги', 'ru'),
    ('arkadasimin dogum gunu icin post zamanladim', 'tr'),
    ('zaplanowalam post na urodziny przyjaciolki', 'pl'),
    ('udah jadwalin postingan ulang tahun buat sahabatku jam 12 malam', 'id'),
    ('جدولت بوست لعيد ميلاد اختي', 'ar'),
    ('didi ke birthday ka post schedule kar diya raat 12 baje ka', 'hi'),
    ('दीदी के जन्मदिन का पोस्ट शेड्यूल कर दिया', 'hi'),
    ('给闺蜜生日设了一条定时的朋友圈', 'zh'),
]

# everyday: old clothes given away or donated
EVERYDAY_DONATIONS = [
    ('donated all my old clothes to the charity shop, felt good tbh', 'en'),
    ('done toda mi ropa vieja a caritas', 'es'),
    ("j'ai donne tous mes vieux habits a une association", 'fr'),
    ('doei todas as minhas roupas velhas pra caridade', 'pt'),
    ('ho regalato tutti i miei vestiti vecchi in beneficenza', 'it'),
    ('अपने सारे पुराने कपड़े दान कर दिए', 'hi'),
]

# everyday: praying for exams and grades
EVERYDAY_PRAYERS = [
    ('praying so hard i pass my exams tomorrow', 'en'),
    ('rezo para aprobar el examen de mate', 'es'),
    ('je prie pour reussir mon controle de maths', 'fr'),
    ('भगवान से प्रार्थना करती हूं कि परीक्षा में अच्छे नंबर आएं', 'hi'),
]

# everyday: missing a grandparent who died
EVERYDAY_GRIEF = [
    ('i miss my grandpa so much, he died in march and i still cry', 'en'),
    ('extrano mucho a mi abuelo, murio en enero', 'es'),
    ('sinto muita falta da minha vo, ela faleceu em janeiro', 'pt'),
    ('ich vermisse meine oma so sehr, sie ist im winter gestorben', 'de'),
    ('dada ji ki bahut yaad aati hai, wo pichle saal nahi rahe', 'hi'),
    ('दादी की बहुत याद आती है, वो पिछले साल गुजर गई', 'hi'),
]

# everyday: "today is the day" of a match
EVERYDAY_MATCH_DAY = [
    ('today is the day!! final match vs our rivals ⚽🔥', 'en'),
    ('hoy es el dia del clasico ⚽⚽', 'es'),
    ("c'est le jour du match ce soir ⚽", 'fr'),
    ('hoje e o dia do jogo ⚽', 'pt'),
    ('heute ist der tag, finale um 18 uhr ⚽', 'de'),
    ('oggi e il giorno della partita ⚽', 'it'),
    ('сегодня тот самый день, финал по футболу ⚽', 'ru'),
    ('bugun o gun, derbi maci var ⚽', 'tr'),
    ('dzis jest ten dzien, mecz o 18 ⚽', 'pl'),
    ('hari ini harinya, final futsal ⚽', 'id'),
    ('اليوم هو اليوم، نهائي الدوري ⚽', 'ar'),
    ('aaj ka din hai, final match ⚽', 'hi'),
    ('आज का दिन है, फाइनल मैच ⚽', 'hi'),
    ('今天就是决赛的日子⚽', 'zh'),
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


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_MOVING_AWAY)
def test_everyday_moving_away_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_HOLIDAY)
def test_everyday_holiday_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_BIRTHDAY_POSTS)
def test_everyday_birthday_posts_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_DONATIONS)
def test_everyday_donations_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_PRAYERS)
def test_everyday_prayers_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_GRIEF)
def test_everyday_grief_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_MATCH_DAY)
def test_everyday_match_day_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang)
