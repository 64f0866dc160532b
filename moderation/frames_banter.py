"""Friendly banter: a mild name for a friend, softened in the same message.

Why: "ur so dumb 😂 anyway what did u get on the test", "eres un tonto jaja
te quiero igual", "du bist so ein lappen hab dich lieb", "ты дурак хаха
братан", "انت غبي ههه يا اخوي", "tu pagal hai bhai 😂", "kamu bego banget
wkwk sayang", "sen salaksın kanka" are how friends talk.  The insult rules
hold "you are stupid" in every language, and only a few English rules had a
look-ahead for "love you" after the name.  What makes such a line banter is
all three of:

* the name is *mild* (idiot, stupid, dumb, noob, nerd, clown, fool, loser
  and their equivalents: tonto, bobo, bête, nul, Lappen, doof, scemo,
  дурак, тупой, غبي, حمار, 笨, 蠢, pagal, bewakoof, salak, aptal, głupi,
  bego, bodoh ...), and the match names nothing harsher;
* the message has no severe word anywhere: body shaming (fat, ugly, gorda,
  moche, fett, жирный, قبيح, 胖, moti, şişko, gruba, gendut), sexual names,
  slurs and disability words, "worthless", "nobody likes you", "kys",
  "te odio" ...  (those lines stay held even with a laugh or "love you");
* it is softened: laughter (lol, lmao, haha, 😂, 🤣, 💀, jaja, kkkk, mdr,
  хаха, ")))", ههه, 哈哈, wkwk, sjsjsj, xD), affection ("love you", "bro",
  "te quiero", "hab dich lieb", "братан", "يا اخوي", "兄弟", "bhai", "yaar",
  "kanka", "mordo", "sayang", ❤) or moving on after the name ("anyway what
  did u get on the test", "bref", "egal", "ну ладно", "neyse", "btw").

One narrow exception to the severe words: "cow" or "pig" for a deed, said
with affection - "lol emma you're such a cow for eating my fries 😂 love u",
"ur such a pig for stealing my seat love u" - names what the friend did,
not their body.  Any other severe or body word in the message ("such a cow
for being so fat", "... ur huge") keeps it held, and so does laughter
without affection.  A body insult about a third person with a call to throw
them out ("vote to kick emma shes a fat cow lol") is `bullying:exclusion`
(harm_outcast.py), which this frame never reads.

The name must be said to the reader: a match starting with "this / that /
look at / what a / imagine" is about someone else or a taunt and is never
excused; one starting with "love how" is sarcasm, excused only with
affection ("love how dumb you are ❤️"), never with a laugh alone.  Emoji
are only in the normalised text (`norm`), not in the phrase form, so both
are read.

Used by `frames_context.context_frame` for `bullying:insult` only.
"""

from __future__ import annotations

from . import fastre

