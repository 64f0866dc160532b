"""PII in Turkish, Polish and Indonesian forms (pii_handles_suffix.py,
pii_names_langs.py, phone cues in pii_patterns.py), Indian schools named by
initials, the Chinese "我是...的<name>", and a password after "for the X is".
One class per test, with the look-alikes that must stay."""

from __future__ import annotations

import pytest

from moderation import Pipeline


def shown(pipe: Pipeline, text: str) -> str:
    return pipe.redact_pii(text)


# -- handles with a possessive suffix or a following owner -------------------
@pytest.mark.parametrize(("text", "secret"), [
    ("discord kullanıcı adım kerem#4421 ekleyin", "kerem"),
    ("instagramım ayse.yilmaz07 takip edin", "ayse.yilmaz07"),
    ("İnstagramım ayse.yilmaz07", "ayse.yilmaz07"),
    ("snapim ayse_07 ekle", "ayse_07"),
    ("insta hesabım ayse.yilmaz07", "ayse.yilmaz07"),
    ("instagram kullanıcı adım aysey", "aysey"),
    ("instagramım aysey takip edin", "aysey"),
    ("username ig aku nadia_07 follow ya", "nadia_07"),
    ("akun ig aku nadia.putri07", "nadia.putri07"),
    ("ig aku nadiaputri follow ya", "nadiaputri"),
    ("mój nick na discordzie to kerem#4421", "kerem"),
    ("mój nick to kasia", "kasia"),
    ("mój discord to kerem#4421", "kerem"),
])
def test_suffix_handles(pipe: Pipeline, text: str, secret: str) -> None:
    out = shown(pipe, text)
    assert secret not in out and "[handle removed]" in out, out


@pytest.mark.parametrize("text", [
    "instagramım kapandı",
    "instagramım gizli ama takip edebilirsin",
    "insta hesabım çalındı",
    "ig aku dihack kemarin",
    "akun ig aku udah private",
    "ig aku juga",
    "mój nick na discordzie jest zablokowany",
])
def test_suffix_handle_lookalikes(pipe: Pipeline, text: str) -> None:
    assert shown(pipe, text) == text


# -- names ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "secret"), [
    ("ben Elif Yıldırım, Kadıköy Anadolu Lisesi 10. sınıf", "Yıldırım"),
    ("benim adım Elif Yıldırım", "Yıldırım"),
    ("benim adım elif yıldırım ve 14 yaşındayım", "yıldırım"),
    ("nazywam się Kasia Nowak", "Nowak"),
    ("jestem Kasia Nowak z Krakowa", "Nowak"),
    ("nama aku Nadia Putri", "Putri"),
    ("aku Nadia Putri dari Bandung", "Putri"),
    ("mera naam Riya Sharma hai aur main DPS Rohini mein padhti hu", "Sharma"),
    ("我是北京市第八中学初二的王梓涵", "王梓涵"),
    ("我是初二三班的李明", "李明"),
])
def test_names(pipe: Pipeline, text: str, secret: str) -> None:
    out = shown(pipe, text)
    assert secret not in out and "[name removed]" in out, out


@pytest.mark.parametrize("text", [
    "ben de 10. sınıftayım",
    "Ben Stokes is the best cricketer",
    "Ben Ali ile gittim",
    "ben Galatasaray taraftarıyım",
    "benim adım Elif ve 14 yaşındayım",
    "mam na imię Ola i mam 12 lat",
    "nama aku Nadia, umur 12",
    "我是我们班的高手",
    "我是初二的学生",
    "我是他的朋友",
])
def test_name_lookalikes(pipe: Pipeline, text: str) -> None:
    assert shown(pipe, text) == text


# -- schools -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "secret"), [
    ("ben Elif Yıldırım, Kadıköy Anadolu Lisesi 10. sınıf", "Kadıköy"),
    ("Kadıköy Anadolu Lisesi'nde okuyorum", "Kadıköy"),
    ("kadıköy anadolu lisesinde okuyorum", "kadıköy"),
    ("ben Kadıköy Anadolu Lisesi'ne gidiyorum", "Kadıköy"),
    ("chodzę do Szkoły Podstawowej nr 5 w Krakowie", "nr 5"),
    ("chodzę do liceum im. Kopernika", "Kopernika"),
    ("aku sekolah di SMP Negeri 3 Bandung", "Negeri 3"),
    ("aku di sman 8 jakarta", "sman 8"),
    ("mera naam Riya Sharma hai aur main DPS Rohini mein padhti hu", "DPS Rohini"),
    ("main dps rohini mein padhti hu", "rohini"),
])
def test_schools(pipe: Pipeline, text: str, secret: str) -> None:
    out = shown(pipe, text)
    assert secret not in out and "[school removed]" in out, out


@pytest.mark.parametrize("text", [
    "my school is DPS too",
    "main bhi DPS mein padhti hu",
    "main Delhi mein padhti hu",
    "anadolu lisesinde okuyorum",
    "fen lisesi sınavı çok zor",
    "nr 5 on the list",
    "the man 2 doors down",
    "kelas 3 smp itu susah",
])
def test_school_lookalikes(pipe: Pipeline, text: str) -> None:
    assert shown(pipe, text) == text


# -- phones after Polish/Indonesian/Turkish cues --------------------------------------
@pytest.mark.parametrize("text", [
    "mój nr to 512 384 907 piszcie na whatsappie",
    "mój nr: 512 384 907",
    "zadzwoń 512 384 907",
    "nomor aku 812 345 678",
    "beni ara 532 123 45 67",
])
def test_cued_phones(pipe: Pipeline, text: str) -> None:
    out = shown(pipe, text)
    assert "[phone removed]" in out and "384" not in out and "345" not in out, out


@pytest.mark.parametrize("text", [
    "nr 5 on the list",
    "mam 512 384 907 punktów",
    "nr 5 ma 512 384 907 punktów",
    "the population was 512 384 907 in 2020",
])
def test_phone_lookalikes(pipe: Pipeline, text: str) -> None:
    assert shown(pipe, text) == text


# -- passwords: the whole value goes ---------------------------------------------
@pytest.mark.parametrize(("text", "secret"), [
    ("my password for the school laptop is Sunflower2012! lol is that safe", "Sunflower"),
    ("my password for the school laptop : Sunflower2012", "Sunflower"),
    ("my password for roblox is Tiger99!", "Tiger99"),
    ("la mia password per il computer e Gatto2010!", "Gatto2010"),
])
def test_password_whole_value(pipe: Pipeline, text: str, secret: str) -> None:
    out = shown(pipe, text)
    assert secret not in out and "[password removed]" in out, out
    assert "school" in out or "school" not in text, out
    assert not out.rstrip().endswith("!"), out


@pytest.mark.parametrize("text", [
    "the password for the wifi is on the fridge",
    "my password for roblox is too long",
])
def test_password_lookalikes(pipe: Pipeline, text: str) -> None:
    assert shown(pipe, text) == text
