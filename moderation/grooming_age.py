"""Grooming shapes found missing on a blind evaluation (appended to
`grooming.RULES` through grooming_more.py).  Written from the failure
classes, not their sentences; matched against `Prepared.plain` (Chinese:
`norm` via zrule); frames excuse every rule ("we learned that groomers say
age is just a number").

* adult age + closeness: the writer gives an adult age (18-59) and in the
  same message talks the gap away or flatters the reader ("i'm 23 but age is
  just a number, u seem really special", "main 19 ka hoon par tum mujhse
  zyada samajhdar ho", "tengo 25, eres muy madura").  A peer giving an age
  ("omg ur 12 too? wanna play roblox") or an age about someone else ("my
  sister is 23") has no adult writer.
* "age is just a number" aimed at the reader with flattery ("age is just a
  number, you seem really special"); the saying alone passes.
* a child's age next to "you look older" ("tienes 12? pareces mayor", "are
  you 13? you look way older"); either alone is small talk.
* supervision: whether the reader's parents check the phone or are strict
  ("tus papás revisan tu móvil?", "tumhare ghar wale strict hain kya?").
  Small talk where the writer then tells about their own parents ("are your
  parents strict? mine won't let me have snapchat") passes, as does the
  writer's own ("my parents check my phone every night, is that normal?").
* secrecy phrased as what the parents need not know ("ur parents dont need
  to know", "tus papás no tienen por qué saberlo", "родителям не нужно
  знать").
* offers to fetch the reader from school ("ich hol dich von der schule ab",
  "te recojo a la salida del cole"); English "i can pick you up" is in
  grooming.py.
"""

from __future__ import annotations

import unicodedata

from .grooming_more import _AGE_NUMBER as AGE_NUMBER
from .packs.zh import zrule
from .rules import Rule, rule

