"""Scams that ask for a reply instead of a click (appended to `spam.RULES`):

* a prize or lottery win paid out for the reader's full name, address and bank
  details ("you have been selected as a winner ... reply with your full name and
  home address", "Sei stato estratto ... mandaci nome, cognome e IBAN");
* a giveaway entered by writing YES ("sorteo de 5000 pavos!! escribe SI aquí
  abajo y te los paso por privado", "抽奖送6000点券！！在下面扣1");
* "subscribe to my channel, the link is in my bio";
* a money scheme with a joining fee or friends to recruit ("solo tienes que
  invitar a 5 amigos y te pagan", "200 tl giriş ücreti ve 3 arkadaşını getir");
* someone posing as support, staff or a moderator who asks for the password or
  the code from a text message ("soy moderador de roblox ... mándame tu
  contraseña", "я из поддержки Steam ... скиньте код из смс").

Why: spam development lines written in session 19 in 13 languages, by a helper
who never saw the rules, showed these kinds shown in most languages: the spam
rules wait for a link, a domain or a click word.  Each rule needs both halves
(the offer and the ask); either alone is everyday ("i won the school lottery",
"write yes if you're coming", "my channel is about drawing", "the fee for the
trip is 20 euro").  Warnings and reports are excused like every spam rule
(`frames.scam_frame`).  Patterns run on the phrase form (accents stripped).
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_WIN = (r"(?:winner|won|selected|lucky draw|lottery|congratulations|congrats|ganador|ganado|loteria|"
        r"elegido|felicidades|gagnant|gagne|felicitations|visiteur|ganhou|ganhador|loteria|sorteado|"
        r"parabens|vincitore|vinto|lotteria|estratto|complimenti|gewinner|gewonnen|lotterie|"
        r"gluckwunsch|herzlichen|wylosowan\w*|zwyciezc\w*|wygral\w*|loterii|loteria|pemenang|menang|"
        r"undian|selamat|terpilih|победител\w*|выиграли|лотере\w*|поздравляем|kazanan|kazandiniz|"
        r"piyango|tebrikler|jeet\w*|inaam|select hua)")
_DETAILS = (r"(?:full name|home address|your address|bank (?:details|account)|account number|card "
            r"(?:number|details)|iban|nombre completo|tu direccion|cuenta del banco|cuenta bancaria|"
            r"datos bancarios|votre nom|votre adresse|adresse et numero|coordonnees bancaires|nome "
            r"completo|cpf|endereco|conta bancaria|dados bancarios|nome, cognome|cognome|indirizzo|"
            r"kontodaten|bankdaten|namen, adresse|adresse und|imie, nazwisko|nazwisko|numer konta|"
            r"nama lengkap|alamat|rekening|полное имя|фио|адрес|номер карты|реквизиты|ad soyad|adres|"
            r"bank account|account number bhejo|apna naam)")

# the ask aimed at the reader, not negated ("admin here, don't send your password")
_NOT_NEGATED = (r"(?<!\bno )(?<!\bnot )(?<!\bnever )(?<!\bdont )(?<!\bdo not )(?<!\bnon )(?<!\bnie )"
                r"(?<!\bне )(?<!\bnicht )(?<!\bjangan )(?<!\bmat )(?<!\bne )(?<!\bnunca )(?<!\bjamais )")
_ASK = (r"(?:send me|send us|give me|reply with|respond with|dm me|mandame|mandanos|enviame|pasame|"
        r"responde con|envoie moi|envoie nous|envoyez|donne moi|reponds avec|repondez avec|manda(?:-me)? "
        r"|me manda|me passa|envia|mandatemi|mandami|mandaci|inviami|rispondi con|schick mir|schickt mir|"
        r"schicke uns|gib mir|antworte mit|wyslij mi|wyslijcie mi|podaj|podaj mi|kirim|kirimkan|kasih|"
        r"скинь|скиньте|пришли|пришлите|отправь|отправьте|gonder|gonderin|yolla|at|bhejo|bhej do|"
        r"send karo)")

RULES: list[Rule] = [
    # -- a prize for the reader's personal and bank details -------------------
    rule("spam:scam", "spam",
         "name address bank iban account nombre direccion cuenta nom adresse nome cpf endereco "
         "cognome indirizzo namen adresse kontodaten imie nazwisko konta nama alamat rekening "
         "имя адрес фио карты реквизиты soyad adres naam",
         r"\b" + _WIN + r"\b[^?]{0,140}?\b" + _DETAILS + r"\b"),
    rule("spam:scam", "spam", "اسمك عنوانك حسابك",
         r"(?:فائز|فزت|ربحت|مبروك|اليانصيب|تم اختيارك)[^?]{0,120}?(?:اسمك الكامل|عنوانك|رقم حسابك|"
         r"حسابك البنكي|بيانات البطاقه)"),
    zrule("spam:scam", "spam", "姓 住 银",
          r"(?:中奖|抽中|幸运用户|恭喜)[^?]{0,60}(?:真实姓名|家庭住址|银行卡)"),
    # -- a giveaway entered by writing YES --------------------------------------
    rule("spam:scam", "spam",
         "write comment type reply escribe comenta escribi ecris ecrivez commente escreve comenta "
         "scrivi commenta schreibt schreib kommentiert napisz piszcie tulis ketik komen напиши "
         "пишите likho yazin yaz",
         r"\b(?:giveaway|sorteo|sorteio|concours|verlosung|losowanie|cekilis\w*|розыгрыш|undian|"
         r"(?:free|gratis|gratos|gratuit\w*|de graca|umsonst|kostenlos\w*|darmow\w*|bedava|бесплатн\w*) "
         r"(?:\d+ )?(?:skins?|robux|vbucks|v bucks|uc|diamonds?|diamantes|diamants|diamanti|gems|gemas|"
         r"coins|nitro|pavos|minecoins|робукс\w*|скин\w*))\b"
         r"[^?]{0,80}?\b(?:write|comment|type|reply|escribe|comenta|escribi|ecris|ecrivez|commente|"
         r"escreve|scrivi|commenta|schreibt|schreib|kommentiert|napisz|piszcie|tulis|ketik|komen|"
         r"напиши|пишите|likho|yazin|yaz) (?:['\"] )?(?:yes|si|oui|sim|ja|tak|ya|да|evet|quiero|me|"
         r"1|\+)\b|\b(?:cekilis\w*|giveaway)\b[^?]{0,80}?\b(?:evet|yes|ha|haan) (?:yazin|yaz|likho)\b"),
    rule("spam:scam", "spam", "اكتب اكتبوا",
         r"(?:سحب|مجانا|مجاني\w*|قيف اواي)[^?]{0,80}?(?:اكتب|اكتبوا|علق|علقوا) (?:['\"] )?(?:نعم|تم|1)"),
    zrule("spam:scam", "spam", "扣 回",
          r"(?:抽奖|免费|送)[^?]{0,40}(?:扣1|扣个1|回复1|评论1)"),
    # -- subscribe, the link is in my bio ----------------------------------------
    rule("spam:promo", "spam",
         "bio profile perfil profil bio profilu профиле профиль био profilimde biyoda",
         r"\b(?:sub|subs|subscribe|suscrib\w*|abonnez|abonne toi|abonniert|abonniere|inscreve|"
         r"inscrevam|iscrivet\w*|iscriviti|subskrybuj\w*|subscribe karo|подпиш\w*|abone ol\w*|"
         r"follow me|siganme|sigueme|suivez moi|me segue|seguitemi|folgt mir|obserwuj\w*)\b"
         r"[^?]{0,80}?\b(?:link|links|lien|enlace|link\w*|ссылк\w*)\b[^?]{0,20}?\b(?:bio|profile|"
         r"perfil|profil|profilu|профиле|профиль|био|profilimde|biyoda|biomda)\b"),
    rule("spam:promo", "spam", "البايو",
         r"(?:اشتركوا|اشترك|تابعوني|تابعني)[^?]{0,80}?(?:الرابط|اللينك) (?:في|ف|بال)(?: ال)?(?:بايو|"
         r"البايو|بروفايل|البروفايل)"),
    zrule("spam:promo", "spam", "主 链",
          r"(?:关注|订阅)[^?]{0,40}(?:链接在主页|主页有链接|链接在简介|简介有链接)"),
    # -- a money scheme: a joining fee or friends to recruit ---------------------
    rule("spam:scam", "spam",
         "friends amigos amis amici freunde znajomych teman друзей arkadasini dosto dost fee cuota "
         "cadastro frais gebuhr quota ucreti fees",
         r"\b(?:easy money|make money|earn money|dinero facil|ganar dinero|argent facile|gagner de "
         r"l'argent|dinheiro facil|ganhar dinheiro|soldi facili|guadagnare|leichtes geld|geld "
         r"verdienen|nebenjob|latwa kasa|latwe pieniadze|zarobic|uang mudah|duit gampang|cuan|легкие "
         r"деньги|заработок|kolay para|para kazan|aasan paisa|paise kamao|flous sahla)\b.{0,120}?"
         r"\b(?:(?:invite|bring|invitar|invita|trae|chamar|chama|invitare|portare|einladen|bring|"
         r"zaprosic|zapros|ajak|пригласи\w*|getir\w*|jodo|jod|tjib) (?:\w+ )?(?:\d+|three|five|tres|"
         r"cinco|trois|cinq|tre|cinque|drei|funf|trzech|pieciu|tiga|lima|трех|пять|uc|bes|teen|paanch) "
         r"(?:friends|amigos|amis|amici|freunde|znajomych|teman|друзей|arkadasini|arkadas|dosto|dost|"
         r"s7abk)|(?:joining|registration|sign ?up) fee|cuota|pagar \d+|cadastro|frais "
         r"d'inscription|(?:am anfang|zuerst) \d+ ?(?:€|euro)|quota di iscrizione|oplata|biaya "
         r"pendaftaran|взнос|giris ucreti|joining fees?|registration fees?)\b"),
    # -- posing as support or staff, asking for the password or the text code ----
    rule("spam:phishing", "spam",
         "password contrasena mdp passe senha passwort haslo sandi пароль sifre sifreni sifrenizi "
         "code codigo codice kod kode код sms otp",
         r"\b(?:support|staff|admin|moderator|moderador|soporte|equipo de|moderateur|equipe|suporte|"
         r"moderatore|assistenza|administrac\w*|pomoc techniczn\w*|dukungan|cs|поддержк\w*|"
         r"администрац\w*|модератор|destek|yetkili)\b[^?]{0,120}?" + _NOT_NEGATED + r"\b" + _ASK
         + r" (?:\w+ ){0,4}?(?:password|contrasena|mdp|mot de passe|senha|passwort|haslo|hasla|kata "
         r"sandi|sandi|пароль|sifre\w*|code|codigo|codice|kod|kode|код|otp|kodu|kodunu)\b"),
    zrule("spam:phishing", "spam", "密 账",
         r"(?:官方|客服|管理员|通知)[^?]{0,60}(?:回复|发送|提供)(?:你的|您的)?(?:账号和密码|账号密码|密码)"),
]
