"""Organised exclusion with no insult, in ar id hi zh: the three shapes of
harm_exclusion_groups.py (read its docstring first), appended to `harm.RULES`
after the other languages.

"سوينا قروب جديد بدون شخص معين، محد يضيفها مرة ثانية", "grup baru tanpa si
itu, jangan ada yang masukin dia lagi", "naya group bana liya you know who ke
bina, koi usko wapas add mat karna", "新建了个群，没拉某人，谁都别把她拉回来";
"مين عزم سارة؟ المرة الجاية بس احنا", "siapa yg ngajak Rina? lain kali kita
aja", "Priya ko kisne bulaya? agli baar sirf hum", "谁叫小美来的？下次就我们几个";
"خلونا ما نعزم خالد ونسوي كأنه مو موجود، نشوف كم بيتحمل", "jangan ajak Dimas
lagi, anggap aja dia gak ada", "Rohan ko bulana band karo ... dekhte hain kitna
sehta hai", "以后别叫小明了，就当他是空气，看他能撑多久".  Both halves are needed,
as in English: a guest asked about with no plan for next time, or a plan for a
small party with no guest mocked, passes.
"""

from __future__ import annotations

from .harm_groupchat import NOT_WARN
from .harm_groupchat_langs import _NOT_WARN
from .harm_regroup import _AFTER
from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

_OK = _AFTER + NOT_WARN + _NOT_WARN
_G = r"(?: \S+){0,10}? "
_L = r"(?: \S+){0,14}? "

# -- ar (ة is read as ه, أ as ا; "؟" and "،" are dropped) ---------------------------
_NAME_AR = (r"(?!(?:البوت|بوت|البوتات|الاهل|اهلي|المعلم|المعلمه|الاستاذ|الاستاذه|الغرباء|احد|حد|"
            r"الكل|كل|اي|نا|ي)(?:\s|$))\S{2,15}")
_GC_AR = r"(?:قروب|جروب|غروب|كروب|مجموعه|شات|محادثه)"
_VEIL_AR = (r"(?:شخص معين|احد معين|واحده معينه|واحد معين|(?:اللي|الي) بالي بالك|(?:اللي|الي) "
            r"تعرفونه|(?:اللي|الي) تعرفونها|تعرفون مين|فلانه)")
_NOADD_AR = (r"(?:(?:محد|ماحد|لا احد|ولا احد|محدش|ما حد) (?:يضيفها|يضيفه|يرجعها|يرجعه|يدخلها|يدخله)|"
             r"(?:لا|ما) (?:تضيفونها|تضيفوها|تضيفوه|تضيفونه|ترجعونها|ترجعوها|ترجعوه|تدخلوها|تدخلوه)|"
             r"(?:ما|مش|مو) (?:بنضيفها|بنضيفه|نضيفها|نضيفه|نرجعها|نرجعه))")
_UNFIT_AR = (r"(?:(?:مو|مش|مب|ما هي|ماهي|مهي|مهو|ما هو) (?:من مستوانا|من نوعنا|شبهنا|من جونا|منا)|"
             r"(?:ما|مش|مو) (?:تناسبنا|يناسبنا|تركب معنا|يركب معنا))")
_EXCL_AR = (r"(?:بدونها|بدونه|من غيرها|من غيره|بدون " + _NAME_AR + r"|" + _NOADD_AR + r"|(?:ما|لا) "
            r"(?:نعزمها|نعزمه|تعزمونها|تعزموها|تعزموه)|" + _GC_AR + r" جديد)")
_CAME_AR = (r"(?:مين|منو)(?: (?:اللي|الي))? (?:عزم|دعا|جاب|نادى|عزمها|عزمه|جابها|جابه|دعاها|دعاه)"
            r"(?: " + _NAME_AR + r")?(?![^.!?]{0,40}(?:حبيبه|عسل|كيوت|مبسوطه|مبسوط|حلو انها))")
_NEXT_AR = (r"(?:المره الجايه|المره القادمه|المره الياي|المره الجاي|المره الثانيه)(?: \S+){0,6}? (?:بس "
            r"احنا|احنا بس|بدونها|بدونه|بدون " + _NAME_AR + r"|(?:ما|لا) (?:نعزمها|نعزمه)|عدد اقل|بس "
            r"الشله|الشله بس)")
