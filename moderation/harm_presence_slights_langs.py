"""Presence slights in es fr pt de it hi ru tr pl id ar zh (the shapes of
harm_presence_slights.py - read its docstring first; appended to `harm.RULES`
through it).

"la sala se oscurece cuando entra Priya", "il fait plus sombre dès que Awa
arrive", "der Raum wird dunkler, wenn Kofi reinkommt", "si fa buio quando
entra Amara", "в классе темнеет, когда заходит Аиша", "Ayşe girince sınıf
kararıyor", "她一进来教室就暗了": the room that darkens is the person's skin.
"Pooja aayi toh light band karne ki zaroorat nahi, waise bhi kisi ko dikhegi
nahi": the same jibe told with the lights.  "la classe non era abbastanza
triste senza di lui", "no era lo bastante triste sin él", "war ohne ihn
nicht traurig genug": sarcasm that the person brings the gloom (a sad
class that misses him has no negation, "era triste senza di lui", and
passes).  "cero personalidad, ni le contestéis", "null Persönlichkeit,
antwortet ihr gar nicht": a put-down with the group told not to answer.

What passes, as in English: the sun, a storm, a lamp or a film darkening the
room, lights switched off for a film ("light band kar do, movie start ho
rahi hai"), adults and family (the `_WHO_*` stop lists of the presence
modules), missing someone ("ci mancava!"), "npc" in a game.
"""

from __future__ import annotations

from .harm_presence_jibes_langs import _WHO_DE, _WHO_ES, _WHO_FR, _WHO_IT, _WHO_PT
from .harm_presence_jibes_world import _AAYA_HI, _WHO_PL, _WHO_RU, _WHO_TR
from .packs.hi._script import _n, _r
from .packs.zh import zrule
from .rules import Rule, rule

# a lamp, the sun, a storm, a film: the room darkens for a reason
_NOT_LIGHT = (r"(?![^.!?]{0,40}\b(?:lampara|luz del sol|sol|tormenta|nubes|pelicula|persiana|cortinas|"
              r"interruptor|lampe|soleil|orage|nuages|film|rideaux|volets|lampada|tempesta|nuvole|"
              r"tende|tapparelle|luminaria|cortina|chuva|nuvens|lampe|sonne|gewitter|wolken|rollladen|"
              r"vorhang|vorhange|schalter|noite|noche|nuit|nacht|notte|sera|abend|tarde|soir|inverno|invierno|"
              r"hiver|winter|anochecer|tramonto|sonnenuntergang)\b)")

_GAME_L = (r"(?![^.!?]{0,100}\b(?:juego|personaje|jeu|personnage|jogo|personagem|spiel|figur|rolle|"
           r"gioco|personaggio|game|minecraft|roblox|fortnite|khel|character|bot)\b)")

# -- es ------------------------------------------------------------------------------
_ARR_ES = (r"(?:llega|entra|aparece|se conecta|se une|se mete|viene|habla|sonrie|esta|se sienta|"
           r"llego|entro|aparecio|se conecto|se unio|vino)")
