"""Hitting oneself: banging one's head on a wall, punching or slapping
oneself, as a habit, in anger or until it hurts.

Why: a blind evaluation found this form of self-injury missed in several
languages ("i bang my head on the wall when im stressed until i get dizzy",
"صرت أضرب راسي بالجدار لما أزعل", "я бьюсь головой об стену", "ich schlage
meinen Kopf gegen die Wand wenn ich gestresst bin").  The English rule in
`selfharm.py` knew the shape but not "bang" among its triggers; the other
languages had only "I hit myself *when*" (`signals_strong.py`, punish).

Each language has two cores, both in the first person:

* **head against a wall / the floor / the desk**, in the habitual present
  ("me golpeo la cabeza contra la pared", "sbatto la testa contro il muro",
  "bato a cabeça na parede", "je me tape la tête contre le mur");
* **hitting oneself** ("me doy golpes", "je me frappe", "ich schlag mich",
  "mi prendo a pugni", "eu me bato", "бью себя", "اضرب نفسي", "打自己").

A core holds together with a *cue* of its language after it in the
sentence, or a "when" clause holding one before it: a feeling (stressed,
angry, sad, anxious), "until" it hurts / bleeds / makes one dizzy, bruises,
punishment, on purpose, "can't stop", every day ("again" is no cue: "i hit
my head on the door again").  So an accident ("i hit my head on the door lol", "me di un golpe
en la cabeza jugando al fútbol"), a sport injury and the idiom for a hard
task ("banging my head against the wall trying to solve this maths", "je
me tape la tête contre le mur avec ces exos", "бьюсь головой об стену над
этой задачей") do not match: the idiom has no feeling cue, and a task
named right after the core rules it out.  Russian "бьюсь головой об стену"
and Arabic "أضرب راسي بالجدار" (the first-person habitual present against
a wall) hold alone; the idiom there takes a task ("над задачей") that
rules it out as well.

Patterns run on the phrase form (accents stripped, Arabic letter variants
folded, "im" read "i am"); Chinese on the normalised text.
"""

from __future__ import annotations

from .rules import Rule, rule

