"""Indirect goodbyes to the chat that read as final, in Russian, Turkish,
Polish, Indonesian, Arabic, Hindi (Hinglish and Devanagari) and Chinese:
"это последний раз когда я захожу. спасибо что были добры ко мне, передайте
модераторам пока от меня", "bu son girişim. bana iyi davrandığınız için
teşekkürler, modlara benden selam söyleyin", "to ostatni raz kiedy się
loguję. dzięki że byliście dla mnie mili", "ini terakhir kali aku login.
makasih udah baik sama aku, titip salam perpisahan ke mod", "هذه آخر مرة
ادخل فيها. شكرا لانكم كنتم لطيفين معي", "ye meri last baar hai login karne
ki ... mods ko mera bye bol dena", "这是我最后一次上线了。谢谢你们今天对我这么好，
帮我跟管理员说再见".

Why and how: as in `selfharm_farewell_chat.py` (the writer's presence
ending, and thanks for kindness to the writer or a goodbye handed on; a
limit right after the first part or an ordinary reason anywhere lets the
message pass).  Patterns run on the phrase form (й reads и; Turkish and
Polish letters without marks; Arabic ة ه, ى ي; Indonesian "ya" reads
"you"); Devanagari without a trailing \\b; Chinese on the normalised text.
"""

from __future__ import annotations

from .packs.hi._script import _DE, _n, _triggers
from .packs.zh import zrule
from .rules import Rule
from .selfharm_farewell_chat import farewell_rule

# -- ru -------------------------------------------------------------------------------
_LAST_RU = (
    r"(?:это|сегодня) (?:мои )?последни\w* раз (?:когда )?(?:я )?(?:захожу|здесь|тут|пишу|онлаин|в "
    r"сети|в чате|с вами)|(?:меня )?(?:здесь |тут )?больше не (?:будет|увидите)|вы (?:меня )?больше "
    r"не увидите|я больше не (?:приду|вернусь|зайду)"
)
_KIND_RU = (
    r"спасибо (?:вам )?(?:всем )?(?:что|за то что) (?:вы )?(?:были|был|была) (?:так |такими |всегда "
    r"|очень )?(?:добр\w*|мил\w*|хорош\w*)|спасибо (?:вам )?(?:всем )?за (?:все|доброту)|вы (?:всегда "
    r")?были (?:так |такими |очень )?(?:добр\w*|мил\w*) ко мне|передаите (?:\S+ ){0,2}?(?:пока|"
    r"привет|прощаи\w*) от меня|передаите (?:\S+ )?от меня (?:пока|привет)|попрощаитесь (?:за "
    r"меня|от меня)|скажите (?:всем|модераторам) (?:пока|прощаите) (?:от меня|за меня)"
)

