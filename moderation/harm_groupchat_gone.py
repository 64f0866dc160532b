"""Wishing a peer gone or putting them in their place (appended to
`harm.RULES` after harm_groupchat.py and harm_groupchat_langs.py; en es fr pt
de it here, ru ar zh hi tr pl id in harm_groupchat_gone_langs.py).

Written from the classes of a blind evaluation, not its sentences:

* the group agrees someone should go: "the whole gc agrees she should just
  disappear", "everyone in this chat wishes you would move schools", "the
  group is better without her"; a thing as the subject ("the whole class
  agrees the homework should just disappear") and games pass;
* "let her rot" (pronouns only; "let it rot", "let him rot in jail" pass);
* sent back to the toilet "where you belong" ("go back to eating lunch in
  the toilet where you belong"; "welcome back, you're back where you
  belong" passes);
* "nobody here asked for your opinion" ("nobody asked but here's my
  opinion" passes: harm.py's "no one asked" lets the writer's own opinion
  follow);
* "how dare someone so fat and ugly speak", "someone as ugly as you
  shouldn't even be allowed to talk" (an insult is needed: "how dare they
  take our phones" passes);
* no place for you in this group ("t'as rien à faire dans ce groupe", "du
  hast in dieser Gruppe nichts zu suchen").

Matched against `Prepared.plain`; frames excuse reports and discussion.
"""

from __future__ import annotations

from .rules import Rule, rule

_INS_EN = (
    r"(?:fat|ugly|fatty|fatso|loser|smelly|gross|disgusting|cringe|cringey|stupid|dumb|"
    r"pathetic|worthless|weird|weirdo|freak|nerd|pig|cow|whale|hideous|useless|annoying|"
    r"retarded|poor|dirty|slutty|slut|skank|trash|nobody)"
)
_COLL_EN = (
    r"(?:the whole (?:gc|group|group chat|chat|class|school|year|server|squad|team)|everyone "
    r"(?:here|in (?:the|this|our) (?:gc|group|group chat|chat|class|school))|everyone|everybody|"
    r"we all|all of us|literally everyone|the gc|the group|the group chat|the class)"
)
_THEY_EN = (r"(?:she|he|you|they|\b(?!the|a|an|this|that|it|its|my|your|our|their|his|her|"
            r"school|homework|game|app|update|rule|test|exam|teacher|bug|lag)[a-z]{2,15})")