_ES = (
    # la sala se oscurece cuando entra Priya / se pone todo oscuro cada vez que llega
    r"\b(?:se oscurece|oscurece|se pone (?:todo |mas |muy |re )?oscur[oa]|se vuelve (?:mas )?oscur[oa]|"
    r"se apagan las luces|se muere|muere|se arruina|se pone (?:todo )?(?:raro|incomodo|tenso)) "
    r"(?:\S+ ){0,2}?(?:cuando|cada vez que|en cuanto|apenas|siempre que|nada mas) (?:" + _WHO_ES
    + r" )?" + _ARR_ES + r"\b" + _NOT_LIGHT + r"(?! (?:la|el|los|las|un|una|mi|tu|su) )(?: " + _WHO_ES
    + r")?\b|"
    # no hace falta apagar la luz cuando llega Priya
    r"\b(?:no hace falta|ni hace falta|no hay que|para que|pa que) apagar (?:la|las) luz(?:es)? "
    r"(?:\S+ ){0,2}?(?:cuando|si|ya que|porque|que) (?:" + _WHO_ES + r" )?" + _ARR_ES + r"\b(?=(?: \S+)"
    r"{0,8}? (?:total|igual|de todas formas|de todos modos|ya|you|jaja\w*|jsjs\w*|xd|no se (?:la|le|lo) "
    r"ve)\b)|"
    # la clase no era lo bastante triste sin él
    r"\bno (?:era|es|fuera|fuese|estaba|estuviera|eramos|estabamos|ha sido|fue) (?:ya |you )?(?:lo )?"
    r"(?:bastante|suficientemente|lo suficientemente|suficiente) (?:trist|aburrid|deprimente|pesad|"
    r"fe[oa]\b|mal[oa]\b|muert|horrible|amargad|lugubre|insoportable)\w* (?:ya )?sin (?:el|ella|"
    r"ellos)(?= ?$| [.!?]| (?:ja\w*|lol|xd|jeje\w*|la verdad|eh|hoy|encima|jaj\w*)\b)|"
    r"\b(?:vino|llego|aparecio|esta aqui|volvio|se conecto|se unio)(?: \S+){0,6}? como si (?:\S+ )"
    r"{0,3}?no (?:fuera|fuese|estuviera|estuviese|estuvieramos|fueramos) (?:ya |you )?(?:lo )?(?:bastante "
    r"|suficientemente |lo suficientemente )?(?:trist|aburrid|deprimente|pesad|horrible|amargad)|"
    # cero personalidad, ni le contestéis
    r"\b" + _GAME_L + r"(?:npc|(?:cero|0|ninguna|sin) personalidad|no tiene personalidad)\b[^.!?]{0,40}?\b(?:ni |no "
    r"|nadie )(?:le |la |lo )?(?:contesteis|conteste|contestes|contesten|respondais|responda|"
    r"respondan|respondas|hableis|hablen|hagais caso|hagan caso)\b|"
    r"\b" + _GAME_L + r"(?:npc|(?:cero|0|ninguna|sin) personalidad)\b[^.!?]{0,40}?\b(?:ignoradla|ignoradlo|ignorenla|"
    r"ignorenlo|ignorala|ignoralo)\b"
)

# -- fr ------------------------------------------------------------------------------
_ARR_FR = (r"(?:arrive|entre|rejoint|se connecte|debarque|se pointe|parle|sourit|vient|est la|"
           r"s'assoit|est arrivee?|est entree?|s'est connectee?)")
_FR = (
    r"\b(?:il fait (?:tout |plus |trop |direct )?(?:sombre|noir)|(?:devient|est) (?:tout |toute |plus "
    r"|trop )?(?:sombre|noire?|obscure?)|s'assombrit|les lumieres s'eteignent|(?:l'ambiance|tout|la "
    r"conv|le cours) (?:meurt|retombe|devient (?:bizarre|genante|chelou))) (?:\S+ ){0,2}?(?:des qu'|des "
    r"que |quand |chaque fois qu'|chaque fois que |a chaque fois qu'|a chaque fois que |au moment ou "
    r"|pile quand )" + _WHO_FR + r" " + _ARR_FR + r"\b" + _NOT_LIGHT + r"|"
    r"\bpas besoin d'eteindre (?:la|les) lumieres? (?:\S+ ){0,2}?(?:quand|si|puisque|des qu'|des que "
    r")" + _WHO_FR + r" " + _ARR_FR + r"\b(?=(?: \S+){0,8}? (?:de toute facon|de toute maniere|deja|"
    r"mdr|ptdr|xd|mort de rire|on (?:ne )?(?:la|le) voit (?:pas|meme pas))\b)|"
    r"\b(?:n'etait|n'est|ne serait|netait|etait|est) pas (?:deja )?(?:assez|suffisamment) (?:trist|"
    r"ennuyeu|deprimant|chiant|nul\b|nulle|mort|pourri|glauque|lourd|horrible|moche|sombre)\w*(?: comme "
    r"ca)? sans (?:lui|elle|eux)\b|"
    r"\b(?:venue?|arrivee?|est la|revenue?|revient|debarque|s'est pointee?)(?: \S+){0,6}? comme si "
    r"(?:\S+ ){0,3}?(?:n'etait|n'etions|netait|etait|etions|on n'etait|on etait) pas (?:deja )?"
    r"(?:assez|suffisamment) (?:trist|ennuyeu|deprimant|chiant|nul|mort|pourri|glauque|lourd)|"
    r"\b" + _GAME_L + r"(?:pnj|npc|(?:zero|0|aucune|pas de) personnalite)\b[^.!?]{0,40}?\b(?:(?:ne )?(?:lui )?repondez "
    r"(?:lui )?(?:meme )?pas|reponds lui (?:meme )?pas|ne lui repondez|personne (?:ne )?lui repond|"
    r"ignorez (?:la|le)|parlez lui (?:meme )?pas)\b"
)