# a task named right after the core: the idiom for a hard problem
_TASK = (
    r"(?![^.!?]{0,50}\b(?:trying to|to (?:solve|figure|understand|fix|learn)|over (?:this|that|the|"
    r"my|these)|with (?:this|that|these|the|my) (?:homework|maths?|code|essay|question|problem|"
    r"exercise|task|level|puzzle|game)|avec (?:ce|cette|ces|mes|les) (?:exo|devoir|maths|probleme|"
    r"exercice)\w*|con (?:este|esta|estos|estas|questo|questa|questi|queste|los|las|i|le) "
    r"(?:deberes|ejercicio|problema|mates|matematicas|compiti|esercizi|problemi|esercizio|"
    r"matematica)\w*|mit (?:dieser|diesem|den|der|meinen) (?:aufgabe|hausaufgabe|mathe|problem)\w*|"
    r"com (?:esse|essa|esses|essas|o|a) (?:dever|exercicio|problema|matematica)\w*|над\b|с "
    r"(?:этой|этим|этими) |пытаясь|из-за (?:задач|домашк)))"
)
# what makes hitting oneself self-injury: a feeling, until it hurts, punishment, habit
# (one list per language: the lazy scan after a core tries every cue at each position)
_CUES = {
    "en": r"stressed|stress|angry|mad|upset|sad|anxious|anxiety|overwhelmed|panic\w*|frustrated|"
    r"hate myself|mess up|messed up|until|till|dizzy|bleed\w*|bruise\w*|punish\w*|on purpose|"
    r"can not stop|cant stop|every (?:day|night)|to feel",
    "es": r"estresad[oa]|enfad[oa]|enfadad[oa]|me enfado|con rabia|frustrad[oa]|agobiad[oa]|"
    r"enojad[oa]|me enojo|triste|ansiedad|ansios[oa]|"
    r"nervios[oa]|lloro|llorando|marearme|mareo|mareada|mareado|sangr\w*|moretones|morados|"
    r"castigarme|a proposito|no puedo parar|todos los dias|hasta que|me duela",
    "fr": r"stressee?|en colere|enervee?|angoissee?|anxieux|anxieuse|pleure|vertiges?|saign\w*|"
    r"des bleus|me punir|expres|je n'arrive pas a (?:arreter|m'arreter)|tous les (?:jours|soirs)|"
    r"jusqu'a",
    "de": r"gestresst|wutend|sauer|traurig|panik|weine|schwindlig|schwindelig|blut\w*|blaue "
    r"flecken|bestrafen|absichtlich|nicht aufhoren|jeden tag|bis es weh tut|bis ich",
    "it": r"stressat[oa]|arrabbiat[oa]|mi arrabbio|ansia|ansios[oa]|piango|nervos[oa]|sangu\w*|"
    r"lividi|punirmi|apposta|non riesco a smettere|ogni giorno|finche|fino a",
    "pt": r"estressad[oa]|com raiva|fico nervos[oa]|ansiedade|choro|chorando|tont[oa]|roxos|"
    r"hematomas|me punir|de proposito|nao consigo parar|todo dia|todos os dias|ate (?:sangrar|"
    r"doer|ficar)",
    "ru": r"злюсь|злая|злой|стресс\w*|нервничаю|плачу|паник\w*|кружится|кров\w*|синяк\w*|"
    r"наказ\w*|специально|не могу остановиться|каждый день|пока не|до крови",
}
# a cue before the core: "when i am overwhelmed i slam my head into the wall"
_WHEN = {
    "en": r"when|whenever|every time",
    "es": r"cuando|cada vez que",
    "fr": r"quand|chaque fois que|des que",
    "de": r"wenn|jedes mal wenn",
    "it": r"quando|ogni volta che",
    "pt": r"quando|toda vez que",
    "ru": r"когда|каждый раз когда",
}
_AR_CUE = (
    r"(?:ازعل|زعلت|زعلانه|زعلان|اعصب|معصب|معصبه|اتضايق|متضايق|متضايقه|ابكي|حزين|حزينه|ادوخ|دوخه|"
    r"ينزل دم|دم|قادر|قادره|اقدر|كل يوم|كل ما|لما|صرت|لين)"
)


def _either(core: str, lang: str) -> str:
    """The core followed (not by a task) by a cue of `lang` in the sentence,
    or a "when" clause with a cue before it."""
    cue = "(?:" + _CUES[lang] + r")\b"
    return (
        rf"(?:{core})\b{_TASK}[^.!?]{{0,60}}?\b{cue}|"
        rf"\b(?:{_WHEN[lang]}) (?=[^.!?]{{0,40}}?\b{cue})[^.!?]{{0,60}}?\b(?:{core})\b{_TASK}"
    )


