"""Grooming frames for Indonesian reports of what others asked, and for age
questions about a platform's rules or a relative (called by `frames_others.others_ask_frame`).

Why, two false holds of the same kind as the English ones `frames.py`
already excuses:

* **a third person asked a friend for a photo**: "ada om2 di ig minta foto
  temenku, langsung kita report" (a man on ig asked my friend for a photo,
  we reported right away), "dia minta foto temenku terus", "ada orang minta
  foto adekku".  The English report frame knows "a man asked my friend for a
  photo"; Indonesian puts the actor before the verb the rule matches ("minta
  foto"), so the report frame, which wants its verb *before* the match, did
  not see it.  The actors are those that cannot be the writer: "ada ..."
  (there is a man / someone), the plural "om om" / "om2" (creepy older men),
  "dia", "mereka", "orang itu", "akun itu".  A bare "om" or "kakak" is not
  one: grown-ups call themselves that to a child ("om minta foto kamu dong"
  stays held), and a request to send it after the match ("ada yang minta foto
  kamu nih, kirim ya") is the writer passing it on.
* **an age question about a platform's rules**: "umur berapa sih boleh main
  tiktok? adekku 9 thn udh punya" (what age are you allowed on tiktok?),
  "how old are you supposed to be to have discord", "cuántos años tienes que
  tener para usar tiktok", "ile masz lat żeby mieć tiktoka", "instagram ke
  liye tumhari umar kitni honi chahiye".  The "you" is anyone; the sentence
  names a platform (an app, an account, a phone, a game) and a rule word -
  allowed, must, minimum, "to use", "boleh", "harus", "buat main", "żeby",
  "ke liye", "honi chahiye".  The reader's age asked with anything else
  ("how old are you? send a pic", "umur berapa kamu? kirim foto dong": the
  "?" ends the sentence) or an invitation in the same sentence ("... main
  tiktok bareng om", "with me", "add me") stays held, and so does the
  Indonesian "umur kamu berapa" (*your* age) whatever follows.
* **an age question about the reader's brother, cousin or pet**: "quantos
  anos tem seu irmão mais novo? o meu tem 4", "adikmu umur berapa?", "tera
  chhota bhai kitne saal ka hai?", "kucingmu umur berapa sih".  The rules'
  Portuguese, Indonesian and Hindi age questions have no "you" in them
  ("quantos anos tem", "umur berapa", "kitne saal ka hai"), so they read a
  sibling's age as the reader's.  The relative is named right after the
  question's verb or right before the question; "quantos anos tem? a sua irmã
  também pode vir" (the "?" ends the question) stays held.
"""

from __future__ import annotations

import re

from . import fastre
from .frames import sentence_bounds

# -- a third person asked -------------------------------------------------------------
_OTHERS_ID = fastre.compile(
    r"\b(?:ada (?:om|oom|orang|cowok|cowo|cewek|cewe|bapak\w*|mas\w*|tante|akun|yang|penipu|"
    r"pedofil|kakak\w*|abang\w*)\w*|om om|om2|oom oom|bapak bapak|bapak2|cowok2|dia|doi|mereka|"
    r"(?:orang|om|oom|cowok|cowo|akun|bapak|tante|mas|abang|kakak)(?:nya)? (?:itu|tadi|tsb|"
    r"tersebut|aneh|asing|random|ga dikenal|gak dikenal|nggak dikenal|tak dikenal)|orang asing|"
    r"penipu|pedofil|predator)\b(?:(?!\b(?:aku|gue|gw|gua|saya|kamu|lu|lo)\b)[^.!?]){0,60}?$"
)
# the request the actor makes, at the match: "minta foto", "kirim pap", "nanya umur"
_REQUEST_ID = fastre.compile(
    r"(?:minta|mintain|kirim\w*|spill|pap|liat|lihat|mana|nanya\w*|tanya\w*|ngajak|ajak|nyuruh|"
    r"suruh|video call|vc|pengen liat|mau liat)\b"
)
# the writer passes the request on: "ada yang minta foto kamu nih, kirim ya"
_PASSED_ON = fastre.compile(r"\b(?:kirim\w*|send|pap|fotoin)\b")
# ... or makes it: an imperative particle ("aku kenal dia, kirim foto kamu dong"), or a
# "send" with the reader as the owner ("... kirim foto kamu")
_IMPERATIVE = fastre.compile(
    r"\b(?:dong|donk|dunk|yuk|yok|deh|plis|please|pls|sekarang|skrg|cepet|cepat|buruan)\b"
)
_SEND_YOURS = fastre.compile(
    r"(?:kirim\w*|spill|pap)\b[^.!?]{0,20}?\b(?:kamu|kmu|km|lu|lo|mu|dek|adek|sayang|cantik)\b"
)

