"""Russian (Cyrillic and Latin transliteration) phrase rules.

Why a pack: Russian is inflected (gender and aspect change the ending:
устал/устала, порезал/порезалась, тупой/тупая), word order is free
("тебя все ненавидят" / "все тебя ненавидят") and children often type in
Latin transliteration ("ne hochu bolshe zhit", "ty tupoi lox") with several
spellings per letter (ж = zh/j/z, х = h/kh/x, я = ya/ja, й = i/y/j).  The
family modules already hold a few Russian core phrases; this pack adds the
general phrase families around them, each as one rule with stems and
``\\w*`` endings, plus the translit forms.

Patterns are matched against the phrase form ``Prepared.plain``: casefolded,
ё folded to е and й to и (diacritics are stripped, and pattern sources get
the same fold, so ``й`` may be written here), "-" and symbols turned into
spaces ("кто-то" -> "кто то"), . ! ? as separate tokens, and chat
abbreviations expanded: the translit words "ya" and "u" become "you" in the
phrase form (the token set keeps both), so translit я is written
``(?:ya|you|ja)``.

Conventions follow the family modules: first-person disclosures are
``framed="generic"`` (only a third-person advice sentence or a quotation
excuses them), directed rules (grooming, insults, threats, sexual requests,
scams) use the discussion/report frames, including the Russian ones in
``FRAMES``; incitement aimed at someone else ("иди повесься") is
bullying + self_harm.
"""

from __future__ import annotations

from ..rules import Rule, rule

# -- shared vocabulary ----------------------------------------------------
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
_INSULT_RU = (
    r"(?:урод|уродина|уродка|тупой|тупая|тупица|дурак|дура|дурочка|жалкий|жалкая|ничтожество|лох|"
    r"лохушка|лошара|чмо|мразь|дебил|дебилка|идиот|идиотка|жирный|жирная|жирдяй|жиробас|толстый|"
    r"толстая|страшный|страшная|отстой|тварь|придурок|придурочная|неудачник|неудачница|мерзкий|"
    r"мерзкая|противный|противная|ублюдок|шлюха|сука|позор|позорище|уебок|даун|овца|корова|свинья|"
    r"отброс|ноль|пустое место|кретин|кретинка|бомж|бомжиха|нищеброд|нищенка|чучело|крыса|"
    r"скотина|гнида|дно|омежка|терпила|аутист|аутистка|олень|курица|обезьяна)"
)
_INSULT_TR = (
    r"(?:urod|urodina|tupoi|tupoy|tupoj|tupaya|tupaja|tupaia|durak|dura|lox|loh|lokh|loshara|"
    r"chmo|mraz|debil|debilka|idiot|idiotka|zhirnaya|zhirnaja|zhirnyi|zhirniy|zhirnii|jirnaya|"
    r"jirnyi|zhirdyai|tvar|pridurok|neudachnik|nichtozhestvo|nichtojestvo|daun|ovca|korova|"
    r"svinya|shluha|shlyuha|suka|uebok|kretin|chuchelo|otstoi|nikto)"
)

# "я тебя убью в майнкрафте", "найду тебя в лобби": game talk, not a threat
_GAME_CTX = (
    r"(?! (?:\w+ )?(?:в|на) (?:игре|маине|маинкрафте|маинкрафт|доте|кс|бравле|фортнаите|роблоксе|"
    r"катке|раунде|матче|лобби|сервере|серваке|карте|списке|друзьях|следующеи катке|пвп|арене)\b)"
)

# "не хочу жить в этом городе", "надоело жить по расписанию": where/how, not whether
_LIVE_WHERE = (
    r"(?! (?:в|во|на|с|со|без|у|под|рядом|вместе|здесь|тут|там|как|по|одна|один|одной|одному|"
    r"отдельно|с ними)\b)"
)
# "лол", "шучу" after a gloomy phrase: a joke ("я никому не нужна на этой вечеринке лол")
_JOKE = r"(?![^.!?]{0,40}\b(?:лол|ахах\w*|хаха\w*|аха\w*|шучу|кек|lol|xd|lmao)\b)"

