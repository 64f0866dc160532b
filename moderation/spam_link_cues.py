"""What turns a link into link spam: selling, prices, prizes, giveaways, "free",
money to earn, followers, referral codes, "sub to my channel", "watch and like
my video"
(`stages.LinkSpamStage`).

Why: a link alone is redacted and the rest of the message shown ("we used
[link removed] in class").  Scam and promotion posts were shown the same way:
"iphone 14 pro for 49 euro only!!! order at [link removed]", "new vid is out go
watch and SUB [link removed]", "sprzedaję followersów na insta 1000 za 10 zł,
pisz na [link removed]".  Development lines written in session 19 in 13
languages, by a helper who never saw the rules, showed 10 of every 22 spam
lines carrying a link shown like that.  A link beside one of these cues is held
as spam; the cue alone ("a giveaway at school", "i sell my old bike") and the
link alone pass, and so do a game's currency named beside its real site ("i
bought robux on roblox.com") and a channel shared without a call to
subscribe.  A message with a link is altered anyway (the link is redacted),
so holding it for a moderator costs a clean message little.

A sexual cam or porn link (`sexual_link`, held as sexual, not spam): the
link's own words name a hot or sexy thing and a cam, a live show or a video
("hotcamz-live.net", "chaudes-webcams.fr", "goryachie-kamery.ru",
"desi-hotcam.in"), or the message names a hot video or cam, the two words side
by side ("guarda sto video hot", "heißer clip", "горячее видео", "الفيديو
السخن", "ateşli videoya bak"; not "chocolate caliente en video").
Development lines written in session 20 showed such lines in all 13 languages
with only the link redacted.  "hot" must open a word of the link (not
"photo", "screenshot"), and brands are left out ("hotstar live cricket",
"hotel-webcam", "hotmail", "hotwheels"); a hot word alone beside a link ("this
song is hot 🔥 [link]") or a webcam alone ("my webcam broke, is this one ok
[link]") passes.

Patterns run on the phrase form (accents stripped, lower case).
"""

from __future__ import annotations

import re
from collections import Counter

from . import fastre

PROMO_CUE = fastre.compile(
    # a price: an amount with a currency
    r"(?:\d+ ?(?:€|\$|euros?|eur|dollars?|usd|usdt|zl|pln|tl|lira|rs|₹|rupees?|rp|rb|ribu|juta|"
    r"р|руб\w*|rub|dh|dinars?|riyals?|reais|r\$|元|块|دولار|دينار|ريال|جنيه|درهم|روبيه))(?!\w)|"
    r"(?:€|\$|r\$|rs\.?|₹) ?\d|"
    r"\b(?:"
    # selling, ordering, cheap, only today
    r"selling|im selling|i sell|order now|order here|order at|buy now|cheap|only today|limited stock|"
    r"vendo|vende|compra|barato|solo hoy|"
    r"je vends|vends|commande|pas cher|seulement aujourd'hui|compre|so hoje|somente hoje|"
    r"verkaufe|bestell\w*|billig|nur heute|ordina|economico|solo oggi|sprzedaje|sprzedam|"
    r"zamow|tanio|tanie|tylko dzis|jual|jualan|murah|beli|hanya hari ini|продаю|продам|закажи|"
    r"дешево|только сегодня|satiyorum|satilik|ucuz|siparis|sadece bugun|bech raha|sasta|sirf aaj|"
    # free currency, generators, giveaways, prizes, winning
    r"free|gratis|gratuit\w*|gratuito\w*|de graca|kostenlos\w*|umsonst|darmow\w*|bedava|бесплатн\w*|"
    r"giveaway|sorteo|sorteio|concours|verlosung|losowanie|cekilis|розыгрыш|"
    r"generator|generador|gerador|generateur|generatore|генератор|"
    r"you won|you have won|u won|winner|you win|ganaste|ganador|gagnant|ganhou|ganhador|gewonnen|gewinner|vinto|"
    r"vincitore|wygrales|wygralas|menang|pemenang|выиграли|выиграл|победител\w*|kazandin|kazanan|"
    r"prize|premio|cadeau|preis|nagroda|hadiah|приз|odul|inaam|"
    r"claim|reclama\w*|recupere\w*|resgat\w*|riscatta|ritiralo|ritirala|hol dir|odbierz|klaim|"
    r"заберите|забери|получи|"
    # money to earn, investing, crypto
    r"earn|earning|ganar|gana|gagner|gagne|ganhar|ganhe|verdienen|verdiene|guadagna\w*|guadagno|"
    r"zarabiaj\w*|zarabiam|zarabiac|cuan|dapet duit|dapat uang|заработ\w*|kazan|kamao|kamaye|"
    r"crypto|bitcoin|btc|usdt|invest|investing|investment|inwest\w*|investasi|инвест\w*|yatirim|"
    # followers, likes, subscribers, my channel / video, referral codes
    r"followers|seguidores|abonnes|abonnenten|follower|obserwujacych|followersow|pengikut|"
    r"подписчик\w*|takipci|sub to my|subscribe|suscribete|suscribanse|abonnez|abonnez vous|"
    r"inscreve|se inscreve|iscrivetevi|abonniert|subskrybuj|subscribe karo|подпишись|abone ol|"
    r"watch my|mira mi|regardez ma|assiste meu|guardate il mio|schaut mein|"
    r"obczajcie|tonton video|смотрите мой|like and sub|dale like|deixa o like|lasciate like|"
    r"zostawcie lajka|ставьте лайк|referral|ref code|my code|mi codigo|mon code|meu codigo|"
    r"il mio codice|meinem code|moim kodem|kode aku|мой код|kodumla|kod ile"
    r")\b|"
    r"(?:مجانا|مجاني\w*|استلم|领取|क्लेम|ربحت|فائز|جائزه|سحب|متابعين|اشترك|استثمر|اربح|ابيع|رخيص|"
    r"免费|抽奖|赢得|中奖|赚|粉丝|关注我|订阅|三连|便宜|下单|"
    r"फ्री|मुफ्त|जीता|इनाम|कमाओ|कमाएं|सब्सक्राइब|लाइक करो)"
)


