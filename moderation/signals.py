"""Self-harm signals: co-occurring weak cues instead of one fixed phrase.

Why: held-out sets written by people who never saw the rules show that
indirect disclosures ("gave my xbox to my brother, he'll need it more",
"how many sleeping pills would be too many", "everyone would have an easier
time if I wasn't around") slip past phrase rules, because each is worded
differently.  What they share is *two kinds of cue in one message*: a means
and a quantity, giving things away and absence, a burden and absence...
Each cue family below is a trigger-gated rule of its own; the stage holds a
message (category ``self_harm``, reason ``signals:<a>+<b>``) when two
different families hit, the writer speaks in the first person, and no
third-person or advice frame excuses the hits.  One family alone never
holds: "I gave my old games to my brother" and "I'm so tired of homework"
stay allowed.

Ten families: means, lethal (quantities), absence, burden, giving, despair
(exhaustion), injury (hidden marks), passive (passive wishes: "hope i don't
wake up", "a car could just hit me"), farewell (thanks / sorry for
everything, casual goodbyes), goodbye (a goodbye meant as final, "remember
me", "last message") and final (decisions, letters, "tonight's the night").
Farewell, goodbye and final are the writer's own acts, so a pair including
one needs no first-person pronoun; three families need none either ("how
many tablets does it take to not wake up").  Chinese families are separate
unspaced rules (matched against the normalised text); pinyin, Arabizi
(digits read as letters: "ta3bt" -> "taebt") and Hinglish sit in the spaced
families.

A short list of strong passive wishes (``signals:wish``: "i wish a car would
hit me", "hope i don't wake up tomorrow", "wouldn't mind if something
happened to me") holds on its own: they name the writer and are not idioms.

The lists are general concepts in nine languages, written from our own
examples (tests/moderation/test_mod_signals.py), not from the held-out sets.
"""

from __future__ import annotations

import re
import unicodedata

from .normalise import Prepared
from .rules import Rule, RuleSet, _split_top, rule
from .verdict import Action, Verdict

