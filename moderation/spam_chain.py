"""Chain messages (appended to `spam.RULES`).

"send this to 10 people or you'll have 7 years of bad luck", "reenvía esto a 10
personas o ...", "если не перешлёшь это 20 людям ...", "bunu 10 kişiye
göndermezsen ...", and "if you don't share this in 15 groups your whatsapp will
become paid" reach children in every language and frighten the younger ones.
Development lines written in session 19 in 13 languages, by a helper who never
saw the rules, showed no rule for them at all.

The shape of a chain message: a send / forward / share verb for "this", and a
count of people, friends, contacts or groups ("10 people", "all your
contacts", "15 groups"), which also catches the "your whatsapp will become
paid unless you share this in 15 groups" hoax.  Talk about chain messages is excused like every
spam rule (`frames.scam_frame`): "my aunt keeps sending 'send this to 10
people' messages, they're fake", a quote, a lesson.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

RULES: list[Rule] = [
    rule("spam:chain", "spam", "send forward share repost paste pass",
         r"\b(?:send|forward|share|repost|copy and paste|copy paste|pass|post) (?:this|it|this message|"
         r"this msg|this post)? ?(?:on )?(?:to|in|with) (?:at least )?(?:\d+|ten|five|seven|fifteen|"
         r"twenty|all (?:your|ur)|every) (?:more )?(?:people|friends|contacts|groups|chats|persons|"
         r"group chats|gcs)\b"),
    rule("spam:chain", "spam", "envia reenvia manda comparte pasa copia enviale reenvialo mandalo "
         "compartelo pasalo compartes reenvias envias mandas pasas",
         r"\b(?:envia|reenvia|manda|comparte|pasa|copia y pega|enviale|reenvialo|mandalo|compartelo|"
         r"pasalo|compartes|reenvias|envias|mandas|pasas)(?: esto| este mensaje| este msg)? (?:a|en) (?:\d+|"
         r"diez|cinco|siete|quince|veinte|"
         r"todos tus) (?:personas|amigos|contactos|grupos|chats)\b"),
    rule("spam:chain", "spam", "envoie transfere transferes partage partages renvoie renvoies envoies copie",
         r"\b(?:envoie|envoies|transfere|transferes|partage|partages|renvoie|renvoies|"
         r"copie colle)(?: pas)?(?: ce message| ce msg| ca| le)? "
         r"(?:a|dans) (?:\d+|dix|cinq|sept|quinze|vingt|tous tes) (?:personnes|amis|contacts|groupes|"
         r"potes|conversations)\b"),
    rule("spam:chain", "spam", "manda envia repassa compartilha encaminha repasse repassar "
         "compartilhar encaminhar mandar enviar",
         r"\b(?:manda|envia|repassa|repasse|repassar|compartilha|compartilhar|encaminha|encaminhar|mandar|"
         r"enviar)(?: \w+){0,2}? (?:pra|para|a|em) (?:\d+|dez|cinco|sete|quinze|vinte|todos os seus) (?:pessoas|"
         r"amigos|contatos|grupos)\b"),
    rule("spam:chain", "spam", "invia inoltra inoltri invii manda mandi condividi gira giri",
         r"\b(?:invia|inoltra|inoltri|invii|manda|mandi|condividi|gira|giri)(?:lo)?(?: questo messaggio|"
         r" sto messaggio| questo)? "
         r"(?:a|in) (?:\d+|dieci|cinque|sette|quindici|venti|tutti i tuoi) (?:persone|amici|contatti|"
         r"gruppi|chat)\b"),
    rule("spam:chain", "spam", "schick schicke sende leite teil teile schickst sendest teilst weiter",
         r"\b(?:schick|schicke|sende|leite|teil|teile)(?: das| diese nachricht| es)? (?:an|in) "
         r"(?:\d+|zehn|funf|sieben|funfzehn|zwanzig|alle deine) (?:leute|personen|freunde|kontakte|"
         r"gruppen|chats)\b|\b(?:an|in) (?:\d+|zehn|funf|sieben|funfzehn|zwanzig|alle deine) (?:leute|personen|"
         r"freunde|kontakte|gruppen|chats) (?:\w+ )?(?:schickst|sendest|weiterleitest|teilst|weiter)\b"),
    rule("spam:chain", "spam", "wyslij przeslij udostepnij rozeslij udostepnisz wyslesz przeslesz",
         r"\b(?:wyslij|przeslij|udostepnij|rozeslij|udostepnisz|wyslesz|przeslesz)(?: to| te wiadomosc|"
         r" ta wiadomosc)? (?:do|w|na) "
         r"(?:\d+|dziesieciu|pieciu|dwudziestu|wszystkich) (?:osob|znajomych|kontaktow|grupach|grup|"
         r"czatach)\b"),
    rule("spam:chain", "spam", "kirim kirimkan sebarkan sebarin bagikan forward teruskan",
         r"\b(?:kirim|kirimkan|sebarkan|sebarin|bagikan|forward|teruskan)(?: pesan ini| ini)? (?:ke|di) "
         r"(?:\d+|sepuluh|lima|tujuh|dua puluh|semua) (?:orang|teman|kontak|grup|group)\b"),
    rule("spam:chain", "spam", "отправь перешли разошли скинь отправьте перешлите перешлешь отправишь",
         r"(?<!\w)(?:отправь|перешли|разошли|скинь|отправьте|перешлите|перешлешь|отправишь)(?: это| эту "
         r"запись| это сообщение)? (?:\d+|десяти|пяти|двадцати|всем) (?:людям|друзьям|контактам|"
         r"группам|чатам|человек|знакомым)\b|(?<!\w)(?:отправь|перешли|разошли|отправьте|перешлите)"
         r"(?: это| это сообщение)? в (?:\d+|десять|пять|двадцать) (?:групп|чатов)\b"),
    rule("spam:chain", "spam", "ارسل ارسلها انشر انشرها ابعت ابعتها حول حولها شارك ارسلي ابعتي",
         r"(?<!تقول )(?<!يقول )(?<!زي )(?<!مثل )(?<!\w)(?:ارسل|ارسلها|ارسلي|انشر|انشرها|ابعت|ابعتها|ابعتي|حول|"
         r"حولها|شارك|شاركها)(?: الرساله"
         r"| هذي| هاي| دي| هذه)?(?: دي| هذي| هاي| هذه| الرساله)? (?:ل ?|الى |على |في )?"
         r"(?:\d+|عشره|عشر|خمس|خمسه|عشرين) ?(?:اشخاص|شخص|"
         r"اصحاب|اصدقاء|جروبات|مجموعات|قروبات|قروب|جروب)(?!\w)"),
    zrule("spam:chain", "spam", "转 发 分",
          r"(?:转发|发给|分享给|发到)[^。!?]{0,8}(?:\d+|十|五|二十|三十)个(?:人|群|好友|朋友)"),
    rule("spam:chain", "spam", "bhejo forward bhej send भेजो भेज फॉरवर्ड",
         r"\b(?:\d+|das|paanch|bees) (?:logon|logo|log|groups|groupon|doston|dosto|contacts) (?:ko |me "
         r"|mein )?(?:bhejo|forward karo|forward kar do|bhej do|send karo|share karo)\b|"
         r"(?:\d+|दस|पांच|बीस) (?:लोगों|ग्रुप|ग्रुप्स|दोस्तों) (?:को |में )?(?:भेजो|भेज दो|फॉरवर्ड करो)"),
    rule("spam:chain", "spam", "kisiye gruba arkadasina",
         r"\b(?:\d+|on|bes|yedi|yirmi) (?:kisiye|gruba|arkadasina|kisiye daha|gruba daha) "
         r"(?:\w+ )?(?:gonder|at|yolla|paylas|ilet|gondermezsen|atmazsan|paylasmazsan|iletmezsen)\w*\b"),
]
