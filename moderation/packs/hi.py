"""Hindi (Devanagari and romanised Hinglish) phrase rules.

Why a pack of its own: Indian children write Hindi two ways, often in one
chat - Devanagari ("मुझे अब जीना नहीं है") and romanised Hinglish with
free spelling ("mujhe ab jeena nahi hai", "nhi/nahin/nai", "kr/kar",
"rha/raha", "h/hai").  Patterns therefore use generous alternations and
optional letters, and are written against the phrase form of a message
(``Prepared.plain``), which matters for Hinglish too: chat abbreviations are
expanded there ("photo"/"pic"/"selfie" -> "picture", "insta" -> "instagram",
"snapchat" -> "snap", "vc" -> "video call", "pvt" -> "private", "bc" ->
"because"), so patterns use the expanded words while triggers (matched
against the token set, which holds both forms) may use either.

Devanagari specifics:
* NFKC decomposes nukta letters (ख़ -> ख + ़), so every pattern and trigger
  goes through ``_n`` (NFKC) and a nukta written in a pattern followed by
  "?" makes only the nukta optional ("ख़?त्म" matches ख़त्म and खत्म).
* Vowel signs (matras) are combining marks, not ``\\w`` in Python's ``re``:
  ``\\b`` after a word ending in a matra does not work, so Devanagari
  alternatives end with ``_DE`` (no Devanagari letter follows) where a
  longer word could otherwise match ("मर जा" inside "मर जाऊंगा").
* The danda "।" stays attached to the word before it in the token set
  ("है।"), so ``_triggers`` adds a danda form of every Devanagari trigger.

Verdict conventions follow the family modules: self-harm disclosures are
held (framed="generic": only hypothetical/advice frames excuse them,
never a first-person sentence); incitement aimed at someone else is
bullying + self_harm; grooming, bullying, threats and sexual requests are
directed forms (framed), spam is blocked.  ``_Q`` keeps quoted examples out
("'kisi ko mat batana' jaise messages...": Hindi puts the frame *after*
the phrase, where the shared frames do not look).
"""

from __future__ import annotations

import re
import unicodedata

from ..rules import Rule, rule

_DEVANAGARI = re.compile("[\u0900-\u097f]")


def _n(s: str) -> str:
    """Devanagari in the form of normalised text (nukta letters decompose)."""
    return unicodedata.normalize("NFKC", s)


def _triggers(words: str) -> str:
    """Trigger words, plus the danda-attached form of each Devanagari word."""
    out: list[str] = []
    for w in _n(words).split():
        out.append(w)
        if _DEVANAGARI.search(w):
            out.append(w + "\u0964")
    return " ".join(out)


# not followed by a quoting/discussion tail ("... jaise messages", "... वाले मैसेज")
_Q = (
    r"(?! (?:jaise|jaisi|jaisa|jaisey|wale|wali|waale|waali|vale|vali|type ke|type ki|bolna|"
    r"likhna|kehna|kehne|bolne|likhne) (?:message|messages|baatein|baaten|baat|cheez|cheezein|"
    r"lines?|shabd|words?|log|logon|sentences?|phrases?|texts?|chats?|comments?|galat|gunah|"
    r"crime|mat|nahi)\b)(?! (?:जैसे|जैसी|जैसा|वाले|वाली|बोलना|लिखना|कहना) )"
)
# end of a Devanagari word (a following letter or matra would make it longer)
_DE = r"(?![\u0900-\u0963\u0966-\u097f])"


def _r(
    name: str,
    cats: str | tuple[str, ...],
    triggers: str,
    pattern: str,
    framed: bool | str = True,
    requires: str = "",
    quoted: bool = True,
) -> Rule:
    """A pack rule: NFKC on pattern and triggers; `quoted` adds the `_Q` tail."""
    src = "(?:" + pattern + ")" + _Q if quoted else pattern
    return rule(name, cats, _triggers(triggers), _n(src), framed,
                _triggers(requires) if requires else "")


# -- Hinglish spelling families ------------------------------------------------
_NAHI = r"(?:nahi+n?|nahee|nhi+|nai|nae|ni)"
_CHAH = r"(?:cha+h?a?t[aie]+|chahat[aie])"  # chahta chahti chahte chata chaahti
_MUJHE = r"(?:mujhe|muje|mujhey|mjhe|mujhko|mujko|mjhko|mereko|mere ko|muzhe)"
_MAIN = r"(?:main|mai|mein|me|mei|m)"
_JAUN = r"(?:jau|jaun|jaaun|jaoon|jaon|jaau|jaaon|jaunga|jaungi|jaaunga|jaaungi|jaonga|jaongi)"
_DUNGA = (
    r"(?:dunga|dungi|doonga|doongi|dungaa|du|dun|doon|dalunga|dalungi|daalunga|daalungi|denge|"
    r"dege|dalenge)"
)
_LUNGA = r"(?:lunga|lungi|loonga|loongi|lu|lun|loon|lenge|lege)"
_KHATAM = r"(?:khatam|khatm|khtm|khattam|khtam|khatham)"
_GAYAB = r"(?:gayab|gaayab|gyab|ghayab|gayb|gaayb)"
_PILLS = (
    r"(?:goliyan|goliya|goliyaan|golian|gollian|goli|pills?|tablets?|dawaiyan|dawaiya|dawai|"
    r"dawa|medicine|medicines)"
)
_PIC = r"(?:picture|pictures|tasveer|tasvir|tasveeren|photu|foto|fotu|snaps)"
_YOUR = r"(?:teri|tera|tere|tumhari|tumhara|tumhare|aapki|aapka|aapke)"
_YOU_OBJ = r"(?:tujhe|tumhe|tereko|tuje|tere ko|tumko|tujhko|tumhein)"
# Devanagari families
_D_NAHI = r"(?:नह[ीि][ंँ]?|ना|न)"
_D_CHAH = r"चाहत[ाीे]"
_D_DUNGA = r"(?:द[ूु][ंँ]?(?:गा|गी)|डाल[ूु][ंँ]?(?:गा|गी)|देंगे|द[ूु][ंँ]?" + _DE + ")"
_D_LUNGA = r"(?:ल[ूु][ंँ]?(?:गा|गी)|ल[ूु][ंँ]?" + _DE + r"|ली|लिया|लेना)"
_D_PIC = r"(?:फ़?ोटो|फ़?ोटू|तस्वीर|तस्वीरें|पिक|सेल्फ़?ी)"

# "sab khatam karna hai" only right after a particle or a first-person word (not
# "homework sab khatam karna hai"); lookbehinds keep the particle out of the
# match, so frames see it in the text before the hit
def _lb(words: str) -> str:
    """"a|b c" -> "(?<=\\ba )|(?<=\\bb c )": right after one of the words, which
    stay out of the match (fixed-width lookbehinds, one per word)."""
    return "|".join(
        (r"(?<=\b" if w.isascii() else r"(?<=(?<![\u0900-\u097f])") + w + " )"
        for w in words.split("|")
    )


_AFTER_PARTICLE = _lb(
    "bas|ab|main|mai|m|me|mujhe|muje|mujhko|yaar|yr|aaj|raat|toh|to|pakka|socha|soch raha|"
    "soch rahi|soch rha|soch rhi|lagta hai|lgta h|ki"
)

