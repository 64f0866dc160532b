"""Bullying aimed at a person without the "you are + adjective"
shape (appended to `harm.RULES`; kept apart because harm.py is already long).

Three families, each a general shape rather than a list of lines:

* superlatives and comparisons about a person: second person or a third
  person + superlative insult + a person noun or a school group ("you are
  the ugliest person here", "Emma is the dumbest girl in our year", "la más
  fea de la clase").  Things stay allowed: the superlative must be followed
  directly by a person noun or a group ("the ugliest building in town" has a
  thing noun in between), and first-person self-talk ("I'm the ugliest in my
  family") has no matching subject;
* animal and object names aimed at someone: only in a pointing or addressing
  frame ("look at this whale lol", "olha a cara dessa baleia", "cette grosse
  vache"), with an insult adjective or laughter, never the animal alone in a
  sentence about animals ("look at this whale at the aquarium");
* exclusion of a third person or of the reader: object pronoun + "can't
  stand / nobody likes" ("nobody can stand her", "nessuno ti sopporta") and
  imperatives that push someone out of a group when the sentence ends there
  ("get out of the group", "滚出去");
* threats (threat verb x consequence) are in harm_threats.py.

Patterns are matched against `Prepared.plain` (casefolded, accents stripped,
"ur" -> "your", "you're" -> "you are"; commas dropped, ".!?" kept as tokens);
the Chinese rules against `norm` (unspaced), in both scripts via the zh pack's
helper.  Discussion and report frames (frames.py) excuse every rule here.
Pack-language rules (ar, hi, ru, zh) live here too, not in packs/, so the
families can be reviewed together.
"""

from __future__ import annotations

from .packs.ar._script import az
from .packs.zh import zrule
from .rules import Rule, rule

# a sentence or message ends here, or laughter / an address follows
_END = r"(?= ?[.!?\"]| ?$| (?:lol|lmao|haha\w*|xd|kkk+|jaja\w*|ptdr|mdr|ahah\w*|хах\w*|ахах\w*))"

# -- superlatives: en --------------------------------------------------------
_SUP_EN = (
    r"(?:ugliest|fattest|dumbest|stupidest|grossest|smelliest|weirdest|creepiest|nastiest|"
    r"lamest|most (?:pathetic|disgusting|useless|worthless|hated|unlikeable|unlikable|ugly|"
    r"stupid|cringe|cringey|cringy|embarrassing|hideous|repulsive|unpopular)|biggest "
    r"(?:loser|idiot|freak|joke|failure|nerd|weirdo|creep|clown|loner|embarrassment|"
    r"disappointment|disgrace))"
)
_PERSON_EN = (
    r"(?:girls?|boys?|kids?|persons?|people|humans?|human beings?|guys?|students?|child|"
    r"children|pupils?|thing alive|creature alive)"
)
# after a person noun: the sentence ends or goes on with a place or clause, not
# with a thing noun ("the dumbest kids movie", "the ugliest girl doll")
_AFTER_PERSON = (r"(?= ?[.!?\"]| ?$| (?:in|of|at|on|here|there|alive|ever|i|we|you|lol|lmao|"
                 r"haha\w*|and|who|that|to|from|around|like|by|so|tbh|fr|ngl|omg|is|has|was)\b)")
_SCHOOL_EN = (
    r"(?:in|of|at|from) (?:the |our |this |my |your |his |her |their )?(?:whole |entire )?"
    r"(?:class|year|grade|school|form|group|chat|gc|team|squad|year group|friend group)"
)
_SUP_EN_TRIG = (
    "ugliest fattest dumbest stupidest grossest smelliest weirdest creepiest nastiest lamest "
    "pathetic disgusting useless worthless hated unlikeable unlikable ugly stupid cringe cringey "
    "cringy embarrassing hideous repulsive unpopular loser idiot freak joke failure nerd weirdo "
    "creep clown loner embarrassment disappointment disgrace"
)

# -- superlatives: es pt fr de it ------------------------------------------
_ADJ_ES = (r"(?:fea|feo|gorda|gordo|tonta|tonto|estupida|estupido|idiota|asquerosa|asqueroso|"
           r"rara|raro|inutil|fracasada|fracasado|pesada|pesado|ridicula|ridiculo|imbecil|"
           r"pendeja|pendejo|boba|bobo|odiada|odiado)")
_NOUN_ES = r"(?:chica|chico|nina|nino|persona|piba|pibe|tipa|tipo|alumna|alumno|morra|morro)"
_LOC_ES = (r"(?:de (?:la|toda la|esta|nuestra|mi|tu) (?:clase|escuela|secundaria|prepa|aula)|"
           r"del (?:curso|colegio|grupo|salon|grado|insti|instituto|cole)|de (?:todo el|este|"
           r"nuestro|mi|tu) (?:curso|colegio|grupo|salon|grado|insti|instituto|cole))")
_ADJ_PT = (r"(?:feia|feio|gorda|gordo|burra|burro|chata|chato|idiota|nojenta|nojento|esquisita|"
           r"esquisito|ridicula|ridiculo|estranha|estranho|lerda|lerdo|otaria|otario|horrorosa|"
           r"horroroso|odiada|odiado|baranga)")