SELF_HARM: list[Rule] = [
    # -- Cyrillic: wanting to die / not to live ---------------------------
    rule("self_harm:disclosure", "self_harm",
         "хочу хочется хотела хотел охота мечтаю думаю собираюсь жить существовать надоело "
         "задолбало заебало устала устал смысла навсегда",
         r"\bне (?:хочу|хочется|хотела? бы|охота) (?:\w+ ){0,2}?(?:жить|существовать)\b" + _LIVE_WHERE
         + r"|"
         r"\bжить (?:\w+ )?не (?:хочу|хочется|охота)\b|"
         r"\b(?:надоело|задолбало|заебало|устала?|устали) (?:уже |так |просто |вообще )*(?:жить|"
         r"существовать)\b" + _LIVE_WHERE + r"|"
         r"\b(?:хочу|хочется|хотела? бы|мечтаю|думаю|собираюсь) (?:\w+ ){0,2}?(?:умереть|сдохнуть|"
         r"исчезнуть навсегда|не просыпаться|уснуть и не проснуться|заснуть и не проснуться|"
         r"повеситься|выпилиться|вскрыться|отравиться|уйти из жизни|покончить с собои|убить себя|"
         r"спрыгнуть|прыгнуть с (?:крыши|моста|окна|балкона|многоэтажки)|шагнуть (?:с крыши|вниз|"
         r"из окна))\b(?! (?:от|со) (?:смеха|смеху|стыда|скуки|кринжа))|"
         r"\b(?:зачем|для чего) мне (?:вообще |дальше )?жить\b|\b(?:не вижу|нет|никакого|не осталось)"
         r" (?:\w+ )?смысла (?:\w+ )?(?:жить|в жизни|существовать|просыпаться)\b|"
         r"\bхочу чтобы меня (?:просто |больше )?(?:не стало|не было|больше не было)\b|"
         r"\b(?:уйти|уиду|исчезнуть|исчезну|пропасть|пропаду|уснуть) навсегда\b(?! (?:из|с|от|в|на)\b)",
         framed="generic"),
    rule("self_harm:finality", "self_harm",
         "проснуться лучше легче проще будет станет обуза обузой нужна нужен мешаю заметят заметит "
         "скучать расстроится расстроятся вспомнят",
         r"\b(?:уснуть|заснуть|лечь спать) и (?:больше )?не проснуться\b|\bне проснуться (?:завтра|"
         r"утром|больше|никогда)\b|"
         r"\bлучше бы (?:я|меня) (?:\w+ )?(?:умер|умерла|сдох|сдохла|не рождался|не рождалась|"
         r"не родился|не родилась|не было|не существовало)\b|"
         r"\b(?:всем|родителям|маме|папе|семье|друзьям|им|миру) (?:\w+ )?(?:будет|станет|было бы|"
         r"стало бы|будет только) (?:\w+ )?(?:легче|лучше|проще|спокоинее) без меня\b|"
         r"\bбез меня (?:всем |им |родителям |маме |семье )?(?:будет|станет|было бы|стало бы) "
         r"(?:\w+ )?(?:легче|лучше|проще|спокоинее)\b|"
         r"\bя (?:\w+ )?(?:обуза|обузои)\b(?! (?:в|для) (?:команд\w*|игр\w*|доте|катке|проект\w*|"
         r"групп\w*|пати|сквад\w*))" + _JOKE + r"|\bя (?:\w+ )?никому не (?:нужна|нужен)\b" + _JOKE
         + r"|\bя (?:всем )?только (?:всем )?мешаю\b" + _JOKE + r"|"
         r"\b(?:никто|родители|мама|папа|все|они|друзья) (?:\w+ )?не (?:заметят|заметит|будут "
         r"скучать|будет скучать|расстроится|расстроятся|вспомнят) (?:\w+ )?если (?:я|меня) (?:\w+ )?"
         r"(?:умру|исчезну|не станет|не будет|уиду|покончу|пропаду)\b",
         framed="generic"),
    rule("self_harm:planning", "self_harm",
         "будет станет ищите прощаите прощальное прощальную прощальное прощальное предсмертную "
         "предсмертная прощальная прощальное последнее таблетки таблеток снотворное снотворного "
         "крыше мосту краю подоконнике",
         r"\bменя (?:\w+ ){0,4}?(?:уже|больше|никогда) не (?:будет|станет)\b(?! (?:в|во|на|дома|"
         r"онлаин|в сети|тут по|с вами на)\b)|\bменя (?:скоро |завтра |сегодня )?не станет\b|"
         r"\bне ищите меня\b(?: я)?(?! (?:в|на|у|до|после|сегодня|завтра|пару|час|я в|я на)\b)|"
         r"\b(?:прощаите (?:все|навсегда|меня)|всем прощаите)\b|"
         r"\b(?:мое|моё) последнее (?:сообщение|письмо|видео|пост)\b(?! (?:на сегодня|сегодня|в этом|"
         r"перед|до|тут|здесь|в чате|на этои|на этом|за)\b)|"
         r"\b(?:написала?|пишу|напишу|оставила?|оставлю|записала?|запишу|готовлю|подготовила?)"
         r" (?:\w+ )?(?:прощальн|предсмертн)\w* (?:письм|записк|сообщени|видео|пост)\w*|"
         r"\b(?:накопил\w*|коплю|припрятал\w*|прячу|запасл\w*|запасаюсь|насобирал\w*) (?:\w+ ){0,2}?"
         r"(?:таблет\w*|колес\w*|снотворн\w*|лекарств\w*|антидепрессант\w*)|"
         r"\b(?:выпить|выпью|выпила|выпил|наглотаться|наглоталась|наглотался|сожрать|проглотить|"
         r"проглотила|проглотил|закинуться|съесть|съела|съел) (?:\w+ ){0,2}?(?:все|всю|целую|"
         r"пачку|упаковку|кучу|горсть|пару пачек|много|сразу все) (?:\w+ )?(?:таблет\w*|колес\w*|"
         r"снотворн\w*|лекарств\w*|антидепрессант\w*|пачк\w*)\b(?! (?:по курсу|которые (?:\w+ )?"
         r"(?:прописал|назначил)\w*))(?![^.!?]{0,40}\b(?:врач\w*|доктор\w*|по рецепту|по "
         r"инструкции|по курсу))|"
         r"\bнаглотаться (?:\w+ )?(?:таблет\w*|снотворн\w*|лекарств\w*)|"
         r"\b\d+ (?:таблет\w*|колес\w*)\b[^.!?]{0,30}?\b(?:выпью|выпить|проглочу|сожру|наглотаюсь)\b|"
         r"\b(?:моя |мое )?(?:прощальн|предсмертн)\w* (?:письмо|записка|сообщение|видео) (?:\w+ )?"
         r"(?:готов\w*|написан\w*|лежит)\b|"
         r"\b(?:стою|сижу|стоим|залезла|залез|поднялась|поднялся|я) на (?:краю )?(?:крыше|крыши|"
         r"мосту|моста|подоконнике|подоконника|балконе|балкона)(?: \w+)?\b[^.!?]{0,40}?\b(?:шагнуть|"
         r"прыгнуть|спрыгнуть|сигануть|сделать шаг|упасть вниз|шагну|прыгну|спрыгну)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "режу режусь резала резал резалась резался порезала порезал порезалась порезался "
         "царапаю жгу бью селфхарм селфхармом порезы резать",
         r"\b(?:режу|режусь|резала|резал|резалась|резался|царапаю|расцарапываю|жгу|бью) (?:себе |"
         r"себя |опять |снова |сильно |до крови |каждыи день )*(?:себя|руки|руку|запястья|запястье|"
         r"вены|бедра|бедро|ноги|ногу|живот|кожу|плечи)\b|"
         r"\b(?:опять|снова|еще раз|вчера опять|сегодня опять|сегодня снова) (?:\w+ )?(?:порезал\w*|"
         r"резал\w*|режу|режусь|порезаться|резаться)\b(?! (?:\w+ )?(?:палец|пальцы|пальчик|хлеб|"
         r"овощи|бумаг\w*|на кухне|ножницами случаино))|"
         r"\b(?:порезал\w*|резал\w*|режу|режусь) (?:\w+ )?(?:опять|снова)\b(?! (?:\w+ )?(?:палец|"
         r"пальцы|пальчик|хлеб|овощи|бумаг\w*|на кухне))|"
         r"\bпорезал\w* (?:себе )?(?:вены|запястья|запястье|себя)\b|"
         r"\b(?:у меня|я) (?:\w+ )?(?:опять |снова )?(?:селфхарм|селфхармлю|занимаюсь селфхармом)|"
         r"\b(?:новые|свежие|глубокие) порезы\b|\bя (?:опять |снова |уже |до сих пор )?режусь\b"
         r"(?! (?:в|во|с|со)\b)|\bрежусь (?:уже|каждыи|снова|опять)\b(?! (?:\w+ )?(?:в|во|с|со) )|"
         r"\bрезать себя\b|\bпорезал\w* (?:себя )?(?:лезвием|бритвои|лезвием от точилки)\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "думаю думала думал мысли суициде самоубииств смерти",
         r"\b(?:думаю|думала|думал|мысли|задумываюсь|задумывалась) (?:\w+ )?(?:о|об|про) (?:суицид\w*|"
         r"самоубииств\w*|том чтобы (?:умереть|покончить|убить себя))",
         framed="generic", requires="я меня мне у думаю думала думал задумываюсь задумывалась"),
    rule("self_harm:topic", "self_harm",
         "суицида суициде суицидом суициду суицидальные суицидальных суицидальный суицидальная "
         "суицидальное суицидальными селфхарм селфхарма селфхарме селфхармом самоповреждение "
         "самоповреждения самоповреждении самоповреждений самоповреждениях самоповреждениям",
         r"\b(?:суицид\w+|селфхарм\w*|самоповрежден\w*)"),
    # -- translit --------------------------------------------------------
    rule("self_harm:disclosure", "self_harm",
         "zhit jit zit zhizni jizni sushchestvovat sushestvovat",
         r"\bne (?:hochu|khochu|xochu|hochetsya|hochetsa|hocheca|hochu uzhe|ohota) (?:bolshe |bol'she"
         r" |bolshe uzhe |uzhe |uje |voobshe )?(?:zhit|jit|zit|sushchestvovat|sushestvovat)'?\b"
         r"(?! (?:v|na|s|bez|u|tut|zdes|tam|kak)\b)|"
         r"\b(?:zhit|jit|zit)'? (?:bolshe |uzhe )?ne (?:hochu|khochu|xochu|hochetsya|hochetsa|ohota)\b|"
         r"\b(?:ustal|ustala|ustali|ystala|nadoelo|zadolbalo) (?:uzhe |tak |prosto )*(?:zhit|jit|"
         r"zit|ot zhizni|ot jizni)'?\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "umeret sdohnut ischeznut pokonchit povesitsya vypilitsya sebya sebja sebia rezhu rezala "
         "rezal rezhus porezal porezala porezalas porezalsya",
         r"\b(?:hochu|khochu|xochu|hochetsya|hochetsa|dumayu) (?:prosto |uzhe |uje )?(?:umeret|"
         r"umeret'|sdohnut|sdohnut'|ischeznut|ischeznut'|propast|povesitsya|povesit'sya|vypilitsya|"
         r"vypilit'sya|pokonchit|ubit sebya|ubit' sebya)\b(?! ot (?:smeha|styda|skuki))|"
         r"\bpokonchit'? s soboi\b|\bpokonchit'? s soboj\b|\bpokonchit'? s soboy\b|"
         r"\bubit'? (?:sebya|sebja|sebia)\b|"
         r"\b(?:rezhu|rezala|rezal|rezhus|rejy|reju) (?:sebe |opyat |snova )*(?:sebya|sebja|ruki|"
         r"ruku|veny|zapyastya|bedra|nogi)\b|"
         r"\b(?:opyat|opjat|snova) (?:\w+ )?(?:porezal|porezala|porezalas|porezalsya|porezalas'|"
         r"porezals'a|rezala|rezal|rezhu|rezhus)\b",
         framed="generic"),
    rule("self_harm:finality", "self_harm",
         "menya mne tabletki tabletok bez pismo zapisku",
         r"\b(?:vsem|roditelyam|mame|im) (?:budet|stanet|bylo by) (?:\w+ )?(?:legche|luchshe|proshe|"
         r"proshche) bez (?:menya|menja)\b|\bbez (?:menya|menja) (?:vsem )?(?:budet|stanet) (?:\w+ )?"
         r"(?:legche|luchshe|proshe)\b|"
         r"\b(?:nakopil|nakopila|koplyu|kopliu) (?:\w+ )?(?:tabletki|tabletok|snotvornoe)\b|"
         r"\b(?:vypit'?|vypyu|vypiu|vypila|naglotatsya|naglotalas) (?:vse|vsyu|pachku|kuchu) "
         r"(?:tabletki|tabletok|tablet|snotvornoe|lekarstva)\b|"
         r"\b(?:napisal|napisala|pishu|ostavila|ostavil) (?:\w+ )?(?:proshchalnoe|proshalnoe|"
         r"proschalnoe|proshalnuyu|proshchalnuyu|predsmertnuyu) (?:pismo|pis'mo|zapisku|soobshenie)\b|"
         r"\bmenya (?:\w+ ){0,3}?(?:uzhe|bolshe) ne budet\b(?! (?:v|na|doma|online)\b)|"
         r"\bne ishchite menya\b|\bne ishite menya\b",
         framed="generic", requires="menya menja mne tabletki tabletok snotvornoe pismo zapisku "
         "ishchite ishite"),
    # -- incitement aimed at someone else: bullying + self_harm -----------
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "повесься убеися утопись вскроися выпились самоубеися сдохни умри сдох сдохла сдохнешь "
         "умер умерла умрешь сдохнуть умереть жить повеситься должна должен обязана обязан",
         r"\b(?:повесься|убеися|утопись|вскроися|выпились|самоубеися|выпрыгни в окно|прыгни с "
         r"крыши)\b|\b(?:иди|пойди|сходи|давай|лучше|просто) (?:\w+ )?(?:сдохни|умри)\b|"
         r"\b(?:чтоб|чтобы) ты (?:\w+ )?(?:сдох|сдохла|умер|умерла|сгорел|сгорела)\b|"
         r"\bлучше бы ты (?:\w+ )?(?:сдох|сдохла|умер|умерла)\b|"
         r"\b(?:надеюсь|желаю) (?:\w+ )?(?:ты (?:\w+ )?(?:сдохнешь|умрешь)|тебе (?:сдохнуть|умереть))"
         r"\b|\bтебе (?:лучше|надо|стоит) (?:\w+ )?(?:умереть|сдохнуть|не жить\b" + _LIVE_WHERE + r"|повеситься|"
         r"убиться)\b|\bты (?:\w+ )?(?:должна|должен|обязана|обязан) (?:\w+ )?(?:повеситься|умереть|"
         r"сдохнуть|убиться|убить себя)\b"),
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "povesys povesis povesya poves'sya povessya ubeisya ubeysya ubejsya vypilis vskroisya "
         "utopis sdohni umri",
         r"\b(?:povesys|povesis|povesya|poves'sya|povessya|ubeisya|ubeysya|ubejsya|vypilis|"
         r"vskroisya|vskroysya|utopis|sdohni)\b|\b(?:idi|poidi|poydi|davai|davaj) (?:\w+ )?"
         r"(?:umri|sdohni)\b"),
    # -- sixth wave: exhaustion, "nothing makes sense", farewells, burning
    # oneself, past attempts, translit sleep-and-not-wake (first person)
    rule("self_harm:hopeless", "self_harm", "устала устал смысла смысл могу ustala ustal mogu",
         r"\bя (?:так |очень |реально |уже |просто )*устал[аи]? от (?:всего|всех|этои жизни|жизни)"
         r"\b[^.!?]{0,30}\b(?:больше не могу|не могу больше|не хочу|сил нет|нет сил)|\bничего "
         r"(?:уже |больше )?не имеет (?:никакого )?смысла\b|\b(?:ya |you |ja )?(?:tak |ochen )?"
         r"ustal[ai]? ot (?:vsego|vseh|zhizni)\b[^.!?]{0,30}\b(?:ne mogu bolshe|bolshe ne mogu|"
         r"ne hochu|net sil)", framed="generic"),
    rule("self_harm:finality", "self_harm", "прощаите увидите увидишь proshaite proshchaite",
         r"\bспасибо за вс[её]\b[^.!?]{0,15}\bпрощаи(?:те)?\b|\b(?:вы|ты) (?:меня )?(?:больше|никогда)"
         r"(?: никогда| больше)?(?: меня)? не (?:увидите|увидишь|услышите|услышишь)\b|\bпрощаите (?:все|навсегда)\b|"
         r"\bвсем прощаите\b|\bspasibo za vse\b[^.!?]{0,15}\bpro(?:sh|shch)aite\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm", "прижигаю жгу обжигаю бью царапаю сорвалась сорвался",
         r"\b(?:прижигаю|жгу|обжигаю) (?:себя|себе|руки|кожу)\b|\bя (?:бью|царапаю) (?:себя|себе)"
         r"\b|\bдержал(?:ась|ся)? \d+ (?:днеи|дня|дней|недел\w*)\b[^.!?]{0,20}\b(?:сорвал(?:ась|ся)|"
         r"режу|порезал\w*)", framed="generic"),
    rule("self_harm:attempt", "self_harm", "пыталась пытался пробовала пробовал",
         r"\b(?:в прошлыи раз|в первыи раз|когда|однажды) (?:когда )?я (?:уже )?(?:пыталась|пытался|"
         r"пробовала|пробовал)\b[^.!?]{0,30}\b(?:наглотал\w*|таблет\w*|вены|прыгнуть|повеситься|"
         r"больниц\w*|реанимаци\w*|откачали)|\bя (?:уже )?(?:пыталась|пытался) (?:покончить|убить себя|"
         r"умереть|отравиться)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm", "prosnutsya prosnutsa prosnutsia prosypatsya",
         r"\b(?:usnut|zasnut|spat) i (?:bolshe )?ne (?:prosnutsya|prosnutsa|prosnutsia)\b|\bne "
         r"(?:hochu|hochy) (?:bolshe )?(?:prosypatsya|prosypatsa)\b", framed="generic"),
]

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

