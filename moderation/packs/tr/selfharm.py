"""Turkish self-harm rules: first-person disclosures (generic frames only) and
incitement aimed at someone else (bullying + self_harm).

The first person is in the verb ending (-ım/-im/-um/-üm, spoken -iyom,
future -cem/-cam), so third-person talk ("arkadaşım ölmek istiyor",
"kendini kesiyor") does not match."""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import JOKE, RECOVERED

# "ölmek istiyorum" of embarrassment or laughter is hyperbole
_NOT_LAUGH = (
    r"(?<!utancimdan )(?<!utanctan )(?<!rezillikten )(?<!gulmekten )(?<!kahkahadan )"
    r"(?<!sikintidan )(?<!heyecandan )(?<!cringeden )(?<!krinjden )(?<!mahcubiyetten )"
)
_WANT = r"(?:istiyorum|istiyom|istiyo?rum|isterim|istedim|istiyordum|istiyorum artik)"
_NOT_WANT = r"(?:istemiyorum|istemiyom|istemiyo?rum|istemiyorum artik)"

SELF_HARM: list[Rule] = [
    rule("self_harm:disclosure", "self_harm",
         "yasamak yasamaktan olmek olmeyi olsem olecegim olcem olucam gebermek intihar kendimi keske bari "
         "canima bikmak biktim yoruldum yok kaybolmak son",
         r"\b(?<![dt][ae] )(?<!l[ae] )(?:artik |hic |daha fazla )?yasamak (?:\w+ )?" + _NOT_WANT + r"\b|"
         r"\b(?:yasamaktan|hayattan|yasamaya|nefes almaktan) (?:cok |gercekten |artik )*"
         r"(?:biktim|yoruldum|usandim)\b" + JOKE + r"|"
         r"\b" + _NOT_LAUGH + r"(?:olmek|gebermek|yok olmak|kaybolmak sonsuza kadar) (?:\w+ )?"
         + _WANT + r"\b(?! (?:gibi|gibiyim))" + JOKE + RECOVERED + r"|"
         r"\b(?:keske|bari) (?:\w+ )?(?:olsem|olseydim|dogmasaydim|hic dogmasaydim|yok olsam)\b"
         + JOKE + r"|"
         r"\b(?:intihar (?:edecegim|edicem|ediciim|etmek istiyorum|etmeyi dusunuyorum|etcem|"
         r"edeyim)|kendimi (?:olduru?cem|oldurecegim|oldurmek istiyorum|oldurmeyi dusunuyorum|"
         r"olduresim var|asacagim|asicam)|canima (?:kiyacagim|kiyicam|kiymak istiyorum|"
         r"kiymayi dusunuyorum))\b|"
         # "bu gece her şeye son vereceğim", "hayatıma son vermek istiyorum": ending it all, the
         # Turkish phrase ("bu tartışmaya son vereceğim" ends a quarrel: not these objects)
         r"\b(?:hayatima|her seye|herseye|kendime) son (?:verecegim|vericem|vercem|verecem|verdim|vermek "
         r"istiyorum|vermeyi dusunuyorum|vermek uzereyim)\b" + JOKE,
         framed="generic"),
    rule("self_harm:finality", "self_harm",
         "uyanmamak uyanmasam yuk bensiz olmasam kurtulur mutlu arkamdan aglamasin aglamayin "
         "helal aramayin mesajim veda",
         r"\b(?:uyuyup|uyusam|uyuyayim) (?:da )?(?:bir daha |bi daha |hic )*(?:uyanmamak|uyanmasam|"
         r"uyanmayayim)\b|"
         # "keşke bir daha hiç uyanmasam": the wish without the sleep
         r"\bkeske (?:bir daha |bi daha |hic )*uyanmasam\b|"
         r"\b(?:herkes|ailem|annem|babam|herkes benim|onlar) (?:\w+ ){0,2}?bensiz (?:\w+ )?"
         r"(?:daha )?(?:mutlu|rahat|iyi)\b|\bben (?:olmasam|olmazsam|gidersem) (?:\w+ ){0,2}?"
         r"(?:daha )?(?:mutlu|rahat|iyi) (?:olur|olurlar|olacak)\b|"
         r"\b(?:herkese|aileme|anneme) (?:sadece )?yuk(?:um| oluyorum)\b" + JOKE + r"|"
         r"\b(?:kimse )?arkamdan (?:aglamasin|aglamayin|uzulmesin|uzulmeyin)\b|"
         r"\bhakkinizi helal edin\b|\bbeni (?:aramayin|merak etmeyin artik|unutun)\b"
         r"(?! (?:\w+ )?(?:bugun|yarin|aksam|\d|saat|tatil\w*|oyun\w*))|"
         r"\bbu (?:benim )?son mesajim\b(?! (?:bugun|bu aksam|gece|iyi geceler))",
         framed="generic"),
    rule("self_harm:planning", "self_harm",
         "kopruye kopruden catiya catidan atlayacagim atlicam atlayicam atacagim aticam haplari "
         "hap ilaclari icecegim icicem",
         r"\b(?:kopruye|kopruden|catiya|catidan|balkondan|pencereden|binadan) (?:\w+ ){0,2}?"
         r"(?:gidiyorum|cikiyorum|atlayacagim|atlicam|atlayicam|atlamak istiyorum|atacagim|aticam)\b"
         r"(?=[^.!?]{0,80}\b(?:aglamasin|aglamayin|helal|veda|son|artik|hosca kalin|elveda|kimse|"
         r"yasamak|olmek|atlayacagim|atlicam|kendimi)\b|(?: kendimi)? ?(?:[.!?]|$))|"
         r"\bkendimi (?:kopruden|catidan|balkondan|pencereden|binadan|asagi) (?:atacagim|aticam|"
         r"atmak istiyorum|birakacagim)\b|"
         r"\b(?:butun|tum|bi kutu|bir kutu|tum kutu) (?:\w+ )?(?:haplari|ilaclari|hap) (?:\w+ )?"
         r"(?:icecegim|icicem|yutacagim|yutcam|icmek istiyorum)\b|"
         r"\bhap(?:lari)? (?:biriktiriyorum|biriktirdim|sakliyorum)\b|"
         r"\bveda mektub\w* (?:yazdim|yaziyorum|birakt\w*)\b|\bherkese (?:hosca kalin|elveda)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "kesiyorum kesiyom keserim kestim keserdim kesmeye kesmek kesmeden jiletle jilet zarar "
         "jiletliyorum jiletledim kesicem kesecegim kesiyordum veriyordum verirdim",
         r"\bkendimi (?:\w+ )?(?:kesiyorum|kesiyom|keserim|kesmeye devam|kesmeden duramiyorum|"
         r"kesmek istiyorum)\b|"
         r"(?<!kakulumu )(?<!saclarimi )(?<!sacimi )(?<!tirnaklarimi )(?<!tirnagimi )(?<!perchemi )"
         r"\b(?:yine|gene|tekrar|dun gece|dun yine|bugun yine) (?:\w+ )?(?:kendimi )?(?:kestim|"
         r"kesmeye basladim|jiletledim)\b|"
         r"\bkendimi (?:\w+ )?(?:kestim|keserdim)\b" + RECOVERED + r"(?<!yanlislikla kendimi kestim)"
         r"(?! (?:\w+ )?(?:yanlislikla|kazara|bicakla ekmek|parmag\w*))|"
         r"\b(?:kolumu|kollarimi|bilegimi|bileklerimi|bacagimi|bacaklarimi) (?:\w+ )?(?:kesiyorum|"
         r"kesiyom|kestim|jiletliyorum|jiletledim|kesicem|kesecegim)\b" + RECOVERED + r"|"
         r"\bjiletle (?:\w+ )?(?:kesiyorum|kestim|kesicem|kendimi)\b" + RECOVERED + r"|"
         r"\bkendime (?:\w+ )?zarar (?:veriyorum|veriyom|verdim yine|vermeye basladim|vermek "
         r"istiyorum|vermeden duramiyorum)\b|"
         # "I harmed myself" (past): held unless the message says it is over
         r"\bkendime (?:\w+ )?zarar verdim\b" + RECOVERED + r"|"
         # a past habit that is back or still wanted: "13 yaşındayken kendimi kesiyordum ve dün
         # yine yaptım", "eskiden kendime zarar veriyordum ve hala istiyorum"
         r"\b(?:kendimi (?:\w+ )?(?:kesiyordum|keserdim)|kendime (?:\w+ )?zarar (?:veriyordum|verirdim))\b"
         r"[^.!?]{0,80}?\b(?:yine|gene|tekrar|hala)\b(?![^.!?]{0,30}\b(?:terapi\w*|psikolog\w*|iyiyim))",
         framed="generic"),
    # -- incitement aimed at someone else: bullying + self_harm -------------
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "ol geber gebersene gebersen git kendini intihar umarim insallah",
         r"\bgit (?:ol|geber|kendini as|kendini oldur|intihar et)\b|"
         r"\bgebersene\b|\bgeber (?:git|lan|ulan|pislik|sen)\b|"
         r"\b(?:kendini|kendini git) (?:as|oldur|oldursene|assana|kes)\b(?! (?:\w+ )?(?:diye|dedi))|"
         r"\bintihar et(?:sene|\b)|\b(?:umarim|insallah) (?:\w+ )?(?:olursun|gebersin|gebersen|"
         r"kendini oldurursun)\b"),
]

