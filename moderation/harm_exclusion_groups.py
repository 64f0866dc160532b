"""Organised exclusion that names no insult and kicks nobody (appended to
`harm.RULES`; en es fr here, pt de it ru tr pl in harm_exclusion_groups_langs.py,
ar id hi zh in harm_exclusion_groups_script_langs.py).

Why: harm_regroup.py holds "let's make a new gc without sophie" with a named
child after "without"; harm_exclusion_school.py the playground order "no one
sits with lena tomorrow".  Three ways a group drops one child slip past both,
because the child is veiled, the plan is for "next time", or the order is to
stop inviting rather than to stop talking:

* the group re-made without "a certain someone" / "you-know-who" (a veiled
  name is itself the sign that the child is being talked about behind their
  back), or a new group with "nobody add her back", or a shutting out with a
  reason of not belonging ("don't invite her, she's not our type", "she
  doesn't fit in, new gc without her");  reason `bullying:regroup`;
* mock surprise that a child came ("who invited zoe lol", "why was tom even
  there") together with a plan to leave them out next time ("next time at
  mine, smaller group", "next time just us");  reason `bullying:exclusion`.
  Each half alone is ordinary: "who invited zoe? she's awesome", "next time
  at mine, my mum said 5 people max";
* a call to stop inviting someone with the cruelty spelled out: act as if
  they were invisible or not there, "see how long he can take it", "until
  she gets the hint";  reason `bullying:shunning`.  "let's stop inviting sam,
  he always cancels" passes, and so do invisible friends and potions.

What passes: the writer left out ("someone made a group without me and it
hurt" is a disclosure, and "me" is never a target), a group made for a
project, a friend who left because of a new phone, a surprise or a birthday,
a group re-made because of spam or a hack (`harm_regroup._AFTER`), scammers
and strangers (`harm_groupchat.NOT_WARN`), concern after the match ("that's
so mean", "should i tell a teacher": `harm_exclusion_school.AFTER`), quotes
and reports (the frames).
"""

from __future__ import annotations

from .harm_exclusion_school import AFTER as _CONCERN
from .harm_groupchat import NOT_WARN
from .harm_regroup import _AFTER, _NAME_EN, _any
from .rules import Rule, rule

# the writer is the one left out, or regrets it: "... and that someone is me", "it hurt"
_HURT = (r"(?!.{0,80}\b(?:it hurt|hurts|hurt me|i cried|made me cry|i am (?:so )?sad|im sad|i feel|i "
         r"felt|left out|(?:is|was|being) me|feel (?:so )?(?:terrible|guilty|awful))\b)")
# a match is followed by none of: a surprise, spam, a hack (`_AFTER`), a warning about a
# scammer or a stranger (`NOT_WARN`), concern, illness, an exam (`_CONCERN`), hurt
_OK = _AFTER + NOT_WARN + _CONCERN + _HURT

# -- en ----------------------------------------------------------------------------
# words that a name-shaped word after the verb must not be (harm_regroup's list is
# about groups; these are about parties and invitations)
_NOT_NAME_EN = _any(
    r"(?:back|again|anyone|anybody|everyone|everybody|us|me|myself|it|this|that|them|there|here|"
    r"pizza|cake|food|drinks|snacks|music|speaker|games|candy|dessert|dog|cat|puppy|dj|clown|band|"
    r"tf|even|exactly|actually|really|the|a|an|you|u|her|him|lol|lmao|haha|next|time|up|out|in|mr|mrs|"
    r"ms|miss|sir|coach|teacher|mum|mom|dad|nan|grandma|grandpa)"
)
_NAME = r"\b(?!" + _NOT_NAME_EN + r"\b)" + _NAME_EN
_WHO = (r"(?:her|him|them|you|u|(?:that|the|this) (?:new |weird |annoying |quiet |emo |)(?:girl|boy|"
        r"kid|guy|one|weirdo|loser|nerd|freak)|" + _NAME + r")")
