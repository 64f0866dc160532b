"""Two more shapes of the mockery modules (harm_mockery.py; appended to
`harm.RULES` through it), in the 13 languages:

* a peer's shoes or clothes said to come out of the rubbish
  (`bullying:poverty`): "lol look at maya's shoes, did she get them out of a
  bin", "шкрабы с помойки", "شكله جايبها من الزبالة", "像是从垃圾堆里捡的",
  "lagta hai kabaadi se uthaye hai", "çöpten bulmuş gibi".  Only "out of / from
  the rubbish", not "into it": "I threw my old trainers in the bin" and "we
  put the old clothes in the donation container" pass, and so do the
  writer's own things ("my", "mis", "meine" ...);
* the group told to stay away from a named child's birthday so that she
  celebrates alone (`bullying:shunning`, the name of harm_exclusion_school.py):
  "nobody go to emma's party, let her eat the cake alone", "محدش يروح عيد
  ميلاد سلمى، خليها تطفي الشمع لوحدها", "uske birthday pe koi mat jaana,
  akele cake kaatne de usko".  The "alone" is what makes it a boycott:
  "nobody go to the party, it's cancelled" passes.
"""

from __future__ import annotations

from .packs.hi._script import _r
from .packs.zh import zrule
from .rules import Rule, rule

_G = "[^。!?]"
_NOT_MINE = (r"(?<!\bmy )(?<!\bmis )(?<!\bmi )(?<!\bmes )(?<!\bmon )(?<!\bma )(?<!\bmeus )(?<!\bmeu )"
             r"(?<!\bminha )(?<!\bmiei )(?<!\bmie )(?<!\bmeine )(?<!\bmein )(?<!\bmoje )(?<!\bmoj )"
             r"(?<!\bмои )(?<!\bmoi )")
