"""Everyday messages that older rules read as requests, lures or scams (used
by `frames_context.context_frame`):

* `school_dm_frame` (`grooming:off_platform`): "dm me if u want my notes
  from class", "dm me if you want the homework answers", "dm me if you want
  my minecraft seed", "escríbeme al privado si quieres mis apuntes", "me
  chama no privado se quiser o resumo".  "dm me" stays held as a move off
  the room (frames_peer.py) unless all that follows it in the sentence is
  "if you / anyone want(s) / need(s)" and a school or game *thing* from a
  closed list (notes, homework, answers, worksheet, slides, a seed, a map
  code, a recipe ...) with at most "from class / for the test / for
  tomorrow" and "please / thanks" after it.  "dm me if you want to have fun
  😏", "... free robux", "... to see something", "... pics", "... my snap",
  "... my notes 😏" (a suggestive emoji anywhere), "... my notes, im 25 btw"
  (more after the thing) stay held;
* `hot_thing_frame` (`sexual:solicit`): "do you want to see my hot sauce
  collection pics", "want to see my hot wheels collection?", "wanna see my
  spicy ramen": "hot" / "spicy" followed by a food, a toy or a thing.  "want
  to see my hot pics", "my hot side", "my hot dog 😏" (a suggestive emoji)
  and a sexual word later in the sentence stay held;
* `gift_frame` (`spam:scam`): "my mum gave me a free recharge for my
  birthday", "papa ne birthday pe free recharge karwa diya": a family member
  or friend gave it to the writer, or it was a birthday present, and the
  message has no call to action (click, link, join, share, dm, "sabko",
  "you can get it too").  "free recharge click here", "free recharge sabko,
  link pe jao" stay blocked;
* `staff_warning_frame` (`spam:phishing`): an admin's warning - "admin
  here, please don't send your password to people who dm you" (the
  prohibition of `frames_told_advice.py`), "admin here: if someone dms you
  asking for your password, report them" (a condition on someone else with
  a safety step).  "admin here, dm me your password to verify", "don't send
  your password to anyone else, only me", "if someone asks for your
  password, dm it to me instead" stay blocked.
"""

from __future__ import annotations

import re

from . import fastre
from .frames import sentence_bounds
from .frames_told_advice import told_advice_frame
from .normalise import fold_pattern

_SENT_END = fastre.compile(r"[.!?。।]")


def _rx(src: str) -> re.Pattern[str]:
    return fastre.compile(fold_pattern(src))


# emoji that make an ordinary offer suggestive (checked in the normalised text,
# which keeps them): smirk, devil, hot face, drooling, tongue, aubergine, peach, drops, kiss mark
_SUGGESTIVE = re.compile("[\U0001F60F\U0001F608\U0001F975\U0001F924\U0001F445\U0001F346"
                         "\U0001F351\U0001F4A6\U0001F48B\U0001F61C\U0001F61B]")

