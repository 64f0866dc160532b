"""When the reader's parents are away, asked "for safety": "what time do ur
parents usually get home? just wanna know when its safe for us to call 🙂",
"when is your mum at work? so we can video call", "¿a qué hora llegan tus
papás? para saber cuándo podemos hablar", "à quelle heure rentrent tes
parents ? pour savoir quand on peut s'appeler tranquille", "你爸妈几点回家？我想
知道什么时候打给你比较安全" (en es fr pt de it ru tr pl id ar hi zh).

Why: the question alone is everyday ("what time does your mum pick you up
from practice?"), and the contact-signal stage pairs it only when another
cue family hits.  What makes it grooming is the purpose given with it: the
writer and the reader talking, calling or video calling *then*, when it is
"safe", "without them knowing", "when nobody's around".  Two parts, in one
message:

* **the schedule of the reader's parents**: what time / when / how long /
  which days - your parents, mum, dad - get home, leave, work, are out or
  asleep ("a qué hora llegan tus papás", "wann arbeitet deine mutter",
  "во сколько твои родители приходят", "annen ne zaman işe gidiyor");
* **contact between the two of them with it**: "so we can call", "when it's
  safe", "without them knowing", "when no one's home", "para saber cuándo
  podemos hablar", "sans qu'elle sache", "чтобы никто не узнал".

It passes when the message is about something else the parents are needed
for, or is a lesson or a report: pickups, a project or homework at the
reader's place, a sleepover, calling the parents themselves ("so i can call
them"), a teacher's question, "we learned that groomers ask ...", "if someone
asks ...", blocking and reporting.  Category grooming, reason
`grooming:parents_away`.  Each rule is anchored at the message start (its
look-aheads read the whole message), triggered by the parent words and gated
on the contact words (`requires`); `framed=False`, the exclusions are its
own.  Patterns run on the phrase form ("ur" reads "your", "mom" "mum", "vc"
"video call", Russian й и, Arabic ى ي); Chinese on the normalised text.
"""

from __future__ import annotations

from .packs.hi._script import _DE, _n, _triggers
from .packs.zh import zrule
from .rules import Rule, rule


def away_rule(triggers: str, question: str, contact: str, other: str, requires: str = "",
              end: str = r"\b") -> Rule:
    """The parents' schedule asked, contact between writer and reader
    anywhere in the message, and no `other` purpose, lesson or report."""
    return rule(
        "grooming:parents_away", "grooming", triggers,
        rf"^(?!.*\b(?:{other}){end})(?=.*\b(?:{contact}){end}).*?\b(?:{question}){end}",
        framed=False, requires=requires)


def _ask(when: str, who: str, verb: str, gap: int = 40) -> str:
    """A question word and the parent within `gap` characters of each other in
    one sentence, either order, with a verb of coming, going or working after
    the question word."""
    return (rf"(?:{when})\b(?=[^.!?]{{0,60}}?\b(?:{verb})\b)[^.!?]{{0,{gap}}}?\b(?:{who})|"
            rf"(?:{who})\b[^.!?]{{0,{gap}}}?\b(?:{when})\b(?=[^.!?]{{0,40}}?\b(?:{verb})\b)")


# -- en -------------------------------------------------------------------------------
_WHO_EN = (
    r"your (?:parents|mum|dad|mother|father|folks|family|mum and dad|stepdad|step dad|stepmum|step "
    r"mum|guardians?|nan|gran|grandma)"
)
_VERB_EN = (
    r"home|back|work|works|working|out|away|gone|leave|leaves|go|goes|shift|shifts|asleep|bed|"
    r"sleep|sleeps|late|office"
)
_Q_EN = (
    _ask(r"what time|when|how late|how long|what days|which days|what nights|till what time|"
         r"until when|how often", _WHO_EN, _VERB_EN)
    + r"|when " + _WHO_EN + r" (?:are|is|go|goes|leave|leaves|get|gets) (?:out|away|at work|to "
    r"work|gone|asleep|to bed|to sleep|working)"
)
_CONTACT_EN = (
    r"(?:we|i|you and me|you and i) (?:can|could|are able to|will be able to|would be able to) "
    r"(?:call|talk|chat|text|facetime|video call|skype|message|snap)"
    r"(?! (?:them|her|him|your|to them|to her|to him|with them|with her|with him)\b)|"
    r"(?:its|it is|it's|be) safe(?: for (?:us|me|you))?(?: to (?:call|talk|text|chat|facetime|"
    r"video call|message|meet))?|without (?:them|anyone|your (?:parents|mum|dad)|her|him) "
    r"(?:knowing|finding out|seeing|hearing|noticing)|when (?:nobody|no one|noone|no ones|"
    r"nobody's|nobodys|no one's) (?:is )?(?:around|home|there|in|watching|listening)|"
    r"(?:call|text|facetime|video call|message) (?:you|me) (?:when|while|then)\b"
)
_OTHER_EN = (
    r"pick (?:you|me|us) up|picks (?:you|me|us) up|picking (?:you|me|us) up|practice|project|"
    r"homework|sleepover|party|playdate|ask (?:them|your|her|him)|call them|talk to them|tell "
    r"her|tell him|teacher|mrs|sir|school trip|we (?:learned|learnt|were taught)|groomers?|"
    r"predators?|strangers?|if (?:someone|somebody|a stranger|anyone|a guy|a man|an adult)|"
    r"block|blocked|report|reported|told my|asked me"
)

