"""An attempt survived, told with what it left or what comes next (session 17):
"i tried last month and woke up in hospital. next time im not messing it
up", "wczoraj próbowałam, nie wyszło, obudziłam się w szpitalu", "geçen sene
denedim olmadı. bu sefer düzgün yapacağım".

Why: "I tried" with nothing tried named, followed by waking up in hospital,
or by "it didn't work" and a next time done properly, is a suicide attempt
told in passing; the attempt rules want the act named ("tried to kill
myself"), and every language passed.

How: one rule per language (`self_harm:attempt`), `selfharm_veiled_base.pair`:
the bare "I tried" (nothing after it but a time, "it" or an end) and, anywhere
in the message, waking up in hospital or the next time done properly; no
everyday reason in the message (`_EVERYDAY`: a sport, an exam, a recipe, a
game, a driving test).

What passes, and why: "i tried skiing and woke up in hospital" names what
was tried; "i tried the exam, next time ill do it properly" names an exam;
"next time ill do it right" alone is no attempt.
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_veiled_base import pair

_EVERYDAY = (
    r"exam|test|quiz|recipe|cake|game|level|boss|driving|ski|skiing|skate|skating|bike|football|match|"
    r"audition|tryout|tryouts|diet|surgery|allergy|examen|prueba|receta|juego|partido|esqui|bici|"
    r"prova|receita|jogo|partida|bicicleta|controle|recette|jeu|velo|prufung|klausur|test|rezept|spiel|"
    r"fuhrerschein|esame|verifica|ricetta|gioco|partita|экзамен\w*|контрольн\w*|рецепт\w*|игр\w*|"
    r"матч\w*|egzamin\w*|sprawdzian\w*|przepis\w*|gr\w|mecz\w*|sinav\w*|tarif\w*|oyun\w*|mac\w*|ujian|"
    r"ulangan|resep|game|pertandingan|pariksha|exam|recipe|match|امتحان|اختبار|وصفه|لعبه|مباراه|考试|"
    r"测验|食谱|游戏|比赛"
)

# (triggers, the bare "i tried", what it left or what comes next)
_TABLE: dict[str, tuple[str, str, str]] = {
    "en": ("tried attempted",
           r"i (?:tried|attempted)(?: it)?(?: again)?(?: (?:last|this) (?:week|month|year|night|summer|time)|"
           r" yesterday| before| once| twice)?(?= ?[.!?]| ?$| and | but )",
           r"woke up in (?:the )?(?:hospital|a&e|er|icu)|next time i (?:will|wont|will not|am not|m not) "
           r"(?:do it (?:right|properly)|mess (?:it )?up|fail|screw (?:it )?up)|(?:next|this) time (?:il|i will) "
           r"do it (?:right|properly)"),
    "es": ("intente intentado",
           r"(?:ya )?(?:lo )?intente(?: otra vez)?(?: el (?:mes|ano) pasado| ayer| una vez)?(?= ?[.!?]| ?$| y | pero )",
           r"desperte en (?:el )?hospital|la proxima (?:vez )?(?:no (?:voy a fallar|fallo)|lo hago bien)"),
    "pt": ("tentei",
           r"(?:eu )?(?:ja )?tentei(?: de novo)?(?: (?:mes|ano) passado| ontem| uma vez)?(?= ?[.!?]| ?$| e | mas )",
           r"acordei no hospital|(?:da )?proxima vez (?:eu )?(?:nao (?:vou falhar|erro)|faco direito|vou fazer "
           r"direito)"),
    "fr": ("essaye tente",
           r"j ?ai (?:deja )?(?:essaye|tente)(?: le mois dernier| l'annee derniere| hier| une fois)?"
           r"(?= ?[.!?]| ?$| et | mais )",
           r"(?:je me suis )?reveillee? a l'hopital|la prochaine fois je (?:me rate pas|vais pas me rater|le "
           r"fais bien)"),
    "de": ("versucht",
           r"ich (?:hab|habe)(?: es| s)? (?:schon )?(?:mal )?versucht(?: letzten monat| letztes jahr| gestern)?"
           r"(?= ?[.!?]| ?$| und | aber )",
           r"im krankenhaus aufgewacht|(?:nachstes|beim nachsten) mal (?:mach ich es|mache ich es|klappt es|"
           r"schaff ich es) (?:richtig)?"),
    "it": ("provato",
           r"(?:ci )?ho (?:gia )?provato(?: il mese scorso| l'anno scorso| ieri| una volta)?"
           r"(?= ?[.!?]| ?$| e | ma )",
           r"(?:mi sono )?svegliat[ao] in ospedale|la prossima volta (?:non sbaglio|lo faccio bene)"),
    "ru": ("пыталась пытался пробовала пробовал",
           r"я (?:уже )?(?:пыталась|пытался|пробовала|пробовал)(?: в прошлом (?:месяце|году)| вчера| однажды)?"
           r"(?= ?[.!?]| ?$| и | но )",
           r"очнул(?:ась|ся) в больнице|проснул(?:ась|ся) в больнице|в следующии раз (?:сделаю (?:все )?"
           r"(?:нормально|правильно|как надо)|не облажаюсь)"),
    "pl": ("probowalam probowalem",
           r"(?:juz )?(?:probowalam|probowalem)(?: w zeszlym (?:miesiacu|roku)| wczoraj| raz)?"
           r"(?= ?[.!?]| ?$| i | ale | nie wyszlo)",
           r"obudzil(?:am|em) sie w szpitalu|nie wyszlo|nastepnym razem (?:zrobie to (?:porzadnie|dobrze)|"
           r"sie uda)"),
    "tr": ("denedim",
           r"(?:(?<![^.!?] )(?<![^.!?])|(?:gecen (?:ay|sene|yil)|dun) )denedim(?= ?[.!?]| ?$| ama | olmadi)",
           r"hastanede uyandim|olmadi|bu sefer (?:duzgun|dogru) yapacagim|bir dahakine (?:duzgun|dogru) "
           r"yapacagim"),
    "id": ("nyoba mencoba coba",
           r"(?:aku|gue|gw|saya) (?:udah |pernah |udah pernah )?(?:nyoba|mencoba|coba)"
           r"(?: bulan lalu| tahun lalu| kemarin)?(?= ?[.!?]| ?$| tapi | trus )",
           r"bangun di rumah sakit|(?:tapi )?gagal|lain kali (?:gak|ga|nggak) (?:bakal )?gagal"),
    "hi": ("koshish try",
           r"(?:maine|mene) (?:pehle )?(?:koshish ki|try kiya)(?: thi| tha)?(?= ?[.!?]| ?$| par | lekin )",
           r"hospital (?:me|mein) (?:utha|uthi|hosh aaya)|agli baar (?:sahi se|theek se) karunga|agli baar "
           r"(?:sahi se|theek se) karungi|bach gaya|bach gayi"),
    "ar": ("حاولت",
           r"(?:انا )?حاولت(?: الشهر الماضي| السنه الماضيه| مبارح| امس)?(?= ?[.!?،]| ?$| و| بس)",
           r"صحيت (?:ب|في )?المستشفي|فقت (?:ب|في )?المستشفي|المره الجايه (?:رح |ح )?(?:اعملها|اسويها) صح"),
    "zh": ("试过 试了",
           r"我(?:已经)?(?:试过|试了)(?:一次)?(?:了)?(?= ?[。！!.?？,，]| ?$)",
           r"在医院醒来|醒来在医院|下次不会(?:失败|失手)|下次(?:一定)?会成功"),
}

_NO_EDGE = frozenset({"ar", "zh"})

RULES: list[Rule] = [
    rule("self_harm:attempt", "self_harm", triggers,
         pair(tried, after, _EVERYDAY, edge="" if lang in _NO_EDGE else r"\b"), framed="generic")
    for lang, (triggers, tried, after) in _TABLE.items()
]
