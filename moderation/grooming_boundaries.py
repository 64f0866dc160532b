"""Six grooming moves that test and shift a child's boundaries, in 13
languages (appended to `grooming.RULES`):

* **the reader's locked door**: "is ur bedroom door locked rn?", "¿tienes
  pestillo en el cuarto?", "ta porte elle ferme à clé?", "你房门锁了没" - is
  the child out of earshot, usually before "I want to show you something"
  (`grooming:personal_questions`);
* **a personal question under a promise**: "can I ask you something personal?
  promise you won't get mad / tell anyone".  The promise of secrecy or of not
  getting angry is the move; the personal question alone ("can I ask you
  something personal about your project?") is matched by neither half
  (`grooming:secrecy`);
* **a secret account**: "make a second account your mum doesn't know", "cria
  outra conta que sua mãe não conhece", "заведи второй аккаунт, про который
  мама не знает" - a new or second account with the family kept out or kept
  "just for me" (`grooming:secrecy`);
* **alienation**: "only I really listen to you", "tu madre no te deja hacer
  nada, yo sí te entiendo", "你那些同学太幼稚了，只有我把你当大人看" - the family,
  friends or classmates set aside for the writer (`grooming:isolation`);
* **a gift for a small favour, kept quiet**: "si me haces un favorcito te paso
  una tarjeta de 20€, nadie se entera", "bana küçük bi iyilik yaparsan 1000 UC
  yüklerim, kimse bilmez".  The gift, the favour and the secrecy are all
  needed here: "si me haces un favor te paso mis apuntes" is a favour between
  children.  English and Chinese are left to `grooming.py` and the zh pack,
  which held these lines already (`grooming:gifts`);
* **deleting the chat afterwards** ("lösch bitte unseren chat nachher",
  "看完记得把聊天记录删了", "امسحي المحادثة بعد ما تقريها") where the secrecy rules
  missed the wording, and **the special friend / the secret call at night**
  ("quer ser minha amiga especial?", "facciamo una videochiamata segreta
  stanotte", "今晚等大家都睡了我们偷偷视频") (`grooming:secrecy`).

Why: development lines written in session 20 in 13 languages showed each
move shown in most languages (51 of the 63 grooming lines of 182 shown).
Every pattern is aimed at the reader (second person, an imperative or
"us"): "he asked me if my door was locked", "my mum deleted my account",
"i made a second account for my art" and "promise you'll come to my party"
are not matched; reports, lessons and quotes are excused by the usual
frames.  A secret call to plan a surprise passes.
Patterns run on the phrase form (accents stripped, "u"/"ur" read "you"/
"your", Arabic ة read ه, Russian й read и); Chinese on the normalised text
through `zrule` (simplified and traditional).  The last three moves are in
`grooming_boundaries_more.py` (one module would be too long).
"""

from __future__ import annotations

from .grooming_boundaries_more import RULES as _MORE_RULES
from .grooming_boundaries_more import both as _both
from .grooming_boundaries_more import nfkc as _hi
from .packs.ar._script import az, az_triggers
from .packs.zh import zrule
from .rules import Rule, rule