# -- es pt ----------------------------------------------------------------------------
_Q_ES = _ask(
    r"a que hora|cuando|hasta que hora|que dias|cuanto tiempo|a que horas",
    r"tus (?:papas|padres|viejos|jefes)|tu (?:mama|papa|madre|padre|familia|vieja|viejo|jefa)",
    r"llegan|llega|vuelven|vuelve|regresan|regresa|salen|sale|trabaja|trabajan|estan|esta|se van|"
    r"se va|va|van|duermen|duerme|fuera|casa|trabajo")
_CONTACT_ES = (
    r"(?:podemos|podamos|poder|puedo|pueda|podriamos) (?:hablar|llamarte|llamarnos|llamar|hacer "
    r"(?:una )?videollamada|videollamada|vernos|escribirte|chatear|hacer (?:una )?llamada|"
    r"facetime)|(?:es|sea|este|estara) seguro|sin que (?:se entere|se enteren|sepa|sepan|nos "
    r"vean|nos escuchen|nadie sepa|lo sepan)|cuando no (?:hay|haya|este) nadie"
)
_OTHER_ES = (
    r"te (?:recoge|recogen|busca|buscan)|recogerte|proyecto|tarea|deberes|pijamada|fiesta|hablar "
    r"con (?:ellos|ella|el|tus|tu)|llamarlos|llamarla|profe|profesora|profesor|aprendimos|si "
    r"(?:alguien|un desconocido|un adulto)|bloquee|denuncie|reporte|me pregunto"
)
_Q_PT = _ask(
    r"que horas|quando|ate que horas|quais dias|quanto tempo",
    r"(?:seus|teus) (?:pais|coroas)|(?:sua|tua) (?:mae|familia|coroa)|(?:seu|teu) (?:pai|coroa)",
    r"chegam|chega|voltam|volta|saem|sai|trabalha|trabalham|estao|esta|ta|tao|dormem|dorme|fora|"
    r"casa|ficam|fica|trabalho|vai|vao")
_CONTACT_PT = (
    r"(?:a gente|nos|eu) (?:pode|podemos|posso|consegue|poder) (?:conversar|falar|ligar|te ligar|"
    r"chamar|fazer (?:uma )?(?:chamada|videochamada|ligacao)|se ver|teclar)|(?:e|esta|ta|for|fica) "
    r"seguro|sem (?:eles|ela|ele|ninguem|seus pais) (?:saber|saberem|ver|verem|ouvir|perceber)|"
    r"quando nao (?:tem|tiver) ninguem"
)
_OTHER_PT = (
    r"te (?:busca|buscam|pega|pegam)|trabalho de escola|projeto|licao|dever|festa do pijama|festa|"
    r"falar com (?:eles|ela|ele|seus|sua|seu)|ligar pra (?:eles|ela|ele)|professor|professora|"
    r"aprendemos|se (?:alguem|um estranho|um adulto)|bloqueei|denunciei|me perguntou"
)

# -- fr de it -------------------------------------------------------------------------
_Q_FR = _ask(
    r"a quelle heure|quand|jusqu'a quelle heure|quels jours|combien de temps",
    r"tes (?:parents|darons|vieux)|ta (?:mere|daronne|famille|maman)|ton (?:pere|daron|papa)",
    r"rentrent|rentre|partent|part|travaille|travaillent|sont|est|reviennent|revient|dorment|dort|"
    r"sortent|sort|absents?|absente|travail|maison|boulot")
