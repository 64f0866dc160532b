"""Someone else at risk right now, in Russian and Polish (the class and its
gates: `selfharm_others_acute_base.py`).

Why a module of their own: in both the possessive is often left out
("подруга написала...", "kolezanka napisala..."), so the relation noun
alone names the person and the triggers are the nouns; verbs carry gender
and aspect ("выпила", "połknęła", "наглоталась"), so the tables list the
forms of the past.  Russian "й" reads "и" in the phrase form ("этои
ночью").  Guards: the past that is over, fiction, accidents, medicine as
prescribed; goodbyes for moving, a holiday or a dead battery.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _acute_more, _rule

# -- ru (the possessive is often left out: "подруга написала...") --------------------------------
_WHO_RU = (
    r"(?<!если )(?<!когда )(?<!году )(?<!назад )(?<!представь )(?:"
    r"(?:(?:моя|мой|наша|наш) )?(?:лучшая |лучший |младшая |младший |старшая |старший |двоюродная |"
    r"двоюродный )?(?:подруга|подружка|друг|сестра|сестренка|брат|братик|одноклассница|одноклассник|"
    r"девушка|парень|мама|папа|мать|отец|соседка|сосед|тетя|дядя|кузина|кузен)|"
    r"(?:одна|один) (?:девочка|мальчик|парень|девушка) (?:из|в) (?:моего |нашего )?(?:класса|школы|"
    r"группы)|кто[ -]?то из (?:моего |нашего )?класса|(?:она|он) (?:только что )?(?:мне|нам) (?:только "
    r"что )?(?:написала|написал|сказала|сказал|позвонила|позвонил|скинула|скинул))"
)
_GUARD_RU = (
    r"в прошлом году|прошлым летом|(?:\w+ )?(?:лет|года|год|месяцев|месяца|недель) назад|когда (?:мы|я) "
    r"(?:были|был|была) (?:маленьк\w+|младше)|когда[- ]?то|(?:сейчас|теперь|уже) (?:с ней |с ним |она |он )?"
    r"(?:все )?(?:хорошо|"
    r"в порядке|нормально)|ей помогли|ему помогли|получила помощь|получил помощь|выздоровел\w*|"
    r"поправил\w*|сериал\w*|сезон\w*|серии|фильм\w*|книг\w+|роман\w*|аниме|манг\w+|персонаж\w*|"
    r"героин\w+|нетфликс|новост\w+|стать[еияю]|документал\w+|в игре|майнкрафт\w*|роблокс\w*|фортнаит\w*|"
    r"зель\w+|случайно|нечаянно|готовил\w*|резал\w* (?:хлеб|овощи|лук)|брил\w+|упал\w*|разбит\w+ стекл\w+|"
    r"от (?:головы|головнои боли|аллергии|простуды|температуры|мигрени|астмы)|например|на уроке|нас "
    r"учили|мы проходили|что делать если|гипотетически|"
    # a jump into the pool, onto a trampoline or in parkour ("на краю бассейна ... прыгнет")
    r"бассеин\w*|батут\w*|паркур\w*|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"как (?:сказал|прописал|назначил|велел) врач|по назначению врача|по рецепту|таблетниц\w*"
)
_PILLS_RU = (
    r"таблет\w*|колес\w*|лекарств\w*|снотворн\w*|антидепрессант\w*|пилюл\w*|парацетамол\w*|феназепам\w*|"
    r"emoji_pill"
)
_LOTS_RU = (
    r"много|кучу|горсть|целую (?:пачку|упаковку|банку|пластинку|коробку|блистер)|всю (?:пачку|упаковку|"
    r"банку|пластинку|коробку)|все|пачку|упаковку|две пачки|(?:штук )?(?:[1-9]\d+|двадцать|тридцать|"
    r"сорок|пятьдесят|сто)"
)
_ACTS_RU = (
    r"(?:наглоталась|наглотался|нажралась|нажрался|обожралась|обожрался) (?:\S+ ){0,3}?(?:" + _PILLS_RU
    + r")|(?:выпила|выпил|проглотила|проглотил|съела|съел|приняла|принял|пьет|глотает|напилась|напился) "
    r"(?:\S+ ){0,2}?(?:" + _LOTS_RU + r") (?:\S+ ){0,3}?(?:" + _PILLS_RU + r")|передоз\w*|"
    r"(?:выпила|выпил|проглотила|проглотил|хлебнула|хлебнул|глотнула|глотнул|пьет) (?:\S+ ){0,3}?"
    r"(?:хлорк\w*|отбеливател\w*|белизн\w*|яд|яда|отрав\w*|уксус\w*|средство для (?:чистки|мытья|"
    r"унитаза)|моющ\w+ средств\w+|крысин\w+ яд\w*|антифриз\w*|растворител\w*|кислот\w*)|"
    r"(?:порезала|порезал|резанула|резанул|вскрыла|вскрыл|порезалась|порезался|изрезала|изрезал) (?:\S+ )"
    r"{0,5}?(?:вены|вену|запяст\w+|глубоко|сильно|очень сильно|кровь не останавливается|не "
    r"останавливается кровь|кров\w* (?:везде|повсюду|хлещет|течет)|много крови|прямо сейчас|сейчас)|"
    r"(?:режет|режется) (?:себя|вены|руки) (?:\S+ ){0,3}?(?:прямо сейчас|сейчас)|(?:вскрыла|вскрыл|"
    r"вскрывает|режет) (?:себе )?вены|"
    r"(?:хочет|собирается|сейчас|грозится|угрожает|говорит что|сказала что|сказал что) (?:\S+ ){0,2}?"
    r"(?:прыгнуть|спрыгнуть|сброситься|броситься|скинуться|прыгнет|спрыгнет|сбросится) (?:\S+ ){0,3}?"
    r"(?:с |под |из )(?:\S+ )?(?:моста|крыши|окна|балкона|многоэтажки|высотки|поезд|электричку|машину|"
    r"обрыва|скалы)|"
    r"(?:стоит|сидит|залезла|залез|находится|сейчас) (?:\S+ ){0,2}?на (?:крыше|мосту|краю|рельсах|путях|"
    r"подоконнике|карнизе|перилах) (?:\S+ ){0,12}?(?:прыгн\w+|спрыгн\w+|сброс\w+|умереть|убить|прощается|"
    r"попрощалась|попрощался)|"
    r"(?:хочет|собирается|сказала что|сказал что|говорит что|решила|решил|планирует) (?:\S+ ){0,2}?"
    r"(?:покончить с собои|убить себя|умереть|сдохнуть|повеситься|выпилиться|уити из жизни|сделать это|"
    r"прыгнуть) (?:\S+ ){0,3}?(?:сегодня ночью|сегодня вечером|сегодня|этои ночью|ночью|сеичас|прямо "
    r"сеичас|после школы|когда все уснут)|(?:сегодня ночью|сегодня|сеичас|этои ночью) (?:\S+ ){0,3}?"
    r"(?:покончит с собои|убьет себя|повесится|выпилится|прыгнет|умрет)|(?:у нее|у него) (?:есть )?план "
    r"(?:\S+ ){0,3}?(?:покончить|убить себя|умереть)|предсмертн\w+ записк\w+|"
    r"(?:заперлась|заперся|закрылась|закрылся|запирается|закрывается) (?:\S+ ){0,8}?(?:лезви\w+|нож\w*|"
    r"бритв\w+|таблетк\w+|таблетками|веревк\w+|ремн\w+|ножниц\w+)"
)
_BYE_RU = (
    r"(?:выложила|выложил|написала|написал|запостила|запостил|опубликовала|опубликовал|отправила|"
    r"отправил|оставила|оставил|разослала|разослал) (?:\S+ ){0,4}?(?:прощальн\w+|прощание|прощаи\w*|"
    r"последнее сообщение|предсмертн\w+)|попрощал\w+ (?:со всеми|с нами)|(?:написала|написал|сказала|"
    r"сказал) (?:мне |нам |всем )(?:\S+ ){0,4}?(?:прощаите|прощаи|что любит нас|что любит меня|простите "
    r"за все|прости за все|спасибо за все)|"
    # "сестра написала 'береги маму, прости меня'": the family left in the writer's care ("прости
    # меня" alone is as often a quarrel's end)
    r"(?:написала|написал|сказала|сказал) (?:мне |нам |всем )?(?:\S+ ){0,4}?['\"«]?(?:береги (?:маму|папу|"
    r"брата|сестру|кота|собаку)|позаботься о (?:маме|папе|брате|сестре))"
)
_UNREACH_RU = (
    r"не (?:\S+ )?(?:отвечает|берет трубку|берет|читает|выходит на связь|в сети|онлаин)|телефон (?:\S+ )"
    r"{0,2}?(?:выключен|вне зоны|недоступен|не доступен)|абонент (?:\S+ )?недоступен|(?:никто|мы|я) не "
    r"(?:\S+ )?(?:может|можем|могу|могут) (?:\S+ ){0,2}?(?:дозвониться|связаться|достучаться|наити)|"
    r"(?:не можем|не могу|никто не может) (?:до (?:нее|него) )?дозвониться|(?:никто|мы) не знае\w* где "
    r"(?:она|он)|пропала|пропал|оффлаин|офлаин"
)
_BYE_GUARD_RU = (
    r"переезжа\w+|переезд\w*|переехал\w*|выходит из (?:группы|чата|беседы)|выш\w+ из (?:группы|чата|"
    r"беседы)|отпуск\w*|каникул\w*|поездк\w+|путешеств\w+|лагер\w+|самолет\w*|аэропорт\w*|перелет\w*|"
    r"обмен\w*|за границ\w+|нов\w+ школ\w+|нов\w+ телефон\w*|нет связи|нет сети|нет интернета|нет "
    r"ваифая|без интернета|батаре\w+|заряд\w*|наказал\w*|наказан\w*|отобрали телефон|забрали телефон|"
    r"перерыв от соцсетеи|детокс|выпускно\w+|последнии день"
)
_TX_RU = (
    "таблет|колес|лекарств|снотворн|антидепрессант|пилюл|парацетамол|феназепам|emoji_pill|передоз|хлорк|"
    "отбеливател|белизн|яд|отрав|уксус|средство|моющ|антифриз|растворител|кислот|порез|резанул|вскрыл|"
    "вскрыва|изрезал|режет|прыгн|спрыгн|сброс|брос|скинуться|крыше|мосту|краю|рельс|путях|подоконник|"
    "карниз|перил|покончит|убить себя|убьет себя|умереть|умрет|сдохнуть|повесит|выпилит|уйти из жизни|"
    "сделать это|план|предсмертн|заперл|заперся|закрылась|закрылся|запирается|закрывается|прощ|за все|"
    "любит|береги|позаботься"
)
_TRIG_RU = (
    "подруга подружка друг сестра сестренка брат братик одноклассница одноклассник девушка парень "
    "мама папа мать отец соседка сосед тетя дядя кузина кузен одна один кто кто-то она он какая-то какои-то "
    "девчонка девочка мальчик пацан чел"
)
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_RU = (
    r"(?<!если )(?<!когда )(?:(?:одна|один|какая[ -]?то|какои[ -]?то) (?:девочка|девчонка|девушка|парень|"
    r"мальчик|пацан|чел) (?:из|в) (?:моеи |нашеи |моего |нашего )?(?:беседы|беседе|чата|чате|группы|"
    r"группе|класса|классе|школы)|(?:девочка|девчонка|парень|пацан|чел) из (?:нашеи |моеи |нашего |моего )?"
    r"(?:беседы|чата|группы|класса))"
)
_ACTS_MORE_RU = (
    r"(?:хочет|хотела|хотел|собирается) (?:\S+ )?(?:умереть|покончить с собои|убить себя|сдохнуть|"
    r"выпилиться|не жить) (?:\S+ ){0,8}?(?:есть|уже есть|продуман|придумал\w*) (?:\S+ )?план|"
    r"(?:есть|уже есть) план (?:\S+ ){0,6}?(?:умереть|покончить|убить себя|сдохнуть|выпилиться)|"
    # the future with the time after it ("убьет себя сегодня ночью")
    r"(?:покончит с собои|убьет себя|повесится|выпилится|отравится) (?:\S+ ){0,3}?(?:сегодня ночью|сегодня "
    r"вечером|сегодня|этои ночью|ночью|сеичас|прямо сеичас|после школы|когда все уснут)(?! (?:\S+ ){0,2}?если\b)"
)
_UNREACH_MORE_RU = r"не (?:\S+ )?открывает|удалил\w* (?:страницу|аккаунт|акк|профиль)"
_SIGN_RU = (
    r"(?:фото|фотку|фотографию|видео|сторис|скрин|селфи|снимок) (?:\S+ ){0,2}?(?:таблет\w*|лезви\w*|бритв\w*|"
    r"нож\w*|запяст\w*|вен|порез\w*|раны|ранами|кров\w*|верев\w*|петл\w*)"
)
_PLACE_RU = (
    r"(?:стоит|сидит|находится|сеичас|одна|один|ушла|ушел|пошла|пошел) (?:\S+ ){0,2}?(?:на|у|возле|около|над|"
    r"к) (?:\S+ )?(?:рельсах|рельсам|рельсов|путях|путям|мосту|моста|мост|реке|реки|реку|крыше|крышу|краю|"
    r"обрыве|обрыва|карнизе|набережнои|железнои дороге|железке)"
)
_ENDS_RU = (
    r"(?:это|всему|всем) конец|больше не (?:может|хочет жить|вывозит|выдерживает)|не хочет (?:больше )?жить|"
    r"хочет умереть|хочет сдохнуть|(?:сегодня|этои ночью) (?:\S+ )?(?:все )?законч\w+|прощаите|последнее "
    r"сообщение"
)
_TX_MORE_RU = (
    "план|фото|фотк|видео|сторис|скрин|селфи|снимок|рельс|путях|путям|мост|рек|крыш|краю|обрыв|карниз|"
    "набережн|железн"
)

# -- pl (the possessive is often left out: "kolezanka napisala...") ------------------------------
_WHO_PL = (
    r"(?<!jesli )(?<!jezeli )(?<!gdyby )(?<!kiedys )(?<!temu )(?<!roku )(?<!sobie )(?:"
    r"(?:(?:moja|moj|nasza|nasz) )?(?:najlepsza |najlepszy |mlodsza |mlodszy |starsza |starszy )?"
    r"(?:przyjaciolka|przyjaciel|kolezanka|kolega|siostra|siostrzyczka|brat|braciszek|kuzynka|kuzyn|"
    r"dziewczyna|chlopak|mama|tata|matka|ojciec|ciocia|wujek|sasiadka|sasiad|psiapsiolka|psiapsi|ziomek|"
    r"ziomal|bff)|(?:jedna|jeden|pewna|pewien) (?:dziewczyna|chlopak|kolezanka|kolega|laska|typ) (?:z|w) "
    r"(?:mojej |naszej )?(?:klasy|szkoly|grupy|druzyny)|ktos z (?:mojej |naszej )?klasy|(?:ona|on) "
    r"(?:wlasnie |dopiero co )?(?:mi|nam) (?:napisala|napisal|powiedziala|powiedzial|wyslala|wyslal))"
)
_GUARD_PL = (
    r"w zeszlym roku|zeszlego lata|(?:\w+ )?(?:lata|lat|rok|miesiace|miesiecy|tygodnie) temu|kiedy "
    r"(?:bylismy|bylam|bylem) (?:mal\w+|dziecmi)|(?:juz|teraz) (?:jest |czuje sie )?(?:ok|okej|dobrze|"
    r"w porzadku|lepiej|bezpieczn\w+)|dostal\w* pomoc|wyzdrowial\w*|serial\w*|sezon\w*|odcin\w+|film\w*|"
    r"ksiazk\w+|powiesc\w*|anime|mang\w+|postac\w*|bohater\w*|netflix\w*|wiadomosciach|news\w*|"
    r"artykul\w*|dokument\w*|w grze|minecraft\w*|roblox\w*|fortnite\w*|mikstur\w+|eliksir\w*|przypadkiem|"
    r"przez przypadek|niechcacy|gotujac|przy gotowaniu|krojac|przy goleniu|golac|upadl\w*|przewrocil\w*|"
    r"na (?:bol glowy|alergie|okres|przeziebienie|goraczke|migrene|astme)|na przyklad|uczylismy sie|na "
    r"lekcji|warsztat\w*|co robic gdy|co robic jesli|co zrobic jesli|hipotetycz\w+|"
    # a jump into the pool, onto a trampoline or in parkour ("na krawedzi basenu ... skoczy")
    r"basen\w*|trampolin\w*|parkour\w*|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"jak (?:kazal|powiedzial|przepisal|zalecil) lekarz|zgodnie z (?:recepta|zaleceniami)|pojemnik na leki"
)
_PILLS_PL = (
    r"tablet\w*|pigul\w*|lekow|leki|lekami|lekarstw\w*|prochy|prochow|proszk\w*|nasenn\w+|"
    r"antydepresant\w*|paracetamol\w*|ibuprom\w*|apap\w*|emoji_pill"
)
_LOTS_PL = (
    r"duzo|mnostwo|cale opakowanie|cala paczke|cale pudelko|cala butelke|cala fiolke|caly blister|"
    r"wszystkie(?: swoje| mamy| jej| jego)?|garsc|kupe|kilkanascie|kilkadziesiat|opakowanie|dwa "
    r"opakowania|paczke|(?:z |okolo |jakies |chyba )?(?:[1-9]\d+|dwadziescia|trzydziesci|czterdziesci|"
    r"piecdziesiat|sto)"
)
_ACTS_PL = (
    r"(?:nalykala sie|nalykal sie|nazarla sie|nazarl sie) (?:\S+ ){0,3}?(?:" + _PILLS_PL + r")|"
    r"(?:polknela|polknal|wziela|wzial|lyknela|lyknal|zazyla|zazyl|lyka|bierze|wypila|wypil|zjadla|"
    r"zjadl) (?:\S+ ){0,2}?(?:" + _LOTS_PL + r") (?:\S+ ){0,3}?(?:" + _PILLS_PL + r")|"
    r"przedawkowal\w*|przedawkowanie|"
    r"(?:wypila|wypil|polknela|polknal|lyknela|lyknal|pije) (?:\S+ ){0,3}?(?:wybielacz\w*|domestos\w*|"
    r"trucizn\w+|trutk\w+|srodek do czyszczenia|plyn do (?:mycia|czyszczenia)|kreta|kwas\w*|"
    r"rozpuszczalnik\w*)|"
    r"(?:pociela sie|pocial sie|tnie sie|pocieta|pociety|podciela sobie|podcial sobie|przeciela sobie|"
    r"przecial sobie|pociela sobie|pocial sobie) (?:\S+ ){0,5}?(?:gleboko|mocno|bardzo|zyly|nadgarst\w+|"
    r"krew nie przestaje leciec|nie przestaje krwawic|krwawi (?:mocno|bardzo|strasznie)|wszedzie krew|"
    r"duzo krwi|teraz|wlasnie)|(?:podciela|podcial|przeciela|przecial) (?:sobie )?(?:zyly|nadgarstki)|"
    r"(?:chce|zaraz|mowi ze|powiedziala ze|powiedzial ze|grozi ze|zamierza|ma zamiar) (?:\S+ ){0,2}?"
    r"(?:skoczy\w*|skakac|rzuci sie|rzucic sie|zeskoczy\w*) (?:\S+ ){0,3}?(?:z |pod |przez )(?:\S+ )?"
    r"(?:mostu|dachu|okna|balkonu|wiezowca|bloku|klifu|skaly|pociag|tory|samochod)|"
    r"(?:stoi|siedzi|jest|wlazla|wszedl|weszla) (?:\S+ ){0,2}?na (?:dachu|moscie|krawedzi|torach|gzymsie|"
    r"parapecie|barierce|balustradzie) (?:\S+ ){0,12}?(?:skoczy\w*|skakac|rzuci\w*|umrzec|zabic|zegna|"
    r"pozegnal\w*)|"
    r"(?:chce|zamierza|ma zamiar|mowi ze|powiedziala ze|powiedzial ze|planuje|postanowila|postanowil) "
    r"(?:sie )?(?:\S+ ){0,2}?(?:zabic|zabije|umrzec|popelnic samobojstwo|powiesic|odebrac sobie zycie|"
    r"skonczyc ze soba|skoczyc|to zrobic|zrobi to) (?:\S+ ){0,3}?(?:dzis w nocy|dzisiaj w nocy|dzisiaj|"
    r"dzis|teraz|zaraz|tej nocy|wieczorem|po szkole|jak wszyscy zasna)|(?:dzis w nocy|dzisiaj|dzis|"
    r"teraz|zaraz|tej nocy) (?:\S+ ){0,3}?(?:sie zabije|zabije sie|umrze|sie powiesi|skoczy|odbierze "
    r"sobie zycie)|ma plan (?:\S+ ){0,3}?(?:zabic|samobojstw\w*|umrzec)|list samobojczy|"
    r"(?:zamknela sie|zamknal sie|zamyka sie|zabarykadowala sie|zabarykadowal sie) (?:\S+ ){0,8}?"
    r"(?:zyletk\w+|nozem|noz\w*|brzytw\w+|tabletk\w+|lekami|prochami|sznur\w*|lina|paskiem|nozyczk\w+|"
    r"wybielacz\w*)"
)
_BYE_PL = (
    r"(?:wrzucila|wrzucil|dodala|dodal|napisala|napisal|wyslala|wyslal|zostawila|zostawil|opublikowala|"
    r"opublikowal|wstawila|wstawil) (?:\S+ ){0,4}?(?:pozegnani\w+|pozegnaln\w+|zegnajcie|zegnaj|ostatni\w* "
    r"wiadomosc\w*)|pozegnal\w* sie (?:ze wszystkimi|z nami)|(?:napisala|napisal|powiedziala|powiedzial) "
    r"(?:mi|nam|wszystkim) (?:\S+ ){0,4}?(?:zegnajcie|zegnaj|ze nas kocha|ze mnie kocha|przeprasza za "
    r"wszystko|przepraszam za wszystko|dziekuje za wszystko|dzieki za wszystko)"
)
_UNREACH_PL = (
    r"nie (?:\S+ )?(?:odpisuje|odbiera|odpowiada|czyta|wyswietla|jest online|odzywa sie|daje znaku)|"
    r"telefon (?:\S+ ){0,2}?(?:wylaczony|nie odpowiada|poza zasiegiem)|(?:nikt|my|ja) (?:\S+ )?nie (?:\S+ )?"
    r"(?:moze|mozemy|moge|moga) (?:\S+ ){0,3}?(?:dodzwonic|skontaktowac|znalezc|zlapac)|nikt nie wie "
    r"gdzie|zaginela|zaginal|offline|wylaczyl\w* telefon|wylaczon\w* (?:telefon|komork\w*|fon)|poczta glosowa"
)
_BYE_GUARD_PL = (
    r"przeprowadz\w+|wyprowadz\w+|wychodzi z (?:grupy|czatu|serwera)|wyszl\w* z (?:grupy|czatu|serwera)|"
    r"wyszedl z (?:grupy|czatu|serwera)|wakacj\w+|urlop\w*|wyjazd\w*|wycieczk\w+|oboz\w*|kolonie|"
    r"samolot\w*|lotnisk\w+|wymian\w+|za granic\w+|now\w+ szkol\w+|nowy telefon|zasieg\w*|bez internetu|"
    r"nie ma internetu|bateri\w+|rozladowal\w*|szlaban\w*|ukaran\w+|zabrali (?:jej|mu) telefon|przerwa od|"
    r"detoks|koniec roku|ostatni dzien|internat\w*"
)
# every match holds one of these (stems of the acts and the goodbyes): a message without
# any is skipped before the patterns run
_TX_PL = (
    "tablet|pigul|lek|prochy|prochow|proszk|nasenn|antydepresant|paracetamol|ibuprom|apap|emoji_pill|"
    "przedawkow|wybielacz|domestos|trucizn|trutk|srodek do czyszczenia|plyn do|kreta|kwas|"
    "rozpuszczalnik|pociel|pocial|tnie sie|pociet|podciel|podcial|przeciel|przecial|skocz|skakac|rzuci|"
    "zeskocz|dachu|moscie|krawedzi|torach|gzymsie|parapecie|barierce|balustradzie|zabic|zabije|umrzec|"
    "umrze|samobojstw|samobojczy|powiesi|sobie zycie|skonczyc ze soba|to zrobic|zrobi to|plan|zamknel|"
    "zamknal|zamyka sie|zabarykadowal|pozegna|zegnaj|ostatni|kocha|przeprasza|za wszystko"
)
_TRIG_PL = (
    "przyjaciolka przyjaciel kolezanka kolega siostra siostrzyczka brat braciszek kuzynka kuzyn "
    "dziewczyna chlopak mama tata matka ojciec ciocia wujek sasiadka sasiad psiapsiolka psiapsi "
    "ziomek ziomal bff jedna jeden pewna pewien ktos ona on kumpel kumpela kumpelka ziomeczek ziomus ziomka "
    "znajomy znajoma laska typ dziewczynka chlopiec"
)
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_PL = (
    r"(?<!jesli )(?<!jezeli )(?<!gdyby )(?:(?:(?:moj|moja|nasz|nasza) )?(?:kumpel|kumpela|kumpelka|ziomeczek|"
    r"ziomus|ziomka|znajomy|znajoma)|(?:dziewczyna|chlopak|laska|typ|dziewczynka|chlopiec|ktos) z "
    r"(?:mojej |naszej )?(?:grupy|czatu|discorda|osiedla|druzyny))"
)
_ACTS_MORE_PL = (
    r"(?:chce|chcial\w*) (?:\S+ )?(?:umrzec|sie zabic|zabic sie|skonczyc ze soba) (?:\S+ ){0,8}?(?:ma|juz "
    r"ma) (?:\S+ )?plan\b"
)
_UNREACH_MORE_PL = r"nie (?:\S+ )?otwiera|usunel\w* (?:konto|profil|insta)|usunal (?:konto|profil|insta)"
_SIGN_PL = (
    r"(?:zdjecie|zdjecia|zdjeciem|fote|fotke|fotki|foto|picture|pictures|filmik|relacje|story|screen) "
    r"(?:\S+ ){0,3}?"
    r"(?:tabletek|tabletki|lekow|prochow|zyletk\w+|noza|nadgarstk\w+|zyl|ran|ranami|rany|ciec|krwi|"
    r"sznur\w*|petli)\b"
)
_PLACE_PL = (
    r"(?:stoi|siedzi|jest|czeka|sama|sam|poszla|poszedl) (?:\S+ ){0,2}?(?:na|przy|nad|pod|obok|kolo) (?:\S+ )?"
    r"(?:torach|torami|torow|tory|moscie|mostem|mostu|most|rzece|rzeka|rzeki|dachu|dach|krawedzi|"
    r"wiaduktem|wiadukcie|urwisku|kanale)\b"
)
_ENDS_PL = (
    r"to (?:juz )?koniec(?! \S*(?:roku|semestr|lekcj|film|serial|sezon|wakacj|ferii|tygodnia|dnia|meczu|gry|"
    r"zwiazk))|(?:juz )?nie chce (?:juz )?zyc|chce umrzec|(?:dzis|dzisiaj|tej nocy) (?:\S+ )?(?:to )?"
    r"(?:konczy|skonczy|zakonczy)\w*|zegnajcie|ostatni\w* wiadomosc\w*"
)
_TX_MORE_PL = (
    "picture|plan|zdjeci|fote|fotk|foto|filmik|relacj|story|selfie|screen|tor|most|rzek|dach|krawedzi|wiadukt|"
    "urwisk|kanale"
)


RULES: list[Rule] = [
    _rule(_TRIG_RU, _TX_RU + "|" + _TX_MORE_RU,
          _acute_more(_WHO_RU, _GUARD_RU, _ACTS_RU, _BYE_RU, _UNREACH_RU, _BYE_GUARD_RU,
                      who_more=_WHO_MORE_RU, acts_more=_ACTS_MORE_RU,
                      unreach_more=_UNREACH_MORE_RU, sign=_SIGN_RU, place=_PLACE_RU, ends=_ENDS_RU)),
    _rule(_TRIG_PL, _TX_PL + "|" + _TX_MORE_PL,
          _acute_more(_WHO_PL, _GUARD_PL, _ACTS_PL, _BYE_PL, _UNREACH_PL, _BYE_GUARD_PL,
                      who_more=_WHO_MORE_PL, acts_more=_ACTS_MORE_PL,
                      unreach_more=_UNREACH_MORE_PL, sign=_SIGN_PL, place=_PLACE_PL, ends=_ENDS_PL)),
]
