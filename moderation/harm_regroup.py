"""Shutting a classmate out by re-creating the group chat without them (appended
to `harm.RULES`; en es fr pt de it here, ru ar tr pl id hi zh in
harm_regroup_langs.py).

Why: "let's make a new gc without sophie", "new group, no tom allowed", "i'm
making another chat w/o her", "remaking the group minus jake lol", "on refait le
groupe sans inès", "hagamos un grupo nuevo sin sofía", "wir machen eine neue
gruppe ohne lena".  Nobody is insulted and nobody is kicked, so the insult and
group-chat rules (harm_groupchat*.py, harm_outcast*.py) never see it, yet it is
the most common way a group drops one child.  Three halves, all needed:

* the writer (or the group) as the maker: a first-person or imperative verb
  ("let's make", "i'm making", "we made", "hagamos", "on refait", "ich mach",
  "facciamo"), or a bare "new gc" opening a sentence; "they made a new group
  without her" is a report and is not matched (no first-person lead);
* a group chat, new or re-made ("a new gc", "another chat", "the group" after
  "remake / redo");
* a person left out: a name, "her / him / you", "the new girl", after
  "without / w/o / minus / except / no ... allowed / and don't add".

What passes: the writer left out ("they made a new gc without me" is a
disclosure for the adults, not bullying), things and outsiders ("without the
bot", "without phones", "without notifications", "without the adults",
"without that random stranger": a name-like word that is a known thing, or a
plural, is not a person), a group re-made because the old one was full,
hacked or spammed, a surprise or a birthday anywhere after the match ("...
without mia so she doesn't find out"), quotes and reports (the discussion
frames: `someone said "let's make a new gc without sophie"`).

The excuses after the match are a look-ahead over the rest of the message
(`_AFTER`, read once the rest has matched: a look-ahead at every verb would
scan the message again for each "make" in it); the text before the match is
read by the usual frames.  A surprise named only *before* the match, in an
earlier sentence, is not seen.
"""

from __future__ import annotations

from .packs.hi.frames import _trie
from .rules import Rule, rule


def _any(alts: str) -> str:
    """A "(?:a|b|...)" list of plain words as a trie: one first-letter test per
    position instead of a test per word (these lists run at every word of a
    message, or for every name-like word after "without")."""
    words = alts.removeprefix("(?:").removesuffix(")").split("|")
    # the leading \b stays with every head when rules.py splits the alternation
    return r"(?:\b" + _trie(sorted(set(words))) + ")"


# the rest of the message names a surprise, a bot or spam, a hack, a full group,
# a report: the new group is not about shutting someone out (all languages; the
# look-ahead runs right after a verb or a group word, never on every position)
_AFTER = (
    r"(?!.*?\b(?:surprise\w*|bday|birthday|b day|presents?|gifts?|find out|finds out|spoil|spoilers|"
    r"secret santa|spam\w*|bots?|hack\w*|scam\w*|(?:is|was|got|too|already|gets|getting) full|"
    r"limit|reported|(?:ist|war) voll|(?:esta|ta|ficou) (?:cheio|cheia|lleno|llena)|"
    r"(?:e|est) (?:pieno|plein)|"
    # es pt it
    r"sorpresa|cumple\w*|regalo|se entere|hackearon|hackeo|denuncie|surpresa|"
    r"aniversario|niver|presente|descubra|nao saiba|hackearam|hackeado|denunciei|"
    r"compleanno|scopra|lo sappia|hackerato|hackerata|segnalato|"
    # fr de
    r"anniv\w*|cadeau|sache pas|sache rien|se doute|pirate|hacke|signale|uberraschung|"
    r"geburtstag|geschenk|nicht erfahrt|nichts merkt|gehackt|gemeldet|"
    # ru ar tr pl id hi
    r"сюрприз\w*|днем рождения|день рождения|днюх\w*|подарок|подарк\w*|не узнал|не узнала|спам\w*|"
    r"бот|бота|ботов|боты|взлом\w*|переполнен\w*|лимит\w*|مفاجا\w*|ميلاد|هديه|سبام|بوت|اخترق\w*|مخترق|مليان|"
    r"surpriz\w*|dogum gunu|hediye|ogrenmesin|duymasin|dolu|sikayet|niespodzian\w*|urodzin\w*|"
    r"prezent\w*|nie dowie|zhakowan\w*|pelna|zglosil\w*|kejutan|ultah|ulang tahun|kado|dihack|"
    r"penuh|lapor\w*|pata na chale|pata nahi chale)\b)"
)

