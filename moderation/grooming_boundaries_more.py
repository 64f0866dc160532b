"""Alienation, a gift for a quiet favour, deleting the chat afterwards, the
special friend and a secret call at night, in 13 languages: the second half
of `grooming_boundaries.py` (its docstring says why and what is not matched),
appended to `grooming.RULES` through it.
"""

from __future__ import annotations

import unicodedata

from .packs.ar._script import az
from .packs.zh import zrule
from .rules import Rule, rule


def both(a: str, b: str, gap: int = 70) -> str:
    """`a` and `b` in either order, at most `gap` characters apart."""
    return rf"(?:{a})[^\n]{{0,{gap}}}?(?:{b})|(?:{b})[^\n]{{0,{gap}}}?(?:{a})"


def nfkc(src: str) -> str:
    """A Devanagari pattern in the form the phrase form has (NFKC)."""
    return unicodedata.normalize("NFKC", src)


# a surprise planned in secret is no secret kept from the family
_NO_SURPRISE = (r"(?![^.!]{0,80}(?:surprise|sorpresa|surpresa|uberraschung|niespodzian|kejutan|"
                r"сюрприз|surpriz|birthday|cumpleanos|anniversaire|aniversario|compleanno|geburtstag|"
                r"urodzin|ulang tahun|день рождения|dogum gunu|مفاجا|惊喜|生日))")

RULES: list[Rule] = []

