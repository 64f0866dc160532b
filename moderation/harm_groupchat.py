"""Organised group bullying in group chats: the group told to shut a named
person (or "her"/"him") out or to pile onto them (appended to `harm.RULES`;
en es fr pt de here, it ru ar zh hi tr pl id in harm_groupchat_langs.py,
"wishing a peer gone" in harm_groupchat_gone.py).

Written from the classes of a blind evaluation, not its sentences.  Four
shapes, each needing a person as its object (a pronoun, a clitic or a word
that is not a thing, a bot, strangers or a time: "ignore the spam bot",
"don't talk to strangers", "let's all go after school" pass):

* a strong exclusion said to the group - stop talking/replying to, nobody
  talk to, leave out, unfollow - after a group address or as a plural
  imperative ("everyone in the gc stop talking to maya", "dejen de hablarle
  a marta", "redet nicht mehr mit lena"); kicking needs the group chat as
  the place ("vote to kick sophie from the gc"; "kick the bot out of the
  server", "whoever is afk gets kicked from the lobby" pass);
* a weak one (ignore, block, mute, don't invite) only with an insult after
  it ("every1 block her shes such a freak"); "guys ignore her, she's upset"
  passes;
* a pile-on: write an insult under their picture, tell/call them an insult,
  make them cry, go after / gang up on them ("write under her picture that
  she is ugly", "on va la faire pleurer"); praise ("that she looks amazing")
  and surprises ("make her cry happy tears") pass;
* contagion: whoever talks to them is out too ("whoever replies to her is
  out too", "wer ihr antwortet fliegt auch raus").

Warnings about scammers, bots or strangers after the match pass.  Reports
("they told everyone in the gc not to talk to me"), advice ("if everyone
in the group ignores someone, tell a teacher") and quotes are excused by
the frames like every harm rule; "me" is never a target.
"""

from __future__ import annotations

from .rules import Rule, rule

# a protective warning after the match: the target is a scammer, a bot, a stranger
# (also used by the Italian rules of harm_groupchat_langs.py)
NOT_WARN = (
    r"(?![^.!?]{0,60}\b(?:scam\w*|hack\w*|bots?|spam\w*|phish\w*|groomers?|predators?|pedo\w*|"
    r"catfish\w*|virus|fake account|strangers?|asking for (?:pictures|nudes|money)|estafa\w*|"
    r"arnaque\w*|golpe\w*|betrug\w*|truffa\w*|desconocid\w*|inconnu\w*|estranh\w*|fremde\w*|"
    r"sconosciut\w*|left the school|moved schools|surprise|birthday|bday|sorpresa|cumple\w*|"
    r"anniversaire|surpresa|aniversario|geburtstag|uberraschung|compleanno|perv\w*|(?:sending|"
    r"sends|sent) (?:pictures|nudes)|needs? (?:rest|space|time|sleep)|give (?:her|him|them) "
    r"(?:space|time)|in hospital|(?:is|she's|he's|shes|hes) (?:sick|ill|unwell)|grieving|busy|studying|"
    r"revising|asleep|upset\w*)\b)"
)
# not a person: things, times, bots, groups of strangers
_STOP_EN = (
    r"(?:the|a|an|this|that|these|those|my|your|our|their|his|me|us|you|yourself|it|its|anyone|"
    r"anybody|someone|somebody|everyone|everybody|people|strangers?|randoms?|random|bots?|spam|"
    r"scammers?|ads|adults|anything|everything|each|other|others|back|now|during|in|on|at|for|"
    r"about|while|when|if|and|or|so|too|again|anymore|any|mods?|admins?|teachers?|parents|"
    r"trolls?|haters?|numbers?|links?|school|lunch|class|dinner|practice|work|training|"
    r"breakfast|break|recess|homework|exams?|tests?|boss|bosses|ball|enemy|enemies|team|"
    r"other team|them all|unknown|new|old|here|there|mum|dad|dms?|messages?|texts?|calls?|lol|lmao|"
    r"pls|please|guys|already|right|okay|yet|just|all|ever|who|what|whoever|because|cause|until|"
    r"unless|after|before|since|though|not|no|yes|yeah|up|out|off|over|down|ya|alone|by)"
)
_NAME_EN = r"\b(?!" + _STOP_EN + r"\b)[a-z][a-z'-]{1,14}"
_WHO_EN = (r"(?:him|her|them|that (?:girl|boy|kid|guy|cow|pig|whale|loser|freak|weirdo|nerd|"
           r"bitch|slag)|the new (?:girl|boy|kid)|" + _NAME_EN + r")")
