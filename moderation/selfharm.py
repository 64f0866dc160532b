"""Self-harm / suicide disclosures, incitement and abuse disclosures.

Why these are never blocked: a child disclosing self-harm needs a human, so
the action is always ``hold`` (the server can show a helpline).  First-person
disclosures are *not* excusable by discussion frames; bare topic words
("suicide", "self-harm") are, so "we learned about suicide prevention" passes
while "thinking about suicide a lot lately" is held.

Choices (documented in docs/moderation.md):
* incitement aimed at others ("kys", "go die") -> bullying + self_harm;
* abuse disclosure ("my stepdad hits me") -> threat (physical) or grooming
  (sexual), reason ``safeguarding:abuse`` - the fixed category list has no
  "abuse" category and self_harm is reserved for harm the child does to self.
"""

from __future__ import annotations

from .rules import Rule, rule

_WANT = (
    r"(?:want|wanna|want to|going to|planning|plan|thinking of|thinking about|need|wish i could|"
    r"ready|trying|tried|try|decided|about)(?: just| really| honestly| simply)?"
)

RULES: list[Rule] = [
    rule("self_harm:disclosure", "self_harm",
         "die dying kill end hurt cut harm disappear exist existing dead sleep wake jump overdose "
         "life",
         r"\b" + _WANT + r" (?:to )?(?:die(?! (?:of|from) (?:embarrassment|laughter|laughing|"
         r"boredom|cringe|shame)| laughing)|kill myself|end it all|end it|end my life|end things|"
         r"hurt myself|cut myself|harm myself|disappear|not exist|stop existing|not be here|be dead"
         r"|sleep forever|never wake up|jump off|overdose|take my (?:own )?life)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "kill killing killed hurt hurting cut cutting harm harming starve starving burn burning "
         "hate punish punishing",
         r"\b(?:kill|killing|killed|hurt|hurting|cut|cutting|harm|harming|starve|starving|burn|"
         r"burning|hate|punish|punishing) (?:myself|my self|my wrists|my arms|my legs)\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "live alive here exist wake go anymore living point reason better dead miss notice care "
         "pills tablets meds painkillers wish born end kms sleep forever care notice cut burned "
         "burnt hurt harmed point reason disappear vanish stop tired sick ready saving saved "
         "stockpiling cutting burning harming",
         r"\b(?:do not|no longer|not|never) (?:want|wanna|wish) to (?:live|be alive|be here|exist|"
         r"wake up|go on|be around)\b|\bnever wake up\b|\bno (?:reason|point) (?:to live|in living|"
         r"living|to go on|in going on|in life)\b|\bbetter off (?:dead|without me)\b|"
         r"\b(?:can not|cannot) (?:go on|take (?:it|this) anymore|do this anymore|keep going)\b|"
         r"\b(?:no one|nobody) would (?:miss|notice|care if) me\b|\b(?:no one|would anyone)"
         r" (?:would |will )?(?:care|notice|miss me|even notice) if i (?:was|were|am|died|"
         r"disappeared|left)\b|\bi (?:cut|burned|burnt|hurt|harmed) (?:myself )?again\b|"
         r"\btake all (?:my|the|of my) "
         r"(?:pills|tablets|meds)\b|\bwish i (?:was|were) (?:dead|never born)\b|"
         r"\b(?:end|ending) (?:it all|my life)\b|\bwant (?:it|everything|it all|this|the pain|all"
         r" of this) (?:all )?to (?:stop|end)\b|\b(?:tired|sick) of (?:living|life|being alive|"
         r"existing|being here)\b|\b(?:pills|tablets) (?:are )?ready\b|\b(?:saving|saved|stockpiling)"
         r" (?:up )?(?:my |the )?(?:pills|tablets|meds)\b|\b(?:cutting|burning|harming) (?:myself )?"
         r"again\b|\bpoint (?:in|of) (?:living|being alive|existing|"
         r"going on|life|anything anymore)\b|\breason to (?:live|go on|keep going|stay alive)\b|"
         r"\bwish i could (?:just |simply |finally )?(?:disappear|die|vanish|sleep forever|not exist|"
         r"stop existing|be dead)\b|\b(?:sleep|rest) forever\b|\b(?:took|swallowed|"
         r"taken|take) (?:a lot of|lots of|too many|all (?:my|the|of my)|a bunch of|loads of|a "
         r"handful of) (?:pills|tablets|meds|painkillers)\b|\bkms\b|\b(?:disappear|vanish) (?:forever|for good)"
         r"\b|\bdo not want to be here anymore\b|\bi (?:do not|no longer) want to exist\b",
         framed="generic"),
    rule("self_harm:others", "self_harm", "herself himself themselves themself",
         r"\b(?:kill|killing|killed|hurt|hurting|cut|cutting|harm|harming|starve|starving|end)"
         r" (?:herself|himself|themselves|themself)\b", framed="generic"),
    rule("self_harm:topic", "self_harm",
         "suicide suicidal selfharm self overdose overdosing suicidio suicidarme selbstmord suizid "
         "суицид самоубийство",
         r"\b(?:suicide|suicidal|self ?harm(?:ing)?|selfharm|self-harm|overdos(?:e|ing)|suicidio|"
         r"selbstmord|suizid|суицид|самоубийств\w*)\b"),
    # -- other languages (first person) ---------------------------------
    rule("self_harm:disclosure", "self_harm",
         "veux envie voudrais aimerais suicider tuer faire fais mal scarifier scarifie coupe vivre "
         "mourir finir",
         r"\b(?:je veux|j'ai envie de|envie de|je vais|je voudrais|j'aimerais) (?:mourir|me tuer|"
         r"me suicider|disparaitre|en finir|crever)|\bme (?:suicider|tuer|scarifier)\b|"
         r"(?:plus|pas) envie de vivre|je (?:ne )?veux plus vivre|je me (?:scarifie|coupe|fais du mal)"
         r"|me faire du mal", framed=False),
    rule("self_harm:disclosure", "self_harm",
         "quiero voy pienso morir morirme matarme suicidarme hacerme cortarme lastimarme vivir "
         "matar aguanto",
         r"\b(?:me quiero|quiero|voy a|pienso en|tengo ganas de) (?:morir|morirme|matarme|"
         r"suicidarme|desaparecer)|\bme quiero morir\b|\b(?:suicidarme|matarme|hacerme dano|"
         r"cortarme|lastimarme)\b|\bno quiero (?:vivir|seguir viviendo|estar aqui|existir)\b|"
         r"\bme (?:quiero|voy a|dan ganas de) (?:morir|matar|suicidar|cortar)\b|"
         r"\bno aguanto mas\b",
         framed=False),
    rule("self_harm:disclosure", "self_harm",
         "quero vou penso morrer matar suicidar cortar machucar viver aguento",
         r"\b(?:quero|vou|penso em) (?:morrer|me matar|sumir|me suicidar)|\bme (?:matar|suicidar|"
         r"cortar|machucar)\b|\b(?:nao quero|nao aguento) (?:mais )?(?:viver|continuar)\b",
         framed=False),
    rule("self_harm:disclosure", "self_harm",
         "will mochte sterben leben umbringen antun ritzen ritze lust",
         r"\bich (?:will|mochte) (?:sterben|tot sein|nicht mehr leben|verschwinden)|"
         r"\bmich (?:umbringen|ritzen)\b|\bmir (?:was|etwas) antun\b|\bich ritze mich\b|"
         r"\bwill nicht mehr leben\b|\bkeine lust mehr (?:zu leben|auf (?:das|mein) leben)\b|"
         r"\bnicht mehr leben (?:will|mochte)\b", framed=False),
    rule("self_harm:disclosure", "self_harm",
         "хочу покончить убить не режу порезать порежу",
         r"хочу (?:умереть|сдохнуть|исчезнуть|покончить)|покончить с собои|убить себя|"
         r"не хочу (?:жить|больше жить)|(?:режу|порезать|порежу) (?:себя|вены)", framed=False),
    rule("self_harm:topic", "self_harm", "انتحار الانتحار بالانتحار",
         r"(?:بال|ال)?انتحار"),
    rule("self_harm:disclosure", "self_harm", "اريد بدي ابغى ابي اقتل اعيش اوذي انتحر",
         r"(?:اريد|بدي|ابغى|ابي) (?:ان )?(?:اموت|انتحر|اختفي)|اقتل نفسي|لا اريد ان اعيش|"
         r"اوذي نفسي|سوف انتحر|راح انتحر", framed=False),
    rule("self_harm:disclosure", "self_harm", "想死 自杀 不想活 割腕 自残 生命 活不下去 轻生 想消失",
         r"想死|自杀|不想活|割腕|自残|结束(?:我的)?生命|活不下去|轻生|想消失", framed=False),
    rule("self_harm:disclosure", "self_harm",
         "मरना आत्महत्या खुद जीना marna mar khudkushi",
         r"मरना चाहत[ाी]|आत्महत्या|खुद को (?:मार|चोट)|जीना नहीं चाहत[ाी]|"
         r"\bmarna chaht[ai]\b|\bmar jana chaht[ai]\b|\bkhudkushi\b", framed=False),
    rule("self_harm:disclosure", "self_harm", "voglio uccidermi suicidarmi ammazzarmi farmi",
         r"\bvoglio morire\b|\b(?:uccidermi|suicidarmi|ammazzarmi)\b|\bfarmi del male\b",
         framed=False),
    # -- incitement aimed at others: bullying + self_harm ---------------
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "kys yourself die bleach jump drown",
         r"\bkys\b|\b(?:kill|hang|shoot|neck|rope|unalive) yourself\b|\bgo (?:and )?(?:die|kill "
         r"yourself)\b|\byou should (?:just |go )?(?:die|kill yourself|end it|not exist)\b|"
         r"\bhope you die\b|\bdrink bleach\b|\bwhy (?:do not|dont) you (?:just )?(?:die|kill "
         r"yourself|disappear)\b|\bgo (?:and )?(?:jump off|hang yourself|drown yourself|drown|"
         r"step in front of)\b|\bdo (?:everyone|us all|the world) a favou?r and die\b"),
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "va tue suicide matate muerete suicidate bring stirb sterben mata morre убей сдохни умри 去死",
         r"\bva (?:te tuer|mourir|crever)\b|\btue[- ]toi\b|\bsuicide[- ]toi\b|\b(?:matate|muerete|"
         r"suicidate)\b|\bbring dich um\b|\bstirb\b|\bgeh sterben\b|\bse mata\b|\bvai morrer\b|"
         r"убей себя|сдохни|иди умри|去死"),
    # -- abuse disclosure (safeguarding) ----------------------------------
    rule("safeguarding:abuse", "threat",
         "hits beats hurts kicks slaps punches chokes burns locks starves scared afraid terrified",
         r"\bmy (?:step ?dad|step ?mum|stepfather|stepmother|dad|mum|parents?|uncle|aunt|brother|"
         r"sister|cousin|grandad|grandpa|grandma|coach|teacher|babysitter|mum's boyfriend|mums "
         r"boyfriend|boyfriend|girlfriend|carer|foster \w+) (?:hits|beats|hurts|kicks|slaps|punches"
         r"|chokes|burns|locks|starves|hit|beat|hurt|kicked|slapped|punched|choked) me\b|"
         r"\bi am (?:scared|afraid|terrified) (?:to go|of going) home\b|"
         r"\b(?:someone|he|she|they) (?:is|has been|keeps|are) (?:hurting|hitting|beating) me\b",
         framed=False),
    rule("safeguarding:abuse", "grooming", "touches touched touching abusing abused molested",
         r"\bmy (?:step ?dad|step ?mum|stepfather|dad|mum|uncle|brother|cousin|grandad|grandpa|"
         r"coach|teacher|babysitter|mum's boyfriend|mums boyfriend) (?:touches|touched|keeps "
         r"touching|abuses|abused|molested) me\b|\b(?:someone|he|she|they) (?:is|has been|keeps)"
         r" (?:touching|abusing) me\b", framed=False),
    rule("safeguarding:abuse", "threat", "frappe bat touche pega golpea toca maltrata bate бьет трогает",
         r"\bmon (?:beau-pere|beau pere|pere|oncle|frere) me (?:frappe|bat|touche)\b|\bma (?:mere|"
         r"belle-mere) me (?:frappe|bat)\b|\bmi (?:padrastro|padre|papa|madre|mama|tio) me (?:pega|"
         r"golpea|toca|maltrata)\b|\bmein (?:stiefvater|vater|onkel) (?:schlagt|beruhrt) mich\b|"
         r"\bmeu (?:padrasto|pai|tio) me (?:bate|toca)\b|(?:отчим|отец|папа|мама) (?:бьет|трогает)"
         r" меня", framed=False),
]
