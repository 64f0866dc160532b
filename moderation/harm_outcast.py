"""A third person insulted for their body or their mind *and* the group told
to throw them out or laugh at them (appended to `harm.RULES`; en es fr pt de
it here, ru ar tr pl id hi in harm_outcast_langs.py).

Why: "everyone vote to kick emma shes a fat cow lol", "look at the fat girl
lucia talking about self esteem, someone tell her to shut up and leave the
group", "mirad a la gorda de lucía jajaja que se vaya del grupo", "regardez
la grosse lucie mdr qu'elle dégage du groupe", "schaut euch die fette lena an
haha die soll aus der gruppe".  The insult rules are written for the reader
("you are fat") and the group-chat rules (harm_groupchat*.py) want a fixed
order - an exclusion verb, its target, then the insult.  Here the two halves
may come in either order with up to twenty words between them:

* the insult, about a named or pointed-at person: "she's / he is / emma is
  (so) fat, dumb, a cow ...", "the / this / that fat girl", "this loser", an
  epithet ("fat cow", "dumb idiot"), "la gorda de lucía", "die fette lena";
* the call: vote to kick / vote her out, kick / remove / get her out (of the
  gc), get out of / leave the group, tell her to shut up or leave, she
  should leave, everyone laugh at / make fun of her, who invited her.

Laughter never excuses it: these are `bullying:exclusion` hits, which the
banter frame (`frames_banter.py`, `bullying:insult` only) does not read.  A
game after the match ("vote to kick him he's so dumb lol he's afk in
ranked", "kick him from the lobby") is a player, not a classmate, and passes
in English.  One half alone passes ("vote to kick the afk player lol",
"the fat cat on my street is so cute", "we voted to kick a spam bot"), and
so do the reader's own body ("im so fat lol kick me"), things and bots ("kick
the dumb bot from the server"), reports ("someone said lucia is fat and I
told the teacher") and advice, which the discussion frames excuse, and the
writer leaving ("i'm gonna get out of this chat", "je quitte le groupe",
"ich geh aus der gruppe", "eu saí do grupo").

The English calls are four rules by their trigger words (kick/vote, the group
chat, shut up/leave, laugh at), so a message with "get" or "should" and
"stupid" runs one small pattern.
"""

from __future__ import annotations

from .rules import Rule, rule

# up to twenty words between the two halves, in either order
_GAP = r"\b(?: \S+){0,20}? "


def either_order(insult: str, call: str, tail: str = "") -> str:
    """The insult and the call in either order in one message (`tail`: a
    look-ahead after either)."""
    return rf"(?:{insult}){_GAP}(?:{call})\b{tail}|(?:{call}){_GAP}(?:{insult})\b{tail}"


# -- en ----------------------------------------------------------------------------
# "it's so dumb", "that's so stupid": not a name with a contracted "is"
_NOT_NAME_S = ("it", "that", "what", "there", "here", "who", "let", "how", "where", "he", "she")
# not a person: things, bots, games, pets, the reader
_STOP_EN = (r"(?:the|a|an|this|that|it|its|me|us|you|your|my|our|off|out|in|on|at|for|to|from|of|"
            r"and|or|so|too|all|everyone|everybody|someone|anyone|people|bots?|spam\w*|scam\w*|"
            r"hackers?|afk|ball|balls|player|players|boss|ass|start|back|up|down|now|again|it|"
            r"him|her|them|cat|dog|pet|game|round|match|lobby|server|group|gc|chat|we|i|im|who|what|"
            r"which|mods?|admins?|teachers?|mum|mom|dad|parents)")
_NAME_EN = r"(?!" + _STOP_EN + r"\b)[a-z][a-z'-]{1,14}"
_FILL_EN = (r"(?:(?:so|such|a|an|really|literally|actually|fucking|fkn|freaking|total|complete|"
            r"absolute|big|fat|ugly|dumb|stupid|disgusting|massive|huge|lowkey|genuinely|just|"
            r"the|always|kinda|very) )*")
