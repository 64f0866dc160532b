"""Someone else at an edge or locked in, now (see `selfharm_others_edge.py`):
the tables of Russian, Polish, Turkish, Indonesian, Arabic (script and
Arabizi), Hindi (Hinglish and Devanagari) and Chinese.

Why: the same two pairs passed in these languages - a balcony railing, a
window sill, the edge of a roof or a bridge ("на перилах балкона", "na
barierce balkonu", "balkonun kenarında", "di pagar balkon", "على طرف
البلكونه", "3ala 7afet el balcona", "balcony ki railing pe", "阳台栏杆上")
with a jump said in the forms children write it (the quoted first person
"atlıcam", "कूद जाऊंगा", "hayenot"; the threat "угрожает", "grozi",
"ngancem", "يهدد"), and locked in ("заперся в ванной", "banyoya kilitlendi",
"ngunci diri", "قافل على نفسه", "bathroom me band", "把自己锁在") with blood
under the door, a blade or a silence.

How: `selfharm_others_edge._edge` with the older person and guard tables of
each language.  Turkish reads the place and the verb from their suffixes
("balkonun kenarında", "atlayacakmış"); Arabic script and Devanagari take a
word start that also follows a quote mark (vowel signs are not word
characters) and no trailing \\b; Arabizi reads a digit as the letter it
stands for ("7afet" is "tafet" in the phrase form); Chinese runs on the
normalised text, simplified and traditional (`zrule`).

What passes: as in English - the older guard of each language (a past that
is over, fiction, a lesson), and the everyday tables here: the pool, the
water, a trampoline, parkour, a wall, a cat, a game for the edge; make-up,
a shower, a nosebleed, a period, a sulk and blood cleaned up for the locked
door.
"""

from __future__ import annotations

from .packs.hi._script import _triggers
from .packs.zh import zrule
from .rule_heads import with_stems, zh_spellings
from .rules import Rule
from .selfharm_others_acute_asia import _GUARD_ID, _GUARD_ZH, _WHO_ID, _WHO_MORE_ID, _WHO_MORE_ZH, _WHO_ZH
from .selfharm_others_acute_indic import _GUARD_HI, _GUARD_HL, _WHO_HI, _WHO_HL, _WHO_MORE_HI, _WHO_MORE_HL
from .selfharm_others_acute_mideast import _GUARD_AR, _GUARD_TR, _WHO_AR, _WHO_MORE_AR, _WHO_MORE_TR, _WHO_TR
from .selfharm_others_acute_slavic import _GUARD_PL, _GUARD_RU, _WHO_MORE_PL, _WHO_MORE_RU, _WHO_PL, _WHO_RU
from .selfharm_others_edge_base import _NAME, _edge, edge_rule, silence
from .selfharm_others_now_base import _NB
from .selfharm_others_now_langs import _A3, _A5, _A7, _WHO_AZ, _WHO_NEW_TR
from .selfharm_others_seen_langs import _WHO_SEEN_AZ