_ADDR_EN = (
    r"(?:everyone|everybody|evryone|guys|you guys|yall|y'all|you all|all of you|people|chat|"
    r"gc|lads|girls|boys|squad|fam|peeps|ladies|gc rule|group rule|new rule|rule|lets all|"
    r"let us all|we should all|we all|we are all|all of us)"
)
_GC_EN = r"(?:gc|group|group chat|groupchat|chat|class chat|class group|friend group|friendship group)"
_STRONG_EN = (
    r"(?:(?:stop|quit) (?:talking|speaking|replying|responding|sitting|hanging out|chatting|"
    r"being friends|playing) (?:to|with|next to)|(?:stop|quit) (?:texting|messaging|answering|"
    r"inviting|following)|(?:do not|never|no one) (?:talk|talks|speak|reply|replies|respond|sit|"
    r"sits|hang out|chat|be friends|play)(?: back)? (?:to|with|next to)|(?:do not|never|no one) "
    r"(?:text|texts|message|answer|follow)|unfollow|unfriend|unadd|ghost|shun|"
    r"exclude|freeze out)"
)
_WEAK_EN = r"(?:ignore|block|mute|report|do not add|do not invite|no one invite)"
_INSULT_EN = (
    r"(?:fat|fatty|fatso|ugly|loser|smelly|smells|stinks|stinky|cow|pig|whale|freak|weirdo|"
    r"gross|disgusting|cringe|cringey|cringy|nerd|retard\w*|dumb|stupid|pathetic|slut|whore|"
    r"reject|clown|nobody|skank|hoe|trash|rat|snake|bitch|pick me|attention seeker|psycho|"
    r"minger|tramp|tryhard|try hard|fake|annoying|weird|mental|poor|dirty|hippo|beast|ugly af|"
    r"fat af|waste of space)"
)
_SHE_EN = (r"(?:(?:she|he|they) (?:is|are|looks?|smells?|was)|shes|hes|she's|he's|theyre|"
           r"what a|such a|total|the|is a|is such a|that|this)")
_END_EN = r"(?= ?[.!?\"]| ?$| (?:lol|lmao|haha\w*|xd|tomorrow|at school|at break|at lunch)\b)"