# Each family: (triggers, pattern).  Patterns are matched against the phrase
# form (abbreviations expanded: "wont" -> "will not", "wasnt" -> "was not";
# Arabizi digits read as letters: "ta3bt" -> "taebt", "sam7oni" -> "samtoni",
# "a5er" -> "aser"; Arabic letters folded: "على" -> "علي", "رسائل" -> "رسايل").
_FAMILIES: dict[str, tuple[str, str]] = {
    "means": (
        "pills pill tablets meds medication painkillers paracetamol overdose rope noose bridge "
        "roof rooftop tracks razor blade blades bleach pastillas pastilhas comprimidos remedios "
        "cachets medicaments tabletten pillen brucke corde cuerda corda таблетки таблеток веревк "
        "мост крыш حبوب دوا جسر سطح goliyan goli dawai",
        r"\b(?:sleeping pills|pills|tablets|meds|medication|painkillers|paracetamol|overdose|rope|"
        r"noose|bridge|rooftop|roof|train tracks|the tracks|razor|blades?|bleach|pastillas|"
        r"pastilhas|comprimidos|remedios|cachets|medicaments|tabletten|pillen|brucke|corde|cuerda|"
        r"corda|таблет\w*|веревк\w*|мост\w*|крыш\w*|حبوب|دوا|جسر|سطح|goliyan|goli|dawai)\b",
    ),
    "lethal": (
        "cuantas cuantos quantos quantas wie many enough whole lethal fatal painless hurt long muchas "
        "demasiadas muitos suficiente "
        "trop combien genug viele сколько хватит كم كافي kitni knock",
        r"\b(?:too many|how many (?:\w+ ){0,4}(?:would (?:it )?(?:take|be too|kill)|to (?:die|not wake|"
        r"overdose|kill|end))|enough to (?:die|not wake|"
        r"end|kill)|(?:the|a) whole (?:bottle|pack|box|packet)|lethal|fatal|painless|does it hurt to|"
        r"knock me out (?:for good|forever)|"
        r"how long (?:does|would) it take|demasiadas|cuantas (?:\w+ ){0,3}(?:hacen falta|son "
        r"mucho)|quantos? (?:\w+ ){0,3}(?:precisa|e demais)|combien (?:\w+ ){0,3}(?:faut il|c'est "
        r"trop)|trop de|wie viele (?:\w+ ){0,3}(?:braucht|sind zu viel)|сколько (?:\w+ ){0,3}"
        r"(?:нужно|надо|хватит)|كم (?:\S+ ){0,3}(?:تكفي|كفايه)|kitni (?:\w+ ){0,3}(?:kaafi|zyada))\b",
    ),
    "absence": (
        "around here gone need see last goodbye disappear forever vanish existe existir exister "
        "existieren nie ne plus bin никогда исчезн будет موجود problem longer necesitar besoin "
        "precisar brauch brauche понадобится rahunga rahungi zarurat ज़रूरत",
        r"\b(?:(?:was|were|am|is|be) not (?:around|here)|if i (?:was|were) (?:not|never) (?:around|"
        r"here|born)|when i am gone|after i am gone|once i am gone|(?:he|she|they) will need "
        r"(?:them|it)(?: more)?|will not need (?:them|it|my \w+|this) (?:soon|any ?more|where i am "
        r"going)|you will not see me|will never see me|for the last time|last time (?:you|anyone) "
        r"will (?:hear|see)|(?:will not|not going to) be (?:around|here)(?= [.!?]|$)|goodbye (?:forever|for good)|"
        r"(?:will not|not going to) be (?:around|here|a problem|a burden) (?:for \w+ )?(?:much "
        r"longer|for long|any ?more|soon)|soon i will not be|"
        r"disappear(?: forever)?|vanish|(?:ya )?no (?:voy a|estare|estaria) (?:aqui|mas)|no (?:la|lo|"
        r"los|las) voy a necesitar|nao vou (?:estar|mais estar) (?:aqui|mais)|nao vou mais precisar|"
        r"je ne serai plus (?:la|ici)|j'en aurai (?:plus|pas) besoin|ich bin (?:bald )?nicht "
        r"mehr da|bin ich (?:bald )?nicht mehr da|ich brauch(?:e)? (?:sie|es|ihn|das) (?:eh )?nicht "
        r"mehr|(?:скоро )?меня (?:скоро )?не будет|(?:мне )?(?:он|она|оно|они) больше не понадоб\w+|"
        r"ما راح اكون موجود|main nahi rahunga|main nahi rahungi|ab (?:mujhe )?(?:iski|inki|uski) "
        r"zarurat nahi|ज\S?रूरत नहीं)",
    ),
    "burden": (
        "easier better burden notice care miss happier facil mejor fardo peso mieux poids leichter "
        "besser fur легче лучше обуза обузой احسن اسهل عبء عبئ behtar bojh",
        r"\b(?:easier (?:\w+ )?(?:if|without) (?:i|me)|better off (?:if|without)|(?:everyone|they|you all|"
        r"my family|my parents) (?:would|will) be better off(?= [.!?]|$)|(?:a|such a|just a) "
        r"burden|(?:nobody|no one) would (?:even )?(?:notice|care|miss)|would be (?:happier|better|"
        r"fine) without me|mas facil (?:\w+ )?(?:sin mi|si yo no)|mejor sin mi|(?:un|una) (?:fardo|"
        r"carga) para|mais facil (?:\w+ )?(?:sem mim|se eu nao)|melhor sem mim|um peso (?:pra|para)|"
        r"plus simple sans moi|mieux sans moi|un poids pour|leichter ohne mich|besser ohne mich|"
        r"(?:nur )?eine last fur|легче без меня|лучше без меня|обуз[аойу]|احسن بدوني|اسهل بدوني|"
        r"عب[ءي] علي|mere bina behtar|bojh (?:hu|hoon|hun))\b",
    ),
    "giving": (
        "gave giving give keep have care look भाई बहन regale regalando dei doando donne donner "
        "verschenke verschenkt geschenkt раздал раздала отдал отдала عطيت وزعت de di diya diye",
        r"\b(?:(?:gave|giving|give|gave away|giving away|given away) (?:away )?(?:all )?(?:of )?my "
        r"(?:\w+ ){0,2}(?:stuff|things|xbox|ps5|ps4|switch|phone|laptop|clothes|hoodies|games|books|"
        r"collection|cat|dog|savings|money|console|plushies)|(?:he|she|they|you) can (?:have|keep) "
        r"(?:all )?(?:my|it|them)|(?:take care of|look after) my (?:cat|dog|pet|little|fish|hamster)|"
        r"(?:regale|regalando|doei|dei|doando|j'ai donne|je donne) (?:todas |"
        r"todos |tous |toutes )?(?:mis|mes|minhas|meus|mi|ma|mon|meu|minha) (?:\w+ )?(?:cosas|coisas|"
        r"affaires|jeux|juegos|jogos|play|console|celular|movil|telephone|ropa|roupas)|"
        r"(?:verschenke|verschenkt|habe \w+ verschenkt) (?:alle )?(?:meine|meinen) "
        r"(?:sachen|spiele)|(?:meinem|meiner) (?:bruder|schwester|freundin|freund) geschenkt|"
        r"(?:раздал|раздала|отдал|отдала) (?:все )?(?:свои|мои|свою|мою|свой|мой) (?:\w+ )?"
        r"(?:вещи|игры|приставк\w*|телефон)|"
        r"(?:عطيت|وزعت) (?:كل )?(?:اغراضي|العابي|حاجاتي|جوالي)|(?:bhai|behen|dost) ko (?:de diya|de "
        r"di|de diye)|(?:भाई|बहन) को दे दि)",
    ),
    "despair": (
        "tired sick point matters empty hopeless exhausted cannot can done give fighting care थक "
        "cansado cansada cansa sentido aguanto puedo fatigue fatiguee sens peux bout mude mude "
        "sinn kann устал устала смысла могу сил تعبت فايده اقدر thak taebt ta3bt bardasht",
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
        r"allem|ich kann nicht mehr(?! (?:warten|schlafen|essen))|устал[аи]? от (?:всего|жизни)|нет "
        r"смысла|больше не могу|сил (?:больше )?нет|تعبت من كل|ما في فايده|ما (?:عاد|عدت) اقدر|"
        r"sab se thak|thak (?:gaya|gayi|gyi|gya) (?:hu|hoon|hun) sab se|taebt (?:mn|min|men) kol|"
        r"bardasht nahi|सब(?:से| से) थक)",
    ),
    "injury": (
        "cut cuts cutting scars scar bleeding blood burned burning bruises sleeves bracelets marks "
        "hoodie hoodies jacket arms cortes cicatrices cicatrizes coupures cicatrices narben "
        "порезы шрамы جروح جروحي ندوب kat nishaan mangas manches",
        r"\b(?:(?:my|the|fresh|new) (?:cuts|scars|wounds|bruises)|(?:so many|all the|hide the|hiding "
        r"the|hide my|hiding my) (?:cuts|scars|marks)|bleeding|burn(?:ed|ing)? myself|"
        r"(?:long )?sleeves (?:so|to|because|in summer)|bracelets? to (?:hide|cover)|hide (?:the|my) "
        r"(?:marks|cuts|scars|arms|wrists)|(?:marks|cuts) on my (?:arms|wrists|legs|thighs)|"
        r"what i did to my (?:arms|wrists|legs)|(?:hoodies?|jacket) (?:to hide|so (?:no one|nobody))|"
        r"(?:mis|meus|minhas|mes) (?:cortes|cicatrices|cicatrizes|coupures)|(?:mangas|manches) "
        r"(?:largas|longues) (?:para|pour) (?:esconder|cacher)|"
        r"meine (?:narben|schnitte)|(?:мои|свои) (?:порезы|шрамы)|прячу (?:\w+ )?(?:порезы|шрамы)|"
        r"جروحي|ندوبي|mere kat|kat ke nishaan)\b",
    ),
    "passive": (
        "wake hit mind crashes crash asleep exist peaceful die despertar despierte atropellara "
        "atropelle reveiller mecrasait acordar hamesha aufzuwachen atropelasse aufwachen wache uberfahrt проснусь "
        "проснуться сбила اصحي تدعسني تصدمني asta uthu uthun uthoon thok xing उठूं उठूँ",
        r"\b(?:hope i (?:do not|never|will not) wake up|(?:sleep|asleep) and (?:not|never) wake up|"
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
        "شكرا سامحوني shukran samtoni sam7oni shukriya sabko alvida अलविदा शुक्रिया",
        r"\b(?:(?:thanks|thank you|thx) for everything|sorry for everything|i love you all|take care "
        r"of yourselves|do not worry about me|goodbye (?:everyone|all|guys)|bye (?:forever|everyone)|"
        r"gracias por todo|perdon(?:ame|en)? por todo|adios a todos|merci pour tout|pardon pour tout|"
        r"adieu a tous|obrigad[oa] por tudo|desculp(?:a|em) (?:por|pra) tudo|adeus a todos|danke fur "
        r"alles|(?:sorry|entschuldigung|tut mir leid) fur alles|tschuss an alle|спасибо за вс[её]|"
        r"прост(?:и|ите) за вс[её](?! что)|شكرا علي كل شي|سامحوني|shukran eala kol shi|samtoni|"
        r"sabka shukriya|sorry sabko|sabko alvida|सबका शुक्रिया|सबको अलविदा)",
    ),
    # a goodbye meant as final, "remember me", farewell letters
    "goodbye": (
        "goodbye remember message hear despedida recuerdenme recuerden carta adieu souvenez lettre "
        "lembrem abschied vergesst lebt прощание прощайте помните последнее وداع تذكروني اخر "
        "resala a5er gao bie alvida yaad aakhri आखिरी",
        r"\b(?:this is (?:my )?goodbye(?! for (?:the|now|a|today|this)| until| till| see)|"
        r"remember me(?= [.!?]|$| ok| when i am gone| always| pls| please| after)|(?:my )?last message|"
        r"last time (?:youll|you will|anyone will) (?:hear|see)|"
        r"esto es una despedida|carta de despedida|recuerd(?:e|a)n?me|c'est un adieu|lettre d'adieu|"
        r"souvenez vous de moi|(?:isso|essa) e (?:uma|a minha) despedida|lembrem (?:se )?de mim|das "
        r"ist (?:ein|mein) abschied|lebt wohl|vergesst mich nicht|это (?:мо[её] )?прощание|прощайте|"
        r"помните меня|последнее сообщение|прощальн\w+ (?:письм\w+|записк\w+)|هذا وداع|تذكروني|"
        r"اخر رساله|رساله وداع|aser resala|gao bie|(?:ye|yeh) alvida hai|mujhe yaad rakhna|aakhri "
        r"message|आखिरी मैसेज)",
    ),
    "final": (
        "decision mind decided tonight tonights plan ready after deleted decidi decidido decision "
        "soir decisao noite entschieden nacht решил решила решено ночью قررت decide raat wrote "
        "written writing write letters notes note goodbye escribi ecrit escrevi abschiedsbriefe "
        "abschiedsbrief briefe написал написала كتبت likh",
        r"\b(?:(?:made|made up) my (?:decision|mind)|(?:it is|its|everything is) (?:decided|ready)|"
        r"tonight(?:'s|s| is) the night|(?:doing|do) it tonight|tonight i am (?:finally )?doing it|"
        r"(?:my )?plan is ready|after today|deleted (?:all )?my (?:photos|pics|posts|accounts?)|"
        r"(?:wrote|written|writing|write) (?:the |my |a |some )?(?:goodbye )?(?:letters|notes?|a "
        r"letter) (?:for|to) (?:my (?:mum|mom|dad|parents|family|sister|brother|friends|best "
        r"friend)|everyone)|(?:wrote|written) (?:the |my )?(?:letters|notes?)(?= [.!?]|$)|goodbye "
        r"(?:letters?|notes?)|escribi (?:unas |las )?cartas (?:para|a) (?:mi|todos)|j'ai ecrit des "
        r"lettres (?:pour|a) (?:ma|mes|mon|tout)|escrevi cartas|abschiedsbrief\w*|briefe "
        r"geschrieben|написал[а]? письма|كتبت رسايل|letters likh diye|"
        r"(?:tome|tomado) (?:mi|una) decision|ya lo (?:decidi|tengo decidido)|esta noche es la noche|"
        r"j'ai pris ma decision|c'est ce soir|tomei (?:a |minha )?decisao|hoje e a noite|"
        r"ich hab(?:e)? mich entschieden|heute nacht ist es so weit|я вс[её] решил[а]?|я решил[а]?"
        r"(?= [.!?]|$)|сегодня ночью вс[её]|انا قررت|قررت خلاص|decide kar liya|aaj raat (?:sab )?"
        r"khatam)",
    ),
}

