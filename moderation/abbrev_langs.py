"""Chat spellings of one language, read as the words they stand for in the
phrase form (``Prepared.plain``) when the message's language is known.

Why: phrase rules are written in standard spelling ("nao quero mais viver",
"voce pode me mandar uma foto"), and children type "n quero mais viver" and
"vc pode me mandar uma foto".  The shared chat table (``normalise._ABBREV``)
is English: it read Portuguese "vc" as "video call", Spanish "y" ("and") as
"why" and "ya" ("already") as "you", so every rule written with those words
silently never matched.

Only spellings that mean one thing in that language are listed (Polish "sb"
is "sobie", but English "sb" is "somebody"; French "c" is "c'est" but not
in Portuguese, where it can be "você" or "com").  A rule may still list the
short form beside the long one; the long one is what it will see.
"""

from __future__ import annotations

# per language: chat spelling -> the words it stands for (None: leave the word
# as typed, where the English table would misread it)
LANG_ABBREV: dict[str, dict[str, str | None]] = {
    "es": {
        "y": None, "ya": None, "n": "no", "q": "que", "k": "que", "xq": "porque", "pq": "porque",
        "porq": "porque", "xk": "porque", "tb": "tambien", "tmb": "tambien", "tbn": "tambien",
        "d": "de", "bn": "bien", "nd": "nada", "toy": "estoy", "tas": "estas", "ta": "esta",
        "msj": "mensaje", "nc": "no se", "nse": "no se",
    },
    "pt": {
        "n": "nao", "vc": "voce", "vcs": "voces", "q": "que", "oq": "o que", "pq": "porque",
        "tb": "tambem", "tbm": "tambem", "hj": "hoje", "mt": "muito", "mto": "muito",
        "mta": "muita", "td": "tudo", "tds": "todos", "ngm": "ninguem", "msm": "mesmo",
        "cmg": "comigo", "ctg": "contigo", "nd": "nada", "dps": "depois", "agr": "agora",
        "sla": "sei la", "mds": "meu deus", "qnd": "quando", "qdo": "quando",
    },
    "fr": {
        "g": "j'ai", "c": "c'est", "jsp": "je sais pas", "jsuis": "je suis", "chui": "je suis",
        "chuis": "je suis", "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi",
        "bcp": "beaucoup", "mtn": "maintenant", "mnt": "maintenant", "tjr": "toujours",
        "tjrs": "toujours", "ct": "c'etait", "qqn": "quelqu'un", "auj": "aujourd'hui",
        "ajd": "aujourd'hui", "dc": "donc", "ds": "dans", "avc": "avec", "pr": "pour",
        "ms": "mais", "vrmt": "vraiment", "jv": "je vais", "ya": "il y a", "y'a": "il y a",
        "tkt": "t'inquiete",
    },
    "it": {
        "nn": "non", "cmq": "comunque", "xke": "perche", "xk": "perche", "xche": "perche",
        "perke": "perche", "ke": "che", "k": "che", "qst": "questo", "cm": "come", "sn": "sono",
        "nnt": "niente", "x": "per", "qlc": "qualcosa", "qlcn": "qualcuno", "msg": "messaggio",
    },
    "de": {
        "nich": "nicht", "nix": "nichts", "vllt": "vielleicht", "vlt": "vielleicht",
        "ka": "keine ahnung", "iwie": "irgendwie", "iwas": "irgendwas", "grad": "gerade",
        # spoken forms of the subjunctive: "keiner würd mich vermissen", "hätt ich nur"
        "wurd": "wurde", "hatt": "hatte", "mocht": "mochte",
    },
    "ru": {
        "щас": "сейчас", "ща": "сейчас", "че": "что", "шо": "что", "ваще": "вообще",
        "оч": "очень", "мб": "может быть", "тя": "тебя", "мя": "меня", "ниче": "ничего",
    },
    "tr": {"ya": None, "bi": "bir", "bisey": "bir sey", "biseyler": "bir seyler"},
    "pl": {"nwm": "nie wiem", "wgl": "w ogole", "nmg": "nie moge", "sb": "sobie"},
    "id": {
        "ya": None, "yg": "yang", "dgn": "dengan", "bgt": "banget", "udh": "udah",
    },
    "hi": {
        "h": "hai", "nhi": "nahi", "ni": "nahi", "kr": "kar", "kro": "karo", "rha": "raha",
        "rhi": "rahi", "bht": "bahut", "bhut": "bahut", "mje": "mujhe",
    },
}

LANG_ABBREV_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    lang: {k: tuple(v.split()) for k, v in table.items() if v} for lang, table in LANG_ABBREV.items()
}
