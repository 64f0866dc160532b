"""More cue families for the grooming signals stage (`contact_signals.py`).

Two new families and new members of existing ones, kept here so the two
family modules stay small.  Same conventions as `contact_cues.py`: one
spaced pattern list per family over the phrase form (Latin, Arabic,
Arabizi), Chinese as unspaced rules on the normalised text.

New families:

* ``intimate`` - sexual questions about the reader's body and intimate
  states ("have you ever touched yourself", "are you a virgin", "in your
  pyjamas", "a bit naughty" picture).  Some wordings are also `harm.py`
  sexual rules of their own; here they pair with another cue ("... it's
  normal at your age", "... open it only when you're alone").  A hold that
  includes this family also carries the ``sexual`` category.
* ``normalise`` - talking an age gap or a sexual question away: "age is
  just a number", "it's normal at your age", "everyone your age does it".
  Alone it is a saying ("age is just a number when it comes to learning"
  is excluded outright); it needs a second family.

New members: exclusivity as secrecy ("only us two", "just for me", "لي
فقط"), the "special connection" as flattery ("we really get each other",
"nobody understands you like I do"), "come alone" / "when you're alone" as
alone, offering the writer's own picture and asking about the reader's
webcam as photo (plus verb forms the phrase lists missed: "si tu allumes ta
caméra", "إذا فتحت الكاميرا"), offers to fetch the reader as meeting
("je peux venir te chercher") and school times tied to such an offer as
personal ("... te chercher après l'école").

"come alone or bring a friend" is a public invitation, not a cue.  Peers
making plans ("we can do the group call on video, only us two are in the
project") are excluded by the negative look-aheads on "only us two".
"""

from __future__ import annotations

from .contact_cues import _spec

# "only us two are in the project", "just you and me left": a statement of
# fact, not a demand for exclusivity
_FACT = r"(?! (?:are|were|have|had|know|knew|did|got|left|in|from|of|on the|went|will be|can do))"
# pickup offers to the reader; school times right after them are the
# "personal" cue (fixed-width look-behinds, one per wording)
_PICKUP = (
    "pick you up ", "come get you ", "collect you ", "te chercher ", "te prendre ",
    "recogerte ", "buscarte ", "te recojo ", "te buscar ", "te pegar ", "prenderti ",
    "dich ", "заберу тебя ", "забрать тебя ", "lene ",
)
_AFTER_PICKUP = "(?:" + "|".join(f"(?<={p})" for p in _PICKUP) + ")"

