"""A child telling, as if it were normal, of an ongoing secret relationship
with an adult (English, Spanish, French, Portuguese, German, Italian;
Russian, Turkish, Polish, Indonesian, Arabic, Hindi and Chinese are in
`grooming_secret_partner_langs.py`).

Why: "there's this guy from fortnite, he's 22 and says i'm his gf but we
have to keep it secret bc ppl wouldn't get it. he's sending me a phone so we
can talk at night", "my boyfriend is 19 and i'm 13, my parents can't know",
"un chico de 20 me dice que soy su novia pero que no se lo diga a nadie"
passed: they read like a report (the report frames excused the secrecy rule
after "he says"), and no rule knew the relationship itself.  They are a
safeguarding disclosure and a moderator must see them (hold, category
grooming, reason `grooming:secret_relationship`).

What marks one, in one message:

* **the writer's own relationship**: "my boyfriend", "i'm his gf", "we're
  dating", "mi novio", "soy su novia", "je suis sa copine", "meu namorado",
  "ich bin seine freundin", "il mio ragazzo" (someone else's - "her
  boyfriend", "my cousin's" - is no match);
* **an adult next to it** (within a few words, either side): an age of 18
  to 59 ("he's 22", "is 19", "tiene 25", "a 23 ans"), "way older", "an older
  guy", "un señor";
* **secrecy or the writer's young age** anywhere in the message: "we have to
  keep it secret", "my parents can't know", "nobody can know", "ppl wouldn't
  get it", a phone sent to the writer, "no se lo diga a nadie", "personne doit
  savoir" - or "i'm 13".

And what makes it a report instead, anywhere in the message (the match
passes): the relationship handled or over ("i blocked him", "i told my
mum", "we reported it", "it was creepy", "we broke up", "when i was 13"),
a hypothetical or a lesson ("if an older guy says...", "we learned that
..."), or the writer stating an age of 16 or more ("my boyfriend is 19 and
i'm 18").  A peer ("my boyfriend is 13 too, it's our secret") has no adult.

Every rule is anchored at the message start, so its negative look-aheads
read the whole message, and gated by its relationship words (triggers) and
the words of its secrecy/age part (`requires`).  `framed=False`: the report
frames read "he says" as someone else's story, which is the very shape of
these disclosures.  Patterns run on the phrase form ("gf" reads
"girlfriend", "bc" "because", "can't" "can not", Spanish "y" "why").
"""

from __future__ import annotations

from .rules import Rule, rule

# an adult's age, not a count of something ("20 minutes", "25 robux")
ADULT_N = (
    r"(?:1[89]|[2-5][0-9])(?![0-9])(?! ?(?:%|min\w*|hours?|hrs?|horas?|heures?|stunden|ore|"
    r"km|miles?|kg|lbs?|pounds?|dollars?|euros?|reais|pesos|robux|followers|likes|levels?|cm|"
    r"days?|dias|jours|tage|giorni|weeks?|semanas|semaines|wochen|months?|meses|mois|monate|"
    r"mesi|times|veces|fois|mal|volte|points?|puntos|pontos|punkte|punti|kills|wins|messages|"
    r"mensajes|mensagens|messaggi|nachrichten|seconds?|segundos|secondes|sekunden|secondi|"
    r"pages?|paginas|seiten|pagine|th|st|nd|rd|lvl)\b)"
)
MINOR_N = r"(?:1[0-5]|[89])(?![0-9])"
OLDER_N = r"(?:1[6-9]|[2-9][0-9])(?![0-9])"


