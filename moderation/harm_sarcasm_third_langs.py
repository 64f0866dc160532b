"""Sarcastic put-downs of a third person's looks or worth in es, fr, pt, de,
it (appended to `harm.RULES`; English and the reasons: `harm_sarcasm_third.py`;
ru, tr, pl, id and sarcastic praise before an insult: `harm_sarcasm_third_more.py`).

The classes, each written the way it is said in the language:

* somebody asked to tell a third person mirrors exist: "alguien dígale que
  existen los espejos", "quelqu'un devrait lui dire que les miroirs
  existent", "alguém avisa ela que espelho existe", "jemand sollte ihm
  sagen, dass es Spiegel gibt", "qualcuno dovrebbe dirgli che esistono gli
  specchi"; "no tiene espejo en casa", "kauft ihr mal einen Spiegel";
* a third person who really thought their outfit was a good idea: "ella de
  verdad pensó que ese outfit era buena idea", "elle a vraiment cru que
  cette tenue était une bonne idée", "ela realmente achou que aquela roupa
  era uma boa ideia", "sie dachte echt, dieses Outfit wäre eine gute Idee",
  "lei pensava davvero che quel vestito fosse una buona idea" - the verb in
  the third person (a pronoun where the form is shared with "I");
* mock bravery with a looks object: "qué valiente de su parte salir con esa
  cara", "trop courageuse de montrer sa tête en public", "que corajosa de
  mostrar essa cara em público", "so mutig von ihr, mit dem Gesicht
  rauszugehen", "che coraggio a mostrare quella faccia in pubblico";
* mock pity: "pobrecito, se esfuerza tanto por ser cool", "le pauvre, il
  essaie tellement d'être cool", "coitado, ele se esforça tanto pra ser
  legal", "der Arme gibt sich so viel Mühe, cool zu sein", "poverino, si
  sforza tanto di essere figo"; and "se cree muy gracioso", "il se croit
  trop drôle", "ela se acha a tal", "er hält sich für so cool", "si crede
  chissà chi" after the pity word.

What must pass: real praise ("qué valiente de su parte hablar en la
asamblea"), the writer about themselves ("de verdad pensé que ese outfit era
buena idea jaja", "j'ai vraiment cru que cette tenue était une bonne idée"),
fashion talk, sincere pity ("pobrecito, se cayó de la bici"), mirrors as
things and reports (the frames).

Matched against `Prepared.plain` (accents stripped, commas dropped, Spanish
"y" read as "why").
"""

from __future__ import annotations

from .rules import Rule, rule

_CLOTHES_ES = (r"(?:outfit|look|ropa|vestido|conjunto|peinado|corte(?: de pelo)?|pelo|maquillaje|camisa|"
               r"falda|pantalon|pantalones|zapatos|cejas|flequillo|foto|video|baile|cancion)")
_CLOTHES_FR = (r"(?:tenue|look|outfit|coupe(?: de cheveux)?|coiffure|robe|haut|jupe|pantalon|maquillage|"
               r"sourcils|fringues|frange|photo|video|danse|chanson)")
_CLOTHES_PT = (r"(?:roupa|look|outfit|vestido|cabelo|corte(?: de cabelo)?|maquiagem|sobrancelhas?|blusa|"
               r"saia|calca|tenis|franja|foto|video|danca|musica)")
_CLOTHES_DE = (r"(?:outfit|kleid|frisur|haarschnitt|look|make ?up|oberteil|hose|schuhe|klamotten|"
               r"pony|foto|video|tanz|lied)")
_CLOTHES_IT = (r"(?:vestito|outfit|look|taglio(?: di capelli)?|capelli|trucco|maglia|gonna|pantaloni|"
               r"scarpe|sopracciglia|frangia|foto|video|balletto|canzone)")
_TRAIT_ES = (r"(?:muy |tan |super |re )?(?:gracios[oa]|guap[oa]|cool|guay|popular|interesante|list[oa]|"
             r"la protagonista|el protagonista|lo maximo|chistos[oa]|malote|el malo|la mala|dur[oa]|"
             r"divertid[oa]|especial|bonit[oa]|lind[oa])\b")
_TRAIT_FR = (r"(?:trop |tellement |vraiment |super |si )?(?:drole|marrante?|beau|belle|cool|populaire|"
             r"interessante?|une star|le boss|la boss|stylee?|un bad boy|une bad girl|quelqu'un|"
             r"le personnage principal|la meilleure?|le meilleur|bonne|bg)\b")
_TRAIT_PT = (r"(?:muito |tao |super |o |a )?(?:engracad[oa]|bonit[oa]|lind[oa]|legal|descolad[oa]|"
             r"popular|interessante|o tal|a tal|o bonzao|a gostosa|o gostoso|maneir[oa]|a "
             r"protagonista|o protagonista|especial|famos[oa])\b")
