"""Veiled threats built on what the writer knows of the reader: the house
named as known with a description or a warning, the reader's daily spot
with "see you tomorrow", and the pictures about to go round (en es fr pt de
it here, ru tr pl id ar hi zh in harm_veiled_known_scripts.py; both appended
to `harm.RULES` by harm_veiled_more.py, reason `threat:veiled`; the English
house rule is built there from this module's `house_rule`, with its cues).

Why: "sé cuál es tu casa, la de la puerta verde. dile a tu hermanito que
tenga cuidado al salir del cole. ya verás", "evinizi biliyorum, mavi kapılı
olan ...", "aku tau rumahmu, yang pagar hijau dekat warung. pulang sekolah
nanti liat aja apa yang terjadi", "أعرف بيتكم، البيت الأبيض بجانب المسجد",
"أعرف وين تنتظرين الباص كل يوم ... نشوفك بكرة".  English holds "i know your
house" alone (harm.py); in the other languages the bare "I know your
house" is also what a friend says before a visit, so it is held only in a
pair:

* the house known ("sé cuál es tu casa", "je connais ta maison", "ich kenne
  euer Haus") with a description that shows it was watched ("the one with
  the green door", "next to the mosque") or with a warning (harm_watching's
  warnings, "you'll see", "trust me", a knife, a sibling told to be careful:
  harm_veiled_more's sibling cues);
* the reader's routine known (harm_veiled_more's routine cues) with "alone"
  or "every day" and "see you tomorrow" ending the message (the English
  rule is in harm_veiled_more.py);
* "wait till the pics go round / get out" with "you'll see" or "trust me"
  (the English rule is in harm_veiled_more.py: `_ROUND_EN`).

A friendly plan anywhere after the knowledge passes ("sé cuál es tu casa,
la de la puerta verde, ¿paso a buscarte?", "je connais ta maison, on y va
ensemble"), and so do praise of the pictures and reports (frames).
"""

from __future__ import annotations

from .harm_veiled_more_langs import _KIN, _PICS, _ROUTINE, ROUTINE_TEXTS, _omen, _texts
from .harm_watching import _WARN
from .rules import Rule, rule

_END = r"(?= ?$| [.!?])"

# -- the house known: (trigger words, the knowledge) ------------------------------------------
HOUSE: dict[str, tuple[str, str]] = {
    "en": ("house home place",
           r"\b(?:i|we) (?:know|knw) (?:exactly )?(?:which (?:house|one|place) is (?:yours|your house)|where "
           r"(?:your|ur) (?:house|place|home) is|(?:your|ur) (?:house|place|home))\b"),
    "es": ("casa casita piso",
           r"\b(?:(?:ya )?se|sabemos|conozco|conocemos) (?:cual es |donde esta |donde queda |)(?:tu|vuestra) "
           r"(?:casa|casita|piso)\b"),
    "fr": ("maison appart immeuble",
           r"\b(?:je|on) (?:connais|connait|sais (?:ou est|laquelle est|c'est laquelle)) (?:ta|votre) "
           r"(?:maison|baraque)\b|\bje (?:connais|sais (?:ou est|lequel est)) (?:ton|votre) (?:appart|"
           r"immeuble)\b"),
    "pt": ("casa predio",
           r"\b(?:eu )?(?:sei|conheco|sabemos|conhecemos) (?:qual e |onde fica |)(?:a )?(?:tua|sua) (?:casa|"
           r"casinha)\b"),
    "de": ("haus hauschen wohnung",
           r"\bich (?:kenne|kenn|weiss,? (?:welches|wo)) (?:euer|dein|eure|deine) (?:haus|hauschen|"
           r"wohnung)\b|\bich weiss,? welches haus (?:euch|dir|deiner familie) gehort\b"),
    "it": ("casa",
           r"\b(?:so|conosco|sappiamo|conosciamo) (?:qual e |dov'e |dove sta |)(?:la tua casa|casa tua|la "
           r"vostra casa|casa vostra)\b"),
}

