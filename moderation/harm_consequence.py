"""Threats told by their consequence (appended to `harm.RULES`).

A bully who sets a fight rarely says "I will hit you"; he names a time and a
place and what the reader will need afterwards: "tomorrow behind the gym,
bring your friends, won't help, you'll need a dentist after", "you'll be
eating through a straw", "danach erkennt dich deine Mutter nicht mehr",
"vas a salir en ambulancia", "потом тебе понадобится стоматолог", "بتاكل
بالشفاطة", "打得你满地找牙".  Two shapes, in en de es fr pt it ru ar zh hi tr
pl id:

* an injury the reader will have (a dentist, an ambulance, a straw to eat
  through, hospital, "your mum won't recognise you") *and* a meeting cue in
  the message (tomorrow, after school, behind the gym, a weekday, "bring your
  friends", "at 4").  Neither half is a threat alone: "you'll need a dentist
  after eating all that candy" and "meet me behind the gym at 3" pass; a
  cause after the injury ("after eating all that candy", "after your wisdom
  teeth") or between the cue and the injury (surgery, braces, a fall, a
  match) excuses it;
* the same injury eaten "through a straw for a month" with no meeting cue,
  when nothing before it in the sentence names a cause, a report or a lesson.

"bring your friends, won't help" and "if you come to school you're dead" are
`harm_showdown.py`.
"""

from __future__ import annotations

from .harm_bodily import _NO_GAME
from .packs.zh import zrule
from .rules import Rule, rule

# a cause for the injury named between the meeting cue and the injury, or
# right after it: dental work, sweets, an accident, a match or training
_CAUSES = (r"(?:surgery|operation|wisdom|braces|filling|candy|sweets|sugar|chocolate|fizzy|"
           r"accident|crash|fell|fall|injury|injured|broke|match|training|workout|leg day|"
           r"op|halloween|zahnspange|weisheitszahne|operation|sussigkeiten|unfall|training|"
           r"ortodoncia|brackets|muelas del juicio|caramelos|dulces|golosinas|accidente|"
           r"entrenamiento|partido|appareil|dents de sagesse|bonbons|chute|entrainement|aparelho|"
           r"sisos|doces|docinhos|queda|treino|apparecchio|denti del giudizio|caramelle|dolci|"
           r"incidente|allenamento|брекеты|брекетов|операции|конфет|конфеты|сладкого|трениров\w*|"
           r"тренировки|падения|аварии|تقويم|حلويات|الحلويات|حادث|عمليه|تمرين|ameliyat|"
           r"seker|sekerden|tatli|kaza|antrenman|aparat|cukierk\w*|slodyczy|wypadku|treningu|"
           r"operacji|behel|permen|kecelakaan|operasi|latihan|candy|mithai|operation|chot)")
_NO_CAUSE = r"(?![^.!?]{0,40}\b" + _CAUSES + r"\b)"
_GAP_ANY = r"(?:(?!\b" + _CAUSES + r"\b).){0,160}?"
# a report, a lesson, a quote or a cause before the match in its sentence
_NOT_TOLD = (r"(?![\"']|(?:" + _CAUSES + r"|said|says|told|asked|wrote|texted|sent|dijo|dice|dit|disse|"
             r"detto|gesagt|sagt|сказал\w*|قال\w*|قالت|dedi|powiedzial\w*|bilang|kaha|कहा|dentist|"
             r"zahnarzt|dentista|dentiste|стоматолог|dokter|doctor|arzt|medico|medecin|врач|"
             r"دكتور|doktor|lekarz|dentysta|someone|somebody|learned|learnt|lesson|example)\b)")
# the sentence up to the match, without a report, a lesson or a cause
_LEAD = r"(?:^|(?<=[.!?] ))(?:" + _NOT_TOLD + r"\S+ ){0,20}?"


def _meet_hurt(triggers: str, meet: str, hurt: str, requires: str) -> Rule:
    """A meeting cue, then (in the message) the reader's injury, or the
    injury and then the cue; no cause of the injury near it."""
    return rule("threat:violence", "threat", triggers,
                _LEAD + meet + _GAP_ANY + hurt + _NO_CAUSE + _NO_GAME + "|" + hurt + _NO_CAUSE + _NO_GAME
                + r"[^.!?]{0,60}?" + meet, requires=requires)


