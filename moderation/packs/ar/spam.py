"""Arabic spam rules: free game currency and link / send-me scams."""

from __future__ import annotations

from ...rules import Rule, rule
from ._script import az

SPAM: list[Rule] = [
    rule("spam:scam", "spam",
         "روبوكس جواهر جيمز شدات يوسي فيبوكس الماس ماسات مجانا مجاني مجانيه ببلاش فري شحن الباسورد "
         "باسوردك الباسوورد السر المرور السري باسورد الباس الرمز كود والباسورد الحساب حسابك يوزرك "
         "اليوزر الايميل ايميلك",
         r"(?:روبوكس|الروبوكس|روبكس|جواهر|الجواهر|جيمز|الجيمز|شدات|الشدات|يوسي|فيبوكس|في باكس|الماس|"
         r"ماسات|الماسات|كوينز|سكنات|نيترو|بطاقات شحن|شحن)(?: \S+){0,2}? (?:مجانا|مجاني|مجانيه|ببلاش|"
         r"فري(?! فاير)|free(?! fire)|بلاش|بدون فلوس|ب ?صفر)|"
         r"(?:مجانا|ببلاش|مجاني|مجانيه|شحن مجاني)(?: \S+){0,2}? (?:\d+ )?(?:روبوكس|الروبوكس|"
         r"روبكس|جواهر|الجواهر|جيمز|شدات|يوسي|فيبوكس|الماس|ماسات|الماسات|نيترو)\b|"
         r"(?:احصل على|اربح|اكسب|خذ|خد|هديه)(?: \S+){0,2}? (?:\d+ )?(?:روبوكس|الروبوكس|روبكس|جواهر|"
         r"الجواهر|جيمز|شدات|يوسي|فيبوكس|الماس|ماسات|الماسات|نيترو)\b[^.!?]{0,60}(?:مجانا|مجاني|"
         r"ببلاش|فري|رابط|الرابط|اللينك|لينك|ادخل|اضغط|حسابك|اسم الحساب)|"
         r"(?:ابعت|ارسل|اكتب|اعطيني|عطني|حط|ادخل|سجل|دخل|ابعتلي|ارسلي|ابعتيلي|اكتبلي|هات|اكتبي|"
         r"ارسلي لي|حطلي|حطيلي) (?:\S+ ){0,3}?(?:اسم الحساب|اسم المستخدم|يوزرك|اليوزر|الايميل|"
         r"ايميلك|ايميل|حسابك|اليوزرنيم|يوزرنيم|اسم حسابك|رقمك)\S*(?: \S+){0,3}? (?:و|مع|او)? ?"
         r"(?:الباسورد|باسوردك|الباسوورد|كلمه السر|كلمه المرور|كلمه سرك|كلمه مرورك|الرقم السري|"
         r"الرمز السري|باسورد|الباس|كود التحقق|الكود|الرمز|رمز التحقق|الباسوورد حقك)|"
         r"(?:ابعت|ارسل|اكتب|اعطيني|عطني|ابعتلي|ارسلي|ابعتيلي|اكتبلي|هات|قولي|قلي) (?:\S+ )?"
         r"(?:الباسورد|باسوردك|كلمه السر|كلمه المرور|كلمه سرك|كلمه مرورك|الرقم السري|الباس حقك|"
         r"الباس تبعك|الباس بتاعك|باسورد حسابك|كود التحقق|رمز التحقق)"),
    rule("spam:scam", "spam",
         "majanan mjanan majani majjani majana mjane bbalash balash bilash password basword "
         "baswerd passwordak passwordek passak passek basswordak kelmet kilmit kalimat kalmet",
         az(r"\b(?:robux|gems|diamonds|jawaher|gawaher|almas|shadat|uc|vbucks|v bucks|coins|skins|"
            r"nitro)(?: \S+){0,2}? (?:majanan|mjanan|majani|majjani|majana|mjane|bbalash|b balash|"
            r"bbala?sh|balash|bilash)\b|"
            r"\b(?:majanan|mjanan|majani|bbalash|balash|free) (?:\S+ )?(?:robux|gems|diamonds|"
            r"jawaher|gawaher|almas|shadat|vbucks)\b[^.!?]{0,60}(?:\blink\b|\bel link\b|"
            r"\bedkhol\b|\bod5ol\b|\bed5ol\b|\bda5al\b|\b7esabak\b|\bpassword\b|\bpass\b|\buser\b)|"
            r"\b(?:ab3at|eb3at|ab3atli|eb3atli|ersel|arsel|ersili|ekteb|oktob|ektb|ekteb?li|7ot|7ott|"
            r"da5al|dakhal|dakhel|da5el|edkhol|od5ol|ed5ol|hat|a3tini|3tini) (?:\S+ ){0,3}?(?:esm "
            r"el 7esab|esm el account|el account|el user|user name|username|el username|"
            r"el email|el gmail|email|gmail|7esabak|7esabek|accountak) (?:\S+ ){0,3}?"
            r"(?:w|we|and|ma3|m3)? ?(?:el ?)?(?:password|pass|basword|baswerd|el code|code|kelmet "
            r"el ser|kelmet el sir|kalimat al sir|kilmit el sir|kalmet el ser|kelmet elser)\b|"
            r"\b(?:ab3atli|eb3atli|ersili|ekteb?li|oktobli|hat|a3tini|3tini|2olli|2oli|ololi) "
            r"(?:\S+ )?(?:el ?password|el ?pass|passwordak|passwordek|passak|passek|basswordak|"
            r"kelmet el ser|kelmet el sir|kilmit el sir|el code|code el ta2kid)\b"),
         requires="majanan mjanan majani majjani majana mjane bbalash balash bilash el ab3at "
                  "eb3at ab3atli eb3atli ersel arsel ersili ekteb oktob ektb 7ot 7ott da5al dakhal "
                  "dakhel da5el edkhol od5ol ed5ol hat a3tini 3tini 2olli 2oli ololi oktobli"),
]