# -- 4. alienation: the family and friends set aside for the writer ------------------
RULES += [
    rule("grooming:isolation", "grooming", "only one but treat see",
         r"\b(?:only i|i am the only one (?:who|that)|nobody but me|no one but me) (?:\w+ )?(?:really |"
         r"truly |actually )?(?:understands?|listens? to|cares? about|treats? you like an? (?:adult|grown "
         r"up)|sees? the real) you\b|\byour (?:classmates|friends|mates|parents|family)\b[^.!?]{0,30}?\b"
         r"(?:treat you like a (?:baby|kid|child|little kid)|are (?:so |too |just )?(?:childish|immature|"
         r"babies))\b[^\n]{0,60}?\bi (?:treat|see) you (?:like|as) an? (?:adult|grown up)\b",
         requires="i me"),
    rule("grooming:isolation", "grooming", "yo solo soy unico unica nadie",
         r"\b(?:solo yo|nadie mas que yo|soy (?:el|la) unic[oa] que) (?:de verdad |realmente )?te (?:entiendo|"
         r"entiende|escucho|escucha|comprendo|comprende|trato como|trata como)\b|\b(?:tu|tus) (?:madre|mama|"
         r"papa|padre|padres|papas|viejos|amigas|amigos|companeros|companeras)\b[^.!?]{0,40}?\b(?:no te "
         r"(?:entiende|entienden|escucha|escuchan|comprende|comprenden|deja|dejan|valora|valoran)|te "
         r"(?:trata|tratan) como (?:a )?(?:una |un )?(?:nina|nino|bebe|cria)|son (?:muy |tan |unos )?"
         r"(?:inmaduros|infantiles|crios))\b[^\n]{0,60}?\byo (?:si |en cambio )?te (?:entiendo|comprendo|"
         r"escucho|trato como)\b"),
    rule("grooming:isolation", "grooming", "moi seul seule",
         r"\b(?:(?:il )?(?:y|why) a que moi|il n'y a que moi|je suis (?:le|la) seule? (?:qui|a)) (?:qui )?"
         r"(?:te comprend|t'ecoute|te traite)\w*|\b(?:tes parents|ta mere|ta daronne|ton pere|tes darons|"
         r"tes potes|tes copines|tes copains|tes amis|tes camarades)\b[^.!?]{0,30}?\b(?:te prennent pour|"
         r"te traitent comme|te comprennent pas|t'ecoutent pas|sont (?:trop |tellement |des )?(?:gamins|"
         r"gamines|immatures|bebes))\b[^\n]{0,60}?\bmoi (?:je )?(?:te comprends|t'ecoute|vois bien que "
         r"(?:t'es|tu es) grande?|sais que (?:t'es|tu es) grande?|te traite comme une? (?:adulte|grande?))"),
    rule("grooming:isolation", "grooming", "eu unico unica",
         r"\b(?:so eu|sou (?:o|a) unic[oa]) (?:que )?(?:de verdade |realmente )?te (?:entend[eo]|escut[ao]|"
         r"compreend[eo]|trat[ao] como)\b|\b(?:sua|tua|seus|teus|suas|tuas) (?:mae|pai|pais|amigas|amigos|"
         r"colegas|familia)\b[^.!?]{0,30}?\b(?:so briga|nao te (?:entende|entendem|escuta|escutam|deixa|"
         r"deixam)|te tratam? como (?:uma )?(?:crianca|bebe|nene))\b[^\n]{0,60}?\beu (?:sim |ja )?te "
         r"(?:entendo|escuto|compreendo)\b"),
    rule("grooming:isolation", "grooming", "io solo unico unica",
         r"\b(?:solo io|sono (?:l'unico|l'unica|l unico|l unica)(?: che)?) (?:davvero )?ti (?:capisco|"
         r"capisce|ascolto|ascolta|tratto|tratta)\b|\b(?:i tuoi|tua madre|tuo padre|i tuoi genitori|tua "
         r"mamma|le tue amiche|i tuoi amici|i tuoi compagni)\b[^.!?]{0,30}?\b(?:ti trattano|ti tratta|non ti "
         r"capiscono|non ti capisce|non ti ascoltano|sono (?:dei )?(?:bambini|immaturi))\b[^\n]{0,60}?\bio "
         r"(?:invece |si )?ti (?:capisco|ascolto|tratto da grande)\b"),
    rule("grooming:isolation", "grooming", "nur einzige ich",
         r"\bnur ich (?:\w+ )?(?:versteh|verstehe) dich\b|\bnur ich (?:hor|hore) dir (?:\w+ )?zu\b|\bich bin "
         r"(?:der|die) einzige (?:der|die) (?:dich (?:\w+ )?versteht|dir (?:\w+ )?zuhort)\b|\b(?:deine|dein) "
         r"(?:eltern|mama|mutter|papa|vater|freunde|freundinnen|mitschuler)\b[^.!?]{0,30}?\b(?:(?:checken|"
         r"verstehen|kapieren|raffen) dich (?:\w+ )?nicht|behandeln dich wie (?:ein )?(?:baby|kind|"
         r"kleinkind)|sind (?:so |total |voll )?(?:kindisch|unreif))\b[^\n]{0,60}?\bich (?:versteh|"
         r"verstehe) dich (?:\w+ )?(?:besser|wirklich)\b"),
    rule("grooming:isolation", "grooming", "tylko jedyna jedynym jedyny",
         r"\btylko ja (?:\w+ )?cie (?:\w+ )?(?:rozumiem|slucham)\b|\btylko ja (?:\w+ )?(?:rozumiem|slucham) cie\b|"
         r"\bjestem (?:jedyna|jedynym|jedyny) (?:ktory|"
         r"ktora|osoba ktora) cie (?:\w+ )?(?:rozumie|slucha)\b"),
    rule("grooming:isolation", "grooming", "cuma hanya cuman satu2nya",
         r"\b(?:cuma|hanya|cuman|cm) (?:aku|gue|gw|aq) (?:yang |yg )?(?:\w+ )?(?:ngerti|mengerti|ngertiin|"
         r"dengerin|mendengarkan|paham|peduli sama|peduli) (?:kamu|km|kmu|lu|lo|kau)\b|\baku satu2nya "
         r"(?:yang|yg) (?:ngerti|dengerin|peduli) (?:kamu|km)\b"),
    rule("grooming:isolation", "grooming", "الوحيد الوحيده انا محدش حد حدا احد",
         r"(?:انا الوحيد|انا الوحيده|بس انا|انا بس) (?:\S+ )?(?:الذي|اللي|يلي|الي)? ?(?:يفهمك|يسمعك|بيفهمك|"
         r"بيسمعك|فاهمك|افهمك|بفهمك|اسمعك|بسمعك)|(?:محدش|ما حد|ما حدا|لا احد) (?:\S+ )?(?:يفهمك|بيفهمك|"
         r"فاهمك|يسمعك|بيسمعك) (?:غيري|الا انا|قدي|زيي)|(?:لا|ما|مش) (?:يفهمانك|يفهمونك|يفهموك|بيفهموكي|"
         r"بيفهموك|فاهمينك) (?:مثلي|زيي|قدي|متلي)"),
    zrule("grooming:isolation", "grooming", "只 幼",
          r"只有我(?:才)?(?:会)?把你当(?:成)?(?:大人|成年人)|只有我(?:才)?(?:真正|真的)?(?:听你说话|愿意听你|"
          r"听你说)|(?:同学|朋友|同龄人)(?:都)?(?:太|好|很|那么)?幼稚[^。!?]{0,15}?(?:我把你当|只有我)"),
    rule("grooming:isolation", "grooming", "только единственныи единственная",
         r"(?<!\w)только я (?:тебя )?(?:\w+ ){0,2}?(?:слушаю|выслушаю|выслушиваю)\b|(?<!\w)я (?:единственныи|"
         r"единственная) кто тебя (?:\w+ )?(?:понимает|слушает)\b|(?<!\w)только я (?:общаюсь|отношусь) с "
         r"тобои как (?:со|с) взросл\w+"),
    rule("grooming:isolation", "grooming", nfkc("sirf bas main mai सिर्फ"),
         nfkc(r"\b(?:sirf|bas) (?:main|mai) (?:hi )?(?:tumhe|tujhe|tumko|tujhko) (?:\w+ )?(?:samajhta|"
             r"samjhta|samajhti|samjhti|sunta|sunti)\b|\b(?:sirf|bas) (?:main|mai) (?:hi )?(?:hu|hoon|hun)"
             r" jo (?:tumhe|tujhe) (?:samajhta|samjhta|sunta|samajhti)\b|सिर्फ (?:मैं|मै) (?:ही )?(?:तुम्हें|"
             r"तुम्हे|तुझे) (?:समझता|समझती|सुनता|सुनती)")),
    rule("grooming:isolation", "grooming", "ben benim",
         r"\b(?:bir tek|tek|sadece|yalnizca) ben (?:seni )?(?:\w+ )?(?:anliyorum|anlarim|dinliyorum|"
         r"dinlerim)\b|\bseni (?:bir tek|sadece|tek) ben (?:anliyorum|anlarim|dinliyorum)\b|\bseni "
         r"(?:anlayan|dinleyen) tek kisi benim\b"),
]