# -- ru ("й" reads "и") ----------------------------------------------------------------------
_PLACE_RU = (
    r"балкон\w*|перил\w*|окн[оаеу]|окном|окошк\w*|подоконник\w*|кра[юя]|крыш\w*|мост\w*|карниз\w*|парапет\w*|"
    r"ограждени\w*|обрыв\w*|скал[аеуы]"
)
_EDGE_RU = r"(?:на|в|у|с|через|за|над|из|по) (?:\S+ ){0,2}?(?:" + _PLACE_RU + r")\b"
_JUMP_RU = (
    r"(?:говорит|говорила|говорил|сказала|сказал|пишет|написала|написал|кричит|орет|угрожает|грозится|хочет|"
    r"собирается|сеичас|щас|вот вот|прям) (?:\S+ ){0,4}?(?:прыгн\w*|прыга\w*|спрыгн\w*|выпрыгн\w*|сигану\w*|"
    r"сигать|выброс\w*|брос\w* вниз|шагн\w* вниз)"
    r"(?! (?:\S+ ){0,2}?(?:в бассеин|в воду|в озеро|в речку|на батут|через скакалку|с парашютом|в сугроб))"
)
_LOCKED_RU = (
    r"заперся|заперлась|заперлись|закрылся|закрылась|закрылись|заперт|заперта|заперты|забаррикадировал\w*"
)
_NOANS_RU = r"не (?:открывает|отвечает|отзывается|откликается|реагирует)"
_QUIET_RU = r"тишина|ни звука|ничего не слышно|не слышно ни звука|не двигается|не шевелится"
_HARM_RU = (
    r"кровь|крови|кровью|кровища|кровищи|кровоточ\w*|лезви\w*|бритв\w*|нож|ножом|ножик\w*|ножниц\w*|"
    + silence(_NOANS_RU, _QUIET_RU)
)
_EDGE_GUARD_RU = (
    r"бассеин\w*|вод[ауыое]|озер\w*|речк\w*|батут\w*|паркур\w*|стен[аеуы]|скеит\w*|кошк\w*|кот|кота|котик\w*|"
    r"котенок|собак\w*|пес|птиц\w*|игр[аеуы]|игре|майнкрафт\w*|роблокс\w*|фортнаит\w*|скакалк\w*|парашют\w*|"
    r"прикол\w*|пранк\w*|от радости|от счастья|антенн\w*|чинит|ремонт\w*|тарелк\w*|моет окн\w*"
)
_LOCKED_GUARD_RU = (
    r"красится|красилась|накраш\w*|макияж\w*|душ|душе|в ванне|волос\w*|музык\w*|наушник\w*|играет|уроки|"
    r"домашк\w*|нос|носа|носом|месячн\w*|бреется|брилась|обидел\w*|злится|дуется|наказан\w*|убрал\w*|"
    r"вытер\w*|отмыл\w*|искусственн\w* кров\w*|хэллоуин\w*|кетчуп\w*|тыкв\w*|вырезает по дереву"
)
_TRIG_RU = (
    "балкон балкона балконе балконом балконы перила перилах перил перилами окно окна окне окном окошко "
    "подоконник подоконнике подоконника краю края крыша крыши крыше крышу мост моста мосту мосте карниз "
    "карнизе парапет парапете заперся заперлась заперлись закрылся закрылась закрылись заперт заперта"
)
_STEMS_RU = (
    "прыг|сига|выброс|брос|шагн|кров|лезви|бритв|нож|открывает|отвечает|отзывается|откликается|реагирует"
)

# -- pl ---------------------------------------------------------------------------------------
_PLACE_PL = (
    r"balkon\w*|barier\w*|balustrad\w*|porecz\w*|okn\w*|okien\w*|parape\w*|krawedz\w*|dach\w*|most\w*|"
    r"moscie|gzyms\w*|taras\w*|urwisk\w*|klif\w*"
)
_EDGE_PL = r"(?:na|w|we|przy|przez|za|nad|z|ze|po) (?:\S+ ){0,2}?(?:" + _PLACE_PL + r")\b"
_JUMP_PL = (
    r"(?:mowi|mowila|mowil|powiedziala|powiedzial|pisze|napisala|napisal|krzyczy|grozi|grozila|grozil|chce|"
    r"zaraz|ma zamiar) (?:\S+ ){0,4}?(?:skoczy|skacze|skoczyc|wyskoczy|wyskoczyc|zeskoczy|skocze|rzuci sie|"
    r"rzucic sie)\b"
    r"(?! (?:\S+ ){0,2}?(?:do wody|do basenu|do jeziora|na trampoline|na trampolinie|przez skakanke|na "
    r"spadochronie)\b)"
)
_LOCKED_PL = r"zamkn\w* sie|zamkniet[aye]|zamknieci|zabarykadowal\w*"
_NOANS_PL = r"nie (?:odpowiada|otwiera|odzywa sie|reaguje|odbiera)\b"
_QUIET_PL = r"cisza|ani dzwieku|nic nie slychac|nie slychac|nie rusza sie"
_HARM_PL = (
    r"krew|krwi|krwia|krwawi\w*|zakrwawion\w*|zyletk\w*|nozyk\w*|noz|nozem|brzytw\w*|nozyczk\w*|"
    + silence(_NOANS_PL, _QUIET_PL)
)
_EDGE_GUARD_PL = (
    r"basen\w*|wod[aey]|wode|jezior\w*|trampolin\w*|parkour\w*|murk\w*|mur|murze|skatepark\w*|kot|kota|kotek|"
    r"kotka|kici\w*|pies|psa|piesek|ptak\w*|grze|gra|gry|minecraft\w*|roblox\w*|fortnite\w*|skakank\w*|"
    r"spadochron\w*|zart\w*|z radosci|ze szczescia|anten\w*|naprawia\w*|rynn\w*|myje okn\w*"
)
_LOCKED_GUARD_PL = (
    r"maluje sie|makijaz\w*|prysznic\w*|kapiel\w*|wlos\w*|muzyk\w*|sluchawk\w*|gra|lekcje|uczy sie|nos\w*|"
    r"okres\w*|goli sie|obrazil\w*|zl[ay] na|foch\w*|szlaban\w*|posprzatal\w*|wytarl\w*|sztuczn\w* krew|"
    r"halloween|keczup\w*|dyni\w*|dynie|rzezbi\w*"
)
_TRIG_PL = (
    "balkon balkonu balkonie balkonem barierka barierce barierki barierke balustrada balustradzie porecz "
    "poreczy okno oknie okna oknem parapet parapecie parapetu krawedz krawedzi dach dachu dachem most moscie "
    "mostu gzyms gzymsie zamknal zamknela zamkneli zamkniety zamknieta zamknieci zabarykadowal zabarykadowala"
)
_STEMS_PL = "skocz|skacz|skoc|rzuci|krew|krwi|krwa|zyletk|noz|brzytw|odpowiada|otwiera|odzywa|reaguje|odbiera"

