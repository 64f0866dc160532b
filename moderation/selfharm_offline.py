"""Veiled goodbyes about not being online again.

Why: unseen data showed goodbyes passing every rule because they read like
the end of a chat session: "if i don't log on tomorrow don't look for me",
"if i'm not online tomorrow don't wait for me", "it was nice knowing you
all", "i wrote everything i wanted to say in my notes".  Four shapes, in
each of the 13 languages:

* **an absence with a farewell instruction**: "if I don't log on / reply /
  show up (tomorrow)" and, within a few words, "don't look / wait for me",
  "it's not your fault", "know that I love you", "remember me", "goodbye";
* **"don't wait for me any more"** on its own;
* **"it was nice knowing you all"**: the past "knowing", to the group (not
  "nice to meet you", not one friend: "it was nice knowing you, good luck
  in Canada" passes anyway);
* **"everything I wanted to say is in my notes"**, and "read my notes if I
  don't ...".

An ordinary absence names its reason, and the reason excuses the match
anywhere in the message (`frames_offline.py`): a phone taken away, no wifi,
a holiday, a move, leaving a game server, practice, a presentation, a parent
picking the writer up, and the joke of a bad report card ("if my mum sees my
grades it was nice knowing you all lol").  Patterns run on the phrase form
("dont" reads "do not", "im" "i am", Spanish "ya" "you"); Chinese on the
normalised text, Devanagari without a trailing \\b, Arabizi through `az`.
"""

from __future__ import annotations

from .packs.ar._script import az
from .rules import Rule, rule


def _then(a: str, b: str, gap: int = 70) -> str:
    return rf"\b(?:{a})\b.{{0,{gap}}}?\b(?:{b})\b"


# -- en -----------------------------------------------------------------------------------
_ABSENT_EN = (
    r"(?:if i (?:do not|never|can not|will not|dont) (?:\w+ )?(?:log ?on|log ?in|come on|get on|come "
    r"online|go online|reply|answer|text back|show up|respond|come back|wake up)|if i am (?:not|never) "
    r"(?:online|on|here|around|active|back)|if (?:you|u|yall|you all) (?:do not|never|dont) (?:hear "
    r"from|see) me|if i (?:disappear|vanish|go quiet|stop replying|stop answering))"
)
_FAREWELL_EN = (
    r"(?:do not|dont) (?:bother )?(?:look for|looking for|wait for|waiting for|wait up for|search for|"
    r"searching for|come looking|try to find|trying to find|worry about) me|do not come looking|"
    r"(?:it is|its) not (?:your|ur|anyones|anyone's) fault|know (?:that )?i "
    r"(?:love|loved) (?:you|u)|i (?:love|loved) (?:you|u) (?:all|guys|so much)|remember me|forget "
    r"(?:about )?me|goodbye|bye forever|forgive me|i am sorry|(?:check|read) my notes|it was nice "
    r"knowing|(?:everything|it is all|its all) (?:is )?in my notes"
)
_EN = [
    _then(_ABSENT_EN, _FAREWELL_EN),
    r"\b(?:do not|dont) (?:wait|look|search) for me (?:anymore|any more|ever again|after (?:today|"
    r"tonight))\b",
    r"\b(?:it was|its been|it has been|it is been|been|was) (?:really |so )?(?:nice|good|great|fun|a "
    r"pleasure|an honou?r|lovely|cool) knowing (?:you all|you guys|all of you|everyone|every1|yall|you "
    r"lot|u all|u guys)\b",
    r"\b(?:wrote|written|write|put|left|typed) (?:down )?everything i (?:wanted|want|needed|need|had|"
    r"have) to say (?:\w+ )?(?:in|on|into) (?:my|the) notes\b|\beverything i (?:wanted|want|need|needed)"
    r" to say (?:\w+ ){0,3}?is (?:in|on) my notes\b|\b(?:check|read|look at|look in) my notes(?: app)? (?:if|when|"
    r"after) i (?:am|do not|never|die|disappear|go|dont)\b",
]

