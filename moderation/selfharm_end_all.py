"""Ending it all, decided or dated, and the slang for suicide.

Why: each language has a phrase for "ending it" that no rule knew in its
decided or dated form ("j'ai décidé d'en finir", "ich mach am Wochenende
Schluss mit allem", "questo weekend la faccio finita", "postanowiłam się
zabić"), and the slang words for suicide ("ctb", "роскомнадзориться",
"выпилиться", "紫砂") carried no rule at all.  Written from the class, with
the everyday senses as hard negatives:

* fr "en finir" only with a decision or a plan ("j'ai décidé d'en finir",
  "je vais en finir ce soir"); "en finir avec les devoirs" passes;
* de "Schluss mit allem" said by the writer; "mit ihm Schluss machen"
  (breaking up) passes;
* it "la faccio finita" (and "ho deciso di farla finita") as the whole act,
  never "... con i dolci", nor the bare "farla finita" of a lesson about it;
* ru "покончу со всем" closing the sentence, and the slang verbs (never the
  agency "Роскомнадзор" named in the news, nor "выпилюсь из беседы", leaving
  a group chat);
* pl "się zabić" decided or dated ("postanowiłam się zabić", "dziś się
  zabiję");
* en "ctb" (catch the bus) with an intention or a time;
* zh "紫砂" (a homophone of 自杀) wanted or planned, "下辈子见" with a
  weary "这辈子".

Turkish "her şeyi bitireceğim" and Polish "skończę ze wszystkim" also mean
finishing one's homework, and are left to the scorer and the other rules.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# "en finir avec mes devoirs": finishing a task (also used by selfharm.py's "je vais en finir")
EVERYDAY_FINIR = (
    r"(?! avec (?:les |le |la |l'|mes |ma |mon |ce |cette |ces |tous |toutes )?(?:devoirs?|exercices?|"
    r"exam\w*|controles?|cours|menage|jeu|niveau|serie|saison|livre|projet|travail|dispute|"
    r"harcelement|racisme|violence|injustices?|prejuges|stereotypes|ca|cette histoire))"
)

RULES: list[Rule] = [
    rule("self_harm:end_all", "self_harm", "ctb",
         r"\b(?:want to|wanna|going to|gonna|about to|thinking (?:about|of|abt)|thinking abt|plan to|"
         r"planning to|planning on|ready to|might|i will|i am going to|i am gonna|gonna go|decided to) "
         r"ctb\b|\bctb (?:tonight|today|soon|tomorrow|rn|right now|this (?:week|weekend)|later)\b",
         framed="generic"),
    rule("self_harm:end_all", "self_harm", "finir",
         r"\b(?:j'ai decide|j ai decide|c'est decide|je vais|je veux|j'ai envie|je compte|je vais bientot|"
         r"j'ai choisi|je prefere) (?:d'|de )?en finir\b" + EVERYDAY_FINIR,
         framed="generic"),
    rule("self_harm:end_all", "self_harm", "schluss",
         r"\b(?:ich mach|ich mache|mach ich|mache ich|ich will|ich werde|ich wollte|ich hab beschlossen|"
         r"ich habe beschlossen)(?: \w+){0,4}? schluss mit allem\b|"
         r"\bschluss mit allem (?:machen|mache|mach)\b",
         framed="generic"),
    rule("self_harm:end_all", "self_harm", "finita",
         r"\b(?:la faccio finita|l'ho fatta finita|(?:ho deciso di|sto per|penso di|ho scelto di|"
         r"stanotte vado a) farla finita)\b(?! (?:con|coi|col|della|del|dei|per|di|a|ad) )",
         framed="generic"),
    rule("self_harm:end_all", "self_harm",
         "покончу покончить роскомнадзориться роскомнадзорюсь роскомнадзорнуться роскомнадзорнусь "
         "выпилиться выпилюсь выпилилась выпилился",
         r"(?:покончу|покончить) со всем(?= ?$| [.!?]| навсегда)|"
         r"\b(?:роскомнадзориться|роскомнадзорюсь|роскомнадзорнуться|роскомнадзорнусь|выпилиться|"
         r"выпилюсь)\b(?! (?:из|с|со|отсюда)\b)",
         framed="generic"),
    rule("self_harm:end_all", "self_harm", "zabic zabije powiesic powiesze",
         r"\b(?:postanowilam|postanowilem|zdecydowalam|zdecydowalem|zaraz|dzis|dzisiaj|jutro|w nocy|"
         r"wieczorem) sie (?:zabic|zabije|powiesic|powiesze)\b",
         framed="generic"),
    zrule("self_harm:end_all", "self_harm", "紫 辈",
          r"(?:想|要|准备|打算|去|想去|决定)紫砂|下辈子见[^。!?]{0,12}这辈子|这辈子[^。!?]{0,12}下辈子见",
          framed="generic"),
]
