"""Indirect goodbyes to the chat that read as final (English, Spanish, French,
Portuguese, German, Italian; Russian, Turkish, Polish, Indonesian, Arabic,
Hindi and Chinese are in `selfharm_farewell_chat_langs.py`).

Why: "this is my last time logging on. thanks for being nice to me today,
tell the mods bye from me", "i won't be here next time, thank you all for
being kind to me, say bye to everyone for me" passed every rule (the learned
scorer held some, not all, and not in every language).  `selfharm_leaving.py`
holds the last log-on with "thanks everyone" or "love you all" in five
languages; these thank the group for how it *treated the writer* or leave a
goodbye to be passed on, which is how a child who does not mean to come back
says goodbye without saying why.  Two parts, in one message:

* **the writer's presence ending**: "this is my last time logging on / on
  here", "this is the last time you'll see me", "i won't be here next time /
  anymore", "you won't see me here again", "i'm not coming back", "es la
  última vez que me conecto", "vous ne me reverrez plus", "ihr werdet mich
  nicht mehr sehen";
* **thanks for kindness to the writer, or a goodbye handed on**: "thanks for
  being nice / kind to me", "you were all so kind to me", "thanks for
  everything", "tell the mods bye from me", "say bye to everyone for me",
  "díganle adiós a los moderadores de mi parte", "dites au revoir aux modos
  pour moi".

An ordinary absence names its limit or its reason, and then the message
passes: "today", "this week", "before the holidays" right after the first
part, or anywhere "see you", "next month", "be back", a birthday or turning
18, a move, a trip, the phone taken, the consultation or session ending
(`REASON`; "because" and exams are not reasons here: "because nobody
cares", "i failed my exams" are what a disclosure says; the offline frame of `frames_offline.py` also reads a reason
before the goodbye).  "tell the mods thanks from me, this was fun" and "i'm
leaving early today, bye everyone" have no first part.  Category self_harm,
always a hold (reason `self_harm:finality`).  Each rule is anchored at the
message start so the reason is looked for in the whole message, triggered
by the words of the first part and gated on those of the second.  Patterns
run on the phrase form ("won't" reads "will not", "i'm" "i am", Spanish and
Indonesian "ya" "you").
"""

from __future__ import annotations

from .rules import Rule, rule

# a limit right after the presence ending: "last time logging on today", "... before the holidays"
_LIMIT = (
    r"(?! (?:today|tonight|this (?:week|month|term|year|weekend)|for (?:now|a while|a bit|today|the "
    r"(?:week|summer|holidays?))|until|till|before|hoy|por hoy|esta semana|antes|hasta|aujourd'hui|"
    r"pour aujourd'hui|cette semaine|avant|jusqu'a|heute|fur heute|diese woche|vor|bis|oggi|per "
    r"oggi|questa settimana|prima|fino|hoje|por hoje|esta semana|ate|сегодня|на сегодня|на этои "
    r"неделе|до|bugun|bugunluk|bu hafta|dzis|na dzis|w tym tygodniu|przed|do|hari ini|minggu ini|"
    r"sebelum|sampai|اليوم|هالاسبوع|قبل|aaj|is hafte)\b)"
)
# an ordinary reason anywhere in the message (all languages: messages mix them)
REASON = (
    r"(?:see (?:you|ya|yall|everyone|y'all)|be back|(?:come|coming) back (?:next|on|in|soon|later)|"
    r"back (?:next|soon|in|on)|dentist|doctors?|appointment|orthodontist|sleepover|staying at|at my "
    r"(?:dad|mum|nan|gran|grandma|grandad|aunt|auntie|cousin|friend)'?s|next (?:week|month|year|"
    r"term|session|meeting|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|turning|turn "
    r"1[6-9]|birthday|moving|holidays?|vacation|trip|grounded|wifi|(?:taking|took|takes) my phone|"
    r"too old|aging out|age out|graduat\w*|summer|christmas|camp|new school|consultation|session|"
    r"council|course|program|programme|project|"
    # es pt
    r"nos vemos|hasta (?:luego|manana|pronto|la proxima)|vuelvo|volvere|cumplo|vacaciones|viaj\w*|"
    r"me mudo|mudanza|castigad\w*|dentista|medico|cita|campamento|entrenamiento|por ahora|por un "
    r"tiempo|la semana que viene|el mes que viene|consulta|ate (?:mais|logo|amanha|semana que vem)|"
    r"volto|voltarei|ferias|viagem|mudando|mudar|por enquanto|"
    # fr de it
    r"a (?:bientot|plus|demain|la semaine prochaine)|je reviens|je reviendrai|vacances|demenage\w*|"
    r"voyage|dentiste|medecin|rdv|colo|prive de|privee de|pour l'instant|pour le moment|bis (?:bald|"
    r"morgen|dann|nachste woche|nachsten monat)|komme (?:wieder|zuruck)|ferien|urlaub|umzug|reise|"
    r"zahnarzt|arzt|termin|klassenfahrt|ziehe um|vorerst|ci vediamo|a presto|torno presto|tornero "
    r"(?:presto|tra|a|dopo)|vacanz\w*|trasloco|viaggio|gita|dottore|per ora|"
    # ru tr pl id
    r"увидимся|до (?:встречи|завтра|свидания)|вернусь (?:через|после|в|на|к)|каникул\w*|переезж\w*|"
    r"поездк\w*|врач\w*|лагер\w*|отпуск\w*|пока что|gorusuruz|donecegim|donerim|tatil\w*|tasin\w*|"
    r"doktor|disci|kamp|gezi\w*|do zobaczenia|wroce (?:po|za|w|na)|wakacj\w*|przeprowadz\w*|"
    r"wycieczk\w*|lekarz\w*|dentyst\w*|oboz\w*|na razie|sampai jumpa|ketemu lagi|balik lagi|liburan|"
    r"pindah|dokter|mudik|kemah|untuk sementara|"
    # ar hi
    r"نشوفكم|بشوفكم|اشوفكم|راجع\S*|برجع|سفر|مسافر\S*|دكتور|طبيب|رحله|مخيم|phir milenge|milte hai|"
    r"wapas aa\w*|chutti|shift ho|nani|dadi|tuition)"
)