# -- es pt fr de it ----------------------------------------------------------------
_ES = [
    _then(r"(?:si (?:manana |you |ya )?(?:no|nunca) (?:me (?:conecto|ven)|entro|contesto|respondo|"
          r"aparezco|estoy (?:en linea|online|conectad[oa]|aqui|mas)|vuelvo)|si desaparezco|si no "
          r"saben (?:mas )?nada de mi)",
          r"(?:no me (?:busquen|busqueis|esperen|espereis)|no (?:es|sera|fue) (?:su|vuestra|tu) culpa|"
          r"los quiero|os quiero|recuerdenme|perdonenme|adios|lean mis notas|(?:todo )?(?:esta )?en mis notas)"),
    r"\bno me (?:esperen|espereis|busquen|busqueis) (?:mas|nunca mas)\b",
    r"\b(?:fue|ha sido) (?:un gusto|un placer|lindo|bonito|genial|un honor) (?:conocer(?:los|os|les)|"
    r"haber(?:los|os|les) conocido)\b",
    r"\b(?:escribi|deje|puse) todo lo que (?:queria|quiero|tenia que) decir(?:les|os)? en (?:mis|las) "
    r"notas\b",
    # pt
    _then(r"(?:se (?:eu )?(?:amanha )?(?:eu )?(?:nao|nunca) (?:entrar|aparecer|responder|estiver (?:online|"
          r"on|aqui)|ficar online|voltar)|se (?:eu )?sumir|se voces nao me virem mais)",
          r"(?:nao me (?:procurem|esperem)|nao (?:e|foi|sera) culpa de voces|amo voces|lembrem de mim|"
          r"me perdoem|adeus|leiam (?:minhas|as) notas|(?:ta|esta) tudo nas (?:minhas )?notas)"),
    r"\bnao me (?:esperem|procurem) mais\b",
    r"\bfoi (?:bom|um prazer|legal|muito bom|uma honra) (?:conhecer|ter conhecido) (?:voces|vcs|todos|"
    r"a todos|todo mundo)\b",
    r"\b(?:escrevi|deixei|coloquei) tudo (?:o )?que (?:eu )?(?:queria|quero|tinha pra|precisava) "
    r"(?:dizer|falar) (?:nas|no|nos|em) (?:minhas )?(?:notas|bloco de notas)\b",
]
_FR_DE_IT = [
    _then(r"(?:si (?:demain )?je (?:ne )?(?:me (?:re)?connecte|suis (?:pas |plus )?(?:en ligne|la|co)|"
          r"reponds|reviens|me reconnecte)|si vous (?:ne )?me voyez plus|si vous n'avez plus de (?:mes )?"
          r"nouvelles)",
          r"(?:ne me cherchez pas|ne m'attendez (?:pas|plus)|(?:c'est|ce n'est) pas (?:de )?votre "
          r"faute|je vous aime|souvenez vous de moi|pardonnez moi|adieu|lisez mes notes|tout est dans mes notes)"),
    r"\bne m'attendez plus\b|\bne me cherchez plus\b",
    r"\b(?:c'etait|ca a ete) (?:sympa|cool|un plaisir|un honneur|bien|chouette|genial) de vous (?:avoir "
    r")?(?:connaitre|connus?|connues?)\b",
    r"\bj'ai (?:ecrit|mis|laisse) tout ce que (?:je voulais|j'avais a|je veux) (?:vous )?dire dans "
    r"(?:mes|les) notes\b",
    # de
    _then(r"(?:(?:wenn|falls) ich (?:morgen |dann )?(?:nicht|nie)(?: mehr| wieder)? (?:online|on|da|"
          r"antworte|reinkomme|komme|schreibe)|wenn ihr nichts mehr von mir hort)",
          r"(?:sucht (?:nicht )?nach mir|sucht mich nicht|wartet nicht (?:mehr )?auf mich|nicht eure "
          r"schuld|hab euch lieb|ich liebe euch|vergesst mich nicht|denkt an mich|lebt wohl|lest meine "
          r"notizen|steht alles in meinen notizen)"),
    r"\bwartet nicht mehr auf mich\b|\bsucht nicht mehr nach mir\b",
    r"\b(?:es )?war schon(?: ,)? (?:euch|sie) (?:alle )?(?:zu kennen|gekannt zu haben)\b",
    r"\b(?:hab|habe) alles was ich (?:euch )?sagen (?:wollte|will|muss) in (?:meine|meinen|die) "
    r"notizen\b",
    # it
    _then(r"(?:se (?:domani )?non (?:mi (?:collego|connetto|vedete piu)|sono (?:online|on|qui)|rispondo|"
          r"entro|ci sono))",
          r"(?:non (?:cercatemi|aspettatemi)|non (?:e|sara) colpa vostra|vi voglio bene|ricordatevi di me|"
          r"perdonatemi|addio|leggete le mie note|e tutto nelle mie note)"),
    r"\bnon (?:aspettatemi|cercatemi) piu\b",
    r"\b(?:e stato|e) (?:stato )?(?:bello|un piacere|un onore|bellissimo) (?:conoscervi|avervi "
    r"conosciuto)\b",
    r"\bho scritto tutto (?:quello )?che (?:volevo|voglio|dovevo) dire nelle (?:mie )?note\b",
]

