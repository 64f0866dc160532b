"""Hindi spam rules: free game currency, earn-money and prize scams."""

from __future__ import annotations

from ...rules import Rule
from ._script import _DE, _r

# =============================================================================
# spam: free game currency, earn-money and prize scams
# =============================================================================
SPAM: list[Rule] = [
    _r("spam:scam", "spam",
       "free diamonds diamond dimond dimonds uc recharge kamao kamaye kamaiye kamayein kamayen "
       "kamaen kamaao link lnk jeeto jeetein jito jitein paao paayein payein pao paiye jeetiye "
       "jitiye jeeta jeete jita jeeti muft फ़्री फ्री डायमंड यूसी रिचार्ज कमाओ कमाएं कमाएँ "
       "कमाइए लिंक जीतो जीतें पाओ पाएं मुफ़्त मुफ्त",
       r"\bfree (?:mein |me |ke )?(?:uc|diamonds?|dimonds?|elite pass|royal pass|rp|recharge|"
       r"mobile recharge|paytm cash|paytm|bundles?|emotes?|dj alok|gun skins?|top ?up|topup|"
       r"bgmi uc|pubg uc|jio recharge)\b|"
       r"\b(?:uc|diamonds?|dimonds?|elite pass|royal pass|recharge|paytm cash) (?:\w+ )?(?:free|"
       r"muft|muft mein|muft me|bilkul free|free mein|free me)\b(?! (?:nahi|nhi|nai|mein nahi|"
       r"me nahi)\b)|"
       r"\b(?:diamonds?|uc|dimond) (?:hack|generator|gen|trick|mod|glitch)\b|"
       r"\b(?:paise|paisa|pese|rupaye|rupay|rupees|rs|cash|income|hazaar|hazar|lakh|lakhs)"
       r"(?: \w+){0,2}? (?:kamao|kamaye|kamaiye|kamayein|kamayen|kamaen|kamaao)\b|"
       r"\b(?:ghar baithe|ghar bethe|roz|rozana|daily|har din|mahine ke)(?: \w+){0,3}? (?:kamao|"
       r"kamaye|kamaiye|kamayein|kamaen|kamaao)\b|"
       r"\b(?:link|lnk) (?:pe|par|per|pr) (?:click|clik|klik|tap) (?:kar|karo|kare|karein|kro|"
       r"karen|kr|kariye)\b|"
       r"\b(?:jeeto|jeetein|jito|jitein|paao|paayein|payein|pao|paiye|jeetiye|jitiye) (?:free )?"
       r"(?:iphone|diamonds?|uc|recharge|paytm|cash|inaam|inam|prize|gift)\b|"
       r"\b(?:aap|aapne|tumne|apne)(?: \w+)? (?:jeeta|jeete|jita|jeeti|jeet gaye|jeet liya|"
       r"jeet liye) (?:hai|h|hain)\b[^.!?]{0,40}\b(?:claim|link|click|inaam|inam|prize|iphone|"
       r"cash|rs|rupaye)\b|"
       r"फ़?्री (?:में )?(?:डायमंड|डायमंड्स|यूसी|रिचार्ज|पेटीएम)|(?:डायमंड|डायमंड्स|यूसी|रिचार्ज) "
       r"(?:फ़?्री|मुफ़?्त)|(?:घर बैठे|रोज़?|रोजाना)(?: \S+){0,3}? (?:कमाओ|कमाए[ंँ]|कमाइए)|पैसे"
       r"(?: \S+){0,2}? (?:कमाओ|कमाए[ंँ]|कमाइए)|लिंक (?:पर|पे) क्लिक (?:करें|करो|कीजिए)"
       + _DE + r"|(?:जीतो|जीतें|पाओ|पाए[ंँ]) (?:फ़?्री )?(?:आईफ़?ोन|डायमंड|इनाम|रिचार्ज)",
       quoted=False,
       requires="uc diamonds diamond dimond dimonds recharge paytm kamao kamaye kamaiye "
       "kamayein kamayen kamaen kamaao jeeto jeetein jito jitein paao paayein payein pao paiye "
       "jeetiye jitiye jeeta jeete jita jeeti muft pe par per pr elite royal rp bundle bundles "
       "emote emotes alok topup bgmi pubg jio फ़्री फ्री डायमंड यूसी कमाओ लिंक जीतो पाओ"),
]
