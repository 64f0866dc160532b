"""Mockery of a peer without a swear word: crying, a name, "nobody picks you",
poverty, a rumour spread on purpose and a mocking comparison (appended to
`harm.RULES`; en es fr here, pt it de in harm_mockery_eu.py, pl id ru tr in
harm_mockery_langs.py, ar zh hi in harm_mockery_scripts.py; clothes "from the
bin" and a birthday boycott in the 13 languages in harm_mockery_more.py; the
regex helpers in harm_mockery_parts.py).

Why: development lines written in session 20 in 13 languages, by a helper who
never saw the rules, showed six kinds of school mockery shown in most
languages, because none of them has an insult word or the "you are X" shape
the insult rules read:

* a child mocked for crying: "aiden cried AGAIN in maths, crybaby needs his
  mummy", "Jonas hat geheult ... Heulsuse", "Lorenzo ha pianto ... piagnone",
  "el pablito lloró ... bebé llorón, vete con tu mami" (`bullying:insult`).
  The crying event of a third person (or the reader) and a crying name or a
  "go to mummy" taunt; the writer's own tears ("i cried at coco, im such a
  crybaby"), a little brother's or a baby's, and "Cry Baby" the song pass;
* a derogatory name used as the name of a peer (`bullying:insult`): a fat
  name as the subject of eating with "still hungry" or a count ("fatso ate 3
  slices and still moaning she's hungry", "il ciccione si è mangiato tre
  merendine"), an odd or fat name whose arrival the group is told to ignore
  ("ahí viene el bicho raro, hagan como que no lo ven", "le cas social arrive,
  faites genre vous êtes occupés"), a snitch name shouted at the reader with
  what they told ("Petze! wegen dir ...", "spiona! sei andata dalla prof").
  "gordo"/"gorda" is an everyday nickname in Spanish and Portuguese: only
  the eating shape with "still hungry / wants more" reads it; a loser in a
  bet ("loser buys the pizza"), the golden snitch and self-talk pass;
* exclusion explained to the reader (`bullying:exclusion`): "nobody picks
  you for teams and you know why", "a tus cumples no va nadie porque eres un
  muermo", "tu sers à rien dans ce groupe, t'es juste un poids pour nous",
  "ohne dich wär die Klasse viel entspannter", "keiner würde dich vermissen".
  A question with sympathy ("nobody picked you? come to our team"), "you are
  not a burden" and the writer's own feelings pass;
* poverty of a peer's family as a sneer (`bullying:poverty`): "his family
  can't even afford soap", "en su casa no hay ni pa jabón", "sa famille a pas
  de quoi payer la cantine", "imagine being so poor you wear the same hoodie
  every day".  The "not even" of basic needs, said of a third person's home,
  is the sneer; the writer's family and help ("... so we collected money")
  pass;
* a humiliating rumour spread on purpose (`bullying:rumour`): "I'm going to
  tell everyone that X still wets the bed / sleeps with a teddy, let's see
  how fast it spreads".  Telling everyone good news or a date passes;
* a mocking comparison of a peer's body, voice or looks (`bullying:insult`):
  "she runs like a hippo", "your voice sounds like chalk on a board, never
  talk again", "your hair looks like a carrot that got electrocuted".  The
  comparison must be aimed at a person's body, voice, hair or movement and
  name a demeaning animal or object, or end in an order to be silent;
  everyday comparisons ("my dog runs like a horse", "this cake looks like a
  volcano", "your voice sounds like an angel") pass.

Reports and lessons ("he told everyone I wet the bed", "we learned that
calling someone crybaby is bullying") are excused by the usual frames.
Crying and odd names ("crybaby", "weirdo", "loser") are mild words for the
banter frame (frames_banter.py), which would excuse a third person's name
with a laugh, so those names stay out of the span: the span is the crying
verb or the arrival, the name a lookahead or lookbehind.  "Nobody would miss
you" whispered by a ghost in a game or a film passes (`FICTION`), and the
writer as a burden ("أنا عبء على الكل", "nikt by nie zauważył gdyby mnie nie
było") is left to the self-harm rules: only the reader is matched.
"""

from __future__ import annotations

from .harm_accent_mock import LAUGH_EN, LAUGH_ES, LAUGH_FR
from .harm_mockery_parts import FICTION as _FICTION
from .harm_mockery_parts import after, nb, sentence
from .rules import Rule, rule

# -- en ---------------------------------------------------------------------------
_CRYNAME_EN = r"(?:cry ?bab(?:y|ies|ie)|crybabby|big baby|sook|sooky)"
_MUMMY_EN = (r"(?:needs?|wants?|wanted|crying for|cries for|calling for|called|calls?|ran|runs?|run|go|"
             r"going|went|gone) (?:home )?(?:crying )?(?:back )?(?:to )?(?:his|her|their|your) "
             r"(?:mummy|mommy|mum|mom|mama|mamma|mommie)")
_CRY_EN = (r"(?:cried|cries|started crying|burst (?:out )?(?:into tears|crying)|bawled|sobbed|teared up|"
           r"wept|(?:is|was) (?:crying|bawling|sobbing))")
_FAMILY_EN = (r"(?![^.!?]*\b(?:my|our) (?:little |baby |big |younger |older |twin )?(?:brother|sister|"
              r"bro|sis|cousin|son|daughter|niece|nephew|baby|dog|cat|puppy|kitten)\b)")
