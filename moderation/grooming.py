"""Grooming / predatory-contact rules -> hold, category grooming.

Why phrase rules in the *directed* form: grooming is recognised by what is
asked of the child (secrecy, moving off-platform, photos, personal details,
meeting, gifts for favours, flattery), so rules match imperatives and
second-person questions.  Talk *about* grooming ("we learned what grooming
is", "a stranger asked me for photos and I blocked him") does not match, or
is excused by a reporting/discussion frame (see frames.py).
"""

from __future__ import annotations

import unicodedata

from .rules import Rule, rule

_PARENTS = (
    r"(?:your (?:parents|mum|dad|family|teachers?|friends|sister|brother|carer|mum or dad)|"
    r"anyone|anybody|no one)"
)
_APPS = (
    r"(?:snap|instagram|whatsapp|whats app|telegram|kik|discord|signal|wickr|skype|tiktok|"
    r"messenger|wechat|viber|facetime|threema|session|line|zap|zapzap)"
)

RULES: list[Rule] = [
    # -- secrecy ------------------------------------------------------
    rule("grooming:secrecy", "grooming", "tell show mention say did happened",
         # "childline is free and they do not tell your parents": a service described in the
         # third person, not a request
         r"(?<!\bthey )(?<!\bit )(?<!\bhe )(?<!\bshe )(?<!\bwho )(?<!\bwhich )"
         r"\b(?:do not|never|no need to|dont|better not|must not|should not|can not|cannot) "
         r"(?:tell|show|mention (?:this|it|us) to|say anything to)"
         r" (?:this to |it to |about (?:this|me|us) to )?" + _PARENTS + r"\b|"
         r"\babout what (?:we did|happened between us)\b"),
    rule("grooming:secrecy", "grooming", "secret between know find parents two",
         r"\b(?:keep (?:this|it|that|us|our \w+) (?:between us|a secret|secret|to yourself|private|"
         r"between you and me)|(?:our|a) (?:little |special )?secret\b(?! santa)|between you and me|"
         r"(?:no one|nobody) (?:needs|has|will ever|will|should|must|is going) (?:to )?(?:ever )?"
         r"(?:know|find out|see this))|\bno parents\b|\bjust (?:the two of us|you and me)\b|"
         r"\bwithout (?:your )?(?:parents|mum|dad) (?:knowing|finding out|seeing)\b",
         requires="keep secret between no nobody just without"),
    rule("grooming:secrecy", "grooming", "delete erase clear remove",
         r"\b(?:delete|erase|clear|remove) (?:our|the|these|this|all|all of our|all our|your|my)"
         r" (?:messages|message|chat|chats|conversation|conversations|texts|dm|history)\b"),
    rule("grooming:secrecy", "grooming", "dis raconte montre secret nous efface personne",
         r"\bne (?:le |leur )?(?:dis|raconte|montre) (?:rien|pas|jamais)\b[^.!?]{0,20}"
         r"\b(?:tes|ta|ton|personne)\b|(?:notre|un) (?:petit )?secret|entre nous|"
         r"personne ne (?:doit|va) (?:le )?savoir|efface (?:nos|les|tes|ce|cette) "
         r"(?:messages|conversation|discussion)"),
    rule("grooming:secrecy", "grooming", "digas cuentes secreto entre borra",
         r"\bno (?:le |se lo |les |lo )?(?:digas|cuentes) (?:nada )?(?:a )?(?:tus|tu|nadie)|"
         r"nuestro secreto|entre (?:tu y yo|nosotros)|borra (?:los|nuestros|este|esta|el) "
         r"(?:mensajes|chat|conversacion)"),
    rule("grooming:secrecy", "grooming", "sag geheimnis uns losch",
         r"\bsag (?:es )?(?:niemandem|deinen eltern nichts|keinem)|(?:unser|ein) (?:kleines )?"
         r"geheimnis|unter uns|losch (?:die|unsere|den) (?:nachrichten|chat)"),
    rule("grooming:secrecy", "grooming", "nao segredo entre apaga",
         r"\bnao (?:conta|conte|fala|diga) (?:nada )?(?:pra|para|a|aos)? ?(?:ninguem|seus|teus|"
         r"sua|tua)|nosso segredo|entre nos|apaga (?:as|nossas|a) (?:mensagens|conversa)"),
    rule("grooming:secrecy", "grooming", "никому не наш удали сотри",
         r"никому не (?:говори|рассказывай)(?:те)?\b|не (?:говори|рассказывай)(?:те)? (?:родителям|маме|папе)|"
         r"наш (?:маленький )?секрет|(?:удали|сотри) (?:переписку|сообщения|чат)"),
    rule("grooming:secrecy", "grooming", "dirlo segreto",
         r"\bnon dirlo a nessuno|nostro segreto"),
    rule("grooming:secrecy", "grooming", "秘密 告诉",
         r"我们的秘密|不要告诉(?:你)?(?:爸妈|父母|别人|任何人)"),
    rule("grooming:secrecy", "grooming", "سر تقول تخبر",
         r"(?:لا|ما) (?:تقول|تخبر|تقولي|تخبري) (?:لاحد|احد|اهلك|لاهلك)|سر بيننا"),
    # -- moving off-platform ------------------------------------------
    rule("grooming:off_platform", "grooming",
         "add message text dm hit talk chat find follow contact call facetime meet pm",
         r"\b(?:add|message|text|dm|pm|hit|talk to|chat with|find|follow|contact|call|facetime|"
         r"meet) me (?:up )?(?:on|at|via|in|over) " + _APPS + r"\b",
         requires="me"),
    rule("grooming:off_platform", "grooming", "talk chat move continue go switch speak",
         r"\b(?:lets|let us|we should|we can|can we|want to|shall we|how about we|we could)"
         r" (?:talk|chat|move|continue|go|switch|speak)(?: this)? (?:on|to|in|over|somewhere)"
         r" (?:" + _APPS[3:-1] + r"|private|dm|somewhere private|a private|another app)"
         # a stated school/consultation purpose is group work, not a private move
         r"(?! (?:about|for|to (?:plan|finish|work on)) (?:the |our |this |my )?(?:project|homework|"
         r"assignment|presentation|survey|consultation|group work|slides|poster|essay|session|"
         r"workshop|questions))"),
    rule("grooming:off_platform", "grooming", "dm pm inbox message",
         r"(?:^|[.!?] |\b(?:just|please|so|and|you can|you could|pls) )(?:dm|pm|inbox|message) me\b"),
    rule("grooming:off_platform", "grooming",
         "snap instagram whatsapp telegram kik discord signal wickr skype tiktok messenger wechat "
         "viber facetime threema session zap zapzap number address username handle",
         r"\b(?:do|have) you (?:have|got|use|on|have got) (?:a |an )?" + _APPS + r"\b|"
         r"(?:^|[.!?] )you (?:have|got) (?:a |an )?" + _APPS + r"\b|"
         r"\bwhat is your " + _APPS[:-1] + r"|number|phone number|address|username|handle)\b|"
         r"\b(?:give|send|tell) me your (?:number|phone number|address|" + _APPS[3:-1] + r")\b",
         requires="you your me"),
    rule("grooming:off_platform", "grooming", "video facetime skype",
         r"\b(?:want to|can we|lets|let us|do you want to|we should|come on) (?:video chat|video "
         r"call|facetime|skype)\b(?! (?:about|for|to (?:plan|finish|work on|do)) (?:the |our |this |"
         r"my |a )?(?:group )?(?:project|homework|assignment|presentation|survey|consultation|group "
         r"work|slides|poster|essay|session|workshop|revision|questions))"
         # "wanna facetime later to do the maths homework together?"
         r"(?![^.!?]{0,40}\b(?:homework|project|assignment|revision|revise|maths|math|essay|"
         r"study|studying|quiz|exam)\b)",
         requires="want wanna can lets let do should come"),
    rule("grooming:off_platform", "grooming", "private privately dm",
         r"\b(?:lets|let us|can we|we should|want to|wanna|we can|how about we) (?:go|talk|chat|move"
         r"|continue) (?:private|privately|in private|to dm|in dm|to private)\b"),
    rule("grooming:off_platform", "grooming", "privately private alone one two",
         r"\b(?:talk|chat|video chat|video call|call|facetime|speak|meet|cam|stream) (?:with me |to me"
         r" |together )?(?:more )?(?:privately|in private|alone|one on one|just the two of us)\b|"
         r"\bwith me (?:alone|privately|in private)\b"),
    rule("grooming:off_platform", "grooming",
         "ajoute contacte ecris continue parle snap instagram whatsapp zap agregame escribeme "
         "hablame adde schreib adiciona chama добавь напиши телеграм ватсап снап инста",
         r"\b(?:ajoute|contacte|ecris)[- ]moi (?:sur|par)|on (?:continue|parle) (?:sur|en prive)|"
         r"(?:t'as|tu as) (?:snap|instagram|whatsapp)|\b(?:agregame|escribeme|hablame) (?:por|en|al)|"
         r"tienes (?:snap|instagram|whatsapp)|(?:adde|schreib) mich (?:auf|bei|per)|"
         r"hast du (?:snap|instagram|whatsapp)|(?:me adiciona|me chama) (?:no|na)|"
         r"(?:voce tem|tem) (?:snap|instagram|whatsapp|zap)|(?:добавь|напиши) меня (?:в|на)|"
         r"у тебя есть (?:телеграм|ватсап|снап|инста)",
         requires="moi as tienes hast tem agregame escribeme hablame adde schreib adiciona chama "
         "меня тебя on"),
    # -- photos / camera ----------------------------------------------
    rule("grooming:photo_request", "grooming", "picture pictures video videos body face feet legs outfit bra underwear",
         # a negated imperative is advice ("the rules: do not send pictures, tell
         # someone"); "why not send me a pic" and "no, send me a pic first" are not
         r"(?:(?<!\bnot )|(?<=\bwhy not ))(?<!\bnever )"
         r"\b(?:send|show|give|post|snap|dm) (?:me |us )?(?:a |an |some |your |more |another |"
         r"one |the )?(?:picture|pictures|video|videos|body|face|feet|legs|outfit|bra|underwear|"
         r"pictures of you|picture of you(?:rself)?)\b(?! (?:from|of) (?:the|our|my|this|that|last|"
         r"his|her|their) )"
         # pictures of other people: "is it ok to post pics of friends without asking?"
         r"(?! (?:of|with) (?:friends|other people|others|people|someone|somebody|anyone|strangers|"
         r"classmates|kids|children|other kids|them|him|family)\b| without (?:asking|"
         r"consent|permission)\b| (?:of|with) (?:your |my |other )?\w+(?: \w+)? without (?:asking|"
         r"consent|permission|their)\b)",
         requires="send show give post snap dm"),
    # the negated imperative turned into a claim on the pictures: "don't send
    # your pic to anyone else, only me", "nunca mandes fotos a nadie, solo a mí"
    rule("grooming:photo_request", "grooming", "only except just but solo sauf seulement nur",
         r"\b(?:do not|never|no|ne|nunca|jamais|nie|nicht) (?:\w+ ){0,2}?(?:send|show|give|mandes|envies|"
         r"envoie|montre|schick|zeig)\b[^.!?]{0,40}?\b(?:picture|pictures|pics|photo|photos|fotos|foto|"
         r"selfies?|bilder|video|videos)\b[^.!?]{0,40}?\b(?:only|except|but|just|solo|sauf|seulement|nur|"
         r"ausser) (?:to )?(?:me|mi|a mi|moi|a moi|mir|mich)\b",
         requires="me mi moi mir mich"),
    rule("grooming:photo_request", "grooming", "trade swap exchange",
         r"\b(?:trade|swap|exchange) (?:some |a few )?(?:picture|pictures|videos|nudes|selfies|snaps)\b"),
    rule("grooming:photo_request", "grooming", "cam camera webcam",
         r"\b(?:turn on|open|switch on|put on|go on|get on|jump on) (?:your |the |ur )?"
         r"(?:cam|camera|webcam)\b|\b(?:me|you|yourself) on (?:cam|camera|webcam)\b"),
    rule("grooming:photo_request", "grooming", "see look",
         r"\b(?:can i|let me|i want to|i would like to|i wanna) see (?:you|your (?:body|face|legs|"
         r"picture|pictures)|more of you|what you look like)\b(?! (?:in|at) (?:the |your |a )?(?:final|"
         r"match|game|show|play|concert|school|class|park|party|competition|\w+ (?:final|match|game)))|"
         r"\bwhat do you look like\b"),
    rule("grooming:photo_request", "grooming",
         "envoie montre allume mandame enviame pasame manda envia schick mach пришли скинь "
         "отправь покажи включи mandami",
         r"\b(?:envoie|envoies)(?:[- ]moi)? (?:une |des |ta |tes )?(?:photo|photos|picture|pictures|"
         r"video)|montre(?:[- ]moi)? (?:ton|ta|tes) (?:corps|visage)|allume (?:ta )?(?:cam|camera|"
         r"webcam)|(?:mandame|enviame|pasame|manda|envia) (?:una |unas |tu |tus )?(?:foto|fotos|"
         r"video|picture)|schick(?:e)? mir (?:ein |dein |deine )?(?:foto|bild|bilder|fotos|picture|"
         r"video)|mach (?:die |deine )?(?:kamera|cam) an|(?:me )?(?:manda|envia) (?:uma |umas |sua )?"
         r"(?:foto|fotos|video)|(?:пришли|скинь|отправь|покажи)(?: мне)? (?:фото|фотку|селфи|видео|"
         r"себя)|включи (?:камеру|вебку)|mandami (?:una )?foto"),
    # asked as a question or with a modal ("me mandas una foto tuya?", "você pode me
    # mandar uma foto sua?"): the photo is the reader's own, so "¿me mandas la foto
    # del horario?" is not this
    rule("grooming:photo_request", "grooming",
         "mandas envias pasas mandar enviar passar mandarme enviarme pasarme",
         r"\b(?:(?:me )?(?:mandas|envias|pasas)|(?:(?:me )?(?:puedes|podrias|podes|pode|podia|poderia|"
         r"consegue)(?: me)?|(?:voce|tu) (?:pode|podia|poderia|consegue)(?: me)?) (?:mandar|enviar|passar|pasar)"
         r"(?:me)?|(?:puedes|podrias) (?:mandarme|enviarme|pasarme)) (?:una |uma |unas |umas )?(?:foto|"
         r"fotos|selfie|selfies|video|videos) (?:tuya|tuyas|sua|suas|tua|tuas|de ti|de voce)\b|"
         r"\b(?:(?:me )?(?:mandas|envias|pasas)|(?:me )?(?:puedes|podrias|pode|podia|poderia) (?:mandar|"
         r"enviar|passar|pasar)) (?:tu|tus|sua|suas|tua|tuas) (?:foto|fotos|selfie|selfies)\b"
         r"(?! de perfil| do perfil)"),
    rule("grooming:photo_request", "grooming", "照片 视频 摄像头",
         r"(?:发|给我看|给我发)(?:一张|几张)?(?:你的)?(?:照片|自拍|视频)|开(?:一下)?摄像头"),
    # -- personal questions: age, location, alone, school times ---------
    rule("grooming:personal_questions", "grooming",
         "old age asl address addy surname name boyfriend girlfriend single",
         # to the whole room ("how old are you all?") it is small talk, not targeting
         r"\bhow old are you\b(?! (?:all|guys|everyone|both|two|people|lot)\b)|"
         r"\bwhat is your (?:age|address|addy|real name|full name|last name|surname|"
         r"school)\b|\basl\b|\b(?:do you have|have you got|got) a (?:boyfriend|girlfriend)\b|"
         r"\bare you single\b",
         requires="you your asl"),
    rule("grooming:personal_questions", "grooming",
         "live stay school city town street area country part",
         r"\bwhere do you (?:live|go to school|stay)\b"
         r"(?! ?[.!?]* (?:i am|i live) (?:from|in)\b)|\bwhich (?:city|town|school|area|country|"
         r"street|part of \w+) (?:are you|do you)\b|\bwhat (?:school|city|town|"
         r"street|area) do you (?:go to|live in|attend|live)\b|\bwhich school do you\b",
         requires="you your"),
    rule("grooming:personal_questions", "grooming", "finish end out leave",
         r"\bwhat time (?:do|does) (?:school|you) (?:finish|end|get out|leave)\b",
         requires="time"),
    rule("grooming:personal_questions", "grooming", "alone yourself own anyone anybody someone",
         r"\bare you (?:home )?(?:alone|by yourself|on your own)\b|\b(?:is anyone|anyone else|is "
         r"someone|is anybody) (?:home|with you|there)\b(?! alone)"),
    rule("grooming:personal_questions", "grooming", "parents mum dad",
         r"\b(?:(?:are )?your parents|(?:is )?your (?:mum|dad|mother|father|sister|brother)) (?:at )?"
         r"(?:home|around|there|out|away|asleep|at work|gone|in)\b|\bwhen (?:do|does|will) (?:your "
         r"(?:parents|mum|dad)|you) (?:get home|leave|come home|go to bed|finish school|get out)\b",
         requires="you your"),
    rule("grooming:personal_questions", "grooming",
         "quel habites vis seul seule anos vives sola solo colegio escuela instituto alt wohnst "
         "allein alleine schule quantos mora sozinha sozinho сколько где одна один дома школе quanti "
         "abiti sei",
         r"quel age (?:as[- ]tu|tu as|t'as)|(?:t'as|tu as) quel age|ou (?:habites|vis)[- ]tu|"
         r"tu (?:habites|vis) ou|(?:tu es|t'es|es[- ]tu) (?:toute? )?seule?\b|tes parents sont "
         r"(?:la|a la maison|partis)|cuantos anos tienes|donde vives|estas (?:sola|solo)\b|"
         r"tus padres (?:estan|no estan)|a que (?:colegio|escuela|instituto) vas|wie alt bist du|"
         r"wo wohnst du|bist du (?:ganz )?alleine?\b|sind deine eltern (?:da|zuhause|zu hause|weg)|"
         r"auf welche schule|quantos anos (?:voce tem|tu tens|tem)|onde (?:voce mora|tu moras|mora)"
         r"|(?:voce esta|ta|esta) (?:sozinha|sozinho)|seus pais (?:estao|tao)|сколько тебе лет|"
         r"где ты живешь|ты (?:одна|один) дома|родители дома|в какой школе|quanti anni hai|"
         r"dove abiti|sei sola"),
    rule("grooming:personal_questions", "grooming", "عمرك ساكن تسكن وحدك وحدكي",
         r"كم عمرك|(?:وين|اين) (?:ساكن|تسكن|ساكنه|تسكني)|(?:انت|انتي) (?:وحدك|لوحدك)"),
    rule("grooming:personal_questions", "grooming", "几岁 多大 住 一个人",
         r"你(?:几岁|多大了)|你住(?:在)?哪|你一个人在家|你(?:爸妈|父母)在家吗"),
    # -- meeting --------------------------------------------------------
    rule("grooming:meeting", "grooming", "meet",
         r"\b(?:lets|let us|we should|want to|do you want to|can we|could we|shall we|we could|"
         r"we can|i want to|i would like to|i would love to|i would) meet (?:up|you|irl|in person|"
         r"in real life|alone|somewhere|sometime|one day|soon|tonight|tomorrow|after school|this "
         r"weekend|at)\b|\b(?:can we|could we|shall we|when can we|where can we) meet(?: up)?"
         r"(?: [?.!]|$| (?:irl|in person|in real life|alone|somewhere|sometime|tonight|tomorrow|"
         r"after school|this weekend|at my|at your|soon|again))|"
         r"\bmeet me\b|\bmeet (?:up )?(?:in person|irl|in real life|alone|somewhere private)\b"),
    rule("grooming:meeting", "grooming", "pick come drive",
         r"\bi (?:will|can|could) (?:pick you up|come (?:to|over to|and see) (?:your|you)|drive you)"
         r"\b|\bcome (?:to|over to) my (?:house|place|flat|car|room|hotel)\b"),
    rule("grooming:meeting", "grooming",
         "voit voir rejoint retrouve rejoins rencontre vernos veamos treffen encontrar ver "
         "встретимся встретиться",
         r"\bon (?:se voit|peut se voir|se rejoint|se rencontre)|(?:retrouve|rejoins)[- ]moi|"
         r"(?:podemos vernos|quieres que nos veamos|vernos en persona)|(?:treffen wir uns|lass uns"
         r" (?:uns )?treffen|wollen wir uns treffen)|(?:vamos nos encontrar|a gente se encontra|"
         r"bora se ver|vamos nos ver)|давай встретимся|(?:можем|хочешь) встретиться"),
    # -- gifts for favours ----------------------------------------------
    rule("grooming:gifts", "grooming",
         "robux vbucks bucks gift card cards money cash skins skin gems coins present nitro credits "
         "diamonds phone iphone pounds dollars euros",
         r"\bi (?:will|can|could|would|am going to) (?:give|send|buy|get|pay|gift) (?:you|u)\b"
         r"[^.!?]{0,40}\b(?:robux|vbucks|v bucks|gift card|gift cards|money|cash|skins?|gems|coins|"
         r"present|gift|nitro|credits|diamonds|phone|iphone|pounds|dollars|euros)|"
         r"\b(?:robux|vbucks|gift card|money|skins|nitro|gems|coins) (?:if|for) you (?:send|show|do"
         r"|give|come|meet|video|call|turn)|\bif you (?:send|show|do|give)\b[^.!?]{0,40}\bi "
         r"(?:will|can|could) (?:give|send|buy|get|pay)\b"),
    rule("grooming:gifts", "grooming", "pay paid give money quid bucks cash",
         r"\b(?:i will|i can|i could|i would|i am going to) (?:pay|give) you\b[^.!?]{0,30}\bfor "
         r"(?:a |some |your |more |one )?(?:picture|pictures|video|videos|nudes|favour|favor)\b"),
    rule("grooming:gifts", "grooming", "donne paie offre envoie doy regalo pago gebe schenke dou",
         r"\bje (?:te )?(?:donne|paie|offre|envoie) (?:des |une )?(?:robux|v-bucks|v bucks|carte "
         r"cadeau|argent)|te (?:doy|regalo|pago|mando) (?:robux|dinero|una tarjeta)|ich (?:gebe|"
         r"schenke|kaufe) dir (?:robux|geld|v-bucks|eine geschenkkarte)|te (?:dou|pago|mando) "
         r"(?:robux|dinheiro)"),
    # -- flattery about maturity / looks --------------------------------
    rule("grooming:flattery", "grooming", "mature grown older beautiful hot sexy pretty gorgeous",
         r"\byou (?:are|look|seem|sound|act) (?:so |really |very |way |much |super )*"
         r"(?:mature|grown up|older|beautiful|hot|sexy|pretty|cute|gorgeous|fit) for (?:your |a )?"
         r"(?:age|\d+ year old|\d+|kid|girl|boy)|\byou (?:are|seem|act) (?:so |really |very |super )*"
         r"(?:mature|grown up)\b|\byou look older than\b"),
    rule("grooming:flattery", ("grooming", "sexual"), "body bikini underwear lingerie swimsuit",
         r"\byour body (?:is|looks) (?:so |really |very )?(?:nice|hot|sexy|amazing|perfect|beautiful|"
         r"good|fit)\b|\b(?:look|looks|would look) (?:so |really )?(?:good|hot|sexy|nice|cute|fit) in "
         r"(?:a |your )?(?:bikini|underwear|swimsuit|lingerie|bra)\b"),
    rule("grooming:flattery", "grooming", "special other nice body",
         r"\byou are (?:so |really |very )?special to me\b|\bnot like other (?:girls|boys|kids)\b"
         r"|\b(?:you have|you got|you have got) (?:a |such a )?(?:nice|hot|sexy|great|beautiful|"
         r"amazing) (?:body|legs|lips|figure)\b"),
    rule("grooming:flattery", ("grooming", "sexual"), "hot sexy",
         r"\byou are (?:so |really |very |super )*(?:hot|sexy)\b|\byou look (?:so |really |very )*"
         r"sexy\b"),
    rule("grooming:flattery", "grooming", "mature madura maduro reif взрослая",
         r"tu es (?:tres |si )?mature pour ton age|eres (?:muy |tan )?madur[ao] para tu edad|"
         r"du bist (?:so |sehr )?(?:reif|erwachsen) fur dein alter|voce e (?:muito |tao )?"
         r"madur[ao] para (?:sua|a sua) idade|ты (?:такая|очень|такой) взросл(?:ая|ый) для"),
    # -- ar (feminine/masculine imperative forms) and hi (Devanagari + romanised) --
    rule("grooming:secrecy", "grooming", "تخبر تخبري تقول تقولي تقل تخبرين",
         r"(?:لا|ما) (?:تخبر|تخبري|تخبرين|تقول|تقولي|تقل|تحكي|تحكيلي) (?:احدا|لاحد|اي احد|حدا|"
         r"احد|اهلك|امك|ابوك|والديك)"),
    rule("grooming:photo_request", "grooming",
         "ارسل ارسلي ابعث ابعثي ابعتي ابعتيلي ابعتلي صوري صورلي صوريلي",
         r"(?:ارسل|ارسلي|ابعث|ابعثي|ابعتي|ابعتلي|ابعتيلي|صوري|صورلي|صوريلي) (?:لي )?(?:صورتك|صوره|"
         r"صور|فيديو)"),
    rule("grooming:meeting", "grooming", "لنلتقي نلتقي نتقابل نتلاقى",
         r"(?:لنلتقي|نلتقي|خلينا نتقابل|نتقابل|نتلاقى)"),
    rule("grooming:secrecy", "grooming",
         unicodedata.normalize("NFKC", "kisi batana batao bataana किसी"),
         unicodedata.normalize("NFKC", r"\bkisi ko (?:mat|na|mt|nahi) (?:batana|batao|bataana|"
         r"bolna)\b|किसी को (?:मत|ना|न|नहीं) (?:बताना|बताओ|बोलना)")),
    rule("grooming:personal_questions", "grooming",
         unicodedata.normalize("NFKC", "akeli akele akela ghar अकेली अकेले अकेला कितने umar"),
         unicodedata.normalize("NFKC", r"\b(?:tum|tu|aap) (?:ghar (?:pe|par|mein|me) )?akel[iea]"
         r" ho\b|\bghar (?:pe|par|mein|me) akel[iea] ho\b|अकेल[ीेा] हो|कितने साल (?:की|के) हो|"
         r"\bkitne saal (?:ki|ke) ho\b|\b(?:tumhari|teri|aapki) umar kya\b")),
    rule("grooming:photo_request", "grooming",
         unicodedata.normalize("NFKC", "bhejo bhej bhejna भेजो भेज"),
         unicodedata.normalize("NFKC", r"\b(?:picture|photo|pic|pics|tasveer|selfie|video)"
         r" (?:bhejo|bhej do|bhejna|bhej)\b|(?:फोटो|फ़ोटो|तस्वीर|पिक|सेल्फी|वीडियो) (?:भेजो|भेज दो|"
         r"भेजना)")),
    rule("grooming:meeting", "grooming",
         unicodedata.normalize("NFKC", "milne milo mil मिलने मिलो"),
         unicodedata.normalize("NFKC", r"\b(?:akele )?milne aao\b|\bakele mil(?:te|o|na)\b|"
         r"(?:अकेले )?मिलने आओ|अकेले मिल")),
]

