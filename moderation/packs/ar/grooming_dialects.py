"""Arabic grooming rules for spellings and dialect forms `grooming.py` misses
(appended to the pack's GROOMING list): photo requests, secrecy from the
family and a gift offered with a picture or a compliment.

Why: children and the people who groom them write Levantine, Egyptian, Gulf
and Maghrebi Arabic, in Arabic letters and in Arabizi, with spellings the
first rules did not list, and these passed:

    "inti 7elwa ktir, ib3atili sora w ma t2ouli la ahlik, ana bjiblik hdiye",
    "ib3atli soura", "ib3atily sora" (Egyptian), "ترسلين لي صورة" (Gulf),
    "sifti liya tswira w matgoulich l7ta wa7ed", "صيفطي ليا تصويرة" (Maghrebi),
    "لا تقولين لأحد", "ومتقوليش لحد" (a prefixed "و" hid the trigger),
    "ba3tlek hdiye bas ib3atili sora".

Three rules, each in Arabic letters and in Arabizi:

* **photo request**: the imperative or second-person "send me" in the
  spellings above (ib3atili, b3atli, sifti liya, tarsleen li, ترسلين لي,
  صيفطي ليا, سيفطيلي...) and a picture word (sora, soura, tswira, صورة,
  تصويرة...).  A picture *of* something ("ib3atli sora el wajib", "sora lal
  wajib", "ابعتيلي صورة الواجب": the photo_object frame and the look-aheads)
  is a classmate's;
* **secrecy**: "don't tell" in these spellings (t2ouli, tgoulich,
  matgoulich, لا تقولين, ماتقوليش, ولا تعلمين) and the family or anyone
  (ahlik, mamak, 7ada, l7ta wa7ed, لأحد, لماماك, اهلك).  A surprise or a
  present being kept ("... 3an el 7afle el mfaje2a", "عن الحفلة المفاجأة")
  passes, as in the first rules (patched there too);
* **a gift with a picture or a compliment**: "bjiblik hdiye", "ba3tlek
  hdiye", "hagiblek hedeya", "ghadi nchri lik cadeau", "بجيب لك هدية",
  "هجيبلك هدية" with a picture word or "inti 7elwa", "يا قمر" in the same
  message.  A gift alone ("bjiblik hdiye la 3id miladik") passes.

Talk about grooming, reports ("he asked me to send a picture") and advice
are excused by the pack's frames like the first rules.
"""

from __future__ import annotations

from ...rules import Rule, rule
from ._script import az, az_triggers
from .grooming import _FAMILY_AR, _FAMILY_AZ, NOT_SURPRISE_AR, NOT_SURPRISE_AZ

# school and everyday things a picture may be of (after the picture word)
_THING_AZ = (r"(?![^.!?]{0,40}\b(?:wajib|wajeb|wa?jb|wageb|homework|dars|drous|durus|devoir|devoirs|"
             r"cours|tamrin|tamreen|exercice|kitab|ktab|daftar|cahier|jadwal|schedule|timetable|menu|"
             r"test|exam|imti7an|emte7an|page|sa7fa|safha|lo7|board|tableau|kelb|kalb|2otta|otta|"
             r"bissa|9at|qet)\b)")
_OF_AZ = (r"(?! (?:el|al|l|mn|men|min|of|lel|ll|le|lal|lil|bta3t|beta3t|ta3t|3an|3n|ta3|menha|minha|"
          r"mnha|menno|minno|mnno|menhom|dyal (?:el|l|al))\b)")

