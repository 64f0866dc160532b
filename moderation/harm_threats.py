"""Threats without the "I will kill you" shape: threat verb x consequence
(appended to `harm.RULES` after harm_targets.py's families).

"I'll find out where you live", "you'll regret it", "I'll make your life
hell", "I won't spare you", "you and me after school", "te espero a la
salida", "du wirst es bereuen", "te ne pentirai", "я узнаю где ты живешь",
"ما راح ارحمك", "tujhe chhodunga nahi", "你等着!", "走着瞧".  The everyday forms
are excluded in the patterns themselves: regret about missing something fun
("you'll regret not coming to the party lol", "... if you don't try the
cake", "wenn du den Film verpasst", "se non vieni"), "dead to me", "I won't
spare you the details", "find out where the party is".  A bare "wait for
me after school" is a normal arrangement between friends and is not held;
it is held only with a hostile continuation ("... if you dare", "you and me
after school").  Conditional threats: "say that again and I'll punch you",
"ещё раз напишешь — найду и урою", "agli baar bola to ghar aake maarunga"
(the condition alone, "ещё раз напишешь — я отвечу завтра", passes).
Matched against `Prepared.plain` (Chinese: `norm`); frames excuse every rule
("we learned that 'watch your back' is a threat").
"""

from __future__ import annotations

from .harm_targets import _END
from .packs.zh import zrule
from .rules import Rule, rule

_YOULL = r"(?:you'll|youll|you ll|ull|you will|you are going to|you are gonna|you are gunna|you gonna)"
# "I will", "ill", "imma" (plain keeps "ill" when written without the apostrophe)
_I_WILL = (r"(?:(?:i|we) (?:will|am going to|are going to|am gonna|are gonna|ll|swear i will|"
           r"swear i am going to)|ill|imma)")

def _lead(words: str) -> str:
    """The match begins a sentence or a quotation, or follows one of `words`
    ("or you'll regret it", "sonst wirst du es bereuen"): "you'll regret it"
    alone is a threat, "don't buy that phone, you'll regret it" is advice.
    Lookbehinds, not a consumed prefix, so frames still see the text before
    the match."""
    return r"(?:^|(?<=[.!?\"] )" + "".join(rf"|(?<=\b{w} )" for w in words.split()) + ")"


# the reader's pictures / chats (plain writes "photo(s)" as "picture(s)")
_SX_EN = r"(?:private |naked |nude )?(?:pictures|picture|nudes|videos|video|chats|messages|screenshots|dms)"
_SX_DE = r"(?:bilder|fotos|pictures|picture|nacktbilder|nudes|videos|video|nachrichten|chats|screenshots|bild|foto)"
_SX_FR = r"(?:pictures|picture|photos|nudes|videos|messages|conversations|captures|screens)"
_SX_ES = r"(?:pictures|fotos|videos|nudes|pack|conversaciones|capturas|mensajes)"
_SX_PT = r"(?:pictures|fotos|nudes|videos|mensagens|prints|conversas)"
_SX_IT = r"(?:pictures|foto|video|nudes|messaggi|chat|screen)"

# "you'll regret not coming", "... it if you don't try the cake", "be sorry you missed it"
_NOT_FOMO = (r"(?! (?:not|missing|skipping|never)\b| if you (?:do not|miss|skip|are not|never)\b|"
             r" (?:that )?you (?:missed|did not|were not|could not|never)\b)")
