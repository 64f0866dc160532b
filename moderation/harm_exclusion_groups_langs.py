"""Organised exclusion with no insult, in pt de it ru tr pl: the three shapes of
harm_exclusion_groups.py (read its docstring first), appended to `harm.RULES`
after the English, Spanish and French rules.

"grupo novo sem você-sabe-quem, ninguém adiciona ela de volta", "neue Gruppe
ohne Du-weißt-schon-wen, keiner fügt Mia hinzu", "nuovo gruppo senza sai-chi",
"новый чат без сами-знаете-кого, никто её не добавляет", "yeni grup malum
kişisiz, kimse onu geri eklemesin", "nowa grupa bez niej, nikt jej nie dodaje";
"quem convidou a Bia? na próxima só a gente", "wer hat Mia eingeladen? nächstes
Mal nur wir", "кто позвал Дашу? в следующий раз только свои"; "lasst uns Tim
nicht mehr einladen und so tun als wär er Luft", "przestańmy zapraszać Olka i
udawajmy, że jest niewidzialny".  Each needs both halves: a group and the
veiled or barred person, the mocked guest and next time's smaller circle, the
stop on inviting and the pretence or the "see how long he lasts".  German puts
adverbs between the name and the verb ("lasst uns lukas einfach nicht mehr
einladen", "ab jetzt", "ab sofort": `_ADV_DE`), drops the "e" of "lange"
("mal sehen wie lang er das aushält") and says "tut so, als wäre sie Luft".
"""

from __future__ import annotations

from .harm_groupchat import NOT_WARN
from .harm_groupchat_langs import _NOT_WARN
from .harm_regroup import _AFTER
from .rules import Rule, rule

# a surprise, spam, a hack (`_AFTER`), a scammer or a stranger after the match
_OK = _AFTER + NOT_WARN + _NOT_WARN
_G = r"(?: \S+){0,10}? "  # a gap of a few words between the two halves
_L = r"(?: \S+){0,14}? "  # a longer one, across a sentence

# -- pt ("vc" is read as "video call") ---------------------------------------------
_NAME_PT = (r"\b(?!(?:mim|voce|nos|gente|a|o|as|os|um|uma|ela|ele|de|da|do|na|no|so|sem|grupo|festa|"
            r"bolo|pizza|mae|pai|professor\w*)\b)[a-z]{2,15}\b")
_WHO_PT = r"(?:ela|ele|(?:a |o )?" + _NAME_PT + r")"
_GC_PT = r"\b(?:grupo|gp|gc|grupinho|zap|chat|servidor)"
_VEIL_PT = (r"(?:(?:voce|video call|tu|vcs|voces) (?:sabe|sabem) quem|sabe quem|(?:uma )?certa pessoa|"
            r"certas pessoas|(?:aquela|aquele) que nao (?:deve|pode) ser (?:nomeada|nomeado))")
_NOADD_PT = (r"\b(?:ninguem|ngm|nao|que ninguem) (?:adiciona|adicione|adicionem|add|coloca|coloque|"
             r"coloquem|bota|bote|botem|chama|chame|chamem|convida|convide|convidem|poe) " + _WHO_PT
             + r"(?: de volta| de novo| no grupo)?\b")
_UNFIT_PT = (r"\b(?:ela|ele) nao (?:e|eh) (?:do nosso tipo|da nossa turma|das nossas|"
             r"dos nossos|do nosso nivel|como a gente|do nosso role)\b|\b(?:ela|ele) nao se encaixa\b|"
             r"\bnao combina com a gente\b")
_EXCL_PT = (r"(?:\bsem (?:ela|ele|a " + _NAME_PT + r"|o " + _NAME_PT + r")|" + _NOADD_PT + r"|\bnao "
            r"(?:chama|chamamos|convida|convidamos) (?:ela|ele)|\b(?:grupo novo|novo grupo|outro grupo)\b)")
