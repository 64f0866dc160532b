"""A real name given after "my real name is" (and its forms in 11 languages).

Why a rule of its own: the name rules in pii.py keep a lone first name
("my name is Lea" is fine: many children share it) and take the family name
of two words.  A child who says "my *real* name is Emma", "irl my name is
jake", "in real life I'm Sophie", "mon vrai nom c'est Léa Martin", "en
realidad me llamo Pablo", "моё настоящее имя Саша", "gerçek adım Elif",
"moje prawdziwe imię to Kasia", "nama asli gw budi" is giving away the name
behind their nickname on purpose: here the first name is the secret, so the
name - one or two words, capitalised or not (a third capitalised one too:
"Emma Rose Clarke") - is redacted whole and the rest
of the message is shown.

Cues (matched on a case- and accent-folded copy of the text, same length, so
the spans fit the original):

* en: my real / actual / true / legal name is, my name irl is, irl / in real
  life / offline + "my name is", "I'm called", "call me", "I'm" ("in real
  life I'm Sophie"; an adjective follows as often: "irl im shy");
* fr "mon vrai nom c'est", "en vrai je m'appelle"; es "mi nombre real es",
  "en realidad me llamo"; pt "meu nome verdadeiro é", "na vida real me
  chamo"; de "mein echter Name ist", "in echt heiße ich"; it "il mio vero
  nome è", "in realtà mi chiamo"; ru "моё настоящее имя", "на самом деле меня
  зовут"; tr "gerçek adım"; pl "moje prawdziwe imię to", "naprawdę mam na
  imię"; id "nama asliku", "nama asli gw / aku / saya";
* hi, romanised and Devanagari (`_HI`): "mera asli naam Rohan Mehta hai",
  "asli naam toh Priya hai", "real naam Aman hai mera", "asal mein mera naam
  Kabir hai", "मेरा असली नाम राहुल शर्मा है".  The bare "asli naam" needs no
  possessive ("asli naam toh Priya hai") but takes none of another person:
  "Salman Khan ka asli naam Abdul Rashid hai", "uska real naam" are talk
  about someone else.  Hindi function words and verbs follow these cues
  often ("mera asli naam mat poocho", "asli naam batana safe nahi hai"):
  they are checked only after a Hindi cue (`_HI_STOP`; "Sal", "Ana" stay
  names after the English ones).

What must pass: no name after the cue - "my real name is too long to
type", "my real name is on my passport, never share it online", "mon vrai
nom c'est un secret", "gerçek adım çok uzun", "nama asliku rahasia" - and
talk about real names ("the teacher said never tell your real name online",
"what's your real name?"): the word after the cue is checked against
function words, adjectives and chat fillers of each language, and a
lower-case word must not have an adjective's or adverb's ending.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet

from .pii_script_patterns import _HI_NAME_STOP, _ROMAN_NAME_STOP
from .pii_scripts import _replace_spans

# words of the folded message one of which every cue contains (the gate)
GATE = frozenset(
    """real actual true legal irl rl offline vrai veritable verdadero verdadeiro verdad realidad
    verdade echter richtiger wahrer realer echt echten eigentlich wirklichkeit vero realta reale
    настоящее реальное истинное самом реале реальнои по-настоящему gercek gercekte asil
    prawdziwe naprawde realu prawdziwym asli asliku asal sacha sachcha sachha original
    असली असल रियल सच्चा""".split()
)

_SEP = r"(?:\s*[:=\-–—]\s*|\s+)"
_STRONG = re.compile(
    r"(?<![\w'])(?:"
    # en
    r"(?:my|me) (?:real|actual|true|legal|irl|rl|real life|real-life) (?:first )?name(?:'s| is|s is|s)"
    r"(?: actually| really)?"
    r"|(?:my|me) (?:real|actual|true|legal|irl|rl|real life|real-life) (?:first )?name(?=\s*[:=\-–—])"
    r"|my name (?:irl|in real life|in rl|offline|outside (?:of )?the game) (?:is|'s)"
    r"|(?:irl|in real life|in rl|offline|outside (?:of )?the game),? (?:my name is|my name's|my names|"
    r"i'm called|im called|i am called|you can call me|call me)"
    # fr
    r"|mon (?:vrai|veritable|vrai de vrai) (?:nom|prenom),?(?: c'est| cest| est)?"
    r"|(?:en vrai|dans la vraie vie|irl|en realite|en vrai de vrai),? je m'?appelle"
    r"|je m'?appelle (?:en vrai|en realite)"
    # es
    r"|mi (?:nombre (?:real|verdadero|de verdad)|verdadero nombre)(?: es)?"
    r"|(?:en realidad|en la vida real|de verdad|en verdad|irl),? me llamo|me llamo de verdad"
    # pt
    r"|(?:o )?meu (?:nome (?:verdadeiro|real|de verdade)|verdadeiro nome)(?: e)?"
    r"|(?:na vida real|na verdade|de verdade|irl|na real),? (?:eu )?me chamo"
    # de
    r"|mein (?:echter|richtiger|wahrer|realer) (?:vor)?name(?: ist| lautet)?"
    r"|(?:in echt|im echten leben|in wirklichkeit|im rl|irl),? hei(?:ss|ß)e ich"
    r"|ich hei(?:ss|ß)e (?:in echt|im echten leben|in wirklichkeit)"
    # it
    r"|(?:il )?mio (?:vero nome|nome vero|nome reale)(?: e)?"
    r"|(?:in realta|nella vita reale|irl|in verita),? mi chiamo|mi chiamo (?:davvero|in realta)"
    # ru (folded: ё -> е, й -> и)
    r"|мое (?:настоящее|реальное|истинное) имя(?: это)?"
    r"|(?:на самом деле|в реальнои жизни|в реале|по-настоящему|в жизни),? меня зовут"
    r"|меня (?:на самом деле|в реале|по-настоящему) зовут"
    # tr
    r"|(?:benim )?(?:gercek|asil) (?:adim|ismim)(?: da| de)?|gercekte (?:adim|ismim)"
    # pl
    r"|moje prawdziwe imie(?: i nazwisko)?(?: to| brzmi)?"
    r"|(?:naprawde|tak naprawde|w realu|w prawdziwym zyciu),? (?:mam na imie|nazywam sie)"
    # id
    r"|nama (?:asliku|asli (?:ku|aku|gw|gue|gua|saya))(?: (?:adalah|itu|tuh|sih|yaitu))?"
    r")" + _SEP,
)
# hi: not after another person's possessive ("Salman Khan ka asli naam ...")
_HI_NOT_OTHERS = "".join(
    rf"(?<!\b{w} )" for w in ("ka", "ki", "ke", "uska", "uski", "unka", "unki", "iska", "iski", "inka",
                              "tera", "teri", "tumhara", "tumhari", "aapka", "apka", "aapki", "his",
                              "her", "their", "your")
) + "".join(rf"(?<!{w} )" for w in ("का", "की", "के", "उसका", "उनका", "इसका", "तेरा", "तुम्हारा", "आपका"))
_HI = re.compile(
    r"(?<![\w'])(?:"
    r"(?:(?:mera|meri|mere|apna) )?" + _HI_NOT_OTHERS + r"(?:asli|asal|real|original|sacha|sachcha|"
    r"sachha) (?:wala )?naam(?: (?:toh|to|tho|hai|h|he|hain|is|tha))*"
    r"|(?:asli|asal) (?:mein|me|mai|mei) (?:mera|meri) naam(?: (?:toh|to|tho|hai|h|he))*"
    r"|(?:irl|real life (?:mein|me|mai)) (?:mera|meri) naam(?: (?:toh|to|tho|hai|h|he))*"
    r"|(?:(?:मेरा|मेरी|अपना) )?" + _HI_NOT_OTHERS + r"(?:असली|असल|रियल|सच्चा) नाम(?: (?:तो|है|था))*"
    r"|असल में (?:मेरा|मेरी) नाम(?: (?:तो|है))*"
    r")" + _SEP,
)
# "in real life I'm Sophie"; an adjective follows as often ("irl im shy": _STOP)
_WEAK = re.compile(
    r"(?<![\w'])(?:irl|in real life|in rl|offline),? (?:i'm|im|i am)" + _SEP
)
_FILLERS = re.compile(r"(?:(?:actually|literally|really|just|like|honestly|tbh|lowkey|um+|uh+)\s+)*")
# Devanagari vowel signs are no \w: "राहुल" is one word (not the danda "।")
_WORD = re.compile(r"[^\W\d_][\w'\u0900-\u0963\u0966-\u097f-]*")
_NEXT = re.compile(r"\s+([^\W\d_][\w'\u0900-\u0963\u0966-\u097f-]*)")

# words that follow the cue but are no name (folded: no accents)
_STOP = frozenset(
    """a an the too so very really not never no on in at of to for from with by my your his her our
    their its it is was be also just only still kinda kind sort pretty quite super like literally
    actually basically honestly lowkey way much more less something nothing none mine yours what
    who why how where when which this that these those there here and but or if because cause
    cuz bc as than then though tho lol lmao haha hehe xd btw fr ok okay pls plz please idk dont
    don't can't cant won't isnt wasnt secret private hidden personal confidential long short weird
    strange embarrassing cringe cringey boring lame ugly nice cool beautiful normal common rare
    unique different same similar hard easy funny old new better worse nicer worst best
    known unknown written spelled spelt pronounced used given lovely bad good great awful terrible
    english french spanish german italian russian polish turkish indian chinese arabic
    hindi korean japanese african american british irish scottish welsh literally also too
    shorter longer simple complicated basic generic boring awkward dumb stupid silly
    classified top forbidden mysterious mystery girly girls boys boy girl name names
    shy quiet loud mean tall small big fat skinny thin cute nerdy serious lazy busy tired sick
    scared anxious introverted extroverted older younger old young always usually sometimes
    completely totally even ugh um uh hmm yeah yes nope nah none nobody anybody everybody
    gonna going doing being bored sad happy mad angry annoyed nervous shy single taken
    still kid adult teen teenager student human person guy dude chill calm kind friendly rude
    strict annoying smart clever crazy wild fun sporty average fine introvert extrovert nerd geek
    gamer loner vegan blonde ginger brunette pale black white asian brown muslim christian jewish
    autistic deaf blind disabled adhd nonbinary trans gay bi lesbian straight taller shorter
    quieter louder smaller bigger happier sadder braver shyer calmer meaner nicer cooler
    funnier weirder prettier uglier smarter dumber slower faster stronger weaker worse braver
    honest sweet soft tough brave rich poor broke late early home alone online offline here
    there outside inside ready free sure sorry"""
    # fr es pt de it
    """ trop tres pas un une le la les des du de secret secrete prive privee personnel long longue
    court courte bizarre nul nulle moche chelou different differente pareil comme vraiment
    juste aussi en tout complique simple ca cela mon ma ton ta son sa et mais ou
    muy un una el los las secreto secreta privado privada largo larga corto corta feo fea raro
    rara diferente igual como tambien solo mas re bastante mi tu su y pero o que es
    muito um uma o os as segredo privado privada longo longa curto curta feio feia estranho
    estranha igual tambem so mais meu minha seu sua e mas ou
    zu sehr nicht nich ein eine einer der die das den dem geheim privat lang kurz komisch
    anders gleich peinlich hasslich langweilig auch nur so wie echt voll total und aber oder
    kein keine mein meine sein seine ganz
    troppo molto non segreto segreta privato privata lungo lunga corto corta strano strana
    brutto brutta diverso diversa uguale come anche solo piu il lo gli e ma
    """
    # ru tr pl id
    """ слишком очень не секрет секретное тайна тайное длинное короткое странное другое обычное
    редкое красивое некрасивое тоже просто как такое по-другому иначе это и но а или мое
    твое неважно скучное смешное сложное
    cok gizli sir uzun kisa garip tuhaf cirkin farkli ayni de da bir bu su o ve ama degil
    cok guzel komik zor kolay baska biraz hic kimse kimseye soylemem soylemeyecegim
    bardzo za nie tajemnica sekret tajne dlugie krotkie dziwne brzydkie inne takie samo tez
    tylko jak i ale lub albo jest to ladne nudne smieszne trudne
    rahasia panjang pendek aneh jelek beda sama juga cuma kayak ga gak nggak ngga tidak bukan
    ya sih dong deh itu ini tuh apa jangan bagus pasaran susah gampang udah sudah lagi mah kok
    dan tapi atau aja doang""".split()
)
# after a Hindi cue: function words, verbs and chat words ("mera asli naam mat poocho",
# "asli naam batana safe nahi hai", "असली नाम किसी को मत बताना")
_HI_STOP = _STOP | _HI_NAME_STOP | _ROMAN_NAME_STOP | frozenset(
    """koi kisi kisiko sabko ko batana btana bataunga btaunga bataungi bolna bolunga bolungi
    likhna dena dunga dungi share karna karunga pata nahin nai kyu kyun kaun sach bilkul
    bohot bahot lamba lambi chhota chota ajeeb alag wahi yahan yaha tera teri uska uski unka
    unki yeh woh sirf bas abhi kabhi pehle baad zyada thoda pucho puchna poochna mat bata batau
    btau bolu likhu bahut bhut bht galat sahi accha acha achha pyara pyaara
    बताना बताऊं बताऊँ बोलूंगा बोलूँगा कोई सेफ सीक्रेट गुप्त अलग अजीब लंबा छोटा सिर्फ बस""".split()
)

# lower-case words with an adjective, adverb or verb ending ("embarrassing", "boring")
_ADJ_END = re.compile(r"(?:ly|ing|ed|ous|ful|ive|ish|less|able|ible|est|ier|ical)$")


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character per character of `text`."""
    if text.isascii():
        return text.lower()  # the same as the per-character fold, in C
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:  # Latin-1 text (accents of western European languages): a byte table
        return raw.translate(_LATIN1_FOLD).decode("latin-1")
    if len(_FOLD) > 20_000:
        _FOLD.clear()  # bounded: a message of many distinct characters
    return text.translate(_FOLD)


