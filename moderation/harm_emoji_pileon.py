"""Emoji pile-ons: the group told to post an insulting emoji on a named
person's picture, post, story or profile (appended to `harm.RULES`; rule
`bullying:emoji_pileon`, hold).  en es fr pt de it here; ru tr pl id ar hi
zh in harm_emoji_pileon_langs.py.

Why: "everybody spam 🐷 under Jess's new pic, she'll get it lol", "alle mal
🐄 unter Ninas Selfie posten haha", "todos pongan 🤡 en la foto de Marta".
No word of the message is an insult - the pig, cow, whale or clown *is* the
insult, and the call to the group makes it a pile-on on one child.  The
emoji is dropped from the phrase form, so these rules are matched against
the normalised text (`unspaced`, like harm.py's sexual emoji rule and
harm_offer_emoji.py).  The twelve spaced languages are one rule with one
part, pre-tested for one of the emoji (or "oink", "moo"): an ASCII message,
or one with only hearts and laughing faces, never runs the regex; Chinese
is a rule of its own (`harm_emoji_pileon_langs.ZH_RULE`).

Three things, all needed:

* the call: an imperative or "let's" at the start of a sentence, after
  group words ("everyone", "guys", "let's all", "todos", "tout le monde",
  "alle", "tutti"), or a first-person plan ("imma spam");
* an insulting emoji (`EMOJI`: pig, pig nose, cow, clown, whale, rat, poop,
  hippo, elephant, monkey, gorilla, snake, vomit, cockroach, boar, skunk,
  ogre, troll, bin) - or the sound of one, "oink", "moo";
* a person's post: "her / his / Jess's pic", "the photo of Marta", "sa
  photo", "Ninas Selfie", with the place word ("under", "en", "sous",
  "unter", "sotto").

What passes: a friendly emoji ("everyone send ❤️ to Maya's post"), no
person's post ("react 🐷 if you like pigs", "put 🤡 in the chat for clown
day"), the writer's own or the reader's post ("put 🐷 on my post"),
reports and questions ("people spammed 🐷 under my friend's selfie and we
reported them", "what does 🐷 mean under a photo?": no call at a sentence
start), prohibitions ("don't put 🐷 on her pic": "don't" is no call), and
an animal or a costume the post is really about (`INNOCENT`, read over the
rest of the message: "she got a pet pig", "clown day", "whale watching",
"halloween").  An animal named only *before* the call is not seen.

Cost: one rule, gated by a picture word (trigger) and a call or verb
(`requires`); on the bench corpus about 0.1-0.3 µs per message.
"""

from __future__ import annotations

import dataclasses

from .normalise import fold_pattern
from .rules import PATTERN_CACHE, Rule, rule

# pig, pig (whole), pig nose, boar, cow face, cow, clown, whale (spouting), whale,
# rat, mouse, poop, hippo, elephant, monkey face, monkey, gorilla, orangutan,
# snake, vomit, nauseated, cockroach, skunk, ogre, troll, wastebasket
EMOJI: tuple[str, ...] = (
    "\U0001F437", "\U0001F416", "\U0001F43D", "\U0001F417", "\U0001F42E", "\U0001F404",
    "\U0001F921", "\U0001F433", "\U0001F40B", "\U0001F400", "\U0001F401", "\U0001F4A9",
    "\U0001F99B", "\U0001F418", "\U0001F435", "\U0001F412", "\U0001F98D", "\U0001F9A7",
    "\U0001F40D", "\U0001F92E", "\U0001F922", "\U0001FAB3", "\U0001F9A8", "\U0001F479",
    "\U0001F9CC", "\U0001F5D1",
)
# the sound of the animal stands for its emoji ("everyone comment oink oink on her selfie")
SOUNDS: tuple[str, ...] = ("oink", "moo", "хрю")
_E = "[" + "".join(EMOJI) + "]"
E_WORD: str = _E + r"|\b(?:oink|moo+|хрю\w*)\b"
# any emoji (a laughing face between two pigs)
_ANY_EMOJI = "[\U0001F000-\U0001FAFF\u2600-\u27bf]"
RUN: str = r"(?:" + E_WORD + r")(?: ?(?:" + _ANY_EMOJI + r"|" + E_WORD + r"))*"
# a few words inside the sentence
GAP: str = r"[^.!?\n]{0,25}?"
# a sentence start: the call must open its sentence (or follow a comma, a colon,
# an emoji), so "they spam 🐷 under her pics" and "why did u put 🐷..." do not match
START: str = (r"(?:^|(?<=[.!?,:;\n] )|(?<=[.!?,:;\n])|(?<=" + _ANY_EMOJI + r" )|(?<="
              + _ANY_EMOJI + r"))")

