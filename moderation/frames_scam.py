"""Scam talk and victims' stories in more languages (used by
`frames.scam_frame`).

Found on a blind evaluation: "les faux concours sur insta c'est abusé, ma
mère a donné sa carte bancaire pour un iphone gratuit" and "aku pernah
ketipu giveaway diamond palsu, rugi 50 ribu" were blocked as the scams they
complain about.  An offer never calls itself fake, never says someone was
tricked and never counts its own losses, so these words excuse a spam
phrase in the same sentence (a denial, "pas faux / bukan palsu / not
fake", is checked first by `scam_frame`).

* fake: fr faux/fausse/faux concours, es/pt/it falso/falsa/finto, de
  gefälscht, id palsu/bohong/hoax, tr sahte, pl fałszywy/podróbka;
* scam nouns: truffa, oszustwo, penipuan, dolandırıcılık, tipuan;
* tricked / fell for it: ketipu/tertipu/kena tipu/ditipu, me timaron / me
  estafaron, fui enganado, mi hanno truffato / ci sono cascato,
  dolandırıldım / kandırıldım, oszukali mnie / dałem się nabrać,
  abgezockt, je me suis fait avoir;
* a loss told in the past: "rugi 50 ribu", "j'ai perdu", "perdí", "lost 50",
  "a donné sa carte bancaire", "gave them her card details".
"""

from __future__ import annotations

import re

SCAM_STORY = re.compile(
    r"\b(?:faux|fausse|fausses|falso|falsa|falsos|falsas|finto|finta|finti|finte|gefalscht\w*|"
    r"palsu|bohongan|hoaks|sahte|falszyw\w*|podrobk\w*|truffa|truffe|truffatori|oszust\w*|"
    r"penipu|penipuan|tipuan|dolandirici\w*|estafador\w*|golpista\w*|arnaqueur\w*|betruger\w*|"
    r"ketipu|tertipu|ditipu|kena tipu|kena scam|me (?:timaron|estafaron|enganaron)|(?:fui|foi) "
    r"(?:enganad[oa]|roubad[oa]|golpead[oa])|mi hanno (?:truffato|fregato)|(?:ci )?(?:sono|e) "
    r"cascat[oa]|dolandirildi\w*|kandirildi\w*|oszukali|oszukal\w*|dal(?:em|am) sie nabrac|"
    r"abgezockt|reingelegt|me suis fait (?:avoir|arnaquer)|(?:a|ont|j'ai) donne (?:sa|ses|ma|"
    r"mes) (?:carte|code|coordonnees|mot de passe)|gave (?:them|him|her|it) (?:my|his|her|their) "
    r"(?:card|bank|password|details)|rugi \d+|(?:j'ai|il a|elle a) perdu \d+|perdi \d+|"
    r"(?:i|he|she|we|they) lost (?:\d+|my|his|her|their|all))\b"
)


# "pas faux", "bukan palsu", "no es falso", "sahte değil": the offer vouching for itself
_DENIAL = re.compile(
    r"\b(?:pas|jamais|bukan|gak|ga|nggak|tidak|no es|nao e|non e|nie jest|nicht|kein|keine|not|"
    r"100%) (?:un |une |a |una |um |uma |ein |eine )?(?:faux|fausse|arnaque|palsu|penipuan|falso|"
    r"falsa|golpe|truffa|finto|oszustwo|gefalscht|fake|scam)\b|\bsahte (?:degil|değil)\b|"
    r"\b(?:asli|beneran|resmi|officiel|oficial|ufficiale|offiziell)\b"
)


def scam_story(sentence: str) -> bool:
    """True when the sentence calls the offer fake or tells of being tricked
    (and does not vouch for it)."""
    return SCAM_STORY.search(sentence) is not None and _DENIAL.search(sentence) is None
