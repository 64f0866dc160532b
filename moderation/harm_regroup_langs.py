"""Shutting a classmate out by re-creating the group chat without them, in ru ar
tr pl id hi zh (the shapes of harm_regroup.py - read its docstring first;
appended to `harm.RULES`).

"создаём новый чат без димы", "делаем новую беседу без неё", "سويت قروب جديد
بدونه", "ayşesiz yeni grup açtım", "yeni grup kuruyoruz ayşe olmadan", "robimy
nową grupę bez kasi", "bikin grup baru tanpa rina yuk", "priya ke bina naya gc
bana lo", "新建一个群，不拉小明".  The verb's own form says who makes the group
(Russian, Polish, Turkish first persons and imperatives; "они создали", "mereka
bikin", "unhone banaya", "他们建了" are reports and are not matched); the
person left out is a pronoun or a name-like word that is not the writer, a bot,
spam, the parents, a teacher or the phones.  The same excuses as in English
follow the match (`harm_regroup._AFTER`: a surprise, a birthday, a hack, a full
group, a report).
"""

from __future__ import annotations

from .harm_regroup import _AFTER
from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

# -- ru (й is read as и, ё as е) ------------------------------------------------------
_MAKE_RU = (r"(?:создаем|создадим|создам|создаю|сделаем|делаем|сделаю|делаю|замутим|мутим|"
            r"пересоздадим|пересоздаем|пересоздам|пересоздаю|переделаем|создаите|создаи|сделаите|"
            r"сделаи|замутите|(?:я|мы) (?:создал|создала|создали|сделал|сделала|сделали|замутил|"
            r"замутила|замутили|пересоздал|пересоздала|пересоздали))")
_GC_RU = r"(?:чат|беседу|группу|конфу|конференцию|чатик|беседа|группа|гк|тгк)"
_NEW_RU = (r"(?:(?:новыи|новую|новое|новая|другои|другую|второи|вторую|отдельныи|отдельную|свои|свою|"
           r"еще один|еще одну|наш|нашу) )")
_STOP_RU = (r"(?:меня|нас|ботов|бота|спама|спамеров|родителеи|родаков|учителеи|учителя|учительницы|"
            r"класснои|взрослых|чужих|посторонних|левых|телефонов|уведомлении|рекламы|правил|мата|"
            r"никого|проблем|ссылок|смысла|причины|повода|лишних|мусора|флуда|оффтопа|понятия|"
            r"лимита|ограничении|админов|админа|модеров|мамы|папы|шуток|понтов|всех)")
_END_RU = (r"(?= ?$| [.!?,]| (?:лол|ахах\w*|хах\w*|хаха\w*|кек|и|заходите|всем|плиз|пж|пжл|ок|потому|"
           r"т к|а|чтобы|вообще|короче|кароче|ясно|сегодня|теперь|щас|сеичас|уже|типо|тип|норм|го|"
           r"все|бро|xd|ну|раз)\b)")
_WHO_RU = r"(?:нее|него|них|тебя|этои|этого|(?!" + _STOP_RU + r"\b)[а-я][а-я-]{1,15})" + _END_RU
_OUT_RU = r"(?:без|кроме) " + _WHO_RU + r"|и (?:не добавляем|не зовем|не кидаем|не приглашаем) " + _WHO_RU

# -- ar (ة is read as ه, أ as ا) ------------------------------------------------------
_MAKE_AR = (r"(?:سويت|سوينا|بسوي|بنسوي|نسوي|سوو|سووا|سوي|خلونا نسوي|خلينا نسوي|خلونا نعمل|خلينا نعمل|"
            r"لنعمل|لننشئ|نعمل|عملت|عملنا|هعمل|حعمل|بعمل|بنعمل|هنعمل|انشات|انشانا|انشئ|ننشئ|فتحت|"
            r"فتحنا|نفتح|بفتح|بنفتح|افتحوا|اعملوا)")
