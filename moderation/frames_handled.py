"""Incitement someone else wrote, already reported and dealt with; and
agreeing with incitement, which is never excused.

Why: "someone wrote kys under my friend's photo, we reported it and the
account got deleted" was held: the incitement rule reads "kys" and the
report frame (`frames.discussion_frame`) knows "someone said / told", not
"wrote / commented / posted".  The message tells what happened and that it
was handled - exactly what the consultation hopes children do.  An
incitement match is excused ("handled") when

* a **third party wrote or said it** (someone, a guy, some random, an
  account; alguien, quelqu'un, jemand, qualcuno, alguém, кто-то, biri,
  ktoś, ada yang, kisi ne, واحد, 有人) before it, or it was aimed at a
  friend ("... told my friend to ..."),
* and the message names **a step taken**: reported, blocked, deleted, taken
  down, banned, told a teacher (thirteen languages),
* and the writer does not **agree** with it ("... and maybe they're
  right", "y quizás tenga razón", "может они правы", "也许他说得对").

`AGREE` is also what `selfharm_agree.py` pairs with incitement told to the
writer: "someone told me to kys and maybe they're right" is a disclosure
(the report frame used to excuse it).  Patterns run on the phrase form
(Chinese on the normalised text).
"""

from __future__ import annotations

from . import fastre

# the writer agrees with what they were told
AGREE = (
    # en
    r"(?:(?:maybe|probably|perhaps|i think|honestly|tbh|i guess|might be|what if)(?: [\w']+){0,2} "
    r"(?:they are|theyre|they're|he is|hes|he's|she is|shes|she's|they were|he was|she was|they might "
    r"be|he might be|she might be|it is|its) (?:right|correct|not wrong)(?! to| about (?:reporting|"
    r"blocking))|(?:they|he|she) (?:are|is|might be|may be|could be) (?:right|not wrong)(?! to)|"
    r"(?:maybe|perhaps) i should(?: just)?(?: do it| listen)?|they have a point|i (?:kind of |kinda )?"
    r"agree with (?:them|him|her)|"
    # es pt
    r"(?:quizas|quiza|tal vez|a lo mejor|igual|capaz|creo que) (?:\w+ )?(?:tenga|tengan|tiene|tienen) "
    r"razon|(?<!no )(?:tiene|tienen) razon(?! (?:mi|mis|tu|su|la|el) )|deberia hacerlo|(?:talvez|"
    r"acho que|sera que|pode ser que) (?:\w+ )?(?:tenham|tenha|tem|estejam|esteja) (?:razao|certos?|"
    r"certas?)|(?:eles|ele|ela) (?:tem razao|estao certos|esta cert[oa])|"
    # fr de it
    r"(?:peut etre|peut-etre|sans doute|en vrai) (?:qu')?(?:ils ont|il a|elle a|elles ont|on a) raison|"
    r"(?:ils ont|il a|elle a|elles ont) raison|je devrais le faire|(?:vielleicht|wahrscheinlich|"
    r"eigentlich) (?:\w+ )?(?:haben|hat) (?:sie|er|die|der) recht|(?:sie haben|er hat|die haben|hat er|"
    r"haben sie) (?:ja |wohl |vielleicht )?recht|(?:forse|magari|probabilmente) (?:\w+ )?(?:hanno|ha) "
    r"ragione|(?<!non )(?:hanno|ha) ragione|"
    # ru tr pl id hi
    r"(?:может|наверное|возможно|и правда|вдруг)(?: \w+)? (?:они|он|она) (?:правы|прав|права)|(?:они|"
    r"он|она) (?:правы|прав|права)|(?:belki|galiba|bence|aslinda) (?:\w+ )?hakli\w*|hakli(?:lar)?"
    r"(?! degil)|(?:moze|chyba|pewnie) (?:\w+ )?(?:maja|ma) racje|(?:maja|ma) racje|(?:mungkin|"
    r"kayaknya|bisa jadi|emang) (?:\w+ )?(?:dia|mereka)? ?(?:bener|benar)|(?:dia|mereka) (?:ada )?"
    r"(?:bener|benar)(?:nya)?|(?:shayad|sayad) (?:\w+ )?(?:woh|wo|vo|ve|they) (?:sahi|theek) "
    r"(?:hai|hain|ho|keh)|(?:woh|wo) sahi (?:hai|keh))"
)
_AGREE_RE = fastre.compile(
    r"\b" + AGREE + r"\b|(?:يمكن|ممكن|بلكي)(?: \S+)? (?:معه حق|معها حق|معهم حق|عنده حق|عندها حق|"
    r"عندهم حق|صح)|معه حق|معهم حق|(?:他|她|他们|她们)(?:说得|说的)?(?:对|没错)"
)