def partner_rule(triggers: str, relation: str, adult_before: str, adult_after: str,
                 secret: str, minor: str, handled: str, older: str, requires: str,
                 gap: int = 80, end: str = r"\b") -> Rule:
    """The writer's relationship with an adult named within `gap` characters
    of it, secrecy or the writer's young age anywhere in the message, and
    nothing in the message that handles it or makes it a lesson (`end`: the
    boundary after a part; Devanagari vowel signs are not \\w)."""
    adult = (rf"\b(?:{relation}){end}.{{0,{gap}}}?\b(?:{adult_after}){end}|"
             rf"\b(?:{adult_before}){end}.{{0,{gap}}}?\b(?:{relation}){end}")
    return rule(
        "grooming:secret_relationship", "grooming", triggers,
        rf"^(?!.*\b(?:{handled}))(?!.*\b(?:{older}){end})(?=.*\b(?:{secret}|{minor}){end})"
        rf".*?(?:{adult})",
        framed=False, requires=requires)


# -- en -------------------------------------------------------------------------------
_REL_EN = (
    r"my (?:secret |older )?(?:boyfriend|girlfriend|bae)|i (?:have|got) a (?:secret |older )?"
    r"(?:boyfriend|girlfriend)|(?:i am|i'm) (?:his|her) (?:girlfriend|boyfriend|girl|bae|baby girl|"
    r"wife)|(?:we are|we're|were|we have been|we've been|been) (?:secretly |kind of |sort "
    r"of )?(?:dating|together|going out|a couple|in a relationship|in love)|(?:he is|he's|hes|she "
    r"is|she's|shes) my (?:boyfriend|girlfriend|bae)"
)
_AGE_EN = r"(?:like |literally |only |just |already |almost )?" + ADULT_N
_AGE_OTHER_EN = (
    ADULT_N + r" ?(?:year old|years old|yo|y o|yr old|yrs old|years|yrs)|(?:an? |this |some )?"
    r"(?:grown|older|old) (?:man|guy|dude|adult|woman|lady)|(?:way|much|a lot|lot|so much|years|"
    r"loads) older|an adult|in (?:his|her) (?:20s|twenties|30s|thirties|40s)"
)
_SUBJ_EN = r"(?:he is|he's|hes|she is|she's|shes|who is|who's|whos|turned|turns)"
# after the relationship a bare "is" has it as subject: "my boyfriend is 19"
_ADULT_AFTER_EN = r"(?:is|he is|he's|hes|she is|she's|shes|who is|who's|whos|turned|turns) " + \
    _AGE_EN + "|" + _AGE_OTHER_EN
_ADULT_BEFORE_EN = (
    r"(?:he|she|guy|man|dude|boy|person|who)(?: [\w']+){0,5}? (?:is|turned|turns) " + ADULT_N
    + "|" + _SUBJ_EN + " " + _AGE_EN + "|" + _AGE_OTHER_EN
)
_SECRET_EN = (
    r"keep (?:it|this|us|that|our (?:relationship|thing|love|chats?)|everything) (?:a |our )?"
    r"(?:secret|between us|quiet|private|on the low|lowkey|hidden)|(?:it is|its|this is|we are|"
    r"we're|our love is|our relationship is) (?:a |our |kind of |like )?secret|our secret|a "
    r"secret from|secret (?:phone|account|relationship|boyfriend|girlfriend)|secretly|"
    r"(?:nobody|no one|nobody's|no one's) (?:can|is allowed to|must|should|is supposed to|will|gets "
    r"to|can ever) (?:ever )?(?:know|find out)|(?:my |our )?(?:parents|mum|mom|dad|family|mother|"
    r"father|folks|mum and dad|mom and dad) (?:can not|must not|should not|do not|does not|will "
    r"not|would not|are not allowed to|can never|must never|never) (?:ever )?(?:know|find out|see|"
    r"get it|understand|approve)|(?:people|they|others|everyone|adults|my parents|nobody|no one) "
    r"(?:would not|will not|do not|would never|will never|can not) (?:ever )?(?:get it|understand|"
    r"get us|accept (?:it|us))|(?:can not|i do not|i never|we do not|we never|i will not|we will "
    r"not) tell (?:anyone|anybody|my (?:parents|mum|mom|dad|family)|her|him|them)|(?:sending|send|"
    r"sent|bought|buy|buying|getting|got|gave|give|giving|mailing|posting) me a (?:secret |new "
    r"|second |spare )?(?:phone|sim|sim card|iphone)|(?:talk|call|text|chat|facetime) (?:at "
    r"night|all night|late at night)|delete (?:our|the|all our) (?:messages|chats|texts|dms)|"
    r"(?:hide|hiding) (?:it|him|her|us|this) from|(?:my )?(?:mum|mom|dad|parents) (?:would|will|is "
    r"going to|are going to) (?:freak|kill me|go mad|lose it|flip)"
)
_MINOR_EN = r"(?:i am|i'm|and me|me|i just turned|i turned) (?:only |just )?" + MINOR_N
_OLDER_EN = r"(?:i am|i'm) (?:already |like )?" + OLDER_N + r"(?! ?(?:%|min\w*|hours?|km|miles?))"
_HANDLED_EN = (
    r"block|blocked|blocking|report|reported|reporting|told (?:my|a|the|our|an) (?:mum|mom|dad|"
    r"parents|teacher|school|counsellor|counselor|aunt|sister|brother|trusted adult|adult|police)|i "
    r"told (?:her|him|them|someone|my|a|the)|police|creep|creepy|creeped|grooming|groomer|groomed|"
    r"red flag|predator|pedo|paedo|broke up|ended it|used to|stopped talking|if (?:a|an|some|"
    r"someone|somebody|your|you|ur)\b|we (?:learned|learnt|were taught)|signs of|when i was "
    r"(?:" + MINOR_N + r"|little|younger|a kid)"
)