# -- pt ------------------------------------------------------------------------------
_ARR_PT = r"(?:chega|entra|aparece|fala|sorri|vem|ta aqui|esta aqui|entra na call|senta|chegou|entrou)"
_PT = (
    r"\b(?:fica (?:tudo |mais |bem )?escur[oa]|escurece|apagam as luzes|a vibe morre|o clima morre) "
    r"(?:\S+ ){0,2}?(?:quando|toda vez que|sempre que|assim que|na hora que) (?:" + _WHO_PT + r" )?"
    + _ARR_PT + r"\b" + _NOT_LIGHT + r"(?: " + _WHO_PT + r")?\b|"
    r"\b(?:nem precisa|nao precisa|pra que) apagar a luz (?:\S+ ){0,2}?(?:quando|se|porque|que) (?:"
    + _WHO_PT + r" )?" + _ARR_PT + r"\b(?=(?: \S+){0,8}? (?:kk\w*|ja|de qualquer jeito|de qualquer "
    r"forma|nem da pra ver|nao da pra ver|rs|rsrs)\b)|"
    r"\bnao (?:era|estava|tava|e|esta|ta|fosse|estivesse|foi) (?:ja )?(?:suficientemente )?(?:triste|"
    r"chat[ao]|deprimente|ruim|pesad[ao]|fei[ao]|mort[ao]|horrivel|tedios[ao]|entediante)s?(?: o "
    r"suficiente| suficiente| o bastante)? sem (?:ele|ela)\b|"
    r"\b(?:veio|chegou|apareceu|ta aqui|esta aqui|voltou|entrou|brotou)(?: \S+){0,6}? como se (?:\S+ )"
    r"{0,3}?(?:ja )?nao (?:fosse|estivesse|estivessemos) (?:ja )?(?:triste|chat[ao]|deprimente|ruim|"
    r"pesad[ao]|tedios[ao]|entediante)|"
    r"\b" + _GAME_L + r"(?:npc|(?:zero|0|nenhuma|sem) personalidade)\b[^.!?]{0,40}?\b(?:nem responde\w*|ninguem "
    r"responde|nao responde\w*|ignora\w* (?:ela|ele)|nem liga\w* (?:pra|para) (?:ela|ele))\b"
)

# -- de ------------------------------------------------------------------------------
_ARR_DE = (r"(?:reinkommt|kommt|reinlauft|beitritt|joint|online kommt|sich einloggt|da ist|hier ist|"
           r"lachelt|redet|spricht|auftaucht|dazukommt|reinkam|kam|da war)")
