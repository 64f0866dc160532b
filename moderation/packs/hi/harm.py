"""Hindi harm rules: insults, exclusion, slurs, threats, sextortion, sexual
requests, Hinglish profanity abbreviations.
"""

from __future__ import annotations

from ...rules import Rule
from ._script import _D_DUNGA, _D_PIC, _DE, _DUNGA, _NAHI, _YOU_OBJ, _YOUR, _lb, _r

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
       # the slur as a vocative after an order: "chup kar chakke", "nikal yahan se hijde"
       r"\b(?:chup kar|chup|nikal|nikal ja|bhaag|bhag|chal hat|hat|dafa ho)(?: \w+){0,2}? (?:be |abe "
       r"|oye )?" + _SLUR + r"\b(?! (?:maar|mara|maara|mar|lagaya|laga|lagao|lagana|lagega|marega|"
       r"maarega|lag gaya|hit|khaya|shot|wala shot)\b)|"
       r"(?:तू|तुम|साला|साले|साली|अबे|गंदा|गंदी|नीच|तुझ जैसा|तेरे जैसा)(?: \S+)? " + _D_SLUR
       + _DE + r"|" + _D_SLUR + r" (?:कहीं का|कहीं की|की औलाद|है तू)|नीच (?:जात|जाति) (?:का|की|के)"
       + _DE + r"|पाकिस्तान (?:चला|चली|चले) (?:जा|जाओ)" + _DE,
       requires="saala saale sala sale saali sali ganda gandi gande kahin kahi ki ke tu tum ja "
       "chup nikal bhaag bhag hat dafa "
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
