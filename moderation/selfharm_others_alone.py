"""Someone else who says they will end their life, and is alone or cut off
now (session 17): "mio fratello dice che si vuole uccidere e si è chiuso in
bagno", "meu irmao ta falando q vai se enforcar, ta trancado no quarto e
ninguem ta em casa", "أختي قفلت على نفسها الحمام وتقول بتجرح نفسها الحين",
"друг написал что сегодня ночью всё закончит и отключил телефон".

Why: a child who tells that a brother, a friend or a boyfriend has just said
he will kill, hang, cut or hurt himself, and that he has locked himself in
or is alone with nobody at home, or switched his phone off right after, is
telling of someone at risk *now*: a moderator must see it.  The sibling
class (`selfharm_others_acute_base.py`) holds an act under way (pills
swallowed, a deep cut, a roof) or a stated intent *with a time* ("tonight");
the intent without a time, with the isolation that makes it urgent, passed
in most languages.

How: one rule per language (`self_harm:others_acute`, `framed="generic"`,
the name a training script reads), three parts after one another:

* **the person**, the tables of the sibling class (`_WHO_*`, `_WHO_MORE_*`:
  my friend, sister, brother, cousin, classmate, boyfriend, "a girl in my
  class", "she just texted me"), with a conditional or a past right before
  it ruled out there;
* **the stated intent**, said of himself or herself, within about 20 words
  of the person: will / wants to / is going to kill, hang, cut, hurt
  himself, wants to die, will end it all, commit suicide, "ending
  everything tonight"; a reflexive is required ("se va a matar", "si vuole
  uccidere", "bringt sich um", "убьёт себя", "kendini öldürecek",
  "بيقتل نفسه", "khud ko maar lega"), so "he'll kill *me*" is not read;
* **the isolation**, before or after the intent (up to about 20 words
  between them): locked or shut in (a bathroom, a room), alone at home,
  nobody at home or the parents out, the phone switched off or offline,
  not answering or not opening the door (the sibling class's silences,
  `_UNREACH_*`, are reused).

The match starts at the person, so the help-seeking frame (a friend named
*before* the match) leaves it alone; the generic frame excuses a topic with
no first person ("what to do if a friend says ...").

What passes, and why: a guard anywhere in about 55 words after the person
rules the match out - the sibling class's guards (`_GUARD_*`: a past that is
over and recovery, fiction, games and series, a lesson, accidents) and this
class's own (`_JOKE_*`): laughter and kidding ("lol", "jaja", "kkk", "ахах",
"wkwk", "ههه"), dying of boredom or laughter, "if he loses the match", and
an everyday reason for silence (a dead battery, no signal, a phone taken
away).  The intent alone ("my brother says he's going to kill himself") is
not this rule's question; an everyday lock-in (make-up, a game, sulking) or
a phone off for the battery has no intent and is not read.  (Older rules
still hold a few such lines by themselves - the intent-alone rule holds "my
brother says he'll kill himself if he loses the match lol", the sibling
class "wants to die of shame" with a locked door in es pt fr ru pl tr ar;
`tests/moderation/test_selfharm_others_alone.py` lists them.)

Tables: en es pt fr it de here, ru pl tr id ar (Arabic script and Arabizi)
hi (Devanagari and Hinglish) zh in `selfharm_others_alone_langs.py`.
Patterns run on the phrase form (accents stripped, "y" read "why", German
"im" read "i am", Russian "й" as "и", Arabic letter variants folded);
Devanagari and Arabic parts carry their own edges; Chinese runs on the
normalised text.
"""

from __future__ import annotations