# -- es -------------------------------------------------------------------------------
_REL_ES = (
    r"(?:mi|mi querido) (?:novio|novia|pololo|polola|enamorado|enamorada|chico|pareja)|soy su "
    r"(?:novia|novio|nena|chica|pareja)|somos novios|(?:estamos|andamos) (?:saliendo|"
    r"juntos|de novios)|salgo con (?:un|el|el chico)|tengo (?:un )?novio"
)
_ADULT_ES = (
    r"(?:tiene|de|con|ya tiene|cumplio|cumple) " + ADULT_N + r"(?: anos)?|" + ADULT_N + r" anos|"
    r"(?:mucho|bastante|muy|re|mas) mayor(?: que yo)?|(?:un|una) (?:hombre|senor|adulto|adulta|"
    r"senora|mayor de edad)|mayor de edad"
)
_SECRET_ES = (
    r"no (?:se lo |lo |le |les )?(?:diga|digas|digo|decimos|decir|cuente|cuentes|cuento|contamos|"
    r"contar|sepa|sepan) (?:a )?(?:nadie|mis (?:papas|padres|viejos)|mi (?:mama|papa|familia))|"
    r"(?:es|sea|somos|un) (?:un |nuestro |el )?secreto|en secreto|nuestro secreto|a escondidas|"
    r"(?:nadie|mis (?:papas|padres|viejos)|mi (?:mama|papa|madre|padre|familia)) (?:no )?(?:puede|"
    r"pueden|debe|deben|tiene que|tienen que|va a|van a|sabe|saben) (?:nunca )?(?:saber(?:lo)?|"
    r"enterarse|enterar)|no (?:lo |nos )?(?:entenderian|entenderia|entienden|van a entender)|"
    r"(?:mandar|manda|mando|regalo|regala|regalar|compro|compra|comprar|envia|enviar|dio|da)"
    r"(?:me)? un (?:celular|telefono|movil|cel)|(?:borrar|borro|borramos) (?:los|nuestros) "
    r"(?:mensajes|chats)|(?:hablar|hablamos|llamarnos) (?:de|en la|por la) noche"
)
_MINOR_ES = r"(?:yo|tengo|yo tengo|why yo|y yo) (?:solo |apenas )?" + MINOR_N
_OLDER_ES = r"(?:yo tengo|tengo|yo) " + OLDER_N + r" anos"
_HANDLED_ES = (
    r"bloquee|lo bloquee|bloqueado|bloquear|denuncie|denunciamos|reporte|reportamos|(?:le|se lo) "
    r"(?:conte|dije) a (?:mi|mis|la|una|un)|policia|(?:me dio|me da|daba) (?:miedo|asco)|asqueroso|"
    r"grooming|acoso|si (?:un|una|alguien|te)\b|aprendimos|termine con|cortamos|cuando (?:yo )?tenia"
)

