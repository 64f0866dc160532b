"""Mocking the reader's accent, dialect, or rural or foreign origin for the
group's laughs (appended to `harm.RULES`; en es fr pt de it here, ru tr pl id
ar hi zh in harm_accent_mock_langs.py).  Reason `bullying:accent`.

Why a module of its own: none of these messages has an insult word or a
"you are X", so the lexicon and the taunt rules see an ordinary request to
say something.  "go on Pavel say 'three' for us, we need a laugh", "say
'ecureuil' with your accent lol", "talk in your village dialect so we can
laugh", "with that accent you'll only ever sell stuff at the market", "farm
boy, say something".  What makes the request a jeer is one of four shapes:

* a word or a sentence ordered *in the reader's accent or dialect* with
  laughter or a laughing purpose after it ("lol", "so we can laugh", "we
  need a laugh", "hilarious");
* a quoted word ordered "for us / again" *for a laugh* ("say 'three' for us,
  we need a laugh") - the laugh is the purpose, the word is the reader's
  pronunciation;
* the accent as a verdict on the reader's future ("with that accent you'll
  only ever sell stuff at the market", "nobody can understand you with that
  accent");
* a rural or foreign name for the reader used as a vocative with an order to
  speak ("farm boy, say something", "eh pueblerino, di algo", "contadino, di'
  qualcosa").

Passes: admiration ("your accent is so cool, say it again", "i love your
accent, say it again lol"), language questions ("how do you say 'three' in
Polish?"), a request to teach ("can you teach us a word in your dialect?"),
the writer's or a third person's accent ("my grandma has a strong accent and
I love it"), impressions of a film's accent ("do the accent from that tiktok
again haha") and discussion and reports ("we learned that mocking accents is
bullying", "someone told him to say 'three' with his accent"), which the
frames excuse like every harm rule.
"""

from __future__ import annotations

from .rules import Rule, rule

# -- laughter per language (also imported by harm_poverty_mock.py) --------------------
LAUGH_EN = (r"(?:lo+l+|lmao+|lmfao+|rofl|ha(?:ha)+h?|hehe+|xd+|kek|so we can laugh|so we can all "
            r"laugh|we (?:all )?need a (?:good )?laugh|for a laugh|for the laughs|for laughs|make us "
            r"laugh|(?:it is|its|it's|that is|sounds|you sound) (?:so |soo+ )?(?:hilarious|funny)|so "
            r"funny|hilarious|cracks? (?:us|me) up|we are dying|entertain us|(?:need|for) (?:some )?"
            r"entertainment|comedy)")
LAUGH_ES = (r"(?:(?:ja|je|ji|js)(?:ja|je|ji|js)+\w*|xd+|lol|para que nos riamos|pa que nos riamos|"
            r"que nos reimos|nos reimos|que risa|nos partimos|me parto|para reirnos|pa reirnos|nos "
            r"descojonamos|me meo|nos meamos)")
LAUGH_FR = (r"(?:mdr+|ptdr+|lol|xd+|ha(?:ha)+h?|qu'on rigole|qu on rigole|pour rigoler|qu'on se "
            r"marre|qu on se marre|on va rire|on va se marrer|pour qu'on rigole|pour nous faire rire|"
            r"trop drole|on est morts?|je suis mort)")
LAUGH_PT = (r"(?:k{3,}|(?:rs){2,}|ha(?:ha)+h?|ks(?:ks)+\w*|lol|pra gente rir|para a gente rir|pra "
            r"rir|para rir|da risada|rachei|morri|to morrendo)")
LAUGH_DE = (r"(?:ha(?:ha)+h?|hihi+|lol|xd+|lel|zum lachen|damit wir lachen|was zu lachen|wir "
            r"lachen|zum totlachen|ich lach mich|ich feier)")
