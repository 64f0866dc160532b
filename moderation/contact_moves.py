"""Cue families for the grooming signals stage: what the writer asks for or
offers - secrecy, moving off-platform (and the weak bare app mention),
meeting, gifts, photos/camera.  Same conventions as `contact_cues.py` (which
holds the helpers, the families about the reader and the Chinese families):
one spaced pattern list per family over the phrase form, Arabic without a
leading word boundary, Arabizi through `az`; offers and imperatives aimed at
the reader ("i'll buy you", "te regalo", "escribeme", "напиши мне"), so "my
mum bought me robux" or "we meet every saturday" are no cue.
"""

from __future__ import annotations

from .contact_cues import _spec

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

MOVES: dict[str, list[tuple[str, str]]] = {
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
}
