"""Cruel remarks about the reader's family in ru tr pl id ar hi zh: the shapes
of harm_family_jibes.py (read its docstring first), appended to `harm.RULES`,
reason `bullying:family`.

"неудивительно что твой отец ушёл", "тебя даже отец бросил", "baban bu yüzden
seni terk etti", "annen bile seni istemedi", "nic dziwnego że ojciec od ciebie
odszedł", "nawet ojciec cię nie chciał", "pantes aja bapak lo pergi ninggalin
lo", "bokap lo aja gak mau sama lo", "لهذا ابوك تركك", "حتى امك ما تبيك",
"isiliye toh tere papa bhi chhod ke chale gaye", "难怪你爸不要你", "连你亲妈都
不要你".  A cause word ("no wonder", "that's why") or "even" with the reader's
parent (a possessive of the reader, or the reader as object) and leaving,
not wanting, prison.  The writer's own parent ("мой отец ушёл", "babam beni
terk etti", "ابوي تركنا"), everyday leaving ("твой папа ушёл на работу",
"bokap lo pergi ke kantor") and comfort after it pass.
"""

from __future__ import annotations

from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru (й is read as и, ё as е) -----------------------------------------------------
_PAR_RU = r"(?:отец|папа|батя|папаша|мать|мама|мамка|родители|предки|батек)"
_LEFT_RU = (r"(?:ушел|ушла|ушли|свалил|свалила|сбежал|сбежала|бросил|бросила|бросили|кинул|кинула|"
            r"не любит|не любил|не любила|не хотел|не хотела|не хочет|не хотели|сидит|в тюрьме|"
            r"развелись|отказался|отказалась|отказались|спился|спилась|бухает|ненавидит)")
_NOT_DAY_RU = r"(?! (?:на|в|во|к|за|домои|с работы|утром|рано|поздно|сегодня|вчера)\b)"
RULES: list[Rule] = [
    rule("bullying:family", "bullying",
         "неудивительно удивительно понятно ясно почему поэтому то даже за",
         r"\b(?:неудивительно|не удивительно|понятно|ясно|вот почему|поэтому|теперь понятно почему|"
         r"то-то|понятно почему|ясно почему)(?: что| почему)? (?:от тебя |тебя )?(?:даже )?(?:и )?"
         r"(?:твои|твоя|твое) " + _PAR_RU + r" (?:от тебя |тебя |от вас )?(?:и )?" + _LEFT_RU
         + r"\b" + _NOT_DAY_RU + "|"
         r"\b(?:тебя|от тебя) (?:даже|и то) (?:родной |родная |собственныи |собственная |твои |"
         r"твоя )?" + _PAR_RU + r" (?:не )?(?:бросил|бросила|бросили|кинул|кинула|ушел|ушла|не "
         r"хотел|не хотела|не любит|не любил|не любила|отказался|отказалась|сбежал|сбежала|терпеть "
         r"не может)\b|"
         r"\bдаже (?:твои|твоя|родной|родная) " + _PAR_RU + r" (?:тебя )?(?:бросил|бросила|не "
         r"хотел|не хотела|не любит|не любил|не любила|кинул|кинула|от тебя отказал\w*|от тебя "
         r"ушел|от тебя ушла)\b|"
         r"\b(?:твои|твоя) " + _PAR_RU + r" (?:и )?(?:ушел|ушла|сбежал|сбежала|свалил|свалила) (?:из ?-?за"
         r" тебя|от тебя)\b" + _NOT_DAY_RU,
         requires="твои твоя твое тебя"),
]

# -- tr (ı ş ğ ö ü ç are read as i s g o u c) ----------------------------------------
_PAR_TR = r"(?:baban|annen|babacigin|anacigin|ailen|anan|baban da|annen de)"
_LEFT_TR = (r"(?:terk etti|birakti|birakip gitti|kacti|gitti|istemedi|istemiyor|sevmiyor|sevmedi|"
            r"ayrildi|bosandi|hapiste|hapse girdi|seni istemedi|seni birakti|seni terk etti)")
RULES += [
    rule("bullying:family", "bullying", "yuzden ondan tabii tabi sasirmadim belli bile normal",
         r"\b(?:bu yuzden|o yuzden|ondan|tabii|tabi|sasirmadim|belli|normal|bu yuzden mi) (?:\S+ )?"
         + _PAR_TR + r" (?:de |da |bile )?(?:seni |sizi )?" + _LEFT_TR + r"\b(?! (?:markete|ise|"
         r"okula|eve|erken|gec|bugun|dun)\b)|"
         r"\b" + _PAR_TR + r" (?:\S+ )?(?:bu yuzden|o yuzden|ondan) (?:seni |sizi )?(?:terk etti|"
         r"birakti|birakip gitti|kacti|gitti|istemedi)\b(?! (?:markete|ise|okula|eve)\b)|"
         r"\b" + _PAR_TR + r" bile (?:seni )?(?:istemedi|istemiyor|istemez|sevmiyor|sevmedi|terk "
         r"etti|birakti|cekemiyor|katlanamadi|katlanamiyor)\b"),
]

