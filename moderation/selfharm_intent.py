"""Intent shown by acts: checking a method or its access, risky acts left to
fate, and a plan with a day followed by a thank-you that sounds like a
goodbye.

Why: a blind evaluation found these missed ("sto cercando su google quanti
piani servono per non sbagliare", "checked if the roof door is locked. its
not", "我查了一下楼顶的门是不是锁着的，没锁", "gonna walk on the train tracks
tonight with headphones in and see what happens", "bebi a garrafa de vodka do
meu pai sozinha pra ver se eu apagava de vez", "bu gece denize açılacağım,
geri yüzmeyi düşünmüyorum", "ya tengo todo pensado para el viernes, solo
quería decir que fue lindo hablar con ustedes").  Each rule pairs two cue
families, in ten or so languages:

* **how many floors are needed** + a "to be sure / not to fail" or a jump:
  "how many floors does the new mall have" has neither;
* **checking a way up or a means is not locked**: a check verb, a roof door
  / gun cabinet / medicine cabinet, and the finding that it is open.  A
  front door or someone else checking passes;
* **a dangerous place left to fate**: the train tracks / the motorway / the
  roof edge + "see what happens" (a coin on the tracks, games and models
  pass);
* **passing out for good** ("apagar de vez", "pass out for good");
* **swimming out and not back** (not "until dinner");
* **everything planned for a day + a goodbye-ish thanks** ("just wanted to
  say it was nice talking to you"); a party, trip or exam named in the plan
  passes.

Patterns run on the phrase form (Spanish "ya" reads "you").
"""

from __future__ import annotations

from .rules import Rule, rule

