"""The account scams of spam_account_scams.py in ru tr pl id ar hi zh
(spam_account_scams_langs.py): a prize with the login asked for, a fake security
service or a threat to the account with the SMS code asked for, a giveaway with a
shipping fee, a code "sent to your number by mistake".

Hard negatives: "never send the code" in each language, the writer's own locked
account, usernames asked after a game, a giveaway story.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

BLOCKED = [
    # a giveaway and money to send for shipping
    "разыгрываю 3 айфона подписчикам, скиньте 300 на доставку",
    "çekiliş: takipçilerime 2 iphone hediye ediyorum, kargo için 50 tl gönderin",
    "rozdaję 3 iphony obserwującym, wyślijcie 10 zł na wysyłkę",
    "giveaway 2 iphone buat followers, kirim 20rb buat ongkir ya",
    "سحب على ايفون للمتابعين، ارسل 20 ريال للشحن",
    "main 3 iphone giveaway de raha hu followers ko, shipping ke liye 100 rs bhejo",
    "抽奖送iphone给粉丝，转20块运费就行",
    # a prize and the login
    "Поздравляю! Вы выиграли 5000 робуксов 🎉 чтобы получить, подтвердите аккаунт: пришлите логин и пароль в личку",
    "ты выиграл 1000 робуксов! напиши свой логин и пароль чтобы я их закинул",
    "Tebrikler! 5000 robux kazandın 🎉 almak için hesabını onayla: kullanıcı adını ve şifreni DM'den at",
    "kazandınız! 1000 robux için şifrenizi yazın",
    "Gratulacje! Wygrałeś 5000 robuxów 🎉 żeby je odebrać potwierdź konto: wyślij mi login i hasło na priv",
    "wygrałaś 1000 robuxów! podaj login i hasło to ci je wyślę",
    "Selamat! Kamu menang 5000 robux 🎉 untuk klaim, konfirmasi akun kamu: DM aku username dan password kamu",
    "selamat kamu terpilih dapat 1000 diamond, kirim id dan password akun kamu ya",
    "مبروك! ربحت 5000 روبوكس 🎉 عشان تستلمها أكد حسابك: ارسل لي اسم المستخدم وكلمة السر في الخاص",
    "Badhai ho! Aapne 5000 robux jeete 🎉 claim karne ke liye apna account confirm karo: DM mein "
    "apna username aur password bhejo",
    "tumne 1000 robux jeete hain! apna id aur password bhejo",
    "बधाई हो! आपने 5000 रोबक्स जीते 🎉 क्लेम करने के लिए अपना यूज़रनेम और पासवर्ड DM करो",
    "恭喜！你赢得了5000 robux 🎉 领取前请确认账号：私信我你的用户名和密码",
    "恭喜你中奖了！获得1000钻石，请把账号和密码发给我确认",
    # a security service or a threat, then the code
    "⚠️ Служба безопасности: ваш аккаунт будет заблокирован. Отправьте нам 6-значный код из СМС, "
    "чтобы подтвердить, что вы владелец",
    "твой аккаунт взломан, скинь код из смс и мы всё восстановим",
    "Güvenlik ekibi: hesabın askıya alınacak. Sahibi olduğunu doğrulamak için SMS ile gelen 6 haneli kodu bize gönder",
    "hesabınız kapatılacak, gelen kodu bize iletin",
    "Zespół bezpieczeństwa: twoje konto zostanie zawieszone. Wyślij nam 6-cyfrowy kod z SMS-a, "
    "żeby potwierdzić, że jesteś właścicielem",
    "twoje konto zostanie zablokowane, podaj nam kod z sms",
    "Tim keamanan: akun kamu akan ditangguhkan. Kirim kode 6 digit dari SMS untuk konfirmasi bahwa kamu pemiliknya",
    "akun kamu akan diblokir, sebutkan kode otp yang masuk",
    "فريق الأمان: سيتم تعليق حسابك. أرسل لنا الرمز المكون من 6 أرقام من الرسالة لتأكيد أنك المالك",
    "سيتم حظر حسابك، قول الكود اللي وصلك",
    "Security team: aapka account suspend ho jayega. SMS wala 6 digit code bhejo confirm karne ke liye ki aap owner ho",
    "aapka account band ho jayega, otp bata do jaldi",
    "安全中心：你的账号将被冻结。请把短信里的6位验证码发给我们，以确认你是本人",
    "你的账号即将被封禁，把收到的验证码发给我们",
    # a giveaway with a fee
    "разыгрываю 2 айфона среди подписчиков, нужно только оплатить доставку 300 рублей",
    "дарю айфон подписчикам, нужно только оплатить доставку",
    "takipçilerime 2 iPhone hediye ediyorum, sadece 50 TL kargo ücreti öde ve katıl",
    "takipçilere çekiliş: iPhone kazan, sadece kargo ücretini öde",
    "rozdaję 2 iPhone'y obserwującym, wystarczy zapłacić 15 zł za wysyłkę",
    "rozdanie: iPhone dla obserwujących, tylko zapłać za wysyłkę 20 zł",
    "giveaway 2 iPhone buat followers, cukup bayar ongkir 20rb aja",
    "bagi bagi iphone buat followers, tinggal bayar ongkir aja",
    "سحب على 2 ايفون لمتابعيني، فقط ادفع 20 ريال رسوم الشحن",
    "مسابقه على ايفون لمتابعيني، فقط ادفع رسوم التوصيل",
    "2 iPhone giveaway followers ke liye, bas 200 rupees shipping pay karo",
    "free iphone de raha hu followers ko, bas delivery charge 99 rs de do",
    "送粉丝2部iPhone，只需付20元运费就能参加",
    "抽奖送粉丝耳机，只要付运费就行",
    # a code sent to the reader's number
    "ой, я случайно отправил код на твой номер, можешь скинуть его мне? срочно",
    "привет, мне нужен код, я по ошибке указал твой номер, пришли его мне",
    "pardon yanlışlıkla kodumu senin numarana gönderdim, bana geri atar mısın? acil",
    "kodum yanlışlıkla senin numarana geldi, bana atar mısın",
    "sorry przez pomyłkę wysłałem kod na twój numer, możesz mi go przesłać? pilne",
    "sorry, kod przyszedł na twój numer przez pomyłkę, prześlij mi go",
    "eh sorry kode verifikasi aku kekirim ke nomor kamu, boleh kirim balik? penting banget",
    "maaf otp aku ga sengaja ke nomor kamu, kirimin ke aku ya",
    "اسف ارسلت الكود حقي لرقمك بالغلط، ممكن ترسله لي؟ ضروري",
    "الكود وصل لرقمك بالغلط، ابعته لي بسرعة",
    "sorry galti se mera code tumhare number pe chala gaya, wapas bhej do please urgent hai",
    "yaar mera otp tere number pe aa gaya, mujhe bhej do",
    "不好意思我的验证码发错到你手机上了，能发给我吗？很急",
    # a site that imitates the game
    "бесплатные робуксы, заходи на robIox .com и войди в аккаунт",
    "bedava robux, r0blox .com sitesine giriş yap",
    "darmowe robuxy, zaloguj się na robIox .com",
    "robux gratis, login di r0blox .com pake akun kamu",
    "روبوكس مجانا سجل دخول في robIox .com",
    "free robux, robIox .com par login karo",
    "免费robux，登录 r0blox .com 领取",
]
NOT_SPAM = [
    "никогда не отправляй никому код из смс",
    "никогда не пересылай код из смс, даже если просят вернуть",
    "6 haneli kodu asla kimseye gönderme",
    "nigdy nikomu nie wysyłaj kodu z sms",
    "jangan pernah kasih kode otp ke siapa pun",
    "jangan pernah kirim kode otp ke siapa pun walau katanya salah kirim",
    "لا ترسل الرمز لأي شخص أبدا",
    "kabhi bhi kisi ko otp mat bhejo",
    "不要把验证码告诉任何人",
    "мой аккаунт заблокировали, я написал в поддержку",
    "мой аккаунт заблокировали, мама помогла вернуть пароль",
    "hesabım askıya alındı, destek ekibine yazdım",
    "hesabım kapatıldı, annem şifreyi değiştirdi",
    "moje konto zostało zablokowane, napisałem do supportu",
    "moje konto zostało zablokowane, tata zmienił hasło",
    "akun aku diblokir, udah lapor ke cs",
    "حسابي انقفل وكلمت الدعم",
    "mera account band ho gaya tha, support ko message kiya",
    "我的账号被冻结了，已经联系客服了",
    "ты выиграл, напиши свой ник в игре",
    "wygrałeś, napisz mi swój nick",
    "kamu menang! kirim username kamu biar aku add",
    "скинь 300 на доставку, мама просила",
    "kargo için 50 tl gönder, ayakkabıyı sana yolluyorum",
    "wyślij mi 10 zł na wysyłkę, kupiłeś moją bluzę",
    "kirim 20rb buat ongkir ya, bukunya aku kirim besok",
    "shipping ke liye 100 rs bhejo, tumhara order kal aayega",
    "转20块运费给我，你买的书明天寄",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_account_scams_are_blocked(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.BLOCK and "spam" in v.categories, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", NOT_SPAM)
def test_warnings_and_own_accounts_are_not_spam(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is not Action.BLOCK and "spam" not in v.categories, (text, v.action, v.reasons)
