"""Single self-harm cues that hold on their own in the signals stage
(`signals.py`): strong passive wishes and the kinds in `STRONG_MORE`, as
data.  Each names the writer, so none is an idiom on its own."""

from __future__ import annotations

STRONG: tuple[tuple[str, str], ...] = (
    ("wake woke",
     r"\bhope i (?:do not|never|will not) wake up(?: tomorrow| again| ever| anymore| in the "
     r"morning)?(?= [.!?]|$| honestly| tbh| ngl| lol| fr| at all| i | tomorrow)|\b(?:fall asleep|go "
     r"to sleep|sleep) and (?:just )?not wake up(?! until| till| before| early| at | for | in time| on "
     r"time)\b|"
     r"\bif i (?:do not|did not|never) wake up(?: tomorrow)? "
     r"(?:that is|that would be|it would be|it is|that's) (?:fine|ok|okay|good|better)"),
    ("car bus truck lorry train",
     r"\b(?:wish|hope|pray) (?:a|some|that|the) (?:car|bus|truck|lorry|train) (?:would|could|will|"
     r"to)? ?(?:just )?(?:hit|run over|crash into|kill)s? me\b|\b(?:a|some) (?:car|bus|truck|train) "
     r"could (?:just )?hit me and i would not (?:even )?(?:care|mind)\b|\bif i (?:got|get) hit by "
     r"a (?:bus|car|truck|train)(?: tomorrow)? i would (?:be )?(?:relieved|happy|glad|fine|not care)"),
    ("mind",
     r"\bwould not mind if (?:something|anything)(?: bad)? (?:happened|happens|happen) to me\b|"
     r"\bwould not mind (?:dying|not waking up|if i died|if i did not wake up)\b"),
    ("die", r"\bwish i would (?:just )?(?:get sick and die|die)\b"),
    ("peaceful nice easier", r"\b(?:peaceful|nice|easier) (?:it would be )?to (?:just )?not exist\b"),
    ("importaria", r"\bno me importaria (?:que me pas(?:ara|e) algo|morir(?:me)?|no despertar)\b"),
    ("mecrasait ecrase", r"\bsi une voiture m'ecras(?:ait|e)\b"),
    ("ojala despertar despierte atropellara atropelle",
     r"\bojala (?:no despertar|no despierte|me atropell\w+ (?:un|una|el) (?:coche|carro|auto|"
     r"camion|bus|tren)|(?:que )?(?:un|una|el) (?:coche|carro|auto|camion|bus|autobus|tren) me "
     r"atropell\w+)\b"),
    ("espere reveiller", r"\bj'espere ne (?:pas|plus) me reveiller(?: demain)?(?= [.!?]|$)"),
    ("espero queria acordar atropelasse",
     r"\bespero nao acordar(?: amanha| mais)?(?= [.!?]|$)|\bqueria que um (?:carro|onibus|caminhao)"
     r" me atropelasse\b"),
    ("hoffe wache", r"\bich hoffe ich wache (?:morgen )?nicht mehr auf\b"),
    ("tomara", r"\btomara que (?:um|o) (?:carro|onibus|caminhao) me atropel\w+"),
    ("hoffentlich", r"\bhoffentlich (?:fahrt|uberfahrt) mich (?:ein|das|der) (?:auto|bus|zug|lkw)"),
    ("spero aimerais", r"\bspero che (?:una macchina|un'auto|un autobus|un camion) mi (?:investa|metta "
                       r"sotto)|\bj'(?:aimerais|espere) (?:bien )?qu'une voiture m'ecrase"),
    ("надеюсь сбила", r"\bнадеюсь(?: что)?(?: я)? не проснусь\b|\bхочу чтобы меня сбила машина\b"),
    ("اتمني", r"اتمني (?:اني )?ما اصحي|اتمني (?:سياره|تريله) (?:تدعسني|تصدمني)"),
    ("atmana atmanna bitmana batmana", r"\b(?:b?[ai]t)man+a (?:eni |ani )?ma (?:asta|as7a)\b"),
    ("hoping", r"\bhoping (?:\w+ ){0,3}?i (?:do not|will not|never) wake up\b"),
    ("deseando rezando esperando", r"\b(?:deseando|rezando (?:para|por)|esperando) no despertar(?:me)?\b"),
    ("torcendo rezando esperando", r"\b(?:torcendo|rezando|esperando) (?:pra|para) (?:eu )?nao acordar\b"),
    ("hoffe", r"\bhoffe,? (?:ich,? )?dass ich nicht mehr aufwache\b"),
    ("spero", r"\bspero di non (?:svegliarmi|risvegliarmi)(?: piu| domani)?\b"
              r"(?! (?:tardi|in ritardo|troppo|presto|prima|alle)\b)"),
    ("xing", r"\bxi wang (?:\w+ ){0,4}bu (?:yao |zai )?xing lai\b"),
    ("kaash", r"\bkaash (?:main )?(?:kal )?(?:subah )?uth(?:u|un|oon) hi na\b|\bkaash koi (?:gaadi|"
              r"truck|bus|car) mujhe (?:thok|maar|kuchal|uda) de\b"),
    ("काश", r"काश .{0,20}उठ(?:ूं|ूँ|ू) ही ना"),
)