_INS_EN = (r"(?:fat|fatty|fatso|obese|chubby|ugly|gross|disgusting|smelly|stinky|dumb|stupid|"
           r"braindead|brain dead|retard|retarded|idiot|moron|dumbass|airhead|cow|pig|whale|"
           r"hippo|heifer|slob|loser|freak|weirdo|clown|skinny|anorexic)")
_ADJ_EN = (r"(?:fat|ugly|dumb|stupid|smelly|stinky|gross|disgusting|braindead|retarded|chubby|"
           r"skinny|obese)")
_WHO_NOUN_EN = (r"(?:girl|boy|kid|guy|one|person|chick|dude|bitch|cow|pig|whale|hippo|loser|freak|"
                r"idiot|weirdo|moron|slob|new girl|new kid|new boy)s?")
_EPITHET_EN = (r"(?:cow|pig|whale|hippo|heifer|slob|fatso|fatty|loser|freak|idiot|moron|retard|"
               r"dumbass|airhead|weirdo|clown|bitch)s?")
_INSULT3_EN = (
    r"\b(?:she|he|they) (?:is|are|looks|look|was|smells)(?: like)? " + _FILL_EN + _INS_EN + r"|"
    r"\b(?:shes|hes|she's|he's|theyre|they're|is|looks like) " + _FILL_EN + _INS_EN + r"|"
    # "mia's so fat": a name with the contracted "is" (not "it's", "that's")
    r"'s(?<=[a-z]{2}'s)" + "".join(f"(?<!\\b{w}'s)" for w in _NOT_NAME_S) + r" (?:so|such|a|an|"
    r"literally|really|lowkey|actually) " + _FILL_EN + _INS_EN + r"|"
    r"\b(?:the|this|that|these|those) " + _FILL_EN + _ADJ_EN + r" " + _WHO_NOUN_EN + r"|"
    r"\b(?:this|that) " + _FILL_EN + _EPITHET_EN + r"|"
    r"\b" + _ADJ_EN + r" " + _EPITHET_EN
)
_GC_EN = r"(?:group|group chat|groupchat|gc|chat|server|class chat|squad|friend group)"
_TARGET_EN = (r"(?:her|him|them|" + _NAME_EN + r"|(?:the|this|that) (?:\S+ ){0,2}?"
              + _WHO_NOUN_EN + r")")
