"""Indirect self-harm and suicide disclosures, one class of case per test.

Written for this file (as 11-17 year olds type in chat, with slang, missing
accents and romanised forms), never taken from the held-out sets.  Every
positive class has hard negatives next to it: third person, advice, news,
lyrics, fiction, school lessons and everyday idioms that share its words.
A disclosure must be *held* with category ``self_harm`` (never blocked, never
allowed).
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

Case = tuple[str, str]


def _held(pipe: Pipeline, cases: list[Case]) -> None:
    for text, lang in cases:
        v = pipe.check(text, lang)
        assert v.action is Action.HOLD and "self_harm" in v.categories, (text, v)


def _passes(pipe: Pipeline, cases: list[Case]) -> None:
    for text, lang in cases:
        v = pipe.check(text, lang)
        assert "self_harm" not in v.categories, (text, v)


def _ids(cases: list[Case]) -> list[str]:
    return [f"{lang}-{i}" for i, (_, lang) in enumerate(cases)]


# -- hopelessness combined with a plan or a means ------------------------------
HOPELESS_PLAN = [
    ("nothing is ever going to get better and i know where my mum keeps her pills", "en"),
    ("theres no way out for me, the bridge near school is really high", "en"),
    ("nada va a mejorar nunca, ya sé dónde guarda mi madre las pastillas", "es"),
    ("rien ne va jamais s'arranger, j'ai trouvé les cachets de ma mère", "fr"),
    ("nada vai melhorar, eu sei onde minha mãe guarda os remédios", "pt"),
    ("es wird nie besser, ich weiß wo meine mutter ihre tabletten hat", "de"),
    ("non migliorerà mai niente, so dove mia madre tiene le pastiglie", "it"),
    ("ничего никогда не изменится, я знаю где мама хранит таблетки", "ru"),
    ("ما في امل، وانا عارف وين امي تخبي الحبوب", "ar"),
    ("ma fi amal, w ana 3aref wen mama bt5abi el 7ubub", "ar"),
    ("一切都不会好起来的，我知道妈妈把安眠药放在哪", "zh"),
    ("koi umeed nahi bachi, mujhe pata hai mummy goliyan kahan rakhti hai", "hi"),
]
HOPELESS_PLAN_NEG = [
    ("nothing is ever going to get better with this wifi, where are the headache pills", "en"),
    ("the bridge near school is really high, we walked over it on our trip", "en"),
    ("my mum keeps her pills in the kitchen so my little brother cant reach them", "en"),
    ("mi madre guarda las pastillas en la cocina", "es"),
    ("ma mère garde les cachets dans la salle de bain", "fr"),
    ("so dove mia madre tiene le pastiglie per il mal di testa", "it"),
]


@pytest.mark.parametrize(("text", "lang"), HOPELESS_PLAN, ids=_ids(HOPELESS_PLAN))
def test_hopelessness_with_means_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), HOPELESS_PLAN_NEG, ids=_ids(HOPELESS_PLAN_NEG))
def test_hopelessness_or_means_alone_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- wishing not to wake up ----------------------------------------------------
NOT_WAKE = [
    ("every night i go to bed hoping this time i dont wake up", "en"),
    ("i wish i could just go to sleep and never wake up again", "en"),
    ("cada noche me duermo deseando no despertar", "es"),
    ("chaque soir j'espère ne jamais me réveiller", "fr"),
    ("toda noite eu durmo torcendo pra não acordar", "pt"),
    ("jeden abend hoffe ich, dass ich nicht mehr aufwache", "de"),
    ("ogni sera spero di non svegliarmi più", "it"),
    ("каждый вечер надеюсь что не проснусь", "ru"),
    ("كل ليله انام واتمنى ما اصحى", "ar"),
    ("kol lela bnam w bitmana ma as7a", "ar"),
    ("每天晚上睡觉都希望明天不要醒来", "zh"),
    ("每天晚上睡覺都希望明天不要醒來", "zh"),
    ("har raat sochta hu kaash subah uthu hi na", "hi"),
    ("हर रात सोचता हूँ काश सुबह उठूं ही ना", "hi"),
]
NOT_WAKE_NEG = [
    ("i hope i dont wake up late tomorrow, the bus leaves at 7", "en"),
    ("in the song she sings about going to sleep and never waking up", "en"),
    ("ojalá no despertar tarde mañana", "es"),
    ("j'espère ne pas me réveiller en retard demain", "fr"),
    ("spero di non svegliarmi tardi domani", "it"),
    ("надеюсь не проснусь поздно завтра", "ru"),
    ("希望明天不要醒得太晚", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_WAKE, ids=_ids(NOT_WAKE))
def test_wish_not_to_wake_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), NOT_WAKE_NEG, ids=_ids(NOT_WAKE_NEG))
def test_waking_late_or_lyrics_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- burden: everyone would be better off without me ---------------------------
BURDEN = [
    ("everyone would be better off without me honestly", "en"),
    ("my family would be so much happier if i wasnt here", "en"),
    ("todos estarían mejor sin mí", "es"),
    ("tout le monde serait mieux sans moi", "fr"),
    ("todo mundo estaria melhor sem mim", "pt"),
    ("alle wären ohne mich besser dran", "de"),
    ("starebbero tutti meglio senza di me", "it"),
    ("всем будет лучше без меня", "ru"),
    ("الكل رح يكون احسن بدوني", "ar"),
    ("kolhom a7san bdoni", "ar"),
    ("没有我大家都会过得更好", "zh"),
    ("mere bina sab behtar rahenge", "hi"),
    ("मेरे बिना सब बेहतर रहेंगे", "hi"),
]
BURDEN_NEG = [
    ("the team would be better off without our coach, he never lets us play", "en"),
    ("everyone would be better off without social media tbh", "en"),
    ("todos estarían mejor sin los deberes", "es"),
    ("tout le monde serait mieux sans les réseaux sociaux", "fr"),
    ("alle wären ohne hausaufgaben besser dran", "de"),
    ("starebbero tutti meglio senza compiti", "it"),
    ("всем будет лучше без домашки", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), BURDEN, ids=_ids(BURDEN))
def test_better_off_without_me_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), BURDEN_NEG, ids=_ids(BURDEN_NEG))
def test_better_off_without_something_else_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- "I won't be a problem much longer" ----------------------------------------
NOT_LONGER = [
    ("dont worry, i wont be a problem much longer", "en"),
    ("i wont be anyones burden for much longer", "en"),
    ("no se preocupen, ya no voy a ser un problema por mucho tiempo", "es"),
    ("t'inquiète, je serai plus un problème très longtemps", "fr"),
    ("relaxa, não vou ser um problema por muito tempo", "pt"),
    ("keine sorge, ich bin nicht mehr lange ein problem", "de"),
    ("tranquilli, non sarò un problema ancora per molto", "it"),
    ("не переживайте, я недолго буду для вас проблемой", "ru"),
    ("لا تقلقوا، ما راح اكون مشكله لكم لفتره طويله", "ar"),
    ("不用担心，我不会再给你们添麻烦太久了", "zh"),
    ("tension mat lo, main zyada der tak problem nahi rahunga", "hi"),
]
NOT_LONGER_NEG = [
    ("dont worry, the lag wont be a problem much longer, they are fixing the server", "en"),
    ("i wont be a problem much longer, mum is picking me up at 5", "en"),
    ("la lluvia no va a ser un problema por mucho tiempo", "es"),
    ("ce bug ne sera plus un problème très longtemps", "fr"),
    ("das wlan ist nicht mehr lange ein problem", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_LONGER, ids=_ids(NOT_LONGER))
def test_not_a_problem_much_longer_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), NOT_LONGER_NEG, ids=_ids(NOT_LONGER_NEG))
def test_something_else_not_a_problem_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- goodbyes and giving things away -------------------------------------------
GOODBYE_GIVING = [
    ("gave my headphones and my hoodies to my best friend, she should have them when im gone", "en"),
    ("giving all my stuff away this week, dont worry about me", "en"),
    ("regalé todas mis cosas, gracias por todo", "es"),
    ("j'ai donné toutes mes affaires, merci pour tout", "fr"),
    ("dei todas as minhas coisas, obrigado por tudo", "pt"),
    ("ich hab alle meine sachen verschenkt, danke für alles", "de"),
    ("ho regalato tutte le mie cose, grazie di tutto", "it"),
    ("раздал все свои вещи, спасибо за всё", "ru"),
    ("وزعت كل اغراضي، سامحوني", "ar"),
    ("我把东西都送人了，谢谢你们的一切", "zh"),
    ("maine apna saara saman de diya, sabka shukriya", "hi"),
]
GOODBYE_GIVING_NEG = [
    ("i gave my old games to my brother", "en"),
    ("i wrote goodbye cards for my teacher who is leaving, thanks for everything miss", "en"),
    ("regalé mi ropa vieja a la iglesia, gracias por todo", "es"),
    ("j'ai donné mes vieux livres à la bibliothèque, merci pour tout madame", "fr"),
    ("ho regalato i miei vecchi giochi a mio fratello", "it"),
    ("bye everyone see you tomorrow, thanks for everything today", "en"),
]


@pytest.mark.parametrize(("text", "lang"), GOODBYE_GIVING, ids=_ids(GOODBYE_GIVING))
def test_giving_away_with_goodbye_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), GOODBYE_GIVING_NEG, ids=_ids(GOODBYE_GIVING_NEG))
def test_everyday_giving_and_goodbyes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- hidden injuries -----------------------------------------------------------
HIDDEN = [
    ("wearing a hoodie in summer again so nobody sees my arms", "en"),
    ("my cuts healed again", "en"),
    ("the scars on my thighs are finally fading but i want to do it again", "en"),
    ("llevo manga larga en verano para que nadie vea mis brazos", "es"),
    ("je porte des manches longues en été pour que personne voie mes bras", "fr"),
    ("uso manga comprida no verão pra ninguém ver meus braços", "pt"),
    ("ich trage im sommer lange ärmel damit keiner meine arme sieht", "de"),
    ("porto le maniche lunghe d'estate così nessuno vede i miei tagli", "it"),
    ("летом хожу в длинных рукавах чтобы никто не видел мои руки", "ru"),
    ("البس اكمام طويله بالصيف عشان محد يشوف ايدي", "ar"),
    ("夏天也穿长袖，不想让别人看到我手臂上的疤", "zh"),
    ("garmi mein bhi full sleeves pehenti hu taaki koi mere haath na dekhe", "hi"),
]
HIDDEN_NEG = [
    ("i wear long sleeves in summer because i get cold in the classroom aircon", "en"),
    ("my cuts from skateboarding healed really fast", "en"),
    ("my scars from the operation healed again", "en"),
    ("she wears long sleeves in summer, should i ask her if she is ok?", "en"),
    ("llevo manga larga en verano porque me quemo con el sol", "es"),
    ("je porte des manches longues en été parce que j'ai froid", "fr"),
    ("ich trage im sommer lange ärmel wegen der mücken", "de"),
    ("летом хожу в длинных рукавах от комаров", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), HIDDEN, ids=_ids(HIDDEN))
def test_hidden_injuries_hold(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), HIDDEN_NEG, ids=_ids(HIDDEN_NEG))
def test_sleeves_and_healed_cuts_everyday_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- past attempts -------------------------------------------------------------
ATTEMPT = [
    ("last time i took pills i woke up in hospital", "en"),
    ("i swallowed a whole box of tablets last year and ended up in a and e", "en"),
    ("la última vez que me tomé las pastillas desperté en el hospital", "es"),
    ("la dernière fois que j'ai avalé des cachets je me suis réveillée à l'hôpital", "fr"),
    ("da última vez que tomei os remédios acordei no hospital", "pt"),
    ("letztes mal hab ich tabletten genommen und bin im krankenhaus aufgewacht", "de"),
    ("l'ultima volta che ho preso le pastiglie mi sono svegliata in ospedale", "it"),
    ("в прошлый раз я выпила таблетки и очнулась в больнице", "ru"),
    ("اخر مره اخذت حبوب صحيت بالمستشفى", "ar"),
    ("上次吃了药醒来在医院", "zh"),
    ("pichli baar goliyan khayi thi toh hospital mein uthi", "hi"),
]
ATTEMPT_NEG = [
    ("last time i took pills for my allergy i felt sleepy all day", "en"),
    ("my grandma took the wrong pills and woke up in hospital, she is ok now", "en"),
    ("la última vez que me operaron desperté en el hospital", "es"),
    ("i woke up in hospital after the car crash and they gave me pills", "en"),
    ("i was in hospital after i broke my leg, took painkillers", "en"),
    ("in the book the girl wakes up in hospital after the accident", "en"),
    ("letztes mal hab ich tabletten gegen kopfweh genommen", "de"),
]


@pytest.mark.parametrize(("text", "lang"), ATTEMPT, ids=_ids(ATTEMPT))
def test_past_attempt_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), ATTEMPT_NEG, ids=_ids(ATTEMPT_NEG))
def test_hospital_or_pills_everyday_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- letters to everyone -------------------------------------------------------
LETTERS = [
    ("ive written letters to everyone, they are in my desk", "en"),
    ("i wrote a letter for each of my friends, they will find them after", "en"),
    ("ya escribí cartas para todos, están en mi cajón", "es"),
    ("j'ai écrit une lettre à chacun, elles sont dans mon tiroir", "fr"),
    ("já escrevi cartas pra todo mundo, tão na minha gaveta", "pt"),
    ("ich hab jedem einen brief geschrieben, sie liegen in meiner schublade", "de"),
    ("ho scritto lettere a tutti, sono nel mio cassetto", "it"),
    ("я написала всем письма, они в моём столе", "ru"),
    ("كتبت رسايل لكل واحد، بدرجي", "ar"),
    ("我给每个人都写好了信，放在抽屉里", "zh"),
    ("maine sabke liye letters likh diye hain, drawer mein hain", "hi"),
]
LETTERS_NEG = [
    ("i wrote goodbye cards for my teacher who is leaving", "en"),
    ("we wrote letters to everyone in the care home for christmas", "en"),
    ("in english class we wrote letters to our future selves", "en"),
    ("escribimos cartas a los abuelos de la residencia", "es"),
    ("j'ai écrit des lettres au père noël avec ma petite soeur", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), LETTERS, ids=_ids(LETTERS))
def test_letters_to_everyone_hold(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), LETTERS_NEG, ids=_ids(LETTERS_NEG))
def test_letters_at_school_or_holidays_pass(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- researching methods -------------------------------------------------------
RESEARCH = [
    ("ive been googling how many pills it takes", "en"),
    ("i keep looking up which bridge is the highest around here", "en"),
    ("estuve buscando en google cuántas pastillas hacen falta", "es"),
    ("j'ai cherché sur internet combien de cachets il faut", "fr"),
    ("fiquei pesquisando quantos comprimidos precisa", "pt"),
    ("ich hab gegoogelt wie viele tabletten man braucht", "de"),
    ("ho cercato su google quante pastiglie servono", "it"),
    ("я гуглила сколько таблеток нужно", "ru"),
    ("قعدت ادور بجوجل كم حبه تكفي", "ar"),
    ("我一直在网上查吃多少片安眠药会死", "zh"),
    ("google pe search kiya kitni goliyan kaafi hain", "hi"),
]
RESEARCH_NEG = [
    ("i googled how many pills of ibuprofen you can take for a headache", "en"),
    ("we researched bridges in engineering class, the highest one is in france", "en"),
    ("i looked up which bridge is the oldest in london for my project", "en"),
    ("busqué en google cuántas pastillas de vitamina c se pueden tomar al día", "es"),
    ("j'ai cherché combien de cachets de doliprane on peut prendre pour la fièvre", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), RESEARCH, ids=_ids(RESEARCH))
def test_method_research_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), RESEARCH_NEG, ids=_ids(RESEARCH_NEG))
def test_dose_and_homework_research_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- counting pills ------------------------------------------------------------
COUNTING = [
    ("i counted my pills again, 40 should be enough", "en"),
    ("been counting mums sleeping pills every night", "en"),
    ("conté las pastillas, creo que son suficientes", "es"),
    ("j'ai compté les cachets, ça devrait suffire", "fr"),
    ("contei os comprimidos, acho que dá", "pt"),
    ("ich hab die tabletten gezählt, das müsste reichen", "de"),
    ("ho contato le pastiglie, dovrebbero bastare", "it"),
    ("я пересчитала таблетки, должно хватить", "ru"),
    ("عديت الحبوب، اعتقد تكفي", "ar"),
    ("我数了数安眠药，应该够了", "zh"),
    ("maine goliyan gini, itni kaafi hongi", "hi"),
]
COUNTING_NEG = [
    ("i count my pills into the weekly box so i dont forget my inhaler meds", "en"),
    ("the nurse counted the pills for my grandad", "en"),
    ("i counted my pills into the box for the week", "en"),
    ("counted the sweets, there should be enough for the whole class", "en"),
    ("conté los caramelos, son suficientes para todos", "es"),
    ("ho contato le caramelle, dovrebbero bastare per tutti", "it"),
]


@pytest.mark.parametrize(("text", "lang"), COUNTING, ids=_ids(COUNTING))
def test_counting_pills_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), COUNTING_NEG, ids=_ids(COUNTING_NEG))
def test_counting_other_things_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- tired of existing ---------------------------------------------------------
TIRED_EXIST = [
    ("im just so tired of existing", "en"),
    ("honestly im exhausted of being alive", "en"),
    ("estoy cansada de existir", "es"),
    ("je suis fatiguée d'exister", "fr"),
    ("to cansado de existir", "pt"),
    ("ich bin es so leid zu existieren", "de"),
    ("sono stanca di esistere", "it"),
    ("я устала существовать", "ru"),
    ("تعبت من الحياه", "ar"),
    ("ta3abt mn el 7aya", "ar"),
    ("我活着好累，不想存在了", "zh"),
    ("main jeene se thak gayi hu", "hi"),
    ("मैं जीने से थक गई हूँ", "hi"),
]
TIRED_EXIST_NEG = [
    ("im so tired of this homework", "en"),
    ("im tired of living in this boring town, cant wait for uni", "en"),
    ("estoy cansada de los exámenes", "es"),
    ("je suis fatiguée de cette semaine", "fr"),
    ("sono stanca di studiare", "it"),
    ("я устала от контрольных", "ru"),
    ("تعبت من الواجبات", "ar"),
    ("main padhai se thak gayi hu", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), TIRED_EXIST, ids=_ids(TIRED_EXIST))
def test_tired_of_existing_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), TIRED_EXIST_NEG, ids=_ids(TIRED_EXIST_NEG))
def test_tired_of_homework_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- "I just want it all to stop" ----------------------------------------------
STOP = [
    ("i just want it all to stop", "en"),
    ("i want everything to stop for good", "en"),
    ("solo quiero que todo pare", "es"),
    ("je veux juste que tout s'arrête", "fr"),
    ("só quero que tudo acabe", "pt"),
    ("ich will einfach dass alles aufhört", "de"),
    ("voglio solo che tutto finisca", "it"),
    ("я просто хочу чтобы всё закончилось", "ru"),
    ("بس بدي كل شي يخلص", "ar"),
    ("我只想一切都结束", "zh"),
    ("bas chahti hu sab khatam ho jaye", "hi"),
    ("बस चाहती हूँ सब खत्म हो जाए", "hi"),
]
STOP_NEG = [
    ("i want it all to stop raining so we can play outside", "en"),
    ("i just want the lesson to stop, its so boring", "en"),
    ("solo quiero que pare de llover", "es"),
    ("je veux que tout s'arrête de buguer sur mon téléphone", "fr"),
    ("voglio che finisca la scuola così andiamo al mare", "it"),
    ("я хочу чтобы всё закончилось хорошо", "ru"),
    ("bas chahti hu exam khatam ho jaye", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), STOP, ids=_ids(STOP))
def test_want_it_all_to_stop_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), STOP_NEG, ids=_ids(STOP_NEG))
def test_want_rain_or_lesson_to_stop_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- "what's the least painful way" --------------------------------------------
PAINLESS = [
    ("whats the least painful way", "en"),
    ("what is the most painless way to go", "en"),
    ("cuál es la forma menos dolorosa", "es"),
    ("quelle est la façon la moins douloureuse", "fr"),
    ("qual é o jeito menos doloroso", "pt"),
    ("was ist der schmerzloseste weg", "de"),
    ("qual è il modo meno doloroso", "it"),
    ("какой самый безболезненный способ", "ru"),
    ("شو اسهل طريقه ما توجع", "ar"),
    ("怎样最不痛苦", "zh"),
    ("sabse kam dard wala tareeka kya hai", "hi"),
]
PAINLESS_NEG = [
    ("whats the least painful way to take off a plaster", "en"),
    ("what is the least painful way to get your ears pierced", "en"),
    ("cuál es la forma menos dolorosa de depilarse", "es"),
    ("quelle est la façon la moins douloureuse de retirer une écharde", "fr"),
    ("qual è il modo meno doloroso per togliere un cerotto", "it"),
    ("какой самый безболезненный способ проколоть уши", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), PAINLESS, ids=_ids(PAINLESS))
def test_least_painful_way_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), PAINLESS_NEG, ids=_ids(PAINLESS_NEG))
def test_least_painful_way_with_object_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- not being here in the future ----------------------------------------------
FUTURE = [
    ("i dont see myself being here next year", "en"),
    ("i dont think ill make it to my 16th birthday", "en"),
    ("no me veo aquí el año que viene", "es"),
    ("je ne me vois pas être encore là l'année prochaine", "fr"),
    ("não me vejo aqui ano que vem", "pt"),
    ("ich sehe mich nächstes jahr nicht mehr hier", "de"),
    ("non mi vedo qui l'anno prossimo", "it"),
    ("я не доживу до следующего года", "ru"),
    ("ما اشوف نفسي موجود السنه الجايه", "ar"),
    ("我觉得我活不到明年", "zh"),
    ("mujhe nahi lagta main agle saal tak rahungi", "hi"),
]
FUTURE_NEG = [
    ("i wont be here next week, were on holiday", "en"),
    ("i dont see myself being here next year, im changing schools", "en"),
    ("i dont think ill make it to your birthday party, sorry", "en"),
    ("no voy a estar aquí la semana que viene, nos vamos de vacaciones", "es"),
    ("je ne serai pas là l'année prochaine, on déménage", "fr"),
    ("non ci sarò la settimana prossima, andiamo in vacanza", "it"),
    ("меня не будет на следующей неделе, мы уезжаем на море", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), FUTURE, ids=_ids(FUTURE))
def test_not_here_next_year_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _held(pipe, [(text, lang)])


@pytest.mark.parametrize(("text", "lang"), FUTURE_NEG, ids=_ids(FUTURE_NEG))
def test_away_on_holiday_or_moving_passes(pipe: Pipeline, text: str, lang: str) -> None:
    _passes(pipe, [(text, lang)])


# -- shared hard negatives: talk about the topic, not a disclosure -------------
TOPIC_NEG = [
    ("this test is killing me", "en"),
    ("im so tired of this homework", "en"),
    ("i want it all to stop raining", "en"),
    ("in the novel the boy gives away his things and writes letters to everyone", "en"),
    ("we learned that giving things away can be a warning sign of suicide", "en"),
    ("if a friend says everyone would be better off without them, tell an adult", "en"),
    ("the news said a girl was found on the bridge and was taken to hospital", "en"),
    ("in the song he says he is tired of existing", "en"),
    ("en clase aprendimos que regalar tus cosas puede ser una señal de alarma", "es"),
    ("on a appris que compter des cachets peut être un signe inquiétant", "fr"),
    ("meu amigo disse que está cansado de tudo, o que eu faço?", "pt"),
    ("wir haben gelernt, dass abschiedsbriefe ein warnzeichen sind", "de"),
    ("a scuola abbiamo parlato dei segnali di allarme del suicidio", "it"),
    ("нас учили что раздача вещей может быть тревожным знаком", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), TOPIC_NEG, ids=_ids(TOPIC_NEG))
def test_lessons_news_fiction_and_idioms_pass(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang)
    assert v.action is Action.ALLOW, (text, v)