LAUGH_IT = (r"(?:a?h?(?:ah){2,}h?|ha(?:ha)+h?|lol|xd+|cosi ridiamo|per ridere|facci ridere|ci "
            r"facciamo (?:due|quattro) risate|che ridere|ridiamo|ci fai ridere|fa ridere|muoio)")

# -- en --------------------------------------------------------------------------
_ACC_EN = (r"(?:accent|accents|dialect|twang|drawl|village (?:talk|language|slang|voice)|farm "
           r"(?:talk|voice))")
_YOUR_ACC_EN = (r"(?:your (?:\w+ ){0,2}?" + _ACC_EN + r"|(?:that|this) (?:\w+ ){0,2}?" + _ACC_EN
                + r" of yours)")
# a request by someone else or the writer's own speech: not an order to the reader
_NOT_SUBJ_EN = (r"(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!she )(?<!they )(?<!\bto )(?<!\bnot )"
                r"(?<!never )(?<!how do you )(?<!\bhow you )(?<!when you )(?<!\bif you )")
# admiration or learning after the order: "say it again, i love it"
_NOT_ADMIRE_EN = (r"(?![^.!?]{0,80}\b(?:love|lovely|cool|cute|beautiful|pretty|amazing|adorable|"
                  r"gorgeous|so good|sweet|teach|learn|i like|proud|jealous|envy|wanna hear|want to "
                  r"hear|miss)\b)")
_RURAL_EN = (r"(?:farm boy|farm girl|farmboy|farmgirl|village (?:boy|girl|idiot|kid|boi|people)|"
             r"peasant|hillbilly|yokel|bumpkin|country bumpkin|hick|villager|goat herder|sheep "
             r"herder|goat farmer|immigrant (?:boy|girl|kid)|refugee (?:boy|girl|kid))")
