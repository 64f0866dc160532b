"""Sexual comments on the reader's body and wanting to touch the reader, in the
languages besides English (appended to `harm.RULES`).

Why: `harm.py` holds "ur body is so hot in that pic", "your boobs look big in
that photo" and "i wanna touch you everywhere" in English; the same lines in
Spanish, French, Portuguese, German, Italian, Polish, Indonesian, Arabic,
Chinese, Russian, Hindi and Turkish ("tienes un cuerpazo, me pones mucho",
"t'es trop bonne sur ta photo", "du bist so heiß auf dem bild", "你身材好性感，想摸你",
"у тебя такая грудь на фотке, хочу потрогать") were shown.  Sexual development
lines written in session 19 in 13 languages, by a helper who never saw the
rules, were mostly of this kind.

Each pattern is aimed at the reader (second person, "your body") and uses the
sexual sense only: "t'es bonne en maths", "que gostosa essa torta", "du bist so
geil" (cool), "quiero tocarte una canción" (play a song), "хочу потрогать котика"
and "hot weather" pass.  Reports and lessons are excused by the usual frames.
Patterns run on the phrase form (accents stripped; "vc" reads "video call").
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_MUSIC = r"(?! (?:una |la |el |uma |a |o )?(?:cancion|guitarra|piano|musica|tema|violin|bateria|flauta))"

RULES: list[Rule] = [
    # -- sexual comments on the reader's body -------------------------------
    rule("sexual:comment", "sexual", "cuerpazo buena rica pones cachondo cachonda caliente",
         r"\b(?:tienes|tenes) (?:un )?cuerpazo\b|\b(?:que|vaya) cuerpazo (?:tienes|tenes)\b|"
         r"\b(?:que buena|que rica) (?:estas|que estas)\b|\bestas (?:muy |tan |re )?(?:buena|rica|"
         r"buenisima)\b(?! (?:en|para|con|la|el)\b)|\bme (?:pones|tienes) (?:muy |mucho |tan )?"
         r"(?:cachond[oa]|caliente|a mil|mucho|loco de ganas)\b"),
    rule("sexual:comment", "sexual", "bonne excites mexcites envie sexy",
         r"\b(?:t'es|tu es|t es) (?:trop |tellement |vraiment |grave |tres |si )?bonne\b"
         r"(?! (?:en|a|au|aux|pour|dans|avec|eleve|amie|copine|cuisiniere|nouvelle|idee)\b)|"
         r"\btu m'excites\b|\bj'ai (?:trop )?envie de toi\b|\b(?:t'es|tu es) (?:trop |tellement )?sexy\b"),
    rule("sexual:comment", "sexual", "gostosa gostoso delicia tesao sexy",
         r"\b(?:voce|video call|tu|ce) (?:e|eh|ta|esta|fica|ficou) (?:muito |mt |mto |tao |mo )?"
         r"(?:gostosa|gostoso|sexy|delicia|gata demais)\b|\bgostosa (?:nessa|na|naquela) foto\b|"
         r"\bque gostosa (?:voce|video call|tu|ce)\b|\b(?:to|estou|tou) com tesao (?:em|por) "
         r"(?:voce|video call|ti)\b|\bme deixa com tesao\b"),
    rule("sexual:comment", "sexual", "heiss sexy korper arsch titten brust hintern",
         r"\bdu (?:bist|siehst) (?:\w+ )?(?:so |voll |echt |mega |richtig )?(?:heiss|sexy) "
         r"(?:aus )?(?:auf|in) (?:dem|deinem|diesem) (?:bild|foto|video|pic)\b|"
         r"\b(?:dein|deine) (?:korper|arsch|titten|brust|hintern|po) (?:ist|sind|sieht|sehen) "
         r"(?:\w+ ){0,4}?(?:heiss|sexy|geil)\b"),
    rule("sexual:comment", "sexual", "bona gnocca sexy arrapante ecciti eccitare",
         r"\bsei (?:troppo |proprio |cosi |molto |davvero )?(?:bona|gnocca|sexy|arrapante)\b"
         r"(?! (?:a|con|per|da|di|come)\b)(?! in (?!quell|quest|sta )\w)|"
         r"\bche (?:bona|gnocca) che sei\b|\bmi (?:ecciti|fai eccitare|fai arrapare)\b"),
    rule("sexual:comment", "sexual", "cycki tylek dupe dupke piersi seksowna goraca",
         r"\b(?:masz|ale masz) (?:\w+ )?(?:cycki|tylek|dupe|dupke|piersi|cyce)\b|"
         r"\bjestes (?:taka |bardzo |mega |strasznie )?(?:seksowna|sexy|napalona)\b"),
    rule("sexual:comment", "sexual", "seksi sexy montok semok",
         r"\b(?:badan|body|tubuh|bodi)(?: kamu|mu| km| lu)? (?:\w+ )?(?:seksi|sexy|montok|semok)\b|"
         r"\b(?:kamu|km|lu|lo) (?:\w+ )?(?:seksi|sexy|montok|semok) (?:banget|bgt|bener|sih|deh|amat)\b"),
    rule("sexual:comment", "sexual", "جسمك صدرك طيزك مؤخرتك مثيره سكسي",
         r"(?<!\w)جسمك (?:\w+ )?(?:سكسي|مثير|مثيره|نار|فاير)(?!\w)|(?<!\w)(?:انتي|إنتي) (?:\w+ )?"
         r"(?:مثيره|سكسي|مزه)(?!\w)|(?<!\w)(?:صدرك|طيزك|مؤخرتك|بزازك)(?!\w)"),
    zrule("sexual:comment", "sexual", "身 性 你 胸 屁",
          r"身材(?:好|真|太|超)?(?:性感|火辣)|你(?:好|真|太|超)性感|你的(?:胸|屁股)(?:好|真|太|超)?"
          r"(?:大|翘|挺)"),
    rule("sexual:comment", "sexual", "грудь сиськи попа попка задница сексуальная секси горячая",
         r"(?<!\w)(?:у тебя )?(?:такая|такие|классная|классные|огромная|большая|офигенная) (?:\w+ )?"
         r"(?:грудь|сиськи|попа|попка|задница)\b|(?<!\w)ты (?:такая |очень |прям )?(?:сексуальная|"
         r"секси|горячая штучка)\b"),
    rule("sexual:comment", "sexual", "body figure sexy hot mast maal",
         r"\b(?:teri|tumhari|tera|tumhara) (?:body|figure|jism) (?:\w+ )?(?:bahut |bohot |kitni |ekdum |"
         r"kya )?(?:hot|sexy|mast|kadak|jhakaas)\b|\b(?:tu|tum) (?:bahut |bohot |ekdum )?(?:sexy|maal) "
         r"(?:hai|ho|lag)\w*\b"),
    rule("sexual:comment", "sexual", "seksisin seksi atessin vucudun",
         r"\b(?:cok |asiri |fazla )?(?:seksisin|atessin)\b|\bseksi (?:gorunuyorsun|duruyorsun)\b|"
         r"\bvucudun (?:\w+ )?(?:seksi|ates gibi)\b"),
    # -- wanting to touch the reader ----------------------------------------
    rule("sexual:request", "sexual", "tocarte tocar toda",
         r"\b(?:quiero|quisiera|me muero por|ganas de) (?:tocarte|te quiero tocar)\b" + _MUSIC + r"|"
         r"\bte quiero tocar\b" + _MUSIC + r"|\btocarte (?:toda|todo|entera|entero)\b"),
    rule("sexual:request", "sexual", "toucher caresser",
         r"\b(?:j'ai envie de|je veux|je voudrais) te (?:toucher|caresser|peloter)\b"),
    rule("sexual:request", "sexual", "tocar pegar todinha toda",
         r"\bquero (?:te )?(?:tocar|pegar|apertar) (?:em )?(?:voce|video call|vc )?(?:toda|todinha|inteira)\b|"
         r"\bquero tocar (?:em )?(?:voce|video call)\b" + _MUSIC),
    rule("sexual:request", "sexual", "anfassen beruhren befummeln",
         r"\b(?:ich )?(?:will|mochte|wurde) dich (?:so gern |gern |gerne )?(?:anfassen|beruhren|befummeln|"
         r"uberall anfassen)\b"),
    rule("sexual:request", "sexual", "toccarti toccare toccherei",
         r"\b(?:voglio|vorrei) toccarti\b|\bti (?:voglio|vorrei) toccare\b|\bti toccherei\b"),
    rule("sexual:request", "sexual", "dotknac dotykac macac pomacac",
         r"\b(?:chce|chcialbym|chcialabym) cie (?:\w+ )?(?:dotknac|dotykac|macac|pomacac|wymacac)\b"),
    rule("sexual:request", "sexual", "pegang raba sentuh grepe",
         r"\b(?:pengen|mau|pgn|ingin|pingin) (?:aku )?(?:pegang|raba|grepe|sentuh|megang|ngeraba)\b"
         r" (?:kamu|km|badan|tubuh|dada|paha)\b"),
    rule("sexual:request", "sexual", "المسك المسكي احضنك",
         r"(?:عايز|عاوز|بدي|ابي|أبي|اريد|أريد|نفسي|ودي) (?:المسك|ألمسك|المسكي|أحسس عليكي|احسس عليكي)"
         r"(?!\w)"),
    zrule("sexual:request", "sexual", "想 摸",
          r"想(?:摸|碰|揉)你|想摸(?:你的)?(?:胸|屁股|腿)"),
    rule("sexual:request", "sexual", "потрогать пощупать облапать трогать",
         r"(?<!\w)(?:хочу|хотел бы|хотелось бы) (?:тебя )?(?:потрогать|пощупать|облапать|трогать) "
         r"(?:тебя|твою|твои|твое)\b|(?<!\w)хочу тебя (?:потрогать|пощупать|облапать|трогать)\b|"
         r"(?:грудь|сиськи|попу|попку|задницу|тело)[^.!?]{0,30}(?:хочу|хотел бы) (?:\w+ )?"
         r"(?:потрогать|пощупать|облапать)\b"),
    rule("sexual:request", "sexual", "chhoona chuna chhuna touch chhune",
         r"\b(?:tujhe|tumhe|tereko|tumko) (?:\w+ )?(?:chhoona|chuna|chhuna|touch karna) (?:chahta|chahti|"
         r"hai)\w*\b|\b(?:body|figure)[^.!?]{0,30}\b(?:chhoona|chuna|chhuna|touch karna) chahta\w*\b"),
    rule("sexual:request", "sexual", "dokunmak ellemek",
         r"\b(?:sana|vucuduna) (?:\w+ )?dokunmak (?:istiyorum|isterim)\b|\bseni ellemek (?:istiyorum|"
         r"isterim)\b"),
]
