"""Compiled PII patterns and the cheap word gates in front of them.

Kept apart from pii.py so the redaction logic stays readable; every regex is
compiled once at import.  This module holds the Latin-script patterns (and
the gates of all detectors in pii.py); the Arabic, Chinese, Devanagari,
Cyrillic and romanised Hindi / Arabic ones are in pii_script_patterns.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_I = re.IGNORECASE

# ---------------------------------------------------------------- email
# spoken "dot": en "dot", fr "point", es/it "punto", pt "ponto", de/pl "punkt", ru "точка",
# tr "nokta", id "titik", pl "kropka" ("ayse.yilmaz2010 at hotmail nokta com")
_LOCAL_SEP = (r"\s*[(\[]?\s*(?:underscore|dot|dash|point|punto|ponto|punkt|точка|nokta|titik|kropka|"
              r"hyphen)\s*[)\]]?\s*")
# spoken "at": en/de/tr/id "at", es/pt "arroba", fr "arobase", it "chiocciola", ru "собака",
# pl "małpa", zh "艾特" (with "点" for the dot: "lintian 艾特 163 点 com")
_AT = (r"(?:\s*@\s*|\s*[(\[{]\s*at\s*[)\]}]\s*|\s+at\s+|\s+arroba\s+|\s+arobase\s+|"
       r"\s+chiocciola\s+|\s+собака\s+|\s+ma[lł]pa\s+|\s*艾特\s*)")
_DOT = (r"(?:\s*\.\s*|\s*[(\[{]\s*dot\s*[)\]}]\s*|\s+dot\s+|\s+point\s+|\s+punto\s+|\s+ponto\s+|"
        r"\s+punkt\s+|\s+точка\s+|\s+nokta\s+|\s+titik\s+|\s+kropka\s+|\s*[点點]\s*)")
_TLD = r"(?:com|net|org|co\.uk|co|fr|de|es|pt|ru|it|me|io|uk|br|mx|ar|nl|be|ch|edu|info|tr|pl|id)"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _I)
_EMAIL_SPOKEN = re.compile(
    r"(?<![\w.])[a-z0-9][\w.+-]*(?:" + _LOCAL_SEP + r"[\w+-]+)*" + _AT
    + r"[a-z0-9-]+(?:" + _DOT + r"[a-z0-9-]+)*?" + _DOT + _TLD + r"\b",
    _I,
)
# The same, anchored piecewise: find the "at", match the domain after it and
# the local part before it (a full-text scan of the pattern above backtracks
# badly on long messages).
# literal-headed so the engine can search for it quickly
_AT_FIND = re.compile(
    r"@|[(\[{] ?at ?[)\]}]| at | arroba | arobase | chiocciola | собака | ma[lł]pa |艾特", _I
)
_DOMAIN_AFTER = re.compile(
    r"\s*[a-z0-9-]+(?:" + _DOT + r"[a-z0-9-]+)*?" + _DOT + _TLD + r"\b", _I
)
_LOCAL_BEFORE = re.compile(
    r"(?<![\w.])[a-z0-9][\w.+-]*(?:" + _LOCAL_SEP + r"[\w+-]+)*\s*$", _I
)

# ---------------------------------------------------------------- links
# country codes and the generic TLDs scam links use most ("discord-nitro.gift",
# "robux-free.xyz", "free-skins.click").  Left out on purpose: TLDs that are
# also file extensions children write ("script.py", "notes.md", "archive.zip",
# "clip.mov", "file.pl") or words that often start a sentence glued to the
# last one by a missing space ("today", "life", "lol", "free", "bet").
_TLDS_NEW_G = (
    "gift|click|shop|store|fun|icu|buzz|website|vip|pro|sbs|cfd|cyou|monster|bond|pw|mobi"
)
_TLDS = (
    "com|net|org|io|gg|xyz|ly|me|co|uk|fr|de|es|ru|info|biz|tk|ml|ga|cf|top|club|online|"
    "site|app|link|live|tv|us|nl|pt|br|cn|to|sh|cc|ws|ai|dev|gl|su|ua|" + _TLDS_NEW_G
)
# TLDs that are everyday words: "it was so good.fun", "ok.live chat" are two
# sentences glued by a missing space, not links (see `glued_words`)
_WORD_TLDS = frozenset(
    "top club online site app link live gift click shop store fun pro bond".split()
)
_GLUED = re.compile(r"([a-z]+)\.([a-z]+)", _I)
# words that often end a sentence ("i was there.live music was great")
_SENTENCE_END_WORDS = frozenset(
    """there here today tonight tomorrow yesterday again though anyway anyways really later
    thanks please right already school class home everyone everything sorry haha lmao okay
    game games night morning""".split()
)


def glued_words(url: str) -> bool:
    """A short word or a sentence-final word, a dot and an everyday-word TLD
    with nothing else ("good.fun", "so.live", "there.live"): a missing
    space, not a link.  A longer name, a hyphen, a digit, a subdomain or a
    path keep it a link ("nitro.gift", "free-robux.fun", "discord.gift/x")."""
    m = _GLUED.fullmatch(url)
    if m is None or m.group(2).lower() not in _WORD_TLDS:
        return False
    name = m.group(1).lower()
    return len(name) <= 4 or name in _SENTENCE_END_WORDS


# country codes that are also words or file extensions in the languages
# children chat in ("gift.it was nice", "script.pl", "so.in the end", "ma",
# "se", "no"): a link only with what a sentence glued by a missing space never
# has - a hyphen or digit in the name, a subdomain or a path
# ("ricarica-gratis.it/promo", "shop.amazon.in", "promo2.pl", "gratis.id/x")
_TLDS_WORDLIKE = (
    "it|in|id|pl|tr|eu|ca|au|jp|kr|ch|at|be|se|no|dk|fi|cz|gr|ro|hu|ie|nz|za|sa|ae|eg|ma|"
    "vn|ph|my|sg|tw|hk|pk|ng|ke|cl|pe|ve|ar|mx|ir|kz|by|lt|lv|ee|sk|hr|rs|bg"
)
_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"]+"
    r"|(?<![\w.])(?:(?=[a-z0-9-]*[a-z])[a-z0-9-]*[0-9-][a-z0-9-]*\.(?:" + _TLDS_WORDLIKE
    + r")\b(?:/[^\s<>\"]*)?"
    r"|[a-z0-9][a-z0-9-]{2,}\.(?:" + _TLDS_WORDLIKE + r")/[^\s<>\"]*"
    r"|(?<![\w.])[a-z0-9][a-z0-9-]{2,}\.(?:[a-z0-9][a-z0-9-]+\.)+(?:" + _TLDS_WORDLIKE
    + r")\b(?:/[^\s<>\"]*)?)"
    r"|\b(?:[a-z0-9][a-z0-9-]*\.)+(?:" + _TLDS + r")\b(?:/[^\s<>\"]*)?",
    _I,
)
# spoken "robux-gen dot xyz": no everyday-word TLD here ("polka dot fun")
_SPOKEN_LINK_TLDS = "com|net|org|io|gg|xyz|ly|ru|tk|info|biz|gift|icu|buzz|site|online|shop|store"
_URL_SPOKEN = re.compile(
    r"\b[a-z0-9][\w-]*(?:\s+dot\s+|\s*[(\[]dot[)\]]\s*)(?:" + _SPOKEN_LINK_TLDS + r")\b"
    r"(?:\s*/\s*\S+)?",
    _I,
)
# anchored variant: find " dot ", then the TLD after it and the name before it
_DOT_FIND = re.compile(r" dot |[(\[]dot[)\]]", _I)
_SPOKEN_TLD_AFTER = re.compile(
    r"\s*(?:" + _SPOKEN_LINK_TLDS + r")\b(?:\s*/\s*\S+)?", _I
)
_NAME_BEFORE = re.compile(r"(?<![\w-])[a-z0-9][\w-]*\s*$", _I)
# a link written with spaces around its dot, as scam posts do to slip past link filters
# ("ffdiamenty . xyz", "cashkidz .club/start", "discord . gg/nitro"); `spaced_link`
# decides on the TLDs that are also words ("boring . app", "nice match . gg")
# TLDs no sentence starts with ("io" is Italian "I", "biz" Turkish "we": word TLDs here)
_SPACED_TLDS = frozenset("com net org xyz ly ru tk".split())
_SPACED_WORD_TLDS = "io|biz|info|icu|buzz|be|me|gg|app|site|online|shop|store|club|gift|fun|live|top|link|tv"
# TLDs that start sentences in some language ("io", "biz", "be", "me"): a link only
# with a path or a name with a digit or hyphen ("youtu . be/x", "robux-gen . io")
_SENTENCE_WORD_TLDS = frozenset({"io", "biz", "be", "me"})
_SPACED_ALL = "|".join(sorted(_SPACED_TLDS)) + "|" + _SPACED_WORD_TLDS
_SPACED_GATE = re.compile(r"(?:\. ?|\s\.)(?:" + _SPACED_ALL + r")\b", _I)
_URL_SPACED = re.compile(
    r"(?<![\w.@/-])([a-z0-9][a-z0-9-]{1,40})(?:\s+\.\s*|\.\s+)(" + _SPACED_ALL + r")\b"
    r"(\s?/\s?[^\s<>\"]+)?",
    _I,
)


def spaced_link(m: re.Match[str]) -> bool:
    """A spaced-dot match is a link when no sentence reads that way: a path; or a
    space before the dot and a TLD no sentence starts with ("ffdiamenty . xyz"),
    or a word TLD after a name no sentence ends with (a digit or hyphen, or six
    letters or more that are not a sentence-final word); after a full stop
    ("the end. com on"), only a name no sentence ends with: a hyphen, or letters
    and digits."""
    name, tld, path = m.group(1).lower(), m.group(2).lower(), m.group(3)
    if path:
        return True
    marked = any(c.isdigit() or c == "-" for c in name)
    if tld in _SENTENCE_WORD_TLDS:
        return marked
    odd_name = marked or (len(name) >= 6 and name not in _SENTENCE_END_WORDS)
    if m.group(0)[len(m.group(1))].isspace():  # "name . tld"
        return (tld in _SPACED_TLDS and len(name) >= 3) or odd_name
    # "name. tld": a sentence's end ("amanha. com certeza") unless the name has a
    # hyphen or a letter and a digit ("ff-gems. com", "robux2. xyz"; not "il 12. io")
    return (tld in _SPACED_TLDS and "-" in name) or (
        any(c.isdigit() for c in name) and any(c.isalpha() for c in name))


# link shorteners written with a space for the dot, always with their path ("bit ly/3xKpq9")
_SHORTENER_SPACED = re.compile(
    r"\b(?:bit|cutt|ow) ly\s?/\s?[\w-]+|\bgoo gl\s?/\s?[\w-]+|\byoutu be\s?/\s?[\w-]+"
    r"|\btinyurl com\s?/\s?[\w-]+|\bdiscord gg\s?/\s?[\w-]+|\bt me\s?/\s?[\w-]+",
    _I,
)
_INVITE = re.compile(
    r"chat\.whatsapp|wa\.me|discord\.gg|discord(?:app)?\.com/invite|t\.me/|telegram\.me|kik\.me|"
    r"snapchat\.com/add|instagram\.com/|tiktok\.com/@|m\.me/",
    _I,
)

# ---------------------------------------------------------------- phones
# ASCII-only word boundaries: CJK text writes digits directly after/before
# characters ("我手机13812345678加我")
# necessary for a _PHONE match; starts with a class, so `re` skips quickly to digits
_PHONE_GATE = re.compile(r"\d[\d\s\-.()/]{5,24}\d")
_PHONE = re.compile(
    r"(?<![A-Za-z0-9_@/#.,:])(?:\+|00)?\(?\d[\d\s\-.()/]{5,24}\d(?![A-Za-z0-9_%/:٪％])"
)
_NOT_PHONE_CUE = re.compile(
    r"(?:isbn|issn|doi|serial|version|model|ref|invoice|order|tracking|iban|account no)"
    r"[^.!?\n]{0,12}$",
    _I,
)
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_YEARS = re.compile(r"^(?:19|20)\d\d\s*[-/]\s*(?:19|20)?\d\d$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ .]\d{3})+$")
_PHONE_CUE = re.compile(
    # "escríbeme al", "llámame al", "écris-moi au", "schreib mir", "scrivimi al"
    r"(?:call|phone|escr[ií]b|[ée]cri[st]|ll[aá]m|schreib|scriv|chiam|"
    r"number|numb|num|no\.|cell|mobile|mob|tel|text|txt|ring|digits|whats ?app|"
    r"signal|telegram|viber|contact|reach me|numero|número|telefono|teléfono|telephone|téléphone|"
    r"portable|tél|handy|nummer|telefon|telefone|celular|móvil|movil|zap|номер|телефон|звони|"
    # Polish "mój nr to", "zadzwoń", "komórka"; Indonesian "nomor", "hp", "wa"; Turkish "ara"
    r"\bnr\b(?![^.!?\n]*\d)|zadzwo|dzwo[nń]|kom[óo]rk|nomor|\bhp\b|\bwa\b|\bara(?:yın|yin)?\b|"
    r"رقم|هاتف|جوال|موبايل|تلفون|تليفون|واتس|اتصل|كلمني|позвони|мобильн|ватсап|вотсап|вайбер|"
    r"电话|電話|号码|號碼|手机|手機|微信|联系|聯繫|फ़ोन|फ़ोन|फोन|नंबर|नम्बर|मोबाइल|व्हाट्सएप|कॉल)[^.!?\n]{0,25}$",
    _I,
)
_NUMWORDS = (
    "zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|"
    "zéro|zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|"
    "cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    "um|dois|três|quatro|sete|oito|nove|"
    "null|eins|zwei|drei|vier|fünf|funf|sechs|sieben|acht|neun|"
    "ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять|\\d"
)
_SPELLED = re.compile(
    r"\b(?:" + _NUMWORDS + r")(?:[\s,.\-]+(?:and\s+)?(?:" + _NUMWORDS + r")\b){6,}", _I
)

# ---------------------------------------------------------------- handles
# Unicode word characters: "@inès" is one name ("@in" + "ès" left a half name shown)
_AT_HANDLE = re.compile(r"(?<![\w.@])@(\w[\w.]{1,29})")
_PLATFORMS = (
    r"snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|discord|whats ?app|telegram|tg|kik|"
    r"twitter|twitch|roblox|steam|psn|xbox|gamertag|fortnite|epic|skype|signal|wechat|"
    r"youtube|yt|facebook|fb|threads|bereal|reddit|minecraft|vk|vkontakte|username|user ?name|handle"
)
_HANDLE_CUE = re.compile(
    r"\b(?:" + _PLATFORMS + r")\b((?:\s*(?:me|is|its|it's|it’s|as|under|called|named|=|:|-|at|on|id|name|username|user|"
    r"handle|tag|account|acc|c'est|es|ist|é|pe|par|pr|mera|meri|ka|ki|hai|i'm|i’m|im|i am|je suis|"
    r"soy|sou|bin ich|ich bin|sono)\b|\s*[:=@-])*)\s*@?"
    r"([\w][\w.\-]{2,29}(?:#\d{4})?)",
    _I,
)
# the same, anchored just after a platform word found with str.find (much
# cheaper than scanning the whole text with a big alternation)
_HANDLE_AFTER = re.compile(
    r"((?:\s*(?:me|is|its|it's|it’s|as|under|called|named|=|:|-|at|on|id|name|username|user|"
    r"handle|tag|account|acc|c'est|es|ist|é|pe|par|pr|mera|meri|ka|ki|hai|i'm|i’m|im|i am|je suis|"
    r"soy|sou|bin ich|ich bin|sono)\b|\s*[:=@-])*)\s*@?"
    r"([\w][\w.\-]{2,29}(?:#\d{4})?)",
    _I,
)
_HANDLE_STOP = frozenset(
    """me you him her them us it this that the a an and or but so too to at on in is are was
    all now later please pls plz private public down up out off fine good bad dead gone
    broken hacked banned cool fun okay ok yes no not never always sometimes much more less
    only just also really very because about with without for from of anyone everyone
    someone people friends my your our their his its if then there here what when where why
    how who which new old same back again today tonight tomorrow yesterday
    h24 24h 24hrs 24hr 24h24 24x7 247 7j7 4ever 4eva 2day 2nite 2night 2moro 2morrow 2mrw
    everyday nonstop forever constantly""".split()  # "sur snap h24": French "24/7"
)
_HAS_ALPHA = re.compile(r"[^\W\d_]")

# ---------------------------------------------------------------- names
_NAME_CUE = re.compile(
    # "sou a Beatriz Almeida Costa", "soy la Ana García": the article before the name
    r"\b(?P<cue>(?:eu )?sou (?:a|o)|soy (?:la|el)|my name is|my name's|my names|my full name is|i am called|i'm called|"
    r"call me|i'm|i’m|im|i am|je m'appelle|je m’appelle|je suis|me llamo|mi nombre es|soy|"
    r"ich heiße|ich heisse|ich bin|mein name ist|meu nome é|meu nome e|eu me chamo|me chamo|eu sou|"
    r"mon nom est|mon nom c'est|меня зовут|мо[её] имя|mi chiamo|sono)"
    r"\s+(?P<first>[^\W\d_][\w'’-]*)\s+(?P<last>[^\W\d_][\w'’-]*(?:-[^\W\d_][\w'’-]*)?)"
    r"(?P<more>(?-i:(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]*){0,2}))",
    _I,
)
_SURNAME = re.compile(
    r"\b(?:my (?:surname|last name|family name) is|mon nom de famille est|mi apellido es|"
    r"mein nachname ist|meu sobrenome é|моя фамилия)\s+(?P<last>[^\W\d_][\w'’-]*)",
    _I,
)
_STRONG_NAME_CUES = {"my name is", "my name's", "my names", "my full name is", "i am called",
                     "i'm called", "je m'appelle", "je m’appelle", "me llamo", "mi nombre es",
                     "ich heiße", "ich heisse", "meu nome é", "meu nome e", "меня зовут",
                     "mi chiamo", "mein name ist", "me chamo", "eu me chamo", "mon nom est",
                     "mon nom c'est", "моё имя", "мое имя"}
_WEAK_STOP = frozenset(
    """very so not really just so going from in at a the happy sad here there also still
    always never sorry glad fine good tired bored sure""".split()
)
_NAME_STOP = frozenset(
    """and but from i im i'm btw lol age years year old aged by the a an in at on of to is
    was so too also and, or my your not just really very here there now today who what
    this that because cuz bc y et mais de la le les y pero und aber e mas и но
    asi así porque como igual comme parce aussi pareil wie weil auch so muito também tambem por en con
    просто все всё так тоже по в на как друзья меня очень не это такое редкое редкий красивое
    странное необычное обычное простое длинное короткое""".split()
)

# ---------------------------------------------------------------- school
_SCHOOL_WORD = (
    r"school|academy|college|high school|high|primary|grammar|lycée|lycee|collège|gymnasium|"
    r"escuela|colegio|instituto|escola|école|ecole|colégio|liceu|liceo|scuola|realschule|grundschule|"
    r"gesamtschule|школа|гимназия|лицей"
)
# Italian and German put an article, a possessive or an adjective after "in", which is
# also the English cue: "il primo giorno in una scuola nuova", "in questa scuola",
# "studio in un grande liceo", "ich war in der grundschule", "in einem neuen Gymnasium"
# are a school, not its name (session 16).  Only words that follow "in" directly.
_SCHOOL_STOP_LANGS = (
    r"una|uno|un|quella|quello|quel|questa|questo|qualche|nessuna|ogni|altra|altro|mia|mio|"
    r"tua|tuo|sua|suo|nostra|nostro|vostra|nuova|nuovo|vecchia|vecchio|grande|piccola|piccolo|"
    r"der|die|das|dem|den|ein|eine|einer|einem|einen|meiner|meinem|meine|deiner|seiner|ihrer|"
    r"unserer|unserem|dieser|diesem|jeder|neuen|neue|alten|anderen"
)
_SCHOOL_STOP = (
    r"(?!(?:a|an|the|my|our|your|his|her|their|this|that|new|old|same|local|big|small|public|"
    r"private|boarding|secondary|primary|middle|high|another|different|good|bad|best|worst|"
    r"normal|regular|state|to|at|in|of|from|and|online|summer|night|driving|art|music|"
    r"ur|yr|ya|every|whole|entire|any|each|which|what|no|next|last|after|before|"
    # a religious, weekend or activity class is a kind, not a name ("i go to sunday school")
    r"sunday|saturday|weekend|bible|quran|koran|quranic|hebrew|arabic|religious|dance|swim|"
    r"swimming|ballet|drama|language|" + _SCHOOL_STOP_LANGS + r")\b)"
)
# "sunday", "bible", "quran", "dance" ...: a kind of class that is part of a name only
# when a name stands before it ("st mark's sunday school", "al noor quran school")
_SCHOOL_TYPE = (
    r"secondary|primary|high|middle|grammar|junior|senior|community|international|catholic|"
    r"comprehensive|elementary|infant|prep|preparatory|girls|boys|church|sunday|saturday|"
    r"weekend|bible|quran|koran|quranic|hebrew|arabic|religious|dance|swim|swimming|ballet|"
    r"drama|language"
)
# the type words are part of the name ("Oakridge Secondary School")
_SCHOOL_AT = re.compile(
    r"\b(?:(?:" + _SCHOOL_TYPE + r")\s+)?(?:" + _SCHOOL_WORD + r")(?:\s+school)?\b", _I
)
# applied to the ~60 characters before a school word, anchored at their end
_SCHOOL_BEFORE = re.compile(
    r"\b(?:go to|attend|am at|i'm at|im at|study at|studying at|student at|pupil at|"
    r"school is|from|at|in) (?P<g>(?:(?:st\.?|saint|the)\s+)?(?:" + _SCHOOL_STOP
    + r"[\w'’.-]+\s+){1,4})$",
    _I,
)
_SCHOOL_ADJ = (
    r"nueva|nuevo|nova|novo|nuova|nuovo|nouvelle|nouveau|neue|neu|new|vieja|viejo|velha|velho|"
    r"vecchia|vecchio|ancienne|ancien|alte|old|grande|gran|grosse|große|kleine|pequeña|pequena|"
    r"piccola|petite|general|général|générale|generale|publica|pública|publique|pubblica|privada|privata|"
    r"privée|privee|normal|primaria|secundaria|superiore|media|nacional|nationale|statale"
)
_SCHOOL_NAMED = re.compile(
    r"\b(?i:lycée|lycee|collège|colegio|colégio|escuela|instituto|escola|école|ecole|liceu|liceo|"
    r"scuola|gymnasium|школа|гимназия|лицей|ies|ceip|"
    # "au college Jean Moulin": French written without the accent (after a
    # French article only: "college Football" is English)
    r"(?:(?<=\bau )|(?<=\bdu )|(?<=\ble )|(?<=\bmon )|(?<=\bton )|(?<=\bson ))college)\s+"
    # a level or kind between the school word and the name: "scuola media Dante
    # Alighieri", "escola estadual Machado de Assis", "école primaire Jules Ferry",
    # "liceo scientifico Galileo Galilei" (lower case, so "scuola Media" is a name)
    r"(?:(?:media|elementare|superiore|primaria|secondaria|materna|statale|paritaria|comunale|"
    r"comprensivo|tecnico|professionale|scientifico|classico|linguistico|artistico|statal|"
    r"estadual|municipal|publica|pública|publico|público|privada|privado|concertado|secundaria|"
    r"primaire|élémentaire|elementaire|"
    r"maternelle|privé|prive|privée|privee|publique|public|técnica|tecnica|técnico)\s+){0,2}"
    r"(?:(?:no\.?|n°|nº|№|#)\s*\d+|(?:de |del |do |da |am |(?i:san|santa|são|sao|saint|sainte|st) )?"
    # an adjective alone is no name: "voy a la Escuela Nueva", "estudo numa escola Nova",
    # "je vais à l'école Nouvelle", "aufs Gymnasium Neu" ("Escuela Nueva Esperanza" is one)
    r"(?!(?i:" + _SCHOOL_ADJ + r")\b(?!\s+[A-ZÀ-ÝА-Я]))"
    r"[A-ZÀ-ÝА-Я][\w'’-]+(?:\s+(?:(?:de|del|da|do|dos|das|di|du|des|de la|von|van)\s+)?[A-ZÀ-ÝА-Я][\w'’-]+){0,3}"
    r"|\d+)",
)
# German compound names: "Goethe-Gymnasium", "Albert-Einstein-Schule", "auf die Lindenschule"
_DE_SCHOOL = re.compile(
    r"\b(?:[A-ZÄÖÜa-zäöüß][\wäöüß]*-)+(?:gymnasium|schule|realschule|grundschule|gesamtschule|"
    r"oberschule|gemeinschaftsschule|mittelschule|hauptschule|sekundarschule|stadtteilschule)\b"
    r"|\b(?:auf die|aufs|an der|an die|in die|in der|zur|von der|besuche die) (?P<c>[A-ZÄÖÜ][a-zäöüß]+schule)\b"
    r"|\b(?:aufs|auf das|am|ins|vom|zum) (?P<g>(?-i:[A-ZÄÖÜ][a-zäöüß]+ Gymnasium))\b",
    _I,
)
_DE_GENERIC_SCHOOL = frozenset(
    """schule grundschule realschule hauptschule gesamtschule oberschule mittelschule
    gemeinschaftsschule förderschule foerderschule berufsschule sekundarschule fahrschule musikschule
    tanzschule volkshochschule hochschule privatschule ganztagsschule sprachschule abendschule
    sonntagsschule waldorfschule montessorischule schwimmschule reitschule kochschule hundeschule
    nachhilfeschule skischule surfschule segelschule kunstschule ballettschule fachschule
    fachoberschule grundschule stadtteilschule sportschule internatsschule""".split()
)

# ---------------------------------------------------------------- password
_PASSWORD = re.compile(
    r"\b(?P<who>my |the |our |his |her |mon |ma |mi |mio |mia |mein |meine |minha |meu |мой |moi |mera |meri |"
    r"मेरा |मेरी )?"
    r"(?P<cue>password|passwd|pass word|passcode|pin code|pin|pw|pwd|"
    r"mot de passe|mdp|contraseña|contrasena|clave|passwort|kennwort|senha|пароль|पासवर्ड|"
    # Italian "il mio pass / psw / parola d'ordine" (bare "pass" is checked in _password)
    r"psw|parola d'ordine|pass\b)"
    # "my password for everything / on roblox / pour insta is X"
    r"(?P<for>\s+(?:for|on|to|of|in|pour|sur|de|para|en|für|fur|bei|von|do|da|no|na|от|на|для|"
    r"di|del|per|su|sul)"
    # (a whole word before the connector: "the school laptop is X" is not "th" + "e")
    r"\s+(?:[^\s:=]+\s+){0,2}?[^\s:=]+(?=\s*(?:[=:\-]|\b(?:is|was|est|c'est|es|ist|é|è|e|это)\b)\s))?"
    r"(?P<conn>\s*(?:(?:is|was|est|c'est|cest|es|ist|é|è|e|это|hai|he|है)(?=\s)|=|:|：|-|—|–)\s*"
    r"|\s+(?=[^\s]*\d))"
    r"[\"'“]?(?P<pw>[^\s\"'”]+)",
    _I,
)
# Chinese: 密码是X / 密码：X (no spaces)
_PASSWORD_ZH = re.compile(
    r"(?:密码|密碼|口令)(?:就是|是|为|為|叫|:|：|=)\s*(?P<g>[A-Za-z0-9!@#$%^&*._\-]{3,})"
)
# the word after "password is" that is an ordinary word, not a password
_NOT_A_PASSWORD = frozenset(
    """too so very really quite strong weak long short easy hard simple safe secure same different
    not never the a an my your private secret changed wrong right ok okay fine new old
    something nothing anything everything somewhere none mine yours personal hidden only just
    still also literally like kinda basically actually super way between confidential
    quelque quelquechose rien perso personnel secrete confidentiel toujours jamais
    algo nada secreto secreta privado privada personal siempre nunca
    etwas nichts geheim privat persönlich personlich immer nie
    segreto segreta privato privata qualcosa niente nulla sempre mai
    segredo privado nada sempre nunca
    что-то ничего секрет секретный
    trop tres pas le la un une mon ton facile nul muy no el mi tu mas demasiado sehr zu nicht
    das der die ein eine mein muito nao o um uma meu очень не слишком мой
    bahut bohot bhot bht kya nahi nhi mat kisi lamba chhota aasan asan mushkil ekdum kaafi kafi
    बहुत मजबूत आसान मुश्किल लंबा छोटा सुरक्षित क्या नहीं मत किसी"""
    # a password described, not given: "his password was his dog's name", "based on my pet's
    # name", "c'est sa date de naissance", "era su cumpleaños"
    """ his her their its our ur based related connected similar identical sa son ses su sus seu sua
    dele dela sein seine seines ihr ihre suo его ее uska uski unka""".split()
)


# ---------------------------------------------------------------- gates
_WORDS = re.compile(r"[\w']+")
_DIGIT = re.compile(r"\d")
# literal-led form of "[a-z0-9]\.[a-z]{2}": `re` scans quickly for a leading
# literal but tries a class or group at every position
_DOT_HINT = re.compile(r"\.(?<=[a-z0-9]\.)[a-z]{2}")
_AT_WORDS = frozenset("at arroba arobase chiocciola собака malpa".split())
_DOT_WORDS = frozenset("dot point punto ponto punkt точка nokta titik kropka".split())
_PLATFORM_WORDS = frozenset(
    """snap snapchat sc insta instagram ig tiktok tik tt discord whatsapp whats
    telegram tg kik twitter twitch roblox steam psn xbox gamertag fortnite epic skype signal
    wechat youtube yt facebook fb threads bereal reddit minecraft vk vkontakte username user
    handle""".split()
)
_PLATFORM_PHRASE = {"tik": "tik tok", "whats": "whats app", "user": "user name"}
_NUMWORD_SET = frozenset(w for w in _NUMWORDS.split("|") if w.isalpha())
_NAME_WORDS = frozenset(
    """name names called appelle mappelle llamo nombre heisse nome зовут chiamo surname
    apellido nachname sobrenome фамилия chamo nom имя""".split()
)
# weak cues ("I'm", "call me", "je suis") only matter before two capitalised words
_WEAK_NAME_WORDS = frozenset("im am call suis soy bin sou sono".split())
_TWO_CAPS = re.compile(r"[A-ZÀ-ÝА-Я][\w'’-]+\s+[A-ZÀ-ÝА-Я]")
_EMAIL_TLDS = frozenset(
    "com net org uk fr de es pt ru it me io co br mx ar nl be ch edu info tr pl id".split()
)
# "dot com", "point fr", ... - a spoken address needs one of these
_SPOKEN_TLDS = re.compile(
    r"(?:(?:dot|point|punto|ponto|punkt|точка|nokta|titik|kropka)[)\]]? |[点點] ?)(?:"
    + "|".join(sorted(_EMAIL_TLDS)) + r")\b"
)
_SCHOOL_WORDS = frozenset(
    w for w in _SCHOOL_WORD.replace(" ", "|").split("|") if w
)
# the words _SCHOOL_NAMED starts with (school word first, then the name), in
# the normalised form, with French elisions ("l'école" -> "lecole")
_NAMED_SCHOOL_WORDS = frozenset(
    """lycee lycée collège college colegio colégio escuela instituto escola école ecole lecole decole
    llycee liceu liceo scuola gymnasium школа гимназия лицей лицеи
    ies ceip""".split()  # Spanish secondary / primary schools: "IES Miguel de Cervantes"
)
_PASSWORD_WORDS = frozenset(
    """password passwd passcode pw pwd psw mdp contrasena clave passwort kennwort senha
    пароль पासवर्ड""".split()
)
_NOT_A_SCHOOL_NAME = frozenset(
    """a an the my our your his her their this that new old same local big small public
    private boarding secondary primary middle high another different good bad best worst
    normal regular state to at in of from and online summer night driving art music after
    before during about for with whole entire"""
    # (session 16) the article, possessive or adjective of Italian and German before the
    # school word ("una scuola", "in der grundschule") and of the other Romance languages
    """ una uno un quella quello questa questo nuova nuovo vecchia vecchio grande piccola mia
    der die das dem den ein eine einer einem meiner meinem neuen neue alten
    nueva nuevo vieja viejo otra nova novo velha outra nouvelle nouveau nouvel ancienne""".split()
)


_SCHOOL_TYPE_WORDS = frozenset(_SCHOOL_TYPE.split("|"))


def _named_school_hint(tokens: Sequence[str]) -> bool:
    """Is some school word preceded by a word that could be part of a name?"""
    for i, t in enumerate(tokens):
        if t in _SCHOOL_WORDS and i:
            j = i - 1
            while j > 0 and tokens[j] in _SCHOOL_TYPE_WORDS:
                j -= 1
            if tokens[j] not in _NOT_A_SCHOOL_NAME:
                return True
    return False


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit())

# "snap me, kenzie_xo2", "add me: lily.rose09", "ajoute-moi : jade_77": a
# request to be contacted, a comma or colon, then a handle-shaped word (a
# digit, "_" or an inner "."), so "add me to the group chat, kenzie" and
# "dm me: 2 more days" keep their words
_CONTACT_ME_WORDS = frozenset(
    """snap add adde dm msg message text follow hmu hit ajoute ecris contacte agregame anademe
    escribeme sigueme adiciona segue chama schreib folg aggiungimi scrivimi seguimi добавь пиши
    напиши ضيفني اضفني mujhe""".split()
)
_CONTACT_ME_HANDLE = re.compile(
    r"(?<!\w)(?:(?:snap|add|dm|msg|message|text|follow|hit)\s+me(?:\s+up)?|hmu|ajoute[\s-]moi|"
    r"[ée]cris[\s-]moi|contacte[\s-]moi|agr[ée]game|a[ñn][áa]deme|escr[íi]beme|s[íi]gueme|"
    r"me\s+(?:adiciona|add|segue|chama)|adde?\s+mich|schreib\s+mir|folg\s+mir|aggiungimi|"
    r"scrivimi|seguimi|добавь\s+меня|(?:на)?пиши\s+мне|ضيفني|اضفني|mujhe\s+add\s+karo)"
    r"\s*[,:：，]\s*@?(?P<g>(?=\w*[\d_]|\w+\.\w)[^\W\d_][\w.]{2,29}(?<!\.))",
    _I,
)