# -- 5. a gift or top-up for "a small favour", kept quiet ----------------------------
def _gift(gift: str, favour: str, quiet: str) -> str:
    """The gift and the favour in either order, then the secrecy."""
    return rf"(?:{both(gift, favour, 60)})[^\n]{{0,60}}?(?:{quiet})"


RULES += [
    rule("grooming:gifts", "grooming",
         "robux pavos vbucks bucks gemas diamantes skin skins tarjeta tarjetita recarga saldo dinero "
         "plata nitro euros pesos favor favorcito cosita cosa ayudas",
         _gift(r"\b(?:robux|pavos|vbucks|v bucks|gemas|diamantes|skins?|tarjeta|tarjetita|recarga|saldo|"
               r"dinero|plata|nitro|\d+ ?(?:euros|pesos))\b",
               r"\b(?:(?:me )?(?:haces|hagas|hace) (?:un |una )?(?:favor|favorcito|cosita|cosa)|(?:me )?ayudas "
               r"con (?:una cosa|algo|una cosita)|un (?:pequeno )?favor(?:cito)?)\b",
               r"\bnadie (?:se )?(?:entera|enterara|va a enterar|lo sabra|va a saber|tiene (?:que|por que) "
               r"saber(?:lo)?)\b|\bentre (?:nosotros|tu y yo)\b|\bno (?:se lo |le )?(?:digas|cuentes)\b")),
    rule("grooming:gifts", "grooming",
         "robux bucks vbucks gemmes diamants skin skins carte recharge forfait credit argent nitro euros "
         "service faveur",
         _gift(r"\b(?:robux|v bucks|vbucks|gemmes|diamants|skins?|carte cadeau|carte|recharge|forfait|"
               r"credit|argent|nitro|\d+ ?euros)\b",
               r"\b(?:(?:tu me (?:rends|fais)|rends moi|fais moi) (?:un )?(?:petit )?(?:service|truc|faveur)|"
               r"un (?:petit )?service|une (?:petite )?faveur)\b",
               r"\bpersonne (?:ne )?(?:le )?(?:saura|sait|va savoir|doit savoir)\b|\bentre nous\b|"
               r"\b(?:dis|dit) (?:le |rien )?a personne\b")),
    rule("grooming:gifts", "grooming",
         "robux vbucks bucks diamantes skin skins gift giftcard cartao recarga credito dinheiro grana pix "
         "nitro reais favor favorzinho coisa coisinha",
         _gift(r"\b(?:robux|vbucks|v bucks|diamantes|skins?|gift ?card|cartao|recarga|credito|dinheiro|"
               r"grana|pix|nitro|\d+ ?reais)\b",
               r"\b(?:(?:um )?(?:favor|favorzinho)|me ajuda(?:r)? (?:com|numa) (?:uma )?coisa|(?:fizer|fazer|"
               r"faz) uma coisa (?:pra|para) mim|uma coisinha)\b",
               r"\bninguem (?:vai |precisa )?(?:saber|fica sabendo|descobrir|vai ficar sabendo)\b|"
               r"\bentre nos\b|\bnao (?:conta|fala) (?:pra|para) ninguem\b")),
    rule("grooming:gifts", "grooming",
         "robux bucks vbucks gemme diamanti skin skins ricarica ricariche gift giftcard carta soldi "
         "credito nitro euro favore favorino piacere cosa cosetta mandi invii",
         _gift(r"\b(?:robux|v bucks|vbucks|gemme|diamanti|skins?|ricarica|ricariche|gift ?card|carta "
               r"regalo|soldi|credito|nitro|\d+ ?euro)\b",
               r"\b(?:un (?:piccolo )?(?:favore|favorino|piacere)|(?:mi fai|fammi|fai per me) (?:una )?"
               r"(?:cosa|cosetta)|se mi (?:mandi|invii|fai vedere) (?:una |un )?(?:foto|video|selfie))\b",
               r"\bnessuno (?:lo )?(?:sapra|verra a sapere|deve sapere|scoprira)\b|\btra (?:noi|me e te)\b|"
               r"\bnon (?:lo )?dire a nessuno\b|\bnon dirlo a nessuno\b")),
    rule("grooming:gifts", "grooming",
         "robux bucks vbucks skin skins geschenkkarte gutschein paysafe paysafecard guthaben geld nitro "
         "euro gefallen sache",
         _gift(r"\b(?:robux|v bucks|vbucks|skins?|geschenkkarte|gutschein|paysafe|paysafecard|guthaben|"
               r"geld|nitro|\d+ ?euro)\b",
               r"\b(?:(?:einen|nen) (?:kleinen )?gefallen|eine (?:kleine )?sache fur mich)\b",
               r"\b(?:bleibt|bleiben) unter uns\b|\b(?:keiner|niemand) (?:wird|muss|braucht) (?:es |das )?"
               r"(?:wissen|erfahren|zu wissen)\b|\b(?:keiner|niemand) (?:erfahrt|merkt) (?:es|das|was)\b|"
               r"\bsag (?:es )?niemandem\b")),
    rule("grooming:gifts", "grooming",
         "robux vbucks skiny skina skiny doladowanie doladowania karte kod paysafe kase kasy hajs "
         "pieniadze zl zlotych pln rzecz przysluge cos czyms",
         _gift(r"\b(?:robux|vbucks|v bucks|skin[ay]?|doladowanie|doladowania|karte podarunkowa|kod|paysafe|"
               r"kase|kasy|hajs|pieniadze|\d+ ?(?:zl|zlotych|pln))\b",
               r"\b(?:(?:zrobisz|zrob) (?:dla mnie |mi )?(?:jedna |mala )?(?:rzecz|przysluge|cos)|"
               r"(?:mala |jedna )?przysluge|pomozesz mi (?:w )?(?:jednej rzeczy|czyms))\b",
               r"\bnikt sie nie dowie\b|\bnikt nie (?:bedzie wiedzial|musi wiedziec)\b|\bmiedzy nami\b|"
               r"\bnikomu nie (?:mow|powiesz)\b")),
    rule("grooming:gifts", "grooming",
         "diamond diamonds dm robux uc skin pulsa saldo voucher topup top gopay ovo dana duit uang rb "
         "ribu bantu tolong tolongin hal",
         _gift(r"\b(?:diamond|diamonds|dm|robux|uc|skin|pulsa|saldo|voucher|top ?up|gopay|ovo|duit|uang|"
               r"\d+ ?(?:rb|ribu|k))\b",
               r"\b(?:bantu (?:aku|gue|gw|aq) (?:satu hal|sesuatu|dikit|sedikit|1 hal)|tolong(?:in)? (?:aku|"
               r"gue) (?:satu hal|sesuatu|dikit)|(?:satu|1) hal)\b",
               r"\b(?:gak|ga|nggak|tidak|gk) (?:ada )?(?:yang|orang) (?:tau|tahu|bakal tau)\b|\brahasia\b|"
               r"\bjangan bilang\b")),
    rule("grooming:gifts", "grooming",
         "شدات جواهر الماس روبوكس سكن سكنات بطاقه كارت رصيد شحن فلوس مصاري يوسي هشحنلك حشحنلك "
         "اشحنلك بشحنلك خدمه معروف حاجه شغله طلب تساعديني تعمليلي عملتيلي ساعدتيني",
         _gift(r"(?:شدات|جواهر|الماس|روبوكس|سكن|سكنات|بطاقه|كارت|رصيد|فلوس|مصاري|يوسي|هشحنلك|حشحنلك|"
               r"اشحنلك|بشحنلك|شحن)",
               r"(?:خدمه|معروف|حاجه صغيره|شغله صغيره|طلب صغير|تساعديني|تعمليلي|عملتيلي|ساعدتيني)",
               r"(?:محدش|ما حد|ما حدا|لا احد|ولا حد) (?:هيعرف|حيعرف|يعرف|بيعرف|رح يعرف|سيعرف|بيدري|يدري)|"
               r"بيني وبينك|سرنا")),
    rule("grooming:gifts", "grooming",
         "робуксы робуксов баксы вбаксы скин скины скинов гемы гемов алмазы алмазов донат деньги денег "
         "нитро закину задоначу пополню услугу одолжение вещь дело кое",
         _gift(r"(?<!\w)(?:робуксы|робуксов|вбаксы|вбаксов|баксы|скин\w*|гемы|гемов|алмазы|алмазов|"
               r"донат\w*|подарочн\w* карт\w*|деньги|денег|нитро|закину|задоначу|пополню)",
               r"(?<!\w)(?:(?:маленькую |небольшую |одну )?(?:услугу|одолжение)|(?:сделаешь|сделаи) (?:для "
               r"меня |мне )?(?:одну )?(?:вещь|кое что|одно дело)|поможешь мне (?:кое с чем|с однои вещью))",
               r"(?<!\w)(?:никто не (?:узнает|будет знать)|между нами|никому не (?:говори|рассказываи|"
               r"скажешь))")),
    rule("grooming:gifts", "grooming",
         nfkc("diamond diamonds uc robux recharge topup top paytm paise skin kaam kam favour favor madad "
              "डायमंड रिचार्ज पैसे यूसी काम फेवर मदद"),
         nfkc(_gift(r"\b(?:diamond|diamonds|uc|robux|recharge|top ?up|paytm|paise|skins?)\b|(?:डायमंड|"
                   r"रिचार्ज|पैसे|यूसी)",
                   r"\b(?:(?:ek )?(?:chota|chhota|choti|chhoti) ?(?:sa |si )?(?:kaam|kam|favour|favor|madad)|"
                   r"(?:kaam|favour|favor|madad) (?:kar do|kardo|karogi|karoge|kar de|kar dena))\b|(?:छोटा "
                   r"सा|एक) (?:काम|फेवर|मदद)",
                   r"\bkisi ko (?:pata|malum|maloom) (?:nahi|na) (?:chalega|chalna|hoga)\b|\bkisi ko (?:mat|"
                   r"na|nahi) (?:batana|bolna)\b|किसी को (?:पता|मालूम) (?:नहीं|ना) (?:चलेगा|चलना)"))),
    rule("grooming:gifts", "grooming", "uc robux vbucks elmas skin bakiye kart para nitro tl lira yuklerim "
         "iyilik sey is yardim",
         _gift(r"\b(?:uc|robux|vbucks|elmas|skin\w*|bakiye|hediye karti|para|nitro|yukle\w*|\d+ ?(?:tl|"
               r"lira))\b",
               r"\b(?:(?:kucuk |ufak )?(?:bir |bi )?iyilik (?:yaparsan|yapar misin|yap|yapsan)|(?:bir |bi )?"
               r"(?:sey|is) (?:yaparsan|yapsan)|bana yardim (?:edersen|etsen))\b",
               r"\bkimse (?:bilmez|bilmeyecek|duymaz|ogrenmez|anlamaz)\b|\baramizda (?:kalsin|kalir|"
               r"kalacak)\b|\bkimseye (?:soyleme|soylemezsen)\b")),
]

