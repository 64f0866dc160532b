"""A self-harm relapse after a clean spell told with each language's relapse
word, with regret, or as a clean spell with a sad ending, in 13 languages
(selfharm_relapse_langs.py).  Relapses of illness, of everyday habits, apps,
games and diets, things washed clean, a team's run, a third person's
relapse told to an adult, the topic discussed and a resolved past pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, self_harm_held

# the relapse word of the language with a clean spell (either order)
WORD_AND_SPELL = [
    ("well there goes my 40 days. relapsed", "en"),
    ("relapsed again, so much for 6 months", "en"),
    ("my sh streak is broken after 2 months", "en"),
    ("just relapsed. i was so proud of my 50 days", "en"),
    ("had a relapse tonight, i had 73 days", "en"),
    ("streak broken. i was clean for 3 weeks", "en"),
    ("ugh i messed up, was doing so good, almost 2 months clean", "en"),
    ("estuve limpio 5 semanas y volví a caer", "es"),
    ("tuve recaída anoche, llevaba 3 meses limpia", "es"),
    ("volví a caer ayer, 4 meses sin hacerlo", "es"),
    ("se rompió mi racha de 3 meses limpia, recaí", "es"),
    ("rechute. j'étais clean depuis 40 jours", "fr"),
    ("j'ai fait une rechute hier soir après 3 mois clean", "fr"),
    ("ma rechute d'hier, j'avais tenu 2 mois", "fr"),
    ("tive recaída ontem, tava limpa fazia 2 meses", "pt"),
    ("eu tava limpa fazia 5 semanas e recaí", "pt"),
    ("recaí ontem depois de 3 meses limpa", "pt"),
    ("hatte gestern einen Rückfall, 2 Monate ohne und jetzt das", "de"),
    ("bin rückfällig geworden, war so stolz auf meine 50 Tage", "de"),
    ("war 3 Wochen clean und hatte heute nacht einen Rückfall", "de"),
    ("ricaduta stanotte. ero pulita da 40 giorni", "it"),
    ("sono ricaduta dopo 3 mesi senza farmi del male", "it"),
    ("ci sono ricascata, 2 mesi pulita", "it"),
    ("срыв после полугода, ненавижу себя", "ru"),
    ("сорвался вчера. было 2 месяца без порезов", "ru"),
    ("был срыв вчера, а ведь было 3 недели чисто", "ru"),
    ("опять сорвался после 2 месяцев без этого", "ru"),
    ("nüksettim, 2 aydır temizdim", "tr"),
    ("dün gece nüksettim, 40 gün temizdim", "tr"),
    ("relapse oldum, 3 aydır temizdim", "tr"),
    ("dayanamadım, 2 ay kendime zarar vermemiştim", "tr"),
    ("3 haftalık temiz serim bitti, yine yaptım", "tr"),
    ("nawrót. 2 miesiące czysto i znowu to zrobiłam", "pl"),
    ("miałam nawrót po 40 dniach czysto", "pl"),
    ("nawrót wczoraj, a byłam czysta przez 3 miesiące", "pl"),
    ("aku relapse, padahal udah 40 hari bersih", "id"),
    ("semalem kambuh lagi, padahal udah sebulan clean", "id"),
    ("udah 2 bulan bersih terus aku ngelakuin itu lagi", "id"),
    ("صار عندي انتكاسة بعد شهرين نظيفة", "ar"),
    ("انتكست مرة ثانية بعد شهر نظيف", "ar"),
    ("انتكست بعد ٤٠ يوم نظيفه", "ar"),
    ("ماقدرت امسك نفسي، كنت نظيفه من شهرين", "ar"),
    ("relapse ho gaya yaar, 4 mahine clean tha", "hi"),
    ("mera relapse ho gaya, 40 din se clean thi", "hi"),
    ("2 mahine se clean thi aur phir se kar diya", "hi"),
    ("मेरा रिलैप्स हो गया, 3 महीने से साफ़ थी", "hi"),
    ("रिलैप्स हो गया यार, 2 महीने से क्लीन था", "hi"),
    ("3 महीने से साफ़ थी और फिर से कर दिया", "hi"),
    ("又复发了，坚持了三个月还是没忍住", "zh"),
    ("好不容易坚持了一个月，又破戒了", "zh"),
    ("两个月没自残了，昨晚又没忍住", "zh"),
    ("戒了三个月还是又犯了", "zh"),
    ("又复發了，堅持了兩個月還是沒忍住", "zh"),
    ("j'ai rechuté cette nuit, j'étais clean depuis 3 semaines", "fr"),
    ('je viens de rechuter après 50 jours sans me couper', "fr"),
    ('recaí. eram 6 semanas sem me machucar', "pt"),
    ('tive outra recaída, 2 meses limpa e agora do zero', "pt"),
    ('aku kambuh lagi setelah 3 bulan bersih', "id"),
    ('huhu kambuh lagi, 40 hari clean hancur', "id"),
    ('tuve una recaída después de 6 semanas sin cortarme, me odio', "es"),
    ('Rückfall heute. seit 2 Monaten clean gewesen', "de"),
    ('я сорвалась, держалась целых 2 месяца', "ru"),
    ('انتكست امس بعد ٣ شهور نظيفه', "ar"),
    ('nüksettim, 50 gündür kendime zarar vermemiştim', "tr"),
    ('mam nawrót po 2 miesiącach bez samookaleczania', "pl"),
    ('relapse ho gaya, 3 hafte se clean thi', "hi"),
    ('最后还是复发了，坚持了二十天', "zh"),
]

# the relapse word with regret ("ruined everything", "la cagué", "всё испортила")
WORD_AND_REGRET = [
    ("so yeah i relapsed, i ruined everything", "en"),
    ("i relapsed. 3 months clean and i threw it all away", "en"),
    ("relapsed after being clean since christmas, i feel like such a failure", "en"),
    ("recaí y lo eché todo a perder", "es"),
    ("otra recaída, 60 días limpia tirados a la basura", "es"),
    ("recaída. 50 días limpia y todo a la basura", "es"),
    ("encore une rechute, j'ai tout gâché", "fr"),
    ("j'ai rechuté, 2 mois sans me faire de mal et tout est foutu", "fr"),
    ("j'ai replongé, 2 mois clean pour rien", "fr"),
    ("tive uma recaída e estraguei tudo", "pt"),
    ("recaída. 2 meses limpo e estraguei tudo", "pt"),
    ("minha recaída de ontem estragou tudo, 50 dias sem me cortar", "pt"),
    ("Rückfall. 3 Monate clean und jetzt alles kaputt", "de"),
    ("ich hatte einen Rückfall und hab alles kaputt gemacht", "de"),
    ("wieder rückfällig geworden, 6 Wochen ohne und jetzt alles umsonst", "de"),
    ("ho avuto una ricaduta, 2 mesi pulita e ho rovinato tutto", "it"),
    ("sono ricaduto, 6 settimane buttate", "it"),
    ("ho avuto una ricaduta ieri e mi odio", "it"),
    ("ricaduta. avevo 50 giorni pulita e ho rovinato tutto", "it"),
    ("сорвалась. 3 месяца без селфхарма и всё заново", "ru"),
    ("у меня срыв, 2 месяца держалась и всё испортила", "ru"),
    ("снова срыв. 50 дней чистоты коту под хвост", "ru"),
    ("опять срыв, 3 недели чистая и все заново", "ru"),
    ("nüksettim ve her şeyi mahvettim", "tr"),
    ("relapse oldum, kendimden nefret ediyorum", "tr"),
    ("zaliczyłam nawrót, tyle dni na nic", "pl"),
    ("mam nawrót i nienawidzę siebie", "pl"),
    ("miałem wczoraj nawrót, 3 tygodnie bez tego i wszystko zepsułem", "pl"),
    ("kambuh lagi. udah 3 bulan bersih dan aku ngerusak semuanya", "id"),
    ("kambuh semalem, 2 bulan clean sia sia", "id"),
    ("aku relapse lagi dan benci diri sendiri", "id"),
    ("gue kambuh lagi, 3 minggu ga nyakitin diri sendiri hancur", "id"),
    ("انتكست، ٣ شهور بدون وخربت كل شي", "ar"),
    ("انتكست وخربت كل شي", "ar"),
    ("انتكاسة. كنت نظيف شهرين وخربت كل شي", "ar"),
    ("kal raat relapse ho gaya, sab barbaad kar diya", "hi"),
    ("yaar relapse ho gaya aur khud se nafrat ho rahi hai", "hi"),
    ("फिर से रिलैप्स हो गया, सब बर्बाद", "hi"),
    ("又复发了，之前的40天白坚持了", "zh"),
    ("坚持了50天，还是又复发了，前功尽弃", "zh"),
    ('i relapsed after 2 weeks clean, i feel like a failure', "en"),
]

# a clean spell with a sad ending, no relapse word
SPELL_AND_SAD_ENDING = [
    ("i was 8 weeks clean and now i am back to square one", "en"),
    ("ugh i messed up, almost 2 months clean", "en"),
    ("llevaba 2 meses sin hacerme daño y ayer la cagué", "es"),
    ("j'étais clean depuis 6 semaines et j'ai tout gâché", "fr"),
    ("3 meses limpa e agora voltei pro zero", "pt"),
    ("ich war 40 Tage clean und hab's versaut", "de"),
    ("2 Monate ohne Selbstverletzung und jetzt wieder von vorne", "de"),
    ("ero pulita da un mese e ho fatto un casino", "it"),
    ("ricaduta. 3 settimane senza tagliarmi e ora di nuovo a zero", "it"),
    ("bir ay temiz kaldım ve hepsini mahvettim", "tr"),
    ("nie wytrzymałam, miesiąc bez samookaleczania i wszystko na nic", "pl"),
    ("2 miesiące czysta i wczoraj wszystko zepsułam", "pl"),
    ("كنت نظيفة ٤٠ يوم ورجعت عملتها", "ar"),
    ("3 mahine clean rahi aur sab barbaad kar diya", "hi"),
    ("三个月没伤害自己，今天全毁了", "zh"),
    ("我又没忍住，两个月的努力全没了", "zh"),
]

# relapses of everyday habits, apps, games, food and diets
EVERYDAY_RELAPSES = [
    ("relapsed on sugar after 2 weeks, the cookies won", "en"),
    ("lost my duolingo streak after 200 days, messed up", "en"),
    ("2 months clean from vaping and i messed up at the party", "en"),
    ("our snapchat streak broke after 300 days i messed up", "en"),
    ("llevaba 3 días sin tiktok y recaí jaja", "es"),
    ("3 jours sans instagram et j'ai craqué lol", "fr"),
    ("3 dias sem celular e recaí kkkk", "pt"),
    ("tive recaída no vape depois de 2 meses, que vergonha", "pt"),
    ("Rückfall beim Zucker, 2 Wochen ohne Süßes und dann Kuchen", "de"),
    ("3 Tage ohne Handy, dann Rückfall lol", "de"),
    ("Rückfall ins Zocken nach 2 Wochen ohne, alles umsonst", "de"),
    ("wieder schwach geworden beim Kuchen, 3 Wochen ohne Zucker", "de"),
    ("ricaduta con i dolci dopo 2 settimane di dieta", "it"),
    ("3 giorni senza tiktok e ci sono ricascata ahah", "it"),
    ("sono ricaduta nella dieta dopo 2 settimane", "it"),
    ("сорвалась с диеты после 2 недель, съела торт", "ru"),
    ("срыв на диете после 2 недель, все зря", "ru"),
    ("diyetimi bozdum, 2 hafta şekersiz gitmiştim", "tr"),
    ("nüksettim diyorum ama sadece 2 haftalık şekersiz diyetimi bozdum", "tr"),
    ("nawrót słodyczy po 2 tygodniach diety", "pl"),
    ("3 dni bez tiktoka i znowu to zrobiłam lol", "pl"),
    ("3 hari tanpa tiktok terus relapse lagi wkwk", "id"),
    ("udah 2 minggu diet terus gagal lagi", "id"),
    ("kambuh lagi main game, 2 minggu bersih dari hp", "id"),
    ("انتكست بالسكر بعد اسبوعين رجيم", "ar"),
    ("٣ ايام بدون تيك توك وانتكست ههههه", "ar"),
    ("انتكست بالرجيم بعد شهرين وخربت كل شي", "ar"),
    ("diet ka relapse ho gaya yaar, 2 hafte baad pizza kha liya", "hi"),
    ("3 din bina instagram ke, phir relapse ho gaya lol", "hi"),
    ("2 mahine se clean tha pubg se, phir se khel liya", "hi"),
    ("戒奶茶三天又破戒了哈哈", "zh"),
    ("三天没玩手机，又没忍住", "zh"),
    ("手机戒了一个月，又没忍住", "zh"),
    ("戒烟两个月，又没忍住", "zh"),
    ('3 semanas sem chocolate e recaí, estraguei tudo kkk', "pt"),
    ("j'ai craqué sur le gâteau après 2 semaines de régime", "fr"),
    ('streak broken! my reading streak was 40 days', "en"),
    ('Rückfall in alte Gewohnheiten beim Lernen, nach 2 Wochen alles umsonst', "de"),
    ('kambuh lagi malesnya setelah 2 minggu rajin belajar', "id"),
    ('2 weeks without my phone and i caved', "en"),
    ('llevaba 3 meses ahorrando y lo arruiné comprando un juego', "es"),
    ('2 ay temiz kaldım diye övündüm ama aslında odam berbat', "tr"),
    ('坚持了三个月跑步，全毁了', "zh"),
    ('坚持了两个月背单词，又没忍住玩了', "zh"),
]

# relapses of illness
ILLNESS = [
    ("my grandma's cancer came back, a relapse after 2 years", "en"),
    ("recaída de covid, otra semana en casa", "es"),
    ("ma grand-mère a fait une rechute de son cancer", "fr"),
    ("rechute de grippe, j'étais guérie depuis 2 semaines", "fr"),
    ("die Grippe kam zurück, Rückfall nach 2 Wochen", "de"),
    ("la nonna ha avuto una ricaduta del tumore", "it"),
    ("ho avuto una ricaduta dell'influenza dopo 2 settimane", "it"),
    ("у бабушки рецидив рака", "ru"),
    ("babaannemin kanseri nüksetti", "tr"),
    ("babcia ma nawrót raka", "pl"),
    ("nawrót grypy po 2 tygodniach, znowu w łóżku", "pl"),
    ("asma aku kambuh lagi, harus pakai inhaler", "id"),
    ("aku kambuh maag nya setelah 2 bulan ga makan pedes", "id"),
    ("جدتي صار عندها انتكاسة بالمرض", "ar"),
    ("انتكست الانفلونزا ورجعت للسرير", "ar"),
    ("nani ka cancer relapse ho gaya", "hi"),
    ("बुखार फिर से आ गया, रिलैप्स हो गया डॉक्टर ने कहा", "hi"),
    ("奶奶的癌症复发了", "zh"),
    ("感冒又复发了，好烦", "zh"),
]

# clean meaning washed, and a team's run
WASHED_AND_SPORT = [
    ("my room has been clean for 2 months, mum is shocked", "en"),
    ("i was clean for 2 months and then my skin broke out, ugh ruined everything", "en"),
    ("the team was unbeaten for 3 months and ruined it last night", "en"),
    ("mi habitación lleva 2 meses limpia, un milagro", "es"),
    ("el equipo llevaba 3 meses invicto y la cagó ayer", "es"),
    ("llevaba 3 meses limpia la cocina y mi hermano la arruinó", "es"),
    ("l'équipe était invaincue depuis 3 mois et a tout gâché", "fr"),
    ("mon équipe a fait une rechute après 2 mois sans défaite", "fr"),
    ("meu quarto tá limpo faz 2 meses, milagre", "pt"),
    ("o time estava 3 meses invicto e estragou tudo ontem", "pt"),
    ("mein Zimmer ist seit 2 Monaten sauber", "de"),
    ("die Mannschaft war 3 Monate ungeschlagen und hat alles versaut", "de"),
    ("la mia camera è pulita da 2 mesi", "it"),
    ("la squadra era imbattuta da 3 mesi e ha rovinato tutto", "it"),
    ("в комнате чисто уже 2 месяца", "ru"),
    ("у команды срыв после 2 месяцев без поражений", "ru"),
    ("odam 2 aydır temiz", "tr"),
    ("mój pokój jest czysty od 2 miesięcy", "pl"),
    ("kamarku udah bersih 2 bulan", "id"),
    ("غرفتي نظيفة من شهرين", "ar"),
    ("الفريق خرب كل شي بعد ٣ شهور بدون خسارة", "ar"),
    ("mera kamra 2 mahine se saaf hai", "hi"),
    ("मेरा कमरा 2 महीने से साफ़ है", "hi"),
    ("房间干净了两个月", "zh"),
    ('5 days clean shaven and i look ruined', "en"),
    ('i was clean for 3 weeks of practice, no fouls, then messed up the final', "en"),
    ('2 mahine se clean shave tha, sab barbaad ho gaya haircut se', "hi"),
    ('udah 2 bulan bersih kamar mandi nya terus hancur lagi', "id"),
    ('ero pulita da 2 giorni quando mi sono sporcata di fango', "it"),
]

# someone else's relapse told to an adult, the topic discussed, other things gone wrong after a spell
OTHERS_TOPIC_PAST = [
    ("relapse is part of recovery, the counsellor said", "en"),
    ("we talked about how relapse after 3 months clean does not mean failure", "en"),
    ("how do you support someone who relapsed after months clean?", "en"),
    ("la recaída es parte de la recuperación, dijo la psicóloga", "es"),
    ("mi amiga recayó después de 2 meses, se lo contamos a la orientadora", "es"),
    ("mi primo tuvo una recaída, llevaba 2 meses limpio de drogas, ya lo saben sus padres", "es"),
    ("la rechute fait partie du rétablissement, nous a dit l'infirmière", "fr"),
    ("mon pote a rechuté après 3 mois, on en a parlé au CPE", "fr"),
    ("ma meilleure amie a rechuté, on l'a dit à l'infirmière scolaire et elle est suivie", "fr"),
    ("recaída faz parte da recuperação, disse a psicóloga", "pt"),
    ("minha amiga teve uma recaída, contamos pra orientadora e ela tá recebendo ajuda", "pt"),
    ("meu irmão recaiu depois de 2 meses limpo, meus pais já sabem e ele tá no tratamento", "pt"),
    ("ein Rückfall gehört zur Genesung, hat die Therapeutin gesagt", "de"),
    ("mein Bruder ist rückfällig geworden, war 3 Monate clean, die Eltern wissen es", "de"),
    ("ein Rückfall ist kein Versagen, hat unsere Lehrerin im Workshop erklärt", "de"),
    ("la ricaduta fa parte della guarigione, ha detto la psicologa", "it"),
    ("la mia amica ha avuto una ricaduta, l'abbiamo detto alla prof e ora la aiutano", "it"),
    ("срыв это часть выздоровления, сказала психолог", "ru"),
    ("подруга сорвалась, мы рассказали школьному психологу, ей помогают", "ru"),
    ("мы обсуждали, что срыв после 3 месяцев это не конец", "ru"),
    ("сорвалась на маму, потом извинилась", "ru"),
    ("nüks iyileşmenin bir parçası dedi psikolog", "tr"),
    ("arkadaşım yine yaptı, rehber öğretmene söyledik", "tr"),
    ("kardeşim nüksetti, 2 ay temizdi, ailem biliyor", "tr"),
    ("amcam 3 ay içmedikten sonra nüksetti", "tr"),
    ("yine yaptım! kekim harika oldu", "tr"),
    ("nawrót to część zdrowienia, mówiła pani psycholog", "pl"),
    ("koleżanka miała nawrót, powiedziałyśmy pedagożce i dostała pomoc", "pl"),
    ("nawrót palenia u taty po 2 miesiącach", "pl"),
    ("znowu to zrobiłam! upiekłam najlepsze ciasto", "pl"),
    ("kambuh itu bagian dari pemulihan kata konselor", "id"),
    ("temenku kambuh lagi, kami udah bilang ke guru bk", "id"),
    ("dia kambuh setelah 2 bulan bersih, udah aku bilang ke guru bk", "id"),
    ("maag ku kambuh setelah 2 bulan", "id"),
    ("الانتكاسة جزء من التعافي قالت المرشدة", "ar"),
    ("صاحبتي انتكست وخبرنا المرشدة وهي الحين تاخذ مساعدة", "ar"),
    ("اخوي انتكس بعد شهرين، وامي تدري", "ar"),
    ("counsellor ne bola relapse recovery ka hissa hai", "hi"),
    ("dost ka relapse ho gaya tha, humne teacher ko bataya", "hi"),
    ("uska relapse ho gaya 2 mahine baad, maine teacher ko bata diya", "hi"),
    ("老师说复发是康复的一部分", "zh"),
    ("朋友又复发了，我们告诉了老师，她现在在看医生", "zh"),
    ("她坚持了三个月又复发了，我们告诉了老师", "zh"),
    ('recaída da gripe depois de 2 semanas, de novo na cama', "pt"),
    ('a psicóloga explicou que recaída depois de meses limpo não é fracasso', "pt"),
    ('meu quarto ficou limpo 2 semanas e agora voltou pro zero', "pt"),
    ('ela recaiu depois de 3 meses limpa, a mãe dela já sabe', "pt"),
    ('la rechute de mon père, 2 ans sans alcool, on en parle en famille', "fr"),
    ("relapse. that's the word of the day in our health class", "en"),
    ('my relapse prevention plan has 3 steps, we wrote it after 2 weeks of lessons', "en"),
    ('2 weeks free trial ended and i have to start over', "en"),
    ('we had 3 days free and i wasted it', "en"),
    ('después de 3 meses volví a caer en la misma trampa del examen', "es"),
    ('fiquei 2 meses sem sair e agora tudo de novo do zero na escola', "pt"),
    ('сорвалась на брата, 2 месяца не ссорились и все испортила', "ru"),
    ('znowu to zrobiłam, zapomniałam zeszytu 2 tygodnie z rzędu', "pl"),
    ('كنت نظيف شهرين من المشاكل بالمدرسة وخربت كل شي', "ar"),
    ('3 Wochen ohne Regen und alles kaputt im Garten', "de"),
    ('ich war 2 Wochen krank und jetzt alles von vorne in Mathe', "de"),
]


@pytest.mark.parametrize(("text", "lang"), WORD_AND_SPELL)
def test_relapse_word_with_a_clean_spell_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), WORD_AND_REGRET)
def test_relapse_word_with_regret_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), SPELL_AND_SAD_ENDING)
def test_clean_spell_with_a_sad_ending_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), WORD_AND_SPELL + WORD_AND_REGRET + SPELL_AND_SAD_ENDING)
def test_relapses_are_held_by_the_rules_alone(rules_pipe: Pipeline, text: str, lang: str) -> None:
    v = rules_pipe.check(text, lang=lang)
    assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_RELAPSES)
def test_everyday_habit_app_and_diet_relapses_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), ILLNESS)
def test_illness_relapses_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), WASHED_AND_SPORT)
def test_washed_clean_and_team_runs_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), OTHERS_TOPIC_PAST)
def test_others_relapses_the_topic_and_everyday_again_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
