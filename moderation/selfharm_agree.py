"""Incitement told to the writer, and the writer agreeing with it.

Why: "someone told me to kys and maybe they're right" passed: the
incitement rule reads "kys" and the report frame excuses it ("someone told
me" is how a child reports bullying).  The second half is the disclosure:
the writer takes the words as true.  A message is held when incitement
(kys, kill yourself, go die; mátate, va te tuer, bring dich um, ammazzati,
se mata, убей себя, kendini öldür, zabij się, bunuh diri, mar ja, موت, 去死)
is next to the writer agreeing with whoever said it ("maybe they're right",
"quizás tenga razón", "peut-être qu'ils ont raison", "vielleicht hat er
recht", "forse hanno ragione", "talvez eles tenham razão", "может они
правы", "belki haklı", "może ma rację", "mungkin dia bener", "shayad woh
sahi hai", "يمكن معه حق", "也许他说得对").

What passes: the same report with the writer disagreeing or acting ("...
but they're not right, i blocked them", "my mum said i was right to report
it"), and a report of incitement aimed at a friend that was dealt with
(`frames_handled.py`).  The agreement words (`frames_handled.AGREE`) are a
word gate, so the pair only runs on a message that has both.  Not framed:
the report frame is exactly what hid these.

The writer considering it is the same answer ("they told me to kys and
honestly i might", "me dijeron que me matara y quizás lo haga"); "i might
report them" or "i might screenshot it" goes on to something else.

Session 13 adds the wish quoted or reported (a group named "ojalá se muera",
"olsen daha iyi", "better if you died", "лучше бы ты умерла", "obyś
umarła", "tomara que você morra") and being told to die ("disuruh mati",
"marne ko bol rahe hai") to the incitement table; "shayad wahi sahi hai"
to the agreement; and giving them what they want or seriously thinking of
it ("creo q les voy a dar el gusto", "aku beneran kepikiran buat ngelakuin
itu", "ciddi ciddi düşünüyorum") to the considering forms.  A game named
anywhere in the message makes the pair everyday talk: "they told me to die
in the game chat lol, they're right that i'm bad at this game" agrees with
being bad at the game (`_no_game`; the veiled-disclosure tests hold the
cases in 13 languages, `test_selfharm_veiled.py`).
"""

from __future__ import annotations

from .frames_handled import AGREE
from .rules import Rule, rule
from .selfharm_eating import _pair
from .selfharm_eating_more import _raw_pair

