"""Self-injury by a method other than plain cutting, and the means kept
ready or hidden, in the 13 languages (en es fr pt de it ru tr pl id ar hi zh).

Why: the family modules (`selfharm_hitting.py`, `selfharm_means.py`,
`selfharm_conceal.py`, `selfharm_injury_parts.py`, `selfharm_present.py`)
know the English forms and a cue-led core in a few languages; a check of
many wordings found the rest passing: "разобрала точилку ради лезвия",
"tengo la lametta nel portamonete, non esco mai senza", "我故意用开水烫手",
"aku suka nyundut tanganku pake korek", "ich drück zigaretten auf meinem
arm aus", "kalemtıraşı jileti için söktüm".  Two classes:

* **a method**: burning oneself (a lighter, cigarettes put out on the
  skin, boiling water or an iron) in the habitual present or "on purpose";
  scratching oneself until it bleeds; hitting oneself with a belt or a
  ruler; a rubber band snapped until it marks; a word carved into one's
  skin; the head against the wall where the family module has no rule
  (tr, pl, id);
* **means kept ready**: a blade carried in a wallet or pencil case with a
  cue (just in case, always, never without), a knife or blade under *my*
  pillow, a parent's razor hidden behind or under furniture, a pencil
  sharpener taken apart *for its blade*, pills not taken and saved, a blade
  in my hand right now.

What passes and why: the cores are first person (a reflexive verb, "my
pillow", a verb ending), so a film or a friend ("la chica tiene un
cuchillo debajo de la almohada") and the topic ("some teens burn
themselves") name no writer; a past burn needs "on purpose", so the oven,
tea and a glue gun stay accidents; a sharpener taken apart to fix it
names no blade; a knife in the hand is cooking, only a blade or razor is
not; scratching bites or an itch, a rubber band for hair, a pumpkin
carved, pills hidden from a little brother and a blade for a model kit are
named and excluded after the core (`_MUNDANE`).  Recovered pasts
and generic advice are excused by the self-harm frames ("generic").

Patterns run on the phrase form (accents stripped, Turkish and Polish
letters folded, Arabic letter variants folded, "й" read "и"); Chinese on
the normalised text through `zrule` (both scripts); Devanagari without a
trailing \\b.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# an everyday reason after the core, in the same sentence: cooking, crafts, an itch,
# hair, a film or a game, keeping something away from a small child
_MUNDANE = (
    r"(?![^.!?]{0,80}\b(?:cook\w*|baking|bake|baked|oven|stove|kettle|tea|coffee|soup|pasta|glue gun|"
    r"candles?|by accident|accidentally|mosquito\w*|bites?|itch\w*|eczema|rash|allerg\w*|"
    r"chicken ?pox|model|kit|crafts?|art class|project|shav\w*|hair|fix|repair|clean\w*|onions?|"
    r"pumpkin|wood|game|minecraft|roblox|film|movie|show|series|story|prank|surprise|"
    # es pt
    r"cocin\w*|horno|sarten|cafe|sin querer|sem querer|planch(?:o|ar|ando|aba)|varicel\w*|catapora|"
    r"passo roupa|passar roupa|passando roupa|stir(?:o|are|ando|avo)|repass\w*|bugeln|prasow\w*|"
    r"osp[aey]|ветрянк\w*|гладил\w*|utu yaparken|nyetrika|machhar|kaatne|katne|ناموس|الناموس|بعوض|البعوض|حساسيه|جدري|"
    r"picadura\w*|granos?|alergia|maqueta|manualidad\w*|"
    r"afeitarme|afeitarse|depil\w*|pelo|arreglar|reparar|limpiar|cebolla|calabaza|pelicula|juego|broma|"
    r"sorpresa|cozinh\w*|forno|picada\w*|espinha\w*|maquete|cabelo|consertar|arrumar|filme|"
    r"jogo|brincadeira|surpresa|abobora|"
    # fr it
    r"cuisin\w*|gateau\w*|piqure\w*|moustique\w*|bouton\w*|demange\w*|"
    r"maquette|bricolage|raser|cheveux|reparer|nettoyer|oignons?|citrouille|blague|jeu|decoup\w*|"
    r"carton|cucin\w*|"
    r"forno|biscotti|zanzar\w*|puntur\w*|brufol\w*|prurito|modellino|lavoretto|radermi|radersi|capelli|"
    r"aggiustar\w*|pulir\w*|cipoll\w*|zucca|scherzo|gioco|"
    # de
    r"koch\w*|backen|backe|gebacken|ofen|herd|tee|mucke\w*|stich\w*|juck\w*|modell|basteln|rasieren|"
    r"rasur|haare?|"
    r"reparier\w*|putzen|zwiebel\w*|kurbis|spiel|streich|"
    # ru tr pl id
    r"готовил\w*|готовлю|пекл\w*|духовк\w*|плит\w*|чаи|чаем|комар\w*|укус\w*|чеш\w*|зуд\w*|"
    r"модел\w*|почин\w*|бреюсь|бритья|волос\w*|лук|тыкв\w*|фильм\w*|игр\w*|"
    r"yemek|firin\w*|cay|cayla|sivrisinek|kasinti|maket\w*|tamir\w*|sacim\w*|saclarim\w*|sogan|"
    r"oyun\w*|film\w*|"
    r"gotow\w*|piekarnik\w*|herbat\w*|komar\w*|swedz\w*|naprawi\w*|wlos\w*|cebul\w*|"
    r"masak\w*|kompor|kue|nyamuk|gatal|gatel|benerin|rambut|bawang|"
    # hi (romanised)
    r"khana|chai|khujli|theek|thik|baal|pyaaz|"
    # keeping it away from a small child, a prank or a game of hiding
    r"little (?:brother|sister)|baby|toddler|(?:so|then) (?:he|she|they) "
    r"(?:can not|cannot|cant|could not|wont)|safety|hide and seek|scouts|camping|"
    r"hermanit[oa]|hermano pequeno|para que no (?:la |lo |las |los )?(?:alcance|coja|encuentre)|"
    r"escondite|irmaozinh[oa]|pra (?:ele|ela) nao|para (?:ele|ela) nao|esconde esconde|"
    r"petit frere|petite soeur|pour (?:pas )?qu'(?:il|elle)|securite|cache cache|kleine[nr]? bruder|"
    r"kleinen? schwester|damit (?:er|sie|mein|meine) (?:\w+ )?nicht|sicherheit|versteckspiel|fratellino|sorellina|"
    r"cosi non|sicurezza|nascondino|младш\w*|чтобы (?:он|она) не|прятки|kardes\w*|ulasamasin|"
    r"saklambac|brat\w*|siostr\w*|bezpieczenstw\w*|chowanego|adik\w*|petak umpet|chhote bhai|"
    r"choti behen|taaki (?:wo|woh|vo|bhai|behen) na|اخوي الصغير|اختي الصغيره|اخواني الصغار|مقلب|مفاجاه)\b)"
)
_G = r"[^.!?]"  # a gap inside the sentence

# -- en ---------------------------------------------------------------------------
_BODY_EN = (
    r"(?:skin|arms?|thighs?|wrists?|legs?|stomach|belly|hips?|forearms?|hands?|chest|ankles?|"
    r"shoulders?)"
)
_TOOL_EN = (
    r"(?:a |my |the )?(?:blade|compass|razor|knife|needle|pin|safety pin|scissors|sharpener blade|"
    r"glass|box cutter)"
)
_EN = (
    # burning, hitting with an object, a rubber band until it marks
    r"\bi (?:\w+ ){0,2}?(?:poured|pour|held|hold|ran|run|splashed|splash) (?:boiling|hot|scalding) water "
    r"(?:on|over|onto) my\b" + _G + r"{0,30}?\b(?:on purpose|deliberately|to punish myself|to feel "
    r"something)\b|"
    r"\bi (?:heat|heated|heating) (?:up )?(?:a |the |my )?(?:spoon|knife|lighter|coin|paperclip|key)\b"
    + _G + r"{0,30}?\b(?:press|pressed|put|hold|held) (?:it|them) (?:on|against|to|into) my\b|"
    r"\bi (?:stub|stubbed|put|press|pressed) (?:out )?(?:my |a |the )?(?:cigarettes?|cigs?|ciggies?)"
    r"(?: out)? (?:on|into|against) my (?:own )?" + _BODY_EN + r"\b|"
    r"\bi (?:always |sometimes |still |just )?(?:hit|beat|whip|whipped|smack|smacked|lash|lashed) "
    r"(?:myself|my (?:legs|arms|thighs|back|hands|wrists)) with (?:a |my |the )?(?:ruler|belt|hairbrush|"
    r"cable|stick|wire|phone charger)\b" + _MUNDANE + r"|"
    r"\b(?:snap|snapping|snapped|flick|flicking) (?:a |the |my )?(?:rubber band|hair tie|elastic)\b"
    + _G + r"{0,40}?\b(?:until|till) (?:it |they |there )?(?:leaves?|left|bleeds?|bled|marks?|welts?|"
    r"bruises?|is red|goes red|are)\b(?! (?:ok|fine)\b)|"
    # a word carved into my skin
    r"\bi (?:have |had |just |also |kind of |even )?(?:carved|carve|carving|etched|etch|engraved|"
    r"scratched|scratch|cut|sliced) (?:the words? |a word |words |letters |the letters |(?:his|her|"
    r"their|my|a|the|someones) name |(?:the |a )?word [\w']+ |(?!(?:it|myself|this|that|them|me|"
    r"him|her|my|a|the)\b)[\w']+ )(?:into|in|on|onto|across) my (?:own )?(?:left |right |upper |"
    r"inner )?" + _BODY_EN + r"\b|"
    r"\bi (?:wrote|write|drew|draw|scratched) " + _G + r"{0,30}?\b(?:into|on|in) my (?:own )?"
    + _BODY_EN + r" with " + _TOOL_EN + r"\b|"
    # a parent's razor or a knife hidden behind the furniture
    r"\bi (?:have |had |just |also )?(?:hid|hide|hidden|stashed|stash) (?:my |a |the |his |her )?"
    r"(?:(?:dads|dad's|mums|mum's|moms|mom's|fathers|father's|brothers|brother's) )?(?:razor|razors|"
    r"razor blades?|blades?|kitchen knife|knife|box cutter|stanley knife|scissors)\b" + _MUNDANE
    + _G + r"{0,25}?\b(?:behind|under|underneath|inside|in) (?:the |my )?(?:wardrobe|closet|bed|"
    r"mattress|pillow|radiator|desk|bookshelf|shelf|cupboard|floorboards?|vent|shoes?|pencil case|"
    r"wallet|phone case|bra|socks?)\b|"
    r"\b(?:there is|theres|i have|i keep|i sleep with|i put) (?:a |the |my )?(?:kitchen )?(?:knife|"
    r"blade|razor) (?:under|beneath|underneath) my (?:pillow|mattress)\b|"
    # a sharpener taken apart for its blade
    r"\b(?:broke|break|breaking|took apart|take apart|taking apart|unscrewed|unscrew|smashed|smash|"
    r"opened|dismantled|pulled apart|cracked) (?:open )?(?:my |a |the |another |two |some )?"
    r"(?:pencil )?sharpeners?(?: apart| open)?\b" + _MUNDANE + _G + r"{0,30}?\b(?:for|to get|to "
    r"take|to have|to use) (?:the |its |their |a )?(?:blades?|razors?)\b|"
    r"\b(?:got|get|took|take|taking|pulled|pull|getting|popped) (?:the |a |its )?blades? out of "
    r"(?:my |a |the )?(?:pencil )?sharpeners?\b" + _MUNDANE + r"|"
    # pills not taken and saved up
    r"\b(?:i am not|not|i do not|i have not been|i stopped|stopped|i have stopped|i pretend to|"
    r"pretending to|i only pretend to) (?:take|taking|swallow|swallowing) (?:my |the |any )?(?:pills|"
    r"meds|medication|medicine|tablets|antidepressants|sleeping pills)\b" + _G + r"{0,60}?\b(?:i am|im|"
    r"i|i have been|and|just) (?:collecting|saving|keeping|hiding|stashing|hoarding|storing|collect|save|keep|hide|"
    r"stash|hoard|store|saved|kept|hid|stashed|hoarded) (?:them|it|up|all)\b|"
    # the blade in my hand right now
    r"\b(?:i (?:have|have got|got|am holding|hold)|holding|got) (?:a |the |my )?(?:blade|blades|"
    r"razor(?! scooter)|razor blade|sharpener blade)\b (?:(?:in my hands?|right here|ready|next to "
    r"me|on my desk|beside me) )?(?:right now|rn|now|atm|at the moment)\b" + _MUNDANE + r"|"
    r"\b(?:the |a |my )?(?:blade|razor blade) (?:is |s )?(?:in my hands?|on my lap|next to me) "
    r"(?:right )?now\b" + _MUNDANE
)
_EN_TRIG = (
    "poured pour held hold ran run splashed splash heat heated heating stub stubbed put press "
    "pressed hit beat whip whipped smack smacked lash lashed snap snapping snapped flick flicking "
    "carved carve carving etched etch engraved scratched scratch cut sliced wrote write drew draw "
    "razor razors blade blades knife scissors cutter sharpener sharpeners pills meds medication "
    "medicine tablets antidepressants"
)

# -- es ---------------------------------------------------------------------------
_BODY_ES = (
    r"(?:muslos?|brazos?|piel|munecas?|piernas?|barriga|estomago|tripa|manos?|cadera|antebrazos?)"
)
_ES = (
    # burning: the present with a tool, or on purpose
    r"\bme (?:quemo|estoy quemando|sigo quemando)\b" + _G + r"{0,35}?\b(?:con|en) (?:el |la |un |"
    r"una |los |las |mi |mis )?(?:mechero|encendedor|cigarr\w*|plancha|cerillas?|fosforos?|agua "
    r"hirviendo|cuchara caliente)\b" + _MUNDANE + r"|"
    r"\b(?:me (?:quemo|queme|he quemado|quemaba)|(?:me )?(?:eche|echo|tire|tiro|puse|pongo|vierto|"
    r"verti|he echado) agua (?:hirviendo|caliente|muy caliente))\b" + _MUNDANE + _G + r"{0,50}?\b"
    r"(?:a proposito|adrede|queriendo|aposta|para castigarme|para sentir algo)\b|"
    r"\bapago (?:los |mis )?(?:cigarros|cigarrillos|pitillos|cigarros) (?:en|sobre|contra) (?:mi|mis|"
    r"el|la) " + _BODY_ES + r"\b|"
    # scratching until it bleeds
    r"\bme (?:rasco|arano|rasguno|estoy rascando|estoy aranando)\b" + _MUNDANE + _G
    + r"{0,30}?\bhasta (?:que )?(?:sangr\w*|me sale sangre|hacerme sangre|me sangr\w*)|"
    # hitting myself with an object
    r"\bme (?:pego|golpeo|doy|azoto|doy golpes)\b" + _G + r"{0,20}?\bcon (?:el |la |una |un |mi )?"
    r"(?:regla|cinturon|correa|cinto|palo)\b" + _MUNDANE + r"|"
    # a rubber band until it marks
    r"\b(?:goma|gomita|liga|elastico|gomilla)\b" + _G + r"{0,50}?\bhasta (?:que )?(?:me )?(?:deja|"
    r"deje|dejar|queda|quede|sale|salga|salen|salgan|sangr)\w*|"
    # a word carved into my skin
    r"\bme (?:escribi|escribo|grabe|grabo|marque|marco|talle|tallo|corte|corto|hice|hago)\b" + _G
    + r"{0,30}?\b(?:en|sobre) (?:el |la |mi |los |las |mis )?" + _BODY_ES + r"\b" + _G
    + r"{0,30}?\bcon (?:una |un |la |el |mi )?(?:cuchilla|navaja|compas|cuchillo|tijeras?|aguja|"
    r"hoja|cristal|cutter)\b|"
    r"\bme (?:grabe|grabo|talle|tallo|escribi|corte|marque) (?:la palabra|una palabra|palabras|"
    r"letras|su nombre|el nombre)\b|"
    # means: a knife under my pillow, a razor hidden, a sharpener taken apart
    r"\b(?:tengo|guardo|escondo|duermo con|escondi|guarde|meti|puse) (?:un |el |mi |una |la )?"
    r"(?:cuchillo|cuchilla|navaja|cuchillas)\b(?: de cocina)?" + _G + r"{0,20}?\b(?:debajo|bajo) "
    r"(?:de )?(?:la |mi )?(?:almohada|colchon)\b(?! de )" + _MUNDANE + r"|"
    r"\bdebajo de mi (?:almohada|colchon) (?:hay|tengo|guardo|escondo) (?:un |una )?(?:cuchillo|"
    r"cuchilla|navaja)\b|"
    r"\b(?:escondi|escondo|tengo escondid[ao]s?|guardo escondid[ao]s?)\b (?:la |el |una |un |las |"
    r"los )?(?:maquinilla|maquinillas|cuchilla|navaja|cuchillas|hojas? de afeitar|cuchillo|cutter|"
    r"cuter)\b" + _MUNDANE + _G + r"{0,30}?\b(?:detras|debajo|dentro|bajo|atras) (?:de|del)\b|"
    r"\b(?:desarme|desmonte|rompi|abri|desarmo|rompo|desmonto|desarmando|rompiendo) (?:el |un |mi |"
    r"los |unos |dos )?sacapuntas\b" + _MUNDANE + _G + r"{0,20}?\b(?:para|por|pa) (?:\w+ )?(?:la |las |"
    r"su |sus )?(?:cuchilla|hoja|navaja)s?\b|"
    r"\b(?:saque|saco|sacar) (?:la |las )?(?:cuchilla|hoja)s? (?:del|de mi|de un|de los) sacapuntas\b"
    + _MUNDANE + r"|"
    # pills not taken and saved; the blade in my hand now
    r"\bno me (?:tomo|estoy tomando|he tomado|tome) (?:las |los |mis )?(?:pastillas|medicinas|pastis|"
    r"antidepresivos|medicamentos|pildoras)\b" + _G + r"{0,60}?\b(?:guardo|junto|guardando|juntando|"
    r"escondo|escondiendo|acumulo|acumulando|hasta tener)\b|"
    r"\b(?:tengo|con|sostengo) (?:la |una |mi )?(?:cuchilla|navaja|hoja de afeitar|cuchillas)\b en "
    r"(?:la|mi|mis) manos?\b" + _G + r"{0,20}?\b(?:ahora|ahorita|ya|en este momento)\b" + _MUNDANE
)
_ES_TRIG = (
    "quemo quemando queme quemado quemaba hirviendo caliente apago rasco arano rasguno rascando "
    "aranando pego golpeo doy azoto goma gomita liga elastico gomilla escribi escribo grabe grabo "
    "marque marco talle tallo corte corto hice hago cuchillo cuchilla cuchillas navaja maquinilla "
    "maquinillas hoja hojas cutter cuter sacapuntas pastillas medicinas pastis antidepresivos "
    "medicamentos pildoras"
)

# -- fr ---------------------------------------------------------------------------
_BODY_FR = r"(?:peau|cuisses?|bras|poignets?|ventre|jambes?|hanches?|mains?|avant bras)"
_FR = (
    r"\bje me (?:brule|crame)\b" + _G + r"{0,35}?\b(?:avec|au|a la) (?:le |la |un |une |des |mon |"
    r"ma |mes )?(?:briquet|cigarettes?|clopes?|fer a repasser|allumettes?|eau bouillante|cuillere "
    r"chaude)\b" + _MUNDANE + r"|"
    r"\b(?:je me (?:brule|suis brulee?|suis ebouillantee?|suis (?:versee?|jetee?) de l'eau "
    r"(?:bouillante|chaude|brulante))|j'ai (?:verse|mis|jete) de l'eau (?:bouillante|brulante))\b"
    + _MUNDANE + _G + r"{0,50}?\b(?:expres|volontairement|a dessein|pour me punir|pour ressentir)\b|"
    r"\bj'eteins (?:mes |les |ma |la )?(?:cigarettes?|clopes?) sur (?:mon|ma|mes|la) " + _BODY_FR
    + r"\b|"
    r"\bje me (?:gratte|griffe|scarifie)\b" + _MUNDANE + _G + r"{0,30}?\bjusqu'(?:au sang|a "
    r"saigner|a ce que (?:ca|ma peau) saigne)|"
    r"\bje me (?:frappe|tape|fouette)\b" + _G + r"{0,20}?\bavec (?:une |ma |la |un |mon )?(?:regle|"
    r"ceinture|baton|cable)\b" + _MUNDANE + r"|"
    r"\belastiques?\b" + _G + r"{0,60}?\bjusqu'(?:a|au|aux) (?:avoir |laisser |ce qu'il (?:y ait|"
    r"reste) |ce que (?:ca|ce soit) )?(?:des )?(?:marques?|traces?|rouge|sang|saigner|bleus?)\b|"
    r"\b(?:j'ai|je me suis|je|je me) (?:grave|gravee|incise|incisee|scarifie|scarifiee)\b" + _G
    + r"{0,30}?\b(?:sur|dans) (?:ma |mon |mes |la |le |les )?" + _BODY_FR + r"\b|"
    r"\b(?:j'ai ecrit|je me suis ecrite?|je m'ecris|j'ecris)\b" + _G + r"{0,30}?\b(?:sur|dans) "
    r"(?:ma |mon |mes )" + _BODY_FR + r"\b" + _G + r"{0,20}?\bavec (?:une |un |la |le |mon |ma )?"
    r"(?:lame|compas|cutter|couteau|aiguille|ciseaux|rasoir)\b|"
    # means
    r"\b(?:je garde|je cache|j'ai|je dors avec|j'ai cache|j'ai mis|je mets|je planque|j'ai planque) "
    r"(?:un |le |mon |une |la )?(?:couteau|lame|cutter|rasoir)\b(?: de cuisine)?" + _G
    + r"{0,20}?\bsous (?:mon |l')(?:oreiller|matelas)\b(?! d[eu] )" + _MUNDANE + r"|"
    r"\b(?:j'ai cache|je cache|je planque|j'ai planque) (?:le |la |un |une |les |des )?(?:rasoir|"
    r"lames?|cutter|couteau)\b" + _MUNDANE + _G + r"{0,30}?\b(?:derriere|sous|dans) (?:l'|le |la |mon |"
    r"ma |mes )?(?:armoire|placard|lit|matelas|oreiller|radiateur|trousse|portefeuille|etagere)\b|"
    r"\b(?:j'ai )?(?:demonte|casse|ouvert|defait|demonter|casser) (?:un |mon |le |des |mes |deux )?"
    r"taille crayons?\b" + _MUNDANE + _G + r"{0,20}?\bpour (?:\w+ )?(?:la |les |sa |ses )?lames?\b|"
    r"\b(?:recuperer|prendre|sortir|enlever|recupere|sorti|enleve) (?:la |les )?lames? (?:d'un|de "
    r"mon|du|des) taille crayons?\b" + _MUNDANE + r"|"
    r"\bje (?:ne )?(?:prends|prend|avale) (?:plus|pas) (?:mes |les )?(?:medicaments|medocs|cachets|"
    r"comprimes|pilules)\b" + _G + r"{0,60}?\b(?:je les garde|je les cache|je les accumule|je les "
    r"mets de cote|je les stocke|jusqu'a en avoir assez)\b|"
    r"\b(?:j'ai|je tiens) (?:la |une |ma )?lames? (?:de rasoir )?(?:dans (?:la|ma) main|en main|"
    r"dans (?:les|mes) mains)\b" + _G + r"{0,20}?\b(?:la|maintenant|en ce moment|tout de suite)\b"
    + _MUNDANE
)
_FR_TRIG = (
    "brule crame brulee ebouillante ebouillantee bouillante brulante chaude jeteins "
    "gratte griffe scarifie frappe tape fouette elastique elastiques grave gravee incise incisee "
    "scarifiee ecrit ecrite jecris mecris couteau lame lames cutter rasoir crayon crayons "
    "medicaments medocs cachets comprimes pilules"
)

# -- pt ---------------------------------------------------------------------------
_BODY_PT = r"(?:coxas?|bracos?|pele|pulsos?|pernas?|barriga|maos?|quadril)"
_PT = (
    r"\b(?:eu )?me (?:queimo|queimando|to queimando|estou queimando)\b" + _G + r"{0,35}?\bcom (?:o |"
    r"a |um |uma |os |as |meu |minha )?(?:isqueiro|cigarros?|ferro de passar|ferro|fosforos?|agua "
    r"fervendo|agua quente|colher quente)\b" + _MUNDANE + r"|"
    r"\b(?:(?:me )?queimei|(?:joguei|derramei|coloquei|botei|virei|jogo|derramo|coloco) agua "
    r"(?:fervendo|quente|muito quente))\b" + _MUNDANE + _G + r"{0,50}?\b(?:de proposito|porque quis|"
    r"pra me punir|para me punir|pra sentir algo)\b|"
    r"\bapago (?:o |os |meu |meus )?cigarros? (?:no|na|nos|nas|em) (?:meu |minha |meus |minhas )?"
    + _BODY_PT + r"\b|"
    r"\b(?:eu )?me (?:coco|arranho|arranhando|cocando)\b" + _MUNDANE + _G + r"{0,30}?\bate "
    r"(?:sangrar|sair sangue|ficar em carne viva)\b|"
    r"\b(?:eu )?me (?:bato|batendo|chicoteio)\b" + _G + r"{0,20}?\bcom (?:a |o |um |uma |meu |"
    r"minha )?(?:regua|cinto|cabo|vara)\b" + _MUNDANE + r"|"
    r"\belasticos?\b" + _G + r"{0,60}?\bate (?:ficar (?:marcado|marca|vermelho|roxo)|deixar marca|"
    r"marcar|sangrar)\b|"
    r"\b(?:escrevi|escrevo|gravei|gravo|risquei|risco|talhei|cortei|marquei)\b" + _G + r"{0,30}?\b"
    r"(?:na|no|nos|nas) (?:minha |meu |minhas |meus )?" + _BODY_PT + r"\b" + _G + r"{0,30}?\bcom "
    r"(?:a |o |um |uma |minha |meu )?(?:lamina|gilete|compasso|faca|estilete|tesoura|agulha|caco)\b|"
    r"\b(?:gravei|gravo|risquei|talhei|cortei|escrevi) (?:uma palavra|a palavra|palavras|letras|o "
    r"nome)\b" + _G + r"{0,20}?\b(?:na|no|nos|nas) (?:minha |meu |minhas |meus )?" + _BODY_PT + r"\b|"
    # means
    r"\b(?:guardo|tenho|escondo|escondi|guardei|durmo com|coloquei|deixo) (?:uma |a |minha )?"
    r"(?:faca|lamina|gilete|navalha|estilete)\b(?: da cozinha| de cozinha)?" + _G + r"{0,20}?\b"
    r"(?:debaixo|embaixo|sob) (?:do |de )?(?:meu )?(?:travesseiro|colchao)\b(?! d[oa] )" + _MUNDANE + r"|"
    r"\b(?:escondi|escondo|guardei escondid[ao]|tenho escondid[ao])\b (?:a |o |uma |um |as |os )?"
    r"(?:gilete|giletes|lamina|laminas|navalha|barbeador|aparelho de barbear|faca|estilete)\b" + _MUNDANE
    + _G + r"{0,30}?\b(?:atras|debaixo|embaixo|dentro|em cima) (?:do|da|de)\b|"
    r"\b(?:desmontei|desmonto|quebrei|quebro|abri|abro|desmontando|quebrando) (?:o |um |meu |os |uns |"
    r"dois )?apontador(?:es)?\b" + _MUNDANE + _G + r"{0,20}?\b(?:pra|para|pela|pelas|por causa da) "
    r"(?:\w+ )?(?:a |as )?(?:laminas?|gilete)\b|"
    r"\b(?:tirei|tiro|tirar|peguei|pegar) (?:a |as )?laminas? do (?:meu )?apontador\b" + _MUNDANE
    + r"|"
    r"\b(?:nao (?:to|estou|tou|tenho) tomando|nao tomo|parei de tomar|finjo que tomo) (?:os |meus |"
    r"as |minhas )?(?:remedios|comprimidos|pilulas|antidepressivos|medicamentos)\b" + _G
    + r"{0,60}?\b(?:juntando|guardando|escondendo|acumulando|junto|guardo|escondo|acumulo|ate ter)\b|"
    r"\b(?:to|tou|estou|fico) (?:com )?(?:a |uma |minha )?(?:lamina|gilete|navalha)\b (?:na (?:minha )?"
    r"mao|nas maos|em maos)\b" + _G + r"{0,20}?\b(?:agora|ja|nesse momento|neste momento)\b"
    + _MUNDANE + r"|"
    r"\b(?:a )?(?:lamina|gilete) (?:ta|esta) na minha mao (?:agora|ja)\b"
)
_PT_TRIG = (
    "queimo queimando queimei fervendo quente apago coco arranho arranhando cocando bato batendo "
    "chicoteio elastico elasticos escrevi escrevo gravei gravo risquei risco talhei cortei "
    "marquei faca lamina laminas gilete giletes navalha estilete barbeador aparelho apontador "
    "apontadores remedios comprimidos pilulas antidepressivos medicamentos"
)

# -- de ---------------------------------------------------------------------------
_BODY_DE = (
    r"(?:oberschenkel|arm|arme|armen|haut|handgelenk|handgelenke|bauch|bein|beine|beinen|unterarm|"
    r"hand|hufte)"
)
_DE = (
    r"\bich (?:verbrenn|verbrenne) mich\b(?! (?:\w+ )?(?:nicht|nie)\b)" + _MUNDANE + _G
    + r"{0,40}?\b(?:feuerzeug|zigaretten?|kippen?|bugeleisen|streichholz\w*|heissem wasser|kochendem "
    r"wasser|heissen loffel|absichtlich|extra|wenn|wenns|sobald|damit|bis|zur strafe|um mich zu "
    r"bestrafen|jeden (?:tag|abend))\b|"
    r"\b(?:hab|habe|ich) (?:mir|mich)\b" + _G + r"{0,20}?\b(?:absichtlich|extra|mit absicht)\b" + _G
    + r"{0,40}?\b(?:verbrannt|verbruht|(?:kochend|heiss)\w* wasser\b" + _G + r"{0,25}?\b(?:gekippt|"
    r"gegossen|geschuttet|laufen lassen))\b|"
    r"\b(?:druck|drucke|druckte) (?:die |meine |eine |ne )?(?:zigarette|zigaretten|kippe|kippen) "
    r"(?:auf|an) (?:meinem|meiner|meinen|mir)\b|"
    r"\bich (?:schlag|schlage|hau|haue|peitsche) mich (?:selbst |selber )?mit (?:dem|einem|meinem|"
    r"der|einer|meiner) (?:gurtel|lineal|kabel|stock)\b" + _MUNDANE + r"|"
    r"\bgummi(?:band|bander|ring|ringe|bandchen)\b" + _G + r"{0,60}?\b(?:bis (?:es |sie |ich )?"
    r"(?:\w+ )?(?:striemen|rot|blutet|blut|abdrucke|spuren|ein abdruck|blaue|brennt)\w*|striemen)|"
    r"\b(?:mir|ich)\b" + _G + r"{0,10}?\b(?:ein wort|das wort|worter|buchstaben|(?:seinen|ihren|den|"
    r"meinen) namen)\b" + _G + r"{0,40}?\b" + _BODY_DE + r"\b" + _G + r"{0,15}?\b(?:geritzt|"
    r"eingeritzt|geschnitten|gekratzt|ritze|ritz|kratze|schneide)\b|"
    # means
    r"\b(?:unter meinem (?:kissen|kopfkissen)|unter meiner matratze)\b" + _G + r"{0,25}?\b(?:messer|"
    r"kuchenmesser|klinge|klingen|rasierklingen?|cutter)\b|"
    r"\b(?:ich )?(?:hab|habe|bewahre|verstecke|leg|lege|schlafe mit) (?:ein |das |mein |eine |einem )?"
    r"(?:kuchenmesser|messer|klinge|cutter|rasierklinge)\b" + _G + r"{0,15}?\bunter (?:meinem|meiner|"
    r"dem|mein|der) (?:kissen|kopfkissen|matratze)\b|"
    r"\b(?:hab|habe|ich)\b" + _G + r"{0,15}?\b(?:rasierer|rasiermesser|klinge|klingen|rasierklingen?|"
    r"messer|cutter|teppichmesser)\b" + _MUNDANE + _G + r"{0,30}?\b(?:hinterm|hinter dem|hinter meinem|"
    r"unter dem|unter meinem|unterm|im|in meinem|in der|in meiner)\b ?(?:schrank|kleiderschrank|bett|"
    r"heizung|regal|matratze|federmappchen|mappchen|portemonnaie|geldbeutel|socken\w*)\b" + _G
    + r"{0,10}?\b(?:versteckt|gebunkert|verstaut)\b|"
    r"\b(?:an)?spitzer\b" + _MUNDANE + _G + r"{0,40}?\b(?:auseinander\w*|aufgeschraubt|kaputt "
    r"gemacht|zerlegt|aufgebrochen|geknackt)\b" + _G + r"{0,30}?\b(?:wegen der|fur die|um (?:an )?die|und "
    r"die) klingen?\b|"
    r"\bklingen? (?:aus (?:dem|meinem|einem) (?:an)?spitzer)\b" + _MUNDANE + r"|"
    r"\bich (?:nehm|nehme|schluck|schlucke) (?:meine |die )?(?:tabletten|pillen|medikamente|"
    r"antidepressiva)\b (?:nicht mehr|nicht|gar nicht mehr)\b" + _G + r"{0,60}?\b(?:sammle|sammel|"
    r"bunker|bunkere|verstecke|heb sie auf|hebe sie auf|horte|bis es genug|bis ich genug)\b|"
    r"\b(?:ich )?(?:hab|habe|halte|halt) (?:die|eine|meine|ne) (?:klinge|rasierklinge)\b" + _G
    + r"{0,15}?\b(?:(?:gerade|grad|jetzt|grade) (?:\w+ )?in der hand|in der hand\b" + _G
    + r"{0,10}?\b(?:gerade|grad|jetzt|grade))\b" + _MUNDANE
)
_DE_TRIG = (
    "verbrenn verbrenne absichtlich extra absicht druck drucke druckte schlag schlage hau haue "
    "peitsche gummiband gummibander gummiring gummiringe gummibandchen wort worter buchstaben "
    "namen messer kuchenmesser klinge klingen rasierklinge rasierklingen cutter rasierer "
    "rasiermesser teppichmesser spitzer anspitzer tabletten pillen medikamente antidepressiva"
)

# -- it ---------------------------------------------------------------------------
_BODY_IT = r"(?:cosci[ae]|cosce|bracci[oa]|pelle|pols[oi]|pancia|gamb[ae]|man[oi]|fianchi)"
_IT = (
    r"\bmi (?:brucio|sto bruciando|scotto)\b" + _G + r"{0,35}?\bcon (?:l'|il |la |un |una |le |i |"
    r"gli |mio |mia )?(?:accendino|sigarett[ae]|ferro da stiro|ferro|fiammifer[oi]|acqua bollente|"
    r"cucchiaio)\b" + _MUNDANE + r"|"
    r"\b(?:mi sono (?:bruciat[oa]|scottat[oa]|(?:buttat[oa]|versat[oa]) (?:dell'|l')?acqua (?:bollente|"
    r"calda))|mi brucio|mi scotto|(?:mi )?(?:butto|verso) (?:dell'|l')?acqua (?:bollente|calda))\b"
    + _MUNDANE + _G + r"{0,50}?\b(?:apposta|di proposito|volontariamente|per punirmi)\b|"
    r"\bspengo (?:le |la |mie )?sigarett[ae] (?:sul|sulla|sulle|sui) (?:mio |mia |mie |miei )?"
    + _BODY_IT + r"\b|"
    r"\bmi (?:gratto|graffio|sto grattando)\b" + _MUNDANE + _G + r"{0,30}?\b(?:fino a (?:sanguinare|"
    r"farmi sanguinare|far uscire il sangue)|a sangue|finche (?:non )?sanguin\w*)|"
    r"\bmi (?:picchio|colpisco|frusto|do (?:dei )?colpi|batto)\b" + _G + r"{0,20}?\bcon (?:il |la |"
    r"una |un |mia |mio )?(?:righello|cintura|bastone|cavo)\b" + _MUNDANE + r"|"
    r"\belastic[oi]\b" + _G + r"{0,60}?\b(?:finche (?:non )?(?:lascia|resta|restano|diventa|"
    r"sanguina)\w*|fino a (?:lasciare|farmi|diventare|sanguinare))\b|"
    r"\bmi sono (?:incis[oa]|intagliat[oa]|tagliat[oa]) (?:una parola|la parola|parole|lettere|il "
    r"nome|il (?:suo|mio) nome|[\w']+) (?:sulla|sul|sulle|sui|nella|nel) " + _BODY_IT + r"\b|"
    r"\bmi sono (?:scritt[oa]|incis[oa])\b" + _G + r"{0,30}?\b(?:sulla|sul|sulle|sui|nella|nel) "
    + _BODY_IT + r"\b" + _G + r"{0,20}?\bcon (?:la |il |una |un )?(?:lametta|lama|compasso|"
    r"taglierino|coltello|ago|forbici|rasoio)\b|"
    # means
    r"\b(?:tengo|nascondo|ho nascosto|dormo con|ho messo|metto) (?:un |il |mio |una |la )?"
    r"(?:coltello|lametta|lamette|rasoio|taglierino)\b(?: da cucina)?" + _G + r"{0,20}?\bsotto (?:il "
    r"|al )?(?:mio )?(?:cuscino|materasso)\b(?! d(?:i|el|ella) )" + _MUNDANE + r"|"
    r"\b(?:ho nascosto|nascondo|tengo nascost[oa])\b (?:il |la |un |una |le |i )?(?:rasoio|lametta|"
    r"lamette|coltello|taglierino)\b" + _MUNDANE + _G + r"{0,30}?\b(?:dietro|sotto|dentro)\b|"
    r"\b(?:tengo|porto|ho) (?:sempre )?(?:una |la |le |delle |mia |mie )?(?:lametta|lamette|rasoio|"
    r"taglierino)\b" + _G + r"{0,25}?\b(?:nel|nella|in|nell') ?(?:mio |mia )?(?:portamonete|"
    r"portafoglio|astuccio|cover|tasca|borsa|zaino|reggiseno|calzino)\b" + _G + r"{0,40}?\b(?:non "
    r"esco mai senza|sempre|non si sa mai|per ogni evenienza|casomai|nessuno (?:lo )?sa|di nascosto)\b|"
    r"\b(?:ho smontato|smonto|ho rotto|rompo|ho aperto|apro|smontato) (?:il |un |mio |i |dei |due )?"
    r"temperin[oi]\b" + _MUNDANE + _G + r"{0,20}?\bper (?:\w+ )?(?:la |le )?lamett[ae]\b|"
    r"\b(?:tolto|tolgo|preso|prendo|prendere|togliere) (?:la |le )?lamett[ae] (?:dal|da un|dai|del) "
    r"temperin[oi]\b" + _MUNDANE + r"|"
    r"\bnon (?:prendo|sto prendendo|ho preso) (?:le |i |mie |miei )?(?:pastiglie|pillole|medicine|"
    r"farmaci|antidepressivi)\b" + _G + r"{0,60}?\b(?:le metto da parte|li metto da parte|le conservo|"
    r"li conservo|le nascondo|li nascondo|le accumulo|li accumulo|finche non (?:sono|ne ho) "
    r"abbastanza)\b|"
    r"\bho (?:la|una) (?:lametta|lama|rasoio)\b (?:in mano|tra le mani|nella mano)\b" + _G
    + r"{0,15}?\b(?:adesso|ora|in questo momento|proprio ora)\b" + _MUNDANE + r"|"
    r"\b(?:adesso|ora|in questo momento) ho (?:la|una) (?:lametta|lama|rasoio) (?:in mano|tra le "
    r"mani)\b" + _MUNDANE
)
_IT_TRIG = (
    "lelastico lelastici brucio bruciando scotto bruciata bruciato scottata scottato bollente calda spengo gratto "
    "graffio grattando picchio colpisco frusto colpi batto elastico elastici incisa inciso "
    "intagliata intagliato tagliata tagliato scritta scritto coltello lametta lamette lama rasoio "
    "taglierino temperino temperini pastiglie pillole medicine farmaci antidepressivi"
)

# -- ru ---------------------------------------------------------------------------
_BODY_RU = (
    r"(?:руку|руке|руки|руках|кожу|коже|запясть[еяю]|запястьях|ногу|ноге|ноги|ногах|бедро|бедре|бедра|"
    r"бедрах|живот|животе|себя|себе)"
)
_RU = (
    r"\b(?:тушу|тушила|потушила|потушил|тушил) (?:об? |на )?(?:себ[яе]|(?:сигарет\w*|бычк\w*|окурк\w*) "
    r"(?:об?|на) " + _BODY_RU + r")\b|"
    r"\b(?:специально|нарочно|намеренно)\b" + _G + r"{0,25}?\b(?:обожгл\w*|обожг\w*|обжига\w*|"
    r"ошпарил\w*|ошпарива\w*|облил\w* (?:себ\w+ |\w+ )?кипятк\w*|прижгл\w*|прижига\w*)|"
    r"\b(?:обожгл\w*|ошпарил\w*|облил\w* (?:себ\w+ |\w+ )?кипятк\w*|прижгл\w*)\b" + _G
    + r"{0,30}?\b(?:специально|нарочно|намеренно|чтобы наказать себя)\b|"
    r"\b(?:прижигаю|обжигаю|жгу) (?:себе |себя )?(?:\w+ )?" + _BODY_RU + r"\b" + _G + r"{0,30}?\b"
    r"(?:зажигалк\w*|сигарет\w*|утюг\w*|спичк\w*|кипятк\w*|ложк\w*)|"
    r"\b(?:расчесываю|расцарапываю|царапаю|расчесала|расчесал|расцарапала|расцарапал|раздираю)\b"
    + _MUNDANE + _G + r"{0,25}?\bдо крови\b|"
    r"\b(?:щелкаю|щелкала|щелкал|бью|стреляю|оттягиваю) (?:себя )?(?:\w+ )?резинк\w*\b" + _G
    + r"{0,50}?\b(?:пока не|до (?:крови|следов|синяк\w*|красноты))\b|"
    r"\bрезинк\w* (?:по|на) (?:запясть\w*|руке|руки)\b" + _G + r"{0,40}?\b(?:пока не|до (?:крови|"
    r"следов|синяк\w*|красноты))\b|"
    r"\b(?:вырезал\w*|выцарапал\w*|вырезаю|выцарапываю|нацарапал\w*|режу) (?:себе )?(?:слово|слова|"
    r"буквы|имя|надпись)\b(?: \w+)? на (?:\w+ )?" + _BODY_RU + r"\b|"
    r"\b(?:вырезал\w*|выцарапал\w*|вырезаю|выцарапываю|нацарапал\w*) (?:себе )?на (?:\w+ )?"
    + _BODY_RU + r" (?:\w+ )?(?:слово|слова|буквы|имя|надпись)\b|"
    # means
    r"\b(?:ношу|держу|храню|таскаю|прячу) (?:с собои |всегда )?(?:лезви\w*|бритв\w*)" + _MUNDANE + r" (?:\w+ ){0,2}?"
    r"(?:в|под) (?:своем |моем |моеи )?(?:кошельке|пенале|чехле|кармане|лифчике|носке|подушкои|"
    r"матрасом|сумке|рюкзаке)\b" + _MUNDANE + r"|"
    r"\b(?:у меня под|под моеи|под своеи) подушкои\b" + _G + r"{0,25}?\b(?:нож\w*|лезви\w*|бритв\w*)|"
    r"\b(?:держу|храню|прячу|спрятала|спрятал|положила|положил|сплю с) (?:\w+ )?(?:нож\w*|лезви\w*|"
    r"бритв\w*) (?:\w+ )?под (?:своеи |моеи )?(?:подушкои|матрасом)\b|"
    r"\b(?:спрятала|спрятал|прячу|запрятала|запрятал)\b (?:\w+ )?(?:бритв\w*|лезви\w*|нож\w*|"
    r"канцелярск\w* нож)\b" + _MUNDANE + _G + r"{0,25}?\b(?:за|под|в) (?:шкаф\w*|кроват\w*|матрас\w*|"
    r"батаре\w*|пенал\w*|носк\w*|кошел\w*)|"
    r"\b(?:разобрал\w*|разбира\w*|сломал\w*|ломаю|раскрутил\w*|раскручиваю|разломал\w*|раскурочил\w*) "
    r"(?:\w+ )?точилк\w*\b" + _MUNDANE + _G + r"{0,30}?\bлезви\w*|"
    r"\b(?:достала|достал|вытащила|вытащил|достаю|вытаскиваю) лезви\w* (?:из )?(?:\w+ )?точилк\w*"
    + _MUNDANE + r"|"
    r"\bне (?:пью|принимаю|глотаю) (?:свои |мои )?(?:таблетк\w*|лекарств\w*|антидепрессант\w*)\b"
    + _G + r"{0,60}?\b(?:коплю|копить|складываю|прячу|собираю|откладываю|пока не (?:будет|наберется) "
    r"достаточно)\b|"
    r"\bлезви\w* (?:у меня )?в (?:моеи )?руке\b" + _G + r"{0,15}?\b(?:прямо сеичас|сеичас|уже)\b|"
    r"\b(?:сеичас|прямо сеичас) (?:\w+ )?(?:держу|у меня в руке|в руке) (?:\w+ )?лезви\w*|"
    r"\bдержу лезви\w* (?:в руке )?(?:прямо )?сеичас\b"
)
_RU_TRIG = (
    "тушу тушила потушила потушил тушил специально нарочно намеренно обожгла обожгли обожглась "
    "обжег обожгл обжигаю ошпарила ошпарил ошпарилась облила облил прижгла прижег прижигаю жгу "
    "расчесываю расцарапываю царапаю расчесала расчесал расцарапала расцарапал раздираю резинкой "
    "резинку резинка резинки вырезала вырезал выцарапала выцарапал вырезаю выцарапываю нацарапала "
    "нацарапал лезвие лезвия лезвии лезвий лезвием лезвиями бритву бритва бритвы бритвой нож ножа "
    "ножом ножик ножи точилку точилка точилки таблетки таблеток лекарства лекарств "
    "антидепрессанты"
)

# -- tr ---------------------------------------------------------------------------
_BODY_TR = (
    r"(?:kolumu|kollarimi|elimi|ellerimi|bilegimi|bileklerimi|bacagimi|bacaklarimi|kendimi|derimi|"
    r"karnimi|uyllugumu)"
)
_TR = (
    r"\bkendimi (?:\w+ )?(?:cakmakla|sigarayla|sigara ile|utuyle|kibritle|sicak suyla|kaynar suyla|"
    r"kasikla) (?:\w+ )?yak(?:iyorum|tim|arim|iyom|maya basladim)\b|"
    r"\b(?:cakmakla|sigarayla|sigara ile|utuyle|kibritle) (?:\w+ )?" + _BODY_TR + r" (?:\w+ )?"
    r"yak(?:iyorum|tim|arim|iyom)\b|"
    r"\b(?:bilerek|bile bile|kasten|isteyerek|mahsus|kendimi cezalandirmak icin)\b" + _G
    + r"{0,40}?\b(?:yaktim|yakiyorum|yakarim|hasladim|hasliyorum|dokdum|dokuyorum)\b|"
    r"\b(?:kaynar|sicak) su\w*\b" + _G + r"{0,30}?\b(?:bilerek|kasten|bile bile)\b|"
    r"\bsigara(?:yi|lari|mi|larimi)? (?:\w+ )?(?:kolumda|elimde|bilegimde|bacagimda|derimde|"
    r"kendimde|kollarimda) sondur\w*|"
    r"\b" + _BODY_TR + r" (?:\w+ )?(?:kanayana|kanatana) kadar (?:kasi|tirmal)\w*" + _MUNDANE + r"|"
    r"\b(?:kemerle|cetvelle|sopayla|kablo ile|kabloyla) (?:kendime (?:\w+ )?vur|kendimi (?:\w+ )?"
    r"(?:dov|vur))\w*|"
    r"\bkendi(?:mi|me) (?:\w+ )?(?:kemerle|cetvelle|sopayla|kabloyla) (?:\w+ )?(?:vur|dov)\w*|"
    r"\blastig\w*\b" + _G + r"{0,40}?\b(?:iz kalana kadar|kizarana kadar|morarana kadar|kanayana "
    r"kadar)|"
    r"\b(?:bacagima|koluma|bilegime|kalcama|karnima|derime|kollarima|bacaklarima|uyluguma|elime) "
    r"(?:\w+ ){0,3}?(?:kelime\w*|yazi|isim|harf\w*|adini|ismini) (?:\w+ )?(?:kazidim|kaziyorum|oydum|"
    r"kestim)\b|"
    r"\bjiletle (?:\w+ ){0,3}?(?:yazdim|cizdim|kazidim|yaziyorum|ciziyorum)\b|"
    r"\bkafami (?:\w+ )?(?:duvara|duvarlara|yere|masaya|kapiya) (?:vuruyorum|carpiyorum|"
    r"geciriyorum|vururum)\b" + _G + r"{0,40}?\b(?:sinirlenince|kizinca|uzulunce|her (?:gun|aksam|"
    r"gece|seferinde)|kanayana|agriyana|kendimi cezalandir\w*|dayanamayinca|aglarken)\b|"
    r"\b(?:sinirlenince|kizinca|uzulunce|dayanamayinca|aglarken)\b" + _G + r"{0,30}?\bkafami (?:\w+ )?"
    r"(?:duvara|duvarlara|yere|masaya) (?:vuruyorum|carpiyorum|geciriyorum|vururum)\b|"
    # means
    r"\b(?:cuzdanimda|kalemligimde|kilifimda|cebimde|cantamda|sutyenimde|corabimda) (?:\w+ ){0,4}?"
    r"jilet\w*\b" + _G + r"{0,30}?\b(?:tasiyorum|her ihtimale karsi|kimse bilmiyor|gizli|"
    r"sakliyorum|hep|her zaman|ayirmiyorum|duruyor)\b|"
    r"\b(?:her ihtimale karsi|hep|her zaman) (?:\w+ ){0,3}?(?:cuzdanimda|kalemligimde|kilifimda|"
    r"cebimde|cantamda) (?:\w+ ){0,2}?jilet\w*|"
    r"\byastigimin altinda (?:\w+ ){0,2}?(?:bicak|bicag|jilet|ustura)\w*|"
    r"\b(?:tiras bicag\w*|jilet\w*|ustura\w*|bicag\w*|maket bicag\w*)\b" + _MUNDANE + _G
    + r"{0,40}?\b(?:arkasina|altina|icine|arasina)\b" + _G + r"{0,15}?\b(?:sakladim|sakliyorum|"
    r"gizledim|gizliyorum|zuladim)\b|"
    r"\bkalemtiras\w*\b" + _MUNDANE + _G + r"{0,30}?\b(?:jilet\w*|bicag\w*) (?:\w+ )?icin (?:\w+ )?"
    r"(?:soktum|sokuyorum|kirdim|kiriyorum|parcaladim|actim)\b|"
    r"\bkalemtiras\w*\b" + _MUNDANE + _G + r"{0,20}?\b(?:soktum|kirdim|parcaladim|actim)\b" + _G
    + r"{0,25}?\b(?:jilet\w*|bicag\w*) (?:aldim|cikardim)\b|"
    r"\b(?:ilac\w*|hap\w*) (?:\w+ ){0,2}?(?:icmiyorum|almiyorum|yutmuyorum)\b" + _G + r"{0,60}?\b"
    r"(?:biriktir\w*|sakl\w*|topl\w*)|"
    r"\b(?:su an|simdi|su anda) (?:\w+ ){0,2}?(?:jilet\w*|ustura) elimde\b|"
    r"\b(?:jilet\w*|ustura) (?:su an|simdi|su anda) elimde\b|\bjilet elimde (?:su an|simdi)\b"
)
_TR_TRIG = (
    "kendimi kendime cakmakla sigarayla sigara utuyle kibritle bilerek bile kasten isteyerek "
    "mahsus kaynar sicak sigarayi sigaralari sigarami sigaralarimi kanayana kanatana kemerle "
    "cetvelle sopayla kablo kabloyla lastigi lastik lastigimi lastikle lastikleri bacagima koluma "
    "bilegime kalcama karnima derime kollarima bacaklarima uyluguma elime jiletle kafami "
    "sinirlenince kizinca uzulunce dayanamayinca aglarken jilet jileti jiletim jiletimi jiletler "
    "jiletleri jiletlerimi jiletini ustura usturayi usturami bicak bicagi bicagini bicagimi "
    "yastigimin kalemtiras kalemtirasi kalemtirasimi kalemtirasini ilac ilaci ilacimi ilaclari "
    "ilaclarimi ilaclarim ilaclarini hap haplari haplarimi haplarim"
)

# -- pl ---------------------------------------------------------------------------
_BODY_PL = (
    r"(?:rece|rekach|reku|skorze|skore|nadgarstk\w*|udzie|udach|uda|nodze|nogach|nogi|brzuchu|"
    r"ramieniu|ramionach|sobie)"
)
_PL = (
    r"\b(?:przypalam|przypalalam|przypalalem|przypalilam|przypalilem|parze|poparzylam|poparzylem|"
    r"oparzylam|oparzylem) (?:sie|sobie) (?:\w+ ){0,2}?(?:zapalniczk\w*|papieros\w*|zelazk\w*|"
    r"zapalk\w*|wrzatkiem|lyzk\w*)" + _MUNDANE + r"|"
    r"\b(?:specjalnie|celowo|umyslnie|naumyslnie)\b" + _G + r"{0,30}?\b(?:oblal\w*|poparzyl\w*|"
    r"oparzyl\w*|przypalil\w*|przypalam|parze)|"
    r"\b(?:oblal\w*|poparzyl\w*|oparzyl\w*|przypalil\w*)\b" + _G + r"{0,40}?\b(?:specjalnie|celowo|"
    r"umyslnie|za kare)\b|"
    r"\bprzypalam sie\b" + _MUNDANE + _G + r"{0,40}?\b(?:jak|kiedy|gdy|za kare|zeby|specjalnie|"
    r"bo)\b|"
    r"\bgasze (?:\w+ )?papieros\w* (?:na|o) (?:mojej |moich )?" + _BODY_PL + r"\b|"
    r"\bdrapie sie\b" + _MUNDANE + _G + r"{0,25}?\bdo krwi\b|"
    r"\b(?:rozdrapuje|drapie) (?:\w+ )?(?:rece|skore|nadgarstki|nogi|uda|ramiona)\b" + _MUNDANE + _G
    + r"{0,20}?\bdo krwi\b|"
    r"\b(?:bije|uderzam|okladam|chlostam|smagam) (?:sie|siebie)\b(?: po \w+)? (?:\w+ ){0,2}?"
    r"(?:linijk\w*|paskiem|pasem|kablem)\b" + _MUNDANE + r"|"
    r"\bgumk\w*\b" + _G + r"{0,50}?\b(?:az (?:zostaja|zostana|zostanie|robi sie|robia sie|jest "
    r"czerwon|bedzie|pojawi|leci)\w*|do (?:krwi|czerwonosci|sladow|siniakow))\b|"
    r"\b(?:wycielam|wycialem|wydrapalam|wydrapalem|wycinam|wydrapuje|wyrylam|wyrylem) (?:sobie )?"
    r"(?:slowo|slowa|napis|litery|imie|\w+) (?:\w+ )?na (?:\w+ )?" + _BODY_PL + r"\b|"
    r"\b(?:wale|walnelam|walnalem|uderzam|tluke|walam) (?:sie )?glowa (?:w|o) (?:sciane|sciany|"
    r"podloge|biurko|drzwi)\b" + _G + r"{0,40}?\b(?:jak|kiedy|gdy|az|do krwi|za kare|codziennie|"
    r"zawsze)\b|"
    # means
    r"\b(?:nosze|trzymam|mam) (?:zawsze |ciagle |przy sobie )?(?:zyletk\w*|ostrz\w*|brzytw\w*) "
    r"(?:\w+ ){0,2}?w (?:portfelu|piorniku|etui|kieszeni|staniku|skarpetce|plecaku)\b" + _G
    + r"{0,40}?\b(?:na wszelki wypadek|zawsze|nikt nie wie|w tajemnicy|na czarna godzine|"
    r"na wszelki)\b|"
    r"\bnosze (?:zawsze |ciagle |przy sobie )?(?:zyletk\w*|ostrz\w*|brzytw\w*)\b|"
    r"\bpod (?:moja )?poduszka (?:\w+ ){0,2}?(?:trzymam|mam|chowam|schowal\w*|ukrylam|ukrylem)\b"
    + _G + r"{0,15}?\b(?:noz\w*|zyletk\w*|ostrz\w*|brzytw\w*)|"
    r"\bpod moja poduszka lez\w* (?:\w+ )?(?:noz\w*|zyletk\w*|ostrz\w*)|"
    r"\b(?:trzymam|chowam|schowalam|schowalem|mam|polozylam|polozylem) (?:\w+ )?(?:noz|nozyk|"
    r"zyletk\w*|ostrz\w*|brzytw\w*) (?:\w+ )?pod (?:moja )?poduszka\b|"
    r"\b(?:schowalam|schowalem|chowam|ukrylam|ukrylem|ukrywam) (?:\w+ ){0,2}?(?:maszynk\w*|brzytw\w*|"
    r"zyletk\w*|noz|nozyk|ostrz\w*)\b" + _MUNDANE + _G + r"{0,25}?\b(?:za|pod|w) (?:\w+ )?(?:szafa|"
    r"szafe|lozkiem|materacem|kaloryferem|piornik\w*|portfel\w*|skarpet\w*|szafka|szafke)\b|"
    r"\b(?:rozebralam|rozebralem|rozkrecilam|rozkrecilem|rozwalilam|rozwalilem|zepsulam|rozbieram|"
    r"rozkrecam|polamalam|rozmontowalam) (?:\w+ )?temperowk\w*\b" + _MUNDANE + _G
    + r"{0,20}?\b(?:dla|zeby|by|aby|bo chcialam|bo chcialem) (?:\w+ )?(?:\w+ )?(?:ostrz\w*|zyletk\w*)|"
    r"\b(?:wyjelam|wyjalem|wyciagnelam|wyciagnalem|wyjmuje) (?:\w+ )?ostrz\w* z (?:\w+ )?"
    r"temperowk\w*" + _MUNDANE + r"|"
    r"\bnie (?:biore|lykam|przyjmuje) (?:\w+ )?(?:tabletek|lekow|pigulek|antydepresantow)\b" + _G
    + r"{0,60}?\b(?:zbieram|odkladam|chowam|gromadze|az bedzie (?:dosc|wystarczajaco))\b|"
    r"\b(?:mam|trzymam) (?:\w+ )?(?:zyletk\w*|ostrz\w*|brzytw\w*) w (?:rece|reku|dloni)\b" + _G
    + r"{0,15}?\b(?:teraz|wlasnie|juz|w tej chwili)\b" + _MUNDANE + r"|"
    r"\b(?:teraz|wlasnie teraz|w tej chwili) (?:\w+ )?(?:mam|trzymam) (?:\w+ )?(?:zyletk\w*|"
    r"ostrz\w*) w (?:rece|reku|dloni)\b"
)
_PL_TRIG = (
    "przypalam przypalalam przypalalem przypalilam przypalilem parze poparzylam poparzylem "
    "oparzylam oparzylem specjalnie celowo umyslnie naumyslnie oblalam oblalem oblala oblal "
    "poparzyla oparzyla przypalila gasze drapie rozdrapuje bije uderzam okladam chlostam smagam "
    "gumka gumke gumki gumka gumkami gumkach wycielam wycialem wydrapalam wydrapalem wycinam "
    "wydrapuje wyrylam wyrylem wale walnelam walnalem tluke walam zyletka zyletke zyletki zyletek "
    "zyletkami ostrze ostrza ostrzem ostrzy brzytwa brzytwe brzytwy noz nozyk noza maszynke "
    "maszynka maszynki temperowke temperowka temperowki temperowek tabletek lekow pigulek "
    "antydepresantow"
)

# -- id ---------------------------------------------------------------------------
_MINE_ID = r"(?:ku| aku| gue| gw| saya)"
_ID = (
    r"(?:\b(?:aku|gue|gw|saya|ak) (?:\w+ ){0,3}?(?:nyundut|sundut|menyundut|nyulut|bakar|membakar|ngebakar|"
    r"nyundutin|sundutin)\b|\b(?:nyundut|sundut|menyundut|nyulut|bakar|membakar|ngebakar|nyundutin|"
    r"sundutin) (?:\w+ )?\w+ku\b)" + _G + r"{0,30}?\b(?:pake|pakai|dengan|sama|pk|pke) (?:korek|rokok|"
    r"setrika|korek api|air panas|sendok panas|puntung)\w*" + _MUNDANE + r"|"
    r"\b(?:nyundutin|sundutin|matiin|matikan|mateen) (?:\w+ )?(?:rokok|puntung)\w* (?:ke|di) (?:\w+ )?"
    r"(?:tangan|lengan|kulit|paha|kaki|pergelangan tangan)ku\b|"
    r"\b(?<!ga )(?<!gak )(?<!tidak )(?<!nggak )(?<!ngga )(?<!enggak )(?<!gk )sengaja\b" + _G
    + r"{0,30}?\b(?:nyiram|siram|nyiramin|siramin|nyundut|bakar|ngebakar|ngucurin|tuang|nuang)\b"
    + _G + r"{0,25}?\b(?:air panas|air mendidih|korek|rokok|setrika)\b|"
    r"\b(?:garuk|garukin|menggaruk|nggaruk|ngegaruk|cakar|nyakar|nyakarin|cakarin)\b" + _MUNDANE + _G
    + r"{0,25}?\b(?:sampe|sampai) (?:ber)?darah\b|"
    r"\b(?:mukul|mukulin|pukul|mecut|nyambuk|nyabet|cambuk|mecutin|nyabetin|nyambukin) (?:diri "
    r"sendiri|diriku|diri aku|badanku|kakiku|tanganku|pahaku|lenganku|punggungku) (?:\w+ )?(?:pake|"
    r"pakai|dengan|sama) (?:ikat pinggang|sabuk|penggaris|gesper|kabel|sapu)\b|"
    r"\bkaret\b" + _G + r"{0,50}?\b(?:sampe|sampai) (?:merah|berbekas|ada bekas|membekas|biru|lebam|"
    r"berdarah)\b|"
    r"\b(?:ukir|ngukir|mengukir|nulis|tulis|gores|goresin|ngegores|ngukirin)\b (?:\w+ ){0,3}?(?:di|ke) "
    r"(?:paha|tangan|lengan|kulit|pergelangan tangan|pergelangan|perut|kaki)(?:ku)?\b" + _G
    + r"{0,25}?\b(?:pake|pakai|dengan|sama) (?:silet|cutter|pisau|jangka|kaca|peniti)\b|"
    r"\b(?:ukir|ngukir|mengukir|gores|ngegores) (?:\w+ ){0,3}?(?:di|ke) (?:pahaku|tanganku|lenganku|"
    r"kulitku|perutku|kakiku)\b|"
    r"\b(?:benturin|membenturkan|ngebenturin|jedotin|jedukin|ngejedotin|jedot\w*in|pukulin) "
    r"(?:kepala|kepalaku|kepala aku|kepala gue|kepala gw) (?:\w+ )?(?:ke|di) (?:tembok|dinding|lantai|"
    r"meja|pintu)\b|"
    # means
    r"\b(?:nyimpen|simpen|nyimpan|bawa|selalu bawa|naruh|naro|ada|nyelipin|selipin) (?:\w+ ){0,2}?"
    r"silet\w*\b" + _G + r"{0,20}?\b(?:di|dalam) (?:dompet|tempat pensil|kotak pensil|casing|case hp|"
    r"saku|kantong|bh|kaos kaki)" + _MINE_ID + r"?\b" + _G + r"{0,30}?\b(?:buat jaga jaga|jaga jaga|"
    r"buat nanti|ga ada yang tau|gak ada yang tau|diem diem|diam diam|selalu|kemana mana)\b|"
    r"\b(?:di )?bawah bantal" + _MINE_ID + r"\b" + _G + r"{0,20}?\b(?:pisau|silet|cutter)\w*|"
    r"\b(?:pisau|silet|cutter)\w*\b" + _G + r"{0,20}?\bdi bawah bantal" + _MINE_ID + r"\b|"
    r"\b(?:aku|gue|gw|saya) (?:\w+ )?(?:simpen|nyimpen|taruh|naruh|naro|umpetin|sembunyiin|selipin) "
    r"(?:\w+ )?(?:pisau|silet|cutter)\w* (?:\w+ )?(?:di )?bawah bantal\b|"
    r"\b(?:umpetin|ngumpetin|sembunyiin|nyembunyiin|nyembunyikan|menyembunyikan|simpen|nyimpen) "
    r"(?:\w+ )?(?:cukuran|silet|pisau cukur|pisau|cutter)\w*\b" + _MUNDANE + _G + r"{0,25}?\b(?:di )?"
    r"(?:belakang|bawah|dalam|balik) (?:lemari|kasur|ranjang|bantal|kulkas)\b|"
    r"\b(?:bongkar|ngebongkar|membongkar|rusakin|ngerusak|pecahin|copot|congkel|buka|ngebuka) (?:\w+ )?"
    r"rautan\w*\b" + _MUNDANE + _G + r"{0,20}?\b(?:buat|untuk|biar|demi) (?:\w+ )?(?:dapet |dapat )?"
    r"(?:silet|pisau)\w*|"
    r"\b(?:ambil|ngambil|copot|nyopot) (?:\w+ )?(?:silet|pisau)\w* (?:dari |di )?rautan\w*" + _MUNDANE
    + r"|"
    r"\b(?:ga|gak|nggak|tidak|ngga|gk|enggak) (?:aku )?(?:minum|makan|telen|nelen) (?:\w+ )?obat\w*\b"
    + _G + r"{0,60}?\b(?:kumpulin|ngumpulin|simpen|nyimpen|umpetin|timbun|sampe cukup|sampai cukup)\b|"
    r"\bsilet\w* (?:udah |sudah |lagi |ada )?(?:di|dalam) (?:genggaman|tangan)" + _MINE_ID + r"\b"
    + _G + r"{0,15}?\b(?:sekarang|skrg|udah|lagi)\b|"
    r"\b(?:sekarang|skrg) (?:\w+ ){0,2}?(?:aku|gue|gw) (?:lagi )?(?:pegang|megang|genggam) silet\w*|"
    r"\b(?:lagi )?(?:pegang|megang) silet\w* (?:sekarang|skrg)\b"
)
_ID_TRIG = (
    "matiin matikan mateen nyundut sundut menyundut nyulut bakar membakar ngebakar nyundutin sundutin sengaja garuk "
    "garukin menggaruk nggaruk ngegaruk cakar nyakar nyakarin cakarin mukul mukulin pukul mecut "
    "nyambuk nyabet cambuk mecutin nyabetin nyambukin karet ukir ngukir mengukir nulis tulis "
    "gores goresin ngegores ngukirin benturin membenturkan ngebenturin jedotin jedukin ngejedotin "
    "pukulin silet siletnya siletku pisau pisaunya cutter cukuran cukurannya rautan rautanku "
    "rautannya obat obatku obatnya"
)

# -- ar ---------------------------------------------------------------------------
_AG = r"(?:\S+\s){0,4}?"  # a few words
_AR_BODY = r"(?:ايدي|يدي|جلدي|رجلي|فخذي|دراعي|ذراعي|نفسي|معصمي|بطني|اجري|ايديني)"
_AR = (
    r"(?:^|\s)(?:حطيت|كبيت|صبيت|بكب|اكب|بصب|اصب)\s" + _AG + r"(?:مي|ماء|مويه|ميه|المي|الماء|المويه)"
    r"\s(?:مغليه|مغلي|سخنه|حاره|بتغلي|تغلي|تغلي)\S*\s" + _AG + r"(?:عن قصد|قاصد\S*|متعمد\S*|بقصد|عمدا|"
    r"عشان اعاقب نفسي|لاعاقب نفسي)(?!\S)|"
    r"(?:^|\s)(?:حرقت|بحرق|احرق|كويت|بكوي|اكوي)\s(?:" + _AR_BODY + r"|حالي)\s" + _AG + r"(?:عن قصد|"
    r"قاصد\S*|متعمد\S*|بقصد|عمدا|عشان اعاقب نفسي)(?!\S)|"
    r"(?:^|\s)(?:بطفي|اطفي|طفيت|بطفيها|طفيتها)\s(?:\S+\s)?(?:السجاير|السجائر|سجاير|سجائر|السيجاره|"
    r"سيجاره|الدخان|الزقاره)\s(?:ب|على |في |ع )?" + _AR_BODY + r"(?!\S)|"
    r"(?:^|\s)(?:بحك|احك|حكيت|بخرمش|اخرمش|خرمشت|بخدش|اخدش)\s" + _MUNDANE + _AG + r"(?:لحد ما|لين|حتي|لما)\s"
    r"(?:\S+\s)?(?:تنزف|ينزل دم|ينزل الدم|تطلع دم|يطلع دم|ادمي|نزفت|نزل دم|تدمي)(?!\S)|"
    r"(?:^|\s)(?:اضرب|بضرب|ضربت|نضرب)\sنفسي\s(?:بالحزام|بالمسطره|بالسلك|بالعصا|بالقشاط|بالكمر|"
    r"بحزام|بمسطره)(?!\S)|"
    r"(?:^|\s)(?:مطاطه|لاستيك|استك|الاستك|المطاطه|اللاستيك)\S*\s" + _AG + r"(?:لحد ما|لين|حتي)\s"
    r"(?:\S+\s)?(?:يعلم|تعلم|يحمر|تحمر|يصير|تصير|يزرق|ينزف|يطلع)(?!\S)|"
    r"(?:^|\s)(?:حفرت|نقشت|بحفر|احفر|انقش|بنقش)\s(?:\S+\s){0,2}?(?:علي|في|ع)\s" + _AR_BODY
    + r"(?!\S)|"
    r"(?:^|\s)(?:كتبت|بكتب|اكتب|جرحت)\s(?:\S+\s){0,2}?(?:علي|في|ع)\s" + _AR_BODY + r"\s(?:\S+\s)?"
    r"(?:بالشفره|بموس|بالموس|بسكين|بالسكين|بالبرجل|بالفرجار|بالكتر|بالمشرط|بشفره)(?!\S)|"
    # means
    r"(?:^|\s)(?:شايل|شايله|حاط|حاطه|مخبي|مخبيه|دايما معي|معي)\s(?:\S+\s){0,2}?(?:شفره|شفرات|موس|"
    r"امواس)\s(?:في|ب)\s?(?:محفظتي|مقلمتي|جزداني|شنطتي|جيبي|مقلمتي)\s" + _AG + r"(?:احتياط|"
    r"للطوارئ|دايما|محد يدري|ما حد يعرف|بالسر|للضروره)(?!\S)|"
    r"(?:^|\s)(?:سكين|شفره|موس|كتر|السكين|الشفره|الموس)\S*\s(?:\S+\s){0,2}?تحت\s(?:مخدتي|وسادتي|"
    r"فرشتي|مرتبتي)(?!\S)|"
    r"(?:^|\s)تحت\s(?:مخدتي|وسادتي|فرشتي)\s(?:\S+\s){0,2}?(?:سكين|شفره|موس|كتر)(?!\S)|"
    r"(?:^|\s)(?:خبيت|بخبي|اخبي|مخبي|مخبيه|خبيته|خبيتها)\s(?:\S+\s){0,2}?(?:ال)?(?:موس|شفره|شفرات|سكين|"
    r"امواس|كتر)\S*" + _MUNDANE + r"\s(?:\S+\s){0,3}?(?:ورا|تحت|جوا|داخل|"
    r"خلف)\s(?:ال)?(?:خزانه|دولاب|سرير|تخت|مرتبه|فرشه|مخده|رف|مقلمه)(?!\S)|"
    r"(?:^|\s)(?:فكيت|فككت|كسرت|بفك|افك|بكسر|اكسر|فتحت)\s(?:ال)?(?:برايه|مبراه|براي)\S*\s(?:\S+\s)"
    r"{0,3}?(?:عشان|مشان|لاخذ|لاطلع|حتي|وطلعت|واخذت|علشان)\s(?:\S+\s)?(?:الشفره|شفره|الموس|الشفرات|شفرتها)(?!\S)|"
    r"(?:^|\s)(?:ما|مش|ما عم|ماني)\s(?:باخذ|اخذ|بشرب|اشرب|باخد|اخد)\s(?:\S+\s)?(?:حبوبي|دوائي|"
    r"دوايي|الحبوب|الدوا|ادويتي)\s(?:\S+\s){0,6}?(?:بجمع|اجمع|جمعت|بخبي|اخبي|خبيت|بخزن|مجمع)\S*|"
    r"(?:^|\s)(?:الشفره|شفره|الموس|موس)\s(?:\S+\s)?(?:بايدي|بيدي|في ايدي|في يدي)\s(?:\S+\s)?(?:هلا|"
    r"هلق|الحين|الان|هسا|هسه|دحين|دلوقتي|حاليا)(?!\S)|"
    r"(?:^|\s)(?:هلا|هلق|الحين|الان|هسا|دلوقتي)\s(?:\S+\s)?(?:الشفره|الموس)\s(?:بايدي|بيدي|في ايدي)"
    r"(?!\S)"
)
_AR_TRIG = (
    "مغليه مغلي سخنه حاره بتغلي تغلي حرقت بحرق احرق كويت بكوي اكوي بطفي اطفي طفيت بطفيها طفيتها "
    "بحك احك حكيت بخرمش اخرمش خرمشت بخدش اخدش اضرب بضرب ضربت نضرب مطاطه لاستيك استك الاستك "
    "المطاطه اللاستيك حفرت نقشت بحفر احفر انقش بنقش كتبت بكتب اكتب جرحت شفره شفرات موس امواس سكين "
    "السكين الشفره الشفرات الامواس الموس كتر الكتر البرايه برايه مبراه المبراه حبوبي دوائي دوايي الحبوب الدوا "
    "ادويتي"
)

# -- hi: Hinglish, then Devanagari (no trailing \b) ---------------------------------------
_HL = (
    r"\b(?:cigarette|lighter|istri|iron|maachis|matchstick) se (?:apna |apni |apne |khud ko )?(?:\w+ )?"
    r"(?:jalata|jalati|jalaata|jalaati) (?:hoon|hu|hun|rehta|rehti)\b" + _MUNDANE + r"|"
    r"\bkhud ko (?:scale|belt|ruler|patti|stick) se (?:maarti|maarta|marti|marta|peet\w*) (?:hoon|hu|hun)\b|"
    r"\b(?:purse|wallet|pencil box|pouch|jeb|pencil case)\w* (?:mein|me|main) (?:\w+ )?blade (?:rakhti|"
    r"rakhta|rakhe|chhupa\w*|chupa\w*)\b" + _MUNDANE + _G + r"{0,30}?\b(?:just in case|hamesha|kisi ko "
    r"nahi pata|kisi ko nhi pata|chhupa ke|chupa ke|zarurat|jarurat)\b|"
    r"\b(?:jaan ?bujh ?(?:kar|ke)|jaanbujhkar|jan ?bujh ?kar|jaan bhujkar)\b" + _G + r"{0,30}?\b"
    r"(?:garam|ubalta|kholta|khaulta) (?:paani|pani)\b|"
    r"\b(?:garam|ubalta|kholta|khaulta) (?:paani|pani)\b" + _G + r"{0,30}?\b(?:jaan ?bujh ?(?:kar|ke)|"
    r"jaanbujhkar)\b|"
    r"\bkhoon (?:aane|nikalne|nikal jaane) tak (?:\w+ ){0,2}?(?:khujl|noch|khurach|khuj)\w*(?:ti|ta) "
    r"(?:hoon|hu|hun|rehti|rehta)\b|"
    r"\b(?:khujl|noch|khurach)\w*(?:ti|ta) (?:hoon|hu|hun|rehti|rehta)\b" + _MUNDANE + _G
    + r"{0,20}?\bkhoon (?:aane|nikalne) tak\b|"
    r"\b(?:blade|compass|chaku|razor) se (?:apni |apne |meri )?(?:jaangh|thigh|baanh|haath|kalai|"
    r"wrist|skin)\w* (?:par|pe) (?:\w+ ){0,3}?(?:likha|likhti|likhta|kureda|kurdti|gooda|guda)\b|"
    r"\b(?:apni|apne|meri) (?:jaangh|thigh|baanh|haath|kalai|wrist|skin)\w* (?:par|pe) (?:\w+ ){0,3}?"
    r"(?:likha|likhti|likhta|kureda|kurdti|gooda|guda)\b" + _G + r"{0,20}?\b(?:blade|compass|chaku)\b|"
    # means
    r"\b(?:mere|apne) takiye (?:ke )?(?:neeche|niche)\b" + _G + r"{0,20}?\b(?:chaku|chaaku|knife|"
    r"blade|razor)\b|"
    r"\b(?:maine|main) (?:\w+ ){0,2}?takiye (?:ke )?(?:neeche|niche) (?:\w+ )?(?:chaku|chaaku|knife|"
    r"blade|razor) (?:rakha|rakhti hoon|rakhta hoon|rakhti hu|rakhta hu|chhupaya|chupaya)\b|"
    r"\btakiye (?:ke )?(?:neeche|niche) (?:\w+ )?(?:chaku|chaaku|knife|blade|razor) (?:rakhti|rakhta) "
    r"(?:hoon|hu|hun)\b|"
    r"\b(?:razor|blade|chaku|chaaku|ustara)\b" + _MUNDANE + _G + r"{0,30}?\b(?:almari|almaari|bed|"
    r"palang|gadde|takiye|cupboard)\w* (?:ke )?(?:peeche|piche|neeche|niche|andar) (?:\w+ )?(?:chhupa|"
    r"chupa|chhipa|chipa)\w*|"
    r"\bsharpener (?:\w+ ){0,2}?(?:tod|tor|khol|kholke|todke)\w*\b" + _MUNDANE + _G
    + r"{0,25}?\bblade\b|"
    r"\b(?:dawai|dawaiyan|goliyan|goli|medicine|tablets|pills) (?:nahi|nhi|nai) (?:khati|khata|leti|"
    r"leta|kha rahi|kha raha|le rahi|le raha)\b" + _G + r"{0,40}?\b(?:jama|ikattha|ikatthi|chhupa|"
    r"chupa|bacha|collect|save)\w*|"
    r"\b(?:abhi|is waqt|iss waqt)\b" + _G + r"{0,20}?\b(?:blade|razor|ustara)\b" + _G + r"{0,10}?\b"
    r"(?:mere|mer) haath (?:mein|me|main)\b|"
    r"\b(?:blade|razor) (?:mere|mer) haath (?:mein|me|main) (?:hai )?(?:abhi|is waqt)\b|"
    r"\b(?:abhi|is waqt) (?:mere|mer) haath (?:mein|me|main) (?:blade|razor|ustara)\b"
)
_HL_TRIG = (
    "cigarette lighter istri iron maachis matchstick khud purse wallet pencil pouch jeb "
    "jaan jaanbujhkar jan garam ubalta kholta khaulta khoon blade compass chaku chaaku razor "
    "knife ustara sharpener dawai dawaiyan goliyan goli medicine tablets pills"
)
_HI = (
    r"खुद को (?:स्केल|बेल्ट|रूलर|डंडे) से (?:मारती|मारता|पीटती|पीटता) (?:हूँ|हूं|हु)|"
    r"(?:सिगरेट|लाइटर|इस्त्री) से (?:खुद को |अपना |अपने |अपनी )?(?:\S+ )?(?:जलाती|जलाता) (?:हूँ|हूं|हु)|"
    r"(?:जानबूझकर|जान बूझकर|जानबूझ कर|जान बूझ कर)[^.।!?]{0,30}?(?:गरम|गर्म|खौलता|उबलता) पानी|"
    r"(?:गरम|गर्म|खौलता|उबलता) पानी[^.।!?]{0,30}?(?:जानबूझकर|जान बूझकर|जानबूझ कर)|"
    r"ख़?ून (?:आने|निकलने) तक (?:\S+ ){0,2}?(?:खुजला|नोच|खरोंच|खुरच)\S*(?:ती|ता) (?:हूँ|हूं|हु|रहती|रहता)|"
    r"(?:मेरे|अपने) तकिये (?:के )?नीचे[^.।!?]{0,20}?(?:चाकू|ब्लेड|रेज़र|रेजर)|"
    r"(?:मैंने|मैं)[^.।!?]{0,15}?तकिये (?:के )?नीचे (?:\S+ )?(?:चाकू|ब्लेड|रेज़र|रेजर) (?:रखा|रखती हूँ|"
    r"रखता हूँ|रखती हूं|रखता हूं|छुपाया)|"
    r"(?:रेज़र|रेजर|ब्लेड|चाकू|उस्तरा)[^.।!?]{0,30}?(?:अलमारी|बेड|पलंग|गद्दे|तकिये) (?:के )?(?:पीछे|नीचे|"
    r"अंदर) (?:\S+ )?(?:छुपा|छिपा)(?![^.।!?]{0,60}(?:ताकि|भाई|बहन|मज़ाक|मजाक))|"
    r"शार्पनर (?:\S+ ){0,2}?(?:तोड़|तोड|खोल)[^.।!?]{0,25}?ब्लेड|"
    r"अभी[^.।!?]{0,20}?(?:ब्लेड|रेज़र|रेजर|उस्तरा)[^.।!?]{0,10}?मेरे हाथ में|"
    r"(?:ब्लेड|रेज़र|रेजर) मेरे हाथ में (?:है )?अभी"
)
_HI_TRIG = (
    "खुद सिगरेट लाइटर इस्त्री जानबूझकर जान जानबूझ गरम गर्म खौलता उबलता ख़ून खून चाकू ब्लेड रेज़र रेजर उस्तरा शार्पनर"
)

# -- zh (unspaced, both scripts through zrule) --------------------------------------------
_Z = "[^。!?]"
# the writer as the subject: "我" and a few adverbs, never "我同学" (my classmate)
_WO = r"我(?:会|就|又|总|总是|经常|常常|故意|偷偷|还|都|一直|已经|现在|每天|平时|在|的){0,3}"
_ZH = (
    r"(?:故意|专门|特意|有意)" + _Z + r"{0,8}?(?:用|拿)?(?:开水|热水|烟头|打火机|熨斗)" + _Z
    + r"{0,6}?(?:烫|浇|泼|烧)|"
    + _WO + r"(?:用|拿)(?:开水|热水|熨斗|烟头)(?:烫|浇)自己|"
    + _WO + r"(?:把)?(?:手|手臂|胳膊|皮肤|腿|自己)" + _Z + r"{0,4}?(?:抓|挠|抠)(?:到|得|破|出)?"
    + _Z + r"{0,4}?(?:流血|出血|血肉模糊)(?!" + _Z + r"{0,10}?(?:蚊子|痒|湿疹|过敏|痘))|"
    r"(?:用|拿)(?:皮带|尺子|衣架|棍子|腰带)(?:抽|打)(?:自己)|"
    r"橡皮筋" + _Z + r"{0,10}?弹" + _Z + r"{0,10}?(?:红肿|出血|流血|发青|发紫|留下印|有印|留印)|"
    r"(?:在|往)(?:自己的?|我的?)?(?:手臂|胳膊|大腿|手腕|皮肤|腿|肚子)上(?:用刀片|用刀|用圆规)?(?:刻|划)"
    r"(?:了)?" + _Z + r"{0,4}?(?:字|名字)|"
    # means
    + _WO + r"(?:钱包|笔袋|铅笔盒|文具盒|手机壳|书包)里" + _Z + r"{0,8}?刀片" + _Z
    + r"{0,8}?(?:以防万一|备用|随身|一直|没人知道|偷偷)|"
    r"我(?:的)?枕头(?:下面|底下|下)" + _Z + r"{0,6}?(?:放|藏|压)(?:着|了)" + _Z
    + r"{0,4}?(?:菜刀|刀片|刀|剃刀|美工刀)|"
    + _WO + r"(?:在)?枕头(?:下面|底下|下)" + _Z + r"{0,4}?(?:放|藏|压)(?:着|了)" + _Z
    + r"{0,4}?(?:菜刀|刀片|刀|剃刀|美工刀)|"
    + _WO + r"把" + _Z + r"{0,4}?(?:剃须刀|剃刀|刀片|美工刀|小刀)(?:藏|塞)(?:在|到)" + _Z
    + r"{0,6}?(?:衣柜|柜子|床|床垫|枕头|抽屉|书架)(?:后面|下面|里面|底下|后|下|里)(?!" + _Z
    + r"{0,10}?(?:弟弟|妹妹|够不到|拿不到|恶作剧|惊喜|游戏|捉迷藏))|"
    r"(?:卷笔刀|削笔刀|转笔刀)" + _Z + r"{0,4}?(?:拆|掰|砸|弄坏)" + _Z + r"{0,8}?刀片|"
    r"(?:没吃|不吃|没有吃)" + _Z + r"{0,4}?药" + _Z + r"{0,10}?(?:攒|存|藏|囤)|"
    r"(?:刀片|剃刀|美工刀)" + _Z + r"{0,4}?在我手(?:里|上)|"
    r"(?:现在|此刻)" + _Z + r"{0,4}?(?:手里|手上)" + _Z + r"{0,4}?(?:拿着|握着)" + _Z + r"{0,2}?(?:刀片|剃刀)"
)
_ZH_TRIG = "烫 浇 泼 烧 血 抽 打 弹 刻 划 刀 药"

RULES: list[Rule] = [
    rule("self_harm:injury", "self_harm", _EN_TRIG, _EN, framed="generic"),
    rule("self_harm:injury", "self_harm", _ES_TRIG, _ES, framed="generic"),
    rule("self_harm:injury", "self_harm", _FR_TRIG, _FR, framed="generic"),
    rule("self_harm:injury", "self_harm", _PT_TRIG, _PT, framed="generic"),
    rule("self_harm:injury", "self_harm", _DE_TRIG, _DE, framed="generic"),
    rule("self_harm:injury", "self_harm", _IT_TRIG, _IT, framed="generic"),
    rule("self_harm:injury", "self_harm", _RU_TRIG, _RU, framed="generic"),
    rule("self_harm:injury", "self_harm", _TR_TRIG, _TR, framed="generic"),
    rule("self_harm:injury", "self_harm", _PL_TRIG, _PL, framed="generic"),
    rule("self_harm:injury", "self_harm", _ID_TRIG, _ID, framed="generic"),
    rule("self_harm:injury", "self_harm", _AR_TRIG, _AR, framed="generic"),
    rule("self_harm:injury", "self_harm", _HL_TRIG, _HL, framed="generic"),
    rule("self_harm:injury", "self_harm", _HI_TRIG, _HI, framed="generic"),
    zrule("self_harm:injury", "self_harm", _ZH_TRIG, _ZH, framed="generic"),
]
