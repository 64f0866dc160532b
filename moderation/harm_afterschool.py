"""A fight announced for after school: the wait at the exit, and a meeting
after school with a hostile continuation (appended to `harm.RULES`; en es
fr pt de it pl here, ru tr id ar hi zh in harm_afterschool_langs.py).

Why: "ti aspetto all'uscita", "ich warte nach der Schule auf dich", "жду
тебя после школы", "chhutti ke baad dekh lena" are how a school fight is
announced, like "te espero a la salida" and "je t'attends à la sortie",
which harm_threats.py already holds; and a meeting after school followed by
"you'll see", "come alone", "bring your friends", "don't run", "if you
dare", "you and me" ("wait for me after school, you'll see", "à la sortie
du collège toi et moi", "na saída a gente conversa, vai ver só", "okul
çıkışı seni bekliyor olacağım, arkadaşlarını da getir, görürsün",
"放学后校门口见，你别跑") is one in every language.  Polish puts the body part
first: "jak cię jutro złapię po szkole to ci zęby wybiję".

English "wait for you after school" alone is an ordinary arrangement and is
not held (harm_threats.py); a plan in the message excuses the bare idiom in
the other languages ("ti aspetto all'uscita così torniamo insieme",
`frames_meetup.py`), a game named in the sentence excuses it as trash talk
(`frames_games.py`: the rules are `threat:violence`), and reports and quotes
are excused by the frames.
"""

from __future__ import annotations

from .frames_meetup import HOSTILE
from .packs.pl._words import NO_THIRD
from .rules import Rule, rule

# (verb of waiting or meeting, school place or time, place words, words of the hostile list)
_MEET: dict[str, tuple[str, str, str, str]] = {
    "en": (
        r"\b(?:wait(?:ing)? for (?:you|me)|see you|meet me|meet you|catch you|find you|i will be "
        r"(?:waiting|there))\b",
        r"\b(?:after school|after class|at the (?:school )?gates?|outside (?:the )?school|behind the "
        r"(?:school|gym|sports hall)|at home ?time|by the bike sheds)\b",
        "school class gate gates outside behind home hometime sheds",
        "see alone bring run running chicken dare me done dead finished better else teachers settle "
        "sort regret coward scared",
    ),
    "es": (
        r"\b(?:te espero|te veo|nos vemos|te busco|te pillo|te agarro|esperame)\b",
        r"\b(?:a la salida|al salir de clase|despues de (?:clase|clases|el cole|la escuela|el insti)|en "
        r"la puerta del (?:cole|colegio|insti)|fuera del (?:cole|colegio|insti)|detras del (?:cole|"
        r"colegio|gimnasio|insti))\b",
        "salida salir clase clases cole escuela insti colegio gimnasio",
        "veras ver ven trae atreves huyas escapes corras rajes faltes yo hablamos arreglamos enterar "
        "cobarde gallina muerto muerta acabado acabada",
    ),
    "fr": (
        r"\b(?:je t'attends|je t attends|on se voit|je te vois|on se retrouve|attends moi|rdv|rendez vous)"
        r"\b",
        r"\b(?:a la sortie|apres les cours|apres l'ecole|devant le (?:college|lycee|portail|bahut)|"
        r"derriere le (?:college|gymnase|lycee)|a la grille)\b",
        "sortie cours lecole ecole college lycee portail bahut gymnase grille",
        "voir verras viens seul seule ramene toses oses fuis moi regler regle comprendre prendre tes "
        "mort morte fini finie lache",
    ),
    "pt": (
        r"\b(?:te espero|te vejo|a gente se ve|te pego|me espera|te encontro)\b",
        r"\b(?:na saida|depois da aula|no portao|atras da escola|na frente da escola)\b",
        "saida aula portao escola",
        "ver vem traz coragem foge fuja corre voce tu call conversa resolve acerta apanhar morto "
        "morta ferrado ferrada covarde",
    ),
    "de": (
        r"\b(?:ich (?:warte|wart|erwarte dich)|wir sehen uns|ich seh dich|ich sehe dich|wir treffen uns|"
        r"warte auf mich|komm)\b",
        r"\b(?:nach der schule|nach dem unterricht|nach schulschluss|am (?:schul)?tor|vor der schule|"
        r"hinter der (?:schule|turnhalle)|auf dem schulhof|vorm tor|vor dem tor)\b",
        "schule unterricht schulschluss tor schultor turnhalle schulhof vorm",
        "sehen allein bring traust lauf renn hau ich klaren regeln dran fallig tot erledigt feigling "
        "kneif",
    ),
    "it": (
        r"\b(?:ti aspetto|ci vediamo|ti vedo|ti becco|aspettami)\b",
        r"\b(?:all'uscita|all uscita|fuori (?:da|di) scuola|fuori scuola|dopo scuola|al cancello|davanti "
        r"a scuola|dietro la (?:scuola|palestra))\b",
        "alluscita uscita scuola cancello palestra",
        "vedrai vieni porta coraggio scappare te vedere conti finito finita morto morta fifone codardo",
    ),
    "pl": (
        r"\b(?:czekam na ciebie|poczekam na ciebie|zobaczymy sie|widzimy sie|zlapie cie|dorwe cie|"
        r"spotkamy sie)\b",
        r"\b(?:po szkole|po lekcjach|pod szkola|przed szkola|za szkola|za garazami|pod brama)\b",
        "szkole lekcjach szkola garazami brama",
        "zobaczysz przyjdz wez boisz uciekniesz uciekaj ja policzymy dostaniesz tchorz lepiej",
    ),
}