# the calls, in groups with their own trigger words (a message with "get" or
# "should" and "stupid" runs one small group, not every call)
_CALL_KICK_EN = (
    r"\bvote (?:to |2 )?(?:kick|remove|ban|boot)|"
    r"\bvote (?:her|him|them|" + _NAME_EN + r") (?:out|off)|"
    r"\b(?:kick|boot|ban|remove|yeet|throw|chuck|get) (?:her|him|them)(?: \S+)? (?:out|off|from)|"
    r"\b(?:kick|boot|ban|remove|yeet|throw|chuck|get) " + _TARGET_EN + r"(?: \S+){0,2}? (?:out of|"
    r"from|off) (?:the|this|our|my) " + _GC_EN + r"|"
    r"\b(?:someone|somebody|pls|please|can we|can someone|lets|let us|we should|should we|"
    r"everyone|everybody|guys|yall|y'all|just|admins?|mods?) (?:\S+ )?(?:kick|boot|ban|remove|"
    r"yeet) (?:her|him|them|" + _NAME_EN + r")|"
    r"\bwho (?:invited|added|let in) (?:her|him|them|this|that|" + _NAME_EN + r")"
)
_KICK_WORDS = "vote kick boot ban remove yeet throw chuck invited added out"
# get out of / leave the group chat
_CALL_LEAVE_EN = (
    # "i'm going to get out of this chat" is the writer leaving
    r"\b(?:get out|gtfo|get lost|fuck off|piss off|go away|get off)(?<!\bto get out)(?<!\bto get off)"
    r"(?<!\bto go away)(?<!\bi get out)(?<!\bi get off)(?: of| from)? (?:the|this|our|my) "
    + _GC_EN + r"|"
    r"(?:^|[.!?] |\b(?:just|pls|please|now|go|and|then|ok|okay|bye|you should|you need to|you "
    r"can|you better|why do not you) )leave (?:the|this|our|my) " + _GC_EN + r"|"
    r"\b(?:no one|nobody) (?:wants|likes) (?:her|him|them) (?:here|in (?:the|this|our) "
    + _GC_EN + r")"
)
_GC_WORDS = "group groupchat gc chat server squad here"
# told to shut up or leave, or should
_CALL_SHUT_EN = (
    r"\b(?:tell|make|get) (?:her|him|them) (?:to )?(?:shut up|stfu|shut it|leave|get out|go away|"
    r"log off)|"
    # "she should leave": not "i / we / you should"
    r"\b(?:should|must|better|needs to|has to)(?<!\bi should)(?<!\bwe should)(?<!\byou should)"
    r"(?<!\bi must)(?<!\bwe must)(?<!\byou must)(?<!\bi better)(?<!\bwe better)"
    r"(?<!\byou better) (?:just )?(?:leave|get out|quit|be kicked|get kicked|be removed|get "
    r"removed|get banned|be banned|shut up|go away)"
)
_SHUT_WORDS = "shut stfu leave quit kicked removed banned log"
# the group told to laugh at them
_CALL_MOCK_EN = (
    r"\b(?:lets all|let us all|lets|let us|everyone|everybody|guys|yall|y'all|we should all|we "
    r"should|we all|all of you) (?:\S+ )?(?:laugh at|make fun of|roast|mock|clown on|flame|pick "
    r"on|bully|troll) (?:her|him|them|" + _NAME_EN + r")"
)
_MOCK_WORDS = "laugh fun roast mock clown flame pick bully troll"
# a game after the match: a player kicked from a lobby
_GAME_EN = (r"(?![^.!?]{0,60}\b(?:afk|lobby|ranked|respawn|teammates?|spawn|npc|noob team|"
            r"tryhard|ping|lag|lagging|carry|carried)\b)")
# the call with the insult as its object: "laugh at fat lucia", "kick the fat kid from the group"
_CALL_ON_EN = (r"\b(?:laugh at|make fun of|roast|kick|vote out|remove|boot|ban|get rid of) (?:"
               + _ADJ_EN + r" " + _NAME_EN + r"|(?:the|this|that) " + _FILL_EN + _ADJ_EN + r" "
               + _WHO_NOUN_EN + r")")

_INS_WORDS_EN = ("fat fatty fatso obese chubby ugly gross disgusting smelly stinky dumb stupid braindead "
                 "brain retard retarded idiot moron dumbass airhead cow pig whale hippo heifer slob "
                 "loser freak weirdo clown skinny anorexic cows pigs whales losers freaks idiots morons")

# -- es ----------------------------------------------------------------------------
_INS_ES = (r"(?:gorda|gordo|gordas|gordos|foca|vaca|cerda|cerdo|ballena|marrana|marrano|fea|feo|"
           r"asquerosa|asqueroso|tonta|tonto|idiota|estupida|estupido|subnormal|retrasada|"
           r"retrasado|imbecil|tarada|tarado|burra|burro|mongola|mongolo|pendeja|pendejo|inutil|"
           r"fracasada|fracasado|apestosa|apestoso|cerebro de mosquito)")
_ADJ_ES = (r"(?:gorda|gordo|fea|feo|tonta|tonto|idiota|subnormal|retrasada|retrasado|asquerosa|"
           r"asqueroso|foca|vaca|cerda|ballena|imbecil|tarada|tarado|estupida|estupido)")