# the post is really about the animal, a costume, a theme day (rest of the message)
INNOCENT: str = (
    r"(?![^\n]*?\b(?:piglets?|pet (?:pig|pigs|cow|rat|rats|snake|mouse)|farm\w*|zoo|aquarium|peppa|"
    r"circus|costumes?|halloween|dress(?:ing)? up|mascot|whale watching|emoji (?:quiz|game|"
    r"challenge)|guess the|(?:i|she|he|you|u|we|they) (?:love|loves|like|likes) (?:pigs|cows|whales|"
    r"clowns|rats|snakes|monkeys|elephants|hippos)|obsessed with (?:pigs|cows|whales|clowns)|"
    r"favou?rite (?:animal|emoji)|(?:saw|seen|spotted|fed|adopted) (?:a |an |the |some |her |his )?"
    r"(?:pigs?|piglets?|cows?|calf|whales?|rats?|snakes?|monkeys?|elephants?|hippos?)|"
    r"(?:pig|cow|whale|clown|rat|snake|monkey|elephant|hippo) (?:day|week|month)|"
    # es pt fr de it
    r"granja|zoologico|mascota|disfraz\w*|cerdito|lechon|fazenda|fantasia|porquinho|ferme|"
    r"deguisement|bauernhof|kostum|verkleid\w*|ferkel|fattoria|maialino|"
    # ru tr pl id ar hi
    r"ферм\w*|зоопарк\w*|костюм\w*|хэллоуин\w*|поросен\w*|ciftlik|hayvanat|przebran\w*|"
    r"prosiacz\w*|peternakan|kebun binatang|مزرعه|حديقه الحيوان|chidiyaghar)\b)"
)


def emoji_rule(name: str, sources: list[tuple[str, str]], requires: str) -> Rule:
    """One rule for the (triggers, pattern) pairs of every language, matched
    against the normalised text (emoji kept).  One rule, one part: the
    pre-test for an emoji or an animal sound runs once per message that has
    a trigger word (a picture, a video: many), not once per language, and the
    regex runs only when an emoji is there.  `requires`: the calls and verbs
    (one of them is in every match), so a message that only names a video is
    not a candidate."""
    triggers = " ".join(dict.fromkeys(" ".join(t for t, _ in sources).split()))
    src = "|".join("(?:" + pattern + ")" for _, pattern in sources)
    # the calls and verbs are in fewer messages than the picture words ("her", "post",
    # "story"): they trigger and the picture words are the second gate (the same messages)
    base = rule(name, "bullying", requires, src, requires=triggers)
    # 57 kB of pattern, 70 ms to compile: from the pattern cache, on first use
    parts = ((PATTERN_CACHE.pattern(fold_pattern(src)), False, ((), (*EMOJI, *SOUNDS), ())),)
    return dataclasses.replace(base, unspaced=True, parts=parts)


# -- en ------------------------------------------------------------------------------
_CALL_EN = (r"(?:everyone|everybody|every1|evry1|errbody|erryone|guys|yall|y'all|you all|u all|"
            r"all of you|all of u|chat|people|ppl|lads|girls|boys|squad|fam|gang|lets|let's|let us|"
            r"go|pls|plz|please|someone|somebody|we should|we gotta|we need to|we have to|imma|ima|"
            r"i'm gonna|im gonna|i'm going to|im going to|i will|ill|i'll|gonna|time to|who wants to|"
            r"now|ok|okay|so|and|lol|lmao|haha|also|then|quick|quickly|just|all|come on|cmon|"
            r"c'mon|start|again|hey|yo|everyone go|go and)")
_CALLS_EN = r"(?:" + _CALL_EN + r"[,!]? ){0,4}"
# a call that names the group (words of the rule's second gate)
_GROUP_EN = (r"(?:everyone|everybody|every1|evry1|errbody|erryone|guys|yall|y'all|chat|people|ppl|"
             r"lads|girls|boys|squad|fam|gang|lets|let's|let us|go|imma|ima)")