MORE: dict[str, list[tuple[str, str]]] = {
    "intimate": _spec(
        "touched touch touching played yourself virgin naughty spicy sexy dirty nsfw cheeky "
        "pyjamas pajamas pyjama pjs sous vetements maillot serviette soutien underwear bra panties "
        "bikini swimsuit nightie towel wearing naked "
        "body tocado tocas virgen atrevida atrevido picante traviesa pijama ropa interior bragas "
        "sujetador llevas puesto desnuda desnudo tocou toca virgem safada safado ousada calcinha "
        "sutia cueca vestindo usando pelada pelado touche touchee touches caresses vierge coquine "
        "coquin osee chaude culotte soutif nuisette portes nue angefasst beruhrt jungfrau versaut "
        "versautes frech unanstandig schlafanzug unterwasche nackt toccata toccato tocchi vergine "
        "spinta piccante birichina pigiama mutande reggiseno intimo indossi addosso nuda трогала "
        "трогал девственница девственник пошл откровенн пижаме трусиках белье купальнике надето "
        "голая голыи немного слегка чуть khud apne virgin thodi naughty gandi pehna pehni pehne छुआ टच "
        "पहना नंगी لمستي لمست عذراء شوي شويه شوية صوره بالبيجاما بالملابس بملابس بالبكيني بالمنشفه "
        "شو ماذا ايش وش ايه",
        [
            r"(?:have you|did you|do you)(?: ever| already)? (?:touched|touch|played with|"
            r"touching) yourself", r"(?:are you|you are|you still) (?:still )?(?:a )?virgin",
            r"(?:a bit|a little|kind of|little bit|kinda|slightly|really|very|super|bit) "
            r"(?:naughty|spicy|sexy|dirty|nsfw|cheeky)(?! (?:joke|jokes|word|words|meme|memes))",
            r"(?:naughty|sexy|spicy|dirty|nsfw) (?:picture|pictures|video|videos)",
            r"(?:in|wearing|only in|just in) (?:your|only your|just your) (?:pyjamas|pajamas|pjs|"
            r"underwear|bra|panties|bikini|swimsuit|nightie|towel)(?! (?:in the|for the|day|party|at "
            r"school|on the|in class))",
            r"what are you wearing(?! (?:to|for|tomorrow|on|at))", r"(?:do you|you) sleep naked",
            r"(?:has|is) your body (?:started )?(?:changing|developing)",
            r"(?:te has tocado|te tocas|te has tocado alguna vez)", r"(?:eres|sigues siendo) virgen",
            r"(?:un poco|medio|algo) (?:atrevida|atrevido|picante|traviesa|subida de tono)",
            r"foto (?:atrevida|picante|sexy|hot|traviesa)",
            r"en (?:pijama|ropa interior|bragas|sujetador|bikini|toalla)",
            r"que llevas puesto", r"duermes (?:desnuda|desnudo)",
            r"(?:ja )?(?:se tocou|se toca|te tocou)", r"(?:e|ainda e) virgem",
            r"(?:meio|um pouco|bem) (?:safada|safado|picante|ousada|ousado)",
            r"foto (?:safada|ousada|picante|sexy)", r"de (?:pijama|calcinha|sutia|cueca|biquini|toalha)",
            r"(?:o que|oq|que roupa) (?:voce |tu |video call )?(?:esta|ta) (?:vestindo|usando)",
            r"dorme (?:pelada|pelado)",
            r"(?:tu t'es|tu t es|t'es|tu te|tu te es) (?:deja |jamais )?(?:touche|touchee|touches)",
            r"tu te caresses", r"(?:tu es|t'es|es tu) (?:encore )?vierge",
            r"(?:un peu|un brin|assez|trop) (?:coquine|coquin|osee|sexy|chaude)",
            r"photo (?:coquine|osee|sexy|hot)",
            r"en (?:pyjama|culotte|sous vetements|soutif|soutien gorge|maillot de bain|serviette|"
            r"nuisette)", r"(?:tu portes quoi|qu'est ce que tu portes)", r"tu dors (?:nue|nu)",
            r"(?:hast du dich|fasst du dich)(?: schon mal| mal| je| selbst)* (?:angefasst|beruhrt|an)",
            r"(?:bist du|du bist) (?:noch )?jungfrau",
            r"(?:ein bisschen|etwas|bisschen|ein wenig) (?:frech|versaut|heiss|sexy|unanstandig)",
            r"(?:versautes|heisses|freches|sexy) (?:foto|bild|video)",
            r"in (?:deinem|deiner) (?:schlafanzug|pyjama|unterwasche|bh|bikini|badeanzug|handtuch)",
            r"was hast du (?:gerade |grad )?an", r"schlafst du nackt",
            r"ti sei (?:mai |gia )?(?:toccata|toccato)", r"ti tocchi", r"(?:sei|sei ancora) vergine",
            r"(?:un po|un po'|un pochino) (?:spinta|spinto|piccante|sexy|birichina|birichino|hot)",
            r"foto (?:spinta|piccante|sexy|hot|birichina)",
            r"in (?:pigiama|mutande|reggiseno|intimo|bikini|costume|asciugamano)",
            r"(?:cosa|che cosa) (?:indossi|hai addosso)", r"dormi (?:nuda|nudo)",
            r"(?:ты )?(?:трогала|трогал) себя", r"ты (?:еще )?(?:девственница|девственник)",
            r"(?:немного|слегка|чуть|чуть чуть) (?:пошл\w+|откровенн\w+|горяч\w+)",
            r"(?:пошл|откровенн|горяч)\w+ (?:фото|фотк\w+|видео)",
            r"в (?:пижаме|трусиках|белье|нижнем белье|купальнике|полотенце)",
            r"что на тебе (?:надето|сеичас)", r"спишь (?:голая|голыи)",
            r"(?:khud ko|apne aap ko) (?:touch|chhua|chua)", r"(?:tum|tu|aap) virgin ho",
            r"thodi (?:naughty|sexy|hot|gandi)", r"(?:naughty|sexy|gandi) (?:picture|pictures|video)",
            r"(?:abhi )?kya (?:pehna|pehni|pehne) (?:hai|hua|hui)",
            r"(?:खुद को|अपने आप को) (?:छुआ|टच)", r"(?:अभी )?क्या पहना (?:है|हुआ)",
        ],
        [
            r"(?:لمستي|لمست) (?:نفسك|حالك)", r"(?:انتي|انت) (?:عذراء|لسه بنت)",
            r"(?:شوي|شويه|شوية) (?:جرييه|جريئه|سكسي|وسخه|جريء)", r"صوره (?:جرييه|جريئه|سكسي|ساخنه)",
            r"(?:بالبيجاما|بالملابس الداخليه|بملابس النوم|بالبكيني|بالمنشفه)",
            r"(?:شو|ماذا|ايش|وش|ايه اللي) (?:لابسه|لابس|تلبسين|تلبسي)(?: هلا| الحين| دلوقتي| الان)?",
        ],
        [r"(?:shu|sho|esh|wesh|eh) (?:labsa|labse|labsah)", r"lamasti (?:7alek|nafsek)"],
        "shu sho esh wesh eh lamasti",
    ),
    "normalise": _spec(
        "normal natural fine okay age number matter does do numero edad importa idade numero "
        "importa l'age chiffre nombre compte alter zahl rolle normale l'eta conta нормально "
        "возрасте возраст цифра важен طبيعي عادي العمر umar umr age number normal उम्र नंबर संख्या नॉर्मल",
        [
            r"(?:its|it is|that is|thats|totally|completely|perfectly|so) (?:totally |completely |"
            r"perfectly |so )?(?:normal|natural|ok|okay|fine) (?:at|for) (?:your age|a (?:girl|boy|"
            r"kid) your age|someone your age|girls your age|boys your age)",
            r"(?:everyone|everybody|all the (?:girls|boys|kids)|lots of (?:girls|boys|kids)|all "
            r"(?:girls|boys|kids)) (?:at )?your age (?:does|do|did|are doing) (?:it|this|that)",
            r"age is (?:just|only) a number(?! (?:when|for|in|if|at school|on the)\b)",
            r"age (?:does not|do not|doesnt|dont) matter(?! (?:when|for|in|if)\b)",
            r"es (?:normal|natural) (?:a|para) tu edad",
            r"(?:todas|todos) (?:las chicas |los chicos )?(?:de )?tu edad lo hacen",
            r"la edad (?:es solo|solo es|no es mas que) un numero(?! (?:cuando|para|en)\b)",
            r"la edad no importa(?! (?:cuando|para|en)\b)",
            r"(?:e|eh) normal (?:na|pra|para|com) (?:sua|tua|a sua) idade",
            r"idade (?:e so|e apenas|eh so) um numero(?! (?:quando|para|pra|na)\b)",
            r"idade nao importa(?! (?:quando|para|pra|na)\b)",
            r"c'est (?:normal|naturel) a ton age",
            r"(?:tout le monde|toutes les filles|tous les garcons) (?:le fait|fait ca) a ton age",
            r"l'age (?:c'est|ce n'est|n'est) (?:qu'un|juste un|que un|qu un) (?:chiffre|nombre)"
            r"(?! (?:quand|pour|en)\b)", r"l'age (?:ne compte pas|on s'en fiche|on s'en fout)",
            r"(?:das ist|ist|das ist doch) (?:ganz |total |voll |doch )?(?:normal|naturlich) in "
            r"deinem alter", r"alter ist (?:nur|doch nur|bloss) eine zahl(?! (?:wenn|beim|bei|in)\b)",
            r"alter spielt (?:doch )?keine rolle(?! (?:wenn|beim|bei)\b)",
            r"(?:e|ed e) (?:normale|naturale) alla tua eta",
            r"l'eta e (?:solo|soltanto) un numero(?! (?:quando|per|a)\b)", r"l'eta non conta(?! (?:quando|per)\b)",
            r"(?:в твоем возрасте|в твои годы) (?:это )?(?:нормально|естественно)",
            r"(?:нормально|естественно) в твоем возрасте",
            r"возраст (?:это )?(?:всего лишь|просто|только) цифра", r"возраст не важен",
            r"(?:umar|umr|age) (?:toh |to )?(?:bas|sirf) (?:ek )?number (?:hai|h)",
            r"(?:teri|tumhari|aapki) (?:umar|umr|age) (?:mein|me|mai) (?:normal|aam) (?:hai|baat)",
            r"उम्र (?:तो )?(?:बस|सिर्फ) (?:एक )?(?:नंबर|संख्या) है",
            r"(?:तुम्हारी|तेरी|आपकी) उम्र में (?:ये |यह )?(?:नॉर्मल|आम|सामान्य)",
        ],
        [
            r"(?:طبيعي|عادي) (?:في|ب|بـ) ?(?:عمرك|سنك)", r"العمر (?:مجرد|بس|الا) رقم",
            r"العمر (?:مش|مو|ما|لا) (?:مهم|يهم)",
        ],
        [r"(?:el|al) ?3omr (?:mjarad|mujarrad|bas) (?:ra2m|raqam)"],
        "3omr el3omr al3omr",
    ),
    "secrecy": _spec(
        "only just us you me for solo para so pra juste rien seulement pour nous toi nur fur wir "
        "per noi только для меня мы ты sirf mere bas hum सिर्फ मेरे हम لي فقط احنا نحن",
        [
            r"(?:only|just) (?:us two|the two of us|you and me|me and you|us 2)" + _FACT,
            r"(?:just|only) for me(?! (?:and|or|to))",
            r"solo (?:para mi|nosotros dos|tu (?:y|why) yo)"
            r"(?! (?:fuimos|estamos en|somos|vinimos|estuvimos|hicimos))",
            r"so (?:pra mim|para mim|nos dois|eu e voce)(?! (?:fomos|estamos no|estamos na|somos|viemos|"
            r"fizemos))",
            r"(?:juste|rien que|seulement) (?:pour moi|nous deux|toi et moi)"
            r"(?! (?:sommes|etions|on est|avons|dans le|dans la))",
            r"nur (?:fur mich|wir (?:zwei|beide)|du und ich)(?! (?:waren|sind in|sind im|haben|kamen))",
            r"solo (?:per me|noi due|io e te)(?! (?:siamo|eravamo|abbiamo|nel|nella))",
            r"только (?:для меня|мы вдвоем|мы двое|ты и я)(?! (?:пришли|были|остались|в |из |сделали))",
            r"(?:sirf|bas) (?:mere liye|hum dono)(?! (?:hi |ne |the |hain |he )|(?:hi )?(?:project|group|"
            r"class|team))", r"सिर्फ (?:मेरे लिए|हम दोनों)(?! (?:ही|ने|थे|हैं))",
        ],
        [r"لي (?:فقط|بس|وبس)", r"(?:بس|فقط) (?:احنا|نحن) (?:الاثنين|الاتنين|الثنين)"],
        [], "",
    ),
    "flattery": _spec(
        "get understand understands gets connection bond entendemos entiende conexion entende "
        "comprend comprends connexion verstehen versteht capiamo capisce понимаем понимает "
        "samajhte samjhte samajhta samjhta समझते समझता نفهم بنفهم يفهمك بيفهمك "
        "connect click cute pretty hot conectamos conectados conecta conectados connectes connecte "
        "courant verbindung connessione feeling связь connection كيمياء كيميا",
        [
            r"we (?:really |totally |just |so )?(?:get|understand) each other",
            # "we really connect", "we just click"; "we connect in this group",
            # "we connect the wires" and "we click on the link" are not about the two
            r"we (?:really |totally |just |so |truly |honestly )+(?:connect|click)(?! (?:in|with|on|"
            r"at|to|the|our|via|through|during|over|every|online|here|as a))",
            r"(?:i feel like|i think|i feel) we (?:connect|click)(?! (?:in|with|on|at|to|the|our|via|"
            r"through|during|over|every|online|here|as a))",
            r"(?:as (?:cute|pretty|hot|beautiful|gorgeous) as|(?:cuter|prettier|hotter) than) (?:in )?"
            r"your (?:pfp|profile picture|picture|pictures|avatar|icon|videos|video)",
            r"(?:conectamos|nos conectamos) (?:muy bien|tanto|de verdad|super bien|re bien)",
            r"(?:tenemos|hay) (?:una )?(?:conexion|quimica) (?:especial|muy especial|unica|real)",
            r"(?:a gente|nos) (?:se conecta|combina) (?:muito|mt|tao|demais|bem)",
            r"(?:temos|tem) (?:uma )?(?:conexao|quimica) (?:especial|unica|muito forte)",
            r"(?:on a|il y a) (?:une |un )?(?:vraie |telle |vrai )?(?:connexion|feeling) (?:speciale|"
            r"unique|entre nous|toi et moi)", r"le courant passe (?:trop |vraiment |tellement )?bien"
            r" entre nous",
            r"wir haben (?:so |eine |echt eine )?(?:besondere|echte|tiefe|krasse) verbindung",
            r"(?:abbiamo|c'e) (?:una )?(?:connessione|feeling|intesa) (?:speciale|unica|tra (?:di )?noi)",
            r"(?:у нас|между нами) (?:такая |особая |настоящая )+(?:связь|химия)",
            r"(?:hum dono ka|hamara) (?:connection|bond) (?:bahut |kitna |itna )?(?:special|strong|"
            r"accha|achha|gehra)",
            r"(?:no one|nobody) (?:else )?(?:understands|gets) you (?:like|the way|as well as) i do",
            r"we have (?:a|such a|this) (?:special|real|deep) (?:connection|bond)",
            r"nos entendemos (?:tan bien|muy bien|perfectamente|de verdad)",
            r"nadie te entiende como yo",
            r"(?:a gente|nos) se entende (?:muito bem|tao bem|perfeitamente)",
            r"ninguem te entende como eu",
            r"on se comprend (?:tellement|trop|vraiment|si bien|grave)",
            r"personne (?:ne )?te comprend comme moi",
            r"wir verstehen uns (?:so gut|echt gut|richtig gut|einfach|perfekt)",
            r"niemand versteht dich so (?:wie|gut wie) ich",
            r"ci capiamo (?:cosi bene|davvero|benissimo|al volo)", r"nessuno ti capisce come me",
            r"мы (?:так |очень |реально )?(?:хорошо )?понимаем друг друга",
            r"никто не понимает тебя так как я",
            r"hum ek (?:dusre|doosre) ko (?:samajhte|samjhte) (?:hain|hai)",
            r"(?:tumhe|tujhe) koi (?:nahi|nhi) (?:samajhta|samjhta) (?:jaise|jitna) main",
            r"हम एक दूसरे को समझते (?:हैं|है)",
        ],
        [r"(?:احنا|نحن) (?:نفهم|بنفهم) (?:بعض|على بعض)", r"(?:محدش|ما حد|محد) (?:بيفهمك|يفهمك) (?:زيي|مثلي)"],
        [], "",
    ),
    "alone": _spec(
        "alone yourself own sola solo sozinha sozinho seule seul allein alleine sola solo одна один "
        "akeli akele akela अकेले अकेली work trabajo trabalho travail boulot arbeit lavoro работу "
        "kaam office",
        [
            # when the reader's parents leave for work: when the reader is alone
            # ("q horas eles saem pro trabalho?")
            r"(?:what time|when) (?:do|does) (?:they|your (?:parents|mum|mom|dad|mother|father)) "
            r"(?:leave|go|head out) (?:for|to) work",
            r"(?:a que hora|cuando) (?:salen|sale|se van|se va) (?:ellos |tus padres |tu mama |tu "
            r"papa )?(?:al|a|para el) trabajo",
            r"(?:que|q|qual|quais|a que) (?:horas?|hr|hrs) (?:que )?(?:eles|elas|seus pais|sua mae|"
            r"seu pai|ela|ele) (?:saem|sai|vao|vai) (?:pro|pra o|para o|pro seu|ao) trabalho",
            r"(?:a quelle heure|quand) (?:ils|elles|tes parents|ta mere|ton pere) (?:partent|part|"
            r"vont|va) (?:au travail|au boulot|bosser|travailler)",
            r"wann (?:gehen|fahren|geht|fahrt) (?:sie|deine eltern|deine mutter|dein vater) "
            r"(?:zur arbeit|arbeiten)",
            r"(?:a che ora|quando) (?:escono|esce|vanno|va) (?:loro |i tuoi |tua madre |tuo padre )?"
            r"(?:al lavoro|a lavorare)",
            r"(?:во сколько|когда) (?:они |твои родители |родители |мама |папа )?(?:уходят|уходит) "
            r"на работу",
            r"(?:wo|woh|vo|mummy papa|tumhare parents|tumhare mummy papa) (?:kab|kitne baje) "
            r"(?:kaam pe|kaam par|office) (?:jaate|jate|jati|jaati) (?:hain|hai|h)",
            r"(?:when|while|once|if|only when|only if) (?:you are|your|youre|you re) (?:alone|by "
            r"yourself|on your own)(?! (?:in this|with this|in that|with that|in feeling))",
            r"come (?:alone|by yourself|on your own)(?! (?:or|and bring))",
            r"(?:ven|vente) (?:sola|solo)(?! o )", r"cuando (?:estes|te quedes) (?:sola|solo)",
            r"(?:vem|venha) (?:sozinha|sozinho)(?! ou )",
            r"quando (?:voce |tu |video call )?(?:estiver|tiver|ficar) (?:sozinha|sozinho)",
            r"viens (?:toute |tout )?(?:seule|seul)(?! ou )",
            r"quand (?:tu es|t'es|tu seras) (?:toute |tout )?(?:seule|seul)",
            r"komm (?:allein|alleine)(?! oder)", r"wenn du (?:allein|alleine) bist",
            r"vieni (?:da )?(?:sola|solo)(?! o )", r"quando (?:sei|sarai|resti) (?:da )?(?:sola|solo)",
            r"приходи (?:одна|один)(?! или)", r"когда (?:будешь |ты )?(?:одна|один)(?! из)",
            r"akel[ei] (?:aana|aao|aa jana|aa jao|milna)(?! (?:ya|you|or))", r"jab (?:tum )?akel[ie] (?:ho|hogi|hoge)",
            r"अकेले (?:आना|आओ|आ जाना)(?! या)",
        ],
        [], [], "",
    ),
    "photo": _spec(
        "see picture pictures video webcam cam camera hang chat talk meet send show ver foto turn "
        "switch "
        "webcam camara prendes enciendes abres quer tem tens camera ligar ligue ligas voir photo "
        "allumes actives ouvres allumer activer webcam cam sehen foto bild webcam kamera machst "
        "schaltest anmachst anschaltest einschaltest vedere hai telecamera accenderesti увидеть "
        "посмотреть фото фотку вебка камера "
        "включишь dekhni dekhna webcam camera karoge karogi कैमरा करोगी करोगे فتحت فتحتي تفتح تفتحي "
        "شغلت شغلتي تشغل تشغلي عندك تشوف تشوفي",
        [
            r"(?:want to|do you want to|wanna|you want to) see (?:a |some )?(?:picture|pictures|"
            r"video|videos) of (?:me|myself)",
            r"(?:i will|i can|let me|can i|i could) (?:send|show) you (?:a |some |my )?(?:picture|"
            r"pictures|video|videos) of (?:me|myself)",
            r"(?:do you have|have you got|you got) (?:a |an )?(?:webcam|web cam|cam)(?! (?:for|at|in))",
            r"(?:hang out|chat|talk|meet) on (?:video|cam|camera|webcam|facetime)(?! (?:with (?:the|"
            r"everyone|the group)))",
            r"quieres ver (?:una )?(?:foto|fotos|video) mia", r"tienes (?:webcam|camara web|cam)",
            r"(?:prendes|enciendes|abres) (?:la |tu )?(?:camara|cam|webcam)",
            r"quer ver (?:uma )?(?:foto|fotos|video) minha", r"(?:voce tem|tem|tens) (?:webcam|cam)",
            r"(?:ligar|ligue|ligas) (?:a |sua |tua )?(?:camera|cam|webcam)",
            r"(?:tu veux|veux tu) voir (?:une |des )?(?:photo|photos|picture|pictures|video) de moi",
            r"(?:as tu|tu as|t'as) une (?:webcam|cam)",
            r"(?:allumes|actives|ouvres|allumer|activer) (?:ta |la )?(?:cam|camera|webcam)",
            r"willst du (?:ein |mal ein )?(?:foto|bild|video) von mir sehen",
            r"hast du (?:eine )?(?:webcam|cam)", r"(?:machst|schaltest) du (?:die |deine )?(?:kamera|cam|webcam) an",
            r"(?:die |deine )(?:kamera|cam|webcam) (?:anmachst|anschaltest|einschaltest)",
            r"vuoi vedere (?:una )?(?:mia foto|foto mia|foto di me)", r"hai (?:una )?(?:webcam|telecamera)",
            r"(?:accenderesti|accendi|apri) (?:la |tua )?(?:cam|camera|webcam)",
            r"хочешь (?:увидеть|посмотреть) (?:мое|мою|мои) (?:фото|фотку|фотки)",
            r"у тебя есть (?:вебка|веб камера|вебкамера)", r"включишь (?:камеру|вебку)",
            r"meri (?:picture|pictures|video) (?:dekhni|dekhna) (?:hai|h)",
            r"(?:camera|cam|webcam) (?:on|chalu) (?:karoge|karogi|karna|kar do|karo na)",
            # "can you turn your camera on for a sec" (the split verb; "turn on
            # your camera" is in contact_moves.py)
            r"(?:can you|could you|will you|would you|pls|please|plz|just) (?:quickly |just )?(?:turn|"
            r"switch|put) (?:your|the) (?:cam|camera|webcam|video) on",
            r"कैमरा (?:ऑन|चालू) (?:करोगी|करोगे|करना)",
        ],
        [
            r"(?:فتحت|فتحتي|تفتح|تفتحي|شغلت|تشغل|تشغلي|شغلتي) (?:الكام|الكاميرا|كاميرتك|الكاميره)",
            r"عندك (?:كاميرا|كام|ويب كام|كاميره)",
            r"(?:بدك|تبي|تبغى|تحب|تبغي) (?:تشوف|تشوفي) (?:صورتي|صوره لي|صوري)",
        ],
        [], "",
    ),
    "meeting": _spec(
        "chercher prendre recogerte buscarte buscar pegar abholen prenderti забрать lene pick "
        "collect come ممكن بقدر اقدر رح",
        [
            r"(?:i can|i could|i will|ill|let me) (?:come and |come )?(?:pick you up|collect you|"
            r"come get you)",
            r"je (?:peux|vais|pourrais|viendrai|passerai) (?:venir |passer )?te (?:chercher|prendre)",
            r"(?:puedo|voy a|podria) (?:ir a )?(?:recogerte|buscarte)",
            r"(?:posso|vou|eu posso) (?:ir )?te buscar", r"(?:posso|eu posso) (?:ir )?te pegar",
            r"ich (?:kann|konnte|werde|hole) dich(?: \w+){0,3}? (?:abholen|ab)",
            r"(?:posso|potrei|vengo a) (?:venire a )?prenderti",
            r"(?:могу|я) (?:тебя )?забрать тебя|могу тебя забрать",
            r"(?:tumhe|tujhe|aapko)(?: \w+){0,3}? lene (?:aa sakta|aa sakti|aa jaunga|aaunga|aa jaun)",
        ],
        [r"(?:ممكن|بقدر|اقدر|رح) (?:اجي )?(?:اخذك|اوصلك|اجيبك)"], [], "",
    ),
    "gifts": _spec(
        "سارسل سابعث سابعتلك حبعتلك حرسلك برسلك بعتلك سارسلك لك لكي",
        [],
        [r"(?:سارسل|سابعث|سارسلك|حرسلك|برسلك|حبعتلك|سابعتلك)(?: لك| لكي)?(?: \S+)? (?:هديه|هدايا|فلوس|"
         r"روبوكس|شدات|جواهر|بطاقه|رصيد|شحن|ايفون)"],
        [], "",
    ),
    "personal": _spec(
        "school ecole lecole apres devant despues del college lycee escuela colegio cole escola colegio schule scuola "
        "школы ecole",
        [
            _AFTER_PICKUP + r"(?:after|from|outside) (?:school|your school)",
            _AFTER_PICKUP + r"(?:apres|a la sortie de|devant|a) (?:l'ecole|ton ecole|ton college|"
            r"ton lycee|le college|le lycee)",
            _AFTER_PICKUP + r"(?:despues de|a la salida de|en) (?:la escuela|el colegio|el cole|tu "
            r"escuela|tu colegio|clase)", _AFTER_PICKUP + r"despues del (?:colegio|cole|instituto)",
            _AFTER_PICKUP + r"(?:depois da|na saida da|na) (?:escola|aula)",
            _AFTER_PICKUP + r"(?:nach der|von der|vor der) schule",
            _AFTER_PICKUP + r"(?:dopo (?:la )?scuola|a scuola|fuori (?:da )?scuola)",
            _AFTER_PICKUP + r"(?:после школы|из школы|у школы)",
            _AFTER_PICKUP + r"school (?:ke baad|se|ke bahar)",
            r"school (?:ke baad|se|ke bahar)(?= lene (?:aa|aaunga))",
            r"(?:after|outside|at) your school(?! (?:project|work|trip|council|assembly))",
            r"(?:apres|devant|a la sortie de) ton (?:ecole|college|lycee)",
        ],
        [], [], "",
    ),
}