# "send me" (Arabizi): Levantine/Egyptian ib3at-, Maghrebi sift-, Gulf tarsileen/dizzi
_SEND_AZ = (
    r"(?:ib3atili|ib3atli|ib3atily|ib3atly|ib3atlii|ib3atlee|ib3tili|ib3tli|ib3tly|ib3tily|ib3thili|"
    r"ib3athli|ab3athli|ab3athili|b3atili|b3atli|b3atly|b3tli|b3tili|eb3atily|eb3tly|ib3ateli|"
    r"ib3atele|siftili|siftli|seftili|siftilia|siftiliya|(?:sifti|sift|sayfti|sefti|sifet) "
    r"(?:li|lia|liya|lya|lii|liyya|leya)|(?:tarsleen|tirsileen|tirsilin|tarsilin|tersleen|"
    r"tersilin|arsili|arsli|dizzi|dezzi|tdizzeen|6arrishi|tarrishi) (?:li|lee|lii|ly)|dizzeeli|"
    r"dezzili|tarsleenli|tirsilinli)"
)
_PIC_AZ = (
    r"(?:(?:sora|soura|soora|sura|swra|sowra|surah|tswira|tswera|tsawer|tsawr|tasweera|"
    r"tasswira|tesswira|tswer|picture|pictures|video|videos|selfie)" + _OF_AZ + r"\b|sortik|"
    r"sourtik|sourtek|souretek|souritek|sortek|sortak|soratik|soratek|tswirtek|tswirtk|tswirtik|"
    r"tsawrek|tsawrk|tsawerk|tsawrik|sowarek|sowarik|swarek|swarik)"
)
_SEND_AR = (
    r"(?:ترسلين|ترسلينلي|ترسليلي|تطرشين|تطرشينلي|تدزين|تدزينلي|صيفطي|سيفطي|صيفطيلي|سيفطيلي|صيفطلي|"
    r"سيفطلي|صيفط|سيفط|ارسلي|ابعثي|ابعتي)(?: لي| ليا| ليه| الي| لي انا)?"
)
_PIC_AR = (r"(?:صوره|صورتك|صور|صورك|تصويره|تصويرتك|تصاور|تصاورك|سيلفي|فيديو)(?=\s|$)"
           # of a thing: "تصويرة ديال الدرس", "صورة تاع الكراس"
           r"(?! (?:ديال|تاع|متاع|بتاع|حق|حقت|تبع|تبعت|من|عن|لل))"
           r"(?![^.!?]{0,40}(?:الواجب|واجب|الدرس|درس|الدفتر|الكتاب|الجدول|الامتحان|التمرين|الصفحه|"
           r"السبوره|الكراسه|الكراس))")

# "don't tell" (Arabizi): the verb after ma / la, or merged with ma
_TELL_AZ = (
    r"(?:(?:ma|la|w ?ma|w ?la|ewa|iwa|aw3a|ow3a|ew3i|aw3i|eyak|iyaki) (?:\S+ )?(?:t2ouli|t2oule|"
    r"t2ooli|t2oulee|t2ouly|t2uly|t2ouliha|tgouli|tgoulih|tgoulich|tgoulish|tgolich|tgolish|"
    r"t9ouli|t9oulich|tqouli|tqoulich|tqolich|t3almi|t3almich|t3almin|tkhabri|tkhabrich|t5abrich|"
    r"t7kich|t7keeli|t7kilhom|tgoolin|tgolin|tqoolin|t9oleen|tkhabrin|t5abrin|t3almeen)|"
    r"(?:matgoli|mat9oli|matqoli|mat2ouli|mat2oulish|mat2oulich|mat2ooli|mat2oulilhom|"
    r"mat2olilhom|matgouli|matgoulich|"
    r"matgoulish|matgolich|matgolish|matgoliha|mat9oulich|matqoulich|matqolich|mat3almich|"
    r"matkhabrich|mat5abrich|mat7kich|mat7kilhomsh|matgoolin|mat3almin))"
)
_FAMILY_MAGHREB = (r"(?:(?:l ?)?(?:7ta|hta|7tta|7etta|hetta|7atta|hatta) (?:wa7ed|wahed|7ad|had|"
                   r"7ada)|(?:l ?)?(?:walidik|walidek|waldik|waldin dyalk|mamak|mamik|babak|"
                   r"babik|lmama|lbaba|ahlk|a?hlek|familtek|familtik|3a2iltik|3a2iltek|2ahlik|"
                   r"l?2ahlk|mmak|bak|khak|khtek|sa7batek|s7abatek)|7ada|7adan|wa7ed)")
_TELL_AR = (
    r"(?:(?:ما|لا|ولا|وما|اوعى|اوعي|اياكي) (?:\S+ )?(?:تقولين|تعلمين|تخبرين|تحكين|تبلغين|"
    r"تقوليها|تعلميهم|تقوليلهم|تگولين|تكولين)|(?:ماتقوليش|ماتقولش|ماتقوليهاش|ماتعلميش|ماتخبريش|"
    r"ماتحكيش|ومتقوليش|ومتقولش|وماتقولي|وماتقوليش|وماتحكي|ومتحكيش|ماتگوليش|ماتكوليش))"
)
_FAMILY_AR2 = (r"(?:(?:ل|ل?ا?ل)?(?:ماماك|باباك|والديك|واليديك|حتى واحد|حتى حد|حتا واحد|حتي حد|اي واحد|"
               r"عايلتك|عيلتك)|" + _FAMILY_AR + r")")

