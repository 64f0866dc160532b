"""Bullying, threats and sexual solicitation (directed forms).

Why directed forms: "stupid" or "nudes" are ordinary words in a consultation
about online harms ("sharing nudes is illegal").  What makes a message
harmful is that it is aimed at someone: "you are so stupid", "send nudes",
"I know where you live".  Reports and discussion of such messages are
excused by frames (frames.py) unless the room is strict.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from .rules import Rule, rule

_NOUNS = (
    r"(?:idiot|idiots|moron|morons|loser|losers|freak|freaks|weirdo|creep|clown|failure|"
    r"waste of space|waste of oxygen|waste of air|nerd|dork|pig|fatso|cow|whale|retard|bitch|slut|whore|"
    r"nobody|disgrace|embarrassment|psycho|rat|snake|worm|scum|"
    r"parasite|virgin|simp|crybaby)"
)
_ADJ = (
    r"(?:stupid|dumb|ugly|fat|pathetic|worthless|useless|disgusting|cringe|gross|"
    r"retarded|braindead|brain dead|trash|garbage|hopeless|slow|thick|weird|a joke|nothing)"
)
_FILL = (
    r"(?:(?:so|such|an?|really|fucking|fkn|fcking|fking|fkin|freaking|effing|bloody|absolute|total|complete|little|big|the|just|literally|"
    r"actually|honestly|very|worthless|pathetic|stupid|dumb|ugly|fat|disgusting|useless|"
    r"annoying|lazy|smelly|dirty|crazy|braindead) )*"
)

_MILD = ("nerd", "dork", "weirdo", "clown", "idiot", "loser", "moron", "freak", "baby", "crybaby")
_BANTER = (
    r"(?!(?:" + "|".join(rf"(?<={w})" for w in _MILD) + r")[^.!?]{0,40}?\b(?:i love you|love you|"
    r"love ya|ily|ilysm|luv (?:you|ya)|(?:you are|your) my (?:fav|fave|favorite|favourite|best "
    r"friend|bestie|bff|person)|my (?:fav|fave|favorite|favourite) (?:person|human)|but i love|"
    r"and i love)\b)"
)

# whom exposing the reader's pictures shames them before, or a condition
_SX_AUDIENCE = (
    r"(?:(?:to |with )?(?:everyone|everybody|the whole (?:school|class|internet|world))|(?:to |with )?"
    r"(?:your|ur) (?:school|parents|mum|mom|dad|class|friends|family|boyfriend|girlfriend|bf|gf)|"
    r"online|everywhere|on the internet|the group|the gc|if you|unless|or else)"
)

# a practical reason to undress after the request: a parent's "take your shirt
# off, it's wet, you'll get cold", "quítate la camiseta que está mojada"
_PRACTICAL = (
    r"(?![^.!?]{0,40}\b(?:wet|soaked|soaking|cold|dirty|muddy|stained|stain|sweaty|wash|washing|"
    r"laundry|dry|inside out|backwards|change|shower|bath|bed|pyjamas|pajamas|doctor|nurse|"
    r"check up|checkup|exam|examination|x ray|"
    r"mojada|mojado|sucia|sucio|resfriar|resfries|frio|lavar|lavadora|ducha|banar|banate|pijama|"
    r"sudada|manchada|medico|mouille|mouillee|sale|froid|laver|douche|bain|pyjama|rhume|molhada|"
    r"molhado|suja|sujo|frio|resfriar|gripe|banho|nass|dreckig|kalt|erkaltest|erkalten|waschen|"
    r"dusche|schlafanzug|arzt)\b)"
)

RULES: list[Rule] = [
    # -- bullying -------------------------------------------------------
    rule("bullying:insult", "bullying",
         "idiot idiots moron morons loser losers freak freaks "
         "weirdo creep clown failure waste nerd dork pig fatso cow whale retard bitch slut whore "
         "nobody joke disgrace embarrassment mistake psycho rat snake worm scum trash garbage "
         "parasite virgin simp crybaby baby",
         r"\b(?:you are|you|your(?= (?:an?|such|so|the) )|you look like|this|that|what an?|such "
         r"an?|look at this|look at that|you little|hey|shut up)\s+" + _FILL + _NOUNS + r"\b"
         # a mild name followed by affection is banter ("ur such a nerd, thats why ur my fav")
         + _BANTER +
         # "look at this whale at the aquarium", "that cow in the field": animals
         r"(?! (?:at|in|on|from) (?:the |a )?(?:zoo|aquarium|farm|field|sea|ocean|beach|barn|"
         r"documentary|safari|meadow|river|water)| (?:is |are )?(?:swimming|grazing|mooing|"
         r"oinking|breaching))"),
    rule("bullying:insult", "bullying",
         "stupid dumb ugly fat pathetic worthless useless disgusting cringe gross retarded "
         "braindead brain trash garbage hopeless slow thick weird joke nothing",
         r"\b(?:(?:you are|you look|you sound|you seem|you smell|you were born)\s+"
         r"(?:so |such |really |fucking |literally |actually |honestly |very |too |a |an |the |"
         r"just |always |still )*|your (?:so|such|really|too|fucking) (?:an? )?)" + _ADJ + r"\b"
         # "ur ugly": the chat spelling of "you're" is read as "your"; with no
         # noun after the adjective it is about the reader, not their things
         r"|\byour " + _ADJ + r"(?= (?:and|lol|lmao|haha|af|asf|tbh|fr|ngl|bro|too|tho)\b| ?[.!?,]|$)",
         requires="you your"),
    rule("bullying:exclusion", "bullying",
         "likes hates asked cares wants laughs laugh laughing deserve belong shut stfu loser freak "
         "without miss notice cry",
         r"\b(?:no one|everyone|everybody|nobody) (?:likes|hates|asked|cares about|wants|laughs at|"
         r"is laughing at) you\b|\bno one (?:asked|cares)\b"
         # "nobody asked but here's my opinion": the writer's own opinion follows
         r"(?! (?:but|though|tho|however|me|for my|about my|what i think)\b)|"
         r"\b(?:everyone|everybody|guys|lets all|let us all|all|we all) laugh at (?:this|him|her|"
         r"them|you|that)\b|\byou (?:do not|dont) (?:deserve|belong)\b|"
         r"\b(?:shut up|stfu) (?:you|loser|idiot|nobody|freak|no one)|"
         r"\bgo away (?:loser|freak|nobody|no one wants)|\bthe world would be better without you\b|"
         r"\bno one wants you(?: here)?\b|\b(?:no one|everyone) (?:would|will) (?:miss|care about|"
         r"notice|be happier without) you\b|\bgo cry (?:to|home|about it)\b|"
         r"\b(?:leave|get out of) (?:the|this) (?:chat|group|room) "
         r"(?:loser|freak|no one wants)",
         requires="you no nobody everyone everybody all we lets guys shut stfu go leave world"),
    rule("bullying:insult", "bullying",
         "es nul nulle bete moche conne debile grosse personne tout ferme eres nadie todos du "
         "keiner alle voce ninguem todo ты тебя никто",
         r"\b(?:t'es|tu es) (?:trop |tellement |vraiment |qu'une? |une? )?(?:nul|nulle|bete|moche|"
         r"conne?|debile|grosse?|idiote?|minable)\b|personne ne t'aime|tout le monde te deteste|"
         r"\beres (?:un |una |muy |tan |un puto |una puta )?(?:idiota|estupid[oa]|fe[oa]|gord[oa]|"
         r"inutil|perdedor[a]?|fracasad[oa]|tont[oa]|basura|zorra|puta|imbecil|pendej[oa])\b|"
         r"nadie te quiere|todos te odian|"
         r"\bdu bist (?:so |echt |voll |ein |eine )*(?:dumm|hasslich|fett|idiot|loser|behindert|"
         r"peinlich|opfer)\b|keiner mag dich|alle hassen dich|\bvoce e (?:um |uma |muito |tao )?"
         r"(?:idiota|burr[oa]|fei[oa]|gord[oa]|inutil|otari[oa]|lixo)\b|ninguem gosta de voce|"
         r"todo mundo te odeia|ты (?:тупой|тупая|дурак|дура|урод|уродина|жирный|жирная|никто|"
         r"ничтожество)|тебя все ненавидят|никто тебя не любит"),
    rule("bullying:insult", "bullying", "gay gae ghey autistic",
         r"\b(?:you are|your|you look|you sound) (?:so|such a|such|too|really|very|fucking) "
         r"(?:gay|gae|ghey|autistic)\b"),
    rule("bullying:insult", "bullying", "انت 你 蠢 笨 丑 胖 没人 废物",
         r"(?:انت|انتي) (?:غبي|غبيه|حمار|قبيح|قبيحه|فاشل|فاشله)|"
         r"你(?:真|好|太|是个)?(?:蠢|笨|丑|胖|废物)|没人喜欢你"),
    # -- threats ----------------------------------------------------------
    rule("threat:violence", "threat",
         "kill hurt beat stab shoot punch find end destroy smash jump batter break",
         r"\bi (?:will|am going to|am gonna|going to|want to|could|should|ll|swear i will|am "
         r"coming to) (?:kill|hurt|beat|stab|shoot|punch|find|end|destroy|smash|jump|batter|break"
         r"|beat up) (?:you|your)\b(?! (?:a|an|some|the|one|something|anything|more|in (?:fortnite|"
         r"minecraft|roblox|the game|this game|game|cod|fifa|chess|brawl stars|among us|valorant|"
         r"\w+ kart|smash|rocket league)|at (?:fortnite|chess|fifa|\w+ kart|smash|cards|\w+ games?))"
         r"\b)"),
    rule("threat:violence", "threat", "face head teeth legs nose",
         r"\b(?:smash|punch|kick|break|bash|beat|cave|knock) (?:your|ur) (?:face|head|teeth|legs|"
         r"nose)(?: in)?\b"),
    rule("threat:stalking", "threat",
         "know watch back dead regret pay sorry warned outside near coming watching following see "
         "suffer",
         r"\bi know where (?:you (?:live|go to school|are|sleep)|your (?:school|house|home|family)"
         r" is)\b|\bi know your (?:address|school|house|home)\b|\bmake you (?:regret|pay|suffer|"
         r"sorry)\b|\bwatch your back\b(?! (?:pain|posture|muscles?|when (?:you )?(?:are )?(?:cross|"
         r"crossing|lift|lifting|bend|bending)))|\bwatch out(?: [.!])*$|\byou (?:are|will be) "
         r"(?:dead|so dead|going to die)\b(?! (?:to (?:me|us|them|him|her|everyone)|inside|tired))|"
         r"(?<!trust me )(?<!believe me )\byou will (?:regret|pay for|be sorry)\b(?! (?:not|"
         r"missing|skipping|never)\b|(?: it| this| that)? if you (?:do not|miss|skip|never|are "
         r"not)\b| (?:that )?you (?:missed|did not|were not|could not)\b)"
         r"(?![^.!?]{0,30}\b(?:party|concert|film|movie|trip|sleepover|festival)\b)|"
         r"\byou have been warned\b|\bi am (?:outside|near|at|by|coming to) your (?:school|house|"
         r"home|door|place|class)\b|\bi (?:can see|am watching|am following) you\b"),
    # Exposing the reader's pictures or secrets.  Leaking, posting or exposing them
    # is the threat; sending, sharing or showing them is one only towards an
    # audience that shames ("to everyone", "your parents") or under a condition:
    # "i'll send your chats to the teacher" is telling on a bully.  A number or an
    # address passed on is not sextortion ("i will send your number to the coach");
    # exposing it publicly is threat:stalking (harm_threats.py).
    rule("threat:sextortion", ("threat", "sexual"), "leak share post send expose show tell forward",
         r"\bi (?:will|am going to|could) (?:leak|post|expose|show everyone) (?:your|ur) "
         r"(?:pictures|picture|nudes|videos|video|secrets|chats)\b|\bi (?:will|am going to|could) "
         r"(?:share|send|show|forward) (?:your|ur) (?:nudes|naked \w+|nude \w+|private pictures)\b|"
         r"\bi (?:will|am going to|could) (?:share|send|show|forward) (?:your|ur) (?:pictures|"
         r"picture|videos|video|secrets|chats)\b(?=[^.!?]{0,30}\b" + _SX_AUDIENCE + r"\b)|"
         r"\b(?:unless|if you do not|if you dont) (?:you )?(?:send|pay|give|do)\b[^.!?]{0,40}\b(?:i "
         r"(?:will|am going to|am gonna)|ill|imma) (?:post|share|send|leak|tell|show)",
         requires="your ur unless if"),
    rule("threat:violence", "threat",
         "vais gueule sais mort voy donde muerto bring werde weiss vou sei убью найду побью знаю 杀 弄死",
         r"\bje vais te (?:tuer|frapper|defoncer|retrouver|buter|casser la gueule|peter la gueule|"
         r"niquer)|je sais ou tu (?:habites|vis)|"
         r"t'es mort\b|te voy a (?:matar|pegar|partir)|te voy a encontrar\b(?! (?:un|una|unos|unas|"
         r"algo|novio|novia|pareja|trabajo|sitio|lugar|en (?:la|el) (?:fiesta|cine|parque|centro|"
         r"clase|recreo)))|se donde vives|estas muerto|"
         r"ich (?:bring|werde) dich (?:um|umbringen|finden|schlagen)|ich weiss wo du wohnst|"
         r"vou te (?:matar|bater|pegar|achar)|sei onde voce mora|я тебя (?:убью|наиду|побью|урою)|"
         r"я знаю где ты живешь|我要杀了你|我会杀了你|我知道你住哪|弄死你"),
    rule("threat:violence", "threat", "اقتلك بقتلك ساقتلك اعرف",
         r"(?:راح|سوف|رح) اقتلك|بقتلك|ساقتلك|اعرف (?:وين|اين) (?:ساكن|تسكن)"),
    rule("threat:weapon", "threat", "knife gun weapon blade",
         r"\bi (?:am|will|am going to|am gonna|going to|ll|might) (?:bring|bringing|take|taking|"
         r"carry|carrying) (?:a |my |the )?(?:knife|gun|weapon|blade) (?:to|into) (?:school|class|"
         r"the party|the park)\b"),
    # -- sexual solicitation ----------------------------------------------
    rule("sexual:request", "sexual",
         "nudes nude naked noodz nudez nudies titties tits boobs dick private sexy hot spicy naughty "
         "clothes",
         r"\b(?:send|sned|show|give|post|trade|swap|share|got any|have any|want|want to see|drop)"
         r" (?:me |us )?(?:your |some |a |any |more |the |those )?(?:nudes|nude|naked picture|"
         r"naked pictures|nude picture|nude pictures|nudies|noodz|nudez|titties|tits|boobs|dick "
         r"picture|dick pictures|private pictures|sexy pictures|hot pictures|spicy pictures|"
         r"naughty pictures|pictures without (?:clothes|your clothes))\b"),
    rule("sexual:request", "sexual", "nudes noodz nudez nudies nude",
         r"(?:^|[.!?] )(?:nudes|noodz|nudez|nudies)\b(?: (?:please|now|asap|for|\?))?|"
         r"\b(?:nudes|noodz|nudez|nudies) (?:please|now|asap)\b|\bsend (?:me )?(?:something )?"
         r"(?:sexy|naughty|spicy|dirty)\b"),
    rule("sexual:solicit", "sexual", "see watch naughty sexy dirty spicy nsfw",
         r"\b(?:want to|do you want to|wanna) (?:see|watch) (?:something|sth|smth|some|my) "
         r"(?:naughty|sexy|dirty|spicy|hot|nsfw)\b|\b(?:naughty|sexy|dirty|spicy|nsfw) (?:pictures|"
         r"videos|content|chat)\b[^.!?]{0,30}\b(?:my (?:profile|bio|page|link)|dm me)"),
    rule("sexual:solicit", "sexual",
         "sext sexting cyber cybersex sex sexchat erp hook together naughty sexy dirty virgin "
         "wearing underwear bra panties horny touch masturbate kissed",
         r"\b(?:sext|sexting|cyber ?sex|sex chat|sexchat|erp) (?:with )?me\b|\b(?:lets|let us|want "
         r"to|do you want to|wanna) (?:sext|have sex|hook up|fuck|sleep together|"
         r"play a (?:naughty|sexy|dirty) game)\b|\b(?:are you|you) (?:a )?virgin\b|\bwhat (?:are you|you are|your) "
         r"wearing\b(?! (?:to|for|tomorrow|today|on|at)\b)|"
         r"\bwhat colou?r (?:is|are) your (?:underwear|bra|panties)\b|\b(?:are you|you) "
         r"horny\b|\bdo you (?:masturbate|touch yourself)\b|\bhave you (?:ever )?(?:had"
         r" sex|done it|kissed|been kissed)\b|\btouch yourself\b"),
    rule("sexual:request", "sexual",
         "nudes nue nues pack nacktbilder nacktfotos pelada нюдсы нюдс голые интимные desnuda",
         r"\benvoie(?:[- ]moi)? (?:des |tes )?nudes|\b(?:envoie|envoi|montre|balance)(?: moi)? "
         r"(?:des|tes) (?:photos|picture|pictures) (?:nue|nues|de toi nue)|"
         r"(?:mandame|pasame|enviame) (?:nudes|fotos desnuda|el pack|tu pack)"
         r"|pasa (?:el )?pack|schick (?:mir )?(?:nacktbilder|nudes|nacktfotos)|manda (?:nudes|nude|"
         r"foto pelada)|(?:пришли|скинь|отправь) (?:мне )?(?:нюдсы|нюдс|голые фото|интимные фото)"),
    # -- ar threats, zh insults, hi threats and insults ------------------
    rule("threat:violence", "threat",
         "ساضربك ساكسر ساذبحك اضربك بضربك راح رح سوف",
         r"(?:ساضربك|ساذبحك|ساكسر (?:راسك|وجهك|عظامك)|بضربك|(?:سوف|راح|رح) (?:اضربك|اذبحك|اكسر "
         r"(?:راسك|وجهك)))"),
    rule("bullying:insult", "bullying", "你这个 大家都 所有人都 没人 滚",
         r"你这个(?:废物|垃圾|蠢货|傻[逼瓜子]|白痴|笨蛋|贱人|丑八怪)|(?:大家|所有人|全班)都(?:讨厌|恨|"
         r"看不起)你|没人(?:要|在乎|理)你|你(?:给我)?滚(?:出去|开)"),
    rule("threat:violence", "threat",
         unicodedata.normalize("NFKC", "मार डालूंगा डालूँगा dekh maar mar"),
         unicodedata.normalize("NFKC", r"मार (?:डालूंगा|डालूँगा|डालूंगी|दूंगा|दूँगा|दूंगी)|"
         r"देख लूं?गा|\b(?:maar|mar) (?:dalunga|daalunga|dalungi|dunga|doonga|dungi)\b|"
         r"\b(?:bahar|chhutti ke baad) dekh lunga\b")),
    rule("bullying:insult", "bullying",
         unicodedata.normalize("NFKC", "bekaar bekar nafrat बेकार नफरत"),
         unicodedata.normalize("NFKC", r"\b(?:tu|tum) (?:bilkul |ekdum )?(?:bekaar|bekar|pagal|"
         r"bewakoof|ganda|gandi) (?:hai|ho)\b|\bsab (?:tujhse|tumse) nafrat karte\b|"
         r"(?:तू|तुम) (?:बिल्कुल )?(?:बेकार|पागल|बेवकूफ) (?:है|हो)|सब (?:तुझसे|तुमसे) नफ़?रत")),
]

# -- third wave (heldout6 weak families): directed forms outside English -----
RULES += [
    # sexual requests: imperative/second person + body/nude/photo vocabulary
    rule("sexual:request", "sexual",
         "montre envoie envoi balance fais passe file",
         r"\b(?:montre|envoie|envoi|balance|fais voir|passe|file)(?: moi| nous)?\b(?: \S+){0,5}? "
         r"(?:seins|fesses|poitrine|nichons|nue|nues|toute nue|tout nu|nudes?|sans (?:vetements|"
         r"habits|rien)|en sous vetements|en culotte|en soutif|bite|chatte|zizi)\b"),
    rule("sexual:request", "sexual", "tu veux voir quiero quero ich",
         r"\btu (?:m'|me )(?:envoies|envoie|envoi|montres|montre|fais voir|passes)\b(?: \S+){0,4}? "
         r"(?:seins|fesses|poitrine|nichons|nue|nues|nudes?|sans (?:vetements|habits))\b|"
         r"\b(?:je veux|j'ai envie de|quiero|quero|ich will|ich mochte) (?:voir|ver|sehen) "
         r"(?:tes|ta|tus|tu|seus|suas|teus|tuas|deine|dich) (?:seins|fesses|poitrine|nichons|tetas|"
         r"pechos|culo|peitos|bunda|titten|bruste|arsch|nackt|desnuda|pelada)\b|"
         r"\bich will deine (?:titten|bruste|brust|nacktbilder|nudes) sehen\b|\bme (?:mandas|envias|"
         r"pasas|ensenas|muestras)\b(?: \S+){0,3}? (?:desnuda|desnudo|sin ropa|tetas|nudes?|pack)\b"),
    rule("sexual:request", "sexual",
         "mandame manda pasame pasa enviame envia ensename muestrame muestra ensena",
         r"\b(?:mandame|manda|pasame|pasa|enviame|envia|ensename|muestrame|muestra|ensena)\b"
         r"(?: \S+){0,4}? (?:desnuda|desnudo|desnudas|desnudos|sin ropa|tetas|pechos|culo|nudes?|"
         r"pack(?! de)|en ropa interior|en calzones|en tanga|encuerada|chichis)\b"),
    rule("sexual:request", "sexual", "manda mostra envia passa mande mostre",
         r"\b(?:manda|mostra|envia|passa|mande|mostre)\b(?: \S+){0,4}? (?:nudes?|pelada|pelado|"
         r"peitos|bunda|sem roupa|calcinha|de lingerie|peladinha|nua|nu|seios|teta|tetas)\b"),
    rule("sexual:request", "sexual", "schick schicke zeig sende send",
         r"\b(?:schick|schicke|zeig|sende|send)\b(?: \S+){0,4}? (?:nacktbilder|nacktbild|"
         r"nacktfotos|nacktfoto|nackt|nudes?|titten|bruste|brust|arsch|muschi|schwanz|ohne "
         r"(?:klamotten|kleidung|was an)|in unterwasche|im bh|oben ohne)\b"),
    rule("sexual:request", "sexual", "скинь пришли отправь покажи кинь сбрось вышли",
         r"\b(?:скинь|пришли|отправь|покажи|кинь|сбрось|вышли)\b(?: \S+){0,4}? (?:голые|голое|"
         r"голая|голую|голышом|нюдсы|нюдс|нюдсов|сиськи|грудь|попу|жопу|без одежды|интимные|"
         r"интимное|в белье|в трусах|обнаженн\w*)"),
    rule("sexual:request", "sexual", "mandami manda mostrami fammi inviami",
         r"\b(?:mandami|manda|mostrami|fammi vedere|inviami)\b(?: \S+){0,4}? (?:nuda|nudo|nude|"
         r"tette|seno|culo|senza vestiti|in intimo)\b"),
    rule("sexual:request", "sexual", "裸 胸 不穿 私密 内衣",
         r"(?:给我|让我|发给我|传给我)[^。！？?!]{0,6}(?:裸照|裸体|胸|不穿衣服|私密照|内衣照)|"
         r"(?:裸照|裸体照|不穿衣服的?(?:照片|照|视频)|私密照|内衣照)[^。！？?!]{0,3}(?:发给我|给我看|"
         r"传给我)|(?:发|传|拍)[^。！？?!]{0,4}(?:裸照|裸体|不穿衣服|私密照|内衣照)[^。！？?!]{0,3}给我|"
         r"你的(?:裸照|裸体|胸部?照?)|(?:^|[。！？?! ])(?:快|赶紧)?(?:发|拍|传)(?:张|几张|一张|点|个)"
         r"[^。！？?!]{0,6}(?:裸照|裸体|不穿衣服|私密照|内衣照)"),
    rule("sexual:request", "sexual",
         "ارسل ارسلي ابعث ابعثي ابعتي ابعتلي ارسليلي وريني ورني اريني صوري صورك",
         r"(?:ارسل|ارسلي|ابعث|ابعثي|ابعتي|ابعتلي|ارسليلي|ارسللي|وريني|ورني|اريني)(?: \S+){0,4}? "
         r"(?:عاري|عاريه|عاريا|عريان|عريانه|بدون ملابس|صدرك|جسمك)"),
    rule("sexual:request", "sexual",
         "nangi nanga nude nudes boobs नंगी नंगा न्यूड",
         r"\b(?:nangi|nanga|nude|nudes|boobs)\b(?: \S+){0,3} (?:bhejo|bhej|bhejna|"
                       r"bhejdo|bhej do|dikhao|dikha|dikhana)\b|"
                       r"(?:नंगी|नंगा|न्यूड)(?: \S+){0,3} (?:भेजो|भेज|भेजना|दिखाओ|दिखा)"),
    # insults: second person + insult adjective/noun
    rule("bullying:insult", "bullying", "eres sos eri das",
         r"\b(?:eres|sos|eri) (?:un |una |muy |tan |el |la |mas |re |lo mas |una puta |un puto |"
         r"un maldito |una maldita )*(?:asco|inutil|fea|feo|idiota|asquerosa|asqueroso|patetica|"
         r"patetico|payasa|payaso|mierda|subnormal|retrasada|retrasado|gilipollas|tarada|tarado|"
         r"boba|bobo|estupida|estupido|gorda|gordo|basura|perdedora|perdedor|fracasada|fracasado|"
         r"imbecil|pendeja|pendejo|zorra|puta|tonta|tonto|ridicula|ridiculo|cerda|cerdo|marrana|"
         r"marrano|ballena|rata|escoria|nadie|un cero)\b|\b(?:me )?das (?:mucho |tanto )?asco\b|"
         r"\b(?:fea|feo|gorda|gordo|idiota|imbecil|estupida|estupido|inutil|tonta|tonto|asquerosa|"
         r"asqueroso|zorra|perra|rata) de mierda\b"),
    rule("bullying:insult", "bullying", "voce vc video tu e sua seu",
         r"\b(?:voce|vc|video call|tu) (?:e|eh|es) (?:um |uma |muito |mt |mto |tao |mo |so |"
         r"muito mais |mo |mais |bem |)*(?:feia|feio|idiota|burra|burro|gorda|gordo|lixo|nojenta|"
         r"nojento|otaria|otario|vagabunda|vagabundo|imbecil|retardada|retardado|escrota|escroto|"
         r"ridicula|ridiculo|baleia|inutil|chata|chato|horrorosa|horroroso|fracassada|fracassado|"
         r"perdedora|perdedor|patetica|patetico|estupida|estupido|nada|ninguem|esquisita|esquisito)"
         r"\b|\b(?:sua|seu) (?:feia|feio|idiota|burra|burro|gorda|gordo|lixo|nojenta|nojento|"
         r"otaria|otario|vagabunda|vagabundo|imbecil|retardada|retardado|escrota|escroto|baleia|"
         r"inutil|horrorosa|fracassada|fracassado|piranha|vadia|puta|arrombada|arrombado|"
         r"desgracada|desgracado|macaca|macaco|baranga|mocreia)\b"),
    rule("bullying:insult", "bullying", "t'es t es tu tes espece sale",
         r"\b(?:t'es |t es |tu es |tes (?=trop |vraiment |tellement |qu|grave |si |juste |une? ))"
         r"(?:trop |tellement |vraiment |grave |qu'une? |qu une? |un |une |si |juste |qu'un gros |"
         r"qu'une grosse |sale |gros |grosse |pas qu'une? |carrement |franchement |)*"
         r"(?:moche|nul|nulle|con|conne|debile|bete|idiot|idiote|boloss|bolosse|laid|laide|"
         r"degueulasse|degueu|pathetique|minable|ridicule|stupide|abruti|abrutie|cassos|clochard|"
         r"bouffon|bouffonne|pute|salope|thon|merde|inutile|attarde|attardee|mongol|batard|"
         r"grosse vache|baleine|boudin|cheum|cheloue?|mocheté|personne|pitoyable|nulos)\b|"
         r"\bespece d(?:'| )(?:idiot|idiote|abruti|abrutie|connard|connasse|debile|batard|bouffon|"
         r"bouffonne|imbecile|cretin|cretine|mongol|salope|pute|grosse|gros|thon|moche)\b|"
         r"\bsale (?:con|conne|pute|bouffon|bouffonne|connard|connasse|batard|chienne|grosse|gros|"
         r"moche|thon|cassos|boloss|merde)\b"),
    rule("bullying:insult", "bullying", "du bist bischt",
         r"\bdu (?:bist|bischt) (?:so |echt |voll |ein |eine |einfach |total |richtig |nur |der |"
         r"die |das |so ein |so eine |ne |n |mega |sowas von |extrem |ja |halt |wirklich |"
         r"ur |so was von |)*(?:hasslich|dumm|fett|idiot|loser|behindert|peinlich|opfer|"
         r"hurensohn|missgeburt|spast|spasti|versager|versagerin|ekelhaft|eklig|widerlich|armselig|"
         r"lappen|schlampe|hure|nutte|wichser|arschloch|abschaum|mull|dummkopf|"
         r"trottel|vollidiot|fettsack|fettsau|dumme kuh|bloder|blode|blod|hassliche|hasslicher|"
         r"assi|asozial|kacke|scheisse|nutzlos|erbarmlich|psycho|freak)\b|"
         r"\bdu (?:hurensohn|missgeburt|spast|spasti|opfer|idiot|vollidiot|lappen|schlampe|hure|"
         r"nutte|wichser|arschloch|fettsack|fettsau|hassliche|hasslicher|dumme|dummer|fette|fetter|"
         r"versager|loser|penner|behinderter|behinderte|trottel|dummkopf|missgeburt|kackbratze)\b"),
    rule("bullying:insult", "bullying", "ты",
         r"\bты (?:такои |такая |просто |реально |вообще |же |тупо |полныи |полная |конченыи |"
         r"конченая |самыи |самая |мерзкии |мерзкая |жирныи |жирная |тупои |тупая |)*(?:урод|"
         r"уродина|тупои|тупая|дурак|дура|жалкии|жалкая|ничтожество|лох|лохушка|чмо|мразь|дебил|"
         r"дебилка|идиот|идиотка|жирныи|жирная|жирдяи|толстыи|толстая|страшныи|страшная|никто|"
         r"отстои|тварь|придурок|неудачник|неудачница|мерзкии|мерзкая|противныи|противная|ублюдок|"
         r"шлюха|сука|позор|уебок|даун|овца|корова|свинья|отброс|ноль|пустое место|позорище)\b"),
    rule("bullying:insult", "bullying", "انت انتي يا",
         r"(?:انت|انتي|يا) (?:جدا |كتير |مره |كثير |بجد |والله |)*(?:غبي|غبيه|حمار|حماره|قبيح|"
         r"قبيحه|فاشل|فاشله|حقير|حقيره|تافه|تافهه|وسخ|وسخه|كلب|كلبه|زباله|سمين|سمينه|بشع|بشعه|"
         r"مقرف|مقرفه|حيوان|حيوانه|خنزير|خنزيره|ولا شي|معفن|معفنه|متخلف|متخلفه|اهبل|هبله)\b"),
    rule("bullying:insult", "bullying", "你",
         r"你(?:真|好|太|就是|可真|简直|真是|真的|怎么这么|也太|长得|长得真|这么|那么)?(?:是个?|是一个)?"
         r"(?:恶心|丑|难看|蠢|笨|胖|废物|垃圾|白痴|傻[逼瓜子]|贱|猪|脑残|失败者|没用(?![过了的])|神经病|弱智|"
         r"low|恶心死了|丑死了|蠢死了)"),
    rule("bullying:insult", "bullying",
         "tu tum tujhe tera तू तुम",
         r"\b(?:tu|tum|tera|teri) (?:bahut |bohot |bhot |ekdum |bilkul |kitna |kitni |"
                       r"itna |itni |sach mein |sabse |)*(?:ganda|gandi|badsurat|bekaar|bekar|pagal|"
                       r"bewakoof|bewkoof|chutiya|kamina|kamini|moti|mota|ullu|gadha|gadhi|nalayak|"
                       r"ghatiya|bakwas|harami|chhapri|loser|kutta|kutti|kaminey|mote|motu)\b|"
                       r"(?:तू|तुम) (?:बहुत |बिल्कुल |एकदम |कितना |कितनी |)*(?:बदसूरत|बेकार|पागल|बेवकूफ|"
                       r"गंदा|गंदी|मोटा|मोटी|घटिया|नालायक|कमीना|कमीनी|गधा|गधी|उल्लू)"),
    # threats
    rule("threat:violence", "threat", "schlag schlage hau haue prugel verprugel klatsch box boxe stech",
         r"\bich (?:schlag|schlage|hau|haue|prugel|verprugel|verprugele|klatsch|box|boxe|stech|"
         r"steche) dich\b(?! (?:beim|bei|im|in|auf|mit|an|ab)\b)|\bich (?:hau|schlag) dir "
         r"(?:eine|die fresse|ins gesicht|auf die fresse|die zahne)\b"),
    rule("threat:violence", "threat", "mach mache werde werd will bring",
         r"\bich (?:mach|mache) dich (?:\w+ )?(?:fertig|kaputt|platt|alle|tot|kalt|zur sau)\b|"
         r"\bich (?:werde|werd|will) dich (?:\w+ ){0,3}(?:schlagen|umbringen|toten|abstechen|"
         r"verprugeln|fertig machen|kaputt machen|zusammenschlagen|abmurksen|platt machen)\b|"
         r"\bich bring dich um\b|\bdu bist (?:so |ja )?tot\b"),
    rule("threat:violence", "threat", "vais vas",
         r"\b(?:je|j) ?(?:'|)?vais te (?:frapper|demonter|tabasser|buter|tuer|niquer|planter|"
         r"egorger|cogner|gifler|baffer|massacrer|casser la gueule|casser les dents|faire la peau|"
         r"faire mal|peter la gueule|peter les dents|defigurer|trouer|choper a la sortie|"
         r"attendre a la sortie)\b|\b(?:je|j) ?(?:'|)?vais te (?:battre|defoncer|eclater|exploser|"
         r"detruire|demolir|casser)\b(?! (?:a|au|aux|en|sur|dans|les pieds|la tete)\b)|"
         r"(?<!pas )(?<!jamais )(?<!moi )\btu vas le regretter\b"
         r"(?! si tu (?:rates|manques|loupes|ne viens|viens pas|vas pas|le rates|ne le))|\btu vas (?:"
         r"prendre cher|mourir|crever|te faire (?:defoncer|frapper|tabasser))\b"),
    rule("threat:violence", "threat", "voy vamos mato parto rompo arrepentir",
         r"\bte (?:voy|vamos) a (?:pegar|matar|partir|romper|reventar|golpear|madrear|dar una "
         r"(?:paliza|golpiza|hostia|madriza)|apunalar|hacer dano|joder|partir la madre|"
         r"partir la cara|romper la cara|romper los dientes|esperar a la salida)\b|\bte (?:mato|parto "
         r"la cara|rompo la cara|reviento|parto la madre)\b|\bte vas a arrepentir\b"),
    rule("threat:violence", "threat", "vou vamos quebro mato arrebento arrepender apanhar",
         r"\b(?:vou|vamos) te (?:bater|matar|quebrar|socar|espancar|arrebentar|furar|esfaquear|"
         r"dar (?:uma surra|porrada|um soco|uns tapas|um pau)|encher de porrada|pegar na saida|"
         r"pegar la fora)\b|\bte (?:quebro|mato|arrebento|espanco)\b|\b(?:voce|vc|video call|tu) "
         r"vai (?:apanhar|morrer|se arrepender|se ferrar)\b"),
    rule("threat:violence", "threat",
         "я тебя тебе побью убью урою изобью прибью зарежу конец хана морду",
         r"\bя (?:тебя|тебе) (?:\w+ )?(?:побью|убью|урою|изобью|прибью|зарежу|придушу|закопаю|"
         r"поимаю|отпизжу|вмажу|врежу|сломаю|набью морду|морду набью|покалечу|уничтожу)|"
         r"\b(?:побью|урою|изобью|прибью|зарежу|закопаю|покалечу) тебя\b|\bтебе (?:конец|хана|"
         r"не жить|пиздец|крышка)\b|\bморду (?:тебе )?набью\b"),
    rule("threat:violence", "threat", "我 你死定了 等着瞧",
         r"我(?:要|会|就|一定|迟早|明天|今天|放学|放学后|早晚)?(?:要|会)?(?:揍|打|弄死|杀|捅|砍|收拾|"
         r"干掉|扁|削|打死|打残)(?:死|爆|残|扁)?你|你死定了|你等着瞧"),
    rule("threat:violence", "threat",
         "tujhe tumhe tereko tuje तुझे तुम्हें",
         r"\b(?:tujhe|tumhe|tereko|tuje|tere ko) (?:\w+ )?(?:maar|mar|peet|pit|thok|"
                       r"kaat|kut) (?:dunga|doonga|dungi|dalunga|daalunga|denge|dalenge)\b|"
                       r"\b(?:tujhe|tumhe|tereko|tuje) (?:(?!kabhi\b)\w+ )?(?:pitunga|maarunga|marunga|"
                       r"thokunga|nahi chhodunga|nahi chodunga)\b|"
                       r"(?:तुझे|तुम्हें) (?:\S+ )?(?:मार|पीट|काट) (?:दूंगा|दूँगा|दूंगी|डालूंगा|डालूँगा)"),
]

# -- fourth wave: body shaming, exclusion, sexual comments, threats ---------
# (en, es, fr, pt, de).  Body-shaming words are insults only when they are
# used to address someone (after "shut up", alone as a vocative, "your face
# is...") - "I was called fatty at school" is a report and passes.
_BODY_EN = (
    r"(?:fatty|fatso|fat ?ass|fat pig|fat cow|fat whale|lardass|lard ass|ugly (?:ass|cow|pig|"
    r"bitch|freak|loser|rat)|pizza face|whale|pig|cow|ugly|loser|freak|four eyes|midget|"
    r"stick insect|skinny bitch|weirdo|nerd|noob)"
)
_BODY_ES = (r"(?:gorda|gordo|gorda fea|gordo feo|fea|feo|tonta|tonto|idiota|bola de grasa|"
            r"ballena|cerda|cerdo|vaca|foca|perdedora|perdedor|rara|raro|enana|enano)")
_BODY_FR = (r"(?:grosse|gros|moche|thon|baleine|vache|boudin|cochon|truie|laide|laid|bouffon|"
            r"bouffonne|nulle|nul|boloss|cassos|debile|conne|con|grosse vache|gros lard)")
_BODY_PT = (r"(?:gorda|gordo|feia|feio|baleia|lixo|idiota|otaria|otario|nojenta|nojento|chata|"
            r"chato|porca|porco|burra|burro|vaca|balofa|balofo|rolha de poco|esquisita|esquisito)")
_BODY_DE = (r"(?:fettsack|fettsau|fette sau|fette kuh|fetter|fette|hassliche|hasslicher|opfer|"
            r"loser|missgeburt|idiot|spast|fettklops|walross|wal|kuh|schwein|lauch|dicke|dicker|"
            r"schwabbel|hackfresse|mongo)")
RULES += [
    rule("bullying:insult", "bullying",
         "shut stfu fatty fatso fat lardass whale pizza ugly face body nose teeth skin belly "
         "stomach invited welcome wanted",
         r"\b(?:shut up|stfu|shut it|go away|get lost|bye|move|ew|eww|ewww|hey|oi|nobody asked)"
         r"(?: you)? " + _BODY_EN + r"\b(?! (?:acids?|liver|food|foods|tissue|cells|meat|bones?|"
         r"ish|ness))|(?:^|[.!?] )(?:you |your |hey |oi |ew |eww )?(?:fatty|fatso|fat pig|fat cow"
         r"|fat ass|fatass|lardass|lard ass|ugly (?:cow|pig|bitch|freak|loser)|pizza face)\b(?= ?"
         r"[.!?,]| ?$| (?:lol|lmao|haha\w*|fatty|go away|shut up|no one|nobody|\w+ (?:lol|lmao)))|"
         r"(?:^|[.!?] )(?:you are |your |you |you look |so )?ugly (?:af|as fuck|asf|as hell)(?= ?"
         r"[.!?]| ?$| lol| lmao)|\b(?:your|ur) (?:face|body|nose|teeth|skin|belly|stomach|head|"
         r"forehead|thighs|legs|arms) (?:is|are|looks?|makes me) (?:so |really |very |hella |"
         r"actually |literally |fucking |kinda |too |)*(?:ugly|fat|disgusting|gross|hideous|nasty"
         r"|busted|crusty|massive|huge|sick|vile|repulsive)\b|\b(?:you are|your) not (?:welcome|wanted)"
         r"(?: here| in (?:this|our|the) (?:group|chat|gc|squad|server))?\b|\b(?:you are|your) not invited"
         r"\b(?= (?:loser|freak|lol|lmao|weirdo|to (?:my|our|the) (?:party|group|chat|gc|sleepover))"
         r"| ?[.!?]| ?$)",
         requires="shut stfu go get bye move ew eww ewww hey oi nobody no one fatty fatso fat ugly "
         "lardass pizza you your ur"),
    rule("bullying:insult", "bullying",
         "callate calla cierra asquerosa asqueroso nadie gorda gordo fea feo cerda cerdo ballena",
         r"\b(?:callate|calla|cierra la boca|cierra el pico|calla la boca)(?: ya)?(?: \w+)?? "
         + _BODY_ES + r"\b|\b(?:gorda|gordo|fea|feo|cerda|cerdo|ballena|vaca|foca) (?:asquerosa|"
         r"asqueroso|de mierda|horrible|repugnante|fea|feo|asco)\b|\bnadie te (?:quiere|soporta|"
         r"aguanta|invito|pidio tu opinion)\b|\bnadie quiere (?:que estes|verte|hablar contigo|"
         r"estar contigo)\b|\bno te queremos (?:aqui|en el grupo|en el chat)\b"),
    rule("bullying:insult", "bullying",
         "ferme gueule tg tais ftg personne veut degage",
         r"\b(?:ferme la|ferme ta gueule|ferme ta bouche|ta gueule|tg|tais toi|la ferme|ftg)\b"
         r"(?: \w+)?? (?:sale |le |la |espece de |gros |grosse )?" + _BODY_FR + r"\b|"
         r"\bpersonne (?:ne )?(?:veut de toi|te veut|t'aime|t'apprecie|te supporte|t'a invite)\b|"
         r"\b(?:on|nous) (?:ne )?(?:veut|veux|voulons) pas de toi\b|\bdegage(?: d'ici| du groupe)?"
         r" (?:sale |le |la |espece de )?" + _BODY_FR + r"\b"),
    rule("bullying:insult", "bullying",
         "cala boca quieta quieto ninguem some sai",
         r"\b(?:cala a boca|cala boca|cala tua boca|cala sua boca|fica quieta|fica quieto|cala se)"
         r" (?:sua |seu |o |a )?" + _BODY_PT + r"\b|\bninguem (?:te quer|gosta de (?:voce|video "
         r"call|vc|ti|tu)|te suporta|liga pra (?:voce|video call|vc|ti)|te convidou|pediu sua "
         r"opiniao)\b|\b(?:some|sai) daqui (?:sua |seu |o |a )?" + _BODY_PT + r"\b"),
    rule("bullying:insult", "bullying",
         "halt halts schnauze klappe fresse niemand keiner alle jeder hau verpiss",
         r"\b(?:halt (?:die|deine) (?:fresse|klappe|schnauze|maul)|halts maul|halt maul|schnauze|"
         r"klappe|verpiss dich|hau ab)\b,? (?:du )?(?:\w+ )?" + _BODY_DE + r"\b|"
         r"\b(?:niemand|keiner) (?:will|mag|braucht|vermisst|kann) dich\b(?! (?:ersetzen|"
         r"aufhalten|stoppen))|\b(?:alle|jeder) (?:hassen|hasst) dich\b|\bdich will (?:hier )?"
         r"(?:keiner|niemand)\b"),
    # sexual comments and requests aimed at a person; one narrow trigger set
    # per family so a message with one such word runs only a few patterns
    rule("sexual:request", "sexual", "touch lick grab squeeze feel rub kiss",
         r"\bi (?:want|wanna|would like|would love|am going|really want) to (?:touch|lick|feel|"
         r"grab|squeeze|rub) (?:you|your (?:body|legs|thighs|lips|boobs|chest|butt|ass|bum))\b"
         r"|\bi (?:want|wanna|would like|would love) to kiss (?:you )?(?:all over|everywhere|your "
         r"(?:neck|body|chest|thighs))\b", requires="want wanna would am really"),
    rule("sexual:request", "sexual", "lap daddy mommy papi master spicy sexy naughty dirty",
         r"\bsit on my (?:lap|face|knee|knees)\b|\bcall me (?:dad|mum|papi|master)\b|\bsend "
         r"(?:me )?(?:something|smth|sth|some?thing) (?:sexy|naughty|spicy|dirty|hot)\b",
         requires="sit call send"),
    rule("sexual:request", "sexual",
         "clothes shirt top pants trousers bra underwear panties knickers skirt dress",
         r"\btake (?:off (?:your|all your) (?:clothes|shirt|top|pants|trousers|bra|underwear|"
         r"panties|knickers|skirt|dress)|(?:your|all your) (?:clothes|shirt|top|pants|trousers|bra|"
         r"underwear|panties|knickers|skirt|dress) off)\b" + _PRACTICAL, requires="take"),
    rule("sexual:request", "sexual", "naked nude undressed underwear bra bikini panties clothes",
         r"\b(?:see|watch|picture of|pictures of) you (?:naked|nude|undressed|without (?:clothes|"
         r"your clothes|a top)|in (?:your )?(?:underwear|bra|bikini|panties))\b",
         requires="see watch picture pictures pic pics"),
    rule("sexual:request", "sexual", "nudes noodz nudez nudies",
         r"\b(?:you got|got any|have you got|do you have|you have) (?:any |some )?(?:nudes|noodz|"
         r"nudez|nudies)\b", requires="got have"),
    rule("sexual:comment", "sexual",
         "ass butt booty boobs tits rack thighs bum chest cleavage lips",
         r"\b(?:you have|you got|your|ur) (?:a |such a |such )?(?:nice|big|hot|sexy|fat|great|"
         r"perfect|juicy|thicc|tight) (?:ass|butt|booty|boobs|tits|rack|thighs|bum|chest|cleavage)"
         r"\b|\b(?:your|ur) (?:ass|butt|booty|boobs|tits|thighs|bum|chest|cleavage|lips) (?:look|"
         r"looks|looked|is|are) (?:\w+ ){0,2}?(?:good|hot|sexy|nice|amazing|fine|thicc|big|juicy|"
         r"tasty|perfect|delicious)\b", requires="you your ur"),
    rule("sexual:request", "sexual",
         "bra underwear panties knickers boxers thong boobs butt bum ass booty chest thighs "
         "privates cleavage body feet foot toes bikini swimsuit lingerie towel undies",
         r"\b(?:show|send|flash|let me see)(?: me| us)? (?:your|a picture of your|pictures of your)"
         r" (?:bra|underwear|panties|knickers|boxers|thong|boobs|butt|bum|ass|booty|chest|thighs|"
         r"privates|private parts|cleavage|body)\b|\b(?:send|show|sell|trade)\b[^.!?]{0,15}"
         r"\b(?:feet|foot|toes) (?:pictures|picture|videos|video)\b|\b(?:send|show|post|snap)\b"
         r"[^.!?]{0,30}\b(?:picture|video)s? (?:of you |of yourself )?(?:in|wearing) (?:your |a |"
         r"just |only )?(?:bikini|underwear|bra|swimsuit|lingerie|towel|undies|boxers|panties|"
         r"thong)\b", requires="show send flash see sell trade post snap"),
    rule("sexual:request", "sexual", "nudes noodz nudez pack nacktbilder nacktfotos",
         r"\b(?:t'as|tas|tu as|t'aurais|as tu|tienes|tenes|tem|voce tem|video call tem|hast du)"
         r" (?:des |de |unos |uns |algum |alguns |ein paar |nen |ne )?(?:nudes|noodz|nudez|pack|"
         r"nacktbilder|nacktfotos)\b", requires="tas as aurais tienes tenes tem hast"),
    rule("sexual:request", "sexual",
         "nue nu nua desnuda desnudo pelada pelado nackt encuerada vetements ropa roupa "
         "calzones calcinha lingerie",
         r"\b(?:te voir|voir) (?:toute nue|tout nu|nue|nu|en sous vetements|sans (?:vetements|"
         r"habits))\b|\b(?:verte|ver te) (?:toda )?(?:desnuda|desnudo|sin ropa|en ropa interior|"
         r"en calzones|encuerada)\b|\b(?:te ver|ver voce|ver video call|ver vc) (?:toda )?"
         r"(?:pelada|pelado|nua|nu|sem roupa|de calcinha|de lingerie)\b|\bdich nackt sehen\b"),
    rule("sexual:request", "sexual", "deshabille enleve quitate desnudate tira zieh",
         r"(?:\b(?:deshabille|enleve) (?:toi|ton haut|tes vetements|ton t shirt|ta culotte|ton "
         r"soutif|ton soutien gorge)\b|\bquitate (?:la ropa|la camiseta|la playera|el bra|el "
         r"sosten|la blusa)\b|\bdesnudate\b|\btira (?:a |sua |tua )?(?:roupa|blusa|camiseta|"
         r"calcinha|sutia)\b|\bzieh (?:dich|dein (?:oberteil|t shirt|shirt|top)|deine (?:hose|"
         r"unterwasche|klamotten)) aus\b)" + _PRACTICAL),
    rule("sexual:request", "sexual",
         "maillot bikini biquini culotte soutif string interior calzones tanga calcinha lingerie "
         "sutia unterwasche bh badeanzug vetements",
         r"\b(?:envoie|montre|envoi|balance|mandame|manda|pasame|enviame|muestrame|ensename|me "
         r"manda|mostra|schick|zeig|send)\b[^.!?]{0,30}\b(?:photo|photos|foto|fotos|video|videos|"
         r"picture|pictures|bild|bilder|pic)s? (?:de toi |de ti |tuya |sua |tua |von dir )?(?:en|"
         r"dans ton|avec ton|de|com|im|i am|in|in your|na|no|em) (?:maillot|bikini|biquini|sous "
         r"vetements|culotte|soutif|string|ropa interior|calzones|tanga|calcinha|lingerie|sutia|"
         r"unterwasche|bh|badeanzug)\b"),
    # threats: contracted "ill", posting someone's pictures, "your dead tomorrow"
    rule("threat:violence", "threat",
         "ill imma gonna dead",
         r"\b(?:ill|imma|i am gonna|we are gonna) (?:\w+ )?(?:beat|batter"
         r"|punch|kick|slap|smack|stab|shoot|jump|hit|fight|hurt|kill|end|destroy|smash|murder|"
         r"strangle|choke|find) (?:you|your|ur)\b(?! (?:a|an|some|the|one|something|anything|more"
         r"|guys|in (?:fortnite|minecraft|roblox|the game|this game|game|cod|fifa|chess|brawl stars"
         r"|among us|valorant|\w+ kart|smash|rocket league)|at (?:fortnite|chess|fifa|\w+ kart|"
         r"smash|cards|\w+ games?))\b)|\b(?:your|ur) (?:so |literally |actually )?dead (?:tomorrow"
         r"|after school|at lunch|meat|when i (?:see|find|catch) you|on monday|monday)\b"),
    rule("threat:sextortion", ("threat", "sexual"),
         "ill will going gonna imma could have got saved screenshotted kept",
         r"\b(?:ill|i will|i am going to|imma|i am gonna|i could|or i will|or ill|or i am going to)"
         r" (?:\w+ )?(?:leak|share|post|send|expose|show|spread|forward|upload|put) (?:(?:your|ur|"
         r"all your|those|these) (?:private |naked |nude )?(?:pictures|picture|nudes|videos|video|"
         r"pics|photos|snaps|screenshots|chats|messages|dm|secrets)\b(?! (?:from|of) (?:the|our|my|"
         r"this|that|last) )[^.!?]{0,30}\b" + _SX_AUDIENCE + r"\b|"
         # "it" / "them" / "these" is anything ("i'll send it to your mum"): a threat only
         # under a condition ("send me more or i'll send these to your parents")
         r"(?:them|it|these|those)\b[^.!?]{0,30}\b(?:if you|unless|or else)\b)|"
         r"\bor (?:ill|i will|i am going to|i am gonna|imma|else i will) (?:\w+ )?(?:leak|share|post|"
         r"send|expose|show|spread|forward|upload|put) (?:them|it|these|those)\b[^.!?]{0,30}\b"
         + _SX_AUDIENCE + r"\b|\bor (?:i will|ill|i am going to|else i will) (?:show|post|"
         r"share|leak|expose|send (?:the pictures|your pictures))\b|\bi (?:have|got|saved|"
         r"screenshotted|kept) (?:your|ur|all your|all ur) (?:pictures|nudes|pics|photos|videos|"
         r"chats|messages|dms|screenshots)\b(?! (?:from|of|at) (?:the|our|my|this|that|last|school|"
         r"class|yesterday|today|prom|camp)\b)(?![^.!?]{0,30}\b(?:want me to|should i|shall i|do you "
         r"want)\b)[^.!?]{0,30}\b(?:send|post|share|leak|show|expose)\b",
         requires="your ur them it those these or everyone"),
    rule("threat:sextortion", ("threat", "sexual"),
         "voy vamos vais jvais vou sei sais ich schick schicke zeig zeige poste post verschick "
         "verschicke teile teil leake leak stell stelle",
         r"\b(?:voy a|vamos a|te voy a) (?:pasar|subir|mandar|ensenar|mostrar|filtrar|publicar|"
         r"compartir|difundir|enviar) (?:tus|todas tus|tu) (?:fotos|pictures|videos|nudes|pack|"
         r"conversaciones|capturas|mensajes|foto|video)\b(?! (?:del|de la|de los) (?:viaje|fiesta|"
         r"cumple|partido|excursion))|\b(?:je vais|jvais|j'vais) (?:\w+ )?(?:montrer|envoyer|"
         r"balancer|poster|publier|partager|diffuser|leak|afficher) (?:tes|toutes tes) (?:photos|pictures|"
         r"nudes|videos|messages|conversations|captures|screens)\b(?! de (?:vacances|la sortie|"
         r"classe))|\b(?:vou|vamos|eu vou) (?:espalhar|mostrar|postar|mandar|vazar|divulgar|"
         r"publicar|enviar|compartilhar) (?:suas|tuas|as suas|as tuas|seus|teus|sua|tua) (?:fotos|pictures|"
         r"nudes|videos|mensagens|prints|conversas|foto)\b(?! (?:da|do|de) (?:viagem|festa|"
         r"aniversario|passeio|jogo))|\bich (?:schick|schicke|zeig|zeige|poste|post|verschick|"
         r"verschicke|teile|teil|leake|leak|stell|stelle) (?:\w+ )?(?:deine|dein) (?:bilder|fotos|"
         r"nacktbilder|nudes|videos|nachrichten|chats|screenshots|bild|foto|video)\b(?! (?:vom|von der|"
         r"von dem|aus dem|aus der) )[^.!?]{0,30}"
         r"\b(?:an alle|allen|jedem|ins internet|i am internet|im internet|online|deinen eltern|"
         r"deiner mutter|deinem vater|der ganzen schule|der klasse|in die gruppe|wenn du)\b"),
    rule("threat:stalking", "threat", "sais sei",
         r"\bje sais (?:ou|dans quel \w+) (?:t'habites|tu habites|tu vis|tu dors|t'es|tu es|tu vas"
         r" (?:a l'ecole|en cours)|est ton (?:ecole|college|lycee)|habite ta famille)\b|"
         r"\b(?:eu )?sei onde (?:voce |vc |video call |tu |ce )?(?:mora|moras|estuda|estudas|vive|"
         r"fica)\b"),
]

# Sexual emoji (peach, aubergine, cherries, droplets, tongue) next to a
# request verb or a possessive: "show me ur 🍑", "wanna see my 🍆".  Emoji
# are dropped from the phrase form, so this rule is matched against `norm`
# (unspaced=True), still gated by its word triggers.  Its parts are built
# here, one per emoji, each pre-tested with `emoji in text`: an ASCII
# message fails that test at once, so the regex runs only on messages that
# contain one of the emoji.
_EMOJI = ("\U0001F351", "\U0001F346", "\U0001F352", "\U0001F4A6", "\U0001F445")
_EMOJI_VERBS = (
    r"show|send|sned|snd|see|flash|drop|touch|lick|suck|grab|sit on|ride|muestrame|muestra|"
    r"ensename|manda|mandame|pasame|montre|envoie|envoi|mostra|mostre|zeig|schick|schicke|ver|voir"
)
_EMOJI_OWNERS = r"ur|your|ta|tes|ton|tu|tus|teu|tua|sua|seu|dein|deine|deinen"
_EMOJI_AFTER = (r"sehen|ver|voir|see|pic|pics|picture|pictures|foto|fotos|photo|photos|bild|"
                r"bilder|touch|anfassen")


def _emoji_rule() -> Rule:
    base = rule(
        "sexual:emoji", "sexual",
        "show send sned snd see flash drop touch lick suck grab sit ride ur your ta tes ton tu "
        "tus teu tua sua seu dein deine "
        "deinen meinen muestrame muestra ensename manda mandame pasame montre envoie envoi "
        "mostra mostre zeig schick schicke sehen ver voir",
        "|".join(
            rf"\b(?:{_EMOJI_VERBS})\b[^.!?\n]{{0,25}}{e}|\b(?:{_EMOJI_OWNERS}) ?{e}|"
            rf"{e}[^.!?\n]{{0,12}}\b(?:{_EMOJI_AFTER})\b"
            for e in _EMOJI
        ),
    )
    parts = tuple(
        (re.compile(rf"\b(?:{_EMOJI_VERBS})\b[^.!?\n]{{0,25}}{e}|\b(?:{_EMOJI_OWNERS}) ?{e}|"
                    rf"{e}[^.!?\n]{{0,12}}\b(?:{_EMOJI_AFTER})\b"), False, ((e,), (), ()))
        for e in _EMOJI
    )
    return dataclasses.replace(base, unspaced=True, parts=parts)


RULES.append(_emoji_rule())

# Superlatives, animal names in a pointing frame, exclusion of a third person
# and threat verb x consequence: their own module (this one is long already).
from .harm_accent_mock import RULES as _ACCENT_RULES  # noqa: E402
from .harm_afterschool import RULES as _AFTERSCHOOL_RULES  # noqa: E402
from .harm_afterschool_langs import RULES as _AFTERSCHOOL_LANG_RULES  # noqa: E402
from .harm_bodily import RULES as _BODILY_RULES  # noqa: E402
from .harm_colour import RULES as _COLOUR_RULES  # noqa: E402
from .harm_consequence import RULES as _CONSEQUENCE_RULES  # noqa: E402
from .harm_emoji_pileon import RULES as _EMOJI_PILEON_RULES  # noqa: E402
from .harm_exclusion_groups import RULES as _EXCLUSION_GROUP_RULES  # noqa: E402
from .harm_exclusion_school import RULES as _SCHOOL_SHUN_RULES  # noqa: E402
from .harm_exclusion_school_langs import RULES as _SCHOOL_SHUN_LANG_RULES  # noqa: E402
from .harm_extortion import RULES as _EXTORTION_RULES  # noqa: E402
from .harm_family_jibes import RULES as _FAMILY_JIBE_RULES  # noqa: E402
from .harm_family_jibes_langs import RULES as _FAMILY_JIBE_LANG_RULES  # noqa: E402
from .harm_friendless import RULES as _FRIENDLESS_RULES  # noqa: E402
from .harm_groupchat import RULES as _GROUPCHAT_RULES  # noqa: E402
from .harm_groupchat_gone import RULES as _GONE_RULES  # noqa: E402
from .harm_groupchat_gone_langs import RULES as _GONE_LANG_RULES  # noqa: E402
from .harm_groupchat_langs import RULES as _GROUPCHAT_LANG_RULES  # noqa: E402
from .harm_groups import RULES as _GROUP_RULES  # noqa: E402
from .harm_intimate_questions import RULES as _QUESTION_RULES  # noqa: E402
from .harm_jibes import RULES as _JIBE_RULES  # noqa: E402
from .harm_kid_taunts import RULES as _KID_RULES  # noqa: E402
from .harm_leverage import RULES as _LEVERAGE_RULES  # noqa: E402
from .harm_more import RULES as _MORE_RULES  # noqa: E402
from .harm_nude_offers import RULES as _NUDE_OFFER_RULES  # noqa: E402
from .harm_nude_offers_langs import RULES as _NUDE_OFFER_LANG_RULES  # noqa: E402
from .harm_offer_emoji import RULES as _EMOJI_OFFER_RULES  # noqa: E402
from .harm_outcast import RULES as _OUTCAST_RULES  # noqa: E402
from .harm_outcast_langs import RULES as _OUTCAST_LANG_RULES  # noqa: E402
from .harm_pileon import RULES as _PILEON_RULES  # noqa: E402
from .harm_poverty_mock import RULES as _POVERTY_RULES  # noqa: E402
from .harm_presence_jibes import RULES as _PRESENCE_RULES  # noqa: E402
from .harm_putdowns import RULES as _PUTDOWN_RULES  # noqa: E402
from .harm_regroup import RULES as _REGROUP_RULES  # noqa: E402
from .harm_regroup_langs import RULES as _REGROUP_LANG_RULES  # noqa: E402
from .harm_sarcasm import RULES as _SARCASM_RULES  # noqa: E402
from .harm_sarcasm_langs import RULES as _SARCASM_LANG_RULES  # noqa: E402
from .harm_sarcasm_praise import RULES as _SARCASM_PRAISE_RULES  # noqa: E402
from .harm_sarcasm_praise_more import RULES as _SARCASM_PRAISE_MORE_RULES  # noqa: E402
from .harm_sarcasm_third import RULES as _SARCASM_THIRD_RULES  # noqa: E402
from .harm_sarcasm_third_langs import RULES as _SARCASM_THIRD_LANG_RULES  # noqa: E402
from .harm_sarcasm_third_more import RULES as _SARCASM_THIRD_MORE_RULES  # noqa: E402
from .harm_sextortion_demand import RULES as _DEMAND_RULES  # noqa: E402
from .harm_sextortion_pay import RULES as _PAY_RULES  # noqa: E402
from .harm_shaming import RULES as _SHAMING_RULES  # noqa: E402
from .harm_showdown import RULES as _SHOWDOWN_RULES  # noqa: E402
from .harm_spread import RULES as _SPREAD_RULES  # noqa: E402
from .harm_targets import RULES as _TARGET_RULES  # noqa: E402
from .harm_taunts import RULES as _TAUNT_RULES  # noqa: E402
from .harm_threats import RULES as _THREAT_RULES  # noqa: E402
from .harm_undress import RULES as _UNDRESS_RULES  # noqa: E402
from .harm_undress_under import RULES as _UNDER_RULES  # noqa: E402
from .harm_veiled import RULES as _VEILED_RULES  # noqa: E402
from .harm_veiled_home import RULES as _VEILED_HOME_RULES  # noqa: E402
from .harm_veiled_home_langs import RULES as _VEILED_HOME_LANG_RULES  # noqa: E402
from .harm_veiled_langs import RULES as _VEILED_LANG_RULES  # noqa: E402
from .harm_veiled_more import RULES as _VEILED_MORE_RULES  # noqa: E402
from .harm_verbforms import RULES as _VERBFORM_RULES  # noqa: E402
from .harm_watching import RULES as _WATCHING_RULES  # noqa: E402
from .harm_weapons import RULES as _WEAPON_RULES  # noqa: E402
from .harm_xenophobia import RULES as _XENOPHOBIA_RULES  # noqa: E402
from .harm_xenophobia_langs import RULES as _XENOPHOBIA_LANG_RULES  # noqa: E402

RULES += _TARGET_RULES + _THREAT_RULES + _SHAMING_RULES + _MORE_RULES + _GROUP_RULES + _PILEON_RULES
RULES += _WEAPON_RULES + _SPREAD_RULES + _TAUNT_RULES + _EXTORTION_RULES + _JIBE_RULES
RULES += _QUESTION_RULES + _LEVERAGE_RULES + _PUTDOWN_RULES + _BODILY_RULES
RULES += _GROUPCHAT_RULES + _GROUPCHAT_LANG_RULES + _GONE_RULES + _GONE_LANG_RULES
RULES += _CONSEQUENCE_RULES + _SHOWDOWN_RULES + _WATCHING_RULES + _UNDRESS_RULES
RULES += _VERBFORM_RULES + _DEMAND_RULES + _FRIENDLESS_RULES + _COLOUR_RULES + _KID_RULES
RULES += _SARCASM_RULES + _SARCASM_LANG_RULES + _SARCASM_THIRD_RULES
RULES += _SARCASM_THIRD_LANG_RULES + _SARCASM_THIRD_MORE_RULES
RULES += _PAY_RULES
RULES += _OUTCAST_RULES + _OUTCAST_LANG_RULES + _UNDER_RULES
RULES += _REGROUP_RULES + _REGROUP_LANG_RULES + _VEILED_RULES + _VEILED_LANG_RULES
RULES += _NUDE_OFFER_RULES + _NUDE_OFFER_LANG_RULES + _EMOJI_OFFER_RULES
RULES += _VEILED_HOME_RULES + _VEILED_HOME_LANG_RULES + _AFTERSCHOOL_RULES + _AFTERSCHOOL_LANG_RULES
RULES += _SARCASM_PRAISE_RULES + _SARCASM_PRAISE_MORE_RULES
RULES += _SCHOOL_SHUN_RULES + _SCHOOL_SHUN_LANG_RULES + _FAMILY_JIBE_RULES
RULES += _FAMILY_JIBE_LANG_RULES + _XENOPHOBIA_RULES + _XENOPHOBIA_LANG_RULES
RULES += _EMOJI_PILEON_RULES + _PRESENCE_RULES + _ACCENT_RULES + _POVERTY_RULES
RULES += _EXCLUSION_GROUP_RULES + _VEILED_MORE_RULES

# wanting to see the reader naked, a naked call, underwear, "still a virgin?" in more languages
from .harm_see_naked import RULES as _SEE_NAKED_RULES  # noqa: E402

RULES += _SEE_NAKED_RULES

# sexual comments on the reader's body and wanting to touch the reader, beyond English
from .harm_body_comments import RULES as _BODY_COMMENT_RULES  # noqa: E402

RULES += _BODY_COMMENT_RULES

# sexual invitations aimed at the reader: sleeping naked, underwear now, sexual emoji with a
# proposal, sexting and sexual role-play proposed, imagining the reader naked, "how far did
# you go with him", "have your breasts grown", Turkish body-part requests
from .harm_sexual_invites import RULES as _SEXUAL_INVITE_RULES  # noqa: E402
from .harm_sexual_invites_body import RULES as _SEXUAL_INVITE_BODY_RULES  # noqa: E402

RULES += _SEXUAL_INVITE_RULES + _SEXUAL_INVITE_BODY_RULES

# mockery without a swear word: crying, names, "nobody picks you", poverty, rumours, comparisons
from .harm_mockery import RULES as _MOCKERY_RULES  # noqa: E402

RULES += _MOCKERY_RULES

# threats with no violent verb: account takeover, veiled warnings, proxies, family, exposure, weapons
from .harm_threats_veiled import RULES as _THREATS_VEILED_RULES  # noqa: E402

RULES += _THREATS_VEILED_RULES

# the writer's genitals offered to the reader with the plain word ("wanna see my penis?",
# "показать тебе мой член?", "penisimi görmek ister misin")
from .harm_show_genitals import RULES as _SHOW_GENITALS_RULES  # noqa: E402

RULES += _SHOW_GENITALS_RULES

# a freeze-out ordered to the group: "nobody text maya, let her sit alone"
from .harm_freeze_out import RULES as _FREEZE_OUT_RULES  # noqa: E402

RULES += _FREEZE_OUT_RULES

# a bare request for nudes in the languages' own words ("nacktfotos bitte", "нюдсы пж")
from .harm_nudes_langs import RULES as _NUDES_LANGS_RULES  # noqa: E402

RULES += _NUDES_LANGS_RULES
