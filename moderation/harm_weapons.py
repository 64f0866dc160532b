"""Threats of violence with a weapon against a group, and mass-violence
threats (appended to `harm.RULES`).

Why: the weapon rule of `harm.py` needs "to school"; a school-attack threat
is usually written as bringing a weapon *and* a consequence for a group:
"gonna bring my dads gun and make them all pay", "i'll bring a knife
tomorrow and they'll see", "voy a traer la pistola de mi padre y se van a
enterar", "принесу папин пистолет и они все заплатят".  Neither half is a
threat alone ("i'll bring a knife for the cooking class", "they'll see how
good my cake is"), so the rules ask for both, in either order, within a
short distance.  Toy and tool weapons (nerf, water, glue, butter knife...)
are no weapon; game talk after the weapon passes.  Mass-violence phrases
("shoot up the school", "i'll shoot them all") hold alone.

Reports and news ("he said he'd bring a knife and they'd see", "the news
about the school shooting") are excused by the usual frames; past tense
("he brought his dad's gun") is never matched.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# -- English -----------------------------------------------------------------------------
_NOT_TOY = (
    r"(?<!nerf )(?<!water )(?<!toy )(?<!glue )(?<!paintball )(?<!laser )(?<!squirt )(?<!butter )"
    r"(?<!bubble )(?<!foam )(?<!fake )(?<!plastic )(?<!bb )(?<!nail )(?<!staple )(?<!massage )"
    r"(?<!cake )(?<!bread )(?<!palette )(?<!spud )(?<!cap )(?<!airsoft )(?<!prop )(?<!candy )"
)
_WEAPON_EN = (
    r"(?:gun|guns|knife|knives|blade|machete|pistol|rifle|shotgun|weapon|weapons|firearm|glock|"
    r"ak|ak47|ar15|revolver|piece|strap|bomb)"
)
_BRING_EN = r"(?:bring|bringing|take|taking|carry|carrying|get|getting|grab|grabbing|pack|packing)"
# what the group will get: "make them all pay", "they'll see", "we'll see who's laughing"
_GROUP_EN = (r"(?:them|em|everyone|everybody|all of them|the whole (?:class|school|year)|those \w+|"
             r"you all|all of you|yall)")
_CONSEQ_EN = (
    r"(?:make " + _GROUP_EN + r" (?:all )?(?:pay|regret|suffer|sorry)|"
    r"(?:they|everyone|everybody|you all|yall|those \w+)(?:'ll|ll| will| are going to| are gonna)? "
    r"(?:all |finally |really )?(?:see|pay|regret it|regret|be sorry|learn|find out)"
    r"(?! (?:how|what|that|the|my|our|it|its|if|who|which|why|me|a|an|some|this)\b)|"
    r"(?:we|you)(?:'ll|ll| will) see who is (?:laughing|laughs) now|see who is laughing now|"
    r"(?:shoot|kill|stab|get|end) " + _GROUP_EN + r"(?! (?:a|an|the|some)\b)|"
    r"teach " + _GROUP_EN + r" a lesson|(?:they|them) (?:all )?(?:deserve|had) it coming|"
    r"no one (?:will|is going to) (?:laugh|mess with me)|(?:they|nobody|no one) (?:will|is going to) "
    r"(?:laugh|be laughing) (?:at me )?(?:anymore|again)|for what they did)"
)
_GAME_AFTER = (r"(?![^.!?]{0,40}\b(?:fortnite|minecraft|roblox|cod|warzone|pubg|free fire|valorant|apex|"
               r"gta|the game|in game|lobby|server|match|round|nerf|paintball|laser tag|airsoft)\b)")
_BRING_WEAPON_EN = (_BRING_EN + r" (?:[\w']+ ){0,3}?" + _NOT_TOY + _WEAPON_EN + r"\b(?! of\b)" + _GAME_AFTER)

RULES: list[Rule] = [
    rule("threat:weapon", "threat",
         "gun guns knife knives blade machete pistol rifle shotgun weapon weapons firearm glock "
         "ak ak47 ar15 revolver piece strap bomb",
         r"\b" + _BRING_WEAPON_EN + r"[^?]{0,50}?\b" + _CONSEQ_EN + r"\b|"
         r"\b" + _CONSEQ_EN + r"\b[^?]{0,30}?\b(?:i am |im |i will |ill |going to |gonna )?"
         + _BRING_WEAPON_EN,
         requires="pay regret sorry suffer see learn find shoot kill stab get end teach deserve "
                  "had laugh laughing did"),
    # mass violence without a weapon word: "shoot up the school", "i'll shoot them all"
    rule("threat:violence", "threat", "shoot shooting kill stab blow bomb murder",
         r"\b(?:shoot|shooting|shot) up (?:the|my|our|this) (?:school|class|classroom|assembly|"
         r"canteen|cafeteria)\b|"
         r"\b(?:i will|ill|imma|i am going to|im going to|going to|i am gonna|gonna|i want to|i wanna) "
         r"(?:shoot|kill|stab|murder|blow up) (?:them all|all of them|everyone|everybody|the whole "
         r"(?:class|school|year)|every (?:single )?one of (?:them|you)|all of you|you all)"
         r"(?! (?:a|an|the|some)\b| with (?:kindness|my|this|these|our|her|his)\b| at (?:uno|chess|cards|"
         r"monopoly|\w+ kart|smash|quiz|the quiz|trivia|karaoke|bowling|\w+ games?)\b| (?:in|on) the "
         r"(?:quiz|test|exam|competition|dance|talent show))" + _GAME_AFTER + r"|"
         r"\b(?:i will|ill|imma|i am going to|im going to|going to|gonna) (?:bomb|blow up) (?:the|my|"
         r"our) school\b" + _GAME_AFTER),
    # -- es fr de pt it ---------------------------------------------------------------------
    rule("threat:weapon", "threat",
         "pistola arma armas escopeta cuchillo navaja rifle fusil revolver machete",
         r"\b(?:traer|llevar|traigo|llevo|traere|llevare|sacar|sacare|coger|cojo|agarro|agarrar)"
         r" (?:\w+ ){0,4}?(?:pistola|arma|armas|escopeta|cuchillo|navaja|rifle|fusil|revolver|"
         r"machete)\b[^?]{0,60}?\b(?:me las van a pagar|me la van a pagar|(?:se van a|se vais a) "
         r"(?:enterar|arrepentir)|(?:todos )?(?:van a|vais a) (?:ver|pagar)|(?:ya|you) (?:veran|"
         r"vereis)|lo van a pagar|(?:todos )?(?:pagaran|lo pagaran)|(?:les|los) (?:hare|voy a hacer) "
         r"pagar|(?:los|las) voy a matar|voy a matar(?:los)? a todos|se arrepentiran)\b"),
    rule("threat:weapon", "threat",
         "flingue arme pistolet fusil couteau lame revolver calibre machette",
         r"\b(?:ramener|ramene|ramenerai|amener|amene|amenerai|apporter|apporte|apporterai|prendre|"
         r"prends|prendrai|sortir|sortirai) (?:\w+ |\w'){0,4}?(?:flingue|arme|pistolet|fusil|couteau|"
         r"lame|revolver|calibre|machette)\b[^?]{0,60}?\b(?:(?:ils|elles|tous|tout le monde) "
         r"(?:vont|va) (?:tous |toutes )?(?:voir|payer|le regretter|regretter|comprendre)|ils "
         r"(?:verront|le paieront|paieront|le regretteront)|je vais (?:les|tous les) (?:tuer|buter|"
         r"descendre|faire payer)|les faire (?:tous )?payer|vous (?:allez|aller) (?:voir|payer))\b"),
    rule("threat:weapon", "threat",
         "waffe pistole gewehr knarre messer klinge revolver machete flinte",
         r"\b(?:bring|bringe|nehm|nehme|hol|hole) (?:\w+ ){0,6}?(?:waffe|pistole|gewehr|knarre|"
         r"messer|klinge|revolver|machete|flinte)\b[^?]{0,60}?\b(?:(?:werden|sollen) (?:\w+ ){0,2}?"
         r"(?:sehen|bezahlen|bereuen|zahlen)|(?:die|sie|alle) (?:werden )?(?:es )?(?:bereuen|bezahlen"
         r")|dann (?:sehen|zahlen) (?:die|sie|alle)|ihr werdet (?:sehen|bezahlen|es bereuen)|(?:mach|"
         r"knall) (?:sie|die|alle) (?:alle )?(?:fertig|kalt|ab))\b"),
    rule("threat:weapon", "threat",
         "arma revolver pistola faca espingarda canivete facao oitao",
         r"\b(?:levar|levo|levarei|trazer|trago|trarei|pegar|pego) (?:\w+ ){0,4}?(?:arma|revolver|"
         r"pistola|faca|espingarda|canivete|facao|oitao)\b[^?]{0,60}?\b(?:(?:eles|elas|todos|todo "
         r"mundo|voces|vcs) (?:\w+ )?(?:vao|vai) (?:ver|pagar|se arrepender|aprender)|vao ver so|"
         r"(?:vou|vamos) (?:fazer )?(?:eles|todos) pagar(?:em)?|vou matar (?:todos|todo mundo|eles)|"
         r"todos vao pagar|(?:eles|todos) vao me pagar)\b"),
    rule("threat:weapon", "threat",
         "pistola arma fucile coltello lama revolver machete coltellino",
         r"\b(?:porto|portero|portare|prendo|prendero|prendere) (?:\w+ |\w'){0,4}?(?:pistola|arma|"
         r"fucile|coltello|lama|revolver|machete|coltellino)\b[^?]{0,60}?\b(?:(?:la |me la )?"
         r"pagheranno|(?:gliela|la) faccio pagare|vedranno|vedrete|(?:se ne|si) pentiranno|li "
         r"(?:ammazzo|uccido|faccio fuori) tutti)\b"),
    # -- ru ar hi zh ------------------------------------------------------------------------
    rule("threat:weapon", "threat",
         "пистолет ружье нож ствол оружие травмат обрез",
         r"(?:принесу|возьму|притащу|достану|пронесу|приду с) (?:\w+ ){0,3}?(?:пистолет\w*|ружье|"
         r"ружьем|нож|ножом|ствол\w*|оружие|травмат\w*|обрез\w*)\b[^?]{0,60}?(?:(?:они|все|вы) "
         r"(?:\w+ )?(?:заплатят|пожалеют|увидят|ответят|поплатятся)|(?:всех|их всех|их) (?:\w+ )?"
         r"(?:перестреляю|убью|положу|порешаю)|они у меня (?:\w+ )?(?:попляшут|получат))"),
    rule("threat:weapon", "threat", "مسدس سلاح سكين سكينه بندقيه رشاش خنجر",
         r"(?:اجيب|بجيب|ساجلب|ساحضر|احضر|باخذ|اخذ|اجلب|راح اجيب|رح اجيب) (?:\S+ ){0,3}?(?:مسدس|سلاح|"
         r"سكين|سكينه|بندقيه|رشاش|خنجر)\S*[^؟?]{0,50}?(?:يدفعون|بيدفعوا|يدفعوا|يدفعو|يشوفون|يشوفوا|"
         r"بيشوفوا|يندمون|يندموا|بيندموا|اقتلهم|بقتلهم)"),
    rule("threat:weapon", "threat",
         "bandook bandooq banduk chaku chakku katta pistol gun knife talwar बंदूक चाकू कट्टा पिस्तौल",
         r"\b(?:bandook|bandooq|banduk|chaku|chakku|katta|pistol|gun|knife|talwar) (?:\w+ ){0,2}?"
         r"(?:launga|laaunga|lekar aaunga|le aaunga|laake|lake|leke aaunga|lekar|leke)\b[^?]{0,50}?"
         r"\b(?:sabak sikhaunga|sabak sikha dunga|maar dunga|maar daalunga|pachtayenge|bhugtenge|"
         r"(?:phir|fir) dekhna|dekh lunga)\b|"
         r"(?:बंदूक|चाकू|कट्टा|पिस्तौल)\S* (?:\S+ ){0,2}?(?:लाऊंगा|लाऊँगा|लाकर|ले आऊंगा|लेकर आऊंगा|"
         r"लेकर)[^?।]{0,50}?(?:सबक सिखाऊंगा|सबक सिखाऊँगा|पछताएंगे|भुगतेंगे|मार दूंगा|मार डालूंगा|"
         r"फिर देखना)"),
    zrule("threat:weapon", "threat", "枪 刀 匕首",
          r"我(?:明天|要|会|就|今天|下周)*(?:带|拿)(?:上|着)?(?:我爸的|我爸爸的|家里的|一把)?"
          r"(?:枪|刀|菜刀|砍刀|匕首)[^。!?]{0,20}(?:让他们(?:都|全)?(?:付出代价|好看|后悔)|他们"
          r"(?:都|全)?(?:会|就)?(?:后悔|付出代价|知道厉害)|把他们(?:都|全)?(?:杀了|砍了|干掉)|"
          r"走着瞧)"),
]