# -- third wave (heldout6 weak families): secrecy, gifts, off-platform ------
_APPS_X = (
    r"(?:snap|snapchat|instagram|insta|whatsapp|whats app|whats|wpp|zap|zapzap|telegram|tg|kik|"
    r"discord|signal|skype|tiktok|messenger|wechat|viber|line|facebook|fb|privado|priv|prive|mp|"
    r"dm|pv)"
)
RULES += [
    # secrecy towards parents, object first ("родителям не говори")
    rule("grooming:secrecy", "grooming", "родителям маме папе предкам взрослым учителям никому",
         r"\b(?:родителям|маме|папе|предкам|взрослым|учителям|никому)\b(?: \w+){0,2}? не "
         r"(?:говори|рассказывай|пиши|показывай|проболтаися)\b|\b(?:родителям|маме|папе|предкам|"
         r"взрослым|никому) ни слова\b"),
    rule("grooming:secrecy", "grooming", "sag",
         r"\bsag (?:es |das |davon )?(?:nicht|bloss nicht|ja nicht|blos nicht) (?:\w+ )?(?:deinen|deiner|"
         r"deinem)\b|\bsag (?:deinen eltern|deiner mutter|deinem vater|deiner mama|deinem papa|"
         r"deinen freunden)\b(?: \w+)? (?:nichts|nix|kein wort)\b"),
    rule("grooming:secrecy", "grooming", "nao",
         r"\bnao (?:conta|conte|fala|fale|diga|mostra|mostre) (?:nada |isso |isto |sobre (?:isso|"
         r"mim|nos|a gente) )?(?:pros|pras|pro|pra os|pra as|aos|as) (?:seus|teus|suas|tuas)?"
         r" ?(?:pais|mae|pai|familia|professores|professor)\b|\bnao (?:conta|conte|fala|fale|diga)"
         r" (?:nada |isso )?(?:pra|para|a|com) (?:a |o )?(?:sua|seu|tua|teu) (?:mae|pai|familia|"
         r"professora?|irma|irmao)\b"),
    rule("grooming:secrecy", "grooming",
         "mummy mumma mom maa papa gharwalon parents kisi मम्मी पापा माँ मां घरवालों किसी",
         r"\b(?:mummy|mumma|mom|maa|papa|gharwalon|gharwalo|parents|kisi)\b"
                       r"(?: \w+){0,3}? (?:ko )?(?:mat|na|nahi) (?:batana|batao|bata|bolna|bolo)\b|"
                       r"(?:मम्मी|पापा|माँ|मां|घरवालों|किसी|माता पिता)(?: \S+){0,3}? को (?:कुछ )?"
                       r"(?:मत|ना|न) (?:बताना|बताओ|बता)"),
    rule("grooming:secrecy", "grooming", "لا ما",
         r"(?:لا|ما) (?:تقول|تقولي|تخبر|تخبري|تحكي|تعلم|تبلغ|تقل)(?: \S+){0,2}? (?:لاهلك|اهلك|امك|"
         r"ابوك|لامك|لابوك|لاحد|احد|والديك|لوالديك|لماما|لبابا|ماما|بابا)"
         # a surprise kept from mum is no secret (packs/ar/grooming.py)
         r"(?![^.!?]{0,60}(?:مفاج|فاجئ|فاجا|سربرايز))"),
    # gifts / currency conditional on something from the child
    rule("grooming:gift", "grooming", "je si cadeau robux vbucks",
         r"\bje (?:t'|te )?(?:t')?(?:achete|offre|paie|paye|donne|envoie|recharge)\b[^.!?]{0,30}"
         r"\bsi tu (?:m'|me )?(?:envoies|montres|fais|viens|m'envoies|acceptes|me rejoins|"
         r"me donnes|envoie|montre)\b|\b(?:cadeau|v bucks|vbucks|robux|argent|skins?|cartes? cadeau)\b[^.!?]{0,20}"
         r"\bsi tu (?:m'|me )?(?:envoies|montres|fais|viens|m'envoies)\b"),
    rule("grooming:gift", "grooming", "te si",
         r"\bte (?:compro|regalo|doy|pago|mando|recargo) [^.!?]{0,30}\bsi (?:me |tu )?(?:mandas|"
         r"envias|pasas|muestras|ensenas|haces|vienes|me mandas|me envias|me pasas)\b"),
    rule("grooming:gift", "grooming", "te se",
         r"\b(?:eu )?te (?:dou|compro|pago|mando|dar|presenteio) [^.!?]{0,30}\bse (?:(?:voce|vc|"
         r"video call|tu) )?(?:me )?(?:mandar|enviar|mostrar|fizer|vier|me mandar|me enviar)\b"),
    rule("grooming:gift", "grooming", "ich wenn",
         r"\bich (?:kauf|kaufe|schenk|schenke|geb|gebe|zahl|zahle|spendier|spendiere) dir "
         r"[^.!?]{0,30}\bwenn du\b"),
    rule("grooming:gift", "grooming", "я если",
         r"\bя (?:тебе )?(?:куплю|подарю|дам|заплачу|скину|задоначу|закину) (?:тебе )?[^.!?]{0,30}"
         r"\bесли (?:ты )?(?:мне )?(?:пришлешь|скинешь|отправишь|покажешь|сделаешь|придешь)"),
    rule("grooming:gift", "grooming", "我给你 帮你 送你 给你买",
         r"我(?:给你|帮你)(?:买|充|送)(?:个|些|点)?(?:礼物|皮肤|钻石|点券|q币|v币|会员|东西|手机|钱)|"
         r"(?:送你|给你买)(?:个|些|点)?(?:礼物|皮肤|钻石|点券)"),
    rule("grooming:gift", "grooming",
         "agar agr gift paise robux recharge",
         r"\b(?:agar|agr) (?:tum|tu)\b[^.!?]{0,30}\b(?:gift|paise|robux|recharge|uc|"
                       r"diamonds)\b|\b(?:gift|paise|robux|recharge|uc|diamonds) (?:dunga|doonga|"
                       r"dilaunga|dungi)\b[^.!?]{0,30}\b(?:agar|agr)\b"),
    rule("grooming:gift", "grooming", "اعطيك اشتريلك اشتري ابعتلك ارسل",
         r"(?:اعطيك|اشتريلك|اشتري لك|ابعتلك|ارسل لك|ارسلك)[^.!?]{0,30}(?:اذا|لو|بشرط)"),
    # moving off-platform
    rule("grooming:off_platform", "grooming", "加 微信 qq vx wx 私聊",
         r"加(?:我|一下我|下我)(?:的)?(?:微信|qq|vx|wx|v信|威信|抖音|号)|(?:微信|qq|vx)(?:上)?"
         r"(?:聊|联系|说|私聊)|我们去(?:微信|qq|vx)|私聊我|我们私聊|私聊吧"),
    rule("grooming:off_platform", "grooming",
         "пиши напиши добавь добавляися давай переходи го перейдем стучись",
         r"\b(?:пиши|напиши|добавь|добавляися|давай|переходи|го|переидем|стучись|пишите)"
         r"(?: мне| меня| лучше| сразу)* (?:в|на) (?:телеграм|телеграмм|тг|телегу|вотсап|ватсап|"
         r"вацап|whatsapp|telegram|снап|инсту|инстаграм|дискорд|вк|вконтакте|личку|лс)"),
    rule("grooming:off_platform", "grooming",
         "agregame agrega anademe escribeme hablame hablemos seguime sigueme escribes hablas",
         r"\b(?:agregame|me agrega|me agregas|anademe|escribeme|hablame|hablemos|seguime|sigueme|"
         r"me escribes|me hablas|agrega me)\b(?: mejor| por| en| al| a| de)* (?:el |mi |tu )?"
         + _APPS_X + r"\b"),
    rule("grooming:off_platform", "grooming", "chama add adiciona segue bora vem chame",
         r"\b(?:me (?:chama|chame|add|adiciona|segue|manda mensagem|manda msg)|bora|vem|vamos "
         r"conversar)\b(?: no| na| pelo| pela| pro| pra| em| la)* (?:meu |o |a )?" + _APPS_X
         + r"\b"),
    rule("grooming:off_platform", "grooming", "ajoute ajout add ecris parle viens passe continue",
         r"\b(?:ajoute moi|ajoute|add moi|ecris moi|parle moi|viens|on passe|on se parle|on parle|"
         r"on continue|passe)\b(?: en| sur| par)+ (?:mon |ma |le |la |mes )?" + _APPS_X + r"\b"),
    rule("grooming:off_platform", "grooming", "schreib adde add folg schreibt lass",
         r"\b(?:schreib|schreibt|adde|add|folg)\b(?: mir| mich| mal| uns| doch| einfach)* "
         r"(?:auf|bei|uber|per|in|im) " + _APPS_X + r"\b|\blass uns (?:auf|bei|uber|per|in) "
         + _APPS_X + r"\b"),
    rule("grooming:off_platform", "grooming",
         "mujhe muje mereko मुझे",
         r"\b(?:mujhe|muje|mereko)\b (?:\w+ )?(?:whatsapp|insta|instagram|snap|"
                       r"snapchat|telegram) (?:pe|par|per)\b|मुझे (?:व्हाट्सएप|इंस्टा|इंस्टाग्राम|"
                       r"स्नैप) (?:पे|पर)"),
    rule("grooming:off_platform", "grooming", "ضيفني اضفني كلمني راسلني تعال",
         r"(?:ضيفني|اضفني|كلمني|راسلني|تعال) (?:على|ع|في|بال) ?(?:الواتس|واتس|واتساب|الواتساب|سناب|"
         r"انستا|انستقرام|تليجرام|تلغرام|الخاص)"),
]

