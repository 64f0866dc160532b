"""A kill threat whose condition is a spoiler or a snack: "i'm gonna kill
you if you spoil the finale before i watch it 😤", "te mato si me haces
spoiler", "je te tue si tu me spoiles", "ich bring dich um wenn du meine
Pommes isst", "ti ammazzo se mi dici il finale".

Why: `threat:violence` holds "i'll kill you" in every language (harm.py,
harm_verbforms.py, harm_threats.py), and German "bring dich um" is also
read by `self_harm:incitement`.  Friends say it as hyperbole about the
smallest offences, and the offence is named in the same breath as an
"if" clause.  What decides is that clause: spoiling a show, telling the
ending, eating, drinking or touching one's food or things, skipping a
song, waking the writer up.  The same threat with a condition that
matters stays held: "i'll kill you if you tell the teacher / anyone /
your mum", "if you come to school tomorrow", "if you don't send me the
pics"; as does a threat with no condition ("i'm going to kill you after
school").

The match is excused ("hyperbole") when

* it is a kill verb aimed at the reader ("kill / murder you", "te mato",
  "je te tue", "vou te matar", "bring dich um", "ti ammazzo") or "you're
  dead",
* a conditional with a trivial offence (`_TRIVIAL`, per language) sits
  right after it, or right before it in the same sentence ("if you spoil
  stranger things i swear i'll kill you"),
* and nothing in the message makes it serious (`_SERIOUS`): telling or
  snitching to someone, a teacher, the police, parents, after school, a
  weapon, "not joking", "i mean it", "watch your back", "i know where
  you live", pictures asked for.

Used by `frames_context.context_frame` for `threat:violence` and for
the German `self_harm:incitement` match after "ich".  Patterns run on
the phrase form (accents stripped: "verrätst" is "verratst", "você" is
"voce"; "u" is "you", "ur" is "your").
"""

from __future__ import annotations

from . import fastre

# the match: a kill verb for the reader, or "you're dead"
_KILL = fastre.compile(
    r"\b(?:kill|murder|strangle|end|mato|matar|matarte|mate|tue|tuer|bute|buter|defonce|mato|"
    r"bring dich um|bringe dich um|tote|toten|umbringen|ammazzo|ammazzare|ammazzarti|uccido|"
    r"uccidere|ucciderti|strozzo)\b|\b(?:you are|your|you will be) (?:so |literally )?dead\b"
)

_MY = r"(?:my|the last|our|mine|my last)"
_FOOD_OR_THING = (
    r"(?:fries|chips|crisps|food|snacks?|pizza|chocolate|sweets|candy|nuggets?|drink|bubble tea|boba|"
    r"tea|coffee|juice|milkshake|charger|phone|hoodie|headphones|airpods|controller|seat|spot|sandwich|"
    r"lunch|cookies?|cake|ice cream|noodles|leftovers|popcorn|slice|piece|biscuits?|donuts?|"
    r"doughnuts?|cereal|pen|remote|pillow|blanket|jumper|sweater|lip ?gloss|makeup|straighteners|"
    r"save|skin|one|fry|chip|nugget|dessert|pudding|kitkat|oreos?|haribo|bread|toast|pasta|burger|"
    r"taco|tacos|sushi|ramen|cheese|yogurt|cupcake|muffin|croissant)"
)
# the trivial offence, in the clause that follows the conditional
_TRIVIAL = {
    "en": (
        r"\bif (?:you|ya) (?:\w+ ){0,3}?(?:spoil\w*|spoiler\w*|ruin (?:it|the (?:ending|finale|episode|"
        r"show|movie|film|book|game|surprise))|tell (?:me )?(?:the|how (?:it|the \w+) ends|what "
        r"happens)(?: \w+)? ?(?:ending|end|finale|twist|plot|result|spoilers?)?\b|"
        r"(?:eat|ate|eats|eating|drink|drank|drinking|take|took|steal|stole|nick|nicked|finish|"
        r"finished|touch|touched|use|used|have|had|lose|lost|break|broke|borrow|borrowed|sit (?:in|"
        r"on)|delete|deleted) (?:\w+ )?" + _MY + r" (?:\w+ )?" + _FOOD_OR_THING + r"\b|"
        r"skip (?:my|this|the) (?:song|track|video)|change the (?:song|channel|music)|wake me up|"
        r"forget my birthday|leave me on read|beat my (?:score|record|high score|time)|make me laugh|"
        r"(?:start|watch|play|finish) (?:\w+ ){0,3}?without me)"
    ),
    "es": (
        r"\bsi (?:tu |me |te )*(?:\w+ ){0,2}?(?:haces spoiler|spoile\w*|espoile\w*|destripas|"
        r"(?:cuentas|dices|spoileas|revelas) (?:\w+ )?(?:el final|como (?:acaba|termina))|"
        r"(?:te )?(?:comes|bebes|tocas|coges|robas|gastas|terminas) (?:\w+ )?(?:mis?|el ultimo|la "
        r"ultima|los ultimos|las ultimas) (?:\w+ )?(?:papas|patatas|fritas|chuches|golosinas|comida|"
        r"pizza|chocolate|helado|galletas?|cargador|movil|sudadera|refresco|batido|nuggets|trozo|"
        r"porcion|snacks?|palomitas|tacos?|bocadillo|sitio|asiento)|me despiertas|(?:ves|empiezas)"
        r" (?:\w+ ){0,3}?sin mi)"
    ),
    "fr": (
        r"\bsi (?:tu|t') ?(?:me |m')?(?:\w+ ){0,2}?(?:spoil\w*|divulgach\w*|(?:dis|racontes?|"
        r"reveles?) (?:\w+ )?la fin|(?:manges?|bois|touches?|prends|voles?|piques?|finis) (?:\w+ )?"
        r"(?:a )?(?:mes|mon|ma|la derniere|le dernier) (?:\w+ )?(?:frites|bonbons|chips|gateaux?|"
        r"pizza|chocolat|glace|biscuits?|chargeur|telephone|portable|sweat|boisson|nuggets|part|"
        r"place|gouter|dessert|croissant|pain)|reveilles|regardes? (?:\w+ ){0,3}?sans moi)"
    ),
    "pt": (
        r"\bse (?:voce |tu )?(?:me )?(?:\w+ ){0,2}?(?:der spoiler|deres spoiler|fizer spoiler|"
        r"spoilar|spoiler\w*|contar (?:\w+ )?o final|(?:comer|beber|mexer|pegar|roubar|tocar) (?:\w+ )?"
        r"(?:n?[oa]s? )?(?:minhas?|meus?|ultim[oa]s?) (?:\w+ )?(?:batatas?|fritas|salgadinhos?|doces?|"
        r"chocolates?|pizza|sorvete|biscoitos?|bolachas?|carregador|celular|moletom|lanche|nuggets|"
        r"pedaco|fatia|lugar|brigadeiros?|coxinhas?)|me acordar|assistir (?:\w+ ){0,3}?sem mim)"
    ),
    "de": (
        r"\b(?:wenn|falls) du (?:mir )?(?:\w+ ){0,3}?(?:spoiler\w*|(?:das|vom) ende (?:verratst|"
        r"erzahlst|sagst|spoilerst)|(?:meine|mein|meinen|das letzte|den letzten|die letzte) (?:\w+ )?"
        r"(?:pommes|chips|pizza|schokolade|essen|snacks?|sussigkeiten|kekse?|eis|kuchen|getrank|"
        r"ladekabel|handy|hoodie|platz|stuck|nuggets|brot|doner|gummibarchen) (?:\w+ )?(?:isst|"
        r"trinkst|nimmst|klaust|anfasst|aufisst|wegisst|wegnimmst|leerst|benutzt)|mich weckst|"
        r"(?:ohne mich) (?:\w+ ){0,2}?(?:schaust|guckst|anfangst|weiterschaust|spielst))"
    ),
    "it": (
        r"\bse (?:tu )?(?:mi )?(?:\w+ ){0,2}?(?:fai spoiler|spoiler\w*|spoileri|(?:dici|racconti|"
        r"sveli) (?:\w+ )?(?:il finale|come finisce)|(?:mangi|bevi|tocchi|prendi|rubi|finisci) "
        r"(?:\w+ )?(?:le mie|il mio|la mia|i miei|l'ultim[oa]) (?:\w+ )?(?:patatine|caramelle|pizza|"
        r"cioccolat\w+|gelato|biscotti|merendina|caricatore|telefono|felpa|nuggets|pezzo|fetta|posto|"
        r"panino|dolci|snack)|mi svegli|guardi (?:\w+ ){0,3}?senza (?:di )?me)"
    ),
}
_TRIVIAL_RX = fastre.compile("|".join(_TRIVIAL.values()))
# how far the conditional may sit from the match: right after it ("te mato si ..."), a
# word or two later ("i'll kill you honestly if ..."), or earlier in the sentence
_AFTER_GAP = 20
_BEFORE_WINDOW = 90

