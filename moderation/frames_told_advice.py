"""Safety advice, plain or reported from a teacher or a parent: "हमारी टीचर ने
बोला कि किसी अनजान को अपनी फोटो मत भेजो" (our teacher said never send your
photo to a stranger), "my mum says its dangerous to send your pics to
strangers", "dont ever send ur photo to anyone online", "die Lehrerin hat
gesagt, sag niemandem wo du wohnst" (used by `frames_context.context_frame`
for grooming rules).

Why: the photo, camera and off-platform rules are written as requests
("send your picture", "apni photo bhejo", "发照片", "manda sua foto"), and
the advice a child passes on forbids the same act.  The report frames look
for a third person *asking*; a teacher *forbidding* it is a different
shape, and the negation often sits where the rules do not look: inside the
match in Hindi ("apni photo **mat** bhejo", "अपनी फोटो **मत** भेजो"), or
with a word between it and the verb ("do not **ever** send", "जाने").
A grooming match is excused ("advice") when

* a request (photo, camera, off-platform, meeting, gift) is forbidden: a
  negation right before it ("do not ever", "never", "nao", "n'", "不要",
  "别", "jangan", "jgn") or a Hindi "mat / na / nahi / मत / नहीं" inside it;
  not "why not" / "why don't";
* or a teacher, a parent, the police or the school is said to have said it,
  with a warning around it ("dangerous", "not safe", "a bad idea",
  "shouldn't", "khatarnak", "bahaya", "खतरनाक" ...), in the sentence;
* or the secret forbidden is the reader's address, school, number, password
  or real name ("never tell anyone where you live", "non dire a nessuno
  dove abiti", "sag niemandem wo du wohnst"), like the password advice of
  `frames.confidence_frame`;

and the advice does not turn to the writer: "only me", "except me",
"only for me", "send it to me instead", "sirf mujhe", "只给我", "tylko mnie"
... after the match keep it held ("don't send your pic to anyone else, only
me").  A secret kept from the family ("my coach says dont tell your parents")
is never excused here: only the personal details above make a secret
advice.
"""

from __future__ import annotations

import re

from . import fastre
from .frames import sentence_bounds
from .normalise import fold_pattern


def _rx(src: str) -> re.Pattern[str]:
    return fastre.compile(fold_pattern(src))


# rules (by the last part of their name) whose match is a request the advice forbids
# ("request" / "solicit": the harm stage's sexual requests, "never send nudes", through
# `frames_nude_lessons.nude_lesson_frame`)
_REQUESTS = frozenset(
    {"photo_request", "camera", "off_platform", "meeting", "gifts", "gift", "photo", "offplatform",
     "request", "solicit"}
)
_SECRETS = frozenset({"secrecy", "personal_questions", "personal"})