_GC = r"(?:gc|gcs|group chat|groupchat|group|chat|server|convo|squad chat|whatsapp group|snap group)"
_NEW = r"(?:new|another|second|2nd|separate|secret|private|other|fresh|backup|real|smaller|better)"
_VEIL = (
    r"(?:a certain (?:someone|somebody|person|people|girl|boy|kid|individual|friend|bestie)|certain "
    r"(?:someone|somebody|people|person|individuals)|you know who|yk who|ykw|you know exactly who|"
    r"we all know who|someone we all know|(?:someone|she|he|the one|the girl|the boy) who (?:shall|"
    r"must|will) not be named|the one we do not (?:talk about|mention|name)|the usual suspect|our "
    r"(?:favourite|favorite|fave) (?:person|girl|boy))"
)
# "nobody add her back", "don't invite him again" (not "until / once / she asked")
_NOADD = (
    r"(?:no one|noone|do not|never|please do not|pls do not|we are not|we will not|we do not|not) "
    r"(?:re add|readd|add|adds|adding|invite|invites|inviting|put|putting|let|letting|bring|"
    r"bringing) (?:her|him|" + _NAME + r"|" + _VEIL + r")(?: back)?(?: in| into| to)?"
)
_NOADD_OK = (r"(?!(?: \S+){0,6}? (?:until|till|til|yet|once|unless|if (?:she|he|they) (?:wants?|"
             r"asks?))\b|(?: \S+){0,6}? (?:she|he|they) (?:asked|wanted|chose|decided|left (?:by|on) "
             r"(?:her|his|their) own)\b|.{0,60}\b(?:creep\w*|harass\w*|threat\w*|bull(?:y|ied|ying)|"
             r"keeps? (?:sending|spamming|posting|messaging|swearing)|sent (?:mean|horrible|nasty|rude)|(?:is|"
             r"he's|she's|hes|shes) (?:the|a|our) (?:teacher|coach|admin|mod|parent|mum|mom|dad))\b)")


def _not_after(words: str, before: str) -> str:
    """Look-behinds, placed after one of `words`, that fail when one of `before`
    precedes it: the match still starts with a literal (a look-behind at the start
    would be tried at every position of the message)."""
    return "".join(f"(?<!{b} {w})" for w in words.split("|") for b in before.split("|"))


# not belonging: "she's not our type", "he doesn't fit in", "she isn't one of us"
_UNFIT = (
    r"\b(?:is|are|was" + _not_after("is|are|was", "it|that|this|which|i|we") + r"|shes|hes|she's|he's|"
    r"theyre|they're)(?: just| literally| really| so| clearly| obviously| honestly| simply)* (?:not|"
    r"never) (?:(?:our|one of our) (?:type|kind|vibe|crowd|level|style|sort)|one of us|like us|in our "
    r"league|on our level)\b|"
    r"\b(?:she|he|they)" + _not_after("she|he|they", "like|thinks|think|said|says|worried|if|scared")
    + r" (?:does not|do not|will never|never|just does not|really does not|literally does not|can "
    r"not|will not) (?:fit|fits) in\b(?! (?:the|her|his|my|their|a|this|that|these|those)\b)"
)
# what shuts the person out, around the reason ("don't leave her out" does not)
_KICK = "kick|kicked|kicking|remove|removed|removing|boot|booted"
_KEEP = "leave|leaving|keep|keeping"
_EXCL = (
    r"(?:(?:without|w o|minus|except) (?:her|him|them|" + _NAME + r")|"
    r"(?:no one|do not|never|we are not|we will not|stop|lets not|let us not) (?:re add|add|adding|"
    r"invite|inviting|include|including|ask|asking|put|putting)\b|"
    r"\b(?:" + _KICK + r")" + _not_after(_KICK, "not|never") + r" (?:her|him|them|" + _NAME + r")\b|"
    r"\b(?:" + _KEEP + r")" + _not_after(_KEEP, "not|never") + r" (?:her|him|them|" + _NAME + r") out\b|"
    + _NEW + r" " + _GC + r"\b)"
)