_CAME_PT = (r"(?:\bquem (?:convidou|chamou|trouxe) " + _WHO_PT + r"|\bpor ?que " + _WHO_PT + r" (?:veio|"
            r"tava la|estava la|apareceu))\b(?!(?: \S+){0,6}? (?:ela e|ele e) (?:demais|incrivel|"
            r"muito legal|um amor)|(?: \S+){0,6}? (?:que bom|adorei))")
_NEXT_PT = (r"\b(?:(?:na|da) )?proxima(?: vez)?(?: \S+){0,6}? (?:so a gente|so nos|so nois|sem (?:ela|"
            r"ele|a " + _NAME_PT + r"|o " + _NAME_PT + r")|grupo menor|nao (?:chama|chamamos|convida|"
            r"convidamos|chamem) (?:ela|ele))\b")
_STOPINV_PT = (r"(?:\b(?:vamos|bora|vamo|vamos todos) (?:simplesmente |so |logo )?parar de (?:chamar|"
               r"convidar) " + _WHO_PT + r"|"
               r"\bninguem (?:chama|convida) mais " + _WHO_PT + r"|\bnao (?:vamos|vamo) mais (?:chamar|"
               r"convidar) " + _WHO_PT + r")\b")
_INVIS_PT = (r"\b(?:fingir|finge|finjam|fingimos|fazer de conta|faz de conta|agir como se) (?:que )?"
             r"(?:ela|ele|" + _NAME_PT + r") (?:(?:e|eh|fosse) (?:invisivel|transparente|um fantasma)|"
             r"nao (?:existe|existisse|ta la|esta la|estivesse la))\b")
_TORMENT_PT = (r"\b(?:ver|vamos ver|pra ver|bora ver) quanto tempo (?:ela|ele) (?:aguenta|dura|resiste)\b|"
               r"\bate (?:ela|ele) (?:desistir|cansar|sair|chorar)\b")
RULES: list[Rule] = [
    rule("bullying:regroup", "bullying", "sem menos tirando ninguem ngm nao encaixa combina",
         _GC_PT + r"(?: \S+){0,4}? (?:sem|menos|tirando) " + _VEIL_PT + r"\b" + _OK + "|"
         + _GC_PT + _G + _NOADD_PT + _OK + "|" + _EXCL_PT + _G + r"(?:" + _UNFIT_PT + r")" + _OK + "|"
         r"(?:" + _UNFIT_PT + r")" + _G + _EXCL_PT + _OK,
         requires="grupo gp gc grupinho zap chat servidor sem chama chamamos convida convidamos"),
    rule("bullying:exclusion", "bullying", "convidou chamou trouxe veio tava estava apareceu",
         _CAME_PT + _L + _NEXT_PT + _OK + "|" + _NEXT_PT + _L + _CAME_PT + _OK,
         requires="proxima"),
    rule("bullying:shunning", "bullying", "parar chama convida chamar convidar",
         _STOPINV_PT + _G + r"(?:" + _INVIS_PT + r"|" + _TORMENT_PT + r")" + _OK,
         requires="fingir finge finjam fingimos conta agir ver ate"),
]

# -- de (ä ö ü ß are read as a o u ss) ----------------------------------------------
_NAME_DE = (r"\b(?!(?:mich|uns|die|der|das|den|dem|ein|eine|sie|ihn|er|es|wir|ihr|nicht|mehr|wieder|"
            r"gruppe|party|kuchen|pizza|musik|mama|papa|lehrer\w*)\b)[a-z]{2,15}\b")
_WHO_DE = r"(?:sie|ihn|(?:die |den )?" + _NAME_DE + r")"
_GC_DE = r"\b(?:gruppe|gc|chat|gruppenchat|whatsappgruppe|server)"
_VEIL_DE = (r"(?:(?:du|ihr) (?:weisst|wisst) schon (?:wen|wer)|du weisst wen|eine (?:gewisse|bestimmte) "
            r"person|jemand bestimmtes|gewisse (?:leute|personen)|(?:einen|eine) gewissen? jemand)")
