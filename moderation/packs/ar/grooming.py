"""Arabic grooming rules: secrecy, moving to another app or a private chat,
photo and video-call requests, personal questions, meeting proposals, gifts
for photos, "I understand you better than your family".
"""

from __future__ import annotations

from ...rules import Rule, rule
from ._script import az

# people a child is told to keep things from
_FAMILY_AR = (
    r"(?:ل|ل?ا?ل)?(?:امك|ماما|مامتك|مامتكك|ابوك|بابا|باباك|اهلك|اهلكي|والديك|اخوك|اختك|حد|حدا|احد|"
    r"اي حد|اي احد|اي حدا|اصحابك|صحابك|صاحباتك|رفقاتك|صديقاتك|اصدقائك|المعلمه|المعلم|المدرسه|"
    r"المدرس|الاستاذ|الاستاذه|ابويك|امي|ابوي)"
)
_FAMILY_AZ = (
    r"(?:l|le|li|la)?(?:mamtak|mamtek|mamtik|mama|mamak|mamek|mamaki|omak|omik|omek|ommak|"
    r"ommek|ommik|ummak|ummik|babak|babaki|babakِ|abok|abouk|abook|abuk|ahlak|ahlik|ahlek|ahlk|"
    r"a?7ad|a?7ada|7add|ay 7ad|ai 7ad|ay 7ada|a5ok|a5ook|o5tak|o5tek|sa7bak|s7abak|s7abek|"
    r"s7abik|as7abak|as7abek|as7abik|sa7batek|el mo3alem|el mo3alema|el modares|el modaresa|"
    r"el miss|el ostaz)"
)
# a surprise or a present kept for someone is no secret from the family ("متقوليش لماما عن
# الحفلة المفاجأة", "ma t2ouli la mama 3an el 7afle el mfaje2a")
NOT_SURPRISE_AR = r"(?![^.!?]{0,60}(?:مفاج|فاجئ|فاجا|سربرايز|surpri|sorpri))"
NOT_SURPRISE_AZ = r"(?![^.!?]{0,60}(?:mfaj|mufaj|mofaj|fajea|faj2|surpri|sorpri|sarpra))"
_PLATFORM_AR = (
    r"(?:ال)?(?:واتس|واتساب|واتسب|وتس|وتساب|سناب|سنابشات|سناب شات|انستا|انستقرام|انستغرام|"
    r"انستجرام|تليجرام|تلغرام|تيليجرام|تيليغرام|تلجرام|تلي|ديسكورد|الديسكورد|ماسنجر|مسنجر|"
    r"فيسبوك|فيس|تيك توك|تيكتوك|كيك|خاص|برايفت|دي ام|الدي ام)"
)
_PLATFORM_AZ = (
    r"(?:el ?|al ?)?(?:whats|whatsapp|whatsap|watsap|watsapp|wats|watts|wts|wtsap|wtsp|wassap|"
    r"snap|instagram|tele|telegram|telegrm|tilegram|tlgrm|telgram|discord|disc|messenger|"
    r"facebook|tiktok|tik tok|kik|private|pv|5a9|5as|khas|5a9a|dm|dms)"
)
_GEMS_AR = (
    r"(?:جواهر|جوهره|الجواهر|جيمز|جيمس|الجيمز|جمز|الماس|الماسات|ماسات|ماسه|روبوكس|الروبوكس|"
    r"روبكس|روبلوكس|فري فاير|شدات|الشدات|شده|يوسي|كوينز|كوينات|عملات|سكنات|سكن|سكينات|فيبوكس|"
    r"فيباكس|في باكس|بطاقه شحن|بطاقات شحن|كرت شحن|بطاقه ايتونز|بطاقه جوجل بلاي|نيترو|هديه|هدايا|"
    r"فلوس|مصاري|مصروف)"
)
_GEMS_AZ = (
    r"(?:gems|gemz|gem|jewels|diamonds|diamond|dimonds|diamants|almas|almaz|robux|robox|robuks|"
    r"rbx|vbucks|v bucks|uc|shadat|shdat|shadda|coins|skins|skin|gawaher|jawaher|gwaher|jwaher|"
    r"free fire|freefire|nitro|gift card|gift cards|card|floos|fulus|flous|masari|msari|hdeye|"
    r"hdiyya|hedeya|hadeya|hadiya)"
)
_PHOTO_AZ = (
    r"(?:picture|pictures|video|videos|sora|sura|soura|sowra|sowar|suwar|swar|sortak|sortek|"
    r"sortik|sortk|sorak|sorek|sorik|sowarek|sowarak|sowarik|suwarik|selfie)"
)


