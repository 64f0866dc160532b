"""Grooming signals (moderation/contact_signals.py): two different weak
grooming cue families in one message aimed at the reader are held; one
family, personal questions alone, talk *about* grooming, reports of what
happened and everyday peer chat are not.

Catches are checked on the stage itself (the reason names the pair) and on
the pipeline (held, category grooming); hard negatives on the stage only,
because a phrase rule may still hold some of them on its own ("how old are
you" is a grooming phrase rule of its own, see grooming.py)."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline, Policy
from moderation.contact_signals import ContactSignalsStage
from moderation.normalise import prepare
from moderation.stages import build_stages
from moderation.verdict import Verdict

_STAGE = ContactSignalsStage()


def _signals(text: str, lang: str | None = None, stage: ContactSignalsStage = _STAGE) -> list[str]:
    v = stage(prepare(text, lang), Verdict.initial(text))
    return [r for r in v.reasons if r.startswith("grooming_signals:")]


def _assert_held(pipe: Pipeline, text: str, lang: str, pair: tuple[str, str]) -> None:
    reasons = _signals(text, lang)
    assert reasons, (text, "no grooming_signals reason")
    families = set(reasons[0].split(":", 1)[1].split("+"))
    assert set(pair) <= families, (text, reasons)
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "grooming" in v.categories, (text, v)


# -- catches -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("you're so mature for your age, add me on snap", "en"),
        ("eres muy linda, escríbeme por whatsapp", "es"),
        ("tu es mûre pour ton âge, écris-moi sur insta", "fr"),
        ("vc é muito linda, me chama no zap", "pt"),
        ("du bist echt hübsch, schreib mir auf snap", "de"),
        ("sei così matura, scrivimi su telegram", "it"),
        ("ты такая красивая, напиши мне в телеграм", "ru"),
        ("انتي حلوه كثير، كلمني على الواتس", "ar"),
        ("enti 7elwa ktir, kalemni 3al whatsapp", "ar"),
        ("你好漂亮，加我微信", "zh"),
        ("妳好可愛，加我好友", "zh"),
        ("tum bahut sundar ho, mujhe whatsapp pe message karo", "hi"),
        ("तुम बहुत सुंदर हो, मुझे मैसेज करो", "hi"),
    ],
)
def test_flattery_and_moving_off_platform_hold(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held(pipe, text, lang, ("flattery", "offplatform"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("do your parents check your phone? lets talk on telegram instead", "en"),
        ("¿tus papás revisan tu celular? pásame tu número", "es"),
        ("tes parents regardent ton téléphone ? ajoute-moi sur snap", "fr"),
        ("seus pais checam seu celular? me chama no discord", "pt"),
        ("kontrollieren deine eltern dein handy? schreib mir auf telegram", "de"),
        ("i tuoi genitori controllano il telefono? scrivimi su whatsapp", "it"),
        ("твои родители проверяют телефон? добавь меня в телеграм", "ru"),
        ("اهلك يفتشون جوالك؟ ضيفني على سناب", "ar"),
        ("你爸妈会查你手机吗？加我微信", "zh"),
        ("tumhare parents tumhara phone check karte hai? mujhe insta pe message karo", "hi"),
    ],
)
def test_supervision_question_and_move_hold(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held(pipe, text, lang, ("parents", "offplatform"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ur so pretty, dont tell ur parents we talk", "en"),
        ("no se lo digas a nadie, pero eres muy guapa", "es"),
        ("t'es trop belle, mais ne le dis pas à tes parents", "fr"),
        ("você é muito linda, não conta pra ninguém", "pt"),
        ("du bist so reif für dein alter, sag es niemandem", "de"),
        ("sei bellissima, non dirlo a nessuno", "it"),
        ("ты очень милая, только никому не говори", "ru"),
        ("انتي ناضجه، لا تقولي لاحد", "ar"),
        ("你真可爱，别告诉你爸妈", "zh"),
        ("tum bahut cute ho, kisi ko mat batana", "hi"),
        ("तुम बहुत सुंदर हो, किसी को मत बताना", "hi"),
    ],
)
def test_flattery_and_secrecy_hold(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held(pipe, text, lang, ("flattery", "secrecy"))


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("are you home alone? i can come over", "en", ("alone", "meeting")),
        ("estás sola en casa? prende la cámara", "es", ("alone", "photo")),
        ("t'es seule chez toi ? envoie-moi une photo", "fr", ("alone", "photo")),
        ("você tá sozinha em casa? manda foto", "pt", ("alone", "photo")),
        ("bist du allein zuhause? mach die kamera an", "de", ("alone", "photo")),
        ("sei da sola? accendi la cam", "it", ("alone", "photo")),
        ("ты одна дома? скинь фото", "ru", ("alone", "photo")),
        ("انت لوحدك؟ ابعتلي صورتك", "ar", ("alone", "photo")),
        ("你一个人在家吗？发张照片给我", "zh", ("alone", "photo")),
        ("kya tum ghar pe akeli ho? pic bhejo", "hi", ("alone", "photo")),
        ("तुम अकेली हो? फोटो भेजो", "hi", ("alone", "photo")),
    ],
)
def test_home_alone_and_camera_or_visit_hold(
    pipe: Pipeline, text: str, lang: str, pair: tuple[str, str]
) -> None:
    _assert_held(pipe, text, lang, pair)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("i'll buy you robux if you send me a pic", "en", ("gifts", "photo")),
        ("i'll send you a gift card, just keep it between us", "en", ("gifts", "secrecy")),
        ("no se lo digas a nadie, te regalo pavos", "es", ("gifts", "secrecy")),
        ("je t'offre des vbucks, mais c'est notre secret", "fr", ("gifts", "secrecy")),
        ("te dou robux se você mandar foto", "pt", ("gifts", "photo")),
        ("ich kaufe dir robux, schick mir ein foto", "de", ("gifts", "photo")),
        ("ti regalo una skin se mi mandi una foto", "it", ("gifts", "photo")),
        ("я подарю тебе робуксы, скинь фото", "ru", ("gifts", "photo")),
        ("بهديك شدات، ابعتيلي صوره", "ar", ("gifts", "photo")),
        ("送你皮肤，发张自拍给我", "zh", ("gifts", "photo")),
        ("tumhe robux dunga, apni pic bhejo", "hi", ("gifts", "photo")),
    ],
)
def test_gifts_for_photos_or_silence_hold(
    pipe: Pipeline, text: str, lang: str, pair: tuple[str, str]
) -> None:
    _assert_held(pipe, text, lang, pair)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("i can pick you up after school, you're so mature", "en", ("meeting", "flattery")),
        ("a que hora sales del colegio? te paso a buscar", "es", ("personal", "meeting")),
        ("tu es trop belle, on se voit samedi ? ne le dis pas à tes parents", "fr",
         ("flattery", "meeting")),
        ("ninguém precisa saber, vamos nos encontrar sábado?", "pt", ("secrecy", "meeting")),
        ("sind deine eltern zuhause? ich hol dich ab", "de", ("parents", "meeting")),
        ("quanti anni hai? ci vediamo da sola?", "it", ("personal", "meeting")),
        ("давай встретимся, только маме не говори", "ru", ("meeting", "secrecy")),
        ("انت ناضجه اكثر من عمرك، خلينا نتقابل", "ar", ("flattery", "meeting")),
        ("你真成熟，我们见面吧", "zh", ("flattery", "meeting")),
        ("mere ghar aao, kisi ko mat batana", "hi", ("meeting", "secrecy")),
    ],
)
def test_meeting_proposal_with_another_cue_holds(
    pipe: Pipeline, text: str, lang: str, pair: tuple[str, str]
) -> None:
    _assert_held(pipe, text, lang, pair)


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("how old are you? are you home alone?", "en", "alone"),
        ("cuántos años tienes? te regalo robux", "es", "gifts"),
        ("quel âge as-tu ? t'es seule chez toi ?", "fr", "alone"),
        ("quantos anos você tem? tá sozinha em casa?", "pt", "alone"),
        ("wie alt bist du? bist du allein zuhause?", "de", "alone"),
        ("quanti anni hai? sei sola a casa?", "it", "alone"),
        ("сколько тебе лет? ты одна дома?", "ru", "alone"),
        ("كم عمرك؟ انت لوحدك بالبيت؟", "ar", "alone"),
        ("你几岁？你一个人在家吗", "zh", "alone"),
        ("tum kitne saal ki ho? akeli ho ghar pe?", "hi", "alone"),
    ],
)
def test_personal_question_pairs_with_another_family(
    pipe: Pipeline, text: str, lang: str, other: str
) -> None:
    _assert_held(pipe, text, lang, ("personal", other))


# -- hard negatives --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how old are you? I'm 14, from Brazil", "en"),
        ("how old are you and where do you live? i live in porto", "en"),
        ("¿cuántos años tienes? yo tengo 13 y soy de Chile", "es"),
        ("quel âge as-tu ? moi 14, je viens du Maroc", "fr"),
        ("quantos anos você tem? eu tenho 15, sou de Recife", "pt"),
        ("wie alt bist du? ich bin 14 und komme aus Graz", "de"),
        ("quanti anni hai? io 13, sono di Bari", "it"),
        ("сколько тебе лет? мне 14, я из Казани", "ru"),
        ("كم عمرك؟ انا عمري ١٤ من مصر", "ar"),
        ("你几岁？我十四岁，来自上海", "zh"),
        ("tumhari umar kya hai? main 14 ki hoon, delhi se", "hi"),
    ],
)
def test_personal_questions_alone_never_pair(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we learned that groomers ask you to keep it secret and move to whatsapp", "en"),
        ("if someone offers you robux for pics, report them", "en"),
        ("never send pics to people you dont know and never move to whatsapp with strangers", "en"),
        ("nuestro profe dijo que si alguien te dice que eres muy madura y te pide whatsapp, hay que"
         " contarlo", "es"),
        ("on a appris que les prédateurs disent tu es trop belle et demandent ton snap", "fr"),
        ("aprendemos que se alguém diz que você é muito madura e pede seu zap, é golpe", "pt"),
        ("wir haben gelernt: wenn jemand sagt du bist so reif und schreib mir auf snap, "
         "blockieren", "de"),
        ("abbiamo imparato che se qualcuno ti dice sei così matura e scrivimi su telegram, devi "
         "dirlo", "it"),
        ("нас учили: если кто-то пишет ты такая красивая, напиши мне в телеграм, надо "
         "блокировать", "ru"),
        ("اذا احد قال لك انتي حلوه وكلمني على الواتس، قولي لاهلك", "ar"),
        ("老师说如果有人让你加微信还说你很漂亮，要告诉家长", "zh"),
        ("अगर कोई अनजान आदमी कहे तुम बहुत सुंदर हो और व्हाट्सएप पर आओ, तो बड़ों को बताओ", "hi"),
    ],
)
def test_talk_about_grooming_and_advice_pass(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("police say a man offered girls gift cards to send photos on snapchat", "en"),
        ("my friend's parents check her phone, and she uses whatsapp", "en"),
        ("la policía dice que un hombre ofrecía pavos a niñas por fotos en discord", "es"),
        ("les parents de mon amie regardent son téléphone et elle utilise whatsapp", "fr"),
        ("os pais da minha amiga olham o celular dela e ela usa o whatsapp", "pt"),
        ("die eltern meiner freundin kontrollieren ihr handy, sie nutzt whatsapp", "de"),
        ("i genitori della mia amica controllano il suo telefono e lei usa whatsapp", "it"),
        ("родители моей подруги проверяют её телефон, а она сидит в телеграме", "ru"),
        ("الشرطه قالت ان رجل كان يعطي بنات هدايا مقابل صور", "ar"),
        ("新闻说一个男人用礼物骗女孩发照片", "zh"),
        ("meri dost ke parents uska phone check karte hain aur wo whatsapp use karti hai", "hi"),
    ],
)
def test_news_and_third_person_pass(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a man told me i was mature for my age and asked me to add him on snap, i blocked him",
         "en"),
        ("someone offered me robux if i sent a pic, i reported it", "en"),
        ("un chico me dijo que era muy madura y me pidió mi whatsapp, lo bloqueé", "es"),
        ("un mec m'a dit que j'étais belle et m'a demandé mon snap, je l'ai bloqué", "fr"),
        ("um cara me disse que eu era linda e pediu meu zap, contei pra minha mãe", "pt"),
        ("ein typ hat mich gefragt ob ich allein zuhause bin und wollte fotos, ich hab ihn "
         "blockiert", "de"),
        ("un tizio mi ha detto che ero matura e mi ha chiesto il numero, l'ho bloccato", "it"),
        ("мне писал незнакомец, что я взрослая для своего возраста, и просил фото, я его "
         "заблокировала", "ru"),
        ("واحد قال لي اني ناضجه وطلب صوري، حظرته وقلت لامي", "ar"),
        ("有个人说我很成熟，还让我发照片，我把他拉黑了", "zh"),
        ("ek aadmi ne bola main bahut samajhdar hoon aur photo maangi, maine block kar diya", "hi"),
    ],
)
def test_child_reporting_what_happened_passes(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("you're so pretty omg", "en"),
        ("your dog is so cute! do you post him on instagram?", "en"),
        ("you're so pretty in that dress! we should hang out with everyone after the session", "en"),
        ("eres muy linda, gracias por tu idea de hoy", "es"),
        ("t'es trop belle sur ta photo de profil", "fr"),
        ("você é muito fofa, adorei sua ideia", "pt"),
        ("du bist so süß, danke für die hilfe", "de"),
        ("sei bellissima, mi piace il tuo disegno", "it"),
        ("ты очень милая, спасибо за помощь", "ru"),
        ("انتي حلوه كثير، شكرا على المساعده", "ar"),
        ("你好可爱，谢谢你的帮助", "zh"),
        ("tum bahut cute ho, thanks yaar", "hi"),
    ],
)
def test_peer_compliments_without_other_cues_pass(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my mum bought me robux for my birthday", "en"),
        ("we meet every saturday at the library", "en"),
        ("mi mamá me compró pavos por mi cumpleaños y nos vemos los sábados en la biblioteca",
         "es"),
        ("ma mère m'a acheté des vbucks pour mon anniversaire", "fr"),
        ("minha mãe me deu robux de aniversário, a gente se reúne todo sábado", "pt"),
        ("wir treffen uns jeden samstag in der bibliothek", "de"),
        ("mia mamma mi ha regalato dei robux per il compleanno", "it"),
        ("мама подарила мне робуксы на день рождения", "ru"),
        ("امي اشترت لي روبوكس في عيد ميلادي", "ar"),
        ("我们每周六在图书馆见面", "zh"),
        ("mummy ne birthday pe robux dilaye, hum har saturday library mein milte hain", "hi"),
    ],
)
def test_own_gifts_and_routine_meetings_pass(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("add me on discord for the group project? my parents said it's fine", "en"),
        ("agrégame a discord para el trabajo en grupo, mis padres dicen que está bien", "es"),
        ("ajoute-moi sur discord pour l'exposé, mes parents sont d'accord", "fr"),
        ("me adiciona no discord pro trabalho em grupo, meus pais deixaram", "pt"),
        ("add mich auf discord für das gruppenprojekt, meine eltern erlauben es", "de"),
        ("aggiungimi su discord per il progetto di gruppo, i miei genitori sono d'accordo", "it"),
        ("добавь меня в дискорд для группового проекта, родители разрешили", "ru"),
        ("ضيفني على ديسكورد عشان المشروع، اهلي موافقين", "ar"),
        ("加我微信做小组作业吧，我爸妈同意了", "zh"),
        ("mujhe discord pe add karo group project ke liye, mere parents ne haan bola", "hi"),
    ],
)
def test_group_project_move_with_own_parents_is_one_family(text: str, lang: str) -> None:
    """Decision: an invitation plus the *writer's* parents' permission is one
    cue family (off-platform), so this stage does not hold it.  The phrase
    rules may still hold an explicit "add me on discord" on their own (a human
    then sees it: the permission cannot be checked); this stage adds nothing."""
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("are your parents strict? mine wont let me have snapchat", "en"),
        ("¿tus padres son estrictos? los míos no me dejan tener snapchat", "es"),
        ("tes parents sont stricts ? les miens m'interdisent snapchat", "fr"),
        ("seus pais são rígidos? os meus não me deixam ter instagram", "pt"),
        ("sind deine eltern streng? meine verbieten mir snapchat", "de"),
        ("i tuoi genitori sono severi? i miei non mi fanno usare instagram", "it"),
        ("твои родители строгие? мои не разрешают мне инстаграм", "ru"),
        ("اهلك شديدين؟ اهلي ما يخلوني انزل سناب", "ar"),
        ("你爸妈管得严吗？我爸妈不让我用微信", "zh"),
        ("tumhare parents strict hain? mere wale mujhe instagram nahi chalane dete", "hi"),
    ],
)
def test_supervision_small_talk_with_an_app_mention_passes(text: str, lang: str) -> None:
    """A bare app name is the weak family "app": it pairs neither with a
    supervision question nor with another weak cue."""
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("don't tell anyone, but i talk to my crush on snap every night. what do you think?", "en"),
        ("no se lo digas a nadie, pero yo hablo con Pedro por whatsapp. ¿tú qué opinas?", "es"),
        ("não conta pra ninguém, mas eu falo com o Pedro no whatsapp. o que você acha?", "pt"),
    ],
)
def test_writer_confiding_own_secret_is_not_secrecy(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("you're so mature for your age. telegram?", "en"),
        ("sei così matura per la tua età, io sono su telegram", "it"),
        ("ты такая взрослая для своего возраста, я в телеграме", "ru"),
    ],
)
def test_bare_app_mention_pairs_with_a_strong_cue(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held(pipe, text, lang, ("flattery", "app"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("do you think parents should check your phone? i think it depends on your age", "en"),
        ("what do you do if someone sends you pictures you don't want?", "en"),
        ("should schools teach you how to block people on instagram and snapchat?", "en"),
        ("your parents can turn on screen time limits, mine did it on my iphone", "en"),
        ("you can report fake accounts on tiktok, it's under the three dots", "en"),
        ("i think you're right, apps like discord need better age checks", "en"),
        ("how old do you have to be to use whatsapp? i think it's 13 in europe", "en"),
        ("you should never meet someone from the internet alone, bring an adult", "en"),
        ("if a stranger asks your age or where you live, don't answer and tell someone", "en"),
        ("you're so brave for sharing that, thank you", "en"),
        ("can we talk about cyberbullying next? i have an idea", "en"),
        ("let's meet in the breakout room after this session to finish the slides", "en"),
        ("thanks for the gift card idea for the fundraiser, you're amazing", "en"),
        ("¿ustedes creen que los padres deberían revisar el celular de sus hijos?", "es"),
        ("si alguien te pide fotos, bloquéalo y díselo a un adulto", "es"),
        ("tú tienes razón, whatsapp debería proteger más a los niños", "es"),
        ("tu as raison, les parents devraient parler plus des réseaux sociaux", "fr"),
        ("si quelqu'un te demande ton snap, tu peux le bloquer", "fr"),
        ("você acha que os pais deviam ver o celular dos filhos?", "pt"),
        ("se alguém pedir sua foto, não mande e conte pra um adulto", "pt"),
        ("was denkst du, sollten eltern das handy kontrollieren?", "de"),
        ("wenn jemand nach deinem alter fragt, antworte nicht", "de"),
        ("secondo te i genitori dovrebbero controllare il telefono?", "it"),
        ("se qualcuno ti chiede una foto, non mandarla e dillo a un adulto", "it"),
        ("как ты думаешь, родители должны проверять телефон?", "ru"),
        ("если кто-то просит фото, не отправляй и расскажи взрослым", "ru"),
        ("هل تعتقد ان الاهل لازم يفتشون الجوال؟", "ar"),
        ("اذا احد طلب صورتك لا ترسلها وقول لاهلك", "ar"),
        ("你觉得父母应该检查孩子的手机吗？", "zh"),
        ("如果有人让你发照片，不要发，告诉大人", "zh"),
        ("kya tumhe lagta hai parents ko phone check karna chahiye?", "hi"),
        ("agar koi tumse photo maange to mat bhejo aur bade ko batao", "hi"),
        ("क्या तुम्हें लगता है माता पिता को फोन चेक करना चाहिए?", "hi"),
        ("you are so cute 😭 thanks for the sticker pack", "en"),
        ("lol your cat is so cute, send me more pics of him!!", "en"),
        ("my parents are strict too, do you have siblings?", "en"),
        ("are you in year 8 too? we have the same homework", "en"),
        ("where do you live? i'm from lisbon btw, do you like football?", "en"),
        ("happy birthday!! i'll buy you a coffee when we meet at the summer camp with"
         " everyone", "en"),
        ("you are so pretty in the group photo, who took it?", "en"),
        ("we should do a video call with the whole group for the project", "en"),
        ("my friend told me a guy asked her to keep it secret and move to snapchat, she"
         " blocked him", "en"),
        ('the article said groomers often say "you\'re so mature" and offer robux', "en"),
        ("i'm home alone today so i can join the session earlier", "en"),
        ("can u send me the link to the survey? its for the group homework", "en"),
        ("eres muy linda!! nos vemos en la sesión del martes con todos", "es"),
        ("t'es trop mignonne, on se voit en cours demain ?", "fr"),
        ("du bist so süß, sehen wir uns morgen in der schule?", "de"),
        ("sei carinissima, ci vediamo domani a scuola?", "it"),
        ("ты такая милая, увидимся в школе", "ru"),
        ("你好可爱，明天学校见", "zh"),
        ("tum bahut cute ho, kal school mein milte hain", "hi"),
    ],
)
def test_consultation_talk_between_peers_passes(text: str, lang: str) -> None:
    """Second person plus safety vocabulary, the everyday shape of this
    consultation: questions to each other, advice, group plans, compliments
    next to a school meeting."""
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ur really pretty for 13 tbh. u got telegram?", "en"),
        ("you seem way more mature than other girls your age, we should hang out sometime"
         " irl", "en"),
        ("is anyone home with you rn? i could come get you", "en"),
        ("i can get you nitro, what's your discord", "en"),
        ("ur parents dont check ur phone right? hmu on kik", "en"),
        ("send me a selfie and ill send u 500 robux", "en"),
        ("keep this between us ok? you're really special to me", "en"),
        ("you look older than 14 in your pics, turn on your cam", "en"),
        ("eres preciosa, pásame tu whats y hablamos por privado", "es"),
        ("tus papás están en casa? te paso a buscar a la salida", "es"),
        ("no le digas a nadie, te compro una skin si me mandas una foto", "es"),
        ("t'as l'air plus vieille, donne-moi ton snap", "fr"),
        ("t'es seule ce soir ? on peut se voir", "fr"),
        ("je te paie des v bucks, envoie une photo de toi", "fr"),
        ("seus pais mexem no seu celular? me chama no pv", "pt"),
        ("você é madura pra sua idade, vamos conversar no privado", "pt"),
        ("te dou um presente se você me mandar uma foto sua", "pt"),
        ("deine eltern lesen deine chats? adde mich auf snap", "de"),
        ("du siehst echt erwachsen aus, lass uns mal treffen", "de"),
        ("ich schenke dir v-bucks, aber sag es niemandem", "de"),
        ("i tuoi genitori sono a casa? vengo a prenderti", "it"),
        ("sei bellissima, mandami una foto", "it"),
        ("ti regalo una ricarica, ma resta tra noi", "it"),
        ("родители у тебя проверяют переписку? пиши мне в лс", "ru"),
        ("ты выглядишь старше, давай погуляем", "ru"),
        ("скинь фото, я тебе скины куплю", "ru"),
        ("انتي قمر، ضيفيني سناب", "ar"),
        ("اهلك بالبيت؟ تعالي عندي", "ar"),
        ("لا تقولي لاهلك، بهديك شدات", "ar"),
        ("ahlak bel bet? ta3ali 3andi", "ar"),
        ("你真漂亮，私聊我", "zh"),
        ("你爸妈在家吗？来我家玩", "zh"),
        ("别告诉你爸妈，我给你买皮肤", "zh"),
        ("tumhare mummy papa ghar pe hain? milne aao", "hi"),
        ("tum bahut samajhdar ho apni umar se zyada, snap pe aao", "hi"),
        ("तुम्हारे मम्मी पापा घर पर हैं? मिलने आओ", "hi"),
        ("ghar pe akeli ho? video call karo", "hi"),
        ("kisi ko mat batana, tumhe recharge dunga", "hi"),
    ],
)
def test_subtle_two_cue_messages_hold(pipe: Pipeline, text: str, lang: str) -> None:
    assert _signals(text, lang), text
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "grooming" in v.categories, (text, v)


# -- sexual questions, exclusivity, age-gap talk, school pick-ups ---------------

def _assert_held_sexual(pipe: Pipeline, text: str, lang: str, pair: tuple[str, str]) -> None:
    """Held, and the stage's own verdict carries ``sexual`` too (the pipeline
    skips the stage when a grooming phrase rule already held the message)."""
    _assert_held(pipe, text, lang, pair)
    v = _STAGE(prepare(text, lang), Verdict.initial(text))
    assert {"grooming", "sexual"} <= set(v.categories), (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("did you ever touch yourself? dont worry its totally normal at your age", "en"),
        ("have u ever touched urself? its normal for a girl ur age", "en"),
        ("¿te has tocado alguna vez? tranqui, es normal a tu edad", "es"),
        ("vc já se tocou? relaxa, é normal na sua idade", "pt"),
        ("tu t'es déjà touchée ? c'est normal à ton âge", "fr"),
        ("hast du dich schon mal angefasst? das ist ganz normal in deinem alter", "de"),
        ("ti sei mai toccata? è normale alla tua età", "it"),
        ("ты трогала себя? в твоем возрасте это нормально", "ru"),
        ("لمستي نفسك قبل؟ عادي بعمرك", "ar"),
        ("kabhi khud ko touch kiya? teri umar mein normal hai", "hi"),
        ("你摸过自己吗？你这个年纪很正常", "zh"),
    ],
)
def test_sexual_question_talked_away_as_normal_holds(pipe: Pipeline, text: str, lang: str) -> None:
    """A sexual question to the reader plus "it's normal at your age": held
    as grooming and sexual."""
    _assert_held_sexual(pipe, text, lang, ("intimate", "normalise"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i can send you a pic of me, it's a bit spicy, open it when you're alone", "en"),
        ("te mando una foto un poco atrevida, ábrela cuando estés sola", "es"),
        ("você quer ver uma foto minha? é meio ousada, abre quando estiver sozinha", "pt"),
        ("tu veux voir une photo de moi ? elle est un peu coquine, ouvre-la quand tu es seule",
         "fr"),
        ("willst du ein foto von mir sehen? ein bisschen versaut, mach es auf wenn du allein bist",
         "de"),
        ("vuoi vedere una mia foto? è un po' spinta, aprila quando sei da sola", "it"),
        ("хочешь посмотреть мое фото? оно немного откровенное, открой когда будешь одна", "ru"),
        ("بدك تشوفي صورتي؟ شوي جريئه افتحيها لما تكوني لوحدك", "ar"),
        ("meri pic dekhni hai? thodi naughty hai, tum jab akeli ho tab kholna", "hi"),
        ("给你看看我的照片，有点色，你一个人的时候再看", "zh"),
    ],
)
def test_naughty_picture_for_when_alone_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held_sexual(pipe, text, lang, ("intimate", "alone"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("send me a pic of you in your pyjamas 😏", "en"),
        ("mándame una foto tuya en pijama 😏", "es"),
        ("me manda uma foto sua de pijama", "pt"),
        ("envoie moi une photo de toi en pyjama", "fr"),
        ("schick mir ein foto von dir in deinem schlafanzug", "de"),
        ("mandami una foto in pigiama", "it"),
        ("скинь фото в пижаме", "ru"),
        ("ابعتيلي صورتك بالبيجاما", "ar"),
        ("apni pic bhejo, abhi kya pehna hai?", "hi"),
        ("发张照片给叔叔看，你现在穿什么", "zh"),
    ],
)
def test_picture_request_in_intimate_clothes_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held_sexual(pipe, text, lang, ("photo", "intimate"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i'll give you 500 robux if you turn on your cam just for me", "en"),
        ("te doy 1000 pavos si prendes la cámara solo para mí", "es"),
        ("te dou 500 robux se você ligar a câmera só pra mim", "pt"),
        ("je t'offre des robux si tu ouvres ta cam rien que pour moi", "fr"),
        ("ich schenk dir robux wenn du die kamera anmachst, nur für mich", "de"),
        ("ti regalo dei robux se accendi la cam solo per me", "it"),
        ("подарю тебе робуксы если включишь камеру только для меня", "ru"),
        ("بهديك شدات اذا شغلتي الكاميرا لي بس", "ar"),
        ("main tumhe 500 robux dunga agar camera on karogi sirf mere liye", "hi"),
        ("送你皮肤，开一下摄像头只给我看", "zh"),
    ],
)
def test_camera_just_for_me_holds(pipe: Pipeline, text: str, lang: str) -> None:
    """Exclusivity ("just for me", "only us two") counts as secrecy."""
    _assert_held(pipe, text, lang, ("photo", "secrecy"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("do you have a cam? we could chat on video, just the two of us", "en"),
        ("¿tienes webcam? podemos hacer videollamada, solo tú y yo", "es"),
        ("você tem webcam? bora fazer uma chamada de vídeo, só nós dois", "pt"),
        ("t'as une webcam ? on fait un appel vidéo, juste nous deux", "fr"),
        ("hast du eine webcam? lass uns videocall machen, nur wir zwei", "de"),
        ("hai una webcam? facciamo una videochiamata, solo noi due", "it"),
        ("у тебя есть вебка? давай по видео, только мы вдвоем", "ru"),
        ("عندك كاميرا؟ خلينا نعمل مكالمه فيديو بس احنا الاثنين", "ar"),
        ("tumhare paas webcam hai? video call karo, sirf hum dono", "hi"),
        ("你有摄像头吗？开视频，就我们俩", "zh"),
    ],
)
def test_webcam_with_only_us_two_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held(pipe, text, lang, ("photo", "secrecy"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("age is just a number, we really get each other dont we", "en"),
        ("la edad es solo un número, nos entendemos tan bien tú y yo", "es"),
        ("idade é só um número, a gente se entende muito bem, você e eu", "pt"),
        ("l'âge c'est juste un chiffre, on se comprend tellement toi et moi", "fr"),
        ("alter ist nur eine zahl, wir verstehen uns so gut, du und ich", "de"),
        ("l'età è solo un numero, ci capiamo così bene io e te", "it"),
        ("возраст это просто цифра, мы так хорошо понимаем друг друга, ты и я", "ru"),
        ("العمر مجرد رقم، احنا بنفهم بعض انا وانتي", "ar"),
        ("umar toh bas ek number hai, hum ek dusre ko samajhte hain na tum aur main", "hi"),
        ("年龄只是个数字，我们很合得来，你说是不是", "zh"),
    ],
)
def test_age_gap_talked_away_with_a_special_bond_holds(
    pipe: Pipeline, text: str, lang: str
) -> None:
    """"Age is just a number" (normalise) plus "we really get each other"
    (the special connection, flattery)."""
    _assert_held(pipe, text, lang, ("normalise", "flattery"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i can pick you up after school, which one do you go to?", "en"),
        ("puedo ir a buscarte después del colegio, ¿a cuál vas?", "es"),
        ("posso te buscar depois da escola, qual é a sua?", "pt"),
        ("je peux venir te chercher à la sortie de l'école, c'est laquelle ?", "fr"),
        ("ich kann dich nach der schule abholen, auf welche schule gehst du?", "de"),
        ("posso venire a prenderti dopo scuola, che scuola fai?", "it"),
        ("могу забрать тебя после школы, в какой школе ты учишься?", "ru"),
        ("ممكن اجي اخذك بعد المدرسه، باي مدرسه انتي؟", "ar"),
        ("main tumhe school ke baad lene aa sakta hoon, kaun se school mein padhti ho?", "hi"),
        ("放学我去接你，你在哪个学校？", "zh"),
    ],
)
def test_offer_to_fetch_the_reader_from_school_holds(
    pipe: Pipeline, text: str, lang: str
) -> None:
    """A pick-up offer (meeting) plus the school time right after it or a
    which-school question (personal)."""
    _assert_held(pipe, text, lang, ("meeting", "personal"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("can we meet up this weekend? come alone", "en"),
        ("¿nos vemos el sábado? ven sola", "es"),
        ("vamos nos encontrar amanhã? vem sozinha", "pt"),
        ("on se voit demain ? viens seule", "fr"),
        ("treffen wir uns morgen? komm allein", "de"),
        ("ci vediamo domani? vieni da sola", "it"),
        ("давай встретимся завтра? приходи одна", "ru"),
        ("نتقابل بكره؟ تعالي لوحدك", "ar"),
        ("kal milte hain? tum akeli aana", "hi"),
        ("kal school ke baad mil sakte ho? akele aana", "hi"),
        ("周末出来玩吧，你一个人来", "zh"),
    ],
)
def test_meeting_with_come_alone_holds(pipe: Pipeline, text: str, lang: str) -> None:
    _assert_held(pipe, text, lang, ("meeting", "alone"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my mum picks me up after school", "en"),
        ("can you pick me up after school? - mum", "en"),
        ("my mum can pick you up after school for the project, she said", "en"),
        ("my brother can pick you up after school, which school do you go to?", "en"),
        ("come alone or bring a friend, the library is open", "en"),
        ("when you are alone and sad, call childline, they help", "en"),
        ("mi mamá me recoge después del colegio, ¿y a ti?", "es"),
        ("ven sola o con una amiga, la biblioteca está abierta", "es"),
        ("ma mère vient me chercher après l'école", "fr"),
        ("je peux venir te chercher à la gare avec ma mère, on fait le projet ensemble", "fr"),
        ("komm allein oder mit freunden, die bibliothek ist offen", "de"),
        ("vieni da sola o con le amiche, la biblioteca è aperta", "it"),
        ("akele aana ya dost ke saath, library khuli hai", "hi"),
        ("kal school ke baad mil sakte ho? project ke liye, sab log aa rahe hain", "hi"),
        ("我妈妈放学来接我，你呢", "zh"),
    ],
)
def test_school_pickups_and_open_invitations_pass(text: str, lang: str) -> None:
    """A parent's pick-up, a pick-up by someone else's parent, "come alone or
    bring a friend": public or family arrangements, not a cue pair."""
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("we can do the group call on video, only us two are in the project", "en"),
        ("only us two showed up to the meeting, can you send me the notes?", "en"),
        ("i made this drawing just for me, do you want to see a picture of it?", "en"),
        ("do you have a webcam for the online session? mine is broken", "en"),
        ("I turned on my camera for the class", "en"),
        ("solo nosotros dos fuimos a la reunión, ¿tienes los apuntes?", "es"),
        ("j'ai allumé ma caméra pour le cours", "fr"),
        ("hast du eine webcam für die online-sitzung?", "de"),
        ("только мы вдвоем пришли на встречу, скинь фото доски пожалуйста", "ru"),
        ("هل عندك كاميرا للدرس؟ انا كاميرتي خربانة", "ar"),
        ("sirf hum dono hi project mein hain, video call karo kal", "hi"),
        ("if someone says \"only us two, turn on your cam\", report them", "en"),
    ],
)
def test_webcams_and_two_person_projects_between_peers_pass(text: str, lang: str) -> None:
    """"only us two are in the project" is a fact, not a demand."""
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("age is just a number when it comes to learning", "en"),
        ("the video said groomers say 'age is just a number'", "en"),
        ("we learned that groomers say age is just a number and we get each other", "en"),
        ("age doesnt matter when you join the youth council, how old are you?", "en"),
        ("its normal at your age to feel lonely, you can tell me or a teacher", "en"),
        ("on a appris que les prédateurs disent \"l'âge c'est juste un chiffre\"", "fr"),
        ("wir verstehen uns so gut in der klasse, lass uns die präsentation zusammen machen",
         "de"),
        ("العمر مجرد رقم في التعلم، تعالي للمكتبة", "ar"),
        ("umar toh bas ek number hai jab padhai ki baat ho, tum bhi join karo", "hi"),
        ("we really get each other, me and my best friend, lets do the project together", "en"),
    ],
)
def test_age_sayings_and_support_pass(text: str, lang: str) -> None:
    """The saying about learning, lessons about groomers' lines and support
    ("it's normal at your age to feel lonely") are one family at most."""
    assert _signals(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my big brother sent me a photo of our dog", "en"),
        ("我哥哥给我发了我们家狗的照片", "zh"),
        ("你穿睡衣上网课吗哈哈", "zh"),
        ("you look cute in your pyjamas in the class photo haha", "en"),
        ("do you want to see a picture of my drawing? it took ages", "en"),
        ("that joke was a bit naughty lol, send me the meme", "en"),
    ],
)
def test_family_photos_and_pyjama_days_pass(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


# -- stage behaviour ---------------------------------------------------------------

def test_strict_rooms_ignore_discussion_frames() -> None:
    strict = ContactSignalsStage(allow_frames=False)
    text = "we learned that groomers say you are so mature and ask you to add them on snap"
    assert _signals(text, "en") == []
    assert _signals(text, "en", strict) == ["grooming_signals:app+flattery"]


def test_skipped_when_grooming_already_found() -> None:
    text = "you're so mature for your age, add me on snap"
    held = Verdict.initial(text).escalate(Action.HOLD, ("grooming",), ("stage:grooming:x",))
    assert _STAGE(prepare(text), held) is held


def test_one_phrase_never_counts_as_two_families() -> None:
    # "ابعتلي صورتك" is the photo family; "صورتك" inside it must not pair with itself
    assert _signals("ابعتلي صورتك", "ar") == []


def test_plain_messages_run_no_regex() -> None:
    for text in ("hello everyone, how was your weekend?", "i think schools should teach more "
                 "about online safety", "je pense que les écoles devraient en parler"):
        names = {r.name for r in _STAGE.rules.candidates(prepare(text))}
        assert len(names) < 2, (text, names)


def test_stage_runs_after_selfharm_signals() -> None:
    names = [s.name for s in build_stages(Policy.default())]
    assert names.index("grooming_signals") == names.index("selfharm_signals") + 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tu rentres à quelle heure de l'école? tes parents travaillent tard? je peux passer te voir",
         "fr"),
        ("ta mère travaille tard? je peux passer te voir", "fr"),
        ("what time do you get home? i can come see you", "en"),
        ("a qué hora vuelves a casa? puedo pasar a verte", "es"),
        ("tu madre trabaja hasta tarde? puedo pasar a verte", "es"),
        ("que horas você chega em casa? posso passar aí", "pt"),
        ("sua mãe trabalha até tarde? posso passar aí", "pt"),
        ("wann bist du zu hause? ich kann bei dir vorbeikommen", "de"),
        ("a che ora torni a casa? posso passare a trovarti", "it"),
        ("во сколько ты приходишь домой? могу зайти к тебе", "ru"),
        ("kab ghar aate ho? main tumhare ghar aa sakta hoon", "hi"),
    ],
)
def test_coming_home_time_or_parents_away_with_a_visit_offer_holds(
    pipe: Pipeline, text: str, lang: str
) -> None:
    """When the reader gets home or that a parent is away (singular family
    members included), plus the writer offering to come over."""
    reasons = _signals(text, lang)
    assert reasons and "meeting" in reasons[0], (text, reasons)
    v = pipe.check(text, lang)
    assert v.action is Action.HOLD and "grooming" in v.categories, (text, v)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("liga a câmera pra mim rapidinho, fica só entre a gente tá", "pt"),
        ("abre a câmera pra mim, fica entre a gente", "pt"),
    ],
)
def test_portuguese_imperatives_address_the_reader(pipe: Pipeline, text: str, lang: str) -> None:
    """"liga", "fica", "abre" + "pra mim": an imperative to the reader."""
    _assert_held(pipe, text, lang, ("photo", "secrecy"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tu rentres à quelle heure? on joue ce soir", "fr"),
        ("je peux passer te voir demain avec le livre", "fr"),
        ("ta mère travaille où? la mienne est infirmière", "fr"),
        ("ma mère travaille tard, on fait le devoir chez toi?", "fr"),
        ("minha mãe trabalha até tarde, então faço o dever sozinha", "pt"),
        ("liga a câmera pra gente fazer o trabalho", "pt"),
        ("fica tranquila, é só entre a gente do grupo", "pt"),
        ("la liga empieza mañana, fica en casa", "es"),
        ("what time do you get home? we can play fortnite", "en"),
        ("i can come see you at the match on saturday", "en"),
    ],
)
def test_home_times_and_visits_between_peers_pass(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text


# -- "we really connect", "as cute as your pfp", "turn your camera on", when the
# parents leave for work (contact_more.py) --------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("age is just a number. im 24 but i feel like we really connect", "en", ("flattery", "normalise")),
        ("we just click, dont tell your parents about us", "en", ("flattery", "secrecy")),
        ("can u turn ur camera on for a sec, just wanna see if ur as cute as ur pfp 😊", "en",
         ("flattery", "photo")),
        ("la edad no importa, tenemos una conexión especial", "es", ("flattery", "normalise")),
        ("idade é só um número, a gente se conecta muito", "pt", ("flattery", "normalise")),
        ("l'âge c'est juste un chiffre, le courant passe trop bien entre nous", "fr",
         ("flattery", "normalise")),
        ("Alter ist nur eine Zahl, wir haben eine besondere Verbindung", "de", ("flattery", "normalise")),
        ("l'età è solo un numero, abbiamo una connessione speciale", "it", ("flattery", "normalise")),
        ("возраст это просто цифра, у нас такая особая связь", "ru", ("flattery", "normalise")),
        ("seus pais tão em casa agora? q horas eles saem pro trabalho?", "pt", ("alone", "parents")),
        ("are your parents strict? what time do they leave for work?", "en", ("alone", "parents")),
        ("tus padres son estrictos? a qué hora salen al trabajo?", "es", ("alone", "parents")),
        ("tes parents sont stricts? à quelle heure ils partent au travail?", "fr", ("alone", "parents")),
        ("deine Eltern sind streng? wann gehen sie zur Arbeit?", "de", ("alone", "parents")),
        ("i tuoi genitori sono severi? a che ora escono al lavoro?", "it", ("alone", "parents")),
        ("твои родители строгие? во сколько они уходят на работу?", "ru", ("alone", "parents")),
    ],
)
def test_connection_looks_camera_and_parents_leaving_hold(
    pipe: Pipeline, text: str, lang: str, pair: tuple[str, str]
) -> None:
    _assert_held(pipe, text, lang, pair)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("age is just a number for learning languages", "en"),
        ("we really connect in this group, so nice", "en"),
        ("we really click on the link and it works", "en"),
        ("turn your camera on for the class photo", "en"),
        ("can you turn your camera on for the group call please", "en"),
        ("my parents are at home now, so I can't call", "en"),
        ("what time do your parents leave for work? mine leave at 7", "en"),
        ("mis padres salen al trabajo a las 7 y yo voy al cole", "es"),
        ("meus pais saem pro trabalho cedo", "pt"),
    ],
)
def test_connection_camera_and_work_talk_pass(text: str, lang: str) -> None:
    assert _signals(text, lang) == [], text
