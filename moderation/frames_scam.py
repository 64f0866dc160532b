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
  "a donné sa carte bancaire", "gave them her card details";
* what the child did or tells others to do: block and report, "i reported
  him", "ni loca", "don't click" (`_SCAM_REACTION`).
"""

from __future__ import annotations

from . import fastre

SCAM_STORY = fastre.compile(
    r"\b(?:faux|fausse|fausses|falso|falsa|falsos|falsas|finto|finta|finti|finte|gefalscht\w*|"
    r"palsu|bohongan|hoaks|sahte|falszyw\w*|podrobk\w*|truffa|truffe|truffatori|oszust\w*|"
    r"penipu|penipuan|tipuan|dolandirici\w*|estafador\w*|golpista\w*|arnaqueur\w*|betruger\w*|"
    r"ketipu|tertipu|ditipu|kena tipu|kena scam|me (?:timaron|estafaron|enganaron)|(?:fui|foi) "
    r"(?:enganad[oa]|roubad[oa]|golpead[oa])|mi hanno (?:truffato|fregato)|(?:ci )?(?:sono|e) "
    r"cascat[oa]|dolandirildi\w*|kandirildi\w*|kandiriyor\w*|oszukali|oszukal\w*|dal(?:em|am) sie nabrac|"
    r"abgezockt|reingelegt|me suis fait (?:avoir|arnaquer)|(?:a|ont|j'ai) donne (?:sa|ses|ma|"
    r"mes) (?:carte|code|coordonnees|mot de passe)|gave (?:(?:them|him|her|it) )?(?:my|his|her|"
    r"their) (?:card|bank|password|details|login)|lost (?:my|his|her|their) (?:account|acc)|"
    r"rugi \d+|(?:j'ai|il a|elle a) perdu \d+|perdi \d+|"
    r"(?:i|he|she|we|they) lost (?:\d+|my|his|her|their|all))\b"
)


# "pas faux", "bukan palsu", "no es falso", "sahte değil": the offer vouching for itself
_DENIAL = fastre.compile(
    r"\b(?:pas|jamais|bukan|gak|ga|nggak|tidak|no es|nao e|non e|nie jest|nicht|kein|keine|not|"
    r"100%) (?:un |une |a |una |um |uma |ein |eine )?(?:faux|fausse|arnaque|palsu|penipuan|falso|"
    r"falsa|golpe|truffa|finto|oszustwo|gefalscht|fake|scam)\b|\bsahte (?:degil|değil)\b|"
    r"\b(?:asli|beneran|resmi|officiel|oficial|ufficiale|offiziell)\b"
)


# a warning never to hand over a password: "ne donne jamais ton mot de passe pour des robux
# gratuits", "لا تكتب كلمة السر", "不要输入密码" (a giveaway asks for it, it never warns)
_PASSWORD_WARNING = fastre.compile(
    r"(?:\b(?:never|jamais|nunca|niemals|nigdy|non \w+ mai|jangan|asla|hicbir zaman|никогда)\b|"
    r"(?<!\w)لا ت\w+|不要|别)[^.!?]{0,40}?(?:password|passwort|mot de passe|mdp|contrasena|senha|"
    r"haslo|hasla|sifre\w*|parola\w*|sandi|пароль|كلمه السر|كلمه المرور|الباسورد|密码)|"
    r"(?:password|passwort|mot de passe|mdp|contrasena|senha|haslo|hasla|sandi|sifre\w*|пароль|"
    r"كلمه السر|密码)[^.!?]{0,20}?\b(?:mat|never|jamais|nunca|niemals|nigdy|jangan|asla)\b|"
    # Turkish and Polish say "to nobody" / put the negation on the verb: "şifreni kimseye
    # söyleme", "nie wpisuj tam hasła", "nikomu nie podawaj hasła"
    r"\b(?:sifre\w*|parola\w*) (?:\w+ )?kimseye\b|\b(?:sifre\w*|parola\w*) (?:\w+ )?(?:verme|"
    r"soyleme|paylasma|yazma|girme)\b|\b(?:nie|nikomu nie) (?:\w+ ){0,2}?(?:podawaj|wpisuj|"
    r"dawaj|wysylaj|mow|pisz)\w* (?:\w+ ){0,2}?(?:hasla|haslo)\b"
)


# what a child does with an offer, never what the offer says: blocks and reports it ("wenn
# euch jemand gratis robux für nen gefallen anbietet, blockieren und melden!"), reported it
# ("şifreni ver dedi, direkt şikayet ettim"), refuses it ("jaja ni loca"), warns not to click
_SCAM_REACTION = fastre.compile(
    r"\b(?:block and report|block \w+ and report|blockieren und melden|blockiert und meldet|"
    r"bloquea(?:lo|la|los)? y denuncia\w*|bloqueie e denuncie|bloqueia e denuncia|bloque(?:z)? et "
    r"signale\w*|blocca(?:lo|la|te)? e segnala\w*|zablokuj i zglos\w*|blokir (?:dan|terus) "
    r"(?:laporkan|lapor\w*|report)|engelle\w* (?:ve )?sikayet\w*|заблокируй\w* и пожалуй\w*|"
    r"block kar\w* (?:aur )?report|i (?:reported|blocked) (?:him|her|them|it)|"
    r"(?:lo|la|los) (?:denuncie|bloquee|reporte)|(?:denunciei|bloqueei|reportei)|je l'ai (?:signale|"
    r"bloque)|(?:ho|l'ho) (?:segnalato|bloccato)|ich (?:hab|habe) (?:ihn|sie|es)? ?(?:gemeldet|"
    r"blockiert)|zglosil\w*|zablokowal\w*|aku (?:laporin|report|blokir)|sikayet ettim|engelledim|"
    r"пожаловал(?:ся|ась)|заблокировал\w*|maine (?:report|block) (?:kar|kiya)\w*|"
    r"ni loca|ni loco|ni de broma|jamais de la vie|nem a pau|nem ferrando|col cavolo|"
    r"manco morto|auf keinen fall|ni za co|ни за что|asla vermem|ogah|"
    r"(?:jangan|do not|never|nunca|nao|no|ne|nicht|non|nie|не) (?:\w+ ){0,2}?(?:klik|click|"
    r"clic|clique|cliquez|clicca\w*|klikaj|klicken|tikla\w*|переход\w*) (?:\w+ ){0,2}?(?:links?|liens?|enlaces?|"
    r"linki|linku|ссылк\w*|baglanti\w*|tautan))\b|"
    r"(?:بلغت عنه|حظرته|لا تضغط)|(?:我举报了|拉黑举报|不要点)"
)


def scam_story(sentence: str) -> bool:
    """True when the sentence calls the offer fake or tells of being tricked
    (and does not vouch for it)."""
    return (SCAM_STORY.search(sentence) is not None or _PASSWORD_WARNING.search(sentence) is not None
            or _SCAM_REACTION.search(sentence) is not None) and _DENIAL.search(sentence) is None