# -- ru tr pl id, Hinglish, Arabic ----------------------------------------------------------
_RU = [
    _then(r"(?:если (?:я )?(?:завтра )?(?:не|больше не|так и не) (?:зайду|появлюсь|отвечу|напишу|выйду на "
          r"связь|буду онлайн)|если меня (?:завтра )?не будет (?:онлайн|в сети|здесь))",
          r"(?:не ищите|не ждите|не ваша вина|люблю вас|вас люблю|помните меня|простите меня|прощайте|"
          r"прочитайте (?:мои )?заметки|(?:все|всё) в (?:моих )?заметках)"),
    r"\bне (?:ждите|ищите) меня больше\b|\bбольше не (?:ждите|ищите) меня\b",
    r"\b(?:было |была |был )?(?:приятно|рада|рад) (?:было |была |был )?(?:всех )?вас (?:всех )?знать\b",
    r"\b(?:написала|написал|оставила|оставил) (?:все|всё) что (?:хотела|хотел) (?:вам )?сказать в "
    r"заметк\w+\b",
]
_TR_PL_ID = [
    # tr
    _then(r"(?:(?:yarin )?(?:girmezsem|gelmezsem|cevap vermezsem|yazmazsam|donmezsem|online olmazsam|"
          r"cevrimici olmazsam|gorunmezsem))",
          r"(?:beni (?:aramayin|beklemeyin)|sucunuz degil|sizi seviyorum|beni unutmayin|elveda|"
          r"hoscakalin|notlarimi okuyun|her sey notlarimda)"),
    r"\bartik beni (?:beklemeyin|aramayin)\b|\bbeni bir daha beklemeyin\b",
    r"\b(?:hepinizi|sizi) tanimak (?:guzeldi|bir onurdu|guzel bir seydi|bir sansti)\b",
    r"\b(?:soylemek|demek) istedigim her seyi notlarima yazdim\b",
    # pl
    _then(r"(?:(?:jak|jesli|jezeli|gdyby) (?:jutro )?(?:juz )?(?:nie|wiecej nie) (?:wejde|odpisze|bede "
          r"online|zaloguje sie|pojawie sie|odezwe sie)|(?:jak|jesli) (?:juz )?sie nie (?:zaloguje|"
          r"pojawie|odezwe))",
          r"(?:nie szukajcie mnie|nie czekajcie|nie wasza wina|kocham was|pamietajcie o mnie|"
          r"wybaczcie|zegnajcie|was kocham|przeczytajcie (?:moje )?notatki|wszystko (?:jest )?w "
          r"(?:moich )?notatkach)"),
    r"\bnie czekajcie juz na mnie\b|\bnie czekajcie na mnie wiecej\b",
    r"\b(?:bylo )?milo (?:bylo )?was (?:wszystkich )?znac\b",
    r"\bnapisal(?:am|em) wszystko co chcial(?:am|em) (?:wam )?powiedziec w notatkach\b",
    # id
    _then(r"(?:(?:kalau|kalo|klo|kl|jika|misal) (?:besok )?(?:aku|gue|gw|saya) (?:ga|gak|nggak|tidak|ngga|"
          r"gk|udah ga|ga pernah|gak pernah) (?:online|on|login|bales|balas|muncul|aktif))",
          r"(?:jangan (?:cari|cariin|tungguin|tunggu|nyariin) (?:aku|gue|gw)|bukan salah (?:kalian|kamu|lu)|"
          r"sayang kalian|inget aku|ingat aku|maafin aku|selamat tinggal|baca notes (?:aku|ku|gue|gw)|"
          r"semuanya ada di notes)"),
    r"\bjangan (?:tungguin|tunggu|cari|nyariin) (?:aku|gue|gw) lagi\b",
    r"\bsenang (?:pernah )?kenal (?:sama )?kalian\b|\bmakasih (?:udah|sudah) pernah kenal\b",
    r"\bsemua yang (?:mau|ingin|pengen) (?:aku|gue|gw) (?:bilang|omongin|sampaikan) (?:udah|sudah) "
    r"(?:aku |gue |gw )?(?:tulis|tulisin) di notes\b",
]
_HL_AR = [
    _then(r"(?:agar (?:main |mai )?(?:kal )?(?:phir )?(?:kabhi )?(?:online|on|reply) (?:nahi|nhi|na) "
          r"(?:aayi|aaya|aaun|aau|aaunga|aaungi|hua|hui|karu|kiya))",
          r"(?:mujhe mat (?:dhundna|dhoondhna|dhundhna|dhoondna)|(?:wait|intezaar|intezar) mat karna|galti "
          r"nahi|yaad rakhna|alvida|maaf karna|(?:mere )?notes padh lena|sab (?:kuch )?(?:mere )?(?:phone ke "
          r")?notes (?:mein|me) hai)"),
    r"\bmera (?:intezaar|intezar|wait) mat karna\b",
    r"\b(?:tum|aap) (?:sab|sabko|sabse|sab ko|sab se) (?:jaan ke|jaanke|jaan kar) (?:accha|acha|achha) "
    r"laga\b",
    r"\bjo (?:kehna|kahna|bolna) tha sab notes (?:mein|me|mai) likh (?:diya|di)\b",
    _then(r"(?:(?:اذا|لو|ان) (?:ما|مش) (?:دخلت|فتحت|رديت|كنت (?:اونلاين|موجود|موجوده)|ظهرت)|(?:اذا|لو) "
          r"اختفيت|(?:اذا|لو) ما عاد (?:شفتوني|دخلت))",
          r"(?:(?:لا|ما) (?:تدوروا|تدورو|تدورون|تستنوني|تنتظروني|تنطروني)|(?:مش|مو|ليس) ذنبكم|بحبكم|"
          r"احبكم|سامحوني|تذكروني|وداعا|اقروا الملاحظات|كل شي (?:موجود )?(?:ب|في )?(?:الملاحظات|ملاحظات))"),
    r"\b(?:لا|ما) (?:تستنوني|تنتظروني|تنطروني) (?:بعد اليوم|بعد الان|بعد هيك|خلاص|ابدا)\b",
    r"\b(?:كان|كانت) (?:حلو|حلوه|جميل|شرف|متعه) (?:اني|انني) (?:عرفتكم|تعرفت عليكم)\b|\bتشرفت بمعرفتكم "
    r"(?:كلكم|جميعا)\b",
    r"\bكتبت كل (?:شي|اشي|شيء) (?:بدي|كنت بدي|حابب|اريد|عايز) (?:اقوله|قوله|اقول) (?:ب|في )?"
    r"(?:الملاحظات|النوتس)\b",
    az(r"\b(?:law|iza|eza|lw) ma (?:da5alt|fata7t|raddet|kont online)\b.{0,50}?\b(?:ma|la) ?(?:tdawro|"
       r"tdawrou|tistanoni|tstanoni|tentezrouni)\b|\bkan 7elo (?:eni|inni) 3(?:e)?rftkom\b"),
]
# Devanagari (no trailing \b) and Chinese (unspaced)
_HI = (
    r"अगर (?:मैं )?(?:कल )?ऑनलाइन नहीं (?:आई|आया|आऊँ|आऊं).{0,50}?(?:मुझे मत (?:ढूँढना|ढूंढना)|मेरा "
    r"(?:इंतज़ार|इंतजार) मत करना|अलविदा)|(?:तुम|आप) सब(?:को|से) (?:जानकर|जान कर) अच्छा लगा|जो कहना था सब "
    r"नोट्स में लिख दिया"
)
_ZH = (
    r"(?:如果|要是|万一)(?:以后)?看不到我(?:上线|在线)[^。！？]{0,12}?(?:记住我|我爱你们|别找我|别等我|"
    r"不是你们的错)|(?:如果|要是|万一)我?(?:明天|以后)?(?:我)?(?:要是)?(?:没|不再|再也不|没有)(?:上线|在线|回消息|回复|出现|登录|"
    r"登陆)[^。！？]{0,12}?(?:别|不用|不要)(?:找|等)我|(?:如果|要是)(?:我)?(?:明天|以后)?(?:我)?(?:要是)?(?:没|"
    r"不再|再也不|没有|不在)(?:上线|在线|回消息|出现|登录)?(?:了|的话)?[^。！？]{0,12}?(?:不是你们的错|记住我|"
    r"我爱你们|别找我|别等我)|(?:明天|以后)我?(?:要是)?不在(?:线)?(?:了|的话)[^。！？]{0,8}?(?:别|不用|不要)"
    r"(?:找|等)我|以后(?:别|不要|不用)等我了|(?:别|不要)再等我了|(?:能|曾经)认识你们(?:真好|很开心|很幸运)"
    r"[^。！？]{0,8}?(?:再见|永别|拜拜|了)|(?:想说的话|要说的话?|想说的)(?:都|全)(?:写)?在(?:手机)?备忘录里"
)