_SELF_CRY_EN = r"(?!.{0,100}?\b(?:i am|im|i was|we are|we were) (?:such |a |an |the |total |big |so )*cry ?bab)"
_EAT_EN = (r"(?:ate|eats|eating|scoffed|stuffed|devoured|inhaled|wolfed|gobbled|finished|had|demolished|"
           r"is eating|just ate)")
_MORE_EN = (r"(?=.{0,80}?\b(?:still|again|more|another|hungry|starving|seconds|thirds|whole|entire|"
            r"\d+|two|three|four|five|six|" + LAUGH_EN + r")\b)")
_ODD_BASE_EN = ("weirdo", "freak", "loser", "creep", "psycho", "fatso", "fatty", "snitch", "crybaby",
                "cry baby", "weird one", "weird kid", "weird girl", "weird boy", "smelly kid",
                "smelly girl", "smelly boy", "fat kid", "fat girl", "fat boy", "tattletale")
# "the weirdo's here"
_ODD_NAMES_EN = _ODD_BASE_EN + tuple(n + "'s" for n in _ODD_BASE_EN)
_ODD_EN = "(?:" + "|".join(_ODD_NAMES_EN) + ")"
_AVOID_EN = (r"(?:pretend|act (?:like|busy|as if|normal)|look busy|ignore|do not look|hide|run|everyone|"
             r"nobody talk|no one talk|do not talk|quick|move)")
_SNITCH_EN = r"(?:snitch|snitches|tattletale|tattle tale|tattle tail|dobber|telltale|grass|snake)"
_WHY_EN = (r"(?:(?:and )?(?:you|we all|everyone|everybody) knows? (?:exactly |full well |)why|ask "
           r"yourself why|think about (?:it|why)|wonder why|guess why|figure it out|take the hint|get "
           r"the hint|because you are|cause you are|coz you are|cos you are|bc you are|because your|"
           r"accept it|deal with it|(?:and )?that says (?:it all|a lot))")
_POOR_BASICS_EN = (r"(?:soap|food|bread|shampoo|deodorant|lunch|the canteen|school lunch|shoes|phone|"
                   r"electricity|the bills|rent|toothpaste|coat|clothes|water|heating|trainers|uniform)")
_SHAME_EN = (r"(?:(?:still )?(?:wets?|wetting|peed|pees|pee) (?:the |his |her |their )?(?:bed|pants|"
             r"trousers|himself|herself)|(?:still )?sleeps? with (?:a |his |her |their )?(?:teddy|"
             r"stuffed|plush|soft toy|night ?light|blankie|dummy|mum|mom|mummy|mommy)|(?:still )?"
             r"(?:wears?|wearing) (?:a )?(?:diapers?|nappies|nappy|pull ups)|sucks? (?:his|her|their) "
             r"thumb|has (?:lice|nits|fleas|worms)|stuffs (?:her|his) bra|pooped|shat (?:himself|"
             r"herself)|cries? (?:himself |herself )?to sleep|(?:still )?plays? with (?:barbies|"
             r"dolls))")
_SPREAD_EN = (r"(?:how fast (?:it|that|this) (?:spreads|goes around|travels|gets around)|(?:the whole "
              r"school|everyone|everybody) (?:will|is going to|gonna) know|by tomorrow)")
_TELL_EN = (r"(?:i am (?:going to |gonna |about to )?|im (?:going to |gonna )?|i will |i ll |ima |imma "
            r"|gonna |going to |let us |lets |we should |we will |we are (?:going to |gonna )?)(?:tell|"
            r"telling|text|texting|message|spread it to|spread (?:it )?(?:around )?to|post (?:it )?(?:to|"
            r"for)) (?:everyone|everybody|the whole "
            r"(?:class|school|year|grade|group|gc|chat|world)|all of (?:the )?(?:class|school|year)|"
            r"every(?:one|body) in (?:class|school|the gc|our year))")
_HEAVY_EN = (r"(?:hippos?|hippopotamus|elephants?|cows?|whales?|pigs?|rhinos?|buffalo|walrus|seals?|"
             r"gorillas?|apes?|donkeys?|penguins?|ducks?|sausages?|potato(?:es)?|fridge|barrel|tank|"
             r"blob|troll|ogre|hog|sack of potatoes|bowling ball|beach ball|balloon|jelly)")
_SOUND_EN = (r"(?:(?:a |an )?(?:squeaky|rusty|creaky) (?:door|gate|hinge|wheel)|chalk|nails on|(?:a |an )?(?:dying|"
             r"strangled|sick|drowning|screaming|squealing) \w+|(?:a )?goat|(?:a )?donkey|"
             r"(?:a )?duck|(?:a )?chipmunk|(?:a )?broken (?:radio|trumpet|violin|record|toy)|(?:a )?fire "
             r"alarm|(?:a )?fog ?horn|(?:a )?car alarm|(?:a )?seagull|(?:a )?pig|(?:a )?cow)")
_SILENCE_EN = (r"(?:never (?:talk|speak|sing|read|open your mouth)|do not (?:talk|speak|sing|read|ever)|"
               r"shut up|" + nb("never", "not", "dont") + r"stop (?:talking|singing|reading)|stay quiet|"
               r"keep quiet|be quiet|keep your mouth shut|spare us|do us a favou?r|mute yourself|zip it)")
_PETS_EN = (r"(?:dog|dogs|cat|cats|puppy|kitten|horse|hamster|cake|drawing|costume|dressed|sister|"
            r"brother|mum|mom|dad|nan|grandma|grandpa|cousin|auntie|aunt|uncle|baby|bro|sis)")