# -- tr (the suffix carries the place and the verb) ---------------------------------------------
_EDGE_TR = (
    r"balkon\w*|korkulu\w*|pencere\w*|pervaz\w*|cati\w*|kopru\w*|ucurum\w*|parmaklik\w*|(?:\S+ )?kenar\w*"
)
_JUMP_TR = (
    r"atlayacag\w*|atlayacak\w*|atlayacam|atlicam|atlican|atlicak\w*|atliyor\w*|atliyom|atlarim|atlamak "
    r"(?:istiyor\w*|uzere)|atlamakla tehdit\w*|kendi(?:mi|ni) (?:asagi )?(?:atacag\w*|atacak\w*|aticam|aticak\w*|"
    r"atiyor\w*|atarim)"
)
_LOCKED_TR = (
    r"(?:banyo|oda|tuvalet|lavabo|wc)\w* (?:\S+ )?(?:kilitle\w*|kapan\w*)|kendini (?:\S+ ){0,2}?kilitle\w*|"
    r"kapiyi (?:\S+ )?kilitle\w*|kilitli"
)
_NOANS_TR = r"cevap vermiyo\w*|acmiyo\w*|ses vermiyo\w*|yanit vermiyo\w*"
_QUIET_TR = (
    r"ses yok|hic ses (?:yok|cikarmiyo\w*|gelmiyo\w*)|tik yok|sesi (?:gelmiyo\w*|cikmiyo\w*)|kipirdamiyo\w*|"
    r"bir saattir|saatlerdir"
)
_HARM_TR = r"kan|kanli|kaniyo\w*|jilet\w*|bicak\w*|makas\w*|" + silence(_NOANS_TR, _QUIET_TR)
_EDGE_GUARD_TR = (
    r"havuz\w*|deniz\w*|suya|trambolin\w*|parkur\w*|duvar\w*|kaykay\w*|kedi\w*|kopek\w*|kus|kusu|oyun\w*|"
    r"minecraft|roblox|fortnite|pubg|ip atla\w*|paragut\w*|saka\w*|sevincten|mutluluktan|"
    r"anten\w*|tamir\w*|cam sil\w*"
)
_LOCKED_GUARD_TR = (
    r"makyaj\w*|dus|dusta|dusa|saclar\w*|sacini|sac boya\w*|muzik\w*|kulaklik\w*|oyun\w*|ders\w*|odev\w*|"
    r"burn\w*|regl\w*|tiras\w*|agda\w*|kust\w*|kizgin|sinirli|trip at\w*|ceza\w*|temizle\w*|sahte kan|"
    r"cadilar bayrami|ketcap|balkabag\w*|oyma\w*"
)
_TRIG_TR = (
    "arkadasim arkadasimiz kankam kankim sevgilim kardesim ablam abim kuzenim komsumuz komsum annem babam "
    "teyzem halam dayim amcam dostum siniftan sinifimizdan sinifimdan okuldan sinifimizdaki gruptan "
    "grubumuzdan grubumdan okulumuzdan siniftaki gruptaki okulumuzdaki sinifimdaki okuldaki tanistigim "
    "tanidigim"
)
_STEMS_TR = (
    "atla|atli|atac|atic|atiyo|atar|kan|jilet|bicak|makas|cevap|acmiyo|ses |yanit"
)