RULES: list[Rule] = [
    rule("self_harm:finality", "self_harm",
         "if dont wait look search it its been was wrote written write put left typed everything "
         "check read",
         "|".join(_EN), framed="generic",
         requires="look looking wait waiting search searching come try trying worry fault love loved "
         "remember forget goodbye bye forgive sorry notes knowing"),
    rule("self_harm:finality", "self_harm",
         "si no fue ha escribi deje puse se nao foi escrevi deixei coloquei",
         "|".join(_ES), framed="generic",
         requires="busquen busqueis esperen espereis culpa quiero recuerdenme perdonenme adios notas "
         "gusto placer lindo bonito genial honor procurem esperem amo lembrem perdoem adeus bom prazer "
         "legal honra"),
    rule("self_harm:finality", "self_harm",
         "si ne cetait ca jai wenn falls wartet sucht war es hab habe se non e ho",
         "|".join(_FR_DE_IT), framed="generic",
         requires="cherchez attendez mattendez faute aime souvenez pardonnez adieu notes lisez sympa cool plaisir "
         "honneur bien chouette genial sucht wartet schuld lieb liebe vergesst denkt wohl lest notizen "
         "kennen gekannt cercatemi aspettatemi colpa bene ricordatevi perdonatemi addio leggete note "
         "conoscervi conosciuto"),
    rule("self_harm:finality", "self_harm",
         "если не больше было приятно рада рад написала написал оставила оставил",
         "|".join(_RU), framed="generic",
         requires="ищите ждите вина люблю помните простите прощаите прочитаите заметки заметках знать "
         "сказать"),
    rule("self_harm:finality", "self_harm",
         "yarin girmezsem "
         "gelmezsem cevap yazmazsam donmezsem online cevrimici gorunmezsem artik beni hepinizi sizi "
         "soylemek demek jak jesli jezeli gdyby nie bylo milo napisalam napisalem kalau kalo klo kl "
         "jika misal jangan senang makasih semua",
         "|".join(_TR_PL_ID), framed="generic",
         requires="aramayin beklemeyin sucunuz seviyorum unutmayin elveda hoscakalin notlarimi notlarima "
         "notlarimda tanimak szukajcie czekajcie wina kocham pamietajcie wybaczcie zegnajcie "
         "przeczytajcie notatki notatkach znac cari cariin tungguin tunggu nyariin salah sayang inget "
         "ingat maafin tinggal baca notes kenal"),
    rule("self_harm:finality", "self_harm",
         "agar mera tum aap jo اذا لو ان لا ما كان كانت تشرفت كتبت law iza eza lw kan",
         "|".join(_HL_AR), framed="generic",
         requires="dhundna dhoondhna dhundhna dhoondna wait intezaar intezar galti yaad alvida maaf notes "
         "laga تدوروا تدورو تدورون تستنوني تنتظروني تنطروني ذنبكم بحبكم احبكم سامحوني تذكروني وداعا "
         "الملاحظات بالملاحظات ملاحظات عرفتكم بمعرفتكم tdawro tdawrou tistanoni tstanoni tentezrouni "
         "matdawro 3rftkom erftkom 3erftkom eerftkom rftkom"),
    rule("self_harm:finality", "self_harm", "अगर तुम आप जो", _HI, framed="generic"),
    rule("self_harm:finality", "self_harm", "如果 要是 万一 明天 以后 别 不要 认识 备忘录", _ZH,
         framed="generic"),
]