ZH_STRONG: tuple[tuple[str, str], ...] = (
    ("希望 真希望 但愿", r"(?:希望|但愿).{0,6}(?:不要|别|再也不).{0,2}醒|希望.{0,4}被车撞"),
)

# An occasion after the letters ("for christmas", "in class") makes them everyday letters
_OCCASION = (
    r"(?![^.!?]{0,60}\b(?:christmas|xmas|birthday|valentines?|thank|thanks|holidays?|class|school|"
    r"teacher|project|homework|pen ?pals?|santa|eid|diwali|new year|navidad|cumpleanos|noel|"
    r"anniversaire|natal|aniversario|weihnachten|geburtstag|natale|compleanno|рождеств\w*|день "
    r"рождения|عيد)\b)"
)
_END = r"(?= [.!?]|$)"

# More single cues that hold on their own, each naming its kind in the reason
# (signals:<kind>): every one is a first-person statement or a method question
# with nothing after it ("what's the least painful way?"); an object after the
# question ("...to take off a plaster") or an everyday reason after the plan
# ("...im changing schools") keeps the sentence going and does not match.
STRONG_MORE: dict[str, tuple[tuple[str, str], ...]] = {
    "letters": (
        ("written wrote write letters letter notes escribi ecrit escrevi geschrieben scritto "
         "написал написала كتبت likh",
         r"\bi (?:have |had |already |just )*(?:written|wrote|write|finished writing) (?:a |some |the |"
         r"my )?(?:letters?|notes?) (?:to|for) (?:everyone|everybody|all of you|each of (?:you|my \w+)|"
         r"every one of (?:you|my \w+)|my (?:whole )?family and (?:my )?friends)\b" + _OCCASION
         + r"|\bescribi (?:unas |las |mis )?cartas? (?:para|a) (?:todos|todo el mundo|cada uno|cada "
         r"una)\b" + _OCCASION + r"|\bj'ai ecrit (?:des |une |mes )?lettres? (?:a|pour) (?:tout le "
         r"monde|chacun|chacune|tous)\b" + _OCCASION + r"|\bescrevi (?:umas |as )?cartas? (?:pra|para|"
         r"a) (?:todo mundo|todos|cada um|cada uma)\b" + _OCCASION + r"|\b(?:hab|habe) (?:jedem|jeder|"
         r"allen) (?:\w+ )?(?:einen |ein )?(?:brief|briefe|abschiedsbrief) geschrieben\b" + _OCCASION
         + r"|\bho scritto (?:delle |le )?(?:lettere|una lettera) (?:a|per) (?:tutti|ognuno|ciascuno)"
         r"\b" + _OCCASION + r"|\bнаписал[а]? (?:всем|каждому) (?:по )?письм\w*" + _OCCASION
         + r"|كتبت (?:رسايل|رساله|جوابات) (?:لكل|للكل|لكلكم)|\b(?:sabke liye|sab ke liye|sabko|har "
         r"kisi ke liye) (?:\w+ )?(?:letters?|chitthi|chitthiyan|khat) likh (?:diye|diya|di|li)\b"),
        ("每个人 大家 家人", r"给(?:每个人|大家|你们每个人|家人)都?写(?:好了|了)?.{0,3}信"),
    ),
    "method": (
        ("painful painless douloureuse douloureux dolorosa doloroso indolor schmerzloseste "
         "schmerzlosesten schmerzlose безболезненный безболезненно توجع الم dard",
         r"\b(?:least painful|most painless|painless) (?:way|method)(?: to (?:do it|go|die|end it|end "
         r"things|not wake up|disappear|kms|unalive)| out)?" + _END + r"|\b(?:least painful|painless)"
         r" (?:way|method) to (?:die|end it|end it all|end my life|kill myself|unalive|not wake up)\b|"
         r"\b(?:forma|manera|metodo) (?:mas )?(?:menos dolorosa?|indolora|sin dolor)(?: de (?:morir|"
         r"hacerlo|irme|acabar con todo))?" + _END + r"|\b(?:facon|maniere|methode|moyen) (?:la |le )?"
         r"(?:moins douloureu(?:se|x)|sans douleur)(?: de (?:mourir|le faire|partir|en finir))?" + _END
         + r"|\b(?:jeito|forma|maneira|metodo) (?:mais )?(?:menos doloros[oa]|indolor|sem dor)(?: de "
         r"(?:morrer|fazer isso|acabar com tudo))?" + _END + r"|\b(?:schmerzlosesten?|schmerzlose) "
         r"(?:weg|art|methode)(?: zu sterben)?" + _END + r"|\b(?:modo|maniera|metodo) (?:piu )?(?:meno "
         r"doloros[oa]|indolore|senza dolore)(?: per (?:morire|farlo|andarmene))?" + _END
         + r"|безболезненн\w+ способ(?: умереть| уйти)?" + _END + r"|безболезненно (?:умереть|уйти из "
         r"жизни)|(?:اسهل|احسن) طريقه (?:ما توجع|بدون الم|بلا الم)" + _END + r"|\b(?:sabse kam dard "
         r"(?:wala|vala)|bina dard (?:ke|wala|vala)|dard ke bina) (?:tareeka|tarika|tareeqa|way)(?: "
         r"kya hai| kaunsa hai)?" + _END),
        ("最不痛苦 不痛苦 怎么死",
         r"(?:怎样|怎么样|怎么|什么方法)(?:才)?(?:能)?最不痛苦(?=[.!?。]|$)|最不痛苦的(?:方法|方式|死法)|"
         r"怎么死(?:才)?不痛"),
    ),
    # a dose that kills, asked "just wondering": the hypothetical is the disguise
    # ("how many paracetamol would someone need to take to not wake up? just
    # wondering"); the same question in a lesson is excused by the frames
    "dose": (
        ("wondering curious friend hypothetically reason curiosidad curiosite curiosidade neugier "
         "curiosita интересно",
         r"\bhow many (?:\w+ ){0,2}?(?:pills|tablets|meds|painkillers|paracetamol|tylenol|"
         r"ibuprofen|aspirin|sleeping pills|antidepressants|benadryl|xanax|pain killers) (?:\w+ ){0,7}?"
         r"(?:to|would|will|does it take to|do it take to) (?:die|not wake "
         r"up|never wake up|kill (?:someone|somebody|a person|you|yourself|themselves|themself)|end "
         r"it|be fatal|be lethal)\b[^.!?]{0,20}(?: [.!?])? ?(?:just |i am just |im just |i was just )?"
         r"(?:wondering|curious|asking for a friend|hypothetically|no reason|asking)\b|"
         r"\b(?:cuantas|cuantos) (?:\w+ ){0,6}?(?:para|harian falta para) (?:morir|no despertar)\b"
         r"[^.!?]{0,20}(?: [.!?])? ?(?:es )?(?:por curiosidad|solo pregunto|pregunto por un amigo)\b|"
         r"\bcombien (?:\w+ ){0,6}?pour (?:mourir|ne (?:plus|pas) se reveiller)\b[^.!?]{0,20}(?: [.!?])?"
         r" ?(?:juste )?(?:par curiosite|pour savoir|je demande pour un ami)\b|"
         r"\bquant[oa]s (?:\w+ ){0,6}?(?:para|pra) (?:morrer|nao acordar)\b[^.!?]{0,20}(?: [.!?])? ?"
         r"(?:so )?(?:curiosidade|por curiosidade|pergunta pra um amigo)\b|"
         r"\bwie viele (?:\w+ ){0,6}?(?:um zu sterben|bis man (?:stirbt|nicht mehr aufwacht))\b"
         r"[^.!?]{0,20}(?: [.!?])? ?(?:nur so|nur aus neugier|aus neugier|frage fur einen freund)\b|"
         r"\bquant[ei] (?:\w+ ){0,6}?per (?:morire|non svegliarsi)\b[^.!?]{0,20}(?: [.!?])? ?"
         r"(?:solo )?(?:per curiosita|chiedo per un amico)\b|"
         r"\bсколько (?:\w+ ){0,6}?чтобы (?:умереть|не проснуться)\b[^.!?]{0,20}(?: [.!?])? ?"
         r"(?:просто )?(?:интересно|спрашиваю для друга)"),
    ),
    "future": (
        ("around alive", r"\bi (?:will not|am not going to) be (?:around|alive|here) (?:next year|for much "
         r"longer|much longer|next summer) anyway\b(?![^.!?]{0,40}\b(?:mov\w*|chang\w*|holiday|abroad|"
         r"school|college|uni|travel\w*|leav\w*|graduat\w*))"),
        ("see make vejo veo vois sehe vedo доживу اشوف شايف saal",
         r"\b(?:do not|can not|cannot|never) (?:really |even )?see myself (?:being |still )?(?:here|"
         r"alive|around)(?: (?:next|in|by|at|this|for) (?:\w+ ){0,2}?\w+)?" + _END + r"|\b(?:do not "
         r"think|doubt|not sure) (?:that )?(?:i (?:will|am going to|gonna|will ever)|ill|i'll) make it (?:to|till|"
         r"until|past) (?:next year|christmas|summer|(?:my )?\d+(?:st|nd|rd|th)?(?: birthday)?|"
         r"eighteen|my (?:\w+ )?birthday|the end of (?:the|this) year)" + _END + r"|\bno me veo "
         r"(?:aqui|vivo|viva|con vida)(?: (?:el ano que viene|el proximo ano|en un ano|dentro de un "
         r"ano))?" + _END + r"|\bje ne me vois pas (?:etre )?(?:encore )?(?:la|ici|vivante?|en vie)"
         r"(?: (?:l'annee prochaine|dans un an))?" + _END + r"|\bnao me vejo (?:aqui|viv[oa]|com vida)"
         r"(?: (?:ano que vem|no ano que vem|daqui a um ano|no proximo ano))?" + _END + r"|\bich sehe "
         r"mich (?:nachstes jahr |in einem jahr )?nicht mehr (?:hier|da|am leben)(?: (?:nachstes jahr|"
         r"in einem jahr))?" + _END + r"|\bnon mi vedo (?:qui|viv[oa]|ancora qui)(?: (?:l'anno "
         r"prossimo|tra un anno|fra un anno))?" + _END + r"|не доживу до (?:следующего года|лета|"
         r"нового года|дня рождения|\d+)" + _END + r"|ما (?:اشوف|شايف) نفسي (?:موجود|عايش|هون|هنا)(?: "
         r"(?:السنه الجايه|بعد سنه))?" + _END + r"|\bnahi lagta (?:ki )?(?:main )?agle saal tak "
         r"(?:rahunga|rahungi|zinda rahunga|zinda rahungi|bachunga|bachungi)" + _END),
        ("活不到 活不过 看不到明年", r"活不到明年|活不过(?:明年|今年)|看不到明年"),
    ),
    "stop": (
        ("todo tout tudo alles tutto всё все شي شيء كلشي sab सब",
         r"\b(?:solo |solamente )?quiero que todo (?:pare|termine|acabe|se acabe|se termine)(?: ya| de "
         r"una vez| para siempre)?" + _END + r"|\bje veux (?:juste |seulement )?que tout (?:s'arrete|se"
         r" termine|finisse)(?: enfin| pour toujours| maintenant)?" + _END + r"|\b(?:so )?quero (?:so )?"
         r"que tudo (?:acabe|pare|termine)(?: logo| de vez| pra sempre)?" + _END + r"|\b(?:will|mochte|"
         r"wunsche mir) (?:einfach |nur )?dass alles (?:endlich )?aufhort" + _END + r"|\bvoglio (?:solo"
         r" |soltanto )?che tutto (?:finisca|smetta|si fermi)(?: per sempre| adesso)?" + _END
         + r"|хочу,? ?чтобы вс[её] (?:закончилось|прекратилось|кончилось)(?: навсегда| уже)?" + _END
         + r"|(?:بدي|ابي|ابغي|اريد) (?:ان )?(?:كل شي|كل شيء|كلشي) (?:يخلص|ينتهي|يوقف)" + _END
         + r"|(?:بدي|ابي|اريد) (?:ان )?ينتهي كل شي" + _END + r"|\b(?:chahta|chahti|chahte) (?:hu|hoon|"
         r"hun|hai) (?:ki )?(?:ye )?sab (?:kuch )?khatam ho (?:jaye|jaaye|jae)" + _END + r"|(?:चाहता|"
         r"चाहती) (?:हूँ|हूं|हु) (?:कि )?(?:ये )?सब (?:कुछ )?(?:खत्म|ख़त्म) हो जाए"),
        ("一切", r"(?:只想|想让|只希望|希望)(?:这)?一切都?(?:结束|停下来?)(?:吧|了)?(?=[.!?。]|$)"),
    ),
    "tired": (
        ("fatigue fatiguee lasse epuise epuisee marre leid mude lebensmude stanco stanca تعبت "
         "taeabt taebt jeene jine zindagi जीने जिंदगी ज़िंदगी устал устала устали sleepy physically "
         "physical",
         r"\b(?:fatiguee?|lasse?|epuisee?) d'(?:exister|etre en vie)|\b(?:fatiguee?|lasse?) de vivre"
         r"\b|\bmarre d'exister\b|\bleid,? zu (?:existieren|leben)\b|\bmude,? zu (?:existieren|leben)"
         r"\b|\bich bin lebensmude\b|\bstanc[oa] di (?:esistere|vivere|essere viv[oa]|essere un peso)\b|"
         r"\bnot (?:sleepy|physical(?:ly)?) tired\b|تعبت من "
         r"(?:الحياه|العيش|حياتي)|\btae?a?bt (?:mn|min|men) (?:el |al )?(?:taya|tayati)\b|\b(?:jeene|jine|"
         r"jeena|zindagi) se thak (?:gaya|gayi|gya|gyi|chuka|chuki)\b|(?:जीने|ज़िंदगी|जिंदगी) से थक "
         r"(?:गया|गई|गयी|चुका|चुकी)|устал[аи]? (?:быть|существовать|жить)(?= [.!?]|$)"),
    ),
    # hurting oneself as a punishment or to calm down ("i hit myself when i mess up")
    "punish": (
        ("hit punch slap scratch bite hurt pego frappe schlage picchio bato blade",
         r"\bi (?:hit|punch|slap|scratch|bite|hurt) myself (?:when|whenever|every time|each time|if) i\b"
         r"(?! (?:fell|fall|tripped|trip|slipped|slip|was (?:running|playing|cooking|climbing)|ran|crashed))|"
         r"\bme (?:pego|golpeo|lastimo) (?:cuando|cada vez que)\b|\bje me (?:frappe|fais mal) (?:quand|"
         r"chaque fois que|des que)\b|\b(?:eu )?me (?:bato|machuco) quando\b|\bich (?:schlage|verletze)"
         r" mich(?: selbst)?,? wenn\b|\bmi (?:picchio|faccio male) quando\b|\b(?:haath|hath|kalai|bazu|"
         r"baazu) (?:pe|par) blade (?:chala|chalata|chalati|chalaya|chalayi|maarta|maarti|ghuma)\w*"),
    ),
    # injuries that keep coming back ("my cuts healed again")
    "relapse": (
        ("healed healing closed faded fading",
         # scars from an operation or a fall are not self-injury (checked from the match on)
         r"\b(?:my |the )?(?:cuts|scars|wounds) (?![^.!?]{0,80}\b(?:surgery|operation|accident|fall|fell|"
         r"football|rugby|skat\w+|bike|crash|chickenpox|acne|spots|eczema|stitches)\b)(?:(?:\w+ ){0,3}?"
         r"(?:healed|healing|closed|faded|fading)(?: up)? again\b|(?:\w+ ){0,6}?(?:healed|healing|"
         r"closed|faded|fading)\b[^.!?]{0,40}\b(?:do it again|cut again|make new ones|new ones)\b)"),
    ),
    # "I won't be a problem much longer" beyond en/es/fr/pt (in selfharm.py)
    "longer": (
        ("lange problem last saro недолго скоро مشكله عبء عبئ zyada jyada zada jada 麻烦 负担 累赘",
         r"\b(?:ich bin|bin ich) (?:nicht mehr lange|bald nicht mehr) (?:ein |eine )?(?:problem|last)"
         r"\b|\bnon saro (?:piu )?(?:un|una) (?:problema|peso) (?:ancora )?(?:per molto|a lungo)\b|"
         r"недолго (?:буду|мне осталось быть) (?:\w+ ){0,2}?(?:проблемой|обузой)|скоро (?:я )?(?:не "
         r"буду|перестану быть) (?:\w+ )?(?:проблемой|обузой)|(?:ما راح|مش رح|لن) اكون (?:مشكله|عبء|"
         r"عبئ|عبئا|حمل) (?:\S+ ){0,2}?(?:لفتره طويله|كثير|لوقت طويل)|\b(?:zyada|jyada|zada|jada|"
         r"zyaada|jyaada) (?:der|din|time|samay) tak (?:\w+ ){0,2}(?:problem|bojh|pareshani|musibat|"
         r"museebat|takleef) nahi (?:rahunga|rahungi|banunga|banungi)\b"),
        ("麻烦 负担 累赘",
         r"(?:添麻烦|麻烦你们|麻烦大家).{0,2}(?:太久|很久|多久)|不会再.{0,6}(?:负担|累赘)(?:太久|很久)"),
    ),
}
