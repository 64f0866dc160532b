"""Skin colour put together with a body insult: "tu kaali aur moti hai", "you're
dark and fat", "eres negra y gorda", "你又黑又胖" (appended to `harm.RULES`).

Found missing on a blind evaluation (Hindi "तू काली और मोटी है" and Hinglish
"tu kaali aur moti hai"): the insult rules read one adjective after the
copula, so a colour word first ("kaali aur moti") hid the insult after it.
A colour word alone is no insult ("your dress is black", "kaala chashma",
"tu kaali t-shirt pehen"); said of the reader *together with* a body insult
it is colourism, in every language of the package:

* the copula or address + a skin colour + "and" + fat / ugly / gross (or the
  other way round), 13 languages;
* Hindi also names skin colour alone as an insult: "tu kaali hai", "teri
  shakal kitni kaali hai", "kaluti", "kalooti", "kaala kauwa", and the "X
  kahin ki" form ("kaali moti kahin ki", "कलूटी कहीं की"); "kali" (a bud,
  the goddess) passes outside these forms, and the Arabizi report frame no
  longer reads "kali aur/hai" as "he told me" (packs/ar/frames.py).

Reports and quotes are excused by the frames; a colour of things ("your
shoes are black and ugly") has no reader as subject.
"""

from __future__ import annotations

import unicodedata

from .packs.zh import zrule
from .rules import Rule, rule

_N = unicodedata.normalize

_INT_EN = r"(?:(?:so|really|such|too|very|literally|super|kinda|mad|hella|that|like|a|an|fucking) )*"
_DARK_EN = r"(?:dark|black|brown|darkie|darky|burnt|charcoal|dark skinned|dark skin)"
_BODY_EN = (r"(?:fat|ugly|gross|disgusting|hairy|smelly|chubby|fatty|fugly|nasty|dirty|fat ass|"
            r"obese|hideous|greasy|stinky|whale|pig|cow)")
_DARK_ES = r"(?:negra|negro|morena|moreno|prieta|prieto|oscura|oscuro|negrita|negrito|negraza)"
_BODY_ES = r"(?:gorda|gordo|fea|feo|asquerosa|asqueroso|gordita|gordito|cerda|cerdo|vaca|ballena)"
_DARK_FR = r"(?:noire|noir|foncee|fonce|marron|black|cramee|crame|toute noire|tout noir)"
_BODY_FR = r"(?:grosse|gros|moche|laide|laid|degueu|degueulasse|immonde|vache|baleine)"
_DARK_PT = r"(?:preta|preto|escura|escuro|pretinha|pretinho|neguinha|neguinho)"
_BODY_PT = r"(?:gorda|gordo|feia|feio|nojenta|nojento|baleia|gordinha|gordinho|horrorosa|horroroso)"
_DARK_DE = r"(?:dunkel|schwarz|braun|dunkelhautig|verbrannt)"
_BODY_DE = r"(?:fett|hasslich|dick|eklig|widerlich|ekelhaft|fettsack|fett und|hasslig)"
_DARK_IT = r"(?:nera|nero|scura|scuro|marrone|bruciata|bruciato)"
_BODY_IT = r"(?:grassa|grasso|brutta|brutto|cicciona|ciccione|schifosa|schifoso|obesa|obeso)"
_DARK_RU = r"(?:черная|черный|темная|темный|смуглая|смуглый|чернож\w+|черномаз\w+)"
_BODY_RU = (r"(?:жирная|жирный|толстая|толстый|страшная|страшный|уродливая|уродливый|мерзкая|"
            r"мерзкий|противная|противный|уродина|урод)")
_DARK_AR = r"(?:سودا|سوداء|سوده|اسود|سمرا|سمراء|سمره|اسمر|كحلي|كحليه|فحمه)"
_BODY_AR = (r"(?:سمينه|سمين|تخينه|تخين|بشعه|بشع|قبيحه|قبيح|وحشه|وحش|دبه|بقره|مقرفه|مقرف|"
            r"بدينه|بدين)")
_DARK_HI = r"(?:kaali|kali|kaala|kala|kalu|kalua|kaluti|kalooti|sanwli|saanwli|kaale|kaalu)"
_BODY_HI = (r"(?:moti|mota|mote|motu|badsurat|gandi|ganda|bhaddi|bhadda|bhains|bhens|haathi|hathi|"
            r"ugly|fat|chudail|budhi|bandariya|bandar)")