from .packs.ar import az
from .packs.zh import zrule
from .rule_heads import with_stems, with_texts, zh_spellings
from .rules import Rule, rule
from .selfharm_others_acute import (
    _GUARD_DE,
    _GUARD_EN,
    _TRIG_DE,
    _TRIG_EN,
    _UNREACH_DE,
    _UNREACH_EN,
    _UNREACH_MORE_DE,
    _UNREACH_MORE_EN,
    _WHO_DE,
    _WHO_EN,
    _WHO_MORE_DE,
    _WHO_MORE_EN,
)
from .selfharm_others_acute_base import _NB
from .selfharm_others_acute_iberian import (
    _GUARD_ES,
    _GUARD_PT,
    _TRIG_ES,
    _TRIG_PT,
    _UNREACH_ES,
    _UNREACH_MORE_ES,
    _UNREACH_MORE_PT,
    _UNREACH_PT,
    _WHO_ES,
    _WHO_MORE_ES,
    _WHO_MORE_PT,
    _WHO_PT,
)
from .selfharm_others_acute_romance import (
    _GUARD_FR,
    _GUARD_IT,
    _TRIG_FR,
    _TRIG_IT,
    _UNREACH_FR,
    _UNREACH_IT,
    _UNREACH_MORE_FR,
    _UNREACH_MORE_IT,
    _WHO_FR,
    _WHO_IT,
    _WHO_MORE_FR,
    _WHO_MORE_IT,
)
from .selfharm_others_alone_langs import AR_SCRIPT, ARABIZI, DEVA, SPACED, ZH, Table


def _alone(who: str, guard: str, intent: str, iso: str, b: str = r"\b", pre: str = "",
           end: str = r"\b", spaced: bool = True) -> str:
    """The person, then the intent and the isolation in either order, with no
    guard in the words after the person.  `b`: the boundary before each part
    ("(?<!\\S)" for Arabic and Devanagari, "" for Chinese), `end` the one
    after the person, `pre` an optional clitic before each part (Arabic "و",
    "ف").  Spaced text is crossed a word at a time (about 20 words to the first
    part, 20 between the parts, 55 for a guard)."""
    if spaced:
        gap, far, rest = r" (?:\S+ ){0,20}?", r"\S* (?:\S+ ){0,20}?", r" (?:\S+ ){0,55}?"
    else:
        gap, far, rest = ".{0,40}?", ".{0,50}?", ".{0,150}?"
    body = (rf"(?:{gap}{b}{pre}(?:{intent}){far}{b}{pre}(?:{iso})"
            rf"|{gap}{b}{pre}(?:{iso}){far}{b}{pre}(?:{intent}))")
    # the guard (a long scan) only once the rest has matched
    return rf"{b}(?:{who}){end}(?={body})(?!{rest}{b}(?:{guard})){body}"


def _spaced(triggers: str, stems: str, who: str, guard: str, intent: str, iso: str,
            b: str = r"\b", pre: str = "", end: str = r"\b") -> Rule:
    """The rule of one language: the sibling class's name, the generic frame
    only, and skipped unless the message holds a stem of the intent."""
    return with_stems(rule("self_harm:others_acute", "self_harm", triggers,
                           _alone(who, guard, intent, iso, b=b, pre=pre, end=end), framed="generic"), stems)


