"""A break from an app: "disappearing" from social media for a while.

Why: "quiero desaparecer de tiktok unos días", "quero sumir das redes sociais
por um mês, tipo detox", "عايزة اختفي من السوشيال ميديا شهر", "bir haftalığına
sosyal medyadan kaybolmak istiyorum" and "मैं एक हफ्ते के लिए सोशल मीडिया से गायब
होना चाहती हूँ" were held.  The wish to disappear is a disclosure rule in
every language, and the English one already leaves out "disappear from the
group chat / social media"; the other languages had no such exception, and
the learned scorer read the same wish in them.

How: a match with a disappearing verb in it is "mundane" when an app, social
media or the internet is named right next to it (before it too: Turkish,
Hindi and Chinese put the place first) and the message has no word of
forever or of death ("quiero desaparecer de tiktok para siempre y de este
mundo" stays held).  `app_break_reason` gives the scorer the same reading of
a whole message.  Patterns run on the phrase form (accents stripped); Chinese
on the normalised text.

Session 14: a group chat is an app here ("gonna disappear from the gc for a
bit, exams", "vou sumir do grupo uns dias, semana de provas"), and for the
scorer a wish to disappear is a break when the message gives it a short while
and an everyday cause ("i will disappear for a few days, exams").

Session 16: "i want to disappear from insta for a week before exams, how do i
deactivate without losing everything" and "بدي أختفي عن السوشال ميديا أسبوع
عشان الامتحانات، كيف بوقف حسابي مؤقتاً؟" were held.  Three gaps:

* "everything" / "todo" / "tout" / "всё" / "wszystkiego" is a word of no break
  ("disappear from everything"), but "without losing everything" beside an
  account is the writer's posts and pictures: a loss of data is taken out of
  the message before the no-break words are looked for, and only when an
  account or its switch is named (`_ACCOUNT`);
* the account switched off for a while names the app without naming it:
  "i want to disappear for a week, how do i deactivate my account",
  "... thinking of pausing my account till exams end" - a deactivation, a
  pause of an account or a temporary switch-off, with a while or a word of
  "temporarily", is a break like an app beside the verb;
* spellings: Arabic "السوشال" without its yeh, Russian "инсты", Polish
  "insty", and more platforms;
* the last post before the break: "this is my last post for a while, taking a
  break from insta for exams" was held by the finality rules and the German
  one by the scorer.  A last post or message with a while and an app or an
  account switched off is a break ("this is my last post, deleting tiktok"
  has no while and stays held).

The rule frame now also reads a while with an everyday cause as a break, as
the scorer did since session 14 ("i'm gonna disappear for a bit, exam season,
see u in june").  Everything else is unchanged: a forever, a death word, the
world, life, everyone, nobody or being alone anywhere in the message is no
break, and the wish alone ("i want to disappear"), "disappear forever",
"disappear from everyone's life" and "delete myself" stay held.
"""

from __future__ import annotations

from . import fastre