_NAME_ES = (r"(?!(?:la|el|los|las|un|una|mi|tu|su|este|esta|ese|esa|bot|spam|perro|perra|gato|gata|"
            r"basura|pasear|comer)\b)[a-z]{2,15}")
_INSULT3_ES = (
    r"\b(?:es|esta|parece) (?:una |un |muy |tan |re |super |mas |la mas |el mas |literal |"
    r"literalmente |demasiado |bien )*" + _INS_ES + r"|"
    r"\b(?:la|el|esa|ese|esta|este|a la|al) " + _ADJ_ES + r" (?:de|del)\b|"
    r"\b(?:esa|ese|esta|este|la muy|el muy) (?:\S+ )?" + _INS_ES + r"|"
    r"\b(?:gorda|gordo|foca|vaca|cerda) (?:asquerosa|asqueroso|de mierda|fea|feo|inutil)"
)
_GC_ES = r"(?:del|de este|de nuestro|de el) (?:grupo|chat|gc|grupo de clase)"
_CALL_ES = (
    r"\bque se (?:vaya|largue|salga|pire|marche|vayan|piren|larguen) (?:ya |de una vez )?" + _GC_ES
    + r"|"
    r"\b(?:vete|largate|salte|pirate|fuera|marchate|sal|afuera|sacala|sacalo) (?:ya )?" + _GC_ES
    + r"|"
    r"\b(?:echadla|echadlo|echenla|echenlo|sacadla|sacadlo|saquenla|saquenlo|expulsadla|"
    r"expulsadlo|expulsenla|expulsenlo|eliminadla|eliminenla|eliminadlo|eliminenlo|borrenla|"
    r"borradla|kickeenla|kickeadla|kickeenlo|kickeadlo|funenla|funadla)|"
    r"\b(?:echad|echen|sacad|saquen|expulsad|expulsen|eliminad|eliminen|kickead|kickeen|borrad|"
    r"borren) (?:a |al )(?:la |el )?" + _NAME_ES + r"|"
    r"\b(?:votemos|voten|votad|vamos a votar) (?:para |por )?(?:echar|sacar|expulsar|eliminar|"
    r"kickear)(?:la|lo|le)?|"
    r"\b(?:riamonos|reiros|rianse|burlaos|burlemonos|burlense) (?:todos )?de (?:ella|el|la|"
    + _NAME_ES + r")|"
    r"\b(?:que alguien|alguien|decidle|diganle|decile|decirle) (?:le |la )?(?:diga que se calle|"
    r"diga que se vaya|que se calle|que se vaya|eche|saque|calle)|"
    r"\bnadie (?:la|lo) quiere (?:aqui|en el grupo)"
)

# -- fr ----------------------------------------------------------------------------
_INS_FR = (r"(?:grosse|gros|obese|moche|laide|laid|vache|truie|baleine|thon|cochonne|cochon|"
           r"conne|con|debile|idiote|idiot|bete|abrutie|abruti|attardee|attarde|mongole|mongol|"
           r"cassos|boloss|degueulasse|degueu|puante|cretine|cretin)")
_ADJ_FR = (r"(?:grosse|gros|moche|debile|conne|baleine|vache|truie|idiote|cretine|thon|"
           r"degueulasse|mongole)")
