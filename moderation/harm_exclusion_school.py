"""Organised exclusion of a named child at school, with no group chat named
(appended to `harm.RULES`; en es fr pt de it here, ru ar zh hi tr pl id in
harm_exclusion_school_langs.py).  Reason `bullying:shunning`.

harm_groupchat.py holds a person shut out *of a group chat* or by a group
address ("everyone in the gc stop talking to maya"); harm_regroup.py the chat
re-made without them.  What passes both is the playground version: "ok
everyone's agreed, no one sits with Lena tomorrow", "nobody talk to @maya at
lunch, pretend she doesn't exist", "mañana en el recreo nadie le habla a
Carla", "personne ne s'assoit avec Inès demain".  Its shapes:

* "no one" + a verb of company (talk, sit, play, hang out, eat, partner) +
  "with/to" a person.  The imperative form ("nobody talk to maya", "nadie se
  siente con", "nessuno si sieda con") is an order by itself; the present
  ("no one sits with lena") is also how a lonely child describes their day,
  so it needs an organising cue somewhere in the message: a time to come
  (tomorrow, from monday, from now on, "mañana", "demain", "morgen"), a
  hand-on ("pass it on", "pasadlo", "faites passer", "sagt es weiter") or
  an agreement or "pretend she doesn't exist";
* "we" stop talking/sitting with someone, "don't talk to her", "don't let
  him sit with us", with the same cue;
* "if ruby tries to sit with us, move tables";
* the group told to pretend someone is not there ("lets all pretend tom isn't
  there", "faites comme si elle existait pas", "tut so als wäre sie Luft").

The writer and the reader are never the target ("no one sits with me at
lunch", "personne ne s'assoit avec moi"), nor are strangers, things or
times ("nobody talk during the test", "nobody sit on the broken chair").
After the match, concern ("that's so mean", "i feel bad for her", "should i
tell a teacher"), a reason of health or absence ("she's off sick") and an
exam or seating plan excuse it; reports ("they all agreed not to talk to
me") are the writer's own story and are not matched, and quotes and reports
of others are excused by the frames like every harm rule.
"""

from __future__ import annotations

from .harm_groupchat import _EL, NOT_WARN
from .rules import Rule, rule

# concern, health, absence, an exam or the teacher's seating plan after the match
AFTER = (
    r"(?![^.!?]{0,80}\b(?:exams?|tests?|quiz|assessment|seating (?:plan|chart)|separate desk|own desk|"
    r"sick|ill|flu|cold|contagious|chickenpox|covid|injur\w*|crutches|absent|away|on holiday|"
    r"dentist|doctor|hospital|appointment|allerg\w*)\b)"
    r"(?!.{0,100}\b(?:(?:that is|it is|thats|its|this is|so) (?:so |really |kind of |kinda |pretty "
    r")?(?:mean|cruel|sad|unfair|not fair|not okay|not ok|wrong)|bully\w*|feel (?:so )?(?:bad|"
    r"sorry)|poor (?:her|him|girl|boy|thing|kid)|lonely|should i|what (?:do|should|can) i|tell (?:a|"
    r"the|my|our) (?:teacher|adult)|report\w*|why would|why are|why is|can we|should we|we should (?:invite|"
    r"sit|play|include|ask|talk)|invite (?:her|him)|include (?:her|him)|be nice|be kind)\b)"
)

# -- en --------------------------------------------------------------------------
_NOONE = r"(?:no one|noone|nobody's|no one's|nobodys)"
_STOP = (
    r"(?:the|a|an|this|that|these|those|my|your|our|their|his|its|me|us|you|yourself|myself|it|"
    r"anyone|anybody|someone|somebody|everyone|everybody|people|strangers?|randoms?|bots?|each|"
    r"other|others|friends?|partners?|mates?|siblings?|family|parents|mum|dad|teachers?|sir|miss|"
    r"during|in|on|at|for|about|while|when|if|and|or|so|too|again|anymore|now|today|tomorrow|"
    r"them|here|there|who|what|because|until|after|before|not|no|yes|all|alone|by|lunch|break|"
    r"class|school|anything|everything|ever|just|until|unless)"
)
_NAME = r"\b(?!" + _STOP + r"\b)[a-z][a-z'-]{1,14}"
_WHO = r"(?:her|him|that (?:girl|boy|kid)|the new (?:girl|boy|kid)|" + _NAME + r")"
_SUBJ = r"(?:she is|he is|she's|he's|shes|hes|" + _NAME + r" is|" + _NAME + r"'s)"
_TO = r"(?:to|with|next to|near|beside|by)"
_BASE = (r"(?:talk|speak|sit|sit down|play|hang out|hang|eat|walk|partner up|partner|pair up|chat|"
         r"be friends|stand|go near)")