_GC_AR = r"(?:مجموعه|قروب|جروب|غروب|كروب|شات|محادثه|جروپ)(?: (?:جديده|جديد|ثانيه|ثاني|تانيه|تاني|واتس))*"
_STOP_AR = (r"(?:البوت|بوت|الاهل|اهالي|اهل|المعلم|المعلمه|المدرس|المدرسه|الاستاذ|الاستاذه|الكبار|"
            r"الغرباء|غرباء|سبام|الاعلانات|اعلانات|جوالات|الجوالات|جوال|تلفونات|موبايلات|اشعارات|"
            r"الاشعارات|قوانين|احد|مشاكل|ازعاج|سبب|ي|نا)")
_END_AR = r"(?= ?$| [.!?،,]| (?:هه\w*|خخ\w*|لول|و\S*|يلا|ادخلوا|تعالوا|عشان|لان|بس|اوكي|طيب)\b)"
_OUT_AR = (r"(?:بدونه|بدونها|بدونك|بدونهم|(?:بدون|من غير|ما عدا|الا|غير) (?!" + _STOP_AR + r"\b)\S{2,15}"
           + _END_AR + r")")

# -- tr (ı ş ğ ö ü ç are read as i s g o u c) ----------------------------------------
_MAKE_TR = (r"(?:kuruyoruz|kuralim|kurdum|kurduk|kuracagim|kuracagiz|kuruyorum|kurun|aciyoruz|"
            r"acalim|actim|actik|acacagim|acacagiz|aciyorum|acin|yapiyoruz|yapalim|yaptim|yaptik|"
            r"yapacagim|yapacagiz|yapiyorum|yapin|olusturuyoruz|olusturalim|olusturdum|olusturduk|"
            r"olusturacagim|olusturacagiz|olusturuyorum|olusturun)")
_GC_TR = (r"(?:(?:yeni|baska|ikinci|ayri|gizli|bir) )*(?:grup|grubu|gc|sohbet|grup sohbeti|"
          r"konusma|grubunu)")
_STOP_TR = (r"(?:ben|benim|biz|bot|spam|reklam|kural|ses|gerek|anlam|akil|ogretmen|hoca|veli|aile|"
            r"anne|baba|yetiskin|yabanci|telefon|bildirim|sinir|sebep|neden|dert|sorun|cep|internet|"
            r"kimse|ebeveyn|hic|yalan|tuz|seker|para|ucret|mola|ara|hata|bug|kufur|argo|ust|alt|amac|"
            r"hedef|plan|izin|sifre|parola|kuralla|dert|derdi|sebep|son|bitmek|tukenmek|bo|bot|"
            r"gurultu|kavga|drama|oyun|dusunce)")
_WHO_TR = r"\b(?!" + _STOP_TR + r"\b)[a-z]{2,14}"
# "ayşesiz" (without Ayşe), not "reklamsız" (ad-free), "sessiz" (quiet)
_SIZ_TR = r"\b(?!" + _STOP_TR + r"'?(?:siz|suz)\b)[a-z]{2,14}'?(?:siz|suz)"
_OUT_TR = (r"(?:onsuz|sensiz|" + _SIZ_TR + r"|" + _WHO_TR + r" olmadan|\b(?:onu|seni|"
           + _WHO_TR + r"'?(?:i|yi|u|yu)) (?:eklemeden|almadan|cagirmadan|eklemeyin|eklemeyelim|"
           r"eklemiyoruz|almayin|almayalim|almiyoruz|cagirmayin))\b")

# -- pl (ą ę ó ł ż are read as a e o l z) ----------------------------------------------
_MAKE_PL = (r"(?:robimy|zrobmy|zrobimy|zrobilem|zrobilam|zrobilismy|zrobilysmy|tworzymy|stworzmy|"
            r"stworzymy|stworzylem|stworzylam|stworzylismy|zakladam|zakladamy|zalozmy|zalozymy|"
            r"zalozylem|zalozylam|zalozylismy|robie|zrobie|stworze|zaloze|tworze|otwieramy|otworzmy)")
_GC_PL = (r"(?:(?:nowa|nowy|nowego|druga|drugi|inna|inny|osobna|osobny|oddzielna|oddzielny|tajna|"
          r"tajny|sekretna) )*(?:grupe|grupke|czat|chat|gc|konfe|konfa|serwer|grupa|konwe)")