RULES: list[Rule] = [
    # -- 1. the reader's (bed)room door, alone in the room ---------------------------
    rule("grooming:personal_questions", "grooming", "door locked lock alone yourself own",
         r"\b(?:is|was) your (?:bedroom |room )?door (?:\w+ )?(?:locked|shut|closed)\b(?! at night| when you "
         r"(?:sleep|go to bed))|"
         r"\bis the door (?:of|to) your (?:bed)?room (?:\w+ )?(?:locked|shut|closed)\b|"
         r"\b(?:did|can|could) you lock your (?:bedroom |room )?door\b(?! (?:at night|when you"
         r" are home alone|before you sleep))|"
         r"\b(?:does|can) your (?:bedroom |room )?door lock\b|\bdo you have a lock on your "
         r"(?:bedroom |room )?door\b|"
         r"\bare you (?:all )?(?:alone|by yourself|on your own) in your (?:bed)?room\b|"
         r"\bare you in your (?:bed)?room (?:all )?(?:alone|by yourself|on your own)\b|"
         r"\block (?:your|the) (?:bedroom |room )?door (?:first )?so (?:no one|nobody|your "
         r"(?:parents|mum|dad|sister|brother)) (?:can )?(?:comes?|walks?|gets?|sees?|hears?)\b"),
    rule("grooming:personal_questions", "grooming",
         "pestillo cerrojo llave cerrada cerraste cerrado sola solo solita solito puerta",
         r"\b(?:tienes|tenes|hay) (?:pestillo|cerrojo|seguro|llave) en (?:el |tu |la )?(?:cuarto|"
         r"habitacion|pieza|puerta)\b|\b(?:tu puerta|la puerta de tu (?:cuarto|habitacion|pieza)) "
         r"(?:tiene (?:pestillo|cerrojo|llave)|esta cerrada|(?:se )?cierra con (?:llave|pestillo))\b|"
         r"\b(?:cerraste|has cerrado|puedes cerrar|podes cerrar|echaste|has echado) (?:la|tu) puerta"
         r" (?:de tu (?:cuarto|habitacion|pieza)|con (?:llave|pestillo|seguro))\b|"
         r"\b(?:echaste|has echado|puedes echar) el (?:pestillo|cerrojo)\b|"
         r"\bestas (?:sol[ao]|solit[ao]) en tu (?:cuarto|habitacion|pieza)\b"),
    rule("grooming:personal_questions", "grooming", "porte verrou seule seul",
         r"\b(?:ta porte|la porte de ta chambre)(?: elle)? (?:est |se )?(?:ferme|fermee|verrouillee)"
         r"(?: a clef?\b| \?)|\b(?:t'as|tu as|as tu) (?:bien )?(?:ferme|verrouille) (?:ta|la) porte"
         r" (?:a clef?|de ta chambre)\b|\b(?:tu peux|tu pourrais|peux tu) fermer (?:ta|la) porte "
         r"(?:a clef?|de ta chambre)\b|\b(?:t'as|tu as) un verrou\b|"
         r"\b(?:t'es|tu es|es tu) (?:toute |tout )?seule? dans ta chambre\b"),
    rule("grooming:personal_questions", "grooming",
         "trancada trancado trancou trancar tranca sozinha sozinho porta",
         # "tá trancada no quarto?" asked of the reader; "minha irmã tá trancada no quarto" is not
         r"(?:^|[.!?] |\b(?:voce|tu|ce|e|ai|oi|ei) )(?:ta|esta|estas|tas) (?:trancad[ao]|sozinh[ao]) no "
         r"(?:seu |teu )?quarto\b|"
         r"\b(?:a )?(?:sua|tua) porta (?:do quarto )?(?:ta |esta |e )?(?:trancada|tranca)\b|"
         r"\ba porta do (?:seu|teu) quarto (?:ta |esta )?(?:trancada|fechada|tranca)\b|"
         r"\b(?:trancou|pode trancar|consegue trancar|da pra trancar) a (?:sua |tua )?porta\b|"
         r"\bfechou a porta do (?:seu |teu )?quarto\b"),
    rule("grooming:personal_questions", "grooming", "porta chiuso chiusa chiave sola solo",
         r"\bhai chiuso (?:la|la tua) porta (?:della (?:tua )?(?:camera|stanza|cameretta)|a chiave)\b|"
         r"\b(?:la )?(?:tua porta|porta della tua (?:camera|stanza|cameretta)) (?:e |si )?"
         r"(?:chiusa|chiude)(?: a chiave)?\b|\b(?:puoi|riesci a) chiudere (?:la|la tua) porta a "
         r"chiave\b|\bsei (?:da )?sol[ao] in (?:camera|cameretta|stanza|camera tua)\b"),
    rule("grooming:personal_questions", "grooming",
         "tur zimmertur abgeschlossen abschliessen zugesperrt abgesperrt allein alleine schloss",
         r"\bist (?:deine (?:zimmer)?tur|die tur (?:von )?deine[sm] zimmers?) (?:\w+ )?"
         r"(?:abgeschlossen|zu|verschlossen|geschlossen|zugesperrt|abgesperrt)\b|"
         r"\bhast du (?:deine (?:zimmer)?tur|die zimmertur) (?:\w+ )?(?:abgeschlossen|zugemacht|"
         r"zugesperrt|abgesperrt)\b|\b(?:kannst du|kann man) (?:deine|die) (?:zimmer)?tur "
         r"(?:abschliessen|absperren)\b|\bbist du (?:\w+ )?allein(?:e)? (?:in|auf) deinem zimmer\b|"
         r"\bhat deine (?:zimmer)?tur ein schloss\b"),
    rule("grooming:personal_questions", "grooming",
         "drzwi zamkniete zamknelas zamknales klucz sama sam",
         r"\bmasz zamkniete drzwi\b|\b(?:zamknelas|zamknales) (?:sobie )?drzwi\b|"
         r"\b(?:zamknij|mozesz zamknac|zamykasz) (?:sobie )?drzwi (?:do pokoju |od pokoju )?"
         r"na (?:klucz|zamek)\b|\bdrzwi (?:do|od) (?:twojego )?pokoju (?:sa )?zamkniete\b|"
         r"\b(?:jestes|siedzisz) (?:teraz )?sam[a]? w (?:swoim |twoim )?pokoju\b"),
    rule("grooming:personal_questions", "grooming", "pintu kamar kamarmu sendiri sendirian",
         r"\bpintu kamar(?:mu| kamu| km| lu| lo)? (?:udah |sudah |udh )?(?:dikunci|di kunci|kekunci|"
         r"terkunci|ditutup|ketutup)\b|\bkamar(?:mu| kamu| km) (?:udah |sudah )?(?:dikunci|kekunci|"
         r"terkunci)\b|\b(?:udah|sudah|bisa) (?:kunci|ngunci) pintu(?: kamar)?\b|"
         r"\b(?:kamu|km|kmu|lu|lo) (?:lagi |lg )?sendiri(?:an)? di kamar\b"),
    rule("grooming:personal_questions", "grooming",
         "باب الباب بابك مقفول مقفل مسكر مغلق مسدود لوحدك لحالك بروحك وحدك",
         r"(?:باب (?:غرفتك|اوضتك|بيتك|حجرتك)|الباب ديال (?:بيتك|غرفتك)|بابك) (?:\S+ )?(?:مقفول|"
         r"مقفل|مسكر|مغلق|مسدود|مقفوله|مقفله|مسكره|مغلقه|مسدوده|مسكور)|"
         r"(?:قفلتي|سكرتي|سديتي|غلقتي|اغلقتي|قفلت|سكرت) (?:ال)?باب (?:غرفتك|اوضتك|حجرتك|بالمفتاح)|"
         r"(?:لوحدك|لحالك|بروحك|وحدك|بوحدك) (?:في|ف|ب|جوه|جوا) ?(?:غرفتك|اوضتك|حجرتك)"),
    rule("grooming:personal_questions", "grooming",
         az_triggers("bab lbab elbab lwa7dek lwa7dik l7alek l7alik sakkarti sakarti"),
         az(r"\b(?:el |l ?)?bab (?:dyal |ta3 |te3 )?(?:ghorft\w*|o[dw]+t\w*|bit\w*) (?:m2f[ou]+l\w*|"
            r"msak+[ae]r\w*|msdo?ud\w*|mesdo?ud\w*|mghl[ou]2\w*|mas2ul\w*)\b|\b(?:sak+arti|sak+erti|"
            r"2afalti|afalti|s[ae]d+iti|ghl2ti) (?:el |l ?)?bab\b|\b(?:lwa7d[ei]k|l7al[ei]k|brou7[ei]k|"
            r"wa7d[ei]k) (?:fi |f |b)?(?:ghorft\w*|o[dw]+t\w*)\b")),
    zrule("grooming:personal_questions", "grooming", "锁 关 门 一",
          r"你(?:的)?(?:房间|卧室|屋)?(?:的)?房?门(?:有没有|能不能|能|可以)?(?:锁|关|反锁)(?:了|好|上|起来)?"
          r"(?:没|吗|没有|了吗|了没|嘛)|你(?:有没有|有)?把(?:房|房间|卧室)?门(?:锁|关|反锁)(?:上|好)?了?"
          r"(?:吗|没|没有)|你(?:现在)?(?:是)?一个人在(?:房间|卧室|屋里|屋子)(?:里)?(?:吗|嘛|么|没)|"
          r"(?:把|去把)(?:房|房间|卧室)?门(?:锁上|反锁)"),
    rule("grooming:personal_questions", "grooming",
         "дверь двери закрыта заперта заперла запер закрыла одна один",
         r"(?<!\w)(?:у тебя|твоя) дверь (?:\w+ ){0,2}?(?:закрыта|заперта|закрывается|запирается|на "
         r"замке)\b|(?<!\w)дверь (?:в|от) (?:твою |свою )?комнат\w* (?:\w+ )?(?:закрыта|заперта|"
         r"закрывается|запирается|на замке)\b|(?<!\w)(?:ты )?(?:заперла|запер|закрыла на ключ|"
         r"закрыл на ключ) (?:свою |твою )?(?:дверь|комнату)\b|(?<!\w)ты (?:сейчас )?(?:одна|один) в "
         r"(?:своей |твоей )?комнате\b|(?<!\w)ты (?:у себя )?в комнате (?:одна|один)\b"),
    rule("grooming:personal_questions", "grooming",
         _hi("darwaza darwaja darvaza door kamre room दरवाज़ा दरवाजा कमरे"),
         _hi(r"\b(?:tumhare|tere|aapke|tumhara|tera) (?:kamre|room) (?:ka )?(?:darwaza|darwaja|"
             r"darvaza|door) (?:band|lock|locked)\b|\b(?:darwaza|darwaja|door) lock (?:kiya|kar liya|"
             r"kar lia|kr liya|hai kya)\b|\b(?:tum|tu|aap) (?:apne )?(?:kamre|room) (?:mein|me|mai) "
             r"akel[ie] (?:ho|hai|h)\b|(?:तुम्हारे|तेरे|आपके) कमरे का (?:दरवाज़ा|दरवाजा) (?:बंद|लॉक)|"
             r"(?:दरवाज़ा|दरवाजा) लॉक (?:किया|कर लिया|है क्या)|(?:तुम|तू) (?:अपने )?कमरे (?:में|मे) "
             r"(?:अकेली|अकेले|अकेला) (?:हो|है)")),
    rule("grooming:personal_questions", "grooming", "kapisi kapin kapini kapiyi odanda",
         r"\b(?:odanin|odanizin) kapisi (?:kilitli|kapali|kilitleniyor)\b|\bkapin (?:kilitli|kapali|"
         r"kilitleniyor)\b|\bkapi(?:ni|yi) kilitle(?:din|yebilir|dinmi)\w*\b|"
         r"\bodanda (?:tek basina|yalniz) (?:misin|mi)\b"),
]

