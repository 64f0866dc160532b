"""Emoji pile-ons in ru tr pl id ar hi zh (the shapes of harm_emoji_pileon.py -
read its docstring first; appended to `harm.RULES` through it).

"все ставим 🐷 под её фоткой", "herkes Ayşe'nin fotoğrafına 🐷 atsın",
"wszyscy dajcie 🐷 pod jej zdjęciem", "semua komen 🐳 di story Dina wkwk",
"كلكم حطوا 🐷 على صورتها", "sab log uski photo pe 🐷 daalo", "大家去她的头像下面刷🐷".
The call is the verb's own form (Russian, Polish, Turkish and Arabic plural
imperatives and "let's" forms, Hinglish "daalo / bhejo / karo"), or a group
word ("semua", "大家"); the post belongs to a person by a pronoun or a
possessive suffix ("её", "jej", "fotoğrafına", "صورتها", "fotonya", "uski",
"她的") or a name after it.  Chinese also writes the emoji as its WeChat code
or its name ("[猪头]", "刷猪头"), so that rule has no emoji pre-test and is
gated by its characters instead.
"""

from __future__ import annotations

from .harm_emoji_pileon import EMOJI, GAP, INNOCENT, RUN, START
from .packs.hi._script import _n
from .packs.zh import zrule
from .rules import Rule

# -- ru (ё is read as е, й as и) ------------------------------------------------------
_CALL_RU = (r"(?:все|всем|народ|ребят|ребята|пацаны|девочки|девчонки|го|давайте|даваи|погнали|"
            r"ну|и|короче|лол|ахах\w*)")
_VERB_RU = (r"(?:ставим|ставьте|поставьте|поставим|пишем|пишите|напишите|напишем|кидаем|"
            r"кидаите|киньте|накидаите|накидаем|спамим|спамьте|заспамьте|заспамим|комментим|"
            r"комментите|закидаите|закидаем|шлите|отправьте|оставьте|оставим|оставляем|ставить|"
            r"писать|кидать|спамить|накидать|закидать|заспамить)")
_POST_RU = (r"(?:фото|фотк\w+|аву|авы|аве|аватарк\w+|авои|пост|поста|посту|посте|постом|"
            r"постами|постах|сторис|стори|историю|истории|селфи|видео|видос\w*|комменты|"
            r"комментах|комментарии|комментариях|публикаци\w+|профиль|профиле|рилс\w*|тикток\w*|"
            r"инст\w*|страниц\w+)")
_STOP_RU = (r"(?:моего|моеи|моих|моим|моему|нашего|нашеи|наших|своего|своеи|своих|твоего|твоеи|"
            r"твоих|этого|этои|этих|группы|класса|школы|канала|паблика|свиньи|свинеи|коровы|кита|"
            r"клоуна)")
_ADJ_RU = r"(?:(?:новои|новую|новым|новыи|новое|новом|последнеи|последнюю|последним|последнем) )?"
_OWNER_POST_RU = (r"(?:(?:ее|его) " + _ADJ_RU + _POST_RU + r"|" + _ADJ_RU + _POST_RU
                  + r" (?:ее|его|(?!" + _STOP_RU + r"(?![а-я]))[а-я]{2,15})|[а-я]{2,12}(?:иных|иным|"
                  r"инои|ину|иного|ином|ин) " + _ADJ_RU + _POST_RU + r")(?![а-я])")
_RU = (
    START + INNOCENT + r"(?:" + _CALL_RU + r",? ){0,3}" + _VERB_RU + r"(?![а-я])(?:"
    + GAP + RUN + GAP + r"(?:под|в|на|к) " + _OWNER_POST_RU + r"|"
    r" (?:под|в|на|к) " + _OWNER_POST_RU + GAP + RUN + r")"
)

# -- tr (ı ş ğ ö ü ç are read as i s g o u c; the verb comes last) -----------------------
_VERB_TR = (r"(?:atin|atsin|atsinlar|atalim|yazin|yazsin|yazsinlar|yazalim|yapin|yapalim|"
            r"spamlayin|spamleyin|spamlayalim|spamleyelim|spamlasin|birakin|birakalim|koyun|"
            r"koyalim|koysun|gonderin|gonderelim|doldurun|dolduralim|yagdirin|yagdiralim|basin|"
            r"basalim)")
