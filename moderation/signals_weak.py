"""The weak self-harm cue families of the signals stage (`signals.py`), as
data: one family alone never holds, two different ones in a first-person
message do.  Kept apart from the stage so the stage stays readable and the
word lists can be reviewed language by language."""

from __future__ import annotations

# Each family: (triggers, pattern).  Patterns are matched against the phrase
# form (abbreviations expanded: "wont" -> "will not", "wasnt" -> "was not";
# Arabizi digits read as letters: "ta3bt" -> "taebt", "sam7oni" -> "samtoni",
# "a5er" -> "aser"; Arabic letters folded: "على" -> "علي", "رسائل" -> "رسايل").
FAMILIES: dict[str, tuple[str, str]] = {
    "means": (
        "pills pill tablets meds medication painkillers paracetamol overdose rope noose bridge "
        "roof rooftop tracks razor blade blades bleach pastillas pastilhas comprimidos remedios "
        "cachets medicaments tabletten pillen brucke corde cuerda corda таблетки таблеток веревк "
        "мост крыш حبوب دوا جسر سطح goliyan goli dawai pastiglie pillole farmaci lamette ponte tetto "
        "حبه حبات الحبوب حبوبي tubub habbat गोलियां गोली lame lames cuchilla cuchillas navaja navajas "
        "lamina laminas gilete giletes klingen rasierklingen emoji_pill emoji_rope emoji_razor",
        # (emoji_*: 💊 🪢 🪒 in the phrase form, see emoji_words.py)
        r"\b(?:emoji_pill|emoji_rope|emoji_razor|"
        r"sleeping pills|pills|tablets|meds|medication|painkillers|paracetamol|overdose|rope|"
        r"noose|bridge|rooftop|roof|train tracks|the tracks|razor|blades?|bleach|pastillas|"
        r"pastilhas|comprimidos|remedios|cachets|medicaments|tabletten|pillen|brucke|corde|cuerda|"
        r"corda|таблет\w*|веревк\w*|мост\w*|крыш\w*|حبوب|دوا|جسر|سطح|goliyan|goli|dawai|pastiglie|"
        r"pillole|farmaci|lamette|ponte|tetto|حبه|حبات|الحبوب|حبوبي|tubub|habbat|गोलियां|गोली|lames?|"
        r"cuchillas?|navajas?|laminas?|giletes?|klingen|rasierklingen)\b",
    ),
    "lethal": (
        "cuantas cuantos quantos quantas wie many enough whole lethal fatal painless hurt long muchas "
        "demasiadas muitos suficiente "
        "trop combien genug viele сколько хватит كم كافي kitni knock",
        r"\b(?:too many|how many (?:\w+ ){0,4}(?:would (?:it )?(?:actually |"
        r"really )?(?:take|be too|kill)|(?:it|does it) takes?"
        r"(?= [.!?]|$| to (?:die|not wake|end|kill))|to (?:die|not wake|"
        r"overdose|kill|end))|how many (?:\w+ ){0,3}(?:would|do|does|should|could) (?:someone|"
        r"somebody|a person|you|one|people|it) (?:\w+ )?(?:need to |have to )?take(?= [.!?]|$| to "
        r"(?:die|not wake|never wake|end|kill|overdose))|enough to (?:die|not wake|"
        r"end|kill)|(?:the|a) whole (?:bottle|pack|box|packet)|lethal|fatal|painless|does it hurt to|"
        r"knock me out (?:for good|forever)|"
        r"how long (?:does|would) it take|demasiadas|cuantas (?:\w+ ){0,3}(?:hacen falta|son "
        r"mucho)|quantos? (?:\w+ ){0,3}(?:precisa|e demais)|combien (?:\w+ ){0,3}(?:faut il|c'est "
        r"trop)|trop de|wie viele (?:\w+ ){0,3}(?:braucht|sind zu viel)|сколько (?:\w+ ){0,3}"
        r"(?:нужно|надо|хватит)|كم (?:\S+ ){0,3}(?:تكفي|كفايه)|kitni (?:\w+ ){0,3}(?:kaafi|zyada))\b",
    ),
    "absence": (
        # not "last" or "plus": in most messages they are "last year", "ne ... plus"
        "around here gone need see hear goodbye disappear forever vanish existe existir exister "
        "existieren nie serai aurai bin никогда исчезн будет موجود problem longer necesitar besoin "
        "precisar brauch brauche понадобится rahunga rahungi zarurat ज़रूरत saro serviranno "
        "servira falta اختفيت مت رحت كنت fossi sparissi estuviera desapareciera estivesse sumisse "
        "existiera etais disparaissais ware gabe suis важно padegi hogi rahegi war sparire اختفي disparaitre "
        "seguir usar rahunga rahungi",
        r"\b(?:(?:was|were|am|is|be) not (?:around|here)|if i (?:just )?(?:was|were) (?:not|never) (?:around|"
        r"here|born)|when i am gone|after i am gone|once i am gone|(?:he|she|they) will need "
        r"(?:them|it)(?: more)?|will not need (?:them|it|my \w+|this) (?:soon|any ?more|where i am "
        r"going|much longer|for (?:much )?longer|for long)|you will not see me|will never see me|"
        r"for the last time|last time (?:you|anyone) "
        r"will (?:hear|see)|(?:will not|not going to) be (?:around|here)(?= [.!?]|$)|goodbye (?:forever|for good)|"
        r"(?:will not|not going to) be (?:around|here|a problem|a burden) (?:for \w+ )?(?:much "
        r"longer|for long|any ?more|soon)|soon i will not be|"
        r"(?:do not|dont) think (?:i will|ill) be (?:around|here) (?:for )?(?:much longer|long|any ?more)|"
        r"(?:he|she|they)(?:'ll| will|ll) need (?:them|it) more than (?:me|i do)|si je (?:ne )?suis plus "
        r"la|скоро (?:это )?(?:уже )?не будет важно|ab (?:mujhe )?(?:iski |inki |uski )?zarurat nahi "
        r"(?:padegi|hogi|rahegi)|wenn ich (?:einfach )?(?:weg|tot) war(?:e)?|vorrei (?:solo |soltanto )?"
        r"sparire|"
        r"se (?:io )?non ci fossi(?: piu)?|se sparissi|si (?:yo )?no (?:estuviera|existiera)|si desapareciera|se eu "
        r"(?:nao estivesse(?: mais)? aqui|sumisse)|si je n'etais (?:pas|plus) la|si je disparaissais|"
        r"wenn ich nicht (?:mehr )?da ware|wenn es mich nicht (?:mehr )?gabe|"
        r"non mi serviranno piu|non mi servira piu|(?:ya )?no me (?:van a hacer|haran) falta|"
        r"nao vou precisar (?:mais )?(?:delas|deles|disso)|brauch(?:e)? ich (?:eh |bald )?nicht mehr|"
        r"disappear(?: forever)?|vanish|(?:ya )?no (?:voy a|estare|estaria) (?:aqui|mas)|no (?:la|lo|"
        r"los|las) voy a necesitar|nao vou (?:estar|mais estar) (?:aqui|mais)|nao vou mais precisar|"
        r"je ne serai plus (?:la|ici)|j'en aurai (?:plus|pas) besoin|ich bin (?:bald )?nicht "
        r"mehr da|bin ich (?:bald )?nicht mehr da|ich brauch(?:e)? (?:sie|es|ihn|das) (?:eh )?nicht "
        r"mehr|(?:скоро )?меня (?:скоро )?не будет|(?:мне )?(?:он|она|оно|они) больше не понадоб\w+|"
        r"ما راح اكون موجود|(?:لو|اذا|لما) (?:اختفيت|اختفي|مت|رحت|ما كنت موجود)|(?:j'aimerais|je "
        r"voudrais|je veux) (?:juste |seulement )?disparaitre|non ci saro (?:piu|ancora per "
        r"molto)|(?:main|mai|mein) nahi rahunga|(?:main|mai|mein) nahi rahungi|wenn ich nicht mehr da bin|"
        # (the phrase form reads Spanish "ya" as chat "you")
        r"(?:ya|you) no quiero seguir(?! (?:con|haciendo|jugando|estudiando|en (?:este|esta|el|la)|aqui))|"
        r"(?:ya|you) no (?:las|los|lo|la) voy a (?:usar|necesitar)|"
        r"ab (?:mujhe )?(?:iski|inki|uski) "
        r"zarurat nahi|ज\S?रूरत नहीं)",
    ),
    "burden": (
        "easier better burden notice care miss happier facil mejor fardo peso mieux poids leichter "
        "besser fur легче лучше обуза обузой احسن اسهل عبء عبئ behtar bojh meglio peso mejor melhor "
        "mieux stressed calmer relieved khush honge rahenge يرتاح يرتاحو "
        "يرتاحون ترتاحون بيرتاح بيرتاحو ينبسط ينبسطو war importerebbe "
        "mancherei accorgerebbe importaria notaria ligar importaria notar remarquerait ficherait "
        "merken interessieren dran мешать беспокоить",
        r"\b(?:easier (?:\w+ )?(?:if|without) (?:i|me)|better off (?:if|without)|(?:everyone|they|you all|"
        r"my family|my parents) (?:would|will) be better off(?= [.!?]|$)|(?:a|such a|just a) "
        r"burden|(?:nobody|no one) would (?:even )?(?:notice|care|miss)|would be (?:happier|better|"
        r"fine) without me|mas facil (?:\w+ ){0,3}(?:sin mi|si yo no)|(?:everyone|they|my family|my "
        r"parents) would be (?:less stressed|happier|relieved|calmer)(?= if)|sab (?:log )?(?:better|khush|"
        r"behtar) (?:honge|rahenge)|mejor sin mi|(?:un|una) (?:fardo|"
        r"carga) para|mais facil (?:\w+ ){0,2}(?:sem mim|se eu nao)|melhor sem mim|um peso (?:pra|para)|"
        r"plus simple sans moi|mieux sans moi|un poids pour|leichter ohne mich|besser ohne mich|"
        r"(?:nur )?eine last fur|легче без меня|лучше без меня|обуз[аойу]|احسن بدوني|اسهل بدوني|"
        r"عب[ءي] علي|mere bina behtar|bojh (?:hu|hoon|hun)|meglio senza di me|un peso per|"
        r"(?:الكل|الجميع|كلكم|كل الناس|اهلي) (?:رح |راح |ح |سوف )?(?:يرتاح|يرتاحو|يرتاحون|ترتاحون|"
        r"بيرتاح|بيرتاحو|ينبسط|ينبسطو)|"
        # "better for everyone" + "if I weren't here" (the absence family)
        r"(?:would be )?better for (?:everyone|everybody|all of them|my family)(?= if)|meglio per "
        r"(?:tutti|la mia famiglia)(?= se)|mejor para (?:todos|mi familia)(?= si)|melhor (?:pra|para) "
        r"(?:todos|todo mundo|minha familia)(?= se)|mieux pour (?:tout le monde|ma famille)(?= si)|"
        r"besser fur (?:alle|meine familie)(?=,? wenn)|war(?:e)? fur (?:alle|meine familie) besser(?=,? "
        r"wenn)|es war(?:e)? (?:eh |sowieso )?besser(?=,? wenn ich)|a nessuno (?:importerebbe|"
        r"mancherei)|nessuno se ne accorgerebbe|a nadie le importaria|nadie (?:lo )?notaria|ninguem "
        r"(?:ia ligar|se importaria|ia notar|sentiria falta)|personne ne (?:le )?remarquerait|tout le "
        r"monde s'en ficherait|niemand wurde (?:es )?merken|es wurde niemanden interessieren|ohne mich "
        r"(?:\w+ )?besser dran|(?:никому|никого) (?:больше )?не (?:буду|стану) (?:мешать|беспокоить)|"
        r"не буду (?:никому )?мешать)\b",
    ),
    "giving": (
        "regalo gave giving give keep have care look भाई बहन regale regalando dei doando donne donner "
        "verschenke verschenkt alles geschenkt раздал раздала отдал отдала عطيت وزعت de di diya diye "
        "regalato regalo dato",
        r"\b(?:(?:gave|giving|give|gave away|giving away|given away) (?:away )?(?:all )?(?:of )?my "
        r"(?:\w+ ){0,2}(?:stuff|things|xbox|ps5|ps4|switch|phone|laptop|clothes|hoodies|games|books|"
        r"collection|cat|dog|savings|money|console|plushies|headphones|jewellery|jewelry)|"
        r"(?:he|she|they|you) can (?:have|keep) "
        r"(?:all )?(?:my|it|them)|(?:take care of|look after) my (?:cat|dog|pet|little|fish|hamster)|"
        r"(?:hab|habe) (?:meiner|meinem) (?:\w+ ){0,2}(?:meine|meinen|mein) \w+ geschenkt|(?:les |te )?"
        r"regalo mis (?:skins|cuentas|cosas|juegos)|"
        r"(?:regale|regalando|doei|dei|doando|j'ai donne|je donne) (?:todas |"
        r"todos |tous |toutes )?(?:mis|mes|minhas|meus|mi|ma|mon|meu|minha) (?:\w+ )?(?:cosas|coisas|"
        r"affaires|jeux|juegos|jogos|play|console|celular|movil|telephone|ropa|roupas)(?![^.!?]{0,30}"
        r"\b(?:iglesia|caridad|caritas|ong|donar|donacion|association|doacao|igreja|caridade|charity))|"
        r"(?:ho regalato|ho dato via|regalo) (?:tutte |tutti )?(?:le mie|i miei) (?:\w+ )?(?:cose|giochi|"
        r"vestiti|libri)(?![^.!?]{0,30}\b(?:beneficenza|parrocchia|chiesa|mercatino))|"
        r"(?:saara|sara|apna|apni|apne) (?:saara |sara |saari |sari )?(?:saman|samaan|cheezein|chizen|"
        r"cheezen|cheeze|chizein) (?:\w+ ){0,2}(?:de diya|de diye|de di|baant diya|baant di)|"
        r"(?:verschenke|verschenkt|habe \w+ verschenkt) (?:alle )?(?:meine|meinen) "
        r"(?:sachen|spiele)|(?:meinem|meiner) (?:bruder|schwester|freundin|freund) geschenkt|(?:hab|habe)"
        r" (?:schon |jetzt )?alles verschenkt|"
        r"(?:раздал|раздала|отдал|отдала) (?:все )?(?:свои|мои|свою|мою|свой|мой) (?:\w+ )?"
        r"(?:вещи|игры|приставк\w*|телефон)|"
        r"(?:عطيت|وزعت) (?:كل )?(?:اغراضي|العابي|حاجاتي|جوالي)|(?:bhai|behen|dost) ko (?:de diya|de "
        r"di|de diye)|(?:भाई|बहन) को दे दि)",
    ),
    "despair": (
        "tired sick point matters empty hopeless exhausted cannot can done give fighting care थक "
        "cansado cansada cansa harta harto sentido aguanto puedo fatigue fatiguee sens peux bout mude mude "
        "sinn kann устал устала смысла могу сил تعبت فايده اقدر thak taebt ta3bt bardasht jpp "
        "nothing never way hope future mejorar salida futuro esperanza arranger changer espoir issue "
        "sarranger rien melhorar saida esperanca besser ausweg hoffnung migliorera uscita speranza faccio stanca "
        "stanco изменится лучше выхода надежды امل amal umeed ummeed ummid umid badlega उम्मीद",
        r"\b(?:(?:tired|sick|done|exhausted) (?:of|with) (?:everything|it all|living|life|being alive|"
        r"existing|trying|fighting)|(?:no|what is the) point (?:in |of )?(?:anything|anymore|any "
        r"more|living|trying|going on)|nothing matters|empty inside|do not (?:even )?care (?:any ?more|"
        r"about anything)|hopeless|(?:can not|cannot) (?:do "
        r"this|take (?:it|this)|go on|keep going)(?: any ?more)?|i am (?:so )?done(?= [.!?]|$| with "
        r"(?:everything|it all|life))|i give up(?: on (?:everything|life))?(?= [.!?]|$)|"
        r"(?:cansad[oa]|harta|harto) de "
        r"(?:todo|vivir|existir)|ya no (?:aguanto|puedo) mas|no (?:aguanto|puedo) mas|cansad[oa] de "
        r"(?:tudo|viver|existir)|nao aguento mais|(?:fatigue|fatiguee|marre) "
        r"de (?:tout|vivre|exister)|j'en peux plus|je n'en peux plus|je suis a bout|(?:mude|mude) von "
        r"allem|ich kann nicht mehr(?! (?:warten|schlafen|essen))|(?:j'ai |je n'ai )?plus envie de rien|"
        r"jpp (?:de |d')(?:cette vie|ma vie|"
        r"tout|vivre|exister)|устал[аи]? от (?:всего|жизни)|нет "
        r"смысла|больше не могу|сил (?:больше )?нет|я (?:так|очень) устал[аи]?(?= [.!?]|"
        r"$)|تعبت من كل|ما في فايده|ما (?:عاد|عدت) اقدر|"
        r"sab se thak|thak (?:gaya|gayi|gyi|gya) (?:hu|hoon|hun) sab se|taebt (?:mn|min|men) kol|"
        r"bardasht nahi|सब(?:से| से) थक|"
        # no future: "nothing is ever going to get better", "no way out"
        r"(?:nothing (?:is |will )?(?:ever )?(?:going to |gonna )?(?:get|gets|be) better|(?:it|things|"
        r"life) (?:is |will )?never (?:going to |gonna )?(?:get|gets|be) better|there is no way out|"
        r"theres no way out|no way out for me|no hope left|no future for me)(?= [.!?]|$| for me| and | i "
        r"| any ?more)|nada (?:nunca )?va a mejorar|nunca va a mejorar|no hay salida|no tengo (?:futuro|"
        r"salida|esperanza)|rien ne va (?:jamais )?(?:s'arranger|changer|aller mieux)|aucun espoir|"
        r"pas d'issue|sans issue|nada vai melhorar|nunca vai melhorar|nao tem saida|sem saida|nao "
        r"tenho (?:futuro|esperanca)|es wird (?:eh )?(?:nie|niemals) besser|keinen ausweg|keine "
        r"hoffnung mehr|non migliorera mai|niente migliorera|non c'e (?:via d'uscita|speranza)|"
        r"nessuna speranza|non ce la faccio piu|stanc[oa] di tutto|ничего (?:никогда )?не изменится|"
        r"никогда не станет лучше|нет выхода|нет надежды|(?:ما في|مافي|ما فيه|لا يوجد) امل|ma ?fi "
        r"amal|koi (?:umeed|ummeed|ummid|umid) nahi|kuch nahi badlega|कोई उम्मीद नहीं)",
    ),
    "injury": (
        "cut cuts cutting scars scar bleeding blood burned burning bruises sleeves bracelets marks "
        "hoodie hoodies jacket arms cortes cicatrices cicatrizes coupures cicatrices narben "
        "порезы шрамы جروح جروحي ندوب kat nishaan mangas manches sees notices vea voie voit ver "
        "sieht vede veda видел увидел يشوف dekhe tagli cicatrici esconder escondo esconde tapar "
        "cubrir cobrir cacher nascondere verstecken hua",
        r"\b(?:(?:my|the|fresh|new) (?:cuts|scars|wounds|bruises)|(?:so many|all the|hide the|hiding "
        r"the|hide my|hiding my) (?:cuts|scars|marks)|bleeding|burn(?:ed|ing)? myself|"
        r"(?:long )?sleeves (?:so|to)|bracelets? to (?:hide|cover)|hide (?:the|my) "
        r"(?:marks|cuts|scars|arms|wrists)|(?:marks|cuts) on my (?:arms|wrists|legs|thighs)|"
        r"what i did to my (?:arms|wrists|legs)|(?:hoodies?|jacket) (?:to hide|so (?:no one|nobody))|"
        r"(?:mis|meus|minhas|mes) (?:cortes|cicatrices|cicatrizes|coupures)|(?:i miei|miei) tagli|le "
        r"mie cicatrici|"
        # hiding the arms from everyone ("so nobody sees my arms")
        r"so (?:no one|nobody|noone) (?:can )?(?:sees?|notices?) (?:my|the) (?:arms|wrists|legs|thighs|"
        r"cuts|scars|marks)|para que nadie (?:vea|note) (?:mis|los) (?:brazos|munecas|piernas|"
        r"cortes)|pour que personne (?:ne )?(?:voie|voit|remarque) (?:mes|les) (?:bras|poignets|"
        r"jambes|cuisses|coupures)|(?:pra|para) ninguem (?:ver|notar) (?:meus|os|minhas) (?:bracos|"
        r"pulsos|pernas|cortes)|damit (?:mama|papa|meine (?:mutter|eltern)|mein vater) (?:die|meine) (?:arme|"
        r"narben) nicht sieht|damit (?:keiner|niemand) meine (?:arme|handgelenke|beine|narben) "
        r"sieht|(?:cosi|perche) nessuno (?:veda|vede) (?:le mie|i miei) (?:braccia|polsi|gambe|"
        r"cicatrici)|чтобы никто не (?:видел|увидел) (?:мои )?(?:руки|запясть\w*|ноги|порезы|шрамы)|"
        r"(?:عشان|حتي) (?:محد|ما حدا|ما حد) (?:يشوف|يشوفو) (?:ايدي|يدي|جروحي|ذراعي)|taaki koi "
        r"(?:mere|meri) (?:haath|hath|baazu|kalai|bazu) na dekhe|"
        r"(?:mangas|manches) "
        r"(?:largas|longues) (?:para|pour) (?:esconder|cacher)|"
        r"meine (?:narben|schnitte)|(?:мои|свои) (?:порезы|шрамы)|прячу (?:\w+ )?(?:порезы|шрамы)|"
        r"جروحي|ندوبي|mere kat|kat ke nishaan|(?:haath|hath|kalai|baazu|bazu|pair) (?:pe|par|ke upar) "
        r"(?:jo |ke )?(?:nishaan|nishan|kat|zakhm|ghaav|ghav)|(?:हाथ|कलाई|बाजू) (?:पे|पर) (?:जो )?"
        r"(?:निशान|कट|ज़ख्म|जख्म|घाव)|(?:do not|dont|does not|doesnt) know about (?:the|my) (?:marks|cuts|scars)|"
        r"(?:esconder|escondo|esconde|tapar|cubrir|cobrir|cacher|nascondere|"
        r"verstecken) (?:os |los |les |i |die |mis |meus |mes |i miei |meine )?(?:cortes|cicatrices|"
        r"cicatrizes|coupures|tagli|narben)|(?:yong dao |yong dao pian )?hua (?:zi ji|ziji))\b",
    ),
    "passive": (
        "ارتاح وابي wake hit mind crashes crash asleep exist peaceful die despertar despierte atropellara "
        "atropelle reveiller mecrasait acordar hamesha aufzuwachen atropelasse aufwachen wache uberfahrt проснусь "
        "проснуться сбила اصحي تدعسني تصدمني asta uthu uthun uthoon thok xing उठूं उठूँ",
        r"\b(?:و?(?:ابي|ابغي|بدي|اريد) ارتاح (?:للابد|علي طول)|hope i (?:do not|"
        r"never|will not) wake up|(?:sleep|asleep) and (?:not|never) wake up|"
        r"(?:to|and|i) (?:not|never) wake up|if i (?:do not|did not) wake up|(?:car|bus|truck|train) "
        r"(?:would|could|will|to) (?:just )?(?:hit|run over|run me over)|would not mind if (?:something"
        r"|anything|a car|i)|hope (?:the|my) (?:plane|bus|car) crash\w*|(?:got|get) hit by a (?:bus|car|"
        r"truck|train)|(?:get sick|just) and die|peaceful (?:it would be )?to (?:just )?not exist|"
        r"not to exist|no despertar|no despierte|me atropell\w+|ne (?:pas|plus) (?:me |se )?reveiller|"
        r"m'ecrasait|nao acordar|me atropel\w+|nicht mehr (?:auf)?(?:zu)?wach\w*|hamesha ke liye so(?:na|ne|jau|"
        r"jaun|jaaun)|wache \w* ?nicht mehr "
        r"auf|mich ein auto uberf\w+|не проснусь|не проснуться|меня сбила|ما اصحي|تدعسني|تصدمني|"
        r"ma asta|uth(?:u|un|oon) hi na|mujhe thok de|bu (?:yao )?xing lai|उठूं ही ना|उठूँ ही ना)\b",
    ),
    # gratitude, apology and casual goodbyes: each is everyday talk on its own
    "farewell": (
        "thanks thank sorry love care worry goodbye bye gracias perdon perdona adios merci pardon adieu "
        "obrigado obrigada desculpa desculpem adeus danke tschuss спасибо простите прости "
        "شكرا سامحوني shukran samtoni sam7oni shukriya sabko alvida अलविदा शुक्रिया grazie scusate "
        "perdonatemi addio dites dile diles digam sagt dite",
        r"\b(?:(?:thanks|thank you|thx) for everything|i love you all|take care "
        r"of yourselves|do not worry about me|goodbye (?:everyone|all|guys)|bye (?:forever|everyone)|"
        r"gracias por todo|adios a todos|merci pour tout|"
        r"adieu a tous|obrigad[oa] por tudo|adeus a todos|danke fur "
        r"alles|tschuss an alle|спасибо за вс[её]|"
        r"شكرا علي كل شي|shukran eala kol shi|"
        r"sabka shukriya|sabko alvida|सबका शुक्रिया|सबको अलविदा|grazie (?:di|per) tutto|"
        r"addio a tutti|thank(?:s| you)(?: all| guys| everyone)? for (?:always )?being (?:so )?(?:nice|kind|"
        r"good|there) (?:to|for) "
        r"me|"
        # a message for someone else, as if the writer will not see them again
        r"tell (?:my )?(?:mum|mom|mother|dad|father|sister|brother|family|parents|best friend) (?:that )?i "
        r"love (?:her|him|them)|dites? a (?:ma|mon|mes) \w+ que je (?:l'|les )?aime|dile(?:s)? a (?:mi|mis)"
        r" \w+ que (?:la|lo|los|las) quiero|(?:diz|digam|falem) (?:pra|para|a) (?:minha|meu|meus|minhas) "
        r"\w+ que eu (?:a|o|os|as) amo|sagt (?:meiner|meinem|meinen) \w+,? dass ich (?:sie|ihn) liebe|"
        r"dite a (?:mia|mio|miei) \w+ che (?:la|lo|li|le|gli) (?:amo|voglio bene))",
    ),
    # apologising for everything: a suicide note's words, rare in everyday chat
    "apology": (
        "sorry perdon perdona perdonen pardon desculpa desculpem entschuldigung leid простите прости "
        "سامحوني samtoni sam7oni scusate perdonatemi",
        r"\b(?:(?:i am )?sorry for everything|perdon(?:ame|en)? por todo|pardon pour tout|desculp(?:a|em) "
        r"(?:por|pra) tudo|(?:sorry|entschuldigung|tut mir leid) fur alles|прост(?:и|ите) за вс[её]"
        r"(?! что)|سامحوني|samtoni|sorry sabko|scusate(?:mi)? (?:di|per) tutto|perdonatemi)",
    ),
    # a goodbye meant as final, "remember me", farewell letters
    "goodbye": (
        "goodbye remember message hear despedida recuerdenme recuerden carta adieu souvenez lettre "
        "lembrem abschied vergesst lebt прощание прощайте помните последнее وداع تذكروني اخر "
        "resala a5er gao bie alvida yaad aakhri आखिरी dernier ultimo ultima letzte ever",
        r"\b(?:this is (?:my )?goodbye(?! for (?:the|now|a|today|this)| until| till| see)|"
        r"remember me(?= [.!?]|$| ok| when i am gone| always| pls| please| after)|(?:my )?last message|"
        r"(?:the )?last thing i(?: will|ll|'ll) ever (?:post|say|write)|"
        r"last time (?:youll|you will|anyone will) (?:hear|see)|"
        r"esto es una despedida|carta de despedida|recuerd(?:e|a)n?me|c'est un adieu|lettre d'adieu|"
        r"souvenez vous de moi|(?:isso|essa) e (?:uma|a minha) despedida|lembrem (?:se )?de mim|das "
        r"ist (?:ein|mein) abschied|lebt wohl|vergesst mich nicht|это (?:мо[её] )?прощание|прощайте|"
        r"помните меня|последнее сообщение|прощальн\w+ (?:письм\w+|записк\w+)|هذا وداع|تذكروني|"
        r"اخر رساله|رساله وداع|aser resala|gao bie|(?:ye|yeh) alvida hai|mujhe yaad rakhna|aakhri "
        r"message|आखिरी मैसेज|(?:mon|c'est mon) dernier message|(?:mi|es mi) ultimo mensaje|(?:minha|e "
        r"minha) ultima mensagem|meine letzte nachricht|(?:il mio|e il mio) ultimo messaggio)",
    ),
    "final": (
        "decision mind decided tonight tonights plan ready after decidi decidido decision "
        "soir decisao noite entschieden nacht решил решила решено ночью قررت decide raat fail mess "
        "rater fallar falhar errar klappt schaffe sbaglio fallisco feels seems vorbei خلاص waiting "
        "pronto listo pret bereit помешает остановит nadie stop need "
        "deciso",
        r"\b(?:(?:made|made up) my (?:decision|mind)|(?:it is|its|everything is) (?:decided|ready)|"
        r"tonight(?:'s|s| is) the night(?! (?:of|for|we|when|i get|before|to))|(?:doing|do) it tonight|"
        r"(?:ta|esta) tudo pronto|todo (?:esta )?listo(?= [.!?]|$)|tout est pret(?= [.!?]|$)|alles ist "
        r"bereit(?= [.!?]|$)|e tutto pronto(?= [.!?]|$)|need to know (?:by )?tonight|"
        r"tonight i am (?:finally )?doing it|(?:my )?plan is ready|after today|(?:just )?waiting for "
        r"the right (?:time|moment)(?= [.!?]|$)|ho (?:gia )?deciso (?:come|quando) farla finita|"
        r"tonight (?:feels|seems) "
        r"like (?:the|my) night|bald ist (?:es|alles) vorbei|خلاص (?:الليله|اليوم)(?= [.!?]|$)|"
        r"this time i (?:will not|am not going to) (?:fail|mess (?:it )?up)|cette fois(?: ci)? je (?:ne )?"
        r"(?:vais pas|vais plus) (?:le )?rater|esta vez no (?:voy a )?fallar|(?:dessa|desta) vez (?:eu )?"
        r"nao vou (?:falhar|errar)|diesmal (?:klappt es|schaffe ich es)|(?:stavolta|questa volta) non "
        r"(?:sbaglio|fallisco)|"
        r"(?:tome|tomado) (?:mi|una) decision|ya lo (?:decidi|tengo decidido)|esta noche es la noche|"
        r"j'ai pris ma decision|c'est ce soir|tomei (?:a |minha )?decisao|hoje e a noite|"
        r"ich hab(?:e)? mich entschieden|heute nacht ist es so weit|я вс[её] решил[а]?|я решил[а]?"
        r"(?= [.!?]|$)|сегодня ночью вс[её]|انا قررت|قررت خلاص|decide kar liya|aaj raat (?:sab )?"
        r"khatam)",
    ),
    # letters and notes left behind, accounts deleted
    "notes": (
        "deleted wrote written writing write letters notes note goodbye escribi ecrit escrevi "
        "abschiedsbriefe abschiedsbrief briefe написал написала كتبت likh",
        r"\b(?:deleted (?:all )?my (?:photos|pics|pictures|posts|videos|accounts?)|"
        r"(?:wrote|written|writing|write) (?:the |my |a |some )?(?:goodbye )?(?:letters|notes?|a "
        r"letter) (?:for|to) (?:my (?:mum|mom|dad|parents|family|sister|brother|friends|best "
        r"friend)|everyone)|(?:wrote|written) (?:the |my )?(?:letters|notes?)(?= [.!?]|$)|goodbye "
        r"(?:letters?|notes?)|escribi (?:unas |las |una )?cartas? (?:para|a) (?:mi|todos)|j'ai ecrit "
        r"(?:des lettres|une lettre) (?:pour|a) (?:ma|mes|mon|tout)|"
        r"escrevi (?:as |umas )?cartas|abschiedsbrief\w*|briefe "
        r"geschrieben|написал[а]? письма|كتبت رسايل|letters likh diye|كتبت (?:رساله|رسايل|رسائل) "
        r"(?:ل|الي |لكل )\S+)",
    ),
    # a past attempt ("ci ho gia provato una volta"): ambiguous alone (tried what?)
    "attempt": (
        "tried intente intentado tentei essaye versucht provato пытался пыталась stop помешает остановит "
        "nadie "
        "пробовал пробовала جربت حاولت pehle",
        r"\b(?:(?:i )?(?:have )?already tried (?:it |this )?once|i tried (?:it |this )?(?:once )?before"
        r"(?= [.!?]|$| and| but)|last time i tried|tried to (?:do it|end it) (?:before|once|last year)|"
        r"ya lo (?:intente|he intentado)(?: una vez| antes)?|lo intente (?:una vez|antes|el ano pasado)|"
        r"ja tentei (?:uma vez|antes|isso)|j'ai (?:deja )?essaye une fois|j'ai deja essaye|"
        r"(?:hab|habe|habs) (?:es |ich )?(?:\w+ ){0,2}?(?:schon ?mal|schon einmal|einmal) versucht|"
        r"ci ho (?:gia )?provato(?: una volta| l'anno scorso| prima)?|(?:уже )?пытал(?:ся|ась) "
        r"(?:однажды|раньше|в прошлом году)|уже пробовал[а]?(?= [.!?]|$| однажды| раз| один раз)|"
        # "this time nobody will stop me": there was a time before
        r"this time no one (?:will|can|is going to) stop me|(?:в этот раз|на этот раз) никто не "
        r"(?:помешает|остановит)|esta vez nadie me (?:va a )?(?:detener|parar)|"
        r"(?:جربت|حاولت) (?:قبل|مره)|pehle (?:bhi )?(?:try|koshish) (?:ki|kiya|kar chuka|kar chuki))",
    ),
    # thoughts about doing it: coming back ("denk grad wieder dran"), "how easy it
    # would be" (next to a bridge or a roof); ambiguous alone
    "ideation": (
        "thinking thoughts dran daran pensando pensar repense nisso ripenso ripensando penso думаю "
        "easy facil facile einfach leicht",
        r"\b(?:thinking about (?:it|doing it) again|the thoughts are back|(?:think|thinking|thought) "
        r"about how easy it (?:would|could) be(?= [.!?]|$| to (?:jump|fall|let go|end it|just go|do "
        r"it))|how easy it would be to (?:jump|fall|let go|end it|just go)|"
        r"lo facil que seria|(?:a quel point|comme) ce serait facile|como seria facil|wie "
        r"(?:einfach|leicht) es ware|quanto sarebbe facile|denk(?:e)? (?:grad |gerade "
        r"|jetzt )?(?:schon )?wieder (?:dran|daran)|pensando en (?:eso|hacerlo) otra vez|lo vuelvo a "
        r"pensar|j'y (?:re)?pense (?:encore|de nouveau)|j'y repense|(?:to|estou|tou) pensando nisso de "
        r"novo|penso nisso de novo|ci (?:sto )?ripens(?:o|ando)|ci penso di nuovo|опять (?:об этом )?"
        r"думаю об этом|снова думаю об этом)",
    ),
    # long sleeves or a hoodie in the heat: weather talk alone, a cue next to the arms
    "conceal": (
        "summer hot heat verano calor ete chaleur verao sommer hitze estate destate maniche caldo летом жару الصيف "
        "الحر garmi chhupa chupa chhipa छुपा hid hide hiding keep kept cache escondi escondo "
        "escondemos versteckt nascosto pulseira pulseiras pulsera pulseras bracelet bracelets "
        "braccialetto braccialetti chang tell told say langarm grad",
        r"\b(?:(?:(?:long )?sleeves?|hoodies?|jumpers?|sweaters?|jackets?) (?:\w+ ){0,2}?(?:in (?:the )?"
        r"summer|when (?:it is|its) (?:hot|boiling)|in (?:this|the) heat)|(?:in (?:the )?summer|when "
        r"(?:it is|its) hot) (?:\w+ ){0,4}?(?:long sleeves|hoodies?|jumpers?)|manga (?:larga|comprida)"
        r" (?:en|no) (?:verano|verao)|(?:en|no) (?:verano|verao) (?:\w+ ){0,3}?manga (?:larga|comprida)|"
        r"manches longues en ete|en ete (?:\w+ ){0,3}?manches longues|(?:im|i am) sommer (?:\w+ ){0,3}?"
        r"lange armel|lange armel (?:im|i am) sommer|maniche lunghe (?:d'estate|in estate)|(?:d'estate|in estate) "
        r"(?:\w+ ){0,3}?maniche lunghe|летом (?:\w+ ){0,3}?длинн\w+ рукав\w*|в жару (?:\w+ ){0,3}?"
        r"длинн\w+ рукав\w*|اكمام طويله (?:بالصيف|في الصيف)|(?:بالصيف|في الصيف) (?:\S+ ){0,2}?اكمام "
        r"طويله|garmi (?:mein|me) (?:bhi )?(?:full sleeves|poori baazu|hoodie)|(?:chhupa|chupa|chhipa) "
        r"(?:ke|kar) (?:rakhta|rakhti|rakhte|rakha) (?:hoon|hu|hun|hai)|छुपा (?:के|कर) (?:रखता|रखती) "
        r"(?:हूँ|हूं|हु)|(?:hid|hide|hiding|keep|kept) (?:the |my |some )?(?:blades?|razors?|pills) (?:in|"
        r"under|inside)|(?:j'ai )?cache (?:des|mes|les) (?:lames|cachets|medicaments)|escond(?:i|o|emos)"
        r" (?:las |unas |mis )?(?:cuchillas|navajas|pastillas)|escond(?:i|o) (?:as |umas |minhas )?"
        r"(?:laminas|giletes|remedios)|(?:hab|habe) (?:\w+ )?(?:klingen|tabletten) versteckt|ho nascosto"
        r" (?:delle |le )?(?:lamette|pillole)|(?:pulseiras?|pulseras?|bracelets?|braccialetti?) (?:pra|"
        r"para|pour|per) (?:esconder|cobrir|tapar|cacher|nascondere)|chuan chang xiu|i (?:tell|told|say)"
        r" (?:them|her|him|everyone|people|my \w+) (?:it is|its|it was|they are|theyre) (?:from )?(?:the|my) "
        r"(?:cat|dog)(?! (?:scratches|again)? ?(?:lol)? ?(?:when|because) (?:i|we) (?:play|played)))|"
        r"(?:langarm|lange armel|pulli|hoodie) bei \d+ grad",
    ),
    # waking up in hospital, a stomach pumped: with a means it is a past attempt
    "aftermath": (
        "hospital ambulance stomach pumped er hospital hopital lhopital reveillee reveille "
        "krankenhaus ausgepumpt "
        "ospedale больнице желудок المستشفي بالمستشفي",
        r"\b(?:i (?:woke up|ended up|came round|came to) (?:in|at) (?:the |a )?(?:hospital|a and e|er|icu|"
        r"emergency room)(?![^.!?]{0,40}\b(?:accident|crash|broke|broken|fell|fall|surgery|operation|"
        r"appendix|asthma|allerg\w*|covid|flu|injur\w*)\b)|(?:had|got) my stomach pumped|desperte en (?:el )?"
        r"hospital|(?:acabe|termine) en (?:el )?hospital|me hicieron un lavado de estomago|je me suis "
        r"reveillee? a l'?hopital|j'ai fini a l'hopital|acordei no hospital|fui parar no hospital|(?:im|i "
        r"am) krankenhaus (?:\w+ )?(?:aufgewacht|gelandet)|magen ausgepumpt|mi sono (?:svegliat[oa]|"
        r"risvegliat[oa]) in ospedale|sono finit[oa] in ospedale|(?:очнул|проснул)(?:ась|ся) в больнице|"
        r"мне промывали желудок|(?:صحيت|فقت) (?:بال|في ال)مستشفي|hospital (?:mein|me) (?:uthi|utha|"
        r"hosh aaya|aankh khuli))",
    ),
    # looking up how many / which / how: with a means or a dose it is method research
    "research": (
        "googled googling google googlen looked looking look searched searching search researching "
        "researched buscando busque buscado cherche pesquisei pesquisando pesquisar procurei gegoogelt "
        "gegooglet recherchiert nachgeschaut gesucht cercato cercavo googlato гуглил гуглила загуглил "
        "загуглила искал искала ادور دورت بحثت",
        r"\b(?:(?:googl\w*|look(?:ed|ing)? up|search(?:ed|ing)?(?: up| online| for)?|research(?:ed|ing)?|"
        r"read(?:ing)? about) (?:how (?:many|much|long|to)|which|what (?:is the|would)|ways to|the "
        r"(?:quickest|easiest|fastest|least painful|best) (?:way|method))|(?:buscando|busque|he buscado)"
        r" (?:en (?:google|internet) )?(?:cuant[oa]s|como|formas de|maneras de)|(?:j'ai cherche|je "
        r"cherche|j'ai googl\w+) (?:sur (?:google|internet) )?(?:combien|comment|quel|quelle|des "
        r"facons de|des moyens de)|(?:pesquis\w+|procurei|fiquei procurando) (?:no google |na internet"
        r" )?(?:quant[oa]s|como|qual|jeitos de|formas de)|(?:gegoogelt|gegooglet|googel\w*|recherchiert|"
        r"nachgeschaut|gesucht) (?:wie viele|wie viel|wie lange|wie man|welche)|(?:ho cercato|cercavo|"
        r"ho googlato|sto cercando) (?:su (?:google|internet) )?(?:quant[ei]|come|quale|modi per)|"
        r"(?:гуглил|загуглил|искал)а? (?:в интернете )?(?:сколько|как|какой|какие|способы)|(?:ادور|"
        r"دورت|بحثت) (?:\S+ ){0,2}?(?:كم|كيف|طريقه)|search (?:kiya|kar rahi|kar raha|karti|karta) "
        r"(?:\w+ )?(?:kitni|kaise|kaunsa))(?![^.!?]{0,60}\b(?:project|homework|essay|assignment|"
        r"presentation|quiz|can take|you can|safe|safely|per day|a "
        r"day|for (?:a|my|the) (?:headache|cold|fever|period|cramps|toothache)|se pueden|puedes|al dia|"
        r"on peut|par jour|pour la fievre|pode tomar|por dia|darf|pro tag|al giorno|si possono|в день|"
        r"можно)\b)",
    ),
    # the writer counting pills ("i counted my pills again")
    "roofs": (
        "buildings building bridges bridge places roof rooftop top",
        r"\b(?:which|what) (?:buildings?|bridges?|places?|parking garages?) (?:\w+ ){0,6}?(?:get onto|get "
        r"on|get up to|access|go up to|onto) (?:the )?(?:roof|rooftop|top)\b(?![^.!?]{0,60}\b(?:view|views|"
        r"fireworks|photo|photos|pictures?|sunset|sunrise|drone|trip|tour|party|garden|bar|"
        r"restaurant)\b)",
    ),
    "count": (
        "counted counting count recounted conte contando contei compte recompte gezahlt zahle "
        "contato conto пересчитал пересчитала посчитал посчитала считала считаю عديت حسبت gini gin",
        r"(?:\bi |^|[.!?] )(?:have |had |just |already |keep |kept |am |was |been |literally )*"
        r"(?:counted|counting|count|recounted|recounting)(?: out| up)? (?:all )?(?:of )?(?:my |the |"
        r"mums? |my mums? |dads? |my dads? )?(?:\w+ )?(?:pills|tablets|meds|painkillers)\b(?! (?:into|"
        r"in|for) )(?![^.!?]{0,40}\b(?:pill ?box|organi[sz]er|dosette|forget|prescription|pharmacy|"
        r"chemist|nurse|doctor)\b)|\b(?:conte|he contado|estoy "
        r"contando) (?:todas )?(?:las |mis )?(?:pastillas|pildoras|remedios)|\b(?:j'ai compte|jai "
        r"compte|je compte|je recompte|j'ai recompte) (?:tous |toutes )?(?:les |mes )?(?:cachets|"
        r"comprimes|pilules|medocs|medicaments)|\b(?:contei|to contando|estou contando) (?:todos )?"
        r"(?:os |meus )?(?:comprimidos|remedios|pilulas)|\b(?:tabletten|pillen) (?:\w+ )?gezahlt|"
        r"\bzahle (?:die |meine )?(?:tabletten|pillen)|\b(?:ho contato|sto contando) (?:tutte )?(?:le "
        r"|le mie )?(?:pastiglie|pillole|compresse|medicine)|(?:пересчитал|посчитал|считал)а? (?:все "
        r")?(?:свои |мои |мамины )?таблетк\w*|(?:عديت|حسبت) (?:كل )?(?:الحبوب|حبوبي|الحبات)|"
        r"\b(?:goliyan|goliya|goli) (?:gini|gin li|gin liye|ginn li)\b",
    ),
}