_OBJ_EN = (r"(?:carrot|mop|broom|bird'?s nest|haystack|toilet brush|pineapple|poodle|sheep|bush|"
           r"broccoli|coconut|potato|pizza|melon|egg|broken fence|fence|tombstones|horse|rabbit|"
           r"beaver|donkey|pig|hippo|elephant|cow|troll|goblin|ogre|rat|frog|toad|scarecrow|clown|"
           r"lawnmower|a dog|dog|tomato|sausage|cabbage|spider|caterpillar|monkey|gorilla|ape)")
_BODY_EN = (r"(?:hair|haircut|face|head|nose|teeth|ears|skin|legs|body|freckles|eyebrows|glasses|"
            r"fringe|bangs|fro|afro|braces|feet|hands|belly|stomach|bum|butt)")
RULES: list[Rule] = [
    # the span is the crying verb: the name after it is a mild word for the banter frame
    rule("bullying:insult", "bullying",
         "cried cries crying burst bawled sobbed teared wept bawling sobbing",
         r"(?:^|[.!?] )" + _FAMILY_EN + r"(?:(?!\bbaby\b)[^.!?]){0,80}?\b"
         + nb("i", "we", "me", "everyone", "everybody", "all", "baby", "and i", "im", "i also", "i just")
         + _CRY_EN + r"\b" + _SELF_CRY_EN + r"(?=.{0,100}?\b(?:" + _CRYNAME_EN + r"|"
         + _MUMMY_EN + r")\b)"),
    rule("bullying:insult", "bullying", "needs need wants want calling called calls ran runs run go",
         after("cry baby", "crybaby", "big baby", "crybabies") + _MUMMY_EN + r"\b"),
    rule("bullying:insult", "bullying", "fatso fatty fatass fat lardo lardass lard tubby porky whale",
         r"\b(?:the )?(?:fatso|fatty|fatass|fat ass|lardo|lardass|lard ass|tubby|porky|fat (?:boy|girl|"
         r"kid|one)|whale) (?:just |literally |already |again |)" + _EAT_EN + r"\b" + _MORE_EN),
    # "here comes the weirdo, pretend you're busy", "the freak just walked in"
    rule("bullying:insult", "bullying", "comes come here arrived arrives alert walked came joined",
         r"\bhere (?:comes|come) (?:the )?(?=" + _ODD_EN + r"\b.{0,60}?\b" + _AVOID_EN + r"\b)|"
         + after(*_ODD_NAMES_EN) + r"(?:is (?:here|coming|back)|here|coming|back|just (?:walked|came|"
         r"joined) in|arrived|arrives|alert)\b(?=.{0,60}?\b" + _AVOID_EN + r"\b)|"
         + after(*_ODD_NAMES_EN) + r"alert\b"),
    rule("bullying:insult", "bullying", "snitch snitches tattletale tattle dobber telltale grass snake",
         r"(?:^|[.!?] )(?:you |you little |you are a |you are such a )?" + _SNITCH_EN
         + r"(?: [.!])* (?:you|because of you|thanks to you|now everyone|now the whole)\b"
         r"(?! (?:guys|all)\b)"),
    rule("bullying:exclusion", "bullying", "no nobody noone picks pick chooses choose picked chosen",
         r"\b(?:no one|nobody|noone)(?:'s| is)? (?:ever |even |really )?(?:wants to |will |would |going to |gonna )?"
         r"(?:picks?|chooses?|"
         r"sits? (?:with|next to|by)|invites?|comes? to|came to|goes to|went to|shows? up (?:to|at)|"
         r"wants) (?:you|your)\b(?!.{0,60}?\b(?:sorry|come (?:to|with|sit)|sit with (?:me|us)|join "
         r"(?:me|us|our)|i will|i ll|with me|with us|that is sad|so sad|hug))(?=.{0,70}?\b" + _WHY_EN
         + r"\b)|\byou are (?:always |literally |just )?(?:picked|chosen) last\b(?=.{0,60}?\b"
         + _WHY_EN + r"\b)"),
    rule("bullying:exclusion", "bullying", "burden liability weight drag better",
         r"\b(?:you are|your) (?:just |only |such |literally |really |honestly |nothing but |a |an |so |the "
         r"biggest |a huge |a massive |like )*(?:a )?(?:burden|dead weight|liability|drag) (?:to|on|for|in) "
         r"(?:everyone|everybody|us|this|the|our|all|your|every)\b|\b(?:the|this|our) (?:class|group|"
         r"team|school|gc|chat|squad|year) (?:would be|will be|is|was|would|will) (?:so |way |a lot "
         r"|much |so much |honestly |literally )*(?:better|happier|nicer|calmer) (?:off )?without you\b|"
         r"\bwe (?:would|will) (?:all )?be (?:so |way |much |a lot )?(?:better|happier) off without you\b"),
    rule("bullying:poverty", "bullying", "poor afford money pay buy",
         r"\bimagine (?:being|bein) (?:so |this |that |as )poor\b|\b(?:his|her|their|(?<!\bmy )\w+s) "
         r"(?:family|parents|mum|mom|dad|folks|house|home) (?:can not|cannot|could not|do not|does not|"
         r"did not) (?:even )?(?:afford|pay for|buy|have (?:the )?money for|have enough for) "
         r"(?:him |her |them )?(?:a |any |some |the |his |her )?(?:proper |new |decent |real )?"
         + _POOR_BASICS_EN + r"\b(?!.{0,60}?\b(?:so we|so i|we collected|we raised|help|donat\w+|sad|sorry|"
         r"fundraiser for them|gave (?:him|her)))"),
    rule("bullying:rumour", "bullying", "tell telling text texting message spread post",
         r"\b" + _TELL_EN + r" (?:that )?.{0,40}?\b" + _SHAME_EN + r"\b|\b" + _TELL_EN
         + r" (?:that )?[^.!?]{0,70}?(?:see|watch) " + _SPREAD_EN),
    rule("bullying:insult", "bullying",
         "runs ran running run walks walking moves moving dances dancing waddles eats eating "
         "breathes jumps jumping looks looking swims",
         sentence(_PETS_EN) + r"(?:she|he|you|they|him|her|them) (?:(?:literally|actually|always|still) )?(?:runs?|ran|"
         r"running|walks?|walking|moves?|moving|dances?|dancing|waddles?|waddling|eats?|eating|breathes?"
         r"|jumps?|jumping|swims?|swimming|looks?|looking)(?: \w+){0,4}? like (?:a |an |some |the )?"
         r"(?:\w+ )?" + _HEAVY_EN + r"\b(?! (?:costume|onesie|toy|plush|emoji|filter|drawing|cake|shark|sharks|"
         r"watch\w*|expert|song|tail|calf))"),
    rule("bullying:insult", "bullying", "voice laugh singing reading talking sound sounds",
         r"\b(?:your|his|her) (?:voice|laugh|singing|reading|talking) (?:sounds?|is|was|sounded|is "
         r"like) (?:\w+ ){0,2}?like (?:" + _SOUND_EN + r"\b|.{0,60}?\b" + _SILENCE_EN + r")|\byou "
         r"(?:sound|talk|sing|laugh|read) like (?:" + _SOUND_EN + r"\b|.{0,60}?\b" + _SILENCE_EN + r")"),
    rule("bullying:insult", "bullying", "looks look",
         r"\byour " + _BODY_EN + r" (?:looks?|look) like (?:a |an |some |the )?(?:\w+ ){0,2}?"
         + _OBJ_EN + r"\b(?! (?:costume|emoji|filter|in a good way))"),
]