_INSULT3_FR = (
    r"\b(?:elle|il) est (?:trop |tellement |vraiment |grave |si |une |un |super |hyper |ultra |"
    r"la plus |le plus |tellement )*" + _INS_FR + r"|"
    r"\b(?:c'est|cest) (?:une|un) (?:sale |grosse |gros )?" + _INS_FR + r"|"
    r"\b(?:la|le|cette|ce|cet) " + _ADJ_FR + r"\b|"
    r"\b(?:grosse|sale) (?:vache|truie|baleine|conne|debile|moche|thon|cochonne)"
)
_GC_FR = r"(?:du|de ce|de la|de notre|le|la) (?:groupe|conv|discussion|gc|chat|groupe de classe)"
_CALL_FR = (
    r"\bqu'(?:elle|il) (?:degage|sorte|quitte|parte|se casse|se barre|s'en aille|ferme sa gueule|"
    r"se taise)|"
    # "je quitte le groupe" is the writer leaving
    r"\b(?:degage|casse toi|barre toi|sors|quitte|tire toi|cassez vous|degagez)(?<!\bje quitte)"
    r"(?<!\bje sors)(?<!\bje degage) " + _GC_FR + r"|"
    r"\b(?:virez|ejectez|kickez|excluez|degagez|enlevez|retirez|on vire|on kick|on ejecte|on "
    r"degage|on exclut) (?:la|le|les|lui|\S+ (?:du|de la|de ce) (?:groupe|conv|gc))|"
    r"\b(?:votez|on vote|votons) pour (?:la |le )?(?:virer|kick|ejecter|exclure|degager)|"
    r"\b(?:moquez vous|on se moque|moquons nous|foutez vous de sa gueule|on se fout de sa gueule) "
    r"(?:d'elle|de lui|de la|du|d'\S+|de \S+)|"
    r"\b(?:dites lui|dis lui|dites leur) (?:de )?(?:se taire|degager|partir|fermer sa gueule|la "
    r"fermer|quitter le groupe)|"
    r"\bpersonne (?:ne )?(?:la|le) veut (?:ici|dans le groupe)"
)

# -- pt ----------------------------------------------------------------------------
_INS_PT = (r"(?:gorda|gordo|baleia|vaca|porca|porco|orca|hipopotamo|feia|feio|horrorosa|horroroso|"
           r"nojenta|nojento|burra|burro|idiota|retardada|retardado|lerda|lerdo|mongol|mongoloide|"
           r"otaria|otario|imbecil|estupida|estupido|anta|jumenta|baranga|tapada|tapado|fedida|"
           r"fedido)")
_ADJ_PT = (r"(?:gorda|gordo|baleia|vaca|porca|feia|feio|burra|burro|retardada|retardado|nojenta|"
           r"baranga|idiota)")
_NAME_PT = r"(?!(?:a|o|as|os|um|uma|bot|spam|lixo|foto|zap)\b)[a-z]{2,15}"
_INSULT3_PT = (
    r"\b(?:e|eh|ta|esta|parece) (?:uma |um |muito |mo |mt |tao |mais |a mais |o mais |super |mto |"
    r"mega )*" + _INS_PT + r"|"
    r"\b(?:a|o|essa|esse|aquela|aquele) " + _ADJ_PT + r" (?:da|do|de)\b|"
    r"\b(?:essa|esse|aquela|aquele) " + _ADJ_PT
)
_GC_PT = r"(?:do|desse|deste|da) (?:grupo|gp|zap|chat|conversa)"
_CALL_PT = (
    r"\b(?:tira|tirem|tire|remove|removam|remova|expulsa|expulsem|chuta|chutem|bane|banam|exclui|"
    r"excluam|kicka|kickem) (?:ela|ele|essa|esse|a " + _NAME_PT + r"|o " + _NAME_PT + r")\b"
    # "tira ele do forno": a thing out of the oven
    r"(?! d[oa] (?:forno|fogo|geladeira|freezer|microondas|micro|panela|caixa|mochila|bolso|sol))|"
    # "eu saí do grupo", "vou sair do grupo": the writer leaving
    r"\b(?:sai|vaza|some|cai fora|se manda|rala)(?<!\beu sai)(?<!\beu vaza) (?:logo |ja )?" + _GC_PT
    + r"|"
    r"\b(?:que|pra|para) (?:ela|ele) (?:saia|sair|vaze|vazar|suma|sumir|cale a boca|calar a boca)|"
    r"\b(?:vamos|bora) (?:todo mundo |todos )?(?:zoar|zuar|tirar sarro|rir|humilhar|zoa|zua) "
    r"(?:dela|dele|da \S+|do \S+|ela|ele|a \S+|o \S+|com a cara)|"
    r"\b(?:vota|votem|votar|bora votar|vamos votar) (?:pra|para) (?:tirar|expulsar|remover|chutar)|"
    r"\b(?:manda|mandem|fala pra|falem pra) (?:ela|ele) (?:calar a boca|sair|vazar|sumir)"
)