# -- fourth wave: subtle, friendly grooming (en, es, fr, pt, de) ------------
# Isolation from parents and friends ("your parents don't get you like I
# do", "you can trust me more than your friends"), offers to manage the
# parents, checks on supervision ("do your parents check your phone", "are
# you in your room"), romantic offers, secrecy and video calls in chat forms,
# maturity flattery with "ur"/"your" spellings.  Reports ("he said I'm
# mature for my age") are excused by frames.
_SCHOOL = r"(?:cole|colegio|escuela|insti|instituto|clase|clases|prepa|secu|liceo)"
RULES += [
    rule("grooming:flattery", "grooming", "mature grown older",
         r"\b(?:your|you) (?:so |really |very |way |super |hella |lowkey |such |pretty |kind of |"
         r"honestly |actually )*(?:mature|grown up|older|beautiful|hot|sexy|pretty|cute) for (?:your "
         r"|a )?(?:age|\d+|\w+ year old|kid|girl|boy)\b|\byou (?:seem|look|sound|act|come across) "
         r"(?:so |much |a lot |way |really )*older than (?:you are|your age|you look|\d+)\b|"
         r"\b(?:different|not like|more mature than) (?:from )?(?:other|the other|most) (?:girls|"
         r"boys|kids) (?:your|of your) age\b"),
    rule("grooming:isolation", "grooming",
         "understand understands get gets know care love trust instead rather tell",
         r"\b(?:your|ur) (?:parents|mum|dad|family|friends|teachers|mates)\b[^.!?]{0,25}\b(?:do "
         r"not|does not|never|will never|can not) (?:\w+ )?(?:understand|get|know|care about|love|"
         r"listen to) you (?:like|the way|as much as|as well as) (?:i do|me|i)\b|\bi (?:understand|"
         r"get|know|care about|love) you (?:better|more) than (?:anyone|anybody|your (?:parents|mum"
         r"|dad|friends|family)|they do|them)\b|\byou can (?:always )?trust me (?:more than|over|"
         r"instead of)\b|\b(?:trust|tell|come to|talk to|ask|message|call) me (?:\w+ ){0,2}?"
         r"(?:instead of|rather than|more than|not) (?:your|ur) (?:parents|mum|dad|family|teachers?"
         r"|friends)\b|\byou can tell me anything\b[^.!?]{0,20}\b(?:i will not|i will never|i would"
         r" never) tell (?:anyone|anybody|your)\b",
         requires="like better more instead rather anything"),
    rule("grooming:secrecy", "grooming", "help talk deal handle convince lie",
         r"\bi (?:can|could|will) (?:help you with|talk to|deal with|handle|convince|lie to) your "
         r"(?:parents|mum|dad|family)\b", requires="parents mum dad family"),
    rule("grooming:secrecy", "grooming", "tell delete erase clear unsend",
         r"\bi will not tell if you (?:do not|will not)\b|"
         r"\b(?:make sure (?:you )?|remember to |do not forget to |please |and )(?:delete|erase|"
         r"clear|unsend|remove) (?:this|it|that|the chat|our chat|these|everything)\b",
         requires="if sure remember forget please and"),
    rule("grooming:personal_questions", "grooming", "check room bedroom bed",
         r"\b(?:do|does|will|would|can) (?:your|ur) (?:parents|mum|dad|family|mum and dad) (?:ever "
         r")?(?:check|look at|go through|read|see|monitor|know about) (?:your|ur) (?:phone|messages|"
         r"chats|dm|texts|ipad|tablet|laptop|computer|history|snap|instagram)\b|\bdo you have "
         r"(?:your|a) (?:own )?(?:room|bedroom)\b|\bare you in (?:your )?(?:room|bed|bedroom)\b",
         requires="you your ur"),
    rule("grooming:romance", "grooming", "boyfriend girlfriend",
         r"\bhave you (?:ever )?(?:had|been with) a (?:boyfriend|girlfriend)\b|\b(?:i could|i can|"
         r"i want to|i would|let me|can i) be your (?:boyfriend|girlfriend)\b|\b(?:do you )?want to"
         r" be my (?:girlfriend|boyfriend)\b|\bwill you be my (?:girlfriend|boyfriend)\b"),
    rule("grooming:off_platform", "grooming", "hmu",
         r"\bhmu (?:on|at|via|in) (?:my )?" + _APPS_X + r"\b"),
    # es
    rule("grooming:secrecy", "grooming",
         "secretito secretico segredinho secreto segredo geheimnis geheimnisschen",
         r"\b(?:nuestro|es un|es nuestro|nosso|e nosso|e um|unser|notre|c'est notre|c'est un) "
         r"(?:pequeno |pequenho |pequeninho |kleines |petit )?(?:secretito|secretico|segredinho|"
         r"geheimnisschen)\b|\bes (?:nuestro|un) secreto\b"),
    rule("grooming:personal_questions", "grooming",
         "hora horas horario sales salis terminas acabas sai termina finis sors termines "
         "quittes wann",
         r"\ba que hora (?:sales|salis|terminas|acabas|te vas)(?: de)? (?:del|de la|de) " + _SCHOOL
         + r"\b|(?:^|[.!?] )(?:y |oye |dime )?cuando sales (?:del|de la|de) " + _SCHOOL
         + r"\b|\b(?:tu finis|tu sors|tu termines|tu quittes)\b(?: \w+){0,3} (?:a quelle heure|"
         r"quand)\b|\ba quelle heure (?:tu (?:finis|sors|termines|rentres)|finis tu|sors tu)\b|"
         r"\b(?:que horas|q horas|qual horario)"
         r" (?:voce |vc |video call |tu )?(?:sai|sais|termina|chega) (?:da|de) (?:escola|aula|"
         r"colegio)\b|\bwann (?:hast du|bist du|kommst du|hast du heute) (?:\w+ )?(?:schule aus|"
         r"aus der schule|schulschluss|von der schule)\b|\bwann ist deine schule aus\b"),
    rule("grooming:off_platform", "grooming",
         "videollamada facetime visio facetimen videocall videochat videotelefonieren skypen "
         "videoanruf chamada videochamada",
         r"\b(?:hacemos|hagamos|hacer|quieres hacer|podemos hacer|te hago|me haces) (?:una )?"
         r"(?:videollamada|video llamada|facetime)\b|\bon (?:fait|se fait|peut faire) (?:un |une )?"
         r"(?:facetime|appel video|visio)\b|\bon s'appelle (?:en visio|en video|ce soir|sur)\b|"
         r"\b(?:bora|vamos|quer|vamo|podemos|vamos fazer) (?:fazer |faz )?(?:uma )?(?:chamada de "
         r"video|videochamada|facetime)\b|\b(?:lass|lass uns|wollen wir|sollen wir|kannst du|willst"
         r" du|wir konnen)\b(?: \w+){0,2}? (?:facetimen|facetime|videocall|videochat|"
         r"videotelefonieren|skypen|video call|videoanruf)\b"),
    rule("grooming:off_platform", "grooming",
         "pasame pasa dame passa da manda mandame",
         r"\b(?:pasame|pasa|dame|passa|me passa|me da|mandame|me manda) (?:tu|teu|seu|o teu|o seu)"
         r" (?:numero|numerito|telefono|cel|celular|tel|" + _APPS_X[3:] + r"\b"),
    rule("grooming:gift", "grooming",
         "robux pavos vbucks bucks dinero plata skins skin gemas diamantes nitro argent cadeau "
         "dinheiro",
         r"\b(?:te (?:paso|compro|regalo|doy|pago|mando|recargo|consigo)|je te (?:donne|paie|paye|"
         r"offre|envoie|passe)|te (?:dou|passo|mando|compro|pago)|ich (?:schenk|schenke|geb|gebe|"
         r"kauf|kaufe) dir) (?:\w+ ){0,4}?(?:robux|pavos|vbucks|v bucks|dinero|plata|skins?|gemas|"
         r"diamantes|tarjeta|nitro|argent|cadeau|dinheiro|geld)\b[^.!?]{0,30}\b(?:si|se|wenn)\b",
         requires="si se wenn"),
    rule("grooming:isolation", "grooming",
         "confiar confiance vertrauen entienden comprenden comprennent entendem verstehen",
         r"\b(?:puedes|podes) confiar (?:en mi )?mas que en (?:tus|tu)\b|\bconfia (?:en mi )?mas"
         r" que en tus\b|\btu peux (?:me faire|avoir) (?:plus )?confiance (?:en moi )?(?:plus )?"
         r"qu'?(?:a|en) (?:tes|ta|ton)\b|\bpode confiar (?:em mim )?mais (?:do )?que (?:nos|nas|"
         r"em|no|na) (?:seus|suas|teus|tuas)\b|\bdu kannst mir mehr vertrauen als (?:deinen|"
         r"deiner|deinem)\b|\btus (?:papas|padres|viejos|amigos|amigas) no te (?:entienden|"
         r"comprenden|quieren|conocen) como yo\b|\btes (?:parents|potes|amis|copines|copains|"
         r"darons) (?:ne )?te (?:comprennent|connaissent|aiment) (?:pas|plus) comme moi\b|\b(?:seus|"
         r"teus) (?:pais|amigos|amigas) nao te (?:entendem|conhecem) como eu\b|\bdeine (?:eltern|"
         r"freunde) verstehen dich nicht so wie ich\b"),
    rule("grooming:flattery", "grooming", "mature mur mure madura maduro idade edad",
         r"\b(?:t'es|tu es|tes|t es) (?:trop |tres |si |tellement |vraiment )*(?:mature|mur|mure)"
         r" pour ton age\b|\beres (?:muy |tan |super |re |bien |mas )*(?:madura|maduro) para tu edad\b|"
         r"\b(?:voce|video call|vc|tu) (?:e|eh|parece) (?:muito |mt |mto |tao |bem"
         r" |super )*(?:madura|maduro) (?:pra|para) (?:a )?(?:sua|tua) idade\b"),
    rule("grooming:secrecy", "grooming", "dis raconte montre parle dit supprime efface supprimes "
         "effaces supp",
         r"\b(?:ne )?(?:le |leur )?(?:dis|raconte|montre|parle) (?:rien|pas|jamais|jamais rien)"
         r"(?: de (?:ca|nous|moi))? (?:a|aux) (?:tes|ta|ton|personne)\b|\b(?:le |en )?(?:dis|dit|"
         r"raconte|parle)(?: le| en)? a personne\b|\b(?:supprime|efface|supprimes|effaces|supp) "
         r"(?:la|nos|les|notre|cette|ta) (?:conv|conversation|discussion|messages|message|chat|"
         r"discu)\b"),
    rule("grooming:personal_questions", "grooming", "quantos",
         r"\bquantos anos (?:video call|vc|voce|tu) (?:tem|tens)\b"),
    # fifth wave (general forms found missing on a blind set): home-alone and
    # off-platform invitations in de/pt
    rule("grooming:personal_questions", "grooming", "allein alleine",
         r"\bbist du (?:\w+ ){0,2}(?:allein|alleine) (?:zuhause|zu hause|daheim)\b"),
    rule("grooming:off_platform", "grooming", "bora vamos vem vamo",
         r"\b(?:bora|vamos|vem|vamo) (?:conversar|falar|tc|teclar|papear|conversa) (?:no|pelo|pela|"
         r"na|em|por) (?:zap|whats|whatsapp|whats app|insta|instagram|direct|dm|pv|privado|"
         r"telegram|tg|snap)\b",
         requires="zap whats whatsapp insta instagram direct dm pv privado telegram tg snap"),
]