_NOUN_PT = r"(?:menina|menino|garota|garoto|pessoa|mina|mano|aluna|aluno|guria|guri|mulher)"
_LOC_PT = (r"(?:(?:da|do|de|desta|dessa|deste|desse|na|no) (?:nossa |minha |tua |sua )?"
           r"(?:escola|sala|turma|classe|serie|colegio|grupo|facul))")
_ADJ_FR = (r"(?:moche|con|conne|nul|nulle|bete|debile|grosse|gros|laid|laide|degueulasse|"
           r"chelou|cheloue|idiote?|stupide|ridicule|pathetique|bizarre|detestee?|boloss)")
_NOUN_FR = r"(?:fille|meuf|gars|mec|garcon|personne|eleve|gamine?|nana|meuf)"
_LOC_FR = (r"(?:du (?:college|lycee|bahut|groupe|bus)|de (?:la|toute la|notre|ma|ta|cette) "
           r"(?:classe|ecole|promo|bande|classe entiere)|de l'ecole|de (?:tout le|notre|mon|"
           r"ton|ce) (?:college|lycee|groupe|bahut))")
_ADJ_DE = (r"(?:hasslichste|dummste|fetteste|dickste|blodeste|ekligste|peinlichste|"
           r"behindertste|unbeliebteste|armseligste|widerlichste|ekelhafteste|schlechteste|"
           r"nervigste|bekloppteste)")
_NOUN_DE = (r"(?:madchen|junge|person|schulerin|schuler|kind|typ|tussi|loser|opfer|idiot|mensch|"
            r"schlampe)")
_LOC_DE = (r"(?:(?:in|an|auf|aus) (?:der|unserer|eurer|dieser|eurer) (?:ganzen )?(?:klasse|"
           r"schule|stufe|gruppe)|der (?:ganzen )?(?:klasse|schule|stufe|gruppe)|(?:im|des) "
           r"jahrgangs?|von allen|hier)")
_ADJ_IT = (r"(?:brutta|brutto|grassa|grasso|stupida|stupido|scema|scemo|cretina|cretino|idiota|"
           r"schifosa|schifoso|sfigata|sfigato|antipatica|antipatico|cessa|odiata|odiato|"
           r"inutile|ridicola|ridicolo|racchia|cicciona|ciccione)")
_NOUN_IT = r"(?:ragazza|ragazzo|persona|tipa|tipo|bambina|bambino|alunna|alunno|sfigata|sfigato)"
_LOC_IT = (r"(?:(?:della|del|dello|di|nella|in) (?:nostra |mia |tua |questa )?(?:classe|scuola|"
           r"gruppo|sezione|scuola intera)|di tutti|di tutte|(?:della|del) (?:nostro|nostra) "
           r"(?:classe|scuola|gruppo))")

# -- superlatives: ru ar hi ----------------------------------------------------
_ADJ_RU = (r"(?:страшная|страшныи|тупая|тупои|уродливая|уродливыи|жирная|жирныи|толстая|"
           r"толстыи|глупая|глупыи|мерзкая|мерзкии|противная|противныи|вонючая|вонючии|"
           r"некрасивая|некрасивыи|жалкая|жалкии|отстоиная|отстоиныи|ненавистная|тупорылая|"
           r"тупорылыи|уродская|уродскии)")
_NOUN_RU = (r"(?:девочка|девчонка|девушка|мальчик|парень|пацан|человек|ученица|ученик|"
            r"уродина|урод|дура|дурак|лохушка|лох|чмо|тупица|неудачница|неудачник)")
_LOC_RU = (r"(?:в (?:нашем |этом |твоем )?(?:классе|школе|группе|чате|параллели)|из (?:нашего |"
           r"всего )?(?:класса|школы|всех)|в (?:нашеи|этои|твоеи) (?:школе|группе))")
_ELATIVE_AR = (r"(?:اقبح|اوحش|اغبي|اسمن|اتخن|اوسخ|احقر|اتفه|اسخف|افشل|اقرف|ابشع|اهبل|"
               r"اتخن|اثقل دم|اغلس)")
_NOUN_AR = (r"(?:بنت|ولد|واحد|واحده|شخص|انسان|طالب|طالبه|بني ادم|مخلوق|بنيه|عيل|عيله|"
            r"شب|صبي|صبيه)")
_LOC_AR = (r"(?:في|ب|بال|فال|ف)(?: ?ال)?(?:صف|فصل|مدرسه|كلاس|عالم|دنيا|جروب|قروب|شله|"
           r"الصف|الفصل|المدرسه|الكلاس|العالم|الدنيا|الجروب)")
_HI_ADJ = (r"(?:badsurat|bhadda|bhaddi|ganda|gandi|mota|moti|bewakoof|bewkoof|pagal|ghatiya|"
           r"bekaar|bekar|nalayak|chutiya|ugly|dumb|fat|kaala|kaali|kalu|motu)")
_HI_NOUN = (r"(?:ladka|ladki|bachcha|bachchi|bacha|bachi|insaan|insan|banda|bandi|aadmi|"
            r"student|launda|laundi|chhora|chhori)")
