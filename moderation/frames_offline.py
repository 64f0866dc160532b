"""Everyday reasons for not being online: a phone taken away, no wifi, a
holiday, a move, leaving a game server, practice, a presentation.

Why: `selfharm_offline.py` holds veiled goodbyes ("if i don't log on
tomorrow don't look for me", "it was nice knowing you all", "i wrote
everything i wanted to say in my notes"), and children say the same words
about an ordinary absence: "if i dont log on tmrw its bc my mum took my
phone", "leaving the server, it was nice knowing you all, gg", "it was nice
knowing you, good luck in canada", "i wrote everything i wanted to say in my
notes for the debate", and the joke of a bad report card.  A goodbye match
is excused ("mundane") when the message names such a reason anywhere (before
or after it); `offline_reason` gives the learned scorer the same reading
(it held "si no me conecto mañana es que estoy de viaje sin wifi").

A reason never excuses anything else ("my mum took my phone and i want to
die" still holds on "want to die": the match must be a goodbye about being
online, waiting, looking for the writer, knowing the group or notes).
Patterns run on the phrase form; Chinese on the normalised text.
"""

from __future__ import annotations

from . import fastre

# what the match (or, for the scorer, the message) must name: being online,
# waiting for / looking for the writer, knowing the group, notes
_GOODBYE = fastre.compile(
    r"\b(?:online|on|log ?on|log ?in|reply|answer|show up|wait|look|knowing|notes|conecto|entro|"
    r"contesto|esperen|busquen|conocer\w*|notas|entrar|aparecer|responder|procurem|conhecer|connecte|"
    r"ligne|attendez|cherchez|connaitre|notizen|wartet|sucht|kennen|gekannt|collego|aspettatemi|"
    r"cercatemi|conoscervi|note|зайду|онлайн|ждите|ищите|знать|заметк\w+|girmezsem|beklemeyin|"
    r"aramayin|tanimak|notlarima|cevrimici|wejde|czekajcie|szukajcie|znac|notatkach|cari|tungguin|"
    r"kenal|intezaar|intezar|dhundna|jaan ke|jaanke|da5alt|dasalt)\b|دخلت|تستنوني|تدوروا|عرفتكم|"
    r"ملاحظات|ऑनलाइन|नोट्स|上线|在线|等我|找我|认识|备忘录"
)
_REASON = fastre.compile(
    # en
    r"\b(?:took my phone|takes? my phone|taken my phone|(?:phone|phones) (?:is |got |was )?(?:taken|"
    r"confiscated|broken|broke|dead|died)|grounded|no (?:wifi|wi fi|internet|signal|data|service|"
    r"reception)|wifi|holiday|vacation|trip|camping|camp|travell?ing|abroad|flight|beach|grandmas?|"
    r"nans?|cousins|sleepover|staying at|moving|good luck|new school|server|gg|raid|match|practice|"
    r"training|tournament|exams?|revision|presentation|debate|speech|essay|homework|report card|"
    r"grades|finds out|late|busy|crush|send it|confess\w*|valentine|"
    r"meeting|council|assembly|interview|audition|(?:picks?|picking|drives?|driving) "
    r"me|detention|battery|boss|dentist|doctors?|"
    r"appointment|orthodontist|dentista|medico|rdv|rendez vous|arzt|zahnarzt|termin|dottore|врач\w*|"
    r"стоматолог\w*|dokter|doktor|disci|lekarz\w*|dentyst\w*|me lleva|me leva|fahrt mich|mi porta|"
    r"отвозит|podwozi|nganter|"
    # es pt
    r"me quito el (?:celular|movil|telefono)|castigad[oa]|sin (?:wifi|internet|datos|senal|celular)|"
    r"viaje|vacaciones|campamento|abuela|me mudo|mudanza|suerte|servidor|partida|jugar|examen|"
    r"exposicion|entrenamiento|torneo|recreo|turno|estudiar|te lo paso|pegou meu celular|tomou meu "
    r"celular|sem (?:wifi|internet|sinal)|viagem|viajando|ferias|acampamento|avo|vovo|boa sorte|"
    r"jogo|prova|apresentacao|treino|campeonato|intercambio|resumo|"
    # fr de it
    r"(?:pris|confisque) mon (?:tel|telephone|portable)|privee? de (?:telephone|tel|portable)|sans "
    r"(?:wifi|internet|reseau)|vacances|voyage|colo|grand mere|demenage|bonne chance|serveur|partie|"
    r"controle|expose|entrainement|piscine|bonne continuation|les cours|vient me chercher|"
    r"handyverbot|hausarrest|handy (?:weg|weggenommen|abgenommen)|ohne (?:wlan|internet|netz)|wlan|"
    r"urlaub|reise|ferien|klassenfahrt|oma|umzug|viel gluck|zocken|spiel|turnier|klausur|referat|"
    r"prufung|holt mich ab|telefono|in punizione|senza (?:wifi|internet|rete)|vacanza|vacanze|"
    r"viaggio|gita|campeggio|nonna|trasloco|buona fortuna|partita|allenamento|interrogazione|"
    r"verifica|esame|appunti|a prendere|"
    # ru tr pl id hi
    r"(?:забрал\w*|отобрал\w*) телефон|телефон (?:забрал\w*|отобрал\w*)|без интернета|на даче|"
    r"лагер\w+|отпуск\w*|поездк\w+|каникул\w*|бабушк\w+|переезж\w+|удачи|сервер\w*|катк\w+|"
    r"тренировк\w+|доклад\w*|экзамен\w*|контрольн\w+|конспект|забирает|telefonumu|ceza|internet "
    r"yok|tatil\w*|seyahat|kamp|anneanne\w*|babaanne\w*|tasiniyorum|bol sans|sunucu\w*|oyun\w*|"
    r"antrenman\w*|turnuva\w*|sinav\w*|sunum\w*|aliyor|zabrala mi telefon|szlaban|bez (?:wifi|"
    r"internetu|zasiegu)|wakacj\w+|wycieczk\w+|oboz\w*|babci|przeprowadz\w+|powodzenia|serwer\w*|"
    r"grze|trening\w*|turniej\w*|sprawdzian\w*|prezentacj\w+|odbiera|disita|ga ada (?:wifi|sinyal)|"
    r"liburan|mudik|kemah|nenek|pindah|semoga sukses|latihan|turnamen|ujian|presentasi|"
    r"dijemput|phone le liya|wifi nahi|net nahi|nani|dadi|canada|all the best|tuition|lene|padhne|"
    r"mobile|a5adet|asadet|see (?:you|u|ya)|nos vemos|escuela|colegio|ate mais|a plus|bis bald|ci "
    r"vediamo|увидимся|gorusuruz|do zobaczenia|sampai ketemu|phir milenge)\b|"
    r"جوالي|تلفوني|موبايلي|ما في نت|بدون نت|مسافر|سفر|رحله|جدتي|بالتوفيق|السيرفر|سيرفر|اللعبه|"
    r"تمرين|امتحان|العرض|الملخص|البطوله|फोन ले लिया|स्पीच|परीक्षा|"
    r"没收|没网|没有网|旅游|旅行|出去玩|奶奶家|外婆家|祝你|服务器|游戏|训练|考试|演讲|复习|比赛|来接我|新来的"
)


