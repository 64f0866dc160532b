"""Veiled threats that show the writer knows where the reader lives or waits
(appended to `harm.RULES` after harm_veiled*.py; en es fr pt de it here, ru
tr pl id ar hi zh in harm_veiled_home_langs.py).

Why: "keep reporting me and see what happens. nice blue door your house has
btw", "cute house you live in, would be a shame", "i know your bus stop".
The surveillance rule (harm_watching.py) pairs a knowledge cue with a warning,
but its knowledge cues missed a compliment on the reader's own house ("nice
blue door your house has", "cute house you live in", "bonita puerta tiene tu
casa", "süßes Haus, in dem du wohnst", "carina la casa dove abiti") and its
warnings missed the bare pity ("would be a shame", "sería una pena", "wäre
schade") and "keep reporting me" in most languages.  Two shapes:

* a compliment on the reader's house, door, garden or car, or "I walked past
  your house", together with a warning anywhere in the message (this
  module's cues with harm_watching's warnings, and harm_watching's knowledge
  cues with this module's warnings);
* "I know your bus stop / your way home / which window is yours" on its
  own: the reader's daily spot named as known is the threat.  A friendly
  plan or a shared place after it passes ("i know your bus stop, want to
  wait together?", "... it's the same as mine", "my cousin lives there").

A compliment with no warning passes ("nice blue door, where did you buy the
paint?", "cute house you live in! love the garden"), and so does a pity about
moving away ("would be a shame if you moved").  Reports and quotes are
excused by the frames as for every harm rule.
"""

from __future__ import annotations

from .harm_watching import _KNOW, _WARN, _WORDS
from .rules import Rule, rule

# -- new knowledge cues: a compliment on the reader's home, or passing it ------------------
# whose the Spanish house is: "de tu casa", "tiene tu casa", "donde vives", "la tuya"
_OWNER_ES = (r"(?:de tu (?:casa|piso|edificio|portal|cuarto|habitacion)|(?:que )?tiene tu (?:casa|familia|"
             r"madre|padre|mama|papa)|(?:que )?tienes en (?:tu )?casa|(?:en )?(?:la|el) que vives|donde "
             r"vives|(?:la|el) tuy[oa])\b")
