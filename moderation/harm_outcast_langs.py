"""A third person insulted for their body or their mind *and* the group told
to throw them out or laugh at them, in ru ar tr pl id hi (the shapes of
harm_outcast.py - read its docstring first; appended to `harm.RULES`).

"посмотрите на эту жирную машу хаха пусть валит из чата", "الفاشل هذا يطلع
من المجموعة ههههه", "ahmet salak gruptan atalım", "kasia jest taka gruba xd
wywalcie ją", "si rina gendut banget wkwk kick aja", "rahul pagal hai usko
group se nikaal do lol".  These languages inflect the name or drop the
pronoun, so the insult half is the insult word itself, anywhere within
twenty words of the call; the call names a person (a pronoun, a name) or the
group chat as the place.  Laughter does not excuse it (`bullying:exclusion`
is not read by the banter frame).

One half alone passes: "мой кот такой жирный хаха", "удалите его из чата,
это спам-бот", "gruptan çıkıyorum, iyi geceler", "kucingku gendut banget
wkwk", "main group se nikal raha hoon, bye"; reports and advice are excused
by the frames.
"""

from __future__ import annotations

from .harm_outcast import either_order
from .packs.hi._script import _DE, _r
from .rules import Rule, rule


def _forms(stems: str, endings: str) -> str:
    """Inflected forms for a `requires` gate (whole words only): every stem
    with every ending ("" included)."""
    return " ".join(s + e for s in stems.split() for e in ["", *endings.split()])


# -- ru (й is read as и, ё as е) ---------------------------------------------------
_INS_RU = (r"\b(?:жирн\w*|толстух\w*|толстая|толстои|толстую|урод|урода|уродка|уродку|уродина|"
           r"уродину|уродец|тупая|тупои|тупую|тупица|тупорыл\w*|дура|дуру|дурак|дурака|идиот\w*|"
           r"дебил\w*|даун|дауна|корова|корову|свинья|свинью|кабан\w*|бегемот\w*|страшилищ\w*|"
           r"страхолюд\w*|жиробас\w*|овца|овцу|лох|лоха|лохушк\w*|чмо|позорище)")
_PLACE_RU = r"(?:из|с) (?:чата|группы|беседы|конфы|гс)"
_CALL_RU = (
    r"\b(?:кикните|киканите|кикнуть|выгоните|выгнать|выкиньте|выкинуть|исключите|исключить|"
    r"забаньте|забанить|вышвырните|выпните|кикаем|выгоняем|кикнем|выгоним) (?:\S+ )?(?:ее|его|их|"
    r"эту|этого|(?!бота|спам|спамера)[а-я]{2,15})|"
    r"\b(?:удалите|удалить|удаляем|уберите|убрать) (?:\S+ )?(?:ее|его|эту|этого|[а-я]{2,15}) "
    + _PLACE_RU + r"|"
    r"\bпусть (?:\S+ )?(?:валит|уходит|выидет|выходит|сваливает|уматывает|проваливает|"
    r"убирается|катится|заткнется)|"
    r"\b(?:вали|выиди|уходи|проваливаи|свали|сваливаи|катись|убираися|пошла вон|пошел вон|вон)"
    r" (?:отсюда |нахер |нафиг )?" + _PLACE_RU + r"|"
    r"\bдаваите (?:все )?(?:посмеемся|поржем|поугараем|поиздеваемся|постебем) над|"
    r"\bголосуем (?:за то )?(?:чтобы )?(?:ее |его )?(?:кикнуть|выгнать|удалить|исключить)|"
    r"\bскажите (?:еи|ему) (?:чтобы |пусть )?(?:заткнулась|заткнулся|заткнется|ушла|ушел|"
    r"свалила|свалил)|"
    r"\bкто (?:ее|его|эту|этого) (?:\S+ )?(?:добавил|позвал|пригласил)"
)

# -- ar (ة is read as ه, أ as ا); the article and "ha-" are written onto the word --
_INS_AR = (r"\b(?:ال|هال|و|يا ?|وال|يال)?(?:سمين|سمينه|دب|دبه|بقره|غبي|غبيه|فاشل|فاشله|حمار|حماره|قبيح|"
           r"قبيحه|تخين|تخينه|خنزير|خنزيره|بغل|بغله|متخلف|متخلفه|اهبل|هبله|فيل|فيله|معاق|معاقه|"
           r"دبدوب)\b")
