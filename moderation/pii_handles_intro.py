"""Handles given as "I am X" after a platform named earlier in the sentence.

Why: the handle passes look for a handle right after the platform word and
its joiners ("snap: X", "my insta is X", "instagramım X").  Chat often names
the platform in a phrase of its own and introduces the handle after it, and
inflects the platform word, so these were shown in full:

* "pasa por discord, alli soy kira_luna99", "aggiungimi su snap, lì sono
  luca_ferro_07", "komm auf snap, da bin ich max_b.09", "search me on
  tiktok, im ece.dance_09", "no insta eu sou bia.santos_07";
* inflected platform words: "na discordzie jestem wiktor_gamer04",
  "tiktok'ta ben ece.dans_eder", "в дискорде я kira_luna99", "على سناب انا
  sara_99x", "discord pe main veer_op_07 hoon";
* Chinese "抖音搜 小雨爱画画_ 就是我" (search X on Douyin, that's me).

A platform word (with its case endings), then in the same sentence an "I
am / I'm / search me as / that's me" phrase, then a handle-shaped token: a
letter plus a digit, "_" or an inner "." (`pii_handles.handle_shaped`), so
"on discord i'm always online", "в майнкрафте я построил дом", "on roblox
im 13" and Arabizi words ("ana 3ayez") keep their words.  Chinese with "就是
我" after the name takes the name whatever its shape: the writer says it is
them.
"""

from __future__ import annotations

import re

from .pii_handles import handle_shaped, remove_handles
from .pii_handles_more import is_ordinary

_I = re.I
_PLATFORM = (
    r"(?<![\w@./])(?:"
    # Latin names, with Polish, Turkish and German case endings
    r"(?:snap(?:chat)?|insta(?:gram)?|ig|tik ?tok|discord|roblox|twitch|youtube|yt|telegram|kik|"
    r"steam|fortnite|minecraft|threads|bereal|facebook|fb|vk|reddit|pinterest|brawl stars)"
    r"(?:['’]?(?:ta|te|da|de|dan|den|ie|zie|u|a|em|ach))?"
    r"|(?:snapie|snapa|instagramie|tiktoku|youtubie|twitchu|robloxie|fejsie|fejsbuku)"
    # Russian
    r"|дискорд\w*|тикток\w*|ютуб\w*|инст\w*|сн[эеа]п\w*|телег\w*|тг|вк|вконтакте|твич\w*|роблокс\w*|"
    r"стим\w*"
    # Arabic, Hindi
    r"|سناب(?: شات)?|انستا|انستغرام|انستقرام|إنستا|تيك ?توك|ديسكورد|دسكورد|يوتيوب|تويتش|روبلوكس|"
    r"इंस्टा(?:ग्राम)?|डिस्कॉर्ड|स्नैप(?:चैट)?|यूट्यूब|टिकटॉक"
    r")(?![\w\u0900-\u097f])"
)
# "I am / I'm / search me as": the phrase that gives the handle, in the 13 languages
_INTRO = (
    r"(?<![\w'’])(?:i['’]?m|i am|i go by|find me as|search(?: for)? me(?: up)?(?: as)?|"
    r"look me up(?: as)?|my name(?: there| on it| on there)? is|"
    r"soy|me llamo|me encuentras como|b[uú]scame como|aparezco como|"
    r"je suis|c['’]est moi|cherche[- ]moi|je m['’]appelle|"
    r"eu sou|sou|me acha como|me procura como|me chamo|"
    r"sono|mi chiamo|cercami come|mi trovi come|"
    r"bin ich|ich bin|bin da|bin dort|ich hei(?:ß|ss)e|such mich als|findest du mich (?:als|unter)|"
    r"jestem|nazywam si[eę]|szukaj mnie jako|znajdziesz mnie jako|"
    r"aku|saya|gue|gw|namaku|nama aku|cari aku|"
    r"ana|ena|esmi|ismi|انا|أنا|اسمي|"
    r"я|меня зовут|ищи меня как|найди меня как|"
    r"(?:pe|par|pr|me|mein|पे|पर|में)\s+(?:main|mai|मैं)|main|mai|मैं|mera naam|मेरा नाम|"
    r"ben|benim ad[ıi]m|ad[ıi]m)"
)
_HANDLE = r"\s*[:-]?\s*@?(?P<h>[^\W_][\w.\-]{2,29})(?![\w@])"
_HINDI_MAIN = re.compile(r"(?:main|mai|मैं)$", _I)
_HOON_AFTER = re.compile(r"\s+(?:hoon|hu|hun|hoo|hu+n|हूँ|हूं|hai)\b", _I)
# the phrase, or a colon right after the (inflected) platform word: "na snapie: X"
_RX = re.compile(
    _PLATFORM + r"(?:(?P<gap>[^.!?\n。！？]{0,50}?)(?P<intro>" + _INTRO + r")|\s*(?P<intro2>:))" + _HANDLE, _I
)
# Chinese: "抖音搜 X 就是我", "快手上我叫 X"
_ZH = re.compile(
    r"(?:抖音|快手|[bB]站|小红书|微博|视频号|[qQ]{2})(?:号|上|里)?\s*"
    r"(?:搜索?|找|搜一下|关注|我叫|我是|我的名字是|名字叫)\s*[:：]?\s*@?"
    r"(?P<h>[^\s，。！？,!?:：]{2,20}?)(?P<me>\s*(?:就是我|是我))?(?=[\s，。！？,!?]|就是我|是我|$)"
)
_ZH_PLATFORM = re.compile(r"抖音|快手|[bB]站|小红书|微博|视频号|[qQ]{2}")
_ZH_SHAPED = re.compile(r"[\d_.]")
# words of the gate: the intro words as the normaliser leaves them
GATE = frozenset(
    """im am go soy llamo encuentras buscame aparezco suis moi cherche mappelle sou acha procura
    chamo sono chiamo cercami trovi bin ich heisse such findest jestem nazywam szukaj znajdziesz
    aku saya gue gw namaku nama cari ana ena esmi ismi انا اسمي я меня ищи наиди main mai मैं
    mera मेरा ben benim adim name"""
    # inflected platform words, for "na snapie: X" (the plain ones are the main pass's)
    """ snapie snapa instagramie tiktoku youtubie twitchu robloxie fejsie discordzie
    дискорде тиктоке ютубе инсте инстаграме телеге телеграме твиче роблоксе""".split()
)


