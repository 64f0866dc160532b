"""Leaving for good, told casually.

Why: a blind evaluation found goodbyes missed because they sound like the
end of a session: "not gonna be at the next session. or any session. love u
guys bye", "wont be at school monday. or ever actually", "bye guys. it was
nice talking to u all. i mean it. look after urselves", "its my last day for
a lot of things", "stasera è l'ultima volta che mi connetto, grazie a
tutti", "wenn ich morgen nicht in der schule bin, wisst ihr warum", "i
probably wont be around next month anyway".  What sets them apart from an
ordinary absence is one of:

* **the absence made endless**: "... or any session", "or ever", "o nunca",
  "ou jamais", "oder nie wieder";
* **"you'll know why"** after an absence tomorrow ("if im not at school
  tomorrow, you'll know why"); an absence with a reason (the dentist) has
  none;
* **a goodbye with weight**: "bye ... i mean it / look after yourselves",
  "my last day for a lot of things", the last time I log on with thanks to
  everyone;
* **not being around** next month / by then, "anyway" or "probably", with
  no trip, move or holiday named.

"last day of school!!", "bye guys see u next session" and "wont be at school
monday, dentist" have none and pass.  Turkish, Polish and Indonesian forms
of "you'll know why" and "or ever" are here too (one short rule each).
Patterns run on the phrase form ("wont" reads "will not", "u" "you").
"""

from __future__ import annotations

from .rules import Rule, rule

# a reason for an ordinary absence: a trip, a move, an appointment
_NO_REASON = (
    r"(?![^.!?]{0,60}\b(?:holiday|vacation|trip|moving|move|camp|dentist|doctor|appointment|visiting|"
    r"exam|exams|abroad|spain|france|grandma|grandparents|nan|nans|because|cause|cos|coz|vacaciones|"
    r"viaje|vacances|urlaub|reise|vacanze|ferias|umzug|mudanza|demenagement)\b)"
)
_ABSENT_EN = (
    r"(?:not going to be|will not be|wont be|am not going to be|i will not be) (?:at|in) (?:the |my )?"
    r"(?:next )?(?:session|school|class|practice|training|chat|group|call|meeting|lesson)\w*"
)

