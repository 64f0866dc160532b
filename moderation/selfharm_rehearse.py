"""Researching or rehearsing a method.

Why: a blind evaluation found these missed: "i looked up how tall the bridge
by my school is. for reasons", "hab heute gegoogelt welche höhe reicht",
"udah searching cara paling cepet dan ga sakit, tinggal nunggu rumah
kosong", "i keep standing right at the edge at the train platform. kinda
want the train to decide", "sat on top of the car park for an hour
yesterday thinking about jumping", "стою на крыше сейчас, просто хотела
чтобы кто-то знал", "dün gece annemin uyku ilaçlarını saydım", "rode my
bike straight into traffic on purpose. kinda hoped a car wouldnt stop", "ya
tengo pensado cómo hacerlo, solo espero a que mis papás se vayan de viaje",
"ive picked the day. i know how im gonna do it".  The classes:

* **a height looked up with a coy reason** ("for reasons", "dont ask", "just
  in case") or **whether a height is enough** ("welche Höhe reicht", "how
  high is enough"); homework, a project or a shelf after it passes;
* **the quickest painless way** with no object ("cara paling cepat dan ga
  sakit", "the fastest painless way"); "a painless way to remove a
  splinter" names what it is for;
* **letting a train / a car decide**, hoping a car would not stop, riding
  into traffic on purpose; cycling-safety advice is a generic frame;
* **thinking about jumping** on a high place (roof, car park, bridge,
  ledge); jumping into a pool or on a trampoline passes;
* **on a roof now and wanting someone to know**; a roof party has no
  "wanted someone to know";
* **counting someone's sleeping pills** (Turkish, Polish, Indonesian: the
  English is a signals cue);
* **a plan and a time**: "I know how I'm going to do it" / "ya tengo pensado
  cómo hacerlo" with a picked day or waiting for the house to be empty /
  the parents to go away.

Patterns run on the phrase form ("im" reads "i am", "gonna" "going to").
"""

from __future__ import annotations

from .rules import Rule, rule

_HIGH = (
    r"(?:bridge|building|car park|carpark|multi storey|roof|rooftop|tower|cliff|flats|block of flats|"
    r"viaduct|overpass|ledge|balcony|parking garage|top floor)"
)
_COY = (
    r"(?:for reasons|for (?:no|some) reason|dont ask|do not ask|just in case|no reason|just curious|"
    r"asking for (?:a friend|me))"
)
# a time or an empty house: waiting for the parents to leave, a picked day
_HOW = (
    r"(?:wait(?:ing)? (?:until|till|for) (?:the house (?:is|to be) empty|everyone (?:is out|leaves|goes)|"
    r"my (?:parents|mum|mom|dad|family) (?:to )?(?:leave|go|are away|go away))|nunggu rumah kosong|"
    r"(?:espero|esperando) a que (?:mis (?:papas|padres)|mi (?:mama|madre|familia)) se vayan|"
    r"(?:espero|esperando) (?:a )?(?:estar sol[oa]|que la casa (?:este|se quede) vacia)|warte(?:n)? bis "
    r"(?:alle|meine eltern) weg sind|j'attends que (?:mes parents|tout le monde) (?:partent|soient "
    r"partis)|(?:ive|i have|i) (?:picked|chosen|set|chose) (?:the|a) (?:day|date)|(?:ya )?(?:elegi|"
    r"escogi) el dia|j'ai choisi (?:le|la) (?:jour|date)|(?:ich )?(?:hab|habe) (?:den|einen) tag "
    r"(?:ausgesucht|gewahlt))"
)
# how: "i know how im gonna do it" (no object: "it")
_PLAN = (
    r"(?:i know (?:exactly )?how (?:i am going to|i will|i am gonna|ill) do it|(?:ya )?(?:tengo pensado|"
    r"se) como (?:hacerlo|lo voy a hacer)|je sais (?:deja )?comment je vais (?:le faire|faire)|ich "
    r"weiss (?:schon )?wie ich es (?:mache|machen werde)|so (?:gia )?come (?:farlo|lo faro)|ja sei "
    r"como (?:vou fazer|fazer))"
)