# -- pl (ą ę ł ó ś ż are read as a e l o s z) ----------------------------------------
_PAR_PL = r"(?:ojciec|tata|tatus|stary|matka|mama|stara|rodzice|starzy|ojczym)"
_LEFT_PL = (r"(?:odszedl|odeszla|odeszli|zostawil|zostawila|zostawili|porzucil|porzucila|uciekl|"
            r"uciekla|zwial|zwiala|nie chcial|nie chciala|nie chce|nie kocha|siedzi|jest w "
            r"wiezieniu|sie rozwiedli|sie wyrzekl|sie wyrzekla)")
RULES += [
    rule("bullying:family", "bullying", "dziwnego dlatego dziwie czemu nawet",
         r"\b(?:nic dziwnego|dlatego|to dlatego|nie dziwie sie|teraz wiem czemu|wiadomo czemu|"
         r"wiadomo dlaczego)(?: ze)? (?:nawet )?(?:(?:twoj|twoja|twoi) " + _PAR_PL + r" (?:od "
         r"ciebie |cie |od was )?" + _LEFT_PL + r"|" + _PAR_PL + r" (?:od ciebie|cie) " + _LEFT_PL
         + r")\b(?! (?:do|na|z|rano|wczesniej|dzisiaj|wczoraj)\b)|"
         r"\bnawet (?:twoj |twoja |wlasny |wlasna |twoi )?" + _PAR_PL + r" (?:cie |ciebie )?(?:nie "
         r"chcial|nie chciala|nie chce|nie kocha|nie kochal|nie kochala|zostawil|zostawila|porzucil|"
         r"porzucila|odszedl od ciebie|odeszla od ciebie|sie ciebie wyrzekl|sie ciebie wyrzekla|nie"
         r" wytrzymal z toba|nie wytrzymala z toba)\b",
         requires="twoj twoja twoi cie ciebie"),
]

# -- id ----------------------------------------------------------------------------
_PAR_ID = (r"(?:bapak|bapa|bokap|bonyok|ayah|papa|papi|mama|mami|nyokap|ibu|emak|mak|ortu|orang "
           r"tua|bapakmu|ayahmu|ibumu|mamamu|papamu|ortumu)")
_YOUR_ID = r"(?: lo| lu| loe| elo| kamu| lho)?"
_NOT_DAY_ID = r"(?! (?:ke|kerja|dulu|tadi|pagi|sore|malam|sebentar|bentar|beli|jemput|ngantor)\b)"
RULES += [
    rule("bullying:family", "bullying", "pantes pantesan pantas makanya heran wajar jelas",
         r"\b(?:pantes|pantesan|pantas|makanya|ya jelas|gak heran|ga heran|nggak heran|ngga heran|"
         r"wajar)(?: aja| saja| aj)?(?: sih| deh)? " + _PAR_ID + _YOUR_ID + r" (?:\S+ )?(?:pergi|"
         r"kabur|ninggalin|minggat|cerai|ninggalin (?:lo|lu|kamu)|gak mau sama (?:lo|lu|kamu)|ga mau "
         r"sama (?:lo|lu|kamu)|gak sayang|dipenjara|masuk penjara|di penjara|buang (?:lo|lu|kamu)|"
         r"ogah sama (?:lo|lu|kamu))\b" + _NOT_DAY_ID,
         requires="lo lu loe elo kamu bapakmu ayahmu ibumu mamamu papamu ortumu"),
    rule("bullying:family", "bullying", "aja sendiri",
         r"\b" + _PAR_ID + _YOUR_ID + r" (?:aja|sendiri aja|sendiri) (?:gak|ga|nggak|ogah|tidak|"
         r"enggak) (?:mau|sayang|peduli|betah) (?:sama |ama |dengan )?(?:lo|lu|kamu|elo)\b|"
         r"\b" + _PAR_ID + _YOUR_ID + r" (?:aja|sendiri aja) (?:ninggalin|buang|tinggalin|kabur "
         r"dari) (?:lo|lu|kamu|elo)\b",
         requires="lo lu loe elo kamu bapakmu ayahmu ibumu mamamu papamu ortumu"),
]

# -- ar (ة is read as ه, أ as ا) ---------------------------------------------------
_PAR_AR = r"(?:ابوك|امك|ابوكي|امكي|والدك|والدتك|اهلك|بوك|ابوكم|امكم)"
_LEFT_AR = (r"(?:تركك|ترككم|تركتك|هجرك|هجرتك|طفش|طفشت|هرب|هربت|شرد|سابك|سابتك|سابكم|راح وخلاك|"
            r"تخلى عنك|تخلت عنك|تخلوا عنك|ما يبيك|ما تبيك|ما يبغاك|ما تبغاك|ما بدو ياك|ما بدها ياك|"
            r"ما يحبك|ما تحبك|مش عايزك|مش عايزاك|مو طايقك|بالسجن|في السجن|انفصلوا|تطلقوا|ما يطيقك|"
            r"ما تطيقك|تبرا منك|تبرت منك|ما يبونك)")
