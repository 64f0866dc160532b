"""Turkish grooming rules: secrecy, moving to another app, photo and camera
requests, personal questions (age, home alone, where the reader lives and
goes to school), meeting offers and gifts for favours."""

from __future__ import annotations

from ...rules import Rule
from ._words import APPS, APPS_CASE, GAME, PHOTO_OBJECT, directed

# "kimseye söyleme ama ben Ahmet'ten hoşlanıyorum": the writer's own confidence
_CONFIDING = r"(?! (?:ama|fakat|ancak) (?:ben|benim)\b(?![^.!?]*\b(?:sen\w*|seni|sana)\b))"

GROOMING: list[Rule] = [
    # -- secrecy ------------------------------------------------------------
    directed("grooming:secrecy", "grooming",
         "soyleme soleme soylemeyin anlatma anlatmayin deme gosterme bahsetme",
         r"(?<!sifreni )(?<!sifreyi )(?<!sifrenizi )(?<!parolani )\b(?:kimseye|annene|babana|"
         r"annenlere|ailene|anne babana|ogretmenine|ogretmene|arkadaslarina|abine|ablana|kardesine) "
         r"(?:\w+ ){0,3}?(?:soyleme|soleme|soylemeyin|anlatma|anlatmayin|bir sey deme|birsey deme|"
         r"gosterme|bahsetme)\b" + _CONFIDING),
    directed("grooming:secrecy", "grooming",
         "sirrimiz sir aramizda bilmesin silelim sil silersin silsene temizle temizleyelim unutma",
         r"\bbu (?:bizim )?(?:kucuk )?sirrimiz(?: olsun| olacak)?\b|\b(?:bu |her sey |bunlar )?"
         r"aramizda (?:kalsin|kalacak)\b|\bkimse(?:nin)? (?:bilmesin|bilmeyecek|duymasin|"
         r"ogrenmesin|bilmemeli)\b|\b(?:mesajlari|mesajlarimizi|konusmamizi|sohbeti|sohbetimizi|"
         r"yazismalari|yazismamizi) (?:\w+ )?(?:sil|silelim|sil hemen|temizle)\b|"
         # "konuşmalarımızı sil olur mu?": our chats, any of their plural forms
         r"\b(?:mesaj|konusma|sohbet|yazisma|mesajlasma|chat|dm)\w*(?:imizi|mizi|umuzu|muzu)\b (?:\w+ )?"
         r"(?:sil|silelim|silersin|siler misin|silsene|silmeyi unutma|temizle|temizleyelim)\b"),
    # -- moving off-platform -------------------------------------------------
    directed("grooming:off_platform", "grooming",
         "yaz konusalim gecelim gel ekle eklesene yazsana at atsana ver versene verir numarani "
         "numaran hesabini instani snapini discordunu",
         r"\b" + APPS + r" (?:\w+ )?(?:yaz|yazsana|konusalim|gecelim|eklesene|atsana)\b" + GAME
         + r"|\b" + APPS_CASE + r" (?:\w+ )?(?:gel|ekle|at)\b" + GAME + r"|"
         r"\b(?:numarani|numarani da|telefon numarani|tel nonu|snapini|instani|instagramini|"
         r"hesabini|kullanici adini|discordunu|tg'ni) (?:\w+ )?(?:ver|verir misin|versene|at|"
         r"atar misin|atsana|yaz|yazar misin|alabilir miyim)\b|"
         r"\b(?:numaran|snapin|instan|discordun|telegramin|whatsappin) var mi\b ?\?"),
    directed("grooming:off_platform", "grooming",
         "goruntulu arayalim arayim konusalim kamerani kamerayi ac acar acsana",
         r"\b(?:goruntulu|gorntulu|video call|vc) (?:\w+ )?(?:arayalim|konusalim|arayim|atayim|"
         r"gorusme yapalim)\b(?![^.!?]{0,30}\b(?:odev\w*|proje\w*|ders\w*|sinav\w*|"
         r"calismak|calisalim)\b)|\b(?:kamerani|kamerayi) (?:\w+ )?(?:ac|acar misin|acsana|acar misn)\b"),
    # -- photos ----------------------------------------------------------------
    directed("grooming:photo_request", "grooming",
         "at atar atsana atarmisin gonder gonderir gonderirmisin yolla yollar yollasana goster "
         "gosterir gostersene cek",
         r"\b" + PHOTO_OBJECT + r"(?:bir |bi |bana |kendi |senin )*(?:fotografini|fotografin|"
         r"fotoni|fotonu|resmini|resmin|selfieni|selfie|picture|videonu|yuzunu|foto|fotograf) (?:\w+ )?"
         r"(?:at|atar misin|atar misn|atarmisin|atsana|gonder|gonderir misin|gondersene|yolla|"
         r"yollar misin|yollasana|goster|gosterir misin|gostersene|cek at|cekip at)\b"
         r"(?! (?:\w+ )?(?:odev\w*|proje\w*|gruba|sinif\w*))"),
    directed("grooming:photo_request", "grooming",
         "gormek gorebilir nasil gorunuyorsun neye benziyorsun",
         r"\b(?:seni|yuzunu) (?:(?!\w+(?:de|da|te|ta)\b)\w+ )?gormek istiyorum\b(?! (?:\w+ )?(?:konser\w*|"
         r"okul\w*|mac\w*|sahne\w*))|\bseni gorebilir miyim\b ?\?|\bnasil (?:biri(?:sin)?|gorunuyorsun)\b ?\?|"
         r"\bneye benziyorsun\b"),
    # -- personal questions -------------------------------------------------------
    directed("grooming:personal_questions", "grooming",
         "yasindasin yasinda yasin oturuyorsun yasiyorsun okula okuyorsun evde yalniz annen "
         "annenler baban ailen geliyor gelir",
         r"\bkac (?:\w+ )?yasindasin\b|\byasin kac\b|\bnerede (?:\w+ )?(?:oturuyorsun|yasiyorsun|"
         r"kaliyorsun)\b|\bnerde (?:\w+ )?(?:oturuyon|oturuyorsun|yasiyorsun)\b|"
         r"\bhangi (?:okula gidiyorsun|okuldasin|okulda okuyorsun|semtte\w*|mahallede\w*)\b|"
         r"\bevde (?:tek basina |yalniz )?(?:misin|yalniz misin|tek misin|kimse var mi)\b|"
         r"\b(?:su an )?(?:yalniz misin|tek basina misin)\b|"
         r"\b(?:annen|baban|annenler|ailen|annenle baban) (?:\w+ )?(?:evde mi|evde yok mu|ne zaman "
         r"(?:geliyor|gelir|gelecek|cikiyor|isten donuyor|donuyor))\b"),
    # -- meeting -------------------------------------------------------------------
    directed("grooming:meeting", "grooming",
         "bulusalim bulusmak bulusabilir bulusak gorusmek gorusebilir gorusuruz alabilirim alirim gelebilirim "
         "gelirim gel",
         r"\b(?<!oyunda )(?<!discordda )(?<!online )(?:bulusalim|bulusmak ister misin|"
         r"bulusabilir miyiz|yuz yuze gorusmek|yuz yuze gorusebilir miyiz|bulusak mi)\b" + GAME
         + r"(?! (?:\w+ )?(?:discord\w*|oyunda|zoom\w*|online))|"
         r"\b(?:seni|seni de) (?:\w+ )?(?:okuldan|okulun onunden|evinden|evden) (?:\w+ )?"
         r"(?:alabilirim|alirim|alicam|alacagim|almaya gelirim)\b|"
         r"\b(?:evine|yanina) (?:\w+ )?(?:gelebilirim|gelirim|gelicem|gelecegim|gelsem)\b|"
         r"\b(?:tek basina|yalniz) gel\b|\bkimseye (?:soylemeden|haber vermeden) gel\b"),
    # -- gifts for photos / favours ------------------------------------------------
    directed("grooming:gifts", "grooming",
         "icin karsiliginda atarsan gonderirsen yollarsan veririm gonderirim yuklerim",
         r"\b(?:robux|vbucks|v bucks|uc|elmas\w*|skin\w*|para|hediye\w*|bakiye|kart) (?:\w+ ){0,3}?"
         r"(?:veririm|alirim|gonderirim|yuklerim|atarim)\b[^.!?]{0,30}?\b(?:foto\w*|resm\w*|"
         r"selfie\w*|video\w*)\b|\b(?:foto\w*|resm\w*|selfie\w*|video\w*) (?:\w+ )?(?:icin|"
         r"karsiliginda|atarsan|gonderirsen|yollarsan) (?:\w+ ){0,3}?(?:robux|vbucks|v bucks|uc|"
         r"elmas\w*|skin\w*|para|hediye\w*|bakiye)\b"),
]