# -- es -----------------------------------------------------------------------------
_CRYNAME_ES = (r"(?:bebe llor[oó]n\w*|llor[oó]n\w*|lloric[oa]\w*|chill[oó]n\w*|nenaza|nen[ea] de (?:mama|"
               r"mami)|bebit[oa]|bebe)")
_MUMMY_ES = (r"(?:vete|ve|anda|andate|corre|vaya|va|fue|se fue|corrio|quiere|necesita|llama|llamar|"
             r"llamo|va a llamar) (?:a llorar )?(?:con|a|donde) (?:su |tu )?(?:mami|mama|mamita|mamaita)")
_CRY_ES = (r"(?:lloro|lloraba|esta llorando|estaba llorando|se puso a llorar|se echo a llorar|rompio a "
           r"llorar|se largo a llorar|lloriqueo|lloriqueaba|berreo|berreaba)")
_FAMILY_ES = (r"(?![^.!?]*\b(?:mi|mis|nuestro|nuestra) (?:hermanit[oa]|herman[oa]|prim[oa]|primit[oa]|"
              r"bebe|sobrin[oa]|hij[oa]|perr[oa]|gat[oa])\b)")
_ODD_NAMES_ES = ("bicho raro", "el raro", "la rara", "friki", "pringado", "pringada", "perdedor", "perdedora",
                 "marginado", "marginada", "apestoso", "apestosa", "chivato", "chivata", "lloron",
                 "llorona", "gordinflon", "gordinflona", "la gorda", "el gordo", "foca", "ballena",
                 "rarito", "rarita", "mongolo", "mongola")
_ODD_ES = "(?:" + "|".join(_ODD_NAMES_ES) + ")"
_AVOID_ES = (r"(?:hag(?:an|amos|ais) como (?:que|si)|finj(?:an|amos|ais)|fingid|disimul\w+|no (?:lo|la|le) "
             r"(?:miren|mireis|hablen|habléis)|ignor\w+|escond\w+|corran|huyan|nadie (?:le|la|lo) habl\w+|"
             r"que no nos vea)")
_SNITCH_ES = (r"(?:chivat[oa]s?|sopl[oó]n\w*|acusic[oa]s?|acuset[ae]s?|buch[oó]n\w*|sap[oa]|batidor[a]?|"
              r"chismos[oa])")
_WHY_ES = (r"(?:(?:y )?(?:ya )?(?:sabes|sabeis|todos saben|todo el mundo sabe) (?:por que|porque)|"
           r"preguntate (?:por que|porque)|piensa (?:por que|porque|un poco)|por algo sera|(?:porque|xq|"
           r"x q|por que|pq) eres|asumelo|aceptalo|entiendelo|date cuenta|hazte a la idea)")
_HEAVY_ES = (r"(?:hipopotamo|elefante|vaca|ballena|cerd[oa]|foca|morsa|rinoceronte|gorila|mono|pato|"
             r"pinguino|chanch[oa]|tonel|croqueta|salchicha|morcilla|nevera|armario|tanque|orca|"
             r"bola de grasa|saco de papas|saco de patatas)")
_SOUND_ES = (r"(?:(?:un |una )?(?:gato|cabra|pato|burro|cerdo) (?:muriendose|agonizando|atropellado)|se "
             r"esta muriendo un gato|tiza|unas en la pizarra|una puerta (?:oxidada|que chirria)|una "
             r"cabra|un pato|un burro|una sirena|una alarma)")
_SILENCE_ES = (r"(?:callate|calla|no hables|no vuelvas a (?:hablar|cantar|leer)|mejor (?:no hables|calla|"
               r"callate|ni hables|no leas|no cantes)|cierra la boca|ni abras la boca)")