# the roof / the bridge instead of school, banging one's head when upset, dying
# unnoticed (a blind evaluation: "yarın okula değil çatıya çıkacağım")
SELF_HARM += [
    rule("self_harm:planning", "self_harm", "catiya kopruye raylara balkona yerine",
         r"\b(?:okula|eve|derse|kursa) (?:degil|gitmeyecegim|gitmicem|gitmiycem)\b[^.!?]{0,30}?\b"
         r"(?:catiya|kopruye|raylara|balkona) (?:\w+ )?(?:cikacagim|cikicam|cikcam|gidecegim|"
         r"gidicem|gidiyorum|cikiyorum)\b|\b(?:okul|ders|ev) yerine (?:\w+ )?(?:catiya|kopruye|"
         r"raylara) (?:\w+ )?(?:cikacagim|cikicam|cikcam|gidecegim|gidicem|gidiyorum|cikiyorum)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm", "vuruyorum vuruyom carpiyorum dovuyorum",
         r"\b(?:kafami|basimi) (?:\w+ )?(?:duvara|yere|masaya) (?:vuruyorum|vuruyom|carpiyorum)\b"
         r"(?=[^.!?]{0,60}\b(?:sinirlen\w*|uzul\w*|agla\w*|stres\w*|kanayana|donene|her gun|"
         r"duramiyorum|kendimi)\b)|\b(?:sinirlen\w*|uzul\w*|stres\w*|her gun)\b[^.!?]{0,40}\b"
         r"(?:kafami|basimi) (?:\w+ )?(?:duvara|yere|masaya) (?:vuruyorum|vuruyom|carpiyorum)\b|"
         r"\bkendimi (?:\w+ )?dovuyorum\b",
         framed="generic"),
    rule("self_harm:passive", "self_harm", "olsem olursem",
         r"\b(?:olsem|olursem|olseydim) (?:\w+ ){0,3}?(?:kimse|hic kimse) (?:\w+ )?(?:fark etmez|fark "
         r"etmeyecek|anlamaz|umursamaz|aramaz|ozlemez)\b|\b(?:olsem|olursem) (?:\w+ ){0,2}?kimsenin "
         r"umurunda (?:olmaz|olmayacak)\b",
         framed="generic"),
]