_DUNKEL_DE = r"(?:dunkel|dunkler|finster|finsterer|schwarz|duster|dusterer)"
_DE = (
    r"\b(?:wird (?:es|der raum|die klasse|alles|der chat|der call|das zimmer)|es wird|wirds|"
    r"(?:der raum|die klasse|alles|der chat|das zimmer) wird) (?:\S+ )?" + _DUNKEL_DE + r",? (?:wenn|"
    r"sobald|jedes mal wenn|immer wenn|als) " + _WHO_DE + r" (?:\S+ ){0,3}?" + _ARR_DE + r"\b"
    + _NOT_LIGHT + r"|"
    r"\b(?:wenn|sobald|jedes mal wenn|immer wenn) " + _WHO_DE + r" (?:\S+ ){0,3}?" + _ARR_DE + r",? "
    r"(?:wird (?:es|der raum|die klasse|alles|das zimmer)|wirds) (?:\S+ )?" + _DUNKEL_DE + r"\b"
    + _NOT_LIGHT + r"|"
    r"\blicht (?:\S+ ){0,3}?(?:nicht|nie) (?:\S+ ){0,2}?(?:ausmachen|ausschalten)(?: \S+){0,4}? "
    r"(?:wenn|sobald) " + _WHO_DE + r" (?:\S+ ){0,3}?" + _ARR_DE + r"\b(?=(?: \S+){0,8}? (?:eh|sowieso|"
    r"haha\w*|lol|xd|man sieht (?:sie|ihn) (?:eh |sowieso )?(?:nicht|nie))\b)|"
    r"\b(?:war|ist|ware|waren) (?:ohne (?:ihn|sie) )?(?:eh |ja |schon |auch )*nicht (?:schon )?"
    r"(?:so )?(?:traurig|langweilig|deprimierend|schlimm|ode|trostlos|nervig|schrecklich|furchtbar|"
    r"dunkel|peinlich|mies|schlecht|duster) genug ohne (?:ihn|sie)\b|"
    r"\bohne (?:ihn|sie) (?:\S+ ){0,2}?nicht (?:schon )?(?:so )?(?:traurig|langweilig|deprimierend|"
    r"schlimm|ode|trostlos|nervig|schrecklich|furchtbar|peinlich|mies|schlecht|duster) genug\b|"
    r"\b(?:sie|er|" + _WHO_DE + r") (?:ist|kam|kommt) (?:heute |auch |schon |wieder |echt )*(?:da|hier|"
    r"gekommen|aufgetaucht|wieder)?(?: \S+){0,6}? als (?:ob )?(?:\S+ ){0,4}?nicht (?:schon )?(?:so )?"
    r"(?:traurig|langweilig|deprimierend|schlimm|ode|trostlos|nervig|peinlich|mies) genug\b|"
    r"\b" + _GAME_L + r"(?:npc|(?:null|keine|0) personlichkeit)\b[^.!?]{0,40}?\b(?:(?:antwortet|antworte|schreibt|"
    r"redet|reagiert) (?:ihr|ihm|der|dem) (?:\w+ )?(?:gar |einfach |bloss |halt )?nicht|ignoriert "
    r"(?:sie|ihn)|keiner (?:antwortet|schreibt) (?:ihr|ihm))\b"
)

# -- it ------------------------------------------------------------------------------
_ARR_IT = (r"(?:arriva|entra|si collega|parla|sorride|viene|ce|e qui|si siede|si unisce|e arrivat[ao]|"
           r"e entrat[ao]|e venut[ao])")
_GLOOM_IT = (r"(?:trist[ei]|noios[aoie]|deprimente|deprimenti|pesant[ei]|brutt[aoie]|annoiat[aoie]|"
             r"mort[aoie]|squallid[aoie]|grigi[ao]|cup[ao]|tragic[ao]|orribil[ei]|schifos[ao]|pallos[ao])")
_IT = (
    r"\b(?:si fa (?:tutto |subito )?buio|diventa (?:(?:tutto|piu|subito|sempre) )*(?:buio|buia|scur[ao])|si "
    r"oscura|cala il buio|si spengono le luci|l'atmosfera (?:muore|si spegne|crolla)|muore tutto) "
    r"(?:\S+ ){0,2}?(?:quando|appena|ogni volta che|non appena|tutte le volte che) (?:" + _WHO_IT
    + r" )?" + _ARR_IT + r"\b" + _NOT_LIGHT + r"(?! (?:la|il|lo|i|gli|le|un|una) )(?: " + _WHO_IT
    + r")?\b|"
    r"\bnon (?:serve|c'e bisogno di|ce bisogno di|bisogna) spegnere la luce (?:\S+ ){0,2}?(?:quando|se|"
    r"visto che|tanto) (?:" + _WHO_IT + r" )?" + _ARR_IT + r"\b(?=(?: \S+){0,8}? (?:tanto|gia|ahah\w*|"
    r"lol|xd|non si vede|non (?:la|lo) vede nessuno)\b)|"
    r"\bnon (?:era|e|fosse|sarebbe|eravamo|fossimo|erano|fossero|e stat[ao]) (?:gia |mica |proprio )?"
    r"(?:(?:abbastanza|sufficientemente) " + _GLOOM_IT + r"|" + _GLOOM_IT + r" abbastanza)(?: gia| "
    r"prima)? senza (?:di )?(?:lui|lei|loro)\b|"
    r"\b(?:venut[ao]|arrivat[ao]|e qui|ce anche|tornat[ao]|collegat[ao]|entrat[ao])(?: \S+){0,6}? come "
    r"se (?:\S+ ){0,3}?non (?:fosse|fossimo|fossero) (?:gia )?(?:(?:abbastanza|sufficientemente) )?"
    + _GLOOM_IT + r"|"
    r"\b" + _GAME_L + r"(?:npc|(?:zero|0|nessuna) personalita|non ha personalita)\b[^.!?]{0,40}?\b(?:non (?:le |gli )?"
    r"(?:rispondete|risponderle|rispondergli|rispondetele|rispondetegli|rispondere|cagate|cagatela|"
    r"cagatelo|filate|filatela|filatelo|scrivete)|nessuno (?:le |gli )?risponda|ignoratela|ignoratelo)\b"
)