# -- 2. a personal question asked under a promise of secrecy or of no anger ---------
_Q_EN = (r"\b(?:can|could|may) i ask (?:you )?(?:something|a question|smth|sth|a thing|one thing)"
         r" (?:kind of |kinda |a bit |really |very |super |a little )?(?:personal|private|intimate)\b|"
         r"\b(?:a|one) (?:personal|private|intimate) question\b")
_P_EN = (r"\b(?:promise|swear)(?: me)? (?:you will not|you are not going to|you will never|not to|"
         r"you do not|that you will not)\b|\b(?:do not|will not|you will not) (?:get|be) (?:mad|angry|"
         r"upset|weird|freaked out)\b|\bdo not tell (?:anyone|anybody|your)\b|\b(?:keep it|stays?|"
         r"just) between (?:us|you and me)\b")
_Q_ES = (r"\b(?:te )?(?:puedo|podria) (?:preguntar(?:te)?|hacer(?:te)? (?:una )?pregunta) "
         r"(?:algo |una cosa |una pregunta )?(?:muy |un poco |medio )?(?:personal|privad[ao]|intim[ao])\b|"
         r"\buna pregunta (?:personal|intima|privada)\b")
_P_ES = (r"\b(?:jurame|prometeme|promete|me prometes|me juras) (?:que )?(?:no|nunca)\b|\bno te "
         r"(?:enfades|enojes|molestes|rayes|piques|vayas a (?:enojar|enfadar))\b|\bno (?:se lo |le )?"
         r"(?:digas|cuentes) (?:a nadie|nada)\b|\bentre (?:nosotros|tu y yo)\b")
