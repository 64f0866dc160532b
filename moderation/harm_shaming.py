"""Bullying shapes that name a group or a third person (appended to
`harm.RULES` after harm_threats.py; harm_targets.py is long already).

Two families, ten languages:

* exclusion with a place or an adverb between "nobody" and the verb:
  "nobody in this room even likes you", "nadie en esta clase te soporta",
  "personne ici ne t'aime", "niemand hier mag dich", "никто здесь тебя не
  любит", "ولا حد في الصف ده بيحبك", "yahan koi tujhe pasand nahi karta".
  The adjacent forms ("no one likes you") are in harm.py.  The reader must
  be the object: "nobody likes Mondays", "nobody in my class likes me" and
  "does anyone here like pizza" pass.
* body-shaming comparisons of a third person with an animal: "she looks like
  a whale", "elle ressemble à une baleine", "sie sieht aus wie eine Kuh",
  "она похожа на корову", "شكلها زي البقره", "她像头猪", "woh bhains jaisi
  dikhti hai".  Only a person pronoun as subject ("the cloud looks like a
  whale" and "the whale at the aquarium" pass) and no costume/toy context.

Later additions: a fat nickname as the subject of the animal comparison
("el gordito del grupo parece un cerdo"; "el cerdo de la granja parece
enorme" passes) and mocking someone as a small child ("go back to
kindergarten", "vuelve al kinder", "retourne à la maternelle"; "go back to
the main room" passes).

Matched against `Prepared.plain` (Chinese: `norm` via zrule); frames excuse
every rule ("if someone says 'nobody here likes you', tell a teacher").
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_PLACE_EN = (r"(?:here|around here|in (?:this|the|our|my|your) (?:room|class|chat|group|gc|server|"
             r"school|team|house|family|year|squad|friend group|whole school|whole class)|at "
             r"(?:this |our )?school|at all|else)")
_ANIMAL_EN = (r"(?:whale|beached whale|pig|cow|hippo|hippopotamus|elephant|walrus|rhino|troll|"
              r"goblin|gremlin|ogre|blob|sumo wrestler|sea cow|manatee)")
_ANIMAL_NOT = (r"(?! (?:shark|costume|onesie|plushie|toy|mask|trainer|print|emoji|sticker|"
               r"drawing|lover|person|fan)s?\b| in (?:that|the|her|his|this|a|my|our)(?: \w+){0,2}? "
               r"(?:costume|onesie|play|film|movie|game))")

def _after(words: str) -> str:
    """Lookbehinds for a match right after one of `words` (each its own
    fixed-width lookbehind, as `re` requires)."""
    return "|".join(rf"(?<=\b{w} )" for w in words.split())


RULES: list[Rule] = [
    # -- exclusion with a place / adverb in between ---------------------------
    rule("bullying:exclusion", "bullying",
         "likes wants cares invited needs misses listens",
         r"\b(?:no one|nobody) " + _PLACE_EN + r" (?:(?:even|actually|really|ever|honestly|"
         r"literally|here|genuinely) )*(?:likes|wants|cares about|invited|needs|misses|listens "
         r"to) you\b(?! (?:to|know|guys|all)\b)",
         requires="no nobody"),
    rule("bullying:exclusion", "bullying",
         "nadie personne ninguem niemand keiner nessuno",
         r"\bnadie (?:aqui |aca |en (?:esta|la|este|el|nuestra|nuestro|tu) (?:clase|sala|grupo|"
         r"chat|cole|colegio|escuela|salon|casa) )(?:(?:ni|de verdad|realmente) )?te (?:quiere|"
         r"soporta|aguanta|traga|invito|necesita)\b|"
         r"\bpersonne (?:ici |dans (?:cette|la|ce|le|notre|ta) (?:salle|classe|groupe|chat|"
         r"college|lycee|ecole|maison) )(?:(?:ne|n'|vraiment|meme) )*(?:t'aime|t aime|t'apprecie|"
         r"te supporte|veut de toi|te veut|t'a invite)\b|"
         r"\bninguem (?:aqui |nessa sala |nesta sala |na sala |nesse grupo |neste grupo |no grupo "
         r"|na turma |dessa turma |na escola |nessa escola )(?:(?:nem|realmente|mesmo) )?"
         r"(?:gosta de (?:voce|vc|video call|ti|tu)|te (?:quer|suporta|aguenta|convidou))\b|"
         r"\b(?:niemand|keiner) (?:hier |in (?:diesem|dem|unserem) (?:raum|chat|zimmer) |in "
         r"(?:der|dieser|unserer) (?:klasse|gruppe|schule) )(?:(?:wirklich|eigentlich|hier) )?"
         r"(?:mag dich|will dich|braucht dich|vermisst dich|kann dich leiden)\b|"
         r"\bnessuno (?:qui |in (?:questa|sta|questo|sto) (?:stanza|classe|chat|scuola|gruppo) "
         r"|in classe )(?:(?:davvero|nemmeno) )?(?:ti (?:vuole|sopporta|ama|ha invitato|"
         r"caga)|ti puo sopportare)\b"),
    rule("bullying:exclusion", "bullying", "никто тебя",
         r"никто (?:здесь|тут|в \S+ \S+|в классе|в чате) (?:даже |реально )?тебя не (?:любит|"
         r"терпит|переваривает|ждет|хочет видеть|уважает)|тебя (?:здесь|тут|в \S+ \S+|в классе|в "
         r"чате) (?:даже |реально )?никто не (?:любит|терпит|переваривает|ждет|хочет видеть|"
         r"уважает)", requires="никто"),
    rule("bullying:exclusion", "bullying",
         "يحبك بيحبك يحبكي بيحبكي يطيقك بيطيقك يطيقكي يبيك يبغاك عايزك عاوزك يتحملك يريدك",
         r"(?:محد|ما حد|محدش|ماحد|ولا حد|ولا احد|لا احد|ما حدا|ماحدا)(?: \S+){2,4}? (?:يحبك|بيحبك|"
         r"يحبكي|بيحبكي|يطيقك|بيطيقك|يطيقكي|يبيك|يبغاك|عايزك|عاوزك|يتحملك|يريدك)(?!\S)",
         requires="محد حد احد محدش ماحد حدا ماحدا"),
    rule("bullying:exclusion", "bullying", "pasand like पसंद",
         r"\b(?:koi|koi bhi) (?:\w+ ){0,3}?(?:tujhe|tumhe|tumhein|tereko|tujhko|tumko|tuje) "
            r"(?:\w+ )?(?:pasand|like) (?:nahi|nhi|nai) (?:karta|karti|karte|krta|krte)\b|"
            r"\bkisi ko (?:bhi )?(?:tu|tum) (?:pasand|acche|achhe|acchi) (?:nahi|nhi|nai) "
            r"(?:hai|ho|lagta|lagti|lagte)\b|"
            r"कोई(?: भी)?(?: \S+){0,3}? (?:तुझे|तुम्हें|तुम्हे|तुमको|तुझको) (?:\S+ )?पसंद नहीं "
            r"(?:करता|करती|करते)|किसी को (?:भी )?(?:तू|तुम) पसंद नहीं",
         requires="koi kisi कोई किसी"),
    # -- third person x animal comparison ---------------------------------------
    rule("bullying:insult", "bullying", "like",
         r"\b(?:she|he|they|her|him) (?:literally |actually |honestly |kinda |lowkey |really |"
         r"just |so )*(?:looks|look|looked|looking) like (?:a |an |some |the )?(?:(?:fat|big|"
         r"ugly|massive|fucking|literal|giant|huge) )*" + _ANIMAL_EN + r"\b" + _ANIMAL_NOT,
         requires="she he they her him"),
    rule("bullying:insult", "bullying",
         "ballena vaca cerda foca hipopotamo morsa orca baleine vache truie otarie hippopotame "
         "morse baleia porca hipopotamo wal kuh schwein nilpferd walross balena vacca maiala "
         "ippopotamo tricheco",
         r"\b(?:ella|el|mira|mirala|miralo)\b[^.!?]{0,20}\bparece (?:una |un )?(?:ballena|vaca|"
         r"cerda|foca|hipopotamo|morsa|orca)\b|"
         r"\b(?:elle|il|regarde|regardez)\b[^.!?]{0,20}\b(?:ressemble a|on dirait) (?:une |un )?"
         r"(?:baleine|vache|truie|otarie|hippopotame|morse|grosse vache)\b|"
         r"\b(?:ela|ele|olha|olhem)\b[^.!?]{0,20}\bparece (?:uma |um )?(?:baleia|vaca|porca|"
         r"orca|hipopotamo|morsa|foca)\b|"
         r"\b(?:sie|er|guck|guckt|schau|schaut)\b[^.!?]{0,20}\b(?:sieht aus wie|aussieht wie) "
         r"(?:ein |eine |einen )?(?:wal|kuh|schwein|nilpferd|walross|elefant|seekuh)\b|"
         r"\b(?:lei|lui|guarda|guardate)\b[^.!?]{0,20}\bsembra (?:una |un )?(?:balena|vacca|"
         r"maiala|foca|ippopotamo|tricheco|orca|mucca)\b"
         + r"(?! (?:de|del|de la|du|de l'|do|da|aus|vom|im|di|della|del) (?:peluche|plastico|"
         r"zoo|acquario|aquarium|acuario|disfraz|costume|fantasia|kostum))"),
    rule("bullying:insult", "bullying", "похожа похож выглядит",
         r"(?:она|он)(?: \S+){0,2}? (?:похожа|похож) на (?:кита|корову|свинью|бегемота|слона|"
         r"моржа|хрюшку|жирную \S+)|(?:она|он)(?: \S+){0,2}? выглядит как (?:кит|корова|"
         r"свинья|бегемот|слон|морж)", requires="она он"),
    rule("bullying:insult", "bullying", "شكلها شكله زي زيّ مثل كانها كأنها كانه",
         r"(?:شكلها|شكله|هي|هو)(?: \S+)? (?:زي|زيّ|مثل|كانها|كانه|كأنها|متل) (?:ال)?(?:حوت|بقره|فيل|"
         r"خنزيره|خنزير|جاموسه|فرس النهر|دبه|بقرة)(?!\S)"),
    zrule("bullying:insult", "bullying", "她 他 像",
          r"(?:她|他)(?:长得|胖得|看起来)?(?:就|真)?像(?:一)?(?:头|只|个)?(?:猪|肥猪|母猪|河马|大象|"
          r"鲸鱼|海象)"),
    rule("bullying:insult", "bullying",
         "hathi bhains bhais suar saand jaisi jaisa jaise हाथी भैंस सूअर",
         r"\b(?:wo|woh|vo|voh|ye|yeh)\b(?: \w+){0,2}? (?:hathi|bhains|bhais|suar|saand|moti "
            r"bhains) (?:jaisi|jaisa|jaise|ki tarah) (?:dikhti|dikhta|lagti|lagta|dikhte|lagte)\b|"
            r"(?:वो|वह|ये|यह)(?: \S+){0,2}? (?:हाथी|भैंस|सूअर|सांड) (?:जैसी|जैसा|जैसे|की तरह) "
            r"(?:दिखती|दिखता|लगती|लगता)",
         requires="wo woh vo voh ye yeh वो वह ये यह"),
]

# -- a fat nickname x animal comparison; "go back to kindergarten" ----------
# "el gordito del grupo parece un cerdo", "the fat kid looks like a pig": the
# subject is a nickname for a person, so no pronoun is needed ("el cerdo de
# la granja parece enorme" names no person and compares with nothing).
_FAT_ES = r"(?:gordo|gorda|gordito|gordita|gordinflon|gordinflona|feo|fea|feito|feita|gorducho)"
_PIG_ES = (r"(?:cerdo|cerda|puerco|puerca|marrano|marrana|chancho|chancha|cochino|cochina|ballena|vaca|"
           r"foca|hipopotamo|morsa|elefante)")
RULES += [
    rule("bullying:insult", "bullying",
         "gordo gorda gordito gordita gordinflon gordinflona feo fea gorducho gordinho gordinha "
         "gordao baleia gros grosse grosso grossa ciccione cicciona grassone grassona ciccio "
         "dicke dicker fette fetter fat fatty fatso ugly",
         r"\b(?:el|la|ese|esa|este|esta) " + _FAT_ES + r"\b[^.!?]{0,30}?\bparece (?:una |un )?"
         + _PIG_ES + r"\b|"
         r"\b(?:o|a|esse|essa|aquele|aquela) (?:gordo|gorda|gordinho|gordinha|gordao|feio|feia)\b"
         r"[^.!?]{0,30}?\bparece (?:uma |um )?(?:porco|porca|baleia|vaca|elefante|hipopotamo|foca)\b|"
         r"\b(?:le|la) (?:gros|grosse|moche)\b[^.!?]{0,30}?\b(?:ressemble a|on dirait) (?:une |un )?"
         r"(?:cochon|truie|baleine|vache|hippopotame|elephant|otarie)\b|"
         r"\b(?:der|die) (?:dicke|fette|hassliche)\b[^.!?]{0,30}?\bsieht aus wie (?:ein |eine |einen )?"
         r"(?:schwein|wal|kuh|nilpferd|elefant|walross)\b|"
         r"\b(?:il|la|quel|quella) (?:ciccione|cicciona|grassone|grassona|ciccio|brutto|brutta)\b"
         r"[^.!?]{0,30}?\bsembra (?:una |un )?(?:maiale|maiala|balena|vacca|mucca|ippopotamo|"
         r"elefante|tricheco)\b|"
         r"\b(?:the fat|that fat|the ugly|that ugly|the chubby|that chubby) (?:kid|girl|boy|one|guy)\b"
         r"[^.!?]{0,30}?\b(?:looks|look) like (?:a |an )?(?:pig|whale|cow|hippo|elephant|walrus)\b|"
         r"\b(?:fatty|fatso)\b[^.!?]{0,20}?\blooks like (?:a |an )?(?:pig|whale|cow|hippo|walrus)\b"
         + _ANIMAL_NOT,
         requires="el la ese esa este esta o a esse essa aquele aquela le der die il quel quella "
                  "the that fatty fatso"),
    rule("bullying:insult", "bullying", "ella el parece",
         r"\b(?:ella|el) (?:(?:si|ya|tambien|literalmente) )?parece (?:una |un )?(?:cerdo|cerda|"
         r"puerco|puerca|marrano|marrana|chancho|chancha|cochino|cochina)\b(?! (?:de peluche|de "
         r"juguete|disfrazad))", requires="ella el"),
    # "go back to kindergarten": the reader (or a participant) is mocked as a
    # small child; "go back to the main room" and "I want to go back to
    # kindergarten" (not an imperative) pass
    rule("bullying:insult", "bullying",
         "kindergarten preschool nursery kinder preescolar jardin maternelle creche prezinho "
         "asilo allasilo elementari materna детскии садик сад детсад",
         r"(?:^|" + _after("lol lmao lmfao bro just pls please then so spell read write count")
         + r"|(?<=[.!?] ))go back to (?:kindergarten|preschool|nursery|pre school|pre k|first grade|"
         r"year 1)\b|\byou (?:should|need to|belong in|must) (?:go back to |be in )?"
         r"(?:kindergarten|preschool|nursery)\b|"
         r"(?:^|" + _after("jaja jajaja xd lol escribir leer contar") + r"|(?<=[.!?] ))"
         r"(?:vuelve|regresa|vete)(?: te)? (?:al|a la) (?:kinder|kinder garden|preescolar|jardin de "
         r"ninos|jardin de infancia|guarderia)\b|"
         r"(?:^|" + _after("mdr ptdr lol ecrire lire compter") + r"|(?<=[.!?] ))"
         r"(?:retourne|retourner|va) (?:a la|en) (?:maternelle|creche)\b|"
         r"(?:^|" + _after("kkk kkkk kkkkk lol rs escrever ler contar") + r"|(?<=[.!?] ))"
         r"(?:volta|voltar|vai) (?:pro|pra|para o|para a|pra a) (?:prezinho|jardim de infancia|"
         r"jardim|creche|maternal)\b|"
         r"\b(?:geh|gehe|zuruck) (?:zuruck )?in den kindergarten\b|"
         r"(?:^|" + _after("ahah ahahah lol scrivere leggere contare") + r"|(?<=[.!?] ))"
         r"(?:torna|tornatene|vai) (?:all'asilo|all asilo|alla scuola materna|alle elementari)\b|"
         r"(?:иди|вали|возвращаися|вернись|марш) (?:обратно |назад )?в (?:детскии сад|садик|детсад|"
         r"первыи класс)(?!\S)"),
]

# -- mocking a named person's looks with disgust ------------------------------
# "look at jake's teeth, imagine being that gross": pointing the group at a
# person's body part *and* a disgust word in the same sentence.  "look at my
# teeth after the dentist, so gross" (the writer's own), "look at the dog's
# teeth" (an animal, after "the") and "look at jake's new haircut, so cool"
# pass.  "imagine being that ugly" (the distal "that": about someone pointed
# at) is the same mockery on its own.
_BODY = (r"(?:teeth|tooth|face|nose|hair|skin|acne|spots|body|legs|arms|belly|stomach|ears|"
         r"eyebrows|forehead|braces|feet|chin|lips|neck|thighs|fat)")
_DISGUST = (r"(?:gross|ugly|disgusting|nasty|vile|hideous|revolting|minging|rank|yuck|yuk|ew+|"
            r"puke|vomit|throw up|rotten|(?:horse|pig|rat|frog|pizza|crater|monkey|donkey|toad) ?face)")
_LOOK_NOT_OWN = r"(?!(?:the|my|this|our|a|an) )"
RULES += [
    rule("bullying:insult", "bullying", "look",
         r"\blook at " + _LOOK_NOT_OWN + r"(?:\w+'s|\w+s|his|her|their|that (?:kid|girl|boy|guy)'?s)"
         r" (?:\w+ )?" + _BODY + r"\b[^.!?]{0,60}?\b" + _DISGUST + r"\b"),
    rule("bullying:insult", "bullying", "imagine imaginate imagina stell immagina",
         r"\bimagine (?:being|looking) (?:that|as) (?:gross|ugly|disgusting|nasty|hideous|fat|"
         r"smelly)\b|\bimaginate ser tan (?:feo|fea|asqueroso|asquerosa|gordo|gorda)\b|\bimagine "
         r"etre (?:aussi|si) (?:moche|degueu|degoutant|degoutante|gros|grosse)\b|\bimagina ser "
         r"(?:tao|tão) (?:feio|feia|nojento|nojenta|gordo|gorda)\b|\bstell dir vor,? so "
         r"(?:hasslich|eklig|fett|widerlich) zu sein\b|\bimmagina essere cosi (?:brutto|brutta|"
         r"schifoso|schifosa|grasso|grassa)\b"),
    rule("bullying:insult", "bullying", "mira regarde guck schau guarda olha",
         r"\bmira (?:los dientes|la cara|la nariz|el pelo|los granos|la panza|el cuerpo) de (?!mi |"
         r"tu |el perro|el gato)\w+\b[^.!?]{0,50}?\b(?:que asco|asqueroso|asquerosa|feo|fea|"
         r"horrible)\b|\bregarde (?:les dents|la tete|le nez|les boutons|la gueule|le bide|les "
         r"cheveux) (?:de|d')(?! mon | ma | ton | ta | chien| chat)\s?\w+\b[^.!?]{0,50}?\b(?:degueu|"
         r"degueulasse|degoutant|moche|beurk|berk)\b|\b(?:guck|schau) (?:dir )?(?:mal )?(?:die "
         r"zahne|das gesicht|die nase|die pickel|die haare|den bauch) (?:von|vom) (?!meinem |meiner "
         r"|deinem |deiner |hund|katze)\w+\b[^.!?]{0,50}?\b(?:eklig|ekelhaft|widerlich|hasslich|"
         r"bah|igitt)\b|\bguarda (?:i denti|la faccia|il naso|i brufoli|la pancia|i capelli) "
         r"(?:di|del|della) (?!mio |mia |tuo |tua |cane|gatto)\w+\b[^.!?]{0,50}?\b(?:che schifo|fa "
         r"schifo|schifoso|schifosa|brutto|brutta|cesso)\b|\bolha (?:os dentes|a cara|o nariz|as "
         r"espinhas|a barriga|o cabelo) (?:de|do|da) (?!meu |minha |teu |tua |cachorro|gato)\w+\b"
         r"[^.!?]{0,50}?\b(?:que nojo|nojento|nojenta|feio|feia|horrivel)\b"),
]