# -- fr -------------------------------------------------------------------------------
_REL_FR = (
    r"(?:mon|ma) (?:copain|copine|mec|meuf|petit copain|petite copine|amoureux|amoureuse|cheri|"
    r"cherie)|je suis (?:sa|son) (?:copine|meuf|petite copine|copain|mec|cherie)|on "
    r"(?:sort|est) ensemble|on est en couple|je sors avec"
)
_ADULT_FR = (
    r"(?:il a|elle a|a|de|qui a) " + ADULT_N + r"(?: ans)?|" + ADULT_N + r" ans|(?:beaucoup|bien|"
    r"vraiment|trop) plus (?:vieux|agee?|grand)|un (?:adulte|homme|monsieur)|majeur"
)
_SECRET_FR = (
    r"(?:personne|mes parents|ma mere|mon pere|ma famille|ma daronne|mes darons) (?:ne )?(?:doit|"
    r"doivent|peut|peuvent|va|vont) (?:pas |jamais |rien )?(?:le |en )?(?:savoir|apprendre|"
    r"decouvrir)|(?:le |en )?dire a personne|(?:c'est|cest) (?:un |notre )?secret|notre secret|en "
    r"secret|en cachette|(?:ils|mes parents|les gens) (?:ne )?(?:comprendraient|comprendront|"
    r"comprennent) pas|(?:m'envoyer|m'envoie|m'a achete|m'achete|m'offre|m'offrir|m'a envoye|va "
    r"m'envoyer) un (?:telephone|portable|tel)|effacer (?:nos|les) (?:messages|convs?)"
)
_MINOR_FR = r"(?:moi|j'ai|et moi|moi j'ai) (?:que |seulement )?" + MINOR_N
_OLDER_FR = r"j'ai " + OLDER_N + r" ans"
_HANDLED_FR = (
    r"bloque|bloquee|signale|signalee|(?:dit|raconte|parle) a (?:ma|mon|mes|la|une|un)|police|"
    r"flippant|degoutant|grooming|pedo|si (?:un|une|quelqu'un)\b|on a appris|quand j'avais|on a "
    r"casse"
)

# -- pt -------------------------------------------------------------------------------
_REL_PT = (
    r"(?:meu|minha) (?:namorado|namorada|ficante|mozao|boy)|sou (?:a )?(?:namorada|namorado) "
    r"dele|(?:a gente|nos) (?:namora|namoramos|esta namorando|ta namorando|ta junto|esta junto)|"
    r"(?:estamos|to|estou|tamo) (?:namorando|juntos|ficando)"
)
_ADULT_PT = (
    r"(?:tem|de|com|ja tem|fez) " + ADULT_N + r"(?: anos)?|" + ADULT_N + r" anos|(?:bem|muito|mt|"
    r"mto) mais velho|(?:um|uma) (?:homem|adulto|adulta|senhor|coroa)|maior de idade"
)
_SECRET_PT = (
    r"(?:ninguem|meus pais|minha mae|meu pai|minha familia) (?:nao )?(?:pode|podem|deve|devem|vai|"
    r"vao) (?:nunca )?(?:saber|descobrir)|(?:e|eh) (?:nosso|um) segredo|nosso segredo|em segredo|"
    r"escondido|nao (?:conta|conto|contar|falar|fala|falo) (?:pra|para|a) (?:ninguem|meus pais|"
    r"minha mae|meu pai)|nao (?:iam|vao|iriam) entender|(?:mandar|manda|mandou|dar|deu|comprar|"
    r"comprou|enviar|enviou)(?: pra mim)? um (?:celular|telefone|cel)|(?:apagar|apago|apaga) "
    r"(?:as|nossas) (?:mensagens|conversas)"
)
_MINOR_PT = r"(?:eu|tenho|eu tenho|e eu) (?:so |apenas )?" + MINOR_N
_OLDER_PT = r"(?:eu tenho|tenho) " + OLDER_N + r" anos"
_HANDLED_PT = (
    r"bloquei|bloqueei|denunciei|(?:contei|falei) (?:pra|para|a) (?:minha|meu|meus|a|o|uma|um)|"
    r"policia|nojento|grooming|se (?:um|uma|alguem)\b|aprendemos|quando eu tinha|terminei"
)