_ADULT = r"(?:1[89]|[2-5]\d)"
_CHILD = r"(?:[89]|1[0-7])"
# the writer stating an adult age ("i am 23", "tengo 25 anos", "main 19 ka hoon")
_ADULT_ME = (
    r"(?:(?:i am|im) (?:(?:like|almost|nearly|actually|only|just|already) )?" + _ADULT
    + r"(?! ?(?:%|percent|minutes|mins|min|km|miles|kg|lbs|pounds|cm|hours|points|levels?|th|st|"
    r"nd|rd|steps|pages|games)\b)|tengo " + _ADULT + r"(?: anos)?(?! (?:euros|minutos|dolares|"
    r"pesos|puntos)\b)|j'ai " + _ADULT + r" ans|ich bin " + _ADULT + r"(?: jahre(?: alt)?)?(?! "
    r"(?:minuten|euro|punkte|km)\b)|tenho " + _ADULT + r"(?: anos)?(?! (?:reais|euros|minutos|"
    r"pontos)\b)|ho " + _ADULT + r" anni|мне " + _ADULT + r"(?: лет| год| года)?\b|main "
    + _ADULT + r" (?:saal )?(?:ka|ki) (?:hoon|hun|hu|hoo)|meri (?:umar|umr|age) " + _ADULT
    + r"|मैं " + _ADULT + r" (?:साल )?(?:का|की) (?:हूँ|हूं|हु)|عمري " + _ADULT + r")"
)
# flattery / closeness aimed at the reader (NFKC: Devanagari nukta letters)
_CLOSE = unicodedata.normalize("NFKC",
    r"(?:you (?:seem|look|are|sound|act) (?:so |really |very |super |such |way |much |a lot |"
    r"honestly |actually |kind of |pretty )*(?:special|mature|wise|smart|older|grown up|"
    r"beautiful|pretty|cute|gorgeous|sweet|different)\b|you are not like (?:the )?"
    r"other|(?:more mature|smarter|wiser) than (?:most|other|the other|girls|boys|kids|people)|"
    r"we (?:really )?get each other|"
    r"(?:eres|pareces|te ves) (?:muy |tan |super |re |mas |bien )*(?:especial|madura|maduro|mayor|"
    r"linda|lindo|guapa|guapo|hermosa|bonita|preciosa|inteligente)\b|"
    r"(?:t'es|tu es|tu fais|tu as l'air|tu sembles) (?:tres |trop |si |tellement |vraiment |plus )*"
    r"(?:speciale?|mature|mure|belle|jolie|agee|grande|intelligente?)\b|"
    r"du (?:bist|wirkst|siehst) (?:so |echt |sehr |total |viel |voll )*(?:besonders|reif|reifer|"
    r"erwachsen|erwachsener|alter|hubsch|suss|schon|klug)\b|"
    r"(?:voce|vc|video call|tu) (?:e|eh|parece|e tao) (?:muito |mt |mto |tao |bem |super |mais )*"
    r"(?:especial|madura|maduro|mais velha|mais velho|linda|lindo|gata|inteligente)\b|"
    r"(?:sei|sembri) (?:cosi |molto |davvero |proprio |piu |tanto )*(?:speciale|matura|maturo|"
    r"grande|bella|carina|intelligente)\b|"
    r"ты (?:такая |такой |очень |реально |правда |так )*(?:особенная|особенный|взрослая|"
    r"взрослый|красивая|умная|милая)|выглядишь старше|"
    r"(?:tum|tu|aap) (?:mujhse |sabse |bahut |bohot |kitni |kitne |itni |itne |zyada |jyada |"
    r"bahot )*(?:samajhdar|samajhdaar|mature|special|sundar|khoobsurat|khubsurat|pyari|cute)\b|"
    r"(?:तुम|तू|आप) (?:मुझसे |सबसे |बहुत |कितनी |इतनी |ज़्यादा |ज्यादा )*(?:समझदार|मैच्योर|"
    r"स्पेशल|सुंदर|खूबसूरत|प्यारी)|"
    r"(?:انت|انتي) (?:كتير |جدا |مره |مرة )?(?:مميزه|مميز|ناضجه|ناضج|حلوه|جميله|كبيره))"
)
# words one of which every _CLOSE match contains (a cheap gate before its regex)
_CLOSE_WORDS = (
    "special mature wise smart smarter wiser older grown beautiful pretty cute gorgeous sweet "
    "different other get especial madura maduro mayor linda lindo guapa guapo hermosa bonita "
    "preciosa inteligente speciale mure belle jolie agee grande intelligent intelligente "
    "besonders reif reifer erwachsen erwachsener alter hubsch suss schon klug velha velho gata "
    "matura maturo bella carina особенная особенный взрослая взрослый красивая умная милая "
    "старше samajhdar samajhdaar sundar khoobsurat khubsurat pyari "
    + unicodedata.normalize("NFKC", "समझदार मैच्योर स्पेशल सुंदर खूबसूरत प्यारी")
    + " مميزه مميز ناضجه ناضج حلوه جميله كبيره"
)
_PARENTS_ASK = (
    r"(?:(?:do|does) (?:your|ur) (?:parents|mum|mom|dad|family) (?:ever )?check|"
    r"(?:are|is) (?:your|ur) (?:parents|mum|mom|dad|family|folks) (?:really |very |super )?strict|"
    r"(?:tumhare|tere|aapke) (?:ghar wale|gharwale|ghar waale|parents|mummy papa) (?:\w+ )?strict)"
)
_AGE_JUST = (
    r"(?:" + AGE_NUMBER + r"|umar (?:sirf|bas|toh bas) (?:ek )?(?:number|nambar|sankhya)|"
    r"उम्र (?:सिर्फ|बस) (?:एक )?(?:नंबर|संख्या)|العمر (?:مجرد|بس) رقم)"
)
_LOOK_OLDER = (
    r"(?:you (?:look|seem|act|sound) (?:so |much |a lot |way |really )*(?:older|more mature|"
    r"grown up)|(?:pareces|te ves) (?:mas )?(?:mayor|grande|madura|maduro)|(?:tu fais|t'as l'air|"
    r"tu as l'air) (?:plus )?(?:agee?|vieille|vieux|grande|mature)|du (?:siehst|wirkst) "
    r"(?:\w+ )?(?:alter|alter aus|reifer|erwachsener)|(?:voce|vc|video call|tu) parece (?:mais )?"
    r"(?:velha|velho|madura|maduro)|sembri (?:piu )?(?:grande|matura|maturo|vecchia)|"
    r"выглядишь старше|(?:tum|tu) (?:badi|bade|bada) (?:lagti|lagte|lagta|dikhti|dikhte))"
)
_READER_CHILD = (
    r"(?:(?:are you|you are|your|you're) (?:only |just )?" + _CHILD + r"\b|tienes " + _CHILD
    + r"\b|(?:t'as|tu as) " + _CHILD + r" ans|bist du " + _CHILD + r"\b|(?:voce|vc|tu) tem "
    + _CHILD + r"\b|hai " + _CHILD + r" anni|тебе " + _CHILD + r"\b|(?:tum|tu) " + _CHILD
    + r" (?:saal )?(?:ki|ke|ka) (?:ho|hai))"
)
# small talk: the writer then tells about their own parents
_NOT_MINE = (
    r"(?![^.?!]{0,3}[.?!]? ?(?:mine|my parents|my mum|my mom|my dad|mis (?:papas|padres)|los mios|"
    r"les miens|mes parents|meine|os meus|i miei|мои|mere|meri|mera))"
)