_NOADD_DE = (r"\b(?:(?:keiner|niemand) (?:fugt|addet|ladet|holt|packt|tut|nimmt) " + _WHO_DE + r" "
             r"(?:wieder |mehr |zuruck )?(?:hinzu|ein|rein|dazu|zuruck|in die gruppe)|(?:fugt|addet|"
             r"ladet|holt|packt) " + _WHO_DE + r" (?:bloss |ja |bitte )?(?:nicht|nie) (?:wieder |mehr )?"
             r"(?:hinzu|ein|rein|dazu|zuruck))\b")
_UNFIT_DE = (r"\b(?:sie|er) (?:passt|gehort) (?:einfach |halt |echt |eh )?nicht (?:zu "
             r"uns|rein|dazu|in (?:die|unsere) gruppe)\b|\b(?:sie|er) ist (?:halt |einfach |echt )?nicht "
             r"(?:unser typ|wie wir|eine von uns|einer von uns|auf unserem level)\b")
_EXCL_DE = (r"(?:\bohne (?:sie|ihn|" + _NAME_DE + r")|" + _NOADD_DE + r"|\b(?:nicht|nie) (?:mehr |wieder )?"
            r"(?:einladen|hinzufugen|adden)|\b(?:ladet|laden wir) (?:sie|ihn|" + _NAME_DE + r") nicht "
            r"(?:mehr )?ein|\bneue gruppe\b|\blasst (?:sie|ihn) (?:weg|raus)\b)")
_CAME_DE = (r"(?:\bwer hat (?:denn |eigentlich |bitte |uberhaupt )?" + _WHO_DE + r" (?:eingeladen|"
            r"mitgebracht|gefragt)|\bwarum war " + _WHO_DE + r" (?:uberhaupt |eigentlich |uberhaupt "
            r"auch )?(?:da|dabei))\b(?!(?: \S+){0,6}? (?:sie ist|er ist) (?:so |voll )?(?:toll|cool|lieb|"
            r"nett|super)|(?: \S+){0,6}? (?:schon dass|froh))")
_NEXT_DE = (r"\b(?:nachstes mal|nachste mal|beim nachsten mal|nachstes treffen)(?: \S+){0,6}? (?:nur "
            r"(?:noch )?wir|kleinere gruppe|im kleinen kreis|kleinerer kreis|ohne (?:sie|ihn|"
            + _NAME_DE + r")|laden wir (?:sie|ihn) nicht|(?:sie|ihn) nicht (?:einladen|fragen))\b")
# "lasst uns lukas einfach nicht mehr einladen": adverbs between the name and the verb
_ADV_DE = (r"(?:(?:einfach|ab jetzt|ab sofort|ab heute|halt|mal|echt|bitte|erstmal|jetzt|auch|ganz|"
           r"gar|eben|doch|ja|zur strafe|absichtlich) ){0,3}")
_STOPINV_DE = (r"(?:\blasst uns " + _WHO_DE + r" " + _ADV_DE + r"(?:nicht mehr|nie mehr|nie wieder|"
               r"nirgends mehr|zu nichts mehr) (?:\S+ )?einladen|\bwir laden " + _WHO_DE + r" "
               + _ADV_DE + r"(?:nicht mehr|nie mehr|nie wieder) (?:\S+ )?ein|\bladet " + _WHO_DE + r" "
               + _ADV_DE + r"(?:nicht mehr|nie mehr|nie wieder) (?:\S+ )?ein|\bhort auf,? " + _WHO_DE
               + r" einzuladen|\bkeiner ladet " + _WHO_DE + r" " + _ADV_DE + r"mehr (?:\S+ )?ein)\b")
_SO_TUN_DE = r"(?:so tun|tut so|tun so|tun wir so|tut einfach so|tun einfach so|tut ab jetzt so)"
_INVIS_DE = (r"\b" + _SO_TUN_DE + r",?(?: \S+)? als(?: ob)? (?:(?:war|ware|ist|sei) (?:sie|er|" + _NAME_DE + r")|"
             r"(?:sie|er|" + _NAME_DE + r")(?: \S+)? (?:war|ware|ist|sei)) (?:luft|unsichtbar|nicht da|"
             r"gar nicht da|ein geist)\b|\b" + _SO_TUN_DE + r",?(?: \S+)? als(?: ob)? (?:sie|er|" + _NAME_DE
             + r") nicht (?:existiert|existieren wurde)\b")
