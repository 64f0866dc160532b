"""Mocking a child's family poverty, a parent's lost job, a parent in prison or
the family's origin in ru tr pl id ar hi zh: the shapes of
harm_poverty_mock.py (read its docstring first), appended to `harm.RULES`,
reason `bullying:poverty`.

"твой батя всё ещё безработный? ахах", "ботинки с рынка? мамка по купонам
брала лол", "baban hâlâ işsiz mi? haha", "annen kuponla mı aldı", "twój stary
dalej bezrobotny? xd", "pantes, bapaknya di penjara", "bapak lo masih
nganggur ya? wkwk", "أبوك لسا عاطل عن العمل؟ هههه", "teri family gaon se
bhaag ke aayi hai", "tera baap abhi bhi berozgaar hai kya lol", "你爸还没找到
工作吧哈哈", "你爸在坐牢吧哈哈".  The reader's (or a named child's) parent or
family, the fact, and laughter or a jeer built in ("say hi to your dad in
prison", "that figures" right before the fact).  The writer's own family
("мой папа потерял работу", "babam işsiz kaldı", "ayahku baru kena PHK",
"我爸失业了"), a job at a prison ("bapaknya kerja di penjara sebagai sipir")
and a family's move told plainly ("meri family gaon se aayi hai") pass.
"""

from __future__ import annotations

from .harm_accent_mock_langs import (
    LAUGH_AR,
    LAUGH_HI,
    LAUGH_ID,
    LAUGH_PL,
    LAUGH_RU,
    LAUGH_TR,
    LAUGH_ZH,
)
from .packs.hi._script import _DE, _r
from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule, rule

# -- ru (ё is read as е, й as и) ------------------------------------------------------
_PAR_RU = (r"(?:отец|папа|батя|папаша|мать|мама|мамка|маман|родители|предки|батек|семья|семеика|"
           r"старики)")
_NOT_KIND_RU = (r"(?!.{0,60}?\b(?:сочувствую|жаль|держись|если нужна помощь|помогу|мои тоже|"
                r"мои|моя|у меня тоже|мои батя)\b)")
RULES: list[Rule] = [
    rule("bullying:poverty", "bullying",
         "безработныи безработная работы работу бирже уволили пособии пособие пособия подачки "
         "помоике секонд секонде гуманитарке социалку соцпомощь талонам талоны купонам",
         r"\b(?:твои|твоя|твое|ваш|ваша) " + _PAR_RU + r" (?:\S+ ){0,2}?(?:(?:все еще|до сих пор|опять|"
         r"снова) )?(?:безработныи|безработная|без работы|ищет работу|на бирже|сидит без работы|"
         r"уволили|уволен|на пособии)\b" + _NOT_KIND_RU + r"(?=.{0,80}?" + LAUGH_RU + r")|"
         r"\b(?:твоя семья|твои родители|твоя мамка|твоя мать|твои предки|твои старики|вы|ваша семья)"
         r" (?:\S+ ){0,2}?(?:живет|живут|живете|питается|питаются|питаетесь|одевается|одеваются|"
         r"одеваетесь) (?:\S+ ){0,2}?(?:на пособие|на пособия|на пособии|на подачки|на помоике|в "
         r"секонд хенде|в секонде|на гуманитарке|с помоики|на социалку|на соцпомощь|по талонам|на "
         r"талоны)\b" + _NOT_KIND_RU + r"(?=.{0,80}?" + LAUGH_RU + r")|"
         r"\b(?:кроссы|кроссовки|ботинки|куртка|шмотки|одежда|кофта|обувь|кеды|куртку|кроссовки "
         r"твои|ботинки твои) (?:\S+ ){0,2}?(?:с рынка|с барахолки|из секонда|из секонд хенда|с "
         r"помоики|с гуманитарки)\b(?=.{0,80}?(?:купон|талон|" + LAUGH_RU + r"))|"
         r"\b(?:мамка|мама|мать|батя|отец|папа|маман) (?:\S+ ){0,1}?(?:по купонам|по талонам|на "
         r"пособие|на подачки) (?:брала|брал|купила|купил|покупала|покупал|взяла|взял)\b"),
    rule("bullying:poverty", "bullying",
         "зону зоне тюрьму тюрьме нарах колонии сидит зек зэк уголовник",
         r"\b(?:передаи|передавай|привет) (?:привет )?(?:бате|отцу|папе|папаше|брату|мамке|матери) "
         r"(?:на зону|на зоне|в тюрьму|в тюрьме|на нарах|в колонии|в зоне)\b|"
         r"(?:^|[.!?] )(?:понятно|ясно|неудивительно|то-то|все понятно|оно и видно) (?:у него|у нее|"
         r"его|ее|твои|твоя|у тебя) (?:отец|батя|папа|мать|мамка) (?:сидит|в тюрьме|на зоне|зек|зэк|"
         r"уголовник|сидел)\b|"
         r"\b(?:твои|твоя) (?:отец|батя|папа|папаша|мать|мамка) (?:сидит|в тюрьме|на зоне|зек|зэк|"
         r"уголовник) (?:\S+ )?(?:вот ты такои|вот ты и|поэтому ты|потому ты|яблочко|весь в него|"
         r"вся в него)"),
]

