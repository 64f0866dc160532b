"""Grooming combinations (grooming_combos.py, new members of the signals
stage's families): maturity flattery against the reader's peers, parents
out tonight, a video call proposed, and in Gulf Arabic addressed to a girl
flattery + Telegram + never tell your family, in 13 languages.  A teacher's
praise, a video call for homework and "my parents are away tonight so my
aunt is staying over" pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

COMBINATIONS = [
    "du bist viel reifer als andere in deinem alter. sind deine eltern heute abend weg? wir könnten videocallen",
    "du bist echt reifer als die anderen mädchen in deinem alter, wir können ja heute abend videocallen",
    "deine eltern sind heute abend weg oder? lass uns videochatten, du bist eh reifer als andere in deinem alter",
    "you are more mature than others your age. are your parents away tonight? we could video call",
    "honestly ur more mature than most girls your age. parents out tonight? we could facetime",
    "eres mucho más madura que las otras chicas de tu edad, hacemos videollamada esta noche?",
    "t'es bien plus mature que les autres filles de ton âge, on fait un facetime ce soir ?",
    "você é mais madura que as meninas da sua idade, seus pais vão sair hoje à noite? faz chamada de vídeo comigo",
    "você é bem mais madura do que as outras meninas da sua idade, bora fazer chamada de vídeo?",
    "sei più matura delle altre della tua età, i tuoi stasera non ci sono? facciamo una videochiamata",
    "sei molto più matura delle tue coetanee, facciamo una videochiamata stasera?",
    "ты взрослее своих сверстниц, родителей сегодня вечером нет дома? давай созвонимся по видео",
    "sen yaşıtlarından çok daha olgunsun, annen baban bu akşam evde yok mu? görüntülü konuşalım",
    "yaşıtlarından çok daha olgunsun, bu akşam görüntülü konuşalım mı?",
    "jesteś dojrzalsza niż dziewczyny w twoim wieku, rodzice dziś wieczorem wychodzą? pogadamy na kamerce",
    "jesteś o wiele dojrzalsza od dziewczyn w twoim wieku, pogadamy dziś na kamerce?",
    "kamu lebih dewasa dari anak seumuranmu, ortu kamu pergi malam ini? video call yuk",
    "kamu lebih dewasa dibanding cewek seumuranmu, nanti malam video call yuk",
    "tum apni umar ki ladkiyon se zyada samajhdar ho, aaj raat mummy papa ghar pe nahi hai na? video call karte hain",
    "你比同龄的女生成熟多了，今晚爸妈不在家吗？视频一下",
    "انتي اعقل من البنات اللي بعمرك، تعالي تيليجرام وما تقولين لاهلك",
    "انتي واعيه اكثر من عمرك، كلميني على التلقرام ولا تعلمين اهلك ابد",
    "انتي ناضجه مو مثل البنات اللي بعمرك، خلينا نكمل بالتليجرام وترا لا تقولين لأحد من اهلك",
    "انتي اذكى من البنات اللي بعمرك، خلينا نسولف بالتلقرام ولا تقولين لاحد",
    "انتي واعيه اكثر من سنك، تعالي سناب ولا تعلمين امك",
    "اهلك مسافرين الليله؟ نسوي فيديو كول",
    "enti a9al mn l banat li b3omrich, ta3ali telegram w la tgolin l ahlich",
]
CLEAN = [
    "the teacher said you're more mature than others your age, well done on your presentation",
    "the teacher told us in class that we're more mature than other kids our age",
    "meine lehrerin sagt ich bin reifer als andere in meinem alter",
    "can you video call me for the homework? we need to finish the project",
    "wanna facetime later to do the maths homework together?",
    "can we video call for the project tomorrow?",
    "kannst du heute abend videocallen für das referat?",
    "lass uns heute abend videocallen für das referat",
    "facciamo una videochiamata per i compiti di matematica?",
    "görüntülü konuşalım mı ödev için?",
    "pogadamy na kamerce o projekcie?",
    "video call yuk buat tugas kelompok",
    "my parents are away tonight so my aunt is staying over",
    "meine eltern sind heute abend weg, meine tante passt auf mich auf",
    "mis padres no están esta noche, se queda mi tía",
    "mes parents sont pas là ce soir, ma tante vient dormir",
    "i miei stasera non ci sono, dormo da mia zia",
    "annem babam bu akşam evde yok, teyzem geliyor",
    "moi rodzice wychodzą dziś wieczorem, przyjdzie ciocia",
    "ortu aku pergi malam ini, tante nginep di rumah",
    "ابوي وامي مسافرين الليله وخالتي عندنا",
    "今晚我爸妈不在家，我姑姑过来住",
    "المعلمة قالت انتي اعقل من البنات اللي بعمرك",
    "حملي تيليجرام عشان مجموعة الواجبات",
]


@pytest.mark.parametrize("text", COMBINATIONS)
def test_two_grooming_cues_aimed_at_the_reader_are_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", CLEAN)
def test_teachers_homework_calls_and_own_parents_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
