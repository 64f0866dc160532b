"""Self-harm disclosures in young children's spelling.

Why: young children write the disclosures the rules know, spelt as they
sound, and the rules did not recognise the words: "i wnt to di", "i wana
dye", "i want to kil my slef", "i wish i wasnt alife", "i want to be ded",
"i cut my arm on purpis", "kiero morirme", "jveux mourrir", "je veu
mourir", "qero morre", "kero me mata", "pngn mati aj", "ölmek istiyorm".

Two mechanisms:

* spellings that are no word of any language of the package ("slef",
  "myslef", "dissapear", "purpos", "kiero", "jveux", "mourrir") are read as
  the word in `normalise._ABBREV`, so every phrase rule sees "myself",
  "quiero", "je veux" (and "nadie me kiere" gets the policy of "nadie me
  quiere": loneliness alone is not held);
* spellings that are words elsewhere are only read here, in the company
  that makes them a disclosure: "di" is Italian "of" and Indonesian "at",
  "ded" is laughter ("i was ded 💀") or a dead chat, "dye" is hair dye,
  "kil" is Turkish "clay", "veu" Portuguese "veil", "kero"/"qero" are
  "quiero" or "quero", "morre" is "dies", "me mata" is "it kills me".  So
  "di", "dy" and "ded" only count after a wish ("want to", "wana", "wish i
  was") and at the end of the sentence or before a filler ("now", "lol",
  "because", "nobody"); "dye" only at the end and with no hair, colour or
  bleach anywhere in the message; "kil" only before "myself"; the
  Romance forms only after a spelt wish verb.

Also here, because the correct spelling was missed too: "i wish i was not
alive" / "i wish i didnt exist" (not "to see this"), "i cut my arm on
purpose" (a body part where people cut, burn or scratch themselves, and the
writer as the subject), "mi voglio ammazzare".

What must pass: "di mana rumahmu", "il libro di mia sorella", "i want to
di rumah aja", "i was ded 💀 that video", "this game is ded", "my phone
died", "i want to dye my hair", "i love your pink hair, i want to dye",
"killing my self esteem", "te kiero mucho", "kero ir ao shopping", "a
planta morre sem água", "esto me mata", "he cut my arm on purpose", "i
cut my arm by accident".  Laughter and trivial causes ("kiero morirme de
risa", "jveux mourir de rire") are excused by the frames of every
self-harm rule, as for the correct spelling.

Patterns run on the phrase form (lower case, accents stripped, "2" read
"to", "wanna" read "want to", "wasnt" read "was not").
"""

from __future__ import annotations

from .packs.id._words import _THIRD as _THIRD_ID
from .packs.id._words import JOKE as _JOKE_ID
from .packs.tr._words import JOKE as _JOKE_TR
from .rules import Rule, rule

# -- en -------------------------------------------------------------------------------
# a wish, spelt as heard ("wnt to", "wana", "wan too", "gona"); "wanna" is read "want to";
# "my phone is going to die" has another subject
_WISH = (
    r"(?:(?:want|wnt|wan|whant|wamt|wanto|wantto) (?:to |too |t )?|(?:wana|wanan|wnna|wannna|"
    r"wantoo|gona|gunna) |(?<!\bis )(?<!\bare )going to )"
)
# the end of the sentence or a filler after the death word ("i wnt to di lol", "... di nobody
# likes me"); never an object ("di rumah", "dye my hair")
_END = (
    r"(?= ?[.!?,]| ?$| (?:now|right now|already|tonight|today|anymore|any more|so bad|so much|fr|"
    r"for real|tbh|honestly|lol|lmao|please|pls|plz|because|cause|cuz|coz|and|but|i|no one|nobody|"
    r"everyone|every1|evryone|just|forever|seriously|srsly|omg|ok|okay)\b)"
)
# "dye": only at the end, and no hair anywhere in the message
_HAIR = (
    r"(?:hair|hairs|colou?r|colou?rs|pink|blue|purple|red|green|blonde|blond|black|bleach|dyed|dyeing|"
    r"tips|streaks|highlights|ombre|shirt|clothes|eggs|fabric|tie)"
)
_DYE_END = r"(?= ?[.!?]*$| ?[.!?]+ | (?:nobody|no one|everyone hates|i hate|anymore|any more)\b)"
_DED = r"(?:ded|dedd|deddd|daed|deded)"
_ALIVE = r"(?:alive|alife|alyve|aliv|alve|alivee|alivve)"
_BODY = (
    r"(?:arm|arms|wrist|wrists|rist|rists|wirst|wirsts|leg|legs|thigh|thighs|tummy|belly|stomach|"
    r"skin|hand|hands|body)"
)

