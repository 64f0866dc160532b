"""Polish discussion / reporting frames, searched in the sentence text before a hit
(folded form: no Polish letters, ł -> l)."""

from __future__ import annotations

FRAMES: list[str] = [
    # someone in authority said / explained it
    r"\b(?:nauczyciel\w*|pani|pan|wychowawc\w*|pedagog\w*|psycholog\w*|dyrektor\w*|policjant\w*|"
    r"prowadzac\w*|trener\w*) (?:\w+ ){0,2}?(?:powiedzial\w*|mowil\w*|mowi|tlumaczyl\w*|"
    r"wytlumaczyl\w*|ostrzegal\w*|ostrzegl\w*|uczyl\w*|radzil\w*)\b",
    # hypotheticals: "jeśli ktoś ...", "gdyby kolega pisał ..."
    r"\b(?:jesli|jezeli|jak|gdy|kiedy|gdyby) (?:\w+ )?(?:ktos|kolega|kolezanka|przyjaciel\w*|"
    r"przyjaciolka|obcy|nieznajom\w*|dorosly|ci|tobie|wam|dziecko|uczen)\b",
    # lessons and class discussions
    r"\bna (?:lekcji|lekcjach|wychowawczej|godzinie wychowawczej|warsztatach|pogadance|"
    r"apelu)\b|\b(?:rozmawialismy|rozmawialysmy|uczylismy sie|uczylysmy sie|mowilismy|"
    r"dowiedzielismy sie|omawialismy) (?:\w+ )?(?:o|na temat)\b",
    # reports: "ktoś mi napisał", "jakiś typ pisał do mnie"
    r"\b(?:ktos|jakis \w+|jakas \w+|obcy|nieznajom\w*|typ|koles|facet|gosc|on|ona|oni|konto|"
    r"bot|oszust\w*|pedofil\w*|dziewczyny|chlopaki|ludzie|oni)\b[^.!?]{0,50}?\b(?:napisal\w*|"
    r"pisal\w*|pisze|pisza|powiedzial\w*|mowil\w*|mowi|prosil\w*|poprosil\w*|kazal\w*|"
    r"grozil\w*|wyslal\w*|proponowal\w*|zaproponowal\w*|pytal\w*|zapytal\w*|nazywa\w*|"
    r"wyzywa\w*)\b",
    r"\b(?:mi|mnie|jej|jemu|nam|kolezance|koledze|siostrze|bratu) (?:\w+ )?(?:napisal\w*|"
    r"pisal\w*|kazal\w*|grozil\w*|proponowal\w*)\b",
    # what should happen / advice and warnings
    r"\b(?:platform\w*|serwis\w*|aplikacj\w*|moderator\w*|admin\w*|firm\w*) (?:\w+ )?"
    r"(?:powinn\w*|musz\w*|maja)\b|\bnigdy nie (?:\w+ )?(?:wysylaj|podawaj|mow|spotykaj|dodawaj|"
    r"ufaj|pokazuj)\w*|\bco (?:zrobic|robic|mam zrobic)\b|\bjak (?:pomoc|reagowac|rozpoznac|"
    r"zglosic)\b|\bco to (?:znaczy|jest)\b|\bna przyklad\b|\bnp\b|\bwiadomosci typu\b|"
    r"\bteksty typu\b",
    # talk about a topic
    r"\b(?:o|na temat|przeciw) (?:samobojstw\w*|samookalecz\w*|przemoc\w*|hejc\w*|"
    r"cyberprzemoc\w*|groomingu?|uwodzeni\w*)\b|\bw (?:wiadomosciach|filmie|ksiazce|serialu|"
    r"artykule|piosence)\b",
]