# -- en: who invited her / next time smaller -----------------------------------------
_HOW = r"(?: even| tf| the hell| the fuck| on earth| actually| exactly| really| tf even)?"
_CAME = (
    r"(?:\bwho" + _HOW + r" (?:invited|brought|asked|let|told|called|added) " + _WHO + r"\b|"
    r"\bwhose idea was it to (?:invite|bring|ask) " + _WHO + r"\b|"
    r"\bwhy (?:did|would) (?:someone|anyone|somebody|you|you guys|yall|they) (?:invite|bring|ask) "
    + _WHO + r"\b|"
    r"\bwhy (?:was|is|did|were) " + _WHO + r"(?: even)? (?:there|here|come|invited|show up|turn "
    r"up|at (?:the|my|your|her|his) \S+)\b|"
    r"\b(?:can not|cant) believe " + _WHO + r" (?:came|showed up|turned up|was there|was invited|"
    r"got invited)\b)"
    # "who invited zoe? she's awesome"
    r"(?!(?: \S+){0,6}? (?:(?:she|he) (?:is|was)|shes|hes|she's|he's) (?:so |really |literally "
    r")?(?:awesome|amazing|great|lovely|fun|nice|cool|the best|sweet|funny|a vibe|a legend)\b)"
    r"(?!(?: \S+){0,6}? (?:so glad|glad|happy|thank|thanks|loved|love)\b)"
)
_NEXT = (
    r"\b(?:next time|nxt time|next party|next sleepover|next sleep over|next hangout|next one|next "
    r"movie night|next weekend)(?: \S+){0,6}? (?:(?:a |an )?smaller (?:group|crowd|party|thing|one|"
    r"circle)|small group|just us|only us|(?:it is|its) just (?:us|the \w+ of us)|us only|without "
    r"(?:her|him|them|" + _NAME + r")|(?:we |lets |let us )?(?:do not|not|never) (?:invite|"
    r"inviting|tell|telling|ask|asking|bring|bringing|add|adding)\b|invite only|invites only|close "
    r"friends only|(?:real|true|actual) friends only|keep it (?:small|smaller|lowkey|private|"
    r"secret|tight|exclusive)|(?:we|lets) (?:go|keep it|do it) smaller|(?:the|our) (?:og|original|"
    r"real|usual|core) (?:group|squad|crew|gang|girls|boys)|only the (?:og|real|original|core))\b"
)

# -- en: stop inviting her and act like she's invisible -----------------------------
_STOPINV = (
    r"(?:\b(?:stop|quit) (?:just |simply )?(?:inviting|asking|including|calling|texting) " + _WHO
    + r"\b|"
    r"\b(?:lets|let us|we|we will|we are|from now on|everyone|guys|yall)(?: all| just| simply| "
    r"literally| now| officially)* (?:not|never|are not|will not|do not|stop) (?:invite|inviting|ask|"
    r"asking|include|including) " + _WHO
    + r"(?: (?:anymore|again|ever again|to anything|to stuff))?\b|\bno more inviting " + _WHO + r"\b)"
)
_NOT_GAME = (r"(?!.{0,80}\b(?:potion|potions|minecraft|roblox|fortnite|hide and seek|spell|cloak|"
             r"superpower|power up|game|level|skin|mod|cheat code)\b)")
_GONE = r"(?:invisible|not there|not even there|not here|a ghost|air|thin air|furniture|a wall|nothing)"
_INVIS = (
    r"\b(?:act|acting|pretend|pretending|behave|treat (?:her|him|them))" + _NOT_GAME + r"(?: \S+)?(?: "
    r"(?:like|as if|as though|that))? (?:(?:he|she|they|" + _NAME + r")(?: is| was| are| were|'s)?|hes|"
    r"shes) " + _GONE + r"\b|\b(?:act|pretend)" + _NOT_GAME + r"(?: \S+)?(?: (?:like|as if|as though|"
    r"that))? (?:he|she|they|" + _NAME + r") (?:does not|do not|did not) exist\b"
)
_TORMENT = (
    r"\bsee how long (?:he|she|they|" + _NAME + r") (?:lasts|last|can last|will last|can take it|"
    r"takes it|can handle it|can stand it|survives|holds out|can hold out)\b|\b(?:until|till|til) "
    r"(?:he|she|they) (?:gets the hint|get the hint|gets the message|leaves|quits|cries|breaks|"
    r"cracks|gives up|moves schools|snaps)\b"
)