_OBJ_ES = (r"(?:zanahoria|escoba|fregona|nido|estropajo|pollo|oveja|caniche|brocoli|coco|patata|papa|"
           r"mono|rata|burro|caballo|cerdo|payaso|esponja|arbusto|cepillo|champinon|seta|coliflor|"
           r"tomate|espantapajaros|castor|conejo|hipopotamo|elefante|vaca|foca|ballena)")
RULES += [
    rule("bullying:insult", "bullying", "lloro lloraba llorando llorar lloriqueo lloriqueaba berreo berreaba",
         r"(?:^|[.!?] )" + _FAMILY_ES + r"[^.!?]{0,80}?\b" + nb("yo", "me", "todos", "bebe")
         + _CRY_ES + r"\b(?!.{0,100}?\b(?:soy|estoy|somos) (?:muy |un |una |tan |)*(?:llor|bebe))"
         r"(?=.{0,100}?\b(?:" + _CRYNAME_ES + r"|" + _MUMMY_ES + r")\b)"),
    rule("bullying:insult", "bullying", "vete ve anda andate corre vaya va fue corrio quiere necesita "
         "llama llamar llamo",
         after("bebe lloron", "lloron", "llorona", "llorica", "chillon", "chillona") + r"(?:\w+ )?"
         + _MUMMY_ES + r"\b"),
    rule("bullying:insult", "bullying", "gordo gorda gordito gordita gordinflon gordinflona foca vaca "
         "ballena cerdo cerda chancho chancha panzon panzona morsa",
         r"\b(?:el|la) (?:gordo|gorda|gordito|gordita) (?:ya |otra vez |)(?:se comio|se zampo|se trago|se "
         r"jalo|se ha comido|se acabo|se devoro|se bajo|comio|se morfo|se papeo|se mando)\b(?=.{0,80}?\b"
         r"(?:todavia|aun|sigue|hambre|pide mas|quiere mas|repite|repitio)\b)|"
         r"\b(?:el|la) (?:gordinfl[oó]n\w*|foca|vaca|ballena|cerd[oa]|chanch[oa]|panz[oó]n\w*|morsa) "
         r"(?:ya |otra vez |)(?:se comio|se zampo|se trago|se jalo|se ha comido|se acabo|se devoro|se "
         r"bajo|comio|se morfo|se papeo|se mando)\b(?=.{0,80}?\b(?:todavia|aun|sigue|hambre|mas|otra vez|"
         r"\d+|dos|tres|cuatro|cinco|toda|todo|entera|entero|" + LAUGH_ES + r")\b)"),
    rule("bullying:insult", "bullying", "viene llega esta vino llego entro acerca",
         r"\b(?:ahi|aqui|alla|ya|mira|miren|cuidado) (?:viene|llega|esta|vino|llego|se acerca) (?:el |la |"
         r"los |las )?(?=" + _ODD_ES + r"\b.{0,60}?\b" + _AVOID_ES + r")|"
         + after(*_ODD_NAMES_ES) + r"(?:ya )?(?:llego|viene|esta aqui|acaba de (?:llegar|entrar)|entro|se "
         r"acerca)\b(?=.{0,60}?\b" + _AVOID_ES + r")"),
    rule("bullying:insult", "bullying", "chivato chivata chivatos soplon soplona acusica acuseta "
         "acuseton buchon buchona sapo sapa batidor batidora chismoso chismosa",
         r"(?:^|[.!?] )(?:eres (?:un |una )?|que |)" + _SNITCH_ES + r"(?: [.!])* (?:\w+ ){0,2}?(?:fuiste|"
         r"te fuiste|corriste|le dijiste|le contaste|contaste|dijiste|por tu culpa|gracias a ti|ahora "
         r"(?:todo|toda|todos))\b"),
    rule("bullying:exclusion", "bullying", "nadie cumple cumples cumpleanos fiesta fiestas",
         r"\bnadie (?:nunca |jamas |ni )?(?:te )?(?:elige|escoge|eligio|escogio|invita|invito|quiere "
         r"(?:en su|en el) equipo|va a (?:ir a |venir a )?tus?|viene a tu|viene a tus|vendra a tu|iria a tu|se "
         r"sienta contigo|juega contigo)\b(?=.{0,70}?\b" + _WHY_ES + r")|"
         r"\ba (?:tu|tus) (?:cumple|cumples|cumpleanos|fiesta|fiestas) no (?:va|viene|fue|vino|iria|"
         r"vendria|ira|vendra) (?:nunca |ni )?nadie\b(?=.{0,70}?\b(?:" + _WHY_ES + r"|porque|por que|"
         r"xq|ni loco|obvio|normal))"),
    rule("bullying:exclusion", "bullying", "eres estorbo carga lastre mejor menos",
         r"\b" + nb("no", "nunca", "tampoco") + r"eres (?:un |una |solo un |solo una |mas que un |"
         r"nada mas que un |sinceramente |literalmente )*(?:estorbo|carga|lastre|peso muerto) (?:para|pa|"
         r"pal) (?:todos|nosotros|el grupo|la clase|el equipo|tus padres|tu familia|todo el mundo)\b|"
         r"\b(?:la clase|el grupo|el equipo|el cole) (?:estaria|seria|iria|estaba|era) (?:mucho |"
         r"muchisimo |)(?:mejor|mas tranquil[oa]) sin ti\b|\bsin ti (?:la clase|el grupo|el equipo) "
         r"(?:estaria|seria|iria) (?:mucho )?mejor\b|" + sentence(_FICTION)
         + r"nadie te (?:echaria|echara|va a echar) de menos\b"),
    rule("bullying:poverty", "bullying", "casa familia padres madre padre pobre",
         r"\b(?:en su casa|su familia|sus padres|su madre|su padre|en casa de (?:la |el )?(?!mi\b)\w+) no (?:hay|"
         r"tienen|tiene|les alcanza|le alcanza|pueden pagar|puede pagar|tienen dinero|tiene dinero) "
         r"(?:ni )?(?:(?:pa|para) )?(?:(?:comprar|pagar) )?(?:el |la |un |una )?(?:jabon|comida|pan|comer|"
         r"el comedor|comedor|zapatos|zapatillas|luz|agua|champu|ropa|movil|celular|la luz)\b|"
         r"\bimaginate (?:ser|estar) tan pobre\b"),
    rule("bullying:rumour", "bullying", "decir contar decirle contarle dire contare espandir difundir "
         "correr",
         r"\b(?:voy a|vamos a|le voy a|les voy a|ahora voy a) (?:decir|contar|decirle|contarle|decirles|"
         r"contarles|difundir|correr la voz) (?:a )?(?:todos|todo el mundo|toda la clase|todo el cole|"
         r"todo el instituto|todo el grupo)?(?: ?que)? ?.{0,50}?(?:se (?:hace|mea|orina) (?:pis |encima|en la "
         r"cama)|moja la cama|duerme con (?:un |su )?(?:peluche|osito|mama|la luz)|usa panal|lleva panal|"
         r"(?:se )?chupa el dedo|tiene piojos)|\b(?:voy a|vamos a) (?:decir|contar|decirle|contarle) "
         r"(?:a )?(?:todos|todo el mundo|toda la clase)[^.!?]{0,80}?(?:vas a ver|ya veras|a ver) "
         r"(?:como|que tan rapido|lo rapido que) (?:vuela|corre|se entera|se difunde)"),
    rule("bullying:insult", "bullying", "corre correr corriendo camina caminando baila bailando mueve "
         "parece come comiendo",
         sentence(r"(?:perr\w*|gat[oa]s?|caballo|tarta|dibujo|disfraz\w*|herman\w*|mama|papa|abuel\w*|"
                  r"prim[oa]|ti[oa]|bebe)") + r"(?:corre|corriendo|camina|caminando|baila|bailando|se mueve|"
         r"moviendose|come|comiendo) (?:\w+ )"
         r"{0,4}?(?:como|igual que|parece) (?:un |una )?(?:\w+ )?" + _HEAVY_ES + r"\b(?! (?:de peluche|"
         r"disfraz|de juguete|emoji))"),
    rule("bullying:insult", "bullying", "voz hablas lees cantas parece suena",
         r"\b(?:tu voz|cuando (?:hablas|lees|cantas)|cada vez que (?:hablas|lees|cantas))(?: en voz alta)? "
         r"(?:parece|suena|es como|es igual)(?: a| como| que)? (?:" + _SOUND_ES + r"|.{0,60}?\b"
         + _SILENCE_ES + r"\b)"),
    rule("bullying:insult", "bullying", "parece pareces",
         r"\btu (?:pelo|cabello|cara|nariz|dientes|flequillo|corte|peinado|piel|cuerpo|orejas|cejas) "
         r"(?:parece|es como) (?:un |una |el |la )?(?:\w+ )?" + _OBJ_ES + r"\b|\bpareces (?:un |una )"
         r"(?:\w+ )?" + _OBJ_ES + r"\b(?=.{0,60}?\b(?:" + LAUGH_ES + r"|que asco|que feo|fe[oa])\b)"),
]