# -- short canonical disclosures (session 12's probe matrix) ---------------------------------
# Three to seven words as teens type them (no Turkish letters): "sonsuza kadar kaybolmak
# istiyorum", "keske dunyaya hic gelmeseydim", "artik devam edemiyorum" as the whole message,
# "morarana kadar kendime vuruyorum", "atlayacagim artik", "veda mektubu yazdim", "kendimi
# oldurmek icin planim var", "bu gece kendimi olduruyorum", "kimse beni ozlemez", "yasamaktan
# nefret ediyorum", "her gun intihari dusunuyorum".  What passes: homework or a series finished
# tonight, a card for a retiring teacher, "bu sicaga dayanamiyorum", a jump into the pool.
_END = r"(?= ?[.!?,]| ?$)"
_TASK = r"(?![^.!?]*\b(?:odev\w*|proje\w*|ders\w*|dizi\w*|kitab\w*|oyun\w*|sinav\w*)\b)"
SELF_HARM += [
    rule("self_harm:disclosure", "self_harm",
         "sonsuza uyanmayayim gelmeseydim nedenim sebebim edemiyorum dayanamiyorum kimse nefret intihari "
         "olmeyi",
         r"\bsonsuza (?:kadar|dek) (?:kaybolmak|yok olmak|uyumak) (?:\w+ )?istiyorum\b" + JOKE + r"|"
         r"\buyuyayim (?:ve )?(?:bir daha |hic )*uyanmayayim\b|"
         r"\bkeske (?:\w+ )?(?:dunyaya|hayata) (?:hic )?gelmeseydim\b|"
         r"\byasamak icin (?:bi |bir |hic bir |hicbir )?(?:sebebim|nedenim) (?:yok|kalmadi)\b|"
         r"(?:^|(?<=[.!?] ))artik (?:boyle )?(?:devam edemiyorum|dayanamiyorum)" + _END + r"|"
         r"\bkimse beni (?:ozlemez|ozlemeyecek|aramaz)\b|\bkimse yoklugumu (?:fark etmez|fark etmeyecek|"
         r"anlamaz)\b|"
         r"\b(?:yasamaktan|hayatta olmaktan|var olmaktan|nefes almaktan) nefret ediyorum\b" + JOKE + r"|"
         r"\b(?:her gun|surekli|hep|her gece) (?:intihari|intihar etmeyi|olmeyi|kendimi oldurmeyi) "
         r"dusunuyorum\b",
         framed="generic"),
    rule("self_harm:acts", "self_harm",
         "vuruyorum dovuyorum atlayacagim atlicam atlayacam veda planim olduruyorum bitiriyorum",
         r"\b(?:morarana|kanayana|acitana) kadar kendi(?:me|mi) (?:vuruyorum|dovuyorum|yumrukluyorum)\b|"
         r"(?:^|(?<=[.!?] ))(?:artik |simdi |bu gece )?(?:atlayacagim|atlicam|atlayacam)(?: artik| simdi)?"
         + _END + r"|"
         r"\bveda (?:mektubu|mektubumu|notu|notumu|mektubum|notum) (?:\w+ )?(?:yazdim|biraktim|hazir)\b"
         r"(?![^.!?]*\b(?:ogretmen\w*|hoca\w*|emekli\w*|tasin\w*)\b)|"
         r"\b(?:kendimi oldurmek|her seyi bitirmek|hayatimi bitirmek|olmek|intihar etmek) icin (?:bi |bir )?"
         r"(?:planim|plan yaptim)\b|"
         r"\bbu (?:gece|aksam) (?:kendimi olduruyorum|kendimi oldurecegim|kendimi olduricem|intihar "
         r"edecegim|intihar ediyorum)\b|\bbu (?:gece|aksam) her seyi (?:bitiriyorum|bitirecegim|bitircem)"
         + _END + _TASK,
         framed="generic"),
]