# -- 6. deleting the chat afterwards; the special friend; a secret call at night ------
RULES += [
    rule("grooming:secrecy", "grooming", "delete erase clear unsend",
         r"\b(?:delete|erase|clear|unsend) (?:this|it|these|that|everything|the chat|the messages|the "
         r"convo|the conversation|our convo|this chat)\b (?:right )?(?:after|once|when) (?:you (?:have )?"
         r"(?:read|seen|see)|reading)\b|\b(?:after|once|when) you(?:'ve| have)? (?:read|seen|see) (?:this|it|"
         r"them|my messages?)\b[^.!?]{0,20}?\b(?:delete|erase|clear|unsend)\b|\b(?:delete|erase|clear) "
         r"(?:our|the) (?:chat|convo|conversation|messages|dms|texts) (?:afterwards|later|when we are "
         r"done|when you are done)\b|\bdelete our (?:convo|dms|chat history)\b"),
    rule("grooming:secrecy", "grooming", "leas leido leer borra borralo borrala borralos elimina eliminalo",
         r"\b(?:cuando|despues de que|en cuanto) (?:lo )?(?:leas|hayas leido)\b[^.!?]{0,20}?\b(?:borra|"
         r"borralo|borrala|borralos|borrar|borres|borrarlo|elimina|eliminalo|eliminar|elimines)\b|"
         r"\b(?:borra|borralo|borrala|borralos|borrar|borrarlo|elimina|eliminalo|eliminar) (?:esto |todo "
         r"|los mensajes |el chat |la conversacion |nuestro chat |nuestra conversacion )?(?:cuando (?:lo )?"
         r"leas|despues de leer(?:lo)?|apenas lo leas|luego|despues)\b"),
    rule("grooming:secrecy", "grooming", "effacer supprimer efface supprime effaces supprimes",
         r"\b(?:effacer|supprimer|efface|supprime|effaces|supprimes) (?:nos|notre) (?:conv|conversation|"
         r"discussion|discu|messages|chat)\b|\b(?:effacer|supprimer|efface|supprime) (?:la|les|cette|tous "
         r"les|toute la) (?:conv|conversation|discussion|discu|messages|chat) (?:apres|ensuite|quand tu "
         r"(?:l'as|les as) lue?s?|une fois lue?)\b|\b(?:apres l'avoir lu|quand tu l'as lu|une fois lu)\b"
         r"[^.!?]{0,20}?\b(?:efface|supprime)\b"),
    rule("grooming:secrecy", "grooming", "apaga apague apagar deleta deletar exclui exclua excluir",
         r"\b(?:apaga|apague|apagar|deleta|deletar|exclui|exclua|excluir) (?:a |as |essa |esse |o |os )?"
         r"(?:conversa|mensagens|msgs|chat|historico|conversas) (?:depois|mais tarde|quando (?:voce )?ler|"
         r"assim que ler)\b|\b(?:apaga|apague|apagar|deleta|deletar|exclui|excluir) (?:a nossa|nossa|"
         r"nossas|as nossas|o nosso|nosso) (?:conversa|mensagens|msgs|chat|conversas)\b|\b(?:depois de "
         r"ler|quando ler|assim que ler|depois que ler)\b[^.!?]{0,20}?\b(?:apaga|apague|deleta|exclui)\b"),
    rule("grooming:secrecy", "grooming", "cancella cancellare elimina eliminare cancelli elimini letto",
         r"\b(?:cancella|cancellare|elimina|eliminare|cancelli|elimini) (?:la |le |i |questa |questi |tutta "
         r"la )?(?:chat|conversazione|messaggi|chattata) (?:dopo|poi|quando hai letto|appena hai letto|dopo"
         r" aver letto)\b|\b(?:cancella|cancellare|elimina|eliminare) (?:la nostra|le nostre|i nostri) "
         r"(?:chat|conversazione|conversazioni|messaggi)\b|\b(?:quando hai letto|appena hai letto|dopo aver"
         r" letto|quando leggi)\b[^.!?]{0,20}?\b(?:cancella|elimina)\b"),
    rule("grooming:secrecy", "grooming", "losch losche loschen gelesen",
         r"\b(?:losch|losche|loschen) (?:\w+ ){0,2}?(?:unseren|unsere|unser) (?:chat|nachrichten|verlauf|"
         r"unterhaltung|chatverlauf)\b|\b(?:losch|losche|loschen) (?:\w+ ){0,2}?(?:den|die|diesen|diese|"
         r"alles) (?:chat |nachrichten |verlauf )?(?:nachher|danach|nach dem lesen|wenn du (?:es )?gelesen"
         r" hast)\b|\b(?:nachdem du|wenn du) (?:es |das )?gelesen hast\b[^.!?]{0,15}?\bl(?:osch|osche)\b"),
    rule("grooming:secrecy", "grooming", "امسحي امسح احذفي احذف امسحيها احذفيها امسحيه تقري تقريها",
         r"(?:امسحي|امسح|احذفي|احذف|امسحيها|احذفيها|امسحيه) (?:\S+ )?(?:محادثتنا|كلامنا|رسايلنا|رسائلنا|"
         r"شاتنا)|(?:امسحي|امسح|احذفي|احذف) (?:ال)?(?:محادثه|شات|رسايل|رسائل|كلام) (?:بعد ما|لما|اول ما|"
         r"بعدين)|(?:بعد ما|لما|اول ما|بس) (?:تقري|تقريها|تقريه|تقرئي|تقرايها|تخلصي قرايه)[^.!?]{0,15}?"
         r"(?:امسحي|احذفي|امسحيها|احذفيها|امسحيه)"),
    zrule("grooming:secrecy", "grooming", "删",
          r"(?:看完|读完|聊完|看到了?)(?:以后|之后)?[^。!?]{0,6}(?:把)?(?:我们的|咱们的)?(?:聊天记录|记录|消息|"
          r"对话|聊天)(?:都|全)?删(?:了|掉|除)|(?:把|将)(?:我们的|咱们的|我们俩的)(?:聊天记录|消息记录|消息|"
          r"对话|记录)(?:都|全)?删(?:了|掉|除)"),
    # -- be my special friend -------------------------------------------------------
    rule("grooming:secrecy", "grooming", "special secret especial secreta secreto",
         r"\b(?:will|would|do) you (?:want to |like to )?be my (?:special|secret) (?:friend|girl|boy)\b|"
         r"\b(?:want to|wanna) be my (?:special|secret) (?:friend|girl|boy)\b|\b(?:quieres|queres|seras) "
         r"(?:ser )?mi (?:amiga|amigo) (?:especial|secret[ao])\b|\b(?:quer|queres|voce quer) ser (?:minha|"
         r"meu) (?:amiga|amigo) (?:especial|secret[ao])\b"),
    rule("grooming:secrecy", "grooming", "speciale speciale segreta segreto speciale besondere geheime",
         r"\b(?:tu veux|veux tu|tu voudrais) (?:etre|devenir) (?:ma|mon) (?:petite |petit )?(?:amie|ami|pote|"
         r"copine|copain) (?:speciale?|secrete?)\b|\b(?:vuoi|vorresti) essere (?:la mia|il mio) (?:amica|"
         r"amico) (?:speciale|segret[ao])\b|\b(?:willst|mochtest) du (?:meine|mein) (?:ganz )?(?:besondere|"
         r"geheime) (?:freundin|freund) sein\b"),
    rule("grooming:secrecy", "grooming", "wyjatkowa specjalna sekretna tajna wyjatkowym specjalnym",
         r"\b(?:bedziesz|chcesz byc|zostaniesz) (?:moja|moim) (?:wyjatkowa|specjalna|sekretna|tajna|"
         r"wyjatkowym|specjalnym) (?:przyjaciolka|kolezanka|przyjacielem|kolega|dziewczyna)\b"),
    rule("grooming:secrecy", "grooming", "spesialku specialku rahasiaku spesial special rahasia",
         r"\b(?:mau|maukah|mo) (?:jadi|menjadi) (?:sahabat|teman|temen) (?:spesial|special|rahasia)"
         r"(?:ku| aku| gue)?\b|\b(?:mau|maukah) (?:jadi|menjadi) (?:sahabat|teman|temen) (?:spesialku|"
         r"specialku|rahasiaku)\b"),
    rule("grooming:secrecy", "grooming", "особеннои особои таинои секретнои особенным таиным",
         r"(?<!\w)(?:будешь|хочешь быть|станешь) (?:моеи (?:особеннои|особои|таинои|секретнои) "
         r"(?:подругои|девушкои|подружкои)|моим (?:особенным|таиным) другом)\b"),
    rule("grooming:secrecy", "grooming", nfkc("special secret khaas khas स्पेशल खास सीक्रेट"),
         nfkc(r"\b(?:meri|mera) (?:special|secret|khaas|khas) (?:friend|dost) (?:banogi|banoge|banegi|"
             r"banega|bano|ban jao)\b|(?:मेरी|मेरा) (?:स्पेशल|खास|सीक्रेट) (?:फ्रेंड|दोस्त) (?:बनोगी|बनोगे|"
             r"बनो)")),
    rule("grooming:secrecy", "grooming", "ozel gizli",
         r"\b(?:benim )?(?:ozel|gizli) (?:arkadasim|sevgilim) (?:olur musun|olmak ister misin)\b"),
    rule("grooming:secrecy", "grooming", "صديقتي صاحبتي رفيقتي",
         r"(?:بدك|تحبي|تبغي|تبي|عايزه|حابه|ممكن) (?:تكوني|تبقي|تصيري) (?:صديقتي|صاحبتي|رفيقتي) "
         r"(?:المميزه|الخاصه|السريه)"),
    zrule("grooming:secrecy", "grooming", "特 秘",
          r"(?:做|当)我(?:的)?(?:最)?(?:特别|特殊|秘密)(?:的)?(?:朋友|好朋友)"),
]