RULES: list[Rule] = [
    # en: "I'll find out where you live", "I'll make your life hell", "I won't spare you"
    rule("threat:stalking", "threat", "find figure work live",
         r"\b(?:" + _I_WILL + r"|i can|we can|i could easily) (?:easily )?(?:find out|figure out|"
         r"work out|find) where (?:you|your family) (?:live|lives|go to school|sleep|are)\b"
         r"(?! (?:so (?:i|we) can|to) (?:send|post|drop|deliver|invite|mail|visit)| (?:in|on) "
         r"(?:geography|class|the map|maps|google))"),
    rule("threat:violence", "threat", "hell miserable nightmare unbearable",
         r"\b" + _I_WILL + r" (?:make|turn) (?:your|ur) (?:life|lives|school life|year) (?:a )?"
         r"(?:living )?(?:hell|miserable|a nightmare|nightmare|unbearable)\b",
         requires="make turn"),
    rule("threat:violence", "threat", "ruin",
         r"\b" + _I_WILL + r" ruin your (?:life|reputation)\b"),
    rule("threat:violence", "threat", "spare away",
         r"\b(?:i|we) (?:will not|am not going to|are not going to|wont|will never) (?:spare you|"
         r"let you (?:get away with (?:this|it|that)|off (?:that|this) easy))\b(?! (?:the|my|our)"
         r" )", requires="not wont never"),
    rule("threat:stalking", "threat", "regret sorry",
         r"(?:\bif you (?:tell|snitch|say|show|report|do that|do it|touch|talk)\b[^.!?]{0,30}? |"
         + _lead("or else swear promise bro now then lol") + r")" + _YOULL
         + r" (?:so |really |seriously |deeply |definitely |)(?:regret (?:it|this|"
         r"that|everything|what you (?:did|said)|messing with me|ever meeting me|being born|"
         r"talking to me|telling)|be sorry)\b" + _NOT_FOMO + r"(?![^.!?]{0,30}\b(?:party|concert"
         r"|film|movie|trip|sleepover|match|game|show|festival|coming|buying|missing)\b)",
         requires="you youll ull"),
    # after school / outside: one rule per shape, each gated by its own words, so
    # the many messages about school run none of them
    rule("threat:violence", "threat", "after outside behind gates gate lunch",
         r"\b(?:you and me|you and i|me and you) (?:after school|outside|behind the school|at "
         r"(?:the )?gates?|at lunch|tomorrow after school)\b", requires="you me"),
    rule("threat:violence", "threat", "till until til",
         r"\b(?:just )?wait (?:till|until|til) (?:after school|i (?:see|get|catch|find) you)\b"),
    rule("threat:violence", "threat", "dare settle sort finish dead 1v1 fight",
         r"\b(?:wait for me|meet me) (?:after school|outside|behind the school|at the gates?)\b"
         r"(?: \w+){0,3}? (?:if you dare|and (?:we will|you will|ill|i will) (?:see|settle|sort|"
         r"finish)|you are dead|your dead|1v1|one on one|and fight|to fight)\b",
         requires="wait meet"),
    rule("threat:violence", "threat", "after outside gates gate lunch behind",
         r"\b(?:i will|ill|i am going to|i am gonna|we will|we are going to) (?:get|jump|deal "
         r"with|sort) you (?:out )?(?:after school|outside|at the gates?|at lunch|behind the "
         r"school)\b", requires="get jump deal sort"),
    rule("threat:violence", "threat", "dead",
         r"(?:^|[.!?] )(?:you are|your|ur) (?:so |literally |actually |fucking )?(?:so )?dead"
         r"(?: (?:kid|boy|bro|mate|man|meat))?(?= ?[.!?]| ?$)", requires="you your ur youre"),
    # es: "voy a averiguar dónde vives", "te espero a la salida", "te arrepentirás"
    rule("threat:violence", "threat", "averiguar descubrir salida arrepentiras infierno imposible",
         r"\b(?:voy a|vamos a) (?:averiguar|descubrir|saber) donde (?:vives|estudias)\b|"
         r"\b(?:te (?:espero|veo|pillo|agarro) a la salida|a la salida (?:te espero|te veo|te "
         r"pillo|nos vemos))\b|" + _lead("o si") + r"te arrepentiras\b(?! "
         r"(?:si no|de no))|"
         r"\b(?:voy|vamos) a (?:hacer|convertir) (?:de )?tu vida (?:un|en un) infierno\b|"
         r"\bte (?:voy|vamos) a hacer la vida (?:imposible|un infierno|de cuadritos)\b"),
    # pt: "vou descobrir onde você mora", "te pego na saída", "vai se arrepender"
    rule("threat:violence", "threat", "descobrir saida inferno arrepender",
         r"\b(?:vou|vamos) (?:descobrir|achar|saber) onde (?:voce|vc|video call|tu) (?:mora|moras|"
         r"estuda)\b|\bte (?:pego|espero|quebro|arrebento) (?:na saida|la fora|depois da aula)\b|"
         r"\b(?:vou|vamos) (?:transformar|fazer) (?:da )?(?:sua|tua) vida (?:um|num) inferno\b|"
         + _lead("ou senao") + r"(?:vai|voce vai|vc vai|video call vai|tu "
         r"vai) se arrepender(?: (?:disso|amargamente|muito))?"
         + _END),
    # fr: "je vais trouver où tu habites", "je t'attends à la sortie", "tu vas regretter"
    rule("threat:violence", "threat", "trouver habites sortie regretter pourrir enfer",
         r"\b(?:je|j) ?(?:'|)?vais (?:trouver|savoir|decouvrir) ou tu (?:habites|vis|dors)\b|"
         r"\b(?:je t'attends|jtattends|je t attends|on t'attend) a la sortie\b|"
         r"\b(?:je|j) ?(?:'|)?vais (?:te pourrir la vie|faire de ta vie un enfer|te gacher la "
         r"vie|te faire vivre un enfer)\b|" + _lead("ou sinon") + r"tu vas "
         r"(?:le )?regretter(?: (?:crois moi|je te jure|"
         r"grave|sale \w+|toute ta vie))?" + _END + r"|\btu vas regretter (?:d'etre ne|d'etre nee|"
         r"ce que tu as (?:fait|dit)|ce que t'as (?:fait|dit)|de m'avoir)\b"),
    # de: "du wirst es bereuen", "ich finde raus wo du wohnst", "pass bloß auf"
    rule("threat:violence", "threat", "bereuen wohnst holle auf",
         _lead("oder sonst") + r"(?:du wirst|das wirst du|"
         r"du wirst das|du wirst es) (?:es |das )?(?:noch |so |echt |"
         r"bitter |)*bereuen\b(?![^.!?]{0,40}\b(?:verpasst|verpassen|nicht kommst|nicht mitkommst"
         r"|nicht kaufst|nicht guckst|nicht schaust))|"
         r"\bich (?:finde|find|werde|krieg|kriege) (?:\w+ )?(?:raus|heraus|herausfinden|"
         r"rausfinden) wo du wohnst\b|\bich (?:mach|mache|werde) dein leben zur holle\b|"
         r"\bpass (?:bloss|blos|lieber|nur) auf(?: du \w+)?" + _END),
    # it: "te ne pentirai", "ti ammazzo", "so dove abiti", "ti aspetto all'uscita"
    rule("threat:violence", "threat",
         "pentirai pentirete ammazzo uccido picchio spacco meno abiti uscita inferno morto morta",
         _lead("o altrimenti") + r"(?:te ne|ve ne) (?:pentirai|pentirete)\b"
         r"(?![^.!?]{0,30}\b(?:se non (?:vieni|venite|compri|guardi|provi)|di non))|"
         r"\bti (?:ammazzo|uccido|picchio|meno|spacco (?:la faccia"
         r"|la testa|le gambe|il culo)|rompo (?:la faccia|il culo|le ossa))\b(?! (?:a|in) "
         r"(?:fortnite|minecraft|fifa|brawl|scacchi|carte))|\bso dove (?:abiti|vivi|stai)\b|"
         r"\bti aspetto (?:all'uscita|all uscita|fuori da scuola|dopo scuola)\b|\bti rendo la "
         r"vita (?:un inferno|impossibile)\b|(?:^|[.!?] )(?:tu )?sei (?:morto|morta)" + _END),
    # ru: "я узнаю где ты живешь", "сделаю твою жизнь адом", "берегись"
    rule("threat:violence", "threat", "узнаю живешь адом берегись",
         r"\b(?:я|мы) (?:узнаю|узнаем|выясню|выясним|наиду|наидем) где ты (?:живешь|учишься)\b|"
         r"\b(?:сделаю|сделаем|превращу) (?:твою жизнь|тебе жизнь) (?:адом|невыносимои|в ад)\b|"
         r"(?:^|[.!?] )(?:ну )?берегись\b(?! (?:машин|поезд|собак))"),
    # ar: "ما راح ارحمك", "مش هرحمك"; Arabizi "ra7 tendam"
    rule("threat:violence", "threat", "ارحمك هرحمك حرحمك برحمك",
         r"(?:ما|مش|مو|لن|ماني) (?:راح |رح |ح|ه)?(?:ارحمك|هرحمك|حرحمك|برحمك)"),
    rule("threat:violence", "threat",
         "tendam tindam tendm tndm tendami tindami btendam hatendam 7atendam",
         r"\b(?:ra7|rah|raa7|rh|r7|7a|ha|hat|7at|bet|bt) ?(?:tendam|tindam|tendm|tndm|tendami|"
         r"tindami)\b|\b(?:btendam|hatendam|7atendam)\b"),
    # hi: "tujhe chhodunga nahi", "तुझे छोड़ूँगा नहीं", "teri zindagi narak bana dunga"
    rule("threat:violence", "threat",
         "chhodunga chodunga chhodungi chodungi chhodenge chodenge zindagi jindagi life "
            "छोड़ूंगा छोड़ूँगा छोड़ूंगी छोड़ूँगी ज़िंदगी जिंदगी",
         r"\b(?:tujhe|tumhe|tereko|tuje|tujhko|tumko|usko|use|tumhein) (?:main |mai |me |mein "
            r"|ab |to |toh )*(?:chhodunga|chodunga|chhodungi|chodungi|chhodenge|chodenge|"
            r"chhodoonga|bakshunga|bakhshunga) (?:nahi|nhi|nai|na)\b|"
            r"\b(?:teri|tumhari|uski) (?:zindagi|jindagi|life) (?:narak|nark|jahannum|hell|barbaad|"
            r"barbad|kharab) (?:bana|kar|kr) (?:dunga|dungi|denge|doonga)\b|"
            r"(?:तुझे|तुम्हें|तुम्हे|तुझको|उसे) (?:मैं |अब )?छोड़?[ूु][ंँ]?(?:गा|गी) नहीं|"
            r"(?:तेरी|तुम्हारी) (?:ज़?िंदगी|जिंदगी) (?:नरक|बर्बाद|जहन्नुम) (?:बना|कर) "
            r"(?:दूंगा|दूँगा|दूंगी|देंगे)"),
    # zh: "你等着!", "你会后悔的", "我不会放过你", "走着瞧", "我会查到你住哪"
    zrule("threat:violence", "threat", "你 走着瞧 放过 饶不了",
          r"你(?:就)?等着(?:吧|瞧|看|好了)?(?=$|[。!?])|"
          r"(?:^|(?<=[。!?\"「 ])|(?<=否则)|(?<=不然))你(?:一定|肯定|迟早|早晚|绝对)?会后悔的?"
          r"(?=$|[。!?])|"
          r"(?:我|老子|我们)(?:绝对|一定|是)?(?:不会|绝不会|不可能)放过你|饶不了你|走着瞧|"
          r"你给我小心(?:点|一点)(?=$|[。!?])|"
          r"(?:我|老子)(?:会|要|一定会)?(?:查到|找到|查出|打听到)你"
          r"(?:住)?(?:在)?(?:哪|哪里|哪儿|家在哪|的地址|家地址)"),
    # "if you report / block / tell on me, I post your pictures": sextortion that
    # punishes seeking help, in the present tense and with the verb first
    # ("wenn du mich meldest, poste ich deine Bilder überall").  The condition is
    # the trigger; the act needs a posting verb and the reader's pictures/chats,
    # so "wenn du mich meldest, zeig ich dir die Regeln" and "si tu me bloques je
    # verrai plus tes photos" pass.
    rule("threat:sextortion", ("threat", "sexual"), "report block tell snitch unfriend",
         r"\bif you (?:report|block|tell on|snitch on|unfriend|tell (?:anyone|anybody|someone|"
         r"your \w+) about) (?:me|us|this)\b[^.!?]{0,40}?\bi (?:will |am going to |am gonna )?"
         r"(?:post|leak|share|send|expose|show|spread|upload|forward) (?:all )?(?:your|ur) "
         + _SX_EN + r"\b"),
    rule("threat:sextortion", ("threat", "sexual"),
         "meldest melden blockierst blockst verpetzt anzeigst reportest verratst sagst erzahlst",
         r"\bwenn du (?:mich|uns|das|es) (?:\w+ ){0,2}?(?:meldest|melden|blockierst|blockst|verpetzt|"
         r"anzeigst|reportest|verratst|sagst|erzahlst)\b[^.!?]{0,40}?\b(?:poste|post|schick|"
         r"schicke|zeig|zeige|teile|teil|stell|stelle|leake|leak|verschick|verschicke|"
         r"veroffentliche|lade|verbreite) ich (?:\w+ )?(?:alle )?(?:deine|dein) " + _SX_DE + r"\b"),
    rule("threat:sextortion", ("threat", "sexual"),
         "signales signale bloques bloque balances denonces reportes report dis racontes",
         r"\bsi (?:tu |t')?(?:me|nous|m') ?(?:signales|signale|bloques|bloque|balances|denonces|"
         r"reportes|report|dis|racontes)\b[^.!?]{0,40}?\b(?:je |j')?(?:poste|balance|publie|"
         r"envoie|montre|diffuse|partage|leak|affiche|mets) (?:toutes )?tes " + _SX_FR + r"\b"),
    rule("threat:sextortion", ("threat", "sexual"),
         "denuncias reportas bloqueas delatas acusas cuentas dices",
         r"\bsi (?:me |nos )?(?:denuncias|reportas|bloqueas|delatas|acusas|cuentas|dices)\b"
         r"[^.!?]{0,40}?\b(?:subo|publico|paso|mando|enseno|muestro|filtro|comparto|difundo|envio)"
         r" (?:todas )?tus " + _SX_ES + r"\b"),
    rule("threat:sextortion", ("threat", "sexual"),
         "denunciar reportar bloquear denuncias bloqueias contar contares",
         r"\bse (?:voce |video call |vc |tu )?(?:me )?(?:denunciar|reportar|bloquear|denuncias|"
         r"bloqueias|contar|contares)\b[^.!?]{0,40}?\b(?:eu )?(?:posto|espalho|mando|vazo|"
         r"publico|mostro|divulgo|envio|compartilho) (?:todas )?(?:as )?(?:suas|tuas|seus|teus) "
         + _SX_PT + r"\b"),
    rule("threat:sextortion", ("threat", "sexual"),
         "segnali denunci blocchi reporti dici racconti",
         r"\bse (?:mi |ci )?(?:segnali|denunci|blocchi|reporti|dici|racconti)\b[^.!?]{0,40}?\b"
         r"(?:pubblico|posto|mando|faccio vedere|diffondo|mostro|invio|condivido|giro) (?:tutte |"
         r"tutti )?(?:le tue|i tuoi) " + _SX_IT + r"\b"),
    zrule("threat:sextortion", ("threat", "sexual"), "举报 拉黑 告诉 屏蔽 报警",
          r"(?:举报|拉黑|告诉|屏蔽|报警)[^。!?]{0,12}(?:我就|我会|我要|我)(?:把|将)你的"
          r"(?:照片|图片|裸照|视频|聊天记录|截图)(?:都)?(?:发|传|公开|曝光|贴)"),
]