# -- en ----------------------------------------------------------------------------------------
_WILL_EN = (
    r"(?:is |are )?(?:going to|gonna|about to|trying to|planning to|ready to)|wants? to|wanted to|wanna|"
    r"will|would|(?:she|he|they)'(?:ll|d)|plans to|threatens to|threatened to|threatening to|decided to|"
    r"is gonna"
)
_SELF_EN = r"herself|himself|themselves|themself"
_INTENT_EN = (
    r"(?:" + _WILL_EN + r") (?:\S+ )?(?:kill|hang|unalive|off) (?:" + _SELF_EN + r")\b|"
    # hurting or cutting oneself wished, threatened or said, not foreseen ("he'll hurt himself on that bike")
    r"(?:wants? to|wanted to|wanna|plans to|planning to|decided to|trying to|threatens to|threatened to|"
    r"threatening to) (?:\S+ )?(?:hurt|cut|harm|stab|shoot|poison|drown|starve) (?:" + _SELF_EN + r")\b|"
    r"(?:says|said|saying|texted|told (?:me|us)|wrote|messaged (?:me|us)) (?:that )?(?:she|he|they)(?:'ll|'d| "
    r"will| would|(?:'s|'re| is| are| was| were) (?:going to|gonna|about to)) (?:\S+ )?(?:hurt|cut|harm|stab|"
    r"shoot|poison|drown|starve) (?:" + _SELF_EN + r")\b|"
    r"(?:" + _WILL_EN + r") (?:\S+ )?(?:end it all|end (?:her|his|their) (?:own )?life|end everything|"
    r"take (?:her|his|their) (?:own )?life|commit suicide|do something to (?:" + _SELF_EN + r"))\b|"
    r"(?:wants? to|wanted to|wanna) (?:\S+ )?(?:die|be dead|not be alive)\b|"
    r"(?:end|ending) it (?:all )?(?:tonight|today|right now)\b|"
    r"(?:is|she's|he's|they're|was) (?:killing|hanging|cutting|hurting) (?:" + _SELF_EN + r") "
    r"(?:tonight|today|now|right now)\b|(?:is|she's|he's|they're|was|feels) (?:really |so |very )?suicidal\b|"
    r"(?:does not|doesn't|do not|don't) want to (?:live|be alive|be here|exist) (?:anymore|any more)\b|"
    # the words quoted: "he said i'm going to kill myself"
    r"(?:said|says|texted|wrote|told|keeps saying|messaged)(?: me| us)?(?: that)?(?: \")? (?:i am|i will|"
    r"i'll|imma|ima) (?:going to |gonna )?(?:kill myself|hang myself|cut myself|hurt myself|end it all|"
    r"end my life)\b"
)
_ISO_EN = (
    r"(?:locked|shut|barricaded) (?:" + _SELF_EN + r") (?:in|inside|into)\b|"
    r"(?:is|she's|he's|they're|are|was|got|been) (?:\S+ )?(?:locked|shut) (?:in|inside)\b|"
    r"locked (?:the|her|his|their) (?:\S+ )?door\b|"
    r"(?:is|she's|he's|they're|are|was|been|stays?|staying) (?:(?!not |never )\S+ ){0,2}?(?:home alone|alone at "
    r"home|all alone|alone)\b|home alone\b|"
    r"(?:no one|nobody|noone) (?:else )?(?:is )?(?:at home|home|there|in the house|with (?:her|him|them))\b|"
    r"(?:my|our|her|his|their) (?:parents|mum|mom|dad|mum and dad|mom and dad|family|folks) (?:are|is|"
    r"'re|went|have gone) (?:not )?(?:out|away|not home|not there|at work|out of town)\b|"
    r"(?:turned|switched|shut) (?:off )?(?:her|his|their) (?:phone|cell|mobile)(?: off)?\b|"
    r"(?:went|is|has gone|go) (?:\S+ )?offline\b|" + _UNREACH_EN + "|" + _UNREACH_MORE_EN
)
# laughter and kidding, dying of boredom, a match lost; an everyday reason for silence
_JOKE_EN = (
    r"lol|lmao|lmfao|rofl|haha\w*|hehe\w*|xd|jk|of boredom|bored|of embarrassment|(?:die|dying|died) of|"
    r"if (?:she|he|they|we) (?:loses?|lost)|if (?:she|he|they) (?:has|had|have) to|the match|hair|"
    r"(?:working|studying|training) so hard|(?:kill|killing) (?:herself|himself|themselves) (?:working|studying|"
    r"training|at work)|dead battery|(?:her|his|their) battery|charging|"
    r"no signal|no wifi|grounded|took (?:her|his|their) phone|confiscated"
)
_STEMS_EN = (
    "kill|hang|hurt|cut|harm|stab|shoot|poison|drown|unalive|starve|off |end it|ending it|end her|end his|"
    "end their|end everything|end my|life|suicid|something to|die|dead|alive|live|be here|exist"
)