# =============================================================================
# self-harm: first-person disclosures (generic frames only) and incitement
# =============================================================================
SELF_HARM: list[Rule] = [
    # "jeena nahi chahti", "mujhe ab jeena nahi hai", "ab aur jee nahi sakta",
    # "jeene ki koi wajah nahi"; Devanagari forms
    _r("self_harm:disclosure", "self_harm",
       "jeena jina jeene jine jee ji zinda jinda जीना जीने जी ज़िंदा जिंदा",
       r"(?<!bina )\b(?:jeena|jina|jeene|jine|(?:zinda|jinda) (?:rehna|rahna|rhna|rehne|rahne))"
       r" (?:ab |aur |bilkul |hi |bhi |abhi |zyada |jyada |or )*" + _NAHI
       + r" (?:" + _CHAH + r"|hai|h|he|hain|rehna|rahna|hota|ho raha|ho rha)\b|"
       r"(?:" + _lb(_MUJHE[3:-1] + "|ab|aur|bas|or|bilkul|abhi") + r")" + _NAHI
       + r" (?:jeena|jina|(?:zinda|jinda) (?:rehna|rahna|rhna))\b(?! (?:pada|padta|padega)\b)|"
       r"\b(?:ab|aur|ab aur|ab or) (?:jee|ji) " + _NAHI + r" (?:sakta|sakti|skta|skti|paunga|"
       r"paungi|paa (?:raha|rahi|rha|rhi)|pa (?:raha|rahi|rha|rhi))\b|"
       r"\bjeene (?:ki|ka) (?:koi )?(?:wajah|vajah|wajeh|ichha|iccha|ichchha|irada|matlab|maksad|"
       r"reason|himmat) (?:hi )?" + _NAHI + r"\b|"
       r"(?:जीना|ज़?िंदा रहना) (?:अब |और |बिल्कुल )*" + _D_NAHI + r" (?:है|" + _D_CHAH
       + r"|रहना)|(?:" + _lb("मुझे|अब|और") + r")" + _D_NAHI + r" जीना|"
       r"(?:अब|और) जी " + _D_NAHI + r" (?:सकता|सकती|पाऊ[ंँ]?गा|पाऊ[ंँ]?गी)|"
       r"जीने (?:की|का) (?:कोई )?(?:वजह|इच्छा|मक़?सद|मतलब|हिम्मत) " + _D_NAHI + _DE,
       framed="generic"),
    # death wish: "mujhe mar jana chahiye", "kaash main mar jaun", "marne ka mann
    # karta hai", "apni jaan le lungi", "khudkushi kar lunga"
    _r("self_harm:disclosure", "self_harm",
       "mar marna marne maut kaash kash kaas jaan suicide khudkushi khudkhushi atmahatya "
       "aatmhatya paida peda मर मरना मरने मौत काश जान ख़ुदकुशी खुदकुशी आत्महत्या पैदा",
       r"\b(?:" + _MUJHE + r"|" + _MAIN + r") (?:to |toh |bas |ab |sach mein |sach me |sach "
       r"me |bhi )*(?:mar (?:jana|jaana) chahiye|marna (?:hai|h|he|chahiye|" + _CHAH + r"))\b|"
       r"\b(?:kaash|kash|kaas) (?:" + _MAIN + r" )?(?:mar|" + _KHATAM + r" ho) (?:jaun|jau|jaaun|"
       r"jaata|jata|jaati|jati|gaya hota|gayi hoti|gya hota|gyi hoti)\b|"
       r"\b(?:kaash|kash|kaas) (?:" + _MAIN + r" )?(?:paida|pedaa|peda|paidaa) (?:hi )?(?:na|"
       + _NAHI[3:-1] + r") (?:hota|hoti|hua|hui)\b|"
       r"\b" + _MUJHE + r" (?:bas )?maut (?:chahiye|aa jaye|aa jaaye|aajaye)\b|"
       r"\bmarne ka (?:mann|man|mn|dil|khayal|khyaal|khyal|plan) (?:karta|krta|kar raha|kr rha|"
       r"ho raha|hota|aata|aa raha|hai|h|bana)\b|"
       r"\bapni jaan (?:le|lena|leni) (?:" + _LUNGA + r"|" + _CHAH + r"|hai|h)\b|"
       r"\b(?:suicide|khudkushi|khudkhushi|atmahatya|aatmhatya) (?:kar|kr) (?:" + _LUNGA
       + r"|leta|leti)\b|\b(?:suicide|khudkushi|khudkhushi|atmahatya|aatmhatya) (?:karne|krne) "
       r"(?:ka|ki) (?:soch|sochta|sochti|socha|mann|man|dil|plan|irada)\b|"
       r"(?:मुझे|मैं) (?:तो |बस |अब )*(?:मर जाना चाहिए|मरना है)|"
       r"काश (?:मैं )?(?:मर|ख़?त्म हो) (?:जाऊ[ंँ]?|जाता|जाती)" + _DE + r"|"
       r"काश (?:मैं )?पैदा (?:ही )?(?:न|ना|नहीं) (?:होता|होती|हुआ|हुई)|मुझे (?:बस )?मौत "
       r"(?:चाहिए|आ जाए)|मरने का (?:मन|दिल|ख़?याल|ख़?्याल) (?:करता|होता|है|आता)|"
       r"अपनी जान (?:ले|लेना) (?:" + _D_LUNGA + r"|" + _D_CHAH + r"|है)|"
       r"(?:ख़?ुदकुशी|आत्महत्या|सुसाइड) कर (?:" + _D_LUNGA + r")",
       framed="generic"),
    # ending it all / vanishing: "sab khatam karna hai", "gayab ho jana chahti hu",
    # "hamesha ke liye gayab", "kaash sab khatam ho jaye"
    _r("self_harm:finality", "self_harm",
       "khatam khatm khtm khattam khtam khatham gayab gaayab gyab ghayab gayb gaayb sabkuch "
       "ख़त्म खत्म ग़ायब गायब",
       r"(?:^|(?<=[.!?] )|" + _AFTER_PARTICLE + r")(?:sab|sb|sabkuch|"
       r"sab kuch|sab kuchh|sb kuch|sab kch) (?:ab )?" + _KHATAM + r" (?:karna|krna|kar dena|"
       r"kr dena|karne|krne) (?:hai|h|he|" + _CHAH + r"|ka (?:mann|man|dil|soch|plan|irada|"
       r"time))\b(?![^.!?]{0,25}\btak\b)|"
       r"\b(?:kaash|kash) (?:ye |yeh )?(?:sab|sb) (?:kuch )?" + _KHATAM + r" ho (?:jaye|jaaye|"
       r"jae|jata|jaata)\b|"
       r"\b(?:apni |meri )?(?:zindagi|jindagi|zindgi|life) " + _KHATAM + r" (?:kar|kr) "
       r"(?:" + _DUNGA + r"|" + _LUNGA + r"|dena " + _CHAH + r"|lena " + _CHAH + r")\b|"
       r"\b" + _GAYAB + r" ho (?:jana|jaana|jaane|jane) (?:" + _CHAH + r"|hai|h|ka (?:mann|man|"
       r"dil))\b|\b(?:hamesha|humesha|hmesha) ke (?:liye|liya|lie|lye) (?:" + _GAYAB
       + r"|chala (?:jaunga|jaun|jau|jana hai)|chali (?:jaungi|jaun|jau|jana hai))\b|"
       r"\b(?:kaash|kash) (?:" + _MAIN + r" )?" + _GAYAB + r" ho (?:jaun|jau|jaaun|jaata|jata|"
       r"jati|jaati|sakta|sakti)\b|"
       r"(?:^|(?<=[.!?] )|" + _lb("बस|अब|मैं|मुझे|आज") + r")सब (?:कुछ )?ख़?त्म (?:करना|कर देना) (?:है|"
       + _D_CHAH + r")|काश (?:ये |यह )?सब ख़?त्म हो (?:जाए|जाये|जाता)|"
       r"(?:ज़?िंदगी|जिंदगी) ख़?त्म कर (?:" + _D_DUNGA + r"|" + _D_LUNGA + r")|"
       r"ग़?ायब हो (?:जाना|जाने) (?:" + _D_CHAH + r"|है|का मन)|हमेशा के (?:लिए|लिये) "
       r"(?:ग़?ायब|चला जाऊ[ंँ]?गा|चली जाऊ[ंँ]?गी)|काश (?:मैं )?ग़?ायब हो (?:जाऊ[ंँ]?|जाता|जाती)"
       + _DE, framed="generic"),
    # pills: "neend ki goliyan jama kar rahi hu", "saari goliyan ek saath kha lungi"
    _r("self_harm:planning", "self_harm",
       "goliyan goliya goliyaan golian gollian pills tablets dawaiyan dawaiya neend nind nend "
       "neendh patta गोलियाँ गोलियां गोलिया दवाइयाँ दवाइयां नींद",
       r"\b(?:neend|nind|nend|neendh) ki " + _PILLS + r" (?:\w+ ){0,2}?(?:jama|ikatth\w*|ikath\w*|"
       r"collect|chupa\w*|chhupa\w*|chura\w*|save|ek saath|ek sath|(?:kha|khaa|nigal) (?:lu|lun|"
       r"loon|lungi|lunga|li|liya|lena|leti|leta|jaun))\b|"
       r"\b(?:saari|sari|saare|sare|sab|bahut saari|bohot sari|bahut sari|dher saari|poori|puri|"
       r"pura|poora|ek dabba|poora patta|pura patta) (?:ki )?(?:neend ki |nind ki )?" + _PILLS
       + r" (?:ek saath |ek sath |ek bar mein |ek baar me )?(?:kha|khaa|nigal|le) (?:lu|lun|loon|"
       r"lungi|lunga|li|liya|lena|leti|leta|jaun|jaungi|jaunga|lene ka)\b|"
       r"\b(?:poora|pura|ek|do|sara|saara) patta (?:\w+ )?(?:kha|khaa|nigal) (?:lu|lun|loon|lungi|"
       r"lunga|li|liya|lena|leti|leta|jaun)\b|"
       r"\b(?:goliyan|goliya|goliyaan|golian|pills|tablets|dawaiyan|dawaiya) (?:\w+ )?(?:jama|"
       r"ikatthi|ikathi|ikattha|ikatha|collect|chupa|chhupa) (?:kar|kr) (?:rahi|raha|rha|rhi|li|"
       r"liya|chuki|chuka|ke|ki|rakhi|rakhe)\b|"
       r"(?:नींद|नीन्द) की (?:गोलिया[ँं]?|गोली|दवाई|दवा|टैबलेट)(?: \S+){0,2}? (?:जमा|इकट्ठ|छुपा|"
       r"खा (?:लू[ंँ]?|ली|लूंगी|लूंगा|लूँगी|लूँगा))|(?:सारी|सब|ढेर सारी|बहुत सारी|पूरी) "
       r"(?:गोलिया[ँं]?|दवाइया[ँं]?|दवाई) (?:एक साथ )?(?:खा|निगल) (?:लू[ंँ]?|ली|लूंगी|लूंगा|"
       r"लूँगी|लूँगा|लेना)|(?:गोलिया[ँं]?|दवाइया[ँं]?)(?: \S+)? (?:जमा|इकट्ठ)",
       framed="generic"),
    # jumping: "chhat se kood jaungi", "building se jump karne ka soch rahi hu"
    _r("self_harm:planning", "self_harm",
       "kood kud koodh kuud jump chhalang chalang chhalaang koodne kudne kudney छत कूद कूदने "
       "छलांग",
       r"\b(?:chhat|chat|chhath|chatt|chhatt|chhaat|terrace|roof|building|bridge|pul|balcony|"
       r"khidki|window|manzil|pahaad|pahad|cliff) (?:se|pe se|par se|ke upar se) (?:neeche )?"
       r"(?:kood|kud|koodh|kuud|jump|chhalang|chalang|chhalaang)\w* (?:maar |laga |kar |kr )?"
       r"(?:" + _JAUN + r"|jaana " + _CHAH + r"|jana " + _CHAH + r"|jaane ka|jane ka|"
       + _DUNGA + r"|" + _LUNGA + r"|lagaunga|lagaungi|marunga|marungi|karunga|karungi|krunga|"
       r"krungi)\b|"
       r"\b(?:train|truck|gaadi|gadi|bus) ke (?:aage|samne|saamne|neeche) (?:kood|kud|aa|jump)\w* "
       r"(?:" + _JAUN + r"|jaana " + _CHAH + r"|jana " + _CHAH + r")\b|"
       r"\b(?:koodne|kudne|kudney|jump karne|chhalang lagane) (?:ka|ki) (?:soch|sochta|sochti|"
       r"mann|man|dil|plan|irada|khayal|khyal)\b|"
       r"(?:छत|छत्त|बिल्डिंग|पुल|बालकनी|खिड़?की|ट्रेन के आगे) (?:से )?(?:नीचे )?(?:कूद|छलांग)\S* "
       r"(?:लगा |मार )?(?:जाऊ[ंँ]?(?:गा|गी)?|जाना " + _D_CHAH + r"|ल[ूु][ंँ]?(?:गा|गी)|"
       r"लगाऊ[ंँ]?(?:गा|गी))|कूदने (?:का|की) (?:सोच|मन|दिल|प्लान|इरादा)",
       framed="generic"),
    # self-injury: "maine apne haath pe cut lagaye", "nas kaat lungi", "phir se cut kiya"
    _r("self_harm:injury", "self_harm",
       "kat kaat kats blade nas nasen nasein naso nase haath hath hatho haathon kalai kalaai wrist "
       "wrists baazu bazu baah jaangh jangh phir fir firse phirse dobara ब्लेड नस नसें कट हाथ कलाई",
       r"\b(?:main|mai|maine|mene|meine|mne|aaj|kal raat|phir se|fir se|firse|phirse|dobara|"
       r"aaj phir|aaj fir|roz|rozana|chupke se)\b(?: \w+){0,3}? (?:apne |apni )?(?:haath|hath|"
       r"hatho|haathon|kalai|kalaai|wrist|wrists|arm|arms|baazu|bazu|baah|pair|pairon|leg|legs|"
       r"jaangh|jangh|thigh|thighs|pet|skin)\b(?: \w+)?(?: pe| par| per| pr| mein| me)? (?:blade|"
       r"cut|cuts|kat|kaat|kats|nishaan|nishan|zakhm|zakham)\w*(?: se)?(?: \w+)? (?:lagaya|lagaye|lagai|lagaaya|"
       r"lagae|lagati|lagata|lagaati|lagaata|maara|mara|maare|maari|kiya|kiye|kia|kar (?:liya|"
       r"liye|li|di|diya)|kr (?:liya|liye|li|di|diya)|laga liye|laga liya|lagaa liye)\b|"
       r"\bnas(?:en|ein|e|o)? (?:kaat|kat|kaatne|katne) (?:" + _LUNGA + r"|" + _DUNGA + r"|li|"
       r"liya|lena|leni|" + _CHAH + r"|ka|ki soch|ki koshish)\b|"
       r"\b(?:phir se|fir se|firse|phirse|dobara|aaj phir|aaj fir|kal raat phir) (?:se )?"
       r"(?:cut|cutting|kat|blade)\w* (?:kiya|kia|kar (?:liya|li|diya)|kr (?:liya|li|diya)|lagaya|"
       r"lagaye|maara|mara|chalaya|karne laga|karne lagi)\b|"
       r"\bblade (?:se )?(?:khud ko|apne aap ko|apne (?:haath|hath|pair)|apni (?:kalai|baah|"
       r"jaangh|jangh))\b|"
       r"(?:मैंने|मैने|आज|फिर से|कल रात)(?: \S+){0,3}? (?:अपने |अपनी )?(?:हाथ|हाथों|कलाई|"
       r"बाज़?ू|पैर|जांघ|जाँघ)(?: \S+)?(?: पे| पर| में)? (?:ब्लेड|कट|चीरा|निशान)\S*(?: से)?(?: \S+)? "
       r"(?:लगाया|लगाए|लगाये|मारा|मारे|किया|किए|कर लिया|कर लिए)|नस(?:ें)? काट (?:"
       + _D_LUNGA + r"|लेना)|फिर से (?:कट|ब्लेड)\S* (?:किया|लगाया|लिया|मारा)",
       framed="generic"),
    # burden: "sab mere bina khush rahenge", "mere marne ke baad kisi ko fark nahi
    # padega", "main sabke liye bojh hu"
    _r("self_harm:burden", "self_harm",
       "bina bagair baghair marne jaane hone rahu rahun rhu fark farak farq pharak parwah "
       "parwaah bojh boj बिना मरने जाने बोझ फ़र्क फर्क",
       r"\b(?:sab|sabhi|sab log|log|gharwale|ghar wale|ghar waale|family|mummy papa|mumma papa|"
       r"mum papa|parents|duniya|dost|sabki life|sabki zindagi|sabka) (?:\w+ )?(?:mere|meri|"
       r"mujh) (?:bina|bin|bagair|baghair) (?:\w+ ){0,2}?(?:khush|khus|khushi|acche|ache|achhe|"
       r"better|behtar|theek|thik|sukoon|aaram|aram)\b|"
       r"\b(?:mere|meri) (?:bina|bin) (?:sab|sabhi|sabki|sabka|sab log|gharwale|ghar wale|family|"
       r"duniya|mummy|mum|papa|parents|log)\b(?: \w+){0,3}? (?:khush|khus|acche|ache|achhe|"
       r"better|behtar|theek|thik|sukoon|aaram)\b|"
       r"\b(?:mere|meri) (?:marne|jaane|jane|na hone|naa hone|chale jaane|chale jane|" + _KHATAM
       + r" hone) (?:ke baad|ke bad|se|par|pe)\b(?: \w+){0,4}? (?:khush|khus|fark|farak|farq|"
       r"better|behtar|sukoon|raahat|rahat)\b|"
       r"\b(?:main|mai|m|me) (?:na|nahi|nhi) (?:rahu|rahun|rahoon|rahunga|rahungi|rhu|rhun|"
       r"rahoo) (?:to|toh|tab|tho) (?:\w+ ){0,3}?(?:khush|fark|farak|farq|better|behtar)\b|"
       r"\b(?:main|mai|m|me) (?:mar|" + _GAYAB + r" ho|chala|chali|" + _KHATAM + r" ho) (?:bhi )?"
       r"(?:jaun|jau|jaaun|jaoon|jaaun|gaya|gayi|gya|gyi) (?:to|toh|tab|tho) (?:bhi )?(?:kisi ko|"
       r"koi) (?:fark|farak|farq|pharak|parwah|parwaah|frk) " + _NAHI + r"\b|"
       r"\b(?:kisi ko|koi) (?:bhi )?(?:fark|farak|farq|parwah|parwaah|pharak) " + _NAHI
       + r" (?:padega|padta|pdega|hoga|karega|karta) (?:agar|jab|ki) (?:main|mai|m|me) (?:mar|"
       r"na rahu|na rahun|chala|chali|" + _GAYAB + r"|nahi rahu|nahi rahun|" + _KHATAM + r")\b|"
       r"\b(?:main|mai|m|me) (?:bas |sirf |ek |sabke liye |sab ke liye |sab par |sab pe |ghar "
       r"walo ke liye |family ke liye )*(?:bojh|boj|burden) (?:hu|hoon|hun|hoo|h|ban gaya|ban "
       r"gayi|bn gya|bn gyi)\b|"
       r"(?:सब|सभी|घरवाले|घर वाले|परिवार|मम्मी पापा|लोग) (?:\S+ )?मेरे बिना (?:\S+ ){0,2}?"
       r"(?:ख़?ुश|अच्छे|बेहतर|ठीक)|मेरे (?:मरने|जाने|न होने) (?:के बाद|से)(?: \S+){0,4}? "
       r"(?:ख़?ुश|फ़?र्क|फ़?रक|बेहतर)|मैं (?:न|ना|नहीं) (?:रहू[ंँ]?|रहूंगा|रहूंगी|रहूँगा|रहूँगी) "
       r"तो(?: \S+){0,3}? (?:ख़?ुश|फ़?र्क|बेहतर)|मैं (?:बस |सिर्फ़? |सबके लिए |सब पर )*(?:एक )?"
       r"बोझ (?:हू[ंँ]?|बन गया|बन गई|बन गयी)",
       framed="generic"),
    # finality: "agle hafte shayad yahan na rahu", "sabko hamesha ke liye bye",
    # "ye mera aakhri message hai", "alvida duniya"
    _r("self_harm:finality", "self_harm",
       "shayad shaayad sayad yahan yaha idhar zinda jinda zyada jyada alvida sabko aakhri "
       "akhri aakhiri hamesha humesha hmesha शायद यहाँ यहां ज़िंदा अलविदा आख़िरी आखिरी आखरी हमेशा",
       r"\b(?:shayad|shaayad|sayad) (?:\w+ ){0,3}?(?:" + _MAIN + r" )?(?:yahan|yaha|yahaan|idhar|"
       r"is duniya (?:mein|me)|zinda|jinda|aap sab ke saath|tum sab ke saath) (?:na|nahi|nhi|nai) "
       r"(?:rahu|rahun|rahoon|rahunga|rahungi|rhu|rhun|rhunga|rhungi|hounga|houngi|rahoo)\b|"
       r"\b(?:zyada|jyada|jada|zada|zyaada|lambe) (?:din|dino|time|samay|waqt) (?:tak )?(?:\w+ )?"
       r"(?:yahan|yaha|idhar|is duniya (?:mein|me)|zinda|jinda) (?:na|nahi|nhi|nai) (?:rahu|"
       r"rahun|rahunga|rahungi|rhunga|rhungi|hounga|houngi)\b|"
       r"\b(?:sabko|sab ko|sab logo ko|sab logon ko|everyone|dosto|doston|friends) (?:hamesha ke "
       r"liye |humesha ke liye |aakhri |akhri |aakhiri |last |last time |aakhri baar |akhri baar "
       r"|final )(?:bye|alvida|goodbye|good bye|tata|byee|byeee)\b|"
       r"\b(?:hamesha|humesha|hmesha) ke (?:liye|liya|lie|lye) (?:bye|alvida|goodbye|good bye)\b|"
       r"\b(?:ye|yeh|yah) (?:mera |meri )?(?:aakhri|akhri|aakhiri|last) (?:message|post|din|raat|"
       r"alvida)\b(?![^.!?]{0,25}\b(?:aaj ka|aaj ke|today|kal|abhi ke liye|group|chat|is topic|"
       r"yahan pe|session)\b)|"
       r"\balvida (?:duniya|zindagi|jindagi|sabko|sab ko)\b|"
       r"(?:शायद|शायद मैं)(?: \S+){0,3}? (?:यहा[ँं]?|इस दुनिया में|ज़?िंदा|जिंदा) (?:न|ना|नहीं) "
       r"(?:रहू[ंँ]?|रहूंगा|रहूंगी|रहूँगा|रहूँगी|होऊ[ंँ]?गा|होऊ[ंँ]?गी)" + _DE + r"|"
       r"सबको (?:हमेशा के लिए |आख़?िरी |आखरी |लास्ट )(?:बाय|अलविदा)|हमेशा के (?:लिए|लिये) "
       r"(?:अलविदा|बाय)|(?:यह|ये) (?:मेरा |मेरी )?(?:आख़?िरी|आखरी|लास्ट) (?:मैसेज|संदेश|पोस्ट|दिन|"
       r"रात)|अलविदा (?:दुनिया|ज़?िंदगी)",
       framed="generic"),
    # incitement aimed at someone else: "jaa mar ja", "doob mar", "fansi laga le",
    # "tu mar kyun nahi jata", "जा मर जा"
    _r("self_harm:incitement", ("bullying", "self_harm"),
       "mar marr doob dub doobke dubke fansi faansi phansi phaansi zeher zehar jeher jahar "
       "zahar poison suicide khudkushi khudkhushi kood haq hak मर डूब फांसी फाँसी ज़हर जहर",
       r"\b(?:ja|jaa|jao|jaake|jake) (?:ke |kr |kar )?(?:mar|marr) (?:ja|jaa|jaaa|jao|jaye|jaa "
       r"tu)\b|\b(?:ja|jaa|jao) (?:ke|kar|kr) mar\b(?! (?:raha|rahi|rha|rhi|gaya|gayi|gya|gyi|"
       r"jaunga|jaungi)\b)|"
       r"(?:^|[.!?] |\b(?:tu|tum|abe|oye|saale|saala|sala|sale|saali|sali|bas|chal|plz|please|"
       r"pagal|chutiye|kamine|loser|kutte|kutti) )(?:mar|marr) (?:ja|jaa|jaaa|jao)\b(?! (?:raha|"
       r"rahi|rha|rhi|rahe|rhe|gaya|gayi|gye|gya)\b)|"
       r"\b(?:tu|tum) (?:mar|marr) (?:kyun|kyu|kyo|q|kiu) " + _NAHI + r" (?:jata|jaati|jati|"
       r"jaata|jaate|jate|jaa)\b|\bmar (?:kyun|kyu|kyo|q|kiu) " + _NAHI + r" (?:jata|jaati|jati|"
       r"jaata|jaate|jate)\b|"
       r"\b(?:chullu bhar paani mein |chullu bhar pani me )?(?:doob|dub|doobke|dubke|doob ke|"
       r"dub ke|doob kar) (?:mar|marr|maro)\b|"
       r"\b(?:fansi|faansi|phansi|phaansi) (?:laga|lga|lagaa) (?:le|lo|ke mar)\b|"
       r"\b(?:zeher|zehar|jeher|jahar|zahar|poison) (?:kha|khaa|pi|pee) (?:le|lo|ke mar)\b|"
       r"\b(?:suicide|khudkushi|khudkhushi) (?:kar|kr) (?:le|lo|ke mar)\b|"
       r"\b(?:ja|jaa|jaake|ja ke|tu|abe|saale|saala|jao) (?:kisi )?(?:chhat|chat|building|pul|"
       r"bridge) se kood (?:ja|jaa|jao)\b|"
       r"\b" + _YOU_OBJ + r" (?:to |toh )?(?:mar (?:jana|jaana) chahiye|(?:jeene|jine|zinda "
       r"rehne) ka (?:koi )?(?:haq|hak|right) " + _NAHI + r")\b|"
       r"जा(?: के| कर)? मर (?:जा|जाओ)" + _DE + r"|(?:तू|तुम) मर (?:जा|जाओ)" + _DE + r"|"
       r"(?:^|[.!?] )मर जा" + _DE + r"|मर (?:क्यों|क्यूं|क्यूँ) नहीं (?:जाता|जाती|जाते)|डूब (?:के |कर )?"
       r"मर" + _DE + r"|(?:फांसी|फाँसी) लगा (?:ले|लो)" + _DE + r"|ज़?हर खा (?:ले|लो)" + _DE
       + r"|(?:तुझे|तुम्हें) (?:तो )?मर जाना चाहिए"),
    # -- sixth wave: exhaustion with everything, "nothing matters now", sleep
    # and never wake, "you won't see me again", burning oneself, past attempts,
    # rooftops (first person; Hinglish and Devanagari) -------------------------
    _r("self_harm:hopeless", "self_harm", "thak thaka thaki matter farak fark थक",
       r"\b(?:sab|sabse|sab se|har cheez se|sab cheezon se|zindagi se|life se) (?:se )?(?:bahut |"
       r"bohot |itna |itni )?thak (?:gaya|gayi|gya|gyi|gai|chuka|chuki)\b[^.!?]{0,30}\b(?:ab (?:aur )?"
       + _NAHI + r" (?:hota|ho raha|hora|sakta|sakti|jhela jata)|bas ab|ab (?:aur )?bardasht " + _NAHI +
       r"|jeena " + _NAHI + r")\b|\bab kuch (?:bhi )?(?:matter|farak|fark|farq) " + _NAHI + r" (?:karta|"
       r"padta|parta|pdta)(?= ?[.!?]| ?$| (?:yaar|yr|mujhe|muje|life|zindagi))|"
       r"थक (?:गया|गई|गयी|चुका|चुकी) (?:हूं|हूँ|हु|हू|हूं।)?[^.!?]{0,20}अब (?:और )?नहीं (?:होता|सहा "
       r"जाता)" + _DE, framed="generic"),
    _r("self_harm:finality", "self_harm",
       "uthna uthu uthun uthoon jagna jagu dekhoge dekhenge dekhega उठना उठूं उठूँ जागना देखोगे देखेंगे",
       r"\b(?:sona|so jana|so jaana|so jaun|so jau|so ke|soke|sojau) (?:hai |h |he )?(?:aur |or |and |"
       r"fir |phir )?(?:kabhi|fir kabhi|phir kabhi|dobara) (?:na |nahi |nhi |nai )?(?:uthna|uthu|uthun|"
       r"uthoon|jagna|jagu|jaagu)\b|\b(?:tum log|tum sab|aap log|aap sab|sab log|koi|tum|tu) "
       r"(?:mujhe|muje|mjhe) (?:dobara|fir kabhi|phir kabhi|kabhi|fir se|phir se) " + _NAHI +
       r" (?:dekhoge|dekh paoge|dekhenge|dekhega|dekhegi|dekh payega)\b|"
       r"सो(?:ना| जाना| जाऊं| जाऊँ)? (?:है )?(?:और )?(?:कभी|फिर कभी|दोबारा) (?:ना |नहीं |न )?"
       r"(?:उठना|उठूं|उठूँ|उठू|जागना|जागूं)" + _DE + r"|मुझे (?:दोबारा|फिर कभी|कभी) नहीं देख(?:ोगे|ेंगे|"
       r"ेगा|ोगी)", framed="generic"),
    _r("self_harm:injury", "self_harm", "jalati jalata jalaya jalayi jalaati jalaata जलाती जलाता जलाया",
       r"\b(?:khud ko|apne aap ko|apne haath ko|apni skin ko) (?:\w+ ){0,3}?(?:jalati|jalata|jalaya|"
       r"jalayi|jalaati|jalaata)\b|(?:खुद को|अपने आप को|अपने हाथ को) (?:\S+ ){0,3}?(?:जलाती|जलाता|"
       r"जलाया)", framed="generic"),
    _r("self_harm:attempt", "self_harm", "try koshish tried कोशिश ट्राई",
       r"\b(?:pichli baar|pichhli baar|pichli bar|last time|pehli baar|ek baar|jab) (?:\w+ ){0,3}?"
       r"(?:try|koshish|tried) (?:kiya|ki|kari|kia|kiye)?\b[^.!?]{0,30}\b(?:goliyan|goliya|goli|"
       r"pills|tablets|dawai|dawaiyan|hospital|kood|latak|fansi|faansi|nas|kalai)|"
       r"(?:पिछली बार|पिछली दफा|एक बार|जब) [^.!?]{0,20}(?:कोशिश|ट्राई) (?:की|किया)[^.!?]{0,30}"
       r"(?:गोलियां|गोलियाँ|गोली|दवाई|अस्पताल|कूद|फांसी|नस)", framed="generic"),
    _r("self_harm:planning", "self_harm", "kood kud koodna कूद",
       r"\b(?:chhat|chhath|chat|terrace|building|pul|bridge|chhat|balcony) (?:pe|par|pr|ke upar|"
       r"se)\b[^.!?]{0,25}\b(?:kood|kud) (?:jaungi|jaunga|jaun|jau|jaaun|jaana|jana|jaaungi|"
       r"jaaunga)\b|(?:छत|बिल्डिंग|पुल|बालकनी) (?:पे|पर|से)[^.!?]{0,25}कूद (?:जाऊंगी|जाऊंगा|जाऊं|"
       r"जाऊँ|जाना)", framed="generic"),
]