_PRES = (r"(?:talks|speaks|sits|sits down|plays|hangs out|hangs|eats|walks|partners up|partners|"
         r"pairs up|chats|is friends|stands|goes near|is (?:talking|speaking|sitting|playing|hanging "
         r"out|eating|walking|partnering|pairing up|chatting|standing)|talking|speaking|sitting|playing|"
         r"hanging out|eating|walking|partnering|pairing up|chatting|standing)")
_ING = (r"(?:talking|speaking|sitting|playing|hanging out|eating|walking|partnering|pairing up|"
        r"chatting|being friends|standing)")
_CAN = r"(?:is allowed to|is to|can|gets to|should|better|may|will|is going to|is gonna)"
_GHOST = (r"(?:does not exist|did not exist|is not (?:there|here|real)|was not (?:there|here)|is "
          r"invisible|is a ghost|is air|is thin air|is not a thing)")
# an order spread or agreed on: the present tense becomes a plan
_ORG = (
    r"(?:pretend|act like|act as if|act as though|like (?:she|he) " + _GHOST + r"|pass it on|pass "
    r"it around|spread the word|spread it|tell (?:everyone|everybody|the others|the rest|the whole "
    r"class)|(?:everyone|everybody|we) (?:have |has |are |all )?(?:agreed|decided|in)|everyone's "
    r"(?:agreed|decided|in)|(?:it is|its) decided|agreed|decided|new rule|got it|understood|deal "
    r"\?|okay \?|ok \?|yeah \?|capiche|remember)"
)
_TIME = (
    r"(?:tomorrow|tmrw|from now on|from today|from (?:monday|tuesday|wednesday|thursday|friday|next "
    r"week)|starting (?:today|tomorrow|now|monday|tuesday|wednesday|thursday|friday|next week)|next "
    r"week|on (?:monday|tuesday|wednesday|thursday|friday)|ever again|the whole (?:day|week|trip))"
)
# "no one talks to sara about the party", "don't talk to her like that"
_NOT_ABOUT = r"(?! (?:about|like that|that way|if|unless|until|when)\b)"
_CUE = r"(?:" + _ORG + r"|" + _TIME + r")"
_CUE_AFTER = r"(?=.{0,120}?\b" + _CUE + r"(?![a-z]))"
# single-word cues, for the rule that reads them anywhere in the message
_CUE_WORDS = ("tomorrow tmrw agreed decided pretend pretending monday tuesday wednesday thursday "
              "friday everyones")