# -- tr --------------------------------------------------------------------------------
# the reader's parent, or a named child's ("Emre'nin babası hâlâ işsiz haha")
_PAR_TR = (r"(?:baban|annen|ailen|babaniz|anneniz|aileniz|anan|baban da|annenle baban|babasi|"
           r"annesi|ailesi)")
RULES += [
    rule("bullying:poverty", "bullying",
         "issiz ariyor atildi kovuldu issizlik kolisi gida erzak sadaka kupon kuponla komur yardim "
         "yardimi pazardan bitpazarindan copten ikinci",
         r"\b" + _PAR_TR + r" (?:\S+ ){0,1}?(?:(?:hala|yine|gene|daha|hep) )?(?:issiz|is ariyor|isten "
         r"atildi|isten kovuldu|kovuldu|issizlik maasi)\w*\b(?!.{0,60}?\b(?:gecmis olsun|uzuldum|"
         r"yardim|bizim|benimki|benim|babam|annem)\w*)(?=.{0,80}?\b" + LAUGH_TR + r")|"
         r"\b" + _PAR_TR + r" (?:\S+ ){0,3}?(?:yardim kolisi\w*|gida bankasi\w*|erzak\w*|sadaka\w*|"
         r"kupon\w*|komur yardimi\w*|sosyal yardim\w*)\b(?=.{0,80}?(?:\b(?:mi|mu|mı)\b|\b" + LAUGH_TR
         + r"))|"
         r"\b(?:ayakkabilar|ayakkabin|ayakkabilarin|montun|mont|kiyafetlerin|kiyafetler|cantan|esofman|"
         r"esofmanin|ceketin|bu ayakkabilar|bu mont) (?:\S+ ){0,2}?(?:pazardan|bitpazarindan|bit "
         r"pazarindan|copten|ikinci el|yardim kolisinden)\b(?=.{0,80}?(?:\b(?:mi|mu)\b|kupon|\b"
         + LAUGH_TR + r"))"),
    rule("bullying:poverty", "bullying", "cezaevinde hapiste kodeste iceride hapse",
         r"\b(?:babana|annene|abine|agabeyine) (?:\S+ ){0,2}?(?:cezaevinde|hapiste|kodeste|iceride) "
         r"(?:\S+ )?selam (?:soyle|soylersin|ilet)\b|"
         r"(?:^|[.!?] )(?:belli|tabi|tabii|sasirmadim|normal|anlasilan) (?:babasi|annesi|abisi|baban|"
         r"annen) (?:hapiste|iceride|cezaevinde|kodeste|hapse girmis)\b"),
]

