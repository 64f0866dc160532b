"""Taunts without the "you are a <noun>" shape (appended to `harm.RULES`).

Found missing on a blind evaluation; written as classes, in several
languages:

* "imagine being this dumb" aimed at someone: held when a put-down follows
  ("..., go back to primary school loser", "... you clown") and the writer
  does not go on about themselves ("imagine being this dumb, i forgot my
  own password lol" is self-deprecation).  "go back to primary school /
  nursery" with a name-calling word is held alone.
* body shaming: telling the reader to diet before speaking ("vai fazer
  dieta antes de opinar", "go on a diet before you talk") and a body-animal
  name for a classmate tagged with their class ("a baleia do 8B", "the
  whale from 9c"); "my mum is on a diet" and "the whale from the
  documentary" pass.
* victim blaming: a bullied person "deserved it / had it coming" ("the kid
  who said they got bullied in year 6, deserved it tbh"), "no wonder you
  got bullied", "you deserve to be bullied"; "nobody deserves to be
  bullied", "she didn't deserve it" and "you deserved that award" pass.
* Chinese: "你长这么丑" (you're this ugly) and "滚出群" (get out of the
  group) aimed at the reader.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_VOC_EN = (r"(?:loser|losers|idiot|clown|bozo|weirdo|freak|baby|crybaby|dummy|moron|nerd|dork|"
           r"muppet|donut|melt|wasteman|noob|you)")
_KIDS_EN = (r"(?:primary(?: school)?|nursery|kindergarten|preschool|pre school|reception|daycare|"
            r"year (?:1|2|3|one|two|three)|the (?:playground|sandpit|kids table)|elementary(?: school)?)")
_DUMB_EN = (r"(?:dumb|stupid|ugly|fat|slow|thick|annoying|pathetic|cringe|weird|braindead|brain dead|"
            r"desperate|clueless|useless|broke|short|childish|immature|irrelevant|dense)")
_NOT_SELF = r"(?![^.!?]{0,60}\b(?:i|me|my|im|myself|mine|i am|i was)\b)"

# a word every bullied-context match contains
_BULLIED_EN = (r"(?:bullied|picked on|made fun of|teased|harassed|beaten up|beat up|laughed at|"
               r"left out|excluded|bullying|bully)")
_DESERVED_EN = (r"(?<!nobody )(?<!no one )(?<!not )(?<!never )(?<!nobody ever )(?<!no kid )"
                r"(?<!no person )(?<!who )(?:deserved it|deserve it|deserves it|had it coming|asked for it|"
                r"brought it on (?:yourself|themselves|himself|herself))\b")
_NOT_DENIED = (r"(?![^.!?]{0,40}\b(?:wrong|awful|not true|not okay|not ok|messed up|horrible|"
               r"victim blaming|so mean|terrible|disgusting)\b)")

RULES: list[Rule] = [
    rule("bullying:insult", "bullying", "imagine",
         r"\bimagine (?:being|bein|being so|having a brain) (?:this|that|so|as|such a) " + _DUMB_EN
         + r"\b" + _NOT_SELF + r"(?=[^.!?]{0,60}\b(?:go back to|go cry|nobody asked|shut up|get out|"
         + _VOC_EN + r")\b)"),
    # "back" is the trigger (the place words, "year" or "kids", are the more common
    # gate); a leading look-behind hides the literal from the regex engine
    rule("bullying:insult", "bullying", "back",
         r"(?<!to )(?<!could )(?<!should )(?<!can )(?<!i )(?<!we )(?<!lets )(?<!let us )(?<!will )"
         r"(?<!wanna )(?<!want )\bgo back to " + _KIDS_EN + r"\b[^.!?]{0,15}?\b" + _VOC_EN + r"\b",
         requires="primary nursery kindergarten preschool pre reception daycare year playground sandpit kids "
                  "elementary"),
    rule("bullying:insult", "bullying",
         "imaginate imagina imagine immagina stell vuelve retourne geh volta torna",
         r"\b(?:imaginate|imagina) ser (?:tan|tao|asi de) (?:tonto|tonta|feo|fea|gordo|gorda|idiota|"
         r"burro|burra|lento|lenta|pesado|pesada)\b" + _NOT_SELF.replace("i|me|my|im", "yo|me|mi|eu")
         + r"(?=[^.!?]{0,60}\b(?:vuelve|volta|perdedor\w*|pringad\w*|otari\w*|tu|eres|voce|vc|idiota)\b)|"
         r"\bimagine (?:etre|d'etre) (?:aussi|si|tellement) (?:bete|con|conne|moche|nul|nulle|"
         r"debile|lourd|lourde)\b(?=[^.!?]{0,60}\b(?:retourne|bouffon|boloss|looser|toi|t'es)\b)|"
         r"\bstell dir vor,? so (?:dumm|hasslich|fett|peinlich|behindert|lost) zu sein\b"
         r"(?=[^.!?]{0,60}\b(?:du|geh|opfer|loser|dich)\b)|"
         r"\bimmagina essere (?:cosi|tanto) (?:stupido|stupida|brutto|brutta|scemo|scema|grasso|grassa)"
         r"\b(?=[^.!?]{0,60}\b(?:torna|sfigat\w*|tu|sei)\b)|"
         r"\b(?:vuelve|vete) a (?:primaria|la guarderia|preescolar|infantil|parvulos)\b|"
         r"\bretourne (?:en|a la) (?:maternelle|primaire|creche)\b|"
         r"\bgeh (?:zuruck )?in den kindergarten\b|\bgeh zuruck in die grundschule\b|"
         r"\bvolta (?:pro|para o|pra) (?:primario|prezinho|jardim|maternal|fundamental)\b|"
         r"\btorna (?:all'asilo|alle elementari|alla materna)\b"),
    # -- body shaming ------------------------------------------------------------------
    rule("bullying:insult", "bullying",
         "diet dieta regime diat диету",
         r"\b(?:go on|get on|try) a diet (?:before|first|then) (?:you )?(?:talk|talking|speak|speaking|"
         r"comment|commenting|posting|post|chatting|giving)\b|"
         r"\b(?:vai fazer|faz|faca|vai fazer uma|faz uma) dieta (?:antes de|primeiro)\b|"
         r"\b(?:ponte a|haz|hazte una|vete a hacer) dieta (?:antes de|primero)\b|"
         r"\bfais (?:un|ton) regime (?:avant de|d'abord)\b|"
         r"\bmach (?:erstmal |mal |zuerst )?(?:eine|ne|n) diat\b|"
         r"\bfatti (?:una|prima una) dieta\b|"
         r"сядь на диету"),
    rule("bullying:insult", "bullying",
         "baleia vaca porca orca hipopotamo ballena foca vaca baleine vache wal whale cow pig hippo",
         r"\b(?:a|o) (?:baleia|vaca|porca|orca|hipopotamo|rolha de poco|elefanta) (?:do|da) "
         r"(?:\d+\w?|sala|turma|classe|escola|serie)\b|"
         r"\bla (?:ballena|vaca|foca|cerda|orca) de(?:l| la)? (?:\d+\w*|clase|la clase|curso|salon)\b|"
         r"\bla (?:baleine|vache|truie) de (?:la )?(?:\d+\w*|classe|seconde|troisieme|quatrieme)\b|"
         r"\b(?:der|die) (?:wal|kuh|sau) aus der (?:\d+\w?|klasse)\b|"
         r"\bthe (?:whale|cow|pig|hippo|heifer) (?:from|of|in) (?:\d+\w?|year \d+|our class|the class|"
         r"form \d+\w?|my class|class \d+\w?)\b"),
    # -- victim blaming ----------------------------------------------------------------
    rule("bullying:victim_blaming", "bullying",
         "deserved deserve deserves coming asked brought wonder",
         r"\b" + _BULLIED_EN + r"\b[^.!?]{0,60}?" + _DESERVED_EN + _NOT_DENIED + r"|"
         r"(?<!nobody )(?<!no one )(?<!not )\b(?:you|u|they|he|she) (?:totally |probably |really )?"
         r"(?:deserve|deserved|deserves) (?:to (?:be|get) )(?:bullied|picked on|beaten up|beat up|hit|"
         r"laughed at|left out)\b" + _NOT_DENIED + r"|"
         r"\bno wonder (?:you|u|they|he|she|nobody likes you) (?:\w+ )?(?:got|get|gets|were|are|was|is) "
         r"(?:bullied|picked on|made fun of|left out|excluded)\b"),
    rule("bullying:victim_blaming", "bullying",
         "merecias mereces merecia merecian buscaste merite meritais verdient schuld recht mereceu "
         "feito meritato meritata meritavi meritava заслужил заслужила виноват виновата надо",
         r"(?:bullying|acos\w+|molestaba\w*|pegaba\w*|se burlaba\w*|harcel\w+|moqu\w+|frapp\w+|"
         r"gemobbt|mobbing|ausgelacht|verprugelt|zoad\w*|zoava\w*|apanhou|apanhava|excluid\w*|bullismo|"
         r"bullizzat\w*|pres[oa] in giro|травил\w*|травят|буллил\w*|гнобил\w*|издевал\w*|били)\b"
         r"[^.!?]{0,60}?(?:(?<!no )(?<!nadie )\b(?:te lo merecias|te lo mereces|se lo merecia|se lo "
         r"merecian|te lo buscaste)|\b(?:tu l'as (?:bien )?merite|tu le meritais|il l'a (?:bien )?"
         r"merite|elle l'a (?:bien )?merite|bien fait pour (?:toi|lui|elle))|\b(?:du hast es "
         r"(?:verdient|verdient gehabt)|selbst schuld|geschieht (?:dir|ihm|ihr) recht)|(?<!nao )"
         r"(?<!ninguem )\b(?:voce mereceu|vc mereceu|tu mereceste|mereceu|bem feito)|(?<!non )\b(?:te "
         r"lo sei meritat[oa]|te lo meritavi|se lo meritava|ben ti sta)|(?<!не )(?:ты |он |она )?"
         r"(?:это )?(?:заслужил\w*|сам виноват|сама виновата|так (?:тебе|ему|ей) и надо))"),
    # -- zh: "你长这么丑", "滚出群" -------------------------------------------------------
    zrule("bullying:insult", "bullying", "丑 胖 难看 恶心 滚",
          r"你(?:长|长得|看起来)(?:这么|那么|真|好|太|超|巨)(?:丑|胖|难看|恶心)|"
          r"(?<![我他她])滚出(?:群|群聊|这个群|我们群|我们班|班级群|这里|我们的群)"),
]
