"""What a relative's job, or general knowledge, says about *other people's*
self-harm: "my aunt is a nurse and says loads of teens come in after
hurting themselves, that's why this matters", "my mum works in a&e and she
sees kids who cut themselves every week", "meri mausi nurse hai aur kehti
hai ki bahut saare teenagers khud ko hurt karke aate hain".

Why: the generic frame of `frames.py` excuses "kids who self harm" only
when nothing in the sentence before the match is in the first person, and
"*my* aunt" is; the Hindi reflexive "khud ko" is read as the writer's own
unless "wo" comes before it.  So a child who tells the consultation why the
topic matters, from what a nurse, a paramedic or a police officer in the
family sees, was held as a disclosure.

A self-harm match is excused ("knowledge") when

* a source is named before it: a relative or a family friend with a job
  that sees it (nurse, doctor, paramedic, police, psychologist, social
  worker, teacher; "my aunt is a nurse", "mi tía es enfermera", "meine
  Mutter arbeitet in der Notaufnahme", "моя мама врач", "meri mausi nurse
  hai", "我妈妈是护士"), or general knowledge ("statistics say", "i read
  that", "studies show", "apparently");
* the people who do it are a group, named right before the match: a
  number word and a plural ("loads of teens", "so many young people",
  "muchos adolescentes", "viele Jugendliche", "много подростков", "bahut
  saare teenagers", "很多青少年") or a plural with "who" ("kids who");
* the act is theirs: the reflexive is plural ("themselves", "a sí
  mismos", "kendilerine", "انفسهم"), or the Hindi verb is plural ("... khud ko hurt karke aate hain"), and nobody else -
  the writer, a friend, "she" - speaks between the group and the match;
* and nobody is at risk now: no "right now", "tonight", "last night", no
  friend, sibling or classmate named outside the source, no "herself",
  the writer does not join in ("i do it too", "me too", "yo también") nor
  speaks after the match ("..., i want to be one of them", "like me"), no first-person
  disclosure ("my aunt is a nurse and my cousin is cutting herself rn",
  "... and says a girl from my class tried to kill herself", "my mum is a
  nurse and says im hurting myself" stay held).

Only called for a self-harm match no earlier frame excused
(`frames_more.selfharm_more_frame`); "knowledge" also tells the learned
scorer to leave the message to the rules (`frames_more.declines_model`).
Patterns run on the phrase form ("a&e" reads "a e"); Chinese and
Devanagari on the text as it is.
"""

from __future__ import annotations

from . import fastre

_rx = fastre.compile_phrase  # a pattern over the phrase form, accents stripped