# -- an age question about a platform's rules ---------------------------------------------
# where the rules-question may start: the age question itself
_AGE_START = fastre.compile(
    r"(?:umur|usia|how old|what age|cuantos anos|quantos anos|ile (?:masz )?lat|kac yas|"
    r"(?:tumhari|teri|aapki|apki|tumhara) (?:umar|umr|age)|kitne saal|kitni umar|quel age|wie alt|"
    r"quanti anni|сколько (?:тебе )?лет)"
)
# -- an age question about the reader's relative or pet ------------------------------------
# "quantos anos tem seu irmão mais novo?", "adikmu umur berapa?", "tera chhota bhai kitne saal
# ka hai?": the person asked about is a brother, a cousin or a dog, named right after the
# question's verb or right before the question; "quantos anos você tem?" names none.
# Compiled like the phrase form ("caçula", "младший", "сестрёнка" read "cacula",
# "младшии", "сестренка")
_KIN = (
    r"(?:brother|sister|sis|bro|cousin|dog|cat|puppy|kitten|pet|hamster|nephew|niece|son|daughter|"
    r"baby|twin|irmao|irma|irmaozinho|irmazinha|primo|prima|cachorro|cachorra|gato|gata|sobrinh[oa]|"
    r"filh[oa]|bebe|hermano|hermana|hermanito|hermanita|perro|perra|sobrin[oa]|hij[oa]|frere|soeur|"
    r"cousine|chien|chienne|chat|chaton|neveu|niece|fils|fille|bruder|schwester|hund|katze|neffe|"
    r"nichte|sohn|tochter|fratello|sorella|fratellino|sorellina|cugin[oa]|cane|gatt[oa]|nipote|"
    r"figli[oa]|brat|siostra|braciszek|siostrzyczka|kuzyn|kuzynka|pies|kot|kotek|adik|adek|kakak|"
    r"abang|sepupu|kucing|anjing|keponakan|bhai|behen|bahan|didi|bhaiya|kutta|billi|брат|сестра|"
    r"братик|сестренка|сестрёнка|кузен|собака|кот|кошка|kardes|kardesin|abla|abi|kuzen|kopek|kedi)"
)
_KIN_ADJ = (
    r"(?:(?:little|big|younger|older|baby|mais novo|mais nova|mais velho|mais velha|caçula|pequeno|"
    r"pequena|mayor|menor|petit|petite|grand|grande|kleine|kleiner|große|grosser|groesser|piccolo|"
    r"piccola|maggiore|minore|mlodszy|mlodsza|starszy|starsza|chhota|chhoti|bada|badi|"
    r"младший|младшая|старший|старшая|kucuk|buyuk) )?"
)
_AGE_OF_RELATIVE_AT = fastre.compile_phrase(r"(?:quantos anos tem|kitne saal (?:ki|ke|ka) (?:ho|hai)|umur "
                                     r"(?:\w+ )?(?:berapa|brp|brapa))\b")