# -- pl (ą ę ł ó ś ż read as a e l o s z) ----------------------------------------------
RULES += [
    rule("bullying:poverty", "bullying",
         "bezrobotny bezrobotna roboty pracy zasilku bezrobociu kuroniowce mopsu mops caritasu "
         "bonami kuponami bazaru lumpeksu lumpa ciucholandu smietnika darow targu 500 800",
         r"\b(?:twoj|twoja|twoi|wasz|wasza) (?:stary|stara|ojciec|tata|matka|mama|starzy|rodzice|"
         r"rodzina) (?:\S+ ){0,2}?(?:(?:dalej|nadal|wciaz|znowu|ciagle|caly czas) )?(?:jest )?"
         r"(?:bezrobotny|bezrobotna|bez roboty|bez pracy|szuka pracy|szuka roboty|na zasilku|na "
         r"bezrobociu|na kuroniowce)\b(?!.{0,60}?\b(?:przykro|trzymaj sie|pomoge|moj tez|moj|moja|"
         r"u mnie)\b)"
         r"(?=.{0,80}?\b" + LAUGH_PL + r")|"
         r"\b(?:twoja rodzina|twoi starzy|twoja stara|twoj stary|twoja matka|wasza rodzina|twoi "
         r"rodzice) (?:\S+ ){0,2}?(?:zyje|zyja|je|jedza|kupuje|kupuja|placi|placa|placila|placil) "
         r"(?:\S+ ){0,2}?(?:z zasilku|z 500 plus|z 800 plus|z 500\+|z 800\+|z mopsu|z mops|z pomocy "
         r"spolecznej|z caritasu|bonami|kuponami|z banku zywnosci)\b(?=.{0,80}?\b" + LAUGH_PL + r")|"
         r"\b(?:buty|ciuchy|kurtka|bluza|plecak|adidasy|twoje buty|twoja kurtka) (?:\S+ ){0,2}?(?:z "
         r"bazaru|z lumpeksu|z lumpa|z ciucholandu|ze smietnika|z darow|z caritasu|z targu)\b"
         r"(?=.{0,80}?(?:bonami|kuponami|\b" + LAUGH_PL + r"))|"
         r"\b(?:matka|mama|stara|stary|ojciec) (?:\S+ )?(?:placila|placil|zaplacila|zaplacil) "
         r"(?:bonami|kuponami|z zasilku|z 500 plus)\b"),
    rule("bullying:poverty", "bullying", "pierdlu wiezieniu kiciu puszce dolku pace kratami siedzi",
         r"\b(?:pozdrow|pozdrowienia dla) (?:starego|ojca|tate|brata|stara|matke) (?:w pierdlu|w "
         r"wiezieniu|w kiciu|w puszce|na dolku|w pace|za kratami)\b|"
         r"(?:^|[.!?] )(?:nic dziwnego|no jasne|wiadomo|jasne) (?:jego|jej|twoj|twoja) (?:ojciec|stary|"
         r"tata|matka|stara) (?:siedzi|jest w wiezieniu|w pierdlu|w kiciu|za kratami)\b"),
]

# -- id --------------------------------------------------------------------------------
_PAR_ID = (r"(?:bapak|bapa|bokap|babe|ayah|papa|papi|mama|mami|nyokap|ibu|emak|mak|ortu|orang tua|"
           r"keluarga)")
_WHOSE_ID = r"(?:nya| lo| lu| loe| elo| kamu|mu)"
_FACT_ID = (r"(?:di penjara|dipenjara|masuk penjara|napi|narapidana|masuk bui|di bui|dibui|"
            r"nganggur|pengangguran|dipecat|kena phk|di phk|diphk|miskin|pemulung|ngemis|pengemis)")