_VERB_EN = (r"(?:spam|post|drop|put|comment|leave|send|flood|fill|react|reply|paste|type|bomb|"
            r"throw|chuck|slap|dump|stick|write|blast|add|spamming|posting|commenting|flooding)")
_STOP_EN = (r"(?:my|our|your|ur|yours|their|its|it's|everyone|everyones|everybody|everybodys|"
            r"someone|someones|anyone|anyones|nobody|nobodys|todays|yesterdays|tonights|"
            r"tomorrows|this|that|these|those|the|a|an|all|every|each|his|her|us|ours|mine|class|"
            r"school|schools|team|teams|group|groups|me|you|them|it|chat|weeks|years|months|days|"
            r"was|is|as|has|does|goes|always|pigs|cows|whales|clowns|rats|snakes|monkeys|mums|moms|"
            r"dads|parents|teachers|miss|sirs|ms|mrs|mr|mods|admins|bots|channels|brands|shops)")
_NAME_EN = r"(?!" + _STOP_EN + r"\b)[a-z][a-z0-9_-]{1,15}"
_ADJ_EN = (r"(?:(?:new|latest|last|recent|first|newest|next|every|cringe|ugly|stupid|dumb|little|"
           r"whole|profile|insta|instagram|ig|tiktok|snap|beach|gym|pe|school|bikini|swim|prom|"
           r"birthday|bday|holiday|family|main|finsta|selfie|mirror|dance|singing|fit|outfit) )*")
_POST_EN = (r"(?:pics?|pictures?|photos?|posts?|selfies?|stor(?:y|ies)|status(?:es)?|"
            r"profile(?: pic(?:ture)?)?|pfps?|dps?|avatar|videos?|vids?|reels?|tiktoks?|"
            r"insta(?:gram)?|ig|comments?|comment section|page|uploads?|lives?|streams?|tweets?|"
            r"threads?|dms|inbox|wall|snaps?|bereal|fits)\b")
_OWNER_EN = (r"(?:her|his|" + _NAME_EN + r"(?:'s|s'|'|s)|(?:the|that|this) (?:new |weird |fat |ugly "
             r"|quiet |annoying )?(?:girl|boy|kid|guy|one|loser|weirdo)'s)")
_OWNER_POST_EN = (r"(?:(?:all|every|each|all of) )?(?:" + _OWNER_EN + r" " + _ADJ_EN + _POST_EN
                  + r"|(?:the|that|this|a|every) " + _ADJ_EN + _POST_EN
                  + r" (?:of|from|by) (?:her|him|" + _NAME_EN + r")\b)")
_PREP_EN = r"(?:on|under|underneath|below|in|to|all over|onto|into|across|at|over)"
_EN = (
    START + INNOCENT + r"(?:"
    # everybody spam 🐷 under Jess's new pic
    + _CALLS_EN + r"(?:go )?" + _VERB_EN + r"\b" + GAP + RUN + GAP + r"\b" + _PREP_EN + r" "
    + _OWNER_POST_EN + r"|"
    # spam her comments with 🐷 / comment on jess's pic 🐷🐷
    + _CALLS_EN + r"(?:go )?" + _VERB_EN + r" (?:up )?(?:" + _PREP_EN + r" )?" + _OWNER_POST_EN
    + GAP + RUN + r"|"
    # let's all 🐷 her selfie / everyone 🐽🐽 on her selfie
    + r"(?:" + _CALL_EN + r"[,!]? ){0,3}" + _GROUP_EN + r"[,!]? (?:" + _CALL_EN + r"[,!]? ){0,2}"
    + RUN + r" ?(?:" + _PREP_EN + r" )?" + _OWNER_POST_EN + r"|"
    # 🐷🐷 under her new pic everyone
    + RUN + r" ?" + _PREP_EN + r" " + _OWNER_POST_EN + r"(?=[^.!?\n]{0,30}\b(?:everyone|everybody|"
    r"guys|yall|go|now|pls|asap|all of you|lets go)\b)|"
    # y'all know what to do 🐷🐷 on her selfie
    + r"(?:(?:y'all|yall|you all|u all|guys|everyone|you|u|ya|girls|lads) )?(?:know what to do|"
    r"know the drill|do (?:your|ur) thing)[,.!:]* ?" + RUN + r" ?(?:"
    + _PREP_EN + r" )?" + _OWNER_POST_EN + r"|"
    # everyone send her 🐷 / guys spam him with 🐄
    + r"(?:" + _CALL_EN + r"[,!]? ){1,4}(?:send|spam|flood|bomb|dm|text|message|tag|reply to) "
    r"(?:her|him)\b" + GAP + RUN + r")"
)

