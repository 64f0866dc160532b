"""Sexual invitations aimed at the reader (harm_sexual_invites.py,
harm_sexual_invites_body.py) and sexual cam links (spam_link_cues.sexual_link).
One class per test, many languages; each held line is also checked against
the two modules' rules alone (not held by a scorer's chance).  Sex education,
reports, the writer's own pyjamas or sleepover, role-play without a sexual
word, homework "how far", and the emoji alone pass."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline, Policy
from moderation.harm_sexual_invites import RULES as INVITES
from moderation.harm_sexual_invites_body import RULES as BODY
from moderation.rules import RuleSet
from tests.moderation.helpers import allowed, held, rules_hold

_RULES = RuleSet(INVITES + BODY)

SLEEP_NAKED = [
    ("so do you sleep naked or in pjs 😏", "en"),
    ("oye y tú duermes sin nada?", "es"),
    ("avoue tu dors toute nue", "fr"),
    ("vc costuma dormir pelada?", "pt"),
    ("ma tu dormi nuda d'estate?", "it"),
    ("sag mal schläfst du eigentlich nackt", "de"),
    ("a ty sypiasz nago?", "pl"),
    ("km kalo tidur telanjang ya?", "id"),
    ("انتي بتنامي من غير هدوم؟", "ar"),
    ("а ты спишь без белья?", "ru"),
    ("kya tum bina kapdon ke soti ho raat ko", "hi"),
    ("geceleri çıplak mı yatıyorsun", "tr"),
    ("你晚上裸睡吗", "zh"),
]
UNDERWEAR_NOW = [
    ("what kind of undies are you wearing rn", "en"),
    ("que tanga llevas puesta hoy", "es"),
    ("t'as mis quelle culotte ce matin", "fr"),
    ("qual calcinha vc ta usando agora?", "pt"),
    ("che perizoma indossi adesso?", "it"),
    ("welchen string trägst du heute", "de"),
    ("jakie majtki masz dziś na sobie", "pl"),
    ("celana dalam km warna apa hari ini", "id"),
    ("شو لابسه تحت هلق؟", "ar"),
    ("какие трусики на тебе сейчас?", "ru"),
    ("kaunse color ki panty pehni hai", "hi"),
    ("bugün ne renk sütyen giydin", "tr"),
    ("你今天穿的什么颜色的内裤", "zh"),
]
EMOJI = [
    ("me and you tonight 🍑💦", "en"),
    ("esta noche tú y yo 🍆🍑", "es"),
    ("tu veux voir mon 🍆 ?", "fr"),
    ("eu e você de noite 🍆💦", "pt"),
    ("stasera io e te 🍑💦", "it"),
    ("soll ich dir mein 🍆 zeigen", "de"),
    ("ty i ja dziś wieczorem 🍆💦", "pl"),
    ("malam ini aku dan kamu 🍑💦", "id"),
    ("الليلة انا وانتي 🍆💦", "ar"),
    ("сегодня вечером ты и я 🍑💦", "ru"),
    ("aaj raat main aur tum 🍆🍑", "hi"),
    ("bu akşam sen ve ben 🍆💦", "tr"),
    ("今晚一起🍑💦", "zh"),
    ("muéstrame un poquito 🍑", "es"),
]
SEXTING = [
    ("have you ever had phone sex? i could teach you", "en"),
    ("lets have cam sex tonight", "en"),
    ("quieres que probemos el sexting? yo te enseño todo", "es"),
    ("ça te dirait du sexe par facetime ce soir", "fr"),
    ("bora fazer sexo por chamada hj?", "pt"),
    ("ti va di fare sesso in webcam con me", "it"),
    ("wollen wir heute abend webcamsex machen", "de"),
    ("pobawmy się w sexting, nauczę cię", "pl"),
    ("yuk sexting sama aku malam ini", "id"),
    ("جربتي سكستنج قبل؟ اعلمك", "ar"),
    ("пробовала секс по видео? научу", "ru"),
    ("कभी फोन सेक्स किया? मैं सिखा दूँगा", "hi"),
    ("hiç sanal seks yaptın mı? sana öğretirim", "tr"),
    ("要不要跟我文爱", "zh"),
]
ROLEPLAY = [
    ("down for a kinky rp with me?", "en"),
    ("juguemos un rol subido de tono, tú la enfermera", "es"),
    ("ça te dit un rp coquin? tu serais ma secrétaire", "fr"),
    ("topa um roleplay picante comigo?", "pt"),
    ("ti va un gioco di ruolo spinto? io il capo e tu la segretaria", "it"),
    ("lust auf ein dreckiges rollenspiel mit mir", "de"),
    ("masz ochotę na sprośne rp?", "pl"),
    ("ayo rp mesum, kamu jadi muridku", "id"),
    ("يلا نلعب رول بلاي سكسي؟", "ar"),
    ("хочешь горячую ролевую со мной?", "ru"),
    ("ganda wala roleplay karein aaj?", "hi"),
    ("seksi bir rol yapalım mı, sen öğrenci ol", "tr"),
    ("要不要玩成人角色扮演", "zh"),
]
IMAGINING = [
    ("i keep picturing you lying naked next to me", "en"),
    ("llevo toda la noche imaginándote en mi cama sin ropa", "es"),
    ("je reve de toi toute nue", "fr"),
    ("fico pensando em você sem roupa", "pt"),
    ("ti immagino senza vestiti accanto a me", "it"),
    ("ich stell mir vor dass du ohne klamotten bei mir liegst", "de"),
    ("wyobrażam sobie ciebie w samej bieliźnie", "pl"),
    ("aku ngebayangin kamu telanjang di kasurku", "id"),
    ("بتخيلك عريانه جنبي", "ar"),
    ("представляю тебя без одежды рядом", "ru"),
    ("main soch raha hu tumhe bina kapdon ke", "hi"),
    ("seni bütün gece çıplak hayal ettim", "tr"),
    ("总是幻想你光着躺在我身边", "zh"),
]
TURN_ON = [
    ("you really turn me on babe", "en"),
    ("me pones a cien cuando hablas así", "es"),
    ("tu me fais trop bander", "fr"),
    ("vc me deixa muito excitado", "pt"),
    ("du machst mich so geil", "de"),
    ("ale mnie podniecasz", "pl"),
    ("kamu bikin aku sange terus", "id"),
    ("انتي بتهيجيني", "ar"),
    ("ты меня так возбуждаешь", "ru"),
    ("tum mujhe bahut garam kar deti ho", "hi"),
    ("beni fena azdırıyorsun", "tr"),
    ("你让我湿了", "zh"),
]
HOW_FAR = [
    ("how far did you go with your boyfriend at the party?", "en"),
    ("¿ya te has acostado con tu novio?", "es"),
    ("t'as déjà couché avec ton mec?", "fr"),
    ("vocês já foram pra cama?", "pt"),
    ("sei già andata a letto con lui?", "it"),
    ("habt ihr schon miteinander geschlafen", "de"),
    ("spałaś już z nim?", "pl"),
    ("udah sejauh apa sama cowokmu?", "id"),
    ("لحد فين وصلتي مع حبيبك؟", "ar"),
    ("ты уже переспала с ним?", "ru"),
    ("apne bf ke saath kitna aage gayi?", "hi"),
    ("erkek arkadaşınla yattın mı", "tr"),
    ("你跟你男朋友上过床吗", "zh"),
]
BREASTS_GROWN = [
    ("have your boobs gotten bigger? pic?", "en"),
    ("ya te están creciendo las tetas?", "es"),
    ("ta poitrine a poussé? montre", "fr"),
    ("seus seios já estão crescendo?", "pt"),
    ("ti stanno crescendo le tette?", "it"),
    ("wachsen deine brüste schon", "de"),
    ("rosną ci już cycki?", "pl"),
    ("payudara kamu udah tumbuh belum?", "id"),
    ("у тебя грудь уже подросла? покажи", "ru"),
    ("tumhari breast badi hui kya", "hi"),
    ("memelerin büyüyor mu", "tr"),
    ("你的胸发育了吗", "zh"),
]
UNDRESS_PAID = [
    ("zieh mal dein oberteil aus, ich schick dir 10 euro", "de"),
    ("zieh dein shirt vor der cam aus", "de"),
    ("video call pe apni kurti utaro", "hi"),
    ("开视频把衣服脱了", "zh"),
]
TR_BODY = [
    ("memelerini bi göster", "tr"),
    ("poponu göstersene", "tr"),
    ("bana göğüslerini gösterir misin", "tr"),
    ("memelerinin fotoğrafını at", "tr"),
]
SEXUAL_LINKS = [
    ("omg look 🔥 hotcams-now.net/girl22", "en"),
    ("mirá este video caliente xcam-latina.com/sala2", "es"),
    ("regarde cette vidéo chaude 🔥 tinyurl.com/abc12x", "fr"),
    ("heißes video hier klicken: vids-online.de/r9", "de"),
    ("гляди горячее видео bit.ly/3abcD", "ru"),
    ("bu ateşli klibe bak kisa.link/x7", "tr"),
]

EVERYDAY = [
    ("i sleep naked when it's a heatwave lol", "en"),
    ("what colour is your new backpack?", "en"),
    ("pyjama day tomorrow, what pjs are you wearing?", "en"),
    ("we learned why sexting is risky in pshe today", "en"),
    ("a guy asked me to sext, i blocked and reported him", "en"),
    ("lets roleplay as dragons in minecraft", "en"),
    ("how far did you get with the maths homework?", "en"),
    ("in biology we learned breasts grow during puberty", "en"),
    ("made eggplant parm tonight 🍆 so good", "en"),
    ("so hot today 💦💦 i'm melting", "en"),
    ("¿qué bañador llevas a natación?", "es"),
    ("hagamos un rol de piratas en roblox", "es"),
    ("en clase hablamos del sexting y sus riesgos", "es"),
    ("t'as mis quelle culotte de bain pour la piscine?", "fr"),
    ("on fait un jeu de rôle sur les chevaliers?", "fr"),
    ("qual a cor da sua mochila nova?", "pt"),
    ("até onde você já foi no jogo?", "pt"),
    ("che costume porti in piscina?", "it"),
    ("fin dove sei arrivata con i compiti?", "it"),
    ("wie weit bist du mit dem buch?", "de"),
    ("zieh deine jacke aus, es ist warm", "de"),
    ("jak daleko zaszłaś w grze?", "pl"),
    ("zrobimy rp w minecrafcie?", "pl"),
    ("pake baju warna apa buat besok?", "id"),
    ("main roleplay yuk jadi bajak laut", "id"),
    ("شو لابسه بكرة للعرس؟", "ar"),
    ("какого цвета у тебя рюкзак", "ru"),
    ("на уроке рассказывали про секстинг", "ru"),
    ("chalo roleplay karte hain pirates wala", "hi"),
    ("kal school me sexting ke baare me bataya", "hi"),
    ("ne renk çanta aldın", "tr"),
    ("bana matematik defterini göster", "tr"),
    ("我们玩角色扮演吧，你当公主", "zh"),
    ("老师讲了裸聊的危害", "zh"),
    ("今晚你和我一起打游戏吗", "zh"),
]
EVERYDAY_LINKS = [
    ("this song is hot 🔥 youtube.com/watch?v=abc123", "en"),
    ("my webcam broke, is this one ok? amazon.com/dp/B0123", "en"),
    ("watching the cricket on hotstar-live.com/in/match2", "en"),
    ("the ski slope webcam: alpen-hotel.at/webcam", "de"),
    ("receta de chocolate caliente en video recetas-faciles.com/chocolate", "es"),
]


@pytest.mark.parametrize(("text", "lang"), SLEEP_NAKED)
def test_asking_whether_the_reader_sleeps_naked_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), UNDERWEAR_NOW)
def test_asking_what_underwear_the_reader_has_on_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), EMOJI)
def test_sexual_emoji_with_a_proposal_or_an_offer_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), SEXTING)
def test_sexting_or_cybersex_proposed_or_taught_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), ROLEPLAY)
def test_sexual_role_play_proposed_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), IMAGINING)
def test_imagining_the_reader_naked_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), TURN_ON)
def test_you_turn_me_on_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), HOW_FAR)
def test_how_far_the_reader_went_with_a_boyfriend_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), BREASTS_GROWN)
def test_asking_whether_the_readers_breasts_grew_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), UNDRESS_PAID)
def test_undressing_on_camera_or_for_money_is_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), TR_BODY)
def test_turkish_requests_to_show_a_body_part_are_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), SEXUAL_LINKS)
def test_a_hot_cam_or_video_link_is_held_as_sexual(pipe: Pipeline, text: str, lang: str) -> None:
    held(pipe, text, "sexual", lang=lang)
    assert "[link removed]" in pipe.check(text, lang=lang).text


def test_a_sexual_link_is_blocked_in_the_strict_policy() -> None:
    strict = Pipeline(Policy(strictness="strict"))
    v = strict.check("omg look 🔥 hotcams-now.net/girl22", lang="en")
    assert v.action is Action.BLOCK and "sexual" in v.categories, (v.action, v.reasons)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_lessons_reports_and_everyday_lines_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)
    assert not rules_hold(_RULES, text, lang), text


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_LINKS)
def test_everyday_links_are_only_redacted(pipe: Pipeline, text: str, lang: str) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action is Action.REDACT and "sexual" not in v.categories, (text, v.action, v.reasons)