RULES: list[Rule] = [
    # strong exclusion after a group address: "everyone in the gc stop talking to maya"
    rule("bullying:exclusion", "bullying",
         "stop quit no not never unfollow unfriend unadd ghost shun exclude freeze leave",
         r"\b" + _ADDR_EN + r"(?: (?:in|from|on) (?:the|this|our|my) " + _GC_EN + r")?(?: \S+){0,4}? "
         + r"(?:" + _STRONG_EN + r" " + _WHO_EN + r"|leave " + _WHO_EN + r" out(?! of (?:this|it)"
         r"\b))\b" + NOT_WARN + "|"
         r"\b" + _STRONG_EN + r" " + _WHO_EN + r"(?: \S+){0,6}? (?:guys|everyone|everybody|yall|"
         r"y'all|people|all of you|you guys)\b" + NOT_WARN,
         requires="everyone everybody evryone guys yall all people chat gc lads girls boys "
                  "squad fam peeps ladies rule lets"),
    # any exclusion + an insult about the target: "every1 block her shes such a freak"
    rule("bullying:exclusion", "bullying",
         "stop quit no not never unfollow unfriend unadd ghost shun exclude freeze leave ignore "
         "block mute report add invite",
         r"\b(?:" + _STRONG_EN + r"|" + _WEAK_EN + r") " + _WHO_EN + r"(?: \S+){0,8}? "
         r"(?:(?:" + _SHE_EN + r" )(?:\S+ )?(?:so |such a |a |an |really |literally )?" + _INSULT_EN
         + r"|(?:she|he|they|shes|hes) (?:\S+ )?(?:smells|stinks|reeks))\b" + NOT_WARN),
    # kicked from the group chat: "vote to kick sophie from the gc", "lets remove tom from the group"
    rule("bullying:exclusion", "bullying", "kick remove boot ban vote yeet throw chuck",
         r"\b(?:" + _ADDR_EN + r"|lets|let us|we should|we need to|can we|should we|pls|please)(?: \S+){0,3}? "
         r"(?:vote (?:to )?)?(?:kick|remove|boot|ban|yeet|vote out|vote off|vote kick|votekick|"
         r"throw|chuck) " + _WHO_EN + r"(?: out)? (?:of|from) (?:the|this|our|my) " + _GC_EN
         + r"\b(?! (?:\S+ )?(?:because|cause|since) (?:she|he|they) (?:left|moved|changed|is not|"
         r"does not))" + NOT_WARN + "|"
         r"\b(?:kick|remove|boot|ban|vote out|vote off|vote kick) " + _WHO_EN + r"(?: out)? (?:of|"
         r"from) (?:the|this|our|my) " + _GC_EN + r"(?: \S+){0,4}? " + _SHE_EN + r" (?:\S+ )?(?:so |"
         r"such a |a |an )?" + _INSULT_EN + r"\b"),
    # pile-ons: write/comment an insult under their picture, tell/call them one
    rule("bullying:pileon", "bullying", "write comment post put say type leave drop reply spam",
         r"\b(?:write|comment|post|put|say|type|leave|drop|reply|spam)(?: something| it| this)? "
         r"(?:under|on|in|below|underneath) (?:her|his|their|\w+'s) (?:picture|pictures|post|posts|"
         r"video|videos|story|tiktok|reel|comments|pfp|profile|status|latest post|new post|last "
         r"post)(?: \S+){0,2}? (?:that )?(?:(?:she|he|they) (?:is|are|looks|smells)|shes|hes|"
         r"she's|he's)(?: so| such a| a| an| really)? " + _INSULT_EN + r"\b|"
         r"\b(?:write|comment|post|put|say|type|spam|drop)(?: \S+)? ['\"]?" + _INSULT_EN
         + r"['\"]?(?: \S+)?(?: emojis?)? (?:on|under|in|below) (?:her|his|their|\w+'s) (?:latest |new |"
         r"last )?(?:picture|pictures|post|posts|video|story|tiktok|reel|comments|pfp|profile|dm)\b"),
    rule("bullying:pileon", "bullying", "tell call",
         r"\b(?:tell|call) (?:her|him|them|" + _NAME_EN + r") (?:that )?(?:(?:she|he|they) (?:is|"
         r"are|looks|smells) |shes |hes |she's |he's |theyre )?(?:so |such a |a |an |really |"
         r"literally |fucking |the )*" + _INSULT_EN + r"\b(?! (?:joke|costume|movie|film|song|"
         r"outfit|shirt|sweater))",
         requires="everyone everybody evryone guys yall all people lets we should go someone"),
    rule("bullying:pileon", "bullying",
         "spam cry sob life gang pick bully hate mob dogpile target after rip turn pile jump",
         r"\bspam (?:her|his|their|\w+'s) (?:dm|dms|inbox|comments|posts|phone|snap|instagram|"
         r"tiktok|account|messages)\b(?![^.!?]{0,40}\b(?:birthday|bday|love|hearts?|congrats|"
         r"happy)\b)|"
         r"\b(?:lets|let us|we should|we will|we are going to|everyone|guys|yall|i am going to)"
         r"(?: all)?(?: \S+)? (?:make|made) (?:her|him|them|" + _NAME_EN + r") (?:cry|sob)\b"
         r"(?! (?:happy|tears of joy|with (?:joy|laughter|the|a|our|this)|laughing|when|at the|on "
         r"(?:her|his) birthday))(?![^.!?]{0,40}\b(?:surprise|birthday|bday|gift|present|video|"
         r"song|speech|letter|movie|film)\b)|"
         r"\bmake (?:her|his|their|\w+'s) life (?:a living hell|hell|miserable)\b|"
         r"\b(?:lets|let us|we should|we will|we are going to|everyone|guys|yall)(?: all)? "
         r"(?:go after|gang up on|pick on|bully|hate on|go in on|rip into|turn on|mob|dogpile|"
         r"pile on|target|jump on) " + _WHO_EN + r"\b(?![^.!?]{0,40}\b(?:hp|health|low|camping|"
         r"spawn|round|game|match|raid|base|lobby|map|ranked|boss|level)\b)" + NOT_WARN),
    # contagion: "whoever replies to her is out too"
    rule("bullying:exclusion", "bullying", "whoever anyone anybody if next",
         r"\b(?:whoever|whoever else|anyone who|anybody who|any1 who|if anyone|if anybody|if "
         r"someone|if any of you|the next person (?:who|that)|anyone that|whoever even)(?: even"
         r"| still| else)? (?:talks|speaks|replies|responds|texts|messages|sits|hangs out|chats|"
         r"plays|is friends|stays friends|defends|sticks up|likes|reacts|answers|follows|invites|"
         r"adds|talk|reply|text|sit|defend)(?: to| with| for| next to)? " + _WHO_EN
         + r"(?: \S+){0,3}? (?:is|are|gets|will be|will get|also gets|goes|is getting|getting|"
         r"your getting|you are getting|going to get|you are|your|they are|too is|is also)"
         r"(?: \S+){0,2}?"
         r" (?:out|kicked|removed|blocked|next|dead to (?:us|me)|ignored|banned|excluded|booted)\b"),
]