RULES += [
    rule("bullying:poverty", "bullying", "pantes pantesan pantas makanya heran wajar jelas",
         r"(?:^|[.!?] )(?:pantes|pantesan|pantas|makanya|ya jelas|gak heran|ga heran|nggak heran|ngga "
         r"heran|wajar)(?: aja| sih| lah| deh| aj)? " + _PAR_ID + _WHOSE_ID + r" (?:\S+ )?" + _FACT_ID
         + r"\b"),
    # the fact first, the verdict after: "cie yang bapaknya di penjara, pantes kelakuannya
    # gitu"; "cie" (teasing) before the reader's or a child's parent in prison or out of work
    rule("bullying:poverty", "bullying", "pantes pantesan pantas makanya heran wajar cie ciee "
         "cieh ciye ciyee",
         r"\b" + _PAR_ID + _WHOSE_ID + r" (?:(?:masih|lagi|udah|sekarang|pernah) )?" + _FACT_ID
         + r"\b(?: \S+){0,2}? (?:pantes|pantesan|pantas|makanya|gak heran|ga heran|nggak heran|"
         r"wajar)(?: aja| sih| lah| deh)? (?:kelakuan|sifat|tingkah|kelakuan|perilaku|otak|muka|"
         r"gaya|dia|lo|lu|kamu|anaknya)\w*\b(?![^.!?]{0,40}\b(?:sedih|murung|diem|diam|nangis|"
         r"kasian|kasihan)\b)|"
         r"\b(?:cie+|cieh|ciye+|ciee+h?) (?:yang |yg )?" + _PAR_ID + _WHOSE_ID + r" (?:(?:masih|"
         r"lagi|udah|sekarang) )?" + _FACT_ID + r"\b"),
    # "sekalian jualan gorengan kayak emakmu": the parent's humble trade thrown at the reader
    rule("bullying:poverty", "bullying", "jualan jual dagang ngamen mulung nyapu ngojek pembantu "
         "babu kuli pemulung",
         r"\b(?:jualan|jual|dagang|ngamen|mulung|nyapu|ngojek|jadi pembantu|jadi babu|jadi kuli|jadi"
         r" pemulung)(?: \S+){0,2}? (?:kayak|kaya|kek|kyk|sama kayak|seperti) (?:emak|mak|ibu|bapak|"
         r"bapa|bokap|nyokap|ayah|mama|papa)(?:mu| lo| lu| kamu| elo)\b(?![^.!?]{0,60}\b(?:enak|"
         r"bagus|keren|hebat|mantap|semangat|laris|sukses|bangga)\b)"),
    rule("bullying:poverty", "bullying",
         "nganggur pengangguran kerja dipecat phk diphk bansos sembako bantuan blt raskin sumbangan "
         "kupon loak loakan awul cakar rongsokan sampah",
         r"\b" + _PAR_ID + _WHOSE_ID + r" (?:\S+ ){0,1}?(?:masih |lagi |udah |belum )?(?:nganggur|"
         r"pengangguran|belum dapet kerja|blm dapet kerja|cari kerja|nyari kerja|dipecat|kena phk|di "
         r"phk|diphk)\b(?!.{0,60}?\b(?:turut sedih|semangat|doain|sabar|bantu|bapakku|ayahku|"
         r"bokapku|aku juga|gue juga|sama)\b)(?=.{0,80}?\b"
         + LAUGH_ID + r")|"
         r"\b" + _PAR_ID + _WHOSE_ID + r" (?:\S+ ){0,2}?(?:hidup dari|makan dari|ngandelin|nunggu|"
         r"dapet|bayar pake|bayar pakai|bayar make) (?:\S+ )?(?:bansos|sembako gratis|bantuan|blt|"
         r"raskin|sumbangan|kupon|voucher)\b(?=.{0,80}?\b" + LAUGH_ID + r")|"
         r"\b(?:sepatu|baju|tas|jaket|celana|sendal)(?:nya|mu| lo| lu| kamu)? (?:\S+ ){0,2}?(?:dari |"
         r"beli di |beli )?(?:pasar loak|loakan|awul awul|awul-awul|cakar|rongsokan|tempat sampah|"
         r"sumbangan)\b(?=.{0,80}?\b" + LAUGH_ID + r")"),
]