# a negation right before the request ("do not ever send", "nao manda", "不要发")
_NEG_BEFORE = _rx(
    r"(?:\b(?:do not|dont|never|not|no|shouldn't|shouldnt|mustn't|mustnt|cannot|can't|cant|nunca|"
    r"jamas|jamais|nao|nie|nicht|non|mai|не|никогда|"
    r"jangan|jgn|gak usah|ga usah|nggak usah|asla|mat|kabhi mat|kabhi bhi mat)"
    r"(?: (?:ever|even|ever ever|evr|pls|please|plz|jamais|nunca|mai|никогда|pernah|kabhi|bhi|"
    r"asla|nigdy))* |\bn')$|"
    r"(?:^|\s)(?:لا|ما|ولا|وما) $|(?:不要|别|千万别|千万不要|绝对不要|永远不要|不能|不准|不许)$|"
    # the prohibition told with "to": "our teacher told us never to trade nudes"
    r"\b(?:told|tells|tell|telling|said|says|warned|warns|taught|teaches|reminded|reminds|asked|"
    r"asks)(?: (?:us|me|you|them|everyone|the class|all of us|the whole class))? (?:never|not)"
    r"(?: ever)? to $"
)
# ... or a condition, not a prohibition: "if you do not send me a pic i will ...",
# "unless you don't ..."
_IF_NOT_BEFORE = _rx(
    r"\b(?:if|unless|when|or) (?:you|u|ya) (?:do not|dont|never|cannot|cant|will not|wont|"
    r"would not|wouldnt)(?: (?:ever|even|just))? $"
)
# ... that is a question or a suggestion, not a prohibition: "why not send me one",
# "por que você não me manda", "почему ты не скинешь", "czemu nie wyślesz"
_WHY_BEFORE = _rx(
    r"\b(?:why|how come|can|could|will|would|won't|wont|por que|porque|pourquoi|warum|wieso|perche|"
    r"почему|зачем|czemu|dlaczego|kenapa|napa|kok|neden|niye|kyu|kyun|kyon)\b|"
    r"(?:^|\s)(?:ليش|لماذا|ليه|لمه)(?:\s|$)|为什么|为啥|干嘛|क्यों|क्यूँ"
)
# Hindi puts the negation between the object and the verb: "apni photo mat bhejo"
_NEG_INSIDE = _rx(
    r"(?:^|\s)(?:mat|mt|na|nahi|nhi|nai|मत|ना|न|नहीं|नही) (?:bhej|send|dikha|de|do|kar|kr|on|chalu|"
    r"open|भेज|दिखा|दे|दो|सेंड|कर|ऑन)\S*(?: \S+)?$"
)
# German puts the negation after the verb: "schick niemals nacktbilder", "schick mir keine
# fotos"
_NEG_INSIDE_DE = _rx(
    r"^(?:schick|schicke|schickt|sende|sendet|zeig|zeige|zeigt|verschick|verschicke|tausch|"
    r"tausche)(?: (?:mir|uns|dir|ihm|ihr))? (?:niemals|nie|keine|keinen|kein|nie mehr)\b"
)
# the first word of a bare negation ("no", "nao") must be followed by the verb in the
# normalised text too: "no, send me one" (the phrase form drops the comma) is no prohibition
_BARE_NEG = frozenset({"no", "nao", "non", "nie", "не"})
# the writer as the recipient inside the request: "send me a pic"
_ME = _rx(r"\b(?:me|mir|moi|mi|mim|мне|mujhe|muje|aku|bana|mnie|lana)\b|给我|मुझे|لي\b")
# who gives the advice, and a verb of saying
_SPEAKER = _rx(
    r"\b(?:teachers?|miss|sir|mr|mrs|ms|headteacher|principal|counsell?ors?|nurse|police|policeman|"
    r"police officer|officer|school|assembly|presentation|workshop|the video|mum|mom|mummy|mommy|"
    r"mama|mamma|dad|daddy|papa|parents|mother|father|grandma|granny|nan|grandpa|big sister|"
    r"big brother|older sister|older brother|profe|profesora?|maestra|maestro|mi madre|mi padre|"
    r"padres|abuela|policia|colegio|prof|professeur|professeure|maitresse|maitre|mere|pere|parents|"
    r"mamie|gendarme|professora?|mae|pai|pais|avo|policial|escola|lehrer|lehrerin|mutter|vater|"
    r"eltern|oma|opa|polizei|polizist\w*|insegnante|professoressa|madre|padre|genitori|nonna|"
    r"polizia|maestre|учительница|учитель|классная|мама|папа|мать|отец|родители|бабушка|"
    r"полиц\w*|ogretmen\w*|hoca\w*|annem|babam|anne|baba|ailem|polis|nauczyciel\w*|"
    r"wychowawczyni|pani|mama|tata|rodzice|babcia|policj\w*|guru|bu guru|pak guru|ibu|ayah|bunda|"
    r"ortu|orang tua|nenek|polisi|madam|mam|maam|didi|bhaiya|nani|dadi)\b|"
    r"المعلمه|المعلم|الاستاذه|الاستاذ|الابله|امي|ابوي|ابي|ماما|بابا|اهلي|الشرطه|"
    r"老师|妈妈|爸爸|我妈|我爸|父母|爸妈|警察|学校|"
    r"मैडम|टीचर|सर|मम्मी|पापा|माँ|मां|पुलिस|दीदी|भैया|नानी|दादी|शिक्षक|शिक्षिका|अध्यापक"
)
_SAY = _rx(
    r"\b(?:said|says|say|told|tells|tell us|warned|warns|taught|teaches|explained|explains|reminds|"
    r"reminded|keeps saying|always says|dijo|dice|nos dijo|decia|explico|advirtio|repite|a dit|dit|"
    r"disait|explique|repete|disse|diz|falou|fala|explicou|avisou|gesagt|sagt|sagte|meint|meinte|"
    r"erklart|ha detto|dice|diceva|ripete|spiegato|сказала|сказал|говорит|говорила|говорил|"
    r"объясняла|учила|dedi|diyor|soyledi|anlatti|powiedziala|powiedzial|mowi|mowila|"
    r"der ki|soyluyor|tlumaczyla|bilang|kata|ngomong|pesan|bola|boli|bole|bolti|bolte|kaha|kehti|kehte|kehta|"
    r"bataya|batati|batate|samjhaya)\b|"
    r"قالت|قال|تقول|يقول|قالتلنا|قالنا|تقولي|"
    r"说|说过|告诉我们|讲|"
    r"कहा|कहती|कहते|कहता|बोला|बोली|बोले|बोलती|बोलते|बताया|बताती|समझाया"
)
# a warning about the act: before or after the request in the sentence
_WARNING = _rx(
    r"\b(?:dangerous|not safe|unsafe|a bad idea|bad idea|risky|illegal|should not|must not|"
    r"not allowed|peligroso|no es seguro|mala idea|no debes|dangereux|pas sur|mauvaise idee|"
    r"il ne faut pas|perigoso|nao e seguro|nao deve|gefahrlich|nicht sicher|keine gute idee|"
    r"pericoloso|non e sicuro|non devi|опасно|небезопасно|нельзя|khatarnak|khatra|galat|"
    r"nahi chahiye|tehlikeli|guvenli degil|niebezpieczn\w*|nie wolno|bahaya|berbahaya|gak aman|"
    r"tidak aman|ga aman|nggak aman)\b|"
    r"خطر|خطير|ممنوع|غلط|危险|不安全|खतरनाक|खतरा|गलत|नहीं चाहिए"
)
# every warning contains one of these words, or one of the substrings
_WARNING_WORDS = frozenset(
    """dangerous safe unsafe idea risky illegal should must allowed peligroso seguro debes dangereux
    sur faut perigoso deve gefahrlich sicher idee pericoloso sicuro devi опасно небезопасно нельзя
    khatarnak khatra galat chahiye tehlikeli degil wolno bahaya berbahaya aman""".split()
)
_WARNING_SUBSTR = ("niebezpieczn", "خطر", "خطير", "ممنوع", "غلط", "危险", "不安全", "खतरनाक", "खतरा",
                   "गलत", "चाहिए")
