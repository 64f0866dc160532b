"""Threats told by the reader's injury (harm_consequence.py): a meeting cue
(a time, a place, "bring your friends") and what the reader will need after
(a dentist, an ambulance, a straw to eat through, hospital, "your mum won't
recognise you"), in 13 languages; eating "through a straw for a month" with
no meeting cue.  Sweets, dental work, accidents, reports and lessons pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

MEETING_AND_INJURY = [
    "tomorrow behind the gym, bring your friends, won't help, you'll need a dentist after",
    "behind the gym at 3, bring whoever u want, ur still gonna need a dentist",
    "friday after school, car park. ur gonna need an ambulance",
    "see u tmrw at the gates, hope ur mum likes hospitals",
    "tmrw behind the chippy. you'll be spitting your teeth out",
    "after school tomorrow no one will recognise your face",
    "monday, bike sheds, you'll be drinking your dinner through a straw",
    "morgen hinter der turnhalle, bring deine freunde mit, hilft dir eh nix, danach brauchst du nen zahnarzt",
    "morgen nach der schule am bahnhof, du landest im krankenhaus",
    "danach erkennt dich deine mutter nicht mehr, morgen hinter der turnhalle",
    "mañana detrás del gimnasio, trae a tus amigos, no te va a servir, vas a necesitar un dentista",
    "a la salida te espero, vas a salir en ambulancia",
    "el lunes detrás del insti, ni tu madre te va a reconocer",
    "demain derrière le gymnase, ramène tes potes, ça servira à rien, tu vas avoir besoin d'un dentiste",
    "demain à la sortie, tu vas finir à l'hosto",
    "amanhã atrás do ginásio, traz teus amigos, não vai adiantar, vai precisar de um dentista depois",
    "amanhã na saída, vai sair de ambulância",
    "domani dietro la palestra, porta i tuoi amici, non servirà, dopo ti servirà un dentista",
    "domani all'uscita, finirai in ospedale",
    "завтра за спортзалом, бери своих друзей, не поможет, потом тебе понадобится стоматолог",
    "после школы за гаражами, поедешь в больницу",
    "بكرا ورا الصالة، جيب ربعك، ما راح ينفعونك، بتحتاج دكتور اسنان بعدها",
    "بعد المدرسه خلف الملعب، بتطلع بالاسعاف",
    "明天体育馆后面，叫上你的朋友，没用的，之后你得去看牙医",
    "放学后学校后面见，打得你满地找牙",
    "kal gym ke peeche, apne dost le aana, koi fayda nahi, baad mein dentist ki zarurat padegi",
    "kal school ke baad ground ke peeche, hospital pahunch jayega",
    "yarın spor salonunun arkasında, arkadaşlarını da getir, işe yaramaz, sonra dişçiye ihtiyacın olacak",
    "yarın okuldan sonra, hastanelik olacaksın",
    "jutro za salą gimnastyczną, weź swoich kumpli, nic ci nie pomogą, potem będziesz potrzebował dentysty",
    "jutro po lekcjach za blokiem, wylądujesz w szpitalu",
    "besok di belakang aula, bawa temen-temen lo, ga ngaruh, abis itu lo butuh dokter gigi",
    "besok pulang sekolah di belakang kantin, lo bakal masuk rumah sakit",
]
STRAW_FOR_A_MONTH = [
    "you'll be eating through a straw for a month",
    "du wirst einen monat lang durch nen strohhalm essen",
    "vas a comer con pajita un mes",
    "tu vas manger à la paille pendant un mois",
    "vai comer de canudinho por um mês",
    "mangerai con la cannuccia per un mese",
    "будешь есть через трубочку месяц",
    "راح تاكل بالشفاطة شهر",
    "你以后只能用吸管吃饭了",
    "straw se khana khayega ek mahine tak",
    "bir ay pipetle yemek yiyeceksin",
    "będziesz jadł przez słomkę przez miesiąc",
    "lo bakal makan pake sedotan sebulan",
]
CLEAN = [
    "you'll need a dentist after eating all that candy lol",
    "tomorrow is halloween, you'll need a dentist after all that candy lol",
    "tomorrow after school at the dentist, you'll need a new filling probably",
    "after your wisdom teeth out on friday you'll be eating through a straw for a week",
    "my sister said you'll be eating through a straw for a week after braces",
    "behind the gym tomorrow we can practise, bring your boots",
    "hope your mum likes visiting hospitals, she's a nurse right?",
    'a boy told me "tomorrow behind the gym, you\'ll need a dentist after" what do i do',
    "morgen nach der schule gehen wir zum zahnarzt, du brauchst eine neue füllung",
    "nach den ganzen süßigkeiten brauchst du nen zahnarzt lol",
    "vas a necesitar un dentista después de tantos dulces jaja",
    "tu vas avoir besoin d'un dentiste après tous ces bonbons mdr",
    "vai precisar de dentista depois de tanto doce kkk",
    "ti servirà un dentista dopo tutte quelle caramelle ahah",
    "тебе понадобится стоматолог после всех этих конфет лол",
    "بتحتاج دكتور اسنان بعد كل هالحلويات هههه",
    "吃那么多糖你得去看牙医了哈哈",
    "itni candy khayega to dentist ke paas jana padega lol",
    "o kadar şekerden sonra dişçiye ihtiyacın olacak lol",
    "po tylu cukierkach będziesz potrzebował dentysty xd",
    "abis makan permen segitu banyak lo butuh dokter gigi wkwk",
    "after braces you'll be eating soft food for a week",
]


@pytest.mark.parametrize("text", MEETING_AND_INJURY)
def test_a_meeting_and_the_readers_injury_is_a_threat(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", STRAW_FOR_A_MONTH)
def test_eating_through_a_straw_for_a_month_is_a_threat(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", CLEAN)
def test_sweets_dental_work_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
