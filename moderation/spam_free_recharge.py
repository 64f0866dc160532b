"""Free-recharge link spam (appended to `spam.RULES` after spam_game_support.py;
rule `spam:scam`, blocked): "clicca qui per la ricarica gratis", "recarga
gratis, haz clic aquí", "recharge gratuite de 20€, clique ici", "kostenloses
guthaben, klick hier", "ücretsiz internet paketi için buraya tıkla", "pulsa
gratis buat semua, klik di sini", "رصيد مجاني اضغط على الرابط".

The free-currency rules (spam.py, spam_credentials.py, the packs) know game
currency - robux, diamonds, UC - and English "click here"; phone credit,
mobile data and top-ups offered for free with a click were held only in a
few languages (ru, pl, hi).  Written as a class for en es fr pt de it ru tr
pl id ar hi: something free - a recharge, phone credit, mobile data,
internet, gigabytes - and a call to click, tap or open a link (or a
domain), in either order, in one stretch without a question mark.

What passes: a recharge with no click ("my mum gave me a free recharge for
my birthday" - though the Hindi pack's "free recharge" rule holds that one
on its own), a question or warning ("is free recharge a scam? my cousin
clicked it", "don't click free recharge links": the scam frame and the
warning look-ahead), school ("the school gives free mobile data, click the
link on classroom"), and stories in the past ("clicked").
"""

from __future__ import annotations

from .rules import Rule, rule
from .spam_support import _NOT_WARNED

# a school or class link is how the consultation and lessons work
_NOT_SCHOOL = (r"(?!.*\b(?:homework|assignment|class|classroom|lesson|teacher|school|survey|tarea|deberes|"
               r"clase|escuela|devoirs|classe|ecole|hausaufgaben|klasse|schule|lehrer|compiti|scuola|"
               r"dever|escola|aula|professor|odev|okul|ogretmen|szkola|lekcja|sekolah|tugas|guru|"
               r"madrasa|مدرسه|واجب|школ\w*|урок\w*)\b)")
_DOMAIN = r" \. (?:com|ly|xyz|link|site|online|top|info|net|me|io|app|shop|vip|cc|win|gift|live|club)\b"

# lang: (free, what is free, a call to click or open)
_LANGS: dict[str, tuple[str, str, str]] = {
    "en": ("free",
           r"recharges?|mobile recharge|top ?ups?|topup|mobile data|data|airtime|credit|phone credit|"
           r"internet|gb|\d+ ?gb|balance|talktime",
           r"click|tap|press|open the link|visit|claim now|claim it|link below|link in (?:my )?bio"),
    "it": (r"gratis|gratuit[aeio]|omaggio|in regalo",
           r"ricarica|ricariche|credito|giga|traffico|internet|gb|\d+ ?gb",
           r"clicca|cliccate|clicka|tocca|premi|vai sul link|link|entra"),
    "es": (r"gratis|gratuit[ao]s?|de regalo",
           r"recarga|recargas|saldo|datos|megas|internet|credito|gigas|gb|\d+ ?gb",
           r"haz clic|haz click|da clic|dale clic|dale click|pincha|pulsa|toca|entra|clic|click|enlace|"
           r"link"),
    "fr": (r"gratuit|gratuite|gratuits|gratuites|offerte?s?|gratos",
           r"recharge|recharges|credit|forfait|internet|data|go|gigas|\d+ ?go",
           r"clique|cliquez|clic|click|appuie|appuyez|lien|link"),
    "pt": (r"gratis|gratuit[ao]s?|de graca",
           r"recarga|recargas|credito|creditos|internet|dados|giga|gigas|saldo|\d+ ?gb",
           r"clique|clica|clicar|toque|acesse|acessa|entra|link"),
    "de": (r"kostenlos\w*|gratis|umsonst|geschenkt",
           r"guthaben|handyguthaben|aufladung|aufladen|datenvolumen|internet|gb|\d+ ?gb",
           r"klick|klicke|klickt|klicken|anklicken|tipp|tippe|link"),
    "ru": (r"бесплатн\S*|халяв\S*|даром",
           r"пополнени\S*|баланс\S*|интернет\S*|гигабайт\S*|гб|трафик\S*|связ\S*",
           r"жми|нажми|нажимай|переходи|перейди|ссылк\S*|кликай|кликни"),
    "tr": (r"bedava|ucretsiz",
           r"yukleme|kontor|internet|gb|\d+ ?gb|bakiye|paket\w*",
           r"tikla\w*|link\w*|buraya gir|girin"),
    "pl": (r"darmow\w*|za darmo|gratis",
           r"doladowani\w*|internet|gb|\d+ ?gb|srodki|kredyt|pakiet\w*",
           r"kliknij|klikaj|klikajcie|wejdz|link\w*"),
    "id": (r"gratis|free|cuma cuma|cuma2",
           r"pulsa|kuota|paket data|saldo|internet|gb|\d+ ?gb",
           r"klik|klick|tap|buka link|cek link|link|kunjungi"),
    "ar": (r"مجاني|مجانا|مجانيه|ببلاش|بلاش|هديه",
           r"شحن|رصيد|الرصيد|انترنت|الانترنت|باقه|بيانات|جيجا|ميجا",
           r"اضغط|انقر|ادخل|افتح|الرابط|رابط|اللينك|لينك"),
    "hi": (r"free|muft|mufte",
           r"recharge|data|balance|talktime",
           r"click|clik|link|yahan click"),
}