_FLOORS = (
    r"(?:how many (?:floors|storeys|stories)|quanti piani|cuantos pisos|combien d'etages|wie viele "
    r"(?:stockwerke|etagen|stockwerken|stock)|quantos andares|сколько этажей|kac kat|ile pieter|berapa "
    r"lantai|kitni manzil|kitne floor)"
)
_SURE = (
    r"(?:to be sure|to make sure|for sure|to not fail|not to fail|so it works|to not survive|not to "
    r"survive|to jump|to fall|jump|fall from|per non sbagliare|per essere sicur[oa]|per andare sul "
    r"sicuro|per (?:non )?sopravvivere|para no fallar|para asegurar\w*|para estar segur[oa]|para no "
    r"sobrevivir|pour etre sur[e]?|pour ne pas (?:rater|se rater|me rater|survivre)|damit es (?:sicher )?"
    r"(?:klappt|reicht)|um sicher zu (?:sein|gehen)|sicher|nicht zu uberleben|(?:pra|para) nao (?:dar "
    r"errado|falhar|sobreviver)|pra ter certeza|чтобы наверняка|наверняка|чтобы точно|чтобы не выжить|"
    r"garanti|emin olmak icin|zeby na pewno|na pewno|biar pasti|pakka|saltar|sauter|springen|saltare|"
    r"pular|прыгнуть|atlamak|skoczyc|lompat)"
)
_NEED = (
    r"(?:do you need|you need|is enough|are enough|would be enough|does it take|it takes|would it take|"
    r"servono|bastano|ci vogliono|serve|hacen falta|se necesitan|bastan|son suficientes|il faut|faut il|"
    r"suffisent|braucht man|man braucht|reichen|precisa|precisam|sao precisos|bastam|нужно|надо|хватит|"
    r"достаточно|yeterli|gerekir|lazim|wystarczy|trzeba|potrzeba|cukup|chahiye|kaafi)"
)
_CHECK = (
    r"(?<!mum )(?<!dad )(?<!he )(?<!she )(?<!they )(?<!we )(?:checked|checking|tried|found out|noticed|"
    r"went to see|revise|mire|comprobe|fui a ver|verifie|regarde|alle voir|allee voir|geschaut|gecheckt|"
    r"nachgesehen|gepruft|probiert|controllato|guardato|andata a vedere|andato a vedere|verifiquei|"
    r"olhei|fui ver|chequei|testei|проверил\w*|посмотрел\w*|kontrol ettim|baktim|ngecek|cek|check kiya)"
)
_ACCESS = (
    r"(?:(?:roof|rooftop|roof top|attic)(?: access)? (?:door|hatch|gate)|door (?:to|onto|on) the roof|"
    r"(?:gun|guns|rifle) (?:cabinet|safe|case|locker)|(?:medicine|meds|pill|pills) (?:cabinet|cupboard|"
    r"box|drawer)|puerta (?:de|a) la azotea|puerta del (?:tejado|techo)|porte du toit|porte (?:de la|"
    r"vers la) terrasse|tur zum dach|dachtur|dachluke|waffenschrank|porta del tetto|porta (?:della|"
    r"sulla) terrazza|porta do (?:telhado|terraco)|дверь на крышу|люк на крышу|cati kapisi|pintu "
    r"(?:ke )?atap|chhat ka darwaza)"
)
_OPEN = (
    r"(?:(?:it|is|was|its|it is|it was) not(?: locked)?(?= ?(?:[.!?,]|$|anymore|any more|lol))|"
    r"unlocked|not locked|(?:is|was|its|left|wide) open|(?:do not|does not|never) (?:lock|get locked)|"
    r"no (?:esta|estaba) cerrada|(?:esta|estaba) abierta|(?:n'est|n'etait|est|etait) pas fermee|"
    r"(?:est|etait) ouverte|nicht (?:abgeschlossen|verschlossen|zu)|(?:ist|war) offen|non (?:e|era) "
    r"chiusa|(?:e|era) aperta|nao (?:esta|estava|ta) trancada|(?:esta|estava|ta) aberta|не заперта|"
    r"открыта|kilitli degil|acik|tidak dikunci|(?:ga|gak) dikunci|kebuka|khula)"
)
_DANGER = (
    r"(?<!coin on )(?<!penny on )(?<!coin on the )(?<!penny on the )(?<!coins on the )(?<!model )"
    r"(?<!toy )(?<!lego )(?:train tracks|railway tracks|rail "
    r"tracks|the tracks|railway line|the rails|motorway|highway|freeway|vias del tren|las vias|les rails|"
    r"voie ferree|gleise|gleisen|bahngleise|schienen|binari|trilhos|linha do trem|рельсам|рельсах|"
    r"рельсы|железной дороге|raylarin|raylarda|rel kereta|rel|patri|edge of the roof|roof edge|borde de "
    r"la azotea|bord du toit|dachkante|bordo del tetto|beira do telhado|краю крыши)"
)
_FATE = (
    r"(?:see what happens|see if anything happens|whatever happens|let fate decide|leave it to fate|"
    r"(?:a )?ver que pasa|lo que pase|on verra(?: bien| ce qui se passe)?|advienne que pourra|mal sehen"
    r"(?: was passiert)?|schauen was passiert|egal was passiert|vediamo (?:che|cosa) succede|quel che "
    r"succede|(?:pra|para) ver o que acontece|seja o que deus quiser|o que acontecer|посмотрим,? что "
    r"будет|будь что будет|ne olursa olsun|bakalim ne olacak|liat aja nanti|liat apa yang terjadi|"
    r"dekhte hain kya hota hai|jo hoga dekha jayega)"
)
_GAME = r"(?![^.!?]{0,120}\b(?:gta|game|minecraft|roblox|fortnite|sims|simulator|lego|model|toy)\b)"
_SWIM = (
    r"(?:swim|swimming|swam|nadar|nadando|nager|schwimmen|schwimme|rausschwimmen|nuotare|nuoto|плыть|"
    r"поплыву|заплыву|уплыву|denize|yuzmeyi|yuzecegim|berenang|tairna|tairne)"
)
_NO_RETURN = (
    r"(?:not (?:planning (?:on|to) )?(?:swim|swimming|come|coming|go|going) back|never (?:swim|swimming|"
    r"come|coming) back|no (?:pienso|voy a|quiero) volver|sin volver|nao (?:pretendo|vou|penso em|"
    r"quero) voltar|sem voltar|sans (?:revenir|retour)|(?:ne pas|pas) revenir|nicht (?:mehr )?"
    r"zuruck(?:schwimmen|kommen)?|senza tornare|non (?:tornare|torno|tornero)|не (?:вернусь|"
    r"возвращаться|поплыву обратно)|geri (?:yuzmeyi|donmeyi|gelmeyi) (?:dusunmuyorum|planlamiyorum)|"
    r"geri (?:donmeyecegim|yuzmeyecegim|gelmeyecegim)|(?:ga|gak|tidak|nggak) (?:balik|kembali) lagi|"
    r"wapas nahi (?:aaungi|aaunga|aungi|aunga))(?! (?:until|till|before|hasta|avant|bis|fino|ate|до)\b)"
)
_PLAN = (
    r"(?:(?:i have|i got|got) (?:it |everything |all )?(?:all )?(?:planned|figured out|worked out|ready|"
    r"thought out|sorted)|everything(?: is|s)? (?:planned|ready|set|sorted)|(?:it is|its) all (?:planned|"
    r"set|ready)|(?:you |ya )?tengo todo (?:pensado|planeado|listo|preparado)|todo (?:esta )?(?:listo|"
    r"planeado|pensado)|tout est (?:prevu|pret|planifie|organise)|j'ai tout (?:prevu|prepare|planifie)|"
    r"alles (?:ist )?(?:geplant|bereit|vorbereitet)|(?:hab|habe) alles (?:geplant|vorbereitet)|ho "
    r"(?:gia )?(?:tutto pronto|pianificato tutto|preparato tutto|organizzato tutto)|e tutto pronto|"
    r"(?:ja )?tenho tudo (?:planejado|pensado|pronto)|(?:ta|esta) tudo (?:planejado|pronto)|вс[её] "
    r"(?:готово|спланировано|решено)|я вс[её] (?:решил\w*|продумал\w*|спланировал\w*)|her sey hazir|"
    r"her seyi planladim|semua (?:udah|sudah) siap|sab plan kar liya|sab taiyaar hai)"
)
_EVENT = (
    r"(?![^.!?]{0,60}\b(?:party|fiesta|cumple|birthday|trip|viaje|exam|examen|test|sleepover|pijamada|"
    r"match|partido|game|concert|concierto|presentation|presentacion|project|proyecto|fete|anniversaire|"
    r"voyage|soiree|geburtstag|reise|prufung|festa|compleanno|viaggio|esame|aniversario|viagem|prova|"
    r"вечеринк\w*|поездк\w*|экзамен\w*|parti|pesta|ujian|picnic|date)\b)"
)
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|weekend|lunes|martes|"
    r"miercoles|jueves|viernes|sabado|domingo|esta noche|manana|finde|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|ce soir|demain|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|heute nacht|morgen|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|stasera|"
    r"domani|segunda|terca|quarta|quinta|sexta|amanha|понедельник|вторник|среду|четверг|пятницу|"
    r"субботу|воскресенье|завтра|pazartesi|cuma|cumartesi|pazar|bu gece|yarin|senin|jumat|sabtu|minggu|"
    r"malam ini|besok|aaj raat)"
)
_THANKS = (
    r"(?:just want(?:ed)? to say|(?:it was|it has been|its been|was) (?:nice|good|lovely|great|fun) "
    r"(?:talking|chatting|knowing|meeting)|thank you (?:for everything|all|for being (?:nice|kind|"
    r"there))|thanks (?:for everything|all|for being (?:nice|kind|there))|(?:solo )?(?:queria|quiero) "
    r"decir|fue (?:lindo|bonito|un placer|bueno) (?:hablar|conocer)|gracias por todo|je voulais (?:juste )?"
    r"(?:dire|vous dire)|c'etait (?:cool|bien|sympa|chouette) de (?:parler|discuter)|merci pour tout|"
    r"wollte (?:nur|euch nur|euch) sagen|war schon mit euch|danke fur alles|volevo (?:solo )?dire|"
    r"(?:e )?stato bello (?:parlare|conoscer\w*)|grazie (?:di|per) tutto|(?:so |eu so )?queria dizer|"
    r"foi (?:bom|legal|muito bom|bom demais) (?:falar|conversar|conhecer)|obrigad[ao] por tudo|"
    r"хотел\w* (?:просто )?сказать|было приятно (?:общаться|поговорить)|спасибо за вс[её]|"
    r"soylemek istedim|her sey icin tesekkurler|makasih (?:buat|untuk) semuanya|cuma mau bilang|sab ke "
    r"liye thank you|bas itna kehna tha)"
)

