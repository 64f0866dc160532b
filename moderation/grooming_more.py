"""Two more grooming shapes (appended to `grooming.RULES`; grooming.py is long
already).  Matched against `Prepared.plain`; frames excuse every rule ("we
learned that fake scouts ask 12 year olds to dm them for photoshoots").

* age lie: the writer posing as a peer and talking the age gap away in one
  message ("I'm 15 too haha (not really but age is just a number right)",
  "moi aussi j'ai 14 ans, l'âge n'est qu'un chiffre").  "Age is just a number"
  alone is a saying ("my grandma runs marathons at 80, age is just a number")
  and a peer's "i'm 13 too lol" alone is ordinary; the conjunction is not.
* recruiting children: a call to children of a given age (or "kids", "jeunes
  filles") for modelling / photoshoots / castings with a request to write
  privately ("whoever is 12-13 here dm me, im a talent scout for a kids
  modelling agency", "je cherche des jeunes filles de 12-14 ans pour un
  shooting, écrivez-moi en privé").  Needs all three: "the yearbook photoshoot
  for 12-13 year olds is on monday" (no contact) and "dm me the photos from the
  photoshoot" (no age) pass.
"""

from __future__ import annotations

from .rules import Rule, rule

# "age is just a number" and its siblings, ten languages
_AGE_NUMBER = (
    r"(?:age is (?:just|only) a number|age (?:does not|doesnt) matter|l'age (?:n'est|c'est|ce "
    r"n'est) (?:qu'un|que un|juste un) (?:chiffre|nombre)|l'age (?:ne compte pas|on s'en fout|on "
    r"s'en fiche)|la edad (?:es solo|solo es|no es mas que) un numero|la edad no importa|alter "
    r"ist (?:nur|doch nur|bloss) eine zahl|alter spielt (?:doch )?keine rolle|(?:a )?idade (?:e "
    r"so|e apenas|eh so) um numero|(?:a )?idade nao importa|l'eta e (?:solo|soltanto) un numero|"
    r"l'eta non conta|возраст (?:это )?(?:всего лишь|просто|только) цифра|возраст не важен)"
)
_TEEN = r"(?:1[0-7])"
# the writer claiming the reader's age, or taking a claim back
_PEER_AGE = (
    r"(?:(?:i am|im) (?:also )?" + _TEEN + r"(?: years old)? (?:too|also|as well)|i am also "
    + _TEEN + r"|(?:i am|im) the same age as you|moi aussi j'ai " + _TEEN + r"|j'ai (?:aussi )?"
    + _TEEN + r" ans (?:moi )?aussi|yo tambien tengo " + _TEEN + r"|tengo " + _TEEN
    + r"(?: anos)? tambien|ich bin auch " + _TEEN + r"|eu tambem tenho " + _TEEN + r"|tenho "
    + _TEEN + r"(?: anos)? tambem|anche io ho " + _TEEN + r"|ho anche io " + _TEEN
    + r"|мне тоже " + _TEEN + r")"
)
_TAKEN_BACK = (
    r"(?:not really|just kidding|jk|i lied|pas vraiment|je rigole|en vrai non|no es verdad|"
    r"mentira|nicht wirklich|spass|nao e verdade|non proprio|scherzo|не совсем|шучу)"
)

# children by age ("12-13", "12 14 ans", "10 a 13 anos") or by word
_KIDS = (
    r"(?:(?:[6-9]|1[0-7]) (?:to |a |bis |e |al |y |и )?(?:[6-9]|1[0-7])\b|(?:[6-9]|1[0-7]) "
    r"(?:yo|years old|year olds|yr olds|ans|anos|jahre|jahrige|jahrigen|anni|лет)\b|(?:kids|"
    r"children|young girls|young boys|teen girls|jeunes filles|jeunes garcons|enfants|ninas|"
    r"ninos|chicas jovenes|madchen|kinder|meninas|meninos|criancas|ragazzine|bambine|bambini|"
    r"девочек|девочки|детей)\b)"
)
_SHOOT = (
    r"(?:photoshoots?|picture ?shoots?|shooting|modeling|modelling|model agency|talent scout|"
    r"casting|fotoshooting|mannequins?|modelos? infantil(?:es)?|sesion de (?:fotos|pictures)|"
    r"sesion fotografica|ensaio fotografico|book fotografico|servizio fotografico|"
    r"фотосесси\w*|модел\w*)"
)
_CONTACT = (
    "dm dms pm inbox message private privately prive privee mp ecrivez ecris ecrivez-moi "
    "contacte contactez escribeme escribanme privado md priv privat schreib schreibt schreibe "
    "meldet melde chama manda privado pv scrivimi scrivetemi privato напиши пишите пиши личку лс"
)

RULES: list[Rule] = [
    rule("grooming:age_lie", "grooming",
         "number chiffre nombre numero zahl matter rolle importa compte conta цифра важен",
         r"\b" + _PEER_AGE + r"\b[^.!?]{0,60}?\b" + _AGE_NUMBER + r"|\b" + _TAKEN_BACK
         + r"\b[^.!?]{0,30}?\b" + _AGE_NUMBER + r"|\b" + _AGE_NUMBER + r"\b[^.!?]{0,40}?\b"
         + _PEER_AGE + r"\b"),
    rule("grooming:recruit", "grooming",
         "photoshoot photoshoots shooting modeling modelling model scout casting fotoshooting "
         "mannequin mannequins modelo modelos sesion ensaio book servizio фотосессия фотосессию "
         "фотосессии модель модели моделью",
         r"\b" + _KIDS + r"(?=.*?\b" + _SHOOT + r")|\b" + _SHOOT + r"\b(?=.*?\b" + _KIDS + r")",
         requires=_CONTACT),
]