# -- a description that shows the house was watched ---------------------------------------------
DESC: dict[str, str] = {
    "en": (r"\bthe (?:one|house|\w+ one|\w+ house) (?:with the|next to|by the|near the|opposite|on the corner)\b|"
           r"\bwith the (?:blue|green|red|white|black|yellow|grey|gray|brown|pink|broken|big) (?:door|gate|"
           r"fence|car|roof|curtains|van)\b"),
    "es": (r"\b(?:la|el) (?:de (?:la|las|los|el)|del|que tiene (?:la|el|las|los)|con (?:la|el|las|los)) "
           r"(?:puerta|reja|verja|coche|tejado|ventanas?|buzon|portal|jardin|balcon|persianas|toldo|valla)"
           r"\b|\b(?:junto a|al lado de|enfrente de|cerca de|detras de) (?:la|el) (?:iglesia|mezquita|tienda|"
           r"parque|farmacia|panaderia|kiosko|super|estanco|bar)\b"),
    "fr": (r"\bcelle (?:avec|a|aux) (?:la |le |les )?(?:porte|portail|volets|grille|voiture|toit|barriere)|"
           r"\b(?:aux|a la|au) (?:volets|porte|portail) (?:bleus?|verts?|rouges?|blancs?|jaunes?|gris)\b|"
           r"\b(?:a cote|pres|en face|derriere) de (?:la |l'|l |le )?(?:eglise|mosquee|boulangerie|"
           r"pharmacie|parc|epicerie|tabac|superette)\b"),
    "pt": (r"\b(?:a|aquela) (?:do|da|com o|com a|de) (?:portao|porta|muro|telhado|carro|janela|varanda|"
           r"grade)\b|\b(?:do lado|perto|em frente|atras) d[ao] (?:igreja|mesquita|padaria|farmacia|mercado|"
           r"mercadinho|praca|bar)\b"),
    "de": (r"\b(?:das|die) mit (?:dem|der|den) (?:\w+ )?(?:tur|tor|garage|zaun|dach|auto|fensterladen|"
           r"garten)\b|\b(?:neben|gegenuber|hinter) (?:der|dem) (?:kirche|moschee|backerei|apotheke|kiosk|"
           r"spielplatz|park|supermarkt)\b"),
    "it": (r"\bquella (?:col|con il|con la|con le|coi|dal|dalla|della) (?:\w+ )?(?:cancello|porta|tetto|"
           r"macchina|balcone|persiane|giardino|tende)\b|\b(?:vicino|accanto|di fronte|dietro) (?:a|al|alla) "
           r"(?:chiesa|moschea|panificio|farmacia|parco|bar|tabacchi|forno)\b"),
}