_STOPINV_AR = (r"(?:(?:ما|لا) (?:نعزمها|نعزمه|نعزم " + _NAME_AR + r")|(?:بطلوا|لا) (?:تعزمونها|تعزموها|"
               r"تعزموه|تعزمون " + _NAME_AR + r")|(?:ما|مو) (?:بنعزمها|بنعزمه|راح نعزمها|راح نعزمه))")
_INVIS_AR = (r"(?:كانها|كانه) (?:(?:مو|مش|مب|غير) موجود(?:ه)?|هوا|هواء|شفاف|شفافه|مخفي|مخفيه)")
_TORMENT_AR = (r"(?:نشوف|خلنا نشوف|بنشوف) (?:كم|لمتى|الى متى|قديش) (?:بتتحمل|بيتحمل|تتحمل|يتحمل|بتصبر|"
               r"بيصبر|تصبر|يصبر|بتستحمل|بيستحمل)")
RULES: list[Rule] = [
    rule("bullying:regroup", "bullying", "بدون غير عدا محد ماحد احد محدش حد تضيفونها تضيفوها تضيفوه "
         "تضيفونه ترجعونها ترجعوها ترجعوه تدخلوها تدخلوه بنضيفها بنضيفه نضيفها نضيفه نرجعها نرجعه مو "
         "مش مب ما",
         _GC_AR + r"(?: \S+){0,4}? (?:بدون|من غير|ما عدا) " + _VEIL_AR + _OK + "|"
         + _GC_AR + _G + _NOADD_AR + _OK + "|" + _EXCL_AR + _G + _UNFIT_AR + _OK + "|"
         + _UNFIT_AR + _G + _EXCL_AR + _OK,
         requires="قروب جروب غروب كروب مجموعه شات محادثه بدونها بدونه بدون غيرها غيره نعزمها نعزمه "
                  "تعزمونها تعزموها تعزموه"),
    rule("bullying:exclusion", "bullying", "عزم دعا جاب نادى عزمها عزمه جابها جابه دعاها دعاه",
         _CAME_AR + _L + _NEXT_AR + _OK + "|" + _NEXT_AR + _L + _CAME_AR + _OK,
         requires="المره"),
    rule("bullying:shunning", "bullying", "نعزمها نعزمه نعزم تعزمونها تعزموها تعزموه تعزمون بنعزمها "
         "بنعزمه",
         _STOPINV_AR + _G + r"(?:\S*" + _INVIS_AR + r"|" + _TORMENT_AR + r")" + _OK,
         requires="كانها كانه نشوف بنشوف"),
]

# -- id ----------------------------------------------------------------------------
_NAME_ID = (r"\b(?!(?:aku|gue|gw|saya|kita|kami|kamu|lo|lu|dia|doi|bot|spam|ortu|guru|admin|yang|yg|"
            r"lagi|aja|sih|itu|ini|semua|orang)\b)[a-z]{2,14}\b")
_WHO_ID = r"(?:dia|doi|si (?:dia|" + _NAME_ID + r")|" + _NAME_ID + r")"
_GC_ID = r"\b(?:grup|group|gc|grub|grupchat|groupchat|gcnya|grupnya)"
_VEIL_ID = (r"(?:si itu|si dia|seseorang|orang itu|you know who|(?:kamu|kalian|lo|lu) tau siapa|tau lah "
            r"siapa|si anu)")
_NOADD_ID = (r"\b(?:jangan|jgn|gak usah|gausah|ga usah|nggak usah|gk usah) (?:ada (?:yang|yg) )?(?:add|"
             r"masukin|masukkin|invite|ajak|undang|tambahin|balikin) " + _WHO_ID + r" (?:lagi|balik)\b")
_UNFIT_ID = (r"\b(?:dia|doi) (?:gak|ga|nggak|bukan|tidak|g) (?:satu frekuensi|"
             r"sefrekuensi|selevel|tipe kita|kayak kita|cocok (?:sama|ama) kita|masuk (?:ke )?circle "
             r"kita)\b|\bbukan (?:tipe|selera|circle|level) kita\b")
_EXCL_ID = (r"(?:\btanpa " + _WHO_ID + r"|" + _NOADD_ID + r"|\b(?:grup|gc) baru\b|\b(?:jangan|jgn|gak "
            r"usah|gausah) (?:ajak|undang|masukin) " + _WHO_ID + r")")