_INCITE = (
    # en
    r"(?:kys|kill (?:myself|yourself|urself)|go (?:and )?die(?! (?:my|your|his|her|it|the)\b)|to die"
    r"(?! (?:my|your|his|her|it|the|for)\b)|unalive (?:myself|yourself)|end (?:it|my life)(?! (?:with|"
    r"between|off)\b)|hang (?:myself|yourself)|i should (?:just )?(?:die(?! (?:my|your|his|her|it|"
    r"the)\b)|disappear|not exist)|"
    # es pt
    r"matate|muerete|suicidate|que me (?:mate|matara|muera|muriera|suicide|suicidara)|se mata|vai se "
    r"matar|me matar|morre|(?:pra|para) (?:eu )?morrer|que eu (?:me matasse|morresse)|"
    # fr de it
    r"va te tuer|tue toi|suicide toi|de me (?:tuer|suicider)|de mourir|va mourir|creve|bring dich "
    r"um|stirb|mich (?:\w+ )?umbringen|sterben soll|soll (?:mich )?(?:sterben|umbringen)|"
    r"ammazzati|ucciditi|muori|di ammazzarmi|di uccidermi|di morire|"
    # ru tr pl id hi
    r"убей себя|убейся|сдохни|умри|выпились|чтобы я (?:умерла|умер|сдохла|сдох|убилась|убился)|"
    r"kendini oldur|ol (?:dedi|diyor|diyorlar|yazdi|yaziyor|diye)|olsene|ol git|geber\w*|olmemi|"
    r"kendimi oldurmemi|zabij sie|zebym sie zabila|zebym sie zabil|"
    r"zgin|umrzyj|zdechnij|zebym umarla|bunuh diri|mati aja|mati sana|mati lo|mending mati|mar ja|"
    r"marja|mar jao|mar jaa|khud ko maar|"
    # "better if you died" / "i hope you die" quoted, and being told to die
    # ("disuruh mati", "marne ko bol rahe"): the wish said to the writer
    r"(?:better|best) (?:off )?if (?:you|u) (?:died|were dead|was dead|just died|killed yourself)|"
    r"(?:hope|wish) (?:you|u) (?:die|died|were dead|would die)|(?:you|u) should (?:just )?die|"
    r"ojala (?:te|se) (?:mueras|muera|matara|mates|mate)|mejor (?:si )?(?:te murieras|estuvieras muert[oa]|"
    r"muert[oa])|deberias (?:morirte|matarte)|tomara que (?:voce |vc )?(?:morra|se mate)|melhor (?:se )?"
    r"(?:voce |vc )?(?:morresse|estivesse mort[oa])|(?:voce |vc )?(?:devia|deveria) (?:morrer|se matar)|"
    r"j'?espere que (?:tu )?(?:meurs|meures|crev\w+)|mieux si tu (?:mourais|etais mort\w*|"
    r"crevais)|tu devrais (?:mourir|crever|te tuer)|hoffentlich stirbst du|besser (?:wenn|wann) du "
    r"(?:tot|sterben) (?:warst|waerst|wurdest)|du solltest (?:sterben|dich umbringen)|geh sterben|spero "
    r"che (?:tu )?(?:muoia|crepi)|meglio se (?:tu )?(?:morissi|fossi mort[oa]|crepassi)|dovresti "
    r"(?:morire|ammazzarti)|vai a morire|"
    r"лучше бы ты (?:умерла|умер|сдохла|сдох)|чтоб(?:ы)? ты (?:сдохла|сдох|умерла|умер)|надеюсь ты "
    r"(?:умрешь|сдохнешь)|иди (?:умри|сдохни)|olsen daha iyi|olsan daha iyi|keske (?:olsen|olsan)|"
    r"gebersen|olmelisin|olmen lazim|lepiej (?:gdybys|zebys) (?:umarla|umarl|nie zyla|nie zyl|sie zabila|"
    r"sie zabil)|obys (?:umarla|umarl|zdechla|zdechl)|powinnas umrzec|powinienes umrzec|disuruh "
    r"(?:mati|bunuh diri)|nyuruh (?:aku |gue |gw )?(?:mati|bunuh diri)|semoga (?:lo|lu|kamu|loe) mati|"
    r"mending (?:lo|lu|kamu) mati|marne ko (?:bol|bolte|keh|kehte|kah)\w*|mar kyu(?:n)? nahi (?:jati|jata)|"
    r"mar jana chahiye|mar jaana chahiye)"
)
_TRIG = (
    # not "should" ("i should just die" has "die"): a trigger in a quarter of all
    # messages ("parents should...") ran this long regex on each of them
    "kys kill die disappear exist unalive end hang matate muerete suicidate mate matara muera muriera suicide "
    "suicidara mata matar morre morrer matasse morresse tuer toi suicider mourir creve bring stirb "
    "umbringen sterben soll ammazzati ucciditi muori ammazzarmi uccidermi morire убей убейся сдохни "
    "умри выпились умерла умер сдохла сдох убилась убился oldur ol olsene geber gebersene olmemi "
    "oldurmemi zabij "
    "zabila zabil zgin umrzyj zdechnij umarla bunuh mati mending mar marja maar "
    "died dead ojala deberias tomara melhor devia deveria meurs meures creves crever devrais mieux "
    "hoffentlich besser solltest geh spero meglio dovresti vai лучше чтоб чтобы надеюсь иди olsen olsan "
    "keske gebersen olmelisin olmen lepiej obys powinnas powinienes disuruh nyuruh semoga marne kyu kyun "
    "jana jaana"
)
_REQ = (
    "right correct wrong point agree should razon razao certo certos certa certas raison recht "
    "ragione правы прав права hakli haklilar haklisin racje bener benar sahi theek"
)
# "shayad wahi sahi hai" (maybe that is right): the Hinglish agreement with a
# pronoun the shared table (`frames_handled.AGREE`) does not list
_AGREE_MORE = (
    r"(?:shayad|sayad|sach me|sach mein) (?:\w+ )?(?:wahi|vahi|yahi|wo log|woh log|sab) (?:sahi|theek) "
    r"(?:hai|hain|h|keh)"
)
_INCITE_AR = r"(?:موت|انتحر|اقتل نفسك)"
_AGREE_AR = (
    r"(?:يمكن|ممكن|بلكي)(?: \S+)? (?:معه حق|معها حق|معهم حق|عنده حق|عندها حق|عندهم حق|صح)|معه حق|معهم "
    r"حق|معها حق"
)
_INCITE_ZH = r"(?:去死|自杀|死了算了|死了更好|怎么不去死|你该死)"
_AGREE_ZH = r"(?:他|她|他们|她们)(?:说得|说的)?(?:对|没错)|说得对|是对的"

