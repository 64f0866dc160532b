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

Session 20 (development lines in 13 languages): judgements of chain messages and
free-currency offers were blocked as the chain or scam they judge ("correntes tipo
manda pra 10 pessoas são mentira", "kettenbriefe wie schick das an 10 leute sind
quatsch", "łańcuszki typu wyślij do 10 osób to ściema", "pesan berantai sebarin ke
10 orang itu bohong", "bunu 10 kişiye gönder mesajları yalan"), and so were stories
of someone else who fell for one ("a mi primo le timaron con lo de pavos gratis",
"mój kuzyn dał się nabrać na darmowe robuxy", "моего брата развели на бесплатные
робуксы").  A chain message never calls itself a lie, nonsense or a hoax, and never
tells the reader not to believe it (`_JUDGED`); it says the opposite ("no es
mentira", "this is not a joke", "if you think it's fake ..."), which `_JUDGED_DENIAL`
keeps held.  "I didn't believe it either" (the chain's own story, in the past) is
no imperative and excuses nothing.  Victims in the third person: `_FELL_FOR`.
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


# a judgement of the message: a lie, nonsense, a hoax, "don't believe it" (imperative)
_JUDGED = fastre.compile(
    r"\b(?:lies|a lie|all lies|nonsense|rubbish|bullshit|not true|made up|"
    r"mentira|mentiras|bulo|bulos|tonteria\w*|chorrada\w*|patrana\w*|"
    r"mensonge\w*|du flan|du pipeau|bidon|n'importe quoi|foutaise\w*|des conneries|"
    r"besteira\w*|bobagem|bobagens|balela\w*|lorota\w*|"
    r"bugia|bugie|bufala|bufale|cavolat\w*|stupidaggin\w*|cazzat\w*|"
    r"quatsch|gelogen|luge|lugen|unsinn|blodsinn|schwachsinn|"
    r"sciema|bzdur\w*|klamstw\w*|nieprawda|"
    r"bohong|boong|hoax|hoaks|"
    r"yalan|sacma\w*|"
    r"вран\w*|ложь|чушь|бред|"
    r"jhooth|jhoot|jhuth|bakwas|"
    r"(?:do not|dont|never) believe (?:it|them|this|that|those|these)|"
    r"no (?:os |te )?(?:lo |los |las )?(?:creais|creas|crean|creais)|n'y (?:croyez|crois) pas|"
    r"nao acredit(?:em|e|a)|non (?:ci )?(?:credete|crederci|credeteci|credere)|"
    r"(?:glaubt|glaub|glaubt ihr) (?:das|es|dem|den) nicht|nie wierz\w*|jangan (?:di)?percaya|"
    r"inanmayin|inanma|не вер\w*|mat maano|yakeen mat karo)\b|"
    r"(?:كذب|كذبه|خرافات|خرافه|لا تصدق\w*|متصدقو?ش|झूठ|बकवास|骗人|谣言|别信|不要信|不要相信)"
)
# the message vouching for itself: "no es mentira", "this is not a lie", "if you think it's fake"
_JUDGED_DENIAL = fastre.compile(
    r"\b(?:not|no|is not|never|isnt|no es|nao e|n'est pas|pas|non e|nicht|kein|keine|nie|to nie|"
    r"bukan|gak|ga|nggak|не|это не|mat|nahi|hai nahi) (?:a |un |une |una |um |uma |ein |eine )?"
    r"(?:lie|lies|lying|joke|joking|kidding|fake|mentira|broma|mensonge|blague|brincadeira|bugia|scherzo|"
    r"gelogen|luge|"
    r"witz|quatsch|sciema|klamstwo|zart|bohong|hoax|вру|ложь|шутка|развод|фейк|jhooth|mazaak)\b|"
    r"\byalan (?:degil|değil)\b|"
    r"\b(?:think|crees|creeis|piensas|penses|pensez|achas|acha|pensi|pensate|glaubst|denkst|myslisz|"
    r"kira|kirain|saniyorsan|sanma|думаешь|думаете)(?: \w+){0,3} (?:a lie|lies|fake|mentira|"
    r"mensonge|faux|bugia|falso|gelogen|fake|sciema|bohong|yalan|ложь|фейк|развод)\b|"
    r"(?:مش كذب|ليس كذب|مو كذب|不是骗人|不是假的)"
)
# someone else fell for it, lost an account: "a mi primo le timaron", "dał się nabrać",
# "моего брата развели на ...", "perdió la cuenta", "hesabı gitti", "no piquéis"
_FELL_FOR = fastre.compile(
    r"\b(?:(?:me|te|le|les|nos|os) (?:timaron|timo|estafaron|estafo|enganaron|engano|hackearon)|"
    r"(?:perdio|perdi|perdieron|perdimos) (?:la|su|mi|sus) cuentas?|no (?:piqueis|piques|picar|"
    r"caigais|caigas)|"
    r"(?:perdeu|perdi|perderam) (?:a |sua |minha |a sua )?conta|nao (?:caiam|caia|caiam nessa)|"
    r"(?:a|ont|j'ai) perdu (?:son|mon|leur) compte|ne tombez pas|"
    r"(?:ha|hanno|ho) perso (?:l'account|il suo account|il mio account)|"
    r"(?:account|konto) (?:ist )?weg|"
    r"dal\w* sie (?:nabrac|oszukac)|stracil\w* (?:konto|wszystko)|nie dajcie sie|"
    r"akun\w* (?:hilang|ilang|dicuri|kena hack)|"
    r"kandi|kandim|kanmayin|hesab\w* (?:gitti|calindi)|"
    r"развели на|повел\w* на|аккаунт (?:угнали|украли)|(?:угнали|украли) аккаунт|не ведитесь|"
    r"account chala gaya|id chali gayi)\b"
)


def scam_story(sentence: str) -> bool:
    """True when the sentence calls the offer fake or tells of being tricked
    (and does not vouch for it)."""
    if _DENIAL.search(sentence) is not None:
        return False
    if (SCAM_STORY.search(sentence) is not None or _PASSWORD_WARNING.search(sentence) is not None
            or _SCAM_REACTION.search(sentence) is not None or _FELL_FOR.search(sentence) is not None):
        return True
    return _JUDGED.search(sentence) is not None and _JUDGED_DENIAL.search(sentence) is None
