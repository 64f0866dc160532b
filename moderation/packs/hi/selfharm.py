"""Hindi self-harm rules: first-person disclosures (generic frames only) and
incitement.
"""

from __future__ import annotations

from ...rules import Rule
from ._script import (
    _AFTER_PARTICLE,
    _CHAH,
    _D_CHAH,
    _D_DUNGA,
    _D_LUNGA,
    _D_NAHI,
    _DE,
    _DUNGA,
    _GAYAB,
    _JAUN,
    _KHATAM,
    _LUNGA,
    _MAIN,
    _MUJHE,
    _NAHI,
    _PILLS,
    _YOU_OBJ,
    _lb,
    _r,
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
       + r"(?! ho (?:jaye|jaaye|jae|jayen|jaayein|jaen|jaayen)\b)"
       + r"|chala (?:jaunga|jaun|jau|jana hai)|chali (?:jaungi|jaun|jau|jana hai))\b|"
       r"\b(?:kaash|kash) (?:" + _MAIN + r" )?" + _GAYAB + r" ho (?:jaun|jau|jaaun|jaata|jata|"
       r"jati|jaati|sakta|sakti)\b|"
       r"(?:^|(?<=[.!?] )|" + _lb("बस|अब|मैं|मुझे|आज") + r")सब (?:कुछ )?ख़?त्म (?:करना|कर देना) (?:है|"
       + _D_CHAH + r")|काश (?:ये |यह )?सब ख़?त्म हो (?:जाए|जाये|जाता)|"
       r"(?:ज़?िंदगी|जिंदगी) ख़?त्म कर (?:" + _D_DUNGA + r"|" + _D_LUNGA + r")|"
       r"ग़?ायब हो (?:जाना|जाने) (?:" + _D_CHAH + r"|है|का मन)|हमेशा के (?:लिए|लिये) "
       r"(?:ग़?ायब(?! हो (?:जाए|जाएं|जाये|जायें))|चला जाऊ[ंँ]?गा|चली जाऊ[ंँ]?गी)|काश (?:मैं )?ग़?ायब हो (?:जाऊ[ंँ]?|जाता|जाती)"
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

# -- short canonical disclosures (session 12's probe matrix) ---------------------------------
# Three to seven words as teens type them, in Devanagari and Hinglish: "मुझे मर जाना है",
# "kash main kabhi paida nahi hoti", "जीने का कोई कारण नहीं", "ab aur nahi jee sakta", "फिर
# से कट कर लिया खुद को", "जानबूझकर उल्टी करती हूं", "main koodne wala hu" as the whole
# message, "mera suicide note ready hai", "ye mera last message hai", "suicide ka plan bana
# liya", "koi mujhe miss nahi karega", "mujhe jeene se nafrat hai".  What passes: a jump into
# the pool, a class nobody will miss, a farewell card for a retiring teacher, "late hone se
# nafrat hai".
_END_HI = r"(?= ?[.!?।,]| ?$)"
SELF_HARM += [
    _r("self_harm:disclosure", "self_harm",
       "मर पैदा paida जीने jeene जी jee ji कट उल्टी ulti bhukha कूदने koodne kudne सुसाइड suicide खत letter "
       "मैसेज संदेश message याद miss कमी kami नफरत नफ़रत nafrat wrist roz",
       r"मुझे मर जाना (?:है|हैं)" + _DE + r"|\bmujhe mar (?:jana|jaana) (?:hai|h|he)\b|"
       r"काश (?:मैं )?(?:कभी )?पैदा (?:ही )?(?:नहीं|ना|न) (?:होता|होती|हुआ|हुई)" + _DE + r"|"
       r"\b(?:kaash|kash) (?:main |mai )?(?:kabhi )?paida (?:hi )?(?:nahi|nhi|na) (?:hota|hoti|hua|hui)\b|"
       r"जीने (?:का|की) (?:कोई )?(?:कारण|वजह|मकसद) (?:नहीं|नही)" + _DE + r"|"
       r"\bjeene (?:ka|ki) (?:koi )?(?:reason|wajah|karan|maksad) (?:nahi|nhi)\b|"
       r"(?:अब )?और (?:नहीं|नही) जी (?:सकता|सकती)" + _DE + r"|"
       r"\b(?:ab )?aur (?:nahi|nhi) (?:jee|ji|jii) (?:sakta|sakti|skta|skti)\b|"
       r"फिर से (?:ख़?ुद को (?:कट|काट)\S* (?:कर )?(?:लिया|दिया)|(?:कट|काट) (?:कर )?(?:लिया|दिया|ली) ख़?ुद को)|"
       r"जानबूझ ?कर (?:उल्टी|उलटी) (?:करती|करता|कर देती|कर देता)" + _DE + r"|"
       r"\bjaan ?bujh ?kar (?:ulti|ultee) (?:karti|karta|kar deti|kar deta)\b|"
       r"\b(?:saza|sazaa|sza) (?:ke liye|ke taur pe|mein) (?:khud ko|apne aap ko) (?:bhukha|bhooka|bhukhi)\b|"
       r"\bapni (?:wrist|wrists|nas|nasen|nasein) (?:kaat|kat|kaatti|katti|kaatta|katta|kaata|kata)\w*\b|"
       r"(?:^|(?<=[.!?] ))मैं कूदने (?:वाला|वाली) (?:हूं|हूँ|हु)" + _END_HI + r"|"
       r"(?:^|(?<=[.!?] ))(?:main|mai) (?:koodne|kudne) (?:wala|wali|vala|vali) (?:hu|hoon|hun|hoo)" + _END_HI
       + r"|"
       r"अलविदा (?:का|की) (?:ख़?त|पत्र|चिट्ठी|लेटर) लिख (?:दिया|दी|ली|लिया)" + _DE + r"|"
       r"(?:मेरा|मैंने) सुसाइड नोट|\b(?:alvida|goodbye) (?:ka|ki) (?:letter|khat|chitthi) likh (?:diya|"
       r"di|liya|li)\b|\b(?:mera|maine) suicide note\b|"
       r"मेरा (?:आख़?िरी|आखरी|लास्ट) (?:मैसेज|संदेश),? (?:अलविदा|बाय)" + _DE + r"|"
       r"\b(?:ye|yeh) (?:mera|meri) (?:aakhri|akhri|aakhiri|last) (?:message|msg) (?:hai|h|he)" + _END_HI + r"|"
       r"\bmera (?:aakhri|akhri|aakhiri|last) (?:message|msg),? (?:alvida|bye)\b|"
       r"\b(?:suicide|khudkushi|marne) ka plan (?:bana|banaa) (?:liya|li|chuka|chuki)\b|"
       r"कोई (?:मुझे|मुझको) (?:याद|मिस) (?:नहीं|नही) (?:करेगा|करेगी)" + _DE + r"|"
       r"किसी को मेरी कमी (?:महसूस )?(?:नहीं|नही) (?:होगी|खलेगी)" + _DE + r"|"
       r"\bkoi (?:mujhe|muje|mujhko) (?:miss|yaad) (?:nahi|nhi) (?:karega|karegi|krega)\b|"
       r"\bkisi ko meri kami (?:mehsoos |mehsus |mahsoos )?(?:nahi|nhi) (?:hogi|khalegi)\b|"
       r"(?:ज़?िंदा रहने|जीने) से नफ़?रत" + _DE + r"|\b(?:zinda rehne|zinda rahne|jeene|jine) se nafrat\b|"
       r"\b(?:roz|har din|rozana|daily) (?:\w+ ){0,2}?(?:suicide|khudkushi|marne|khud ko maarne) (?:ke "
       r"(?:baare|bare) (?:me|mein|mai)|ka) (?:sochta|sochti|soch)\w*",
       framed="generic"),
]