# -- es ----------------------------------------------------------------------------
_STOP_ES = (r"(?:desconocid\w*|extran\w*|bots?|spam|nadie|todos|todas|gente|la|el|los|las|un|una|"
            r"mi|tu|su|que|esto|eso|ellos|ellas|pizza|comer|clase|casa|nosotros|mama|papa|"
            r"profe\w*|adultos|nadie)")
_NAME_ES = r"\b(?!" + _STOP_ES + r"\b)[a-z]{2,15}"
# "él" without its accent is the article "el": a person only before a clause or the end
_EL = r"el(?= ?[.!?]| ?$| (?:es|que|why|porque|manana|nunca|mas|tampoco|jaja\w*|lol|xd)\b)"
_WHO_ES = (r"(?:(?:a |con )?(?:ella|" + _EL + r"|esa|ese)|(?:a |con )(?:la |el )?(?:nueva|nuevo|gorda|"
           r"gordo|fea|feo|rara|raro)?(?: de)? ?" + _NAME_ES + r")")
_INSULT_ES = (
    r"(?:gorda|gordo|fea|feo|vaca|cerda|cerdo|ballena|asquerosa|asqueroso|apestosa|apestoso|"
    r"huele mal|rara|raro|rarisima|rarisimo|friki|pringada|pringado|perdedora|perdedor|tonta|"
    r"tonto|idiota|estupida|estupido|zorra|puta|perra|fracasada|fracasado|foca|marrana|"
    r"guarra|guarro|inutil|pesada|pesado|ridicula|ridiculo|payasa|payaso|bicho raro|naca|naco|"
    r"mugrosa|mugroso|cochina|cochino|loser|basura|imbecil|pendeja|pendejo)"
)
_INSULT_ES_AFTER = r"(?: \S+){0,8}? (?:que )?(?:es|esta|son|huele|una|un|la|el|esa|ese) (?:\S+ )?" + _INSULT_ES
RULES += [
    rule("bullying:exclusion", "bullying",
         "dejen dejad hablen hableis nadie contesten respondan inviten juntar junten sienten "
         "ignoren ignorad ignorenla ignorenlo ignoradla ignoradlo bloqueen bloqueenla hagan "
         "hagamosle",
         r"\b(?:dejen|dejad) de (?:hablarle|hablarles|contestarle|responderle|escribirle|"
         r"juntarse con|juntaros con|hablar con|seguirla|seguirlo)(?: " + _WHO_ES + r")?\b"
         + NOT_WARN + "|"
         r"\b(?:no|que nadie|nadie) (?:le|la|lo) (?:hablen|hableis|hable|contesten|conteste|"
         r"respondan|responda|escriban|escriba|inviten|invite|invitamos|hablamos)(?: mas)?\b"
         r"(?! (?:a |con )?(?:desconocid|extran|bots?\b|nadie|gente que no)\w*)" + NOT_WARN + "|"
         r"\b(?:no se junten|nadie se junte|nadie se siente|no se sienten|no se sienten|que nadie "
         r"se siente|nadie hable) con (?:ella|el|" + _NAME_ES + r")\b" + NOT_WARN + "|"
         r"\b(?:hagan|hagamosle|hagamos|vamos a hacerle) el vacio\b|\b(?:dejenla|dejadla|dejenlo|"
         r"dejadlo) (?:de lado|fuera)\b"),
    rule("bullying:exclusion", "bullying",
         "ignoren ignorad ignorenla ignorenlo ignoradla ignoradlo bloqueen bloquead bloqueenla "
         "nadie hablen contesten",
         r"\b(?:ignoren|ignorad|bloqueen|bloquead|ignorenla|ignorenlo|ignoradla|ignoradlo|"
         r"bloqueenla|bloqueenlo|nadie (?:le )?(?:habla|contesta|responde)(?: a| con)?|no le "
         r"(?:hablen|contesten|respondan))(?: " + _WHO_ES + r")?" + _INSULT_ES_AFTER + r"\b"
         + NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "echen echad saquen sacad expulsen expulsad eliminen eliminad quiten quitad borren "
         "kickeen echenla echadla saquenla sacadla echenlo saquenlo votemos echar sacar expulsar",
         r"\b(?:echen|echad|saquen|sacad|expulsen|expulsad|eliminen|eliminad|quiten|quitad|"
         r"borren|borrad|kickeen|kickead|votemos (?:para |por )?(?:echar|sacar|expulsar|eliminar)|"
         r"vamos a (?:echar|sacar|expulsar)|hay que (?:echar|sacar|expulsar))(?:la|lo|le)? "
         r"(?:(?:a |al )(?:la |el )?" + _NAME_ES + r" |a (?:ella|el) )?(?:ya )?(?:del|de este|de "
         r"nuestro) (?:grupo|chat|gc|grupo de clase)\b" + NOT_WARN),
    rule("bullying:pileon", "bullying",
         "escriban escribid pongan poned comenten comentad comentemos escribamos",
         r"\b(?:escriban|escribid|pongan|poned|comenten|comentad|comentemos|escribamos)(?:le)? "
         r"(?:en|bajo|debajo de) (?:su|sus) (?:foto|fotos|publicacion|post|video|historia|tiktok|"
         r"comentarios|perfil)(?: \S+){0,2}? que (?:es|esta|se ve|parece) (?:una |un |muy |tan )?"
         + _INSULT_ES + r"\b|"
         r"\b(?:todos )?(?:comenten|comentad|pongan|poned|escriban|escribid|comentemos) "
         + _INSULT_ES + r" (?:en|bajo|debajo de) (?:su|sus) (?:ultima |nueva )?(?:foto|fotos|"
         r"publicacion|post|video|historia|tiktok)\b"),
    rule("bullying:pileon", "bullying",
         "llorar hacerla hacerlo hagamosla hagamoslo imposible vamos todos",
         r"\b(?:vamos a|hay que|tenemos que|hagamos) (?:hacerla|hacerlo|hacerle) llorar\b|"
         r"\b(?:hagamosla|hagamoslo|la vamos a hacer|lo vamos a hacer) llorar\b|"
         r"\b(?:hagamosle|vamos a hacerle|hay que hacerle) la vida imposible\b|"
         r"\b(?:vamos todos|vamos todas|todos|todas) a por (?:ella|" + _EL + r"|" + _NAME_ES + r")\b"
         r"(?! (?:al|en el) (?:partido|juego|torneo))",
         requires="vamos hay tenemos hagamos hagamosla hagamoslo la lo hagamosle todos todas"),
    rule("bullying:exclusion", "bullying", "fuera afuera expulsado expulsada grupo echado echada",
         r"\b(?:el que|la que|quien|quienes|los que|cualquiera que|si alguien)(?: le| les)? "
         r"(?:hable|conteste|responda|escriba|defienda|habla|contesta|responde|escribe|defiende|se "
         r"junte|se junta)(?: " + _WHO_ES + r")?(?: \S+){0,3}? (?:queda|se queda|esta|se va|va|sale|"
         r"lo echamos|la echamos|lo sacamos|tambien)(?: \S+){0,2}? (?:fuera|afuera|expulsad[oa]|"
         r"del grupo|echad[oa])\b"),
]