def farewell_rule(triggers: str, last: str, kind: str, requires: str, end: str = r"\b",
                  also_not: str = "") -> Rule:
    """The presence ending (`last`) with no limit right after it, thanks for
    kindness or a goodbye handed on (`kind`) anywhere in the message, and no
    ordinary reason anywhere (`end`: the boundary after a part; `also_not`:
    further reasons of a caller's own, looked for anywhere as written)."""
    further = rf"(?!.*(?:{also_not}))" if also_not else ""
    return rule(
        "self_harm:finality", "self_harm", triggers,
        rf"^(?!.*\b{REASON}{end}){further}(?=.*\b(?:{kind}){end}).*?\b(?:{last}){end}{_LIMIT}",
        framed="generic", requires=requires)


# -- en -------------------------------------------------------------------------------
_LAST_EN = (
    r"(?:this is|it is|its|this will be|today is|tonight is) (?:my|the) last (?:time|day|night) "
    r"(?:(?:that )?i (?:will |am going to )?(?:log|logging|come|coming|get|be|am|go|talk|chat|"
    r"write)(?: on| in| online| here| on here| to (?:you|you all|everyone))|logging (?:on|in)|on "
    r"here|here|online|coming on|(?:that )?(?:you|you all|you guys|anyone) (?:will |are going to "
    r")?(?:see|hear from) me|you'll see me|youll see me)|(?:this is|its|it is) my last (?:log ?on|"
    r"log ?in|message) (?:here|on here|ever)|i (?:will not|am not going to|am never going to|will "
    r"never) (?:be )?(?:here|on here|online|around|logging on|logging in|coming on|coming back|"
    r"back|come back) (?:next time|anymore|any more|again|ever again|after (?:today|tonight|this))|"
    r"(?:you|you all|yall|you guys|everyone) (?:will not|will never|are not going to|are never "
    r"going to) (?:see|hear from) me (?:on here |here |in here )?(?:again|anymore|any more|ever)|"
    r"i am not coming back(?: here| on here| again| ever)?|this is (?:my )?goodbye"
)
_KIND_EN = (
    r"(?:thanks|thank you|thank u|thx|ty)(?: all| everyone| guys| so much| all of you| yall| again)?"
    r" for (?:always |ever )?(?:being|having been|been) (?:so |really |always |very |such |"
    r"nothing but )?(?:nice|kind|good|sweet|lovely|there|patient|friendly|my friends?|friends "
    r"with me)|(?:thanks|thank you|thank u) (?:all |everyone |guys )?for (?:everything|listening "
    r"to me|talking to me|caring about me|putting up with me)|(?:you|you all|you guys|everyone) "
    r"(?:were|have been|was|are) (?:all )?(?:so |really |always |very |such )?(?:nice|kind|good|"
    r"lovely|sweet) to me|(?:tell|say) (?:bye|goodbye) to (?:everyone|everybody|the mods|the "
    r"moderators|all|them|the group|\w+) (?:for me|from me)|tell (?:the mods|the moderators|"
    r"everyone|everybody|them|the group|\w+) (?:i said )?(?:bye|goodbye)(?: for me| from me)?|say "
    r"(?:bye|goodbye) (?:for me|from me)"
)

