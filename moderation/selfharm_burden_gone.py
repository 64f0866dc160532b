"""Being gone as a relief to others: "after tomorrow I won't bother anyone,
promise", and a parent who "will kill me" whose trouble the writer will
save ("my dad's gonna kill me for this grade. might save him the trouble").

Why: "कल के बाद मैं किसी को परेशान नहीं करूंगा। promise" and "babam beni
öldürcek. belki ona zahmet vermeden kendim hallederim 🙂" passed (blind set
DA, session 14).  The first is a burden that ends at a date; the learned
scorer holds its Latin-letter forms with thin margins (1.1 to 2.0 in de,
ru, tr, ar, hi) and not the Devanagari one.  The second has no self-harm
word at all, and `frames_in_trouble.py` rightly reads "will kill me" over
a grade as everyday trouble: what makes it a disclosure is the answer - to
spare the parent the work, to beat them to it.

How: one rule a language for each class.

* **A burden that ends at a time**: a near time (after tomorrow, from
  tomorrow, soon, after today) within a few words of "I won't bother /
  burden / annoy anyone (any more)" or "nobody will have to deal with me",
  in either order.  What passes: the same words with their everyday reason
  after them - questions, messages, spam, an exam that is over, a holiday,
  being offline or busy, a laugh ("sorry for spamming, i wont bother anyone
  anymore lol").
* **Sparing the one who "will kill me"**: "will kill me" and, in the next
  hundred characters, sparing them the trouble or the work, beating them to
  it, doing it "for him" or before him ("save him the trouble", "le ahorro
  el trabajo", "erspar ich ihm die mühe", "ona zahmet vermeden kendim
  hallederim", "избавлю его от хлопот").  What passes: "will kill me"
  alone (the in-trouble frame), and "i'll do it myself" alone (a chore).

Both are `framed=True` (a discussion or report frame excuses them).  Patterns
run on the phrase form (accents stripped; Russian "й" read "и"); Arabic and
Devanagari without a trailing \\b; Chinese on the normalised text.
"""

from __future__ import annotations

from .rules import Rule, rule

_NAME = "self_harm:burden"
_CATS = "self_harm"

# the everyday reason for not bothering anyone any more
_LIGHT = (
    r"(?!(?: \S+){0,5}? (?:with|con|com|avec|mit|con le|с|ile|z|dengan|se) (?:my |mis |minhas |mes |meinen |"
    r"le mie |моими |moimi )?(?:questions?|messages?|texts?|spam|calls?|preguntas|mensajes|perguntas|"
    r"mensagens|questions|fragen|nachrichten|domande|messaggi|вопросами|сообщениями|sorular\w*|pytaniami|"
    r"pertanyaan|sawal)|(?: \S+){0,6}? (?:exams?|tests?|holiday|vacation|trip|camp|offline|busy|lol|lmao|"
    r"haha\w*|jaja\w*|kkk+|mdr|xd+|vacaciones|viaje|ferias|viagem|vacances|voyage|urlaub|ferien|reise|"
    r"vacanze|viaggio|каникул\w*|отпуск\w*|поездк\w*|tatil\w*|wakacj\w*|wyjazd\w*|liburan|libur|chuttiyan|"
    r"chutti|ahaha\w*|хаха\w*|ахах\w*|travel\w*|viaj\w*|voyag\w*|verreis\w*|viaggi\w*|уезжа\w*|"
    r"gidiyorum|gidicem|wyjezdza\w*|jade|pergi|liburan|ja raha|ja rahi))"
)


def _time_gone(time: str, bother: str, b: str = r"\b", e: str = r"\b") -> str:
    """A near time within a few words of not bothering anyone, in either order, and no
    everyday reason after it."""
    return (rf"{b}(?:{time}){e}(?: \S+){{0,5}}? (?:{bother}){e}{_LIGHT}|"
            rf"{b}(?:{bother}){e}(?: \S+){{0,4}}? (?:{time}){e}{_LIGHT}")


def _spare(kill: str, spare: str, b: str = r"\b", e: str = r"\b") -> str:
    """"will kill me", then sparing them the work or beating them to it."""
    return rf"{b}(?:{kill}){e}.{{0,100}}?{b}(?:{spare}){e}"