# mild names, looked for inside the match
_MILD = fastre.compile(
    r"\b(?:idiots?|idiotic|stupid|stoopid|dumb|dumbo|dummy|noobs?|newbs?|nubs?|nerds?|nerdy|dorks?|"
    r"dorky|dweebs?|geeks?|clowns?|fools?|goofy|goofs?|goofball|bozo|moron|weirdo|loser|silly|"
    r"doofus|dingus|muppet|numpty|airhead|crybaby|baby|slow|dumbass|"
    # es pt
    r"tont[oa]s?|tontit[oa]|bob[oa]|idiota|estupid[oa]|mens[oa]|payas[oa]|torpe|tarad[oa]|"
    r"burr[oa]|babos[oa]|manco|zoquete|besta|lerd[oa]|otari[oa]|palhac[oa]|trouxa|lesad[oa]|"
    r"tapad[oa]|abestad[oa]|boco|pateta|"
    # fr
    r"bete|idiote?|debile|nul(?:le)?|cretine?|andouille|banane|boulet|naze|nigaude?|neuneu|teube|"
    r"abrutie?|bouffon(?:ne)?|clown|"
    # de
    r"dumm|doof|blod|blode|lappen|trottel|depp|honk|horst|pfeife|lauch|dummkopf|vollpfosten|"
    r"hohlkopf|idiot|"
    # it
    r"scem[oa]|stupid[oa]|cretin[oa]|sciocc[oa]|fess[oa]|babbeo|pirla|imbranat[oa]|"
    r"rimbambit[oa]|asino|salame|testone|deficiente|citrullo|"
    # pl
    r"glupi|glupia|glupie|glupek|glupku|glupol|idiot(?:a|o|ko|ka|em)|debil(?:u|em|ka)?|baran(?:ie)?|"
    r"matol(?:e)?|gamon(?:iu)?|tepak|dzban(?:ie)?|frajer(?:ze)?|kretyn(?:ie)?|przyglup(?:ie)?|"
    r"leszcz(?:u)?|"
    # tr
    r"salak\w*|aptal\w*|mal(?:sin|sun)?|gerzek\w*|dangalak\w*|manyak\w*|deli(?:sin)?|hiyar\w*|"
    r"esek\w*|saf(?:sin)?|"
    # id
    r"bego|bodoh|oon|o'on|lemot|dongo|bloon|blo'on|cupu|culun|geblek|bolot|goblok|tolol|"
    # hi (romanised), Arabizi
    r"pagal|paagal|pagli|bewakoof|bewkoof|bevkoof|bevakoof|bewakuf|buddhu|budhu|gadh[aei]|ullu|"
    r"nalla|ghochu|duffer|namoona|ghabi|8abi|ghabiya|7mar|hmar|ahbal|habla|3abeet|3abit|majnoon|"
    # ru (й is folded to и), ar
    r"дура|дурак|дурачок|дурачек|дурашка|дурочка|дурында|тупои|тупая|тупица|тупыш|глупыи|"
    r"глупая|балбес|придурок|идиот|идиотка|нуб|лох|клоун|ботан|ботаник|тормоз|олух|чудик|дебил|"
    r"غبي|غبيه|حمار|حماره|اهبل|هبله|عبيط|عبيطه|اهطل|هطله|مجنون|مجنونه|ابله|نوب|مهرج)\b|"
    # Devanagari (combining marks are not \w: no boundaries) and Chinese
    r"पागल|बेवकूफ|बेवकूफ़|बुद्धू|गधा|गधे|उल्लू|笨|蠢|傻|白痴|呆|菜鸟|二货|憨"
)
# severe words anywhere in the message: the line is not banter.  Whole words
# and word stems are looked up per token (one big alternation of \b-words
# costs tens of microseconds per search); phrases and CJK go to a regex.
_SEVERE_WORDS = frozenset("""
    fat fatty fatso ugly ugliest gross disgusting smelly stinky whale pig cow hippo skinny anorexic
    slut sluts whore hoe thot bitch gay tranny worthless pathetic useless waste failure mistake
    disgrace nobody noone kys unalive embarrassing
    gorda gordo gordas gordos gordita gordito fea feo feas feos asquerosa asqueroso inutil basura
    puta puto zorra perra nadie muerete matate mongolica mongolico retrasada retrasado maricon vaca
    cerda cerdo ballena feia feio nojenta nojento lixo vagabunda ninguem morre retardada retardado
    mongol baleia porca baranga deshalb darum makanya isliye поэтому
    gros grosse moche laid laide degueulasse degueu pute salope personne creve gogol attarde
    baleine truie thon
    fett fette eklig nutte schlampe niemand stirb behindert spast mongo opfer schwein walross
    missgeburt grassa grasso brutta brutto cicciona ciccione schifosa schifoso puttana troia nessuno
    muori ammazzati handicappata handicappato mongoloide ritardata ritardato balena maiale cessa
    kimse nefret domuz inek ezik nikt nienawidze zdychaj zdechnij krowa wieloryb
    buluk lonte pelacur perek benci mampus cacat autis babi gajah sampah ketawain
    mota moti kaala kaali kaal kali kalu ganda gandi randi nafrat marja chakka suar bhains
    никто ненавижу сдохни умри свинья корова чмо тварь
    دبه بقره محد ماحد اكرهك انتحر زباله وسخ
""".split())
_SEVERE_STEMS = (
    "retard", "autis", "fag", "hasslich", "sisko", "sisman", "cirkin", "igrenc", "orospu", "geber",
    "gerizekali", "gruba", "grube", "gruby", "brzydk", "brzydal", "obrzydliw", "szmat", "dziwk",
    "uposledzon", "spasion", "swini", "ofiar", "gendut", "jelek", "жирн", "толст", "урод",
    "страшн", "шлюх", "даун", "ничтожеств", "мраз", "قبيح", "سمين", "شرموط", "حقير", "معاق",
)
_SEVERE_PHRASES = fastre.compile(
    r"\b(?:no one|everyone hates|hate you|hate your|kill yourself|go die|just die|go away|get lost|"
    r"no one asked|nobody asked|"
    # an exclusion is not banter whatever the laugh: "you are stupid lol just leave the group"
    r"(?:leave|get out of|quit) (?:the|this|our|my) (?:group|chat|gc|room|server|class|team)|get out|"
    r"(?:kick|block|unfollow|remove) (?:you|u)|"
    # a taunt that goes on: "no wonder", "that's why you have no friends", "everyone laughs at you"
    r"no wonder|thats why|that is why|no friends|laughs? at you|laughing at you|(?:will|would) ever|"
    r"(?:your|ur) (?:dad|mum|mom|parents|family) (?:left|hates?|does not|do not)|"
    r"por eso|no tienes amigos|sin amigos|se rien de ti|te odio|por isso|nao tem amigos|sem amigos|"
    r"riem de (?:voce|video call|ti)|te odeio|se mata|c'est pour ca|pas d'amis|se moquent de toi|"
    r"je te deteste|je te hais|keine freunde|lachen uber dich|hasse dich|per questo|non hai amici|"
    r"ridono di te|ti odio|нет друзеи|смеются над тобои|o yuzden|arkadasin yok|sana guluyor|"
    r"dlatego|nie masz (?:przyjaciol|znajomych)|smieja sie z ciebie|gak punya temen|"
    r"ga punya temen|(?:gak|ga|gk|nggak|ngga|tidak|gaada) ada yang (?:suka|sayang|peduli|mau|butuh)|"
    r"koi dost nahi|koi nahi|sab hanste|mar ja|عشان كذا|عشان هيك|ما عندك (?:اصحاب|ربع|صحاب)|"
    r"يضحك(?:ون)? عليك)\b|"
    r"मोटी|मोटा|काली|काला|रंडी|मर जा|丑|胖|猪|恶心|废物|去死|没人|讨厌你|恨你|贱|婊|垃圾|智障|滚|"
    r"没朋友|怪不得|难怪|都在笑你"
)