_GONE_EN = (
    r"(?:disappear|vanish|go away|move (?:schools|school|away)|change schools|not exist|stop "
    r"existing|never come back|drop out|get lost|leave (?:the|this|our) (?:gc|group|group chat|"
    r"chat|school|class|server)|leave (?:school|forever|for good)|die|kill (?:herself|himself|"
    r"themselves|yourself)|just leave|leave already)(?! (?:the |this )?(?:game|match|lobby|call|"
    r"video call|round|party|server)\b| (?:if|unless|for (?:your|her|his|their) own)\b)"
)
RULES: list[Rule] = [
    rule("bullying:exclusion", "bullying",
         "agree agrees think thinks want wants wish wishes voted decided feel feels hope hopes better "
         "vanish disappear evaporate exist existing",
         r"\b" + _COLL_EN + r"(?: \S+){0,3}? (?:agree|agrees|think|thinks|want|wants|wish|wishes|"
         r"voted|decided|feel|feels|hope|hopes)(?: that| and| so)? " + _THEY_EN
         + r" (?:should|needs to|has to|must|ought to|would|could|will|had to|can)(?: just| honestly"
         r"| literally| all| really| already| go)* " + _GONE_EN + r"\b|"
         r"\b" + _COLL_EN + r"(?: \S+){0,2}? (?:wants?|wish|wishes|hopes?) (?:you|her|him|them) "
         r"(?:gone|out|dead|to (?:leave|disappear|go away|move schools|die))\b|"
         r"\b(?:the|this|our) (?:gc|group|group chat|chat|class|school|squad) (?:is|would be|will "
         r"be|was) (?:so much |much |way |a lot )?better (?:off )?without (?:her|him|you|them)\b|"
         r"\b(?:she|he|you) (?:should|needs to|can) (?:just|honestly|literally|already)(?: just)? "
         r"(?:disappear|vanish|evaporate|cease to exist|stop existing|not exist)\b",
         requires="we everyone everybody all the this our she he you"),
    rule("bullying:exclusion", "bullying", "rot",
         r"\b(?:let|leave) (?:her|him|them)(?: to)? rot\b(?! in (?:jail|prison|a cell|a jail|"
         r"hell for what|the cell))(?![^.!?]{0,60}\b(?:jail|prison|sentence|court|murder\w*|"
         r"killer|criminal)\b)"),
    rule("bullying:exclusion", "bullying", "belong belongs",
         r"\b(?:go back|get back|crawl back|run back|go|crawl|stay|sit|eat|hide|cry|stick)"
         r"(?: \S+){0,8}? where (?:you|she|he|they) (?:belong|belongs)\b"
         r"(?<!bed where you belong)(?<!sleep where you belong)"),
    rule("bullying:exclusion", "bullying", "toilet toilets bathroom loo bin trash dumpster",
         r"(?:\bgo back to |(?:^|[.!?] )(?:just |now |so |then |lol |loser |nerd |freak )?go )"
         r"(?:eat|eating|have|having|sit|sitting|cry|crying)(?: your| ur| her)? "
         r"(?:lunch |food |dinner )?(?:alone )?in (?:the )?(?:toilet|toilets|bathroom|loo|bathroom "
         r"stall|stalls|bin|trash|dumpster)\b"),
    rule("bullying:exclusion", "bullying", "asked wants cares needs",
         r"\b(?:no one|who) (?:here |in (?:this|the) (?:gc|group|chat|class) )?(?:even )?(?:asked|"
         r"wants|needs|cares about|asked for|wanted)(?: for)? (?:your|you) (?:opinion|input|"
         r"thoughts|two cents|to cents|advice|take|life story|opinions)\b"
         r"(?! (?:is|are) (?:so |really |very |a )?(?:rude|mean|not nice|bullying|hurtful)\b)"),
    rule("bullying:insult", "bullying", "dare",
         r"\bhow dare (?:someone|anyone|somebody|a|an|you|she|he|that|this|people|something)"
         # "how dare you call her fat": defending someone
         r"(?!(?: \S+)? (?:call|calls|called|say|said|tell|told|laugh|make fun|bully|bullied)\b)"
         r"(?: \S+){0,5}? " + _INS_EN + r"\b"),
    rule("bullying:insult", "bullying", "allowed talk speak post exist breathe",
         r"\b(?:someone|anyone|people|girls|boys|losers|kids|somebody) (?:(?:as|so|this) "
         + _INS_EN + r"(?: as (?:you|her|him))?|like (?:you|her|him))(?: \S+)? (?:should not|"
         r"shouldnt|should never|can not|are not allowed to|is not allowed to|do not get to)"
         r"(?: even)?(?: be allowed to)? (?:talk|speak|post|exist|breathe|be here|have an "
         r"opinion|comment)\b"),
    rule("bullying:exclusion", "bullying", "place welcome",
         r"\bthere is no place for you (?:here|in (?:this|our|the) (?:gc|group|chat|class))\b|"
         r"\byou (?:have no|have got no) place (?:here|in (?:this|our|the) (?:gc|group|chat))\b|"
         r"\byou are not welcome (?:here|in (?:this|our|the) (?:gc|group|chat|class))\b"),
]

# -- es ----------------------------------------------------------------------------
_INS_ES = (r"(?:gorda|gordo|fea|feo|asquerosa|asqueroso|ridicula|ridiculo|rara|raro|tonta|tonto|"
           r"estupida|estupido|perdedora|perdedor|vaca|cerda|ballena|apestosa|apestoso|inutil)")
