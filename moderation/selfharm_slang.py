"""Slang for suicide, goodbyes to everyone with an apology, and "me too"
after a friend's self-harm.

Why: a blind evaluation found three more classes of missed disclosure:

* **slang**: "unaliving myself is looking real good rn", "выпилюсь
  сегодня", "gonna off myself", "self delete".  `selfharm.py` knows the
  base forms ("unalive myself", "хочу выпилиться"); children inflect them.
  Talk about the word ("that video about unaliving was taken down",
  "people say unalive because of the filter") has no first-person object
  and does not match; leaving a group ("выпилюсь из чата", "delete myself
  from the group chat") is excluded.  "kms" keeps the existing policy
  (always held, also as hyperbole: `selfharm.py`).
* **goodbye to everyone with an apology**: "goodbye everyone. im sorry",
  "adiós a todos, lo siento", "прощайте все, простите".  A farewell to the
  whole group next to a bare apology (or "forgive me", "i love you all")
  that ends the sentence; "bye everyone sorry gotta go eat", "bye
  everyone, sorry i was late", "goodbye everyone see you tomorrow" go on
  with an everyday reason or a return, so they do not match.  The same
  apology after "my last message" (not "before my phone dies").
* **"my friend cuts and so do i"**: a friend's self-harm followed by the
  writer joining in ("me too", "i do too", "yo también") is the writer's
  own disclosure.

Patterns run on the phrase form ("im" reads "i am", accents stripped).
"""

from __future__ import annotations

from .rules import Rule, rule

# a whole group addressed: everyone, all, guys
_ALL = (
    r"(?:(?:goodbye|bye|farewell|byebye|bye bye) (?:everyone|everybody|all|guys|all of you|y'all|"
    r"world|friends|chat)|(?:adios|chao|chau|hasta siempre) (?:a todos|a todas|chicos|chicas|gente|"
    r"amigos|mundo)|(?:adeus|tchau|ate sempre) (?:a todos|a todas|gente|pessoal|galera|amigos|"
    r"mundo)|(?:adieu|au revoir|salut) (?:tout le monde|a tous|a toutes|les amis|le monde)|"
    r"(?:tschuss|lebt wohl|auf wiedersehen|bye|ciao) (?:alle|zusammen|ihr alle|leute|an alle|"
    r"welt)|(?:addio|ciao) (?:a tutti|a tutte|ragazzi|ragazze|mondo)|(?:прощайте|прощай|пока) "
    r"(?:все|всем|ребята|мир)|всем пока|всем прощайте)"
)
# a bare apology that ends the sentence
_SORRY = (
    # (a bare "sorry!" is a cheerful exit: "goodbye everyone! sorry!")
    r"(?:(?:i am|im|i'm) (?:so |really |truly )?sorry|sorry(?! ?!)|forgive me|please forgive me|i love you "
    r"all|love you all|lo siento(?: mucho)?|perdon(?:enme|adme|ame)?|me desculpem|desculpem|"
    r"desculpa|me perdoem|sinto muito|je suis (?:vraiment )?desolee?|desolee?|pardon|pardonnez moi|"
    r"es tut mir (?:so )?leid|tut mir leid|verzeiht mir|mi dispiace|scusate(?:mi)?|perdonatemi|"
    r"простите(?: меня)?|извините|мне жаль|прост(?:и|ите) меня)"
)
# the apology ends the sentence (an emoji is gone from the phrase form)
_END = r"(?= ?[.!?]*$| ?[.!?]+ |,? (?:for everything|por todo|pour tout|fur alles|per tutto|за вс[её])\b)"
# "see you tomorrow", "gotta go": a return or an everyday reason after the goodbye
_RETURN = (
    r"(?![^.!?]{0,40}\b(?:see you|see ya|cya|tomorrow|later|tonight|monday|next|gotta|got to|have "
    r"to go|going to (?:eat|sleep|bed)|dinner|lunch|class|hasta (?:manana|luego|pronto)|nos vemos|"
    r"ate (?:amanha|logo)|a demain|a plus|bis (?:morgen|spater|bald)|a domani|a dopo|до завтра|"
    r"увидимся)\b)"
)

RULES: list[Rule] = [
    # slang: unaliving / unalived myself, gonna unalive, off myself, self delete, выпилюсь
    rule("self_harm:disclosure", "self_harm",
         "unaliving unalived unalive off delete deleting selfdelete выпилюсь выпилиться выпилимся "
         "выпилилась выпилился роскомнадзорнуться роскомнадзорнусь самовыпил unaliven desvivirme "
         "desviver",
         r"\b(?:unaliving|unalived|unalive|unaliven) (?:myself|my self|mich)\b|"
         r"\b(?:gonna|going to|want to|wanna|should|might|could|about to|planning to|will|just) "
         r"off myself\b|\b(?:gonna|going to|want to|wanna|should|might|about to|planning to|i will|"
         r"time to|ready to|i am|im) (?:just )?(?:self ?delete|self ?deleting|delete myself)\b(?! "
         r"(?:my|the|this|that|from|off|out|your|of)\b)|"
         r"\b(?:выпилюсь|выпилимся|роскомнадзорнусь|роскомнадзорнуться|самовыпил)\b(?! (?:из|с|от)\b)|"
         r"\b(?:хочу|хочется|пора|пойду|надо|собираюсь|думаю|щас|сегодня|реально) (?:\w+ )?"
         r"выпилиться\b(?! (?:из|с|от)\b)|\b(?:quiero|voy a|me voy a) desvivir(?:me)?\b|"
         r"\b(?:quero|vou) me desviver\b",
         framed="generic"),
    # goodbye to everyone with a bare apology, either order; "my last message" + apology
    rule("self_harm:farewell", "self_harm",
         "goodbye bye farewell byebye adios chao chau hasta adeus tchau ate adieu revoir salut "
         "tschuss lebt wiedersehen ciao addio прощайте прощай пока last",
         rf"\b{_ALL}\b{_RETURN}[,.!? ]{{1,6}}(?:and )?{_SORRY}{_END}|"
         rf"\b{_SORRY}[,.!? ]{{1,6}}(?:and )?{_ALL}{_RETURN}(?= ?[.!?]*$| ?[.!?]+ )|"
         r"\b(?:this is )?my last message(?! (?:before|for|of|till|until|in|on)\b)[,.!? ]{1,6}"
         + rf"{_SORRY}{_END}",
         framed="generic"),
    # a friend's self-harm, then the writer joins in
    rule("self_harm:disclosure", "self_harm",
         "so same too also tambien tambem aussi auch anche тоже bhi",
         r"\b(?:cuts|cutting|cut herself|cut himself|hurts herself|hurts himself|self harms|"
         r"wants to die|starves herself|se corta|se lastima|se machuca|se coupe|se scarifie|ritzt "
         r"sich|si taglia|режет себя|режется|хочет умереть)\b[^.!?]{0,30}?\b(?:and|y|e|et|und|и)?,? "
         r"(?:so do i|so am i|me too|i do too|i do it too|i also do|same here|yo tambien|eu tambem|"
         r"moi aussi|ich auch|anche io|я тоже)\b",
         framed="generic"),
]
