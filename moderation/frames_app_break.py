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
    r"grupnya|grup kelas|group se|group chat se"
)
# the app beside the verb: after it, or before it (tr hi zh and "de las redes quiero ...")
_APP_NEAR = fastre.compile(
    r"\b(?:" + _APP + r")\b|سوشيال|السوشيال|التواصل|النت|الانترنت|الإنترنت|انستا|تيك توك|سناب|"
    r"सोशल मीडिया|इंस्टा|इंटरनेट|ग्रुप|社交媒体|社交软件|朋友圈|微博|抖音|网上|网络|群|القروب|الجروب|المجموعة"
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
    r"kam fatra)\b|几天|一周|一阵|أيام|اسبوع|कुछ दिन"
)
_CAUSE = fastre.compile(
    r"\b(?:exams?|finals|tests?|revision|studying|study|homework|provas?|prova|semana de provas|"
    r"examenes|examen|estudiar|estudar|partiels?|exams|bac|brevet|prufung\w*|klausur\w*|abi|"
    r"esami|esame|verifiche|maturita|экзамен\w*|егэ|огэ|сессия|sinav\w*|yks|lgs|egzamin\w*|"
    r"sprawdzian\w*|matura|ujian|uts|uas|pr|exam|pariksha|boards|holiday|holidays|vacation|"
    r"vacaciones|ferias|vacances|urlaub|ferien|vacanze|каникулы|tatil|wakacje|liburan|chutti|"
    r"grounded|castigado|castigada|puni|punie|hausarrest|punito|punita)\b|考试|期末|امتحان\w*|"
    r"الامتحانات|परीक्षा|एग्जाम"
)


def _app_beside(text: str, start: int, end: int) -> bool:
    return (_APP_NEAR.search(text, end, end + 40) is not None
            or _APP_NEAR.search(text, max(0, start - 30), start) is not None)


def app_break_frame(text: str, start: int, end: int) -> str | None:
    """"mundane" for a wish to disappear from an app (module docstring)."""
    vanish = _VANISH.search(text, start, end)
    if vanish is None or not _app_beside(text, vanish.start(), end):
        return None
    return None if _NOT_A_BREAK.search(text) else "mundane"


def app_break_reason(text: str) -> bool:
    """The whole message is a wish to disappear from an app for a while: the
    scorer declines it, as the rules' frame does for their matches."""
    vanish = _VANISH.search(text)
    if vanish is None or _NOT_A_BREAK.search(text):
        return False
    if _WHILE.search(text) and _CAUSE.search(text):
        return True
    return _app_beside(text, vanish.start(), vanish.end())
