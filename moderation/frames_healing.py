"""Ordinary causes of a healing mark and ordinary reasons for long sleeves.

Why: `selfharm_healing.py` pairs a cover (long sleeves, bracelets, make-up,
no swimming) with fresh marks (new ones, still healing, still red), and the
same pair is everyday when its cause is named: "my new tattoo is still
healing so i wear long sleeves", "new piercing is still healing, cant go
swimming", "sunburn is still red, long sleeves for me", "le chat m'a
griffée, les nouvelles griffures sont encore rouges", "手术的伤口还没愈合".
A match that names a cover or a healing state is excused ("mundane") when
the message names such a cause anywhere (before or after the match).

Causes are the ones children name: tattoos and piercings, surgery and
stitches, a sport injury or a fall, sunburn, bites, spots and rashes, a
pet's scratch, and the cold.  A cat named in a cover story that the writer
denies is a different rule (`selfharm_covert.py`: "told mum it was the cat.
it wasnt") and is not excused by this frame, whose cause must stand alone.
Only called for a self-harm match that no other frame excused, so ordinary
messages pay nothing.  Patterns run on the phrase form; Chinese on the
normalised text.
"""

from __future__ import annotations

from . import fastre
from .frames_eating import reason_outside_belief

# what the match must name: a cover or a healing state (not an act)
_HEALING = fastre.compile(
    r"\b(?:sleeves?|sleeved|hoodie|jumper|sweater|bracelets?|foundation|concealer|plasters?|healing|"
    r"healed|red|swimming|shorts|manga|mangas|sudadera|pulseras?|base|piscina|curan|cierran|rojos|"
    r"rojas|moletom|pulseiras?|cicatrizando|cicatrizaram|vermelh[oa]s|manches|sweat|bracelets?|"
    r"fond|gueri\w*|cicatris\w*|rouges|langarm|pulli|armbander|verheilt|heilen|rot|schwimmen|"
    r"maniche|felpa|braccialett\w+|guarendo|guarit\w|rossi|rosse|piscina|рукав\w*|кофт\w+|"
    r"толстовк\w+|браслет\w*|заживают|зажил\w*|красн\w+|бассейн\w*|uzun|kollu|bileklik\w*|iyiles\w*|"
    r"kirmizi|havuz|rekaw\w*|bluz\w*|bransoletk\w*|goja|zagoi\w*|czerwone|basenu|lengan|gelang|"
    r"sembuh|merah|renang|sleeves|bhare|bhara|laal|swimming|make ?up|maquillaje|maquiagem|maquillage|"
    r"trucco|makijaz\w*|podklad\w*|fondotinta|fondoten|(?:cover|hid|conceal|tap|escond|cubr|cobr|cach|"
    r"couvr|verdeck|versteck|uberschmink|copr|nascond|zakryw|zakryc|chow|nutup|tutup|sembunyi|"
    r"ngumpet|kapat|gizle|sakla|chhup|chup)\w*|прикрыва\w*|пряч\w*|прята\w*|замаз\w*|тональн\w*|"
    r"كم|اكمام|هودي|طابت|حمرا|مسبح|مكياج|بالمكياج|اخبي|بخبي|بغطي|بتغطي)\b|"
    r"长袖|卫衣|外套|还没|还红|游泳|पूरी बाँह|भरे"
)
_CAUSE = fastre.compile(
    # en
    r"\b(?:tattoos?|piercings?|pierced|surgery|operation|op|stitches|scraped|grazed|knee|football|"
    r"rugby|hockey|netball|skating|skateboard|bike|fell|tripped|sunburn|sunburnt|burnt|"
    r"mosquito|bites|bitten|rash|eczema|spots|pimples|acne|cat|kitten|dog|puppy|hamster|rabbit|"
    r"freezing|cold|chilly|vaccine|injection|blood test|braces|"
    # es pt
    r"tatuaje|piercing|operacion|cirugia|rodilla|raspe|futbol|caida|me cai|quemadura|me "
    r"queme|mosquitos?|picaduras?|granos|acne|gato|gata|perro|frio|vacuna|tatuagem|cirurgia|"
    r"joelho|ralei|futebol|queimei|espinhas|cachorro|vacina|"
    # fr de it
    r"tatouage|operation|points de suture|genou|ecorche\w*|foot|tombe\w*|coup de soleil|piqures?|boutons|chat|"
    r"chien|froid|vaccin|tattoo|fadens?|faden|op|knie|aufgeschurft|fussball|gesturzt|sonnenbrand|"
    r"mucken\w*|stiche|pickel|katze|hund|kalt|impfung|tatuaggio|operazione|punti|ginocchio|"
    r"sbucciat\w+|calcio|caduto|caduta|scottatura|zanzar\w+|brufoli|gatto|cane|freddo|vaccino|"
    # ru tr pl id hi
    r"татуировк\w*|тату|пирсинг\w*|операци\w*|швы|коленк\w*|колен\w*|футбол\w*|упал\w*|обгорел\w*|"
    r"комар\w*|укус\w*|прыщ\w*|кошк\w*|кот\w*|собак\w*|холодно|прививк\w*|dovme\w*|piercing|"
    r"ameliyat\w*|dikis\w*|dizim\w*|futbol\w*|dustum|gunes yanig\w*|gunest\w* yandim|sivilce\w*|"
    r"kedi\w*|kopek\w*|soguk|"
    r"usudum|usudugum|tatuaz\w*|kolczyk\w*|operacj\w+|szwy|kolan\w*|pilce|pilka|upadl\w*|slonc\w*|"
    r"spalilam sie|komar\w*|pryszcz\w*|kot|kotek|pies|zimno|szczepion\w*|tato|tindik\w*|operasi|"
    r"jahitan|"
    r"lutut|bola|jatuh|kebakar matahari|nyamuk|jerawat|kucing|anjing|dingin|kedinginan|vaksin|"
    r"tattoo|ghutna|chhil|dhoop se|jal gayi|billi|kutta|thand|taanke)\b|"
    r"(?<!\S)(?:و|ف|ب|بال|ال)?(?:تاتو|وشم|بيرسنج|عمليه|غرز|ركبتي|كوره|انحرقت|قطتي|البسه|القطه|كلب|برد|"
    r"بردانه)(?!\S)|"
    r"ठंड|टैटू|纹身|耳洞|手术|膝盖|踢球|晒伤|蚊子|痘|猫|狗|冷"
)


def healing_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for a cover or healing match in a message that names its
    ordinary cause (module docstring)."""
    if _HEALING.search(text, start, end) and reason_outside_belief(_CAUSE, text):
        return "mundane"
    return None