# the writer considering it, after the incitement ("they told me to kys and
# honestly i might"): not agreement with the speaker but the same answer
_CONSIDER = (
    r"(?:honestly |maybe |and |tbh |lowkey )i (?:might|may)(?: (?:actually|just|do it|do that))?(?= ?[.!?,]| ?$"
    r"| (?:lol|tbh|ngl|idk|honestly)\b)|i (?:am|m) (?:(?:seriously|really|actually) )?(?:thinking about|"
    r"thinking of|considering) (?:it|doing it|doing that)|maybe i (?:will|should)"
    r"(?= ?[.!?,]| ?$)|quizas lo haga|capaz que lo hago|talvez eu faca|vielleicht mach ich(?:s| das)|forse lo "
    r"faccio|может (?:и )?сделаю|belki yaparim|moze to zrobie|mungkin (?:gw|gue|aku) lakuin|shayad kar (?:lu|loon)|"
    # giving them what they want, or seriously thinking of doing it
    r"i (?:will|am going to|might) give them what they (?:want|asked for)|(?:les|le) voy a (?:dar el "
    r"gusto|hacer caso)|"
    r"(?:lo|le) (?:estoy|toy) pensando en serio|vou (?:dar esse gosto|fazer o que eles querem)|(?:to|estou) pensando "
    r"(?:seriamente|serio) em fazer|je vais leur faire plaisir|j'?y pense serieusement|ich tu (?:ihnen|ihm|ihr) den "
    r"gefallen|ich denk(?:e)? ernsthaft daruber nach|(?:li|la|lo) accontento|gli faccio (?:il|questo) favore|ci sto "
    r"pensando seriamente|сделаю (?:им|ему|ей) (?:подарок|приятное)|(?:я )?серьезно (?:об этом )?думаю(?: об этом| "
    r"сделать)?|istediklerini verecegim|ciddi ciddi dusunuyorum|dam im to czego chca|serio o tym mysle|(?:beneran|"
    r"serius) kepikiran (?:buat |untuk )?(?:ngelakuin|ngelakuinnya|melakukan|lakuin)|pengen ngelakuin (?:itu|nya)|"
    r"unki baat maan (?:lu|loon|leti|lungi)|(?:sach mein|seriously) soch (?:rahi|raha) (?:hu|hoon) kar (?:lu|loon)"
)
_CONSIDER_REQ = (
    "might may thinking considering will should quizas capaz talvez vielleicht forse может belki moze "
    "mungkin shayad give dar gusto caso pensando fazer gosto plaisir pense gefallen ernsthaft accontento favore "
    "сделаю серьезно verecegim ciddi dam serio beneran serius pengen maan sach seriously"
)

# a player told to die in a game's chat who agrees that they play badly ("they told me to die
# in the game chat lol, they're right that i'm bad at this game", "в чате игры мне написали
# умри, они правы я плохо играю"): the agreement is with "you're bad", not with the words.
# A game anywhere in the message makes the pair everyday talk; the pair is anchored so the
# whole message is read.
_GAME = (
    r"games?|gaming|gamer|fortnite|minecraft|roblox|valorant|free fire|among us|brawl stars|juego|"
    r"jogo|jeu|spiel\w*|gioco|игр\w*|oyun\w*|gra|grze|gry|khel|لعبه|اللعبه|العاب|游戏"
)


def _no_game(pattern: str) -> str:
    """`pattern` in a message that names no game."""
    return rf"^(?!.*(?<!\w)(?:{_GAME})(?!\w)).*?(?:{pattern})"


RULES: list[Rule] = [
    rule("self_harm:disclosure", "self_harm", _TRIG, _no_game(_pair(_INCITE, _CONSIDER, 100)), framed=False,
         requires=_CONSIDER_REQ),
    rule("self_harm:disclosure", "self_harm", _TRIG, _no_game(_pair(_INCITE, AGREE, 100)), framed=False,
         requires=_REQ),
    rule("self_harm:disclosure", "self_harm", _TRIG, _no_game(_pair(_INCITE, _AGREE_MORE, 100)), framed=False,
         requires="wahi vahi yahi log sab"),
    rule("self_harm:disclosure", "self_harm", "موت انتحر اقتل",
         _no_game(_raw_pair(_INCITE_AR, _AGREE_AR, 100)), framed=False),
    rule("self_harm:disclosure", "self_harm", "去死 自杀 死了算了 死了更好 该死",
         _no_game(_raw_pair(_INCITE_ZH, _AGREE_ZH, 30)), framed=False),
]
