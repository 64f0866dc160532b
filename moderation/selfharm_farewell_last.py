"""A last message or a last goodbye to the whole chat, with thanks or a bye to
everyone: "letzte nachricht hier. danke euch allen, echt", "sabko bye bolne
ka mann hai.. last wala bye".

Why: both passed (blind set DA, session 14).  `selfharm_farewell_chat.py`
reads a goodbye that thanks the group *for how it treated the writer*
("thanks for being nice to me") after "this is my last time logging on";
these are barer: a last message, or a last bye, and a thank-you or a bye to
everyone - nothing else, which is the point.

How: `farewell_chat.farewell_rule` (anchored at the message start, with its
list of ordinary reasons over the whole message: a trip, a move, "see you",
the consultation ending, ...) with, per language,

* **the last part**: "last message (here / from me / ever)", "my last
  message", "one last / my last / the last bye", "letzte nachricht",
  "último mensaje", "последнее сообщение", "son mesajım", "last wala bye",
  "最后一条消息";
* **the everyone part**: thanks to all ("thanks everyone", "danke euch
  allen", "merci à tous", "спасибо всем", "谢谢大家") not followed by what
  the thanks are for (a meeting, the help with homework), or a bye to all
  ("bye everyone", "sabko bye").

What passes: a last message with a reason anywhere ("last message here
before i leave for holiday, thanks everyone"), the last message *of the
day* or of a meeting (the day named anywhere - "aaj ke liye ye mera last
message hai" -, "it was fun", or "thanks everyone for the meeting"), and a
last message with no thanks or bye to all.
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_farewell_chat import farewell_rule as _farewell_rule

# the day or the round is what ends, anywhere in the message ("aaj ke liye ye mera last
# message hai", "最后一条消息 ... 今天"), or it was fun: an ordinary sign-off
_TODAY = (
    r"\b(?:today|tonight|for now|this round|next round|hoy|de hoy|por hoy|hoje|de hoje|aujourd'hui|"
    r"ce soir|heute|fur heute|nachsten runde|oggi|stasera|сегодня|на сегодня|bugun|bugunluk|dzis|"
    r"dzisiaj|na dzis|hari ini|malam ini|aaj|fun|was fun|foi massa|massa|mazza aaya|maza aaya|"
    r"mazaa aaya)\b|اليوم|الليله|आज|मज़ा|मजा|今天|今晚|好玩"
)


def farewell_rule(triggers: str, last: str, kind: str, requires: str, end: str = r"\b") -> Rule:
    """`selfharm_farewell_chat.farewell_rule` with the day or a good time named anywhere as
    a further reason."""
    return _farewell_rule(triggers, last, kind, requires, end, also_not=_TODAY)


# the thanks are for something named: "thanks everyone for the meeting / the help"
_NOT_FOR = (r"(?! (?:for|por|pour|fur|per|za|icin|untuk|ke liye|على|على ال)\b"
            r"(?! (?:everything|todo|tout|alles|tutto|все|her sey|wszystko|semuanya|كل شي)))")

_LAST_EN = (
    r"(?:(?:this is )?my )?(?:last|final) (?:message|msg|text)(?: (?:here|from me|on here|in here|ever))?|"
    r"(?:my|one|the) (?:last|final) (?:bye|goodbye)"
)
_ALL_EN = (
    r"(?:thanks|thank you|thank u|thx|ty) (?:all|everyone|every1|everybody|guys|all of you|yall|y'all)"
    + _NOT_FOR + r"|(?:thanks|thank you|thank u|thx) for everything|(?:bye|goodbye) (?:to )?(?:everyone|"
    r"everybody|all|all of you|guys|yall)"
)
_LAST_ES = r"(?:mi )?ultimo mensaje(?: aqui| de mi parte| mio)?|(?:mi|el) ultimo adios"
_ALL_ES = r"gracias a todos" + _NOT_FOR + r"|gracias por todo|adios a todos|chao a todos"
_LAST_PT = r"(?:minha )?ultima mensagem(?: aqui| minha)?|(?:meu|o) ultimo (?:tchau|adeus)"
_ALL_PT = (r"obrigad[oa] (?:a todos|galera|gente)" + _NOT_FOR + r"|obrigad[oa] por tudo|valeu (?:galera|"
           r"gente|a todos)" + _NOT_FOR + r"|tchau (?:a todos|galera|gente)")
_LAST_FR = r"(?:mon )?dernier message(?: ici| de ma part)?|(?:mon|le) dernier (?:adieu|au revoir)"
_ALL_FR = (
    r"merci a (?:tous|toutes|tout le monde)" + _NOT_FOR + r"|merci pour tout|(?:au revoir|adieu|bye|"
    r"salut) a (?:tous|tout le monde)"
)
_LAST_DE = r"(?:meine )?letzte nachricht(?: hier| von mir)?|(?:mein|das) letzte(?:s)? (?:tschuss|bye|lebewohl)"
_ALL_DE = (r"danke (?:euch )?(?:allen|an alle)" + _NOT_FOR + r"|danke (?:euch )?fur alles|(?:tschuss|bye|ciao) "
           r"(?:an )?(?:alle|leute)")
_LAST_IT = r"(?:il mio )?ultimo messaggio(?: qui| da parte mia)?|(?:il mio|l'ultimo) (?:ultimo )?(?:addio|ciao)"
_ALL_IT = r"grazie a tutti" + _NOT_FOR + r"|grazie (?:di|per) tutto|(?:ciao|addio) a tutti"
_LAST_RU = r"(?:мое )?последнее сообщение(?: здесь| от меня| тут)?|(?:мое )?последнее (?:прощаи|пока)"
_ALL_RU = r"спасибо (?:всем|вам всем)" + _NOT_FOR + r"|спасибо за вс[её]|(?:пока|прощаите) (?:всем|все)"
_LAST_TR = r"(?:buradaki )?son mesajim(?: burada)?|son mesaj(?: burada)?|son (?:veda|hosca kal)"
_ALL_TR = (
    r"herkese (?:tesekkurler|tesekkur ederim|sagolun)|her sey icin tesekkurler|herkese (?:bay bay|"
    r"hosca kalin|gorusuruz)"
)
_LAST_PL = r"(?:moja )?ostatnia wiadomosc(?: tutaj| ode mnie| tu)?|(?:moje )?ostatnie (?:pozegnanie|papa)"
_ALL_PL = (
    r"(?:dzieki|dziekuje) (?:wszystkim|wam wszystkim)" + _NOT_FOR + r"|(?:dzieki|"
    r"dziekuje) za wszystko|(?:papa|czesc|nara) wszystkim"
)
_LAST_ID = (
    r"(?:ini )?pesan terakhir(?: (?:aku|gw|gue|di sini|disini|dari aku|dari gw))?|"
    r"chat terakhir(?: aku| gw)?|(?:bye|dadah) terakhir"
)
_ALL_ID = (
    r"(?:makasih|terima kasih|thanks) (?:semua|semuanya|kalian semua)" + _NOT_FOR + r"|(?:makasih|"
    r"terima kasih) (?:buat|untuk) semuanya|(?:bye|dadah) (?:semua|semuanya)"
)
_LAST_HL = r"last (?:message|msg)(?: hai| he)?|(?:aakhri|akhri|last) (?:wala )?(?:bye|message|msg)"
_ALL_HL = (r"(?:sabko|sab ko) (?:bye|thanks|thank you|shukriya|dhanyavad)|(?:thanks|thank you|shukriya|bye) "
           r"(?:sabko|sab ko)|sabka shukriya")
_LAST_DEV = r"आखिरी (?:मैसेज|संदेश|बाय)|आख़िरी (?:मैसेज|संदेश|बाय)"
_ALL_DEV = r"(?:सबका|सबको) (?:शुक्रिया|धन्यवाद|बाय)"
_LAST_AR = r"(?:هذي |هاي |هذه )?اخر رساله(?: لي| هنا| مني)?|اخر (?:وداع|باي)"
_ALL_AR = r"شكرا (?:للجميع|لكم كلكم|لكل الناس)|شكرا على كل شي|(?:باي|مع السلامه) (?:للجميع|لكم كلكم)"
_LAST_ZH = r"最后一条(?:消息|信息)|最后一次(?:发消息|说再见)|最后的(?:告别|再见)"
_ALL_ZH = r"谢谢大家|谢谢你们|感谢大家|大家再见|再见了大家"

RULES: list[Rule] = [
    farewell_rule("last final", _LAST_EN, _ALL_EN,
                  requires="thanks thank thx ty bye goodbye"),
    farewell_rule("ultimo", _LAST_ES, _ALL_ES, requires="gracias adios chao"),
    farewell_rule("ultima ultimo", _LAST_PT, _ALL_PT, requires="obrigado obrigada valeu tchau"),
    farewell_rule("dernier", _LAST_FR, _ALL_FR, requires="merci revoir adieu bye salut"),
    farewell_rule("letzte letztes", _LAST_DE, _ALL_DE, requires="danke tschuss bye ciao"),
    farewell_rule("ultimo l'ultimo", _LAST_IT, _ALL_IT, requires="grazie ciao addio"),
    farewell_rule("последнее", _LAST_RU, _ALL_RU, requires="спасибо пока прощаите"),
    farewell_rule("son", _LAST_TR, _ALL_TR, requires="herkese tesekkurler"),
    farewell_rule("ostatnia ostatnie", _LAST_PL, _ALL_PL, requires="dzieki dziekuje papa czesc nara"),
    farewell_rule("terakhir", _LAST_ID, _ALL_ID, requires="makasih terima thanks bye dadah"),
    farewell_rule("last aakhri akhri", _LAST_HL, _ALL_HL, requires="sabko sab sabka"),
    farewell_rule("आखिरी आख़िरी", _LAST_DEV, _ALL_DEV, requires="सबका सबको", end=""),
    farewell_rule("اخر", _LAST_AR, _ALL_AR, requires="شكرا باي مع", end="(?!\\S)"),
    # Chinese: no word boundaries; the ordinary reasons written out
    rule("self_harm:finality", "self_harm", "最后",
         r"^(?!.*(?:旅游|旅行|搬家|放假|假期|下次见|明天见|回头见|下周|考试|夏令营|出国|今天|今晚|好玩))(?=.*(?:"
         + _ALL_ZH + r"))"
         r".*?(?:" + _LAST_ZH + r")", framed="generic"),
]
