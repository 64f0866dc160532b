"""Relapse told as a broken streak or as "did it again" after a clean spell.

Why: a blind evaluation found relapses that name no method missed: "day 0
again 🙃 my streak was 51 days", "relapsed after 40 days clean", "कल रात
फिर से वो किया... 3 महीने बाद। किसी को मत बताना" (did *it* again last
night, after 3 months; don't tell anyone: held only as grooming secrecy).
Children in recovery count clean days and say "it" or "that" for the act.

Three shapes:

* **back to day zero** ("day 0 again", "back to day 1", "reset my
  counter", "vuelta al día 0", "retour au jour 0", "wieder bei tag 0",
  "снова день 0") in a message that names no everyday streak: apps and
  games (snap, Duolingo, Wordle), diets, the gym, sugar, vaping... ("lost my
  snap streak of 51 days 😭", "day 0 of my diet again lol" pass);
* **relapsed after N days** ("relapsed after 40 days clean", "recaí
  después de 3 meses", "j'ai rechuté après 40 jours", "сорвалась после 40
  дней"), not about a third person or drinking/smoking;
* **"did it again"** ("lo volví a hacer", "je l'ai refait", "hab es wieder
  getan", "l'ho rifatto", "fiz de novo", "снова это сделала", "फिर से वो
  किया", "又做了") with a clean spell ("after 3 months", "3 महीने बाद")
  and either secrecy ("don't tell anyone") or a night ("last night"), the
  way relapses are confided.  An achievement or an everyday activity after
  it ("landed the kickflip", "at the gym") rules it out, and so does
  another subject ("we did it again").

Patterns run on the phrase form ("2" reads "to", "4" "for"; the Hindi
ellipsis is ". . ."); Chinese on the normalised text.
"""

from __future__ import annotations

from .frames_streak import EVERYDAY
from .rules import Rule, rule

_NOT_EVERYDAY = r"(?!.*\b" + EVERYDAY + r"\b)"
_NUM = (
    r"(?:\d+|to|for|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|"
    r"several|un|una|uno|dos|tres|cuatro|cinco|seis|deux|trois|quatre|cinq|ein|einer|einem|zwei|"
    r"drei|vier|funf|sechs|due|quattro|cinque|sei|um|uma|duas|dois|tres)"
)
# back to day zero (a list: each rule of `_day0_rules` starts with a literal)
_DAY0 = [
    r"day (?:0|zero|1|one) again", r"back to day (?:0|zero|1|one)",
    r"(?:reset|resetting|restart|restarting) (?:my|the) (?:counter|streak|clock|day count|days)",
    r"racha (?:se acabo|se rompio|perdida|rota)", r"(?:vuelta|de vuelta|otra vez|volvi) al dia "
    r"(?:0|cero|1|uno)", r"dia (?:0|cero) (?:otra vez|de novo)", r"(?:retour|de retour|encore) au "
    r"jour (?:0|zero|1)", r"jour (?:0|zero) encore", r"(?:wieder|zuruck) (?:bei|auf) tag (?:0|null|1|"
    r"eins)", r"tag (?:0|null) wieder", r"(?:di nuovo|torno|tornata|tornato) al giorno (?:0|zero|1)",
    r"giorno (?:0|zero) di nuovo", r"(?:de volta|voltei|volta) ao dia (?:0|zero|1)",
    r"(?:снова|опять) день (?:0|ноль|1|первый)", r"день (?:0|ноль) (?:снова|опять)",
]
_GAP = (
    r"(?:after " + _NUM + r" (?:days?|weeks?|months?|years?)|" + _NUM + r" (?:days?|weeks?|"
    r"months?|years?) (?:later|clean|free)|first time in " + _NUM + r" (?:days|weeks|months|"
    r"years)|(?:despues de|tras) " + _NUM + r" (?:dias|semanas|meses|anos)|apres " + _NUM
    + r" (?:jours|semaines|mois|ans)|nach " + _NUM + r" (?:tagen|wochen|monaten|jahren)|dopo "
    + _NUM + r" (?:giorni|settimane|mesi|anni)|depois de " + _NUM + r" (?:dias|semanas|meses|"
    r"anos)|(?:после|спустя) (?:\d+|двух|трех|пяти|полугода|месяца|года)(?: \w+)?|"
    r"\d+ (?:दिन|हफ्ते|हफ़्ते|महीने|महीनों|साल) (?:के )?बाद|\d+ (?:din|hafte|mahine|mahino|saal) "
    r"(?:ke )?baad|بعد (?:\S+ )?(?:يوم|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|شهور|اشهر|سنه))"
)
# an achievement or an everyday activity after "did it again"
_NOT_FEAT = (
    r"(?!.*\b(?:landed|won|win|passed|scored|beat|finished|made it|record|pb|level|goal|trick|"
    r"kickflip|cake|gateau|recipe|recette|receta|rezept|ricetta|receita|cookies|kuchen|torta|tarta|bolo|"
    r"gano|gagne|gewonnen|vinto|ganhei|победил\w*)\b)" + _NOT_EVERYDAY
)
# "did it again", per language (with the "after N" of that language, for the
# order "after 3 months i did it again")
_AGAIN_IT = {
    "en": (r"(?:did (?:it|that|the thing) again)(?<!we did it again)(?<!they did it again)"
           r"(?<!he did it again)(?<!she did it again)(?<!you did it again)", "after"),
    "es": (r"(?:(?:lo|la) (?:volvi a hacer|hice (?:otra vez|de nuevo))|volvi a hacerlo)",
           "despues de|tras"),
    "fr": (r"(?:je l'ai (?:refait|encore fait|fait encore|fait a nouveau))", "apres"),
    "de": (r"(?:(?:hab|habe) (?:es|das) (?:\w+ )?wieder (?:getan|gemacht))", "nach"),
    "it": (r"(?:l'ho (?:rifatto|fatto di nuovo|fatto ancora))", "dopo"),
    "pt": (r"(?:(?:fiz|fiz isso|fiz aquilo) (?:de novo|outra vez)|voltei a fazer(?: isso)?)",
           "depois de"),
    "ru": (r"(?:(?:снова|опять) (?:это )?(?:сделала|сделал)|(?:сделала|сделал) это (?:снова|опять))",
           "после|спустя"),
    "hi": (r"(?:(?:फिर से|दोबारा) (?:वो |वह |ये |यह )?(?:किया|कर दिया|कर लिया)|(?:phir se|fir se|dobara) "
           r"(?:wo |woh |vo |ye |yeh )?(?:kiya|kar diya|kar liya))", ""),
    "tr_pl_id": (r"(?:(?:yine|tekrar|gene) (?:onu |bunu )?yaptim|znowu to (?:zrobilam|zrobilem)|"
           r"(?:ngelakuin|melakukan) (?:itu|nya) lagi|melakukannya lagi)", ""),
}
# one of these words must be in the message: secrecy or a night (how relapses are confided)
_SECRET_OR_NIGHT = (
    "tell know secret night tonight yesterday anoche ayer digas cuentes nadie hier personne "
    "keinem niemandem gestern nacht stanotte ieri stasera nessuno ontem ninguem noite вчера "
    "ночью никому रात बताना raat batana امبارح البارحه امس الليله احد حد"
)