def meet_rule(lang: str, verb: str, place: str, place_words: str, host_words: str) -> Rule:
    """A meeting after school (the verb and the place, in either order) with a
    hostile continuation after it, or one before it; a place with a hostile
    word ending the sentence ("à la sortie du collège toi et moi")."""
    host = r"(?:" + HOSTILE[lang] + r")"
    meet = r"(?:" + verb + r"[^.!?]{0,30}?" + place + r"|" + place + r"[^.!?]{0,20}?" + verb + r")"
    return rule("threat:violence", "threat", place_words,
                meet + r".{0,80}?" + host + r"|" + host + r".{0,40}?" + meet + r"|" + place
                + r"[^.!?]{0,30}?" + host + r"(?= ?$| [.!?])",
                requires=host_words)


RULES: list[Rule] = [
    *(meet_rule(lang, *parts) for lang, parts in _MEET.items()),
    # the bare wait at the exit (es fr pt: harm_threats.py)
    rule("threat:violence", "threat", "schule unterricht schulschluss schultor",
         r"\bich (?:warte|wart) (?:morgen |heute |)(?:(?:nach der schule|nach dem unterricht|nach "
         r"schulschluss|am schultor|vor der schule|hinter der schule) auf dich|auf dich (?:morgen |heute "
         r"|)(?:nach der schule|nach dem unterricht|nach schulschluss|am schultor|vor der schule|hinter "
         r"der schule))\b",
         requires="warte wart"),
    rule("threat:violence", "threat", "alluscita uscita scuola cancello",
         r"\bti aspetto (?:domani |oggi |)(?:all'uscita|all uscita|fuori (?:da|di) scuola|fuori scuola|"
         r"dopo scuola|al cancello|davanti a scuola|dietro la scuola)\b|\b(?:all'uscita|all uscita|dopo "
         r"scuola|fuori da scuola) ti aspetto\b",
         requires="aspetto"),
    # pl: the body part first, "(to) ci zęby wybiję"
    rule("threat:violence", "threat", "wybije polamie rozwale obije zlamie rozkwasze przestawie skopie",
         NO_THIRD + r"(?:to |ja )?(?:ci|tobie) (?:\w+ )?(?:zeby|nos|morde|ryj|gebe|leb|kosci|nogi|rece|"
         r"szczeke|lape|lapy) (?:wybije|polamie|rozwale|obije|zlamie|rozkwasze|przestawie|skopie)\b"),
]
