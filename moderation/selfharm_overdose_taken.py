"""An overdose just taken, in the writer's words (session 16): "ich hab grad so
25 schmerztabletten genommen und mir ist voll schwindelig", "acabo de tomarme
como 20 ibuprofenos", "выпила штук 20 таблеток обезбола минут 30 назад",
"barusan aku minum obat mama banyak bgt kira2 20an".

Why: an overdose already swallowed is the most urgent message a moderator can
get, and only English had a rule for it (`selfharm.py`, "took 20 pills");
in the other languages it passed, or only the scorer held it, when chat about
a game or a drawing came after it.

How: one rule per language (`self_harm:method`, as the English one): a verb
of swallowing or taking in the first person past (or "just"), a large amount
- five or more, a whole box, blister or bottle, a pile of - and pills,
tablets or a common painkiller named, in either order where the language puts
the amount after the noun.  Anchored at the message start, so that what was
taken on a doctor's word or was sweets (`_EVERYDAY`) lets it pass anywhere.

What passes, and why: one or two tablets (the amount), vitamins, mints or
gummies, a prescription or a doctor's dose (`_EVERYDAY`), talk in a lesson
about overdoses (the generic frame: `framed="generic"`).
"""

from __future__ import annotations

from .rules import Rule, rule

_EVERYDAY = (
    r"vitamin\w*|mint\w*|gumm\w*|candy|sweets|menta|carame\w*|gominola\w*|chuches|bala\w*|bonbon\w*|"
    r"bonbons|smarties|tic ?tac|caramell\w*|gummibar\w*|конфет\w*|витамин\w*|cukierk\w*|"
    r"witamin\w*|seker\w*|sekerleme|permen|vitamin|حلو\S*|فيتامين\S*|prescri\w*|receta|ordonnance|"
    r"rezept|ricetta|receita|рецепт\w*|recept\w*|resep|doctor|medico|medecin|arzt|dottore|врач\w*|"
    r"lekarz\w*|doktor|dokter|دكتور|طبيب|"
    # a past that is over: years ago, once, and fine now
    r"years? ago|last year|hace (?:\w+ )?anos?|il y a (?:\w+ )?ans|vor (?:\w+ )?jahr\w*|anni fa|"
    r"anos atras|ha (?:\w+ )?anos|(?:год|года|лет) назад|когда-то|в прошлом году|lat temu|rok temu|"
    r"yil once|sene once|tahun lalu|saal pehle|سنه|سنين|now (?:she|he|i)(?:'s| is| am) (?:fine|ok|okay|"
    r"better)|в порядке|ahora esta bien|agora (?:ela|ele) (?:ta|esta) bem|va mieux|geht (?:es )?(?:ihr|"
    r"ihm) (?:wieder )?gut|sta bene"
)
_N = (
    r"(?:[5-9]|[1-9]\d+)(?: ?an)?|diez|quince|veinte|treinta|dez|quinze|vinte|trinta|dix|quinze|vingt|"
    r"trente|zehn|funfzehn|zwanzig|dreissig|dieci|quindici|venti|trenta|десять|пятнадцать|двадцать|"
    r"тридцать|dziesiec|pietnascie|dwadziescia|trzydziesci|on|onbes|yirmi|otuz|sepuluh|lima belas|"
    r"dua puluh|tiga puluh"
)
# pills and the painkillers children name, for "a whole box of ..."
_DRUGS = (
    r"pillole|pasticche|compresse|medicine|farmaci|tachipirin\w*|antidolorifici|sonniferi|moment|oki|"
    r"cachets|comprimes|medocs|medicaments|doliprane|efferalgan|dafalgan|paracetamol|ibuprofene|advil|"
    r"aspirine?|somniferes"
)
_ABOUT = r"(?:(?:como|unos|unas|uns|umas|casi|quase|mas de|mais de|genre|environ|presque|plus de|so|ungefahr|"
_ABOUT += r"fast|uber|tipo|circa|quasi|piu di|около|почти|штук|где-то|z|ze|okolo|prawie|kira2|sekitar|hampir) )*"


def _taken(lead: str, edge: str = r"\b") -> str:
    return rf"^(?!.*{edge}(?:{_EVERYDAY}){edge}).*?{edge}(?:{lead})"


