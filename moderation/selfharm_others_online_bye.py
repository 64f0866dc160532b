"""Someone's goodbye to everyone, then unreachable, when the someone is known
online (session 16): "someone i play fortnite with wrote bye everyone in the
gc, now his phone is off and nobody can reach him", "un amigo de discord
escribió 'adiós a todos' en el server y ahora tiene el celular apagado",
"网友发了大家再见，之后手机关机了，联系不上"; and two goodbyes the older tables
did not read: "texted everyone goodbye", Turkish "'hoşça kalın herkese'".

Why: `selfharm_others_silence*.py` holds a goodbye to everyone and a hard
silence (phone off, not answering, nobody can reach her) for a friend, a
sister, "someone in my discord".  It missed the online people of
`selfharm_others_online_edge*.py` ("un amigo de discord", "um amigo do
discord", "un amico di discord", "mera online dost", "网友"), and its
everyday reasons name the games ("minecraft", "roblox", "fortnite", "bgmi",
"王者"), so "someone i play fortnite with ..." was excused by the word that
says where the child knows him from.  "en yakın arkadaşım gece 'hoşça kalın
herkese' yazdı, telefonu kapalı, evine de ulaşamıyoruz" passed because the
Turkish goodbye had the word order reversed and "ulaşamıyoruz" (we cannot
reach her) was no silence; "मेरी बेस्ट फ्रेंड" was no person.

How: `selfharm_others_silence_base._silence` again, per language, with the
older person and the online person of `selfharm_others_online_edge*.py`, the
older goodbyes and silences with the few forms above added, and the older
everyday reasons with the bare game names taken out and the in-game guard of
`selfharm_others_online_edge*.py` put in ("bye everyone in roblox" is a
goodbye in a game).  Every rule is named `self_harm:others_acute`.

What passes, and why: everything the older reasons excuse - a goodbye
before a move, a trip, a flight; a phone taken, a dead battery, no signal,
asleep; a server or a game shutting down; an old or a new account or group;
the past that is over, fiction, laughter -, a goodbye inside a game, and a
plain "bye" with a silence.  Arabizi has no tables of the older round and is
not covered here.
"""

from __future__ import annotations

from types import ModuleType

from . import selfharm_others_online_edge as _oe
from . import selfharm_others_online_edge_langs as _ol
from . import selfharm_others_silence as _s_en
from . import selfharm_others_silence_asia as _s_asia
from . import selfharm_others_silence_langs as _s_langs
from . import selfharm_others_silence_romance as _s_rom
from .packs.zh import zrule
from .rule_heads import with_texts, zh_spellings
from .rules import Rule, _split_top
from .selfharm_others_acute import _TRIG_DE, _TRIG_EN
from .selfharm_others_acute_asia import _TRIG_ID
from .selfharm_others_acute_iberian import _TRIG_ES, _TRIG_PT
from .selfharm_others_acute_indic import _TRIG_HI, _TRIG_HL
from .selfharm_others_acute_mideast import _TRIG_AR, _TRIG_TR
from .selfharm_others_acute_romance import _TRIG_FR, _TRIG_IT
from .selfharm_others_acute_slavic import _TRIG_PL, _TRIG_RU
from .selfharm_others_silence_asia import _trad
from .selfharm_others_silence_base import _NB, _rule, _silence

# the bare names of games among the older everyday reasons: they name where the person is known from
_GAMES = ("minecraft", "roblox", "fortnite", "bgmi", "free fire", "mobile legends", "王者", "我的世界", "迷你世界",
          "原神", "蛋仔")


def _reasons(mundane: str, ingame: str) -> str:
    """The older everyday reasons without the bare game names, with the in-game guard."""
    kept = [a for a in _split_top(mundane) if a not in _GAMES]
    return "|".join(kept) + "|" + ingame


def _tables(mod: ModuleType, lang: str) -> dict[str, str]:
    """The silence tables of one language from its older module."""
    return {name: getattr(mod, f"_{name.upper()}_{lang}")
            for name in ("who", "bye", "to_all", "mute", "quiet", "fear", "high", "mundane", "tx")}


def _online(mod: ModuleType, online: ModuleType, lang: str, *, to_all: str = "", mute: str = "", who: str = "",
            b: str = r"\b", pre: str = "", end: str = r"\b", spaced: bool = True) -> str:
    """The pattern of one language: the older tables, the online person, the additions."""
    t = _tables(mod, lang)
    people = "|".join(x for x in (t["who"], getattr(online, f"_WHO_{lang}"), who) if x)
    return _silence(people, t["bye"], "|".join(x for x in (t["to_all"], to_all) if x),
                    "|".join(x for x in (t["mute"], mute) if x), t["quiet"], t["fear"], t["high"],
                    _reasons(t["mundane"], getattr(online, f"_INGAME_{lang}")), b=b, pre=pre, end=end,
                    spaced=spaced)


