"""Fake platform support / staff impersonation asking for the reader's login
(appended to `spam.RULES`): "Roblox Support here, your account will be
deleted, send your password to verify", "I'm an Instagram admin, give me the
code we just sent you", "Discord staff: your account will be banned in 24h,
confirm your password".

The older phishing rules need a link (`spam_more.py`: "verify your account at
x.xyz") or a giveaway (`spam_credentials.py`: "free robux, enter your
password"); an impersonator offers nothing and often sends no link: the bait
is the writer's claimed role and a threat to the account.  Two halves, in
this order in one stretch without a question mark:

* a staff identity: a platform and a role, in either order ("roblox support",
  "discord staff", "instagram admin", "the roblox moderation team", "support
  de roblox", "admin do instagram", "поддержка roblox", "دعم روبلوكس",
  "Roblox destek ekibi", "adminem instagrama", "CS Roblox", "抖音管理员");
* a request for the reader's login addressed to the writer: the password, a
  login, a verification / security / SMS code or "the code we sent you", or
  "verify / confirm your account" ("send your password", "give me the code we
  just sent you", "şifreni gönder", "podaj mi kod", "kirim password kamu",
  "把验证码告诉我").  A bare "your code" is not enough (a friend code, an
  invite code, a creator code are asked for everywhere), nor is a username.

What passes: "Roblox support never asks for your password" (no request, and
a negation between the halves stops the match), "I emailed Discord support
and they fixed my account" (no request), "a fake 'Roblox support' tried to
get my password, I reported it" (the writer's password; the scam frame),
"i'm an admin on our class minecraft server, send me your username" (no
login).  Warnings and reports are excused by the discussion and scam frames
like every spam rule.  Category `spam` (rule `spam:phishing`, as the other
login-phishing rules), so the spam stage blocks it.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_PLAT = (r"(?:roblox|discord|instagram|tiktok|snapchat|snap|fortnite|epic games|epic|minecraft|steam|"
         r"xbox|playstation|psn|youtube|google|gmail|apple|icloud|whatsapp|facebook|meta|twitch|"
         r"microsoft|supercell|brawl stars|clash royale|free fire|mobile legends|mlbb|pubg|genshin|"
         r"valorant|riot|telegram|twitter|among us)\w*")
_ROLE = (r"(?:support|staff|admin\w*|administra\w*|moderat\w*|mods?|team|security|safety|help ?desk|"
         r"customer (?:service|support|care)|official|employee|developers?|soporte|equipo|equipe|"
         r"suporte|supporto|assistenza|seguranca|seguridad|securite|sicherheit\w*|kundendienst|"
         r"mitarbeiter|service client|atendimento|destek|ekib\w*|ekip|yonetici\w*|yetkili\w*|musteri "
         r"hizmetleri|wsparci\w*|zesp\w*|ekipa|obsluga|cs|tim|pihak)")
# a report ("roblox support said ..."), "never", or "not" before an asking verb: "... never
# asks for your password", "ne demande jamais", "nie prosi o hasło"; a plain "not" may be the
# threat itself ("if you do not confirm your password")
_WARN = (r"never|jamais|nunca|niemals|nigdy|mai|asla|hicbir|kabhi|pernah|ever|said|says|told|tells|"
         r"dijo|dice|disse|diz|a dit|dit|sagte|sagt|ha detto|dedi|powiedzial\w*|bilang|kaha|"
         r"(?:not|no|nao|nicht|"
         r"non|nie|pas|nahi|tidak|gak|nggak|ne) (?:\w+ )?(?:ask|asks|need|needs|pide|piden|pedira|"
         r"pede|pedem|demande|demandent|fragt|fragen|chiede|chiedono|prosi|prosza|minta|maang\w*)")
# between the identity and the request: no "never" ("... never asks for your password")
_GAP = r"(?:(?!\b(?:" + _WARN + r")\b)[^?]){0,150}?"
_IDENT = (r"\b(?:" + _PLAT + r" (?:\w+ ){0,2}?" + _ROLE + r"|" + _ROLE + r" (?:\w+ ){0,2}?(?:d'|l')?" + _PLAT
          + r")\b")
_PLAT_WORDS = ("roblox discord instagram tiktok snapchat snap fortnite epic minecraft steam xbox "
               "playstation psn youtube google gmail apple icloud whatsapp facebook meta twitch "
               "microsoft supercell brawl clash fire legends mlbb pubg genshin valorant riot telegram "
               "twitter among discorda discordzie instagrama instagramin instagramda robloxa "
               # French "d'instagram" is one token without its apostrophe
               "dinstagram droblox ddiscord dtiktok dapple depic dfortnite dyoutube dsnapchat")
# a warning after the request: "..., it's a scam"
_NOT_WARNED = (r"(?![^.!?]{0,60}\b(?:scam|scams|fake|arnaque|estafa|golpe|betrug|truffa|dolandirici\w*|"
               r"oszust\w*|penipuan|penipu|fraud|dhokha|развод|мошенни\w*)\b)")

# "verify your account" only with a deadline or an "or else": roblox asks for an ID check
# for voice chat, and children pass that on ("verify your account in settings to get vc")
_SOON = (r"\b(?: \w+){0,4}? (?:\d+\w*|within|before|or|otherwise|today|now|immediately|sinon|avant|"
         r"maintenant|sino|antes|hoy|ahora|ou|senao|hoje|agora|oder|sonst|bis|heute|sofort|altrimenti|"
         r"entro|oggi|subito)\b")
# the login: a password, a qualified code, "the code we/you sent/got"
_CODE_Q = (r"(?:verification|security|login|log in|2fa|sms|confirmation|otp|one time|backup|"
           r"recovery|authentication|auth|\d+ digit|\w+ digit)")
_REQ_EN = (r"\b(?:send|give|tell|dm|text|reply with|provide|share|confirm|verify|enter|type|write|"
           r"drop|read)(?: me| us| it to me| it to us)? (?:\w+ ){0,3}?(?:(?:your|ur) (?:\w+ ){0,2}?"
           r"(?:password|passcode|pass|pw|login|login details|log in details|credentials|" + _CODE_Q
           + r" code|otp|pin)|(?:the|that|this) (?:" + _CODE_Q + r" )?code (?:(?:we|i|that|you|they) )?"
           r"(?:just |have |got |received )?(?:sent|got|received|texted|emailed|get)|(?:the|that) "
           + _CODE_Q + r" code)|\b(?:we|i) (?:need|require) (?:\w+ )?(?:your|ur) (?:password|login|"
           r"login details|credentials|" + _CODE_Q + r" code)|\b(?:verify|confirm|validate) (?:your|"
           r"ur) (?:account|acc|identity)" + _SOON)
_REQ_FR = (r"\b(?:envoie|envoies|envoyez|donne|donnes|donnez|dis|dites|ecris|ecrivez|confirme|"
           r"confirmes|confirmez|verifie|verifies|verifiez|entre|entrez|tape|tapez|communique|"
           r"transmets|renvoie)(?: moi| nous)? (?:\w+ ){0,3}?(?:(?:ton|votre|tes|vos) (?:mot de passe|"
           r"mdp|identifiants|code (?:de )?(?:verification|securite|confirmation))|le code (?:qu'on|"
           r"que (?:nous|tu|je)|de (?:verification|securite|confirmation)|recu|envoye|a \d+ chiffres)|"
           r"(?:ton|votre) compte" + _SOON + r")")
_REQ_ES = (r"\b(?:manda|mandame|mandanos|envia|enviame|envianos|dame|danos|dime|dinos|escribe|"
           r"confirma|confirmes|verifica|verifiques|pasame|introduce|ingresa|comparte)(?: me| nos)? "
           r"(?:\w+ ){0,3}?(?:(?:tu|su) (?:contrasena|clave|codigo de (?:verificacion|seguridad)|datos "
           r"de (?:acceso|inicio)|cuenta" + _SOON + r")|el codigo (?:que|de (?:verificacion|seguridad)|de \d+))")
_REQ_PT = (r"\b(?:manda|mande|envia|envie|passa|passe|fala|diz|confirma|confirme|confirmar|verifica|"
           r"verifique|digita|digite|informa|informe|coloca)(?: pra mim| pra gente)? (?:\w+ ){0,3}?"
           r"(?:(?:sua|tua|seu|teu) (?:senha|login|conta" + _SOON + r"|codigo de (?:verificacao|seguranca))|o "
           r"codigo (?:que|de (?:verificacao|seguranca)|de \d+))")
_REQ_DE = (r"\b(?:schick|schicke|sende|gib|gebt|sag|nenn|nenne|bestatige|bestatigt|verifiziere|"
           r"tipp|schreib)(?: mir| uns)? (?:\w+ ){0,3}?(?:(?:dein|deine|deinen) (?:passwort|"
           r"zugangsdaten|logindaten|bestatigungscode|sicherheitscode|(?:konto|account)" + _SOON + r")|den code,? den)")
_REQ_IT = (r"\b(?:manda|mandami|mandaci|invia|inviami|inviaci|dammi|dacci|dimmi|dicci|scrivi|"
           r"conferma|verifica|inserisci)(?: mi)? (?:\w+ ){0,3}?(?:(?:la tua|il tuo) (?:password|"
           r"codice di (?:verifica|sicurezza)|account" + _SOON + r"|credenziali)|il codice (?:che|di (?:verifica|"
           r"sicurezza)|a \d+ cifre))")
_REQ_TR = (r"\b(?:sifreni|sifrenizi|parolani|parolanizi|dogrulama kodunu|gelen kodu|onay kodunu|sms "
           r"kodunu|(?:sana |size )?gonderdigimiz (?:\w+ )?kodu) (?:\w+ )?(?:gonder|gonderin|yaz|yazin|"
           r"soyle|soyleyin|ver|verin|at|atin|dogrula|dogrulayin|onayla|onaylayin|paylas|ilet|bildir)\b")
_REQ_PL = (r"\b(?:wyslij|podaj|podajcie|daj|napisz|powiedz|potwierdz|wpisz|przeslij|podeslij)(?: mi| "
           r"nam)? (?:\w+ ){0,3}?(?:haslo|hasla|kod|dane logowania|login)\b")
_REQ_ID = (r"\b(?:kirim|kirimin|kasih|kasi|kasih tau|sebutin|ketik|masukin|masukkan|konfirmasi|"
           r"verifikasi|share|berikan|beri) (?:\w+ ){0,3}?(?:password|sandi|kata sandi|kode|otp|pin)\b")
_REQ_HI = (r"\b(?:apna|apni|tumhara|aapka|apka|woh|wo|jo) (?:\w+ ){0,3}?(?:password|pass|otp|code) "
           r"(?:\w+ ){0,4}?(?:bhejo|bhej|bata|batao|bata do|de do|do|share karo|send karo|likho|"
           r"confirm karo)\b")

# -- ru / ar ------------------------------------------------------------------------
_PLAT_RU = (r"(?:" + _PLAT + r"|роблокс\S*|дискорд\S*|инстаграм\S*|инст\S*|тикток\S*|снапчат\S*|"
            r"фортнаит\S*|маинкрафт\S*|ютуб\S*|гугл\S*|ватсап\S*|телеграм\S*|вк|вконтакте|стим\S*)")
_ROLE_RU = (r"(?:поддержк\S*|техподдержк\S*|администрац\S*|администратор\S*|админ\S*|модератор\S*|"
            r"команд\S*|сотрудник\S*|служб\S*)")
_PLAT_AR = (r"(?:" + _PLAT + r"|روبلوكس|ديسكورد|دسكورد|انستقرام|انستغرام|انستا|تيك توك|تيكتوك|سناب|"
            r"فورتنايت|ماينكرافت|يوتيوب|جوجل|قوقل|واتساب|فيسبوك|ببجي|فري فاير)")
_ROLE_AR = r"(?:دعم|الدعم|فريق|ادمن|الادمن|مشرف|اداره|خدمه العملاء|موظف|الامان)"

RULES: list[Rule] = [
    rule("spam:phishing", "spam", _PLAT_WORDS,
         _IDENT + _GAP + r"(?:" + "|".join((_REQ_EN, _REQ_FR, _REQ_ES, _REQ_PT, _REQ_DE, _REQ_IT))
         + r")\b" + _NOT_WARNED,
         requires="password passcode pass pw login credentials code otp pin verify confirm validate "
                  "mot mdp identifiants compte contrasena clave codigo cuenta senha conta passwort "
                  "zugangsdaten logindaten bestatigungscode sicherheitscode konto account codice "
                  "credenziali"),
    rule("spam:phishing", "spam", _PLAT_WORDS,
         _IDENT + _GAP + r"(?:" + "|".join((_REQ_TR, _REQ_PL, _REQ_ID, _REQ_HI)) + r")" + _NOT_WARNED,
         requires="sifreni sifrenizi parolani parolanizi kodunu kodu haslo hasla kod logowania login "
                  "password sandi kode otp pin pass code"),
    rule("spam:phishing", "spam",
         "поддержка поддержки поддержку техподдержка администрация администрации администратор "
         "администратора админ админы модератор модераторы команда команды сотрудник служба",
         r"(?:\b" + _PLAT_RU + r" (?:\S+ ){0,2}?" + _ROLE_RU + r"|\b" + _ROLE_RU + r" (?:\S+ ){0,2}?"
         + _PLAT_RU + r")(?:(?!\b(?:не|никогда)\b)[^?]){0,150}?\b(?:отправь|пришли|скинь|скажи|"
         r"напиши|дай|назови|подтверди|введи|сообщи)(?: мне| нам)? (?:\S+ ){0,3}?(?:пароль|код|"
         r"логин|данные)" + _NOT_WARNED),
    rule("spam:phishing", "spam", "دعم الدعم فريق ادمن الادمن مشرف اداره خدمه موظف الامان",
         r"(?:" + _PLAT_AR + r" (?:\S+ ){0,2}?" + _ROLE_AR + r"|" + _ROLE_AR + r" (?:\S+ ){0,2}?"
         + _PLAT_AR + r")(?:(?!(?:لا|ما|ابدا) )[^?]){0,150}?(?:ارسل|ارسلي|ابعت|ابعتلي|ابعتي|اعطني|"
         r"عطني|اعطيني|اكتب|اكتبلي|قول|قولي|قلي|اكد|ادخل|دخل)(?: لي)? (?:\S+ ){0,3}?(?:كلمه السر|"
         r"كلمه المرور|الباسورد|باسورد|الكود|كود|رمز التحقق|الرمز|الرقم السري)"),
    zrule("spam:phishing", "spam", "密 码",
          r"(?:roblox|discord|抖音|快手|微信|qq|腾讯|王者荣耀|原神|b站|哔哩哔哩|微博|小红书|instagram|"
          r"tiktok|steam|米哈游|网易|我的世界|和平精英|游戏)[^。!?]{0,4}(?:客服|管理员|官方|工作人员|"
          r"运营|安全中心|团队)[^。!?]{0,40}?(?:发送|发|告诉|提供|给|输入|报|私信|填写)(?:我|我们)?"
          r"(?:你的)?(?:账号|帐号)?(?:和)?(?:密码|验证码|登录码)|(?:客服|管理员|官方|工作人员)"
          r"[^。!?]{0,40}?把[^。!?]{0,12}(?:密码|验证码)[^。!?]{0,6}(?:告诉|发给|给)"),
]
