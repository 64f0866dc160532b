"""Stopword lists for theme extraction (ar, en, es, fr, ru, zh, pt, de).

Short, hand-written lists of function words plus chat filler. They are applied all
together to every message: rooms mix languages, and a word that is a stopword in
one of these languages is rarely a theme in another. Chinese is handled as
character bigrams (see ``themes``), so its list holds common function bigrams and
``ZH_STOP_CHARS`` the particles that make a bigram uninteresting.
"""

from __future__ import annotations

_EN = """a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's
her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its
itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours
ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's
the their theirs them themselves then there there's these they they'd they'll they're they've this those
through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when
when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll
you're you've your yours yourself yourselves just like really think yes yeah ok okay lol also get got
would could should will can much many lot lots thing things something anything everything one ones
people maybe still even well want know dont im its thats cant didnt doesnt isnt ive youre agree
sometimes always never way make go going say said see think thought feel because us etc hi hello thanks
thank please sure actually every need""".split()

_FR = """a ai aie ainsi alors as au aucun aussi autre aux avec avoir avons bon c ça car ce cela celle
celles celui ces cet cette ceux chaque ci comme comment d dans de des du donc dont elle elles en encore
es est et étaient était été être eu eux fait faire fois font il ils j je jusqu l la le les leur leurs
lui m ma mais me même mes moi mon n ne ni nos notre nous on ont ou où par parce pas peu peut plus pour
pourquoi qu quand que quel quelle quelles quels qui s sa sans se ses si son sont sur t ta te tes toi ton
tous tout toute toutes très tu un une vos votre vous y oui non ok bah ben alors aussi vraiment trop
faut pense crois chose choses gens avoir suis sommes êtes fais devrait devraient
faudrait""".split()

_ES = """a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el
él ella ellas ellos en entre era eras es esa esas ese eso esos esta está están estas este esto estos
estoy fue fueron ha han hasta hay la las le les lo los más me mi mis mucho muy nada ni no nos nosotros
o os otra otro para pero poco por porque que qué quien se sea ser si sí sin sobre son su sus también
tan te tener tengo ti tiene tienen todo todos tu tú un una uno unos vosotros y ya yo creo cosa cosas
gente hacer bueno pues vale así""".split()

_PT = """a à ao aos as às até com como da das de dela dele deles do dos e é ela elas ele eles em entre
era essa esse esta está estão este eu foi for há isso isto já la lhe mais mas me meu minha muito na
nas não nem no nos nós o os ou para pela pelas pelo pelos por porque quando que quem se sem ser seu
sua são também te tem têm ter um uma umas uns você vocês acho coisa coisas gente fazer sim""".split()

_DE = """aber alle allem allen aller alles als also am an ander andere auch auf aus bei bin bis bist
da damit dann das dass dein deine dem den denn der des dich die dies diese dieser dieses dir doch dort
du durch ein eine einem einen einer eines er es etwas euch euer für gegen hab habe haben hat hatte
hier ich ihm ihn ihr ihre im in ist ja jede jeder jetzt kann kein keine man mein meine mich mir mit
muss nach nicht nichts noch nur ob oder ohne sehr sein seine sich sie sind so soll sollte über um und
uns unser unter viel vom von vor war waren was weil wenn wer wie wir wird wo zu zum zur finde glaube
denke ganz mal halt""".split()

_RU = """а без более бы был была были было быть в вам вас весь во вот все всё всего всех вы где да даже
для до его ее её если есть еще ещё же за здесь и из или им их к как какой когда кто ли либо мне может
мы на над надо наш не него нее неё нет ни них но ну о об однако он она они оно от очень по под при с
со так также такой там те тем то того тоже той только том ты у уже хотя чем что чтобы эта эти это
этого этой этом этот я думаю мой моя мои меня себя просто нам нас нужно больше""".split()

_AR = """في من إلى الى على عن مع هذا هذه ذلك تلك هو هي هم هن أنا انا نحن أنت انت انتم أنتم كان كانت
يكون لا لم لن ما ماذا لماذا كيف متى أين اين كل بعض أو او ثم قد لقد إن ان أن إذا اذا لكن و يا هل
التي الذي الذين عند بين كما أيضا ايضا جدا غير حتى فقط نعم أكثر اكثر نريد أريد اريد المزيد يجب
لنا لي لك""".split()

_ZH = """我们 你们 他们 她们 觉得 应该 因为 所以 可以 这个 那个 什么 没有 就是 还是 但是 如果 一个
自己 我的 你的 的人 这样 那样 时候 大家 已经 知道 认为 然后 而且 或者 不是 是的 也是 都是 我觉 得我
我们的 非常 真的 一些 这些 那些 可能 需要 希望""".split()

# Arabic letter variants folded the same way as message text (hamza forms of alef,
# alef maqsura, ta marbuta), so "الآمنة" and "الامنة" are one word.
ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})

STOPWORDS: frozenset[str] = frozenset(
    w.casefold().translate(ARABIC_FOLD) for w in (*_EN, *_FR, *_ES, *_PT, *_DE, *_RU, *_AR, *_ZH)
)

# A Chinese bigram containing one of these is a function-word fragment, not a theme.
ZH_STOP_CHARS: frozenset[str] = frozenset("的了是在和也都就吗呢吧啊我你他她它们这那有个很说要会着过被把让给对")

LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh", "pt", "de")