# -- id ---------------------------------------------------------------------------------------
_PLACE_ID = (
    r"balkon\w*|jendela\w*|pagar\w*|atap\w*|genteng\w*|pinggir\w*|tepi\w*|jembatan\w*|teras\w*|tebing\w*|"
    r"rooftop\w*|pembatas\w*|birai\w*"
)
_EDGE_ID = (
    r"(?:di|ke|dari|atas|naik|manjat|memanjat|nangkring di|nongkrong di) (?:\S+ ){0,2}?(?:" + _PLACE_ID + r")\b"
)
_JUMP_ID = (
    r"(?:bilang|katanya|ngomong|ngechat|nge chat|chat|nulis|teriak|ngancem|ngancam|mengancam|mau|pengen|ingin|"
    r"akan|bakal) (?:\S+ ){0,3}?(?:lompat|loncat|terjun|melompat|meloncat|jatuhin diri|menjatuhkan diri)\b"
    r"(?! (?:\S+ ){0,2}?(?:ke kolam|ke air|ke sungai|ke laut|di trampolin|tali)\b)"
)
_LOCKED_ID = r"(?:ngunci|mengunci|ngurung|mengurung|ngekunci|ngunciin) diri|terkunci|dikunci|kekunci"
_NOANS_ID = r"(?:gak|ga|nggak|ngga|gk|tidak|enggak) (?:mau )?(?:jawab|nyaut|nyahut|buka|bukain|respon|bales)\b"
_QUIET_ID = (
    r"(?:sepi|hening|sunyi) (?:banget|bgt|sekali)|(?:gak|ga|nggak|tidak) ada suara|(?:gak|ga|nggak) "
    r"kedengeran apa apa|(?:gak|ga|nggak|tidak) gerak"
)
_HARM_ID = r"darah|berdarah|silet|cutter|pisau|gunting|" + silence(_NOANS_ID, _QUIET_ID)
_EDGE_GUARD_ID = (
    r"kolam|air|airnya|sungai|laut|trampolin|parkour|tembok|skatepark|kucing\w*|anjing|burung|game|minecraft|"
    r"roblox|free ?fire|ff|mobile legends|pubg|tali|prank|becanda|bercanda|saking senang\w*|kegirangan|"
    r"girang|antena|benerin|betulin|talang|ngelap jendela"
)
_LOCKED_GUARD_ID = (
    r"dandan\w*|make ?up|lagi mandi|sedang mandi|keramas|rambut|musik|headset|earphone|nge ?game|main game|pr|"
    r"tugas|belajar|mimisan|hidung\w*|haid|mens|cukur\w*|marah|ngambek|bete|kesel|dihukum|dibersihin|bersihin|"
    r"udah bersih|darah palsu|halloween|saos|labu|ukir\w*"
)
_TRIG_ID = (
    "balkon balkonnya jendela jendelanya pagar pagarnya atap atapnya genteng pinggir tepi jembatan teras "
    "tebing rooftop pembatas birai ngunci mengunci ngurung mengurung ngekunci ngunciin terkunci dikunci "
    "kekunci"
)
_STEMS_ID = "lompat|loncat|terjun|jatuh|darah|silet|cutter|pisau|gunting|jawab|nyaut|nyahut|buka|respon|bales"

# -- ar (script; a word start also after a quote mark, "و"/"ف" before a part) ------------------------
_EDGE_AR = (
    r"(?:ب|ع|ل)?(?:ال)?(?:بلكونه|بلكون|بلكونات|شرفه|شباك|شبابيك|نافذه|حافه|طرف|سطح|جسر|كوبري|سور|درابزين)"
)
_JUMP_AR = (
    r"(?:ح|حت|حي|ه|هت|هي|رح|راح|بدو|بده|بدها|بي|بت|ب|ي|ت)? ?(?:ينط|تنط|نط|انط|يقفز|تقفز|اقفز|يطب|تطب)(?!\S)|"
    r"(?:ح|حت|حي|ه|هت|هي|رح|راح|بدو|بده|بدها|بي|بت|ب)? ?(?:يرمي|ترمي|ارمي|يلقي|تلقي) (?:حاله|حالها|نفسه|نفسها|"
    r"روحه|روحها|حالي|نفسي)|(?:يهدد|تهدد|بيهدد|بتهدد|هدد|هددت) (?:\S+ )?(?:انه|انها|بال|ب)?(?:نط|القفز|ينط|تنط)"
)
_LOCKED_AR = (
    r"(?:قافل|قافله|قفل|قفلت|مقفل|مقفله|مسكر|مسكره|سكر|سكرت|حابس|حابسه|حبس|حبست|مقفول) (?:علي|ع)? ?(?:نفسه|"
    r"نفسها|حاله|حالها|روحه|روحها)"
)
_NOANS_AR = (
    r"(?:ما|مش|مو|مب) ?(?:يرد|ترد|بيرد|بترد|برد|يفتح|تفتح|بيفتح|بتفتح|يرضي يفتح|ترضي تفتح)(?!\S)"
)
_QUIET_AR = r"ولا صوت|ما في صوت|مافي صوت|ما فيه صوت|ما في حس|مافي حس|ساكت تماما|ساكته تماما|هدوء تام"
_HARM_AR = (
    r"(?:ال)?دم(?:ه|ها)?(?!\S)|بينزف|بتنزف|ينزف|تنزف|نزيف|(?:ال)?شفره|(?:ال)?شفرات|(?:ال)?موس|(?:ال)?سكين\S*|"
    r"(?:ال)?مقص|" + silence(_NOANS_AR, _QUIET_AR)
)
_EDGE_GUARD_AR = (
    r"(?:ال|بال|ب)?(?:مسبح|بركه|بحر|ميه|مي|ترامبولين|باركور|قطه|قطتي|بسه|بستي|كلب|عصفور|لعبه|حبل|مقلب)|"
    r"ماين ?كرافت|روبلوكس|فورتنايت|ببجي|من (?:ال)?فرح(?:ه|ته|تها)?|(?:ال)?انتين|(?:ال)?دش|يصلح|تصلح|بيصلح|بتصلح"
)
_LOCKED_GUARD_AR = (
    r"مكياج|ميكب|ميك اب|تتروش|يتروش|دوش|شعرها|شعره|مزيكا|موسيقي|سماعات|يلعب|تلعب|واجب|واجبات|يدرس|تدرس|انفه|"
    r"انفها|خشمه|خشمها|رعاف|الدوره|دورتها|يحلق|تحلق|زعلان|زعلانه|معصب|معصبه|معاقب|معاقبه|نظف|نظفت|تنظف|"
    r"دم صناعي|هالوين|كاتشب|يقطين|قرع"
)
_TRIG_AR = (
    "بلكونه البلكونه بالبلكونه عالبلكونه بلكون البلكون شرفه الشرفه بالشرفه شباك الشباك بالشباك عالشباك نافذه "
    "النافذه حافه الحافه طرف سطح السطح عالسطح بالسطح جسر الجسر عالجسر كوبري الكوبري سور السور درابزين الدرابزين "
    "قافل قافله قفل قفلت مقفل مقفله مسكر مسكره سكر سكرت حابس حابسه حبس حبست مقفول"
)
_STEMS_AR = (
    "نط|قفز|طب|رمي|لقي|هدد|دم|نزف|نزيف|شفر|موس|سكين|مقص|يرد|ترد|برد|فتح"
)


