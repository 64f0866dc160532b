"""Handles named with a possessive the main handle pass does not know:
Turkish suffixes, Indonesian "ig aku", Polish "mój nick na discordzie to".

Why: the main pass (`PiiRedactor._handles`) looks for a platform word
followed by joiners ("my insta is x").  These languages put the owner
*inside* or *after* the platform word:

* Turkish: "instagramım ayse.yilmaz07" (my instagram), "snapim ayse_07",
  "discord kullanıcı adım kerem#4421" (my discord username), "insta
  hesabım X" (my insta account), "tiktok adım X";
* Indonesian: "username ig aku nadia_07", "akun ig aku nadia.putri07", "ig
  aku: nadiaputri", "id ff gue 12345678" (a game id is a handle too);
* Polish: "mój nick na discordzie to kerem#4421", "mój nick to kasia_2010".

A handle-shaped token (a letter plus a digit, "_", an inner "." or a "#1234"
tag) counts after any of these cues.  A plain word counts only after an
explicit name cue (username, kullanıcı adım, nick) or when the reader is
asked to follow/add it ("instagramım aysey takip edin", "ig aku nadiaputri
follow ya"): after "instagramım" or "ig aku" a plain word is usually what
happened to the account ("instagramım kapandı", "ig aku dihack").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_handles_more import is_ordinary
from .pii_scripts import _add

_I = re.I
_PLATFORMS = (r"insta(?:gram)?|ig|snap(?:chat)?|sc|tik ?tok|tt|discord|dc|twitter|telegram|tg|"
              r"twitch|roblox|steam|youtube|yt|kick|threads|facebook|fb|ff|ml|pubg|valorant|"
              r"genshin|minecraft|epic|fortnite")
# Turkish possessive suffix on the platform word (after an apostrophe or not)
_TR_SUFFIXED = (r"(?:insta(?:gram)?|snap(?:chat)?|tik ?tok|twitter|telegram|twitch|youtube|"
                r"threads|facebook)['’]?[ıi]m|(?:discord|roblox|steam|kick|ig)['’]?[uü]m|"
                r"(?:ig|tt|sc|dc)['’]?m")
_TR_NAME = r"(?:kullan[ıi]c[ıi] ad[ıi]m|ad[ıi]m|nick(?:im|'?im)?|id['’]?[ıi]m|idm)"
_TR_ACCOUNT = r"(?:hesab[ıi]m)"
_TOKEN = r"@?(?P<h>[^\W_][\w.\-]{1,29}(?:#\d{4})?)(?![\w@#])"
_SEP = r"\s*(?:[:=]|-|\b(?:da|de|şu|su|bu)\b)?\s*"

_TR = re.compile(
    r"(?<![\w@])(?:(?P<cue>" + _TR_SUFFIXED + r")(?:\s+(?P<name>" + _TR_NAME + r"|" + _TR_ACCOUNT
    + r"))?|(?:" + _PLATFORMS + r")\s+(?P<name2>" + _TR_NAME + r"|" + _TR_ACCOUNT + r"))"
    + _SEP + _TOKEN,
    _I,
)
_ID = re.compile(
    r"(?<![\w@])(?:(?P<name>username|user(?:name)?nya|user|id|nick(?:name)?|nama)\s+|akun\s+)?"
    r"(?:" + _PLATFORMS + r")\s+(?:aku|gue|gw|saya|ku|w)"
    r"\s*(?:[:=]|-|\b(?:yaitu|adalah|ya|tuh|nih)\b)?\s*" + _TOKEN,
    _I,
)
_PL = re.compile(
    r"(?<![\w@])(?:mój|moj|moja|moje)\s+(?:(?P<name>nick|nazwa(?:\s+użytkownika|\s+uzytkownika)?|"
    r"login|username|id)|(?:" + _PLATFORMS + r"))(?:\s+(?:na|w)\s+[^\W\d_]{2,14})?\s+"
    r"(?:to|jest)\s*[:-]?\s*" + _TOKEN,
    _I,
)
# a request to follow or add the word just named
_FOLLOW_AFTER = re.compile(
    r"\s*[,!.]?\s*(?:takip|ekle|ekleyin|ekleyebilirsin|atın|atin|yazın|yazin|follow|folow|"
    r"difollow|add|follback|obserwuj|dodaj|zaobserwuj)\b",
    _I,
)
_SHAPED = re.compile(r"[\d_#]|[^\W\d_]\.[^\W\d_]")

# plain words after these cues that are not handles (what the account did)
_NOT_HANDLE = frozenset(
    """yok var kapandı kapandi kapalı kapali gizli açık acik çalındı calindi hacklendi silindi
    bozuk yeni eski çok cok biraz hep hala hâlâ artık artik zaten bile de da ve ile için icin
    neden niye nasıl nasil bence galiba sanırım sanirim şu su bu o benim senin
    dihack dihek diprivate private hilang kena udah sudah lagi baru ga gak nggak ngga enggak tidak
    belum masih juga ke di yang kok sih dong aja ini itu mati error keblokir diblokir dibanned
    kebanned sepi rame ramai jelek bagus apa mana kenapa gimana
    jest nie był byl była byla zablokowany zablokowane prywatny prywatne stary nowy taki""".split()
)
GATE = frozenset(
    """instagramim instam snapim snapchatim tiktokum tiktokim discordum robloxum steamim
    twitterim telegramim twitchim youtubeim kickim igm ttm scm dcm igim kullanici adim
    nickim hesabim idim idm username usernamenya user usernya nick nickname akun aku gue gw saya
    moj moja moje""".split()
)


def suffix_handles(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """Redact Turkish/Indonesian/Polish possessive-cued handles (see module
    doc); `words`: the message's words, or just those of them in GATE."""
    if words.isdisjoint(GATE):
        return text
    text = _TR.sub(lambda m: _decide(m, ("name", "name2"), reasons), text)
    text = _ID.sub(lambda m: _decide(m, ("name",), reasons), text)
    return _PL.sub(lambda m: _decide(m, ("name",), reasons), text)


def _decide(m: re.Match[str], strong: tuple[str, ...], reasons: list[str]) -> str:
    h = m.group("h")
    low = h.lower().rstrip(".-")
    if h.startswith("[") or low in _NOT_HANDLE or is_ordinary(low) or (h.isdigit() and len(h) < 5):
        return m.group(0)
    if _SHAPED.search(h) is None:
        named = any(
            (m.group(k) or "").lower() not in ("", "hesabım", "hesabim") for k in strong
        )
        if not named and _FOLLOW_AFTER.match(m.string, m.end()) is None:
            return m.group(0)
    _add(reasons, "pii:handle")
    return m.group(0)[: m.start("h") - m.start(0)] + "[handle removed]"