# -- hi (Hinglish and Devanagari) ----------------------------------------------------
_WHO_HI = r"(?:woh|wo|vo|ye|yeh|(?!(?:mummy|mumma|papa|mom|dad|didi|bhaiya|teacher|sir|maam|light)\b)[a-z]{3,15})"
_LIGHT_HI = r"(?:light|lights|batti|bulb|bijli|tubelight)"
_AATI_HI = (r"(?:aati|aata|aate|aa jaati|aa jaata|aa jati|aa jata|join karti|join karta|ghusti|ghusta|"
            r"hasti|hansti|hasta|hansta|muskurati)(?: hai| h| he)?")
_HI = (
    # Pooja aayi toh light band karne ki zaroorat nahi, waise bhi kisi ko dikhegi nahi
    r"\b" + _AAYA_HI + r"(?: \S+){0,3}? " + _LIGHT_HI + r" (?:band|off|bujha)\w*(?: \S+){0,3}? "
    r"(?:zaroorat|zarurat|jarurat|jaroorat|zarorat|need) (?:nahi|nhi|nai|na)\b(?=(?: \S+){0,8}? "
    r"(?:waise|vaise|wese|vese|pehle se|pahle se|already|khud|dikhegi|dikhega|andhera|lol|lmao|"
    r"haha\w*|hehe\w*|xd)\b)|"
    r"\b" + _AAYA_HI + r"(?: \S+){0,4}? (?:light|lights|batti|bulb|andhera|andhere|raat|dark)\b(?: \S+)"
    r"{0,6}? (?:waise|vaise|wese|vese) (?:bhi|bi) (?:\S+ ){0,3}?(?:dikhegi|"
    r"dikhega|dikhti|dikhta|dikhai degi|dikhai dega|nazar aayegi|nazar aayega) (?:hi )?(?:nahi|nhi|"
    r"nai)\b|"
    # Priya aayi toh lagta hai light chali gayi
    r"\b" + _WHO_HI + r" " + _AAYA_HI + r" (?:toh|to|tab|aur) (?:lagta hai|laga|aisa laga|aisa lagta "
    r"hai|lagta h) (?:\S+ )?(?:light chali gayi|light gayi|andhera ho gaya|andhera chha gaya|raat ho "
    r"gayi|bijli chali gayi|grahan lag gaya)\b|"
    # jab bhi Priya aati hai andhera ho jaata hai
    r"\b(?:jab bhi|jab|jaise hi|jitni baar) " + _WHO_HI + r" " + _AATI_HI + r"(?: \S+){0,3}? "
    r"(?:andhera|andheraa|dark|kaala) (?:ho|chha) (?:jaata|jata|jaati|jati)\b|"
    # uske bina class itni boring nahi thi
    r"\b(?:uske|iske|unke|[a-z]{3,15} ke) bina (?:\S+ ){0,3}?(?:kaafi|kafi|itni|itna|utni|utna|zyada) "
    r"(?:boring|udaas|udas|dukhi|bekaar|bakwas|sad|bura|buri) (?:nahi|nhi|nai) (?:thi|tha|lag rahi "
    r"thi|lag raha tha)\b|"
    # npc, zero personality, usko reply mat karo
    r"\b" + _GAME_L + r"(?:npc|(?:zero|koi) personality)\b[^.!?]{0,40}?\b(?:(?:usko|use|isko|ise|unko) (?:\S+ )?"
    r"(?:reply|jawab|javab) (?:mat|na|mt) (?:karo|do|kar|dena)|ignore (?:karo|maro|kar do))\b|"
    # Devanagari
    r"(?:आई|आया|आ गई|आ गया|आ गयी)(?: \S+){0,3}? (?:लाइट|बत्ती|बिजली) (?:बंद|ऑफ)\S*(?: \S+){0,3}? "
    r"(?:ज़रूरत|जरूरत|जरुरत) (?:नहीं|नही)|"
    r"(?:जब भी|जैसे ही) \S+ (?:आती|आता)(?: है)?(?: \S+){0,3}? अंधेरा (?:हो|छा) (?:जाता|जाती)|"
    r"(?:उसके|इसके) बिना (?:\S+ ){0,3}?(?:इतनी|इतना|काफ़ी|काफी) (?:बोरिंग|उदास|बेकार) (?:नहीं|नही) "
    r"(?:थी|था)"
)