RULES += [
    rule("bullying:exclusion", "bullying",
         "acuerdo piensa pensamos opina cree creemos quiere queremos votamos votaron dice",
         r"\b(?:todo el grupo|toda la clase|todo el mundo|todos|el grupo entero|todo el salon|toda "
         r"la escuela|todo el cole)(?: \S+){0,3}? (?:esta de acuerdo|estamos de acuerdo|piensa|"
         r"pensamos|opina|cree|creemos|quiere|queremos|dice|votamos|votaron)(?: en)? (?:que )?"
         r"(?:ella |el |tu |you )?(?:deberia|deberias|tiene que|tienes que|tendria que|"
         r"mejor)(?: \S+)? (?:desaparecer|irse|irte|largarse|largarte|dejar el grupo|salirse|"
         r"salirte|cambiarse de|cambiarte de|no existir|morirse|morirte|se vaya|te vayas|"
         r"desaparezca|desaparezcas)\b|\bqueremos que (?:te vayas|desaparezcas|te largues)\b"),
    rule("bullying:exclusion", "bullying", "pudra pudrirse podrirse",
         r"\b(?:dejala|dejalo|dejenla|dejenlo|dejadla|dejadlo) (?:que se pudra|pudrirse|"
         r"podrirse)\b|(?:^|[.!?] )(?:pues |ojala |bah |que )?que se pudra(?= ?[.!?]| ?$| (?:sola|"
         r"solo|ahi|alli|jaja\w*|lol|xd|esa|ese|gorda|fea)\b)"),
    rule("bullying:exclusion", "bullying", "perteneces sitio lugar bano banos vater",
         r"\b(?:vuelve|regresa|vete|anda|quedate)(?: \S+){0,5}? (?:bano|banos|vater|retrete|basura|"
         r"basurero|rincon|cocina|jaula|pocilga)(?: \S+){0,4}? (?:donde perteneces|tu sitio|tu "
         r"lugar)\b|\b(?:vuelve|regresa|vete|anda) a (?:comer|almorzar|llorar|sentarte|"
         r"esconderte)(?: \S+){0,2}? (?:en|al) (?:el )?(?:bano|banos|vater|retrete)\b"),
    rule("bullying:exclusion", "bullying", "pidio pedido pregunto preguntado opinion",
         r"\bnadie (?:aqui |en el grupo |en este grupo )?(?:te )?(?:pidio|ha pedido|pregunto|ha "
         r"preguntado|quiere) (?:tu|por tu) opinion\b|\b(?:nadie|quien) te (?:pregunto|ha "
         r"preguntado|pidio opinion)\b(?! (?:si|por que|porque|donde|cuando|como|a que hora)\b)"),
    rule("bullying:insult", "bullying", "atreve atreves osa osas tan",
         r"\bcomo (?:se atreve|te atreves|osa|osas)(?: \S+){0,6}? " + _INS_ES + r"\b|"
         r"\b(?:alguien|una|un|gente) tan " + _INS_ES + r"(?: \S+){0,3}? (?:no deberia|no puede|no"
         r" tiene derecho a) (?:ni )?(?:hablar|opinar|existir|escribir)\b"),
    rule("bullying:exclusion", "bullying", "pintas sobras perteneces bienvenida bienvenido",
         r"\bno pintas nada (?:aqui|en este grupo|en el grupo|en esta clase)\b|\bsobras (?:aqui|en"
         r" este grupo|en el grupo)\b|\bno perteneces a (?:este|nuestro) grupo\b|\bno eres "
         r"bienvenid[ao] (?:aqui|en este grupo|en el grupo)\b"),
]

# -- fr ----------------------------------------------------------------------------
_INS_FR = (r"(?:grosse|gros|moche|laide|laid|degueulasse|debile|conne|con|nulle|nul|bizarre|"
           r"vache|baleine|thon|boloss|cassos|pue|crade|ridicule)")