RULES: list[Rule] = [
    # the order itself: "nobody talk to @maya at lunch", "no one is allowed to sit with ella"
    rule("bullying:shunning", "bullying",
         "nobody noone nobodys one",
         r"\b" + _NOONE + r" " + _BASE + r" " + _TO + r" " + _WHO + r"\b" + _NOT_ABOUT + NOT_WARN
         + AFTER + "|"
         r"\b" + _NOONE + r" (?:is allowed to|is to|gets to|better|may) " + _BASE + r" " + _TO + r" "
         + _WHO + r"\b" + _NOT_ABOUT + NOT_WARN + AFTER,
         requires="talk speak sit play hang eat walk partner pair chat be stand go allowed gets "
                  "better may"),
    # the present or a modal with a cue after it: "no one sits with lena. pass it on"
    rule("bullying:shunning", "bullying",
         "nobody noone nobodys one",
         r"\b" + _NOONE + r" (?:" + _PRES + r"|" + _CAN + r" " + _BASE + r") " + _TO + r" " + _WHO
         + r"\b" + _NOT_ABOUT + _CUE_AFTER + NOT_WARN + AFTER,
         requires="talks speaks sits plays hangs eats walks partners pairs chats is stands goes "
                  "can should will gonna going allowed gets better may talking speaking sitting "
                  "playing hanging eating walking partnering pairing chatting standing"),
    # the same with a one-word cue anywhere: "ok everyone's agreed, no one sits with lena tomorrow"
    rule("bullying:shunning", "bullying",
         "nobody noone nobodys one",
         r"\b" + _NOONE + r" " + _PRES + r" " + _TO + r" " + _WHO + r"\b" + _NOT_ABOUT + NOT_WARN + AFTER,
         requires=_CUE_WORDS),
    # "we" and "don't": "we're not sitting with lena tomorrow", "don't let him play with us anymore"
    rule("bullying:shunning", "bullying",
         "talking speaking sitting playing hanging eating walking talk speak sit play hang eat let "
         "letting ignore ignoring save seat",
         r"\bwe(?:'re| are| will| do| are all| all)? (?:not|no longer|never|stop|will not|do not|are "
         r"not going to|are done) (?:" + _ING + r"|" + _BASE + r") " + _TO + r" " + _WHO + r"\b"
         + _NOT_ABOUT + _CUE_AFTER + NOT_WARN + AFTER + "|"
         r"\b(?:do not|never|stop) " + _BASE + r" " + _TO + r" " + _WHO + r"\b" + _NOT_ABOUT + _CUE_AFTER
         + NOT_WARN + AFTER + "|"
         r"\b(?:do not|never|we(?:'re| are)? (?:not|never|not going to|will not|do not)) (?:let|"
         r"letting) " + _WHO + r" (?:sit|play|hang out|eat|join in|join|walk) (?:with|next to) us\b"
         r"(?=.{0,120}?\b(?:" + _CUE + r"|anymore)(?![a-z]))" + NOT_WARN + AFTER + "|"
         r"\b(?:do not|never|stop|no one) sav(?:e|es|ing) (?:a |any |her |him )?seats? for " + _WHO
         + r"\b(?=.{0,120}?\b(?:" + _CUE + r"|anymore|not one of us)(?![a-z]))" + NOT_WARN + AFTER + "|"
         r"\b(?:everyone|everybody|we are all|we are|we will all|lets all|let us all|yall|you all|"
         r"guys) (?:ignore|ignoring|blank|blanking|ice out|freeze out) " + _WHO + r"\b" + _NOT_ABOUT + _CUE_AFTER
         + NOT_WARN + AFTER,
         requires="we were do dont never stop everyone everybody lets yall guys all"),
    # "if ruby tries to sit with us just move tables", "save no seat for her"
    rule("bullying:shunning", "bullying", "move leave walk ignore pretend act taken up",
         r"\bif " + _WHO + r" (?:tries to |wants to |comes to |asks to |even )?(?:sit|sits|come|"
         r"comes|join|joins|play|plays|walk|walks) (?:over )?(?:with|near|next to|to|over to)? ?us"
         r"(?: \S+){0,4}? (?:just |we |everyone |all )?(?:move(?! (?:over|up|along|in|a bit|your|"
         r"our|the bags?)\b)|get up|leave|walk away|ignore (?:her|"
         r"him)|pretend|act like|say (?:it is|its|the seat is|the seats are) taken|tell (?:her|him) "
         r"(?:it is|its|the seat is) taken)\b" + AFTER,
         requires="us"),
    # the group told to pretend: "lets all pretend tom isn't there tomorrow"
    rule("bullying:shunning", "bullying", "pretend act ignore blank",
         r"\b(?:lets|let us|we|we will|we are going to|we are gonna|everyone|everybody|yall|you all|"
         r"guys|just)(?: all)? (?:pretend|act like|act as if|act as though) " + _SUBJ + r" (?:not "
         r"(?:there|here|real)|invisible|a ghost|air)\b" + AFTER + "|"
         r"\b(?:lets|let us|we|we will|everyone|everybody|yall|you all|guys|just)(?: all)? "
         r"(?:pretend|act like|act as if|act as though) (?:she|he|" + _NAME + r") (?:does not|did "
         r"not) exist\b" + AFTER + "|"
         r"\b(?:ignore|blank) " + _WHO + r"(?: \S+){0,3}? (?:like|as if|as though) (?:she|he) "
         + _GHOST + r"\b" + AFTER,
         requires=_CUE_WORDS + " lets let we everyone everybody yall all guys just"),
]

# -- es --------------------------------------------------------------------------
_NAME_ES = (r"\b(?!(?:mi|ti|nadie|nosotros|vosotros|ellos|ellas|la|el|los|las|un|una|su|sus|tu|tus|"
            r"mis|desconocid\w*|extran\w*|nadie|clase|examen|profe\w*|companer\w*|amig\w*)\b)"
            r"[a-z]{2,15}")
_WHO_ES = r"(?:ella|" + _EL + r"|(?:la |el )?(?:nueva |nuevo )?" + _NAME_ES + r")"
_VERB_ES_SUBJ = (r"(?:le hable|hable|se siente|se junte|juegue|coma|ande|vaya|se acerque|le dirija "
                 r"la palabra)")