RULES: list[Rule] = [
    rule("grooming:adult_age", "grooming",
         "am im tengo jai bin tenho ho мне main meri मैं عمري",
         r"\b" + _ADULT_ME + r"\b[^.!?]{0,80}?\b(?:" + _CLOSE + "|" + _AGE_JUST + "|" + _PARENTS_ASK
         + r")|\b(?:" + _CLOSE + "|" + _AGE_JUST + r")[^.!?]{0,60}?\b" + _ADULT_ME + r"\b",
         requires=" ".join(str(n) for n in range(18, 60))),
    rule("grooming:age_lie", "grooming",
         "number numero zahl nombre chiffre matter importa цифра sankhya nambar संख्या नंबर رقم",
         r"\b" + _AGE_JUST + r"\b[^.!?]{0,60}?\b" + _CLOSE + r"|\b" + _CLOSE + r"[^.!?]{0,60}?\b"
         + _AGE_JUST + r"\b",
         requires=_CLOSE_WORDS),
    rule("grooming:flattery", "grooming",
         "look seem act sound pareces ves fais lair siehst wirkst parece sembri выглядишь lagti "
         "lagte dikhti dikhte",
         r"\b" + _READER_CHILD + r"[^.!]{0,40}?\b" + _LOOK_OLDER + r"|\b" + _LOOK_OLDER
         + r"\b[^.!]{0,30}?\b" + _READER_CHILD,
         requires=" ".join(str(n) for n in range(8, 18))),
    # -- supervision ---------------------------------------------------------------------
    rule("grooming:supervision", "grooming",
         "strict strikt estrictos estricto estricta stricts strict streng rigidos rigorosos "
         "severi строгие строгая строгий",
         r"\b(?:are|is) (?:your|ur) (?:parents|mum|mom|dad|family|folks) (?:really |very |super |"
         r"that )?strict\b" + _NOT_MINE + r"|\b(?:tus|tu) (?:papas|padres|viejos|papis|mama|papa) son"
         r" (?:muy |tan |bien )?(?:estrictos|estricto|estricta)\b" + _NOT_MINE
         + r"|\btes (?:parents|darons) sont (?:tres |trop |super )?stricts\b" + _NOT_MINE
         + r"|\bsind deine eltern (?:sehr |echt |voll )?(?:streng|strikt)\b" + _NOT_MINE
         + r"|\b(?:seus|teus) pais sao (?:muito |mt |bem )?(?:rigidos|rigorosos)\b" + _NOT_MINE
         + r"|\bi tuoi (?:genitori )?sono (?:molto |tanto )?severi\b" + _NOT_MINE
         + r"|\bтвои родители (?:очень )?(?:строгие)" + _NOT_MINE
         + r"|\b(?:tumhare|tere|aapke) (?:ghar wale|gharwale|ghar waale|parents|mummy papa|mom dad)"
         r" (?:\w+ )?strict (?:hain|he|hai|h)\b" + _NOT_MINE),
    rule("grooming:supervision", "grooming",
         "revisan checan chequean miran leen controlan revisa checa regardent checkent verifient "
         "fouillent lisent controlent kontrollieren checken lesen durchsuchen olham checam mexem "
         "leem controlam vigiam controllano guardano leggono проверяют читают смотрят check dekhte "
         "chek",
         r"\b(?:tus|tu) (?:papas|padres|viejos|papis|mama|papa|madre|padre|jefes) (?:te )?(?:revisan|"
         r"checan|chequean|miran|leen|controlan|revisa|checa|mira|lee|controla) (?:tu|el|los|tus) "
         r"(?:movil|celular|cel|telefono|whatsapp|chat|chats|mensajes|insta|instagram)\b" + _NOT_MINE
         + r"|\b(?:tes parents|ta mere|ton pere|tes darons|ta daronne) (?:te )?(?:regardent|"
         r"checkent|verifient|fouillent|lisent|controlent|regarde|checke|verifie|fouille|lit|"
         r"controle) (?:ton|tes) (?:telephone|portable|tel|phone|messages|conv|conversations)\b"
         + _NOT_MINE + r"|\b(?:kontrollieren|checken|lesen|durchsuchen) deine eltern (?:\w+ )?"
         r"(?:dein|deine) (?:handy|nachrichten|chats)\b" + _NOT_MINE + r"|\bdeine eltern "
         r"(?:kontrollieren|checken|lesen|durchsuchen) (?:\w+ )?(?:dein|deine) (?:handy|nachrichten|"
         r"chats)\b" + _NOT_MINE + r"|\b(?:seus|teus) pais (?:olham|checam|mexem no|mexem|veem|leem|"
         r"controlam|vigiam) (?:o |no )?(?:seu|teu) (?:celular|cel|telefone|whats|zap|whatsapp)\b"
         + _NOT_MINE + r"|\bi tuoi (?:genitori )?(?:controllano|guardano|leggono) (?:il )?tuo "
         r"(?:telefono|cellulare|cell|whatsapp)\b" + _NOT_MINE + r"|\b(?:твои )?родители (?:\w+ )?"
         r"(?:проверяют|читают|смотрят) (?:твой|твои|твою) (?:телефон|переписку|сообщения)"
         + _NOT_MINE + r"|\b(?:tumhare|tere|aapke) (?:ghar wale|gharwale|parents|mummy papa) "
         r"(?:tumhara |tera |aapka )?(?:phone|mobile) (?:check|chek|dekhte)\b" + _NOT_MINE),
    zrule("grooming:supervision", "grooming", "手机 严",
          r"你(?:的)?(?:爸妈|父母|家长|家里人)(?:会)?(?:查|看|检查|翻)(?:你的?)?手机|"
          r"你(?:的)?(?:爸妈|父母|家长)(?:管得|管你)?(?:很|特别)?严(?:吗|不严)"),
    rule("grooming:supervision", "grooming", "اهلك اهلكي",
         r"اهلك (?:بيفتشوا|يفتشون|يشوفون|بيشوفوا|يراقبون|يراقبوا|يفتشوا) (?:جوالك|تلفونك|موبايلك)|"
         r"اهلك (?:شديدين|صارمين)"),
    # -- secrecy: what the parents need not know ------------------------------------------
    rule("grooming:secrecy", "grooming",
         "need needs have has got tienen necesitan deben besoin doivent mussen brauchen precisam "
         "devem devono bisogno нужно надо необязательно zarurat chalna chalega لازم محتاجين",
         r"\b(?:your|ur) (?:parents|mum|mom|dad|family|teachers?|folks|friends) (?:do not|does not|"
         r"will not|never|dont|doesnt) (?:ever )?(?:need|have|got) to (?:know|find out|see|hear)\b|"
         r"\b(?:tus|tu) (?:papas|padres|viejos|mama|papa) no (?:tienen (?:por que|porque|que)|"
         r"necesitan|deben|tiene (?:por que|que)|necesita) (?:saber|enterarse|saberlo)\b|"
         r"\b(?:tes parents|ta mere|ton pere|tes darons) (?:n'ont|n'a|ont|a) pas besoin de "
         r"(?:le )?savoir\b|\b(?:tes parents|ta mere|ton pere) ne (?:doivent|doit) (?:pas|jamais)"
         r" (?:le )?savoir\b|"
         r"\bdeine (?:eltern|mutter|mama) (?:mussen|brauchen|muss|braucht) (?:das |es |davon )?"
         r"(?:nicht|nichts|nie) (?:zu )?(?:wissen|erfahren)\b|"
         r"\b(?:seus|teus) pais nao (?:precisam|tem que|devem|precisa) (?:saber|ficar sabendo)\b|"
         r"\bi tuoi (?:genitori )?non (?:devono|hanno bisogno di|devono per forza) (?:saperlo|"
         r"sapere)\b|"
         r"\b(?:родителям|маме|папе|предкам) (?:не нужно|не надо|необязательно|незачем) "
         r"(?:об этом )?(?:знать)\b|"
         r"\b(?:ghar walon|gharwalon|ghar waalon|mummy papa|parents|mummy) ko (?:pata|batane ki)"
         r" (?:nahi|mat|nhi) (?:chalna|chalega|chalne|zarurat|zaroorat)\b|"
         r"\bاهلك (?:ما|مش|مو) (?:لازم|محتاجين|داعي) (?:يعرفوا|يعرفون|يدروا)",
         requires="your ur tus tu tes ta ton deine seus teus tuoi родителям маме папе предкам walon "
                  "gharwalon mummy parents اهلك"),
    zrule("grooming:secrecy", "grooming", "知道",
          r"(?:不(?:需要|用|必)让)?你(?:的)?(?:爸妈|父母|家人|家长)不(?:需要|用|必)知道|"
          r"不(?:需要|用|必)让你(?:的)?(?:爸妈|父母|家人|家长)知道"),
    # -- offers to fetch the reader from school -------------------------------------------
    rule("grooming:meeting", "grooming",
         "recojo recoger busco buscar chercher abholen hol hole buscar busco pegar pego prendere "
         "prendo заберу забрать встречу lene pick",
         r"\b(?:te (?:recojo|busco|voy a recoger|paso a buscar|puedo recoger|puedo ir a buscar)|"
         r"(?:puedo|voy a) (?:recogerte|buscarte|ir a buscarte)) (?:a la salida|en la salida|en el "
         r"(?:cole|colegio|insti|instituto)|(?:del|de la) (?:cole|colegio|escuela|insti|instituto)|"
         r"despues (?:del|de) (?:cole|colegio|clase|clases|escuela))\b|"
         r"\b(?:je (?:peux |vais |viens )?(?:passer )?te chercher|je (?:peux|vais) venir te chercher)"
         r" (?:a|apres|devant|a la sortie de) (?:l'ecole|l'ecole|le college|college|les cours|"
         r"la sortie|ton college|ton lycee)\b|"
         r"\bich (?:kann |konnte |werde )?(?:hol|hole) dich (?:\w+ )?(?:von|nach|vor|an) der "
         r"schule (?:ab)?\b|\bich (?:kann|konnte) dich (?:\w+ )?(?:von|nach|vor) der schule "
         r"abholen\b|"
         r"\b(?:eu )?(?:te (?:busco|pego)|posso te (?:buscar|pegar)|vou te (?:buscar|pegar)) (?:na|"
         r"depois da|na saida da) (?:escola|aula|saida)\b|"
         r"\b(?:ti (?:vengo|passo) a prendere|posso venire a prenderti|ti prendo) (?:a|dopo|fuori "
         r"da|davanti a|all'uscita di) (?:scuola|la scuola)\b|"
         r"\bя (?:могу )?(?:заберу|забрать|встречу|встретить) тебя (?:после|из|у) (?:школы|уроков)|"
         r"\b(?:main )?(?:tumhe|tujhe) school (?:se|ke bahar|ke baad) (?:pick|le) (?:kar )?"
         r"(?:lunga|lungi|loonga|lene aaunga|lene aa jaunga)\b"),
]