_EN = (
    r"i (?:keep |always |still |sometimes |just |have been |started )?(?:bang|banging|hit|hitting|"
    r"smash|smashing|slam|slamming|knock|knocking) my head (?:against|on|into) (?:the |a |my )?"
    r"(?:wall|walls|floor|desk|door|table|mirror)|i (?:keep |always |still |sometimes )?(?:punch|"
    r"punching|slap|slapping|hit|hitting|beat|beating|scratch|scratching) myself"
)
_ES = (
    r"me (?:golpeo|pego|doy) (?:golpes |cabezazos |punetazos )?(?:(?:la cabeza |con la cabeza )?"
    r"(?:contra|en) (?:la |el )?(?:pared|suelo|mesa|puerta))|(?:me )?(?:doy|pego) (?:golpes|"
    r"cabezazos|punetazos|bofetadas|cachetadas)(?: a mi mism[oa])?|me golpeo(?: a mi mism[oa])?|"
    r"golpeo mi cabeza (?:contra|en) (?:la |el )?(?:pared|suelo|mesa)"
)
_FR = (
    r"je me (?:tape|cogne|frappe) (?:la tete )?(?:contre|sur|dans) (?:le |la |les )?(?:murs?|sol|"
    r"table|bureau|porte)|je me (?:frappe|gifle|griffe|donne des coups)|je (?:tape|cogne) ma tete "
    r"(?:contre|sur) (?:le |la |les )?(?:murs?|sol|table|bureau)"
)
_DE = (
    r"ich (?:schlage|schlag|haue|hau|knalle|knall|ramme|ramm) (?:meinen |mein )?(?:kopf|schadel) "
    r"(?:gegen|an|auf) (?:die |den |eine |einen )?(?:wand|tisch|boden|tur)|ich (?:schlage|schlag|"
    r"haue|hau|kratze|kratz|boxe|box) mich(?: selbst| selber)?"
)
_IT = (
    r"(?:sbatto|batto|picchio) (?:la )?testa (?:contro|sul|sulla|al|nel|per) (?:il |la )?(?:muro|"
    r"parete|pavimento|tavolo|porta|terra)|mi (?:picchio|prendo a pugni|prendo a schiaffi|do (?:dei )?"
    r"pugni|do (?:degli )?schiaffi|graffio)"
)
_PT = (
    r"(?:bato|fico batendo) (?:a |com a )?cabeca (?:na|contra a|no|contra o) (?:parede|chao|mesa|"
    r"porta)|(?:eu )?me (?:bato|soco|estapeio|arranho)|dou (?:socos|tapas) em mim(?: mesm[oa])?"
)
_RU = (
    r"(?:бью|ударяю|колочу|царапаю) (?:себя|сама себя|сам себя)|(?:бьюсь|бьюся) головой"
)

# a fist into a wall until it bleeds: the injury is the cue ("i punch the wall till my
# knuckles split"); anger alone is no cue here, and "hit the wall" is a runner's idiom
_FIST_WALL = (
    r"\bi (?:keep |always |still |sometimes |just |literally )?(?:punch|punched|punching|smash|smashed|"
    r"smashing) (?:the |a |my )?(?:wall|walls|mirror|door)\b[^.!?]{0,40}?\b(?:knuckles?|bleed\w*|"
    r"bled|bruised?|until it hurts|till it hurts|until i feel|till i feel)|"
    r"\b(?:le )?(?:pego|doy|daba|pegaba) (?:punetazos|golpes|punos) (?:a|en|contra) (?:la )?pared[^.!?]{0,40}?"
    r"\b(?:nudillos|sangr\w*|hasta que)|\bgolpeo (?:la )?pared[^.!?]{0,40}?\b(?:nudillos|sangr\w*)|"
    r"\bje (?:frappe|tape|cogne) (?:dans |contre )?(?:le |les )?murs?[^.!?]{0,40}?\b(?:jusqu'a saigner|"
    r"saign\w*|phalanges|jointures|jusqu'a avoir mal)|"
    r"\bich (?:schlage|schlag|boxe|box|haue|hau) (?:gegen |in )?(?:die |eine )?wand[^.!?]{0,40}?\b(?:"
    r"knochel|blut\w*|bis es weh tut)|"
    r"\b(?:prendo a pugni|do pugni a|do pugni contro) (?:il )?muro[^.!?]{0,40}?\b(?:nocche|sangu\w*|"
    r"finche)|\b(?:soco|esmurro|dou socos na) (?:a )?parede[^.!?]{0,40}?\b(?:sangr\w*|dedos|"
    r"machucar|doer)|"
    r"\b(?:бью|колочу|долблю) (?:кулаком |кулаками )?(?:в )?стену[^.!?]{0,40}?(?:костяшк\w*|до крови|"
    r"кров\w*|пока не)"
)

