"""A last message or a last bye to the whole chat (moderation/selfharm_farewell_last.py).
The German and the first Hinglish line passed in blind set DA; the rest were written for
this module."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, self_harm_held

LAST_TO_EVERYONE = [
    ("letzte nachricht hier. danke euch allen, echt", "de"),
    ("sabko bye bolne ka mann hai.. last wala bye", "hi"),
    ("last bye sabko", "hi"),
    ("last message here. thanks everyone, really", "en"),
    ("last message from me. thank you all", "en"),
    ("my final message. bye everyone", "en"),
    ("último mensaje aquí. gracias a todos de verdad", "es"),
    ("última mensagem aqui. obrigada a todos", "pt"),
    ("dernier message ici. merci à tous, vraiment", "fr"),
    ("ultimo messaggio qui, grazie a tutti", "it"),
    ("последнее сообщение тут. спасибо всем", "ru"),
    ("buradaki son mesajım, herkese teşekkürler", "tr"),
    ("ostatnia wiadomość tutaj. dzięki wszystkim", "pl"),
    ("pesan terakhir aku di sini. makasih semua", "id"),
    ("هذي اخر رساله مني، شكرا للجميع", "ar"),
    ("这是我最后一条消息了，谢谢大家", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), LAST_TO_EVERYONE)
def test_a_last_message_with_thanks_or_bye_to_all(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


EVERYDAY = [
    ("last message here before i leave for holiday, thanks everyone", "en"),
    ("last message of the day, thanks everyone for the meeting", "en"),
    ("last message today, thanks everyone", "en"),
    ("thanks everyone for the help, last message before i log off for dinner", "en"),
    ("last message in this chat, see you all next week", "en"),
    ("letzte nachricht hier, ich bin ab morgen im urlaub, danke euch allen", "de"),
    ("último mensaje por hoy, gracias a todos por la ayuda", "es"),
    ("dernier message avant les vacances, merci à tous", "fr"),
    ("последнее сообщение на сегодня, спасибо всем за помощь", "ru"),
    ("放假前最后一条消息，谢谢大家", "zh"),
    ("ultimo messaggio, grazie a tutti per il progetto", "it"),
    ("aaj ke liye ye mera last message hai, sabko thanks aaj ke din ke liye, bye", "hi"),
    ("so das war meine letzte nachricht, tschüss leute, bis zur nächsten runde!", "de"),
    ("bom essa é minha última mensagem de hoje, tchau gente foi massa", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_a_limit_a_reason_or_thanks_for_something(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)
