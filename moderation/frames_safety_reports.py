"""Grooming requests told as advice or as what happened to someone else, with
the safety step that followed: "if a stranger asks you to send photos and
says don't tell your parents, block and report them", "我朋友收到一个大叔的私
信让她发照片，还好她拉黑举报了", "temanku dapat DM dari om om yang minta foto,
untung dia blokir dan lapor", "si un desconocido te pide fotos y te dice que
no le digas a tus padres, bloquéalo", "bir yabancı senden fotoğraf isterse
ve ailene söyleme derse engelle".

Why: the report frames of `frames.py` and the packs want a speech verb
right after the actor ("he asked me"); Chinese and Indonesian tell it with
a relative clause or a received message ("大叔的私信让她发照片", "om om yang
minta foto"), Spanish and Turkish with a conditional whose subject is a
noun ("si un desconocido", "bir yabancı ... isterse").  What marks all of
these as safety talk is two things together, in the sentence of the match:

* a third party named *before* the request (a stranger, an older man,
  someone, 陌生人, 大叔, 有人, om om, orang asing, yabancı, obcy,
  незнакомец, غريب, anjaan ...), with no "but" between them (a "but send me
  yours" after the advice is the writer's own request);
* a safety step anywhere in the message: blocking, reporting, telling an
  adult, the police ("block and report them", "she blocked him", "拉黑",
  "举报", "报警", "blokir", "lapor ke guru", "engelle", "zgłoś") - never
  negated ("don't report me", "jangan lapor") and never at the writer
  ("i'll report you", "jangan lapor aku").

A groomer's own message ("send me a pic, don't tell your parents") has
neither.  Used by `frames_context.context_frame` for grooming rules.
"""

from __future__ import annotations

from . import fastre