_HI_D_ADJ = r"(?:बदसूरत|भद्दा|भद्दी|गंदा|गंदी|मोटा|मोटी|बेवकूफ़?|पागल|घटिया|बेकार|नालायक|काला|काली)"
_HI_D_NOUN = r"(?:लड़का|लड़की|बच्चा|बच्ची|इंसान|बंदा|बंदी|आदमी|छात्र|छात्रा)"

RULES: list[Rule] = [
    # en: "you are the ugliest person here", "ur the dumbest", "you're the biggest loser"
    rule("bullying:insult", "bullying", _SUP_EN_TRIG,
         r"\b(?:you are|your|you look like|you must be|you are literally) (?:literally |honestly "
         r"|actually |just |so |probably |easily |like |officially |by far )*the " + _SUP_EN
         + r"(?: (?:" + _PERSON_EN + _AFTER_PERSON + r"|" + _SCHOOL_EN + r"\b|here|alive|ever|on earth|in "
         r"the world|i (?:know|have ever (?:seen|met))|in existence)|" + _END + r")",
         requires="you your"),
    # en third person: "Emma is the ugliest girl in our year", "he's the dumbest kid",
    # "who is the fattest girl in our class" (a poll); things ("it is the ugliest
    # one", "the ugliest building") have no person noun or school group
    rule("bullying:insult", "bullying", _SUP_EN_TRIG,
         r"\b(?:(?:she|he|they)(?:'s| is| are)|shes|hes|theyre|(?!(?:it|this|that|which|what|"
         r"there|here|mine|yours|ours|theirs|i|today|yesterday|tomorrow|everything|nothing)"
         r"\b)[a-z]+(?:'s| is)) (?:literally |honestly |actually |just |so |probably |easily |"
         r"officially |by far |like )*the " + _SUP_EN + r" (?:(?:\w+ )?" + _PERSON_EN
         + _AFTER_PERSON + r"(?! (?:in|of) (?:the )?(?:world|history|universe|guinness|records?))|"
         + _SCHOOL_EN + r"\b|here|alive)"),
    # es: "eres la más fea de la clase", "maria es la chica más gorda del curso"
    rule("bullying:insult", "bullying", "mas",
         r"\b(?:eres|sos|tu eres|vos sos) (?:el|la) (?:" + _NOUN_ES + r" )?mas " + _ADJ_ES
         + r"\b(?: (?:" + _NOUN_ES + r"|" + _LOC_ES + r"|que (?:conozco|he visto|existe)|del "
         r"mundo|de todos|de todas)|" + _END + r")|"
         r"\bes (?:el|la) (?:" + _NOUN_ES + r" mas " + _ADJ_ES + r"|mas " + _ADJ_ES + r" (?:"
         + _NOUN_ES + r"|" + _LOC_ES + r"|de todos|de todas))\b",
         requires="eres sos es"),
    # pt: "você é a mais feia da escola", "a ana é a menina mais gorda da turma"
    rule("bullying:insult", "bullying", "mais",
         r"\b(?:voce|vc|video call|tu) (?:e|eh|es) (?:a|o) (?:" + _NOUN_PT + r" )?mais " + _ADJ_PT
         + r"\b(?: (?:" + _NOUN_PT + r"|" + _LOC_PT + r"|que (?:eu )?(?:conheco|ja vi)|do mundo|de "
         r"todos|de todas)|" + _END + r")|"
         r"\b(?:e|eh) (?:a|o) (?:" + _NOUN_PT + r" mais " + _ADJ_PT + r"|mais " + _ADJ_PT
         + r" (?:" + _NOUN_PT + r"|" + _LOC_PT + r"|de todos|de todas))\b",
         requires="e eh es"),
    # fr: "t'es la plus moche du collège", "c'est le plus con de la classe"
    rule("bullying:insult", "bullying", "plus",
         r"\b(?:t'es|t es|tu es|tes) (?:vraiment |carrement |grave |juste )*(?:la|le) (?:" + _NOUN_FR
         + r" (?:la |le )?)?plus " + _ADJ_FR
         + r"\b(?: (?:" + _NOUN_FR + r"|" + _LOC_FR + r"|que je connais|du monde|de tous|de "
         r"toutes|de la terre)|" + _END + r")|"
         r"\b(?:elle est|il est|c'est|c est|cest) (?:la|le) (?:" + _NOUN_FR + r" (?:la |le )?"
         r"plus " + _ADJ_FR + r"|plus " + _ADJ_FR + r" (?:" + _NOUN_FR + r"|" + _LOC_FR + r"|de "
         r"tous|de toutes))\b",
         requires="t'es es tu tes est c'est cest"),
    # de: "du bist die hässlichste in der klasse", "sie ist die dümmste der schule"
    rule("bullying:insult", "bullying", _ADJ_DE[3:-1].replace("|", " "),
         r"\b(?:du bist|bist du) (?:echt |so |einfach |wirklich |ja |halt |voll )*(?:der|die|das) "
         + _ADJ_DE + r"\b(?: (?:" + _NOUN_DE + r"|" + _LOC_DE + r"|der welt|die ich kenne)|"
         + _END + r")|"
         r"\b(?:sie|er|die|der) ist (?:echt |so |einfach |wirklich |ja |halt )*(?:der|die|das) "
         + _ADJ_DE + r" (?:" + _NOUN_DE + r"|" + _LOC_DE + r")\b"),
    # it: "sei la più brutta della classe", "lei è la più brutta della scuola"
    rule("bullying:insult", "bullying", "piu",
         r"\b(?:sei|tu sei) (?:proprio |davvero |veramente |sicuramente |tipo )*(?:la|il|lo) (?:"
         + _NOUN_IT + r" )?piu " + _ADJ_IT + r"\b(?: (?:"
         + _NOUN_IT + r"|" + _LOC_IT + r"|che conosco|del mondo)|" + _END + r")|"
         r"\b(?:lei|lui|quella|quello|e) (?:e )?(?:la|il|lo) (?:" + _NOUN_IT + r" piu " + _ADJ_IT
         + r"|piu " + _ADJ_IT + r" (?:" + _NOUN_IT + r"|" + _LOC_IT + r"))\b",
         requires="sei lei lui quella quello e"),
    # ru: "она самая страшная в классе", "ты самая тупая из всех"
    rule("bullying:insult", "bullying", "самая самыи самое",
         r"\b(?:ты|она|он) (?:же |просто |реально |вообще |тут |у нас |в классе )*(?:самая|самыи) "
         r"(?:" + _ADJ_RU + r" (?:" + _NOUN_RU + r"|" + _LOC_RU + r")|" + _NOUN_RU + r" " + _LOC_RU
         + r"|главная (?:уродина|дура|лохушка)|главныи (?:урод|дурак|лох))\b|"
         r"\bты (?:же |просто |реально |вообще )*(?:самая|самыи) " + _ADJ_RU + r"\b" + _END,
         requires="ты она он"),
    # ar: "انتي اقبح بنت في الصف", "هي اغبى واحده بالمدرسه"; Arabizi "enti a2ba7 bent"
    rule("bullying:insult", "bullying",
         "اقبح اوحش اغبي اسمن اتخن اوسخ احقر اتفه اسخف افشل اقرف ابشع اهبل اثقل اغلس",
         r"(?:انت|انتي|انتا|يا|هي|هو|هاي|هذي|هاد|هادي|هذا|ده|دي|هيه|هوه) (?:\S+ )?" + _ELATIVE_AR
         + r" (?:" + _NOUN_AR + r"(?: \S+)?|" + _LOC_AR + r")"),
    rule("bullying:insult", "bullying",
         "a2ba7 a2bah aqba7 a2ba7 awsa5 aghba a8ba a8bi aghbi asman atkhan at5an aw7ash awhash "
         "a7qar ahqar atfah askhaf as5af afshal",
         az(r"\b(?:enta|enti|inta|inti|anta|anti|ente|inte|hya|hiya|heya|howa|huwa|hoa) (?:\S+ )?"
            r"(?:a2ba7|aqba7|a2bah|aws5|awsakh|a8ba|a8bi|aghba|aghbi|asman|at5an|atkhan|aw7ash|"
            r"awhash|a7qar|ahqar|atfah|as5af|askhaf|afshal) (?:bent|bint|walad|wa7ed|wahed|"
            r"wa7da|wahda|shakhs|insan|ensan|talb|taleb|talba|bnya|3ayel|3ayla)\b")),
    # hi: "tu class ka sabse ganda ladka hai", "वो सबसे बदसूरत लड़की है"
    rule("bullying:insult", "bullying", "sabse sbse सबसे",
         r"\b(?:tu|tum|tujhse|tere) (?:\w+ ){0,3}?(?:sabse|sbse) " + _HI_ADJ + r"\b|"
            r"\b(?:wo|woh|vo|voh|vah|ye|yeh|yah|ye wali|woh wali|wo wala) (?:\w+ ){0,3}?(?:sabse|"
            r"sbse) " + _HI_ADJ + r" " + _HI_NOUN + r"\b|"
            r"\b(?:class|school|group|mohalle|duniya) (?:ka|ki|ke|mein|me|m) (?:sabse|sbse) "
            + _HI_ADJ + r" " + _HI_NOUN + r"\b|"
            r"(?:तू|तुम)(?: \S+){0,3}? सबसे " + _HI_D_ADJ + r"|(?:वो|वह|ये|यह)(?: \S+){0,3}? सबसे "
            + _HI_D_ADJ + r" " + _HI_D_NOUN + r"|(?:क्लास|स्कूल|कक्षा) (?:का|की|के|में) सबसे "
            + _HI_D_ADJ + r" " + _HI_D_NOUN,
         requires="tu tum tujhse tere wo woh vo voh vah ye yeh yah class school group "
                     "mohalle duniya तू तुम वो वह ये यह क्लास स्कूल कक्षा"),
    # zh: "你长得这么丑", "你是全班最丑的", "她是我们班最胖的"
    zrule("bullying:insult", "bullying", "你 她 他 最",
          r"你(?:长得|长的)(?:真|好|太|这么|那么|也太|超|超级|特别|巨|又)?(?:丑|胖|恶心|难看|"
          r"猥琐)|你是(?:我们|咱们)?(?:全班|全校|全年级|班上|班里|班|学校里?|年级里?|世界上)?最(?:丑|胖|"
          r"蠢|笨|恶心|难看|没用|傻|招人烦)的?|(?:她|他)是(?:我们|咱们)?(?:全班|全校|全年级|"
          r"班上|班里|班|学校里?|年级里?)最(?:丑|胖|蠢|笨|恶心|难看|没用|傻)的?|"
          r"(?:全班|全校|我们班)最(?:丑|胖|蠢|笨|恶心|讨厌)的(?:人|女生|男生|那个)?(?:就是|是)你"),
]