# Chinese cue families: unspaced rules (first trigger in CJK, matched against
# the normalised text, not the spaced phrase form).  Pinyin is in the spaced
# families above.
_ZH: dict[str, tuple[str, str]] = {
    "means": ("药 刀片 天台 楼顶", r"安眠药|药片|药|刀片|天台|楼顶"),
    "lethal": ("多少 致死 会不会痛 不会痛", r"多少(?:片|颗|粒)|吃多少|致死|会不会痛|不会痛"),
    "absence": ("用不到 用不上 不需要了 不在了 消失", r"用不到了|用不上了|不需要了|不在了|消失"),
    "burden": ("累赘 负担 没有我", r"累赘|负担|没有我.{0,4}更好"),
    "giving": ("送给 都给你 帮我照顾", r"送给|都给你|帮我照顾"),
    "despair": ("好累 撑不下去 不想撑 没有意义 活着", r"好累|撑不下去|不想撑|活着(?:好|太)?累|没有意义"),
    "injury": ("伤口 伤疤 疤痕 划痕 长袖", r"伤口|伤疤|疤痕|划痕|长袖"),
    "passive": ("醒 被车撞 撞死", r"不(?:要|再|会)醒|别醒|再也不.{0,2}醒|被车撞|撞死我"),
    "farewell": ("谢谢 对不起", r"谢谢.{0,6}一切|对不起.{0,6}一切"),
    "goodbye": ("告别 永别 记得我 记住我 最后一条", r"告别|永别|记得我|记住我|最后一条"),
    "final": ("决定了 今晚就 遗书 写好了", r"决定了|今晚就|遗书|写好了.{0,8}信"),
}