# -- Arabizi (the phrase form reads a digit inside a word as a letter: "7afet" -> "tafet") --------
def _az(pattern: str) -> str:
    """An Arabizi pattern with each digit also read as the letter it stands for."""
    return pattern.replace("3", _A3).replace("7", _A7).replace("5", _A5)


_EDGE_AZ = _az(
    r"(?:el |al |l |fel |fl |3al |3a )?(?:balcona|balkona|balacona|balkon|balcony|shebbak|shobbak|shebak|"
    r"shibbak|shobak|sat7|sate7|sotou7|7afa|7afet|tarf|gesr|jisr|kobry|sour|dorabzeen)\b"
)
_JUMP_AZ = _az(
    r"(?:ha|h|ra7 |rah |bi|be|b)?(?:ye|te|y|t)no+t\b|(?:ha|h|ra7 |rah |bi|be|b)?(?:ye|te|y|t)ermy (?:nafs\w*|"
    r"7al\w*|roo7\w*)|(?:ha|h|ra7 |rah |bi|be|b)?(?:yo|to|ye|te)2foz\b|(?:bey|bt|by|bet)?hadded (?:\S+ )?"
    r"(?:eno|enaha|ennaha|ennu)? ?(?:ye|te|y|t)no+t"
)
_LOCKED_AZ = _az(
    r"(?:2afel|2afla|2afil|me2afel|me2afla|2afal|2aflet|sakker|msakker|msakra|7abes|7absa) (?:\S+ ){0,2}?"
    r"(?:3ala |3al |3a )?(?:nafso|nafsaha|nafsha|nafsoh|nafsa|7alo|7alha|roo7o|roo7ha)\b"
)
_NOANS_AZ = _az(
    r"(?:mesh|msh|ma|mab|mat)\S* ?(?:bterod|byrod|btrod|byred|btred|rodsh|yrod|trod|yerod|terod|bteftah|"
    r"byeftah|yefta7|tefta7|btefta7|byefta7)\w*"
)
_QUIET_AZ = _az(r"wala sot|mafi sot|ma fi sot|mafesh sot|mafish sot|sakta khales|sakt khales|sakit khales")
_HARM_AZ = _az(
    r"dam|el dam|damm|damo|damha|bynzef|btenzef|nazif|shafra|shafret|shafrat|mous|moos|sekeena|sikkeen|sekina|"
) + silence(_NOANS_AZ, _QUIET_AZ)
_EDGE_GUARD_AZ = _az(
    r"pool|sebe7a|mayya|maya|ba7r|trampoline|parkour|otta|2otta|kalb|lo3ba|game|minecraft|roblox|fortnite|"
    r"pubg|7abl|ma2lab|m[ei]n el far7a|dish|byssala7|btssala7|antena"
)
_LOCKED_GUARD_AZ = _az(
    r"makeup|mekyaj|shawer|shower|sha3r|music|headphones|bytl3ab|btl3ab|wageb|bizaker|btzaker|manakhir|menakhir|"
    r"el dawra|za3lan|za3lana|za3lane|ma3a2ab|ma3a2aba|naddaf|naddafet|halloween"
)
_GUARD_AZ = r"l sana elly fatet|el sana elly fatet|men sana|kan zaman|mosalsal|film|dlwa2ty kwayes\w*"
_TRIG_AZ = (
    "balcona balkona balacona balkon balcony shebbak shobbak shebak shibbak shobak sat7 satt sate7 satet "
    "7afa tafa 7afet tafet tarf gesr jisr kobry sour dorabzeen 2afel 2afla 2afil me2afel me2afla 2afal 2aflet "
    "sakker msakker msakra 7abes tabes 7absa tabsa"
)
_STEMS_AZ = (
    "not|ermy|2foz|dam|nzef|nazif|shafr|mous|moos|sekeen|sikkeen|sekina|rod|red|fta|ftah|ftat|eftah"
)