# a gift offered to the reader
_GIFT_AZ = (
    r"(?:bjiblik|bjeblik|bjiblek|bjiblak|bjblk|bjbilik|hagiblek|hageblek|hagiblik|hajiblik|"
    r"7ajiblik|7agiblek|ajiblik|ajeblik|ajiblek|agiblik|agiblek|ba3tlek|ba3atlek|ba3tlik|"
    r"ba3atlik|ba3tilek|hab3atlek|hab3atlik|7ab3atlik|ab3atlek|ab3atlik|ab3tlk|ba3tlk|bashtrilik|"
    r"bashtrilek|bashtreelek|hashtrilek|hashtrilik|ashtrilik|ashtrilek|ashtarilak|bhdiki|"
    r"bahdiki|ahdiki|ahdeeki|nchri lik|nchrilik|nchrilek|nchri lek|nsiftlik|nsifetlik|n3tik|"
    r"a3tik|ba3tik|a3teeki|ba3teeki|badik|badiki|hadik|hadiki)"
    r" (?:\S+ ){0,3}?(?:hdiye|hdeye|hdiyye|hdiyyeh|hdiyi|hedeya|hediya|hedya|hadiya|hadeya|"
    r"hadyeh|hdya|cadeau|kado|kadou|gift|iphone|telephone|tel|phone|robux|shadat|jawaher|gems|"
    r"floos|flous|fulus|flouss|masari|msari|rasid|re9id|recharge|kart|card)\b"
)
_GIFT_AR = (
    r"(?:بجيب لك|بجيبلك|بجبلك|هجيبلك|حجيبلك|اجيبلك|اجيب لك|ببعتلك|هبعتلك|حبعتلك|ابعتلك|ببعت لك|"
    r"بشتريلك|بشتري لك|هشتريلك|اشتريلك|اشتري لك|بعطيك|اعطيك|بهديك|اهديك|نشري ليك|نشريلك|"
    r"غادي نشري|نعطيك|نصيفطلك|نسيفطلك|اعطيج|بعطيج|بشتري لج|اشتريلج|بجيب لج|اجيب لج|بشتريلج)"
    r" (?:\S+ ){0,3}?(?:هديه|هدايا|كادو|كادوه|ايفون|جوال|موبايل|تلفون|فلوس|مصاري|روبوكس|شدات|"
    r"جواهر|رصيد|شحن|بطاقه|فستان|عطر|مكياج)(?=\s|$)"
)
_CUTE_AZ = (r"\b(?:(?:enti|inti|nti|anti|ya) (?:\S+ )?(?:7elwa|7ilwa|7elwe|7ilwe|helwa|hilwa|helwe|"
            r"2amar|amar|zwina|zwinna|jamila|gamila|jmila|mozza|muza|cute|9mar|kamar)\b|ya 3asal\b)")
_CUTE_AR = (r"(?:(?:انتي|انت|نتي|يا) (?:\S+ )?(?:حلوه|قمر|زوينه|جميله|كيوت|مزه|عسل)(?=\s|$))")
# whole words between the parts (a regex attempt per word, not per character), no question mark
_GAP = r" (?:[^\s?]+ ){0,16}?"


def _either(first: str, after: str, before: str) -> str:
    """`first` then `after`, or `before` then `first` (`before` is searched for from
    every word of the message: the short list)."""
    return (r"(?:" + first + r")" + _GAP + r"(?:" + after + r")|(?:" + before + r")" + _GAP
            + r"(?:" + first + r")")