# -- es / pt / fr / de / it -------------------------------------------------------------
_QUIERO = r"(?:quiero|kiero|qiero|kero|qero|qiro|kiro)"
_QUERO = r"(?:quero|qero|kero|qro|keru|qeru|kro|qer)"
_MORIR_ES = (
    r"(?:morirme|morime|morirm|morirrme|murirme|morrirme|morir|mori|murir|morrir|matarme|matarm|"
    r"matrme|suisidarme|sucidarme|suicidarme)"
)
_MORRER_PT = (
    r"(?:morrer|morre|morer|murrer|murre|morrr|(?:me|mi) (?:mata|matar|suicida|suicidar)|"
    r"matar eu)"
)
_JE_VEUX = r"(?:je |j'|j)(?:veux|veu|veut|ve|vx|veus|vuex)"
_MOURIR_FR = (
    r"(?:mourir|mourire|mourrire|mouri|murir|me tuer|me tue|me tuee|me suicider|me suicide|me suisider|"
    r"me sucider|crever|creve|disparaitre|disparetre|disparaite|disparaitr)"
)

# -- tr --------------------------------------------------------------------------------
# "utancımdan ölmek istiyorum": embarrassment and laughter are hyperbole (as in the pack)
_NOT_LAUGH_TR = "".join(
    f"(?<!{w} olmek)" for w in ("utancimdan", "utanctan", "rezillikten", "gulmekten", "kahkahadan",
                                "sikintidan", "heyecandan")
)
_ISTIYORUM = (
    r"(?:istiyorm|isdiyorum|isdiyom|istiorum|istiom|istiyoom|istiyoomm|istiyomm|istyorum|istiyrum|"
    r"isityorum|isteyom|istiyom|istiyorum|istiyorumm|istiyoruum)"
)

# -- id --------------------------------------------------------------------------------
_NO_THIRD_ID = r"(?:^|[.!?] )(?:(?!" + _THIRD_ID + r"\b)\w+ ){0,8}?"
_NOT_IDIOM_ID = (
    r"(?! (?:ketawa|gaya|kutu|lampu|listrik|kebosanan|bosen|penasaran|kepanasan|kedinginan|"
    r"kelaperan|kelaparan|malu)\b)"
)