_TORMENT_DE = (r"\b(?:mal )?(?:sehen|schauen|gucken|bin gespannt),? wie lange? (?:sie|er) (?:das |es )?"
               r"(?:aushalt|durchhalt|ertragt|packt|mitmacht|aushalten kann|durchhalten kann)\b|"
               r"\bbis (?:sie|er) (?:aufgibt|heult|es kapiert|es checkt|abhaut)\b")
RULES += [
    rule("bullying:regroup", "bullying", "ohne keiner niemand nicht nie passt gehort",
         _GC_DE + r"(?: \S+){0,4}? ohne " + _VEIL_DE + r"\b" + _OK + "|"
         + _GC_DE + _G + _NOADD_DE + _OK + "|" + _EXCL_DE + _G + r"(?:" + _UNFIT_DE + r")" + _OK + "|"
         r"(?:" + _UNFIT_DE + r")" + _G + _EXCL_DE + _OK,
         requires="gruppe gc chat gruppenchat whatsappgruppe server ohne einladen hinzufugen adden "
                  "ladet laden"),
    rule("bullying:exclusion", "bullying", "eingeladen mitgebracht gefragt warum",
         _CAME_DE + _L + _NEXT_DE + _OK + "|" + _NEXT_DE + _L + _CAME_DE + _OK,
         requires="nachstes nachste nachsten"),
    rule("bullying:shunning", "bullying", "einladen ein einzuladen",
         _STOPINV_DE + _G + r"(?:" + _INVIS_DE + r"|" + _TORMENT_DE + r")" + _OK,
         requires="tun tut sehen schauen gucken gespannt bis"),
]

# -- it ("c'era" is read as one word, "cera") ----------------------------------------
_NAME_IT = (r"\b(?!(?:me|te|noi|voi|lei|lui|la|il|lo|le|gli|un|una|uno|di|da|che|non|piu|gruppo|festa|"
            r"torta|pizza|mamma|papa|prof\w*)\b)[a-z]{2,15}\b")
_WHO_IT = r"(?:lei|lui|(?:la |il )?" + _NAME_IT + r")"
_GC_IT = r"\b(?:gruppo|gc|chat|server|gruppo whatsapp)"
_VEIL_IT = (r"(?:(?:tu )?sai chi|(?:voi )?sapete chi|una certa persona|un certo qualcuno|una certa "
            r"qualcuna|certe persone|(?:colei|colui) che non deve essere (?:nominata|nominato))")
_NOADD_IT = (r"\b(?:nessuno (?:la|lo) (?:aggiunge|aggiunga|riaggiunge|riaggiunga|rimette|rimetta|"
             r"invita|inviti)|non (?:la|lo) (?:aggiungete|riaggiungete|rimettete|invitate)|nessuno "
             r"(?:aggiunga|riaggiunga|inviti|rimetta) " + _NAME_IT + r"|non (?:aggiungete|riaggiungete|"
             r"rimettete|invitate) " + _NAME_IT + r")\b")
_UNFIT_IT = (r"\b(?:lei|lui) non e (?:il nostro tipo|del nostro giro|del nostro livello|come noi)\b|"
             r"\bnon e (?:dei nostri|delle nostre|una di noi|uno di noi)\b|\bnon (?:centra|c entra) "
             r"(?:niente |nulla )?con noi\b|\bnon si integra\b")
_EXCL_IT = (r"(?:\bsenza (?:di )?(?:lei|lui|" + _NAME_IT + r")|" + _NOADD_IT + r"|\bnon (?:la|lo) "
            r"(?:invitiamo|aggiungiamo|chiamiamo)|\b(?:nuovo gruppo|gruppo nuovo|altro gruppo)\b|"
            r"\blasciamol[ao] fuori\b)")