_CONTACT_FR = (
    r"(?:on (?:peut|pourra|puisse|pourrait)|je (?:peux|pourrai|puisse|pourrais)) (?:s'appeler|"
    r"t'appeler|parler|se parler|faire (?:un )?facetime|faire un appel|se voir|discuter|s'ecrire|"
    r"t'ecrire|facetime)|sans (?:qu'ils|qu'elle|qu'il|que personne) (?:le )?(?:sache|sachent|"
    r"entende|entendent|voie|voient)|quand (?:il n'y a|il y a|y a) personne|(?:c'est|ca sera|ce "
    r"sera) (?:safe|sans risque)"
)
_OTHER_FR = (
    r"te (?:chercher|cherche|recupere|recuperer)|expose|projet|devoirs|soiree pyjama|fete|les "
    r"appeler|l'appeler|leur parler|lui parler|prof|on a appris|si (?:quelqu'un|un inconnu|un "
    r"adulte)|bloque|signale|m'a demande"
)
_Q_DE = _ask(
    r"wann|um wie viel uhr|um wieviel uhr|bis wann|an welchen tagen|wie lange",
    r"deine (?:eltern|mutter|mama|familie)|dein (?:vater|papa)",
    r"kommen|kommt|hause|zuhause|arbeiten|arbeitet|weg|unterwegs|gehen|geht|schlafen|schlaft|"
    r"arbeit|schicht|fahren|fahrt")
_CONTACT_DE = (
    r"(?:wir|ich) (?:sicher |ungestort |in ruhe |heimlich )?(?:telefonieren|reden|schreiben|"
    r"facetimen|videochatten|dich anrufen|anrufen|quatschen|callen) (?:konnen|kann)|(?:konnen|kann) "
    r"(?:wir|ich) (?:dann )?(?:sicher |ungestort |in ruhe |heimlich )?(?:telefonieren|reden|"
    r"facetimen|videochatten|dich anrufen|quatschen|callen)|ohne dass (?:sie|er|die|jemand|es "
    r"jemand) (?:es )?(?:merkt|merken|mitbekommt|mitbekommen|weiss|wissen|hort|horen)|wenn (?:keiner|"
    r"niemand) (?:da|zuhause|zu hause) ist|wann es sicher ist"
)
_OTHER_DE = (
    r"abholen|holt dich|projekt|hausaufgaben|ubernachtung|party|lernen|sie anrufen|mit ihnen "
    r"reden|lehrer|lehrerin|gelernt|wenn (?:jemand|ein fremder|ein erwachsener)|blockiert|"
    r"gemeldet|hat mich gefragt"
)
_Q_IT = _ask(
    r"a che ora|quando|fino a che ora|che giorni|quanto tempo",
    r"i tuoi(?: genitori)?|tua (?:madre|mamma|famiglia)|tuo (?:padre|papa)",
    r"tornano|torna|escono|esce|lavora|lavorano|sono|e|rientrano|rientra|dormono|dorme|fuori|casa|"
    r"vanno|va|lavoro")
_CONTACT_IT = (
    r"(?:possiamo|posso|potremo|potremmo) (?:sentirci|parlare|chiamarti|chiamarci|videochiamarci|"
    r"fare una videochiamata|scriverci|vederci)|(?:quando|se) (?:e|sia) sicuro|senza che (?:lo )?"
    r"(?:sappia|sappiano|senta|sentano|veda|vedano|nessuno)|quando non c'e nessuno"
)
_OTHER_IT = (
    r"a prenderti|ti prende|ti vengono a prendere|progetto|compiti|pigiama party|festa|parlare con "
    r"(?:loro|lei|lui)|chiamarli|chiamarla|prof|professore|professoressa|abbiamo imparato|se "
    r"(?:qualcuno|uno sconosciuto|un adulto)|bloccato|segnalato|mi ha chiesto"
)

# -- ru tr pl id ----------------------------------------------------------------------
_Q_RU = _ask(
    r"во сколько|когда|до скольки|в какие дни|надолго|как долго",
    r"твои (?:родители|предки|папа|отец)|твоя (?:мама|мать|семья)|родители|мама",
    r"приходят|приходит|возвращаются|возвращается|уходят|уходит|работают|работает|дома|работе|"
    r"работу|спят|спит|уезжают|уезжает|придут|придет|вернутся|вернется")
