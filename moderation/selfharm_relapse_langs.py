"""A self-harm relapse after a clean spell, told with the relapse word of
each language and no method named, in 13 languages.

Why: children in recovery count clean days and name the slip with a word
of their own: "relapsed, 3 months clean and I ruined it", "recaí, llevaba
2 meses limpia", "j'ai rechuté", "Rückfall. 3 Monate clean und jetzt alles
kaputt", "ho avuto una ricaduta, 2 mesi pulita", "сорвалась. 3 месяца без
селфхарма", "nüksettim, 2 aydır temizdim", "nawrót. 2 miesiące czysto",
"kambuh lagi padahal udah 2 bulan bersih", "انتكست، ٣ شهور بدون وخربت كل
شي", "relapse ho gaya yaar, 4 mahine clean tha", "又复发了，坚持了三个月还是
没忍住".  `selfharm_relapse.py` holds day zero, "relapsed after N days"
and "did it again" with secrecy; the relapse word with a clean spell in
another order, with regret ("ruined everything", "la cagué", "всё
испортила", "her şeyi mahvettim"), and "N months clean and now back to
zero" were missed in most languages.

Two shapes per language, both first person:

* the relapse word (a first-person verb, a bare noun at the start of a
  sentence, or "I had a relapse") with a clean spell ("40 days clean",
  "2 months without it", "after 3 months") or with regret, in either order;
  weaker words ("messed up", "la cagué", "hab's versaut", "сорвалась")
  only with an explicit clean spell;
* a clean spell followed (or preceded) by a sad ending: "i was 8 weeks
  clean and now i'm back to square one", "40 gündür temizdim, her şeyi
  mahvettim".

What passes: a message naming an everyday streak or habit (TikTok, snap,
Duolingo, sugar, coffee, vaping, a diet, the gym, games), an illness
("cancer relapsed", "recaída de covid", "癌症复发"), something washed
("my room has been clean for 2 months"), a team's run, and a third person's
relapse ("my uncle relapsed", "mi amiga recayó", "дядя сорвался", "朋友又
复发了"): the relapse word must be the writer's (first-person forms, or
after the start of a sentence, "I" or a filler), and the everyday words
are checked from the match to the end of the message.  The topic discussed
("relapse is part of recovery") names no clean spell of the writer's.

Patterns run on the phrase form (a lone "2" reads "to", "4" "for";
accents folded; Arabic ة -> ه); Chinese on the normalised text (`zrule`,
both scripts); Devanagari without a trailing \\b (vowel signs are not \\w).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# sentence start (a message's start or after ". " "! " "? ")
_START = r"(?:^|(?<=[.!?] ))"


def _not_after(words: str) -> str:
    """Lookbehinds: not right after one of `words` (third persons, illnesses)."""
    return "".join(rf"(?<!\b{w} )" for w in words.split("|"))


def _x(spaced: str, raw: str = "") -> str:
    """Not followed anywhere in the message by an everyday word: `spaced`
    words whole, `raw` (Arabic, Devanagari) as substrings."""
    alts = rf"\b(?:{spaced})\b" + (rf"|(?:{raw})" if raw else "")
    return rf"(?!.*(?:{alts}))"


def _shapes(r: str, rw: str, s: str, sw: str, g: str, x: str = "", gap: int = 80) -> str:
    """The relapse word with a spell or regret (either order); a weak word with
    an explicit spell (either order)."""
    x = x or _X
    alts = [rf"(?:{r}){x}.{{0,{gap}}}?(?:{s}|{sw}|{g})", rf"(?:{s}|{sw}){x}.{{0,{gap}}}?(?:{r})"]
    if rw:
        alts += [rf"(?:{rw}){x}.{{0,{gap}}}?(?:{s})", rf"(?:{s}){x}.{{0,{gap}}}?(?:{rw})"]
    return "|".join(alts)


def _sad(s: str, g: str, x: str = "") -> str:
    """A clean spell with a sad ending ("... and now back to zero"), or regret then the spell."""
    x = x or _X
    return rf"(?:{s}){x}.{{0,60}}?(?:{g})|(?:{g}){x}.{{0,40}}?(?:{s})"


# everyday words shared by the Latin-script languages (apps, habits, sport, illness, washing)
_EVERY_LATIN = (
    r"sugar|sweets|candy|chocolate|caffeine|coffee|soda|energy drinks?|junk food|fast food|vap\w*|"
    r"smok\w*|cigarettes?|nicotine|alcohol|drinking|beer|weed|porn|nofap|nail biting|nails|"
    r"snap\w*|duolingo|wordle|bereal|tiktok|instagram|insta|youtube|netflix|reels|twitter|discord|"
    r"social media|screen time|phone|gaming|video games?|games?|fortnite|minecraft|roblox|valorant|"
    r"genshin|chess|diet\w*|gym|workout|team|league|season|unbeaten|clean sheets?|coach|"
    r"cancer|tumou?r|leuka?emia|lymphoma|chemo|flu|covid|corona|fever|asthma|migraine|infection|"
    r"illness|disease|symptoms|acne|skin|pimples|room|bedroom|house|kitchen|desk|car|bathroom|"
    r"locker|clothes|laundry|sheets|teeth|record|"
    # es pt
    r"azucar|dulces?|chuches|golosinas|refrescos?|cafe|tabaco|fumar|cigarros?|vapear|vapeo|cerveza|"
    r"cerveja|beber|porno|movil|celular|telefono|telefone|videojuegos?|juegos?|jugar|jogos?|jogar|"
    r"redes|dieta|gimnasio|academia|equipo|time|liga|invicto|partido|campeonato|tumor|leucemia|"
    r"quimio|gripe|resfriado|fiebre|febre|enfermedad|doenca|asma|habitacion|cuarto|quarto|casa|"
    r"cocina|cozinha|ropa|roupa|piel|pele|granos|espinhas|acucar|doces?|refri|pod|alcool|"
    # fr
    r"sucre|bonbons|chocolat|tabac|clopes?|vapoteuse|puff|biere|alcool|boire|portable|jeux?|"
    r"regime|muscu|equipe|invaincue?s?|championnat|tumeur|leucemie|chimio|grippe|rhume|fievre|"
    r"maladie|asthme|chambre|maison|cuisine|vetements|peau|boutons|ecran|gateau|"
    # de
    r"zucker|suss\w*|schokolade|kaffee|cola|rauchen|zigarett\w*|vapen|bier|alkohol|trinken|handy|"
    r"spiel\w*|zocken|diat|fitness|mannschaft|ungeschlagen|krebs|leukamie|grippe|erkaltung|"
    r"fieber|krankheit|zimmer|wohnung|kuche|klamotten|haut|pickel|akne|bildschirm|kuchen|"
    # it
    r"zucchero|dolci|cioccolat\w*|caffe|fumare|sigarett\w*|svapo|birra|alcol|bere|cellulare|"
    r"giochi|gioco|videogiochi|palestra|squadra|imbattut\w*|campionato|cancro|tumore|chemio|"
    r"influenza|raffreddore|febbre|malattia|camera|stanza|cucina|vestiti|pelle|brufoli|torta|"
    # tr
    r"seker|tatli|cikolata|kahve|sigara|bira|alkol|icki|telefon|tiktok\w*|oyun\w*|diyet\w*|"
    r"spor salonu|takim\w*|kanser\w*|losemi|grip|nezle|hastalik\w*|astim|odam|odami|mutfak|"
    r"cilt|sivilce|kek\w*|pasta|yemek|"
    # pl
    r"cukier|slodycz\w*|czekolad\w*|kawa|kawy|kawe|papieros\w*|palen\w*|piwo|alkohol\w*|picie|"
    r"telefon\w*|gry|gra|gre|gier|silowni\w*|druzyn\w*|raka?|nowotwor\w*|bialaczk\w*|gryp\w*|"
    r"przeziebieni\w*|goraczk\w*|chorob\w*|astm\w*|pokoj|pokoju|mieszkani\w*|kuchni\w*|ciast\w*|"
    r"skor\w*|pryszcz\w*|tradzik|"
    # id
    r"gula|manis|coklat|kopi|rokok|ngerokok|merokok|miras|hp|handphone|main game|"
    r"tim|kanker|kemo|pilek|demam|sakit|penyakit|maag|kamar|kamarku|rumah|dapur|kulit|jerawat|"
    # hi (romanised)
    r"bgmi|pubg|free fire|chai|sutta|daaru|sharab|meetha|mithai|pizza|burger|bukhar|zukam|"
    r"beemari|bimari|kamra|kamre|ghar|match"
)
_EVERY_CYR = (
    r"сахар\w*|сладк\w*|шоколад\w*|кофе|курить|курю|курила|курил|сигарет\w*|вейп\w*|пив\w*|"
    r"алкогол\w*|бухать|телефон\w*|тикток\w*|игр\w*|диет\w*|спортзал\w*|команд\w*|рак|рака|"
    r"опухол\w*|лейкоз\w*|грипп\w*|простуд\w*|температур\w*|болезн\w*|астм\w*|комнат\w*|"
    r"квартир\w*|кухн\w*|кож\w*|прыщ\w*|рецидив\w*|торт\w*|на (?:маму|папу|него|нее|неё|брата|"
    r"сестру|друга|подругу|учителя|учительницу|всех)"
)
_EVERY_RAW = (
    # ar (substrings: prefixes attach)
    r"سكر|حلويات|شوكولا|قهوه|دخان|تدخين|سجاير|سيجاره|كحول|جوال|موبايل|تيك توك|تيكتوك|العاب|"
    r"لعبه|رجيم|دايت|الجيم|النادي|فريق|سرطان|ورم|انفلونزا|زكام|حراره|مرض|ربو|غرفتي|الغرفه|"
    r"المطبخ|بشرتي|حبوب الوجه|كيك|"
    # hi (Devanagari)
    r"चीनी|मीठा|मिठाई|सिगरेट|शराब|फोन|फ़ोन|मोबाइल|गेम|डाइट|जिम|कैंसर|बुखार|बीमारी|खांसी|"
    r"कमरा|कमरे|टीम|मैच|इंस्टा"
)
# a past the writer has left behind, after the match ("..., but i have been fine for years now")
_PAST = (
    r"years ago|a year ago|back then|(?:i am|im) (?:fine|okay|ok|better|good|doing better) now|(?:have|has) been "
    r"(?:fine|okay|ok|good|clean) (?:for|since)|ever since|hace (?:anos|mucho)|ya estoy bien|ahora estoy bien|"
    r"il y a (?:des|longtemps|\d+|deux|trois) ans|maintenant (?:je vais|ca va) bien|ha anos|anos atras|agora "
    r"(?:estou|to) bem|vor (?:jahren|\d+ jahren|zwei jahren|drei jahren)|jetzt geht es mir (?:gut|besser)|"
    r"anni fa|(?:ora|adesso) sto bene|лет назад|года назад|год назад|(?:сейчас|теперь) (?:все|уже) хорошо|"
    r"yil once|yillar once|(?:artik|simdi) iyiyim|lat temu|rok temu|teraz (?:jest|czuje sie) dobrze|"
    r"tahun lalu|sekarang (?:udah|sudah|aku) (?:baik|baikan)|saal pehle|ab (?:theek|thik|better) (?:hoon|hu|hun)"
)
_PAST_RAW = r"من سنين|قبل سنين|الحين (?:انا )?بخير|साल पहले|अब ठीक"
_X = _x(_EVERY_LATIN + "|" + _EVERY_CYR + "|" + _PAST, _EVERY_RAW + "|" + _PAST_RAW)

# "clean" of something washed or shaved
_NOT_WASHED = r"(?! (?:shaven?|shave|sheets?|eating|record|slate|air|water|clothes|room|house|up|girl|boy|version))"

# -- en ---------------------------------------------------------------------------------
_N_EN = (
    r"(?:almost |nearly |over |like |about |just over |a good )?(?:\d+|to|for|a|an|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|couple)"
)
_U_EN = r"(?:days?|weeks?|months?|years?|yrs?|wks?)"
_FILL_EN = (
    r"(?:(?:ugh|welp|well|so|yeah|yea|ok|okay|lol|guys|update|and|great|cool|fml|sigh|omg|i|just|"
    r"literally|kinda|officially|today|tonight|yesterday|last night|again|hey|anyway|um|umm|"
    r"honestly|i think|i have|finally) )*"
)
_THIRD_EN = (
    r"he|she|they|friend|brother|sister|mum|mom|dad|uncle|aunt|auntie|cousin|grandma|grandad|"
    r"grandpa|nan|bestie|bf|gf|boyfriend|girlfriend|someone|person|he has|she has|he just|she just|"
    r"he was|she was|they were|he had|she had|he has been|she has been|who|ago|ago i|back then|back then i"
)
_R_EN = (
    _START + _FILL_EN + r"(?:relapsed|relapsing|had (?:a|another) (?:bad |big )?relapse|(?:another |a )?"
    r"relapse(?: again| today| tonight| last night| this morning| yesterday)?(?= [.!?]| ?$))|"
    r"\bi (?:\w+ )?(?:relapsed|had (?:a|another) (?:bad |big )?relapse|am relapsing)\b|"
    r"\bmy (?:latest |first |last )?relapse\b|"
    r"(?:\bmy (?:sh |s h |self harm |clean )?|\b(?:sh|s h|self harm|clean) |" + _START + r")streak (?:is |"
    r"got |just |has been |was )?(?:broken|broke|ended|over|gone|reset)\b|"
    r"\bbroke my (?:sh |s h |self harm |clean )?streak\b"
)
_RW_EN = (
    r"\bi (?:\w+ )?(?:messed up|slipped up|slipped|caved|gave in|blew it|screwed up|fucked up|failed)\b|"
    + _START + _FILL_EN + r"(?:messed up|slipped up|caved|gave in|blew it|screwed up|fucked up)\b"
)
_S_EN = (
    _not_after(_THIRD_EN) + r"\b" + _N_EN + r" " + _U_EN + r" (?:(?:of )?(?:sh|s h|self harm|selfharm) "
    r"(?:clean|free)|clean" + _NOT_WASHED + r")\b|"
    r"\bclean (?:for|since) (?:almost |nearly |over |like |about )?(?:" + _N_EN + r" " + _U_EN + r"|"
    r"christmas|new year|new years|summer|easter|my birthday|school started|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b|"
    r"\b" + _N_EN + r" " + _U_EN + r" (?:without|with no|of no|not) (?:sh|s h|self harm|selfharm|"
    r"hurting myself|cutting|doing it|it|relapsing)\b|"
    r"\b" + _N_EN + r" (?:day|week|month) (?:sh |clean )?streak\b"
)
_SW_EN = (
    r"\b(?:after|so much for|there goes|i had|had|my|lost my) " + _N_EN + r" " + _U_EN + r"\b"
    r"(?! (?:ago|later|off|holiday|trip))"
)
_G_EN = (
    r"\b(?:ruined|wrecked|destroyed|threw away|blew|wasted) (?:it|everything|it all|all of it|my streak|"
    r"all my progress|my progress|all of that)\b|\bthrew it (?:all )?away\b|\bmessed (?:it|everything) up\b|"
    r"\b(?:i (?:\w+ )?)?(?:messed|screwed|fucked) (?:up|it up)\b|"
    r"\b(?:back|am back|now back) (?:to|at) (?:square one|zero|day (?:0|zero|one|1)|the start)\b|"
    r"\b(?:have|got|need) to start (?:all )?over\b|\bstart(?:ing)? (?:all )?over\b|"
    r"\ball (?:for nothing|gone|wasted)\b|\bdown the drain\b|\bi (?:feel|am) (?:like )?(?:such )?(?:a )?"
    r"(?:failure|disappointment)\b|\bi hate myself\b|\bso ashamed\b|\bashamed of myself\b|"
    r"\b(?:days|weeks|months) (?:gone|wasted)\b"
)
_TRIG_EN = (
    "relapsed relapsing relapse streak messed slipped caved gave blew screwed fucked failed"
)
_TRIG_EN_B = "clean without free streak"
_REQ_EN_B = (
    "ruined wrecked destroyed threw blew wasted messed screwed fucked back start starting all "
    "drain failure disappointment hate ashamed gone"
)

# -- es ---------------------------------------------------------------------------------
_N_ES = (
    r"(?:casi |ya |mas de |unos |unas )?(?:\d+|to|for|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez|varios|varias|un par de)"
)
_U_ES = r"(?:dias?|semanas?|mes|meses|anos?)"
_FILL_ES = r"(?:(?:bueno|pues|y|ya|hoy|anoche|ayer|otra vez|de nuevo|nada|uf|ufff|chicos|chicas|yo) )*"
_R_ES = (
    r"\b(?:yo )?(?:recai|he recaido|volvi a caer|cai otra vez|cai de nuevo|tuve (?:una |otra )?recaida)\b"
    r"(?! en\b)|"
    + _START + _FILL_ES + r"(?:otra )?recaida\b|\bmi (?:ultima |primera )?recaida\b|"
    r"\b(?:se (?:me )?rompio|rompi|perdi) mi racha\b"
)
_RW_ES = r"\b(?:la cague|la regue|me falle|no aguante|no pude aguantar(?:me)?)\b"
_S_ES = (
    r"\b(?:llevaba|estuve|estaba|habia estado) limpi[oa] (?:desde hace |por |durante )?" + _N_ES + r" "
    + _U_ES + r"\b|\b" + _N_ES + r" " + _U_ES + r" (?:limpi[oa]s?|sin (?:hacerme dano|hacerlo|cortarme|"
    r"lastimarme|autolesionarme|sh|eso|recaer|recaidas))\b|\blimpi[oa] (?:desde hace|por|durante|hace) "
    + _N_ES + r" " + _U_ES + r"\b|\bracha de " + _N_ES + r" " + _U_ES + r"\b"
)
_SW_ES = r"\b(?:despues de|tras|mis) " + _N_ES + r" " + _U_ES + r"\b"
_G_ES = (
    r"\b(?:lo )?arruine(?: todo)?\b|\b(?:lo )?eche (?:todo )?a perder\b|\b(?:todo|tirados?|tiradas?) a la "
    r"basura\b|\bla cague\b|\bfastidie todo\b|\b(?:todo )?para nada\b|\bde vuelta a cero\b|\b(?:otra vez "
    r"|de nuevo )?desde cero\b|\bvolver a empezar\b|\bme odio\b|\bque verguenza\b|\bme siento (?:una |"
    r"un )?(?:fracasad[oa]|fatal|basura|mierda)\b|\bsoy un fracaso\b|\ba la mierda\b|\blo tire todo\b"
)
_TRIG_ES = "recai recaido caer cai recaida racha cague regue falle aguante aguantar"
_TRIG_ES_B = "llevaba estuve estaba tenia aguante cumpli limpia limpio limpias limpios racha sin"
_REQ_ES_B = (
    "arruine eche basura cague fastidie nada cero empezar odio verguenza siento fracaso mierda tire"
)

# -- fr ---------------------------------------------------------------------------------
_N_FR = (
    r"(?:presque |plus de |quasi )?(?:\d+|to|for|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"quelques)"
)
_U_FR = r"(?:jours?|semaines?|mois|ans?)"
_FILL_FR = r"(?:(?:bon|bah|ben|voila|et|encore|ce soir|hier soir|hier|aujourd'hui|du coup|bref) )*"
_R_FR = (
    r"\b(?:j'ai|jai|j ai) (?:encore |de nouveau |a nouveau )?(?:rechute|replonge|fait une rechute|fait "
    r"(?:une )?rechute)\b|\bje (?:viens de )?(?:rechute|rechuter)\b|"
    + _START + _FILL_FR + r"(?:(?:encore )?une |nouvelle )?rechute\b|\bma (?:derniere |premiere )?rechute\b"
)
_RW_FR = r"\b(?:j'ai|jai) (?:encore )?(?:craque|flanche|cede|merde|foire)\b"
_S_FR = (
    r"\b(?:(?:j'etais|jetais|j'ai ete) (?:clean|propre)|j'avais tenu|j'ai tenu|je tenais) (?:depuis )?"
    + _N_FR + r" " + _U_FR + r"\b|\b" + _N_FR + r" " + _U_FR + r" (?:clean|sans (?:me faire (?:de |du )?"
    r"mal|me blesser|me couper|rechute|rechuter|le faire|sh|scarif\w*|ca)|sans(?= et| \.|$))\b|\bclean depuis " + _N_FR
    + r" " + _U_FR + r"\b"
)
_SW_FR = r"\b(?:apres|mes) " + _N_FR + r" " + _U_FR + r"\b"
_G_FR = (
    r"\b(?:j'ai |jai )?tout (?:gache|foutu en l'air|ruine|casse|perdu)\b|\btout est (?:foutu|gache|a "
    r"refaire)\b|\bpour rien\b|\b(?:retour|de retour) a zero\b|\btout recommence\b|\brecommencer a "
    r"zero\b|\bje me deteste\b|\bj'ai (?:trop )?honte\b|\bje suis (?:une |un )?(?:nulle?|rate|ratee|"
    r"echec)\b"
)
_TRIG_FR = "rechute rechuter replonge craque flanche cede merde foire"
_TRIG_FR_B = "j'etais jetais j'ai j'avais je clean sans"
_REQ_FR_B = (
    "gache foutu ruine casse perdu rien zero recommence recommencer deteste honte nulle nul rate ratee echec"
)

# -- pt ---------------------------------------------------------------------------------
_N_PT = (
    r"(?:quase |mais de |uns |umas )?(?:\d+|to|for|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|"
    r"nove|dez)"
)
_U_PT = r"(?:dias?|semanas?|mes|meses|anos?)"
_FILL_PT = r"(?:(?:bom|enfim|e|ontem|hoje|de novo|mais uma|gente|eu) )*"
_R_PT = (
    r"\b(?:eu )?(?:recai|tive (?:uma |outra |mais uma )?recaida|cai de novo|cai outra vez)\b|"
    + _START + _FILL_PT + r"(?:outra |mais uma )?recaida\b|\bminha (?:ultima |primeira )?recaida\b"
)
_RW_PT = r"\b(?:fiz merda|fiz besteira|voltei a fazer|nao aguentei|vacilei)\b"
_S_PT = (
    r"\b(?:eu )?(?:tava|estava|fiquei) limp[oa] (?:fazia |ha |a |por )?" + _N_PT + r" " + _U_PT + r"\b|"
    r"\b" + _N_PT + r" " + _U_PT + r" (?:limp[oa]s?|sem (?:me machucar|me cortar|fazer isso|fazer|me "
    r"ferir|me autolesionar|sh|isso))\b|\blimp[oa] (?:fazia|ha|a|por|desde) " + _N_PT + r" " + _U_PT
    + r"\b"
)
_SW_PT = r"\b(?:depois de|apos|meus|minhas) " + _N_PT + r" " + _U_PT + r"\b"
_G_PT = (
    r"\bestraguei tudo\b|\bjoguei (?:tudo|\w+ \w+) fora\b|\bjogad[oa]s? fora\b|\bpor nada\b|\bdo zero\b|"
    r"\bvoltei (?:pro|para o|ao) (?:zero|inicio|comeco)\b|\bme odeio\b|\bque vergonha\b|\bsou um "
    r"fracasso\b|\bfiz merda\b|\bpra nada\b|\bpara nada\b"
)
_TRIG_PT = "recai recaida cai merda besteira voltei aguentei vacilei"
_TRIG_PT_B = "tava estava fiquei limpa limpo limpas limpos sem"
_REQ_PT_B = "estraguei joguei jogado jogada jogados jogadas nada zero voltei odeio vergonha fracasso merda"

# -- de ---------------------------------------------------------------------------------
_N_DE = (
    r"(?:fast |uber |knapp |schon )?(?:\d+|to|for|ein|eine|einen|einem|zwei|drei|vier|funf|sechs|"
    r"sieben|acht|neun|zehn|paar|ein paar)"
)
_U_DE = r"(?:tage?n?|wochen?|monate?n?|jahre?n?)"
_FILL_DE = r"(?:(?:naja|tja|also|und|heute|gestern|wieder|ich|leute|hab|habe) )*"
_R_DE = (
    r"\b(?:ich )?(?:hatte|hab|habe) (?:heute |gestern |heute nacht |wieder |schon wieder |nen |einen |"
    r"ein )*(?:ruckfall|ruckfall gehabt)\b|\b(?:ich )?(?:bin|wurde) (?:wieder |schon wieder )?"
    r"ruckfallig(?: geworden)?\b|" + _START + _FILL_DE + r"(?:(?:wieder |schon wieder )?(?:ein )?ruckfall|"
    r"wieder ruckfallig(?: geworden)?)\b|\bmein (?:letzter |erster )?ruckfall\b"
)
_RW_DE = (
    r"\b(?:hab|habe|hab's|habs) (?:es |das |alles )?(?:versaut|verkackt|vermasselt|verbockt)\b|"
    r"\bwieder (?:schwach geworden|eingeknickt)\b|\bhab (?:es )?nicht (?:mehr )?ausgehalten\b"
)
_S_DE = (
    r"\b(?:ich )?(?:war|bin) (?:schon |seit )?" + _N_DE + r" " + _U_DE + r" (?:clean|sauber)\b|"
    r"\b" + _N_DE + r" " + _U_DE + r" (?:clean|ohne(?= und| \.|$| es| das| svv| sv| ritzen| selbstverletzung| "
    r"mich| rueckfall| ruckfall)|ohne selbstverletzung|ohne ritzen|ohne svv|ohne mich zu verletzen)\b|"
    r"\bseit " + _N_DE + r" " + _U_DE + r" (?:clean|sauber)\b|\bclean seit " + _N_DE + r" " + _U_DE + r"\b"
)
_SW_DE = r"\b(?:nach|meine|meinen) " + _N_DE + r" " + _U_DE + r"\b"
_G_DE = (
    r"\b(?:alles|jetzt alles|alles wieder) (?:kaputt|umsonst|im eimer|futsch|weg|versaut)\b|"
    r"\b(?:hab|habe|hab's|habs) (?:es |das |alles )?(?:versaut|verkackt|vermasselt|kaputt gemacht|"
    r"zerstort|ruiniert)\b|\b(?:wieder )?von vorne\b|\bwieder bei null\b|\bich hasse mich\b|"
    r"\bich schame mich\b|\bfur nichts\b|\bumsonst\b"
)
_TRIG_DE = "ruckfall ruckfallig versaut verkackt vermasselt verbockt schwach eingeknickt ausgehalten"
_TRIG_DE_B = "clean sauber frei ohne"
_REQ_DE_B = "kaputt umsonst eimer futsch versaut verkackt vermasselt zerstort ruiniert vorne null hasse schame"

# -- it ---------------------------------------------------------------------------------
_N_IT = (
    r"(?:quasi |piu di |gia )?(?:\d+|to|for|un|una|uno|due|tre|quattro|cinque|sei|sette|otto|nove|"
    r"dieci|qualche)"
)
_U_IT = r"(?:giorni|giorno|settimane?|mesi|mese|anni|anno)"
_FILL_IT = r"(?:(?:beh|boh|allora|e|oggi|ieri|stanotte|ancora|ragazzi|io) )*"
_R_IT = (
    r"\b(?:ho avuto (?:una |un'altra |un altra )?ricaduta|sono ricadut[ao]|ci sono ricascat[ao]|"
    r"ci sono ricadut[ao]|sono ricascat[ao])\b|" + _START + _FILL_IT + r"(?:un'altra |un altra |altra )?"
    r"ricaduta\b|\bla mia (?:ultima |prima )?ricaduta\b"
)
_RW_IT = r"\b(?:ho ceduto|ho fatto un casino|ho fatto una cazzata|non ho resistito|ho mollato)\b"
_S_IT = (
    r"\b(?:ero|sono stat[ao]|stavo) pulit[ao] (?:da |per )?" + _N_IT + r" " + _U_IT + r"\b|"
    r"\b" + _N_IT + r" " + _U_IT + r" (?:pulit[ao]|senza (?:farmi (?:del )?male|tagliarmi|ferirmi|farlo|"
    r"ricadute|autolesionismo|sh))\b|\bpulit[ao] da " + _N_IT + r" " + _U_IT + r"\b"
)
_SW_IT = r"\b(?:dopo|i miei|le mie) " + _N_IT + r" " + _U_IT + r"\b"
_G_IT = (
    r"\bho rovinato tutto\b|\bho buttato (?:via )?tutto\b|\b(?:buttat[ie]|sprecat[ie])(?: via)?\b|"
    r"\bper niente\b|\bda capo\b|\bdi nuovo a zero\b|\bda zero\b|\bmi odio\b|\bche vergogna\b|"
    r"\bmi faccio schifo\b|\bho fatto un casino\b|\btutto (?:rovinato|buttato|inutile)\b"
)
_TRIG_IT = "ricaduta ricaduto ricaduta ricascata ricascato ceduto casino cazzata resistito mollato"
_TRIG_IT_B = "ero avevo stavo stata stato pulita pulito senza"
_REQ_IT_B = "rovinato buttato buttati buttate sprecati sprecate niente capo zero odio vergogna schifo casino"

# -- ru ---------------------------------------------------------------------------------
_N_RU = (
    r"(?:почти |уже |больше |целых )?(?:\d+|to|for|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
    r"десять|пару|несколько)"
)
_U_RU = r"(?:дн\w*|ден\w*|недел\w*|месяц\w*|год\w*|лет)"
_SPAN_RU = r"(?:" + _N_RU + r" " + _U_RU + r"|полгода|месяц|неделю|год)"
_THIRD_RU = r"она|он|они|подруга|друг|брат|сестра|мама|папа|дядя|тетя|тётя|бабушка|дедушка|у нее|у неё|у него"
_R_RU = (
    _not_after(_THIRD_RU) + r"\b(?:сорвалась|сорвался)\b(?! (?:на|с) )|"
    r"\b(?:у меня|был|случился|очередной|снова|опять|новый) срыв\b|" + _START + r"(?:снова |опять |"
    r"вчера |сегодня )?срыв\b|\bмой (?:последний )?срыв\b"
)
_RW_RU = r"\b(?:не выдержала|не выдержал|снова это сделала|снова это сделал|опять это сделала|опять это сделал)\b"
_S_RU = (
    # "два года не резалась": a spell told as the act not done
    r"\b" + _SPAN_RU + r" не (?:резалась|резался|резала себя|резал себя|делала этого|делал этого|"
    r"причиняла себе вред|причинял себе вред)\b|"
    r"\b" + _SPAN_RU + r" (?:без (?:селфхарма|сх|sh|этого|порезов|самоповреждений|срывов)|чистоты|"
    r"чистая|чистый|чисто|держалась|держался)\b|\b(?:держалась|держался|была чистой|был чистым|"
    r"продержалась|продержался) " + _SPAN_RU + r"\b|\b(?:было|была|был) " + _SPAN_RU + r" (?:чисто|"
    r"чистой|чистым)\b"
)
_SW_RU = r"\b(?:после|спустя) (?:\d+|двух|трех|пяти|полугода|месяца|года|недели)(?: \w+)?\b"
_G_RU = (
    r"\bвсе (?:испортила|испортил|заново|насмарку|зря|сначала|пропало)\b|\bкоту под хвост\b|"
    r"\bс нуля\b|\bснова ноль\b|\bненавижу себя\b|\bмне стыдно\b|\bзря\b|\bвсе псу под хвост\b"
)
_TRIG_RU = "сорвалась сорвался срыв выдержала выдержал сделала сделал резалась резался"
_TRIG_RU_B = "без чистоты чистая чистый чисто держалась держался чистой чистым продержалась продержался"
_REQ_RU_B = "все коту нуля ноль ненавижу стыдно зря псу"

# -- tr ---------------------------------------------------------------------------------
_N_TR = r"(?:neredeyse |tam )?(?:\d+|to|for|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on)"
_U_TR = r"(?:gun|gundur|gunluk|hafta|haftadir|haftalik|ay|aydir|aylik|yil|yildir|yillik)"
_R_TR = (
    r"\b(?:nuksettim|nukseddim|relapse (?:oldum|yaptim|yasadim|geldi)|temiz serim (?:bozuldu|bitti|"
    r"sifirlandi))\b"
)
_RW_TR = (
    r"\b(?:yine yaptim|tekrar yaptim|gene yaptim|yine basladim|tekrar basladim|dayanamadim|kendimi "
    r"tutamadim|serim (?:bozuldu|bitti|sifirlandi))\b"
)
_S_TR = (
    r"\b" + _N_TR + r" " + _U_TR + r" (?:temizdim|temiz kaldim|temiz gidiyordum|temiz|kendime zarar "
    r"vermeden|kendime zarar vermemistim|yapmamistim|yapmadan|dayanmistim|durmustum)\b|"
    r"\b" + _N_TR + r" " + _U_TR + r" (?:\w+ ){1,3}?(?:durdum|durmustum|dayandim|dayanmistim|temizdim)\b"
)
_SW_TR = r"\b" + _N_TR + r" " + _U_TR + r" (?:sonra|sonunda)\b"
_G_TR = (
    r"\b(?:her seyi|hepsini|herseyi) (?:mahvettim|bozdum|berbat ettim|boka sardim)\b|\bmahvettim\b|"
    r"\bbasa (?:dondum|donduk)\b|\bsifira dondum\b|\bsifirdan\b|\bkendimden nefret ediyorum\b|"
    r"\butaniyorum\b|\bbosuna\b|\bbozdum\b"
)
_TRIG_TR = (
    "nuksettim nukseddim relapse yaptim basladim dayanamadim tutamadim serim"
)
_TRIG_TR_B = "temizdim temiz vermeden vermemistim yapmamistim yapmadan dayanmistim durmustum durdum dayandim"
_REQ_TR_B = "mahvettim bozdum berbat sardim basa sifira sifirdan nefret utaniyorum bosuna"

# -- pl ---------------------------------------------------------------------------------
_N_PL = (
    r"(?:prawie |juz |ponad )?(?:\d+|to|for|jeden|jedna|dwa|dwie|trzy|cztery|piec|szesc|siedem|osiem|"
    r"dziewiec|dziesiec|kilka|pare)"
)
_U_PL = r"(?:dni|dzien|dniach|tygodni\w*|tydzien|miesi\w+|lat\w*|rok\w*)"
_SPAN_PL = r"(?:" + _N_PL + r" " + _U_PL + r"|miesiac|tydzien|rok|pol roku)"
_R_PL = (
    r"\b(?:(?:mialam|mialem|zaliczylam|zaliczylem|mam) (?:wczoraj |dzis |znowu |kolejny |znow )?nawrot)\b|"
    + _START + r"(?:(?:no|i|znowu|znow|kolejny|wczoraj|dzis|niestety|ja) )*nawrot\b|\bmoj (?:ostatni )?nawrot\b"
)
_RW_PL = (
    r"\b(?:nie wytrzymalam|nie wytrzymalem|zlamalam sie|zlamalem sie|zawalilam|zawalilem|"
    r"(?:znowu|znow) to (?:zrobilam|zrobilem))\b"
)
_S_PL = (
    r"\b" + _SPAN_PL + r" (?:czysto|czysta|czysty|bez (?:samookaleczania|samookaleczen|ciecia|ciecia sie|"
    r"tego|sh|krzywdzenia siebie|robienia sobie krzywdy))\b|\b(?:bylam|bylem) czyst[aey] (?:od |przez )?"
    + _SPAN_PL + r"\b|\b(?:po|przez) " + _SPAN_PL + r" (?:czysto|czystosci|bez tego)\b"
)
_SW_PL = r"\b(?:po|moje) " + _SPAN_PL + r"\b"
_G_PL = (
    r"\bwszystko (?:zepsulam|zepsulem|zniszczylam|zniszczylem|na nic|poszlo)\b|\b(?:zepsulam|"
    r"zepsulem|zniszczylam|zniszczylem) wszystko\b|\bna nic\b|\bod zera\b|\bod nowa\b|\bnienawidze "
    r"siebie\b|\bwstyd mi\b|\bna marne\b"
)
_TRIG_PL = "nawrot zrobilam zrobilem wytrzymalam wytrzymalem zlamalam zlamalem zawalilam zawalilem"
_TRIG_PL_B = "czysto czysta czysty czyste bez czystosci"
_REQ_PL_B = "wszystko zepsulam zepsulem zniszczylam zniszczylem nic zera nowa nienawidze wstyd marne"

# -- id ---------------------------------------------------------------------------------
_N_ID = r"(?:hampir |udah |sudah )?(?:\d+|to|for|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
_U_ID = r"(?:hari|minggu|bulan|tahun)"
_SPAN_ID = r"(?:" + _N_ID + r" " + _U_ID + r"|sebulan|seminggu|setahun|sebulanan)"
_THIRD_ID = (
    r"asma|maag|flu|alergi|migrain|penyakit|sakit|dia|temenku|temen|teman|temanku|adikku|adik|kakakku|kakak|om|"
    r"tante|nenek|kakek|mama|papa|ibu|ayah"
)
_R_ID = (
    r"(?:" + _START + r"(?:(?:duh|yah|ya|huhu|hiks|guys|semalem|semalam|tadi|kemarin|udah) )*|"
    + _not_after(_THIRD_ID) + r"\b(?:aku|gue|gw|saya) (?:\w+ )?)(?:kambuh|relapse)(?: lagi)?\b"
)
_RW_ID = (
    r"\b(?:gagal lagi|ga kuat|gak kuat|nggak kuat|ga tahan|gak tahan|nggak tahan|(?:aku|gue|gw|saya) "
    r"(?:ngelakuin|melakukan|ngelakuinnya|ngelakuin itu) lagi|ngelakuin itu lagi|melakukannya lagi)\b"
)
_S_ID = (
    r"\b" + _SPAN_ID + r" (?:bersih|clean|ga nyakitin diri|gak nyakitin diri|nggak nyakitin diri|"
    r"tanpa (?:self harm|sh|nyakitin diri|melukai diri|itu)|ga self harm|gak self harm|nggak self harm|"
    r"ga sh|gak sh)\b|\b(?:udah |sudah )?bersih (?:selama |udah )?" + _SPAN_ID + r"\b|\bclean "
    + _SPAN_ID + r"\b"
)
_SW_ID = r"\b(?:setelah|sesudah|abis) " + _SPAN_ID + r"\b"
_G_ID = (
    r"\b(?:ngerusak|merusak|ngancurin|hancurin) semuanya\b|\bsia sia\b|\bsia-sia\b|\bhancur\b|"
    r"\bmulai dari nol\b|\bbalik ke nol\b|\bdari awal lagi\b|\bbenci diri sendiri\b|\bmalu banget\b"
)
_TRIG_ID = "kambuh relapse ngelakuin melakukan ngelakuinnya melakukannya gagal kuat tahan"
_TRIG_ID_B = "bersih clean nyakitin tanpa self sh"
_REQ_ID_B = "ngerusak merusak ngancurin hancurin sia hancur nol awal benci malu"

# -- ar (script; no \b: prefixes attach) ------------------------------------------------------
_N_AR = r"(?:\d+|واحد|اثنين|ثلاث|ثلاثه|تلات|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|عشر|عشره)"
_SPAN_AR = (
    r"(?:" + _N_AR + r" (?:يوم|ايام|اسبوع|اسابيع|شهر|شهور|اشهر|سنه|سنين)|شهرين|اسبوعين|يومين|سنتين|"
    r"شهر|اسبوع|سنه)(?!\S)"
)
_W = r"(?:^|(?<=\s))"  # start of an Arabic word
_THIRD_AR = r"(?<!هي )(?<!هو )(?<!صاحبتي )(?<!صاحبي )(?<!اختي )(?<!اخوي )(?<!امي )(?<!ابوي )(?<!جدتي )"
_R_AR = (
    _W + _THIRD_AR + r"(?:و|ف)?(?:انتكست|انتكس(?=\s|$)|نكست)|" + _W + r"(?:صار عندي|جاتني|عندي|اجتني) "
    r"(?:\S+ )?انتكاسه|" + _W + r"انتكاسه(?=\s(?:\.|جديده|ثانيه|ثانيه|تانيه|مره)|$| \.)|"
    + _W + r"(?:رجعت|ورجعت) (?:عملتها|سويتها|اذيت نفسي|اأذي نفسي|اجرح نفسي)"
)
_RW_AR = _W + r"(?:ما قدرت امسك نفسي|ماقدرت امسك نفسي|ما قدرت اتحمل|ضعفت)"
_S_AR = (
    _W + r"(?:كنت )?(?:نظيف|نظيفه) (?:من |صار لي |لمده )?" + _SPAN_AR + r"(?! من)|" + _W + _SPAN_AR
    + r" (?:نظيف|نظيفه|بدون(?=\s*$|\s(?:و|ما|ولا|اذي|اأذي|جرح|\.))|بلا اذيه|بدون اذيه)|"
    + _W + r"(?:كنت )?(?:ماسكه|ماسك) نفسي " + _SPAN_AR
)
_SW_AR = _W + r"بعد " + _SPAN_AR
_G_AR = (
    r"(?:و|ف)?خربت كل (?:شي|شيء)|(?:و|ف)?ضيعت كل (?:شي|شيء)|(?:و|ف)?راح كل (?:شي|شيء)|رجعت للصفر|"
    r"من الصفر|(?:و|ف)?راحوا|على الفاضي|اكره نفسي|مستحيه من نفسي"
)
_TRIG_AR = "انتكست وانتكست فانتكست انتكس نكست انتكاسه رجعت ورجعت قدرت ماقدرت ضعفت"
_TRIG_AR_B = "نظيف نظيفه بدون ماسكه ماسك"
_REQ_AR_B = "خربت وخربت فخربت ضيعت وضيعت راح وراح للصفر الصفر وراحوا راحوا الفاضي اكره مستحيه"

# -- hi: Hinglish ---------------------------------------------------------------------------
_N_HL = r"(?:\d+|to|for|ek|do|teen|char|chaar|paanch|panch|chhe|saat|aath|das)"
_U_HL = r"(?:din|dino|hafte|hafta|mahine|mahina|mahino|saal)"
_R_HL = (
    r"(?:^|(?<=[.!?] )|\b(?:mera|mujhe|main|mai|yaar|yr|phir se|fir se|aaj|kal|kal raat|again|dobara|"
    r"sorry|guys) )relapse (?:ho gaya|ho gya|ho gayi|ho gyi|kar diya|kar liya|kiya)\b|"
    r"\b(?:phir se|fir se|dobara) (?:kar diya|kar liya|kar baithi|kar baitha)(?: maine| mene)?\b|"
    r"\b(?:khud ko|apne aap ko) (?:rok nahi (?:paayi|payi|paaya|paya)|control nahi kar (?:paayi|payi|paaya|paya))\b"
)
_S_HL = (
    r"\b" + _N_HL + r" " + _U_HL + r" (?:se )?(?:clean(?! shave| room| kamra)|saaf|bina (?:kiye|cut kiye|"
    r"hurt kiye|khud ko hurt kiye)|bina)(?: (?:tha|thi|rahi|raha|the))?\b"
)
_SW_HL = r"\b" + _N_HL + r" " + _U_HL + r" (?:ke )?baad\b"
_G_HL = (
    r"\bsab (?:barbaad|barbad|khatam|kharab|bekaar) (?:kar diya|ho gaya|kar di)\b|\bsab barbaad\b|"
    r"\bphir se zero\b|\bzero se\b|\bkhud se nafrat\b|\bsharam aa rahi\b|\bbekaar gaya\b"
)
_TRIG_HL = "relapse kar khud apne"
_TRIG_HL_B = "clean saaf bina"
_REQ_HL_B = "barbaad barbad khatam kharab bekaar zero nafrat sharam"

# -- hi: Devanagari (no trailing \b) ---------------------------------------------------------
_N_HI = r"(?:\d+|to|for|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|दस)"
_U_HI = r"(?:दिन|दिनों|हफ्ते|हफ़्ते|हफ्तों|महीने|महीना|महीनों|साल)"
_R_HI = (
    r"(?:^|(?<=[.!?] )|(?:मेरा|मुझे|मैं|यार|फिर से|फिर|आज|कल|कल रात) )(?:रिलैप्स|रीलैप्स|relapse) "
    r"(?:हो गया|हो गई|हो गयी|कर दिया)|"
    r"(?:फिर से|दोबारा) (?:कर दिया|कर लिया|कर बैठी|कर बैठा)|खुद को (?:रोक नहीं पाई|रोक नहीं पाया|रोक नहीं पायी)"
)
_S_HI = (
    _N_HI + r" " + _U_HI + r" (?:से )?(?:साफ़|साफ|क्लीन|clean|बिना)|" + _N_HI + r" " + _U_HI
    + r" (?:से )?खुद को (?:चोट|नुकसान|हर्ट) नहीं"
)
_SW_HI = _N_HI + r" " + _U_HI + r" (?:के )?बाद"
_G_HI = r"सब (?:बर्बाद|खराब|ख़राब|खत्म|ख़त्म)|फिर से ज़ीरो|फिर से जीरो|खुद से नफरत|शर्म आ रही"
_TRIG_HI = "रिलैप्स रीलैप्स relapse फिर दोबारा खुद"
_TRIG_HI_B = "साफ़ साफ क्लीन clean बिना खुद"

# -- zh (unspaced) --------------------------------------------------------------------------
_N_ZH = r"[0-9一二三四五六七八九十两几半百]+"
_SPAN_ZH = _N_ZH + r"(?:个)?(?:天|周|星期|礼拜|月|年)"
_NOT_ZH = (  # a third person, an illness
    r"(?<!朋友)(?<!他)(?<!她)(?<!他们)(?<!她们)(?<!妈妈)(?<!爸爸)(?<!奶奶)(?<!爷爷)(?<!同学)(?<!癌症)"
    r"(?<!病)(?<!感冒)(?<!肿瘤)(?<!白血病)(?<!哮喘)(?<!胃病)(?<!鼻炎)(?<!湿疹)(?<!痘痘)(?<!手机)(?<!游戏)(?<!烟)"
    r"(?<!酒)(?<!奶茶)(?<!糖)(?<!咖啡)(?<!减肥)(?<!零食)(?<!可乐)"
)
# "又复发了 / 又没忍住 / 又破戒了"; the weaker "又犯了 / 又划了 / 没控制住" only with a spell
_R_ZH = (
    _NOT_ZH + r"(?:又|再次|还是|终于还是|最后还是)(?:复发|没忍住|破戒)|" + _NOT_ZH + r"复发了|破戒了"
)
_RW_ZH = _NOT_ZH + r"(?:又|再次|还是)(?:犯了|划了|割了|没控制住|没管住自己)"
_S_ZH = (
    # "坚持了三个月" at a clause end or before what happened next (not "坚持了三个月跑步")
    _NOT_ZH + r"(?:坚持|戒|忍)了?(?:整整)?" + _SPAN_ZH + r"(?=[,.!?\s]|$|还是|又|就|了|终于|最后|结果|却|但|可|的)|"
    + _SPAN_ZH + r"(?:都)?(?:没有?|不)(?:伤害自己|自残|"
    r"划自己|割自己|伤自己|再划|再割)|" + _SPAN_ZH + r"的(?:努力|坚持)"
)
_G_ZH = r"全毁了|前功尽弃|白坚持了|白费了|全没了|功亏一篑|又从零开始|从头开始|归零了|我恨我自己|好丢人"
_X_ZH = (
    r"(?!.*(?:减肥|节食|奶茶|手机|游戏|抽烟|烟|喝酒|酒|癌|感冒|发烧|肿瘤|咖啡|甜食|零食|炸鸡|吃|戒糖|哮喘|"
    r"打游戏|刷|房间|宿舍|球队|比赛))"
)
_ZH = (
    rf"(?:{_R_ZH}){_X_ZH}.{{0,40}}?(?:{_S_ZH}|{_G_ZH})|(?:{_S_ZH}){_X_ZH}.{{0,40}}?(?:{_R_ZH}|{_RW_ZH}|{_G_ZH})"
    rf"|(?:{_RW_ZH}|{_G_ZH}){_X_ZH}.{{0,40}}?(?:{_S_ZH})"
)

# the relapse word with an object names what came back ("relapsed into my old sleep schedule",
# "recaída de la lesión", "rechute de ma tendinite", "Rückfall in alte Gewohnheiten", "انتكست في
# الدراسة"): a self-harm relapse names none, or self-harm itself
_SELF = r"(?:sh|s h|self ?harm|cutting|it|that|this)\b"
_R_EN = rf"(?:{_R_EN})(?! (?:into|on|of|with|in|from|prevention|plan|plans|kit)\b(?! {_SELF}))"
_S_EN = rf"(?:{_S_EN})(?! of (?!{_SELF}))"
_R_ES = rf"(?:{_R_ES})(?! (?:de|del|con|en)\b(?! (?:nuevo|ayer|anoche|hoy|esta|este)\b))"
_R_FR = rf"(?:{_R_FR})(?! (?:de|du|des|d'\w+|sur|dans)\b(?<!d'hier)(?! (?:nouveau|la nuit|ce soir|hier|cette)\b))"
_R_PT = rf"(?:{_R_PT})(?! (?:da|do|de|no|na|em|com)\b(?! (?:novo|ontem|hoje|noite|madrugada)\b))"
_R_DE = rf"(?:{_R_DE})(?! (?:in|ins|beim|bei|mit|vom|von)\b(?! (?:gestern|heute|der nacht|letzter nacht)\b))"
_R_IT = rf"(?:{_R_IT})(?! (?:della|del|dello|di|nella|nel|con)\b(?! (?:nuovo|ieri|stanotte|notte|oggi)\b))"
_R_RU = rf"(?:{_R_RU})(?! (?:на|с|в|по)\b)"
_R_ID = rf"(?:{_R_ID})(?!(?: lagi)? (?:\w+nya|main|ngerokok|merokok|makan|maag|asma|males)\b)"
_R_AR = rf"(?:{_R_AR})(?!\s(?:في|فى)\s)(?!\sبال)"

RULES: list[Rule] = [
    rule("self_harm:relapse", "self_harm", _TRIG_EN, _shapes(_R_EN, _RW_EN, _S_EN, _SW_EN, _G_EN),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_EN_B, _sad(_S_EN, _G_EN),
         framed="generic", requires=_REQ_EN_B),
    rule("self_harm:relapse", "self_harm", _TRIG_ES, _shapes(_R_ES, _RW_ES, _S_ES, _SW_ES, _G_ES),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_ES_B, _sad(_S_ES, _G_ES),
         framed="generic", requires=_REQ_ES_B),
    rule("self_harm:relapse", "self_harm", _TRIG_FR, _shapes(_R_FR, _RW_FR, _S_FR, _SW_FR, _G_FR),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_FR_B, _sad(_S_FR, _G_FR),
         framed="generic", requires=_REQ_FR_B),
    rule("self_harm:relapse", "self_harm", _TRIG_PT, _shapes(_R_PT, _RW_PT, _S_PT, _SW_PT, _G_PT),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_PT_B, _sad(_S_PT, _G_PT),
         framed="generic", requires=_REQ_PT_B),
    rule("self_harm:relapse", "self_harm", _TRIG_DE, _shapes(_R_DE, _RW_DE, _S_DE, _SW_DE, _G_DE),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_DE_B, _sad(_S_DE, _G_DE),
         framed="generic", requires=_REQ_DE_B),
    rule("self_harm:relapse", "self_harm", _TRIG_IT, _shapes(_R_IT, _RW_IT, _S_IT, _SW_IT, _G_IT),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_IT_B, _sad(_S_IT, _G_IT),
         framed="generic", requires=_REQ_IT_B),
    rule("self_harm:relapse", "self_harm", _TRIG_RU, _shapes(_R_RU, _RW_RU, _S_RU, _SW_RU, _G_RU),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_RU_B, _sad(_S_RU, _G_RU),
         framed="generic", requires=_REQ_RU_B),
    rule("self_harm:relapse", "self_harm", _TRIG_TR, _shapes(_R_TR, _RW_TR, _S_TR, _SW_TR, _G_TR),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_TR_B, _sad(_S_TR, _G_TR),
         framed="generic", requires=_REQ_TR_B),
    rule("self_harm:relapse", "self_harm", _TRIG_PL, _shapes(_R_PL, _RW_PL, _S_PL, _SW_PL, _G_PL),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_PL_B, _sad(_S_PL, _G_PL),
         framed="generic", requires=_REQ_PL_B),
    rule("self_harm:relapse", "self_harm", _TRIG_ID, _shapes(_R_ID, _RW_ID, _S_ID, _SW_ID, _G_ID),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_ID_B, _sad(_S_ID, _G_ID),
         framed="generic", requires=_REQ_ID_B),
    rule("self_harm:relapse", "self_harm", _TRIG_AR, _shapes(_R_AR, _RW_AR, _S_AR, _SW_AR, _G_AR),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_AR_B, _sad(_S_AR, _G_AR),
         framed="generic", requires=_REQ_AR_B),
    rule("self_harm:relapse", "self_harm", _TRIG_HL, _shapes(_R_HL, "", _S_HL, _SW_HL, _G_HL),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_HL_B, _sad(_S_HL, _G_HL),
         framed="generic", requires=_REQ_HL_B),
    rule("self_harm:relapse", "self_harm", _TRIG_HI, _shapes(_R_HI, "", _S_HI, _SW_HI, _G_HI),
         framed="generic"),
    rule("self_harm:relapse", "self_harm", _TRIG_HI_B, _sad(_S_HI, _G_HI),
         framed="generic"),
    zrule("self_harm:relapse", "self_harm", "复 忍 戒 坚 伤 残 划 割 努", _ZH, framed="generic"),
]