_Q_FR = (r"\b(?:je peux|j'peux|est ce que je peux|puis je) te (?:poser|demander) (?:une question|un"
         r" truc|quelque chose|qqch) (?:un peu |assez |tres |trop )?(?:perso|personnelle?|privee?|"
         r"intime)\b|\bune question (?:un peu )?(?:perso|personnelle|privee|intime)\b")
_P_FR = (r"\b(?:tu )?(?:promets|jures|jure)(?: moi)? (?:de |que tu )?(?:ne |n')?(?:pas|rien|jamais)\b|"
         r"\b(?:ne )?(?:te fache|t'enerve|t'enerves|te faches|m'en veux) pas\b|\b(?:tu le dis|le dis|"
         r"dis le|tu le repetes) a personne\b|\bentre nous\b")
_Q_PT = (r"\b(?:posso|poderia|deixa eu) (?:te )?(?:perguntar|fazer uma pergunta) (?:uma coisa |algo |"
         r"uma pergunta )?(?:meio |bem |muito )?(?:pessoal|intim[ao]|particular|privad[ao])\b|"
         r"\buma pergunta (?:pessoal|intima|particular)\b")
_P_PT = (r"\b(?:promete|jura|prometa|jure)(?: pra mim)? (?:que )?(?:nao|n)\b|\b(?:nao|n) (?:fica|fique|"
         r"vai ficar) (?:brav[ao]|chatead[ao]|irritad[ao]|com raiva|bolad[ao])\b|\b(?:nao|n) (?:conta|"
         r"conte|fala|fale) (?:pra|para) ninguem\b|\b(?:entre nos|so entre a gente)\b")
_Q_IT = (r"\b(?:posso|potrei) (?:chiederti|farti una domanda|domandarti) (?:una cosa |qualcosa |una "
         r"domanda )?(?:un po' |un po |molto )?(?:personale|intima|privata)\b|"
         r"\buna domanda (?:un po' )?(?:personale|intima|privata)\b")
_P_IT = (r"\b(?:prometti|promettimi|giura|giurami)(?: che)? (?:di )?non\b|\bnon (?:ti )?arrabbiarti\b|"
         r"\bnon ti arrabbi\b|\bnon (?:lo )?dire a nessuno\b|\bnon dirlo a nessuno\b|\b(?:resta|rimane) "
         r"tra (?:noi|me e te)\b")
_Q_DE = (r"\b(?:darf|kann|konnte|durfte) ich dich (?:mal )?(?:was|etwas) (?:sehr |ganz |total )?"
         r"(?:personliches|privates|intimes) fragen\b|\beine (?:personliche|private|intime) frage\b")
_P_DE = (r"\b(?:nicht|nix) weiter ?(?:sagen|erzahlen)\b|\b(?:sag|erzahl) (?:es |das )?(?:niemandem|"
         r"keinem)\b|\bversprich (?:mir )?(?:dass du )?(?:nicht|nix|nichts)\b|\bschwor (?:mir )?dass\b|"
         r"\bnicht (?:sauer|bose|wutend) (?:sein|werden)\b|\b(?:bleibt|bleiben) unter uns\b")
_Q_PL = (r"\b(?:moge|mozna) (?:cie )?(?:zapytac|spytac) (?:cie )?o (?:cos|jedna rzecz) (?:bardzo |troche )?"
         r"(?:osobistego|prywatnego|intymnego)\b|\b(?:osobiste|prywatne|intymne) pytanie\b")
