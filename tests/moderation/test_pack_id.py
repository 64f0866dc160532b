"""HateCheck-style functional tests for the Indonesian language pack
(moderation/packs/id/, moderation/data/lexicon/id.txt).

One class of case per test function, written the way teens chat (gue/lu,
gak/ga/gk/nggak, pengen/pgn, aja, banget/bgt, wkwk), with hard negatives
next to every family: idioms ("mati gaya", "hp aku mau mati"), laughter,
a friend's situation, a recovered past, game talk, lessons and reports."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean, held, redacted, self_harm_held


# -- self-harm disclosures ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "aku capek hidup, pengen pergi aja selamanya",
    "pengen mati aja",
    "pgn mati aja rasanya",
    "gue mau mati aja",
    "aku capek banget sama hidup",
    "cape idup",
    "udah gak kuat hidup lagi",
    "aku gak mau hidup lagi",
    "kepikiran bunuh diri terus",
    "pengen bundir",
    "mending aku gak ada",
    "semua bakal lebih bahagia tanpa aku",
    "aku cuma beban",
    "ini pesan terakhirku",
    "selamat tinggal semuanya",
    "pengen tidur selamanya",
    "aku mau loncat dari jembatan",
])
def test_self_harm_disclosure(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


@pytest.mark.parametrize("text", [
    "aku nyakitin diri sendiri lagi",
    "gue nyilet tangan lagi",
    "aku sering nyayat lenganku",
    "nyakitin diri lagi semalem",
    "gak bisa berhenti nyilet",
])
def test_self_injury(pipe: Pipeline, text: str) -> None:
    self_harm_held(pipe, text)


# -- idioms, laughter, a friend, a recovered past pass --------------------------------
@pytest.mark.parametrize("text", [
    "mati gaya di rumah",
    "hp aku mau mati, baterai tinggal 2%",
    "pengen mati aja wkwk malu banget",
    "dia pengen mati katanya, aku harus gimana?",
    "temenku bilang dia capek hidup, gimana cara bantu dia",
    "temen aku nyakitin diri sendiri, aku harus gimana",
    "dulu aku nyakitin diri sendiri tapi sekarang udah lebih baik",
    "aku capek hidup di kota ini",
    "aku beban tim pas mabar",
    "ini pesan terakhirku hari ini, bye",
    "di kelas kita belajar tentang bunuh diri dan pencegahannya",
    "aku nyilet bawang pas masak",
    "temenku nyakitin diri lagi, aku takut",
])
def test_self_harm_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "mati aja lo",
    "mampus lu",
    "bunuh diri aja sana",
    "mending lu mati",
])
def test_incitement(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying", "self_harm")


# -- grooming ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jangan bilang orang tua ya",
    "jangan bilang siapa-siapa",
    "jgn kasih tau ortu kamu",
    "ini rahasia kita berdua",
    "hapus chat kita ya",
    "chat aku di wa aja",
    "pindah ke telegram yuk",
    "japri aja",
    "minta nomor wa kamu dong",
    "punya ig gak?",
    "vc yuk",
    "nyalain kameranya dong",
    "kirim foto kamu dong",
    "pap dong",
    "pap muka",
    "mana fotomu",
    "umur kamu berapa",
    "rumahmu di mana",
    "sekolah kamu dimana",
    "kamu sendirian di rumah?",
    "ortu kamu pulang jam berapa",
    "ketemuan yuk",
    "aku jemput kamu di sekolah",
    "dateng sendirian aja",
    "aku kasih robux asal kamu pap",
])
def test_grooming(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")


@pytest.mark.parametrize("text", [
    "jangan bilang siapa-siapa ya, aku suka sama Dimas",
    "jangan kasih tau siapa pun password kamu",
    "kirim foto tugasnya dong",
    "pap makanan kamu hari ini",
    "ada om om ngechat aku minta pap, langsung aku block",
    "kalau ada yang ngajak ketemuan, bilang ke ortu",
    "ketemuan di game aja",
    "minta nomor wa buat grup kelas",
    "nyalain kamera buat absen zoom",
])
def test_grooming_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


# -- bullying, exclusion, threats ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "dasar miskin, gak usah ikut ngobrol",
    "dasar goblok",
    "lu tuh jelek banget",
    "kamu gendut",
    "tolol lu",
    "muka lu kayak monyet",
    "lu gak usah ikut",
    "gak ada yang mau temenan sama lu",
    "jangan ada yang ngajak dia",
    "kick dia dari grup",
])
def test_bullying(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "bullying")


@pytest.mark.parametrize("text", [
    "gue bunuh lu",
    "aku hajar kamu besok",
    "awas lu ya besok",
    "gue tunggu lu pulang sekolah",
    "gue tau rumah lu",
])
def test_threats(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat")


@pytest.mark.parametrize("text", [
    "gue sebarin foto lu ke semua orang",
    "kalo gak kirim lagi, aku sebar",
])
def test_sextortion(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "threat", "sexual")


@pytest.mark.parametrize("text", [
    "aku goblok banget lupa bawa buku",
    "soalnya bego banget",
    "anjir lucu banget",
    "gue bunuh lu di ff wkwk",
    "kick dia dari grup, dia spam",
    "kata temenku ada yang bilang dia gendut, kasian",
    "dasar kamu lucu",
    "lu gila sih, keren banget",
    "kamu kampung mana?",
    "bodo amat lah",
])
def test_bullying_threat_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


@pytest.mark.parametrize("text", [
    "pap tt dong",
    "vcs yuk",
    "kirim foto bugil",
    "masih perawan gak?",
])
def test_sexual_requests(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "sexual")


# -- lexicon -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "bangsat",
    "anjg lah",
    "kontol",
    "ngentot",
    "bajingan lu",
    "b4ngs4t",
    "jancok",
])
def test_profanity(pipe: Pipeline, text: str) -> None:
    held(pipe, text, lang="id")


@pytest.mark.parametrize("text", [
    "aku punya anjing namanya Coco",
    "aku suka kamu",
    "babi hutan di kebun binatang",
    "temenku kristen, aku muslim",
    "adikku autis dan dia pinter banget",
    "dupa di pura",
    "cok, cok güzel",
    "E. coli itu bakteri",
    "vcs viram o jogo ontem?",
])
def test_identity_and_lookalikes_pass(pipe: Pipeline, text: str) -> None:
    clean(pipe, text)


def test_slur_blocked(pipe: Pipeline) -> None:
    v = pipe.check("dasar banci")
    assert v.action.value == "block" and "slur" in v.categories, v.reasons


# -- PII: Indonesian phone formats --------------------------------------------------------
@pytest.mark.parametrize(("text", "secret"), [
    ("nomor aku 0812-3456-7890", "3456-7890"),
    ("wa aku 081234567890", "081234567890"),
    ("+62 812 3456 7890", "3456 7890"),
    ("hubungi 0812 3456 789", "3456 789"),
])
def test_indonesian_phone_redacted(pipe: Pipeline, text: str, secret: str) -> None:
    redacted(pipe, text, secret)