# -- dm me if you want my notes ----------------------------------------------------------
_WHO = r"(?:you|anyone|anybody|someone|somebody|any of you|yall|you guys|people|ppl|y'all)"
# a school or game thing
_THING_EN = (
    r"(?:notes|homework|hw|answers|answer key|answer sheet|worksheets?|slides|powerpoint|ppt|"
    r"seed|world seed|recipes?|playlist|study guide|revision guide|revision notes|timetable|"
    r"schedule|schematics?|summary|summaries|flashcards|quizlet|past papers?|textbook|essay plan|"
    r"handouts?|sheet|pdf|(?:map|island|build|world|lobby|party|creative) code|texture pack|"
    r"resource pack|mod ?list|modpack|deck|loadout|build|settings|crosshair|sens|sensitivity|"
    r"spreadsheet|template|tier list|guide|walkthrough|mind map|diagram|(?:reading|book) list)"
)
# a word that may qualify the thing: not a person, the body or anything suggestive
_NOT_MOD = (
    r"you|your|me|my|secret|private|sexy|hot|spicy|naughty|dirty|nude|nudes|naked|body|free|"
    r"pic|pics|picture|pictures|photo|photos|snap|number|address|robux|vbucks|money|cash|personal|"
    r"special|adult|18|nsfw|and|or|with"
)
_MOD = r"(?:(?!(?:" + _NOT_MOD + r")\b)[\w'-]+ ){0,3}?"
# after the thing: "from class", "for the science test", "for tomorrow's quiz"
_AFTER_OK = (
    r"(?: (?:from|for|of|in|on|about|off) (?:(?!(?:" + _NOT_MOD + r"|meet|alone|tell|parents|"
    r"mum|mom|dad|age|old)\b)[\w'-]+ ?){1,4})?"
)
_POLITE = r"(?: (?:please|pls|plz|thanks|thank you|thx|ty|lol|haha|asap|:\)))*"
_TAIL_EN = _rx(
    r" if " + _WHO + r" (?:want|wants|need|needs|would like|are looking for|is looking for|forgot)"
    r"(?: a copy of| a picture of| pictures of| the rest of)? (?:my|the|our|this|these|those|a|"
    r"some|today's|todays|yesterday's)? ?" + _MOD + _THING_EN + _AFTER_OK + _POLITE
)
_THING_ES_PT = (
    r"(?:apuntes|deberes|tareas?|respuestas|resumen|resumenes|esquemas?|diapositivas|fichas|"
    r"ejercicios|semilla|seed|recetas?|playlist|examenes|soluciones|resumos?|respostas|"
    r"anotacoes|licao|licoes|dever de casa|deveres|exercicios|receitas?|slides|materia|"
    r"gabarito|solucionario|mapa mental)"
)
_TAIL_ES_PT = _rx(
    r"(?: ?(?:al |no |en el |por |pelo |pela |por el )?(?:privado|priv|pv|dm|md|inbox|direct|"
    r"directo))? (?:si (?:quieres|queres|necesitas|quereis|alguien quiere|alguien necesita|"
    r"os hace falta|te hace falta)|se (?:quiser|quiserem|precisar|precisarem|voce quiser|"
    r"vc quiser|alguem quiser|alguem precisar|tu quiseres))"
    r" (?:mis|los|las|el|la|unos|unas|mi|o|a|os|as|meu|minha|meus|minhas)? ?"
    r"(?:(?!(?:" + _NOT_MOD + r"|fotos?|sexy|caliente|desnud\w*|pelad\w*|privad\w*|gratis)\b)"
    r"[\w'-]+ ){0,2}?" + _THING_ES_PT
    + r"(?: (?:de|del|da|do|para|pra|pro) (?:[\w'-]+ ?){1,3})?"
    r"(?: (?:porfa|por favor|pfv|pf|gracias|obrigad[oa]|jaja|kkk+))*"
)
_DM_CUE = _rx(
    r"\b(?:dm|pm|inbox|message|msg|text|escribeme|escribeme al|hablame|hablame al|me escribes|"
    r"me chama|me chama no|chama no|me manda mensagem|manda mensagem|privado|priv|pv|md|direct|"
    r"directo)$"
)


def school_dm_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'school_thing' when the "dm me" at text[start:end] offers a school or
    game thing and nothing else (module doc), else None."""
    match = text[start:end]
    if not (_DM_CUE.search(match) or match.endswith(" me")) or " on " in match:
        return None
    if _SUGGESTIVE.search(norm):
        return None
    _, right = sentence_bounds(text, start, end, _SENT_END)
    tail = text[end:right].rstrip(" ")
    if not tail:
        return None
    if _TAIL_EN.fullmatch(tail) or _TAIL_ES_PT.fullmatch(tail):
        return "school_thing"
    return None


# -- do you want to see my hot sauce -----------------------------------------------------
_HOT_THING = _rx(
    r" (?:sauces?|sauce collection|dogs?|dog costume|chocolate|cocoa|wheels|cross buns?|air balloons?|"
    r"glue gun|glue|tub|pink|chips|cheetos|takis|wings|pot|pots|peppers?|chill?ies|chill?i|chili|"
    r"springs|rods?|water bottle|tea|coffee|drinks?|pockets?|dish|plate|curry|salsa|noodles?|"
    r"ramen|food|snacks?|tacos|nuggets|meal|challenge|take|takes|cheese|pizza|mess|wheels? "
    r"collection|sauce bottles?|car|cars|plants?|garden|chilli plants?|pepper plants?)\b"
)
_SEXUAL_LATER = _rx(
    r"\b(?:body|naked|nude|nudes|sexy|underwear|bra|panties|boobs|butt|ass|dick|private|privates|"
    r"just kidding|jk|jking|side)\b"
)


def hot_thing_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'thing' when the "hot" / "spicy" ending the match at text[start:end]
    is a food or a thing (module doc), else None."""
    if not text[start:end].endswith(("hot", "spicy")):
        return None
    if not _HOT_THING.match(text, end) or _SUGGESTIVE.search(norm):
        return None
    _, right = sentence_bounds(text, start, end, _SENT_END)
    if _SEXUAL_LATER.search(text, end, max(right, min(len(text), end + 80))):
        return None
    return "thing"


