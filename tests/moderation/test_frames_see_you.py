"""A goodbye that names the next meeting passes (frames_see_you.py); a last
goodbye, one with no next time, or one that names a means is still held."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

SEE_YOU_NEXT_TIME = [
    ("this is my last message, bye everyone, see you at the next consultation!", "en"),
    ("ok last message from me today, bye guys see you tomorrow", "en"),
    ("último mensaje, adiós a todos, nos vemos en la próxima sesión", "es"),
    ("dernier message, au revoir tout le monde, à la prochaine séance !", "fr"),
    ("última mensagem, tchau gente, até a próxima consulta", "pt"),
    ("letzte nachricht von mir, tschüss alle, bis zum nächsten mal!", "de"),
    ("ultimo messaggio, ciao a tutti, alla prossima sessione!", "it"),
    ("всё, это моё последнее сообщение, всем пока, увидимся на следующей консультации!", "ru"),
    ("tamam bu son mesajım, herkese bay bay, bir sonraki oturumda görüşürüz!", "tr"),
    ("to moja ostatnia wiadomość, pa wszystkim, do następnego spotkania!", "pl"),
    ("oke ini pesan terakhirku, dadah semuanya, sampai ketemu di konsultasi berikutnya!", "id"),
    ("هذي آخر رسالة مني، مع السلامة، نشوفكم المرة الجاية", "ar"),
    ("चलो ये मेरा आखिरी मैसेज है, सबको बाय, अगली मीटिंग में मिलते हैं!", "hi"),
    ("ok ye mera aakhri message hai, bye sabko, kal milte hain", "hi"),
    ("好啦这是我最后一条消息，大家拜拜，下次会议见！", "zh"),
]

STILL_HELD = [
    ("this is my last message. goodbye everyone, see you on the other side", "en"),
    ("this is my last message, goodbye everyone. i love you all", "en"),
    ("last message before i take the pills. see you tomorrow", "en"),
    ("это моё последнее сообщение. прощайте все", "ru"),
    ("bu benim son mesajım, hakkınızı helal edin", "tr"),
]


@pytest.mark.parametrize(("text", "lang"), SEE_YOU_NEXT_TIME)
def test_a_goodbye_that_names_the_next_meeting_passes(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_a_last_goodbye_is_still_held(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang)