_CONTACT_RU = (
    r"(?:можно|мы можем|я могу|безопасно|мы могли|можно было) (?:будет )?(?:созвониться|"
    r"созваниваться|звонить|позвонить|поговорить|говорить|переписываться|видеозвонок)|когда "
    r"(?:можно|безопасно)|чтобы (?:никто|они|она|он) не (?:узнал\w*|услышал\w*|увидел\w*)|когда "
    r"никого нет"
)
_OTHER_RU = (
    r"забирает|заберет|забрать|проект|домашк\w*|ночевк\w*|вечеринк\w*|позвонить им|поговорить с "
    r"ними|учител\w*|нас учили|если (?:кто|незнаком|взросл)|заблокир\w*|пожаловал\w*|спросил меня"
)
_Q_TR = (
    r"(?:ailen|annen|baban|annenler|annenle baban|ebeveynlerin|anne baban)\b[^.!?]{0,30}?\b(?:saat "
    r"kacta|ne zaman|kacta|hangi gunler|kaca kadar|ne kadar)"
)
_CONTACT_TR = (
    r"ne zaman (?:konusabilecegimizi|konusabilecegimi|arayabilecegimi|konusabiliriz|arayabilirim|"
    r"gorusebilecegimizi)|(?:rahat|rahatca|guvenle|guvenli) (?:konusalim|konusabilelim|"
    r"konusabiliriz|konusuruz|konusmak|arayayim|ararim|gorusuruz)|(?:o zaman|o saatte|o saatlerde) "
    r"(?:konusuruz|ararim|goruntulu (?:ararim|konusuruz)|gorusuruz)|kimse (?:duymadan|bilmeden|"
    r"gormeden)|evde kimse yokken"
)
_OTHER_TR = (
    r"seni (?:almaya|alacak)|proje|odev\w*|pijama partisi|parti|onlarla konus\w*|onlari ara\w*|"
    r"ogretmen\w*|ogrendik|eger (?:biri|bir yabanci)|engelle\w*|sikayet\w*|bana sordu"
)
_Q_PL = _ask(
    r"o ktorej|kiedy|do ktorej|w jakie dni|jak dlugo",
    r"twoi (?:rodzice|starzy)|twoja (?:mama|matka|rodzina)|twoj (?:tata|ojciec)|rodzice|mama",
    r"wracaja|wraca|wychodza|wychodzi|pracuja|pracuje|sa|jest|pracy|domu|spia|spi|wyjezdzaja|"
    r"wyjezdza|beda|bedzie")
_CONTACT_PL = (
    r"(?:mozemy|moge|mozna|mogli|mogla|mogl) (?:bezpiecznie |spokojnie )?(?:pogadac|rozmawiac|"
    r"zadzwonic|porozmawiac|dzwonic|pisac|zrobic wideo)|(?:bezpiecznie|spokojnie) (?:pogadac|"
    r"porozmawiac|zadzwonic)|zeby (?:nikt|oni|ona|on) (?:sie )?nie (?:dowiedzial\w*|uslyszal\w*)|"
    r"jak nikogo nie ma"
)
_OTHER_PL = (
    r"odbiera|odebrac|projekt|zadanie|lekcje|nocowanie|impreza|zadzwonic do nich|pogadac z nimi|"
    r"nauczyciel\w*|uczyli nas|jesli (?:ktos|obcy|dorosly)|zablokowal\w*|zglosil\w*|zapytal mnie"
)
_WHO_ID = (
    r"(?:ortu|orang ?tua|mama|papa|ibu|ayah|nyokap|bokap|mamah|papah|mamak|bapak)(?: (?:kamu|mu|lu|"
    r"lo|km|elo)|mu)"
)
_Q_ID = (
    r"(?:jam berapa|kapan|sampai jam berapa|hari apa)\b[^.!?]{0,30}?\b" + _WHO_ID + r"|" + _WHO_ID
    + r"\b[^.!?]{0,30}?\b(?:jam berapa|kapan|sampai jam berapa|hari apa)"
)
_CONTACT_ID = (
    r"(?:biar|supaya|jadi|pas) (?:aku|gue|gw|kita) (?:tau|tahu) kapan (?:aman|bisa)|kapan (?:aman|"
    r"bisa aman)|(?:biar|supaya|jadi) (?:kita|aku|gue|gw) (?:bisa )?(?:telponan|teleponan|video call|"
    r"vcan|nelpon|ngobrol|chatan)|(?:dengan|dgn|secara) (?:aman|tenang|bebas)|tanpa (?:mereka|dia|"
    r"ketahuan|ada yang tau)|pas (?:ga|gak|nggak) ada (?:orang|siapa siapa)"
)
_OTHER_ID = (
    r"jemput|dijemput|tugas|kerja kelompok|pr|nginep|pesta|ngomong sama (?:mereka|dia)|nelpon "
    r"(?:mereka|dia)|guru|kita belajar|(?:kalau|kalo) (?:ada orang|orang asing)|blokir\w*|lapor\w*|"
    r"nanya ke aku"
)