# -- my mum gave me a free recharge ------------------------------------------------------
_GIVER = (
    r"(?:mum|mom|mam|mummy|mommy|mama|mamma|dad|daddy|papa|parents|grandma|gran|granny|nan|nana|"
    r"nani|dadi|grandpa|grandad|uncle|aunt|auntie|aunty|brother|sister|cousin|bro|sis|friend|"
    r"bestie|family|godmother|godfather|stepdad|stepmum|stepmom|bhai|bhaiya|didi|chacha|chachu|"
    r"mama ji|mami|masi|mausi|bua|nana|dada|mummy ji|papa ji)"
)
_GIFT = _rx(
    r"\b(?:(?:my|our|his|her) (?:\w+ )?" + _GIVER + r"|" + _GIVER + r") (?:\w+ )?(?:gave|got|bought|"
    r"gifted|sent|did|paid for|surprised|has given|gives|give)(?: me| us| him| her)?\b|"
    r"\b(?:for|on|as) (?:my|a|his|her) (?:birthday|bday|b day|present|gift|birthday present|"
    r"birthday gift)\b|\bas a (?:birthday )?(?:gift|present)\b|"
    r"\b" + _GIVER + r" ne\b[^.!?]{0,60}\b(?:karwa|kara|karwaya|karaya|karwai|diya|di|de diya|"
    r"dilaya|dilwaya|gift)\b|\b(?:birthday|bday) (?:pe|par|ke liye|mein|me)\b|\bgift (?:mein|me|"
    r"mila|diya)\b"
)
_CALL_TO_ACTION = _rx(
    r"\b(?:click|clik|klik|tap|link|lnk|visit|join|share|forward|dm|whatsapp|telegram|bio|http|"
    r"https|www|com|claim|register|sign up|signup|apply|sabko|everyone|everybody|all of you|"
    r"you can get|you can too|you too|get yours|get it too|get it now|hurry|jaldi|limited|"
    r"offer|number bhejo|apna number|details bhejo|tum bhi|aap bhi|hurry up|only today|"
    r"register karo|subscribe|follow)\b"
)


def gift_frame(text: str, start: int, end: int) -> str | None:
    """'gift' when the free thing at text[start:end] was given to the writer
    and nothing asks the reader to act (module doc), else None."""
    if _CALL_TO_ACTION.search(text):
        return None
    left, right = sentence_bounds(text, start, end, _SENT_END)
    if _GIFT.search(text, left, right):
        return "gift"
    return None


# -- admin here, don't send your password --------------------------------------------------
# a condition on someone else: "if someone dms you asking for your password"
_IF_SOMEONE = _rx(
    r"\b(?:if|when|whenever) (?:someone|somebody|anyone|anybody|a stranger|strangers|people|"
    r"random people|a random|they|a person|someone random)\b|"
    r"\b(?:si|quand|wenn|se|jika|kalau|agar|agr) (?:alguien|quelqu'un|jemand|qualcuno|alguem|"
    r"ada yang|koi)\b"
)
_SAFETY_STEP = _rx(
    r"\b(?:report|block|ignore|tell (?:a|an|the) (?:mod|admin|adult|teacher|moderator)|do not|dont|"
    r"never|it is a scam|its a scam|scam|reportalo|bloquealo|ignoralo|signale|bloque|ignore le|"
    r"melde|blockier|ignorier|segnala|blocca|denuncia|bloqueia|ignora|report karo|block karo)\b"
)
_ASKS_WRITER = _rx(
    r"\b(?:dm|send|give|tell|text|message|pm|share)(?: it| them)? (?:to )?me\b|\bme instead\b|"
    r"\bonly me\b|\bexcept me\b|\bbut me\b|\bmandame\b|\benvoie moi\b|\bschick mir\b|\bmujhe\b"
)


def staff_warning_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'advice' when the login request at text[start:end] is forbidden, or
    put as a stranger's ask with a safety step (module doc), else None."""
    if _ASKS_WRITER.search(text, start):
        return None  # "... only me", "dm it to me instead"
    if told_advice_frame("spam:request", text, start, end, norm):
        return "advice"
    left, right = sentence_bounds(text, start, end, _SENT_END)
    cond = _IF_SOMEONE.search(text, left, end)
    if cond is not None and _SAFETY_STEP.search(text, max(cond.end(), start), min(len(text), right + 80)):
        return "advice"
    return None
