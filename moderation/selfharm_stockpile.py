"""Means stockpiled, a conditional goodbye, a note told in passing and a
decision with a day (en es here; fr pt de it in `selfharm_stockpile_eu.py`,
ru tr pl id in `selfharm_stockpile_langs.py`, ar hi zh in
`selfharm_stockpile_asia.py`; the table and the rules built from it in
`selfharm_stockpile_parts.py`; all of them are this module's `RULES`).

Why: four shapes of a plan passed every rule because none names an act or
pairs means with a moment (`selfharm_waiting.py`), a note with last words
for the family (`selfharm_notes.py`) or a goodbye with an instruction
(`selfharm_offline.py`):

* **stockpiling**: a parent's or grandparent's pills, or one's own, saved
  up, collected or hoarded, with a sign that it is a stock - "for weeks",
  "just in case", "i have enough now", "instead of taking them", "she hasn't
  noticed" - or a couple taken from someone's organiser "each time" / "just
  in case" ("i take like 2 of my nan's pills from her organiser every time
  i visit", "sto mettendo da parte le pastiglie di mia nonna da settimane");
* **a conditional goodbye**: "if i'm not online / don't reply tomorrow" and
  "it means i did it", "it's done", "i'm gone", "you'll understand what
  happened" ("si je réponds pas demain vous comprendrez ce qui s'est
  passé");
* **a note told in passing**: *my* suicide note written (alone), a farewell
  letter done with a change of subject ("farewell letter done btw. so
  who's watching the match"), a playlist for my own funeral that is
  "happening soon";
* **a decision with a day**: leaving this world with a day or a decision
  ("decided. on friday i leave this world"), "this is my last week" with a
  decision, and a birthday the writer decided not to live to see.

What passes and why: each shape is a pair in one message and the message
names no everyday reason anywhere (`m_*` in the tables): pocket money or
cards saved (no pills), meds taken as prescribed, grandma's organiser
filled or her prescription picked up, pills kept in a bag "just in case"
(kept, not saved up), an absence for an exam, no wifi, a grounding, the
phone taken or sleep, a farewell letter to a teacher who retires or a
friend who moves, a funeral playlist for a grandparent or a game character
("for my funeral" is the writer's own only), a joke with an exam that
"will kill me", leaving this server, club or Minecraft world, the last
week of the holidays ("my last week *of*"), a birthday party, trip or
countdown.  Someone else's note ("my friend wrote her suicide note") does
not match: the note is "my" note; advice about a friend ("if a friend says
she's saving pills, tell a trusted adult") passes in every language.
Patterns run on the phrase form ("im" reads "i am", "wont" "will not", a
digit 2 "to", Spanish "ya" "you" and "y" "why").
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_stockpile_asia import RULES as _ASIA_RULES
from .selfharm_stockpile_eu import RULES as _EU_RULES
from .selfharm_stockpile_langs import RULES as _LANGS_RULES
from .selfharm_stockpile_parts import Stockpile, stockpile_rules

# -- en -----------------------------------------------------------------------------------
_PILLS_EN = (
    r"(?:pills|tablets|meds|medication|medications|medicine|painkillers|antidepressants|paracetamol|"
    r"tylenol|ibuprofen|xanax|insulin|sleeping pills|sleeping tablets|emoji_pill)"
)
_KIN_EN = (
    r"(?:mums?|moms?|mummys?|mommys?|mothers?|dads?|daddys?|fathers?|nans?|nanas?|nannas?|grans?|"
    r"grannys?|grandmas?|grandads?|granddads?|grandpas?|grandmothers?|grandfathers?|parents|"
    r"sisters?|brothers?|aunts?|aunties|uncles?)(?:'s|s')?"
)
_EN = Stockpile(
    pills="pills tablets meds medication medications medicine painkillers antidepressants "
          "paracetamol tylenol ibuprofen xanax insulin emoji_pill organiser organizer pillbox",
    hoard=r"(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|"
          r"collected|gathering|gathered|squirrel\w*) (?:up |away )?(?:[\w']+ ){0,4}?" + _PILLS_EN
          + r"|(?:putting|put|setting|set) (?:aside|away) (?:[\w']+ ){0,4}?" + _PILLS_EN + r"|"
          + _PILLS_EN + r" (?:that |which )?(?:i have |i am |i )?(?:been )?(?:saving|saved|"
          r"stockpiled|stockpiling|hoarded|hoarding|stashed|stashing|collected|collecting|put "
          r"aside|set aside)|(?:take|taking|took|nick|nicking|nicked|pinch|pinching|pinched|steal|"
          r"stealing|stole|sneak|sneaking|snuck|swipe|swiping|swiped|grab|grabbing|grabbed|pocket|"
          r"pocketing|pocketed) (?:[\w']+ ){0,6}?(?:from|out of|outta) (?:her|his|their|the|my "
          + _KIN_EN + r"|" + _KIN_EN + r") (?:\w+ )?(?:organi[sz]er|pill case|pill bottle|bottle|"
          r"medicine cabinet|medicine box|cabinet|box|packet|blister packs?|stash|meds|pills|"
          r"tablets|supply)|(?:take|taking|took|nick|nicking|nicked|pinch|pinching|pinched|steal|"
          r"stealing|stole|sneak|sneaking|snuck|swipe|swiping|swiped|pocket|pocketing) (?:like )?"
          r"(?:a couple|a few|one or two|some|to|two|three|\d+) (?:of )?(?:my |her |his )?" + _KIN_EN
          + r" (?:\w+ )?" + _PILLS_EN,
    hide=r"(?:keeping|kept|hiding|hid) (?:[\w']+ ){0,4}?" + _PILLS_EN + r"|" + _PILLS_EN
         + r" (?:that |which )?(?:i have |i am |i )?(?:been )?(?:hidden|hiding|hid|kept)",
    stock=r"for (?:weeks|months|ages|a (?:few )?(?:weeks?|months?)|like (?:a|to|two|three|\d+) "
          r"(?:weeks?|months?))|since (?:january|february|march|april|may|june|july|august|"
          r"september|october|november|december|christmas|easter|summer|last (?:week|month|year))|"
          r"(?:a|one|to|two|three|\d+) (?:weeks?|months?) now|enough (?:now|already|to)|have "
          r"enough|got enough|(?:got|have) (?:like |about |almost |nearly |over )?\d+(?: now| "
          r"already)?(?! (?:minutes|mins|hours|days|euros|dollars|quid|pounds|bucks))|instead of "
          r"(?:taking|swallowing) (?:them|it)|pretend\w* to (?:take|swallow) "
          r"(?:them|it)|(?:so|and) (?:she|he|they|nobody|no one|noone) (?:will not|does not|do not|"
          r"can not|would not|did not|has not|have not|never) (?:even )?(?:notice|noticed|know|find "
          r"out|see|realised|realized)|without (?:her|him|them|anyone|anybody) (?:noticing|knowing|"
          r"seeing)|(?:she|he|they|nobody|no one) (?:has not|have not|did not|never|does not) "
          r"(?:even )?notic\w*",
    case=r"just in case|in case|(?:each|every) (?:time|visit|single time)|whenever (?:i|we) (?:visit|"
         r"go|see|stay)|for later",
    m_hoard=r"pharmac\w*|chemist|prescri\w*|refill\w*|pick\w* (?:them |it )?up|for (?:her|him|"
            r"them)|for (?:my |her |his )?" + _KIN_EN + r"|give (?:them |it )?(?:to )?(?:her|him)|so "
            r"(?:she|he|they) (?:does not |do not |will not )?(?:forget|remember)\w*|help\w*|fill\w*|"
            r"sort\w*|organi[sz]e|organi[sz]ing|expired|out of date|dispos\w*|return\w*|throw\w* "
            r"(?:them |it )?away|recycl\w*|reach|doctor|as prescribed|headache|migraine|cramps|pain|"
            r"allerg\w*|vitamins?|gummies|sweets|candy|tic ?tacs?|mints|vet|dog|cat|trip|camp|"
            r"holiday|vacation|project|experiment|school|money|cash",
    if_trig="if",
    if_req="did went left done over happened finished gone dead alive here around know understand make",
    absent=r"if (?:i am|i) (?:not|never) (?:online|on|on here|here|around|active|back|on discord|on "
           r"snap|in (?:the )?chat|at school)|if i (?:do not|never|can not|will not) (?:\w+ )?"
           r"(?:reply|answer|respond|text back|text|message|log ?on|log ?in|come on|come online|get "
           r"on|go online|show up|post|open|read)|if (?:you|yall|you guys|you all) (?:do not|never) "
           r"(?:hear from|see|get a (?:text|message|reply) from) me|if i go (?:quiet|silent|offline|"
           r"dark|missing)|if i disappear",
    done=r"(?:it )?means i (?:did it|went through with it|finally did it|am gone|am dead|am not here "
         r"anymore|left)|i (?:did it|went through with it|finally did it)(?! (?:wrong|right|again|"
         r"better|badly|on purpose))|(?:it is|its) (?:done|over|happened|finished)(?! (?:\w+ing|with|"
         r"by|at|for|to|in|on|yet|between))|it (?:happened|is done)|(?:just know |know that )?i am "
         r"(?:gone|dead|not alive|no longer here|not here anymore|not around anymore)(?! (?:to|for|"
         r"on|out|away|camping|fishing|somewhere|till|until|with|from|at|because|\w+ing))|(?:you|you "
         r"all|yall|you guys|everyone) (?:will )?(?:know|understand) what (?:happened|i did|i have "
         r"done)|(?:you|you all|yall|you guys|everyone) will understand|i (?:did not|didnt) make it|"
         r"i will be gone",
    m_absent=r"exam\w*|tests?|quiz|revis\w*|homework|trip|camp\w*|holiday\w*|vacation|travel\w*|"
             r"flight|plane|airport|abroad|wi ?fi|internet|signal|data|battery|charger|"
             r"confiscat\w*|(?:took|takes|take|taking) my (?:phone|ipad|laptop|tablet|switch|pc)|"
             r"phone (?:is |was |got )?(?:taken|dead|broken)|grounded|punish\w*|in trouble|report "
             r"card|grades|(?:mum|mom|dad|parents) (?:found|finds|sees|saw|see)|kill me|killing me|"
             r"sleep\w*|asleep|bed|nap|sleepover|party|wedding|funeral|hospital|surgery|operation|"
             r"dentist|doctor|appointment|busy|shift|match|tournament|game|fortnite|roblox|"
             r"minecraft|updat\w*|banned|suspended|detention|church|mosque|visiting|jk|joking|"
             r"kidding|new phone|screen time|streaks?|account|delet\w*|uninstall\w*|asked \w+ out|"
             r"confess\w*|crush|passed|driving|broke|broken|cracked",
    note_trig="suicide sui suicidal",
    note=r"(?:wrote|written|write|writing|finished|typed|drafted|left|made|done|did|rewrote|redid|"
         r"started) (?:\w+ )?my (?:own )?(?:suicide|sui|suicidal) (?:note|notes|letter|letters)|my "
         r"(?:suicide|sui|suicidal) (?:note|notes|letter|letters) (?:is |are )?(?:\w+ )?(?:done|"
         r"finished|written|ready|complete|sorted)|i (?:have |just |already |finally )*(?:wrote|"
         r"written|finished|typed|drafted|left) (?:a|the) (?:suicide|sui|suicidal) (?:note|letter)",
    m_sui=r"story|stories|book|novel|character|oc|fanfic|fan fiction|roleplay|rp|script|play|"
          r"drama|movie|film|show|series|episode|game|essay|assignment|project|english (?:class|"
          r"lesson)|poem|lyrics|song|jk|joking|kidding|found (?:a|his|her|their)",
    bye_trig="goodbye farewell final last",
    bye_req="note notes letter letters messages video videos",
    farewell=r"(?:wrote|written|finished|typed|drafted|done|did|made) (?:\w+ )?my (?:goodbye|"
             r"farewell|final|last) (?:note|notes|letter|letters|messages|videos?)|my (?:goodbye|"
             r"farewell) (?:note|notes|letter|letters) (?:is |are )?(?:\w+ )?(?:done|finished|"
             r"written|ready|complete|sorted)|(?:goodbye|farewell) (?:note|notes|letter|letters) "
             r"(?:is |are )?(?:all |finally |officially )?(?:done|finished|written|complete|ready|"
             r"sorted)(?! (?:for|to))",
    casual=r"lol|lmao|lmfao|haha\w*|btw|anyway\w*|anyhow|moving on|whatever|random but|wyd|hbu|wbu|"
           r"so (?:who|what|how|anyone|any1|did|does|is|are)|what (?:are|r) (?:you|yall)|weekend|"
           r"plans|\?",
    m_note=r"teacher|miss|mrs|mr|ms|sir|coach|retir\w*|moving|moves|moved|new school|graduat\w*|"
           r"leavers?|class|school|camp|project|homework|assignment|essay|english|story|book|novel|"
           r"character|oc|fanfic|roleplay|rp|script|play|drama|movie|film|show|series|episode|game|"
           r"sims|minecraft|santa|pen ?pal|exchange|job|work|club|team|yearbook|card|wedding|"
           r"birthday|bday|christmas|exam\w*|tests?|report card|grades|(?:mum|mom|dad|parents) "
           r"(?:will )?(?:kill|sees?|finds?|found)|kill me|killing me|jk|joking|kidding|found "
           r"(?:a|his|her|their)",
    funeral_trig="funeral",
    funeral=r"(?:playlist|songs?|music|outfit|dress|flowers|coffin|casket|speech|slideshow|plans?) "
            r"(?:[\w']+ ){0,3}?for my (?:own )?funeral|my (?:own )?funeral (?:playlist|songs?|"
            r"outfit|plans?|music)|(?:planned|planning|plan) my (?:own )?funeral",
    soon=r"(?:it is|its|it will be|gonna be|going to be) (?:happening |coming )?(?:soon|very soon|"
         r"this week\w*|next week|any day)|happening soon|coming soon|not long now|(?:will not|wont) "
         r"be long|sooner than you think|(?:you will|you are going to|yall will) need it|(?:this|"
         r"next|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week)|before "
         r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|in a few days|"
         r"any day now|soon",
    world_trig="world earth planet life",
    leave=r"(?:leave|leaving|quit|quitting|exit|exiting|depart|departing|log off from|logging off "
          r"from|say goodbye to|saying goodbye to|disappear from|be gone from) (?:this|the) (?:world|"
          r"earth|planet|life)(?! (?:of|and join|and make|for a|behind))",
    day=r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|"
        r"the weekend|next week|this week|soon|on my (?:birthday|bday)|at midnight",
    decide=r"decided|decision (?:is )?(?:made|final)|made (?:up )?my mind|my mind is made up|(?:it "
           r"is|its) decided|no going back|i am sure now",
    m_world=r"minecraft|server|realm|seed|map|survival|hardcore|creative|mod|modpack|roblox|"
            r"fortnite|game|gaming|sims?|vr|anime|manga|book|novel|story|song|lyrics|movie|film|"
            r"show|series|episode|character|oc|roleplay|rp|dream|quote|meme",
    last_trig="last",
    last_req="decided decision mind going sure alive earth living",
    last=r"(?:this|it) (?:is|will be|is going to be|is gonna be) my (?:very )?last (?:week|weekend|"
         r"days?|month)(?! (?:of|at|in|before|with|as|here|off|on))|my last (?:week|weekend|days) "
         r"(?:alive|on earth|on this earth|living)",
    m_last=r"holidays?|vacation|break|trip|camp|school|term|semester|class|club|team|job|work|"
           r"shift|internship|placement|moving|move|new school|exams?|gcses?|finals|diet|challenge|"
           r"streak|detox|phone|app|account|discord|braces|cast|party|sleepover|tour|concert|lol|jk",
    bday_trig="decided",
    bday=r"decided (?:that )?i (?:will not|am not going to|am not gonna|do not want to) (?:live to "
         r"see|make it to|be (?:here|alive|around) (?:for|on|to see|by|when)|see (?:it|my|the)|"
         r"reach|turn|get to (?:see|turn))",
    bday_cue=r"birthday|bday|b day|\d+(?:th|st|nd|rd)",
    m_bday=r"party|trip|holiday|vacation|camp|away|abroad|visit\w*|travel\w*|flight|hotel|"
           r"celebrat\w*|cake|present|gift|late|on time|school",
)

# -- es -----------------------------------------------------------------------------------
_PILLS_ES = (
    r"(?:pastillas|pastis|pildoras|medicamentos|medicinas|remedios|calmantes|somniferos|"
    r"antidepresivos|paracetamol|ibuprofeno|clonazepam|rivotril|emoji_pill)"
)
_ES = Stockpile(
    pills="pastillas pastis pildoras medicamentos medicinas remedios calmantes somniferos "
          "antidepresivos paracetamol ibuprofeno clonazepam rivotril emoji_pill pastillero botiquin",
    hoard=r"(?:juntando|junto|junte|juntado|acumulando|acumulo|acumule|ahorrando|ahorro|apartando|"
          r"aparto|aparte|almacenando|coleccionando|reuniendo) (?:\w+ ){0,4}?" + _PILLS_ES + r"|"
          + _PILLS_ES + r" (?:\w+ ){0,3}?(?:juntadas|ahorradas|apartadas|acumuladas)|(?:saco|le saco|"
          r"agarro|le agarro|cojo|le cojo|robo|le robo|pillo|le pillo|me llevo|le quito|sacando|"
          r"agarrando|robando|cogiendo|quitandole) (?:\w+ ){0,6}?(?:del|de su|de sus|de la|de los) "
          r"(?:\w+ )?(?:pastillero|botiquin|cajita|caja|frasco|bote|blister|pastillas|medicamentos|"
          r"remedios)",
    hide=r"(?:guardando|guardo|guarde|guardado|escondiendo|escondo|escondi) (?:\w+ ){0,4}?"
         + _PILLS_ES + r"|" + _PILLS_ES + r" (?:\w+ ){0,3}?(?:guardadas|escondidas)",
    stock=r"(?:desde hace|hace|llevo|durante) (?:\w+ )?(?:semanas|meses|un mes)|(?:you|ya) (?:tengo|"
          r"son|van) (?:suficientes|bastantes|un monton|muchas|\d+|como \d+)|tengo suficientes|en "
          r"(?:vez|lugar) de tomarlas|sin que (?:nadie |se |lo |la |ella |el )?(?:se de cuenta|se "
          r"entere|lo note|sepa|me vea|se dan cuenta)|no se (?:ha dado|dio|da) cuenta",
    case=r"(?:por|x) si (?:acaso|las moscas)|a escondidas|cada vez",
    m_hoard=r"farmacia|receta|recog\w*|se las (?:doy|llevo)|para (?:ella|el)|le ayudo|ayudar\w*|"
            r"llen\w*|rellen\w*|orden\w*|caducad\w*|vencid\w*|tirar\w*|medico|doctor\w*|dolor|me "
            r"duele|alcance|vitaminas|gominolas|caramelos|chuches|viaje|campamento|excursion|"
            r"proyecto|cole|perro|gato|veterinari\w*|como me dijo|dinero|paga",
    if_trig="si",
    if_req="hice esta paso fue acabo termino fui estoy existo saben sabran sabreis entenderan "
           "entendereis",
    absent=r"si (?:manana |hoy |esta noche )?(?:(?:you |ya )?no|nunca) (?:me )?(?:conecto|contesto|"
           r"respondo|aparezco|escribo|entro|estoy|hablo|doy senales)|si (?:manana )?(?:no|you no|ya "
           r"no) (?:saben|tienen|ven|oyen) (?:nada )?(?:de mi|noticias mias)|si (?:manana )?"
           r"desaparezco",
    done=r"(?:es (?:q|que|porque|pq) )?(?:(?:you|ya) )?lo hice(?! (?:mal|bien|tarde|otra vez))|"
         r"(?:you|ya) (?:esta|paso|fue|se acabo|termino|me fui|no estoy|no existo)(?! \w)|(?:(?:you|"
         r"ya) )?(?:saben|sabran|sabreis|entenderan|entendereis) (?:lo que|que|q) (?:paso|hice|ha "
         r"pasado)|(?:entenderan|entendereis|sabran|sabreis)(?: (?:por que|porque|pq))?|me fui para "
         r"siempre|(?:you |ya )?no estoy (?:aqui|mas|viv[oa])|se acabo todo|todo termino",
    m_absent=r"examen\w*|prueba|control|tarea|deberes|cole|colegio|clase|viaje|excursion|"
             r"campamento|vacaciones|wifi|internet|datos|megas|bateria|cargador|(?:me )?(?:quitaron|"
             r"quitan|quita|quito) el (?:movil|cel|celular|telefono)|castigad[oa]|castigo|notas|"
             r"boletin|pueblo|dormi\w*|duermo|siesta|fiesta|boda|funeral|entierro|hospital|dentista|"
             r"medico|cita|ocupad[oa]|partido|torneo|juego|fortnite|roblox|minecraft|actualiz\w*|"
             r"baneado|misa|iglesia|broma|movil nuevo|racha|me mata|rompi\w*|roto|me gusta|"
             r"crush",
    note_trig="suicidio suicida",
    note=r"(?:escribi|escrito|escribiendo|termine|terminado|hice|deje|acabe) (?:\w+ )?mi (?:carta|"
         r"nota|notita) (?:de suicidio|suicida)|mi (?:carta|nota) (?:de suicidio|suicida) (?:(?:you|"
         r"ya) )?(?:esta )?(?:lista|terminada|hecha|escrita)",
    m_sui=r"cuento|historia|libro|novela|personaje|fanfic|rol|guion|obra|teatro|pelicula|serie|"
          r"capitulo|juego|redaccion|trabajo de|proyecto|poema|cancion|letra|broma",
    bye_trig="despedida adios final",
    bye_req="carta nota notita mensaje video",
    farewell=r"(?:escribi|termine|hice|acabe) (?:\w+ )?mi (?:carta|nota|notita|mensaje|video) "
             r"(?:de despedida|de adios|final)|(?:mi )?(?:carta|nota) de despedida (?:(?:you|ya) )?"
             r"(?:esta )?(?:lista|terminada|hecha|escrita)",
    casual=r"jaja\w*|jsjs\w*|xd|lol|bueno|en fin|anyway|btw|por cierto|cambiando de tema|q hacen|"
           r"que hacen|que tal|como estan|planes|finde|fin de semana|\?",
    m_note=r"profe\w*|maestr[ao]|seno|jubila\w*|se muda|mudanza|se va a vivir|nuevo cole|"
           r"graduacion|clase|cole|colegio|escuela|campamento|proyecto|tarea|deberes|redaccion|"
           r"cuento|libro|personaje|pelicula|serie|obra|teatro|juego|rol|amigo invisible|navidad|"
           r"cumple\w*|boda|entrenador|equipo|trabajo|examen\w*|notas|me va a matar|me mata|broma",
    funeral_trig="funeral entierro velorio",
    funeral=r"(?:playlist|lista|canciones|musica|ropa|outfit) (?:\w+ ){0,3}?(?:para|pa|de) mi "
            r"(?:propio )?(?:funeral|entierro|velorio)|(?:planee|planeando|organice) mi (?:propio )?"
            r"(?:funeral|entierro)",
    soon=r"pronto|falta poco|queda poco|(?:este|el) (?:lunes|martes|miercoles|jueves|viernes|sabado|"
         r"domingo|finde)|(?:esta|la proxima) semana|en (?:unos )?(?:dias|poco)|antes de lo que "
         r"(?:creen|piensan)|la van a necesitar",
    world_trig="mundo planeta",
    leave=r"(?:me voy|irme|me ire|me vaya|dejo|dejar|dejare|abandono|abandonar|desaparezco|"
          r"desaparecer|salgo|salir|me despido|despedirme) (?:de )?(?:este|del|el) (?:mundo|"
          r"planeta)(?! (?:de|del|virtual))",
    day=r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|esta noche|manana|este finde|el "
        r"finde|fin de semana|la proxima semana|esta semana|pronto|en mi cumple|a medianoche",
    decide=r"decidi|he decidido|tengo decidido|esta decidido|decision tomada|lo tengo claro|no hay "
           r"vuelta atras",
    m_world=r"minecraft|server|servidor|juego|partida|mapa|roblox|fortnite|sims|anime|libro|novela|"
            r"cuento|cancion|letra|pelicula|serie|personaje|rol|sueno|frase|meme",
    last_trig="ultima",
    last_req="decidi decidido decision claro vuelta vida viva vivo mundo tierra",
    last=r"(?:es|sera|va a ser) mi ultima semana(?! (?:de|del|en|con|antes|como|aqui|sin))|mi "
         r"ultima semana (?:con vida|viv[oa]|en este mundo|en la tierra)",
    m_last=r"vacaciones|cole|colegio|escuela|clase|curso|trimestre|campamento|trabajo|practicas|"
           r"equipo|club|mudanza|mudo|examenes|dieta|reto|racha|movil|brackets|fiesta|viaje|jaja\w*",
    bday_trig="decidi",
    bday=r"decidi (?:que )?(?:you )?no (?:voy a llegar|llego|voy a cumplir|cumplo|voy a estar|"
         r"estare|voy a ver|veo)(?! (?:tarde|a tiempo|temprano|a la|al))",
    bday_cue=r"cumple\w*|\d+ anos",
    m_bday=r"fiesta|viaje|vacaciones|fuera|casa de|celebr\w*|tarta|regalo|campamento|cole",
)

RULES: list[Rule] = [
    *stockpile_rules(_EN),
    *stockpile_rules(_ES),
    *_EU_RULES,
    *_LANGS_RULES,
    *_ASIA_RULES,
]