RULES: list[Rule] = [
    rule("self_harm:injury", "self_harm",
         "punch punched punching smash smashed smashing pego doy daba pegaba golpeo frappe tape cogne "
         "schlage schlag boxe box haue hau pugni soco esmurro socos бью колочу долблю",
         _FIST_WALL + _TASK, framed="generic"),
    rule("self_harm:injury", "self_harm",
         "bang banging hit hitting smash smashing slam slamming knock knocking punch punching slap "
         "slapping beat beating scratch scratching",
         _either(_EN, "en"), framed="generic"),
    rule("self_harm:injury", "self_harm",
         "golpeo golpes cabezazos punetazos bofetadas cachetadas",
         _either(_ES, "es"), framed="generic"),
    rule("self_harm:injury", "self_harm", "tape cogne frappe gifle griffe donne",
         _either(_FR, "fr"), framed="generic"),
    rule("self_harm:injury", "self_harm",
         "schlage schlag haue hau knalle knall ramme ramm kratze kratz boxe box",
         _either(_DE, "de"), framed="generic"),
    rule("self_harm:injury", "self_harm", "sbatto batto picchio pugni schiaffi graffio",
         _either(_IT, "it"), framed="generic"),
    rule("self_harm:injury", "self_harm", "bato batendo soco socos tapas estapeio arranho",
         _either(_PT, "pt"), framed="generic"),
    rule("self_harm:injury", "self_harm", "бью ударяю колочу царапаю бьюсь бьюся",
         _either(_RU, "ru")
         # the first-person present against a wall holds alone (not over a task)
         + r"|\b(?:бьюсь|бьюся) головой (?:об?|в|о) (?:стену|стенку|стены|стол|пол|дверь)\b"
         + _TASK, framed="generic"),
    # ar: "اضرب راسي بالجدار" (my head, the wall) alone; hitting myself with a cue
    rule("self_harm:injury", "self_harm", "اضرب بضرب نضرب ضربت اخبط بخبط",
         r"(?:^|\s)(?:اضرب|بضرب|نضرب|اخبط|بخبط) (?:راسي|راسى) (?:ب|في |على )?(?:ال)?(?:جدار|حيط|حيطه|"
         r"حائط|ارض|باب)(?!\S)|(?:^|\s)(?:اضرب|بضرب|نضرب|ضربت|اخبط|بخبط) (?:راسي|نفسي|حالي|وجهي)"
         r"(?!\S)[^.!?]{0,60}?(?:^|\s)(?:ب|و)?" + _AR_CUE + r"(?!\S)|(?:^|\s)(?:ب|و)?" + _AR_CUE
         + r"(?!\S)[^.!?]{0,60}?(?:^|\s)(?:اضرب|بضرب|نضرب) (?:راسي|نفسي|حالي|وجهي)(?!\S)",
         framed="generic"),
    # zh: my head against the wall, hitting / slapping myself with a feeling or a habit
    rule("self_harm:injury", "self_harm", "撞墙 撞头 打自己 扇自己 掐自己 咬自己",
         r"我.{0,12}(?:用头|拿头|头)撞(?:墙|桌子|地)|我.{0,12}撞头|"
         r"(?:生气|难过|压力|焦虑|烦|崩溃|哭|每次|忍不住|停不下来|经常|总是).{0,12}"
         r"(?:打自己|扇自己|掐自己|咬自己|(?:用头|拿头|头)撞(?:墙|桌子|地))|"
         r"(?:打自己|扇自己|掐自己|咬自己)(?:耳光|巴掌)?.{0,10}(?:直到|到(?:流血|头晕|青)|惩罚)"),
    # hi: "(apna) sir deewar par maarti hoon" (first person by hoon / main)
    rule("self_harm:injury", "self_harm",
         "सिर sir sar मारती मारता पटकती पटकता maarti marti maarta marta patakti patakta",
         r"(?:^|\s)(?:अपना )?सिर (?:दीवार|दिवार|ज़मीन|जमीन|दरवाज़े|दरवाजे|टेबल) (?:पर|पे|से|में) "
         r"(?:मारती|मारता|पटकती|पटकता|मार लेती|मार लेता) (?:हूँ|हूं|हु|रहती|रहता)(?!\S)|"
         r"\b(?:apna )?(?:sir|sar) (?:deewar|diwar|deewaar|diwaar|wall|zameen) (?:pe|par|se|mein|me) "
         r"(?:maarti|marti|maarta|marta|patakti|patakta|maar leti|maar leta) (?:hoon|hu|hun|hoo|"
         r"rehti|rehta)\b",
         framed="generic"),
]