_CAME_ID = (r"\bsiapa (?:sih )?(?:yang|yg) (?:ngajak|ngundang|undang|ajak|bawa|ngajakin) " + _WHO_ID
            + r"\b(?![^.!?]{0,40}\b(?:seru|asik|asyik|baik|lucu|seneng|senang)\b)")
_NEXT_ID = (r"\b(?:lain kali|next time|besok besok|besok2)(?: \S+){0,6}? (?:kita (?:aja|doang|kita "
            r"aja)|kita2 aja|tanpa " + _WHO_ID + r"|(?:gak|ga|nggak|jangan|gausah|gak usah) (?:usah )?"
            r"(?:ajak|undang|ngajak) " + _WHO_ID + r"|grup kecil aja|yang deket aja|orang dikit aja)\b")
_STOPINV_ID = (r"\b(?:jangan|jgn|gak usah|gausah|ga usah|stop|berhenti) (?:ajak|ngajak|undang|ngundang|"
               r"ajakin|diajak) " + _WHO_ID + r" lagi\b")
_INVIS_ID = (r"\b(?:anggap|anggep|pura pura)(?: aja| saja)? (?:dia|doi|" + _NAME_ID + r") (?:(?:gak|ga|"
             r"nggak|tidak|g) (?:ada|keliatan|kelihatan|eksis)|transparan|invisible|angin|hantu)\b")
_TORMENT_ID = (r"\b(?:liat|lihat|kita liat) (?:berapa lama|seberapa lama|sampe kapan|sampai kapan) "
               r"(?:dia|doi) (?:tahan|kuat|bertahan)\b|\b(?:sampe|sampai) (?:dia|doi) (?:nyerah|"
               r"keluar|nangis|pindah)\b")
RULES += [
    rule("bullying:regroup", "bullying", "tanpa kecuali jangan jgn usah gausah bukan gak ga nggak "
         "tidak",
         _GC_ID + r"(?: \S+){0,4}? (?:tanpa|kecuali) " + _VEIL_ID + r"\b" + _OK + "|"
         + _GC_ID + _G + _NOADD_ID + _OK + "|" + _EXCL_ID + _G + r"(?:" + _UNFIT_ID + r")" + _OK + "|"
         r"(?:" + _UNFIT_ID + r")" + _G + _EXCL_ID + _OK,
         requires="grup group gc grub grupchat groupchat gcnya grupnya tanpa ajak undang masukin"),
    rule("bullying:exclusion", "bullying", "ngajak ngundang undang ajak bawa ngajakin",
         _CAME_ID + _L + _NEXT_ID + _OK + "|" + _NEXT_ID + _L + _CAME_ID + _OK,
         requires="lain next besok besok2"),
    rule("bullying:shunning", "bullying", "ajak ngajak undang ngundang ajakin diajak",
         _STOPINV_ID + _G + r"(?:" + _INVIS_ID + r"|" + _TORMENT_ID + r")" + _OK,
         requires="anggap anggep pura liat lihat sampe sampai"),
]

# -- hi: Hinglish ------------------------------------------------------------------
_NAME_HI = (r"\b(?!(?:mujhe|mujhko|humko|hume|hamein|sabko|kisi|koi|tujhe|tumko|aapko|mere|hamare|"
            r"tere)\b)[a-z]{2,14}")
# "priya ko": the postposition leads (a name-shaped word first would be tried at every
# word of the message); "mere ko", "hum ko", "sab ko" are the writer or everyone
_KO_HI = "ko" + "".join(f"(?<!{w} ko)" for w in ("mere", "hum", "sab", "tum", "aap", "mujh", "tere", "kisi"))
_OBJ_HI = r"(?:usko|use|usse|unko|" + _KO_HI + r")"
_NEG_HI = r"(?:mat|nahi|nhi|na|mt)"
_ADD_HI = r"(?:add|daal\w*|dal\w*)(?: kar\w*)?"
_AGAIN_HI = r"(?: (?:wapas|vapas|fir se|phir se|dobara))?"
_VEIL_HI = (r"(?:you know who|tum (?:jaante|jante) ho kaun|tumhe pata hai kaun|aap jaante ho kaun|(?:ek|"
            r"kisi) khaa?s (?:insaan|insan|banda|bande|bandi))")