_CAME_IT = (r"(?:\bchi (?:ha|l'ha|la ha|lo ha) (?:invitato|invitata|portato|portata|chiamato|chiamata)"
            r"(?: " + _WHO_IT + r")?|\bperche (?:cera|c era|e venuta|e venuto) " + _WHO_IT + r")\b"
            r"(?!(?: \S+){0,6}? (?:e|era) (?:troppo |super )?(?:simpatica|simpatico|fantastica|"
            r"fantastico|carina|carino)|(?: \S+){0,6}? (?:che bello|contenta|contento))")
_NEXT_IT = (r"\b(?:la prossima|prossima volta)(?: volta)?(?: \S+){0,6}? (?:solo noi|noi e basta|senza "
            r"(?:di )?(?:lei|lui|" + _NAME_IT + r")|gruppo piu piccolo|pochi intimi|in pochi|non (?:la|"
            r"lo) (?:invitiamo|chiamiamo))\b")
_STOPINV_IT = (r"(?:\bsmettiamo (?:semplicemente |proprio |pure |da oggi )?di (?:invitare|chiamare)"
               r"(?: " + _WHO_IT + r")?|\bnon (?:la|lo) "
               r"(?:invitiamo|chiamiamo) piu|\bnon invitiamo piu " + _WHO_IT + r")\b")
_INVIS_IT = (r"\bfacciamo (?:finta|come se) (?:che )?(?:lei |lui |" + _NAME_IT + r" )?(?:(?:sia|fosse) "
             r"(?:invisibile|aria|trasparente|un fantasma)|non (?:esista|esistesse|ci sia|ci fosse))\b")
_TORMENT_IT = (r"\bvediamo quanto (?:resiste|dura|regge)\b|\bfinche non (?:molla|se ne va|crolla|"
               r"capisce)\b")
RULES += [
    rule("bullying:regroup", "bullying", "senza tranne nessuno non integra centra",
         _GC_IT + r"(?: \S+){0,4}? (?:senza|tranne) " + _VEIL_IT + r"\b" + _OK + "|"
         + _GC_IT + _G + _NOADD_IT + _OK + "|" + _EXCL_IT + _G + r"(?:" + _UNFIT_IT + r")" + _OK + "|"
         r"(?:" + _UNFIT_IT + r")" + _G + _EXCL_IT + _OK,
         requires="gruppo gc chat server senza invitiamo aggiungiamo chiamiamo lasciamola lasciamolo"),
    rule("bullying:exclusion", "bullying", "invitato invitata portato portata chiamato chiamata cera "
         "venuta venuto",
         _CAME_IT + _L + _NEXT_IT + _OK + "|" + _NEXT_IT + _L + _CAME_IT + _OK,
         requires="prossima"),
    rule("bullying:shunning", "bullying", "smettiamo invitiamo chiamiamo",
         _STOPINV_IT + _G + r"(?:" + _INVIS_IT + r"|" + _TORMENT_IT + r")" + _OK,
         requires="facciamo vediamo finche"),
]

# -- ru (й is read as и, ё as е) -----------------------------------------------------
_NAME_RU = r"\b(?!(?:меня|нас|тебя|всех|никого|ботов|бота|родителеи|учителя)\b)[а-я]{2,15}\b"
_WHO_RU = r"(?:ее|его|" + _NAME_RU + r")"
_GC_RU = r"\b(?:чат|чатик|беседа|беседу|группа|группу|конфа|конфу|гк)"
_VEIL_RU = (r"(?:(?:сами|сам|сама) знаете кого|(?:сам|сама) знаешь кого|(?:ты|вы) знае(?:шь|те) кого|"
            r"кое кого|одного человека|однои особы|известно кого|одного персонажа)")
