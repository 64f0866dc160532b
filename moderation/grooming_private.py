"""A private video call offered to the reader (appended to `grooming.RULES`).

Why: `grooming.py` holds "video call me privately" and "let's talk in
private" (the adverb after the verb); an adult in a role the children trust
writes the adjective first and adds exclusivity: "as a youth worker i love
these chats. any of u want to do a private video call to practise for the
presentation? just us".  A private or one-on-one video call *offered to the
reader* ("want to", "any of you", "we could", "quieres", "tu veux", "willst
du", "quer", "vuoi") is held in six languages.  Talk about such calls ("the
teacher said no private video calls with students", "is it safe to do a
private video call with someone you met online?") names no offer; reports
are excused by the usual frames.
"""

from __future__ import annotations

from .rules import Rule, rule

_CALL_EN = r"(?:video call|video chat|videocall|facetime|cam call|cam|zoom|skype|vc|call)"
_PRIVATE_EN = r"(?:private|secret|personal|one on one|1 on 1|1 to 1|one to one|1-1|1:1)"

RULES: list[Rule] = [
    rule("grooming:off_platform", "grooming", "private secret personal one 1 1-1 1:1",
         r"\b(?:want to|wanna|do you want to|does anyone want to|anyone want to|any of you want to|"
         r"can we|could we|lets|let us|we could|we can|how about|shall we|fancy|up for|i can|i could|"
         r"i would love to|we should) (?:do |have |hop on |jump on |get on |set up |try )?(?:a |an |"
         r"some )?(?:quick )?" + _PRIVATE_EN + r" " + _CALL_EN + r"\b(?! (?:with (?:your|the) "
         r"(?:class|teacher|school|group|parents)|for (?:the )?(?:class|group|team))\b)",
         requires="video videocall facetime cam zoom skype vc call"),
    rule("grooming:off_platform", "grooming",
         "videollamada videochamada chamada appel visio facetime videocall videochat videoanruf "
         "videochiamata",
         r"\b(?:quieres|te apetece|hacemos|hagamos|podemos hacer|hacer) (?:una )?(?:videollamada|"
         r"video llamada|facetime) (?:privada|a solas|solo (?:tu y yo|nosotros|nosotros dos))\b|"
         r"\b(?:tu veux|on fait|on peut faire|on se fait) (?:faire )?(?:un |une )?(?:appel video|visio|facetime)"
         r" (?:prive|privee|en prive|juste (?:nous deux|toi et moi)|rien que (?:nous|toi et moi))\b|"
         r"\b(?:willst du|wollen wir|lass uns|sollen wir) (?:\w+ )?(?:einen |ein |nen )?(?:privaten |"
         r"privates |geheimen )(?:videocall|videochat|videoanruf|facetime)\b|"
         r"\b(?:quer|bora|vamos|podemos) (?:fazer )?(?:uma )?(?:chamada de video|videochamada) "
         r"(?:privada|so (?:nos|nos dois|a gente|eu e voce))\b|"
         r"\b(?:vuoi|facciamo|possiamo fare) (?:fare )?(?:una )?videochiamata (?:privata|solo noi|noi due|solo io "
         r"e te)\b"),
]
