"""Giveaways that ask for the reader's login (spam_credentials.py): free currency, promo or a
link plus "enter your account and password" in 13 languages, and "diamond ML gratis klik";
warnings, forgotten passwords, victims' stories and the writer's own account pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    # id
    'PROMO!!! diamond ML gratis klik bit.ly/abc masukin akun dan password kamu',
    'diamond ml gratis 5000!! caranya login pake akun ml kamu di link ini',
    'mau diamond ff gratis? kirim email dan password akun kamu ke aku',
    'GIVEAWAY 1000 DM!! isi id sama password kamu di bit.ly/dmgratis',
    'bagi bagi diamond gratis, kasih kode otp nya ya kak',
    'promo skin ff gratis masukkan email dan sandi kamu',
    'diamond ML gratis klik link di bio',
    'event diamond ml gratis!! login pake akun kamu di bit.ly/event-ml',
    'giveaway skin ff, syaratnya kirim id dan password kamu',
    'diamond gratis 10rb, kasih email sama password akun ml kamu',
    'bagi bagi uc pubg gratis, masukin username dan password di link bio',
    'klaim hadiah diamond, kirim kode otp yang masuk ke hp kamu',
    # tr
    'ücretsiz elmas için linke tıkla hesap adını ve şifreni yaz',
    'bedava uc kazanmak için şifreni gir',
    'elmas bedava linke tıkla',
    'ücretsiz skin! kullanıcı adını ve şifreni dm at',
    'bedava robux için kullanıcı adını ve şifreni yaz bit.ly/xx',
    'ücretsiz uc kazan! gelen kodu dm at',
    # pl
    'darmowe diamenty kliknij link i podaj login i hasło',
    'za darmo robux wpisz swoje hasło tutaj',
    'darmowe skiny, wyślij mi dane logowania',
    'darmowe robux, wpisz login i hasło na stronie',
    'rozdaję diamenty, podaj hasło do konta',
    'za darmo skiny, wyślij kod z sms',
    # en
    'free robux!! just enter ur username and password at robuxfree.com',
    'free diamonds click the link and log in with your account',
    'giveaway!! dm me ur roblox password to get 10k robux',
    'send me your login and ill give you free vbucks',
    'FREE VBUCKS!!! type ur epic login and password here',
    'giveaway: 5000 robux to the first 10 who dm me their password',
    'claim free nitro, just send me the verification code you get',
    'win free skins, enter your account and password on the site',
    'free robux for everyone, give me ur user and pass',
    # es pt fr it de
    'robux gratis entra en el link y pon tu usuario y contraseña',
    'diamantes gratis, mándame tu usuario y contraseña',
    'robux gratis!! escribe tu contraseña aquí',
    'robux grátis é só colocar seu login e senha no site',
    'robux grátis, me passa seu login e senha',
    'robux gratuits connecte toi et donne ton mot de passe sur ce lien',
    'diamants gratuits, envoie ton identifiant et ton mot de passe',
    'robux gratis inserisci username e password qui',
    'gemme gratis, scrivi la tua password qui',
    'kostenlose robux gib dein passwort auf dieser seite ein',
    'gratis robux, schick mir dein passwort',
    # ru ar zh hi
    'бесплатные робуксы введи логин и пароль по ссылке',
    'бесплатные алмазы, скинь пароль от аккаунта',
    'روبوكس مجانا اكتب اسم المستخدم وكلمة السر',
    'جواهر مجانا ابعتلي الباسورد',
    '免费钻石 点链接输入账号密码',
    '免费领皮肤，发你的账号密码给我',
    'free diamond chahiye toh apna id password bhejo',
    'free uc chahiye to apna password bhejo',
    # tr (more)
    'bedava elmas! hesabını ve şifreni yaz, hemen yüklensin',
    'ücretsiz skin kazanmak için şifreni bu linke gir',
    'hediye uc dağıtıyoruz, şifrenizi dmden atın',
    '1000 elmas bedava, onay kodunu gönder',
    'ücretsiz robux için sms kodunu yaz',
    # pl (more)
    'darmowe gemy! podaj login i hasło w wiadomości',
    'wygraj darmowe robux, wpisz hasło na stronie z bio',
    'rozdajemy skiny za darmo, prześlij mi hasło',
    'darmowe diamenty dla każdego, podeślij kod sms',
    'giveaway! wpiszcie swoje hasło a dostaniecie 1000 robux',
    # more, written after the rules
    'diamond ff gratis, masukin email dan password akun kamu di sini',
    'bedava elmas, şifreni buraya yaz',
]
PASS = [
    # id
    'jangan pernah kasih password akun ml kamu ke siapa pun, apalagi yang janjiin diamond gratis',
    'aku ketipu, dia minta password akun ml aku buat diamond gratis',
    'lupa password akun ml, gimana caranya?',
    'nanti aku kasih password akun aku ke kakakku buat push rank',
    'kemarin dapet diamond gratis dari event resmi, seru banget',
    'hati hati ada penipuan diamond ml gratis yang minta password',
    'gimana cara ganti password akun ml?',
    'jangan kasih kode otp ke siapa pun ya',
    'password wifi sekolah apa ya?',
    'aku lupa password akun ff, udah coba reset',
    'diamond gratis itu penipuan, mereka minta password',
    # tr
    'asla şifreni kimseye verme, bedava elmas diye dolandırıyorlar',
    'bedava elmas diyorlar ama şifreni istiyorlar, dolandırıcılık',
    'şifremi unuttum, nasıl sıfırlarım?',
    'asla şifreni paylaşma, bedava elmas yalan',
    # pl
    'nigdy nie podawaj hasła, nawet za darmowe diamenty',
    'darmowe diamenty to oszustwo, chcą twoje hasło',
    'zapomniałem hasła do librusa',
    'nie podawaj nikomu hasła, darmowe diamenty to oszustwo',
    'jakie jest hasło do wifi?',
    # en
    'never give your password to anyone, even for free robux',
    'free robux sites that ask for your password are scams',
    'my friend lost his account because he gave his password for free vbucks',
    'the school portal is free, log in with your school email',
    'send me your email for the free workshop',
    'never share your password, free robux is always a scam',
    'forgot my password lol can someone send me the homework link',
    'which link do i click to log in with my account?',
    'where do i find the login for the free school portal?',
    'the free trial asks for your email, is that ok?',
    # es pt fr it de
    'nunca des tu contraseña por robux gratis',
    'nunca compartas tu contraseña aunque te prometan robux gratis',
    'olvidé mi contraseña, ¿cómo la recupero?',
    'esqueci minha senha do email',
    'ne donne jamais ton mot de passe pour des robux gratuits',
    'mot de passe oublié? clique sur le lien',
    "j'ai oublié mon mot de passe de pronote",
    'non dare mai la tua password per robux gratis',
    'ho dimenticato la password della scuola',
    'gib niemals dein passwort für kostenlose robux',
    'ich hab mein passwort vergessen',
    # ru ar zh hi
    'никогда не вводи пароль ради бесплатных робуксов',
    'я забыл пароль от дневника',
    'لا تكتب كلمة السر عشان روبوكس مجانا',
    'نسيت كلمة السر',
    '不要输入账号密码领免费钻石，是骗子',
    '我忘记密码了',
    'free diamond ke liye apna password mat bhejo, fraud hai',
    'mera password bhool gaya',
    # tr (more)
    'şifreni kimseye söyleme, bedava skin diye kandırıyorlar',
    'bedava elmas veren site sahte, şifreni istiyor',
    'okulun sitesinin şifresi neydi?',
    'ücretsiz uc diye şifre isteyenler dolandırıcı',
    'annem wifi şifresini değiştirdi',
    # pl (more)
    'oszuści piszą darmowe robux i każą podać hasło, uważajcie',
    'nigdy nikomu nie podawaj hasła',
    'zmieniłem hasło po tym jak ktoś włamał się na konto',
    'hasło do dziennika dostaniesz od wychowawczyni',
    'darmowe diamenty? nie wpisuj tam hasła',
    # more, written after the rules
    'jangan pernah kasih password ke siapapun walaupun dijanjiin diamond gratis',
    'free robux? never give your password',
    'we learned that scams ask you to enter your password for free skins',
]


@pytest.mark.parametrize("text", HELD)
def test_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, 'spam')
    assert pipe.check(text).action is Action.BLOCK, text


@pytest.mark.parametrize("text", PASS)
def test_hard_negatives_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
