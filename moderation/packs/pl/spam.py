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