# a negated warning is reassurance: "its not dangerous", "nothing bad"
_NOT_WARNING = _rx(r"\b(?:not|isnt|is not|no|nothing|nada|pas|nao|nicht|non|не|gak|tidak|nahi) $")
# "do not tell anyone / tell nobody": a prohibition to tell
_TELL_NOBODY = _rx(
    r"\b(?:(?:do not|dont|never)(?: ever)? (?:tell|give|share|post|send) (?:anyone|anybody|strangers|"
    r"people|random people|someone)|(?:tell|give) (?:nobody|no one|noone)|"
    r"(?:no|nunca) (?:le |les )?(?:digas|des|compartas|pongas) (?:a nadie|a desconocidos|a extranos)|"
    r"ne (?:dis|donne|partage)(?: jamais)? (?:a personne|rien)|(?:dis|donne) (?:jamais )?a personne|"
    r"(?:nao|nunca) (?:conta|fala|diga|conte|fale|passa|passe|da|de|compartilha) (?:pra|para|a) "
    r"(?:ninguem|estranhos)|"
    r"(?:sag|gib|verrat|erzahl)(?: es| das)? (?:niemandem|keinem|keinem fremden|nie)|"
    r"non (?:dire|dare|dirlo|condividere)(?: mai)? (?:a nessuno|a sconosciuti|mai)|"
    r"(?:никому|никогда) не (?:говори|давай|пиши|рассказывай|сообщай)|"
    r"не (?:говори|давай|рассказывай|сообщай) (?:никому|незнакомым|чужим)|"
    r"nikomu nie (?:mow|podawaj|dawaj)|nie (?:mow|podawaj|dawaj) (?:nikomu|obcym)|"
    r"jangan (?:kasih tau|kasi tau|kasih tahu|bilang|kasih|sebarin|share)(?: ke)? (?:siapa siapa|"
    r"siapapun|siapa pun|orang asing|orang)|kimseye)\b|"
    r"(?:لا|ما) (?:تقول|تقولي|تعطي|تعطين|تخبر|تخبري)\S* (?:لاحد|لحد|لاي|للغرباء)|"
    r"(?:不要|别|千万别|千万不要|永远不要|不能)(?:告诉|给)(?:别人|陌生人|任何人|网友)"
)
# ... the reader's personal details right after it
_DETAILS = _rx(
    r" (?:(?:\w+ ){0,2}?(?:where (?:you|u) (?:live|stay)|your (?:home |full |real |last )?(?:address|"
    r"school|name|surname|phone number|number|password|passwords|location|postcode)|what school|"
    r"personal (?:info\w*|details)|donde vives|tu (?:direccion|colegio|escuela|nombre|numero|"
    r"contrasena|ubicacion)|datos personales|ou tu habites|ton (?:adresse|ecole|college|lycee|nom|"
    r"numero|mot de passe)|tes infos|onde (?:voce|vc|tu) mora|seu (?:endereco|nome|numero)|sua "
    r"(?:escola|senha|localizacao)|dados pessoais|wo du wohnst|deine (?:adresse|schule|nummer|"
    r"handynummer)|deinen (?:echten |vollen )?namen|dein passwort|dove (?:abiti|vivi)|il tuo "
    r"(?:indirizzo|nome|numero)|la tua (?:scuola|password)|dati personali|где (?:ты )?живешь|"
    r"сво(?:и|й|е|ю) (?:адрес|школу|имя|номер|пароль)|личные данные|adres\w*|okul\w*|"
    r"nerede oturdugunu|numara\w*|sifre\w*|gdzie mieszkasz|swo(?:j|jego) (?:adres\w*|numer\w*|"
    r"hasl\w*)|dane osobowe|alamat\w*|sekolah\w*|tinggal di ?mana|nomor\w*|nomer\w*|password\w*|"
    r"data pribadi)\b|"
    r"(?:\S+ ){0,2}?(?:عنوانك|مدرستك|رقمك|وين (?:ساكن|ساكنه|تسكن|تسكني)|كلمه السر)|"
    r"(?:你)?(?:住在哪|住哪|家地址|地址|学校|电话|手机号|密码|个人信息))"
)
# the advice turns to the writer: "only me", "send it to me instead", "sirf mujhe"
_TO_WRITER = _rx(
    r"\b(?:only (?:to )?me|just (?:to )?me|except (?:for )?me|but me|other than me|(?:to )?me instead|"
    r"(?:only|just) for me|for me only|solo para mi|nur fur mich|seulement pour moi|so pra mim|"
    r"только для меня|sadece benim icin|tylko dla mnie|cuma buat aku|sirf mere liye|"
    r"send (?:it |them |one )?"
    r"(?:to )?me|tell me|only us|solo (?:a |para )?mi|menos a mi|excepto a mi|mandamel\w*|"
    r"(?:sauf|qu'a|seulement) (?:a )?moi|envoie(?:s)? (?:les )?moi|so (?:pra|para) mim|menos pra mim|"
    r"manda (?:pra|para) mim|nur (?:mir|an mich)|ausser mir|schick (?:sie |es )?mir|solo a me|"
    r"tranne (?:a )?me|mandal[ae] a me|только мне|кроме меня|мне скинь|скинь мне|sadece bana|"
    r"benden baska|bana at|tylko (?:mnie|mi|do mnie)|oprocz mnie|wyslij mi|cuma (?:ke )?aku|"
    r"selain (?:ke )?aku|hanya (?:ke )?aku|kecuali (?:ke )?aku|kirim ke aku|sirf mujhe|sirf meko|"
    r"mujhe hi|mere alawa|mujhe bhejo|mujhe bhej)\b|"
    r"غيري|الا لي|بس لي|ابعتيلي|ابعتلي|ارسلي لي|只给我|只发给我|除了我|发给我|मुझे ही|सिर्फ मुझे|"
    r"मेरे अलावा|मुझे भेजो"
)
_SENT_END = fastre.compile(r"[.!?。]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence holding text[start:end]."""
    return sentence_bounds(text, start, end, _SENT_END, lookback=200)


def _reported_warning(text: str, start: int, end: int) -> bool:
    """A teacher/parent says it, with a warning around the request, which
    does not name the writer as its recipient ("my mum says dont worry,
    send me a pic" is a request)."""
    if _ME.search(text, start, end):
        return False
    left, right = _sentence(text, start, end)
    lo, hi = max(left, start - 60), min(right, end + 40)
    window = text[lo:hi]
    if frozenset(window.split()).isdisjoint(_WARNING_WORDS) and not any(
        sub in window for sub in _WARNING_SUBSTR
    ):
        return False  # no warning word: the long speaker patterns are not run
    if _SPEAKER.search(text, left, right) is None or _SAY.search(text, left, right) is None:
        return False
    for m in _WARNING.finditer(text, lo, hi):
        if not _NOT_WARNING.search(text, max(0, m.start() - 8), m.start()):
            return True
    return False


def _prohibited(text: str, start: int, end: int, norm: str) -> bool:
    """A negation right before the request, or (Hindi) right before its verb."""
    if _NEG_INSIDE.search(text[start:end]) or _NEG_INSIDE_DE.search(text[start:end]):
        return True
    before = text[max(0, start - 40) : start]
    neg = _NEG_BEFORE.search(before)
    if neg is None or _WHY_BEFORE.search(before) or _IF_NOT_BEFORE.search(before):
        return False
    _, right = _sentence(text, start, end)
    if text.startswith("?", right):
        return False  # "você não me manda uma foto?" asks for it
    words = neg.group().split()
    if words and words[0] in _BARE_NEG:
        verb = text[start:end].split()[0]
        return re.search(r"(?<!\w)" + re.escape(words[0]) + r"\s+" + re.escape(verb), norm) is not None
    return True


def told_advice_frame(name: str, text: str, start: int, end: int, norm: str) -> str | None:
    """'advice' when the grooming match at text[start:end] is forbidden or
    warned against as safety advice (module doc); else None."""
    kind = name.rsplit(":", 1)[-1]
    if kind in _REQUESTS:
        forbidden = _prohibited(text, start, end, norm) or _reported_warning(text, start, end)
    elif kind in _SECRETS:
        tell = None
        for m in _TELL_NOBODY.finditer(text, max(0, start - 40), end):
            tell = m
        forbidden = tell is not None and _DETAILS.match(text, tell.end()) is not None
    else:
        return None
    if not forbidden:
        return None
    _, right = _sentence(text, start, end)
    if _TO_WRITER.search(text, end, min(len(text), max(right, end) + 80)):
        return None  # "... to anyone else, only me", "send it to me instead"
    return "advice"