# -- meeting place x "you're done" ------------------------------------------
# "see you tomorrow at the gate, you're done", "nos vemos a la salida, estás
# acabado", "kal school ke bahar mil, tu gaya": an arrangement (see you / meet
# me / wait for you) with a time or a school place, and then the reader is
# "done / finished / dead" at the end of a sentence.  Neither half holds alone:
# "see you tomorrow at the gate!" and "you're done with the quiz? nice" pass.
_MEET_EN = (r"\b(?:see you|meet me|meet you|wait for you|waiting for you|catch you|find you|"
            r"i will be waiting)\b")
_WHEN_EN = (r"\b(?:tomorrow|after school|at the gates?|outside|at lunch|at break|on monday|monday|"
            r"behind the school|after class|later)\b")
# "which school you go to", "what bus you take", "what time you finish"
_WHICH_EN = (r"(?:which|what) (?:school|class|bus|train|route|gym|club) you (?:go to|are in|"
             r"attend|take|get|are at)|what time you (?:finish|leave|get out|walk home)|"
             r"which way you walk home|where you wait for the bus")
RULES += [
    rule("threat:violence", "threat", "done finished toast dead mine",
         _MEET_EN + r"[^!?]{0,40}?" + _WHEN_EN + r"[^!?]{0,30}?\b(?:you are|your|ur) "
         r"(?:so |literally |actually |fucking |totally |)(?:done|finished|toast|dead|mine|"
         r"going down)" + _END, requires="see meet wait waiting catch find"),
    rule("threat:stalking", "threat", "know found worked figured",
         r"\b(?:i|we) (?:know|found out|worked out|figured out) (?:exactly )?(?:" + _WHICH_EN
         + r")\b(?! (?:so (?:i|we) can|to) (?:send|invite|visit|join|come)| (?:because|cause|"
         r"since) (?:you|we) (?:told|said|are in))", requires="which what way where"),
    # es fr pt de it
    rule("threat:violence", "threat",
         "acabado acabada muerto muerta frito frita fini finie mort morte cuit cuite foutu foutue "
         "morto morta acabado ferrado ferrada lascado lascada fallig erledigt tot geliefert dran "
         "finito finita fritto fritta",
         r"\b(?:nos vemos|te veo|te espero|te busco|te pillo)\b[^!?]{0,40}?\b(?:manana|a la "
         r"salida|en la puerta|afuera|fuera|despues de clase|en el recreo|el lunes)\b[^!?]{0,30}?"
         r"\b(?:ya )?(?:estas|vas a estar) (?:acabado|acabada|muerto|muerta|frito|frita)\b|"
         r"\b(?:on se voit|je te vois|je t'attends|je t attends|on se retrouve)\b[^!?]{0,40}?"
         r"\b(?:demain|a la sortie|devant|apres les cours|dehors|a la recre|lundi)\b[^!?]{0,30}?"
         r"\b(?:t'es|tu es|t es|tes) (?:fini|finie|mort|morte|cuit|cuite|foutu|foutue)\b|"
         r"\b(?:te vejo|a gente se ve|te espero|te pego)\b[^!?]{0,40}?\b(?:amanha|na saida|no "
         r"portao|la fora|depois da aula|no recreio|segunda)\b[^!?]{0,30}?\b(?:voce |vc |video "
         r"call |tu )?(?:ta|esta|vai estar) (?:morto|morta|acabado|acabada|ferrado|ferrada|"
         r"lascado|lascada)\b|"
         r"\b(?:wir sehen uns|ich seh dich|ich sehe dich|ich warte auf dich|ich erwarte dich)\b"
         r"[^!?]{0,40}?\b(?:morgen|nach der schule|am tor|vor der schule|draussen|in der pause|"
         r"montag)\b[^!?]{0,30}?\bdu bist (?:so |sowas von |)(?:fallig|erledigt|tot|geliefert|"
         r"dran)\b|"
         r"\b(?:ci vediamo|ti vedo|ti aspetto|ti becco)\b[^!?]{0,40}?\b(?:domani|all'uscita|all "
         r"uscita|al cancello|fuori|dopo scuola|lunedi|alla ricreazione)\b[^!?]{0,30}?\bsei "
         r"(?:finito|finita|morto|morta|fritto|fritta)\b",
         requires="veo vemos espero busco pillo voit vois attends retrouve vejo ve pego sehen seh "
                  "sehe warte erwarte vediamo vedo aspetto becco"),
    # es fr pt de it: "sé a qué escuela vas", "ich weiß, auf welche schule du gehst"
    rule("threat:stalking", "threat", "se sei weiss so",
         r"\b(?:ya )?se (?:a que|en que|a cual|en cual) (?:escuela|colegio|insti|instituto|cole)"
         r" (?:vas|estudias)\b|\b(?:eu )?sei (?:em que|qual) (?:escola|colegio) (?:voce |vc |video "
         r"call |tu )?(?:estuda|estudas|vai)\b|\bich weiss (?:genau )?(?:auf welche|in welche|an "
         r"welcher) schule du (?:gehst|bist)\b|\bso (?:in che|a che|quale|in quale) scuola "
         r"(?:vai|frequenti|sei)\b"),
    # ru: "увидимся завтра у школы, тебе конец"; "я знаю в какой школе ты учишься"
    rule("threat:violence", "threat", "конец хана крышка капец труп покоиник школе",
         r"(?:увидимся|встретимся|жди|подожду|поимаю|встречу|ждать)[^!?]{0,40}?(?:завтра|после "
         r"уроков|после школы|у ворот|у школы|на перемене|за школои)[^!?]{0,30}?(?:тебе (?:конец|"
         r"хана|крышка|капец)|ты (?:труп|покоиник))"),
    rule("threat:stalking", "threat", "знаю", r"\b(?:я|мы) знаю,? в какои школе ты учишься"),
    # hi: "kal school ke bahar mil, tujhe dekh lunga", "तुझे देख लूंगा", "teri khair nahi"
    rule("threat:violence", "threat",
         "dekh lunga lungi loonga lenge khair tamaam tamam gaya देख ख़ैर खैर",
         r"\b(?:tujhe|tumhe|tumhein|tereko|tujhko|tumko|tuje|tere ko) (?:\w+ ){0,3}?dekh "
            r"(?:lunga|lungi|loonga|lenge)\b|\bteri (?:khair|khaer) (?:nahi|nhi|nai)\b|"
            r"\b(?:mil|milna|milo|aa|aaja|aana)\b[^.!?]{0,20}\b(?:tu (?:toh |to )?gaya|tera kaam "
            r"(?:tamaam|tamam))\b|"
            r"(?:तुझे|तुम्हें|तुम्हे|तुझको|तुमको|तेरे को)(?: \S+){0,3}? देख (?:लूंगा|लूँगा|लूंगी|"
            r"लूँगी|लेंगे)|तेरी (?:ख़ैर|खैर) नहीं",
         requires="tujhe tumhe tumhein tereko tujhko tumko tuje tere teri mil milna milo aa "
                     "aaja aana तुझे तुम्हें तुम्हे तुझको तुमको तेरे तेरी"),
]