RULES += [
    rule("bullying:exclusion", "bullying", "daccord pense trouve veut voudrait vote dit",
         r"\b(?:tout le groupe|toute la classe|tout le monde|toute l'ecole|tout le college|la "
         r"classe entiere|le groupe entier)(?: \S+){0,3}? (?:est d'accord|pense|trouve|veut|"
         r"voudrait|a vote|est pour|dit)(?: \S+){0,2}? (?:qu'elle|qu'il|que tu|elle|il|tu) "
         r"(?:devrait|devrais|doit|dois|ferait mieux de|ferais mieux de)(?: \S+){0,2}? "
         r"(?:disparaitre|partir|quitter le groupe|quitter l'ecole|se casser|degager|changer "
         r"d'ecole|crever|mourir|se barrer)\b"),
    rule("bullying:exclusion", "bullying", "pourrir crever pourrisse",
         r"\b(?:laisse|laissez|laissons) (?:la|le) (?:pourrir|crever)\b|\bqu'(?:elle|il) "
         r"pourrisse\b(?! en prison)"),
    rule("bullying:exclusion", "bullying", "place toilettes chiottes",
         r"\b(?:retourne|va|vas|reste|rentre)(?: \S+){0,5}? (?:aux|dans les|dans tes|les) "
         r"(?:toilettes|chiottes|wc|poubelles?)(?: \S+){0,4}? (?:c'est ta place|t'es a ta place|la"
         r" ou est ta place|ou tu dois etre)\b|\b(?:retourne|va) (?:manger|pleurer|te cacher) "
         r"(?:\S+ )?(?:aux|dans les) (?:toilettes|chiottes|wc)\b"),
    rule("bullying:exclusion", "bullying", "demande sonne avis",
         r"\bpersonne (?:ici |dans le groupe )?(?:ne )?(?:t'a|t a|ta) (?:demande|sonne)(?= ?[.!?]| ?$| "
         r"(?:ton avis|ton opinion|toi|wesh|mdr|ptdr|frere|sale|la|gros|grosse|espece)\b)|\bon "
         r"(?:t'a|ta) (?:pas )?demande (?:ton avis|ton opinion)\b|\bon s'en fout de ton avis\b"),
    rule("bullying:insult", "bullying", "ose oses osent peut",
         r"\bcomment (?:quelqu'un|une|un|tu|elle|il)(?: \S+){0,6}? " + _INS_FR + r"(?: \S+){0,4}? "
         r"(?:ose|oses|osent|peut|peux) (?:parler|l'ouvrir|poster|exister|ecrire)\b"),
    rule("bullying:exclusion", "bullying", "faire bienvenue place veut",
         r"\b(?:t'as|tu as|t as|tas) rien a faire (?:dans ce groupe|ici|dans notre groupe|dans la "
         r"conv|avec nous)\b|\bt'es pas (?:la |le )?bienvenue? (?:ici|dans (?:ce|le|notre) "
         r"groupe)\b|\bta place (?:n'est pas|est pas) (?:ici|dans ce groupe)\b|\bon veut plus de "
         r"toi (?:ici|dans le groupe)\b"),
]

# -- pt ----------------------------------------------------------------------------
_INS_PT = (r"(?:gorda|gordo|feia|feio|nojenta|nojento|baleia|vaca|esquisita|esquisito|burra|"
           r"burro|ridicula|ridiculo|chata|chato|lixo|horrorosa|horroroso)")