def _severe(text: str) -> bool:
    """A severe word, stem or phrase anywhere in the message (Arabic also
    with "and" written onto the word: "وسمين")."""
    for tok in text.split():
        if tok in _SEVERE_WORDS or tok.startswith(_SEVERE_STEMS):
            return True
        if tok[:1] == "و" and (tok[1:] in _SEVERE_WORDS or tok[1:].startswith(_SEVERE_STEMS)):
            return True
    return _SEVERE_PHRASES.search(text) is not None


# laughter, in the phrase form or (emoji, ")))") the normalised text.  The
# regex only runs after a literal gate (every match contains one of its
# texts): one alternation of \b-words costs ~15 us, the gate ~2 us.
_LAUGH_GATE = fastre.compile(
    "lol|loo|lma|lmfa|rofl|haha|hehe|ahah|xd|jaja|jeje|jsjs|sjsj|ksks|sksk|kkk|rsrs|mdr|ptdr|hihi|"
    "jk|wkwk|awok|kwkw|xixi|hhh|233|sj|js|jd|dj|dk|kd|sdf|fgh|ghj|hjk|jkl"
)
_LAUGH_GATE_WIDE = ("хаха", "ахах", "хех", "хд", "ههه", "哈哈", "嘿嘿", ")))",
                    "😂", "🤣", "😆", "😹", "😅", "😜", "😝", "😛", "🤪", "😁", "😄", "😭", "💀", "☠")
_LAUGH = fastre.compile(
    r"\b(?:lol+|lo+l|lmf?a+o+\w*|rofl|(?:ha){2,}\w*|a(?:ha){2,}\w*|(?:he){2,}|(?:ah){2,}\w*|xd+|"
    r"(?:ja){2,}\w*|(?:je){2,}|(?:js){2,}\w*|(?:sj){2,}\w*|(?:ks){2,}\w*|(?:sk){2,}\w*|k{3,}|"
    r"(?:rs){2,}|mdr+|ptdr+|xptdr|hihi\w*|jk|хаха\w*|ахах\w*|хех\w*|хд|ه{3,}|wk(?:wk)+\w*|"
    r"awok\w*|kwkw\w*|xixi\w*|hhh+|ههه\w*)\b|哈哈|嘿嘿|233+|[😂🤣😆😹😅😜😝😛🤪😁😄😭💀☠]|\){3,}|"
    # a keyboard smash on the home row ("ahsjdhsj", "asdfghjkl"; not "alfalfa")
    r"\b(?=[a-z]*[jk])(?=[a-z]*[sd])[asdfghjkl]{7,}\b"
)


def _laughs(text: str, norm: str) -> bool:
    """Laughter in the phrase form, or (other scripts, emoji) the normalised text."""
    if _LAUGH_GATE.search(text) and _LAUGH.search(text):
        return True
    return (not norm.isascii() and any(g in norm for g in _LAUGH_GATE_WIDE)
            and _LAUGH.search(norm) is not None)