# -- ar hi ----------------------------------------------------------------------------
_Q_AR = (
    r"(?:متي|امتي|ايمتي|الساعه كم|كم الساعه|اي ساعه|لامتي|لوقتيش|اي وقت)\b[^.!?]{0,30}?\b(?:اهلك|امك|"
    r"ابوك|والديك|اهلك|ماما|بابا)|(?:اهلك|امك|ابوك|والديك)\b[^.!?]{0,30}?\b(?:متي|امتي|ايمتي|الساعه "
    r"كم|كم الساعه|اي ساعه|لامتي|اي وقت)"
)
_CONTACT_AR = (
    r"(?:عشان|علشان|حتي|لكي|كي|مشان|منشان) (?:اعرف|نعرف) (?:متي|امتي|وقت|اي وقت)|(?:عشان|علشان|حتي|"
    r"مشان|منشان) (?:نقدر )?(?:نتكلم|نحكي|نتصل|نعمل مكالمه|اكلمك|اتصل فيك|اتصل عليك|نتواصل)|"
    r"بدون ما (?:حد|احد|يعرفوا|يدروا|يسمعوا|تعرف|يعرف)|لما (?:ما يكون|مافي|ما في) حد"
)
_OTHER_AR = (
    r"توصيل|يوصلك|يجيبك|مشروع|واجب|حفله|اكلمهم|اتصل فيهم|تحكي معهم|المعلم\S*|الاستاذ\S*|تعلمنا|"
    r"اذا (?:حد|واحد|شخص)|بلوك|بلغت|سالني"
)
_WHO_HL = (
    r"(?:tumhare|tere|aapke|tumhari|teri|aapki) (?:mummy papa|mummy|papa|mom dad|parents|ghar wale|"
    r"gharwale|maa|mom|dad|mumma)"
)
_Q_HL = (
    r"(?:kitne baje|kab|kab tak|kis din)\b[^.!?]{0,30}?\b" + _WHO_HL + r"|" + _WHO_HL
    + r"\b[^.!?]{0,30}?\b(?:kitne baje|kab|kab tak|kis din)"
)
_CONTACT_HL = (
    r"(?:kab) (?:safe|theek|sahi) (?:hai|ho|rahega)|(?:taaki|taki|jisse|jis se) (?:hum|ham|main|mai) "
    r"(?:aaram se |araam se |safe |chupke se )?(?:call|baat|video call) (?:kar sake|kar saku|kar "
    r"sakein|kar paye|kar paaye|kar sakte)|bina (?:unke|kisi ke) (?:jaane|pata chale)|jab koi "
    r"(?:nahi|nhi) (?:ho|hota|hai|hoga)"
)
_OTHER_HL = (
    r"lene aate|lene aati|pick karne|project|homework|party|unse baat|unko call|teacher|sir|ma'am|"
    r"humne seekha|agar koi|block|report|mujhse pucha"
)
_Q_DEV = _n(
    r"(?:तुम्हारे|तेरे|आपके|तुम्हारी|तेरी|आपकी) (?:मम्मी पापा|मम्मी|पापा|माता पिता|घरवाले|मां|माँ)"
    r"[^.!?]{0,30}?(?:कितने बजे|कब)"
)
_CONTACT_DEV = _n(
    r"(?:ताकि|जिससे) (?:हम|मैं) (?:आराम से |चुपके से )?(?:कॉल|बात|वीडियो कॉल) कर|बिना (?:उनके|किसी के) "
    r"(?:जाने|पता चले)|जब कोई नहीं"
)
_OTHER_DEV = _n(r"लेने आ|प्रोजेक्ट|होमवर्क|पार्टी|उनसे बात|टीचर|अगर कोई|ब्लॉक|रिपोर्ट")

# -- zh (normalised text, unspaced) -----------------------------------------------------
_ZH = (
    r"^(?!.*(?:接你|作业|项目|派对|聚会|给他们打|跟他们说|老师|我们学|如果有人|陌生人|拉黑|举报|问我))"
    r"(?=.*(?:(?:我们|我)(?:就)?(?:可以|能|才能|好)(?:打电话|视频|通话|聊天|打给你|语音)|(?:比较|更|才)?"
    r"(?:安全|方便)|不(?:会)?被(?:他们|你爸妈|你父母|你妈|你爸|发现)|(?:没人|家里没人)的时候))"
    r".*?你的?(?:爸妈|爸爸|妈妈|父母|家长|家里人|爸|妈)(?:一般|通常|平时|每天)?(?:几点|什么时候|哪天|"
    r"几号)(?:回家|回来|下班|上班|出门|不在家|睡觉|睡|出去|走)"
)

