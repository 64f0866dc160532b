"""Mocking a child's family poverty, a parent's lost job, a parent in prison or
the family's origin (appended to `harm.RULES`; en es fr pt de it here, ru tr
pl id ar hi zh in harm_poverty_mock_langs.py).  Reason `bullying:poverty`.

Why a module of its own: harm_kid_taunts.py holds the young children's forms
("his mum cant even buy him shoes", "ur so poor") and harm_family_jibes.py a
parent who left or is in prison with a cause pinned on the reader ("no wonder
your mum left", "your dad is in jail lol, like father like son").  What they
miss is the sneer dressed as a question or an aside about the family's
means: "does your family shop anywhere but the food bank", "nice trainers,
from the Sunday market? did your mum pay in coupons", "your mum cut your hair
with kitchen scissors? no money at home huh", "same coat again, is your dad
still job hunting? let's start a fundraiser lol", "your dad's 'job' at the
pub going well?", "say hi to your dad in prison lol", "pantes, bapaknya di
penjara", "teri family gaon se bhaag ke aayi hai".

The family fact alone is not the harm - children talk about food banks,
markets, lost jobs and prisons plainly and kindly.  A rule needs the fact *as
the reader's* (your mum, tu padre, bapak lo; or a named child's, "emma's
family", "bapaknya") plus what turns it into a jeer:

* laughter after it (lol, haha, jaja, mdr, kkkk, wkwk, ههه, 哈哈...), or a
  jeer built in: "anywhere but the food bank", "pay in coupons", "again",
  scare quotes around the parent's "job", "say hi to your dad in prison";
* "no wonder / figures / pantes" right before a parent in prison or out of
  work, with nothing between ("pantes, bapaknya di penjara"; "no wonder he's
  sad, his dad is in prison" is sympathy and passes);
* a mock fundraiser for the family with laughter.

Passes: the writer's own family ("my family uses the food bank sometimes and
the volunteers are lovely", "my dad lost his job and it's been hard"),
bargains ("I got these trainers at the market for 5 euros"), charity ("we
collected food for the food bank at school"), jobs ("his dad works at the
prison as a guard"), concern and help ("is your dad still job hunting? my
uncle's company is hiring", "sorry your dad lost his job") and reports.
"""

from __future__ import annotations

from .harm_accent_mock import LAUGH_DE, LAUGH_EN, LAUGH_ES, LAUGH_FR, LAUGH_IT, LAUGH_PT
from .rules import Rule, rule

# -- en --------------------------------------------------------------------------
_PAR_EN = (r"(?:mum|mom|mommy|mummy|mother|mama|dad|daddy|father|papa|pops|old man|parents|folks|"
           r"family|fam|whole family|step ?dad|step ?mum|step ?mom)")
_JEER_EN = r"(?:" + LAUGH_EN + r"|huh|eh|poor thing|peasant|tramp|broke|brokie|skint|jk)"
# laughter later in the message (across a "?")
_LATER_EN = r"(?=.{0,90}?\b" + _JEER_EN + r"\b)"
# concern, help or a shared experience after it
_NOT_KIND_EN = (r"(?!.{0,80}?\b(?:sorry|hope|hug|hugs|here for you|if you need|help|hiring|my "
                r"(?:mum|mom|dad|uncle|aunt|family) (?:too|also|as well|is|was|saves?|gets?)|mine|same here|"
                r"saves?|saving|discount|no "
                r"shame|nothing wrong|that sucks|must be hard|lovely|love it|so nice|so cool|"
                r"bargain)\b)")
_HANDOUT_EN = (r"(?:the food ?bank|a food ?bank|food ?banks?|food stamps|coupons|vouchers|benefits|"
               r"welfare|the dole|handouts|the soup kitchen|a soup kitchen|charity|donations|free "
               r"school meals)")
_PRISON_EN = r"(?:prison|jail|juvie|the nick|the slammer|the clink|the pen|lockup)"
_JOBLESS_EN = (r"(?:unemployed|jobless|out of work|job hunting|job-hunting|looking for (?:a )?(?:job|"
               r"work)|on the dole|on benefits|on welfare|signing on|at the job ?centre|at the "
               r"jobcentre|between jobs|without a job)")
