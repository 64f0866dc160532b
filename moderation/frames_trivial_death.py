"""Dying of a trivial cause, in the 13 languages: a song, a football loss, a
forgotten PE kit, hunger before lunch, a school chore.

Why: "i hate this song so much it makes me want to die lol 💀", "forgot my
pe kit again kms 🙄", "vou morrer de raiva kkk o flamengo perdeu", "j'ai
trop faim je vais mourir, vivement la cantine", "спартак опять проиграл
хочу умереть ахах", "国足又输了我想死哈哈" were held as disclosures.  The
sibling frames know only part of the class: `frames_trivial.py` a school,
hunger or game cause in es/de/id/hi, `frames_trivial_more.py` a test in
fr/it/pt, `frames_games_death.py` a game right after the phrase, and
English is left to none of them.  Children say it of food, sport, football
and music as much as of school, with an eye-roll (🙄) as often as with a
laugh.

A death phrase is excused ("hyperbole") when

* it is a plain death word ("die", "morrer", "mourir", "sterben",
  "умереть", "ölmek", "umrzeć", "mati", "اموت", "marna", "死") or the slang
  "kms" - never a fuller wish to kill oneself ("kill myself", "matarme",
  "me tuer", "umbringen", "убить себя", "bunuh diri", "自杀"), which the
  sibling frames hold too;
* a trivial cause is named in its sentence - food or hunger, the canteen,
  PE and its kit, football (a match, a team, a referee, a loss, a score),
  a song or music, a school chore (a test, homework, a teacher) - or a
  score ("0-3") anywhere in the message;
* and the writer shows it is light - or dreads a day that is coming
  ("exams next week, im gonna die": `frames_dread.py`): laughter ("lol", "kkk", "mdr", "ахах",
  "sjsj", "xd", "wkwk", "ههه", "哈哈"), a laughing or eye-rolling emoji
  (😂 🤣 💀 😅 🙄 😒 🤦), or the cause said as the reason - a hunger state
  right before the phrase ("j'ai trop faim je vais mourir", "so hungry im
  gonna die"), a causative ("makes me want to die", "me dan ganas de
  morir", "ölesim geldi") or "because of" ("wegen", "из-за", "yüzünden").

Never excused: a message that says it is meant or names a serious cause -
the writer's life, everyone or nobody, self-hatred, being alone, "can't go
on" ("i cant go on kms", "everyone hates me kms 😂", "quero morrer kkkk
minha vida é um lixo", "хочу умереть серьёзно"), a wish to die in one's
sleep or in real life; a cause in another sentence ("i want to die lol.
fortnite was boring"); a cause with nothing light ("kms the wifi died",
"me quiero morir de hambre").

Used by `frames_context.context_frame` for self-harm rules, after the
sibling hyperbole frames (it has the normalised text, where the emoji and
the score's dash survive), and by `frames_more.everyday_reason`, so that
the learned scorer, which reads the death word alone, does not hold what
the rules excused (`trivial_death_reason`: every death word of the message
must be excused).  Patterns run on the phrase form (accents
stripped, commas dropped); Chinese rules on the normalised text.
"""

from __future__ import annotations

from . import fastre
from .frames import sentence_bounds
from .frames_dread import dated_dread
from .frames_trivial import _CAUSE as _CAUSE_TRIVIAL
from .frames_trivial import _LAUGH
from .frames_trivial import _SERIOUS as _SERIOUS_TRIVIAL
from .frames_trivial_more import _CAUSE_MORE, _LAUGH_MORE, _SERIOUS_MORE

_rx = fastre.compile_phrase  # a pattern over the phrase form, accents stripped


def _words(table: dict[str, str]) -> str:
    """One alternation of a per-language table's words."""
    return "|".join(table.values())


