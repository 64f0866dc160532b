"""Russian grooming rules: secrecy, moving to another app, photo requests,
personal questions, meeting, gifts and game currency for favours.
"""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import _GAME_CTX

_APPS_RU = (
    r"(?:телеграм\w*|телегу|телеге|телега|тг|тгк|вотсап\w*|ватсап\w*|вацап\w*|ватс|whatsapp|"
    r"telegram|снап\w*|snap|инст\w*|instagram|дискорд\w*|discord|вк|вконтакте|личку|личке|лс|"
    r"личные сообщения|личных сообщениях|скаип\w*|вайбер\w*|тикток\w*)"
)
_APPS_TR = (
    r"(?:telegu|telegram\w*|tg|tgk|vk|vkontakte|vatsap\w*|whatsapp|watsap\w*|lichku|lichke|ls|"
    r"snap\w*|insta\w*|instu|discord|diskord\w*|tiktok)"
)
_PHOTO_RU = r"(?:фото\w*|фотк\w*|фоточк\w*|фотографи\w*|селфи|видео\w*|кружоч\w*|кружок|снимок|снимки)"
_PHOTO_TR = r"(?:foto\w*|fotk\w*|fotochk\w*|selfi|selfie|video|kruzhok)"
# what a schoolmate asks a photo *of* (homework, the board): not a self photo
_PHOTO_OBJECT = (
    r"\b(?! (?:\w+ )?(?:домашк\w*|дз|задани\w*|расписани\w*|конспект\w*|тетрад\w*|доск\w*|учебник\w*|"
    r"страниц\w*|котик\w*|кота|кошк\w*|собак\w*|пес\w*|пейзаж\w*|мем\w*|скрин\w*|экрана|ответ\w*|"
    r"с (?:поездки|лагеря|праздника|концерта|урока|экскурсии|моря|дня рождения|выпускного)|"
    r"класса|нашего|кроссовок|торта|рисунк\w*|поделк\w*|проекта))"
)
_CURRENCY_RU = (
    r"(?:робукс\w*|robux|гем\w*|скин\w*|вбакс\w*|в баксы|алмаз\w*|донат\w*|деньг\w*|денег|голд\w*|"
    r"пропуск\w*|подписк\w*|нитро|кристалл\w*|рубл\w*|руб|баксов|подар\w*|карт\w* (?:стим|steam))"
)


