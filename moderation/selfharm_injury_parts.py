"""Self-injury named by the body part or by intent, where the older injury
rules (selfharm.py) only knew plural parts ("i cut my wrists") or a
self-harm verb of their own ("geritzt" after "mich").

* one wrist, thigh or forearm cut, sliced or burned by the writer ("i cut my
  wrist", "i cut my thigh last night"), unless an accident is told around
  it ("... on a broken glass at the beach", "... while climbing", "by
  accident");
* an injury done "on purpose" to oneself ("i burned myself on purpose",
  ru "порезала руку специально");
* pt "cortei o pulso", pl "pocięłam nadgarstek", de "hab mir in den arm
  geritzt" / "das handgelenk aufgeschnitten";
* a past of self-injury with the act done again after it ("i used to cut,
  and last night i did it again"): the recovered-past frames pass "i used to
  cut" alone, so the relapse needs its own rule.

A finger, a knee or a burn on the oven are accidents and never match: the
parts listed are where children who self-harm cut, not where cooking does.
"""

from __future__ import annotations

from .rules import Rule, rule

# an accident told after the injury, in the same sentence
_ACCIDENT_EN = (r"(?![^.!?]{0,50}\b(?:accident|accidentally|by mistake|fell|falling|tripped|slipped|"
                r"cooking|climbing|skating|skateboarding|playing|opening|shaving|broken glass|glass "
                r"door|fence|nail|barbed|bike|on (?:a|an|the|some) (?!purpose\b)\w+|at (?:the )?"
                r"(?:beach|park|pool|camp))\b)")
_ACCIDENT_PT = (r"(?![^.!?]{0,50}\b(?:sem querer|acidente|cozinhando|caí|cai|caindo|vidro|"
                r"cerca|prego|jogando|brincando|na praia|de bike|de bicicleta)\b)")
_ACCIDENT_PL = r"(?![^.!?]{0,50}\b(?:przypadkiem|niechcacy|gotujac|szklem|szkla|upadl\w*|przewrocil\w*)\b)"
_ACCIDENT_DE = (r"(?![^.!?]{0,50}\b(?:aus versehen|versehentlich|beim (?:kochen|klettern|spielen)|"
                r"glas|zaun|gestolpert|hingefallen)\b)")

# "cut" as self-injury, not "cut my hair" or "cut the grass"
_CUT_SELF = (r"(?:cut|cutting)(?= ?[,.!?]| ?$| (?:and|but|myself|my self|a lot|every|for|when|then|"
             r"until|till|so)\b)")
_PAST_EN = (r"\bi (?:used to|would|had a habit of|was) (?:" + _CUT_SELF + r"|self harm|self harming|"
            r"selfharm|hurt myself|hurting myself|harm myself|harming myself|burn myself|burning "
            r"myself)")

RULES: list[Rule] = [
    rule("self_harm:injury", "self_harm", "again",
         _PAST_EN + r"[^.!?]{0,60}?(?<!never )(?<!not )(?<!didnt )(?<!did not )\b(?:i )?(?:did it|"
         r"done it|did that|have done it|cut|cut myself|hurt myself|started|relapsed) again\b"
         r"(?! (?:in|at) (?:the )?(?:game|level|minecraft|roblox|fortnite)\b)",
         framed="generic", requires="cut cutting self selfharm hurt hurting harm harming burn burning"),
    rule("self_harm:injury", "self_harm",
         "wrist thigh forearm wrists thighs forearms",
         r"\b(?:i|i have|ive|i just|i have just|i kind of|i also) (?:cut|slit|sliced|carved|"
         r"bladed|burned|burnt|scratched) (?:into |open )?my (?:left |right |own |inner |upper )?"
         r"(?:wrist|thigh|forearm|wrists|thighs|forearms)\b" + _ACCIDENT_EN, framed="generic"),
    rule("self_harm:injury", "self_harm", "purpose",
         r"\bi (?:\w+ )?(?:cut|burned|burnt|hit|punched|scratched|hurt|bruised|bit|slapped|"
         r"starved|harmed) (?:myself|my self|my (?:\w+ )?(?:arms?|wrists?|legs?|thighs?|skin|"
         r"face|head|stomach|hands?)) (?:\w+ ){0,3}?on purpose\b", framed="generic"),
    rule("self_harm:injury", "self_harm", "специально нарочно",
         r"\b(?:порезал\w*|резал\w*|поцарапал\w*|обжег\w*|обжёг\w*|ударил\w*|бил\w*|расцарапал\w*) "
         r"(?:себе |себя )?(?:\w+ ){0,2}?(?:специально|нарочно)\b|\b(?:специально|нарочно) "
         r"(?:\w+ )?(?:порезал\w*|резал\w*|поцарапал\w*|обжег\w*|обжёг\w*|расцарапал\w*) "
         r"(?:себе|себя)\b", framed="generic"),
    rule("self_harm:injury", "self_harm", "cortei cortando cortar pulso pulsos",
         r"\b(?:eu )?(?:cortei|tenho cortado|to cortando|estou cortando|voltei a cortar) "
         r"(?:o |meu |o meu |os |meus |os meus )?(?:pulso|pulsos|braco|bracos|coxa|coxas)\b"
         + _ACCIDENT_PT, framed="generic"),
    rule("self_harm:injury", "self_harm", "nadgarstek nadgarstki uda udo pocielam pocialem",
         r"\b(?:nadgarstek|nadgarstki|uda|udo|reke|rece) (?:sobie )?(?:pociel\w*|pocial\w*|"
         r"porozcinal\w*|ciel\w*|cial\w*|tne)\b|\b(?<!przypadkiem )(?<!niechcacy )"
         r"(?:pociel\w*|pocial\w*|porozcinal\w*|tne) "
         r"(?:sobie |sie )?(?:znowu )?(?:nadgarstek|nadgarstki|uda|udo|reke|rece)\b" + _ACCIDENT_PL,
         framed="generic"),
    rule("self_harm:injury", "self_harm", "geritzt aufgeschnitten aufgeritzt",
         r"\b(?:hab|habe|hatte|ich) (?:mir|mich) (?:\w+ ){0,4}?(?:geritzt|aufgeschnitten|"
         r"aufgeritzt)\b" + _ACCIDENT_DE, framed="generic"),
]