# the plain death words (Latin letters and Arabic: whole words)
_DEATH_WORDS = {
    "en": r"die|dying|died|dead|ded|kms",
    "es": r"morir|morirme|muero|muerta|muerto",
    "pt": r"morrer|morro|morri|morrendo|morta|morto",
    "fr": r"mourir|meurs|meure|crever|creve|mort|morte",
    "de": r"sterben|sterbe|sterb|tot",
    "it": r"morire|muoio|morta|morto|crepare|crepo",
    "ru": r"умереть|умру|умираю|умерла|умер|сдохнуть|сдохну|помереть|помру",
    "tr": r"olmek|olecegim|olucem|olcem|oluyorum|oldum|olesim|gebermek|gebericem",
    "pl": r"umrzec|umre|umieram|umarlam|umarlem|zdechne|zdechnac",
    "id": r"mati|mampus|modar",
    "ar": r"اموت|موت|بموت|بموووت|امووت|مت|ميت|ميته",
    "hi": r"marna|marne|mar|mar jaunga|mar jaungi|mar jaunga",
}
_DEATH = _rx(r"\b(?:" + _words(_DEATH_WORDS) + r")\b|मर|死")
# a fuller wish to kill oneself, or a method: never excused ("kms" is the slang exception)
_STRONG = _rx(
    r"\b(?:kill(?:ing)? my ?self|killed my ?self|suicid\w*|end (?:it|my life)|unalive|overdose|"
    r"matarme|me mato|suicidarme|me matar|me suicidar|me tuer|me suicider|en finir|umbringen|"
    r"umzubringen|selbstmord|uccidermi|ammazzarmi|suicidarmi|убить себя|убью себя|покончить|"
    r"самоубий\w*|kendimi (?:oldur\w*|asa\w*)|intihar\w*|zabic sie|zabije sie|samoboj\w*|"
    r"bunuh diri|bundir|khudkushi|khudkhushi|atmahatya|pills|tablets|pastillas|rope|bridge|"
    r"jump\w*|roof|train|tracks|hang\w*|ate nothing|"
    r"cut myself|cutting|starv\w* my ?self|"
    # days without food: "三天没吃饭了，饿死也好哈哈" is a disclosure, not hunger before lunch
    r"not eating|(?:have not|havent|did not|didnt) eat(?:en)?|without (?:food|eating)|no he comido|"
    r"sin comer|nao comi|sem comer|(?:pas|rien) mange|sans manger|nichts gegessen|nicht gegessen|"
    r"non (?:ho )?mangi\w*|senza mangiare|не ел\w*|не ем|без еды|yemek yemedim|yemiyorum|nie jadl\w*|"
    r"nie jem|(?:belum|ga|gak|nggak|tidak) makan|khana nahi khaya|kuch nahi khaya)\b|"
    r"اقتل نفسي|انتحر|انتحار|ما اكلت|ما كلت|مااكلت|بدون اكل|आत्महत्या|ख़?ुदकुशी|खाना नहीं खाया|"
    r"自杀|杀了我自己|跳楼|割腕|没吃|不吃"
)
# the writer means it or names a serious cause (whole message)
_SERIOUS_WORDS = {
    # (also a death welcomed - "would be fine", "也好" - help named, a hidden truth, again a wish)
    "en": r"my life|this life|hate my ?self|hate me|everyone hates|everybody hates|nobody|no one|"
    r"would be (?:fine|nice|better|good|okay|ok)|wouldnt mind|would not mind|dont mind dying|"
    r"counsell?or|therapist|psychologist|said i was (?:fine|ok|okay|good)|pretend\w*|"
    r"(?:die|dying) again|tonight|goodbye|bye everyone|last message|note|be gone|"
    r"(?:wont|will not|wouldnt|not) be (?:there|here|around)|dumped|broke up|cheated|"
    # hit, bullied or laughed at: "i want to die lol they laughed at me in pe"
    r"hits? me|beats? me|bull(?:y|ied|ying)|abus\w*|laugh(?:ed|ing)? at me|made fun of me|"
    r"(?:everyone|everybody|they|the whole class) laughed|called me|said i (?:am|was) (?:ugly|fat|stupid|"
    r"weird|a loser|disgusting)|"
    r"no1|cant go on|can not go on|cant do this anymore|can not do this anymore|cant take it|"
    r"alone|lonely|for real|fr|frfr|not joking|no joke|i mean it|seriously|honestly|in my sleep|"
    r"real life|irl|not ok|not okay|worthless|better off|deserve",
    "es": r"todos me odian|nadie|mi vida|me odio|solo en el mundo|ya no puedo|no puedo mas|me pega|"
    r"se (?:rien|rieron|burlan|burlaron) de mi",
    "pt": r"todo mundo me odeia|ninguem|minha vida|me odeio|nao aguento mais|nao consigo mais|me bate|"
    r"(?:riram|riem|zoaram|zoam) de mim",
    "fr": r"tout le monde me deteste|personne|ma vie|je me deteste|j'en peux plus|je n'en peux plus|"
    r"me frappe|(?:se moquent|se sont moques) de moi",
    "de": r"alle hassen mich|niemand|mein leben|ich hasse mich|ich kann nicht mehr|schlagt mich|"
    r"lachen mich aus|haben mich ausgelacht",
    "it": r"tutti mi odiano|nessuno|la mia vita|mi odio|non ce la faccio piu|mi picchia|"
    r"(?:ridono|hanno riso) di me",
    "ru": r"никто|никому|моя жизнь|мою жизнь|жизнь|ненавижу себя|серьезно|серьёзно|не шучу|"
    r"правда|все меня ненавидят|одиноко|одинок\w*|совсем (?:один|одна)|больше не могу|не могу больше|"
    r"бь[её]т меня|смеются надо мной|смеялись надо мной",
    "tr": r"kimse|hayat\w*|kendimden nefret|ciddiyim|cidden|gercekten|sakasi yok|yalniz\w*|"
    r"herkes benden nefret|dayanamiyorum|beni dov\w*|benimle dalga",
    "pl": r"nikt|nikogo|zycie|zycia|zyciem|nienawidze siebie|naprawde|serio|nie zartuje|"
    r"samotn\w*|wszyscy mnie nienawidza|nie daje rady|nie moge juz|bije mnie|smiej\w* sie ze mnie",
    "id": r"semua benci aku|capek hidup|mukul aku|ngetawain aku|diketawain|dibully",
    "ar": r"حياتي|الحياه|محد|ما احد|لا احد|ولا احد|الكل يكرهني|كلهم يكرهوني|والله|بجد|مو مزح|"
    r"مش هزار|اكره نفسي|لحالي|وحيد|وحيده|ما اقدر|ماقدر|تعبت من|يضربني|يضحكون علي|يتنمرون",
    "hi": r"khud se nafrat|sab mujhse nafrat|nahi jeena|bardasht nahi|maarta|maarti|mera mazak",
}
_SERIOUS = _rx(
    r"\b(?:" + _words(_SERIOUS_WORDS) + r")\b|ज़?िंदगी|सच में|कोई नहीं|"
    r"认真|不是开玩笑|真的想死|人生|活着|没人|没有人|所有人都讨厌|大家都讨厌|讨厌自己|恨自己|"
    r"一个人|孤独|受不了了|撑不下去|也好|也行|无所谓|其实|假装|心理|又想|打我|笑我|欺负|霸凌|"
    r"الموت احسن|احسن لي|"
    r"\b(?:psicolog\w*|psy|psychologue|therapeut\w*|психолог\w*|psikolog\w*|counsellor)\b"
)
# the trivial causes the sibling frames do not list: food, PE, football, music
_CAUSE_WORDS = {
    "en": r"hungry|starving|hunger|food|lunch|dinner|breakfast|canteen|cafeteria|school dinners?|"
    r"broccoli|sprouts|pizza|snacks?|pe (?:kit|lesson|class|teacher|bag)|gym|gym kit|football|footy|"
    r"soccer|ref|referee|penalty|penalties|team|we lost|lost again|bottled|league|song|songs|music|"
    r"playlist|singing|choir|recorder|pop quiz|detention|assembly|arsenal|chelsea|liverpool|spurs|"
    r"mr \w+|mrs \w+|miss \w+",
    "es": r"partido|futbol|arbitro|goles?|perdimos|perdio|barca|madrid|atleti|"
    r"educacion fisica|gimnasia|ropa de deporte|canciones|musica|cantar|comida|lentejas|"
    r"almuerzo|recreo|comedor|cafeteria",
    "pt": r"jogo|futebol|juiz|gols?|perdeu|perdemos|flamengo|corinthians|palmeiras|vasco|gremio|"
    r"santos|benfica|porto|sporting|educacao fisica|ed fisica|uniforme|musica|cancao|fome|comida|"
    r"almoco|merenda|intervalo|recreio|sopa",
    "fr": r"match|(?:le|au|du) foot|football|arbitre|perdu|psg|sport|eps|affaires de sport|"
    r"chanson|musique|chanter|flute|faim|cantine|bouffe|repas|epinards|dejeuner|recre",
    "de": r"fussball|schiri|verloren|bayern|bvb|dortmund|schalke|sport|sportzeug|"
    r"sportsachen|turnbeutel|musik|singen|mensa|essen|mittagspause|spinat",
    "it": r"calcio|arbitro|gol|perso|derby|juve|inter|milan|roma|lazio|napoli|ginnastica|tuta|"
    r"educazione fisica|canzone|musica|cantare|fame|mensa|pranzo|ricreazione|minestrone",
    "ru": r"матч\w*|футбол\w*|игр[аеуы]|судья|гол|голы|гола|проиграл\w*|спартак\w*|зенит\w*|цска|"
    r"физр\w*|физкультур\w*|форм[аеуы]|песн\w*|музык\w*|петь|голод\w*|голоден|голодна|"
    r"столов\w*|обед\w*|перемен\w*|гречк\w*|каш[аеиуы]|контрольн\w*|домашк\w*|училк\w*",
    "tr": r"mac\w*|futbol|hakem|gol|kaybett\w*|yenildi\w*|galatasaray|fenerbahce|fener|besiktas|"
    r"trabzon\w*|beden egitimi|beden dersi|esofman\w*|sarki\w*|muzik\w*|aclik\w*|acim|ac|yemek\w*|"
    r"yemekhane\w*|teneffus|sinav\w*|yazili|odev\w*|ogretmen\w*|hoca\w*|matematik",
    "pl": r"mecz\w*|pilk\w*|sedzi\w*|gol|gola|gole|goli|przegral\w*|legia|lech|wisla|wf|stroj\w*|"
    r"piosenk\w*|muzyk\w*|spiewac|glodn\w*|glod|jedzeni\w*|obiad\w*|stolowk\w*|przerw\w*|"
    r"kalafior|sprawdzian\w*|kartkowk\w*|klasowk\w*|nauczyciel\w*|matm\w*|lekcj\w*",
    "id": r"bola|pertandingan\w*|wasit|gol|kalah|persija|persib|arema|timnas|olahraga|penjas|pjok|"
    r"musik|nyanyi|kantin|makan|istirahat|sayur\w*",
    "ar": r"مباراه|ماتش|كوره|الكوره|حكم|الحكم|خسر|خسرنا|خسرت|خسروا|الهلال|النصر|الاهلي|الزمالك|"
    r"الاتحاد|برشلونه|الريال|الرياضه|رياضه|اغنيه|الاغنيه|الموسيقى|جوعان|جوعانه|جعان|جعانه|"
    r"الجوع|اكل|الاكل|الغدا|الغداء|الفسحه|الاستراحه|الامتحان|امتحان|الاختبار|اختبار|الواجب|"
    r"واجب|الاستاذ|المعلم|المعلمه|الابله|الرياضيات|ملوخيه",
    "hi": r"cricket|football|haar|haare|india|pt (?:ki|ka|class|period|dress|teacher|sir)|dress|gana|"
    r"khana|lunch|canteen|tiffin|lauki|karela",
}
# the siblings' school and game causes, less the French "dm" and "ds" (a direct message in
# every other language)
_CAUSE_ALTS = "|".join(
    alt for alt in (_words(_CAUSE_WORDS) + "|" + _CAUSE_TRIVIAL + "|" + _CAUSE_MORE).split("|")
    if alt not in ("dm", "ds")
)
_CAUSE = _rx(
    r"\b(?:" + _CAUSE_ALTS + r")\b|"
    r"परीक्षा|एग्जाम|होमवर्क|टीचर|भूख|खाना|लंच|मैच|क्रिकेट|हार|गाना|गाने|"
    r"比赛|足球|国足|篮球|输了|裁判|体育|歌|音乐|唱歌|饿|食堂|午饭|饭|考试|作业|老师|数学|测验|苦瓜"
)
# a score, read in the normalised text ("4-0", "0:3", "3 a 0", "0比3")
# (one digit a side: "10:30" and "12-13" are a time and ages)
_SCORE = _rx(r"(?<![\d:/.-])\d ?(?:-|:|x| a ) ?\d(?![\d:/.-])|\d比\d")
# laughter in the languages the sibling frames do not read (theirs: `_LAUGH`, `_LAUGH_MORE`)
_LAUGH_LANGS = _rx(
    r"\b(?:ха(?:ха)+\w*|а?хах\w*|хех\w*|лол|(?:sj){2,}s?\w*|(?:js){2,}\w*|(?:ah){2,}a?|(?:he){2,}|"
    r"(?:hi){2,}|xd+|aha+|kek|k{3,})\b|\bه{2,}\b|(?:哈){2,}|h{3,}|笑死|233+|हाहा\w*"
)
# laughing, eye-rolling and face-palming emoji (read in the normalised text)
_LIGHT_EMOJI = _rx("[\U0001f602\U0001f923\U0001f480\U0001f605\U0001f606\U0001f639"
                              "\U0001f644\U0001f612\U0001f926]")