_TRIGGERS = {
    "en": "free",
    "it": "gratis gratuita gratuito gratuite gratuiti omaggio regalo",
    "es": "gratis gratuita gratuito gratuitas gratuitos regalo",
    "fr": "gratuit gratuite gratuits gratuites offert offerte offerts offertes gratos",
    "pt": "gratis gratuita gratuito gratuitas gratuitos graca",
    "de": "kostenlos kostenlose kostenloses kostenlosen kostenloser gratis umsonst geschenkt",
    "ru": "бесплатно бесплатный бесплатная бесплатное бесплатные бесплатного бесплатную халява халявный "
          "халявное даром",
    "tr": "bedava ucretsiz",
    "pl": "darmowe darmowy darmowa darmowego darmowych darmo gratis",
    "id": "gratis free cuma cuma2",
    "ar": "مجاني مجانا مجانيه ببلاش بلاش هديه",
    "hi": "free muft mufte",
}
_REQUIRES = {
    "en": "recharge recharges mobile top topup topups data airtime credit internet gb balance talktime",
    "it": "ricarica ricariche credito giga traffico internet gb",
    "es": "recarga recargas saldo datos megas internet credito gigas gb",
    "fr": "recharge recharges credit forfait internet data go gigas",
    "pt": "recarga recargas credito creditos internet dados giga gigas saldo gb",
    "de": "guthaben handyguthaben aufladung aufladen datenvolumen internet gb",
    "ru": "пополнение пополнения пополнением баланс баланса баланса интернет интернета гигабайт "
          "гигабайты гб трафик трафика связь",
    "tr": "yukleme kontor internet gb bakiye paket paketi paketleri",
    "pl": "doladowanie doladowania internet gb srodki kredyt pakiet pakiety",
    "id": "pulsa kuota data saldo internet gb",
    "ar": "شحن رصيد الرصيد انترنت الانترنت باقه بيانات جيجا ميجا",
    "hi": "recharge data balance talktime",
}


def _pattern(free: str, what: str, cta: str) -> str:
    offer = (r"\b(?:(?:" + free + r") (?:\S+ ){0,3}?(?:" + what + r")|(?:" + what + r") (?:\S+ ){0,3}?(?:"
             + free + r"))\b")
    click = r"(?:\b(?:" + cta + r")\b|" + _DOMAIN + r")"
    return (r"(?:" + offer + r"[^?]{0,60}?" + click + r"|" + click + r"[^?]{0,40}?" + offer + r")"
            + _NOT_SCHOOL + _NOT_WARNED)


RULES: list[Rule] = [
    rule("spam:scam", "spam", _TRIGGERS[lang], _pattern(*parts), requires=_REQUIRES[lang])
    for lang, parts in _LANGS.items()
]
