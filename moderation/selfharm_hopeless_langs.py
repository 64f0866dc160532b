"""Hopelessness and worthlessness in short disclosures, ru pl tr id ar
(Arabic script and Arabizi) hi (Devanagari and Hinglish) zh: the tables of
selfharm_hopeless.py (see its docstring for the class and what passes).

Language notes:
* Arabizi is read by the phrase form with some digits turned to letters
  ("7aga" -> "taga", "a3eesh" -> "aeeesh", "me7tagny" -> "mettagny", but
  "asta7a2" and "mosta2bal" kept), so its patterns take both ([7t], [3e]).
* Devanagari and Arabic words carry no \\b (combining marks are not word
  characters); the patterns start at a whole word of their own.
* Indonesian "pantes" is also "no wonder" ("pantes aja hp aku mati"): the
  deserving needs the writer as subject at the start of the sentence.
* Turkish "ölesim var" is also heat or laughter ("sıcaktan ölesim var"): a
  word in -den/-dan before it passes; "bitiresim var" holds only with "her
  şeyi" (not a series).
* Chinese: the writer (我) before the verb; "我就该赢" (I should win this
  round) and "放弃数学" pass.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_START = r"(?:^|(?<=[.!?] ))"
_ID_ME = r"(?:aku|gue|gw|gua|saya|ak)"
_ID_ADV = r"(?:(?:emang|memang|cuma|udah|sudah|ya|tuh|sih|mungkin|kayaknya|kyknya|rasanya|jujur|beneran) )*"
_AR_NOT = r"(?:مش|مو|ما|مب|ماني|مانيش|مش انا)"

RULES: list[Rule] = [
    # -- ru ---------------------------------------------------------------------------------------
    rule("self_harm:hopeless", "self_harm",
         "покончить будущего будущее заслуживаю заслужил заслужила сдаюсь сдался сдалась отказываюсь миру нужен нужна",
         r"не (?:вижу|вижу никакого|вижу для себя|вижу у себя) (?:для себя |у себя )?будущего(?= ?[.!?,]| ?$| для "
         r"себя| у себя| вообще| уже| больше)|"
         r"(?:у меня|мне) (?:\w+ ){0,2}?(?:нет|не будет) (?:никакого )?будущего|нет у меня (?:никакого )?будущего|"
         r"(?:^|(?<=[.!?] ))(?:я )?(?:\w+ )?заслуживаю (?:смерти|боли|страданий|чтобы мне было больно|умереть|"
         r"страдать|сдохнуть|чтобы меня (?:били|наказали|не было)|только боли)|"
         r"я (?:\w+ )?(?:заслужил|заслужила) (?:смерть|боль|умереть|сдохнуть|страдать)|"
         r"(?:я )?(?:сдаюсь|сдался|сдалась) (?:в этой жизни|по жизни|в жизни|с этой жизнью|жить)|"
         r"(?:я )?отказываюсь (?:жить|от жизни)|"
         r"(?:хочется|хочу|хотелось бы) (?:так )?(?:со всем|с собой|с жизнью) покончить|"
         r"миру (?:я )?(?:не нужен|не нужна|не нужны)|я (?:не нужен|не нужна) (?:этому )?миру|"
         r"миру (?:будет|было бы|станет) (?:\w+ )?лучше без меня|без меня миру (?:будет|было бы|станет) лучше",
         framed="generic"),
    # -- pl ---------------------------------------------------------------------------------------
    rule("self_harm:hopeless", "self_harm",
         "przyszlosci zasluguje zasluzylam zasluzylem zyc zyciem zycia poddaje poddalam poddalem rezygnuje "
         "zrezygnowalam zrezygnowalem swiat potrzebuje ochote",
         r"\bnie widze (?:dla siebie |zadnej |juz )*przyszlosci(?: dla siebie\b|(?= ?[.!?,]| ?$| juz| wcale| w ogole))|"
         r"\b(?:i tak |juz )?nie mam (?:juz )?(?:zadnej )?przyszlosci\b(?! (?:w|jako|z)\b)|"
         r"\b(?:zasluguje|zasluzylam|zasluzylem) (?:tylko )?(?:na smierc|na bol|na cierpienie|zeby (?:cierpiec|umrzec|"
         r"mnie bolalo|mnie ktos skrzywdzil)|by (?:cierpiec|umrzec)|na to zeby (?:umrzec|cierpiec))\b|"
         r"\bmam ochote (?:umrzec|sie zabic|zniknac na zawsze|(?:z tym |ze )?wszystkim skonczyc|skonczyc (?:ze soba|"
         r"z tym wszystkim|ze wszystkim|z zyciem))\b|"
         r"\bnie (?:mam|zostalo mi|ma) (?:juz )?(?:nic|nikogo) (?:dla czego|dla kogo|po co) (?:warto |mam )?zyc\b|"
         r"\b(?:poddaje sie|poddalam sie|poddalem sie|rezygnuje|zrezygnowalam|zrezygnowalem) (?:juz )?(?:z zyciem|z "
         r"zycia|ze zycia|w zyciu)\b(?! (?:towarzysk|spoleczn|szkoln|prywatn)\w*)|"
         r"\bswiat (?:bylby|bedzie|jest|by byl) (?:\w+ )?lepszy beze mnie\b|\bbeze mnie swiat (?:bylby|bedzie|by byl) "
         r"lepszy\b|\bswiat (?:\w+ )?mnie nie potrzebuje\b",
         framed="generic"),
    # -- tr ---------------------------------------------------------------------------------------
    rule("self_harm:hopeless", "self_harm",
         "gelecek gelecegim goremiyorum hak olesim bitiresim veresim yasamak vazgeciyorum vazgectim bensiz ihtiyaci",
         r"\bkendime (?:bir |hicbir )?gelecek (?:goremiyorum|goremiyom|gormuyorum)\b|"
         r"\b(?:benim )?(?:bir )?gelecegim (?:yok|kalmadi)\b|"
         r"\b(?:olmeyi|olumu|aci cekmeyi|acimayi|aciyi|aci cekmem|incinmeyi|cezalandirilmayi|yok olmayi) "
         r"(?:\w+ )?(?:hak ediyorum|hak ettim|hak ediyom|hak eden biriyim)\b|"
         r"(?<!den )(?<!dan )(?<!ten )(?<!tan )\b(?:(?:of|ya|cok|resmen|gercekten|bazen|sadece) )*olesim (?:var|"
         r"geliyor)"
         r"(?= ?[.!?,]| ?$| ya| cidden| gercekten| artik)|"
         r"\b(?:her seyi|hersey|herseyi|hayatimi) (?:\w+ )?bitiresim (?:var|geliyor)\b|\bhayatima son veresim var\b|"
         r"\byasamak icin (?:hicbir |bir |tek bir )?(?:seyim|kimsem|sebebim|nedenim) (?:yok|kalmadi)\b|"
         r"\b(?:hayattan|yasamaktan|yasamdan) (?:artik |tamamen |resmen )?(?:vazgeciyorum|vazgectim|vazgeciyom|"
         r"vazgececegim)\b|"
         r"\bdunya bensiz (?:\w+ )?(?:daha )?(?:iyi|guzel|mutlu)\b|\bbensiz dunya (?:\w+ )?(?:daha )?(?:iyi|guzel)\b|"
         r"\b(?:dunyanin|kimsenin) (?:\w+ )?bana ihtiyaci yok\b",
         framed="generic"),
    # -- id ---------------------------------------------------------------------------------------
    rule("self_harm:hopeless", "self_harm",
         "masa pantes pantas layak ngakhirin mengakhiri akhirin hidup nyerah menyerah dunia butuh",
         r"\b" + _ID_ME + r" " + _ID_ADV + r"(?:ga|gak|nggak|ngga|tidak|gk|udah ga|udah gak) (?:punya|liat|lihat|"
         r"ngeliat|melihat|ada) (?:lagi )?masa depan\b(?!nya| (?:di|sebagai|jadi)\b)|"
         r"\b(?:ga|gak|nggak|tidak) (?:ada )?masa depan (?:buat|untuk|bagi) (?:aku|gue|gw|saya|diriku)\b|"
         + _START + r"(?:(?:jujur|kayaknya|mungkin|emang) )*" + _ID_ME + r" " + _ID_ADV + r"(?:pantes|pantas|layak) "
         r"(?:buat |untuk )?(?:mati|disakitin|disakiti|menderita|dihukum|lenyap|mampus|dibenci|sakit)\b|"
         # the writer's own wish: the sentence opens with it or with "aku"; "temen bilang mau
         # ngakhirin hidup" is a report about someone else
         # (a time said first, "malem ini gw mau ngakhirin semuanya", or the writer named
         # after another clause, "gw gakuat, malem ini gw mau ngakhirin semuanya", is the
         # writer's wish too, unless it is what someone said)
         r"(?:" + _START + r"|(?<!bilang )(?<!kata )(?<!ngomong )\b(?=(?:(?:malem|malam) ini )?"
         + _ID_ME + r" ))(?:(?:jujur|rasanya|kadang|sumpah|"
         + _ID_ME[3:-1] + r"|udah|lagi|bener2|beneran|malem ini|malam ini|nanti malem|nanti malam|besok|"
         r"hari ini|sekarang|abis ini|habis ini) )*"
         r"(?:pengen|pingin|ingin|mau|pgn|pen) (?:ngakhirin|mengakhiri|akhirin|ngakhiri) (?:semuanya|semua ini|"
         r"hidup(?:ku| aku| gue| ini)?|semua)\b(?!(?: ini)? (?:sama|dengan|ama|bareng|sebelum|biar|pake|pakai)\b)|"
         r"\b(?:ga|gak|nggak|tidak|udah ga|udah gak|udah nggak) ada (?:lagi )?(?:yang|alasan) (?:bikin|buat|membuat|"
         r"untuk) (?:aku|gue|gw|saya) (?:pengen|mau|ingin) hidup\b|"
         r"\b(?:ga|gak|nggak|tidak) ada (?:lagi )?(?:alasan|yang) (?:buat|untuk) (?:aku |gue |saya )?(?:tetap )?"
         r"hidup\b|"
         r"\b" + _ID_ME + r" " + _ID_ADV + r"(?:nyerah|menyerah) (?:sama |dengan |ama |ma )?(?:hidup|kehidupan|hidupku)"
         r"\b(?! (?:sehat|hemat|mandiri)\b)|"
         r"\bdunia (?:\w+ )?(?:lebih baik|lebih bagus|lebih bahagia|bakal lebih baik|akan lebih baik) tanpa "
         r"(?:aku|gue|gw|saya|diriku)\b|\bdunia (?:ga|gak|nggak|tidak|ngga) (?:butuh|perlu|membutuhkan) "
         r"(?:aku|gue|gw|saya)\b",
         framed="generic"),
    # -- ar (Arabic script) --------------------------------------------------------------------------
    rule("self_harm:hopeless", "self_harm",
         "مستقبل استاهل استحق بستاهل نفسي اعيش استسلمت بستسلم محتاجني يحتاجني غيري",
         r"(?:" + _AR_NOT + r" )?(?:شايف|شايفه|شايفة|اشوف|بشوف) (?:اي |أي )?مستقبل (?:ليا|لي|الي|إلي)|"
         r"(?:مفيش|ما في|مافي|مافيش|ماليش|ما لي|مالي|معنديش|ماعنديش|ما عندي|ماعندي) (?:اي |أي )?مستقبل(?= ?[.!?,]|"
         r" ?$| ليا| لي| اصلا| خلاص| خالص)|"
         r"(?:انا )?(?:استاهل|استحق|بستاهل|بستحق) (?:اني |ان )?(?:اموت|الموت|اتاذي|اتعذب|الالم|العذاب|اتوجع|"
         r"اتضرب|اتاذى)|"
         r"(?:نفسي|بدي|ابغى|ابي|نفسى) (?:ا?نهي|اخلص) (?:على )?(?:كل حاجه|كل شي|كل شيء|حياتي|كل ده|كل هذا)"
         r"(?! (?:قبل|عشان|علشان|في|من)\b)|"
         r"(?:معنديش|ماعنديش|ما عنديش|مفيش|ما فيش|مافيش|ما عندي|ماعندي) (?:اي |أي )?(?:حاجه|شي|شيء|حد|سبب) "
         r"(?:\S+ )?(?:اعيش) (?:عشانها|عشانه|علشانها|علشانه|لها|له|عشانهم)|"
         r"(?:استسلمت|بستسلم|هستسلم|استسلم) (?:من |في |مع |قدام )?(?:الحياه|حياتي|للحياه|الدنيا)|"
         r"(?:العالم|الدنيا) (?:" + _AR_NOT + r" )(?:محتاجني|محتاجلي|يحتاجني|بيحتاجني|محتاجيني|محتاجاني)|"
         r"(?:العالم|الدنيا) (?:\S+ )?(?:احسن|افضل) (?:من غيري|بدوني|بلاي)",
         framed="generic"),
    # -- ar (Arabizi: 2 3 5 7 as letters; the phrase form turns some of them into t e s) ---------------
    rule("self_harm:hopeless", "self_harm",
         "mosta2bal mostaqbal mostakbal asta7a2 asta7e2 astahel basta7a2 basta7e2 nefsy nefsi nifsi anhy anhi "
         "a3eesh aeeesh a3ish aeish estaslamt esteslamt estaslemt me7tagny mettagny me7tagni mettagni gheery "
         "ettagny bdouni badouni",
         r"\b(?:msh|mosh|mish|mesh|ma) (?:shayef|shayfa|shayfah|shaif) (?:ay )?(?:mosta2bal|mostaqbal|mostakbal) "
         r"(?:leya|lia|liya|li|lya)\b|"
         r"\b(?:mafeesh|mafish|mafesh|mfeesh|malish|maleesh|ma3andeesh|maeandeesh|ma3andish|maeandish) (?:ay )?"
         r"(?:mosta2bal|mostaqbal|mostakbal)\b|"
         r"\b(?:ana )?(?:asta7a2|asta7e2|astahel|basta7a2|basta7e2|asta7aq|astahal) (?:en |eny |inni )?(?:amoot|"
         r"amot|amut|"
         r"el mot|el mawt|elmot|at2aza|at2azza|at2aza|at[3e]azab|at[3e]azzab|atwaga[3e]|ata2zza|el alam|el 2alam)\b|"
         r"\b(?:nefsy|nefsi|nifsi|nefse) (?:anhy|anhi|ane2y|a5alas|asalas|akhalas) (?:3ala |eala )?(?:kol [7t]aga|kol "
         r"[7t]aja|kol shi|[7t]ayaty|[7t]ayati)\b|"
         r"\b(?:ma[3e]andeesh|ma[3e]andish|mafeesh|mafish|mfeesh) (?:[7t]aga|[7t]aja|shi|[7t]ad|sabab) (?:fadla |"
         r"fadlah )?(?:a[3e]eesh|a[3e]ish|a[3e]esh) (?:[3e]ashan\w*|[3e]shan\w*|[3e]alashan\w*)\b|"
         r"\b(?:estaslamt|esteslamt|estaslemt|bastaslem|hastaslem) (?:mn |men |min |fel |f |le )?(?:el ?[7t]aya[h]?|"
         r"[7t]ayati|[7t]ayaty|el ?donya|el ?dunya)\b|"
         r"\b(?:el ?[3e]alam|el ?donya|el ?dunya) (?:msh|mosh|mish|mesh|ma) (?:me[7t]tagny|me[7t]tagni|me[7t]tageny|"
         r"mettagny|mettagni|ettagny|bey[7t]tagny)\b|"
         r"\b(?:el ?donya|el ?dunya|el ?[3e]alam) (?:\w+ )?(?:a[7t]san|a7sn|afdal) (?:mn|men|min) (?:gheery|"
         r"gheri|ghery|"
         r"gheiri|ghiri|ghairi)\b|\b(?:el ?donya|el ?dunya|el ?[3e]alam) (?:\w+ )?(?:a[7t]san|afdal) (?:bdouni|badouni|"
         r"bedouni)\b",
         framed="generic"),
    # -- hi (Devanagari) ---------------------------------------------------------------------------
    rule("self_harm:hopeless", "self_harm",
         "भविष्य फ्यूचर लायक मन जीने हार ज़िंदगी जिंदगी दुनिया ज़रूरत जरूरत",
         r"(?:मुझे|मुझको) (?:अपना |मेरा )?(?:कोई )?(?:भविष्य|फ्यूचर) (?:नहीं|नही) (?:दिखता|दिखती|दिख रहा|दिख रही)|"
         r"(?:^|(?<= ))मेरा (?:कोई )?(?:भविष्य|फ्यूचर) (?:नहीं|नही) (?:है|बचा)|"
         r"मैं (?:\S+ )?(?:मरने|मर जाने|मौत|दर्द|सज़ा|सजा|तकलीफ़|तकलीफ) के (?:ही )?लायक (?:हूँ|हूं|हु|हुं)|"
         r"मन करता है (?:कि )?(?:मैं )?(?:मर जा(?:ऊँ|ऊं|उं|ऊ|उँ)|सब (?:कुछ )?(?:खत्म|ख़त्म) कर (?:दूँ|दूं|दु|दू))|"
         r"मरने का मन (?:करता|कर रहा|करती|कर रही)|"
         r"जीने के लिए (?:अब )?(?:कुछ|कोई) (?:भी )?(?:नहीं|नही) (?:बचा|है|रहा)|"
         r"(?:ज़िंदगी|जिंदगी|ज़िन्दगी|जिन्दगी|जीने|जीवन) से हार मान (?:ली|लिया|रहा|रही|चुका|चुकी|गया|गई)|"
         r"दुनिया (?:\S+ )?मेरे बिना (?:\S+ )?(?:बेहतर|अच्छी|खुश)|मेरे बिना दुनिया (?:\S+ )?(?:बेहतर|अच्छी)|"
         r"(?:दुनिया|किसी) को मेरी (?:कोई )?(?:ज़रूरत|जरूरत) (?:नहीं|नही)",
         framed="generic"),
    # -- hi (Hinglish) ------------------------------------------------------------------------------
    rule("self_harm:hopeless", "self_harm",
         "future bhavishya layak laayak mann man jeene jine zindagi zindgi jindagi duniya zarurat zaroorat jarurat",
         r"\b(?:mujhe|mujhko) (?:apna |mera )?(?:koi )?(?:future|bhavishya) (?:nahi|nhi|nahin) (?:dikhta|dikhti|"
         r"dikh raha|dikh rahi)\b|"
         r"\bmera (?:koi )?(?:future|bhavishya) (?:nahi|nhi|nahin) (?:hai|h|bacha)\b|"
         r"\b(?:main|mai|mein) (?:\w+ )?(?:marne|mar jane|maut|dard|saza|saja|takleef|"
         r"taklif) ke (?:hi )?(?:layak|laayak|"
         r"layk|lyk|laik) (?:hu|hoon|hun|hoo)\b|"
         r"\b(?:mann|man|mn) (?:karta|krta) (?:hai|h) (?:ki )?(?:main |mai )?(?:mar (?:jaun|jau|jaaun|jaoon)|sab "
         r"(?:kuch )?(?:khatam|khatm|khtm) kar (?:du|doon|dun|du))\b|"
         r"\bmarne ka (?:mann|man|mn) (?:karta|krta|kar raha|kar rahi)\b|"
         r"\bjeene ke liye (?:ab )?(?:kuch|koi) (?:bhi )?(?:nahi|nhi|nahin) (?:bacha|hai|raha)\b|"
         r"\b(?:zindagi|zindgi|jindagi|jeene|jine|life) se haar (?:maan|man|mann) (?:li|liya|raha|rahi|chuka|chuki|"
         r"gaya|gayi)\b|"
         r"\bduniya (?:\w+ )?mere bina (?:\w+ )?(?:better|behtar|acchi|achhi|khush)\b|\bmere bina duniya (?:\w+ )?"
         r"(?:better|behtar|acchi|achhi)\b|"
         r"\b(?:duniya|kisi) ko meri (?:koi )?(?:zarurat|zaroorat|jarurat|zarorat|need) (?:nahi|nhi|nahin)\b",
         framed="generic"),
    # -- zh ---------------------------------------------------------------------------------------
    zrule("self_harm:hopeless", "self_harm", "未 该 配 活 放 世 需",
          r"看不到(?:我|自己)?(?:自己)?的?未来|我(?:也|就|根本|真的|反正|早就|已经)*没(?:有)?(?:什么)?未来(?![的学])|"
          r"我(?:就|本来就|真的|也)?(?:活该|就该|应该|该)(?:被)?(?:去死|死掉?|受苦|被伤害|伤害|痛苦|受罪)|"
          r"我(?:根本)?不配活(?:着|下去)?|"
          r"没(?:有)?什么(?:值得|能让我|可以让我)(?:我)?活(?:下去|着)|没有(?:什么|任何)?(?:值得)?(?:我)?活下去的(?:东西|事)|"
          r"我(?:要|想|已经|真的|就|决定)*放弃(?:生活|活着|活下去|生命|人生)(?!费|用品|习惯|中|里|上|技能)|"
          r"(?:这个)?世界(?:根本|也|都|真的)?不需要我(?!们)|没有人需要我(?!们)",
          framed="generic"),
]