_P_PL = (r"\b(?:obiecaj|przysiegnij)\b|\bnie (?:bedziesz|badz) (?:zla|zly|obrazona|obrazony)\b|"
         r"\bnie (?:zlosc|gniewaj|obrazaj) sie\b|\bnikomu nie (?:powiesz|mow|mowisz)\b|"
         r"\bmiedzy nami\b")
_Q_ID = (r"\b(?:boleh|bole|blh) (?:aku |gue |gw )?(?:nanya|tanya|nanyain|tanyain|bertanya) (?:\w+ )?"
         r"(?:hal |sesuatu |soal |yang )?(?:pribadi|privat|personal|sensitif)\b|"
         r"\bpertanyaan (?:pribadi|privat)\b")
_P_ID = (r"\bjanji (?:ya )?(?:gak|ga|nggak|ngga|tidak|jangan|gk) (?:marah|bilang|cerita|ngadu|kasih "
         r"tau|ngomong)\b|\bjangan (?:marah|bilang siapa|cerita ke siapa|ngadu|kasih tau siapa)\w*\b|"
         r"\brahasia(?:in)?\b")
_Q_AR = (r"(?:ممكن|اقدر|بقدر|يمكنني|ينفع|فيني) (?:اسالك|اسالكي|نسولك|نسقسيك)(?: \S+)? (?:سوال|حاجه|"
         r"شي|شيء)? ?(?:شخصي|خاص|شخصيه|خاصه)")
_P_AR = (r"(?:اوعديني|وعديني|عديني|اوعدني|احلفي|احلفيلي)|(?:ما|لا|متـ|مت) ?(?:تزعلي|تزعل|تعصبي|"
         r"تعصب)|(?:ما|مش) (?:هتزعلي|حتزعلي|رح تزعلي|بتزعلي)|(?:ما|لا) (?:تقولي|تخبري) (?:لحد|لاحد|"
         r"احدا)|بيني وبينك")
_Q_ZH = r"问你(?:一个|个|一下|点|一些)?(?:私人|私密|隐私|私事|个人|敏感)(?:的)?(?:问题|事|事情)?"
_P_ZH = (r"答应我|保证(?:你)?不|(?:不要|别|不许|不准|不会)(?:生气|告诉别人|跟别人说|说出去|告诉任何人|生我的气)|"
         r"保密")
_Q_RU = (r"(?<!\w)(?:можно|могу|разреши) (?:я )?(?:тебе )?(?:задам|задать|спрошу|спросить) (?:тебе |"
         r"тебя )?(?:один |одно )?(?:личный|интимный|личное|интимное|нескромный|что то личное|кое что "
         r"личное)\b|(?<!\w)(?:личный|интимный|нескромный) вопрос\b")
_P_RU = (r"(?<!\w)(?:обещай|поклянись)\b|(?<!\w)(?:не|только не) (?:обидишься|обижайся|злись|"
         r"злишься|сердись|будешь злиться|рассердишься|обидься)\b|(?<!\w)никому не (?:говори|"
         r"рассказывай|скажешь)\b|(?<!\w)между нами\b")
_Q_HI = _hi(r"\b(?:ek )?(?:personal|private|niji) (?:sawaal|sawal|swal|question|baat) (?:puchu|"
            r"puchun|poochu|poochun|puch sakta|puch sakti|pooch sakta|pooch sakti|puchh\w*|pooch\w*|"
            r"puch\w*)\b|(?:पर्सनल|निजी|प्राइवेट) (?:सवाल|बात) (?:पूछूँ|पूछूं|पूछ)")
_P_HI = _hi(r"\b(?:promise|kasam|wada)\b|\b(?:gussa|naraz|naraaz) (?:nahi|mat|na)\b|\bkisi ko "
            r"(?:mat|na|nahi) (?:batana|bolna)\b|वादा|कसम|(?:गुस्सा|नाराज़|नाराज) (?:नहीं|मत|ना)")
_Q_TR = (r"\b(?:ozel|kisisel|mahrem) (?:bir |bi )?(?:sey|soru) (?:sorabilir (?:miyim|mi yim)|"
         r"sorayim mi|soracagim|sorucam|soracam)\b")
_P_TR = (r"\b(?:kizmayacaksin|kizmicaksin|kizmak yok|kizma|soz ver|yemin et)\b|\bkimseye "
         r"(?:soyleme|soylemeyeceksin|soylemicen|anlatma)\b|\baramizda (?:kalsin|kalacak)\b")