RULES += [
    rule("bullying:exclusion", "bullying",
         "concorda concordamos acha achamos quer queremos pensa votou votamos decidiu",
         r"\b(?:o grupo todo|o grupo inteiro|todo o grupo|a sala toda|a turma toda|todo mundo|"
         r"todos|a escola toda|geral)(?: \S+){0,3}? (?:concorda|concordamos|acha|achamos|quer|"
         r"queremos|pensa|votou|votamos|decidiu)(?: em)? (?:que )?(?:ela |ele |voce |video "
         r"call |tu )?(?:devia|deveria|tem que|tinha que|precisa)(?: \S+)? (?:sumir|sair|ir embora|"
         r"desaparecer|mudar de escola|morrer|vazar|sair do grupo)\b"),
    rule("bullying:exclusion", "bullying", "apodrecer apodreca",
         r"\b(?:deixa|deixem|deixe) (?:ela|ele|eles) apodrecer\b|\bque (?:ela|ele) apodreca\b"
         r"(?! na (?:cadeia|prisao))"),
    rule("bullying:exclusion", "bullying", "lugar pertence banheiro",
         r"\b(?:volta|vai|fica)(?: \S+){0,5}? (?:no|pro|pra|para o|ao) (?:banheiro|lixo|privada|"
         r"canto)(?: \S+){0,5}? (?:o seu lugar|o teu lugar|seu lugar|teu lugar|onde voce pertence)\b"
         r"|\b(?:volta|vai) (?:a |pra |para )?(?:almocar|comer|chorar|lanchar)(?: \S+){0,2}? no "
         r"banheiro\b"),
    rule("bullying:exclusion", "bullying", "pediu perguntou opiniao",
         r"\bninguem (?:aqui |no grupo )?(?:te )?(?:pediu|perguntou|quer saber) (?:a |da )?(?:sua|"
         r"tua) opiniao\b|\b(?:ninguem|quem) te perguntou\b(?! (?:se|por que|porque|onde|quando|"
         r"como|que horas)\b)"),
    rule("bullying:insult", "bullying", "coragem ousa",
         r"\bcomo (?:alguem|uma|um|voce|video call|tu|ela|ele)(?: \S+){0,6}? " + _INS_PT
         + r"(?: \S+){0,5}? (?:tem coragem de|ousa|consegue) (?:falar|postar|abrir a boca|"
         r"existir)\b"),
    rule("bullying:exclusion", "bullying", "lugar pertence vinda some",
         r"\b(?:voce|video call|tu) nao (?:tem lugar|pertence|e bem vind[oa]) (?:aqui|nesse grupo|"
         r"neste grupo|no grupo|a esse grupo)\b|\bseu lugar nao e (?:aqui|nesse grupo)\b|"
         r"\bsome (?:daqui|do grupo)\b"),
]

# -- de ----------------------------------------------------------------------------
_INS_DE = (r"(?:fett|fette|fettes|fetter|dick|dicke|dickes|hasslich|hassliche|hassliches|"
           r"hasslicher|eklig|eklige|ekliges|dumm|dumme|dummes|peinlich|peinliche)")
RULES += [
    rule("bullying:exclusion", "bullying",
         "einig findet finden will wollen denkt denken meint meinen abgestimmt",
         r"\b(?:die ganze (?:gruppe|klasse|schule|stufe)|alle|wir alle|jeder|der ganze chat|die "
         r"gruppe)(?: \S+){0,4}? (?:ist sich einig|sind sich einig|findet|finden|will|wollen|denkt|"
         r"denken|meint|meinen|hat abgestimmt|haben abgestimmt)(?: \S+){0,2}? (?:dass )?(?:sie|er|"
         r"du) (?:\S+ )?(?:soll|sollte|solltest|sollst|muss|musst)(?: \S+){0,2}? (?:verschwinden|"
         r"abhauen|die schule wechseln|aus der gruppe|sterben|weg)\b"),
    rule("bullying:exclusion", "bullying", "verrotten",
         r"\b(?:lass|lasst) (?:sie|ihn) (?:doch |einfach |ruhig )?verrotten\b|\bsoll (?:sie|er) "
         r"(?:doch )?verrotten\b(?! im (?:knast|gefangnis))"),
    rule("bullying:exclusion", "bullying", "hingehorst gehorst platz klo",
         r"\b(?:geh|geht|bleib|verzieh dich)(?: \S+){0,6}? (?:da gehorst du hin|wo du hingehorst|da"
         r" ist dein platz|dahin wo du hingehorst)\b|\bgeh (?:zuruck )?(?:aufs|auf das|ins|auf die)"
         r" (?:klo|wc|toilette) (?:essen|heulen|weinen)\b"),
    rule("bullying:exclusion", "bullying", "gefragt",
         r"\bhat dich (?:hier )?(?:keiner|niemand) gefragt\b(?! (?:ob|wann|wo|was|wie|warum)\b)|"
         r"\b(?:keiner|niemand) hat dich (?:\S+ )?gefragt\b(?! (?:ob|wann|wo|was|wie|warum)\b)|"
         r"\b(?:keiner|niemand) (?:hier )?hat nach deiner meinung gefragt\b|"
         r"\bwer hat (?:dich|nach deiner meinung) gefragt\b(?! (?:ob|wann|wo|was|wie|warum)\b)"),
    rule("bullying:insult", "bullying", "reden sprechen posten schreiben existieren",
         r"\bwie kann (?:jemand|eine|einer|so eine?|man|sowas|so was)(?: \S+){0,5}? " + _INS_DE
         + r"(?: \S+){0,4}? (?:reden|sprechen|posten|schreiben|existieren)\b"),
    rule("bullying:exclusion", "bullying", "suchen verloren gehorst",
         r"\bdu hast (?:hier|in (?:dieser|der|unserer) gruppe) nichts (?:zu suchen|verloren)\b|"
         r"\bdu gehorst nicht (?:hierher|hier her|in (?:diese|unsere) gruppe)\b"),
]

