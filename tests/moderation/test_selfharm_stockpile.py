"""Means stockpiled, a conditional goodbye, a note told in passing and a decision
with a day (selfharm_stockpile.py), in 13 languages (Hindi in both scripts).

* **stockpiling**: a parent's or grandparent's pills, or one's own, collected,
  saved up or hoarded "for weeks", "just in case", "i have enough now", a couple
  taken each time from the organiser;
* **a conditional goodbye**: "if i'm not online / don't reply tomorrow, it means i
  did it / it's done / you'll understand what happened";
* **a note told in passing**: "wrote my suicide note lol anyway weekend plans?",
  "farewell letter done btw", a playlist for my own funeral, "it's happening soon";
* **a decision with a day**: "decided, on friday i leave this world", "saturday is
  my birthday, i decided i won't live to see it", "this is my last week".

Their everyday counterparts share the words and pass: pocket money saved for
weeks, meds taken as prescribed, grandma's pill organiser filled, an absence
tomorrow for an exam, no wifi or a grounding, a farewell letter to a retiring
teacher, a funeral playlist for a grandparent or a game character, leaving a club
or a server on friday, the last week of the holidays, a birthday countdown.
Disclosures are checked without the learned scorer (`rules_pipe`): the rules
must carry them.  Everyday lines that only the scorer holds (pocket money saved
"for weeks, enough now", "if im not on tmrw it means im grounded") are checked
without it (`EVERYDAY_SCORER`: this module cannot fix them).  Left out, held by
older rules: pills kept in a bag "por si acaso" / "au cas ou" / "por garantia"
(`self_harm:means`), "wrote my goodbye letter to summer camp lol"
(`self_harm:planning`), and a farewell letter to a retiring teacher in French
("on a écrit une lettre d'adieu à la maîtresse", `selfharm.py`), Indonesian
("nulis surat perpisahan buat bu guru", `packs/id`) and Arabic ("رسالة وداع
للاستاذة", `packs/ar`)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

STOCKPILE = [
    ("been saving up my grandmas pills for weeks, i think i have enough now", "en"),
    ("i take like 2 of my nans pills from her organiser every time i visit. just in case", "en"),
    ("ive been collecting my own meds instead of taking them. got like 40 now", "en"),
    ("hoarding my moms sleeping pills for a month now, she hasnt noticed", "en"),
    ("nicking a couple of grandpas meds every time i go over, he hasnt noticed", "en"),
    ("llevo semanas guardando las pastillas de mi abuela, ya tengo suficientes", "es"),
    ("cada vez q voy a casa de mi abuelo le saco un par de pastillas del pastillero, x si acaso", "es"),
    ("estoy juntando mis pastillas en vez de tomarlas, ya tengo un monton", "es"),
    ("ca fait des semaines que je garde les medocs de ma grand mere, j'en ai assez maintenant", "fr"),
    ("j'accumule les somniferes de ma mere depuis un mois", "fr"),
    ("je pique 2 cachets dans le pilulier de mon papi a chaque fois, au cas ou", "fr"),
    ("je mets de cote mes cachets au lieu de les prendre depuis 3 semaines", "fr"),
    ("to juntando os remedios da minha vo faz semanas, ja tenho o suficiente", "pt"),
    ("toda vez q vou na casa do meu avo pego uns 2 comprimidos do porta comprimidos dele, vai que", "pt"),
    ("guardando meus remedios em vez de tomar faz um mes", "pt"),
    ("sammle seit wochen omas tabletten, hab jetzt genug", "de"),
    ("nehm jedes mal 2 aus opas tablettenbox, nur fur den fall", "de"),
    ("ich heb meine tabletten seit nem monat auf statt sie zu nehmen", "de"),
    ("hab schon 30 tabletten von mama gebunkert, merkt eh keiner", "de"),
    ("sto mettendo da parte le pastiglie di mia nonna da settimane, ora ne ho abbastanza", "it"),
    ("ogni volta prendo 2 pastiglie dal portapillole del nonno, non si sa mai", "it"),
    ("уже несколько недель коплю бабушкины таблетки, теперь хватит", "ru"),
    ("каждый раз беру пару таблеток из дедушкиной таблетницы, на всякий случай", "ru"),
    ("накопила мамины таблетки за месяц, теперь хватит", "ru"),
    ("haftalardır anneannemin haplarını biriktiriyorum, artık yeterince var", "tr"),
    ("her seferinde dedemin ilaç kutusundan 2 tane alıyorum, ne olur ne olmaz", "tr"),
    ("annemin uyku haplarını aylardır biriktiriyorum", "tr"),
    ("od tygodni zbieram tabletki babci, mam juz wystarczajaco", "pl"),
    ("za kazdym razem podbieram 2 tabletki z dziadka pudelka na leki, tak na wszelki wypadek", "pl"),
    ("udah berminggu-minggu aku ngumpulin obat nenek, sekarang udah cukup", "id"),
    ("tiap kali aku ambil 2 butir dari kotak obat kakek, buat jaga jaga", "id"),
    ("gue udah ngumpulin obat tidur nyokap sebulan", "id"),
    ("صار لي اسابيع اجمع حبوب جدتي، الحين عندي كفاية", "ar"),
    ("كل مرة اخذ حبتين من علبة ادوية جدي، احتياط", "ar"),
    ("مجمعة حبوب امي من شهور", "ar"),
    ("hafto se nani ki goliyan jama kar rahi hu, ab kaafi ho gayi", "hi"),
    ("har baar dadaji ki dawai ke dabbe se 2 goli nikal leta hu, just in case", "hi"),
    ("har baar dadaji ke pill box se 2 goli nikal leta hu, just in case", "hi"),
    ("हफ्तों से नानी की गोलियां जमा कर रही हूं, अब काफी हैं", "hi"),
    ("我攒奶奶的药攒了好几个星期了，现在够了", "zh"),
    ("每次都从外婆的药盒里偷偷拿两颗，以防万一", "zh"),
    ("我偷偷攒了一个月妈妈的安眠药", "zh"),
]

STOCKPILE_EVERYDAY = [
    ("been saving up my pocket money for weeks, i think i have enough now for the new game", "en"),
    ("i take my meds every morning like the doctor said", "en"),
    ("i fill my grandmas pill organiser every sunday so she doesnt forget", "en"),
    ("collecting pokemon cards for weeks, i have enough now to trade", "en"),
    ("i keep my inhaler and pills in my bag just in case", "en"),
    ("i take the pills out of grandmas organiser for her every time i visit", "en"),
    ("collecting my grandmas pills from the chemist for weeks now", "en"),
    ("llevo semanas ahorrando mi paga, ya tengo suficiente para las zapas", "es"),
    ("me tomo mis pastillas como me dijo el medico", "es"),
    ("le lleno el pastillero a mi abuela cada domingo", "es"),
    ("ca fait des semaines que j'economise mon argent de poche, j'en ai assez maintenant", "fr"),
    ("je prends mes medicaments comme le medecin a dit", "fr"),
    ("je remplis le pilulier de ma grand mere tous les dimanches", "fr"),
    ("tomo meus remedios certinho como o medico mandou", "pt"),
    ("encho o porta comprimidos da minha vo todo domingo", "pt"),
    ("spar seit wochen mein taschengeld, hab jetzt genug fur die airpods", "de"),
    ("ich nehm meine tabletten so wie der arzt gesagt hat", "de"),
    ("hab schon 30 tabletten gesammelt fur die klassenfahrt", "de"),
    ("sto mettendo da parte la paghetta da settimane, ora ne ho abbastanza", "it"),
    ("prendo le mie medicine come ha detto il dottore", "it"),
    ("riempio il portapillole della nonna ogni domenica", "it"),
    ("tengo le pillole nella borsa per sicurezza", "it"),
    ("коплю карманные деньги уже несколько недель, теперь хватит на наушники", "ru"),
    ("пью таблетки как врач сказал", "ru"),
    ("раскладываю бабушке таблетки в таблетницу каждое воскресенье", "ru"),
    ("ilaçlarımı doktorun dediği gibi içiyorum", "tr"),
    ("her pazar babaannemin ilaç kutusunu dolduruyorum", "tr"),
    ("biore leki tak jak lekarz kazal", "pl"),
    ("co niedziele uzupelniam babci pudelko na leki", "pl"),
    ("udah berminggu-minggu aku nabung uang jajan, sekarang udah cukup", "id"),
    ("aku minum obat sesuai resep dokter", "id"),
    ("tiap minggu aku isi kotak obat nenek", "id"),
    ("اخذ دوايي زي ما قال الدكتور", "ar"),
    ("كل جمعة اعبي علبة ادوية جدتي", "ar"),
    ("hafto se pocket money jama kar rahi hu, ab kaafi ho gaye", "hi"),
    ("doctor ne jaise bola waise dawai leta hu", "hi"),
    ("har sunday nani ka pill box bharti hu", "hi"),
    ("我按医生说的吃药", "zh"),
    ("每个星期天帮外婆把药盒装好", "zh"),
]

IF_GONE = [
    ("if im not online tomorrow it means i did it. thank u for everything ❤️", "en"),
    ("if i dont reply tomorrow, its done. love u guys", "en"),
    ("if im not on tmrw just know im gone. ty for being nice to me", "en"),
    ("if i dont reply tomorrow it means i did it. tell my nan i love her", "en"),
    ("if i go quiet tomorrow it means i went through with it. love u all", "en"),
    ("si mañana no me conecto es q ya lo hice. gracias por todo ❤️", "es"),
    ("si no contesto mañana ya saben lo que paso", "es"),
    ("si no aparezco mañana es que ya no estoy. los quiero", "es"),
    ("si demain je suis pas co c'est que je l'ai fait. merci pour tout ❤️", "fr"),
    ("si je reponds pas demain vous comprendrez ce qui s'est passe", "fr"),
    ("se eu nao entrar amanha é pq eu fiz. obrigada por tudo ❤️", "pt"),
    ("se eu nao responder amanha ja era, vcs vao entender o q aconteceu", "pt"),
    ("wenn ich morgen nicht online bin, hab ichs getan. danke fur alles ❤️", "de"),
    ("wenn ich morgen nicht antworte dann ist es vorbei", "de"),
    ("falls ich mich morgen nicht melde bin ich nicht mehr da", "de"),
    ("se domani non sono online vuol dire che l'ho fatto. grazie di tutto ❤️", "it"),
    ("se domani non rispondo capirete cosa è successo", "it"),
    ("если завтра меня не будет в сети, значит я это сделала. спасибо за все ❤️", "ru"),
    ("если я завтра не отвечу, значит все, меня нет", "ru"),
    ("yarın online olmazsam yaptım demektir. her şey için teşekkürler ❤️", "tr"),
    ("yarın cevap vermezsem olan olmuştur, anlarsınız", "tr"),
    ("yarın girmezsem anlarsınız, hoşçakalın", "tr"),
    ("jak jutro nie bede online to znaczy ze to zrobilam. dzieki za wszystko ❤️", "pl"),
    ("jesli jutro nie odpisze to znaczy ze juz po wszystkim", "pl"),
    ("kalo besok aku ga online berarti aku udah ngelakuinnya. makasih buat semuanya ❤️", "id"),
    ("kalau besok aku ga bales, berarti udah selesai semuanya", "id"),
    ("اذا ما دخلت بكره يعني سويتها. شكرا على كل شي ❤️", "ar"),
    ("لو ما رديت بكره يعني خلاص انتهى كل شي", "ar"),
    ("agar kal online nahi aayi toh samajh lena maine kar liya. thank u sabko ❤️", "hi"),
    ("kal reply na karu toh samajh jana sab khatam", "hi"),
    ("अगर कल ऑनलाइन नहीं आई तो समझ लेना मैंने कर लिया", "hi"),
    ("如果我明天没上线，就说明我已经做了。谢谢大家❤️", "zh"),
    ("要是明天我没回消息，你们就知道发生什么了", "zh"),
]

IF_GONE_EVERYDAY = [
    ("if im not online tomorrow its because of my exam lol", "en"),
    ("if i dont reply tomorrow it means no wifi at the campsite", "en"),
    ("if i dont reply in 5 min im gone, going to sleep", "en"),
    ("if i dont reply tomorrow it means i did it, i finally asked her out lol", "en"),
    ("si mañana no me conecto es por el examen de mates", "es"),
    ("si no contesto mañana es q no tengo wifi en el pueblo", "es"),
    ("si no contesto mañana es q lo hice, por fin hable con el chico q me gusta", "es"),
    ("si demain je suis pas co c'est a cause du brevet blanc", "fr"),
    ("si je reponds pas demain c'est que je suis prive de tel", "fr"),
    ("se eu nao responder amanha é pq vou estar sem wifi na casa da minha vo", "pt"),
    ("wenn ich morgen nicht online bin liegts an der mathearbeit", "de"),
    ("wenn ich morgen nicht antworte hab ich hausarrest lol", "de"),
    ("se domani non sono online è per la verifica di mate", "it"),
    ("se domani non rispondo vuol dire che sono in punizione", "it"),
    ("если завтра меня не будет в сети, это из-за контрольной", "ru"),
    ("если я завтра не отвечу, значит у меня отобрали телефон", "ru"),
    ("yarın online olmazsam sınav yüzünden", "tr"),
    ("yarın cevap vermezsem cezalıyım demektir", "tr"),
    ("jak jutro nie bede online to przez sprawdzian", "pl"),
    ("jesli jutro nie odpisze to znaczy ze mam szlaban", "pl"),
    ("kalo besok aku ga online itu gara gara ujian", "id"),
    ("kalau besok aku ga bales berarti hpku disita", "id"),
    ("لو ما رديت بكره يعني ابوي سحب الجوال", "ar"),
    ("لو ما رديت بكره يعني رحت المدرسة", "ar"),
    ("agar kal online nahi aayi toh exam ki wajah se", "hi"),
    ("kal reply na karu toh samajh jana phone chheen liya", "hi"),
    ("如果我明天没上线，是因为要考试", "zh"),
]

NOTE_CASUAL = [
    ("wrote my suicide note lol anyway what r u guys doing this weekend", "en"),
    ("farewell letter done btw. so whos watching the match tonight", "en"),
    ("made a playlist for my funeral, its happening soon", "en"),
    ("finished my suicide note, anyway did anyone do the maths hw", "en"),
    ("my goodbye letters are done lol what r u guys up to", "en"),
    ("escribi mi carta de suicidio jaja bueno q hacen el finde", "es"),
    ("ya hice la playlist para mi funeral, va a ser pronto", "es"),
    ("j'ai ecrit ma lettre de suicide mdr bref vous faites quoi ce weekend", "fr"),
    ("lettre d'adieu finie au fait. sinon quoi de neuf", "fr"),
    ("escrevi minha carta de suicidio kkkk enfim oq vcs vao fazer no fds", "pt"),
    ("fiz uma playlist pro meu funeral, vai ser logo", "pt"),
    ("hab meinen abschiedsbrief geschrieben lol egal was macht ihr am wochenende", "de"),
    ("hab ne playlist fur meine beerdigung gemacht, ist bald soweit", "de"),
    ("ho scritto la mia lettera d'addio lol cmq che fate sto weekend", "it"),
    ("ho fatto una playlist per il mio funerale, manca poco", "it"),
    ("написала предсмертную записку лол ладно кто что делает на выходных", "ru"),
    ("сделала плейлист для своих похорон, скоро уже", "ru"),
    ("intihar mektubumu yazdım lol neyse hafta sonu ne yapıyorsunuz", "tr"),
    ("cenazem için playlist yaptım, yakında", "tr"),
    ("napisalam list pozegnalny xd dobra co robicie w weekend", "pl"),
    ("zrobilam playliste na swoj pogrzeb, to juz niedlugo", "pl"),
    ("udah nulis surat bunuh diri wkwk btw weekend pada kemana", "id"),
    ("udah bikin playlist buat pemakamanku, bentar lagi kok", "id"),
    ("كتبت رسالة انتحاري هههه المهم وش بتسوون الويكند", "ar"),
    ("سويت بلاي ليست لجنازتي، قريب", "ar"),
    ("suicide note likh liya lol anyway weekend ka kya plan hai", "hi"),
    ("apne funeral ke liye playlist bana li, jaldi hi hai", "hi"),
    ("सुसाइड नोट लिख लिया lol खैर वीकेंड का क्या प्लान है", "hi"),
    ("遗书写好了哈哈 对了周末你们干嘛", "zh"),
    ("给自己的葬礼做了个歌单，快了", "zh"),
]

NOTE_EVERYDAY = [
    ("we wrote a farewell letter to mr jones bc hes retiring", "en"),
    ("made a playlist for my grandpas funeral, he loved the beatles", "en"),
    ("made a funeral playlist for my sims character lmao", "en"),
    ("this song is going on my funeral playlist lol", "en"),
    ("made a playlist for my funeral, this exam is killing me, happening soon lol", "en"),
    ("escribimos una carta de despedida a la profe q se jubila", "es"),
    ("hice una playlist para el funeral de mi abuelo, le encantaba esa cancion", "es"),
    ("j'ai fait une playlist pour l'enterrement de mon papi", "fr"),
    ("fizemos uma carta de despedida pra professora que vai se aposentar", "pt"),
    ("fiz uma playlist pro funeral do meu personagem no jogo kkkk", "pt"),
    ("wir haben einen abschiedsbrief fur unsere lehrerin geschrieben, sie geht in rente", "de"),
    ("hab ne playlist fur die beerdigung von opa gemacht", "de"),
    ("abbiamo scritto una lettera d'addio alla prof che va in pensione", "it"),
    ("ho fatto una playlist per il funerale del nonno", "it"),
    ("мы написали прощальное письмо учительнице, она уходит на пенсию", "ru"),
    ("сделала плейлист для похорон дедушки", "ru"),
    ("emekli olan öğretmenimize veda mektubu yazdık", "tr"),
    ("dedemin cenazesi için playlist yaptım", "tr"),
    ("napisalismy list pozegnalny dla pani ktora idzie na emeryture", "pl"),
    ("zrobilam playliste na pogrzeb dziadka", "pl"),
    ("bikin playlist buat pemakaman kakek", "id"),
    ("سويت بلاي ليست لجنازة جدي", "ar"),
    ("humne retire hone wali teacher ke liye farewell letter likha", "hi"),
    ("dadaji ke funeral ke liye playlist banayi", "hi"),
    ("हमने रिटायर होने वाली टीचर के लिए विदाई पत्र लिखा", "hi"),
    ("我们给要退休的老师写了告别信", "zh"),
    ("给爷爷的葬礼做了个歌单", "zh"),
]

DAY_DECIDED = [
    ("decided. on friday i leave this world", "en"),
    ("saturday is my birthday and i decided i wont live to see it", "en"),
    ("this is my last week. i already decided", "en"),
    ("ive decided. sunday i leave this earth", "en"),
    ("my birthday is next week and i decided i wont be alive for it", "en"),
    ("ya lo decidi, el viernes me voy de este mundo", "es"),
    ("el sabado es mi cumple y decidi que no voy a llegar", "es"),
    ("esta es mi ultima semana, ya lo decidi", "es"),
    ("ya lo tengo decidido, el domingo me voy de este mundo", "es"),
    ("c'est decide, vendredi je quitte ce monde", "fr"),
    ("samedi c'est mon anniv et j'ai decide que je le verrai pas", "fr"),
    ("decidi, na sexta eu vou embora desse mundo", "pt"),
    ("sabado é meu aniversario e decidi que nao vou chegar la", "pt"),
    ("hab entschieden, am freitag verlass ich diese welt", "de"),
    ("samstag ist mein geburtstag und ich hab entschieden dass ich den nicht mehr erlebe", "de"),
    ("ho deciso, venerdi lascio questo mondo", "it"),
    ("sabato è il mio compleanno e ho deciso che non ci arrivo", "it"),
    ("решила, в пятницу я уйду из этого мира", "ru"),
    ("в субботу мой др и я решила что не доживу до него", "ru"),
    ("karar verdim, cuma günü bu dünyadan gidiyorum", "tr"),
    ("bu benim son haftam, karar verdim", "tr"),
    ("postanowilam, w piatek odchodze z tego swiata", "pl"),
    ("w sobote mam urodziny i postanowilam ze ich nie doczekam", "pl"),
    ("udah aku putusin, hari jumat aku pergi dari dunia ini", "id"),
    ("ini minggu terakhirku, udah aku putusin", "id"),
    ("قررت، يوم الجمعة بترك هالدنيا", "ar"),
    ("السبت عيد ميلادي وقررت اني ما راح اوصله", "ar"),
    ("decide kar liya, shukravar ko ye duniya chhod dungi", "hi"),
    ("ye mera aakhri hafta hai, decide kar liya", "hi"),
    ("तय कर लिया, शुक्रवार को ये दुनिया छोड़ दूंगी", "hi"),
    ("决定了，周五我就离开这个世界", "zh"),
    ("周六是我生日，我决定不活到那天了", "zh"),
]

DAY_EVERYDAY = [
    ("decided, on friday i leave this server. too much drama", "en"),
    ("saturday is my birthday!! 3 days left 🎉", "en"),
    ("decided to leave this world in minecraft and start a new one on friday", "en"),
    ("i decided i wont live to see gta 6 lol", "en"),
    ("i decided i wont make it to the party on saturday, its my bday but im sick", "en"),
    ("ya lo decidi, el viernes me voy del club", "es"),
    ("esta es mi ultima semana de vacaciones 😭", "es"),
    ("c'est decide, vendredi je quitte le club de foot", "fr"),
    ("samedi c'est mon anniv, j'ai decide que je verrai pas le film avec eux", "fr"),
    ("derniere semaine de vacances 😭", "fr"),
    ("decidi, na sexta eu saio do servidor", "pt"),
    ("ultima semana de ferias 😭", "pt"),
    ("hab entschieden, am freitag verlass ich den verein", "de"),
    ("samstag ist mein geburtstag, noch 3 tage 🎉", "de"),
    ("ho deciso, venerdi lascio la squadra", "it"),
    ("ultima settimana di vacanze 😭", "it"),
    ("решила, в пятницу ухожу из секции", "ru"),
    ("последняя неделя каникул 😭", "ru"),
    ("tatilin son haftası 😭", "tr"),
    ("karar verdim, bu dünyadan bir oyun dünyasına geçiyorum minecraft'ta", "tr"),
    ("postanowilam, w piatek odchodze z klubu", "pl"),
    ("ostatni tydzien wakacji 😭", "pl"),
    ("udah aku putusin, hari jumat aku keluar dari ekskul", "id"),
    ("minggu terakhir liburan 😭", "id"),
    ("قررت، يوم الجمعة بطلع من النادي", "ar"),
    ("اخر اسبوع بالاجازة 😭", "ar"),
    ("decide kar liya, shukravar ko ye club chhod dungi", "hi"),
    ("chhuttiyon ka aakhri hafta 😭", "hi"),
    ("तय कर लिया, शुक्रवार को ये स्कूल छोड़ दूंगी", "hi"),
    ("决定了，周五我就退出这个群", "zh"),
]

EVERYDAY_SCORER = [
    ("to juntando minha mesada faz semanas, ja tenho o suficiente pro fone", "pt"),
    ("ich heb meine tabletten im schrank auf, nur fur den fall", "de"),
    ("ich full omas tablettenbox jeden sonntag auf", "de"),
    ("haftalardır harçlığımı biriktiriyorum, artık yeterince var", "tr"),
    ("od tygodni zbieram kieszonkowe, mam juz wystarczajaco na sluchawki", "pl"),
    ("صار لي اسابيع اجمع مصروفي، الحين عندي كفاية", "ar"),
    ("हफ्तों से पॉकेट मनी जमा कर रही हूं, अब काफी है", "hi"),
    ("攒零花钱攒了好几个星期了，现在够了", "zh"),
    ("if im not on tmrw it means im grounded 😭", "en"),
    ("if im not online tomorrow its done, my account gets deleted", "en"),
    ("se eu nao entrar amanha é pq fiquei de castigo", "pt"),
    ("se eu nao responder amanha ja era, meu celular quebrou", "pt"),
    ("если я завтра не зайду значит меня нет дома", "ru"),
    ("kalo besok gue ga muncul berarti gue udah pergi ke rumah nenek", "id"),
    ("اذا ما دخلت بكره عشان الاختبار", "ar"),
    ("अगर कल ऑनलाइन नहीं आई तो एग्जाम की वजह से", "hi"),
    ("要是明天我没回消息，就是家里没网", "zh"),
    ("this is my last week of holidays nooo", "en"),
    ("decided, this is my last week of the diet", "en"),
    ("я решила что не увижу этот фильм в субботу", "ru"),
    ("karar verdim, cuma günü kulüpten ayrılıyorum", "tr"),
    ("暑假最后一周了😭", "zh"),
]

HELD = STOCKPILE + IF_GONE + NOTE_CASUAL + DAY_DECIDED
EVERYDAY = STOCKPILE_EVERYDAY + IF_GONE_EVERYDAY + NOTE_EVERYDAY + DAY_EVERYDAY
LANGS = ("en", "es", "fr", "pt", "de", "it", "ru", "tr", "pl", "id", "ar", "hi", "zh")


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_allowed(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_SCORER)
def test_everyday_no_rule(rules_pipe: Pipeline, text: str, lang: str) -> None:
    allowed(rules_pipe, text, lang=lang)


@pytest.mark.parametrize("cases", [HELD, EVERYDAY])
def test_every_language_has_six(cases: list[tuple[str, str]]) -> None:
    counts = {lang: sum(1 for _, case_lang in cases if case_lang == lang) for lang in LANGS}
    assert min(counts.values()) >= 6, counts