# -- es ("y" reads "why") ---------------------------------------------------------------------
_VERB_ES = (
    r"matar|suicidar|ahorcar|colgar|cortar(?! (?:el|la|los|las|un|una) )|lastimar|quitar la vida|hacer dano|rajar"
)
_INTENT_ES = (
    r"se (?:va|iba|vaya) a (?:" + _VERB_ES + r")\b|se (?:quiere|queria|piensa|pensaba) (?:" + _VERB_ES + r"|morir)\b|"
    r"(?:va a|iba a|quiere|queria|piensa|planea|amenaza con|amenazo con|esta por|esta a punto de) "
    r"(?:matarse|suicidarse|ahorcarse|colgarse|cortarse|lastimarse|hacerse dano|quitarse la vida|"
    r"acabar con (?:todo|su vida))\b|(?:quiere|queria) morir(?:se)?\b|"
    r"(?:dice|dijo|escribio|puso|mando|que) (?:que )?se (?:mata|suicida|ahorca|cuelga|corta)\b(?! (?:el|la|"
    r"las|los) )|(?:dice|dijo|escribio|mando) que (?:me voy a|me quiero) (?:matar|suicidar|ahorcar|"
    r"morir)\b|(?:esta noche|hoy) (?:\S+ )?(?:acaba|termina) con todo\b"
)
_ISO_ES = (
    r"(?:se encerro|se ha encerrado|se encierra|esta encerrad[oa]|sigue encerrad[oa]|encerrad[oa] en|"
    r"se atranco|se tranco|cerro (?:la puerta )?con (?:llave|seguro|pestillo))\b|"
    r"(?:esta|se quedo|quedo) (?:\S+ )?sol[oa] (?:en (?:casa|su cuarto)|ahora)\b|sol[oa] en (?:la |su )?casa\b|"
    r"(?:no hay nadie|nadie esta|no esta nadie) (?:\S+ )?(?:en (?:la )?casa|con (?:ella|el))\b|"
    r"(?:mis|sus|los) (?:papas|padres|papis|jefes) (?:\S+ )?(?:no (?:estan|esta)|salieron|se fueron|estan "
    r"fuera)\b|no estan (?:mis|sus) (?:papas|padres)\b|"
    r"apago (?:el|su) (?:celular|movil|telefono|cel)\b|" + _UNREACH_ES + "|" + _UNREACH_MORE_ES
)
_JOKE_ES = (
    r"jaja\w*|jeje\w*|jsjs\w*|xd|lol|es broma|de broma|bromeando|de aburrimiento|de la risa|de risa|"
    r"de verguenza|de hambre|de sueno|de calor|de frio|de miedo|de envidia|trabajando|a trabajar|estudiando|"
    r"de trabajo|si pierde|el partido|sin bateria|se quedo sin pila|le quitaron el (?:movil|celular|telefono)|"
    r"castigad[oa]"
)
_STEMS_ES = "matar|suicid|ahorcar|colgar|cortar|lastimar|morir|quitar|dano|rajar|mata|ahorca|cuelga|corta|todo"

