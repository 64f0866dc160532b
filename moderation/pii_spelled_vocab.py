"""Number words and cues for `pii_spelled_mixed`: the words the older
spelled-phone detectors did not know, and the "write this down" cues.

* Arabizi digits, teens and tens ("itnen", "setta", "tes3a", "etnashar",
  "talateen"): Arabic chat in Latin letters reads its number out this way.
* Arabic teens, tens and hundreds ("اثنا عشر", "أربعة وثلاثون", "ستمية"):
  `pii_spelled_scripts` knew the ten digit words only.
* Hindi 10-99, romanised and Devanagari ("chauntees", "छप्पन"): Hindi has a
  word of its own for every number below a hundred.  Romanised forms that
  are common words of other languages ("das", the German article) are left
  out; the others count only inside a run of number words.
* cues: "apunta:", "segnati questo:", "not al:", "запиши", "记一下" - the
  writer asks the reader to write the next numbers down, which is how a
  number is given out when it is not called one.

Keys are in the form `pii_spelled_groups.fold` gives, with the Arabic
letter variants folded as the normaliser does (ة ه, أ ا, ى ي).
"""

from __future__ import annotations

import re

from .pii_spelled_groups import fold

_AR_FOLD = str.maketrans({"ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ـ": None})


def key(word: str) -> str:
    """The lookup form of a word (casefolded, marks stripped, Arabic folded)."""
    return fold(word).translate(_AR_FOLD)


# kinds as in pii_spelled_groups: "u" unit, "t" teen, "d" ten, "h" hundreds,
# "w" a whole two-digit word; "x" is the Arabic "عشر" that makes a unit a teen
VOCAB: dict[str, tuple[str, int]] = {}
# the words as the normaliser leaves them (it keeps the Devanagari virama and
# nukta that `key` strips): the gate of the pass tests these too
RAW: set[str] = set()


def _put(kind: str, rows: list[str], start: int, step: int = 1) -> None:
    for i, row in enumerate(rows):
        for w in row.split():
            VOCAB.setdefault(key(w), (kind, start + i * step))
            RAW.add(w.casefold().translate(_AR_FOLD))


# ---------------------------------------------------------------- Arabizi
_put("u", [
    "sefr sifr sfr sefer", "wa7ed wa7id wahed wahid wa7d we7ed",
    "etnen itnen tnen tneen etneen ithnain ithnein athnain zouj jouj",
    "talata tlata tleta tlete talateh thalatha tlat", "arba3a arb3a arbaa arba3 reb3a rb3a",
    "5amsa khamsa 5amse khamse 5ams khams", "setta sitta sitte stta", "sab3a saba3a sab3 seb3a sb3a",
    "tamanya tmanya tamania thamania tmenya tmanye tamanye tmania", "tes3a tis3a tisa3 tesa3 tis3 tes3",
], 0)
_put("t", [
    "3ashra 3ashara 3shra 3achra", "7edashar 7da3sh 7ida3sh 7dash", "etnashar itnashar tna3sh tnash",
    "talatashar tlata3sh tlatash", "arba3tashar arba3ta3sh arb3tash", "5amastashar khamastashar 5amsta3sh",
    "settashar sitta3sh sotash", "saba3tashar sab3ta3sh sba3tash", "tamantashar tmanta3sh tmantash",
    "tesa3tashar tisa3ta3sh tsa3tash",
], 10)
_put("d", [
    "3eshreen 3ishreen 3eshrin 3ishrin 3shrin", "talateen tlatin tlateen thalatheen talatin",
    "arbe3een arba3een arb3in arb3een", "5amseen khamseen 5amsin khamsin", "setteen sitteen sittin",
    "sab3een saba3een sab3in", "tamaneen tmanin thamanin tamanin", "tes3een tis3een tis3in",
], 20, 10)
# ---------------------------------------------------------------- Arabic script
_put("u", ["صفر", "واحد", "اثنين اثنان اتنين تنين", "ثلاثه ثلاث تلاته تلات", "اربعه اربع",
           "خمسه خمس", "سته ست", "سبعه سبع", "ثمانيه ثمان تمانيه تمنيه ثمنيه تمان", "تسعه تسع"], 0)
_put("u", ["", "احد", "اثنا اثني اثنتا اثنتي"], 0)  # the unit of a teen ("احد عشر", "اثنا عشر")
_put("t", ["عشره عشرة", "حداشر حدعش احدعش", "اتناشر اطناش اثنعش ثنعش اتنعش", "تلتاشر ثلطعش تلطاشر",
           "اربعتاشر اربعطعش اربعتعش", "خمستاشر خمسطعش خمستعش", "ستاشر سطعش ستعش",
           "سبعتاشر سبعطعش سبعتعش", "تمنتاشر ثمنطعش تمانتاشر ثمانتعش", "تسعتاشر تسعطعش تسعتعش"], 10)
_put("d", ["عشرين عشرون", "ثلاثين ثلاثون تلاتين تلاثين", "اربعين اربعون", "خمسين خمسون",
           "ستين ستون", "سبعين سبعون", "ثمانين ثمانون تمانين ثمنين", "تسعين تسعون"], 20, 10)
_put("h", ["ميه مية مائه مئه", "ميتين مئتين مئتان مائتين مائتان", "ثلاثمائه ثلاثمية تلتمية تلاتمية ثلثمية",
           "اربعمائه اربعمية ربعمية", "خمسمائه خمسمية", "ستمائه ستمية", "سبعمائه سبعمية",
           "ثمانمائه ثمنمية تمنمية ثمانمية", "تسعمائه تسعمية"], 100, 100)