# -- ar (ة is read as ه, أ إ آ as ا) ---------------------------------------------------
_PAR_AR = r"(?:ابوك|امك|اهلك|ابوكي|امكي|والدك|والدتك|ابوكم|امكم|عيلتك|عايلتك|اخوك|بوك)"
RULES += [
    rule("bullying:poverty", "bullying",
         "عاطل عاطله بطال بطاله شغل انطرد اترفد طردوه السجن بالسجن بالحبس الحبس محبوس مسجون "
         "الصدقات الصدقه المساعدات الاعانات التبرعات الزكاه البالة البالات البال الزباله المستعمل",
         r"\b" + _PAR_AR + r" (?:\S+ ){0,2}?(?:(?:لسا|لسه|بعده|مازال|ما زال|لساته|لحد الحين|لسى) )?"
         r"(?:عاطل|عاطله|بطال|بطاله|بلا شغل|بدون شغل|مش لاقي شغل|ما لقي شغل|يدور شغل|بيدور علي شغل|"
         r"انطرد|اترفد|طردوه|في السجن|بالسجن|بالحبس|في الحبس|محبوس|مسجون)(?=.{0,60}?" + LAUGH_AR
         + r")|"
         r"\b" + _PAR_AR + r" (?:\S+ ){0,2}?(?:عايشين|عايش|يعيشون|عايشه|بياكلوا|ياكلون|يصرفون|"
         r"بيصرفوا)? ?(?:علي|من) (?:الصدقات|الصدقه|المساعدات|الاعانات|التبرعات|الزكاه|الشحاذه|"
         r"الشحاته)(?=.{0,60}?" + LAUGH_AR + r")|"
         r"\b(?:جزمتك|حذاك|حذائك|هدومك|ملابسك|جاكيتك|شنطتك|صندلك|بوطك) (?:\S+ ){0,2}?(?:من البال|من "
         r"البالات|من البالة|من البالاه|من سوق الجمعه|من الزباله|من المستعمل|من سوق الخرده|من "
         r"الصدقات)(?=.{0,60}?" + LAUGH_AR + r")|"
         r"\b(?:سلم|سلملي|سلم لي|سلمي) علي (?:ابوك|اخوك|ابوكي|اخوكي) (?:في|ب)(?:ال)?(?:سجن|حبس)"),
]

# -- hi: Hinglish, Devanagari -------------------------------------------------------------
_YOUR_HI = r"(?:teri|tera|tere|tumhari|tumhara|tumhare)"
_FAM_HI = (r"(?:family|khandaan|khandan|gharwale|ghar wale|maa baap|parents|papa|baap|mummy|mom|dad|"
           r"abbu|ammi|pitaji)")