# -- en ----------------------------------------------------------------------------
_GC_EN = (r"(?:gc|gcs|groupchat|group chat|group|chat|server|discord|convo|squad chat|"
          r"whatsapp(?: group)?|snap group|instagram group|gchat)")
_NEW_EN = (r"(?:new|another|second|2nd|different|separate|other|fresh|backup|secret|private|"
           r"better|real|brand new|whole new|proper|smaller|small|little|mini)")
# not a person: the writer, things, outsiders, function words (plurals other
# than -as/-is/-us/-ss are dropped by the look-behind in _NAME_EN)
_STOP_EN = _any(
    r"(?:me|us|myself|the|a|an|any|all|some|my|our|your|ur|his|its|it|this|that|these|those|"
    r"him|her|them|you|u|everyone|everybody|anyone|anybody|someone|somebody|nobody|noone|people|"
    r"ppl|bot|spam|spammer|stranger|random|adult|parent|mum|mom|dad|teacher|sir|miss|mod|admin|"
    r"phone|notification|drama|limit|swearing|toxicity|hate|bullying|fighting|arguing|politics|"
    r"pressure|homework|school|class|boss|bus|gas|chaos|stress|mess|kiss|fuss|lol|lmao|haha|so|"
    r"and|or|but|because|cause|cuz|for|to|in|on|at|of|with|from|by|again|anymore|more|less|too|"
    r"then|now|yet|rn|pls|please|okay|ok|fr|tho|though|ever|just|only|even|after|before|until|"
    r"till|while|when|if|cos|coz|bc|music|vc|video|call|voice|mic|camera|cam|reason|warning|"
    r"permission|asking|telling|knowing|noise|distraction|sound|muting|mute|ping|lag|troll|hater|"
    r"fake|scam|creep|lurker|cheating|cheat|hacker|hack|virus|ads|wifi|internet|data|password|"
    r"link|one|two|three|sound|delay|problem|issue|rule|filter|nickname|name|limit|end|doubt|"
    r"question|exception|exceptions|fail|break|pause|stop|tiktok|instagram|snap|yt|youtube|cap|way|"
    r"joke|lie|homo|offense|offence|rush|worries|idea|clue|doubt|problem|sleep|thanks|thx|biggie|"
    r"cringe|worry|matter|kids|boys|girls|family|adults|parents|teachers)"
)
_NAME_EN = (r"(?!" + _STOP_EN + r"\b)(?:ines|agnes|james|jules|charles|carlos|marcos|yves|"
            r"[a-z][a-z-]{1,14}(?<![b-hj-rtv-z]s)(?<!ing))\b(?!')")
_WHO_EN = r"(?:girl|boy|kid|guy|weirdo|loser|freak|emo|nerd|snitch|idiot|clown|bitch|dude|chick|one)"
_TARGET_EN = (r"(?:her|him|them|you|u|ya|(?:the|that|this) (?:new |annoying |weird |quiet |fat |"
              r"ugly |stupid |)" + _WHO_EN + r"|" + _NAME_EN + r")")