# between the boycott and "alone": not the writer ("... i'll stay home alone")
_GAP = (r"(?:(?!\b(?:i|me|my|io|yo|je|moi|eu|ich|ja|aku|gue|gw|я|ben|main|mujhe)\b).){0,60}?")
_TRASH_EN = r"(?:out of|from) (?:a |the )?(?:bin|bins|trash|garbage|dump|skip|landfill|rubbish|dumpster)"
_KIT_EN = r"(?:shoes|trainers|sneakers|clothes|hoodie|jacket|coat|jumper|backpack|bag|uniform|jeans|trousers)"
RULES: list[Rule] = [
    rule("bullying:poverty", "bullying", "bin bins trash garbage dump skip landfill rubbish dumpster",
         r"\b(?:his|her|their|\w+s|\w+'s) " + _KIT_EN + r"\b.{0,60}?\b(?:get|got|found|find|pulled|dug|"
         r"picked|fished|rescued|look like (?:they|it) (?:came|are)) (?:them |it |those |that )?" + _TRASH_EN
         + r"\b|\b(?:his|her|their|\w+s|\w+'s) " + _KIT_EN + r" (?:are|is|look|looks|came) (?:like )?"
         r"(?:straight )?" + _TRASH_EN + r"\b"),
    rule("bullying:poverty", "bullying", "basura contenedor basurero",
         r"\b" + _NOT_MINE + r"(?:zapatillas|zapatos|ropa|buzo|sudadera|mochila|chaqueta|tenis|chamarra|"
         r"campera)\b.{0,60}?\b(?:de la basura|del contenedor|del basurero|de un contenedor)\b|\b(?:sacad[oa]s?|"
         r"encontrad[oa]s?|recogid[oa]s?) de la basura (?:\w+ ){0,2}(?:zapatillas|zapatos|ropa|buzo|sudadera|"
         r"mochila|chaqueta|tenis)\b"),
    rule("bullying:poverty", "bullying", "poubelle poubelles decharge",
         r"\b" + _NOT_MINE + r"(?:chaussures|baskets|sweat|habits|fringues|veste|sac|pompes|jogging|"
         r"manteau)\b.{0,60}?\b(?:de la poubelle|dans une poubelle|dans les poubelles|de la decharge)\b"),
    rule("bullying:poverty", "bullying", "lixo lixao lixeira",
         r"\b" + _NOT_MINE + r"(?:tenis|sapato|sapatos|roupa|roupas|moletom|mochila|jaqueta|chinelo|"
         r"uniforme|blusa)\b.{0,60}?\b(?:do lixo|do lixao|da lixeira|(?:achou|achado|achados|pegou|catou|"
         r"tirou|encontrou|acharam) no (?:lixo|lixao))\b"),
    rule("bullying:poverty", "bullying", "spazzatura cassonetto discarica bidone",
         r"\b" + _NOT_MINE + r"(?:scarpe|vestiti|felpa|zaino|giacca|giubbotto|tuta|maglia|maglione)\b"
         r".{0,60}?\b(?:dalla spazzatura|dal cassonetto|dalla discarica|(?:trovat\w*|pres\w*|raccolt\w*) "
         r"(?:nella spazzatura|nel cassonetto|nel bidone))\b"),
    rule("bullying:poverty", "bullying", "mull mulltonne sperrmull container",
         r"\b" + _NOT_MINE + r"(?:schuhe|klamotten|pulli|pullover|jacke|rucksack|hose|hoodie|sneaker)\b"
         r".{0,60}?\b(?:aus dem mull|aus der mulltonne|vom sperrmull|aus dem container|im mull gefunden|vom "
         r"mull)\b"),
    rule("bullying:poverty", "bullying", "smietnika smietniku kontenera",
         r"\b" + _NOT_MINE + r"(?:buty|butow|ciuchy|bluz[aey]|kurtk[aie]|plecak\w*|spodnie)\b.{0,60}?\b"
         r"(?:ze smietnika|na smietniku|z kontenera)\b"),
    rule("bullying:poverty", "bullying", "sampah",
         r"\b(?:sepatu|baju|tas|jaket|seragam|celana|sendal)(?:nya)?\b(?! (?:gue|gw|aku|ku|saya)\b).{0,60}?\b"
         r"(?:dari (?:tong |tempat |tumpukan )?sampah|(?:nemu|mungut|ngambil|pungut|dipungut)\w* (?:di|dari) "
         r"(?:tong |tempat |tumpukan )?sampah)\b"),
    rule("bullying:poverty", "bullying", "помоики помоике мусорки мусорного",
         r"\b" + _NOT_MINE + r"(?:кроссы|кроссовки|ботинки|куртк\S*|шмотки|одежд\S*|кофт\S*|рюкзак\S*)\b"
         r".{0,60}?\b(?:с помоики|из помоики|на помоике|из мусорки|с мусорки|из мусорного бака)\b"),
    rule("bullying:poverty", "bullying", "copten",
         r"\b(?:ayakkabi\w*|kiyafet\w*|mont\w*|canta\w*|esofman\w*|kazag\w*)\b.{0,60}?\bcopten\b"),
    rule("bullying:poverty", "bullying", "الزباله القمامه الحاويه المزبله",
         r"\b(?:جزمه|جزمته|جزمتها|حذاء|حذاءه|هدوم|هدومه|هدومها|لبس|لبسه|لبسها|شنطه|شنطته|كنزه|كنزته)"
         r"\b.{0,60}?(?:من الزباله|من القمامه|من الحاويه|من المزبله)"),
    zrule("bullying:poverty", "bullying", "垃圾",
          r"(?:鞋|衣服|书包|外套|校服|裤子)" + _G + r"{0,20}(?:垃圾堆|垃圾桶|垃圾箱)(?:里)?(?:捡|翻)"),
    _r("bullying:poverty", "bullying", "kabaadi kabadi kachre kachra kude kooda कबाड़ी कचरे",
       r"\b(?:joote|jute|juta|kapde|kapdon|shirt|bag|chappal|jacket)\b.{0,60}?\b(?:kabaadi se|kabadi se|"
       r"kachre se|kachre mein se|kude se|kooda ghar|kachra ghar)\b|(?:जूते|कपड़े|बैग|चप्पल)"
       r".{0,60}?(?:कबाड़ी से|कचरे से|कूड़े से)"),
]

