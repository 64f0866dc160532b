"""Hiding one's own self-injury marks, the fear of them being seen, and a
deep cut treated in secret, in English, Spanish, Portuguese, French, German
and Italian (the other seven languages: `selfharm_hide_marks_langs.py`).

Why: children ask how to hide their marks far more often than they name
the act, and the questions passed every rule: "how to hide cuts on thighs
for swimming class??", "we have swimming next week and my legs are covered
in lines 😭", "mum almost saw my arm today", "como tapar los cortes de las
muñecas en la playa", "wie versteck ich die narben an meinen oberschenkeln
im sportunterricht", "how do i stop a deep cut bleeding without going to
the hospital, my parents cant find out".  The older rules want a first
person hiding ("i wear sleeves to hide my scars", `selfharm.py`) or fresh
marks (`selfharm_healing.py`); a how-to question with no owner was even
excused as generic advice.  Four families, each a pair:

* **hiding marks on a body part or for a place**: a hiding verb with marks
  (scars, cuts, marks, lines, burns, bruises) on the thighs, wrists, arms,
  stomach or legs, or with PE, the pool, the beach, the changing room, a
  sleepover or a check-up ("how do u hide marks on ur stomach at a
  sleepover": the generic "you" of "asking for a friend (the friend is
  me)");
* **marks that will be seen**: a place of exposure and "my legs are
  covered in lines", "i have cuts on my thighs", "scared they'll see my
  scars" (a body part alone only with the doctor: "scared she'll see my
  thighs" at a check-up);
* **nearly seen**: "mum almost saw my arm", "casi ve mis brazos";
* **a deep cut kept from the parents**: a deep cut or bleeding that will
  not stop, with the parents not to find out.

How: the place is a second gate (any place word anywhere in the message),
not part of the match, and matches stay short: a frame reads the match, and
"on" with a beach or a sleepover named is a goodbye made ordinary by
`frames_offline.py`, "almost" reads as Portuguese "almoço" and German
"fast" as fasting in `frames_eating.py` (they stay behind a look-behind).

What passes: the owner must be the writer or nobody ("her arms", "sus
brazos", "an ihren Armen", "my friend's legs are covered in cuts" are
someone else's, and a friend's marks told to a teacher are help-seeking);
a past habit ("i used to hide"); an everyday cause named in the sentence -
a tattoo, acne, an operation, a dog bite, football, stretch marks,
chickenpox, shaving, a nosebleed, a grazed knee, cooking, a finger - leaves
it ordinary (`selfharm_hide_marks_base`), as do the causes
`frames_healing.py` reads before a cover word; a cut with no secret from
the parents (a cooking cut, a first-aid lesson) names no hiding.  The rules
are not framed as generic advice (``framed=False``): a how-to question
about the writer's own marks is the class itself, so a report of someone
else asking ("she asked me how to hide cuts for pe") is held too.  Patterns
run on the phrase form ("mom" reads "mum", "ur" "your", "y" "why", German
"im" "i am").
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_hide_marks_base import GAP, NO_CAUSE, WORD, families, family_rules
from .selfharm_hide_marks_langs import RULES as _LANGS_RULES

# -- en -------------------------------------------------------------------------------------
# not someone else hiding, nor a past habit ("why some people hide scars", "she hides", "i
# used to hide"), nor "covered in"
_HIDE_EN = (
    r"(?<!some people )(?<!they )(?<!she )(?<!he )(?<!friend )(?<!others )(?<!used to )(?:hide|hides|"
    r"hiding|hid|hidden|cover|covers|covering|covered(?! in| with)|cover up|covering up|conceal|"
    r"conceals|concealing|concealer|foundation|disguise|disguising|mask|masking|camouflage)|"
    r"so (?:no one|people|they|anyone|the teacher|my mum|mum|my parents) (?:can not |will not |"
    r"does not |do not |would not )?(?:see|sees|notice|notices|asks?)|without (?:anyone|people|them|"
    r"my mum|my parents) (?:seeing|noticing)"
)
_MARKS_EN = (
    r"(?<!stretch )(?<!tan )(?<!acne )(?<!surgery )(?<!tattoo )(?<!her )(?<!his )(?<!their )(?:scars?|"
    r"cuts|cut|marks|lines|burns|bruises|scratches|wounds|scabs|sh scars|sh marks|sh cuts|"
    r"self harm scars)(?! from (?:the |my |a )?(?:dog|cat|surgery|operation|acne|football))"
)
_PART_EN = r"thighs?|wrists?|forearms?|arms?|legs?|stomach|tummy|belly|hips?|ankles?"
# the body part is read ahead of the match: a match with "on" in it is taken for a goodbye
# ("not on tonight") by `frames_offline.py` when a beach or a sleepover is named
_MP_EN = (
    r"(?:" + _MARKS_EN + r")(?= (?:all )?(?:on|across|along|over|all over|up|down|in) (?:my |your |"
    r"the |both |both my )?(?:upper |inner |lower |left |right )?(?:" + _PART_EN + r")\b)|(?:my |"
    r"your )(?:upper |inner )?(?:thigh|wrist|arm|leg|stomach|hip) (?:scars|cuts|marks|lines)"
)
_WORRY_EN = r"scared|afraid|worried|terrified|nervous|panicking|freaking out|anxious|dreading"
# marks that will be seen: the self-injury words only (bruises, burns and one scar have
# everyday causes the message may name before them, where no look-ahead reaches)
_SMARKS_EN = r"(?<!stretch )(?<!tan )(?<!acne )(?<!surgery )(?:cuts|scars|lines|marks|sh scars|sh marks)"
_ON_PART_EN = (
    r" (?:all )?(?:on|across|along|over|all over|up|down) (?:my |both my |both )?(?:upper |inner )?(?:"
    + _PART_EN + r")\b"
)
# "can't wear a swimsuit with the scars on my thighs": the marks the clothes would show
_WITH_EN = r"with|because of|cause of|coz of|cuz of|bc of|due to"
_SEEN_EN = (
    r"(?:my|both my|and my) (?:" + _PART_EN + r") (?:are|is) (?:\w+ ){0,2}?(?:covered in|covered with|"
    r"full of) (?:\w+ )?(?:" + _SMARKS_EN + r")|(?:i have|i have got|there are) (?:\w+ ){0,2}?(?:"
    + _SMARKS_EN + r")(?=" + _ON_PART_EN + r")|(?:" + _SMARKS_EN + r")" + _ON_PART_EN + r" (?:will |"
    r"would |might |are going to )?(?:show|be visible|be seen)|(?:" + _WITH_EN + r") (?:the |my |all the |all "
    r"my |these |those |all these )?(?:" + _SMARKS_EN + r")(?=" + _ON_PART_EN + r")|(?:" + _WORRY_EN + r")\b" + GAP
    + r"{0,40}?\b(?:see|sees|notice|notices|spot|ask about) (?:my|the) (?:\w+ )?(?:" + _SMARKS_EN + r")"
)
_CHECKUP_EN = (
    r"(?:" + _WORRY_EN + r")\b" + GAP + r"{0,40}?\b(?:see|sees|notice|notices) my (?:thighs|wrists|"
    r"arms|forearms)"
)
# after "almost" / "nearly", which stay out of the match: "almost" reads as Portuguese
# "almoço" (lunch) in `frames_eating.py`, which then takes "my mum" before it for the eater
_NEAR_EN = (
    r"(?:(?<=\balmost )|(?<=\bnearly ))(?<!\bi almost )(?<!\bi nearly )(?:saw|seen|noticed|spotted|"
    r"caught sight of|found) (?:my|the) (?:upper |inner )?(?:" + _MARKS_EN + r"|" + _PART_EN + r")(?! "
    r"tattoo| piercing| on the)\b"
)
_CUT_EN = (
    r"deep cuts?|deep wound|cut (?:is |was |went )?(?:(?:way|too|really|very|super|so|"
    r"pretty) ){0,2}deep|went too deep|(?:stop|stopping|stops) (?:the |a |it |this |my " + WORD
    + r" )?(?:from )?bleeding|(?:will not|does not|is not) stop(?:ping)? bleeding|keeps bleeding|"
    r"still bleeding|bleeding (?:a lot|loads|so much|everywhere|(?:will not|does not|is not) stop)|"
    r"needs? stitches|(?:treat|clean|close|bandage) (?:a |the |my |this )?(?:deep )?(?:cut|wound|gash)"
)
_SECRET_EN = (
    r"(?:parents|mum|dad|family|carers?|step ?mum|step ?dad)(?: would| will| could| might| can not|"
    r" must not| will not| would not| are going to| is going to| will literally| can| do not|"
    r" never)? (?:find out|know|notice|freak out|kill me|ask questions)|without (?:my |"
    r"our )?(?:parents|mum|dad|family|anyone) (?:knowing|finding out|noticing|seeing)|(?:do not|"
    r"dont) want (?:my )?(?:parents|mum|dad) to (?:know|find out|see|notice)|"
    r"without telling (?:my )?(?:parents|mum|dad)|(?:can not|will not|"
    r"do not want to) tell (?:my )?(?:parents|mum|dad)"
)

# -- es -------------------------------------------------------------------------------------
_HIDE_ES = (
    r"esconder|escondo|escondes|esconda|escondan|esconderlas|esconderlos|tapar|tapo|tape|tapen|"
    r"taparlas|taparlos|taparme|ocultar|oculto|oculta|ocultan|ocultarlas|ocultarlos|cubrir|cubro|"
    r"cubrirlas|cubrirlos|disimular|disimulo|disimularlas|disimularlos|camuflar|maquillar"
)
_MARKS_ES_W = (
    r"cicatrices|cicatriz|cortes|corte|cortadas|marcas|rayas|rayitas|lineas|heridas|quemaduras|"
    r"moretones|moratones|rasgunos|aranazos"
)
_MARKS_ES = r"(?:" + _MARKS_ES_W + r")(?! de pelo| de luz)"
_PART_ES = r"muslos?|piernas?|brazos?|munecas?|panza|barriga|pancita|estomago|caderas?|antebrazos?"
_MP_ES = (
    r"(?:" + _MARKS_ES + r") (?:que tengo |que me hice |que hay )?(?:de|en|sobre|por) (?:los |las |la |"
    r"el |mis |mi |tus |tu |todo el |toda la |todos los |todas las )?(?:" + _PART_ES + r")"
)
_SEEN_ES = (
    r"(?:tengo (?:las |los |la |el )?|mis )(?:" + _PART_ES + r") (?:llen[oa]s|cubiert[oa]s|repletos|"
    r"repletas) de (?:\w+ )?(?:" + _MARKS_ES + r")|(?:tengo|hay) (?:\w+ ){0,2}?(?:" + _MP_ES + r")|"
    r"(?:con|por) (?:las |los |mis |estas |estos |todas las |todos los |esas |esos )?(?:" + _MP_ES + r")|"
    r"(?:miedo|panico|me da cosa|me preocupa|me aterra|nerviosa|nervioso)\b" + GAP + r"{0,30}?\b(?:vea|"
    r"vean|note|noten|se fije|se fijen|pregunte|pregunten)\b" + GAP + r"{0,15}?\b(?:" + _MARKS_ES + r")"
)
_NEAR_ES = (
    r"casi (?:me )?(?:ve|vio|ven|vieron|veia|descubre|descubrio|pilla|pillo|cacha|cacho|nota|"
    r"noto) (?:mis |mi |los |las |el |la )?(?:" + _MARKS_ES + r"|" + _PART_ES + r")"
)
_CUT_ES = (
    r"(?:corte|herida|tajo|cortada) (?:es |esta |quedo )?(?:muy |re |super |bastante |"
    r"demasiado )?(?:profund[oa]|hond[oa])|(?:parar|paro|detener|detengo|frenar|freno|para) (?:el |la |"
    r"un |una )?(?:sangrado|sangre|hemorragia)|no (?:para|deja|quiere dejar) de sangrar|"
    r"sigue sangrando|(?:necesito|necesita|ocupo|ocupa|hacen falta) (?:unos )?puntos|(?:curar|curo|"
    r"curarme|limpiar|limpio|cerrar|cierro|desinfectar) (?:un |el |la |una |mi )?(?:corte|herida)"
)
_SECRET_ES = (
    r"sin que (?:mis |mi )?(?:papas|padres|mama|papa|viejos|jefes|familia) (?:se enteren|se entere|"
    r"lo sepan|lo sepa|sepan|sepa|se den cuenta|se de cuenta|lo vean|lo vea|vean|vea)|(?:papas|padres|"
    r"mama|papa|viejos|jefes) (?:no )?(?:se (?:pueden|puede|deben|debe) enterar|pueden saber|"
    r"puede saber|deben saber|se enteran|se entera|se van a enterar|se va a enterar|se enterarian|"
    r"se enteraria|me matan|me mata|se dan cuenta|se van a dar cuenta|lo van a saber|lo van a ver)|"
    r"no quiero que (?:mis |mi )?(?:papas|padres|mama|papa|viejos|familia) (?:se enteren|se entere|"
    r"sepan|sepa|lo sepan|vean)"
)

# -- pt -------------------------------------------------------------------------------------
_HIDE_PT = (
    r"esconder|escondo|esconde|escondem|esconda|tapar|tapo|tampar|cobrir|cubro|cobre|disfarcar|"
    r"disfarco|disfarca|ocultar|oculto|camuflar"
)
_MARKS_PT_W = (
    r"cicatrizes|cicatriz|cortes|corte|marcas|riscos|risquinhos|linhas|feridas|queimaduras|roxos|"
    r"hematomas|arranhoes"
)
_MARKS_PT = r"(?:" + _MARKS_PT_W + r")(?! de cabelo)"
_PART_PT = r"coxas?|pernas?|bracos?|pulsos?|barriga|quadril|quadris|antebracos?"
_MP_PT = (
    r"(?:" + _MARKS_PT + r") (?:que tenho )?(?:da|das|do|dos|na|nas|no|nos|em|de|pela|pelas|pelo|"
    r"pelos)(?: minha| minhas| meu| meus)? (?:" + _PART_PT + r")"
)
_SEEN_PT = (
    r"(?:(?:to|tou|estou|fico) com (?:as |os |a |o )?|minhas |meus |minha |meu )(?:" + _PART_PT + r") "
    r"(?:\w+ )?(?:cheias|cheia|cheios|cheio|cobertas|cobertos|lotadas|lotados) de (?:\w+ )?(?:"
    + _MARKS_PT + r")|(?:tenho|to com|tou com|estou com) (?:\w+ ){0,2}?(?:" + _MP_PT + r")|(?:com|por "
    r"causa d(?:as|os|essas|esses)|pelas|pelos) (?:as |os |minhas |meus |essas |esses |todas as |todos os )?(?:"
    + _MP_PT + r")|(?:medo|"
    r"panico|nervosa|nervoso)\b" + GAP + r"{0,30}?\b(?:veja|vejam|perceba|percebam|note|notem|repare|"
    r"reparem|ver|pergunte|perguntem)\b" + GAP + r"{0,15}?\b(?:" + _MARKS_PT + r")"
)
_NEAR_PT = (
    r"quase (?:me )?(?:viu|ve|via|descobriu|pegou|percebeu|notou) (?:o |a |os |as |meu |minha |meus |"
    r"minhas )?(?:" + _MARKS_PT + r"|" + _PART_PT + r")"
)
_CUT_PT = (
    r"(?:corte|ferida|talho) (?:e |ta |esta |ficou )?(?:muito |bem |super |meio )?(?:fundo|funda|"
    r"profundo|profunda)|cortei (?:muito |bem |super |demais )?(?:fundo|profundo)|(?:parar|paro|"
    r"estancar|estanco) (?:o |a )?(?:sangramento|sangue|hemorragia)|nao para de sangrar|(?:ainda|"
    r"continua) (?:ta |esta )?sangrando|(?:preciso|precisa) (?:levar |de )?pontos|(?:cuidar|cuido|"
    r"tratar|trato|limpar|limpo|fechar|fecho) (?:de )?(?:um |o |a |uma |meu |minha )?(?:corte|ferida|"
    r"machucado)"
)
_SECRET_PT = (
    r"sem (?:que )?(?:meus |minha |meu |os |a |o )?(?:pais|mae|pai|familia|coroas) (?:saberem|"
    r"descobrirem|perceberem|verem|saber|descobrir|perceber|ver|saibam|descubram|percebam|vejam)|"
    r"(?:pais|mae|pai|familia|coroas) (?:vao|iam|vai|ia|podem|pode|vao acabar|vao me) (?:descobrir|"
    r"saber|perceber|ver|me matar|matar)|(?:pais|mae|pai) nao (?:podem|pode|devem|"
    r"deve) (?:nem )?(?:saber|descobrir|ver|sonhar)|nao quero que (?:meus |minha |meu )?(?:pais|mae|"
    r"pai) (?:saibam|saiba|descubram|descubra|vejam|veja)"
)

# -- fr -------------------------------------------------------------------------------------
_HIDE_FR = (
    r"cacher|cache|caches|cachent|planquer|planque|camoufler|camoufle|couvrir|couvre|recouvrir|"
    r"dissimuler|dissimule|masquer|maquiller"
)
_MARKS_FR = (
    r"cicatrices|cicatrice|coupures|coupure|marques|traits|lignes|blessures|brulures|bleus|griffures|"
    r"entailles|scarifications"
)
_PART_FR = r"cuisses?|jambes?|bras|poignets?|ventre|hanches?|avant bras|chevilles?"
_MP_FR = (
    r"(?:" + _MARKS_FR + r") (?:que j'ai )?(?:sur|a|aux|de|des|au niveau des?|sous) (?:mes |mon |ma |"
    r"les |le |la |tes |ton |ta |l')?(?:" + _PART_FR + r")|(?:" + _MARKS_FR + r") (?:sur|de) l'avant "
    r"bras"
)
_SEEN_FR = (
    r"(?:j'ai (?:les |le |la )?|mes |mon |ma )(?:" + _PART_FR + r") (?:\w+ )?(?:pleines|pleine|pleins|"
    r"plein|couvertes|couverts|remplies|remplis) de (?:\w+ )?(?:" + _MARKS_FR + r")|j'ai (?:\w+ "
    r"){0,2}?(?:" + _MP_FR + r")|(?:avec|a cause de|a cause des) (?:les |mes |ces |toutes les |tous les )?(?:"
    + _MP_FR + r")|(?:peur|flippe|stresse|angoisse|panique)\b" + GAP
    + r"{0,30}?\b(?:voie|voient|voit|remarque|remarquent|voir|demande|demandent)\b" + GAP
    + r"{0,15}?\b(?:" + _MARKS_FR + r")"
)
_NEAR_FR = (
    r"(?:a|avait|as) (?:failli|presque|limite|carrement failli) (?:voir|vu|remarquer|remarque|"
    r"decouvrir|decouvert) (?:mes |mon |ma |les |le |la )?(?:" + _MARKS_FR + r"|" + _PART_FR + r")"
)
_CUT_FR = (
    r"(?:coupure|blessure|plaie|entaille) (?:est |etait )?(?:tres |trop |super |assez |hyper |"
    r"vraiment )?profonde|(?:coupe|coupee|entaille|entaillee) (?:trop |tres |super |"
    r"hyper )?profond(?:ement)?|arreter (?:le |la |l')?(?:saignement|sang|hemorragie)|saigne (?:encore|"
    r"toujours|trop|beaucoup)|(?:arrete|s'arrete) pas de saigner|(?:besoin de|faut des|"
    r"faut faire des) points|soigner (?:une |la |ma |cette )?(?:coupure|plaie|blessure|entaille)"
)
_SECRET_FR = (
    r"sans que (?:mes |ma |mon )?(?:parents|mere|pere|darons|daronne|daron|reum|rents|famille) (?:le |"
    r"l')?(?:sachent|sache|voient|voie|remarquent|remarque|decouvrent|decouvre|s'en rendent compte|"
    r"s'en rende compte|apprennent)|(?:parents|mere|pere|darons|daronne|daron|reum|rents) (?:vont|va|"
    r"doivent|doit|peuvent|risquent de|vont me) (?:pas )?(?:le |l')?(?:savoir|voir|remarquer|decouvrir|"
    r"tuer|apprendre)|je veux pas que (?:mes |ma |mon )?(?:parents|mere|pere|darons|daronne) (?:le |"
    r"l')?(?:sachent|sache|voient|voie)"
)

# -- de -------------------------------------------------------------------------------------
_HIDE_DE = (
    r"verstecken|versteck|verstecke|versteckst|versteckt|verdecken|verdeck|verdecke|verdeckt|abdecken|"
    r"abdecke|abdeckt|(?:deck|decke|deckt) (?:ich|man|du)|uberdecken|kaschieren|kaschiere|"
    r"uberschminken|uberschminke|verbergen|verberge|abkleben|covern"
)
_MARKS_DE = (
    r"narben|narbe|schnitte|schnitt|ritzer|ritzspuren|spuren|striche|linien|wunden|wunde|verbrennungen|"
    r"blaue flecken|blauen flecken|kratzer|scars|cuts"
)
_PART_DE = (
    r"oberschenkeln|oberschenkel|schenkeln|beinen|beine|bein|armen|arme|arm|handgelenken|handgelenke|"
    r"handgelenk|unterarmen|unterarm|bauch|hufte|huften"
)
_MP_DE = (
    r"(?:" + _MARKS_DE + r") (?:an|am|auf|von|vom|uber) (?:den |dem |der |meinen |meinem |meiner |"
    r"deinen |deinem |beiden )?(?:" + _PART_DE + r")"
)
_SEEN_DE = (
    r"(?:meine|mein) (?:" + _PART_DE + r") (?:sind|ist) (?:\w+ ){0,2}?(?:voller|voll mit|voll von|"
    r"ubersat mit) (?:\w+ )?(?:" + _MARKS_DE + r")|(?:hab|habe) (?:\w+ ){0,2}?(?:" + _MP_DE + r")|"
    r"(?:mit|wegen) (?:den |meinen |diesen |all den |der |meiner |dieser )?(?:" + _MP_DE + r")|"
    r"(?:angst|panik|schiss)\b" + GAP + r"{0,20}?\b(?:dass|das)\b" + GAP + r"{0,25}?\b(?:" + _MARKS_DE
    + r")\b" + GAP + r"{0,15}?\b(?:sieht|sehen|merkt|merken|bemerkt|fragt|fragen)"
)
# after "fast" (almost), which stays out of the match: it reads as fasting in `frames_eating.py`
_NEAR_DE = (
    r"(?<=fast )(?:meinen |meine |meinem |die |den |das )?(?:" + _MARKS_DE + r"|" + _PART_DE + r")\b"
    + GAP + r"{0,20}?\b(?:gesehen|entdeckt|bemerkt)"
)
_CUT_DE = (
    r"tiefe(?:n|r|m)? (?:schnitt|schnitte|wunde|cut)|(?:schnitt|wunde|cut) (?:ist |war )?(?:zu |sehr |"
    r"voll |echt |richtig |ziemlich )?tief|zu tief (?:geschnitten|geritzt|gemacht)|(?:blutung|"
    r"blut) (?:zu )?(?:stoppen|stillen|aufhalten)|(?:stoppe|stille|stoppen|stillen|stoppt|"
    r"stillt) (?:ich |man )?(?:die |das )?(?:blutung|blut)|hort nicht auf zu bluten|"
    r"blutet (?:immer noch|noch|stark|voll|total)|genaht werden"
)
_SECRET_DE = (
    r"ohne dass (?:meine |mein |die )?(?:eltern|mama|papa|mutter|vater|familie) (?:es |das |"
    r"davon )?(?:merken|merkt|mitbekommen|mitbekommt|erfahren|erfahrt|sehen|sieht|wissen|weiss)|"
    r"(?:eltern|mama|papa|mutter|vater) (?:durfen|darf|sollen|soll) (?:das |es |davon )?(?:nicht|"
    r"nichts|nix|niemals|nie) (?:erfahren|wissen|mitbekommen|merken|sehen)|(?:merken|erfahren|sehen|"
    r"checken) (?:meine |mein )?(?:eltern|mama|papa|mutter|vater) (?:es|das)|(?:eltern|mama|papa|"
    r"mutter|vater) (?:wurden|wurde|werden|wird) (?:es |das )?(?:merken|mitbekommen|erfahren|sehen|"
    r"rausfinden)"
)

# -- it -------------------------------------------------------------------------------------
_HIDE_IT = (
    r"nascondere|nascondo|nascondi|nasconde|nascondono|nasconderle|nasconderli|coprire|copro|copri|"
    r"copre|coprono|coprirle|coprirli|mascherare|maschero|camuffare|camuffo|truccare"
)
_MARKS_IT_W = (
    r"cicatrici|cicatrice|tagli|taglio|segni|segnetti|righe|linee|ferite|ferita|bruciature|lividi|"
    r"graffi"
)
_MARKS_IT = r"(?:" + _MARKS_IT_W + r")(?! di capelli)"
_PART_IT = r"cosce|coscia|gambe|gamba|braccia|braccio|polsi|polso|pancia|fianchi|avambracci|avambraccio"
_MP_IT = (
    r"(?:" + _MARKS_IT + r") (?:che ho )?(?:(?:sulle|sui|sul|sulla|sugli|delle|dei|del|della|degli|"
    r"nelle|nei|alle|ai|su|tra le)(?: mie| miei| mia| mio)? |sull'|dell'|nell')(?:" + _PART_IT + r")"
)
_SEEN_IT = (
    r"(?:ho (?:le |i |la |il )?|le mie |i miei |la mia |il mio )(?:" + _PART_IT + r") (?:\w+ "
    r")?(?:piene|piena|pieni|pieno|coperte|coperti|ricoperte|ricoperti) di (?:\w+ )?(?:" + _MARKS_IT + r")|"
    r"ho (?:\w+ ){0,2}?(?:" + _MP_IT + r")|(?:con|per|a causa de(?:lle|i|gli)) (?:le |i |queste |questi |"
    r"tutte le |tutti i |mie |miei )?(?:" + _MP_IT + r")|(?:paura|ansia|panico|terrore)\b" + GAP
    + r"{0,30}?\b(?:veda|vedano|noti|notino|vedere|chieda|chiedano)\b" + GAP + r"{0,15}?\b(?:"
    + _MARKS_IT + r")"
)
_NEAR_IT = (
    r"(?:stava per|ha quasi|quasi|per poco non) (?:mi )?(?:vedere|visto|vede|vedeva|scoprire|scoperto|"
    r"notare|notato) (?:il mio |la mia |i miei |le mie |il |la |i |le )?(?:" + _MARKS_IT + r"|"
    + _PART_IT + r")"
)
_CUT_IT = (
    r"(?:taglio|ferita) (?:e |era )?(?:molto |troppo |super |bello |parecchio )?profond[oa]|"
    r"(?:tagliato|tagliata) (?:troppo |molto )?(?:a fondo|profondo|in profondita)|(?:fermare|fermo|"
    r"bloccare|blocco) (?:il |la |l')?(?:sangue|emorragia|sanguinamento)|non smette di sanguinare|"
    r"sanguina ancora|(?:servono|ci vogliono) (?:i |dei )?punti|(?:curare|curo|medicare|disinfettare|"
    r"chiudere) (?:un |il |la |una |sto |questo |questa )?(?:taglio|ferita)"
)
_SECRET_IT = (
    r"senza che (?:i miei genitori|i miei|mia madre|mio padre|mamma|papa|nessuno) (?:lo |"
    r"se ne )?(?:sappiano|sappia|scoprano|scopra|vedano|veda|accorgano|accorga)|(?:i miei|mia madre|"
    r"mio padre|mamma|papa|genitori) (?:non )?(?:lo |se ne |mi )?(?:devono |deve |possono |"
    r"puo )?(?:sapere|saperlo|scoprono|scopre|scoprirebbero|scoprirebbe|scopriranno|scoprira|sanno|"
    r"saprebbero|vedono|vede|accorgono|accorge|ammazzano|uccidono)|non voglio che (?:i miei|mia madre|"
    r"mio padre|mamma|papa) (?:lo )?(?:sappiano|sappia|scoprano|scopra|vedano|veda)"
)



def _w(alternatives: str) -> str:
    """Trigger words of an alternation of plain words ("arms?": both forms)."""
    out: list[str] = []
    for alt in alternatives.split("|"):
        for w in alt.split():
            out += [w[:-2], w[:-2] + "s"] if w.endswith("s?") else [w]
    return " ".join(out)


# clothes that show the legs or arms: a place of exposure like the pool
_CLOTHES_EN = "swimsuit swimsuits swimwear bikini shorts crop sleeveless"
_PARENTS_EN = "parents parent mum mom mother dad father family carer carers stepmum stepdad step anyone"
RULES: list[Rule] = [
    *family_rules(
        families(_HIDE_EN, _MARKS_EN, _MP_EN, _SEEN_EN, _NEAR_EN, _CUT_EN, _SECRET_EN),
        "hide hides hiding hid hidden cover covers covering covered conceal conceals concealing "
        "concealer foundation disguise disguising mask masking camouflage notices notice sees noticing "
        "seeing",
        "scar scars cuts cut marks lines burns bruises scratches wounds scabs",
        "pe gym swimming swim pool beach changing locker sleepover sleepovers checkup checkups "
        "physical doctor doctors nurse summer residential camp trip " + _CLOTHES_EN,
        "almost nearly",
        "deep stop stopping stops bleeding stitches treat clean close bandage",
        _PARENTS_EN, _w(_PART_EN)),
    *family_rules(
        families(_HIDE_ES, _MARKS_ES, _MP_ES, _SEEN_ES, _NEAR_ES, _CUT_ES, _SECRET_ES),
        _w(_HIDE_ES), _w(_MARKS_ES_W),
        "educacion fisica gimnasia gym natacion piscina pileta alberca playa vestuario vestuarios "
        "vestidor vestidores pijamada piyamada revision chequeo medico medica doctor doctora pediatra "
        "enfermera verano campamento excursion banador banadores bikini short shorts",
        "casi",
        "corte herida tajo cortada parar paro detener detengo frenar freno para sangrar sangrando "
        "necesito necesita ocupo ocupa hacen curar curo curarme limpiar limpio cerrar cierro "
        "desinfectar",
        "papas padres mama papa viejos jefes familia", _w(_PART_ES)),
    *family_rules(
        families(_HIDE_PT, _MARKS_PT, _MP_PT, _SEEN_PT, _NEAR_PT, _CUT_PT, _SECRET_PT),
        _w(_HIDE_PT), _w(_MARKS_PT_W),
        "educacao fisica natacao piscina praia vestiario vestiarios pijama pijamada exame medico "
        "medica pediatra enfermeira checkup verao acampamento excursao biquini biquinis maio short "
        "shorts",
        "quase",
        "corte ferida talho cortei parar paro estancar estanco sangrar sangrando preciso precisa "
        "cuidar cuido tratar trato limpar limpo fechar fecho",
        "pais mae pai familia coroas", _w(_PART_PT)),
    *family_rules(
        families(_HIDE_FR, _MARKS_FR, _MP_FR, _SEEN_FR, _NEAR_FR, _CUT_FR, _SECRET_FR),
        _w(_HIDE_FR), _w(_MARKS_FR),
        "leps eps sport piscine plage vestiaire vestiaires pyjama medicale medecin infirmiere "
        "linfirmiere linfirmerie ete lete colo colonie maillot bikini short shorts",
        "failli presque limite",
        "coupure blessure plaie entaille coupe coupee entaillee trop arreter saigne saigner points "
        "soigner",
        "parents mere pere darons daronne daron reum rents famille", _w(_PART_FR)),
    *family_rules(
        families(_HIDE_DE, _MARKS_DE, _MP_DE, _SEEN_DE, _NEAR_DE, _CUT_DE, _SECRET_DE),
        _w(_HIDE_DE.replace("(?:deck|decke|deckt) (?:ich|man|du)", "deck|decke|deckt")),
        _w(_MARKS_DE),
        "sportunterricht sport sportstunde schwimmunterricht schwimmen schwimmbad freibad hallenbad "
        "strand umkleide umkleiden umkleidekabine ubernachtung pyjamaparty pyjama arzt arzttermin "
        "arztin kinderarzt untersuchung sommer klassenfahrt badeanzug bikini badehose shorts",
        "fast",
        "tiefe tiefen tiefer tiefem tief blutung blut stoppe stille stoppen stillen stoppt stillt "
        "bluten blutet genaht",
        "eltern mama papa mutter vater familie", _w(_PART_DE)),
    *family_rules(
        families(_HIDE_IT, _MARKS_IT, _MP_IT, _SEEN_IT, _NEAR_IT, _CUT_IT, _SECRET_IT),
        _w(_HIDE_IT), _w(_MARKS_IT_W),
        "educazione fisica ginnastica palestra piscina spiaggia mare spogliatoio spogliatoi pigiama "
        "dormire visita medica medico dottore dottoressa pediatra estate gita campo costume bikini "
        "pantaloncini",
        "quasi stava poco",
        "taglio ferita tagliato tagliata fermare fermo bloccare blocco sanguinare sanguina servono "
        "vogliono curare curo medicare disinfettare chiudere",
        "miei madre padre mamma papa genitori nessuno", _w(_PART_IT)),
    # a body part alone is feared seen only at the doctor's: "scared she'll see my thighs"
    rule("self_harm:concealment", "self_harm",
         "scared afraid worried terrified nervous panicking freaking anxious dreading",
         rf"\b(?:{_CHECKUP_EN})\b{NO_CAUSE}", framed=False,
         requires="doctor doctors nurse checkup checkups physical gp"),
]
RULES += _LANGS_RULES