# the person ends a clause: a name is not the first word of "without notifications
# on", "without sophie's permission"
_END_EN = (
    r"(?= ?$| [.!?,]| (?:lol|lmao|lmfao|lmaoo+|haha\w*|hehe\w*|xd|so|and|pls|please|plz|bc|because|"
    r"cause|cuz|coz|cos|obviously|obvs|ofc|tho|though|rn|now|this time|allowed|anymore|do not|"
    r"join|add|okay|guys|bro|fr|ngl|yall|we|she|he|shes|hes|she's|he's|its|it is|just|again|"
    r"ever|lets|let us|everyone|then|or|who|ikr|frfr|tonight|today|tomorrow|asap|for real|for "
    r"now|i|i am|link|dm|dms|ill|nobody|no one|smh|omg|btw|lowkey|basically|she is|he is|they are|"
    r"here|here's|heres|invite|inv)\b)"
)
# the maker: the writer, "let's", a plain imperative opening a sentence
_SUBJ_EN = (r"(?:^|(?<=[.!?] )|\b(?:" + _any(r"i|we|lets|let us|guys|okay|so|yo|pls|please|lol|lmao|bro|"
            r"ngl|btw|then|hey|omg|yall|imma|ima|ill|we're|were|i am|we are|i will|we will|why do not "
            r"we|can we|should we|shall we") + r"|me and \w+|\w+ and i) )")
_AUX_EN = (r"(?:" + _any(r"just|literally|actually|finally|already|gonna|gunna|going to|about to|will|"
           r"ll|should|could|can|shall|wanna|want to|need to|have to|gotta|must|might|tryna|trying "
           r"to|all|kinda|now|also|officially|lowkey|totally|definitely|prob|probably|go|quickly|"
           r"secretly|lets|let us") + r" )*")
_MAKE_EN = _any(r"make|making|made|create|creating|created|start|starting|started|open|opening|"
                r"opened|set up|setting up|remake|remaking|remade|recreate|recreating|recreated|redo|"
                r"redoing|redid|restart|restarting|restarted|move to|moving to|switch to|switching to")
_OBJ_EN = (r"(?:(?:a|an|another|our|my|the|this|a whole) )?(?:" + _NEW_EN + r" )*(?:" + _GC_EN
           + r"|(?:" + _NEW_EN + r" )one)")
# what shuts the person out, after the group
_OUT_EN = (
    r"(?:without|w o|wo|minus|except|excluding|but not|but no|except for|apart from|other than|"
    r"(?:with |for )?(?:everyone|everybody|all of us|all|the whole class) (?:but|except|minus|"
    r"apart from|other than)) (?:" + _TARGET_EN + r")" + _END_EN + r"|"
    r"no (?:" + _TARGET_EN + r")(?= (?:is )?allowed\b)"
)
_OUT_WORDS_EN = "without w wo minus except excluding but apart other allowed"
# "... and don't add her"
_NOT_ADD_EN = (r"and (?:do not|never|not|no one|nobody) (?:add|adds|adding|invite|invites|inviting|"
               r"include|including|tell|telling|put|putting|let) (?:" + _TARGET_EN + r")\b")
_ADD_WORDS_EN = "add adds adding invite invites inviting include including tell telling put putting let"
# a few words between the group and the person, none of them a surprise
_GAP_EN = (r"(?: (?!\S*(?:surprise|bday|birthday|sorpresa|cumple|anniv|geburtstag|compleanno|surpresa|"
           r"aniversario|niver))[^.!?\s]+){0,4}? ")

# -- es ----------------------------------------------------------------------------
_STOP_ES = _any(r"(?:mi|nosotros|nosotras|nadie|todos|todas|los|las|un|una|unos|unas|la|lo|su|tu|sus|tus|"
            r"eso|esto|bot|spam|profe|profesor|profesora|reglas|limite|mama|papa|adulto|adulta|"
            r"desconocida|desconocido|extrano|extrana|movil|celular|telefono|drama|musica|memes|"
            r"anuncios|publicidad|ruido|permiso|avisar|problemas|chismes|peleas|nada|que|porque|"
            r"para|por|con|de|del|jaja|ya|mas|hoy|ahora|razon|motivo|pedos|mamadas|mi)")
_NAME_ES = (r"(?!" + _STOP_ES + r"\b)(?:carlos|marcos|jesus|tomas|nicolas|lucas|andres|ines|"
            r"[a-z][a-z-]{1,14}(?<![b-hj-rtv-z]s))\b")