_KNEW: dict[str, str] = {
    "en": (
        r"\b(?:nice|cute|lovely|pretty|cool|fancy|love the|like the|love your|like your)(?: \w+){0,2}? "
        r"(?:door|front door|house|home|garden|curtains|windows?|gate|fence|porch|driveway|car|"
        r"trampoline|treehouse|flat|balcony|letterbox|mailbox|doorbell|shed|hedge)(?: \w+){0,2}? "
        r"(?:(?:that )?(?:your|ur) (?:house|home|place|flat|family|mum|mom|dad|parents|nan|gran)"
        r"(?: \w+)? (?:has|have|got|owns?|drives?|parks?)|(?:that )?you (?:live in|live at|live on|"
        r"got there|have there|sleep in)|on (?:your|ur) (?:house|street|road)|at (?:your|ur) "
        r"(?:house|place)|outside (?:your|ur) (?:house|place|window|door)|in (?:your|ur) (?:garden|"
        r"driveway|street|front yard|yard|bedroom|room))\b|"
        r"\b(?:nice|cute|lovely|pretty|cool|fancy|big) (?:\w+ )?(?:house|home|place|flat) (?:you|your family) "
        r"(?:got|have) (?:on|in) \w+ (?:street|st|road|rd|avenue|lane|drive|close|estate)\b|"
        r"\b(?:your|ur) (?:house|home|place|flat) (?:has|got) (?:a |such a |the )?(?:nice|cute|lovely|"
        r"pretty|cool|big|blue|red|green|yellow|white|black|pink|new|fancy)\b|"
        r"\b(?:walked past|drove past|went past|been past|cycled past|stood outside|was outside) "
        r"(?:your|ur) (?:house|home|place|flat|door|window)\b"
    ),
    "es": (
        r"\b(?:bonit[oa]s?|lind[oa]s?|mon[oa]|chul[oa]|precios[oa]|me gusta|me encanta)(?: \S+){0,3}? "
        r"(?:puerta|casa|casita|ventana|jardin|cortinas|portal|balcon|coche|reja|verja|piso|buzon|"
        r"patio)\b(?: \S+){0,2}? " + _OWNER_ES + r"|"
        r"\b(?:puerta|casa|casita|ventana|jardin|cortinas|portal|balcon|coche|piso|patio)(?: \S+){0,2}? "
        r"(?:bonit|lind|precios|chul)[oa]s?(?: \S+){0,2}? " + _OWNER_ES + r"|"
        r"\b(?:pase por|pase delante de|estuve frente a|estuve delante de) tu (?:casa|portal|piso|"
        r"ventana|puerta)\b"
    ),
    "fr": (
        r"\b(?:jolie?s?|belles?|beaux?|mignonn?e?s?|sympa|j'aime bien|j aime bien)(?: \S+){0,3}? "
        r"(?:porte|maison|fenetre|rideaux|portail|jardin|voiture|balcon|immeuble|appart|"
        r"appartement)\b(?: \S+){0,2}? (?:chez toi|de chez toi|de ta maison|de ton (?:immeuble|appart|"
        r"appartement)|(?:ou|dans laquelle|dans lequel) tu (?:habites|vis|dors)|de ta famille)\b|"
        r"\bje suis passee? devant (?:chez toi|ta maison|ton immeuble|ta porte|ta fenetre)\b"
    ),
    "pt": (
        r"\b(?:(?:bonit|lind|fof)[oa]s?|legal|maneir[oa])(?: \S+){0,3}? (?:porta|casa|casinha|janela|"
        r"cortinas?|portao|jardim|carro|varanda|predio)\b(?: \S+){0,2}? (?:da (?:sua|tua) casa|do "
        r"(?:seu|teu) predio|(?:que|onde|em que) (?:voce |video call |tu |vc )?(?:mora|moras|vive|"
        r"vives)|que (?:voce|video call|tu) tem)\b|"
        r"\b(?:porta|casa|casinha|janela|portao|jardim)(?: \S+){0,2}? (?:(?:bonit|lind|fof)[oa]|legal)"
        r"(?: \S+){0,2}? (?:essa|a|da) (?:sua|tua|que (?:voce |video call |tu |vc )?(?:mora|vive))\b|"
        r"\bpassei (?:na frente da|pela) (?:sua|tua) casa\b"
    ),
    "de": (
        r"\b(?:schon|nett|hubsch|cool|suss|toll)(?:e|er|es|en)?(?: \S+){0,2}? (?:tur|haustur|haus|"
        r"hauschen|garten|vorhange|fenster|einfahrt|auto|balkon|briefkasten|zaun|tor|wohnung)\b"
        r"(?: \S+){0,2}? (?:(?:habt|hast|haben) (?:ihr|du|deine eltern)|(?:in|an) (?:dem|der) (?:du|ihr) "
        r"(?:wohnst|wohnt|lebst)|wo du wohnst|(?:von|an|vor) (?:deinem|eurem) haus|bei (?:dir|euch)|"
        r"(?:vor|an) (?:deiner|eurer) (?:wohnung|tur))\b|"
        r"\b(?:euer|dein) haus hat (?:eine |ne |so eine |ja eine |)(?:schone|nette|hubsche|coole|blaue|"
        r"rote|grune|gelbe|weisse|schwarze)\b|"
        r"\b(?:bin|war) (?:heute |gestern |)(?:an|bei) (?:deinem|eurem) haus (?:vorbei\w*|gewesen)\b"
    ),
    "it": (
        r"\b(?:bell[aoie]|carin[aoie]|bellissim[aoie])(?: \S+){0,3}? (?:porta|casa|casetta|finestra|"
        r"tende|cancello|giardino|macchina|balcone|palazzo)\b(?: \S+){0,2}? (?:di casa tua|della tua "
        r"casa|del tuo palazzo|(?:dove|in cui) (?:abiti|vivi|dormi)|che (?:hai|avete) a casa)\b|"
        r"\bsono passat[oa] davanti a casa tua\b"
    ),
}