# -- es ------------------------------------------------------------------------------
_CALL_ES = (r"(?:todos|todas|todo el mundo|chicos|chicas|gente|chavales|vamos|venga|dale|porfa|"
            r"hay que|ya|jaja\w*|jsjs\w*|ahora|y|ok|va|a ver)")
_VERB_ES = (r"(?:pongan|poned|pon|ponganle|ponedle|ponle|pongamos|pongamosle|comenten|comentad|"
            r"comenta|comentemos|manden|mandad|manda|mandemos|dejen|dejad|deja|dejemos|llenen|"
            r"llenad|llena|llenemos|spameen|spamead|spamea|spameemos|escriban|escribid|escribe|"
            r"escribamos|tiren|tirad|echen|echad|suban|subid|(?:vamos |voy )?a (?:poner|ponerle|"
            r"comentar|mandar|dejar|llenar|spamear|escribir|echar|tirar))")
_STOP_ES = (r"(?:perfil|grupo|clase|curso|cumple|cumpleanos|navidad|halloween|verano|playa|"
            r"excursion|viaje|equipo|gato|perro|perrito|gatito|cerdo|cerdos|vaca|vacas|comida|"
            r"fiesta|graduacion|hoy|ayer|anoche|ese|esa|este|esta|todos|mi|tu|instagram|insta|"
            r"tiktok|la|el|los|las|un|una|nuestro|nuestra|mis|tus|nosotros|clase|ballenas|"
            r"payasos|animales|granja)")
_NAME_ES = r"(?:ella|el|(?!" + _STOP_ES + r"\b)[a-z][a-z-]{1,14})"
_POST_ES = (r"(?:fotos?|fotitos?|fotos? de perfil|publicacion(?:es)?|posts?|selfies?|"
            r"historias?|storys?|stories|estados?|perfil|videos?|tiktoks?|reels?|comentarios|insta|"
            r"pfp|foto de perfil)")
_ADJ_ES = r"(?:(?:nueva|nuevo|ultima|ultimo|nuevas|nuevos|ultimas|ultimos|cada) )?"
_OWNER_POST_ES = (r"(?:(?:todas |todos )?(?:sus|su) " + _ADJ_ES + _POST_ES + r"\b|"
                  r"(?:todas |todos )?(?:la|el|las|los|cada) " + _ADJ_ES + _POST_ES + r" "
                  + _ADJ_ES + r"(?:de|del) " + _NAME_ES + r"\b)")
_PREP_ES = r"(?:en|bajo|debajo de|abajo de|a)"
_ES = (
    START + INNOCENT + r"(?:" + _CALL_ES + r"[,!]? ){0,3}" + _VERB_ES + r"\b(?:"
    + GAP + RUN + GAP + r"\b(?:" + _PREP_ES + r" )?" + _OWNER_POST_ES + r"|"
    r" (?:" + _PREP_ES + r" )?" + _OWNER_POST_ES + r"(?: (?:de|con))?" + GAP + RUN + r")"
)

# -- fr ------------------------------------------------------------------------------
_CALL_FR = (r"(?:tout le monde|tlm|les gars|les filles|allez|go|venez|bon|mdr|ptdr|ok|et|"
            r"vas-y|vas y|grave|maintenant|svp|stp)")
_VERB_FR = (r"(?:mettez|met|mets|mettons|spammez|spamme|spam|spammons|commentez|commente|"
            r"commentons|envoyez|envoie|balancez|balance|lachez|lache|postez|poste|laissez|"
            r"laisse|inondez|remplissez|ecrivez|on (?:lui |leur )?(?:met|spam|spamme|commente|"
            r"envoie|balance|lache|poste|laisse|inonde|remplit|ecrit|va (?:mettre|spammer|"
            r"commenter|envoyer|balancer|lacher|poster|laisser|inonder|remplir)))")
_STOP_FR = (r"(?:profil|classe|groupe|anniv|anniversaire|noel|halloween|vacances|plage|sortie|"
            r"voyage|equipe|chat|chien|cochon|cochons|vache|vaches|bouffe|fete|aujourd'hui|hier|"
            r"ce|cette|mon|ma|mes|ton|ta|tes|notre|nos|la|le|les|un|une|insta|tiktok|clown|"
            r"clowns|baleines|animaux|ferme)")