# -- es pt ----------------------------------------------------------------------------
_LAST_ES = (
    r"(?:es|sera|esta es|hoy es) (?:la )?ultima vez que (?:me conecto|entro|escribo|estoy aqui|me "
    r"ven|me veran|hablo con ustedes|les escribo)|no (?:voy a estar|estare) (?:aqui|mas|la "
    r"proxima vez)|(?:you |ya )?no me (?:van a ver|veran|vuelven a ver) (?:mas|nunca mas|otra vez)|"
    r"no (?:voy a volver|vuelvo|volvere) (?:mas|a entrar|nunca|aqui)|(?:este es|es) mi ultimo "
    r"(?:mensaje|dia aqui)"
)
_KIND_ES = (
    r"gracias (?:a todos |chicos |chicas )?por (?:ser|haber sido) (?:tan |muy |siempre )?(?:buenos|"
    r"buenas|amables|lindos|lindas|buena onda|geniales)|gracias (?:a todos )?por (?:todo|"
    r"escucharme|tratarme (?:tan )?bien)|(?:fueron|han sido) (?:todos )?(?:muy |tan |siempre )?"
    r"(?:buenos|buenas|amables|lindos|lindas) conmigo|(?:diganle|digan|dile|diles|decile|decirle|"
    r"digale|digales) (?:adios|chao|bye)\b[^.!?]{0,30}?\bde mi parte|despidanme de|(?:saludos|"
    r"adios|chao) (?:a todos |a los mods |a los moderadores )?de mi parte"
)
_LAST_PT = (
    r"(?:e|eh|vai ser|esta e|essa e|hoje e) (?:a )?ultima vez que (?:eu )?(?:entro|apareco|falo "
    r"com voces|escrevo|voces me veem|voces vao me ver)|(?:nao|n) vou (?:estar|voltar) (?:mais|"
    r"aqui|na proxima)|(?:voces|vcs) nao (?:vao )?me (?:ver|veem|verao) mais|(?:nao|n) volto mais"
)
_KIND_PT = (
    r"obrigad[oa] (?:a todos |gente |galera )?(?:por|pelo) (?:serem|ser|terem sido|sempre serem) "
    r"(?:tao |muito |sempre )?(?:legais|gentis|bons|boas|queridos|fofos|bonzinhos)|obrigad[oa] "
    r"(?:a todos )?por tudo|(?:voces|vcs) (?:foram|sempre foram) (?:muito |tao )?(?:legais|gentis|"
    r"bons|boas) comigo|(?:deem|de|digam|diz|fala|falem|manda|mandem) (?:tchau|adeus) (?:pros|para "
    r"os|aos|pra|para|pro) (?:moderadores|mods|todos|galera|geral|pessoal) (?:por mim|da minha "
    r"parte)|(?:deem|digam|falem|mandem) (?:tchau|adeus) (?:por mim|da minha parte)|(?:tchau|adeus) "
    r"(?:pra todos |pros mods )?da minha parte"
)