# -- fr -----------------------------------------------------------------------------
_CRYNAME_FR = (r"(?:pleurnich\w+|chialeu(?:r|se)|chialard\w*|pleureu(?:r|se)|bebe|madeleine|mauviette|"
               r"fillette|petite nature)")
_MUMMY_FR = (r"(?:va|vas|aller|allez|appeler|appelle|appele|veut|veux|voulait|court|cours|courir|"
             r"pleurer|pleure) (?:pleurer |en pleurant |vite )?(?:voir |chez |dans les bras de |dans les "
             r"jupes de |a )?(?:sa|ta) (?:maman|mere|moman|mama|maman cherie)")
_CRY_FR = (r"(?:a pleure|pleure|pleurait|pleurer|a chiale|chiale|chialait|a pleurniche|pleurniche|a fondu "
           r"en larmes|est en larmes|est en pleurs|s'est mis a pleurer|s'est mise a pleurer|a encore "
           r"pleure|a encore chiale)")
_FAMILY_FR = (r"(?![^.!?]*\b(?:mon|ma|mes|notre) (?:petit |petite |grand |grande )?(?:frere|soeur|"
              r"cousin|cousine|bebe|fils|fille|neveu|niece|chien|chat)\b)")
_ODD_NAMES_FR = ("cas social", "cas soc", "cassos", "bizarre", "chelou", "zarbi", "boloss", "bolos",
                 "loser", "looser", "gros lard", "la grosse", "le gros", "pleurnicheuse", "pleurnicheur",
                 "balance", "tocard", "tocarde", "clochard", "clocharde", "puant", "puante", "gueux",
                 "la baleine", "mongol", "mongole", "victime", "bouffon", "bouffonne")
_ODD_FR = "(?:" + "|".join(_ODD_NAMES_FR) + ")"
_AVOID_FR = (r"(?:(?:faites|fais|faisons|on fait) (?:genre|semblant|comme si)|ignor\w+|(?:le |la )?regardez "
             r"pas|cachez|planquez|fuyez|personne (?:ne )?lui parle|on se casse|on bouge|on se barre)")