# -- hi, Hinglish -----------------------------------------------------------------------------------
_EDGE_HL = (
    r"balcony|balkoni|railing|reling|khidki|khidkii|window|chhat|chhatt|chhath|terrace|kinare|kinara|pul|"
    r"bridge|ledge|munder|mundir|chajja|chajje|parapet"
)
_JUMP_HL = (
    r"(?:kood|kud|jump) (?:jaungi|jaunga|jaaungi|jaaunga|jaungi|jayegi|jayega|jaegi|jaega|jaayegi|jaayega|"
    r"rahi|raha|rhi|rha|karegi|karega|kar dungi|kar dunga)\b|(?:koodne|kudne|koodne ki|kudne ki|jump karne ki) "
    r"(?:ki |wali|wala|dhamki|ja rahi|ja raha|bol rahi|bol raha)|khud ko (?:neeche )?(?:phek|phenk|gira) "
    r"(?:dungi|dunga|degi|dega)\b"
)
_LOCKED_HL = (
    r"(?:bathroom|washroom|toilet|kamre|kamra|room)\w* (?:me|mein|main|ke andar) (?:\S+ )?(?:band|lock)\b|"
    r"khud ko (?:\S+ ){0,4}?(?:band|lock)\b|(?:darwaza|door) (?:\S+ )?(?:band|lock) kar (?:liya|li|diya|rakha)\b"
)
_NOANS_HL = (
    r"(?:jawab|reply|response) nahi (?:de|kar) (?:raha|rahi|rha|rhi)|(?:darwaza|door) nahi khol (?:raha|rahi|rha|"
    r"rhi)"
)
_QUIET_HL = (
    r"koi (?:awaaz|awaz|aawaz) nahi|bilkul (?:chup|shaant|shant)|hil nahi (?:raha|rahi)|ek ghante se|ghanton se"
)
_HARM_HL = r"khoon|khun|blood|blade|bleed\w*|chaku|chaaku|razor|kainchi|" + silence(_NOANS_HL, _QUIET_HL)
_EDGE_GUARD_HL = (
    r"pool|paani|pani|swimming|nadi|samundar|trampoline|parkour|deewar|diwar|skate\w*|billi|kutta|kutte|chidiya|"
    r"tota|game|pubg|bgmi|free ?fire|minecraft|roblox|rassi|mazak|prank|khushi (?:se|ke maare)|"
    r"antenna|theek kar\w*|dish"
)
_LOCKED_GUARD_HL = (
    r"makeup|make up|naha (?:rahi|raha)|shower|baal|music|gaane|headphone\w*|earphone\w*|game|padhai|homework|"
    r"naak|nakseer|periods?|shave|waxing|gussa|naraz|naraaz|roothi|rootha|saza|saaf|nakli khoon|halloween|"
    r"ketchup"
)
_TRIG_HL = (
    "balcony balkoni railing reling khidki khidkii window chhat chhatt chhath terrace kinare kinara pul bridge "
    "ledge munder mundir chajja chajje parapet bathroom washroom toilet kamre kamra khud darwaza"
)
_STEMS_HL = (
    "kood|kud|jump|phek|phenk|gira|khoon|khun|blood|blade|bleed|chaku|chaaku|razor|kainchi|jawab|reply|response|"
    "khol"
)