HARM: list[Rule] = [  # bullying, threats, sexual requests
    # -- insults aimed at a person -------------------------------------------
    rule("bullying:insult", "bullying",
         "какои какая какие же и че чо шо что ли",
         r"\b(?:какои|какая|какие) (?:же )?(?:ты|вы) (?:\w+ )?" + _INSULT_RU + r"\b|"
         r"\bну (?:ты|вы) и " + _INSULT_RU + r"\b|"
         r"\bты (?:че|чо|что|шо|чё|ваще|реально|правда|ведь|же) (?:(?!не )\w+ )?" + _INSULT_RU + r"\b|"
         r"\bты " + _INSULT_RU + r" (?:что ли|штоли|чтоли)\b",
         requires="ты вы"),
    rule("bullying:insult", "bullying",
         "тупая тупои жирная жирныи мерзкая мерзкии уродливая уродливыи грязная вонючая вонючии "
         "конченая конченыи страшная страшныи ебаная ебаныи сраная сраныи эи слышь заткнись завали "
         "отвали вали отсюда вон",
         r"\b(?:тупая|тупои|жирная|жирныи|мерзкая|мерзкии|уродливая|уродливыи|грязная|вонючая|"
         r"вонючии|конченая|конченыи|страшная|страшныи|ебаная|ебаныи|сраная|сраныи) (?:овца|корова|"
         r"свинья|свинота|дура|дурак|идиотка|идиот|лох|лохушка|урод|уродина|тварь|мразь|шлюха|сука|"
         r"чмо|дебил|дебилка|жирдяи|скотина|крыса|обезьяна|тупица|шалава|мышь|бомж|нищенка|"
         r"неудачник|неудачница|курица|олень)\b|"
         r"\b(?:эи|слышь|заткнись|завали|отвали|вали отсюда|иди отсюда|пошел вон|пошла вон|вали) (?:ты )?"
         + _INSULT_RU + r"\b"),
    rule("bullying:insult", "bullying",
         "ненавидят ненавидит презирают презирает любит любят нужен нужна нужны дружит дружат "
         "рождался рождалась родился родилась позор ошибка место",
         r"\b(?:тебя|вас) (?:все|никто|вся школа|весь класс|все в классе|все вокруг) (?:\w+ )?"
         r"(?:ненавидят|ненавидит|презирают|презирает|не любит|не любят|терпеть не могут)\b|"
         r"\b(?:все|вся школа|весь класс) (?:тебя|вас) (?:\w+ )?(?:ненавидят|ненавидит|презирают|"
         r"презирает|терпеть не могут)\b|\bты (?:\w+ )?никому не (?:нужен|нужна|нужны)\b|"
         r"\b(?:никто|никто в классе) (?:\w+ )?с тобои (?:\w+ )?не (?:дружит|хочет дружить|общается)\b|"
         r"\bс тобои никто (?:\w+ )?не (?:дружит|хочет дружить|общается)\b|"
         r"\bлучше бы ты (?:\w+ )?не (?:рождался|рождалась|родился|родилась|существовал|"
         r"существовала)\b|\bты (?:просто )?(?:позор|ошибка) (?:семьи|класса|школы|природы)\b|"
         r"\bтебе (?:здесь |тут )?не место (?:здесь|тут|в классе|в школе|в чате|среди нас)\b"),
    rule("bullying:insult", "bullying",
         "urod urodina tupoi tupoy tupoj tupaya tupaja tupaia durak dura lox loh lokh loshara chmo "
         "mraz debil debilka idiot idiotka zhirnaya zhirnaja zhirnyi zhirniy zhirnii jirnaya jirnyi "
         "zhirdyai tvar pridurok neudachnik nichtozhestvo nichtojestvo daun ovca korova svinya "
         "shluha shlyuha suka uebok kretin chuchelo otstoi nenavidyat nenavidit lyubit",
         r"\b(?:ty|ti) (?:takoi |takoy |takaya |takaja |prosto |realno |voobshe |che |cho |chto |"
         r"polnyi |polnaya |konchenyi |konchenaya |i |zhe )*" + _INSULT_TR + r"\b|"
         r"\b(?:tebya|tebja|tebia) (?:vse|nikto) (?:ne )?(?:nenavidyat|nenavidit|lyubit|ljubit)\b|"
         r"\bvse (?:tebya|tebja) nenavidyat\b|\bnikto (?:tebya|tebja) ne (?:lyubit|ljubit)\b",
         requires="ty ti tebya tebja tebia vse nikto"),
    # -- threats -------------------------------------------------------------------
    rule("threat:violence", "threat",
         "убью наиду достану поимаю задушу урою прибью изобью",
         r"\b(?:убью|наиду|достану|поимаю|задушу|урою|прибью|изобью) (?:тебя|вас|тя|твою семью)\b"
         + _GAME_CTX + r"|\bя (?:тебя|вас) (?:\w+ )?(?:наиду|достану|поимаю|задушу)\b" + _GAME_CTX),
    rule("threat:violence", "threat",
         "труп подловим поимаем подкараулим подловлю подкараулю отпиздим отметелим пожалеешь знаю",
         r"\bты (?:уже )?труп\b(?![^.!?]{0,25}\b(?:игр\w*|катк\w*|раунд\w*|матч\w*|лобби|доте|кс|"
         r"бравле))|\b(?:я|мы) (?:тебя )?(?:подловим|поимаем|подкараулим|подловлю|подкараулю|"
         r"отпиздим|отметелим) (?:тебя )?(?:после (?:школы|уроков)|у школы|у подъезда|у дома|"
         r"вечером|за школои|за гаражами)\b|"
         r"\bты (?:еще |очень |сильно )*пожалеешь(?= ?(?:[.!?]|$))|\bты (?:еще )?"
         r"пожалеешь об этом\b|\bты об этом (?:еще )?пожалеешь\b|\bты пожалеешь что (?:родил\w*|"
         r"связал\w*|вообще)\b|\b(?:я|мы) знаю (?:где ты учишься|твои "
         r"адрес|где твои дом|где твоя школа)\b",
         requires="ты я мы"),
    rule("threat:sextortion", ("threat", "sexual"),
         "разошлю солью выложу опубликую расшлю отправлю покажу скину кину увидят",
         r"\b(?:разошлю|солью|выложу|опубликую|расшлю|слью) (?:\w+ ){0,2}?(?:твои|твое|твою|твоих)"
         r" (?:\w+ )?(?:фото\w*|фотк\w*|видео|нюдс\w*|переписк\w*|сообщени\w*|скрин\w*)|"
         r"\b(?:отправлю|покажу|скину|кину|разошлю) (?:\w+ )?(?:твои|твое|твою|твоих) (?:\w+ )?"
         r"(?:фото\w*|фотк\w*|видео|нюдс\w*|переписк\w*|скрин\w*) (?:\w+ )?(?:всем|родителям|маме|"
         r"в школу|классу|в общии чат|одноклассникам|друзьям)\b|"
         r"\bвсе увидят (?:твои|твое|твою|твоих) (?:\w+ )?(?:фото\w*|фотк\w*|видео|нюдс\w*)|"
         r"\bесли не (?:пришлешь|скинешь|отправишь|заплатишь|сделаешь|переведешь)\b[^.!?]{0,50}?"
         r"\b(?:разошлю|солью|выложу|покажу|расскажу|отправлю|опубликую|пожалеешь)\b",
         requires="твои твое твою твоих если увидят"),
    rule("threat:violence", "threat",
         "ubyu ubiu ubju naidu naydu najdu pobyu uroyu trup konec konets hana pizdec pizdets",
         r"\b(?:ya |you |ja )?(?:tebya|tebja|tebia) (?:\w+ )?(?:ubyu|ub'yu|ubiu|ubju|naidu|naydu|"
         r"najdu|pobyu|pob'yu|uroyu)\b|\b(?:ubyu|ub'yu|ubiu|ubju|naidu|naydu|najdu) (?:tebya|tebja|"
         r"tebia)\b(?! v (?:igre|maine|minecraft|dote|ks|bravle))|\b(?:ty|ti) trup\b|\btebe "
         r"(?:konec|konets|hana|pizdec|pizdets)\b",
         requires="tebya tebja tebia ty ti tebe"),
    rule("threat:sextortion", ("threat", "sexual"),
         "solyu soliu vylozhu vylojy razoshlyu razoshlu",
         r"\b(?:solyu|soliu|vylozhu|vylojy|razoshlyu|razoshlu) (?:\w+ )?(?:tvoi|tvoe|tvoyu) (?:\w+ )?"
         r"(?:foto\w*|fotk\w*|video|nudes|nyudsy|perepisku)\b"),
    # -- sexual requests -----------------------------------------------------------
    rule("sexual:request", "sexual",
         "купальнике белье трусиках трусах лифчике бикини одежды трусов лифчика голои голым "
         "голышом раздетои раздетым обнаженнои топлес полотенце",
         r"\b(?:скинь|пришли|отправь|покажи|кинь|сбрось|вышли|сфоткаи|сфоткаися|сними|сделаи|хочу|"
         r"можешь|давай|покажись|скинешь|пришлешь|покажешь)\b(?: \S+){0,4}? (?:в купальнике|в нижнем "
         r"белье|в белье|в трусиках|в трусах|в лифчике|в бикини|без одежды|без трусов|без лифчика|"
         r"голои|голым|голышом|раздетои|раздетым|обнаженнои|топлес|в одном полотенце)\b"),
    rule("sexual:request", "sexual",
         "разденься раздеваися сними грудь сиськи попу попку ножки тело трусики увидеть "
         "посмотреть",
         r"\b(?:разденься|раздеваися)\b|\bсними (?:с себя )?(?:\w+ )?(?:одежду|футболку|кофту|маику|"
         r"лифчик|трусы|трусики|штаны|юбку)\b|\b(?:покажи|скинь|пришли|кинь) (?:мне )?(?:свою |свои |"
         r"свое |твою |твои )?(?:грудь|сиськи|попу|попку|ножки|тело|трусики|соски)\b|"
         r"\bхочу (?:\w+ )?(?:увидеть|посмотреть на) (?:тебя |твое |твою |твои )?(?:голои|голым|без "
         r"одежды|грудь|сиськи|попу|попку|тело|ножки|в белье|в купальнике)\b|"
         r"\bпокажи себя (?:голои|голым|всю|полностью|целиком|без одежды|в белье)\b"),
    rule("sexual:solicit", "sexual",
         "сексом секс вирт виртом девственница девственник надето одето трусики трусы белье "
         "лифчик трогаешь целовалась целовался",
         r"\b(?:давай|хочешь|может|го) (?:\w+ )?(?:займемся сексом|заняться сексом|секс по переписке|"
         r"вирт|виртом|в вирт|сексом)\b|\b(?:ты|вы) (?:еще )?(?:девственница|девственник)\b|"
         r"\bчто на тебе (?:сеичас )?(?:надето|одето)\b|\bкакого цвета (?:у тебя |твои |твое )?"
         r"(?:трусики|трусы|белье|лифчик)\b|\bты (?:себя )?трогаешь (?:себя)?\b|\bты (?:уже )?"
         r"(?:целовалась|целовался|делала это|занималась сексом|занимался сексом)\b ?\?",
         requires="ты вы тебе давай хочешь может го какого"),
    rule("sexual:request", "sexual",
         "skin skinj prishli otprav pokazhi pokaji",
         r"\b(?:skin|skinj|prishli|otprav|pokazhi|pokaji)(?: mne)? (?:\S+ ){0,3}?(?:nudes|nyudsy|"
         r"nudsy|golye foto|golyie|golaya|goluyu|grud|sis'ki|siski|popu|v kupalnike|bez odezhdy|"
         r"bez odejdy|v bel'e|v bele|v trusikah)\b",
         requires="nudes nyudsy nudsy golye golyie golaya goluyu grud siski popu kupalnike odezhdy "
                  "odejdy bele trusikah"),
    rule("sexual:request", "sexual",
         "razdensya razdevaisya razdevajsya kupalnike odezhdy odejdy",
         r"\b(?:razdensya|razden'sya|razdevaisya|razdevajsya)\b|\b(?:foto|fotku) (?:v kupalnike|"
         r"bez odezhdy|bez odejdy|v bel'e)\b"),
]

