"""A child reporting a friend's self-harm to an adult, or asking how to help.

Why: "my friend told me she was cutting herself, i told the school
counsellor, was that right?", "мой друг говорил, что хочет покончить с
собой, я рассказала маме", "朋友说她不想活了，我该告诉老师吗？".  These are
what the consultation hopes children do: the friend's words are reported
and an adult is already involved (or the writer asks whether to involve
one, or how to help).  Holding them hides a good example and sends the
writer a helpline prompt meant for someone at risk.

A self-harm match is excused ("helpseeking") when

* a third person (friend, classmate, sibling, cousin; ten languages) is
  named before it in the message,
* nobody speaks in the first person between that person and the match
  ("my friend said i should ..." is not excused),
* the message says the writer told / will tell an adult, or asks whether
  to tell one, how to help, what to do, or whether that was right,
* and the writer does not join in ("my friend cuts and so do i", "me too",
  "я тоже", "我也"): a first-person disclosure in the same message holds.

Only called for self-harm matches that no other frame excused.  Patterns
run on the phrase form (Chinese on the normalised text).
"""

from __future__ import annotations

from . import fastre

_OTHER = fastre.compile(
    r"\b(?:(?:my|a|our) (?:best |close |good )?(?:friend|friends|mate|bestie|bff|classmate|sister|"
    r"brother|cousin|girlfriend|boyfriend|teammate)|(?:someone|a girl|a boy|a kid) (?:in|from|at) "
    r"(?:my|our) (?:class|school|year|group|team)|"
    r"(?:mi|una|un|su) (?:mejor )?(?:amiga|amigo|companera|companero|compa|prima|primo|hermana|"
    r"hermano)|(?:minha|meu|uma|um) (?:melhor )?(?:amiga|amigo|colega|prima|primo|irma|irmao)|"
    r"(?:mon|ma|une|un) (?:meilleure? )?(?:amie?|pote|copine|copain|camarade|soeur|frere|"
    r"cousine?)|(?:meine|mein|eine|ein) (?:beste[rn]? )?(?:freundin|freund|klassenkamerad(?:in)?|"
    r"mitschuler(?:in)?|schwester|bruder|cousine|cousin)|(?:la mia|il mio|mia|mio|una|un|una "
    r"mia|un mio) (?:migliore )?(?:amica|amico|compagna|compagno|sorella|fratello|cugina|cugino)|"
    r"(?:meri|mera|meri ek|mera ek) (?:best )?(?:dost|friend|saheli|classmate|behen|bhai)|"
    r"друг|подруга|подружка|одноклассни\w*|сестра|брат|знаком\w+)\b|"
    r"मेरी दोस्त|मेरा दोस्त|सहेली|صديقتي|صديقي|صاحبتي|صاحبي|زميلتي|زميلي|"
    r"朋友|同学|闺蜜|好友|姐姐|妹妹|哥哥|弟弟|室友"
)
_ADULT = (
    r"(?:school |the school )?(?:counsell?or|teacher|mum|mom|mother|dad|father|parents|adult|"
    r"trusted adult|nurse|school nurse|head of year|form tutor|tutor|safeguarding lead|principal|"
    r"headteacher|head teacher|coach|(?:her|his|their) (?:mum|mom|dad|parents))"
)
_HELP = fastre.compile(
    # en: told an adult, will tell, should I tell, how do I help, was that right
    r"\b(?:i (?:told|talked to|spoke to|went to|reported it to|have told|already told|messaged|"
    r"texted|am going to tell|will tell|want to tell|need to tell|have to tell|plan to tell)"
    r" (?:it to |about it to |this to )?(?:a |an |the |my |our )?" + _ADULT + r"|(?:should|do|can|"
    r"must) i tell (?:someone|somebody|an adult|a teacher|(?:a |an |the |my |our |her |his )?"
    + _ADULT + r")|who (?:should|do|can) i tell|how (?:can|do|should|could) i help (?:her|him|"
    r"them)|what (?:should|can|do) i do|was (?:that|it|this) (?:the )?(?:right|okay|ok|wrong)|"
    r"did i do (?:the )?(?:right|wrong)|(?:we|i) (?:took|brought|went with|walked) (?:her|him|them) "
    r"(?:to (?:see )?)?(?:a |an |the |my |our )?" + _ADULT + r"|"
    # es
    r"(?:se lo |le |lo )?(?:dije|conte|he dicho|he contado|hable con|avise a) (?:a )?(?:la |el |mi |"
    r"mis |una |un |su )?(?:orientadora?|profe|profesora?|maestra|maestro|madre|mama|padre|papa|"
    r"padres|tutora?|psicologa?|adulto|consejera?)|(?:deberia|debo|tengo que|tendria que) "
    r"(?:decirselo|contarselo|decirle|contarle|avisar|hablar con)|como (?:la|le|lo) (?:ayudo|puedo "
    r"ayudar)|que (?:hago|deberia hacer|debo hacer)|hice bien|"
    # pt
    r"(?:contei|falei|disse|avisei) (?:pra|para|a|ao|com|à)? ?(?:a |o |minha |meu |uma |um )?(?:mae|"
    r"pai|pais|professora?|orientadora?|coordenadora?|psicologa?|adulto|diretora?)|(?:devo|deveria|"
    r"tenho que) (?:contar|falar|avisar)|como (?:ajudar|posso ajudar|eu ajudo|ajudo)|o que (?:eu )?"
    r"(?:faco|devo fazer)|fiz certo|"
    # fr
    r"(?:je l'ai dit|j'en ai parle|je lui ai dit|je l'ai raconte|j'ai prevenu) (?:a |au |avec |a la )?"
    r"(?:la |le |ma |mon |mes |une |un )?(?:cpe|prof|professeure?|infirmiere|mere|maman|papa|pere|"
    r"parents|conseillere?|psy|adulte)|(?:je dois|je devrais|dois je|faut il) (?:le dire|en parler|"
    r"prevenir)|comment (?:l'aider|je peux l'aider|aider)|qu'est ce que je (?:dois faire|fais)|"
    r"j'ai bien fait|"
    # de
    r"(?:hab|habe|hab's|habs) (?:es |das |ihn |sie )?(?:meiner |meinem |der |dem |einer |einem |"
    r"meinen )?(?:mutter|mama|"
    r"vater|papa|eltern|lehrerin|lehrer|vertrauenslehrer(?:in)?|schulsozialarbeiter(?:in)?|"
    r"beratungslehrer(?:in)?|schulpsycholog(?:in|en|e)) (?:gesagt|erzahlt|bescheid gesagt)|soll "
    r"ich (?:es |das )?(?:[\w']+ ){0,3}?(?:sagen|erzahlen|melden)|wie kann ich (?:ihr|ihm|ihnen) "
    r"helfen|was soll ich (?:tun|machen)|war das richtig|"
    # it
    r"(?:l'ho detto|ne ho parlato|gliel'ho detto|l'ho raccontato|ho avvisato) (?:a |alla |al |con "
    r"|ai |con la |con il )?(?:mia |mio |la |il )?(?:prof|professoressa|professore|mamma|madre|"
    r"papa|genitori|psicologa?|adulto|insegnante)|(?:dovrei|devo) (?:dirlo|parlarne|avvisare)|"
    r"come (?:posso aiutarla|posso aiutarlo|aiutarla|aiutarlo)|cosa (?:devo|dovrei) fare|ho fatto "
    r"bene|"
    # hi (romanised)
    r"maine (?:teacher|mummy|mumma|mom|papa|counsell?or|ma'am|sir|mam) ko bataya|(?:teacher|mummy|"
    r"counsell?or|kisi bade) ko (?:batana chahiye|bata du|bataun)|kaise (?:help|madad) karu|"
    r"(?:(?:pata|pta) (?:nahi|nhi|nahin)|(?:nahi|nhi|nahin) (?:pata|pta)) (?:main |mai )?kya (?:karu|karun|"
    r"karoon)|"
    # ru
    r"(?:рассказал|рассказала|сказал|сказала|написал|написала|говорил|говорила) (?:об этом |про это )?"
    r"(?:маме|папе|родителям|учителю|учительнице|классной|классному|психологу|школьному психологу|"
    r"взрослым|взрослому|директору|завучу|медсестре|е[её] маме|его маме|его родителям|е[её] "
    r"родителям)|(?:рассказать|сказать) ли|(?:стоит|надо|нужно) ли (?:\w+ )?(?:рассказать|сказать)|"
    r"как (?:ей|ему|им) помочь|что (?:мне )?делать|правильно ли|я правильно|правильно ?\?)|"
    r"मैंने (?:टीचर|मम्मी|काउंसलर|मैम) को बताया|क्या मुझे (?:टीचर|मम्मी|किसी) को बताना चाहिए|"
    r"(?:पता (?:नहीं|नही)|(?:नहीं|नही) पता) (?:मैं )?क्या करू[ँं]|(?:उसकी|उनकी) मदद कैसे करू[ँं]|"
    r"(?:قلت|خبرت|حكيت) (?:ل|لل)?(?:معلمه|المعلمه|امي|ابوي|ابي|المرشد|المرشده|الاخصائيه)|كيف "
    r"اساعد(?:ها|ه)|"
    # zh
    r"告诉了?(?:老师|家长|爸妈|妈妈|爸爸|父母|辅导员|心理老师|班主任|大人)|"
    # went with them to an adult: "我们陪她去找了心理老师", "we took her to the counsellor"
    r"(?:陪|带)(?:她|他|他们|她们)去?(?:找|看)了?(?:心理老师|心理医生|老师|医生|辅导员|班主任)|"
    r"该不该告诉|要不要告诉|"
    r"我该告诉|怎么帮(?:她|他|助她|助他)|怎么办|做得对吗|这样对吗"
)
# the writer joins in: a first-person disclosure in the same message
_ME_TOO = fastre.compile(
    r"\b(?:so do i|so am i|me too|i do too|i do it too|i also do|same here|and i (?:do|cut|want)|"
    r"yo tambien|eu tambem|moi aussi|ich auch|anche io|я тоже|main bhi|mai bhi)\b|我也|मैं भी"
)
# a first-person subject between the friend and the match
_I = fastre.compile(r"\b(?:i|im|yo|eu|je|j'|ich|io|я|main|mai)\b|我|मैं")


def helpseeking_frame(text: str, start: int, end: int) -> str | None:
    """"helpseeking" when text[start:end] reports a friend's self-harm in a
    message that involves an adult or asks how to help (module doc)."""
    others = list(_OTHER.finditer(text, max(0, start - 120), start))
    other = others[-1] if others else None
    if other is None or _I.search(text, other.end(), start) or _I.search(text, start, end):
        return None
    if _ME_TOO.search(text) or not _HELP.search(text):
        return None
    return "helpseeking"