_VERB_ES_IND = (r"(?:le habla|habla|se sienta|se junta|juega|come|anda|va|se acerca|le dirige la "
                r"palabra|le va a hablar|se va a sentar|va a jugar)")
_TO_ES = r"(?:con|a|al lado de|junto a|cerca de)"
_CUE_ES = (
    r"(?:manana|desde (?:hoy|ahora|manana|el lunes)|a partir de (?:hoy|ahora|manana|el lunes)|de "
    r"ahora en adelante|pasadlo|pasalo|pasenlo|pasad(?:lo)? a todos|corre la voz|corred la voz|como "
    r"si no (?:existiera|existe|estuviera|esta)|(?:hagan|haced|hacemos|hagamos) como (?:que|si)|"
    r"(?:estamos|todos) de acuerdo|acordamos|decidido|entendido|vale \?|ok \?|nunca mas)"
)
_AFTER_ES = (r"(?![^.!?]{0,80}\b(?:examen|prueba|enferm\w*|malo|mala|hospital|me da pena|pobre|que "
             r"triste|es triste|no es justo|injusto|profe\w*|acoso|bullying)\b)")
RULES += [
    rule("bullying:shunning", "bullying", "nadie",
         r"\bnadie " + _VERB_ES_SUBJ + r" " + _TO_ES + r" " + _WHO_ES + r"\b" + NOT_WARN + _AFTER_ES
         + "|"
         r"\bnadie " + _VERB_ES_IND + r" " + _TO_ES + r" " + _WHO_ES + r"\b(?=.{0,120}?\b" + _CUE_ES
         + r")" + NOT_WARN + _AFTER_ES + "|"
         r"\b" + _CUE_ES + r"(?![a-z]).{0,80}?\bnadie " + _VERB_ES_IND + r" " + _TO_ES + r" " + _WHO_ES
         + r"\b" + NOT_WARN + _AFTER_ES,
         requires="hable habla siente sienta junte junta juegue juega coma come ande anda vaya va "
                  "acerque acerca dirija dirige"),
    rule("bullying:shunning", "bullying",
         "hablamos sentamos juntamos jugamos hablen hableis sienten junteis haced hagan hagamos hacemos",
         r"\bno (?:le )?(?:hablamos|nos sentamos|nos juntamos|jugamos|vamos a hablar|nos vamos a "
         r"sentar) (?:mas )?" + _TO_ES + r" " + _WHO_ES + r"\b(?=.{0,120}?\b" + _CUE_ES + r"(?![a-z]))"
         + NOT_WARN + _AFTER_ES + "|"
         r"\b(?:haced|hagan|hacemos|hagamos) como (?:que|si) (?:ella |el |" + _NAME_ES + r" )?no "
         r"(?:existe|existiera|esta|estuviera)\b" + _AFTER_ES),
]

# -- fr --------------------------------------------------------------------------
_NAME_FR = (r"\b(?!(?:moi|toi|nous|vous|eux|les|la|le|un|une|des|ses|son|sa|leur|leurs|mon|ma|ton|"
            r"ta|mes|tes|personne|inconnu\w*|copain\w*|copine\w*|ami\w*|voisin\w*)\b)[a-z]{2,15}")
_WHO_FR = r"(?:elle|lui|" + _NAME_FR + r")"
_VERB_FR = (r"(?:parle|s'assoit|s'assied|s'assoie|s'asseoit|se met|mange|joue|traine|reste|sort|"
            r"adresse la parole|va parler|va s'asseoir|va jouer)")
_TO_FR = r"(?:a|avec|a cote de|pres de)"
_CUE_FR = (
    r"(?:demain|a partir de|des (?:demain|lundi|maintenant|aujourd'hui)|desormais|faites passer|fais "
    r"passer|faites tourner|fais tourner|passez le mot|comme si|faites comme|on est (?:tous )?"
    r"d'accord|c'est decide|compris|ok \?|d'accord \?)"
)
_AFTER_FR = (r"(?![^.!?]{0,80}\b(?:examen|controle|malade|hopital|absente?|la pauvre|le pauvre|"
             r"triste|pas juste|injuste|harcel\w*|prof\w*)\b)")
