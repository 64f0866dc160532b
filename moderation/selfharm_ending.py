"""An ending wished, searched or announced, said in a few words: "i looked up how
to kill myself", "soon i won't be here anymore", "i want to hang myself", "i hope
i don't wake up tomorrow", "cutting is the only thing that helps", "i want my
life to be over" - and each language's short forms of the same six ideas.

Why they were missed: a second coverage matrix of short (3-8 word) disclosures
found the rules held only a third of them, and the learned scorer does not read
messages under six words, so a short disclosure is held by a rule or not at
all.  The existing rules knew "kill myself" after a want, "never wake up", "want
it all to end" and the reflexive cutting verbs, but not the search for a method,
hanging as the method, a departure said as "not here much longer", the hope of
not waking with a day named, self-injury named as what helps, or a life that
should be over.  The tables here add those forms (selfharm.py's first rules stay
as they are: hanging has everyday neighbours - "hanging myself upside down from
the bars", "me pendre à ton cou" - that the cutting verbs there do not).

What passes, and why:

* **searched**: the search must be for the writer's own death ("how to kill
  myself", "painless ways to die", "como matarme"); "how to kill a spider", "how
  plants die in winter", "ways to die in minecraft" name another object or a game.
* **not around**: a departure said as a sentence of its own - it opens the
  sentence (or follows a word of candour: "tbh", "honestly", "la verdad") and
  closes it; "i won't be here next week, holiday", "not at lunch today" name a
  time or a reason after it, "my phone is at 3%, soon i won't be here" a battery
  before it (`selfharm_ending_langs.OPEN`).
* **hang**: the reflexive forms only ("hang myself", "ahorcarme", "me pendre",
  "kendimi asmak", "gantung diri" wanted); hanging posters, hanging out, "pendre
  la crémaillère" pass.
* **hope not to wake**: a hope or wish with a negated waking and nothing after it
  but a day or "ever again"; "i hope i don't wake up late", "hope i wake up early",
  "no me quede dormido" (oversleeping) pass.
* **pain coping**: self-injury with no object as the subject of "helps" / "makes
  it stop"; "cutting the grass helps me relax", "hurting my knee made me stop
  running" have an object.
* **want it to end**: everything / my life as what should end; "this lesson",
  "the holidays" pass.

Three older rules held everyday neighbours of these lines and were narrowed
where they stood: selfharm.py's "hope i don't wake up" (not "... before my alarm",
"... with a headache"), its `_AWAY` reasons (a phone, a battery, "gotta go to
practice"), "want everything to end up ok"; signals_strong.py's "spero di non
svegliarmi" (not "... in ritardo").

All rules are `framed="generic"`: advice about someone else ("if a friend says
she googled how to kill herself...") is excused, a first-person sentence is not.
The other languages are in selfharm_ending_langs.py; tests in
tests/moderation/test_selfharm_ending.py.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_ending_langs import END
from .selfharm_ending_langs import RULES as _LANGS_RULES
from .selfharm_ending_langs import away_rule as _away
from .selfharm_ending_langs import ending_rule as _r

# END: the phrase closes its sentence (the phrase form drops commas: "i won't be here next
# week, holiday" reads "... here next week holiday", so a reason after it is not an end)
# an everyday reason for being away (a copy of selfharm.py's `_AWAY` words)
AWAY = (
    r"(?![^.!?]{0,60}\b(?:holidays?|vacation|trip|camp|moving|changing schools?|new school|visiting|"
    r"grandmas?|grandparents|exchange|vacaciones|viaje|mudo|mudanza|ferias|viagem|mudando|vacances|"
    r"demenage|urlaub|ziehen|umzug|vacanza|trasloco|vacanze)\b)"
)


_EN_SEARCH = (
    r"(?:looked up|look up|looking up|searched|searched up|search up|searching|googled|googling|"
    r"researched|researching|read up on|reading up on|been reading about|kept googling|keep googling|"
    r"was googling|am googling|looked into|looking into)"
)
_EN_METHOD = (
    r"(?:(?:how|ways|methods|the best way|the easiest way|the quickest way|the fastest way) (?:to|of) "
    r"(?:kill|killing|hang|hanging|end|ending) myself|how to (?:commit suicide|end my life|take my (?:own )?life|"
    r"overdose|die painlessly|die quickly|die in my sleep)|(?:painless|easy|quick|fast|quickest|easiest|"
    r"fastest|best) (?:ways|way|methods|method) (?:to|of) (?:die|dying|kill myself|commit suicide|end it)"
    r"|suicide methods|ways to commit suicide|how much [\w ]{1,20}? (?:to|would) (?:kill me|overdose|od))\b"
)

EN: list[Rule] = [
    _r("looked look looking searched search searching googled googling researched researching read "
       "reading kept keep", requires="myself die dying suicide overdose od kill", pattern=
       r"\b" + _EN_SEARCH + r" (?:on \w+ |online |again |last night |today )?" + _EN_METHOD),
    _away("here around gone", requires="not forever good", pattern=
       r"\b(?:i (?:will not|am not going to|am not gonna) be|i am not (?:going to be|gonna be)) (?:here|around) "
       r"(?:much longer|for much longer|for long|very long|for very long|long|any longer)" + END + AWAY + "|"
       r"\b(?:soon|one day soon|pretty soon|very soon) i (?:will not|am not going to|am not gonna) be (?:here|around)"
       r"(?: anymore| any more| any longer)?" + END + AWAY + "|"
       r"\bi (?:will not|am not going to) be (?:here|around) (?:anymore|any more) soon" + END + "|"
       r"\bi will be gone (?:forever|for good)" + END + AWAY),
    _r("hang hanging hanged", requires="myself self", pattern=
       r"\b(?:hang|hanging|hanged) (?:myself|my self)\b(?! (?:upside|from|off|on|by|over|up)\b)"),
    _r("hope hoping hopefully pray praying wish", requires="wake", pattern=
       r"\b(?:i (?:hope|am hoping|pray|wish)|hope|hopefully|praying|pray) (?:that )?i (?:do not|will not|never|"
       r"dont|wont|do not ever) (?:ever )?wake up(?: again| ever again| tomorrow| tomorrow morning| in the morning"
       r"| this time)?" + END),
    _r("cutting hurting harming burning self selfharm selfharming",
       requires="helps works calms makes gets keeps only help", pattern=
       r"\b(?<!hair )(?:cutting|cutting myself|hurting myself|harming myself|burning myself|self harm|"
       r"self harming|selfharm|selfharming) (?:is |was |seems )?(?:really |honestly |just |literally )?"
       r"(?:the only thing|the only way|the one thing|all|what|the only thing that ever) (?:that |which )?"
       r"(?:helps|works|calms me|makes it stop|makes the pain stop|gets me through|keeps me going)\b"
       r"(?! (?:some|many|most|them|people|him|her|those|teens|kids|others)\b)|"
       r"\b(?<!hair )(?:cutting|cutting myself|hurting myself|harming myself|self harm|self harming) "
       r"(?:really |actually |just |honestly |always )?(?:helps(?: me cope| me calm down)?|calms me down|"
       r"makes (?:it|the pain|everything) (?:stop|go away|quiet)|makes me feel (?:better|something|calm))"
       + END + r"|\bonly (?:cutting|hurting myself|self harm) (?:helps|works)\b"),
    _r("want wanna need wish", requires="life everything all", pattern=
       r"\b(?:want|wanna|need|wish)(?: for)? (?:it all|everything|all of it|all of this|my life|this life) (?:all )?"
       r"to (?:just |finally )?(?:end|stop|be over)\b(?! (?!hurting\b)\w+ing\b| well\b| up\b)|"
       r"\bwish (?:my life|it all|everything) (?:was|were|would be) over\b"),
]

ES: list[Rule] = [
    _r("busque buscaba buscando busco googlee investigue",
       r"\b(?:busque|buscaba|estuve buscando|estoy buscando|busco|googlee|investigue) (?:en \w+ )?"
       r"(?:como (?:matarme|suicidarme|ahorcarme|quitarme la vida|morir sin dolor|morirme)|(?:formas|maneras|"
       r"metodos) (?:de|para) (?:morir|matarme|suicidarme|quitarme la vida|morirme)(?! (?:en|de) ))"),
    _away("estar estare", requires="pronto poco tiempo", pattern=
       r"\b(?:pronto|dentro de poco|en poco tiempo|muy pronto) (?:ya )?no (?:voy a estar|estare)(?: mas)?"
       r"(?: aqui| aca)?(?: mas)?" + END + "|"
       r"\bno (?:voy a estar|estare|voy a seguir) (?:aqui |aca )?(?:mucho|por mucho) (?:mas )?tiempo(?: mas)?"
       + END + AWAY),
    _r("ahorcarme ahorcar colgarme",
       r"\bahorcarme\b|\bme (?:quiero|voy a) ahorcar\b|\bcolgarme(?= ?[.!?]| ?$| ya| hoy| esta noche| de (?:una|un"
       r"|la|el) (?:viga|arbol|cuerda|soga|techo|ventilador))"),
    _r("ojala despertar despierte",
       r"\bojala (?:ya )?no (?:despertar|despierte|me despierte|vuelva a despertar)(?: nunca mas| mas| nunca|"
       r" manana)?" + END),
    _r("vida acabe termine acabara terminara",
       r"\b(?:quiero|quisiera|ojala|necesito) (?:que )?(?:mi vida|esta vida|ya todo|todo esto) (?:se )?(?:acabe|"
       r"termine|acabara|terminara)(?: ya)?\b(?! bien)|"
       r"\b(?:quiero|quisiera|ojala) (?:que )?se (?:acabe|termine) (?:ya )?(?:todo|mi vida)" + END),
]

PT: list[Rule] = [
    _r("pesquisei procurei pesquisando procurando googlei busquei",
       r"\b(?:pesquisei|procurei|to pesquisando|estou pesquisando|fiquei pesquisando|googlei|busquei) "
       r"(?:no \w+ )?(?:como (?:me matar|me suicidar|me enforcar|morrer sem dor|tirar minha vida)|(?:jeitos|"
       r"formas|maneiras|metodos) de (?:morrer|me matar|me suicidar)(?! (?:no|na|de) ))"),
    _away("estar estarei ficar", requires="logo pouco breve ja tempo", pattern=
       r"\b(?:logo|daqui a pouco|em breve|ja ja) (?:eu )?nao (?:vou estar|estarei|vou ficar) (?:mais )?"
       r"(?:aqui)?(?: mais)?" + END + "|"
       r"\bnao (?:vou estar|estarei|vou ficar) (?:aqui |mais aqui )?(?:por )?muito (?:mais )?tempo" + END + AWAY),
    _r("enforcar enforco",
       r"\bme enforcar\b|\bme enforco\b|\benforcar-me\b"),
    _r("espero queria tomara acordar",
       r"\b(?:espero|queria|tomara que|so queria) (?:nunca mais|nao|nao mais) (?:acordar|acorde)(?: amanha| mais"
       r"| nunca mais)?" + END),
    _r("vida acabe termine acabasse",
       r"\b(?:quero|queria|so quero|espero) (?:que )?(?:minha vida|a minha vida|essa vida|tudo isso) (?:acabe|"
       r"termine|acabasse|terminasse)\b(?! bem)"),
]

FR: list[Rule] = [
    _r("jai cherche google googler regarde",
       r"\b(?:j'ai|jai|j ai) (?:cherche|google|googler|regarde|recherche) (?:sur \w+ )?(?:comment (?:me tuer|me "
       r"suicider|me pendre|mourir sans|en finir)|(?:des |les )?(?:facons|moyens|manieres|methodes) de (?:mourir|"
       r"me tuer|me suicider)(?! (?:dans|de) ))"),
    _away("serai", requires="plus", pattern=
       r"\b(?:bientot|dans pas longtemps|tres bientot) je (?:ne )?serai (?:plus|bientot plus) la" + END + "|"
       r"\bje (?:ne )?serai (?:bientot )?plus la (?:pour |tres )?(?:longtemps|bientot)" + END + "|"
       r"\bje (?:ne )?serai bientot plus la" + END),
    _r("pendre pends",
       r"\bme pendre\b(?! (?:a|au) (?:ton |son |votre |leur )?cou)|\bje me pends\b"),
    _r("espere jespere pourvu reveiller reveille reveillerai",
       r"\b(?:j'espere|jespere|j espere|pourvu|si seulement) (?:que )?(?:(?:ne )?(?:pas|plus|jamais|plus jamais) "
       r"me reveiller|je (?:ne )?me reveille(?:rai|rais)? (?:pas|plus|jamais|plus jamais))"
       r"(?: demain| demain matin)?" + END),
    _r("couper scarifier mal bruler blesser scarification",
       r"\b(?:me couper|me scarifier|me faire du mal|me bruler|me blesser|la scarification|me mutiler) (?:c'est |"
       r"cest |c est |ca |est )?(?:(?:la seule chose|le seul truc|la seule solution|la seule facon|ce) (?:qui|que) )?"
       r"(?:m'aide|maide|m aide|me soulage|me calme|marche|fait tout arreter|me fait du bien)\b"),
    _r("vie finie fini",
       r"\b(?:je veux|j'aimerais|jaimerais|je voudrais|vivement) (?:que )?(?:ma vie|cette vie) (?:soit finie|soit "
       r"terminee|se termine|s'arrete|s arrete|finisse)\b(?! bien)"),
]

DE: list[Rule] = [
    _r("gegoogelt gegoogled gesucht recherchiert nachgeschaut googeln gegoogelt",
       r"\b(?:gegoogelt|gegoogled|gesucht|recherchiert|nachgeschaut|gegooglet) (?:\w+ ){0,2}?wie (?:ich mich|man sich) "
       r"(?:\w+ )?(?:umbringen|umbringe|umbringt|toeten|tote|totet|erhangen|erhangt|aufhangen|aufhangt)\b|"
       r"\b(?:schmerzlosen?|schnellen?|einfachen?) (?:wegen?|methoden?|arten) (?:zu sterben|mich umzubringen|sich "
       r"umzubringen)\b(?= (?:\w+ )?(?:gesucht|gegoogelt|gegoogled|recherchiert|gesucht))|"
       r"\b(?:gesucht|gegoogelt|gegoogled|recherchiert|suche) (?:nach )?(?:schmerzlosen?|schnellen?|einfachen?) "
       r"(?:wegen?|methoden?|arten) (?:zu sterben|mich umzubringen)\b"),
    _away("da hier", requires="bald lange demnachst", pattern=
       r"\b(?:bald|schon bald|demnachst|nicht mehr lange und) bin ich nicht mehr (?:da|hier)" + END + "|"
       r"\bich bin (?:bald )?nicht mehr lange (?:da|hier)" + END + AWAY + "|"
       r"\bich bin bald nicht mehr (?:da|hier)" + END),
    _r("aufhangen aufhaengen aufzuhangen aufzuhaengen erhangen erhaengen aufknupfen hang hange haeng haenge",
       r"\bmich (?:\w+ )?(?:aufhangen|aufhaengen|aufzuhangen|aufzuhaengen|erhangen|erhaengen|aufknupfen)\b|"
       r"\b(?:hang|hange|haeng|haenge) mich auf" + END),
    _r("hoffe hoffentlich wunschte aufwachen",
       r"\b(?:hoffe|hoffentlich|ich hoffe|ich wunschte)(?: dass)? (?:ich wach|ich wache|wach ich|wache ich) "
       r"(?:morgen |einfach |dann )?"
       r"(?:nicht|nie|nie wieder|nicht mehr|nie mehr) (?:mehr )?auf\b|"
       r"\b(?:will|mochte|wunschte|hoffe)[^.!?]{0,20}? (?:nie wieder|nie mehr|nicht mehr) aufwachen\b"),
    _r("ritzen verletzen weh wehtun",
       r"\b(?:das ritzen|ritzen|mich ritzen|mich zu ritzen|mich zu verletzen|mich verletzen|mir weh zu tun|mir "
       r"wehtun|mir weh tun) (?:ist (?:das einzige|alles) (?:was|das) (?:mir )?(?:hilft|funktioniert)|hilft "
       r"(?:mir )?(?:als einziges|immer|wirklich|echt)|macht dass es aufhort|macht dass es aufhoert|beruhigt "
       r"mich|lasst es aufhoren)\b"),
    _r("leben vorbei",
       r"\b(?:ich will|ich mochte|ich wunschte|will) (?:einfach |nur )?(?:dass )?mein leben (?:endlich |einfach )?"
       r"(?:vorbei ist|vorbei ware|zu ende ist|endet|aufhort)\b|\bich wunschte mein leben ware vorbei\b"),
]

IT: list[Rule] = [
    _r("cercato cercavo cercando googlato",
       r"\b(?:ho cercato|cercavo|sto cercando|ho googlato) (?:su \w+ )?(?:come (?:uccidermi|ammazzarmi|suicidarmi|"
       r"impiccarmi|morire senza)|(?:modi|metodi|il modo) (?:per|di) (?:morire|uccidermi|ammazzarmi|suicidarmi)"
       r"(?! (?:in|nel|su) ))"),
    _away("saro molto",
       r"\b(?:presto|tra poco|fra poco|a breve|tra un po) non ci saro piu" + END + "|"
       r"\bnon ci saro (?:ancora )?(?:per )?(?:molto|tanto)(?: tempo| ancora)?" + END + AWAY),
    _r("impiccarmi impicco impiccare",
       r"\bimpiccarmi\b|\bmi impicco\b|\bmi (?:voglio|vorrei) impiccare\b"),
    _r("spero svegliarmi",
       r"\bspero (?:solo |proprio )?di non svegliarmi(?: piu| mai piu| domani)?" + END),
    _r("tagliarmi ferirmi male autolesionismo",
       r"\b(?:tagliarmi|farmi del male|ferirmi|autolesionarmi|bruciarmi|l'autolesionismo) (?:e )?(?:l'unica "
       r"cosa|l unica cosa|la sola cosa|l'unico modo|unica cosa) (?:che |per )?(?:mi )?(?:aiuta|funziona|fa stare "
       r"meglio|calma|fa smettere)\b|"
       r"\b(?:tagliarmi|farmi del male|ferirmi) (?:mi )?(?:aiuta|calma|fa stare meglio|fa sentire meglio)\b"),
    _r("finisca finisse finito",
       r"\b(?:voglio|vorrei|spero) (?:solo |solamente )?che (?:finisca tutto|finisse tutto|tutto finisca|tutto "
       r"finisse|la mia vita finisca|"
       r"la mia vita finisse|finisca la mia vita|tutto questo finisca|finisca tutto questo|si fermi tutto|sia tutto "
       r"finito)\b(?! bene)"),
]

RULES: list[Rule] = EN + ES + PT + FR + DE + IT + _LANGS_RULES