def _fold_char(c: str) -> str:
    low = c.lower()
    if len(low) != 1:
        low = c
    if not low.isascii():
        base = unicodedata.normalize("NFD", low)[0]
        low = _EXTRA.get(low, base if base.isalpha() else low)
    return low


class _FoldTable(dict[int, str]):
    """`str.translate` table filled per character on first use."""

    def __missing__(self, key: int) -> str:
        low = self[key] = _fold_char(chr(key))
        return low


_FOLD = _FoldTable()

# letters NFD leaves alone (ё and й lose their marks: "реальнои", as normalised)
_EXTRA = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "’": "'"}
# the fold of each Latin-1 character: Latin-1 again (`bytes` would refuse another)
_LATIN1_FOLD = bytes(ord(_fold_char(chr(i))) for i in range(256))


def _is_name(word: str, stop: AbstractSet[str] = _STOP) -> bool:
    low = word.lower()
    if fold_same_length(low) in stop or low in stop:
        return False
    if word[0].isupper():
        return True
    return not (len(low) >= 6 and _ADJ_END.search(low))


def _name_span(
    text: str, rest_start: int, stop: AbstractSet[str] = _STOP
) -> tuple[int, int] | None:
    """The span of a name of one or two words at text[rest_start:]."""
    lead = _FILLERS.match(fold_same_length(text[rest_start : rest_start + 40]))
    pos = rest_start + (lead.end() if lead else 0)
    first = _WORD.match(text, pos)
    if first is None or not _is_name(first.group(), stop):
        return None
    end = first.end()
    capital = first.group()[0].isupper()
    # a second word of the same case; a third only capitalised ("Emma Rose Clarke")
    for _ in range(2 if capital else 1):
        nxt = _NEXT.match(text, end)
        if nxt is None or nxt.group(1)[0].isupper() != capital or not _is_name(nxt.group(1), stop):
            break
        end = nxt.end()
    return first.start(), end


def real_names(text: str, words: AbstractSet[str], reasons: list[str]) -> str:
    """Redact the name after a real-name cue (see module doc); `words`: the
    message's words, or just those of them in GATE (pii.py passes its cues)."""
    if words.isdisjoint(GATE):
        return text
    folded = fold_same_length(text)
    spans: list[tuple[int, int]] = []
    for rx, stop in ((_STRONG, _STOP), (_WEAK, _STOP), (_HI, _HI_STOP)):
        for m in rx.finditer(folded):
            span = _name_span(text, m.end(), stop)
            if span is not None:
                spans.append(span)
    return _replace_spans(text, spans, "[name removed]", "pii:name", reasons)
