"""Sexual invitations and questions aimed at the reader that the sexual rules
missed (appended to `harm.RULES`): whether the reader sleeps naked and what
underwear they have on now, sexual emoji with a proposal ("🍆💦🍑 u and me
tonight?"), sexting / cybersex / webcam sex proposed or "taught", sexual
role-play, imagining the reader naked or in bed and "you turn me on", how far
the reader went with a boyfriend, "have your breasts grown?", undressing on
camera for money, and Turkish requests to show a body part.

Why: development lines written in session 20 in 13 languages, by a helper who
never saw the rules, were shown in most languages for these moves ("do u sleep
naked? 👀", "tu portes quoi comme culotte là", "che mutandine hai oggi?",
"ever sexted anyone? i could teach u", "hagamos cibersexo", "on fait un jeu de
rôle coquin?", "пошлую ролевую", "no paro de imaginarte sin ropa", "siete già
andati a letto insieme?", "seus peitos já cresceram? mostra aí", "zieh dein
top vor der kamera aus, dann kriegst du 20€", "göğüslerini göster").  The
older rules held some of them in one or two languages only, or a model held
them by chance.

Each pattern names the move in the second person (the reader's underwear,
"do you sleep", "let's / wanna", "have you ever ... ? I'll teach you", "your
boyfriend").  What passes: sex education and lessons about sexting ("we
learned why sexting is risky"), reports ("a guy asked me to sext, I blocked
him", excused by the usual frames), the writer's own pyjamas, swimsuit or
sleepover, role-play without a sexual word ("let's roleplay dragons"),
"how far did you get with the homework", and the emoji alone ("eggplant parm
🍆", "so hot today 💦💦").  The emoji reach the phrase form as reserved words
(`emoji_words.py`: 🍆 "emoji_eggplant", 🍑 "emoji_peach", 💦 "emoji_droplets");
Chinese rules see them in the normalised text.  Patterns run on the phrase
form (accents stripped, "u" -> "you", Russian й -> и, Arabizi 3 -> e, 7 -> t).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# -- sexual emoji -------------------------------------------------------------
_E = r"emoji_(?:eggplant|peach|droplets)"
# two of them together ("🍆💦", "🍑💦", "🍆🍑"), whatever else is between
_PAIR = (r"(?:emoji_(?:eggplant|peach) (?:emoji_\w+ )*emoji_droplets|emoji_droplets (?:emoji_\w+ )*"
         r"emoji_(?:eggplant|peach)|emoji_eggplant (?:emoji_\w+ )*emoji_peach|emoji_peach "
         r"(?:emoji_\w+ )*emoji_eggplant)")
# "you and me", "tonight", "in bed": the pair as a proposal
_TONIGHT = (
    r"(?:you and me|me and you|you and i|tonight|later tonight|in bed|come over|alone|"
    r"tu y yo|yo y tu|esta noche|en la cama|a solas|toi et moi|moi et toi|ce soir|cette nuit|"
    r"au lit|eu e voce|voce e eu|hoje a noite|hoje de noite|hj de noite|hj a noite|de noite|na cama|"
    r"io e te|tu e io|stanotte|stasera|a letto|du und ich|ich und du|heute nacht|heute abend|im bett|"
    r"dzis w nocy|dzis wieczorem|ty i ja|ja i ty|w lozku|kamu dan aku|aku dan kamu|ntar malem|"
    r"nanti malam|nanti malem|entar malem|malam ini|malem ini|berduaan|انا وانتي|انا وانت|انتي وانا|"
    r"الليله|ты и я|я и ты|сегодня ночью|сегодня вечером|вдвоем|в постели|aaj raat|tum aur main|"
    r"main aur tum|आज रात|तुम और मैं|मैं और तुम|bu gece|bu aksam|sen ve ben|ben ve sen|yatakta)"
)
# showing or seeing: "te enseño mi 🍆", "nen 🍆 gesehen? soll ich dir meinen schicken"
_SHOW = (
    r"(?:show|see|send|ensenar|enseno|ensene|muestro|mostrar|mando|ver|montrer|montre|voir|envoie|"
    r"mostro|mostra|vedere|faccio vedere|zeig|zeige|zeigen|schick|schicke|schicken|sehen|gesehen|"
    r"pokaze|pokazac|zobaczyc|wysle|liat|lihat|liatin|kirim|اوريكي|اوريك|ابعتلك|تشوفي|تشوفيه|"
    r"покажу|показать|увидеть|скину|посмотреть|dikhau|dikhaun|dikhaoon|bhejun|dekhna|dekhogi|"
    r"dekhegi|gostereyim|gormek|gormemi|atayim|tshofi|tshoufi|tchoufi|tshofy)"
)
# "show a little" (the reader): "🍑🍑 enseña un poquito"
_A_LITTLE = (
    r"(?:show (?:me )?(?:a little|a bit|some)|ensena(?:me)? (?:un poco|un poquito|algo)|"
    r"muestra(?:me)? (?:un poco|un poquito|algo)|montre(?: moi)? (?:un peu|un bout)|mostra(?: ai)? "
    r"(?:um pouco|um pouquinho)|fammi vedere (?:un po|qualcosa)|zeig (?:mal )?(?:ein bisschen|"
    r"bisschen|was)|pokaz (?:troche|cos)|liatin (?:dikit|sedikit|dong)|покажи (?:немного|чуть чуть|"
    r"чуть)|thoda dikhao|biraz goster)"
)
_EMOJI_TRIGGERS = "emoji_eggplant emoji_peach emoji_droplets"

# -- words of the rules below ---------------------------------------------------
_UNDIES_EN = r"(?:underwear|panties|knickers|bra|thong|undies|lingerie|boxers)"
# a sexual modifier of a role-play
_RP_EN = r"(?:roleplay|role play|rp|roleplays|rps)"
_HOT_EN = r"(?:dirty|naughty|sexy|spicy|kinky|nsfw|lewd|erotic|steamy|freaky|adult|18|x rated|hot)"
_SEXT_EN = (r"(?:sext|sexting|cybersex|cyber sex|cam sex|webcam sex|phone sex|sex chat|sexchat|"
            r"video sex|sex over (?:video|cam|facetime))")



def _rp(props: str, rp: str, mods: str, after: str) -> str:
    """A role-play with a sexual word, proposed: a proposal before it in the
    sentence, or "?" / "with me" right after it."""
    pair = rf"(?:(?:{mods}) (?:\w+ )?(?:{rp})|(?:{rp}) (?:\w+ )?(?:{mods}))"
    return rf"\b(?:{props})\b[^.!?]{{0,30}}?\b{pair}\b|\b{pair} (?:{after}|\?)"


RULES: list[Rule] = [
    # == sexual emoji with a proposal, an offer to show, or "show a little" ======
    rule("sexual:emoji", "sexual", _EMOJI_TRIGGERS,
         _PAIR + r"[^.!?]{0,40}?(?<!\w)" + _TONIGHT + r"(?!\w)|(?<!\w)" + _TONIGHT + r"(?!\w)[^.!?]{0,40}?"
         + _PAIR, requires=_EMOJI_TRIGGERS),
    rule("sexual:emoji", "sexual", _EMOJI_TRIGGERS,
         r"\b" + _SHOW + r"\b(?:(?! of | de | di | von )[^.!?]){0,25}?\bemoji_(?:eggplant|peach)\b|"
         r"\bemoji_(?:eggplant|peach)\b[^.!?]{0,12}?\b" + _SHOW + r"\b|"
         r"\bemoji_(?:eggplant|peach) \w+ ? \?[^.!?]{0,25}\b(?:schick\w*|zeig\w*|send|show)\b|"
         r"\b" + _A_LITTLE + r"\b[^.!?]{0,30}?\b" + _E + r"|\b" + _E + r"\b[^.!?]{0,30}?\b" + _A_LITTLE
         + r"\b"),
    zrule("sexual:emoji", "sexual", "今 你 我 床 看 给",
          r"[🍆🍑💦]{2}[^。!?]{0,10}(?:今晚|今天晚上|你和我|我和你|床上|一起)|"
          r"(?:今晚|今天晚上|你和我|我和你|床上|一起)[^。!?]{0,10}[🍆🍑💦]{2}|"
          r"(?:看|给你看|发你|发给你)(?:看)?(?:我的)?[^。!?]{0,4}[🍆🍑]"),

    # == whether the reader sleeps naked =========================================
    rule("sexual:solicit", "sexual", "sleep sleeping slept",
         r"\b(?:do|did|dont|do not|are) you (?:usually |ever |always |still |normally )?"
         r"(?:sleep|sleeping) (?:completely |totally )?(?:naked|nude|in the nude|with nothing on|"
         r"without (?:any )?(?:clothes|pyjamas|pjs|underwear)|in (?:just )?your (?:underwear|bra|panties))\b"),
    rule("sexual:solicit", "sexual", "duermes dormis dormiste",
         r"\b(?:duermes|dormis|dormiste|sueles dormir) (?:\w+ )?(?:desnud[ao]|sin ropa|sin nada|en "
         r"ropa interior|en bragas|en calzones|en tanga|en pelotas|encuerad[ao]|en bolas)\b"),
    rule("sexual:solicit", "sexual", "dors dormais",
         r"\b(?:tu dors|tu dormais|dors tu|est ce que tu dors) (?:souvent |toujours |la )?(?:toute |tout "
         r"|completement )?(?:nue?|a poil|sans rien|sans (?:vetements|habits|culotte|pyjama)|en "
         r"(?:culotte|sous vetements|string|slip|soutif))\b"),
    rule("sexual:solicit", "sexual", "dorme dormes dormiu costuma",
         r"\b(?:dorme|dormes|dormiu|costuma dormir) (?:\w+ )?(?:pelad[ao]|peladinh[ao]|nu|nua|sem roupa|sem "
         r"nada|so de calcinha|de calcinha|de cueca|de sutia)\b"),
    rule("sexual:solicit", "sexual", "dormi dormite",
         r"\b(?:dormi|dormite) (?:\w+ )?(?:nud[ao]|nudi|senza (?:niente|nulla|vestiti|pigiama)|in "
         r"mutande|in intimo|in reggiseno)\b"),
    rule("sexual:solicit", "sexual", "schlafst schlaft",
         r"\b(?:schlafst du|du schlafst|schlaft ihr) (?:\w+ )?(?:nackt|oben ohne|ohne (?:was|klamotten|"
         r"kleidung|schlafanzug|pyjama|unterwasche|hoschen)|in unterwasche|im slip|im hoschen|nur in "
         r"unterwasche)\b"),
    rule("sexual:solicit", "sexual", "spisz sypiasz",
         r"\b(?:spisz|sypiasz) (?:\w+ )?(?:nago|naga|nagi|bez ubrania|bez niczego|bez pizamy|w samej "
         r"bieliznie|w bieliznie|w majtkach|w samych majtkach)\b"),
    rule("sexual:solicit", "sexual", "tidur bobo bobok",
         r"\b(?:tidur|bobo|bobok|tidurnya) (?:\w+ )?(?:telanjang|bugil|tanpa baju|tanpa busana|"
         r"(?:gak|ga|nggak|ngga|enggak|tanpa) (?:pake|pakai|make) (?:baju|apa apa|apa2|bh|daleman)|"
         r"cuma pake daleman|pake daleman doang)\b"),
    rule("sexual:solicit", "sexual", "بتنامي تنامي تنامين بتنام كتنعسي تنعسي",
         r"(?<!\w)(?:بتنامي|تنامي|تنامين|بتنام|كتنعسي|تنعسي|كتنعس)(?: \w+)? (?:عريانه|عاريه|بدون ملابس|"
         r"من غير هدوم|بلا هدوم|بلا تياب|بلا حوايج|بدون هدوم|بالملابس الداخليه|بالاندر)(?!\w)"),
    rule("sexual:solicit", "sexual", "спишь спала",
         r"(?<!\w)(?:спишь|спала|ты спишь) (?:\w+ )?(?:голая|голыи|голои|голышом|нагишом|без одежды|"
         r"без трусов|без белья|в одних трусиках|в трусиках|в одном белье)\b"),
    rule("sexual:solicit", "sexual", "soti sota sote सोती सोता",
         r"\b(?:nangi|nanga|bina kapdon? ke|bina kapde ke|bina kapdo ke|sirf (?:chaddi|panty|undies|bra) "
         r"(?:me|mein) )(?: hi)? ?(?:soti|sota|sote|so jati|so jaati)\b|"
         r"(?:नंगी|नंगा|बिना कपड़ों के|बिना कपड़े के|बिना कपड़ो के) (?:ही )?(?:सोती|सोता|सोते)"),
    rule("sexual:solicit", "sexual", "uyuyorsun uyuyosun uyur uyuyor yatiyorsun yatiyosun",
         r"\b(?:ciplak|cirilciplak|ic camasiriyla|ic camasirinla|kiyafetsiz|soyunuk) (?:mi )?(?:uyuyorsun|"
         r"uyuyosun|uyur musun|uyuyor musun|yatiyorsun|yatiyosun|yatar misin)\b"),
    zrule("sexual:solicit", "sexual", "睡",
          r"你(?:平时|晚上|一般|是不是|都|会)?(?:裸睡|光着睡|光着身子睡|不穿衣服睡)|"
          r"你睡觉(?:的时候)?(?:穿|不穿)(?:衣服|内衣|内裤|胸罩)"),

    # == what underwear the reader has on now =====================================
    rule("sexual:solicit", "sexual", "underwear panties knickers bra thong undies lingerie",
         r"\bwhat (?:kind of |type of |colou?r |style of )?" + _UNDIES_EN + r" (?:are you|you are|do you|"
         r"have you|you)\b(?: \w+){0,2}? (?:wearing|on|got on)\b|\bare you (?:even )?wearing (?:a bra|any "
         r"(?:underwear|panties|bra)|panties|a thong|knickers)\b(?: (?:right now|now|at the moment|today|under))"),
    rule("sexual:solicit", "sexual",
         "ropa interior bragas bragitas calzones calzon tanga sujetador brasier bombacha chones",
         r"\b(?:que|cual|cuales|de que color (?:son|es)?|que color de) ?(?:ropa interior|bragas|bragitas|"
         r"calzones|calzon|tanga|sujetador|brasier|bombacha|chones|panties) (?:llevas|traes|tienes|usas|te "
         r"pusiste|tenes|llevas puest[ao]s?)\b|\b(?:llevas|traes|tienes|usas) (?:puest[ao]s? )?(?:sujetador|"
         r"brasier|bragas|calzones|tanga|ropa interior)(?: puest[ao]s?)? (?:ahora|ahorita|hoy|debajo)\b"),
    rule("sexual:solicit", "sexual", "culotte culottes soutif soutien string slip lingerie",
         r"\b(?:tu portes|t'as|tu as|tu mets|t'as mis|tu as mis|tu met) (?:quoi comme|quelle|quel) (?:\w+ )?"
         r"(?:culotte|culottes|soutif|soutien gorge|string|sous vetements|slip|lingerie|tanga)\b(?! de bain)|"
         r"\b(?:tu portes|t'as|tu as) (?:un|une|des|ton|ta) (?:culotte|soutif|soutien gorge|string|sous "
         r"vetements|tanga) (?:la|maintenant|en ce moment|sous)\b"),
    rule("sexual:solicit", "sexual", "calcinha cueca sutia lingerie tanga baixo embaixo debaixo",
         r"\b(?:o que|oq|que) (?:voce |video call |tu |ce )?(?:ta usando|esta usando|usa|veste|tem) (?:por "
         r"baixo|embaixo|debaixo) (?:do|da) (?:pijama|roupa|saia|vestido|camiseta|blusa|toalha|shortinho)\b|"
         r"\b(?:que|qual|quais|qual e a) (?:cor (?:de |da )?)?(?:calcinha|cueca|sutia|lingerie|tanga|fio "
         r"dental|roupa intima) (?:voce |video call |tu |ce )?(?:ta|esta|tas|estas)? ?(?:usando|vestindo|"
         r"com)\b|\b(?:ta|esta|tas|estas) (?:de|usando|sem) (?:calcinha|sutia|cueca|lingerie|fio dental)\b"
         r"(?= (?:agora|ai|hoje|neste momento|nesse momento|\?))"),
    rule("sexual:solicit", "sexual", "mutandine mutande slip perizoma reggiseno intimo tanga",
         r"\b(?:che|quali|quale|che tipo di|di che colore) (?:mutandine|mutande|slip|perizoma|reggiseno|"
         r"intimo|tanga|culotte) (?:hai|porti|indossi|ti sei mess[ao]|hai addosso|hai messo|hai su)\b|"
         r"\bdi che colore (?:sono|e) (?:le tue|il tuo|la tua|i tuoi) (?:mutandine|mutande|slip|perizoma|"
         r"reggiseno|intimo|tanga)\b|\b(?:porti|indossi|hai su) (?:il |le |un |lo )?(?:reggiseno|"
         r"mutandine|perizoma|tanga) (?:adesso|ora|in questo momento|oggi|sotto)\b"),
    rule("sexual:solicit", "sexual",
         "unterwasche hoschen slip bh string tanga unterhose dessous unter drunter darunter",
         r"\b(?:was fur|welche|welchen|welches) (?:eine |einen )?(?:unterwasche|hoschen|slip|bh|string|"
         r"tanga|unterhose|dessous)\b(?: \w+){0,2}? (?:hast du|tragst du|du tragst|du hast)\b|"
         r"\bwelche farbe (?:hat|haben) (?:dein|deine|deinen) (?:unterwasche|hoschen|slip|bh|string|tanga|"
         r"unterhose)\b|\btragst du (?:gerade |grad |jetzt |heute |eigentlich )+"
         r"(?:einen |ein |eine |nen |ne )?(?:bh|slip|hoschen|string|tanga|unterwasche)\b|"
         r"\bwas (?:hast du|tragst du) (?:gerade |grad |jetzt )?(?:unter (?:dem|deinem|deiner|der) "
         r"(?:schlafanzug|pyjama|nachthemd|rock|kleid|shirt|top|hoodie|bademantel|handtuch)|drunter|"
         r"darunter|unten drunter)\b"),
    rule("sexual:solicit", "sexual", "majtki majteczki stanik stanika biustonosz stringi bielizne figi pod",
         r"\b(?:jakie|jaki|jaka|jakiego koloru|jaki kolor) (?:\w+ )?(?:masz|nosisz|sa twoje|jest twoj|jest "
         r"twoja|ma twoj|maja twoje) (?:\w+ )?(?:majtki|majteczki|stanik|stanika|biustonosz|stringi|bielizne|"
         r"figi)\b|\b(?:jakie|jaki|jakiego koloru|jaki kolor) (?:majtki|majteczki|stanik|stanika|stringi|"
         r"bielizne|figi) (?:masz|nosisz)\b|\bco masz (?:teraz )?(?:na sobie )?pod (?:pizama|spodem|bluzka|"
         r"koszulka|sukienka|spodnica|ubraniem)\b"),
    rule("sexual:solicit", "sexual", "daleman dalaman celana bh beha bra kutang sempak pakaian",
         r"\b(?:daleman|dalaman|celana dalam|bh|beha|bra|kutang|pakaian dalam|sempak)\b(?: \w+){0,2}? "
         r"warna apa\b|\bwarna apa (?:\w+ )?(?:daleman|dalaman|celana dalam|bh|beha|bra|kutang|pakaian "
         r"dalam|sempak)\b|\b(?:lagi|sekarang|skrg) (?:pake|pakai|make) (?:daleman|dalaman|celana dalam|bh|"
         r"beha|bra|kutang) (?:gak|ga|nggak|engga|ngga|apa|yang mana)\b"),
    rule("sexual:solicit", "sexual", "لابسه لابسي تلبسين تلبسي",
         r"(?<!\w)(?:شو|ايش|وش|ايه|اش|شنو|شنهو)? ?(?:لابسه|لابسي|تلبسين|تلبسي) (?:هلا |هلق |الحين |دلوقتي "
         r"|الان )?(?:تحت|ستيان|سوتيان|سنتيان|كلوت|اندر|الاندر)(?!\w)"),
    rule("sexual:solicit", "sexual", "трусы трусики трусишки лифчик бюстгальтер стринги белье",
         r"(?<!\w)(?:какие|какои|какая|какого цвета|что за) (?:у тебя |на тебе )(?:сеичас |сегодня |щас )?"
         r"(?:трусы|трусики|трусишки|лифчик|бюстгальтер|стринги|белье|нижнее белье)\b|"
         r"(?<!\w)(?:какие|какои|какая|какого цвета|что за) (?:трусы|трусики|трусишки|лифчик|бюстгальтер|"
         r"стринги|белье) (?:на тебе|у тебя|носишь|надела)\b"),
    rule("sexual:solicit", "sexual", "chaddi panty panties bra underwear चड्डी पैंटी ब्रा अंडरवियर",
         r"\b(?:kaunse|kaun se|konse|kis|kon se) (?:rang|color|colour) (?:ki|ka|ke) (?:chaddi|chaddiya|"
         r"panty|panties|bra|underwear|kachha|kachchi)\b|\b(?:teri|tumhari|tumhara|tera) (?:chaddi|panty|"
         r"panties|bra|underwear)\b(?: \w+){0,2}? (?:ka|ki|kis) (?:rang|color|colour)\b|"
         r"(?:कौन से|कौनसे|किस) (?:रंग|कलर) (?:की|का|के) (?:चड्डी|पैंटी|ब्रा|अंडरवियर)|"
         r"(?:तुम्हारी|तेरी) (?:चड्डी|पैंटी|ब्रा|अंडरवियर) (?:का|की) (?:रंग|कलर)"),
    rule("sexual:solicit", "sexual", "kulot sutyen camasiri don string tanga kulotun sutyenin pijamanin",
         r"\b(?:ne|hangi) renk (?:kulot|sutyen|ic camasiri|don|string|tanga)(?: \w+)? (?:giyiyorsun|"
         r"giyiyosun|giydin|giymissin|giyiyon|var|takiyorsun|takiyosun|taktin)\b|\b(?:kulotun|sutyenin|ic "
         r"camasirin|donun)(?: \w+)? (?:ne renk|hangi renk)\b|\b(?:sutyen|kulot|ic camasiri|string|tanga)"
         r"(?: \w+)? (?:giyiyor musun|giyiyo musun|giydin mi|takiyor musun|takiyo musun)\b|"
         r"\b(?:pijamanin|eteginin|tisortunun|kiyafetinin|elbisenin) (?:altinda|icinde) ne (?:var|"
         r"giyiyorsun|giyiyosun)\b"),
    zrule("sexual:solicit", "sexual", "内 胸 文",
          r"你(?:现在|今天|此刻)?(?:穿的)?(?:内裤|内衣|胸罩|文胸)(?:是)?(?:什么|啥)颜色|"
          r"你(?:现在|今天)?穿(?:的)?(?:是)?(?:什么|啥)(?:颜色的|样的)?(?:内裤|内衣|胸罩|文胸)|"
          r"你(?:现在|今天)(?:有)?(?:穿|没穿)(?:内裤|内衣|胸罩|文胸)"),
]

# "i could teach you", after the sexting word in the same message
_TEACH = (
    r"(?:i (?:can|could|will|would|ll) (?:teach|show) you|let me (?:teach|show) you|i ll teach you|"
    r"(?:yo )?te (?:enseno|ensenare|puedo ensenar)|je (?:peux |vais )?t'apprendre|je t'apprends|"
    r"je (?:peux )?te montrer comment|(?:eu )?te (?:ensino|ensinar|mostro como)|ti (?:insegno|"
    r"insegnerei|posso insegnare|faccio vedere come)|ich (?:zeig|zeige|erklar|bring) dir (?:wie|das bei|"
    r"es bei)|ich kann es dir beibringen|naucze cie|moge cie nauczyc|pokaze ci jak|(?:aku|ku|gue|gw) "
    r"(?:ajarin|ajari|ajarkan)|научу|могу научить|покажу как|sikha (?:dunga|dungi|du|deta)|sikhaunga|"
    r"(?:ben )?(?:ogretirim|ogreteyim)|sana ogretirim|सिखा (?:दूँगा|दूंगा|दूँगी|दूंगी|दूं)|सिखाऊंगा|सिखाऊँगा|"
    r"a(?:e|3)allemek|a(?:e|3)allmek|ha(?:e|3)allemek)"
)
_SEXT_ANY = (
    r"(?:sext\w*|seksting\w*|cybersex\w*|cyber sex|cibersexo|cybersexe|cyberseks|cibersesso|"
    r"cybersesso|phone sex|cam sex|webcam sex|sexe (?:par|en|sur) (?:webcam|cam|camera|facetime|visio)|"
    r"sexe virtuel|sexo virtual|sexo por (?:camara|cam|webcam|videollamada|chamada|video|video call)|"
    r"sesso (?:virtuale|in chat|in webcam|in cam|al telefono)|telefonsex|camsex|webcamsex|seks przez "
    r"(?:kamerke|kamere|telefon|czat)|wirtualny seks|секстинг\w*|вирт\w*|киберсекс\w*|"
    r"секс по (?:камере|вебке|видео|телефону)|sanal seks|kamerada seks|سكستينج|سكستنج|سيكستنج|"
    r"سكس شات|سكس كام|सेक्सटिंग|साइबर सेक्स|फोन सेक्स)"
)

RULES += [
    # == sexting, cybersex, webcam sex: proposed, or asked about and "taught" =====
    rule("sexual:solicit", "sexual",
         "sext sexted sexting cybersex cyber cam webcam phone sexchat video",
         r"\b(?:teach|show) you how to (?:sext|do sexting|have cybersex|have cam sex|have phone sex)\b|"
         r"\b(?:have you|did you|you|ever) (?:ever |already )?(?:sexted|done sexting|tried sexting|"
         r"(?:had|done|tried) (?:cybersex|cyber sex|cam sex|webcam sex|phone sex))\b(?! (?:at|in) school)|"
         r"\b(?:lets|let us|want to|do you want to|shall we|we could|we can|we should|you down for|up "
         r"for) (?:have |do |try )?(?:some )?(?:cybersex|cyber sex|cam sex|webcam sex|phone sex|"
         r"video sex)\b|\b(?:cybersex|cyber sex|cam sex|webcam sex|phone sex|sexting) (?:with me|tonight|"
         r"later|right now)\b"),
    rule("sexual:solicit", "sexual",
         "sext sexted sexting cybersex cyber cam webcam phone cibersexo cybersexe cyberseks cibersesso "
         "cybersesso sexe sexo sesso telefonsex camsex seks секстинг секстингом вирт виртом киберсекс "
         "секс sanal kamerada سكستينج سكستنج سيكستنج سكس सेक्सटिंग साइबर फोन",
         r"(?<!\w)" + _SEXT_ANY + r"(?!\w)[^.!]{0,45}?(?<!\w)" + _TEACH + r"(?!\w)"),
    rule("sexual:solicit", "sexual", "cibersexo sexting sexo",
         r"\b(?:hagamos|hacemos|haces|harias|hiciste|has hecho|quieres hacer|queres hacer|probamos|"
         r"probemos|te animas a hacer|has probado|probaste) (?:\w+ )?(?:cibersexo|sexting|sexo virtual|sexo "
         r"por (?:camara|cam|webcam|videollamada|chat|telefono)|sexo telefonico)\b|\b(?:cibersexo|sexting|"
         r"sexo virtual|sexo por (?:camara|cam|webcam|videollamada)) (?:conmigo|esta noche|hoy|ahora)\b"),
    rule("sexual:solicit", "sexual", "sexting cybersexe cyber sexe",
         r"\b(?:on fait|on se fait|on pourrait faire|tu veux faire|t'as deja fait|tu as deja fait|t'as "
         r"jamais fait|ca te dit|ca te dirait|on essaie|on essaye|t'as deja essaye) (?:de |du |un |le )?"
         r"(?:sexting|cybersexe|cyber sexe|sexe (?:par|en|sur) (?:webcam|cam|camera|facetime|telephone|"
         r"snap|visio)|sexe virtuel)\b|\b(?:sexting|cybersexe|sexe (?:par|en|sur) (?:webcam|cam|camera|"
         r"facetime|visio)|sexe virtuel) (?:avec moi|ce soir|cette nuit|t'as (?:deja|jamais) essaye|"
         r"tu as (?:deja|jamais) essaye)\b"),
    rule("sexual:solicit", "sexual", "sexting sexo cibersexo",
         r"\b(?:bora|vamos|vamo|quer|queres|voce quer|video call quer|ja fez|ja fizeste|fazemos|topa) "
         r"(?:fazer )?(?:um |uma )?(?:sexting|sexo virtual|sexo por (?:chamada|video|video call|cam|camera|"
         r"webcam|telefone)|cibersexo|sexo online)\b|\b(?:sexting|sexo virtual|sexo por (?:chamada|video|"
         r"video call|cam|camera|webcam)) (?:comigo|hoje|hj|agora)\b"),
    rule("sexual:solicit", "sexual", "sexting sesso cybersesso cibersesso",
         r"\b(?:facciamo|famo|vuoi fare|hai mai fatto|hai gia fatto|ti va di fare|proviamo|hai mai "
         r"provato) (?:del |un po di )?(?:sexting|sesso (?:virtuale|in chat|in webcam|in cam|al telefono|"
         r"online|in videochiamata)|cybersesso|cibersesso)\b|\b(?:sexting|sesso (?:virtuale|in chat|in "
         r"webcam|in cam)) (?:con me|stasera|stanotte|adesso)\b"),
    rule("sexual:solicit", "sexual", "sexten sexting cybersex webcam webcamsex camsex cam telefonsex",
         r"\b(?:lass uns|wollen wir|sollen wir|willst du|magst du|hast du (?:schon mal |schon |jemals "
         r"|mal )?|schon mal|schonmal) (?:(?!von\b)\w+ ){0,2}(?:sexten|sexting|cybersex|cyber sex|webcam ?sex|"
         r"camsex|cam sex|telefonsex)\b(?! gehort| gelesen)|\b(?:sexting|cybersex|webcam ?sex|camsex|"
         r"cam sex|telefonsex) (?:mit mir|heute|heute abend|heute nacht|jetzt)\b"),
    rule("sexual:solicit", "sexual", "sexting sekstingu cyberseks cyber seks wirtualny",
         r"\b(?:robilas|robiles|robisz|zrobimy|zrobmy|chcesz|pobawimy sie w|pobawmy sie w|bawilas sie w|"
         r"probowalas|probowales|uprawialas|chcesz uprawiac) (?:kiedys |juz )?(?:sexting|sekstingu?|"
         r"cyberseks|cyber seks|seks przez (?:kamerke|kamere|telefon|czat|neta|internet)|seks na kamerce|"
         r"wirtualny seks)\b"),
    rule("sexual:solicit", "sexual", "sexting sex seks phone vcs cybersex",
         r"\b(?:pernah|udah pernah|sudah pernah|mau|ayo|yuk|ayok|kuy|pengen) (?:\w+ )?(?:sexting|"
         r"(?:sex|seks) (?:lewat|via|di) (?:chat|vc|video call|cam|kamera|telpon|telepon|wa)|phone sex|"
         r"cybersex|seks virtual|sex virtual)\b|\b(?:sexting|sex|seks|phone sex|cybersex) (?:yuk|yok|ayo|"
         r"kuy|sama aku|ama aku|bareng aku)\b"),
    rule("sexual:solicit", "sexual",
         "نعمل نسوي تعملي عملتي سويتي جربتي بتعملي نجرب خلينا يلا sexting",
         r"(?<!\w)(?:نعمل|نسوي|تعملي|عملتي|سويتي|جربتي|بتعملي|نجرب)[^.!?]{0,15}(?:سكستينج|سكستنج|سيكستنج|"
         r"سكس شات|سكس كام|جنس (?:على|عال|ع) ?(?:الكاميرا|الكام|الفيديو|التلفون|الشات)|جنس عالكاميرا|"
         r"الجنس الالكتروني)|\b(?:nemel|n3mel|eamalti|3amalti|eamalty|garrabti|jarrabti|yalla) (?:\w+ )?"
         r"(?:sexting|sex chat|cybersex)\b"),
    rule("sexual:solicit", "sexual", "секстинг секстингом вирт виртом киберсекс секс",
         r"(?<!\w)(?:даваи|хочешь|занималась|занимался|пробовала|пробовал|будешь|попробуем|заимемся)"
         r"(?: \w+)? (?:секстинг\w*|киберсекс\w*|секс(?:ом)? по (?:камере|вебке|видео|телефону|скаипу))|"
         r"(?<!\w)(?:секстингом|киберсексом) (?:занималась|занимался|заимемся)\b"),
    rule("sexual:solicit", "sexual", "sexting phone cyber सेक्सटिंग साइबर फोन",
         r"\bkabhi (?:\w+ )?(?:sexting|phone sex|cyber sex) (?:ki|kiya|kari)\b|"
         r"(?:कभी )?(?:सेक्सटिंग|साइबर सेक्स|फोन सेक्स) (?:की|किया|करोगी|करोगे|करें|करते हैं)"),
    rule("sexual:solicit", "sexual", "sexting seksting sanal kamerada telefonda goruntulu siber",
         r"\b(?:sexting|seksting|sanal (?:seks|sex)|kamerada (?:seks|sex)|telefonda (?:seks|sex)|"
         r"goruntulu (?:seks|sex)|siber seks)(?: \w+)? (?:yapalim|yaptin mi|yapar misin|yapmak ister "
         r"misin|yapiyor musun)\b"),
    zrule("sexual:solicit", "sexual", "裸 文 网 爱",
          r"(?:我们|咱们|要不要|想不想|来|一起|跟我|和我|陪我)[^。!?]{0,3}(?:裸聊|文爱|网爱|视频做爱|"
          r"视频性爱|果聊)|(?:有没有|你)(?:[^。!?]{0,2})(?:裸聊|文爱|网爱)过|"
          r"(?:裸聊|文爱|网爱|视频做爱)[^。]{0,10}我(?:来)?教你"),

    # == sexual role-play proposed (a proposal before it, or "?" / "with me" after) ==
    rule("sexual:solicit", "sexual", "roleplay role rp rps roleplays erp",
         _rp(r"wanna|want to|lets|let us|shall we|we can|we could|we should|down for|up for|how about|fancy|"
             r"you into|are you into|do you do|do you want|try", _RP_EN, _HOT_EN, "with me|tonight")
         + r"|\b(?:wanna|want to|lets|do you) erp\b|"
         r"\b" + _RP_EN + r"\b[^.!]{0,50}?\b(?:grown up|adult|dirty|naughty|sexy) (?:stuff|things)\b"),
    rule("sexual:solicit", "sexual", "rol roleplay rp",
         _rp(r"hagamos|hacemos|juguemos|jugamos|quieres|queres|te animas|te apetece|te va|vamos|probemos",
             r"rol|juego de rol|roleplay|rp", r"picante|caliente|sexual|sucio|cochino|atrevido|subido de "
             r"tono|erotico|para adultos", "conmigo|esta noche")),
    rule("sexual:solicit", "sexual", "role jdr rp roleplay",
         _rp(r"on fait|on joue|tu veux|ca te dit|ca te dirait|on se fait|on commence|partant|partante",
             r"jeu de role|jdr|rp|roleplay", r"coquin|coquine|sexy|hot|chaud|cochon|ose|adulte|erotique",
             "avec moi|ce soir")),
    rule("sexual:solicit", "sexual", "rp roleplay role",
         _rp(r"bora|vamos|vamo|quer|queres|topa|voce quer|video call quer", r"rp|roleplay|role play",
             r"safado|safadinho|picante|quente|adulto|erotico|proibido", "comigo|hoje")),
    rule("sexual:solicit", "sexual", "ruolo rp roleplay",
         _rp(r"facciamo|giochiamo|vuoi|ti va|famo", r"gioco di ruolo|giochi di ruolo|rp|roleplay",
             r"porcell\w+|spint\w|piccante|erotic\w|per adulti|zozz\w|sporc\w", "con me|stasera")),
    rule("sexual:solicit", "sexual", "rollenspiel rollenspiele rp roleplay",
         _rp(r"lass uns|lasst uns|wollen wir|willst du|sollen wir|machen wir|bock auf|lust auf",
             r"rollenspiel|rollenspiele|rp|roleplay", r"versaut\w*|heisse\w*|dreckig\w*|schmutzig\w*|"
             r"erotisch\w*|unanstandig\w*|ab 18", "mit mir|heute")),
    rule("sexual:solicit", "sexual", "rp roleplay odgrywanie",
         _rp(r"zrobimy|zrobmy|chcesz|pobawimy sie|masz ochote|gramy|pogramy|robimy", r"rp|roleplay|"
             r"odgrywanie rol", r"pikantne|pikantny|niegrzeczne|sprosne|erotyczne|gorace|zboczone",
             "ze mna|dzis")),
    rule("sexual:solicit", "sexual", "roleplay rp role",
         _rp(r"yuk|ayo|ayok|mau|main|kuy|pengen", r"roleplay|rp|role play", r"nakal|mesum|dewasa|jorok|"
             r"panas|hot|sexy", "sama aku|ama aku|yuk|yok|kuy")),
    rule("sexual:solicit", "sexual", "نلعب نعمل تلعبي خلينا يلا نسوي",
         r"(?<!\w)(?:نلعب|نعمل|تلعبي|نسوي)[^.!?]{0,15}(?:رول ?بلاي|دورا|دور|ادوار|لعبه ادوار)(?: \w+)? "
         r"(?:جنسي|جنسيا|جنسيه|سكسي|ساخن|ساخنه|للكبار|قذر|وسخ)(?!\w)"),
    rule("sexual:solicit", "sexual", "ролевую ролевая ролевои ролевые ролевуху",
         _rp(r"даваи|хочешь|поиграем|сыграем|будешь|поиграть|сыграть", r"ролев\w*", r"пошл\w*|интим\w*|"
             r"горяч\w*|эротическ\w*|грязн\w*|взросл\w*|18", "со мнои")),
    rule("sexual:solicit", "sexual", "roleplay rp रोलप्ले",
         r"\b(?:dirty|ganda|gandi|ganda wala|gandi wali|sexy|hot|18|adult|naughty) (?:roleplay|rp|role play)"
         r"(?: \w+)? (?:karein|karen|karte|karogi|karoge|khelein|khelte|khelogi)\b|"
         r"(?:गंदा|गंदी|गंदा वाला|सेक्सी|हॉट|डर्टी) (?:रोलप्ले|रोल प्ले)(?: \w+)? (?:करें|करते|करोगी|खेलें)"),
    rule("sexual:solicit", "sexual", "rol roleplay rp",
         r"\b(?:azgin|seksi|atesli|sicak|yetiskin|ahlaksiz|erotik|sapik|18) (?:bir |bi )?(?:rol|roleplay|"
         r"rp)(?: \w+)? (?:yapalim|yapar misin|oynayalim|oynar misin|ister misin|yapmak ister)\b"),
    zrule("sexual:solicit", "sexual", "扮 色 涩 瑟 成 情 羞",
          r"(?:玩|来|一起|要不要|想不想|我们|咱们|陪我|跟我|和我)[^。!?]{0,4}(?:色色|涩涩|瑟瑟|成人|色情|黄色|羞羞|18禁|情趣)的?(?:角色扮演|rp|扮演游戏)|"
          r"(?:玩|来|一起|要不要|我们|咱们)[^。!?]{0,3}(?:角色扮演|rp)[^。!?]{0,4}(?:色色|涩涩|瑟瑟|色情|羞羞)"),
]