_NOADD_HI = (r"\bkoi (?:bhi )?(?:\S+ )?" + _OBJ_HI + _AGAIN_HI + r" (?:" + _ADD_HI + r" " + _NEG_HI + r"|" + _NEG_HI
             + r" " + _ADD_HI + r")\b|\b" + _OBJ_HI + r" (?:wapas|vapas|dobara|fir se|phir se) (?:"
             + _ADD_HI + r" " + _NEG_HI + r"|" + _NEG_HI + r" " + _ADD_HI + r")\b")
_UNFIT_HI = (r"\b(?:wo|woh|vo|voh) (?:hamare|humare|apne) (?:type|level|jaisi|jaisa|jaise) (?:ki |ka |ke )?"
             r"(?:nahi|nhi|nai)\b|\b(?:wo|woh|vo|voh) (?:hum|hamare|humare) (?:mein|me|mai|sath|saath) "
             r"(?:fit|set) (?:nahi|nhi) (?:hoti|hota|baithti|baithta)\b")
_EXCL_HI = (r"(?:\b(?:uske|unke|ke(?<!mere ke)(?<!hamare ke)(?<!tere ke)) (?:bina|bagair)|"
            r"\b(?:bina|bagair) (?:uske|unke)|"
            + _NOADD_HI + r"|\b" + _OBJ_HI + r" " + _NEG_HI + r" (?:bulana|bulao|bulayenge|bulaenge|"
            r"add karna|add karo)|\bnaya (?:group|grp|gc)\b)")
_CAME_HI = (r"(?:\b" + _OBJ_HI + r" (?:kisne|kis ne|kaun) (?:bulaya|invite kiya|laya)|\bkisne (?:bulaya|"
            r"invite kiya) (?:\S+ )?" + _OBJ_HI + r")\b(?![^.!?]{0,40}\b(?:achhi|achha|acchi|mast|sweet|accha "
            r"hua|khush)\b)")
_NEXT_HI = (r"\b(?:agli baar|agli bar|agle baar|agli dafa|next time)(?: \S+){0,6}? (?:sirf hum|bas hum|"
            r"sirf apne log|hum log hi|(?:uske|unke|" + _NAME_HI + r" ke) bina|" + _OBJ_HI + r" " + _NEG_HI
            + r" (?:bulana|bulayenge|bulaenge|bulaana)|(?:chhota|chota) group|kam log)\b")
_STOPINV_HI = (r"\b" + _OBJ_HI + r" (?:bulana|invite karna|bulaana) (?:band|bandh) (?:karo|kar do|kardo|"
               r"karte hain|karenge)\b|\b" + _OBJ_HI + r" (?:ab se |aaj se )?" + _NEG_HI + r" (?:bulana|"
               r"bulayenge|bulaenge|bulao|invite karna|invite karenge)\b")
_INVIS_HI = (r"\b(?:jaise|ki) (?:wo|woh|vo|voh|" + _NAME_HI + r") (?:invisible|hawa|gayab|bhoot|"
             r"transparent) (?:hai|ho|h)\b|\b(?:jaise|ki) (?:wo|woh|vo|voh) (?:hai hi (?:nahi|nhi)|exist "
             r"hi (?:nahi|nhi) (?:karti|karta))\b")
_TORMENT_HI = (r"\bdekhte (?:hain|hai|h) (?:kitna|kab tak|kitne din) (?:sehta|sehti|seh pata|seh pati|"
               r"tikta|tikti|jhelta|jhelti|tik pata|tik pati)\b")
RULES += [
    _r("bullying:regroup", "bullying", "bina bagair koi wapas vapas dobara hamare humare apne",
       r"\b(?:group|grp|gc|grup|chat)(?: \S+){0,4}? (?:(?:bina|bagair) " + _VEIL_HI + r"|" + _VEIL_HI
       + r" (?:ke|ki) (?:bina|bagair))\b" + _OK + "|"
       r"\b(?:group|grp|gc|grup|chat)" + _G + r"(?:" + _NOADD_HI + r")" + _OK + "|" + _EXCL_HI + _G
       + r"(?:" + _UNFIT_HI + r")" + _OK + "|(?:" + _UNFIT_HI + r")" + _G + _EXCL_HI + _OK,
       requires="group grp gc grup chat bina bagair mat nahi nhi", quoted=False),
    _r("bullying:exclusion", "bullying", "kisne kis kaun",
       _CAME_HI + _L + _NEXT_HI + _OK + "|" + _NEXT_HI + _L + _CAME_HI + _OK,
       requires="agli agle next", quoted=False),
    _r("bullying:shunning", "bullying", "bulana bulaana bulayenge bulaenge bulao invite",
       r"(?:" + _STOPINV_HI + r")" + _G + r"(?:(?:act|behave|treat) (?:karo|karna|karenge|karte hain) "
       r"(?:" + _INVIS_HI + r")|" + _TORMENT_HI + r")" + _OK,
       requires="jaise dekhte", quoted=False),
]

