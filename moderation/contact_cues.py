"""Cue families for the grooming signals stage (`contact_signals.py`).

Each family is a loose, *weak* cue: on its own it is everyday chat ("you're
so pretty", "add me on discord", "nos vemos", "what school do you go to"),
so none of these is a rule that holds a message by itself.  The stage holds
only when two different families meet in one message aimed at the reader.

Families: secrecy, offplatform, flattery, parents (supervision: "do your
parents check your phone"), alone, meeting, gifts, photo, personal (age,
where the reader *lives*, school, school times; "where are you from" is not a
cue at all).  Languages: en es fr pt de it (Latin), ru (Cyrillic + a little
translit), ar (MSA and dialects; Arabizi through `az`), hi (Hinglish and
Devanagari) in one spaced pattern per family, matched against the phrase
form (`Prepared.plain`: "u r" -> "you are", "ur" -> "your", "vc" -> "video
call", "photo"/"pic"/"selfie" -> "picture", "insta" -> "instagram",
"snapchat" -> "snap", diacritics stripped, Arabic letters folded); Chinese
(simplified and traditional in one pattern) in unspaced families matched
against the normalised text, like `signals._ZH`.

Patterns name the *reader's* things ("your parents", "tus padres",
"твои родители"), offers to the reader ("i'll buy you", "te regalo") and
imperatives ("dm me", "escribeme", "напиши мне"), so "my mum bought me
robux", "my parents check my phone" and "we meet every saturday" are no cue.
Written from our own examples (tests/moderation/test_contact_signals.py).
"""

from __future__ import annotations

import unicodedata

from .packs.ar._script import az, az_triggers


def _n(s: str) -> str:
    # NFKC like the message text: Devanagari nukta letters decompose
    return unicodedata.normalize("NFKC", s)


def _alts(*alternatives: str, lead: bool = True) -> str:
    """Top-level alternation, each alternative a whole word at its end; `lead`
    adds a leading word boundary (off for Arabic, whose words take attached
    prefixes: "ولا تقول")."""
    b = "\\b" if lead else ""
    return "|".join(f"{b}{a}(?!\\w)" for a in alternatives)


def _spec(triggers: str, latin: list[str], arabic: list[str], arabizi: list[str],
          arabizi_triggers: str) -> list[tuple[str, str]]:
    """One (triggers, pattern) rule per alternative, each triggered only by the
    family's trigger words that occur in it: a family is one cue, but a
    message about "parents" must not run the Russian, Arabic and Hindi forms
    of the family.  Small rules also let `rule()` expand each pattern's head so
    every part starts with a literal (fast search)."""
    words = _n(triggers).split()
    az_words = arabizi_triggers.split()
    out: list[tuple[str, str]] = []
    for alts, lead, pool, conv in ((latin, True, words, None), (arabic, False, words, None),
                                   (arabizi, True, az_words, az)):
        for a in alts:
            src = _n(a)
            own = [w for w in pool if _mentions(src, w)] or pool
            trig = az_triggers(" ".join(own)) if conv else " ".join(own)
            out.append((trig, _alts(conv(src) if conv else src, lead=lead)))
    return out


def _mentions(src: str, word: str) -> bool:
    """Whether an alternative's source can match text containing `word`
    (generous: stems written with a class or suffix, "телег[аеу]", count)."""
    if word in src or (len(word) >= 5 and word[:-1] in src) or (len(word) >= 7 and word[:-2] in src):
        return True
    # elided French/Italian forms are one token without the apostrophe: "t'offre" -> "toffre"
    return len(word) > 3 and word[0] + "'" in src and word[1:] in src


# apps used to move a chat somewhere unmoderated; "snap" also stands for
# snapchat in the phrase form.  Not preceded by the writer's own ("my
# whatsapp") or a third person's.
_APP_NAMES = (
    "whatsapp|whats app|telegram|snap|kik|discord|instagram|wechat|skype|facetime|viber|threema|"
    "wickr|zap|zapzap|wpp|qq|line id|signal app|vk|вк|телеграм\\w*|телег[аеу]|тг|ватсап\\w*|"
    "вотсап\\w*|вацап\\w*|дискорд\\w*|инст[ау]\\w*|снап\\w*|вичат|واتساب|واتس|الواتس|الواتساب|"
    "تليجرام|تلغرام|تلجرام|سناب|سنابشات|انستا|انستقرام|انستغرام|ديسكورد|دسكورد|व्हाट्सएप|व्हाट्सऐप|इंस्टा|"
    "इंस्टाग्राम|स्नैप|टेलीग्राम|डिस्कॉर्ड"
).split("|")
_APP = "(?:" + "|".join(_APP_NAMES) + ")"
# one alternative per app, the literal first (a leading look-behind would make
# the regex engine try every position): not the writer's own, the reader's or
# a third person's account ("my whatsapp", "love your insta", "her insta"),
# not "oh snap", "snap out of it".  A bare mention is the weak family "app"
_APP_ALTS = [
    f"{a}" + "".join(f"(?<!{w} {a})" for w in ("my", "your", "his", "her", "our", "their", "oh"))
    + ("(?! out)" if a == "snap" else "")
    if "\\" not in a and "[" not in a else a
    for a in _APP_NAMES
]
_APP_WORDS = (
    "whatsapp whats telegram snap kik discord instagram wechat skype facetime viber threema wickr "
    "zap zapzap wpp qq line signal vk вк телеграм телеграмм телеграме телеграму телеграмме телега "
    "телеге телегу тг ватсап ватсапе вотсап вотсапе вацап вацапе дискорд дискорде дискорду инста "
    "инсте инсту инстаграм инстаграме снап снапе снапчат снапчате вичат واتساب واتس الواتس الواتساب "
    "تليجرام تلغرام تلجرام سناب سنابشات انستا انستقرام انستغرام ديسكورد دسكورد व्हाट्सएप "
    "व्हाट्सऐप इंस्टा इंस्टाग्राम स्नैप टेलीग्राम डिस्कॉर्ड"
)