_TABLE: dict[str, tuple[str, str]] = {
    "es": ("tome trague tomado tomarme tomar bebi pastillas ibuprofenos ibuprofeno paracetamol",
           r"(?:me )?(?:tome|trague|tomado|acabo de tomar(?:me)?|me acabo de tomar|me bebi) " + _ABOUT
           + r"(?:" + _N + r"|toda la caja|una caja entera|todo el blister|un blister entero|un bote entero|"
           r"todo el bote|un monton) (?:de )?(?:las |los |mis )?(?:\w+ )?(?:pastillas|pastis|tabletas|"
           r"pildoras|comprimidos|ibuprofenos?|paracetamol\w*|medicinas|medicamentos|calmantes)?\b"),
    "pt": ("tomei engoli tomar comprimidos remedios dipirona paracetamol",
           r"(?:tomei|engoli|acabei de tomar|tomei agora) " + _ABOUT + r"(?:" + _N + r"|a caixa toda|uma "
           r"caixa inteira|a cartela toda|uma cartela inteira|um monte de) (?:de )?(?:\w+ )?(?:comprimidos|"
           r"remedios|pilulas|dipironas?|paracetamol|ibuprofeno|calmantes|remedio \w+)\b"),
    "fr": ("pris avale gobe prendre avaler cachets comprimes medocs doliprane",
           r"(?:j'?ai (?:pris|avale|gobe)|je viens de (?:prendre|gober)|je viens d'?avaler) " + _ABOUT
           + r"(?:(?:" + _N + r") (?:de )?(?:\w+ )?(?:cachets|comprimes|pilules|medocs|medicaments|"
           r"doliprane|dolipranes|paracetamol|ibuprofene|somniferes)|(?:toute la|une) plaquette(?: entiere)?|"
           r"(?:toute la|une) boite(?: entiere)? (?:de |d'?)(?:\w+ )?(?:" + _DRUGS + r")|plein de (?:cachets|"
           r"comprimes|medocs))\b"),
    "de": ("tabletten pillen schmerztabletten schlaftabletten genommen geschluckt",
           r"(?:hab|habe) (?:grad |gerade |eben |vorhin )?" + _ABOUT + r"(?:" + _N + r"|die ganze "
           r"packung|ne ganze packung|eine ganze packung|alle) (?:\w+ )?(?:tabletten|pillen|"
           r"schmerztabletten|schlaftabletten|ibus|paracetamol) (?:\w+ )?(?:genommen|geschluckt|"
           r"eingeworfen)\b"),
    "it": ("preso ingoiato pillole pasticche compresse tachipirina blister",
           r"(?:ho (?:preso|ingoiato|mandato giu)|ho appena (?:preso|ingoiato)) " + _ABOUT + r"(?:(?:"
           + _N + r") (?:di |delle |dei )?(?:\w+ )?(?:pillole|pasticche|compresse|medicine|tachipirine?|"
           r"antidolorifici|sonniferi)|il blister intero|tutto il blister|(?:tutta la scatola|una scatola "
           r"intera|un sacco) (?:di |delle |dei )?(?:\w+ )?(?:" + _DRUGS + r"))\b"),
    "ru": ("выпил выпила съел съела проглотил проглотила наглотался наглоталась таблеток",
           r"(?:выпил|выпила|съел|съела|проглотил|проглотила|наглотался|наглоталась) " + _ABOUT
           + r"(?:(?:" + _N + r") (?:штук )?|штук (?:" + _N + r") |целую |всю |(?<=наглоталась )|"
           r"(?<=наглотался ))(?:пачку |упаковку |блистер |кучу |много )?"
           r"(?:\w+ )?(?:таблеток|таблетки|колес|снотворного|обезбола|лекарств)\b"),
    "pl": ("wzielam wzialem lyknelam lyknalem polknelam polknalem zazylam zazylem tabletek",
           r"(?:wzielam|wzialem|lyknelam|lyknalem|polknelam|polknalem|zazylam|zazylem) " + _ABOUT
           + r"(?:" + _N + r"|cale opakowanie|opakowanie|cala paczke|paczke|blister|garsc) (?:\w+ )?"
           r"(?:tabletek|tabletki|lekow|prochow|pigulek)\b"),
    "tr": ("ictim yuttum aldim ilac ilaclarindan hap",
           r"(?:" + _N + r"|bir kutu|bi kutu|butun kutuyu|kutu kutu|bi suru|bir suru|avuc dolusu) (?:\w+ )?"
           r"(?:ilac\w*|hap\w*) (?:\w+ )?(?:ictim|yuttum|aldim)|(?:ilac\w*|hap\w*) (?:\w+ )?(?:bi suru|"
           r"bir suru|hepsini) (?:\w+ )?(?:ictim|yuttum)\b"),
    "id": ("minum nelen nenggak ngabisin obat pil",
           r"(?:minum|nelen|nenggak|ngabisin) (?:\w+ ){0,2}?(?:obat|pil|parasetamol|paracetamol)(?: \w+){0,3}? "
           r"(?:banyak (?:bgt|banget|sekali)|" + _N + r"|satu strip|sestrip|sebungkus|sekotak|semua|"
           r"semuanya)\b|(?:minum|nelen|nenggak) (?:" + _N + r"|satu strip|sebungkus|sekotak) (?:\w+ )?"
           r"(?:obat|pil|butir|tablet)\b"),
}

_TABLE_SCRIPTS: dict[str, tuple[str, str]] = {
    "ar": ("شربت بلعت اخذت خذيت حبوب دوا",
           r"(?:شربت|بلعت|اخذت|خذيت|اكلت) (?:\S+ )?(?:علبه|كل|باكو|شريط|كمشه|كثير|[5-9]|[1-9]\d+|[٥-٩]|"
           r"[١-٩][٠-٩]) (?:\S+ )?(?:حبوب|حبات|دوا|دواء|ادويه|بنادول|مسكن\S*)"),
    "hi": ("kha nigal goli goliyan tablets tablet dawai",
           r"(?:[5-9]|[1-9]\d+|saari|poori|bahut saari|ek patta) (?:\w+ )?(?:goli|goliyan|tablets?|dawai|"
           r"dawa) (?:\w+ )?(?:kha li|kha liya|kha lee|kha lin|le li|nigal li)"),
    "hi_deva": ("खा निगल गोलियां गोलियाँ दवाई",
                r"(?:[5-9]|[1-9]\d+|सारी|पूरी|बहुत सारी) (?:\S+ )?(?:गोलियां|गोलियाँ|दवाई|टैबलेट) "
                r"(?:\S+ )?(?:खा ली|खा लीं|निगल ली)"),
}

RULES: list[Rule] = [
    rule("self_harm:method", "self_harm", triggers, _taken(lead), framed="generic")
    for triggers, lead in _TABLE.values()
] + [
    rule("self_harm:method", "self_harm", triggers, _taken(lead, edge=""), framed="generic")
    for triggers, lead in _TABLE_SCRIPTS.values()
]