# =============================================================================
# grooming: secrecy, off-platform moves, camera/photo requests, personal
# questions, meeting, gifts for favours
# =============================================================================
_WHO = (
    r"(?:kisi|kisiko|ghar|gharwalo|gharwalon|ghar walo|ghar walon|gharwale|ghar wale|mummy|"
    r"mumma|mummi|mammi|mum|maa|ammi|papa|pappa|abbu|dad|parents|teacher|teachers|sir|maam|"
    r"madam|dosto|doston|friends|didi|police|bado|family)"
)
_TELL = (
    r"(?:batana|btana|batao|btao|bataana|bataiyo|batayio|batiyo|bata|bta|dikhana|dikhao|"
    r"bataega|batayega|bataegi|batayegi)"
)
_APPS = (
    r"(?:whatsapp|whats app|watsapp|whatsap|watsap|wtsp|whtsapp|wp|snap|instagram|telegram|tg|"
    r"discord|facebook|fb|sharechat|moj|private|personal|dm|inbox|personally)"
)
GROOMING: list[Rule] = [
    # secrecy: "kisi ko mat batana", "ghar pe kuch mat batana", "mummy ko batana mat",
    # "ye baat hamare beech rahegi", "hamara secret", "chat delete kar dena"
    _r("grooming:secrecy", "grooming",
       "batana btana batao btao bataana bataiyo batayio batiyo bolna kehna kahna kehena bolio "
       "dikhana bataega batayega bataegi batayegi raaz raz sikret rakhna rakhoge rakhogi rakho "
       "rkhna rkho rakhegi rakhega hamara humara beech bich "
       "बताना बताओ बताइयो बोलना कहना दिखाना राज़ राज सीक्रेट बीच रखना",
       r"\b" + _WHO + r"\b(?: \w+){0,2}? (?:ko|se|pe|par|mein|me)(?: bhi| kuch| kuchh| ye| yeh| baat| sab| abhi| "
       r"bilkul| is baare mein| iske baare me| is bare me| hamare baare mein| mere baare mein| "
       r"humari baat| hamari baat){0,3} (?:mat|mt|na|nahi|nhi|mat hi|bilkul mat|kabhi mat|kbhi mt|"
       r"kabhi bhi mat) " + _TELL + r"\b|"
       r"\b" + _WHO + r"\b(?: \w+){0,2}? (?:ko|se) (?:mat|mt|na|nahi|nhi) (?:bolna|kehna|kahna|"
       r"kehena|bolio)\b|"
       r"\b" + _WHO + r"\b(?: \w+){0,2}? (?:ko|se|pe|par) (?:kuch |ye |yeh )?(?:batana|btana|"
       r"bataana|bolna|kehna|dikhana) (?:mat|mt|nahi|nhi)\b|"
       r"\b(?:ye|yeh|yah|ye sab|yeh sab|ye baat|yeh baat|hamari baat|humari baat|hamari baatein|"
       r"humari baatein|hamari chat|humari chat|ye chat)\b(?: \w+){0,2}? (?:sirf )?(?:hamare|"
       r"humare|hum dono ke|apne) (?:beech|bich)\b|"
       r"\b(?:hamara|humara|apna|hum dono ka) (?:chhota sa |chota sa |little )?(?:secret|raaz|"
       r"raz|sikret)\b(?! santa)|"
       r"\b(?:secret|raaz|raz) (?:rakhna|rakhoge|rakhogi|rakho|rkhna|rkho|rakhegi|rakhega)\b|"
       r"(?:किसी|किसीको|घर|घरवालों|घर वालों|मम्मी|पापा|माँ|मां|मम्मी पापा|टीचर|दोस्तों|पेरेंट्स)"
       r"(?: \S+){0,2}? (?:को|पे|पर|में|से)(?: भी| कुछ| ये| यह){0,2} (?:मत|ना|न|नहीं) (?:बताना|"
       r"बताओ|बताइयो|बोलना|कहना|दिखाना)" + _DE + r"|(?:किसी|घर|मम्मी|पापा|घरवालों)(?: \S+){0,2}? "
       r"(?:को|पे|पर) (?:बताना|बोलना) (?:मत|नहीं)|(?:यह|ये|ये बात|यह बात|हमारी बात|हमारी बातें) "
       r"(?:सिर्फ़? )?(?:हमारे|हम दोनों के) बीच|(?:हमारा|अपना) (?:छोटा सा )?(?:राज़?|सीक्रेट)"
       + _DE + r"|(?:सीक्रेट|राज़?) (?:रखना|रखोगी|रखोगे)"),
    # deleting the conversation: "hamari chat delete kar dena", "मैसेज डिलीट कर दो"
    _r("grooming:secrecy", "grooming", "delete mita डिलीट मिटा",
       r"\b(?:hamari|humari|ye|yeh|saari|sari|apni|sab|meri) (?:chat|chats|message|messages|"
       r"baatein|baaten|conversation)(?: \w+)? (?:delete|mita|hata|clear) (?:kar|kr|karo|kro|kar "
       r"do|kr do|kardo|krdo|dena|de)\b|(?:चैट|मैसेज|बातें) (?:डिलीट|मिटा) (?:कर|करो|कर दो|कर देना)",
       requires="hamari humari saari sari apni meri kar kr karo kro kardo krdo dena de चैट मैसेज "
       "बातें"),
    # off-platform: "whatsapp pe baat karte hain", "snap pe aaja", "dm mein baat kr",
    # "apna number do", "tera insta id kya hai"
    _r("grooming:off_platform", "grooming",
       "whatsapp watsapp whatsap watsap wtsp whtsapp wp snap snapchat instagram insta ig telegram "
       "tg discord facebook fb sharechat moj private pvt personal dm inbox personally number "
       "व्हाट्सएप व्हाट्सऐप वॉट्सऐप स्नैप इंस्टा इंस्टाग्राम टेलीग्राम प्राइवेट पर्सनल नंबर",
       r"\b" + _APPS + r" (?:pe|par|per|pr|mein|me|mai|main)\b(?: \w+){0,2}? (?:baat|bat|baatein|"
       r"baaten|chat|message|messages|text|call|video call|aa|aao|aaja|aajao|aajaa|aajana|aana|"
       r"ana|ao|add|connect|milo|reply|ping|aaoge|aaogi|aoge|aogi|chalo|chalte)\b(?![^.!?]{0,30}"
       r"\b(?:project|homework|assignment|group|class|school|notes|presentation|padhai)\b)|"
       r"\b(?:apna|apni|apne|" + _YOUR[3:] + r" (?:whatsapp|watsapp|snap|instagram|telegram|number|"
       r"phone number|mobile number|mobile no|phone no|contact|whatsapp number|id|username)"
       r"(?: \w+)? (?:de|do|dena|dedo|de do|bhej|bhejo|bhejna|bhej do|batao|bata|btao|send|share|"
       r"chahiye|kya (?:hai|h|he))\b|"
       r"\b(?:mujhe|muje|mujhko|mereko) (?:whatsapp|watsapp|snap|instagram|telegram|discord) "
       r"(?:pe |par )?(?:add|follow|message|text) (?:kar|kr|karo|kro|karlo|kar lo|krlo|kar le|"
       r"karna)\b|"
       r"\bnumber (?:de|do|dedo|de do|bhej|bhejo) (?:na|please|yaar|jaldi|apna)\b|"
       r"(?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|स्नैप|इंस्टा|इंस्टाग्राम|टेलीग्राम|प्राइवेट|पर्सनल|डीएम) "
       r"(?:पे|पर|में)(?: \S+){0,2}? (?:बात|चैट|मैसेज|आओ|आ जाओ|आजा|आ|ऐड|मिलो)" + _DE + r"|"
       r"(?:अपना|तुम्हारा|तेरा) (?:नंबर|व्हाट्सएप|इंस्टा|स्नैप)(?: \S+)? (?:दो|दे|दे दो|भेजो|"
       r"बताओ)" + _DE,
       requires="pe par per pr mein mai main apna apni apne teri tera tere tumhari tumhara "
       "tumhare aapki aapka aapke mujhe muje mujhko mereko dedo de bhejo bhej batao btao chahiye "
       "kya baat bat aa aao aaja aajao aana ao kr kar karo kro karte krte chalo chalte "
       "पे पर में अपना तुम्हारा तेरा"),
    # camera / video call: "video call pe aao", "camera on karo", "apna face dikhao"
    _r("grooming:photo_request", "grooming",
       "video vc camera cam webcam face chehra chehera chera body badan sharir shareer room "
       "kamra live वीडियो कैमरा कैम चेहरा बॉडी कमरा",
       r"\bvideo call (?:pe|par|per|pr|mein|me)\b(?: \w+)? (?:aa|aao|aaja|aajao|aajaa|aana|ana|ao|"
       r"aaoge|aaogi|aoge|aogi|chalo|milo)\b|"
       r"\bvideo call (?:kar|karo|kr|kro|karte|krte|karein|karoge|karogi|krogi|kroge|karna|krna|"
       r"kare|karlo|kar lo|karegi|karega|karenge|krenge)\b(?![^.!?]{0,30}\b(?:project|homework|"
       r"assignment|padhai|study|group|class|notes|ghar wale|mummy|papa|nani|dadi)\b)|"
       r"\b(?:camera|cam|webcam|video) (?:on|chalu|open|shuru|start) (?:kar|karo|kr|kro|karna|"
       r"karke|kardo|kar do|krdo|karogi|karoge|rakhna|rakho)\b|"
       r"\b(?:apna|apni|" + _YOUR[3:] + r" (?:face|chehra|chehera|chera|body|badan|sharir|shareer|"
       r"figure|room|kamra|bed)(?: \w+)? (?:dikhao|dikha|dikhana|dikha do|dikhado|dikhaogi|"
       r"dikhaoge|dikhayo|dikhaiye|show karo|show kro)\b|"
       r"\blive (?:aao|aa|aaja|aana|aaogi|aaoge|ao) (?:na |abhi )?(?:mere liye|sirf mere liye|"
       r"akele|akeli)\b|"
       r"वीडियो कॉल (?:पे|पर|में) (?:आओ|आ जाओ|आजा|आना|आ)" + _DE + r"|वीडियो कॉल (?:करो|कर|करते|"
       r"करोगी|करोगे|करें)" + _DE + r"|(?:कैमरा|कैम) (?:ऑन|चालू|ओपन) (?:करो|कर|करना|कर दो)"
       + _DE + r"|(?:अपना|अपनी|तुम्हारा|तेरा) (?:चेहरा|फ़?ेस|बॉडी|शरीर|कमरा)(?: \S+)? "
       r"(?:दिखाओ|दिखा|दिखाना|दिखा दो)" + _DE,
       requires="pe par per pr mein aa aao aaja aajao aana ao kar karo kr kro karte krte karein "
       "karoge karogi krogi kroge karna krna kardo krdo rakhna rakho dikhao dikha dikhana dikhado "
       "dikhaogi dikhaoge chalu apna apni teri tera tumhara tumhari पे पर में करो कर दिखाओ दिखा "
       "अपना तुम्हारा तेरा"),
    # photos: "apni photo bhejo", "ek pic send karo", "selfie bhejogi?"
    _r("grooming:photo_request", "grooming",
       "picture pictures photo photos pic pics selfie pp pix tasveer tasvir photu foto fotu "
       "फोटो फ़ोटो तस्वीर पिक सेल्फी फोटू",
       r"\b(?:apni|apna|apne|" + _YOUR[3:-1] + r"|khud ki|ek|ek aur|ek acchi si|acchi si|koi|"
       r"mujhe|muje|mujhko|mereko|mere ko|mere liye)\b(?: (?!trip|group|class|notes|homework|"
       r"project|shaadi|party|function|kal|event|school)\w+){0,2}? " + _PIC + r"(?: \w+)? "
       r"(?:bhejo|bhejdo|bhej do|bhej de|bhejna|bhejiye|bhejoge|bhejogi|bhejegi|bhejega|send "
       r"karo|send kro|send kar do|send kr do|send karna|dikhao|dikha do|dikhado|dikhana|"
       r"dikhaogi|do|dedo|de do|chahiye)\b(?![^.!?]{0,30}\b(?:trip|group|class|project|homework|"
       r"notes|school|function|shaadi|party|event|wali|wala)\b)|"
       r"\b(?<!ki )(?<!ke )(?<!wali )(?<!wala )(?<!group )(?<!class )(?<!uski )(?<!unki )"
       r"(?<!sabki )(?<!sab ki )" + _PIC + r" (?:bhejo|bhejdo|bhej do|bhejna|bhejiye|bhejoge|"
       r"bhejogi|send karo|send kro|send kar do|send kr do|dikhao|dikhaogi|dikhado|dikha do)\b(?![^.!?]{0,30}\b(?:trip|"
       r"group|class|project|homework|notes|school|function|shaadi|party|event|kal wali|wali|"
       r"wala)\b)|"
       r"(?:अपनी|अपना|तेरी|तेरा|तुम्हारी|एक|मुझे)(?: \S+){0,2}? " + _D_PIC + r"(?: \S+)? "
       r"(?:भेजो|भेज दो|भेज दे|भेजना|भेजिए|भेजिये|भेजोगी|भेजोगे|दिखाओ|दिखा दो|दिखाना|दो|दे दो|"
       r"सेंड करो)" + _DE,
       requires="bhejo bhejdo bhej bhejna bhejiye bhejoge bhejogi bhejegi bhejega karo kro kar "
       "kr dikhao dikha dikhado dikhana dikhaogi dedo chahiye apni apna mujhe muje mujhko "
       "mereko ek भेजो भेज भेजना भेजिए भेजोगी दिखाओ दो"),
    # personal questions: age, class, home, area, school, home alone, parents away
    _r("grooming:personal_questions", "grooming",
       "age umar umr umra umer saal sal years class std standard kaksha ghar address rehti rehte "
       "rehta rahti rahte rahta rhti rhte rhta area school akeli akela akele koi mummy mum papa "
       "parents gharwale उम्र उमर साल क्लास कक्षा घर पता रहती रहते रहता स्कूल अकेली अकेले "
       "अकेला कोई मम्मी पापा",
       r"\b(?:" + _YOUR[3:-1] + r"|tum|tu|aap|apni)\b(?: \w+)? (?:age|umar|umr|umra|umer) (?:kitni|"
       r"kya|kitna|bata|batao|btao|bolo)\b|"
       r"\b(?:age|umar|umr|umra|umer) (?:kitni|kya) (?:hai|h|he|hain) " + _YOUR + r"\b|"
       r"\b(?:kitne|kitni|ktne) (?:saal|sal|years?) (?:ki|ke|ka) (?:ho|hai|h|he|hoo)\b|"
       r"\b(?<!log )(?<!sab )(?:kaunsi|konsi|kaun si|kon si|kis|kaunse|konse) (?:class|std|"
       r"standard|kaksha|grade) "
       r"(?:mein|me|mai|main|m) (?:ho|padhti|padhte|padhta|padti|padte)\b|"
       r"\b" + _YOUR + r" (?:ghar|address|school|area|colony|sector|sheher|shahar|city|gaon|"
       r"mohalla)\b(?: \w+)? (?:kahan|kaha|kidhar|kahaan|kha|kaunsa|konsa|kaun sa|kon sa|kaunse|"
       r"konse|kis|kaunsi|konsi)\b|"
       r"\b(?:kahan|kaha|kidhar|kahaan|kha) (?:pe |par )?(?:rehti|rehte|rehta|rahti|rahte|rahta|"
       r"rhti|rhte|rhta) (?:ho|hai|h|he|hoo)\b|"
       r"\b(?:tum|tu|aap) (?:kaunse|konse|kis|kaun se|kon se|kaunsi|konsi) (?:school|area|city|"
       r"sheher|shahar|colony|sector|jagah|mohalle) (?:mein|me|mai|main|se|m|ke)\b|"
       r"\bghar (?:pe|par|mein|me|m) (?:abhi |aur |koi aur )?koi (?:hai|h|he|nahi|nhi|nai|to "
       r"nahi|toh nahi)\b(?: (?:kya|na)\b| \?|$)|"
       r"\b(?:mummy|mumma|mum|papa|parents|gharwale|ghar wale|mummy papa|mum papa) (?:ghar (?:pe|"
       r"par) )?(?:kab (?:tak )?(?:aate|aayenge|aaenge|aati|aata|aayegi|aayega|lautte|lautenge|"
       r"wapas aate|ghar aate)|bahar (?:gaye|gaya|gayi|gye|gyi) (?:hain|hai|h|kya)|ghar (?:pe|par)"
       r" (?:hain|hai|h|nahi|nhi) (?:kya|na))\b|"
       r"\b(?:akeli|akela|akele) (?:ho|hai|h|he|hoo) (?:kya|abhi|na|ghar)\b|"
       r"\bschool (?:kab|kitne baje|kitne bje) (?:" + _KHATAM + r"|chhut|chhutta|chutta|chhutti|"
       r"chutti|off|over|band) (?:hota|hoti|hoga|hai|h)\b|"
       r"(?:तुम्हारी|तेरी|आपकी) (?:उम्र|उमर|एज) (?:कितनी|क्या)|कितने साल (?:की|के) (?:हो|है)"
       + _DE + r"|(?:कौनसी|कौन सी|किस) (?:क्लास|कक्षा) (?:में|मे) (?:हो|पढ़?ती|पढ़?ते)|"
       r"(?:कहा[ँं]|किधर) (?:रहती|रहते|रहता) (?:हो|है)" + _DE + r"|(?:तुम्हारा|तेरा|आपका) (?:घर|"
       r"स्कूल|एरिया|पता)(?: \S+)? (?:कहा[ँं]|कौनसा|कौन सा|किधर)|(?:तुम|तू|आप) (?:किस|कौनसे|"
       r"कौन से) (?:स्कूल|एरिया|शहर)|घर (?:पे|पर|में) (?:अभी )?कोई (?:है|नहीं)" + _DE + r"|"
       r"(?:मम्मी|पापा|मम्मी पापा) कब (?:आते|आएंगे|आएँगे|आती)|अकेली हो(?: क्या)?" + _DE
       + r"|स्कूल कब (?:ख़?त्म|छूटता|छुट्टी)",
       requires="tumhari tumhara tumhare teri tera tere aapki aapka aapke tum tu aap apni kitne "
       "kitni ktne kaunsi konsi kaun kon kis kaunse konse kahan kaha kidhar kahaan kha ghar "
       "mummy mumma papa gharwale akeli akela akele kab तुम्हारी तेरी आपकी "
       "तुम्हारा तेरा आपका कितने कौनसी कौन किस कहाँ कहां किधर तुम तू आप घर मम्मी पापा अकेली "
       "स्कूल"),
    # meeting: "mall mein milte hain", "kab milogi", "mujhse milne aao", "mere ghar aao"
    _r("grooming:meeting", "grooming",
       "milte milo milna milenge milogi miloge mil milne milke milein ghar kamre gaadi gadi "
       "lene lunga lungi घर कमरे मिलते मिलो मिलना मिलेंगे मिलोगी मिलोगे मिलने मिल लेने",
       r"\b(?:mall|park|cafe|coffee shop|restaurant|hotel|room|mere ghar|mere flat|mere room|"
       r"kahin|kahi|kahin bahar|bahar|akele|akeli|real mein|real me|real life mein|real life me|"
       r"asli mein|personally|personal mein|offline|private mein|chupke se|chupke)\b(?: \w+)?"
       r"(?: mein| me| pe| par| m)? (?:milte|milo|milna|milenge|mil sakte|mil lete|milogi|miloge|"
       r"milne|mil lo|mil le|milke|milein|mile)\b(?![^.!?]{0,25}\b(?:school|class|tuition|"
       r"coaching|sab log|sab ke saath|group|mummy|papa|family|party|birthday|bday)\b)|"
       r"\bkab (?:milogi|miloge|mil sakte|milna hai|milenge|mil sakti|mil sakta|mil sakogi)\b|"
       r"\b(?:mujhse|mujhe|muje|mujhko|humse) (?:milne|mil ne) (?:aao|aaogi|aaoge|aa jao|aajao|"
       r"aaja|aana|ana|aayegi|ao)\b|"
       r"\bmere (?:ghar|flat|room|kamre|car|gaadi|gadi) (?:pe |par |mein |me )?(?:aao|aa jao|"
       r"aajao|aaja|aana|aaogi|aaoge|aa jana|chalo|chalogi|chaloge)\b(?![^.!?]{0,30}\b(?:party|"
       r"birthday|bday|khelne|padhne|study|project|sab|mummy|papa)\b)|"
       r"\b" + _YOU_OBJ + r" (?:lene|pick karne|pick krne) (?:aa|aaunga|aaungi|aa jaunga|"
       r"aa jaungi|aa jata|aa sakta|aaun)\b|\b" + _YOU_OBJ + r" pick (?:kar|kr) (?:lunga|lungi|"
       r"lu|loonga)\b|"
       r"(?:मॉल|पार्क|कैफ़?े|होटल|कहीं|बाहर|अकेले|अकेली|मेरे घर|रियल में|असली में)(?: \S+)?"
       r"(?: में| पे| पर)? (?:मिलते|मिलो|मिलना|मिलेंगे|मिल सकते|मिलोगी|मिलने)" + _DE + r"|"
       r"कब (?:मिलोगी|मिलोगे|मिल सकते|मिलना है|मिलेंगे)|(?:मुझसे|मुझे) मिलने (?:आओ|आओगी|"
       r"आ जाओ|आना|आजा)|मेरे (?:घर|कमरे|रूम)(?: पे| पर| में)? (?:आओ|आ जाओ|आजा|आना|आओगी)"
       + _DE + r"|(?:तुम्हें|तुझे) लेने (?:आ|आऊ[ंँ]?|आऊ[ंँ]?गा)" + _DE),
    # gifts for favours: "photo ke badle diamonds", "UC dunga bas ek pic bhej",
    # "tera recharge karwa dunga"
    _r("grooming:gift", "grooming",
       "diamonds diamond dimond dimonds uc recharge paise paisa pese rupaye rupay rupees gift "
       "gifts robux skin skins pass topup top paytm gpay upi badle bdle badale डायमंड डायमंड्स "
       "रिचार्ज पैसे गिफ्ट गिफ़्ट यूसी बदले",
       r"\b(?:picture|pictures|video|videos|tasveer|photu|nudes?) (?:\w+ )?(?:ke badle|ke bdle|"
       r"ke badale|ke liye|ke lie)\b[^.!?]{0,30}\b(?:diamonds?|dimonds?|uc|recharge|paise|paisa|"
       r"pese|rupaye|rupay|rupees|gift|gifts|gift card|robux|skins?|elite pass|royal pass|top ?up|"
       r"topup|paytm|gpay|upi)\b|"
       r"\b(?:diamonds?|dimonds?|uc|recharge|paise|paisa|pese|rupaye|rupees|gift|gifts|gift card|"
       r"robux|skins?|elite pass|royal pass|top ?up|topup|paytm)\b(?: \w+){0,3}? (?:dunga|doonga|"
       r"dungi|dilaunga|dilaungi|dila dunga|karwa dunga|kara dunga|karva dunga|karwa dungi|"
       r"kra dunga|bhej dunga|bhej dungi|de dunga|de dungi|daal dunga|dal dunga|dalwa dunga)\b"
       r"[^.!?]{0,40}\b(?:picture|pictures|video|videos|agar|agr|bas|badle|bdle|bhejo|bhej|"
       r"dikhao|dikha|video call|milo|milne|aao)\b|"
       r"\b(?:picture|pictures|video|nudes?) (?:\w+ )?(?:bhejo|bhej|bhejogi|bhejoge|dikhao|dikha|"
       r"bhejna|send karo|send kr)\b[^.!?]{0,30}\b(?:to|toh|tab|phir|fir|aur)\b[^.!?]{0,20}"
       r"\b(?:diamonds?|dimonds?|uc|recharge|paise|rupaye|gift|robux|skins?|elite pass|royal "
       r"pass|topup|paytm)\b|"
       r"\b" + _YOUR + r" (?:phone |mobile |free fire |ff |bgmi |pubg )?(?:recharge|top ?up|"
       r"topup) (?:\w+ )?(?:karwa|kara|karva|krwa|kar|kr) (?:dunga|dungi|doonga|deta|deti|du|"
       r"dun)\b|"
       r"(?:फ़?ोटो|तस्वीर|वीडियो) (?:के बदले|के लिए)(?: \S+){0,4}? (?:डायमंड|डायमंड्स|रिचार्ज|पैसे|"
       r"गिफ़?्ट|यूसी)|(?:डायमंड|डायमंड्स|रिचार्ज|पैसे|गिफ़?्ट|यूसी)(?: \S+){0,3}? (?:दूंगा|दूँगा|"
       r"दूंगी|दिलाऊ[ंँ]?गा|करवा दू[ंँ]?गा)(?: \S+){0,6}? (?:फ़?ोटो|वीडियो|अगर|बस|बदले)",
       requires="dunga doonga dungi dilaunga dilaungi karwa kara karva krwa bhejo bhej dikhao "
       "badle bdle badale liye lie deta deti bhejogi bhejoge दूंगा दूँगा दूंगी दिलाऊंगा बदले लिए"),
]