# someone else wrote or said it
_THIRD = fastre.compile(
    r"\b(?:someone|somebody|some (?:random|guy|girl|kid|person|account|user|rando)|a (?:random|guy|"
    r"girl|kid|boy|person|stranger|user|troll|hater)|an (?:account|anon|anonymous account)|anon|this "
    r"(?:account|guy|girl|kid|person)|people|trolls?|haters?|"
    r"alguien|un (?:tipo|chico|desconocido)|una (?:chica|cuenta)|alguem|um (?:cara|perfil)|uma conta|"
    r"quelqu'un|un (?:mec|compte|inconnu)|des gens|jemand|ein (?:typ|account|fremder)|leute|"
    r"qualcuno|un tizio|un account|кто[ -]?то|какой[ -]?то|biri|birisi|bir hesap|ktos|jakis|jakas|"
    r"ada yang|orang|akun|kisi ne|koi|ek (?:ladke|ladki|banda|account) ne)\b|واحد|حد|شخص|حساب|有人|某人|"
    r"一个人|陌生人"
)
_WROTE = fastre.compile(
    r"\b(?:wrote|writes|commented|comments|posted|posts|said|says|told|tells|sent|sends|typed|messaged|"
    r"dmd|dm'd|replied|left|spammed|escribio|escribieron|comento|comentaron|puso|pusieron|dijo|"
    r"escreveu|comentou|mandou|disse|a ecrit|ecrit|a commente|a mis|a dit|hat geschrieben|"
    r"geschrieben|kommentiert|gesagt|ha scritto|scritto|ha commentato|commentato|ha detto|"
    r"написал\w*|пишут|комментир\w*|сказал\w*|yazdi|yazmis|yorum yapti|dedi|napisal\w*|"
    r"skomentowal\w*|powiedzial\w*|komen|komentar|nulis|ngomong|bilang|nyuruh|likha|bola|comment "
    r"kiya)\b|كتب|علق|قال|评论|写|说"
)
# aimed at a friend, not the writer
_AT_FRIEND = fastre.compile(
    r"\b(?:my (?:friend|friends|bestie|bff|mate|sister|brother|cousin|classmate)|"
    r"(?:mi|una) (?:amiga|amigo|prima|hermana)|(?:minha|meu) (?:amiga|amigo|prima|irma)|(?:mon|ma) "
    r"(?:pote|amie?|copine|cousine|soeur)|(?:meiner|meinem|meine|mein) (?:freundin|freund|schwester)|"
    r"(?:della mia|del mio|la mia|il mio) (?:amica|amico|cugina|sorella)|подруг\w*|друг\w*|"
    r"arkadas\w*|kolezank\w*|kolegi|temen\w*|teman\w*|dost|friend)\b|صاحبتي|صاحبي|صديقتي|朋友|同学"
)
# a step taken
_HANDLED = fastre.compile(
    r"\b(?:reported|report|reporting|blocked|block|deleted|removed|taken down|took it down|banned|"
    r"suspended|got (?:deleted|removed|banned|suspended)|told (?:a |the |our |my )?(?:teacher|mods?|"
    r"moderators?|adult|parents|mum|mom|dad|school|head)|screenshotted|"
    r"lo reportamos|reportamos|reporte|denunciamos|denuncie|borraron|bloqueamos|bloquee|eliminaron|"
    r"denunciei|denunciou|denunciaram|apagaram|apagada|apagado|bloqueei|bloqueou|bloquearam|removeram|"
    r"signale|on a signale|supprime|supprimee|bloque|bannie?|"
    r"gemeldet|geloscht|blockiert|gesperrt|"
    r"segnalato|segnalata|cancellato|bloccato|rimosso|"
    r"пожаловал\w*|удалил\w*|заблокировал\w*|забанил\w*|"
    r"sikayet ettik|sikayet ettim|silindi|sildiler|engelledik|engelledim|"
    r"zglosil\w*|zgloszone|usunieto|usuneli|zablokowal\w*|"
    r"dihapus|diblokir|udah di ?report|kita report|aku report|"
    r"report kiya|delete ho gaya|block kiya)\b|"
    r"بلغنا|بلغت|انحذف|حذفوا|حظرنا|حظرت|举报|删了|被删|拉黑|封号"
)


