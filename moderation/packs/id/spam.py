"""Indonesian spam rules: free game currency and link scams."""

from __future__ import annotations

from ...rules import Rule, rule

SPAM: list[Rule] = [
    rule("spam:scam", "spam",
         "gratis bagi bagi giveaway",
         r"\b(?:gratis|bagi bagi|giveaway) (?:\w+ )?(?:robux|diamond|dm|uc|skin|pulsa|kuota|iphone)"
         r"\w*\b(?![^.!?]{0,40}\b(?:penipuan|hoax|hoaks|bohong|scam|jangan percaya|modus)\b)"),
    rule("spam:scam", "spam",
         "klik cek buka",
         r"\b(?:klik|cek|buka) (?:\w+ )?(?:link|linknya|link di bio|bio)\b(?![^.!?]{0,30}\b(?:zoom|"
         r"meet|tugas|kelas|absen|guru|sekolah|classroom)\w*\b)"),
]