GROOMING: list[Rule] = [
    rule("grooming:photo_request", "grooming",
         az_triggers("ib3atili ib3atli ib3atily ib3atly ib3atlii ib3atlee ib3tili ib3tli ib3tly "
                     "ib3tily ib3thili ib3athli ab3athli ab3athili b3atili b3atli b3atly b3tli "
                     "b3tili eb3atily eb3tly ib3ateli ib3atele siftili siftli seftili siftilia "
                     "siftiliya sifti sift sayfti sefti sifet tarsleen tirsileen tirsilin tarsilin "
                     "tersleen tersilin arsili arsli dizzi dezzi tdizzeen 6arrishi tarrishi "
                     "dizzeeli dezzili tarsleenli tirsilinli"),
         az(r"\b" + _SEND_AZ + r" (?:\S+ ){0,2}?" + _PIC_AZ + _THING_AZ)),
    rule("grooming:photo_request", "grooming",
         "ترسلين ترسلينلي ترسليلي تطرشين تطرشينلي تدزين تدزينلي صيفطي سيفطي صيفطيلي سيفطيلي "
         "صيفطلي سيفطلي صيفط سيفط وترسلين وصيفطي",
         _SEND_AR + r" (?:\S+ ){0,2}?" + _PIC_AR),
    rule("grooming:secrecy", "grooming",
         az_triggers("t2ouli t2oule t2ooli t2oulee t2ouly t2uly t2ouliha tgouli tgoulih tgoulich "
                     "tgoulish tgolich tgolish t9ouli t9oulich tqouli tqoulich tqolich t3almi "
                     "t3almich t3almin tkhabri tkhabrich t5abrich t7kich t7keeli t7kilhom tgoolin "
                     "tgolin tqoolin t9oleen tkhabrin t5abrin t3almeen mat2ouli mat2oulish "
                     "mat2oulich mat2ooli mat2oulilhom mat2olilhom matgouli matgoulich matgoulish "
                     "matgoli mat9oli matqoli matgolich matgolish matgoliha mat9oulich matqoulich matqolich mat3almich "
                     "matkhabrich mat5abrich mat7kich mat7kilhomsh matgoolin mat3almin"),
         az(r"\b" + _TELL_AZ + r"(?: \S+){0,2}? (?:" + _FAMILY_AZ + r"|" + _FAMILY_MAGHREB + r")\b")
         + NOT_SURPRISE_AZ),
    rule("grooming:secrecy", "grooming",
         "تقولين تعلمين تخبرين تحكين تبلغين تقوليها تعلميهم تقوليلهم تگولين تكولين ماتقوليش ماتقولش "
         "ماتقوليهاش ماتعلميش ماتخبريش ماتحكيش ومتقوليش ومتقولش وماتقولي وماتقوليش وماتحكي ومتحكيش "
         "ماتگوليش ماتكوليش",
         _TELL_AR + r"(?: \S+){0,2}? " + _FAMILY_AR2 + r"(?=\s|$)" + NOT_SURPRISE_AR),
    rule("grooming:gifts", "grooming",
         az_triggers("bjiblik bjeblik bjiblek bjiblak bjblk bjbilik hagiblek hageblek hagiblik "
                     "hajiblik 7ajiblik 7agiblek ajiblik ajeblik ajiblek agiblik agiblek ba3tlek "
                     "ba3atlek ba3tlik ba3atlik ba3tilek hab3atlek hab3atlik 7ab3atlik ab3atlek "
                     "ab3atlik ab3tlk ba3tlk bashtrilik bashtrilek bashtreelek hashtrilek "
                     "hashtrilik ashtrilik ashtrilek ashtarilak bhdiki bahdiki ahdiki ahdeeki nchri "
                     "nchrilik nchrilek nsiftlik nsifetlik n3tik a3tik ba3tik a3teeki ba3teeki badik "
                     "badiki hadik hadiki"),
         # a picture word after the gift ("ba3tlek hdiye bas ib3atili sora"); a compliment
         # either side (a picture asked for first is held by the photo rules)
         az(_either(_GIFT_AZ, _PIC_AZ + _THING_AZ + r"|" + _CUTE_AZ, _CUTE_AZ)),
         requires=az_triggers("sora soura soora sura swra sowra surah tswira tswera tsawer tsawr "
                              "tasweera tasswira tesswira tswer picture pictures video videos selfie "
                              "sortik sourtik sourtek souretek souritek sortek sortak soratik "
                              "soratek tswirtek tswirtk tswirtik tsawrek tsawrk tsawerk tsawrik "
                              "sowarek sowarik swarek swarik enti inti nti anti you 3asal")),
    rule("grooming:gifts", "grooming",
         "بجيب بجيبلك بجبلك هجيبلك حجيبلك اجيبلك اجيب ببعتلك هبعتلك حبعتلك ابعتلك ببعت بشتريلك "
         "بشتري هشتريلك اشتريلك اشتري بعطيك اعطيك بهديك اهديك نشري نشريلك غادي نعطيك نصيفطلك "
         "نسيفطلك اعطيج بعطيج اشتريلج بشتريلج وبجيبلك وهجيبلك وبعطيك وبشتريلك",
         _either(_GIFT_AR, _PIC_AR + r"|" + _CUTE_AR, _CUTE_AR),
         requires="صوره صورتك صور صورك تصويره تصويرتك تصاور تصاورك سيلفي فيديو انتي انت نتي يا"),
]