_NOADD_RU = (r"\b(?:никто (?:" + _WHO_RU + r" )?не (?:добавляет|добавляите|зовет|приглашает|возвращает)"
             r"(?: " + _WHO_RU + r")?|не (?:добавляите|добавляем|зовем|возвращаите|возвращаем) (?:"
             + _WHO_RU + r" )?(?:обратно|назад|снова)|(?:ее|его) обратно не (?:добавляем|зовем))\b")
_UNFIT_RU = (r"\b(?:она|он) (?:нам )?не (?:подходит|вписывается|нашего (?:уровня|круга|формата)|наш "
             r"(?:типаж|уровень|формат)|из наших)\b")
_EXCL_RU = r"(?:\bбез (?:нее|него|" + _NAME_RU + r")|" + _NOADD_RU + r"|\bне (?:зовем|приглашаем) (?:ее|его))"
_CAME_RU = (r"\bкто (?:вообще |блин |нафиг )?(?:позвал|пригласил|притащил|звал|привел) (?:сюда )?"
            + _WHO_RU + r"\b(?![^.!?]{0,40}(?:классная|классныи|молодец|рада|рад|здорово))")
_NEXT_RU = (r"\bв следующии раз(?: \S+){0,6}? (?:только (?:мы|свои|наши)|без (?:нее|него|" + _NAME_RU
            + r")|узким кругом|(?:ее|его) не (?:зовем|приглашаем))\b")
_STOPINV_RU = (r"(?:\b(?:даваите |давай )?(?:больше |уже )?не (?:звать|приглашать|зовем|приглашаем) "
               r"(?:больше )?" + _WHO_RU + r"|\bперестанем (?:звать|приглашать) " + _WHO_RU + r")\b")
_INVIS_RU = (r"\b(?:будем |даваите |давай )?(?:делать|делаем|делаите) вид,? что (?:(?:она|он) (?:невидимка|"
             r"пустое место|не существует|воздух)|(?:ее|его) (?:нет|не существует)|" + _NAME_RU
             + r" нет)\b|\b(?:как будто|будто) (?:ее|его) нет\b")
_TORMENT_RU = (r"\bпосмотрим,? (?:сколько|как долго|насколько) (?:она|он) (?:продержится|выдержит|"
               r"протянет)\b|\bпока (?:она|он) не (?:сдастся|уидет|свалит)\b")
RULES += [
    rule("bullying:regroup", "bullying", "без никто не подходит вписывается",
         _GC_RU + r"(?: \S+){0,4}? без " + _VEIL_RU + r"\b" + _OK + "|"
         + _GC_RU + _G + _NOADD_RU + _OK + "|" + _EXCL_RU + _G + r"(?:" + _UNFIT_RU + r")" + _OK + "|"
         r"(?:" + _UNFIT_RU + r")" + _G + _EXCL_RU + _OK,
         requires="чат чатик беседа беседу группа группу конфа конфу гк без зовем приглашаем"),
    rule("bullying:exclusion", "bullying", "позвал пригласил притащил звал привел",
         _CAME_RU + _L + _NEXT_RU + _OK + "|" + _NEXT_RU + _L + _CAME_RU + _OK,
         requires="следующии"),
    rule("bullying:shunning", "bullying", "звать приглашать зовем приглашаем",
         _STOPINV_RU + _G + r"(?:" + _INVIS_RU + r"|" + _TORMENT_RU + r")" + _OK,
         requires="вид будто посмотрим пока"),
]

# -- tr (ı ş ğ ö ü ç are read as i s g o u c; "elif'i" is one word) -----------------
_NAME_TR = r"\b(?!(?:ben|beni|biz|bizi|sen|seni|kimse|bot|hoca|ogretmen|annem|babam)\b)[a-z]{2,14}"
_ACC_TR = r"(?:onu|seni|" + _NAME_TR + r"'?(?:i|yi|u|yu))"
_GC_TR = r"\b(?:grup|grubu|gc|sohbet|grup sohbeti)"
_VEIL_TR = (r"(?:malum kisi(?:siz| olmadan)|malum sahis(?:siz| olmadan)|bildigin kisi(?:siz| olmadan)|"
            r"belli (?:birisi|biri) olmadan|kim oldugunu bildigin kisi(?:siz| olmadan))")
