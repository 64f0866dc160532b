"""Passwords after chat cues the main password pass does not read.

Why: `PiiRedactor._password` (pii.py) takes "my password is X", "mot de
passe : X", "мой пароль X"; a value without an owner must be password-shaped
there, so these were shown:

* en: "the pass is sunny2011", "pass: tiger99", "pw is bluefish", "the pw
  is bluefish lol", "login is kevin2010", "login: jake", "the code to my
  account is 4471", "my phone passcode is 2580" ("the password is X" with no
  owner keeps pii.py's rule: X must be password-shaped, "the password is
  important" is a statement);
* tr: "şifrem kedi123" (the possessive is a suffix: "my password"),
  "şifre: kedi123", "instagram şifrem: kedisever";
* pl: "hasło to kotek12", "moje hasło: kotek12", "moim hasłem jest kotek12";
* id: "password gw naruto99", "kata sandinya naruto99", "sandi: naruto99",
  "passwordku naruto";
* fr/es/pt/de/it with a "for" clause the main pass does not read: "le mot
  de passe du wifi c'est maison2020".

The value (one token) is redacted when it has a digit or a symbol, or when
it is a plain word that ends the clause ("pw is bluefish", "şifrem
kedisever.") and is none of the ordinary words that follow these cues.

What must pass: "the pass is in the second half of the game" (a pass in
football), "the battle pass is 950 vbucks", "use a strong password with
symbols", "my password got leaked once so I changed it", "login is down",
"the code to my account is in my email", "şifremi unuttum" (I forgot my
password), "şifrem çok güçlü", "zmieniłam hasło" (I changed my password),
"hasło to podstawa bezpieczeństwa", "lupa password" (forgot password),
"password gw kena hack", "kata sandinya salah".  A bare "pass" is also a bus
or season pass and "code" a game or class code: both need a value with a
letter and a digit (a code: or three digits) after an owned account.
Common leaked passwords named as examples pass as in pii.py
(`example_password`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_common_passwords import example_password
from .pii_patterns import _NOT_A_PASSWORD
from .pii_real_names import fold_same_length
from .pii_scripts import _replace_spans

GATE = frozenset(
    """pass pw pwd login passcode code codes password passwd sifrem sifre sifresi parolam haslo
    hasla haslem passe sandi sandinya sandiku sandimu passwordku passwordnya pwku pin mdp contrasena clave
    senha passwort kennwort psw""".split()
)

_OWN = r"(?:my|our|mon|ma|mi|mio|mia|mein|meine|minha|meu|moje|moim|benim)"
_VALUE = r"(?P<pw>[^\s\"'”“]+)"
_EN = re.compile(
    r"(?<![\w'])(?P<who>(?:the|my|our|ur|your) )?(?P<cue>pass|pw|pwd|password|passwd|login|log-?in|"
    r"passcode)"
    # "pw for my roblox is X", "the login for the school laptop is X"
    r"(?: (?:for|to|on|of) (?:my |our |the |ur )?[\w.]+(?: [\w.]+)?)?"
    r"(?P<conn>\s*[:=]\s*| is:? | -+ )" + _VALUE
)
# "the code to my account is 4471", "my phone passcode is 2580"
_THINGS = (
    r"(?:account|acc|phone|ipad|tablet|laptop|computer|pc|locker|padlock|lock|login|profile|roblox|"
    r"fortnite|minecraft|insta|instagram|snap|snapchat|tiktok|discord|xbox|ps4|ps5|playstation|"
    r"switch|console|wifi|wi-fi|house|door|safe|lock ?screen|screen|email|gmail|steam|bank card|card)"
)
_CODE = re.compile(
    r"(?<![\w'])(?P<cue>(?:pass)?code|pin|pin code|unlock code) (?:to|for|of|on) (?:my|our|the) "
    + _THINGS + r"(?P<conn> is:? |\s*[:=]\s*)" + _VALUE
    + r"|(?<![\w'])(?:my|our) " + _THINGS + r" (?:pass ?code|code|pin|unlock code)"
    r"(?P<conn2> is:? |\s*[:=]\s*)(?P<pw2>[^\s\"'”“]+)"
)
# tr: "şifrem X" (my password), "şifre: X", "parolam şu: X"
_TR = re.compile(
    r"(?<![\w'])(?P<cue>sifrem|parolam|sifremiz)(?P<conn>\s*[:=]\s*|\s+(?:su|bu)\s*[:=]?\s*|\s+)"
    + _VALUE
    + r"|(?<![\w'])(?:sifre(?:si|niz)?|parolasi)(?P<conn2>\s*[:=]\s*)(?P<pw2>[^\s\"'”“]+)"
)
# pl: "hasło to X", "moje hasło: X", "hasło do insta to X", "moim hasłem jest X"
_PL = re.compile(
    r"(?<![\w'])(?P<who>(?:moje|nasze|twoje) )?(?P<cue>haslo)(?: (?:do|na|od) \S+(?: \S+)??)?"
    r"(?P<conn>\s*[:=]\s*| to:? | brzmi:? )" + _VALUE
    + r"|(?<![\w'])(?:moim|naszym) haslem(?: (?:do|na|od) \S+)? jest:? (?P<pw2>[^\s\"'”“]+)"
)
# id: "password gw X", "passwordku X", "kata sandinya X", "sandi: X", "pw akun ml aku X"
_ID = re.compile(
    r"(?<![\w'])(?P<cue>password|pass|pw|pwd|sandi|kata sandi|pin)(?P<suf>ku|nya)?"
    r"(?: (?:akun|acc|ig|ml|ff|wa|fb|roblox|game|hp|wifi|email|gmail|tiktok|instagram|discord|steam|"
    r"minecraft|pubg|laptop)){0,2}(?P<own> (?:gw|gue|gua|aku|saya|ku))?"
    r"(?P<conn>\s*[:=]\s*| (?:adalah|itu|tuh|yaitu|yaitu:|nya)\s+| )" + _VALUE
)
# fr/es/pt/de/it with a "for" clause: "le mot de passe du wifi c'est X"
_FOR = re.compile(
    r"(?<![\w'])(?P<cue>mot de passe|mdp|contrasena|clave|senha|passwort|kennwort|password|psw)"
    r" (?:du|des|de la|de l'|de mon|de ma|del|do|da|dos|das|della|dello|dei|vom|von|fur|zum|zur) "
    r"[\w.']+(?: [\w.']+)?(?P<conn> (?:c'est|cest|est|es|e|ist|lautet)\s*:?\s*|\s*[:=]\s*)" + _VALUE
)

# plain words that follow the cues and are no password (folded: no accents)
_STOP = frozenset(
    """in on at to for from with by of the a an my your his her our their its it this that is was
    not no never so too very really just also still already same different down up out off
    broken working slow fast wrong right correct incorrect invalid valid expired required needed
    needed necessary optional changed reset saved stolen leaked hacked lost forgotten gone
    case sensitive long short strong weak easy hard simple secret private safe unsafe hidden
    good bad fine ok okay over done free cheap expensive worth mine yours here there now later
    something nothing everything anything what who where when why how which
    sensitive dumb stupid annoying new old different same yes yeah yep nope none null true false
    required optional pending failed success successful important needed necessary essential
    useful personal key vital
    cok gizli sir uzun kisa guclu zayif kolay zor yanlis dogru ayni baska bu su o de da ve ama
    ile hep hala bile yok var ne neydi nedir mi mu kimseye aklimda bende sende sifre yine gene
    podstawa klucz sekret tajemnica cos nic twoja moja sprawa wazne najwazniejsze proste trudne
    dlugie krotkie silne slabe zle dobre to jest nie tak za i a ale albo lub ze juz jeszcze
    salah benar bener lupa apa harus minimal udah sudah sdh dah kena diganti ganti diubah berubah
    gampang susah rahasia panjang pendek kuat lemah aman ga gak nggak ngga tidak gk jangan dong
    deh sih kok ya yang di ke dari sama buat untuk aja doang banget bgt juga mah nih tuh itu ini
    lagi masih belum blm hilang dicuri dihack kehack kebobol bocor ketahuan sekarang skrg apaan
    gimana gmn berapa brp kan loh lho kak bro lah nya baru lama sendiri siapa kayak kaya pake
    pakai biar cuma cuman terus trus tapi tp dan atau""".split()
)
# after the value: the clause ends (a plain word is only a password there)
_CLAUSE_END = re.compile(
    r"\s*(?:$|[.,!?;:)\]…]|[^\w\s]|(?:lol|lmao|haha\w*|hehe\w*|btw|dont|don't|do not|pls|plz|please|"
    r"shh+|ok|okay|and|but|so|xd|tho|rn|ty|thx|thanks|bro|bruh|ama|ve|lutfen|kimseye|sakin|ale|i|"
    r"nikomu|tylko|ya|jangan|dong|wkwk\w*|tapi|dan|sih|oke)\b)",
    re.I,
)
_DIGIT = re.compile(r"\d")
_SPACED_REST = re.compile(r"(?: \S){2,}(?!\S)")
_LETTER = re.compile(r"[^\W\d_]")
_SYMBOL = re.compile(r"[^\w\s]")
# plain words with an adjective's, adverb's or verb's ending: "changed",
# "working"; Turkish "değişti", "unutulmuş"; Indonesian "diganti", "kehack"
_NOT_WORD = {
    "en": re.compile(r"..(?:ed|ing|ly|ous|ful|ive|able|ible)$"),
    "tr": re.compile(r"..(?:di|ti|du|tu|mis|mus|yor|cak|cek|meli|mali|dir|tir)$"),
    "id": re.compile(r"^(?:di|ke|ter|ber)[a-z]{3,}$"),
}
_TRIM = ".,!?;:)(\"'“”…"
# a bare "pass" that is a ticket: "the battle pass: 950 vbucks"
_PASS_KINDS = re.compile(
    r"(?:battle|bus|season|boarding|hall|day|free|backstage|vip|ski|game|train|travel|gym|"
    r"guest|press|all-access|access|monthly|weekly|annual)\s+$"
)


def more_passwords(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """Redact the passwords of the cues in the module doc; `words`: the
    message's words, or just those of them in GATE (pii.py passes its cues)."""
    if words.isdisjoint(GATE):
        return text
    folded = fold_same_length(text)
    spans: list[tuple[int, int]] = []
    for m in _EN.finditer(folded):
        cue, who, conn = m.group("cue"), (m.group("who") or "").strip(), m.group("conn").strip()
        if cue == "pass" and not who and _PASS_KINDS.search(folded, max(0, m.start() - 20), m.start()):
            continue
        own = who in ("my", "our")
        need = "mixed" if cue == "pass" else ""
        if cue in ("password", "passwd") and not own and conn not in (":", "="):
            need = "shaped"  # "the password is important": a plain word is a statement
        _take(text, folded, m, "pw", conn, need, "en", own, spans)
    for m in _CODE.finditer(folded):
        g = "pw" if m.group("pw") is not None else "pw2"
        conn = (m.group("conn") or m.group("conn2") or "").strip()
        _take(text, folded, m, g, conn, "code", "en", True, spans)
    for rx, lang in ((_TR, "tr"), (_PL, "pl"), (_FOR, "")):
        for m in rx.finditer(folded):
            g = "pw" if m.group("pw") is not None else "pw2"
            conn = (m.groupdict().get("conn" if g == "pw" else "conn2") or "").strip()
            own = (lang == "tr" and g == "pw") or (lang == "pl" and (g == "pw2" or bool(m.group("who"))))
            _take(text, folded, m, g, conn, "", lang, own, spans)
    for m in _ID.finditer(folded):
        conn = m.group("conn").strip()
        own = m.group("own") is not None or m.group("suf") == "ku"
        if not own and m.group("suf") is None and conn not in (":", "="):
            if not conn:
                continue  # "pass me the ball", "lupa password"
            need = "shaped"  # "password itu penting": a word after "itu" is a statement
        else:
            need = "mixed" if m.group("cue") == "pass" else ""
        if m.group("cue") == "pass" and not own and _PASS_KINDS.search(
            folded, max(0, m.start() - 20), m.start()
        ):
            continue
        _take(text, folded, m, "pw", conn, need, "id", own, spans)
    return _replace_spans(text, spans, "[password removed]", "pii:password", reasons)


