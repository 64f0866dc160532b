"""Hindi discussion / reporting frames (searched in the sentence text before a hit)."""

from __future__ import annotations

import re

from ._script import _n

# =============================================================================
# discussion / reporting frames (searched in the sentence text before a hit)
# =============================================================================
_FRAME_SOURCES = (
    # hypothetical: "agar koi dost bole...", "agar kisi anjaan ne...", "jab koi tumse..."
    r"\b(?:agar|agr|yadi|jab|jab bhi) (?:koi|kisi|koi bhi|kisi bhi) (?:bhi )?(?:dost|friend|"
    r"anjaan|anjan|ajnabi|stranger|insaan|insan|aadmi|banda|bande|bacha|bachcha|bachche|ladka|"
    r"ladki|user|player|online|tumse|aapse|tumhe|aapko|tumko|hume|humein|hamein|ne|account)\b",
    # taught / told by an adult or a lesson: "teacher ne bataya ki...", "class mein padhaya"
    r"\b(?:teacher|teachers|sir|maam|madam|mam|miss|counsellor|counselor|principal|school|class|"
    r"mummy|mum|papa|parents|didi|bhaiya|police|expert|experts|doctor|video|article|news|"
    r"khabar)\b (?:ne|mein|me) (?:\w+ ){0,4}?(?:bataya|batayi|btaya|samjhaya|samjhaaya|"
    r"sikhaya|sikhaaya|kaha|bola|padhaya|dikhaya|discuss|charcha|seekha|sikha|padha)\b",
    # "humne seekha", "hamein sikhaya gaya", "hum log baat kar rahe the"
    r"\b(?:humne|hamne|hmne|hum ne|ham ne|humko|humein|hume|hamein|hame|hum sab ne|hum log)\b"
    r"(?: \w+){0,4}? (?:seekha|sikha|sikhaya|seekhte|padha|padhaya|discuss|baat ki|baat kar|"
    r"charcha|bataya|samjha|samjhaya|jaana|dekha)\b",
    # platforms / adults should act: "platform ko aise ... hatana chahiye"
    r"\b(?:platform|platforms|apps|company|companies|sarkar|government|social media|youtube|"
    r"websites?|moderators?|admin|admins)\b (?:ko|walon ko|wale|ne|par|pe)\b",
    # "aise messages", "is tarah ke log"
    r"\b(?:aise|aisi|aisa|is tarah ke|is tarah ki|is type ke|is type ki) (?:log|message|"
    r"messages|baatein|baaten|cheezein|content|videos?|posts?|comments?)\b",
    # reports: "kisi anjaan ne ... bheja", "ek aadmi ne bola", "meri dost ko ek message aaya"
    r"\b(?:kisi|koi|ek|us|is)(?: \w+){0,2}? (?:anjaan|anjan|anjane|ajnabi|ajnbi|stranger|aadmi|"
    r"admi|uncle|insaan|insan|bande|banda|account|id|user|player|ladke|bhaiya|scammer|groomer)"
    r" ne\b|\b(?:kisi ne|kisine|anjaan ne|stranger ne|scammer ne|scammers ne|groomers ne|kuch "
    r"logon ne|kuch log|bahut log)\b|\b(?:message|messages|dm|text|comment) (?:aaya|"
    r"aya|aata|aate|mila|aaye)\b",
    r"\b(?:kabhi|kbhi) (?:bhi )?(?:kisi|anjaan|anjan|ajnabi|stranger) (?:ko|se|ki)\b",
    # "usne bola ...", "wo mujhe likhta hai ...": what someone else said or wrote
    r"\b(?:usne|ussne|usnay|unhone|unhonne|wo|woh|vo) (?:\w+ ){0,2}?(?:bola|boli|bole|kaha|kahi|"
    r"likha|likhi|bheja|bolta|bolti|kehta|kehti|likhta|likhti)\b",
    r"(?:उसने|उन्होंने|वो|वह)(?: \S+){0,2}? (?:बोला|बोली|कहा|लिखा|भेजा|बोलता|बोलती|कहता|कहती)",
    r"\b(?:dhokha|dhoka|thagi|farzi)\b",
    # Devanagari forms of the same frames
    r"(?:अगर|यदि|जब) (?:कोई|किसी) (?:भी )?(?:दोस्त|अनजान|अजनबी|इंसान|आदमी|बच्चा|बच्चे|लड़?का|"
    r"लड़?की|तुमसे|आपसे|तुम्हें|आपको|ने)",
    # "अगर कोई फोटो के लिए ब्लैकमेल करे ...", "agar koi pics maange to ...": a
    # hypothetical "if someone <does>" with no named actor (a first-person
    # speaker after it is still refused below)
    r"(?:अगर|यदि|जब)(?: भी)? (?:कोई|किसी)(?= |$)",
    r"\b(?:agar|agr|yadi) (?:koi|kisi)\b",
    r"(?:टीचर|सर|मैडम|मैम|स्कूल|क्लास|मम्मी|पापा|वीडियो|ख़?बर)(?: ने| में)(?: \S+){0,4}? "
    r"(?:बताया|समझाया|सिखाया|कहा|पढ़?ाया|दिखाया)",
    # "आज स्कूल में सीखा कि ...": what was learnt at school, the learner unnamed
    r"(?:स्कूल|क्लास|कक्षा) (?:में|मे)(?: \S+){0,3}? (?:सीखा|सीखी|सीखे|पढ़ा|चर्चा (?:की|हुई))",
    r"(?:हमने|हमें|हमको|हम सबने)(?: \S+){0,4}? (?:सीखा|पढ़?ा|सिखाया|बताया|समझाया|चर्चा)",
    r"(?:प्लेटफ़?ॉर्म|ऐप्स|कंपनी|कंपनियों|सरकार|सोशल मीडिया) (?:को|ने|पर)",
    r"(?:ऐसे|ऐसी|इस तरह के|इस तरह की) (?:लोग|मैसेज|संदेश|बातें|वीडियो|पोस्ट)",
    r"(?:किसी|कोई|एक)(?: \S+){0,2}? (?:अनजान|अजनबी|आदमी|अंकल|लड़?के|अकाउंट) ने|किसी ने|"
    r"(?:मैसेज|संदेश) (?:आया|आते)",
    r"(?:कभी|कभी भी) (?:किसी|अनजान|अजनबी) (?:को|से)",
    # someone doing something *to a friend*: "मेरी दोस्त को कोई अजनबी इंस्टा पर मैसेज कर
    # रहा था" (a stranger was messaging my friend on insta) is a report
    r"(?:मेरी|मेरे|मेरा|हमारी|हमारे|उसकी|उसके|उसका)(?: \S+)? (?:दोस्त|सहेली|बहन|भाई|कज़?िन|"
    r"फ्रेंड|क्लासमेट)(?: \S+)? (?:को|से) (?:कोई|एक|किसी)",
    r"\b(?:meri|mere|mera|hamari|hamare|uski|uske|uska) (?:\w+ )?(?:dost|saheli|behen|bhai|"
    r"cousin|friend|classmate) (?:\w+ )?(?:ko|se) (?:koi|ek|kisi)\b",
    r"(?:धोखा|ठगी|फ़?र्ज़?ी)",
)
# Gate: the shared frame regex is one alternation tried at every position of
# the text before each hit, so the Hindi frames are one branch anchored at the
# start ("^" fails at once elsewhere) that first checks, in a single scan, for
# Devanagari or a Hinglish frame word (as a trie: one first-letter test per
# space); English text pays about a microsecond.
_GATE_WORDS = (
    "ne ko pe par agar agr yadi jab kabhi kbhi aise aisi aisa tarah type humne hamne hmne humko "
    "humein hume hamein hame hum log logon kisine aaya aya aate aata mila aaye walon wale mein "
    "bataya batayi btaya samjhaya sikhaya padhaya dikhaya discuss charcha kaha bola dhokha dhoka "
    "farzi thagi"
)