RULES += [
    rule("bullying:shunning", "bullying", "personne parle assoit assied asseoit assoie",
         r"\bpersonne (?:ne |n')?" + _VERB_FR + r" " + _TO_FR + r" " + _WHO_FR + r"\b(?=.{0,120}?\b"
         + _CUE_FR + r")" + NOT_WARN + _AFTER_FR + "|"
         r"\b" + _CUE_FR + r"(?![a-z]).{0,80}?\bpersonne (?:ne |n')?" + _VERB_FR + r" " + _TO_FR + r" "
         + _WHO_FR + r"\b" + NOT_WARN + _AFTER_FR + "|"
         r"\bon (?:ne |n')?(?:parle|s'assoit|mange|joue|traine|sort) (?:plus|pas|jamais) " + _TO_FR
         + r" " + _WHO_FR + r"\b(?=.{0,120}?\b" + _CUE_FR + r"(?![a-z]))" + NOT_WARN + _AFTER_FR,
         requires="personne on"),
    rule("bullying:shunning", "bullying", "faites",
         r"\bfaites (?:tous |toutes )?comme si (?:elle|il|" + _NAME_FR + r") (?:n'existait pas|existait"
         r" pas|n'etait pas la|etait pas la|etait invisible|n'existe pas)\b" + _AFTER_FR),
]

# -- pt --------------------------------------------------------------------------
_NAME_PT = (r"\b(?!(?:mim|comigo|voce|vc|nos|eles|elas|a|o|as|os|um|uma|seu|sua|meu|minha|ninguem|"
            r"estranh\w*|desconhecid\w*|amig\w*|colega\w*|professor\w*)\b)[a-z]{2,15}")
_WHO_PT = r"(?:ela|ele|(?:a |o )?" + _NAME_PT + r")"
_CUE_PT = (
    r"(?:amanha|a partir de (?:amanha|hoje|agora|segunda)|de agora em diante|desde hoje|(?:finjam|"
    r"finge|fingir|fingimos|vamos fingir) que|como se (?:ela|ele) nao (?:existisse|estivesse)|passa "
    r"pra frente|passem pra frente|passa adiante|passem adiante|espalha|combinado|todo mundo "
    r"concordou|beleza \?|ok \?|entendeu \?|entenderam)"
)
_AFTER_PT = (r"(?![^.!?]{0,80}\b(?:prova|doente|hospital|coitad\w*|triste|injusto|nao e justo|"
             r"bullying|professor\w*)\b)")
RULES += [
    rule("bullying:shunning", "bullying", "ninguem ngm",
         r"\b(?:ninguem|ngm) (?:fala|senta|anda|brinca|come|conversa|fica|vai sentar|vai falar|vai "
         r"andar) (?:com|perto d[aoe]|do lado d[aoe]|junto com|junto d[aoe]) " + _WHO_PT + r"\b"
         r"(?=.{0,120}?\b" + _CUE_PT + r"(?![a-z]))" + NOT_WARN + _AFTER_PT + "|"
         r"\b" + _CUE_PT + r"(?![a-z]).{0,80}?\b(?:ninguem|ngm) (?:fala|senta|anda|brinca|come|conversa|"
         r"fica) (?:com|perto d[aoe]|do lado d[aoe]|junto com) " + _WHO_PT + r"\b" + NOT_WARN
         + _AFTER_PT),
    rule("bullying:shunning", "bullying", "finjam fingem fingimos",
         r"\b(?:finjam|vamos fingir|fingimos|todo mundo finge) que (?:ela|ele|a " + _NAME_PT
         + r"|o " + _NAME_PT + r") nao (?:existe|esta la|ta la|esta aqui)\b" + _AFTER_PT),
]

# -- de --------------------------------------------------------------------------
_NAME_DE = (r"\b(?!(?:mir|mich|uns|dir|dich|euch|ihnen|der|die|das|den|dem|einem|einer|fremden|"
            r"lehrer\w*|freunden|freund|freundin|niemandem|jemandem|keinem)\b)[a-z]{2,15}")
_WHO_DE = r"(?:ihr|ihm|(?:der |dem )?" + _NAME_DE + r")"
_VERB_DE = (r"(?:redet|spricht|setzt sich|sitzt|spielt|isst|geht|hangt|chillt|macht was|lauft)")
_CUE_DE = (
    r"(?:morgen|ab (?:jetzt|morgen|heute|montag|sofort)|ab montag|(?:sagt|gebt) (?:es|das) weiter|"
    r"weitersagen|tut (?:alle )?so als|als ob (?:sie|er)|als ware (?:sie|er)|abgemacht|klar \?|ok \?|"
    r"verstanden|alle sind sich einig|nie wieder)"
)
_AFTER_DE = (r"(?![^.!?]{0,80}\b(?:prufung|klausur|test|krank|arzt|die arme|der arme|traurig|"
             r"unfair|gemein|mobbing|lehrer\w*)\b)")