_STOP_PL = (r"(?:mnie|nas|botow|bota|spamu|rodzicow|nauczycieli|nauczyciela|nauczycielki|"
            r"wychowawczyni|wychowawcy|doroslych|obcych|telefonow|powiadomien|reklam|zasad|nikogo|"
            r"limitu|powodu|sensu|problemu|dram|klotni|przeklenstw|sensu|spiny|mamy|taty)")
_END_PL = (r"(?= ?$| [.!?,]| (?:haha\w*|xd+|lol|i|a|bo|zeby|ok|okej|dzis|teraz|wbijajcie|wchodzcie|"
           r"wiadomo|oczywiscie|serio|elo|no)\b)")
_WHO_PL = r"(?:niej|niego|nich|ciebie|tej|tego|(?!" + _STOP_PL + r"\b)[a-z][a-z-]{1,14})" + _END_PL
_OUT_PL = r"(?:bez|oprocz|procz) " + _WHO_PL + r"|i nie (?:dodajemy|zapraszamy|dodawajcie|dodawaj) " + _WHO_PL

# -- id -----------------------------------------------------------------------------
_MAKE_ID = (r"(?<!mereka )(?<!dia )(?<!pada )(?<!doi )(?<!anak2 )\b(?:(?:kita|gue|gw|aku|w|gua|ane|saya|"
            r"kami|ayo|yuk|yok|mending|mau|udah|dah) )?(?:bikin|buat|bkin|bkn|bikinin|membuat|"
            r"ngebikin|ngebuat)")
_GC_ID = r"(?:grup|group|gc|grub|grupchat|groupchat)(?: (?:baru|lagi|lain|cadangan|rahasia|kedua))+"
_STOP_ID = (r"(?:aku|gue|gw|saya|kita|kami|bot|spam|ortu|orang|guru|wali|walas|admin|hp|notif|iklan|"
            r"aturan|siapa|siapapun|batas|alasan|drama|ribut|beban|mama|papa|bapak|ibu|nyokap|"
            r"bokap|ragu|basa|nunggu|izin|ijin|ribet)")
_WHO_ID = r"(?:dia|doi|lo|lu|elo|elu|kamu|si \w+|(?!" + _STOP_ID + r"\b)[a-z]{2,14})"
_END_ID = (r"(?= ?$| [.!?,]| (?:yuk|yok|ayo|aja|ajah|deh|dong|wkwk\w*|haha\w*|ya|gas|lah|sih|nih|kuy|"
           r"buruan|join|masuk|biar|soalnya|krn|karena|terus|trs|skrg|sekarang|lagi|ok|oke)\b)")
_OUT_ID = (r"(?:tanpa|kecuali) " + _WHO_ID + _END_ID + r"|(?:gak usah|gausah|ga usah|nggak usah|"
           r"jangan|jgn|gk usah|g usah|gausa|ngga usah) (?:masukin|ajak|undang|add|invite|masukkin|"
           r"diajak|dimasukin|dimasukkin|diundang|diadd) " + _WHO_ID + r"\b")

# -- hi (Hinglish, romanised) ----------------------------------------------------------
_GC_HI = (r"(?:(?:naya|nya|new|dusra|doosra|alag|ek aur|ek naya|nayi|nai) (?:group|grp|gc|chat|grup)|"
          r"(?:group|grp|gc) (?:naya|new|nayi))")
_MAKE_HI = (r"(?:bana|banao|banate|banaya|banayenge|banaenge|banata|banati|banaunga|banaungi|bna|"
            r"bnate|bnaya|bnao|create kar\w*|create kiya|khol|kholte|khola|kholo|kholenge)")
_STOP_HI = (r"(?:mere|mujhe|hamare|humare|hum|bot|spam|parents|mummy|papa|teacher|sir|maam|madam|"
            r"bade|log|phone|phones|ads|gaali|gali|kisi|koi|wajah|matlab|notification|ghar|sabke)")