# -- pt ----------------------------------------------------------------------------------------
_INTENT_PT = (
    r"(?:vai|ia|quer|queria|pensa em|ameaca|ameacou|vai tentar|tentar|disse que vai|falou que vai) se "
    r"(?:matar|suicidar|enforcar|cortar(?! (?:o|a|os|as|um|uma) )|machucar|ferir|mutilar)\b|"
    r"(?:quer|queria) morrer\b|(?:vai|quer|queria|ia) (?:acabar com (?:tudo|a (?:propria )?vida|a vida dela|"
    r"a vida dele)|"
    r"tirar a (?:propria )?vida)\b|"
    r"(?:vou|vo) me (?:matar|enforcar|cortar|suicidar)\b|(?:hoje|essa noite|esta noite) (?:\S+ )?(?:acaba|"
    r"termina) com tudo\b"
)
_ISO_PT = (
    r"(?:se trancou|se tranca|(?:ta|esta|tá|ficou) trancad[oa]|trancou a porta|se fechou (?:no|na)|trancad[oa] "
    r"(?:no|na))\b|(?:ta|esta|ficou|fica) (?:\S+ )?sozinh[oa]\b|sozinh[oa] em casa\b|"
    r"ninguem (?:\S+ )?(?:ta|esta|fica) em casa\b|(?:nao|n) (?:tem|ha) ninguem (?:em casa|com (?:ela|ele))\b|"
    r"(?:meus|seus|os) pais (?:\S+ )?(?:nao (?:estao|tao)|sairam|viajaram|(?:estao|tao) fora)\b|"
    r"desligou o (?:celular|telefone|cel|zap)\b|(?:celular|telefone|cel) (?:\S+ )?desligado\b|"
    r"(?:ta|esta|ficou) offline\b|" + _UNREACH_PT + "|" + _UNREACH_MORE_PT
)
_JOKE_PT = (
    r"kkk\w*|rsrs\w*|haha\w*|hehe\w*|lol|zoeira|brincadeira|brincando|de tedio|de vergonha|de rir|de fome|de sono|"
    r"de calor|de frio|de medo|de trabalhar|de estudar|trabalhando|se perder|"
    r"a partida|sem bateria|bateria|castigad[oa]|tomaram o celular"
)
_STEMS_PT = "matar|suicid|enforcar|cortar|machucar|ferir|mutilar|morrer|acabar|tirar a|tudo"

# -- fr ----------------------------------------------------------------------------------------
_VERB_FR = (
    r"tuer|suicider|pendre|couper(?! (?:les|la|le|l'|un|une|des|ses|sa|son) )|scarifier|faire du mal|"
    r"foutre en l'air|ouvrir les veines|mutiler"
)
_INTENT_FR = (
    r"(?:va|allait|veut|voulait|vas|compte|menace de|essaie de|essayer de|pense a) se (?:" + _VERB_FR + r")\b|"
    r"(?:veut|voulait) mourir\b|(?:veut|voulait|va|allait) (?:en finir|mettre fin a (?:ses jours|sa vie))\b|"
    r"(?:se|s') (?:tue|suicide|pend)\b (?:\S+ )?(?:ce soir|cette nuit|maintenant)\b|"
    r"(?:ce soir|cette nuit) (?:\S+ )?(?:va )?en finir\b|(?:dit|a dit|ecrit|a ecrit) (?:que )?(?:je vais|"
    r"j'vais) me (?:tuer|pendre|suicider)\b"
)
_ISO_FR = (
    r"(?:s'est|se sont|s'etait|est|reste|s') enferm\w+|s'enferme\b|(?:ferme|a ferme) (?:la porte )?a cle\b|"
    r"(?:est|reste) (?:tout |toute )?seule?s? (?:a la maison|chez (?:elle|lui)|dans sa chambre)?\b|"
    r"seule? a la maison\b|(?:personne|y a personne|il y a personne|il n'y a personne) (?:\S+ )?(?:a la "
    r"maison|chez (?:elle|lui|nous)|avec (?:elle|lui))\b|(?:mes|ses|nos) parents (?:\S+ )?(?:sont (?:pas|"
    r"plus) la|ne sont pas la|sont partis|sont sortis|sont absents|sont au travail)\b|"
    r"a (?:eteint|coupe) son (?:tel|telephone|portable)\b|(?:ouvre|n'ouvre|veut pas ouvrir) (?:pas )?"
    r"(?:la )?porte\b|" + _UNREACH_FR + "|" + _UNREACH_MORE_FR
)
_JOKE_FR = (
    r"mdr|ptdr|lol|haha\w*|xd|pour rire|il rigole|elle rigole|blague|d'ennui|de rire|de honte|de faim|de chaud|"
    r"de froid|de peur|au travail|a la tache|au boulot|a bosser|s'il perd|"
    r"si elle perd|le match|batterie|plus de reseau|prive de (?:tel|telephone|portable)"
)
_STEMS_FR = "tuer|tue|suicid|pendre|pend|couper|scarifier|mal|foutre|veines|mutiler|mourir|finir|fin a"