# -- tr pl id -------------------------------------------------------------------------
_LAST_TR = (
    r"(?:bu )?son (?:girisim|gelisim|mesajim|kez (?:giriyorum|geliyorum|yaziyorum|buradayim))|bir "
    r"daha (?:burada olmayacagim|gelmeyecegim|girmeyecegim)|beni bir daha (?:goremeyeceksiniz|"
    r"gormeyeceksiniz)"
)
_KIND_TR = (
    r"(?:bana )?(?:iyi|nazik|guzel) davrandiginiz icin (?:tesekkur\w*|sag olun)|her sey icin "
    r"tesekkur\w*|bana hep (?:iyi|nazik) davrandiniz|(?:modlara|moderatorlere|herkese|adminlere) "
    r"(?:benden )?(?:selam|hoscakal|gule gule|veda)\w* (?:soyleyin|iletin|deyin)|benden (?:herkese|"
    r"modlara) (?:selam|hoscakal)\w*"
)
_LAST_PL = (
    r"(?:to )?(?:ostatni|ostatnia) raz (?:kiedy |jak )?(?:sie )?(?:loguje|wchodze|pisze|tu jestem|"
    r"jestem tutaj)|mnie (?:tu |tutaj )?(?:juz )?(?:wiecej )?nie bedzie|nie bedzie mnie (?:juz|"
    r"wiecej|tu|tutaj)|(?:juz )?nie wroce|wiecej mnie nie zobaczycie|juz mnie nie zobaczycie"
)
_KIND_PL = (
    r"(?:dzieki|dziekuje|dziekuje wam) (?:ze|za to ze) (?:byliscie|bylyscie|jestescie) (?:dla mnie "
    r")?(?:tacy |takie |zawsze )?(?:mili|mile|dobrzy|dobre|kochani|fajni)|(?:dzieki|dziekuje) za "
    r"wszystko|byliscie (?:zawsze )?(?:dla mnie )?(?:tacy )?(?:mili|dobrzy) (?:dla mnie)?|"
    r"pozegnajcie (?:ode mnie|za mnie|mnie)|pozegnajcie (?:modow|moderatorow|wszystkich) (?:ode "
    r"mnie|za mnie)|(?:powiedzcie|przekazcie) (?:modom|moderatorom|wszystkim) (?:pa|czesc|do "
    r"widzenia|zegnajcie) (?:ode mnie|za mnie)"
)
_LAST_ID = (
    r"(?:ini )?terakhir (?:kali )?(?:aku|gue|gw|saya) (?:login|online|masuk|ke sini|di sini|nulis)|"
    r"(?:aku|gue|gw|saya) (?:ga|gak|nggak|tidak) (?:akan )?(?:ada|online|login|balik|kembali) "
    r"(?:lagi|di sini lagi)|kalian (?:ga|gak|nggak|tidak) (?:akan )?(?:liat|lihat|ketemu) (?:aku|"
    r"gue|gw) lagi"
)
_KIND_ID = (
    r"(?:makasih|terima kasih|trims|thanks) (?:you |ya )?(?:udah|sudah|telah) (?:selalu )?(?:baik|"
    r"ramah|peduli) (?:sama|ke|kepada|dengan) (?:aku|gue|gw|saya)|(?:makasih|terima kasih) (?:buat|"
    r"untuk) (?:semuanya|segalanya)|titip salam (?:perpisahan )?(?:ke|buat|untuk) (?:mod|moderator|"
    r"semua|admin)\w*|(?:bilangin|sampein|sampaikan|tolong bilang) (?:ke )?(?:mod|moderator|semua|"
    r"semuanya|admin) (?:aku |gue )?(?:pamit|bye|dadah|selamat tinggal)|(?:bilangin|sampein|"
    r"sampaikan) (?:pamit|salam perpisahan|selamat tinggal) (?:aku |gue |gw )?(?:ke|buat) (?:mod|"
    r"semua|admin)\w*"
)

# -- ar hi ----------------------------------------------------------------------------
_LAST_AR = (
    r"(?:هذه|هاي|هذي|هادي|دي) (?:اخر|احر) مره (?:ادخل|بدخل|اكتب|بكتب|تشوفوني|اكون هون|اكون هنا)|"
    r"(?:مش|ما|لن|مو) (?:راح |رح )?(?:تشوفوني|تروني|اكون موجود\S*|ارجع|بارجع|ادخل) (?:بعد اليوم|"
    r"مره ثانيه|تاني|ثاني|ابدا|بعد هيك)"
)
_KIND_AR = (
    r"شكرا (?:لكم |لكل )?(?:لانكم|انكم|عشان|علي انكم) (?:كنتم|كنتو|كنتوا) (?:لطيفين|طيبين|حلوين|"
    r"منيحين|كويسين) (?:معي|معاي)|شكرا (?:لكم )?علي كل (?:شي|شيء)|كنتم (?:دايما |دائما )?"
    r"(?:لطيفين|طيبين) معي|(?:قولوا|قولو|بلغوا) (?:\S+ ){0,3}?(?:مني|عني)|سلمولي علي (?:الكل|"
    r"المشرفين|الجميع)"
)
_LAST_HL = (
    r"(?:ye|yeh|aaj) (?:meri )?(?:last|aakhri|akhri) (?:baar|bar|time) (?:hai )?(?:login|online|"
    r"yaha|yahan|aane|aa)|(?:ab|phir) (?:main|mai) (?:yaha|yahan|idhar) (?:nahi|nhi) (?:aaunga|"
    r"aaungi|aunga|aungi)|(?:tum log|aap log|tum sab|aap sab) (?:mujhe )?(?:phir|dobara|kabhi) "
    r"(?:nahi|nhi) (?:dekhoge|dekhenge)"
)
_KIND_HL = (
    r"(?:mere saath|mujhse) (?:itna )?(?:ache|acche|achhe|achha|acha) (?:rehne|hone|se baat karne) "
    r"(?:ke liye )?(?:thanks|thank you|shukriya|dhanyavad)|(?:thanks|thank you|shukriya) (?:sab "
    r"ke liye|har cheez ke liye)|(?:mods|moderators|sabko|sab ko|admin) (?:ko )?(?:mera )?(?:bye|"
    r"alvida|goodbye) (?:bol dena|kehna|keh dena|bolna)|(?:mera|meri taraf se) (?:bye|alvida) "
    r"(?:bol dena|keh dena)"
)
_LAST_DEV = _n(
    r"(?:यह|ये|आज) (?:मेरी |मेरा )?(?:आखिरी|आख़िरी|लास्ट) (?:बार|दिन)|(?:तुम लोग|आप लोग|तुम सब|आप सब) "
    r"(?:मुझे )?(?:फिर|दोबारा|कभी) (?:नहीं|नही) देख"
)
_KIND_DEV = _n(
    r"(?:मेरे साथ|मुझसे) (?:इतने |इतना )?(?:अच्छे|अच्छा) (?:रहने|होने) (?:के लिए )?(?:धन्यवाद|शुक्रिया|"
    r"थैंक्स)|(?:मॉड्स|सबको|सब को|एडमिन) (?:को )?(?:मेरी तरफ से )?(?:मेरा )?(?:बाय|अलविदा) "
    r"(?:बोल देना|कहना|कह देना)"
)

