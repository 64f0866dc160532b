"""Turkish discussion / reporting frames, searched in the sentence text before a hit.

Written in the folded form (ş->s, ı->i ...).  A frame excuses directed rules
(grooming, insults, threats) and, for third-person advice ("eğer bir
arkadaşın ölmek istediğini söylerse ..."), the generic self-harm rules."""

from __future__ import annotations

FRAMES: list[str] = [
    # someone in authority said / explained it
    r"\b(?:ogretmen\w*|hoca\w*|rehber ogretmen\w*|psikolog\w*|mudur\w*|polis\w*|uzman\w*|"
    r"doktor\w*|annem|babam) (?:\w+ ){0,3}?(?:dedi|diyor|soyledi|soyluyor|anlatti|anlatiyor|"
    r"acikladi|uyardi|ogretti)\b",
    # hypotheticals: "eğer biri ... derse", "biri sana ... yazarsa"
    r"\b(?:eger|egerki|sayet) (?:\w+ ){0,2}?(?:biri|birisi|arkadas\w*|yabanci\w*|tanimadig\w*|"
    r"yetiskin\w*|sana|size|cocuk\w*|insanlar|kimse)\b|\bbiri (?:sana|size) (?:\w+ ){0,4}?"
    r"\w+(?:rsa|rse)\b",
    # lessons and class discussions
    r"\bders(?:te|de|imizde|lerde)\b|\b(?:konustuk|ogrendik|tartistik|anlattilar|gosterdiler|"
    r"izledik|ogrettiler)\b|\bseminer\w*|\bsunum\w*",
    # reports: "bir yabancı bana yazdı", "biri bana ... dedi"
    r"\b(?:biri|birisi|bir adam|bir yabanci|yabanci bir \w+|tanimadigim biri|bir hesap|bir bot|"
    r"o|onlar|adam|cocuklar|sinifimdakiler|dolandirici\w*|sapik\w*)\b[^.!?]{0,60}?\b(?:bana|"
    r"arkadasima|kardesime|ona|bize) (?:\w+ ){0,4}?(?:yazdi|dedi|soyledi|istedi|gonderdi|atti|"
    r"teklif etti|tehdit etti|sordu|mesaj atti)\b",
    r"\b(?:bana|ona|bize|arkadasima) (?:\w+ ){0,3}?(?:yazdi|yaziyor|yazmis|dedi|demis|istedi|"
    r"istemis|sordu|sormus)\b",
    # what should happen / advice and warnings
    r"\b(?:platform\w*|sosyal medya\w*|uygulama\w*|moderator\w*|site\w*|sirket\w*) (?:\w+ ){0,3}?"
    r"(?:silmeli|engellemeli|yasaklamali|kontrol etmeli|korumali)\b",
    r"\b(?:asla|sakin|hicbir zaman) (?:\w+ ){0,3}?(?:gonderme|atma|verme|soyleme|bulusma|paylasma|"
    r"guvenme|ekleme)\w*|\bne yapmali\w*|\bne yapmaliyim\b|\bnasil (?:yardim|anlarim|anlasilir|"
    r"korunur|sikayet)\w*|\bnedir\b|\bne demek\b|\bmesela\b|\bornegin\b|\bgibi mesajlar\w*|"
    r"\bdiye (?:yaziyorlar|yazarlar|mesaj)\w*",
    # talk about a topic
    r"\b(?:intihar|kendine zarar verme|zorbalik|taciz|istismar) (?:hakkinda|ile ilgili|"
    r"konusunda|onleme\w*)\b|\bhaber\w*de\b|\bvideoda\b|\bdizide\b|\bfilmde\b|\bkitapta\b",
]