# the cause said as the reason: a hunger or boredom state right before the phrase ...
_STATE_BEFORE = _rx(
    r"(?:\b(?:(?:so|really|too) (?:hungry|bored|boring)|starving|(?:im|i am) (?:hungry|starving)|"
    r"tengo (?:tanta |mucha )?hambre|(?:to|estou|tou|t) com (?:tanta |muita )?fome|"
    r"j'ai (?:trop |tellement |si |super )?faim|(?:hab|habe) (?:so |voll |mega )?(?:hunger|kohldampf)|"
    r"(?:so |voll )?hungrig|ho (?:cosi |tanta |troppa )?fame|хочу есть|голод(?:ен|на|ный|ная)|"
    r"acliktan|acim|(?:cok )?aciktim|(?:tak |strasznie |bardzo )?glodn\w*|laper|lapar|kelaperan|"
    r"bhook|bhookh|bhukh|جوعان|جوعانه|جعان|جعانه)(?: \S+){0,4} ?$|(?:भूख|饿)\S{0,12}$)"
)
# ... or a causative: "makes me want to die", "me dan ganas de morir", "ölesim geldi" (not
# hunger named after a wish, "me quiero morir de hambre": it may be about starving)
_REASON = _rx(
    r"\b(?:makes? me (?:want to|wanna) die|(?:gonna|going to) make me die|"
    r"(?:me )?(?:dan|da) ganas de morir|(?:me )?da vontade de morrer|(?:me )?donne envie de mourir|"
    r"mi fa (?:venire voglia di )?morire|olesim (?:geldi|geliyor)|"
    r"(?:die|dying) of boredom)\b"
)
# ... or "because of" with the cause right after it ("por culpa del partido", "из-за матча";
# Turkish and Hindi put it after the cause: "maç yüzünden", "match ki wajah se")
_BECAUSE = _rx(
    r"\b(?:because of|cuz of|bc of|coz of|por culpa d\w+|por causa d\w+|a cause d\w*|wegen|"
    r"a causa d\w+|из за|przez|gara gara|karena|krn|بسبب|عشان)(?: \S+){0,2}? (?:" + _CAUSE_ALTS + r")\b|"
    r"\b(?:" + _CAUSE_ALTS + r")(?: \S+)? (?:yuzunden|ki wajah se|ke chakkar mein)\b|因为"
)
_SENT_END = _rx(r"[.!?。！？]")