RULES += [
    rule("grooming:secrecy", "grooming", "personal private intimate", _both(_Q_EN, _P_EN)),
    rule("grooming:secrecy", "grooming", "personal privado privada intimo intima",
         _both(_Q_ES, _P_ES)),
    rule("grooming:secrecy", "grooming", "perso personnel personnelle prive privee intime",
         _both(_Q_FR, _P_FR)),
    rule("grooming:secrecy", "grooming", "pessoal intimo intima particular privado privada",
         _both(_Q_PT, _P_PT)),
    rule("grooming:secrecy", "grooming", "personale intima privata", _both(_Q_IT, _P_IT)),
    rule("grooming:secrecy", "grooming", "personliches privates intimes personliche private intime",
         _both(_Q_DE, _P_DE)),
    rule("grooming:secrecy", "grooming",
         "osobistego prywatnego intymnego osobiste prywatne intymne", _both(_Q_PL, _P_PL)),
    rule("grooming:secrecy", "grooming", "pribadi privat personal sensitif", _both(_Q_ID, _P_ID)),
    rule("grooming:secrecy", "grooming", "شخصي خاص شخصيه خاصه", _both(_Q_AR, _P_AR)),
    zrule("grooming:secrecy", "grooming", "私 隐 个 敏", _both(_Q_ZH, _P_ZH, 30)),
    rule("grooming:secrecy", "grooming", "личный интимный личное интимное нескромный",
         _both(_Q_RU, _P_RU)),
    rule("grooming:secrecy", "grooming", _hi("personal private niji पर्सनल निजी प्राइवेट"),
         _both(_Q_HI, _P_HI)),
    rule("grooming:secrecy", "grooming", "ozel kisisel mahrem", _both(_Q_TR, _P_TR)),
]

# -- 3. a second or secret account the family does not know about -------------------
_ACC_EN = (r"\b(?:make|create|open|get|set up|start) (?:a |an |another |one |your own )?(?:second |new |"
           r"private |fake |other |spare |alt |extra |separate |2nd )?(?:account|acc|acct|profile|insta|"
           r"instagram|snap|tiktok|finsta)\b")
_UNK_EN = (r"\byour (?:parents|mum|dad|mother|father|family|folks)\b (?:do not|will not|can not|would "
           r"not|never|does not) (?:\w+ )?(?:know|see|find|check)\b|\b(?:nobody|no one) (?:else )?(?:knows"
           r"|will know|can see|will see)\b|\bjust for (?:me|us|talking to me|you and me)\b")
