"""Arabic and Arabizi discussion / reporting frames, searched in the sentence
before a hit (see the comments below for how they are anchored).
"""

from __future__ import annotations

from ...normalise import fold_pattern
from ._script import _ARABIC_LETTER, az

# a first-person word ends any frame's reach: "قالتلي امي ... وانا بدي اموت"
_GAP = r"(?:(?!(?:و?انا|و?اني|ana|wana|i)\b)\S+ )"


# regex sources of discussion / reporting frames, searched in the text of the
# sentence before a hit.  Every frame is anchored near the hit ("$" after at
# most a few words) and a first-person word in between ends its reach, so a
# disclosure after an unrelated report ("قالتلي امي ... وانا بدي اموت") is
# not excused.
_FRAMES_SRC = [
    # talk/content/videos/posts/lessons "about" the harm: discussion, not disclosure
    r"(?:كلام|محتوى|محتوي|فيديوهات|فيديو|منشورات|بوستات|مقاطع|اخبار|خبر|حملات|حمله|توعيه|درس|"
    r"حصه|موضوع|نقاش|مقال|مقالات) (?:\S+ )?(?:عن|حول|بخصوص) ?$",
    # reports: "he told me / asked me / sent me ..."
    r"(?:قال لي|قالي|قاللي|قالتلي|قالت لي|طلب مني|طلبت مني|طلبوا مني|طلب منها|طلب منه|سالني|"
    r"سالتني|سالها|ساله|بعتتلي|ارسل لي رساله|ارسلت لي|كتبلي|كتب لي|كتبتلي|وصلني|وصلتني|جاني|"
    r"جاتني|جتني|وصلها|وصله|وصلتها|بعتوا لها|بعتوله|بعتولها|بعتلها|بعتله|ارسلوا لها|ارسلوا له|"
    r"ارسل لها|ارسل له|حكالي|حكتلي|حكى لي|حكت لي|قالها|قالتلها|قاله|كلمها|يطلب من|بيطلب من|"
    r"يقولون|بيقولوا|بيقولو|يقولوا|يكتبون|بيكتبوا|يقولون للاطفال|بيقولوا للاطفال|"
    r"يقولون لل|بيقولوا لل|يطلبون من|بيطلبوا من) " + _GAP + r"{0,4}$",
    # "if someone / a friend / a stranger ...", "when someone ..."
    r"(?:اذا|لو|لما|عندما|حين|ان) (?:\S+ ){0,2}?(?:حد|احد|حدا|شخص|واحد|واحده|غريب|غريبه|صديقك|"
    r"صاحبك|صاحبتك|صديقتك|رفيقك|رفيقتك|اي حد|اي شخص|اي احد|طفل|بنت|ولد|حدن|كبير|شخص كبير|"
    r"صديق|صديقه|زميلك|زميلتك) " + _GAP + r"{0,5}$",
    # teacher / coach / parents said, warned, taught
    r"(?:المعلم|المعلمه|المدرس|المدرسه|الاستاذ|الاستاذه|الميس|المس|المستر|المدرب|المدربه|الكوتش|"
    r"الاخصائي|الاخصائيه|المرشد|المرشده|الدكتور|الدكتوره|ماما|بابا|امي|ابوي|ابويا|اهلي|الشرطه|"
    r"المحاضر|المحاضره) (?:\S+ )?(?:قال|قالت|قالنا|قالتلنا|قال لنا|قالت لنا|علمنا|علمتنا|شرح|شرحت|"
    r"شرحلنا|شرحتلنا|نبهنا|نبهتنا|حذرنا|حذرتنا|بيقول|بتقول|يقول|تقول|نصحنا|نصحتنا|وضح|وضحت) "
    r"" + _GAP + r"{0,8}$",
    # we learned / people post / content about ...
    r"(?:تعلمنا|اتعلمنا|درسنا|تكلمنا|اتكلمنا|حكينا|نتكلم|نحكي|يتكلمون|بيتكلموا|يحكوا|بيحكوا|"
    r"ينشرون|بينشروا|ينشروا|بينزلوا|ينزلون|محتوى|فيديوهات|مقاطع|منشورات|بوستات|حمله|توعيه|درس|"
    r"مقال|فيديو|موضوع|قصص|اخبار|خبر|نتناقش|ناقشنا|نقاش|التوعيه) (?:\S+ ){0,3}?(?:عن|حول|بخصوص|"
    r"ضد) (?:\S+ )?\S*$",
    # a general population as subject: "kids who ...", "people who ..."
    r"(?:الناس|ناس|بعض الناس|الاطفال|اطفال|المراهقين|الشباب|البنات|الاولاد|ولاد|الطلاب|طلاب) "
    r"(?:اللي|الي|الذين|الذي|يلي|اللى|اللذين) (?:\S+ )?$",
    # my friend was sent / was asked ...
    r"(?:صاحبتي|صديقتي|صاحبي|صديقي|رفيقتي|رفيقي|اختي|اخوي|اخويا|اخي|زميلتي|زميلي|صحبتي|صحبي|"
    r"بنت خالتي|بنت عمي|ابن عمي|ابن خالتي|واحده من صحباتي|واحد من صحابي) (?:\S+ ){0,3}?"
    r"(?:وصلها|وصله|جالها|جاله|جاها|جاه|بعتولها|بعتوله|ارسلوا لها|ارسلوا له|حد بعتلها|حد بعتله|"
    r"واحد بعتلها|واحد بعتله|شخص ارسل لها|شخص ارسل له|قالها|قالتلها|قاله|طلبوا منها|طلب منها|"
    r"طلب منه|طلبوا منه|سالها|ساله|كلمها|كلمه) " + _GAP + r"{0,6}$",
    # Arabizi: reports, "if someone ...", teacher said, we learned about
    # ... not Hinglish "kali/kaali" (dark) or "gaali" (abuse): "tu kali aur moti hai"
    az(r"\b(?![kg]a+li (?:aur|or|hai|h|he|ho|moti|mota|kaluti|kalooti|kahin|si|jaisi|lagti|"
       r"dikhti|de|di|deta|deti|mat)\b)(?:2alli|2ali|2aly|2aletli|2alatli|2alitli|qalli|gali|galli|galatli|talab mni|"
       r"6alab mni|talab meni|6alab meni|6alabat mni|talabet meni|sa2alni|sa2alatni|sa2lni|"
       r"ba3atetli|ba3atatli|ba3tetli|katabli|katab li|katabetli|wasalni|wasalatni|wesli|"
       r"wasalha|weselha|wasalo|7akali|7akatli|7aketli|5abbarni|bey2olo|bi2olo|by2olo|"
       r"bit2olo|biy2ulu|by2ollo) " + _GAP + r"{0,4}$", False),
    az(r"\b(?:law|lw|iza|eza|itha|lma|lama|lamma|if) (?:\S+ ){0,2}?(?:7ad|7ada|a7ad|sha5s|shakhs|"
       r"wa7ed|wa7da|sa7bak|sa7bek|sa7btak|sa7btek|sa7bik|rfee2ak|rfee2tak|sadi2ak|sadi2tak|"
       r"ghareeb|8areeb|gharib|someone|a stranger|a friend) " + _GAP + r"{0,5}$", False),
    az(r"\b(?:el ?modares|el ?modarres|el ?modarresa|el ?modaresa|el ?mo3alem|el ?mo3alema|"
       r"el ?ostaz|el ?ostaza|el ?miss|el ?mister|el ?coach|coach|el ?modareb|el ?modarreb|"
       r"el ?teacher|teacher|mama|baba|the teacher|the coach|our teacher) (?:\S+ )?(?:2al|2alet|"
       r"2alna|2aletlna|2alitlna|2alatlna|2alatilna|2al lna|2alet lna|2alt|qal|qalat|gal|galat|"
       r"galet|galetlna|3allamna|3allametna|shara7|shar7et|shara7etlna|nasa7na|7azzarna|"
       r"7azarna|bey2ol|bet2ol|bt2ol|by2ol) " + _GAP + r"{0,8}$", False),
    az(r"\b(?:et3allamna|it3allamna|t3allamna|darasna|etkallemna|itkallamna|7akena|7keena|"
       r"bynshro|byenshoro|benshoro|yenshoro|content|videos|posts|mawdoo3|mawdo3) (?:\S+ ){0,3}?"
       r"(?:3an|3n|about|7awl) (?:\S+ )?$", False),
]
# All packs' frames are joined into one regex and searched at every position
# of the sentence, so each script's frames sit behind a one-character
# look-ahead: on text in another script they fail at once.
_AR_FRAMES = [fold_pattern(src) for src in _FRAMES_SRC if _ARABIC_LETTER.search(src[:12])]
_AZ_FRAMES = [src for src in _FRAMES_SRC if not _ARABIC_LETTER.search(src[:12])]
FRAMES: list[str] = [
    # a frame starts a word, or follows a one-letter proclitic (و ف ب ل): "ساله"
    # (asked him) is not the end of "رساله" (a letter)
    "(?:(?<![^\\sوفبل])(?=[\u0621-\u064a])(?:" + "|".join(_AR_FRAMES) + "))",
    "(?:(?=[a-z0-9'])(?:" + "|".join(_AZ_FRAMES) + "))",
]