# -- de ----------------------------------------------------------------------------
_INS_DE = (r"(?:fett|fette|fetter|fettes|fetten|dick|dicke|dicker|dickes|fettsack|fettsau|fettklops|"
           r"kuh|sau|schwein|wal|walross|nilpferd|hasslich|hassliche|hasslicher|hasslichen|dumm|"
           r"dumme|dummer|dummen|blod|blode|bloder|bloden|behindert|behinderte|behinderter|spast|"
           r"spasti|mongo|idiot|idiotin|vollidiot|hohlbirne|eklig|eklige|hackfresse)")
_ADJ_DE = (r"(?:fette|dicke|hassliche|dumme|blode|behinderte|eklige|fetten|dicken|hasslichen|"
           r"dummen|bloden)")
_NAME_DE = (r"(?!(?:ich|du|wir|man|ihr|es|das|den|dem|die|der|ein|eine|einen|bot|bots|spam|ball|mal|"
            r"doch|endlich|jetzt)\b)[a-z]{2,15}")
_INSULT3_DE = (
    r"\bist (?:so |voll |echt |total |mega |richtig |einfach |ja |halt |so ein |so eine |ein |"
    r"eine |die |der |das |sowas von |extrem )*" + _INS_DE + r"|"
    r"\b(?:die|der|diese|dieser|diesen|den|das) " + _ADJ_DE + r"\b|"
    r"\b(?:fette|dicke|dumme|hassliche|blode) (?:kuh|sau|schwein|wal|tonne|idiotin|idiot|"
    r"schlampe)"
)
_GC_DE = r"(?:aus|von) (?:der|dem|unserer|unserem|dieser|diesem) (?:gruppe|chat|gruppenchat|klassenchat|gc)"
_CALL_DE = (
    r"\b(?:kickt|bannt|blockt|entfernt) (?:sie|ihn|" + _NAME_DE + r")\b|"
    r"\b(?:kickt|schmeisst|werft|haut|entfernt|blockt|bannt) (?:sie|ihn|die|den|der|das|" + _NAME_DE
    + r")(?: \S+){0,2}? (?:raus|aus (?:der|dem|unserer|unserem))|"
    r"\b(?:sie|er|die|der|" + _NAME_DE + r") soll (?:\S+ ){0,3}?(?:raus|gehen|verschwinden|sich "
    r"verpissen|abhauen|leaven|die fresse halten|die klappe halten|aus der gruppe)|"
    # "ich geh aus der gruppe" is the writer leaving
    r"\b(?:raus|verpiss dich|hau ab|geh|verschwinde|leave)(?<!\bich geh)(?<!\bich verschwinde)"
    r"(?<!\bich leave) " + _GC_DE + r"|"
    r"\b(?:lacht|lachen wir) (?:sie|ihn|die|den) aus|\blasst uns (?:sie|ihn|die|den) (?:\S+ )?"
    r"auslachen|\b(?:lasst uns|wir) (?:uns )?uber (?:sie|ihn) lustig machen|\bmacht euch uber "
    r"(?:sie|ihn) lustig|"
    r"\b(?:voten|votet|kicken|werfen|schmeissen) (?:wir )?(?:sie|ihn|die|den) raus|"
    r"\bsagt (?:ihr|ihm) (?:sie|er) soll (?:die fresse halten|die klappe halten|gehen|"
    r"verschwinden|raus)"
)

