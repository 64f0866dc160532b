"""Spam: flooding (repeated characters / words) and scams (free robux...).

Why separate from the phrase rules: flooding is a property of the shape of
the message, not of words, and is checked with two cheap regexes and a
token count.  Scam phrases are trigger-gated phrase rules like the others.
"""

from __future__ import annotations

import re
from collections import Counter

from .normalise import Prepared
from .rules import Rule, rule
from .spam_account_scams import RULES as ACCOUNT_SCAM_RULES
from .spam_asks import RULES as ASK_RULES
from .spam_chain import RULES as CHAIN_RULES
from .spam_contact import RULES as CONTACT_RULES
from .spam_credentials import RULES as CREDENTIAL_RULES
from .spam_free_recharge import RULES as FREE_RECHARGE_RULES
from .spam_game_support import RULES as GAME_SUPPORT_RULES
from .spam_invest import RULES as INVEST_RULES
from .spam_invest_langs import RULES as INVEST_LANGS_RULES
from .spam_mentor import RULES as MENTOR_RULES
from .spam_mentor_others import RULES as MENTOR_OTHERS_RULES
from .spam_more import RULES as MORE_RULES
from .spam_prize import RULES as PRIZE_RULES
from .spam_reply_scams import RULES as REPLY_SCAM_RULES
from .spam_sales import RULES as SALES_RULES
from .spam_support import RULES as SUPPORT_RULES

_PAIR = re.compile(r"(\S)\1")
_UNIT_RUN = re.compile(r"(\S{2,6}?)\1{7,}")

RULES: list[Rule] = [
    rule("spam:scam", "spam",
         "free robux vbucks nitro gems diamonds skins gift iphone ps5 followers likes coins money "
         "minecoins primogems generator gen hack giveaway",
         r"\bfree (?:robux|vbucks|v bucks|v-bucks|nitro|gems|diamonds|skins|gift ?cards?|iphone|"
         r"ps5|followers|likes|coins|money|minecoins|primogems)\b|\b(?:robux|vbucks|v bucks|nitro|"
         r"followers|skins) (?:generator|gen|hack|giveaway|glitch)\b"),
    rule("spam:scam", "spam", "click tap visit link won claim winner congratulations earn",
         r"\b(?:click|tap|visit|go to) (?:here|this link|the link|my link|link in (?:my )?bio)\b"
         # the link to a survey or homework is how a consultation or class works
         r"(?![^.!?]{0,40}\b(?:assignment|homework|form|survey|class|classroom|teams|moodle|"
         r"worksheet|quiz|zoom|meeting|consultation|session|moderator|teacher|school|padlet)\b)|"
         r"\b(?:you (?:have )?won|claim your|congratulations you|you are a winner)\b[^.!?]{0,40}"
         r"\b(?:prize|gift|reward|iphone|robux|vbucks|card|money)|\b(?:earn|make) \$?\d+ (?:a day|"
         r"per day|daily|from home|fast|an hour)"),
    rule("spam:promo", "spam", "subscribe follow f4f l4l sub4sub promo crypto bitcoin",
         r"\bsubscribe to my (?:channel|youtube)\b|\bfollow for follow\b|\b(?:f4f|l4l|sub4sub)\b|"
         r"\bdm (?:me )?for promo\b|\b(?:crypto|bitcoin) (?:giveaway|doubling|investment|profit)\b"),
    rule("spam:scam", "spam",
         "gratis gratuit gratuits gratuite kostenlos gratuito gratuitos gana ganhe бесплатно "
         "бесплатные бесплатный 免费 点击",
         r"\b(?:gratis|gratuits?|gratuites?|kostenlose?|gratuitos?|бесплатн\w*) (?:robux|vbucks|"
         r"v bucks|pavos|skins?|iphone|ps5|diamantes|diamants|gemas|gemmes|nitro|робукс\w*|"
         r"скин\w*)\b|\b(?:robux|vbucks|pavos|skins?|iphone|diamantes|gemas) (?:gratis|gratuits?|"
         r"kostenlos|gratuitos?)\b|\b(?:gana|ganhe|gagne|gewinne) (?:un |una |um |uma |ein |"
         r"einen )?(?:iphone|ps5|premio|tarjeta regalo|gift ?card)\b|免费(?:领|送|得|拿|抽)|"
         r"点击(?:链接|领取|下方)"),
]

# an amount with a thousands separator in the phrase form: "10,000" is
# "10 000", "10.000" is "10 . 000"
_BIG = r"\d{1,3}(?:(?: \.)? \d{3})+"