RULES += [
    _r("bullying:poverty", "bullying",
       "gaon gaanv gav village basti jhuggi jhopdi jhopadi slum dehat",
       r"\b" + _YOUR_HI + r" " + _FAM_HI + r" (?:\S+ ){0,2}?(?:gaon|gaanv|gav|village|basti|jhuggi|"
       r"jhopdi|jhopadi|slum|dehat) (?:se )?(?:bhaag|bhag|bhaga|bhaagke|bhagke|nikal|nikale|nikaale|"
       r"bhagaye|bhagaaye|bhag kar|bhaag kar)\b|"
       r"\b" + _YOUR_HI + r" " + _FAM_HI + r" (?:\S+ ){0,2}?(?:jhuggi|basti|slum|jhopdi|jhopadi) "
       r"(?:wali|waali|wale|waale|se|mein rehti|mein rehte|me rehti|me rehte)\b(?=.{0,60}?\b"
       + LAUGH_HI + r")", quoted=False),
    _r("bullying:poverty", "bullying",
       "berozgaar berozgar berojgar berojgaar bekaar bekar naukri kaam job fired nikaal nikal jail "
       "jel sunday patri footpath kabadi kabaadi chor raddi",
       r"\b" + _YOUR_HI + r" " + _FAM_HI + r" (?:\S+ ){0,2}?(?:(?:abhi bhi|ab bhi|abhi tak|phir se|fir"
       r" se) )?(?:berozgaar|berozgar|berojgar|berojgaar|bekaar|bekar|naukri dhoondh\w*|kaam "
       r"dhoondh\w*|job dhoondh\w*|job dhund\w*|naukri dhund\w*|nikaal diya|nikal diya|fired)\b"
       r"(?=.{0,60}?\b" + LAUGH_HI + r")|"
       r"\b" + _YOUR_HI + r" " + _FAM_HI + r" ki (?:naukri|job) (?:chali gayi|chhoot gayi|chhut gayi|"
       r"gayi|gai)\b(?=.{0,60}?\b" + LAUGH_HI + r")|"
       r"\b" + _YOUR_HI + r" (?:baap|papa|pappa|abbu|bhai|maa|mummy|dad) (?:jail|jel) (?:mein|me|mai)"
       r" (?:hai|hain|h|the|tha)(?: na)? (?:isliye|tabhi|isiliye|toh)\b|"
       r"\b(?:joote|jootey|kapde|kapdey|shoes|jacket)(?: \S+){0,3}? (?:sunday bazaar|sunday market|"
       r"patri|footpath|kabadi|kabaadi|chor bazaar|raddi)\b(?![^.!?]{0,60}\b(?:maine|mere|meri|"
       r"mera|liye maine)\b)(?=.{0,60}?\b" + LAUGH_HI + r")", quoted=False),
    _r("bullying:poverty", "bullying", "बेरोज़गार बेरोजगार बेकार नौकरी जेल झुग्गी बस्ती गाँव गांव",
       r"(?:तेरा|तेरे|तेरी|तुम्हारा|तुम्हारे|तुम्हारी) (?:बाप|पापा|पिता|परिवार|फैमिली|घरवाले|मम्मी|माँ)"
       + _DE + r"(?: \S+){0,2} (?:बेरोज़गार|बेरोजगार|बेकार|नौकरी ढूंढ|जेल में)" + _DE
       + r"(?=.{0,60}?(?:हाहा|haha|lol|\?|क्या))|"
       r"(?:तेरा|तेरे|तेरी|तुम्हारा|तुम्हारे|तुम्हारी) (?:परिवार|फैमिली|घरवाले|खानदान)" + _DE
       + r"(?: \S+){0,2} (?:गाँव|गांव|बस्ती|झुग्गी) से (?:भाग|भागा|भागे|निकाल|निकाले)",
       quoted=False),
]

# -- zh --------------------------------------------------------------------------------
_G = "[^。!?]"
_FAM_ZH = r"(?:爸爸|妈妈|爸妈|父母|老爸|老妈|爸|妈|家里|家)"
_ZH = zrule("bullying:poverty", "bullying", "爸 妈 家 鞋 衣 裤 套",
            r"你" + _FAM_ZH + _G + r"{0,4}(?:还没找到工作|还在找工作|还没工作|还是没工作|失业|下岗|又被开除|"
            r"被开除|被炒|被辞退|没工作|待业|在坐牢|坐牢|蹲监狱|在监狱|进监狱|蹲局子|进局子|劳改|吃低保|"
            r"靠低保|领低保|是贫困户|靠救济|捡破烂|要饭|讨饭)(?!" + _G + r"{0,10}(?:我爸|我妈|我家|"
            r"我也))" + _G + r"{0,8}" + LAUGH_ZH + "|"
            r"(?:难怪|怪不得|就知道)(?:他|她|你)(?:爸|妈|爸爸|妈妈|家)" + _G + r"{0,2}(?:在坐牢|坐牢|"
            r"蹲监狱|进过监狱|是劳改犯|是犯人|吃低保|是要饭的|捡破烂)|"
            r"你(?:这|的|这双|这件)?(?:鞋|衣服|外套|书包|裤子|鞋子)" + _G + r"{0,4}(?:地摊|垃圾堆|"
            r"捡来|捡的|二手|夜市)" + _G + r"{0,8}" + LAUGH_ZH)
# every match has "你" or the "no wonder" words: "家" alone (家长, 大家) makes many
# Chinese messages candidates, and these texts skip them before the regexes
RULES += [with_texts(_ZH, zh_spellings("你 难怪 怪不得 就知道"))]