_VANISH = fastre.compile(
    r"\b(?:disappear\w*|vanish\w*|desaparec\w*|sumir|sumo|suma|disparai\w*|verschwind\w*|abtauchen|"
    r"sparire|sparisco|scompari\w*|исчез\w*|пропа\w*|kaybol\w*|znikn\w*|znikam|zniknac|ngilang|"
    r"menghilang|ilang|gayab|gaayab)\b|गायब|اختف\w*|اختفى|消失"
)
_APP = (
    r"social media|socials|sosmed|socmed|medsos|media sosial|insta|instagram|ig|tiktok|tik tok|"
    r"snap|snapchat|whatsapp|discord|youtube|twitter|facebook|fb|internet|online|the internet|"
    r"reels|redes sociales|redes sociais|redes|reseaux sociaux|reseaux|rezo|den sozialen medien|"
    r"sozialen medien|social network\w*|соцсет\w*|интернет\w*|сети|sosyal medya\w*|internetten|"
    r"instagramdan|tiktoktan|socialek|social mediow|mediow spolecznosciowych|neta|necie|"
    r"social media se|insta se|phone se|mobile se|"
    # a group chat (session 14: "gonna disappear from the gc for a bit, exams", "vou sumir do
    # grupo uns dias, semana de provas", "voy a desaparecer del grupo unos dias")
    r"gc|group chat|groupchat|the group|group|grupo|grupinho|groupe|le groupe|gruppe|die gruppe|"
    r"gruppo|chat|chatu|чата|чате|группы|беседы|gruptan|gruba|grubu|grupy|grupie|grupa|grup|"
    r"grupnya|grup kelas|group se|group chat se|"
    # more platforms and their case forms (session 16: "хочу исчезнуть из инсты на неделю")
    r"reddit|bereal|twitch|pinterest|telegram|threads|yt|the gram|insty|instagrama|tiktoka|snapa|"
    r"инст\w*|тикток\w*|ютуб\w*|телеграм\w*|дискорд\w*|снапчат\w*|вк|тг"
)
# the app beside the verb: after it, or before it (tr hi zh and "de las redes quiero ...")
_APP_NEAR = fastre.compile(
    r"\b(?:" + _APP + r")\b|سوشيال|السوشيال|سوشال|سوشل|ميديا|انستقرام|انستجرام|يوتيوب|تويتر|فيسبوك|"
    r"الفيس|واتساب|الواتس|ديسكورد|التواصل|النت|الانترنت|الإنترنت|انستا|تيك توك|سناب|"
    r"सोशल मीडिया|इंस्टा|इंटरनेट|ग्रुप|小红书|微信|B站|社交媒体|社交软件|朋友圈|微博|抖音|网上|网络|群|القروب|الجروب|المجموعة"
)
# forever, or a death word, anywhere in the message: no break then
_NOT_A_BREAK = fastre.compile(
    r"\b(?:forever|for good|permanently|never come back|para siempre|pra sempre|para sempre|pour "
    r"toujours|a jamais|fur immer|per sempre|навсегда|sonsuza|temelli|na zawsze|selamanya|hamesha|"
    r"die|dead|death|kill\w*|suicide|morir\w*|muerte|matar\w*|morrer|mourir|mort|sterben|tot|morire|"
    r"умереть|умру|смерт\w*|olmek|olsem|umrzec|mati|bunuh|marna|mar jaun|world|mundo|monde|welt|"
    r"mondo|мира|dunya|swiata|dunia|duniya|life|vida|vie|leben|vita|жизни|everything|everyone|"
    r"everybody|todo|todos|tudo|todo mundo|tout|tout le monde|allem|allen|tutto|tutti|всего|всех|"
    r"herkesten|her seyden|wszystkiego|wszystkich|semua|sab se|sabse|"
    # nobody, ignored, alone, hated: a reason that is no break ("even the group chat ignores me")
    r"nobody|no one|noone|ignore\w*|alone|hate\w*|nadie|ninguem|ninguno|sozinh\w*|"
    r"personne|seule?|niemand|allein|ignorier\w*|nessuno|никто|никому|kimse|yalniz\w*|"
    r"nikt|nikogo|gak ada yang|ga ada yang|koi nahi|akela|akeli)\b|محد|لوحدي|"
    r"कोई नहीं|अकेल|没人|一个人|للابد|موت|انتحار|الدنيا|الكل|"
    r"كل شي|हमेशा|मर|दुनिया|सब से|सबसे|永远|死|世界|一切|所有人"
)


# a while and an everyday cause: "i will disappear for a few days, exams" (a break
# from everyone with its reason and its end; the scorer read the wish alone)
_WHILE = fastre.compile(
    r"\b(?:for a bit|for a while|a few days|a couple of days|for a week|this week|till|until|"
    r"unos dias|uns dias|un tiempo|um tempo|una semana|uma semana|quelques jours|un moment|"
    r"une semaine|ein paar tage|eine weile|eine woche|qualche giorno|un po|una settimana|"
    r"пару дней|несколько дней|на неделю|на время|birkac gun|bir sure|bir hafta|kilka dni|"
    r"na tydzien|na jakis czas|beberapa hari|seminggu|sebentar|kuch din|kuch dino|ek hafte|"
    r"kam fatra|"
    # a month, the holidays, or the switch-off said to be temporary (session 16)
    r"a month|for two weeks|for the holidays|un mes|um mes|un mois|pendant une semaine|einen monat|"
    r"un mese|на месяц|bir ay|na miesiac|sebulan|ek hafte|ek mahine|kuch time|temporarily|"
    r"temporalmente|temporariamente|temporairement|vorubergehend|voruebergehend|temporaneamente|"
    r"временно|gecici|sementara|tymczasowo)\b|几天|一周|一阵|星期|一个月|一段时间|暂时|أيام|اسبوع|"
    r"شهر|فتره|يومين|موقت|कुछ दिन|हफ्ते|महीने"
)
_CAUSE = fastre.compile(
    r"\b(?:exams?|finals|tests?|revision|studying|study|homework|provas?|prova|semana de provas|"
    r"examenes|examen|estudiar|estudar|partiels?|exams|bac|brevet|prufung\w*|klausur\w*|abi|"
    r"esami|esame|verifiche|maturita|экзамен\w*|егэ|огэ|сессия|sinav\w*|yks|lgs|egzamin\w*|"
    r"sprawdzian\w*|matura|ujian|uts|uas|pr|exam|pariksha|boards|holiday|holidays|vacation|"
    r"vacaciones|ferias|vacances|urlaub|ferien|vacanze|каникулы|tatil|wakacje|liburan|chutti|"
    r"grounded|castigado|castigada|puni|punie|hausarrest|punito|punita|"
    # a trip with no signal (session 16: "gonna disappear for a week, going camping with no wifi")
    r"camping|no wifi|campamento|acampamento|zelten|campeggio|лагерь|kamp|oboz|kemah)\b|考试|期末|امتحان\w*|"
    r"الامتحانات|परीक्षा|एग्जाम"
)


