"""Gaming trash talk: a threat that a game frames, wherever the game is named.

Why: "i'll kill you in valorant tonight 😂 get ready", "te voy a matar en el
fortnite", "vou te matar no free fire", "seni öldürcem valoda", "راح اذبحك في
فيفا", "tujhe BGMI mein maar dunga", "je vais te défoncer à fifa" are how
children announce a match.  `frames_threats.game_frame` only reads a game
named *before* the threat in the sentence, and the threat rules' own
look-aheads know a few English games right after the verb; the game after
the verb, a Hindi or Turkish game before it ("BGMI mein", "valoda") or a
time in between ("te voy a reventar en valo esta noche") were held.

What counts as the game framing the threat, in its sentence:

* a game's name (fortnite, valo, fifa, bgmi, free fire, pubg, фифа, ببجي,
  王者, 吃鸡...), with the Turkish and Polish endings ("valoda", "fifie");
* a game noun with a place word ("in the next round", "en la partida",
  "na partida", "dans la partie", "im Spiel", "nella partita", "в катке",
  "في اللعبه", "游戏里", "match mein", "oyunda", "w grze", "di game");
* a word only games use ("1v1", "x1", "ranked", "lobby", "respawn",
  "mabar", "开黑", "排位").

A bare "game" ("i'll kill you, you ruined the game") is not enough.  The
real world anywhere in the message stays held: school, the gate, home, "irl",
"for real", "where you live", after the match ("after the match i'll find
you"), a real weapon brought, the reader's family, sexual violence; so does
a reason between the threat and the game ("i'll kill you because of what you
did in fortnite").

A time of day is not the real world here ("tonight", "tomorrow", "esta
noche"): matches are arranged for a time.  (`frames_threats.game_frame`
keeps treating them as real for a game named before a weapon.)

Also used for `bullying:exclusion` when the match is only "shut up you" /
"stfu you" and the message is about a match ("shut up you didn't even play,
you were afk the whole match"); "shut up nobody likes you" is another match
of that rule and stays held.
"""

from __future__ import annotations

from . import fastre
from .frames import sentence_bounds

