"""Imagining the reader naked or in bed, "you turn me on", how far the reader
went with a boyfriend, "have your breasts grown?", undressing on camera for
money, and Turkish requests to show a body part (appended to `harm.RULES`
after `harm_sexual_invites.py`, of which this is the second half).

Why: development lines written in session 20 in 13 languages were shown for
these moves where the older rules needed the exact adjacency "imagining you
naked" ("no paro de imaginarte sin ropa", "ti penso nuda nel mio letto",
"wyobrażam sobie ciebie nagą", "seni yatağımda çıplak hayal ediyorum"), had no
"you turn me on" outside French, Spanish and Italian ("ты меня возбуждаешь",
"podniecasz mnie"), no question about the reader's boyfriend ("siete già
andati a letto insieme?", "jusqu'où t'es allée avec ton copain?"), no
"have your breasts grown" ("seus peitos já cresceram? mostra aí"), no German,
Chinese or Hindi "take your top off on cam and I'll pay", and a Turkish
"show your breasts" rule that was never tried (its trigger words were not the
body words), so "göğüslerini göster" was shown.

Only the reader is matched (second person, "your boyfriend", "seni"): "how
far did you get with the homework", "wie weit bist du mit dem Referat",
"zieh deine Jacke aus, es ist warm", "i imagine you'll win", puberty lessons
("in biology we learned breasts grow in puberty") and reports pass.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_PARTNER_EN = r"(?:boyfriend|girlfriend|crush|ex|partner|bae|man|boy|guy)"

RULES: list[Rule] = [
    # == imagining the reader naked or in the writer's bed =======================
    rule("sexual:request", "sexual", "imagining picturing imagine picture fantasizing fantasising",
         r"\b(?:imagining|picturing|imagine|fantasi[sz]ing about|dreaming (?:about|of)) (?:you|u)\b"
         r"(?: \w+){0,4}? (?:naked|nude|without (?:any |your )?clothes|with nothing on|in (?:my|your) bed|"
         r"in bed with me|in your underwear|topless)\b|\b(?:thinking (?:about|of)) you (?:\w+ ){0,3}?"
         r"(?:naked|nude|without (?:any |your )?clothes|with nothing on|topless)\b"),
    rule("sexual:request", "sexual", "do",
         r"\b(?:what|all the things|the things) (?:i would|id|i could|i will|ill|i wanna|i want to) do "
         r"to you\b[^.!]{0,30}?\b(?:in bed|naked|in my bed|if we were alone|when we are alone|alone "
         r"together)\b"),
    rule("sexual:request", "sexual", "imaginarte imaginandote imagino pensandote pienso sueno",
         r"\b(?:imaginarte|imaginandote|te imagino|te estoy imaginando|pensarte|pensandote|pienso en ti|"
         r"sueno contigo)\b(?: \w+){0,4}? (?:desnud[ao]|sin ropa|sin nada|en mi cama|en ropa interior|en "
         r"tanga|encuerad[ao])\b"),
    rule("sexual:request", "sexual", "imagine jimagine timagine timaginer pense penser vois reve",
         r"\b(?:je t'imagine|j'imagine|t'imaginer|je pense a toi|penser a toi|je te vois|je reve de toi)\b"
         r"(?: \w+){0,4}? (?:nue?s?|toute nue|a poil|sans (?:rien|vetements|habits)|en sous vetements|en "
         r"culotte)\b|\b(?:je t'imagine|t'imaginer|je reve de toi)\b(?: \w+){0,3}? dans mon lit\b"),
    rule("sexual:request", "sexual", "imaginar imaginando imagino imagina penso pensando sonhei",
         r"\b(?:te imaginar|te imaginando|te imagino|imaginar voce|imaginando voce|penso em voce|pensando "
         r"em voce|sonhei com voce)\b(?: \w+){0,4}? (?:pelad[ao]|peladinh[ao]|nu[ao]?|sem roupa|sem nada|"
         r"na minha cama|de calcinha|de lingerie)\b|\bimagina (?:voce |video call )?(?:sem roupa|"
         r"pelad[ao]|sem nada)\b"),
    rule("sexual:request", "sexual", "penso immagino immaginarti pensarti sogno vedo sognata chissa",
         r"\b(?:ti penso|ti immagino|ti sto immaginando|immaginarti|pensarti|ti sogno|ti vedo|ti ho "
         r"sognat[ao])\b(?: \w+){0,4}? (?:nud[ao]|senza vestiti|senza niente(?: addosso)?|nel mio letto|"
         r"in intimo|in mutande|a letto con me)\b|\bchissa (?:come sei |come stai )?(?:senza vestiti|"
         r"nud[ao]|senza niente)\b"),
    rule("sexual:request", "sexual", "stell stelle denk traum traume",
         r"\b(?:ich )?stell(?:e)? mir (?:\w+ )?vor (?:wie|dass) du (?:\w+ ){0,4}?(?:nackt|ohne klamotten|"
         r"ohne kleidung|in unterwasche|in meinem bett|bei mir im bett)\b|\b(?:ich )?(?:denk|denke|"
         r"traum|traume) (?:\w+ )?(?:an dich|von dir) (?:\w+ )?(?:nackt|ohne klamotten|in meinem bett)\b"),
    rule("sexual:request", "sexual", "wyobrazam mysle marze snie",
         r"\b(?:wyobrazam sobie|wyobrazam|mysle o|marze o|snie o) (?:sobie )?(?:ciebie|cie|tobie)\b"
         r"(?: \w+){0,3}? (?:naga|nagi|nago|nagiego|bez ubrania|bez ciuchow|w bieliznie|w samej bieliznie|"
         r"w moim lozku|w lozku ze mna)\b"),
    rule("sexual:request", "sexual", "bayangin ngebayangin membayangkan kebayang mikirin",
         r"\b(?:bayangin|ngebayangin|membayangkan|kebayang|mikirin) (?:kamu|km|lu|lo|dirimu)\b"
         r"(?: \w+){0,4}? (?:telanjang|bugil|tanpa baju|gak pake baju|ga pake baju|di kasurku|di kasur "
         r"aku|di ranjangku|di ranjang aku|pake daleman)\b"),
    rule("sexual:request", "sexual", "اتخيلك بتخيلك افكر بفكر احلم بحلم",
         r"(?<!\w)(?:اتخيلك|بتخيلك|افكر فيكي|بفكر فيكي|احلم فيكي|بحلم بيكي|احلم بيكي)(?: \w+){0,3}? "
         r"(?:بلا تياب|بلا هدوم|بلا ملابس|عريانه|عاريه|من غير هدوم|بدون ملابس|بدون هدوم|في سريري|بسريري|"
         r"بتختي|على سريري)(?!\w)"),
    rule("sexual:request", "sexual", "представляю думаю мечтаю",
         r"(?<!\w)(?:представляю|думаю о|мечтаю о) (?:тебя|тебе) (?:\w+ ){0,3}?(?:голои|голую|голым|"
         r"голого|без одежды|в белье|в моеи кровати|в своеи кровати|в моеи постели|в постели со мнои)"
         r"(?!\w)"),
    rule("sexual:request", "sexual", "soch imagine सोच इमेजिन कल्पना",
         r"\b(?:soch|imagine kar|imagine) (?:raha|rahi|rha|rhi) (?:hu|hoon|hun|h) (?:\w+ ){0,2}?(?:tum|tumhe|"
         r"tujhe|tu)\b(?: \w+){0,4}? (?:bina kapdon? ke|bina kapde ke|nangi|nanga|mere bed pe|mere bister "
         r"pe|mere bistar par)\b|"
         r"(?:सोच रहा|सोचता|सोच रही|इमेजिन कर रहा|कल्पना कर रहा)[^.!?]{0,30}(?:तुम|तुम्हें|तुझे|तू)"
         r"[^.!?]{0,30}(?:बिना कपड़ों के|बिना कपड़े के|नंगी|नंगा|मेरे बिस्तर पर)"),
    rule("sexual:request", "sexual", "hayal dusunuyorum dusunuyom",
         r"\bseni (?:\w+ ){0,3}?(?:ciplak|kiyafetsiz|ic camasiriyla|yatagimda) (?:\w+ )?(?:hayal\w*|"
         r"dusunuyorum|dusunuyom)\b"),
    zrule("sexual:request", "sexual", "想 幻 梦",
          r"(?:想象|幻想|想着|梦到|梦见)你[^。!?]{0,8}(?:没穿衣服|不穿衣服|光着|裸体|裸着|在我床上|躺在我床上|"
          r"穿内衣)"),

    # == "you turn me on" ==========================================================
    rule("sexual:comment", "sexual", "turn turns turned get gets make makes",
         r"\b(?:you|your (?:body|pics?|photos?|pictures?|voice|lips|legs)) (?:really |so |totally |always |"
         r"just )*(?:turn|turns|turned|get|gets|make|makes|made) me (?:so |really )?(?:on|horny|hard|wet)\b"
         r"(?! (?:to|with|about)\b)"),
    rule("sexual:comment", "sexual", "pones excitas",
         r"\bme pones (?:muchisimo|un monton|burro|bruto|a cien|a tope|como una moto|durisimo)\b|"
         r"\bme excitas\b"),
    rule("sexual:comment", "sexual", "fais mallumes",
         r"\btu me fais (?:trop |tellement |grave )?(?:bander|mouiller)\b|\btu m'allumes\b"),
    rule("sexual:comment", "sexual", "deixa excita",
         r"\b(?:voce|video call|tu|ce) me (?:deixa|deixou) (?:muito |mt |tao |todo |toda )?(?:excitad[ao]|"
         r"louco de tesao|dur[ao]|molhad[ao])\b|\b(?:voce|video call|tu|ce) me excita\b"),
    rule("sexual:comment", "sexual", "machst geil scharf",
         r"\bdu machst mich (?:so |total |voll |richtig |mega )?(?:geil|scharf|feucht|hart|heiss)\b|"
         r"\bdu machst mich (?:so|total|voll|richtig|mega) an\b"),
    rule("sexual:comment", "sexual", "podniecasz podniecam",
         r"\b(?:ale )?(?:mnie )?podniecasz(?: mnie)?\b|\bpodniecam sie (?:przez ciebie|na twoj\w*)\b"),
    rule("sexual:comment", "sexual", "bikin buat membuat sange horny terangsang",
         r"\b(?:kamu|km|lu|lo) (?:\w+ )?(?:bikin|buat|membuat) (?:aku|gue|gw) (?:\w+ )?(?:horny|sange|"
         r"terangsang|nafsu|tegang|basah)\b"),
    rule("sexual:comment", "sexual", "بتثيريني تثيريني تثيرينني هيجتيني بتهيجيني تهيجيني",
         r"(?<!\w)(?:بتثيريني|تثيريني|تثيرينني|هيجتيني|بتهيجيني|تهيجيني)(?!\w)"),
    rule("sexual:comment", "sexual", "возбуждаешь",
         r"(?<!\w)(?:ты )?(?:меня )?(?:так |очень |сильно )?возбуждаешь\b"),
    rule("sexual:comment", "sexual", "turn garam excite horny",
         r"\b(?:tum|tu|aap) (?:mujhe|muje|mujhko) (?:\w+ )?(?:turn on|garam|excite|horny) (?:karti|karte|"
         r"kar deti|kar dete|karta)\b"),
    rule("sexual:comment", "sexual", "azdiriyorsun azdiriyosun azdirdin",
         r"\b(?:beni )?(?:cok |fena |asiri )?(?:azdiriyorsun|azdiriyosun|azdirdin|azdiriyon)\b"),
    zrule("sexual:comment", "sexual", "硬 湿 性",
          r"你(?:让|令|搞得|弄得)我(?:好|很|超|特别)?(?:硬了|湿了|性奋|欲火焚身)"),

    # == how far the reader went with a boyfriend, have you slept together =========
    rule("sexual:solicit", "sexual", "far slept hooked",
         r"\bhow far (?:have you|did you|you have|have you ever|you) (?:ever )?(?:gone|go|got|gotten|been) "
         r"with (?:(?:your|a) " + _PARTNER_EN + r"|him|her)\b|\b(?:have|did) you (?:and (?:your) \w+ )?"
         r"(?:ever |already )?(?:slept together|slept with (?:him|her|your " + _PARTNER_EN + r"|a (?:boy|"
         r"guy|girl|man))|hooked up with (?:him|her|your " + _PARTNER_EN + r"))\b"),
    rule("sexual:solicit", "sexual", "hasta acostaste acostado acostaron dormiste dormido hecho",
         r"\bhasta donde (?:has llegado|llegaste|han llegado|llegaron) con (?:tu|el|la) (?:novio|novia|"
         r"chico|chica|crush|ex)\b|\b(?:te acostaste|te has acostado|se acostaron|os habeis acostado|"
         r"has dormido|dormiste) con (?:tu (?:novio|novia|ex)|el|ella|alguien|algun chico|un chico)\b|"
         r"\blo has hecho (?:con nadie|con alguien|todavia|aun)\b"),
    rule("sexual:solicit", "sexual", "jusquou allee alle allees couche couches",
         r"\bjusqu'ou (?:t'es|tu es|vous etes|t es) (?:allee?s?|alles) avec (?:ton|ta|un|une) (?:copain|"
         r"copine|mec|meuf|cheri|cherie|petit copain|ex|crush)\b|\b(?:vous avez|avez vous|t'as|tu as) "
         r"(?:deja |jamais )?couche (?:ensemble|avec (?:ton|ta|lui|elle))\b"),
    rule("sexual:solicit", "sexual", "ate transaram foram transou",
         r"\bate onde (?:voce |video call |tu |ce )?(?:ja )?(?:foi|chegou|foram|chegaram) com (?:seu|teu|o|a|"
         r"sua|tua) (?:namorado|namorada|ficante|crush|ex|boy|mina)\b|\b(?:voces|voce|video call|tu|ce) "
         r"(?:ja |ainda nao |nunca )?(?:transaram|foram pra cama|transou com (?:ele|ela|seu namorado|sua "
         r"namorada|alguem))\b"),
    rule("sexual:solicit", "sexual", "fin andati andata andato dormito",
         r"\bfin dove (?:sei arrivat[ao]|siete arrivati|sei andat[ao]) (?:col|con il|con la|con) (?:tuo |"
         r"tua )?(?:ragazzo|ragazza|fidanzato|fidanzata|moroso|morosa|crush|ex)\b|\b(?:siete|sei) (?:gia "
         r"|mai )?(?:andati|andata|andato) a letto (?:insieme|con (?:lui|lei|il tuo|la tua|qualcuno))\b"),
    rule("sexual:solicit", "sexual", "weit geschlafen",
         r"\bwie weit (?:bist du|seid ihr|warst du) (?:schon |denn |eigentlich )*mit (?:deinem|deiner) "
         r"(?:freund|freundin|schatz|schwarm|ex) (?:schon |denn |eigentlich )*gegangen\b|\b(?:habt ihr|"
         r"hast du) (?:schon |schon mal |jemals |mal )?(?:miteinander|mit ihm|mit ihr|mit deinem freund|"
         r"mit deiner freundin) geschlafen\b"),
    rule("sexual:solicit", "sexual", "daleko spaliscie spalas spales robiliscie",
         r"\bjak daleko (?:zaszlas|zaszles|zaszliscie|posunelas|posuneliscie) z (?:chlopakiem|dziewczyna|"
         r"twoim chlopakiem|swoim chlopakiem|nim|nia)\b|\b(?:spaliscie|spalas|spales) (?:juz |kiedys )?"
         r"(?:ze soba|z nim|z nia|z chlopakiem)\b|\brobiliscie (?:juz |kiedys )?to\b(?= \?|$)"),
    rule("sexual:solicit", "sexual", "sejauh tidur begituan gituan ml",
         r"\b(?:udah |sudah |dah )?sejauh apa (?:kamu |km |lu )?(?:sama|dengan|ama|bareng) (?:pacarmu|pacar "
         r"kamu|pacar km|pacar lu|cowokmu|cowok kamu|cewekmu|doi)\b|\b(?:kalian|kamu|km|lu) (?:udah |sudah "
         r"|pernah |udah pernah )*(?:begituan|gituan|ml|tidur bareng (?:sama|ama|dengan) (?:pacar\w*|"
         r"cowok\w*))\b"),
    rule("sexual:solicit", "sexual", "وصلتي نمتي",
         r"(?<!\w)(?:(?:لوين|لفين|لحد فين|لحد وين|لاي درجه) (?:وصلتي|وصلتو|وصلتوا)|(?:وصلتي|وصلتو|وصلتوا) "
         r"(?:لوين|لفين|لحد فين|لحد وين|لاي درجه)) مع (?:صاحبك|حبيبك|خطيبك|البوي فريند|البوي فرند)(?!\w)|"
         r"(?<!\w)نمتي (?:معاه|معه|مع صاحبك|مع حبيبك)(?!\w)"),
    rule("sexual:solicit", "sexual", "далеко спала спали переспали переспала",
         r"(?<!\w)как далеко (?:ты |вы )?(?:зашла|зашли|дошла|дошли) (?:с|со) (?:своим |твоим )?(?:парнем|"
         r"девушкои|ним|неи)\b|(?<!\w)(?:вы|ты) (?:уже |когда нибудь |еще )?(?:спала с (?:ним|парнем|своим "
         r"парнем)|переспали|переспала с (?:ним|парнем))\b"),
    rule("sexual:solicit", "sexual", "kahan kaha kitna dono बॉयफ्रेंड",
         r"\b(?:apne|tumhare|tere) (?:boyfriend|bf|bande|girlfriend|gf) (?:ke saath|ke sath|se) (?:kahan|kaha|"
         r"kitna) (?:tak |aage )?(?:gayi|gaye|gaya|badhe|badhi)\b|\b(?:tum dono ne|tumne|tune) (?:\w+ )?(?:saath "
         r"(?:me|mein) )so (?:liya|liye|gaye)\b|(?:अपने|तुम्हारे) (?:बॉयफ्रेंड|बॉयफ्रैंड) के साथ कहाँ तक"),
    rule("sexual:solicit", "sexual", "sevgilinle arkadasinla",
         r"\b(?:sevgilinle|erkek arkadasinla|kiz arkadasinla) (?:\w+ )?(?:nereye kadar (?:gittiniz|gittin|"
         r"ilerlediniz)|yattiniz mi|yattin mi|birlikte oldunuz mu|sevistiniz mi|sevistin mi)\b"),
    zrule("sexual:solicit", "sexual", "到 睡 床 做",
          r"你(?:跟|和)(?:你)?(?:的)?(?:男朋友|女朋友|男票|女票|对象|男友|女友)(?:进行)?到(?:哪一步|哪步|什么程度|"
          r"几垒)|(?:你们|你跟他|你和他|你跟她|你和她)(?:已经)?(?:上过床|做过爱|睡过觉)|你(?:跟|和)(?:你)?"
          r"(?:的)?(?:男朋友|女朋友|男友|女友|对象)(?:睡过|上过床|做过爱|做过)"),

    # == "have your breasts grown?" =============================================
    rule("sexual:body_question", "sexual", "boobs breasts tits titties boobies",
         r"\b(?:have|did|are) (?:your) (?:boobs|breasts|tits|titties|boobies) (?:grown|got bigger|gotten "
         r"bigger|getting bigger|growing|started growing|developed|coming in)\b"),
    rule("sexual:body_question", "sexual", "crecieron crecido creciendo tetas pechos",
         r"\b(?:ya )?te (?:crecieron|han crecido|estan creciendo|crecen) (?:las |los )?(?:tetas|pechos|"
         r"bubis|chichis|senos)\b|\b(?:tus) (?:tetas|pechos|bubis|senos) (?:ya )?(?:crecieron|han crecido|"
         r"estan creciendo)\b"),
    rule("sexual:body_question", "sexual", "seins poitrine nichons",
         r"\b(?:tes|ta) (?:seins|poitrine|nichons) (?:ont|a) (?:deja |enfin |bien )?(?:grandi|grossi|"
         r"pousse)\b"),
    rule("sexual:body_question", "sexual", "peitos seios peitinhos cresceram",
         r"\b(?:seus|teus|os seus|os teus) (?:peitos|seios|peitinhos) (?:ja )?(?:cresceram|estao crescendo|"
         r"tao crescendo)\b|\bja (?:te )?cresceram (?:os )?(?:peitos|seios|peitinhos)\b"),
    rule("sexual:body_question", "sexual", "cresciute tette tettine seno",
         r"\bti (?:sono |stanno )?(?:gia )?(?:cresciute|crescendo) (?:le )?(?:tette|tettine|seno)\b|"
         r"\b(?:le tue tette|il tuo seno) (?:sono|e) (?:gia )?(?:cresciut[eo])\b"),
    rule("sexual:body_question", "sexual", "bruste brust titten busen oberweite wachsen",
         r"\b(?:sind|ist) (?:deine|dein) (?:bruste|brust|titten|busen|oberweite) (?:schon |endlich "
         r"|eigentlich )*(?:gewachsen|grosser geworden)\b|\bwachsen (?:deine|dir) (?:schon )?(?:bruste|"
         r"titten|busen)\b"),
    rule("sexual:body_question", "sexual", "urosly rosna cycki piersi cyce",
         r"\b(?:urosly|rosna) (?:ci |juz ci |ci juz )(?:juz )?(?:cycki|piersi|cyce|cycuszki)\b|"
         r"\b(?:twoje) (?:cycki|piersi) (?:juz )?(?:urosly|rosna)\b"),
    rule("sexual:body_question", "sexual", "dada toket tetek payudara",
         r"\b(?:dada|toket|tetek|payudara)(?: kamu|mu| km| lu) (?:udah |sudah |dah )?(?:gede|besar|tumbuh|"
         r"mulai tumbuh|berkembang)\b"),
    rule("sexual:body_question", "sexual", "грудь сиськи титьки выросла выросли подросла",
         r"(?<!\w)у тебя (?:уже )?(?:грудь|сиськи|титьки) (?:уже )?(?:выросла|выросли|растет|растут|"
         r"подросла|подросли)\b|(?<!\w)(?:выросла|выросли|подросла|подросли) (?:ли )?у тебя (?:уже )?"
         r"(?:грудь|сиськи)\b"),
    rule("sexual:body_question", "sexual", "boobs breast chest बूब्स स्तन",
         r"\b(?:tumhare|tere|teri|tumhari) (?:boobs|breast|breasts|chest) (?:\w+ )?(?:bade|badi|bada|badh) "
         r"(?:hue|hui|huye|gaye|gayi|rahe|rahi)\b|(?:तुम्हारे|तेरे|तुम्हारी|तेरी) (?:बूब्स|स्तन) (?:बड़े|बड़ी)"),
    rule("sexual:body_question", "sexual", "goguslerin memelerin gogsun gogusun",
         r"\b(?:goguslerin|memelerin|gogsun|gogusun) (?:\w+ )?(?:buyudu|buyuyor|buyumus|gelisti|"
         r"gelisiyor)\b"),
    zrule("sexual:body_question", "sexual", "胸 咪 奶 乳",
          r"你(?:的)?(?:胸|胸部|咪咪|奶子|乳房)(?:是不是|有没有)?(?:长大|变大|发育|大了)"),

    # == undressing on camera for money (de zh hi) ================================
    rule("sexual:request", "sexual", "zieh ausziehen",
         r"\bzieh (?:\w+ ){0,3}?(?:top|shirt|t shirt|oberteil|pulli|pullover|bh|hoodie|hose|klamotten) "
         r"(?:\w+ ){0,4}?aus\b(?=[^.!?]{0,50}\b(?:kriegst|bekommst|geb|gebe|zahl|zahle|bezahl\w*|schenk\w*|"
         r"paysafe|robux|vbucks|v bucks|euro|\d+)\b)|\bzieh (?:\w+ ){0,3}?(?:top|shirt|t shirt|oberteil|pulli|"
         r"bh|hoodie|klamotten) (?:vor der (?:kamera|cam|webcam)|auf (?:cam|kamera)|im (?:video|videocall|"
         r"call|stream)|bei facetime) aus\b|\b(?:vor der (?:kamera|cam|webcam)|auf cam|im videocall) "
         r"(?:\w+ )?(?:ausziehen|oben ohne)\b"),
    rule("sexual:request", "sexual", "utaaro utaro utar utaar nikalo utaarogi utarogi",
         r"\b(?:cam|camera|video call|vc|video) (?:pe|par|mein|me) (?:apna |apni |apne )?(?:top|shirt|kapde|"
         r"kapda|t shirt|kurti|bra) (?:utaaro|utaro|utar do|utaar do|nikalo|nikal do|utaarogi|utarogi)\b|"
         r"\b(?:top|shirt|kapde|kurti|bra) (?:utaaro|utaro|utar do|utaar do|nikalo)\b[^.!?]{0,40}\b(?:paytm|"
         r"upi|gpay|paise|rupay|rs|\d+|recharge)\b"),
    zrule("sexual:request", "sexual", "脱",
          r"(?:镜头前|视频里|视频时|摄像头前|镜头面前|开视频)[^。!?]{0,6}(?:把)?(?:你的)?(?:上衣|衣服|裤子|内衣|胸罩|"
          r"裙子)(?:都)?(?:脱|掀)|(?:脱|脱掉|脱了)(?:你的)?(?:上衣|衣服|内衣)[^。!?]{0,10}(?:给你|转你|发你)"
          r"[^。!?]{0,4}(?:\d+|红包|钱)"),

    # == Turkish: show your breasts / bottom ======================================
    rule("sexual:request", "sexual",
         "goguslerini gogsunu gogusunu memelerini memeni poponu popoyu gotunu kalcani kalcalarini vucudunu "
         "goguslerinin memelerinin poponun gotunun vucudunun",
         r"\b(?:goguslerini|gogsunu|gogusunu|memelerini|memeni|poponu|popoyu|gotunu|kalcani|kalcalarini|"
         r"vucudunu|gogus ucunu|kulotunu|sutyenini) (?:\w+ ){0,2}?(?:goster|gostersene|gosterir misin|"
         r"gosterirmisin|gosteriver|at|atsana|atar misin|yolla|yollasana|gonder|gondersene|cek at|cekip at|"
         r"gormek istiyorum|gormek isterim|gorebilir miyim)\b|\b(?:goguslerinin|memelerinin|poponun|"
         r"gotunun|vucudunun|kalcalarinin) (?:\w+ )?(?:fotografini|fotosunu|resmini|videosunu|pic\w*) "
         r"(?:\w+ )?(?:at|atsana|atar misin|gonder|yolla|goster)\b"),
]