# Strong passive wishes: one of these holds on its own (a wish to be hit by a
# car or not to wake up is not an idiom); every pattern names the writer.
_STRONG: tuple[tuple[str, str], ...] = (
    ("wake woke",
     r"\bhope i (?:do not|never|will not) wake up(?: tomorrow| again| ever| anymore| in the "
     r"morning)?(?= [.!?]|$| honestly| tbh| ngl| lol| fr| at all| i | tomorrow)|\b(?:fall asleep|go "
     r"to sleep|sleep) and not wake up(?! until| till| before| early| at | for | in time| on time)\b|"
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
     r"camion|bus|tren))\b"),
    ("espere reveiller", r"\bj'espere ne (?:pas|plus) me reveiller(?: demain)?(?= [.!?]|$)"),
    ("espero queria acordar atropelasse",
     r"\bespero nao acordar(?: amanha| mais)?(?= [.!?]|$)|\bqueria que um (?:carro|onibus|caminhao)"
     r" me atropelasse\b"),
    ("hoffe wache", r"\bich hoffe ich wache (?:morgen )?nicht mehr auf\b"),
    ("надеюсь сбила", r"\bнадеюсь(?: что)?(?: я)? не проснусь\b|\bхочу чтобы меня сбила машина\b"),
    ("اتمني", r"اتمني (?:اني )?ما اصحي|اتمني (?:سياره|تريله) (?:تدعسني|تصدمني)"),
    ("atmana atmanna", r"\batman+a (?:eni |ani )?ma (?:asta|as7a)\b"),
    ("xing", r"\bxi wang (?:\w+ ){0,4}bu (?:yao |zai )?xing lai\b"),
    ("kaash", r"\bkaash (?:main )?(?:kal )?(?:subah )?uth(?:u|un|oon) hi na\b|\bkaash koi (?:gaadi|"
              r"truck|bus|car) mujhe (?:thok|maar|kuchal|uda) de\b"),
    ("काश", r"काश .{0,20}उठ(?:ूं|ूँ|ू) ही ना"),
)