# =============================================================================
# harm: insults, exclusion, slurs, threats, sextortion, sexual requests,
# Hinglish profanity abbreviations
# =============================================================================
_INSULT = (
    r"(?:pagal|bewakoof|bewkoof|bevkoof|bewakuf|kamina|kamine|kamini|kaminey|ullu|gadha|gadhe|"
    r"gadhi|nalayak|nikamma|nikammi|nikamme|suar|suvar|suwar|janwar|jaanwar|bhains|chhapri|"
    r"chapri|bhikhari|bhikari|ghatiya|motu|kaalu|kalu|chutiya|chutiye|harami|kutta|kutte|kutti)"
)
_SLUR = (
    r"(?:chamar|chamaar|chamari|chamarr|bhangi|bhangan|chuhra|chuhda|chuhre|dhed|katua|katwe|"
    r"katue|katuye|hijra|hijda|hijde|hijdo|hijre|chhakka|chakka|chhakke|chakke)"
)
_SLUR2 = r"(?:chinki|chinky|bihari|madrasi|mulla|mulle|nepali|bangladeshi|pakistani)"
_D_SLUR = r"(?:चमार|भंगी|चूहड़?ा|चुहड़?ा|कटुआ|कटुए|हिजड़?ा|हिजड़?े|छक्का|छक्के)"
HARM: list[Rule] = [
    # insults with abusive heads: "abe kamine", "saala ullu", "tujh jaisa gadha",
    # "ullu ka pattha", "kutte ki aulaad", "nalayak kahin ka"
    _r("bullying:insult", "bullying",
       "pagal bewakoof bewkoof bevkoof bewakuf kamina kamine kamini kaminey ullu gadha gadhe "
       "gadhi nalayak nikamma nikammi nikamme suar suvar suwar janwar jaanwar bhains chhapri "
       "chapri bhikhari bhikari ghatiya motu kaalu kalu chutiya chutiye harami kutta kutte kutti "
       "bandar पागल बेवकूफ़ बेवकूफ कमीना कमीने उल्लू गधा गधे नालायक निकम्मा सूअर कुत्ते कुत्ता",
       r"\b(?:saale|saala|sala|sale|saali|sali|chup kar|chup kr|tujh jaisa|tujh jaise|tujh jaisi|"
       r"tere jaisa|tere jaise|tere jaisi|ek number ka|ek no ka|ek number ki|sabse bada|sabse "
       r"badi) (?:\w+ )?" + _INSULT + r"\b|"
       r"\b(?:abe|abey|oye|oyee|chal nikal|nikal) (?:\w+ )?(?!pagal)" + _INSULT + r"\b|"
       r"\bullu (?:ka|ke|ki) (?:pattha|patha|patthe|pathe|pathha|pathhe|patthi|patthaa)\b|"
       r"\b(?:gadhe|gadhi|suar|suwar|suvar|kutte|kuttey|kutti|haram|harami|ullu|bandar) (?:ki|ke|"
       r"ka) (?:aulad|aulaad|aulaat|bachche|bacche|bachcha|pille|pilla|maut)\b|"
       r"\b(?:pagal|bewakoof|kamina|kamine|ullu|gadha|gadhe|nalayak|nikamma|chhapri|chapri|"
       r"bhikhari|ghatiya|harami) (?:kahin ka|kahin ki|kahi ka|kahi ki|kahin ke)\b|"
       r"(?:साले|साला|साली|अबे|ओए|तुझ जैसा|तेरे जैसा|तुझ जैसे)(?: \S+)? (?:पागल|बेवकूफ़?|कमीना|"
       r"कमीने|कमीनी|उल्लू|गधा|गधे|नालायक|निकम्मा|सूअर|कुत्ते|कुत्ता|घटिया)|उल्लू (?:का|के) "
       r"पट्ठ[ाे]|(?:गधे|सूअर|कुत्ते|हराम) (?:की|के) (?:औलाद|बच्चे|पिल्ले)|(?:पागल|कमीना|नालायक|"
       r"गधा) कहीं (?:का|की)"),
    # put-downs and exclusion: "teri aukaat kya hai", "aukaat mein reh", "tujhe koi pasand
    # nahi karta", "apni shakal dekh", "dafa ho ja", "tu bojh hai"
    _r("bullying:exclusion", "bullying",
       "aukaat aukat okat okaat aukad aukaad auqat auqaat shakal shakl shkal sakal moonh munh muh "
       "thobda thobra pasand pyaar pyar bhaav bhav dost saheli tera tumhara "
       "layak laayak lyk laik dafa daffa dfa nafrat nafarat tujhse tumse bojh boj kalank kisi "
       "औकात शक्ल शकल मुंह मुँह पसंद दोस्त लायक दफ़ा दफा नफ़रत नफरत बोझ",
       r"\b(?:teri|tumhari|tera|tumhara|apni|tere|tumhare) (?:koi |kya |bas |itni |yehi |yahi )?"
       r"(?:aukaat|aukat|okat|okaat|aukad|aukaad|auqat|auqaat)\b|"
       r"\b(?:aukaat|aukat|okat|aukad|auqat|auqaat) (?:mein|me|m) (?:reh|rah|rahe|rehna|rahna|raho|"
       r"rho)\b|"
       r"\b" + _YOU_OBJ + r" (?:koi|koi bhi|kisi ko bhi) (?:pasand|like|pyaar|pyar|bhaav|bhav) "
       + _NAHI + r" (?:karta|karti|karte|krta|krti|krte|deta|deti|dete)\b|"
       r"\b(?:tera|tumhara|teri|tumhari) koi (?:bhi )?(?:dost|friend|friends|yaar|saheli) " + _NAHI
       + r" (?:hai|h|he|banega|banegi|bnega)\b|"
       r"\b(?:tu|tum) (?:kisi|kissi) (?:kaam|kam|layak|laayak|lyk|laik) (?:ka |ki |ke )?" + _NAHI
       + r"\b|"
       r"\b(?:apni|apna) (?:shakal|shakl|shkal|sakal|moonh|munh|muh|thobda|thobra) (?:dekh|dekhi|"
       r"dekha|to dekh|toh dekh)\b|\b(?:shakal|shakl|shkal|sakal|thobda) (?:dekhi|dekha) (?:hai )?"
       r"(?:apni|apna|kabhi)\b|"
       r"\b(?:dafa|daffa|dfa) (?:ho|hoja|ho ja|ho jao|hojao)\b|"
       r"\b(?:sab|sabhi|koi) (?:log )?(?:tujhse|tumse|tujhe|tumhe) (?:nafrat|nafarat|hate) "
       r"(?:karte|krte|karta|karti)\b|"
       r"\b(?:tu|tum) (?:ek |sabke liye |sab ke liye |family ke liye |ghar walo ke liye )*(?:bojh|"
       r"boj|burden|kalank) (?:hai|h|he|ho)\b|"
       r"(?:तेरी|तुम्हारी|अपनी) (?:कोई |क्या )?औकात|औकात में (?:रह|रहो)|(?:तुझे|तुम्हें) कोई "
       r"(?:पसंद|प्यार) नहीं (?:करता|करती|करते)|(?:तेरा|तुम्हारा) कोई (?:दोस्त|फ्रेंड) नहीं|"
       r"(?:तू|तुम) किसी (?:काम|लायक) (?:का |की |के )?नहीं|(?:अपनी|अपना) (?:शक्ल|शकल|मुं?ह|मुँह) "
       r"देख|दफ़?ा हो (?:जा|जाओ)" + _DE + r"|(?:तू|तुम) (?:एक )?(?:बोझ|कलंक) (?:है|हो)"),
    # caste and other slurs used as insults: "saala chamar", "tu bhangi hai",
    # "chamar kahin ka", "neech jaat ka", "ja gutter saaf kar"; bare mentions
    # (discussion of caste discrimination) are not matched
    _r("bullying:slur", ("bullying", "slur"),
       "chamar chamaar chamari chamarr bhangi bhangan chuhra chuhda chuhre dhed katua katwe "
       "katue katuye hijra hijda hijde hijdo hijre chhakka chakka chhakke chakke chinki chinky "
       "bihari madrasi mulla mulle nepali bangladeshi pakistani neech gutter gutar naali nali "
       "pakistan pakistaan चमार भंगी चूहड़ा चुहड़ा कटुआ कटुए हिजड़ा हिजड़े छक्का छक्के नीच",
       r"\b(?:tu|tum|tujh jaisa|tujh jaise|tujh jaisi|tere jaisa|tere jaise|tere jaisi|saala|"
       r"saale|sala|sale|saali|sali|abe|abey|oye|ganda|gandi|gande|neech|ghatiya|dirty)"
       r"(?: \w+)? " + _SLUR + r"\b(?! (?:maar|mara|maara|mar|lagaya|laga|lagao|lagana|lagega|"
       r"marega|maarega|lag gaya|hit|khaya|shot|wala shot)\b)|"
       r"\b" + _SLUR + r" (?:kahin ka|kahin ki|kahi ka|kahi ki|kahin ke|ki aulad|ki aulaad|ki "
       r"aulaat|ke bachche|ke bacche|hai kya|h kya|he kya|hai tu|h tu|hai tum|ho tum)\b|"
       r"\b" + _SLUR + r" (?:jaisa|jaisi|jaise)\b(?! (?:shabd|words?|gaali|gaaliyan|galiyan|"
       r"lafz|alfaaz|shabdon|slur|slurs)\b)|"
       r"\b(?:saala|saale|sala|sale|saali|sali|ganda|gandi|gande) " + _SLUR2 + r"\b|"
       r"\b" + _SLUR2 + r" (?:kahin ka|kahin ki|kahi ka|kahi ki|ki aulad|ki aulaad)\b|"
       r"\bneech (?:jaat|jaati|jati|zaat|caste|kaum) (?:ka|ki|ke|wala|wali|wale)\b|"
       r"\b(?:ja|jaa|jao|tu|tum) (?:ja ke |jaake |jake )?(?:gutter|gutar|naali|nali|naala|"
       r"toilet|sandas|latrine) (?:saaf|saf) (?:kar|kr|karo|kro)\b|"
       r"\b(?:pakistan|pakistaan|bangladesh) (?:chala|chale|chali) (?:ja|jaa|jao)\b|"
       r"(?:तू|तुम|साला|साले|साली|अबे|गंदा|गंदी|नीच|तुझ जैसा|तेरे जैसा)(?: \S+)? " + _D_SLUR
       + _DE + r"|" + _D_SLUR + r" (?:कहीं का|कहीं की|की औलाद|है तू)|नीच (?:जात|जाति) (?:का|की|के)"
       + _DE + r"|पाकिस्तान (?:चला|चली|चले) (?:जा|जाओ)" + _DE,
       requires="saala saale sala sale saali sali ganda gandi gande kahin kahi ki ke tu tum ja "
       "jaa jao tujh tere abe abey oye neech ghatiya chala chale chali hai h he ho jaisa jaisi "
       "jaise तू तुम साला साले साली अबे गंदा गंदी नीच कहीं की है चला चली चले"),
    # violent threats: "haddi tod dunga", "tera sar phod dunga", "tujhe goli maar dunga",
    # "zinda nahi chhodunga", "school ke baad mil tujhe batata hu", "mujhe pata hai tu
    # kahan rehta hai"
    _r("threat:violence", "threat",
       "haddi haddiyan haddiya hadiya hadi pasli pasliyan taang taange tange tangen daant dant "
       "daanth muh munh moonh mooh sar sir jabda jabde gardan naak battisi bathisi khopdi khopadi "
       "goli chaku chaaku chakku knife chhura talwar chhodunga chodunga chhodungi chodungi "
       "chhodenge chodenge pachtayega pachtaega pachtayegi pachtaegi mil milna sabak maza "
       "pata pta maloom malum jaanta janta jaanti janti barbaad barbad tabaah tabah "
       "हड्डी हड्डियाँ हड्डियां पसली टांग टाँग दांत दाँत मुंह मुँह सर सिर जबड़ा गर्दन गोली "
       "चाकू छुरा छोड़ूंगा छोड़ूँगा पछताएगा पछताएगी सबक पता",
       r"\b(?:haddi|haddiyan|haddiya|hadiya|hadi|haddi pasli|pasliyan|pasli|taang|taange|tange|"
       r"tangen|daant|dant|daanth|muh|munh|moonh|mooh|sar|sir|jabda|jabde|gardan|naak|battisi|"
       r"bathisi|khopdi|khopadi)\b(?: \w+)? (?:tod|tor|tood|phod|fod|todd) (?:" + _DUNGA + r")\b|"
       r"\b" + _YOU_OBJ + r"\b(?: \w+){0,2}? (?:goli|chaku|chaaku|chakku|knife|chhura|talwar) "
       r"(?:maar|mar|ghop|ghusa|ghused|chala|chalaa|bhonk) (?:" + _DUNGA + r")\b|"
       r"\b(?:goli|chaku|chaaku|chakku) (?:maar|mar|ghop|ghusa|chala|bhonk) (?:" + _DUNGA + r") "
       + _YOU_OBJ + r"\b|"
       r"\b(?:zinda|jinda) (?:nahi|nhi|nai|na) (?:chhodunga|chodunga|chhodungi|chodungi|chhodenge|"
       r"chodenge|chhodoonga)\b|\b(?:nahi|nhi|nai) (?:chhodunga|chodunga|chhodungi|chodungi|"
       r"chhodenge|chodenge) " + _YOU_OBJ + r"\b|"
       r"\b(?:tu|tum) (?:bahut |bohot |bhot )?(?:pachtayega|pachtaega|pachtayegi|pachtaegi|"
       r"pachtaoge|pachtaogi|pachhtayega|pachtaayega)\b|"
       r"\b(?:school|class|tuition|coaching|chhutti|chutti) (?:ke )?(?:baad|bahar|ke bahar|ke "
       r"baad) (?:mil|milna|miliyo|milio|dekh|dekhna|aa|aana)\b(?: \w+){0,2}? (?:tujhe|tu|tumhe|"
       r"batata|bataunga|bataungi|dekhta|dekhunga|dekhungi|dekh lunga|dekh lenge|sabak)\b|"
       r"\b(?:mujhe|muje|mereko) (?:pata|pta|maloom|malum) (?:hai|h|he) (?:tu|tum|teri|tera|"
       r"tumhara|tumhari)\b(?: \w+){0,2}? (?:kahan|kaha|kidhar|kahaan|kis) (?:rehta|rehti|rehte|"
       r"rahta|rahti|rhta|rhti|ghar|school|padhta|padhti|jaati|jaata)\b|"
       r"\b(?:mai|main|m|me|mujhe) " + _YOUR + r" (?:ghar|school|address) (?:jaanta|janta|jaanti|"
       r"janti|pata|pta) (?:hu|hoon|hun|h|hai)\b|"
       r"\b(?:sabak|maza) (?:sikha|sikhaa|chakha|chakhaa) (?:dunga|dungi|denge|doonga)\b|"
       r"\b" + _YOU_OBJ + r" (?:barbaad|barbad|tabaah|tabah) (?:kar|kr) (?:" + _DUNGA + r")\b|"
       r"(?:हड्डी|हड्डिया[ँं]|पसली|टा[ंँ]ग|टा[ंँ]गें|दा[ंँ]त|मु[ंँ]ह|सर|सिर|जबड़?ा|गर्दन)(?: \S+)? "
       r"(?:तोड़?|फोड़?) " + _D_DUNGA + r"|(?:तुझे|तुम्हें|तुम्हे|तेरे को)(?: \S+){0,2}? (?:गोली|चाकू|"
       r"छुरा) (?:मार|घोंप|चला) " + _D_DUNGA + r"|ज़?िंदा नहीं छोड़?[ूु][ंँ]?(?:गा|गी)|नहीं "
       r"छोड़?[ूु][ंँ]?(?:गा|गी) (?:तुझे|तुम्हें)|(?:तू|तुम) (?:बहुत )?(?:पछताएगा|पछताएगी|पछताओगे|"
       r"पछताओगी)|सबक सिखा " + _D_DUNGA + r"|मुझे पता है (?:तू|तुम) (?:कहा[ँं]|किधर) (?:रहता|"
       r"रहती|रहते)",
       requires="dunga doonga dungi doongi dungaa du dun doon dalunga dalungi daalunga daalungi "
       "denge dege dalenge tujhe tumhe tereko tuje tumko tujhko tumhein zinda jinda nahi nhi nai "
       "tu tum batata bataunga bataungi dekhta dekhunga dekhungi dekh janta jaanta jaanti janti "
       "mujhe muje mereko दूंगा दूँगा दूंगी दूँगी डालूंगा डालूँगा देंगे तुझे तुम्हें तुम्हे "
       "नहीं तू तुम मुझे सबक"),
    # sextortion / exposure: "tera photo viral kar dunga", "teri chat sabko dikha dunga",
    # "nahi bheja to leak kar dunga"
    _r("threat:sextortion", ("threat", "sexual"),
       "viral leak upload post public expose forward dikha bhej daal bata वायरल लीक अपलोड "
       "पोस्ट दिखा",
       r"\b(?:teri|tera|tumhari|tumhara|tere|tumhare|aapki|aapka)\b(?: \w+){0,3}? (?:picture|"
       r"pictures|video|videos|chat|chats|message|messages|baatein|baaten|screenshot|screenshots|"
       r"ss|nudes?|photu|fotu|foto|tasveer|tasvir|dp|photos)\b(?: \w+){0,4}? (?:viral|leak|upload|post|public|expose|"
       r"forward|share) (?:kar |kr |karke |krke )?(?:" + _DUNGA + r")\b|"
       r"\b(?:teri|tera|tumhari|tumhara|tere|tumhare)\b(?: \w+){0,3}? (?:picture|pictures|video|"
       r"videos|chat|chats|screenshot|screenshots|ss|nudes?|photu)\b(?: \w+){0,3}? (?:sabko|sab "
       r"ko|sabhi ko|school mein|school me|class mein|class me|group mein|group me|ghar walo ko|"
       r"gharwalo ko|mummy ko|papa ko|instagram pe|net pe|internet pe|facebook pe)(?: \w+)? "
       r"(?:dikha|bhej|daal|dal|post|forward|bata) (?:" + _DUNGA + r")\b|"
       r"\b(?:agar|agr|nahi|nhi|nai|warna|varna|vrna|wrna)\b[^.!?]{0,40}"
       r"\b(?:viral|leak|upload|post|expose|sabko dikha|sab ko dikha|sabko bhej|sab ko bhej) "
       r"(?:kar |kr )?(?:" + _DUNGA + r")\b|"
       r"(?:तेरी|तेरा|तुम्हारी|तुम्हारा|तेरे|तुम्हारे)(?: \S+){0,3}? (?:" + _D_PIC + r"|वीडियो|"
       r"चैट|स्क्रीनशॉट)(?: \S+){0,4}? (?:वायरल|लीक|अपलोड|पोस्ट|सबको दिखा|सब को दिखा) (?:कर )?"
       + _D_DUNGA + r"|(?:वरना|नहीं तो|अगर)(?: \S+){0,8}? (?:वायरल|लीक) कर " + _D_DUNGA,
       requires="dunga doonga dungi doongi dungaa du dun doon dalunga dalungi daalunga daalungi "
       "denge dege dalenge दूंगा दूँगा दूंगी दूँगी डालूंगा डालूँगा देंगे दूं दूँ"),
    # sexual requests: "kapde utaro", "bina kapdo ke photo", "sexy pic bhejo", "nude
    # chahiye", "tumne abhi kya pehna hai", "sex chat karogi"
    _r("sexual:request", "sexual",
       "kapde kapdey kapda kapre kapdon kapdo utaro utaaro utar utaar bina sexy hot private "
       "pvt gandi gande nude nudes noodz nudez nudess nangi nanga bold naughty bikini bra "
       "underwear panty chaddi pehna pehne pehni pahna pahne pehen sex sexting sexchat romance "
       "boobs chhati chhatiyan breast breasts nipples gaand gand jism "
       "कपड़े कपड़ों उतारो उतार सेक्सी हॉट नंगी न्यूड गंदी सेक्स पहना पहने",
       r"\b(?:kapde|kapdey|kapda|kapre|kapdon|kapdo) (?:\w+ )?(?:utaro|utaaro|utar|utaar|utaar do|"
       r"utar do|utaardo|utardo|utaarke|utarke|utaaroge|utarogi|utaarogi|utaroge|nikalo|nikal do|"
       r"kholo|khol do)\b(?<!geele kapde utaro)(?<!gile kapde utaro)(?![^.!?]{0,15}\b(?:naha|"
       r"nahane|nahana|nahao|dho|dhone|dhona|sukha|sukhane|badal|badlo|badalne|press|iron)\w*)|"
       r"\bbina (?:kapdo|kapdon|kapde|kapdey|kapro) (?:ke |k )?(?:picture|pictures|video|videos|"
       r"aao|aa|dikho|dikhao|dikhna|video call|photu|bhejo)\b|"
       r"\b(?:sexy|hot|private|gandi|gande|nude|nangi|nanga|bold|naughty|bikini|bra|underwear|"
       r"panty|chaddi) (?:wali |wala |wale |si |sa )?(?:picture|pictures|video|videos|photu|"
       r"vid) (?:\w+ )?(?:bhejo|bhej|bhejna|bhejdo|bhej do|bhej de|bhejogi|bhejoge|dikhao|dikha|"
       r"dikha do|send karo|send kro|send kar|do|dedo|de do|chahiye|dena)\b|"
       r"\b(?:nudes?|noodz|nudez|nudess) (?:\w+ )?(?:chahiye|de|do|dedo|de do|dena|bhejo|bhej|"
       r"send kar|send karo|send kr|send kro|dikhao)\b|"
       r"(?:^|(?<=[.!?] )|" + _lb("abhi|btao|batao|acha|achha|hmm|waise|to|toh|hey|hi|hello|jaan|"
                                 "baby") + r")"
       r"(?:tumne|tune|tum|tu|aapne) (?:abhi )?(?:kya|konse|kaunse|kaun se) (?:kapde )?(?:pehn[ae]|"
       r"pahn[ae]|pehen[ae]|pehni|pehn rakh[ae]) (?:hai|h|he|hain|hua|huye|hue|rakha|rkha|rakhe)\b"
       r"(?![^.!?]{0,25}\b(?:party|shaadi|function|school|kal|diwali|event|ke liye|holi|eid)\b)|"
       r"\b(?:sex|sexting|sex chat|sexchat|romance|gandi baatein|gandi baaten|dirty talk) "
       r"(?:\w+ )?(?:karogi|karoge|karegi|karega|karein|karen|karte hain|karte h|karte hai|"
       r"karna hai|krogi|kroge|krna h|karna h|krein|krte h|krte hai)\b|"
       r"\b(?:apne|apni|tere|teri|tumhare|tumhari) (?:boobs|chhati|chhatiyan|chhatiyaan|breast|"
       r"breasts|nipples|gaand|gand|private part|private parts|jism|badan|bum|thighs) (?:\w+ )?"
       r"(?:dikhao|dikha|dikhana|dikha do|bhejo|bhej|show karo|show kro|chhune de|chhune do)\b|"
       r"कपड़?े (?:उतारो|उतार दो|उतारके|उतार के|उतारोगी|उतारोगे)" + _DE + r"|बिना कपड़?ों? के "
       r"(?:" + _D_PIC + r"|वीडियो|आओ|दिखो)|(?:सेक्सी|हॉट|नंगी|न्यूड|गंदी)(?: वाली)? (?:" + _D_PIC
       + r"|वीडियो)(?: \S+)? (?:भेजो|भेज|दिखाओ|दो|चाहिए)" + _DE + r"|(?:सेक्स|गंदी बातें) "
       r"(?:करोगी|करोगे|करें|करते हैं)|(?:तुमने|तूने) (?:अभी )?क्या पहन[ाे] (?:है|हुआ)",
       requires="utaro utaaro utar utaar utaardo utardo utaarke utarke utaaroge utarogi "
       "utaarogi utaroge nikalo kholo bina bhejo bhej bhejna bhejdo bhejogi bhejoge dikhao dikha "
       "dikhana chahiye dedo dena karogi karoge karegi karega karein karen karte karna krogi "
       "kroge krna krein krte pehna pehne pehni pahna pahne pehen tumne tune aapne कपड़े "
       "कपड़ों उतारो उतार भेजो भेज दिखाओ चाहिए करोगी करोगे करें करते तुमने तूने"),
    # Hinglish abuse abbreviations: "bc" (phrase form "because") and "mc" as a whole
    # token next to Hinglish abuse context ("abe bc", "bc tu chup kar", "kya bakwas
    # hai bc"); "bc" meaning because ("bc i was late") and "mc" for Minecraft pass
    _r("profanity:abbrev", "profanity", "bc mc",
       r"\b(?:abe|abey|oye|oy|saale|saala|sala|sale|chup|chal nikal|nikal|bhag|teri|tera|tu|"
       r"tujhe|bhai|bhaiya|yaar|yr|arre|are|kya|kyu|kyun|ab|phir|fir|hai|h|tha|thi|gaya|gya|"
       r"gayi|gyi|raha|rha|rahi|rhi|hoga|kar|kr|de|le|ja|hua|huya) because(?= [.!?]|$| (?:tu|tum|"
       r"teri|tera|tujhe|kya|kyu|saale|saala|yaar|bhai|abe|chup|ye|yeh|kaun|kitna|kitni|bakwas|"
       r"sab)\b)|"
       r"(?:^|[.!?] )because (?:tu|tum|teri|tera|tujhe|kya|kyu|kyun|saale|saala|sala|yaar|bhai|"
       r"abe|chup|ye|yeh|kaun|kitna|kitni|bakwas|aisa|kaisa|kaise)\b|"
       r"\b(?:abe|abey|oye|saale|saala|sala|sale|chup|chup kar|bhag|nikal|teri|tu) mc\b|"
       r"\bmc (?:saale|saala|sala|tu|teri|tera|abe|chup|bhag|nikal)\b", quoted=False),
]

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
    r"sikhaya|sikhaaya|kaha|bola|padhaya|dikhaya|discuss|charcha)\b",
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
    r"\b(?:dhokha|dhoka|thagi|farzi)\b",
    # Devanagari forms of the same frames
    r"(?:अगर|यदि|जब) (?:कोई|किसी) (?:भी )?(?:दोस्त|अनजान|अजनबी|इंसान|आदमी|बच्चा|बच्चे|लड़?का|"
    r"लड़?की|तुमसे|आपसे|तुम्हें|आपको|ने)",
    r"(?:टीचर|सर|मैडम|मैम|स्कूल|क्लास|मम्मी|पापा|वीडियो|ख़?बर)(?: ने| में)(?: \S+){0,4}? "
    r"(?:बताया|समझाया|सिखाया|कहा|पढ़?ाया|दिखाया)",
    r"(?:हमने|हमें|हमको|हम सबने)(?: \S+){0,4}? (?:सीखा|पढ़?ा|सिखाया|बताया|समझाया|चर्चा)",
    r"(?:प्लेटफ़?ॉर्म|ऐप्स|कंपनी|कंपनियों|सरकार|सोशल मीडिया) (?:को|ने|पर)",
    r"(?:ऐसे|ऐसी|इस तरह के|इस तरह की) (?:लोग|मैसेज|संदेश|बातें|वीडियो|पोस्ट)",
    r"(?:किसी|कोई|एक)(?: \S+){0,2}? (?:अनजान|अजनबी|आदमी|अंकल|लड़?के|अकाउंट) ने|किसी ने|"
    r"(?:मैसेज|संदेश) (?:आया|आते)",
    r"(?:कभी|कभी भी) (?:किसी|अनजान|अजनबी) (?:को|से)",
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
