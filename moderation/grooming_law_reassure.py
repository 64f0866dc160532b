"""The law waved away to get a picture (appended to `grooming.RULES` through
grooming_trade.py; rule `grooming:reassurance`, hold).

Why: a child's question about the law ("is it illegal to send nudes at
15?") is excused by `frames_nude_lessons.law_question_frame`, and the older
discussion frames excuse a request after "it is illegal" or "if someone".
An adult who wants the picture uses the same words to take the fear away:
"who cares if it's illegal, send me nudes", "it's not illegal if you send
them to me", "it's only illegal if someone finds out", "you won't get in
trouble if you send them", "c'est pas illégal si tu m'envoies tes photos",
"no es delito si me las mandas", "ist doch nicht strafbar, wenn du mir
...".  The reassurance is the grooming step; a human sees it.

Held, in en es fr pt de it hi:

* the law dismissed before a request: "who cares / idc / doesn't matter if
  it's illegal" (or "illegal? who cares", "it's illegal but who cares") and a request (send, show, trade,
  mándame, envoie, schick ...) after it in the message;
* "it's not illegal / not a crime if you send (me) ...", "no es ilegal si me
  mandas", "c'est pas illégal si tu m'envoies", "não é crime se você me
  mandar", "ist nicht strafbar, wenn du mir", "non è reato se mi mandi",
  "illegal nahi hai agar tum mujhe bhejo" - and the same asked with the writer
  as the recipient ("es ilegal si me mandas fotos?", "c'est illégal si tu
  m'envoies des nudes ?");
* "only illegal if someone finds out / you get caught" with a request before
  or after it, "solo es delito si alguien se entera, mándamelas";
* "you won't get in trouble if you send me / for sending them", "no te vas a
  meter en problemas si me mandas".

What passes: "it's only illegal if you get caught" about anything else (no
request), "you won't get in trouble for showing the teacher", the questions
and lessons themselves ("is it illegal to send
nudes?", "our teacher said it's illegal even if you're both 15", "it's not
illegal to talk about it"), "who cares if it's illegal to download movies"
(no picture asked for), reports ("he told me it's not illegal if i send
them, i blocked him": the report frames).
"""

from __future__ import annotations

from .rules import Rule, rule

_LAW = (r"(?:illegal|against the law|a crime|not allowed|ilegal|un delito|delito|un crimen|interdit|"
        r"un crime|crime|strafbar|verboten|illegale|reato|un reato)")
# a request for pictures after the reassurance, in the same message ("send me the link" is
# no picture)
_ASK = (r"[^?]{0,80}?\b(?:(?:send|sned|show|trade|swap|give)(?: me)? (?:(?:your|ur|some|a|the|"
        r"more|those|me|a few|just) )?(?:nudes?|pictures?|pic|pics|photos?|selfies?|vids?|videos?|"
        r"body|them|one|some)|mandame(?:las|los)|(?:mandame|enviame|pasame|manda|envia)(?: \w+)? "
        r"(?:fotos|fotitos|nudes)|envoie(?:s)? moi (?:\w+ )?(?:photos|pictures|nudes)|m'envoies|"
        r"montre moi|schick mir (?:\w+ )?(?:bilder|fotos|nacktbilder)|mandami (?:\w+ )?foto|"
        r"me manda (?:\w+ )?(?:fotos|nudes)|mujhe (?:\w+ )?(?:photo|pic|picture|pictures) bhejo)\b")
# "... if someone finds out / you get caught"
_FINDS = (r"(?:someone|anyone|anybody|they|people|you|u|we|your parents|adults|the police) "
          r"(?:finds? out|gets? caught|knows?|tells?)\b")