def _take(text: str, folded: str, m: re.Match[str], g: str, conn: str, need: str, lang: str,
          own: bool, spans: list[tuple[int, int]]) -> None:
    """Add the span of the value in group `g` of `m` when it is a password
    (`own`: the writer's own, "my pw", "şifrem", "password gw")."""
    a, b = m.span(g)
    core = text[a:b].rstrip(_TRIM)
    if not core or core.startswith("[") or (len(core) == 1 and _SPACED_REST.match(text, b)):
        return  # "pw is 1 2 3 4 5 6": a spaced run is judged whole by pii_passwords_spaced
    lead = "my " if own else folded[max(0, m.start() - 30) : m.start()]
    if example_password(core, lead, conn, text[a + len(core) : a + len(core) + 12]):
        return  # "the password is 123456" as an example
    clause_end = _CLAUSE_END.match(text, a + len(core)) is not None
    if _secret(core, folded[a : a + len(core)], need, lang, clause_end):
        spans.append((a, a + len(core)))


def _secret(value: str, low: str, need: str, lang: str, clause_end: bool) -> bool:
    """Whether `value` (folded `low`) after a cue is a password; `need`:
    "mixed" (a letter and a digit or symbol: a bare "pass"), "code" (three
    digits or a letter and a digit), "shaped" (a digit or a symbol) or ""
    (any of these, or a plain word that ends the clause)."""
    if low in _STOP or low in _NOT_A_PASSWORD:
        return False
    digit = _DIGIT.search(value) is not None
    letter = _LETTER.search(value) is not None
    symbol = _SYMBOL.search(value.strip("-'")) is not None
    if need == "mixed":
        return letter and (digit or symbol)
    if need == "code":
        return (digit and letter) or sum(c.isdigit() for c in value) >= 3
    if digit or (symbol and letter):
        return True
    if need == "shaped" or not clause_end or len(low) < 3 or not low.isalpha():
        return False
    not_word = _NOT_WORD.get(lang)
    return not_word is None or not_word.search(low) is None