# -- fr ----------------------------------------------------------------------------
_STOP_FR = (r"(?:inconnu\w*|bots?|spam|personne|tout|tous|la|le|les|un|une|mon|ma|ton|ta|son|"
            r"sa|au|aux|gens|boss|prof\w*|adultes|parents)")
_NAME_FR = r"\b(?!" + _STOP_FR + r"\b)[a-z]{2,15}"
_INSULT_FR = (
    r"(?:grosse|gros|moche|vache|truie|baleine|thon|boloss|bolosse|cassos|pue|puent|puante|"
    r"degueulasse|degeu|crade|naze|nulle|bouffon|bouffonne|chelou|cheloue|bizarre|debile|conne|"
    r"pute|salope|pouffiasse|laide|laideron|loser|boulet|tocard|tocarde|cas soc|victime|"
    r"clocharde?|sale \w+|moche\w*)"
)
_SHE_FR = r"(?:c'est|elle est|il est|elle|il|cette|ce|cet|une|un|la|le|trop|grave)"
RULES += [
    rule("bullying:exclusion", "bullying",
         "arretez parlez repondez personne parle repond ignore ignorez bloquez excluez invitez "
         "ecrivez",
         r"\barretez (?:de |tous de |toutes de )?(?:lui |leur )?(?:parler|repondre|ecrire)(?: a "
         + _NAME_FR + r"| avec (?:elle|lui|" + _NAME_FR + r"))?\b" + NOT_WARN + "|"
         r"\b(?:ne )?(?:lui|leur) (?:parlez|repondez|ecrivez) (?:plus|pas|jamais)\b" + NOT_WARN
         + "|"
         r"\b(?:parlez|repondez|ecrivez) (?:lui |leur )?(?:plus|pas|jamais) (?:a|avec) (?:elle|lui|"
         + _NAME_FR + r")\b" + NOT_WARN + "|"
         r"\bpersonne (?:ne |n')?(?:lui|leur) (?:parle|repond|ecrit|adresse la parole)(?: plus)?"
         r"(?= ?[.!?]| ?$| (?:a partir|demain|maintenant|desormais|compris|ok|elle|il|c'est))|"
         r"\bon (?:ne )?(?:lui|leur) (?:parle|repond) plus\b|\b(?:excluez|on exclut|isolez|on isole)"
         r" (?:la|le|" + _NAME_FR + r")\b" + NOT_WARN + "|"
         r"\b(?:ignorez|bloquez|on ignore|on bloque|n'invitez pas|invitez pas) (?:la|le|les|tous|"
         + _NAME_FR + r")(?: \S+){0,8}? " + _SHE_FR + r" (?:\S+ )?" + _INSULT_FR + r"\b"
         + NOT_WARN + "|"
         r"\bpersonne ne (?:s'assoit|s'asseoit|mange|traine|joue|sort) avec (?:elle|lui|"
         + _NAME_FR + r")(?: \S+){0,8}? " + _SHE_FR + r" (?:\S+ )?" + _INSULT_FR + r"\b"),
    rule("bullying:exclusion", "bullying",
         "virez excluez ejectez kickez degagez sortez enlevez retirez vire kick ejecte exclut "
         "degage virer",
         r"\b(?:virez|ejectez|excluez|kickez|degagez|sortez|enlevez|retirez|on vire|on kick|on "
         r"ejecte|on exclut|on degage|on vote pour virer|votez pour virer|on vote pour (?:kick|"
         r"ejecter|exclure)|il faut virer)(?: (?:la|le|les))?(?: " + _NAME_FR + r")? (?:du|de ce|de"
         r" notre|de la) (?:groupe|conv|discussion|gc|chat|groupe de classe)\b" + NOT_WARN),
    rule("bullying:pileon", "bullying", "ecrivez mettez commentez postez commente dites",
         r"\b(?:ecrivez|mettez|commentez|postez|ecrivez lui|dites lui)(?: \S+)? (?:sous|sur|en "
         r"commentaire de|dans les commentaires de) (?:sa|son|ses) (?:photo|photos|picture|pictures|post|video|"
         r"story|publication|pdp|tiktok|insta)(?: \S+){0,2}? (?:qu'elle est|qu'il est|que c'est une?"
         r"|qu'elle|qu'il) (?:trop |grave |une |un )?" + _INSULT_FR + r"\b|"
         r"\b(?:tout le monde |tous )?(?:commente|commentez|ecrivez|mettez) " + _INSULT_FR
         + r" (?:sous|sur) (?:sa|son|ses) (?:photo|photos|picture|pictures|post|video|story|publication|pdp)\b|"
         r"\bdites (?:lui|leur) (?:qu'elle est|qu'il est|que c'est une?) (?:trop |grave )?"
         + _INSULT_FR + r"\b"),
    rule("bullying:pileon", "bullying", "pleurer chialer pourrir prendre prend tomber harceler",
         r"\b(?:on va|faut|il faut|allez on va) (?:tous )?(?:la|le|les) faire (?:pleurer|chialer)\b|"
         r"\bfaisons (?:la|le) (?:pleurer|chialer)\b|\bon va (?:tous )?(?:lui|leur) pourrir la vie"
         r"\b|\bpourrissons (?:lui|leur) la vie\b|"
         r"\b(?:on va|allez on va|on peut) (?:tous |toutes )?(?:s'en prendre|s'en prend) a (?:elle|"
         r"lui|" + _NAME_FR + r")\b|\bon s'en prend (?:tous )?a (?:elle|lui|" + _NAME_FR + r")\b|"
         r"\bon va (?:tous |toutes )?(?:lui tomber dessus|la harceler|le harceler)\b"),
    rule("bullying:exclusion", "bullying", "celui celle ceux quiconque quelquun qqn premier premiere",
         r"\b(?:celui|celle|ceux|celles|quiconque|le premier|la premiere|si quelqu'un|si qqn) "
         r"(?:qui )?(?:lui |leur )?(?:parle|repond|ecrit|parlera|repondra|defend|traine avec "
         r"\w+)(?: \S+){0,3}? (?:est|sera|il est|elle est|se fait|vole|degage|sort|part)(?: \S+){0,2}?"
         r" (?:vire|viree|exclu|exclue|dehors|ejecte|ejectee|kick|bloque|bloquee|out)\b"),
]