RULES: list[Rule] = [
    # "new gc without a certain someone", "you know who isn't in the new group"
    rule("bullying:regroup", "bullying", "certain know yk ykw named suspect favourite favorite fave "
         "mention",
         r"\b(?:" + _NEW + r" (?:\S+ )?" + _GC + r"|(?:the|our|this|my) (?:gc|group chat|groupchat|"
         r"group|server))(?: \S+){0,4}? (?:without|w o|minus|except|excluding|but not|no) " + _VEIL
         + r"\b" + _OK + "|"
         r"\b" + _VEIL + r" (?:is not|is never|will not be|was not|is not gonna be|is not going to "
         r"be) (?:in (?:it|there|the (?:new |other )?" + _GC + r")|invited|added|allowed)\b" + _OK + "|"
         r"\b(?:no one|do not|never|we are not) (?:add|adding|invite|inviting|tell|telling) " + _VEIL
         + r"(?: \S+){0,3}? (?:about |to |in |into )?(?:the|this|our) (?:" + _NEW + r" )?" + _GC
         + r"\b" + _OK,
         requires="without w minus except excluding but no not never invited added allowed"),
    # "new gc, nobody add her back", "nobody add mia to the new group"
    rule("bullying:regroup", "bullying", "add adds adding readd invite invites inviting put putting "
         "let letting bring bringing",
         r"\b(?:" + _NEW + r" " + _GC + r"|(?:the|our|this) (?:gc|group chat|groupchat|group))"
         r"(?: \S+){0,10}? " + _NOADD + r"\b" + _NOADD_OK + _OK + "|"
         r"\b" + _NOADD + r"(?: \S+){0,2}? (?:the|our|this|that) (?:" + _NEW + r" )?(?:gc|group "
         r"chat|groupchat|group)\b" + _NOADD_OK + _OK,
         requires="no noone not never"),
    # "don't invite her, she's not our type", "she doesn't fit in, new gc without her"
    # (here and in the next rule, too, the rarer word set is the trigger)
    rule("bullying:regroup", "bullying",
         "without w minus except add adding invite inviting include including ask asking put "
         "putting leave leaving keep keeping kick kicked kicking remove removed removing boot "
         "booted gc gcs group chat groupchat server convo",
         _EXCL + r"(?: \S+){0,10}? (?:" + _UNFIT + r")" + _OK + "|"
         r"(?:" + _UNFIT + r")(?: \S+){0,10}? " + _EXCL + _OK,
         requires="our fit fits us"),
    # "who invited zoe lol. next time at mine, smaller group"
    rule("bullying:exclusion", "bullying", "next nxt",
         _CAME + r"(?: \S+){0,14}? " + _NEXT + _OK + "|" + _NEXT + r"(?: \S+){0,14}? " + _CAME + _OK,
         requires="invited brought asked let told called added idea why believe"),
    # "let's stop inviting sam and act like he's invisible, see how long he can take it"
    rule("bullying:shunning", "bullying", "inviting asking including calling texting invite ask "
         "include",
         _STOPINV + r"(?: \S+){0,10}? (?:" + _INVIS + r"|" + _TORMENT + r")" + _NOT_GAME + _OK,
         requires="act acting pretend pretending behave treat see until till til"),
    rule("bullying:shunning", "bullying", "act acting pretend pretending behave treat",
         r"(?:" + _INVIS + r")(?: \S+){0,8}? (?:" + _TORMENT + r"|" + _STOPINV + r")" + _NOT_GAME + _OK,
         requires="see until till til stop quit not never more"),
    # "everyone ignore him and see how long he lasts"
    rule("bullying:shunning", "bullying", "ignore ignoring ghost ghosting blank blanking",
         r"\b(?:ignore|ignoring|ghost|ghosting|blank|blanking) " + _WHO + r"(?: \S+){0,6}? (?:"
         + _TORMENT + r")" + _NOT_GAME + _OK,
         requires="see until till til"),
]

