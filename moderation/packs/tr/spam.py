"""Turkish spam rules: free game currency and link scams."""

from __future__ import annotations

from ...rules import Rule, rule

SPAM: list[Rule] = [
    rule("spam:scam", "spam",
         "bedava ucretsiz bedavaya dagitiyorum kazan",
         r"\b(?:bedava|ucretsiz|bedavaya) (?:\w+ )?(?:robux|vbucks|v bucks|uc|elmas\w*|skin\w*|"
         r"nitro|iphone)\b(?![^.!?]{0,40}\b(?:dolandiric\w*|tuzak|yalan|sahte|inanmayin))|"
         r"\b(?:robux|vbucks|uc|elmas|skin) (?:dagitiyorum|kazan|kazanmak icin)\b"),
    rule("spam:scam", "spam",
         "tikla tiklayin linke linkten biyodaki profilimdeki",
         r"\b(?:linke|linkten|baglantiya|biyodaki linke|profilimdeki linke) (?:\w+ )?(?:tikla|"
         r"tiklayin|gir|girin)\b(?![^.!?]{0,30}\b(?:ders\w*|odev\w*|zoom|anket\w*|okul\w*))"),
]