_SNITCH_FR = (r"(?:balance|balances|rapporteu(?:r|se)|cafteu(?:r|se)|cafardeu(?:r|se)|mouchard\w*|"
              r"poukave|poucave|balanceu(?:r|se)|traitre|traitresse)")
_WHY_FR = (r"(?:(?:et )?tu sais (?:tres bien |tres bien )?pourquoi|(?:tout le monde|on) sait pourquoi|"
           r"demande toi pourquoi|reflechis|cherche pas|faut te faire une raison|fais toi une raison|"
           r"(?:parce que|pcq|psk|car|vu que) (?:t'es|tu es|t es)|accepte le|capte|capte le)")
_HEAVY_FR = (r"(?:hippopotame|hippo|elephant|vache|baleine|cochon|truie|phoque|morse|rhinoceros|gorille|"
             r"singe|canard|pingouin|saucisse|boudin|tonneau|frigo|armoire|char d'assaut|patate|sac de "
             r"patates|otarie|mammouth)")
_SOUND_FR = (r"(?:(?:une )?craie|(?:des )?ongles sur|(?:une )?porte qui grince|(?:un )?chat qu'on egorge|"
             r"(?:un )?chat qui (?:meurt|creve)|(?:une )?chevre|(?:un )?canard|(?:une )?sirene|(?:une )?"
             r"alarme|(?:une )?casserole|(?:un )?ane)")
_SILENCE_FR = (r"(?:(?:ne )?parle plus(?: jamais)?|tais toi|ferme la|(?:ne )?chante plus|(?:ne )?lis plus|"
               r"evite de (?:parler|chanter|lire)|arrete de (?:parler|chanter|lire)|ouvre plus (?:jamais )?"
               r"la bouche)")
_PETS_FR = (r"(?:chien|chat|chiot|chaton|cheval|lapin|hamster|voiture|film|dessin anime|deguise\w*|frere|"
            r"soeur|maman|papa|mere|pere|mamie|papi|cousin\w*|bebe)")
_OBJ_FR = (r"(?:carotte|balai|serpilliere|nid|botte de foin|brosse a chiottes?|caniche|mouton|brocoli|"
           r"patate|clown|lapin|castor|rat|ananas|tondeuse|epouvantail|singe|cochon|vache|hippopotame|"
           r"buisson|chou fleur|tomate)")