FAMILIES: dict[str, list[tuple[str, str]]] = {
    "secrecy": _spec(
        "tell show mention say secret secretito secreto segredo segredinho geheimnis segreto "
        "between delete erase clear unsend remove keep know find digas cuentes muestres entre "
        "nadie borra borres conta conte fala fale diga mostra ninguem nos apaga apague dis "
        "raconte montre parle personne notre nous efface supprime sag niemandem keinem unser "
        "uns zwischen niemand losch losche loschen dirlo dire raccontare nessuno nostro tra fra "
        "cancella rimane никому родителям маме папе секрет между никто удали сотри удаляи "
        "nikomu kisi batana batao bolna raaz secret beech dono delete mita mummy papa parents "
        "gharwalon किसी राज़ राज सीक्रेट बीच डिलीट لا ما سر سرنا بيني بيننا محدش حد احد امسح "
        "احذف امسحي احذفي borrar apagar effaces supprimes",
        [
            r"(?:do not|never|better not|must not|can not) (?:ever )?(?:tell|show|mention this to|"
            r"say anything to|say a word to|let) (?:this |it |that |about (?:this|me|us) )?(?:to )?"
            r"(?:anyone|anybody|no one|your (?:parents|mum|dad|family|friends|teachers?|sister|"
            r"brother|mum or dad|mum and dad))",
            r"(?:our|a) (?:little |special |tiny |own )?secret(?! santa)",
            r"(?:keep|kept) (?:this|it|that|us|our \w+|what we) (?:\w+ )?(?:a secret|secret|private|"
            r"quiet|to yourself|on the low|between us|hidden|from your (?:parents|mum|dad))",
            r"between (?:us two|you and me|me and you)", r"(?:just|only|stays|stay) between us",
            r"(?:no one|nobody) (?:has|needs|will|should|must|is going|has got) (?:to )?(?:ever )?"
            r"(?:know|find out|see this)",
            r"(?:delete|erase|clear|unsend|remove) (?:our|the|these|this|all|all of our|all our|"
            r"your|those|all the|all these) (?:messages?|chats?|conversations?|texts?|dm|history)",
            r"no (?:se lo |le |les |lo )?(?:digas|cuentes|muestres) (?:nada |esto |eso )?"
            r"(?:a )?(?:nadie|tus|tu)", r"(?:nuestro|un|es un) (?:pequeno )?(?:secreto|secretito)",
            r"entre (?:tu y yo|nosotros|nosotras)", r"que nadie se entere",
            r"nadie (?:tiene que|debe|necesita|va a) (?:saber|enterarse)",
            r"borra(?:r)? (?:los|nuestros|el|la|esta|este|todos los|tus) (?:mensajes|chat|chats|"
            r"conversacion)",
            r"nao (?:conta|conte|fala|fale|diga|mostra|mostre)(?: nada| isso| isto| sobre isso| "
            r"sobre a gente| sobre nos)? (?:pra |para |a |aos |pros |pras |com )?(?:ninguem|seus|"
            r"teus|sua|tua|seu|teu|os seus|a sua)",
            r"(?:nosso|um) (?:segredo|segredinho)", r"entre (?:nos|a gente|mim e voce|eu e voce)",
            r"ninguem (?:precisa|pode|vai|tem que) (?:saber|descobrir)",
            r"apag(?:a|ue|ar) (?:as|nossas|a|essa|essas|nossa|todas as) (?:mensagens|conversa|"
            r"conversas|chat)",
            r"ne (?:le |leur |lui |en )?(?:dis|raconte|montre|parle) (?:rien|pas|jamais)",
            r"(?:dis|raconte|parle)(?: le| rien| ca| en)? a personne",
            r"(?:notre|un) (?:petit )?secret", r"entre (?:nous|toi et moi)",
            r"personne (?:ne doit|ne va|doit|va) (?:le |rien )?savoir",
            r"(?:efface|supprime|effaces|supprimes) (?:nos|les|la|notre|cette|ces|tes|tous les) "
            r"(?:messages|conversation|conv|discussion|discu|chat)",
            r"sag (?:es |das |davon |bloss |ja )?(?:niemandem|keinem|keinen|nichts (?:deinen|"
            r"deiner|deinem))", r"(?:unser|ein) (?:kleines )?geheimnis", r"unter uns",
            r"zwischen (?:uns|dir und mir)", r"niemand (?:muss|darf|soll) (?:das |es |davon )?"
            r"(?:wissen|erfahren)",
            r"losch(?:e|en)? (?:die|unsere|den|alle|deine|diese|unseren) (?:nachrichten|chats?|"
            r"verlauf|unterhaltung)",
            r"non (?:dirlo|dire niente|dire nulla|lo dire|raccontarlo|dire|raccontare)(?: niente| "
            r"nulla| questo)? a (?:nessuno|i tuoi|tua|tuo|mamma|papa)",
            r"(?:nostro|un) (?:piccolo )?segreto", r"(?:tra|fra) (?:noi|me e te|te e me)",
            r"nessuno (?:deve|dovra|ha bisogno di) (?:mai )?saper(?:e|lo)",
            r"cancella (?:i|la|le|questi|questa|tutti i|tutta la|la nostra|i nostri) (?:messaggi|"
            r"chat|conversazione)",
            r"никому не (?:говори|рассказываи|пиши|показываи)",
            r"не (?:говори|рассказываи) (?:родителям|маме|папе|никому)",
            r"(?:родителям|маме|папе) не (?:говори|рассказываи)",
            r"наш (?:маленькии )?секрет", r"(?:только )?между нами", r"никто не (?:должен|узнает)",
            r"(?:удали|сотри|удаляи) (?:переписку|сообщения|чат|наш чат|нашу переписку)",
            r"nikomu ne (?:govori|rasskazyvai)",
            r"kisi (?:ko )?(?:mat|na|mt|nahi|matt) (?:batana|batao|bataana|bolna|bata)",
            r"(?:mummy|mumma|mum|papa|maa|gharwalon|gharwalo|parents|ghar pe|ghar par|ghar mein)"
            r"(?: ko)?(?: kuch)? (?:mat|na|nahi) (?:batana|batao|bolna|bata)",
            r"(?:hamara|apna) (?:chhota sa |chota sa )?(?:raaz|secret)",
            r"(?:sirf )?hum dono ke beech", r"(?:chat|messages|message) (?:delete|mita) kar (?:do|dena|dijiye)",
            r"किसी को (?:मत|ना|न|नहीं) (?:बताना|बताओ|बोलना)", r"(?:हमारा|अपना) (?:राज़|राज|सीक्रेट)",
            r"हम दोनों के बीच", r"(?:चैट|मैसेज) डिलीट कर",
        ],
        [
            r"(?:لا|ما) (?:تقول|تقولي|تخبر|تخبري|تحكي|تحكيلي|تعلم|تقل|تعلمي|تخبرين)(?: \S+){0,2}? "
            r"(?:لاحد|احد|حدا|لحدا|اهلك|لاهلك|امك|ابوك|لامك|لابوك|والديك|لوالديك|اي احد|لاي احد)",
            r"سر (?:بيننا|بينا|بيني وبينك)", r"بيني وبينك", r"سرنا", r"بيننا وبس",
            r"(?:محدش|ما حد|لا احد|محد|ماحد) (?:يعرف|يدري|لازم يعرف)",
            r"(?:امسح|احذف|امسحي|احذفي) (?:المحادثه|الرسايل|الرسائل|الشات|المحادثات)",
        ],
        [
            r"(?:la|ma) (?:t2ol|t2oul|t2oli|tqol|tgol|tgoli|t5abr|t5bri) (?:\w+ ){0,2}?(?:la7ad|l7ad|"
            r"7ada|ahlak|ahlek|ahlik|mamtak|babak)", r"ser (?:benna|bena|binatna|benatna)",
            r"(?:beni|bini) (?:w|wa) (?:benak|binak|benek|binik)",
        ],
        "t2ol t2oul t2oli tqol tgol tgoli t5abr t5bri ser beni bini",
    ),
    "offplatform": _spec(
        _APP_WORDS + " dm pm inbox text message call hmu add private privately privat app number "
        "escribeme hablame agregame agregas agrega mandame privado md dame pasame chama add "
        "adiciona segue manda passa pv direct ecris ecrire ajoute contacte envoie prive mp "
        "donne quoi schreib adde add dms gib nummer scrivimi aggiungimi contattami mandami "
        "privato dammi passami напиши пиши добавь личку лс скинь дай ник napishi dobav lichku "
        "mujhe number personal apna apni मुझे नंबर प्राइवेट hit somewhere username handle ls muje "
        "mereko hop go move switch continue speak chat talk tienes tenes usas tem tens usa tas hast "
        "bist hai usi sei есть paas كلمني كلميني راسلني راسليني ضيفني "
        "ضيفيني اضفني ابعتلي الخاص خاص رقمك",
        [
            # the whole invitation, before the bare app name: "talk on" alone reads as a
            # discussion frame ("talk on the radio"), "lets talk on telegram" is a move
            r"(?:lets |let us |we can |we could |can we |we should |shall we |want to |how about "
            r"we )?(?:talk|chat|move|continue|go|switch|speak|text|hop)(?: this)? (?:on|to|in|over) "
            + _APP,
            # asking for the reader's account
            r"(?:do|have) you (?:have|got|use|on) (?:a |an )?" + _APP,
            r"(?:tienes|tenes|usas) " + _APP, r"(?:voce|video call|tu)? ?(?:tem|tens|usa) " + _APP,
            r"(?:t'as|tu as|as tu|t'es sur|tu es sur) " + _APP, r"(?:hast du|bist du auf|bist du bei) "
            + _APP, r"(?:hai|usi|sei su) " + _APP, r"у тебя есть " + _APP,
            r"(?:tumhare paas|tere paas|aapke paas) " + _APP,
            r"(?:dm|pm|inbox|text|message|call|snap|hit|add) me(?: up)?(?! back)",
            r"hmu", r"(?:go|talk|chat|move|continue|switch) (?:this )?(?:to |in |on )?(?:private|"
            r"privately|another app|a different app|somewhere (?:else|private))",
            r"private (?:chat|message|messages|dm)",
            r"(?:what is|give me|send me|tell me|can i have|can i get|drop) your (?:number|phone "
            r"number|username|handle|instagram|snap|discord|whatsapp|telegram)",
            r"(?:escribeme|hablame|agregame|me agregas|agrega me|mandame (?:un )?(?:mensaje|msj|dm|md))",
            r"(?:por|al|en) (?:privado|md|dm)",
            r"(?:pasame|dame) tu (?:numero|numerito|cel|celular|whats|instagram|snap|usuario)",
            r"me (?:chama|add|adiciona|segue|manda (?:mensagem|msg|um oi|direct))",
            r"(?:chama|fala comigo|conversa comigo) (?:no|na) (?:pv|privado|direct|dm)",
            r"(?:no|pelo) (?:privado|pv|direct)",
            r"(?:me )?passa (?:o )?(?:seu|teu) (?:numero|zap|whats|instagram|snap|cel|celular)",
            r"(?:ecris|ajoute|contacte|ecrire) moi", r"envoie moi un (?:message|msg|mp)",
            r"en (?:prive|mp)", r"mp moi",
            r"donne moi ton (?:snap|instagram|numero|num|whatsapp|tel)",
            r"c'est quoi ton (?:snap|instagram|num|numero|tel)",
            r"schreib (?:mir|mich an)", r"(?:adde|add) mich", r"privat (?:schreiben|chatten|reden)",
            r"(?:per|in die|in den) dms?",
            r"(?:gib mir|was ist) deine (?:nummer|handynummer|snap|instagram)",
            r"(?:scrivimi|aggiungimi|contattami)", r"mandami un (?:messaggio|msg|dm|vocale)",
            r"in (?:privato|dm|direct)",
            r"(?:passami|dammi) (?:il )?(?:tuo )?(?:numero|whatsapp|snap|instagram|contatto)",
            r"напиши (?:мне|в лс|в личку)", r"пиши (?:мне )?в (?:лс|личку)", r"добавь меня",
            r"в (?:личку|лс)",
            r"(?:скинь|дай) (?:свои |свой )?(?:номер|ник|тг|телеграм|инсту|снап)",
            r"napishi mne", r"dobav menya", r"v (?:lichku|ls)",
            r"(?:mujhe|muje|mereko) (?:\w+ ){0,2}?(?:message|msg|dm|text|call|add) (?:karo|kar|kardo|"
            r"kar do|karna|kijiye)",
            _APP + r" (?:pe|par|per) (?:aao|aa jao|baat karo|baat karte|message karo|add karo|milo|"
            r"milte)", r"(?:mujhe|muje) add karo",
            r"(?:apna|apni) (?:number|no|whatsapp|instagram|snap|id) (?:do|de do|dedo|bhejo|batao)",
            r"(?:personal|private) (?:mein|me|pe) baat",
            r"मुझे (?:मैसेज|मेसेज|कॉल) (?:करो|कर|करना)", r"अपना नंबर (?:दो|दे दो|भेजो)",
            r"प्राइवेट (?:में )?बात",
        ],
        [
            r"(?:كلمني|كلميني|راسلني|راسليني|ضيفني|ضيفيني|اضفني|ابعتلي رساله|ابعتلي مسج)",
            r"(?:على|ع|في|عال) (?:الخاص|خاص)", r"(?:اعطني|عطني|ابعتلي|ارسلي|ارسل لي) رقمك",
            r"رقمك",
        ],
        [
            r"(?:kalemni|kalmni|kallemni|klmni|kalmeni|rasilni|rasleni|dayfni|daifni|d5ilni)",
            r"(?:3al|3a|3ala el) ?5as", r"(?:raqamak|ra2mak|nmrtk|raqmak|ra2mik)",
        ],
        "kalemni kalmni kallemni klmni kalmeni rasilni rasleni dayfni daifni d5ilni 5as 3a5as "
        "raqamak ra2mak nmrtk raqmak ra2mik",
    ),
    # weak: a bare mention of an app ("i use discord") pairs only with a strong family
    "app": _spec(_APP_WORDS, list(_APP_ALTS), [], [], ""),
    "flattery": _spec(
        "pretty cute hot sexy beautiful gorgeous mature grown stunning attractive adorable special "
        "older other body legs eyes lips smile figure girl boy linda lindo guapa guapo bonita "
        "bonito hermosa hermoso preciosa precioso madura maduro bella bello mona buena demas "
        "otras gata gato gostosa gostoso fofa fofo gatinha princesa perfeita outras belle beau "
        "jolie joli mignonne mignon canon mure magnifique charmante vieille agee autres trop "
        "hubsch schon suss heiss reif erwachsen attraktiv wunderschon niedlich anderen aus "
        "carina carino matura maturo stupenda bellissima bellissimo figa figo dolce speciale "
        "altre altri красивая красивыи милая милыи симпатичная сексуальная взрослая взрослыи "
        "горячая красотка красавица хорошенькая такая выглядишь krasivaya milaya krasotka "
        "sundar pyaari pyari khubsurat khoobsurat samajhdar ladkiyon सुंदर सुन्दर प्यारी खूबसूरत "
        "क्यूट हॉट सेक्सी समझदार حلوه حلو جميله جميل كيوت جذابه ناضجه ناضج سكسي مزه قمر عسل يا "
        "اكبر مثل زي",
        [
            r"(?:you are|you look|you seem|you sound|you act|your(?= (?:so|really|very|super|"
            r"such|hella|lowkey|soo)))(?: so| really| very| super| hella| lowkey| such a| "
            r"extremely| honestly| actually| kind of| pretty| too| soo+| way)* (?:pretty|cute|hot|"
            r"sexy|beautiful|gorgeous|mature|grown up|stunning|attractive|adorable)",
            r"(?:you are|your) (?:so |really |very )?special to me",
            r"(?:mature|grown up|pretty|beautiful|hot|cute) for (?:your|a) (?:age|\d+ year old|girl "
            r"your age|\w+ year old)",
            r"(?:not like|different from|more mature than) (?:the )?(?:other|most) (?:girls|boys|"
            r"kids)", r"(?:look|seem|sound) older than (?:you are|your age|\d+)",
            r"(?:you have|you got|you have got) (?:a |such a |the )?(?:nice|hot|sexy|beautiful|"
            r"pretty|amazing|perfect|cute) (?:body|legs|eyes|lips|smile|figure)",
            r"such a (?:pretty|cute|beautiful|hot|sexy) (?:girl|boy)",
            r"(?:eres|estas|te ves|sos)(?: muy| tan| super| re| bien| mas| demasiado)* (?:linda|"
            r"lindo|guapa|guapo|bonita|bonito|hermosa|hermoso|preciosa|precioso|sexy|madura|"
            r"maduro|bella|bello|mona)", r"estas (?:muy |tan |re )?buena",
            r"que (?:linda|guapa|bonita|hermosa|preciosa) (?:eres|estas)",
            r"no eres como (?:las|los) (?:demas|otras|otros)",
            r"(?:voce|video call|tu) (?:e|eh|ta|esta|parece)(?: muito| mt| mto| tao| bem| super| "
            r"mais| uma| um)* (?:linda|lindo|gata|gato|gostosa|gostoso|bonita|bonito|madura|"
            r"maduro|fofa|fofo|gatinha|princesa|perfeita|sexy)",
            r"(?:muito|mt|mto|tao|super|que|q) (?:linda|gata|gostosa|bonita|fofa|gatinha|madura|"
            r"maduro)", r"nao (?:e|parece) como as outras",
            r"(?:tu es|t'es|tes|t es|tu as l'air|t'as l'air|tu parais|tu fais)(?: trop| tres| si| "
            r"tellement| vraiment| super| grave| toute)* (?:belle|beau|jolie|joli|mignonne|"
            r"mignon|sexy|canon|mature|mure|magnifique|charmante|plus vieille|plus vieux|plus agee"
            r"|adorable)", r"(?:mature|mure) pour ton age",
            r"pas comme les autres (?:filles|garcons|enfants|meufs)",
            r"(?:trop|tellement) (?:belle|jolie|mignonne|canon|sexy)",
            r"du bist (?:so |echt |voll |sehr |mega |total |richtig |wirklich |ziemlich )*"
            r"(?:hubsch|suss|heiss|sexy|reif|erwachsen|attraktiv|wunderschon|niedlich)",
            r"du bist (?:so |echt |voll |sehr |mega |richtig )+schon",
            r"(?:reif|erwachsen) fur dein alter", r"nicht wie die anderen (?:madchen|jungs|kinder)",
            r"du siehst (?:so |echt |voll |sehr |richtig )*(?:gut|hubsch|suss|heiss|sexy|alter|"
            r"erwachsen) aus",
            r"(?:sei|tu sei)(?: cosi| molto| troppo| davvero| proprio| super| veramente| tanto)* "
            r"(?:bella|bello|carina|carino|sexy|matura|maturo|stupenda|bellissima|bellissimo|"
            r"figa|figo)", r"(?:matura|maturo) per la tua eta",
            r"non sei come (?:le|gli) altr[ei]", r"(?:che|quanto sei) (?:bella|carina|bellissima)",
            r"ты(?: такая| такои| очень| так| оч| прям| реально| самая| самыи| ну)* (?:красивая|"
            r"красивыи|милая|милыи|симпатичная|сексуальная|взрослая|взрослыи|горячая|хорошенькая)",
            r"взросл\w+ для (?:своего|твоего) возраста", r"не такая как (?:все|другие)",
            r"(?:какая|такая) (?:ты )?(?:красивая|милая|красотка)", r"красотка", r"красавица",
            r"выглядишь (?:\w+ )?(?:старше|взрослее|секси)",
            r"ty takaya (?:krasivaya|milaya)", r"krasotka",
            r"(?:tum|tu|aap)(?: bahut| bohot| bhot| itni| kitni| kafi| bht| sach me| sach mein| "
            r"badi| bahot)* (?:sundar|cute|pyaari|pyari|khubsurat|khoobsurat|hot|sexy|samajhdar|"
            r"mature|beautiful|pretty)",
            r"(?:umar|umr|age) se (?:zyada|jyada|badi|bade|bada) (?:samajhdar|mature)",
            r"baaki (?:ladkiyon|ladko|bachon) (?:jaisi|jaise) nahi",
            r"(?:तुम|तू|आप)(?: बहुत| कितनी| इतनी| बड़ी)* (?:सुंदर|सुन्दर|प्यारी|खूबसूरत|क्यूट|हॉट|सेक्सी|समझदार)",
            r"उम्र से (?:ज़्यादा|ज्यादा) समझदार",
        ],
        [
            r"(?:انت|انتي|شكلك|وجهك)(?: \S+)? (?:حلوه|حلو|جميله|جميل|كيوت|جذابه|ناضجه|ناضج|سكسي|مزه|"
            r"قمر|عسل)", r"يا (?:حلوه|جميله|قمر|عسل|مزه|كيوت|حلو)", r"ناضجه",
            r"اكبر من (?:عمرك|سنك)", r"(?:مو|مش|مب) (?:مثل|زي) (?:باقي )?(?:البنات|الاولاد)",
        ],
        [
            r"(?:enti|inti|enta|inta|shaklek|shaklik|shaklak)(?: \w+)? (?:7elwa|7ilwa|helwa|hilwa|"
            r"jamila|gamila|cute|2amar|amar|mozza|muza)", r"ya (?:7elwa|7ilwa|helwa|2amar|3asal)",
        ],
        "enti inti enta inta shaklek shaklik shaklak 7elwa 7ilwa helwa hilwa 2amar 3asal",
    ),
    "parents": _spec(
        "parents mum dad family mum dad padres papas papa mama viejos jefes pais mae pai familia "
        "responsaveis mere pere daron darons daronne famille eltern mutter vater mama papa "
        "genitori mamma madre padre famiglia родители мама папа предки родаки ahlak mummy mumma "
        "parents gharwale maa phone mobile मम्मी पापा घरवाले माँ मां फोन फ़ोन मोबाइल اهلك ابوك "
        "امك والديك ماما بابا يفتشون يفتش يشيكون يشوفون يراقبون بيفتشوا بيشوفوا",
        [
            r"(?:do|does|will|would|can|did) your (?:parents|mum|dad|family|mum and dad|parents or "
            r"anyone)(?: ever| even| usually| still| actually| really)? (?:check|look at|go through|"
            r"read|see|monitor|track|know about|know|watch|control|limit|take|care)",
            r"(?:are|is) your (?:parents|mum|dad|mum and dad|family) (?:home|strict|around|there|"
            r"awake|asleep|out|away|at work|in|nosy|watching|gone|sleeping|working|still up)",
            r"how strict are your parents", r"are your parents strict",
            r"when (?:do|does|will) your (?:parents|mum|dad) (?:leave|go to bed|get home|go out|"
            r"sleep|come home|go to work|get back)",
            r"your (?:parents|mum|dad) (?:do not|does not|will not|would not|never) (?:check|read|"
            r"look at|go through|monitor)",
            r"(?:tus|tu) (?:padres|papas|papa|mama|viejos|jefes)(?: \w+){0,2}? (?:revisan|revisa|"
            r"miran|mira|leen|lee|checan|checa|chequean|controlan|controla|vigilan|vigila|saben|"
            r"sabe|estan en casa|esta en casa|son estrictos|es estricto|es estricta|no estan|se "
            r"fueron|trabajan|duermen)",
            r"(?:seus|teus|sua|tua|seu|teu) (?:pais|mae|pai|familia|responsaveis)(?: \w+){0,2}? "
            r"(?:checam|checa|olham|olha|mexem|mexe|veem|ve|leem|le|controlam|controla|vigiam|"
            r"vigia|sabem|sabe|estao em casa|esta em casa|tao em casa|sao rigidos|e rigido|e "
            r"rigida|sao chatos|nao estao|saem|trabalham|dormem)",
            r"(?:tes|ta|ton) (?:parents|mere|pere|daron|darons|daronne|famille)(?: \w+){0,2}? "
            r"(?:regardent|regarde|checkent|check|verifient|verifie|lisent|lit|fouillent|fouille|"
            r"controlent|controle|surveillent|surveille|savent|sait|sont la|sont a la maison|sont "
            r"stricts|sont severes|est la|rentrent|partent|dorment|travaillent)",
            r"(?:deine|dein) (?:eltern|mutter|vater|mama|papa)(?: \w+){0,2}? (?:checken|"
            r"kontrollieren|kontrolliert|lesen|liest|schauen|schaut|gucken|guckt|sehen|sieht|"
            r"uberwachen|wissen|weiss|sind (?:da|zuhause|zu hause|weg|streng|daheim)|ist (?:da|"
            r"zuhause|zu hause|weg|streng|daheim)|arbeiten|schlafen)",
            r"(?:kontrollieren|checken|lesen|schauen|gucken|sind|wissen) deine (?:eltern|mutter|"
            r"vater|mama|papa)", r"ist dein(?:e)? (?:mutter|mama|vater|papa) (?:da|zuhause|weg)",
            r"(?:i tuoi|tuoi|tua|tuo) (?:genitori|mamma|madre|papa|padre|famiglia)(?: \w+){0,2}? "
            r"(?:controllano|controlla|guardano|guarda|leggono|legge|vedono|vede|sanno|sa|sono a "
            r"casa|e a casa|sono severi|sono rigidi|e severa|e severo|sono fuori|escono|dormono|"
            r"lavorano|ci sono)",
            r"(?:твои|твоя|твои|у тебя) (?:родители|мама|папа|предки|родаки)(?: \S+){0,2}? "
            r"(?:проверяют|проверяет|смотрят|смотрит|читают|читает|контролируют|контролирует|дома|"
            r"знают|знает|строгие|строгая|строгии|уходят|спят|работают)",
            r"(?:родители|мама|папа|предки) (?:у тебя )?(?:проверяют|читают|смотрят|контролируют) "
            r"(?:твои |твою )?(?:телефон|переписку|сообщения|чаты)",
            r"(?:tumhare|tere|aapke|tumhari|teri) (?:mummy|mumma|mum|papa|parents|maa|ghar wale|"
            r"gharwale|mum dad|mummy papa)(?: \w+){0,2}? (?:check|dekhte|dekhti|padhte|ghar pe|ghar"
            r" par|strict|kadak|sote|so gaye|bahar|kaam pe)",
            r"(?:tumhara|tera|aapka) (?:phone|mobile|fone) (?:check|dekhte|dekhti)",
            r"(?:तुम्हारे|तेरे|आपके|तुम्हारी|तेरी) (?:मम्मी|पापा|माता पिता|घरवाले|मम्मी पापा|माँ|मां)"
            r"(?: \S+){0,2}? (?:चेक|देखते|देखती|पढ़ते|घर पर|घर पे|सख्त|सो|बाहर)",
            r"(?:तुम्हारा|तेरा|आपका) (?:फोन|फ़ोन|मोबाइल) (?:चेक|देखते)",
        ],
        [
            r"(?:اهلك|ابوك|امك|والديك|ماما|بابا)(?: \S+){0,2}? (?:يفتشون|يفتش|يشيكون|يشوفون|يشوف|"
            r"يقرون|يقرا|يراقبون|يراقب|بيفتشوا|بيشوفوا|يعرفون|يدرون|يدري|موجودين|بالبيت|في البيت|"
            r"برا|نايمين|صاحيين|شديدين|صارمين)",
            r"(?:يفتشون|يفتش|يشيكون|يشوفون|يراقبون|بيفتشوا|بيشوفوا) (?:جوالك|تلفونك|موبايلك|رسايلك|"
            r"محادثاتك)",
        ],
        [
            r"(?:ahlak|ahlek|ahlik|abook|ommak|omak|mamtak|babak)(?: \w+){0,2}? (?:yfatsho|yfatshu|"
            r"bifatsho|yshofo|yshofu|ye3rfo|mawjoden|mawgoodeen|fl bet|bel bet|fil bait)",
        ],
        "ahlak ahlek ahlik abook ommak omak mamtak babak",
    ),
    "alone": _spec(
        "alone yourself own anyone anybody someone somebody room sola solo casa alguien "
        "sozinha sozinho alguem seule seul quelqu'un quelquun allein alleine jemand wer sturmfrei "
        "da qualcuno qqn home одна один одни дома кто akeli akele akela koi अकेली अकेले अकेला कोई لوحدك "
        "وحدك بروحك لحالك وحدكي لوحدكي لحالكي معك عندك معاك",
        [
            r"(?:are you|you are)(?: home| at home| all)? (?:alone|by yourself|on your own)"
            r"(?! (?:in this|with this|in that|with that|in feeling|in thinking))",
            r"you (?:home|at home) alone",
            r"(?:is |are )?(?:anyone|anybody|someone|somebody) (?:else )?(?:home|at home|with you|"
            r"around)(?: with you| right now| now| rn| tonight)* \?",
            r"(?:alone in your (?:room|bedroom)|in your (?:room|bedroom) alone|are you in your "
            r"(?:room|bedroom))", r"just you (?:at )?home",
            r"(?:estas|estas tu|tu estas|andas|te quedas|te quedaste|estaras) (?:sol[ao]|sol[ao] en"
            r" (?:casa|tu cuarto))", r"sol[ao] en (?:casa|tu casa|tu cuarto|tu habitacion)",
            r"(?:hay alguien|alguien mas) (?:en (?:tu )?casa|contigo)",
            r"(?:voce|video call|tu)? ?(?:esta|ta|fica|vai ficar|ficou) (?:sozinha|sozinho)",
            r"(?:sozinha|sozinho) em casa", r"(?:tem alguem|alguem mais) (?:em casa|com voce|com "
            r"video call|ai)",
            r"(?:tu es|t'es|tes|t es|es tu|tu seras|tu restes) (?:toute |tout )?(?:seule|seul)",
            r"(?:seule|seul) (?:a la maison|chez toi|dans ta chambre)",
            r"(?:y a|il y a) (?:quelqu'un|qqn) (?:chez toi|avec toi|a la maison)",
            r"(?:bist du|du bist)(?: \w+){0,2}? (?:allein|alleine)",
            r"(?:allein|alleine) (?:zuhause|zu hause|daheim|in deinem zimmer)",
            r"(?:ist|sind) (?:jemand|wer|noch wer) (?:bei dir|zuhause|zu hause|daheim)",
            r"(?:hast du|du hast) (?:heute |gerade )?sturmfrei",
            r"(?:sei|stai|resti|rimani) (?:tutta |tutto )?(?:da sola|da solo|sola)(?! (?:una|un|per))",
            r"(?:sola|solo|da sola|da solo) (?:a casa|in casa|in camera)",
            r"c'e qualcuno (?:a casa|con te)",
            r"(?:ты )?(?:одна|один|одни) дома", r"ты (?:сеичас )?(?:одна|один)(?! из)",
            r"(?:кто|кто-то|кто то) (?:еще )?(?:дома|с тобои)", r"дома (?:кто нибудь|никого)",
            r"(?:tum|tu|aap|kya tum|kya aap)? ?(?:ghar (?:pe|par|mein|me) )?(?:akeli|akele|akela) "
            r"ho", r"ghar (?:pe|par|mein|me) koi (?:hai|nahi)",
            r"(?:अकेली|अकेले|अकेला) हो", r"घर (?:पर|पे|में) कोई (?:है|नहीं)",
        ],
        [
            r"(?:لوحدك|وحدك|بروحك|لحالك|وحدكي|لوحدكي|لحالكي)",
            r"(?:في|فيه|حد|احد)(?: احد| حد)? (?:معك|معاك|عندك) (?:بالبيت|في البيت)?",
        ],
        [r"(?:lwa7dak|lwa7dek|lw7dk|lw7dek|wa7dak|wa7dek|la7alak|la7alek|bro7ak|brou7ak)"],
        "lwa7dak lwa7dek lw7dk lw7dek wa7dak wa7dek la7alak la7alek bro7ak brou7ak",
    ),
    "meeting": _spec(
        "meet hang link see come pick drive get irl person vernos vemos quedamos quedar "
        "juntamos juntarnos paso recojo ven vente conocernos ve encontra ver encontrar busco "
        "pego vem conhecer pessoalmente voit voir rejoint retrouve rencontre rencontrer viens "
        "chercher capte treffen triff komm hol hole sehen kennenlernen vediamo vediamoci "
        "incontriamo incontriamoci vederci vengo prenderti vieni conoscerci встретимся "
        "встретиться увидимся заберу приходи приезжаи погуляем milte milo mil milna milne ghar "
        "lunga aaunga chalo मिलते मिलने मिलो मिल घर लेने hangout نتقابل نلتقي لنلتقي "
        "نتلاقى نتلاقي نشوف اشوفك شوفك تعال تعالي اخذك نطلع",
        [
            r"(?:lets|let us|we should|want to|do you want to|can we|could we|shall we|we could|"
            r"we can|i want to|i would love to|i would like to|when can we|where can we) (?:meet|"
            r"hang out|hangout|link up|see each other|meet up)(?! with (?:everyone|everybody|all|"
            r"the (?:group|others|team|class|rest))| to (?:finish|work on|do|plan) )",
            r"meet (?:me|up (?:sometime|irl|alone|soon|tonight|after school|this weekend)|irl|in "
            r"person|in real life|somewhere|alone)",
            r"come (?:over|to my (?:house|place|flat|car|room|hotel))",
            r"i (?:will|can|could) (?:pick you up|come (?:to|over to|and see) (?:you|your)|drive "
            r"you|come get you)", r"see you (?:in person|irl|in real life)",
            r"(?:nos vemos|vernos|quedamos|podemos quedar|quedar contigo|nos juntamos|juntarnos)"
            r"(?! (?:en (?:la |el )?(?:clase|escuela|cole|colegio|instituto|reunion|consulta|"
            r"sesion|zoom|taller|biblioteca)|todos los))",
            r"(?:te paso a buscar|te recojo|paso por ti|ven a mi casa|vente a mi casa|"
            r"conocernos en persona|vernos en persona)",
            r"(?:a gente se (?:ve|encontra)|vamos nos (?:ver|encontrar)|bora se (?:ver|encontrar)|"
            r"te busco|te pego|vem (?:pra|para|na) minha casa|me encontrar|se encontrar comigo)",
            r"(?:conhecer|ver|encontrar)(?: \w+)? pessoalmente",
            r"(?:on se voit|on peut se voir|on se rejoint|on se retrouve|on se rencontre|on se "
            r"capte)(?! (?:en cours|en classe|a l'ecole|au college|au lycee|tous les))",
            r"(?:se voir|te voir|se rencontrer) en vrai", r"(?:je viens|je passe) te chercher",
            r"viens chez moi", r"(?:rejoins|retrouve) moi",
            r"(?:treffen wir uns|lass uns (?:uns )?(?:mal )?treffen|wollen wir uns (?:mal )?treffen|"
            r"sollen wir uns (?:mal )?treffen|konnen wir uns (?:mal )?treffen|triff mich|komm zu "
            r"mir|ich hol(?:e)? dich ab|(?:personlich|im echten leben) (?:treffen|kennenlernen))",
            r"(?:ci vediamo|vediamoci|ci incontriamo|incontriamoci|possiamo vederci|vuoi vederci)"
            r"(?! (?:a scuola|in classe|alla riunione|domani a scuola|ogni))",
            r"(?:ti vengo a prendere|vengo a prenderti|vieni da me|vieni a casa mia|conoscerci di "
            r"persona|vederci di persona)",
            r"(?:давай )?(?:встретимся|увидимся)(?! (?:в школе|на уроке|завтра в школе|на занятии))",
            r"(?:можем|хочешь|давай|надо) встретиться", r"заберу тебя",
            r"(?:приходи|приезжаи) ко мне", r"(?:давай )?погуляем",
            r"(?:milte hain|milte he|milo na|mil lo|milna hai|mil sakte|milne aao|milne aa jao|"
            r"milne aaoge|milne aaogi|ghar aa jao|mere ghar aao|lene aaunga|pick kar lunga|"
            r"akele milo)(?! (?:school|class))(?<!school mein milte hain)(?<!school me milte hain)"
            r"(?<!class mein milte hain)(?<!class me milte hain)",
            r"(?:मिलते हैं|मिलते है|मिलने आओ|मिलो ना|मिल सकते|मेरे घर आओ|लेने आऊंगा|अकेले मिल)",
        ],
        [
            r"(?:نتقابل|نلتقي|لنلتقي|نتلاقى|نتلاقي|نشوف بعض|ابي اشوفك|ابغى اشوفك|ابغي اشوفك|بدي شوفك|"
            r"نفسي اشوفك|تعال عندي|تعالي عندي|تعالي لبيتي|تعال لبيتي|اجي اخذك|نطلع سوا|نطلع مع بعض)",
        ],
        [
            r"(?:net2abel|nt2abel|net2abl|netla2a|ntla2a|nshof ba3d|neshoof ba3d|ta3al 3andi|"
            r"ta3ali 3andi|bdi shoufek|bde shofak|abi ashofek|abgha ashofek)",
        ],
        "net2abel nt2abel net2abl netla2a ntla2a nshof neshoof ta3al ta3ali bdi bde abi abgha",
    ),
    "gifts": _spec(
        "give send buy get gift pay robux vbucks bucks nitro skins gift want need regalo compro "
        "doy paso pago mando recargo consigo quieres pavos dou dar presenteio passo quer vou "
        "posso offre achete donne paie paye envoie recharge toffre tachete veux schenk schenke "
        "kauf kaufe geb gebe zahl zahle schick schicke spendier spendiere willst regalo compro "
        "do pago mando ricarico offro vuoi подарю куплю дам скину задоначу закину оплачу "
        "переведу хочешь podaryu kuplyu tumhe tujhe aapko tumko tereko gift paise recharge "
        "dunga doonga dilaunga dungi तुम्हें तुझे आपको तुमको गिफ्ट तोहफा पैसे रिचार्ज اهديك بهديك "
        "اعطيك بعطيك اشتريلك بشتريلك اشتري ابعتلك ارسلك ارسل اشحنلك بشحنلك هديه",
        [
            r"(?:i (?:will|can|could|would|am going to|am gonna|shall)|ill|imma) (?:give|send|buy|get|"
            r"gift|pay)"
            r" you (?:some |a |an |free |\d+ |the |your )*(?:robux|vbucks|v bucks|gift cards?|skins?"
            r"|money|cash|nitro|gems|coins|diamonds|credits|present|gift|presents|gifts|iphone|"
            r"phone|makeup|clothes|anything|something|whatever)",
            r"(?:i will|i can|i could|let me|i would) (?:buy|gift) you",
            r"(?:free |some )?(?:robux|vbucks|v bucks|nitro|gift cards?|skins) (?:for|if) you",
            r"(?:do you want|want|need)(?: some| free| a)* (?:robux|vbucks|v bucks|nitro|gift "
            r"cards?|money|gems)",
            r"te (?:regalo|compro|recargo)",
            r"te (?:doy|paso|pago|mando|consigo)(?: \w+){0,2}? (?:robux|pavos|vbucks|v bucks|"
            r"dinero|plata|skins?|gemas|diamantes|nitro|regalo|regalos|tarjeta|celular|movil|ropa)",
            r"quieres (?:\w+ )?(?:robux|pavos|vbucks|skins|dinero|gemas|nitro)",
            r"(?:te dou|te compro|te presenteio|vou te dar|vou te comprar|posso te dar|posso te "
            r"comprar)(?: \w+){0,2}? (?:robux|vbucks|v bucks|dinheiro|grana|skins?|gemas|diamantes|"
            r"presente|presentes|cartao|celular|roupa|pix|um|uma|o que)",
            r"te (?:dou|compro|presenteio)", r"quer (?:\w+ )?(?:robux|vbucks|skins|diamantes|dinheiro)",
            r"je (?:te |t')(?:offre|achete)",
            r"je (?:te |t')(?:donne|paie|paye|envoie|recharge)(?: \w+){0,2}? (?:des |une |un |de "
            r"l'|du )?(?:robux|vbucks|v bucks|argent|skins?|carte cadeau|cadeau|cadeaux|gemmes|"
            r"nitro|telephone|iphone|tel)", r"tu veux (?:des )?(?:robux|vbucks|skins|argent)",
            r"ich (?:schenk|schenke|kauf|kaufe|spendier|spendiere) dir",
            r"ich (?:schick|schicke|geb|gebe|zahl|zahle) dir(?: \w+){0,2}? (?:robux|vbucks|v bucks|"
            r"geld|skins?|nitro|guthaben|geschenk|gutschein|geschenkkarte|euro|handy)",
            r"willst du (?:\w+ )?(?:robux|vbucks|v bucks|skins?|geld|nitro)",
            r"ti (?:regalo|compro|offro)",
            r"ti (?:do|pago|mando|ricarico)(?: \w+){0,2}? (?:robux|vbucks|v bucks|soldi|skin|skins|"
            r"gemme|nitro|regalo|regali|ricarica|telefono|iphone|vestiti)",
            r"vuoi (?:\w+ )?(?:robux|vbucks|soldi|skin)",
            r"(?:я )?(?:подарю|куплю|задоначу|закину|оплачу|переведу) (?:тебе|те)",
            r"(?:я )?тебе (?:\S+ ){0,2}?(?:подарю|куплю|задоначу|закину|оплачу|переведу)",
            r"(?:дам|скину) (?:тебе|те) (?:\S+ )?(?:робуксы|робаксы|деньги|денег|скины|донат|"
            r"подарок|голду|гемы)",
            r"подарю", r"хочешь (?:\w+ )?(?:робуксы|робаксы|вбаксы|скины|деньги|донат)",
            r"podaryu", r"kuplyu tebe",
            r"(?:main )?(?:tumhe|tujhe|aapko|tumko|tereko)(?: \w+){0,3}? (?:gift|robux|paise|recharge|"
            r"diamonds|uc|skin|skins|phone|mobile|dress|kapde) (?:dunga|dungi|doonga|doongi|"
            r"dilaunga|dilaungi|dila dunga|karwa dunga|karva dunga|bhejunga|de dunga|khareed dunga|"
            r"kharid dunga)",
            r"(?:gift|paise|robux|recharge|diamonds|uc) (?:dunga|doonga|dilaunga|dungi|de dunga|bhej "
            r"dunga)",
            r"(?:तुम्हें|तुझे|आपको|तुमको)(?: \S+){0,3}? (?:गिफ्ट|तोहफा|पैसे|रिचार्ज|फोन|मोबाइल) "
            r"(?:दूंगा|दूँगा|दूंगी|दिलाऊंगा|दिला दूंगा)",
            r"(?:गिफ्ट|तोहफा|पैसे|रिचार्ज) (?:दूंगा|दूँगा|दूंगी|दिलाऊंगा)",
        ],
        [
            r"(?:اهديك|بهديك|راح اهديك|اشتريلك|بشتريلك|اشتري لك|اشحنلك|بشحنلك|هديه لك|هديه الك|هديه ليكي)",
            r"(?:اعطيك|بعطيك|راح اعطيك|ابعتلك|ارسلك|ارسل لك)(?: \S+){0,2}? (?:هديه|هدايا|فلوس|مصاري|"
            r"روبوكس|شدات|جواهر|سكن|سكنات|جوال|ايفون|بطاقه|رصيد|شحن)",
        ],
        [r"(?:ahdeek|ahdik|bahdik|bahdeek|ashtarilak|ashtareelek|ashtarilek)"],
        "ahdeek ahdik bahdik bahdeek ashtarilak ashtareelek ashtarilek",
    ),
    "photo": _spec(
        "send show give post snap dm text share trade swap cam camera webcam video facetime "
        "call chat see look take mandame enviame pasame manda envia pasa muestrame ensename "
        "foto fotos tuya prende enciende pon abre camara videollamada verte passa mostra "
        "sua liga abra chamada videochamada ver pack envoie envoies envoi montre donne photo "
        "allume active ouvre mets appel visio toi voir schick schicke sende zeig zeige mach "
        "schalte kamera videocall videochat videoanruf bild dich sehen mandami inviami mandi "
        "invia fammi mostrami accendi apri attiva videochiamata vederti скинь пришли отправь "
        "кинь покажи скинешь пришлешь включи видеозвонок видео видеосвязь фото увидеть picture "
        "pictures tasveer bhejo bhej dikhao apni फोटो फ़ोटो तस्वीर पिक सेल्फी वीडियो कैमरा कैम "
        "ارسل ارسلي ابعث ابعثي ابعتي ابعتلي ابعتيلي صورلي صوريلي وريني فرجيني ارسليلي ابعثيلي "
        "افتح افتحي شغل شغلي مكالمه فيديو صورتك صورك",
        [
            r"(?:send|show|give|post|snap|dm|text|share|trade|swap) (?:me |us )?(?:a |an |some |"
            r"your |more |another |one |the |any )?(?:picture|pictures|video|videos|face|body|"
            r"outfit|nudes|nude|snaps|feet|legs)(?! (?:from|of) (?:the|our|my|this|that|last|his|"
            r"her|their|class|school))",
            r"(?:picture|pictures) (?:of you|of yourself|for me)",
            r"(?:turn on|open|switch on|put on|go on|get on) (?:your |the )?(?:cam|camera|webcam)",
            r"(?:want to|can we|lets|let us|do you want to|we should|how about|hop on a|jump on a|"
            r"do a|have a|quick) (?:a )?(?:video call|video chat|facetime|cam)",
            r"(?:can i|let me|i want to|i wanna) see (?:you|what you look like|more of you)",
            r"what do you look like",
            r"(?:mandame|enviame|pasame|manda|envia|pasa|muestrame|ensename) (?:una |unas |tu |tus "
            r"|alguna |mas )?(?:foto|fotos|video|videos|picture|pictures)",
            r"(?:me )?(?:mandar|mandas|mandes|envias|enviar|pasas|mostrar|mandasse|mandares|enviares)"
            r" (?:una |uma |unas |umas |tu |tua |sua |tus |suas )?(?:foto|fotos|video|videos|"
            r"picture|pictures|nudes|pack)",
            r"foto (?:tuya|de ti)", r"(?:prende|enciende|pon|abre) (?:la |tu )?(?:camara|cam)",
            r"(?:hacemos|hagamos|quieres hacer|hacer) (?:una )?videollamada", r"quiero verte",
            r"(?:me )?(?:manda|envia|passa|mostra) (?:uma |umas |sua |tua |mais )?(?:foto|fotos|"
            r"video|videos|picture|pictures|nudes|pack)",
            r"foto (?:sua|tua|de voce)", r"(?:liga|abre|abra) (?:a |sua |tua )?(?:camera|cam)",
            r"(?:bora|vamos|quer) (?:fazer )?(?:uma )?(?:chamada de video|videochamada)",
            r"quero te ver",
            r"(?:envoie|envoies|envoi|montre|donne)(?: moi)? (?:une |des |ta |tes |ton |un )?(?:photo|"
            r"photos|picture|pictures|video|tof|toff)",
            r"(?:allume|active|ouvre|mets) (?:ta |la )?(?:cam|camera|webcam)",
            r"(?:on fait|on se fait|tu veux faire) (?:un |une )?(?:appel video|visio|facetime)",
            r"photo de toi", r"je veux te voir",
            r"(?:schick|schicke|send|sende|zeig|zeige)(?: mir| mal| doch)* (?:ein |eine |dein |"
            r"deine |mehr |noch )?(?:foto|fotos|bild|bilder|picture|pictures|video)",
            r"(?:mach|schalte) (?:die |deine )?(?:kamera|cam|webcam) an",
            r"(?:lass uns|wollen wir|willst du) (?:\w+ )?(?:videocall|videochat|facetime|"
            r"videoanruf|facetimen)", r"(?:foto|bild) von dir", r"ich will dich sehen",
            r"(?:mandami|inviami|mandi|manda|invia|fammi vedere|mostrami) (?:una |delle |la tua |le"
            r" tue |un |tua )?(?:foto|video|picture|pictures)",
            r"foto (?:tua|di te)", r"(?:accendi|apri|attiva) (?:la )?(?:cam|camera|webcam|telecamera)",
            r"(?:facciamo|vuoi fare) (?:una )?videochiamata", r"voglio vederti",
            r"(?:скинь|пришли|отправь|кинь|покажи|скинешь|пришлешь)(?: мне)? (?:\S+ )?(?:фото|фотку|"
            r"фотографию|селфи|видео|себя)", r"включи (?:камеру|вебку)",
            r"(?:давай )?(?:видеозвонок|по видео|видеосвязь)", r"хочу тебя увидеть",
            r"(?:picture|pictures|tasveer|video|pics) (?:bhejo|bhej do|bhejna|bhej|dikhao|send karo|"
            r"bhej de|dikha do)", r"(?:camera|cam) (?:on karo|chalu karo)",
            r"video call (?:karo|kare|karein|karte|karoge|karogi|pe aao)",
            r"apni (?:picture|pictures|tasveer) (?:bhejo|dikhao|do|bhej)",
            r"(?:फोटो|फ़ोटो|तस्वीर|पिक|सेल्फी|वीडियो) (?:भेजो|भेज दो|भेजना|दिखाओ|भेज)",
            r"(?:कैमरा|कैम) (?:ऑन|चालू) करो", r"वीडियो कॉल",
        ],
        [
            r"(?:ارسل|ارسلي|ابعث|ابعثي|ابعتي|ابعتلي|ابعتيلي|صورلي|صوريلي|وريني|فرجيني|ارسليلي|ابعثيلي)"
            r"(?: لي)?(?: \S+)? (?:صورتك|صوره|صور|فيديو|سيلفي|وجهك)",
            r"(?:افتح|افتحي|شغل|شغلي) (?:الكام|الكاميرا|كاميرتك)", r"مكالمه فيديو", r"صورتك", r"صورك",
        ],
        [
            r"(?:ib3atli|eb3atli|eb3tli|ib3tli|ersel|ersli|warini|warreeni|ib3ati)(?: \w+)? (?:sora|"
            r"sowar|sura|sortek|sowrtek|picture|pictures|video)",
            r"(?:iftah|eftah|eftahi|iftahi) (?:el )?(?:cam|camera|kam)",
        ],
        "ib3atli eb3atli eb3tli ib3tli ersel ersli warini warreeni ib3ati iftah eftah eftahi "
        "iftahi",
    ),
    # weak: pairs with another family only ("how old are you? I'm 14" is small talk)
    "personal": _spec(
        "old age asl live stay school grade year finish end out address surname name cuantos "
        "edad vives colegio escuela instituto cole insti hora sales terminas quantos idade mora "
        "moras escola estuda horas sai age habites vis college lycee ecole heure finis sors "
        "alt wohnst schule schulschluss welcher quanti anni abiti vivi scuola ora esci finisci "
        "сколько где живешь школе классе учишься skolko gde umar umr saal kahan rehte rehti "
        "rahte rahti school उम्र उमर साल कहाँ कहां स्कूल عمرك سنك ساكن ساكنه تسكن تسكني بيتك "
        "عايش عايشه مدرسه مدرستك تطلع تخلص thabites",
        [
            r"how old are you", r"what is your (?:age|address|real name|full name|last name|"
            r"surname)", r"asl", r"where do you (?:live|stay|go to school)(?! \? i am from)",
            r"what (?:school|grade|year) (?:do you go to|are you in)", r"which school",
            r"what (?:city|town|area) do you live",
            r"(?:what time|when) (?:does|do) (?:school|you) (?:finish|end|get out|let out)",
            r"cuantos anos tienes", r"que edad tienes", r"donde vives",
            r"en que (?:ciudad|barrio|zona) vives",
            r"a que (?:colegio|escuela|instituto|cole|insti) vas",
            r"(?:a que hora|cuando) (?:sales|terminas) (?:del|de la|de) (?:cole|colegio|escuela|"
            r"insti|instituto|clase)",
            r"quantos anos (?:voce |video call |tu )?(?:tem|tens)", r"qual (?:a )?sua idade",
            r"onde (?:voce |video call |tu )?(?:mora|moras)",
            r"(?:em )?que (?:escola|colegio) (?:voce |video call |tu )?(?:estuda|estudas)",
            r"que horas (?:voce |video call |tu )?(?:sai|sais) da (?:escola|aula)",
            r"quel age (?:as tu|tu as|t'as)", r"(?:t'as|tu as) quel age",
            r"ou (?:habites|vis) tu", r"tu (?:habites|vis) ou", r"t'habites ou",
            r"(?:dans )?quel (?:college|lycee|ecole) (?:tu es|t'es|es tu|tu vas)",
            r"a quelle heure (?:tu )?(?:finis|sors|termines)",
            r"wie alt bist du", r"wo (?:genau )?wohnst du", r"in welcher stadt wohnst du",
            r"(?:auf|in) welche schule (?:gehst du|bist du)",
            r"wann (?:hast du|ist) (?:\w+ )?(?:schule aus|schulschluss)",
            r"quanti anni hai", r"dove (?:abiti|vivi)", r"(?:in )?che scuola (?:fai|vai|frequenti)",
            r"a che ora (?:esci|finisci)",
            r"сколько тебе лет", r"где (?:ты )?живешь", r"в какои школе", r"в каком классе",
            r"где ты учишься", r"во сколько (?:ты )?(?:заканчиваешь|выходишь)",
            r"skolko tebe let", r"gde ty zhivesh",
            r"(?:tumhari|teri|aapki) (?:umar|umr|age) kya", r"kitne saal (?:ki|ke|ka) (?:ho|hai)",
            r"kahan (?:rehte|rehti|rahte|rahti|rehta) (?:ho|hai)",
            r"(?:kaun se|kis) school (?:mein|me|jaate|jaati|padhte|padhti)",
            r"school kab (?:khatam|chhut|chut|chutta)",
            r"कितने साल (?:की|के) हो", r"(?:तुम्हारी|तेरी|आपकी) (?:उम्र|उमर) क्या",
            r"(?:कहाँ|कहां) (?:रहते|रहती)", r"(?:कौन से|किस) स्कूल",
        ],
        [
            r"(?:كم|قديش|اديش|ادي ايه) (?:عمرك|سنك)", r"عمرك كم",
            r"(?:وين|اين|فين) (?:ساكن|ساكنه|تسكن|تسكني|بيتك|عايش|عايشه)",
            r"(?:باي|اي|في اي|فين) مدرسه", r"مدرستك",
            r"متى (?:تطلع|تخلص|تخلصي|تطلعي) من المدرسه",
        ],
        [
            r"(?:kam|2adesh|adesh|kem) 3omr(?:ak|ik|ek)", r"3omrak kam",
            r"(?:wen|wein|fein|fen) (?:sakin|saken|sakna|sakne|btiskon)", r"madrastak",
        ],
        "kam 2adesh adesh kem 3omrak 3omrik 3omrek wen wein fein fen madrastak",
    ),
}


