"""The writer offering to show the reader their genitals, or asking whether the
reader wants to see them, named with the plain anatomical word (appended to
`harm.RULES`; rule `sexual:offer`, hold).

Why: the lexicon holds the vulgar words ("wanna see my dick", "quieres ver mi
polla"), but a writer exposing himself to a child often uses the plain word,
and "wanna see my penis?", "quieres ver mi pene", "tu veux voir mon pénis",
"показать тебе мой член?", "penisimi görmek ister misin", "mau liat penisku?"
and "تبي تشوفي قضيبي؟" were all shown, in every language.  Found while checking
why a retrained scorer no longer held "хочешь покажу свой член? 😈": no rule did.

Only an offer or a question to the reader is matched: the writer's own body
part ("my", "mon", "mein", "мой", "-ku", "-imi", Arabic "-ي") after a verb of
showing or seeing addressed to the reader ("want to see", "shall I show you",
"te enseño", "je te montre", "покажу", "göstereyim mi", "dikhau").  A doctor's
visit or a biology lesson ("the doctor looked at my penis", "on a vu le pénis
en SVT") has no such verb aimed at the reader; reports and lessons are excused
by the usual frames.  Patterns run on the phrase form (accents stripped).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_EN = r"(?:penis|willy|wiener|weiner|privates|private parts|genitals|boobs|breasts|vagina|nipples)"
_WANT_EN = (
    r"(?:wanna|wana|want to|want 2|do you want to|do u want to|do you wanna|do u wanna|you wanna|u wanna|"
    r"who wants to|anyone wanna|would you like to|wud u like to)"
)

RULES: list[Rule] = [
    rule("sexual:offer", "sexual",
         "penis willy wiener weiner privates private genitals boobs breasts vagina nipples",
         _WANT_EN + r" (?:see|look at|touch) my " + _EN + r"\b"
         r"|\b(?:shall i|should i|can i|could i|do you want me to|want me to|u want me to|let me|i will|ill|i'll|"
         r"i can|i could|i wanna|i want to) (?:show|send) (?:you|u) (?:a pic of |a picture of |a photo of )?"
         r"my " + _EN + r"\b"),
    rule("sexual:offer", "sexual", "pene pito verga tetas pechos vagina genitales",
         r"\b(?:quieres|kieres|qieres|quiere|te gustaria|quieres que te) (?:ver|veas|tocar|toques|"
         r"ensene|muestre|mande (?:foto|una foto) de) (?:mi|mis) (?:pene|pito|verga|tetas|pechos|vagina|"
         r"genitales|partes intimas)\b"
         r"|\bte (?:enseno|muestro|mando (?:foto|una foto) de|ensenare|mostrare) (?:mi|mis) (?:pene|pito|"
         r"verga|tetas|pechos|vagina|genitales|partes intimas)\b"),
    rule("sexual:offer", "sexual", "penis zizi seins poitrine vagin parties",
         r"\b(?:tu veux|veux tu|tu veut|vous voulez|ca te dit de) (?:voir|toucher|que je te montre) "
         r"(?:mon|ma|mes) (?:penis|zizi|seins|poitrine|vagin|parties intimes|parties)\b"
         r"|\bje (?:te|vous) (?:montre|montrerai|envoie une photo de|envoie) (?:mon|ma|mes) (?:penis|zizi|"
         r"seins|poitrine|vagin|parties intimes)\b"),
    rule("sexual:offer", "sexual", "penis pinto pipi peitos seios vagina partes",
         r"\b(?:quer|queres|voce quer|vc quer|tu queres) (?:ver|tocar|que eu te mostre|que eu mostre) "
         r"(?:o |a |os |as )?(?:meu|minha|meus|minhas) (?:penis|pinto|pipi|peitos|seios|vagina|"
         r"partes intimas)\b"
         r"|\b(?:vou te mostrar|te mostro|posso te mostrar|te mando (?:foto|uma foto) d[oa]) (?:o |a |os |as )?"
         r"(?:meu|minha|meus|minhas) (?:penis|pinto|pipi|peitos|seios|vagina|partes intimas)\b"),
    rule("sexual:offer", "sexual", "pene pisello tette seno vagina parti",
         r"\b(?:vuoi|volete|ti va di) (?:vedere|toccare|che ti faccia vedere) (?:il mio|la mia|le mie|"
         r"mio|mia) (?:pene|pisello|tette|seno|vagina|parti intime)\b"
         r"|\bti (?:faccio vedere|mostro|mando (?:una )?foto del(?:la)?) (?:il mio|la mia|le mie|mio|mia)? ?"
         r"(?:pene|pisello|tette|seno|vagina|parti intime)\b"),
    rule("sexual:offer", "sexual", "penis pimmel brueste bruste busen vagina intimbereich",
         r"\b(?:willst du|magst du|soll ich dir|wollt ihr) (?:meinen|meine|mein) (?:penis|pimmel|brueste|"
         r"bruste|busen|vagina|intimbereich) (?:sehen|anfassen|zeigen|schicken)\b"
         r"|\bich (?:zeig|zeige|schick|schicke) (?:dir|euch) (?:meinen|meine|mein) (?:penis|pimmel|brueste|"
         r"bruste|busen|vagina|intimbereich)\b"),
    rule("sexual:offer", "sexual", "penisa penis siusiaka siusiak piersi cycuszki waginy wagine",
         r"\b(?:chcesz|chcialabys|chcialbys) (?:zobaczyc|dotknac|zebym ci pokazal) (?:mojego|moje|moja|"
         r"mojej) (?:penisa|siusiaka|piersi|cycuszki|waginy|wagine)\b"
         r"|\b(?:pokaze|pokazac|moge pokazac) (?:ci|tobie) (?:mojego|moje|moja|swojego|swoje) "
         r"(?:penisa|siusiaka|piersi|waginy|wagine)\b"),
    rule("sexual:offer", "sexual", "penisku penis titit burungku payudaraku vaginaku",
         r"\b(?:mau|mo|pengen|pingin|kamu mau|km mau|lu mau) (?:liat|lihat|ngeliat|pegang|megang|aku "
         r"(?:tunjukin|kasih liat|kirimin)) (?:penisku|penis aku|titit aku|tititku|burungku|burung aku|"
         r"payudaraku|vaginaku)\b"
         r"|\baku (?:tunjukin|kasih liat|kirimin|kirim foto) (?:penisku|penis aku|titit aku|burungku|"
         r"burung aku|payudaraku|vaginaku)\b"),
    rule("sexual:offer", "sexual", "член членом пенис писю письку пиписку грудь",
         r"(?<!\w)(?:хочешь|хочеш|хотите|хочешь я) (?:\w+ )?(?:покажу|показать|посмотреть|увидеть|"
         r"потрогать|скину|пришлю) (?:тебе )?(?:свой|мой|свою|мою|мои|свои) (?:член|пенис|писю|письку|"
         r"пиписку|грудь)(?!\w)"
         r"|(?<!\w)(?:покажу|показать|скину|пришлю|могу показать) (?:тебе |те )?(?:свой|мой|свою|мою|мои|"
         r"свои) (?:член|пенис|писю|письку|пиписку|грудь)(?!\w)"),
    rule("sexual:offer", "sexual", "penisimi penisim goguslerimi gogsumu memelerimi",
         r"\b(?:benim )?(?:penisimi|goguslerimi|gogsumu|memelerimi) (?:gormek ister misin|gormek istermisin|"
         r"gostereyim mi|gostermemi ister misin|atayim mi|yollayayim mi|gostericem|gosteririm)\b"),
    rule("sexual:offer", "sexual", "penis lund boobs",
         r"\b(?:mera|meri|apna|apni) (?:penis|lund|boobs) (?:dekhna hai|dekhogi|dekhoge|dekhna chahogi|"
         r"dikhau|dikhaun|dikhaoon|dikha du|bheju|bhejun)\b"
         r"|\b(?:dekhna hai|dikhau|dikhaun|dikha du) (?:mera|meri|apna|apni) (?:penis|lund|boobs)\b"),
    rule("sexual:offer", "sexual", "قضيبي عضوي زبي صدري",
         r"(?:تبي|تبين|تبغي|بدك|بدكي|تحب|تحبي|عايز|عايزه|عاوزه|حابه|حاب|تريد|تريدين|تريدي) "
         r"(?:\S+ )?(?:تشوف|تشوفي|تشوفين|اوريك|اوريكي|نوريك|نوريكي|اريك|اريكي|ابعتلك|ارسلك) "
         r"(?:\S+ )?(?:قضيبي|عضوي|زبي|صدري)(?!\S)"
         r"|(?:اوريك|اوريكي|نوريك|نوريكي|اريك|اريكي) (?:\S+ )?(?:قضيبي|عضوي|زبي|صدري)(?!\S)"),
    zrule("sexual:offer", "sexual", "鸡 小 下 胸 阴",
          r"(?:想|要不要|要)(?:看|摸)(?:一下|一眼)?我(?:的)?(?:鸡鸡|小鸡鸡|小弟弟|下面|胸|阴茎|丁丁)"
          r"|(?:给你看|让你看|发你看|给你发)(?:一下)?我(?:的)?(?:鸡鸡|小鸡鸡|小弟弟|下面|胸|阴茎|丁丁)"),
]