# -- it ----------------------------------------------------------------------------------------
_INTENT_IT = (
    r"si (?:vuole|vorrebbe|vuol|va a|sta per|vorra) (?:ammazzare|uccidere|impiccare|tagliare(?! (?:i|la|le|il|lo|"
    r"un|una) )|suicidare|"
    r"fare del male|buttare)\b|(?:vuole|va a|sta per|minaccia di|pensa di|vorrebbe) (?:ammazzarsi|uccidersi|"
    r"impiccarsi|tagliarsi|suicidarsi|farsi del male|buttarsi|farla finita|togliersi la vita)\b|"
    r"(?:vuole|vorrebbe|voleva) morire\b|"
    r"(?:dice|ha detto|scrive|ha scritto|detto) che si (?:ammazza|uccide|impicca|suicida|taglia)\b(?! (?:i|"
    r"la|le|il|lo) )|(?:stanotte|stasera|oggi) la fa finita\b"
)
_ISO_IT = (
    r"(?:si e|e|sta) chius[oa] (?:a chiave )?(?:in|nel|nella|dentro|a chiave)\b|si e chius[oa]\b|"
    r"chius[oa] a chiave\b|si chiude (?:in|nel|nella|dentro)\b|"
    r"(?:e|sta|rimast[oa]|resta) (?:tutt[oa] )?sol[oa] (?:a|in) casa\b|a casa da sol[oa]\b|"
    r"(?:non c'e nessuno|nessuno) (?:\S+ )?(?:a|in) casa\b|(?:i miei|i suoi|i genitori) (?:\S+ )?(?:non "
    r"(?:ci )?sono|sono (?:fuori|via|usciti)|usciti)\b|ha spento (?:il )?(?:telefono|cellulare|cell)\b|"
    + _UNREACH_IT + "|" + _UNREACH_MORE_IT
)
_JOKE_IT = (
    r"ahah\w*|haha\w*|lol|xd|scherza\w*|per scherzo|di noia|dal ridere|di vergogna|di fame|di caldo|di freddo|"
    r"di paura|di lavoro|di studio|di fatica|a lavorare|a studiare|se perde|la partita|"
    r"batteria|senza campo|in punizione|gli hanno tolto|le hanno tolto|capelli|frangia|unghie"
)
_STEMS_IT = "ammazz|uccid|impicc|taglia|suicid|male|butta|finita|morire|togliersi"

# -- de ("im" reads "i am") --------------------------------------------------------------------
_INTENT_DE = (
    r"sich (?:\S+ ){0,3}?(?<!nicht )(?<!kein )(?:umbringen|umzubringen|das leben (?:nehmen|zu nehmen)|ritzen|aufhangen|"
    r"erhangen|verletzen|(?:was|etwas) an(?:tun|zutun)|toten|erschiessen)\b|"
    r"(?:bringt|bringe|bring) sich (?:\S+ ){0,3}?um\b|(?:erhangt|hangt) sich\b|(?:tut|tue) sich (?:\S+ )?"
    r"(?:was|etwas) an\b|(?:sterben|tot sein) (?:will|wolle|mochte|wollte)\b|(?:will|wolle|mochte) (?:\S+ )?"
    r"(?:sterben|tot sein)\b|(?:ritzt|schneidet) sich\b|(?:heute nacht|heute) (?:\S+ ){0,2}?(?:alles )?"
    r"beenden\b"
)
_ISO_DE = (
    r"(?:hat sich|sich) (?:\S+ ){0,4}?(?:eingeschlossen|eingesperrt|verbarrikadiert)\b|schliesst sich "
    r"(?:\S+ ){0,3}?ein\b|(?:ist|sind) (?:\S+ )?(?:eingeschlossen|eingesperrt)\b|"
    r"(?:ganz )?allein(?:e)? (?:zu ?hause|daheim|i am zimmer)\b|(?:ist|bin) (?:gerade |jetzt |ganz )?allein\b|"
    r"(?:niemand|keiner) (?:\S+ )?(?:zu ?hause|daheim|bei (?:ihr|ihm))\b|(?:meine|unsere|ihre|seine) eltern "
    r"(?:sind )?(?:nicht (?:da|zu ?hause|daheim)|weg|unterwegs|arbeiten)\b|(?:handy|telefon) (?:\S+ )?"
    r"(?:ausgeschaltet|ausgemacht)\b|macht (?:\S+ )?(?:die )?tur nicht auf\b|" + _UNREACH_DE + "|" + _UNREACH_MORE_DE
)
_JOKE_DE = (
    r"lol|haha\w*|xd|spass|witz|scherz\w*|vor langeweile|vor lachen|vor scham|vor hunger|haare|nagel|pony|"
    r"arbeitet sich|zu tode (?:arbeiten|lernen)|wenn (?:er|sie) verliert|"
    r"das spiel|akku|kein netz|hausarrest|handy weggenommen"
)
_STEMS_DE = (
    "umbring|umzubring|leben|ritz|aufhang|erhang|hangt|verletz|tun|tut|tue|toten|erschiess|bring|sterben|tot|"
    "beenden|schneidet"
)

