"""Wishing not to come back up, dying unnoticed, and going to a roof
instead of school.

Why: a blind evaluation found three indirect disclosures missed:

* **not coming back up**: "sometimes i stay under the bath water and wish i
  didnt have to come up".  Under water (bath, pool, sea) together with a
  wish not to come up / resurface / breathe.  Holding one's breath at
  swimming practice has no wish and passes.
* **dying unnoticed**: "if i die tonight nobody will even check my snap",
  "si me muero esta noche nadie se daría cuenta", "если я умру, никто даже
  не заметит".  The writer's own death in a condition followed by nobody
  noticing, caring or missing them.  "if i die in this game i lose all my
  loot" has no "nobody" and passes; a game or a test in the condition ("if
  i die in this level nobody can revive me") rules it out.
* **the roof instead of school**: "yarın okula değil çatıya çıkacağım"
  (tomorrow I'm going not to school but to the roof), "mañana no voy al
  cole, voy a la azotea".  The contrast with school or home is what makes
  a roof, a bridge or the tracks a destination; a roof in a story ("the boy
  climbs onto the roof of the building") has no first person and no
  contrast.  The Turkish form is in `packs/tr/selfharm.py`.

Patterns run on the phrase form (accents stripped, Arabic letters folded);
Chinese on the normalised text.
"""

from __future__ import annotations

from .rules import Rule, rule

_UNDER = (
    r"(?:under (?:the )?(?:bath ?water|water|bath)|underwater|bajo el agua|debajo del agua|sous "
    r"l'eau|unter (?:dem )?wasser|sott'acqua|sotto l'acqua|debaixo d'agua|debaixo da agua|embaixo "
    r"d'agua|под водой)"
)
_NOT_UP = (
    r"(?:wish i (?:did not|didnt|would not|wouldnt|never) (?:have to |had to )?(?:come (?:back )?up|"
    r"resurface|surface|breathe)|(?:do not|dont) want to (?:come (?:back )?up|resurface|breathe)|"
    r"never (?:come|coming) (?:back )?up|(?:ojala|quisiera|deseo) no (?:tener que )?(?:salir|subir|"
    r"volver a salir|respirar)|(?:ojala|quisiera|deseo) no (?:tuviera|tener|tenga) que (?:salir|subir|volver a "
    r"salir|respirar)|no quiero (?:salir|volver a salir|respirar)|(?:j'aimerais|je voudrais|"
    r"j'ai envie de) ne (?:jamais |pas |plus )?(?:remonter|ressortir|respirer)|(?:ich )?(?:wunschte|"
    r"will) (?:ich musste )?nicht (?:mehr )?(?:auftauchen|atmen)|nie wieder auftauchen|vorrei non "
    r"(?:dover )?(?:risalire|riemergere|uscire|respirare)|non voglio (?:risalire|riemergere|"
    r"respirare)|(?:queria|quero) nao (?:ter que |precisar )?(?:subir|voltar|sair|respirar)|"
    r"(?:хочу|хотелось бы|хотела бы|хотел бы) (?:больше )?не (?:выныривать|всплывать|вынырнуть|дышать))"
)
_DIE = (
    r"(?:if i (?:die|died|was dead|were dead|disappear|disappeared|was gone|were gone)|si (?:me "
    r"muero|me muriera|muero|muriera|desapareciera|desaparezco|me voy para siempre)|si je (?:meurs|"
    r"mourais|disparais|disparaissais)|"
    r"wenn ich (?:sterbe|sterben wurde|tot ware|tot bin|weg ware|weg bin|nicht mehr da (?:bin|ware)|verschwinde|"
    r"verschwinden wurde)|se (?:muoio|morissi|"
    r"sparissi|sparisco)|se eu (?:morrer|morresse|sumir|sumisse)|если я (?:умру|умерла|умер|исчезну))"
)
# a game, a test or a level in the condition: "if i die in this level"
_NOT_GAME = (
    r"(?! (?:\w+ ){0,3}?(?:in|on|at|en|dans|im|in|nel|no|na|в) (?:\w+ )?(?:game|level|round|match|"
    r"fortnite|minecraft|roblox|juego|jeu|spiel|gioco|jogo|игре|exam|test|boss)\b)"
)
_NOBODY = (
    r"(?:(?:nobody|no one|noone|nadie|personne|niemand|keiner|nessuno|ninguem|никто)"
    r" (?:[\w']+ ){0,3}?(?:notice|care|check|miss|realise|realize|know|cry|text|look|se daria "
    r"cuenta|se dara cuenta|lo notaria|lo notara|me extranaria|me echaria de menos|ne (?:le )?"
    r"(?:remarquera|remarquerait|verra|verrait)|ne s'en (?:rendra|rendrait) compte|(?:wurde|wird) "
    r"(?:es )?(?:merken|bemerken)|(?:wurde|wird) mich vermissen|se ne (?:accorgerebbe|accorgerà|"
    r"accorgera)|mi cercherebbe|(?:vai|ia) (?:perceber|notar|sentir falta)|не (?:заметит|заметил бы|"
    r"вспомнит|будет скучать))\w*"
    # verb first (German verb-second, Spanish/Italian/Portuguese inversion):
    # "würde es keiner merken", "no se daría cuenta nadie", "não ia perceber ninguém"
    r"|(?:wurde|wird|wurden|merkt|merken|vermisst) (?:es |mich |das )?(?:doch |eh |wohl |nicht mal |"
    r"nicht einmal |(?:bis|vor|erst) \w+ )?(?:keiner|niemand|keine sau)(?: (?:merken|bemerken|mitbekommen|vermissen|"
    r"auffallen|kummern|interessieren))?"
    r"|no (?:se daria cuenta|se dara cuenta|lo notaria|lo notara|me extranaria|me echaria de menos) nadie"
    r"|non (?:se ne accorgerebbe|se ne accorgera|mi cercherebbe) nessuno"
    r"|nao (?:ia|vai) (?:perceber|notar|sentir falta) ninguem)"
)
_DESTINATION = r"(?:roof|rooftop|bridge|tracks|azotea|tejado|puente|toit|pont|dach|brucke|tetto|ponte|telhado)"