_NAME_FR = r"(?:elle|lui|(?!" + _STOP_FR + r"\b)[a-z][a-z-]{1,14})"
_POST_FR = (r"(?:photos?|posts?|publications?|selfies?|storys?|stories|statuts?|profil|pdp|"
            r"photos? de profil|videos?|tiktoks?|reels?|commentaires|insta|snaps?|tofs?)")
_ADJ_FR = r"(?:(?:nouvelle|nouveau|nouvel|derniere|dernier|nouvelles|nouveaux|dernieres|derniers) )?"
_OWNER_POST_FR = (r"(?:(?:toutes |tous )?(?:sa|son|ses) " + _ADJ_FR + _POST_FR + r"\b|"
                  r"(?:toutes |tous )?(?:la|le|les|chaque) " + _ADJ_FR + _POST_FR + r" "
                  + r"(?:de |d')" + _NAME_FR + r"\b)")
_PREP_FR = r"(?:sous|sur|dans|en dessous de|en dessous d'|a|en commentaire de|en commentaire d')"
_FR = (
    START + INNOCENT + r"(?:" + _CALL_FR + r"[,!]? ){0,3}" + _VERB_FR + r"\b(?:"
    + GAP + RUN + GAP + r"\b" + _PREP_FR + r" ?" + _OWNER_POST_FR + r"|"
    r" (?:" + _PREP_FR + r" ?)?" + _OWNER_POST_FR + r"(?: (?:de|d'|avec|plein de))?" + GAP + RUN + r")"
)

# -- pt ------------------------------------------------------------------------------
_CALL_PT = (r"(?:todo mundo|geral|galera|gente|pessoal|vamos|vamo|bora|partiu|ai|kkk\w*|rs\w*|"
            r"e|ok|agora|pfv|por favor)")
_VERB_PT = (r"(?:comenta|comentem|comentar|coloca|coloquem|colocar|manda|mandem|mandar|bota|"
            r"botem|botar|poe|ponham|spamma|spama|spamem|spammem|spammar|spamar|floda|"
            r"flodem|flodar|enche|encham|encher|deixa|deixem|deixar|joga|joguem|jogar|posta|"
            r"postem|postar|escreve|escrevam|escrever)")
_STOP_PT = (r"(?:perfil|grupo|turma|sala|escola|aniversario|niver|natal|halloween|ferias|praia|"
            r"passeio|viagem|time|gato|cachorro|porco|porcos|vaca|vacas|comida|festa|hoje|ontem|"
            r"minha|meu|sua|seu|nossa|nosso|insta|tiktok|palhaco|palhacos|baleias|animais)")
_NAME_PT = r"(?!" + _STOP_PT + r"\b)[a-z][a-z-]{1,14}"
_POST_PT = (r"(?:fotos?|fts?|posts?|publicac(?:ao|oes)|selfies?|storys?|stories|status|perfil|"
            r"videos?|tiktoks?|reels?|insta|comentarios|fotos? de perfil)")
_ADJ_PT = r"(?:(?:nova|novo|ultima|ultimo|novas|novos|ultimas|ultimos) )?"
_OWNER_POST_PT = (r"(?:(?:na|no|nas|nos|em|a|o|as|os|embaixo da|embaixo do|debaixo da|debaixo do|"
                  r"em baixo da|em baixo do|todas as|todos os) )" + _ADJ_PT + _POST_PT + r" "
                  + _ADJ_PT + r"(?:dela|dele|(?:da|do|de) " + _NAME_PT + r")\b")
_PT = (
    START + INNOCENT + r"(?:" + _CALL_PT + r"[,!]? ){0,3}" + _VERB_PT + r"\b(?:"
    + GAP + RUN + GAP + r"\b" + _OWNER_POST_PT + r"|"
    r" " + _OWNER_POST_PT + r"(?: (?:de|com))?" + GAP + RUN + r")"
)

# -- de (the infinitive often comes last: "alle mal 🐄 unter Ninas Selfie posten") -------
_IMP_DE = (r"(?:spammt|spamt|postet|kommentiert|schickt|setzt|packt|macht|schreibt|haut|werft|"
           r"lasst|droppt|spam|poste|kommentier|schick|setz|pack|mach|schreib|hau|wirf|lass|"
           r"lasst uns (?:\w+ )?(?:spammen|posten|kommentieren|schicken|setzen|packen|machen|"
           r"schreiben|hauen|werfen|lassen|droppen))")