# -- animal and object names in a pointing / addressing frame ----------------
_ANIMAL_EN = r"(?:whale|cow|pig|hippo|elephant|walrus|beached whale|fat cow|fat pig|heifer|sow)"
_NOT_ANIMAL_EN = (r"(?! (?:at|in|on|from|of|near) (?:the |a |that |this )?(?:zoo|aquarium|farm|"
                  r"field|sea|ocean|beach|wild|documentary|video|picture|museum|park|safari|"
                  r"show|water|barn|tank|pen|meadow|national)|(?: is| are)? (?:swimming|"
                  r"eating|jumping|breaching|grazing|sleeping|mooing|oinking|video|picture|"
                  r"drawing|photo|calf|cub|baby)|s? (?:in|at) )")
RULES += [
    # en: "look at this whale lol", "omg look at that fat cow", "ew look at this pig"
    rule("bullying:insult", "bullying", "whale cow pig hippo elephant walrus heifer sow",
         r"\b(?:look at|lookit|look|omg look at|everyone look at|guys look at|ew look at) "
         r"(?:this|that|the|her|him) (?:fat |ugly |big |stupid |disgusting )?" + _ANIMAL_EN
         + r"\b(?:" + _END + r"|" + r" (?:trying|walking|eating|thinking|in (?:her|his) "
         r"(?:new|tight|pe|gym)|with (?:her|his)|go|she|he)\b)|"
         r"\b(?:this|that) (?:fat|ugly|disgusting|stupid|smelly) " + _ANIMAL_EN + r"\b"
         + _NOT_ANIMAL_EN, requires="look lookit this that"),
    # es: "mira esa vaca jaja", "mira a esta ballena", "esa gorda ballena"
    rule("bullying:insult", "bullying",
         "ballena vaca cerda cerdo foca marrana marrano puerca puerco orca hipopotama "
         "hipopotamo",
         r"\b(?:mira|miren|mirad|vean|ve|mirala|miralo) (?:a |la cara de |la cara a )?(?:esta|esa|"
         r"este|ese|aquella|aquel|la|el) (?:gorda |fea |asquerosa |)?(?:ballena|vaca|cerda|cerdo|"
         r"foca|marrana|marrano|puerca|puerco|orca|hipopotama|hipopotamo)\b(?! (?:en el|en la|del"
         r"|de la|que (?:nada|come|salta|vimos)|bebe|marina|azul))|"
         r"\b(?:esta|esa|aquella) (?:gorda|fea|asquerosa) (?:ballena|vaca|cerda|foca|marrana|"
         r"puerca|orca)\b"),
    # pt: "olha a cara dessa baleia", "olha essa baleia kkkk", "essa vaca gorda"
    rule("bullying:insult", "bullying", "baleia vaca porca porco orca hipopotamo leitoa",
         r"\b(?:olha|olhem|olhe|ve|vejam|viu|repara|reparem) (?:so |a cara |o tamanho |o jeito )?"
         r"(?:dessa|desse|daquela|daquele|essa|esse|aquela|aquele|esta|este|a|o) (?:gorda |feia |"
         r"nojenta |)?(?:baleia|vaca|porca|porco|orca|hipopotamo|leitoa)\b(?! (?:no|na|do|da|que "
         r"(?:nada|pula|come)|azul|jubarte|bebe|filhote|encalhada))|"
         r"\b(?:essa|aquela|dessa|daquela|sua) (?:baleia|vaca|porca|orca) (?:gorda|feia|nojenta|"
         r"imunda|escrota)\b"),
    # fr: "cette grosse vache", "regarde cette baleine mdr", "espèce de truie"
    rule("bullying:insult", "bullying", "vache baleine truie cochon porc thon boudin guenon",
         r"\b(?:cette|ce|cet|la|le|t'as vu|tas vu|regarde|regardez|vise|visez|matez|mate)"
         r"(?: cette| ce| la| le)? (?:grosse|gros|sale|vieille|moche|immonde) (?:vache|baleine|"
         r"truie|cochon|porc|thon|boudin|guenon)\b|"
         r"\b(?:regarde|regardez|vise|visez|matez|mate|t'as vu|tas vu) (?:moi )?(?:cette|ce|la|le)"
         r" (?:vache|baleine|truie|cochon|porc|thon|boudin|guenon)\b" + _END + r"|"
         r"\b(?:espece de|sale) (?:vache|truie|baleine|cochonne|porc|guenon)\b"),
    # it: "questa balena", "guarda quella vacca ahah", "sei una balena"
    rule("bullying:insult", "bullying", "balena vacca maiala maiale scrofa foca cicciona",
         r"(?:^|[.!?] )(?:guarda |guardate |ecco |ma |ahah |eccola |eccolo )?(?:questa|quella|sta|"
         r"quel|quello|sto) (?:grassa |grossa |brutta |)?(?:balena|vacca|maiala|maiale|scrofa|foca|"
         r"cicciona)\b" + _END + r"|"
         r"\b(?:guarda|guardate|ecco) (?:questa|quella|sta|quel|quello) (?:grassa |grossa |brutta"
         r" |)?(?:balena|vacca|maiala|maiale|scrofa|foca|cicciona)\b(?! (?:nel|nella|al|allo|"
         r"alla|in|del|della|che (?:nuota|salta|mangia)))|"
         r"\b(?:sei|sembri) (?:proprio |davvero |solo )?(?:una|un) (?:grassa |grossa |brutta |)?"
         r"(?:balena|vacca|maiala|maiale|scrofa|foca|cicciona)\b",
         requires="guarda guardate ecco ma ahah eccola eccolo questa quella sta quel quello sto "
                  "sei sembri"),
    # de: "schau dir diese kuh an", "guck mal die fette kuh", "diese fette sau"
    rule("bullying:insult", "bullying", "kuh sau schwein wal walross nilpferd elefant",
         r"\b(?:schau|guck|seht|schaut|guckt|kuck|kuckt)(?: mal| euch| dir| doch)*(?: mal)? "
         r"(?:diese|die|den|das|dieses|diesen|sich diese) (?:fette |dicke |hassliche |)?(?:kuh|"
         r"sau|schwein|wal|walross|nilpferd|elefant)\b(?! (?:auf|im|i am|in|am|beim|bei) )|"
         r"\b(?:diese|die|du) (?:fette|dicke|hassliche|blode) (?:kuh|sau|wal|walross|nilpferd|"
         r"elefantin|elefant|schwein)\b"),
    # ru: "посмотрите на эту корову", "ну ты и корова", "эта жирная свинья"
    rule("bullying:insult", "bullying", "корову корова свинью свинья кита слониху бегемота "
         "бегемот слониха хрюшка хрюшку",
         r"\b(?:посмотри|посмотрите|гляньте|глянь|смотри|смотрите|зацени|зацените) на (?:эту|этого"
         r"|ее|его|нашу) (?:жирную |тупую |толстую |)?(?:корову|свинью|слониху|бегемота|хрюшку|кита)"
         r"\b(?! (?:в|на|из) )|"
         r"\bну ты и (?:жирная |тупая |толстая |)?(?:корова|свинья|слониха|бегемот|хрюшка)\b|"
         r"\b(?:эта|этот|ты) (?:жирная|тупая|толстая|жирныи|толстыи) (?:корова|свинья|слониха|"
         r"бегемот|хрюшка)\b"),
    # ar: "شوفوا هالبقره", "انظروا لهذه البقره", "بصوا على الجاموسه دي"
    rule("bullying:insult", "bullying",
         "شوف شوفي شوفوا شوفو بص بصي بصوا بصو انظر انظروا انظري طالع طالعوا طالعو",
         r"(?:شوف|شوفي|شوفوا|شوفو|بص|بصي|بصوا|بصو|انظر|انظروا|انظري|طالع|طالعوا|طالعو) (?:على |ع |"
         r"الى |ل)?(?:هذه |هذي |هاي |هذا |هاد |لهذه |لهذي |لهاي |لهذا )?(?:هال|ال|لل)?(?:بقره|"
         r"جاموسه|خنزيره|خنزير|فيله|فيل|حماره|دبه|بقرة|جاموسة)(?! (?:في|بال|ب) ?(?:ال)?(?:مزرعه|"
         r"حقل|غيط|حديقه|زريبه|فيديو|صوره))"),
    rule("bullying:insult", "bullying",
         "shof shoof shofo shoufo shoufi shofi bos boso bosso ba2ara ba2ra bagara jamoosa "
         "gamoosa 5anzeera",
         az(r"\b(?:shof|shoof|shofo|shoufo|shoufi|shofi|bos|boso|bosso|bossi) (?:3la |3ala |"
            r"3a )?(?:hal|el|hay el|hadi el|di el)?(?:ba2ara|ba2ra|bagara|jamoosa|gamoosa|5anzeera"
            r"|5anzeer|feela|dobba)\b")),
    # hi: "dekh is bhains ko", "ye bhains dekho", "इस भैंस को देखो"
    rule("bullying:insult", "bullying", "bhains bhens bhainsa hathi haathi gainda भैंस हाथी गैंडा",
         r"\b(?:dekh|dekho|dekhna|dekhiye|dekhlo|dekh lo) (?:is|us|iss|uss|ye|yeh|ise|isko|"
            r"isse) (?:moti |kaali |)?(?:bhains|bhens|bhainsa|hathi|haathi|gainda|suar)\b"
            r"(?![^.!?]{0,25}\b(?:doodh|kheti|tabele|tabela|gaon|khet|farm|chara|baccha|bachcha))|"
            r"\b(?:ye|yeh|is|iss|us|uss) (?:moti |kaali |)?(?:bhains|bhens|bhainsa|hathi|haathi|"
            r"gainda) (?:ko )?(?:dekho|dekh|dekhna|dekhlo|dekh lo|ko dekho)\b"
            r"(?![^.!?]{0,20}\b(?:doodh|kheti|tabele|tabela|gaon|khet|farm|chara))|"
            r"(?:देख|देखो|देखिए) (?:इस|उस|ये|इसे) (?:मोटी )?(?:भैंस|हाथी|गैंडा)|(?:ये|इस|उस) "
            r"(?:मोटी )?(?:भैंस|हाथी|गैंडा) (?:को )?(?:देखो|देख)"),
    # zh: "你这头猪", "看那头肥猪", "死肥猪"
    zrule("bullying:insult", "bullying", "猪",
          r"你(?:这|这个|个)?(?:头|只)?(?:肥猪|母猪|死猪|蠢猪|猪头|胖猪)|你这(?:头|只)猪|"
          r"看(?:这|那)(?:头|只|个)?(?:肥猪|母猪|死肥猪|死胖子)|死肥猪|"
          r"看(?:这|那)(?:头|只)猪(?=$|[。!?哈笑])"),
]

