"""Someone else at risk right now, in Indonesian and Chinese (the class and
its gates: `selfharm_others_acute_base.py`).

Why together: neither inflects the verb, so the tables are words and
particles (Indonesian "udah", "lagi", "barusan"; Chinese "了", "刚刚"), and
the person is a relation with a possessive suffix or pronoun ("temanku",
"temen gue"; "我朋友", "我们群里的一个女生").  Chinese is unspaced: its rule
runs on the normalised text (`spaced=False`, no boundaries) and `zrule`
adds the traditional characters.  Guards: the past that is over, fiction,
accidents, medicine as prescribed; goodbyes for moving, a trip or a dead
battery.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule
from .selfharm_others_acute_base import _acute_more, _rule

# -- id ---------------------------------------------------------------------------------------
_REL_ID = (
    r"temen|teman|sahabat|bestie|bff|kakak|kak|adik|adek|sepupu|pacar|mama|mamah|ibu|papa|ayah|bapak|"
    r"tante|om|tetangga|temen sekelas|teman sekelas"
)
_WHO_ID = (
    r"(?<!kalau )(?<!kalo )(?<!jika )(?<!misal )(?<!misalnya )(?<!lalu )(?:"
    r"(?:" + _REL_ID + r")(?:ku|ku sendiri| aku| gue| gw| saya| sekelasku| sekelas aku| sekelas gue)|"
    r"(?:temen|teman) sekelas|(?:anak|cewek|cowok|seseorang) (?:di|dari) kelas(?:ku| aku| gue| gw| "
    r"saya)|(?:dia|doi) (?:barusan |baru aja |tadi )?(?:nge ?chat|chat|wa|dm|sms|bilang|nelpon|kirim "
    r"pesan) (?:ke )?(?:aku|gue|gw|saya))"
)
_GUARD_ID = (
    r"tahun lalu|tahun kemarin|(?:\w+ )?(?:tahun|bulan|minggu) (?:yang )?lalu|waktu (?:kita|aku|gue) "
    r"(?:masih )?kecil|(?:udah|sudah|sekarang) (?:dia )?(?:baik baik saja|baik2 aja|gapapa|ga papa|nggak "
    r"apa apa|membaik|sehat|aman)|dapet bantuan|dapat bantuan|(?:sudah|udah) ditolong|(?:sudah|udah) "
    r"pulih|sinetron|series|serial|season|episode|film|drakor|drama|buku|novel|anime|manga|tokoh|"
    r"karakter|netflix|berita|artikel|dokumenter|di game|dalam game|minecraft|roblox|fortnite|ramuan|"
    r"(?:ga|gak|nggak|ngga|gk|tidak) sengaja|lagi masak|waktu masak|pas masak|memasak|motong (?:bawang|"
    r"sayur)|cukuran|terjatuh|jatuh dari|kaca pecah|buat (?:sakit kepala|pusing|alergi|haid|mens|flu|"
    r"demam|migrain|asma)|misalnya|contohnya|kita belajar|pelajaran|workshop|apa yang harus dilakukan "
    r"(?:kalau|jika)|hipotesis|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"sesuai (?:resep|anjuran|kata) dokter|sesuai resep|kata dokter|sesuai dosis"
)
_PILLS_ID = (
    r"obat\w*|pil|pil tidur|tablet|antidepresan|parasetamol|paracetamol|panadol|bodrex|obat tidur|"
    r"emoji_pill"
)
_LOTS_ID = (
    r"banyak|banyak banget|segenggam|sebotol|sekotak|satu kotak|satu botol|satu strip|satu lempeng|"
    r"sestrip|selempeng|semua|semuanya|seluruh|(?:[1-9]\d+|dua puluh|tiga puluh|empat puluh|lima puluh|"
    r"seratus)(?: butir| biji| tablet| pil)?"
)
_DRINK_ID = (
    r"minum|nelen|menelan|ditelan|telan|makan|nenggak|menenggak|abis minum|habis minum|udah minum|sudah "
    r"minum|barusan minum|minumin"
)
_ACTS_ID = (
    r"(?:" + _DRINK_ID + r") (?:\S+ ){0,2}?(?:" + _LOTS_ID + r") (?:\S+ ){0,3}?(?:" + _PILLS_ID + r")\b|"
    r"(?:" + _DRINK_ID + r") (?:\S+ )?(?:" + _PILLS_ID + r") (?:\S+ ){0,2}?(?:" + _LOTS_ID + r")\b|"
    r"(?:overdosis|overdose|od)\b|"
    r"(?:" + _DRINK_ID + r") (?:\S+ ){0,2}?(?:pemutih|bayclin|racun|racun tikus|cairan pembersih|"
    r"pembersih lantai|deterjen|sabun cuci|karbol|wipol|porstex|soklin|baygon|obat nyamuk|tiner|"
    r"bensin)\b|"
    r"(?:nyilet|menyilet|nyayat|menyayat|motong|memotong|ngiris|mengiris|melukai|ngelukain|barcode) "
    r"(?:\S+ ){0,2}?(?:tangan\w*|nadi\w*|pergelangan\w*|lengan\w*|diri\w*|paha\w*) (?:\S+ ){0,5}?(?:dalam|"
    r"parah|banget|darah\w* (?:ga|gak|nggak|tidak) (?:berhenti|mau berhenti)|(?:ga|gak|nggak|tidak) "
    r"berhenti berdarah|berdarah (?:banyak|terus|parah)|banyak darah|sekarang|barusan)\b|"
    r"(?:nyilet|menyilet|motong|memotong|mengiris|ngiris|potong|mutus) (?:\S+ )?nadi\w*|"
    r"(?:mau|pengen|ingin|bakal|akan|udah siap|siap|ngancem|mengancam) (?:\S+ ){0,2}?(?:lompat|loncat|"
    r"terjun|menjatuhkan diri|nabrakin diri) (?:\S+ ){0,3}?(?:jembatan|atap|gedung|jendela|balkon|tebing|"
    r"rel|kereta|rooftop|flyover|apartemen)\b|"
    r"(?:di|naik ke|berdiri di|duduk di) (?:\S+ )?(?:atap|jembatan|rel|pinggir atap|pinggir jembatan|"
    r"rooftop|tebing|pagar jembatan) (?:\S+ ){0,12}?(?:lompat|loncat|terjun|mati|bunuh diri|pamit|selamat "
    r"tinggal)\b|"
    r"(?:mau|pengen|ingin|bakal|akan|bilang mau|katanya mau|rencana|berencana|udah mutusin) (?:\S+ ){0,2}?"
    r"(?:bunuh diri|mati|mengakhiri hidup\w*|ngakhirin hidup\w*|gantung diri|lompat|loncat|ngelakuin "
    r"itu) (?:\S+ ){0,3}?(?:malam ini|malem ini|nanti malam|nanti malem|hari ini|sekarang|sekarang juga|"
    r"abis sekolah|pulang sekolah|pas semua tidur)\b|(?:malam ini|malem ini|nanti malam|hari ini|sekarang)"
    r" (?:dia |doi )?(?:mau|bakal|akan) (?:bunuh diri|mati|gantung diri|lompat|mengakhiri hidup\w*)\b|"
    r"(?:punya|udah ada|ada) rencana (?:\S+ ){0,2}?(?:bunuh diri|mati|mengakhiri)|surat bunuh diri|"
    r"(?:ngunci diri|mengunci diri|ngurung diri|mengurung diri|dikunci|kekunci|ngunciin diri|ngunci) "
    r"(?:\S+ ){0,8}?(?:silet\w*|pisau\w*|cutter\w*|gunting\w*|obat\w*|tali\w*|ikat pinggang|sabuk|pemutih|"
    r"kater)\b|(?:bawa|pegang|megang) (?:\S+ )?(?:silet|pisau|cutter|obat|tali) (?:\S+ ){0,4}?(?:ngunci "
    r"diri|mengunci diri|ngurung diri|mengurung diri)"
)
_BYE_ID = (
    r"(?:posting|ngepost|ngepos|post|upload|bikin|nulis|ngirim|kirim|update|story) (?:\S+ ){0,4}?"
    r"(?:perpisahan|pamit|selamat tinggal|goodbye|pesan terakhir|surat terakhir|surat wasiat)|pamit\w* "
    r"(?:sama|ke|kepada) (?:semua|semuanya|kita|aku|gue)|(?:makasih|terima kasih) (?:untuk|buat) "
    r"semuanya|maaf (?:untuk|buat) semuanya|maafin (?:aku|gue|dia) ya semua\w*|sayang kalian semua"
)
_UNREACH_ID = (
    r"(?:ga|gak|nggak|ngga|tidak|gk|ngak|belum) (?:\S+ )?(?:bales|balas|bls|dibales|dibalas|ngangkat|"
    r"angkat|diangkat|aktif|online|respon|dibaca|nyaut|jawab|ngejawab|bisa dihubungi)\b|(?:hp|hpnya|"
    r"handphone|hapenya|hape|nomernya|nomornya) (?:\S+ ){0,2}?(?:mati|(?:ga|gak|nggak|tidak) aktif|off|"
    r"dimatiin|dimatikan)\b|(?:ga|gak|nggak|tidak) ada yang bisa (?:\S+ )?(?:hubungi|ngehubungin|kontak|"
    r"nemuin|menghubungi)|(?:ga|gak|nggak|tidak) bisa (?:\S+ )?(?:dihubungi|ditelpon|dikontak|ditemukan)|"
    r"(?:ga|gak|nggak|tidak) ada yang tau (?:\S+ )?dimana|(?:hilang|ilang) kabar|offline|cuma di ?read"
)
_BYE_GUARD_ID = (
    r"pindah\w*|keluar (?:dari )?(?:grup|gc|group|server|sekolah)|liburan|libur|mudik|pulang kampung|"
    r"perjalanan|jalan jalan|kemah|perkemahan|pesawat|bandara|penerbangan|pertukaran|luar negeri|sekolah "
    r"baru|hp baru|ganti hp|sinyal|wifi|kuota|baterai|batre|lowbat|dihukum|disita|rehat|detox|wisuda|"
    r"lulus|hari terakhir|pesantren|asrama"
)
_TX_ID = (
    "obat|pil|tablet|antidepresan|parasetamol|paracetamol|panadol|bodrex|emoji_pill|overdos|od|pemutih|"
    "bayclin|racun|pembersih|deterjen|sabun cuci|karbol|wipol|porstex|soklin|baygon|tiner|bensin|silet|nyilet|"
    "nyayat|motong|memotong|ngiris|mengiris|melukai|ngelukain|barcode|potong|mutus|nadi|lompat|loncat|"
    "terjun|menjatuhkan diri|nabrakin diri|atap|jembatan|rel|rooftop|tebing|bunuh diri|mati|mengakhiri|"
    "ngakhirin|gantung diri|ngelakuin itu|rencana|ngunci|mengunci|ngurung|mengurung|dikunci|kekunci|"
    "bawa|pegang|megang|perpisahan|pamit|selamat tinggal|goodbye|pesan terakhir|surat terakhir|"
    "surat wasiat|semuanya|sayang kalian"
)
_TRIG_ID = (
    _REL_ID.replace("|", " ") + " temenku temanku sahabatku bestieku kakakku kakku adikku adekku "
    "sepupuku pacarku mamaku mamahku ibuku papaku ayahku bapakku tanteku omku tetanggaku anak cewek "
    "cowok seseorang dia doi orang"
)
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_ID = (
    r"(?<!kalau )(?<!kalo )(?<!jika )(?:(?:adik|adek|kakak|kak|temen|teman|anak) kelas(?:ku| aku| gue| gw| "
    r"saya| sebelah)?|(?:temen|teman|anak|cewek|cowok|seseorang|orang) (?:di |dari |yang di )?(?:grup|"
    r"gc|group|geng|circle|tongkrongan|sekolah)(?:ku| aku| gue| gw| kita| kami)|(?:adik|adek|kakak|"
    r"temen|teman|sahabat|pacar|sepupu) (?:aku|gue|gw))"
)
_ACTS_MORE_ID = (
    r"(?:mau|pengen|ingin) (?:mati|bunuh diri|mengakhiri hidup\w*) (?:\S+ ){0,8}?(?:udah |sudah )?(?:punya|"
    r"ada|bikin) rencana\b"
)
_UNREACH_MORE_ID = (
    r"(?:ga|gak|nggak|tidak) (?:\S+ )?(?:buka|bukain|ngebuka|mau buka) (?:\S+ )?pintu\w*|(?:hapus|ngehapus|"
    r"deactive|deaktif) (?:\S+ )?(?:akun|ig|instagram)\w*"
)
_SIGN_ID = (
    r"(?:foto|poto|picture|pictures|video|story|sg|snapgram|ss|gambar) (?:\S+ ){0,2}?(?:obat\w*|pil|silet\w*|"
    r"cutter|pisau|pergelangan\w*|nadi\w*|luka\w*|sayatan\w*|darah|tali)\b"
)
_PLACE_ID = (
    r"(?:lagi|lg|sedang|sekarang|udah|berdiri|duduk|sendirian|pergi) (?:\S+ ){0,2}?(?:di|ke) (?:\S+ )?(?:rel|"
    r"jembatan|sungai|kali|pinggir sungai|atap|rooftop|pinggir jembatan|tebing|jurang|waduk|flyover)\b"
)
_ENDS_ID = (
    r"(?:ini|udah|sudah) (?:yang )?terakhir|(?:udah|sudah) (?:ga|gak|nggak|tidak) kuat|(?:ga|gak|nggak|"
    r"tidak) (?:mau|pengen|ingin) hidup|(?:mau|pengen|ingin) mati|(?:malam ini|malem ini|hari ini) "
    r"(?:\S+ )?(?:selesai|berakhir|udahan)|selamat tinggal|pesan terakhir"
)
_TX_MORE_ID = (
    "picture|rencana|foto|poto|video|story|sg|snapgram|ss|gambar|rel|jembatan|sungai|kali|atap|rooftop|tebing|"
    "jurang|waduk|flyover"
)

# -- zh (unspaced; zrule adds the traditional forms) ---------------------------------------------
_WHO_ZH = (
    r"(?<!如果)(?<!要是)(?<!假如)(?<!万一)(?<!去年)(?<!以前)(?<!之前)(?:"
    r"我们?的?(?:好|最好的|一个)?(?:朋友|闺蜜|好友|同学|姐姐|妹妹|哥哥|弟弟|表姐|表妹|表哥|表弟|堂姐|堂妹|"
    r"堂哥|堂弟|男朋友|女朋友|室友|同桌|妈妈|爸爸|邻居|死党|兄弟|姐|妹|哥|弟)|我们?(?:班|班上|学校)(?:的|有)?"
    r"(?:一个|有个)?(?:女生|男生|同学|人))"
)
_GUARD_ZH = (
    r"去年|前年|几年前|[一两三几]年前|[一两三几]个月前|小时候|(?:现在|已经)(?:没事|好了|好多了|康复|安全)|"
    r"没事了|得到了?帮助|治好了|康复了|电视剧|剧里|剧中|电影|小说|书里|动漫|漫画|角色|新闻|报道|文章|"
    r"纪录片|游戏里|我的世界|迷你世界|药水|不小心|意外|做饭|切菜|刮胡子|摔倒|摔了|玻璃碎|头疼|头痛|过敏|"
    r"感冒|发烧|痛经|比如|例如|假设|我们学了|课上|讲座|应该怎么做|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"按医嘱|遵医嘱|(?:按|照|按照)医生(?:说的|的话|开的)|药盒"
)
_ACTS_ZH = (
    r"(?:吞|吃|喝|服)了?(?:一整|整|一大|一|两|几)(?:瓶|盒|板|大把)(?:的)?.{0,4}?药|"
    r"(?:吞|吃|喝|服)了?(?:几十|[1-9]\d+|二十|三十|四十|五十|一百|十几|很多|好多|大量|一堆|一大把|所有的?|"
    r"全部)(?:片|粒|颗)?(?:的)?.{0,4}?药|药.{0,4}(?:全|都)(?:吃|吞)了|吃药自杀|服药自杀|过量服药|"
    r"服药过量|药物过量|"
    r"(?:喝|吞|吃)了?(?:一瓶|一口|半瓶|好多|很多)?(?:的)?(?:消毒液|消毒水|杀虫剂|84|八四|漂白剂|漂白水|农药|老鼠药|毒药|"
    r"洗洁精|洗衣液|清洁剂|洁厕灵|除草剂|敌敌畏|百草枯)|"
    r"(?<!会)(?<!经常)(?<!总是)(?<!老是)(?<!有时)割(?:了)?(?:腕|手腕|自己|动脉|血管)|(?:划|割|切)(?:了|伤)?(?:自己|手腕|胳膊|手臂|大腿).{0,8}"
    r"(?:很深|好深|特别深|止不住|血流不止|一直流血|流了好多血|好多血|很多血|现在)|"
    r"(?:要|想|说要|准备|打算)(?:从)?.{0,6}?(?:桥|楼顶|天台|楼上|阳台|窗户|窗台|铁轨|高楼|悬崖).{0,4}?"
    r"跳|跳楼(?!价|大甩卖)|跳桥|卧轨|(?:在|站在|坐在|爬上了?)(?:天台|楼顶|桥上|铁轨|窗台|楼边|屋顶|"
    r"阳台边).{0,20}?(?:跳|死|自杀|告别)|"
    r"(?:今晚|今天晚上|今天|现在|马上|等下|一会儿|放学后|等大家睡了).{0,8}?(?:自杀|去死|轻生|结束(?:自己的)?"
    r"生命|了结自己|上吊|寻死)|(?:自杀|轻生)(?:的)?计划|计划(?:好)?(?:了)?(?:怎么)?自杀|遗书|"
    r"(?:锁|关|反锁)(?:在)?.{0,4}?(?:厕所|卫生间|浴室|房间|屋里|车里).{0,12}?(?:刀片|刀|剃刀|美工刀|药|"
    r"绳子|剪刀)|(?:拿着|带着|拿了|带了)(?:刀片|刀|剃刀|美工刀|药|绳子).{0,8}?(?:锁|关|反锁)"
)
_BYE_ZH = (
    r"(?:告别|道别|遗言|诀别|永别)|跟(?:大家|所有人|我们|我)说(?:了)?再见|对不起大家|谢谢大家的照顾|"
    r"再见了大家|下辈子见|谢谢(?:大家|你们)(?:的一切|为我做的一切|所做的一切|这些年)"
)
_UNREACH_ZH = (
    r"联系不上|联系不到|打不通|不接电话|不回(?:消息|信息|微信|我)|没有?回(?:消息|复|应)|(?:手机|电话)"
    r"(?:一直|就|也|已经|都)?关机|找不到(?:她|他)|没人知道(?:她|他)在哪|已读不回|失联"
)
_BYE_GUARD_ZH = (
    r"搬家|搬走|转学|出国|留学|退群|退出群|离开群|旅游|旅行|度假|夏令营|冬令营|飞机|机场|交换|换手机|"
    r"新手机|没信号|没网|没有网|没电|没收|戒网|毕业|最后一天|寄宿|睡觉|睡着|睡了|洗澡"
)
_TX_ZH = (
    "药 消毒 84 八四 漂白 毒 洗洁精 洗衣液 清洁剂 洁厕灵 除草剂 敌敌畏 百草枯 割 划 切 跳 卧轨 自杀 去死 轻生 生命 "
    "了结 上吊 寻死 计划 遗书 锁 关 告别 道别 遗言 诀别 永别 再见 对不起大家 谢谢大家 下辈子 谢谢你们 杀虫"
)
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_ZH = (
    r"(?<!如果)(?<!要是)(?<!假如)(?:我们?(?:群|群里|班群|群聊)(?:的|有|里的|里有)?(?:一个)?(?:女生|男生|同学|"
    r"人|朋友|妹子)|群里(?:的|有)(?:一个)?(?:女生|男生|同学|妹子))"
)
_ACTS_MORE_ZH = r"(?:想死|想自杀|不想活).{0,12}?(?:计划|打算好了|想好了怎么)"
_UNREACH_MORE_ZH = r"不开门|不给开门|(?:删了|注销了)(?:号|账号|微信|qq)"
_SIGN_ZH = (
    r"(?:发|拍|晒)(?:了)?(?:一张|几张)?.{0,4}?(?:药|刀片|刀|手腕|伤口|血|绳子).{0,4}?(?:的)?(?:照片|图片|图|"
    r"视频)|(?:照片|图片|视频)(?:里|上)?.{0,4}?(?:药|刀片|手腕|伤口|血)"
)
_PLACE_ZH = (
    r"(?:在|站在|坐在|去了|到了|跑到|跑去)(?:了)?.{0,3}?(?:河边|江边|湖边|桥上|桥边|铁轨|轨道边|楼顶|天台|"
    r"悬崖|水库)"
)
_ENDS_ZH = r"不想活|想死|活不下去|撑不下去|最后一次|永别|再也不见|说了?再见|下辈子见"
_TX_MORE_ZH = "计划 打算 想好 照片 图 视频 河 江 湖 桥 铁轨 轨道 楼顶 天台 悬崖 水库"


RULES: list[Rule] = [
    _rule(_TRIG_ID, _TX_ID + "|" + _TX_MORE_ID,
          _acute_more(_WHO_ID, _GUARD_ID, _ACTS_ID, _BYE_ID, _UNREACH_ID, _BYE_GUARD_ID,
                      who_more=_WHO_MORE_ID, acts_more=_ACTS_MORE_ID,
                      unreach_more=_UNREACH_MORE_ID, sign=_SIGN_ID, place=_PLACE_ID, ends=_ENDS_ID)),
    with_texts(zrule("self_harm:others_acute", "self_harm", "我 群",
                     _acute_more(_WHO_ZH, _GUARD_ZH, _ACTS_ZH, _BYE_ZH, _UNREACH_ZH, _BYE_GUARD_ZH,
                                 who_more=_WHO_MORE_ZH, acts_more=_ACTS_MORE_ZH,
                                 unreach_more=_UNREACH_MORE_ZH, sign=_SIGN_ZH, place=_PLACE_ZH, ends=_ENDS_ZH,
                                 b="", end="", spaced=False),
                     framed="generic"), zh_spellings(_TX_ZH + " " + _TX_MORE_ZH)),
]