# a match that names a means of self-harm is not a goodbye about being online:
# "got the rope, just waiting for my parents to go on holiday" reads "wait" and
# "holiday" but waits for a moment (`selfharm_waiting.py`)
_MEANS_NAMED = fastre.compile(
    r"\b(?:pills|tablets|meds|medication|painkillers|paracetamol|ibuprofen|antidepressants|rope|noose|"
    r"blades?|pastillas|medicamentos|"
    r"remedios?|comprimidos|pilulas|cuerda|soga|corda|cuchillas|laminas|cachets|comprimes|medocs|"
    r"medicaments|corde|lames|tabletten|pillen|medikamente|seil|strick|klingen|pillole|pastiglie|"
    r"farmaci|lamette|таблет\w*|лекарств\w*|веревк\w*|лезви\w*|hap(?:lar\w*|lari\w*|i|im\w*)?|"
    r"ilac\w*|ipi|ipim|jilet\w*|tablet\w*|leki|lekow|lekami|sznur\w*|zyletk\w*|obat\w*|tali|"
    r"talinya|taliku|silet\w*|goliyan|goliya|dawai|rassi|"
    r"emoji_pill|emoji_rope|emoji_razor)\b|حبوب|الحبل|دوا|गोलि|रस्सी|药|绳|刀片"
)


def offline_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for a goodbye match in a message that names an everyday
    reason for being offline (module docstring); never for a match that
    names a means."""
    if _GOODBYE.search(text, start, end) and _REASON.search(text):
        if _MEANS_NAMED.search(text, start, end):
            return None
        return "mundane"
    return None


# for the scorer, which reads the whole message: the goodbye words proper (not "on", "look")
_GOODBYE_STRICT = fastre.compile(
    r"\b(?:online|log ?on|log ?in|(?:wait|look) for me|knowing (?:you|u|everyone)|my notes|conecto|"
    r"me esperen|me busquen|conocer(?:los|os|les)|mis notas|entrar|me procurem|me esperem|conhecer "
    r"voces|nas notas|connecte|en ligne|m'attendez|me cherchez|vous connaitre|notizen|wartet|sucht|zu "
    r"kennen|collego|aspettatemi|cercatemi|conoscervi|nelle note|зайду|онлайн|ждите|ищите|вас знать|"
    r"заметк\w+|girmezsem|beklemeyin|aramayin|tanimak|notlarima|cevrimici|wejde|czekajcie|szukajcie|"
    r"was znac|notatkach|jangan cari|tungguin|kenal kalian|intezaar|intezar|dhundna|mes notes|(?:ga|"
    r"gak|nggak) (?:on|online)|jaan ke)\b|دخلت|تستنوني|تدوروا|عرفتكم|ملاحظات|ऑनलाइन|नोट्स|上线|在线|等我|"
    r"找我|认识你们|备忘录"
)


def offline_reason(text: str) -> bool:
    """The message says goodbye about being online, waiting or notes and
    names an everyday reason: the scorer declines it, as the rules' frame
    does for their matches."""
    return _GOODBYE_STRICT.search(text) is not None and _REASON.search(text) is not None