# -- en --------------------------------------------------------------------
_MEET_EN = (r"\b(?:tomorrow|tmrw|tomoz|2moro|tonight|after school|after class|at lunch|at break|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|behind the \w+|by the "
            r"(?:bins|bike sheds|gates?|shops|canal|park|bus stop)|at the (?:gates?|back gate|"
            r"front gate|park|bus stop|bike sheds|field|shops|station|skatepark)|bring (?:all )?"
            r"(?:your|ur|ya) (?:\w+ )?(?:friends|mates|boys|crew|squad|gang|bros|brother|"
            r"brothers|cousins|dad)|bring (?:whoever|who ever|anyone|everyone) you want|(?:meet|"
            r"see|catch) (?:me|you)|you and me|me and you|at (?:\d{1,2}|for|to)(?: \d\d)?)\b")
_YOU_EN = r"\b(?:you|your|ur|you'll|youll|ull)(?: \w+){0,3}? "
_HURT_EN = (r"(?:" + _YOU_EN + r"(?:need|needing) (?:an? |the |some )?(?:new )?(?:dentist|"
            r"ambulance|new face|face|teeth|doctor|hospital bed|stitches|wheelchair|crutches|cast|"
            r"plastic surgeon|surgeon|paramedics?|nose|jaw|neck brace)|" + _YOU_EN + r"(?:be )?"
            r"(?:eating|drinking|eat|drink|sipping|having) (?:\w+ ){0,3}?through a straw|"
            + _YOU_EN + r"(?:be|end up|wake up|go home|leave|going home|leaving) (?:\w+ )?(?:in|on) "
            r"(?:an? |the )?(?:hospital|a and e|ambulance|wheelchair|stretcher|body bag|coma|icu)|"
            r"\bpicking (?:up )?(?:your|ur) teeth (?:up )?off the (?:floor|ground|pavement)|"
            r"\b(?:no one|your (?:own )?(?:mum|mom|mother|mam|family|parents)) (?:\w+ )?(?:will|wont|"
            r"will not|is going to|are going to)(?: \w+)? recogni[sz]e (?:you|your face)|"
            r"\bhope (?:your|ur) (?:mum|mom|mother|parents|family) (?:\w+ )?(?:likes|like|enjoys) "
            r"(?:visiting )?(?:hospitals|the hospital|a and e)|"
            + _YOU_EN + r"(?:be )?(?:spitting|counting) (?:out )?(?:your|ur) teeth)\b")

# -- de --------------------------------------------------------------------
_MEET_DE = (r"\b(?:morgen|heute abend|nach der schule|in der pause|montag|dienstag|mittwoch|"
            r"donnerstag|freitag|samstag|sonntag|hinter der \w+|hinterm \w+|am (?:bahnhof|tor|"
            r"schultor|spielplatz|kiosk|skatepark)|bring (?:\w+ )?(?:deine|deinen) (?:\w+ )?"
            r"(?:freunde|kumpels|jungs|bruder|leute|gang|cousins)|wir sehen uns|triff mich|um "
            r"(?:\d{1,2}|for|to)(?: uhr)?)\b")
_HURT_DE = (r"\b(?:(?:brauchst du|du brauchst|wirst du|du wirst)(?: \w+){0,3}? (?:nen|einen|ein|"
            r"eine|neue|n) (?:neues |neue )?(?:zahnarzt|krankenwagen|notarzt|gesicht|zahne|"
            r"rollstuhl|krucken|gips|sanitater|chirurgen)|(?:du|kannst du|wirst du)(?: \w+){0,4}? "
            r"durch (?:ne |nen |einen |einem |n )?(?:strohhalm|trinkhalm) (?:essen|trinken)|"
            r"(?:du )?(?:landest|liegst|endest|wachst) (?:\w+ ){0,2}?(?:im|i am) (?:krankenhaus|rollstuhl|"
            r"koma|krankenwagen|gips)|erkennt dich (?:\w+ ){0,2}?(?:deine (?:eigene )?(?:mutter|"
            r"mama|familie)|keiner|niemand)|(?:deine (?:eigene )?(?:mutter|mama)|keiner|niemand) "
            r"(?:wird|erkennt) dich (?:\w+ )?(?:nicht mehr|nie wieder)|(?:deine )?zahne vom boden "
            r"(?:aufsammeln|einsammeln|aufheben))\b")

# -- es --------------------------------------------------------------------
_MEET_ES = (r"\b(?:manana|esta tarde|esta noche|a la salida|despues de clase|despues del cole|"
            r"en el recreo|lunes|martes|miercoles|jueves|viernes|sabado|domingo|detras del? \w+|"
            r"en el parque|en la puerta|trae a (?:\w+ )?(?:tus|tu) (?:\w+ )?(?:amigos|amigas|panas|"
            r"colegas|hermanos|hermano|primos|compas)|nos vemos|te espero|a las (?:\d{1,2}|for|"
            r"to))\b")