# -- es ("ya" is read as "you", "vez" may be dropped) --------------------------------
_NAME_ES = (r"\b(?!(?:mi|ti|nadie|nosotros|nosotras|todos|todas|la|el|los|las|un|una|su|tu|que|de|en|"
            r"ya|mas|vez|grupo|chat|casa|fiesta|comida|pizza|tarta|musica|perro|gato|mama|papa|profe\w*)"
            r"\b)[a-z]{2,15}\b")
_WHO_ES = r"(?:a )?(?:ella|el|esa|ese|la nueva|el nuevo|(?:la |el )?" + _NAME_ES + r")"
_GC_ES = r"\b(?:grupo|grupito|gc|chat|server|servidor)"
_VEIL_ES = (r"(?:(?:ya|you|tu) (?:sabes|sabeis|saben) quien|sabes quien|quien tu sabes|cierta persona|"
            r"cierto alguien|alguien que (?:ya )?(?:sabes|sabemos|sabeis)|la que no debe ser nombrada|"
            r"el que no debe ser nombrado|ciertas personas)")
_PUT_ES = (r"(?:metais|metan|meta|mete|metas|agregueis|agreguen|agregue|agregues|anadais|anadan|"
           r"anada|inviteis|inviten|invite|agregamos|metemos|invitamos|(?:volvais|vuelvan|vuelva) a "
           r"(?:meter|agregar|anadir|invitar))")
_NOADD_ES = (r"\b(?:nadie|no|que nadie) (?:(?:la|lo|le) " + _PUT_ES + r"|" + _PUT_ES + r" a (?:ella|"
             + _NAME_ES + r"))\b")
_UNFIT_ES = (r"\b(?:no es|no son) (?:de los nuestros|de las nuestras|nuestro tipo|de nuestro (?:rollo|"
             r"nivel|tipo|estilo)|como nosotr[oa]s)\b|\bno (?:encaja|pega) (?:con nosotr[oa]s|en (?:el|"
             r"nuestro) grupo)\b")
_EXCL_ES = (r"(?:\bsin (?:ella|" + _NAME_ES + r")|" + _NOADD_ES + r"|\bno (?:la|lo|le) (?:invitamos|"
            r"invitemos|llamamos|agregamos)|\b(?:grupo nuevo|nuevo grupo|otro grupo)\b)")
_CAME_ES = (r"(?:\bquien (?:mierda |carajo |diablos |rayos )?(?:invito|trajo|llamo|aviso|dejo venir) "
            + _WHO_ES + r"|\bquien (?:la|lo|le) (?:invito|trajo|llamo)|\bpor que (?:vino|estaba|"
            r"invitaron a) " + _WHO_ES + r")\b(?!(?: \S+){0,6}? (?:es|era) (?:genial|muy maja|un amor|"
            r"lo maximo)|(?: \S+){0,6}? (?:me alegro|que bien que))")
_NEXT_ES = (r"\b(?:la proxima|la siguiente|para la proxima)(?: \S+){0,6}? (?:solo nosotr[oa]s|"
            r"nosotr[oa]s sol[oa]s|sol[oa]s nosotr[oa]s|solo (?:los|las) de siempre|(?:un )?grupo mas "
            r"(?:pequeno|reducido)|sin (?:ella|el|" + _NAME_ES + r")|no (?:la|lo|le) (?:invitamos|"
            r"invitemos|avisamos|llamamos|decimos)|en petit comite|en plan reducido)\b")
_STOPINV_ES = (r"(?:\b(?:dejemos|vamos a dejar|hay que dejar|dejad|dejen) (?:simplemente |ya |you |"
               r"directamente )?de (?:invitar|llamar|avisar|"
               r"incluir)(?:la|lo|le)?(?: " + _WHO_ES + r")?|\b(?:ya no|nunca mas|no) (?:la|lo|le) "
               r"(?:invitamos|invitemos|llamamos|llamemos)(?: mas)?|\bya no invitamos " + _WHO_ES + r")\b")
_INVIS_ES = (r"\b(?:hagamos|hacemos|haced|hagan|vamos a hacer) como (?:que|si) (?:ella |el |"
             + _NAME_ES + r" )?(?:(?:es|fuera|fuese) (?:invisible|aire|un fantasma|transparente)|no "
             r"(?:existe|existiera|esta|estuviera))\b")
