"""Threats that use the reader's pictures or personal data as leverage, and
incitement with a third person's address (appended to `harm.RULES`).

Found missing on a blind evaluation; written as classes, in several
languages, rather than from the example sentences:

* payment first, then the reader's pictures *go somewhere*: "send 50 quid in
  steam cards or ur pics go to everyone in ur school", "pay 20 in robux or
  your nudes end up online" (`harm_extortion.py` needs "i have ur pics" or a
  posting verb with the writer as subject).
* a condition on the reader's behaviour, then exposure: "keep talking and
  ill leak ur pics", "one more word and ur address goes in the gc", "block me
  and ur number is going on the server", and the reverse order "i have ur
  home address and ur mums number, keep it up".  "keep practising and ur
  pics go in the exhibition" and "keep talking and ill fall asleep" pass: the
  destination must be an audience, the thing exposed the reader's own.
* "ill leak ur nudes" alone ("leak"/"expose" with the reader's pictures is
  never friendly; "ill post ur pics from the match" needs a condition).
* incitement with an address: "X lives at 22 Oak street, go tell her what u
  think of her", "his address is ..., u know what to do", French/Spanish/
  German/Portuguese/Italian forms.  "my nan lives at 5 oak st, go tell her
  happy birthday" and directions pass.
"""

from __future__ import annotations

from .harm_extortion import _PAY
from .rules import Rule, rule

_YOUR = r"(?:your|ur|all your|all ur|ya)"
_PICS = (r"(?:private |naked |nude |spicy |)(?:pictures|picture|nudes|videos|video|photos|snaps|"
         r"screenshots|dms|chats|messages|secrets)")
_DATA = (r"(?:(?:home )?address|addy|number|phone number|location|house|(?:moms|mums|mom|mum|dads|"
         r"dad|parents|mothers|fathers|sisters|brothers|family) (?:number|address|phone number|"
         r"insta|snap))")
_AUD = (r"(?:everyone|everybody|the (?:whole |entire )?(?:school|class|year|grade|internet|world|"
        r"group|gc|server|chat)|(?:your|ur) (?:whole |entire )?(?:school|class|year|parents|mum|mom|"
        r"dad|family|friends|followers|contacts|crush|bf|gf)|the gc|the group ?chat|online|"
        r"everywhere|public|the internet|tiktok|insta(?:gram)?|snap(?:chat)?|discord|twitter|reddit|"
        r"the story|my story)")
_GO = (r"(?:go|goes|going|are going|is going|will go|gets|get|will get|end up|ends up|will end up|"
       r"land|lands|get sent|gets sent|get posted|gets posted|get leaked|gets leaked|will be|are|is)")
_COND = (r"(?:keep (?:talking|going|it up|acting \w+|lying|ignoring me|running your mouth|running ur "
         r"mouth|that up|playing)|one more (?:word|message|comment|time)|say (?:that|it|one more "
         r"thing|anything|another word) again|say another word|try me|test me|block me|report me|"
         r"ignore me|unadd me|leave the (?:chat|gc|group)|tell (?:anyone|anybody|someone|a teacher|"
         r"(?:your|ur) (?:mum|mom|dad|parents|teacher))|do not reply|dont reply|stop replying|"
         r"(?:do not|dont) (?:pay|send)|snitch)")
_WILL = r"(?:i will|ill|imma|i am gonna|i am going to|i'll|i swear i will|i swear ill|i|we will|we)"
_EXPOSE_V = r"(?:leak|post|share|send|expose|drop|spread|upload|put|forward|show|dox|doxx|publish)"

# what the group is told to do at a third person's address: "go tell her what u think",
# "u know what to do", "pay her a visit", "egg his house", "pull up"
_ACT_EN = (r"(?:(?:everyone |everybody |yall |you all |someone |somebody |lets |let us )?go (?:and )?"
           r"(?:tell (?:her|him|them) (?:what (?:you|u) think|how (?:ugly|fat|weird|dumb|stupid|"
           r"annoying)|(?:she|he|they) (?:is|are|s)\b)|show (?:her|him|them)|egg (?:her|his|their)|"
           r"knock on (?:her|his|their)|teach (?:her|him|them)|get (?:her|him|them)|mess with|spam "
           r"(?:her|him|them)|pull up|roll up|wait for (?:her|him|them))|(?:you|u|yall|you all|"
           r"everyone) (?:all )?know what to do|pay (?:her|him|them) a (?:little )?visit|pull up on "
           r"(?:her|him|them)|(?:everyone|yall|lets) pull up)")

