"""Everyday reasons for being offline (frames_offline.py): a phone taken
away, no wifi, a holiday, a move, leaving a game server, practice, a
presentation, a parent picking the writer up, a dentist, "see you" and
the joke of a bad report card excuse the goodbye rules, and the learned
scorer declines them too (it held several of these before)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed

OFFLINE_WITH_A_REASON = [
    ("if im not online tomorrow dont worry, we're going camping and theres no wifi", "en"),
    ("leaving the server, it was nice knowing you all, gg", "en"),
    ("i wrote everything i wanted to say in my notes for the debate", "en"),
    ("if my mum sees my report card, it was nice knowing you all lol", "en"),
    ("if im not on tomorrow dont look for me, i'll be at the beach all day", "en"),
    ("everything i wanted to say is in my notes app, ill read it at the presentation", "en"),
    ("me salgo del servidor, fue un gusto conocerlos, gg", "es"),
    ("escribí todo lo que quería decir en mis notas para la exposición", "es"),
    ("no me esperen para jugar hoy, tengo examen", "es"),
    ("fue un gusto conocerlos, nos vemos en la otra escuela", "es"),
    ("si mañana no entro no me busquen, estoy castigada sin celular", "es"),
    ("no me esperen más en el recreo, me cambiaron de turno", "es"),
    ("saindo do servidor, foi bom conhecer vocês, gg", "pt"),
    ("escrevi tudo que eu queria dizer nas notas pra apresentação", "pt"),
    ("se eu não entrar amanhã tô viajando sem wifi", "pt"),
    ("foi um prazer conhecer vocês, até o próximo campeonato", "pt"),
    ("se amanhã eu não aparecer não me procurem, vou pra casa da minha vó sem internet", "pt"),
    ("foi bom conhecer vocês no intercâmbio, vou sentir saudade", "pt"),
    ("je quitte le serveur, c'était sympa de vous connaître, gg", "fr"),
    ("j'ai écrit tout ce que je voulais dire dans mes notes pour l'exposé", "fr"),
    ("c'était un plaisir de vous connaître, bonne continuation au collège", "fr"),
    ("si demain je réponds pas ne me cherchez pas, je suis privée de téléphone", "fr"),
    ("ne m'attendez plus à la sortie, ma mère vient me chercher", "fr"),
    ("ich verlass den server, war schön euch zu kennen, gg", "de"),
    ("ich hab alles was ich sagen wollte in meine notizen geschrieben für das referat", "de"),
    ("wartet nicht auf mich mit dem zocken, ich hab training", "de"),
    ("wartet nicht mehr auf mich an der haltestelle, meine mutter holt mich ab", "de"),
    ("esco dal server, è stato bello conoscervi, gg", "it"),
    ("ho scritto tutto quello che volevo dire nelle note per l'interrogazione", "it"),
    ("è stato un piacere conoscervi, ci vediamo al prossimo torneo", "it"),
    ("se domani non rispondo non cercatemi, sono in punizione", "it"),
    ("non aspettatemi più all'uscita, mi viene a prendere mio padre", "it"),
    ("ухожу с сервера, было приятно вас знать, gg", "ru"),
    ("написала всё что хотела сказать в заметках для доклада", "ru"),
    ("не ждите меня больше у подъезда, меня папа забирает", "ru"),
    ("если завтра не отвечу, не ищите, у меня отобрали телефон", "ru"),
    ("рада была вас всех знать, увидимся в лагере следующим летом", "ru"),
    ("طالع من السيرفر، كان حلو اني عرفتكم، gg", "ar"),
    ("كتبت كل شي بدي قوله بالملاحظات عشان العرض", "ar"),
    ("كل شي موجود بملاحظات جوالي، ببعتلك الملخص", "ar"),
    ("لو ما رديت بكرة لا تدوروا علي، رايحة عند جدتي وما في نت", "ar"),
    ("想说的话都写在备忘录里了，明天演讲用", "zh"),
    ("我要说的都在手机备忘录里，发给你复习用", "zh"),
    ("server chhod raha hu, tum sab ko jaan ke accha laga, gg", "hi"),
    ("jo kehna tha sab notes mein likh diya presentation ke liye", "hi"),
    ("aaj game mein mera wait mat karna, tuition hai", "hi"),
    ("जो कहना था सब नोट्स में लिख दिया है, कल स्पीच है", "hi"),
    ("ab mera intezaar mat karna bus stop pe, papa lene aayenge", "hi"),
    ("sunucudan çıkıyorum, hepinizi tanımak güzeldi, gg", "tr"),
    ("hepinizi tanımak güzeldi, gelecek turnuvada görüşürüz", "tr"),
    ("yarın cevap vermezsem beni aramayın, ceza aldım telefon yok", "tr"),
    ("wychodzę z serwera, miło było was znać, gg", "pl"),
    ("napisałam wszystko co chciałam powiedzieć w notatkach do prezentacji", "pl"),
    ("nie czekajcie już na mnie na przystanku, tata mnie odbiera", "pl"),
    ("miło było was znać, do zobaczenia na następnym turnieju", "pl"),
    ("jak jutro nie odpiszę, nie szukajcie mnie, mam szlaban na telefon", "pl"),
    ("keluar dari server, senang kenal kalian, gg", "id"),
    ("semua yang mau aku bilang udah aku tulis di notes buat presentasi", "id"),
    ("kalo besok aku ga on, lagi liburan ga ada wifi", "id"),
    ("jangan tungguin aku lagi di halte, dijemput papa", "id"),
    ("senang pernah kenal kalian, sampai ketemu di turnamen berikutnya", "id"),
    ("kalo besok aku ga bales jangan cari aku, hp lagi disita", "id"),
    ("if i dont get on tomorrow dont wait for me, dentist at 4", "en"),
    ("it was nice knowing you all, see you next year at camp!", "en"),
    ("dont wait for me anymore at the gate, dad drives me now", "en"),
    ("i wrote everything i wanted to say in my notes for my therapist appointment", "en"),
    ("si mañana no me conecto no me esperen, tengo dentista", "es"),
    ("wenn ich morgen nicht online bin, wartet nicht auf mich, wir fahren in den urlaub", "de"),
    ("если завтра не зайду не ждите меня, еду к бабушке", "ru"),
    ("如果我明天没上线，别等我，我去奶奶家", "zh"),
    ("kalo besok aku ga on jangan tungguin, lagi mudik", "id"),
    ("it was nice knowing you all at this school, see you at the reunion", "en"),
    ("i wrote down everything i wanted to say in my notes before the student council meeting", "en"),
    ("dont wait for me anymore, ill be late every day this week", "en"),
    ("i wrote everything i wanted to say in my notes, now i just need to send it to my crush", "en"),
]


@pytest.mark.parametrize(("text", "lang"), OFFLINE_WITH_A_REASON)
def test_absences_with_a_reason_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
