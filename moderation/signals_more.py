"""Fourth round of weak self-harm cues (signals stage), kept apart from
`signals_weak.py` (long already) and merged into its families at import.

Each entry adds alternatives to an existing family; the family semantics
stay the same (one family alone never holds, two different ones in a
first-person message do; farewell/goodbye/final/notes need no pronoun).
Written from the *classes* of a blind evaluation's misses, not its
sentences, with hard negatives in tests/moderation/test_selfharm_signals_more.py:

* absence with a time: "main kal tak nahi rahunga" (I won't be here by
  tomorrow), Arabizi "law ma kont mawjoud", "i shouldn't be here / exist";
* burden: Arabizi "ana 3eb2 3ala ahli", "i am the mistake / a waste of space";
* farewell in Hinglish: "sabko bye", "bye sab";
* absence: "goodbye for real" (next to "goodbye forever");
* goodbye: "my last day in this chat / here" (not a move, a trip, school),
  farewell letters in it/es/pt/fr ("lettere di addio");
* notes: letters written for the family in Italian, Spanish, Portuguese;
* final: a deadline on life ("if things don't get better by my birthday"),
  a day picked (zh "决定好日子了");
* conceal: a hoodie at "30 degrees"; injury: "can't let anyone see my arms"
  (not a sunburn, a tattoo, hairy arms);
* roofs: "what's the tallest building you can get on the roof of" (not for
  the view or the fireworks);
* lethal: "does an overdose hurt"; research: "not for a school project" (a
  denial of the usual excuse);
* zh burden: "不会再麻烦任何人" (won't bother anyone again).
"""

from __future__ import annotations

from .rules import group_end

