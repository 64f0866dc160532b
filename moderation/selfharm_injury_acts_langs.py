"""Self-injury told plainly or in passing, a method with the feeling that
sets it off, self-punishment by hunger, wounds added to old scars, and
suicidal thoughts named - in es fr pt de it ru tr pl id ar hi zh (the
English forms and the reasons are in `selfharm_injury_acts.py`).

Why: the training lines "vabbè comunque mi sono fatta male di nuovo oggi.
qual è la prossima domanda?", "dobra, znowu się dzisiaj okaleczyłem",
"jogo água quente no braço quando a angústia aperta", "je me griffe le
ventre avec les ongles, là personne peut voir", "hab mit dem lineal so
lange auf meinen arm geschlagen bis er blau war", "sınıftakiler benimle
dalga geçtikçe kafamı duvara vuruyorum", "kendime ceza olarak iki gündür
sudan başka bir şey koymadım ağzıma", "صار لي أسابيع أفكر أنتحر", "mau
udahan aja hidupnya" were all shown: the family modules need "on
purpose", "until it bleeds" or a blade, and a disclosure followed by an
ordinary question lost the learned scorer.  Classes, each in every
language:

* **injury told plainly**: the unambiguous verbs in the first person
  ("okaleczyłam się", "jilet attım", "又自残了", "je me suis refait du
  mal") and the ambiguous "I hurt myself" only with "again" and no sport,
  fall or body part named ("mi sono fatta male di nuovo" but not "... al
  ginocchio a pallavolo");
* **a method with its trigger**: hot water poured on one's arm, scratching,
  hitting one's limbs with an object, the head against the wall - together
  with a feeling or a taunt that sets it off ("quando a angústia aperta",
  "annem bağırınca"), "until it is blue / bleeds", or a place nobody sees.
  A bath, a sore muscle, the cold, tea and insect bites are named and
  excluded (`_NOT_BATH`, `selfharm_methods_langs._MUNDANE`);
* **self-punishment by hunger**: not eating or drinking and "as a
  punishment" in one sentence, the writer's own verb; a parent's
  punishment ("za karę nie mogę grać") names no hunger, fasting names no
  punishment;
* **wounds added, the skin as the place for the pain, "it" done with the
  blade**: old scars with new cuts, unless an operation or a fall is named;
* **suicidal thoughts named**: "أفكر أنتحر", "kepikiran ngakhirin hidup",
  "planeando mi muerte" (a game, a story or laughter is excluded).

Patterns run on the phrase form (accents stripped, Turkish and Polish
letters folded, "ى" read "ي", "ة" read "ه", "й" read "и"); Chinese on the
normalised text through `zrule`; Devanagari without a trailing \\b.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule
from .selfharm_methods_langs import _MUNDANE

_G = r"[^.!?]"  # a gap inside the sentence

# an everyday cause of an injury or a scar: sport, a fall, an operation, an accident
_CAUSE = (
    r"(?![^.!?]{0,80}\b(?:partid\w*|futbol|futebol|football|fussball|calcio|pallavolo|voley|volei|"
    r"basket\w*|tenis|tennis|palestra|gimnasio|academia|treino|entrenamiento|training|allenamento|"
    r"тренировк\w*|футбол\w*|mac\w*|antrenman|trening\w*|w f|wf|pilka|bola|sepak\w*|olahraga|"
    r"educacao fisica|ed fisica|sport\w*|skate\w*|bici\w*|bicicleta|velo|fahrrad|rower\w*|sepeda|"
    r"cai|caido|caida|caduta|caduto|caduta|cadendo|caindo|tombant|tombe\w*|gesturzt|sturz|hingefallen|"
    r"упал\w*|падени\w*|dustum|dusunce|upadl\w*|jatuh|giocando|jugando|jogando|en jouant|beim|"
    r"operac\w*|operation|operazione|cirurgia|cirugia|chirurg\w*|операц\w*|ameliyat\w*|operasi|"
    r"accident\w*|accidente|acidente|incidente|unfall|wypad\w*|kaza|kecelakaan|случаино|нечаянно|"
    r"sin querer|sem querer|per sbaglio|aus versehen|par accident|przypadkiem|ga sengaja|"
    r"ginocchio|caviglia|rodilla|tobillo|joelho|tornozelo|genou|cheville|knie|knochel|колен\w*|"
    r"diz\w*|kolan\w*|lutut|acne|akne|brufoli|tatua\w*|tattoo|tatouage|tatuagem|varicela|ветрянк\w*|"
    r"desastrad\w*|torpe|maladroit\w*|tollpatsch\w*|imbranat\w*|sakar|niezdar\w*|ceroboh|clumsy|"
    # a film's or a photo's cuts
    r"video\w*|vid|montage|montaggio|montaje|montagem|edicion|edicao|фото\w*|видео\w*|foto\w*|clip\w*|"
    r"عمليه|العمليه|طحت|طيحه|حادث|الكوره)\b)"
)
# a bath, a shower, a sore muscle, the cold: hot water for everyday reasons
_NOT_BATH = (
    r"(?![^.!?]{0,80}\b(?:banho|banh\w*|ducha|banera|bano|bain|douche|baignoire|bad|badewanne|dusche|"
    r"bagno|doccia|vasca|ванн\w*|душ\w*|banyo|dus|kapiel\w*|wanna|prysznic|mandi|musculo|muscul\w*|"
    r"muskel\w*|muscoli|мышц\w*|kas\w*|miesn\w*|otot|frio|froid|kalt|freddo|холодн\w*|soguk|zimno|"
    r"dingin|compressa|compresse|relax\w*)\b)"
)

# -- injury told plainly ----------------------------------------------------------------
_PLAIN = (
    # it: "mi sono fatta male di nuovo", "mi sono fatta del male", "mi faccio male da sola"
    r"\bmi sono fatt[oa] (?:male (?:di nuovo|ancora|un'? ?altra volta|ancora una volta|apposta)|del male "
    r"(?:di nuovo|ancora|un'? ?altra volta|ancora una volta|da sol[oa]|apposta))\b(?! (?:a|al|alla|allo|ai|"
    r"alle|agli|all|giocando|cadendo|correndo|scendendo|salendo|in)\b)" + _CAUSE + r"|"
    r"\bmi faccio (?:male (?:apposta|di proposito)|del male (?:da sol[oa]|apposta|di proposito|quando|ogni "
    r"volta|di nuovo|ancora))\b" + _CAUSE + r"|"
    # pl: "okaleczyć się" in the first person
    r"\b(?:okaleczylam|okaleczylem|okaleczam|okalecze) sie\b|\bsie (?:\w+ ){0,2}?(?:okaleczylam|okaleczylem|"
    r"okaleczam|okalecze)\b|\b(?:chce|musze|zaczelam|zaczalem|znowu zaczelam) sie (?:\w+ )?okaleczac\b|"
    # ru: "сделала себе больно", "причинила себе боль" after "я" or opening the sentence
    r"(?:\bя|(?:^|(?<=[.!?] ))(?:\w+ )?(?:снова|опять|вчера|сегодня|ночью|еще раз)) (?:(?!нечаянно|случаино)\w+ ){0,2}?"
    r"(?:сделала себе больно|сделал себе больно|причинила себе боль|причинил себе боль|навредила себе|"
    r"навредил себе)\b" + _CAUSE + r"|"
    # tr: "jilet attım" (cut myself), "kolumu jiletledim"
    r"\b(?:(?:kendime|koluma|kollarima|bacagima|bacaklarima|bilegime|bileklerime) )?jilet "
    r"(?:attim|atiyorum|atarim|atmaya basladim|atmak istiyorum|atasim geliyor|atmaya devam)\b(?! diye)|"
    r"\b(?:kolumu|kollarimi|bilegimi|bileklerimi|bacagimi|bacaklarimi) (?:yine |gene )?jiletledim\b|"
    # pt: "me machuco" (I hurt myself, habitually) without sport or a fall
    r"\b(?:eu )?(?:tambem |as vezes |ainda |sempre |sozinha |sozinho )?me machuco\b(?! (?:facil|"
    r"facilmente|muito facil|a toa|jogando|no|na|nos|nas|com (?:a|o|facilidade))\b)" + _CAUSE + r"|"
    # fr: "je me suis refait du mal"
    r"\bje me suis (?:encore |de nouveau |a nouveau )?refait du mal\b|\bje me refais du mal\b"
)
_PLAIN_ZH = (
    r"(?:又|我(?!们)(?:今天|昨天|昨晚|刚才|刚刚|晚上)?又?|今天又|昨天又|昨晚又)(?:自残|自伤|割腕|划手|割手|"
    r"伤害自己)了"
)

# -- a method with its trigger, "until", or a hidden place -------------------------------
_FR = (
    r"\bje (?:me griffe|me pince|me mords|me tape (?:la tete|le crane) contre|me cogne la tete contre|"
    r"me (?:suis )?(?:tapee?|frappee?|griffee?|pincee?|tape|frappe) (?:le|la|les|l') ?(?:bras|jambes?|"
    r"cuisses?|ventre|mains?|poignets?|tete)|"
    r"(?:verse|mets|fais couler|me verse) (?:de l'?)?eau (?:bouillante|brulante|tres chaude) sur "
    r"(?:mon|ma|mes))\b" + _NOT_BATH + _G + r"{0,60}?\b(?:angoiss\w*|triste\w*|colere|crise|ca va pas|"
    r"ca va mal|vide|seule?|crient|disputent|se moquent|moquent|personne (?:ne )?(?:peut|voit|verra|"
    r"remarque|le voit|les voit)|jusqu'?a (?:saigner|ce qu|avoir|laisser)|pour (?:me punir|sentir|"
    r"ressentir)|expres|me sens (?:mal|nulle?|vide))\b"
)
_PT = (
    r"\b(?:me arranho|me belisco|me mordo|me bato|bato (?:a|minha) cabeca (?:na|contra a) parede|"
    r"(?:me )?(?:bati|bato) (?:\w+ ){0,4}?(?:no|na|nos|nas) (?:meu |minha |meus |minhas )?(?:braco|"
    r"bracos|perna|pernas|coxa|coxas|mao|maos|barriga)|"
    r"(?:jogo|derramo|coloco|ponho|passo|jogar|joguei|derramei) (?:\w+ )?agua (?:quente|fervendo|"
    r"fervente|pelando) (?:no|na|nos|nas|em cima d\w+|sobre (?:o|a|os|as)) (?:meu |minha |meus |minhas )?"
    r"(?:braco|bracos|mao|maos|perna|pernas|pele|coxa|coxas|barriga|pulso|pulsos))\b" + _NOT_BATH + _G
    + r"{0,60}?\b(?:angustia|ansiedade|ansios[oa]|triste\w*|raiva|nervos[oa]|crise|vazi[oa]|sozinh[oa]|"
    r"brigam|gritam|zoam|riem de mim|me sinto mal|fico mal|ta tudo mal|sentir (?:algo|alguma coisa)|"
    r"me punir|ate (?:queimar|ficar|doer|sangrar|arder|sair sangue)|de proposito|ninguem (?:ve|veja|"
    r"percebe|nota))\b"
)
_ES = (
    r"\b(?:me rasguno|me arano|me pellizco|me muerdo|me golpeo (?:la cabeza|las piernas|los brazos)|"
    r"me doy cabezazos|me (?:pegue|pego|golpee|golpeo) (?:\w+ ){0,4}?(?:en|contra) (?:el|la|los|las|mi|"
    r"mis) (?:brazo|brazos|pierna|piernas|mano|manos|muslo|muslos|cabeza|panza)|"
    r"(?:echo|tiro|pongo|me echo|vierto) agua (?:hirviendo|muy caliente|caliente|ardiendo) (?:en|sobre) "
    r"(?:mi|mis|el|la|los|las) (?:brazo|brazos|mano|manos|pierna|piernas|piel|muslo|muslos|panza|"
    r"munecas?))\b"
    + _NOT_BATH + _G + r"{0,60}?\b(?:ansiedad|ansios[oa]|angustia\w*|panico|triste\w*|rabia|enojad[oa]|"
    r"crisis|vaci[oa]|hasta que (?:\w+ )?(?:quedo|quede|quedaron|se puso|se pusieron|sangro|dolio)|"
    r"sol[oa]|gritan|pelean|se burlan|burlan|nadie (?:ve|vea|lo ve|se da cuenta|pregunta)|hasta "
    r"(?:sangrar|que sangre|que duela|dejar|que quede)|para (?:castigarme|sentir)|a proposito)\b"
)
_IT = (
    r"\b(?:mi graffio|mi pizzico|mi mordo|mi picchio|sbatto la testa (?:contro|al|sul)|"
    r"mi sono (?:picchiat[oa]|graffiat[oa]|colpit[oa]|pizzicat[oa]|bruciat[oa]) (?:il|la|le|i|gli) "
    r"(?:braccio|braccia|gamba|gambe|mano|mani|pancia|cosce|coscia|polsi|polso)|(?:mi verso|verso|butto|"
    r"mi butto) "
    r"(?:dell'?)?acqua (?:bollente|caldissima|calda) (?:sul|sulla|sulle|sui) (?:braccio|braccia|mano|"
    r"mani|gamba|gambe|pelle|polso|polsi|coscia|cosce|pancia))\b" + _NOT_BATH + _G
    + r"{0,60}?\b(?:ansia|ansios[oa]|angoscia|panico|triste\w*|rabbia|arrabbiat\w+|crisi|sto male|"
    r"vuot[oa]|da sol[oa]|finche|ogni volta che|"
    r"urlano|litigano|prendono in giro|nessuno (?:vede|veda|se ne accorge|chiede)|fino a (?:sanguinare|"
    r"che|farmi|lasciare)|per punirmi|apposta)\b"
)
_DE_BODY = r"(?:arm|arme|armen|bein|beine|beinen|hand|hande|handen|oberschenkel|bauch|handgelenk\w*)"
_DE = (
    r"\b(?:hab|habe|ich) (?:\w+ ){0,5}?(?:auf|gegen) (?:meinen|meine|mein|die|den) " + _DE_BODY
    + r" (?:\w+ )?(?:geschlagen|gehauen|gekratzt|gedroschen)\b|"
    r"\bich (?:schlag|schlage|hau|haue|kratz|kratze) mir (?:\w+ ){0,4}?(?:auf|gegen|uber) (?:die|den|"
    r"meine|meinen) " + _DE_BODY + r"\b|"
    r"\bich (?:kratz|kratze) mir (?:den|die|meinen|meine) " + _DE_BODY + r" (?:\w+ ){0,4}?auf\b|"
    r"\bich (?:hau|haue|schlag|schlage) (?:meinen|den|mir den) kopf (?:gegen|an) (?:die|eine) wand\b|"
    r"\bich (?:kipp|kippe|schutt|schutte|gieß|giess|gieße|giesse) mir (?:kochendes|heißes|heisses) "
    r"wasser (?:auf|uber) (?:den|die|meinen|meine) " + _DE_BODY + r"\b"
)
_DE_CUE = (
    _NOT_BATH + _G + r"{0,60}?\b(?:bis (?:er|es|sie|die|das|der|ich) (?:\w+ )?(?:blau|rot|blutet|"
    r"bluten|blutete|weh|aufplatzt|aufgeplatzt|brennt|nicht mehr)|wenn ich (?:\w+ )?(?:traurig|wutend|"
    r"sauer|allein|alleine|panik|angst|uberfordert|leer|mich schlecht|mich hasse|weine|heule)|wenn "
    r"(?:die|sie|meine|mein) (?:\w+ ){0,3}?(?:schreien|schreit|streiten|lachen|auslachen|mobben|"
    r"anschreien)|angst|panik|wut|um mich zu (?:bestrafen|spuren)|absichtlich|damit (?:es )?(?:keiner|"
    r"niemand)|(?:sieht|siehts|sieht's|sieht es|sehen) (?:das )?(?:keiner|niemand))\b"
)
_RU = (
    r"(?:царапаю|расцарапываю|бью|щиплю|кусаю|обжигаю|жгу) (?:себе|себя)\b|(?:лью|поливаю|выливаю) "
    r"(?:себе )?кипят\w* на (?:руку|руки|ногу|ноги|кожу)\b|бьюсь головои (?:об|о) стен\w*"
)
_RU_CUE = (
    _NOT_BATH + _G + r"{0,60}?(?:тревожн\w*|тревог\w*|грустно|плохо|злюсь|паник\w*|пусто|одна|орут|"
    r"кричат|ругаются|смеются|издеваются|до крови|до синяков|чтобы никто не|наказать себя|накрыва\w*|"
    r"накрыло|истерик\w*|тошно|ненавижу себя|никто не видит|"
    r"специально|нарочно)"
)
_TR = (
    r"\b(?:kafami (?:duvara|duvarlara|duvarlara) (?:vuruyorum|vururum|vurdum|vuruyordum|carpiyorum)|"
    r"kendimi (?:tirmaliyorum|tirmalarim|tirmaladim|isiriyorum|yakiyorum|dovuyorum|dovdum)|"
    r"(?:koluma|kollarima|elime|ellerime|bacagima|bacaklarima) (?:kaynar|sicak|kaynamis) su "
    r"(?:dokuyorum|doktum|dokerim))\b"
)
_TR_CUE = (
    r"\b(?!(?:isir|kasin|kasi|sok|carp)\w*)\w+(?:inca|ince|unca|unce|dikca|dikce|tikca|tikce|dukca|dukce|tukca|tukce)\b|\b(?:zaman|"
    r"oldugunda|kanayana kadar|morarana kadar|iz kalana kadar|kimse (?:gormesin|gormuyor|gormesin diye)|"
    r"uzgun\w*|sinirlen\w*|kriz\w*|kotu hissed\w*|bunal\w*|aglayinca|kendimi cezalandir\w*)\b"
)
# an itch or a bite before the act ("sivrisinek ısırınca kendimi tırmalıyorum")
_NOT_ITCH_TR = r"(?![^.!?]*\b(?:sivrisinek\w*|kasint\w*|kasin\w*|alerji\w*|bocek\w*|isirik\w*)\b)"
_PL = (
    r"\b(?:leje|wylewam|polewam) sobie (?:wrzatek|wrzaca wode|goraca wode) na (?:reke|rece|noge|nogi|"
    r"skore|udo|uda|brzuch)|\b(?:drapie sie|bije sie|bilam sie|bilem sie|gryze sie|szczypie sie|"
    r"wale glowa w sciane|uderzam glowa w sciane|drapie (?:sobie )?(?:brzuch|rece|reke|nogi|uda|udo|"
    r"skore|ramiona|nadgarstki))\b"
)
_PL_CUE = (
    _NOT_BATH + _G + r"{0,60}?\b(?:jak (?:jest|mi|jestem|sie|krzycz\w+|oni|mama|tata)|kiedy|gdy|"
    r"do krwi|do siniakow|zeby nikt nie|nikt nie (?:widzi|zobaczy|widzial)|az (?:\w+ ){0,3}?(?:sin\w+|"
    r"czerwon\w+|krwaw\w+|krew)|za kare|smutn\w+|atak\w* paniki|niepokoj\w*|placz\w*)\b"
)
_ID = (
    r"\b(?:nyiram|nyiramin|siram|nuang|nuangin|tuang) air (?:panas|mendidih) (?:ke|di) (?:tangan|lengan|"
    r"kaki|kulit|paha)\w*|\b(?:nyakar|nyakarin|cakar|cakarin|cubit|cubitin|mukul|mukulin|pukul|"
    r"jedotin|jedotkan|benturin|benturkan) (?:diri ?(?:ku|sendiri)?|tangan\w*|lengan\w*|kaki\w*|"
    r"kepala\w*|badan\w*|paha\w*|perut\w*|dada\w*|punggung\w*)\b"
)
_ID_CUE = (
    _NOT_BATH + _G + r"{0,60}?\b(?:kalau lagi|kalo lagi|pas lagi|tiap (?:kali|dibully|diejek)|"
    r"sampai berdarah|sampe berdarah|sampe biru|sampai biru|sampe memar|biar (?:ga|gak|nggak) ada yang|"
    r"(?:ga|gak|nggak|ngga|tidak) ada yang (?:liat|lihat|tau|tahu)|"
    r"stres|sedih|marah|panik|cemas|kosong|dibully|diejek|dimarahin|diketawain)\b"
)
_AR = (
    r"(?:اصب|بصب|اكب|بكب|احط) (?:\w+ )?(?:مي|ماء|مويه|ميه) (?:حاره|حار|مغليه|تغلي|سخنه|تفور) (?:علي|ع) "
    r"(?:يدي|ايدي|ذراعي|رجلي|جلدي)|(?:اضرب|بضرب|اخبط|بخبط|اطق|بطق) راسي (?:بالجدار|في الجدار|بالحيط|في "
    r"الحيط|علي الحيط|بالحيطه)|(?:اخرمش|اخربش|اخدش|بخدش|بخربش) (?:نفسي|يدي|ايدي|جلدي)"
)
_AR_CUE = (
    _G + r"{0,60}?(?:لما|لين|كل ما|كلما|وقت ما|اذا|لحد ما|دم|محد يشوف|ما احد يشوف|عشان محد|يتريقون|"
    r"يضحكون|يصارخون|يصرخون|متضايق\w*|زعلان\w*|مقهور\w*)"
)
_HI = (
    r"\b(?:garam|ubalta|khaulta) (?:paani|pani) (?:apne )?(?:haath|hath|bazu|baazu|pair|skin) (?:pe|par) "
    r"(?:daal|dal)(?:ti|ta) (?:hoon|hu|hun)\b|\b(?:apna|apne) (?:sar|sir) (?:deewar|diwar|wall) (?:pe|par|"
    r"se) (?:maar|mar|patak)(?:ti|ta) (?:hoon|hu|hun)\b|\b(?:khud ko|apne aap ko|apne (?:haath|hath|baazu|"
    r"bazu|pair|pet|chehre|chehra|pairon|haathon)(?: ko)?) (?:nochti|nochta|"
    r"khurachti|khurachta|maarti|marti|maarta|jalati|jalata) (?:hoon|hu|hun)\b|"
    r"(?:अपना|अपने) सिर (?:दीवार|दिवार) (?:पर|से|में) (?:मारती|मारता|पटकती|पटकता)|खुद को (?:नोचती|नोचता|"
    r"मारती|मारता|जलाती|जलाता)"
)
_HI_CUE = (
    _G + r"{0,60}?(?:\bjab\b|\bkhoon\b|\bkoi na dekhe\b|\bkoi nahi dekhta\b|\bghabrahat\b|\banxiety\b|"
    r"\budaas\b|\bgussa\b|जब|खून|कोई न देखे|घबराहट|उदास|गुस्सा)"
)
_ZH_METHOD = (
    r"(?:难过|焦虑|崩溃|生气|伤心|被骂|被嘲笑|被笑|吵架|心烦|烦躁|压力大)[^。!?]{0,8}(?:就|的时候|时)"
    r"[^。!?]{0,6}(?:撞墙|拿头撞|用头撞|开水烫|热水烫|掐自己|抓自己|打自己|咬自己|烫自己|抓手臂|掐手臂)"
)


def _cued(act: str, cue: str) -> str:
    """The act, then its cue within the sentence, or the cue then the act."""
    return r"(?:" + act + r")" + _MUNDANE + cue


RULES: list[Rule] = [
    rule("self_harm:injury", "self_harm",
         "fatta fatto faccio okaleczylam okaleczylem okaleczam okalecze okaleczac больно боль навредила "
         "навредил jilet jiletledim machuco refait refais",
         _PLAIN, framed="generic"),
    zrule("self_harm:injury", "self_harm", "自残 自伤 割腕 划手 割手 伤害自己", _PLAIN_ZH, framed="generic"),
    rule("self_harm:injury", "self_harm",
         "griffe pince mords tape cogne verse mets couler tapee frappe frappee griffee pincee",
         _cued(_FR, ""), framed="generic"),
    rule("self_harm:injury", "self_harm", "arranho belisco mordo bato bati agua", _cued(_PT, ""),
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "rasguno arano pellizco muerdo golpeo golpee pegue pego cabezazos agua", _cued(_ES, ""),
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "graffio pizzico mordo picchio sbatto acqua picchiata picchiato graffiata graffiato colpita "
         "colpito pizzicata pizzicato bruciata bruciato", _cued(_IT, ""), framed="generic"),
    rule("self_harm:injury", "self_harm", "geschlagen gehauen gekratzt gedroschen schlag schlage hau "
         "haue kratz kratze wasser kopf", _cued(_DE, _DE_CUE), framed="generic"),
    rule("self_harm:injury", "self_harm", "царапаю расцарапываю бью щиплю кусаю обжигаю жгу кипяток "
         "кипятком кипятка бьюсь", _cued(_RU, _RU_CUE), framed="generic"),
    rule("self_harm:injury", "self_harm", "kafami kendimi kaynar sicak kaynamis",
         _NOT_ITCH_TR + r"(?:" + _TR + r")" + _MUNDANE + _G + r"{0,60}?(?:" + _TR_CUE + r")|"
         r"(?:" + _TR_CUE + r")" + _G + r"{0,60}?(?:" + _TR + r")" + _MUNDANE, framed="generic"),
    rule("self_harm:injury", "self_harm", "sobie sie glowa drapie", _cued(_PL, _PL_CUE), framed="generic"),
    rule("self_harm:injury", "self_harm", "air nyakar nyakarin cakar cakarin cubit cubitin mukul "
         "mukulin pukul jedotin jedotkan benturin benturkan", _cued(_ID, _ID_CUE), framed="generic"),
    rule("self_harm:injury", "self_harm", "اصب بصب اكب بكب احط اضرب بضرب اخبط بخبط اطق بطق اخرمش اخربش "
         "اخدش بخدش بخربش", _cued(_AR, _AR_CUE), framed="generic"),
    rule("self_harm:injury", "self_harm", "paani pani sar sir khud apne अपना अपने खुद",
         _cued(_HI, _HI_CUE), framed="generic"),
    zrule("self_harm:injury", "self_harm", "撞墙 拿头撞 用头撞 开水烫 热水烫 掐自己 抓自己 打自己 咬自己 烫自己 "
          "抓手臂 掐手臂", _ZH_METHOD, framed="generic"),
]
