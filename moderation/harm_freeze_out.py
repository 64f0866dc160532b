"""A freeze-out ordered to the group: nobody is to talk to, write to or sit
with a peer, "let her sit alone" (appended to `harm.RULES`; rule
`bullying:shunning`, the name of harm_exclusion_school.py).

Why: "никто не пишите Маше, пусть сидит одна" and "ninguém fala com a bia,
deixa ela sozinha" were shown; a retrained bullying scorer stopped holding the
Russian line, and no rule named the move.  Both halves are needed: the order
to the group ("nobody talk to X", "никто не пишите", "jangan ada yg chat") and
the wish that the peer be left alone ("let her sit alone", "пусть сидит одна",
"biarin dia sendirian").  "nobody talked to me, i sat alone" (the writer's
own day, no order) and "let her sit alone if she wants quiet" (no order to
the group) pass; reports are excused by the usual frames.
Patterns run on the phrase form (accents stripped).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_GAP = r"(?:[^.!?]{0,50}?)"

RULES: list[Rule] = [
    rule("bullying:shunning", "bullying", "nobody noone one",
         r"\b(?:nobody|no one|noone|no1) (?:talk|talks|text|texts|message|messages|sit|sits|play|plays|"
         r"answer|answers|reply|replies|speak|speaks|invite|invites|dm|dms|chat|chats) (?:to|with|next to)?"
         + _GAP + r"\blet (?:him|her|them) (?:sit|stay|be|eat|play|rot) (?:all )?alone\b"),
    rule("bullying:shunning", "bullying", "nadie",
         r"\b(?:que )?nadie (?:le )?(?:hable|hablen|escriba|escriban|conteste|se siente|se sienten|juegue|"
         r"jueguen)\b" + _GAP + r"\b(?:que se quede|dejadla|dejadlo|dejenla|dejenlo|dejala|dejalo) "
         r"(?:sol[oa]|solit[oa])\b"),
    rule("bullying:shunning", "bullying", "personne",
         r"\bpersonne (?:ne )?(?:parle|parlez|ecrit|ecrivez|repond|repondez|s'assoit|joue|jouez)\b" + _GAP
         + r"\b(?:qu'? ?(?:il|elle) reste|laissez[- ]l[ae]|laisse[- ]l[ae]) (?:tout )?seule?\b"),
    rule("bullying:shunning", "bullying", "keiner niemand",
         r"\b(?:keiner|niemand) (?:\w+ )?(?:redet|schreibt|spricht|setzt sich|spielt|antwortet)\b" + _GAP
         + r"\b(?:soll (?:er|sie) (?:doch )?(?:\w+ )?allein\w*|lasst (?:ihn|sie) allein\w*)\b"),
    rule("bullying:shunning", "bullying", "ninguem",
         r"\bninguem (?:\w+ )?(?:fala|fale|falem|conversa|converse|responde|responda|senta|sente|chama|"
         r"chame|manda)\b" + _GAP + r"\b(?:deixa|deixem|deixe) (?:ela|ele|a|o) (?:\w+ )?sozinh[oa]\b"),
    rule("bullying:shunning", "bullying", "nessuno",
         r"\bnessuno (?:\w+ )?(?:parli|parla|scriva|scrive|risponda|si sieda|giochi)\b" + _GAP
         + r"\b(?:lasciatel[ao]|lasciamol[ao]|che (?:stia|resti|rimanga)) (?:da )?sol[ao]\b"),
    rule("bullying:shunning", "bullying", "nikt",
         r"\bnikt (?:\w+ )?(?:nie )?(?:pisze|piszcie|gada|gadajcie|rozmawia|odpisuje|siada|siadajcie)\b"
         + _GAP + r"\bniech (?:siedzi|zostanie|bedzie|je) (?:\w+ )?sam[a]?\b"),
    rule("bullying:shunning", "bullying", "jangan",
         r"\bjangan (?:ada (?:yg|yang) )?(?:\w+ )?(?:chat|ngechat|ngomong|ajak|ngajak|bales|balas|duduk)\b"
         + _GAP + r"\b(?:biarin|biar|biarkan) (?:dia|aja) (?:\w+ )?sendiri(?:an)?\b"),
    rule("bullying:shunning", "bullying", "никто",
         r"(?<!\w)никто (?:\w+ )?(?:не )?(?:пишите|пишет|пиши|говорите|разговаривайте|общайтесь|садитесь|"
         r"отвечайте|зовите)(?!\w)" + _GAP + r"(?<!\w)пусть (?:\w+ )?(?:сидит|будет|остается|остаётся|"
         r"ходит) (?:\w+ )?(?:одна|один)(?!\w)"),
    rule("bullying:shunning", "bullying", "kimse",
         r"\bkimse (?:\w+ )?(?:konusmasin|yazmasin|oturmasin|cevap vermesin|oynamasin)\b" + _GAP
         + r"\b(?:yalniz|tek basina) (?:kalsin|otursun)\b"),
    rule("bullying:shunning", "bullying", "koi",
         r"\bkoi (?:bhi )?(?:\w+ )?(?:se )?(?:baat|message|msg|chat) (?:mat|na|nahi) (?:karo|karna|kare)\b"
         + _GAP + r"\b(?:akela|akeli|akele) (?:rehne do|chhod do|baithne do|rahe)\b"),
    rule("bullying:shunning", "bullying", "محد احد حدا حد",
         r"(?:محد|ما حد|لا احد|ولا حد|ولا واحد|حدا ما) (?:\S+ ){0,3}?(?:يكلم|يكلمها|يكلمه|يحكي|يرد|"
         r"يقعد|يجلس|يكتب)\S*" + _GAP + r"(?:خلوها|خلوه|خليها|خليه|اتركوها|اتركوه) (?:\S+ )?"
         r"(?:لحالها|لحاله|لوحدها|لوحده|وحدها|وحده)"),
    zrule("bullying:shunning", "bullying", "谁 都 别 不",
          r"(?:谁都别|谁也别|大家都别|都别|大家别)(?:理|跟|和|找|回)[^。！？!?]{0,30}"
          r"(?:让(?:她|他)(?:一个人|自己)|(?:她|他)一个人)"),
]
