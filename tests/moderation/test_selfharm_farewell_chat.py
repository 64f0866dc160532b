"""Indirect goodbyes to the chat that read as final (selfharm_farewell_chat.py: en es fr
pt de it): the writer's presence ending ("this is my last time logging on", "i won't be
here next time", "you won't see me here again") with thanks for kindness to the writer
or a goodbye handed on ("thanks for being nice to me", "tell the mods bye from me").
Always a hold, never a block.  Hard negatives: a limit right after the first part
("today", "before the holidays"), a reason anywhere ("see you next month", turning 18,
a move, a dentist), either part alone, someone else's goodbye, fiction.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

REASON = "stage:self_harm:finality"

HELD_EN = [
    "this is my last time logging on. thanks for being nice to me today, tell the mods bye from me",
    "i won't be here next time, thank you all for being kind to me, say bye to everyone for me",
    "this is the last time you'll see me on here. thanks for being kind, tell everyone i said bye",
    "you won't see me here again. thanks for being nice, say bye to the mods for me",
    "this is the last time i'll be on here. you were all so kind to me, thank you",
    "you won't see me on here again. thank you for always being nice to me, tell the mods goodbye "
    "from me",
    "i won't be logging on anymore. thanks for being my friends, say goodbye to everyone for me",
    "this is my last day here. thank you all for being so kind to me",
    "i'm not coming back after today. thanks for listening to me, tell everyone i said bye",
]

HELD_ES_FR_PT_DE_IT = [
    "es la última vez que me conecto. gracias por ser buenos conmigo, díganle adiós a los "
    "moderadores de mi parte",
    "ya no me van a ver más por aquí. gracias por ser tan buenos conmigo, despídanme de todos",
    "c'est la dernière fois que je me connecte. merci d'avoir été gentils avec moi, dites au revoir "
    "aux modos pour moi",
    "vous ne me reverrez plus. merci pour tout, dites au revoir à tout le monde de ma part",
    "é a última vez que entro aqui. obrigada por serem legais comigo, deem tchau aos moderadores "
    "por mim",
    "vocês não vão me ver mais. obrigado por tudo, mandem tchau pros mods por mim",
    "das ist das letzte mal dass ich mich einlogge. danke dass ihr nett zu mir wart, sagt den mods "
    "tschüss von mir",
    "ihr werdet mich nicht mehr sehen. danke für alles, grüßt die mods von mir",
    "è l'ultima volta che mi collego. grazie per essere stati gentili con me, salutate i "
    "moderatori da parte mia",
    "non mi vedrete più. grazie di tutto, salutatemi tutti",
]

PASS = [
    "last time logging on today, see you next month!",
    "this is my last consultation because i'm turning 18, thank you all",
    "i'm leaving early today, bye everyone",
    "tell the mods thanks from me, this was fun",
    "this is my last time logging on before the holidays, thanks for being nice to me, see you in "
    "january",
    "say bye to everyone for me, my mum is picking me up",
    "thanks for being so kind to me today, see you next week!",
    "i won't be here next time because i have a dentist appointment, say bye to everyone for me",
    "this is the last time i log on this week, tell the mods bye from me",
    "my friend said this is her last time logging on, she's moving to canada",
    "this is the last session of the consultation, thank you all for being so kind to me!",
    "this was my last time at the youth council, thanks for everything, see you around",
    "thanks for being so kind to me, tell the mods bye from me, see you next session",
    "thanks for being nice to me today everyone, tell the mods bye from me!",
    "this is my last message for today, thanks for being so nice, bye!",
    "tell everyone i said bye, my wifi is about to die",
    "in the book she says this is the last time you'll see her, thank her for being kind",
    "es la última vez que me conecto hoy, nos vemos la semana que viene, gracias a todos",
    "no voy a estar la próxima vez porque tengo dentista, gracias por todo",
    "mi prima dijo que es la última vez que se conecta",
    "c'est la dernière fois que je me connecte avant les vacances, merci pour tout et à bientôt",
    "das ist das letzte mal dass ich mich einlogge für heute, danke für alles, bis morgen",
    "ich bin nächste woche nicht da, danke für alles, bis dann",
    "non ci sarò la prossima volta, vado in vacanza, grazie di tutto",
    "não vou estar na próxima, vou viajar, obrigada por tudo",
]


@pytest.mark.parametrize("text", HELD_EN)
def test_english_final_goodbye_to_the_chat_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", HELD_ES_FR_PT_DE_IT)
def test_european_final_goodbye_to_the_chat_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)
    assert REASON in rules_pipe.check(text).reasons, text


@pytest.mark.parametrize("text", PASS)
def test_limited_or_explained_absences_and_half_goodbyes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