_ZH_STRONG: tuple[tuple[str, str], ...] = (
    ("希望 真希望 但愿", r"(?:希望|但愿).{0,6}(?:不要|别|再也不).{0,2}醒|希望.{0,4}被车撞"),
)

_STRONG_NAME = "signals:wish"
_SPEECH = frozenset({"signals:farewell", "signals:goodbye", "signals:final"})



def _rule(name: str, triggers: str, pattern: str) -> Rule:
    # NFKC like the message text: Devanagari nukta letters decompose
    return rule(name, "self_harm", _nfkc(triggers), _nfkc(_flatten(pattern)), framed="generic")


def _flatten(pattern: str) -> str:
    """"\\b(?:A|B|...)\\b" -> "\\bA\\b|\\bB\\b|...": one group of dozens of
    alternatives is tried at every position of the message (tens of µs on a
    long text); split, each alternative starts with a literal that the regex
    engine finds by substring search, and most are skipped by `rule()`'s
    required-text test before any regex runs."""
    if not pattern.startswith("\\b(?:"):
        return pattern
    depth, i, in_class = 0, 2, False
    while i < len(pattern):  # find the group's closing parenthesis
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            if depth == 0:
                break
        i += 1
    tail = pattern[i + 1 :]
    if tail not in ("", "\\b"):
        return pattern  # not one wrapped group
    return "|".join(f"\\b{alt}{tail}" for alt in _split_top(pattern[5:i]))


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