def trivial_death_frame(text: str, start: int, end: int, norm: str = "") -> str | None:
    """"hyperbole" when the death phrase at text[start:end] is said of a
    trivial cause in its sentence, lightly, in a message that never says it
    is meant (module doc)."""
    # (a rule's match may stop before its death word: "marne ka mann", "ölesim geldi")
    if _DEATH.search(text, start, min(len(text), end + 12)) is None:
        return None
    if _STRONG.search(text) is not None or _SERIOUS.search(text) is not None:
        return None
    if _SERIOUS_TRIVIAL.search(text) is not None or _SERIOUS_MORE.search(text) is not None:
        return None
    left, right = sentence_bounds(text, start, end, _SENT_END)
    if _CAUSE.search(text, left, right) is None and _SCORE.search(norm or text) is None:
        return None
    if _light(text, left, right, norm) or dated_dread(text, left, right, start, end):
        return "hyperbole"
    if _STATE_BEFORE.search(text, max(left, start - 50), start) is not None:
        return "hyperbole"
    if _REASON.search(text, left, right) or _BECAUSE.search(text, left, right):
        return "hyperbole"
    return None


def _light(text: str, left: int, right: int, norm: str) -> bool:
    """Laughter in the sentence, or a laughing or eye-rolling emoji in the message."""
    return bool(
        _LAUGH.search(text, left, right)
        or _LAUGH_MORE.search(text, left, right)
        or _LAUGH_LANGS.search(text, left, right)
        or _LIGHT_EMOJI.search(norm or text)
    )


def trivial_death_reason(text: str, norm: str = "") -> bool:
    """For the learned scorer, which reads the death word alone: every death
    word of the message is said of a trivial cause, lightly (the frame
    above at each of them)."""
    found = False
    for m in _DEATH.finditer(text):
        if trivial_death_frame(text, m.start(), m.end(), norm) is None:
            return False
        found = True
    return found
