"""Self-punishment by hunger, wounds added to old scars, the skin as the place
for the pain, "it" done with the blade, and suicidal thoughts named, in es
fr pt de it ru tr pl id ar hi zh (the English forms and the reasons are in
`selfharm_injury_acts.py`; the plain acts and methods in
`selfharm_injury_acts_langs.py`).

* **self-punishment by hunger or no sleep**: a first-person "I did not eat
  / drink / sleep" and "as a punishment" ("kendime ceza olarak", "zur
  Strafe", "в наказание себе", "za karę", "sebagai hukuman") in one
  sentence, either order.  A parent's punishment names no hunger ("za karę
  nie mogę grać", "como castigo no puedo salir"; "estou de castigo" is not
  matched at all), fasting or a diet names no punishment, and a lost bet or
  a dessert given up is a game (`_TREAT`);
* **wounds hidden** ("para que nadie vea los cortes", "kimse görmesin diye
  kesikleri"), not a power cut or a film's cuts (`_NOT_CUT`); **old scars
  and new wounds**, unless the sentence names an operation, a fall or an
  accident (`_CAUSE`); **the skin as the only place for the pain**; **doing
  "it" with the blade** ("dann mach ichs halt leise, mit der klinge"),
  never paper, wood or shaving;
* **suicidal thoughts named**: "أفكر أنتحر" / "بفكر إني أنتحر" (not "from
  laughing"), "kepikiran / pengen ngakhirin (udahan, nyudahin) hidup",
  "planning my death" in each language outside a game or a story, thinking
  of dying all the time (es de it ar; grief and a religious reminder of
  death pass), and "unalive" borrowed into another grammar ("me quiero
  desvivir", "pengen unalive"; "se desvive por sus hijos" is an idiom of
  devotion and passes).

Patterns run on the phrase form; Chinese on the normalised text.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule
from .selfharm_injury_acts_langs import _CAUSE
from .selfharm_methods_langs import _MUNDANE

_G = r"[^.!?]"


# a lost bet or a treat given up: a game, not hunger ("como castigo por perder la apuesta no
# comí postre")
_TREAT = (
    r"(?![^.!?]*\b(?:bet|wager|dare|apuesta|aposta|pari|wette|scommessa|спор\w*|iddia\w*|zaklad\w*|"
    r"taruhan|dessert|sweets|candy|chocolate|postre|dulces|sobremesa|doces|chocolat|nachtisch|"
    r"sussigkeiten|schokolade|dolci|dolce|cioccolat\w*|сладкое|сладкого|шоколад\w*|tatli|cikolata|"
    r"slodyczy|slodycze|czekolad\w*|permen|jajan|coklat|mithai|meetha)\b)"
)


def _pair(a: str, b: str, gap: int = 60) -> str:
    """a ... b or b ... a inside one sentence, no treat or bet after the first; the match runs
    to the sentence's end, so a reason after it ("gara gara nilai jelek") is read as the cause
    of the punishment and not as an everyday qualifier of the last word."""
    return (rf"\b(?:{a})\b{_TREAT}{_G}{{0,{gap}}}?\b(?:{b})\b{_G}*|"
            rf"\b(?:{b})\b{_TREAT}{_G}{{0,{gap}}}?\b(?:{a})\b{_G}*")


# -- self-punishment by hunger: (not eating, punishment) per language ----------------------
_HUNGER = [
    # es
    (r"no (?:comi|como|he comido|voy a comer|desayune|cene|almorce|tomo agua)|sin comer|(?:dejo|deje) de "
     r"comer|(?:me )?(?:salto|salte) (?:\w+ )?comidas?|(?:me )?salte (?:el|la) (?:desayuno|comida|cena|"
     r"almuerzo)|ayuno|ayune|no (?:duermo|dormi)|sin dormir|duchas? "
     r"(?:heladas?|frias?)",
     r"como castigo|para castigarme|me castigo|mi castigo|castigandome"),
    # pt ("de castigo" is grounded by a parent)
    (r"nao (?:comi|como|vou comer|almocei|jantei|tomei cafe|bebo agua)|sem comer|pulei (?:as |o )?"
     r"(?:refeic\w+|almoco|jantar)|fico sem comer|parei de comer|jejum|nao (?:durmo|dormi)|sem dormir",
     r"como castigo|pra me punir|para me punir|me puno|meu castigo|me castigar"),
    # fr
    (r"(?:je )?(?:ne )?mange (?:plus|pas|rien)(?: rien)?|(?:rien|pas) mange|saute (?:les |des |le )?"
     r"(?:repas|dejeuner|diner)|sans manger|je bois (?:plus|rien)|(?:je )?(?:ne )?dors pas|pas dormi|sans "
     r"dormir",
     r"pour me punir|comme punition|en punition|je me punis|ma punition"),
    # de
    (r"(?:esse|ess) (?:\w+ ){0,3}?nichts|nichts (?:mehr )?(?:gegessen|esse|essen)|(?:hab|habe) mir "
     r"(?:das |jedes )?(?:essen|abendessen|mittagessen|fruhstuck|trinken) verboten|verbiete mir (?:das )?"
     r"(?:essen|trinken)|hungere|gehungert|nichts getrunken|trinke nichts|(?:lasse|lass) (?:das |die )?"
     r"(?:\w+ )?(?:ausfallen)|(?:schlaf|schlafe) ich nicht|ich (?:schlaf|schlafe) nicht|nicht geschlafen",
     r"zur strafe|als strafe|um mich zu bestrafen|bestrafe mich|meine strafe"),
    # it
    (r"non (?:mangio|ho mangiato|mangero|bevo|ho bevuto)|salto (?:i )?pasti|ho saltato (?:i |il )?"
     r"(?:pasti|pranzo|cena)|senza mangiare|digiuno|non (?:dormo|ho dormito)|senza dormire",
     r"per punizione|per punirmi|mi punisco|come punizione|la mia punizione"),
    # ru
    (r"не (?:ем|ела|ел|пью|буду есть)|ничего не (?:ела|ел|ем)|голодаю|без еды|пропускаю (?:еду|обед|"
     r"ужин|завтрак)|пропуска\w* (?:еду|обед|ужин|завтрак)|не (?:сплю|спала|спал)|голодом",
     r"в наказание|наказываю себя|чтобы наказать себя|(?:мое|моё) наказание|наказала себя|наказал себя"),
    # tr
    (r"(?:yemek |hicbir sey |bir sey )?(?:yemedim|yemiyorum|yemeyecegim)|(?:agzima )?(?:\w+ ){0,3}?"
     r"koymadim(?: agzima)?|su icmedim|ac kaldim|ac birakiyorum|ogun(?:leri|u)? atl\w+|sudan baska|"
     r"uyumadim|uyumuyorum",
     r"kendime ceza olarak|(?<!kaybettim )(?<!kaybettigim icin )ceza olarak|kendimi cezalandir\w*"),
    # pl
    (r"nie (?:jem|jadlam|jadlem|zjadlam|zjadlem|bede jesc|pije|pilam|pilem)|nic nie (?:jem|jadlam|"
     r"jadlem|zjadlam|zjadlem)|glodze sie|bez jedzenia|pomijam posilki|nie (?:spie|spalam|spalem)|glodem",
     r"za kare|zeby sie ukarac|karze sie|moja kara|kara dla siebie"),
    # id ("ga boleh makan" is someone's rule: not matched)
    (r"(?:ga|gak|nggak|ngga|gk|tidak|tdk|belum) (?:makan|minum|sarapan|tidur)|puasa|skip makan|nahan lapar",
     r"sebagai hukuman|buat hukum diri\w*|untuk menghukum diri\w*|hukum diri\w*|ngehukum diri\w*|"
     r"hukuman buat diri\w*"),
    # hi (romanised)
    (r"khana nahi (?:khaya|khati|khata|khaungi|khaunga|kha rahi|kha raha)|kuch nahi khaya|bhookhi|"
     r"bhookha|bhukha|bhukhi",
     r"saza ke taur (?:pe|par)|khud ko saza|apne aap ko saza|saza dene ke liye"),
]
_HUNGER_AR = (
    r"(?:عاقبت نفسي|اعاقب نفسي|بعاقب نفسي|عقاب لنفسي|كعقاب|عقابا لنفسي)" + _G + r"{0,60}?(?:\bو?ما "
    r"(?:اكلت|اكل|باكل|شربت)|بدون اكل|جوعت نفسي|اجوع نفسي|ما ذقت)|(?:\bو?ما (?:اكلت|شربت)|بدون اكل|"
    r"جوعت نفسي|اجوع نفسي)" + _G + r"{0,60}?(?:عاقبت نفسي|اعاقب نفسي|عقاب لنفسي|كعقاب|عقابا لنفسي)"
)
_HUNGER_HI = (
    r"(?:सज़ा|सजा)[^.!?]{0,60}?(?:खाना नहीं खाया|कुछ नहीं खाया|भूखी|भूखा)|(?:खाना नहीं खाया|कुछ नहीं खाया|"
    r"भूखी|भूखा)[^.!?]{0,60}?(?:सज़ा|सजा)"
)
_HUNGER_ZH = (
    r"(?:惩罚自己|作为惩罚|当作惩罚|当惩罚)[^。!?]{0,20}(?:没吃|不吃|饿着|饿(?:了)?(?:我)?自己|不喝水|没喝水)|"
    r"(?:没吃|不吃|饿着|饿(?:了)?(?:我)?自己|不喝水|没喝水)[^。!?]{0,20}(?:惩罚自己|作为惩罚|当作惩罚|当惩罚)"
)

# -- old scars and new wounds; the skin as the place for the pain; "it" with the blade ------
_SCARS = (
    r"\bcicatrices (?:viejas|antiguas)\b" + _G + r"{0,60}?\b(?:nuevas|cortes nuevos|nuevos cortes|"
    r"heridas nuevas)\b|"
    r"\b(?:vieilles|anciennes) cicatrices\b" + _G + r"{0,60}?\b(?:nouvelles?|nouveaux?) (?:coupures|"
    r"cicatrices|blessures|marques|entailles)\b|"
    r"\bcicatrizes (?:antigas|velhas)\b" + _G + r"{0,60}?\b(?:novas|cortes novos|novos cortes|feridas "
    r"novas)\b|"
    r"\balte[nr]? narben\b" + _G + r"{0,60}?\bneue (?:dazu|schnitte|wunden|narben)\b|"
    r"\b(?:vecchie cicatrici|cicatrici vecchie)\b" + _G + r"{0,60}?\b(?:nuove|tagli nuovi|nuovi tagli|"
    r"ferite nuove)\b|"
    r"стар\w* шрам\w*" + _G + r"{0,60}?нов\w* (?:порез\w*|ран\w*|шрам\w*)|"
    r"\beski (?:izler\w*|yara izleri\w*)\b" + _G + r"{0,60}?\byeni (?:kesikler|yaralar|izler)\b|"
    r"\b(?:w )?bliznach i (?:nowych|swiezych) (?:ranach|cieciach)\b|\bstare blizny\b" + _G
    + r"{0,60}?\bnowe (?:rany|ciecia|kreski)\b|"
    r"\bbekas luka lama\b" + _G + r"{0,60}?\b(?:luka baru|sayatan baru|bekas baru)\b|"
    r"(?:ال)?(?:ندبات|ندوب)ي? (?:ال)?قديمه" + _G + r"{0,60}?(?:جروح جديده|جرح جديد|جديده)|"
    r"\bpurane (?:nishaan|nishan|scars)\b" + _G + r"{0,60}?\bnaye (?:cut|cuts|zakhm|ghaav|nishaan)\b"
)
# wounds hidden: the wounds and "so nobody sees / asks" in one sentence, either order
_WOUND_WORDS = (
    r"coupures|brulures|blessures|entailles|cicatrices|griffures|cortes|queimaduras|feridas|arranhoes|"
    r"cicatrizes|quemaduras|heridas|rasgunos|tagli|bruciature|ferite|graffi|cicatrici|schnitte|"
    r"verbrennungen|wunden|narben|kratzer|порезы|порезов|порезами|ожоги|ожогов|раны|ран|ранами|шрамы|"
    r"шрамов|kesikler\w*|kesikleri|yaniklar\w*|yaralar\w*|yaralarimi|ran|rany|ranach|ranami|"
    r"ciecia|oparzenia|blizny|bliznach|luka|lukaku|luka2|sayatan\w*|zakhm|zakham|jale ke nishaan"
)
_NO_ONE = (
    r"personne (?:ne )?(?:pose|demande|voie|voit|remarque|sache)|pour (?:pas|ne pas) qu'?on (?:voie|"
    r"demande)|ningu[e]m (?:\w+ )?(?:ver|veja|ve|perguntar|pergunte|perceber|perceba|notar|note|via|viu)|"
    r"nadie (?:\w+ )?(?:viera|vea|ve|pregunte|preguntara|se de cuenta|note|notara)|nessuno (?:\w+ )?"
    r"(?:vedeva|vede|veda|vedesse|chiede|chiedesse|nota|notasse|se ne accorg\w+)|(?:keiner|niemand) "
    r"(?:\w+ )?(?:sieht|fragt|merkt|sehen|bemerkt|fragen)|никто не (?:\w+ )?(?:видел|увидел|спросил|"
    r"заметил|видит|спрашивал)|kimse (?:\w+ )?(?:gormesin|gormedi|sormasin|anlamasin|fark etmesin)|"
    r"(?:zeby|by) nikt (?:\w+ )?nie|nikt nie (?:widzi|zobaczy|pyta|zauwazy)|biar (?:ga|gak|nggak|tidak) "
    r"ada yang|(?:ga|gak|nggak) ada yang (?:liat|lihat|tau|nanya)|koi na dekhe|koi nahi dekhe|kisi ko "
    r"pata na"
)
# a power cut, a haircut, a film's cuts
_NOT_CUT = (
    r"(?! (?:de|di|da|do|of|du|des|della|del) (?:courant|electricite|luz|agua|energia|internet|corrente|"
    r"luce|pelo|cabelo|capelli|cheveux|son|pub|wifi|power|budget|presupuesto|orcamento|bilancio))"
)
_HIDE = (
    r"(?<!o )\b(?:" + _WOUND_WORDS + r")\b" + _NOT_CUT + _CAUSE + _G + r"{0,60}?\b(?:" + _NO_ONE + r")\b|"
    r"\b(?:" + _NO_ONE + r")\b" + _G + r"{0,40}?\b(?:" + _WOUND_WORDS + r")\b" + _NOT_CUT + _CAUSE + r"|"
    r"(?:الجروح|جروحي|جروح|الحروق|حروقي|الندبات|ندباتي|الخدوش)" + _CAUSE + _G + r"{0,60}?(?:عشان (?:محد|ما احد|"
    r"ماحد|ما) (?:يشوف|يسال|يدري)|محد يشوف|ما احد يشوف)|(?:عشان (?:محد|ما احد|ماحد) (?:يشوف|يسال)|"
    r"محد يشوف)" + _G + r"{0,40}?(?:الجروح|جروحي|جروح|الحروق|الندبات|ندباتي|الخدوش)" + _CAUSE
)
_SCARS_ZH = r"旧的?(?:疤|伤疤|伤口)[^。!?]{0,15}(?:新的|新伤|新疤|新口子|新的伤口)"
_HIDE_ZH = (
    r"(?:^|[。!?])(?:(?!手术|摔|车祸|打球|踢球|运动|视频|剪辑)[^。!?]){0,20}?"
    r"(?:伤口|疤|刀口|划痕|烫伤)[^。!?]{0,20}(?:别人看不到|没人看到|不让人看到|不被发现|"
    r"不让(?:爸妈|妈妈|爸爸|别人)(?:看到|发现))"
)

_SKIN = (
    r"\b(?:mi piel es el unico lugar|ma peau est le seul endroit|minha pele e o unico lugar|meine haut "
    r"ist der einzige ort|(?:la )?mia pelle e l'?unico posto|moja skora to jedyne miejsce|kulitku satu ?"
    r"satunya tempat|meri skin hi (?:ek |akeli )?jagah)\b" + _G + r"{0,60}?\b(?:dolor|douleur|dor|"
    r"schmerz\w*|dolore|bol|sakit\w*|dard)\b|"
    r"моя кожа" + _G + r"{0,4}единственное место" + _G + r"{0,40}?бол\w*|"
    r"جلدي (?:هو )?المكان الوحيد" + _G + r"{0,40}?(?:الم|الالم|وجعي|الوجع)"
)
_BLADE = (
    r"\b(?:mach(?:e)? ichs?\b(?: es)?|ich mach(?:e)? (?:es|das|ichs))" + _G
    + r"{0,30}?\bmit (?:der|ner|einer|meiner) (?:klinge|rasierklinge)\b|"
    r"\blo hago (?:\w+ ){0,2}?con (?:la|una|mi) (?:cuchilla|navaja|hoja de afeitar|gillette)\b|"
    r"\bje le fais (?:\w+ ){0,2}?avec (?:la|une|ma) lame\b|"
    r"\b(?:eu )?faco (?:isso )?(?:\w+ ){0,2}?com (?:a|uma|minha) (?:lamina|gilete)\b|"
    r"\blo faccio (?:\w+ ){0,2}?con (?:la|una) (?:lametta|lama)\b|"
    r"делаю это (?:\w+ ){0,2}?лезвием|\bjiletle yap(?:iyorum|tim|acagim)\b|\brobie to (?:\w+ ){0,2}?zyletka\b|"
    r"\b(?:aku )?(?:lakuin|ngelakuin|lakukan) (?:\w+ )?(?:pake|pakai|dengan) silet\b"
)
_NOT_CRAFT = (
    r"(?![^.!?]{0,40}\b(?:papier|papel|papier|carta|karton|carton|cartone|holz|madera|madeira|bois|"
    r"legno|modell\w*|maqueta|maquette|rasier\w*|afeitar|barba|bart|barbe|kagit|papieru|kertas)\b)"
)

# -- suicidal thoughts named ---------------------------------------------------------------
_THINK_AR = (
    r"(?:افكر|بفكر|ابفكر|عم فكر|عم بفكر|قاعد افكر|قاعده افكر|اقعد افكر|صاير افكر|صايره افكر|وانا افكر|"
    r"افكر جديا) (?:اني |ان |في اني |باني |اني ممكن )?(?:انتحر|اقتل نفسي|اموت نفسي|انهي حياتي)"
    r"(?! من (?:الضحك|الملل|الحر|البرد|الجوع))|(?:افكر|بفكر|عم فكر|قاعد افكر) (?:بالانتحار|في "
    r"الانتحار)(?! من)|(?:دايم|دايما|دائما|كل يوم|كل ليله|طول الوقت|علي طول) (?:\w+ )?(?:افكر|بفكر) "
    r"(?:بالموت و|في الموت و)?(?:اني اموت|باني اموت|اموت)(?! من)"
)
_STORY = (
    r"(?!" + _G + r"{0,50}\b(?:juego|jogo|jeu|spiel|gioco|игр\w*|oyun\w*|gra|grze|game|minecraft|"
    r"roblox|hardcore|personaje|personagem|personnage|charakter|figur|personaggio|персонаж\w*|karakter|"
    r"postac\w*|historia|historia|histoire|geschichte|storia|рассказ\w*|hikaye|opowiadani\w*|cerita|"
    r"obra|peca|piece|theater|teatro|театр\w*|tiyatro|teatr)\b)"
)
_THINK = (
    # (someone else's words reported: "temen bilang mau ngakhirin hidup")
    r"(?<!bilang )(?<!katanya )(?<!ngomong )(?<!cerita )(?<!dia )(?<!bilang dia )(?<!nya )"
    r"\b(?:mau|pengen|pingin|ingin|kepikiran|kepikir|kepengen|pgn|pen|rasanya mau|rasanya pengen) "
    r"(?:\w+ ){0,3}?(?:udahan|ngakhirin|ngakhiri|mengakhiri|akhirin|nyudahin|selesain) (?:aja |saja |ae )?"
    r"(?:hidup\w*|nyawa\w*)\b|"
    r"\b(?:tengo|tenho|ando con|ando com|j'ai|ich hab|ich habe|hab|ho) (?:\w+ )?(?:pensamientos|ideas|"
    r"pensamentos|ideias|pensees|idees|gedanken|pensieri|idee) (?:de|di|an|a) (?:suicidio|suicide|"
    r"selbstmord|suizid|suicidarme|me suicidar|me matar|matarme|uccidermi|mich umzubringen)\b|"
    # thinking of dying all the time (es de it; the other languages had it)
    r"\b(?:no paro de|no dejo de|siempre|todo el tiempo|todos los dias|cada dia|cada noche) (?:\w+ ){0,2}?"
    r"(?:pienso|pensar|pensando) en (?:morirme|morir|matarme|suicidarme)\b|"
    r"\bich (?:denk|denke) (?:\w+ )?(?:standig|immer|dauernd|die ganze zeit|jeden tag|oft|nur noch|so oft) "
    r"(?:ans sterben|an selbstmord|an suizid|dran (?:mich umzubringen|zu sterben|tot zu sein)|daran "
    r"(?:mich umzubringen|zu sterben|tot zu sein))\b|"
    r"\b(?:penso|pensavo) (?:sempre|spesso|continuamente|ogni giorno|tutto il giorno|solo|ogni notte) "
    r"(?:a|di) (?:morire|uccidermi|ammazzarmi|farla finita)\b|\bnon (?:faccio (?:altro )?che|smetto di) "
    r"pensare (?:a|di) (?:morire|uccidermi|ammazzarmi|farla finita)\b|"
    r"\b(?:planeando|planeo|planificando|organizando) mi (?:propia )?muerte\b" + _STORY + r"|"
    r"\b(?:planejando|planejo|planeando) (?:a )?minha (?:propria )?morte\b" + _STORY + r"|"
    r"\bje (?:planifie|prepare|planique|organise) ma (?:propre )?mort\b" + _STORY + r"|"
    r"\b(?:ich )?plane (?:schon )?meinen (?:eigenen )?(?:tod|selbstmord|suizid)\b" + _STORY + r"|"
    r"\b(?:sto (?:pianificando|progettando|organizzando)|pianifico|progetto) (?:la )?mia (?:propria )?"
    r"morte\b" + _STORY + r"|"
    r"планирую (?:свою |сво[её] )?(?:смерть|самоубииство|суицид)" + _STORY + r"|"
    r"\b(?:olumumu|intiharimi) planliyorum\b" + _STORY + r"|"
    r"\b(?:surekli |hep |her gun |artik |cok )?olmeyi (?:\w+ )?dusunuyorum\b|"
    r"(?:^|\bja |(?<=[.!?] ))(?:\w+ )?planuje (?:swoja |moja )?(?:smierc|samobojstwo)\b" + _STORY + r"|"
    r"\b(?:lagi |udah )?(?:ngerencanain|ngerencanai|merencanakan|rencanain) (?:kematian\w*|bunuh diri)\b"
    + _STORY + r"|"
    r"\bapni (?:maut|mout|death|suicide) (?:ki )?plan\w* kar (?:raha|rahi|rhi|rha)\b" + _STORY
)
# "unalive" (and the Spanish calque "desvivir") inside another language's grammar
_UNALIVE = (
    r"\b(?:me quiero|quiero|quisiera|pienso en|ganas de|voy a|pensamientos de|ideas de) (?:\w+ )?"
    r"(?:desvivir(?:me)?|unalive(?:arme)?)\b(?! por)|\bdesvivirme\b(?! por)|"
    r"\b(?:me|quero|vou|penso em|vontade de) (?:me )?desviver\b|"
    r"\b(?:pengen|mau|ingin|kepikiran|pgn|pengin|rasanya pengen|rasanya mau) (?:\w+ )?unalive\b|"
    r"\bkendimi unalive (?:etmek|edecegim|ediyorum|etmeyi|ettim)\b|"
    r"\b(?:chce|chcialabym|chcialbym|musze) sie (?:\w+ )?unalive\w*|\bunalivowac sie\b|"
    r"\bmich (?:\w+ )?unaliven\b|\bunalive?armi\b|\bunalivermi\b|"
    r"\bm'unalive\w*|\b(?:envie de|je vais|je veux) (?:me )?unalive\w*"
)
_THINK_ZH = r"(?:我在|我一直在|我正在|一直在|正在)(?:计划|策划|安排)(?:我的|自己的)?(?:死|死亡|自杀)"

RULES: list[Rule] = [
    *[rule("self_harm:punishment", "self_harm",
           "castigo castigarme castigandome punir punis punition strafe bestrafen punizione punirmi "
           "punisco наказание наказать наказываю наказала наказал ceza cezalandir cezalandirmak kare "
           "ukarac karze kara hukuman hukum menghukum ngehukum saza",
           _pair(a, b), framed="generic") for a, b in _HUNGER],
    rule("self_harm:punishment", "self_harm", "عاقبت اعاقب بعاقب عقاب كعقاب عقابا", _HUNGER_AR,
         framed="generic"),
    rule("self_harm:punishment", "self_harm", "सज़ा सजा", _HUNGER_HI, framed="generic"),
    zrule("self_harm:punishment", "self_harm", "惩罚自己 作为惩罚 当作惩罚 当惩罚", _HUNGER_ZH,
          framed="generic"),
    rule("self_harm:injury", "self_harm",
         "cicatrices cicatrizes narben cicatrici шрам шрамы шрамов шрамами eski bliznach blizny "
         "luka ندبات الندبات ندوب الندوب ندباتي nishaan nishan scars",
         r"(?:" + _SCARS + r")" + _CAUSE, framed="generic"),
    rule("self_harm:injury", "self_harm",
         "personne ninguem nadie nessuno keiner niemand никто kimse nikt ada koi kisi محد احد ماحد",
         r"(?:" + _HIDE + r")" + _CAUSE + _MUNDANE, framed="generic"),
    zrule("self_harm:injury", "self_harm", "伤口 疤 刀口 划痕 烫伤", _HIDE_ZH, framed="generic"),
    zrule("self_harm:injury", "self_harm", "疤 伤疤 伤口", _SCARS_ZH, framed="generic"),
    rule("self_harm:injury", "self_harm",
         "piel peau pele haut pelle skora kulitku skin кожа جلدي", r"(?:" + _SKIN + r")" + _CAUSE,
         framed="generic"),
    rule("self_harm:injury", "self_harm", "klinge rasierklinge cuchilla navaja gillette lame lamina "
         "gilete lametta lama лезвием jiletle zyletka silet", r"(?:" + _BLADE + r")" + _NOT_CRAFT,
         framed="generic"),
    rule("self_harm:thoughts", "self_harm", "افكر بفكر ابفكر فكر", _THINK_AR, framed="generic"),
    rule("self_harm:thoughts", "self_harm",
         "udahan ngakhirin ngakhiri mengakhiri akhirin nyudahin selesain muerte morte mort tod "
         "pensamientos ideas pensamentos ideias pensees idees gedanken pensieri idee pienso pensar pensando "
         "denk denke penso pensavo pensare "
         "selbstmord suizid смерть самоубииство суицид olumumu intiharimi smierc samobojstwo kematian "
         "kematianku bunuh maut mout death suicide olmeyi",
         _THINK, framed="generic"),
    zrule("self_harm:thoughts", "self_harm", "计划 策划 安排", _THINK_ZH, framed="generic"),
    rule("self_harm:thoughts", "self_harm",
         "desvivir desvivirme desviver unalive unaliven unalivarmi unalivearmi unalivermi munalive "
         "unalivowac", _UNALIVE, framed="generic"),
]
