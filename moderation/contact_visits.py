"""Visits and coming-home times for the grooming signals stage
(`contact_signals.py`; contact_more.py is long already).

New members of two existing families, ten languages:

* ``meeting`` - the writer offering to come to the reader: "i can come see
  you", "je peux passer te voir", "puedo pasar a verte", "posso passar aí",
  "ich kann bei dir vorbeikommen", "posso passare a trovarti", "могу зайти
  к тебе", "بقدر اجي عندك", "我可以去你家", "main tumhare ghar aa sakta hoon".
* ``personal`` (weak) - when the reader gets home: "what time do you get
  home", "tu rentres à quelle heure de l'école", "a qué hora vuelves a
  casa", "que horas você chega em casa", "wann bist du zu Hause", "a che ora
  torni a casa", "во сколько ты приходишь домой", "kab ghar aate ho".

Each is one cue: "tu rentres à quelle heure? on joue ce soir" (one weak
family) and "je peux passer te voir demain" (one family) stay allowed; a
school-time question with parents away and a visit offer is held.
"""

from __future__ import annotations

from .contact_cues import _spec

VISITS: dict[str, list[tuple[str, str]]] = {
    "meeting": _spec(
        "come stop drop swing passer passe pasar paso passar passo vorbeikommen vorbei kommen "
        "passare trovarti venire заити заиду приити приду приехать ghar milne sakta sakti aaunga "
        "jaunga jaungi",
        [
            r"i (?:can|could|will|ill|am going to) (?:come|stop|drop|swing) (?:by|over|round|and "
            r"see you|see you|visit you)(?: (?:yours|your (?:house|place)|to see you))?"
            r"(?! (?:the|our|my) (?:school|class|office|library))",
            r"je (?:peux|vais|pourrais|passerai|viendrai) (?:passer|venir) (?:te voir|chez toi)",
            r"je passe (?:te voir|chez toi)",
            r"(?:puedo|voy a|podria) (?:pasar|ir) a (?:verte|tu casa)", r"paso a verte",
            r"(?:posso|vou|eu posso) (?:passar|ir) (?:ai|na (?:tua|sua) casa|te ver)",
            r"passo (?:ai|na (?:tua|sua) casa)",
            r"ich (?:kann|komme|konnte|werde) (?:mal |kurz |heute |morgen )?(?:bei dir vorbeikommen|"
            r"bei dir vorbei(?: kommen)?|zu dir(?: kommen)?)",
            r"(?:posso|vengo a|potrei) (?:passare a trovarti|passare da te|venire da te|trovarti)",
            r"passo da te",
            r"(?:могу|я|давай я) (?:заити|приити|приехать|заиду|приду|приеду) к тебе",
            r"(?:заиду|приду|приеду) к тебе",
            r"(?:main )?(?:tumhare|tere|aapke) ghar (?:aa sakta|aa sakti|aaunga|aa jaunga|aa "
            r"jaungi)", r"(?:tumse|tujhse|aapse) milne (?:aa sakta|aa sakti|aaunga|aa jaunga)",
        ],
        [r"(?:ممكن|بقدر|اقدر|رح|بجي|باجي) (?:اجي|امر|ازورك)(?: \S+)? (?:عندك|لعندك|عليك|اشوفك)"],
        [], "",
    ),
    # singular family members and the verbs of being away ("ta mère travaille
    # tard", "sua mãe trabalha até tarde", "ton père est au travail")
    "parents": _spec(
        "mere pere daron daronne vieux parents mae pai pais velhos coroas padres papa mama "
        "mutter vater mama papa eltern mamma papa genitori madre padre",
        [
            r"(?:tes|ta|ton) (?:parents|mere|pere|daron|darons|daronne|vieux)(?: \w+){0,2}? "
            r"(?:travaille|bosse|bossent|rentre|part|dort|sort|sortent|est au (?:travail|boulot)|"
            r"sont au (?:travail|boulot)|est pas la|sont pas la|n'est pas la|ne sont pas la)",
            r"(?:seus|teus|sua|tua|seu|teu) (?:pais|mae|pai|velhos|coroas)(?: \w+){0,2}? "
            r"(?:trabalha|chega|chegam|sai|dorme|volta|voltam|ta no trabalho|esta no trabalho|"
            r"tao no trabalho|estao no trabalho|nao esta|nao ta|nao tao)",
            r"(?:tus|tu) (?:padres|papas|papa|mama|madre|padre|viejos)(?: \w+){0,2}? (?:trabaja|"
            r"llega|llegan|sale|salen|duerme|vuelve|vuelven|esta en el trabajo|estan en el trabajo|no esta)",
            r"(?:deine|dein) (?:eltern|mutter|vater|mama|papa)(?: \w+){0,2}? (?:arbeitet|schlaft|"
            r"kommt|kommen|ist (?:auf|bei der) arbeit|sind (?:auf|bei der) arbeit|ist nicht da|"
            r"sind nicht da)",
            r"(?:i tuoi|tuoi|tua|tuo) (?:genitori|mamma|madre|papa|padre)(?: \w+){0,2}? "
            r"(?:lavora|torna|tornano|esce|dorme|e al lavoro|sono al lavoro|non c'e|non ci sono)",
        ],
        [], [], "",
    ),
    "personal": _spec(
        "home get back heure rentres hora vuelves llegas horas chega volta wann hause heim ora "
        "torni rientri сколько ghar kab baje",
        [
            r"(?:what time|when) (?:do|will) you (?:get|go|come) (?:back )?home",
            r"tu (?:rentres|sors|finis|termines) a quelle heure",
            r"a quelle heure (?:tu )?(?:rentres|rentre tu|es tu rentre)",
            r"(?:a que hora|cuando) (?:vuelves|llegas) (?:a (?:tu )?casa|del (?:cole|colegio|"
            r"insti|instituto)|de la escuela)",
            r"(?:que horas|quando) (?:voce |video call |tu )?(?:chega|chegas|volta|voltas) (?:em "
            r"casa|pra casa|para casa|da escola|da aula)",
            r"wann (?:bist du|kommst du) (?:\w+ )?(?:zu hause|nach hause|heim)",
            r"a che ora (?:torni|rientri) (?:a casa|da scuola)",
            r"во сколько (?:ты )?(?:приходишь|возвращаешься|будешь) (?:домои|из школы)",
            r"(?:kab|kitne baje) ghar (?:aate|aati|pahunchte|pahunchti) (?:ho|hai)",
        ],
        [], [], "",
    ),
}