RULES: list[Rule] = [
    away_rule("parents mum dad mother father folks family stepdad stepmum guardian guardians nan "
              "gran grandma",
              _Q_EN, _CONTACT_EN, _OTHER_EN,
              requires="call talk chat text facetime video skype message snap safe "
              "knowing finding seeing hearing noticing nobody no noone nobody's nobodys"),
    away_rule("papas padres viejos jefes mama papa madre padre familia vieja viejo jefa",
              _Q_ES, _CONTACT_ES, _OTHER_ES,
              requires="hablar llamarte llamarnos llamar videollamada vernos escribirte chatear "
              "llamada facetime seguro entere enteren sepa sepan vean escuchen nadie"),
    away_rule("pais coroas mae familia coroa pai",
              _Q_PT, _CONTACT_PT, _OTHER_PT,
              requires="conversar falar ligar chamar chamada videochamada ligacao ver teclar "
              "seguro saber saberem verem ouvir perceber ninguem"),
    away_rule("parents darons vieux mere daronne famille maman pere daron papa",
              _Q_FR, _CONTACT_FR, _OTHER_FR,
              requires="sappeler tappeler parler discuter secrire tecrire facetime appel voir "
              "sache sachent entende entendent voie voient personne safe risque"),
    away_rule("eltern mutter mama familie vater papa",
              _Q_DE, _CONTACT_DE, _OTHER_DE,
              requires="telefonieren reden schreiben facetimen videochatten anrufen quatschen callen "
              "merkt merken mitbekommt mitbekommen weiss wissen hort horen keiner niemand sicher"),
    away_rule("tuoi genitori madre mamma famiglia padre papa",
              _Q_IT, _CONTACT_IT, _OTHER_IT,
              requires="sentirci parlare chiamarti chiamarci videochiamarci videochiamata "
              "scriverci vederci sicuro sappia sappiano senta sentano veda vedano nessuno"),
    away_rule("родители предки папа отец мама мать семья",
              _Q_RU, _CONTACT_RU, _OTHER_RU,
              requires="созвониться созваниваться звонить позвонить поговорить говорить "
              "переписываться видеозвонок можно безопасно никто они она он никого"),
    away_rule("ailen annen baban annenler ebeveynlerin anne",
              _Q_TR, _CONTACT_TR, _OTHER_TR,
              requires="konusabilecegimizi konusabilecegimi arayabilecegimi konusabiliriz "
              "arayabilirim gorusebilecegimizi rahat rahatca guvenle guvenli konusuruz ararim "
              "gorusuruz kimse"),
    away_rule("rodzice starzy mama matka rodzina tata ojciec",
              _Q_PL, _CONTACT_PL, _OTHER_PL,
              requires="pogadac rozmawiac zadzwonic porozmawiac dzwonic pisac wideo bezpiecznie "
              "spokojnie nikt nikogo"),
    away_rule("ortu orang tua mama papa ibu ayah nyokap bokap mamah papah mamak bapak mamamu "
              "papamu ibumu ayahmu ortumu",
              _Q_ID, _CONTACT_ID, _OTHER_ID,
              requires="tau tahu aman telponan teleponan video vcan nelpon ngobrol chatan tenang "
              "bebas tanpa ada"),
    away_rule("اهلك امك ابوك والديك ماما بابا",
              _Q_AR, _CONTACT_AR, _OTHER_AR,
              requires="اعرف نعرف نتكلم نحكي نتصل مكالمه اكلمك اتصل نتواصل بدون لما"),
    away_rule("mummy papa mom dad parents wale gharwale maa mumma",
              _Q_HL, _CONTACT_HL, _OTHER_HL,
              requires="safe theek sahi call baat video bina koi"),
    away_rule(_triggers("मम्मी पापा माता घरवाले मां माँ"), _Q_DEV, _CONTACT_DEV, _OTHER_DEV,
              requires=_triggers("कॉल बात बिना कोई"), end=_DE),
    zrule("grooming:parents_away", "grooming", "爸 妈 父母 家长 家里人", _ZH, framed=False),
]