# -- a birthday boycott: nobody goes, so she is alone ---------------------------------------
RULES += [
    rule("bullying:shunning", "bullying", "birthday bday party sleepover",
         r"\b(?:nobody|no one|noone|dont|do not|lets not|let us not|nobody is|no one is) (?:go|come|show up|"
         r"going|coming|turn up)\w* (?:to )?(?:\w+(?:'s|s)? )?(?:birthday|bday|party|sleepover)\b" + _GAP + r"\b"
         r"(?:alone|by (?:herself|himself|themselves)|on (?:her|his|their) own)\b"),
    rule("bullying:shunning", "bullying", "cumple cumpleanos fiesta",
         r"\b(?:nadie|no vayan|no vayais|no vamos|ninguno) (?:vaya |va |vayan |ira |venga |a ir )?(?:al|a la|a "
         r"su) (?:cumple|cumpleanos|fiesta)\w*\b" + _GAP + r"\b(?:sol[oa]s?|solit[oa])\b"),
    rule("bullying:shunning", "bullying", "personne anniv anniversaire fete soiree",
         r"\b(?:personne|on va pas|allez pas|venez pas|n'allez pas|on y va pas) (?:ne )?(?:va |vient |ira |"
         r"viendra |aller )?(?:a |au )?(?:l'anniv|l'anniversaire|la fete|la soiree|son anniv)\w*" + _GAP + r"\b"
         r"(?:tout seul|toute seule|seule?)\b"),
    rule("bullying:shunning", "bullying", "aniversario niver festa",
         r"\b(?:ninguem|nao vamos|nao vao|ninguem vai) (?:vai |vem |va |ir )?(?:no|na|ao) (?:aniversario|"
         r"niver|festa)\b" + _GAP + r"\bsozinh[oa]\b"),
    rule("bullying:shunning", "bullying", "compleanno festa",
         r"\b(?:nessuno|non andiamo|non andate|non ci andiamo) (?:vada |va |andra |venga )?(?:al|alla) "
         r"(?:compleanno|festa)\b" + _GAP + r"\bsol[oa]\b"),
    rule("bullying:shunning", "bullying", "geburtstag geburtstagsparty party feier",
         r"\b(?:keiner|niemand|wir gehen nicht|geht nicht|geht bloss nicht) (?:geht |kommt |hingehen |gehen )?"
         r"(?:zu|auf) \w+ (?:geburtstag|geburtstagsparty|party|feier)\b" + _GAP + r"\ballein[e]?\b"),
    rule("bullying:shunning", "bullying", "urodziny impreze osiemnastke",
         r"\b(?:nikt|nie idziemy|nie idzcie) (?:nie )?(?:idzie |przychodzi |przyjdzie |idzcie )?na "
         r"(?:urodziny|impreze|osiemnastke)\b" + _GAP + r"\bsam[aey]?\b"),
    rule("bullying:shunning", "bullying", "ultah ulang pesta",
         r"\b(?:jangan ada yang|jangan ada yg|gak usah|ga usah|jangan) (?:dateng|datang)\w* (?:ke )?(?:ultah|"
         r"ulang tahun|pesta)\b" + _GAP + r"\bsendiri(?:an)?\b"),
    rule("bullying:shunning", "bullying", "محدش محد حد",
         r"(?:محدش|محد|ولا حد|ما حد|لا حد) (?:يروح|يجي|يحضر|راح) (?:عيد ميلاد|حفله|عيد)\b" + _GAP + r"(?:لوحده|"
         r"لوحدها|وحده|وحدها|لحاله|لحالها)"),
    zrule("bullying:shunning", "bullying", "别去 没人去 都不去",
          r"(?:谁都别去|谁也别去|都别去|大家别去|别去|没人去|都不去)" + _G + r"{0,10}(?:生日|派对|聚会)" + _G
          + r"{0,20}(?:一个人|自己一个人|她自己|他自己)|(?:生日|派对|聚会)" + _G + r"{0,6}(?:谁都别去|谁也别去|"
          r"都别去|大家别去|没人去|都不去)" + _G + r"{0,20}(?:一个人|自己一个人|她自己|他自己)"),
    rule("bullying:shunning", "bullying", "никто идем идите ходите",
         r"\b(?:никто не (?:идет|пойдет|приходит|придет)|не идем|не идите|не ходите) (?:на |к )(?:\S+ )?"
         r"(?:днюху|день рождения|др|праздник|вечеринку)\S*" + _GAP + r"\b(?:одна|один|одни|сама|сам)\b"),
    _r("bullying:shunning", "bullying", "birthday bday party",
       r"\b(?:birthday|bday|party) (?:pe|par|mein|me) koi (?:bhi )?(?:mat|nahi) (?:jaana|jana|jaayega|"
       r"jayega|jaega)\b" + _GAP + r"\bakel[eia]\b"),
    rule("bullying:shunning", "bullying", "kimse",
         r"\bkimse .{0,30}?(?:dogum gunu\w*|parti\w*) (?:gitmesin|gitmeyin|gelmesin|gitmeyecek)\b"),
]
