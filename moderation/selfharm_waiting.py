"""Means stockpiled or ready, and a moment waited for (en es pt fr de it;
ru ar zh hi tr pl id are in `selfharm_waiting_langs.py`).

Why: unseen data showed disclosures that name no act at all: "i have enough
pills saved up, just waiting for the weekend when my parents are away",
"got the rope, only waiting till everyone's asleep", "tengo la cuerda, solo
espero a que todos se duerman", "hab genug tabletten gesammelt, warte nur
noch aufs wochenende".  `selfharm_means.py` pairs means with secrecy or
resignation and `selfharm_rehearse.py` a plan ("i know how") with a time;
neither reads *the means kept for a moment*.  A message is held when

* **means held**: pills, tablets or meds with a word that they were saved,
  collected, hidden, are enough or ready ("saved up my meds", "las
  pastillas ya están listas"), or a rope, noose or blades at all ("got the
  rope", "la corde est dans mon placard");
* and **a moment**: waiting for a time or a chance (the weekend, a weekday,
  tonight, the right moment), for the others to sleep or leave, for the
  house to be empty or to be alone ("solo falta que me quede sola"), a day
  named as *the* day ("friday is the day", "sexta é o dia", "sonntag ist es
  soweit"), or "when / once everyone's asleep / my parents are away".

What passes: money or tickets saved for a sale or a concert (no means),
pills saved because the pharmacy is closed at the weekend (no moment waited
for, and the pharmacy is an everyday purpose: `frames_more.purpose_frame`),
medicine packed for a trip, a rope for a swing or a climbing day (purpose),
"waiting for mum to pick up my prescription" (not a moment of being alone),
and advice about a friend ("if a friend saves pills and waits for the
weekend, tell an adult": the generic frame).

Speed: the means words are the triggers and the moment words a word gate
(`requires`), so the pair regex only runs on a message that has both.
Patterns run on the phrase form (accents stripped, "im" -> "i am",
"gotta" -> "got to", "4" -> "for", Spanish "ya" -> "you").
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_eating import _pair

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# -- en ---------------------------------------------------------------------------
_PILLS_EN = (
    r"(?:pills|tablets|meds|medication|medicine|painkillers|antidepressants|paracetamol|ibuprofen|"
    r"sleeping pills|sleeping tablets|emoji_pill)"
)
_STOCK_EN = (
    r"(?:saved|saving|stockpiled|stockpiling|collected|collecting|hoarded|hoarding|stashed|stashing|"
    r"hid|hidden|hiding|enough|counted|ready|prepared|lined up|set aside|put aside)"
)
_OTHER_EN = r"(?:rope|ropes|noose|blades?|razor ?blades?|emoji_rope|emoji_razor)"
_HELD_EN = (
    rf"{_STOCK_EN} (?:up |away )?(?:[\w']+ ){{0,3}}?{_PILLS_EN}|{_PILLS_EN}(?:'s| are| is)? (?:[\w']+ )"
    rf"{{0,3}}?{_STOCK_EN}|{_OTHER_EN}"
)
_PEOPLE_EN = (
    r"(?:everyone|everybody|every1|they|them|(?:my )?(?:mum|mom|mother) and (?:dad|father)|my (?:parents|"
    r"family|folks|mum|mom|dad|mother|father)|mum|mom|dad|the others|the house)"
)
_GONE_EN = (
    r"(?:asleep|sleeping|(?:go|goes|gone|went) to (?:sleep|bed|work)|(?:fall|falls) asleep|away|out|"
    r"gone|at work|on holiday|on vacation|(?:go|goes|to go) (?:away|out|on holiday)|leave|leaves|empty)"
)
_MOMENT_EN = (
    # waiting for a time, a chance, the others to sleep or leave, being alone
    r"(?:wait|waiting|waited|got to wait|have to wait|need to wait|just need|only need|all i need is)"
    r"(?: for| till| until| on)? (?:the |a |one )?(?:weekend|" + _DAY + r"|tonight|tomorrow night|"
    r"(?:right|perfect|good) (?:moment|time|day|night|chance)|moment|my chance|the day|"
    + _PEOPLE_EN + r"(?:'s|'re| is| are| to(?: be)?)? (?:all )?" + _GONE_EN + r"|house to myself|"
    r"(?:night|day|evening) (?:alone|to myself|home alone)|to be alone|being alone|to be home alone)|"
    # a day named as the day
    r"(?:" + _DAY + r"|tonight|tomorrow|" + _DAY + r" night)(?:'s| is| will be) (?:the|my) (?:day|"
    r"night|date)|(?:the )?(?:day|date) is (?:set|picked|chosen|decided)|"
    # when / once the others are gone
    r"(?:when|once|while|as soon as) " + _PEOPLE_EN + r"(?:'s|'re| is| are)? (?:all )?" + _GONE_EN
    + r"|(?:when|once) (?:i am|i get) (?:home )?alone"
)
_REQ_EN = (
    "wait waiting waited need weekend monday tuesday wednesday thursday friday saturday sunday "
    "tonight tomorrow moment chance day date when once while soon alone"
)

# -- es ---------------------------------------------------------------------------
_DIA_ES = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
_PILLS_ES = (
    r"(?:pastillas|pastis|medicamentos|medicinas|remedios|somniferos|calmantes|antidepresivos|"
    r"paracetamol|emoji_pill)"
)
_STOCK_ES = (
    r"(?:guarde|guardadas|guardados|guardando|guardo|junte|juntadas|juntando|junto|ahorre|ahorrando|"
    r"escondi|escondidas|escondidos|escondo|acumule|acumuladas|acumulando|suficientes|bastantes|"
    r"listas|listos|preparadas|preparados|separe|separadas)"
)
_OTHER_ES = r"(?:cuerda|soga|cuchillas?|navajas?|hojas de afeitar|emoji_rope|emoji_razor)"
_HELD_ES = (
    rf"{_STOCK_ES} (?:[\w']+ ){{0,4}}?{_PILLS_ES}|{_PILLS_ES} (?:[\w']+ ){{0,4}}?{_STOCK_ES}|{_OTHER_ES}"
)
_PEOPLE_ES = (
    r"(?:todos|todo el mundo|mis (?:papas|padres|viejos)|mi (?:mama|papa|madre|padre|familia)|ellos|"
    r"se)"
)
_GONE_ES = (
    r"(?:se )?(?:duerma|duerman|dormidos|vaya|vayan|salga|salgan|no (?:este|esten)|este fuera|esten "
    r"fuera|de viaje|a trabajar)"
)
_MOMENT_ES = (
    r"(?:espero|esperando|esperar|esperare|falta|me falta|queda) (?:a |al |el |la |que |a que )?(?:"
    r"finde|fin de semana|" + _DIA_ES + r"|esta noche|la noche|(?:el )?momento|(?:el )?dia|"
    + _PEOPLE_ES + r" (?:\w+ ){0,2}?" + _GONE_ES + r"|(?:se )?" + _GONE_ES + r"|(?:me )?(?:quede|"
    r"estar|quedarme) sol[oa]|(?:la casa )?(?:este |se quede )?vacia)|"
    r"(?:el )?(?:" + _DIA_ES + r"|esta noche|manana) (?:es|sera) (?:el|mi) (?:dia|noche)|"
    r"(?:cuando|en cuanto|apenas) " + _PEOPLE_ES + r" (?:\w+ ){0,2}?" + _GONE_ES + r"|cuando (?:este|"
    r"me quede) sol[oa]"
)
_REQ_ES = (
    "espero esperando esperar esperare falta queda finde fin lunes martes miercoles jueves viernes "
    "sabado domingo noche momento dia cuando cuanto apenas"
)

# -- pt ---------------------------------------------------------------------------
_DIA_PT = r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)"
_PILLS_PT = (
    r"(?:remedios?|comprimidos|pilulas|calmantes|medicamentos|antidepressivos|paracetamol|"
    r"emoji_pill)"
)
_STOCK_PT = (
    r"(?:guardei|guardando|guardados|guardadas|guardo|juntei|juntando|junto|escondi|escondidos|"
    r"escondidas|escondo|acumulei|acumulando|suficientes?|bastante|prontos|prontas|pronto|separei|"
    r"separados)"
)
_OTHER_PT = r"(?:corda|laminas?|giletes?|emoji_rope|emoji_razor)"
_HELD_PT = (
    rf"{_STOCK_PT} (?:[\w']+ ){{0,4}}?{_PILLS_PT}|{_PILLS_PT} (?:[\w']+ ){{0,4}}?{_STOCK_PT}|{_OTHER_PT}"
)
_PEOPLE_PT = r"(?:todos|todo mundo|meus pais|minha (?:mae|familia)|meu pai|eles|elas)"
_GONE_PT = (
    r"(?:dormirem|dormir|dormindo|sairem|sair|viajarem|viajar|viajam|forem embora|estiverem fora|"
    r"viajando|no trabalho)"
)
_MOMENT_PT = (
    r"(?:esperando|espero|esperar|falta|so falta) (?:o |a |ate |que |pra |pro )?(?:fim de semana|"
    + _DIA_PT + r"|hoje a noite|a noite|(?:a )?hora(?: certa)?|(?:o )?momento(?: certo)?|(?:o )?dia|"
    + _PEOPLE_PT + r" (?:\w+ )?" + _GONE_PT + r"|ficar sozinh[oa]|(?:a )?casa (?:ficar )?vazia)|"
    r"(?:" + _DIA_PT + r"|hoje a noite|amanha)(?: feira)? (?:e|vai ser|sera) o (?:dia|meu dia)|"
    r"(?:quando|assim que) " + _PEOPLE_PT + r" (?:\w+ )?" + _GONE_PT + r"|quando (?:eu )?ficar "
    r"sozinh[oa]"
)
_REQ_PT = (
    "esperando espero esperar falta fim segunda terca quarta quinta sexta sabado domingo noite hora "
    "momento dia quando assim"
)

# -- fr ---------------------------------------------------------------------------
_JOUR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_PILLS_FR = (
    r"(?:cachets|comprimes|medocs|medicaments|pilules|somniferes|antidepresseurs|doliprane|"
    r"paracetamol|emoji_pill)"
)
_STOCK_FR = (
    r"(?:garde|gardes|gardees|stocke|stockes|stockees|cache|caches|cachees|accumule|accumules|de cote|"
    r"assez|prets|pretes|prepare|prepares|preparees|planque|planques|economise|je garde)"
)
_OTHER_FR = r"(?:corde|lames?|lames de rasoir|emoji_rope|emoji_razor)"
_HELD_FR = (
    rf"{_STOCK_FR} (?:[\w']+ ){{0,4}}?{_PILLS_FR}|{_PILLS_FR} (?:[\w']+ ){{0,4}}?{_STOCK_FR}|{_OTHER_FR}"
)
_PEOPLE_FR = r"(?:tout le monde|mes parents|ma mere|mon pere|maman|papa|ils|elles|ma famille)"
_GONE_FR = (
    r"(?:dort|dorme|dorment|dormiront|s'endorment|endormis|seront partis|sera partie?|soient partis|"
    r"partent|part|sortent|sort|en vacances|au travail|absents)"
)
_MOMENT_FR = (
    r"(?:j'attends|jattends|attendre|attends|il me manque|me manque|il (?:me )?reste (?:plus qu'a|a))"
    r" (?:juste |seulement |plus que |que )?(?:le |la |les |que |qu'|d')?(?:week ?end|weekend|"
    + _JOUR + r"|ce soir|la nuit|(?:le )?bon moment|(?:le )?moment|(?:le )?jour|" + _PEOPLE_FR
    + r" (?:\w+ )?" + _GONE_FR + r"|ils partent|elles partent|etre seule?|une (?:soiree|nuit) seule?|"
    r"la maison vide)|"
    r"(?:" + _JOUR + r"|ce soir|demain) (?:c'est|ce sera|sera) (?:le|mon) (?:jour|soir|grand jour)|"
    r"(?:quand|des que|une fois que|lorsque) " + _PEOPLE_FR + r" (?:\w+ )?" + _GONE_FR
    + r"|quand (?:je suis|je serai) seule?"
)
_REQ_FR = (
    "j'attends jattends attendre attends manque reste week weekend lundi mardi mercredi jeudi "
    "vendredi samedi dimanche soir nuit moment jour demain quand des fois lorsque"
)

# -- de ---------------------------------------------------------------------------
_TAG = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_PILLS_DE = (
    r"(?:tabletten|pillen|medikamente|schlaftabletten|paracetamol|ibuprofen|antidepressiva|"
    r"emoji_pill)"
)
_STOCK_DE = (
    r"(?:gesammelt|sammle|gespart|gebunkert|bunkere|versteckt|verstecke|aufgehoben|hebe|genug|bereit|"
    r"zuruckgelegt|gehortet|horte|beiseite gelegt)"
)
_OTHER_DE = r"(?:seil|strick|klingen|rasierklingen|klinge|emoji_rope|emoji_razor)"
_HELD_DE = (
    rf"{_STOCK_DE} (?:[\w']+ ){{0,4}}?{_PILLS_DE}|{_PILLS_DE} (?:[\w']+ ){{0,4}}?{_STOCK_DE}|{_OTHER_DE}"
)
_PEOPLE_DE = r"(?:alle|meine eltern|mama|papa|meine mutter|mein vater|sie|meine familie)"
_GONE_DE = (
    r"(?:schlafen|schlaft|eingeschlafen|weg sind|weg ist|arbeiten ist|arbeiten sind|(?:im|i am) urlaub|in den "
    r"urlaub|unterwegs)"
)
_MOMENT_DE = (
    r"(?:warte|warten|wart|brauch|brauche) (?:nur |halt |jetzt )?(?:noch )?(?:bis |auf |aufs |auf den "
    r"|auf das |darauf dass )?(?:das )?(?:wochenende|" + _TAG + r"|heute nacht|heute abend|(?:den )?"
    r"(?:richtigen )?moment|" + _PEOPLE_DE + r" (?:\w+ ){0,3}?" + _GONE_DE + r"|ich allein bin|einen "
    r"abend allein|eine nacht allein|(?:einen abend |eine nacht )?sturmfrei)|"
    r"(?:" + _TAG + r"|heute nacht|heute abend|morgen|heute) (?:ist|wird) (?:der tag|es soweit|die "
    r"nacht)|(?:wenn|sobald) " + _PEOPLE_DE + r" (?:\w+ ){0,3}?" + _GONE_DE + r"|wenn ich (?:allein "
    r"bin|sturmfrei hab)"
)
_REQ_DE = (
    "warte warten wart brauch brauche wochenende montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag heute morgen moment wenn sobald sturmfrei"
)

# -- it ---------------------------------------------------------------------------
_GIORNO = r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
_PILLS_IT = (
    r"(?:pillole|pastiglie|medicine|farmaci|compresse|sonniferi|tachipirina|psicofarmaci|"
    r"emoji_pill)"
)
_STOCK_IT = (
    r"(?:messo da parte|metto da parte|da parte|conservato|conservate|conservo|nascosto|nascoste|"
    r"nascondo|accumulato|accumulate|accumulo|abbastanza|pronte|pronti|raccolto|raccolte|risparmiato)"
)
_OTHER_IT = r"(?:corda|lamette|lametta|emoji_rope|emoji_razor)"
_HELD_IT = (
    rf"{_STOCK_IT} (?:[\w']+ ){{0,4}}?{_PILLS_IT}|{_PILLS_IT} (?:[\w']+ ){{0,4}}?{_STOCK_IT}|{_OTHER_IT}"
)
_PEOPLE_IT = r"(?:tutti|i miei|i miei genitori|mia madre|mio padre|mamma|papa|loro)"
_GONE_IT = (
    r"(?:dormano|dormono|dormiranno|escono|escano|partono|partano|vanno|va|sono via|non ci sono|al "
    r"lavoro|in vacanza)"
)
_MOMENT_IT = (
    r"(?:aspetto|aspettando|aspettare|mi serve|mi manca|manca) (?:solo |soltanto )?(?:il |la |che |di "
    r"|l')?(?:weekend|fine settimana|" + _GIORNO + r"|stasera|stanotte|momento giusto|momento|giorno|"
    + _PEOPLE_IT + r" (?:\w+ )?" + _GONE_IT + r"|(?:che )?" + _GONE_IT + r"|essere sola?|restare "
    r"sola?|una (?:sera|notte) da sola?|casa vuota)|"
    r"(?:" + _GIORNO + r"|stasera|stanotte|domani) (?:e|sara) (?:il|la) (?:giorno|sera|notte)|"
    r"(?:quando|appena|non appena) (?:" + _PEOPLE_IT + r" (?:\w+ )?" + _GONE_IT + r"|(?:dormono|escono|partono) "
    r"tutti)|quando (?:sono|saro|"
    r"resto) sola?"
)
_REQ_IT = (
    "aspetto aspettando aspettare serve manca weekend fine lunedi martedi mercoledi giovedi venerdi "
    "sabato domenica stasera stanotte momento giorno domani quando appena"
)

RULES: list[Rule] = [
    rule("self_harm:planning", "self_harm",
         "pills tablets meds medication medicine painkillers antidepressants paracetamol ibuprofen "
         "emoji_pill rope ropes noose blade blades razor razorblade razorblades emoji_rope emoji_razor",
         _pair(_HELD_EN, _MOMENT_EN), framed="generic", requires=_REQ_EN),
    rule("self_harm:planning", "self_harm",
         "pastillas pastis medicamentos medicinas remedios somniferos calmantes antidepresivos "
         "paracetamol emoji_pill cuerda soga cuchilla cuchillas navaja navajas hojas emoji_rope "
         "emoji_razor",
         _pair(_HELD_ES, _MOMENT_ES), framed="generic", requires=_REQ_ES),
    rule("self_harm:planning", "self_harm",
         "remedio remedios comprimidos pilulas calmantes medicamentos antidepressivos paracetamol "
         "emoji_pill corda lamina laminas gilete giletes emoji_rope emoji_razor",
         _pair(_HELD_PT, _MOMENT_PT), framed="generic", requires=_REQ_PT),
    rule("self_harm:planning", "self_harm",
         "cachets comprimes medocs medicaments pilules somniferes antidepresseurs doliprane "
         "paracetamol emoji_pill corde lame lames emoji_rope emoji_razor",
         _pair(_HELD_FR, _MOMENT_FR), framed="generic", requires=_REQ_FR),
    rule("self_harm:planning", "self_harm",
         "tabletten pillen medikamente schlaftabletten paracetamol ibuprofen antidepressiva "
         "emoji_pill seil strick klingen rasierklingen klinge emoji_rope emoji_razor",
         _pair(_HELD_DE, _MOMENT_DE), framed="generic", requires=_REQ_DE),
    rule("self_harm:planning", "self_harm",
         "pillole pastiglie medicine farmaci compresse sonniferi tachipirina psicofarmaci emoji_pill "
         "corda lamette lametta emoji_rope emoji_razor",
         _pair(_HELD_IT, _MOMENT_IT), framed="generic", requires=_REQ_IT),
]