def _tx(mod: ModuleType, lang: str, more: str = "") -> str:
    return "|".join(x for x in (getattr(mod, f"_TX_{lang}"), more) if x)


# the goodbyes and silences added here
_TO_ALL_EN = (
    r"(?:texted|messaged|told|sent|wrote|dmed) (?:everyone|everybody|all of us|us all|the (?:group|gc|chat|"
    r"server)) (?:a )?(?:good ?bye|bye|farewell)"
)
_TO_ALL_TR = (
    r"hos ?ca kalin (?:herkese|herkes|arkadaslar|millet)|herkese (?:hos ?ca kalin|elveda|veda|gule gule|bay bay)|"
    r"elveda (?:herkese|herkes|millet)"
)
_MUTE_TR = (
    r"(?:evine|evdekilere|ailesine|kendisine|ona) (?:de |da )?(?:ulasamiyoruz|ulasamiyorum|ulasilamiyor)|"
    r"(?:kimse|hic kimse) (?:\S+ )?(?:ulasamiyor|ulasamadi)|ulasilamiyor"
)
_WHO_HI = r"(?:मेरी|मेरा|हमारी|हमारा) (?:बेस्ट फ्रेंड|बेस्टी|सबसे अच्छी दोस्त|सबसे अच्छा दोस्त)"
_TX_TR = "ulas"

# the words that make a rule a candidate: the older people, and the online people's words
_ONLINE_EN = " someone somebody streamer mutual teammate duo online discord server"
_ONLINE_ROM = " discord server servidor serveur online alguien alguem qualcuno quelqu'un uno una amigo amiga amico"

RULES: list[Rule] = [
    _rule(_TRIG_EN + _ONLINE_EN, _tx(_s_en, "EN"), _online(_s_en, _oe, "EN", to_all=_TO_ALL_EN)),
    _rule(_TRIG_DE + " einer jemand discord server", _tx(_s_en, "DE"), _online(_s_en, _oe, "DE")),
    _rule(_TRIG_ES + _ONLINE_ROM, _tx(_s_rom, "ES"), _online(_s_rom, _oe, "ES")),
    _rule(_TRIG_PT + _ONLINE_ROM, _tx(_s_rom, "PT"), _online(_s_rom, _oe, "PT")),
    _rule(_TRIG_FR + _ONLINE_ROM + " pote", _tx(_s_rom, "FR"), _online(_s_rom, _oe, "FR")),
    _rule(_TRIG_IT + _ONLINE_ROM, _tx(_s_rom, "IT"), _online(_s_rom, _oe, "IT")),
    _rule(_TRIG_RU + " чел тип парень девочка девушка друг подруга", _tx(_s_langs, "RU"),
          _online(_s_langs, _ol, "RU")),
    _rule(_TRIG_PL + " ziom typek chlopak dziewczyna kolega kolezanka", _tx(_s_langs, "PL"),
          _online(_s_langs, _ol, "PL")),
    _rule(_TRIG_TR + " discord discorddan discorddaki sunucudan sunucumdan oyun oynadigim online arkadasim "
          "arkadasimiz", _tx(_s_langs, "TR", _TX_TR),
          _online(_s_langs, _ol, "TR", to_all=_TO_ALL_TR, mute=_MUTE_TR)),
    _rule(_TRIG_AR + " واحد وحده بنت ولد شب شخص صاحبي صاحبتي", _tx(_s_langs, "AR"),
          _online(_s_langs, _ol, "AR", b=_NB, pre="(?:و|ف)?", end="(?!\\S)")),
    _rule(_TRIG_ID + " temen teman cowok cewek orang anak", _tx(_s_asia, "ID"), _online(_s_asia, _ol, "ID")),
    _rule(_TRIG_HL + " online discord server game dost", _tx(_s_asia, "HL"), _online(_s_asia, _ol, "HL")),
    _rule(_TRIG_HI + " ऑनलाइन डिस्कॉर्ड सर्वर गेम", _tx(_s_asia, "HI"),
          _online(_s_asia, _ol, "HI", who=_WHO_HI, b=_NB, end=r"(?!\S)")),
    with_texts(zrule("self_harm:others_acute", "self_harm", "网友 我 群 队 服 游戏 一起 网上",
                     _trad(_online(_s_asia, _ol, "ZH", b="", end="", spaced=False)), framed="generic"),
               (*zh_spellings(_s_asia._TX_ZH), "關", "斷", "隊")),
]
