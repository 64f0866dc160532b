"""Veiled threats in ru ar tr pl id hi zh (the shapes of harm_veiled.py - read
its docstring first; appended to `harm.RULES`).

"будет жаль, если с тобой что-то случится", "سيكون من المؤسف لو حدث لك شيء",
"yazık olur sana bir şey olursa", "szkoda by było, gdyby coś ci się stało",
"sayang banget kalau terjadi sesuatu sama kamu", "kuch ho gaya toh bura
lagega, bas bol raha hoon", "要是你出点什么事就可惜了"; "accidents happen, just
saying"; "you'll see what happens if you tell"; "we know which way you walk
home"; "look over your shoulder" ("оглядывайся", "arkanı kolla", "oglądaj się
za siebie", "走夜路小心点").  Concern ("...aku sedih", "mujhe bura lagega,
dhyan rakhna", an illness, a hospital), songs, games and reports pass
(`harm_veiled._NOT_AFTER` and the frames).
"""

from __future__ import annotations

from .harm_veiled import _NOT_AFTER
from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru (й is read as и, ё as е) ------------------------------------------------------
_SOMETHING_RU = r"(?:что(?: |-)?то|что(?: |-)?нибудь|чтото|что либо|что-либо|беда|несчастье)"
_TO_YOU_RU = r"(?:с тобои|с ним|с неи|с ними|с твоеи \S+|с твоим \S+|с твоими \S+|тебе)"
_TELL_RU = (r"(?:расскажешь|скажешь|настучишь|пожалуешься|сдашь|кому(?: |-)?(?:то|нибудь) "
            r"(?:скажешь|расскажешь)|откроешь рот|проболтаешься|стуканешь|заикнешься)")

# -- ar (ة is read as ه, أ as ا) ------------------------------------------------------
_PITY_AR = r"(?:من المؤسف|مؤسف|خساره|حرام|يا خساره|بيكون مؤسف|راح يكون مؤسف|سيكون من المؤسف|مؤسفه)"
_TELL_AR = r"(?:قلت|تكلمت|علمت|خبرت|قلتي|تكلمتي|علمتي|خبرتي|بلغت|اشتكيت|فتنت|قلت لاحد|تكلمت لاحد)"

# -- tr (ı ş ğ ö ü ç are read as i s g o u c) ----------------------------------------
_SOMETHING_TR = r"(?:bir sey|bisey|bi sey|birsey|bir seyler|kaza)"
_TO_YOU_TR = r"(?:sana|ona|kardesine|ailene|annene|babana|kardesine)"
_TELL_TR = (r"(?:soylersen|anlatirsan|ispiyonlarsan|sikayet edersen|yetistirirsen|agzini acarsan|"
            r"soyleyecek olursan|anlatacak olursan|ispiyonlayacak olursan)")

# -- pl (ą ę ó ł ż are read as a e o l z) ----------------------------------------------
_HAPPENED_PL = (r"(?:cos (?:ci|mu|jej|tobie|wam) sie|(?:ci|mu|jej|tobie|wam) sie cos|cos sie "
                r"(?:ci|mu|jej|tobie)) (?:stalo|stanie|przytrafilo|przytrafi)")
_TELL_PL = r"(?:komus )?(?:powiesz|nakablujesz|doniesiesz|poskarzysz|wygadasz|pisniesz|naskarzysz)"

# -- id -----------------------------------------------------------------------------
_YOU_ID = r"(?:kamu|lo|lu|elo|elu|dia|adik lo|adek lo|adik kamu|adek kamu|keluarga lo|keluarga kamu|km)"
_IF_ID = r"(?:kalau|kalo|klo|kl|jika|kalau sampai|kalo sampe|kalau sampe|kalo sampai)"
_TELL_ID = r"(?:ngadu|bilang|lapor|ngelapor|cerita|ember|buka mulut|ngomong|ngaduin|laporin)"
_NOT_CONCERN_ID = r"(?!.*?\b(?:sedih|khawatir|takut|hati hati|jaga diri|sembuh|doa|kangen|sayangku)\b)"

# -- hi (Hinglish, romanised) ----------------------------------------------------------
_TO_YOU_HI = (r"(?:tujhe|tumhe|tereko|tujhko|tumko|usko|usse|uske saath|tere saath|tumhare saath|"
              r"teri (?:behen|behan|sister|family)|tere (?:bhai|ghar|gharwalon|ghar walon))")