# what the match must be: incitement, not the writer's own words
_INCITE = fastre.compile(
    r"\b(?:kys|kill (?:yourself|urself|herself|himself|themselves)|go (?:and )?die|unalive "
    r"(?:yourself|urself)|hang (?:yourself|urself)|drink bleach|matate|muerete|suicidate|se mata|"
    r"te tuer|tue toi|suicide toi|bring dich um|stirb|ammazzati|ucciditi|muori|"
    r"убей себя|убейся|сдохни|kendini oldur|ol|geber|zabij sie|bunuh diri|mati aja|mati sana|"
    r"mar ja|marja|mar jao)\b|موت|انتحر|去死"
)


def agrees(text: str) -> bool:
    """The writer agrees with incitement told to them."""
    return _AGREE_RE.search(text) is not None


# between the incitement and "she's right" the message condemns it: the one who is
# right is whoever said so ("my friend said people who write kys are pathetic and
# honestly she's right")
_CONDEMN = fastre.compile(
    r"\b(?:pathetic|disgusting|horrible|cruel|evil|awful|gross|not (?:ok|okay|funny|cool)|never (?:ok|"
    r"okay|a joke)|messed up|bullying|asqueroso|asquerosa|no esta bien|denunciar\w*|nojento|horrivel|"
    r"nao e legal|degueulasse|pas normal|signaler|ekelhaft|schlimm|nicht ok|melden|schifoso|orribile|"
    r"non va bene|segnalare|мерзк\w*|ужасн\w*|нельзя|igrenc|korkunc|okropn\w*|obrzydliw\w*|jahat|"
    r"parah|ghatiya|galat)\b|مقرف|حرام|恶心|过分"
)


def condemned_frame(text: str, start: int, end: int) -> str | None:
    """"report" for incitement and an agreement in one match with the
    incitement condemned between them: the agreement is with whoever
    condemned it."""
    inc = _INCITE.search(text, start, end)
    if inc is None or _AGREE_RE.search(text, inc.end(), end) is None:
        return None
    return "report" if _CONDEMN.search(text, inc.end(), end) else None


def handled_frame(text: str, start: int, end: int) -> str | None:
    """"handled" for incitement another person wrote, reported and dealt
    with (module docstring)."""
    if _INCITE.search(text, start, end) is None:
        return None
    before = text[max(0, start - 80) : start]
    third = _THIRD.search(before)
    # Turkish and Hindi put the verb last: "biri bana kendini öldür yazdı"
    wrote = third is not None and _WROTE.search(text, max(0, start - 80) + third.end(), end + 30)
    if not wrote and not _AT_FRIEND.search(
        text, max(0, start - 60), end + 60
    ):
        return None
    if _HANDLED.search(text) is None or agrees(text):
        return None
    return "handled"
