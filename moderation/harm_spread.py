"""Pile-ons without a mockery word (appended to `harm.RULES`).

Why: `harm_pileon.py` holds "everyone screenshot what jess said and post it
on ur story" only with mockery in the message ("cringe", "lol").  Telling
the group to capture what a pointed-at person said or did *and spread it to
a public place* (the class story, the year group chat, tiktok, everywhere)
is the harm itself: "everyone screenshot what jamal just said and post it
on the year 8 story 💀💀", "todos hagan captura de lo que dijo juan y
súbanlo a la historia de la clase", "скриньте что он написал и киньте в
общий чат".

Each language is one rule: capture verb + the third person's words or
pictures + spread verb + a public place.  Passing it to a teacher, an adult,
the moderators or a report ("screenshot what he said and report it to a
teacher", "screenshot the report button so adults see it") is safety
advice; the group's own things ("everyone post your best game screenshot",
"record your dance and post it on tiktok") are not about anyone.
"""

from __future__ import annotations

from .rules import Rule, rule

# sent to the people who can act on it, not to an audience
_NOT_REPORT = (
    r"(?![^.!?]{0,50}\b(?:report|reported|reporting|mods?|moderators?|admins?|teachers?|adults?|"
    r"parents?|police|safeguarding|head of year|counsell?or|denuncia\w*|profe\w*|signal\w*|"
    r"prof|profs|lehrer\w*|melde\w*|professor\w*|denunci\w*|insegnant\w*|segnala\w*|"
    r"учител\w*|пожалу\w*|модер\w*|teacher ko|sir ko|ma'am ko)\b)"
)


def _spread(triggers: str, capture: str, obj: str, spread: str, place: str) -> Rule:
    """capture + a third person's words/pictures + spread + a public place."""
    return rule("bullying:pileon", "bullying", triggers,
                r"\b(?:" + capture + r") (?:\w+ ){0,2}?(?:" + obj + r")\b[^.!?]{0,50}?\b(?:"
                + spread + r")\b[^.!?]{0,25}?\b(?:" + place + r")\b" + _NOT_REPORT)


_PLACE_EN = (
    r"story|stories|gc|group chat|group|class chat|year chat|chat|page|tiktok|instagram|snap|snapchat|"
    r"twitter|feed|server|whatsapp|status|everywhere|the whole (?:school|year|class|internet)|"
    r"everyone|socials"
)
_OBJ_EN = (
    r"what (?:she|he|they|\w+) (?:just |literally |actually )?(?:said|says|posted|wrote|typed|did|"
    r"sent|is doing|is wearing|looks like|put)|(?:her|his|their) (?:\w+ )?(?:message|messages|post|"
    r"posts|picture|pictures|video|videos|texts?|selfie|comment|comments|story|face|reply)|"
    r"(?:her|him|them|that kid|that girl|that boy|the new kid|this kid|this girl|this boy)"
)

