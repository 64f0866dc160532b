"""Incitement someone else wrote, reported and dealt with, and a relative's
or friend's past self-harm with what helped (frames_handled.py,
frames_recovered.py): "someone wrote kys under my friend's photo, we
reported it and the account got deleted", "my cousin used to hurt herself
and what helped her most was a teacher who noticed", in 13 languages.  What
stays held: the writer agreeing with it after reporting ("... i reported it
but maybe they're right"), a first-person wish in the same message, and a
relative's self-harm joined in or still going on."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

STILL_HELD = [
    ("someone wrote kys under my photo and maybe they're right", "en"),
    ("my cousin used to hurt herself and now i do too", "en"),
    ("someone told me i should kill myself. i blocked them but i want to die", "en"),
    ("my sister used to cut herself and she still does, what helped her was nothing", "en"),
    ("alguien escribió matate en mi foto, lo reporté pero quizás tenga razón", "es"),
    ("кто-то написал мне убей себя, я пожаловалась, но может они правы", "ru"),
    ("biri bana kendini öldür yazdı, engelledim ama belki haklı", "tr"),
    ("ktoś mi napisał zabij się, zgłosiłam ale może ma rację", "pl"),
    ("ada yang nyuruh aku bunuh diri, udah aku report tapi mungkin dia bener", "id"),
]

HANDLED = [
    ("someone wrote kys under my friend's photo, we reported it and the account got deleted", "en"),
    ("some random commented kys on my post, i blocked and reported him and it got taken down", "en"),
    (
        "a guy in the group chat told my friend to kill herself, we told our teacher and "
        "he got suspended",
        "en",
    ),
    (
        "some kid commented kill yourself on my friends video, we reported it and the "
        "comment got removed",
        "en",
    ),
    ("my cousin used to hurt herself and what helped her most was a teacher who noticed", "en"),
    ("my sister used to cut herself, what really helped her was therapy and talking to mum", "en"),
    (
        "my friend used to self harm, what helped him was his mum finding out and getting "
        "him a therapist",
        "en",
    ),
    ('alguien escribió "mátate" en la foto de mi amiga, lo reportamos y borraron la cuenta', "es"),
    ("un chico le escribió matate a mi amiga, lo bloqueamos y lo reportamos", "es"),
    ("mi prima se cortaba antes y lo que más le ayudó fue una profesora que se dio cuenta", "es"),
    ("mi amiga se hacía daño antes, pero fue a terapia y ahora está mucho mejor", "es"),
    ('alguém escreveu "se mata" na foto da minha amiga, denunciamos e a conta foi apagada', "pt"),
    ("um cara mandou se mata pra minha amiga, a gente denunciou e bloqueou", "pt"),
    ("minha prima se cortava e o que mais ajudou ela foi uma professora que percebeu", "pt"),
    (
        'quelqu\'un a écrit "va te tuer" sous la photo de mon pote, on a signalé et le '
        "compte a été supprimé",
        "fr",
    ),
    ("quelqu'un a commenté suicide toi sous la vidéo de ma copine, on a signalé le compte", "fr"),
    ("ma cousine se faisait du mal avant, ce qui l'a le plus aidée c'est une prof qui a remarqué", "fr"),
    ("mon frère se scarifiait avant, ce qui l'a aidé c'est la psy du collège", "fr"),
    (
        'jemand hat "bring dich um" unter das foto meiner freundin geschrieben, wir haben '
        "es gemeldet und der account wurde gelöscht",
        "de",
    ),
    ("jemand hat meiner freundin bring dich um geschrieben, wir haben ihn blockiert und gemeldet", "de"),
    (
        "meine cousine hat sich früher geritzt, am meisten geholfen hat ihr eine "
        "lehrerin, die es gemerkt hat",
        "de",
    ),
    ("meine freundin hat sich früher geritzt, die therapie hat ihr sehr geholfen", "de"),
    (
        'qualcuno ha scritto "ammazzati" sotto la foto della mia amica, l\'abbiamo '
        "segnalato e hanno cancellato l'account",
        "it",
    ),
    ("un tizio ha scritto ammazzati alla mia amica, l'abbiamo bloccato e segnalato", "it"),
    ("mia cugina si tagliava e la cosa che l'ha aiutata di più è stata una prof che se n'è accorta", "it"),
    ('кто-то написал "убей себя" под фото подруги, мы пожаловались и аккаунт удалили', "ru"),
    ("какой-то парень написал подруге убей себя, мы заблокировали и пожаловались", "ru"),
    ("моя сестра раньше резала себя, больше всего ей помогла учительница, которая заметила", "ru"),
    ('واحد كتب "موت" تحت صورة صاحبتي، بلغنا عنه وانحذف الحساب', "ar"),
    ("بنت خالتي كانت تأذي نفسها، اكثر شي ساعدها معلمة انتبهت", "ar"),
    ("有人在我朋友照片下面评论“去死吧”，我们举报了，账号被删了", "zh"),
    ("我表姐以前会伤害自己，对她帮助最大的是一个注意到的老师", "zh"),
    ('kisi ne meri dost ki photo pe "mar ja" likha, humne report kiya aur account delete ho gaya', "hi"),
    (
        "meri cousin pehle khud ko hurt karti thi, usko sabse zyada ek teacher ne help "
        "kiya jisne notice kiya",
        "hi",
    ),
    ('biri arkadaşımın fotoğrafının altına "kendini öldür" yazdı, şikayet ettik ve hesap silindi', "tr"),
    ("biri arkadaşıma kendini öldür yazdı, engelledik ve şikayet ettik", "tr"),
    ("kuzenim eskiden kendine zarar veriyordu, ona en çok yardım eden fark eden bir öğretmendi", "tr"),
    ('ktoś napisał "zabij się" pod zdjęciem koleżanki, zgłosiliśmy i konto usunięto', "pl"),
    ("jakiś chłopak napisał koleżance zabij się, zablokowaliśmy go i zgłosiliśmy", "pl"),
    ("moja kuzynka kiedyś się cięła, najbardziej pomogła jej nauczycielka, która to zauważyła", "pl"),
    ("moja siostra kiedyś się cięła, pomogła jej terapia i teraz jest dobrze", "pl"),
    ('ada yang komen "bunuh diri aja" di foto temenku, kita report dan akunnya dihapus', "id"),
    ("ada cowok komen bunuh diri aja ke temenku, udah kita report dan diblokir", "id"),
    ("sepupuku dulu suka nyakitin diri sendiri, yang paling bantu dia itu guru yang sadar", "id"),
    ("kakakku dulu suka nyakitin diri sendiri, yang bantu dia itu psikolog sekolah", "id"),
]


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_agreement_and_own_wishes_stay_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize(("text", "lang"), HANDLED)
def test_handled_reports_and_recovered_relatives_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)