# -- it ----------------------------------------------------------------------------
_INS_IT = (r"(?:cicciona|ciccione|grassa|grasso|obesa|obeso|balena|vacca|maiala|maiale|scrofa|cessa|"
           r"cesso|brutta|brutto|racchia|stupida|stupido|scema|scemo|cretina|cretino|idiota|"
           r"deficiente|ritardata|ritardato|mongoloide|handicappata|handicappato|ebete|demente|"
           r"puzzolente|schifosa|schifoso)")
_ADJ_IT = (r"(?:cicciona|ciccione|grassa|grasso|balena|vacca|cessa|racchia|brutta|scema|cretina|"
           r"deficiente|idiota|stupida|ritardata|maiala)")
_NAME_IT = r"(?!(?:la|il|lo|le|gli|un|una|bot|spam)\b)[a-z]{2,15}"
_INSULT3_IT = (
    r"\b(?:e|sembra) (?:una |un |uno |proprio |troppo |cosi |davvero |tanto |la piu |il piu |piu |"
    r"na )*" + _INS_IT + r"|"
    r"\b(?:la|il|quella|quel|quello|questa|questo) " + _ADJ_IT + r"\b"
)
_GC_IT = r"(?:dal|da questo|dal nostro|dalla) (?:gruppo|chat|gc|classe)"
_CALL_IT = (
    r"\b(?:cacciatela|cacciatelo|buttatela|buttatelo|toglietela|toglietelo|rimuovetela|"
    r"rimuovetelo|kickatela|kickatelo|bannatela|bannatelo|espelletela|espelletelo|eliminatela|"
    r"eliminatelo|cacciamola|cacciamolo|buttiamola|buttiamolo|togliamola|togliamolo)|"
    r"\b(?:cacciate|kickate|bannate) (?:fuori )?(?:lei|lui|la " + _NAME_IT + r"|il " + _NAME_IT
    + r"|" + _NAME_IT + r")|"
    r"\b(?:buttate|togliete|rimuovete|eliminate) (?:fuori )?(?:lei|lui|la " + _NAME_IT + r"|il "
    + _NAME_IT + r"|" + _NAME_IT + r")(?: \S+)? (?:fuori|dal|dalla)\b|"
    r"\bche se ne vada|\b(?:esca|deve uscire|deve andarsene|si levi|sparisca) " + _GC_IT + r"|"
    r"\b(?:esci|vattene|fuori|levati|sparisci|smamma) " + _GC_IT + r"|"
    r"\bvotiamo (?:per )?(?:cacciarla|cacciarlo|toglierla|toglierlo|buttarla fuori|buttarlo fuori|"
    r"rimuoverla|rimuoverlo|kickarla|kickarlo)|"
    r"\b(?:ridiamo|ridete) (?:tutti )?di (?:lei|lui|" + _NAME_IT + r")|\b(?:prendiamola|prendiamolo|"
    r"prendetela|prendetelo) in giro|\b(?:sfottiamola|sfottiamolo)|"
    r"\b(?:ditele|ditegli) di stare zitt[oa]"
)