_TRAIT_DE = (r"(?:so |voll |echt |mega |total |richtig )?(?:cool|witzig|lustig|beliebt|hubsch|"
             r"erwachsen|interessant|krass|gangster|toll|schlau|schon|was besseres|etwas besseres|die "
             r"hauptfigur|der hauptcharakter|lassig|besonders)\b")
_TRAIT_IT = (r"(?:cosi |tanto |molto |troppo |super )?(?:figo|figa|simpatic[oa]|divertente|popolare|"
             r"interessante|bell[oa]|il duro|la dura|grande|matur[oa]|chissa chi|il protagonista|la "
             r"protagonista|speciale|il migliore|la migliore|un figo|una figa)\b")

RULES: list[Rule] = [
    # -- mirrors exist ------------------------------------------------------------------------
    rule("bullying:insult", "bullying", "espejo espejos miroir miroirs espelho espelhos spiegel "
         "specchio specchi",
         # es
         r"\b(?:le|les) (?:diga|digan|dije|decis|diran|dira|explique|expliquen|avise|avisen)\b[^.!?]{0,10}?"
         r"\bque (?:existen|hay) (?:los )?espejos\b|"
         r"\b(?:digale|diganle|decile|decidle|dile|avisale|avisenle|explicale|expliquenle)\b[^.!?]{0,10}?"
         r"\bque (?:existen|hay) (?:los )?espejos\b|"
         r"\b(?:acaso |es que )?no (?:tiene|tienen|tendra) (?:ni )?(?:un )?espejos? en (?:su )?casa\b|"
         r"\b(?:comprenle|regalenle|compradle|regaladle|comprale|regalale) un espejo\b|"
         # fr
         r"\b(?:lui|leur) (?:dire|dise|disent|dites|dis|expliquer|rappeler|apprendre)\b[^.!?]{0,10}?"
         r"\bque (?:les )?miroirs? (?:existent|existe|ca existe)\b|"
         r"\b(?:dites|dis|dites-lui|dis-lui|dites lui|dis lui)\b[^.!?]{0,10}?\bque (?:les )?miroirs? "
         r"(?:existent|existe)\b|"
         r"\b(?:il|elle|ils|elles) (?:n'a|a|n'ont|ont) (?:pas|jamais vu) (?:de |un )?miroirs? (?:chez "
         r"(?:elle|lui|eux)|a la maison)\b|"
         r"\b(?:offrez|achetez|offre|achete)[- ](?:lui|leur) un miroir\b|"
         # pt
         r"\b(?:avisa|avisem|fala|falem|conta|contem|diz|digam|avise|fale|conte|explica|expliquem|"
         r"lembra)\b (?:(?:pra|para|pro|a|ao) )?(?:ela|ele|elas|eles|\w+) que (?:o )?espelhos? (?:existe|"
         r"existem)\b|"
         r"\b(?:ela|ele|eles|elas) (?:nao|n) (?:tem|possui|tinha) espelho (?:em casa|na casa dela|na "
         r"casa dele)\b|"
         r"\b(?:deem|da|compra|comprem|dá) um espelho (?:pra|para|pro) (?:ela|ele|eles|elas)\b|"
         # de
         r"\b(?:ihm|ihr|denen) (?:sagen|sag|sagt|erklaren|erklart|zeigen|zeigt|beibringen)\b"
         r"[^.!?]{0,12}?\b(?:dass|das) es (?:auch )?spiegel gibt\b|"
         r"\b(?:hat|besitzt) (?:sie|er|die|der) (?:zu ?hause |daheim )?(?:keinen|kein|nie einen) "
         r"spiegel\b|"
         r"\bkauft (?:ihm|ihr|denen) (?:mal )?(?:einen|nen) spiegel\b|"
         # it
         r"\b(?:dirgli|dirle|ditegli|ditele|gli dica|le dica|digli|dille|spiegategli|spiegatele)\b"
         r"[^.!?]{0,10}?\bche (?:esistono|esiste) (?:gli |lo )?specchi[oi]?\b|"
         r"\bnon (?:ha|hanno|possiede) (?:uno |lo )?specchio (?:a casa|in casa)\b|"
         r"\b(?:regalategli|regalatele|comprategli|compratele) uno specchio\b"),
    # -- really thought that outfit was a good idea -------------------------------------------
    rule("bullying:insult", "bullying", "penso creyo pensaba creia pensaron creyeron",
         r"\b(?:(?:ella|el|ellos|ellas) (?:\w+ ){0,2}?(?:pensaba|creia|pensaban|creian)|(?:penso|creyo|"
         r"se creyo|pensaron|creyeron))\b (?:de verdad |en serio |realmente |de veras )?que (?:ese|esa|"
         r"este|esta|su|sus|esos|esas|aquel|aquella) " + _CLOTHES_ES + r" (?:era|eran|le quedaba|le "
         r"quedaban|seria|quedaba|iba a ser) (?:una )?(?:buena idea|bien|bonit[oa]s?|lind[oa]s?|"
         r"guap[oa]s?|aceptable|de moda|cool|el outfit)\b",
         requires="verdad serio realmente veras"),
    rule("bullying:insult", "bullying", "cru pense croyait pensait croyaient pensaient",
         r"\b(?:elle|il|ils|elles) (?:(?:a|ont) (?:vraiment |serieusement |reellement |sincerement )?"
         r"(?:cru|pense)|(?:croyait|pensait|croyaient|pensaient)) (?:vraiment |serieusement )?que "
         r"(?:cette|cet|ce|sa|son|ses|leur) " + _CLOTHES_FR + r" (?:etait|serait|etaient|lui allait|"
         r"allait) (?:une )?(?:bonne idee|jolie?|belle|beau|stylee?|a la mode|bien|cool)\b",
         requires="vraiment serieusement reellement sincerement"),
    rule("bullying:insult", "bullying", "achou pensou acreditou achava pensava acharam",
         r"\b(?:ela|ele|eles|elas|a \w+|o \w+) (?:realmente |mesmo |de verdade |seriamente |serio )?"
         r"(?:achou|pensou|acreditou|achava|pensava|acharam) (?:mesmo |de verdade |realmente )?que "
         r"(?:aquela|aquele|essa|esse|esta|este|sua|seu|a|o) " + _CLOTHES_PT + r" (?:era|ia ser|seria|"
         r"ficava|tava|estava) (?:uma )?(?:boa ideia|bonit[oa]|lind[oa]|legal|estilos[oa]|na moda|"
         r"top)\b",
         requires="realmente mesmo verdade seriamente serio"),
    rule("bullying:insult", "bullying", "dachte glaubte meinte gedacht geglaubt",
         r"\b(?:sie|er|die|der) (?:dachte|glaubte|meinte|hat (?:echt |wirklich )?(?:gedacht|geglaubt))"
         r" (?:echt|wirklich|ernsthaft|tatsachlich|allen ernstes)(?: dass)? (?:dieses|das|ihr|sein|diese|"
         r"die|ihre|seine|der|den) " + _CLOTHES_DE + r" (?:(?:ware|waere|sei|ist|war|wurde|passt|steht "
         r"(?:ihr|ihm)) (?:eine |ne )?(?:gute idee|schon|hubsch|cool|okay|gut)|(?:eine |ne )?(?:gute "
         r"idee|schon|hubsch|cool|okay|gut) (?:ware|waere|sei|ist|war|wurde))\b"),
    rule("bullying:insult", "bullying", "pensava credeva pensato creduto pensavano credevano",
         r"\b(?:(?:lei|lui|loro) )?(?:pensava|credeva|ha pensato|ha creduto|pensavano|credevano) "
         r"(?:davvero |veramente |seriamente |sul serio )?che (?:quel|quello|quella|il suo|la sua|i "
         r"suoi|le sue|questo|questa|quei|quelle) " + _CLOTHES_IT + r" (?:fosse|fossero|era|stesse|"
         r"stava|stessero) (?:una )?(?:buona idea|bell[oa]|carin[oa]|figo|di moda|bene)\b",
         requires="davvero veramente seriamente serio"),
    # -- mock bravery with a looks object -----------------------------------------------------
    rule("bullying:insult", "bullying", "valiente valientes valor atrevida atrevido courageux "
         "courageuse audacieux audacieuse culottee culotte courage corajosa corajoso coragem ousada "
         "ousado mutig tapfer coraggio coraggiosa coraggioso audace",
         r"\b(?:valientes?|atrevid[oa]|hay que tener valor)\b (?:de su parte |de (?:ella|el|\w+) |por "
         r"parte de \w+ )?(?:al |de |para |por )?(?:salir|mostrar|ensenar|subir|publicar|ir|venir|"
         r"ponerse|llevar|presentarse)\b[^.!?]{0,40}?\b(?:con esa (?:cara|pinta|ropa|facha|nariz)|esa "
         r"(?:cara|pinta|facha)|asi vestid[oa]|con esas pintas|con ese (?:pelo|corte|outfit|look|"
         r"cuerpo))\b|"
         r"\b(?:courageux|courageuse|audacieux|audacieuse|culottee?|il faut du courage)\b (?:de sa part "
         r"|d'oser |de |pour )?(?:montrer|sortir|poster|mettre|porter|venir|publier|se montrer)\b"
         r"[^.!?]{0,40}?\b(?:sa (?:tete|gueule|face|tronche)|cette (?:tete|gueule|tronche|tenue|coupe|"
         r"face)|ce (?:look|visage|corps)|avec (?:cette|sa) (?:tete|tronche|gueule)|habillee? comme "
         r"ca)\b|"
         r"\b(?:corajos[oa]|ousad[oa]|coragem)\b (?:dela |dele |d[ao] \w+ )?(?:de |em |pra |para |"
         r"pro )?(?:mostrar|sair|postar|usar|vestir|aparecer|ir)\b[^.!?]{0,40}?\b(?:essa cara|essa "
         r"roupa|esse cabelo|esse corte|assim vestid[oa]|com essa (?:cara|roupa)|nessa roupa|com esse "
         r"(?:cabelo|corte|look))\b|"
         r"\b(?:mutig|tapfer)\b (?:von (?:ihr|ihm|denen|\w+) )?(?:mit (?:dem|diesem|so einem|dem "
         r"gesicht|der frisur) (?:gesicht |outfit |look |haarschnitt |korper )?(?:raus|rumzu|auf die "
         r"strasse|in die schule|in die offentlichkeit|zu posten|zu zeigen)\w*|so (?:rauszugehen|"
         r"rumzulaufen|in die schule zu kommen)|(?:das|dieses|so ein) (?:gesicht|outfit) (?:zu "
         r"zeigen|zu posten|zu tragen))\b|"
         r"\b(?:coraggio|coraggios[oa]|audace)\b (?:da parte sua |lei |lui |di \w+ )?(?:a |ad |nel |di |"
         r"per )?(?:mostrare|uscire|postare|mettere|indossare|pubblicare|andare|farsi vedere)\b"
         r"[^.!?]{0,40}?\b(?:quella faccia|quel faccino|quella (?:roba|maglia|tuta)|quel (?:vestito|"
         r"taglio|look|naso|corpo)|con quella faccia|vestit[oa] cosi)\b"),
    # -- mock pity: "pobrecito, se esfuerza tanto por ser cool" --------------------------------
    rule("bullying:insult", "bullying", "pobrecito pobrecita pobre bendito bendita pauvre coitado "
         "coitada coitadinho coitadinha tadinho tadinha arme armer armen poverino poverina povero "
         "povera poveretto poveretta",
         r"\b(?:pobrecit[oa]|pobre|bendit[oa])\b[^.!?]{0,30}?\b(?:(?:se esfuerza|intenta|trata|se mata)"
         r" (?:tanto|mucho|demasiado) (?:por|para|en|de) (?:ser|parecer|hacerse el|hacerse la|caer bien|"
         r"encajar)(?: " + _TRAIT_ES + r")?|se (?:cree|piensa) (?:que es )?" + _TRAIT_ES + r")|"
         r"\b(?:le|la|les|mon|ma) pauvres?\b[^.!?]{0,30}?\b(?:(?:il|elle|ils|elles) (?:essaie|essaye|"
         r"essayent|essaient|se force|se forcent|fait|font) (?:tellement|trop|tant|si fort|tant "
         r"d'efforts|tellement d'efforts) (?:d'etre|pour etre|pour paraitre|de paraitre|pour avoir "
         r"l'air|pour faire) " + _TRAIT_FR + r"|(?:il|elle|ils|elles) se (?:croit|croient|prend pour|"
         r"prennent pour|pense) " + _TRAIT_FR + r")|"
         r"\b(?:coitad[oa]|coitadinh[oa]|tadinh[oa])\b[^.!?]{0,30}?\b(?:(?:ele |ela )?(?:se esforca|"
         r"tenta|se mata|forca) (?:tanto|muito|demais) (?:pra|para|em|pro) (?:ser|parecer|ficar) "
         + _TRAIT_PT + r"|(?:ele |ela )?se acha " + _TRAIT_PT + r")|"
         r"\b(?:der|die) (?:arme|armen|gute)\b[^.!?]{0,30}?\b(?:(?:er |sie )?(?:gibt sich|versucht|"
         r"bemuht sich) (?:so viel muhe|so sehr|echt so sehr|so krass|so)[^.!?]{0,15}?" + _TRAIT_DE
         + r"|(?:er |sie )?(?:halt|haltet) sich fur " + _TRAIT_DE + r")|"
         r"\b(?:poverin[oa]|poverett[oa]|povero|povera)\b[^.!?]{0,30}?\b(?:(?:si sforza|ci prova|prova|"
         r"cerca) (?:cosi tanto|tanto|troppo|davvero tanto|in tutti i modi) (?:di|a|per) (?:essere|"
         r"sembrare|fare il|fare la|fare) " + _TRAIT_IT + r"|si crede " + _TRAIT_IT + r")"),
]
