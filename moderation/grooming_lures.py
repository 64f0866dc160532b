"""Grooming lures in Spanish, Portuguese, Italian, French and German, and
contact while the parents sleep (appended to `grooming.RULES`).

Found missing on a blind evaluation; written as classes:

* flattery "for your age" outside English ("eres muy linda para tu edad",
  "très mignonne pour ton âge", "so hübsch für dein Alter", "muito linda pra
  sua idade", "molto carina per la tua età").
* asking for the reader's WhatsApp/snap with a gift ("pasame tu whats y te
  mando un regalito"; the phrase form reads "whats y" as "what is why") and
  skins/currency for the reader's account ("ti passo le skin se mi dai il
  tuo snap", "te paso skins si me das tu snap").  Peers swapping usernames
  to play ("pasame tu snap para jugar") name no gift and pass.
* "I understand you better than your parents" (es pt fr de it; the English
  is `grooming.py`).  "mis padres no me entienden" said by a child passes.
* a call or chat planned for when the parents sleep ("posso te ligar hoje à
  noite quando eles dormirem?", "can i call you when your parents are
  asleep").  "i'll call you when my mum is asleep" (the writer's own parent)
  passes.
* an adult's age with a preference for younger ones ("io ho 19 anni ma mi
  trovo meglio con le più giovani", "i'm 20 but i get along better with
  younger girls"); "i'm 19 and my younger sister ..." passes.
"""

from __future__ import annotations

from .rules import Rule, rule

_APPS = (r"(?:whatsapp|whats|wsp|wpp|what is|zap|snap|snapchat|instagram|insta|telegram|discord|"
         r"numero|número|tiktok|kik)")
_ADULT_AGE = r"(?:1[89]|[2-5][0-9])"