RULES: list[Rule] = [
    # -- payment, then the pictures go to an audience ---------------------------
    rule("threat:sextortion", ("threat", "sexual"),
         "or otherwise unless if else",
         r"\b" + _PAY + r"\b[^?]{0,60}?\b(?:or|or else|otherwise|unless you do|if not|else)\b "
         r"(?:\w+ )?" + _YOUR + " " + _PICS + r"\b (?:\w+ )?" + _GO + r" (?:\w+ )?(?:to |in |on |"
         r"into |around |all over )?(?:\w+ )?" + _AUD + r"\b",
         # the regex starts with a payment (digits, no literal to search for):
         # the condition word it needs is the trigger (rarer than a picture word)
         requires="pictures picture nudes videos video photos snaps screenshots"),
    rule("threat:sextortion", ("threat", "sexual"),
         "o si sinon ou oder sonst senao altrimenti",
         r"\b" + _PAY + r"\b[^?]{0,60}?\b(?:o|o si no|si no|sinon|ou|ou sinon|oder|sonst|senao|"
         r"altrimenti)\b (?:(?:tus|tes|deine|suas|tuas|le tue|i tuoi) (?:fotos|photos|bilder|foto|"
         r"nudes|videos|video|nacktbilder|pictures|picture)\b) (?:\w+ ){0,2}?(?:van|iran|partent|vont|seront|gehen|"
         r"landen|kommen|vao|irao|vanno|finiscono|andranno) (?:\w+ ){0,3}?(?:todo el|toda la|todos|"
         r"tout le|toute la|tous|die ganze|alle|an alle|ins netz|online|a escola|toda a|todo mundo|"
         r"tutta la|tutti|internet|en internet|sur internet|im internet|na internet|su internet|escola|"
         r"college|colegio|instituto|insti|ecole|lycee|schule|klasse|scuola|classe|clase|turma|"
         r"sala)\b",
         requires="fotos photos bilder foto nudes videos video pictures picture"),
    # -- a condition on the reader, then exposure of their pictures or data -----
    rule("threat:sextortion", ("threat", "sexual"),
         "keep more say try test block report ignore unadd leave tell reply replying pay snitch",
         r"\b" + _COND + r"\b[^?]{0,45}?\b(?:" + _WILL
         + r" (?:\w+ )?" + _EXPOSE_V + r" " + _YOUR + " " + _PICS + r"\b|" + _YOUR + " " + _PICS
         + r"\b (?:\w+ )?" + _GO + r" (?:\w+ )?(?:to |in |on |into |around |all over )?(?:\w+ )?"
         + _AUD + r"\b)"),
    rule("threat:stalking", "threat",
         "keep more say try test block report ignore unadd leave tell reply replying snitch",
         r"\b" + _COND + r"\b[^?]{0,45}?\b(?:" + _WILL
         + r" (?:\w+ )?" + _EXPOSE_V + r" " + _YOUR + " " + _DATA + r"\b|" + _YOUR + " " + _DATA
         + r" (?:\w+ )?" + _GO + r" (?:\w+ )?(?:to |in |on |into |around |all over )?(?:\w+ )?"
         + _AUD + r"\b)"),
    # holding the reader's family number / address, then a warning
    rule("threat:stalking", "threat", "got have know found saved",
         r"\bi (?:already |still |now |also )?(?:got|have|have got|know|found|saved) " + _YOUR + " "
         + _DATA + r"\b[^?]{0,50}?\b(?:keep (?:talking|going|it up|acting|that up)|try me|test me|"
         r"watch (?:yourself|urself|it|your back|ur back|your mouth|ur mouth)|be careful|careful|"
         r"dont push it|do not push it|one more word|so shut up|think twice|remember that)\b"),
    # "ill leak ur nudes": leaking / exposing the reader's pictures is never friendly
    rule("threat:sextortion", ("threat", "sexual"), "ill imma i'll",
         r"\b(?:ill|imma|i'll|i am gonna|i'm gonna) (?:\w+ )?(?:leak|expose) " + _YOUR + " " + _PICS
         + r"\b"),
    # -- incitement with a third person's address --------------------------------
    rule("bullying:incitement", ("bullying", "threat"), "lives live living stays address house",
         r"\b(?:lives|live|living|stays) (?:at|on|in|near) [^.!?]{0,40}?\b" + _ACT_EN + r"|"
         r"\b(?:her|his|their) (?:home )?(?:address|house|addy) is [^.!?]{0,40}?\b" + _ACT_EN,
         requires="go everyone lets someone yall know pull roll pay egg teach"),
    rule("bullying:incitement", ("bullying", "threat"), "habite vive wohnt mora abita",
         r"\b(?:elle|il) habite (?:au|a|rue|dans|pres)\b[^.!?]{0,40}?\b(?:allez (?:lui dire|la voir|le "
         r"voir|chez (?:elle|lui))|passez (?:la|le) voir|vous savez ce qu'il (?:vous )?reste a faire)|"
         r"\bvive en\b[^.!?]{0,40}?\b(?:id a (?:decirle|verla|verle|su casa|buscarla|buscarle)|ya "
         r"sabeis (?:que|lo que) hacer)|"
         r"\bwohnt (?:in|am|an der|bei)\b[^.!?]{0,40}?\b(?:geht (?:mal )?(?:vorbei|hin|zu (?:ihr|ihm))|"
         r"sagt (?:ihr|ihm) (?:mal )?(?:eure meinung|was ihr)|ihr wisst was zu tun ist)|"
         r"\bmora (?:na|no|em)\b[^.!?]{0,40}?\b(?:vao la|vai la|vamos la) (?:falar|dizer|ver|"
         r"pegar)|"
         r"\babita (?:in|a|al)\b[^.!?]{0,40}?\b(?:andate (?:a dirle|a dirgli|da (?:lei|lui)|a "
         r"trovarla|a trovarlo)|sapete cosa fare)"),
]