# -- ru tr pl id ar ----------------------------------------------------------------------
_ARR_RU = (r"(?:заходит|приходит|входит|появляется|подключается|улыбается|зашла|зашел|пришла|пришел|"
           r"вошла|вошел|появилась|появился)")
_DARK_RU = r"(?:темнеет|потемнело|становится темн\w+|стало темн\w+|сразу темно|гаснет свет|темно становится)"
_NOT_SKY_RU = r"(?!(?:солнце|ночь|вечер|туча|тучи|гроза|зима|темнота|свет)(?![а-я]))"
_GLOOM_RU = r"(?:скучн|грустн|уныл|тоскл|мрачн|тухл|плох|депрессивн)\w*"
_WORLD = (
    _DARK_RU + r"[^.!?]{0,20}?(?:когда|как только|стоит|каждый раз когда) (?:" + _WHO_RU + r" " + _ARR_RU
    + r"|" + _ARR_RU + r" " + _NOT_SKY_RU + _WHO_RU + r")"
    + r"|(?:когда|как только|каждый раз когда) (?:" + _WHO_RU + r" " + _ARR_RU + r"|" + _ARR_RU + r" "
    + _NOT_SKY_RU + _WHO_RU + r")[^.!?]{0,25}?" + _DARK_RU
    + r"|без (?:него|нее)[^.!?]{0,30}?недостаточно " + _GLOOM_RU + r"|недостаточно " + _GLOOM_RU
    + r"[^.!?]{0,20}?без (?:него|нее)|"
    # tr
    r"\b" + _WHO_TR + r" (?:\S+ )?(?:gelince|girince|katilinca|gelir gelmez|girer girmez|geldiginde|"
    r"girdiginde|her geldiginde|her girdiginde|gulunce)(?: \S+){0,3}? (?:karariyor|karardi|kararir|"
    r"karanlik (?:oluyor|oldu|cokuyor|coktu)|isiklar (?:sonuyor|gidiyor|sondu))\b|"
    r"\b(?:onsuz|o olmadan|o yokken)(?: \S+){0,4}? yeterince (?:sikici|uzucu|huzunlu|kotu|kasvetli|"
    r"berbat) (?:degildi|degilmis|degil)\b|"
    # pl
    r"\b(?:robi sie|zrobilo sie|jest) (?:od razu |nagle |strasznie |tak )?(?:ciemno|ciemniej|czarno) "
    r"(?:jak|kiedy|gdy|gdy tylko|jak tylko|za kazdym razem jak) " + _WHO_PL + r" (?:wchodzi|"
    r"przychodzi|dolacza|sie loguje|sie usmiecha|weszla|wszedl|przyszla|przyszedl|dolaczyla|dolaczyl)\b|"
    r"\bbez (?:niego|niej)(?: \S+){0,4}? nie (?:byla|byl|bylo|jest) (?:wystarczajaco|dosc|"
    r"dostatecznie) (?:nudn|smutn|ponur|dolujac|beznadziejn)\w*|"
    # id
    r"\b(?:tiap|setiap|pas|kalo|kalau|begitu) (?:dia|si [a-z]{2,15}|[a-z]{3,15}) (?:masuk|dateng|datang|"
    r"gabung|join|muncul|online|senyum)(?: \S+){0,3}? (?:langsung |jadi |auto |mendadak )+(?:gelap|"
    r"redup|suram)\b|"
    r"\b(?:belum|kurang|nggak|gak|ga|tidak) cukup (?:suram|membosankan|bosenin|ngebosenin|sedih|garing|"
    r"buruk)(?: \S+){0,2}? tanpa (?:dia|si [a-z]{2,15})\b|"
    # ar
    r"(?:تظلم|يظلم|اظلمت|تعتم|يعتم|عتمت|(?:صارت|تصير|بتصير) (?:الدنيا |الغرفه |الغرفة )?(?:ظلمه|عتمه|"
    r"مظلمه))[^.!?]{0,20}?(?:لما|اول ما|كل ما|كل مره|عندما) (?:\S+ )?(?:تدخل|يدخل|تجي|يجي|تنضم|ينضم|"
    r"تظهر|يظهر|تبتسم|يبتسم|دخلت|دخل|جات|جا)|"
    r"(?:ما كانت|ما كان|مو|مش|لم تكن|لم يكن)[^.!?]{0,15}?(?:ممله|مملة|ممل|حزينه|كئيبه|كئيب) (?:بما فيه "
    r"الكفايه|كفايه|كفاية)[^.!?]{0,10}?(?:بدونه|بدونها|من غيره|من غيرها)"
)