_INF_DE = (r"(?:spammen|spamen|posten|kommentieren|schicken|setzen|packen|machen|schreiben|"
           r"hauen|werfen|lassen|droppen|zuspammen|vollspammen)")
_CALL_DE = r"(?:alle|alle mal|leute|los|kommt|jeder|ihr|jetzt|ok|und|haha\w*|lol)"
_STOP_DE = (r"(?:das|dem|den|der|die|mein|meine|meinem|meinen|dein|deine|deinem|deinen|unser|"
            r"unsere|unserem|klassen|gruppen|schul|schweine|kuhe|wale|clowns|tiere)")
_POST_DE = (r"(?:selfies?|bild|bilder|bildern|fotos?|posts?|beitrag|beitrage|beitragen|"
            r"profilbild|pb|storys?|stories|status|videos?|reels?|tiktoks?|insta|kommentare|"
            r"kommentaren)")
_ADJ_DE = r"(?:(?:neue|neues|neuen|neuem|letzte|letztes|letzten|aktuelle|aktuelles|aktuellen) )?"
_OWNER_POST_DE = (r"(?:(?:ihr|ihrem|ihren|ihre|ihres|sein|seinem|seinen|seine|seines) " + _ADJ_DE
                  + _POST_DE + r"\b|(?!" + _STOP_DE + r"\b)[a-z][a-z-]{1,14}(?:s|'s|') " + _ADJ_DE
                  + _POST_DE + r"\b|(?:das|dem|den|die|jedes|jedem) " + _ADJ_DE + _POST_DE
                  + r" (?:von|der|des) (?!" + _STOP_DE + r"\b)[a-z][a-z-]{1,14}\b)")
_PREP_DE = r"(?:unter|auf|in|bei|an|zu|uber)"
_DE = (
    START + INNOCENT + r"(?:"
    r"(?:" + _CALL_DE + r"[,!]? ){0,3}" + _IMP_DE + r"\b" + GAP + RUN + GAP + r"\b" + _PREP_DE
    + r" " + _OWNER_POST_DE + r"|"
    r"(?:" + _CALL_DE + r"[,!]? ){0,3}" + _IMP_DE + r" " + _OWNER_POST_DE + GAP + RUN + r"|"
    r"(?:" + _CALL_DE + r"[,!]? ){1,3}" + GAP + RUN + GAP + r"\b" + _PREP_DE + r" "
    + _OWNER_POST_DE + r"(?: \w+){0,2} " + _INF_DE + r"\b)"
)

# -- it ------------------------------------------------------------------------------
_CALL_IT = r"(?:tutti|ragazzi|raga|dai|andiamo|forza|su|gente|ok|e|ahah\w*|ora|subito)"
_VERB_IT = (r"(?:commentate|commenta|commentiamo|mettete|metti|mettiamo|spammate|spamma|"
            r"spammiamo|scrivete|scrivi|scriviamo|mandate|manda|mandiamo|lasciate|lascia|"
            r"lasciamo|riempite|riempi|riempiamo|postate|posta|postiamo|(?:tutti )?a "
            r"(?:commentare|mettere|spammare|scrivere|mandare|lasciare|riempire|postare))")
_STOP_IT = (r"(?:profilo|classe|gruppo|compleanno|natale|halloween|vacanze|spiaggia|gita|"
            r"squadra|gatto|cane|maiale|maiali|mucca|mucche|cibo|festa|oggi|ieri|mio|mia|tuo|"
            r"tua|nostro|nostra|insta|tiktok|pagliacci|balene|animali)")
_NAME_IT = r"(?:lei|lui|(?!" + _STOP_IT + r"\b)[a-z][a-z-]{1,14})"
_POST_IT = (r"(?:foto|post|selfie|storia|storie|story|stato|profilo|video|reel|tiktok|"
            r"commenti|insta|immagine|immagini|foto profilo)")
_ADJ_IT = r"(?:(?:nuova|nuovo|ultima|ultimo|nuove|nuovi|ultime|ultimi) )?"
_OWNER_POST_IT = (r"(?:(?:la|il|le|i|alla|al|alle|ai|ogni|tutte le|tutti i) )?(?:(?:sua|suo|sue|"
                  r"suoi) " + _ADJ_IT + _POST_IT + r"\b|" + _ADJ_IT + _POST_IT + r" " + _ADJ_IT
                  + r"(?:di|della|del) " + _NAME_IT + r"\b)")