# names of games (and their chat short forms), read anywhere in the sentence;
# ambiguous short forms (lol, ff, ml, mc, cod, mine) only after a place word (_PLACE_NAME)
_NAMES = (
    r"fortnite|fortnait|valorant|valo|fifa|fifie|fife|fc ?2[3-6]|efootball|bgmi|pubg|pubgm|free ?fire|"
    r"minecrafcie|minecrafta|fortnicie|"
    r"minecraft|roblox|brawl ?stars|brawlhalla|clash royale|clash of clans|among us|warzone|"
    r"call of duty|csgo|cs2|cs go|counter ?strike|apex(?: legends)?|overwatch|rocket league|"
    r"fall guys|stumble guys|bedwars|skywars|hypixel|blox fruits?|da hood|bloxburg|mm2|"
    r"murder mystery|league of legends|dota ?2?|genshin|mobile legends|mlbb|standoff ?2?|"
    r"mario kart|smash bros|tekken|mortal kombat|street fighter|rainbow six|r6|splatoon|"
    r"geometry dash|gta(?: ?[v5])?|ludo(?: king)?|chess\.com"
)
_NAMES_WORD = fastre.compile(
    r"\b(?:" + _NAMES + r")(?:'?(?:da|de|ta|te|ya|ye|yi|yu|ie|cie|ce|y|e|a|u|em|ze))?\b|"
    # Cyrillic, Arabic, Devanagari and Chinese names (no word boundary for Devanagari and CJK)
    r"\b(?:фортна\w*|фифа|фифе|фифу|фиф\w*|доте|дота|доту|дотк\w*|кс|кск\w*|ксго|маинкрафт\w*|маин\w*|"
    r"роблокс\w*|стандофф?\w*|бравл\w*|пабг\w*|валорант\w*|варфеис\w*|апекс\w*)\b|"
    # Arabic names, also with "in (the)" written onto them ("بالفيفا", "بببجي")
    r"\b(?:بال|ب|ال|فال|وال)?(?:فيفا|ببجي|فورتنايت|فري فاير|فالورانت|ماينكرافت|ماين كرافت|روبلوكس|"
    r"كول اوف ديوتي|براول ستارز|روكت ليق)\b|"
    r"बीजीएमआई|पबजी|फ्री फायर|फ़्री फ़ायर|फीफा|वैलोरेंट|लूडो|माइनक्राफ्ट|"
    r"王者|王者荣耀|吃鸡|和平精英|原神|我的世界|蛋仔|英雄联盟|无畏契约|瓦罗兰特|第五人格|金铲铲|"
    r"穿越火线|cf手游|使命召唤|堡垒之夜|糖豆人|荒野乱斗|部落冲突|皇室战争|光遇|迷你世界"
)
# a place word before a game: "in", "en el", "no", "à" ("a"), "dans la", "im"
# (read "i am" in the phrase form), "nella", "в", "في", "di", "w"; the short
# forms (lol, ff, ml, mc, cod, mine) only here
_PLACE_NAME = fastre.compile(
    r"\b(?:in|on|at|en|a|al|au|dans|sur|no|na|em|auf|im|i am|bei|beim|nel|su|sul|в|во|на|في|fi|"
    r"fel|di|w|we) (?:(?:the|el|la|le|o|il|lo|der|dem|ال) )?"
    r"(?:" + _NAMES + r"|lol|league|ff|ml|mc|cod|mine|bw|sw|лоле|лол)\b|"
    # Hindi puts the place word after: "ff mein", "ml me"
    r"\b(?:ff|ml|mc|cod|lol)(?: (?:mein|me|mai)\b| में)"
)
# a game noun after a place word: "in the next round", "en la partida", "dans la partie"
_PLACE_NOUN = fastre.compile(
    r"\b(?:in|on|during|en|dans|sur|no|na|nos|em|num|numa|im|i am|in der|in dem|nel|nella|nei|"
    r"в|во|на|في|fi|fel|di|w|we) "
    r"(?:(?:the|an|this|that|next|our|my|your|ur|el|la|le|les|este|esta|esse|essa|ce|cette|"
    r"prochaine|prochain|o|il|lo|der|die|das|dem|den|nachsten|prossima|prossimo|siguiente|"
    r"proxima|proximo|следующ\w*|этой|этои|этом|nastepn\w*|kolejn\w*|ال) )*"
    r"(?:game|match|round|lobby|ranked|comp|scrim|juego|partida|ronda|"
    r"jogo|rankeada|partie|manche|jeu|spiel|runde|partita|gioco|игр\w*|катк\w*|раунд\w*|"
    r"матч\w*|اللعبه|لعبه|الماتش|ماتش|الجيم|جيم|القيم|الراوند|grze|meczu|rundzie|rankedzie)\b"
)
# words only games use; "1v1" is "ivi" in the phrase form (leet 1 -> i)
_TERMS = fastre.compile(
    r"\b(?:1v1|ivi|1vs1|ivsi|1 v 1|1 vs 1|x1|ranked|rankeds|rankeada|rankedde|lobby|lobide|respawn|"
    r"respawnda|gg|ez|afk|mabar|push rank|solo queue|duo|squad|skin|kill ?cam|headshot|"
    r"next round|next game|next match|prochaine partie|proxima partida|siguiente partida|"
    r"nachste runde|nachstes spiel|prossima partita|следующ\w* катк\w*|катк\w*|"
    r"oyunda|macta|maçta|raundda|w grze|na rankedzie|game mein|match mein|game me|match me|"
    r"गेम में|मैच में|di game|di match|di ranked|pas mabar|في اللعبه|في الماتش|بالماتش|باللعبه|"
    # a character picked for the match, and countering it
    r"(?:that|this) (?:character|champ|champion|brawler|agent|hero)|(?:ese|este) personaje|"
    r"(?:ce|cet) (?:personnage|perso)|(?:esse|este) personagem|quel personaggio|"
    r"(?:den|diesen|dem) (?:charakter|char|champ)|(?:te|ta) postac|(?:o|bu) karakter\w*|"
    r"karakter itu|(?:этого|этот|такого) персонаж\w*|counter\w*|countear|contrer|konter\w*|"
    r"skontruj\w*)\b|"
    r"开黑|排位|这局|下一局|下局|一局|游戏里|游戏中|打游戏|玩游戏|上分|对线|这个角色|选这个英雄"
)
# the sentence: phrase form ends sentences with spaced ". ! ?"; Chinese with "。！？"
_SENT = fastre.compile(r"[.!?。！？]")
# the real world, anywhere in the message
_REAL = fastre.compile(
    r"\b(?:school|skool|schools|class|classroom|irl|in real life|real life|for real|fr|frfr|gate|gates|"
    r"outside|bus stop|park|playground|recess|lunch|canteen|locker|lockers|toilets|bathroom|"
    r"(?:your|ur) (?:house|home|place|street|address)|at (?:your |ur )?home|where you (?:live|sleep)|"
    r"(?:your|ur) (?:family|mum|mom|mother|dad|father|sister|brother|parents)|"
    # sexual violence is never trash talk
    r"rape\w*|violar\w*|violo|violer|viole|vergewaltig\w*|stupr\w*|estupr\w*|изнасил\w*|"
    r"tecavuz\w*|zgwalc\w*|perkosa\w*|memperkosa|اغتصب\w*|"
    r"in person|face to face|on the way home|walk(?:ing)? home|after (?:the |this |that )?(?:game|"
    r"match|round|stream|class|school)|when i see you|real (?:gun|knife|blade|weapon)|"
    r"dads|dad's|fathers|father's|brothers|brother's|uncles|uncle's|"
    r"(?:bring|bringing|brought|take|taking|carry|carrying) (?:[\w']+ ){0,2}(?:gun|knife|blade|bat|"
    r"weapon)|de mi (?:padre|papa|tio|hermano)|de mon (?:pere|frere|oncle)|meines vaters|"
    r"meinem vater|do meu pai|di mio padre|папин\w*|"
    # es pt
    r"escuela|colegio|insti|instituto|clase|salida|vida real|en persona|tu casa|donde vives|recreo|"
    r"despues (?:del|de la|de) (?:partido|partida|juego|clase|cole)|cuando te vea|afuera|parque|"
    r"en serio|de verdad|escola|aula|saida|pessoalmente|sua casa|tua casa|onde (?:voce|vc|video call|"
    r"tu) mora|recreio|intervalo|depois (?:da|do) (?:partida|jogo|aula)|quando te (?:ver|vir)|"
    r"la fora|de verdade|"
    # fr
    r"ecole|college|lycee|classe|sortie|en vrai|vraie vie|chez toi|ou tu habites|recre|"
    r"apres (?:le|la|les) (?:match|partie|game|cours)|quand je te (?:vois|verrai)|dehors|parc|"
    r"serieux|"
    # de it
    r"schule|klasse|unterricht|pause|echten leben|in echt|wo du wohnst|zu hause|nach (?:dem|der) "
    r"(?:spiel|match|game|schule)|wenn ich dich sehe|draussen|ernsthaft|scuola|uscita|vita reale|"
    r"dal vivo|dove abiti|casa tua|dopo (?:la|il) (?:partita|scuola|gioco)|quando ti vedo|fuori|"
    r"parco|sul serio|"
    # tr pl id hi (romanised)
    r"okul\w*|sinif\w*|teneffus\w*|gercek hayat\w*|gercekte|evin\w*|nerede oturdugunu|kapida|"
    r"disari\w*|mactan sonra|oyundan sonra|cidden|szkol\w*|szkole|klasie|lekcj\w*|przerw\w*|"
    r"w realu|prawdziwym zyciu|naprawde|pod domem|gdzie mieszkasz|po meczu|po grze|serio|"
    r"sekolah|kelas|istirahat|dunia nyata|aslinya|beneran|serius|rumah\w*|gerbang|habis main|"
    r"abis main|setelah main|abis game|pas ketemu|kalau ketemu|college|asli|real mein|ghar|"
    r"bahar|chutti|sach mein|"
    # Cyrillic, Arabic, Devanagari
    r"школ\w*|класс\w*|урок\w*|перемен\w*|в реале|реальной жизни|где ты живешь|подъезд\w*|"
    r"домой|дома|после (?:игры|матча|катки)|когда увижу|на улице|серьезно|по-настоящему|"
    r"по настоящему|مدرسه|المدرسه|مدرستك|الفصل|الصف|بالحقيقه|الحقيقه|بالواقع|الواقع|بيتك|"
    r"ساكن|الباب|بعد (?:الماتش|المباراه|اللعبه)|اشوفك|برا|بجد)\b|"
    r"स्कूल|घर|बाहर|असली|गेट|"
    r"学校|放学|班上|教室|现实|线下|你家|门口|校门|打完|比赛完|结束后|见到你|约架|单挑|强奸|你妈|你全家|"
    r"बलात्कार"
)
# the stalking rule's game-like forms: "ur so dead", "you'll regret it", "watch your back"
_DEAD = fastre.compile(r"\b(?:dead|die|regret|sorry|warned|watch your back|watch out)\b")
# a reason between the threat and the game: the game is the grudge, not the place
_REASON = fastre.compile(
    r"\b(?:because|cause|cuz|coz|bc|for what|porque|por lo que|parce que|pour ce que|weil|wegen|"
    r"perche|потому что|за то|из-за|لان|عشان|kyunki|kyuki|cunku|bo|karena|gara gara)\b|因为"
)
# "shut up you" / "stfu you" and its translations: the only exclusion match a
# game excuses (not "shut up loser", "nobody likes you")
_SHUT_UP = fastre.compile(
    r"(?:shut up|shut it|stfu|stfu up|callate|cállate|cala (?:a )?boca|tais toi|tais-toi|"
    r"halt die klappe|halts maul|halt's maul|stai zitto|zitto|заткнись|замолчи|اسكت|اسكتي|"
    r"chup|chup kar|sus|kapa ceneni|zamknij sie|zamknij się|diem|闭嘴)(?: (?:you|u|tu|du|ты|"
    r"انت|tum|sen|ty|kamu|lo|lu))?"
)
# the match was about play: afk, carried, feeding, the kills ... ("go play with your dolls" is not)
_PLAY = fastre.compile(
    r"\b(?:afk|carried|carry|carrying|feeding|fed|feed|throwing|threw|trolling|lagging|lag|noob|"
    r"played|even play|playing|kills?|deaths?|kd|k/d|clutch|respawn|teammates?|"
    r"jugaste|jugar|partida|carrearon|manco|jogou|jogar|partida|joue|jouer|partie|gespielt|"
    r"spiel|giocato|partita|играл|катк\w*|oynamadin|oyna\w*|grales|grasz|mabar|maen)\b"
)
# a harsher word that makes the "shut up" more than a match argument
_NOT_GAME = fastre.compile(
    r"\b(?:no one|nobody|noone|everyone hates|hate you|loser|freak|ugly|fat|leave|go away|"
    r"get lost|kill yourself|kys|die|nadie|personne|niemand|nessuno|никто|محد|koi nahi|kimse|"
    r"nikt|gak ada yang)\b|没人"
)