RULES += [
    rule("bullying:insult", "bullying", "pleure pleurait pleurer chiale chialait pleurniche fondu larmes "
         "pleurs",
         r"(?:^|[.!?] )" + _FAMILY_FR + r"(?:(?!\bbebe\b)[^.!?]){0,80}?\b"
         + nb("je", "j'ai", "j ai", "on a", "moi", "tous", "bebe", "me", "fait")
         + _CRY_FR + r"\b(?!.{0,100}?\b(?:je suis|chuis|suis) (?:trop |une |un |tellement |)*(?:pleurnich|"
         r"chial|bebe))(?=.{0,100}?\b(?:(?:le |la |un |une |gros |grosse |petit |petite )" + _CRYNAME_FR
         + r"|pleurnich\w+|chialeu(?:r|se)|chialard\w*|pleureu(?:r|se)|mauviette|" + _MUMMY_FR + r")\b)"),
    rule("bullying:insult", "bullying", "va vas aller allez appeler appelle veut veux court cours courir",
         after("le bebe", "la bebe", "pleurnicheuse", "pleurnicheur", "pleurnicharde", "pleurnichard",
               "chialeuse", "chialeur") + r"(?:\w+ )?" + _MUMMY_FR + r"\b"),
    rule("bullying:insult", "bullying", "gros grosse baleine truie vache lard bouboule boudin",
         r"\b(?:le gros|la grosse|le gros lard|la grosse vache|la baleine|le boudin|la truie|bouboule|le "
         r"gros porc) (?:a (?:encore )?(?:mange|bouffe|devore|englouti|repris|pris|termine|fini)|s'est "
         r"(?:enfile|envoye|tape|goinfre|empiffre)|mange|bouffe|reprend|se goinfre)\b(?=.{0,80}?\b"
         r"(?:encore|toujours|faim|deux|trois|quatre|cinq|\d+|tout le|toute la|en plus|fois|"
         + LAUGH_FR + r")\b)"),
    rule("bullying:insult", "bullying", "arrive debarque la vient pointe approche voila attention",
         r"\b(?:voila|v'la|attention|tiens|oh|ah|regardez) (?:le |la |l'|les )?(?=" + _ODD_FR
         + r"\b.{0,60}?\b" + _AVOID_FR + r")|"
         + after(*_ODD_NAMES_FR) + r"(?:arrive|debarque|est la|vient|se pointe|approche|est arrivee?)\b"
         r"(?=.{0,60}?\b" + _AVOID_FR + r")"),
    rule("bullying:insult", "bullying", "balance balances rapporteur rapporteuse cafteur cafteuse "
         "cafardeur cafardeuse mouchard moucharde poukave poucave balanceur balanceuse traitre traitresse",
         r"(?:^|[.!?] )(?:espece de |sale |t'es (?:qu')?une? |)" + _SNITCH_FR + r"(?: [.!])* (?:\w+ )"
         r"{0,2}?(?:t'as|tu as|t'es alle|t'es allee|tu es alle|a cause de toi|grace a toi|maintenant tout)"
         r"\b" + r"(?!.{0,60}?\b(?:signe|signes|horoscope|astro\w*|zodiaque|kilo\w*|poids|peser)\b)"),
    rule("bullying:exclusion", "bullying", "personne jamais invite invitee",
         r"\bpersonne (?:ne )?(?:te choisit|te prend|t'invite|t'a invite|vient a ton|viendra a ton|ira a "
         r"ton|va a ton|veut de toi|s'assoit avec toi|se met a cote de toi|veut se mettre avec toi)\b"
         r"(?=.{0,70}?\b" + _WHY_FR + r")|\b(?:t'es|tu es|t es) (?:jamais|pas) invitee?s? (?:nulle "
         r"part|a rien|aux soirees|aux anniv\w*)?\b(?=.{0,70}?\b" + _WHY_FR + r")|"
         r"\ba ton (?:anniv|anniversaire) (?:y a |il y a |)personne (?:qui )?(?:vient|viendra|va venir)\b"),
    rule("bullying:exclusion", "bullying", "poids boulet fardeau charge sers mieux regretterait",
         r"\b(?:t'es|tu es|t es) (?:juste |qu'un |que |vraiment |un |une |franchement |grave )*(?:poids|"
         r"boulet|fardeau|charge) (?:pour|pr) (?:nous|tout le monde|tous|(?:tout |toute )?(?:le groupe|la "
         r"classe|l'equipe)|tes parents|ta famille)\b|\btu (?:ne )?sers (?:a|strictement a) rien (?:dans|"
         r"pour|a) (?:ce|le|cette|la|notre|l')\s?(?:groupe|equipe|classe|projet)\b|\b(?:la classe|le groupe|l'equipe) "
         r"(?:serait|irait|sera) (?:vachement |tellement |bien )?mieux sans toi\b|\bsans toi (?:la classe|"
         r"le groupe|l'equipe) (?:serait|irait) (?:vachement |tellement |bien )?mieux\b|\bpersonne (?:ne )?"
         r"te regretterait\b(?![^.!?]{0,40}\b(?:dans le jeu|chuchote))"),
    rule("bullying:poverty", "bullying", "famille parents mere pere lui elle eux pauvre darons daronne daron",
         r"\b(?:sa famille|ses parents|sa mere|son pere|chez lui|chez elle|chez eux|ses darons|sa daronne|"
         r"son daron) (?:n'a|a|ont|n'ont|peut|peuvent|n'ont meme|n'a meme) (?:meme )?pas (?:de quoi|les "
         r"moyens de|l'argent pour|assez pour|d'argent pour) (?:(?:payer|acheter|manger|se payer) )?(?:la "
         r"cantine|du savon|a manger|des chaussures|un portable|le loyer|l'electricite|du pain|des "
         r"habits|du shampoing)\b|\bimagine (?:etre|t'es) (?:tellement|si) pauvre\b"),
    rule("bullying:rumour", "bullying", "dire raconter balancer repandre",
         r"\b(?:je vais|j'vais|jvais|on va|je vais aller) (?:dire|raconter|balancer|repandre) (?:a "
         r")?(?:tout le monde|toute la classe|tout le college|tout le bahut|toute l'ecole|tous)?(?: ?que)? ?"
         r".{0,50}?(?:fait (?:encore )?pipi au lit|pisse au lit|mouille (?:son|le) lit|dort (?:encore )?avec "
         r"(?:un |une |son |sa )?(?:doudou|peluche|nounours|veilleuse|sa mere|sa maman)|porte des couches|"
         r"suce son pouce|a des poux)"),
    rule("bullying:insult", "bullying", "court cours marche marches danse danses bouge bouges mange "
         "manges dirait",
         sentence(_PETS_FR) + r"(?:elle|il|tu|toi) (?:\w+ ){0,2}?(?:court|cours|marche|marches|danse|"
         r"danses|bouge|bouges|mange|manges|nage|nages) (?:\w+ ){0,3}?comme (?:un |une )(?:gros |grosse )?"
         + _HEAVY_FR + r"\b(?! (?:en peluche|deguise\w*))|\b(?:regarde|regardez|matez|mate) (?:la|le|les|"
         r"moi|\w+) (?:\w+ ){0,5}?on dirait (?:un |une )(?:gros |grosse )?" + _HEAVY_FR + r"\b"),
    rule("bullying:insult", "bullying", "voix parles chantes lis",
         r"\b(?:ta voix|quand tu (?:parles|chantes|lis))(?: a voix haute)? (?:on dirait|ressemble a|c'est "
         r"comme|fait) (?:" + _SOUND_FR + r"|.{0,60}?\b" + _SILENCE_FR + r")"),
    rule("bullying:insult", "bullying", "dirait ressemblent ressemble",
         r"\b(?:tes cheveux|ta coupe|ta tete|ton nez|tes dents|ta frange|tes oreilles|ta coiffure|tes "
         r"sourcils) (?:on dirait|ressemblent? a) (?:un |une |des )?(?:\w+ )?" + _OBJ_FR + r"\b"),
]

# Portuguese, Italian and German; the languages of the packs; clothes from the bin and birthday boycotts
from .harm_mockery_eu import RULES as _EU_RULES  # noqa: E402
from .harm_mockery_langs import RULES as _LANG_RULES  # noqa: E402
from .harm_mockery_more import RULES as _MORE_RULES  # noqa: E402
from .harm_mockery_scripts import RULES as _SCRIPT_RULES  # noqa: E402

RULES += _EU_RULES + _LANG_RULES + _SCRIPT_RULES + _MORE_RULES
