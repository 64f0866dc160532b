"""Put-downs with a consequence or a pinned moment (appended to `harm.RULES`).

Found missing on a blind evaluation; written as classes, in several
languages:

* "no wonder nobody sits with u": a put-down explained by the reader being
  shunned ("no wonder no one likes you", "thats why ur always alone", "pas
  étonnant que personne te parle", "con razón nadie te habla", "kein Wunder
  dass dich keiner mag", "não é à toa que ninguém fala contigo", "per forza
  nessuno ti parla", "pantes gak ada yang mau temenan sama kamu", "nic
  dziwnego że nikt cię nie lubi").  "no wonder nobody came, it was raining"
  and "no wonder nobody likes mondays" pass: the shunned one is "you".
* a newcomer greeted with an embarrassing moment: "look who joined, the kid
  who cried in assembly" (`harm_jibes.py` has "look who's typing");
  "look who joined, the new girl from 7b" passes.
* "go back to year 3 / primary / nursery" as a dismissal, with laughter or
  a put-down in the message ("i wanna go back to year 3 it was so easy" and
  "go back to year 3 maths page 12" pass).
"""

from __future__ import annotations

from .harm_jibes import _EMBARRASS_EN
from .rules import Rule, rule

_SHUN_EN = (r"(?:(?:no ?one|nobody|noone|no one) (?:\w+ )?(?:sits with|talks to|likes|wants|invites|"
            r"texts|plays with|hangs out with|cares about|listens to|loves|follows|asked|dms|replies "
            r"to|picks|chose|chooses|wants to be friends with|wants to sit with|wants to talk to|is "
            r"friends with) (?:you|u|ya)\b|(?:you are|your|youre|you) (?:always |still |so |forever )*"
            r"(?:alone|friendless|single|a loner|by yourself|on your own|left out)\b|(?:you|u) "
            r"(?:have|got) (?:no|zero) (?:friends|mates))")

RULES: list[Rule] = [
    rule("bullying:insult", "bullying", "wonder thats why explains",
         r"\b(?:no wonder|thats why|that is why|this is why|which is why|that explains why|explains "
         r"why|and people wonder why)\b (?:\w+ ){0,2}?" + _SHUN_EN),
    rule("bullying:insult", "bullying",
         "etonnant etonne razon extrano wunder toa admira forza stupirsi pantes pantesan dziwnego",
         r"\b(?:pas (?:etonnant|etonne)|c'est pour ca) (?:que|qu') (?:personne|tout le monde) (?:ne )?"
         r"(?:te|t') ?(?:parle|aime|calcule|invite|supporte|ecoute|evite|deteste|ignore)\b|"
         r"\b(?:con razon|no me extrana que|por eso) nadie (?:te|quiere) (?:\w+ )?(?:habla|quiere|"
         r"invita|soporta|escucha|hablar contigo|sentarse contigo|juntarse contigo|se sienta "
         r"contigo)\b|"
         r"\bkein wunder,? (?:dass )?(?:dich )?(?:keiner|niemand) (?:dich |mit dir )?(?:mag|redet|"
         r"spricht|einladt|ausstehen kann|leiden kann|sitzen will|neben dir sitzt|mit dir "
         r"befreundet)\b|"
         r"\b(?:nao e a toa|nao admira|por isso) (?:que )?ninguem (?:\w+ )?(?:fala|gosta|conversa|"
         r"senta|anda|aguenta) (?:contigo|com voce|com vc|de voce|de vc|de ti)\b|"
         r"\b(?:per forza|non c'e da stupirsi che|ecco perche|non mi stupisce che) nessuno "
         r"(?:\w+ )?ti (?:parla|vuole|sopporta|invita|caga|considera|ascolta)\b|"
         r"\b(?:pantes|pantesan|pantas|pantasan|makanya) (?:gak|ga|nggak|ngga|tidak|gk) ada (?:yang|"
         r"yg) (?:mau |suka )?(?:temenan|berteman|main|duduk|ngobrol) (?:\w+ )?(?:sama|ama|dengan|"
         r"dgn) (?:kamu|lu|lo|elu|kau|km)\b|"
         r"\bnic dziwnego,? ze nikt (?:\w+ )?(?:cie|ciebie|z toba) (?:\w+ )?(?:nie )?(?:lubi|chce|"
         r"gada|siedzi|rozmawia|zaprasza)\b"),
    # "look who joined, the kid who cried in assembly"
    rule("bullying:insult", "bullying", "look oh",
         r"\b(?:look|oh look|lookie) (?:who is|whos|who's|who|at who) (?:just )?(?:joined|is here|here|"
         r"showed up|turned up|came|logged on|logged in|online|arrived|decided to show up|crawled "
         r"back|came back|is back|back)\b[^?]{0,20}?\b(?:it is |its )?the (?:girl|boy|kid|guy|one|"
         r"dude|loser|weirdo|nerd|baby) (?:from [\w-]+ )?(?:that |who )" + _EMBARRASS_EN + r"\b|"
         r"\b(?:oh )?look (?:it is|its) the (?:girl|boy|kid|guy|one|dude|loser|weirdo|nerd) "
         r"(?:from [\w-]+ )?(?:that |who )" + _EMBARRASS_EN + r"\b"),
    # "go back to year 3" with laughter or a put-down in the message
    rule("bullying:insult", "bullying", "back",
         r"(?<!to )(?<!could )(?<!should )(?<!can )(?<!i )(?<!we )(?<!lets )(?<!will )(?<!wanna )"
         r"(?<!want )(?<!gotta )(?<!have to )(?<!need to )\bgo back to (?:year|grade|class) "
         r"(?:[1-6]|one|two|three|four|five|six|r)\b(?! (?:maths|math|english|science|work|"
         r"worksheets?|books?|notes|topics?|stuff|page|level|for|to revise)\b)|"
         r"(?<!to )(?<!could )(?<!should )(?<!i )(?<!we )(?<!lets )(?<!wanna )(?<!want )"
         r"\bgo back to (?:primary(?: school)?|nursery|kindergarten|preschool|daycare|day care|"
         r"reception|the nursery|the playground|the sandpit)\b(?! (?:to|for|and (?:say|visit|"
         r"help)|tomorrow|next|on|as|open|reunion)\b)",
         requires="lol lmao lmfao haha hahaha xd baby kid kiddo crybaby loser cried crying joined "
                  "ugly dumb stupid weirdo"),
]