RULES: list[Rule] = [
    *(_rule(f"signals:{name}", *spec) for name, spec in _FAMILIES.items()),
    *(_rule(f"signals:{name}", *spec) for name, spec in _ZH.items()),
    *(_rule(_STRONG_NAME, *spec) for spec in _STRONG + _ZH_STRONG),
]

_FIRST_PERSON = re.compile(
    r"\b(?:i|me|my|myself|mine|yo|mi|mis|je|j'|moi|mon|ma|mes|eu|meu|minha|meus|minhas|mim|ich|mich|"
    r"mir|mein|meine|я|меня|мне|мои|мой|моя|main|mujhe|mera|meri|mere|maine|wo|ana|ani)\b|"
    r"[\u0600-\u06ff]|我|मैं|मैंने|मुझे|मेरा|मेरी|मेरे"
)
# Chinese often drops the pronoun ("希望明天不要醒来"): a CJK message with no
# third-person pronoun counts as first person
_THIRD_PERSON_ZH = re.compile(r"[他她]|朋友|同学")


def _first_person(prep: Prepared) -> bool:
    if _FIRST_PERSON.search(prep.plain):
        return True
    return prep.has_cjk and _THIRD_PERSON_ZH.search(prep.norm) is None


class SignalsStage:
    """Hold when two different self-harm cue families co-occur, or on one
    strong passive wish (see module doc)."""

    name = "selfharm_signals"

    def __init__(self, allow_frames: bool = True) -> None:
        self.rules = RuleSet(RULES)
        self.allow_frames = allow_frames

    def __call__(self, prep: Prepared, verdict: Verdict) -> Verdict:
        if "self_harm" in verdict.categories:
            return verdict  # already held for a human
        candidates = self.rules.candidates(prep)
        if not candidates:
            return verdict
        names = {r.name for r in candidates}
        if len(names) < 2 and _STRONG_NAME not in names:
            return verdict  # one family at most: cheap exit before any regex
        hits = self.rules.scan(prep, self.allow_frames)
        families = {h.rule.name for h in hits if h.excused_by is None}
        if _STRONG_NAME in families:
            return verdict.escalate(Action.HOLD, ("self_harm",), (_STRONG_NAME,))
        # farewells and plans are the writer's own acts, and three families need no
        # pronoun either ("how many tablets does it take to not wake up")
        if len(families) < 2 or (
            len(families) < 3 and families.isdisjoint(_SPEECH) and not _first_person(prep)
        ):
            return verdict
        pair = "+".join(sorted(f.split(":", 1)[1] for f in families))
        return verdict.escalate(Action.HOLD, ("self_harm",), (f"signals:{pair}",))