GROOMING: list[Rule] = [
    # -- secrecy (dialects) -----------------------------------------------------
    rule("grooming:secrecy", "grooming",
         "سر سري بيننا بينا بيني متقوليش متقولش ماتقولي ماتقول ماتحكي متحكيش ماتخبري اوعى اوعي "
         "اياك تقول تقولي تحكي تحكيلي تخبري تخبر تعلمي تعلم تبلغي يعرف يدري يعلم يعرفوا",
         r"(?:خليها|خليه|خلي الموضوع|خلي الكلام|خلي هذا|خلي هاد|خلي ده|خليه) (?:\S+ )?(?:سر |سري )?"
         r"(?:بيننا|بينا|بيني وبينك|بيناتنا|عن اهلك|عن امك|عن ابوك|عن مامتك|عن الكل)|"
         r"سر (?:بيني وبينك|بينا|بيننا|ما بيننا|ما بينا)|"
         r"(?:بيني وبينك|بيننا|بينا) (?:وبس|بس|فقط)\b|"
         r"(?:متقوليش|متقولش|ماتقولي|ماتقول|ماتحكي|ماتحكيلي|متحكيش|متحكيلهمش|ماتخبري|ماتخبر|"
         r"متعرفيش|ماتعلمي|متجبيش سيره|متجيبيش سيره|ماتجيبي طاري|(?:ما|لا|اوعى|اوعي|اياك|اياكي|"
         r"اوعا|حاذر|حذاري) (?:\S+ )?(?:تقول|تقولي|تقوليش|تقولش|تحكي|تحكيلي|تخبري|تخبر|تعلمي|تعلم|"
         r"تبلغي|تبلغ|تعرفي|تجيبي سيره|تجيب سيره|تجيبي طاري|تورجي|توري|تفرجي|تفرجي))"
         r"(?: \S+){0,2}? " + _FAMILY_AR + r"\b" + NOT_SURPRISE_AR + r"|"
         r"(?:محد|محدش|ماحد|ما حد|لا احد|ولا حد|ما حدا|ماحدا|حد|حدا|احد) (?:لازم|يجب ان|يجب|المفروض|"
         r"مش لازم|ما لازم|ما بدو|ما يجب|لازمش|مفروض) (?:\S+ )?(?:يعرف|يدري|يعلم|يعرفش|يعرفوا|يدرى)|"
         r"(?:كلامنا|حديثنا|محادثتنا|علاقتنا|صداقتنا|الشات|المحادثه|الموضوع ده|هالموضوع|هاد الشي|"
         r"هذا الشي|هذا الشيء|اللي بينا|اللي بيننا|الي بيننا) (?:\S+ ){0,2}?(?:سر|سري|يبقى بينا|"
         r"يظل بيننا|يضل بينا|يضل بيناتنا|بيننا وبس|بينا وبس|محد يعرف عنه|محدش يعرف عنه)"),
    rule("grooming:secrecy", "grooming",
         "sir ser serr sirr sirri seri sr matoolish mat2olish mat2ulish matolesh mat2oleesh "
         "mat2olish mat2ol mat2oli mat2ooli t2oli t2ool t2ul t2uli tqoul tgool tgoli t7ki mat7ki "
         "t7kili mat7kish mat7kesh t5abbir tkhabir t5abri ewa iwa e3o aw3a ow3a ew3a ew3i ow3i aw3i "
         "bas benna bena benatna baynatna bainatna beinatna",
         az(r"\b(?:sir|ser|serr|sirr|sirri|seri|sr) (?:\S+ )?(?:benna|bena|beina|baynatna|benatna|"
            r"bainatna|beinatna|bainna|baynna|beinna|beni w ?benak|beni w ?benek|bayni w ?baynak|"
            r"bayni w ?baynek|beny w ?bynk|bni w ?bnk|bini w ?binik|benatena)\b|"
            r"\b(?:5aleeh|5aleh|khalih|khalli|5alli|5ali|khali|5aleha|khaliha|5aliha|khalleeha|"
            r"5alliha|5alih|5allih) (?:\S+ )?(?:(?:sir|ser|serr|sirr) )?(?:benna|bena|benatna|"
            r"baynatna|beinatna|beni w ?benak|bayni w ?baynak|beny w ?bynk|bini w ?binik)\b|"
            r"\b(?:beni|bayni|bini|beny|bni) w ?(?:benak|baynak|binak|bynk|bnk|benek|baynek|binek|"
            r"binik) (?:w ?bas|bas|bss|bs|fa2at|faqat)\b|"
            r"\b(?:matoolish|mat2olish|mat2ulish|matolesh|mat2oleesh|mat2olsh|mat2ulsh|mat2olesh|"
            r"mat2ol|mat2oli|mat2ooli|matqoli|matgoli|matgool|mat7ki|mat7kili|mat7kish|mat7kesh|"
            r"mat7kilhomsh|mat5abri|matkhabri|mat3arafish|(?:ma|la|ewa|iwa|e3o|aw3a|ow3a|ew3a|ew3i|"
            r"ow3i|aw3i|eyak|iyak|iyyaki|eyaki) (?:\S+ )?(?:t2oli|t2ool|t2ol|t2ul|t2uli|tqoul|tqoli|"
            r"tgool|tgoli|tgol|t7ki|te7ki|t7kili|t5abbir|tkhabir|t5abri|t5abir|t3arfi|t3arraf|"
            r"tjibi sirt|tgibi sirt|t2oleesh|t2olish|t2olesh))(?: \S+){0,2}? " + _FAMILY_AZ + r"\b")
         + NOT_SURPRISE_AZ),
    # -- moving to another app or a private chat --------------------------------
    rule("grooming:off_platform", "grooming",
         "واتس واتساب الواتس الواتساب واتسب وتس سناب السناب سنابشات انستا الانستا انستقرام "
         "انستغرام الانستقرام الانستغرام تليجرام التليجرام تلغرام التلغرام تيليجرام التيليجرام "
         "تلجرام ديسكورد الديسكورد ماسنجر المسنجر خاص الخاص برايفت البرايفت رقمك حسابك يوزرك "
         "سنابك انستك واتسك حسابك",
         r"(?:نكمل|نكملو|خلينا|خلينا نكمل|خلينا نحكي|خلينا نتكلم|تعالي|تعال|تعالى|كلميني|كلمني|"
         r"راسليني|راسلني|ضيفيني|ضيفني|اضيفك|اضيفكي|بضيفك|هضيفك|حضيفك|نتكلم|نحكي|نسولف|نتواصل|"
         r"تواصلي|تواصل|خشي|خش|ادخلي|ادخل|نروح|ننتقل|انتقلي|كلمني|حاكيني|حاكيني|دقيلي|دقلي|"
         r"رني|رنيلي|اتصلي|ابعتيلي|ابعتلي|ارسليلي|ارسلي|ارسل|ابعت|راسلي) (?:\S+ ){0,2}?"
         r"(?:على|ع|في|بال|فى|عال|عل|عالـ|لل|ل|ب|علي|عبر)? ?" + _PLATFORM_AR + r"\b|"
         r"(?:ابعتلي|ابعتيلي|ابعثلي|ارسلي|ارسليلي|ارسل لي|اعطيني|عطيني|هات|هاتي|اديني|اديني|عطني|"
         r"عطيني|ادّيني|شو|ايش|وش|ايه|ممكن|بدي|عايز|عايزه|ابغى|ابي|ودي|اكتبلي|اكتبيلي) (?:\S+ )?"
         r"(?:رقمك|رقم تلفونك|رقم جوالك|رقم موبايلك|رقم الواتس|واتسك|حسابك|سنابك|انستك|يوزرك|"
         r"اليوزر|حساب الانستا|تيليجرامك|رقم تليفونك|نمرتك|رقم هاتفك|رقم فونك)|"
         r"(?:عندك|عندكي|معاك|معك|معكي|عندك حساب|عندكي حساب|في عندك) (?:\S+ )?" + _PLATFORM_AR
         + r"(?! \S+ (?:ولا|او) )"),
    rule("grooming:off_platform", "grooming",
         "kalemni kallemni kalmni klmni kalimni kalmini kalmeeni kalimini raseleni rasleni rasilni "
         "rasilini raselni daifni daifini dayfini 9ayfini dayefni 9ayefni 9ayfni 6ayefni deefni "
         "dafni edifni adafni adeefak "
         "adifak badifak hadyfak hadayfak 7adifak ta3ala ta3ali t3al t3ali yalla yala khalina "
         "5alina 5alena khaleena khallina nkammel nkamel nkml netkalem nitkallam netkallem ntklm "
         "n7ki ne7ki nesolf nsolf nsawlef ntwasal netwasal kamli kammeli ed5ol od5ol 5osh khosh "
         "ab3atli ab3atly ab3tli eb3atli eb3tli eb3atili ab3atili arsili arsli ersili ersli a3tini "
         "a3teeni 3tini 3teeni edini eddini momken mumkin mmkn 3andak 3andek 3andik 3ndk 3indak "
         "3indik m3ak ma3ak ma3ek m3ki ma3ik",
         az(r"\b(?:kalemni|kallemni|kalmni|klmni|kalimni|kalmini|kalmeeni|kalimini|kallimini|"
            r"raseleni|rasleni|rasilni|rasilini|rasilny|raselni|daifni|daifini|dayfini|9ayfini|dayefni|9ayefni|9ayfni|"
            r"6ayefni|deefni|dafni|edifni|adafni|deefini|da?yfini|adeefak|adifak|badifak|hadyfak|"
            r"hadayfak|7adifak|ha?deefek|ta3ala|ta3ali|t3al|t3ali|ta3a|ta3i|yalla|yala|khalina|"
            r"5alina|5alena|khaleena|khallina|nkammel|nkamel|nkml|nkamil|netkalem|nitkallam|"
            r"netkallem|ntklm|n7ki|ne7ki|ni7ki|nesolf|nsolf|nsawlef|ntwasal|netwasal|kamli|kammeli|"
            r"kamel|kammel|ed5ol|od5ol|ud5ul|5osh|khosh|5oshi|rou7|ro7|ruh|roo7|ro7i) "
            r"(?:\S+ ){0,2}?(?:3a|3ala|3la|3al|3l|ala|aal|fi|fe|f|bel|bil|b|on|to|3ale|3le)? ?"
            + _PLATFORM_AZ + r"\b|"
            r"\b(?:ab3atli|ab3atly|ab3tli|ab3tly|eb3atli|eb3atly|eb3tli|eb3atili|ab3atili|arsilli|"
            r"arsili|arsli|ersili|ersli|a3tini|a3teeni|a36ini|3tini|3teeni|edini|eddini|iddini|"
            r"hat|hati|shu|sho|esh|eish|wesh|eh|momken|mumkin|mmkn|ekteb?li|oktobli) (?:\S+ )?"
            r"(?:ra2mak|ra2mek|ra2mik|rqmk|r2mk|ra?2m?ak|nemretak|nemretek|nemrtk|nmrtk|"
            r"ra2m el (?:whats|whatsapp|wats|mobile|telephone|phone|tel)|7esabak|7esabek|7sabk|"
            r"7isabik|accountak|accountek|snapak|snapek|instak|instek|userak|userek|el user|"
            r"usernamak|whatsak|whatsek|watsak|watsek|numberak|numberek)\b|"
            r"\b(?:3andak|3andek|3andik|3ndk|3indak|3indik|m3ak|ma3ak|ma3ek|m3ki|ma3ik) "
            r"(?:\S+ )?" + _PLATFORM_AZ + r"\b(?! \S+ (?:wala|walla|aw|or) )"),
         requires="whats whatsapp whatsap watsap watsapp wats watts wts wtsap wtsp wassap snap "
                  "instagram tele telegram telegrm tilegram tlgrm telgram discord disc messenger "
                  "facebook tiktok kik private pv 5a9 5as khas 5a9a dm dms ra2mak ra2mek ra2mik rqmk "
                  "r2mk nemretak nemretek nemrtk nmrtk ra2m 7esabak 7esabek 7sabk 7isabik accountak "
                  "accountek snapak snapek instak instek userak userek user usernamak whatsak whatsek "
                  "watsak watsek numberak numberek"),
    # -- photo, video call and camera requests ----------------------------------
    rule("grooming:photo_request", "grooming",
         "ابعتيلي ابعتلي ابعثيلي ابعثلي ارسليلي ارسلي ارسل ابعتي طرشيلي طرشلي دزيلي دزلي طرشي دزي "
         "صوريلي صورلي وريني وريلي فرجيني فرجيلي اشوف شوف افتح افتحي فتحي شغل شغلي ولعي كاميرا الكاميرا "
         "الكام كام فيديو كول كال مكالمه اتصال فيس فيستايم",
         r"(?:ابعتيلي|ابعتلي|ابعثيلي|ابعثلي|ارسليلي|ارسلي لي|ارسلي|ارسل لي|ابعتي|ابعتي لي|طرشيلي|"
         r"طرشلي|دزيلي|دزلي|دزي|طرشي|صوريلي|صورلي|صوري لي|صور لي|وريني|وريلي|فرجيني|فرجيلي|خليني "
         r"اشوف|بدي شوف|بدي اشوف|عايز اشوف|ابي اشوف|ابغى اشوف|ودي اشوف|نفسي اشوف|ممكن اشوف|ممكن "
         r"تبعتيلي|ممكن ترسليلي|ممكن ترسلي|ممكن تبعتي|تبعتيلي|ترسليلي|تبعتلي|ترسلي) (?:\S+ ){0,2}?"
         r"(?:صورتك|صورتكك|صورك|صوره لك|صوره ليكي|صوره لكي|صوره ليك|صوره منك|صوره الك|صوره الكي|"
         r"صوره لوجهك|صوره وجهك|صوره جسمك|صوره كامله|سيلفي|فيديو لك|فيديو ليكي|فيديو لكي|فيديو الك|"
         r"وجهك|شكلك|جسمك|صوره لحالك|صوره وانتي|صوره وانت|صوره ل?شكلك)|"
         r"(?:افتح|افتحي|فتحي|شغل|شغلي|ولعي|دوري|حطي|شغلي) (?:\S+ )?(?:الكاميرا|كاميرا|الكام|كام|"
         r"الكاميره|كاميره|الفيديو)\b|"
         r"(?:نعمل|نسوي|تعالي|تعال|خلينا|يلا|يالله|ممكن|بدي|عايز|عايزه|ابي|ابغى|ودي|نتكلم|نحكي|"
         r"نسولف|نفتح|بنعمل|هنعمل|نسويها|ندق) (?:\S+ ){0,2}?(?:فيديو كول|فيديو كال|مكالمه فيديو|"
         r"كول فيديو|كال فيديو|اتصال فيديو|فيس تايم|فيستايم|video call|facetime)"),
    rule("grooming:photo_request", "grooming",
         "ab3atli ab3atly ab3ateli ab3atily ab3tli ab3tly ba3atili ba3atily ba3atli eb3atli "
         "eb3atili eb3tli eb3atly eb3tili ab3thli eb3thli arsilli arsili arsli arsely arseli "
         "ersili ersli ersely 6arshli tarshli 6arshili tarshili dezli dizli dezzili dizzili dezily "
         "warrini warini wareni waryni worini farjini farjeeni ferjini sawarli sawarili sawerli "
         "sawerili sawri sawarly efta7 eftah efta7i eftahi fta7 fta7i sha8al sha8ali shaghal "
         "shaghli shaghali n3mel na3mel n3ml nsawi nsawy yalla yala ta3ala ta3ali momken mumkin "
         "mmkn bade badi 3ayez 3ayza abi abgha t3al 5alina khalina teb3atli teb3atili tb3atli "
         "tersili tersli",
         az(r"\b(?:ab3atli|ab3atly|ab3ateli|ab3atily|ab3tli|ab3tly|ba3atili|ba3atily|ba3atli|"
            r"eb3atli|eb3atili|eb3tli|eb3atly|eb3tili|ab3thli|eb3thli|arsilli|arsili|arsli|arsely|"
            r"arseli|ersili|ersli|ersely|ersilly|6arshli|tarshli|6arshili|tarshili|dezli|dizli|"
            r"dezzili|dizzili|dezily|warrini|warini|wareni|waryni|worini|warreeni|farjini|"
            r"farjeeni|ferjini|sawarli|sawarili|sawerli|sawerili|sawri|sawarly|badi shof|bade shouf|"
            r"bade choof|3ayez ashof|3ayz ashof|3awez ashof|abi ashof|abgha ashof|abga ashoof|"
            r"nefsi ashof|weddi ashof|wdi ashof|5alini ashof|khallini ashof|5alini ashuf|"
            r"momken ashof|mumkin ashuf|teb3atli|teb3atili|tb3atli|tersili|tersli) "
            r"(?:\S+ ){0,2}?(?:sortak|sortek|soritik|sortik|sortk|sooratak|suratik|soratak|"
            r"soratik|sorak|sorek|sorik|sowarak|sowarek|suwarik|sowark|sora lik|sora lek|sora lak|"
            r"sora leki|sora liki|sura lik|sora menek|sora minik|sora mnk|picture|pictures|video|"
            r"videos|wishak|wishek|wishik|weshik|wshak|weshak|wechek|wjhek|wejhak|wijhik|weshek|wshek|shaklek|shaklak|"
            r"shaklik|shaklk|gesmak|gismak|gismik|gesmek|jesmak|jismik|jesmek|"
            r"(?:sora|sura|soura|sowra|swra)(?! (?:el|al|mn|men|min|of|lel|ll|le|bta3t|beta3t|"
            r"ta3t|3an|3n|ll)\b)(?!\w))|"
            r"\b(?:efta7|eftah|efta7i|eftahi|fta7|fta7i|fte7|fte7i|sha8al|sha8ali|shaghal|shaghli|"
            r"shaghali|sha8li|wala3|walla3i|wal3i|7oti|7o6i) (?:el ?|al ?)?(?:cam|camera|kamera|"
            r"camira|kam|came?ra)\b|"
            r"\b(?:n3mel|na3mel|n3ml|nsawi|nsawy|yalla|yala|ta3ala|ta3ali|momken|mumkin|mmkn|bade|"
            r"badi|3ayez|3ayza|abi|abgha|ta3a|t3al|5alina|khalina) (?:\S+ ){0,2}?(?:video call|"
            r"facetime|face time|call video|mokalmet video|mkalmet video|mokalma video)\b")),
    # -- age, city, school, home-alone questions --------------------------------
    rule("grooming:personal_questions", "grooming",
         "عمرك قديش اديش كام سنك سنه صف مدرسه مدرستك ساكنه ساكن ساكنين عايشه عنوانك عنوان مدينه "
         "منطقه حي لوحدك لحالك وحدك لحالكك البيت بالبيت اهلك امك مامتك ابوك باباك",
         r"عمرك (?:كام|قديش|اديش|كم)|(?:قديش|اديش|كام) عمرك|كم سنك|سنك كام|عندك كام سنه|عندك كم سنه|"
         r"(?:في|ب|باي|بأي|في اي|بأي) (?:صف|سنه|مرحله) (?:كام|كم|قديش|اديش)|(?:في|ب|بال|في ال)"
         r"(?:اي|أي|انهي|ياتو|اي) (?:صف|مدرسه|مرحله)|(?:اي|أي|انهي) مدرسه (?:انت|انتي|بتروح|بتروحي|"
         r"تروح|تروحي|تدرس|تدرسي)|(?:مدرستك|اسم مدرستك) (?:وين|فين|اين|ايش|ايه|شو|اسمها|وش|"
         r"في اي|فين بالظبط)|(?:وين|فين|اين|وش) (?:مدرستك|بيتك|ساكنه|ساكن|ساكنين|عايشه|عايش|"
         r"تسكني|تسكن|بتسكني|بتسكن|بتعيشي)|(?:ساكنه|ساكن|ساكنين|عايشه|بتسكني|تسكني|ساكنه في) "
         r"(?:فين|وين|اين|في اي|باي|بأي|وين بالضبط|فين بالظبط)|(?:عنوانك|عنوان بيتك) (?:ايه|ايش|شو|"
         r"وش|ايش هو|بالظبط)|(?:انت|انتي) (?:من|في|ب) (?:اي|أي|انهي|ياتو) (?:مدينه|منطقه|حي|"
         r"بلد|محافظه)|"
         r"(?:لوحدك|لحالك|وحدك|لوحدكي|لحالكك|بمفردك) (?:\S+ )?(?:في|ب|بال)(?:ال)? ?(?:البيت|بيت|"
         r"الدار|المنزل|الغرفه|البيت)|(?:في|بال|ب)(?: ال)? ?(?:البيت|الدار|المنزل) (?:لوحدك|لحالك|"
         r"وحدك|لوحدكي|بمفردك)|(?:اهلك|امك|مامتك|ابوك|باباك|اهلكي|والديك|ماما|بابا) (?:\S+ )?"
         r"(?:في البيت|بالبيت|بالدار|موجودين|موجوده|موجود|نايمين|نايمه|نايم|برا|بره|مش في البيت|"
         r"مو بالبيت|مش موجودين|مسافرين|بالشغل|في الشغل|طالعين|برا البيت)"
         r"(?! (?:و ?انا|وانا|معي|معايا))|(?:امتى|متى|امتا|ايمتى|وقتيش|امته) (?:\S+ )?"
         r"(?:اهلك|امك|ابوك|مامتك|باباك) (?:\S+ )?(?:يطلعون|بيطلعوا|بيخرجوا|يخرجون|ينامون|بيناموا|"
         r"يرجعون|بيرجعوا|بيروحوا|بتطلع|بيطلع|بتنام|بينام)|"
         r"(?:امتى|متى|امتا|ايمتى|الساعه كام|الساعه كم|ساعه كم) (?:\S+ )?(?:تخلصي|تخلص|بتخلصي|"
         r"بتطلعي|تطلعي|تطلع) (?:من )?(?:المدرسه|الدوام|المدرسة)",
         requires="عمرك قديش اديش كام كم سنك صف مدرسه مدرستك ساكنه ساكن ساكنين عايشه عايش عنوانك "
                  "عنوان مدينه منطقه حي بلد محافظه لوحدك لحالك وحدك لوحدكي بمفردك اهلك امك مامتك ابوك "
                  "باباك والديك ماما بابا متى امتى امتا وين فين اين وش تسكني تسكن بتسكني بتسكن "
                  "بتعيشي مرحله سنه"),
    rule("grooming:personal_questions", "grooming",
         "3omrak 3omrek 3omrik 3omrk 3mrk 3mrak 3mrek 3umrak 3umrik kam addesh 2addesh 2adesh "
         "adesh sennak sennek sinnik saken sakna sakneh sakin saknah sakne sakneen 3ayesh 3aysha "
         "btoskon btoskni toskon teskon teskni madrastak madrastek madrastik mdrstk lw7dk "
         "lewa7dak lewa7dek lwa7dak lwa7dek lwa7dik wa7dak wa7dek wa7dik la7alak la7alek la7alik "
         "l7alak l7alik l7alek lo7dak lo7dek lo7dik ahlak ahlek ahlik ahlk mamtak mamtek mamtik "
         "saf sa9 9af sana sena",
         az(r"\b(?:3omrak|3omrek|3omrik|3omrk|3mrk|3mrak|3mrek|3mrik|3umrak|3umrik) (?:kam|kaam|"
            r"2addesh|addesh|adesh|2adesh|2adeh|2ddesh|2desh|2dsh|kamm|kaman kam)\b|"
            r"\b(?:kam|kaam|2addesh|addesh|adesh|2adesh|2adeh|2ddesh|2desh|2dsh|addeh) "
            r"(?:3omrak|3omrek|3omrik|3omrk|3mrk|3mrak|3mrek|3mrik|3umrak|3umrik|sana 3and|sene "
            r"3and|sena 3and)\b|\b(?:sennak|sennek|sinnik|sinnak) (?:kam|2addesh)\b|"
            r"\b(?:saken|sakna|sakneh|sakin|saknah|sakne|sakneen|saknin|3ayesh|3aysha|3ayshe) "
            r"(?:fen|feen|fein|wen|wein|ween|wain|fain|fi anhi|fe anhi|fe ay|fi ay|f ay|b ay|bi ay|"
            r"bay|ba2y|b2ay)\b|\b(?:fen|feen|fein|wen|wein|ween|wain|fain|wenk|fenk) (?:saken|"
            r"sakna|sakneh|sakin|saknah|sakne|btoskon|btoskni|btuskun|btskon|btskni|toskon|"
            r"teskon|tskon|tskni|teskni|betoskon|3ayesh|3aysha|3ayshe|beitak|betak|betek|baytak|"
            r"baytek|bitak|bitik|madrastak|madrastek|madrastik|mdrstk)\b|"
            r"\b(?:madrastak|madrastek|madrastik|mdrstk|mdrstek|madrasatak|madrasatik) (?:esmaha|"
            r"ismha|esmha|ismaha|fen|feen|wen|wein|ween|wain|eh|shu|sho|eish|esh|ay wa7da|anhi|"
            r"anhy|wain)\b|\b(?:esm|ism|isim|esem) (?:madrastak|madrastek|madrastik|mdrstk|"
            r"mdrstek|madrasatak|madrasatik)\b|\b(?:fi|fe|f|bi|b|bay|b2ay) (?:ay|anhi|anhy|2ay|"
            r"ayy|anho|ani) (?:madrasa|madrase|mdrsa|saf|sa9|sana|sena|class|grade|sef|9af)\b|"
            r"\b(?:saf|sa9|9af|sana|sena|grade|class|sef) (?:kam|kaam|2adesh|addesh|adesh|kamm)\b|"
            r"\b(?:enta|enti|inta|inti|anta|anti|ente|inte) (?:mn|men|min) (?:ay|anhi|anhy|ayy) "
            r"(?:madina|mdina|balad|mante2a|mantiqa|7ay|hay|me7afza)\b|"
            r"\b(?:lw7dk|lewa7dak|lewa7dek|lwa7dak|lwa7dek|lwa7dik|lwahdak|lewahdek|wa7dak|"
            r"wa7dek|wa7dik|la7alak|la7alek|la7alik|l7alak|l7alik|l7alek|b7alak|b7alik|lo7dak|"
            r"lo7dek|lo7dik|lu7dik) (?:fi |fe |f |fel |fil |fl |bel |bil |b )?(?:el ?|al ?|l)?(?:beit|bait|bet|"
            r"bayt|beet|home|house|dar|manzel|oda|ghorfa)\b|"
            r"\b(?:ahlak|ahlek|ahlik|ahlk|mamtak|mamtek|mamtik|mamak|mamik|omak|omik|ommak|ommek|"
            r"babak|babaki|abook|abouk|abok) (?:\S+ )?(?:(?:mesh|msh|mish|mo|mu|mush|mahomsh|"
            r"mahumsh) )?(?:fi |fe |f |fel |fil |fl |bel |bil |b )?(?:el ?)?(?:beit|bait|bet|bayt|beet|house|"
            r"home|dar|mawgoodin|mawgodin|mawjoodin|mawjudin|nayemin|naymin|naymeen|nayma|nayem|"
            r"barra|bara|msafrin|msafreen|mesafrin|mesafreen)\b(?! (?:w ?ana|wana|m3aya|ma3i))"),
         requires="3omrak 3omrek 3omrik 3omrk 3mrk 3mrak 3mrek 3mrik 3umrak 3umrik sennak sennek "
                  "sinnik sinnak saken sakna sakneh sakin saknah sakne sakneen saknin 3ayesh 3aysha "
                  "3ayshe madrastak madrastek madrastik mdrstk mdrstek madrasatak madrasatik madrasa "
                  "madrase mdrsa saf sa9 9af sana sena class grade sef madina mdina balad mante2a "
                  "mantiqa lw7dk lewa7dak lewa7dek lwa7dak lwa7dek lwa7dik lwahdak lewahdek wa7dak "
                  "wa7dek wa7dik la7alak la7alek la7alik l7alak l7alik l7alek b7alak b7alik lo7dak "
                  "lo7dek lo7dik lu7dik ahlak ahlek ahlik ahlk mamtak mamtek mamtik mamak mamik omak "
                  "omik ommak ommek babak babaki abook abouk abok"),
    # -- meeting proposals ------------------------------------------------------
    rule("grooming:meeting", "grooming",
         "نتقابل نتقابلوا نشوف نتلاقى نلتقي نلتقى نطلع اشوفك بشوفك هشوفك حشوفك نتشوف اجيلك "
         "بجيلك هجيلك اجيك بجيك امر بمر اعدي بعدي اوصلك اخدك اخذك باخدك هاخدك نتمشى نخرج نروح",
         r"(?:نتقابل|نتقابلوا|نتقابلو|نشوف بعض|نشوف بعضنا|نتلاقى|نتلاقي|نلتقي|نلتقى|نطلع سوا|نطلع "
         r"سوى|نطلع مع بعض|نخرج سوا|نخرج مع بعض|نروح سوا|اشوفك|بشوفك|هشوفك|حشوفك|نتشوف|اجيلك|"
         r"بجيلك|هجيلك|اجيك|بجيك|اجي لعندك|باجي لعندك|امر عليكي|امر عليك|بمر عليكي|امرك|اعدي "
         r"عليكي|اعدي عليك|بعدي عليكي|اوصلك|اخدك|اخذك|باخدك|هاخدك|نتمشى|نتمشي)(?: \S+){0,3}? "
         r"(?:في|ف|ب|عند|على|قدام|جنب|بال|عال|فال|ع)? ?(?:ال)?(?:مول|كافيه|كوفي|مقهى|كافي|حديقه|"
         r"جنينه|بارك|سينما|مطعم|ماكدونالدز|ماك|بيتك|بيتي|بيت|شقتي|شقتك|كورنيش|شاطئ|محطه|مترو|"
         r"ملعب|نادي|سياره|سيارتي|عربيتي|العربيه|الاوتيل|فندق|برا|بره|لوحدنا|لحالنا|بعد المدرسه|"
         r"بعد الدوام|بعد المدرسة|من غير ما حد يعرف|بدون ما حد يعرف|من ورا اهلك|من ورا اهلكي|بالسر|"
         r"في السر)"),
    rule("grooming:meeting", "grooming",
         "net2abel nit2abal net2abl nt2abl net2ablo nitla2a netla2a ntla2a nitlaqa netlaqa neshof "
         "nshof nshuf nchouf ashofak ashofek ashoofek ashufik ashofik bshofak bshofek bshufik "
         "hashofak hashofek 7ashofek ajilak ajilik ageelek agilek ajeek ajeeki ajik a3adi a3di amor "
         "amurr awaslek awasalek awsalek a5dek akhdek a5dik akhdik nitmashsha netmasha nitmasha "
         "n6la3 ntla3 nokhrog no5rog nro7 nroo7",
         az(r"\b(?:net2abel|nit2abal|net2abl|nt2abl|net2ablo|nit2ablo|nitla2a|netla2a|ntla2a|"
            r"nitlaqa|netlaqa|neshof ba3d|nshof ba3d|nshuf ba3d|nchouf ba3d|neshof ba3dena|"
            r"ashofak|ashofek|ashoofek|ashufik|ashofik|bshofak|bshofek|bshufik|hashofak|hashofek|"
            r"7ashofek|ajilak|ajilik|ageelek|agilek|ajeek|ajeeki|ajik|a3adi 3aleki|a3adi 3alek|"
            r"a3di 3aleki|amor 3aleki|amurr 3alaiki|amurr 3aleki|awaslek|awasalek|awsalek|a5dek|"
            r"akhdek|a5dik|akhdik|nitmashsha|netmasha|nitmasha|n6la3 sawa|ntla3 sawa|ntla3 ma3 "
            r"ba3d|nokhrog sawa|no5rog sawa|nokhrog ma3 ba3d|no5rog ma3 ba3d|nroo7 sawa|nro7 sawa)"
            r"(?: \S+){0,3}? (?:fel |fil |fi el |fe el |bel |bil |3and |3ind |3end |odam |2odam |"
            r"ganb |janb |3al |3a |at |in )?(?:el ?|al ?|l)?(?:mall|mol|cafe|kafe|kafeh|coffee|"
            r"ahwa|2ahwa|qahwa|park|bark|7adi2a|hadi2a|7adeeqa|geneina|gnena|cinema|sinema|"
            r"restaurant|resturant|mat3am|mcdonalds|mac|betak|beitak|betek|beitek|baytak|baytik|beit|bait|"
            r"beti|beiti|bayti|barra|bara|lewa7dena|lwa7dna|lwa7dena|lewa7dna|la7alna|l7alna|"
            r"3arabeya|sayara|sayarti|3arabeyti|car|ba3d el madrasa|ba3d el madrase|ba3d el dawam|"
            r"mn ghair ma 7ad ye3raf|mn 8er ma 7ad ye3raf|men wara ahlek|mn wara ahlik|fel ser|"
            r"bel ser|bil sirr)\b")),
    # -- gifts / game currency for photos ---------------------------------------
    rule("grooming:gifts", "grooming",
         "جواهر جوهره الجواهر جيمز جيمس الجيمز جمز الماس الماسات ماسات ماسه روبوكس الروبوكس روبكس "
         "روبلوكس فاير شدات الشدات شده يوسي كوينز كوينات عملات سكنات سكن سكينات فيبوكس فيباكس باكس "
         "بطاقه بطاقات كرت نيترو هديه هدايا فلوس مصاري مصروف",
         r"(?:اعطيك|اعطيكي|اديكي|اديك|بديك|بديكي|بعطيك|بعطيكي|هديكي|هديك|حديكي|حديك|ابعتلك|ابعتلكي|"
         r"اشحنلك|اشحنلكي|بشحنلك|بشحنلكي|هشحنلك|هشحنلكي|حشحنلك|اشتريلك|اشتريلكي|بشتريلك|هشتريلك|"
         r"اهديك|اهديكي|هجيبلك|بجيبلك|اجيبلك|اجيبلكي|ارسل لك|ارسلك|ارسلكي|راح اعطيك|رح اعطيك|"
         r"رح اعطيكي|سوف اعطيك|ساعطيك|اعطيتك|بدفعلك|هدفعلك|ادفعلك|اعطيج|بعطيج|اشحن لك|اشحن لكي) "
         r"(?:\S+ ){0,4}?" + _GEMS_AR + r"\b[^.!?]{0,40}?(?:اذا|لو|بس|مقابل|بشرط|لما|عشان|علشان|و) ?"
         r"(?:\S+ ){0,3}?(?:ترسل|ترسلي|تبعت|تبعتي|تبعتيلي|ترسليلي|تبعتلي|ترسلي لي|ابعتي|ابعتيلي|"
         r"ارسلي|ارسليلي|تصوري|تصوريلي|تفتحي|تفتح|توريني|تفرجيني|صوره|صورتك|صور|صورك|سيلفي|فيديو)|"
         r"" + _GEMS_AR + r"\b[^.!?]{0,30}?(?:مقابل|لو|اذا|بس|بشرط) (?:\S+ ){0,3}?(?:صوره|صورتك|صور|"
         r"صورك|سيلفي|فيديو|ترسلي|تبعتي|ترسل|تبعت|ابعتي|ارسلي)|"
         r"(?:صوره|صورتك|صورك|سيلفي|فيديو)(?: \S+){0,4}? (?:مقابل|وانا|و ?اعطيك|و ?بعطيك|و ?اديكي|"
         r"و ?بديكي|و ?هديكي|و ?اشحنلك|و ?بشحنلك|و ?هشحنلك|و ?اشتريلك|و ?اعطيكي|و ?ابعتلك|"
         r"و ?ارسلك|و ?بعطيكي|و ?بديك|و ?اديك)(?: \S+){0,3}? " + _GEMS_AR),
    rule("grooming:gifts", "grooming",
         "gems gemz jewels diamonds diamond dimonds almas almaz robux robox robuks rbx vbucks "
         "uc shadat shdat gawaher jawaher gwaher jwaher freefire nitro floos fulus flous masari "
         "msari hdeye hdiyya hedeya hadeya hadiya",
         az(r"\b" + _GEMS_AZ + r"\b[^.!?]{0,40}?\b(?:law|lw|iza|eza|itha|ida|isa|bas|mo2abel|"
            r"mu2abil|m2abel|ma2abel|mqabel|lama|lma|lamma)\b[^.!?]{0,40}?\b(?:teb3at|tb3at|"
            r"tib3at|teb3aty|tb3aty|teb3ati|tersel|tirsil|tersli|tersili|teb3atli|teb3atili|"
            r"tsawar|tsawri|tsawarili|tfta7|tefta7i|twarini|twarrini|" + _PHOTO_AZ[3:-1] + r")\b|"
            r"\b" + _PHOTO_AZ + r"\b(?: \S+){0,4}? (?:w ?a3tik|w ?ba3tik|w ?a3tek|w ?ba3tek|"
            r"w ?a3teki|w ?adik|w ?badik|w ?hadik|w ?hadeek|w ?adeek|w ?adiki|w ?hadiki|"
            r"w ?ba3tilak|w ?ab3atlak|w ?ab3atlek|w ?ab3tlk|w ?ash7anlak|w ?bash7anlak|"
            r"w ?hash7anlak|w ?ash7anlek|w ?ash7anlik|mo2abel|mu2abil|m2abel|ma2abel|for|and i will "
            r"give you|w ?ashtarilak|w ?ashtrilik)\b(?: \S+){0,3}? " + _GEMS_AZ + r"\b"),
         requires="law lw iza eza itha ida isa bas mo2abel mu2abil m2abel ma2abel mqabel lama lma "
                  "lamma w a3tik wa3tik ba3tik wba3tik a3tek adik badik hadik hadeek adeek adiki "
                  "hadiki ash7anlak bash7anlak hash7anlak ash7anlek ab3atlak ab3atlek ab3tlk "
                  "ashtarilak ashtrilik"),
    # -- "I understand you better than your family" ----------------------------
    rule("grooming:isolation", "grooming",
         "بفهمك افهمك فاهمك فاهمكي افهمكي بفهمكي يفهمك بيفهمك يفهمكي اعرفك بعرفك فاهم الوحيد "
         "الوحيده بيفهموكي بيفهموك يفهموكي يفهمونك يفهموك فاهمينك فاهمينكي بيفهمونك يقدروكي "
         "يقدرونك يحسوا يحسون",
         r"(?:بفهمك|افهمك|فاهمك|فاهمكي|افهمكي|بفهمكي|اعرفك|بعرفك|فاهم عليكي|فاهم عليك|فهمان عليكي|"
         r"بحس فيكي|احس فيك|حاسس بيكي|بحس بيكي|احبك|بحبك) (?:\S+ ){0,2}?(?:اكثر|اكتر|احسن|افضل) "
         r"(?:من|مِن) (?:كل )?(?:اهلك|امك|ابوك|مامتك|باباك|اهلكي|عيلتك|عيلتكك|عائلتك|اسرتك|"
         r"اصحابك|صحابك|صاحباتك|رفقاتك|صديقاتك|اصدقائك|الكل|الجميع|اي حد|اي احد|حد|اي حدا|اخواتك)|"
         r"(?:اهلك|امك|ابوك|مامتك|باباك|عيلتك|عائلتك|اسرتك|اصحابك|صحابك|صاحباتك|والديك|اهلكي) "
         r"(?:\S+ )?(?:ما|مش|مو|لا|مب|ماهم|مهمش|مابي|مبي)? ?(?:بيفهموكي|بيفهموك|يفهموكي|يفهمونك|"
         r"يفهموك|فاهمينك|فاهمينكي|بيفهمونك|يفهمك|بتفهمك|تفهمك|يقدروكي|يقدرونك|يحبوكي|يحبونك|"
         r"بيحبوكي|بيحسوا فيكي|يحسون فيك|بيهتموا فيكي|يهتمون فيك)(?: \S+){0,3}? (?:زيي|مثلي|قدي|"
         r"زي ما انا|مثل ما انا|غيري|انا بس|الا انا|بس انا|اكثر مني|اكتر مني)|"
         r"(?:انا|بس انا|انا بس|الا انا|غيري) (?:\S+ )?(?:الوحيد|الوحيده|بس|فقط)? ?(?:اللي|الي|الذي|"
         r"يلي|اللى|لي) (?:\S+ )?(?:بيفهمك|يفهمك|فاهمك|بفهمك|افهمك|يفهمكي|بيفهمكي|فاهمكي|بحس فيكي|"
         r"بيحس فيكي|يحس فيك|يهتم فيك|بيهتم فيكي|يهتم بيكي)"),
    rule("grooming:isolation", "grooming",
         "bafhamek bafhamak bafhamik afhamek afhamik afhamak fahmek fahmik fahmak bfhmk bfhamek "
         "efhamek befhamik bifhamik fahmanek fahmanik byfhamek yefhamek yifhamik fahem fahma "
         "bafham",
         az(r"\b(?:bafhamek|bafhamak|bafhamik|afhamek|afhamik|afhamak|fahmek|fahmik|fahmak|"
            r"bfhmk|bfhamek|efhamek|b2fhamik|befhamik|bifhamik|bafham 3aleki|fahem 3aleki|"
            r"fahem 3alaiki|fahmanek|fahmanik|fahman 3aleki|ba7es beki|ba7es biki|7ases beki) "
            r"(?:\S+ ){0,2}?(?:aktar|aktr|akthar|aksar|ahsan|a7san|afdal) (?:mn|men|min) (?:kol )?"
            r"(?:ahlak|ahlek|ahlik|ahlk|mamtak|mamtek|mamtik|omak|omek|omik|ommek|ommak|babak|"
            r"babaki|abouk|abok|abook|3eltek|3eltik|3eiltek|3ailtik|3a2eltek|3aeltek|osrtek|"
            r"sohabek|s7abek|s7abik|s7abak|as7abek|as7abik|as7abak|sa7batek|el kol|elkol|kol el "
            r"nas|ay 7ad|ay 7ada)\b|"
            r"\b(?:ana|bas ana|ana bas|ana el wa7id|ana al wa7id|ana lwa7id|ana elwa7id|"
            r"ana el wahid|ana el wa7eed) (?:\S+ )?(?:elly|eli|illi|ele|lli|li|illy|yalli|yali) "
            r"(?:\S+ )?(?:bafhamek|bafhamik|fahmek|fahmik|byfhamek|bifhamik|befhamik|yefhamek|"
            r"yifhamik|afhamek|afhamik|bya?fhamek|ba7es beki|b?ye7es beki)\b|"
            r"\b(?:ahlak|ahlek|ahlik|ahlk|mamtek|mamtik|omek|omik|babaki|abouki|3eltek|3eltik|"
            r"s7abek|s7abik|as7abek|as7abik) (?:\S+ )?(?:mesh|msh|mish|mo|mu|ma|mabi)? ?"
            r"(?:fahmeenek|fahminik|fahmink|byfhamook|byfhamouki|byfhamoki|bifhamouki|yefhamook|"
            r"yifhamouki|yfhamook)(?: \S+){0,3}? (?:zayi|zayy|zai|zaiy|mitli|methli|2addi|adi|"
            r"ghairi|8eri|gheiri|ana bas|bas ana|ella ana)\b")),
]