_END_ES = (r"(?= ?$| [.!?,]| (?:jaja\w*|jeje\w*|jsjs\w*|xd+|porfa|pls|plis|que|y|obvio|obviamente|ya|"
           r"pq|porque|xq|lol|ok|vale|ahora|entren|unanse|metanse|nadie|claro|eh|tio|tia|bro|wey|"
           r"we|pues|hoy|esta vez|para|ni)\b)")
_TARGET_ES = (r"(?:a )?(?:ella|el|ellos|ellas|ti|vos|usted|la (?:nueva|rara|pesada|gorda|tonta|friki)|"
              r"el (?:nuevo|raro|pesado|gordo|tonto|friki)|" + _NAME_ES + r")" + _END_ES)
_MAKE_ES = (r"(?:hagamos|hacemos|hago|haremos|hare|hice|hicimos|creemos|creamos|creo|crearemos|"
            r"creare|cree|abrimos|abramos|abro|abri|armamos|armemos|armo|arme|montamos|montemos|"
            r"monto|monte|rehacemos|rehagamos|rehago|rehice|rehicimos|(?:vamos|voy) a (?:hacer|crear|"
            r"abrir|armar|montar|rehacer)|estoy (?:haciendo|creando|armando))")
_GC_ES = r"(?:grupo|gc|chat|grupito|server|servidor|grupo de whatsapp)"
_OBJ_ES = (r"(?:un|otro|el|nuestro|una|mi) (?:nuevo |otro |segundo |)" + _GC_ES
           + r"(?: (?:nuevo|aparte|secreto|privado|nuevo aparte))?")
_OUT_ES = (r"(?:sin|menos|excepto|salvo|quitando) " + _TARGET_ES + r"|y (?:no|sin) (?:agregamos|metemos|"
           r"anadimos|invitamos|agregar|meter|anadir|invitar|metas|agregues) (?:a )?(?:ella|el|"
           + _NAME_ES + r")")

# -- fr ----------------------------------------------------------------------------
_STOP_FR = _any(r"(?:moi|nous|les|le|la|des|du|un|une|bot|spam|prof|profs|adulte|adultes|inconnu|"
            r"inconnus|telephone|portable|notif|notifs|pub|pubs|regles|personne|raison|limite|"
            r"probleme|embrouille|drama|rien|elle|lui|eux|toi|mdr|ptdr|ca|ce|cette|mes|tes|ses|"
            r"nos|vos|leur|leurs|parents|daron|daronne|mere|pere|insultes|spams|bots)")
_NAME_FR = (r"(?!" + _STOP_FR + r"\b)(?:ines|thomas|lucas|nicolas|jules|louis|mathis|"
            r"[a-z][a-z-]{1,14}(?<![b-hj-rtv-z]s))\b(?!')")
_END_FR = (r"(?= ?$| [.!?,]| (?:mdr|ptdr|lol|xd+|et|on|svp|stp|hein|ok|comme ca|parce que|pcq|psk|"
           r"car|pour|bien sur|evidemment|venez|rejoignez|ce soir|demain|enfin|cette fois|du coup|"
           r"hihi|haha\w*|sah|wsh|frr|frero)\b)")
_TARGET_FR = (r"(?:elle|lui|eux|elles|toi|la (?:nouvelle|meuf|fille|bizarre|relou|grosse)|"
              r"le (?:nouveau|mec|bizarre|relou|boloss|gros)|" + _NAME_FR + r")" + _END_FR)
_MAKE_FR = (r"(?:on (?:refait|fait|cree|ouvre|recree|se fait|se refait|se cree|a fait|a cree|a "
            r"refait|a ouvert|va (?:faire|creer|refaire|ouvrir|se faire))|je (?:fais|cree|refais|"
            r"recree|ouvre|vais (?:faire|creer|refaire|ouvrir))|j'ai (?:fait|cree|refait|ouvert)|"
            r"jai (?:fait|cree|refait|ouvert)|faisons|creons|refaisons|ouvrons|recreons)")