# fourth wave: amounts of currency offered for nothing, currency + "free" in
# es/fr/pt/de word orders ("v-bucks gratuits dans ma bio", "robux de graca")
RULES += [
    rule("spam:scam", "spam", "get claim earn win grab",
         r"\b(?:get|claim|earn|win|grab) (?:" + _BIG + r"|\d+|unlimited|infinite|tons of|loads of|free) (?:free "
         r")?(?:robux|vbucks|v bucks|nitro|gems|diamonds|skins|coins|followers|minecoins|pavos)\b"
         r"[^.!?]{0,20}\b(?:free|for free|now|here|link|bio|click|instantly|no verification|"
         r"generator|hack)\b",
         requires="robux vbucks bucks nitro gems diamonds skins coins followers minecoins pavos"),
    rule("spam:scam", "spam",
         "graca gratis gratuit gratuits gratuite gratuites gratuito gratuitos kostenlos umsonst",
         r"\b(?:robux|vbucks|v bucks|skins?|diamantes|gemas|pavos|nitro|gemmes|diamants) (?:de "
         r"graca|gratis|gratuits?|gratuites?|gratuitos?|kostenlos|umsonst)\b"),
    # fifth wave: an amount between "free" and the currency, and "earn N a day"
    # in es/pt/fr/de
    rule("spam:scam", "spam", "free gratis kostenlos kostenlose gratuit gratuits",
         r"\b(?:free|gratis|kostenlose?|gratuits?) (?:" + _BIG + r"|\d[\d.,]*k?) (?:robux|vbucks|v bucks|pavos|"
         r"diamanten|diamantes|diamants|gems|gemas|skins|coins|nitro|minecoins)\b"),
    rule("spam:scam", "spam", "gana gane ganhe ganha gagne gagnez verdiene verdien",
         r"\b(?:gana|gane|ganhe|ganha|gagne|gagnez|verdiene|verdien) (?:hasta |ate |jusqu'a |bis "
         r"zu )?\d+ (?:euros? |dolares |reais |eur )?(?:al dia|por dia|a day|par jour|pro tag|am "
         r"tag|desde casa|em casa|de casa|a la maison|von zu hause)\b"),
]


def flooding(prep: Prepared) -> str | None:
    """Reason string if the message is a flood, else None.

    Cheap gates first: a run of 12 identical characters is found with
    substring tests over the distinct characters; repeated units
    ("lolololol") only inside long tokens made of few distinct letters;
    repeated words by comparing token and distinct-token counts."""
    text = prep.norm
    if len(text) < 12:
        return None
    # a run of 12 equal characters puts two equal neighbours into every 6th
    # character (text[::6]): search that short sample, then confirm
    for pair in _PAIR.finditer(text[::6]):
        if pair.group(1) * 12 in text:
            return "spam:repeated_chars"
    toks = prep.tokens
    if not toks:
        return None
    for tok in toks if max(map(len, toks)) >= 24 else ():
        if len(tok) >= 24 and len(set(tok)) <= 6:
            m = _UNIT_RUN.search(tok)
            if m and len(m.group(0)) >= 24:
                return "spam:repeated_pattern"
    if len(toks) >= 8 and len(set(toks)) * 2 <= len(toks):
        word, count = Counter(toks).most_common(1)[0]
        if count / len(toks) >= 0.5 and len(word) > 1:
            return "spam:repeated_words"
    for tok in toks if max(map(len, toks)) >= 24 else ():
        if len(tok) >= 24 and keyboard_mash(tok):
            return "spam:keyboard_mash"
    return None


# session 20: a keyboard mash flood ("AHSJDJSJDJSKDKSKDJSJDJSKSKDJSKSK...") repeats no
# unit, so `_UNIT_RUN` misses it.  No word of any language of the package runs 24
# letters with one vowel in ten (the longest German compounds have one in five:
# "sprachnachricht")
_VOWELS = frozenset("aeiouyаеёиоуыэюя")


def keyboard_mash(tok: str) -> bool:
    """A long letter run (Latin or Cyrillic) with almost no vowels."""
    if not tok.isalpha() or not (tok.isascii() or "а" <= tok[0] <= "я"):
        return False
    return sum(c in _VOWELS for c in tok) * 10 <= len(tok)

