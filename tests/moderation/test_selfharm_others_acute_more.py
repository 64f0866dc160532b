"""Someone else at risk right now, the wordings a later round added (see
selfharm_others_acute_base.py): a photo of pills, a blade or fresh cuts
with "it's the end"; standing at the tracks, on a bridge, by the river with "does
not want to live any more" or a goodbye; a death wish and a plan; the time
before the verb; people named by slang or a group ("un chavo del grupo",
"kumpel", "adik kelasku", "mere dost"); a goodbye and a door that stays shut.
Held as self_harm by the others_acute rule in 13 languages.  The same photos,
places and people in everyday messages pass.  Sentences written for this
module, not taken from an evaluation set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

# a photo of pills, a blade or fresh cuts, sent or posted, with an end, a goodbye or silence
SIGN_AND_END = [
    ("a boy in the group chat sent a photo of a blade and said it's the end, what do i do", "en"),
    ("my best friend snapped me a pic of her wrists with fresh cuts and says she can't go on anymore", "en"),
    ("mi amiga me mandó foto de sus muñecas con cortes y dice que ya no puede más", "es"),
    ("mi primo subió una historia con una cuchilla y ya no contesta", "es"),
    ("une fille de notre groupe a posté une photo de lames et elle dit que c'est la fin", "fr"),
    ("uma mina da sala postou foto dos pulsos com cortes e disse que é o fim", "pt"),
    ("meine freundin hat ein foto von klingen geschickt und schreibt es ist das ende", "de"),
    ("mio fratello mi ha mandato una foto di lamette e dice che non ce la fa più", "it"),
    ("подруга скинула фото порезов на запястьях и написала что это конец", "ru"),
    ("gruptan bir kız hap fotoğrafı attı ve artık dayanamıyorum dedi", "tr"),
    ("znajoma wrzuciła story z żyletką i napisała żegnajcie", "pl"),
    ("kakak kelas gue kirim foto silet dan bilang ini yang terakhir", "id"),
    ("اخوي بعتلي صورة شفرات وكتب وداعا", "ar"),
    ("mere bhai ne blade ki photo bheji aur bola ab sab khatam", "hi"),
    ("मेरे दोस्त ने ब्लेड की फोटो भेजी और लिखा सब खत्म", "hi"),
    ("我朋友发了一张刀片的照片，说不想活了", "zh"),
]

# at the tracks, on a bridge, by the river, with an end or a goodbye
PLACE_AND_END = [
    ("my cousin is standing on the bridge and says she doesn't want to live anymore", "en"),
    ("mi hermano está en las vías del tren y dice que quiere morir", "es"),
    ("ma pote est sur le pont et dit qu'elle veut mourir", "fr"),
    ("meu amigo tá na ponte e disse que quer morrer", "pt"),
    ("meine schwester sitzt auf der brücke und schreibt sie kann nicht mehr", "de"),
    ("la mia amica è sul ponte e mi ha scritto che vuole morire", "it"),
    ("подруга стоит на мосту и пишет что не хочет больше жить", "ru"),
    ("kuzenim köprünün üstünde, yaşamak istemiyorum yazdı", "tr"),
    ("moja siostra stoi na moście i pisze że nie chce już żyć", "pl"),
    ("temenku lagi di jembatan katanya udah ga kuat", "id"),
    ("صاحبتي واقفة على الجسر وبتقول انها ما بدها تعيش", "ar"),
    ("meri dost bridge pe khadi hai aur keh rahi hai jeena nahi chahti", "hi"),
    ("मेरी दोस्त पुल पर खड़ी है और कह रही है जीना नहीं चाहती", "hi"),
    ("我同学站在桥上说想死", "zh"),
    ("我表妹跑到江边了，说了再见", "zh"),
]

# a death wish and a plan; the time before the verb; slang and group people
PLAN_TIME_PEOPLE = [
    ("my friend says he wants to die and he already has a plan, he's 12", "en"),
    ("a girl on our discord says tonight she's killing herself", "en"),
    ("una chava del salón dice que hoy se va a suicidar", "es"),
    ("mi primo quiere morirse y ya tiene un plan", "es"),
    ("mon frère veut mourir et il a déjà un plan", "fr"),
    ("minha prima disse que hoje vai se matar", "pt"),
    ("minha irmã tomou muito remédio escondido, tô com medo", "pt"),
    ("mein bruder will sterben und hat schon einen plan", "de"),
    ("mia cugina vuole morire e ha già un piano", "it"),
    ("девчонка из нашей беседы хочет покончить с собой и у неё уже есть план", "ru"),
    ("kuzenim ölmek istiyor ve bir planı varmış", "tr"),
    ("mój kumpel chce się zabić i ma już plan", "pl"),
    ("adik kelasku mau bunuh diri dan udah punya rencana", "id"),
    ("صاحبي بده يموت وعنده خطة", "ar"),
    ("صاحبتي اخدت حبوب كتير وهي نايمة ومش بترد", "ar"),
    ("mere dost ne bola wo marna chahta hai aur plan bana liya hai", "hi"),
    ("我们群里一个女生说想死，她已经想好了怎么做，计划好了", "zh"),
]

# a goodbye and a door that stays shut, an account deleted, a story saying goodbye
GOODBYE_AND_SILENCE = [
    ("my sister posted a goodbye and now she won't open the bathroom door", "en"),
    ("mi amiga está subiendo historias despidiéndose y no abre la puerta", "es"),
    ("minha irmã postou um vídeo se despedindo e não abre a porta", "pt"),
    ("meine freundin hat sich von allen verabschiedet und macht die tür nicht auf", "de"),
    ("mia sorella mi ha scritto addio e non apre la porta", "it"),
    ("сестра написала мне прощайте и не открывает дверь", "ru"),
    ("kardeşim veda mesajı attı ve kapıyı açmıyor", "tr"),
    ("kumpel wrzucił pożegnalny post i usunął konto", "pl"),
    ("adikku pamit ke semua dan gak mau buka pintu kamarnya", "id"),
    ("اختي كتبت رسالة وداع وما بتفتح الباب", "ar"),
    ("صاحبتي نزلت رسالة وداع بالقروب وما بترد علينا", "ar"),
    ("meri behen ne alvida ka status lagaya aur darwaza nahi khol rahi", "hi"),
    ("我妹妹跟我们说再见了，然后不开门", "zh"),
    # the family left in the writer's care (session 17)
    ("сестра написала 'береги маму, прости меня' и больше не отвечает. она одна дома", "ru"),
    ("брат написал береги маму и не отвечает", "ru"),
]

# the same photos, places, people and words in everyday messages
EVERYDAY = [
    ("подруга написала прости меня и не отвечает, обиделась наверное из-за ссоры", "ru"),
    ("my friend sent me a photo of her new pills for her allergy", "en"),
    ("my cousin is standing on the bridge taking photos of the river lol", "en"),
    ("it's the end of the year and my friend posted a goodbye to our class", "en"),
    ("my friend isn't answering because her phone died, she's at the river with her family", "en"),
    ("my friend posted a goodbye because she is moving to spain", "en"),
    ("my brother won't open the door because he's gaming", "en"),
    ("mi amiga subió una historia despidiéndose porque se va de vacaciones y no contesta", "es"),
    ("mi hermano está en el puente con sus amigos pescando", "es"),
    ("mi amiga me mandó foto de sus pastillas para la alergia", "es"),
    ("ma copine est sur le pont, elle prend des photos du coucher de soleil", "fr"),
    ("minha amiga tomou o remédio certinho como o médico mandou", "pt"),
    ("minha amiga tomou muito remédio pra gripe essa semana", "pt"),
    ("meu amigo tá na ponte tirando foto do rio", "pt"),
    ("meine freundin steht an den gleisen und wartet auf den zug", "de"),
    ("mein cousin will nicht mehr fußball spielen", "de"),
    ("mia sorella è sul ponte con le amiche a fare foto", "it"),
    ("mia sorella si è chiusa in camera e non apre la porta perché è arrabbiata", "it"),
    ("подруга стоит на мосту и фоткает закат", "ru"),
    ("брат хочет умереть от смеха", "ru"),
    ("kuzenim köprüde fotoğraf çekiyor", "tr"),
    ("arkadaşım bu gece ödevi bitiriyorum yazdı", "tr"),
    ("kolega z klasy wrzucił pożegnalny post bo się przeprowadza", "pl"),
    ("to koniec roku, moja koleżanka wysłała mi zdjęcie świadectwa", "pl"),
    ("temenku lagi di jembatan foto foto", "id"),
    ("adik kelasku minum obat sesuai resep dokter", "id"),
    ("صاحبتي واقفة على الجسر بتصور", "ar"),
    ("صاحبتي طلعت من القروب لانها مسافرة", "ar"),
    ("mera dost bridge pe khada hai photo le raha hai", "hi"),
    ("我朋友在河边钓鱼", "zh"),
    ("我朋友跟我说再见，她去旅游了，现在联系不上她因为没信号", "zh"),
]

# the topic, advice, fiction and a past that is over
TOPIC_FICTION_PAST = [
    ("what should you do if a friend posts a goodbye", "en"),
    ("in the movie her best friend stands on the bridge and says it's the end", "en"),
    ("my friend cuts herself and i dont know what to do", "en"),
    ("que hacer si un amigo manda foto de pastillas y dice que es el fin", "es"),
    ("last year my cousin was on the bridge saying she wanted to die, she got help and is fine now", "en"),
    ("hace dos años mi primo quería morir y tenía un plan, ahora está bien", "es"),
    ("w serialu jej przyjaciółka stoi na moście i mówi że to koniec", "pl"),
    ("在电视剧里她的朋友站在桥上说想死", "zh"),
    ("im film steht ihr freund auf der brücke und will nicht mehr", "de"),
]


@pytest.mark.parametrize(("text", "lang"), SIGN_AND_END)
def test_photo_of_means_with_an_end_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PLACE_AND_END)
def test_dangerous_place_with_an_end_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), PLAN_TIME_PEOPLE)
def test_plan_time_and_slang_people_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), GOODBYE_AND_SILENCE)
def test_goodbye_and_shut_door_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), [*SIGN_AND_END, *PLACE_AND_END, *PLAN_TIME_PEOPLE, *GOODBYE_AND_SILENCE])
def test_held_by_the_others_acute_rule(pipe: Pipeline, text: str, lang: str) -> None:
    """The hold comes from the others_acute rule (the name a training script reads)."""
    v = pipe.check(text, lang=lang)
    assert "stage:self_harm:others_acute" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_photos_places_and_goodbyes_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), TOPIC_FICTION_PAST)
def test_topic_fiction_and_past_not_held_by_this_rule(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang=lang)
    assert "stage:self_harm:others_acute" not in v.reasons, (text, v.reasons)