RULES: list[Rule] = [
    rule("grooming:flattery", "grooming", "edad age idade alter eta",
         r"\b(?:eres|estas|sos|te ves) (?:muy |tan |re |super |bien )?(?:linda|lindo|guapa|guapo|"
         r"bonita|bonito|madura|maduro|hermosa|hermoso|preciosa|sexy|desarrollada|mayor) para tu "
         r"edad\b|"
         r"\b(?:t'es|tu es|tu fais) (?:trop |tres |si |vraiment |super )?(?:belle|beau|mignonne|"
         r"mignon|mature|jolie|sexy|grande|developpee) pour ton age\b|"
         r"\bdu bist (?:so |echt |sehr |voll |ganz schon )?(?:hubsch|sus|reif|sexy|schon|heiss|"
         r"erwachsen|weit) fur dein alter\b|"
         r"\b(?:voce e|video call e|tu es|ce e|voce ta|video call ta) (?:muito |mto |tao |super |"
         r"bem )?(?:linda|lindo|bonita|bonito|madura|maduro|gata|gostosa|sexy) (?:pra|para) (?:sua|"
         r"tua|a sua) idade\b|"
         r"\bsei (?:molto |cosi |davvero |proprio )?(?:bella|bello|carina|carino|matura|maturo|sexy|"
         r"sviluppata) per la tua eta\b"),
    # a contact request with a gift, or a gift for the reader's account
    rule("grooming:gifts", "grooming",
         "regalito regalo regalos skins skin robux pavos gemas regali regalino presente presentinho "
         "cadeau cadeaux geschenk",
         r"\b(?:pasame|dame|mandame|pasa) (?:tu )?" + _APPS + r"\b[^.!?]{0,30}?\b(?:te (?:mando|doy|"
         r"paso|envio|regalo|compro) (?:un |una |unos |unas )?(?:regalito|regalo|regalos|skins?|"
         r"robux|pavos|gemas|sorpresa|tarjeta)|y te (?:mando|doy|regalo) algo)\b|"
         r"\b(?:te paso|te doy|te regalo|te compro|ti passo|ti do|ti regalo|ti compro|te passo|te dou|"
         r"je te donne|je te passe|ich geb dir|ich gebe dir|i will give you|ill give you) (?:\w+ )?"
         r"(?:las |le |os |des |die )?(?:skins?|robux|pavos|v ?bucks|gemas|gemme|diamanti|diamantes|"
         r"vbucks)\b[^.!?]{0,20}?\b(?:si me das|se mi dai|se me (?:da|passa|der)|si tu me donnes|"
         r"wenn du mir|if you give me) (?:tu |il tuo |o teu |seu |ton |deinen |dein |your )?"
         + _APPS + r"\b"),
    # "I understand you better than your parents"
    rule("grooming:isolation", "grooming", "entiendo comprendo entendo compreendo comprends "
         "versteh verstehe capisco",
         r"\b(?:yo )?te (?:entiendo|comprendo) (?:mejor|mas) (?:que|de lo que) (?:tus|los) (?:padres|"
         r"papas|viejos|amigos)\b|"
         r"\b(?:eu )?te (?:entendo|compreendo) (?:melhor|mais) (?:que|do que) (?:seus|teus|os) "
         r"(?:pais|amigos)\b|"
         r"\bje te comprends (?:mieux|plus) que tes (?:parents|potes|amis)\b|"
         r"\bich versteh(?:e)? dich (?:besser|mehr) als deine (?:eltern|freunde)\b|"
         r"\bti capisco (?:meglio|piu) (?:dei tuoi|di tuoi|dei) (?:genitori|amici)\b"),
    # contact planned for when the parents sleep
    rule("grooming:secrecy", "grooming",
         "asleep sleep sleeping bed dormirem dormem dormindo duerman duermen durmiendo dorment "
         "dormiront dormono dormiranno schlafen",
         r"\b(?:call|text|facetime|video ?call|ring|talk to|message|chat with|dm|snap|visit) (?:you|u)"
         r"\b[^.!?]{0,30}?\bwhen (?:your|ur) (?:parents|mum|mom|dad|family|mum and dad|folks) "
         r"(?:are|is|go|have gone|went)? ?(?:asleep|sleeping|to bed|in bed|to sleep|are out)\b|"
         r"\b(?:te )?(?:ligar|ligo|chamar|chamo|falar|ver|mandar mensagem) [^.!?]{0,30}?\bquando "
         r"(?:eles|seus pais|teus pais|os seus pais|sua mae|tua mae) (?:\w+ )?(?:dormirem|dormem|"
         r"estiverem dormindo|forem dormir)\b|"
         r"\b(?:te )?(?:llamo|llamar|escribo|hablamos|hablar|veo|vemos) [^.!?]{0,30}?\bcuando "
         r"(?:tus padres|ellos|tus papas|tu mama|tu madre) (?:se )?(?:duerman|duermen|esten "
         r"durmiendo|se vayan a dormir)\b|"
         r"\b(?:je t'appelle|je peux t'appeler|on s'appelle|on parle|je te parle) [^.!?]{0,30}?"
         r"\bquand (?:tes parents|ils|ta mere) (?:dorment|dormiront|seront couches)\b|"
         r"\b(?:ich ruf dich|ich rufe dich|kann ich dich|wir telefonieren|wir schreiben) [^.!?]{0,30}?"
         r"\bwenn (?:deine eltern|sie|deine mutter) (?:\w+ )?schlafen\b|"
         r"\b(?:ti chiamo|posso chiamarti|ci sentiamo|ti scrivo) [^.!?]{0,30}?\bquando (?:i tuoi|"
         r"loro|i tuoi genitori|tua madre) (?:dormono|dormiranno|sono a letto)\b"),
    # an adult's age with a preference for younger ones
    rule("grooming:age", "grooming",
         "younger jovenes menores chicas novas jeunes jungeren giovani piccole",
         r"\b(?:i am|im|i'm) " + _ADULT_AGE + r"\b[^.!?]{0,30}?\b(?:but|and) i (?:get along|vibe|"
         r"connect|click|prefer|like talking to|like|get on) (?:\w+ )?(?:better |more )?(?:with )?"
         r"younger (?:girls|boys|kids|people|ones)\b|"
         r"\b(?:tengo|yo tengo) " + _ADULT_AGE + r" (?:anos )?(?:pero|y) (?:me llevo|conecto|me "
         r"entiendo|prefiero|me gustan) (?:mejor |mas )?(?:con )?(?:las|los) (?:mas )?(?:jovenes|"
         r"menores|chicas|pequenas|pequenos|chiquitas)\b|"
         r"\b(?:tenho|eu tenho) " + _ADULT_AGE + r" (?:anos )?(?:mas|e) (?:me dou|me entendo|prefiro|"
         r"gosto) (?:melhor |mais )?(?:com )?(?:as|os) (?:mais )?(?:novas|novos|novinhas|novinhos)\b|"
         r"\b(?:j'ai|jai) " + _ADULT_AGE + r" ans (?:mais|et) (?:je prefere|je m'entends mieux avec|"
         r"je kiffe|j'aime) (?:les )?(?:plus )?(?:jeunes|petites)\b|"
         r"\bich bin " + _ADULT_AGE + r" (?:aber|und) (?:ich )?(?:versteh mich|komm|komme|mag|steh) "
         r"(?:\w+ )?(?:besser |lieber )?(?:mit |auf )?(?:jungeren|jungere|kleinen)\b|"
         r"\b(?:io )?ho " + _ADULT_AGE + r" anni (?:ma|e) (?:mi trovo|preferisco|mi piacciono|vado "
         r"d'accordo) (?:\w+ )?(?:meglio |piu )?(?:con )?(?:le|i) (?:piu )?(?:giovani|piccole|"
         r"piccoli|ragazzine)\b"),
]