def game_talk_frame(name: str, text: str, start: int, end: int) -> str | None:
    """'game' when the threat (or "shut up you") at text[start:end] sits in a
    sentence about a game and the message never reaches the real world."""
    if name == "bullying:exclusion":
        return _shut_up_in_match(text, start, end)
    if name == "threat:stalking" and _DEAD.search(text, start, end) is None:
        return None
    left, right = sentence_bounds(text, start, end, _SENT)
    game = _game_in(text, left, right)
    if game is None or _REAL.search(text) is not None:
        return None
    gs, ge = game
    if ge <= start and _REASON.search(text, ge, start):
        return None
    if gs >= end and _REASON.search(text, end, gs):
        return None
    return "game"


def _game_in(text: str, left: int, right: int) -> tuple[int, int] | None:
    """Span of the first game name, place-framed game noun or game-only term
    between left and right."""
    for rx in (_NAMES_WORD, _PLACE_NAME, _PLACE_NOUN, _TERMS):
        m = rx.search(text, left, right)
        if m is not None:
            return m.span()
    return None


def _shut_up_in_match(text: str, start: int, end: int) -> str | None:
    """"shut up you ... you were afk the whole match": a match argument."""
    if _SHUT_UP.fullmatch(text, start, end) is None or _NOT_GAME.search(text):
        return None
    if _PLAY.search(text, end) is None and _game_in(text, end, len(text)) is None:
        return None
    return "game"