# -- pt ----------------------------------------------------------------------------
_STOP_PT = (r"(?:estranh\w*|desconhecid\w*|bots?|spam|ninguem|todos|a|o|as|os|um|uma|meu|minha|"
            r"seu|sua|gente|professor\w*|adultos)")
_NAME_PT = r"\b(?!" + _STOP_PT + r"\b)[a-z]{2,15}"
_WHO_PT = r"(?:ela|ele|essa|esse|(?:a|o) " + _NAME_PT + r"|" + _NAME_PT + r")"
_INSULT_PT = (
    r"(?:gorda|gordo|feia|feio|baleia|vaca|porca|porco|nojenta|nojento|fede|fedida|fedido|"
    r"esquisita|esquisito|estranha|estranho|otaria|otario|lixo|idiota|burra|burro|perdedora|"
    r"perdedor|chata|chato|baranga|ridicula|ridiculo|piranha|vadia|puta|trouxa|palhaca|palhaco|"
    r"cringe|mocreia|bisonha|fedorenta|fedorento|bosta|horrorosa|horroroso)"
)
RULES += [
    rule("bullying:exclusion", "bullying",
         "parem ninguem falem respondam fale responda converse ignorem ignora bloqueiem chamem "
         "deixem excluam",
         r"\bparem de (?:falar|conversar|andar|responder|sentar) (?:com|pra|para)? ?" + _WHO_PT
         + r"\b" + NOT_WARN + "|"
         r"\b(?:ninguem|nao|ngm) (?:fale|responda|converse|sente|ande|chame|falem|respondam|"
         r"conversem|chamem|convidem|convide)(?: mais)? (?:com |pra |para )?" + _WHO_PT + r"\b"
         + NOT_WARN + "|"
         r"\b(?:deixem|deixa) (?:ela|ele|a \w+|o \w+) de fora\b|\bvamos (?:excluir|isolar) (?:ela|"
         r"ele|a \w+|o \w+)\b|"
         r"\b(?:ignorem|ignora|bloqueiem|bloqueia|ninguem (?:responde|fala com|conversa com|chama)"
         r"|nao falem com|nao respondam)(?: mais)? " + _WHO_PT + r"(?: \S+){0,8}? (?:ela e|ele e|e "
         r"uma|e um|e|essa|esse|muito|mo|uma|um|que) (?:\S+ )?" + _INSULT_PT + r"\b" + NOT_WARN),
    rule("bullying:exclusion", "bullying",
         "tira tirem remove removam expulsa expulsem chuta chutem bane exclui excluam tirar "
         "expulsar remover",
         r"\b(?:tira|tirem|remove|removam|expulsa|expulsem|chuta|chutem|bane|banam|exclui|excluam|"
         r"(?:bora|vamos|vota pra|votar pra|votem pra|bora votar pra) (?:tirar|expulsar|remover|"
         r"chutar))(?: " + _WHO_PT + r")? (?:\S+ )?do (?:grupo|gp|zap|chat)\b" + NOT_WARN),
    rule("bullying:pileon", "bullying", "escrevam coloquem botem comentem comenta escreve chorar "
         "cima",
         r"\b(?:escrevam|coloquem|botem|comentem|comenta|escreve)(?: \S+)? (?:na|no|nas|nos|embaixo"
         r" da|embaixo do|debaixo da) (?:foto|post|video|story|publicacao|perfil) (?:dela|dele|da "
         r"\w+|do \w+)(?: \S+){0,2}? que (?:ela|ele) (?:e|ta|esta) (?:uma |um |muito |mo )?"
         + _INSULT_PT + r"\b|"
         r"\b(?:todo mundo |todos )?(?:comenta|comentem|escreve|escrevam) " + _INSULT_PT
         + r" (?:na|no) (?:foto|post|video|story|publicacao) (?:dela|dele|da \w+|do \w+)\b|"
         r"\b(?:vamos|bora) fazer (?:ela|ele|a \w+|o \w+) chorar\b|"
         r"\b(?:vamos|bora) (?:todos |todo mundo )?(?:pra|para) cima (?:dela|dele|do " + _NAME_PT
         + r"|da " + _NAME_PT + r")\b(?! (?:no|na) (?:jogo|partida|campeonato))"),
    rule("bullying:exclusion", "bullying", "quem qualquer alguem",
         r"\b(?:quem|qualquer um que|se alguem) (?:falar|responder|conversar|andar|sentar|"
         r"defender|chamar)(?: com| pra)? " + _WHO_PT + r"(?: \S+){0,3}? (?:ta|esta|vai|sai|fica|e)"
         r"(?: \S+){0,2}? (?:fora|removid[oa]|expuls[oa]|junto|do grupo)\b"),
]