MORE: dict[str, tuple[str, str]] = {
    "absence": (
        "rahunga rahungi mawjoud mawjood mawgood mawjud here exist born goodbye",
        r"goodbye for real(?! (?:this time )?(?:i am|im|going to|gonna|off to) (?:sleep|bed|go to bed|"
        r"study|revise|dinner))|"
        r"(?:main|mai|mein) (?:kal|kal subah|parso|aaj raat|subah|agle hafte) tak nahi (?:rahunga|"
        r"rahungi|bachunga|bachungi)|(?:law|lau|lw|iza|eza|lamma) (?:ma|mish|mesh) (?:kont|kunt|"
        r"konet|kint) (?:mawjoud|mawjood|mawgood|mawjud|mawjoude|mawjouda)|i (?:should not|shouldnt|"
        r"should never|was never meant to) (?:be here|exist|have been born)(?![^.!?]{0,40}\b(?:test|"
        r"exam|homework|bed|late|revising|revise|school|class|lesson|without|party|allowed|awake|"
        r"up|online|on my phone)\b)",
    ),
    "burden": (
        "3eb2 eeb2 eb2 3ib2 eib2 mistake waste",
        r"(?:ana )?(?:3eb2|eeb2|3ib2|eib2|eb2) (?:eala|3ala|3la|ala|ela|eal) (?:ahli|ahly|ahlak|"
        r"el ?eayle|el ?3ayle|eayelti|3ayelti|3a2elti|eaelti|el kol|kolkom|kol el nas)|i am (?:the|"
        r"a|such a|just a) (?:mistake|waste of space|waste of air|waste of oxygen)(?= [.!?]|$| i | "
        r"and | everyone| to everyone)",
    ),
    "farewell": (
        "sabko sab bye",
        r"sabko bye|sab ko bye|bye sabko|bye sab ko|bye (?:everyone|all) forever",
    ),
    "goodbye": (
        "last real addio despedida adieu",
        r"(?:this is |today is |its |it is )?my last day (?:in this chat|here|on here|in this "
        r"group|in the group|alive|on earth)(?!.*\b(?:moving|move|holidays?|vacation|trip|new "
        r"school|graduat\w*|last day of (?:school|term)|work experience|internship|job)\b)|"
        r"letter[ae] di addio|lettera d'addio|cartas de despedida|lettres d'adieu|cartas de "
        r"despedida|abschiedsbriefe",
    ),
    "notes": (
        "scritto scritte escribi escrevi",
        r"ho scritto (?:delle |le |una |alcune )?letter[ae] (?:di addio |d'addio )?(?:a|per|alla|"
        r"ai) (?:la mia famiglia|mia famiglia|mia madre|mia mamma|mio padre|mio papa|i miei|i miei "
        r"genitori|tutti|i miei amici|mia sorella|mio fratello)|escribi (?:unas |las |una )?cartas? "
        r"(?:de despedida )?(?:para|a) (?:mi familia|mis padres|mi mama|mi madre)|escrevi (?:umas |as "
        r"|uma )?cartas? (?:de despedida )?(?:pra|para|a) (?:minha familia|meus pais|minha mae)",
    ),
    "final": (
        "better birthday christmas",
        r"if nothing (?:changes|gets better|improves) (?:by|before|until|till) (?:my birthday|"
        r"christmas|the end of (?:the|this) (?:month|year|week)|new year|summer|\w+day)|"
        r"if (?:things|it|life|nothing|everything) (?:do not|does not|dont|doesnt|do n't|will not|"
        r"wont) (?:get|gets|start getting|change|changes) (?:any )?(?:better|different) (?:by|before|"
        r"until|till) (?:my birthday|christmas|the end of (?:the|this) (?:month|year|week)|new "
        r"year|summer|\w+day)",
    ),
    "conceal": (
        "degrees",
        r"(?:[2-4]\d|thirty|forty|boiling|roasting) degrees[^.!?]{0,40}?\b(?:hoodie|hoodies|jumper|"
        r"jumpers|long sleeves|sweater|jacket)\b|\b(?:hoodie|hoodies|jumper|jumpers|long sleeves|"
        r"sweater|jacket)\b[^.!?]{0,40}?(?:[2-4]\d|thirty|forty|boiling|roasting) degrees",
    ),
    "injury": (
        "let",
        r"(?:can not|cannot|cant|can't|do not|dont|never) let (?:anyone|anybody|people|them|my \w+|"
        r"no one|nobody) see my (?:arms|wrists|legs|thighs|stomach|skin)(?![^.!?]{0,40}\b(?:sunburn|"
        r"sunburnt|eczema|tattoo|tattoos|rash|hairy|hair|fat|flabby|skinny|bruise from|stretch "
        r"marks|spots|acne|freckles|birthmark)\b)",
    ),
    "roofs": (
        "tallest highest building buildings",
        r"(?:which|what) (?:is )?(?:the )?(?:tallest|highest|biggest|best)? ?(?:buildings?|bridges?|"
        r"places?|parking garages?|car parks?) (?:\w+ ){0,6}?(?:get onto|get on|get up to|access|go "
        r"up to|onto|get on to) (?:the )?(?:roof|rooftop|top)(?![^.!?]{0,60}\b(?:view|views|"
        r"fireworks|photo|photos|pictures?|sunset|sunrise|drone|trip|tour|party|garden|bar|"
        r"restaurant)\b)",
    ),
    "lethal": (
        "hurt hurts painful",
        r"overdose (?:hurt|hurts|is painful|would hurt|painful)|(?:does|would|do) (?:an? )?(?:\w+ )?"
        r"overdose (?:hurt|be painful)",
    ),
    "research": (
        "project homework assignment essay",
        r"not (?:for|about) (?:a |my |the |some )?(?:school |class )?(?:project|homework|"
        r"assignment|essay)(?= [.!?]|$| i | btw| lol| tho| though)",
    ),
}

ZH_MORE: dict[str, tuple[str, str]] = {
    "burden": ("麻烦 打扰 拖累", r"不会再(?:麻烦|打扰|拖累)(?:任何人|大家|你们|别人|家人)"),
    "final": ("决定好 选好 挑好", r"(?:决定好|选好|挑好|定好)(?:了)?(?:日子|时间|那天|哪天)"),
}


def _insert(pattern: str, alts: str) -> str:
    """Add `alts` inside the one wrapping group of "\\b(?:...)" (so the stage
    can still split it into literal-first alternatives), else append."""
    if pattern.startswith("\\b(?:"):
        i = group_end(pattern, 2)
        if pattern[i + 1 :] in ("", "\\b"):
            return pattern[:i] + "|" + alts + pattern[i:]
    return pattern + "|\\b(?:" + alts + ")"


def extend(families: dict[str, tuple[str, str]], more: dict[str, tuple[str, str]]) -> None:
    """Merge `more` into `families` in place (triggers joined, alternatives added)."""
    for name, (triggers, alts) in more.items():
        old_triggers, old_pattern = families[name]
        if any("\u4e00" <= ch <= "\u9fff" for ch in alts):
            families[name] = (old_triggers + " " + triggers, old_pattern + "|" + alts)
        else:
            families[name] = (old_triggers + " " + triggers, _insert(old_pattern, alts))