# a prize (a phone, a console, a gift card) won or free, then "enter / press
# the link" ("اربح آيفون مجانا!! ادخل الرابط"); a won prize told as news
# ("ربحت ايفون في المسابقة") has no call-to-action, and a warning ("... نصب")
# after it is talk about the scam
_PRIZE = (r"ب?(?:ايفون|ايباد|ابل ووتش|بلايستيشن|بلاي ستيشن|سوني ?5?|سامسونج|جوال|جوالات|موبايل|"
          r"هاتف|لابتوب|اكس بوكس|iphone|ipad|ps5|بطاقه هدايا|بطاقات هدايا|بطاقه شحن|بطاقات شحن|"
          r"جائزه|جوائز)")
_LINK_CTA = (r"(?:رابط|الرابط|اللينك|لينك|ادخل|اضغط|سجل|دوس|\w+ \. (?:com|ly|xyz|top|site|"
             r"online|link|gift|me|io|net))")
_NOT_SCAM_TALK = r"(?![^.!?]{0,60}(?:نصب|احتيال|كذب|مزيف|وهمي|فيك|scam))"
SPAM += [
    rule("spam:scam", "spam", "اربح اكسب احصل فز فوز خذ خد",
         r"(?:اربح|اكسب|احصل علي|فز|فوز|خذ|خد)(?: \S+){0,2}? " + _PRIZE + r"\S*[^.?]{0,60}?"
         + _LINK_CTA + _NOT_SCAM_TALK),
    rule("spam:scam", "spam", "مجانا مجاني مجانيه ببلاش",
         _PRIZE + r"(?: \S+)? (?:مجانا|مجاني|مجانيه|ببلاش)[^.?]{0,60}?" + _LINK_CTA
         + _NOT_SCAM_TALK),
]