_PREP_IT = r"(?:sotto|su|sul|sulla|sui|sulle|nel|nella|nei|nelle|in|a)"
_IT = (
    START + INNOCENT + r"(?:" + _CALL_IT + r"[,!]? ){0,3}" + _VERB_IT + r"\b(?:"
    + GAP + RUN + GAP + r"\b(?:" + _PREP_IT + r" )?" + _OWNER_POST_IT + r"|"
    r" (?:" + _PREP_IT + r" )?" + _OWNER_POST_IT + r"(?: (?:di|con))?" + GAP + RUN + r")"
)

_SOURCES: list[tuple[str, str]] = [
    ("pic pics picture pictures photo photos post posts selfie selfies story stories status "
     "profile pfp dp avatar video videos vid vids reel reels tiktok tiktoks insta instagram ig "
     "comments comment page upload uploads live stream tweet dms inbox wall snap snaps bereal fits "
     "her him", _EN),
    ("foto fotos fotito fotitos publicacion publicaciones post posts selfie selfies historia "
     "historias story storys stories estado estados perfil video videos tiktok tiktoks reel reels "
     "comentarios insta pfp", _ES),
    ("photo photos post posts publication publications selfie selfies story storys stories statut "
     "statuts profil pdp video videos tiktok tiktoks reel reels commentaires insta snap snaps tof "
     "tofs", _FR),
    ("foto fotos ft fts post posts publicacao publicacoes selfie selfies story storys stories "
     "status perfil video videos tiktok tiktoks reel reels insta comentarios", _PT),
    ("selfie selfies bild bilder bildern foto fotos post posts beitrag beitrage beitragen "
     "profilbild pb story storys stories status video videos reel reels tiktok tiktoks insta "
     "kommentare kommentaren", _DE),
    ("foto post selfie storia storie story stato profilo video reel tiktok commenti insta "
     "immagine immagini", _IT),
]

from .harm_emoji_pileon_langs import SOURCES as _L  # noqa: E402
from .harm_emoji_pileon_langs import ZH_RULE as _ZH  # noqa: E402

# the calls and verbs of every language (a second gate: one of them is in every match)
_REQUIRES = (
    "spam post drop put comment leave send flood fill react reply paste type bomb throw chuck "
    "slap dump stick write blast add spamming posting commenting flooding dm text message tag "
    "everyone everybody every1 evry1 errbody erryone guys yall chat people ppl lads girls boys "
    "squad fam gang lets let go imma ima know drill thing "
    "pongan poned pon ponganle ponedle ponle pongamos pongamosle comenten comentad comenta "
    "comentemos manden mandad manda mandemos dejen dejad deja dejemos llenen llenad llena llenemos "
    "spameen spamead spamea spameemos escriban escribid escribe escribamos tiren tirad echen echad "
    "suban subid poner ponerle comentar mandar dejar llenar spamear escribir echar tirar "
    "mettez met mets mettons spammez spamme spammons commentez commente commentons envoyez envoie "
    "balancez balance lachez lache postez poste laissez laisse inondez remplissez ecrivez inonde "
    "remplit ecrit mettre spammer commenter envoyer balancer lacher poster laisser inonder remplir "
    "coloca coloquem colocar mandem mandar bota botem botar poe ponham spamma spama spamem "
    "spammem spammar spamar floda flodem flodar enche encham encher deixa deixem deixar joga "
    "joguem jogar posta postem postar escreve escrevam escrever comentem "
    "spammt spamt postet kommentiert schickt setzt packt macht schreibt haut werft lasst droppt "
    "poste kommentier schick setz pack mach schreib hau wirf lass spammen spamen posten "
    "kommentieren schicken setzen packen machen schreiben hauen werfen lassen droppen zuspammen "
    "vollspammen "
    "commentate commentiamo mettete metti mettiamo spammate spammiamo scrivete scrivi scriviamo "
    "mandate mandiamo lasciate lascia lasciamo riempite riempi riempiamo postate postiamo "
    "commentare mettere spammare scrivere mandare lasciare riempire postare"
)

RULES: list[Rule] = [
    emoji_rule("bullying:emoji_pileon", _SOURCES + _L,
               _REQUIRES + " " + " ".join(t for t, _ in _L)),
    _ZH,
]
