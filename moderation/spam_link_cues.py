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

Session 20 (development lines in 13 languages): free currency claimed "without
paying" or "i got 1000 diamonds" beside a shortened link ("bit.ly/... me dieron 1000
diamantes sin pagar nada", "tinyurl.com/gemmefree ... senza pagare"), "subscribe"
in its plural and regional forms with a sub-back promise ("suscribíos", "se
inscrevam", "subskrybujcie", "подписывайтесь", "abone olun", "ishtarkou", "ich
folge jedem zurück"), a coin that "will be x50" ("這個幣下週要漲十倍 快上車",
"इस कॉइन में 500 लगाओ"), and "gano / guadagno / kazanıyorum" were shown with their
link removed.  `phishing_cue` reads the phishing post's cue: the reader's account is about
to be deleted, blocked or suspended, "verify your account", "confirm your
details", "log in with your steam" - beside a link (often spelled out: "punto com
barra login", `pii_spoken_links.py`) it is held as `spam:phishing_link`.  A lesson
about phishing ("phishing emails say verify your account now") has no link, and
scam talk around the link excuses both cues.

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
    r"il mio codice|meinem code|moim kodem|kode aku|мой код|kodumla|kod ile|"
    # session 20: currency for nothing, a gain of currency, subscribe forms and sub-back
    # promises, coins that multiply, earning verbs in the first person
    r"without paying|for nothing|sin pagar|sin gastar|sans payer|sans rien payer|sem pagar|"
    r"sem gastar|senza pagare|senza spendere|ohne (?:zu )?(?:bezahlen|zahlen)|bez placenia|"
    r"za darmo|za free|tanpa bayar|gak bayar|ucretsiz|bina paise|"
    r"(?:got|get|received|dieron|dio|j'ai eu|j'ai recu|ganhei|ho preso|ho avuto|bekommen|"
    r"dostalem|dostalam|dali|dapet|dapat|verdi|geldi|получил\w*|mile|mila) (?:\w+ )?\d+ ?k? "
    r"(?:robux|vbucks|v bucks|diamonds|diamantes|diamants|diamanti|diamanten|diamentow|gems|"
    r"gemas|gemme|gemmes|elmas|uc|skins|алмаз\w*|гем\w*|робукс\w*)|"
    r"suscrib\w*|inscrevam|inscreve\w*|subskrybuj\w*|abone ol\w*|geri abone\w*|"
    r"подписыва\w*|подпишит\w*|взаимн\w* подписк\w*|ishtark\w*|ichtark\w*|abonniere zuruck|"
    r"folge (?:jedem|allen|euch|dir|dich) zuruck|sub back|sub balik|oddam sub\w*|"
    r"sub ke badle sub|m'abonne en retour|iscrivetevi|"
    r"x\d{1,4}|koin|coina|coinu|монет\w*|gano|guadagno|kazan\w*|cekilis\w*"
    r")\b|"
    r"(?:مجانا|مجاني\w*|استلم|领取|क्लेम|ربحت|فائز|جائزه|سحب|متابعين|اشترك|استثمر|اربح|ابيع|رخيص|"
    r"免费|抽奖|赢得|中奖|赚|粉丝|关注我|订阅|三连|便宜|下单|就能领|能领到|亲测有效|涨十倍|涨\S倍|上车|"
    r"互关|回关|ببلاش|بدون فلوس|خدت|كوين|اشتركوا|कॉइन|लगाओ|"
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

# no "never / don't / ne / nunca ..." right before a "verify" cue: "never verify your account
# on random sites like x.xyz" is a warning
_NOT_NEG = (r"(?<!\bnever )(?<!\bnot )(?<!\bdont )(?<!\bdo not )(?<!\bne )(?<!\bnunca )(?<!\bnao )"
            r"(?<!\bnon )(?<!\bmai )(?<!\bnie )(?<!\bnicht )(?<!\bjangan )(?<!\bне )")