# -- exclusion: third person or the reader; out of the group -----------------
RULES += [
    # en: "nobody can stand her", "no one likes him lol", "get out of the group"
    rule("bullying:exclusion", "bullying", "stand likes wants invited talks sits",
         r"\b(?:no one|everyone|literally no one|not one person|the whole (?:class|school|year))"
         r" (?:can|could|will) (?:not |even |ever |actually )*stand (?:her|him|you|them)\b|"
         r"\bno one (?:even |actually |ever |here )?(?:likes|wants|invited|talks to|sits with|"
         r"cares about) (?:her|him)" + _END + r"|\bno one (?:even |actually |ever |here )?"
         r"(?:likes|wants|invited|talks to|sits with|cares about) (?:her|him) (?:here|in "
         r"(?:the|our|this) (?:group|class|chat|school|gc))\b",
         requires="no everyone literally not whole"),
    rule("bullying:exclusion", "bullying", "group chat gc server squad",
         r"(?:^|[.!?] )(?:just |now |please |pls |so |ok |okay |like |bro |yo |omg )?(?:get out "
         r"of|leave|gtfo of|get lost from|go away from|get off) (?:the|this|our|my) (?:group|chat|"
         r"gc|group chat|server|squad)(?: (?:now|already|loser|freak|nobody wants you|no one "
         r"wants you|weirdo|idiot|you are not welcome))*" + _END,
         requires="get leave gtfo go off"),
    # es pt fr de it: clitic object + "stand" verb; "sal del grupo"
    rule("bullying:exclusion", "bullying", "nadie ninguem personne niemand keiner nessuno",
         r"\bnadie (?:la|lo|le|les|los|las|te) (?:soporta|aguanta|quiere|traga|banca|bancan|puede "
         r"ver|invito)\b|\bnadie (?:puede|quiere) (?:soportarla|soportarlo|aguantarla|aguantarlo|"
         r"verla|verlo|estar con ella|estar con el)\b|"
         r"\bninguem (?:aguenta|suporta|atura|gosta de|quer|curte|chama) (?:ela|ele|voce|vc|video "
         r"call|tu|ti)\b|\bninguem (?:aguenta|suporta|atura|gosta|quer saber|curte) (?:dela|dele|"
         r"de voce)\b|\bninguem (?:a|o|te) (?:aguenta|suporta|atura|quer|chama)\b|"
         r"\bpersonne (?:ne |n')?(?:la|le|l'|te|t'|les) ?(?:supporte|aime|calcule|peut (?:pas )?"
         r"(?:supporter|blairer|encadrer|saquer|voir)|veut|invite)\b|\bpersonne (?:ne )?peut (?:la|"
         r"le|te|les) (?:supporter|blairer|encadrer|saquer|voir)\b|"
         r"\b(?:niemand|keiner) (?:kann|mag) (?:sie|ihn|dich) (?:\w+ )?(?:leiden|ausstehen|ab)\b|"
         r"\b(?:niemand|keiner) (?:mag|will) (?:sie|ihn)(?: hier| in der (?:gruppe|klasse))?"
         + _END + r"|"
         r"\bnessuno (?:ti|la|lo|vi|li|le) (?:sopporta|vuole|sopportano|caga|considera|ama|puo "
         r"sopportare|invita|sopporta piu)\b"),
    rule("bullying:exclusion", "bullying",
         "sal salte vete largate sai saia vaza sors degage casse barre verlass raus hau verpiss "
         "esci vattene "
         "fuori",
         r"(?:^|[.!?] )(?:ya |ahora |pues |tipo |so |ja |bref |alors |jetzt |mal |ora |dai )?"
         r"(?:sal|salte|vete|largate|sai|saia|vaza|sors|degage|casse toi|barre toi|verlass|raus "
         r"aus|hau ab aus|verpiss dich aus|esci|vattene|fuori) (?:del|de este|de nuestro|de la|do|"
         r"desse|deste|da|du|de ce|de notre|die|der|dem|unserer|dal|dalla|da questo|da questa|"
         r"dallo) (?:grupo|chat|conversa|groupe|gruppe|gruppo|chat di classe|gc)(?: (?:ya|agora|"
         r"ja|maintenant|sofort|subito|ahora))?" + _END),
    # ru: "никто тебя не терпит", "никто её не выносит", "вали из чата"
    rule("bullying:exclusion", "bullying", "никто вали вылетаи проваливаи убираися выметаися",
         r"\bникто (?:тебя|ее|его|их) (?:здесь |тут |в классе )?не (?:терпит|выносит|любит|"
         r"переваривает|уважает|хочет видеть|ждет|звал)\b|\b(?:тебя|ее|его) (?:здесь |тут )?никто "
         r"не (?:терпит|выносит|переваривает|хочет видеть|звал)\b|"
         r"\b(?:вали|вылетаи|проваливаи|убираися|выметаися|пошла вон|пошел вон|уходи) (?:отсюда "
         r")?(?:из|вон из) (?:нашего )?(?:чата|группы|беседы|класса|нашеи группы)\b"),
    # ar: "محد يطيقها", "اطلع من الجروب"; Arabizi "etla3 mn el group"
    rule("bullying:exclusion", "bullying",
         "محد ماحد محدش ماحدا حد احد اطلع اطلعي اطلعوا اخرج اخرجي انقلع انقلعي",
         r"(?:محد|ما حد|محدش|ماحد|ولا حد|ولا احد|لا احد|ما حدا|ماحدا|محدا) (?:\S+ )?(?:يطيقها|"
         r"يطيقه|بيطيقها|بيطيقه|يطيقونها|يطيقونه|يتحملها|يتحمله|بيتحملها|بيطيقهاش|بيطيقوش|يبيها|"
         r"يبغاها|عايزها|يحبها|بيحبها|بيحبهاش)\b|"
         r"(?:^|[.!?] )(?:اطلع|اطلعي|اطلعوا|اطلعو|اخرج|اخرجي|انقلع|انقلعي|برا|بره) (?:من|برا|بره) "
         r"(?:ال|هال)?(?:جروب|قروب|مجموعه|شات|صف|فصل|كلاس)" + _END),
    rule("bullying:exclusion", "bullying", "etla3 itla3 e6la3 o5rog ukhruj o5roj etla3i itla3i",
         az(r"(?:^|[.!?] )(?:etla3|itla3|e6la3|o5rog|ukhruj|o5roj|etla3i|itla3i|o5rogi) (?:mn|men|"
            r"min|mel|mil) (?:el |al |l )?(?:group|grp|chat|gruop|groub)" + _END)),
    # hi: "koi tujhe pasand nahi karta", "use koi bardasht nahi karta", "group se nikal ja"
    rule("bullying:exclusion", "bullying",
         "koi kisi nikal nikl niklo निकल कोई",
         r"\b(?:koi|koi bhi|kisi ko bhi) (?:tujhe|tumhe|use|usko|usse|tujhse|tumse|tereko|"
            r"tujhko|tumko) (?:pasand|like|bardasht|jhel|jhelta|pyaar|pyar|bhaav|bhav) (?:nahi|"
            r"nhi|nai|na) (?:karta|karti|karte|krta|krti|krte|kar sakta|kar sakti|sakta|deta)\b|"
            r"\b(?:use|usko|usse) (?:koi|koi bhi) (?:pasand|like|bardasht) (?:nahi|nhi|nai) "
            r"(?:karta|karti|karte|krta|krti|kar sakta)\b|"
            r"\b(?:group|grp|chat|class) (?:se|sey) (?:nikal|nikl|niklo|bahar nikal|nikal ja|"
            r"nikal jao|chala ja|chali ja)(?: (?:ja|jao|abhi|yaha se))?" + _END + r"|"
            r"कोई (?:तुझे|तुम्हें|तुम्हे|उसे|उसको) (?:पसंद|बर्दाश्त) नहीं (?:करता|करती|करते)|"
            r"(?:ग्रुप|चैट|क्लास) से (?:निकल|बाहर निकल|चला जा|चली जा)(?: जा| जाओ)?" + _END),
    # zh: "滚出去", "滚出我们群", "没人受得了她", "大家都受不了你"
    zrule("bullying:exclusion", "bullying", "滚 没人 没有人 谁都 谁也 大家都 所有人都",
          r"(?:^|[。!?,，])(?:你)?(?:快|赶紧|给我)?滚(?:出去|出我们的?(?:群|班|学校|圈子)|出这个"
          r"(?:群|班))(?=$|[。!?,，吧啦])|(?:没人|没有人|谁都不|谁也不)(?:受得了|忍得了|能忍受|"
          r"喜欢|想理|愿意理|愿意跟)(?:她|他)(?!们?的)|(?:谁都|谁也|大家都|所有人都|全班都)"
          r"(?:受不了|忍不了|烦|讨厌|嫌弃)(?:你|她|他)(?![们的])"),
]