RULES: list[Rule] = [
    # under water + a wish not to come back up; the wish first only in English
    # (each alternative starts with a literal)
    rule("self_harm:passive", "self_harm",
         "under underwater bajo debajo debaixo sous unter unterwasser sottacqua sotto embaixo под",
         r"\b" + _UNDER + r"\b.{0,80}?\b" + _NOT_UP + r"\b",
         framed="generic"),
    rule("self_harm:passive", "self_harm", "wish",
         r"\bwish i (?:did not|didnt|would not|wouldnt|never) (?:have to |had to )?(?:come (?:back )?"
         r"up|resurface)\b.{0,60}?\b" + _UNDER + r"\b",
         framed="generic"),
    # if I die (tonight) nobody would notice / care / check
    rule("self_harm:passive", "self_harm", "if si wenn se если",
         r"\b" + _DIE + r"\b" + _NOT_GAME + r"[^.!?]{0,40}?\b" + _NOBODY + r"\b",
         framed="generic"),
    # ar / zh / hi: if I die nobody will notice / care
    rule("self_harm:passive", "self_harm", "لو اذا مت موت",
         r"(?:^|\s)(?:لو|اذا|إذا) (?:انا )?(?:مت|موت|متت|اختفيت)(?!\S)[^.!?]{0,40}?(?:محد|ما حد|"
         r"مافي حد|ولا حد|ولا احد|لا احد|ما احد)(?:\s\S+){0,2}?\s(?:رح |راح |ح |بي)?(?:يلاحظ|ينتبه|"
         r"يهتم|يفتقدني|يسال|يدري|يحس)\S*",
         framed="generic"),
    rule("self_harm:passive", "self_harm", "如果 要是",
         r"(?:如果|要是)我(?:今晚|明天)?(?:死了|消失了|不在了).{0,12}(?:没有人|没人|谁都不|谁也不)"
         r"(?:会)?(?:发现|在乎|注意|关心|想我|难过)"),
    rule("self_harm:passive", "self_harm", "agar अगर",
         r"\bagar (?:main|mai) (?:mar|gayab ho) (?:jaun|jau|jaaun|gaya|gayi)\b[^.!?]{0,40}?\b(?:kisi ko|"
         r"koi) (?:farak|fark|pata|notice) (?:nahi|nhi)\b|(?:^|\s)अगर मैं (?:मर|गायब हो) (?:जाऊं|जाऊँ|"
         r"गया|गई)[^.!?।]{0,40}?(?:किसी को|कोई) (?:फ़र्क|फर्क|पता|ध्यान) (?:नहीं|नही)",
         framed="generic"),
    # the roof / the bridge instead of school: "tomorrow im not going to school, im going to the roof"
    rule("self_harm:planning", "self_harm",
         "roof rooftop bridge tracks azotea tejado puente toit pont dach brucke tetto ponte telhado",
         r"\b(?:not (?:going )?to school|instead of (?:going to )?school|no (?:voy|ire) al "
         r"(?:cole|colegio|instituto|insti)|en vez de ir al (?:cole|colegio|instituto)|pas (?:aller )?"
         r"(?:a l'ecole|au college|au lycee)|au lieu d'aller (?:a l'ecole|au college|au lycee)|nicht "
         r"(?:in die|zur) schule|statt (?:in die|zur) schule|non (?:vado|andro) a scuola|invece di "
         r"andare a scuola|nao vou (?:pra|para a|a) escola|em vez de ir (?:pra|para a) escola)\b"
         r"[^.!?]{0,40}?\b(?:i am going|im going|i will go|voy|me voy|ire|je vais|j'irai|ich gehe|"
         r"geh ich|vado|andro|vou|going) (?:up )?(?:to|onto|a|al|a la|sur|au|auf|aufs|sul|sulla|sui|"
         r"pro|para o|para a|pra|no|na) (?:the |le |la |das |den |die |il |o |a )?"
         + _DESTINATION + r"\b",
         framed="generic"),
]
