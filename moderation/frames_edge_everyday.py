"""A pet on the balcony railing, a jump into the pool, make-up behind a locked
door: the everyday senses of `selfharm_others_edge.py`, for the learned
scorer (`frames_more.everyday_reason`).

Why: "meine katze sitzt auf dem balkongeländer und ich hab angst dass sie
springt", "قطتي قاعده على طرف البلكونه مره ثانيه", "मेरा भाई पूल के किनारे खड़ा
है और कह रहा है कूद जाऊंगा" and "my sister locked herself in the bathroom for an
hour doing her makeup and wont answer me" were held by the scorer alone (1.1
to 1.6): it reads a railing, "I'll jump" or a locked door without the
everyday word next to them, which the edge rules' guards read.  Three
narrow readings, each in 13 languages:

* the message starts with the writer's pet ("my cat", "meine katze",
  "قطتي", "我家猫") and names a balcony, a railing or a window - the pet is
  who sits on the railing;
* a pool and a jump;
* a locked door and make-up, a shower or hair, with no blood and no blade;

and none of them with a death word ("die", "kill", "suicide" and their
forms) anywhere in the message.

A disclosure that names a pool or a pet still has its own words for the
rules ("i want to jump off the top board and not come up" is
`selfharm_unnoticed.py`'s), and the death-word and blood tests keep a pool
or a bathroom that is about dying with the scorer.
"""

from __future__ import annotations

from . import fastre

_PET_FIRST = fastre.compile(
    r"^(?:(?:my|our|meine?|unsere?|mi|nuestr[oa]|minha|meu|nossa|nosso|ma|mon|notre|la mia|il mio|mia|mio|"
    r"моя|мои|наша|наш|moja|moj|nasza|nasz|meri|mera) )?(?:cat|cats|kitten|dog|puppy|bird|parrot|hamster|katze|"
    r"kater|katzchen|hund|vogel|gat[oa]|gatit[oa]|perr[oa]|perrit[oa]|pajaro|gatinh[oa]|cachorr[oa]|passaro|"
    r"chat|chatte|chaton|chien|chienne|oiseau|gatt[oa]|gattino|cane|uccellino|кошка|кот|котик|котенок|собака|пес|"
    r"попугаи|kot|kotek|kotka|pies|piesek|papuga|kedim|kedimiz|kopegim|kusum|kucingku|kucing aku|anjingku|"
    r"billi|kutta|billu|otti|otta|2otta|kalbi)\b|^(?:قطتي|قطتنا|بستي|بسينتي|كلبي|عصفوري)|"
    r"^(?:मेरी बिल्ली|मेरा कुत्ता)|^(?:我家|我的|我家的)?(?:猫|小猫|狗|小狗|鹦鹉)"
)
_EDGE = fastre.compile(
    r"\b(?:balcon\w*|railing|window\w*|ledge|roof|gelander|balkon\w*|fenster\w*|baranda|ventana|varanda|"
    r"sacada|janela|grade|rambarde|fenetre|ringhiera|finestra|балкон\w*|перил\w*|окн\w*|barierk\w*|barierce|"
    r"okn\w*|parapet\w*|korkulu\w*|pencere\w*|pagar|jendela|shebbak|khidki)\b|بلكون\S*|البلكون\S*|شباك|"
    r"الشباك|बालकनी|रेलिंग|खिड़की|阳台|栏杆|窗"
)
_POOL = fastre.compile(
    r"\b(?:pool|swimming|piscina|alberca|pileta|piscine|schwimmbad|freibad|hallenbad|beckenrand|бассеин\w*|"
    r"basen\w*|havuz\w*|kolam|renang)\b|مسبح|المسبح|بركه السباحه|पूल|स्विमिंग|泳池|游泳"
)
_JUMP = fastre.compile(
    r"\b(?:jump\w*|spring\w*|sprung|salt\w*|tir[ao]|tirar\w*|pul[ao]|pular|saut\w*|butt\w*|прыг\w*|skocz\w*|"
    r"skacz\w*|atla\w*|atli\w*|lompat|loncat|nyebur|kood|kud)\b|نط|ينط|تنط|कूद|跳"
)
_DEATH = fastre.compile(
    r"\b(?:die|dying|dead|kill\w*|suicid\w*|end it|sterben|umbringen|tot|morir\w*|matar\w*|suicid\w*|morrer|"
    r"mourir|tuer|morire|ammazz\w*|умер\w*|убить|покончить|umrzec|zabic|olmek|oldur\w*|intihar\w*|mati|bunuh "
    r"diri|marna|mar jau\w*)\b|يموت|تموت|انتحار|ينتحر|मरना|मर जा|आत्महत्या|死|自杀"
)
_LOCKED = fastre.compile(
    r"\b(?:locked|eingeschlossen|eingesperrt|encerr\w*|trancou|trancad[oa]|enferm\w*|chius[oa]|заперл\w*|"
    r"заперся|закрыл\w*|zamkn\w*|kilitl\w*|kapandi|ngunci|ngurung|band (?:hai|ho|kar)\w*)\b|قافل\S*|قفل\S*|बंद|"
    r"锁|关在"
)
_GROOMING = fastre.compile(
    r"\b(?:make ?up|makeup|shower\w*|hair|schmink\w*|dusch\w*|haare|maquill\w*|ducha\w*|pelo|maqui\w*|banho|"
    r"cabelo|douche|cheveux|trucc\w*|doccia|capelli|красит\w*|макияж\w*|душ|волос\w*|maluje|makijaz\w*|"
    r"prysznic\w*|wlos\w*|makyaj\w*|dus|saclar\w*|dandan\w*|keramas|rambut|baal)\b|مكياج|ميك اب|دوش|شعرها|"
    r"मेकअप|नहा|बाल|化妆|洗澡|头发"
)
_HARM = fastre.compile(
    r"\b(?:blood|bleeding|blades?|razor|knife|blut|klinge|messer|sangre|cuchilla|sangue|gilete|lamina|sang|"
    r"lame|lametta|кровь|крови|лезви\w*|krew|krwi|zyletk\w*|kan|jilet|darah|silet)\b|دم|شفره|खून|ब्लेड|血|刀"
)


def edge_everyday_reason(text: str) -> bool:
    """The writer's pet first with a balcony or a window, a pool jump, or a
    locked door with make-up and no blood; never with a death word (module
    doc)."""
    if _DEATH.search(text):
        return False
    if _PET_FIRST.search(text) and _EDGE.search(text):
        return True
    if _POOL.search(text) and _JUMP.search(text):
        return True
    return _LOCKED.search(text) is not None and _GROOMING.search(text) is not None and not _HARM.search(text)