# -- hi: Devanagari ----------------------------------------------------------------
_OBJ_DV = r"(?:उसे|उसको|(?!मुझे|हमें|सबको)\S+ को)"
RULES += [
    _r("bullying:regroup", "bullying", "ग्रुप ग्रूप चैट",
       r"(?:नया|नई) (?:ग्रुप|ग्रूप|चैट)(?: \S+){0,8}? कोई (?:भी )?" + _OBJ_DV + r"(?: (?:वापस|फिर से|"
       r"दोबारा))? (?:ऐड|add) (?:मत|नहीं)|(?:वो|वह) (?:हमारे|अपने) (?:टाइप|जैसी|जैसा|लेवल) (?:की |का )?नहीं"
       r"(?: \S+){0,8}? (?:नया|नई) (?:ग्रुप|ग्रूप|चैट)", quoted=False),
    _r("bullying:exclusion", "bullying", "किसने",
       r"(?:" + _OBJ_DV + r") (?:किसने|किस ने) (?:बुलाया|इनवाइट किया)(?: \S+){0,14}? (?:अगली बार|अगली दफा)"
       r"(?: \S+){0,6}? (?:सिर्फ हम|बस हम|हम लोग ही|उसके बिना|\S+ के बिना|उसे (?:मत|नहीं) बुलाना)",
       quoted=False),
    _r("bullying:shunning", "bullying", "बुलाना बुलाएंगे",
       _OBJ_DV + r" (?:बुलाना बंद करो|मत बुलाना|नहीं बुलाएंगे)(?: \S+){0,10}? (?:जैसे (?:वो|वह) (?:है ही "
       r"नहीं|अदृश्य है|हवा है)|देखते हैं (?:कितना|कब तक) (?:सहता|सहती|टिकता|टिकती))", quoted=False),
]

# -- zh (matched on the normalised text; "，" is read as ",") ------------------------------
_WHO_ZH = r"(?:她|他|(?!我|你|自己|老师|家长|机器人|广告|大家)[\u4e00-\u9fff]{2,3}?)"
_VEIL_ZH = r"(?:某人|某位|某个人|你懂的|你们懂的|那谁|那个谁|那位|某些人)"
RULES += [
    zrule("bullying:regroup", "bullying", "群",
          r"(?:新建|建|拉|开|弄|组|搞)(?:了)?(?:个|一个)?(?:新)?(?:的)?群[^。!?]{0,10}?(?:没拉|没有拉|不拉|"
          r"不带|没加|没有|不加)" + _VEIL_ZH + r"|群[^。]{0,20}?(?:谁都|谁也|大家|都)?(?:别|不要|不准|不许)"
          r"(?:再)?把" + _WHO_ZH + r"(?:拉回来|加回来|拉进来|加进来|拉回去)|"
          r"(?:她|他)(?:跟我们)?(?:不是一路人|不是一类人|融不进来|不是我们的菜|不是我们这类人)[^。]{0,12}?"
          r"(?:别拉|不拉|别加|不加|新群|踢了|踢出去)"),
    zrule("bullying:exclusion", "bullying", "谁",
          r"谁(?:叫|请|邀请|喊|带)(?:了)?" + _WHO_ZH + r"(?:来|过来)?(?:的)?(?![^。]{0,10}(?:真好|很好|"
          r"开心|可爱))[\s\S]{0,20}?下次[^。!?]{0,10}?(?:就我们|只有我们|就咱们|只叫我们|不叫她|不叫他|"
          r"不带她|不带他|别叫她|别叫他|人少点|小范围)"),
    zrule("bullying:shunning", "bullying", "别 不要 不再",
          r"(?:别|不要|不再)(?:叫|请|邀请|喊|带)" + _WHO_ZH + r"(?:了)?[^。]{0,12}?(?:(?:就当|当)(?:她|他)"
          r"(?:是空气|不存在|是透明人|透明|隐形)|看(?:她|他)能(?:撑|忍|坚持|熬)多久)"),
]