_TRIGGERS = {
    "en": "did",
    "es": "volvi hice",
    "fr": "refait fait",
    "de": "getan gemacht",
    "it": "rifatto fatto",
    "pt": "fiz voltei",
    "ru": "сделала сделал",
    "hi": "फिर दोबारा phir fir dobara",
    "tr_pl_id": "yaptim zrobilam zrobilem ngelakuin melakukan melakukannya",
}


def _again_rule(lang: str) -> Rule:
    again, after = _AGAIN_IT[lang]
    triggers = _TRIGGERS[lang]
    pattern = again + _NOT_FEAT + r".{0,80}?" + _GAP
    if after:
        pattern += r"|\b(?:" + after + r") \S+ \S+.{0,40}?" + again + _NOT_FEAT
    return rule("self_harm:relapse", "self_harm", triggers, pattern, framed="generic",
                requires=_SECRET_OR_NIGHT)


def _day0_rules() -> list[Rule]:
    """Back to day zero: one rule per few wordings, each starting with a literal
    (an everyday streak in the message is excused by `frames_streak.py`)."""
    return [
        rule("self_harm:relapse", "self_harm",
             "day reset resetting restart restarting racha dia jour tag giorno день",
             "|".join(r"\b" + alt + r"\b" for alt in _DAY0[i : i + 5]), framed="generic")
        for i in range(0, len(_DAY0), 5)
    ]


RULES: list[Rule] = [
    *_day0_rules(),
    # relapsed after N days (not a third person, not drinking or smoking)
    rule("self_harm:relapse", "self_harm",
         "relapsed relapse recai recaida rechute ruckfall ricaduta сорвалась сорвался",
         r"(?:relapsed|had a relapse|recai|tuve una recaida|tive uma recaida|j'ai rechute|(?:hatte|hab) "
         r"(?:einen|nen) ruckfall|ho avuto una ricaduta|сорвалась|сорвался)(?<!he relapsed)"
         r"(?<!she relapsed)(?<!they relapsed)(?<!dad relapsed)(?<!mum relapsed)(?<!mom relapsed)"
         r"(?<!uncle relapsed) (?:again |otra vez |de novo |encore |wieder |di nuovo |снова )?" + _GAP
         + _NOT_EVERYDAY,
         framed="generic"),
    # "did it again" + a clean spell, in a message with secrecy or a night
    *(_again_rule(lang) for lang in _AGAIN_IT),
    # "i want to cut again": the bare verb with "again" and no object is the
    # act itself ("i want to cut my hair again", "cut again the video" pass)
    rule("self_harm:relapse", "self_harm", "cut",
         r"\b(?:i|im|i'm|i am)(?: \w+){0,2}? (?:want|wanna|need|have|gonna|going|feel like|could|might|"
         r"will|would|ll)(?: to)?(?: \w+)? cut again\b(?! (?:the|my|it|this|that|her|his|them|those|these|"
         r"a|an|some|your|our|their|out|off|back|down|up)\b)",
         framed="generic", requires="again"),
    # zh: a cut again last night or just now, told plainly ("我初中的时候自残过，昨晚又割了");
    # grass, hair and meat are cut again too
    rule("self_harm:relapse", "self_harm", "又",
         r"(?:昨晚|昨天晚上|昨天|今天|今晚|刚才|刚刚)又(?:割了|划了|自残了|割腕了|伤害自己了|割自己了|划自己了)"
         r"(?!草|头发|刘海|肉|麦|指甲)"),
    # zh: "又那样做了 / 又做了" + N months + don't tell / last night
    rule("self_harm:relapse", "self_harm", "又",
         r"(?:昨晚|昨天|别告诉|不要告诉).{0,40}又(?:那样)?(?:做了|弄了|犯了).{0,20}"
         r"[0-9一二三四五六七八九十两几]+个?(?:天|星期|周|月|年)|又(?:那样)?(?:做了|弄了|犯了)"
         r".{0,20}[0-9一二三四五六七八九十两几]+个?(?:天|星期|周|月|年).{0,40}(?:别告诉|不要告诉|昨晚)"),
]
