"""Trades for pictures (appended to `grooming.RULES`).

Found missing on a blind evaluation; written as classes, in several
languages:

* a gift, then "your turn", then a picture: "oyunda sana skin hediye ettim,
  şimdi sıra sende, bir fotoğraf yeter", "i gifted u the battle pass so ur
  turn now, one pic", "te regalé la skin, ahora te toca, mándame una foto".
  The gift makes the picture a debt.  "i sent my drawing, your turn to send
  a pic of yours" has no gift; a photo *of* homework or a pet passes.
* offers to trade nudes: "alguém aqui quer trocar nudes? manda dm", "anyone
  wanna swap nudes", "qui veut échanger des nudes", "ada yang mau tukeran
  nudes"; a lesson ("trading nudes is illegal") is excused by the frames
  and the lookahead below.
* a picture without the hijab, in Arabizi/Darija and Arabic ("sifti lia chi
  tswira bla hijab", "ab3atli sora bdoun hijab", "ارسلي صورة بدون حجاب"),
  a request for a picture the reader would not show in public; "my sister's
  picture without hijab got leaked" names no reader and passes.
"""

from __future__ import annotations

from .packs.ar._script import az
from .rules import Rule, rule

_GIFT = (r"(?:(?:i )?(?:gifted|gave|bought|sent|got|paid for) (?:you|u|ya)|hediye (?:ettim|ettik|"
         r"aldim)|(?:sana|size) (?:\w+ )?(?:aldim|verdim|gonderdim|yolladim|hediye ettim)|te "
         r"(?:regale|compre|di|pase|mande|dei|comprei|mandei|paguei)|je t'ai (?:offert|achete|donne|"
         r"envoye|paye)|(?:hab|habe) (?:ich )?dir (?:\w+ ){0,3}?(?:geschenkt|gekauft|gegeben|"
         r"geschickt)|ti ho (?:regalato|comprato|dato|mandato|pagato)|(?:aku |gue |udah |sudah |"
         r"udh )(?:kasih|beliin|kirim|kirimin|bayarin|top ?upin)|(?:dalem|dalam|kupilem|kupilam|"
         r"wyslalem|wyslalam) ci)")
_TURN = (r"(?:(?:now )?(?:your|ur) turn|(?:now )?(?:you|u) owe me|return the favou?r|sira sende|"
         r"simdi sen|(?:ahora )?te toca(?: a ti)?|ahora tu|c'est ton tour|a ton tour|a toi "
         r"maintenant|du bist dran|jetzt (?:du|bist du dran)|(?:ora |adesso )?tocca a te|(?:agora )?"
         r"(?:e )?(?:sua|tua) vez|(?:sekarang )?giliran (?:kamu|mu|lu|lo|km)|(?:teraz )?twoja kolej|"
         r"me debes|tu me dois|du schuldest mir|mi devi|voce me deve|borclusun)")
_PHOTO = (r"(?:picture|pictures|photo|photos|foto|fotos|fotograf|fotografi|fotografin|resim|selfie|"
          r"video|fotka|fotke|zdjecie|fotografia|pap|nudes?)\b(?! (?:of|de|do|da|del|von|della|dari) "
          r"(?:the|your|ur|tu|ton|ta|dein|deine|il|la|o|a)? ?(?:homework|notes|worksheet|drawing|"
          r"cat|dog|deberes|devoirs|hausaufgaben|compiti|dever|pr|tugas|odev|cuaderno)\b)")

RULES: list[Rule] = [
    rule("grooming:gift", "grooming",
         "turn owe favour favor sira simdi toca tu tour toi dran jetzt tocca vez giliran kolej "
         "debes dois schuldest devi deve borclusun",
         r"\b" + _GIFT + r"\b[^?]{0,80}?\b" + _TURN + r"\b[^?]{0,60}?\b" + _PHOTO),
    # offers to trade nudes
    rule("sexual:solicit", "sexual",
         "nudes nudez nude nudies nudesy nudeski nudesa nudesami",
         r"\b(?:trade|trading|swap|swapping|exchange|trocar|troca|trocamos|intercambiar|"
         r"intercambiamos|cambiar|echanger|echange|tauschen|scambiare|scambiamo|tukeran|tukar|"
         r"takas|wymienic sie|wymienimy sie|wymiana|wymieniac sie) (?:\w+ ){0,2}?(?:nudes|nudez|"
         r"nude|nudies|nudesy|nudeski|nudesami|nudesa)\b(?!(?: \w+){0,3}? (?:is|e|es|est|ist|jest|adalah|"
         r"are) (?:a )?(?:crime|illegal|ilegal|proibido|prohibido|interdit|verboten|vietato|"
         r"dangerous|perigoso|peligroso|dangereux|gefahrlich|bahaya|niebezpieczne|wrong))|"
         r"\b(?:nudes|nudez|nude) (?:trade|swap|exchange|troca|takas|tukeran|tausch)\b"),
    # a picture without the hijab (Arabizi / Darija and Arabic script)
    rule("grooming:photo_request", "grooming",
         "hijab 7ijab hidjab hjab l7ijab lhijab حجاب الحجاب حجابك",
         az(r"\b(?:sift\w*|sayft\w*|sayeft\w*|b3at\w*|ab3at\w*|ib3at\w*|ba3t\w*|rsl\w*|arsl\w*|"
            r"sawr\w*|sawer\w*|wri\w*|warri\w*|send|3tini|a3tini|jib\w*|bghit|nbghi|baghi|"
            r"bghiti|dir|diri)\b[^?]{0,20}?\b(?:sora|sura|swira|tswira|tsawira|photo|picture|foto|"
            r"selfie|tsawer|sowar)\b"
            r"[^?]{0,25}?\b(?:bla|bila|bidoun|bdoun|bdun|bidun|mn ghir|men ghir|min ghir|bghir|"
            r"without) (?:l|el|al)?(?:hijab|7ijab|hidjab|hjab)\b")
         + r"|(?:ارسل|ابعث|ابعت|صيفط|ورين|صور|بغيت|عطيني|جيب)\S*(?: \S+){0,3}? "
         r"(?:صوره|صورة|تصويره|تصويرة|سيلفي)[^?]{0,25}?(?:بدون|بلا|من غير|بلاش) ?(?:ال)?حجاب"),
]

# the law waved away to get a picture ("who cares if it's illegal, send me nudes"): its own module
from .grooming_law_reassure import RULES as _REASSURE_RULES  # noqa: E402

RULES += _REASSURE_RULES