_HAPPEN_HI = r"kuch (?:ho gaya|ho jaye|ho jaaye|hua|ho jata|ho jaata|ho jayega|ho jaayega)"
_WINK_HI = (r"(?:bas bol raha|bas keh raha|bas bata raha|bas bol rahi|bas keh rahi|samjha|samjhe|"
            r"samjhi|soch le|soch lena|sochlena|school ke baad|chhutti ke baad|ghar jaate|agar (?:kisi "
            r"ko )?bataya|chugli)")
_NOT_CONCERN_HI = r"(?!.*?\b(?:mujhe|muje|dhyan rakhna|khayal rakhna|apna khayal|take care)\b)"

# -- zh (matched on the normalised text) ------------------------------------------------
_ZH_NOT_AFTER = r"(?![\s\S]*?(?:医院|生病|病了|担心|祈祷|歌词|这首歌|游戏里|举报了))"

RULES: list[Rule] = [
    # ru
    rule("threat:veiled", "threat", "жаль обидно грустно",
         r"\b(?:будет|было бы|было б|будет очень|было бы очень) (?:жаль|обидно|грустно)" + _NOT_AFTER
         + r",? (?:если|коли)(?: бы)? (?:" + _TO_YOU_RU + r" " + _SOMETHING_RU + r" (?:случится|произоидет|"
         r"случилось|произошло|будет)|" + _SOMETHING_RU + r" (?:случится|произоидет|случилось|"
         r"произошло) " + _TO_YOU_RU + r"|твои (?:фото|фотки|фоточки|нюдсы|видео|переписки|"
         r"скрины|сообщения) (?:утекут|разлетятся|попадут в сеть|увидят все|окажутся|всплывут|"
         r"утекли|разлетелись))"),
    rule("threat:veiled", "threat", "несчастные случаи бывает случается стукачами крысами",
         r"\b(?:несчастные случаи|случаи|всякое) (?:бывают|случаются|бывает|случается)\b" + _NOT_AFTER
         + r"(?=(?: \S+){0,6}? (?:просто говорю|я просто говорю|знаешь ли|если (?:расскажешь|"
         r"настучишь|скажешь)|со стукачами|с крысами)\b)|\b(?:со стукачами|с крысами) (?:всякое )?"
         r"(?:бывает|случается)\b"),
    rule("threat:veiled", "threat", "увидишь",
         r"\bувидишь,? что (?:будет|с тобои будет|случится|тебе будет),? (?:если|когда) "
         + _TELL_RU + r"\b|\b(?:расскажи|скажи|настучи|пожалуися|сдаи)(?: \S+){0,3}? (?:и|-) "
         r"увидишь\b"),
    rule("threat:veiled", "threat", "знаем",
         r"\bмы (?:все )?знаем,? (?:где ты (?:ходишь|гуляешь|ждешь автобус)|какои дорогои ты|по "
         r"какои дороге ты|когда ты (?:выходишь|идешь|возвращаешься|уходишь)|во сколько ты "
         r"(?:выходишь|идешь|уходишь))\b(?!.*?\b(?:вместе|заидем|в гости|соседи|праздник)\b)"),
    rule("threat:veiled", "threat", "оглядываися",
         r"\b(?:ходи и |теперь |лучше |)оглядываися(?: по сторонам)?\b" + _NOT_AFTER),
    # ar
    rule("threat:veiled", "threat",
         "المؤسف مؤسف خساره حرام مؤسفه",
         r"\b" + _PITY_AR + _NOT_AFTER + r"(?: \S+){0,2}? (?:لو|اذا|ان) (?:(?:حدث|صار|يصير|جرى|يحدث|صابك|"
         r"اصابك)(?: \S+)?? (?:لك|لكي|له|لها|فيك|فيه|فيها|عليك|لاختك|لاخوك|لاهلك) (?:شي|شيء|اي شي|"
         r"حاجه|مكروه)|(?:صورك|فيديوهاتك|محادثاتك|صورتك) (?:انتشرت|تسربت|نزلت|طلعت|وصلت|شافها))"),
    rule("threat:veiled", "threat", "الحوادث حوادث",
         r"\b(?:الحوادث|حوادث) (?:تصير|تحدث|تقع|وارده)" + _NOT_AFTER + r"(?=(?: \S+){0,6}? (?:بس "
         r"اقول|بس بقول|اقول بس|مجرد كلام|تراني بس|لو تكلمت|للي يتكلم|للي يفتن))"),
    rule("threat:veiled", "threat", "بتشوف تشوف حتشوف هتشوف ستري سترى",
         r"\b(?:بتشوف|راح تشوف|حتشوف|هتشوف|ستري|سترى)(?: \S+){0,2}? (?:وش|ايش|شو|ماذا|ما|ايه|اللي) "
         r"(?:بيصير|راح يصير|يصير|سيحدث|يحدث|حيحصل|هيحصل)(?: \S+)?? (?:لو|اذا|ان) " + _TELL_AR),
    rule("threat:veiled", "threat", "نعرف عارفين ندري",
         r"\b(?:نعرف|عارفين|ندري|نعرفه) (?:طريقك|وين (?:تمشي|تروح|بيتك|تسكن)|من وين (?:تمشي|تروح|تمر)|"
         r"متى (?:تطلع|تخرج|ترجع))(?!.*?(?:معك|مع بعض|نزورك|زياره|جيران))"),
    rule("threat:veiled", "threat", "ظهرك لظهرك",
         r"\b(?:انتبه|خلي بالك|دير بالك|احمي|راقب) (?:على |من |ل)?ظهرك"),
    # tr
    rule("threat:veiled", "threat", "yazik",
         r"\byazik (?:olur|olurdu)" + _NOT_AFTER + r"(?: \S+)?? " + _TO_YOU_TR + r" " + _SOMETHING_TR
         + r" (?:olursa|olsa|gelirse|gelse)\b|\b" + _TO_YOU_TR + r" " + _SOMETHING_TR + r" (?:olursa|"
         r"olsa|gelirse|gelse) (?:cok )?yazik (?:olur|olurdu)\b|\b(?:fotograflarin|fotolarin|"
         r"resimlerin|videolarin|mesajlarin|sslerin) (?:ortaya cikarsa|yayilirsa|herkes gorse|"
         r"sizarsa|internete duserse|internete dusse)(?: \S+){0,2}? (?:yazik|cok yazik|ayip) olur\b"),
    rule("threat:veiled", "threat", "kazalar ispiyonculara",
         r"\bkazalar (?:olur|olabilir|oluyor)\b" + _NOT_AFTER + r"(?=(?: \S+){0,6}? (?:sadece "
         r"soyluyorum|soyluyorum|diyorum|haberin olsun|ispiyonculara|konusanlara|anlatirsan)\b)|"
         r"\bispiyonculara (?:bir seyler|kaza|kazalar) olur\b"),
    rule("threat:veiled", "threat",
         "soylersen anlatirsan ispiyonlarsan edersen yetistirirsen acarsan olursan",
         r"\b(?:birine |kimseye |ogretmene |annene |hocaya |mudure )?" + _TELL_TR
         + r"(?: \S+){0,3}? (?:gorursun|ne olacagini gorursun|gor bak|gor sen|sonra gorursun)\b"),
    rule("threat:veiled", "threat", "biliyoruz",
         r"\b(?:eve |okuldan )?\b(?:hangi yoldan|nereden) (?:gittigini|gectigini|dondugunu|yurudugunu)"
         r" biliyoruz|\bevinin yerini biliyoruz|\bevini biliyoruz|\bnerede oturdugunu biliyoruz|\bsaat "
         r"kacta ciktigini biliyoruz(?!.*?\b(?:beraber|birlikte|gelelim|ziyaret|komsu\w*)\b)"),
    rule("threat:veiled", "threat", "arkani", r"\barkani kolla\w*"),
    # pl
    rule("threat:veiled", "threat", "szkoda",
         r"\bszkoda (?:by bylo|bedzie|byloby|by)" + _NOT_AFTER + r"(?: \S+)??,? (?:gdyby|jakby|jesli|"
         r"jezeli|jak) (?:" + _HAPPENED_PL + r"|(?:twoje )?(?:zdjecia|fotki|nudesy|filmiki|screeny|"
         r"wiadomosci) (?:wyciekly|wyciekna|poszly w swiat|trafily do \S+|zobaczyli wszyscy|"
         r"zobaczyla cala szkola|sie rozeszly))\b"),
    rule("threat:veiled", "threat", "wypadki kapusiom",
         r"\bwypadki (?:sie )?(?:zdarzaja|chodza po ludziach)(?: sie)?\b" + _NOT_AFTER
         + r"(?=(?: \S+){0,6}? (?:tak tylko mowie|tylko mowie|mowie tylko|wiesz|jak (?:powiesz|"
         r"nakablujesz)|kapusiom|konfidentom)\b)|\bkapusiom (?:zdarzaja sie wypadki|cos sie "
         r"dzieje)\b"),
    rule("threat:veiled", "threat", "zobaczysz",
         r"\bzobaczysz,? co (?:sie stanie|bedzie|ci zrobimy|cie spotka),? (?:jak|jesli|jezeli|gdy) "
         + _TELL_PL + r"\b|\b(?:powiedz|nakabluj|donies|poskarz sie)(?: \S+){0,3}? (?:a|i) "
         r"zobaczysz\b"),
    rule("threat:veiled", "threat", "wiemy",
         r"\bwiemy,? (?:ktoredy (?:chodzisz|wracasz|idziesz)|gdzie mieszkasz|o ktorej (?:wychodzisz|"
         r"wracasz|konczysz)|jaka droga (?:chodzisz|wracasz))\b(?!.*?\b(?:razem|odprowadz\w*|"
         r"odwiedz\w*|impreza|sasiad\w*)\b)"),
    rule("threat:veiled", "threat", "ogladaj uwazaj pilnuj",
         r"\b(?:lepiej )?ogladaj sie za siebie\b|\blepiej (?:uwazaj|pilnuj sie)(?= ?$| [.!?]| "
         r"(?:jutro|po szkole|xd|haha\w*)\b)"),
    # id
    rule("threat:veiled", "threat", "sayang",
         r"\bsayang (?:banget |bgt |sekali |ya |aja )?" + _IF_ID + _NOT_AFTER + _NOT_CONCERN_ID
         + r" (?:(?:terjadi (?:sesuatu|apa2|apa apa)|ada (?:apa2|apa apa|yang terjadi|kejadian)) "
         r"(?:sama|ke|pada|dengan|dgn|sm) " + _YOU_ID + r"|" + _YOU_ID + r" (?:kenapa2|kenapa kenapa|"
         r"celaka|kecelakaan|luka|masuk rs|masuk rumah sakit)|(?:foto2|foto foto|fotomu|foto lo|foto "
         r"kamu|video lo|video kamu|chat lo|pap lo|pap kamu)(?: \S+)?? (?:kesebar|tersebar|bocor|"
         r"viral|dilihat semua|diliat semua|nyebar))\b"),
    rule("threat:veiled", "threat", "kecelakaan",
         r"\bkecelakaan (?:bisa )?(?:terjadi|kejadian|bisa aja terjadi)(?: kapan aja| kapan saja)?\b"
         + _NOT_AFTER + r"(?=(?: \S+){0,6}? (?:cuma ngingetin|cuma bilang|ngomong doang|ya kan|"
         + _IF_ID + r" (?:lo|kamu|lu) ngadu|buat tukang ngadu)\b)"),
    rule("threat:veiled", "threat", "liat lihat",
         r"\b(?:liat|lihat) (?:aja |saja )?(?:apa yang (?:terjadi|bakal terjadi)|nanti|akibatnya)"
         r"(?: \S+)?? " + _IF_ID + r" (?:(?:lo|lu|kamu|elo|elu|km) )?" + _TELL_ID + r"\b|\b"
         + _TELL_ID + r"(?: \S+){0,3}? (?:aja |deh )?(?:terus|trus|trs|nanti|ntar) (?:liat|lihat) "
         r"(?:aja|akibatnya)\b"),
    rule("threat:veiled", "threat", "tau tahu",
         r"\b(?:kita|kami|gue|gw|gua|aku) (?:tau|tahu|udah tau|udah tahu) (?:jalan pulang (?:lo|lu|"
         r"kamu|elo)|(?:lo|kamu|lu) pulang lewat|rumah (?:lo|lu|kamu|elo)|(?:lo|kamu) tinggal di mana|"
         r"jam berapa (?:lo|kamu|lu) pulang)\b(?!.*?\b(?:bareng\w*|main ke|mampir|jemput|tetangga|"
         r"ultah|kado|nanti aku ke|maen)\b)"),
    # hi
    rule("threat:veiled", "threat", "kuch",
         r"\b(?:" + _TO_YOU_HI + r" )?" + _HAPPEN_HI + r" (?:to|toh|tho) (?:bada |bahut |)(?:bura|"
         r"afsos|dukh|sad)" + _NOT_AFTER + _NOT_CONCERN_HI + r"(?=.*?\b" + _WINK_HI + r")|\b"
         + _TO_YOU_HI + r" " + _HAPPEN_HI + r" (?:to|toh|tho) (?:bada |bahut |)(?:afsos|bura) "
         r"(?:hoga|lagega)" + _NOT_CONCERN_HI + _NOT_AFTER),
    rule("threat:veiled", "threat", "accident accidents hadse",
         r"\b(?:accidents?|hadse|haadse) (?:ho jaate|ho jate|hote|ho jata|ho jaata|ho sakta|ho sakte)"
         r"(?: hain| hai)?\b" + _NOT_AFTER + r"(?=(?: \S+){0,6}? " + _WINK_HI + r")"),
    rule("threat:veiled", "threat", "bataya batayi bataega batayega batayegi chugli complain complaint",
         r"\b(?:bataya|batayi|bataega|batayega|batayegi|chugli ki|complain kiya|complaint ki) (?:to|"
         r"toh|tho) (?:dekh (?:lena|le|lio)|dekhna kya hota hai|phir dekhna|fir dekhna|pata chalega)\b"
         r"|\bdekhna (?:phir |fir )?kya hota hai (?:agar|jo|jab) (?:kisi ko )?(?:bataya|batayi|"
         r"chugli|bola|complain)\b"),
    rule("threat:veiled", "threat", "pata maloom malum",
         r"\b(?:hume|humein|hamein|hame|humko|hamko) (?:pata|maloom|malum) hai (?:tu |tum |aap )?"
         r"(?:kis|kaunse|kaun se|kaunsi) (?:raaste|raste|rasta|road|gali)(?: se)?(?: ghar)? (?:jaata|"
         r"jata|jaati|jati|aata|ata|jaate|jate)\b|\btera ghar (?:pata|maloom) hai (?:humein|hume|"
         r"hamein|mujhe)\b(?!.*?\b(?:saath|sath|chalenge|milte|aa jaunga|party|padosi)\b)"),
    rule("threat:veiled", "threat", "sambhal bach",
         r"\b(?:kal se |ab se |aaj ke baad |school ke baad )?\b(?:sambhal|sambhal ke|sambhalke) "
         r"(?:ke )?rehna(?: \S+){0,2}? (?:kal|school ke baad|chhutti ke baad|ab se|aaj ke baad|samjha|"
         r"samjhe|samjhi|bas)\b|\bbach ke rehna (?:mujhse|humse|humein|hamse)\b"),
    _r("threat:veiled", "threat", "संभल संभलकर बचके",
       r"(?:संभल के|संभलकर) रहना(?: \S+){0,2}? (?:कल|स्कूल के बाद|समझा|समझे|समझी)|बच के रहना (?:मुझसे|हमसे)",
       quoted=False),
    # zh
    zrule("threat:veiled", "threat", "事 意外 照片 视频 告诉 知道 夜路 后背",
          r"(?:要是|如果|万一|假如)你(?:哪天)?(?:出(?:了|点)?(?:什么|啥)?事|出个意外|发生(?:点)?(?:什么|啥)?"
          r"意外)" + _ZH_NOT_AFTER + r"[^。!?]{0,6}?(?:可惜|不好了|不好吧|就麻烦了)|"
          r"(?:(?:要是|如果|万一)你的|你的)(?:照片|裸照|视频|聊天记录|截图|私照)(?:要是|如果|万一)?(?:被)?(?:传出去|发出去|流出去|"
          r"泄露|公开|曝光)" + _ZH_NOT_AFTER + r"[^。!?]{0,6}?(?:可惜|不好了|尴尬|难看|麻烦)|"
          r"意外(?:总|总是|随时|经常)?(?:会)?(?:发生|有的)" + _ZH_NOT_AFTER + r"[^。!?]{0,8}?(?:我只是说说|"
          r"只是说说|我就说说|懂吧|你懂的|明白吧|告密)|"
          r"(?:敢|要是|如果)(?:告诉|告|说给)(?:老师|别人|家长|任何人|你妈|你爸|谁)[^。!?]{0,6}?"
          r"(?:试试|就知道(?:会)?怎么样|就知道后果|你就知道了|看看会怎样|走着瞧)|"
          r"我们知道你(?:每天)?(?:放学|回家)?(?:走|走的|经过)(?:哪条路|哪条|什么路)|我们知道你家(?:在哪|住哪|"
          r"在哪里|地址)(?![\s\S]*?(?:一起|找你玩|去玩))|走夜路(?:小心|注意)|小心你的后背|小心背后"),
]
