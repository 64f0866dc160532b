"""Sorry to whoever finds me (session 17): "sorry to whoever finds me",
"простите того, кто меня найдёт", "perdón a quien me encuentre",
"对不起发现我的人".

Why: an apology to the person who will find the writer is the line of a
note left before an attempt; it names no act, so no rule read it, and the
scorer held it in no language.

How: one rule per language (`self_harm:finality`), an apology or a plea to
be forgiven and "whoever finds me" (the finder of the writer, not of a
thing) within a few words, either order; built with
`selfharm_veiled_base.alone`: no everyday reason anywhere in the message.

What passes, and why: hide and seek, a game, a lost phone or wallet
(`_EVERYDAY`); "whoever finds my phone" finds a thing, not the writer; a song
or a lesson about the words is talk (`alone`).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_veiled_base import alone_rules

_EVERYDAY = (
    r"hide and seek|seek|game|minecraft|roblox|fortnite|hiding spot|phone|wallet|keys|escondite|juego|"
    r"movil|cartera|llaves|esconde esconde|jogo|celular|carteira|chaves|cache cache|jeu|portable|"
    r"portefeuille|cles|verstecken|spiel|handy|geldbeutel|schlussel|nascondino|gioco|telefono|"
    r"portafoglio|chiavi|прятки|игр\w*|телефон\w*|кошел\w*|ключ\w*|chowanego|gra|gry|telefon\w*|"
    r"portfel\w*|klucz\w*|saklambac|oyun\w*|cuzdan\w*|anahtar\w*|petak umpet|hp|dompet|kunci|"
    r"chhupan chhupai|chupan chupai|لعبه|الغميضه|جوال\w*|محفظ\w*|مفاتيح|捉迷藏|游戏|手机|钱包|钥匙"
)

_TABLE: dict[str, tuple[str, str]] = {
    "en": ("finds find found",
           r"(?:sorry|i am sorry|forgive me|apologies)(?: \S+){0,2}? (?:to |for )?(?:whoever|who ever|the "
           r"person who|the one who|whoever has to|who has to) (?:finds|find|will find|has to find|found) me"
           r"|(?:to |for )?(?:whoever|the person who) (?:finds|will find|has to find) me(?: \S+){0,2}? "
           r"(?:sorry|i am sorry|forgive me)"),
    "es": ("encuentre encuentra",
           r"(?:perdon|lo siento|perdoname|perdonen|disculpen)(?: \S+){0,2}? (?:a )?(?:quien|la persona que|el "
           r"que|la que) me (?:encuentre|encuentra|va a encontrar)"),
    "pt": ("encontrar achar encontre ache",
           r"(?:desculpa|desculpe|perdao|me perdoe|me perdoa)(?: \S+){0,2}? (?:a |pra |para )?(?:quem|a pessoa "
           r"que) (?:me )?(?:encontrar|achar|encontre|ache)(?: me)?"),
    "fr": ("trouvera trouve",
           r"(?:desole|desolee|pardon|excusez moi|pardonnez moi)(?: \S+){0,2}? (?:a )?(?:celui|celle|la personne)"
           r" qui me (?:trouvera|trouve|va trouver)"),
    "de": ("findet finden",
           r"(?:sorry|entschuldigung|tut mir leid|verzeih\w*)(?: \S+){0,2}? (?:an |fur )?(?:den|die|diejenige|"
           r"denjenigen|wer auch immer)(?: \S+)? (?:der|die|wer) mich (?:findet|finden wird|finden muss)"),
    "it": ("trovera trova",
           r"(?:scusa|scusate|perdono|perdonatemi|mi dispiace)(?: \S+){0,2}? (?:a |per )?(?:chi|chiunque|la "
           r"persona che) mi (?:trovera|trova|dovra trovare)"),
    "ru": ("наидет найдет найдут",
           r"(?:простите|прости|извините|мне жаль)(?: \S+){0,2}? (?:того|ту|тех|перед тем)(?: \S+)?,? (?:кто|что)"
           r" меня (?:наидет|найдет|наидут|найдут)"),
    "pl": ("znajdzie",
           r"(?:przepraszam|wybacz\w*)(?: \S+){0,2}? (?:tego|ta|osobe)?(?: \S+)? (?:kto|ktory|ktora) mnie "
           r"znajdzie"),
    "tr": ("bulacak bulan",
           r"(?:beni )?(?:bulacak|bulan) (?:kisi|kisiden|kiside|her kimse)(?: \S+){0,2}? (?:ozur dilerim|"
           r"affet|kusura bakma|ozur)"),
    "id": ("nemuin menemukan nemu",
           r"(?:maaf|maafin)(?: \S+){0,2}? (?:buat |untuk |ke )?(?:siapapun|siapa pun|orang) yang (?:nanti )?"
           r"(?:nemuin|menemukan|nemu) (?:aku|gue|gw|saya)"),
    "hi": ("dhundhega dhoondhega dhundega milega",
           r"(?:sorry|maaf|maafi)(?: \S+){0,3}? (?:jo bhi|jisko bhi|jise bhi|jo) (?:mujhe|muje) "
           r"(?:dhundhega|dhoondhega|dhundega|payega|dekhega)"),
    "ar": ("يلاقيني يلقاني يجدني",
           r"(?:اسف|اسفه|سامحوني|سامحني|انا اسف|انا اسفه)(?: \S+){0,2}? (?:لل?ي|لمن|للشخص اللي|اللي) "
           r"(?:ح|رح |راح |س|ب)?(?:يلاقيني|يلقاني|يجدني)"),
    "zh": ("发现 找到",
           r"(?:对不起|抱歉|原谅我)(?:，|,| )?(?:那个)?(?:发现|找到)我的人|(?:给|致)?(?:发现|找到)我的人(?:，|,| )?"
           r"(?:对不起|抱歉)"),
}

RULES: list[Rule] = alone_rules("self_harm:finality", _TABLE, _EVERYDAY)
