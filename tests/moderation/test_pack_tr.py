"""HateCheck-style functional tests for the Turkish language pack
(moderation/packs/tr/, moderation/data/lexicon/tr.txt).

One class of case per test function, written the way children type
(with and without the Turkish letters, spoken endings like "istemiyom",
"olcem"), with hard negatives next to every family: hyperbole, accidents,
a friend's situation, a recovered past, game talk, lessons and reports."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held, redacted, self_harm_held


# -- self-harm disclosures ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "artık yaşamak istemiyorum",
    "artik yasamak istemiyorum",
    "yasamak istemiyom artik",
    "yaşamaktan bıktım",
    "hayattan cok yoruldum",
    "ölmek istiyorum",
    "olmek istiyom",
    "keşke hiç doğmasaydım",
    "keske olsem",
    "intihar edicem",
    "kendimi öldürmek istiyorum",
    "canıma kıyacağım",
    "uyuyup bir daha uyanmamak istiyorum",
    "herkes bensiz daha mutlu olur",
    "ben olmasam herkes daha rahat olur",
    "köprüye gidiyorum, kimse arkamdan ağlamasın",
    "kimse arkamdan aglamasin",
    "hakkınızı helal edin",
    "bu benim son mesajım",
    "kendimi köprüden atacağım",
    "bütün hapları içeceğim",
])
def test_self_harm_disclosure(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    "kendimi kesiyorum",
    "kendimi kesiyom kimse bilmiyor",
    "yine kendimi kestim",
    "dun gece yine kestim",
    "bileklerimi kestim",
    "kollarimi jiletliyorum",
    "kendime zarar veriyorum",
    "kendimi kesmeden duramiyorum",
    "yine kendime zarar verdim",
    "dün gece kendime zarar verdim, kimse bilmiyor",
])
def test_self_injury(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


# -- hyperbole, accidents, a friend, a recovered past pass ---------------------
@pytest.mark.parametrize("text", [
    "gülmekten öldüm",
    "utançtan ölmek istiyorum sjsjsj",
    "istanbul'da yaşamak istemiyorum",
    "onunla yaşamak istemiyorum",
    "ekmek keserken yanlışlıkla kendimi kestim",
    "saçımı kestim",
    "arkadaşım ölmek istiyor diyor, ne yapmalıyım?",
    "arkadaşım kendini kesiyor, nasıl yardım edebilirim",
    "eskiden kendimi keserdim ama artık iyiyim",
    "eskiden kendime zarar verdim ama artık iyiyim",
    "arkadaşım kendine zarar verdi, öğretmene söyledik",
    "eskiden kendimi keserdim ama psikoloğa gittim, şimdi çok daha iyiyim",
    "beni aramayın bugün, tatildeyim",
    "bu benim son mesajım bugün, iyi geceler",
    "köprüye gidiyorum, balık tutacağız",
    "derste intihar hakkında konuştuk",
    "sessiz olsene",
    "git hazır ol",
])
def test_self_harm_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "git öl",
    "gebersene",
    "git kendini as",
    "intihar etsene",
    "umarım ölürsün",
])
def test_incitement(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "self_harm")


# -- grooming ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "kimseye söyleme",
    "annene babana söyleme tamam mı",
    "ailene bir şey deme",
    "bu bizim sırrımız olsun",
    "aramızda kalsın",
    "kimse bilmesin",
    "mesajlarımızı sil",
    "whatsapp'tan yaz bana",
    "snapten ekle",
    "numaranı verir misin",
    "instanı atsana",
    "görüntülü arayalım mı",
    "kameranı açar mısın",
    "fotoğrafını atar mısın",
    "bi selfie atsana",
    "seni görmek istiyorum",
    "kaç yaşındasın",
    "nerede oturuyorsun",
    "hangi okula gidiyorsun",
    "evde yalnız mısın",
    "annenler ne zaman geliyor",
    "buluşalım mı",
    "seni okuldan alabilirim",
    "evine gelebilirim",
    "yalnız gel",
    "fotoğraf atarsan robux veririm",
])
def test_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "şifreni kimseye söyleme",
    "kimseye söyleme ama ben Ahmet'ten hoşlanıyorum",
    "ödevin fotoğrafını atar mısın",
    "tahtanın fotoğrafını at gruba",
    "bir yabancı bana fotoğrafını at dedi, engelledim",
    "derste öğrendik: asla kimseye fotoğraf gönderme",
    "oyunda buluşalım",
    "annem evde değil, markete gitti",
    "seni konserde görmek istiyorum",
    "arkadaşlarla whatsapp grubumuz var",
    "adam bana kaç yaşındasın diye sordu, cevap vermedim",
    "biri bana kimseye söyleme dedi, annemle konuştum",
])
def test_grooming_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- bullying, exclusion, threats -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "sen çok aptalsın",
    "salaksın",
    "gerizekalısın sen",
    "sus lan salak",
    "mal mısın",
    "çok çirkinsin",
    "kimse seni sevmiyor",
    "herkes senden nefret ediyor",
    "yarın kimse ona selam vermesin",
    "kimse onunla konuşmasın",
    "onu gruptan atın",
])
def test_bullying(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "seni öldüreceğim",
    "seni öldürcem yarın",
    "seni döveceğim",
    "okuldan sonra seni bekliyorum",
    "pişman olacaksın",
    "nerede oturduğunu biliyorum",
])
def test_threats(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "fotoğraflarını herkese atarım",
    "göndermezsen resimlerini herkese yayarım",
])
def test_sextortion(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", "sexual")


@pytest.mark.parametrize("text", [
    "bu soru çok aptalca",
    "aptal bir hata yaptım",
    "sen aptal değilsin",
    "seni oyunda öldüreceğim",
    "annem beni öldürecek",
    "bu sınav beni öldürecek",
    "gelmediğin için pişman olacaksın, film çok güzel",
    "spam botu gruptan atın",
    "sınıfta biri ona salaksın demiş, çok üzüldü",
    "bir çocuk ona seni döveceğim diye yazmış, öğretmene söyledik",
])
def test_bullying_threat_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- sexual requests --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "çıplak fotoğraf at",
    "soyunsana",
    "tişörtünü çıkar",
    "üstünde ne var?",
])
def test_sexual_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


# -- lexicon ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "amına koyayım",
    "amk ya",
    "siktir git",
    "s*ktir",
    "orospu çocuğu",
    "o r o s p u",
    "yarrak gibi",
    "piç",
])
def test_profanity(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "profanity", lang="tr")


@pytest.mark.parametrize("text", [
    "eşcinsel arkadaşım var",
    "müslüman ve hristiyan öğrenciler",
    "kürtçe biliyorum",
    "otizmli kardeşim",
    "bu pic çok güzel olmuş",
    "got it",
    "amina is my friend",
    "çok güzel",
])
def test_identity_and_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_slur_blocked(pipe: Pipeline) -> None:
    v = pipe.check("sen ibnesin ibne")
    assert v.action.value == "block" and "slur" in v.categories, v.reasons


# -- PII: Turkish phone formats ---------------------------------------------------
@pytest.mark.parametrize(("text", "secret"), [
    ("numaram 0532 123 45 67", "123 45 67"),
    ("ara beni +90 532 123 45 67", "532 123"),
    ("05321234567 yaz", "05321234567"),
    ("0 532 123 45 67", "123 45 67"),
])
def test_turkish_phone_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)


# -- session 17: the writer left out, ending it all ---------------------------------
@pytest.mark.parametrize("text", [
    # "kimse beni istemiyor" (nobody wants *me*) is no exclusion aimed at someone: the
    # scorer, which leaves holds about another person alone, must read the rest
    "herkes beni dışlıyor, kimse beni istemiyor, yok olmak istiyorum",
    "sınıfta kimse benimle konuşmuyor, hepsi beni gruptan attı, bu gece her şeye son vereceğim",
    "hayatıma son vereceğim",
    "yok olmak istiyorum",
])
def test_turkish_ending_it_all_and_the_writers_own_exclusion(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text, "tr")


@pytest.mark.parametrize("text", [
    "bu tartışmaya son vereceğim artık",
    "yok olmak istiyorum ya bu sınav yüzünden haha",
    "kimse beni sevmiyor bu oyunda, hep ben kaybediyorum",
])
def test_turkish_everyday_endings_pass(rules_pipe: Pipeline, text: str) -> None:
    clean(rules_pipe, text, lang="tr")


def test_turkish_exclusion_aimed_at_you_is_still_bullying(pipe: Pipeline) -> None:
    held(pipe, "kimse seni istemiyor defol", "bullying")