# -- de ----------------------------------------------------------------------------
_STOP_DE = (r"(?:fremde\w*|bots?|spam|niemand|keinem|allen|der|die|das|den|dem|einem|einer|"
            r"euch|uns|mir|lehrer\w*|erwachsenen)")
_NAME_DE = r"\b(?!" + _STOP_DE + r"\b)[a-z]{2,15}"
_INSULT_DE = (
    r"(?:fett|fette|fetter|fettes|dick|dicke|hasslich|hassliche|hasslicher|kuh|sau|schwein|"
    r"wal|opfer|loser|freak|stinkt|stinkend|eklig|eklige|widerlich|behindert|spast|missgeburt|"
    r"lauch|psycho|schlampe|hure|peinlich|asozial|assi|idiot|idiotin|dumm|dumme|blod|blode|"
    r"nerd|streber|hasslichste)"
)
RULES += [
    rule("bullying:exclusion", "bullying",
         "redet schreibt antwortet keiner niemand ignoriert blockiert ladet lasst schliesst",
         r"\b(?:redet|sprecht|schreibt) (?:ab jetzt |ab morgen |einfach )?(?:nicht mehr|nie mehr|"
         r"kein wort mehr) (?:mit )?(?:ihr|ihm|der|dem|" + _NAME_DE + r")\b" + NOT_WARN + "|"
         r"\bantwortet (?:ihr|ihm) (?:einfach )?(?:nicht mehr|nie mehr|nicht)\b" + NOT_WARN + "|"
         r"\b(?:keiner|niemand) (?:redet|spricht|schreibt|antwortet|setzt sich) (?:mehr |ab jetzt "
         r"|ab morgen )?(?:mit |zu )?(?:ihr|ihm)(?: mehr)?\b(?= ?[.!?]| ?$| (?:die|der|sie|er|"
         r"klar|ok|verstanden|ab)\b)|"
         r"\b(?:lasst|lass) (?:sie|ihn) links liegen\b|\bschliesst (?:sie|ihn) aus\b|"
         r"\b(?:ignoriert|blockiert|ladet|keiner ladet) (?:sie|ihn|" + _NAME_DE + r")(?: \S+){0,8}? "
         r"(?:die|der|das|sie|er|ist|so|voll|ein|eine|einfach) (?:\S+ )?" + _INSULT_DE + r"\b"
         + NOT_WARN + "|"
         r"\b(?:keiner|niemand) (?:redet|spricht|setzt sich) (?:\S+ ){0,4}?(?:mit |zu )(?:ihr|ihm)"
         r"(?: \S+){0,6}? (?:die|der|sie|er) (?:ist )?(?:\S+ )?" + _INSULT_DE + r"\b"),
    rule("bullying:exclusion", "bullying",
         "kickt schmeisst werft haut entfernt kicken schmeissen werfen entfernen",
         r"\b(?:kickt|schmeisst|werft|haut|entfernt|kicken wir|schmeissen wir|werfen wir|"
         r"entfernen wir|wir kicken|wir schmeissen|wir werfen) (?:sie|ihn|" + _NAME_DE + r") "
         r"(?:\S+ )?(?:aus der|aus dem|aus unserer|aus unserem) (?:gruppe|chat|gc|klassenchat|"
         r"gruppenchat)\b" + NOT_WARN),
    rule("bullying:exclusion", "bullying", "wer",
         r"\bwer (?:ihr|ihm|mit ihr|mit ihm|zu ihr|zu ihm) (?:\S+ )?(?:antwortet|schreibt|redet|"
         r"hilft|spricht)(?: \S+){0,3}? (?:fliegt|ist|kommt|wird)(?: \S+){0,2}? (?:raus|draussen|"
         r"weg|gekickt|geblockt|rausgeworfen)\b"),
    rule("bullying:pileon", "bullying", "schreibt kommentiert heulen weinen gehen gehn holle",
         r"\b(?:schreibt|kommentiert|postet)(?: alle)? (?:unter|auf) (?:ihr|sein|ihren|seinen|"
         r"ihre|seine) (?:bild|foto|post|video|story|profilbild|tiktok|beitrag)(?: \S+){0,2}? "
         r"(?:dass )?(?:sie|er) (?:so |voll |eine |ein )?" + _INSULT_DE + r"\b|"
         r"\b(?:alle )?(?:kommentiert|schreibt)(?: alle)? " + _INSULT_DE + r" (?:unter|auf) "
         r"(?:ihr|sein|ihren|seinen|ihre|seine) (?:bild|foto|post|video|story|beitrag)\b|"
         r"\b(?:wir bringen|bringen wir|lasst uns) (?:sie|ihn) (?:\S+ )?zum (?:heulen|weinen)\b|"
         r"\b(?:gehen|lasst uns|wir gehen) (?:wir )?(?:alle )?(?:morgen )?(?:auf (?:sie|ihn|"
         + _NAME_DE + r") los)\b|\bmachen wir (?:ihr|ihm) das leben zur holle\b"),
]
