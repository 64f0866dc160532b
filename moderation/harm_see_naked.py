"""Wanting to see the reader naked, imagining it, a naked video call, the
colour of the reader's underwear, and "are you still a virgin" in the
languages `harm.py` and `harm_intimate_questions.py` lacked (appended to
`harm.RULES`).

Why: the sexual rules were written from English, Spanish, French, German,
Portuguese and Russian lines.  Development lines written in session 19 in 13
languages, by a helper who never saw the rules, showed the same requests
missed in Italian, Polish, Indonesian, Arabic, Chinese and Hindi ("voglio
vederti nuda", "chcę cię zobaczyć nagą", "pengen liat kamu telanjang", "عايز
اشوفك من غير هدوم", "想看你不穿衣服"), and "imagining you naked" or "a naked video
call" missed in every language.

Only what is aimed at the reader is matched (the second person: "vederti",
"cię", "kamu", "اشوفك", "你"); sex education, talk about sextortion and the
writer's own questions ("is it normal to still be a virgin at 16?") are not,
and reports and lessons are excused by the usual frames.  Patterns run on
the phrase form (accents stripped; Portuguese "vc" reads "video call").
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_NAKED_EN = r"(?:naked|nude|without (?:any |ur |your )?clothes(?: on)?|in (?:your|ur) underwear)"

_NOT_ZODIAC = (
    r"(?!.{0,60}\b(?:signe|signo|astro\w*|horoscope|horoscopo|ascendant|ascendente|lion|leao|balance|"
    r"libra|scorpion|escorpiao|taureau|touro|gemeaux|gemeos|cancer|belier|aries|capricorne|capricornio|"
    r"verseau|aquario|poissons|peixes|sagittaire|sagitario|anniversaire|aniversario|zodiaque|zodiaco)\b)"
)

RULES: list[Rule] = [
    # -- imagining the reader naked, a naked call ---------------------------
    rule("sexual:request", "sexual", "imagining picturing imagine picture thinking",
         r"\b(?:i am |im |i keep |keep )?(?:imagining|picturing|imagine|thinking about) (?:you|u) "
         + _NAKED_EN + r"\b"),
    rule("sexual:request", "sexual", "naked nude",
         r"\b(?:naked|nude) (?:video call|video chat|facetime|cam call|call|vc)\b|"
         r"\b(?:video call|video chat|facetime|call) (?:me |with me )?(?:naked|nude)\b"),
    rule("sexual:request", "sexual", "imagino desnuda desnudo videollamada",
         r"\bte imagino (?:toda |todo )?(?:desnud[ao]|sin ropa|en ropa interior)\b|"
         r"\bvideollamada (?:desnud[oa]s?|sin ropa)\b"),
    rule("sexual:request", "sexual", "imagine nue nu appel visio",
         r"\bje t'imagine (?:toute |tout )?(?:nue?|sans vetements|en sous vetements)\b|"
         r"\b(?:appel|visio|facetime) (?:tout |toute |tous )?(?:nue?s?|a poil)\b"),
    rule("sexual:request", "sexual", "imagino pelada pelado",
         r"\b(?:te|fico te) imagin(?:o|ando) (?:toda |todo )?(?:pelad[ao]|nu[a]?|sem roupa)\b|"
         r"\bchamada (?:de video )?(?:pelad[oa]s?|sem roupa)\b"),
    rule("sexual:request", "sexual", "stell vorstellen nackt",
         r"\b(?:ich )?stell (?:mir )?dich (?:\w+ )?(?:nackt|ohne klamotten|in unterwasche) vor\b|"
         r"\bnackt(?:e|en)? (?:videocall|video call|facetime|call)\b"),
    rule("sexual:request", "sexual", "представляю голой голым",
         r"(?<!\w)представляю тебя (?:\w+ )?(?:голой|голым|без одежды|в белье)\b|"
         r"(?<!\w)(?:давай )?(?:по видео|видеозвонок) (?:голые|голыми|без одежды)\b"),
    # -- wanting to see the reader naked ------------------------------------
    rule("sexual:request", "sexual", "vederti guardarti",
         r"\b(?:voglio|vorrei|fammi|fatti) (?:vederti|guardarti) (?:\w+ )?(?:nud[ao]|senza vestiti|in "
         r"intimo|in mutande|in reggiseno)\b|\bti immagino (?:tutta |tutto )?(?:nud[ao]|senza vestiti)\b"),
    rule("sexual:request", "sexual", "zobaczyc widziec wyobrazam",
         r"\b(?:chce|chcialbym|chcialabym|pokaz mi sie) (?:cie )?(?:zobaczyc|widziec|ogladac) (?:cie )?"
         r"(?:nag[aą]|nago|nagiego|bez ubrania|bez ciuchow|w bieliznie|w samej bieliznie)\b|"
         r"\bwyobrazam sobie cie (?:nag[aą]|nago|bez ubrania)\b|\bwideorozmow\w* nago\b"),
    rule("sexual:request", "sexual", "liat lihat ngeliat melihat bayangin",
         r"\b(?:pengen|mau|ingin|pgn|pingin|pen) (?:liat|lihat|ngeliat|melihat) (?:kamu|km|lu|lo|badan "
         r"kamu|badanmu|tubuhmu) (?:\w+ )?(?:telanjang|bugil|tanpa baju|ga pake baju|gak pake baju|"
         r"pake daleman|pakai dalaman)\b|\b(?:aku )?(?:bayangin|ngebayangin|membayangkan) (?:kamu|km) "
         r"(?:telanjang|bugil|tanpa baju)\b|\b(?:vc|video call|vcs) (?:telanjang|bugil)\b"),
    rule("sexual:request", "sexual", "اشوفك أشوفك شوفك اتخيلك",
         r"(?:عايز|عاوز|بدي|ابي|أبي|اريد|أريد|ودي|نفسي) (?:اشوفك|أشوفك|شوفك)[^.!?]{0,12}(?:من غير "
         r"هدوم|بدون ملابس|بدون هدوم|عريانه|عاريه|بلا هدوم|بالملابس الداخليه)|"
         r"(?:اتخيلك|أتخيلك|بتخيلك) (?:\w+ )?(?:عريانه|عاريه|من غير هدوم|بدون ملابس)"),
    zrule("sexual:request", "sexual", "想 看 发 照",
          r"想看你(?:不穿衣服|没穿衣服|光着|裸体|的裸照|穿内衣|穿内裤)|"
          r"发(?:张|个|一张)?(?:你)?(?:穿)?(?:比基尼|内衣|泳装|内裤)(?:的)?(?:照片|照|图|自拍)|"
          r"(?:裸聊|脱光视频|光着视频)"),
    rule("sexual:request", "sexual", "dekhna dekhni dekhu imagine",
         r"\b(?:tujhe|tumhe|tereko|tumko|teri|tumhari) (?:\w+ )?(?:bina kapdon? ke|nangi|nanga) "
         r"(?:dekhna|dekhni|dekhu|imagine)\w*\b|\bbina kapdon? ke (?:imagine|soch)\w*\b"),
    rule("sexual:request", "sexual", "gormek hayal",
         r"\bseni (?:ciplak|kiyafetsiz|ic camasirinla|ic camasiriyla|bikiniyle) (?:gormek|izlemek) "
         r"(?:istiyorum|isterim)\b|\bseni (?:ciplak|kiyafetsiz) hayal\w*\b"),
    # -- the reader's underwear ---------------------------------------------
    rule("sexual:solicit", "sexual", "color ropa interior bragas calzones sujetador brasier tanga",
         r"\b(?:de )?que color (?:es|son|llevas|tienes|traes) (?:tu |tus )?(?:ropa interior|bragas|"
         r"calzones|brasier|sujetador|tanga|bombacha|calzon)\b"),
    rule("sexual:solicit", "sexual", "couleur culotte soutif soutien",
         r"\b(?:quelle|c'est quoi la) couleur (?:de )?(?:ta culotte|ton soutif|ton soutien gorge|tes "
         r"sous vetements|ton string)\b|\b(?:ta culotte|ton soutif|ton string) (?:est |elle est )?de "
         r"quelle couleur\b"),
    rule("sexual:solicit", "sexual", "cor calcinha cueca sutia",
         r"\bqual (?:e )?(?:a )?cor (?:da sua|da tua|do seu|do teu) (?:calcinha|cueca|sutia)\b"),
    # -- "are you still a virgin", aimed at the reader ----------------------
    rule("sexual:solicit", "sexual", "virgin",
         r"\b(?:are|r) (?:you|u) (?:still )?(?:a )?virgin\b|\b(?:tu|tum) (?:abhi bhi |ab bhi |abhi tak )?"
         r"virgin (?:hai|ho|h)\b"),
    # Virgo is "Vierge" and "Virgem": "t'es vierge ? non je suis lion" asks a star sign
    rule("sexual:solicit", "sexual", "vierge",
         r"\b(?:t'es|tu es|t es|es-tu) (?:encore |toujours )?vierge\b" + _NOT_ZODIAC),
    rule("sexual:solicit", "sexual", "virgem",
         r"(?:\b(?:voce|video call|tu) (?:ainda )?(?:e|eh|es) virgem\b|\bainda (?:e|eh) virgem\b)"
         + _NOT_ZODIAC),
    rule("sexual:solicit", "sexual", "perawan perjaka",
         r"\b(?:kamu|km|lu|lo|kmu) (?:masih |udah gak |udah ga |udah nggak )?(?:perawan|perjaka)\b"),
    rule("sexual:solicit", "sexual", "بنوت عذراء",
         r"(?:انتي|انت|إنتي)? ?(?:لسه|لسا|لساتك|بعدك|مازلتي|لا زلتي|لازلتي) (?:بنت بنوت|عذراء|"
         r"بكر)(?!\w)"),
    # session 20: asked without "still" before it ("هل انتي عذراء؟", Gulf "انتي عذراء للحين؟");
    # the star sign is "العذراء" / "برج العذراء", never the bare word after "you"
    rule("sexual:solicit", "sexual", "عذراء بنوت",
         r"(?:هل انتي|هل انت|انتي|إنتي|انتِ) (?:\S+ )?(?:عذراء|بنت بنوت)(?!\S)"
         r"|(?<!\S)(?:عذراء|بنت بنوت) (?:للحين|لحد الحين|لسه|لسا|ولا لا|ولا لأ|ولا لاء)(?!\S)"),
    # the reader's bra or chest size ("كم مقاس صدرج؟", "شو مقاس الستيان تبعك")
    rule("sexual:body_question", "sexual", "مقاس",
         r"مقاس (?:صدرك|صدرج|صدرچ|صدرش|صدرِك)(?!\S)|مقاس (?:الستيان|السنتيان|الصدريه|السوتيان|الصدرية) "
         r"(?:تبعك|حقك|حقج|بتاعك|ديالك|تاعك|مالتك)(?!\S)"),
    # pt: "fazer safadeza" (do dirty things) proposed to the reader
    rule("sexual:solicit", "sexual", "safadeza safadezas",
         r"\b(?:quero|quer|bora|vamos|vamo|vem|bora la) (?:\w+ )?(?:fazer|faze|fzr) (?:uma |umas |muita )?"
         r"safadeza\w*\b|\bsafadeza\w* (?:com voce|com vc|cntg|contigo|comigo)\b"),
]