RULES: list[Rule] = [
    # handouts: "does your family shop anywhere but the food bank", "did your mum pay in coupons"
    rule("bullying:poverty", "bullying",
         "food foodbank stamps coupons vouchers benefits welfare dole handouts soup charity "
         "donations meals",
         r"\byour " + _PAR_EN + r"(?:'s|s)? (?:\S+ ){0,4}?(?:anywhere|anything|ever) (?:but|other than|"
         r"except|else than|besides|apart from|that is not|that's not|thats not|that is n't|that "
         r"ain't|that aint|not) (?:from |at |in )?(?:the |a )?(?:food ?bank|charity shop|soup kitchen|pound shop|"
         r"poundland|bins?|skip|dump|donations|coupons|vouchers)\b|"
         r"\b(?:did|does|do|has|have|will|is|was) your " + _PAR_EN + r" (?:\S+ ){0,3}?(?:pay|paid|"
         r"buy|bought|get|got|pick|picked|use|used|shop|shopping)(?: \S+){0,3}? (?:in|with|using|"
         r"from|at) (?:" + _HANDOUT_EN + r"|pennies|her benefits|his benefits|benefit money|the "
         r"charity shop|the bins?|a skip|the skip)\b" + _NOT_KIND_EN + "|"
         r"\byour " + _PAR_EN + r" (?:\S+ )?(?:lives?|living|lived|survives?|surviving|eats?|eating|"
         r"shops?|shopping) (?:on|off|from|at) " + _HANDOUT_EN + r"\b" + _NOT_KIND_EN + _LATER_EN
         + "|"
         r"\b(?:is|was) (?:that|this) your (?:\w+ )?(?:dinner|lunch|food|breakfast|coat|jacket|"
         r"uniform|shoes|trainers|clothes|hoodie|jumper|bag) from (?:the |a )?(?:food ?bank|soup "
         r"kitchen|bins?|skip|dump)\b" + _NOT_KIND_EN,
         requires="your ur yo"),
    # "your mum cut your hair with kitchen scissors? no money at home huh"; "is your family that poor lol"
    rule("bullying:poverty", "bullying", "money poor broke skint scissors bowl afford",
         r"\b(?:no|not enough|zero|0) money (?:at|in) (?:your )?(?:home|house|your house)(?: (?:huh|"
         r"eh|then|or what|lol|lmao|haha\w*)| \?)|"
         r"\byour (?:mum|mom|mother|dad|father|mama|nan|gran) (?:still )?(?:cut|cuts|did|does) your "
         r"(?:hair|fringe) with (?:the |a )?(?:kitchen scissors|scissors|a bowl|garden shears|a "
         r"knife|hedge trimmers)\b(?=.{0,60}?(?:\?|\b" + _JEER_EN + r"\b))|"
         r"\b(?:is|are) your " + _PAR_EN + r" (?:that|so|too|really) (?:poor|broke|skint)\b"
         + _LATER_EN + "|"
         r"\byour " + _PAR_EN + r" (?:is|are) (?:too|that|so) (?:poor|broke|skint) (?:for|to "
         r"(?:afford|buy|pay for)) (?:a |an |the )?(?:real |proper |decent |new )?\w+"
         + _LATER_EN,
         requires="your ur yo"),
    # the lost job: "is your dad still job hunting? lol", "did your dad get fired again"
    rule("bullying:poverty", "bullying",
         "unemployed jobless work job hunting dole benefits welfare signing jobcentre centre "
         "between without fired sacked laid sack search hunt",
         r"\b(?:is|are|was|has|have) your " + _PAR_EN + r"(?: \S+){0,2}? " + _JOBLESS_EN + r"\b"
         + _NOT_KIND_EN + r"(?=.{0,90}?\b(?:" + _JEER_EN + r"|fundraiser|gofundme|go fund me|whip "
         r"round|collection|donate|donations|charity|beg|begging|loser|still\b[^.!?]{0,30}\?))|"
         r"\bhow(?: is|s|'s)? your " + _PAR_EN + r"(?:'s|s)? (?:job (?:search|hunt|hunting)|search "
         r"for (?:a )?job|unemployment|dole money|benefits)(?: going)?\b(?=.{0,90}?\b(?:" + _JEER_EN
         + r"|still (?:on|at|looking|jobless|unemployed|nothing|no luck)))|"
         r"\b(?:did|has) your " + _PAR_EN + r" (?:get |gotten |been )?(?:fired|sacked|laid off|the "
         r"sack)(?: again|(?=.{0,60}?\b" + _JEER_EN + r"\b))" + _NOT_KIND_EN + "|"
         r"\b(?:same|that) (?:\w+ )?(?:coat|clothes|shoes|jumper|hoodie|trainers|jacket|uniform) "
         r"(?:again|every day|for a year)\b(?: \S+){0,3}? (?:is|has|did) your " + _PAR_EN + r" "
         r"(?:still )?(?:" + _JOBLESS_EN + r"|not found|not got|lost|fired|sacked)",
         requires="your ur yo"),
    # scare quotes: "your dad's 'job' at the pub"; "your mum cleans toilets for a living lmao"
    rule("bullying:poverty", "bullying", "job work business career office living",
         r"\byour " + _PAR_EN + r"(?:'s|s)? (?:new |so called |so-called |latest |little |big |fancy "
         r"|important |proper |real )?'(?:job|work|business|career|office|jobs)'|"
         # "ur dad's new job must be going great seeing as he's still at the pub every afternoon"
         r"\byour " + _PAR_EN + r"(?:'s|s)? (?:\S+ )?(?:job|work|business|career|job search|job hunt) "
         r"(?:must be|is clearly|is obviously|is definitely|sure is|is really|seems to be) (?:going|"
         r"doing) (?:so |really )?(?:great|well|amazing|brilliantly|fantastic|swimmingly|fab)\b"
         r"(?=[^.!?]{0,50}?\b(?:still|always|all day|every (?:day|afternoon|morning|evening|night)|"
         r"24/7)\b)(?=[^.!?]{0,80}?\b(?:pub|bookies|betting shop|sofa|couch|job ?centre|jobcentre|"
         r"in bed|playstation|xbox|benefits|dole)\b)|"
         r"\byour " + _PAR_EN + r"(?:'s|s)? (?:job|work|office) (?:is )?(?:at|in) the (?:pub|bookies|"
         r"betting shop|job ?centre|jobcentre|sofa|couch)\b(?= going| again|.{0,40}?\b" + _JEER_EN
         + r"\b)|"
         r"\byour (?:mum|mom|mother|dad|father|parents) (?:cleans?|scrubs?) (?:\S+ )?toilets for a "
         r"living\b|"
         r"\byour (?:mum|mom|mother|dad|father) (?:is|works as) an? (?:toilet cleaner|bin ?man|"
         r"garbage man|dinner lady|janitor|cleaner|street sweeper)\b(?=.{0,40}?\b(?:" + LAUGH_EN
         + r"|e+w+|gross|poor|peasant)\b)(?![^.!?]{0,60}\b(?:mine too|my (?:mum|mom|dad) (?:too|is)|"
         r"same)\b)",
         requires="your ur yo"),
    # prison: "say hi to your dad in prison lol", "when does your dad get out of prison haha"
    rule("bullying:poverty", "bullying",
         "prison jail juvie nick slammer clink pen lockup",
         r"\b(?:say hi|say hello|send my love|send love|give my regards|give my love|say hey)(?: "
         r"to)? your " + _PAR_EN + r"(?: \S+){0,2}? (?:in|at) " + _PRISON_EN + r"\b"
         r"(?![^.!?]{0,60}\b(?:miss|hope|sorry)\b)|"
         r"\b(?:visit|visiting|write to|writing to|call|calling) your " + _PAR_EN + r" (?:in|at) "
         + _PRISON_EN + r"\b" + _NOT_KIND_EN + _LATER_EN + "|"
         r"\bwhen (?:does|is|will|do) your " + _PAR_EN + r" (?:get|getting|come|coming|be) (?:out|"
         r"released|let out)\b" + _NOT_KIND_EN + r"(?=.{0,60}?\b(?:" + LAUGH_EN + r")\b)",
         requires="your ur yo"),
    # "no wonder, his dad's in prison", "figures, her dad is in jail lol", "pantes, bapaknya di penjara"
    rule("bullying:poverty", "bullying", "wonder figures explains sense course obviously typical",
         r"(?:^|[.!?] )(?:no wonder|that explains it|explains a lot|that explains a lot|makes sense|"
         r"that makes sense|figures|of course|obviously|typical) (?:his|her|their|your|\w+'s) (?:dad|"
         r"father|mum|mom|mother|parents|old man|brother|family)(?:'s| is| are| was| were|s)? "
         r"(?:in (?:and out of )?" + _PRISON_EN + r"|locked up|behind bars|doing time|a convict|a "
         r"criminal|a jailbird|an ex con|unemployed|on benefits|on the dole|a drunk|a druggie)\b"),
    # a mock fundraiser: "let's do a gofundme for emma's family lmao"
    rule("bullying:poverty", "bullying", "fundraiser gofundme fund whip collection donation charity",
         r"\b(?:lets|let us|let's|we should|someone should|time to|we need to|start|make|do|set up)"
         r"(?: \S+){0,2}? (?:fundraiser|gofundme|go fund me|whip round|whip-round|collection|charity "
         r"drive|donation (?:page|box|drive)|food drive) for (?:your|his|her|their|\w+'s|\w+s) "
         r"(?:family|mum|mom|dad|parents|fam|house|shoes|clothes|haircut|lunch|dinner)\b"
         r"(?=.{0,60}?\b(?:" + LAUGH_EN + r"|poor|broke|peasants?|tramps?)\b)"),
    # origin: "your family crawled out of some village", "your parents came from a slum lol"
    rule("bullying:poverty", "bullying",
         "village slum jungle hut trailer cave barn shed ghetto estate tent farm",
         r"\byour " + _PAR_EN + r" (?:\S+ )?(?:crawled out of|ran away from|escaped from) (?:a |some |"
         r"the |their )?(?:\w+ )?(?:village|slum|jungle|mud hut|hut|trailer park|trailer|cave|barn|"
         r"shed|ghetto|dump|tent|farm)\b|"
         r"\byour " + _PAR_EN + r" (?:\S+ )?(?:came from|come from|is from|are from|lives? in|grew up"
         r" in) (?:a |some |the )?(?:\w+ )?(?:slum|mud hut|trailer park|trailer|cave|barn|shed|"
         r"ghetto|dump|tent)\b" + _LATER_EN,
         requires="your ur yo"),
]

