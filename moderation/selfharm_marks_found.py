"""Fear of one's own self-injury marks or blades being seen or found, in
English, Spanish, Portuguese, French, German and Italian (the other seven
languages: `selfharm_marks_found_langs.py`).

Why: "my mom will kill me if she sees my cuts" and "my dad will kill me if
he finds my blades" were shown to other children, and "i hope my mom
doesnt see my cuts", "my mom cant see my cuts", "scared my mum will see the
scars on my arm" were held only by the learned scorer with a thin margin.
The marks-will-be-seen family of `selfharm_hide_marks.py` wants a place of
exposure (PE, the pool, a check-up) as its second gate, and a parent who
"will kill me" is an everyday trouble for `frames_in_trouble.py`; neither
reads a person finding MY cuts, scars, wounds, blades or razor, or the
blood on my sleeves.  The class: someone (a parent, a sibling, a teacher, a
nurse, a friend, "anyone") seeing, finding, noticing or asking about them,
said with a condition ("if she sees", "when he finds"), a hope or a fear
("i hope", "scared", "praying she doesn't"), a must-not ("can't see", "can
never find out about") or a consequence ("will kill me", "will freak out").

How: one rule a language (the hide-marks family's name), triggered by the
mark and blade words, with the seeing verbs as its second gate and the
owner's words ("my cuts", "mis ", "meine") tested before any regex.  The match
is an empty one at the start of a message that names no everyday cause
anywhere (`selfharm_marks_found_base.held`: the family's cause list plus
crafts, skates, shaving and school marks), so a frame has nothing to
read and the rules are not framed.

What passes: someone else's marks ("her cuts", "my sister's scars", "los
cortes de mi hermana": the owner must be the writer - "my", "mis", "meine",
"мои", a Turkish possessive, "我的"); marks with an everyday cause named
anywhere in the message (a cat scratch, a tattoo, cooking, a bike fall,
stretch marks, acne, shaving); a phone, a vape or a bad test found (no mark
word); blades with no owner ("the craft blades"); advice and topic talk,
which name no owner ("if your parents see cuts on you"); a fear told as
over ("i used to be scared she'd see my scars, now she knows", "раньше
боялась ... теперь она знает").
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_hide_marks import _PART_DE, _PART_EN, _PART_ES, _PART_FR, _PART_IT, _PART_PT
from .selfharm_hide_marks_base import GAP
from .selfharm_marks_found_base import found, held
from .selfharm_marks_found_base import mark_rule as _rule
from .selfharm_marks_found_langs import RULES as _LANGS_RULES

# -- en -------------------------------------------------------------------------------------
_SEER_EN = (
    r"(?:(?:my|the|our|a|any) )?(?:school |pe |form |class |head |big |little |older |younger )?"
    r"(?:mum|dad|mother|father|parents|parent|mama|step ?mum|step ?dad|"
    r"sister|brother|siblings?|teachers?|coach|nurse|doctor|gp|therapist|friends?|bestie|bf|gf|"
    r"boyfriend|girlfriend|grandma|nan|nana|gran|grandad|grandpa|aunt|auntie|uncle|family|carers?|"
    r"someone|somebody|anyone|anybody|everyone|people|she|he|they|mum and dad)"
)
_MODAL_EN = (
    r"(?:'ll|'d| (?:will|would|might|could|can|may|is going to|are going to|is gonna|are gonna|"
    r"gonna|does not|do not|did not|can not|will not|would not|must not|should not|better not|"
    r"can never|will never|must never|never|is bound to|is about to))(?: ever| actually| finally| "
    r"eventually| not| just)?"
)
_SEE_EN = r"see|find|notice|spot|discover|find out about|ask about|ask me about|catch sight of|look at"
_SEE3_EN = (
    r"sees|finds|notices|discovers|finds out about|asks about|asks me about|saw|found|noticed|spotted|"
    r"discovered|found out about|asked about|looks at|catches sight of|ever sees|ever finds"
)
_OWN_EN = (
    r"(?:my|all my|any of my|one of my) (?:fresh |new |old |deep |recent |latest |ugly |red |"
    r"healing |hidden |secret |self harm |sh |arm |wrist |thigh |leg |stomach |hip )?(?:cuts|scars|"
    r"wounds|blades|razors|razor blades|razor(?! scooter)|sharpener blades|bandages)|the (?:fresh |new |"
    r"old |deep |red )?(?:cuts|scars|marks|wounds|lines|scratches|cut|scar)(?= (?:on|all over|up|"
    r"down|across|along) (?:my |both my )(?:upper |inner |lower |left |right )?(?:" + _PART_EN + r")\b)|"
    r"the (?:blades|razor blades|blade|razors) (?:i hid|i hide|i keep|i use|in my|under my|hidden in)|"
    r"the (?:blood|bloodstains|blood stains) on my (?:sleeves?|sheets|bed|towels?|hoodie|jumper|"
    r"sweater|clothes|shirt|tissues|pillow)|my (?:bloody|bloodstained|blood stained) (?:sleeves?|"
    r"sheets|towels?|tissues|hoodie|clothes)"
)
_CTX_EN = (
    r"if|when|whenever|once|as soon as|before|in case|what if|hope|hoping|pray|praying|scared|afraid|"
    r"worried|terrified|nervous|anxious|dread|dreading|paranoid|fear|panicking|or else|kill me|"
    r"freak out|unless"
)
_FOUND_EN = (
    rf"\b{_SEER_EN}{_MODAL_EN} (?:{_SEE_EN}) (?:{_OWN_EN})|\b(?:{_CTX_EN})\b{GAP}{{0,40}}?\b{_SEER_EN} "
    rf"(?:{_SEE3_EN}|{_SEE_EN}) (?:{_OWN_EN})|\b(?:not let|never let|can not let|will not let|do not want|"
    rf"without) {_SEER_EN} (?:to )?(?:see|seeing|find|finding|notice|noticing|find out about|"
    rf"finding out about) (?:{_OWN_EN})"
)

# -- es -------------------------------------------------------------------------------------
_SEE_ES = (
    r"ve|vea|vean|ven|vio|vieron|viera|vieran|ver|encontrar|descubrir|notar|va a ver|van a ver|"
    r"encuentra|encuentre|encuentren|"
    r"encuentran|encontro|encontrara|va a encontrar|descubre|descubra|descubran|descubren|nota|note|"
    r"noten|notan|se da cuenta de|se de cuenta de|pilla|pille|pillan|cacha|cache|se entera de|"
    r"mira|mire|pregunta por|pregunte por"
)
_OWN_ES = (
    r"(?:mis|todas mis|todos mis) (?:cortes|cicatrices|heridas|cortadas|cuchillas|navajas|hojitas|"
    r"rayas)(?! de pelo| de cabello| de luz)|mi (?:cuchilla|navaja)|(?:los|las|esos|esas|el|la) "
    r"(?:cortes|cicatrices|heridas|marcas|"
    r"cortadas|rayas|cuchillas|corte|cicatriz) (?:que tengo )?(?:de|en|sobre) (?:mis|mi) (?:"
    + _PART_ES + r")"
)
_CTX_ES = (
    r"si|cuando|ojala|miedo|panico|espero que|que no|no puede|no pueden|no debe|nunca|antes de que|"
    r"me mata|me matan|me va a matar|me van a matar|rezo|dios quiera|por favor que"
)
_CONSEQ_ES = (
    r"me mata|me matan|me va a matar|me van a matar|me mataria|se va a asustar|se va a enojar|"
    r"se muere|me lleva al psicologo|me interna|se asusta"
)

# -- pt -------------------------------------------------------------------------------------
_SEE_PT = (
    r"ver|vir|ve|veja|vejam|viu|viram|vai ver|vao ver|achar|acha|ache|achou|encontrar|encontra|"
    r"encontre|encontrou|descobrir|descobre|descubra|descobriu|perceber|perceba|percebe|percebeu|"
    r"notar|note|notou|reparar|repare|reparou|perguntar sobre"
)
_OWN_PT = (
    r"(?:meus|minhas) (?:cortes|cicatrizes|feridas|laminas|giletes|estiletes|riscos)(?! de cabelo)|minha "
    r"(?:lamina|gilete)|meu estilete|(?:os|as|esses|essas|o|a) (?:cortes|cicatrizes|feridas|marcas|"
    r"riscos|laminas|corte|cicatriz) (?:que tenho )?(?:no|na|nos|nas|do|da|dos|das|em) (?:meu |minha |"
    r"meus |minhas )?(?:" + _PART_PT + r")"
)
_CTX_PT = (
    r"se|quando|tomara|medo|espero que|nao pode|nao podem|nunca|antes que|vai me matar|vao me matar|"
    r"me mata|deus me livre|pavor|rezando"
)
_CONSEQ_PT = r"me mata|me matar|vai me matar|vao me matar|me matam|surta|surtar|vai surtar|me leva"

# -- fr -------------------------------------------------------------------------------------
_SEE_FR = (
    r"voit|voient|voie|verra|verront|verrait|verraient|voir|trouve|trouvent|trouvera|trouveront|"
    r"trouvait|decouvre|decouvrent|decouvrira|remarque|remarquent|remarquera|remarquerait|capte|"
    r"grille|tombe sur"
)
_OWN_FR = (
    r"(?:mes|toutes mes) (?:coupures|cicatrices|blessures|scarifications|scarifs|lames|rasoirs|"
    r"entailles)|ma lame|mon rasoir|(?:les|ces) (?:coupures|cicatrices|marques|traces|blessures|"
    r"lames|traits) (?:\w+ )?(?:sur|a|de|aux) (?:mes|mon|ma) (?:" + _PART_FR + r")"
)
_CTX_FR = (
    r"si|s'il|s'ils|quand|j'espere|espere|pourvu que|peur|flippe|angoisse|pas que|doit pas|doivent "
    r"pas|jamais|avant que|va me tuer|vont me tuer|me tue"
)
_CONSEQ_FR = r"va me tuer|vont me tuer|me tuer|me tue|me tuera|me tuerait|va paniquer|va flipper|va m'envoyer"

# -- de -------------------------------------------------------------------------------------
_SEE_DE = (
    r"sieht|sehen|seht|sah|sahen|gesehen|findet|finden|fand|fanden|gefunden|entdeckt|entdecken|"
    r"bemerkt|bemerken|merkt|merken|mitbekommt|mitbekommen|fragt nach"
)
_OWN_DE = (
    r"(?:meine|meinen|meiner|all meine) (?:schnitte|narben|ritzer|wunden|klingen|klinge|rasierklingen|"
    r"rasierklinge|cuts|scars|ritzwunden|ritzspuren)|(?:die|diese) (?:schnitte|narben|ritzer|wunden|"
    r"spuren|striche|klingen) (?:an|auf) (?:meinen|meinem|meiner) (?:" + _PART_DE + r")"
)
_CTX_DE = (
    r"wenn|falls|hoffentlich|hoffe|angst|panik|schiss|darf|durfen|nie|niemals|bevor|bringt mich um|"
    r"bringen mich um|killt mich"
)
_CONSEQ_DE = (
    r"bringt (?:sie |er )?mich um|bringen (?:sie )?mich um|rastet (?:sie |er )?aus|flippt (?:sie |er )?"
    r"aus|dreht (?:sie |er )?durch|schickt mich"
)

# -- it -------------------------------------------------------------------------------------
_SEE_IT = (
    r"vede|vedono|veda|vedano|vedra|vedranno|vedesse|vedessero|trova|trovano|trovi|trovino|trovera|"
    r"troveranno|scopre|scoprono|scopra|scoprira|nota|notano|noti|notasse|si accorge dei|si accorge "
    r"delle|si accorga dei|si accorga delle"
)
_OWN_IT = (
    r"(?:i miei|le mie) (?:tagli|cicatrici|ferite|lamette|lame|taglietti)(?! di capelli)|la mia lametta|(?:i|le|"
    r"quei|quelle|dei|delle) (?:tagli|cicatrici|segni|ferite|lamette) (?:\w+ )?(?:sulle|sui|sul|sulla|"
    r"sugli|nei|nelle|del|della|dei|delle|su) (?:mie|miei|mia|mio) (?:" + _PART_IT + r")"
)
_CTX_IT = (
    r"se|quando|spero|speriamo|paura|ansia|terrore|non deve|non devono|mai|prima che|mi ammazza|"
    r"mi uccide|mi ammazzano"
)
_CONSEQ_IT = (
    r"mi ammazza|mi uccide|mi ammazzano|mi uccidono|mi ammazzerebbe|impazzisce|da di matto|mi manda"
)

# every owner of `_OWN_EN` leaves one of these
_TEXTS_EN = (
    "my cuts|my scars|my wounds|my blades|my razor|my sharpener|my bandages|my fresh|my new|my old|"
    "my deep|my recent|my latest|my ugly|my red|my healing|my hidden|my secret|my self harm|my sh |"
    "my arm |my wrist|my thigh|my leg |my stomach|my hip |on my|up my|down my|across my|along my|"
    "over my|under my|in my|blades i|blade i|razors i|hidden in|my bloody|my bloodstained|"
    "my blood stained"
)

RULES: list[Rule] = [
    _rule("cuts scars wounds blades razors razor blade sharpener bandages marks lines scratches cut "
          "scar blood bloodstains bloodstained",
          held(_FOUND_EN),
          "see sees saw seen seeing find finds found finding notice notices noticed noticing spot "
          "spotted discover discovers discovered ask asks asked look looks catch catches",
          _TEXTS_EN),
    _rule("cortes cicatrices heridas cortadas cuchillas navajas hojitas rayas cuchilla navaja marcas "
          "corte cicatriz",
          held(found(_SEE_ES, _OWN_ES, _CTX_ES, _CONSEQ_ES)),
          "ve vea vean ven vio vieron viera vieran ver encuentra encuentre encuentren encuentran "
          "encontro encontrara encontrar descubrir notar descubre descubra descubran descubren nota "
          "note noten notan da de pilla pille pillan cacha cache entera mira mire pregunta pregunte",
          "mis |mi "),
    _rule("cortes cicatrizes feridas laminas giletes estiletes riscos lamina gilete estilete marcas "
          "corte cicatriz",
          held(found(_SEE_PT, _OWN_PT, _CTX_PT, _CONSEQ_PT)),
          "ver vir ve veja vejam viu viram achar acha ache achou encontrar encontra encontre "
          "encontrou descobrir descobre descubra descobriu perceber perceba percebe percebeu notar "
          "note notou reparar repare reparou perguntar",
          "meus |minhas |minha |meu "),
    _rule("coupures cicatrices blessures scarifications scarifs lames rasoirs entailles lame rasoir "
          "marques traces traits",
          held(found(_SEE_FR, _OWN_FR, _CTX_FR, _CONSEQ_FR)),
          "voit voient voie verra verront verrait verraient voir trouve trouvent trouvera trouveront "
          "trouvait decouvre decouvrent decouvrira remarque remarquent remarquera remarquerait capte "
          "grille tombe",
          "mes |mon |ma "),
    _rule("schnitte narben ritzer wunden klingen klinge rasierklingen rasierklinge cuts scars "
          "ritzwunden ritzspuren spuren striche",
          held(found(_SEE_DE, _OWN_DE, _CTX_DE, _CONSEQ_DE)),
          "sieht sehen seht sah sahen gesehen findet finden fand fanden gefunden entdeckt entdecken "
          "bemerkt bemerken merkt merken mitbekommt mitbekommen fragt",
          "meine"),
    _rule("tagli cicatrici ferite lamette lame taglietti lametta segni",
          held(found(_SEE_IT, _OWN_IT, _CTX_IT, _CONSEQ_IT)),
          "vede vedono veda vedano vedra vedranno vedesse vedessero trova trovano trovi trovino "
          "trovera troveranno scopre scoprono scopra scoprira nota notano noti notasse accorge "
          "accorga",
          "miei |mie |mia |mio "),
]
RULES += _LANGS_RULES