_HURT_ES = (r"\b(?:(?:vas a|vais a|tendras que|te va a hacer falta|te hara falta|necesitaras)"
            r"(?: \w+){0,3}? (?:dentista|ambulancia|cara nueva|dientes nuevos|silla de ruedas|"
            r"muletas|escayola|cirujano)|(?:vas a|acabaras|terminaras|saldras|despertaras)(?: \w+)"
            r"{0,2}? (?:en|del|de) (?:el |la |una )?(?:hospital|ambulancia|urgencias|silla de ruedas|"
            r"camilla|coma)|(?:vas a|tendras que|vas a tener que) (?:\w+ )?(?:comer|beber|tomar)"
            r"[^.!?]{0,20}?(?:pajita|popote|pitillo|sorbete)|comeras (?:\w+ ){0,3}?(?:pajita|"
            r"popote|pitillo|sorbete)|ni tu (?:propia )?(?:madre|mama|vieja|familia) te (?:\w+ )?"
            r"(?:reconocer|reconocera|va a reconocer)|no te (?:va a reconocer|reconocera) ni tu "
            r"(?:madre|mama|vieja)|(?:recoger|juntar) (?:tus )?dientes del suelo)\b")

# -- fr --------------------------------------------------------------------
_MEET_FR = (r"\b(?:demain|ce soir|a la sortie|apres les cours|apres l'ecole|a la recre|lundi|"
            r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|derriere (?:le|la|l') ?\w+|devant le "
            r"(?:college|lycee|portail)|au (?:parc|portail|city|stade)|(?:ramene|amene|ramenes|"
            r"amenes) (?:\w+ )?(?:tes|ton|ta) (?:\w+ )?(?:potes|amis|copains|freres|frere|cousins|"
            r"bande|gang|reufs)|on se voit|je t'attends|rdv|a (?:\d{1,2}|for|to) ?h)\b")
_HURT_FR = (r"\b(?:tu (?:vas|va|auras|devras)[^.!?]{0,30}?\b(?:dentiste|ambulance|nouveau visage|"
            r"nouvelles dents|fauteuil roulant|bequilles|platre|chirurgien)|tu (?:vas|va) (?:\w+ )?"
            r"(?:finir|terminer|te retrouver|repartir|rentrer|sortir|dormir) (?:\w+ )?(?:a "
            r"l'hopital|a l'hosto|aux urgences|en ambulance|en fauteuil|sur une civiere|dans le coma|"
            r"en reanimation)|tu (?:finiras|repartiras|termineras|rentreras|sortiras) (?:\w+ )?(?:a "
            r"l'hopital|a l'hosto|aux urgences|en ambulance|en fauteuil|sur une civiere|dans le coma)|"
            r"tu (?:vas|va|devras) (?:\w+ )?(?:manger|boire|te nourrir)[^.!?]{0,15}?(?:a la|avec "
            r"une|par une) paille|tu mangeras (?:\w+ )?(?:a la|avec une) paille|meme ta (?:propre )?"
            r"(?:mere|daronne|famille)(?: \w+){0,3}? (?:reconnaitra|reconnaitre)|ta (?:mere|"
            r"daronne) (?:\w+ )?(?:te )?reconnaitra (?:pas|plus)|(?:ramasser|ramasseras) tes dents)\b")

# -- pt --------------------------------------------------------------------
_MEET_PT = (r"\b(?:amanha|hoje a noite|na saida|depois da aula|depois da escola|no recreio|"
            r"segunda|terca|quarta|quinta|sexta|sabado|domingo|atras d[oa] \w+|no portao|na "
            r"pracinha|na quadra|(?:traz|tras|chama|leva) (?:\w+ )?(?:teus|seus|tua|sua|os) "
            r"(?:\w+ )?(?:amigos|amigas|parceiros|manos|irmaos|irmao|primos|colegas|bonde|galera|"
            r"turma)|te espero|a gente se ve|as (?:\d{1,2}|for|to))\b")
_HURT_PT = (r"\b(?:(?:vai|vais|vai ter que|vai precisar)[^.!?]{0,20}?\b(?:dentista|ambulancia|"
            r"samu|cara nova|dentes novos|cadeira de rodas|muletas|gesso|cirurgiao)|(?:vai|vais) "
            r"(?:\w+ ){0,2}?(?:parar|acabar|sair|terminar|acordar|dormir) (?:\w+ )?(?:no hospital|"
            r"na uti|de ambulancia|numa maca|na maca|em coma|no pronto socorro|de cadeira de rodas)|"
            r"(?:vai|vais|vai ter que) (?:\w+ )?(?:comer|beber|tomar|se alimentar)[^.!?]{0,15}?"
            r"(?:canudo|canudinho)|nem (?:a )?(?:tua|sua) (?:propria )?(?:mae|familia|coroa|velha) "
            r"(?:vai )?te (?:reconhecer|reconhece))\b")

# -- it --------------------------------------------------------------------
_MEET_IT = (r"\b(?:domani|stasera|all'?uscita|all uscita|dopo scuola|dopo la scuola|alla "
            r"ricreazione|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|dietro (?:la|"
            r"alla|il|al) \w+|al (?:parco|campetto|cancello)|porta (?:\w+ )?(?:i tuoi|tuo|tua) "
            r"(?:\w+ )?(?:amici|amiche|fratelli|fratello|cugini|soci)|ci vediamo|ti aspetto|alle "
            r"(?:\d{1,2}|for|to))\b")
_HURT_IT = (r"\b(?:(?:ti servira|avrai bisogno di|dovrai andare dal|dovrai chiamare|ti ci vorra)"
            r"[^.!?]{0,15}?\b(?:dentista|ambulanza|faccia nuova|denti nuovi|sedia a rotelle|"
            r"stampelle|gesso|chirurgo)|(?:finirai|uscirai|tornerai|ti sveglierai|andrai a casa) "
            r"(?:\w+ ){0,2}?(?:in ospedale|all'?ospedale|all ospedale|in ambulanza|al pronto "
            r"soccorso|in sedia a rotelle|in barella|in coma)|(?:mangerai|berrai|dovrai mangiare) "
            r"(?:\w+ ){0,3}?(?:con la|con una|dalla|da una|con) cannuccia|(?:neanche|nemmeno|"
            r"neppure) (?:tua madre|tua mamma|la tua famiglia|i tuoi)(?: \w+){0,2}? ti "
            r"(?:riconoscera|riconosce|riconosceranno))\b")

# -- ru --------------------------------------------------------------------
_MEET_RU = (r"\b(?:завтра|сегодня вечером|после школы|после уроков|на перемене|в понедельник|во "
            r"вторник|в среду|в четверг|в пятницу|в субботу|в воскресенье|за (?:спортзалом|школои|"
            r"гаражами|магазином|углом)|у (?:школы|ворот|гаражеи)|(?:бери|возьми|приводи|зови|"
            r"приведи) (?:\S+ ){0,2}?(?:своих|твоих) (?:\S+ )?(?:друзеи|дружков|корешеи|пацанов|"
            r"братьев|брата)|встретимся|жду тебя|в (?:\d{1,2}|for|to))\b")
_HURT_RU = (r"\b(?:(?:тебе|те) (?:\S+ )?(?:понадобится|понадобятся|нужен будет|нужна будет|"
            r"понадобиться) (?:\S+ )?(?:стоматолог|зубнои|скорая|новое лицо|новые зубы|"
            r"инвалидная коляска|костыли|хирург|гипс)|(?:будешь|ты будешь) (?:\S+ ){0,2}?(?:есть|"
            r"пить|кушать|питаться) (?:\S+ ){0,2}?через (?:трубочку|соломинку)|(?:поедешь|уедешь|"
            r"попадешь|окажешься|очнешься|проснешься|ляжешь) (?:\S+ ){0,2}?(?:в больницу|в больнице|"
            r"на скорои|в реанимацию|в реанимации|в травмпункт|на носилках|в коляске)|(?:тебя )?"
            r"(?:родная )?(?:мама|мать) (?:родная )?(?:тебя )?не узнает|(?:собирать|соберешь) "
            r"(?:свои )?зубы (?:с пола|по полу|с асфальта))(?=\s|$|[.!?])")

# -- ar (Gulf, Levantine, Egyptian; masculine and feminine) ---------------
_MEET_AR = (r"(?:بكرا|بكره|غدا|الليله|بعد المدرسه|بعد الدوام|بالفسحه|في الفسحه|(?:ورا|خلف) "
            r"\S+|(?:جيب|هات|جيبي|هاتي) (?:\S+ )?(?:ربعك|اصحابك|اخوياك|اخوانك|عيالك|شلتك|صحابك|"
            r"اخوك|صاحباتك|خواتك|جماعتك)|الساعه \S+)")
_HURT_AR = (r"(?:(?:[بحه]?تحتاج|[بحه]?تحتاجي|تحتاجين|راح تحتاج|رح تحتاج)(?: \S+){0,2}? (?:دكتور "
            r"اسنان|طبيب اسنان|اسعاف|الاسعاف|وجه جديد|اسنان جديده|كرسي متحرك|عكاز|جبس)|(?:[بحه]?"
            r"تاكل|[بحه]?تاكلي|تاكلين|راح تاكل|رح تاكل|[بحه]?تشرب|راح تشرب)(?: \S+){0,2}? "
            r"(?:بالشفاطه|بالمصاصه|بشفاطه|بمصاصه|بالشاليمو|بشاليمو)|(?:[بحه]?تطلع|راح تطلع|[بحه]?"
            r"تروح|راح تروح|[بحه]?تنام|راح تنام|[بحه]?تصحي)(?: \S+){0,2}? (?:بالاسعاف|في "
            r"الاسعاف|المستشفي|بالمستشفي|في المستشفي|للمستشفي|علي نقاله|بالعنايه)|حتي (?:امك|"
            r"اهلك|ابوك|امج|اهلج)(?: \S+)? (?:ما|مش|مو|لن) (?:راح |رح |ح |ب)?(?:تعرفك|يعرفونك|"
            r"يعرفوك|تعرفج|يعرفونج))(?=\s|$|[.!?])")

# -- hi (Hinglish, Devanagari) -------------------------------------------
_MEET_HI = (r"(?:\b(?:kal|aaj raat|school ke baad|chutti ke baad|chhutti ke baad|recess mein|"
            r"\w+ ke (?:peeche|piche|bahar)|apne (?:\w+ )?(?:dost|doston|yaar|yaaron|bhai|bhaiyon|"
            r"gang) (?:ko )?(?:le aana|leke aana|lekar aana|bula le|bulana)|(?:\d{1,2}|for|to) "
            r"baje)\b|कल|आज रात|स्कूल के बाद|छुट्टी के बाद|के पीछे|अपने दोस्तों को|बजे)")
_HURT_HI = (r"(?:\b(?:dentist|doctor|ambulance|hospital|wheelchair|plaster)(?: \w+){0,3}? (?:ki "
            r"zarurat|ki zaroorat|ki jarurat|bulani|bulana|jana|jaana)(?: \w+)? (?:padegi|padega|"
            r"padenge|pdegi|pdega)\b|\b(?:hospital|aspatal|ambulance) (?:mein |me |pe )?(?:jayega|"
            r"jaega|jayegi|pahunchega|pahunch jayega|pahuch jayega|jaoge|jaayega)\b|\bstraw se "
            r"(?:\w+ )?(?:khayega|khaega|khayegi|khaegi|khaoge|piyega|piega|peeyega)\b|\b(?:teri|"
            r"tumhari) (?:maa|mummy|mom|ammi) (?:bhi )?(?:tujhe|tumhe) (?:\w+ )?(?:pehchaan|pehchan|"
            r"pahchan|pahchaan) (?:nahi|nhi|nahin) (?:payegi|paegi|sakegi|paayegi)\b|"
            r"(?:डेंटिस्ट|डॉक्टर|एम्बुलेंस|अस्पताल)(?: \S+){0,3}? (?:की ज़रूरत|की जरूरत|बुलानी|जाना) "
            r"(?:पड़ेगी|पड़ेगा|पडेगी|पडेगा)|अस्पताल (?:में )?(?:जाएगा|जायेगा|पहुंचेगा|पहुँचेगा)|स्ट्रॉ से "
            r"(?:\S+ )?(?:खाएगा|खायेगा|खाएगी)|तेरी (?:माँ|मां|मम्मी) (?:भी )?तुझे (?:\S+ )?(?:पहचान|"
            r"पहचाननहीं) (?:नहीं )?(?:पाएगी|पायेगी))")

# -- tr --------------------------------------------------------------------
_MEET_TR = (r"\b(?:yarin|bu aksam|okuldan sonra|cikista|okul cikisi|teneffuste|pazartesi|sali|"
            r"carsamba|persembe|cuma|cumartesi|\w+ (?:arkasinda|arkasi)|arkadaslarini (?:da )?"
            r"(?:getir|al gel|topla)|saat (?:\d{1,2}|for|to|ate)\w*|seni bekliyorum|bekleyecegim)\b")
_HURT_TR = (r"\b(?:(?:disciye|doktora|ambulansa|hastaneye|yeni bir yuze|tekerlekli sandalyeye|"
            r"alciya|koltuk degnegine) (?:\w+ )?(?:ihtiyacin olacak|gidersin|gideceksin|ihtiyac "
            r"duyacaksin|lazim olacak)|hastanelik (?:olursun|olacaksin)|(?:pipetle|kamisla|pipet "
            r"ile) (?:\w+ ){0,2}?(?:yiyeceksin|yersin|icersin|iceceksin|beslenirsin|"
            r"besleneceksin)|ambulansla (?:gidersin|gideceksin|cikarsin|cikacaksin)|annen (?:bile )?"
            r"seni (?:tanimayacak|tanimaz)|dislerini (?:yerden )?(?:toplarsin|toplayacaksin))\b")

# -- pl --------------------------------------------------------------------
_MEET_PL = (r"\b(?:jutro|dzis wieczorem|po szkole|po lekcjach|na przerwie|w (?:poniedzialek|"
            r"wtorek|srode|czwartek|piatek|sobote|niedziele)|za (?:sala|szkola|sklepem|garazami|"
            r"blokiem|biedronka)|pod (?:szkola|blokiem|sklepem)|(?:wez|zabierz|przyprowadz|zawolaj|"
            r"bierz) (?:\w+ )?(?:swoich|twoich|wszystkich) (?:\w+ )?(?:kumpli|kolegow|ziomkow|"
            r"ziomali|braci|brata|kuzynow)|widzimy sie|czekam na ciebie|o (?:\d{1,2}|for|to))\b")
_HURT_PL = (r"\b(?:bedziesz (?:\w+ ){0,2}?(?:potrzebowal|potrzebowala) (?:\w+ )?(?:dentysty|"
            r"karetki|nowej twarzy|nowych zebow|wozka|kul|gipsu|chirurga)|bedzie ci potrzebn[ya] "
            r"(?:dentysta|karetka|nowa twarz)|bedziesz (?:\w+ )?(?:jadl|jadla|jesc|pil|pila|pic) "
            r"(?:\w+ ){0,2}?przez slomke|(?:wyladujesz|skonczysz|obudzisz sie|wyjedziesz|wrocisz) "
            r"(?:\w+ )?(?:w szpitalu|karetka|na wozku|na oiomie|na noszach|w gipsie)|(?:nawet )?"
            r"(?:wlasna|twoja) (?:matka|mama|stara) cie nie (?:pozna|rozpozna)|(?:zbierac|"
            r"pozbierasz|zbierzesz) (?:swoje )?zeby z (?:podlogi|ziemi|chodnika))\b")

# -- id --------------------------------------------------------------------
_YOU_ID = r"(?:lo|lu|kamu|elo|km|loe)"
_MEET_ID = (r"\b(?:besok|nanti malem|nanti malam|pulang sekolah|abis sekolah|habis sekolah|pas "
            r"istirahat|senin|selasa|rabu|kamis|jumat|sabtu|belakang \w+|bawa (?:\w+ )?(?:temen|"
            r"teman|geng|abang|kakak|temenmu|temanmu|temen2)|jam (?:\d{1,2}|for|to)|gue tunggu|"
            r"gw tunggu)\b")
_HURT_ID = (r"\b(?:" + _YOU_ID + r" (?:\w+ ){0,2}?(?:butuh|perlu) (?:\w+ )?(?:dokter gigi|ambulans|"
            r"ambulan|muka baru|gigi baru|kursi roda|gips)|" + _YOU_ID + r" (?:\w+ ){0,2}?(?:makan|"
            r"minum) (?:\w+ )?(?:pake|pakai|lewat|pk) sedotan|" + _YOU_ID + r" (?:\w+ ){0,2}?"
            r"(?:masuk|pulang|dibawa|nginep|bangun) (?:\w+ )?(?:rumah sakit|ambulans|ambulan|ugd|"
            r"icu)|(?:emak|ibu|mama|nyokap|mamak) " + _YOU_ID + r"(?: \w+){0,2}? (?:ga|gak|nggak|"
            r"tidak|gk) (?:bakal |bakalan |akan )?(?:ngenalin|kenal|mengenali))\b")

_HURT_ZH = (r"(?:看牙[医醫]|叫救护车|住院|进[医醫]院|躺[医醫]院|坐轮椅|用吸管吃|用吸管喝|拿吸管吃|"
            r"你妈都认不出|你妈都不认识你)")
_MEET_ZH = r"(?:明天|今晚|放学|下课后|后面|叫上你|带上你|带你的|[0-9一二三四五六七八九十两]+点)"

RULES: list[Rule] = [
    _meet_hurt("dentist ambulance face teeth doctor stitches wheelchair crutches cast surgeon "
               "paramedic paramedics nose jaw straw hospital coma icu stretcher recognise "
               "recognize hospitals spitting counting",
               _MEET_EN, _HURT_EN,
               "tomorrow tmrw tomoz 2moro tonight after at monday tuesday wednesday thursday "
               "friday saturday sunday behind by bring meet see catch me"),
    _meet_hurt("zahnarzt krankenwagen notarzt gesicht zahne rollstuhl krucken gips sanitater "
               "chirurgen strohhalm trinkhalm krankenhaus koma erkennt",
               _MEET_DE, _HURT_DE,
               "morgen heute nach in montag dienstag mittwoch donnerstag freitag samstag sonntag "
               "hinter hinterm am bring wir triff um"),
    _meet_hurt("dentista ambulancia cara dientes silla muletas escayola cirujano hospital "
               "urgencias camilla coma pajita popote pitillo sorbete reconocer reconocera",
               _MEET_ES, _HURT_ES,
               "manana esta a despues en lunes martes miercoles jueves viernes sabado domingo "
               "detras del de trae nos te"),
    _meet_hurt("dentiste ambulance visage dents fauteuil bequilles platre chirurgien lhopital "
               "lhosto urgences civiere coma reanimation paille reconnaitra reconnaitre",
               _MEET_FR, _HURT_FR,
               "demain ce a apres lundi mardi mercredi jeudi vendredi samedi dimanche derriere "
               "devant au ramene amene ramenes amenes on je rdv"),
    _meet_hurt("dentista ambulancia samu cara dentes cadeira muletas gesso cirurgiao hospital uti "
               "maca coma socorro canudo canudinho reconhecer reconhece",
               _MEET_PT, _HURT_PT,
               "amanha hoje na depois no segunda terca quarta quinta sexta sabado domingo atras "
               "traz tras chama leva te a as"),
    _meet_hurt("dentista ambulanza faccia denti sedia stampelle gesso chirurgo ospedale "
               "allospedale soccorso barella coma cannuccia riconoscera riconosce riconosceranno",
               _MEET_IT, _HURT_IT,
               "domani stasera alluscita all uscita dopo alla lunedi martedi mercoledi "
               "giovedi venerdi sabato domenica dietro al porta ci ti alle"),
    _meet_hurt("стоматолог зубнои скорая лицо зубы коляска костыли хирург гипс трубочку "
               "соломинку больницу больнице скорои реанимацию реанимации травмпункт носилках "
               "узнает",
               _MEET_RU, _HURT_RU,
               "завтра сегодня после на в во за у бери возьми приводи зови приведи встретимся "
               "жду"),
    _meet_hurt("دكتور طبيب اسعاف الاسعاف وجه اسنان كرسي عكاز جبس بالشفاطه بالمصاصه بشفاطه بمصاصه "
               "بالشاليمو بشاليمو بالاسعاف المستشفي بالمستشفي للمستشفي نقاله بالعنايه تعرفك "
               "يعرفونك يعرفوك تعرفج يعرفونج",
               _MEET_AR, _HURT_AR,
               "بكرا بكره غدا الليله بعد بالفسحه في ورا خلف جيب هات جيبي هاتي الساعه"),
    _meet_hurt("dentist doctor ambulance hospital wheelchair plaster aspatal straw pehchaan pehchan "
               "pahchan pahchaan डेंटिस्ट डॉक्टर एम्बुलेंस अस्पताल स्ट्रॉ पहचान",
               _MEET_HI, _HURT_HI,
               "kal aaj school chutti chhutti recess peeche piche bahar apne baje कल आज स्कूल "
               "छुट्टी पीछे अपने बजे"),
    _meet_hurt("disciye doktora ambulansa hastaneye yuze sandalyeye alciya degnegine hastanelik "
               "pipetle kamisla pipet ambulansla seni dislerini",
               _MEET_TR, _HURT_TR,
               "yarin bu okuldan cikista okul teneffuste pazartesi sali carsamba persembe cuma "
               "cumartesi arkasinda arkasi arkadaslarini saat seni bekleyecegim"),
    _meet_hurt("dentysty karetki twarzy zebow wozka kul gipsu chirurga potrzebna potrzebny "
               "slomke szpitalu karetka wozku oiomie noszach gipsie pozna rozpozna zeby",
               _MEET_PL, _HURT_PL,
               "jutro dzis po na w za pod wez zabierz przyprowadz zawolaj bierz widzimy czekam o"),
    _meet_hurt("gigi ambulans ambulan muka kursi gips sedotan rumah ugd icu ngenalin kenal "
               "mengenali",
               _MEET_ID, _HURT_ID,
               "besok nanti pulang abis habis pas senin selasa rabu kamis jumat sabtu belakang "
               "bawa jam gue gw"),
    # zh: "打得你满地找牙" alone; an injury with a meeting cue
    zrule("threat:violence", "threat", "牙 救 院 轮 吸 认 识",
          r"满地找牙|" + _MEET_ZH + r"[^。!?]{0,30}?[,，]?[^。!?]{0,10}?" + _HURT_ZH + "|"
          + _MEET_ZH + r"[^!?]{0,40}?" + _HURT_ZH),
]

# -- eating through a straw "for a month", with no meeting cue ---------------
# Matched from the sentence start so that a cause or a report anywhere before
# it in the sentence ("after your wisdom teeth ...", "the dentist said ...")
# excuses it; the straw words are rare, so the leading look-behind costs nothing.
_STRAW = (r"(?:(?:you|your|ur|you'll|youll|ull)(?: \w+){0,3}? (?:be )?(?:eating|drinking|eat|drink|"
          r"sipping) (?:\w+ ){0,3}?through a straw|(?:du|kannst du|wirst du)(?: \w+){0,4}? durch "
          r"(?:ne |nen |einen |einem |n )?(?:strohhalm|trinkhalm) (?:essen|trinken)|(?:vas a|"
          r"tendras que|vas a tener que) (?:\w+ )?(?:comer|beber|tomar)(?: \w+){0,3}? (?:pajita|"
          r"popote|pitillo|sorbete)|comeras (?:\w+ ){0,3}?(?:pajita|popote|pitillo|sorbete)|tu "
          r"(?:vas|va|devras) (?:\w+ )?(?:manger|boire|te nourrir)(?: \w+){0,3}? paille|tu "
          r"mangeras (?:\w+ )?(?:a la|avec une) paille|(?:vai|vais|vai ter que) (?:\w+ )?(?:comer|"
          r"beber|tomar|se alimentar)(?: \w+){0,3}? (?:canudo|canudinho)|(?:mangerai|berrai|dovrai "
          r"mangiare) (?:\w+ ){0,3}?cannuccia|(?:будешь|ты будешь) (?:\S+ ){0,2}?(?:есть|пить|"
          r"кушать|питаться) (?:\S+ ){0,2}?через (?:трубочку|соломинку)|(?:[بحه]?تاكل|[بحه]?تاكلي|"
          r"تاكلين|راح تاكل|رح تاكل|[بحه]?تشرب|راح تشرب)(?: \S+){0,2}? (?:بالشفاطه|بالمصاصه|بشفاطه|"
          r"بمصاصه|بالشاليمو|بشاليمو)|straw se (?:\w+ )?(?:khayega|khaega|khayegi|khaegi|khaoge|"
          r"piyega|piega)|स्ट्रॉ से (?:\S+ )?(?:खाएगा|खायेगा|खाएगी)|(?:pipetle|kamisla|pipet ile) "
          r"(?:\w+ ){0,2}?(?:yiyeceksin|yersin|icersin|iceceksin|beslenirsin|besleneceksin)|"
          r"bedziesz (?:\w+ )?(?:jadl|jadla|jesc|pil|pila|pic) (?:\w+ ){0,2}?przez slomke|"
          r"(?:lo|lu|kamu|elo|km) (?:\w+ ){0,2}?(?:makan|minum) (?:\w+ )?(?:pake|pakai|lewat|pk) "
          r"sedotan)")
_DURATION = (r"(?:for (?:a|the next|like a) (?:month|week|year)|for (?:weeks|months)|for the rest "
             r"of|(?:einen|nen|ein|eine) (?:monat|woche|jahr)|wochenlang|monatelang|(?:durante|por) "
             r"(?:un|una) (?:mes|semana)|(?:un|una) (?:mes|semana)|por (?:semanas|meses)|pendant "
             r"(?:un|une|des) (?:mois|semaine|semaines)|un mois|por (?:um|uma) (?:mes|semana)|"
             r"(?:um|uma) (?:mes|semana)|per (?:un|una) (?:mese|settimana)|per (?:settimane|mesi)|"
             r"un mese|месяц|неделю|месяцами|неделями|شهر|اسبوع|ek (?:mahine|mahina|hafte|hafta)|"
             r"महीने|हफ्ते|bir (?:ay|hafta)|aylarca|haftalarca|(?:przez )?(?:miesiac|tydzien)|"
             r"tygodniami|miesiacami|sebulan|seminggu|berminggu minggu|berbulan bulan)")
RULES += [
    rule("threat:violence", "threat",
         "straw strohhalm trinkhalm pajita popote pitillo sorbete paille canudo canudinho "
         "cannuccia трубочку соломинку بالشفاطه بالمصاصه بشفاطه بمصاصه بالشاليمو بشاليمو स्ट्रॉ "
         "pipetle kamisla pipet slomke sedotan",
         r"(?:^|(?<=[.!?] ))(?=[^.!?]*?\b" + _DURATION + r"\b)(?:" + _NOT_TOLD + r"\S+ ){0,20}?"
         + _STRAW + r"\b" + _NO_CAUSE),
    zrule("threat:violence", "threat", "吸",
          r"(?:^|(?<=[。!?]))(?:(?!拔牙|手术|牙套|智齿|矫正|医生|说)[^。!?]){0,12}?你[^。!?]{0,6}?"
          r"(?:只能|得|要|就得)用吸管(?:吃|喝)"),
]
