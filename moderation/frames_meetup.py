"""A wait "after school" / "at the exit" that is a plan between friends, not a
fight (called by `frames_context.context_frame` for `threat:violence`).

Why: in most of the consultation's languages "I'll wait for you at the exit"
is how a school fight is announced - "te espero a la salida", "je t'attends
à la sortie", "ti aspetto all'uscita", "ich warte nach der Schule auf dich",
"жду тебя после школы", "gue tunggu lo pulang sekolah", "放学别走" - so the
threat rules hold the bare idiom (harm_threats.py, harm_afterschool*.py,
the zh/id/ar packs).  The same words start an ordinary plan: "te espero a la
salida para ir al cine", "je t'attends à la sortie pour qu'on rentre
ensemble", "放学别走，一起去吃饭", "gue tunggu lo pulang sekolah ya, kita ke
mall".  This frame excuses a match that is such a wait when the message names
a plan (going together, home, food, a film, a game to play together,
homework, a game named) and nothing hostile anywhere in it: "you'll see", "come alone",
"bring your friends", "don't run", "if you dare", "you and me", a fight or a
blow ("te espero a la salida para ir al cine ... ya verás" stays held).

The hostile continuations (`HOSTILE`) are shared with harm_afterschool*.py,
which hold a meeting after school followed by one of them.
"""

from __future__ import annotations

from . import fastre
from .frames_games import _NAMES_WORD, _TERMS

# hostile continuations of a meeting after school, per language (plain form; zh: norm)
HOSTILE: dict[str, str] = {
    "en": (r"\b(?:(?:you will|you'll|youll) see(?= ?$| [.!?]| (?:what|lol|bro)\b)|come alone|bring (?:your|ur) "
           r"(?:friends|mates|boys|crew|backup|squad|gang|brother)(?! (?:to|for|along|too|if)\b)|do not (?:run|"
           r"bother running|be a coward|chicken out)|dont (?:run|"
           r"chicken out)|no running|if you dare|(?:just )?you and me|me and you|we will see who|you are "
           r"(?:done|dead|finished)(?= ?$| [.!?])|better (?:come|show up|be there)|or else|no teachers|"
           r"settle this|sort "
           r"this out|you will regret|coward|scared)\b"),
    "es": (r"\b(?:(?:why|you|ya) )?(?:veras|vas a ver)(?= ?$| [.!?]| (?:lo que|que pasa|como)\b)|"
           r"\b(?:ven sol[oa]|trae a tus (?:amigos|amigas|colegas|"
           r"primos|hermanos)|si te atreves|no (?:huyas|te escapes|corras|te rajes|faltes)|tu y yo|ahi "
           r"(?:hablamos|lo arreglamos)|lo arreglamos|te vas a enterar|cobarde|gallina|estas (?:muerto|"
           r"muerta|acabado|acabada))\b"),
    "fr": (r"\b(?:tu (?:vas voir|verras)(?= ?$| [.!?]| (?:ce qui|ce que|comment)\b)|viens seule?|"
      r"ramene tes (?:potes|amis|copains|freres|grands "
           r"freres)|si t'oses|si tu oses|fuis pas|toi et moi|on va regler ca|on regle ca|tu vas "
           r"(?:comprendre|prendre cher)|t'es (?:mort|morte|fini|finie)|lache)\b"),
    "pt": (r"\b(?:vai ver so|(?:voce|tu|video call) vai ver(?= ?$| [.!?]| o que\b)|vem sozinh[oa]|traz (?:teus|"
           r"seus) (?:amigos|"
           r"parceiros|manos)|se tiver coragem|nao (?:foge|fuja|corre)|eu e (?:voce|tu|video call)|a gente "
           r"(?:conversa|resolve|acerta)|vai apanhar|ta (?:morto|morta|ferrado|ferrada)|covarde)\b"),
    "de": (r"\b(?:du (?:wirst|wirsts) (?:schon |dann |)sehen(?= ?$| [.!?]| was\b)|komm allein(?! oder)|"
           r"bring deine (?:freunde|kumpels|"
           r"leute|bruder) mit|wenn du dich traust|(?:lauf|renn) nicht weg|hau nicht ab|du und ich|dann "
           r"(?:klaren|regeln) wir das|dann bist du dran|du bist (?:so |)(?:fallig|dran|tot|erledigt)|"
           r"feigling|kneif nicht)\b"),
    "it": (r"\b(?:vedrai(?= ?$| [.!?]| (?:cosa|che)\b)|vieni da sol[oa]|porta i tuoi amici|"
           r"se hai (?:il )?coraggio|non scappare|io e te|"
           r"ti faccio vedere io|facciamo i conti|sei (?:finito|finita|morto|morta)|fifone|codardo)\b"),
    "ru": (r"\b(?:увидишь(?= ?$| [.!?]| что\b)|приходи (?:один|одна)|бери (?:своих|друзеи|дружков)|"
           r"если не (?:ссышь|боишься|"
           r"струсишь)|не (?:убегаи|сбежишь|уидешь|убежишь)|ты и я|разберемся|попробуи не при\w*|тебе "
           r"(?:конец|хана|крышка)|ссыкло|трус)\b"),
    "pl": (r"\b(?:zobaczysz(?= ?$| [.!?]| co\b)|przyjdz sam[a]?|wez (?:kumpli|kolegow|swoich)|jak sie nie boisz|nie "
           r"(?:uciekniesz|uciekaj)|ty i ja|policzymy sie|dostaniesz|tchorz|lepiej przyjdz)\b"),
    "tr": (r"\b(?:gorursun(?= ?$| [.!?])|yalniz gel|arkadaslarini (?:da )?getir|cesaretin varsa|kacma|sen ve ben|"
           r"hesaplasiriz|gununu gor\w*|korkak)\b"),
    "id": (r"\b(?:jangan kabur|dateng sendiri|sendirian aja|bawa (?:temen|teman|geng|abang)\w*|kalo berani|"
           r"kalau berani|lo sama gue|urusan kita|awas (?:lo|lu|kamu)|liat aja|mampus|abis lo|habis lo|"
           r"pengecut|cemen)\b"),
    "ar": (r"(?:بتشوف|راح تشوف|حتشوف|هتشوف|تعال لحالك|تعال وحدك|جيب (?:ربعك|اصحابك|اخوك)|لو (?:فيك خير|"
           r"رجال|انت رجال)|لا (?:تهرب|تشرد|تنحاش)|انا وانت|نتفاهم|نتحاسب|جبان)"),
    "hi": (r"\b(?:dekh (?:lena|lunga|lungi|lenge)|akela aana|(?:doston|dosto|bhaiyon) ko (?:bhi )?le (?:aana|"
           r"aa)|himmat hai (?:to|toh)|bhaagna mat|bhagna mat|tu aur main|main aur tu|hisaab (?:karenge|"
           r"hoga)|batata (?:hu|hoon)|tera kaam tamaam|dekhte hain(?! (?:kya|kahan|kab|kaunsi|kaun si)))\b"),
    "zh": (r"(?:别跑|别想跑|等着|走着瞧|一个人来|叫上你的人|把你(?:的)?(?:朋友|兄弟)(?:也)?叫上|有种|敢不敢|单挑|"
           r"你完了|你死定了|咱俩|算账|不来是孙子|谁不来)"),
}
# a blow or a fight anywhere in the message ("te espero a la salida y te parto la cara")
_FIGHT = (r"\b(?:fight|punch|beat|smash|hit you|kick|pelea|pegar|parto|partir|reviento|golpe\w*|"
          r"hostia\w*|bagarre|frapper|casser|defonce\w*|schlag\w*|prugel\w*|hauen|boxen|picchi\w*|"
          r"menare|botte|rissa|драк\w*|бить|побью|морду|kavga|dov\w*|bojk\w*|bic|pukul|hajar|berantem|"
          r"gelut|ladai|maar|pitai)\b|ضرب|مضاربه|هضربك|بضربك|揍|打架|打你|打死|弄死|干一架")