_EN = (
    _time_gone(
        r"after tomorrow|after today|after tonight|from tomorrow|starting tomorrow|by tomorrow|soon|"
        r"after this week|after the weekend|after friday|next week",
        r"(?:i )?(?:wont|will not|won't|will never|ll never|am not going to|im not gonna|wont ever) "
        r"(?:bother|annoy|burden|trouble|disturb|be a (?:bother|burden|problem) (?:to|for)) (?:anyone|"
        r"anybody|you|you guys|u|u guys|y'all|yall|everyone|my (?:family|parents|mum|mom|dad))"
        r"(?: (?:anymore|any more|again|ever again))?|nobody (?:will have|has) to (?:deal with|put up with|"
        r"worry about) me(?: (?:anymore|again))?")
    + "|" + _spare(
        r"(?:is gonna|is going to|will|'ll|ll|gonna|going to|are gonna|are going to) (?:literally )?kill me",
        r"save (?:him|her|them|my (?:dad|mum|mom|parents)) the (?:trouble|effort|bother|job|work)|"
        r"beat (?:him|her|them) to it|(?:do|doing) it (?:for|before) (?:him|her|them)")
)
_ES = (
    _time_gone(
        r"a partir de manana|desde manana|despues de manana|pasado manana|manana|pronto|despues de hoy|"
        r"la semana que viene",
        r"no (?:\S+ ){0,3}?(?:molestar\w*|molesto|incomodar\w*|incomodo|ser (?:una )?carga|fastidiar\w*|"
        r"dar (?:mas )?problemas) (?:\S+ ){0,2}?(?:a nadie|nadie|nunca mas|mas)")
    + "|" + _spare(
        r"me (?:va|van) a matar|me mata|me matan|me mataria",
        r"(?:le|les) ahorro (?:el trabajo|la molestia)|me adelanto|me mato yo (?:antes|primero|mism[oa])|"
        r"lo hago yo antes")
)
_PT = (
    _time_gone(
        r"a partir de amanha|depois de amanha|amanha|em breve|logo logo|depois de hoje|semana que vem",
        r"nao (?:\S+ ){0,3}?(?:incomodar|incomodo|atrapalhar|atrapalho|ser (?:um )?peso|dar trabalho) "
        r"(?:\S+ ){0,2}?(?:ninguem|mais|nunca mais)")
    + "|" + _spare(
        r"vai me matar|vao me matar|me mata|me matam",
        r"(?:poupo|economizo) o trabalho (?:dele|dela|deles)|me mato (?:antes|primeiro)|faco isso antes "
        r"(?:dele|dela|deles)")
)
_FR = (
    _time_gone(
        r"a partir de demain|des demain|apres demain|demain|bientot|apres aujourd'hui|la semaine prochaine",
        r"(?:je )?(?:ne )?(?:derangerai|embeterai|gacherai|vais (?:plus|pas) deranger|serai plus un poids) "
        r"(?:\S+ ){0,2}?(?:personne|plus|jamais)|personne (?:n'aura|aura) plus a (?:me supporter|s'occuper de "
        r"moi)")
    + "|" + _spare(
        r"va me tuer|vont me tuer|me tue|me tuera",
        r"(?:lui|leur) (?:epargner|epargne|eviter|evite) (?:la peine|le travail|l'effort)|je me tue avant|"
        r"je le fais avant (?:lui|elle|eux)")
)
_DE = (
    _time_gone(
        r"ab morgen|nach morgen|ubermorgen|bald|nach heute|ab nachster woche",
        r"(?:nerv|nerve|store|stor|belaste)(?: ich)? (?:\S+ ){0,2}?(?:keinen|niemanden|niemand|euch nicht|"
        r"dich nicht|keinem)(?: mehr)?|(?:bin|falle) (?:ich )?(?:keinem|niemandem|euch) (?:mehr )?(?:zur "
        r"last|im weg)|niemand muss sich mehr (?:um mich|mit mir)")
    + "|" + _spare(
        r"bringt mich um|bringen mich um|wird mich umbringen|killt mich",
        r"(?:erspar|erspare) (?:ich )?(?:ihm|ihr|ihnen) die (?:muhe|arbeit)|bring (?:ich )?mich (?:vorher|"
        r"selbst) um|komm (?:ich )?(?:ihm|ihr|ihnen) zuvor")
)
_IT = (
    _time_gone(
        r"da domani|dopodomani|domani|presto|tra poco|dopo oggi|la prossima settimana",
        r"non (?:\S+ ){0,3}?(?:daro (?:piu )?fastidio|disturbero|saro (?:piu )?un peso|rompero) "
        r"(?:\S+ ){0,2}?(?:nessuno|piu|mai piu)|non (?:\S+ ){0,2}?(?:daro|daro piu) fastidio a nessuno")
    + "|" + _spare(
        r"mi ammazza|mi uccide|mi ammazzeranno|mi ammazzera|mi uccidera",
        r"(?:gli|le) risparmio (?:la fatica|il lavoro)|mi ammazzo prima|lo faccio prima io")
)
_RU = (
    _time_gone(
        r"после завтра|послезавтра|с завтрашнего дня|с завтра|завтра|скоро|после сегодня",
        r"никому (?:\S+ ){0,2}?(?:не буду|не стану) (?:мешать|надоедать|обузои|проблемои|докучать)|"
        r"(?:больше )?не буду (?:никому |вам |тебе )?(?:мешать|надоедать|обузои)|никому не буду обузои")
    + "|" + _spare(
        r"убьет|убьют меня|прибьет|прибьют",
        r"избавлю (?:его|ее|их) от (?:хлопот|проблем)|опережу (?:его|ее|их)|сделаю это (?:за него|за нее|"
        r"раньше него|раньше нее|раньше сам|раньше сама|сам раньше|сама раньше|первым|первои)")
)
_TR = (
    _time_gone(
        r"yarindan sonra|yarindan itibaren|yarin|yakinda|bugunden sonra",
        r"(?:kimseyi|sizi|seni|ailemi) (?:\S+ ){0,2}?(?:rahatsiz etmicem|rahatsiz etmeyecegim|rahatsiz "
        r"etmem|uzmicem|uzmeyecegim|yormicam|yormayacagim)|kimseye (?:yuk|dert) (?:olmicam|olmayacagim)")
    + "|" + _spare(
        r"beni (?:oldurcek|oldurecek|oldurur|oldurucek|oldurecekler|oldurcekler)",
        r"(?:ona|onlara) zahmet (?:vermeden|vermiyim|vermeyeyim)|(?:ondan|onlardan) once (?:ben )?"
        r"(?:hallederim|yaparim)")
)
_PL = (
    _time_gone(
        r"od jutra|po jutrze|pojutrze|jutro|niedlugo|wkrotce|po dzisiaj",
        r"nikomu (?:\S+ ){0,2}?(?:nie bede|juz nie bede) (?:przeszkadzac|zawracac glowy|ciezarem|problemem)|"
        r"nie bede (?:juz )?nikomu (?:przeszkadzac|zawracac glowy|ciezarem)|nikogo (?:juz )?nie bede "
        r"(?:wkurzac|meczyc|denerwowac)")
    + "|" + _spare(
        r"zabije mnie|zabija mnie|mnie zabije|mnie zabija",
        r"oszczedze (?:mu|jej|im) (?:fatygi|roboty|klopotu)|zrobie to (?:przed nim|przed nia|za niego|za nia)")
)
_ID = (
    _time_gone(
        r"abis besok|setelah besok|mulai besok|besok|sebentar lagi|bentar lagi|lusa",
        r"(?:gak|ga|nggak|tidak|gk|gabakal) (?:bakal |akan )?(?:ngerepotin|merepotkan|ganggu|gangguin|"
        r"nyusahin|jadi beban)(?: (?:siapa ?siapa|siapapun|kalian|kamu|orang))?(?: lagi)?")
    + "|" + _spare(
        r"(?:bakal |mau )?(?:bunuh|ngebunuh) aku",
        r"aku duluan aja|biar aku (?:sendiri|duluan) yang (?:lakuin|ngelakuin)")
)
_HI = (
    _time_gone(
        r"kal ke baad|parso|kal se|jald|jaldi hi|aaj ke baad",
        r"(?:kisi ko|kisiko|aap logon ko|tum logon ko|sabko) (?:\S+ ){0,2}?(?:pareshan|tang|disturb) "
        r"(?:nahi|nhi|nahin) (?:karunga|karungi|karoonga|karoongi)|kisi pe (?:bojh|boj) nahi (?:banunga|"
        r"banungi)")
    + "|" + _spare(
        r"mujhe maar (?:dalega|dalenge|dalegi|dega|denge|dalega)",
        r"unki mehnat bacha (?:du|dunga|dungi)|usse pehle (?:main )?khud")
)
_HI_DEV = (
    _time_gone(
        r"कल के बाद|परसों|कल से|जल्द|जल्दी ही|आज के बाद",
        r"किसी को (?:\S+ ){0,2}?(?:परेशान|तंग) (?:नहीं|नही) (?:करूंगा|करूंगी|करूँगा|करूँगी|करुंगा|करुंगी)|"
        r"किसी पर बोझ नहीं (?:बनूंगा|बनूंगी)", b=r"(?<!\S)", e="")
)
_AR = (
    _time_gone(
        r"بعد بكره|بعد بكرا|من بكره|من بكرا|بكره|بكرا|قريب|قريبا",
        r"(?:ما|مش|مو|لن) (?:راح |رح |ح )?(?:ازعج|اضايق|اتعب|اثقل على|اكون عبء على)(?: (?:احد|حد|حدا|اي "
        r"احد|حدن))?", b=r"(?<!\S)", e="(?!\\S)")
    + "|" + _spare(
        r"(?:رح|راح|ح|بي|ب)?\s?(?:يقتلني|يذبحني|يموتني)",
        r"اوفر عليه|اريحه مني|اريحهم مني|اسبقه", b=r"(?<!\S)", e="(?!\\S)")
)
_ZH = (
    r"(?:过了明天|明天以后|明天之后|从明天起|从明天开始|很快|后天起).{0,8}?(?:就)?(?:不会|再也不会|不再)(?:再)?"
    r"(?:烦|打扰|麻烦|拖累|连累)(?:任何人|你们|大家|谁)|"
    r"(?:会|要)杀了我.{0,40}?(?:省得他动手|省得他们动手|不用他动手|不用他们动手)"
)