# -- a friendly plan after the knowledge -------------------------------------------------------------
FRIENDLY: dict[str, str] = {
    "en": (r"(?!.*?\b(?:can i|could i|come over|come round|pop round|pick you up|together|sleepover|party|"
           r"visit|invite|card|present|gift|parcel|delivery|with my (?:mum|mom|dad|parents)|my (?:mum|mom|"
           r"dad) (?:says|said)|wanna|want to|lol|haha\w*|xx+|love|neighbou?rs?|my (?:cousin|aunt|auntie|nan|gran|"
           r"grandma|friend|mate|uncle|bestie) lives?)\b)"),
    "es": (r"(?!.*?\b(?:paso a buscarte|te recojo|voy a (?:visitarte|verte)|juntos|juntas|fiesta|regalo|"
           r"cumple|visita|quieres|puedo ir|vamos|con mi (?:madre|mama|padre|papa)|jaja\w*|vecin[oa]s?|mi (?:prima|"
           r"primo|tia|tio|abuela|abuelo|amiga|amigo) vive)\b)"),
    "fr": (r"(?!.*?\b(?:je passe te (?:prendre|chercher)|ensemble|fete|cadeau|anniv\w*|visite|tu veux|je "
           r"peux venir|on y va|avec ma mere|avec mon pere|mdr|haha\w*|voisin\w*|ma (?:cousine|tante|copine) "
           r"habite|mon (?:cousin|oncle|pote) habite)\b)"),
    "pt": (r"(?!.*?\b(?:te busco|passo ai|junt[oa]s|festa|presente|aniversario|visita|quer|posso ir|bora|"
           r"vamos|com minha mae|com meu pai|kkk+|haha\w*|vizinh\w*|minha (?:prima|tia|avo) mora|meu (?:primo|tio|"
           r"avo) mora)\b)"),
    "de": (r"(?!.*?\b(?:hol dich ab|abholen|zusammen|gemeinsam|party|geschenk|geburtstag|besuch\w*|willst "
           r"du|kann ich|mit meiner mama|mit meinem papa|haha\w*|nachbar\w*|meine (?:cousine|tante|oma|freundin) "
           r"wohnt|mein (?:cousin|onkel|opa|freund) wohnt)\b)"),
    "it": (r"(?!.*?\b(?:passo a prenderti|ti vengo a prendere|insieme|festa|regalo|compleanno|visita|vuoi|"
           r"posso venire|andiamo|con mia madre|con mio padre|ahah\w*|haha\w*|vicin[io]|mia (?:cugina|zia|nonna) "
           r"abita|mio (?:cugino|zio|nonno) abita)\b)"),
}

# -- the routine known with "alone" or "every day", then "see you tomorrow" ------------------------
ALONE: dict[str, str] = {
    "es": r"\b(?:sol[oa]|cada (?:dia|manana|tarde|noche)|todos los dias|todas las (?:mananas|tardes|noches))\b",
    "fr": r"\b(?:seule?|tous les (?:jours|soirs|matins)|chaque (?:jour|soir|matin))\b",
    "pt": r"\b(?:sozinh[oa]|todo dia|todos os dias|toda (?:manha|tarde|noite))\b",
    "de": r"\b(?:allein|alleine|jeden (?:tag|morgen|abend)|jede nacht)\b",
    "it": r"\b(?:da sol[oa]|ogni (?:giorno|mattina|sera)|tutti i giorni)\b",
}
SEE_YOU: dict[str, str] = {
    "es": r"\b(?:nos vemos|hasta) (?:manana|pronto|el \w+)" + _END,
    "fr": r"\b(?:a demain|a bientot|on se (?:voit|verra) (?:demain|bientot))" + _END,
    "pt": r"\b(?:ate amanha|ate logo|a gente se ve(?: amanha)?)" + _END,
    "de": r"\b(?:bis morgen|bis bald|wir sehen uns(?: morgen| bald)?)" + _END,
    "it": r"\b(?:a domani|a presto|ci vediamo(?: domani| presto)?)" + _END,
}

# -- the pictures about to go round -------------------------------------------------------------------
ROUND: dict[str, tuple[str, str]] = {
    "es": ("espera esperate",
           r"\b(?:espera|esperate)(?: \S+){0,5}? (?:las|tus|esas) (?:fotos|pictures|videos|capturas) "
           r"(?:circulen|se pasen|salgan|se filtren|lleguen al grupo|se hagan virales|esten en el grupo)\b"),
    "fr": ("attends attend",
           r"\battends?(?: \S+){0,5}? (?:les|tes|ces) (?:pictures|photos|videos|captures|screens) (?:tournent|"
           r"circulent|sortent|fuitent|arrivent dans le groupe|tourneront|circuleront|sortiront)\b"),
    "pt": ("espera espere",
           r"\b(?:espera|espere)(?: \S+){0,5}? (?:as|tuas|suas|essas) (?:fotos|videos|prints) (?:rodarem|"
           r"vazarem|circularem|espalharem|chegarem no grupo|cairem no grupo)\b"),
    "de": ("warte",
           r"\bwarte(?: \S+){0,5}? (?:die|deine|diese) (?:bilder|fotos|pictures|videos|screenshots) (?:rumgehen|"
           r"herumgehen|die runde machen|im umlauf sind|geleakt werden|in der gruppe landen|rumgeschickt "
           r"werden)\b"),
    "it": ("aspetta",
           r"\baspetta(?: \S+){0,5}? (?:le|tue|le tue|quelle) (?:foto|video|screenshot) (?:girano|gireranno|"
           r"girino|escono|usciranno|finiscono nel gruppo|finiranno nel gruppo|diventano virali)\b"),
}