# a plan: together, home, food, a film, play, homework (plain form; zh: norm)
_PLAN = fastre.compile(
    r"\b(?:together|walk home|go home|cinema|movies?|film|eat|lunch|ice cream|shops|mall|play|homework|"
    r"study|library|party|birthday|hang out|"
    r"junt[oa]s?|cine|comer|merendar|helado|a casa|jugar|jugamos|deberes|tarea|estudiar|biblioteca|"
    r"fiesta|cumple|"
    r"ensemble|cinema|manger|gouter|glace|rentre|rentrer|jouer|devoirs|reviser|bibliotheque|fete|anniv|"
    r"lanche|sorvete|pra casa|jogar|estudar|festa|aniversario|"
    r"zusammen|gemeinsam|kino|essen|eis|nach hause|heim|spielen|zocken|hausaufgaben|lernen|geburtstag|"
    r"insieme|mangiare|gelato|torniamo|giocare|compiti|studiare|compleanno|"
    r"вместе|кино|поедим|поесть|мороженое|домои|поидем|поиграем|играть|уроки|домашк\w*|"
    r"razem|zjemy|lody|do domu|pojdziemy|pograc|gramy|lekcje|urodziny|"
    r"beraber|birlikte|sinema|yemek|dondurma|eve|gideriz|gidelim|oynariz|oynayalim|odev|"
    r"bareng|bioskop|makan|es krim|mall|mabar|ngerjain|belajar|perpus|ultah|"
    r"saath|sath|movie|khana|khane|khelenge|khelne|cricket|padhai)\b|"
    r"مع بعض|سوا|سينما|ناكل|نروح|نلعب|واجب|ندرس|"
    r"一起|吃饭|吃东西|看电影|回家|去玩|打球|开黑|写作业|图书馆|逛街|奶茶"
)
_HOSTILE = fastre.compile("|".join(HOSTILE.values()) + "|" + _FIGHT)
# the match is a wait or a meeting (not a blow)
_WAIT = fastre.compile(
    r"\b(?:wait|waiting|see you|meet|espero|vemos|veo|attends|attend|voit|vejo|pego|warte|wart|sehen uns|"
    r"aspetto|vediamo|becco|жду|подожду|ждать|увидимся|встретимся|czekam|poczekam|bekli\w*|tunggu|"
    r"chhutti|chutti)\b|استناك|بستناك|انتظرك|بنتظرك|放学|放學"
)


def meetup_frame(text: str, start: int, end: int) -> str | None:
    """'plan' when the threat match at text[start:end] is a wait after school
    and the message names a plan and nothing hostile."""
    if _WAIT.search(text, start, end) is None:
        return None
    if _HOSTILE.search(text) is not None:
        return None
    # a plan, or a game to play ("te espero a la salida del nivel 3 en el fortnite")
    if _PLAN.search(text) is None and _NAMES_WORD.search(text) is None and _TERMS.search(text) is None:
        return None
    return "plan"