_POST_TR = (r"(?:fotografina|fotosuna|fotolarina|fotograflarina|resmine|resimlerine|postuna|"
            r"postlarina|gonderisine|gonderilerine|hikayesine|storysine|storisine|selfiesine|"
            r"selfisine|profiline|pp'?sine|videosuna|videolarina|reelsine|tiktokuna|yorumlarina|"
            r"[a-z]+(?:sinin|sunun|inin|unun|nin|nun) (?:altina|altindaki yorumlara|yorumlarina))")
_OWNER_TR = r"(?:(?:onun|[a-z]{2,15}'?(?:nin|nun|in|un)) )?"
_TR = (
    START + INNOCENT + r"(?:(?:herkes|millet|arkadaslar|beyler|kizlar|hadi|haydi|gelin|hep beraber|"
    r"hep birlikte|toplu) ){0,3}(?:" + _OWNER_TR + r"(?:yeni |son )?" + _POST_TR + GAP + RUN + GAP
    + r"\b" + _VERB_TR + r"|" + RUN + GAP + r"\b" + _OWNER_TR + r"(?:yeni |son )?" + _POST_TR
    + r" " + _VERB_TR + r"|" + _VERB_TR + GAP + RUN + GAP + r"\b" + _OWNER_TR + r"(?:yeni |son )?"
    + _POST_TR + r")\b"
)

# -- pl (ą ę ó ł ż are read as a e o l z) ----------------------------------------------
_CALL_PL = r"(?:wszyscy|ludzie|dawajcie|chodzcie|no to|dawaj|ej|elo|ekipa|to|i|ok|haha\w*)"
_VERB_PL = (r"(?:dajcie|dajmy|wrzuccie|wrzucmy|piszcie|napiszcie|piszmy|spamujcie|spamujmy|"
            r"zaspamujcie|zaspamujmy|komentujcie|skomentujcie|komentujmy|wstawcie|wstawmy|walcie|"
            r"wysylajcie|wyslijcie|zostawcie|zostawmy|klepcie|zasypcie|zasypmy)")
_POST_PL = (r"(?:zdjeciem|zdjecie|zdjeciu|zdjecia|zdjeciach|fotka|fotke|fotce|fotkami|fotkach|"
            r"foto|postem|post|poscie|postach|selfie|relacja|relacje|relacji|relacjach|storka|"
            r"storke|story|profilowym|profilowe|profilowka|profilowke|filmikiem|filmik|filmiku|"
            r"komentarzach|komentarze|tiktoku|tiktokiem|insta|instagramie|rolce|rolka)")
_STOP_PL = (r"(?:mojej|mojego|moich|naszej|naszego|naszych|twojej|twojego|twoich|swojej|swojego|"
            r"tej|tego|tych|klasy|szkoly|grupy|swini|krowy|wieloryba|klauna)")
_ADJ_PL = r"(?:(?:nowym|nowe|nowa|nowej|ostatnim|ostatnie|ostatnia|ostatniej) )?"
_OWNER_POST_PL = (r"(?:(?:jej|jego) " + _ADJ_PL + _POST_PL + r"|" + _ADJ_PL + _POST_PL
                  + r" (?:jej|jego|(?!" + _STOP_PL + r"\b)[a-z]{2,15}))\b")
_PL = (
    START + INNOCENT + r"(?:" + _CALL_PL + r",? ){0,3}" + _VERB_PL + r"\b(?:"
    + GAP + RUN + GAP + r"\b(?:pod|na|w|do) " + _OWNER_POST_PL + r"|"
    r" (?:pod|na|w|do) " + _OWNER_POST_PL + GAP + RUN + r")"
)

# -- id ------------------------------------------------------------------------------
_CALL_ID = (r"(?:semua|semuanya|ayo|ayok|yuk|yok|guys|gaes|gengs|gais|kalian|rame2|rame rame|"
            r"rame-rame|mari|hayuk|gas|woi|wkwk\w*|pokoknya)")
_VERB_ID = (r"(?:komen|komenin|koment|komentarin|kasih|kasi|kirim|kirimin|spam|spamin|tulis|"
            r"tulisin|ramein|ramekan|serbu|isi|isiin|taruh|taro|taroh|post|posting|bom|banjiri|"
            r"banjirin|nyepam|nyepamin)")
