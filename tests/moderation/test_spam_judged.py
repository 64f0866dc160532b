"""Talk about chain messages and free-currency scams passes (frames_scam.py): a
judgement (lies, nonsense, a hoax, "don't believe it") or someone else who fell for
it.  The chain message itself stays held, also when it vouches for itself ("no es
mentira", "not a joke").  A keyboard-mash flood is held (spam.keyboard_mash)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

JUDGED = [
    ("chain messages saying send this to 20 friends are all lies", "en"),
    ("esos mensajes de reenvía esto a 10 amigos son un bulo, no os lo creáis", "es"),
    ("les messages genre envoie ça à 10 personnes c'est des mensonges", "fr"),
    ("essas correntes de manda pra 10 amigos são besteira, não acreditem", "pt"),
    ("i messaggi tipo inoltra a 10 amici sono bufale", "it"),
    ("diese nachrichten mit schick das an 10 freunde sind gelogen", "de"),
    ("te łańcuszki wyślij do 10 znajomych to bzdury, nie wierzcie", "pl"),
    ("pesan kirim ke 10 teman itu hoax, jangan percaya", "id"),
    ("bunu 10 arkadaşına gönder mesajları saçmalık, inanmayın", "tr"),
    ("эти письма перешли 10 друзьям это враньё, не верьте", "ru"),
    ("رسائل انشرها لعشرة اشخاص كلها كذب", "ar"),
    ("10 logon ko bhejo wale messages bakwas hain, mat maano", "hi"),
    ("转发给10个人那种消息都是谣言，别信", "zh"),
]
FELL_FOR_IT = [
    ("mi hermana cayó en lo de los pavos gratis y le robaron la cuenta", "es"),
    ("kolega dał się nabrać na darmowe diamenty i stracił konto", "pl"),
    ("друга развели на бесплатные гемы", "ru"),
    ("meu primo perdeu a conta por causa de robux grátis, não caiam", "pt"),
    ("arkadaşım bedava elmas için kandı, hesabı gitti", "tr"),
]
CHAINS = [
    ("envía esto a 10 amigos o tendrás mala suerte, no es mentira", "es"),
    ("send this to 15 people or your crush will hate you, not a joke", "en"),
    ("manda isso pra 10 pessoas, se você acha que é mentira olha o que aconteceu com meu primo", "pt"),
    ("schick das an 10 leute sonst passiert was, das ist kein witz", "de"),
    ("انشر هذه الرسالة لعشرة أشخاص وإلا سيحصل لك شيء سيء", "ar"),
]
MASH = [
    ("JDJSJSKSKDJDJDKSKSKDJDJDJSKSKDJJDJDJSJSJ", "tr"),
    ("hdjsjdkskdjdjsksjdjdjsksjdjdjdksksjdjd", "en"),
    ("ASKDJSKDJSKDKSJDKSJDKSKDJSKDJSKDJSKDJ lmao", "pt"),
]
NOT_MASH = [
    ("ajsjsjs that was so funny", "pt"),
    ("Donaudampfschifffahrtsgesellschaftskapitän", "de"),
    ("przeszczepiłbyś mi ten strzyżyk?", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), JUDGED)
def test_judging_a_chain_message_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), FELL_FOR_IT)
def test_someone_who_fell_for_a_scam_passes(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), CHAINS)
def test_a_chain_message_vouching_for_itself_stays_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), MASH)
def test_a_keyboard_mash_flood_is_held(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "spam", lang=lang)


@pytest.mark.parametrize(("text", "lang"), NOT_MASH)
def test_short_mash_and_long_words_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