_ZH_WHO = r"(?:她|他|[\u4e00-\u9fff]{2,3})"
_ZH = (
    _ZH_WHO + r"(?:一|每次|只要)(?:进来|进教室|上线|进群|来|出现|笑)[^。!?，,]{0,6}(?:就|都|立马|瞬间)"
    r"(?:变暗|暗了|黑了|暗下来|变黑|一片漆黑)|"
    r"(?:好像|仿佛|搞得|就好像)?(?:没有|没了)(?:她|他)[^。!?]{0,8}(?:还|都)?不够(?:无聊|难过|沉闷|压抑|"
    r"惨|丧|尴尬)"
)

RULES: list[Rule] = [
    rule("bullying:presence", "bullying",
         "oscurece oscuro oscura luces muere arruina raro incomodo tenso apagar bastante "
         "suficientemente suficiente triste tristes aburrida aburrido aburridas aburridos deprimente "
         "pesada pesado horrible amargada amargado npc personalidad", _ES),
    rule("bullying:presence", "bullying",
         "sombre noir noire obscur obscure s'assombrit lumieres meurt retombe bizarre genante chelou "
         "eteindre assez suffisamment pnj npc personnalite", _FR),
    rule("bullying:presence", "bullying",
         "escuro escura escurece luzes morre apagar suficiente bastante suficientemente triste chata "
         "chato deprimente ruim pesada pesado tediosa tedioso entediante npc personalidade", _PT),
    rule("bullying:presence", "bullying",
         "dunkel dunkler finster finsterer schwarz duster dusterer licht genug npc personlichkeit",
         _DE),
    rule("bullying:presence", "bullying",
         "buio buia scuro scura oscura luci muore luce abbastanza sufficientemente triste tristi "
         "noiosa noioso noiose noiosi deprimente pesante brutta brutto annoiati morta npc personalita",
         _IT),
    _r("bullying:presence", "bullying",
       "light lights batti bulb bijli tubelight waise vaise wese vese lagta laga andhera andheraa "
       "dark kaala bina npc personality लाइट बत्ती बिजली अंधेरा बिना",
       _n(_HI)),
    rule("bullying:presence", "bullying",
         "темнеет потемнело темно темнее темнеть гаснет становится стало недостаточно karariyor karardi kararir "
         "karanlik isiklar yeterince ciemno ciemniej czarno wystarczajaco dosc dostatecznie gelap "
         "redup suram cukup تظلم يظلم اظلمت تعتم يعتم عتمت ظلمه عتمه مظلمه كفايه كفاية الكفايه",
         _WORLD),
    zrule("bullying:presence", "bullying", "暗 黑 够", _ZH),
]