_POST_ID = (r"(?:story|sg|snapgram|status|sw|foto|poto|postingan|post|pp|profil|selfie|video|"
            r"reels|tiktok|ig|instagram|feed|kolom komentar|komenan)")
_STOP_ID = (r"(?:aku|gue|gw|gua|saya|kita|kami|kamu|lu|lo|elu|terbaru|baru|ini|itu|sekolah|kelas|"
            r"grup|kemarin|tadi|hari|dong|ya|yuk|aja|deh|lah|biar|sampe|sampai|yang|yg|dan|terus|"
            r"trs|babi|sapi|paus|badut|wkwk\w*|haha\w*|sekarang|skrg|rame2|semua|guys)")
_OWNER_POST_ID = (r"(?:" + _POST_ID + r"nya|" + _POST_ID + r" (?:terbaru |baru )?(?:dia|si [a-z]+|"
                  r"(?!" + _STOP_ID + r"\b)[a-z]{2,15}))\b")
_ID = (
    START + INNOCENT + r"(?:" + _CALL_ID + r",? ){1,3}(?:" + _VERB_ID + r"\b" + GAP + RUN + GAP
    + r"\b(?:di|ke|pada) " + _OWNER_POST_ID + r"|" + _VERB_ID + r" (?:di |ke )?" + _OWNER_POST_ID
    + GAP + RUN + r")"
)

# -- ar (ى is read as ي, ة as ه) --------------------------------------------------------
_VERB_AR = (r"(?:حطوا|حطو|نحط|علقوا|علقو|نعلق|اكتبوا|اكتبو|نكتب|ارسلوا|ارسلو|نرسل|ابعتوا|ابعتو|"
            r"نبعت|سبام|سبموا|سبمو|نسبم|ارموا|نرمي|اغرقوا|نغرق|عبوا|نعبي|املوا|نملا|كبوا)")
_POST_AR = (r"(?:صورتها|صورته|صورها|صوره|صوره \S+|بوستها|بوسته|بوست \S+|منشورها|منشوره|منشور \S+|"
            r"ستوريها|ستوريه|ستوري \S+|حالتها|حالته|بروفايلها|بروفايله|سيلفيها|سيلفيه|سيلفي \S+|"
            r"تعليقاتها|تعليقاته|كومنتاتها|كومنتاته|فيديوها|فيديوه|فيديو \S+)")
_AR = (
    START + INNOCENT + r"(?:(?:كلكم|الكل|يلا|يا شباب|ياشباب|يا بنات|يابنات|شباب|بنات|تعالوا|"
    r"خلونا|خلينا) )*(?:" + _VERB_AR + GAP + RUN + GAP + r"(?:علي|تحت|في|ف|عند) " + _POST_AR + r"|"
    + _VERB_AR + r" (?:علي|تحت|في|ف|عند) " + _POST_AR + GAP + RUN + r")"
)

# -- hi (Hinglish and Devanagari; the verb usually comes last) ----------------------------
_OWNER_HI = r"(?:uski|uske|iski|iske|unki|unke|[a-z]{2,15} (?:ki|ke))"
_POST_HI = (r"(?:photo|photos|pic|pics|dp|selfie|post|story|status|reel|video|insta|profile|"
            r"comments?|comment section)")
_AT_HI = r"(?:pe|par|pr|mein|me|ke neeche|ke niche|ke nichey|ke nichay|ke comments mein)"
_VERB_HI = (r"(?:daalo|dalo|daal do|dal do|bhejo|bhej do|karo|kar do|likho|likh do|chipkao|"
            r"spam karo|comment karo|maaro|maro|bharo|bhar do|laga do|lagao)")
