"""Chinese sexual requests written in mixed scripts and in pinyin: the regex
sources for three rules of `zh.HARM` (`sexual:request`, categories sexual and
grooming: a picture or a chat of the reader's body is asked for).

Why: the first rules name 裸照 / 裸体 / 裸聊 in characters and "luozhao" /
"luo liao" in pinyin, but children and the people who groom them swap a
character for its Latin spelling or a letter to get past filters, and these
passed:

    "发张你的luo照给我看看", "你的luo照发我", "发个lu照给我", "发张你的l照给我看看",
    "发张裸zhao给我", "发个luoti照片给哥哥看", "来luo聊吗", "要不要裸聊",
    "kan kan ni de shen cai fa zhao pian", "fa zhang ni de luo ti zhao"; and "fa zhang luo
    zhao" was held as sexual only.

"看看你的身材 发照片" (the reader's body, then a picture asked for) was held
as grooming only; it is sexual as well.

Shapes (patterns in simplified characters; `zh._zh` adds the traditional ones):

* a **nude word**: 裸 / 果 followed by 照 / 体 / 聊 or their pinyin (zhao, ti,
  liao), or a Latin "luo" / "lu" / "lo" / "l" / "guo" (not inside a longer
  Latin word) followed by 照 / 体 / 聊 / 图 / 视频; a space may stand on
  either side of the Latin spelling and after 裸 / 果 ("你的 luo 照");
* **asked of the reader**: "发 / 传 / 拍" with a measure word or "你的" before
  it, "给我 / 发我 / 看看 / 给哥哥" after it, "你的" + the word, or a chat
  proposed ("来 / 要不要 / 一起 ... 裸聊", "裸聊吗 / 吧");
* **the reader's body and a picture**: "看看你的身材 / 身体 / 胸 / 腿" and
  "发 / 拍 ... 照片 / 自拍 / 全身照 / 视频" in either order, a few characters
  apart; in pinyin "kan kan ni de shen cai ... fa zhao pian".

What passes: a prohibition ("不要发裸照", "别发luo照": the look-behinds), a
lesson or a report ("我们学了不要发裸照", "老师说...", "有人让我发luo照，我已经
举报了": the zh frames), a landscape or a drawing asked for ("发张你拍的风景照片
给我看看": no nude word, no body word), "luo ji" (logic: no picture word).
"""

from __future__ import annotations

_G = "[^。!?]"
# a Latin spelling of 裸 / 果 standing alone before a character, also set off by spaces
# ("发几张你的 luo 照给我看看": the normalised text keeps the spaces the writer typed)
_LATIN_LUO = r" ?(?<![a-z])(?:luo|lu|lo|l|guo)(?: ?ti)? ?"
_NUDE = (r"(?:(?:裸|果) ?(?:照片?|体照?|聊|图|视频|zhao|ti|liao|pian|tu)|裸体|" + _LATIN_LUO
         + r"(?:照片?|体照?|聊|图片?|视频|zhao))")
# not forbidden: "不要发裸照", "别发luo照", "不能发"
_NOT_FORBIDDEN = r"(?<!不要)(?<!别)(?<!不)(?<!不能)(?<!禁止)(?<!千万别)(?<!不可以)"
_MEASURE = r"(?:张|几张|一张|点|个|些|一些|一下)"

NUDE_REQUEST = (
    _NOT_FORBIDDEN + r"(?:发|传|拍|私发)(?:" + _MEASURE + r"(?:你的|你)?(?:自己的)?|(?:你的|你)(?:自己的)?)"
    + _NUDE
    + r"|" + _NOT_FORBIDDEN + r"(?:发|传|拍|私发)?" + _NUDE + _G
    + r"{0,4}?(?:给我|发我|来看|看看|过来|给哥哥|给叔叔|私发|发过来|吧|呗)"
    + r"|你(?:的)?" + _NUDE
    + r"|(?:来|要不要|想不想|一起|陪我|我们|咱们)(?:裸|果|" + _LATIN_LUO + r")(?:聊|liao)"
    + r"|(?:裸|果|" + _LATIN_LUO + r")(?:聊|liao)(?:吗|吧|一下|不|么|嘛|呗)"
)
NUDE_TRIGGERS = "裸 照 聊 果照 果体 果聊"

_BODY = r"(?:看看?|看一下|看下|瞧瞧|想看|给我看|让我看)你(?:的)?(?:身材|身体|胸|腿|屁股|下面)"
_PIC = r"(?:发|传|拍)" + _MEASURE + r"?(?:你的)?(?:照片|照|自拍|图片?|视频|全身照|zhao|pian)"
BODY_PICTURE = _BODY + _G + r"{0,12}?" + _PIC + r"|" + _PIC + _G + r"{0,12}?" + _BODY
BODY_TRIGGERS = "你的身 你身 你的胸 你胸 你的腿 你腿 你的屁 你屁 你的下面 你下面"

# pinyin (spaced, against the phrase form)
_PY_BODY = (r"\b(?:kan kan|kankan|kan yi xia|kan xia|gei wo kan|xiang kan|rang wo kan) ni de "
            r"(?:shen cai|shencai|shen ti|shenti|xiong|tui)\b")
_PY_PIC = (r"\b(?:fa|pai|chuan) (?:zhang |ge |dian |ji zhang |yi zhang )?(?:ni de )?(?:zhao pian|"
           r"zhaopian|zhao|zi pai|zipai|tu pian|tupian|shi pin|shipin)\b")
PINYIN = (_PY_BODY + r"[^.!?]{0,40}?" + _PY_PIC + r"|" + _PY_PIC + r"[^.!?]{0,40}?" + _PY_BODY
          + r"|\b(?:fa|pai|chuan) (?:zhang |ge |dian |ji zhang |yi zhang )?(?:ni de )?(?:luo ti|"
          r"luoti)(?: zhao| zhao pian| zhaopian| tu)?\b|\b(?:fa|pai|chuan) (?:zhang |ge |dian |"
          r"ji zhang |yi zhang )?(?:ni de )?(?:luo|guo) ?(?:zhao|zhaopian|zhao pian)\b"
          r"|\b(?:lai|yao bu yao|yi qi) (?:luo liao|luoliao)\b")
PINYIN_TRIGGERS = "shen shencai shenti xiong tui luoti luo liao luoliao luozhao guozhao guo"