RULES: list[Rule] = [
    # how many floors are needed ... to be sure / to jump
    rule("self_harm:planning", "self_harm",
         "many quanti cuantos combien viele quantos сколько kac ile berapa kitni kitne",
         r"\b" + _FLOORS + r"\b[^.!?]{0,30}?\b" + _NEED + r"\b[^.!?]{0,40}?\b" + _SURE + r"\b",
         framed="generic"),
    # checking a roof door / gun cabinet / medicine cabinet and finding it open
    rule("self_harm:planning", "self_harm",
         "checked checking tried found noticed see revise mire comprobe ver verifie regarde voir "
         "geschaut gecheckt nachgesehen gepruft probiert controllato guardato vedere verifiquei olhei "
         "chequei testei проверила проверил посмотрела посмотрел kontrol baktim ngecek cek check",
         r"\b" + _CHECK + r"\b[^.!?]{0,30}?\b" + _ACCESS + r"\b[^?]{0,40}?\b" + _OPEN,
         framed="generic"),
    rule("self_harm:planning", "self_harm", "楼顶 天台 屋顶 顶楼",
         r"(?:楼顶|天台|屋顶|顶楼)(?:的)?(?:门|铁门)[^。！？]{0,12}?(?:没锁|没有锁|没上锁|开着|能打开|能开|打得开)"),
    # a dangerous place left to fate: the tracks tonight "and see what happens"
    rule("self_harm:passive", "self_harm",
         "tracks railway rails motorway highway freeway vias ferree gleise gleisen bahngleise schienen "
         "binari trilhos trem рельсам рельсах рельсы дороге raylarin raylarda rel patri edge borde bord "
         "dachkante bordo beira краю",
         _GAME + r"\b" + _DANGER + r"\b[^?]{0,80}?\b" + _FATE + r"\b",
         framed="generic"),
    # passing out / blacking out for good
    rule("self_harm:finality", "self_harm",
         "pass passed black blacked apagar apagava apagaria apagasse apagaba apagarme desmaiar desmaiava "
         "desmayaba desmayarme evanouir umkippe umkippen wegkippe svenire svenivo spegnermi отключусь "
         "отключиться вырублюсь вырубиться bayilsam pingsan",
         r"\b(?:(?:pass|passed|black|blacked) out (?:for good|forever|permanently)|(?:apagar|apagava|"
         r"apagaria|apagasse|desmaiar|desmaiava) (?:de vez|pra sempre|para sempre)|(?:apagaba|apagarme|"
         r"desmayaba|desmayarme|desmayar) (?:para siempre|de una vez|definitivamente)|(?:m'evanouir|"
         r"sombrer) (?:pour de bon|pour toujours|a jamais)|(?:umkippe|umkippen|wegkippe) (?:fur immer|"
         r"endgultig)|(?:svenire|svenivo|spegnermi) (?:per sempre|definitivamente)|(?:отключусь|"
         r"отключиться|вырублюсь|вырубиться) (?:навсегда|насовсем)|(?:bayilsam|bayilirim) sonsuza|"
         r"pingsan (?:selamanya|untuk selamanya))\b",
         framed="generic"),
    # swimming out and not back
    rule("self_harm:planning", "self_harm",
         "swim swimming swam nadar nadando nager schwimmen schwimme rausschwimmen nuotare nuoto плыть "
         "поплыву заплыву уплыву denize yuzmeyi yuzecegim berenang tairna tairne",
         r"\b" + _SWIM + r"\b[^?]{0,60}?\b" + _NO_RETURN + r"\b",
         framed="generic"),
    # everything planned for a day + a goodbye-ish thanks
    rule("self_harm:planning", "self_harm",
         "planned figured worked ready thought sorted set tengo todo tout alles geplant ho pronto tenho "
         "tudo всё все готово решено решила решил hazir planladim siap plan taiyaar",
         r"\b" + _PLAN + r"\b" + _EVENT + r"[^.!?]{0,30}?\b" + _DAY + r"\b[^?]{0,60}?\b" + _THANKS
         + r"\b|\b" + _DAY + r"\b[^.!?]{0,30}?\b" + _PLAN + r"\b" + _EVENT + r"[^?]{0,60}?\b" + _THANKS
         + r"\b|\b(?:alles ist|todo esta|tout est|e tutto|everything is|it is all|(?:ja )?esta tudo|ta tudo)"
         r" (?:fur|para|pour|per|for|pra) (?:el |le |den |il |o |a )?" + _DAY + r" (?:geplant|bereit|"
         r"vorbereitet|listo|planeado|pensado|prevu|pret|pronto|planned|ready|set|planejado)\b" + _EVENT
         + r"[^?]{0,60}?\b" + _THANKS + r"\b",
         framed="generic"),
]