# a Romance or German preposition before the platform word: "en insta me siguen",
# "no tiktok me procura como X" - the "me" after it is a clitic before a verb,
# not the English "snap me X"
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w'’])(?:en|no|na|sur|su|sul|nel|por|pelo|pela|in|im|auf|dans|di)\s+$", _I
)


def clitic_me(text: str, cue_start: int) -> bool:
    """Is the "me" after the platform word at `cue_start` a clitic ("en
    insta me siguen", "no discord me procura como X")?"""
    return _PREPOSITION_BEFORE.search(text, max(0, cue_start - 8), cue_start) is not None


def intro_handles(text: str, intro_words: bool, reasons: list[str]) -> str:
    """Redact the handle of "on discord, there I'm X" and its kin (module doc);
    `intro_words`: the message has a word of GATE."""
    spans: list[tuple[int, int]] = []
    for m in _RX.finditer(text) if intro_words else ():
        h = m.group("h").rstrip(".-")
        intro = (m.group("intro") or "").lower()
        if not handle_shaped(h) or is_ordinary(h):
            continue
        # Hindi "main" is also English: "discord pe main X" or "main X hoon"
        if _HINDI_MAIN.fullmatch(intro) and _HOON_AFTER.match(text, m.end()) is None:
            continue
        spans.append((m.start("h"), m.start("h") + len(h)))
    if _ZH_PLATFORM.search(text):
        for m in _ZH.finditer(text):
            if m.group("me") or _ZH_SHAPED.search(m.group("h")):
                spans.append((m.start("h"), m.end("h")))
    return remove_handles(text, spans, reasons)