_GC_FR = r"(?:groupe|gc|conv|conversation|discussion|serveur|chat|grp|groupe whatsapp|groupe snap)"
_OBJ_FR = (r"(?:le|un|une|notre|un autre|une autre|l'autre|un deuxieme|un second|une deuxieme) "
           r"(?:nouveau |nouvelle |autre |deuxieme |petit |vrai |)" + _GC_FR
           + r"(?: (?:prive|secret|bis))?")
_OUT_FR = (r"(?:sans|sauf|a part|moins) " + _TARGET_FR + r"|et on (?:n'ajoute|ajoute|n'invite|invite|"
           r"met|ne met) (?:pas |jamais )?(?:" + _NAME_FR + r")")

# -- pt ("vc" is read as "video call") -------------------------------------------------
_STOP_PT = _any(r"(?:mim|nos|gente|a|o|os|as|um|uma|bot|spam|pais|professor|professora|prof|adulto|"
            r"adultos|estranho|estranhos|celular|celulares|notificacao|notificacoes|regras|ninguem|"
            r"limite|problema|briga|drama|nada|propaganda|mae|pai|kkk|kk)")
_NAME_PT = (r"(?!" + _STOP_PT + r"\b)(?:lucas|thomas|nicolas|marcos|jonas|matheus|mateus|"
            r"[a-z][a-z-]{1,14}(?<![b-hj-rtv-z]s))\b")
_END_PT = (r"(?= ?$| [.!?,]| (?:kkk\w*|kk|rs\w*|haha\w*|pfv|pf|por favor|e|ne|ok|obvio|claro|ja|"
           r"agora|entra|entrem|porque|pq|pra|hoje|mano|mn|vei|blz|dessa vez|tlgd|lol|xd+)\b)")
_TARGET_PT = (r"(?:ela|ele|eles|elas|voce|video call|tu|(?:a |o )?(?:nova|novo|chata|chato|esquisita|"
              r"esquisito|estranha)|(?:a |o )?" + _NAME_PT + r")" + _END_PT)
_MAKE_PT = (r"(?:(?:vamos|bora|vou|a gente vai|nos vamos) (?:fazer|criar|abrir|refazer|montar)|fiz|"
            r"criei|abri|refiz|fizemos|criamos|abrimos|refizemos|faz|cria|refaz|faca|crie|to "
            r"(?:fazendo|criando)|estou (?:fazendo|criando)|tamo (?:fazendo|criando)|a gente "
            r"(?:fez|criou|faz|cria|refez))")
_GC_PT = r"(?:grupo|gp|gc|grupinho|chat|servidor|zap|grupo do zap)"
_OBJ_PT = (r"(?:um|outro|o|nosso|uma|meu) (?:novo |outro |segundo |)" + _GC_PT
           + r"(?: (?:novo|secreto|separado))?")
_OUT_PT = (r"(?:sem|menos|tirando|exceto) " + _TARGET_PT + r"|e (?:nao|sem) (?:adiciona|coloca|chama|"
           r"bota|adicionar|colocar|chamar|botar) (?:a |o )?(?:ela|ele|" + _NAME_PT + r")")

# -- de (verb last: "ich hab eine neue gruppe ohne lena gemacht") ----------------------
_STOP_DE = _any(r"(?:mich|uns|die|der|das|den|dem|ein|eine|bot|bots|spam|eltern|lehrer|lehrerin|"
            r"lehrern|erwachsene|fremde|handy|handys|benachrichtigungen|werbung|regeln|grund|"
            r"stress|drama|limit|probleme|streit|musik|namen|ton|mama|papa|mutter|vater|witz|"
            r"jemand|niemand|alle|euch|haha|lol)")
_NAME_DE = (r"(?!" + _STOP_DE + r"\b)(?:jonas|lukas|niklas|elias|tobias|matthias|andreas|"
            r"[a-z][a-z-]{1,14}(?<![b-hj-rtv-z]s))\b")
_END_DE = (r"(?= ?$| [.!?,]| (?:haha\w*|xd+|lol|und|oder|kommt|bitte|pls|ok|okay|weil|damit|jetzt|"
           r"alle|los|heute|diesmal|naturlich|klar|digga|diggi|bro|rein|gemacht|erstellt|gegrundet|"
           r"aufgemacht|auf|machen|erstellen)\b)")