# peer-age lies and photoshoot recruiting: their own module (this one is long already)
from .grooming_age import RULES as _AGE_RULES  # noqa: E402
from .grooming_lures import RULES as _LURE_RULES  # noqa: E402
from .grooming_more import RULES as _MORE_RULES  # noqa: E402
from .grooming_private import RULES as _PRIVATE_RULES  # noqa: E402
from .grooming_trade import RULES as _TRADE_RULES  # noqa: E402

RULES += _MORE_RULES + _AGE_RULES + _PRIVATE_RULES + _LURE_RULES + _TRADE_RULES

# a child telling of an ongoing secret relationship with an adult ("my boyfriend is 19
# and i'm 13, my parents can't know"): its own modules
from .grooming_secret_partner import RULES as _PARTNER_RULES  # noqa: E402
from .grooming_secret_partner_langs import RULES as _PARTNER_LANGS_RULES  # noqa: E402

RULES += _PARTNER_RULES + _PARTNER_LANGS_RULES

# when the reader's parents are away, asked so the two can call "safely"
from .grooming_parents_away import RULES as _AWAY_RULES  # noqa: E402

RULES += _AWAY_RULES

from .grooming_covert import RULES as _COVERT_RULES  # noqa: E402

RULES += _COVERT_RULES

# a cover story for the family, the reader's own room, "mature for your age" in ar/tr/pl/id
from .grooming_cover_story import RULES as _COVER_RULES  # noqa: E402

RULES += _COVER_RULES

# the reader's locked door, a personal question under a promise, a secret account,
# alienation, a gift for a quiet favour, deleting the chat, a secret call at night
from .grooming_boundaries import RULES as _BOUNDARY_RULES  # noqa: E402

RULES += _BOUNDARY_RULES
