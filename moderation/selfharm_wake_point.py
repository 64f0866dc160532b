"""No point in waking up (session 17): "a che serve svegliarsi domani",
"wozu überhaupt noch aufstehen", "какой смысл просыпаться завтра",
"buat apa bangun besok pagi", "सुबह उठने का क्या फायदा, सब बेकार है".

Why: asking what waking up or getting up is for, with nothing named that
makes it early or inconvenient, is the hopelessness a child says instead of
"I don't want to live".  English had the form since the second wave
(`selfharm.py`, "what is the point of waking up"); every other language
passed, and the scorer reads too few words in a four-word question.

How: one rule per language (`self_harm:hopeless`), the question and the verb
(either order where the language allows), a time (tomorrow, any more, every
day) optional, said last in its sentence or followed by a hopeless tail
("everything is pointless", "nobody cares"); built with
`selfharm_veiled_base.alone`: no everyday reason anywhere in the message.

What passes, and why: waking early, on a Saturday, for a cancelled class, a
holiday, an alarm, a game's respawn, being ill are everyday reasons
(`_EVERYDAY`); the question followed by what it is about ("what's the point
of getting up if the wifi is down") is not said last; a lesson or a song
about the words is talk (`alone`).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_base import alone_rules

# said last, or with a hopeless tail after it
_LAST = r"(?= ?[.!?]| ?$)"


def _last(tail: str) -> str:
    return rf"(?:{_LAST}| (?:\S+ ){{0,4}}?(?:{tail}){_LAST})"


_EVERYDAY = (
    r"early|alarm|saturday|sunday|weekend|holiday|holidays|vacation|cancelled|canceled|sick|ill|game|"
    r"respawn|minecraft|roblox|fortnite|temprano|madrugar|sabado|domingo|finde|vacaciones|suspendid\w|"
    r"enferm\w|juego|cedo|sabado|feriado|ferias|cancelad\w|doente|jogo|tot|matin de bonne heure|samedi|"
    r"dimanche|vacances|annule\w*|malade|jeu|fruh|wecker|samstag|sonntag|wochenende|ferien|ausfall\w*|"
    r"krank|spiel|presto|sveglia|sabato|domenica|vacanze|annullat\w|malat\w|gioco|рано|будильник|"
    r"суббот\w*|воскресень\w*|выходн\w*|каникул\w*|отмен\w*|болею|игр\w*|wczesnie|budzik|sobot\w*|"
    r"niedziel\w*|weekend\w*|wakacj\w*|odwolan\w*|chory|chora|gra|gry|erken|alarm|cumartesi|pazar|"
    r"tatil\w*|iptal|hasta\w*|oyun\w*|pagi buta|subuh|alarm|sabtu|minggu|libur\w*|batal|sakit|game|"
    r"jaldi|alarm|chutti|holiday|बीमार|छुट्टी|जल्दी|بدري|منبه|عطله|اجازه|الجمعه|السبت|مريض|لعبه|"
    r"早起|闹钟|周末|放假|假期|生病|游戏|周六|周日"
)

_TABLE: dict[str, tuple[str, str]] = {
    "en": ("wake get",
           r"why (?:would i |should i |do i |even |bother |would anyone |even bother )+(?:to )?"
           r"(?:wake up|get up|get out of bed)(?: tomorrow| any ?more| again| at all| every day| in the morning)*"
           + _last(r"nothing|nobody|no one|pointless|same|sucks|hopeless|whatever")),
    "es": ("despertar despertarme levantarme levantar despertarse levantarse",
           r"(?:(?:para|pa) (?:que|q)|(?:que|q) sentido tiene|de (?:que|q) sirve) (?:me )?(?:despertar|"
           r"levantar)(?:me|se)?(?: manana| ya| mas| otra vez| cada dia| en la manana| siquiera)*"
           + _last(r"nada|nadie|igual|mierda|sentido")),
    "pt": ("acordar levantar",
           r"(?:(?:pra|para|p) (?:que|q)|qual (?:o )?sentido de|de (?:que|q) adianta) (?:eu )?(?:acordar|"
           r"levantar)(?: amanha| mais| de novo| todo dia| cedo demais)*" + _last(r"nada|ninguem|igual|merda")),
    "fr": ("lever reveiller",
           r"(?:a quoi bon|pourquoi|ca sert a quoi de) (?:se|me) (?:lever|reveiller)(?: demain| encore| le matin|"
           r" chaque jour)*" + _last(r"rien|personne|pareil|sert a rien")),
    "de": ("aufstehen aufwachen",
           r"(?:wozu|wofur|warum|was bringt (?:es|s)) (?:(?:soll ich |uberhaupt |noch |morgen |eigentlich "
           r"|denn )*)?(?:aufstehen|aufwachen|aufzustehen|aufzuwachen)(?: morgen| noch| uberhaupt)*"
           + _last(r"nichts|niemand|egal|sinnlos")),
    "it": ("svegliarsi alzarsi svegliarmi alzarmi",
           r"(?:a che serve|che senso ha|perche|a cosa serve) (?:svegliar|alzar)(?:si|mi)(?: domani| ancora| "
           r"ogni giorno| la mattina)*" + _last(r"niente|nessuno|uguale|inutile")),
    "ru": ("просыпаться вставать проснуться встать",
           r"(?:какои (?:смысл|толк)|зачем|смысл|для чего) (?:мне )?(?:вообще )?(?:просыпаться|вставать|"
           r"проснуться|встать)(?: завтра| утром| каждыи день| вообще)*"
           + _last(r"ничего|никому|никто|бессмысленно|одно и то же")),
    "pl": ("wstawac budzic obudzic",
           r"(?:po co|jaki (?:jest )?sens) (?:mam )?(?:wstawac|budzic sie|sie budzic|sie obudzic|obudzic sie)"
           r"(?: jutro| rano| kazdego dnia| w ogole)*" + _last(r"nic|nikt|bez sensu|to samo")),
    "tr": ("uyanmanin kalkmanin uyanayim kalkayim uyanmak kalkmak",
           r"(?:yarin |sabah )?(?:uyanmanin|kalkmanin) (?:ne )?(?:anlami|manasi|faydasi) (?:var|ki)|"
           r"(?:neden|niye|ne diye) (?:yarin )?(?:uyanayim|kalkayim)(?: ki)?" + _last(r"hicbir|kimse|bos|ayni")),
    "id": ("bangun",
           r"(?:(?:buat|untuk|utk|bwt) apa|ngapain|apa gunanya) (?:aku |gw |gue )?bangun"
           r"(?: besok| pagi| lagi| tiap hari)*" + _last(r"gak ada|ga ada|percuma|sama aja|sia sia")),
    "hi": ("uthne uthna uthu uthun",
           r"(?:subah |kal )?(?:uthne ka|uthna) (?:kya )?(?:fayda|faida|matlab)(?: hai)?|kyun (?:kal )?"
           r"(?:uthu|uthun)" + _last(r"bekaar|bekar|koi nahi|sab same")),
    "hi_deva": ("उठने उठूं उठूँ",
                r"(?:सुबह |कल )?उठने का (?:क्या )?(?:फायदा|फ़ायदा|मतलब)(?: है)?(?: सब बेकार है| कोई नहीं)?"
                r"(?= ?[.!?।]| ?$)|क्यों (?:कल )?(?:उठूं|उठूँ)(?= ?[.!?।]| ?$)"),
    "ar": ("اصحي اصحى اقوم الاستيقاظ الصحيان",
           r"(?:ليش|ليه|لماذا|شو الفايده من|ايش الفايده من|ما الفايده من|ما فايده) (?:ا?صحي|اقوم|"
           r"الاستيقاظ|الصحيان|الصحيه)(?: بكرا| بكره| غدا| الصبح| كل يوم)*(?= ?[.!?،]| ?$)"),
    "zh": ("醒 起床",
           r"(?:明天|早上)?(?:醒来|起床)(?:还)?有(?:什么|啥)(?:意义|用)|(?:为什么|何必|干嘛)(?:还要|要)?(?:醒来|起床)"
           r"(?:呢)?(?= ?[。！!.?？]| ?$)"),
}

RULES: list[Rule] = alone_rules("self_harm:hopeless", _TABLE, _EVERYDAY)