# -- zh (normalised text, unspaced) -----------------------------------------------------
_ZH = (
    r"^(?!.*(?:下次见|明天见|回头见|下周|下个月|放假|假期|旅游|搬家|毕业|满18|今天就到这|先下了|先走了|"
    r"手机被没收))"
    r"(?=.*(?:谢谢(?:你们|大家)?(?:今天|一直以来|这段时间)?(?:对我)?(?:这么|那么|一直|都)?(?:好|友善|"
    r"温柔|照顾)|谢谢(?:你们|大家)?的?(?:照顾|陪伴|一切)|(?:帮我|替我)(?:跟|和|向)(?:管理员|大家|版主|"
    r"所有人)(?:说)?(?:声)?(?:再见|拜拜|告别)))"
    r".*?(?:最后一次(?:上线|登录|登陆|来这里|来这|在这里|发言|说话)|以后(?:再也)?不会(?:再)?(?:上线|来了|"
    r"出现)|(?:你们|大家)(?:再也)?(?:不会再|看不到|见不到)(?:看到|见到)?我了)"
    r"(?!(?:了)?(?:今天|这周|本周|之前|前))"
)

RULES: list[Rule] = [
    farewell_rule("последнии раз больше", _LAST_RU, _KIND_RU,
                  requires="спасибо добры добрые добрыми милы милые милыми хорошие передаите "
                  "попрощаитесь скажите"),
    farewell_rule("son daha", _LAST_TR, _KIND_TR,
                  requires="davrandiginiz tesekkurler tesekkur tesekkurlar davrandiniz soyleyin "
                  "iletin deyin benden"),
    farewell_rule("ostatni ostatnia bedzie wroce zobaczycie", _LAST_PL, _KIND_PL,
                  requires="dzieki dziekuje byliscie bylyscie pozegnajcie powiedzcie przekazcie"),
    farewell_rule("terakhir ga gak nggak tidak kalian", _LAST_ID, _KIND_ID,
                  requires="makasih terima trims thanks titip bilangin sampein sampaikan bilang"),
    farewell_rule("هذه هاي هذي هادي دي مش ما لن مو", _LAST_AR, _KIND_AR,
                  requires="شكرا كنتم قولوا قولو بلغوا سلمولي"),
    farewell_rule("ye yeh aaj ab phir tum aap", _LAST_HL, _KIND_HL,
                  requires="thanks thank shukriya dhanyavad bye alvida goodbye"),
    farewell_rule(_triggers("यह ये आज तुम आप"), _LAST_DEV, _KIND_DEV,
                  requires=_triggers("धन्यवाद शुक्रिया थैंक्स बाय अलविदा"), end=_DE),
    zrule("self_harm:finality", "self_harm", "最后 不会 看不到 见不到", _ZH, framed="generic"),
]