_ACTOR = fastre.compile(
    r"\b(?:strangers?|someone|somebody|anyone|anybody|(?:a|an|some) (?:\w+ )?(?:man|guy|adult|person|"
    r"account|creep|dude|boy|stranger|user|player)|older (?:man|guy|men|guys|person|boy)|old man|"
    # "this old guy on roblox said ...", "he was like '...'" (a quotative)
    r"(?:this|that|the) (?:\w+ )?(?:man|guy|adult|person|account|creep|dude|stranger|user|player|"
    r"lady|woman)(?= (?:[\w']+ ){0,4}?(?:said|says|told|tells|wrote|writes|messaged|texted|dmed|"
    r"asked|goes|went|kept saying|keeps saying|was like|is like)\b)|"
    r"(?:he|she|they) (?:was|were|is|are) (?:all )?like|(?:he|she|they) (?:goes|went)|"
    # "a 22 year old told my friend ...": an age for the noun
    r"(?:a|an|some|this|that) [1-9][0-9] ?(?:year old|years old|yr old|yo)|"
    r"creeps?|predators?|groomers?|randoms?|"
    r"desconocid[oa]s?|alguien|un senor|un hombre|un adulto|un tipo|una persona|un extrano|un viejo|"
    r"una cuenta|estranho|desconhecid[oa]|alguem|um homem|um cara|um adulto|um velho|uma pessoa|"
    r"uma conta|inconnu\w*|quelqu'un|un homme|un mec|un adulte|un vieux|un type|une personne|"
    r"un compte|fremde\w*|jemand|ein mann|einem mann|ein typ|einem typ|erwachsene\w*|"
    r"(?:alter|alteren|aelteren|alterer) (?:mann|typ)|unbekannte\w*|sconosciut[oa]|qualcuno|"
    r"un uomo|un tizio|un adulto|un vecchio|"
    r"yabanci|biri|birisi|adam|yasli|tanimadig\w*|obc[aiy]\w*|ktos|facet\w*|starsz\w*|nieznajom\w*|"
    r"orang asing|orang dewasa|om om|om|oom|seseorang|ada yang|cowok|bapak bapak|akun|"
    r"anjaan|anjan|koi|uncle|aadmi|admi|"
    r"незнаком\w*|кто-то|кто то|мужик\w*|взросл\w*|дяд\w*|какой-то|какой то|"
    r"غريب|شخص|رجل|واحد)\b|"
    r"अनजान|कोई|अंकल|आदमी|陌生人|陌生|大叔|有人|网友|男的|叔叔|老男人|某人|一个人"
)
# a "but" between the third party and the request: the advice ends there
_BUT = fastre.compile(
    r"\b(?:but|pero|mais|aber|ma|но|lekin|par|ama|ale|tapi|لكن|بس)\b|但是|可是|不过"
)
# blocking, reporting, telling an adult, the police
_SAFETY = fastre.compile(
    r"\b(?:block(?:ed)?|report(?:ed)?|(?:tell|told) (?:a|an|her|his|their|my|our|your|ur) (?:trusted )?"
    r"(?:adult|teacher|parents?|mum|mom|dad)|call(?:ed)? the police|"
    r"bloquea(?:lo|la|los|las)?|bloquear(?:lo|la)?|bloqueo|denuncia(?:lo|la|los)?|denunciar(?:lo|la)?|"
    r"denuncio|reporta(?:lo|la|los)?|reportar(?:lo|la)?|reporto|cuentaselo|diselo a|"
    r"bloqueia|bloqueie|bloqueou|bloqueei|denuncie|denunciou|denunciei|reportei|"
    r"conta (?:pra|para) (?:um|seus|teus)|contou (?:pra|para)|"
    r"bloque|bloquee?s?|signale|signalee?s?|parles en|"
    r"blockier\w*|blocke\w*|gemeldet|melde|melden|sag es|erzahl es|"
    r"blocca\w*|bloccat[oa]|segnala\w*|dillo a|"
    r"engelle\w*|sikayet\w*|bildir\w*|zablokuj\w*|zablokowal\w*|zglos\w*|powiedz (?:rodzicom|doroslemu|"
    r"nauczyciel\w*)|blokir\w*|diblokir\w*|blok|lapor\w*|dilapor\w*|cerita ke|bilang ke|"
    r"block kar\w*|report kar\w*|bata diya|batao|"
    r"заблокир\w*|пожалуй\w*|пожаловал\w*|жалоб\w*|расскажи (?:взрослым|родителям)|"
    r"بلوك|بلغ|بلغت|بلغي|ابلغ|حظر|حظرته|احظر)\b|"
    r"拉黑|举报|报警|屏蔽|告诉(?:了)?(?:老师|家长|父母|爸妈|妈妈|爸爸|大人)|ब्लॉक|रिपोर्ट|बताओ"
)
# the safety step negated, or done to the writer: "don't report me", "jangan lapor"
_NEG_BEFORE = fastre.compile(
    r"(?:\b(?:dont|do not|never|no|not|jangan|jgn|gak usah|mat|ne|nie|не|لا|sakin|nao|non|nicht)|"
    r"别|不要|不准|不许)\s?$"
)
# ... or done to the writer or the reader: "i'll report you", "jangan lapor aku"
_PERSON_AFTER = fastre.compile(
    r" ?(?:me|my|you|u|your|ur|aku|gue|gw|saya|kamu|lo|lu|mujhe|tujhe|tumhe|beni|seni|mnie|cie|"
    r"mi|moi|toi|te|mich|dich|mir|dir|меня|тебя|на меня|на тебя|عني|عنك)\b|我|你"
)


# every safety step above contains one of these: a message without any is not read further
_SAFETY_STEMS = (
    "block", "report", "tell", "told", "police", "bloq", "denunc", "cuent", "dise", "conta", "bloque",
    "signal", "parle", "blocc", "segnal", "dillo", "melde", "gemeldet", "sag es", "erzahl",
    "engel", "sikayet", "bildir", "zablok", "zglos", "powiedz", "blok", "lapor", "cerita", "bilang",
    "batao", "bata diya", "заблок", "жалоб", "пожал", "расскажи", "بلوك", "بلغ", "ابلغ", "حظر",
    "拉黑", "举报", "报警", "屏蔽", "告诉", "ब्लॉक", "रिपोर्ट", "बताओ",
)


def safety_report_frame(text: str, start: int, end: int) -> str | None:
    """'report' when a third party is named before the grooming request at
    text[start:end] in its sentence and the message takes a safety step."""
    if not any(stem in text for stem in _SAFETY_STEMS):
        return None
    left = max(text.rfind(p, 0, start) for p in (" . ", " ! ", " ? ", "。", "！", "？"))
    left = max(left + 1, 0)
    actor = None
    for m in _ACTOR.finditer(text, left, start):
        actor = m
    if actor is None or _BUT.search(text, actor.end(), start):
        return None
    for m in _SAFETY.finditer(text):
        if _NEG_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _PERSON_AFTER.match(text, m.end()):
            continue
        return "report"
    return None