_VOC = r"(?:^|[.!?] |\b(?:hey|oi|oy|yo|ey|eh|go on|come on|ok|okay|right|alright|now|so) )"
RULES: list[Rule] = [
    rule("bullying:accent", "bullying", "accent accents dialect twang drawl village farm",
         r"\b" + _NOT_SUBJ_EN + r"(?:say|speak|talk|read|pronounce|repeat|sing|count|tell us)(?: "
         r"\S+){0,5}? (?:with |in )?" + _YOUR_ACC_EN + r"\b" + _NOT_ADMIRE_EN
         + r"(?=.{0,80}?\b" + LAUGH_EN + r"\b)|"
         r"(?:^|[.!?] )(?:lo+l+|lmao+|lmfao+|ha(?:ha)+h?|hehe+|xd+|omg) (?:\S+ ){0,3}?(?:say|speak|"
         r"talk|read|pronounce|repeat|sing|count)(?: \S+){0,5}? (?:with |in )?" + _YOUR_ACC_EN + r"\b"
         + _NOT_ADMIRE_EN + "|"
         r"\bdo (?:your|that) (?:\w+ )?(?:accent|dialect|village voice|farm voice)(?: of yours)?"
         r"(?: again| for us| one more time)\b" + _NOT_ADMIRE_EN + r"(?=.{0,80}?\b" + LAUGH_EN
         + r"\b)",
         requires="your ur yours"),
    # "go on Pavel say 'three' for us, we need a laugh"
    # "say 'th' for us Oleksandr, go on, we need a bit of comedy today": a name may follow
    rule("bullying:accent", "bullying",
         "laugh laughs hilarious funny wait even comedy entertainment giggle giggles",
         r"\b" + _NOT_SUBJ_EN + r"say (?:'[^']{1,25}'|\" [^\"]{1,25} \"|the word \w+|\w+)(?: (?:for "
         r"us|again|one more time|for the class|for everyone|for the group|for me|pls|please))+"
         r"(?=.{0,60}?\b(?:we (?:all )?need (?:a (?:good |bit of |little |proper )?|some (?:good )?|a "
         r"little bit of )?(?:laugh|laughs|comedy|entertainment|giggle|giggles|cheering up)|"
         r"need a laugh|so we can (?:all )?laugh|"
         r"make us laugh|for a laugh|for the laughs|(?:it is|its|it's|that is|you sound) (?:so )?"
         r"(?:hilarious|funny)|cracks? (?:us|me) up|(?:oh )?wait (?:you|u) (?:can not|can't|cant)|you "
         r"can not even say it)\b)",
         requires="say"),
    # "with that accent you'll only ever sell stuff at the market"
    rule("bullying:accent", "bullying", "accent dialect",
         r"\bwith (?:(?:that|your|this|such an?|a) (?:\w+ ){0,2}?(?:accent|dialect)(?: of yours)?|an? "
         r"(?:\w+ )?(?:accent|dialect) like (?:that|yours|this))(?: lol)? (?:you|you'll|you will|you "
         r"are going to|you're gonna|you are gonna|you can|you could|you would|no one|they)\b(?=[^.!?]{0,60}?\b(?:only|"
         r"never|forever|end up|no one|at best|at most|market|toilets|cleaning|farm|fields|cows|"
         r"goats|sheep|laughing stock|joke|clown|hired)\b)|"
         r"\bno one (?:can|could|will|is going to|is ever going to)(?: ever| even)? understand "
         r"(?:you|a word you say|what you say|anything you say|a word of it) (?:with|because of|in)"
         r" (?:that|your|this) (?:\w+ )?(?:accent|dialect)\b"),
    # "farm boy, say something"; "talk like a peasant again for the group"
    rule("bullying:accent", "bullying",
         "farm farmboy farmgirl village peasant hillbilly yokel bumpkin hick villager herder "
         "immigrant refugee",
         _VOC + r"(?:you )?" + _RURAL_EN + r" (?:say|talk|speak|read|pronounce|open your mouth|sing|"
         r"count|do your accent)\b|"
         r"\b(?:say|talk|speak)(?: \S+){0,3}? (?<!\bthe )(?<!\ba )(?<!\bto )(?<!\bmy )(?<!\bhis )"
         r"(?<!\bher )(?<!\bour )" + _RURAL_EN + r"(?= ?$| ?[.!?]| (?:lol|haha\w*|lmao|xd|we need|"
         r"so we)\b)|"
         r"\b(?:talk|speak)(?:s|ing)? like a (?:" + _RURAL_EN + r"|farmer|goat|sheep|caveman|"
         r"tractor)(?: again| for us| for the group| for everyone| one more time)+\b"),
]

# -- es fr pt de it --------------------------------------------------------------
_NOT_ADMIRE_ROM = (r"(?![^.!?]{0,80}\b(?:me encanta|bonito|bonita|precioso|preciosa|lindo|linda|"
                   r"mola|guay|ensename|ensenanos|aprender|j'adore|trop beau|trop mignon|"
                   r"apprends|apprendre|adoro|amo|fofo|ensina|aprende|schon|suss|toll|mag ich|"
                   r"lernen|beibringen|bellissimo|bellissima|carino|carina|insegnami|insegnaci|"
                   r"imparare)\b)")