# -- de -------------------------------------------------------------------------------
_REL_DE = (
    r"(?:mein|meine) (?:freund|freundin|fester freund|feste freundin|schatz|boyfriend)|ich bin "
    r"(?:seine|ihre) (?:freundin|feste freundin)|(?:wir sind|sind wir) (?:zusammen|ein "
    r"paar)|wir gehen miteinander"
)
_ADULT_DE = (
    r"(?:ist|er ist|sie ist|schon|wird|mit|von) " + ADULT_N + r"(?: jahre alt| jahre)?|" + ADULT_N
    + r" (?:jahre|jahren|jahre alt)|(?:viel|deutlich|echt|voll) alter|(?:ein|einem) (?:erwachsener|"
    r"erwachsenen|mann|alterer mann)|erwachsen|volljahrig"
)
_SECRET_DE = (
    r"(?:meine eltern|niemand|keiner|mama|papa|meine mutter|mein vater|meine familie) (?:darf|"
    r"durfen|soll|sollen|kann|konnen|wird|werden) (?:es |das |davon |uns |nichts |nie |niemals )*"
    r"(?:nicht |nie |nichts )?(?:wissen|erfahren|mitbekommen|herausfinden|rausfinden)|geheim|"
    r"(?:es |das )?(?:keinem|niemandem) (?:sagen|erzahlen)|(?:wurden|wurde|werden) (?:es |das |uns )?"
    r"nicht verstehen|(?:schickt|schicken|kauft|gekauft|geschickt|schenkt|gibt) (?:mir )?(?:ein|ein "
    r"neues|ein zweites) handy|heimlich"
)
_MINOR_DE = r"(?:ich bin|und ich|bin) (?:erst |nur )?" + MINOR_N
_OLDER_DE = r"ich bin " + OLDER_N + r"(?! (?:minuten|min))"
_HANDLED_DE = (
    r"blockiert|geblockt|gemeldet|(?:meiner|meinem|meinen) (?:mama|mutter|papa|vater|eltern|"
    r"lehrerin|lehrer) (?:erzahlt|gesagt)|polizei|gruselig|eklig|unheimlich|grooming|wenn (?:ein|"
    r"eine|jemand|dich)\b|(?:haben|hatten) (?:wir )?gelernt|als ich \w+ war|schluss gemacht"
)