_NOADD_TR = (r"\b(?:kimse " + _ACC_TR + r" (?:geri |tekrar )?(?:eklemesin|cagirmasin|davet etmesin)|"
             r"(?:geri|tekrar)(?<!botu geri)(?<!botu tekrar) (?:eklemeyin|eklemeyelim|eklemiyoruz|almayin|"
             r"almiyoruz))\b")
_UNFIT_TR = (r"\b(?:bizden (?:biri )?degil|bize uymuyor|bizim tipimiz degil|bizim kafada degil|aramiza "
             r"uymuyor|bizim seviyemizde degil)\b")
# Turkish puts the person first ("elif'i kim çağırdı"): the verb leads these
# patterns and the person is left unread (a name-shaped word first would be tried
# at every word of the message)
_EXCL_TR = (r"(?:\bonsuz\b|" + _NOADD_TR + r"|\bonu (?:cagirmayin|cagirmayalim|cagirmiyoruz|eklemeyin|"
            r"eklemeyelim|davet etmeyelim)\b|\byeni grup\b)")
_CAME_TR = (r"\bkim(?:ler)? (?:cagirdi|davet etti|getirdi|cagirmis|getirmis)\b(?![^.!?]{0,40}(?:cok "
            r"tatli|harika|iyi ki|sevindim))")
_NEXT_TR = (r"\b(?:bir dahakine|bir dahaki sefere|bir daha ki sefere|gelecek sefer|sonraki sefer)"
            r"(?: \S+){0,6}? (?:sadece biz|bi tek biz|bir tek biz|onsuz|" + _NAME_TR
            + r"'?(?:siz|suz)|o olmadan|daha (?:kucuk|az kisi)|onu (?:cagirmayiz|cagirmayalim|"
            r"cagirmiyoruz))\b")
_STOPINV_TR = (r"\b(?:cagirmayalim|davet etmeyelim|cagirmiyoruz|cagirmayi birakalim|davet etmeyi "
               r"birakalim)\b")
_INVIS_TR = (r"\b(?:gorunmezmis|yokmus|havaymis|gorunmez biriymis) gibi (?:davranalim|davranin|"
             r"davranacagiz|yapalim|yapin)\b")
_TORMENT_TR = (r"\bbakalim ne kadar (?:dayanacak|dayanir|dayaniyor|kalacak)\b|\bne kadar (?:dayanir|"
               r"dayanacak) gorelim\b")
RULES += [
    rule("bullying:regroup", "bullying", "malum bildigin belli kimse geri tekrar bizden bize bizim "
         "aramiza",
         _GC_TR + r"(?: \S+){0,4}? " + _VEIL_TR + r"\b" + _OK + "|"
         + _GC_TR + _G + _NOADD_TR + _OK + "|" + _EXCL_TR + _G + r"(?:" + _UNFIT_TR + r")" + _OK + "|"
         r"(?:" + _UNFIT_TR + r")" + _G + _EXCL_TR + _OK,
         requires="grup grubu gc sohbet onsuz cagirmayin cagirmayalim eklemeyin eklemeyelim yeni"),
    rule("bullying:exclusion", "bullying", "cagirdi getirdi etti cagirmis getirmis",
         _CAME_TR + _L + _NEXT_TR + _OK + "|" + _NEXT_TR + _L + _CAME_TR + _OK,
         requires="dahakine dahaki gelecek sonraki"),
    rule("bullying:shunning", "bullying", "cagirmayalim etmeyelim cagirmiyoruz birakalim",
         _STOPINV_TR + _G + r"(?:" + _INVIS_TR + r"|" + _TORMENT_TR + r")" + _OK,
         requires="gibi bakalim gorelim"),
]