RULES += [
    # -- es: "di 'perro' con tu acento jajaja", "con ese acento solo vas a vender en el mercadillo"
    rule("bullying:accent", "bullying", "acento dialecto deje pueblo",
         r"\b(?:di|dinos|dime|deci|decinos|habla|hablanos|habla|pronuncia|repite|lee|canta|cuenta)"
         r"(?: \S+){0,5}? (?:con|en) (?:tu|ese) (?:\w+ )?(?:acento|dialecto|deje)\b" + _NOT_ADMIRE_ROM
         + r"(?=.{0,80}?\b" + LAUGH_ES + r")|"
         r"\b(?:habla|hablanos|di algo|dinos algo) (?:\S+ ){0,2}?como (?:en tu pueblo|los de tu "
         r"pueblo|un paleto|un cateto|un pueblerino|un campesino|en el pueblo|en tu aldea)\b"
         + r"(?=.{0,80}?\b" + LAUGH_ES + r")|"
         r"\bcon (?:ese|tu|semejante|este) (?:\w+ )?(?:acento|dialecto|deje)(?: de pueblo)? "
         r"(?:\S+ ){0,2}?(?:solo|nunca|jamas|como mucho|lo maximo)\b|"
         r"\bnadie te entiende con (?:ese|tu|este) (?:\w+ )?(?:acento|dialecto|deje)\b"),
    rule("bullying:accent", "bullying",
         "pueblerino pueblerina paleto paleta cateto cateta campesino campesina aldeano aldeana",
         r"(?:^|[.!?] |\b(?:eh|ey|oye|hey|venga|vamos|a ver|tu) )(?:el |la )?(?:pueblerino|pueblerina|"
         r"paleto|paleta|cateto|cateta|campesino|campesina|aldeano|aldeana) (?:di (?:algo|una|un|'|\")|"
         r"dinos|habla|hablanos|deci|decinos|lee|canta)\b|"
         r"\b(?:di|habla|dinos) algo,? (?:pueblerino|pueblerina|paleto|paleta|cateto|cateta|"
         r"campesino|campesina|aldeano|aldeana)\b"),
    # -- fr: "dis 'écureuil' avec ton accent mdr", "parle ton patois qu'on rigole"
    rule("bullying:accent", "bullying", "accent patois dialecte bled village",
         r"\b(?:dis|redis|dis-nous|parle|prononce|lis|repete|chante|compte)(?: \S+){0,5}? (?:avec|en)"
         r" (?:ton|ce|cet) (?:\w+ )?(?:accent|patois|dialecte)\b" + _NOT_ADMIRE_ROM + r"(?=.{0,80}?"
         r"\b" + LAUGH_FR + r")|"
         r"\bparle (?:\S+ ){0,2}?(?:ton patois|en patois|ton dialecte|comme au bled|comme dans ton "
         r"village|comme a la campagne|comme un paysan|comme chez toi au bled)\b" + r"(?=.{0,80}?\b"
         + LAUGH_FR + r")|"
         r"\bavec (?:ton|cet|un tel|ce|un accent pareil) (?:\w+ )?(?:accent|patois)(?: de paysan)? "
         r"(?:tu|t'|t'es|tu vas|tu finiras|tu vendras|tu seras|personne)\b(?=[^.!?]{0,60}?\b(?:que|"
         r"jamais|toute ta vie|marche|ferme|champs|personne|vaches)\b)"),
    rule("bullying:accent", "bullying",
         "paysan paysanne pequenaud pecnot plouc bouseux bouseuse campagnard campagnarde bledard "
         "villageois",
         r"(?:^|[.!?] |\b(?:eh|oh|he|hey|allez|vas-y|toi) )(?:le |la |toi le |toi la )?(?:paysan|"
         r"paysanne|pequenaud|pecnot|plouc|bouseux|bouseuse|cul-terreux|cul terreux|campagnard|"
         r"campagnarde|bledard|villageois) (?:dis|parle|lis|chante|prononce)\b"),
    # -- pt: "fala 'três' com teu sotaque kkkk", "com esse sotaque só vai vender na feira"
    rule("bullying:accent", "bullying", "sotaque dialeto caipira matuto roceiro jeca",
         r"\b(?:fala|diz|fale|diga|le|repete|pronuncia|canta|conta)(?: \S+){0,5}? com (?:teu|seu|esse|"
         r"tua|sua) (?:\w+ )?(?:sotaque|dialeto)\b" + _NOT_ADMIRE_ROM + r"(?=.{0,80}?\b" + LAUGH_PT
         + r")|"
         r"\b(?:fala|fale|diz|conversa) (?:\S+ ){0,2}?(?:igual|como|que nem) (?:um |uma )?(?:caipira|"
         r"matuto|matuta|roceiro|roceira|jeca|capiau|gente da roca|tua vo do interior)\b(?=.{0,80}?\b"
         + LAUGH_PT + r")|"
         r"\bcom (?:esse|teu|seu|este) (?:\w+ )?(?:sotaque|dialeto) (?:\S+ ){0,2}?(?:so|nunca|no "
         r"maximo|jamais)\b|"
         r"(?:^|[.!?] |\b(?:ei|oi|e ai|ow|o|vai|bora) )(?:caipira|matuto|matuta|roceiro|roceira|jeca|"
         r"capiau|tabareu) (?:fala|diz|fale|diga|canta)\b"),
    # -- de: "sag mal 'Eichhörnchen' mit deinem Akzent haha", "Bauerntrampel, sag mal was"
    rule("bullying:accent", "bullying", "akzent dialekt",
         r"\b(?:sag|sprich|red|rede|lies|wiederhol|zahl|sing|erzahl)(?: \S+){0,5}? (?:mit|in|auf) "
         r"(?:deinem|diesem|dem|deinen) (?:\w+ )?(?:akzent|dialekt)\b" + _NOT_ADMIRE_ROM
         + r"(?=.{0,80}?\b" + LAUGH_DE + r")|"
         r"\bmit (?:dem|deinem|so einem|diesem) (?:\w+ )?(?:akzent|dialekt) (?:\S+ ){0,2}?(?:wirst du|"
         r"kannst du|bekommst du|landest du) (?:\S+ ){0,2}?(?:nur|nie|niemals|hochstens|hoechstens)"
         r"\b|"
         r"\b(?:niemand|keiner|kein mensch) versteht dich (?:\S+ )?mit (?:dem|deinem|diesem) "
         r"(?:\w+ )?(?:akzent|dialekt)\b"),
    rule("bullying:accent", "bullying",
         "bauerntrampel dorftrottel landei hinterwaldler dorfkind bauernjunge dorfdepp bauer "
         "bauerntrottel",
         r"(?:^|[.!?] |\b(?:hey|ey|na|los|komm|du) )(?:du )?(?:bauerntrampel|dorftrottel|landei|"
         r"hinterwaldler|dorfkind|bauernjunge|bauernmadchen|dorfdepp|bauer|bauerntrottel) (?:sag|"
         r"red|rede|sprich|lies|sing)\b"),
    # -- it: "di' 'tre' con il tuo accento ahah", "parla nel dialetto del tuo paesino così ridiamo"
    rule("bullying:accent", "bullying", "accento dialetto",
         r"\b(?:di'?|dicci|dimmi|parla|parlaci|leggi|ripeti|pronuncia|canta|conta)(?: \S+){0,5}? "
         r"(?:con|col|nel|in) (?:il tuo |quel |quell'|sto |questo |il |tuo )?(?:\w+ )?(?:accento|"
         r"dialetto)\b" + _NOT_ADMIRE_ROM + r"(?=.{0,80}?\b" + LAUGH_IT + r")|"
         r"\bcon (?:quell'|quel|sto|questo|il tuo|un) ?(?:\w+ )?(?:accento|dialetto) (?:\S+ ){0,2}?"
         r"(?:solo|mai|al massimo|tutta la vita)\b|"
         r"\bnessuno ti capisce con (?:quell'|quel|sto|questo|il tuo) ?(?:\w+ )?(?:accento|"
         r"dialetto)\b"),
    rule("bullying:accent", "bullying",
         "contadino contadina cafone cafona burino burina zotico campagnolo campagnola buzzurro "
         "paesano montanaro bifolco",
         r"(?:^|[.!?] |\b(?:ehi|oh|ao|dai|su|tu|hey) )(?:il |la )?(?:contadino|contadina|cafone|"
         r"cafona|burino|burina|zotico|campagnolo|campagnola|buzzurro|paesano|montanaro|bifolco) "
         r"(?:di'? (?:qualcosa|qualche|una|un|'|\")|dicci|parla|parlaci|leggi|canta)\b"),
]

