"""Bullying, threats and sexual solicitation (directed forms).

Why directed forms: "stupid" or "nudes" are ordinary words in a consultation
about online harms ("sharing nudes is illegal").  What makes a message
harmful is that it is aimed at someone: "you are so stupid", "send nudes",
"I know where you live".  Reports and discussion of such messages are
excused by frames (frames.py) unless the room is strict.
"""

from __future__ import annotations

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

RULES: list[Rule] = [
    # -- bullying -------------------------------------------------------
    rule("bullying:insult", "bullying",
         "idiot idiots moron morons loser losers freak freaks "
         "weirdo creep clown failure waste nerd dork pig fatso cow whale retard bitch slut whore "
         "nobody joke disgrace embarrassment mistake psycho rat snake worm scum trash garbage "
         "parasite virgin simp crybaby baby",
         r"\b(?:you are|you|your(?= (?:an?|such|so|the) )|you look like|this|that|what an?|such "
         r"an?|look at this|look at that|you little|hey|shut up)\s+" + _FILL + _NOUNS + r"\b"),
    rule("bullying:insult", "bullying",
         "stupid dumb ugly fat pathetic worthless useless disgusting cringe gross retarded "
         "braindead brain trash garbage hopeless slow thick weird joke nothing",
         r"\b(?:(?:you are|you look|you sound|you seem|you smell|you were born)\s+"
         r"(?:so |such |really |fucking |literally |actually |honestly |very |too |a |an |the |"
         r"just |always |still )*|your (?:so|such|really|too|fucking) (?:an? )?)" + _ADJ + r"\b",
         requires="you your"),
    rule("bullying:exclusion", "bullying",
         "likes hates asked cares wants laughs laugh laughing deserve belong shut stfu loser freak "
         "without miss notice cry",
         r"\b(?:no one|everyone|everybody|nobody) (?:likes|hates|asked|cares about|wants|laughs at|"
         r"is laughing at) you\b|\bno one (?:asked|cares)\b|\b(?:everyone|everybody|guys|lets all|"
         r"let us all|all|we all) laugh at (?:this|him|her|them|you|that)\b|\byou (?:do not|dont) "
         r"(?:deserve|belong)\b|\b(?:shut up|stfu) (?:you|loser|idiot|nobody|freak|no one)|"
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
         r"|beat up) (?:you|your)\b(?! (?:a|an|some|the|one|something|anything|more)\b)"),
    rule("threat:violence", "threat", "face head teeth legs nose",
         r"\b(?:smash|punch|kick|break|bash|beat|cave|knock) (?:your|ur) (?:face|head|teeth|legs|"
         r"nose)(?: in)?\b"),
    rule("threat:stalking", "threat",
         "know watch back dead regret pay sorry warned outside near coming watching following see "
         "suffer",
         r"\bi know where (?:you (?:live|go to school|are|sleep)|your (?:school|house|home|family)"
         r" is)\b|\bi know your (?:address|school|house|home)\b|\bmake you (?:regret|pay|suffer|"
         r"sorry)\b|\bwatch your back\b|\bwatch out(?: [.!])*$|\byou (?:are|will be) (?:dead|so dead|"
         r"going to die)\b|\byou will (?:regret|pay for|be sorry)\b|"
         r"\byou have been warned\b|\bi am (?:outside|near|at|by|coming to) your (?:school|house|"
         r"home|door|place|class)\b|\bi (?:can see|am watching|am following) you\b"),
    rule("threat:sextortion", ("threat", "sexual"), "leak share post send expose show tell",
         r"\bi (?:will|am going to|could) (?:leak|share|post|send|expose|show everyone|show) "
         r"(?:your|ur) (?:pictures|picture|nudes|videos|video|secrets|address|number|chats)\b|"
         r"\b(?:unless|if you do not|if you dont) (?:you )?(?:send|pay|give|do)\b[^.!?]{0,40}\bi "
         r"(?:will|am going to) (?:post|share|send|leak|tell|show)",
         requires="your unless if"),
    rule("threat:violence", "threat",
         "vais gueule sais mort voy donde muerto bring werde weiss vou sei убью найду побью знаю 杀 弄死",
         r"\bje vais te (?:tuer|frapper|defoncer|retrouver|buter|casser la gueule|peter la gueule|"
         r"niquer)|je sais ou tu (?:habites|vis)|"
         r"t'es mort\b|te voy a (?:matar|pegar|encontrar|partir)|se donde vives|estas muerto|"
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
         r"wearing\b|\bwhat colou?r (?:is|are) your (?:underwear|bra|panties)\b|\b(?:are you|you) "
         r"horny\b|\bdo you (?:masturbate|touch yourself)\b|\bhave you (?:ever )?(?:had"
         r" sex|done it|kissed|been kissed)\b|\btouch yourself\b"),
    rule("sexual:request", "sexual",
         "nudes nue nues pack nacktbilder nacktfotos pelada нюдсы нюдс голые интимные desnuda",
         r"\benvoie(?:[- ]moi)? (?:des |tes )?nudes|(?:des|tes) (?:photos|picture|pictures) "
         r"(?:nue|nues|de toi nue)|(?:mandame|pasame|enviame) (?:nudes|fotos desnuda|el pack|tu pack)"
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
         r"\bdekh lunga\b")),
    rule("bullying:insult", "bullying",
         unicodedata.normalize("NFKC", "bekaar bekar nafrat बेकार नफरत"),
         unicodedata.normalize("NFKC", r"\b(?:tu|tum) (?:bilkul |ekdum )?(?:bekaar|bekar|pagal|"
         r"bewakoof|ganda|gandi) (?:hai|ho)\b|\bsab (?:tujhse|tumse) nafrat karte\b|"
         r"(?:तू|तुम) (?:बिल्कुल )?(?:बेकार|पागल|बेवकूफ) (?:है|हो)|सब (?:तुझसे|तुमसे) नफ़?रत")),
]