# a relative or family friend ...
_RELATIVE = {
    "en": r"(?:my|our) (?:aunt|auntie|aunty|uncle|mum|mom|mam|mother|dad|father|sister|brother|cousin|"
    r"nan|nana|gran|granny|grandma|grandad|grandpa|neighbou?r|godmother|godfather|stepmum|stepmom|"
    r"stepdad|step mum|step mom|step dad|family friend|friends? (?:mum|mom|dad))",
    "es": r"mi (?:tia|tio|mama|madre|papa|padre|hermana|hermano|prima|primo|abuela|abuelo|vecina|vecino|"
    r"madrina|padrino)",
    "pt": r"(?:minha|meu) (?:tia|tio|mae|pai|irma|irmao|prima|primo|avo|vizinha|vizinho|madrinha|"
    r"padrinho)",
    "fr": r"(?:ma|mon) (?:tante|oncle|mere|mere|pere|soeur|frere|cousine?|grand mere|grand pere|"
    r"voisine?|marraine|parrain|daronne|daron)",
    "de": r"(?:meine|mein) (?:tante|onkel|mutter|mama|vater|papa|schwester|bruder|cousine|cousin|oma|"
    r"opa|nachbarin|nachbar|patentante|patenonkel)",
    "it": r"(?:mia|mio) (?:zia|zio|mamma|madre|padre|papa|sorella|fratello|cugina|cugino|nonna|nonno|"
    r"vicina|vicino|madrina|padrino)",
    "ru": r"(?:моя|мой) (?:тетя|тётя|дядя|мама|мать|папа|отец|сестра|брат|кузина|бабушка|дедушка|"
    r"соседка|сосед|крестная|крестный)",
    "tr": r"(?:teyzem|halam|dayim|amcam|annem|babam|ablam|abim|kuzenim|anneannem|babaannem|komsumuz)",
    "pl": r"(?:moja|moj) (?:ciocia|ciotka|wujek|mama|matka|tata|ojciec|siostra|brat|kuzynka|kuzyn|"
    r"babcia|dziadek|sasiadka|sasiad|chrzestna|chrzestny)",
    "id": r"(?:tante|om|paman|bibi|mama|ibu|papa|ayah|kakak|sepupu|nenek|kakek|tetangga)(?:ku| aku| "
    r"gue| saya)",
    "hi": r"(?:meri|mera|mere) (?:mausi|masi|bua|chachi|mami|mummy|mummy|mom|maa|papa|pappa|dad|"
    r"didi|bhaiya|bhai|behen|cousin|chacha|mama|tauji|nani|dadi)",
}
# ... with a job that sees it
_JOB = {
    "en": r"nurse|doctor|paramedic|gp|psychologist|psychiatrist|therapist|counsell?or|social worker|"
    r"police|policeman|policewoman|police officer|cop|teacher|ambulance|a e|hospital|emergency|"
    r"ward|camhs|youth worker|pharmacist|midwife|firefighter",
    "es": r"enfermera|enfermero|medica|medico|doctora|doctor|psicologa|psicologo|policia|paramedico|"
    r"profesora|profesor|urgencias|hospital|trabajadora social",
    "pt": r"enfermeira|enfermeiro|medica|medico|psicologa|psicologo|policial|paramedico|professora|"
    r"professor|pronto socorro|hospital|assistente social",
    "fr": r"infirmiere|infirmier|medecin|docteur|psychologue|psy|policiere|policier|flic|pompier|"
    r"prof|urgences|hopital|assistante sociale",
    "de": r"krankenschwester|krankenpfleger\w*|pflegerin|arztin|arzt|sanitater\w*|psychologin|"
    r"psychologe|polizistin|polizist|lehrerin|lehrer|notaufnahme|krankenhaus|rettungsdienst|"
    r"sozialarbeiterin",
    "it": r"infermiera|infermiere|medico|dottoressa|psicologa|psicologo|poliziotta|poliziotto|"
    r"paramedico|professoressa|pronto soccorso|ospedale|assistente sociale",
    "ru": r"медсестр\w*|врач\w*|фельдшер\w*|психолог\w*|полицейск\w*|полици\w*|учител\w*|скор\w*|"
    r"больниц\w*|реанимаци\w*|травматолог\w*",
    "tr": r"hemsire|doktor|psikolog|polis|ogretmen|acil\w*|hastane\w*|sosyal hizmet",
    "pl": r"pielegniark\w*|lekark\w*|lekarz\w*|ratowni\w*|psycholog\w*|policj\w*|nauczyciel\w*|"
    r"szpital\w*|sor\w*|pogotowi\w*",
    "id": r"perawat|suster|dokter|psikolog|polisi|guru|igd|rumah sakit|ugd",
    "hi": r"nurse|doctor|police|psychologist|counsell?or|teacher|hospital|emergency",
}
# general knowledge: "statistics say", "i read that", "studies show"
_KNOWN = (
    r"statistics|stats|studies|research|apparently|i (?:read|heard|learned|learnt|saw) (?:that|online|"
    r"on the news|in an article)|on the news|the news said|segun las estadisticas|las estadisticas|"
    r"les statistiques|d'apres les etudes|laut statistik|studien zeigen|secondo le statistiche|"
    r"по статистике|istatistiklere gore|wedlug statystyk|menurut statistik|ankde|aankde"
)
_SOURCE = _rx(
    r"\b(?:(?:" + "|".join(_RELATIVE.values()) + r")\b[^.!?]{0,40}?\b(?:" + "|".join(_JOB.values())
    + r")|" + _KNOWN + r")\b|"
    r"(?:خالتي|عمتي|امي|ابوي|ابي|اختي|اخوي|خالي|عمي|جدتي)(?: \S+){0,3} (?:ممرضه|دكتوره|دكتور|طبيبه|"
    r"طبيب|شرطي|مسعف|اخصائيه|اخصائي|معلمه|معلم|بالطوارئ|بالمستشفى|في الطوارئ|في المستشفى)|"
    r"(?:मेरी|मेरा|मेरे) (?:मौसी|बुआ|चाची|मामी|मम्मी|माँ|पापा|दीदी|भैया|चाचा|मामा) (?:\S+ ){0,3}"
    r"(?:नर्स|डॉक्टर|पुलिस|टीचर|अस्पताल)|"
    r"我(?:妈妈|妈|爸爸|爸|姑姑|阿姨|舅舅|叔叔|姐姐|哥哥|表姐|奶奶)(?:是|在)(?:\S{0,6})?(?:护士|医生|警察|"
    r"心理医生|心理咨询师|老师|急诊|医院)|据统计|统计"
)
# the group that does it, right before the match
_GROUP = _rx(
    r"\b(?:(?:loads of|lots of|so many|many|a lot of|most|plenty of|heaps of|tons of|hundreds of|"
    r"dozens of|more and more|some|a bunch of) (?:\w+ )?(?:teens|teenagers|kids|people|young people|"
    r"students|patients|girls|boys|children|adolescents|youngsters|pupils)|(?:teens|teenagers|kids|"
    r"young people|students|patients|girls|boys|children|adolescents|people) (?:who|that)|"
    r"(?:muchos|muchas|un monton de|tantos|bastantes) (?:\w+ )?(?:adolescentes|chicos|chicas|jovenes|"
    r"ninos|ninas|chavales|pacientes|alumnos)|mucha gente|"
    r"(?:muitos|muitas|varios|varias) (?:\w+ )?(?:adolescentes|jovens|alunos|criancas|meninas|meninos|"
    r"pacientes)|muita gente|"
    r"(?:plein|beaucoup|pas mal|un tas) d'(?:ados|adolescents|jeunes|eleves|enfants|gamins)|"
    r"(?:beaucoup|plein) de (?:jeunes|gens|gamins|patients)|des jeunes qui|"
    r"viele (?:\w+ )?(?:jugendliche|kinder|teenager|leute|menschen|schuler|schulerinnen|patienten|"
    r"madchen)|"
    r"(?:tanti|tante|molti|molte) (?:\w+ )?(?:ragazzi|ragazze|giovani|adolescenti|pazienti|bambini)|"
    r"tanta gente|"
    r"(?:много|многие|куча) (?:\w+ )?(?:подростк\w*|детей|людей|школьник\w*|пациент\w*|девочек|"
    r"девушек)|"
    r"(?:bir suru|cok|bircok|pek cok) (?:\w+ )?(?:genc\w*|cocuk\w*|ogrenci\w*|insan\w*|hasta\w*)|"
    r"(?:wielu|duzo|mnostwo|sporo) (?:\w+ )?(?:nastolatkow|dzieci|mlodych|ludzi|uczniow|pacjentow|"
    r"dziewczyn)|"
    r"banyak (?:\w+ )?(?:remaja|anak|orang|siswa|pasien|cewek)|"
    r"(?:bahut|kaafi|kai) (?:saare |sare |se )?(?:teenagers|teens|bachche|bacche|bachhe|log|ladkiyan|"
    r"ladke|students|kishor))\b|"
    r"(?:كثير من|كثير|ناس كثير|اغلب|عدد كبير من) ?(?:ال)?(?:مراهقين|بنات|شباب|طلاب|ناس|اطفال|مرضى)|"
    r"(?:बहुत सारे|बहुत से|कई) (?:किशोर|बच्चे|लोग|लड़कियाँ|लड़कियां|लड़के|छात्र)|"
    r"很多|不少|好多|许多"
)
# someone else speaks between the group and the match
_OTHER_SUBJECT = _rx(
    r"\b(?:i|im|me|my|myself|she|he|her|him|his|yo|mi|je|moi|ich|mich|mein|meine|eu|minha|meu|io|"
    r"я|меня|мой|моя|ben|beni|benim|ja|mnie|aku|gue|main|mai|mujhe|meri|mera)\b|मैं|मुझे|我|انا"
)
# someone at risk now, or a person named with the act (whole message)
_AT_RISK = _rx(
    r"\b(?:rn|right now|tonight|last night|just now|at the moment|this morning|"
    r"(?:my|a|our) (?:best )?(?:friend|mate|bestie|bff|classmate|sister|brother|cousin|girlfriend|"
    r"boyfriend|bf|gf)|a (?:girl|boy|kid) (?:from|in|at) my|herself|himself|myself|"
    r"ahora mismo|esta noche|anoche|agora|hoje a noite|ce soir|en ce moment|gerade|heute nacht|"
    r"stanotte|adesso|прямо сейчас|сегодня ночью|вчера ночью|su an|bu gece|teraz|dzis w nocy|"
    r"sekarang|malam ini|abhi|aaj raat|"
    # the writer joins in: "..., i do it too", "me too", "yo también"
    r"me too|so do i|same here|i (?:do|did|also|keep|still|have)|yo tambien|eu tambem|moi aussi|"
    r"ich auch|anche io|я тоже|ben de|ja tez|aku juga|main bhi|mai bhi)\b|"
    r"الحين|هلق|الليله|وانا كمان|انا كمان|وانا بعد|وانا ايضا|अभी|आज रात|मैं भी|现在|今晚|昨晚|我也"
)
# the writer after the match: "..., i want to be one of them", "like me", "and i get why"
_WRITER_AFTER = _rx(
    r"\b(?:i|im|me|my|myself|mine|yo|je|moi|ich|mich|eu|io|я|меня|мне|ben|bana|ja|mnie|aku|gue|"
    r"main|mai|mujhe|mera|meri)\b|मैं|मुझे|मेरा|मेरी|我|(?:^|\s)انا(?!\S)"
)
# the English reflexive of a group; the Hindi plural verb after the reflexive
_THEMSELVES = _rx(
    r"\b(?:themselves|themself|a si mism[oa]s|eux memes|elles memes|se stess[ie]|kendilerine|"
    r"kendilerini|diri mereka)\b|انفسهم|نفسهم"
)
_HI_REFLEXIVE = _rx(r"\bkhud\b|खुद|ख़ुद")
_HI_PLURAL = _rx(r"[^.!?।]{0,50}?(?:\b(?:hain|rehte|karte|aate|lete)\b|हैं|ते )")
_SENT_END = _rx(r"[.!?।。]")


def others_knowledge_frame(text: str, start: int, end: int) -> str | None:
    """"knowledge" when text[start:end] is a group's self-harm, told from
    what a relative's job sees or from general knowledge (module doc)."""
    group = None
    for m in _GROUP.finditer(text, max(0, start - 60), start):
        group = m
    if group is None or _OTHER_SUBJECT.search(text, group.end(), start):
        return None
    source = _SOURCE.search(text, 0, group.start())
    if source is None:
        return None
    if _THEMSELVES.search(text, start, end) is None:
        if _HI_REFLEXIVE.search(text, start, end) is None or not _HI_PLURAL.match(text, end):
            return None
    # (the source may be a sister or a cousin: "my cousin is a nurse and ...")
    if _AT_RISK.search(text, 0, source.start()) or _AT_RISK.search(text, source.end()):
        return None
    if _WRITER_AFTER.search(text, end):
        return None
    return "knowledge"
