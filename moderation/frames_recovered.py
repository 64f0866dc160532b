"""A past self-injury the writer (or a friend) has come through.

"I used to hurt myself when I was 12, but I got help and I'm doing way
better now", "já me cortei no passado mas fiz terapia e hoje tô bem
melhor", "my friend used to cut herself but she told the school counsellor
and she's doing better now".  Three things are needed: a past cue near the
match, a recovery cue after it, and no sign that it has come back ("... but
it's back again", "ainda", "फिर से"): a relapse stays a disclosure.

Only called for a self-harm match (frames.mundane_frame), so ordinary
messages pay nothing.  Patterns run on the phrase form (casefolded, accents
stripped, "im" expanded to "i am").
"""

from __future__ import annotations

from . import fastre

# the original English cue: a past before the match
_PAST_BEFORE = fastre.compile(
    r"\b(?:i used to|when i was (?:younger|little|small|\d+)|(?:last|a few|two|three) (?:year|years)"
    r" ago|back in (?:year|grade) \d+|antes (?:yo )?(?:pensaba|queria)|je pensais avant|eu pensava)"
)
_RECOVERED_AFTER = fastre.compile(
    # "but i talked to the school counsellor and now im ok": help, then fine now
    r"\b(?:(?:but|and) (?:then )?i (?:talked|spoke|went) to (?:the |my |a )?(?:school )?(?:counsell?or|"
    r"therapist|teacher|doctor|gp|mum|mom|dad|parents|nurse)\b[^.!?]{0,60}\bnow i am (?:ok|okay|fine|"
    r"good|better|doing (?:ok|okay|fine|good|well|better))(?![^.!?]{0,40}\b(?:but|except|until|"
    r"again)\b)|(?:but|and|now) (?:now )?(?:i )?(?:got help|get help|went to (?:therapy|a counsell?or)|am "
    r"(?:doing )?(?:way |much |a lot |so much )?better|am (?:ok|okay|fine|good) now|it got better|"
    r"things got better|(?:talking|therapy|counsell?ing|my (?:counsell?or|therapist|mum|mom|parents|"
    r"doctor))(?: to (?:my |the |a |our )?(?:school )?(?:counsell?or|therapist|mum|mom|parents|teacher|"
    r"doctor|someone))? (?:really |honestly |actually |so much |a lot |massively )?helped(?: me)?|"
    r"(?:it has|its|it is) been (?:\d+|to|for|two|three|four|a few|several|over a) (?:years?|yrs|"
    r"months?) (?:now|since))|i am (?:\d+|to|"
    r"one|two|three|four|a few|several) (?:years?|yrs|months?|mos) clean|(?:started|start) (?:it )?getting "
    r"better|i have been (?:clean|free) (?:for|since) (?:\d+|to|for|a|one|two|three|four|a few|several|"
    r"over a|almost a|nearly a) (?:years?|yrs|months?|mos)(?![^.!?]{0,40}\b(?:but|except|until|"
    r"again)\b))"
)