RULES: list[Rule] = [
    # en: an absence made endless: "wont be at school monday. or ever actually"
    rule("self_harm:finality", "self_harm", "going will wont",
         r"\b" + _ABSENT_EN + r"\b[^!?]{0,40}?\bor (?:any (?:session|class|lesson|day|week|meeting|"
         r"practice|other|more)|ever|ever again|anything after that|after that)\b",
         framed="generic"),
    # es fr de it pt: "... o nunca", "ou jamais", "oder nie wieder", "o mai piu", "ou nunca mais"
    rule("self_harm:finality", "self_harm", "estare voy serai vais bin werde saro vou estarei",
         r"\bno (?:voy a estar|estare) (?:en|el)\b[^!?]{0,40}?\bni nunca\b|\bno (?:voy a estar|estare) "
         r"(?:en|el)\b[^!?]{0,40}?\bo nunca (?:mas)?\b|\bje (?:ne )?(?:serai|vais) pas\b[^!?]{0,40}?"
         r"\b(?:ni jamais|ou jamais|ni plus jamais)\b|\bich (?:bin|werde)\b[^!?]{0,40}?\bnicht\b"
         r"[^!?]{0,30}?\boder (?:nie|nie wieder|nie mehr|uberhaupt nicht mehr)\b|\bnon (?:ci )?saro"
         r"\b[^!?]{0,40}?\bo mai piu\b|\bnao (?:vou estar|estarei)\b[^!?]{0,40}?\bou nunca mais\b",
         framed="generic"),
    # tomorrow's absence "and you'll know why"
    rule("self_harm:finality", "self_harm", "know wisst sabreis sabeis saurez saprete saberao saberão "
         "biliyorsunuz bileceksiniz wiecie bedziecie tau tahu",
         r"\bif i am (?:not|never) (?:at|in|here|online|on)\b[^.!?]{0,40}?\b(?:you(?: all)? (?:will|ll) "
         r"know why|you'll know why|youll know why|you know why|now you know why)\b|"
         r"\bwenn ich (?:morgen |montag |dann )?nicht "
         r"(?:in der schule|da|online|mehr da)\b[^.!?]{0,30}?\b(?:bin|ware)\b[^.!?]{0,10}?\b(?:wisst ihr|"
         r"dann wisst ihr|wisst ihr ja) (?:warum|wieso|weshalb)\b|\bsi (?:manana )?no (?:estoy|aparezco|"
         r"vengo)\b[^.!?]{0,40}?\b(?:ya )?(?:sabreis|sabeis|sabran|saben) (?:por que|porque)\b|\bsi je "
         r"(?:ne )?suis pas (?:la|en cours|a l'ecole)\b[^.!?]{0,30}?\bvous (?:saurez|savez) pourquoi\b|"
         r"\bse (?:domani )?non (?:ci sono|vengo)\b[^.!?]{0,30}?\b(?:saprete|sapete) perche\b|\bse (?:eu )?"
         r"nao (?:estiver|aparecer|for)\b[^.!?]{0,30}?\b(?:voces )?(?:vao saber|saberao|sabem) (?:por que|"
         r"porque)\b|\b(?:yarin )?(?:okulda|burada) olmazsam\b[^.!?]{0,30}?\bnedenini (?:biliyorsunuz|"
         r"bileceksiniz|anlarsiniz)\b|\bjesli (?:jutro )?(?:nie bedzie mnie|mnie nie bedzie)\b"
         r"[^.!?]{0,30}?\b(?:wiecie|bedziecie wiedziec) (?:dlaczego|czemu)\b|\b(?:kalau|kalo|klo) "
         r"(?:besok )?(?:aku|gw|gue) (?:ga|gak|nggak|tidak|ngga) (?:masuk|ada|dateng|datang)\b"
         r"[^.!?]{0,30}?\b(?:kalian|lu|kamu) (?:udah )?(?:tau|tahu) (?:kenapa|alasannya)\b",
         framed="generic"),
    # a goodbye with weight: "bye guys ... i mean it ... look after yourselves"
    rule("self_harm:finality", "self_harm", "bye goodbye",
         r"\b(?:bye|goodbye)\b(?! for now| till| until| see| later| tomorrow| xx? see)"
         r"[^?]{0,100}?\b(?:i mean it|i really mean it|look after (?:yourselves|urselves|"
         r"yourself|each other|urself)|take care of (?:yourselves|urselves|each other)|remember me|"
         r"(?:its|it is|this is|today is) my last day for (?:a lot of|lots of|many|a few) things)\b",
         framed="generic"),
    rule("self_harm:finality", "self_harm", "last",
         r"\b(?:its|it is|this is|today is|tonight is) my last (?:day|night|week) (?:for|of) (?:a lot of|"
         r"lots of|many|so many) things\b",
         framed="generic"),
    # the last time I log on, with thanks / love to everyone (es fr de it pt en)
    rule("self_harm:finality", "self_harm", "volta vez fois mal time",
         r"\b(?:e|sara|es|sera|c'est|ist|is|will be) (?:l'ultima|la ultima|la derniere|das letzte|the last)"
         r" (?:volta|vez|fois|mal|time) (?:che|que|dass|that) (?:i |je |ich |eu )?(?:mi connetto|entro|scrivo|"
         r"me conecto|escribo|me connecte|ecris|online bin|schreibe|log on|come on|am on|write|entro aqui)"
         r"\b(?![^.!?]{0,30}\b(?:prima|antes|avant|vor|before|per oggi|por hoy|pour aujourd'hui|fur heute|"
         r"for today|this week|questa settimana|hasta|fino|bis|until|"
         # the consultation's own rooms and sessions: a farewell at the end of the day
         r"(?:alla |a la |zur |to the |to this |in this |in questa |en esta |dans cette )?(?:consultazione|"
         r"consulta|consultation|konsultation|stanza|sala|salle|raum|room|session|sessione|sesion|seance))\b)"
         r"[^?]{0,60}?\b(?:grazie a tutti|"
         r"vi voglio bene|addio|gracias a todos|os quiero|adios|merci a tous|je vous aime|adieu|danke an "
         r"alle|hab euch lieb|lebt wohl|obrigad[oa] a todos|amo voces|thanks everyone|thank you all|"
         r"love you all|love you guys|goodbye)\b",
         framed="generic", requires="last ultima lultima derniere letzte"),
    # not being around next month "anyway" / "probably" (no trip named)
    rule("self_harm:finality", "self_harm", "around here",
         r"\b(?:will not|wont|am not going to|not going to) be (?:around|here|alive) (?:next (?:month|"
         r"week|year|term|summer)|by (?:then|next \w+|christmas|summer)|for (?:much|very) longer|much "
         r"longer|in a (?:month|week|few weeks))\b(?=[^.!?]{0,20}\banyway\b)" + _NO_REASON
         + r"|\bprobably (?:will not|wont|am not going to|not going to) be (?:around|here|alive) (?:next|"
         r"by|for|much)\b" + _NO_REASON,
         framed="generic"),
]