# -- new warnings: the bare pity, "keep reporting me", "just saying" --------------------------
_WNEW: dict[str, str] = {
    "en": (
        r"\b(?:would|will|itd|it'd|thatd|that'd|it would|that would|it will|gonna) (?:really |just |)"
        r"be (?:a )?(?:real |such a |)(?:shame|pity)\b(?! (?:if|that|when) (?:you|we|they|it) "
        r"(?:\w+ )?(?:move|moved|moving|left|leave|sold|sell|had to|have to)| to (?:leave|move|sell|"
        r"go))|(?:^|(?<=[.!?] ))be a (?:real |)shame\b|\bshame if (?:anything|something) (?:\w+ )?"
        r"happen\w*|"
        r"\b(?:report|tell on|snitch on|block|grass on|rat on) (?:me|us) (?:again|one more time|once "
        r"more)\b|\bif you (?:report|snitch on|grass on|tell on) (?:me|us)\b|\b(?:just saying|jsyk|"
        r"just so you know|think about (?:it|that)|lock your doors?|sleep tight)\b"
    ),
    "es": (
        r"\b(?:seria|fuera|va a ser|sera) (?:una |muy )?(?:pena|lastima)\b(?! (?:que|si) (?:te "
        r"(?:mudes|mudaras|vayas|fueras)|se (?:muden|mudaran)))|"
        r"\bsigue (?:reportandome|denunciandome|reportando|denunciando|quejandote|chivandote|hablando|"
        r"diciendo)\b|\b(?:why|you) (?:you )?veras\b|\b(?:vuelve a|si me vuelves a|si vuelves a) "
        r"(?:reportar|denunciar|chivar)\w*|\b(?:solo digo|nomas digo|piensalo|o (?:you|ya) sabes)\b"
    ),
    "fr": (
        r"\b(?:ce serait|ca serait|se serait) (?:vraiment |trop |tellement |)(?:dommage|triste|bete)"
        r"\b(?! (?:que|qu'|si) (?:tu|vous) (?:demenag|part))|\bcontinues? (?:a|de) me (?:signaler|"
        r"report\w*|denoncer|balancer)\b|\bsignale(?: |-)moi encore\b|\b(?:je dis ca|jdis ca|jdcjdr)\b"
    ),
    "pt": (
        r"\b(?:seria|vai ser|ia ser) (?:uma |muito )?(?:pena|triste)\b(?! se (?:voce|tu|video call) "
        r"(?:se )?(?:mudasse|fosse))|\bcontinua (?:me )?(?:denunciando|reportando|dedurando)\b|"
        r"\b(?:so (?:to |estou )?(?:falando|dizendo)|pensa bem)\b"
    ),
    "de": (
        r"\b(?:ware|wars|waers|es ware|das ware) (?:doch |echt |wirklich |)(?:schade|traurig)\b(?! "
        r"(?:wenn|dass) (?:du|ihr) (?:wegziehst|umziehst|wegzieht|umzieht))|\b(?:meld|melde|petz|"
        r"verpetz) mich (?:ruhig |nur |gerne |)(?:weiter|nochmal|noch einmal|wieder)\b|\bich sag ja "
        r"nur\b|\bdenk (?:mal )?druber nach\b"
    ),
    "it": (
        r"\bsarebbe (?:un |proprio un |davvero un )?(?:peccato|triste)\b(?! se (?:ti trasferissi|te ne "
        r"andassi))|\bcontinua a (?:segnalarmi|denunciarmi|reportarmi)\b|\b(?:dico solo|pensaci)\b"
    ),
}

# (words one of which every new knowledge cue contains, words one of which every new warning contains)
_NEW_WORDS: dict[str, tuple[str, str]] = {
    "en": ("door house home garden curtains window windows gate fence porch driveway car trampoline "
           "treehouse flat balcony letterbox mailbox doorbell shed hedge place past outside",
           "shame pity again more report snitch grass tell saying jsyk know think lock doors door tight"),
    "es": ("puerta casa casita ventana jardin cortinas portal balcon coche reja verja piso buzon patio",
           "pena lastima sigue veras vuelve vuelves digo piensalo sabes"),
    "fr": ("porte maison fenetre rideaux portail jardin voiture balcon immeuble appart appartement "
           "devant",
           "dommage triste bete continue continues signale dis jdis jdcjdr"),
    "pt": ("porta casa casinha janela cortina cortinas portao jardim carro varanda predio passei",
           "pena triste continua falando dizendo pensa"),
    "de": ("tur haustur haus hauschen garten vorhange fenster einfahrt auto balkon briefkasten zaun "
           "tor wohnung",
           "schade traurig weiter nochmal wieder einmal nur druber"),
    "it": ("porta casa casetta finestra tende cancello giardino macchina balcone palazzo",
           "peccato triste continua dico pensaci"),
}


# the pity is about the reader moving away or selling the house ("would be a shame if you
# had to move", "sería una pena que te mudaras", "wäre schade, wenn ihr umzieht")
_NOT_LEAVING = (r"(?!.*?\b(?:move|moved|moving|sell|sold|selling|mudes|mudaras|mudanza|vendan|demenag\w*|"
                r"mudasse|mudar|umzieh\w*|umzug|wegzieh\w*|trasferi\w*|traslo\w*|переезд\w*|переед\w*|"
                r"tasin\w*|przeprowadz\w*|pindah|shift)\b)")


