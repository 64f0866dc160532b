"""Game-currency giveaways that ask for the reader's login: "PROMO!!! diamond ML
gratis klik bit.ly/... masukin akun dan password kamu" (appended to
`spam.RULES`).

Found missing on a blind evaluation (Indonesian); checked in Turkish and
Polish and written as a class in the 13 languages of the package.  The
older phishing rule (`spam_more.py`) needs "verify / log in to your account"
*and* a domain; a giveaway that asks for the account and password in the
chat has neither, and Indonesian puts "gratis" after the currency ("diamond
ML gratis"), where the free-currency rules did not look.  Two halves:

* a request for the reader's login - account, username, e-mail, password,
  OTP code - as an imperative or with "your" ("masukin akun dan password
  kamu", "hesap adını ve şifreni yaz", "podaj login i hasło", "pon tu usuario
  y contraseña", "gib dein Passwort ein", "введи логин и пароль", "اكتب كلمة
  السر", "输入账号密码", "apna id password bhejo");
* in a message that offers something: free / promo / giveaway / a prize, game
  currency, or a link (the `requires=` gate, so the request alone never
  runs the regex).

"my password for the school portal is on the sheet", "lupa password akun ml,
gimana caranya?", "jangan pernah kasih password kamu, itu penipuan" (a
warning: the scam frame and the packs' "never" frames), a victim's story
("aku ketipu, dia minta password akun aku") and the writer's own account
("nanti aku kasih password akun aku") pass.  Also: currency + "gratis /
bedava / za darmo" after it with a click or a link ("diamond ML gratis klik
...", "elmas bedava linke tıkla").
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# a word between the verb and the login that is no negation ("gib niemals dein passwort")
_W = (r"(?:(?!(?:niemals|nie|nigdy|never|jamais|nunca|mai|asla|jangan|not|nicht|no|non|nao|ne|mat|"
      r"kimseye|nikomu|nadie|personne|niemandem|nessuno)\b)\w+ )")

# what the message offers: free, promo, giveaway, a prize, game currency, a link
_OFFER = (
    "free gratis gratuit gratuits gratuite gratuito gratuitos kostenlos kostenlose bedava ucretsiz "
    "darmowe darmowy darmowa darmo бесплатно бесплатные бесплатный مجانا مجاني muft mufte "
    "promo giveaway giveaways hadiah bonus event claim klaim kazan kazanmak wygraj wygrana premio "
    "premios prix gewinn gewinnen vinci premi приз призы جائزه جوائز robux vbucks diamond "
    "diamonds dm uc skin skins nitro gems gemas diamantes diamants diamenty elmas elmaslar "
    "робуксы робукс алмазы гемы جواهر روبوكس coins koin link klik click tap bit ly com xyz "
    "linke linkten kliknij tikla tiklayin ссылка ссылке رابط الرابط lien enlace"
)
# a login is a password or a code: an e-mail or a username alone is asked for everywhere
_PASS_EN = (r"(?:password|pass|pw|passcode|login|login details|log in details|account details|"
            r"sign in details|otp|one time code|2fa code|security code|verification code|pin)")
_USER_EN = r"(?:account|acc|acct|username|user name|user|email|e mail|details|info|id)"
_PASS_ID = r"(?:password|pass|pw|sandi|kata sandi|kode otp|otp|kode verifikasi|pin)"
_USER_ID = r"(?:akun|email|id|user|username|nomor hp|no hp|gmail)"

RULES: list[Rule] = [
    # en: "enter ur username and password", "dm me your login", "log in with your account here"
    rule("spam:phishing", "spam",
         "password pass pw passcode login otp pin details code account acc username user email",
         r"\b(?:enter|type|give|send|tell|dm|put|drop|share|write|post|paste)(?: me| us| "
         r"in| it)? (?:your|ur) (?:roblox |epic |steam |fortnite |game |ml |ff |discord |insta |"
         r"instagram |tiktok |minecraft |google |apple )?(?:" + _PASS_EN + r"|" + _USER_EN
         + r" (?:and|n|or) (?:your |ur )?" + _PASS_EN + r")\b|"
         r"\b(?:log in|login|sign in) (?:with|using) (?:your|ur) (?:\w+ )?(?:account|acc|"
         r"password|details|login)\b",
         requires=_OFFER),
    # id: "masukin akun dan password kamu", "kirim email dan password akun kamu", "login pake akun ml
    # kamu di link ini", "kasih kode otp nya"
    rule("spam:phishing", "spam", "password pass pw sandi otp verifikasi pin login",
         r"\b(?:(?:masukin|masukkan|masukan|isi|isiin|kirim|kirimin|krm|ketik|input|tulis|"
         r"kasih|kasi|share|setor|sebutin|bagi) " + _W + r"{0,2}?(?:" + _PASS_ID + r"|" + _USER_ID
         + r"(?: \w+)? (?:dan|&|sama|ama|plus|n) (?:\w+ )?" + _PASS_ID + r")|(?:login|log in|masuk)"
         r" (?:pake|pakai|dengan|dgn|pk) (?:\w+ )?(?:akun|id|email|gmail))(?:nya|mu)?\b(?! (?:\w+ )?"
         r"(?:aku|gue|gw|saya|ku|sendiri)\b)",
         requires=_OFFER),
    # tr: "hesap adını ve şifreni yaz", "şifreni gir", "şifreni dm at"
    rule("spam:phishing", "spam", "sifreni sifrenizi parolani parolanizi kodu kodunu",
         r"\b(?:(?:hesap adini|hesabini|hesabinizi|kullanici adini|kullanici adinizi|mailini|"
         r"e ?postani) (?:ve|ile|,) (?:\w+ )?)?(?:sifreni|sifrenizi|parolani|parolanizi|gelen kodu|"
         r"sms kodunu|onay kodunu)\b (?:\w+ )?(?:yaz|yazin|gir|girin|gonder|gonderin|at|atin|ver|"
         r"verin|paylas|yolla|dm at|dmden at|yazman yeterli|girmen yeterli)\b(?! ?\?)",
         requires=_OFFER),
    # pl: "podaj login i hasło", "wpisz swoje hasło tutaj", "wyślij mi dane logowania"
    rule("spam:phishing", "spam", "haslo hasla logowania kod",
         r"\b(?:podaj|podajcie|wpisz|wpiszcie|wyslij|wyslijcie|daj|napisz|napiszcie|"
         r"przeslij|podeslij) (?:mi |nam )?" + _W + r"{0,3}?(?:haslo|hasla|dane logowania|kod z sms|"
         r"kod sms)\b(?! (?:\w+ )?(?:do (?:librusa|dziennika|szkoly|wifi)|od wifi))",
         requires=_OFFER),
    # es pt fr de it
    rule("spam:phishing", "spam",
         "contrasena clave datos senha identifiants mdp passe passwort zugangsdaten password "
         "credenziali codice code codigo",
         r"\b(?:pon|ponga|escribe|mete|introduce|ingresa|manda|mandame|envia|enviame|pasame|"
         r"dame) " + _W + r"{0,3}?(?:contrasena|clave|datos de (?:tu|la) cuenta|codigo de "
         r"verificacion)\b|\b(?:coloca|coloque|digita|digite|manda|envia|passa|me "
         r"passa|informa|bota|me manda) " + _W + r"{0,3}?(?:senha|dados da conta|codigo de "
         r"verificacao)\b|"
         r"\b(?:entre|entrez|mets|mettez|tape|tapez|donne|donnez|envoie|envoyez|saisis|"
         r"saisissez) " + _W + r"{0,3}?(?:identifiants|mot de passe|mdp|code de verification)\b|"
         r"\b(?:gib|gebt|schick|sende|tipp|trag) (?:mir |uns )?" + _W + r"?(?:dein|deine|"
         r"deinen|euer|eure) (?:passwort|zugangsdaten|logindaten|login daten|pin|code)\b|"
         r"\b(?:inserisci|inserite|metti|scrivi|dammi|mandami|manda|invia|inviami)"
         r" " + _W + r"{0,3}?(?:password|credenziali|dati dell'account|codice di verifica)\b",
         requires=_OFFER),
    # ru ar zh hi
    rule("spam:phishing", "spam", "пароль данные код",
         r"(?<!не )\b(?:введи|вводи|напиши|скинь|отправь|дай|укажи|пришли) (?:мне )?(?:\S+ ){0,2}?"
         r"(?:пароль|данные от аккаунта|данные аккаунта|код из смс)",
         requires=_OFFER),
    rule("spam:phishing", "spam", "السر المرور الباسورد باسورد السري الكود حسابك",
         r"(?<!لا )(?:اكتب|اكتبي|ادخل|دخل|ارسل|ابعت|ابعتلي|حط|اعطني|عطني|ارسلي) (?:\S+ ){0,3}?"
         r"(?:كلمه السر|كلمه المرور|الباسورد|باسورد|الرقم السري|بيانات حسابك|الكود)",
         requires=_OFFER),
    zrule("spam:phishing", "spam", "密 码",
          r"(?:免费|领取|领|赠送|送|钻石|皮肤|点券|福利|抽奖|链接|中奖)[^。!?]{0,30}(?:输入|填写|填|发|"
          r"给我|告诉我|私信)(?:你的)?(?:账号|帐号)?(?:和)?(?:密码|验证码)|(?:输入|填写|填|发|给我|"
          r"告诉我|私信)(?:你的)?(?:账号|帐号)?(?:和)?(?:密码|验证码)[^。!?]{0,30}(?:免费|领取|领|赠送|"
          r"钻石|皮肤|点券|福利|抽奖|中奖)"),
    rule("spam:phishing", "spam", "password pass otp",
         r"\b(?:apna|apni|teri|tera|tumhara|apne) (?:\w+ )?(?:(?:id|account|login|email) (?:aur|and|"
         r"or|&) (?:\w+ )?)?(?:password|pass|otp)(?: (?:aur|and|or|&) (?:\w+ )?(?:id|otp))? "
         r"(?:bhejo|bhej|de|do|daal|dalo|batao|bata|likho|share karo|send karo|dm karo)\b",
         requires=_OFFER),
    # "diamond ML gratis klik ...", "elmas bedava linke tıkla", "diamenty za darmo kliknij"
    rule("spam:scam", "spam", "gratis bedava ucretsiz darmo free",
         r"\b(?:diamond|diamonds|dm|uc|robux|skin|skins|elmas|elmaslar|diamenty|gemy|monety|vbucks|"
         r"koin|coin|coins)(?: (?:ml|ff|pubg|mlbb|fortnite|roblox|\w+))? (?:gratis|bedava|ucretsiz|"
         r"za darmo|free)\b(?:(?!\b(?:dia|mereka|aku ketipu)\b)[^?]){0,60}?\b(?:klik|click|tap|"
         r"link|linke|linkten|bit \. ly|tikla|tiklayin|kliknij|wejdz|masukin|masukkan|login|daftar|"
         r"cek bio|isi|ambil|klaim|claim|gir|wpisz)\b",
         requires="klik click tap link linke linkten bit tikla tiklayin kliknij wejdz masukin "
                  "masukkan login daftar cek isi ambil klaim claim gir wpisz"),
]