# A peer asking for the camera "just to see your face": the camera request
# alone is everyday in a video lesson ("turn your camera on for the register"),
# wanting to see the reader's face alone is ordinary ("i want to see your face
# when you open it"); in one sentence they are the camera move of a stranger
# posing as a peer.
_CAM_ON = (
    r"(?:(?:turn|put|switch) (?:on )?your (?:camera|cam|webcam|video)(?: on)?|(?:prende|enciende|"
    r"pon|activa) (?:tu |la )?(?:camara|cam|webcam)|allume (?:ta |la )?(?:camera|cam|webcam)|"
    r"(?:liga|abre|ativa) (?:a |sua |tua )?(?:camera|cam|webcam)|(?:mach|schalt) (?:mal |doch )?"
    r"(?:deine |die )?(?:kamera|cam|webcam) an|accendi (?:la |tua |la tua )?(?:telecamera|"
    r"fotocamera|cam|webcam))"
)
_SEE_FACE = (
    r"(?:(?:just |only )?(?:want|wanna|would like|wanted) to see (?:your face|you(?! (?:all|guys|at|in|on|"
    r"later|tomorrow|after|next)\b)|what you look like|how you look)|quiero (?:solo |nada mas )?"
    r"(?:verte(?: la cara)?|ver tu cara|ver como eres)|je veux (?:juste |seulement )?(?:te voir|voir"
    r" ton visage|voir ta tete|voir a quoi tu ressembles)|(?:so )?quero (?:so )?(?:te ver|ver (?:o )?"
    r"seu rosto|ver sua cara|ver como voce e)|(?:ich )?(?:will|mochte) (?:nur |bloss )?(?:dich|dein "
    r"gesicht) sehen|voglio (?:solo |soltanto )?(?:vederti|vedere la tua faccia|vedere il tuo viso|"
    r"vedere come sei)|"
    # "i wanna see if you're real": proof of a real person, a stranger's check
    r"(?:see|check|make sure|know|prove) (?:if |whether |that )?(?:you are|ur|u r|youre|u are) (?:real|"
    r"a real person|not a bot|not fake|not a fake|who you say|really \d+)|(?:ver|comprobar|saber) si "
    r"(?:eres|sos) (?:real|de verdad)|(?:voir|verifier|savoir) si (?:t'es|tu es|t es) (?:reel|reelle|"
    r"vrai|vraie)|(?:ver|saber) se (?:voce|vc|tu) (?:e|es) (?:real|de verdade)|(?:sehen|wissen|"
    r"checken),? ob du (?:echt|real) bist|(?:vedere|capire|sapere) se sei (?:vero|vera|reale))"
)

# A "scout" or "agency" asking for pictures first: real agencies meet the
# parents; the request on its own is ordinary among friends ("send me a few
# pics first, then i'll choose one for the poster").
_SCOUT = (
    r"(?:(?:model|modelling|modeling|talent) (?:scout|agent|agency|manager)|scouting for|casting "
    r"(?:director|agent)|(?:agencia|agence|agentur|agenzia) (?:de |di )?(?:modelos|mannequins?|"
    r"modelle|talentos|talenti)|modelagentur|modelscout|cazatalentos|olheir[oa]|talent scout|"
    r"recruteur|recruteuse)"
)
_SEND_PICS = (
    r"(?:send (?:me |us )?(?:a few|some|a couple of|few|your|some of your|\d+) (?:more )?(?:pictures|"
    r"photos|shots)|(?:mandame|enviame|pasame) (?:unas|algunas|tus|un par de) (?:fotos|pictures)|"
    r"envoie(?: moi|-moi)? (?:quelques|des|tes) (?:photos|pictures)|(?:me )?(?:manda|envia)(?: pra "
    r"mim)? (?:umas|algumas|suas) (?:fotos|pictures)|schick (?:mir )?(?:erst |mal |doch )?(?:ein "
    r"paar|einige|deine) (?:fotos|bilder|pictures)|mandami (?:qualche foto|delle foto|le tue foto|alcune foto|"
    r"qualche picture))"
)

RULES += [
    rule("grooming:camera", "grooming",
         "camera cam webcam video camara kamera telecamera fotocamera",
         r"\b" + _CAM_ON + r"\b[^.!?]{0,50}?\b" + _SEE_FACE + r"|\b" + _SEE_FACE
         + r"\b[^.!?]{0,50}?\b" + _CAM_ON + r"\b",
         # every match turns a camera on: its verb gates the long regex ("my
         # video got 500 views" ran it)
         requires="turn put switch prende enciende pon activa allume liga abre ativa mach schalt "
                  "accendi"),
    # the match is the request, so "a scout asked me to send some pictures
    # first" is excused by the report frame before it
    rule("grooming:scout_pictures", "grooming",
         "send mandame enviame pasame envoie manda envia schick mandami",
         r"\b" + _SEND_PICS + r"\b(?![^.!?]{0,25}\b(?:from|of|for) (?:the|our|my|this|that|last|"
         r"her|his|their|los|las|del|de la|des|du|dos|das|der|die|vom|della|dei|delle)\b)",
         requires="scout scouting cazatalentos olheiro olheira modelagentur modelscout "
                  "modelling modeling mannequin mannequins modelos modelle recruteur recruteuse"),
]