# -- "do it again and I'll..." ----------------------------------------------
# A condition on the reader's next move ("say that again", "next time you
# write", "ещё раз напишешь", "agli baar bola to") and then a first-person
# act of violence ("I'll find you and bury you", "ghar aake maarunga").  The
# condition alone is everyday ("ещё раз напишешь — я отвечу завтра", "agli
# baar main ghar aake khana banaunga"): only the violent consequence holds,
# and the consequence alone is left to the other threat rules.
_AGAIN_EN = (r"(?:(?:say|do|write|text|post|call me) (?:that|this|it|that shit)(?: one more time| "
             r"again)|(?:next time|if you ever|one more time|once more) you (?:say|do|write|text|"
             r"post|call|talk|touch|come)|one more word)")
_HURT_EN = (r"(?:" + _I_WILL + r"|i am gonna|i swear i will) (?:find you and |come to your house "
            r"and |come round and |come over and )?(?:beat|punch|kill|smash|hurt|stab|jump|batter|"
            r"end|break|slap|kick|bury|find) (?:you|your|ur)\b")
_AGAIN_ES = (r"(?:vuelve a|vuelves a) (?:decir|escribir|hacer|llamarme)|(?:la )?(?:proxima|otra) vez"
             r" que (?:me )?(?:digas|escribas|hagas|llames|toques)|repite (?:eso|lo)")
