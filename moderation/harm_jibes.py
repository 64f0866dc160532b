"""Jibes without the "you are a <noun>" shape (appended to `harm.RULES`).

Found missing on a blind evaluation; written as classes, in several
languages (`harm_taunts.py` holds the older taunts):

* a superlative put-down of the reader scoped to the group, or the group's
  consensus: "everyone in group 4 agrees ur the most annoying person here",
  "eres la persona más pesada del grupo"; "ur the most annoying person ever
  lol ily" (banter) and "everyone agrees ur right" pass.
* "imagine being this fat and still posting selfies": being <put-down> and
  still doing something (self-deprecation, "imagine being this tired and
  still having homework", passes: the adjective list has no "tired").
* "go back to roblox baby" (a kids' game or show with a name-calling word)
  and "this chat is for people with brain cells" (said to shut someone out).
* an embarrassing moment pinned on the reader: "ur the girl from 7B who
  cried in PE right? everyone saw the video", "look who's typing, the kid
  who cried when we screenshotted his pics"; "ur the girl who sang at the
  concert right?" passes.
* incitement to pile on a third person's account: "his snap is X go spam
  him", "everyone mass report her"; "stop spamming him", "spam him with
  birthday wishes" pass.
* Chinese: "no wonder nobody in class plays with you" (怪不得/难怪 ... 没人
  跟你玩) and "you talk so stupidly" (你说话这么蠢).
"""

from __future__ import annotations

from .harm_taunts import _DUMB_EN, _NOT_SELF
from .packs.zh import zrule
from .rules import Rule, rule

_WORST_EN = (r"(?:most (?:annoying|irritating|cringe|cringey|cringy|useless|pathetic|disgusting|"
             r"hated|boring|embarrassing|desperate|ugly|unlikeable|unlikable|obnoxious|stupid|dumb)|"
             r"ugliest|dumbest|stupidest|weirdest|fattest|worst|cringiest|smelliest|grossest|"
             r"lamest|biggest (?:loser|joke|idiot|clown|mistake))")
_SCOPE_EN = (r"(?:here|in (?:here|this (?:chat|group|gc|server|class|school)|the (?:chat|group|gc|"
             r"server|class|school|year|world))|alive|on (?:earth|the planet)|i (?:have ever|ever) "
             r"(?:met|seen)|in existence)")
# "... lol ily", "... but i love you": affection after the put-down is banter
_NOT_BANTER = (r"(?![^.!?]{0,40}\b(?:ily|ilysm|love you|love ya|luv (?:you|ya)|my (?:fav|fave|"
               r"favorite|favourite|bestie|best friend)|jk|just kidding|kidding)\b)")
_KIDS_GAMES = (r"(?:roblox|minecraft|cocomelon|peppa pig|paw patrol|club penguin|toca boca|"
               r"teletubbies|sesame street|bluey|your crib|your cradle|your sandbox|the sandbox|"
               r"your playpen|your mommy|your mummy|your mom|your mum)")
_BABY_EN = r"(?:baby|babies|kid|kiddo|child|toddler|loser|nerd|crybaby|noob|bozo|clown|weirdo)"
_EMBARRASS_EN = (r"(?:cried|was crying|peed|pissed|wet (?:himself|herself|themselves|themself|"
                 r"their pants|his pants|her pants)|shit (?:himself|herself)|threw up|puked|farted|"
                 r"fell over|got dumped|got rejected|got pantsed|got slapped|got beat up|begged)")