# -- hi, Devanagari (no trailing \b: vowel signs are not word characters) -----------------------------
_EDGE_HI = r"बालकनी|रेलिंग|खिड़की|खिडकी|छत|किनारे|किनारा|पुल|मुंडेर|छज्जे|छज्जा|टैरेस"
_JUMP_HI = (
    r"(?:कूद|कुद) (?:जाऊंगा|जाऊंगी|जाऊँगा|जाऊँगी|जाएगा|जाएगी|जायेगा|जायेगी|रहा|रही)|कूदने (?:की|वाला|वाली|जा)|"
    r"कूदूंगा|कूदूंगी|खुद को (?:नीचे )?(?:फेंक|गिरा) (?:दूंगा|दूंगी|देगा|देगी)"
)
_LOCKED_HI = (
    r"(?:बाथरूम|कमरे|कमरा|टॉयलेट|वॉशरूम|रूम)\S* (?:में|के अंदर) (?:\S+ )?(?:बंद|लॉक)|खुद को (?:\S+ ){0,4}?"
    r"(?:बंद|लॉक)|(?:दरवाज़ा|दरवाजा) (?:\S+ )?(?:बंद|लॉक) कर (?:लिया|दिया|रखा)"
)
_NOANS_HI = r"जवाब नहीं दे (?:रहा|रही)|(?:दरवाज़ा|दरवाजा) नहीं खोल (?:रहा|रही)"
_QUIET_HI = r"कोई (?:आवाज़|आवाज) नहीं|बिल्कुल चुप|हिल नहीं (?:रहा|रही)|एक घंटे से|घंटों से"
_HARM_HI = r"खून|ब्लेड|चाकू|कैंची|रेज़र|रेजर|" + silence(_NOANS_HI, _QUIET_HI)
_EDGE_GUARD_HI = (
    r"पूल|पानी|स्विमिंग|नदी|समुंदर|ट्रैम्पोलिन|पार्कौर|दीवार|बिल्ली|कुत्ता|कुत्ते|चिड़िया|गेम|पबजी|रस्सी|मज़ाक|मजाक|"
    r"खुशी से|ख़ुशी से|खुशी के मारे|एंटीना|ठीक कर|डिश"
)
_LOCKED_GUARD_HI = (
    r"मेकअप|मेक अप|नहा|शावर|बाल|गाने|म्यूज़िक|म्यूजिक|हेडफोन|गेम|पढ़ाई|होमवर्क|नाक|नकसीर|पीरियड|शेव|गुस्सा|"
    r"नाराज़|नाराज|रूठ|सज़ा|सजा|साफ|नकली खून|हैलोवीन|केचप"
)
_TRIG_HI = _triggers(
    "बालकनी रेलिंग खिड़की खिडकी छत किनारे किनारा पुल मुंडेर छज्जे छज्जा टैरेस बाथरूम कमरे कमरा टॉयलेट वॉशरूम "
    "रूम खुद दरवाज़ा दरवाजा"
)
_STEMS_HI = "कूद|कुद|फेंक|गिरा|खून|ब्लेड|चाकू|कैंची|रेज़र|रेजर|जवाब|खोल"

# -- zh (on the normalised text) ----------------------------------------------------------------------
_EDGE_ZH = (
    r"阳台|栏杆|护栏|围栏|窗台|窗户|窗边|窗口|窗外|楼顶|天台|屋顶|房顶|楼边|桥上|桥边|天桥|大桥|边上|边缘|悬崖"
)
_JUMP_ZH = (
    r"(?:说|讲|喊|威胁|扬言|嚷着)(?:她|他|他们)?(?:要|想|准备|会|马上|就要|现在就|真的)*(?:要)?跳(?!舞|绳|水|高|远|床|伞|操)|"
    r"(?:要|想|准备)跳(?:下去|楼|下来)|跳楼|跳下去"
)
_LOCKED_ZH = (
    r"(?:把自己|自己)(?:锁|反锁|关)(?:起来)?(?:在|进)|(?:反锁|锁)(?:了|上了)?(?:卫生间|厕所|房间|浴室)(?:的)?门"
)
_NOANS_ZH = r"不(?:开门|答应|回应|回话|出声|吭声)|没(?:有)?(?:反应|回应|动静)|叫(?:她|他)?也不(?:答应|理)"
_QUIET_ZH = r"(?:一点)?(?:声音|动静)都没有|没(?:有)?声音|一动不动|好久了|一个小时|半天了"
_HARM_ZH = r"血|流血|刀片|刀|剪刀|剃刀|美工刀|" + silence(_NOANS_ZH, _QUIET_ZH, spaced=False)
_EDGE_GUARD_ZH = (
    r"泳池|游泳|水里|跳水|河里|海里|蹦床|跑酷|墙上|围墙|滑板|猫|狗|鸟|游戏|我的世界|迷你世界|王者|吃鸡|和平精英|原神|跳绳|恶作剧|开玩笑|吓|"
    r"高兴得|开心得|跳起来|蹦起来|天线|修|擦窗户"
)
_LOCKED_GUARD_ZH = (
    r"化妆|洗澡|洗头|头发|染发|音乐|耳机|打游戏|玩游戏|作业|学习|鼻血|鼻子|月经|例假|大姨妈|刮胡子|剃毛|生气|生我气|不理我|赌气|"
    r"闹脾气|被罚|擦干净|收拾干净|打扫|假血|万圣节|番茄酱"
)
_STEMS_ZH = "跳 血 刀 剪 开门 答应 回应 回话 出声 吭声 反应 动静 理"