RULES: list[Rule] = [
    *(rule("bullying:exclusion", "bullying", words, either_order(_INSULT3_EN, call, _GAME_EN),
           requires=_INS_WORDS_EN)
      for call, words in ((_CALL_KICK_EN, _KICK_WORDS), (_CALL_LEAVE_EN, _GC_WORDS),
                          (_CALL_SHUT_EN, _SHUT_WORDS), (_CALL_MOCK_EN, _MOCK_WORDS))),
    rule("bullying:exclusion", "bullying", "laugh fun roast kick vote remove boot ban rid",
         _CALL_ON_EN + r"\b" + _GAME_EN, requires=_INS_WORDS_EN),
    rule("bullying:exclusion", "bullying",
         "vaya largue salga pire marche vayan piren larguen vete largate salte pirate fuera "
         "marchate sal afuera sacala sacalo echadla echadlo echenla echenlo sacadla sacadlo "
         "saquenla saquenlo expulsadla expulsadlo expulsenla expulsenlo eliminadla eliminenla "
         "eliminadlo eliminenlo borrenla borradla kickeenla kickeadla kickeenlo kickeadlo funenla "
         "funadla echad echen sacad saquen expulsad expulsen eliminad eliminen kickead kickeen "
         "borrad borren votemos voten votad votar riamonos reiros rianse burlaos burlemonos "
         "burlense calle quiere alguien eche saque diga decidle diganle decile decirle",
         either_order(_INSULT3_ES, _CALL_ES),
         requires="gorda gordo gordas gordos foca vaca cerda cerdo ballena marrana marrano fea feo "
                  "asquerosa asqueroso tonta tonto idiota estupida estupido subnormal retrasada "
                  "retrasado imbecil tarada tarado burra burro mongola mongolo pendeja pendejo "
                  "inutil fracasada fracasado apestosa apestoso cerebro"),
    rule("bullying:exclusion", "bullying",
         "degage sorte quitte parte casse barre aille ferme taise tire cassez degagez virez "
         "ejectez kickez excluez enlevez retirez vire kick ejecte exclut votez vote votons moquez "
         "moque moquons foutez fout dites dis veut",
         either_order(_INSULT3_FR, _CALL_FR),
         requires="grosse gros obese moche laide laid vache truie baleine thon cochonne cochon "
                  "conne con debile idiote idiot bete abrutie abruti attardee attarde mongole "
                  "mongol cassos boloss degueulasse degueu puante cretine cretin"),
    rule("bullying:exclusion", "bullying",
         "tira tirem tire remove removam remova expulsa expulsem chuta chutem bane banam exclui "
         "excluam kicka kickem sai vaza some cai manda rala sair vazar saia vaze suma sumir cale "
         "calar zoar zuar tirar rir humilhar zoa zua vota votem votar mandem fala falem",
         either_order(_INSULT3_PT, _CALL_PT),
         requires="gorda gordo baleia vaca porca porco orca hipopotamo feia feio horrorosa "
                  "horroroso nojenta nojento burra burro idiota retardada retardado lerda lerdo "
                  "mongol mongoloide otaria otario imbecil estupida estupido anta jumenta baranga "
                  "tapada tapado fedida fedido"),
    rule("bullying:exclusion", "bullying",
         "kickt schmeisst werft haut entfernt blockt bannt soll raus verpiss hau geh verschwinde "
         "leave lacht lachen auslachen lustig voten votet kicken werfen schmeissen sagt",
         either_order(_INSULT3_DE, _CALL_DE),
         requires="fett fette fetter fettes fetten dick dicke dicker dickes fettsack fettsau "
                  "fettklops kuh sau schwein wal walross nilpferd hasslich hassliche hasslicher "
                  "hasslichen dumm dumme dummer dummen blod blode bloder bloden behindert "
                  "behinderte behinderter spast spasti mongo idiot idiotin vollidiot hohlbirne "
                  "eklig eklige hackfresse"),
    rule("bullying:exclusion", "bullying",
         "cacciatela cacciatelo buttatela buttatelo toglietela toglietelo rimuovetela rimuovetelo "
         "kickatela kickatelo bannatela bannatelo espelletela espelletelo eliminatela eliminatelo "
         "cacciamola cacciamolo buttiamola buttiamolo togliamola togliamolo cacciate buttate "
         "togliete rimuovete kickate bannate eliminate vada esca uscire andarsene levi sparisca "
         "esci vattene fuori levati sparisci smamma votiamo ridiamo ridete prendiamola "
         "prendiamolo prendetela prendetelo sfottiamola sfottiamolo ditele ditegli",
         either_order(_INSULT3_IT, _CALL_IT),
         requires="cicciona ciccione grassa grasso obesa obeso balena vacca maiala maiale scrofa "
                  "cessa cesso brutta brutto racchia stupida stupido scema scemo cretina cretino "
                  "idiota deficiente ritardata ritardato mongoloide handicappata handicappato "
                  "ebete demente puzzolente schifosa schifoso"),
]