# the account switched off: deactivated, paused, logged out of or uninstalled.  A
# deactivation names the account by itself; a pause or a log-out needs the account or
# the app named ("pause the game" is no account)
_DEACTIVATE = fastre.compile(
    r"\b(?:deactivat\w*|desactiv\w*|desativ\w*|deaktivier\w*|disattiv\w*|деактивир\w*|"
    r"dezaktyw\w*|nonaktif\w*|menonaktifkan|deactivate)\b|عطل حساب|اعطل|تعطيل|停用|冻结|डीएक्टिवेट"
)
_PAUSE = fastre.compile(
    r"\b(?:paus\w*|en pause|in pausa|log out|logging out|logout|uninstall\w*|desinstal\w*|"
    r"deinstall\w*|disinstall\w*|заморо\w*|удалю приложени\w*|dondur\w*|zawies\w*|"
    r"off karna|band karna|band karu)\b|وقف|بوقف|اوقف|暂停|关闭|बंद"
)
_ACCOUNT = fastre.compile(
    r"\b(?:account|accounts|acc|cuenta|conta|compte|konto|profil\w*|аккаунт\w*|страниц\w*|"
    r"hesab\w*|akun|app|apps|the app|appli|aplicacion|aplicativo|приложени\w*|uygulama\w*|"
    r"aplikacj\w*|aplikasi)\b|حساب\w*|账号|帐号|账户|अकाउंट"
)
# posts and pictures lost with the account: "without losing everything", "sin perder
# todo", "sans tout perdre", "ohne alles zu verlieren", "чтобы всё не потерять"
_DATA_LOSS = fastre.compile(
    r"\b(?:losing|lose|perder\w*|perdre|perdere|verlieren|потерять|kaybetmeden|stracic|"
    r"kehilangan|khoye|khone)(?: \w+){0,2}? (?:everything|todo|tudo|tout|alles|tutto|все|her seyi|"
    r"wszystko|wszystkiego|semua|sab kuch)\b|"
    r"\b(?:tout|alles|все|her seyi|wszystko|wszystkiego|sab kuch)(?: \w+){0,2}? (?:perdre|"
    r"verlieren|потерять|kaybetmeden|stracic|khoye|khone)\b"
)


def _account_off(text: str) -> bool:
    """The message switches an account off: a deactivation, or a pause, a log-out
    or an uninstall of a named account or app."""
    if _DEACTIVATE.search(text):
        return True
    return _PAUSE.search(text) is not None and _ACCOUNT.search(text) is not None


def _no_break(text: str) -> bool:
    """A word of forever, death, the world, everyone or nobody in the message;
    the data lost with an account ("without losing everything") is no such word."""
    if _DEACTIVATE.search(text) or _ACCOUNT.search(text):
        text = _DATA_LOSS.sub(" ", text)
    return _NOT_A_BREAK.search(text) is not None


def _app_beside(text: str, start: int, end: int) -> bool:
    return (_APP_NEAR.search(text, end, end + 40) is not None
            or _APP_NEAR.search(text, max(0, start - 30), start) is not None)


# the last post or message before a break: "this is my last post for a while, taking a
# break from insta for exams", "das ist meine letzte nachricht, einen monat insta pause"
_LAST_POST = fastre.compile_phrase(
    r"\b(?:last (?:post|message|msg|story|text)|ultimo (?:post|mensaje|messaggio)|ultima (?:mensagem|"
    r"postagem|publicacion|publicacao)|dernier (?:post|message)|derniere publication|letzte nachricht|"
    r"letzter post|последн\w* (?:пост|сообщени\w*)|son (?:paylasim\w*|mesaj\w*|post\w*)|ostatni\w* "
    r"(?:post|wiadomosc)|(?:postingan|pesan|post) terakhir)\b|آخر (?:بوست|منشور|رساله|مسج)|最后一条"
)


def app_break_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for a wish to disappear from an app, or a last post before a
    break from one (module docstring)."""
    vanish = _VANISH.search(text, start, end)
    if vanish is not None:
        if not _a_break(text, vanish.start(), end):
            return None
    elif _LAST_POST.search(text, start, end) is None or not _last_post_break(text):
        return None
    return None if _no_break(text) else "mundane"


def _last_post_break(text: str) -> bool:
    """The last post is followed by a while away from a named app or account:
    "... for a while, taking a break from insta", "... deleting tiktok for a month"
    ("this is my last post, deleting tiktok" has no while and stays held)."""
    if _WHILE.search(text) is None:
        return False
    return _APP_NEAR.search(text) is not None or _account_off(text)


def _a_break(text: str, start: int, end: int) -> bool:
    """An app beside the verb, a while with an everyday cause, or an account
    switched off for a while."""
    if _app_beside(text, start, end):
        return True
    if _WHILE.search(text) is None:
        return False
    return _CAUSE.search(text) is not None or _account_off(text)


def app_break_reason(text: str) -> bool:
    """The whole message is a wish to disappear from an app for a while: the
    scorer declines it, as the rules' frame does for their matches."""
    vanish = _VANISH.search(text)
    if vanish is None:
        return _LAST_POST.search(text) is not None and _last_post_break(text) and not _no_break(text)
    if _no_break(text):
        return False
    return _a_break(text, vanish.start(), vanish.end())
