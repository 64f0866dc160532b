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

# game currency or accounts for sale, cheap, then "chat admin / wa 08..."
# ("promo top up diamond ML murah!!! chat admin wa 0812..."); a buyer's
# question ("ada yang jual diamond murah?") cannot reach the call-to-action,
# and a top-up told as news with no sale word ("kemarin top up diamond terus
# chat admin karena belum masuk") has no sale cue.  The number after "wa" is
# a whole run of digits ("wa 0812 3344 5566": no word boundary inside
# "0812"), and a wa.me link is the same call-to-action ("klik wa.me/62...").
# A third person before the call-to-action is a story ("aku jual akun ff ke
# temen, terus dia chat aku")
_CUR = r"(?:diamond|dm|uc|robux|skin|pulsa|kuota|akun|followers|vbucks|coin|koin|gems|chip)\w*"
_CTA = (r"(?:(?:chat|hubungi|kontak|wa|whatsapp|dm|pm|order|inbox|japri) (?:admin|min|kami|aku|"
        r"gue|saya|ke|aja|langsung|via|wa|sekarang|\d+)|wa \. me)")
SPAM += [
    rule("spam:promo", "spam", "promo jual jualan jasa open ready diskon termurah murah",
         r"\b(?:(?:promo|jual|jualan|jasa|open|ready|diskon|termurah) (?:\w+ ){0,3}?" + _CUR
         + r"|(?:top up|topup) (?:\w+ ){0,2}?" + _CUR + r" (?:\w+ ){0,2}?(?:murah|termurah|diskon|"
         r"promo))\b(?:(?!\bdia\b)[^?]){0,60}?\b" + _CTA + r"\b(?![^.!?]{0,40}\b(?:penipuan|penipu|hoax|hoaks|"
         r"bohong|scam|modus)\b)",
         requires="chat hubungi kontak wa whatsapp dm pm order inbox japri"),
    # trading follows: "follow ya nanti aku follback", "saling follow yuk"
    rule("spam:promo", "spam", "follow folow sub subscribe like saling",
         r"\b(?:follow|folow|sub|subscribe|like)\b[^.?]{0,40}?\b(?:pasti|nanti|auto|langsung|"
         r"dijamin|aku|gue|gw|ku) (?:follback|folback|folbek|followback|follow back|follow balik|"
         r"sub balik|subscribe balik|like balik)\b|\bsaling (?:follow|sub|subscribe)\b(?: \w+){0,3}? "
         r"(?:yuk|yok|ayo|kuy|kak|gan)\b"),
]