SPAM: list[Rule] = [
    rule("spam:scam", "spam",
         "заработок заработка заработать заработаи заработаешь подработка подработку доход",
         r"\b(?:заработ\w*|подработк\w*|доход\w*) (?:\w+ ){0,3}?(?:для (?:школьников|подростков|детей|"
         r"студентов)|без вложении|от \d+|в день|в неделю|за день|в час|на телефоне|не выходя из "
         r"дома|из дома|онлаин|с телефона)\b|\bзаработ\w* (?:от )?\d+ ?(?:р|руб|рублеи|к|тыс\w*|"
         r"долларов|баксов)? (?:в|за) (?:день|час|неделю)\b"),
    rule("spam:scam", "spam",
         "халявные халявных халява халяву раздача раздаю раздам раздачу розыгрыш бесплатно даром",
         r"\b(?:халявн\w*|халява|раздача|раздаю|раздам|раздачу|розыгрыш) (?:\w+ ){0,2}?(?:робукс\w*|"
         r"robux|гем\w*|скин\w*|вбакс\w*|алмаз\w*|донат\w*|кристалл\w*|голд\w*|нитро|айфон\w*)\b|"
         r"\b(?:робукс\w*|robux|скин\w*|гем\w*|вбакс\w*|алмаз\w*|донат\w*|голд\w*) (?:\w+ )?"
         r"(?:бесплатно|даром|на халяву|халява)\b(?![^.!?]{0,40}(?:развод|обман|лохотрон|не бывает|"
         r"мошенни))"),
    rule("spam:scam", "spam",
         "переходи жми жмите кликни кликаи нажми заходи заходите переидите переходите ссылка "
         "ссылке ссылку",
         r"\b(?<!не )(?:переходи|жми|жмите|кликни|кликаи|нажми|заходи|заходите|переидите|переходите)"
         r" (?:\w+ )?(?:по ссылке|на ссылку|на саит|в профиль|в био|в описание|по ссылочке)\b"
         r"(?![^.!?]{0,30}\b(?:урок\w*|заняти\w*|зум\w*|zoom|конференци\w*|опрос\w*|анкет\w*|"
         r"классрум|дневник\w*|консультаци\w*|учител\w*))|"
         r"\bссылк\w* (?:в|во) (?:моем |моеи )?(?:профиле|био|шапке профиля|закрепе)\b|"
         r"\bссылка в описании(?= ?(?:[.!?]|$))"),
    rule("spam:scam", "spam",
         "besplatnye besplatno besplatnyi halyava halyavnye zarabotok zarabotat",
         r"\bbesplatn\w* (?:robuks\w*|robux|skin\w*|gem\w*|almaz\w*|vbaks\w*|donat)\b|"
         r"\b(?:robux|robuksy|skiny|gemy) (?:besplatno|darom|na halyavu)\b|\bhalyav\w* (?:robuks\w*|"
         r"robux|skin\w*)\b|\bzarabot\w* (?:\w+ )?(?:dlya shkolnikov|dlya podrostkov|bez vlozhenii|"
         r"v den)\b"),
]