_WHO_HI = r"(?:uske|uski|usko|unke|unko|tere|tera|tumhare|tujhe|(?!" + _STOP_HI + r"\b)[a-z]{2,14})"
_OUT_HI = (r"(?:bina|bagair) " + _WHO_HI + r"(?: ke| ki)?|" + _WHO_HI + r" (?:ke|ki) (?:bina|bagair|"
           r"alawa)|(?:bina|bagair) (?:uske|unke|tere|tumhare)|(?:usko|unko|isko|tereko|" + _WHO_HI
           + r" ko) (?:mat|nahi|nhi|na|"
           r"mt) (?:add|daalna|dalna|daalo|dalo|lena|lo|daal|dal|bulana|bulao)|" + _WHO_HI
           + r" ko (?:chhod|chod)(?: ?ke| kar)")
_THIRD_HI = r"(?<!unhone )(?<!usne )(?<!unlogo ne )(?<!unlogon ne )(?<!wo log )(?<!woh log )"

# -- zh (matched on the normalised text; "，" is read as ",") ------------------------------
_ZH_MAKE = r"(?<!他们)(?<!她们)(?<!有人)(?<!他)(?<!她)(?:新建|创建|重建|另建|建|拉|开|弄|组|搞)"
_ZH_GC = r"(?:了|个|一个|了个|了一个|一下)*(?:新|小|另一个|另外一个)?的?(?:群聊|小群|新群|微信群|qq群|群)"
_ZH_STOP = r"(?!我|咱|机器人|家长|老师|广告|陌生人|大人|爸妈|父母|外人|骗子)"
_ZH_AFTER = r"(?![\s\S]*?(?:惊喜|生日|礼物|派对|广告|机器人|被盗|满了|举报))"