RULES: list[Rule] = [
    # en: "i wnt to di", "i wana di lol", "i want 2 dy", "i want di now"
    rule("self_harm:disclosure", "self_harm", "di dii dy dyy die diee dieee",
         r"\b" + _WISH + r"(?:di+|di+e+|dy+)" + _END + r"|\bi (?:want|wnt|wan|whant) (?:di+|di+e+|dy+)"
         + _END,
         framed="generic",
         requires="want wnt wan whant wamt wanto wantto wana wanan wnna wannna wantoo gona gunna going"),
    # en: "i wana dye" at the end of the message, no hair talk anywhere
    rule("self_harm:disclosure", "self_harm", "dye dyee",
         r"^(?!.*\b" + _HAIR + r"\b).*?\b" + _WISH + r"dye+" + _DYE_END,
         framed="generic",
         requires="want wnt wan whant wamt wanto wantto wana wanan wnna wannna wantoo gona gunna going"),
    # en: "i want to be ded", "wish i was ded", "rather be ded", "better off ded"
    rule("self_harm:disclosure", "self_harm", "ded dedd deddd daed deded",
         r"\b" + _WISH + r"(?:be |b )" + _DED + _END + r"|\bwish i (?:was|were|wuz|wos|could be) " + _DED
         + _END + r"|\b(?:rather|better off) (?:be )?" + _DED + _END,
         framed="generic"),
    # en: "evryone wud be beter off without me", "better of if i was ded" ("beter" is
    # Turkish "worse": read here only)
    rule("self_harm:burden", "self_harm", "better beter betr bettr happier hapier",
         r"\b(?:better|beter|betr|bettr|happier|hapier) (?:off|of) (?:without me|if i (?:was|were|wuz|"
         r"wer) (?:ded|dead|gone|not here|not alive|never born))\b",
         framed="generic"),
    # en: "kil my slef" (slef is read "self"), "hert myself", "kut myself"
    rule("self_harm:disclosure", "self_harm", "kil kll kiil kiill hert hrt hirt kut kutt cutt",
         r"\b(?:kil|kll|kiil|kiill|hert|hrt|hirt|kut|kutt|cutt) (?:myself|my self|mi self|my sef|mysef)\b"
         r"(?! (?:esteem|confidence|worth|image|control)\b)",
         framed="generic"),
    # en: "i wish i wasnt alife", "i wish i didnt exist", "i dont wana be alife"
    rule("self_harm:passive", "self_harm",
         "alive alife alyve aliv alve alivee alivve exist exsist egzist excist existed here world earth",
         r"\bwish i (?:was not|were not|wuz not|wuznt|was never) (?:" + _ALIVE + r"|here (?:anymore|any "
         r"more)|in this world|on this earth)\b(?! (?:to (?:see|witness|hear|read|watch)|for this|when|"
         r"during|in the)\b)|"
         r"\bwish i (?:did not|never) (?:exist|exsist|egzist|excist|existed)(?= ?[.!?,]| ?$| (?:anymore|"
         r"any more|at all|sometimes|honestly|tbh|fr|lol|because|cause|cuz|and|but|nobody|no one)\b)|"
         r"\b(?:do not|no longer) (?:want|wnt|wan|wana|whant) (?:to |too )?be " + _ALIVE + r"\b",
         framed="generic", requires="wish want wnt wan wana whant"),
    # en: "i cut my arm on purpose" (purpis / purpos are read "purpose")
    rule("self_harm:injury", "self_harm", "purpose deliberately intentionally purposely",
         r"\bi (?:cut|cutt|kut|burned|burnt|burnd|scratched|scrached|scratch|stabbed|hurt|hert|harmed) "
         r"my (?:own )?" + _BODY + r"(?: (?:again|agen|agin))? (?:on purpose|deliberately|intentionally|"
         r"purposely)\b(?![^.!?]{0,30}\b(?:but i (?:did not|didnt)|it was an accident|by accident|"
         r"accidentally|in the game|in game)\b)",
         framed="generic"),
    # es: "kiero morirme", "qiero matarme", "me kero morir", "me boy a matar"
    rule("self_harm:disclosure", "self_harm",
         "quiero kiero qiero kero qero qiro kiro boy voi boi",
         r"\b" + _QUIERO + r" " + _MORIR_ES + r"\b|\bme " + _QUIERO + r" (?:morir|mori|murir|morrir|"
         r"matar|suisidar|sucidar|suicidar)\b|\bme (?:boy|voi|boi) a (?:matar|morir|suicidar)\b",
         framed="generic",
         requires="morirme morime morirm morirrme murirme morrirme morir mori murir morrir matarme "
                  "matarm matrme suisidarme sucidarme suicidarme matar suisidar sucidar suicidar"),
    # pt: "qero morre", "kero me mata", "vo me mata", "quero morer"
    rule("self_harm:disclosure", "self_harm",
         "quero qero kero qro keru qeru kro qer vou vo",
         r"\b" + _QUERO + r" " + _MORRER_PT + r"\b(?! (?:de (?:rir|vergonha|tedio|fome|sono|calor|"
         r"frio|saudade|tanto rir)\b))|\b(?:vou|vo) (?:mi mata|mi matar|me mata)\b",
         framed="generic",
         requires="morrer morre morer murrer murre morrr mata matar suicida suicidar eu"),
    # fr: "je veu mourir", "je veut mourir", "jveu mourrir", "jai envi de mourir"
    rule("self_harm:disclosure", "self_harm",
         "je jveu jveut jve jvx envi anvie anvi envit",
         r"\b" + _JE_VEUX + r" " + _MOURIR_FR + r"\b|\b(?:envi|anvie|anvi|envit) de " + _MOURIR_FR
         + r"\b|\b(?:plus|pas) (?:envi|anvie|anvi|envit) de vivre\b",
         framed="generic",
         requires="mourir mourire mourrire mouri murir tuer tue tuee suicider suicide suisider sucider "
                  "crever creve disparaitre disparetre disparaite disparaitr vivre"),
    # de: "ich wil sterben", "ich will sterbn", "ich will tod sein", "ich will nich mehr leben"
    rule("self_harm:disclosure", "self_harm", "will wil wiel wll mochte mogte mochde moechte",
         r"\bich (?:will|wil|wiel|wll|mochte|mogte|mochde|moechte) (?:sterbn|sterbe|sterbenn|sterbm|"
         r"sterben|tod sein|tot sein|nich mehr leben|nimmer leben|nicht mehr lebn|nich mehr lebn|mich "
         r"umbringen|mich umbrinen|mich umbrigen|mich umbringn)\b",
         framed="generic",
         requires="sterbn sterbe sterbenn sterbm sterben tod nich nimmer lebn umbringen umbrinen "
                  "umbrigen umbringn"),
    # it: "vojo morì", "voglio morie", "mi voglio ammazzare", "vogio uccidermi"
    rule("self_harm:disclosure", "self_harm",
         "voglio vojo vogio volio voglo vorrei vorei",
         r"\b(?:voglio|vojo|vogio|volio|voglo|vorrei|vorei) (?:morire|mori|morie|morir|murire|morrire|"
         r"ammazzarmi|amazzarmi|amazarmi|ammazarmi|uccidermi|ucidermi|suicidarmi)\b|"
         r"\bmi (?:voglio|vojo|vogio|volio) (?:ammazzare|amazzare|amazare|ammazare|uccidere|ucidere|"
         r"suicidare)\b",
         framed="generic",
         requires="morire mori morie morir murire morrire ammazzarmi amazzarmi amazarmi ammazarmi "
                  "uccidermi ucidermi suicidarmi ammazzare amazzare amazare ammazare uccidere ucidere "
                  "suicidare"),
    # tr: "ölmek istiyorm", "kendimi öldürmek istiyom", "kendimi öldürecem"
    rule("self_harm:disclosure", "self_harm", "olmek olmeg olmk gebermek kendimi",
         r"\b(?:olmek|olmeg|olmk|gebermek)" + _NOT_LAUGH_TR + r" (?:\w+ )?" + _ISTIYORUM + r"\b"
         + _JOKE_TR + r"|\bkendimi (?:oldurmek|oldurmeg|oldurmk) " + _ISTIYORUM + r"\b" + _JOKE_TR
         + r"|\bkendimi (?:oldurecem|olduricem|oldurcm|oldurcem|oldurucem|oldurecegim)\b" + _JOKE_TR,
         framed="generic"),
    # id: "pngn mati aj", "aq pgn mti aja", "ak pngen mati"
    rule("self_harm:disclosure", "self_harm", "mati mti matii",
         _NO_THIRD_ID + r"(?:(?:pngn|pngen|pgen|pengn|pngin|pingn|pgin|mw) (?:\w+ )?(?:mati|mti|matii)|"
         r"(?:pengen|pengin|pgn|pingin|ingin|mau|mo|pen|kepengen) (?:\w+ )?(?:mti|matii))\b"
         + _NOT_IDIOM_ID + _JOKE_ID,
         framed="generic"),
]