# -- sexual cam and porn links ----------------------------------------------------
# a hot / sexy word opening a word of the link, after at most a cam prefix
# ("camhot", "camaracaliente"); brands and everyday words that start with "hot" are not
_LINK_HOT = re.compile(
    r"^(?:cam\w{0,3}|webcam\w?|kamer\w{0,3}|live|desi)?(?:hot(?!el|mail|star|dog|spot|line|wheel|key|fix|"
    r"pot|choc|tub|cake|sauce|topic|deal|jar|news|ukdeal|pink|wire)|sexy|sexi|seksi|xxx|porn|nsfw|nude(?!l)|"
    r"naked|calient|chaud|quente|geil|heiss|gorac|goryach|goriach|sicak|sakhen|sokhn|panas|bollent|"
    r"erotic|erotik|safad|cachond)"
)
# a cam, live show, clip or video in a word of the link
_LINK_CAM = re.compile(r"cam|kamer|camar|camer|live|video|clip|stream|^(?:show|shows|chat|vid|vids)$")
# the two side by side in the message around the link ("video hot", "heißer clip",
# "горячее видео", "刺激的视频"): "chocolate caliente en video" and "so heiß, hier die
# wetter cam" are not a hot video
_HOT_WORD = (r"(?:hot|sexy|seksi|porn\w*|xxx|nude|naked|nsfw|caliente|calientes|chaud\w*|quente|quentes|"
             r"heiss\w*|geil\w*|gorac\w*|panas|picante|safad\w*|porcell\w*|versaut\w*|cachond\w*|"
             r"coquin\w*|bollent\w*|atesli\w*|sicak|горяч\w*|пошл\w*|السخن|سخن|ساخن|الساخن)")
_CAM_WORD = (r"(?:cam|cams|webcam\w*|camara\w*|kamer\w*|video\w*|vid|vids|clip|clips|klip\w*|klib\w*|"
             r"filmik\w*|видео\w*|камер\w*|الفيديو|فيديو|كام)")
_TEXT_PAIR = fastre.compile(
    r"(?<!\w)" + _HOT_WORD + " " + _CAM_WORD + r"(?!\w)|(?<!\w)" + _CAM_WORD + " " + _HOT_WORD + r"(?!\w)|"
    r"(?:刺激|色情|黄色|色色)的?(?:视频|直播|录像)"
)


def sexual_link(full: str, around: str) -> bool:
    """A link whose words (those of `full` not in `around`, phrase forms of the
    message with and without the links) name a hot thing and a cam or video,
    or a message that names a hot video or cam beside its link."""
    link_words = Counter(full.split()) - Counter(around.split())
    if any(_LINK_HOT.search(w) for w in link_words) and any(_LINK_CAM.search(w) for w in link_words):
        return True
    return _TEXT_PAIR.search(around) is not None
