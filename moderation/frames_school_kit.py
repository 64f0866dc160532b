"""A pencil case or a sharpener with everyday things in it, for the learned
scorer (`frames_more.everyday_reason`).

Why: "escondo los dulces en el estuche para que mi hermano no se los coma",
"je cache mes bonbons dans ma trousse", "aku sembunyiin permen di kotak
pensil", "mon taille-crayon est dans ma trousse, quelqu'un a une gomme" and
"मेरा शार्पनर पेंसिल बॉक्स में है, किसी के पास रबर है" were held by the
scorer alone (2.0 to 4.3): it reads a pencil case, a sharpener and hiding
as the blade kept hidden of `selfharm_means_seek.py`, whose rules want the
blade itself and pass these lines.  Sweets, a phone, a vape, an eraser
or pens named with the pencil case or the sharpener, or a sharpener that
broke or is bought at the school shop, is that everyday reading.

What still reaches the scorer: any message that names a means (a blade, a
razor, pills: `frames_more._MEANS`), so "the blade from my sharpener is in
my pencil case, next to my pens" is read as before, and a pencil case with
nothing everyday named.
"""

from __future__ import annotations

from . import fastre

_KIT = fastre.compile(
    r"\b(?:pencil ?case|pencil tin|pencil box|compass box|geometry box|sharpeners?|federmappchen|mappchen|"
    r"anspitzer|spitzer|estuche|lapicera|cartuchera|sacapuntas|estojo|apontador|trousse|taille crayons?|"
    r"astuccio|temperin[oi]|пенал\w*|точилк\w*|piornik\w*|temperowk\w*|kalemlig\w*|kalemlik\w*|kalemtiras\w*|"
    r"kotak pensil|tempat pensil|rautan\w*|ma2lame|ma2lama|brayeh)\b|مقلم|براي[هات]|笔袋|铅笔盒|文具盒|卷笔刀|"
    r"पेंसिल बॉक्स|शार्पनर"
)
_THING = fastre.compile(
    # en de es pt
    r"\b(?:sweets|candy|candies|chocolates?|gum|snacks?|phone|vape|money|notes?|eraser|rubber|pens|earbuds|"
    r"airpods|lip ?gloss|lipstick|sussigkeiten|schokolade|kaugummi|handy|geld|zettel|radiergummi|stifte|"
    r"dulces|caramelos|chuches|chicle|celular|movil|dinero|goma|borrador|lapices|plumas|doces|balas|"
    r"chiclete|dinheiro|bilhete|borracha|canetas|"
    # fr it ru pl
    r"bonbons|chocolat|telephone|portable|puff|argent|gomme|stylos|caramelle|dolci|cioccolat\w*|telefono|"
    r"cellulare|soldi|bigliett\w*|gomma|penne|matite|конфет\w*|шоколад\w*|жвачк\w*|телефон\w*|вейп\w*|"
    r"деньг\w*|записк\w*|ластик\w*|ручк\w*|карандаш\w*|slodycze|cukierki|czekolad\w*|gumk\w*|telefon\w*|"
    r"pieniadze|karteczk\w*|dlugopis\w*|olowk\w*|"
    # tr id, Arabizi, Hinglish ("kalem" and "pensil" are in the pencil case's own name)
    r"seker\w*|cikolata\w*|sakiz\w*|silgi\w*|kalemlerim|permen|coklat|cokelat|hp|handphone|duit|uang|"
    r"penghapus|pulpen|mobile|7elw|telw|m7aye|mtaye|toffee|paise|pen)\b|"
    # broke or bought at the school shop ("czy w sklepiku szkolnym są temperówki? moja się zepsuła")
    r"\b(?:broke|broken|kaputt|rompio|roto|quebrou|casse|rotto|сломал\w*|zepsul\w*|kirildi|rusak|inkasar\w*|"
    r"school shop|schulkiosk|papeleria|papelaria|cooperative|bar della scuola|ларьк\w*|ларек|sklepik\w*|"
    r"kantin\w*|koperasi)\b|"
    # ar, Devanagari, zh
    r"الحلو|حلو|شوكولا\S*|علكه|جوال|الجوال|موبايل|فيب|مصاري|فلوس|محايه|المحايه|اقلام|انكسر\S*|مقصف|"
    r"टॉफी|चॉकलेट|फोन|पैसे|रबर|पेन(?!\S)|टूट|दुकान|糖|巧克力|口香糖|手机|电子烟|钱|纸条|橡皮|坏了|小卖部"
)


def school_kit_reason(text: str) -> bool:
    """A pencil case or a sharpener with an everyday thing (the caller has
    checked that no means is named)."""
    return _KIT.search(text) is not None and _THING.search(text) is not None
