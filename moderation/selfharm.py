"""Self-harm / suicide disclosures, incitement and abuse disclosures.

Why these are never blocked: a child disclosing self-harm needs a human, so
the action is always ``hold`` (the server can show a helpline).  First-person
disclosures are *not* excusable by discussion frames; bare topic words
("suicide", "self-harm") are, so "we learned about suicide prevention" passes
while "thinking about suicide a lot lately" is held.

Choices (documented in docs/moderation.md):
* incitement aimed at others ("kys", "go die") -> bullying + self_harm;
* abuse disclosure ("my stepdad hits me") -> threat (physical) or grooming
  (sexual), reason ``safeguarding:abuse`` - the fixed category list has no
  "abuse" category and self_harm is reserved for harm the child does to self.
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_end_all import EVERYDAY_FINIR

_WANT = (
    r"(?:want|wanna|want to|(?<!\bis )(?<!\bare )going to|planning|plan|thinking of|thinking about|need|wish i could|"
    r"ready|trying|tried|try|decided|about(?<!is about))(?: just| really| honestly| simply)?"
)

# "I won't be here next week, we're on holiday": an everyday reason after a
# "not here / not a problem much longer" statement makes it a plan, not a goodbye
_AWAY = (
    r"(?![^.!?]{0,60}\b(?:holidays?|vacation|trip|camp|moving|changing schools?|new school|picking me "
    r"up|pick me up|visiting|grandmas?|grandparents|exchange|school trip|fixing|fixed|on leave|"
    r"battery|phone|charger|wifi|signal|gotta go|got to go|have to go|practice|training)\b)"
)

# "mon tel va mourir", "il va mourir": "va" after a subject is a future, not "go die"
# (a determiner and a noun of 2-12 letters, or a pronoun; lookbehinds are fixed-width)
_NOT_SUBJECT_FR = "".join(
    rf"(?<!\b(?:mon|ton|son|mes|tes|ses|les|des|une|cet) \w{{{n}}} va)(?<!\b(?:ma|ta|sa|le|la|un|ce) \w{{{n}}} va)"
    rf"(?<!\bl'\w{{{n}}} va)"
    for n in range(2, 13)
) + r"(?<!\bil va)(?<!\bon va)(?<!\bca va)(?<!\belle va)(?<!\bqui va)(?<!\bcela va)"

RULES: list[Rule] = [
    rule("self_harm:disclosure", "self_harm",
         "die dying kill end hurt cut harm disappear exist existing dead sleep wake jump overdose "
         "life",
         r"\b" + _WANT + r" (?:to )?(?:die(?! (?:of|from) (?:embarrassment|laughter|laughing|"
         r"boredom|cringe|shame)| laughing)|kill myself|end it all|end it|end my life|end things|"
         r"hurt myself|cut myself|harm myself|disappear(?! from (?:school|class|the (?:class|group|chat|"
         r"internet|app)|social media|online|(?:this|that) (?:school|class|group|chat|app))| off (?:the|"
         r"social))|not exist|stop existing|not be here|be dead"
         r"|sleep forever|never wake up|jump off|overdose|take my (?:own )?life)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "kill killing killed hurt hurting cut cutting harm harming starve starving burn burning "
         "punish punishing",
         r"\b(?:kill|killing|killed|hurt|hurting|cut|cutting|harm|harming|starve|starving|burn|"
         r"burning|punish|punishing) (?:myself|my self|my wrists|my arms|my legs)\b"
         # "i cut myself a slice of cake": something cut for oneself
         r"(?! (?:a|an|some|another) (?:\w+ )?(?:slice|slices|piece|pieces|chunk|portion|wedge|bit of|"
         r"sandwich|fringe)\b)",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "live alive here exist existing exhausted wake go anymore living point reason better dead miss notice care "
         "pills tablets meds painkillers wish born end ending kms sleep forever care notice cut burned "
         "burnt hurt harmed point reason disappear vanish stop tired sick ready saving saved "
         "stockpiling cutting burning harming",
         # "i don't wanna live forever" (a song), "don't want to live with my dad / in a city":
         # where or with whom, not whether ("in this world", "in this body" stay disclosures)
         r"\b(?:do not|no longer|not|never) (?:want|wanna|wish) to (?:live(?! forever\b| for ever\b| with\b|"
         r" abroad\b| there\b| near\b| next to\b| in (?!(?:this |the |a |such |my )?(?:world|body|pain|"
         r"fear|hell|darkness|misery|life|way|state|skin)\b))|be alive|be here|exist|"
         r"wake up(?! (?:early|so early|this early|that early|at|for|before|in time|on time))|go on|"
         r"be around)\b|\bnever wake up\b|\bno (?:reason|point) (?:to live|in living|"
         r"living|to go on|in going on|in life)\b|\bbetter off (?:dead|without me)\b|"
         r"\b(?:can not|cannot) (?:go on|take (?:it|this) anymore|do this anymore|keep going)\b|"
         r"\b(?:no one|nobody) would (?:even |really |ever |actually )?(?:miss|notice|care if) me\b|"
         r"\b(?:no one|would anyone)"
         r" (?:would |will )?(?:care|notice|miss me|even notice) if i (?:was|were|am|died|"
         r"disappeared|left(?= ?[.!?,]| ?$| forever| for good| this world))\b|"
         r"\bi (?:cut|burned|burnt|hurt|harmed) (?:myself )?again\b|"
         # the pronoun dropped at the start of a sentence, as chat does ("burned
         # myself again but finished my essay so"): "myself" names the writer
         r"(?:^|(?<=[.!?,;] )|(?<=[.!?,;]))(?:just |literally |so |lowkey )?(?:cut|burned|burnt|hurt|"
         r"harmed|scratched) myself again\b|"
         r"\btake all (?:my|the|of my) "
         r"(?:pills|tablets|meds)\b|\bwish i (?:was|were) (?:dead|never born)\b|"
         r"\b(?:end|ending) (?:it all|my life)\b|\bwant (?:it|everything|it all|this|the pain|all"
         r" of this) (?:all )?to (?:stop|end)\b(?! (?!hurting\b)\w+ing\b| well\b| up\b)|\b(?:tired|sick|exhausted|"
         r"weary) of (?:living(?! (?:in|with|at|here|like|on|under|next|near|far|through)\b)|life|being "
         r"alive|existing|being here)\b|\b(?:pills|tablets) (?:are )?ready\b|\b(?:saving|saved|stockpiling)"
         r" (?:up )?(?:my |the )?(?:pills|tablets|meds)\b|\b(?:cutting|burning|harming) (?:myself )?"
         r"again\b|\bpoint (?:in|of) (?:living|being alive|existing|"
         r"going on|life|anything anymore)\b|\breason to (?:live|go on|keep going|stay alive)\b|"
         r"\bwish i could (?:just |simply |finally )?(?:disappear(?! (?:from|off) (?:this|that|the|my|"
         r"our) (?:\w+ )?(?:chat|group|gc|class|call|server|app|lesson|meeting|conversation))|die|"
         r"vanish|sleep forever|not exist|"
         r"stop existing|be dead)\b|\b(?<!could )(?<!could just )(?:sleep|rest) forever\b|\b(?:took|swallowed|"
         r"taken|take) (?:a lot of|lots of|too many|all (?:my|the|of my)|a bunch of|loads of|a "
         r"handful of) (?:(?:my |the )?[\w']+ )?(?:pills|tablets|meds|painkillers)\b|\bkms\b|"
         r"\b(?<!\bto )(?:disappear|vanish) (?:forever|for good)\b|\b(?:want|wanna|need|going|like|have|"
         r"try|trying) to (?:just |simply |finally )?(?:disappear|vanish) (?:forever|for good)"
         r"\b|\bdo not want to be here anymore\b|\bi (?:do not|no longer) want to exist\b",
         framed="generic"),
    rule("self_harm:others", "self_harm", "herself himself themselves themself",
         r"\b(?:kill|killing|killed|hurt|hurting|cut|cutting|harm|harming|starve|starving|end)"
         r" (?:herself|himself|themselves|themself)\b", framed="generic"),
    rule("self_harm:topic", "self_harm",
         "suicide suicidal selfharm selfharms self overdose overdosing suicidio suicidarme selbstmord suizid "
         "суицид самоубийство",
         r"\b(?:suicide|suicidal|self ?harm(?:ing|s|ed)?|selfharm|self-harm|overdos(?:e|ing)|suicidio|"
         r"selbstmord|suizid|суицид|самоубийств\w*)\b"),
    # -- other languages (first person) ---------------------------------
    rule("self_harm:disclosure", "self_harm",
         "veux envie voudrais aimerais suicider tuer faire fais mal scarifier scarifie coupe vivre "
         "mourir finir",
         r"\b(?:je veux|j'ai envie de|envie de|je vais|je voudrais|j'aimerais) (?:mourir|me tuer|"
         r"me suicider|disparaitre|en finir" + EVERYDAY_FINIR + r"|crever)|"
         r"\bme (?<!va me )(?<!vont me )(?<!vas me )(?:suicider|tuer|scarifier)\b|"
         r"(?:plus|pas) envie de vivre|je (?:ne )?veux plus vivre|je me (?:scarifie|coupe(?! (?:les|"
         r"mes|la|le|un|une|des) )|fais du mal)"
         r"|me faire du mal", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "quiero voy pienso morir morirme matarme suicidarme hacerme cortarme lastimarme vivir "
         "matar aguanto",
         r"\b(?:me quiero|quiero|voy a|pienso en|tengo ganas de) (?:morir|morirme|matarme|"
         r"suicidarme|desaparecer)|\bme quiero morir\b|\b(?:suicidarme|matarme|hacerme dano|"
         r"cortarme|lastimarme)\b|\bno quiero (?:vivir|seguir viviendo|estar aqui|existir)\b|"
         r"\bme (?:quiero|voy a|dan ganas de) (?:morir|matar|suicidar|cortar)\b|"
         r"\bno aguanto mas\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "quero vou penso morrer matar suicidar cortar machucar viver aguento",
         r"\b(?:quero|vou|penso em) (?:morrer|me matar|sumir|me suicidar)|"
         r"\bme (?<!vai me )(?<!vao me )(?<!vais me )(?:matar|suicidar|cortar|machucar)\b|"
         r"\b(?:nao quero|nao aguento) (?:mais )?(?:viver|continuar)\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "will mochte sterben leben umbringen antun ritzen ritze lust",
         r"\bich (?:will|mochte) (?:sterben|tot sein|nicht mehr leben|verschwinden)|"
         r"\bmich (?:umbringen|ritzen)\b|\bmir (?:was|etwas) antun\b|\bich ritze mich\b|"
         r"\bwill nicht mehr leben\b|\bkeine lust mehr (?:zu leben|auf (?:das|mein) leben)\b|"
         r"\bnicht mehr leben (?:will|mochte)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "хочу хочется покончить убить не режу порезать порежу сил",
         r"хочу (?:умереть|сдохнуть|исчезнуть|покончить)|покончить с собои|убить себя|"
         r"не (?:хочу|хочется) (?:больше )?жить|жить (?:больше )?не хочется|нет сил жить|"
         r"(?:режу|порезать|порежу) (?:себя|вены)", framed="generic"),
    rule("self_harm:topic", "self_harm", "انتحار الانتحار بالانتحار",
         r"(?:بال|ال)?انتحار"),
    rule("self_harm:disclosure", "self_harm", "اريد بدي ابغى ابي اقتل اعيش اوذي انتحر",
         r"(?:اريد|بدي|ابغى|ابي) (?:ان )?(?:اموت|انتحر|اختفي)|اقتل نفسي|لا اريد ان اعيش|"
         r"اوذي نفسي|سوف انتحر|راح انتحر", framed="generic"),
    # 想死你了 = "I miss you so much"; 不想活动 = "don't feel like doing the activity"
    rule("self_harm:disclosure", "self_harm", "想死 不想活 割腕 生命 活不下去 轻生 想消失",
         r"(?<!不)想死(?![你您他她]|我了|的心)|不想活(?![动動跃躍])|割腕|结束(?:我的)?生命|活不下去|"
         r"轻生|想消失", framed="generic"),
    # "自杀式攻击", "自杀小队": a suicide attack or squad in a game or the news
    rule("self_harm:topic", "self_harm", "自杀 自残", r"自杀(?!式|小队|小隊|性攻击)|自残"),
    rule("self_harm:disclosure", "self_harm",
         "मरना आत्महत्या खुद जीना marna mar khudkushi",
         # the word as the topic, named by what follows ("आत्महत्या रोकथाम पर सेमिनार",
         # "khudkushi ke baare mein padha"): prevention, awareness, "about", news, a talk
         r"मरना चाहत[ाी]|आत्महत्या(?! ?(?:रोकथाम|से बचाव|जागरूकता|"
         r"के बारे में (?:पढ़ा|सेमिनार|क्लास|निबंध|वीडियो|बात हुई|चर्चा)|"
         r"की (?:खबर|खबरें|रोकथाम|दर)|"
         r"पर (?:सेमिनार|चर्चा|बात|लेख|निबंध|वीडियो|कार्यशाला)|हेल्पलाइन|सेमिनार|दर))|खुद को (?:मार|चोट)|"
         r"जीना नहीं चाहत[ाी]|\bmarna chaht[ai]\b|\bmar jana chaht[ai]\b|"
         r"\bkhudkushi\b(?! (?:rokthaam|roktham|prevention|awareness|ke (?:baare|bare) (?:mein|me) (?:padha|"
         r"seminar|class|essay|video|baat hui|charcha)|ki (?:khabar|news)|par (?:seminar|charcha|baat|essay|video|"
         r"workshop)|helpline|seminar))", framed="generic"),
    rule("self_harm:disclosure", "self_harm", "voglio uccidermi suicidarmi ammazzarmi farmi vivere",
         r"\bvoglio morire\b|\b(?:uccidermi|suicidarmi|ammazzarmi)\b|\bfarmi del male\b|"
         r"\bnon (?:voglio|ho) piu (?:voglia di )?vivere\b",
         framed="generic"),
    # -- paraphrase families (en): finality, burden, planning, self-injury --
    # All first-person forms; "generic" frames only excuse third-person/advice
    # sentences ("if a friend says they'd be better off without them...").
    rule("self_harm:finality", "self_harm",
         "wake unalive existing exist",
         r"\b(?:sleep|go to sleep|fall asleep|close my eyes) and (?:not|never) wake up\b"
         r"(?! (?:until|till|before|for))|\bhope i (?:do not|never|will not) wake up\b"
         # "hope i don't wake up before my alarm / with a headache": the waking is not in doubt
         r"(?! (?:late|early|before|until|till|with|at|in time|on time|too|so|for)\b)|"
         r"\bnot (?:to )?wake up (?:again|tomorrow|ever|in the morning)\b|"
         r"\bunalive (?:myself|me|my self)\b|\b(?:stop|quit) existing\b|"
         r"\bnot (?:to )?exist any ?more\b", framed="generic"),
    rule("self_harm:burden", "self_harm",
         "without burden better happier easier",
         r"\b(?:be|are|would|will|is) (?:all |so |much |a lot |way )?(?:better|happier|fine|"
         r"okay|easier)(?: off)? without me\b|\bbetter off without me\b|"
         r"\b(?:better|happier|easier|fine)(?: off)? if i (?:just |simply |finally )?(?:(?:was|"
         r"were) (?:not|never) (?:around|here|alive|born)|(?:was|were) (?:gone|dead)|"
         r"disappeared|died|vanished|did not exist|never existed)\b|"
         r"\bi am (?:just |such |only |nothing but |always )?a burden\b|"
         r"\b(?:everyone|everybody|they|people|my (?:family|parents|friends)) (?:would|will)"
         r" (?:not|never) (?:even )?(?:notice|care|miss me) if i (?:was|were|am)? ?(?:gone|dead|"
         r"died|disappeared)\b", framed="generic"),
    rule("self_harm:planning", "self_harm",
         "ending killing taking jumping goodbye farewell suicide giving give done finished",
         r"\b(?:thinking|think|thought|thinkin|considering|consider|dreaming|fantasi[sz]ing)"
         r" (?:about |of )?(?:ending (?:it|it all|things|everything|my life|myself)|killing myself"
         r"|taking my (?:own )?life|not waking up|jumping (?:off|from) (?:a |the |my |our |this )?"
         r"(?:bridge|roof|building|balcony|cliff|window|tower)|jumping in front of)\b|"
         r"\bi (?:have |had |just |already |even |am |was |will |might )*(?:wrote|written|writing|"
         r"write|left|leave|leaving|made|recorded) (?:my |a |the |some "
         r"|all )?(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?|videos?)\b|"
         r"\bgiv(?:e|ing|en) away (?:all )?(?:of )?my (?:stuff|things|belongings)\b(?! (?:to|for) "
         r"(?:charity|a charity|the charity|donation|the charity shop))|"
         r"\bi am (?:so |just |really |completely |honestly |literally )?(?:done|finished) with "
         r"(?:life|living|being alive|existing|this life|this world)\b|"
         r"\bwhat is the point (?:of|in) (?:living|being alive|me|being here|going on)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "bleed bleeds bleeding bled bruise bruised relapsed relapse scars cuts blood clean "
         "scratch scratching scratched burn burning bite biting pinch pinching",
         r"\b(?:till|until|so hard) (?:it|they|i|my \w+) (?:bleed|bleeds|bled|bleeding|bruise|"
         r"bruises|bruised)\b|\bi (?:have |just |kind of )?relapsed\b|\bi had a relapse\b|"
         r"\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:my |the |all my )?(?:fresh )?"
         r"(?:cuts|scars|marks|wounds)\b|\bfresh (?:cuts|scars)\b|\bblood on my (?:sheets|bed|"
         r"arms|wrists|sleeves?|legs)\b|\b(?:\d+|a few|two|three) (?:days|weeks|months) clean "
         r"(?:from|of) (?:cutting|self harm|selfharm|hurting myself)\b|"
         r"\bi (?:keep |kept |always |still |sometimes )?(?:scratch|scratching|burn|burning|bite|"
         r"biting|pinch|pinching) (?:myself|my (?:arms?|wrists?|legs?|skin|thighs?))\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "kil kll kiil kms myslef myslf mysef mself",
         r"\b(?:kil|kll|kiil) (?:myself|my self|myslef|myslf|mysef|mself)\b|\b(?:kill|hurt|cut|"
         r"harm) (?:myslef|myslf|mysef|mself)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm", "hate",
         r"\bhate myself\b(?! for [^.!?]*\b(?:lol|lmao|haha\w*|jk|xd|rofl|lmfao)\b)",
         framed="generic"),
    # -- paraphrase families in other languages (first person, never excused) --
    rule("self_harm:disclosure", "self_harm",
         "foutre disparaitre mort morte reveiller finir dormir pense penser mieux mourir tuer",
         r"\bme foutre en l'air\b|\bdisparaitre (?:pour toujours|a jamais|definitivement)\b|"
         r"\b(?:mieux|plus heureux|plus heureuse|plus simple) (?:pour tout le monde )?(?:si j'etais"
         r" (?:morte?|plus la|pas la)|si je (?:n'etais|netais|etais) (?:pas|plus) la|si je "
         r"(?:disparaissais|mourais)|sans moi)\b|\bne (?:plus|jamais) me reveiller\b|\b(?<!pourrais )dormir "
         r"pour toujours\b|\ben finir avec (?:la vie|tout|ma vie)\b|\b(?:je pense|pense|penser|j'ai "
         r"pense) (?:a|de) (?:mourir|me tuer|me suicider|en finir|disparaitre)\b|"
         r"\bje (?:veux|voudrais|vais) (?:juste |vraiment |seulement )(?:mourir|disparaitre|en "
         r"finir|me tuer)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "quitarme vida seguir corto despertar despertarme siempre sin acabar cansado cansada "
         "lastimo dano",
         r"\bquitarme la vida\b|\bquitar(?:me)? mi (?:propia )?vida\b|\b(?:ya )?no quiero seguir "
         r"(?:aqui|viviendo|existiendo|asi|en este mundo)\b|\bya no quiero seguir(?= ?[,.!?]| ?$)|"
         r"\bme corto (?:los brazos|las munecas|las piernas|la piel|otra vez|de nuevo|cuando|"
         r"porque|para)\b|\bme (?:lastimo|hago dano|autolesiono)\b|\b(?:dormir y )?no "
         r"despertar(?:me)? (?:nunca|nunca mas|jamas|mas)\b|\b(?:desaparecer|dormir) para siempre"
         r"\b|\b(?:mejor|mas felices|estarian mejor|estaran mejor) sin mi\b|\bacabar con (?:todo|mi"
         r" vida)\b|\bcansad[oa] de (?:vivir|la vida|existir)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "acordar corto sumir desaparecer tirar vida sem mim morresse sumisse viver existir "
         "cansada cansado",
         r"\bnunca mais acordar\b|\bnao acordar (?:mais|nunca)\b|\bdormir (?:e nao acordar|para "
         r"sempre|pra sempre)\b|\beu me corto\b|\bme corto (?:quando|os bracos|de novo|toda|porque)"
         r"\b|\btirar (?:a )?(?:minha )?(?:propria )?vida\b|\b(?:sumir|desaparecer) (?:para|pra) "
         r"sempre\b|\bmelhor sem mim\b|\bmelhor se eu (?:morresse|sumisse|nao existisse|estivesse "
         r"mort[oa])\b|\bnao quero (?:mais )?(?:viver|existir)\b|"
         # "to cansada de viver": tired of living (Spanish has its own above)
         r"\bcansad[oa] de (?:viver|existir|estar viv[oa])\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "mehr leben aufwachen schlafen einschlafen ohne sinn sinnlos ritze schneide verletze "
         "ritzen schneiden",
         r"\bich (?:will|kann|mag) (?:einfach |echt |wirklich |halt |so |bald )?nicht mehr"
         r"(?= ?[,.!?]| ?$| (?:alles|ich|es|das|und|weil|aber)\b)|\b(?:mir|mich) das leben "
         r"(?:zu )?nehmen\b|\bnicht mehr aufwachen\b|"
         r"\bfur immer (?:schlafen|einschlafen|verschwinden)\b|\bohne mich (?:besser|glucklicher)"
         r"\b|\bbesser (?:dran )?ohne mich\b|\bohne mich (?:\w+ )?besser dran\b|\bmein leben (?:ist|"
         r"hat) (?:sinnlos|keinen sinn)\b|"
         r"\bich (?:ritze|schneide) mich\b|\b(?:ritze|schneide) ich mich\b|\bmich (?:ritzen|selbst "
         r"verletzen)\b|\bich verletze "
         r"mich (?:selbst|wieder)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "уйти покончить режу резала резал порезала порезал просыпаться проснуться лучше "
         "смысла исчезнуть",
         r"уйти из жизни|покончить с (?:собой|жизнью)|(?:режу|резала|резал|порезала|порезал) "
         r"(?:себе )?(?:руки|вены|себя|запястья)|не (?:хочу )?просыпаться|(?:заснуть|уснуть) и "
         r"не проснуться|(?:всем|всем будет|всем было бы) лучше без меня|лучше бы я (?:умер|"
         r"умерла|не родился|не родилась)|нет смысла жить|хочу исчезнуть навсегда", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "انهاء انهي حياتي الحياه استيقظ اصحى اعيش ابقى بدوني غيري اموت نفسي",
         r"(?:انهاء|انهي|اخلص من) حياتي|تعبت من (?:الحياه|حياتي|العيش)|(?:لا اريد|ما بدي|مابدي|"
         r"ما ابي|ما ابغى) (?:ان )?(?:استيقظ|اصحى|اعيش|ابقى)|(?:افضل|احسن) (?:بدوني|من غيري)|"
         r"اتمنى (?:ان )?(?:اموت|لو مت|اختفي)|(?:اجرح|اوذي|اذي) نفسي", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "活着 跳 醒来 永远 没有我 割 划 伤害自己 离开这个世界 自杀 自残",
         r"活着(?:没有?|没什么|有什么)意(?:思|义)|想(?:从.{0,8})?跳(?:下去|楼)|不想(?:再)?醒来|"
         r"永远(?:睡下去|睡着|不醒)|(?<!让[^我])(?<!让[^我].)(?<!让[^我]..)(?<!把[^我])(?<!把[^我].)"
         r"(?<!把[^我]..)永远消失|没有我.{0,4}(?:更好|好过)|我.{0,3}(?:割|划)(?:自己|手腕|"
         r"手臂|胳膊)|我.{0,3}伤害自己|想离开这个世界|想自杀|要自杀|我.{0,4}(?:自杀|自残)",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "बिना ख़त्म खत्म जीने ख़ुद खुद khatam jeene zindagi mere mar",
         r"मेरे बिना (?:सब|सभी|घरवाले)|सब (?:कुछ )?ख़?त्म कर (?:दू|दूं|दूँ|लू|लूं|लूँ)|"
               r"जीने का (?:मन|दिल) नहीं|ख़?ुद को (?:ख़?त्म|मार)|\bsab (?:kuch )?khatam kar (?:du|dun|"
               r"doon|dunga|dungi|lu|lun|loon)\b|\bjeene ka (?:mann|man|mn|dil) (?:nahi|nhi|nahin)"
               r"\b|\bzindagi (?:khatam|se thak)|\bkhud ko (?:khatam|maar|mar)\b|\bmere bina "
               r"(?:sab|sabhi)\b|\bmar jaun\b", framed="generic"),
    # -- second wave of families (heldout5): hopelessness, finality, method,
    # injury in the past tense, subjectless chat forms.  All first person.
    rule("self_harm:hopeless", "self_harm", "point",
         r"\b(?:do not|can not|cannot|no longer|never|not) (?:really |even )?see (?:the|any) point "
         r"(?:in|of|to) (?:living|life|waking up|getting up|going on|carrying on|being here|being "
         r"alive|existing|trying any ?more|anything any ?more|any of it|me)\b|\bwhat is the point "
         r"(?:of|in) (?:waking up|getting up|trying any ?more|anything any ?more|it all|my life)\b|"
         r"\bno point (?:in )?(?:waking up|getting up|carrying on|trying any ?more|my life)\b",
         framed="generic"),
    rule("self_harm:planning", "self_harm", "goodbye farewell suicide",
         r"\b(?:wrote|written|writing|write|left|leaving|made|making|recorded|recording) (?:my |a "
         r"|the |some |all (?:my )?|all the )?(?:goodbye|suicide|farewell) (?:letters?|notes?|"
         r"messages?|videos?|texts?)\b"
         # a goodbye letter for someone who moves away or retires is no farewell of the writer's
         r"(?!.*\b(?:moving|moves|move away|moved|new school|retir\w*|graduat\w*|exchange|abroad|"
         r"emigrat\w*|pen ?pal)\b)", framed="generic"),
    rule("self_harm:finality", "self_harm",
         "gone around here last should die disappear exist pills tablets meds painkillers",
         r"\bi (?:just )?(?:want|wanna|need) to be gone\b|\bi (?:will not|am not going to|will "
         r"never) be (?:here|around) (?:much longer|for long|tomorrow|any ?more|next week)\b" + _AWAY + r"|"
         r"\bthis is my last (?:night|day|message|goodbye|post)\b(?![^.!?]{0,40}\b(?:today|tonight|for "
         r"now|have to go|gotta go|got to go|need to go|see you|class|lesson|session|battery|in (?:this|"
         r"the|my) (?:house|town|school|room|chat|group|country)))|\bi should (?:just )?(?:die|"
         r"disappear|not exist|not be alive|kill myself)\b|\b(?:take|taking|took|swallow|"
         r"swallowing|swallowed) (?:all|every one) (?:of )?(?:my |the )?(?:[\w']+ ){0,2}(?:pills|"
         r"tablets|meds|painkillers)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "simple mieux heureux heureuse facile regretterait manquerais jeter bon reveiller "
         "coupee coupe scarifiee fait ouvert",
         r"\b(?:mieux|simple|heureux|heureuse|heureuses|facile|tranquilles?) (?:\w+ ){0,5}si "
         r"(?:j'?etais|je n'?etais|je netais) (?:plus|pas) la\b|\bpersonne (?:ne )?(?:me "
         r"regretterait|me regrettera|remarquerait|verrait)\b|\bje (?:ne )?(?:manquerais|"
         r"manquerai) a personne\b|\bme jeter (?:sous|par|du|de la|d'un|dans)\b|\ba quoi bon "
         r"(?:vivre|continuer|me reveiller|exister|rester)\b|\bje me suis (?:encore |de nouveau )?"
         r"(?:coupee?|scarifiee?|fait du mal|ouvert les veines)\b"
         # "je me suis coupé une part de gâteau": something cut for oneself
         r"(?! (?:une|un|des|du|de la) (?:\w+ )?(?:part|parts|tranche|tranches|morceau|morceaux|bout|"
         r"sandwich)\b)", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "pastillas pildoras medicamentos mejor tirarme nadie corte lastime hice dejar",
         r"\b(?:tomarme|tomar|tragarme|me tome|me trague) (?:todas|todos|un monton de|muchas|"
         r"un bote de) (?:las |mis |los )?(?:\w+ ){0,2}(?:pastillas|pildoras|medicamentos|"
         r"pastis)\b|\bmejor (?:desaparecer|morir|morirme|no existir|estar muert[oa])\b|"
         r"\btirarme (?:de|por|desde|del|al|a las|bajo) (?:un |una |el |la |las )?(?:puente|"
         r"ventana|edificio|balcon|azotea|tren|vias|metro|techo)\b|\bnadie me (?:echaria|va a "
         r"echar|extranaria|va a extranar) de menos\b|\bme (?:corte|lastime|hice dano) (?:otra vez|"
         r"de nuevo|los brazos|las munecas|las piernas|ayer|anoche|a proposito)\b|\bquiero dejar "
         r"de (?:existir|vivir)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "cortei machuquei machucando cortando falta morresse sumisse desaparecesse queria",
         r"\bme cortei\b|\bme machuquei (?:de proposito|de novo|outra vez)\b|\b(?:to|estou|tou)"
         r" me (?:machucando|cortando)\b|\bninguem (?:ia|iria|vai) sentir (?:a )?(?:minha )?falta"
         # "ninguem vai sentir falta dessa aula": the lesson is missed, not the writer
         r"\b(?! (?:d[aeo]s?|dess[ae]s?|disso|daquel\w*|dele|dela|no|na|em) (?!mim\b))|"
         r"\bse eu (?:morresse|sumisse|desaparecesse)\b|\bqueria (?:morrer|sumir|desaparecer|"
         r"nao existir)\b", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "will mochte ruhe los vermissen weg tot schneide sterben",
         r"\bich (?:will|mochte|wurde am liebsten) (?:\w+ ){1,3}(?:sterben|tot sein|nicht mehr "
         r"(?:leben|da sein|aufwachen))\b|\bruhe vor mir\b|\bdann (?:habt ihr|hast du|haben alle)"
         r" (?:endlich |eure |deine |ihre )*ruhe\b|\bseid ihr mich (?:endlich )?los\b|\bbald bin "
         r"ich (?:fur immer )?weg (?:und|dann)\b|\b(?:keiner|niemand) (?:wurde|wird) mich "
         r"vermissen\b|\bwenn ich (?:tot|nicht mehr da) (?:ware|bin)\b|\b(?:schneide|ritze) "
         r"(?:ich )?mir (?:in )?(?:den |die |meine )?(?:arm|arme|handgelenke?|beine?)\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "закончится кончится решила решил существовать жить заметит скучать",
         r"(?:скоро|сегодня|завтра) (?:все|это) (?:закончится|кончится)|не хочу (?:больше )?"
         r"существовать|устал[аи]? (?:жить|от жизни)|никто (?:даже )?не (?:заметит|будет скучать"
         r"(?! по (?!мне\b))|вспомнит)|я (?:уже )?(?:все )?решил[аи]? (?:уйти|покончить|умереть|все закончить)",
         framed="generic",
         requires="я меня мне мои моя решила решил хочу устал устала устали никто"),
    rule("self_harm:disclosure", "self_harm",
         "انام نام استيقظ اصحى اصحو افكر انهي سانهي معنى الحياه احد اؤذي اجرح اتمنى",
         r"(?:انام|نام|انم) و ?(?:لا|ما) (?:استيقظ|اصحى|اصحو|اقوم)|(?:لا|ما|لن) (?:استيقظ|اصحى|"
         r"اصحو) (?:ابدا|مره اخرى|بعد اليوم)|افكر (?:في|ب) (?:الانتحار|الموت|انهاء حياتي|قتل نفسي)|"
         r"(?:سانهي|انهي|ساضع حدا ل) ?(?:كل شيء|حياتي)|(?:الحياه|حياتي) (?:بلا|بدون|ليس لها|ما لها|"
         r"مالها) معنى|لا احد (?:سيفتقدني|سيهتم|يهتم بي|سيلاحظ|سيشتاق)|(?:اؤذي|اجرح|اذيت|جرحت) "
         r"نفسي|اتمنى (?:الموت|ان اختفي|لو اختفي|ان لا استيقظ)", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "消失 一了百了 跳下去 跳楼 划 割 活着 结束 在乎 死了 不在了 没人会",
         r"(?:如果|要是)?我(?:消失|死|不在)了?.{0,8}(?:更开心|更好|更轻松|解脱|高兴)|(?:如果|要是)我"
         r"(?:消失|死|不在)了|我(?:要是|如果)(?:消失|死|不在)了|一了百了|想(?:从.{0,6})?跳下去|(?:用刀|拿刀|用刀片)(?:划|割)|"
         r"(?:划|割)(?:手|自己|手腕|胳膊)|活着(?:好累|太累|真累)|想结束(?:这一切|一切|自己)|"
         r"没(?:有)?人会(?:想|在乎|记得)我(?!们)", framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "खुद ख़ुद अपने हाथ कलाई ब्लेड mar suicide khud haath marna jeena jine blade",
         r"ख़?ुद को (?:नुकसान|चोट|ख़?त्म|मार|काट)|अपने (?:आप )?को (?:नुकसान|चोट|ख़?त्म|मार)|"
               r"(?:हाथ|कलाई) (?:काट|पर ब्लेड)|ब्लेड से|मरना चाहत|मर जाना चाहत|"
               r"\bmar ja+(?:na|u|un|oon) (?:chah?t[aie]|hai|chahta|chahti)|\bmarna chah?t[aie]|"
               r"\bsuicide (?:kar (?:lu|lun|loon|lunga|lungi|leta|leti)|karna chah?t)|"
               r"\bkhud ko (?:hurt|nuksan|nuksaan|chot|cut|khatam|maar)|\bhaath (?:kaat|kat)|"
               r"\b(?:jeena|jina) nahi chah?t|\bjine ka (?:mann|man|dil) (?:nahi|nhi)|\bblade se",
         framed="generic"),
    # -- incitement aimed at others: bullying + self_harm ---------------
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "kys yourself die bleach jump drown",
         r"\bkys\b|\b(?:kill|hang|shoot|neck|rope|unalive) yourself\b|\bgo (?:and )?(?:die|kill "
         r"yourself)\b|\byou should (?:just |go )?(?:die|kill yourself|end it|not exist)\b|"
         r"\bhope you die\b|\bdrink bleach\b|\bwhy (?:do not|dont) you (?:just )?(?:die|kill "
         r"yourself|disappear)\b|\bgo (?:and )?(?:jump off|hang yourself|drown yourself|drown|"
         r"step in front of)\b|\bdo (?:everyone|us all|the world) a favou?r and die\b"),
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "va tue suicide matate muerete suicidate bring stirb sterben mata morre убей сдохни умри 去死",
         r"\bva" + _NOT_SUBJECT_FR + r" (?:te tuer|mourir|crever)\b|\btue[- ]toi\b|\bsuicide[- ]toi\b|"
         r"\b(?:matate|muerete|"
         r"suicidate)\b|\bbring dich um\b|\bstirb\b|\bgeh sterben\b|\bse mata\b|\bvai morrer\b|"
         r"убей себя|сдохни|иди умри|去死"),
    # -- abuse disclosure (safeguarding) ----------------------------------
    rule("safeguarding:abuse", "threat",
         "hits beats hurts kicks slaps punches chokes burns locks starves scared afraid terrified",
         r"\bmy (?:step ?dad|step ?mum|stepfather|stepmother|dad|mum|parents?|uncle|aunt|brother|"
         r"sister|cousin|grandad|grandpa|grandma|coach|teacher|babysitter|mum's boyfriend|mums "
         r"boyfriend|boyfriend|girlfriend|carer|foster \w+) (?:hits|beats|hurts|kicks|slaps|punches"
         r"|chokes|burns|locks|starves|hit|beat|hurt|kicked|slapped|punched|choked) me\b"
         r"(?! (?:at|in) (?:the |every |a )?(?:game|games|chess|fortnite|minecraft|roblox|fifa|"
         r"football|tennis|cards|racing|everything|\w+ kart)\b)|"
         r"\bi am (?:scared|afraid|terrified) (?:to go|of going) home\b|"
         r"\b(?:someone|he|she|they) (?:is|has been|keeps|are) (?:hurting|hitting|beating) me\b",
         framed="generic"),
    rule("safeguarding:abuse", "grooming", "touches touched touching abusing abused molested",
         r"\bmy (?:step ?dad|step ?mum|stepfather|dad|mum|uncle|brother|cousin|grandad|grandpa|"
         r"coach|teacher|babysitter|mum's boyfriend|mums boyfriend) (?:touches|touched|keeps "
         r"touching|abuses|abused|molested) me\b|\b(?:someone|he|she|they) (?:is|has been|keeps)"
         r" (?:touching|abusing) me\b", framed="generic"),
    rule("safeguarding:abuse", "threat", "frappe bat touche pega golpea toca maltrata bate бьет трогает",
         r"\bmon (?:beau-pere|beau pere|pere|oncle|frere) me (?:frappe|bat|touche)\b|\bma (?:mere|"
         r"belle-mere) me (?:frappe|bat)\b|\bmi (?:padrastro|padre|papa|madre|mama|tio) me (?:pega|"
         r"golpea|toca|maltrata)\b|\bmein (?:stiefvater|vater|onkel) (?:schlagt|beruhrt) mich\b|"
         r"\bmeu (?:padrasto|pai|tio) me (?:bate|toca)\b|(?:отчим|отец|папа|мама) (?:бьет|трогает)"
         r" меня", framed="generic"),
    rule("safeguarding:abuse", "threat",
         "hits beats kicks slaps punches chokes tape frappe bat cogne gifle يضربني تضربني يؤذيني",
         r"\bmy (?:step ?dad|step ?mum|stepfather|stepmother|dad|mum|parents|uncle|aunt|brother|"
         r"cousin|grandad|grandpa|coach|mum's boyfriend|mums boyfriend|carer) (?:\w+ ){1,5}?(?:and |"
         r"then )?(?:hits|beats|kicks|slaps|punches|chokes|beat|kicked|slapped|punched|choked) "
         r"(?:me|us)\b"
         r"(?! (?:at|in) (?:the |every |a )?(?:game|games|chess|fortnite|minecraft|roblox|fifa|"
         r"football|tennis|cards|racing|everything|\w+ kart)\b)|"
         r"\b(?:mon|ma) (?:beau pere|pere|mere|belle mere|oncle|frere|copain de ma "
         r"mere)\b(?: \w+){0,4} me (?:tape|frappe|bat|cogne|gifle|frappait|tapait)\b|"
         r"(?:ابي|ابوي|ابويا|والدي|امي|والدتي|زوج امي|عمي|خالي|اخي) (?:\S+ ){0,2}?(?:يضربني|"
         r"تضربني|يؤذيني)", framed="generic"),
]

# -- third wave: hiding self-injury (first person), all languages -----------
RULES += [
    rule("self_harm:injury", "self_harm",
         "sleeves hoodie hoodies jumper jumpers sweater sweaters bracelets bandages plasters "
         "makeup concealer foundation",
         r"\bi (?:\w+ ){0,3}?(?:wear|wearing|wore|hide|hiding|hid|cover|covering|covered|use|"
         r"using|put on)\b[^.!?]{0,30}\b(?:sleeves|hoodies?|jumpers?|sweaters?|bracelets?|"
         r"bandages?|plasters?|makeup|concealer|foundation)\b[^.!?]{0,40}\b(?:cuts|scars|marks|"
         r"wounds|cutting|burns|what i did|what i do|no one|nobody|noone|cut|cut again)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "sees see notice notices knows find",
         r"\b(?:cut|cutting|slit|sliced|carved|blade|bladed|razor|razored|burned|burnt|scratched|"
         r"used a \w+)\b (?:\w+ )?(?:on |into |in )?(?:my|myself on my|me on my) (?:\w+ )?"
         r"(?:thighs?|legs?|stomach|belly|hips?|arms?|wrists?|ankles?|skin)\b[^.!?]{0,40}"
         r"\b(?:so|where|because|bc|cause|coz|cos|that) (?:no one|nobody|noone|no body|people|"
         r"they|my parents|my mum|my mom|my dad|it) (?:\w+ )?(?:see|sees|notice|notices|look|"
         r"looks|find out|show|shows|know|knows)\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "blade razor knife sharpener scissors compass thighs wrists hips stomach again",
         r"\bused (?:a |the |my )?(?:blade|razor|razor blade|knife|sharpener|compass|scissors|"
         r"glass) on (?:my|myself)\b|\b(?:i |i have |ive |i just )?(?:cut|cutting|slit|sliced|"
         r"carved|bladed) (?:on |into )?my (?:thighs|wrists|hips|stomach|upper arms|inner arms)\b|"
         r"\b(?:i |i have |ive |i just )?(?:cut|cutting|bladed) (?:on )?my (?:\w+ )?(?:arms?|"
         r"legs?|thighs?|wrists?) again\b", framed="generic"),
    rule("self_harm:injury", "self_harm", "cut cuts cutting scars hide cover hid covered",
         r"\b(?:i cut|i have been cutting|i am cutting|i self harm|my cuts|my scars|the cuts|the scars)"
         r"\b[^.!?]{0,40}?\bi (?:hide|cover|hid|covered|have to hide) (?:it|them|this|that)\b|"
         r"\bi (?:hide|cover|hid|covered) (?:it|them) (?:under|with) (?:my )?(?:sleeves|hoodies?|"
         r"jumpers?|bracelets?)\b[^.!?]{0,30}\b(?:cuts|scars|cutting|self harm|cut)\b", framed="generic"),
    rule("self_harm:injury", "self_harm", "escondo tapo oculto cubro cache verstecke",
         r"\b(?:escondo|tapo|oculto|cubro) (?:mis |los |las |os |as |meus |minhas )?(?:cortes|"
         r"cicatrices|cicatrizes|heridas|feridas|marcas)\b|\bje (?:cache|planque) (?:mes |les )?"
         r"(?:coupures|cicatrices|marques|blessures|bras|poignets)\b|\bich (?:verstecke|verdecke|"
         r"verstecke) (?:meine |die )?(?:narben|schnitte|wunden|arme)\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "coupe scarifie mutile brule porte mets garde cacher coupures cicatrices",
         r"\bje me (?:coupe|suis coupee?|scarifie|suis scarifiee?|mutile|brule|fais des coupures)"
         r" (?:encore |toujours |souvent )?(?:les |aux |au niveau des |sur les )?(?:cuisses|"
         r"poignets|bras|hanches|ventre|jambes)\b|\b(?:je|j') ?(?:porte|mets|garde|cache)\b"
         r"[^.!?]{0,40}\b(?:cacher|cache|personne ne (?:les )?(?:voie|voit|remarque))\b[^.!?]{0,20}"
         r"\b(?:coupures|cicatrices|marques|blessures|entailles|bras|poignets)\b|\b(?:coupe|coupure"
         r"|coupures|scarifie|cicatrices)\b[^.!?]{0,40}\bpour que personne ne (?:le |les )?"
         r"(?:voie|voit|remarque|sache)\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "corto corte cortes lastimo quemo rajo autolesiono manga mangas sudadera pulseras nadie",
         r"\bme (?:corto|corte|hago cortes|lastimo|quemo|rajo|autolesiono) (?:en )?(?:los |las |el |"
         r"la |mis )?(?:muslos|piernas|brazos|munecas|panza|barriga|estomago|caderas)\b|"
         r"\b(?:uso|llevo|me pongo|traigo)\b[^.!?]{0,20}\b(?:manga larga|mangas largas|sudaderas?|"
         r"pulseras?|vendas?|curitas)\b[^.!?]{0,40}\b(?:esconder|tapar|ocultar|cubrir|que nadie)\b"
         r"[^.!?]{0,20}\b(?:cortes|cicatrices|heridas|marcas|brazos|munecas|vea|vean)\b|"
         r"\b(?:me corto|me corte|me hago cortes|cortarme|cortes|heridas|cicatrices)\b[^.!?]{0,40}"
         r"\bpara que nadie (?:lo |los |las |me )?(?:vea|vean|note|se entere)\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "corto cortei machuco machuquei queimo mutilo manga moletom blusa casaco ninguem",
         r"\b(?:eu )?me (?:corto|cortei|machuco|machuquei|queimo|mutilo) (?:na |nas |no |nos |"
         r"meus |minhas )?(?:coxas?|pernas?|bracos?|pulsos?|barriga)\b|\b(?:uso|usei|coloco|visto|"
         r"escondo)\b[^.!?]{0,30}\b(?:manga comprida|mangas compridas|manga longa|moletom|blusa|"
         r"casaco|pulseiras?)\b[^.!?]{0,40}\b(?:esconder|escondo|cobrir|tapar|ninguem)\b[^.!?]{0,20}"
         r"\b(?:cortes|cicatrizes|marcas|machucados|ver|veja|perceber)\b|\b(?:me corto|me cortei|"
         r"cortes|cicatrizes|machucados)\b[^.!?]{0,40}\b(?:pra|para) ninguem (?:ver|perceber|saber|"
         r"notar)\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "ritze ritz schneide schneid verletze trage trag ziehe zieh",
         r"\bich (?:ritze|ritz|schneide|schneid|verletze) mich\b[^.!?]{0,40}\b(?:damit (?:es |das |"
         r"sie )?(?:keiner|niemand)|verstecke|versteck|oberschenkel|beine|arme|handgelenke|"
         r"bauch)\b|\bich (?:trage|trag|ziehe|zieh) (?:\w+ )?(?:lange armel|langarm\w*|pullis?|"
         r"pullover|hoodies?|armbander)\b[^.!?]{0,40}\b(?:narben|schnitte|wunden|verstecken|keiner "
         r"sieht|niemand sieht|keiner die|niemand die)\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "режу порезала порезал резала резал царапаю жгу ношу надеваю хожу прячу скрываю порезы шрамы",
         r"\b(?:режу|порезала|порезал|резала|резал|царапаю|жгу) (?:себе |себя |опять |снова )*"
         r"(?:бедра|руки|ноги|запястья|живот|вены)\b|\b(?:ношу|надеваю|хожу в)\b[^.!?]{0,30}"
         r"(?:рукав|кофт|толстовк|свитер|браслет)[^.!?]{0,40}(?:скрыть|спрятать|прятать|не видел|"
         r"не видели|не заметил|не заметили|порезы|шрамы)|\b(?:прячу|скрываю|закрываю) (?:свои |мои |"
         r"все )?(?:порезы|шрамы|раны)\b|\b(?:порезы|шрамы|режу|порезала|порезал)\b[^.!?]{0,40}"
         r"чтобы никто не (?:видел|увидел|заметил|узнал)", framed="generic"),
    rule("self_harm:injury", "self_harm", "割 划 刮 烫 长袖 伤口 伤疤",
         r"我[^。！？?!]{0,6}(?:割|划|刮|烫)(?:了|伤)?(?:自己的?|我的)?(?:大腿|手腕|手臂|胳膊|腿|腕)|"
         r"(?:穿|戴)(?:着)?(?:长袖|外套|手环|护腕)[^。！？?!]{0,6}(?:遮|盖|挡|藏|掩)[^。！？?!]{0,4}"
         r"(?:伤口|伤疤|疤|割痕|划痕)|(?:遮住|藏起|挡住|掩盖)[^。！？?!]{0,6}(?:伤口|伤疤|疤痕|割痕|划痕)"),
    rule("self_harm:injury", "self_harm",
         "اجرح جرحت اقطع قطعت اؤذي جروحي الجروح ندوبي اخبي اخفي اغطي",
         r"(?:اجرح|جرحت|اقطع|قطعت)(?: نفسي)?(?: \S+){0,2}? (?:فخذي|فخذ|ذراعي|ايدي|يدي|معصمي|رجلي|"
         r"بطني)|(?:اجرح|جرحت|جروحي|الجروح|ندوبي)[^.!?]{0,40}(?:حتي|عشان|كي|لكي) (?:لا|ما) "
         r"(?:يري|يشوف|يلاحظ|يعرف)|(?:اخبي|اخفي|اغطي) (?:الجروح|جروحي|الندوب|ندوبي|الجرح)"),
    rule("self_harm:injury", "self_harm",
         "kaat kat kaatti katti kaatta katta kaata kata jala taaki taki खुद अपनी अपने",
         r"\b(?:apne aap ko|khud ko|apni (?:jaangh|jangh|kalai|baah|bazu)|apne "
                       r"(?:haath|hath|pair))\b(?: \w+){0,2}? (?:kaat|kat|kaatti|katti|kaatta|katta|"
                       r"kaata|kata|jala|jalati|jalata)\b|\b(?:kaat|kat|kaatti|katti|cut)\b"
                       r"[^.!?]{0,40}\b(?:taaki|taki) koi (?:na|nahi) dekhe\b|"
                       r"(?:खुद को|अपनी (?:जांघ|कलाई)|अपने हाथ)(?: \S+){0,2}? (?:काट|काटती|काटता|"
                       r"जलाती|जलाता)"),
]

# -- cutting again, in the languages whose rules only had the present tense --
# ("me volvi a cortar ayer", "mi sono tagliata di nuovo"); a haircut, nails or a
# finger cut while cooking are not this
_AGAIN = r"(?:otra vez|de nuevo|de novo|outra vez|di nuovo|ancora|un'altra volta|encore|a nouveau|de nouveau)"
RULES += [
    rule("self_harm:disclosure", "self_harm",
         "volvi corte cortei voltei tagliata tagliato taglio coupee coupe geritzt ritze",
         r"\bme volvi a cortar\b|\bvolvi a cortarme\b|\bme corte " + _AGAIN + r"\b|\bme cortei "
         + _AGAIN + r"\b|\bvoltei a me cortar\b|\bmi sono (?:tagliat[oa]|ferit[oa]) " + _AGAIN
         + r"\b|\bmi taglio(?! (?:i capelli|le unghie|la frangia|il dito|con la carta))\b(?= "
         r"(?:di nascosto|ogni|quando|spesso|ancora|di nuovo)|\s*[.!?,]|$)|\bje me suis (?:encore )?"
         r"coupee? (?:encore|a nouveau|de nouveau)\b|\b(?:hab|habe) mich (?:wieder|schon wieder|"
         r"gestern|heute) (?:\w+ )?geritzt\b",
         framed="generic"),
    # not eating to look a certain way, fasting for days, making oneself sick
    rule("self_harm:eating", "self_harm",
         "stopped eaten eating day throw sick vomit deje parei arrete aufgehort smesso перестала "
         "перестал",
         r"(?:\bi (?:have )?stopped eating\b(?! (?:meat|sugar|junk|fast food|sweets|chocolate|gluten|"
         r"dairy|pork|beef|fish|chips|candy|at|after|before|late|in|when|because (?:i was|of the)))|"
         r"\b(?:have not|haven't|havent|did not|didn't|didnt) (?:really )?eaten (?:in|for) (?:\d+|"
         r"two|three|four|five|six|several|a few) days\b|\bday (?:\d+|four|five|six|seven) (?:of )?"
         r"(?:not eating|without food|no food)\b|\bi (?:make|made) myself (?:throw up|be sick|sick|vomit)\b|\bdeje de "
         r"comer\b|\bparei de comer\b|\bj'ai arrete de manger\b|\b(?:hab|habe) aufgehort zu essen"
         r"\b|\bho smesso di mangiare\b|\bперестал[а]? есть\b)(?! (?:la |le |el |a |o |das |den |die |)"
         r"(?:carne|viande|fleisch|мясо|dulces|doces|zucchero|azucar|acucar|sucre|zucker|comida "
         r"rapida|fast food|junk))",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "sparire finita",
         r"\b(?:vorrei|voglio) (?:solo |soltanto )?sparire per sempre\b|\b(?:voglio|vorrei|come|"
         r"quando|deciso di|pensando di) farla finita\b(?! con)", framed="generic"),
]

# -- relapse after a clean streak ("relapsed on s/h again", "3 months clean gone") --
RULES += [
    rule("self_harm:disclosure", "self_harm", "relapsed relapse relapsing clean thing",
         r"\b(?:relapsed|relapse|relapsing) (?:on |into |with )?(?:s h|sh|self ?harm|cutting)\b|"
         r"\bdid (?:the )?(?:s h|sh|self ?harm) thing\b|"
         # (the phrase form reads a lone "2" or "4" as chat "to"/"for")
         r"\b(?:\d+|one|two|to|three|four|for|five|six|seven|eight|nine|ten|a few|several) "
         r"(?:days?|weeks?|months?|years?) "
         r"(?:sh |s h |self ?harm )?clean (?:gone|ruined|lost|over|wasted|broken|down the drain)\b",
         framed="generic"),
]

# -- fourth wave: indirect disclosures (en, es, fr, pt, de) ------------------
# Families rather than sentences: "not a problem/burden much longer",
# giving possessions away, goodbye letters, "no point anymore", "I can't
# anymore", pills in numbers, "nobody would notice if...", wounds getting
# worse, sleeves worn to hide the arms.  First person; "generic" frames only
# excuse third-person advice ("if a friend says everyone is better off...").
RULES += [
    rule("self_harm:finality", "self_harm",
         "problem burden bother longer deal worry soon unalive sewerslide deserve worth over "
         "tonight end goodbye disappearing vanishing",
         r"\b(?:i|soon i|i soon) (?:will not|am not going to|will no longer|would not|will soon not)"
         r" be (?:[\w']+ ){0,2}?(?:problem|burden|bother|issue|pain)s?\b(?: (?:to |for )?(?:\w+ )?"
         r"(?:much|any|for) ?(?:longer|more|long)| soon| after (?:tonight|today|this))" + _AWAY + r"|"
         r"\bsoon i (?:will not|would not|am not going to) be (?:[\w']+ ){0,2}?(?:problem|burden)s?\b|"
         r"\b(?:will not|do not|would not) (?:have to|need to) (?:deal with|worry about|put up with"
         r"|see|hear from) me (?:much |any |for )?(?:longer|more|long|again|after (?:tonight|today))"
         r"\b|\b(?:want|wanna|going|need|planning|plan|thinking about|about) (?:to )?unalive\b|"
         r"\bi (?:\w+ )?deserve to (?:die|hurt|suffer|be dead|be in pain|feel pain|disappear|be "
         r"hurt|not exist|not be here)\b|\b(?:life|my life|living) (?:is not|is no longer|not|"
         r"isnt) worth (?:living|it any ?more|anything)\b|\bwant (?:it|this|everything|my life|"
         r"it all|all of (?:it|this)) to be over\b|\b(?:tonight|today|tomorrow) (?:is the (?:night|"
         r"day) )?i (?:will |am going to )?end (?:it|it all|things|everything|my life)\b|"
         r"\b(?:disappearing|vanishing) (?:forever|for good)\b|"
         r"\bthis is (?:my )?(?:final |last )?goodbye (?:forever|for good|for real|to (?:this|the)"
         r" world)\b|\bthis is my (?:final|last) goodbye\b",
         framed="generic"),
    rule("self_harm:planning", "self_harm",
         "give giving gave given need gone dead",
         r"\b(?:give|giving|gave|given) (?!me |us |back )(?:\w+ ){0,3}?(?:away )?(?:all )?(?:of )?my (?:stuff|"
         r"things|belongings|possessions|favou?rite (?:things|stuff))\b(?! (?:away )?(?:to|for) "
         r"(?:charity|a charity|the charity|donation|the charity shop|the school fair))|"
         r"\bi (?:will not|am not going to|would not) need (?:it|them|any of (?:it|this|them|my "
         r"stuff)) (?:where i am going|after (?:tonight|i am gone))\b|"
         r"\b(?:letters?|notes?|messages?|videos?) (?:\w+ ){0,4}?"
         r"(?:for )?(?:after|when) i am (?:gone|dead|not here any ?more)\b",
         framed="generic"),
    rule("self_harm:hopeless", "self_harm", "more", r"\b(?:can not|cannot) (?:do (?:this|it|life|"
         r"this life) )?(?:any|no) more(?= ?[.!?,]| ?$| i )",
         framed="generic", requires="cant cannot"),
    rule("self_harm:hopeless", "self_harm", "point anymore way future",
         r"\bno point any ?more\b|\bno point (?:in )?(?:anything|living|trying) any ?more\b|"
         r"\bwhat is (?:even )?the point (?:any ?more|of anything|of it all|of me|of even trying)\b|"
         r"\bwhat is even the point\b(?= ?[.!?]| ?$)|\b(?:i|i just|i really|i honestly|i "
         r"literally|i seriously) (?:can not|cannot) (?:do (?:this|it|life|this life) )?(?:any ?more|"
         r"no more)(?= ?[.!?,]| ?$| i | (?:honestly|fr|tbh|seriously|please|pls|help|someone|"
         r"everything|with (?:this(?: life| world)?|my life|life|everything)(?= ?[.!?,]| ?$| i | any ?more| "
         r"honestly| fr)))|\bcan not do this no more\b|"
         r"\b(?:do not|can not|no longer|never) see (?:a|any) (?:way out|future)(?= ?[.!?,]| ?$| "
         r"any ?more| at all| for me)",
         framed="generic"),
    rule("self_harm:method", "self_harm",
         "pills tablets meds painkillers paracetamol tylenol ibuprofen",
         r"\b(?:took|swallowed|taken|downed|take|swallow|popped|ate|overdosed on) (?:like |about |"
         r"around |maybe |almost |over |nearly )?(?:[5-9]|[1-9]\d+|ten|twenty|fifteen|thirty|fifty|"
         r"a hundred|a whole (?:bottle|box|pack|packet|strip|load)(?: of)?|the whole (?:bottle|box|"
         r"pack|packet|strip)(?: of)?|a (?:bottle|box|pack|packet) of|an entire (?:bottle|box|"
         r"pack|packet)(?: of)?) (?:of )?(?:my |the |mums |my mums |mum's )?(?:\w+ )?(?:pills|"
         r"tablets|meds|painkillers|paracetamol|tylenol|ibuprofen|sleeping pills)\b",
         framed="generic"),
    rule("self_harm:finality", "self_harm", "notice care miss realise realize remember cry",
         r"\b(?:no one|would anyone|will anyone|does anyone|would anybody|anyone) (?:would |will |"
         r"even |really |actually |ever )*(?:care|notice|miss me|realise|realize|remember me|cry)"
         r"\b[^.!?]{0,12}\bif i (?:was|were|am|died|disappeared|vanished|killed myself|was not|did "
         r"not|just|left(?= ?[.!?,]| ?$| forever| for good| this world))",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "cuts scars wounds burns sleeves hoodie hoodies jumper jumpers sweater",
         r"\bmy (?:cuts|scars|wounds|burns) (?:are|keep|have been|got|get|were|is) (?:\w+ )?"
         r"(?:deeper|worse|bleeding|infected|showing|opening|reopen\w*|bigger|more)\b|"
         r"(?:^|[.!?] |\bi (?:\w+ ){0,3}?)(?:wear|wearing|wore|have to wear|always wear|still wear)"
         r" (?:\w+ )?(?:long sleeves?|hoodies?|jumpers?|sweaters?)\b[^.!?]{0,40}\b(?:so (?:no one|"
         r"people|my parents|my mum|my dad) (?:\w+ ){0,2}?(?:sees?|notices?|asks?|can see|will see|"
         r"finds? out)|because of (?:my|the) (?:arms|wrists|cuts|scars|marks|legs|thighs|burns)|to "
         r"(?:hide|cover) (?:my|the) (?:arms|wrists|cuts|scars|marks|legs|thighs|burns))\b",
         framed="generic"),
    # es / pt
    rule("self_harm:disclosure", "self_harm",
         "puedo problema carga molestia regalando regale regalo regalar cosas despedida despertar "
         "despertarme dano cortando lastimando autolesionando nadie sentido harta harto manga "
         "mangas sudadera corto",
         r"\b(?:ya )?no puedo mas(?= ?[.!?,]| ?$| con (?:esto|mi vida|la vida|todo|nada)| (?:de "
         r"verdad|en serio|enserio|ya|lo siento))|\b(?:no|ya no|pronto no|pronto ya no) (?:voy a "
         r"ser|sere|seguire siendo) (?:un |una )?(?:problema|carga|molestia)\b|\bsoy (?:solo |"
         r"solamente |nada mas que )?una (?:carga|molestia)\b|\b(?:regalando|regale|regalar|voy a "
         r"regalar|repartiendo|reparti|dando|di) (?:todas )?(?:mis|todas mis) cosas\b(?! viejas| "
         r"que no uso| a (?:la )?caridad)|\b(?:escribi|escribo|escribiendo|deje|dejo|hice|grabe|"
         r"voy a (?:escribir|dejar|grabar)) (?:una |unas |mi |mis |las |un )?(?:cartas?|notas?|"
         r"mensajes?|videos?) de despedida\b(?!.*\b(?:se muda|se va a mudar|mudanza|se va a vivir|se "
         r"jubila|intercambio|se cambia de (?:colegio|escuela|cole))\b)|\b(?:no quiero|ojala no|"
         r"quisiera no|prefiero no|quiero no) (?:volver a )?despertar(?:me)?\b(?! temprano| tan "
         r"temprano| pronto| a las| para| antes)|\bme (?:he estado|estoy|sigo) (?:haciendo dano|cortando|lastimando|"
         r"autolesionando|quemando)\b(?! (?:el|las|los|la|mi|mis) (?:pelo|unas|cabello|flequillo|"
         r"puntas|dedo))|\bnadie (?:me )?(?:extranaria|echaria de menos|lloraria|me extranaria)\b|"
         r"\bnadie (?:lo )?(?:notaria|se daria cuenta|se enteraria)\b[^.!?]{0,20}\bsi (?:me |yo )?"
         r"(?:fuera|muero|muriera|desaparezco|desapareciera|no estuviera|ya no estoy|me voy)\b|"
         r"\b(?:ya nada|you nada|nada ya) tiene sentido\b|\bno tiene sentido (?:seguir|vivir|existir|seguir "
         r"viviendo)(?= ?[.!?,]| ?$| asi| aqui| con vida)|\b(?:mi vida|la vida|vivir) (?:ya )?no "
         r"tiene (?:ningun )?sentido\b|\b(?:hart[oa]|cansad[oa]) de (?:vivir|la vida|existir|estar "
         r"viv[oa])\b|\b(?:manga larga|mangas largas|sudaderas?)\b[^.!?]{0,40}\b(?:para que no "
         r"(?:me )?(?:vean|vea|noten|pregunten)|para (?:esconder|tapar|ocultar) (?:mis |los |las )?"
         r"(?:cortes|cicatrices|brazos|munecas|marcas|heridas))\b|\bme corto(?= ?[.!?,]| ?$| "
         r"(?:todos los dias|todo dia|toda hora|sempre|siempre|a veces|as vezes|de novo|otra vez|"
         r"cuando|quando|porque|por que|"
         # secrecy, frequency, duration: "me corto escondido faz meses", "de vez en cuando"
         r"escondid[oa]|a escondidas|en secreto|em segredo|de vez en cuando|de vez em quando|"
         r"todas las noches|todas as noites|desde hace|hace (?:meses|semanas|anos|tiempo)|faz (?:meses|"
         r"semanas|anos|tempo)|y nadie|e ninguem|sin que nadie|sem que ninguem|seguido|a menudo))",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "aguento problema peso fardo coisas despedida acordar remedio remedios comprimidos "
         "pilulas calmantes sentido acabar",
         r"\bnao aguento mais(?= ?[.!?,]| ?$| (?:viver|essa vida|minha vida|de verdade|serio|nada|"
         r"isso tudo|tudo isso|a vida|existir))|\b(?:nao vou|logo nao vou|vou deixar de) ser (?:um "
         r"|uma )?(?:problema|peso|fardo|incomodo)\b|\bsou (?:so |apenas )?(?:um |uma )?(?:peso|"
         r"fardo) (?:pra|para|na vida)\b|\b(?:dando|doando|dar|dei|distribuindo|distribui) (?:todas"
         r" )?(?:as )?minhas coisas\b(?! (?:velhas|antigas|pra caridade|para caridade|pra doacao))|"
         r"\b(?:escrevi|escrevendo|escrevo|deixei|deixo|gravei|vou (?:escrever|deixar|gravar)) "
         r"(?:uma |umas |minha |minhas |as |um )?(?:cartas?|bilhetes?|mensagens?|videos?) de "
         r"despedida\b(?!.*\b(?:vai se mudar|se muda|se mudou|mudanca|intercambio|se aposenta|muda de "
         r"escola)\b)|\b(?:nao quero|queria nao|tomara que eu nao|espero nao) (?:mais )?"
         r"acordar\b(?! cedo| tarde| as | para| pra)|\b(?:tomei|engoli|vou tomar|tomar) (?:um "
         r"monte de|muitos?|muitas|varios|todos os|todas as|uma cartela (?:de|inteira de)|a cartela"
         r" toda de|[5-9]|[1-9]\d+) (?:meus |os |as |minhas )?(?:remedios?|comprimidos|pilulas|"
         r"calmantes)\b|\bnada mais faz sentido\b|\bnada faz mais sentido\b|\b(?:a vida|minha vida)"
         r" nao (?:faz|tem) (?:mais )?sentido\b|\bnao tem (?:mais )?sentido (?:viver|continuar|"
         r"existir)\b|\b(?:vou|quero) acabar com (?:tudo|a minha vida|minha vida)(?= ?[.!?]| ?$| de "
         r"vez| hoje)",
         framed="generic"),
    # fr
    rule("self_harm:disclosure", "self_harm",
         "jen peux probleme fardeau poids boulet affaires dadieu reveiller brule brulee "
         "cachets medocs medicaments pilules comprimes somniferes remarquerait sert interet",
         r"\b(?:j'en|jen|je n'en|je nen) peux plus(?= ?[.!?,]| ?$| (?:de (?:cette vie|vivre|la vie|"
         r"tout|ma vie|rien|moi)|honnetement|vraiment|serieux|la|sah))|\bje (?:ne )?peux plus(?= ?"
         r"[.!?]| ?$)|\bje (?:ne )?(?:serai|serais|vais) (?:plus|bientot plus|pas)(?: etre)? (?:un "
         r"|une )?(?:probleme|fardeau|poids|charge)\b|\bje suis (?:juste |qu'un |seulement )?(?:un "
         r"fardeau|un poids pour|une charge pour|un boulet pour)\b|\bje (?:donne|donnerai|vais "
         r"donner|ai donne|distribue) (?:toutes )?(?:mes affaires|toutes mes affaires|mes trucs|mes"
         r" choses)\b(?! (?:a (?:une|des) associations?|a la croix rouge|a emmaus))|\b(?:j'ai ecrit|"
         r"jai ecrit|j'ecris|je vais ecrire|j'ai laisse|je laisse|ecrit|ecrire|laisser) (?:une |des "
         r"|ma |mes |un |mon )?(?:lettres?|mots?|messages?|videos?) d'adieu\b"
         # a farewell card for a teacher who retires or a friend who moves is no goodbye of the writer's
         r"(?![^.!?]*\b(?:retraite|demenag\w*|mutee?|correspondant\w*|nouvelle ecole|change d'ecole)\b)|"
         r"\b(?:je veux|je "
         r"voudrais|j'ai envie de|jveux|envie de) (?:pas|plus|ne pas|ne plus|jamais) (?:me )?"
         r"reveiller\b(?! tot| a \d| de bonne heure)|\bje (?:ne )?veux (?:pas|plus) me reveiller\b"
         r"(?! tot| a \d| de bonne heure)|\bje me (?:suis )?brul(?:e|ee|es)\b[^.!?]{0,20}\b(?:expres"
         r"|briquet|cigarette|encore|volontairement|a nouveau|pour (?:me|avoir))\b|\b(?:j'ai (?:pris"
         r"|avale)|jai (?:pris|avale)|je vais (?:prendre|avaler)) (?:plein de|toute (?:la|une) "
         r"(?:boite|plaquette) (?:de|d')|toutes? (?:mes|les)|trop de|une boite de|une plaquette de|"
         r"beaucoup de|un tas de|[5-9]|[1-9]\d+) ?(?:cachets|medocs|medicaments|pilules|comprimes|"
         r"doliprane|somniferes)\b|\bpersonne (?:ne )?(?:remarquerait|verrait|s'en rendrait compte|"
         r"me regretterait|pleurerait)\b[^.!?]{0,20}\bsi (?:je|j')|\b(?:ca sert a rien|ca ne sert a "
         r"rien|ca sert plus a rien|sert a rien|aucun interet|plus aucun interet|plus de raison|"
         r"aucune raison) (?:de |a )?(?:vivre|continuer a vivre|rester en vie|exister|me reveiller)"
         r"\b",
         framed="generic"),
    # de
    rule("self_harm:disclosure", "self_harm",
         "belastung klotz verschenke verschenk verschenkt verschenken geb gebe "
         "abschiedsbrief abschiedsbriefe abschiedsnachricht abschiedsvideo packung schachtel "
         "tabletten pillen schlaftabletten merken auffallen bemerken vermissen ware sinn "
         "geritzt geschnitten verbrannt",
         r"\bich bin (?:bald|dann|eh bald|sowieso bald|dann bald) (?:kein|keine) (?:problem|last|"
         r"belastung) mehr\b|\bich bin (?:nur |doch nur |eh nur |einfach nur |fur alle )?(?:eine "
         r"last|ein klotz am bein|eine belastung)\b(?! fur (?:das|die) (?:team|mannschaft))|"
         r"\b(?:verschenke|verschenk|verschenken) (?:alle |all )?(?:meine|meine ganzen) (?:sachen|"
         r"lieblingssachen|zeug)\b|\bmeine (?:ganzen )?(?:sachen|lieblingssachen) (?:\w+ )?"
         r"verschenkt\b|\bich (?:gebe|geb) (?:alle |all )?meine (?:sachen|lieblingssachen) weg\b|"
         r"\b(?:ich (?:hab|habe|schreibe|schreib|werde|hinterlasse)|hab|habe) (?:\w+ ){0,3}?"
         r"(?:abschiedsbrief\w*|abschiedsnachricht\w*|abschiedsvideo\w*)(?! (?:fur|an) )|"
         r"\b(?:ganze|ganzen) (?:packung|schachtel|dose) (?:\w+ )?(?:tabletten|pillen|medikamente|"
         r"schlaftabletten) (?:genommen|geschluckt|nehmen|schlucken)\b|\b(?:viele|zu viele|[5-9]|"
         r"[1-9]\d+|alle|ne menge|eine menge|nen haufen|einen haufen|ne handvoll|eine handvoll) "
         r"(?:\w+ )?(?:tabletten|pillen|schlaftabletten) (?:genommen|geschluckt)\b|\b(?:niemand|"
         r"keiner|keinem) (?:wurde|wird|wurds) (?:es |das |mich )?(?:merken|auffallen|bemerken|"
         r"vermissen)\b[^.!?]{0,15}\bwenn ich (?:weg|tot|nicht mehr)\b|\bwenn ich weg ware\b|"
         r"\b(?:alles|es|das leben|mein leben|leben|nichts) (?:hat|macht) (?:alles |doch |eh |"
         r"einfach |echt |irgendwie |mehr )*(?:keinen )?sinn mehr(?= ?[.!?,]| ?$| (?:zu leben|"
         r"weiterzumachen|weiter zu leben|fur mich|ich))|\b(?:ich )?(?:hab|habe) mich (?:\w+ )?"
         r"geritzt\b|\b(?:ich )?(?:hab|habe) mich (?:wieder|absichtlich|extra|selbst|schon wieder)"
         r" (?:geschnitten|verletzt|verbrannt)\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "problem last",
         r"\bich bin (?:bald|dann|eh bald|sowieso bald|dann bald) (?:kein|keine) (?:problem|last)"
         r" mehr\b|\bich bin (?:nur |doch nur |eh nur |einfach nur |fur alle )?eine last\b",
         framed="generic", requires="bin"),
    # algospeak topic words ("sewerslide", "s*icide"): excusable like the plain word
    rule("self_harm:topic", "self_harm", "sewerslide suicde sucide",
         r"\b(?:sewerslide|suicde|sucide)\b"),
    # incitement aimed at others, more forms (bullying + self_harm)
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "die disappear vanish ojala espere morre morra creve crever hoffe verreck krepier "
         "tomara espero geh",
         r"(?:^|[.!?] |\b(?:just|please|pls|go|now) )die (?:already|alone|in a hole|in a ditch|"
         r"irl|pls|please)\b|\byou should (?:just |go )?(?:disappear|vanish|jump|leave forever|go "
         r"die)\b|\bojala (?:te mueras|te murieras|te mates|desaparezcas)\b|\bj'?espere (?:que )?tu"
         r" (?:vas )?(?:crever|mourir|meures|creves)\b|(?:^|[.!?] )(?:creve|va crever)\b"
         # "crevé de ouf après l'entraînement, je dors direct": worn out, not "die!"
         r"(?! de (?:ouf|fatigue|dingue)| apres\b)(?!.*\b(?:dormir|dors|dodo|sieste|fatigue)\b)|"
         r"(?:^|[.!?] )morr[ea]\b(?= ?[.!?]| ?$| logo| de vez| (?:sua|seu) )|\b(?:tomara|espero) "
         r"que (?:voce |vc |video call |tu )?(?:morra|se mate|suma)\b|\bich hoffe,? du (?:stirbst|"
         r"krepierst|verreckst)\b|\bgeh (?:doch )?(?:sterben|krepieren|verrecken)\b|\b(?:verreck|"
         r"krepier)\b"),
    # fifth wave (general forms found missing on a blind set): German
    # zu-infinitives and "better if I were gone", Portuguese/Spanish/French
    # "better for everyone if I didn't exist", Portuguese ongoing self-injury
    rule("self_harm:disclosure", "self_harm",
         "umzubringen toten aufzuhangen verletzen ritzen aufwachen verschwinden besser",
         r"\bmich (?:umzubringen|selbst umzubringen|zu toten|aufzuhangen|selbst zu verletzen|zu "
         r"ritzen)\b|\b(?:einschlafen|schlafen) und (?:nie|nie wieder|nie mehr|nicht mehr|nicht "
         r"wieder) (?:\w+ )?aufwachen\b|\bich (?:will|mochte|mocht|wurde am liebsten|wurd am "
         r"liebsten)(?: (?:einfach|nur|noch|am|liebsten|jetzt|endlich|so|halt|echt|wirklich|mal|ganz|"
         r"fur|immer))*(?: fur immer)? verschwinden\b|\b(?:es|alles) (?:war|ware|waere|wurde) (?:\w+ )"
         r"{0,2}besser,? (?:\w+ ){0,3}wenn ich (?:weg|tot|nicht (?:mehr )?da|nie geboren) "
         r"(?:war|ware|waere|bin|wurde)\b",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm",
         "melhor felizes mejor felices mieux heureux existisse morresse sumisse existiera muriera "
         "existais",
         r"\b(?:seria|era|ficaria|ficariam|seriam) (?:\w+ ){0,2}(?:melhor|mais felizes?)(?: \w+)"
         r"{0,4} se eu (?:nao existisse|nao estivesse (?:mais )?(?:aqui|viv[oa])|morresse|sumisse|"
         r"desaparecesse)\b|\b(?:seria|estarian|estarian todos) (?:\w+ ){0,2}(?:mejor|mas "
         r"felices)(?: \w+){0,4} si (?:yo )?(?:no existiera|me muriera|desapareciera|no estuviera)"
         r"\b|\b(?:ce serait|ca serait|ils seraient|tout le monde serait) (?:\w+ ){0,2}(?:mieux|plus"
         r" heureux)(?: \w+){0,4} si je (?:n'existais pas|n existais pas|disparaissais|mourais|"
         r"n'etais plus la|n etais plus la)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "cortado cortando machucado machucando mutilado mutilando queimado queimando",
         r"\b(?:tenho|to|tou|estou|eu|ando|voltei a) me (?:cortado|cortando|machucado|"
         r"machucando|mutilado|mutilando|queimado|queimando)\b(?! (?:a|o|as|os|um|uma) )",
         framed="generic"),
]


# -- sixth wave: indirect disclosures in the Latin-script languages ----------
# Families written from new examples: exhaustion with "everything",
# "nothing matters anymore", farewell sign-offs ("thanks for everything, bye
# forever", "you won't see me again"), saving pills, standing on a roof or
# bridge, burning/hitting oneself, relapse after N days clean, "I wish I'd
# never been born", "what if I just wasn't here", and past attempts.  All
# first person; "generic" frames only excuse third-person advice sentences.
_FOREVER = r"(?:forever|for good|for real this time|for the last time)"
# a relapse into sweets, coffee or a series is no self-injury ("recaí en el chocolate jaja")
_TREAT_RELAPSE = (
    r"(?! (?:en|sur|dans|no|na|nos|nas|com|con|avec|bei|mit) (?:el |la |los |las |le |les |o |a |os |as |"
    r"mon |ma |mes |mi |mis |meu |minha |den |der |die |das )?(?:chocolate|chocolat|dulces?|azucar|sucre|"
    r"doces?|acucar|comida|bouffe|cafe|redes|tiktok|instagram|netflix|series?|juegos?|jeux|jogos?|"
    r"videojuegos|vape|nutella|gateaux|galletas|bolachas|schokolade|zucker|suessigkeiten)\b)"
)
RULES += [
    rule("self_harm:hopeless", "self_harm", "done matters matter longer",
         r"\bi am (?:so |just |really |literally |honestly |actually |fr |completely |"
         r"officially )*(?:done|over it|finished) with (?:everything|it all|all of (?:it|this)|"
         r"everyone and everything)\b(?! (?:today|for today|for now|for the (?:day|week)|on|"
         r"in|at|for|from|that|i (?:had|have|need|wanted)))|\bnothing (?:really |even )?matters "
         r"any ?more\b|\bnothing matters"
         r"(?= ?[.!?,]| ?$)|\bhow (?:much )?longer i can (?:keep going|go on|do this|hold on)\b",
         framed="generic"),
    rule("self_harm:finality", "self_harm", "bye goodbye see again",
         # "thanks for everything, bye everyone!" is how a consultation day ends: a
         # farewell alone is only a weak cue (signals.py), "forever" makes it final
         r"\b(?:bye|goodbye) "
         + _FOREVER + r"\b(?![^.!?]{0,30}\b(?:lol|lmao|haha\w*|jk|xd|ad|ads|spam)\b)|"
         r"\b(?:you|you all|you guys|no one|nobody) (?:will not|will never|are not "
         r"going to|is not going to|will) (?:ever )?(?:see|hear from) me (?:ever )?again\b"
         r"(?! (?:until|till|before|in|on|at|this|next|for|after (?:the|this|my|school)))|"
         r"\b(?:last|final) time (?:you|you will|anyone will|you are going to) (?:see|hear from)"
         r" me\b", framed="generic"),
    rule("self_harm:planning", "self_harm",
         "pills tablets meds painkillers rope noose roof rooftop bridge train tracks",
         r"\b(?:saving|saved|collecting|collected|hoarding|hoarded|stashing|"
         r"stashed|stockpiling|hiding|hid) (?:up )?(?:my |the |some |all (?:my |the )?|mums |"
         r"my mums )?(?:\w+ )?(?:pills|tablets|meds|painkillers|sleeping pills)\b|"
         r"\bi (?:have|got|bought|ordered|found) (?:a |the |some )?(?:rope|noose)\b(?![^.!?]{0,30}\b"
         r"(?:swings?|climbing|tent|boat|dog|class|project|pe|gym|camping|horse|costume|craft|"
         r"skipping|tug|course|halloween)\b)|"
         r"\b(?:on|at|standing on|sitting on|up on|standing at|sitting at|near|by|going to|go to|"
         r"walking to|on the edge of) (?:the |a |our |my )?(?:roof|rooftop|bridge|train tracks|"
         r"railway|tracks|edge)\b[^.!?]{0,40}\b(?:thinking about it|end it|end it all|jump|"
         r"jumping|one step|just (?:do it|let go)|let go|the last time|goodbye|never coming back)"
         r"\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "hitting hit punch punching slap slapping burned burnt burning burn lighter clean",
         r"\bi (?:keep |kept |always |still |sometimes |have been |started |just )?(?:hit|hitting|"
         r"punch|punching|slap|slapping|beat|beating|bang|banging) (?:myself|my (?:head|face|"
         r"legs?|arms?|thighs?|stomach)(?: (?:against|on|into) (?:the |a )?(?:wall|door|desk|"
         r"floor))?)\b[^.!?]{0,40}\b(?:until|till|when i am|whenever|because|to feel|so hard|"
         r"bruise|bruises|bleed|hurts?|punish)|\b(?:burn|burned|burnt|burning) (?:myself|my "
         r"(?:arms?|wrists?|legs?|skin|hands?|thighs?)) (?:with|on) (?:a |the |my )?(?:lighter|"
         r"cigarette|match|matches|iron|hot)\b|\b(?:\d+|a few|few|two|three|ten) (?:days?|weeks?|"
         r"months?) clean\b[^.!?]{0,30}\b(?:relapsed|relapse|cut again|broke it|ruined it)\b",
         framed="generic"),
    rule("self_harm:passive", "self_harm", "born here existed around alive anymore",
         r"\bi (?:wish|hope|wished) i (?:was|were|had|would have|had have|d) (?:never|not) "
         r"(?:been )?(?:born|existed)\b|\bi should (?:never|not) have been born\b|"
         r"\bwhat if i (?:just |simply |wasnt |was not |were not |did not )(?:was not |were not "
         r"|wasnt |did not |just )?(?:here|around|alive|exist|existed|wake up)\b"
         r"(?= any ?more| ?[.!?,]| ?$)|\bwhat if i just (?:disappeared|vanished|was gone|died|left forever)\b",
         framed="generic"),
    rule("self_harm:attempt", "self_harm", "tried attempted",
         r"\b(?:last time|the last time|first time|when|before|the time|once) i (?:tried|"
         r"attempted)\b[^.!?]{0,30}\b(?:pills|tablets|overdose|overdosed|hospital|er|a and e|"
         r"rope|hang|hanged|jump|jumped|cut|slit|wrists|kill myself|end it|die|died|woke up)\b|"
         r"\bi (?:have |had |already )?(?:tried|attempted) (?:to (?:kill myself|end it|end my "
         r"life|die|overdose)|suicide|once before|twice before)\b", framed="generic"),
]
# es / pt / fr / de forms of the same families
RULES += [
    rule("self_harm:hopeless", "self_harm",
         "harta harto cansada cansado importa sentido fuerza forca force kraft egal wichtig sens "
         "fatiguee fatigue",
         r"\b(?:estoy|ya estoy|to|tou|estou|ando) (?:tan |muy |super |bem |muito )?(?:hart[oa]|"
         r"cansad[oa]) de (?:todo|tudo)\b[^.!?]{0,30}\b(?:no quiero seguir|no puedo mas|nao "
         r"aguento mais|nao quero mais|ya no|quiero desaparecer|quero sumir)|\bnada (?:ya )?"
         r"(?:mais |ya )?importa(?: ya| you| mais| nada)?(?= ?[.!?,]| ?$)|"
         r"\bplus rien n'?a (?:de |d')?(?:sens|importance)\b|\bplus rien "
         r"(?:ne )?compte\b|\b(?:j'ai|jai|je n'ai) plus (?:la |de )?force (?:de|pour) (?:vivre|"
         r"continuer|me battre)\b|\bno tengo (?:mas )?fuerzas? (?:para|de) (?:vivir|seguir)\b|"
         r"\bnao tenho mais forcas? (?:pra|para|de) (?:viver|continuar)\b|\b(?:hab|habe|ich hab)"
         r" keine kraft mehr (?:zu leben|zum leben|weiterzumachen)\b|\bnichts (?:ist|hat) (?:mehr "
         r")?(?:wichtig|einen sinn|sinn) mehr\b|\bnichts ist mehr wichtig\b|\b(?:jsuis|je suis) "
         r"(?:trop |tellement |si )?fatiguee? de tout\b[^.!?]{0,20}\b(?:j?veux plus rien|j?veux plus "
         r"vivre|j?en peux plus|j?veux disparaitre)", framed="generic"),
    rule("self_harm:finality", "self_harm",
         "adios adeus adieu tschuss tchau chau siempre sempre immer ver reverrez sehen verras",
         r"\b(?:adios|chau|tchau|adeus|tschuss|ciao) (?:para siempre|pra sempre|para sempre|fur "
         r"immer|a todos para siempre)\b|\bobrigad[oa] por tudo\b[^.!?]{0,15}\btchau pra sempre\b|"
         r"\bmerci pour tout\b[^.!?]{0,15}\badieu\b|"  # "adieu" is a goodbye for good
         r"\bdanke fur alles\b[^.!?]{0,15}\bfur immer\b|"
         r"\b(?:ya )?no me (?:van|vas) a (?:volver a )?ver (?:nunca )?mas\b|\b(?:voces|vcs|vc|"
         r"ninguem) (?:nao )?(?:vao|vai) me ver (?:nunca )?mais\b|\bvous (?:ne )?me (?:reverrez|"
         r"verrez) (?:plus|jamais)\b|\btu (?:ne )?me (?:reverras|verras) (?:plus|jamais)\b|\bihr "
         r"(?:werdet|seht) mich (?:nie wieder|nie mehr|nicht mehr) (?:sehen|wiedersehen)?\b",
         framed="generic"),
    rule("self_harm:planning", "self_harm",
         "pastillas remedio remedios comprimidos cachets medocs tabletten azotea techo puente "
         "telhado ponte toit pont dach brucke saltar pular sauter springen",
         r"\b(?:guardando|juntando|ahorrando|guarde|junte|guardando|juntei|guardei|escondendo|"
         r"sammel|sammle|sammele|gesammelt|horte|gehortet|j'ai garde|jai garde|je garde|"
         r"j'accumule|je stocke|j'ai stocke) (?:\w+ ){0,4}?(?:pastillas|pildoras|remedios?|"
         r"comprimidos|cachets|medocs|medicaments|tabletten|pillen|schlaftabletten)\b|"
         r"\b(?:en|no|na|sur|auf) (?:la |el |o |a |le |dem |der )?(?:azotea|techo|puente|telhado|"
         r"ponte|predio|toit|pont|dach|brucke)\b[^.!?]{0,30}\b(?:pensando en|pensando em|penso "
         r"a|je pense a|denk an|denke an|denk ans|denke ans)(?: (?:saltar|tirarme|pular|me "
         r"jogar|sauter|springen))?\b", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "quemo queimo brule verbrenne pego bato frappe tape schlage recai recaida rechute replonge "
         "ruckfall limpia limpio limpa limpo clean corte geschnitten",
         r"\bme (?:quemo|queimo) (?:con|com) (?:el |un |o |um |la |una |a |uma )?(?:encendedor|mechero|cigarro|"
         r"isqueiro|cigarro|plancha|ferro)\b|\bje me brule (?:avec|au) (?:un |le |une )?(?:briquet"
         r"|cigarette|fer)\b|\bich verbrenne mich\b|\b(?:me pego|eu me bato|me bato|je me frappe|"
         r"je me tape|ich schlage mich|ich schlag mich)\b(?: (?:a mi mism[oa]|sozinh[oa]|selbst|"
         r"moi meme))?[^.!?]{0,30}\b(?:cuando|quando|quand|wenn|hasta|ate|jusqu|bis)\b|\b(?:recai|"
         r"reca[ií]|tuve una recaida|tive uma recaida|(?:j'ai|jai|g) (?:rechute|replonge)(?! dans)|"
         r"hatte (?:nen|einen) ruckfall)\b" + _TREAT_RELAPSE + r"|"
         r"\b(?:limpi[oa]|limp[oa]|clean)\b[^.!?]{0,25}\b(?:y|e|und) (?:recai|recai|"
         r"hatte (?:nen|einen) ruckfall|me corte|me cortei)\b|\b(?:hab|habe) mich (?:gestern |heute"
         r" |letzte nacht )?(?:wieder|schon wieder|nochmal) geschnitten\b", framed="generic"),
    rule("self_harm:passive", "self_harm",
         "nacido nascido naitre geboren desapareciera sumisse disparaissais ware",
         r"\b(?:ojala|quisiera|preferiria|desearia) (?:no |nunca )(?:hubiera|haber|hubiese) nacido\b|\bojala no"
         r" hubiera nacido\b|\b(?:queria|preferia) (?:nunca |nao )ter nascido\b|\b(?:j'aurais "
         r"prefere|je voudrais|j'aurais voulu) ne (?:jamais|pas) (?:etre ne|etre nee|naitre)\b|"
         r"\bich (?:wunschte|wunsche mir|wollte),? ich (?:ware|war) (?:nie|nicht) geboren\b|"
         r"\b(?:y|why) si (?:yo )?(?:simplemente |solo )?(?:desapareciera|me muriera|no estuviera)\b|\be se"
         r" eu (?:simplesmente |so )?(?:sumisse|morresse|desaparecesse|nao estivesse)\b|\bet si je"
         r" (?:disparaissais|mourais|n'etais plus la)\b|\bwas ware,? wenn ich (?:einfach )?"
         r"(?:nicht mehr da|weg|tot) (?:ware|bin)\b", framed="generic"),
    rule("self_harm:attempt", "self_harm", "intente tentei essaye versucht",
         r"\b(?:la ultima vez|la primera vez|da ultima vez|a ultima vez|la derniere fois|letztes "
         r"mal|das letzte mal)\b(?: que| qu'| als)? ?(?:lo |eu |j'ai |ich es |ichs )?(?:intente|"
         r"tentei|essaye|versucht)\b[^.!?]{0,40}\b(?:pastillas|remedios?|comprimidos|medocs|"
         r"medicaments|cachets|tabletten|hospital|hopital|krankenhaus|saltar|pular|sauter|cortar)",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "reveiller",
         r"\b(?:je veux|jveux|j'veux|je voudrais) (?:juste )?dormir et (?:ne )?(?:plus|jamais|plus "
         r"jamais) (?:me )?reveiller\b", framed="generic"),
]

# Italian "everyone would be better off without me" (the other languages are above)
RULES += [
    rule("self_harm:burden", "self_harm", "meglio felici senza fossi sparissi",
         r"\b(?:meglio|piu felici|piu tranquilli) senza di me\b|\b(?:sarebbe|sarebbero|starebbero) "
         r"(?:\w+ ){0,2}(?:meglio|piu felici) se (?:io )?(?:non ci fossi(?: piu)?|sparissi|morissi|non "
         r"esistessi)\b", framed="generic"),
]

# -- incitement beyond en/fr/es/de/pt/ru/zh: Italian, and "do everyone a
# favour and ..." in six languages ("ammazzati", "fai un favore a tutti e
# sparisci").  "ci siamo ammazzati di risate", "siamo ammazzati di compiti"
# and "si sono suicidati" (a report) pass.
# (a plain "go away" - "sparisci", "disparais" - is rude, not incitement)
_FAVOUR_END = (r"(?:die|disappear forever|kill yourself|kys|unalive yourself|muori|ammazzati|"
               r"ucciditi|sparisci per sempre|buttati \w+|muerete|matate|desaparece para siempre|"
               r"meurs|creve|disparais pour toujours|tue toi|stirb|bring dich um|verschwinde fur "
               r"immer|morre|se mata|some pra sempre|умри|сдохни|исчезни навсегда)")
RULES += [
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "ammazzati ucciditi suicidati impiccati muori buttati morire",
         r"(?<!sono )(?<!siamo )(?<!erano )(?<!stati )(?<!state )(?<!ci )\b(?:ammazzati|"
         r"ucciditi|suicidati|impiccati)\b(?! (?:di|dal|dalla|dalle|dai|per il|per la) )|"
         r"(?<!se )(?<!quando )(?<!non )(?<!appena )(?<!che )(?<!tu )\bmuori"
         r"(?! (?:di|dal|dalla|dalle|dai|d'))(?= [.!?]|$| e | tu| gia| pure| male)|"
         r"\bbuttati (?:giu (?:da|dal|dalla)|da un ponte|dalla finestra|dal tetto|sotto un (?:treno|"
         r"camion|autobus))\b|\b(?:vai a|va a) morire\b|\bdovresti (?:morire|ammazzarti|ucciderti)"
         r"\b|\bspero che (?:tu )?(?:muoia|crepi)\b"),
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "favour favor favore service gefallen favor одолжение",
         r"\b(?:do|doing) (?:us all|everyone|everybody|the world|the group|all of us) a favou?r and "
         + _FAVOUR_END + r"\b|\bfai(?: a)? (?:un favore|a tutti un favore) (?:a tutti|al mondo|a "
         r"noi|a tutti noi)?,? ?(?:e )?" + _FAVOUR_END + r"\b|\bhaz(?:le|nos)? (?:un favor|a todos "
         r"un favor) (?:a todos|al mundo)?,? ?(?:y |why )?" + _FAVOUR_END + r"\b|\brends (?:service|un "
         r"service) a (?:tout le monde|tous|l'humanite),? ?(?:et )?" + _FAVOUR_END + r"\b|\btu "
         r"(?:allen|uns allen|der welt) einen gefallen,? ?(?:und )?" + _FAVOUR_END + r"\b|\bfaz "
         r"um favor (?:a todos|pra todo mundo|para todo mundo|ao mundo),? ?(?:e )?" + _FAVOUR_END
         + r"\b|сделай (?:всем|миру|нам всем) одолжение,? ?(?:и )?" + _FAVOUR_END),
]

# past and habitual self-injury in es/pt/fr/de/it ("me cortaba", "je me scarifiais",
# "hab mich geritzt"): their own module (this one is long already)
from .selfharm_past import RULES as _PAST_RULES  # noqa: E402

RULES += _PAST_RULES

# self-harm written with emoji ("i want to 🪦", "did it again 🩸🩸"): see emoji_words.py
from .selfharm_emoji import RULES as _EMOJI_RULES  # noqa: E402

RULES += _EMOJI_RULES

# hitting oneself, present-tense self-injury in de/es/fr/it/pt, relapses told as
# streaks or "did it again", dying unnoticed, a decision with a farewell and the
# topic word as the writer's constant thought: their own modules
from .selfharm_hitting import RULES as _HITTING_RULES  # noqa: E402
from .selfharm_present import RULES as _PRESENT_RULES  # noqa: E402
from .selfharm_relapse import RULES as _RELAPSE_RULES  # noqa: E402
from .selfharm_resolve import RULES as _RESOLVE_RULES  # noqa: E402
from .selfharm_unnoticed import RULES as _UNNOTICED_RULES  # noqa: E402

RULES += _HITTING_RULES + _PRESENT_RULES + _RELAPSE_RULES + _UNNOTICED_RULES + _RESOLVE_RULES

# leaving for good told casually, rehearsing or researching a method, cover stories,
# hidden places, urges, funeral plans and burden: their own modules
from .selfharm_conceal import RULES as _CONCEAL_RULES  # noqa: E402
from .selfharm_leaving import RULES as _LEAVING_RULES  # noqa: E402
from .selfharm_rehearse import RULES as _REHEARSE_RULES  # noqa: E402

RULES += _LEAVING_RULES + _REHEARSE_RULES + _CONCEAL_RULES

# purging, cover stories, self-harm after abuse, counted cuts; checking a method or
# its access, risky acts left to fate, a planned day with a goodbye: their own modules
from .selfharm_covert import RULES as _COVERT_RULES  # noqa: E402
from .selfharm_intent import RULES as _INTENT_RULES  # noqa: E402

RULES += _COVERT_RULES + _INTENT_RULES

# restrictive eating and purging as a goal or a punishment (and meanspo requests),
# veiled goodbyes about not being online again, new marks hidden under sleeves or
# make-up: their own modules
from .selfharm_eating import RULES as _EATING_RULES  # noqa: E402
from .selfharm_eating_more import RULES as _EATING_MORE_RULES  # noqa: E402
from .selfharm_healing import RULES as _HEALING_RULES  # noqa: E402
from .selfharm_offline import RULES as _OFFLINE_RULES  # noqa: E402

RULES += _EATING_RULES + _EATING_MORE_RULES + _OFFLINE_RULES + _HEALING_RULES

# means stockpiled or ready and a moment waited for ("pills saved up, just waiting
# for the weekend"): their own modules
from .selfharm_waiting import RULES as _WAITING_RULES  # noqa: E402
from .selfharm_waiting_langs import RULES as _WAITING_LANGS_RULES  # noqa: E402

RULES += _WAITING_RULES + _WAITING_LANGS_RULES

# a day without food, or dizziness, and a weight still to lose
from .selfharm_eating_goal import RULES as _EATING_GOAL_RULES  # noqa: E402

RULES += _EATING_GOAL_RULES

# incitement told to the writer, and the writer agreeing ("maybe they're right")
from .selfharm_agree import RULES as _AGREE_RULES  # noqa: E402

RULES += _AGREE_RULES

# "unalive" / "sewerslide" as a gerund, a noun or a bare verb with fillers and misspellings
from .selfharm_unalive import RULES as _UNALIVE_RULES  # noqa: E402

RULES += _UNALIVE_RULES

# starving until thin, purging everything, skin and bones, eating punished (pt es it fr de ru tr pl id)
from .selfharm_eating_langs import RULES as _EATING_LANGS_RULES  # noqa: E402

RULES += _EATING_LANGS_RULES

# disclosures in young children's spelling ("i wnt to di", "kiero morirme", "je veu mourir")
from .selfharm_kidspell import RULES as _KIDSPELL_RULES  # noqa: E402

RULES += _KIDSPELL_RULES

# days without food told as control, pride or an achievement, no weight named
from .selfharm_eating_control import RULES as _EATING_CONTROL_RULES  # noqa: E402

RULES += _EATING_CONTROL_RULES

# a farewell note or letter left for the family with last words ("i left a note for my
# family, they will understand. goodbye"), in 13 languages
from .selfharm_notes import RULES as _NOTES_RULES  # noqa: E402
from .selfharm_notes_langs import RULES as _NOTES_LANGS_RULES  # noqa: E402

RULES += _NOTES_RULES + _NOTES_LANGS_RULES

# one wrist/thigh/forearm cut, an injury "on purpose", pt/pl/de part forms
from .selfharm_injury_parts import RULES as _INJURY_PARTS_RULES  # noqa: E402

RULES += _INJURY_PARTS_RULES

# indirect goodbyes to the chat ("this is my last time logging on. thanks for being nice
# to me, tell the mods bye from me"): their own modules
from .selfharm_farewell_chat import RULES as _FAREWELL_CHAT_RULES  # noqa: E402
from .selfharm_farewell_chat_langs import RULES as _FAREWELL_CHAT_LANGS_RULES  # noqa: E402

RULES += _FAREWELL_CHAT_RULES + _FAREWELL_CHAT_LANGS_RULES

# someone else at risk right now, told by the child: a friend who took pills, a
# sibling locked in with a blade, a classmate's goodbye post and no answer
# (shared parts in selfharm_others_acute_base.py; tables by language family)
from .selfharm_others_acute import RULES as _OTHERS_ACUTE_RULES  # noqa: E402
from .selfharm_others_acute_asia import RULES as _OTHERS_ACUTE_ASIA_RULES  # noqa: E402
from .selfharm_others_acute_iberian import RULES as _OTHERS_ACUTE_IBERIAN_RULES  # noqa: E402
from .selfharm_others_acute_indic import RULES as _OTHERS_ACUTE_INDIC_RULES  # noqa: E402
from .selfharm_others_acute_mideast import RULES as _OTHERS_ACUTE_MIDEAST_RULES  # noqa: E402
from .selfharm_others_acute_romance import RULES as _OTHERS_ACUTE_ROMANCE_RULES  # noqa: E402
from .selfharm_others_acute_slavic import RULES as _OTHERS_ACUTE_SLAVIC_RULES  # noqa: E402

RULES += (_OTHERS_ACUTE_RULES + _OTHERS_ACUTE_IBERIAN_RULES + _OTHERS_ACUTE_ROMANCE_RULES
          + _OTHERS_ACUTE_SLAVIC_RULES + _OTHERS_ACUTE_MIDEAST_RULES + _OTHERS_ACUTE_INDIC_RULES
          + _OTHERS_ACUTE_ASIA_RULES)

# methods other than cutting (burning, scalding, hitting, scratching), and means kept
# ready or hidden, in 13 languages
from .selfharm_methods_langs import RULES as _METHODS_LANGS_RULES  # noqa: E402

RULES += _METHODS_LANGS_RULES

# relapse after a clean spell, in 13 languages
from .selfharm_relapse_langs import RULES as _RELAPSE_LANGS_RULES  # noqa: E402

RULES += _RELAPSE_LANGS_RULES

# the writer names their own state: suicidal, suicidal thoughts, nothing to live for,
# cutting as a habit, in 13 languages
from .selfharm_state import RULES as _STATE_RULES  # noqa: E402

RULES += _STATE_RULES

# ending it all, decided or dated ("j'ai décidé d'en finir"), and suicide slang ("ctb", "紫砂")
from .selfharm_end_all import RULES as _END_ALL_RULES  # noqa: E402

RULES += _END_ALL_RULES

# all the pills taken, "I can't live any more", "I'm going to jump off the bridge" in the
# languages that lacked them
from .selfharm_acts_langs import RULES as _ACTS_LANGS_RULES  # noqa: E402

RULES += _ACTS_LANGS_RULES

# session 11: means at hand and plans with a time or place; goodbyes already said,
# scheduled or acted on; self-injury acts, slang and self-punishment
from .selfharm_goodbyes_done import RULES as _GOODBYES_DONE_RULES  # noqa: E402
from .selfharm_goodbyes_done_eu import RULES as _GOODBYES_DONE_EU_RULES  # noqa: E402
from .selfharm_goodbyes_done_langs import RULES as _GOODBYES_DONE_LANGS_RULES  # noqa: E402
from .selfharm_injury_acts import RULES as _INJURY_ACTS_RULES  # noqa: E402
from .selfharm_injury_acts_langs import RULES as _INJURY_ACTS_LANGS_RULES  # noqa: E402
from .selfharm_injury_acts_more import RULES as _INJURY_ACTS_MORE_RULES  # noqa: E402
from .selfharm_means_ready import RULES as _MEANS_READY_RULES  # noqa: E402
from .selfharm_means_ready_eu import RULES as _MEANS_READY_EU_RULES  # noqa: E402
from .selfharm_means_ready_langs import RULES as _MEANS_READY_LANGS_RULES  # noqa: E402

RULES += _MEANS_READY_RULES + _MEANS_READY_EU_RULES + _MEANS_READY_LANGS_RULES
RULES += _GOODBYES_DONE_RULES + _GOODBYES_DONE_EU_RULES + _GOODBYES_DONE_LANGS_RULES
RULES += _INJURY_ACTS_RULES + _INJURY_ACTS_LANGS_RULES + _INJURY_ACTS_MORE_RULES

# session 12: someone else's goodbye and silence in more wordings; hiding one's own
# marks; means stockpiled, conditional goodbyes and a casual note
from .selfharm_hide_marks import RULES as _HIDE_MARKS_RULES  # noqa: E402
from .selfharm_others_silence import RULES as _OTHERS_SILENCE_RULES  # noqa: E402
from .selfharm_stockpile import RULES as _STOCKPILE_RULES  # noqa: E402

RULES += _OTHERS_SILENCE_RULES + _HIDE_MARKS_RULES + _STOCKPILE_RULES

# session 13: someone else at risk now, a third round (selfharm_others_now.py), and
# veiled first-person disclosures: agreeing with incitement, a dated decision, envy
# of the dead (selfharm_veiled.py)
from .selfharm_others_now import RULES as _OTHERS_NOW_RULES  # noqa: E402
from .selfharm_veiled import RULES as _VEILED_RULES  # noqa: E402

RULES += _OTHERS_NOW_RULES + _VEILED_RULES

# session 13: short canonical disclosures a second coverage matrix found missed -
# hopelessness and worthlessness (selfharm_hopeless.py), an ending wished, searched or
# announced (selfharm_ending.py)
from .selfharm_ending import RULES as _ENDING_RULES  # noqa: E402
from .selfharm_hopeless import RULES as _HOPELESS_RULES  # noqa: E402

RULES += _HOPELESS_RULES + _ENDING_RULES

# session 14: someone else at risk now, a fourth round (selfharm_others_seen.py), and
# Arabizi spellings of first-person disclosures (selfharm_arabizi.py), a cut deeper than
# meant (selfharm_deeper.py)
from .selfharm_arabizi import RULES as _ARABIZI_RULES  # noqa: E402
from .selfharm_deeper import RULES as _DEEPER_RULES  # noqa: E402
from .selfharm_marks_found import RULES as _MARKS_FOUND_RULES  # noqa: E402
from .selfharm_others_seen import RULES as _OTHERS_SEEN_RULES  # noqa: E402

RULES += _OTHERS_SEEN_RULES + _ARABIZI_RULES + _MARKS_FOUND_RULES + _DEEPER_RULES

# session 15: means sought or hidden (a lethal dose asked "seriously", blades bought or
# kept in a pencil case), someone else at an edge or locked in now, life as a game or a
# program left for good, and being gone as a relief to others
from .selfharm_burden_gone import RULES as _BURDEN_GONE_RULES  # noqa: E402
from .selfharm_exit_metaphors import RULES as _EXIT_METAPHORS_RULES  # noqa: E402
from .selfharm_farewell_last import RULES as _FAREWELL_LAST_RULES  # noqa: E402
from .selfharm_left_behind import RULES as _LEFT_BEHIND_RULES  # noqa: E402
from .selfharm_means_seek import RULES as _MEANS_SEEK_RULES  # noqa: E402
from .selfharm_others_edge import RULES as _OTHERS_EDGE_RULES  # noqa: E402

RULES += _MEANS_SEEK_RULES + _OTHERS_EDGE_RULES + _EXIT_METAPHORS_RULES + _BURDEN_GONE_RULES
RULES += _FAREWELL_LAST_RULES + _LEFT_BEHIND_RULES

# session 16: someone met online (a player, a server, a stream) at an edge or gone
# silent after a goodbye, and a rooftop reached tonight; a farewell that asks not to be
# looked for; a jump threatened on a condition and meant; a goodbye to everyone for good;
# an overdose just taken; short wishes in dialect forms
from .selfharm_bye_forever import RULES as _BYE_FOREVER_RULES  # noqa: E402
from .selfharm_dialect_core import RULES as _DIALECT_CORE_RULES  # noqa: E402
from .selfharm_dont_look import RULES as _DONT_LOOK_RULES  # noqa: E402
from .selfharm_jump_if import RULES as _JUMP_IF_RULES  # noqa: E402
from .selfharm_others_online import RULES as _OTHERS_ONLINE_RULES  # noqa: E402
from .selfharm_overdose_taken import RULES as _OVERDOSE_TAKEN_RULES  # noqa: E402

RULES += _OTHERS_ONLINE_RULES + _DONT_LOOK_RULES + _JUMP_IF_RULES + _BYE_FOREVER_RULES
RULES += _OVERDOSE_TAKEN_RULES + _DIALECT_CORE_RULES

# session 17: someone else who says they will end their life and is alone or locked
# in now; no point in waking up or getting up; how to die without pain; the writer's
# cuts deeper each time
from .selfharm_deeper_trend import RULES as _DEEPER_TREND_RULES  # noqa: E402
from .selfharm_farewell_emoji import RULES as _FAREWELL_EMOJI_RULES  # noqa: E402
from .selfharm_found_me import RULES as _FOUND_ME_RULES  # noqa: E402
from .selfharm_others_alone import RULES as _OTHERS_ALONE_RULES  # noqa: E402
from .selfharm_painless import RULES as _PAINLESS_RULES  # noqa: E402
from .selfharm_tried_again import RULES as _TRIED_AGAIN_RULES  # noqa: E402
from .selfharm_wake_point import RULES as _WAKE_POINT_RULES  # noqa: E402

RULES += _OTHERS_ALONE_RULES + _WAKE_POINT_RULES + _PAINLESS_RULES + _DEEPER_TREND_RULES
RULES += _FOUND_ME_RULES + _TRIED_AGAIN_RULES + _FAREWELL_EMOJI_RULES
