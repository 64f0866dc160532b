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

# a warning after the offer or its call-to-action ("takipci satisi
# dolandiricilik, dm atmayin") is talk about the scam
_NOT_WARNED = r"(?![^.!?]{0,40}\b(?:dolandiric\w*|sahte|tuzak|yasak\w*)\b)"
_GOODS = r"(?:robux|vbucks|uc|elmas\w*|hesap\w*|skin\w*|takipci\w*|begeni\w*|izlenme\w*)"

# trading follows ("takibe takip", "takip edene takip", "abone olana abone");
# "beni geri takip etmedi" (she did not follow me back) is not an offer
SPAM += [
    rule("spam:promo", "spam", "takibe takip begeniye abone aboneye karsilikli geri",
         r"\b(?:takibe takip|takip edene takip|begeniye begeni|abone olana abone|aboneye abone|"
         r"karsilikli takip|geri takip (?:yapiyorum|yaparim|veririm|garanti\w*))\b"
         r"(?![^.!?]{0,40}\b(?:sacma|sacmalik|yasak|cringe)\b)"),
    # cheap currency or accounts for sale, then "dm / whatsapp / yazin"; a
    # buyer's question cannot reach the call-to-action.  The goods may come
    # first ("takipci satisi", "hesap satiyorum") or with a price ("1000
    # takipci sadece 50 TL")
    rule("spam:promo", "spam", "ucuz uygun satilik satiyorum satisi satisimiz satis satilir tl lira takipci "
         "begeni izlenme",
         r"\b(?:(?:ucuz|uygun fiyat\w*|satilik|satiyorum) (?:\w+ ){0,2}?" + _GOODS + r"|"
         + _GOODS + r" (?:satisi|satisimiz|satis|satilir|satiyorum|satilik)|\d+ " + _GOODS
         + r" (?:sadece |yalnizca |yalniz |only )?\d+ ?(?:tl|lira)\w*)\b" + _NOT_WARNED
         + r"[^?]{0,60}?\b(?:dm|"
         r"whatsapp|wp|yaz|yazin|ulasin|"
         r"iletisim|mesaj at)\w*\b" + _NOT_WARNED,
         requires="dm dmden whatsapp wp yaz yazin ulasin iletisim mesaj"),
]