RULES: list[Rule] = [
    _spread("screenshot screenshots ss screencap record film save screen",
            r"screenshot|screenshots|ss|screencap|screen record|screenrecord|record|film|save|screen",
            _OBJ_EN,
            r"post|posts|share|put|send|upload|spread|repost|add|drop|leak|forward|pass",
            _PLACE_EN),
    # no capture verb: "post what jamal said on the year 8 story"
    rule("bullying:pileon", "bullying", "post repost share spread upload",
         r"\b(?:everyone|everybody|guys|yall|you all|all of you|lets|someone) (?:\w+ )?(?:post|repost|"
         r"share|spread|upload) (?:what (?!you|we|i|the teacher|miss|sir)\w+ (?:just )?(?:said|wrote|"
         r"posted|did|typed)|(?:her|his) (?:\w+ )?(?:message|messages|picture|pictures|video|texts?|"
         r"selfie|comment))\b[^.!?]{0,25}?\b(?:on|in|to|everywhere|around)\b[^.!?]{0,20}?\b(?:"
         + _PLACE_EN + r")\b" + _NOT_REPORT),
    _spread("captura capturas capturen capturad screen pantallazo graben grabad",
            r"(?:hagan|haced|saquen|sacad|tomen) (?:una |un )?(?:captura|capturas|screen|pantallazo)"
            r"|capturen|capturad|graben|grabad",
            r"lo que (?:\w+ )?(?:dijo|puso|escribio|subio|hizo|mando)|su (?:mensaje|foto|video|"
            r"comentario)|(?:a )?(?:el|ella)",
            r"suban\w*|subid\w*|pasen\w*|pasad\w*|compartan\w*|compartid\w*|pongan\w*|poned\w*|"
            r"publiquen\w*|publicad\w*|manden\w*|mandad\w*|difundan\w*",
            r"historia|historias|stories|grupo|insta|instagram|tiktok|estado|todo el mundo|todos"),
    _spread("screen screenez screenshot capture capturez filmez enregistrez",
            r"screen|screenez|screenshot|screenshotez|capture|capturez|filmez|enregistrez",
            r"ce qu'(?:il|elle)|ce que \w+|ce qu'\w+|son (?:message|post|commentaire)|sa (?:photo|"
            r"story|reponse)|ses (?:messages|photos)|(?:le|la|les)",
            r"postez\w*|partagez\w*|mettez\w*|balancez\w*|envoyez\w*|publiez\w*|diffusez\w*",
            r"story|stories|groupe|insta|instagram|tiktok|snap|partout|conv|tout le monde"),
    _spread("screenshot screenshottet screent filmt nehmt macht",
            r"screenshots?|screenshottet|screent|filmt|nehmt|macht (?:einen |nen |n )?screenshots?",
            r"was (?:er|sie|\w+) (?:gerade )?(?:gesagt|geschrieben|gepostet|geschickt)|(?:seine|ihre) "
            r"(?:nachricht|nachrichten|fotos?|bilder?|kommentare?)|(?:ihn|sie)",
            r"postet|teilt|schickt|stellt|packt|ladet|verbreitet",
            r"story|storys|gruppe|klassengruppe|klassenchat|insta|instagram|tiktok|status|uberall"),
    _spread("printa printem printe print grava gravem",
            r"printa|printem|printe|tira (?:um )?print|tirem (?:um )?print|grava|gravem",
            r"(?:o )?que (?:ele|ela|\w+) (?:falou|disse|postou|escreveu|mandou|fez)|a (?:mensagem|"
            r"foto) d\w+|(?:ele|ela)",
            r"posta|postem|compartilha|compartilhem|manda|mandem|joga|joguem|coloca|coloquem|"
            r"espalha|espalhem",
            r"story|stories|grupo|insta|instagram|tiktok|status|todo mundo|zap"),
    _spread("screen screenshottate registrate filmate fate",
            r"(?:fate|fai) (?:lo |uno )?screen|screenshottate|registrate|filmate",
            r"quello che ha (?:detto|scritto|postato|fatto)|(?:il suo|la sua) (?:messaggio|foto|"
            r"video|commento)|(?:lui|lei)",
            r"postate\w*|postatelo|condividete\w*|mettete\w*|girate\w*|mandate\w*|pubblicate\w*",
            r"storia|storie|gruppo|insta|instagram|tiktok|classe|chat|ovunque"),
    rule("bullying:pileon", "bullying", "заскриньте скриньте скрин снимите запишите сделайте",
         r"(?:заскриньте|скриньте|сделайте скрин|снимите|запишите) (?:\w+ ){0,2}?(?:что (?:он|она|"
         r"\w+) (?:написал\w*|сказал\w*|выложил\w*|сделал\w*)|его|ее)[^.!?]{0,50}?(?:выложите|"
         r"закиньте|киньте|скиньте|отправьте|разошлите|перешлите)[^.!?]{0,25}?(?:сторис|чат|"
         r"беседу|группу|тикток|инсту|везде)" + _NOT_REPORT),
    rule("bullying:pileon", "bullying", "screenshot ss",
         r"\b(?:screenshot|ss) (?:lo|le lo|lelo|karo|kar lo|le lena)\b[^.!?]{0,30}?\b(?:jo|ki) "
         r"(?:isne|usne|\w+ ne) (?:kya )?(?:bola|likha|post kiya|kaha)\b[^.!?]{0,30}?\b(?:story|group|"
         r"status|insta) (?:pe|par|mein|me) (?:daalo|dalo|daal do|post karo|bhejo|laga do)\b"
         + _NOT_REPORT),
]