_HURT_ES = (r"(?:te (?:parto|rompo|reviento|mato|pego|busco y te|encuentro y te)|te voy a (?:partir|"
            r"romper|reventar|matar|pegar|buscar)|(?:voy|ire) a tu casa y te)")
_AGAIN_FR = (r"(?:redis|refais|recommence|reecris) (?:ca|le|moi ca|encore)|(?:la )?prochaine fois "
             r"que tu (?:dis|ecris|fais|m'appelles|me parles|touches)|(?:encore|une fois de plus) "
             r"(?:un mot|une fois)")
_HURT_FR = (r"(?:je (?:te|vais te) (?:defonce|defoncer|frappe|frapper|tabasse|tabasser|tue|tuer|"
            r"retrouve|retrouver|casse|casser|eclate|eclater|bute|buter)|je viens chez toi)")
_AGAIN_PT = (r"(?:fala|diz|escreve|faz|repete) (?:isso|isso ai|isso de novo) (?:de novo|mais uma vez)|"
             r"(?:fala|diz|escreve|repete|faz) (?:isso )?(?:de novo|mais uma vez)|(?:na |da )?"
             r"proxima vez que (?:voce |vc |tu )?(?:falar|disser|escrever|fizer|me chamar)")
_HURT_PT = (r"(?:eu )?(?:te (?:quebro|mato|bato|pego|arrebento|encontro)|vou te (?:quebrar|matar|"
            r"bater|pegar|arrebentar|achar|encontrar)|vou (?:ai|na sua casa|na tua casa) te)")
