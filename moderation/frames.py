"""Discussion and reporting frames.

The consultation is *about* online harms, so "a stranger asked me for
photos and I blocked him" or "we learned what grooming is" must pass, while
"send me a pic" must not.  Instead of a list of exceptions, phrase rules are
written as *directed* forms (imperatives, second person) and this module
decides whether a match sits inside a frame that reports or discusses it:

* reporting: third-person actor + speech/request verb before the match
  ("he asked me to...", "someone told me..."), or "asked me"/"told me";
* generic / educational: "if someone...", "what should...", "we learned
  about", "never send...", "it's illegal to...";
* quotation: the match is inside quote marks.

Only the sentence containing the match is inspected (text after the last
sentence end before the match), so a frame cannot leak across sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import fastre
from .frames_accident import accident_frame
from .frames_app_break import app_break_frame
from .frames_hyperbole import hyperbole_frame
from .frames_recovered import recovered_frame
from .frames_scam import scam_story
from .frames_task import task_frame
from .normalise import strip_marks

_ACTOR = (
    r"(?:he|she|they|someone|somebody|some guy|some people|a (?:stranger|guy|man|woman|"
    r"person|boy|girl|kid|friend|user|player|bot|account|teacher|random)|strangers|people|"
    r"groomers?|predators?|scammers?|bullies|adults?|men|older (?:guys|men|people)|"
    r"(?:the|this|that|a) (?:scam|message|ad|advert|post|link|website|site|game|app|video|text|"
    r"email|dm|comment|popup|pop up|account|profile)s?|it|"
    r"my (?:friend|classmate|cousin|sister|brother)|this (?:guy|girl|person|account)|"
    r"il|elle|ils|quelqu'un|un inconnu|des gens|el|ella|ellos|alguien|un desconocido|"
    r"un tipo|una tipa|un chico|un senor|una persona|un mec|un type|um cara|ein typ|"
    r"er|sie|jemand|ein fremder|ele|ela|eles|alguem|um estranho|он|она|они|кто[ -]?то|незнакомец|"
    r"certains|certaines|(?:ma|mon|la|le|notre|les) profs?|un tizio|qualcuno|uno sconosciuto)"
)
_VERB = (
    r"(?:said|says|say|told|tells|tell|asked|asks|ask|asking|wanted|wants|want|tried|tries|"
    r"share|shares|shared|sharing|spread|spreads|post|posts|posted|leak|leaks|leaked|"
    r"try|trying|texted|messaged|sent|sends|kept|keeps|will|would|might|could|may|often|"
    r"usually|pretend|pretended|pretends|started|offered|offers|promised|pressured|"
    r"demanded|threatened|wrote|writes|commented|comments|replied|"
    r"m'a|m'ont|m'a dit|me pidio|me dijo|me pidieron|me ofrecio|ofrecio|"
    r"me ofereceu|ofereceu|hat angeboten|hat mich|haben mich|geschrieben|schreibt|schrieb|gesagt|"
    r"gefragt|verlangt|gedroht|"
    r"me pediu|me disse|попросил|сказал|писал|просил|ecrivent|ecrit|a ecrit|a dit|disent|dit|"
    r"ha scritto|hanno scritto|scrive|scrivono|ha detto)"
)
_REPORT = fastre.compile(
    r"\b" + _ACTOR + r"\b[^.!?]{0,60}?\b" + _VERB + r"\b"
    r"|\b(?:asked|told|wanted|made|begged|pressured|forced|tried to get|convinced) me\b"
    r"|\bi (?:was|got) (?:asked|told|sent)\b"
    # a message received or written to someone, told in es/pt/fr/it ("me escribió un tipo:",
    # "ela recebeu:", "mi prima recibió un mensaje que decía ...")
    r"|\b(?:me|le|les|lhe|te) (?:escribio|escribieron|escreveu|escreveram)\b"
    r"|\b(?:recibio|recibi|recibimos|recibieron|recebeu|recebi|recebemos|receberam|ha ricevuto|"
    r"ho ricevuto|abbiamo ricevuto|a recu|ai recu|avons recu)\b"
)
_GENERIC = fastre.compile(
    strip_marks(
        r"\b(?:what (?:should|do|can|to|would|happens)|how (?:to|do|can|should|would|does)|"
        r"(?:being|been|get|gets|got|were|was|are) (?:told|asked) to|"
        r"if (?:someone|somebody|a stranger|anyone|people|they|a person|an adult|a friend|you get|"
        r"you are asked|you are told|your friend)|when (?:someone|somebody|a stranger|people|an adult)|"
        r"we (?:learned|learnt|talked|discussed|heard|were taught|did)|"
        r"(?:learn|learned|learnt|learning|talk|talked|talking|teach|taught|lesson|lessons|"
        r"workshop|education|educate|awareness|warn|warned|warning|signs of|read|video|article|"
        r"campaign|rules?|content|videos?|posts?|things|stuff|information|info|articles?|warnings?"
        r")(?: more| a lot| openly| properly| more openly| honestly)? (?:about|on|against)|is when|means|"
        r"(?:parler|parle|parlait|parlons|parlez|discute|discuter) (?:plus |davantage |beaucoup |"
        r"ouvertement )?(?:du|de la|des|de|d')|(?:warning )?signs? (?:of|that|someone|somebody|"
        r"a person|when)|"
        r"(?:hablar|hablamos|hablaron) (?:mas |mucho )?(?:de|del|sobre)|(?:reden|sprechen) (?:mehr )?uber|"
        r"(?:falar|falamos|falaram|falou) (?:mais )?(?:de|do|da|dos|sobre)|говорить (?:больше )?(?:о|об|про)|"
        r"should (?:be|not|never)|never (?:ever )?(?:send|share|give|meet|tell|add|accept)|"
        r"\bnever (?:ever )?$|"
        r"it is (?:illegal|wrong|not okay|never okay|dangerous|a crime|a red flag)|red flag|"
        r"things like|phrases like|messages like|such as|for example|saying|called|"
        r"si quelqu'un|on a appris|il ne faut|ne jamais|comment|si alguien|aprendimos|nunca|"
        # fiction and lyrics: "in the song he says he is tired of existing"
        r"(?:in|from) (?:the|a|this|that|my favou?rite) (?:song|lyrics?|book|novel|story|film|movie|"
        r"show|series|poem|play|episode|anime)\b|"
        r"abbiamo (?:parlato|imparato|studiato|discusso)|a scuola|se qualcuno|parlare (?:di|del|della|"
        r"dei|delle)|"
        r"wenn jemand|wir haben gelernt|niemals|se alguem|aprendemos|если кто[ -]?то|нас учили|"
        # a general population as subject: "kids who self harm", "teens that cut themselves"
        # ("one of the kids who..." / "i am someone who..." are disclosures: excluded)
        r"(?<!of )(?<!of the )(?<!of those )(?<!like )(?:people|kids|children|teens|teenagers|"
        r"young people|youngsters|students|pupils|others|adolescents|youth|users|girls|boys) "
        r"(?:who|that) "
        r"(?:\w+ )?$|"
        r"(?:los jovenes|las personas|los ninos|les jeunes|les gens|les enfants|die jugendlichen|"
        r"menschen|os jovens|as pessoas|люди|подростки|дети) (?:que|qui|die|которые) (?:se |sich )?$)"
    )
)
# a sentence end: ". " in spaced text; in Chinese "。" or "!?" (full-width
# forms after NFKC) directly followed by the next character
_SENT_END = fastre.compile(r"[.!?](?:\s|(?=[\u3000-\u9fff\uff00-\uffef]))|。")


# A frame written only in one script can only match text in that script: its
# regex runs only when the sentence holds a letter of it (one class search),
# so English text does not pay for the Arabic, Chinese or Russian frames.
_SCRIPTS = (
    fastre.compile("[\u0600-\u06ff]"),  # Arabic
    fastre.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"),  # CJK
    fastre.compile("[\u0400-\u04ff]"),  # Cyrillic
    fastre.compile("[\u0900-\u097f]"),  # Devanagari
)
_ESCAPES = fastre.compile(r"\\.|\(\?[:=!<]?=?|\(\?P?<\w+>")


def _script_gate(source: str) -> int | None:
    """Index into _SCRIPTS of the one non-Latin script a frame is written in,
    or None for a romanised frame (Arabizi, Hinglish, pinyin, translit)."""
    bare = re.sub(r"\[[^\]]*\]", "", _ESCAPES.sub("", source))  # classes are not words
    latin = len(re.findall("[a-z]", bare))
    counts = [len(gate.findall(bare)) for gate in _SCRIPTS]
    best = max(range(len(_SCRIPTS)), key=counts.__getitem__)
    # written mostly in one script ("app" inside a Chinese frame still needs
    # Chinese around it); mostly Latin means romanised
    if counts[best] > latin and sum(1 for c in counts if c) == 1:
        return best
    return None


@dataclass(frozen=True)
class _PackFrames:
    by_script: tuple[tuple[re.Pattern[str], ...], ...]  # per _SCRIPTS index
    romanised: dict[str, tuple[re.Pattern[str], ...]]  # per pack name


@cache
def _pack_frames() -> _PackFrames:
    """Frames contributed by the language packs (moderation/packs), compiled
    on first use (the packs import the rule machinery, which imports this).
    A frame written only in a non-Latin script runs only when the sentence
    holds a letter of that script, so English text pays for none of those;
    romanised frames (Arabizi, Hinglish, pinyin) are tried the pack's own
    first."""
    from . import packs

    by_script: list[list[re.Pattern[str]]] = [[] for _ in _SCRIPTS]
    romanised: dict[str, list[re.Pattern[str]]] = {}
    for name, src in packs.named_frames():
        rx = fastre.compile(strip_marks(src))
        idx = _script_gate(src)
        if idx is None:
            romanised.setdefault(name, []).append(rx)
        else:
            by_script[idx].append(rx)
    return _PackFrames(tuple(map(tuple, by_script)), {k: tuple(v) for k, v in romanised.items()})


def _pack_frame_matches(before: str, pack: str) -> bool:
    frames = _pack_frames()
    if not before.isascii():
        for gate, rxs in zip(_SCRIPTS, frames.by_script, strict=True):
            if rxs and gate.search(before) and any(rx.search(before) for rx in rxs):
                return True
    # romanised frames: the pack's own first (its rules), then the others
    # (family rules also match romanised text)
    own = frames.romanised.get(pack, ())
    if any(rx.search(before) for rx in own):
        return True
    return any(rx.search(before) for name, rxs in frames.romanised.items() if name != pack for rx in rxs)


_AFTER_TOPIC = fastre.compile(
    r" (?:content|videos?|posts?|prevention|awareness|hotlines?|helplines?|rates?|statistics|"
    r"campaigns?|education|support|services?|should|must|needs? to|is (?:a|an|the) (?:big|serious|"
    r"real|huge|growing)|are (?:a|an) (?:big|serious|real)|jokes?|memes?|trends?|"
    # a general statement about the topic ("self-harm is more common than people
    # think", "suicide is preventable"); never "suicide is the only way"
    r"(?:is|are) (?:(?:more|less|very|really|so|quite|a lot more) )?(?:common|rare|preventable|"
    r"treatable|serious|stigmati[sz]ed|misunderstood|not (?:a joke|rare|something to joke about))|"
    r"(?:affects|happens to) (?:a lot of|many|lots of|more|young|teens|teenagers|people|kids))\b"
)


# adults passing on what they know about a topic ("our teacher said self-harm
# is more common than people think").  Only for bare topic words: the same
# adults in a grooming or abuse sentence ("my coach says it's our secret")
# are a disclosure, never an excuse.
_TAUGHT = fastre.compile(
    r"\b(?:teachers?|school|counsell?ors?|principal|doctors?|nurse|police|parents|mum|mom|dad|"
    r"the (?:video|workshop|lesson|assembly|presentation|article|website|news))"
    r" (?:said|says|told us|tells us|explained|explains|taught us|showed us|warned us)\b"
)


# Chinese has no spaces: topic nouns follow the word directly ("自残的内容"),
# discussion cues anywhere before it in the message ("平台应该删除...")
_ZH_AFTER_TOPIC = fastre.compile(r"的?(?:内容|视频|帖子|新闻|问题|预防|话题|热线|干预|现象|图片)")
_ZH_BEFORE_TOPIC = fastre.compile(r"关于|讨论|学习|了解|预防|应该|平台|新闻|报道|课上|如何|怎么|如果|删除|举报|防止")


# what other people believe about the topic, right before the word ("people
# think suicide is the only way out but there is always help"): an opinion
# about a belief, never the writer's own state
_PEOPLE_THINK = fastre.compile(
    r"\b(?:people|some people|many people|lots of people|a lot of people|most people|kids|teens|adults|"
    r"society|they) (?:still |often |usually |sometimes )?(?:think|believe|assume|say) (?:that )?$"
)


def topic_frame(text: str, start: int, end: int, pack: str = "") -> str | None:
    """Frames for bare topic words: also look *after* the word ("self-harm
    content should...", "suicide prevention")."""
    frame = discussion_frame(text, start, end, pack)
    if frame is None and _AFTER_TOPIC.match(text, end):
        return "topic"
    if frame is None and _TAUGHT.search(text, 0, start):
        return "report"
    if frame is None and _PEOPLE_THINK.search(text, max(0, start - 60), start):
        return "topic"
    if frame is None and task_frame(text, start, end):
        return "topic"
    if frame is None and "\u4e00" <= text[start] <= "\u9fff":
        if _ZH_AFTER_TOPIC.match(text, end) or _ZH_BEFORE_TOPIC.search(text):
            return "topic"
    return frame


_FIRST_PERSON = fastre.compile(
    r"\b(?:i|me|my|myself|im|je|j'|moi|yo|me|mi|ich|mich|mir|eu|я|меня|мне|ana|mujhe|maine|"
    r"انا|اني|ابي|بدي)\b|मैं|मुझे|मैंने|我"
)


_INCITE_REPORT = fastre.compile(
    r"\b(?:tell|tells|told|telling|say|says|said|saying|ask|asks|asked|asking|encourage|"
    r"encourages|encouraged|encouraging|pressure|pressured) (?:\w+ ){0,3}to $"
)


_SCAM_TALK = fastre.compile(
    r"\b(?:scam|scams|scammed|scammer|scammers|fake|fraud|phishing|hoax|arnaque|arnaques|"
    r"estafa|estafas|golpe|golpes|betrug|abzocke|развод\w*|лохотрон\w*|обман\w*|мошенни\w*|"
    r"скам\w*|фе[йи]к\w*|احتيال|نصب|كذب|مزيف\w*|وهمي\w*|dhokha|farzi|fraud|धोखा|फर्जी)\b|骗|诈骗|假的"
)
# a victim's story: someone fell for it, an account was stolen ("my friend
# fell for a fake skin giveaway", "у него украли акк", "انسرق حسابه");
# only the writer's or a third person's account, never "your account was
# hacked, claim here" (the scam's own opener)
_SCAM_VICTIM = fastre.compile(
    r"\b(?:(?:i|he|she|they|we|friend|cousin|brother|sister) (?:\w+ )?(?:fell for|got scammed|got hacked|"
    r"was scammed|got robbed)|(?:stole|hacked|took) (?:my|his|her|their) (?:account|acc|skins|items|"
    r"password)|(?:my|his|her|their) (?:account|acc) (?:got|was) (?:stolen|hacked)|"
    r"(?:cayo|cai|cayeron) (?:en|con) (?:una|un|la|el)|(?:me|le|les) (?:robaron|hackearon) (?:la|mi|su) "
    r"cuenta|(?:caiu|cai|cairam) (?:num|numa|no|na|em)|(?:roubaram|hackearam) (?:a |minha |sua )?conta|"
    r"conta (?:dele |dela )?foi (?:roubada|hackeada)|s'est fait (?:avoir|arnaquer|pirater|voler)|"
    r"(?:on m'a|on lui a) (?:vole|pirate)|(?:bin|ist|sind) (?:\w+ )?(?:reingefallen|betrogen worden)|"
    r"(?:account|konto) (?:wurde|ist) (?:gehackt|geklaut)|повел(?:ся|ась|ись)|развели (?:его|е[её]|меня|"
    r"их)|у (?:него|не[её]|меня|них) (?:украли|увели|взломали)|(?:account|id) (?:hack|chori) ho gay[ai])\b|"
    r"(?:انسرق|اتسرق|انهكر|اتهكر|سرقوا) ?(?:حساب\w*)?"
)


_SCAM_DENIAL = fastre.compile(
    r"\b(?:not|no|is not|never|100%) (?:a )?(?:scam|fake|fraud)\b|\blegit\b|\breal not fake\b|"
    r"\bне (?:фе[йи]к|развод|скам|обман)|(?:مو|مش|ليس|مب) (?:مزيف|وهمي|نصب)"
)


def scam_talk(text: str) -> bool:
    """The message calls something a scam or fake, tells of a victim or warns,
    and does not vouch for itself ("100% legit, not fake")."""
    return bool(_SCAM_TALK.search(text) or _SCAM_VICTIM.search(text) or scam_story(text)) \
        and _SCAM_DENIAL.search(text) is None


def scam_frame(text: str, start: int, end: int, pack: str = "") -> str | None:
    """Spam phrases inside a sentence that calls them a scam are talk about
    scams ("there was a fake robux generator scam going round")."""
    frame = discussion_frame(text, start, end, pack)
    if frame is not None:
        return frame
    sent_start = 0
    for m in _SENT_END.finditer(text, 0, start):
        sent_start = m.end()
    nxt = _SENT_END.search(text, end)
    sentence = text[sent_start : nxt.start() if nxt else len(text)]
    if _SCAM_DENIAL.search(sentence):
        return None  # "not a scam!!! free robux" is the scam itself
    if scam_talk(sentence):
        return "topic"
    # a question about the offer answered in the next sentence: "is free
    # robux real?? no it's a scam", "darmowe diamenty? nie wpisuj tam hasła"
    if nxt is not None and text[nxt.start()] == "?" and (
            _SCAM_TALK.search(text, nxt.start()) or scam_story(text[nxt.start():])) \
            and not _SCAM_DENIAL.search(text, nxt.start()):
        return "topic"
    return None


# what other people say, right before the match: "people say kms as a joke"
_PEOPLE_SAY = fastre.compile(
    r"\b(?:people|everyone|everybody|kids|teens|some people|lots of people|so many people|they) "
    r"(?:always |often |just )?(?:say|says|type|write|use|joke) (?:about )?'?$"
)


def generic_frame(text: str, start: int, end: int, pack: str = "") -> str | None:
    """Hypothetical/advice frames for *third-person* disclosures: "if a friend
    says they want to die, tell an adult".  Never applies when the sentence
    before the match is in the first person ("I don't know what to do, I want
    to die")."""
    sent_start = 0
    for m in _SENT_END.finditer(text, 0, start):
        sent_start = m.end()
    before = text[sent_start:start]
    if not before:
        return None
    if _INCITE_REPORT.search(before):
        return "report"  # "people tell others to kill themselves": a report of incitement
    if _FIRST_PERSON.search(before):
        return None
    if before.endswith("'") and text.startswith("'", end):
        return "quote"  # the word itself in single quotes: "people say 'kms' as a joke"
    if _PEOPLE_SAY.search(before):
        return "generic"
    if _GENERIC.search(before) or before.count('"') % 2 == 1:
        return "generic"
    if _pack_frame_matches(before, pack):
        return "generic"
    return None


# a quote that holds several sentences: "un tipo ha scritto a mia cugina 'sei bellissima,
# quanti anni hai? sei sola a casa?' e lei l'ha detto a sua madre".  Its "?" ends the
# sentence of the second question, so the sentence test below cannot see the opening mark.
# In the phrase form an opening single quote follows a space and touches a word; a closing one
# follows a word or a " ? " and is followed by a space or the end ("l'ha", "po'" are neither
# and the latter counts as a closing one, which only ends a quote sooner)
_OPEN_SINGLE = re.compile(r"(?:^|(?<=\s))'(?=\w)")
_CLOSE_SINGLE = re.compile(r"(?<=\S)'(?=\s|$)|(?<=\s)'(?=\s|$)")
_QUOTE_LOOKBACK = 240


def _open_quote(text: str, start: int, end: int) -> bool:
    """text[start:end] is inside a quotation opened in an earlier sentence of
    the message (at most `_QUOTE_LOOKBACK` back) after words that introduce
    it, and closed after the match.  A message that is all quotation ("'hey
    cutie. are you home alone?'") reports nothing and is not excused."""
    lo = max(0, start - _QUOTE_LOOKBACK)
    if '"' in text and text.count('"', lo, start) % 2 == 1 and '"' in text[end:]:
        opened = text.rfind('"', lo, start)
        if text[:opened].strip():
            return True
    if "'" not in text:
        return False
    opening = None
    for m in _OPEN_SINGLE.finditer(text, lo, start):
        opening = m
    if opening is None or not text[: opening.start()].strip():
        return False
    if _CLOSE_SINGLE.search(text, opening.end(), start):
        return False
    return _CLOSE_SINGLE.search(text, end) is not None


def discussion_frame(text: str, start: int, end: int, pack: str = "") -> str | None:
    """Return the kind of frame excusing text[start:end], or None."""
    sent_start = 0
    for m in _SENT_END.finditer(text, 0, start):
        sent_start = m.end()
    before = text[sent_start:start]
    if before.count('"') % 2 == 1 or (" '" in " " + before and "'" in text[end:]):
        return "quote"
    if sent_start and ("'" in text or '"' in text) and _open_quote(text, start, end):
        return "quote"
    if not before:
        return None
    if _REPORT.search(before):
        return "report"
    if _GENERIC.search(before):
        return "discussion"
    if _pack_frame_matches(before, pack):
        return "discussion"
    return None


# "don't tell anyone, but I like Pedro": a child confiding their own secret.
# Only when the rest of the sentence is about the writer and never turns to
# the reader ("...but I like you" stays grooming).
_CONFIDENCE = fastre.compile(
    r" ?,? (?:but|mas|pero|mais|aber|но|а|ale|lekin|par) (?:i|eu|yo|je|j'|ich|я|main|mai)\b"
    r"(?![^.!?]*\b(?:you|your|yours|te|tu|ti|toi|ton|ta|tes|voce|video call|vc|tebya|тебя|тебе|"
    r"тобой|твой|твоя|dich|dir|du|dein|deine|tum|tumhe|tujhe)\b)"
)


_FAMILY_WORDS = fastre.compile(
    r"\b(?:parents?|mum|dad|family|pais|mae|pai|familia|padres|mama|papa|parents|famille|eltern|"
    r"mutter|vater|родител\w*|мам\w*|пап\w*|семь\w*)\b"
)


# "never tell anyone your password", "apna password kisi ko mat batao": the
# secret is a login, so the sentence is safety advice, not secrecy - unless
# the writer asks for it ("don't tell anyone, just give me your password")
_CREDENTIAL = fastre.compile(
    r"\b(?:password|passwords|passcode|pin|pin code|otp|2fa code|verification code|login details|"
    r"log in details|contrasena|clave|mot de passe|mdp|code pin|senha|passwort|kennwort|пароль|"
    r"парол\w*|कोड|पासवर्ड|पिन)\b|كلمه (?:السر|المرور)|الباسورد"
)
_ASKS_FOR_IT = fastre.compile(
    r"\b(?:give me|send me|tell me|dm me|text me|share (?:it )?with me|dame|mandame|dis moi|"
    r"donne moi|envoie moi|me da|me manda|gib mir|schick mir|dammi|mandami|mujhe|bhejo|batao mujhe|"
    r"скажи мне|дай мне|скинь)\b"
)


# a surprise for an occasion: "don't tell your mum, it's a surprise for her birthday",
# "no le digas a tu madre, es una sorpresa para su cumple", "keep the surprise party a
# secret from jake".  Not a surprise for the reader ("i have a surprise for you"), which
# is how a groomer would say it
_SURPRISE = fastre.compile(
    r"\b(?:surprise|sorpresa|surpresa|uberraschung|niespodzianka|niespodzianke|kejutan|surpriz|"
    r"сюрприз\w*)\b(?![^.!?]{0,30}\b(?:for you|para ti|pour toi|per te|fur dich|para voce|dla ciebie|"
    r"untukmu|untuk kamu|sana|тебе|для тебя)\b)[^.!?]{0,40}\b(?:party|birthday|bday|present|gift|"
    r"anniversary|fiesta|cumple\w*|regalo|anniversaire|cadeau|fete|festa|aniversario|presente|"
    r"geburtstag|geschenk|compleanno|urodziny|prezent|impreza|ulang tahun|ultah|hadiah|pesta|"
    r"dogum gunu|hediye|parti|день рождения|подарок|праздник)\b"
)


# a class gift draw, whose rule is that nobody tells whom they drew: "secret santa at
# school: dont tell anyone who you got!!"
_GIFT_DRAW = fastre.compile(
    r"\b(?:secret santa|amigo secreto|amigo invisible|pere noel secret|wichteln|wichtel|"
    r"babbo natale segreto|mikolajki|mikolajkowe|tajny mikolaj|tajny santa|таин\w* сант\w*|"
    r"yilbasi cekilisi|tukar kado|kado silang|سانتا السري|الهديه السريه)\b|秘密圣诞老人|神秘圣诞老人|交换礼物"
)


def confidence_frame(text: str, start: int, end: int) -> str | None:
    """Secrecy followed by the writer's own confidence ("...mas eu gosto do
    Pedro").  Never when the secret is kept from the child's family ("don't
    tell your parents, but I'll be there at 5" stays grooming), unless it is a
    surprise for an occasion (`_SURPRISE`).  A login as the secret ("never
    tell anyone your password") is advice."""
    if _SURPRISE.search(text, max(0, start - 60), end + 80) or _GIFT_DRAW.search(text):
        return "surprise"
    if _FAMILY_WORDS.search(text, start, end):
        return None
    if _credential_advice(text, start, end):
        return "advice"
    return "confidence" if _CONFIDENCE.match(text, end) else None


def _credential_advice(text: str, start: int, end: int) -> bool:
    """A password/PIN word right before or after the secrecy phrase, in a
    sentence that does not ask the reader for anything."""
    near = text[max(0, start - 30) : end + 30]
    if not _CREDENTIAL.search(near):
        return False
    return _ASKS_FOR_IT.search(_sentence(text, start, end)) is None


def sentence_bounds(
    text: str, start: int, end: int, ends: re.Pattern[str], lookback: int | None = None
) -> tuple[int, int]:
    """(left, right) of the sentence holding text[start:end], the sentence
    ends being `ends`' matches (each frame keeps its own notion of an end);
    with `lookback`, an end further than that before `start` is not looked for."""
    left = 0
    for m in ends.finditer(text, 0 if lookback is None else max(0, start - lookback), start):
        left = m.end()
    right = ends.search(text, end)
    return left, right.start() if right else len(text)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end) in the phrase form (". ! ?" and the
    danda end one)."""
    left = max(text.rfind(p, 0, start) for p in (" . ", " ! ", " ? ", "।"))
    rights = [i for i in (text.find(p, end) for p in (" . ", " ! ", " ? ", "।")) if i != -1]
    return text[left + 1 : min(rights) if rights else len(text)]


# "i hope i don't wake up late", "disappear into my bed", "no despertar tarde":
# waking up late or hiding under the covers, not a disclosure
_MUNDANE_AFTER = fastre.compile(
    r" (?:too |so |really )?(?:late|early|on time|in time|tarde|temprano|atrasad[oa]|cedo|tard|"
    r"en retard|zu spat|rechtzeitig|tardi|presto|поздно|рано|вовремя|into (?:my|the|a) (?:bed|room|"
    r"blanket|blankets|hoodie|phone|"
    r"book|game))\b"
)


# Chinese: "希望明天不要醒得太晚" (hope I don't wake up too late)
_MUNDANE_AFTER_ZH = fastre.compile(r"得?太?(?:晚|早)|迟到")


# Hindi "खुद को" / "khud ko" is the reflexive of every person: after a
# third-person subject and with a third-person verb ("मेरी दोस्त कहती है कि वो
# खुद को नुकसान पहुँचाती है") it is about someone else, like "she hurts
# herself" (the first person takes हूँ / hoon: "मैं खुद को ... पहुँचाती हूँ")
_HI_THIRD_BEFORE = fastre.compile(r"(?:^|\s)(?:वो|वह|वे|उसने|wo|woh|vo|voh|usne) (?:\S+ ){0,2}$")
_HI_THIRD_VERB = fastre.compile(r"^[^।.!?,]{0,40}?(?:ती|ता|ते|ti|ta|te) (?:है|हैं|hai|hain|thi|tha)(?!\S)")
_HI_FIRST = fastre.compile(r"(?:^|\s)(?:मैं|main|mai)(?!\S)")


def _hindi_third_person(text: str, start: int, end: int) -> bool:
    if not (text.startswith(("खुद", "ख़ुद", "khud"), start)):
        return False
    before = text[max(0, start - 30) : start]
    m = _HI_THIRD_BEFORE.search(before)
    if m is None or _HI_FIRST.search(before, m.start()):
        return False
    return _HI_THIRD_VERB.match(text[end:]) is not None


def mundane_frame(text: str, start: int, end: int) -> str | None:
    """A wake/disappear match followed by an everyday qualifier, a past
    feeling the writer says they got through, or a Hindi reflexive about a
    third person."""
    if _MUNDANE_AFTER.match(text, end) or _MUNDANE_AFTER_ZH.match(text, end):
        return "mundane"
    if _hindi_third_person(text, start, end):
        return "report"
    return (
        recovered_frame(text, start, end)
        or hyperbole_frame(text, start, end)
        or accident_frame(text, start, end)
        or app_break_frame(text, start, end)
    )


# A third-person subject right before a request makes it a statement about
# others ("some people in my class share nudes and it's scary").  Only for
# requests: before an insult the same subject is the target ("ela e a mais
# feia" is bullying).
_SUBJECT_BEFORE = fastre.compile(
    r"\b" + _ACTOR + r"(?: (?:in|at|from|on) (?:my|our|the|this) \w+)? (?:all |also |often |even |"
    r"sometimes |always |still )?$"
)


def subject_frame(text: str, start: int) -> str | None:
    return "report" if _SUBJECT_BEFORE.search(text, max(0, start - 80), start) else None