RULES: list[Rule] = [
    _spaced(_TRIG_EN, _STEMS_EN, f"{_WHO_EN}|{_WHO_MORE_EN}", f"{_GUARD_EN}|{_JOKE_EN}", _INTENT_EN, _ISO_EN),
    _spaced(_TRIG_ES, _STEMS_ES, f"{_WHO_ES}|{_WHO_MORE_ES}", f"{_GUARD_ES}|{_JOKE_ES}", _INTENT_ES, _ISO_ES),
    _spaced(_TRIG_PT, _STEMS_PT, f"{_WHO_PT}|{_WHO_MORE_PT}", f"{_GUARD_PT}|{_JOKE_PT}", _INTENT_PT, _ISO_PT),
    _spaced(_TRIG_FR, _STEMS_FR, f"{_WHO_FR}|{_WHO_MORE_FR}", f"{_GUARD_FR}|{_JOKE_FR}", _INTENT_FR, _ISO_FR),
    _spaced(_TRIG_IT, _STEMS_IT, f"{_WHO_IT}|{_WHO_MORE_IT}", f"{_GUARD_IT}|{_JOKE_IT}", _INTENT_IT, _ISO_IT),
    _spaced(_TRIG_DE, _STEMS_DE, f"{_WHO_DE}|{_WHO_MORE_DE}", f"{_GUARD_DE}|{_JOKE_DE}", _INTENT_DE, _ISO_DE),
]


def _from_table(table: Table, b: str = r"\b", pre: str = "", end: str = r"\b") -> list[Rule]:
    """The rules of a table of spaced languages (`b`, `pre`, `end`: see `_alone`)."""
    return [_spaced(trig, stems, who, guard, intent, iso, b=b, pre=pre, end=end)
            for trig, stems, who, guard, intent, iso in table.values()]


RULES += _from_table(SPACED)
# Arabic script and Devanagari: vowel signs are no word characters, so the edges are spaces
RULES += _from_table(AR_SCRIPT, b=_NB, pre="(?:و|ف)?", end=r"(?!\S)")
RULES += _from_table(DEVA, b=_NB, end=r"(?!\S)")
RULES += [with_stems(rule("self_harm:others_acute", "self_harm", trig,
                          az(_alone(who, guard, intent, iso)), framed="generic"), stems)
          for trig, stems, who, guard, intent, iso in ARABIZI.values()]
RULES += [with_texts(zrule("self_harm:others_acute", "self_harm", trig,
                           _alone(who, guard, intent, iso, b="", end="", spaced=False), framed="generic"),
                     zh_spellings(stems))
          for trig, stems, who, guard, intent, iso in ZH.values()]