# -- es fr pt de it --------------------------------------------------------------
_NOT_KIND_ROM = (r"(?!.{0,80}?\b(?:lo siento|animo|si necesitas|te ayudo|ayuda|desole|courage|"
                 r"si t'as besoin|aide|sinto muito|forca|se precisar|ajuda|tut mir leid|kopf hoch|"
                 r"hilfe|mi dispiace|forza|se ti serve|aiuto|el mio|la mia|le mien|la mienne|o meu|a minha|"
                 r"il mio|meiner|meine auch|tambien|aussi|tambem|anche|ahorra|ahorrar|ahorro|ahorramos|"
                 r"economise|economiser|economiza|economizar|risparmia|risparmiare|spart|sparen)\b)")
_PRISON_ROM = (r"(?:en la carcel|en la trena|en prision|en el talego|en cana|en prison|en taule|au "
               r"trou|au placard|au zonzon|na cadeia|no presidio|na prisao|no xilindro|in galera|in "
               r"carcere|in prigione|al gabbio|im knast|im gefangnis|im bau)")
RULES += [
    # es: "¿tu padre sigue en el paro? jaja", "¿esas zapatillas son del mercadillo? jajaja"
    rule("bullying:poverty", "bullying",
         "paro trabajo curro chamba empleo desempleado desempleada parado parada",
         r"\btu (?:padre|papa|papi|viejo|madre|mama|mami|vieja|familia|jefe|padres) (?:\S+ ){0,2}?"
         r"(?:sigue|todavia|aun|continua|esta|anda)(?: \S+)? (?:en el paro|sin (?:trabajo|curro|chamba|"
         r"empleo|laburo)|buscando (?:trabajo|curro|chamba|empleo|laburo)|desempleado|desempleada|"
         r"parado|parada)\b" + _NOT_KIND_ROM + r"(?=.{0,80}?\b" + LAUGH_ES + r")",
         requires="tu"),
    rule("bullying:poverty", "bullying",
         "alimentos caritas ayudas beneficencia limosna cupones vales subsidios comedor mercadillo "
         "rastro segunda basura chinos tianguis",
         r"\btu (?:familia|madre|padre|padres|mama|papa|vieja|viejo) (?:\S+ ){0,3}?(?:vive|viven|come|"
         r"comen|compra|compran|compro|compraba|va|van|pago|paga|pagan|pagaba|se viste|te viste) "
         r"(?:\S+ ){0,3}?(?:del banco "
         r"de alimentos|en el banco de alimentos|al banco de alimentos|de caritas|en caritas|de "
         r"ayudas|de la beneficencia|de limosna|con cupones|con vales|de subsidios|del comedor "
         r"social|en el mercadillo|en el rastro)\b" + _NOT_KIND_ROM + r"(?=.{0,80}?\b(?:" + LAUGH_ES
         + r"|solo|siempre|nomas|o que|o algo|o como)\b)|"
         r"\b(?:esas|esos|tus|ese|esa|tu) (?:zapatillas|tenis|zapatos|ropa|abrigo|chaqueta|"
         r"mochila|camiseta|sudadera|bambas|deportivas|pantalones|botas) (?:\S+ ){0,2}?(?:son |es |"
         r"eran )?(?:del mercadillo|del rastro|de segunda mano|de caritas|de la basura|de los chinos|"
         r"del chino|del tianguis|de un contenedor)\b(?![^.!?]{0,60}\b(?:compre|pague|me costaron|me "
         r"costo|encontre|mis|mi)\b)(?=.{0,60}?\b" + LAUGH_ES + r")"),
    rule("bullying:poverty", "bullying", "carcel trena prision talego cana preso presa",
         r"\b(?:saluda|saludame|saludos|dale recuerdos|da recuerdos|manda saludos|visita|un saludo) "
         r"(?:a )?tu (?:padre|papa|viejo|madre|mama|hermano|vieja) (?:en|de) (?:la carcel|la trena|"
         r"prision|el talego|la cana)\b|"
         r"(?:^|[.!?] )(?:con razon|normal|claro|ya decia yo|ya decia|se nota|obvio) (?:su|tu) (?:padre|"
         r"papa|viejo|madre|mama|hermano) (?:esta|sigue|anda) (?:en la carcel|preso|presa|en la "
         r"trena|en prision|en el talego|en cana|en el paro)\b"),
    # fr: "ton père cherche toujours du boulot ? mdr", "ta famille vit des allocs lol"
    rule("bullying:poverty", "bullying",
         "chomage boulot taf travail allocs aides rsa restos banque emmaus secours bons coupons "
         "tickets friperie brocante poubelle prison taule trou",
         r"\b(?:ton|ta|tes) (?:pere|mere|daron|daronne|reup|reum|parents|famille|vieux|vieille) "
         r"(?:\S+ ){0,2}?(?:cherche (?:toujours |encore )?(?:du|un) (?:boulot|taf|travail)|est "
         r"(?:toujours |encore )?au chomage|toujours au chomage|encore au chomage|(?:est |sont )?"
         r"(?:toujours |encore )?sans (?:boulot|taf|travail)|a (?:encore )?ete vire|s'est (?:encore )?"
         r"fait virer)\b" + _NOT_KIND_ROM + r"(?=.{0,80}?\b" + LAUGH_FR + r")|"
         r"\b(?:ta famille|tes parents|ta mere|ton pere|ta daronne|ton daron|vous) (?:\S+ ){0,2}?(?:vit|"
         r"vivent|vivez|mange|mangent|va|vont|s'habille|s'habillent|achete|achetent|paie|paye|a paye|"
         r"payait) (?:\S+ ){0,2}?(?:des allocs|des aides|du rsa|au rsa|aux restos du coeur|a la "
         r"banque alimentaire|chez emmaus|au secours populaire|avec des bons|avec des coupons|avec des"
         r" tickets)\b" + _NOT_KIND_ROM + r"(?=.{0,80}?\b(?:" + LAUGH_FR + r"|ou quoi|ou comment)\b)|"
         r"\b(?:t'as eu|tu as eu|tu les as eu\w*|t'as trouve|tu as trouve|ca vient|elles viennent|ils "
         r"viennent|c'est) (?:\S+ ){0,3}?(?:aux restos du coeur|chez emmaus|du marche|au marche|a la "
         r"friperie|de la poubelle|dans la poubelle|au secours populaire|a la brocante|au vide "
         r"grenier)\b(?=.{0,60}?\b" + LAUGH_FR + r")|"
         r"\b(?:passe le bonjour|dis bonjour|salue|le bonjour|fais un bisou) a ton (?:pere|daron|frere|"
         r"reup|vieux) (?:en prison|au trou|en taule|au placard|au zonzon)\b|"
         r"(?:^|[.!?] )(?:normal|pas etonnant|ca explique tout|ca explique|evidemment|forcement) (?:son|"
         r"ton) (?:pere|daron|frere|reup) (?:est )?(?:en prison|en taule|au trou|au chomage)\b"),
    # pt: "teu pai ainda tá desempregado? kkkk", "esse tênis é da feira? kkkk"
    rule("bullying:poverty", "bullying",
         "desempregado desempregada emprego trampo trabalho encostado bolsa cesta doacao esmola "
         "vale cupom auxilio feira brecho camelo lixo cadeia presidio xilindro",
         r"\b(?:teu|seu|tua|sua) (?:pai|mae|coroa|velho|velha|familia|pais|painho|mainha) (?:\S+ )"
         r"{0,2}?(?:(?:ainda|continua|segue) )?(?:(?:ta|esta|anda|e) )?(?:desempregado|desempregada|"
         r"sem emprego|sem trampo|sem trabalho|procurando (?:emprego|trampo|trabalho)|encostado)\b"
         + _NOT_KIND_ROM + r"(?=.{0,80}?\b" + LAUGH_PT + r")|"
         r"\b(?:tua|sua|teu|seu) (?:familia|mae|pai|pais|coroa|velha) (?:\S+ ){0,3}?(?:vive|vivem|come|"
         r"comem|compra|compram|pagou|paga|pagam) (?:\S+ ){0,2}?(?:de bolsa familia|do bolsa familia|"
         r"de cesta basica|de doacao|de esmola|com vale|com cupom|com cupons|com vale-alimentacao|do "
         r"auxilio|de auxilio|na feira|no brecho)\b(?=.{0,80}?\b" + LAUGH_PT + r")|"
         r"\b(?:esse|essa|teu|tua|seu|sua|esses|essas) (?:tenis|roupa|roupas|sapato|casaco|mochila|"
         r"camiseta|chinelo|blusa|jaqueta|calca) (?:\S+ ){0,2}?(?:e |sao |veio |vieram )?(?:da feira|"
         r"do brecho|da 25|do camelo|do lixo|de doacao|do bazar)\b(?![^.!?]{0,60}\b(?:paguei|comprei|"
         r"achei|meu|minha|custou)\b)(?=.{0,60}?\b" + LAUGH_PT + r")|"
         r"\b(?:manda um oi|manda lembranca|manda beijo|da um oi|manda abraco) (?:pro|pra|para o|para "
         r"a) (?:teu|seu|tua|sua) (?:pai|mae|irmao|coroa|velho) (?:na cadeia|no presidio|no "
         r"xilindro|na prisao)\b"),
    # de: "ist dein Vater immer noch arbeitslos? lol", "holt deine Familie ihr Essen bei der Tafel?"
    rule("bullying:poverty", "bullying",
         "arbeitslos job arbeit jobsuche jobcenter hartz burgergeld stempeln tafel gutscheinen "
         "coupons lebensmittelmarken sozialhilfe sozialamt stutze flohmarkt kleiderkammer sperrmull "
         "altkleidersammlung knast gefangnis",
         r"\b(?:ist|sind|war) (?:dein|deine) (?:vater|papa|mutter|mama|alter|alte|eltern|familie) "
         r"(?:\S+ ){0,2}?(?:arbeitslos|ohne job|ohne arbeit|auf jobsuche|beim amt|beim jobcenter|auf "
         r"hartz(?: 4| iv)?|auf burgergeld|am stempeln)\b" + _NOT_KIND_ROM + r"(?=.{0,80}?\b"
         + LAUGH_DE + r")|"
         r"\b(?:deine|dein) (?:familie|eltern|mutter|mama|vater|papa|alte|alter) (?:\S+ ){0,3}?"
         r"(?:bei der tafel|von der tafel|von hartz(?: 4| iv)?|von burgergeld|vom amt|mit gutscheinen|"
         r"mit coupons|mit lebensmittelmarken|von stutze|von sozialhilfe|vom sozialamt)\b"
         + _NOT_KIND_ROM + r"(?=.{0,80}?(?:\?|\b" + LAUGH_DE + r"))|"
         r"\b(?:hat|haben) (?:dein|deine) (?:mutter|mama|vater|papa|eltern|alte|alter) (?:\S+ ){0,2}?"
         r"(?:mit gutscheinen|mit coupons|mit lebensmittelmarken|mit pfandflaschen|mit pfand) "
         r"(?:bezahlt|gekauft)\b|"
         r"\b(?:sind|ist) (?:die|das|deine|dein|der) (?:schuhe|jacke|klamotten|sneaker|turnschuhe|"
         r"pulli|hoodie|rucksack) (?:\S+ ){0,2}?(?:vom flohmarkt|aus der kleiderkammer|vom sperrmull|"
         r"aus dem mull|aus der altkleidersammlung|vom roten kreuz|aus dem container)\b(?=.{0,80}?"
         r"(?:gutschein|bezahlt|\b" + LAUGH_DE + r"))|"
         r"\b(?:gruss|grusse|gruss mal) (?:deinen|deine) (?:vater|papa|alten|bruder|mutter|mama) "
         r"(?:im knast|im gefangnis|im bau)\b"),
    # it: "tuo padre è ancora disoccupato? ahah", "le scarpe te le ha prese tua madre al mercato? ahah"
    rule("bullying:poverty", "bullying",
         "disoccupato disoccupata lavoro collocamento caritas sussidi reddito buoni coupon "
         "elemosina mensa alimentare mercato mercatino cinesi spazzatura galera carcere prigione "
         "gabbio",
         r"\b(?:tuo|tua) (?:padre|papa|madre|mamma|babbo|vecchio|vecchia) (?:\S+ ){0,2}?(?:e |sta )?"
         r"(?:ancora|sempre) (?:disoccupato|disoccupata|senza lavoro|a casa senza lavoro|in cerca di "
         r"lavoro|a cercare lavoro|al collocamento)\b" + _NOT_KIND_ROM + r"(?=.{0,80}?\b" + LAUGH_IT
         + r")|"
         r"\b(?:la tua famiglia|i tuoi|tua madre|tuo padre|tua mamma) (?:\S+ ){0,2}?(?:vive|vivono|"
         r"mangia|mangiano|va|vanno|compra|comprano|paga|pagano|ha pagato) (?:\S+ ){0,3}?(?:alla "
         r"caritas|di sussidi|del reddito di cittadinanza|col reddito|coi buoni|con i buoni|con i "
         r"coupon|di elemosina|alla mensa dei poveri|al banco alimentare)\b(?=.{0,80}?\b" + LAUGH_IT
         + r")|"
         r"\b(?:le scarpe|la giacca|i vestiti|la felpa|lo zaino|queste scarpe|quelle scarpe|il "
         r"giubbotto) (?:\S+ ){0,2}?(?:te|ti|tua madre|tuo padre|tua mamma|hai|l'hai|le hai|li hai)"
         r"(?: \S+){0,5}? (?:al mercato|al mercatino|dai cinesi|alla caritas|dalla spazzatura|di "
         r"seconda mano)\b(?=.{0,60}?\b" + LAUGH_IT + r")|"
         r"\b(?:salutami|saluta|salutaci|un saluto a|porta i saluti a) (?:tuo|tua) (?:padre|papa|babbo|"
         r"fratello|madre|vecchio) (?:in galera|in carcere|al gabbio|in prigione)\b"),
]

from .harm_family_sneers import RULES as _FAMILY_RULES  # noqa: E402
from .harm_poverty_mock_langs import RULES as _LANG_RULES  # noqa: E402
from .harm_poverty_sneers import RULES as _SNEER_RULES  # noqa: E402

RULES += _LANG_RULES + _SNEER_RULES + _FAMILY_RULES