# sixth wave: money offers with a call to click ("earn 1000 a day from home!!
# click the link", "GANHE DINHEIRO RÁPIDO clique em ...", "اربح ١٠٠٠ دولار يومياً
# ... اضغط على الرابط").  An offer of money (an amount, or money "fast / from
# home / a day") and, later in the message, a click / link word or a domain:
# either half alone is everyday talk ("I want to make money from home one
# day", "click the link in the assignment").  Talk about such scams ("win
# money fast is always a scam, don't click") is left alone: a scam word after
# the offer, or a frame before it.
_CTA = (r"(?:click|tap|link|links|sign up|register|join|bio|dm me|haz clic|da clic|clic|clica|"
        r"clique|cliquez|pincha|entra|enlace|registrate|acesse|cadastre|lien|inscris|inscrivez|"
        r"klick|klicke|klicken|melde dich|clicca|cliccate|iscriviti|жми|нажми|переходи|перейди|"
        r"ссылк\w*|кликни|اضغط|ادخل|الرابط|رابط|اللينك|لينك|سجل|لنك|\w+ \. (?:com|top|xyz|ly|me|"
        r"io|net|org|link|site|online|club|shop|in|ru|info|biz|cc|co|app|vip|win|live|pro))")
_NOT_WARNING = (r"(?![^.!?]{0,60}\b(?:scam|scams|scammer|fake|fraud|lie|lies|not real|trap|estafa|"
                r"golpe|arnaque|betrug|truffa|развод|мошенн\w*|обман|نصب|احتيال)\b)")
_AMOUNT = r"(?:\d[\d,. ]*k?|[٠-٩][٠-٩,. ]*)"
RULES += [
    rule("spam:scam", "spam", "earn make win get receive",
         r"\b(?:earn|make|win|get|receive) (?:up to |over |easy |quick |fast |real |extra |free |"
         r"daily )*(?:" + _AMOUNT + r" ?(?:dollars|usd|euros?|pounds|gbp|eur|rupees|rs)?|money|"
         r"cash)\b(?: \w+){0,5}?" + _NOT_WARNING + r"[^?]{0,80}?\b" + _CTA + r"\b",
         requires="click tap link links sign register join bio dm com top xyz ly me io net org "
                  "site online club shop info biz app vip live pro"),
    rule("spam:scam", "spam",
         "gana gane ganar genera recibe consigue ganhe ganha ganhar receba fature lucre gagne "
         "gagnez gagner recois recevez verdiene verdient verdienen gewinne erhalte guadagna "
         "guadagnate vinci ricevi",
         r"\b(?:gana|gane|ganar|genera|recibe|consigue|ganhe|ganha|ganhar|receba|fature|lucre|"
         r"gagne|gagnez|gagner|recois|recevez|verdiene|verdient|verdienen|gewinne|erhalte|hol "
         r"dir|guadagna|guadagnate|vinci|ricevi) (?:hasta |ate |jusqu'a |bis zu |fino a |)(?:"
         + _AMOUNT + r" ?(?:dolares|euros?|pesos|reais|eur|usd)?|(?:mucho |de l'|schnelles |"
         r"leichtes |tanti )?(?:dinero|plata|dinheiro|grana|argent|thunes|geld|soldi|denaro)(?: "
         r"(?:facil|rapido|rapide|extra|facile|schnell|veloce|velocemente|rapidamente))?)\b"
         + _NOT_WARNING + r"[^?]{0,80}?\b" + _CTA + r"\b"),
    rule("spam:scam", "spam", "заработок заработаи заработаите заработать получи получите выиграи",
         r"(?:заработок|заработаи|заработаите|заработать|получи|получите|выиграи) (?:до |от )?(?:"
         + _AMOUNT + r" ?(?:руб\w*|долл\w*|р)?|деньги|денег)" + _NOT_WARNING + r"[^?]{0,80}?"
         + _CTA),
    rule("spam:scam", "spam", "اربح اكسب تربح هتكسب احصل ربح",
         r"(?:اربح|اكسب|تربح|هتكسب|احصل علي|ربح)(?: \S+){0,2}? (?:" + _AMOUNT + r" ?(?:دولار|"
         r"ريال|جنيه|درهم|يورو)?|فلوس|مال|المال|الفلوس)" + _NOT_WARNING + r"[^?]{0,80}?" + _CTA),
]

# seventh wave: self-promotion with a link ("join my server discord.gg/...
# best server ever", "check my channel youtube.com/@x SUB PLS").  A
# self-promotion cue and a domain anywhere in the message; either alone is
# ordinary ("the teacher shared a youtube link for homework", "i started a
# minecraft server with my cousin").  The spam_links stage blocks a link with
# spam.  A school or consultation word anywhere keeps it out: a link to a
# class server or a project video is how a class works.
_DOMAIN = r" \. (?:com|gg|tv|be|ly|net|org|io|me|co|app|link|gl|live|xyz)\b"
_NOT_SCHOOL = (r"(?!.*\b(?:homework|assignment|project|class|classroom|lesson|teacher|school|"
               r"consultation|survey|moderator|tarea|deberes|clase|devoirs|classe|prof|"
               r"hausaufgaben|klasse|lehrer|compiti|scuola|dever|aula|escola|professor)\b)")
