"""A farewell note or letter left for the family, told with last words.

Why: a disclosure told as a note left behind passed the rules unless its
words happened to pair in the signals stage ("i wrote a letter for my mum
... bye everyone" held as ``signals:farewell+notes``; "i left a note for my
family, they will understand. goodbye", "voy a dejar una carta para mi
madre, lo entenderá después. adiós a todos", "ich lasse meiner mama einen
brief da, sie wird es später verstehen" did not: "left" and "dejar" are not
"wrote", and "they will understand" is no cue there).  What makes such a
note a farewell is two things in one message:

* **a note, a letter or a goodbye video for the family**: parents, a
  sibling, friends, "everyone" - "a note for my family", "wrote my parents a
  letter", "the letters for my family are in my drawer", "my mum will find
  my letter";
* **last words with it**: "they will understand (one day)", "it's not
  their fault", "for when I'm gone", "tell my mum I love her", a final
  goodbye ("goodbye", "bye everyone", "adieu", "lebt wohl"), or things given
  away ("gave her my hoodies", "she can have my switch").

Each alone is everyday talk: a letter to grandma for her birthday, "bye
everyone see you tomorrow".  A note with an ordinary reason stays allowed
with a goodbye too: the message names an occasion, a school task, plans or
a place ("left a note for mum that i'm at Sara's, bye!", "a goodbye letter
to my friend who's moving", "a letter to my future self for a school
project", "write a letter to the consultation adults", a birthday, dinner,
"see you tomorrow").  That check covers the words inside the note, those
between the two parts and the rest of the message after them.  A note written for someone else's family ("she left
a note for her parents") is no match: the family is the writer's ("my", or
a bare "mum").  Things given away with a final goodbye and no note are
held here for French and German ("j'ai donné toutes mes affaires à mon
frère. adieu"; old things or a donation pass); the other languages pair
them elsewhere.  Category self_harm, always a hold.

Romance and German here; Russian, Arabic, Turkish, Polish, Indonesian,
Hindi and Chinese in `selfharm_notes_langs.py`.  Patterns run on the phrase
form ("it's" reads "it is", "i'm" "i am", Spanish "ya" "you").
"""

from __future__ import annotations

import re
from typing import NamedTuple, cast

from . import fastre
from .normalise import fold_pattern
from .rules import PATTERN_CACHE, Rule, _split_top, rule


class Note(NamedTuple):
    """A note form: its first words (a group the regex engine finds fast)
    and the rest.  ``<skipN>`` in the rest stands for up to N other words,
    none of them mundane (written with its trailing space)."""

    head: str
    tail: str


_SKIP = re.compile(r"<skip(\d+)>")


def note_pair(notes: list[Note], cue: str, mundane: str, words: int = 18) -> str:
    """Each note form then the cue, or the cue then any note form, at most
    `words` words apart, with no `mundane` word inside the note, between the
    two or after them to the end of the message.  The gap steps a word at a
    time (the cue and the mundane words are tried at word starts only) and
    the rest of the message is checked once, when a pair is found, so a long
    message with many notes and no cue stays cheap.  One alternative per
    note form."""
    mundane = _by_first_letter(mundane)
    step = rf"(?: (?!(?:{mundane})\b)\S+)"
    between = rf"{step}{{0,{words}}}? "
    no_reason = rf"(?!.*\b(?:{mundane})\b)"
    forms = [(n.head, _SKIP.sub(lambda m: rf"{step}{{0,{m.group(1)}}}? ", n.tail)) for n in notes]
    any_note = "(?:" + "|".join(f"(?:{h}){t}" for h, t in forms) + ")"
    # atomic: the first pair found is the one checked (a later cue after a failed check
    # would fail it too, or lie beyond the mundane word the gap may not cross)
    alts = [rf"(?>(?:{h}){t}{between}(?:{cue})\b){no_reason}" for h, t in forms]
    alts.append(rf"(?>(?:{cue}){between}{any_note}\b){no_reason}")
    return "|".join(map(_word_start, alts))