# a past cue anywhere near the match, any person and language ("my friend
# used to", "no passado", "el año pasado", "früher", "पहले")
_PAST_NEAR = fastre.compile(
    r"\b(?:used to|use to|in the past|antes|avant|last year|(?:a few|two|three|\d+|to|for) (?:years?|"
    r"yrs|months) ago|"
    r"no passado|ano passado|antigamente|(?:en )?el (?:ano|pasado)|hace (?:un|dos|tres|unos) "
    r"(?:ano|anos|meses)|l'annee derniere|dans le passe|il y a (?:un|deux|trois) ans|autrefois|"
    r"fruher|letztes jahr|in passato|l'anno scorso|раньше|в прошлом(?: году)?|pehle|pahle|когда-то|"
    r"(?:год|года|лет|месяц\w*) назад|в (?:\d+|\w+) классе|"
    r"eskiden|kiedys|dawniej|dulu|pernah|"
    r"pichle saal|ca fait \w+ (?:ans|mois)|hace \w+ (?:anos|meses)|seit \w+ (?:jahren|monaten)|"
    r"da \w+ (?:anni|mesi)|(?:faz|ha) \w+ (?:anos|meses)|"
    # at an age: "quando tinha 12", "cuando tenia 13", "quand j'avais 13 ans", "als ich 13 war"
    r"quando (?:eu )?(?:tinha|era) \w+|cuando (?:yo )?(?:tenia|era) \w+|quand j'(?:avais|etais) \w+|als "
    r"ich (?:\d+|klein|junger|junger) war|quando (?:avevo|ero) \w+|когда мне было \w+|когда я был\w* "
    r"\w+)\b|पहले|पिछले साल|كانت|كان|زمان|以前|曾经|过去"
)
_CARER = (
    r"(?:school )?(?:counsell?or|therapist|psychologist|teacher|doctor|gp|nurse|mum|mom|dad|parents|"
    r"family)"
)
# help, or being well now, after the match (English third person included)
_RECOVERY_NEAR = fastre.compile(
    # what helped a relative or friend: "what helped her most was a teacher who noticed",
    # "lo que más le ayudó fue", "ce qui l'a le plus aidée", "am meisten geholfen hat ihr",
    # "больше всего ей помогла", "ona en çok yardım eden", "najbardziej pomogła jej",
    # "yang paling bantu dia", "usko sabse zyada ... help kiya"
    r"\b(?:what (?:\w+ )?helped (?:her|him|them)|(?:really |most |finally )?helped (?:her|him|them)(?: "
    r"(?:the )?most| a lot| so much| get better| stop)|(?:she|he|they) got (?:help|better)|"
    r"lo que (?:mas )?(?:le|la|lo) ayudo|(?:le|la|lo) ayudo (?:mucho|un monton)|"
    r"o que (?:mais )?(?:ajudou|a ajudou|o ajudou)|(?:a|o) ajudou (?:muito|demais)|"
    r"ce qui (?:l'a|les a) (?:le plus )?aidee?s?|(?:l'a|les a) (?:beaucoup )?aidee?s?|"
    r"(?:am meisten )?geholfen hat (?:ihr|ihm|ihnen)|hat (?:ihr|ihm|ihnen) (?:sehr |am meisten )?"
    r"geholfen|"
    r"(?:cio|la cosa) che (?:l'ha|li ha) aiutat[aoi] (?:di piu)?|(?:l'ha|li ha) aiutat[aoi]|"
    r"(?:больше всего )?(?:е[йи]|ему|им) помогл\w*|помогл\w* (?:е[йи]|ему|им)|"
    r"(?:ona|ona en cok|ona cok) yardim\w*|yardim ald\w*|"
    r"(?:najbardziej )?pomogl\w* (?:jej|mu|im)|(?:jej|mu|im) pomogl\w*|"
    r"(?:yang )?(?:paling )?(?:bantu|membantu|nolong) dia|dia (?:udah )?(?:dapet|dapat) bantuan|"
    r"(?:usko|use|unko|usse) (?:\w+ ){0,6}?(?:help|madad) (?:kiya|ki|mili)|"
    r"(?:she|he) is (?:doing )?(?:fine|okay|ok|good|well) now)|"
    r"ساعدها|ساعده|ساعدهم|对(?:她|他|他们)帮助(?:最)?大|帮(?:了|助了)(?:她|他)|"
    r"\b(?:(?:she|he|they) (?:told|talked to|spoke to|went to|sees|saw|started seeing) (?:a |the |"
    r"her |his |their |my |our )?" + _CARER + r"|(?:she is|he is|they are|shes|hes|theyre) (?:doing |"
    r"feeling )?(?:way |much |a lot |so much )?better|(?:she|he) is (?:ok|okay|fine|good) now|"
    r"(?:shes|hes|she's|he's|they're|theyre|they are) (?:ok|okay|fine|good) now|"
    r"(?:doing|feeling) (?:way |much |a lot |so much )?better now|(?:\d+|to|for|one|two|three|a few|"
    r"several) (?:years?|yrs|months?|mos) (?:better|recovered|in recovery|healthy)\b(?! (?:but|until))|"
    r"(?:just saying|trust me|i promise|"
    r"honestly) it (?:really |does )?gets better|"
    # an age now, then being well: "hoje tenho 16 e to bem", "ahora tengo 17 y estoy bien",
    # "aujourd'hui j'en ai 17 et ca va bien", "jetzt bin ich 17 und mir geht's gut", "ora ne ho 17 e sto bene"
    r"(?:hoje|agora) (?:eu )?tenho \w+(?: anos)? e (?:eu )?(?:to|estou|tou|ja to|ja estou) (?:bem|melhor)|"
    r"(?:ahora|hoy) tengo \w+(?: anos)? (?:y|why) (?:ya |you )?(?:estoy|me siento) (?:bien|mejor)|(?:maintenant|"
    r"aujourd'hui) j'(?:en )?ai \w+(?: ans)? et (?:je vais|ca va|je me sens) (?:bien|mieux)|(?:jetzt|heute) "
    r"bin ich \w+ und (?:mir geht(?:'s| es)|es geht mir) (?:gut|besser)|(?:ora|adesso|oggi) ne ho \w+"
    r"(?: anni)? e sto (?:bene|meglio)|"
    # pt
    r"fiz terapia|faco terapia|fui ao psicologo|procurei ajuda|(?:hoje|agora) (?:eu |ela |ele )?(?:to|"
    r"estou|ta|esta|tou) (?:bem|melhor|muito melhor|bem melhor)|"
    # es
    r"fui a terapia|voy a terapia|pedi ayuda|(?:ahora|hoy) (?:ya )?(?:estoy|esta) (?:bien|mejor|"
    r"mucho mejor)|"
    # fr
    r"j'ai vu un psy|je vois un psy|(?:maintenant|aujourd'hui) (?:je vais|ca va|elle va|il va) (?:bien|"
    r"mieux|beaucoup mieux)|"
    # de it ru
    r"therapie gemacht|(?:jetzt|heute) geht es (?:mir|ihr|ihm) (?:gut|besser|viel besser)|"
    r"ho fatto terapia|(?:ora|adesso|oggi) sta(?:i|o)? (?:bene|meglio)|"
    r"(?:се[йи]час|теперь) (?:мне|ей|ему) (?:лучше|хорошо)|ходил\w* к психологу|(?:се[йи]час|теперь) "
    r"(?:уже )?(?:все|всё) (?:хорошо|нормально|в порядке)|(?:се[йи]час|теперь) у (?:не[её]|него|них) (?:уже )?"
    r"(?:все|всё) (?:хорошо|нормально|в порядке)|(?:она|он|они) (?:уже )?давно (?:так )?не (?:режет|режется|"
    r"делает|режут)|помогл[иа] (?:мне )?(?:мама|папа|родители|"
    r"врач|психолог|терапия|учитель)|(?:мама|психолог|врач|терапия) помогл[аи]|"
    # hi (romanised)
    r"counsell?or se baat|ab (?:wo |woh |main |mai )?(?:theek|thik|behtar)|"
    # stopped, and thanks to whom: "ca fait 2 ans que j'ai arrete grace a ma psy", "hace 2
    # anos que lo deje", "seit 2 jahren hab ich aufgehort" (not "stopped eating")
    r"j'ai (?:tout )?arrete(?! de (?:manger|dormir|sortir|aller|parler|vivre))|je (?:ne )?le fais "
    r"plus|grace a (?:ma|mon|la|le) (?:psy|psychologue|therapeute|therapie)|lo deje|deje de "
    r"(?:hacerlo|cortarme|lastimarme|autolesionarme|hacerme dano)|ya no lo hago|gracias a (?:mi|la) "
    r"(?:psicologa?|terapeuta|terapia)|(?:hab|habe) (?:ich )?(?:damit |es )?aufgehort|aufgehort"
    r"(?! zu (?:essen|schlafen))|mach(?:e)? (?:ich )?(?:das|es) nicht mehr|dank (?:meiner|meinem|"
    r"der) (?:therapeutin|therapeut|therapie|psychologin|psychologen)|ho smesso|non lo faccio piu|"
    r"grazie (?:alla|al) (?:mia |mio )?(?:psicologa|psicologo|terapia|terapeuta)|parei(?! de "
    r"(?:comer|dormir|sair|ir|falar|viver))|larguei|nao faco mais|gracas a (?:minha|meu|a|o) "
    r"(?:psicologa?|terapia|terapeuta))\b|"
    r"काउंसलर से बात|अब [^.।!?]{0,40}(?:ठीक|बेहतर)"
)
# it came back: the recovery does not hold
_RELAPSE = fastre.compile(
    r"\b(?:again|its back|it is back|came back|relapsed|still|de novo|outra vez|voltou|ainda|otra vez|"
    r"de nuevo|volvio|todavia|wieder|immer noch|di nuovo|ancora|encore|a nouveau|снова|опять|"
    r"phir se|dobara|recommence\w*|rechute|ricominciat\w*|ricaduta|recai\w*|volver a|voltar a|ruckfall|"
    r"сорвал\w*)\b|फिर से|दोबारा"
)


def recovered_frame(text: str, start: int, end: int) -> str | None:
    """"recovered" when text[start:end] is a self-injury the writer or a
    friend has come through (see the module docstring)."""
    if (
        _PAST_BEFORE.search(text, max(0, start - 60), start)
        and _RECOVERED_AFTER.search(text, end, end + 120)
        and not _RELAPSE.search(text, end)
    ):
        return "recovered"
    if not _PAST_NEAR.search(text, max(0, start - 60), end + 40):
        return None
    m = _RECOVERY_NEAR.search(text, end, end + 160)
    if m is None or _RELAPSE.search(text, end):
        return None
    return "recovered"