def pair_rules(lang: str, knew: str, wnew: str, words: tuple[str, str]) -> list[Rule]:
    """A new knowledge cue with any warning, and any knowledge cue with a new
    warning (harm_watching's cues of `lang` are the old ones)."""
    k_all = _KNOW[lang] + "|" + knew
    w_all = _WARN[lang] + "|" + wnew
    know_words = _WORDS[lang][0] + " " + words[0]
    warn_words = _WORDS[lang][1] + " " + words[1]
    return [
        rule("threat:veiled", "threat", words[0],
             r"(?:" + knew + r").{0,200}?(?:" + w_all + r")" + _NOT_LEAVING + r"|(?:" + w_all
             + r").{0,120}?(?:" + knew + r")" + _NOT_LEAVING,
             requires=warn_words),
        rule("threat:veiled", "threat", words[1],
             r"(?:" + k_all + r").{0,200}?(?:" + wnew + r")" + _NOT_LEAVING + r"|(?:" + wnew
             + r").{0,120}?(?:" + k_all + r")" + _NOT_LEAVING,
             requires=know_words),
    ]


# -- the reader's daily spot named as known ------------------------------------------------
_FRIENDLY_EN = (r"(?!.*?\b(?:together|with (?:you|me|us)|wait with|walk (?:with|you)|meet|see you there|same|"
                r"mine|too|near|next to|close to|my (?:cousin|aunt|auntie|nan|gran|grandma|grandad|friend|"
                r"mate|uncle|bestie)|come (?:over|round|by)|pick you up|lift|drop you|party|sleepover|"
                r"visit|invite|card|present|gift|neighbou?rs?|told me|showed me|map|maps|want to|wanna|"
                r"shall we|can i|should i|do you want|lmk|text me)\b)")
_FRIENDLY_ES = (r"(?!.*?\b(?:junt[oa]s|contigo|conmigo|esperamos|acompan\w*|mism[oa]|la mia|el mio|tambien|"
                r"cerca|mi (?:prima|primo|tia|tio|abuela|abuelo|amiga|amigo)|vecin\w*|fiesta|regalo|"
                r"visitar|quieres|vamos|nos vemos|me dijiste|mapa)\b)")
_FRIENDLY_FR = (r"(?!.*?\b(?:ensemble|avec toi|avec moi|t'accompagn\w*|meme|le mien|aussi|pres|a cote|ma "
                r"(?:cousine|tante|copine|pote)|mon (?:cousin|oncle|pote)|voisin\w*|fete|cadeau|tu veux|"
                r"on y va|on se voit|tu m'as dit)\b)")
_FRIENDLY_PT = (r"(?!.*?\b(?:junt[oa]s?|com voce|contigo|comigo|mesmo|o meu|tambem|perto|minha (?:prima|"
                r"tia|avo|amiga)|meu (?:primo|tio|avo|amigo)|vizinh\w*|festa|presente|quer|bora|vamos|"
                r"voce me (?:falou|disse))\b)")
_FRIENDLY_DE = (r"(?!.*?\b(?:zusammen|gemeinsam|mit dir|mit mir|warten wir|begleit\w*|dieselbe|die gleiche|"
                r"meine|auch|nahe|neben|nachbar\w*|party|geburtstag|besuchen|abholen|willst du|wollen "
                r"wir|hast du mir)\b)")
_FRIENDLY_IT = (r"(?!.*?\b(?:insieme|con te|con me|ti accompagn\w*|stessa|stesso|la mia|anche|vicin\w*|mia "
                r"(?:cugina|zia|nonna|amica)|mio (?:cugino|zio|nonno|amico)|festa|regalo|vuoi|andiamo|mi "
                r"hai detto)\b)")