_D_DARK = r"(?:काली|काला|कालू|कलूटी|कलुआ|सांवली|साँवली)"
_D_BODY = r"(?:मोटी|मोटा|मोटू|बदसूरत|गंदी|गंदा|भद्दी|भद्दा|भैंस|हाथी|चुड़ैल|बंदरिया)"
_DARK_TR = r"(?:kara|kapkara|simsiyah|siyah|esmer|kopkoyu|koyu)"
_BODY_TR = (r"(?:sismansin|siskosun|cirkinsin|sisko|cirkin|sisman|domuzsun|domuz|igrencsin|igrenc|"
            r"kokuyorsun|yagli|yaglisin|hayvansin|inek|ineksin)")
_DARK_PL = r"(?:czarna|czarny|ciemna|ciemny|smagla|smagly|brudna|brudny|przypalona|przypalony)"
_BODY_PL = (r"(?:gruba|gruby|brzydka|brzydki|obrzydliwa|obrzydliwy|tlusta|tlusty|grubasem|grubaska|"
            r"paskudna|paskudny|ohydna|ohydny|swinia|krowa)")
_DARK_ID = r"(?:item|hitam|dekil|buluk|gosong|iteman|keling|kayak arang)"
_BODY_ID = r"(?:gendut|jelek|gembrot|dekil|buluk|bau|pendek|gembul|jelek banget|burik|buriq)"


def _pair(dark: str, body: str, between: str = r"(?:\w+ )?") -> str:
    """A colour and a body insult joined in either order ("X and Y", "X, Y", "X Y")."""
    return (r"(?:" + dark + r"\b,? (?:(?:and|n|y|why|e|et|und|i|ve|dan|aur|or|и|hem de|sama) )?" + between
            + body + r"|" + body + r"\b,? (?:(?:and|n|y|why|e|et|und|i|ve|dan|aur|or|и|hem de|sama) )?"
            + between + dark + r")\b")