# -- pl (ą ę ł ó ś ż are read as a e l o s z; "u" is read as "you") ------------------
_NAME_PL = (r"\b(?!(?:mnie|nas|ciebie|nikogo|wszystkich|botow|bota|rodzicow|nauczyciel\w*|niej|niego|"
            r"jej|go|ich|nich|was|tego|tej|tu|tam|juz|nie|z)\b)[a-z]{2,15}\b")
_WHO_PL = r"(?:jej|go|" + _NAME_PL + r")"
_GC_PL = r"\b(?:grupa|grupe|grupke|czat|chat|gc|konfa|konfe|serwer)"
_VEIL_PL = (r"(?:wiadomo kogo|(?:sami )?wiecie kogo|(?:sam |sama )?wiesz kogo|pewnej osoby|pewnych "
            r"osob|kogos tam|tej jednej osoby)")
_NOADD_PL = (r"\b(?:(?:niech )?nikt (?:juz )?" + _WHO_PL + r" (?:juz )?nie (?:dodaje|dodawaj|zaprasza|"
             r"wrzuca)|nie (?:dodawajcie|dodajemy|zapraszamy|zapraszajcie|wrzucajcie) (?:juz )?" + _WHO_PL
             + r"(?: z powrotem| spowrotem| ponownie)?)\b")
_UNFIT_PL = (r"\b(?:ona|on) (?:po prostu |w ogole )?nie (?:pasuje do nas|pasuje|jest w naszym typie|jest "
             r"z naszej paczki|jest nasza|jest nasz)\b")
_EXCL_PL = r"(?:\bbez (?:niej|niego|" + _NAME_PL + r")|" + _NOADD_PL + r"|\bnowa grupa\b)"
_CAME_PL = (r"\bkto (?:w ogole |wgl )?(?:zaprosil|zaprosila|przyprowadzil|przyprowadzila|zawolal|"
            r"zawolala|zaprosil tu) " + _WHO_PL + r"\b(?![^.!?]{0,40}(?:super|fajna|fajny|ciesze))")
_NEXT_PL = (r"\bnastepnym razem(?: \S+){0,6}? (?:tylko my|bez (?:niej|niego|" + _NAME_PL + r")|w "
            r"(?:mniejszym|waskim|swoim) gronie|(?:jej|go) nie (?:zapraszamy|wolamy))\b")
_STOPINV_PL = (r"(?:\bprzestanmy (?:zapraszac|wolac) " + _WHO_PL + r"|\bnie zapraszajmy (?:juz )?"
               + _WHO_PL + r"|\bjuz (?:jej|go) nie zapraszamy)\b")
_INVIS_PL = (r"\budawajmy,? ze (?:(?:ona|on) )?(?:jest niewidzialn\w+|(?:jej|go) nie ma|nie istnieje|"
             r"jest powietrzem)\b")
_TORMENT_PL = r"\bzobaczymy,? (?:ile|jak dlugo) (?:ona |on )?(?:wytrzyma|przetrwa)\b"
RULES += [
    rule("bullying:regroup", "bullying", "bez nikt nie pasuje",
         _GC_PL + r"(?: \S+){0,4}? bez " + _VEIL_PL + r"\b" + _OK + "|"
         + _GC_PL + _G + _NOADD_PL + _OK + "|" + _EXCL_PL + _G + r"(?:" + _UNFIT_PL + r")" + _OK + "|"
         r"(?:" + _UNFIT_PL + r")" + _G + _EXCL_PL + _OK,
         requires="grupa grupe grupke czat chat gc konfa konfe serwer bez"),
    rule("bullying:exclusion", "bullying", "zaprosil zaprosila przyprowadzil przyprowadzila zawolal "
         "zawolala",
         _CAME_PL + _L + _NEXT_PL + _OK + "|" + _NEXT_PL + _L + _CAME_PL + _OK,
         requires="nastepnym"),
    rule("bullying:shunning", "bullying", "przestanmy zapraszajmy zapraszamy",
         _STOPINV_PL + _G + r"(?:" + _INVIS_PL + r"|" + _TORMENT_PL + r")" + _OK,
         requires="udawajmy zobaczymy"),
]