_TORMENT_ES = (r"\b(?:a ver|veamos|para ver) cuanto (?:aguanta|dura|resiste|tarda en irse)\b|\bhasta que "
               r"se (?:canse|vaya|harte|rinda|de cuenta)\b")

RULES += [
    rule("bullying:regroup", "bullying", "sin menos excepto nadie metais metan mete metas agregueis "
         "agreguen agregue agregues anadais anadan anada inviteis inviten agregamos metemos invitamos "
         "volvais vuelvan vuelva encaja pega nuestros nuestras nuestro nosotros nosotras",
         _GC_ES + r"(?: \S+){0,4}? (?:sin|menos|excepto) " + _VEIL_ES + r"\b" + _OK + "|"
         + _GC_ES + r"(?: \S+){0,10}? " + _NOADD_ES + _OK + "|"
         + _EXCL_ES + r"(?: \S+){0,10}? (?:" + _UNFIT_ES + r")" + _OK + "|"
         r"(?:" + _UNFIT_ES + r")(?: \S+){0,10}? " + _EXCL_ES + _OK,
         requires="grupo grupito gc chat server servidor sin invitamos invitemos llamamos agregamos"),
    rule("bullying:exclusion", "bullying", "invito trajo llamo aviso dejo vino estaba invitaron",
         _CAME_ES + r"(?: \S+){0,14}? " + _NEXT_ES + _OK + "|" + _NEXT_ES + r"(?: \S+){0,14}? "
         + _CAME_ES + _OK,
         requires="proxima siguiente"),
    rule("bullying:shunning", "bullying", "invitar llamar avisar incluir invitamos invitemos llamamos "
         "llamemos",
         _STOPINV_ES + r"(?: \S+){0,10}? (?:" + _INVIS_ES + r"|" + _TORMENT_ES + r")" + _NOT_GAME + _OK,
         requires="hagamos hacemos haced hagan hacer ver veamos hasta"),
]

# -- fr ----------------------------------------------------------------------------
_NAME_FR = (r"\b(?!(?:moi|toi|nous|vous|eux|les|la|le|un|une|des|ses|son|sa|mon|ma|ton|ta|personne|"
            r"elle|lui|il|on|pas|plus|groupe|soiree|gateau|pizza|musique|chien|chat|mere|pere|prof\w*)"
            r"\b)[a-z]{2,15}\b")
_WHO_FR = r"(?:elle|lui|la nouvelle|le nouveau|" + _NAME_FR + r")"
_GC_FR = r"\b(?:groupe|grp|gc|conv|serveur|groupe snap|groupe whatsapp)"
_VEIL_FR = (r"(?:tu sais qui|vous savez qui|tsais qui|tu vois qui|vous voyez qui|une certaine personne|"
            r"certaines personnes|quelqu'un que (?:je ne nommerai pas|tu connais|vous connaissez|je "
            r"nommerai pas)|(?:celle|celui) dont on ne (?:doit pas prononcer|prononce pas) le nom)")
_LA_FR = r"(?:la |le |l')"
_PUT_FR = r"(?:rajoute|ajoute|remet|invite|rajoutez|ajoutez|remettez|invitez|rajoutera|remettra)"
_NOADD_FR = (r"\b(?:personne (?:ne |n')?" + _LA_FR + r"?" + _PUT_FR + r"|(?:ne |n')?" + _LA_FR + _PUT_FR
             + r" (?:pas|plus|jamais)|on (?:ne |n')?" + _LA_FR + _PUT_FR + r" (?:pas|plus|jamais)|"
             r"personne (?:ne |n')?" + _PUT_FR + r" " + _NAME_FR + r")\b")
_UNFIT_FR = (r"\b(?:elle|il) (?:n'est|est) (?:vraiment |clairement |juste )?pas (?:notre "
             r"genre|de notre genre|comme nous|des notres|de notre monde|de notre niveau|notre style|"
             r"notre delire)\b|\b(?:elle|il) (?:ne |n')?(?:s'integre|colle|rentre) pas (?:avec nous|"
             r"dans le groupe|ici)\b")