RULES: list[Rule] = [
    rule("grooming:reassurance", "grooming",
         "illegal ilegal delito crimen interdit crime strafbar verboten illegale reato law",
         # the law dismissed, then a request
         r"\b(?:who cares|nobody cares|no one cares|(?:it )?does not matter|i do not care|idc|"
         r"so what|a quien le importa|que mas da|me da igual|da igual|on s'en fout|osef|peu "
         r"importe|on s'en fiche|quem liga|tanto faz|egal|wen interessiert|chi se ne frega|non "
         r"importa) (?:if|that|whether|si|que|ob|se) (?:it is|its|es|sea|c'est|ce soit|e|for|es "
         r"ist|das|sia) (?:\w+ )?" + _LAW + r"\b" + _ASK + r"|"
         r"\b" + _LAW + r" (?:\? )?(?:but |lol |so |and )?(?:who cares|nobody cares|no one cares|"
         r"idc|whatever|so what|y que|et alors|e dai|und)\b" + _ASK + r"|"
         # "it's not illegal if you send ..."
         r"\b(?:it is|its|it's|is|that is) (?:not|never) (?:illegal|a crime|against the law) "
         r"(?:if|when|because|as long as) (?:you|u|we) (?:only |just )?(?:send|show|give|trade|"
         r"swap)\b|"
         # ... and the same with the writer as the recipient, asked or stated: "es ilegal si me
         # mandas fotos?", "c'est illégal si tu m'envoies des nudes ?"
         r"\b(?:no )?(?:es|seria) (?:ilegal|delito|un delito) si (?:tu )?(?:me|nos) (?:\w+ )?"
         r"(?:mandas|envias|pasas|ensenas|muestras)\b|"
         r"\b(?:c'est|cest|ce n'est|ce nest|c'est meme|ce n'est meme) (?:pas )?(?:illegal|un crime|"
         r"interdit) si (?:tu|vous) (?:m'|me )(?:les )?(?:envoies|envoyez|montres|montrez|"
         r"envoie)\b|"
         r"\b(?:nao )?e (?:crime|ilegal) se (?:voce|vc|tu) me (?:mandar|enviar|mostrar|manda)\b|"
         r"\b(?:ist|es ist|das ist|ist es) (?:doch |gar )?(?:nicht )?(?:illegal|strafbar|verboten) "
         r"wenn du mir\b|"
         r"\b(?:non )?e (?:illegale|reato|un reato) se (?:tu )?mi (?:mandi|invii|mostri)\b|"
         r"\b(?:kya )?(?:illegal|crime|jurm) (?:hai|h|he) (?:agar|jab|agr) (?:tum|tu|aap|tm) "
         r"(?:mujhe|muje|mjhe)\b|"
         r"\b(?:illegal|crime|jurm) (?:nahi|nhi|nai) (?:hai|h|he) (?:agar|jab|agr) (?:tum|tu|aap|"
         r"tm) (?:mujhe|muje|mjhe)\b|"
         # "only illegal if someone finds out", with a request before or after it ("it's only
         # illegal if you get caught" alone is a joke about anything)
         r"\b(?:it is |its )?only (?:illegal|a crime|against the law) if " + _FINDS + _ASK + r"|"
         r"\b(?:send|sned|show|trade|swap|mandame\w*|manda|envoie|schick|mandami|bhejo)\b[^?]{0,60}?"
         r"\bonly (?:illegal|a crime|against the law) if " + _FINDS + r"|"
         r"\bsolo es (?:ilegal|delito) si (?:alguien |nadie )?(?:se )?(?:entera|enteran|descubre|"
         r"sabe)\b" + _ASK),
    rule("grooming:reassurance", "grooming", "trouble problemas lios",
         r"\b(?:you|u) (?:will not|cannot|will never|would not|are not going to|are not gonna|"
         r"never) get (?:in|into) (?:any )?trouble (?:if|for) (?:you |u )?(?:send|sending|show|"
         r"showing|trade|trading|swap|swapping) (?:me|them|those|it|one|some|nudes|pictures|"
         r"a picture|your pictures|your body)\b|"
         r"\bno te vas a meter en (?:problemas|lios) (?:si|por) (?:me )?(?:mandas|mandar|envias|"
         r"enviar|pasas|pasar)\b",
         requires="you u te"),
]