def _by_first_letter(alternation: str) -> str:
    """The mundane words grouped by their first letter ("birthday|bday|be back" ->
    "b(?:irthday|day|e back)").  The list is tried at every step of a gap and
    after every pair, always inside a negative lookahead, where only whether
    some word matches counts, not which or in what order: the grouped form
    matches the same texts, and the engine tests a few dozen letters instead
    of walking a hundred words (whose code, repeated in each alternative, is
    most of the pattern's size)."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in _split_top(fold_pattern(alternation)):
        if alt[:1].isalnum() and alt[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(alt[0], []).append(alt[1:])
        else:
            others.append(alt)
    return "|".join([f"{c}(?:{'|'.join(rests)})" for c, rests in groups.items()] + others)


def _word_start(alt: str) -> str:
    """`alt` at a word start, tested first against the characters its
    matches can start with: "(?=[glnrv])(?<!\\w)(?>...)".  An alternative
    that starts with an atomic group gives the regex engine no prefix to
    search for, so it tries the group at every position of the message
    (30 us over a 150-character message); the character and the lookbehind
    reject nearly all of them.  Exact: the characters are those of the
    parsed pattern (`fastre.first_chars`), and the lookbehind is the test
    `RuleSet.scan` made for the leading word boundary (no word character
    before the match), now inside the pattern."""
    # kept with the compiled rules: parsing the alternatives cost a tenth of a second of start-up
    return cast(str, PATTERN_CACHE.memo(f"notes_word_start:v1\0{alt}", lambda: _word_start_uncached(alt)))


def _word_start_uncached(alt: str) -> str:
    chars = fastre.first_chars(fold_pattern(alt))
    if not chars:
        return rf"\b{alt}"
    return rf"(?=[{fastre.char_class(chars)}])(?<!\w){alt}"


# -- en -----------------------------------------------------------------------------------
_KIN_EN = (
    r"(?:mum|mom|mam|mama|mommy|mummy|mother|dad|daddy|father|parents|family|fam|sister|sisters|"
    r"brother|brothers|siblings|sis|bro|friends|best friend|best friends|bestie|bff|boyfriend|"
    r"girlfriend|grandma|grandparents|nan|nana|gran)"
)
_RECIP_EN = (
    r"(?:(?:(?:my|all my|each of my|both my|every one of my) (?:little |big |older |younger |baby |"
    r"two )?)?" + _KIN_EN + r"(?: and (?:my )?" + _KIN_EN + r")?|everyone|everybody|all of you|you "
    r"all|you guys)"
)
_NOUN_EN = (
    r"(?:notes?|letters?|goodbye (?:messages?|videos?)|(?:video|voice) messages?|videos?|recordings?)"
)
_NOTES_EN = [
    # "a note for my family", "the letters for my family are in my drawer"
    Note(_NOUN_EN, r"<skip5>(?:for|to) " + _RECIP_EN),
    # "wrote my parents a letter", "left my sister a note"
    Note(r"left|leave|leaving|wrote|write|writing|written|recorded|made|typed", r" (?:my |each of my "
         r"|all my |both my )?(?:little |big |best )?" + _KIN_EN + r" (?:(?:a|an|some|the|my|little|"
         r"short|last|final|goodbye|long|few) ){0,3}" + _NOUN_EN),
    # "my mum will find my letter", "they'll find the note"
    Note(r"my|she|he|they|" + _KIN_EN[3:-1], r"(?: " + _KIN_EN + r")?(?: will|'ll|ll| is going to| "
         r"are going to| gonna)? (?:find|finds|read|reads|get|gets|open|opens) (?:my|the) (?:\w+ )?"
         + _NOUN_EN),
]
_CUE_EN = (
    # they will understand (one day)
    r"(?:she|he|they|you|you all|mum|mom|dad|everyone)(?: will| would| are going to| is going to| "
    r"gonna|'ll|ll) (?:all )?(?:eventually |one day |someday |hopefully |probably |later )?"
    r"(?:understand|get it|know why)(?! (?:the|my|how|what|if|it when|why i (?:was|am|got|feel|felt|"
    r"said|shouted|yelled|cried|lied))\b)|"
    # it is not their fault
    r"not (?:their|his|her|your|ur|anyones|anyone's|anybody's|my (?:mums|mum's|moms|mom's|dads|"
    r"dad's|parents|parents'|family's|familys)) fault|none of (?:this|it) (?:is|was) (?:their|"
    r"your|ur|anyones|anyone's) fault|(?:nobody|no one) is to blame|do not blame (?:them|"
    r"yourselves|yourself|anyone|my \w+)|"
    # for when I'm gone
    r"(?:when|after|once) i am (?:gone|dead|not (?:here|around|alive)(?: any ?more)?|no longer "
    r"(?:here|around|alive))|(?:when|after|once) i (?:die|leave for good|leave forever)|after my "
    r"death|"
    # tell my mum I love her
    r"tell (?:[\w']+ ){1,3}?(?:that )?i (?:love|loved|really love|am sorry|will miss|'ll miss)|"
    # a final goodbye
    r"goodbye(?! (?:for now|till|until|see|later|tomorrow|tonight|for today|for the day|to (?:the|"
    r"my|summer|school|20\d\d)))|bye (?:everyone|every1|everybody|all|guys|yall|you all|all of "
    r"you|forever|for good|for ever|for real)|farewell|(?:i )?love you (?:all|guys)|i will miss you "
    r"(?:all|guys)|"
    # things given away
    r"(?:gave|giving|given|give|left) (?:away )?(?:(?:her|him|them|my [\w']+(?: [\w']+)?) )?(?:all )?"
    r"my (?:\w+ )?(?:stuff|things|clothes|hoodies|games|xbox|switch|ps5|ps4|phone|console|plushies|"
    r"books|jewellery|jewelry|savings|money|collection|cards|skins|room|guitar)|(?:she|he|they|you)"
    r"(?: can| could|'ll| will) (?:have|keep) (?:all )?my|(?:she|he|they)(?:'ll| will|ll) need (?:it|"
    r"them) more"
)
_MUNDANE_EN = (
    r"birthday|bday|b day|christmas|xmas|mothers day|mother's day|fathers day|father's day|valentine\w*|"
    r"anniversary|thank you (?:note|letter|card)s?|thank you for|school|class|teacher|homework|"
    r"project|assignment|future self|future me|pen ?pal|santa|moving|moves|moved|move away|new "
    r"school|camp|trip|holiday|vacation|dinner|lunch|breakfast|food|fridge|tea is|snack|at \w+'s|"
    r"at \w+s house|(?:at|to) the (?:park|shops|mall|library|gym|cinema|pool)|be back|back (?:at|by|"
    r"soon|later|in)|home (?:at|by|soon|later)|(?:be|am|running|coming|home) late|late for|"
    r"sleepover|shopping|the dog|the cat|walk the|feed|remind\w*|chores|laundry|pocket money|"
    r"permission|see (?:you|ya|u)|cya|talk later|ttyl|gtg|brb|consultation|council|love letter|crush|"
    r"confess\w*|apolog\w*|sorry for (?:breaking|being late|the mess|shouting|yelling|forgetting|"
    r"taking)|grounded|come out|coming out|came out|gay|lesbian|bi|bisexual|trans|queer|pronouns|"
    r"divorce|split up|in the (?:book|story|film|movie)|"
    r"story|novel|film|movie|poem|lyrics|character|episode"
)

# -- es -----------------------------------------------------------------------------------
_RECIP_ES = (
    r"(?:(?:a|para|pa) (?:mi |mis |toda mi |todos mis |cada uno de mis )?(?:madre|mama|mami|padre|"
    r"papa|papi|padres|familia|hermana|hermano|hermanita|hermanito|hermanos|amigos|amigas|mejor "
    r"amiga|mejor amigo|novio|novia|abuela|abuelos)|(?:a|para) (?:todos|ustedes|vosotros))"
)
_NOUN_ES = r"(?:cartas?|notas?|notitas?|mensajes? de despedida|videos? de despedida)"
_NOTES_ES = [
    Note(_NOUN_ES, r"<skip5>" + _RECIP_ES),
    Note(r"le|les", r" (?:deje|dejo|dejare|escribi|escribo|escribire|voy a dejar|voy a escribir|he "
         r"dejado|he escrito) (?:una |unas |la |las |mi |mis )?" + _NOUN_ES),
]
_CUE_ES = (
    r"(?:lo |me )?(?:entendera|entenderan|entendereis|comprendera|comprenderan|(?:va|van) a "
    r"(?:entender|comprender))|"
    r"no (?:es|fue|ha sido) (?:culpa (?:de ellos|de ella|de el|suya|tuya|vuestra|de nadie|de mis "
    r"padres|de mi (?:madre|mama|padre|papa|familia))|su culpa|tu culpa)|nadie tiene la culpa|no "
    r"(?:se |te |os )?culpe(?:n|is)|"
    r"cuando (?:ya |you )?no (?:este|estare|exista)|cuando me (?:haya ido|muera)|cuando (?:ya |you )?"
    r"me haya ido|despues de mi muerte|"
    r"(?:diganle|dile|decidle|decile|digan) (?:a (?:mi|mis) \w+ )?que (?:la|lo|los|las) (?:quiero|amo)|"
    r"adios|(?:chao|chau|bye|adios) para siempre|hasta siempre|me despido de (?:todos|ustedes|"
    r"vosotros)|"
    r"(?:le |les )?(?:regale|di|deje) (?:todas |todos )?mis (?:cosas|juegos|ropa|peluches|libros|"
    r"ahorros)|(?:puede|pueden) quedarse (?:con )?mis"
)
_MUNDANE_ES = (
    r"cumple\w*|navidad|reyes|dia de la madre|dia del padre|san valentin|colegio|cole|escuela|clase|"
    r"profe\w*|tarea|deberes|proyecto|yo del futuro|futuro yo|yo futuro|se muda|se va a mudar|mudanza|"
    r"se fue a vivir|campamento|viaje|vacaciones|cena|comida|almuerzo|en casa de|estoy en|nos vemos|"
    r"hasta (?:manana|luego|pronto|el lunes)|vuelvo|regreso|llego tarde|gracias por|consulta|"
    r"libro|pelicula|cuento|historia|novela|poema|cancion"
)

# -- fr -----------------------------------------------------------------------------------
# "adieu la flemme", "adieu les devoirs": a joke farewell to a thing
_NOT_THING_FR = r"(?! (?:le|la|les|l'|au|aux)\b)"
_RECIP_FR = (
    r"(?:(?:a|pour) (?:ma |mon |mes |toute ma |tous mes |chacun de mes )?(?:mere|maman|pere|papa|"
    r"parents|famille|soeur|frere|freres|soeurs|amis|amies|meilleure amie|meilleur ami|copain|"
    r"copine|grand mere)|(?:a|pour) (?:tout le monde|vous tous))"
)
_NOUN_FR = r"(?:lettres?|(?:un|des|petit|le|mon) mots?|billets?|messages? d'adieu|videos? d'adieu)"
_NOTES_FR = [
    Note(_NOUN_FR, r"<skip5>" + _RECIP_FR),
    Note(r"je", r" (?:leur|lui) (?:ai|laisse|ecris|laisserai|ecrirai|vais laisser|vais ecrire)"
         r"<skip2>" + _NOUN_FR),
]
_CUE_FR = (
    r"(?:il |elle |ils |elles |vous )?(?:comprendra|comprendront|comprendrez|(?:va|vont) "
    r"comprendre)|"
    r"(?:c'est|ce n'est|c'etait|ce n'etait) pas (?:de )?(?:leur|sa|ta|votre) faute|(?:c'est|ce "
    r"n'est) (?:la faute de personne|pas la faute de (?:mes|ma|mon|personne))|n'en voulez a "
    r"personne|ne (?:vous|leur) en voulez pas|"
    r"(?:pour )?quand je (?:ne )?serai (?:plus|pas) la|(?:quand|apres que) je serai (?:partie?|"
    r"morte?)|quand je (?:mourrai|serai plus la)|apres ma mort|"
    r"dite?s? (?:lui|leur|a (?:ma|mon|mes) \w+) que je (?:l'|les )?aime|"
    r"adieu" + _NOT_THING_FR + r"|(?:au revoir|salut|bye)(?: [\w']+){0,3} (?:pour toujours|a jamais)|"
    r"j'ai donne (?:toutes |tous )?mes (?:affaires|jeux|vetements|peluches|livres)|(?:il|elle|ils|"
    r"elles) (?:peut|peuvent) garder mes"
)
_MUNDANE_FR = (
    r"anniversaire|noel|fete des (?:meres|peres)|saint valentin|ecole|college|lycee|classe|prof\w*|"
    r"devoirs?|projet|moi du futur|futur moi|moi futur|demenage\w*|colo|vacances|voyage|diner|repas|"
    r"manger|chez \w+|a (?:demain|plus|bientot|tout a l'heure|ce soir|lundi)|je rentre|rentrer|en "
    r"retard|merci pour|consultation|livre|film|roman|histoire|poeme|chanson"
)

# -- pt -----------------------------------------------------------------------------------
_RECIP_PT = (
    r"(?:(?:pra|para|pro|pros|pras|a|ao|aos|as) (?:a |o |os |as )?(?:minha |meu |meus |minhas |toda "
    r"(?:a )?minha )?(?:mae|mamae|mainha|pai|papai|pais|familia|irma|irmao|irmaos|irmazinha|"
    r"irmaozinho|amigos|amigas|melhor amiga|melhor amigo|namorado|namorada|avo)|(?:pra|para|a) "
    r"(?:todos|todo mundo|voces))"
)
_NOUN_PT = (
    r"(?:cartas?|bilhetes?|bilhetinhos?|recados?|recadinhos?|mensagens? de despedida|videos? de "
    r"despedida)"
)
_NOTES_PT = [Note(_NOUN_PT, r"<skip5>" + _RECIP_PT)]
_CUE_PT = (
    r"(?:vai|vao) (?:entender|compreender)|entendera|entenderao|compreendera|compreenderao|"
    r"(?:nao|n) (?:e|eh|foi) culpa (?:deles|dela|dele|sua|de ninguem|da minha \w+|do meu \w+|dos "
    r"meus \w+)|(?:nao|n) (?:e|eh|foi) (?:sua|tua) culpa|ninguem tem culpa|nao (?:se )?culpem|"
    r"(?:pra|para)? ?quando eu (?:nao estiver (?:mais )?aqui|nao estiver mais|me for|morrer|tiver "
    r"partido|nao existir mais)|depois que eu (?:morrer|me for)|depois da minha morte|"
    r"(?:diz|digam|diga|fala|falem|fale) (?:pra|para|a) (?:ela|ele|eles|minha \w+|meu \w+|meus \w+) "
    r"que eu (?:a |o |os )?(?:amo|te amo)|"
    r"adeus|tchau (?:pra|para) sempre|me despeco de (?:voces|todos)|"
    r"(?:dei|doei) (?:todas |todos )?(?:as |os )?(?:minhas|meus) (?:coisas|roupas|jogos|livros|"
    r"pelucias)|(?:ela|ele|eles) (?:pode|podem) ficar com (?:as |os )?(?:minhas|meus)"
)
_MUNDANE_PT = (
    r"aniversario|natal|dia das maes|dia dos pais|dia dos namorados|escola|colegio|aula|professor\w*|"
    r"trabalho de|licao|dever de casa|projeto|eu do futuro|futuro eu|(?:vai|vao) se mudar|mudou|"
    r"mudanca|intercambio|viagem|ferias|acampamento|janta|jantar|almoco|comida|na casa d\w+|"
    r"(?:to|tou|estou) na|ate (?:amanha|mais|logo|depois|segunda)|volto|chego|atrasad\w+|"
    r"obrigad\w+ por|consulta|livro|filme|novela|historia|poema|musica"
)

# -- de -----------------------------------------------------------------------------------
_KIN_DE = (
    r"(?:mama|mutter|papa|vater|eltern|familie|schwester|bruder|geschwister|freunde|freunden|"
    r"freundinnen|beste freundin|besten freundin|besten freund|oma)"
)
_NOUN_DE = r"(?:briefe?|briefchen|zettel|abschiedsbriefe?|abschiedsnachricht\w*|abschiedsvideos?)"
_NOTES_DE = [
    # "der brief fur mama", "einen brief an meine eltern"
    Note(_NOUN_DE, r"<skip5>(?:fur|an) (?:meine |meinen |mein |die |den |meine ganze )?"
         + _KIN_DE),
    # "meiner mama einen brief", "meinen eltern einen brief"
    Note(r"meiner|meinem|meinen", r" (?:kleinen |grossen )?" + _KIN_DE + r"<skip3>(?:einen "
         r"|ein |ein paar |den |die |meinen |kleinen )*" + _NOUN_DE),
]
_CUE_DE = (
    r"(?:wird|werden|werdet)(?: \w+){0,3} (?:verstehen|begreifen)|"
    r"(?:ist|war) (?:nicht|keine) (?:ihre|seine|eure|deine|deren) schuld|(?:ist|war) nicht die "
    r"schuld (?:von|meiner|meines)|niemand ist schuld|niemandes schuld|(?:gebt|gib) euch (?:nicht|"
    r"keine) (?:die )?schuld|"
    r"wenn ich nicht mehr (?:da|hier|am leben) bin|wenn ich (?:tot|gegangen) bin|nach meinem tod|"
    r"(?:sagt|sag) (?:meiner|meinem|meinen|ihr|ihm|ihnen) (?:\w+ )?(?:dass )?ich (?:sie|ihn|euch) "
    r"(?:liebe|lieb hab\w*)|"
    r"lebt wohl|lebewohl|(?:tschuss|tschau|ciao|bye)(?: \w+){0,2} (?:fur immer|auf immer)|tschuss "
    r"(?:leute|an alle|zusammen)|auf nimmerwiedersehen|"
    r"(?:hab|habe) (?:\w+ ){0,3}(?:meine|meinen|mein) (?:sachen|spiele|konsole|klamotten|"
    r"kuscheltiere|bucher) (?:geschenkt|gegeben|verschenkt)|(?:kann|konnen|darf|durfen) (?:meine|"
    r"meinen|mein) (?:\w+ ){0,2}(?:haben|behalten)"
)
_MUNDANE_DE = (
    r"geburtstag|weihnacht\w*|muttertag|vatertag|valentinstag|schule|klasse|lehrer\w*|hausaufgab\w*|"
    r"projekt|zukunftige\w* ich|zukunfts ?ich|zieht (?:\w+ )?(?:um|weg)|umzieh\w*|wegzieh\w*|umzug|urlaub|reise|"
    r"klassenfahrt|abendessen|essen|mittag\w*|bin bei|bei \w+ (?:bin|ubernachte|schlafe)|bis "
    r"(?:morgen|spater|bald|dann|gleich|montag)|komme (?:spater|spat|gleich)|danke fur|konsultation|"
    r"buch|film|roman|geschichte|gedicht|lied"
)

# -- it -----------------------------------------------------------------------------------
_RECIP_IT = (
    r"(?:(?:a|per|alla|al|ai|alle|agli) (?:la |il |i |le )?(?:mia |mio |miei |mie |tutta la mia |"
    r"tutti i miei )?(?:madre|mamma|padre|papa|genitori|famiglia|sorella|fratello|fratellino|"
    r"sorellina|fratelli|amici|amiche|migliore amica|migliore amico|ragazzo|ragazza|nonna)|ai "
    r"miei|(?:a|per) (?:tutti|voi))"
)
_NOUN_IT = r"(?:letter[ae]|bigliett[oi]|bigliettin[oi]|messaggi[o]? d'addio|video d'addio)"
_NOTES_IT = [Note(_NOUN_IT, r"<skip5>" + _RECIP_IT)]
_CUE_IT = (
    r"capira|capiranno|capirete|comprendera|comprenderanno|"
    r"non (?:e|era) (?:stata )?colpa (?:loro|sua|tua|vostra|di nessuno|dei miei|di mia \w+|di mio \w+)|"
    r"nessuno ha colpa|non (?:date|datevi|dategli) (?:la )?colpa|"
    r"(?:per )?quando non ci saro piu|quando (?:me ne saro andat[oa]|saro mort[oa])|dopo la mia morte|"
    r"dite(?:le|gli)? (?:a (?:mia|mio|miei) \w+ )?che (?:le|gli|li) voglio bene|dite(?:le|gli)? che "
    r"(?:la|lo|li) amo|"
    r"addio|(?:ciao|bye)(?: \w+){0,2} per sempre|"
    r"ho regalato (?:tutte |tutti )?(?:le mie|i miei) (?:cose|giochi|vestiti|peluche|libri)|"
    r"(?:puo|possono) tenere (?:le mie|i miei)"
)
_MUNDANE_IT = (
    r"compleanno|natale|festa della mamma|festa del papa|san valentino|scuola|classe|prof\w*|"
    r"compiti|progetto|me del futuro|futuro me|si trasferisce|trasloco|vacanz\w+|viaggio|gita|"
    r"cena|pranzo|mangiare|sono da \w+|a domani|a dopo|ci vediamo|torno|in ritardo|grazie per|"
    r"consultazione|libro|film|romanzo|storia|poesia|canzone"
)

# -- things given away with a final goodbye, no note (fr de; the other languages pair
# them in the signals stage or in selfharm.py): "j'ai donné toutes mes affaires à mon
# frère. adieu", "ich hab meinem bruder meine ganzen spiele geschenkt. lebt wohl".
# Old things, a donation or a move leave them ordinary.
_GIVEN_FR = [
    Note(r"j'ai donne|je donne|j'ai offert|j'ai distribue", r" (?:toutes |tous )?(?:mes|mes affaires "
         r"et mes) (?:affaires|jeux|vetements|habits|peluches|livres|trucs|consoles?)"),
]
_FAREWELL_FR = (
    r"adieu" + _NOT_THING_FR + r"|(?:au revoir|salut)(?: [\w']+){0,3} (?:pour toujours|a jamais)|je vous "
    r"aime (?:tous|toutes)"
)
_MUNDANE_GIVE_FR = (
    r"vieux|vieilles|vieil|trop petit\w*|association|vide grenier|emmaus|croix rouge|demenage\w*|a "
    r"demain|a bientot|a plus"
)
_GIVEN_DE = [
    Note(r"hab|habe", r"<skip3>(?:meine|meinen|mein) (?:ganzen |ganzes |ganze |alle )?(?:sachen|"
         r"spiele|konsole|klamotten|kuscheltiere|bucher|zeug) (?:geschenkt|gegeben|verschenkt|weggegeben)"),
    Note(r"verschenke|verschenk", r" (?:alle |all )?(?:meine|meinen|mein)(?! alten?\b) \w+"),
]
_FAREWELL_DE = (
    r"lebt wohl(?! (?:ihr|du) (?:alten|hausaufgaben|schul\w*|ferien|sommerferien)\b)|lebewohl|"
    r"(?:tschuss|ciao|bye)(?: \w+){0,2} (?:fur immer|auf immer)|auf nimmerwiedersehen"
)
_MUNDANE_GIVE_DE = (
    r"alten?|zu klein\w*|spende\w*|flohmarkt|umzug|umzieh\w*|zieh\w* (?:\w+ )?um|bis (?:morgen|bald|"
    r"spater|dann)"
)

# `requires`: a word of every cue ("get" of "get it").  The Spanish "tell my mum I love
# her" is gated by its verb of telling ("dile", "diganle"), not by the common "quiero";
# the Portuguese "quando eu me for" by "quando" or "depois", not by the English "for"
# (the trigger "video" and "for" made the rule a candidate in many English messages)
RULES: list[Rule] = [
    rule("self_harm:finality", "self_harm",
         "note notes letter letters goodbye video videos voice recording recordings",
         note_pair(_NOTES_EN, _CUE_EN, _MUNDANE_EN), framed="generic",
         requires="understand get know fault blame gone dead die death love loved sorry miss "
                  "goodbye bye farewell gave giving given give left have keep need"),
    rule("self_harm:finality", "self_harm",
         "carta cartas nota notas notita notitas mensaje mensajes video videos",
         note_pair(_NOTES_ES, _CUE_ES, _MUNDANE_ES), framed="generic",
         requires="entendera entenderan entendereis comprendera comprenderan entender comprender "
                  "culpa culpen culpeis este estare exista ido muera muerte diganle dile decidle "
                  "decile digan adios siempre despido regale di deje quedarse"),
    rule("self_harm:finality", "self_harm",
         "lettre lettres mot mots billet billets message messages video videos",
         note_pair(_NOTES_FR, _CUE_FR, _MUNDANE_FR), framed="generic",
         requires="comprendra comprendront comprendrez comprendre faute personne voulez serai "
                  "mourrai mort aime laime dites dis adieu toujours jamais donne garder"),
    rule("self_harm:finality", "self_harm",
         "carta cartas bilhete bilhetes bilhetinho bilhetinhos recado recados recadinho recadinhos "
         "mensagem mensagens video videos",
         note_pair(_NOTES_PT, _CUE_PT, _MUNDANE_PT), framed="generic",
         requires="entender compreender entendera entenderao compreendera compreenderao culpa "
                  "culpem estiver quando praquando paraquando depois morrer partido existir morte "
                  "amo adeus sempre despeco dei doei ficar"),
    rule("self_harm:finality", "self_harm",
         "brief briefe briefchen zettel abschiedsbrief abschiedsbriefe abschiedsnachricht "
         "abschiedsvideo abschiedsvideos",
         note_pair(_NOTES_DE, _CUE_DE, _MUNDANE_DE), framed="generic",
         requires="verstehen begreifen schuld bin tod liebe lieb wohl lebewohl immer leute alle "
                  "zusammen nimmerwiedersehen geschenkt gegeben verschenkt haben behalten"),
    rule("self_harm:finality", "self_harm",
         "lettera lettere biglietto biglietti bigliettino bigliettini messaggio messaggi video",
         note_pair(_NOTES_IT, _CUE_IT, _MUNDANE_IT), framed="generic",
         requires="capira capiranno capirete comprendera comprenderanno colpa saro andato andata "
                  "morto morta morte bene amo addio sempre regalato tenere"),
    rule("self_harm:finality", "self_harm", "donne offert distribue",
         note_pair(_GIVEN_FR, _FAREWELL_FR, _MUNDANE_GIVE_FR), framed="generic",
         requires="adieu toujours jamais aime"),
    rule("self_harm:finality", "self_harm", "geschenkt gegeben verschenkt weggegeben verschenke verschenk",
         note_pair(_GIVEN_DE, _FAREWELL_DE, _MUNDANE_GIVE_DE), framed="generic",
         requires="wohl lebewohl immer nimmerwiedersehen"),
]