VOCAB[key("عشر")] = ("x", 10)
# ---------------------------------------------------------------- Hindi 10-99
_HI_PAIRS = [
    "dus दस", "gyarah gyara इग्यारह ग्यारह", "barah bara_ बारह", "terah tera_ तेरह", "chaudah chauda चौदह",
    "pandrah pandra पंद्रह पन्द्रह", "solah sola_ सोलह", "satrah satra सत्रह", "atharah athara अठारह",
    "unnis unees उन्नीस", "bees bis_ बीस", "ikkees ikkis इक्कीस", "baees bais बाईस", "teis tees_ तेईस",
    "chaubees chaubis चौबीस", "pachchees pachis pachees पच्चीस", "chhabbees chabbis छब्बीस",
    "sattaees sattais सत्ताईस", "atthaees athais अट्ठाईस", "untees untis उनतीस", "tees tis_ तीस",
    "ikattees iktis इकतीस", "battees battis बत्तीस", "taintees taintis तैंतीस",
    "chauntees chautis chontees चौंतीस", "paintees paintis पैंतीस", "chhattees chattis छत्तीस",
    "saintees saintis सैंतीस", "adtees artees अड़तीस", "untalis untaalis उनतालीस", "chalis chaalis चालीस",
    "iktalis iktaalis इकतालीस", "bayalis byalis बयालीस", "taintalis तैंतालीस", "chavalis chawalis चवालीस",
    "paintalis पैंतालीस", "chhiyalis chiyalis छियालीस", "saintalis सैंतालीस", "adtalis artalis अड़तालीस",
    "unchas उनचास", "pachas pachaas पचास", "ikyavan ikyawan इक्यावन", "bavan baawan बावन",
    "tirpan तिरपन", "chauvan chauwan चौवन", "pachpan पचपन", "chhappan chappan छप्पन",
    "sattavan sattawan सत्तावन", "atthavan athawan अट्ठावन", "unsath उनसठ", "saath साठ",
    "iksath इकसठ", "basath बासठ", "tirsath तिरसठ", "chaunsath chausath चौंसठ", "painsath पैंसठ",
    "chhiyasath chiyasath छियासठ", "sadsath sarsath सड़सठ", "adsath arsath अड़सठ",
    "unhattar उनहत्तर", "sattar सत्तर", "ikhattar इकहत्तर", "bahattar बहत्तर", "tihattar तिहत्तर",
    "chauhattar चौहत्तर", "pachhattar pachattar पचहत्तर", "chhihattar chihattar छिहत्तर",
    "satattar सतहत्तर", "athattar अठहत्तर", "unasi unnasi उन्यासी", "assi अस्सी", "ikyasi इक्यासी",
    "bayasi बयासी", "tirasi तिरासी", "chaurasi चौरासी", "pachasi पचासी", "chhiyasi chiyasi छियासी",
    "sattasi सत्तासी", "athasi atthasi अट्ठासी", "navasi nawasi नवासी", "nabbe nabe नब्बे",
    "ikyanve इक्यानवे", "banve बानवे", "tiranve तिरानवे", "chauranve चौरानवे", "pachanve पचानवे",
    "chhiyanve chiyanve छियानवे", "sattanve सत्तानवे", "atthanve अट्ठानवे", "ninyanve निन्यानवे",
]
for _i, _row in enumerate(_HI_PAIRS, start=10):
    for _w in _row.split():
        if not _w.endswith("_"):  # "tera_": a spelling kept out (a common word, "your")
            VOCAB.setdefault(key(_w), ("w", _i))
            RAW.add(_w)


# ---------------------------------------------------------------- cues
# "write this down", "note it", "save it" - before the number, in the 13 languages
NOTE_CUE = re.compile(
    r"(?:\b(?:write (?:this|it|that) down|write down|note (?:this|it|that)(?: down)?|note down|"
    r"save (?:this|it|my)|take (?:this|it) down|ap[uú]nta\w*|an[oó]ta\w*|"
    r"note[sz]?(?:-le| le| [cç]a)?|retiens|enregistre|segna(?:ti|telo|lo)?|salva(?:ti|telo)?|"
    r"schreib (?:dir|es|das) (?:auf|mal auf)|aufschreiben|notier\w*|speicher\w*|zapisz\w*|zanotuj\w*|"
    r"catat\w*|simpan|save|likh lo|likho|likh le|note kar\w*|save kar\w*|not al\w*|kaydet\w*|"
    r"yaz(?: bunu| bir yere)?|sajjel|sagel|e7faz|ekteb)\b|"
    r"запиши\w*|сохрани\w*|लिख लो|लिखो|नोट कर|सेव कर|سجل|اكتب|احفظ|خزن|记一下|记下|记住|存一下|保存)"
    r"[^.!?\n]{0,20}$",
    re.I,
)
# phone words the shared cues lack: Arabizi "raqmi", "nemrti", Hinglish "nambar",
# Spanish and Portuguese "cel", "tlf", "wsp"
MORE_CUE = re.compile(
    r"(?:\b(?:raqmi|ra2mi|r2mi|rakmi|ra2am|raqam|nemrti|nomrti|nmrti|nimrti|nemra|nmra|"
    r"mobail|nambar|numbar|nmbr|cel|tlf|tfno|telf|wsp|wpp)\b)[^.!?\n]{0,20}$",
    re.I,
)
# an ask to call or text right after the number, and "记一下" after it
CUE_AFTER = re.compile(
    r"[\s,.:;!-]*(?:kalemni|kallemni|kalimni|klmni|etasel|ettasel|e7ki|call kar\w*|call me|"
    r"phone kar\w*|kol kar\w*|कॉल कर|फोन कर|كلمني|اتصل|رن علي|记一下|记下|存一下|打给我|打我)",
    re.I,
)
