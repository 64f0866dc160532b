"""Bullying, threat, sexual and hate shapes found missing on a blind
evaluation (appended to `harm.RULES`).  Written from the failure classes, not
their sentences; matched against `Prepared.plain` (Chinese: `norm` via
zrule); frames excuse every rule ("if someone says 'everyone hates you',
tell a teacher").

* pile-ons: telling the group to look at, screenshot or spread a third
  person's words, picture or clothes, with mockery in the message
  ("everyone screenshot what jess just said and post it on ur story, shes so
  cringe", "скиньте в чат её фотку с физры, ахахах", "sab log dekho isne kya
  pehna hai, bhikari lag rahi hai").  The group's own things ("everyone post
  your best screenshot of the game"), one's own pet ("look what my cat did")
  and praise pass.
* collective rejection: "everyone in this chat hates u", "literally everyone
  here thinks ur ugly", "tutti ridono di te alle spalle", and blaming the
  reader for the family ("ur the reason ur parents split up").  "everyone
  hates mondays" and "everyone here agrees the app is ugly" pass.
* threats set at school ("ich mach dich morgen in der pause fertig", "te
  voy a partir la cara en el recreo", "je vais te défoncer à la récré");
  "ich mach das morgen fertig" and games pass.
* sexual questions about the reader's body ("what size r ur b00bs", "how
  big is ur dick", "qué talla de sujetador usas"); shoes, hoodies and health
  lessons pass.
* group hate generalisations ("all muslims are terrorists", "todos los
  gitanos son ladrones"), categories bullying + slur like the Hindi pack's
  slur rule; "not all muslims are terrorists", reported claims ("people say
  ...", "the nazis said ...") and "... is a stereotype" pass.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# -- pile-ons ----------------------------------------------------------------------------
_MOCK = (
    "cringe cringey cringy ugly gross disgusting lol lmao lmfao haha hahaha hahahaha ahah ahaha "
    "ahahah ahahaha xd loser weirdo ew eww ewww embarrassing pathetic clown jaja jajaja jajajaja "
    "asco feo fea gorda gordo ridicula ridiculo mdr ptdr moche beurk genant honte peinlich "
    "hasslich eklig kkkk kkkkk kkkkkk rsrs rsrsrs nojo feia brutta brutto schifo ahahahah хаха "
    "хахаха ахах ахаха ахахах ахахаха жесть кринж урод уродина позор фу bhikari bhikaran "
    "chapri chhapri gandi ganda hasi hahah lmaoo lmaooo weird freak fat"
)
# praise after the pointing: "everyone look at what she posted, so good"
_NOT_PRAISE = (r"(?![^.!?]{0,60}\b(?:so good|amazing|so cute|beautiful|proud|congrats|talented|"
               r"gorgeous|incredible|well done|so pretty|so cool|genial|precioso|bravo|incroyable)\b)")
_THIRD = (
    r"(?:what (?:she|he|they|\w+) (?:just )?(?:said|posted|wrote|did|sent|is wearing|wore|looks "
    r"like|put on|uploaded)|(?:her|his|their) (?:picture|pictures|video|videos|message|messages|"
    r"post|posts|face|outfit|clothes|hair|texts?|story|selfie|pe picture|gym picture))"
)
_GROUP_EN = r"(?:everyone|everybody|guys|yall|you all|all of you|chat|people|lads|girls|pls|someone)"

RULES: list[Rule] = [
    rule("bullying:pileon", "bullying",
         "screenshot ss repost share post spread send look see check watch",
         r"\b" + _GROUP_EN + r" (?:\w+ )?(?:screenshot|ss|repost|share|post|spread|send|look at|"
         r"look|see|check out|watch)\b[^.!?]{0,30}?\b" + _THIRD + r"\b" + _NOT_PRAISE + "|"
         r"\b(?:screenshot|ss) (?:this|it|" + _THIRD + r")\b[^.!?]{0,40}?\b(?:post|share|send|put)"
         r" (?:it|this|them) (?:on (?:your|ur|the) (?:story|stories|page)|everywhere|in (?:the )?"
         r"(?:group|gc|group chat))\b",
         requires=_MOCK),
    rule("bullying:pileon", "bullying",
         "miren mirad pasen pasad manden mandad compartan compartid suban regardez partagez "
         "envoyez schaut guckt schickt teilt olhem olha mandem compartilhem printa guardate "
         "mandate girate condividete скиньте скинь перешлите посмотрите смотрите гляньте dekho "
         "bhejo شوفوا انشروا",
         r"\b(?:todos |chicos |gente )?(?:miren|mirad) (?:lo que|como|esto|la foto|el video)"
         r"(?: \w+){0,3}? (?:dijo|puso|subio|lleva|se puso|viste|publico|escribio|ella|el)\b|"
         r"\b(?:pasen|pasad|manden|mandad|compartan|compartid|suban) (?:su|la|sus|las|el) "
         r"(?:foto|fotos|video|mensaje|mensajes|captura|capturas)\b|"
         r"\b(?:regardez|matez) (?:ce qu'(?:elle|il)|comment (?:elle|il)|sa|son|ses)\b|"
         r"\b(?:partagez|envoyez|balancez) (?:sa|ses|son) (?:photo|photos|picture|pictures|video|message|messages|"
         r"capture)\b|"
         r"\b(?:schaut|guckt) (?:euch )?(?:mal )?(?:an was (?:sie|er)|was (?:sie|er)|ihr|sein)"
         r"\b|\b(?:schickt|teilt) (?:ihr|sein) (?:foto|bild|video|nachricht)\b|"
         r"\b(?:olhem|olha so|olha) (?:o que (?:ela|ele)|a roupa d|a cara d|a foto d)\w*|"
         r"\b(?:mandem|compartilhem|printa e manda|printem) (?:a foto|o video|as fotos|a mensagem)"
         r" (?:dela|dele)\b|"
         r"\bguardate (?:cosa (?:si e messa|ha scritto|ha detto|ha postato)|com'e vestita|"
         r"com'e vestito|la sua|il suo)\b|\b(?:mandate|girate|condividete) (?:la sua|il suo|le "
         r"sue) (?:foto|video|messaggi?)\b|"
         r"(?:скиньте|скинь|перешлите|киньте) (?:в (?:чат|беседу|группу) )?(?:ее|его) (?:фотк\w*|"
         r"фото|видео|сообщени\w*)|(?:посмотрите|смотрите|гляньте) (?:что|как) (?:она|он) "
         r"(?:надела|написала|написал|выложила|выглядит)|"
         r"\b(?:sab|sab log|sabhi) (?:\w+ )?dekho (?:isne|usne|iska|uska|iski|uski|ise|use)\b|"
         r"\b(?:iski|uski|iska|uska) (?:photo|pic|video|picture) (?:sabko|sab ko|group mein|"
         r"group me) bhejo\b|"
         r"(?:شوفوا|انشروا) (?:شو لابسه|ايش لابسه|صورتها|صورته)" + _NOT_PRAISE,
         requires=_MOCK),
    # -- collective rejection ------------------------------------------------------------
    rule("bullying:exclusion", "bullying",
         "hates hate laughs laugh laughing thinks think talks",
         r"\b(?:literally |honestly |basically )?(?:everyone|everybody|all of us|we all|the whole "
         r"(?:class|school|group|chat|year)) (?:in (?:this|the|our) (?:chat|group|gc|class|school|"
         r"server|room|year) |here |at school )?(?:literally |actually |honestly |secretly |still "
         r"|just |already )*(?:hates you|hate you|laughs at you|laugh at you|is laughing at you|are "
         r"laughing at you|talks about you behind|talks behind your back|(?:thinks|think) "
         r"(?:that )?(?:you are|your) (?:so |such a |a |an |really |literally |the )*(?:ugly|fat|"
         r"weird|cringe|annoying|disgusting|gross|loser|freak|weirdo|pathetic|stupid|dumb|creep|"
         r"joke|a joke|embarrassing|pick me|attention seeker|slut|liar)\b)",
         requires="everyone everybody all whole"),
    rule("bullying:exclusion", "bullying",
         "reason fault culpa razon motivo cause faute wegen schuld colpa тебя",
         r"\b(?:you are|your) (?:literally |actually |honestly |just )*the (?:only )?reason "
         r"(?:why )?(?:your|ur) (?:parents|mum|mom|dad|family) (?:split|divorced|broke up|are "
         r"divorced|are getting divorced|got divorced|fight|argue|hate each other|left)\b|"
         r"\b(?:it is|its) (?:all )?your fault (?:that )?your (?:parents|mum|mom|dad) (?:split|"
         r"divorced|broke up|left)\b|"
         r"\b(?:eres|tu eres) (?:la razon|el motivo) (?:por la que|de que) tus (?:padres|papas) se"
         r" (?:separaron|divorciaron|separen|divorcien)\b|\bes tu culpa que tus (?:padres|papas) "
         r"se (?:separaran|divorciaran|separaron|divorciaron)\b|"
         r"\b(?:c'est a cause de toi|c'est ta faute) (?:si |que )?tes parents (?:ont divorce|se "
         r"sont separes|ont divorces)\b|"
         r"\bwegen dir haben sich deine eltern (?:getrennt|scheiden lassen)\b|\bdu bist schuld, "
         r"?dass (?:sich )?deine eltern\b|"
         r"\b(?:voce e|vc e|tu es) o motivo (?:dos|de os) (?:seus|teus) pais (?:se separarem|"
         r"terem se separado|se divorciarem)\b|"
         r"\be colpa tua se i tuoi (?:genitori )?si sono (?:separati|lasciati)\b|"
         r"из.за тебя (?:твои )?родители (?:развелись|разошлись)"),
    rule("bullying:exclusion", "bullying",
         "tutti todos todo tout alle todo все sab sabhi الكل كلهم",
         r"\btutti (?:quanti )?(?:qui |in classe )?(?:ridono di te|ti odiano|ti prendono in giro|"
         r"parlano (?:male )?di te|ti deridono)\b|"
         r"\b(?:todos|todo el mundo|toda la clase) (?:aqui |en clase )?(?:se rien de ti|se burlan"
         r" de ti|hablan (?:mal )?de ti a tus espaldas|te odian)\b|"
         r"\b(?:tout le monde|toute la classe) (?:ici )?(?:se moque de toi|rit de toi|te deteste|"
         r"parle (?:mal )?de toi dans ton dos)\b|"
         r"\b(?:alle|die ganze klasse) (?:hier )?(?:lachen uber dich|lacht uber dich|hassen dich|"
         r"hasst dich|reden hinter deinem rucken uber dich|lastern uber dich)\b|"
         r"\b(?:todo mundo|todos|a sala toda|a turma toda) (?:aqui )?(?:ri de voce|ri da sua cara|"
         r"riem de voce|riem da sua cara|zoa voce|te odeia|te odeiam|fala mal de voce)\b|"
         r"все (?:здесь |в классе )?(?:над тобой смеются|смеются над тобой|тебя ненавидят|"
         r"ненавидят тебя|говорят о тебе за спиной)|"
         r"\b(?:sab|sabhi|sab log) (?:tujh|tum|tujhpe|tumpe|tujh pe|tum pe|tujhpar|tumpar|tujh "
         r"par|tum par)\w* (?:hans|has)(?:te|ti|rahe|raha)\b|"
         r"(?:الكل|كلهم|كل الصف) (?:بيضحك|يضحك|يضحكون|بيضحكوا|يكرهك|بيكرهوك|يكرهونك)(?: عليك)?"),
    zrule("bullying:exclusion", "bullying", "讨厌你 笑你 笑话你",
          r"(?:大家|所有人|全班|全班同学)都(?:在)?(?:讨厌你|笑你|笑话你|看不起你)"),
    # -- threats set at school -----------------------------------------------------------
    rule("threat:violence", "threat",
         "mach mache fertig platt kaputt",
         r"\bich (?:mach|mache) dich (?:(?!(?:fifa|fortnite|minecraft|roblox|brawl|mario|schach|"
         r"valorant|cod|tischtennis)\b)\w+ ){0,5}?(?:fertig|platt|kaputt|alle|kalt)\b"
         r"(?! (?:mit|zu|fur) (?:der|dem|den|deiner|deinem) (?:hausaufgabe|arbeit|projekt)\b)"),
    rule("threat:violence", "threat",
         "recreo salida recre sortie recreio saida intervallo ricreazione uscita break lunch "
         "recess перемене уроков",
         r"\b(?:te voy a|te vamos a) (?:partir|reventar|romper|machacar|pegar|pillar|agarrar|dar "
         r"una paliza|dar)\b[^.!?]{0,30}?\b(?:en el recreo|a la salida|manana)\b|"
         r"\b(?:en el recreo|a la salida) (?:te (?:pillo|agarro|reviento|parto|pego|espero)|me "
         r"las pagas|te vas a enterar)\b|"
         r"\b(?:je vais|on va) te (?:defoncer|taper|frapper|eclater|choper|attraper|tabasser|"
         r"regler ton compte)\b[^.!?]{0,30}?\b(?:a la recre|a la sortie|demain)\b|"
         r"\b(?:a la recre|a la sortie) (?:t'es mort|tu es mort|tu vas voir|je te (?:chope|defonce"
         r"|tape|attrape))\b|"
         r"\b(?:vou|vamos) te (?:bater|quebrar|arrebentar|socar|encher de porrada|pegar)\b[^.!?]"
         r"{0,30}?\b(?:no recreio|na saida|amanha no recreio)\b|\b(?:no recreio|na saida) (?:eu )?"
         r"(?:te pego|te quebro|te arrebento|vou te bater)\b|"
         r"\b(?:ti (?:meno|spacco la faccia|picchio|faccio a pezzi|prendo a botte|becco))\b"
         r"[^.!?]{0,30}?\b(?:all'intervallo|alla ricreazione|all'uscita|domani)\b|"
         r"\b(?:all'intervallo|alla ricreazione|all'uscita) (?:ti (?:meno|spacco|picchio|faccio "
         r"vedere io|becco))\b|"
         r"\bi (?:will|am going to|am gonna) (?:get|batter|sort|deal with|jump|finish|beat) you "
         r"(?:up )?(?:tomorrow |later |on monday )?(?:at|after|during) (?:break|lunch|recess|school|"
         r"the gates?|playtime|home time)\b|\b(?:at|after) (?:break|lunch|recess|school) "
         r"(?:tomorrow )?(?:you are (?:dead|getting it|done|finished)|i will (?:get|batter|jump) "
         r"you)\b|"
         r"(?:на перемене|после уроков|после школы) (?:я )?(?:тебя (?:урою|побью|изобью|поймаю|"
         r"размажу)|тебе (?:конец|хана|крышка|капец))|я тебя (?:урою|побью|изобью|размажу) (?:на "
         r"перемене|после уроков|после школы|завтра)"),
    # -- sexual questions about the reader's body ----------------------------------------
    rule("sexual:body_question", "sexual",
         "size big cup bra boobs tits breasts dick penis cock",
         r"\b(?:what|wat|wht) (?:size|cup size|cup|bra size) (?:are|is|r) (?:your|ur) (?:boobs|"
         r"tits|titties|breasts|bra|chest|dick|penis|cock|bum|butt|ass|booty|balls)\b|"
         r"\bhow big (?:are|is|r) (?:your|ur) (?:boobs|tits|titties|breasts|dick|penis|cock|bum|"
         r"butt|ass|booty|balls|package|thing down there|down there)\b|"
         r"\bwhat (?:bra|cup) size (?:are you|do you wear|do you have|you wear)\b|"
         r"\bhow (?:long|big|thick) is (?:your|ur) (?:dick|penis|cock|thing)\b|"
         # "whats ur bra size lol asking for the survey": the reader's size, however asked
         r"\b(?:what is|whats|wats|tell me|say|drop) (?:your|ur) (?:bra|cup|boob|boobs|breast|chest|"
         r"dick|penis|cock) size\b|\b(?:your|ur) (?:bra|cup) size\b ?\?|\bwhat size (?:bra|cup|"
         r"boobs|tits) (?:do you|are you|you)\b"),
    rule("sexual:body_question", "sexual",
         "talla copa tamano grandes taille bonnet soutif gross grosse grosses korbchengrosse bh tamanho "
         "sutia taglia reggiseno grande grandi размер грудь kitne kitna size مقاس صدرك medida "
         "poitrine grosse oberweite numero misura",
         r"\bque (?:talla|copa|tamano) (?:de )?(?:sujetador|brasier|bra|tetas|pechos|copa)? ?"
         r"(?:usas|tienes|llevas)\b|\b(?:que|de que) (?:tamano|talla) (?:son|tienes|es|tiene) "
         r"(?:tus|tu) (?:tetas|pechos|pene|pito|polla|verga|culo)\b|\bque tan grandes? (?:son|es) "
         r"(?:tus|tu) (?:tetas|pechos|pene|pito|polla|verga)\b|"
         r"\b(?:quelle taille (?:de )?(?:bonnet|soutif|soutien gorge)|tu fais quel bonnet|c'est "
         r"quoi ta taille de (?:bonnet|soutif|soutien gorge))\b|\bquelle taille (?:font|fait) "
         r"(?:tes|ta) (?:seins|bite|zizi|nichons)\b|\b(?:ils|elles) sont (?:comment|gros|grosses)"
         r" tes (?:seins|nichons)\b|"
         r"\bwelche (?:korbchengrosse|bh grosse|bh-grosse) (?:hast du|tragst du)\b|\bwie gross "
         r"(?:sind|ist) (?:deine|dein) (?:bruste|titten|busen|penis|schwanz|pimmel)\b|"
         r"\bqual (?:o )?(?:tamanho|numero) (?:do|dos|da) (?:seu|seus|sua|teu|teus|tua) (?:peitos|"
         r"seios|bunda|penis|pinto|pau|sutia)\b|"
         r"\bche taglia (?:di reggiseno|di seno|di coppa) (?:porti|hai)\b|\bquanto (?:e|sono) "
         r"grand[ei] (?:il tuo|le tue) (?:tette|seno|pisello|cazzo)\b|"
         r"какой (?:у тебя )?размер (?:груди|сисек|члена|лифчика)|какая у тебя грудь|"
         r"\b(?:tumhare|tere|teri|tumhari) (?:boobs|doodh|chuchi|breast) (?:kitne|kitni) (?:bade|"
         r"badi)\b|\b(?:tera|tumhara) (?:lund|lulli) kitna (?:bada|lamba)\b|\b(?:tumhari|teri) "
         r"bra ka size\b|"
         r"(?:كم|شو|ايش|قديش) مقاس (?:صدرك|ستيانك|سوتيانك)|"
         r"\bcual es tu (?:talla|copa|medida) de (?:sujetador|brasier|pecho|copa)\b|"
         r"\b(?:quel est ton tour de poitrine|quelle est ta taille de (?:bonnet|soutif|soutien gorge))\b|"
         r"\bwas ist deine (?:bh|korbchen)(?: |-)?grosse\b|\bwie gross ist deine oberweite\b|"
         r"\bqual (?:e )?(?:o )?(?:tamanho|numero) do (?:seu|teu) sutia\b|"
         r"\b(?:qual e la tua (?:taglia|misura) di (?:reggiseno|seno)|che misura di reggiseno (?:porti|"
         r"hai))\b"),
    zrule("sexual:body_question", "sexual", "胸 罩杯 下面",
          r"你(?:的)?(?:胸|咪咪)(?:有)?(?:多大|是什么杯|几杯|什么罩杯)|你(?:穿)?(?:什么|几)罩杯|"
          r"你(?:的)?(?:下面|鸡鸡|那里)(?:有)?多(?:大|长)"),
]

# -- group hate generalisations --------------------------------------------------------
_GROUP_HATE_EN = (
    r"(?:muslims|moslems|jews|jewish people|christians|hindus|sikhs|buddhists|atheists|catholics|"
    r"arabs|africans|asians|chinese people|chinese|indians|pakistanis|pakis|mexicans|immigrants|"
    r"migrants|refugees|black people|blacks|white people|whites|gypsies|roma|romanians|polish "
    r"people|poles|russians|ukrainians|turks|somalis|nigerians|albanians|gays|gay people|lesbians|"
    r"trans people|transgender people|trans|bisexuals|lgbt people|lgbtq people|queers|"
    r"foreigners|latinos|hispanics|irish people|travellers)"
)
_BAD_EN = (
    r"(?:terrorists|terrorist|criminals|thieves|dirty|disgusting|animals|rapists|stupid|dumb|"
    r"lazy|smelly|evil|violent|savages|pedos|pedophiles|paedophiles|freaks|sick|mentally ill|"
    r"diseased|trash|scum|parasites|rats|cockroaches|subhuman|inferior|greedy|liars|drug "
    r"dealers|invaders|vermin|pigs|dogs|monkeys|apes|groomers|perverts|a disease|a plague|gross|"
    r"the worst|bombers)"
)
# reported or denied claims: "not all ...", "people say all ...", "the nazis claimed all ..."
_NOT_CLAIM = (
    r"(?<!\bnot )(?<!\bsay )(?<!\bsays )(?<!\bsaid )(?<!\bthat )(?<!\bclaim )(?<!\bclaimed )"
    r"(?<!\bclaims )(?<!\bbelieve )(?<!\bassume )(?<!\bthink )(?<!\bmyth )(?<!\bidea )"
)
_NOT_DENIED = (
    r"(?![^.!?]{0,40}\b(?:is|is not|isnt|are not) (?:a |an |just a |so )?(?:stereotype|"
    r"stereotypes|racist|racism|wrong|false|not true|a myth|myth|islamophobic|islamophobia|"
    r"homophobic|antisemitic|antisemitism|prejudice|propaganda|generalisation|generalization)\b"
    r"|[^.!?]{0,60}\b(?:stereotype|stereotypes|propaganda|myth|estereotipo|estereotipos|klischee|"
    r"vorurteil|vorurteile|stereotipo|stereotipi|стереотип|racista|raciste|rassistisch|razzista|"
    r"расизм|prejuge|prejugo|pregiudizio|preconceito|prejuicio)\b)"
)
# one of these is a word of every hate_group match (a cheap gate: "all" and "todos" are common)
_GROUP_WORDS = (
    "muslims moslems jews jewish christians hindus sikhs buddhists atheists catholics arabs "
    "africans asians chinese indians pakistanis pakis mexicans immigrants migrants refugees black "
    "blacks white whites gypsies roma romanians polish poles russians ukrainians turks somalis "
    "nigerians albanians gays gay lesbians trans transgender bisexuals lgbt lgbtq queers "
    "foreigners latinos hispanics irish travellers muslim jew christian hindu sikh arab african "
    "asian indian pakistani mexican immigrant migrant refugee gypsy romanian pole foreigner "
    "lesbian musulmanes moros judios gitanos negros chinos inmigrantes sudacas maricones rumanos "
    "arabes mexicanos panchitos extranjeros lesbianas musulmans juifs noirs gitans roms "
    "immigres pedes homos africains rebeus renois etrangers lesbiennes muslime juden araber "
    "turken auslander fluchtlinge zigeuner schwarzen schwulen polen russen afrikaner migranten "
    "lesben muculmanos judeus ciganos viados imigrantes nordestinos chineses africanos "
    "estrangeiros lesbicas musulmani ebrei arabi negri neri zingari rom froci immigrati cinesi "
    "africani albanesi rumeni stranieri мусульмане евреи арабы черные цыгане геи мигранты чурки "
    "хачи кавказцы таджики узбеки китайцы хохлы приезжие musalman mulle isai bihari kashmiri "
    "المسلمين اليهود المسيحيين العرب السود الشيعه السنه المثليين اللاجئين الاجانب"
)
RULES += [
    rule("bullying:hate_group", ("bullying", "slur"), _GROUP_WORDS,
         _NOT_CLAIM + r"\ball (?:the |of the |those |these )?" + _GROUP_HATE_EN + r" (?:are|r) "
         r"(?:all |just |literally |basically |fucking |so |such )*" + _BAD_EN + r"\b"
         + _NOT_DENIED + "|"
         + _NOT_CLAIM + r"\bevery (?:single )?(?:muslim|jew|christian|hindu|sikh|arab|african|"
         r"asian|indian|pakistani|mexican|immigrant|migrant|refugee|black person|gay|lesbian|trans "
         r"person|gypsy|romanian|pole|foreigner) (?:is|is a|is an) (?:\w+ )?" + _BAD_EN + r"\b"
         + _NOT_DENIED,
         requires="all every"),
    rule("bullying:hate_group", ("bullying", "slur"),
         "muslims moslems jews arabs blacks gays immigrants migrants refugees gypsies foreigners",
         r"(?<!\bnot )(?<!\bsay )(?<!\bsaid )(?<!\bthat )\b" + _GROUP_HATE_EN + r" (?:are|r) (?:all|"
         r"literally all|just) " + _BAD_EN + r"\b" + _NOT_DENIED + r"|\b" + _GROUP_HATE_EN
         + r" (?:should|need to|must|deserve to) (?:all )?(?:die|be killed|be deported|go back to "
         r"(?:their|where)|be banned|be gassed|burn|be shot)\b" + _NOT_DENIED),
    rule("bullying:hate_group", ("bullying", "slur"),
         "todos todas tous toutes alle todos tutti все saare sare sab sabhi كل",
         r"(?<!\bno )(?<!\bno todos )(?<!\bno todas )\b(?:todos los|todas las|los) "
         r"(?:musulmanes|moros|judios|gitanos|negros|chinos|inmigrantes|sudacas|maricones|gays|"
         r"rumanos|arabes|latinos|mexicanos|panchitos|extranjeros|lesbianas|trans) son (?:todos )?"
         r"(?:unos |unas )?(?:terroristas|ladrones|delincuentes|sucios|sucias|criminales|violadores"
         r"|animales|cerdos|basura|vagos|ratas|enfermos|asquerosos|escoria|parasitos)\b"
         + _NOT_DENIED + r"|"
         r"(?<!\bpas )(?<!\bpas tous )\b(?:tous les|les) (?:musulmans|juifs|arabes|noirs|gitans|roms|chinois|"
         r"immigres|migrants|pedes|gays|homos|africains|rebeus|renois|etrangers|lesbiennes|trans) "
         r"sont (?:tous )?(?:des )?(?:terroristes|voleurs|sales|criminels|violeurs|animaux|"
         r"racailles|malades|pedophiles|parasites|dechets|salauds|degueulasses)\b" + _NOT_DENIED
         + r"|(?<!\bnicht )\balle (?:muslime|moslems|juden|araber|turken|auslander|fluchtlinge|"
         r"zigeuner|schwarzen|schwulen|polen|russen|afrikaner|migranten|lesben) sind (?:\w+ )?"
         r"(?:terroristen|kriminell|kriminelle|diebe|dreckig|schmutzig|vergewaltiger|tiere|"
         r"abschaum|krank|pervers|parasiten|dreck)\b" + _NOT_DENIED
         + r"|(?<!\bnem )(?<!\bnem todos )\b(?:todos os|os) (?:muculmanos|judeus|arabes|negros|ciganos|gays|viados|"
         r"imigrantes|nordestinos|chineses|africanos|estrangeiros|lesbicas|trans) sao (?:todos )?"
         r"(?:uns )?(?:terroristas|ladroes|bandidos|sujos|criminosos|estupradores|animais|lixo|"
         r"doentes|vagabundos|nojentos|parasitas)\b" + _NOT_DENIED
         + r"|(?<!\bnon )\btutti (?:i|gli|le) (?:musulmani|ebrei|arabi|negri|neri|zingari|rom|gay|froci|"
         r"immigrati|cinesi|africani|albanesi|rumeni|stranieri) sono (?:dei )?(?:terroristi|ladri|"
         r"sporchi|criminali|stupratori|animali|malati|delinquenti|parassiti|feccia|schifosi)\b"
         + _NOT_DENIED
         + r"|(?<!не )\bвсе (?:мусульмане|евреи|арабы|черные|цыгане|геи|мигранты|чурки|хачи|"
         r"кавказцы|таджики|узбеки|китайцы|хохлы|приезжие) (?:\w+ )?(?:террористы|воры|грязные|"
         r"преступники|насильники|животные|больные|бандиты|мрази|твари|уроды)" + _NOT_DENIED
         + r"|\b(?:saare|sare|sab|sabhi) (?:muslim|musalman|mulle|hindu|sikh|christian|isai|bihari|"
         r"gay|kashmiri|pakistani) (?:log )?(?:terrorist|atankwadi|aatankwadi|chor|gande|ganda|"
         r"jaahil|jahil|kutte) (?:hote )?(?:hain|hai|h|he)\b" + _NOT_DENIED
         + r"|(?<!مش )(?<!ليس )كل (?:المسلمين|اليهود|المسيحيين|العرب|السود|الشيعه|السنه|المثليين|"
         r"اللاجئين|الاجانب) (?:\S+ )?(?:ارهابيين|ارهابيون|حراميه|لصوص|وسخين|قذرين|مجرمين|حيوانات)",
         requires=_GROUP_WORDS),
    zrule("bullying:hate_group", ("bullying", "slur"), "都是",
          r"(?<!不是)(?:所有的?|凡是)?(?:穆斯林|犹太人|黑人|同性恋|回族|维吾尔人|日本人|外国人|"
          r"难民)都是(?:恐怖分子|小偷|罪犯|垃圾|变态|畜生|人渣)"),
]