_PHISH = fastre.compile(
    r"\b(?:"
    r"(?:account|acc|acct) (?:\w+ ){0,2}?(?:will be|is going to be|gets|is being|will get|will) "
    r"(?:permanently )?(?:deleted|suspended|banned|blocked|locked|disabled|terminated|closed)|"
    + _NOT_NEG + r"(?:verify|confirm|validate) (?:your |ur )?(?:account |acc |details |info |identity |"
    r"data )?(?:here|now|immediately|asap|within|before|today)|"
    + _NOT_NEG + r"(?:log ?in|sign in|login) with (?:your|ur) (?:steam|roblox|epic|discord|google|account)|"
    r"cuenta (?:\w+ ){0,3}?(?:sera|va a ser|van a) (?:suspendida|eliminada|bloqueada|borrada|"
    r"baneada|desactivada|cerrada)|" + _NOT_NEG + r"(?:verifica|confirma) (?:tu cuenta |tus datos )?"
    r"(?:aqui|ahora|ya|hoy|antes)|"
    r"compte (?:\w+ ){0,2}?(?:va etre|sera) (?:bloque|suspendu|supprime|desactive|banni|ferme)|"
    + _NOT_NEG + r"(?:confirmez|verifiez) (?:vos|votre) (?:infos|informations|donnees|compte|identite)|"
    r"conta (?:\w+ ){0,3}?(?:vai ser|sera) (?:banida|bloqueada|suspensa|excluida|deletada|"
    r"desativada|encerrada)|" + _NOT_NEG + r"(?:confirme|verifique) (?:seus|os seus) dados|"
    r"account (?:\w+ ){0,2}?(?:verra|sara) (?:disattivato|sospeso|bloccato|eliminato|"
    r"cancellato|chiuso)|" + _NOT_NEG + r"(?:verifica|conferma) (?:subito|ora|entro)|"
    r"(?:konto|account) (?:\w+ ){0,2}?(?:wird|werden) (?:\w+ )?(?:gesperrt|geloscht|"
    r"deaktiviert|eingeschrankt)|" + _NOT_NEG + r"bestatigen sie|"
    r"konto (?:\w+ ){0,2}?(?:zostanie|bedzie) (?:zablokowane|usuniete|zawieszone|zamkniete)|"
    r"akun (?:\w+ ){0,2}?(?:akan )?(?:diblokir|dihapus|dinonaktifkan|dibanned|di banned|"
    r"ditutup)|"
    r"hesab\w* (?:\w+ ){0,2}?(?:askiya alinacak|kapatilacak|silinecek|engellenecek|"
    r"banlanacak)|(?:bilgilerinizi|hesabinizi) dogrulayin\w*|"
    r"аккаунт (?:\S+ ){0,2}?(?:будет )?(?:заблокирован|удален)|account band (?:ho jayega|hone wala)"
    r")\b|"
    r"(?:حسابك (?:\S+ ){0,3}?(?:سيتم|هيتم|راح يتم|بيتم) (?:ايقافه|حذفه|اغلاقه|قفله|تعطيله)|"
    r"اكد بياناتك|अकाउंट (?:बंद|ब्लॉक|डिलीट) (?:होने|हो जाएगा)|"
    r"账号存在异常|账号异常|账号将被|账号被冻结|立即登录)"
)
# a link a class or the school sent: "the teacher said verify your account on classroom.google.com"
_SCHOOL = fastre.compile(
    r"\b(?:teacher|school|class|classroom|homework|project|lesson|profe|profesor\w*|clase|colegio|"
    r"escuela|prof|professeur|ecole|classe|professor\w*|escola|aula|insegnante|scuola|lehrer\w*|"
    r"schule|klasse|nauczyciel\w*|szkol\w*|klas\w*|guru|sekolah|kelas|ogretmen\w*|okul\w*|"
    r"учител\w*|школ\w*|класс\w*)\b|(?:المدرسه|المعلم|الاستاذ|老师|学校|शिक्षक|स्कूल)"
)


def phishing_cue(text: str) -> bool:
    """A threat to the reader's account or a hurried "verify", not from school."""
    return _PHISH.search(text) is not None and _SCHOOL.search(text) is None