_RELATIVE_AFTER = fastre.compile_phrase(
    r"(?:(?:o|a|os|as) )?(?:(?:seu|sua|seus|suas|teu|tua|your|ur|tu|tus|ton|ta|tes|dein|deine|il tuo|"
    r"la tua|tuo|tua|twoj|twoja|tera|teri|tere|твой|твоя|senin) )?" + _KIN_ADJ + _KIN + r"\w{0,3}\b"
)
_RELATIVE_BEFORE = fastre.compile_phrase(
    r"\b(?:(?:your|ur|tera|teri|tere|tumhara|tumhari|tumhare|aapka|aapki|aapke) " + _KIN_ADJ
    + _KIN + r"|" + _KIN + r"(?:mu| kamu| lu| lo))\b (?:\w+ )?$"
)
_PLATFORM = (
    r"(?:tiktok\w*|instagram\w*|snapchat\w*|snap|discord\w*|whatsapp\w*|wa|facebook\w*|fb|youtube\w*|"
    r"twitter|roblox\w*|minecraft\w*|fortnite|free fire|ff|ml|mobile legends|pubg\w*|telegram\w*|"
    r"reddit|twitch\w*|social media|medsos|sosmed|redes sociales|reseaux sociaux|sosyal medya|"
    r"akun|account|accounts|cuenta|conta|compte|konto|hp|phone|handphone|smartphone|celular|"
    r"telefon\w*|handy|app|apps|aplikasi|game|games|email|gmail|тикток\w*|инстаграм\w*|ютуб\w*|"
    r"телеграм\w*|дискорд\w*|телефон\w*)"
)
_RULE_WORD = (
    r"(?:supposed to|meant to|allowed to|required to|old enough to|(?:have|need|got|has|needs) to be|"
    r"age (?:limit|requirement|rating)|minimum age|to (?:use|have|get|join|make|download|sign up|"
    r"be on|open|play)|"
    r"(?:tienes|hay|tiene) que tener|para (?:usar|tener|abrir|crear|entrar|descargar|jugar)|"
    r"(?:se puede|puedes|puede|pode|podes) (?:usar|tener|ter|abrir|criar|baixar|jugar|jogar)|"
    r"precisa ter|(?:pra|para) (?:usar|ter|abrir|criar|baixar|jogar)|"
    r"zeby|aby|trzeba|mozna|"
    r"ke liye|honi chahiye|hona chahiye|hone chahiye|"
    r"(?:boleh|bisa|harus|wajib|diizinkan|buat|untuk|utk|(?:kalau|kalo|klo) (?:mau|pengen|ingin)) "
    r"(?:\w+ )?(?:main|punya|pakai|pake|bikin|buat|daftar|install|instal|download|buka|masuk|"
    r"gabung|login)|minimal|minimum|batas|syarat|boleh$)"
)
_RULE_QUESTION = fastre.compile(
    r"\b" + _RULE_WORD + r"\b(?:[^.!?]{0,60}?)\b" + _PLATFORM + r"\b"
    r"|\b" + _PLATFORM + r"\b(?:[^.!?]{0,60}?)\b" + _RULE_WORD + r"\b"
    # "tiktok pakai umur berapa?"
    r"|\b" + _PLATFORM + r" (?:\w+ )?(?:pakai|pake|itu|tuh) (?:umur|usia)\b"
)
# the reader's own age in Indonesian ("umur kamu berapa, boleh pakai wa?"): the rule words of
# that language are too weak to excuse it; "umur berapa kamu boleh main tiktok" asks the rule
_YOUR_AGE_ID = fastre.compile(
    r"(?:umur|usia) (?:kamu|kmu|km|lu|lo|loe|elu|kau|anda|you)\b|(?:umurmu|usiamu)\b"
)
_YOU_BEFORE_ID = fastre.compile(r"\b(?:kamu|kmu|km|lu|lo|loe|elu|kau|anda|you) $")
# an invitation in the same sentence: "... main tiktok bareng om", "... with me"
_INVITE = fastre.compile(
    r"\b(?:bareng|sama (?:aku|gue|gw|om|kakak|kak|saya)|with me|together|add me|dm me|follow me|"
    r"text me|call me|message me|conmigo|comigo|ze mna|mere saath|mere sath)\b"
)


_END = re.compile(r" [.!?](?= |$)")


def _sentence(text: str, start: int) -> tuple[int, int]:
    """(left, right) of the sentence of the phrase form holding `start`; the
    left edge after the space that follows the previous end."""
    left, right = sentence_bounds(text, start, start, _END)
    return left + 1 if left else 0, right


def others_more_frame(text: str, start: int) -> str | None:
    """"report" for an Indonesian third person asking, "discussion" for an age
    question about a platform's rules or about the reader's relative or pet;
    None otherwise."""
    left, right = _sentence(text, start)
    age = _AGE_OF_RELATIVE_AT.match(text, start) or _AGE_START.match(text, start)
    if age:
        kin_before = _RELATIVE_BEFORE.search(text, max(left, start - 40), start)
        if _YOUR_AGE_ID.match(text, start) or (
            not kin_before and _YOU_BEFORE_ID.search(text, max(0, start - 8), start)
        ):
            return None
        sentence = text[left:right]
        if _RULE_QUESTION.search(sentence) and not _INVITE.search(sentence):
            return "discussion"
        if kin_before or _RELATIVE_AFTER.match(text, age.end() + 1, right):
            return "discussion"
        return None
    before = text[left:start]
    if before and _REQUEST_ID.match(text, start) and _OTHERS_ID.search(before):
        after = text.find(" ", start)  # past the request's own verb ("kirim foto")
        if after == -1:
            return "report"
        if not (
            _PASSED_ON.search(text, after, right)
            or _IMPERATIVE.search(text, start, right)
            or _SEND_YOURS.match(text, start, right)
        ):
            return "report"
    return None