RULES: list[Rule] = [
    rule("bullying:insult", "bullying",
         "dark black brown darkie darky burnt charcoal",
         r"\b(?:you are|youre|your|you look|you were born|u are|hey|look at this|shut up) "
         + _INT_EN + _pair(_DARK_EN, _BODY_EN, _INT_EN) + r"(?! (?:\w+ )?(?:shoes|dress|hoodie|"
         r"top|shirt|jacket|car|bag|phone|cat|dog|hair|jeans|trainers|outfit|coat|paint))",
         requires="you your youre hey look shut"),
    rule("bullying:insult", "bullying",
         "negra negro morena moreno prieta prieto oscura oscuro negrita negrito negraza",
         r"\b(?:eres|sos|estas|tu eres|vos sos|que) (?:muy |tan |re |bien |super |toda |todo )*"
         + _pair(_DARK_ES, _BODY_ES, r"(?:(?:muy|tan|re|bien|encima|ademas|super) )*")),
    rule("bullying:insult", "bullying",
         "noire noir foncee fonce marron black cramee crame",
         r"\b(?:t'es|tu es|t es|tes) (?:trop |tellement |vraiment |si |grave |toute |tout )*"
         + _pair(_DARK_FR, _BODY_FR, r"(?:(?:trop|tellement|vraiment|en plus|si|grave) )*")),
    rule("bullying:insult", "bullying",
         "preta preto escura escuro pretinha pretinho neguinha neguinho",
         r"\b(?:voce e|video call e|vc e|tu e|tu es|voce eh|vc eh|sua|seu) (?:muito |tao |mo |"
         r"mt |super |toda |todo )*" + _pair(_DARK_PT, _BODY_PT, r"(?:(?:muito|tao|mo|mt|e|ainda|"
         r"super) )*")),
    rule("bullying:insult", "bullying", "dunkel schwarz braun dunkelhautig verbrannt",
         r"\bdu bist (?:so |echt |voll |total |richtig |ja |halt |einfach )*"
         + _pair(_DARK_DE, _BODY_DE, r"(?:(?:so|echt|voll|auch noch|total|richtig|noch) )*")),
    rule("bullying:insult", "bullying", "nera nero scura scuro marrone bruciata bruciato",
         r"\b(?:sei|tu sei) (?:cosi |troppo |proprio |tutta |tutto |davvero )*"
         + _pair(_DARK_IT, _BODY_IT, r"(?:(?:cosi|troppo|pure|anche|pure tanto|proprio) )*")),
    rule("bullying:insult", "bullying",
         "черная черный темная темный смуглая смуглый черномазая черномазый",
         r"\bты (?:такая |такой |очень |слишком |вся |весь |же )*"
         + _pair(_DARK_RU, _BODY_RU, r"(?:(?:такая|такой|очень|слишком|еще|ещё|и|да) )*")),
    rule("bullying:insult", "bullying", "سودا سوداء سوده اسود سمرا سمراء سمره اسمر كحلي كحليه فحمه",
         r"(?:انت|انتي|يا|شكلك|وشك) (?:\S+ )?(?:" + _DARK_AR + r" ?و ?(?:\S+ )?" + _BODY_AR + r"|"
         + _BODY_AR + r" ?و ?(?:\S+ )?" + _DARK_AR + r")(?!\S)"),
    zrule("bullying:insult", "bullying", "黑",
          r"你(?:又|这么|那么|真|好|长得|长这么|也太)?黑(?:又|还|还这么|又这么|而且|得像|成这样还)"
          r"(?:胖|丑|肥|矮|难看|恶心)|你(?:又|这么|那么|真|好)?(?:胖|丑|肥)(?:又|还|还这么|而且)黑|"
          r"黑胖子|黑肥猪|死黑鬼|你这个黑鬼|你个黑鬼"),
    rule("bullying:insult", "bullying",
         _N("NFKC", "kaali kali kaala kala kalu kalua kaluti kalooti sanwli saanwli kaale kaalu "
                    "kahin kauwa kauaa काली काला कालू कलूटी कलुआ सांवली साँवली कौवा कहीं"),
         _N("NFKC",
            r"\b(?:tu|tum|teri|tera|tumhari|tumhara|tujh jaisi|tujh jaisa|oye|abe|aye|chal) "
            r"(?:\w+ ){0,2}?(?:itni |itna |kitni |kitna |bahut |bohot |ekdum |bilkul )?"
            + _pair(_DARK_HI, _BODY_HI, r"(?:(?:itni|itna|bahut|bohot|ekdum|bhi) )*") + r"|"
            r"\b(?:tu|tum) (?:bahut |bohot |kitni |kitna |itni |itna |ekdum )?(?:kaali|kali|kaala|"
            r"kala|kalu|kalua|kaluti|kalooti) (?:hai|ho|h|he|hain)\b(?! (?:\w+ )?(?:mata|maa|ki "
            r"puja|devi))|"
            r"\b(?:teri|tera|tumhari|tumhara) (?:shakal|shakl|skin|chamdi|rang|face|chehra|body) "
            r"(?:\w+ )?(?:kitni |kitna |itni |itna |bahut |bohot |ekdum )?(?:kaali|kali|kaala|kala)"
            r"\b(?! (?:\w+ )?(?:chashma|t shirt|tshirt|shirt|jacket|dress))|"
            r"\b(?:kaluti|kalooti|kalui|kalua|kaali kaluti|kala kauwa|kaala kauwa|kaala kauaa)\b|"
            r"\b(?:" + _DARK_HI + r"|" + _BODY_HI + r") (?:" + _DARK_HI + r" |" + _BODY_HI
            + r" )?kahin (?:ki|ka)\b|"
            r"(?:तू|तुम|तेरी|तेरा|तुम्हारी|ओए|अबे) (?:\S+ ){0,2}?(?:इतनी |इतना |कितनी |कितना |बहुत )?(?:"
            + _D_DARK + r" (?:और |व )?(?:\S+ )?" + _D_BODY + r"|" + _D_BODY + r" (?:और |व )?(?:\S+ )?"
            + _D_DARK + r")|(?:तू|तुम) (?:बहुत |कितनी |कितना |इतनी |इतना )?(?:काली|काला|कालू|कलूटी) "
            r"(?:है|हो)|(?:कलूटी|कलुआ|काली कलूटी|काला कौवा)|(?:" + _D_DARK + r"|" + _D_BODY
            + r") (?:" + _D_DARK + r" |" + _D_BODY + r" )?कहीं (?:की|का)")),
    rule("bullying:insult", "bullying", "kara kapkara simsiyah siyah esmer kopkoyu koyu",
         r"\b(?:sen|ya sen|seni|bak su|ulan|lan) (?:\w+ )?(?:cok |bayagi |resmen |tam bir )*"
         + _pair(_DARK_TR, _BODY_TR, r"(?:(?:cok|bayagi|resmen|bir de|hem de|ayrica) )*")),
    rule("bullying:insult", "bullying",
         "czarna czarny ciemna ciemny smagla smagly brudna brudny przypalona przypalony",
         r"\b(?:jestes|ty) (?:taka |taki |strasznie |tak |ale |po prostu |naprawde |cala |caly )*"
         + _pair(_DARK_PL, _BODY_PL, r"(?:(?:taka|taki|strasznie|tak|jeszcze|i) )*")),
    rule("bullying:insult", "bullying", "item hitam dekil buluk gosong iteman keling arang",
         r"\b(?:kamu|lu|lo|elu|kau|km|dasar|muka (?:lu|lo|kamu)) (?:tuh |itu |emang |udah |"
         r"banget |kok )*" + _pair(_DARK_ID, _BODY_ID, r"(?:(?:banget|bgt|juga|udah|mana) )*")
         + r"(?! (?:\w+ )?(?:bajunya|sepatunya|tasnya|hpnya|kucingnya))"),
]