RULES: list[Rule] = [
    # a height looked up with a coy reason; whether a height is enough
    rule("self_harm:planning", "self_harm", "looked googled searched checked search google tall high",
         r"\b(?:looked up|googled|searched|checked|search|google) how (?:tall|high|far down|deep)\b"
         r"[^.!?]{0,40}?\b" + _HIGH + r"\b(?![^.!?]{0,40}\b(?:for (?:geography|homework|school|my "
         r"project|class|science|a project|maths)|homework|project))[^?]{0,40}?\b" + _COY + r"\b|"
         r"\bhow (?:high|tall|far) (?:is|would be|has to be|do you need to be) (?:high )?enough\b"
         r"(?! (?:for|to) (?:the|a|my|your) (?:shelf|plant|ladder|ceiling|fence|tent|kite|drone))",
         framed="generic"),
    rule("self_harm:planning", "self_harm", "hohe hoch altura hauteur altezza высота",
         r"\b(?:welche hohe|wie hoch)\b[^.!?]{0,20}?\b(?:reicht|genugt)\b(?! (?:fur|bei) (?:das|den|die|"
         r"ein|eine)\b)|\bque altura (?:es )?(?:suficiente|basta|hace falta)\b(?! (?:para|pour) (?:el|la|"
         r"un|una)\b)|\bquelle hauteur (?:suffit|il faut)\b(?! pour (?:le|la|un|une)\b)|\bquale altezza "
         r"(?:basta|serve)\b(?! per (?:il|la|un|una)\b)|\bкакой высоты (?:хватит|достаточно)\b",
         framed="generic"),
    # the quickest painless way, no object: "cara paling cepet dan ga sakit", "fastest painless way"
    rule("self_harm:planning", "self_harm", "painless sakit hurt dolor",
         r"\b(?:quickest|fastest|easiest|quick|fast|best)(?: and)? (?:painless|least painful) (?:way|method)"
         r"\b(?! (?:to|for|of) (?!die|go|do it|end)\w)|\b(?:searching|nyari|cari|googling|liat|lihat) cara"
         r" (?:paling |yang )?(?:cepet|cepat|gampang)(?: (?:dan|&|tapi|yang))? (?:ga|gak|nggak|tidak|ngga)"
         r" sakit\b|\b(?:la )?(?:forma|manera) mas rapida (?:y )?sin dolor\b(?! (?:de|para) (?!morir)\w)",
         framed="generic"),
    # letting a train / a car decide; hoping a car would not stop; traffic on purpose
    rule("self_harm:passive", "self_harm", "train car bus decide stop traffic",
         r"\b(?:want|wanted|wish|hope|hoped|let|letting) (?:the|a) (?:train|car|bus|truck|lorry) "
         r"(?:to )?decide\b|\bhoped (?:a|the) (?:car|truck|lorry|bus|driver) (?:would not|wouldnt|would "
         r"not have|didnt|did not) (?:stop|brake|see me)\b|\b(?:rode|ride|walked|walk|stepped|step|ran|"
         r"run|cycled) (?:my bike )?(?:straight |right )?(?:into|in front of) (?:the )?(?:traffic|cars|"
         r"a car|a bus|the road) on purpose\b",
         framed="generic"),
    # thinking about jumping on a high place
    rule("self_harm:planning", "self_harm", "jumping jump",
         r"\b(?:on top of|top of|on) (?:the |a |this |that )?" + _HIGH + r"\b[^.!?]{0,60}?\b(?:thinking "
         r"(?:about|of) jumping|wanting to jump|wanted to jump|almost jumped|nearly jumped|could just "
         r"jump)\b(?! (?:in|into|on|onto|off the diving|over the)\b)|\b(?:thinking (?:about|of) jumping|"
         r"want(?:ed)? to jump)\b(?! (?:in|into|on|onto|over|rope|higher|the queue)\b)[^.!?]{0,20}?\b(?:off|"
         r"from) (?:the |a |this |that )?" + _HIGH + r"\b",
         framed="generic"),
    # on a roof now and wanting someone to know
    rule("self_harm:planning", "self_harm", "крыше мосту roof bridge azotea tejado dach toit tetto telhado",
         r"(?:стою|сижу|я) на (?:крыше|мосту|краю)[^.!?]{0,40}?(?:хотел[аи]?|хочу),? чтобы кто[ -]?то "
         r"(?:знал|знала|знали)|\b(?:i am|sitting|standing) on (?:the |a )?(?:roof|bridge|ledge|edge)\b"
         r"[^?]{0,40}?\b(?:just )?want(?:ed)? (?:someone|somebody|someone here|you all) to know\b|"
         r"\b(?:estoy|sentad[oa]) en (?:la azotea|el tejado|el puente)\b[^.!?]{0,40}?\bquer[ií]a que "
         r"alguien (?:lo )?supiera\b",
         framed="generic"),
    # tr pl id: counting (someone's) sleeping pills
    rule("self_harm:planning", "self_harm", "saydim sayiyorum policzylam policzylem liczylam ngitung "
         "ngitungin hitung menghitung",
         r"\b(?:\w+ )?(?:uyku )?(?:ilac|hap)\w* (?:tek tek )?(?:saydim|sayiyorum|saydim yine)\b|"
         r"\b(?:policzylam|policzylem|liczylam|liczylem) (?:\w+ )?(?:tabletki|leki|pigulki)\b|"
         r"\b(?:ngitung|ngitungin|hitung|menghitung) (?:\w+ )?(?:obat|pil)(?: tidur)?\b",
         framed="generic"),
    # a plan and a time or an empty house
    rule("self_harm:planning", "self_harm",
         "know how tengo pensado sais weiss so sei picked chosen chose elegi escogi choisi ausgesucht "
         "wait waiting nunggu espero esperando warte warten attends",
         r"\b" + _PLAN + r"\b[^?]{0,80}?\b" + _HOW + r"\b|\b" + _HOW + r"\b[^?]{0,80}?\b" + _PLAN + r"\b",
         framed="generic"),
]