_TARGET_DE = (r"(?:sie|ihn|dich|die (?:neue|komische|nervige)|den (?:neuen|komischen|nervigen|typen)|"
              + _NAME_DE + r")" + _END_DE)
_LEAD_DE = (r"(?:^|(?<=[.!?] )|\b(?:wir machen|machen wir|ich mach|ich mache|lass uns|lasst uns|"
            r"wir erstellen|erstellen wir|ich erstell|ich erstelle|ich hab|ich habe|hab|habe|wir "
            r"haben|haben wir|ich grunde|wir grunden|ok|okay|leute|also|so) )(?:(?:jetzt|einfach|"
            r"mal|halt|schnell|heute|morgen|dann|doch|nochmal|gleich|schon) )*")
_OBJ_DE = (r"(?:(?:eine|ne|n|die|unsere|meine|nen|einen) )?(?:neue|neuen|andere|anderen|zweite|"
           r"zweiten|extra|eigene|eigenen|geheime|geheimen|separate|separaten)n? (?:gruppe|gc|"
           r"chat|gruppenchat|whatsappgruppe|whatsapp gruppe|whatsapp-gruppe)")
_OUT_DE = r"(?:ohne|ausser) " + _TARGET_DE

# -- it ----------------------------------------------------------------------------
_STOP_IT = _any(r"(?:me|noi|il|lo|la|i|gli|le|un|una|bot|spam|genitori|prof|professore|professoressa|"
            r"adulti|sconosciuti|telefoni|cellulari|notifiche|regole|nessuno|limiti|problemi|drama|"
            r"musica|mamma|papa|di|ahah|lol)")
_NAME_IT = (r"(?!" + _STOP_IT + r"\b)(?:nicolas|thomas|lucas|[a-z][a-z-]{1,14}(?<![b-hj-rtv-z]s))\b"
            r"(?!')")
_END_IT = (r"(?= ?$| [.!?,]| (?:ahah\w*|haha\w*|xd+|lol|e|ok|pls|perfavore|per favore|che|perche|"
           r"cosi|entrate|dai|ovviamente|ora|adesso|stavolta|raga|oggi|ovvio)\b)")
_TARGET_IT = (r"(?:(?:di )?(?:lei|lui|loro|te)|la (?:nuova|strana|sfigata)|il (?:nuovo|strano|"
              r"sfigato)|" + _NAME_IT + r")" + _END_IT)
_MAKE_IT = (r"(?:facciamo|faccio|famo|ho fatto|abbiamo fatto|creo|creiamo|ho creato|abbiamo creato|"
            r"rifacciamo|rifaccio|ho rifatto|abbiamo rifatto|apriamo|apro|ho aperto|abbiamo aperto|"
            r"sto facendo|sto creando)")
_GC_IT = r"(?:gruppo|gc|chat|server|gruppo whatsapp)"
_OBJ_IT = (r"(?:un|il|un altro|l'altro|un nuovo|nuovo|altro|un secondo) (?:nuovo |altro |)" + _GC_IT
           + r"(?: (?:nuovo|segreto|privato))?")
_OUT_IT = r"(?:senza|tranne|meno|eccetto) " + _TARGET_IT


def _made(make: str, obj: str, out: str, gap: str = _GAP_EN) -> str:
    """A maker's verb, the group, then who is shut out (the excuses after the verb)."""
    return r"\b" + make + r" (?:\S+ )??" + obj + gap + r"(?:" + out + r")" + _AFTER


def _bare(lead: str, new: str, gc: str, out: str, gap: str = _GAP_EN) -> str:
    """A bare "new gc" opening a sentence, then who is shut out."""
    return (r"(?:^|(?<=[.!?] )|\b" + lead + r" )(?:a |the |our |un |una |um |uma |une |le |il |"
            r"la |el |o |eine |ne )?" + new + r" " + gc + gap + r"(?:" + out + r")" + _AFTER)


_GC_WORDS_EN = "gc gcs groupchat group chat server discord convo whatsapp gchat"