def _spaced(trig: str, stems: str, who: str, guard: str, edge: str, jump: str, locked: str, harm: str,
            edge_guard: str, locked_guard: str, b: str = r"\b", end: str = r"\b", stop: str = r"\b",
            pre: str = "") -> Rule:
    return edge_rule(trig, stems, _edge(who, guard, edge, jump, locked, harm, edge_guard, locked_guard, b=b,
                                        end=end, stop=stop, pre=pre))


RULES: list[Rule] = [
    _spaced(_TRIG_RU, _STEMS_RU, f"{_WHO_RU}|{_WHO_MORE_RU}", _GUARD_RU, _EDGE_RU, _JUMP_RU, _LOCKED_RU, _HARM_RU,
            _EDGE_GUARD_RU, _LOCKED_GUARD_RU),
    _spaced(_TRIG_PL, _STEMS_PL, f"{_WHO_PL}|{_WHO_MORE_PL}", _GUARD_PL, _EDGE_PL, _JUMP_PL, _LOCKED_PL, _HARM_PL,
            _EDGE_GUARD_PL, _LOCKED_GUARD_PL),
    _spaced(_TRIG_TR, _STEMS_TR, f"{_WHO_TR}|{_WHO_MORE_TR}|{_WHO_NEW_TR}", _GUARD_TR, _EDGE_TR, _JUMP_TR,
            _LOCKED_TR, _HARM_TR, _EDGE_GUARD_TR, _LOCKED_GUARD_TR),
    _spaced(_TRIG_ID, _STEMS_ID, f"{_WHO_ID}|{_WHO_MORE_ID}", _GUARD_ID, _EDGE_ID, _JUMP_ID, _LOCKED_ID, _HARM_ID,
            _EDGE_GUARD_ID, _LOCKED_GUARD_ID),
    _spaced(_TRIG_AR, _STEMS_AR, f"{_WHO_AR}|{_WHO_MORE_AR}", _GUARD_AR, _EDGE_AR, _JUMP_AR, _LOCKED_AR, _HARM_AR,
            _EDGE_GUARD_AR, _LOCKED_GUARD_AR, b=_NB, end=r"(?!\S)", stop=r"(?!\S)", pre="(?:و|ف)?"),
    _spaced(_TRIG_AZ, _STEMS_AZ, f"{_WHO_AZ}|{_WHO_SEEN_AZ}", _GUARD_AZ, _EDGE_AZ, _JUMP_AZ, _LOCKED_AZ, _HARM_AZ,
            _EDGE_GUARD_AZ, _LOCKED_GUARD_AZ, pre="(?:w|we|wa|f)?"),
    _spaced(_TRIG_HL, _STEMS_HL, f"{_WHO_HL}|{_WHO_MORE_HL}", _GUARD_HL, _EDGE_HL, _JUMP_HL, _LOCKED_HL, _HARM_HL,
            _EDGE_GUARD_HL, _LOCKED_GUARD_HL),
    _spaced(_TRIG_HI, _STEMS_HI, f"{_WHO_HI}|{_WHO_MORE_HI}", _GUARD_HI, _EDGE_HI, _JUMP_HI, _LOCKED_HI, _HARM_HI,
            _EDGE_GUARD_HI, _LOCKED_GUARD_HI, b=_NB, end=r"(?!\S)", stop=""),
    with_stems(zrule(_NAME, "self_harm", "跳 锁 关在 关进",
                     _edge(f"{_WHO_ZH}|{_WHO_MORE_ZH}", _GUARD_ZH, _EDGE_ZH, _JUMP_ZH, _LOCKED_ZH, _HARM_ZH,
                           _EDGE_GUARD_ZH, _LOCKED_GUARD_ZH, b="", end="", stop="", spaced=False),
                     framed="generic"), "|".join(zh_spellings(_STEMS_ZH))),
]