def _trie(words: list[str]) -> str:
    """Regex for a word list with shared prefixes factored out."""
    tree: dict[str, dict] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + ("?" if "" in node else "")

    return emit(tree)


_GATE_TRIE = _trie(_GATE_WORDS.split())
_FRAME_GATE = (
    r"(?:(?=" + _GATE_TRIE + r"\b)|(?=.*?(?:[\u0900-\u097f]| " + _GATE_TRIE + r"\b)))"
)

# A first-person speaker after the frame ("teacher ne bataya tha par mujhe ab
# jeena nahi hai") is a disclosure, not a lesson: the shared first-person test
# (frames._FIRST_PERSON) knows no Hindi, so the frame itself refuses it - except
# "mujhe" as the object of a reported message ("kisi ne mujhe bola ...").
_FIRST_PERSON_AFTER = (
    r"(?![\s\S]*(?:\b(?:main|mai|maine|mujhe|muje|mujhko|mereko)\b|(?<![\u0900-\u097f])"
    r"(?:मैं|मैंने|मुझे|मुझको)(?![\u0900-\u097f]))(?! (?:bola|boli|bole|kaha|kahi|likha|pucha|"
    r"poocha|puchha|bheja|bheji|bhej|msg|message|messages|dm|text|offer|dhamki|dhamkaya|"
    r"blackmail|बोला|बोली|कहा|लिखा|पूछा|भेजा|भेजी|मैसेज|धमकी)(?![\w\u0900-\u097f])))"
)
# "... par/lekin <hit>": the lesson is over, the speaker turns to themself
_BUT_AT_END = r"(?![\s\S]*(?:\b(?:par|pr|lekin|lkn|magar|but|phir bhi|fir bhi)|पर|लेकिन|मगर|फिर भी) $)"
FRAMES: list[str] = [
    _n(r"^" + _FRAME_GATE + r".*?(?:" + "|".join(_FRAME_SOURCES) + ")"
       + _FIRST_PERSON_AFTER + _BUT_AT_END)
]