def house_rule(lang: str, house: tuple[str, str], desc: str, warn: str, friendly: str,
               requires: str) -> Rule:
    """The house known, then a description or a warning (or the warning
    first); `friendly` is read after the knowledge."""
    trig, know = house
    after = r"(?:" + desc + r"|" + warn + r")"
    return rule("threat:veiled", "threat", trig,
                r"(?:" + know + r")" + friendly + r".{0,160}?" + after + r"|" + warn + r".{0,80}?(?:" + know
                + r")" + friendly,
                requires=requires)


def routine_rule(triggers: str, know: str, alone: str, see_you: str, friendly: str,
                 inner: tuple[str, ...] = ()) -> Rule:
    """The routine known with "alone" or "every day" after it in its sentence,
    a few words before it (Turkish puts it first: "her gün tek başına
    yürüdüğünü biliyorum") or ending it (`inner`: the German and Hindi
    knowledge cues end on "allein", "akela"), then "see you tomorrow" ending
    the message."""
    trig, _, req = triggers.partition("+")
    ends = "".join(r"|(?<=\b" + w + r")" for w in inner)
    return rule("threat:veiled", "threat", trig,
                r"(?:(?:" + know + r")(?:(?=[^.!?]{0,80}?" + alone + r")" + ends + r")|" + alone
                + r"(?: \S+){0,6}? (?:" + know + r"))" + friendly + r".{0,120}?" + see_you,
                requires=req)


def round_rule(triggers: str, wait: str, not_praise: str, omen: str) -> Rule:
    """"wait till the pictures go round", then an omen; praise of the
    pictures anywhere after the wait passes."""
    return rule("threat:veiled", "threat", triggers, r"(?:" + wait + r")" + not_praise + r".{0,80}?" + omen)


def _praise(lang: str) -> str:
    """The praise exclusion that ends harm_veiled_more_langs' `_PICS` rule."""
    src = _PICS[lang][1]
    return src[src.rindex("(?!.*?"):]


_VERBS = {"en": "know knw", "es": "se sabemos conozco conocemos", "fr": "connais connait sais",
          "pt": "sei conheco sabemos conhecemos", "de": "kenne kenn weiss", "it": "so conosco sappiamo conosciamo"}

RULES: list[Rule] = [
    *(house_rule(lang, HOUSE[lang], DESC[lang],
                 r"(?:" + _WARN[lang] + r"|" + _omen(lang) + r"|" + _KIN[lang][1] + r")",
                 FRIENDLY[lang], _VERBS[lang])
      for lang in ("es", "fr", "pt", "de", "it")),
    # (the German knowledge cue's texts: see harm_veiled_more_langs.ROUTINE_TEXTS)
    *(_texts(routine_rule(_ROUTINE[lang][0], _ROUTINE[lang][1], ALONE[lang], SEE_YOU[lang],
                          FRIENDLY[lang], ("allein", "alleine") if lang == "de" else ()),
             ROUTINE_TEXTS.get(lang))
      for lang in ("es", "fr", "pt", "de", "it")),
    *(round_rule(ROUND[lang][0], ROUND[lang][1], _praise(lang), _omen(lang))
      for lang in ("es", "fr", "pt", "de", "it")),
]