_PROMO = (
    r"(?:join my (?:discord|server|discord server|clan|guild|channel|smp|realm)|(?:check out|check|"
    r"visit|watch|go to|come to|look at) my (?:new )?(?:channel|youtube|yt|tiktok|twitch|stream|"
    r"videos?|page|server|discord|insta|instagram|profile|shop|store|merch)|(?:sub|subscribe|"
    r"follow|like) (?:please|pls|plz|to me|to my channel|for more|and (?:like|share|follow))|"
    r"sub (?:4|for) sub|best (?:server|channel|discord) ever|"
    r"(?:unete|entra|metete) (?:a|en) mi (?:servidor|canal|discord|clan)|suscribete(?: a mi canal)?|"
    r"(?:mira|miren|visita) mi (?:canal|tiktok|twitch|perfil|tienda)|"
    r"(?:rejoins|rejoignez) mon (?:serveur|discord|clan)|(?:abonne toi|abonnez vous|abonnez-vous|"
    r"abonne-toi)|(?:regarde|regardez|visitez) ma (?:chaine|boutique|page)|"
    r"(?:entra|entrem) (?:no|pro) meu (?:servidor|discord|canal|clan)|se inscreve(?:m)?(?: no (?:meu )?"
    r"canal)?|(?:segue|sigam) (?:la|meu canal)|(?:confere|visita) (?:meu canal|minha loja)|"
    r"(?:join|joint|kommt auf) (?:meinem|meinen|meine) (?:server|discord|kanal)|abonniert "
    r"(?:meinen kanal|mich)|schaut (?:auf|bei) meinem kanal vorbei|"
    r"(?:entra|entrate|unisciti) nel mio (?:server|discord|canale|clan)|iscriviti(?: al mio canale)?|"
    r"(?:guarda|guardate) il mio canale)"
)
RULES += [
    rule("spam:promo", "spam",
         "join check visit watch go come look sub subscribe follow like best unete entra metete "
         "suscribete mira miren visita rejoins rejoignez abonne abonnez regarde regardez visitez "
         "entrem inscreve inscrevem segue sigam confere joint kommt abonniert schaut entrate "
         "unisciti iscriviti guarda guardate",
         r"^" + _NOT_SCHOOL + r"(?=.*?" + _DOMAIN + r").*?\b" + _PROMO + r"\b",
         requires="com gg tv be ly net org io me co app link gl live xyz"),
]

# eighth wave: money offers with a phone call-to-action (spam_contact.py)
RULES += CONTACT_RULES

# ninth wave: account phishing with a link, follow/sub trading, cheap currency
# for sale with a contact call-to-action (spam_more.py)
RULES += MORE_RULES

# tenth wave: get-rich brags with a scheme and a call-to-action, price-tagged
# sales of currency/followers/accounts (spam_sales.py)
RULES += SALES_RULES

# eleventh wave: prize scams (a win, a prize, a click or card details) in
# every language of the package (spam_prize.py)
RULES += PRIZE_RULES
RULES += CHAIN_RULES
RULES += REPLY_SCAM_RULES

# twelfth wave: giveaways asking for the reader's login in every language of the
# package (spam_credentials.py)
RULES += CREDENTIAL_RULES

# thirteenth wave: fake platform support asking for the reader's login (spam_support.py)
RULES += SUPPORT_RULES

# the same without a platform - "game support", "the admin of this server" - and currency
# top-ups asking for the login (spam_game_support.py); free-recharge link spam
# (spam_free_recharge.py)
RULES += GAME_SUPPORT_RULES + FREE_RECHARGE_RULES

# investment / crypto "mentor" pitches: a promised return, trading signals, a mentor with a
# call-to-action (spam_mentor.py)
RULES += MENTOR_RULES

# the same pitch for a third person: "made 3000 with Mr. Daniel, DM him on telegram"
# (spam_mentor_others.py)
RULES += MENTOR_OTHERS_RULES

# investment and crypto pitches with no mentor or promoted person: an amount to put in, a
# rate of money, the writer doubling it, a guarantee, a contact - two of them
# (spam_invest.py, spam_invest_langs.py)
RULES += INVEST_RULES
RULES += INVEST_LANGS_RULES
RULES += ACCOUNT_SCAM_RULES

# session 20: reply YES to win, creator codes, one-time-code theft, sale ads (spam_asks.py)
RULES += ASK_RULES