RULES: list[Rule] = [
    # one rule per closing word family (its words and the group are the two gates,
    # the rarer one the trigger): a message with "make" and "group" runs nothing more
    rule("bullying:regroup", "bullying", _GC_WORDS_EN,
         _SUBJ_EN + _AUX_EN + _MAKE_EN + r" " + _OBJ_EN + _GAP_EN + r"(?:" + _OUT_EN + r")" + _AFTER,
         requires=_OUT_WORDS_EN),
    rule("bullying:regroup", "bullying", _ADD_WORDS_EN,
         _SUBJ_EN + _AUX_EN + _MAKE_EN + r" " + _OBJ_EN + _GAP_EN + _NOT_ADD_EN + _AFTER + r"|"
         # "don't add sophie to the new gc"
         r"\b(?:do not|never|nobody|no one|not gonna|not going to|we are not|i am not|will not|"
         r"wont) (?:add|adding|invite|inviting|include|including|put|putting) (?:" + _TARGET_EN
         + r") (?:in|into|to|on) (?:the|our|this|my) (?:" + _NEW_EN + r" )+" + _GC_EN + _AFTER,
         requires=_GC_WORDS_EN),
    rule("bullying:regroup", "bullying", "new another second 2nd different separate other fresh backup secret private",
         _bare(_any(r"guys|okay|so|yo|lol|lmao|btw|hey|omg|everyone|everybody|yall|alright|right|bro|"
                    r"update|attention"), r"(?:" + _NEW_EN + r" )*" + _NEW_EN, _GC_EN,
               _OUT_EN + r"|no (?:" + _TARGET_EN + r")" + _END_EN),
         requires="gc gcs groupchat group chat server convo"),
    rule("bullying:regroup", "bullying",
         "hagamos hacemos hago haremos hare hice hicimos creemos creamos creo crearemos creare cree "
         "abrimos abramos abro abri armamos armemos armo arme montamos montemos monto monte "
         "rehacemos rehagamos rehago rehice rehicimos vamos voy estoy nuevo otro",
         _made(_MAKE_ES, _OBJ_ES, _OUT_ES) + r"|"
         + _bare(r"(?:chicos|chicas|gente|bueno|ok|oigan|ya)", r"(?:nuevo|otro)", _GC_ES, _OUT_ES),
         requires="sin menos excepto salvo quitando y"),
    rule("bullying:regroup", "bullying",
         "sans sauf part moins et",
         _made(_MAKE_FR, _OBJ_FR, _OUT_FR)
         + r"|" + _bare(r"(?:bon|ok|les gars|les filles|go|allez)", r"nouveau", _GC_FR, _OUT_FR),
         requires="on je jai faisons creons refaisons ouvrons recreons nouveau"),
    rule("bullying:regroup", "bullying",
         "sem menos tirando exceto e",
         _made(_MAKE_PT, _OBJ_PT, _OUT_PT)
         + r"|" + _bare(r"(?:galera|gente|pessoal|bora|ok|mano)", r"(?:novo|outro)", _GC_PT, _OUT_PT),
         requires="vamos bora vou fiz criei abri refiz fizemos criamos abrimos refizemos faz cria refaz faca crie to "
                  "estou tamo gente novo"),
    rule("bullying:regroup", "bullying",
         "neue neuen andere anderen zweite zweiten extra eigene eigenen geheime geheimen separate "
         "separaten",
         _LEAD_DE + _OBJ_DE + r"(?: [^.!?\s]+){0,3}? " + _OUT_DE + _AFTER,
         requires="ohne ausser"),
    rule("bullying:regroup", "bullying",
         "facciamo faccio famo fatto creo creiamo creato rifacciamo rifaccio rifatto apriamo apro "
         "aperto sto nuovo",
         _made(_MAKE_IT, _OBJ_IT, _OUT_IT)
         + r"|" + _bare(r"(?:raga|ragazzi|ok|dai|allora)", r"nuovo", _GC_IT, _OUT_IT),
         requires="senza tranne meno eccetto"),
]
