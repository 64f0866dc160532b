"""A farewell made of formulas alone, closed by a mourning sign (session 17):
"hoy es el dia. bye 🖤", "谢谢大家，对不起。再见了 🥀", "thank you for
everything. sorry. 🖤", "grazie di tutto. scusatemi. 🥀".

Why: a message that is nothing but thanks, an apology and a goodbye, with a
wilted flower or a black heart after it, is how a child says a last goodbye
without naming anything; the farewell families need a reason, a decision or
a last time named, and the scorer reads four words as nothing.  Each of the
formulas is everyday alone ("thanks, bye 🖤" after a chat), so:

How: one rule for every language (`self_harm:finality`), on the phrase form,
where the emoji are reserved words (`emoji_words.py`): the *whole* message is
two formulas or more (thanks, sorry, forgive me, goodbye, "today is the day",
"I love you all", in 13 languages), at least one of them a heavy one (an
apology, a plea for forgiveness, thanks *for everything*, a farewell for good,
"today is the day"), and it ends with a mourning sign (🥀 🖤 🕊 🪦 ⚰).

What passes, and why: one formula ("bye 🖤", "thanks everyone 🥀"); thanks and
bye alone ("thanks, bye 🖤": nothing heavy); anything else in the message
("sorry for the spam, bye 🖤", "thanks for everything, see you monday 🖤"),
since the whole message must be formulas; a farewell without a mourning sign
(the older farewell families decide those).
"""

from __future__ import annotations

from .rules import Rule, rule

_HEAVY = (
    # en
    r"sorry|i am sorry|im sorry|so sorry|forgive me|sorry for everything|thank you for everything|"
    r"thanks for everything|goodbye forever|bye forever|farewell|today is the day|this is it|"
    # es pt
    r"perdon|perdon por todo|lo siento|perdonenme|perdoname|gracias por todo|adios para siempre|"
    r"hoy es el dia|desculpa|desculpem|me desculpem|perdao|me perdoem|obrigad[oa] por tudo|"
    r"adeus para sempre|hoje e o dia|"
    # fr de it
    r"pardon|desolee?|pardonnez moi|merci pour tout|adieu|c'est aujourd'hui|c'est le jour|"
    r"tut mir leid|entschuldigung|verzeiht mir|danke fur alles|lebt wohl|heute ist der tag|scusate|"
    r"scusatemi|perdonatemi|mi dispiace|grazie di tutto|grazie per tutto|addio|oggi e il giorno|"
    # ru pl tr id
    r"простите|простите меня|извините|спасибо за все|прощаите|прощаи|сегодня тот самыи день|"
    r"przepraszam|wybaczcie|wybaczcie mi|dziekuje za wszystko|zegnajcie|zegnaj|to dzis|ozur dilerim|"
    r"affedin|affedin beni|her sey icin tesekkurler|elveda|bugun o gun|maaf|maafin aku|maafin gue|"
    r"maafkan aku|makasih untuk semuanya|terima kasih untuk semuanya|selamat tinggal|hari ini harinya|"
    # hi ar zh
    r"maaf karna|maaf kar do|maaf kardo|alvida|aaj woh din hai|माफ़ करना|माफ करना|अलविदा|"
    r"اسف|اسفه|انا اسف|انا اسفه|سامحوني|سامحني|شكرا على كل شي|شكرا على كل شيء|وداعا|sam7ouni|sam7oni|"
    r"wada3an|对不起|对不起大家|抱歉|原谅我|永别了|再见了|今天就是那天|就是今天"
)
_LIGHT = (
    r"thanks|thank you|thanks everyone|thank you everyone|thank you all|thanks guys|bye|goodbye|bye "
    r"everyone|goodbye everyone|bye guys|love you all|i love you all|love you guys|gracias|gracias a todos|"
    r"adios|adios a todos|chao|los quiero|obrigad[oa]|tchau|adeus|adeus a todos|amo voces|merci|merci a "
    r"tous|au revoir|je vous aime|danke|danke euch|tschuss|ich hab euch lieb|grazie|grazie a tutti|ciao|"
    r"vi voglio bene|спасибо|спасибо всем|пока|всем пока|люблю вас|dziekuje|dzieki|papa|pa|kocham was|"
    r"tesekkurler|tesekkur ederim|hosca kalin|bay bay|sizi seviyorum|makasih|makasih semuanya|"
    r"terima kasih|dadah|sayang kalian|shukriya|dhanyavaad|धन्यवाद|शुक्रिया|शुक्रिया सबको|شكرا|شكرا لكم|"
    r"مع السلامه|باي|بحبكم|shukran|bye bye|谢谢|谢谢大家|谢谢你们|再见|拜拜|爱你们"
)
_SIGN = r"emoji_(?:wilted|black_heart|dove|grave|coffin)"
# words a formula may carry after it ("maafin aku ya", "sorry guys")
_FILL = r"(?: (?:ya|yaa|ok|okay|guys|all|everyone|semua|semuanya|todos|tous|alle|tutti|всем|wszystkim|herkes))?"

_FAREWELL = (
    rf"^(?=.*?(?<!\S)(?:{_HEAVY})(?!\S))(?:(?:{_HEAVY}|{_LIGHT}){_FILL}(?: [.!?,])* ){{2,}}"
    rf"(?:{_SIGN} ?)+$"
)

RULES: list[Rule] = [
    rule("self_harm:finality", "self_harm", "emoji_wilted emoji_black_heart emoji_dove emoji_grave emoji_coffin",
         _FAREWELL, framed="generic"),
]
