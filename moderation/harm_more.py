"""Three more directed-harm shapes, ten languages (appended to `harm.RULES`
after harm_shaming.py; harm.py is long already).

* sexual: asking what the reader wears *underneath* ("what are you wearing
  under your clothes", "was trägst du drunter", "qué llevas debajo", "o que
  você tá usando por baixo", "qu'est-ce que tu portes en dessous", "cosa
  indossi sotto", "что на тебе под одеждой", "شو لابسة تحت", "你里面穿的什么",
  "andar kya pehna hai").  A second-person question or request; "I'm wearing
  a hoodie under my jacket" and "what are you wearing to the party?" pass.
* bullying: telling the group to ignore or avoid someone *and* an insult about
  them in the same sentence ("everyone ignore the kid from room 3 hes a
  freak", "大家别理他，他是个怪胎").  Ignoring alone ("everyone ignore the spam
  bot", "just ignore him, he's trying to get a reaction") passes.
* bullying: "shut up" + an insult in Italian, Hindi/Hinglish and Chinese
  ("stai zitta cicciona", "chup kar moti", "闭嘴吧丑八怪"; the other languages
  are in harm.py and the packs), and "nobody wants to hear you" ("没人想听你说话",
  "nessuno vuole sentirti").  "stai zitta un attimo, ti spiego" passes.

Matched against `Prepared.plain` (Chinese: `norm` via zrule); frames excuse
every rule ("if someone asks what you wear underneath, block them").
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# between a group imperative and the insult: the target and a few words
_GAP = r"(?: \S+){0,8}? "
_HE_EN = r"(?:he is|she is|hes|shes|he's|she's|is a|is such a|what a|total|such a)"
_INSULT_EN = (r"(?:freak|loser|weirdo|creep|creepy|idiot|psycho|reject|clown|fatty|fat|ugly|"
              r"gross|disgusting|retard|retarded|nobody|cringe|pathetic|mental|dumb|stupid|"
              r"smelly|stinks|nerd)")

RULES: list[Rule] = [
    # -- what the reader wears underneath ---------------------------------
    rule("sexual:solicit", "sexual", "under underneath",
         r"\b(?:what|wat|wut) (?:are you|you are|you|r you|is you) (?:wearing|got on|have on) "
         r"(?:under|underneath)\b(?! (?:my|his|her|their)\b)|\bare you wearing (?:anything|"
         r"something|nothing) (?:under|underneath)\b|\b(?:show me|let me see) what (?:you are|you)"
         r" (?:wearing )?(?:under|underneath)\b|\bwhat is under your (?:clothes|skirt|dress|"
         r"shirt|top|towel|uniform)\b"),
    rule("sexual:solicit", "sexual", "drunter darunter unter untendrunter",
         r"\bwas (?:\S+ ){0,2}?(?:du )?(?:unten )?(?:drunter|darunter) (?:tragst|anhast|hast)\b|"
         r"\bwas (?:tragst|hast) du (?:\S+ ){0,2}?(?:unten )?(?:drunter|darunter|unter deine[mnr]? "
         r"\w+)\b|\b(?:tragst|hast) du (?:was|etwas|nichts|was schones) (?:unten )?(?:drunter|"
         r"darunter)\b"),
    rule("sexual:solicit", "sexual", "debajo abajo",
         r"\b(?:que|q|ke) (?:llevas|tienes|traes|usas) (?:puesto |puesta )?(?:por )?(?:debajo|"
         r"abajo)\b|\b(?:llevas|traes) (?:algo|nada) (?:puesto )?(?:por )?debajo\b"),
    rule("sexual:solicit", "sexual", "baixo embaixo debaixo",
         r"\b(?:o que|oq|que) (?:\S+ ){0,3}?(?:usando|vestindo) (?:por baixo|embaixo|debaixo)\b|"
         r"\b(?:ta|esta|tá) (?:usando|vestindo) (?:algo|alguma coisa|nada) (?:por baixo|embaixo)\b"),
    rule("sexual:solicit", "sexual", "dessous",
         r"\b(?:qu'est ce que|qu'est-ce que|que) (?:tu portes|t'as|tu as|tu mets) (?:en )?dessous\b"
         r"|\b(?:tu portes|t'as|tu as|tu mets) quoi (?:en )?dessous\b|\btu portes (?:quelque chose|"
         r"rien) (?:en )?dessous\b"),
    rule("sexual:solicit", "sexual", "sotto",
         r"\b(?:cosa|che cosa|che) (?:indossi|porti|hai|metti) (?:addosso )?(?:di )?sotto\b|"
         r"\b(?:indossi|porti|hai) (?:qualcosa|niente) (?:di )?sotto\b"),
    rule("sexual:solicit", "sexual", "под",
         r"\bчто (?:у тебя|на тебе|ты носишь|ты надела|ты одела) (?:надето |одето )?под "
         r"(?:одеждои|юбкои|платьем|футболкои|кофтои|халатом|ним|неи|низом)\b|\bчто (?:у тебя|на "
         r"тебе) (?:там )?под (?:низом|ним|неи)\b"),
    rule("sexual:solicit", "sexual", "تحت",
         r"(?:شو|ماذا|ايش|وش|ايه|اش) (?:انتي |انت )?(?:لابسه|لابس|تلبسين|تلبسي|تلبس|لابسين)"
         r" (?:من )?تحت"),
    zrule("sexual:solicit", "sexual", "里 下 底",
          r"[你妳](?:衣服|裙子)?(?:里面|里边|下面|底下)穿(?:了|的|着)?(?:是)?(?:什么|啥)|"
          r"(?:衣服|裙子)(?:里面|下面|底下)穿(?:了|的|着)?(?:是)?(?:什么|啥)"),
    rule("sexual:solicit", "sexual", "andar niche अंदर नीचे",
         r"\b(?:andar|niche) (?:se )?kya (?:pehna|pehni|pehne|pahna|pahni|pahne|pehen rakha|"
            r"pehen rakhi)\b|(?:अंदर|नीचे) क्या (?:पहना|पहनी|पहने|पहन रखा|पहन रखी)"),
    # -- ignore + insult -------------------------------------------------------
    rule("bullying:exclusion", "bullying", "ignore",
         r"\b(?:every ?one|everybody|every1|guys|y'?all|all of you|lets all|let us all|we should"
         r" all|just|please|pls|plz)? ?ignore (?:him|her|the|that|this|[a-z]+)" + _GAP
         + _HE_EN + r" (?:\S+ )?" + _INSULT_EN + r"\b",
         requires="he she hes shes he's she's is what total such"),
    rule("bullying:exclusion", "bullying", "ignoren ignorad ignorenla ignorenlo hablen",
         r"\b(?:ignoren|ignorad|ignorenla|ignorenlo|ignoradla|ignoradlo|no le hablen|no le "
         r"hableis)\b" + _GAP + r"(?:es|esta) (?:un |una |el |la |tan |muy |re )?(?:rara|raro|"
         r"friki|fea|feo|gorda|gordo|perdedora|perdedor|pringada|pringado|tonta|tonto|idiota|"
         r"asquerosa|asqueroso|bicho raro|loca|loco)\b"),
    rule("bullying:exclusion", "bullying", "ignorez ignorons ignore parlez",
         r"\b(?:ignorez|ignorons|ignorez le|ignorez la|on l'ignore|faut l'ignorer|parlez pas a|"
         r"parlez lui pas|lui parlez pas)\b" + _GAP + r"(?:c'est|il est|elle est) (?:un |une |"
         r"trop |grave |vraiment )?(?:bouffon|bouffonne|boloss|cassos|thon|moche|debile|conne|con|"
         r"chelou|cheloue|loser|naze|nulle|nul|grosse|gros|bizarre|tare|taree)\b"),
    rule("bullying:exclusion", "bullying", "ignorem ignora falem",
         r"\b(?:ignorem|ignora ele|ignora ela|nao falem com|ninguem fala com)\b" + _GAP
         + r"(?:ele e |ela e |e |é )?(?:um |uma |muito |mo )?(?:esquisita|esquisito|estranha|"
         r"estranho|feia|feio|gorda|gordo|otaria|otario|idiota|nojenta|nojento|lixo|perdedora|"
         r"perdedor|aberracao|bizarra|bizarro|chata|chato)\b"),
    rule("bullying:exclusion", "bullying", "ignoriert ignorier ignorieren redet",
         r"\b(?:ignoriert|ignorier|ignorieren wir|lasst uns (?:ihn|sie) ignorieren|redet nicht "
         r"mit)\b" + _GAP + r"(?:der|die|er|sie|das) ist (?:ein |eine |so |voll |total |echt |"
         r"einfach )?(?:ein |eine )?(?:opfer|freak|loser|spast|missgeburt|idiot|idiotin|"
         r"hassliche|hasslich|fett|fette|komisch|komische|behindert|lauch|psycho|freak)\b"),
    rule("bullying:exclusion", "bullying", "ignoratela ignoratelo ignorate ignoriamo parlate",
         r"\b(?:ignoratela|ignoratelo|ignorate|ignoriamola|ignoriamolo|non parlate con|non "
         r"parlategli|non parlatele)\b(?: \S+){0,8}? (?:e |è |quella |quel |quello |che e )?"
         r"(?:una |un |uno |proprio |troppo )?(?:sfigata|sfigato|cicciona|ciccione|strana|strano|"
         r"brutta|brutto|cessa|cesso|mostro|scema|scemo|stupida|stupido|idiota|perdente|"
         r"sfigati)\b"),
    rule("bullying:exclusion", "bullying", "игнорьте игнорите игнорируите игнорим общаитесь "
         "разговаривайте",
         r"\b(?:игнорьте|игнорите|игнорируите|игнорим|не общаитесь с|не разговаривайте с)\b"
         r"(?: \S+){0,8}? (?:лох|лохушка|урод|уродина|чмо|фрик|дебил|дебилка|дура|дурак|жирная|"
         r"жирныи|странная|странныи|изгои|лошара|чмошник|чмошница)\b"),
    rule("bullying:exclusion", "bullying", "تجاهلوه تجاهلوها طنشوه طنشوها تكلموه تكلموها يكلمه "
         "يكلمها",
         r"(?:تجاهلوه|تجاهلوها|طنشوه|طنشوها|لا تكلموه|لا تكلموها|محدش يكلمه|محدش يكلمها|ما حدا "
         r"يحكي معه|ما حدا يحكي معها)(?: \S+){0,8}? (?:غبي|غبيه|مقرف|مقرفه|حيوان|حيوانه|فاشل|"
         r"فاشله|دب|دبه|بشع|بشعه|معاق|معاقه|مريض|مريضه|مجنون|مجنونه)"),
    zrule("bullying:exclusion", "bullying", "理 视 孤",
          r"(?:别理|不要理|不理|无视|孤立)(?:他|她|那个|这个)[^。!?]{0,15}(?:怪胎|丑八怪|废物|"
          r"垃圾(?!广告|邮件|短信|信息|消息|链接)|神经病|傻子|白痴|胖子|肥猪|变态|怪物|恶心|蠢)"),
    rule("bullying:exclusion", "bullying", "ignore mat इग्नोर मत",
         r"\b(?:usko|use|usse|isko|ise|usey) (?:ignore (?:karo|kro|karna|kar)|mat bolo|baat mat"
            r" (?:karo|karna)|mat baat karo)\b(?: \S+){0,8}? (?:pagal|pagli|weirdo|loser|ganda|"
            r"gandi|moti|mota|bewakoof|nalla|kutta|kutti|chakka|kali|kalu)\b|(?:उसको|उसे|उससे|इसे)"
            r" (?:इग्नोर करो|बात मत करो|मत बोलो)(?: \S+){0,8}? (?:पागल|पगली|मोटी|मोटा|बेवकूफ|"
            r"गंदा|गंदी)"),
    # -- shut up + insult; nobody wants to hear you -------------------------
    rule("bullying:insult", "bullying", "zitta zitto taci chiudi nessuno",
         r"\b(?:stai zitta|stai zitto|sta zitta|sta zitto|zitta|zitto|taci|chiudi (?:la bocca|il "
         r"becco|quella bocca))\b,? (?:tu |te )?(?:brutta |brutto |sporca |sporco )?(?:cicciona|"
         r"ciccione|grassona|grassone|balena|brutta|brutto|scema|scemo|stupida|stupido|idiota|"
         r"sfigata|sfigato|cessa|cesso|mostro|maiala|maiale|vacca|racchia|deficiente|cretina|"
         r"cretino|perdente|fallita|fallito)\b|\bnessuno (?:vuole (?:sentirti|ascoltarti|te|"
         r"vederti)|ti (?:vuole|sopporta|ascolta))\b"),
    rule("bullying:insult", "bullying", "chup चुप",
         r"\bchup (?:kar|kr|ho ja|reh|rah|baith)?,? ?(?:be |abe |oye )?(?:moti|mota|kali|kalu|"
            r"pagal|pagli|bewakoof|gadha|gadhi|kutta|kutti|kamini|kamina|chudail|bhains|haathi|"
            r"nalla|nikamma|nikammi|ullu)\b|चुप (?:कर|हो जा|रह)?,? ?(?:बे |अबे )?(?:मोटी|मोटा|"
            r"काली|कालू|पागल|बेवकूफ|गधा|गधी|कुत्ते|कुत्ती|चुड़ैल|भैंस|हाथी|निकम्मा|निकम्मी|उल्लू)"),
    zrule("bullying:insult", "bullying", "闭 没 人",
          r"闭嘴(?:吧|啦|了|呀)?[，,、 ]?(?:你这个|你个|你)?(?:死)?(?:丑八怪|胖子|肥猪|丑女|废物|垃圾|"
          r"白痴|傻逼|傻子|怪胎|蠢货|猪|神经病|丑逼|死肥宅)|(?:没人|没有人|谁都不|谁也不)(?:想|愿意|要)"
          r"(?:听你说话|听你说|听你讲|听你bb|看到你|看见你|跟你玩|和你玩)"),
    # -- "how ugly are you": a rhetorical exclamation about the reader -------
    # ("Alter wie hässlich bist du bitte", "how dumb are you", "qué fea eres",
    # "quanto sei brutta").  Only insult adjectives, so "wie alt bist du", "how
    # tall are you" and "how ugly are you allowed to make your avatar" pass.
    rule("bullying:insult", "bullying", "ugly dumb stupid fat annoying pathetic cringe disgusting",
         r"\bhow (?:fucking |freaking |fkn |damn )?(?:ugly|dumb|stupid|fat|annoying|pathetic|"
         r"cringe|disgusting|gross|retarded|thick|braindead) (?:are you|can you (?:even )?be|is "
         r"your face)\b(?! (?:allowed|willing|going|supposed|able|gonna|planning|feeling|on a "
         r"scale|in real life)\b)", requires="how"),
    rule("bullying:insult", "bullying",
         "hasslich dumm fett blod behindert peinlich eklig hohl bescheuert dick",
         r"\bwie (?:krass |extrem )?(?:hasslich|dumm|fett|blod|behindert|peinlich|eklig|hohl|"
         r"bescheuert|dick|lost) (?:bist du|kann man (?:nur )?sein)\b"
         r"(?! (?:gewesen|geworden|auf einer skala)\b)", requires="wie"),
    rule("bullying:insult", "bullying",
         "fea feo gorda gordo tonta tonto estupida estupido asquerosa asqueroso",
         r"\b(?:que|lo|pero que) (?:fea|feo|gorda|gordo|tonta|tonto|estupida|estupido|asquerosa|"
         r"asqueroso|idiota) (?:eres|sos|que eres)\b", requires="que lo"),
    rule("bullying:insult", "bullying",
         "brutta brutto grassa grasso stupida stupido scema scemo cretina cretino",
         r"\b(?:quanto|come|che) sei (?:brutta|brutto|grassa|grasso|stupida|stupido|scema|scemo|"
         r"cretina|cretino|idiota|sfigata|sfigato)\b", requires="sei"),
    rule("bullying:insult", "bullying", "feia feio gorda gordo burra burro idiota nojenta nojento",
         r"\bque (?:feia|feio|gorda|gordo|burra|burro|idiota|nojenta|nojento) (?:voce e|video "
         r"call e|vc e|tu es|que voce e|que tu es)\b", requires="que"),
]

# -- a picture of the reader in bed, in pyjamas, in the bath ---------------
# ("schick mir mal ein bild von dir im bett", "mándame una foto en pijama"):
# a request to the reader for a picture in an intimate place or state.  A
# picture of someone else ("of the dog in bed") or for pyjama day passes.
# German "im" reads as chat "i am" in the phrase form.
_PIC = r"(?:picture|pictures|pic|pics|video|vid|foto|fotos|bild|bilder|selfie|selfies|photo|photos)"
_NOT_OCCASION = (
    r"(?! (?:for|on|at) (?:the )?(?:pyjama|pajama|pj|pijama|pigiama|schlafanzug) ?(?:day|party|"
    r"tag|fiesta|festa))(?! with (?:the |a )?(?:flu|cold|fever|covid|chickenpox))"
)
_BED_EN = (
    r"(?:in (?:bed|your bed|the bath|your bath|the bathtub|the shower|your (?:pyjamas|pajamas|pjs|"
    r"underwear|towel|nightie|bra|boxers|undies))|wearing (?:only |just )?(?:your |a )?(?:pyjamas|"
    r"pajamas|pjs|underwear|towel|nightie))"
)
RULES += [
    rule("sexual:solicit", "sexual", "bed bath bathtub shower pyjamas pajamas pjs underwear towel "
         "nightie bra boxers undies",
         r"\b(?:send|show|give|snap|take|dm)(?: me| us)? (?:a |one |some |another |a quick |a cute )?"
         + _PIC + r" (?:of (?:you|yourself) )?(?:lying |laying )?" + _BED_EN + r"\b" + _NOT_OCCASION),
    rule("sexual:solicit", "sexual", "bett badewanne dusche schlafanzug pyjama handtuch unterwasche",
         r"\b(?:schick|schicke|sende|zeig)(?: mir| uns)?(?: mal| doch| schnell)? (?:ein |eins |nen |"
         r"n )?" + _PIC + r" (?:von dir )?(?:(?:im|i am) (?:bett|schlafanzug|pyjama|handtuch)|in (?:der|"
         r"deiner) (?:badewanne|dusche|unterwasche)|in (?:deinem|deinen) (?:bett|schlafanzug|"
         r"pyjama))\b" + _NOT_OCCASION),
    rule("sexual:solicit", "sexual", "lit bain douche pyjama serviette nuisette vetements",
         r"\b(?:envoie|envoies|montre)(?: moi|-moi)? (?:une |des |un )?" + _PIC + r" (?:de toi )?"
         r"(?:au lit|dans (?:ton lit|le bain|ton bain|la douche|ta baignoire)|en (?:pyjama|sous "
         r"vetements|serviette|nuisette))\b" + _NOT_OCCASION),
    rule("sexual:solicit", "sexual", "cama pijama ducha banera toalla interior",
         r"\b(?:mandame|enviame|pasame|muestrame|manda|envia)(?: me)? (?:una |unas |un )?" + _PIC
         + r" (?:tuya |tuyas )?(?:en (?:la cama|tu cama|pijama|ropa interior|la banera|la ducha|"
         r"toalla)|desde (?:la|tu) cama)\b" + _NOT_OCCASION),
    rule("sexual:solicit", "sexual", "cama pijama banho chuveiro toalha calcinha cueca",
         r"\b(?:me )?(?:manda|envia|mostra)(?: pra mim| para mim)? (?:uma |umas |um )?" + _PIC
         + r" (?:sua |tua )?(?:na cama|na sua cama|de pijama|no banho|no chuveiro|de toalha|de "
         r"calcinha|de cueca)\b" + _NOT_OCCASION),
    rule("sexual:solicit", "sexual", "letto pigiama vasca bagno doccia intimo mutande asciugamano",
         r"\b(?:mandami|inviami|mostrami|fammi vedere)(?: una| delle| un)? " + _PIC
         + r" (?:tua |di te )?(?:a letto|nel letto|nel tuo letto|in pigiama|nella vasca|sotto la "
         r"doccia|in intimo|in mutande|in asciugamano)\b" + _NOT_OCCASION),
]