_GC_AR = r"(?:من|عن) (?:ال)?(?:قروب|جروب|مجموعه|شات|جروپ|غروب)"
_CALL_AR = (
    r"\b(?:اطلع|اطلعي|اطلعوا|اطلعو|انقلع|انقلعي|برا|بره|اخرج|اخرجي|اطلعوه|اطلعوها|طلعوه|"
    r"طلعوها|طلعوا|طلعو|اطردوه|اطردوها|اطردوا|اطردو|شيلوه|شيلوها|احذفوه|احذفوها|بلكوه|بلكوها|"
    r"كيكوه|كيكوها|يطلع|تطلع|خلوه يطلع|خلوها تطلع|يطلع برا|تطلع برا) (?:\S+ )?" + _GC_AR + r"|"
    r"\b(?:اطردوه|اطردوها|طلعوه|طلعوها|كيكوه|كيكوها)\b|"
    r"\b(?:خلونا نضحك|يلا نضحك|اضحكوا|نضحك|تضحكوا|اضحكو) (?:\S+ )?(?:عليها|عليه)\b|"
    r"\b(?:مين|من) (?:ضافها|ضافه|اضافها|اضافه|دخلها|دخله)\b"
)

# -- tr ----------------------------------------------------------------------------
_INS_TR = (r"\b(?:sisko\w*|sisman\w*|domuz\w*|inek\w*|hipopotam\w*|balina\w*|aptal\w*|salak\w*|"
           r"gerizekali\w*|beyinsiz\w*|cirkin\w*|ezik\w*|dangalak\w*|gudubet\w*|yag tulumu)")
_CALL_TR = (
    r"\bgruptan (?:at|atin|atalim|atsin|atsana|atar misiniz|atilsin|cikar|cikarin|cikaralim|"
    r"cikarsin|kickleyin|kickle|kick|ciksin|defolsun|gitsin|siktir olsun|silin|cik|defol|git|"
    r"bas git|siktir git|kaybol)\b|"
    r"\b(?:at|atin|atalim|cikarin|cikaralim) (?:\S+ )?gruptan|"
    r"\b(?:cik|defol|git|siktir git|bas git|kaybol) (?:\S+ )?(?:bu gruptan|buradan)|"
    r"\b(?:atin|atalim|kickleyin|cikarin) (?:sunu|onu|bunu|su)\b|"
    r"\b(?:onunla|bununla|onla) (?:dalga gecelim|dalga gecin)|\b(?:ona|buna) (?:gulelim|gulun)\b|"
    r"\b(?:bunu|onu) (?:kim|kimin) (?:ekledi|davet etti|cagirdi)"
)

# -- pl (ł is read as l) -------------------------------------------------------------
_INS_PL = (r"\b(?:gruba|grubej|gruba|grubas\w*|grubasa|grubaska|tlust\w*|spasion\w*|brzydk\w*|"
           r"brzydal\w*|brzydula|glupi|glupia|glupek|glupka|glupku|debil\w*|idiot\w*|kretyn\w*|"
           r"krowa|krowe|swinia|swinie|swinio|wieloryb\w*|uposledzon\w*|tepa|tepy|tepak\w*|matol\w*|"
           r"hipopotam\w*|paszczur\w*)")
_NAME_PL = r"(?!(?:to|te|tego|smieci|bota|bot|spam|spamera)\b)[a-z]{2,15}"
_CALL_PL = (
    r"\b(?:wywalcie|wyrzuccie|wykopcie|kicknijcie|zbanujcie|wywalmy|wyrzucmy|wykopmy|zbanujmy)"
    r" (?:ja|jego|go|ich|" + _NAME_PL + r")\b|"
    r"\b(?:usuncie|usunmy|usun|wywal|wyrzuc) (?:ja|jego|go|" + _NAME_PL + r") z (?:grupy|czatu|"
    r"konfy|gc)|"
    r"\bniech (?:\S+ )?(?:spada|spierdala|wypierdala|wyjdzie|odejdzie|sie wynosi|wypada|"
    r"zniknie|sie zamknie|spadnie)|"
    r"\b(?:spadaj|wypad|wynocha|wyjdz|wypierdalaj|spierdalaj|wynos sie) (?:stad )?z (?:grupy|"
    r"czatu|konfy|gc)|"
    r"\b(?:posmiejmy|smiejmy|posmiejcie|smiejcie) sie z (?:niej|niego|tej|tego|" + _NAME_PL + r")|"
    r"\bglosujemy (?:zeby|za|czy) (?:ja |go )?(?:wywalic|wyrzucic|usunac)|"
    r"\bkto (?:ja|go) (?:dodal|zaprosil)"
)