_D_OWNER = r"(?:उसकी|उसके|इसकी|इसके|उनकी|उनके|\S+ की|\S+ के)"
_D_POST = r"(?:फोटो|फ़ोटो|पिक|डीपी|सेल्फी|सेल्फ़ी|पोस्ट|स्टोरी|स्टेटस|रील|वीडियो|कमेंट्स|कमेंट)"
_D_AT = r"(?:पे|पर|में|के नीचे)"
_D_VERB = r"(?:डालो|डाल दो|भेजो|भेज दो|करो|कर दो|लिखो|लिख दो|चिपकाओ|मारो|भरो|भर दो|लगाओ|लगा दो)"
_HI_TARGET = _OWNER_HI + r" (?:nayi |new |latest |)" + _POST_HI + r" " + _AT_HI
_D_TARGET = _D_OWNER + r" (?:नई |)" + _D_POST + r" " + _D_AT
_HI = _n(
    START + INNOCENT + r"(?:(?:sab|sab log|sabhi|sare|saare|chalo|guys|bhai log|sab milke|सब|सब लोग|सभी|चलो) )?(?:"
    r"\b" + _HI_TARGET + GAP + RUN + GAP + r"\b" + _VERB_HI + r"\b|"
    + RUN + GAP + r"\b" + _VERB_HI + r" " + _HI_TARGET + r"\b|"
    r"\b" + _HI_TARGET + r" " + _VERB_HI + GAP + RUN + r"|"
    + _D_TARGET + GAP + RUN + GAP + _D_VERB + r"|" + RUN + GAP + _D_VERB + r" " + _D_TARGET + r")"
)

# -- zh (the emoji, its WeChat code "[猪头]" or its name after the verb) ------------------
_ZH_EMOJI = ("(?:[" + "".join(EMOJI) + r"]|\[(?:猪头|便便|小丑|吐)\]|猪头|肥猪|母猪|猪|小丑|便便|大便|屎|母牛|"
             r"肥牛|鲸鱼|老鼠|蟑螂)")
_ZH = (
    r"(?:大家|都|一起|我们|咱们|兄弟们|姐妹们|家人们|各位|所有人|全班|去|快|来)[^。!?]{0,8}"
    r"(?:她|他|[\u4e00-\u9fff]{1,3}的)[^。!?]{0,3}"
    r"(?:头像|照片|自拍|动态|朋友圈|微博|视频|帖子|主页|评论区|空间|抖音|快手|小红书|新照片|ins|story)"
    r"[^。!?]{0,5}(?:刷|评论|发|留言|扣|打|贴|回复)[^。!?]{0,4}" + _ZH_EMOJI
    # the post is really about the animal: "她最喜欢小猪佩奇", a pet, a farm, a zoo
    + r"(?![^。!?]{0,20}(?:(?:喜欢|爱)(?:猪|小猪|牛|鲸|小丑)|佩奇|宠物|农场|动物园|万圣节))"
)

SOURCES: list[tuple[str, str]] = [
    ("ставим ставьте поставьте поставим пишем пишите напишите напишем кидаем кидаите киньте "
     "накидаите накидаем спамим спамьте заспамьте заспамим комментим комментите закидаите закидаем "
     "шлите отправьте оставьте оставим оставляем ставить писать кидать спамить накидать закидать "
     "заспамить", _RU),
    ("atin atsin atsinlar atalim yazin yazsin yazsinlar yazalim yapin yapalim spamlayin spamleyin "
     "spamlayalim spamleyelim spamlasin birakin birakalim koyun koyalim koysun gonderin gonderelim "
     "doldurun dolduralim yagdirin yagdiralim basin basalim", _TR),
    ("dajcie dajmy wrzuccie wrzucmy piszcie napiszcie piszmy spamujcie spamujmy zaspamujcie "
     "zaspamujmy komentujcie skomentujcie komentujmy wstawcie wstawmy walcie wysylajcie wyslijcie "
     "zostawcie zostawmy klepcie zasypcie zasypmy", _PL),
    ("komen komenin koment komentarin kasih kasi kirim kirimin spam spamin tulis tulisin ramein "
     "ramekan serbu isi isiin taruh taro taroh post posting bom banjiri banjirin nyepam nyepamin",
     _ID),
    ("حطوا حطو نحط علقوا علقو نعلق اكتبوا اكتبو نكتب ارسلوا ارسلو نرسل ابعتوا ابعتو نبعت سبام "
     "سبموا سبمو نسبم ارموا نرمي اغرقوا نغرق عبوا نعبي املوا نملا كبوا", _AR),
    (_n("daalo dalo daal dal bhejo bhej karo kar likho likh chipkao maaro maro bharo bhar laga "
        "lagao डालो डाल भेजो भेज करो कर लिखो लिख चिपकाओ मारो भरो भर लगाओ लगा"), _HI),
]

ZH_RULE: Rule = zrule("bullying:emoji_pileon", "bullying", "刷 评 发 留 扣 打 贴 回", _ZH)