# regex sources of discussion / reporting frames, searched in the text of the
# sentence before a hit ("учитель сказал, если друг говорит ...")
FRAMES: list[str] = [
    # someone in authority said / explained it
    r"\b(?:учител\w*|учительниц\w*|классн\w* руководител\w*|классная|психолог\w*|директор\w*|"
    r"полицеиск\w*|лектор\w*|ведущ\w*|вожат\w*|тренер\w*|соцпедагог\w*|школьн\w* психолог\w*) "
    r"(?:\w+ )?(?:сказал\w*|говорил\w*|говорит|рассказывал\w*|рассказал\w*|объяснял\w*|"
    r"объяснил\w*|объясняет|учит|предупреждал\w*|предупредил\w*|советует|советовал\w*)",
    # hypotheticals: "если друг говорит / если тебе пишут"
    r"\bесли (?:твои |твоя |ваш |ваша |вдруг |тебе |вам )?(?:друг|подруга|одноклассни\w*|человек|"
    r"ребенок|знаком\w*|незнаком\w*|взросл\w*|кто то|ктото|кто нибудь|тебе|вам|тебя|вас|он|она|"
    r"они|чел|парень|девушка|аккаунт|бот|кто)\b",
    # lessons and class discussions
    r"\bнам (?:\w+ )?(?:рассказывали|говорили|объясняли|показывали|рассказали|объяснили|"
    r"показали|сказали)\b|\bна (?:уроке|уроках|классном часе|лекции|занятии|тренинге|семинаре|"
    r"обж)\b|\bмы (?:\w+ )?(?:обсуждали|проходили|изучали|разбирали|говорили (?:о|об|про))\b",
    # reports: "мне писал незнакомец", "какой-то чел написал"
    r"\b(?:мне|ему|еи|нам|им|подруге|другу|сестре|брату|однокласснице|однокласснику) (?:\w+ )?"
    r"(?:писал|написал|пишет|писали|написали|пишут|предлагал|предложил|предлагали|угрожал|"
    r"угрожали|присылал|прислал|прислали|присылали|скинул|скинули|отправил|отправили)\w*",
    r"\b(?:он|она|они|кто то|ктото|незнаком\w*|какои то \w+|какая то \w+|один \w+|одна \w+|"
    r"мужик|дядька|парень|чел|тип|взросл\w*|аккаунт|бот|мошенник\w*|педофил\w*|груммер\w*|"
    r"грумер\w*|одноклассни\w*|ребята|мальчики|девочки|буллер\w*|люди)\b[^.!?]{0,50}?\b(?:писал|написал|пишет|попросил|просил|просит|предлагал|"
    r"предложил|предлагает|сказал|говорил|говорит|говорят|угрожал|угрожает|требовал|требует|"
    r"прислал|присылает|скинул|отправил|звал|позвал|уговаривал|спрашивал|спросил|спрашивает|"
    r"пытался|пытается|пишут|писали|называют|называли|обзывают|обзывали|дразнят|дразнили)\w*",
    # what should happen / advice and warnings
    r"\b(?:платформ\w*|соцсет\w*|саит\w*|приложени\w*|модератор\w*|компани\w*|админ\w*|"
    r"разработчик\w*) (?:\w+ )?(?:должн\w*|обязан\w*|надо|нужно|могли бы|стоит|лучше|не должн\w*)\b",
    r"\b(?:надо|нужно|важно|стоит|следует|лучше) (?:\w+ ){0,2}?(?:удалять|блокировать|банить|"
    r"говорить|рассказывать|объяснять|учить|сообщать|жаловаться|обращаться|помогать|защищать|"
    r"проверять|запрещать|поговорить|рассказать|сказать взрослому)\b",
    r"\b(?:никогда|ни в коем случае) не (?:\w+ )?(?:отправляи|отправляите|скидываи|скидываите|"
    r"присылаи|давай|давайте|встречаися|встречаитесь|сообщаи|говори|переходи|переходите|"
    r"добавляи|соглашаися|отвечаи|верь|верьте|показывай|пересылай)\w*|\bнельзя (?:\w+ )?"
    r"(?:отправлять|скидывать|присылать|пересылать|давать|встречаться|выкладывать|публиковать|"
    r"сообщать|доверять|соглашаться|переходить)\b|\bне (?:ведись|ведитесь|верь|верьте) (?:на|им|"
    r"таким|этим)\b|\bопасно\b|\bосторожно\b|\bчто делать (?:\w+ )?если\b|\bкак (?:помочь|"
    r"реагировать|защититься|понять|себя вести|распознать|сообщить|пожаловаться|"
    r"отличить)\b|\bчто (?:значит|означает|такое)\b",
    # examples and quotations of messages
    r"\b(?:например|пример\w*|фраз\w* (?:типа|вроде|как)|сообщени\w* (?:типа|вроде|как)|слова "
    r"(?:типа|вроде|как)|такие (?:сообщения|фразы|слова|вещи)|называется|это когда|пишут (?:что|"
    r"типа)|(?:могут|может) (?:написать|писать|сказать))\b",
    # talk about a topic; scam warnings
    r"\b(?:контент\w*|профилактик\w*|предотвращени\w*|статистик\w*|тем[аеуы]|лекци\w*|видео|"
    r"ролик\w*|посты|стать\w*|доклад\w*|проект\w*|презентаци\w*|реферат\w*|сочинени\w*|урок\w*) "
    r"(?:о|об|про|на тему)\b|\b(?:профилактик\w*|предотвращени\w*|статистик\w*|тем[аеуы]|"
    r"проблем[аеуы]|причин\w*|признак\w*|уровень|рост|риск\w*)(?: \w+)? $|"
    r"\bв (?:новостях|статье|видео|ролике|интернете|тиктоке|передаче|фильме|книге|учебнике)\b|"
    r"\b(?:говорить|рассказывать|поговорить|"
    r"рассказали|рассказывали|узнали|читали|смотрели|писали|пишут) (?:\w+ )?(?:о|об|про)\b|"
    r"(?<!не )(?<!не это )\b(?:развод\w*|лохотрон\w*|мошенни\w*|обман\w*|скам\w*)\b",
]