# -- fr de it -------------------------------------------------------------------------
_LAST_FR = (
    r"(?:c'est|ce sera|cest) (?:la )?derniere fois que (?:je (?:me connecte|viens|suis la|vous parle|"
    r"vous ecris|passe)|vous me (?:voyez|verrez))|je (?:ne )?serai (?:plus|pas) la (?:la prochaine "
    r"fois|apres|desormais)|vous (?:ne )?me (?:verrez|reverrez) plus|je (?:ne )?reviendrai (?:plus|"
    r"jamais)"
)
_KIND_FR = (
    r"merci (?:a tous |a vous )?(?:d'avoir ete|pour avoir ete|d'etre) (?:si |tres |toujours |"
    r"tellement )?(?:gentils?|gentilles?|sympas?|adorables|bienveillants?)|merci (?:a tous )?pour "
    r"tout|vous avez (?:toujours )?ete (?:si |tres )?(?:gentils?|gentilles?|sympas?) avec moi|"
    r"dites (?:au revoir|adieu|bye|salut) (?:aux (?:modos|moderateurs|mods)|a tout le monde|a tous)"
    r" (?:pour moi|de ma part)|dites (?:aux modos|aux mods|a tout le monde) au revoir (?:pour moi|"
    r"de ma part)|(?:au revoir|adieu) (?:a tout le monde |aux modos )?de ma part"
)
_LAST_DE = (
    r"(?:das ist|es ist|heute ist) (?:das|mein) letzte(?:s)? mal (?:dass |das )?ich (?:mich )?"
    r"(?:einlogge|online bin|hier bin|reinkomme|schreibe|hier schreibe)|ich (?:werde|bin) (?:nicht "
    r"mehr|nie wieder) (?:hier|da|online)|ihr werdet mich (?:nie wieder|nicht mehr) (?:sehen|"
    r"horen)|ich komme (?:nicht|nie) (?:mehr )?(?:wieder|zuruck)"
)
_KIND_DE = (
    r"danke (?:euch )?(?:allen )?(?:dass|das) ihr (?:so |immer |echt )?(?:nett|lieb|freundlich|gut)"
    r" (?:zu mir )?(?:wart|gewesen seid|seid)|danke (?:euch )?fur alles|ihr wart (?:immer )?(?:so )?"
    r"(?:nett|lieb) zu mir|(?:sagt|sag) (?:den mods |den moderatoren |allen |euch )?(?:tschuss|auf "
    r"wiedersehen|bye|tschau|lebewohl) (?:von mir|fur mich)|(?:grusst|gruss) (?:die mods|die "
    r"moderatoren|alle) von mir|sagt (?:allen|den mods) (?:tschuss|bye) von mir"
)
_LAST_IT = (
    r"(?:e|sara|questa e) (?:l'ultima|la ultima) volta che (?:mi collego|entro|scrivo|mi vedete|vi "
    r"scrivo|sono qui)|non (?:saro|ci saro) (?:piu|la prossima volta)|non mi (?:vedrete|rivedrete) "
    r"piu|non (?:tornero|torno) piu"
)
_KIND_IT = (
    r"grazie (?:a tutti )?(?:per essere stati|di essere stati|per esser stati) (?:cosi |sempre |"
    r"molto )?(?:gentili|carini|buoni|dolci|simpatici)|grazie (?:a tutti )?(?:di|per) tutto|siete "
    r"stati (?:sempre |cosi |molto )?(?:gentili|carini|buoni) con me|salutate (?:i moderatori|i "
    r"mod|tutti) (?:da parte mia|per me)|(?:dite|dite ciao|salutatemi) (?:ciao |addio )?(?:ai "
    r"moderatori|ai mod|a tutti) (?:da parte mia|per me)|salutatemi (?:tutti|i mod|i moderatori)"
)

RULES: list[Rule] = [
    farewell_rule("last will wont coming goodbye", _LAST_EN, _KIND_EN,
                  requires="thanks thank thx ty kind nice sweet lovely good bye goodbye"),
    farewell_rule("ultima voy estare veran ver volver vuelvo volvere ultimo", _LAST_ES, _KIND_ES,
                  requires="gracias buenos buenas amables lindos lindas parte despidanme"),
    farewell_rule("ultima vou ver veem verao volto", _LAST_PT, _KIND_PT,
                  requires="obrigado obrigada legais gentis bons boas comigo tchau adeus parte"),
    farewell_rule("derniere serai verrez reverrez reviendrai", _LAST_FR, _KIND_FR,
                  requires="merci gentil gentils gentille gentilles sympa sympas moi part"),
    farewell_rule("letzte letztes werde bin werdet komme", _LAST_DE, _KIND_DE,
                  requires="danke nett lieb mir tschuss wiedersehen bye tschau lebewohl grusst "
                  "gruss"),
    farewell_rule("lultima ultima saro vedrete rivedrete tornero torno", _LAST_IT, _KIND_IT,
                  requires="grazie gentili carini buoni me mia salutate salutatemi"),
]
