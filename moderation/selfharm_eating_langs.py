"""Restrictive eating and purging in Portuguese, Spanish, Italian, French,
German, Russian, Turkish, Polish and Indonesian: the forms the pair
families of `selfharm_eating.py` / `selfharm_eating_goal.py` miss.

Why: those modules hold a restriction next to a weight, shame or purge cue.
Children also write four forms that carry the whole disclosure in one
phrase, and they passed the rules (the learned scorer caught some):

* **starving until thin**: a restriction ("não como há 3 dias", "sin comer",
  "nichts gegessen", "ga makan") with the goal of being thin or bony
  ("até ficar magra", "hasta estar flaca", "bis ich dünn bin", "пока не
  стану худой", "zayıflayana kadar", "aż będę chuda", "sampai kurus");
* **purging everything, or after every meal, or on purpose**: "vomito tudo
  que como", "je vomis tout ce que je mange", "ich kotze alles aus was ich
  esse", "depois de cada refeição eu vomito", "me forço a vomitar", "я сама
  вызываю рвоту", "kendimi kusturuyorum", "zmuszam się do wymiotów";
* **wanting to be skin and bones**: "quero ficar pele e osso", "voglio
  essere pelle e ossa", "je veux n'avoir que la peau sur les os", "ich will
  nur noch haut und knochen sein", "хочу быть кожа да кости", "bir deri bir
  kemik kalmak istiyorum", "chcę być skórą i kośćmi", "pengen jadi kulit
  sama tulang";
* **eating punished**: "se eu comer vou me punir", "si como me voy a
  castigar", "se mangio mi punisco", "wenn ich esse bestrafe ich mich",
  "если я поем я себя накажу", "yersem kendimi cezalandıracağım", "jak zjem
  to się ukarzę", "kalau aku makan aku bakal hukum diri sendiri", and food
  skipped "como castigo"; plus "I don't deserve to eat" where it was missing.

What passes: a day without food with an everyday reason ("não comi nada
hoje, esqueci o lanche", "fiz jejum pro exame de sangue" - and any fast,
illness or weigh-in named in the message: `frames_eating.py`); wanting to
lose weight by sport ("quero emagrecer um pouco fazendo esporte": no
restriction, borderline, left allowed); training "até ficar forte"; a pet or
a sibling who throws up (third-person verbs: "minha gata vomita tudo que
come"); "pele e osso" about an animal; a parent's punishment ("se eu comer
doce minha mãe me castiga"); recipes and diets.

Patterns run on the phrase form (accents stripped, commas dropped, "й" read
"и"); restriction words are the triggers and the thin words a word gate.
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_eating import _pair

# -- starving until thin --------------------------------------------------------------
_RESTRICT = (
    # pt
    r"(?:(?:nao|n) (?:to |estou |tou )?com(?:o|endo|i) (?:nada|mais nada|quase nada|ha|faz|desde|"
    r"direito|mais)|sem comer|nao vou (?:mais )?comer|parar de comer|parei de comer|passar fome|"
    r"passando fome|passo fome|(?:ficar|fico) sem comer|so (?:agua|bebo agua|tomo agua)|"
    # es
    r"no (?:he )?com(?:o|ido|i) (?:nada|casi nada|desde|en|hace|mas)|sin comer|no voy a comer|(?:ya|you) no "
    r"como|dejar de comer|deje de comer|pasar hambre|paso hambre|pasando hambre|aguantar(?:me)? (?:el )?"
    r"hambre|matarme de hambre|solo (?:agua|tomo agua)|"
    # it
    r"senza mangiare|non (?:mangio|ho mangiato|mangero)|(?:smettere|smesso) di mangiare|sto a digiuno|"
    r"(?:patire|soffrire) la fame|solo acqua|"
    # fr
    r"sans manger|je (?:ne )?mange (?:plus|pas|rien)|(?:pas|rien) mange|je (?:ne )?vais (?:plus |pas |"
    r"rien )manger|arreter de manger|arrete de manger|je me prive|me priver|"
    # de
    r"nichts (?:mehr )?(?:gegessen|essen|esse)|esse (?:nichts|nix|kaum|gar nichts)|(?:hore|hor) auf "
    r"zu essen|aufgehort zu essen|nicht (?:mehr )?essen|hungern|hungere|ohne essen|nur wasser|"
    # ru
    r"не (?:ем|ела|ел|буду есть|кушаю)|голодаю|голодать|без еды|перестала есть|перестану есть|"
    r"только вода|"
    # tr
    r"yemiyorum|yemedim|yemeyecegim|ac kal\w+|kendimi ac birak\w+|sadece su|"
    # pl
    r"nie (?:jem|jadlam|jadlem|bede jesc|zjem)|glodze sie|bede sie glodzic|glodowac|przestalam "
    r"jesc|przestac jesc|bez jedzenia|tylko woda|"
    # id
    r"(?:ga|gak|nggak|tidak|ngga|gk|engga|enggak) (?:mau |bakal |akan )?makan|berhenti makan|"
    r"(?:nahan|menahan) lapar|skip makan|cuma minum air)"
    # a food given up is a diet ("sem comer doce até caber no vestido"), not starving
    r"(?! (?:doces?|carnes?|acucar|frituras?|besteiras?|porcarias?|pao|chocolates?|refri\w*|salgad\w*|"
    r"fast food|carboidratos?|massas?|dulces?|azucar|harinas?|pan|comida chatarra|chuches|dolci|"
    r"zucchero|carboidrati|sucre|sucreries|viande|fleisch|zucker|sussigkeiten|susses|сладкое|мясо|"
    r"хлеб|tatli|seker|ekmek|slodyczy|slodycze|miesa|cukru|nasi|gorengan|daging|junk food)\b)"
)
_THIN = (
    # pt
    r"(?:ate (?:eu )?(?:ficar|estar|ser|virar) (?:bem |muito |mais |super )?(?:magra|magro|magrinha|"
    r"magrinho|pele e osso|so pele e osso|sequinha|esqueletica)|ate (?:eu )?(?:ver|aparecer(?:em)?|"
    r"sentir) (?:os |meus |minhas |as )?(?:ossos|costelas|claviculas?)|ate (?:eu )?caber (?:na|no|em)|"
    r"so (?:vou )?par(?:o|ar) quando (?:eu )?(?:ficar (?:bem |muito )?magra|ver (?:meus |minhas |os |as )?"
    r"(?:ossos|costelas|claviculas))|"
    # es
    r"hasta (?:que )?(?:estar|ser|quedar(?:me)?|verme|este|sea|quede|me vea) (?:bien |muy |mas |super )?"
    r"(?:flaca|flaco|delgada|delgado|flaquita|piel (?:y|why) huesos|en los huesos|esqueletica)|hasta (?:que )?"
    r"(?:se me )?(?:vean|noten|marquen|ver|notar) (?:los |las |mis )?(?:huesos|costillas|claviculas?)|"
    r"hasta caber en|"
    # it
    r"finche non (?:saro|divento|diventero|sono|mi vedo) (?:\w+ )?(?:magra|magro|pelle e ossa|"
    r"scheletrica)|fino a (?:diventare|essere) (?:\w+ )?(?:magra|magro|pelle e ossa)|finche non (?:si )?"
    r"(?:vedono|vedo|vedro|vedranno) (?:le )?(?:ossa|costole|clavicole)|"
    # fr
    r"jusqu'a (?:ce que je sois |etre |devenir )(?:\w+ )?(?:maigre|mince|squelettique)|jusqu'a "
    r"(?:voir|ce qu'on voie|ce que je voie) (?:mes |les )?(?:os|cotes|clavicules)|"
    # de
    r"bis ich (?:endlich )?(?:\w+ )?(?:dunn|dunner|mager|schlank|untergewichtig) (?:bin|werde|ware)|"
    r"bis man (?:meine )?(?:rippen|knochen|schlusselbeine) sieht|bis ich (?:meine )?(?:rippen|knochen) "
    r"sehe|"
    # ru
    r"пока не (?:стану|буду) (?:\w+ )?(?:худои|худым|тощеи|стройнои|кожа да кости)|пока не похудею|"
    r"до (?:худобы|костеи)|"
    # tr
    r"zayiflayana kadar|zayif olana kadar|(?:kemiklerim|kaburgalarim) (?:gorunene|cikana|belli olana) "
    r"kadar|"
    # pl
    r"(?:az|dopoki nie) (?:bede|stane sie|zostane) (?:\w+ )?(?:chuda|chudy|szczupla|skora i koscmi)|"
    r"(?:az|dopoki nie) schudne|(?:az|dopoki nie) (?:bedzie|beda) (?:widac )?(?:kosci|zebra|obojczyki)|"
    # id
    r"(?:sampai|sampe|ampe) (?:aku |gue |gw )?(?:bener bener |beneran |jadi )?(?:kurus|kerempeng|tinggal "
    r"tulang|kulit (?:sama|dan) tulang)|(?:sampai|sampe) tulang(?:ku|nya)? (?:keliatan|kelihatan|"
    r"nonjol|menonjol))"
)
_RESTRICT_TRIG = (
    "nao sem parar parei passar passando passo ficar fico so no sin ya dejar deje pasar paso pasando "
    "aguantar aguantarme matarme solo senza non smettere smesso sto patire soffrire sans je pas rien "
    "arreter arrete me nichts esse hore hor aufgehort nicht hungern hungere ohne nur не голодаю голодать "
    "без перестала перестану только yemiyorum yemedim yemeyecegim ac kendimi sadece nie glodze bede "
    "glodowac przestalam przestac bez tylko ga gak nggak tidak ngga gk engga enggak berhenti nahan "
    "menahan skip cuma"
)
_THIN_WORDS = (
    "magra magro magrinha magrinho pele sequinha esqueletica ossos costelas clavicula claviculas "
    "caber flaca flaco delgada delgado flaquita piel huesos costillas scheletrica pelle ossa costole "
    "clavicole maigre mince squelettique cotes clavicules dunn dunner mager schlank untergewichtig "
    "rippen knochen schlusselbeine худои худым тощеи стройнои кожа похудею худобы костеи zayiflayana "
    "zayif kemiklerim kaburgalarim chuda chudy szczupla skora schudne kosci zebra obojczyki kurus "
    "kerempeng tulang tulangku tulangnya"
)

# -- purging everything, after every meal, on purpose ----------------------------------
_PURGE = (
    # pt
    r"\b(?:vomito|boto pra fora|coloco pra fora) (?:tudo|toda comida|todas as refeicoes)(?: (?:o )?que "
    r"(?:eu )?(?:como|comi))?\b|\b(?:depois|apos) d[ea] (?:cada|toda) (?:refeicao|comida|vez que (?:eu )?"
    r"como)(?: eu)? (?:\w+ ){0,2}?(?:vomito|me forco a vomitar|boto tudo pra fora|coloco tudo pra fora)"
    r"\b|\bme (?:forco|obrigo|faco) (?:a )?vomitar\b|\b(?:enfio|coloco|ponho) o dedo na garganta\b|"
    # es
    r"\bvomito todo lo que (?:como|comi)\b|\b(?:despues de|tras) (?:cada|todas las) comidas?(?: yo)? "
    r"(?:\w+ ){0,2}?(?:vomito|me hago vomitar|lo devuelvo todo)\b|\bvomito (?:despues de|tras) (?:cada|"
    r"todas las) comidas?\b|\bme hago vomitar\b|\bme (?:obligo a vomitar|provoco el vomito) (?:despues|"
    r"cada|todo|lo que|cuando como|tras|siempre)\b|\bme meto (?:los dedos|el dedo) en la garganta\b|"
    # it
    r"\bvomito tutto (?:quello |cio )?che mangio\b|\b(?:dopo|a) ogni (?:pasto|volta che mangio) "
    r"(?:\w+ ){0,2}?(?:vomito|mi faccio vomitare|rimetto)\b|\bmi (?:faccio|costringo a) vomitare\b|"
    r"\bmi (?:infilo|metto) (?:le dita|il dito|due dita) in gola\b|"
    # fr
    r"\bje (?:vomis|recrache) tout ce que je mange\b|\bapres (?:chaque|tous les) repas (?:\w+ ){0,2}?"
    r"je (?:vomis|me fais vomir)\b|\bje me (?:fais|force a) vomir\b|\bje me mets (?:les|deux) doigts "
    r"dans la gorge\b|"
    # de
    r"\b(?:kotze|kotz|erbreche|spucke) alles (?:wieder )?(?:aus |raus )?(?:was|wat) ich (?:esse|"
    r"gegessen habe)\b|\bnach jedem essen (?:kotze|erbreche|ubergebe) ich\b|\bich bringe mich (?:zum|"
    r"dazu zu) (?:kotzen|erbrechen|ubergeben)\b|\bich (?:stecke|steck) mir (?:den |die )?finger in den "
    r"hals\b|"
    # ru
    r"(?:вызываю|вызывала|вызвала) (?:у себя )?рвоту|(?:блюю|выблевываю) (?:все|всю еду)|после "
    r"(?:каждои|любои) еды (?:\w+ ){0,2}?(?:блюю|вызываю рвоту|иду блевать)|"
    # tr
    r"\bher yemekten sonra (?:\w+ )?(?:kusuyorum|kusturuyorum)\b|\bkendimi (?:kusturuyorum|kusturdum|"
    r"kustururum)\b|\bparmagimi bogazima\b|"
    # pl
    r"\bwymiotuje wszystko,? co (?:zjem|jem|zjadlam)\b|\bzmuszam sie do wymiotow\b|\b(?:wkladam|"
    r"wsadzam) (?:sobie )?(?:dwa )?palce? do gardla\b|"
    # id
    r"\b(?:tiap|setiap) (?:habis|abis|selesai) makan (?:aku |gue |gw )?(?:selalu )?(?:muntahin|"
    r"muntahkan|maksa muntah|sengaja muntah)\b|\b(?:sengaja|maksa|maksain) (?:buat )?muntah\b|"
    r"\b(?:colok|masukin) (?:jari|jariku) ke tenggorokan\b"
)
_PURGE_TRIG = (
    "vomito vomitar vomitare vomir vomis recrache boto coloco garganta gola gorge rimetto devuelvo "
    "kotze kotz erbreche spucke ubergebe hals рвоту блюю выблевываю блевать kusuyorum kusturuyorum "
    "kusturdum kustururum bogazima wymiotuje wymiotow gardla muntahin muntahkan muntah tenggorokan"
)

# -- wanting to be skin and bones --------------------------------------------------------
_BONES = (
    r"\b(?:quero|queria|vou|preciso|meu (?:sonho|objetivo) e|sonho em) (?:ficar |ser |estar |virar )?"
    r"(?:so )?pele e osso\b|\bquero (?:ver|sentir) (?:meus|minhas) (?:ossos|costelas|claviculas)\b|"
    r"\b(?:quiero|quisiera|voy a|necesito|mi (?:sueno|meta|objetivo) es) (?:estar |ser |quedar(?:me)? )?"
    r"(?:en los huesos|piel (?:y|why) huesos)\b|\bquiero (?:ver|sentir|que se me (?:vean|noten)) (?:mis )?"
    r"(?:huesos|costillas|claviculas)\b|"
    r"\b(?:voglio|vorrei|devo|il mio (?:sogno|obiettivo) e) (?:essere |diventare |restare )?(?:solo )?"
    r"pelle e ossa\b|\bvoglio (?:vedere|sentire) le mie (?:ossa|costole|clavicole)\b|"
    r"\b(?:je veux|je voudrais|j'aimerais|jveux|mon reve c'est de|mon objectif c'est de) (?:n'avoir que "
    r"|navoir que |avoir que |etre que |n'etre que )?(?:la )?peau (?:sur|et) les os\b|\bje veux (?:voir|"
    r"sentir) mes (?:os|cotes|clavicules)\b|"
    r"\b(?:ich will|ich mochte|ich wunsche mir|mein ziel ist|ich ware gern) (?:\w+ ){0,3}?haut und "
    r"knochen\b|\bich will (?:meine )?(?:rippen|knochen|huftknochen|schlusselbeine) sehen\b|"
    r"хочу (?:быть|стать) (?:\w+ )?кожа да кости|хочу (?:видеть|чтобы торчали|чтобы были видны) "
    r"(?:свои |мои )?(?:кости|ребра|ключицы)|"
    r"\bbir deri bir kemik (?:kalmak|olmak) istiyorum\b|\b(?:kemiklerimi|kaburgalarimi) (?:gormek|"
    r"gorebilmek) istiyorum\b|"
    r"\b(?:chce|chcialabym|marze) (?:byc |zostac |o tym zeby byc )?(?:sama )?(?:skora i kosci|skora i "
    r"koscmi)\b|\bchce (?:widziec|czuc) (?:moje |swoje )?(?:kosci|zebra|obojczyki)\b|"
    r"\b(?:pengen|pengin|mau|ingin|pgn) (?:jadi |punya badan )?(?:kulit (?:sama|dan|ama) tulang|tinggal "
    r"tulang|kurus kering)\b|\b(?:pengen|mau|ingin) (?:liat|lihat|ngeliat) tulang(?:ku| rusukku| "
    r"selangkaku)\b"
)
_BONES_TRIG = (
    "osso ossos costelas claviculas huesos costillas ossa costole clavicole peau clavicules "
    "knochen rippen huftknochen schlusselbeine кости ребра ключицы kemik kemiklerimi kaburgalarimi kosci "
    "koscmi zebra obojczyki tulang tulangku"
)

# -- eating punished -----------------------------------------------------------------------
# no parent or teacher between the meal and the punishment ("se eu comer doce minha mãe me
# castiga"; Spanish "castigó" loses its accent and reads "castigo")
_NO_OTHER = (
    r"(?:(?!\b(?:mi|mis|minha|meu|meus|minhas|el|ella|ellos|ele|ela|eles|mama|papa|madre|padre|mae|"
    r"pai|profe|professora?|vai|va)\b)[^.!?]){0,40}?"
)
_PUNISH = (
    r"\bse (?:eu )?(?:comer|como|comi)\b" + _NO_OTHER + r"\b(?:vou me (?:punir|castigar)|(?:eu )?me "
    r"(?:puno|castigo))\b|\b(?:quando|sempre que|toda vez que) (?:eu )?(?:como|comer)\b" + _NO_OTHER
    + r"\b(?:me (?:puno|castigo)|vou me (?:punir|castigar))\b|"
    r"\b(?:comi|como)\b[^.!?]{0,50}\b(?:sem comer|nao (?:vou )?comer|jejum)[^.!?]{0,30}\b(?:de|como) "
    r"(?:castigo|punicao)\b|"
    r"\bsi (?:me )?(?:como|comiera|llego a comer)\b" + _NO_OTHER + r"\bme (?:voy a castigar|castigo|"
    r"castigare)\b|\b(?:cuando|cada vez que|siempre que) (?:me )?como\b" + _NO_OTHER + r"\bme "
    r"castigo\b|\bcomi\b[^.!?]{0,50}\b(?:sin comer|no (?:voy a )?comer|ayuno)"
    r"[^.!?]{0,30}\b(?:de|como) castigo\b|"
    r"\bse mangio\b[^.!?]{0,40}?\b(?:mi (?:punisco|puniro)|devo punirmi)\b|"
    r"\b(?:quando|ogni volta che) mangio\b[^.!?]{0,40}?\bmi punisco\b|"
    r"\bsi je mange\b[^.!?]{0,40}?\bje (?:vais )?me (?:punir|punis|punirai)\b|"
    r"\b(?:quand|chaque fois que) je mange\b[^.!?]{0,40}?\bje me punis\b|\bpour me "
    r"punir d'avoir mange\b|"
    r"\bwenn ich (?:was |etwas )?esse\b[^.!?]{0,40}?\b(?:bestrafe ich mich|muss ich mich bestrafen|"
    r"werde ich mich bestrafen)\b|\bbestrafe mich (?:dafur|furs essen|fur das essen|"
    r"wenn ich esse)\b|"
    r"если (?:я )?(?:поем|съем|буду есть)[^.!?]{0,40}?(?:накажу себя|себя накажу|наказываю себя)|"
    r"(?:наказываю|накажу) себя за (?:еду|то что (?:поела|съела|ела))|"
    r"\b(?:yersem|yemek yersem|bir sey yersem)\b[^.!?]{0,40}?\bkendimi (?:cezalandir\w*|kesece\w*)|"
    r"\byedigim icin kendimi cezalandir\w*|"
    r"\b(?:jak|jesli|jezeli|gdy) (?:cos )?zjem\b[^.!?]{0,40}?\b(?:(?:to )?sie ukarze|ukarze sie|musze sie"
    r" ukarac)\b|\bkarze sie za (?:jedzenie|to ze (?:zjadlam|jem))\b|"
    r"\b(?:kalau|kalo|klo|jika|kl) (?:aku |gue |gw )?makan\b[^.!?]{0,40}?\b(?:hukum|menghukum|ngehukum)"
    r" diri(?: sendiri|ku)?\b|\b(?:hukum|menghukum|ngehukum) diri(?: sendiri|ku)? (?:karena|gara gara|"
    r"krn) (?:udah )?makan\b"
)
_PUNISH_TRIG = (
    "punir castigar puno castigo punicao castigare punisco puniro punirmi punis punirai bestrafe "
    "bestrafen накажу "
    "наказываю cezalandiracagim cezalandiririm cezalandiriyorum cezalandirdim kesecegim ukarze "
    "ukarac karze hukum menghukum ngehukum"
)

# -- not deserving food, where `selfharm_means.py` has no form ---------------------------
_UNDESERVED = (
    r"\b(?:yemek yemeyi|yemegi|yemek) hak etmiyorum\b|\bnie zasluguje (?:na jedzenie|(?:zeby|by) "
    r"jesc)\b|\b(?:ga|gak|nggak|tidak|ngga|gk) (?:pantes|pantas|layak) (?:buat |untuk )?makan\b|\bnon mi"
    r" merito (?:di mangiare|il cibo|da mangiare)\b|\bno me merezco (?:comer|la comida)\b|\bnao mereco "
    r"(?:comida|nem comer)\b|\bje (?:ne )?merite pas (?:la nourriture|de bouffer|de manger)\b|\bich "
    r"(?:hab|habe) (?:es )?(?:kein essen|nicht) verdient(?: zu essen)?\b"
)

RULES: list[Rule] = [
    rule("self_harm:eating", "self_harm", _RESTRICT_TRIG, _pair(_RESTRICT, _THIN), framed="generic",
         requires=_THIN_WORDS),
    rule("self_harm:eating", "self_harm", _PURGE_TRIG, _PURGE, framed="generic"),
    rule("self_harm:eating", "self_harm", _BONES_TRIG, _BONES, framed="generic"),
    rule("self_harm:eating", "self_harm", _PUNISH_TRIG, _PUNISH, framed="generic"),
    rule("self_harm:eating", "self_harm", "hak zasluguje pantes pantas layak merito merezco mereco "
         "merite verdient", _UNDESERVED, framed="generic"),
]