GROOMING: list[Rule] = [
    # -- secrecy ----------------------------------------------------------
    rule("grooming:secrecy", "grooming",
         "говори рассказывай показывай пиши говорите",
         r"\b(?:не|ничего не) (?:говори|рассказывай|показывай|пиши|говорите) (?:\w+ ){0,3}?"
         r"(?:родителям|маме|папе|родакам|предкам|взрослым|учителям|учительнице|классной|никому|"
         r"подругам|друзьям|брату|сестре|бабушке|психологу)\b"),
    rule("grooming:secrecy", "grooming", "секрет секретом между тайне тайнои узнает знать",
         r"\bэто (?:будет |останется )?(?:наш|нашим) (?:маленький |маленьким |общий |общим )?"
         r"секрет(?:ом)?\b|\b(?:пусть|давай) (?:это |все |наше общение )?(?:останется|будет) "
         r"(?:только )?(?:между нами|нашим (?:маленьким )?секретом|в секрете|в тайне)\b|"
         r"\b(?:только|все это|это) между нами\b|\bникто (?:ничего )?не (?:узнает|должен (?:\w+ )?"
         r"(?:знать|узнать))\b|\bсохрани (?:это )?в (?:секрете|тайне)\b",
         requires="это пусть давай только никто сохрани"),
    rule("grooming:secrecy", "grooming", "удали удалите сотри почисти",
         r"\b(?:удали|удалите|сотри|почисти) (?:\w+ )?(?:нашу |всю |эту |наши |все |наш )?(?:переписк\w*"
         r"|диалог|чат|сообщени\w*|историю)\b"),
    rule("grooming:secrecy", "grooming",
         "govori rasskazyvai rasskazyvaj sekret mezhdu nami perepisku",
         r"\b(?:ne|nikomu ne) (?:govori|rasskazyvai|rasskazyvaj|pishi) (?:\w+ )?(?:roditelyam|"
         r"roditeljam|mame|pape|nikomu|predkam|rodakam|vzroslym)\b|\bnikomu ne (?:govori|"
         r"rasskazyvai|rasskazyvaj)\b|\b(?:eto )?nash (?:malenkii |malenkiy |malenkij )?sekret\b|"
         r"\b(?:tolko |eto )mezhdu nami\b|\budali (?:nashu |vsu |vsyu )?perepisku\b"),
    # -- trust / "only I understand you" ---------------------------------
    rule("grooming:trust", "grooming",
         "понимаю доверять доверься доверяи понимают поимут особенная особенный взрослая взрослыи "
         "старше такая такои",
         r"\bя (?:\w+ )?понимаю тебя (?:лучше|как никто)\b|\bя тебя (?:\w+ )?понимаю (?:лучше (?:чем|"
         r"всех|них)|как никто)\b|\bты не (?:такая|такои) как (?:все|другие|остальные)\b|"
         r"\bтолько я (?:тебя )?(?:\w+ ){0,2}?(?:понимаю|"
         r"пойму|ценю|люблю по настоящему)\b|\b(?:ты )?(?:можешь|можеш) мне (?:\w+ )?доверять\b|"
         r"\b(?:доверься|доверяи) мне\b|\b(?:твои |эти )?(?:родители|предки|родаки|взрослые) "
         r"(?:тебя )?(?:не понимают|не поимут|не поимут тебя|тебя не понимают)\b|"
         r"\bты (?:такая |такой |очень )?(?:особенная|особенный) для меня\b|"
         r"\bты (?:\w+ )?(?:выглядишь|кажешься) (?:намного |гораздо )?(?:старше|взрослее)\b|"
         r"\bты (?:такая |такой |очень |слишком )?(?:взрослая|взрослыи|зрелая|зрелыи) для (?:своих"
         r" лет|своего возраста|\d+)\b"),
    rule("grooming:trust", "grooming",
         "ponimayu ponimaju ponimau doveryat doverjat doverys doveris",
         r"\b(?:ya|you|ja) (?:\w+ )?(?:ponimayu|ponimaju|ponimau) (?:tebya|tebja|tebia) (?:luchshe|"
         r"kak nikto)\b|\b(?:mozhesh|mojesh|mozhesh') mne (?:doveryat|doverjat|doveryat')\b|"
         r"\b(?:doverys|doveris|doveris') mne\b"),
    # -- moving off-platform ----------------------------------------------
    rule("grooming:off_platform", "grooming",
         "пошли может перейдем переидем переходим продолжим пообщаемся поговорим спишемся "
         "пишите напишешь пиши напиши",
         r"\b(?:пошли|может|переидем|переходим|давай|давайте|го) (?:лучше |сразу |дальше |уже )?"
         r"(?:переидем |перейдем |продолжим |пообщаемся |поговорим |спишемся |общаться |"
         r"пообщаться |переписываться )?(?:в|на) " + _APPS_RU + r"\b|"
         r"\b(?:продолжим|пообщаемся|поговорим|спишемся|напишешь|пиши|напиши) (?:мне |лучше |там )*"
         r"(?:в|на) " + _APPS_RU + r"\b"),
    rule("grooming:off_platform", "grooming",
         "дай скинь кинь пришли оставь черкани номер номерок телефон тг телегу телеграм ватсап "
         "вотсап снап инсту вк контакт есть сидишь",
         r"\b(?:дай|скинь|кинь|пришли|оставь|черкани|напиши) (?:мне )?(?:свой |свою |твой |твою )?"
         r"(?:номер|номерок|телефон|тг|телегу|телеграм|ватсап|вотсап|снап|инсту|вк|контакт|адрес)\b|"
         r"\b(?:у тебя|ты) (?:есть |сидишь )?(?:в |на )?(?:тг|телеге|телега|телеграме|телеграмме|"
         r"вк|ватсапе|вотсапе|ватсап|снапе|снап|инсте|инста|дискорде|дискорд)\b ?(?:\?|есть)|"
         r"(?:^|[.!?] )(?:а )?есть (?:тг|телега|телеграм|вотсап|ватсап|снап|инста|инст|вк|дискорд|"
         r"whatsapp|telegram|snap)\b ?\?",
         requires="дай скинь кинь пришли оставь черкани напиши тебя ты есть"),
    rule("grooming:off_platform", "grooming",
         "созвонимся позвоним созвон видеозвонок видеосвязи видео видеочат фейстаим",
         r"\b(?:давай|хочешь|может|го|можем) (?:\w+ )?(?:(?:созвонимся|позвоним|созвон|созвониться|"
         r"поговорим|пообщаемся) )?(?:по видео|по видеосвязи|в видеочат|по фейстаиму|по скаипу|"
         r"видеозвонок)\b",
         requires="давай хочешь может го можем"),
    rule("grooming:off_platform", "grooming",
         "pishi napishi dobav perehodi davai davaj stuchis pogovorim spishemsya nomer tg telegu "
         "lichku tebya tebja tebia",
         r"\b(?:pishi|napishi|dobav|dobav'|perehodi|davai|davaj|go|stuchis|pogovorim|spishemsya)"
         r"(?: mne| menya| menja| luchshe| srazu)* (?:v|na|vo) " + _APPS_TR + r"\b|"
         r"\b(?:day|dai|daj|skin|kin) (?:mne )?(?:svoi |svoj |svoy |tvoi )?(?:nomer|tg|telegu|instu|"
         r"vatsap|whatsapp|snap)\b|\b(?:you|u) (?:tebya|tebja|tebia) est (?:tg|telega|telegram|vk|"
         r"whatsapp|vatsap|insta|snap|discord)\b"),
    # -- photos / camera -----------------------------------------------------
    rule("grooming:photo_request", "grooming",
         "скинь пришли отправь кинь сбрось вышли покажи скинешь пришлешь отправишь покажешь "
         "кинешь скинуть прислать отправить",
         r"\b(?:скинь|пришли|отправь|кинь|сбрось|вышли|покажи|скинешь|пришлешь|отправишь|покажешь|"
         r"кинешь|можешь скинуть|можешь прислать|можешь отправить|можешь показать)(?: мне| нам)?"
         r"(?: пожалуиста| плиз| плз| пж| пжл| срочно| уже| хоть)? (?:свою |свое |свои |своих |твою |"
         r"твое |твои |еще |одну |пару |новую |новое )*" + _PHOTO_RU + _PHOTO_OBJECT + r"|"
         r"\b(?:скинь|пришли|отправь|кинь|покажи|скинешь|пришлешь) (?:мне )?(?:\w+ )?"
         r"(?:фото|фотку|фоточку|видео|селфи) (?:себя|с собои|тебя)\b",
         requires="мне нам свою свое свои своих твою твое твои еще одну пару пожалуиста плиз плз "
                  "пж пжл срочно уже хоть себя тебя собои можешь скинешь пришлешь отправишь "
                  "покажешь кинешь"),
    rule("grooming:photo_request", "grooming",
         "фотку фотка фото фоточку селфи сфоткаися сфоткаи покажись увидеть посмотреть",
         r"\b(?:а )?(?:фотк\w*|фото|селфи|фоточк\w*) (?:свою |свое |твою |твое |себя )?(?:скинешь|"
         r"пришлешь|отправишь|покажешь|кинешь|будет|можно)\b ?\?|\bсфоткаи(?:ся| себя)\b|"
         r"\bпокажись (?:мне|на камеру|в камеру)\b|\bхочу (?:тебя )?(?:увидеть|посмотреть на) "
         r"(?:тебя(?= ?(?:[.!?]|$))|как ты выглядишь|твое лицо|твою фигуру)|\bкак ты выглядишь\b ?\?"),
    rule("grooming:photo_request", "grooming",
         "skin prishli otprav kin pokazhi pokaji vklyuchi vkluchi vkljuchi",
         r"\b(?:skin|prishli|otprav|otprav'|kin|pokazhi|pokaji)(?: mne)? (?:svoyu |svoe |svoju |"
         r"tvoyu |tvoe |esche |eshe )?" + _PHOTO_TR + r"\b(?! (?:domashki|dz|zadaniya|doski))|"
         r"\b(?:vklyuchi|vkluchi|vkljuchi) (?:kameru|vebku|video)\b",
         requires="foto fotku fotki fotochku fotochki selfi selfie video kameru vebku"),
    # -- personal questions ---------------------------------------------------
    rule("grooming:personal_questions", "grooming",
         "одна один дома родители мама папа уходят уидут придут приходят уедут вернутся",
         r"\bты (?:сеичас )?(?:дома (?:сеичас )?(?:одна|один)|(?:одна|один) (?:сеичас )?дома)\b|"
         r"\bты (?:сеичас )?(?:одна|один) ?\?|"
         r"\b(?:твои )?(?:родители|мама|папа|предки|родаки) (?:сеичас )?(?:дома|на работе|уехали|"
         r"ушли|спят) ?\?|\bкогда (?:твои )?(?:родители|мама|папа|предки|родаки) (?:\w+ )?(?:уходят|"
         r"уидут|придут|приходят|уедут|вернутся|возвращаются)\b",
         requires="ты твои твоя когда"),
    rule("grooming:personal_questions", "grooming",
         "живешь лет адрес школа школе учишься города городе раионе",
         r"\bты где (?:\w+ )?(?:живешь|учишься)\b|\bтебе сколько (?:\w+ )?лет\b|\bа лет тебе сколько\b|"
         r"\b(?:какои|скажи) (?:у тебя |твои )?адрес\b|\bкакая у тебя школа\b|"
         r"\bв какои (?:ты )?школе (?:ты )?учишься\b|\bиз какого ты города\b|"
         r"\bв каком (?:ты )?(?:городе|раионе) (?:ты )?живешь\b",
         requires="ты тебе тебя твои"),
    rule("grooming:personal_questions", "grooming",
         "skolko zhivesh jivesh zhivyosh odna odin doma shkole",
         r"\bskolko (?:tebe|tebje) let\b|\btebe skolko let\b|\bgde (?:ty|ti) (?:zhivesh|jivesh|"
         r"zhivesh'|zhivyosh)\b|\b(?:ty|ti) (?:doma )?(?:odna|odin) doma\b|\b(?:ty|ti) doma "
         r"(?:odna|odin)\b|\bv kakoi shkole\b|\bv kakoj shkole\b"),
    # -- meeting --------------------------------------------------------------
    rule("grooming:meeting", "grooming",
         "встретимся увидимся встретиться увидеться приходи приеду заеду подъеду приду",
         r"\b(?:давай|даваи|может|хочешь|можем|го|когда) (?:\w+ )?(?:встретимся|увидимся|встретиться|"
         r"увидеться)\b" + _GAME_CTX + r"(?! (?:в|на) (?:дискорде|зуме|сети|онлаин|чате|видео)\b)|"
         r"\bвстретимся (?:после школы|завтра|сегодня|в парке|у школы|вечером|на "
         r"выходных|наедине|вдвоем|одни)\b|\bприходи ко мне\b|\b(?:я )?(?:приеду|заеду|подъеду|"
         r"приду) (?:за тобои|к тебе)\b|\bприходи (?:\w+ )?одна\b"),
    rule("grooming:meeting", "grooming",
         "vstretimsya vstretimsa uvidimsya vstretitsya prihodi priedu",
         r"\b(?:davai|davaj|mozhet|hochesh|go) (?:\w+ )?(?:vstretimsya|vstretimsa|uvidimsya|"
         r"vstretitsya|vstretit'sya)\b|\bprihodi ko mne\b|\b(?:ya |you |ja )?priedu (?:za toboi|za "
         r"toboj|k tebe)\b"),
    # -- gifts for photos / favours ----------------------------------------
    rule("grooming:gifts", "grooming",
         "за",
         r"\b" + _CURRENCY_RU + r" (?:\w+ ){0,2}?за (?:\w+ )?(?:фото\w*|фотк\w*|фоточк\w*|селфи|"
         r"видео\w*|кружок|кружоч\w*|нюдс\w*|встречу)\b|\bза (?:\w+ )?(?:фото\w*|фотк\w*|селфи|"
         r"видео|кружок) (?:\w+ ){0,3}?(?:дам|подарю|куплю|скину|задоначу|закину|заплачу|отправлю|"
         r"переведу)\b",
         requires="фото фотку фотки фоточку фотографию селфи видео кружок кружочек нюдсы нюдс "
                  "встречу фотографии фоток"),
    rule("grooming:gifts", "grooming",
         "куплю подарю задоначу закину переведу",
         r"\bя (?:тебе )?(?:куплю|подарю|задоначу|закину|переведу|скину) (?:тебе )?(?:\w+ ){0,2}?"
         + _CURRENCY_RU + r"(?: (?:просто так|бесплатно|если|только))?\b",
         requires="тебе"),
    rule("grooming:gifts", "grooming",
         "za",
         r"\b(?:robux|robuksy|robuksov|robaksy|gemy|gemov|skiny|skinov|dengi|deneg|donat|almazy)"
         r" (?:\w+ ){0,2}?za (?:\w+ )?" + _PHOTO_TR + r"\b|\bza (?:foto|fotku|selfi|video) "
         r"(?:\w+ ){0,2}?(?:dam|podaru|kuplu|kuplyu|zaplachu|skinu)\b",
         requires="foto fotku fotki fotochku selfi selfie video"),
]