# -- id ----------------------------------------------------------------------------
_INS_ID = (r"\b(?:gendut|gembrot|gemuk|gajah|babi|sapi|kudanil|jelek|buluk|bego|bodoh|goblok|"
           r"tolol|dongo|oon|bloon|tembem|dekil)")
_GC_ID = r"(?:dari|dr) (?:grup|gc|group|grub|grupnya|gcnya|sini)"
_CALL_ID = (
    r"\b(?:kick|kik|keluarin|keluarkan|tendang|usir|remove|hapus|depak) (?:\S+ ){0,3}?" + _GC_ID
    + r"|"
    r"\b(?:kick|kik|keluarin|keluarkan|usir|depak) (?:aja|ae|dong|deh|dia|si \S+)\b|"
    # "aku keluar dari grup": the writer leaving
    r"\b(?:keluar|cabut|pergi|minggat|out)" + "".join(
        f"(?<!\\b{who} {verb})" for who in ("aku", "gue", "gw", "gua", "saya", "ak", "aq")
        for verb in ("keluar", "cabut", "pergi", "minggat", "out"))
    + r" (?:aja |lo |lu |sana |deh |lah )*" + _GC_ID + r"|"
    r"\b(?:yuk|ayo|hayuk|mari) (?:\S+ )?(?:ketawain|ledekin|ejekin|bully|roasting|cengin|"
    r"katain)\b|\b(?:ketawain|ledekin|ejekin|cengin|katain|bully) (?:aja|dia|rame rame|bareng)\b|"
    r"\bsiapa (?:yang )?(?:invite|ngeinvite|masukin|nambahin|add|ngajak) (?:dia|si \S+)|"
    r"\bsuruh (?:dia |si \S+ )?(?:diem|diam|keluar|pergi|cabut)\b|"
    r"\bvote (?:kick|keluarin|usir)"
)

# -- hi: Hinglish, then Devanagari (no \b: combining marks are not \w) -------------
_INS_HI = (r"\b(?:moti|mota|motu|haathi|hathi|bhains|bhainsa|saand|suar|gainda|pagal|pagli|"
           r"bewakoof|bewkoof|budhu|buddhu|gadha|gadhi|gadhe|ullu|kaddu|badsurat|kurup|bhaddi|"
           r"bhadda|chudail)")
_CALL_HI = (
    # "main group se nikal raha hoon": the writer leaving
    r"\b(?:group|grp|gc) se (?:nikalo|nikaal do|nikal do|nikaalo|bahar karo|bahar nikalo|hatao|"
    r"hata do|kick karo|kick kar do|remove karo|bhagao|bhaga do|nikal ja|bhag ja|nikal|chal "
    r"nikal)\b(?! (?:raha|rahi|rahe|rha|rhi|gaya|gayi|gaye|gya|gyi|jaunga|jaungi|chuka|chuki))|"
    r"\b(?:nikalo|nikaal do|nikal do|hatao|kick karo|remove karo|bahar karo|bhagao) (?:isko|usko|"
    r"ise|use|inko|unko)\b|"
    r"\b(?:nikal|nikl|chal nikal|bhag|nikal ja|chal bhag|bhaag) (?:ja )?(?:yahan se )?(?:group|"
    r"grp|gc) se\b|"
    r"\b(?:iska|uska|iski|uski) (?:mazak|majak|mazaak) (?:udao|udate|udaenge|udayenge|banao)\b|"
    r"\b(?:sab )?(?:haso|hanso) (?:is|us) ?(?:par|pe)\b|"
    r"\b(?:isko|usko|ise|use) (?:chup karao|chup karwao|bolo chup)\b|"
    r"\b(?:kisne|kis ne) (?:add kiya|dala|daala|bulaya) (?:isko|usko|ise|use)\b"
)
_INS_HI_D = r"(?:मोटी|मोटा|मोटू|हाथी|भैंस|सूअर|पागल|बेवकूफ़?|गधा|गधी|उल्लू|बदसूरत|चुड़ैल)" + _DE
_CALL_HI_D = (r"(?:ग्रुप|ग्रूप) से (?:निकालो|निकाल दो|बाहर करो|हटाओ|भगाओ|निकल जा|भाग जा)" + _DE
              + r"|(?:निकल|भाग) (?:जा )?(?:ग्रुप|ग्रूप) से|(?:इसका|उसका|इसकी|उसकी) मज़?ाक उड़ाओ")
_GAP_D = r"(?: \S+){0,20}? "