_AGAIN_DE = (r"(?:sag|schreib|mach) (?:das|des|es) (?:noch ?mal|noch einmal|nochmal)|(?:wenn du )?"
             r"(?:das )?(?:naechste|nachste) mal(?:,)? (?:wenn|dass) du|noch ein (?:wort|mal)")
_HURT_DE = (r"(?:(?:dann )?(?:schlag|hau|box|bring|mach|find|such) ich dich|ich (?:schlag|hau|box|"
            r"bring|finde|find|such) dich|(?:komm|komme) ich (?:zu dir|vorbei) und)")
_AGAIN_IT = (r"(?:ridillo|riscrivilo|rifallo)|(?:dillo|scrivilo|fallo) (?:ancora|di nuovo|un'altra "
             r"volta)|(?:la )?prossima volta che (?:lo )?(?:dici|scrivi|fai|mi chiami)")
_HURT_IT = (r"(?:ti (?:spacco|ammazzo|meno|picchio|trovo|gonfio|sfondo)|ti vengo a (?:prendere|"
            r"cercare) (?:a casa|sotto casa)|vengo (?:a casa tua|sotto casa tua))")
RULES += [
    rule("threat:violence", "threat",
         "again time ever more word once otra vez vuelve vuelves repite redis refais recommence "
         "reecris fois novo proxima repete nochmal mal noch ridillo riscrivilo rifallo ancora "
         "nuovo volta",
         r"\b(?:" + _AGAIN_EN + r")\b[^.!?]{0,30}?\b(?:and |then |or )?" + _HURT_EN + r"|"
         r"\b(?:" + _AGAIN_ES + r")\b[^.!?]{0,30}?\b(?:y )?" + _HURT_ES + r"\b|"
         r"\b(?:" + _AGAIN_FR + r")\b[^.!?]{0,30}?\b(?:et )?" + _HURT_FR + r"\b|"
         r"\b(?:" + _AGAIN_PT + r")\b[^.!?]{0,30}?\b(?:e )?" + _HURT_PT + r"\b|"
         r"\b(?:" + _AGAIN_DE + r")\b[^.!?]{0,30}?\b(?:und )?" + _HURT_DE + r"\b|"
         r"\b(?:" + _AGAIN_IT + r")\b[^.!?]{0,30}?\b(?:e )?" + _HURT_IT + r"\b",
         requires="say do write text post call next if one vuelve vuelves proxima otra repite "
                  "redis refais recommence reecris prochaine encore fala diz escreve faz repete "
                  "sag schreib mach naechste nachste noch ridillo riscrivilo rifallo dillo "
                  "scrivilo fallo prossima"),
    # ru: "ещё раз напишешь — найду и урою", "только попробуй ещё раз — убью"
    rule("threat:violence", "threat", "еще раз попробуи наиду приду приеду поимаю",
         r"(?:еще раз|еще хоть раз|только попробуи)(?: \S+){0,3}? (?:тебе |тебя )?(?:(?:наиду|приду|"
         r"приеду|поимаю) (?:тебя )?и )?(?:урою|убью|прибью|побью|закопаю|врежу|разобью|размажу|"
         r"вырублю|урою)(?!\S)|"
         r"(?:наиду|приду|приеду|поимаю) (?:тебя )?и (?:урою|убью|прибью|побью|закопаю|размажу|"
         r"уничтожу)(?!\S)"),
    # hi: "agli baar bola to ghar aake maarunga", "अगली बार बोला तो घर आके मारूंगा"
    rule("threat:violence", "threat",
         "maarunga marunga maroonga maarungi marungi peetunga pitunga thokunga thok dhunga "
            "dhoonga tod todunga मारूंगा मारूँगा पीटूंगा ठोकूंगा तोड़ूंगा",
         r"\b(?:agli baar|agli bar|ek baar aur|dobara|fir se|phir se|firse|phirse)\b[^.!?]{0,40}?"
            r"\b(?:(?:ghar|school|bahar) (?:aake|aa ke|aakar|pe aake) )?(?:tujhe |tereko |tumhe )?"
            r"(?:maarunga|marunga|maroonga|maarungi|marungi|peetunga|pitunga|thokunga|todunga)\b|"
            r"\b(?:ghar|school) (?:aake|aa ke|aakar) (?:tujhe |tereko |tumhe )?(?:maarunga|marunga|"
            r"maroonga|peetunga|pitunga|thokunga)\b|"
            r"(?:अगली बार|एक बार और|दोबारा|फिर से)[^.!?]{0,40}?(?:मारूंगा|मारूँगा|पीटूंगा|ठोकूंगा|"
            r"तोड़ूंगा)|घर (?:आके|आकर) (?:तुझे )?(?:मारूंगा|मारूँगा|पीटूंगा)"),
]