RULES += [
    rule("bullying:family", "bullying",
         "لهذا عشان علشان لذلك غريب استغرب ماستغرب ليش ليه طبيعي حتى",
         r"(?:لهذا|عشان كذا|عشان هيك|علشان كده|علشان كدا|عشان كدا|لذلك|مو غريب|مش غريب|مب غريب|"
         r"طبيعي|ما استغرب|ماستغرب|عرفت ليش|فهمت ليش|فهمت ليه|عرفت ليه|من كذا)(?: ان| انو)? "
         r"(?:حتى )?" + _PAR_AR + r" (?:\S+ )?" + _LEFT_AR + r"(?! (?:لل|على|ع|الى|عالشغل|للشغل|"
         r"للسوق|الصبح|بدري)\S*)|"
         r"حتى " + _PAR_AR + r" (?:\S+ )?" + _LEFT_AR),
]

# -- hi: Hinglish, Devanagari ------------------------------------------------------
_PAR_HI = (r"(?:papa|baap|pappa|dad|daddy|pitaji|abbu|abba|maa|mummy|mumma|mom|mum|mama|ammi|"
           r"mummy papa|parents|mom dad|mum dad|ma baap)")
_LEFT_HI = (r"(?:(?:chhod|chod|chhor|chor)(?: ?(?:ke|kar|kr))? (?:chale|chali|chala|bhaag|bhag)"
            r"(?: \S+)? (?:gaye|gayi|gaya|gye|gyi|gya)|(?:chhod|chod|chhor|chor) (?:diya|di|diye|gaye|"
            r"gayi|gaya|gye|gyi|gya)|(?:bhaag|bhag) (?:gaye|gayi|gaya|gye|gyi|gya)|(?:chale|chali|"
            r"chala) (?:gaye|gayi|gaya|gye|gyi|gya)|(?:nahi|nhi) (?:chahte|chahti|chahta|chahiye tha|"
            r"apnaya|pyaar karte|pyar karte)|(?:jail|jel) (?:mein|me|mai) (?:hai|hain|h)|(?:divorce|"
            r"talaq) (?:ho gaya|le liya|de diya))")
RULES += [
    _r("bullying:family", "bullying",
       "isiliye isliye isi tabhi samjha samjhi bhi",
       r"\b(?:isiliye|isliye|isi liye|isi wajah se|tabhi|isi karke|ab samjha|ab samjhi)(?: toh| to)? "
       r"(?:tere|teri|tera|tumhare|tumhari|tumhara)(?: \S+)? " + _PAR_HI + r"(?: ne)?(?: bhi)?"
       r"(?: tujhe| tumhe| tujhko| tumko)? " + _LEFT_HI + r"\b|"
       r"\b(?:tere|teri|tera|tumhare|tumhari|tumhara) " + _PAR_HI + r" (?:ne )?bhi (?:tujhe|tumhe|"
       r"tujhko|tumko) (?:chhod diya|chod diya|nahi chaha|nhi chaha|nahi apnaya|nahi chahte|nahi "
       r"chahiye tha|nahi chahti|pyaar nahi karte|pyar nahi karte)\b",
       requires="tere teri tera tumhare tumhari tumhara", quoted=False),
    _r("bullying:family", "bullying", "इसीलिए इसलिए तभी भी",
       r"(?:इसीलिए|इसलिए|तभी|इसी लिए|इसी वजह से)(?: तो)? (?:तेरे|तेरी|तेरा|तुम्हारे|तुम्हारी|तुम्हारा) "
       r"(?:पापा|बाप|माँ|मां|मम्मी|पिता|अब्बू|अम्मी|मम्मी पापा)(?: ने)?(?: भी)?(?: तुझे| तुम्हें)? "
       r"(?:छोड़|छोड)(?: (?:के|कर|दिया|गए|गई|गया))+(?: (?:चले|चली|चला|भाग)(?: \S+)? (?:गए|गई|गया))?|"
       r"(?:तेरे|तेरी|तेरा|तुम्हारे|तुम्हारी) (?:पापा|बाप|माँ|मां|मम्मी|पिता) (?:ने )?भी (?:तुझे|तुम्हें) "
       r"(?:छोड़ दिया|नहीं चाहा|नहीं अपनाया)", quoted=False),
]

# -- zh ----------------------------------------------------------------------------
_PAR_ZH = r"(?:爸爸|妈妈|爸妈|父母|老爸|老妈|亲爹|亲妈|爹|娘|爸|妈)"
RULES += [
    zrule("bullying:family", "bullying", "怪 活该 连你 因为你",
          r"(?:难怪|怪不得|活该|就因为你)你" + _PAR_ZH + r"(?:才|会|就|都)?(?:不要你|跑了|"
          r"离婚|抛弃你|丢下你|离开你|不管你|扔了你|坐牢|进监狱|在坐牢|嫌弃你|受不了你|跟人跑了|"
          r"走了(?![^。!?]{0,4}(?:这么早|那么早|以后|之后|吗|呢|去)))|"
          r"连你(?:自己的|亲)?" + _PAR_ZH + r"都(?:不要你|不想要你|嫌弃你|不管你|受不了你|不爱你|"
          r"抛弃了你|抛弃你|讨厌你|不喜欢你)"),
]