RULES: list[Rule] = [
    rule("bullying:regroup", "bullying",
         "создаем создадим создам создаю сделаем делаем сделаю делаю замутим мутим пересоздадим "
         "пересоздаем пересоздам пересоздаю переделаем создаите создаи сделаите сделаи замутите "
         "создал создала создали сделал сделала сделали замутил замутила замутили пересоздал "
         "пересоздала пересоздали новыи новую",
         r"\b" + _MAKE_RU + _AFTER + r" (?:\S+ )??" + _NEW_RU + r"*" + _GC_RU
         + r"(?: [^.!?\s]+){0,3}? (?:" + _OUT_RU + r")|(?:^|(?<=[.!?] ))" + _NEW_RU + _GC_RU + _AFTER
         + r"(?: [^.!?\s]+){0,3}? (?:" + _OUT_RU + r")",
         requires="без кроме не"),
    rule("bullying:regroup", "bullying",
         "سويت سوينا بسوي بنسوي نسوي سوو سووا سوي لنعمل لننشئ نعمل عملت عملنا هعمل حعمل بعمل بنعمل "
         "هنعمل انشات انشانا انشئ ننشئ فتحت فتحنا نفتح بفتح بنفتح افتحوا اعملوا قروب جروب مجموعه",
         r"\b" + _MAKE_AR + _AFTER + r" (?:\S+ )??" + _GC_AR + r"(?: [^.!?\s]+){0,3}? " + _OUT_AR
         + r"|(?:^|(?<=[.!?] ))" + _GC_AR + _AFTER + r"(?: [^.!?\s]+){0,2}? " + _OUT_AR,
         requires="بدونه بدونها بدونك بدونهم بدون غير عدا الا"),
    rule("bullying:regroup", "bullying",
         "kuruyoruz kuralim kurdum kurduk kuracagim kuracagiz kuruyorum kurun aciyoruz acalim actim "
         "actik acacagim acacagiz aciyorum acin yapiyoruz yapalim yaptim yaptik yapacagim "
         "yapacagiz yapiyorum yapin olusturuyoruz olusturalim olusturdum olusturduk olusturacagim "
         "olusturacagiz olusturuyorum olusturun",
         r"\b" + _OUT_TR + r"(?: [^.!?\s]+){0,3}? " + _GC_TR + _AFTER + r"(?: [^.!?\s]+){0,2}? "
         + _MAKE_TR + r"\b|\b" + _GC_TR + r"(?: [^.!?\s]+){0,2}? " + _MAKE_TR + _AFTER
         + r"(?: [^.!?\s]+){0,3}? " + _OUT_TR),
    rule("bullying:regroup", "bullying",
         "robimy zrobmy zrobimy zrobilem zrobilam zrobilismy zrobilysmy tworzymy stworzmy stworzymy "
         "stworzylem stworzylam stworzylismy zakladam zakladamy zalozmy zalozymy zalozylem "
         "zalozylam zalozylismy robie zrobie stworze zaloze tworze otwieramy otworzmy nowa nowy",
         r"\b" + _MAKE_PL + _AFTER + r" (?:\S+ )??" + _GC_PL + r"(?: [^.!?\s]+){0,3}? (?:" + _OUT_PL
         + r")|(?:^|(?<=[.!?] ))(?:nowa|nowy) (?:grupa|czat|chat|gc|konfa)" + _AFTER
         + r"(?: [^.!?\s]+){0,3}? (?:" + _OUT_PL + r")",
         requires="bez oprocz procz nie"),
    rule("bullying:regroup", "bullying", "bikin buat bkin bkn bikinin membuat ngebikin ngebuat",
         _MAKE_ID + _AFTER + r" (?:\S+ )??" + _GC_ID + r"(?: [^.!?\s]+){0,3}? (?:" + _OUT_ID + r")",
         requires="baru lagi lain cadangan rahasia kedua"),
    rule("bullying:regroup", "bullying",
         "bana banao banate banaya banayenge banaenge banata banati banaunga banaungi bna bnate "
         "bnaya bnao create khol kholte khola kholo kholenge",
         _THIRD_HI + r"\b(?:" + _OUT_HI + r")(?: [^.!?\s]+){0,3}? " + _GC_HI + _AFTER
         + r"(?: [^.!?\s]+){0,2}? " + _MAKE_HI + r"|" + _THIRD_HI + r"\b" + _GC_HI
         + r"(?: [^.!?\s]+){0,2}? " + _MAKE_HI + _AFTER + r"(?: [^.!?\s]+){0,4}? (?:" + _OUT_HI
         + r")\b",
         requires="bina bagair alawa mat nahi nhi na mt chhod chod"),
    # Devanagari: "राहुल के बिना नया ग्रुप बनाते हैं", "नया ग्रुप बनाओ बिना उसके"
    _r("bullying:regroup", "bullying", "ग्रुप ग्रूप चैट",
       r"(?:(?!मेरे|हमारे|टीचर|मम्मी|पापा|बॉट)\S+ के बिना|बिना \S+ के|उसके बिना|बिना उसके)"
       r"(?: \S+){0,3}? (?:नया|नई|दूसरा) (?:ग्रुप|ग्रूप|चैट)(?: \S+){0,2}? बना|"
       r"(?:नया|नई|दूसरा) (?:ग्रुप|ग्रूप|चैट)(?: \S+){0,2}? बना\S*(?: \S+){0,3}? "
       r"(?:बिना (?!मेरे|हमारे)\S+ के|(?!मेरे|हमारे)\S+ के बिना|बिना उसके|उसके बिना)",
       quoted=False),
    zrule("bullying:regroup", "bullying", "群",
          _ZH_MAKE + _ZH_GC + _ZH_AFTER + r"[^。!?]{0,8}?(?:不拉|不要|不带|别拉|别加|不加|没有|不让|不叫|"
          r"不邀请|别叫|别带)" + _ZH_STOP + r"[^。!?,\s]{1,4}|"
          + _ZH_MAKE + r"(?:了|个|一个|了个)*没有" + _ZH_STOP + r"[^。!?,\s]{1,4}?的(?:新)?群" + _ZH_AFTER
          + r"|(?:不拉|别拉|不加|别加|不带)" + _ZH_STOP + r"[^。!?,\s]{1,4}[,，]?(?:我们)?(?:重新|再)"
          r"(?:建|拉|开)(?:了|个|一个)*(?:新)?群" + _ZH_AFTER),
]