RULES += [
    rule("bullying:shunning", "bullying", "keiner niemand",
         r"\b(?:keiner|niemand) " + _VERB_DE + r" (?:mehr |ab jetzt |morgen )?(?:mit|neben|bei|zu) "
         + _WHO_DE + r"\b(?=.{0,120}?\b" + _CUE_DE + r"(?![a-z]))" + NOT_WARN + _AFTER_DE + "|"
         r"\b" + _VERB_DE + r" (?:keiner|niemand) (?:mehr |ab jetzt )?(?:mit|neben|bei|zu) "
         + _WHO_DE + r"\b" + NOT_WARN + _AFTER_DE + "|"
         r"\b" + _CUE_DE + r"(?![a-z]).{0,80}?\b(?:keiner|niemand) " + _VERB_DE + r" (?:mehr )?(?:mit|"
         r"neben|bei|zu) " + _WHO_DE + r"\b" + NOT_WARN + _AFTER_DE),
    rule("bullying:shunning", "bullying", "tut reden sprechen setzen spielen",
         r"\btut (?:alle |einfach )?so,? als (?:ob )?(?:sie|er|" + _NAME_DE + r") (?:nicht da "
         r"ware|nicht existiert|nicht existieren wurde|luft ware|luft ist|unsichtbar ware|unsichtbar "
         r"ist|nicht da ist)\b" + _AFTER_DE + "|"
         r"\bwir (?:reden|sprechen|setzen uns|spielen) (?:ab jetzt |ab morgen |morgen )?(?:nicht mehr|"
         r"nie mehr|nicht) (?:mit|neben|zu) " + _WHO_DE + r"\b(?=.{0,120}?\b" + _CUE_DE + r"(?![a-z]))"
         + NOT_WARN + _AFTER_DE),
]

# -- it --------------------------------------------------------------------------
_NAME_IT = (r"\b(?!(?:me|te|noi|voi|loro|la|il|lo|le|gli|un|una|uno|suo|sua|mio|mia|tuo|tua|nessuno|"
            r"sconosciut\w*|estrane\w*|amic\w*|compagn\w*|prof\w*)\b)[a-z]{2,15}")
_WHO_IT = r"(?:lei|lui|" + _NAME_IT + r")"
_CUE_IT = (
    r"(?:domani|da (?:domani|oggi|lunedi|adesso|ora)(?: in poi)?|d'ora in poi|passate parola|"
    r"passaparola|fate finta|come se non (?:esistesse|ci fosse)|siamo d'accordo|deciso|capito \?|"
    r"ok \?)"
)
_AFTER_IT = (r"(?![^.!?]{0,80}\b(?:verifica|esame|malat\w*|ospedale|poverina|poverino|triste|"
             r"ingiusto|bullismo|prof\w*)\b)")
RULES += [
    rule("bullying:shunning", "bullying", "nessuno",
         r"\bnessuno (?:si sieda|giochi|stia|mangi|esca|si metta) (?:con|vicino a|accanto a) "
         + _WHO_IT + r"\b" + NOT_WARN + _AFTER_IT + "|"
         r"\bnessuno (?:parla|si siede|gioca|sta|mangia|esce|si mette) (?:piu )?(?:con|vicino a|"
         r"accanto a) " + _WHO_IT + r"\b(?=.{0,120}?\b" + _CUE_IT + r"(?![a-z]))" + NOT_WARN + _AFTER_IT + "|"
         r"\b" + _CUE_IT + r"(?![a-z]).{0,80}?\bnessuno (?:parla|si siede|gioca|sta|mangia|esce|si mette) "
         r"(?:piu )?(?:con|vicino a|accanto a) " + _WHO_IT + r"\b" + NOT_WARN + _AFTER_IT),
    rule("bullying:shunning", "bullying", "fate parliamo sediamo giochiamo",
         r"\bfate (?:tutti )?finta che (?:lei |lui |" + _NAME_IT + r" )?(?:non (?:esista|ci sia|sia "
         r"qui)|sia invisibile)\b" + _AFTER_IT + "|"
         r"\bnon (?:parliamo|ci sediamo|giochiamo) (?:piu )?(?:con|vicino a) " + _WHO_IT
         + r"\b(?=.{0,120}?\b" + _CUE_IT + r"(?![a-z]))" + NOT_WARN + _AFTER_IT),
]