# Chinese cue families: unspaced rules (first trigger in CJK, matched against
# the normalised text, not the spaced phrase form).  Pinyin is in the spaced
# families above.
ZH: dict[str, tuple[str, str]] = {
    "means": ("药 刀片 天台 楼顶", r"安眠药|药片|药|刀片|天台|楼顶"),
    "lethal": ("多少 致死 会不会痛 不会痛", r"多少(?:片|颗|粒)|吃多少|致死|会不会痛|不会痛"),
    "absence": ("用不到 用不上 不需要了 不在了 消失", r"用不到了|用不上了|不需要了|不在了|消失"),
    "burden": ("累赘 负担 没有我 轻松 解脱",
               r"累赘|负担|没有我.{0,4}更好|我(?:消失|不在|死)了?.{0,6}(?:轻松|更好|开心|解脱)"),
    "giving": ("送给 都给 帮我照顾 送人 送掉 送出去",
               r"送给|都给你|帮我照顾|送人|送掉|送出去|都给了?(?:我的?)?(?:妹妹|弟弟|哥哥|姐姐|朋友|家人|爸妈)"),
    "despair": ("好累 撑不下去 不想撑 没有意义 活着 好起来 希望",
                r"好累|撑不下去|不想撑|活着(?:好|太)?累|没有意义|不会好起来|没(?:有)?希望"),
    "injury": ("伤口 伤疤 疤痕 划痕 手臂上 手腕上 手上 胳膊上",
               r"伤口|伤疤|疤痕|划痕|手(?:臂|腕)?上的(?:疤|伤)|胳膊上的(?:疤|伤)"),
    # long sleeves alone are weather, not a cue of their own in the injury family
    "conceal": ("长袖 遮住 不想让 藏起 挡着 挡住 没人发现 没人知道",
                r"长袖|遮住|不想让.{0,6}看到|藏起来|挡着|挡住|没人发现|没人知道"),
    "passive": ("醒 被车撞 撞死",
                r"不(?:要|再|会)醒|不想再醒(?!这么早|那么早|得?太早|早)|别醒|再也不.{0,2}醒|被车撞|撞死我"),
    "farewell": ("谢谢 对不起", r"谢谢.{0,6}一切|对不起.{0,6}一切"),
    "goodbye": ("告别 永别 记得我 记住我 最后一条", r"告别|永别|记得我|记住我|最后一条"),
    "final": ("决定了 今晚就 遗书 写好了", r"决定了|今晚就|遗书|写好了.{0,8}信"),
    "aftermath": ("醒来 医院 洗胃", r"醒来(?:在|就在|时在)医院|在医院醒来|洗胃"),
    "research": ("网上 上网 百度 搜 查了", r"(?:网上|上网|百度|搜索?|查了?).{0,4}(?:多少|怎么|怎样|什么方法)"),
    "count": ("数了 数数", r"数了?数?.{0,4}药"),
}

# Strong passive wishes: one of these holds on its own (a wish to be hit by a
# car or not to wake up is not an idiom); every pattern names the writer.

# fourth round (signals_more.py): new members of the families above
from .signals_more import MORE as _MORE  # noqa: E402
from .signals_more import ZH_MORE as _ZH_MORE  # noqa: E402
from .signals_more import extend as _extend  # noqa: E402

_extend(FAMILIES, _MORE)
_extend(ZH, _ZH_MORE)
