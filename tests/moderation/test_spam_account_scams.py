"""Account scams aimed at children (spam_account_scams.py), en es fr pt de it: a prize
that asks for the username and password, a fake security service asking for the SMS
code, a giveaway with a shipping fee, "I sent my login code to your number by mistake,
send it back", free currency with a log-in on a site that imitates the game ("robIox
.com", "r0blox .com", "roblox-rewards .com").

Hard negatives: warnings ("never send anyone the 6-digit code"), the writer's own win
and reports, security talk at school, giveaways that asked for nothing, logging in to
the real site, everyday shipping, game codes sent to a friend.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

PRIZE_LOGIN = [
    "Congrats! You won 5,000 robux 🎉 to claim, confirm your account: DM me your username and password",
    "congrats you won 10k robux!! to claim it confirm ur account, dm me ur user and pass",
    "you are the winner of our giveaway! send me your login and password to receive the prize",
    "you have been selected as the winner of 10k vbucks!! dm me ur email and password to verify its you",
    "you won our robux raffle 🎉 just send your login details so we can send them",
    "¡Felicidades! Ganaste 5000 robux 🎉 para reclamarlos confirma tu cuenta: mándame tu usuario y "
    "contraseña por privado",
    "¡has ganado 2000 pavos! para recibirlos escríbeme tu correo y tu contraseña",
    "Félicitations ! Tu as gagné 5000 robux 🎉 pour les récupérer, confirme ton compte : "
    "envoie-moi ton pseudo et ton mot de passe en MP",
    "tu as gagné un skin rare ! pour le recevoir donne-moi ton identifiant et ton mdp",
    "Parabéns! Você ganhou 5000 robux 🎉 pra resgatar confirma sua conta: me manda seu usuário e senha no privado",
    "você foi sorteado com 1000 robux, passa seu login e senha pra eu colocar na conta",
    "Glückwunsch! Du hast 5000 Robux gewonnen 🎉 um sie zu bekommen bestätige dein Konto: schick "
    "mir deinen Benutzernamen und dein Passwort per DM",
    "du hast 1000 v-bucks gewonnen, gib mir deine zugangsdaten damit ich sie schicken kann",
    "Congratulazioni! Hai vinto 5000 robux 🎉 per riscattarli conferma il tuo account: mandami in "
    "privato nome utente e password",
    "sei stato estratto per 1000 robux! scrivimi la tua email e la password per riceverli",
]
SECURITY_CODE = [
    "⚠️ Security team: your account will be suspended. Send us the 6-digit code from the SMS to "
    "confirm you're the owner",
    "security department: your account will be locked in 24h, reply with the 6 digit code we texted you",
    "roblox account safety: your account has been flagged. reply with the code we just sent to keep it",
    "your account will be deleted in 24 hours. to stop this, text us the 6 digit code",
    "Service Sécurité : ton compte va être suspendu. Envoie-nous le code à 6 chiffres reçu par "
    "SMS pour confirmer que tu es le propriétaire",
    "Alerte sécurité : votre compte sera bloqué. Communiquez-nous le code reçu par SMS",
    "Equipo de seguridad: tu cuenta será suspendida. Envíanos el código de 6 dígitos del SMS para "
    "confirmar que eres el dueño",
    "tu cuenta ha sido hackeada, mándanos el código que te llegó por SMS para recuperarla",
    "Equipe de segurança: sua conta vai ser suspensa. Manda pra gente o código de 6 dígitos do "
    "SMS pra confirmar que você é o dono",
    "sua conta foi invadida! passa pra gente o código que chegou por sms",
    "Sicherheitsteam: Dein Konto wird gesperrt. Schick uns den 6-stelligen Code aus der SMS, um "
    "zu bestätigen, dass du der Besitzer bist",
    "Dein Account wird morgen gelöscht, nenne uns den Code aus der SMS",
    "Team sicurezza: il tuo account verrà sospeso. Mandaci il codice a 6 cifre dell'SMS per "
    "confermare che sei il proprietario",
    "il tuo account è stato hackerato, dimmi il codice che ti è arrivato via sms",
]
GIVEAWAY_FEE = [
    "giving away 2 iPhones to my followers, just pay £4 shipping and you're in",
    "im doing a giveaway for an xbox, winner just has to pay the delivery fee of 10 dollars",
    "PS5 giveaway for my subscribers!! you only need to pay 5 pounds for postage",
    "sorteo de 2 iPhones para mis seguidores, solo paga 4€ de envío y participas",
    "regalando airpods a mis seguidores, solo tienes que pagar el envío",
    "je fais gagner 2 iPhone à mes abonnés, il suffit de payer 4€ de frais de port",
    "concours : une PS5 à gagner pour mes abonnés, payez juste les frais de livraison",
    "sorteio de 2 iPhones pros meus seguidores, é só pagar 20 reais do frete e você tá dentro",
    "sorteando um celular pros seguidores, só paga a taxa de entrega de 15 reais",
    "ich verlose 2 iPhones an meine Follower, zahlt einfach 4€ Versand und ihr seid dabei",
    "Gewinnspiel: ich verschenke eine PS5, ihr müsst nur 5€ Versandkosten zahlen",
    "regalo 2 iPhone ai miei follower, basta pagare 4€ di spedizione e sei dentro",
    "metto in palio 2 iPhone per i miei iscritti, pagate solo le spese di spedizione",
    # the fee as money to send (the development line and variants)
    "gm! im giving away 3 PS5s to my followers, just send £5 for shipping and ur in 🔥 dm me",
    "giving away 10 ps5s!! to enter just send $5 for shipping 🔥",
    "im gifting 3 iphones to my followers, cashapp me 5 for the delivery fee",
    "im giving away 5 airpods, send £3 via paypal for postage and theyre yours",
    "giving away 2 iphones to my followers!! just send $4 for delivery and dm me",
    "regalo 3 ps5 a mis seguidores, solo envía 5€ para el envío",
    "sorteo 2 iphones a mis seguidores, mándame 3 euros para el envío",
    "je donne 2 iphones à mes abonnés, envoie juste 5€ pour les frais de port",
    "je fais gagner une ps5 à mes abonnés, envoyez 4€ pour la livraison",
    "sorteio de 3 iphones pros seguidores, manda 10 reais pro frete",
    "verschenke 3 PS5 an meine follower, schick einfach 5€ für den Versand",
    "gewinnspiel: 2 iphones für meine follower, überweist mir 5€ für den versand",
    "regalo 3 ps5 ai miei follower, mandami solo 5 euro per la spedizione",
]
TAKEOVER = [
    "oops I sent my login code to your number by mistake, can you send it back? urgent",
    "sorry i accidentally sent a verification code to your phone, can u send it to me pls its urgent",
    "hey i accidentally had my whatsapp code sent to your phone, could you forward it to me?",
    "omg my verification code went to your number by accident, send it to me quick",
    "i put your number in by mistake, a code is coming, send it to me",
    "ups te mandé mi código por error a tu número, me lo puedes reenviar? es urgente",
    "perdón, se me envió el código a tu número sin querer, pásamelo porfa",
    "oups j'ai envoyé mon code à ton numéro par erreur, tu peux me le renvoyer ? c'est urgent",
    "désolé mon code de vérification est arrivé sur ton numéro par erreur, tu peux me l'envoyer ?",
    "opa mandei meu código pro seu número sem querer, pode me mandar? é urgente",
    "sorry, ich hab meinen Code aus Versehen an deine Nummer geschickt, kannst du ihn mir schicken? dringend",
    "sorry, mein Bestätigungscode ging versehentlich an deine Nummer, sag mir den bitte",
    "scusa ho mandato per sbaglio il mio codice al tuo numero, me lo rimandi? è urgente",
    "scusa il mio codice è arrivato sul tuo numero per errore, dimmelo per favore",
]
FAKE_SITE = [
    "free robux!! log in at robIox.com to claim",
    "get free robux just login on r0blox .com",
    "free vbucks 👉 log in to roblox-rewards .com and get 10k robux",
    "10k robux for everyone, just log in on robIox .com",
    "get robux fast: log in at r0blox .com/event",
    "vbucks for all!! login at fortnlte .com and claim",
    "robux gratis entra en roblox-rewards .com con tu cuenta",
    "robux gratuits, connecte-toi sur robIox .com",
    "robux grátis, faz login no r0blox .com",
    "kostenlose robux, log dich bei robIox .com ein",
    "robux gratis, accedi su r0blox .com con il tuo account",
]
NOT_SPAM = [
    # the brief's hard negatives
    "never send anyone the 6-digit code, it's how accounts get stolen",
    "I got a message saying I won robux and asked for my password, I reported it",
    "our school's security team talked about phishing",
    "I won a giveaway on the official channel, they never asked for money",
    "I need to log in to roblox to do the event",
    "shipping was £4 for my hoodie",
    "shipping was £5 for my hoodie",
    "I'm giving away my old PS4 games for free to anyone in my class",
    "we're giving away free cupcakes at the school fair, just send us a message",
    "send me £5 for the cinema ticket pls",
    "i paid £5 for shipping on my giveaway prize lol it was a scam",
    "my mum is sending £5 for shipping my ebay parcel",
    "send 5 for the class trip fund",
    "we're raffling 2 ps5s at the school fair, tickets £1, proceeds to charity",
    "the giveaway winner didn't have to pay shipping, it was legit",
    'i got a message saying "giving away iphones, send £5 for shipping" - its a scam right?',
    "regalo mis libros viejos, solo tienes que venir a por ellos",
    "envía 5 euros para el envío de mi paquete, mamá",
    "schick mir 5€ für den versand, du hast die schuhe doch bei mir gekauft",
    # a prize and the login
    "you won the round! send me the password for the next level lol jk it's \"pineapple\" in the escape room",
    "congrats you won the quiz, write your name and class on the sheet",
    "congrats you won the tournament, send me your username so I can add you",
    "felicidades ganaste el torneo, mándame tu usuario para agregarte",
    "tu as gagné la partie, envoie-moi ton pseudo pour la revanche",
    "du hast gewonnen! schick mir deinen Benutzernamen für das nächste Spiel",
    "hai vinto tu, mandami il nome utente così ti aggiungo",
    "if someone says you won robux and asks for your password, it's a scam, block them",
    'my cousin got a dm saying "you won 5000 robux, send your password" and she fell for it',
    "you won the game! send me the replay code",
    # security and codes
    "the security team said never give the code to anyone",
    "your account can get hacked if you send the 6 digit code to someone",
    "if someone says your account will be suspended and asks for the code, it's a scam",
    'someone texted me "your account will be locked, send us the code" lol obviously fake',
    "my account got suspended because I shared my password with my cousin",
    "the roblox security team emailed me a code and I typed it in the app",
    "my teacher said the bank's security team will never ask for your code",
    "roblox sent me a 6 digit code when i logged in on my new tablet",
    "your account will be banned if you keep swearing in chat, the mods said",
    "la seguridad del colegio nos dijo que nunca demos el código",
    "l'équipe de sécurité du collège nous a parlé des arnaques",
    "nunca compartas el código de 6 dígitos con nadie",
    "ne donne jamais ton code à 6 chiffres, c'est comme ça qu'on vole les comptes",
    "nunca mande o código de 6 dígitos pra ninguém",
    "gib niemals jemandem den 6-stelligen Code",
    "non dare mai a nessuno il codice a 6 cifre",
    "mein Konto wurde gesperrt, weil ich mein Passwort vergessen habe",
    "il mio account è stato bloccato e ho chiesto il codice al supporto",
    # giveaways and fees
    "I'm giving away my old lego to my cousin, she just has to pick it up",
    "my mum paid £4 shipping for the iphone case",
    "did you win the giveaway? they said shipping is free",
    "the raffle at school: win an ipad, pay £1 per ticket at the office",
    "i entered a giveaway for a ps5, fingers crossed",
    "we're doing a charity raffle for an xbox, tickets are £2",
    "the giveaway winner gets airpods, no need to pay anything",
    "my friend's giveaway asked us to pay £4 shipping, is that a scam?",
    "sorteo del cole: una tablet, el boleto cuesta 1 euro",
    "yo gané un sorteo y me pidieron pagar el envío, era estafa",
    "j'ai gagné un concours et ils voulaient que je paie la livraison, c'était une arnaque",
    "ich habe beim Gewinnspiel ein iPhone gewonnen, der Versand war kostenlos",
    "ho vinto un iPhone a un concorso, la spedizione era gratis",
    "a escola falou sobre golpes de sorteio que pedem frete",
    # codes sent to a friend
    "a scammer said he sent his code to my number by mistake and asked me to send it back",
    "I sent the lobby code to your number, join when you can",
    "oops I sent the wrong code to your number, ignore it",
    "can you send me the code for the private server",
    "my code for the game is on my phone, send me yours",
    "te mandé el código del juego a tu número, únete cuando puedas",
    "j'ai envoyé le code de la partie sur ton numéro, rejoins-nous",
    "ich habe dir den Einladungscode geschickt, komm rein",
    # sites
    "the robux event on roblox .com ends tomorrow, log in before then",
    "watch out for robIox .com with a capital I, it steals accounts",
    "someone sent me r0blox .com to log in, I reported it",
    "my robux are gone, i logged in on roblox . com and they weren't there",
    "is robIox .com a real site? my friend wants me to log in",
    "i bought robux on roblox . com with my birthday money",
    "you can redeem gift cards at roblox . com/redeem, log in first",
    "fortnite . com has the new season trailer, log in to see it",
    "i typed robIox by mistake in the search bar",
]


def _blocked(pipe: Pipeline, text: str) -> None:
    v = pipe.check(text)
    assert v.action is Action.BLOCK and "spam" in v.categories, (text, v.action, v.reasons)


@pytest.mark.parametrize("text", PRIZE_LOGIN + SECURITY_CODE + GIVEAWAY_FEE + TAKEOVER + FAKE_SITE)
def test_account_scams_are_blocked(rules_pipe: Pipeline, text: str) -> None:
    _blocked(rules_pipe, text)


@pytest.mark.parametrize("text", NOT_SPAM)
def test_warnings_stories_and_everyday_talk_are_not_spam(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is not Action.BLOCK and "spam" not in v.categories, (text, v.action, v.reasons)
