"""Someone else's broadcast goodbye and the silence after it, in
Indonesian, Hindi (Hinglish and Devanagari) and Chinese: the tables for
`selfharm_others_silence_base._silence` (the class, its pairs and what
passes are in `selfharm_others_silence.py`).

Why together: none of the three inflects the verb for the person, so the
silence is a particle and a verb ("ga bales", "phone nahi utha raha", "फोन
नहीं उठा रहा", "不回消息", "关机") and the goodbye a fixed phrase ("dadah
semuanya", "alvida sabko", "सबको अलविदा", "再见了各位"); forgiveness asked
("maafin aku semuanya", "maaf kar dena", "माफ करना", "原谅我") and "the last"
("ini yang terakhir", "ye last time hai", "ये आखिरी मैसेज है", "这是最后一次了") are the
farewells.  The person is the table of `selfharm_others_acute_asia.py` /
`_indic.py` with the online people added ("cowok di discord aku", "discord
pe ek banda", "डिस्कॉर्ड पर एक लड़का", "我们discord里有个男生", "队里一个
男生").  Devanagari is matched without a trailing \\b (its vowel signs are
not word characters); Chinese on the normalised text, unspaced, with the
traditional characters added by `zrule`.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule
from .selfharm_others_acute_asia import _TRIG_ID, _WHO_ID, _WHO_MORE_ID, _WHO_MORE_ZH, _WHO_ZH
from .selfharm_others_acute_indic import _TRIG_HI, _TRIG_HL, _WHO_HI, _WHO_HL, _WHO_MORE_HI, _WHO_MORE_HL
from .selfharm_others_silence_base import _NB, _rule, _silence

# -- id ---------------------------------------------------------------------------------------
_WHO_ID = _WHO_ID + "|" + _WHO_MORE_ID + "|" + (
    r"(?<!kalau )(?<!kalo )(?<!jika )(?:(?:abang|bang|mas|mbak|kak|bro|sis|bestie)(?:ku| aku| gue| gw)\b|"
    r"(?:anak|cewek|cowok|orang|seseorang|temen|teman|bocil) (?:di |dari |yang di |yg di )?(?:discord|server|"
    r"tim|team|clan|klan|squad|guild|grup|gc|mabar|live)(?:ku| aku| gue| gw| kita| kami)?\b|(?:salah satu|"
    r"salah 1) (?:temen|teman|sahabat)(?:ku| aku| gue| gw)|(?:dia|doi)(?= "
    r"(?:upload|nulis|post|posting|kirim|bilang|ganti|bikin|ngirim|pamit|ga|gak|nggak|udah)\b))"
)
_BYE_ID = (
    r"maaf(?:in|kan)? (?:aku|gue|gw|saya) (?:ya )?(?:semua|semuanya|kalian)|maaf (?:atas|buat|untuk) "
    r"(?:semuanya|segalanya)|(?:ini|itu) (?:yang )?terakhir\b(?! (?:kali|ujian|hari|minggu|episode|ulangan|"
    r"pelajaran))|(?:ini )?(?:pesan|post|chat) terakhir (?:aku|gue|gw|dari aku|dari gue)|selamat tinggal "
    r"(?:selamanya|dunia)|(?:dadah|bye) selamanya|surat (?:perpisahan|wasiat)|(?:malam ini|hari ini|sekarang) "
    r"(?:\S+ ){0,2}?(?:mengakhiri|ngakhirin|akhirin)|mengakhiri (?:semuanya|hidup\w*)|(?:ga|gak|nggak|tidak) "
    r"(?:bakal |akan )?(?:ketemu|liat|lihat) (?:aku|dia) lagi"
)
_TO_ALL_ID = (
    r"(?:dadah|dah|bye|babay|selamat tinggal) (?:semua|semuanya|guys|kalian|gaes|gais|all)\b|pamit(?:an)? "
    r"(?:ke |sama |dengan |ama )?(?:semua|kalian|kita|grup)|(?:upload|post|posting|nulis|kirim|ngirim|"
    r"bikin|ganti bio(?: jadi)?|update|pasang) (?:\S+ ){0,5}?(?:selamat tinggal|perpisahan|pamit\w*|"
    r"goodbye)|(?:story|status|pesan|video|vn|voice note|surat) (?:\S+ ){0,2}?(?:perpisahan|pamitan|"
    r"selamat tinggal)|(?:makasih|terima kasih) (?:buat|untuk|atas) (?:semuanya|segalanya)|sayang kalian"
)
_MUTE_ID = (
    r"(?:hp|hape|handphone|telpon|telepon|nomor|nomer|wa)(?:nya)? (?:\S+ ){0,2}?(?:mati|ga aktif|gak aktif|"
    r"nggak aktif|tidak aktif|off|ga nyambung|gak nyambung)|(?:matiin|mematikan) (?:hp|hape|telpon|"
    r"lokasi)\w*|(?:ga|gak|nggak|ngga|tidak|gk|belum) (?:\S+ )?(?:angkat|ngangkat|diangkat|bales|balas|bls|"
    r"jawab|respon|ngerespon|dibales)\b|(?:ga|gak|nggak|ngga|tidak|gk) ada yang tau (?:dia |doi )?(?:dimana|"
    r"di mana|kemana|ke mana)|(?:ga|gak|nggak|tidak) (?:bisa )?(?:dihubungi|ditelpon|dihubungin)|(?:blokir|"
    r"ngeblok|ngeblokir|block|blok) (?:semua|semuanya|kita)|(?:hapus|ngehapus|nonaktifin) (?:akun|ig|"
    r"insta\w*|tiktok)\w*|(?:live|siaran)(?: ?nya)? (?:\S+ ){0,2}?(?:mati|putus|berhenti|selesai|udahan)|"
    r"(?:ga|gak|nggak|tidak) (?:mau )?buka pintu"
)
_QUIET_ID = (
    r"offline|(?:keluar|left) (?:dari )?(?:grup|gc|group|server|discord)|(?:cuma |cuman |hanya )?di ?read|"
    r"read doang|(?:ga|gak|nggak|tidak) (?:\S+ )?online|centang (?:dua|2|biru)"
)
_FEAR_ID = (
    r"(?:aku|gue|gw|saya|kita) (?:\S+ )?(?:takut|khawatir|panik|cemas)|takut banget|(?:harus|mesti|musti) "
    r"(?:gimana|bagaimana|ngapain)|gimana ini|tolong(?:in)?|bantu(?:in)?"
)
_HIGH_ID = (
    r"(?:di|dari) (?:atas )?(?:atap|rooftop|jembatan|rel|rel kereta|tebing|balkon|gedung|flyover) (?:\S+ )"
    r"{0,10}?(?:lompat|loncat|terjun|nyebur)|(?:ke|pergi ke|mau ke|jalan ke) (?:sungai|kali|jembatan|rel|"
    r"laut|danau|tebing|waduk) (?:\S+ ){0,6}?(?:ga|gak|nggak|tidak|gk) (?:\S+ )?(?:balik|kembali|pulang)"
)
_MUNDANE_ID = (
    r"pindah\w*|akun (?:baru|lama|kedua|cadangan|fake)|(?:grup|gc|server|hp|nomor|sekolah) (?:baru|lama)|"
    r"ganti (?:akun|nomor|hp|sekolah)|liburan|libur|mudik|jalan[ -]jalan|kemah|camping|pesawat|bandara|"
    r"penerbangan|pertukaran|luar negeri|(?:ga|gak|nggak|tidak) ada (?:sinyal|internet|kuota|wifi)|"
    r"(?:sinyal|kuota)(?:nya)? (?:abis|habis|jelek|ilang)|batre\w*|baterai\w*|lowbat|ngecas|dicas|charger|"
    r"dihukum|disita|ujian|ulangan|uts|uas|belajar|detox|rehat|wisuda|lulus\w*|pesta|acara perpisahan|"
    r"hari terakhir|(?:server|game|ekskul|klub|grup|channel)(?:nya)? (?:\S+ )?(?:tutup|ditutup|bubar|"
    r"dihapus)|ekskul|tahun (?:yang )?lalu|tahun kemarin|bulan lalu|(?:sekarang|udah) (?:dia |doi )?(?:udah )?"
    r"(?:baik|baikan|gapapa|ga papa|membaik)|series|sinetron|drakor|film|novel|anime|webtoon|tokoh\w*|"
    r"karakter\w*|di game|minecraft|roblox|free fire|mobile legends|seminar|sosialisasi|kalau (?:ada )?"
    r"teman|tidur|ketiduran|bobo|sampai jumpa (?:besok|nanti|lagi)|wkwk\w*|haha\w*|becanda|bercanda|prank"
)
_TX_ID = (
    "hp|hape|handphone|telpon|telepon|nomor|nomer|wa|matiin|mematikan|angkat|bales|balas|bls|jawab|"
    "respon|tau|dihubungi|ditelpon|blokir|ngeblok|block|blok|hapus|nonaktifin|live|siaran|pintu|offline|"
    "keluar|left|read|online|centang"
)

# -- hi: Hinglish ----------------------------------------------------------------------------------
_WHO_HL = _WHO_HL + "|" + _WHO_MORE_HL + "|" + (
    r"(?<!agar )(?<!jab )(?:(?:discord|server|team|clan|squad|group|gc|stream) (?:pe|par|mein|me|ka|ki|ke|se) "
    r"(?:ek |koi )?(?:banda|bandi|ladka|ladki|dost|launda|londa)|(?:mere|meri|hamare) (?:dosto|doston|friends) "
    r"(?:mein|me) se (?:ek|koi)|(?:usne|woh|wo|vo)(?= (?:story|status|group|gc|bola|boli|likha|bio|ne)\b))"
)
_BYE_HL = (
    r"maaf kar (?:dena|do|dijiye)|maaf karna|sorry (?:for everything|sabke liye|sab ke liye|sabse)|"
    r"(?:sab ke|sabke) liye sorry|(?:ye|yeh|mera|meri) (?:last|aakhri|akhri) (?:message|baar|time|post)|"
    r"hamesha ke liye (?:alvida|bye|ja rahi|ja raha)|alvida (?:hamesha ke liye|duniya)|suicide note|(?:aaj|aj) "
    r"(?:raat )?(?:sab )?khatam kar (?:dunga|dungi|dega|degi|lega|legi)|sab khatam kar (?:dunga|dungi|dega|"
    r"degi|raha|rahi)|(?:phir|fir) (?:kabhi )?nahi (?:dikhunga|dikhungi|milunga|milungi)|(?:khud ko|apne aap "
    r"ko) (?:maar|khatam)"
)
_TO_ALL_HL = (
    r"(?:bye|alvida|goodbye|tata) (?:sabko|sab ko|everyone|sab|guys|dosto|doston)\b|(?:sabko|sab ko|hum "
    r"sabko) (?:alvida|bye|goodbye)|(?:alvida|goodbye) (?:\S+ ){0,4}?(?:post|story|status|message|likha|likh|"
    r"daala|dala|dali|daali|bheja|kiya|lagaya|lagayi|bol|bola|boli|bolte|kaha)\w*|(?:story|status|bio|voice "
    r"note|vn|post) (?:\S+ ){0,4}?(?:alvida|goodbye)|thank you for everything|sabka shukriya|love you (?:all|"
    r"sab|guys)"
)
_MUTE_HL = (
    r"(?:phone|mobile|fone|number|cell) (?:\S+ ){0,2}?(?:band|switch off|switched off|switchoff|off|bnd)\b|"
    r"(?:phone|call|message|reply) (?:\S+ ){0,2}?(?:nahi|nhi|nahin|na) (?:\S+ )?(?:utha|uthaa|uthaya|uthayi|"
    r"uthati|uthata|de rahi|de raha|kar rahi|kar raha|mil raha|lag raha|aa raha|ja raha)|(?:reply|jawab|"
    r"response) (?:nahi|nhi|nahin) (?:de rahi|de raha|kar rahi|kar raha|aaya|diya|aa raha|de rhi|de rha|kar "
    r"rhi|kar rha)|(?:kisi ko|koi|kisiko) (?:nahi|nhi|nahin|bhi nahi) (?:pata|maloom)\w* (?:\S+ ){0,3}?"
    r"(?:kahan|kaha|kidhar)|(?:koi|hum|main|mai) (?:\S+ ){0,2}?(?:contact|baat|sampark) (?:nahi|nhi|nahin) "
    r"(?:ho|kar) (?:pa|paa)\w*|(?:sabko|sab ko|sabhi ko|humko|hume) block kar (?:diya|di|dia)|(?:account|"
    r"insta|id) (?:\S+ )?(?:delete|deactivate)\w*|live (?:\S+ ){0,2}?(?:band|khatam|cut|kat|end)|(?:darwaza|"
    r"darwaja|door|gate) (?:\S+ )?(?:nahi|nhi|na) (?:khol|khul)\w*"
)
_QUIET_HL = (
    r"offline|(?:group|gc|server|discord) (?:\S+ )?(?:leave|left|chhod|chod|nikal)\w*|seen (?:kar ke|karke|"
    r"krke) (?:reply )?(?:nahi|nhi)|(?:online|active) (?:nahi|nhi|nahin)|blue tick"
)
_FEAR_HL = (
    r"(?:mujhe|muje|hume|mereko) (?:bahut |bohot |bht |bohut )?(?:darr?|tension|ghabrahat) (?:lag|ho) "
    r"(?:raha|rahi|rha|rhi)|(?:main|mai) (?:bahut |bohot )?(?:dar|darr|ghabra) (?:gaya|gayi|gya|gyi|raha|"
    r"rahi)|kya (?:karu|karun|karoon|kare|karein|karna chahiye)|help (?:karo|kro|me)|madad"
)
_HIGH_HL = (
    r"(?:chhat|chhatt|terrace|roof|bridge|pul|railway track|track|patri|building|balcony|cliff) (?:pe|par|ke "
    r"upar|ke kinare|se) (?:\S+ ){0,10}?(?:kud|kood|jump)\w*|(?:nadi|river|samundar|bridge|pul|track|patri|"
    r"nahar) (?:pe|par|ke paas|ki taraf|ke kinare) (?:\S+ ){0,6}?(?:wapas|vapas) (?:nahi|nhi|nahin|kabhi "
    r"nahi) (?:aa|lautega|lautegi)\w*"
)
_MUNDANE_HL = (
    r"shift|ghar badal|naye ghar|(?:dusre|doosre) (?:shehar|sheher|city)|(?:naya|nayi|purana|purani|purane|"
    r"naye) (?:group|gc|account|id|phone|number|school|server)|(?:second|doosri|dusri|backup) (?:id|"
    r"account)|account (?:change|badal)\w*|vacation|holiday|chhutti\w*|trip|ghoomne|camp|flight|plane|"
    r"airport|exchange|abroad|videsh|network|signal|net nahi|internet|wifi|battery|charge|charging|"
    r"punishment|saza|phone le liya|chheen|exam|paper|padhai|padh (?:rahi|raha)|break|detox|farewell|party|"
    r"last day|hostel|boarding|(?:server|game|club|group|channel) (?:\S+ )?band (?:ho|kar)|club|(?:pichhle|"
    r"pichle) saal|last year|saal pehle|(?:ab|abhi) (?:wo |woh )?(?:theek|thik|better|accha|achha|acchi|"
    r"achhi) (?:hai|h)\b|serial|series|movie|film|kahani|book|anime|character|heroine|game mein|minecraft|"
    r"roblox|fortnite|bgmi|free fire|seekha|agar koi|so (?:gayi|gaya|rahi|raha)|soyi|soya|sone (?:gayi|gaya|"
    r"chali|chala)|neend|kal milte|haha\w*|lmao|mazak|majak|prank"
)
_TX_HL = (
    "phone|mobile|fone|number|cell|call|message|reply|jawab|response|pata|maloom|contact|baat|sampark|"
    "block|account|insta|id|live|darwaza|darwaja|door|gate|offline|leave|left|chhod|chod|nikal|seen|"
    "online|active|blue tick"
)

# -- hi: Devanagari (no trailing \b) --------------------------------------------------------------
_WHO_HI = _WHO_HI + "|" + _WHO_MORE_HI + "|" + (
    r"(?:डिस्कॉर्ड|सर्वर|टीम|ग्रुप|क्लैन) (?:पर|पे|में|का|की|के|से) (?:एक |कोई )?(?:लड़का|लड़के|लड़की|बंदा|बंदे|"
    r"बंदी|दोस्त)|(?:मेरे|हमारे) दोस्तों में से (?:एक|कोई)"
)
_BYE_HI = (
    r"(?:माफ|माफ़) (?:कर दे\S*|करना|कर दो)|(?:सबके|सब के) लिए सॉरी|सॉरी सबको|(?:ये|यह|मेरा|मेरी) (?:आखिरी|"
    r"आख़िरी|लास्ट) (?:मैसेज|संदेश|बार|पोस्ट)|हमेशा के लिए (?:अलविदा|जा रही|जा रहा)|अलविदा दुनिया|सुसाइड नोट|"
    r"(?:आज|आज रात) (?:\S+ ){0,2}?(?:खत्म|ख़त्म) कर (?:दूंगा|दूंगी|देगा|देगी|दूँगा|दूँगी)"
)
_TO_ALL_HI = (
    r"(?:सबको|सब को|हम सबको|सभी को) (?:अलविदा|बाय|गुडबाय)|(?:अलविदा|बाय|गुडबाय) (?:सबको|सब को|सभी को|"
    r"दोस्तों)|(?:अलविदा|गुडबाय|गुड बाय|विदाई) (?:\S+ ){0,4}?(?:पोस्ट|स्टोरी|स्टेटस|मैसेज|लिखा|लिख|डाला|डाली|"
    r"भेजा|भेजी|किया|लगाया|लगाई|कहा|बोला|बोली)|(?:स्टोरी|स्टेटस|बायो|पोस्ट|वॉइस नोट|मैसेज) (?:\S+ ){0,4}?"
    r"(?:अलविदा|गुडबाय)"
)
_MUTE_HI = (
    r"(?:फोन|फ़ोन|मोबाइल|नंबर) (?:\S+ ){0,2}?(?:बंद|स्विच ऑफ|ऑफ)|(?:फोन|फ़ोन|कॉल) (?:\S+ ){0,2}?(?:नहीं|नही) "
    r"(?:\S+ )?(?:उठा|उठाया|उठाती|उठाता|लग)\S*|(?:जवाब|रिप्लाई|रिप्लाय) (?:\S+ )?(?:नहीं|नही) (?:दे|कर|आ|"
    r"आया|दिया)\S*|(?:किसी को|कोई|किसीको) (?:\S+ )?(?:नहीं|नही) (?:पता|मालूम) (?:\S+ ){0,3}?(?:कहाँ|कहां|"
    r"किधर)|सबको ब्लॉक|(?:अकाउंट|आईडी) (?:\S+ )?(?:डिलीट|बंद)|लाइव (?:\S+ ){0,2}?(?:बंद|खत्म|ख़त्म|कट)|"
    r"(?:दरवाजा|दरवाज़ा) (?:\S+ )?(?:नहीं|नही) (?:खोल|खुल)\S*"
)
_QUIET_HI = (
    r"ऑफलाइन|ऑफ़लाइन|offline|(?:ग्रुप|सर्वर) (?:\S+ )?(?:छोड़|लेफ्ट|छोड)\S*|ऑनलाइन (?:नहीं|नही)|सीन (?:करके|"
    r"कर के) (?:\S+ )?(?:नहीं|नही)"
)
_FEAR_HI = (
    r"डर लग (?:रहा|रही)|डर (?:गया|गई|गयी)|घबराहट|क्या (?:करूं|करूँ|करें|करना चाहिए)|मदद (?:करो|कीजिए)|"
    r"टेंशन हो (?:रही|रहा)"
)
_HIGH_HI = (
    r"(?:छत|पुल|ब्रिज|पटरी|रेलवे ट्रैक|ट्रैक|बालकनी|बिल्डिंग|छज्जे) (?:पर|पे|के ऊपर|के किनारे|से) (?:\S+ )"
    r"{0,10}?(?:कूद|कुद|जंप)\S*|(?:नदी|समुंदर|समुद्र|पुल|पटरी|नहर|झील) (?:पर|पे|के पास|की तरफ|के किनारे) "
    r"(?:\S+ ){0,6}?(?:वापस|लौट) (?:\S+ )?(?:नहीं|कभी नहीं) (?:आएगा|आएगी|आऊंगा|आऊंगी|आयेगा|आयेगी|लौटेगा|"
    r"लौटेगी)"
)
_MUNDANE_HI = (
    r"शिफ्ट|दूसरे (?:शहर|सिटी)|नए घर|(?:नया|नई|नये|पुराना|पुरानी|पुराने) (?:ग्रुप|अकाउंट|आईडी|फोन|नंबर|"
    r"स्कूल|सर्वर)|छुट्टी\S*|ट्रिप|घूमने|फ्लाइट|प्लेन|हवाई|विदेश|नेटवर्क|सिग्नल|इंटरनेट|नेट नहीं|बैटरी|चार्ज|"
    r"(?:सजा|सज़ा)|फोन ले लिया|फोन छीन|परीक्षा|एग्जाम|पेपर|पढ़ाई|ब्रेक|फेयरवेल|पार्टी|आखिरी दिन|हॉस्टल|"
    r"(?:सर्वर|गेम|क्लब|ग्रुप|चैनल) (?:\S+ )?बंद (?:हो|कर)|क्लब|पिछले साल|साल पहले|(?:अब|अभी) (?:वो |वह )?"
    r"(?:ठीक|बेहतर|अच्छी|अच्छा) (?:है|हैं)|सीरियल|सीरीज|फिल्म|मूवी|कहानी|किताब|एनीमे|किरदार|हीरोइन|गेम में|"
    r"सो (?:गई|गया|गयी|रही|रहा)|नींद|कल मिलते|हाहा\S*|(?:मज़ाक|मजाक)"
)
_TX_HI = (
    "फोन|फ़ोन|मोबाइल|नंबर|कॉल|जवाब|रिप्लाई|रिप्लाय|पता|मालूम|ब्लॉक|अकाउंट|आईडी|लाइव|दरवाजा|दरवाज़ा|"
    "ऑफलाइन|ऑफ़लाइन|offline|छोड़|लेफ्ट|छोड|ऑनलाइन|सीन"
)

# -- zh (normalised text, unspaced) --------------------------------------------------------------
# traditional forms `packs.zh`'s table lacks ("關機", "怎麼辦", "隊裡"): added here, outside and
# inside character classes, before `zrule` adds the ones it knows
_TRAD = {"关": "關", "办": "辦", "队": "隊", "断": "斷", "条": "條", "游": "遊", "剧": "劇", "团": "團",
         "务": "務", "国": "國", "场": "場", "毕": "畢", "业": "業", "画": "畫", "谅": "諒", "辈": "輩",
         "销": "銷", "阳": "陽", "飞": "飛", "蛊": "蠱"}


def _trad(src: str) -> str:
    """`src` with each character of `_TRAD` matching its traditional form too."""
    out, in_class = [], False
    for c in src:
        t = _TRAD.get(c)
        if t is None:
            in_class = (in_class or c == "[") and c != "]"
            out.append(c)
        else:
            out.append(c + t if in_class else f"[{c}{t}]")
    return "".join(out)


_WHO_ZH = _WHO_ZH + "|" + _WHO_MORE_ZH + "|" + (
    r"我们?的?(?:discord|dc|服务器|服|战队|队|队伍|公会|游戏群|直播间)(?:里|里面|上)?(?:的|有)?(?:一个|个|有个)?"
    r"(?:女生|男生|人|朋友|妹子|小哥|哥们|兄弟|姐妹|队友|网友)|(?:discord|dc|服务器|战队|队|公会|群)(?:里|里面|上)?(?:的|有)?"
    r"(?:一个|个|有个)(?:女生|男生|人|朋友|妹子|小哥|队友)|我的?(?:队友|网友|好兄弟|姐妹|兄弟|姊姊|姊)|(?<!其)(?:她|他)"
)
_BYE_ZH = (
    r"原谅我|对不起(?:大家|所有人|一切)|(?:这是|这就是)?最后一(?:次|条|个)(?:了|消息|动态|视频)|最后一次(?=[了,.!?。，！？\"'」』]|$)|"
    r"最后的话|遗书|绝笔|永别|再也不见|(?:今晚|今天)(?:晚上)?(?:就)?(?:要)?(?:结束|了结)(?:一切|自己|生命)|"
    r"结束(?:一切|自己|生命)|(?:不用|别)(?:找我|等我)了|下辈子见|永远再见|再见了?(?:这个)?世界"
)
_TO_ALL_ZH = (
    r"(?:再见|拜拜|告别|永别)了?(?:各位|大家|所有人|你们|家人们|兄弟们|朋友们)|(?:各位|大家|所有人|家人们)"
    r"(?:再见|拜拜|永别)|(?:跟|和|向)(?:大家|所有人|我们|你们|群里)都?(?:告别|道别|说了?(?:再见|拜拜))|"
    r"(?:发|留|写|录)了?[一条段封个张]*(?:告别|道别)|告别(?:信|语音|视频|动态|帖)|(?:谢谢|感谢)(?:大家|你们)?"
    r"的?(?:一切|所有)|爱你们"
)
_MUTE_ZH = (
    r"关机|手机(?:也)?(?:打不通|没人接|不通|关了|停机)|(?:电话|视频|语音)(?:也|都)?(?:不接|没接|打不通|没人接)|"
    r"(?:也|都)?(?:不回|没回|没有回)(?:消息|我|我们|信息|微信)|(?:联系不上|找不到)(?:她|他)|没有?人知道(?:她|他)"
    r"在?哪|不知道(?:她|他)(?:去)?(?:在)?哪(?:儿|里)?|(?:把)?(?:所有人|大家|我们)都?(?:拉黑|屏蔽|删)了|"
    r"(?:注销|删)了?(?:账号|号)|直播(?:突然|一下子)?(?:断了|中断|关了|黑了|结束了|停了)|不开门"
)
_QUIET_ZH = r"下线|离线|退群|退出了?群|退了群|退出了?(?:服务器|频道|discord)|已读不回|(?:不|没)在线|头像(?:也)?灰了"
_FEAR_ZH = r"(?:好|很|特别|超)?害怕|好怕|吓死|好慌|怎么办|该怎么做|咋办|救命|求助|帮帮我"
_HIGH_ZH = (
    r"(?:天台|楼顶|屋顶|桥上|桥边|铁轨|轨道|悬崖|阳台|窗台)(?:上|边)?.{0,20}?(?:跳下去|跳楼|跳)|"
    r"(?:去|到|跑到|跑去)了?(?:河边|江边|海边|湖边|桥上|铁轨|天台|楼顶).{0,20}?(?:再也不回来|不回来了|不会回来)"
)
_MUNDANE_ZH = (
    r"搬家|搬走|转学|换(?:学校|号|账号|手机|群)|(?:新|旧|小|老)(?:号|账号|群|手机)|旅游|旅行|度假|放假|假期|夏令营|"
    r"飞机|机场|出国|留学|没信号|没网|没有网|没电|充电|电量|没收|禁足|被罚|考试|期末|中考|高考|复习|戒网|毕业|"
    r"最后一天|欢送|聚会|派对|(?:服务器|游戏|社团|群|频道)要?(?:关|解散|停服|关服)|停服|社团|去年|几年前|"
    r"(?:现在|后来)(?:她|他)?(?:挺好|好多了|很好|没事了|好了)|电视剧|剧里|电影|小说|动漫|漫画|角色|女主|男主|"
    r"游戏里|我的世界|迷你世界|王者|原神|蛋仔|课上|讲座|如果(?:朋友|有人|同学)|睡着|睡觉|睡了|明天见|回头见|哈哈|"
    r"笑死|开玩笑|整蛊"
)
_TX_ZH = (
    "关机 打不通 没人接 不通 关了 停机 不接 没接 不回 没回 联系不上 找不到 知道 拉黑 屏蔽 删 注销 直播 不开门 "
    "下线 离线 退 已读 在线 灰"
)

RULES: list[Rule] = [
    _rule(_TRIG_ID + " anak cewek cowok orang bocil salah dia doi abangku bang mas mbak bro sis bestie abang", _TX_ID,
          _silence(_WHO_ID, _BYE_ID, _TO_ALL_ID, _MUTE_ID, _QUIET_ID, _FEAR_ID, _HIGH_ID, _MUNDANE_ID)),
    _rule(_TRIG_HL + " discord server team clan squad group gc stream dosto doston friends woh wo vo", _TX_HL,
          _silence(_WHO_HL, _BYE_HL, _TO_ALL_HL, _MUTE_HL, _QUIET_HL, _FEAR_HL, _HIGH_HL, _MUNDANE_HL)),
    _rule(_TRIG_HI + " डिस्कॉर्ड सर्वर टीम ग्रुप क्लैन", _TX_HI,
          _silence(_WHO_HI, _BYE_HI, _TO_ALL_HI, _MUTE_HI, _QUIET_HI, _FEAR_HI, _HIGH_HI, _MUNDANE_HI,
                   b=_NB, end=r"(?!\S)")),
    with_texts(zrule("self_harm:others_acute", "self_harm", "我 群 队 服 她 他",
                     _trad(_silence(_WHO_ZH, _BYE_ZH, _TO_ALL_ZH, _MUTE_ZH, _QUIET_ZH, _FEAR_ZH, _HIGH_ZH,
                                    _MUNDANE_ZH, b="", end="", spaced=False)),
                     framed="generic"), (*zh_spellings(_TX_ZH), "關", "斷", "隊")),
]