# Hacking the reader's account or exposing where they live: "keep talking and
# i'll hack your account", "i'll post your address everywhere", "te voy a
# hackear la cuenta", "je vais balancer ton adresse", "взломаю твой акк".
# A number or a name is exposed only "everywhere / online / for everyone"
# ("i'll send your number to the coach" passes; sent "to everyone" as the whole
# sentence it is a threat); reports and "hack my account back" are excused or
# never match.
_ACC_EN = (r"(?:account|acc|accounts|insta|instagram|snap|snapchat|tiktok|discord|roblox|fortnite|"
           r"minecraft|phone|wifi|pc|computer|laptop|email|steam|xbox|ps4|ps5)")
_ADDR_EN = r"(?:home )?(?:address|location|ip|ip address|house)"
_PUBLIC_EN = r"(?:everywhere|online|on the internet|for everyone|on (?:tiktok|insta|twitter|x|discord|snap)\w*)"
RULES += [
    rule("threat:stalking", "threat", "hack hacking dox doxx leak post expose spread publish send give forward",
         r"\b" + _I_WILL + r" (?:\w+ )?(?:hack|hack into|take over|steal) (?:your|ur) (?:\w+ )?"
         + _ACC_EN + r"\b|\b" + _I_WILL + r" (?:\w+ )?(?:dox|doxx) (?:you|u)\b|\b" + _I_WILL
         + r" (?:\w+ )?(?:post|leak|expose|spread|publish|put) (?:your|ur) " + _ADDR_EN
         + r"\b|\b" + _I_WILL + r" (?:\w+ )?(?:post|leak|expose|spread|publish|put|share) (?:your|ur) "
         r"(?:phone number|number|real name|personal info|info|details|face)(?: \w+)? " + _PUBLIC_EN
         + r"\b|\b" + _I_WILL + r" (?:\w+ )?(?:send|give|forward) (?:your|ur) (?:phone number|number|"
         r"address|home address|location) to (?:everyone|everybody|the whole school|strangers|random "
         r"people)(?= ?[.!?]|$| if | unless | or else| lol| lmao)"),
    rule("threat:stalking", "threat",
         "hackear hackeo hackeare pirater hacker hackearei invadir hacke hacken hackero взломаю "
         "солью сольем hack leak publicar filtrar publier balancer postar vazar poste pubblico",
         r"\bte voy a (?:hackear|robar) (?:la|tu) (?:cuenta|insta|compte)\b|\bvoy a (?:publicar|"
         r"filtrar|subir) tu (?:direccion|ubicacion|ip)\b|\bje vais (?:te )?(?:pirater|hacker) "
         r"(?:ton|ta) (?:compte|insta|telephone)\b|\bje vais (?:publier|balancer|leak|divulguer) "
         r"(?:ton|ta) (?:adresse|ip|localisation)\b|\bvou (?:hackear|invadir|roubar) (?:a )?(?:sua|"
         r"tua) (?:conta|insta)\b|\bvou (?:postar|vazar|espalhar|expor) (?:o )?(?:seu|teu) "
         r"(?:endereco|ip)\b|\bich (?:hacke|werde) deinen? (?:account|acc|insta|handy)(?: hacken)?\b|"
         r"\bich (?:poste|leake|veroffentliche) deine (?:adresse|ip)\b|\bti (?:hackero|rubero) "
         r"l'?(?:account|profilo)\b|\b(?:pubblico|postero|diffondo) il tuo indirizzo\b|"
         r"\b(?:взломаю|уведу) (?:твои|твой|тебе) (?:акк|аккаунт|страницу|телефон)|\b(?:солью|сольем) "
         r"(?:твои|твой) (?:адрес|аи ?пи|ip)|\b(?:tera|teri) (?:account|id|insta) hack kar "
         r"(?:dunga|dungi|denge)\b|\b(?:tera|teri) (?:address|location) (?:leak|viral) kar "
         r"(?:dunga|dungi|denge)\b"),
]