RULES += [
    rule("grooming:secrecy", "grooming", "account acc acct profile insta instagram snap tiktok finsta",
         "(?:" + _ACC_EN + r")[^\n]{0,60}?(?:" + _UNK_EN + r")|\b(?:make|create|open|get|set up) "
         r"(?:a |an )?(?:secret|hidden) (?:account|acc|profile|insta|instagram|snap)\b"),
    rule("grooming:secrecy", "grooming", "cuenta perfil insta",
         r"\b(?:hazte|haz|crea|create|crear|abre|abrite|hacete) (?:una |otra |un )?(?:otra |segunda |nueva |"
         r"falsa )?(?:cuenta|perfil|insta)\b(?: \w+)?[^\n]{0,50}?(?:\bque (?:tu|tus) (?:madre|mama|papa|padre|"
         r"padres|papas|viejos|familia) no (?:la |lo )?(?:conozca|conozcan|sepa|sepan|vea|vean|conoce|"
         r"conocen|sabe|saben)\b|\bsolo para (?:mi|nosotros|hablar conmigo)\b|\bsin que (?:tu |tus )?"
         r"(?:madre|mama|papa|padres|papas|viejos|familia|nadie) (?:lo )?(?:sepa|sepan|vea|vean)\b)|"
         r"\b(?:hazte|crea|create|abre|hacete) (?:una )?cuenta (?:secreta|escondida)\b"),
    rule("grooming:secrecy", "grooming", "compte profil insta snap",
         r"\b(?:cree|crees|creer|fais|fais toi|ouvre) (?:un |une |toi un )?(?:deuxieme |second |autre |"
         r"nouveau |faux |2eme )?(?:compte|profil|insta|snap)\b(?: \w+)?[^\n]{0,50}?(?:\b(?:tes parents|"
         r"ta mere|ta daronne|ton pere|tes darons|ta famille) (?:ne )?(?:connaissent|connait|savent|sait|"
         r"voient|voit) (?:rien|pas)\b|\b(?:juste|que) pour (?:moi|nous|me parler)\b|\ben cachette\b|"
         r"\bsans que (?:tes parents|ta mere|personne) (?:le )?(?:sache|sachent|voie|voient)\b)|"
         r"\b(?:cree|fais|ouvre) (?:toi )?un compte (?:secret|cache)\b"),
    rule("grooming:secrecy", "grooming", "conta perfil insta",
         r"\b(?:cria|crie|criar|faz|faca|fazer|abre|abra) (?:outra |uma |um |mais uma )?(?:outra |segunda |"
         r"nova |novo )?(?:conta|perfil|insta)\b(?: \w+)?[^\n]{0,50}?(?:\bque (?:a |o |os )?(?:sua|tua|seu|"
         r"teu|seus|teus) (?:mae|pai|pais|familia|coroa)\b (?:nao|n) (?:conhece|conhecem|sabe|sabem|ve|"
         r"veem|descobre)\b|\bso (?:pra|para) (?:mim|nos|a gente|falar comigo)\b|\bsem (?:a |o |os )?"
         r"(?:sua|tua|seu|teu|seus|teus) (?:mae|pai|pais|familia) (?:saber|ver|descobrir)\b)|"
         r"\b(?:cria|crie|faz|abre) (?:uma )?conta (?:secreta|escondida)\b"),
    rule("grooming:secrecy", "grooming", "profilo account insta",
         r"\b(?:apri|crea|creati|fatti|fai) (?:un |una |un altro |un secondo |un nuovo )?(?:altro |secondo "
         r"|nuovo )?(?:profilo|account|insta)\b(?: \w+)?[^\n]{0,50}?(?:\bche (?:i tuoi|tua madre|tuo padre|"
         r"i tuoi genitori|tua mamma|tuo papa|la tua famiglia) non (?:conoscono|conosce|sanno|sa|vedono|"
         r"vede|trovano)\b|\bsolo per (?:me|noi|parlare con me)\b|\bdi nascosto\b|\bsenza che (?:i tuoi|"
         r"tua madre|tuo padre|nessuno) (?:lo )?(?:sappia|sappiano|veda|vedano)\b)|"
         r"\b(?:apri|crea|fatti) un (?:profilo|account) segreto\b"),
    rule("grooming:secrecy", "grooming", "zweitaccount account profil fakeaccount insta",
         r"\b(?:mach|erstell|leg|eroffne|hol) (?:dir )?(?:nen |einen |ein |noch einen |noch ein )?(?:zweiten "
         r"|zweites |neuen |neues |fake |anderen )?(?:zweitaccount|account|profil|fakeaccount|insta)\b"
         r"[^\n]{0,50}?(?:\b(?:den|das|von dem) (?:deine|dein) (?:mama|mutter|eltern|papa|vater|familie)\b "
         r"(?:nicht|nichts|nix) (?:\w+ )?(?:kennt|kennen|sieht|sehen|weiss|wissen|findet|finden)\b|\bnur "
         r"fur (?:mich|uns)\b|\bohne dass (?:deine|dein) (?:mama|mutter|eltern|papa|vater) (?:es )?"
         r"(?:weiss|wissen|merkt|merken|sieht|sehen)\b)|\b(?:mach|erstell|leg) (?:dir )?(?:nen |einen |"
         r"ein )?(?:geheimen account|geheimes profil)\b"),
    rule("grooming:secrecy", "grooming", "konto profil insta",
         r"\b(?:zaloz|zrob|stworz|otworz) (?:sobie )?(?:drugie|nowe|inne|fejkowe|dodatkowe|drugi|nowy|"
         r"fejkowy) (?:konto|profil|insta)\b[^\n]{0,50}?(?:\bo (?:ktorym|ktorego) (?:twoja |twoi |twoj )?"
         r"(?:mama|tata|rodzice|starzy|matka|ojciec)\b (?:nie|nic nie) (?:wie|wiedza|beda wiedziec)\b|"
         r"\b(?:ktorego|ktore) (?:twoja |twoi )?(?:mama|tata|rodzice|starzy) nie (?:znaja|zna|widza|"
         r"widzi)\b|\btylko dla (?:mnie|nas)\b|\bw tajemnicy\b|\bpo kryjomu\b)|"
         r"\b(?:zaloz|zrob|stworz) (?:sobie )?(?:sekretne|tajne) konto\b"),
    rule("grooming:secrecy", "grooming", "akun acc profil",
         r"\b(?:bikin|buat|bikinin|bkin) (?:akun|acc|ig|profil) (?:kedua|baru|lain|fake|palsu|second|ke ?2)"
         r"\b[^\n]{0,50}?(?:\b(?:yang|yg) (?:ortu|orang tua|mama|papa|ibu|bapak|ayah|ortumu|mamamu|"
         r"keluarga)(?: kamu| mu)? (?:gak|ga|nggak|tidak|gk|enggak|ngga) (?:tau|tahu|kenal|liat|lihat)\b|"
         r"\bkhusus (?:buat|untuk) (?:aku|kita)\b|\b(?:diam diam|diem2|diam2)\b)|"
         r"\b(?:bikin|buat) akun rahasia\b"),
    rule("grooming:secrecy", "grooming", "حساب حسابا اكونت بروفايل",
         r"(?:انشيي|انشي|انشئ|اعملي|اعمل|سوي|افتحي|افتح|ديري|دير) (?:لك |ليكي |لنفسك )?(?:حساب|اكونت|"
         r"بروفايل)(?:ا)? (?:ثاني|تاني|جديد|ثانيا|وهمي|تانيه|ثانيه|اخر)[^\n]{0,40}?(?:(?:لا|ما|مش) ?"
         r"(?:يعرفه|يعرفوه|يعرفو|يعرفوش|يعرفهوش|يدري|يشوفه|يشوفوه) (?:عنه )?(?:اهلك|امك|ابوك|ماما|بابا|"
         r"مامتك|باباك|والديك)|سرنا|بيني وبينك|(?:بس|فقط) (?:لي|الي|عشاني))|"
         r"(?:انشيي|اعملي|سوي|افتحي|ديري) (?:لك )?حساب(?:ا)? سري"),
    rule("grooming:secrecy", "grooming", az_triggers("account akaont 7esab hsab profile"),
         az(r"\b(?:a3mli|a3meli|sawi|sawwi|eftahi|ftahi|diri|a3mlili) (?:account|akaont|7esab|hsab|"
            r"profile) (?:tani|tany|thani|jdid|gdid|gded|sirri|fake)\b[^\n]{0,40}?\b(?:ahlik|ahlek|"
            r"ahlak|mamtik|mamtek|omek|omik|babak|babik)\b (?:ma |mish |mesh |msh )?(?:y3rf|ya3rf|"
            r"ye3rf|yshuf|yshof)\w*")),
    zrule("grooming:secrecy", "grooming", "号 账 帐 户",
          r"(?:注册|弄|开|申请|建|搞|再注册|再开)(?:一)?个(?:新的?|秘密的?|私密的?|第二个|另一个)?(?:号|账号|"
          r"小号|账户|帐号)[^。!?]{0,20}?(?:(?:你)?(?:爸妈|父母|家里人|家长|家人|你妈|你爸)(?:都)?不"
          r"(?:知道|晓得)|别让(?:你)?(?:爸妈|父母|家里人|家长|家人|妈妈|爸爸)(?:知道|发现|看到)|只(?:加|关注)我|"
          r"只有(?:我们|我)知道|偷偷)|(?:背着|瞒着)(?:你)?(?:爸妈|父母|家里人|家长)[^。!?]{0,8}(?:注册|弄|开|"
          r"申请|建)(?:一)?个"),
    rule("grooming:secrecy", "grooming", "аккаунт акк профиль страницу страничку",
         r"(?<!\w)(?:заведи|создаи|сделаи|открои|зарегаи|зарегистрируи) (?:себе )?(?:второи|новыи|"
         r"фейковыи|другои|левыи|отдельныи|запаснои) (?:аккаунт|акк|профиль|страницу|страничку)\b"
         r"[^\n]{0,50}?(?:(?<!\w)(?:про|о) (?:которыи|котором|которую) (?:твоя |твои |твои )?(?:мама|папа|"
         r"родители|предки|мать|отец|родаки)\b (?:\w+ )?не (?:знает|знают|узнает|узнают)\b|(?<!\w)"
         r"(?:которыи|которого|которую) (?:твоя |твои )?(?:мама|родители|предки) не (?:видят|видит|"
         r"наидут|знают|знает)\b|(?<!\w)только для (?:меня|нас)\b|(?<!\w)(?:таиком|втаине|втихаря)\b)|"
         r"(?<!\w)(?:заведи|создаи|сделаи) (?:себе )?(?:секретныи|таиныи) (?:аккаунт|акк|профиль)\b"),
    rule("grooming:secrecy", "grooming", _hi("account acc insta profile अकाउंट आईडी प्रोफाइल"),
         _hi(r"\b(?:dusra|doosra|dusri|naya|nayi|alag|fake) (?:account|acc|id|insta|profile) (?:bana|banao|"
             r"bana lo|banalo|bnao|bna lo)\b[^\n]{0,50}?(?:\b(?:ghar walon|gharwalon|ghar walo|gharwalo|"
             r"mummy papa|parents|mummy|papa)\b (?:ko )?(?:pata|maloom|malum) (?:na|nahi)\b|\bsirf "
             r"(?:mere|humare|hamare) (?:liye|lie)\b)|\bsecret (?:account|acc|id|insta) (?:bana|banao|"
             r"bana lo)\b|(?:दूसरा|दूसरी|नया|नई|अलग|फेक) (?:अकाउंट|आईडी|प्रोफाइल) बना[^\n]{0,50}?"
             r"(?:(?:घर वालों|घरवालों|मम्मी|पापा|माता पिता|पेरेंट्स) को (?:पता|मालूम) (?:ना|न|नहीं)|"
             r"सिर्फ (?:मेरे|हमारे) (?:लिए|लिये))")),
    rule("grooming:secrecy", "grooming", "bilmedigi hesap hesabi profil",
         r"\b(?:annenin|annenlerin|ailenin|babanin|annen babanin|ebeveynlerinin) bilmedigi (?:ikinci |"
         r"yeni |gizli |baska |fake )?(?:bir |bi )?(?:hesap|hesab\w*|profil)\b|\b(?:ikinci|yeni|baska|"
         r"fake) (?:bir |bi )?(?:hesap|profil) (?:ac|olustur|yap|kur)\w*\b[^\n]{0,40}?\b(?:(?:annen|"
         r"ailen|baban|annenler) (?:bilmesin|gormesin|duymasin)|kimse bilmesin)\b|\bgizli (?:bir |bi )?"
         r"(?:hesap|profil) (?:ac|olustur|kur)\w*\b"),
]

# alienation, a gift for a quiet favour, deleting the chat, the special friend, a secret
# call at night: their own module (this one is long already)
RULES += _MORE_RULES
