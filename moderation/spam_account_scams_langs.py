"""The account scams of `spam_account_scams.py` in ru tr pl id ar hi zh (appended
to its rules; the module doc there says why each shape is a scam and what
passes).  The identity or threat of a fake security service may come in
English with the request in Hinglish ("Security team: ... SMS wala 6 digit
code bhejo"), so the second rule takes the identities and threats of both
modules.  Turkish and Hindi put the verb after the object ("şifreni DM'den
at", "password bhejo"); Arabic joins "و" to the next word ("وكلمة السر").
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule
from .spam_account_scams_parts import (
    GAP,
    GIVE_GAP,
    GIVE_WORDS,
    NOT_WARNED,
    SEC_LATIN,
    THREAT_LATIN,
)
from .spam_account_scams_parts import F as _F
from .spam_prize import _WON

# -- a prize and the login ------------------------------------------------------------------
_LOGIN_ASK = (
    r"(?:\b(?:пришли|пришлите|отправь|отправьте|скинь|скиньте|напиши|напишите|дай|дайте|введи|"
    r"введите|сообщи|сообщите|укажи|укажите)(?: мне| нам)? " + _F + r"{0,4}?(?:пароль|пароля)|"
    r"\b(?:sifreni|sifrenizi|parolani|parolanizi)(?: \S+){0,2}? (?:yaz|yazin|gonder|gonderin|at|atin|"
    r"ver|verin|yolla|yollayin|paylas|ilet|soyle|gir)\b|"
    r"\b(?:wyslij|wyslijcie|podaj|podajcie|napisz|napiszcie|daj|dajcie|wpisz|wpiszcie|przeslij|"
    r"podeslij)(?: mi| nam)? " + _F + r"{0,4}?(?:haslo|hasla|dane logowania)\b|"
    r"\b(?:kirim|kirimin|kirimkan|kasih|kasi|dm|ketik|masukin|masukkan|tulis|share|berikan|setor|"
    r"japri|pc)(?: ke)?(?: aku| saya| gw| gue| kami)? " + _F + r"{0,4}?(?:password|pass|sandi|kata "
    r"sandi|pw)\b|"
    r"(?:ارسل|ارسلي|ابعت|ابعتلي|ابعثلي|اعطني|عطني|اكتب|اكتبلي|حط|دز)(?: لي)? (?:\S+ ){0,5}?و?"
    r"(?:كلمه السر|كلمه المرور|الباسورد|باسورد|الرقم السري)|"
    r"\b(?:password|pass|pw)(?: \S+){0,4}? (?:bhejo|bhej do|bhejna|bhej|batao|bata do|de do|dm karo|"
    r"send karo|share karo|likho|daalo)\b|"
    r"(?:पासवर्ड)(?: \S+){0,4}? (?:भेजो|भेज दो|बताओ|बता दो|दे दो|dm करो|डीएम करो|शेयर करो|सेंड करो))"
)

# -- a security service or a threat to the account ---------------------------------------
_SEC = (
    r"служб\S* безопасности|отдел\S* безопасности|команд\S* безопасности|центр\S* безопасности|"
    r"guvenlik (?:ekibi|birimi|servisi|merkezi|departmani)|hesap guvenligi|"
    r"(?:zespol|dzial|sluzba|centrum) bezpieczenstwa|(?:tim|pusat|bagian|divisi|layanan) keamanan|"
    r"(?:فريق|قسم|خدمه|مركز|اداره) (?:الامان|الامن|امن الحسابات)|सुरक्षा (?:टीम|विभाग)"
)
_THREAT = (
    r"(?:ваш|твои|твой) аккаунт (?:\S+ )?(?:заблокирован|удален|приостановлен|взломан|заморожен)|"
    r"аккаунт (?:заблокируют|удалят)|"
    r"hesab(?:in|iniz) (?:\S+ ){0,2}?(?:askiya alinacak|kapatilacak|silinecek|engellenecek|"
    r"dondurulacak|banlanacak|kilitlenecek)|"
    r"(?:twoje|wasze) konto (?:zostanie|zostalo|bedzie) (?:\S+ )?(?:zawieszone|zablokowane|usuniete|"
    r"zbanowane|zamkniete)|"
    r"akun ?(?:kamu|anda|mu|km|lu) (?:akan |sudah |telah )?(?:ditangguhkan|diblokir|dihapus|"
    r"dinonaktifkan|dibanned|dibekukan|disuspend|di suspend|di banned)|"
    r"(?:سيتم|راح يتم|رح يتم|سوف يتم) (?:تعليق|حظر|حذف|ايقاف|قفل|تجميد|اغلاق) حسابك|"
    r"(?:account|acc|id) (?:\S+ )?(?:suspend|block|delete|ban|band|lock) (?:ho jayega|ho jaega|"
    r"ho jaayega|kar diya jayega|hone wala)|"
    r"(?:अकाउंट|खाता) (?:\S+ )?(?:सस्पेंड|ब्लॉक|बंद|डिलीट|बैन) (?:हो जाएगा|हो जायेगा|कर दिया जाएगा)"
)
_CODE_ASK = (
    r"\b(?:отправь|отправьте|пришли|пришлите|скинь|скиньте|сообщи|сообщите|назови|назовите|"
    r"продиктуй|продиктуйте|напиши|напишите|введи|введите|скажи|скажите)(?: нам| мне)? "
    + _F + r"{0,4}?(?:код\S*|пароль)|"
    r"\b(?:kodu|kodunu|kodunuzu|sifreni|sifrenizi)(?: \S+){0,2}? (?:gonder|gonderin|yolla|yollayin|"
    r"at|atin|ilet|iletin|soyle|soyleyin|paylas|paylasin|yaz|yazin|bildir|bildirin)\b|"
    r"\b(?:wyslij|wyslijcie|podaj|podajcie|przeslij|przeslijcie|napisz|napiszcie|podyktuj|przekaz|"
    r"przekazcie|daj|podeslij)(?: nam| mi)? " + _F + r"{0,4}?(?:kod|haslo)\b|"
    r"\b(?:kirim|kirimkan|kirimin|kasih|berikan|beri|sebutkan|sebutin|bagikan|share|ketik|balas "
    r"dengan)(?: ke)?(?: kami| aku)? " + _F + r"{0,4}?(?:kode|otp|password|sandi|pin)\b|"
    r"(?:ارسل|ارسلي|ارسلوا|ابعت|ابعتلي|ابعثلي|اعطنا|اعطني|عطني|اكتب|قول|قولي|شارك|زودنا)(?: لنا| "
    r"لي)? (?:\S+ ){0,4}?(?:الرمز|رمز|الكود|كود|كلمه السر|كلمه المرور|الباسورد)|"
    r"\b(?:code|otp|password|pin)(?: \S+){0,3}? (?:bhejo|bhej do|bhejiye|bata do|batao|bataiye|share "
    r"karo|send karo|de do|dijiye)\b|"
    r"(?:कोड|ओटीपी|पासवर्ड)(?: \S+){0,3}? (?:भेजो|भेज दो|भेजें|भेजिए|बताओ|बता दो|बताएं|बताइए|शेयर करो|दीजिए)"
)

# -- a giveaway with a fee ------------------------------------------------------------------
_GIVE = (r"(?:разыгрываю|разыгрываем|розыгрыш\S*|дарю|дарим|раздаю|раздаем|раздача|раздачу|"
         r"cekilis\S*|hediye ediyorum|hediye ediyoruz|dagitiyorum|dagitiyoruz|giveaway|"
         r"rozdaje|rozdajemy|rozdanie|konkurs|oddam|losowanie|bagi bagi|bagi2|bagiin|"
         r"سحب|مسابقه|توزيع|اهدي|جيف اواي|قيف اواي|de raha|de rahi|de rahe|baant raha|baant rahi|"
         r"गिवअवे|दे रहा|दे रही)")
_PRIZE = (r"(?:\S*(?:iphone|ps5|airpods|robux|робукс|айфон|телефон|подписчик|takipci|obserwuj|"
          r"متابع|ايفون|بلايستيشن|روبوكس|جوال)\S*|ps 5|laptop\S*|ноутбук\S*|telefon\S*|hp|followers|"
          r"follower|diamond|هاتف|फोन|आईफोन|फॉलोअर्स)")
_PAY = (
    r"(?:\b(?:оплатить|оплати|оплатите|заплатить|заплати|заплатите|перевести|переведи|переведите)"
    r"(?: \S+){0,3}? (?:доставк\S*|пересылк\S*|комисси\S*|\d+|руб\S*)|"
    # "скиньте 300 на доставку", "kargo için 50 tl gönder", "kirim 20rb buat ongkir"
    r"\b(?:скинь|скиньте|кинь|киньте|отправь|отправьте|пришли|пришлите)(?: \S+){0,3}? (?:на|за) "
    r"(?:доставк\S*|пересылк\S*|комисси\S*)|"
    r"\bkargo (?:icin|parasi|ucreti)(?: \S+){0,3}? (?:gonder|gonderin|at|atin|yolla|yollayin)\b|"
    r"\b(?:wyslij|wyslijcie|przeslij|przeslijcie|podeslij)(?: \S+){0,3}? (?:na|za) (?:wysylk\S*|"
    r"przesylk\S*|dostaw\S*)|"
    r"\b(?:kirim|kirimin|transferin)(?: \S+){0,3}? (?:buat|untuk|utk|bwt) (?:ongkir|ongkos kirim|biaya "
    r"kirim)\b|"
    r"(?:ارسل|ارسلوا|ابعت|ابعتوا|ابعث|حول|حولوا)(?: \S+){0,3}? (?:للشحن|للتوصيل|رسوم الشحن|رسوم التوصيل)|"
    r"\b(?:shipping|delivery|charge|fee) (?:ke liye|ka|ki) (?:\S+ ){0,3}?(?:bhejo|bhej do|send karo|"
    r"transfer karo|pay karo)\b|"
    r"\b(?:kargo\S*|ucret\S*|\d+ ?tl|tl)(?: \S+){0,3}? (?:ode|odeyin|odemen|odemeniz|odemeniz yeterli|"
    r"yatir|yatirin)\b|"
    r"\b(?:zaplac\S*|oplac\S*|przelej|przelac|wplac\S*)(?: \S+){0,3}? (?:wysylk\S*|przesylk\S*|"
    r"dostaw\S*|oplat\S*|\d+|zl)\b|"
    r"\b(?:bayar|transfer|tf)(?: \S+){0,3}? (?:ongkir|ongkos kirim|biaya|admin|\d+\S*|rb|ribu|rp)\b|"
    r"(?:ادفع|تدفع|ادفعوا|دفع|حول|تحويل)(?: \S+){0,3}? (?:رسوم|الشحن|شحن|التوصيل|توصيل|\d+|ريال|"
    r"دولار|جنيه|درهم)|"
    r"\b(?:shipping|delivery|charge|fees|fee|\d+ rupees|\d+ rs|rs \d+)(?: \S+){0,3}? (?:pay karo|"
    r"pay kar do|de do|bhejo|dena hoga|dena hai|bharo)\b|\bpay karo\b|"
    r"(?:शिपिंग|डिलीवरी|चार्ज|फीस|\d+ रुपये)(?: \S+){0,3}? (?:दो|दे दो|भेजो|देना होगा|पे करो|भरो))"
)

# -- the takeover trick -------------------------------------------------------------------
_RU_BACK = (r"(?:скинь|скину|перешли|пересла|отправь|отправи|пришли|присла|продиктуй|продиктова|скажи|"
            r"сказа|напиши|написа|верни|верну)\S*(?: \S+){0,2}? (?:мне|обратно|его)")
_TAKEOVER = (
    # "мне нужен код, я по ошибке указал твой номер, пришли его мне"
    r"\b(?:указал|указала|ввел|ввела|написал|написала|оставил|оставила) (?:\S+ )?(?:твои|твой|ваш) "
    r"номер\b[^?]{0,120}?" + _RU_BACK + r"|"
    r"\bкод\S*(?: \S+){0,6}? на (?:твои|твой|ваш) (?:номер|телефон)\b[^?]{0,120}?" + _RU_BACK + r"|"
    r"\bkod\S*(?: \S+){0,6}? (?:senin )?(?:numarana|telefonuna)\b[^?]{0,120}?(?:bana (?:\S+ )?"
    r"(?:geri )?(?:at|gonder|yolla|soyle|ilet|yaz)\S*|geri (?:at|gonder|yolla)\S*)|"
    r"\bkod\S*(?: \S+){0,6}? na (?:twoj|twoim) (?:numer|telefon)\S*[^?]{0,120}?(?:przeslij|przeslac|"
    r"wyslij|wyslac|podeslij|podeslac|podaj|podac|napisz|napisac|powiedz|przekaz)\S* (?:\S+ ){0,2}?"
    r"(?:mi|go)\b|\bkod\S*(?: \S+){0,6}? na (?:twoj|twoim) (?:numer|telefon)\S*[^?]{0,120}?\b(?:mi|mnie) go "
    r"(?:przeslac|przeslij|wyslac|wyslij|podeslac|podac|przekazac|napisac|powiedziec)\b|"
    r"\b(?:kode|otp)\S*(?: \S+){0,6}? (?:ke|di) (?:nomor|no|hp|nomer|wa) ?(?:kamu|mu|km|lu|lo|anda)\b"
    r"[^?]{0,120}?(?:kirim balik|kirimin (?:ke )?(?:aku|gw|gue|saya)|kirim (?:ke )?(?:aku|gw|gue|"
    r"saya)|kasih tau (?:aku|gw|gue|saya)|sebutin)\b|"
    r"(?:الكود|كود|الرمز|رمز)(?: \S+){0,6}? (?:ل|على |علي |الي |الى )?(?:رقمك|جوالك|تلفونك)[^?]{0,120}?"
    r"(?:ترسله لي|ترسلي|ارسله لي|ارسلي|ابعتهولي|ابعته لي|ابعتلي|ابعثه لي|قولي|عطني اياه|رجعه لي)|"
    r"\b(?:code|otp)(?: \S+){0,6}? (?:tumhare|tere|aapke|apke) (?:number|phone|mobile|no)\b[^?]{0,120}?"
    r"(?:(?:wapas|vapas) (?:bhej|bhejo|send)|mujhe (?:bhej|bhejo|bata|send)|bhej do|bata do|forward "
    r"karo|forward kar do)\b|"
    r"(?:कोड|ओटीपी)(?: \S+){0,6}? (?:तुम्हारे|तेरे|आपके) (?:नंबर|फोन|मोबाइल)[^?]{0,120}?(?:वापस भेज|"
    r"मुझे भेज|भेज दो|बता दो)"
)

RULES: list[Rule] = [
    rule("spam:phishing", "spam",
         "выиграли выиграл выиграла победителем выбраны kazandin kazandiniz kazanan secildiniz "
         "secildin wygrales wygralas wygraliscie wybrany wybrana wylosowany wylosowana menang "
         "memenangkan terpilih jeeta jeete jita jeeti jeet winner vijeta ربحت ربحتي فزت فزتي كسبت "
         "كسبتي الفائز الفائزه اختيارك जीता जीती जीते विजेता विनर",
         r"(?:" + _WON + r")" + GAP + _LOGIN_ASK + NOT_WARNED,
         requires="пароль пароля sifreni sifrenizi parolani parolanizi haslo hasla logowania "
                  "password pass sandi pw كلمه السر المرور الباسورد باسورد السري पासवर्ड"),
    # the code words are the rarer gate: they trigger, the service or threat is the second gate
    rule("spam:phishing", "spam",
         "код кода пароль kodu kodunu kodunuzu sifreni sifrenizi kod haslo kode otp password "
         "sandi pin الرمز رمز الكود كود كلمه الباسورد code कोड ओटीपी पासवर्ड",
         r"(?:\b(?:" + SEC_LATIN + r"|" + THREAT_LATIN + r")\b|" + _SEC + r"|" + _THREAT + r")" + GAP
         + r"(?:" + _CODE_ASK + r")" + NOT_WARNED,
         requires="безопасности guvenlik guvenligi bezpieczenstwa keamanan الامان الامن सुरक्षा "
                  "security заблокирован удален приостановлен взломан заморожен заблокируют "
                  "удалят alinacak kapatilacak silinecek engellenecek dondurulacak banlanacak "
                  "kilitlenecek zawieszone zablokowane usuniete zbanowane zamkniete ditangguhkan "
                  "diblokir dihapus dinonaktifkan dibanned dibekukan disuspend suspend حسابك "
                  "suspended locked deleted banned blocked hacked band ban delete block lock "
                  "सस्पेंड ब्लॉक बंद डिलीट बैन"),
    rule("spam:scam", "spam",
         "разыгрываю разыгрываем розыгрыш дарю дарим раздаю раздаем раздача раздачу cekilis "
         "cekilisi hediye dagitiyorum dagitiyoruz giveaway rozdaje rozdajemy rozdanie konkurs oddam "
         "losowanie bagi bagi2 bagiin سحب مسابقه توزيع اهدي جيف قيف raha rahi rahe baant गिवअवे रहा रही",
         r"(?:" + _GIVE + GIVE_WORDS + _PRIZE + r"|" + _PRIZE + r"(?: \S+){0,3}? " + _GIVE + r")"
         + GIVE_GAP + _PAY + NOT_WARNED),
    rule("spam:phishing", "spam",
         "код кода kod kodu kodumu kodum kode otp الكود كود الرمز رمز code कोड ओटीपी",
         _TAKEOVER,
         requires="номер numarana telefonuna numer telefon nomor no hp nomer wa رقمك لرقمك جوالك لجوالك تلفونك number "
                  "phone mobile नंबर फोन मोबाइल"),
    # zh: a prize and the password; a security centre or a threat and the code; a giveaway and
    # a shipping fee; a code sent to the reader's phone by mistake
    zrule("spam:phishing", "spam", "密 码 验",
          r"(?:恭喜你|恭喜您|你已?(?:赢得|获得|中)了?|您已?(?:赢得|获得|中)了?)[^。?]{0,60}?(?:发|私信|"
          r"告诉|给|输入|提供)(?:给)?(?:我|我们)?[^。!?]{0,10}?密码|(?:恭喜你|恭喜您|你已?(?:赢得|获得|中)了?|"
          r"您已?(?:赢得|获得|中)了?)[^。?]{0,60}?把[^。!?]{0,10}?密码[^。!?]{0,4}?(?:发给|告诉|给)|"
          r"(?:安全中心|安全团队|安全部门|账号安全|(?:账号|帐号|账户)(?:将|会|即将)被?(?:冻结|封|封禁|"
          r"删除|停用|注销))[^?]{0,60}?(?:(?:验证码|密码|动态码)[^。!?]{0,10}?(?:发给|告诉|提供给|报给)"
          r"(?:我们|我)|(?:发|告诉|提供)(?:给)?(?:我们|我)[^。!?]{0,6}?(?:验证码|密码))|"
          r"(?:验证码|码)[^。?]{0,12}?(?:发错|发到|发)[^。?]{0,6}?你(?:的)?(?:手机|号码|电话)[^?]{0,30}?"
          r"(?:发给我|告诉我|转给我|发我|截图给我)"),
    zrule("spam:scam", "spam", "运 邮 费",
          r"(?:抽奖|送|赠送|福利)[^。!?]{0,30}?(?:iphone|手机|苹果|ps5|switch|耳机|皮肤|粉丝)[^。!?]{0,30}?"
          r"(?:付|支付|交|出|转|发)[^。!?]{0,6}?(?:运费|邮费|手续费|快递费)"),
]
