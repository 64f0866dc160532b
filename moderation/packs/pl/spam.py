"""Polish spam rules: free game currency and link scams."""

from __future__ import annotations

from ...rules import Rule, rule

SPAM: list[Rule] = [
    rule("spam:scam", "spam",
         "darmowe darmowy darmowa za darmo rozdaje rozdajemy",
         r"\b(?:darmowe|darmowy|darmowa|rozdaje|rozdajemy) (?:\w+ )?(?:robux\w*|vbucks\w*|v dolce|"
         r"skin\w*|gemy|diament\w*|nitro|iphone\w*)\b(?![^.!?]{0,40}\b(?:oszust\w*|scam\w*|"
         r"nie istnie\w*|uwazaj\w*|sciem\w*))|\b(?:robux\w*|vbucks\w*|skiny) za darmo\b"
         r"(?![^.!?]{0,40}\b(?:oszust\w*|scam\w*|nie istnie\w*|uwazaj\w*|sciem\w*))"),
    rule("spam:scam", "spam",
         "kliknij klikaj wejdz wejdzcie",
         r"\b(?:kliknij|klikaj|wejdz|wejdzcie) (?:\w+ )?(?:w link|link|w bio|na profil|w opis)\b"
         r"(?![^.!?]{0,30}\b(?:lekcj\w*|teams\w*|zoom\w*|ankiet\w*|szkol\w*|librus\w*))"),
]

# trading follows ("obserwuj za obserwuj", "sub za suba", "lajk za lajk") and
# cheap currency or accounts for sale with "pisz priv"; "zaobserwowala mnie"
# is news, a buyer's question cannot reach the call-to-action
_TRADE = r"(?:obserwuj|obserwacja|obserwacje|obserwke|sub|suba|subik|subika|like|lajk|lajka|follow)"
SPAM += [
    rule("spam:promo", "spam",
         "obserwuj obserwacja obserwacje obserwke sub suba subik like lajk lajka follow oddam "
         "oddaje odwdziecze odwdzieczam",
         r"\b" + _TRADE + r" za " + _TRADE + r"\b(?![^.!?]{0,40}\b(?:glupie|zenada|cringe|"
         r"zakazane)\b)|\b(?:obserwuj|zaobserwuj|obserwujcie|subskrybuj|sub\w*)\b[^.?]{0,40}?\b"
         r"(?:oddam|oddaje|odwdziecze|odwdzieczam) (?:sie )?(?:obserwacj\w*|sub\w*|follow\w*)"),
    rule("spam:promo", "spam", "tanie tanio sprzedam sprzedaje",
         r"\b(?:tanie|tanio|sprzedam|sprzedaje) (?:\w+ ){0,2}?(?:robux\w*|vbucks\w*|v dolce|konta|"
         r"konto|skin\w*|diament\w*|obserwuj\w*)\b[^?]{0,60}?\b(?:pisz|piszcie|napisz|priv|pv|dm|"
         r"kontakt|whatsapp)\w*\b(?![^.!?]{0,40}\b(?:oszust\w*|scam\w*|sciem\w*)\b)",
         requires="pisz piszcie napisz priv pv dm kontakt whatsapp"),
]