# what makes the threat serious anywhere in the message
_SERIOUS = fastre.compile(
    r"\b(?:(?:tell|tells|told) (?:(?:the |a |your |ur |my |our |any )?(?:teacher|teachers|miss|sir|"
    r"head|principal|police|cops|mum|mom|dad|parents|family|anyone|anybody|someone|everyone|"
    r"counsell?or|adult)|on me)|snitch\w*|grass on|teachers?|police|cops|anyone|anybody|"
    r"after school|tomorrow|knife|gun|stab|weapon|not (?:joking|kidding)|i mean it|for real|"
    r"deadass|watch your back|know where you live|pics|pictures|nudes|send me|"
    # es fr pt de it
    r"(?:a )?alguien|a nadie|profe\w*|policia|tus padres|a la salida|cuchillo|navaja|no es broma|"
    r"en serio|quelqu'un|personne|prof|flics|tes parents|a la sortie|couteau|pas une blague|"
    r"je suis serieux|alguem|ninguem|professora?|teus pais|seus pais|na saida|faca|nao e "
    r"brincadeira|to falando serio|jemandem|niemandem|lehrer\w*|polizei|deinen eltern|nach der "
    r"schule|messer|kein (?:witz|scherz)|ich meine es ernst|qualcuno|nessuno|polizia|ai tuoi|"
    r"all'uscita|coltello|non scherzo|sul serio)\b"
)
_SENT_END = fastre.compile(r"[.!?]")


def _condition_near(text: str, start: int, end: int) -> bool:
    """A trivial conditional starting at most `_AFTER_GAP` characters after
    the match, or earlier in its sentence, with no sentence end between."""
    m = _TRIVIAL_RX.search(text, end, min(len(text), end + _AFTER_GAP + 200))
    if m is not None and m.start() - end <= _AFTER_GAP and not _SENT_END.search(text, end, m.start()):
        return True
    lo = max(0, start - _BEFORE_WINDOW)
    for s in _SENT_END.finditer(text, lo, start):
        lo = s.end()
    return _TRIVIAL_RX.search(text, lo, start) is not None


def trivial_threat_frame(text: str, start: int, end: int) -> str | None:
    """'hyperbole' when the threat at text[start:end] is a kill verb whose
    condition is a spoiler, food or a trifle (module doc)."""
    if _KILL.search(text, start, end) is None or not _condition_near(text, start, end):
        return None
    if _SERIOUS.search(text) is not None:
        return None
    return "hyperbole"