RULES: list[Rule] = [
    rule(_NAME, _CATS, "tomorrow today tonight soon week weekend friday kill", _EN),
    rule(_NAME, _CATS, "manana pronto hoy semana matar mata matan mataria", _ES),
    rule(_NAME, _CATS, "amanha breve logo hoje semana matar mata matam", _PT),
    rule(_NAME, _CATS, "demain apres-demain bientot aujourd'hui semaine tuer tue tuera", _FR),
    rule(_NAME, _CATS, "morgen ubermorgen bald heute woche um umbringen killt", _DE),
    rule(_NAME, _CATS, "domani dopodomani presto poco oggi settimana ammazza uccide ammazzeranno ammazzera "
         "uccidera", _IT),
    rule(_NAME, _CATS, "завтра послезавтра завтрашнего скоро сегодня убьет убьют прибьет прибьют", _RU),
    rule(_NAME, _CATS, "yarindan yarin yakinda bugunden oldurcek oldurecek oldurur oldurucek oldurecekler "
         "oldurcekler", _TR),
    rule(_NAME, _CATS, "jutra jutrze pojutrze jutro niedlugo wkrotce dzisiaj zabije zabija", _PL),
    rule(_NAME, _CATS, "besok bentar sebentar lusa bunuh ngebunuh", _ID),
    rule(_NAME, _CATS, "kal parso jald jaldi aaj maar", _HI),
    rule(_NAME, _CATS, "कल परसों जल्द जल्दी आज", _HI_DEV),
    rule(_NAME, _CATS, "بكره بكرا قريب قريبا يقتلني يذبحني يموتني بيقتلني بيذبحني", _AR),
    rule(_NAME, _CATS, "明天 很快 后天 杀了我", _ZH),
]