# Chinese members: (family, triggers, pattern) on the normalised text
ZH_MORE: list[tuple[str, str, str]] = [
    ("intimate",
     "睡衣 内衣 內衣 泳衣 比基尼 没穿 沒穿 不穿 摸过 摸過 摸自己 处女 處女 穿什么 穿什麼 色色 有点色 有點色",
     r"穿(?:着|著)?(?:睡衣|内衣|內衣|泳衣|比基尼)|(?:没穿|沒穿|不穿)衣服|(?:摸过|摸過)自己|摸自己|"
     r"[你妳]是(?:处女|處女)|[你妳](?:现在|現在)?穿(?:的是)?(?:什么|什麼)|色色的|有(?:点|點)色"),
    ("normalise", "年龄 年齡 年纪 年紀",
     r"年(?:龄|齡)(?:只是|不过是|不過是)(?:个|個|一个|一個)?(?:数字|數字)|"
     r"[你妳](?:这个|這個)年(?:纪|紀)(?:很)?正常|年(?:龄|齡)不是问题|年齡不是問題"),
    ("photo", "照片 自拍 相片 视频 視頻 摄像头 攝像頭",
     r"(?:照片|自拍|相片|视频|視頻)(?:给|給)(?:我|哥哥|叔叔|姐姐|阿姨)看|有(?:摄像头|攝像頭)(?:吗|嗎)"),
    ("secrecy", "只给我 只給我 就我们 就我們 只有我们 只有我們",
     r"只(?:给|給)我(?:一个人)?看|就我(?:们|們)(?:俩|倆|两个|兩個)|"
     r"只有我(?:们|們)(?:俩|倆)"),
    # "一个人来" (come alone); not "自己来", which is "I'll do it myself"
    ("alone", "一个人来 一個人來", r"(?:一个人|一個人)(?:来|來)"),
    ("flattery", "懂你 懂妳 合得来 合得來",
     r"只有我懂[你妳]|没人比我更懂[你妳]|沒人比我更懂[你妳]|我(?:们|們)很合得(?:来|來)"),
]
