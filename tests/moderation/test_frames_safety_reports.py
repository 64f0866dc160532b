"""Grooming requests told as advice or as what happened to someone else, with
a safety step (frames_safety_reports.py): "if a stranger asks you to send
photos ... block and report them", "我朋友收到一个大叔的私信让她发照片，还好她拉
黑举报了", "temanku dapat DM dari om om yang minta foto, untung dia blokir dan
lapor" pass in the 13 languages; the request itself, a negated or
threatening "report" ("jangan lapor", "i'll report you") and a "but" that
turns to the writer stay held.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

SAFETY_TALK = [
    # en
    "if a stranger asks you to send photos and says don't tell your parents, block and report them",
    "my friend got a DM from an older man asking for photos, luckily she blocked and reported him",
    "my friend got a message from an older guy saying send me a pic and dont tell ur mum, she reported it",
    "if someone says send me a photo and keep it secret, block them and tell an adult",
    "when a stranger asks for your pics, never send them, report them",
    "my cousin got asked for photos by a man online, she blocked him and told her mum",
    # es
    "si un desconocido te pide fotos y te dice que no le digas a tus padres, bloquéalo y denúncialo",
    "a mi amiga le escribió un señor pidiéndole fotos, por suerte lo bloqueó y lo reportó",
    "si alguien te dice mándame una foto y no se lo digas a nadie, bloquéalo",
    "si un señor te pide fotos y te dice que es un secreto, bloquéalo",
    "si un hombre te dice que no le digas a tus padres, cuéntaselo a un adulto y bloquéalo",
    "a mi prima un desconocido le pidió fotos y le dijo que no le dijera a sus padres, ella lo bloqueó",
    # pt
    "se um estranho pedir pra você mandar fotos e falar pra não contar pros seus pais, bloqueia e denuncia",
    "minha amiga recebeu uma dm de um homem mais velho pedindo fotos, ainda bem que ela bloqueou e denunciou",
    # fr
    "si un inconnu te demande d'envoyer des photos et te dit de ne rien dire à tes parents, bloque-le et signale-le",
    "ma copine a reçu un message d'un vieux qui lui demandait des photos, heureusement elle l'a bloqué et signalé",
    # de
    "wenn ein fremder dich nach fotos fragt und sagt du sollst es deinen eltern nicht sagen, blockier und melde ihn",
    ("meine freundin hat eine nachricht von einem älteren mann bekommen der fotos wollte, "
     "zum glück hat sie ihn blockiert und gemeldet"),
    # it
    "se uno sconosciuto ti chiede di mandare foto e di non dirlo ai tuoi genitori, bloccalo e segnalalo",
    ("la mia amica ha ricevuto un messaggio da un uomo più grande che le chiedeva foto, "
     "per fortuna l'ha bloccato e segnalato"),
    # ru
    "если незнакомец просит прислать фото и говорит не рассказывать родителям, заблокируй и пожалуйся",
    "моей подруге написал взрослый мужик и просил фото, хорошо что она его заблокировала и пожаловалась",
    # ar
    "اذا شخص غريب طلب منك ترسل صور وقالك لا تقول لاهلك، اعمله بلوك وبلغ عنه",
    "صاحبتي وصلتها رساله من رجل كبير يطلب منها صور، الحمدلله سوت له بلوك وبلغت عنه",
    # zh
    "如果陌生人让你发照片，还说不要告诉父母，就拉黑并举报他",
    "我朋友收到一个大叔的私信让她发照片，还好她拉黑举报了",
    "要是有人叫你发照片还让你别告诉爸妈，马上拉黑举报",
    "陌生人找你要照片千万别发，直接举报",
    "我同学被一个陌生人要求发自拍，她已经告诉老师了",
    "有个大叔让我妹妹发照片，我们报警了",
    "陌生人让你发照片还说别告诉爸妈的话，直接拉黑举报",
    "有个网友让我同学发照片，她马上拉黑了",
    "我妹妹遇到一个大叔让她发自拍，我们已经报警了",
    "有人私信让你发照片，一定要告诉家长并举报",
    "网友叫你发照片别理他，直接举报",
    "一个陌生人让她发照片，还好她告诉了老师",
    "大叔让你发照片的话马上拉黑",
    "陌生人要你发照片，记得举报",
    "我朋友被一个网友要求发照片，她拉黑了",
    # hi
    "agar koi anjaan tumse photo bhejne ko bole aur kahe ki parents ko mat batana, toh block aur report karo",
    "meri dost ko ek uncle ne DM kiya aur photo maangi, achha hua usne block karke report kar diya",
    # tr
    "bir yabancı senden fotoğraf isterse ve ailene söyleme derse engelle ve şikayet et",
    "arkadaşıma yaşlı bir adam mesaj atıp fotoğraf istemiş, neyse ki engelleyip şikayet etti",
    "bir adam senden fotoğraf isterse ailene söyleme derse hemen engelle",
    "yabancı biri fotoğraf at derse engelle ve bildir",
    # pl
    "jeśli obcy prosi cię o zdjęcia i mówi żebyś nie mówił rodzicom, zablokuj go i zgłoś",
    ("moja koleżanka dostała wiadomość od starszego faceta który prosił o zdjęcia, "
     "na szczęście go zablokowała i zgłosiła"),
    # id
    "kalau ada orang asing minta kirim foto dan bilang jangan kasih tau orang tua, blokir dan laporkan",
    "temanku dapat DM dari om om yang minta foto, untung dia blokir dan lapor",
    "temen gue di-dm om om yang minta kirim foto, terus dia lapor ke guru",
    "adikku pernah dimintain foto sama orang asing, untung dia cerita ke mama",
    "misal ada yang minta pap dan bilang jangan kasih tau ortu, langsung report aja",
    "jangan pernah kirim foto ke orang asing yang minta foto kamu, langsung blokir",
    "ada om om yang minta foto ke adikku, untung dia langsung blokir",
    "orang asing yang minta kirim foto langsung blokir aja ya",
    "temenku di chat orang asing yang minta pap, dia langsung lapor ke ortunya",
    "kemarin ada akun yang minta foto ke temen sekelasku, dia udah blokir dan lapor",
    "om om yang minta kirim foto harus langsung diblokir dan dilaporin",
    "sepupuku dapet chat dari orang dewasa yang minta foto, untung dia cerita ke mama",
    "ada cowok asing yang minta foto ke temenku, terus dia blokir",
    "seseorang minta foto ke temanku, untung dia lapor ke guru",
]

# the request itself: held
REQUESTS = [
    "send me a photo and dont tell your parents",
    "send me a pic, if you tell anyone i'll report you",
    "send me a pic and don't block me",
    "mandame una foto y no le digas a tus padres",
    "fotoğraf at ailene söyleme",
    "发照片给我，别告诉你爸妈",
    "kirim foto dong jangan kasih tau orang tua",
    "kirim foto kamu, jangan lapor ke ortu ya",
    "kirim foto dong, kalau kamu lapor aku sebar",
    "陌生人不一样，你发照片给我，别告诉你爸妈",
    "om om lain jahat, tapi kirim foto kamu ke aku ya",
    "a stranger online? no im your friend, send me a pic and dont tell your parents",
    "send me a pic babe, dont tell ur mum",
    "mándame fotos y no se lo digas a nadie",
    "manda foto e não conta pros seus pais",
    "envoie-moi une photo et dis rien à tes parents",
    "schick mir ein foto und sag es nicht deinen eltern",
    "mandami una foto e non dirlo ai tuoi genitori",
    "скинь фото и не говори родителям",
    "ابعتلي صورتك وما تقول لاهلك",
    "mujhe photo bhejo aur parents ko mat batana",
    "bana fotoğraf at kimseye söyleme",
    "wyślij mi zdjęcie i nie mów rodzicom",
    "kirim foto ke aku ya, jangan bilang siapa siapa",
    "pap dong sayang, jangan bilang ortu",
    # a safety word negated or aimed at the writer, a third party with a "but" or as the writer's cover
    "don't block me, just send a pic and don't tell your parents",
    "strangers are dangerous but i'm not a stranger, send me a pic and keep it secret",
    "i'm not a stranger lol, send me a pic and dont tell ur parents, and dont report me",
    "report anyone else, but send me your photos and dont tell your parents",
    "if you report me i'll post your pics, send me more and dont tell your parents",
    "no me bloquees, mándame una foto y no le digas a tus padres",
    "não me bloqueia, manda uma foto e não conta pros seus pais",
    "ne me bloque pas, envoie-moi une photo et dis rien à tes parents",
    "blockier mich nicht, schick mir ein foto und sag es nicht deinen eltern",
    "non bloccarmi, mandami una foto e non dirlo ai tuoi genitori",
    "не блокируй меня, скинь фото и не говори родителям",
    "mujhe block mat karna, photo bhejo aur parents ko mat batana",
    "beni engelleme, fotoğraf at ailene söyleme",
    "nie blokuj mnie, wyślij zdjęcie i nie mów rodzicom",
    "jangan blokir aku ya, kirim foto dong jangan bilang ortu",
    "om om baik kok, kirim foto kamu dong jangan bilang ortu",
    "kalau kamu lapor, aku sebar. kirim foto sekarang jangan bilang ortu",
    "别拉黑我，发张照片给我，不要告诉你爸妈",
    "大叔不是坏人，你发照片给我，别告诉你爸妈",
    "有人说你很可爱，发照片给我，别告诉你爸妈",
    "陌生人都被你拉黑了吧，但是你发照片给我，不要告诉爸妈",
    # advice in one sentence, the writer's own request in the next
    "if a stranger messages you, block him. send me a photo and dont tell your mom",
    "strangers might ask, so block them. now send me a pic and dont tell your parents",
    "people online are creeps so block them, but you can send me pics, just dont tell your parents",
    "si un desconocido te escribe, bloquéalo. mándame una foto y no le digas a tu mamá",
    "se um estranho te mandar mensagem, bloqueia. agora manda uma foto pra mim e não conta pra sua mãe",
    "si un inconnu t'écrit, bloque-le. envoie-moi une photo et dis rien à ta mère",
    "wenn dir ein fremder schreibt, blockier ihn. schick mir ein foto und sag es nicht deiner mutter",
    "se uno sconosciuto ti scrive, bloccalo. mandami una foto e non dirlo a tua madre",
    "если незнакомец напишет, заблокируй. а мне скинь фото и не говори маме",
    "اذا شخص غريب كلمك سوي له بلوك. ارسلي لي صورتك ولا تقولي لامك",
    "如果陌生人加你，就拉黑。你发照片给我，别告诉你妈",
    "agar koi anjaan message kare toh block karo. mujhe photo bhejo aur mummy ko mat batana",
    "bir yabancı yazarsa engelle. bana fotoğraf at, ailene söyleme",
    "jeśli obcy napisze, zablokuj go. wyślij mi zdjęcie i nie mów mamie",
    "kalau ada orang asing chat, blokir aja. kirim foto ke aku ya, jangan bilang mama",
]


@pytest.mark.parametrize("text", SAFETY_TALK)
def test_advice_and_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REQUESTS)
def test_requests_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