# affection for the reader: single words by token, phrases by regex (after a
# literal gate), CJK and emoji in the normalised text
_AFFECTION_WORDS = frozenset("""
    bestie bff bro bruh bros dude mate sis fam tqm tkm amigo amiga hermano hermana wey guey mano
    mana irmao irma jtm frerot frero frere reuf bisous hdl digga digger alter bruder schatz tvb fra
    frate amico amica люблю бро брат братишка подруга дружище зая заика солнышко
    احبك بحبك حبيبي حبيبتي اخوي خوي صاحبي صديقي حبي اختي habibi habibti 5ouya khouya sa7bi akhi
    a5i ba7ebak bahebak bhai bhaiya bhau yaar yar behen dost pyaar jaan kanka kanki knk kanks
    kardesim canim seviyorum askim reis moruk dostum kocham mordo stary bracie kochanie skarbie
    siostro sayang syg beb cuy bre sahabat भाई यार
""".split())
_AFFECTION_STEMS = ("ily", "ziom", "братан", "подруж")
_AFFECTION_GATE = fastre.compile("lov|luv|best|bff|fav|person|quier|amo|ador|aime|belle|pote|soeur|lieb|bene|kocham")
_AFFECTION = fastre.compile(
    r"\b(?:i love you|love you|love ya|love u|luv (?:you|ya|u)|(?:my|your|ur) (?:best friend|"
    r"bestie|bff|fav\w*|person)|te quiero|te amo|te adoro|amo (?:voce|vc|video call|tu)|"
    r"je t'aime|je t'adore|ma belle|mon pote|ma pote|ma soeur|hab dich lieb|ich liebe dich|"
    r"ich lieb dich|ti voglio bene|ti amo|kocham cie)\b"
)
_AFFECTION_WIDE = fastre.compile(r"爱你|宝贝|兄弟|哥们|姐妹|闺蜜|亲爱的|<3|[❤♥💕💖💗💙💜💚🥰😘🫶🤗]")


def _affection(text: str, norm: str) -> bool:
    """Affection in the phrase form, or (CJK, emoji, "<3") the normalised text."""
    for tok in text.split():
        if tok in _AFFECTION_WORDS or tok.startswith(_AFFECTION_STEMS):
            return True
    if _AFFECTION_GATE.search(text) and _AFFECTION.search(text):
        return True
    return ("<3" in norm or not norm.isascii()) and _AFFECTION_WIDE.search(norm) is not None


# moving on after the name: "anyway what did u get on the test"
_MOVING_ON = fastre.compile(
    r"\b(?:anyway\w*|anyhow|btw|by the way|moving on|bueno|en fin|por cierto|enfim|alias|bref|enfin|"
    r"au fait|egal|naja|jedenfalls|ubrigens|comunque|cmq|vabbe|ad ogni modo|ну ладно|ладно|кстати|"
    r"короче|в общем|المهم|على العموم|بالمناسبه|khair|waise|vaise|neyse|her neyse|bu arada|"
    r"niewazne|tak czy siak|w kazdym razie|zreszta|a tak w ogole|ngomong ngomong|omong omong|"
    r"yaudah\w*|oh iya)\b(?: [^ .!?]+){2}|对了|话说|不说了|反正"
)
# "cow"/"pig" ending the match, then a deed: "such a cow for eating my fries"
_DEED_NAME = fastre.compile(r"\b(?:cow|pig)$")
_DEED = fastre.compile(r" for (?:not )?[a-z]+ing\b")
# the deed or the rest is about the body after all
_DEED_BODY = fastre.compile(
    r"\b(?:huge|massive|obese|chubby|big|size|weight|so much|too much|all the time|heavy)\b"
)


def _deed_name(text: str, start: int, end: int, norm: str) -> bool:
    """A "cow" or "pig" for a deed, said with affection, nothing severe besides."""
    m = _DEED_NAME.search(text, start, end)
    if m is None or _DEED.match(text, end) is None or not _affection(text, norm):
        return False
    rest = text[:m.start()] + text[end:]
    return not _severe(rest) and _DEED_BODY.search(rest) is None


# the match is about someone else, or a taunt
_NOT_TO_READER = fastre.compile(r"(?:this|that|look|what|imagine|such|he|she|they)\b")
# "love how dumb you are" is sarcasm (harm_sarcasm.py): banter only with affection, not a laugh
_SARCASTIC_LOVE = fastre.compile(r"(?:love|adore|admire|loving)\b")
_SECOND_PERSON_BEFORE = fastre.compile(r"\b(?:you|your|ur|u|you are)\b[^.!?]{0,20}$")


def banter_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """'banter' when the insult at text[start:end] is a mild name for the
    reader and the message softens it (module doc)."""
    span = text[start:end]
    deed = _deed_name(text, start, end, norm)
    if not deed and _MILD.search(span) is None:
        return None
    if _NOT_TO_READER.match(span) and not (
        span.startswith("such") and _SECOND_PERSON_BEFORE.search(text, max(0, start - 30), start)
    ):
        return None
    if deed:
        return "banter"
    if _SARCASTIC_LOVE.match(span):
        return "banter" if _affection(text, norm) and not _severe(text) else None
    softened = _laughs(text, norm) or _affection(text, norm) or _MOVING_ON.search(text, end)
    if not softened or _severe(text):
        return None
    return "banter"
