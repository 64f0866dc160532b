"""HateCheck-style functional tests for the fourth wave of phrase families
(en, es, fr, pt, de): indirect self-harm disclosures, subtle friendly
grooming, sexual requests and comments (also with emoji), body shaming and
exclusion, threats and sextortion, scam forms.  Each family has hard
negatives: talk about the harm, reports of what someone said, advice,
idioms and innocent look-alikes.  One class of case per test."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline


def _held(pipe: Pipeline, text: str, *cats: str) -> None:
    v = pipe.check(text)
    assert v.action in (Action.HOLD, Action.BLOCK), (text, v.action, v.reasons)
    for cat in cats:
        assert cat in v.categories, (text, v.categories, v.reasons)


def _clean(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.ALLOW, (text, v.action, v.reasons)


# -- 1. indirect self-harm disclosures --------------------------------------
@pytest.mark.parametrize("text", [
    "i wont be a problem for much longer",
    "dont worry i wont be a burden much longer",
    "dont worry guys i wont be a bother much longer",
    "you guys wont have to deal with me much longer",
    "soon i wont be anyone's problem",
    "tonight is the night i end it",
    "i hate my life i want it to be over",
    "i feel like disappearing forever",
    "i deserve to die",
    "i deserve to suffer",
    "life isnt worth living",
    "i want to unalive",
])
def test_self_harm_finality_burden_en(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "im giving all my stuff away",
    "gave away my stuff to my friends today",
    "i gave my sister all my things bc i wont need them",
    "i gave my best friend all my stuff yesterday",
    "been giving my things away",
    "i wrote letters for my family for after im gone",
    "i left notes for my family for when im gone",
])
def test_self_harm_giving_away_and_goodbye_notes_en(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "theres no point anymore",
    "no point anymore honestly",
    "whats even the point anymore",
    "honestly whats the point anymore",
    "i just cant anymore",
    "i cant anymore i just cant",
    "cant do this no more",
    "i dont see a way out anymore",
    "would anyone even care if i was gone",
    "nobody would even care if i died tbh",
])
def test_self_harm_hopelessness_en(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "i took like 20 pills",
    "i took a whole bottle of pills",
    "i took like 30 tablets",
    "swallowed a whole box of paracetamol",
    "my cuts are getting deeper",
    "my scars are getting worse",
    "wearing long sleeves in summer so nobody sees",
    "its so hot but i have to wear long sleeves bc of my arms",
    "i always wear hoodies so my parents dont see my arms",
    "thinking about sewerslide",
])
def test_self_harm_method_and_injury_en(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "ya no puedo más",
    "ya no puedo mas con esto",
    "ya no puedo más de verdad",
    "ya no voy a ser un problema por mucho tiempo",
    "pronto ya no seré una carga",
    "soy una carga para todos",
    "estoy regalando mis cosas",
    "regalé todas mis cosas",
    "escribí cartas de despedida",
    "escribí una carta de despedida para mi familia",
    "no quiero despertar mañana",
    "ojala no despertar",
    "me he estado haciendo daño",
    "me he estado cortando",
    "me estoy cortando otra vez",
    "nadie notaría si me fuera",
    "nadie se daría cuenta si desaparezco",
    "nadie me extrañaría",
    "nadie me echaría de menos",
    "ya nada tiene sentido",
    "no tiene sentido seguir",
    "estoy harta de vivir",
    "uso manga larga en verano para que no vean mis cortes",
])
def test_self_harm_indirect_es(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "não aguento mais",
    "nao aguento mais",
    "não aguento mais de verdade",
    "não vou ser um problema por muito tempo",
    "sou um peso pra todo mundo",
    "to dando minhas coisas",
    "tô dando todas as minhas coisas",
    "escrevi cartas de despedida",
    "não quero acordar amanhã",
    "me corto",
    "tomei um monte de remédio",
    "tomei 20 comprimidos",
    "nada mais faz sentido",
    "vou acabar com tudo",
])
def test_self_harm_indirect_pt(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "j'en peux plus",
    "jen peux plus de cette vie",
    "je n'en peux plus",
    "je peux plus",
    "je serai plus un problème bientôt",
    "je suis un fardeau pour tout le monde",
    "je donne toutes mes affaires",
    "j'ai écrit des lettres d'adieu",
    "je veux pas me réveiller demain",
    "je me suis brûlée avec un briquet",
    "j'ai pris plein de cachets",
    "j'ai avalé toute la boite de médocs",
    "j'ai avalé plein de médocs",
    "personne remarquerait si je disparaissais",
    "ça sert à rien de vivre",
    "ça sert à rien de continuer à vivre",
    "ya plus aucun intérêt à vivre",
])
def test_self_harm_indirect_fr(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "ich bin bald kein problem mehr",
    "ich bin eh bald kein problem mehr",
    "ich bin eine last für alle",
    "ich verschenke meine sachen",
    "ich hab abschiedsbriefe geschrieben",
    "ich habe einen abschiedsbrief geschrieben",
    "hab ne ganze packung tabletten genommen",
    "niemand würde es merken wenn ich weg wäre",
    "es hat alles keinen sinn mehr",
    "alles hat keinen sinn mehr",
    "ich hab mich wieder geritzt",
])
def test_self_harm_indirect_de(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "self_harm")


@pytest.mark.parametrize("text", [
    "this homework is killing me",
    "im dead 💀 that meme",
    "i died laughing",
    "my phone is about to die",
    "my battery is dying",
    "i dont want to wake up early tomorrow",
    "i hope i wake up early for the trip",
    "im giving away my old clothes to charity",
    "my mum made me give away my stuff to charity",
    "give me my stuff back",
    "can you give me back my things",
    "i wont need my umbrella much longer",
    "nobody would notice if i left the call early",
    "no point arguing with him",
    "i cant do this level anymore lol",
    "i burned my hand on the oven",
    "i cut my finger cooking",
    "took a bunch of pics at the beach",
    "i took 2 pills for my headache",
    "the doctor gave me 10 tablets for the week",
    "i wear long sleeves because of my eczema on my arms",
    "i want this lesson to be over",
    "i deserve to win",
    "is the sewer slide at the water park open",
    "goodbye letter for my teacher who is retiring",
    "ya no puedo más de la risa",
    "no tiene sentido seguir discutiendo",
    "estoy regalando mis cosas viejas",
    "me estoy cortando el pelo",
    "je peux plus attendre les vacances",
    "j'en peux plus de ce prof",
    "je me suis brûlée avec le four",
    "não aguento mais esse calor kkkk",
    "dei minhas coisas velhas pro meu primo",
    "ich kann nicht mehr vor lachen",
    "ich hab mich beim kochen geschnitten",
    "das hat keinen sinn mehr zu streiten",
    "wenn ich weg bin füttere bitte die katze",
])
def test_self_harm_idioms_and_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


@pytest.mark.parametrize("text", [
    "we learned what to do if a friend says they want to die",
    "giving away possessions is a warning sign of suicide",
    "wearing long sleeves in summer can be a sign someone self harms",
    "if a friend starts giving away their things tell an adult",
    "people who self harm need support not judgement",
    "on a parlé du suicide en classe",
    "si una amiga dice que se quiere morir hay que decirlo a un adulto",
])
def test_self_harm_discussion_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 2. subtle, friendly grooming ---------------------------------------------
@pytest.mark.parametrize("text", [
    "ur so mature for ur age",
    "youre so mature for ur age honestly",
    "you seem so much older than you are",
    "ur not like other kids ur age",
    "ur parents just dont understand u like i do",
    "ur parents dont understand u like i do",
    "your friends dont get you like i do",
    "i understand you better than anyone",
    "you can trust me more than your friends",
    "you can tell me anything i wont tell anyone",
    "u can always come to me instead of ur parents",
    "talk to me instead of your parents",
    "i can help you with your parents",
    "i can talk to your parents for you if they get mad",
])
def test_grooming_flattery_and_isolation_en(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "make sure u delete this",
    "remember to delete this",
    "i wont tell if you dont",
    "do your parents check your phone",
    "does ur mom check ur phone",
    "does your dad check your phone",
    "do u have ur own room",
    "are you in your room rn",
    "have you ever had a bf",
    "i could be your boyfriend",
    "i could be ur boyfriend if u want",
    "do you want to be my girlfriend",
    "hmu on insta",
])
def test_grooming_secrecy_supervision_romance_en(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "eres súper madura para tu edad",
    "es nuestro secretito",
    "a qué hora sales del cole",
    "hacemos videollamada?",
    "pásame tu insta",
    "te paso robux si me mandas una foto",
    "te compro pavos si me mandas una foto",
    "puedes confiar en mí más que en tus amigas",
    "tus papás no te entienden como yo",
    "t'es trop mature pour ton âge",
    "dis rien à tes parents",
    "supprime la conv après",
    "tu finis les cours à quelle heure",
    "à quelle heure tu sors des cours",
    "on fait un facetime?",
    "on s'appelle en visio?",
    "tu peux me faire plus confiance qu'à tes copines",
    "tu peux me faire confiance plus qu'à tes parents",
    "tes parents te comprennent pas comme moi",
    "vc é muito madura pra sua idade",
    "você é tão madura pra sua idade",
    "é nosso segredinho",
    "que horas vc sai da escola",
    "bora fazer chamada de vídeo",
    "me passa teu zap",
    "pode confiar em mim mais que nas suas amigas",
    "quantos anos vc tem",
    "wann hast du schule aus",
    "lass mal facetimen",
    "lass uns facetimen heute abend",
    "wollen wir videocall machen",
    "du kannst mir mehr vertrauen als deinen freunden",
    "ich kauf dir robux wenn du mir ein foto schickst",
])
def test_grooming_subtle_es_fr_pt_de(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "a guy asked me for pics so i blocked him",
    "never send pics to strangers",
    "someone told me to delete the chat and it felt weird",
    "my teacher says im mature for my age",
    "he told me i was mature for my age and it felt weird",
    "grooming is when someone says you're so mature for your age",
    "signs of grooming include saying you are mature for your age",
    "we did a secret santa in class",
    "can we video call for the group project",
    "i want to see you in the final!",
    "i buy robux with my pocket money",
    "i deleted the chat because it was spam",
    "wann ist die schule aus in deutschland?",
    "i will help you with your homework",
    "you can tell me anything, im always here for you",
    "un inconnu m'a demandé mes photos alors je l'ai bloqué",
    "un desconocido me pidió fotos y lo bloqueé",
    "um estranho me pediu fotos e eu bloqueei",
    "ein fremder wollte bilder von mir, ich hab ihn blockiert",
])
def test_grooming_reports_advice_and_innocent_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 3. sexual requests and comments ------------------------------------------
@pytest.mark.parametrize("text", [
    "show me ur 🍑",
    "send 🍆 pics",
    "wanna see my 🍆",
    "send me pics of ur 🍑",
    "show ur 🍒",
    "muéstrame tu 🍑",
    "mostra a 🍑",
    "willst du meinen 🍆 sehen",
])
def test_sexual_emoji_requests(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "send a pic in ur bikini",
    "show me what ur wearing",
    "i want to touch you",
    "i want to touch your body",
    "i want to kiss you all over",
    "sit on my lap",
    "take ur clothes off",
    "take your shirt off",
    "take off ur shirt on cam",
    "i wanna see u naked",
    "show me ur bra",
    "show me ur body",
    "send feet pics",
    "call me daddy",
    "u have a nice ass",
    "ur thighs look so good",
    "your boobs look so big",
    "send me something spicy 😏",
])
def test_sexual_requests_and_comments_en(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "mándame una foto en ropa interior",
    "quiero verte desnuda",
    "quítate la ropa",
    "t'as des nudes?",
    "envoie une photo en maillot",
    "je veux te voir toute nue",
    "je veux te voir nue",
    "quero te ver pelada",
    "manda foto de biquíni",
    "tira a roupa",
    "schick mal ein bild im bikini",
    "zieh dich aus",
    "zieh dein shirt aus",
])
def test_sexual_requests_es_fr_pt_de(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "sexual")


@pytest.mark.parametrize("text", [
    "i ate a peach 🍑",
    "eggplant parm 🍆 for dinner",
    "peach 🍑 and cherry 🍒 smoothies",
    "we learned never to send 🍑 pics",
    "someone asked me for nudes i reported them",
    "my bikini got ruined at the pool",
    "i want to touch the sky",
    "sit on my chair",
    "take off your shoes please",
    "your legs look so tired after the run",
    "tu as des notes du cours?",
    "quiero verte en el partido",
    "je veux te voir demain au parc",
    "quero te ver na escola",
    "zieh dich warm an",
    "quelqu'un m'a demandé des nudes je l'ai signalé",
])
def test_sexual_lookalikes_and_reports_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 4. body shaming, exclusion, incitement -----------------------------------
@pytest.mark.parametrize("text", [
    "shut up fatty",
    "shut up ugly",
    "shut up fatso",
    "fat pig",
    "fatty fatty lol",
    "ugly af",
    "eww ugly af",
    "ur face is so ugly",
    "ur face is so disgusting",
    "ur not invited loser",
    "cállate gorda",
    "callate fea",
    "gorda asquerosa",
    "ferme-la grosse",
    "tais toi grosse vache",
    "ta gueule le gros",
    "cala a boca gorda",
    "cala a boca sua baleia",
    "halt die fresse fettsack",
    "halt die klappe du fette kuh",
])
def test_body_shaming_insults(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "nobody wants u here",
    "nadie quiere hablar contigo",
    "personne veut de toi ici",
    "personne veut de toi",
    "ninguém te quer aqui",
    "ninguém gosta de você",
    "niemand will dich hier",
    "niemand mag dich",
])
def test_exclusion(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "just die already",
    "just die already loser",
    "you should just disappear",
    "ojalá te mueras",
    "j'espère que tu vas crever",
    "morre",
    "tomara que você morra",
    "ich hoffe du stirbst",
    "geh sterben",
])
def test_incitement_to_die(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "bullying", "self_harm")


@pytest.mark.parametrize("text", [
    "i used to be called fatty at school and it hurt",
    "the word fat shouldnt be used as an insult",
    "shut up thats so funny 😂",
    "shut up no way thats crazy",
    "shut up and take my money",
    "hey fatty acids are good for you",
    "im ugly crying at this movie",
    "ugly sweater day tomorrow",
    "people called her a whale and it was so mean",
    "you are not invited to the staff meeting",
    "your face looks so happy in that picture",
    "me dijeron gorda en el cole y me dolió",
    "me chamaram de gorda e eu fiquei triste",
    "sie haben mich fettsack genannt",
    "o personagem morre no final",
])
def test_bullying_reports_and_idioms_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 5. threats and sextortion ------------------------------------------------
@pytest.mark.parametrize("text", [
    "ill beat u up after school",
    "imma beat you up tomorrow",
    "ill smash your face",
    "ur dead tomorrow",
    "je sais où t'habites",
    "sei onde vc mora",
])
def test_threats_violence_and_stalking(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "ill share ur pics with everyone",
    "ill send ur nudes to everyone",
    "ill post your nudes online",
    "send more or i'll show everyone",
    "i have ur pics and ill send them to ur school",
    "i have your pics and ill show everyone",
    "voy a pasar tus fotos a todos",
    "voy a subir tus fotos",
    "voy a filtrar tus fotos",
    "je vais montrer tes photos à tout le monde",
    "je vais balancer tes photos",
    "vou espalhar suas fotos",
    "vou vazar suas fotos",
    "vou mostrar suas fotos pra todo mundo",
    "ich schick deine bilder an alle",
    "ich zeig deine fotos allen",
    "ich poste deine bilder im internet",
])
def test_sextortion_sharing_threats(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "im gonna kill this exam",
    "i'll kill you in fortnite lol",
    "i will kill you in minecraft",
    "ill beat you at chess",
    "ill find you a seat",
    "i'll share your drawing with the class",
    "i'll send the pics from the trip to everyone",
    "ill send your pictures from the trip to everyone",
    "i'll post the photos of the school trip",
    "your dead tired after football lol",
    "voy a subir las fotos del viaje",
    "je vais poster tes photos de vacances",
    "vou postar as fotos da festa",
    "ich schick deine fotos vom ausflug an alle",
    "someone threatened to share my pics what do i do",
])
def test_threat_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)


# -- 6. scams -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "get 10000 robux free",
    "claim 5000 robux free now",
    "v-bucks gratuits dans ma bio",
    "robux de graça no link da bio",
    "robux gratis",
])
def test_scam_forms(pipe: Pipeline, text: str) -> None:
    _held(pipe, text, "spam")


@pytest.mark.parametrize("text", [
    "i got robux for my birthday",
    "is free robux real?? no its a scam",
    "les vbucks gratuits c'est une arnaque",
    "get 100 robux with your allowance",
])
def test_scam_talk_passes(pipe: Pipeline, text: str) -> None:
    _clean(pipe, text)
