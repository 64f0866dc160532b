"""A goodbye to everyone, for good (session 16): "bye everyone. forever this
time", "tschüss alle, diesmal für immer", "ciao a tutti. per sempre", "tchau
gente. n vou voltar".

Why: the farewell families (`selfharm_farewell_chat*.py`,
`selfharm_farewell_last.py`) hold a goodbye with thanks, a last message or a
last log-on; a bare goodbye to the group made final - forever, for good, not
coming back - passed in every language but Spanish, where only the scorer
held it, and the scorer does not read messages this short.

How: one rule per language (`self_harm:finality`): a goodbye and the group
(everyone, all of you, guys), then within a few words "forever", "for good"
or "not coming back", closing the sentence; anchored at the start so an
ordinary reason anywhere in the message (`selfharm_farewell_chat.REASON`:
see you, a trip, a move, the phone taken, the session ending) lets it pass.

What passes, and why: "bye everyone, see you next time", "bye forever
fortnite, switching to minecraft" (a game or an app left: `_LEFT`), "bye
everyone, forever grateful" (forever does not close the sentence).
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_farewell_chat import REASON

# an app, a game, a team or a school left is what "forever" is about
_LEFT = (
    r"fortnite|minecraft|roblox|server|discord|tiktok|insta\w*|snap\w*|whatsapp|app|game|team|club|"
    r"school|class|group|grupo|gruppe|gruppo|grupa|grup|группа|группы|чат\w*|chat|clan|guild|account|"
    r"cuenta|conta|compte|konto|hesap|akun|uninstall\w*|delete\w*|hapus|main|play\w*|ml|pubg|valo\w*|"
    r"free fire|brawl\w*|clash|league|lol|حساب|游戏|群"
)

_THIS_TIME = r"(?:this time|esta vez|cette fois|diesmal|stavolta|desta vez)"
_SAID_LAST = r"(?= ?[.!?]| ?$| (?:love you|ily|tvb|te quiero|je vous aime|hab euch lieb|vi voglio bene)\b)"


def _bye(greet: str, group: str, final: str, edge: str = r"\b") -> str:
    return (
        rf"^(?!.*{edge}(?:{REASON}|{_LEFT}){edge})"
        rf".*?{edge}(?:{greet})(?: (?:{group}))?[ .,!]*(?:\S+ ){{0,3}}?(?:{final})(?: {_THIS_TIME})?"
        rf"{edge}{_SAID_LAST}"
    )


_TABLE: dict[str, tuple[str, str, str, str]] = {
    "en": ("bye goodbye cya farewell byee",
           r"bye+|goodbye|cya|farewell", r"everyone|everybody|all|guys|y'?all|all of you|chat",
           r"forever|for good|for ever|this time for real|not coming back|never coming back|"
           r"will not be back|wont be back"),
    "es": ("adios chao chau bye",
           r"adios|chao|chau|bye", r"a todos|todos|gente|chicos|chicas",
           r"para siempre|no voy a volver|no vuelvo|no vuelvo mas|nunca mas"),
    "pt": ("tchau adeus bye",
           r"tchau|adeus|bye", r"gente|galera|a todos|todo mundo|pessoal",
           r"pra sempre|para sempre|n vou voltar|nao vou voltar|nao volto|nunca mais"),
    "fr": ("adieu revoir bye salut",
           r"adieu|au revoir|bye|salut", r"tout le monde|a tous|les gars|les amis",
           r"pour toujours|pour de bon|je reviendrai pas|je reviens pas|je reviendrai plus|plus jamais"),
    "de": ("tschuss tschau bye ciao lebt",
           r"tschuss|tschau|bye|ciao|lebt wohl", r"alle|an alle|euch allen|leute",
           r"fur immer|diesmal fur immer|ich komm nicht wieder|komm nicht zuruck|nie wieder"),
    "it": ("ciao addio bye",
           r"ciao|addio|bye", r"a tutti|tutti|ragazzi|gente",
           r"per sempre|non torno|non tornero|mai piu"),
    "ru": ("пока прощайте прощай бай",
           r"всем пока|пока|прощайте|прощай|бай", r"всем|все|ребят|ребята",
           r"навсегда|больше не вернусь|не вернусь|больше не увидите"),
    "tr": ("hoscakalin elveda bye gorusmeyiz",
           r"hoscakalin|elveda|bye|gorusmeyiz", r"herkese|herkes|millet|arkadaslar",
           r"sonsuza (?:dek|kadar)|bir daha donmeyecegim|donmicem|donmeyecegim|temelli"),
    "pl": ("pa zegnajcie nara bye",
           r"pa|zegnajcie|nara|bye", r"wszystkim|wszyscy|ludzie",
           r"na zawsze|juz nie wroce|nie wroce|nigdy wiecej"),
    "id": ("dadah bye tinggal dah",
           r"dadah|bye|selamat tinggal|dah", r"semua|semuanya|guys|gaes|kalian",
           r"selamanya|untuk selamanya|gak bakal balik|ga balik lagi|gak balik lagi|ga bakal balik"),
    "hi": ("bye alvida",
           r"bye|alvida", r"sabko|sab|sab log|guys", r"hamesha ke liye|wapas nahi aaunga|vapas nahi aunga|"
           r"wapas nahi aungi|vapas nahi aaungi"),
}

_TABLE_SCRIPTS: dict[str, tuple[str, str, str, str]] = {
    "ar": ("باي وداعا السلامه",
           r"باي|وداعا|مع السلامه", r"للكل|لكل|يا جماعه|يا شباب|للجميع",
           r"للابد|على طول|مش راجع|ما راح ارجع|مش هرجع|ما رح ارجع"),
    "hi_deva": ("अलविदा बाय",
                r"अलविदा|बाय", r"सबको|सब", r"हमेशा के लिए|वापस नहीं आऊंगा|वापस नहीं आऊंगी"),
}

RULES: list[Rule] = [
    rule("self_harm:finality", "self_harm", triggers, _bye(greet, group, final), framed="generic")
    for triggers, greet, group, final in _TABLE.values()
] + [
    rule("self_harm:finality", "self_harm", triggers, _bye(greet, group, final, edge=""), framed="generic")
    for triggers, greet, group, final in _TABLE_SCRIPTS.values()
]