_EXCL_FR = (r"(?:\bsans (?:elle|lui|" + _NAME_FR + r")|" + _NOADD_FR + r"|\bon (?:ne |n')?" + _LA_FR
            + r"?invite (?:pas|plus)|\b(?:nouveau groupe|autre groupe|nouvelle conv)\b)")
_CAME_FR = (r"(?:\bqui (?:a|as) (?:invite|ramene|appele|emmene|fait venir) " + _WHO_FR + r"|\bqui "
            r"(?:l'a|la|l a) (?:invitee|invite|ramenee|ramene)|\bpourquoi " + _WHO_FR + r" (?:est "
            r"venue?|etait la|a ete invitee?))\b(?!(?: \S+){0,6}? (?:(?:elle|il) est|trop) (?:geniale?|"
            r"adorable|trop bien|trop cool|super)|(?: \S+){0,6}? (?:contente?|trop bien qu))")
_NEXT_FR = (r"\bla (?:prochaine|prochaine fois|proch|prochaine soiree)(?: \S+){0,6}? (?:que nous|que "
            r"nous deux|juste nous|entre nous|en petit comite|petit comite|sans (?:elle|lui|"
            + _NAME_FR + r")|on (?:ne |n')?" + _LA_FR + r"?(?:invite|appelle|previent|dit) (?:pas|rien|"
            r"plus))\b")
_STOPINV_FR = (r"(?:\b(?:arretons|on arrete|arretez|faut arreter|il faut arreter) (?:juste |simplement |"
               r"carrement )?d'(?:inviter|appeler)"
               r"(?: " + _WHO_FR + r")?|\bon (?:ne |n')?" + _LA_FR + r"?(?:invite|appelle) plus|"
               r"\bn'invitons plus|\bon invite plus " + _WHO_FR + r")\b")
_INVIS_FR = (r"\b(?:on fait|faisons|faites|on va faire) comme (?:s'il|sil|si (?:elle|il|" + _NAME_FR
             + r")) (?:etait "
             r"(?:invisible|transparente?|un fantome|pas la)|existait pas|n'existait pas|n'etait pas "
             r"la)\b")
_TORMENT_FR = (r"\b(?:on (?:va )?(?:voir|verra)|voir|pour voir) combien de temps (?:elle|il) (?:tient|"
               r"va tenir|tiendra)\b|\bjusqu'a ce qu'(?:elle|il) (?:craque|parte|comprenne|abandonne)\b")

RULES += [
    rule("bullying:regroup", "bullying", "sans sauf personne pas jamais rajoute ajoute remet rajoutez "
         "ajoutez remettez invitez rajoutera remettra linvite",
         _GC_FR + r"(?: \S+){0,4}? (?:sans|sauf) " + _VEIL_FR + r"\b" + _OK + "|"
         + _GC_FR + r"(?: \S+){0,10}? " + _NOADD_FR + _OK + "|"
         + _EXCL_FR + r"(?: \S+){0,10}? (?:" + _UNFIT_FR + r")" + _OK + "|"
         r"(?:" + _UNFIT_FR + r")(?: \S+){0,10}? " + _EXCL_FR + _OK,
         requires="groupe grp gc conv serveur sans invite linvite"),
    rule("bullying:exclusion", "bullying", "invite ramene appele emmene fait invitee ramenee venu "
         "venue etait",
         _CAME_FR + r"(?: \S+){0,14}? " + _NEXT_FR + _OK + "|" + _NEXT_FR + r"(?: \S+){0,14}? "
         + _CAME_FR + _OK,
         requires="prochaine proch"),
    rule("bullying:shunning", "bullying", "inviter appeler dinviter dappeler invite linvite appelle "
         "lappelle invitons ninvitons",
         _STOPINV_FR + r"(?: \S+){0,10}? (?:" + _INVIS_FR + r"|" + _TORMENT_FR + r")" + _NOT_GAME + _OK,
         requires="fait faisons faites faire voir verra combien jusqua"),
]

from .harm_exclusion_groups_langs import RULES as _LANGS  # noqa: E402
from .harm_exclusion_groups_script_langs import RULES as _SCRIPT_LANGS  # noqa: E402

RULES += _LANGS + _SCRIPT_LANGS