# Chinese families: unspaced rules matched against the normalised text
# (simplified and traditional forms in one pattern; the first trigger is CJK).
ZH: dict[str, tuple[str, str]] = {
    "secrecy": (
        "别告诉 別告訴 不要告诉 不要告訴 不要跟 别跟 別跟 秘密 保密 删掉 刪掉 删除 刪除 只有我们 只有我們",
        r"别告诉|別告訴|不要告诉|不要告訴|(?:不要|别|別)跟.{0,6}(?:说|說|讲|講)|我们的秘密|我們的秘密|"
        r"我们之间的秘密|我們之間的秘密|(?:要|帮我|幫我|给我|給我)保密|(?:删掉|刪掉|删除|刪除)(?:我们的)?"
        r"(?:聊天记录|聊天記錄|记录|記錄|消息|訊息)|只有我们(?:两个)?知道|只有我們(?:兩個)?知道",
    ),
    "app": ("微信 威信 v信 vx wx", r"微信|威信|v信|vx|wx"),
    "offplatform": (
        "加我 加一下 加个 加個 加好友 私聊 私信 号码 號碼 电话 電話",
        r"加(?:我|一下我|下我|个好友|個好友|好友)|私聊|私信我|"
        r"(?:[你妳]的)?(?:电话|電話)?(?:号码|號碼)(?:给我|給我|多少)|(?:给我|給我)[你妳]的(?:号码|號碼|电话|電話)",
    ),
    "flattery": (
        "你 漂亮 可爱 可愛 成熟 好看 性感 帅 帥 美女 小可爱 小可愛 不一样 不一樣 妳",
        r"[你妳](?:好|真|很|太|超|挺|特别|特別|真的)(?:漂亮|可爱|可愛|成熟|好看|美|性感|帅|帥)|"
        r"比同龄人(?:成熟|懂事)|比同齡人(?:成熟|懂事)|小美女|小可爱|小可愛|"
        r"[你妳](?:跟|和).{0,3}(?:别的|其他|別的)(?:女孩|孩子|小孩|女生).{0,2}(?:不一样|不一樣)",
    ),
    "parents": (
        "爸妈 父母 爸爸 妈妈 爸媽 媽媽 家人 家里 家裡 查你 看你 查妳 看妳",
        r"[你妳](?:爸妈|父母|爸爸|妈妈|爸媽|媽媽|家人)(?:会|會)?(?:查|看|检查|檢查|翻)(?:[你妳]的)?"
        r"(?:手机|手機|聊天记录|聊天記錄|消息|訊息)|(?:爸妈|父母|爸媽|家人)(?:在家吗|在家嗎|在不在家|"
        r"不在家|管[你妳]|管得严|管得嚴|严不严|嚴不嚴)|(?:查|看)[你妳](?:的)?(?:手机|手機)",
    ),
    "alone": (
        "一个人 一個人 自己在家 家里 家裡 就你 就妳",
        r"一个人在家|一個人在家|[你妳]一个人|[你妳]一個人|[你妳]自己在家|家里(?:没人|就[你妳]|有人吗)|"
        r"家裡(?:沒人|就[你妳]|有人嗎)|就[你妳]一个|就[你妳]一個",
    ),
    "meeting": (
        "见 見 出来 出來 来我家 來我家 接你 线下 線下 约 約 接妳",
        r"见(?:个|一)?面(?:吧|吗|好不好|怎么样)|見(?:個|一)?面(?:吧|嗎|好不好|怎麼樣)|想见[你妳]|想見[你妳]|"
        r"出来(?:玩|见|見)|出來(?:玩|見)|来我家|來我家|(?:去|来|來)接[你妳]|线下见|線下見|"
        r"(?:约|約)(?:[你妳])?出来|(?:约|約)(?:[你妳])?出來",
    ),
    "gifts": (
        "送你 送妳 给你买 給你買 给你充 給你充 买给你 買給你 给你钱 給你錢 红包 紅包 礼物 禮物 "
        "给妳买 給妳買 给妳充 給妳充 买给妳 買給妳 给妳钱 給妳錢",
        r"送[你妳]|给[你妳]买|給[你妳]買|给[你妳]充|給[你妳]充|买给[你妳]|買給[你妳]|给[你妳]钱|給[你妳]錢|(?:发|發|给[你妳]|給[你妳])"
        r"(?:个|個)?(?:红包|紅包)|(?:礼物|禮物)(?:给[你妳]|給[你妳])",
    ),
    "photo": (
        "发 發 照片 自拍 相片 看看 摄像头 攝像頭 视频 視頻 视讯 視訊",
        r"(?:发|發)(?:张|張|个|個|几张|幾張|一张|一張)?(?:[你妳]的)?(?:照片|自拍|相片|视频|視頻)|"
        r"(?:给我看|給我看|看看)(?:[你妳]的)?(?:照片|自拍|相片|脸|臉|身材)|"
        r"开(?:一下)?(?:摄像头|视频)|開(?:一下)?(?:攝像頭|視頻|視訊)|视频(?:通话|聊天)|視頻(?:通話|聊天)|"
        r"[你妳]的(?:照片|自拍)",
    ),
    "personal": (
        "几岁 幾歲 多大 住 学校 學校 放学 放學 年级 年級",
        r"[你妳](?:几岁|幾歲|多大)|多大了|[你妳]住(?:在)?哪|住哪(?:里|裡)|(?:哪个|哪個|哪所)(?:学校|學校)|"
        r"(?:几点|幾點|什么时候|什麼時候)放(?:学|學)|上(?:几|幾)年(?:级|級)",
    ),
}