# -- es fr pt de it: a quoted word ordered for the group's laugh ----------------------
# "dis 'grenouille' pour voir, on a besoin de rire un peu avec ton accent du bled",
# "di 'perro' para ver, necesitamos reírnos", "sag mal 'Eichhörnchen', wir brauchen
# was zum Lachen".  As in English the laugh must be the purpose (not a bare "mdr":
# "dis 'hello' en anglais mdr" is a game) or the reader's accent named after it.
_QUOTED = r"(?:'[^']{1,25}'|\" [^\"]{1,25} \")"
_PURPOSE_ROM = (r"(?:on a (?:besoin|envie) de (?:rire|rigoler|se marrer)|(?:besoin|envie) de "
                r"(?:rire|rigoler)|qu'on rigole|qu on rigole|pour (?:nous faire )?rire|pour "
                r"rigoler|qu'on se marre|on va (?:bien )?(?:rire|rigoler|se marrer)|"
                r"necesitamos (?:reirnos|reir|unas risas)|para que nos riamos|pa que nos riamos|"
                r"para reirnos|pa reirnos|que nos reimos|nos vamos a reir|"
                r"a gente precisa (?:rir|dar risada)|precisamos (?:rir|dar risada)|pra gente rir|"
                r"para a gente rir|pra rir|vamos rir|"
                r"wir brauchen (?:mal )?(?:was zum lachen|was zu lachen|(?:einen|ne|nen) lacher|"
                r"unterhaltung)|damit wir (?:was zu )?lachen|zum (?:tot)?lachen|"
                r"abbiamo bisogno di (?:ridere|farci due risate)|cosi ridiamo|per ridere|facci "
                r"ridere|ci facciamo (?:due|quattro) risate)")