RULES: list[Rule] = [
    rule("bullying:insult", "bullying",
         "most ugliest dumbest stupidest weirdest fattest worst cringiest smelliest grossest "
         "lamest biggest",
         r"\b(?:you are|your|youre|you) (?:literally |honestly |actually |officially |easily )?the "
         + _WORST_EN + r" (?:person|kid|girl|boy|guy|human|member|one|thing|student|player|loser|"
         r"creature)\b (?:\w+ )?" + _SCOPE_EN + r"\b" + _NOT_BANTER + "|"
         r"\b(?:everyone|everybody|the whole (?:class|group|school|chat|year)|we all|all of us|"
         r"literally everyone)\b[^.!?]{0,25}\b(?:agrees?|thinks?|knows?|says?|voted) (?:that )?"
         r"(?:you are|your|youre) (?:so |the |such an? |really |literally )*(?:" + _WORST_EN + r"|"
         r"annoying|weird|ugly|cringe|cringey|a joke|a loser|pathetic|useless|disgusting|fake|"
         r"embarrassing|obsessed|desperate)\b" + _NOT_BANTER),
    rule("bullying:insult", "bullying", "mas molesta pesada pesado tonta tonto fea feo",
         r"\b(?:eres|sos) (?:la|el) (?:persona |chica |chico |nino |nina )?mas (?:molest[oa]|"
         r"pesad[oa]|tont[oa]|fe[oa]|rar[oa]|inutil|patetic[oa]|insoportable|odios[oa]|pringad[oa])"
         r" (?:de (?:aqui|este grupo|el grupo|la clase|todo el (?:colegio|insti|grupo))|del (?:grupo|"
         r"chat|colegio|insti|mundo)|que conozco)\b|"
         r"\b(?:t'es|tu es) (?:la|le) (?:personne |fille |mec |gars )?(?:la |le )?plus (?:chiant|"
         r"chiante|relou|moche|bete|nul|nulle|lourd|lourde|insupportable|gênant|genant|genante) "
         r"(?:d'ici|du groupe|de la classe|du college|du lycee|de la terre|que je connais)\b|"
         r"\bdu bist (?:die|der|das) (?:nervigste|hasslichste|dummste|peinlichste|ekligste|"
         r"unbeliebteste|schlimmste)\w* (?:person |mensch )?(?:hier|in der (?:klasse|gruppe|schule)|"
         r"im chat|auf der welt|der welt)\b|"
         r"\b(?:voce e|vc e|tu es|tu e) (?:a|o) (?:pessoa |menina |menino )?mais (?:chat[oa]|"
         r"insuportavel|fe[ioa]|burr[oa]|irritante|ridicul[oa]|sem graca) (?:daqui|do grupo|da sala|"
         r"da escola|do mundo|que eu conheco)\b|"
         r"\bsei (?:la|il) (?:persona |ragazza |ragazzo )?piu (?:fastidios[oa]|insopportabile|"
         r"brutt[oa]|stupid[oa]|odios[oa]|sfigat[oa]|pesante) (?:qui|del gruppo|della classe|"
         r"della scuola|del mondo|che conosco)\b"),
    # "imagine being this fat and still posting selfies"
    rule("bullying:insult", "bullying", "imagine",
         r"\bimagine (?:being|bein|looking) (?:this|that|so|as) " + _DUMB_EN + r" (?:and|but|while) "
         r"(?:still |also |then |actually )?(?:posting|post|showing|uploading|taking|thinking|acting|"
         r"talking|trying|flexing|calling|wearing|asking|expecting|believing|having the nerve)\b"
         + _NOT_SELF),
    rule("bullying:insult", "bullying",
         "imaginate imagina immagina imagine stell",
         r"\b(?:imaginate|imagina) ser (?:tan|tao|assim|asi de) (?:gord[oa]|fe[oa]|feio|feia|tont[oa]|"
         r"burr[oa]|ridicul[oa]) y?e? ?(?:y |e )?(?:todavia |aun |ainda |seguir |seguir )?"
         r"(?:subir|subiendo|postar|postando|publicar|publicando|mandar|subes|postas)\b|"
         r"\bimagine (?:etre|d'etre) (?:aussi|si|tellement) (?:moche|gros|grosse|bete|nul|nulle) et "
         r"(?:encore |continuer a |quand meme )?(?:poster|publier|mettre|envoyer)\b|"
         r"\bstell dir vor,? so (?:fett|hasslich|dumm) zu sein und (?:trotzdem |noch )?(?:selfies|"
         r"bilder|fotos|videos)\b|"
         r"\bimmagina essere (?:cosi|tanto) (?:grass[oa]|brutt[oa]|stupid[oa]) e (?:ancora |"
         r"continuare a )?(?:postare|pubblicare|mettere)\b"),
    # "go back to roblox baby", "this chat is for people with brain cells"
    # "back" is the trigger (the game and home words, "mom" or "roblox", are the
    # more common gate); a leading look-behind hides the literal from the regex engine
    rule("bullying:insult", "bullying", "back",
         r"(?<!to )(?<!could )(?<!should )(?<!can )(?<!i )(?<!we )(?<!lets )(?<!let us )(?<!will )"
         r"(?<!wanna )(?<!want )\bgo back to " + _KIDS_GAMES + r"\b[^.!?]{0,15}?\b" + _BABY_EN + r"\b",
         requires="roblox minecraft cocomelon peppa paw penguin toca teletubbies sesame bluey crib cradle sandbox "
                  "playpen mommy mummy mom mum"),
    rule("bullying:exclusion", "bullying", "brain brains cells braincells iq cerebro neuronas "
         "cerveau neurones hirn gehirnzellen cerebro neuronio neuronios cervello",
         r"\b(?:this|the|our) (?:chat|group|gc|server|group chat|class|convo|conversation) is "
         r"(?:only )?for (?:people|ppl|those|humans|kids|adults) (?:with|who have) (?:brain ?cells|"
         r"a brain|brains|functioning brains|an iq|iq|more than \w+ brain ?cells?)\b|"
         r"\b(?:este|el) (?:chat|grupo) es (?:solo )?para (?:gente|personas) con (?:cerebro|"
         r"neuronas|dos neuronas)\b|"
         r"\b(?:ce|le) (?:chat|groupe|serveur) (?:c'est|est) (?:que )?pour les (?:gens|personnes) "
         r"(?:qui ont un cerveau|avec un cerveau|intelligentes)\b|"
         r"\b(?:dieser|der) (?:chat|gruppe|server) ist (?:nur )?fur (?:leute|menschen) mit (?:hirn|"
         r"gehirn|gehirnzellen|verstand)\b|"
         r"\b(?:esse|este|o) (?:chat|grupo) e (?:so )?(?:pra|para) (?:gente|pessoas) com (?:cerebro|"
         r"neuronio|neuronios)\b|"
         r"\b(?:questa|la) chat e (?:solo )?per (?:gente|persone) con (?:il cervello|cervello|"
         r"neuroni)\b"),
    # an embarrassing moment pinned on the reader
    rule("bullying:insult", "bullying",
         "cried crying peed pissed wet shit threw puked farted fell dumped rejected pantsed "
         "slapped beat begged",
         r"\b(?:you are|your|youre) (?:literally )?the (?:girl|boy|kid|guy|one|dude|loser|weirdo|nerd)"
         r" (?:from [\w-]+ (?:\w+ )?)?who " + _EMBARRASS_EN + r"\b"
         # a film, a show or "me too" is sympathy, not mockery
         r"(?![^.!?]{0,30}\b(?:movie|film|show|concert|wedding|funeral|video call)\b)"
         r"(?!.{0,80}\b(?:me too|same|so did i|i did too|i cried too)\b)[^?]{0,40}?(?:\? ?)?[^?]{0,30}?"
         r"\b(?:everyone (?:saw|seen|watched|knows|heard|laughed)|the (?:whole )?(?:school|class|year|"
         r"grade) (?:saw|knows|watched|laughed)|the video|right ?\?|lmao|lmfao|haha\w*)|"
         r"\blook (?:who is|whos|who's|who) (?:typing|talking|here|back|online|speaking|awake|crying)\b"
         r"[^?]{0,20}?\bthe (?:girl|boy|kid|guy|one|dude|loser|weirdo|nerd) (?:from [\w-]+ )?who "
         + _EMBARRASS_EN + r"\b"),
    # incitement to pile on a third person's account
    rule("bullying:incitement", "bullying", "spam flood raid mass bombard harass",
         r"\b(?:go|everyone|everybody|lets|let us|yall|y'all|guys|all|pls|please|someone|somebody)"
         r" (?:go |all |pls )?(?:spam|flood|raid|bombard|harass|mass report|mass dm|spam call|"
         r"prank call) (?:him|her|them|his|her|their|this (?:kid|guy|girl|loser)|that (?:kid|guy|"
         r"girl|loser))\b(?! (?:with|w) (?:birthday|bday|happy|love|hearts|congrats|compliments|"
         r"nice|good))|"
         r"\b(?:his|her|their) (?:snap|insta|instagram|tiktok|discord|number|account|dms?|whatsapp)"
         r" is [^.!?]{0,30}?\b(?:go |everyone |lets |let us |yall )(?:spam|flood|raid|report|harass|"
         r"roast|message|dm|bully|annoy|troll)\b(?! (?:with|w) (?:birthday|bday|happy|love|hearts|"
         r"congrats))"),
    rule("bullying:incitement", "bullying",
         "spammeadle spamealo spameenlo spammez spammt spamma spamem spamar",
         r"\b(?:spameadle|spamealo|spameala|spameenlo|spameenla|spammez[- ](?:le|la|les)|spammt "
         r"(?:ihn|sie)|spammate(?:lo|la)|spamem (?:ele|ela)|vamos spamar (?:ele|ela))\b"),
    zrule("bullying:exclusion", "bullying", "怪不得 难怪 活该",
          r"(?:怪不得|难怪|活该)[^。!?，,]{0,8}(?:没人|没有人|没有一个人|谁都不|大家都不)"
          r"(?:愿意)?(?:跟你|和你|理你|喜欢你|要你|陪你|同你)"),
    zrule("bullying:insult", "bullying", "你说话 你长得 你做事 你写得",
          r"你(?:说话|长得|做事|写得|唱得|打得)(?:这么|那么|真|太|好)(?:蠢|笨|丑|傻|恶心|烦人|难听|弱智)"),
]