# "tell anyone and you'll see" in the forms harm_veiled.py misses: Spanish "y" (read as
# "why"), "et tu verras", "e vê", "und du wirst sehen"; telling the mother what she
# thinks of a plan passes ("dile a tu madre y verás que te deja ir")
_TELL_SEE = [
    rule("threat:veiled", "threat", "veras ver",
         r"\b(?:dile|diselo|cuentaselo|cuentale|cuentalo|chivate|denunciame|reportame|habla)(?: \S+){0,4}? "
         r"(?:y|why) (?:ya |you )?(?:veras|vas a ver)\b(?! que\b)"),
    rule("threat:veiled", "threat", "verras voir",
         r"\b(?:dis le|dis-le|raconte le|raconte-le|balance|denonce moi|denonce-moi|signale moi|"
         r"signale-moi|va le dire)(?: \S+){0,4}? et tu (?:verras|vas voir)\b(?! (?:qu'|que |comme))"),
    rule("threat:veiled", "threat", "ver ve",
         r"\b(?:conta|fala|dedura|me denuncia|me reporta)(?: \S+){0,4}? (?:e|pra) (?:voce |video call |"
         r"tu )?(?:vai )?(?:ver|ve)(?: so| o que (?:acontece|vai acontecer|te acontece|rola))?"
         r"(?= ?$| [.!?])|\b(?:conta|fala|dedura|me denuncia)(?: \S+){0,4}? e (?:ve|ver) o que "
         r"(?:acontece|vai acontecer|te acontece)\b"),
    rule("threat:veiled", "threat", "sehen passiert",
         r"\b(?:erzahl|erzahls|sag|sags|petz|verpetz)(?:'s)?(?: \S+){0,4}? (?:und|dann) (?:du wirst|wirst "
         r"du)(?: schon| dann)* sehen\b(?! (?:wie|dass|ob)\b)|\b(?:erzahl|sag|petz)(?:'s|s)?(?: \S+){0,4}? "
         r"(?:und|dann) (?:schau|guck|sieh),? was (?:dann )?passiert\b"),
]

RULES: list[Rule] = [
    *_TELL_SEE,
    *(r for lang in _KNEW for r in pair_rules(lang, _KNEW[lang], _WNEW[lang], _NEW_WORDS[lang])),
    rule("threat:veiled", "threat", "stop way route walk window door number house flat",
         r"(?:\bi (?:know|knw|found out|worked out|figured out) (?:exactly )?(?:(?:your|ur) (?:bus stop|"
         r"stop|route home|route to school|way home|walk home|front door|bedroom window|house number|"
         r"flat number)|which (?:bus stop|stop|house|door|window|flat) (?:is yours|you (?:live|wait|get|"
         r"use|take|sleep|stand)))\b" + _FRIENDLY_EN,
         requires="know knw found worked figured"),
    rule("threat:veiled", "threat", "parada camino ventana",
         r"(?:\b(?:(?:ya )?se|conozco) (?:cual es |donde esta |donde queda )?tu (?:parada|camino a casa|"
         r"ventana)\b|\bse (?:en )?(?:que|cual) parada (?:te bajas|esperas|coges|tomas|subes)\b)" + _FRIENDLY_ES),
    rule("threat:veiled", "threat", "arret chemin fenetre",
         r"(?:\bje (?:connais|sais) (?:ou est |c'est quoi )?(?:ton arret|ton chemin pour rentrer|ta "
         r"fenetre|quelle est ta fenetre)\b|\bje sais (?:a )?quel arret tu (?:descends|attends|prends)"
         r"\b)" + _FRIENDLY_FR),
    rule("threat:veiled", "threat", "ponto caminho janela",
         r"(?:\b(?:eu )?(?:sei|conheco) (?:qual e |onde fica )?(?:o )?(?:seu|teu) (?:ponto|caminho (?:pra|"
         r"para) casa)\b|\b(?:eu )?sei (?:em )?qual ponto (?:voce |video call |tu )?(?:desce|espera|"
         r"pega)\b|\b(?:eu )?sei qual (?:e )?a (?:sua|tua) janela\b)" + _FRIENDLY_PT),
    rule("threat:veiled", "threat", "bushaltestelle haltestelle schulweg heimweg weg fenster",
         r"(?:\bich (?:kenn|kenne|weiss) (?:deine|eure|deinen|euren) (?:bushaltestelle|haltestelle|"
         r"schulweg|heimweg|weg nach hause)\b|\bich weiss,? (?:an )?welche(?:r|s)? (?:haltestelle|"
         r"bushaltestelle|fenster) (?:du|deins|dein|deine)\b)" + _FRIENDLY_DE),
    rule("threat:veiled", "threat", "fermata strada finestra",
         r"(?:\b(?:conosco|so) (?:qual e |dov'e |dove e )?(?:la tua|la vostra) (?:fermata|finestra)\b|"
         r"\bso (?:a )?(?:quale|che) fermata (?:scendi|aspetti|prendi)\b|\b(?:conosco|so) (?:la )?"
         r"strada che fai per tornare a casa\b)" + _FRIENDLY_IT),
]