# -- it -------------------------------------------------------------------------------
_REL_IT = (
    r"(?:il mio|la mia) (?:ragazzo|ragazza|fidanzato|fidanzata|tipo|amore)|sono (?:la sua|il suo) "
    r"(?:ragazza|ragazzo|fidanzata|fidanzato)|stiamo insieme|ci frequentiamo|esco con"
)
_ADULT_IT = (
    r"(?:ha|di|con|lui ha|lei ha) " + ADULT_N + r"(?: anni)?|" + ADULT_N + r" anni|(?:molto|tanto|"
    r"parecchio) piu grande|un (?:uomo|adulto|signore)|maggiorenne"
)
_SECRET_IT = (
    r"(?:i miei|i miei genitori|nessuno|mia madre|mio padre|mia mamma|mio papa|la mia famiglia) "
    r"(?:non )?(?:lo )?(?:devono|deve|possono|puo|devono mai|deve mai) (?:saperlo|sapere|scoprirlo|"
    r"scoprire)|non (?:lo |devo |posso )?(?:dirlo|dire|dico|raccontarlo) a nessuno|(?:e|e il) "
    r"(?:un |il nostro )?segreto|nostro segreto|in segreto|di nascosto|non (?:capirebbero|"
    r"capirebbe|capiscono)|(?:manda|mandera|regala|regalera|compra|comprera|ha comprato|ha mandato|"
    r"spedisce) un (?:telefono|cellulare)"
)
_MINOR_IT = r"(?:io|ho|io ho|e io) (?:solo |appena )?" + MINOR_N
_OLDER_IT = r"(?:io ho|ho) " + OLDER_N + r" anni"
_HANDLED_IT = (
    r"bloccato|bloccata|segnalato|segnalata|(?:detto|raccontato) a (?:mia|mio|mamma|papa|una|un)|"
    r"polizia|inquietante|schifo|grooming|se (?:un|una|qualcuno)\b|abbiamo imparato|quando avevo|"
    r"ci siamo lasciati"
)

RULES: list[Rule] = [
    partner_rule("boyfriend girlfriend bf gf bae dating together relationship couple love",
                 _REL_EN, _ADULT_BEFORE_EN, _ADULT_AFTER_EN, _SECRET_EN, _MINOR_EN,
                 _HANDLED_EN, _OLDER_EN,
                 requires="secret secretly secrets know understand get tell phone sim iphone night "
                 "private quiet low lowkey hidden delete hide hiding freak kill mad flip am me turned "
                 "accept approve"),
    partner_rule("novio novia pololo polola enamorado enamorada chico pareja soy somos estamos "
                 "andamos salgo tengo",
                 _REL_ES, _ADULT_ES, _ADULT_ES, _SECRET_ES, _MINOR_ES, _HANDLED_ES, _OLDER_ES,
                 requires="diga digas digo decimos decir cuente cuentes cuento contamos contar sepa "
                 "sepan secreto escondidas saber saberlo enterarse enterar entenderian entenderia "
                 "entienden entender celular telefono movil cel borrar borro borramos noche yo "
                 "tengo"),
    partner_rule("copain copine mec meuf amoureux amoureuse cheri cherie suis ensemble couple sors",
                 _REL_FR, _ADULT_FR, _ADULT_FR, _SECRET_FR, _MINOR_FR, _HANDLED_FR, _OLDER_FR,
                 requires="savoir apprendre decouvrir personne secret cachette comprendraient "
                 "comprendront comprennent telephone portable tel effacer moi jai"),
    partner_rule("namorado namorada ficante mozao boy sou namora namoramos namorando junto juntos "
                 "ficando",
                 _REL_PT, _ADULT_PT, _ADULT_PT, _SECRET_PT, _MINOR_PT, _HANDLED_PT, _OLDER_PT,
                 requires="saber descobrir segredo escondido conta conto contar falar fala falo "
                 "entender celular telefone cel apagar apago apaga eu tenho"),
    partner_rule("freund freundin schatz boyfriend zusammen paar miteinander",
                 _REL_DE, _ADULT_DE, _ADULT_DE, _SECRET_DE, _MINOR_DE, _HANDLED_DE, _OLDER_DE,
                 requires="wissen erfahren mitbekommen herausfinden rausfinden geheim sagen "
                 "erzahlen verstehen handy heimlich bin"),
    partner_rule("ragazzo ragazza fidanzato fidanzata tipo amore sono insieme frequentiamo esco",
                 _REL_IT, _ADULT_IT, _ADULT_IT, _SECRET_IT, _MINOR_IT, _HANDLED_IT, _OLDER_IT,
                 requires="saperlo sapere scoprirlo scoprire dirlo dire dico raccontarlo segreto "
                 "nascosto capirebbero capirebbe capiscono telefono cellulare io ho"),
]
