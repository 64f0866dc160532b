"""Email addresses read aloud with the local words for "at" and "dot" that
`PiiRedactor._spoken_emails` does not know, and mail providers written in
the local script.

Why: the spoken-email pass reads "at / arroba / arobase / chiocciola /
собака / małpa / 艾特" and Latin domains only, and needs the "dot" word in
its gate, so these were shown in full:

* German "ät" ("max punkt becker ät gmx punkt de"), Turkish and Indonesian
  "et" ("burak.demir et gmail nokta com"), Indian English "at the rate"
  ("rahul123 at the rate gmail dot com": the link pass took the domain and
  left the name), Russian "собачка / эт", Arabic "آت / ات" with "دوت /
  نقطة" and "كوم", Hindi "एट / एट द रेट" with "डॉट" and "कॉम", Chinese "at"
  or "小老鼠" with "点" ("lihua2012 at 163 点 com");
* providers and endings in the local script: "собака яндекс точка ру",
  "آت هوتميل دوت كوم", "एट जीमेल डॉट कॉम".

An address is a Latin local part (a name that may hold "dot" / "underscore"
words), an "at" word, a domain and a "dot" word with an ending.  With the
words that are also ordinary words ("et" is French "and", "آت" Arabic
"coming", "эт"), the local part must look like an address (a digit, "_" or
an inner "."), or the domain be a mail provider with the address named
("mail", "correo", "почта", "ايميل") just before, so "tom et jerry point
com" and "au parc et gmail point com" keep their words.  A domain named
alone ("gmail nokta com") is no address.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .pii_scripts import _replace_spans

# the "at" words, with the space around them (the Chinese ones need none)
_AT = re.compile(
    r"\s(?:at (?:the |d )?rate(?: of)?|ät|et|at|эт|собачк[аи]|собака|ات|آت|أت|إت|ايت|"
    r"एट(?: द रेट)?|ऐट|ॲट)\s|\s*(?:小老鼠|圈a|艾特)\s*",
    re.I,
)
# "at" words that are also ordinary words: a provider or an address-like name needed
_WEAK_AT = frozenset({"et", "ات", "آت", "أت", "إت", "эт"})
_DOT = (r"(?:\s*\.\s*|\s+(?:dot|point|punto|ponto|punkt|точка|дот|nokta|titik|kropka|دوت|نقطة|نقطه|"
        r"डॉट|डोट)\s+|\s*[点點]\s*)")
_PROVIDERS_LOCAL = (
    r"яндекс|яндэкс|мейл|маил|мэйл|гмейл|гмэйл|джимейл|рамблер|инбокс|бк|"
    r"هوتميل|هوت ميل|جيميل|جي ميل|جيمايل|ياهو|اوتلوك|أوتلوك|آوتلوك|ايكلاود|"
    r"जीमेल|जी मेल|याहू|हॉटमेल|हॉट मेल|आउटलुक|रेडिफ"
)
_PROVIDERS = frozenset(
    """gmail googlemail hotmail outlook live msn yahoo ymail icloud me mail gmx web t-online aol
    proton protonmail yandex ya rambler bk list inbox wp onet o2 interia libero virgilio tiscali
    alice orange free laposte sfr wanadoo uol bol terra sapo 163 126 qq sina sohu foxmail yeah
    rediffmail rediff mynet""".split()
)
_TLD = (
    r"(?:com|net|org|co|uk|fr|de|es|pt|ru|it|me|io|br|mx|ar|nl|be|ch|edu|info|tr|pl|id|in|cn|"
    r"ком|ру|рф|нет|орг|كوم|كم|نت|اورج|कॉम|कोम|नेट|इन)"
)
_DOMAIN_AFTER = re.compile(
    r"(?P<d>" + _PROVIDERS_LOCAL + r"|[a-z0-9][a-z0-9-]*)(?:" + _DOT + r"[a-z0-9-]+)*?" + _DOT + _TLD
    + r"(?![\w\u0900-\u097f])",
    re.I,
)
_LOCAL_SEP = (r"\s*(?:underscore|dot|point|punto|ponto|punkt|точка|дот|nokta|titik|kropka|دوت|डॉट|"
              r"hyphen)\s*")
_LOCAL_BEFORE = re.compile(r"(?<![\w.])[a-z0-9][\w.+-]*(?:" + _LOCAL_SEP + r"[\w+-]+)*$", re.I)
_SHAPED = re.compile(r"[\d_]|\w\.\w|" + _LOCAL_SEP)
# the address is named: "mail", "correo", "почта", "ايميل", "邮箱"
_MAIL_CUE = re.compile(
    r"mail|correo|courriel|adres|почт|ема[иі]л|имейл|мейл|ايميل|إيميل|بريد|ईमेल|मेल|邮箱|邮件|"
    r"posta|surel|surat",
    re.I,
)

# the words of the gate (normalised forms: "ät" is "at", "آت" is "ات")
AT_WORDS = frozenset("at et эт собака собачка собаки ات ايت एट ऐट".split())
DOT_WORDS = frozenset(
    "dot point punto ponto punkt точка дот nokta titik kropka دوت نقطه डॉट डोट".split()
)


def spoken_emails(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """Replace addresses read with local "at" and "dot" words with
    "[email removed]"; `words`: the message's normalised words."""
    if words.isdisjoint(DOT_WORDS) and "点" not in text and "點" not in text:
        return text
    spans: list[tuple[int, int]] = []
    for at in _AT.finditer(text):
        dom = _DOMAIN_AFTER.match(text, at.end())
        local = _LOCAL_BEFORE.search(text, max(0, at.start() - 80), at.start())
        if dom is None or local is None:
            continue
        word = at.group().strip().lower()
        provider = dom.group("d").lower() in _PROVIDERS or not dom.group("d").isascii()
        if word in _WEAK_AT and _SHAPED.search(local.group()) is None and not (
            provider and _MAIL_CUE.search(text, max(0, local.start() - 40), local.start())
        ):
            continue  # "tom et jerry point com", "au parc et gmail point com"
        spans.append((local.start(), dom.end()))
    return _replace_spans(text, spans, "[email removed]", "pii:email", reasons)