_YOUR_ACC_ROM = (r"(?:(?:avec|de) (?:ton|ce|cet) accent|ton patois|con (?:tu|ese) acento|com "
                 r"(?:teu|seu|esse) sotaque|mit (?:deinem|dem) akzent|con (?:il tuo|quell'|quel) ?"
                 r"accento)")
RULES += [
    rule("bullying:accent", "bullying",
         "dis redis prononce repete di dinos pronuncia repite fala diz fale diga sag sprich "
         "dicci ripeti",
         r"\b(?:dis|redis|dis-nous|prononce|repete|di|dinos|pronuncia|repite|fala|diz|fale|diga|"
         r"pronuncie|sag|sprich|di'|dicci|ripeti) (?:mal |nous |pour nous |pra gente |para "
         r"nosotros |per noi |fur uns )?" + _QUOTED + r"(?: \S+){0,3}?(?=.{0,60}?\b(?:"
         + _PURPOSE_ROM + r")\b|.{0,80}?\b" + _YOUR_ACC_ROM + r"\b)" + _NOT_ADMIRE_ROM
         # a play or a video the group rehearses
         + r"(?!.{0,100}?\b(?:sketch|theatre|piece|spectacle|video|tournage|repetition|ensayo|obra|"
         r"teatro|peca|theater|probe|recita|prove)\b)"),
    # "ton accent du bled" is the sneer itself (like Indonesian "logat kampung")
    rule("bullying:accent", "bullying", "bled paysan plouc bouseux campagnard bledard pecnot",
         r"\b(?:dis|redis|parle|lis|chante|prononce|repete|parle-nous)\b(?: \S+){0,12}? (?:avec )?"
         r"ton accent (?:du bled|de paysan|de plouc|de bouseux|de campagnard|de bledard|de pecnot|"
         r"de la campagne)\b"),
]

from .harm_accent_mock_langs import RULES as _LANG_RULES  # noqa: E402

RULES += _LANG_RULES