# -- it ----------------------------------------------------------------------------
_INS_IT = (r"(?:grassa|grasso|brutta|brutto|cicciona|ciccione|schifosa|schifoso|cessa|cesso|"
           r"balena|vacca|sfigata|sfigato|scema|scemo|stupida|stupido|racchia)")
RULES += [
    rule("bullying:exclusion", "bullying",
         "daccordo pensa pensiamo vuole vogliamo dice votato",
         r"\b(?:tutto il gruppo|tutta la classe|tutti|tutta la scuola|il gruppo intero)"
         r"(?: \S+){0,3}? (?:e d'accordo|siamo d'accordo|pensa|pensiamo|vuole|vogliamo|dice|ha "
         r"votato|abbiamo votato)(?: che)? (?:lei |lui |tu )?(?:dovrebbe|dovresti|"
         r"deve|devi)(?: \S+)? (?:sparire|andarsene|andartene|uscire dal gruppo|cambiare scuola|"
         r"morire|scomparire)\b"),
    rule("bullying:exclusion", "bullying", "marcire crepare marcisca",
         r"\b(?:lasciala|lascialo|lasciatela|lasciatelo) (?:marcire|crepare)\b|\bche (?:marcisca)"
         r"\b(?! in (?:galera|prigione))"),
    rule("bullying:exclusion", "bullying", "posto bagno cesso",
         r"\b(?:torna|vai|resta|tornatene)(?: \S+){0,5}? (?:in bagno|nel bagno|ai bagni|nel cesso|"
         r"al cesso|nella spazzatura)(?: \S+){0,4}? (?:il tuo posto|dove stai bene|dove devi "
         r"stare)\b|\b(?:torna|vai) a (?:mangiare|piangere|nasconderti) (?:\S+ )?(?:in bagno|nel "
         r"bagno|ai bagni|nel cesso)\b"),
    rule("bullying:exclusion", "bullying", "chiesto domandato",
         r"\b(?:nessuno (?:qui |nel gruppo )?|chi )ti ha (?:chiesto|domandato)\b(?! (?:di|se|quando|"
         r"dove|cosa|perche|come)\b)"),
    rule("bullying:insult", "bullying", "osa osi permette permetti cosi tanto",
         r"\bcome (?:osa|osi|si permette|ti permetti)(?: \S+){0,6}? " + _INS_IT + r"\b|"
         r"\b(?:una|uno|un) (?:cosi|tanto) " + _INS_IT + r"(?: \S+){0,3}? (?:non dovrebbe|non "
         r"puo) (?:parlare|scrivere)\b"),
    rule("bullying:exclusion", "bullying", "centri benvenuta benvenuto",
         r"\bnon c'entri (?:niente|nulla) (?:in questo gruppo|qui|con noi)\b|\bnon sei (?:la |il )?"
         r"benvenut[oa] (?:qui|in questo gruppo)\b"),
]