# -- a call in secret, or at night when the family sleeps ---------------------------
_CALLS: list[tuple[str, str, str, str]] = [
    # (triggers, a call made in secret, a call, when the family sleeps)
    ("call video facetime vc cam skype",
     r"\b(?:a |our )?secret (?:video ?call|video chat|facetime|call|vc|cam)\b|\b(?:video ?call|video "
     r"chat|facetime|call|vc|cam)(?: me| you| with me)? (?:secretly|in secret)\b|\bsecretly (?:video "
     r"?call|facetime|call|vc|cam)\b",
     r"\b(?:video ?call|video chat|facetime|call|vc|cam|skype)\b",
     r"\bwhen (?:everyone|everybody|your parents|your mum|your mom|your dad|your family) (?:is |are |has "
     r"|have )?(?:asleep|sleeping|sleeps|in bed|gone to bed|goes to bed|go to bed)\b"),
    ("videollamada videollamadas llamada llamadas facetime videochat llamo llamamos",
     r"\b(?:videollamada|llamada|facetime|videochat)s? (?:secreta|en secreto|a escondidas|escondid[ao]s?)"
     r"\b|\b(?:a escondidas|en secreto) (?:una )?(?:videollamada|llamada)\b",
     r"\b(?:videollamada|llamada|facetime|te llamo|nos llamamos)\b",
     r"\bcuando (?:tus padres|tus papas|tus viejos|tu madre|tu mama|tu papa|todos|todo el mundo|en tu "
     r"casa) (?:ya )?(?:duerman|esten dormidos|se duerman|se acuesten|esten durmiendo)\b"),
    ("appel appels facetime visio appelle s'appelle t'appelle cachette secret",
     r"\b(?:appel|facetime|visio|appel video)s? (?:secret|en cachette|en secret)\b|\ben cachette (?:en )?"
     r"(?:appel|facetime|visio)\b|\bon s'appelle en cachette\b",
     r"\b(?:appel|facetime|visio|on s'appelle|je t'appelle)\b",
     r"\bquand (?:tes parents|ta mere|ton pere|tout le monde|tes darons|toute ta famille) (?:dort|dorment"
     r"|dormiront|seront couches|sera couche|se couchent)\b"),
    ("chamada videochamada ligacao facetime call ligo",
     r"\b(?:chamada de video|chamada|videochamada|ligacao|facetime|call) (?:escondid[ao]|secreta|em "
     r"segredo|as escondidas)\b|\b(?:escondido|escondida|em segredo) (?:uma )?(?:chamada|videochamada|"
     r"ligacao)\b",
     r"\b(?:chamada|videochamada|ligacao|te ligo|facetime|call)\b",
     r"\bquando (?:seus pais|teus pais|sua mae|tua mae|todo mundo|geral|a sua familia) (?:ja )?(?:dormir|"
     r"dormirem|estiver dormindo|estiverem dormindo|forem dormir|for dormir)\b"),
    ("videochiamata chiamata videocall facetime sentiamo chiamiamo chiamo",
     r"\b(?:videochiamata|chiamata|videocall|facetime) (?:segreta|di nascosto|in segreto)\b|\bdi nascosto "
     r"(?:una )?(?:videochiamata|chiamata)\b|\bci (?:sentiamo|chiamiamo) di nascosto\b",
     r"\b(?:videochiamata|chiamata|videocall|facetime|ti chiamo|ci sentiamo)\b",
     r"\bquando (?:i tuoi|tutti|tua madre|tuo padre|i tuoi genitori) (?:\w+ )?(?:dormono|dormiranno|si "
     r"addormentano|vanno a letto|sono a letto)\b"),
    ("heimlich geheim heimlichen geheimen facetimen facetime telefonieren videocall anrufen callen",
     r"\b(?:heimlich|geheim) (?:facetimen|telefonieren|videocallen|anrufen|callen|videochatten|skypen)\b|"
     r"\b(?:heimlichen|geheimen) (?:videocall|call|anruf|facetime|videochat)\b",
     r"\b(?:facetimen|facetime|telefonieren|videocall|anrufen|callen)\b",
     r"\bwenn (?:alle|deine eltern|deine mama|dein papa|deine familie) (?:\w+ )?(?:schlafen|pennen|im "
     r"bett sind|eingeschlafen sind)\b"),
    ("kamerke kamerka kamerki wideorozmowe wideorozmowa rozmowe zadzwonie zadzwonimy",
     r"\b(?:sekretn\w+|tajn\w+|potajemn\w+) (?:kamerk\w+|wideorozmow\w+|rozmow\w+ wideo)\b|"
     r"\b(?:kamerk\w+|wideorozmow\w+|rozmow\w+ wideo|zadzwonie|zadzwonimy) (?:\w+ )?(?:potajemnie|w "
     r"tajemnicy|po kryjomu)\b",
     r"\b(?:kamerk\w+|wideorozmow\w+|rozmow\w+ wideo|zadzwonie|zadzwonimy)\b",
     r"\b(?:jak|gdy|kiedy) (?:wszyscy|twoi rodzice|rodzice|mama|starzy) (?:\w+ )?(?:zasna|pojda spac|"
     r"beda spac|beda spali|spia)\b"),
    ("video call vc vidcall telpon telepon nelpon",
     r"\b(?:video call|vc|vidcall|telpon|telepon|call|nelpon) (?:\w+ )?(?:diem2|diam2|diem diem|diam "
     r"diam|sembunyi2|sembunyi sembunyi|rahasia)\b|\b(?:diem2|diam2|diem diem|diam diam) (?:\w+ )?"
     r"(?:video call|vc|vidcall|telpon|telepon|call)\b",
     r"\b(?:video call|vc|vidcall|telpon|telepon|nelpon)\b",
     r"\b(?:pas|kalau|kalo|waktu|abis|setelah) (?:semua|ortu|ortumu|ortu kamu|orang rumah|mama papa|"
     r"mamamu|semua orang) (?:udah |sudah |lagi )?(?:tidur|bobo|bobok)\b"),
    ("call video مكالمه كول اتصال فيديو",
     r"\b(?:video call|call) (?:sirri|serri|sri|bel ?sir)\b|(?:مكالمه|كول|اتصال)(?: فيديو)? (?:سري|سريه|"
     r"بالسر|بالخفاء)(?!\S)",
     r"\b(?:video call|call)\b|(?:مكالمه|كول|اتصال|فيديو)",
     az(r"\b(?:lamma|lama|lma|waqt) (?:ahlik|ahlek|ahlak|el kol|lkol|kolhom) (?:ynamo|ynamu|yenamo|"
        r"naymin)\b") + r"|(?:لما|لمن|وقت ما|اول ما) (?:اهلك|الكل|ابوك وامك|ماما وبابا|امك وابوك) "
     r"(?:\S+ )?(?:ينامو|ينامون|يناموا|نايمين)"),
    ("созвонимся созвониться созвон позвоню видеозвонок видео таиныи секретныи",
     r"(?<!\w)(?:созвонимся|созвониться|позвоню|видеозвонок|по видео)\b(?: \w+)? (?:таиком|таино|"
     r"втихаря|секретно)\b|(?<!\w)(?:таиком|таино|втихаря|секретно) (?:\w+ )?(?:созвонимся|позвоню|по "
     r"видео)\b|(?<!\w)(?:таиныи|секретныи) (?:видеозвонок|созвон|звонок)\b",
     r"(?<!\w)(?:созвонимся|созвониться|позвоню|видеозвонок|по видео)\b",
     r"(?<!\w)когда (?:все|родители|твои|мама|предки) (?:\w+ )?(?:уснут|заснут|спят|лягут)\b"),
    ("secret chupke video call vc",
     r"\bsecret (?:video call|call|vc)\b|\b(?:chupke|chhup ke|chup ke) (?:se )?(?:video call|call|vc)\b",
     r"\b(?:video call|call|vc)\b",
     r"\bjab (?:sab|ghar wale|gharwale|mummy papa|tumhare parents|sab log) (?:\w+ )?(?:so jaye|so "
     r"jayein|so jaaye|so jaate|so jate|so jaenge)\b"),
    ("gizli gizlice goruntulu arayayim ararim",
     r"\bgizli(?:ce)? (?:goruntulu|arama|arayalim|gorusme)\w*\b|\bgoruntulu (?:\w+ )?gizlice\b",
     r"\b(?:goruntulu|arayayim|ararim)\b",
     r"\b(?:herkes|annenler|ailen|annen baban|evdekiler) (?:\w+ )?(?:uyuyunca|uyudugunda|yatinca)\b"),
]
RULES += [
    rule("grooming:secrecy", "grooming", trig, "(?:" + secret + "|" + both(call, asleep, 40) + ")"
         + _NO_SURPRISE)
    for trig, secret, call, asleep in _CALLS
]
RULES.append(zrule("grooming:secrecy", "grooming", "睡 偷",
                   r"(?:等|趁|当)(?:大家|你爸妈|你父母|家里人|他们|你家人|所有人)(?:都)?睡(?:了|着)?[^。!?]{0,12}"
                   r"(?:视频|视讯|打电话|语音|聊)|(?:我们|咱们|跟我|和我)(?:今晚|晚上)?偷偷(?:地)?(?:视频|视讯|"
                   r"打视频|开视频|语音|打电话)"))