RULES: list[Rule] = [
    rule("bullying:exclusion", "bullying",
         "кикните киканите кикнуть выгоните выгнать выкиньте выкинуть исключите исключить "
         "забаньте забанить вышвырните выпните кикаем выгоняем кикнем выгоним удалите удалить "
         "удаляем уберите убрать пусть вали выиди уходи проваливаи свали сваливаи катись "
         "убираися вон даваите голосуем скажите кто",
         either_order(_INS_RU, _CALL_RU) + r"|\bпусть (?:эта |этот |эту |этого |это )?" + _INS_RU
         + r" (?:\S+ )?(?:валит|уходит|выидет|выходит|сваливает|уматывает|проваливает|убирается)",
         requires=_forms("жирн толст туп тупорыл", "ая ыи ои ую ое ые ого ому ых ым ыми ыш")
         + " " + _forms("урод уродин уродк дур дурак идиот идиотк дебил даун коров свинь свинья кабан "
                        "бегемот страшилищ жиробас овц лох лохушк", "а у ом ы е ои ка ку ина ину")
         + " тупица чмо позорище страхолюдина"),
    rule("bullying:exclusion", "bullying",
         "القروب الجروب المجموعه الشات الجروپ الغروب قروب جروب مجموعه شات اطردوه اطردوها طلعوه "
         "طلعوها كيكوه كيكوها نضحك اضحكوا تضحكوا اضحكو ضافها ضافه اضافها اضافه دخلها دخله",
         either_order(_INS_AR, _CALL_AR),
         requires=" ".join(p + w for p in ("", "ال", "هال", "و", "يا", "وال", "يال")
                           for w in "سمين سمينه دب دبه بقره غبي غبيه فاشل فاشله حمار حماره قبيح قبيحه "
                                    "تخين تخينه خنزير خنزيره بغل بغله متخلف متخلفه اهبل هبله فيل فيله "
                                    "معاق معاقه دبدوب".split())),
    rule("bullying:exclusion", "bullying",
         "sisko sisman domuz inek hipopotam balina aptal salak gerizekali beyinsiz cirkin "
         "ezik dangalak gudubet yag " + " ".join(
             f"{w}{s}" for w in ("sisko", "salak", "aptal", "domuz", "inek", "cirkin", "ezik",
                                 "gerizekali")
             for s in ("yu", "yi", "ya", "ye", "nun", "nin", "dan", "den", "su", "si", "lar",
                       "ler", "u", "i", "a", "e", "in", "un", "la", "le", "lari", "leri")),
         either_order(_INS_TR, _CALL_TR),
         requires="gruptan at atin atalim cikarin cikaralim kickleyin cik defol git kaybol dalga gulelim gulun ekledi"),
    rule("bullying:exclusion", "bullying",
         "wywalcie wyrzuccie wykopcie kicknijcie zbanujcie wywalmy wyrzucmy wykopmy zbanujmy "
         "usuncie usunmy usun wywal wyrzuc niech spadaj wypad wynocha wyjdz wypierdalaj "
         "spierdalaj wynos posmiejmy smiejmy posmiejcie smiejcie glosujemy kto",
         either_order(_INS_PL, _CALL_PL),
         requires=_forms("grub grubas tlust spasion brzydk brzydal glup debil idiot kretyn krow swin "
                         "wieloryb uposledzon tep tepak matol hipopotam paszczur",
                         "a e y i ej ego emu ym ie o u em ka ko ku iu ina")),
    rule("bullying:exclusion", "bullying",
         "gendut gembrot gemuk gajah babi sapi kudanil jelek buluk bego bodoh goblok tolol dongo oon bloon tembem "
         "dekil",
         either_order(_INS_ID, _CALL_ID),
         requires="kick kik keluarin keluarkan tendang usir remove hapus depak keluar cabut pergi minggat out yuk ayo "
                  "hayuk mari ketawain ledekin ejekin cengin katain bully siapa suruh vote"),
    _r("bullying:exclusion", "bullying",
       "group grp gc nikalo hatao bahar bhagao mazak majak mazaak haso hanso chup kisne kis",
       either_order(_INS_HI, _CALL_HI),
       requires="moti mota motu haathi hathi bhains bhainsa saand suar gainda pagal pagli bewakoof "
                "bewkoof budhu buddhu gadha gadhi gadhe ullu kaddu badsurat kurup bhaddi bhadda "
                "chudail",
       quoted=False),
    _r("bullying:exclusion", "bullying", "ग्रुप ग्रूप मज़ाक मजाक",
       rf"{_INS_HI_D}{_GAP_D}(?:{_CALL_HI_D})|(?:{_CALL_HI_D}){_GAP_D}{_INS_HI_D}",
       quoted=False),
]
