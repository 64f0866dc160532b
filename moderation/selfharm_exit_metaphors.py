"""Life as a program or a game the writer wants to quit for good: "ctrl alt
delete me pls 🙂", "can someone uninstall me", "alt f4 my life", "log me out
of life", "скоро ливну из этой игры насовсем, без реконнекта", "把自己卸载了".

Why: "ctrl alt delete me pls 🙂" and "в доте опять слился, как и в жизни.
скоро ливну из этой игры насовсем, без реконнекта" passed (blind set DA,
session 14).  Children who grew up with phones and games say the wish not
to exist in their words: deleting, uninstalling, shutting down, logging
out, rage-quitting, leaving a match with no respawn or reconnect.  The
first is five words, below what the learned scorer reads; the second has no
death word at all.

How: one rule a language, two kinds of phrase:

* **the self as the object of a program verb**: ctrl alt delete / alt f4 /
  uninstall / delete / shut down / turn off / log out with "me", "myself"
  or "my life" ("ctrl alt delete me", "desinstalarme", "mich
  deinstallieren", "удалить себя", "kendimi silmek", "卸载自己");
* **life left like a game**: quitting, leaving or logging out of life or
  existence ("log out of life", "rage quit life", "ливнуть из жизни",
  "hayattan çıkış yapmak", "退出人生"), or leaving "this game" for good
  with no respawn or reconnect ("leave this game for good, no respawn",
  "ливну из этой игры насовсем без реконнекта").

What passes: the same verbs aimed at a thing ("delete my account",
"uninstall tiktok", "alt f4 the game"), the self deleted *from* an app, a
chat or social media ("delete myself from instagram for a week", "logging
out of everything for exams": the offline frames and a guard), leaving a
game or a server that is named as the thing left ("leaving the server for
good, bye guys" with no life word), and talk about the phrases ("what does
ctrl alt delete me mean").  All rules are `framed=True`: a discussion or a
report frame excuses them.
"""

from __future__ import annotations

from .rules import Rule, rule

_NAME = "self_harm:finality"
_CATS = "self_harm"

# an app, a chat or social media after the phrase: the self removed from it, not from life
_FROM_APP = (
    r"(?! (?:\S+ ){0,3}?(?:from|of|off|on|de|do|da|dos|das|del|des|du|aus|von|dal|della|dai|из|с|со|"
    r"den|dan|z|ze|dari|से|من|从)? ?(?:the )?(?:insta\w*|ig|tiktok|tt|snap\w*|social\w*|socials|"
    r"redes|reseaux|netz|soziale\w*|sosmed|medsos|whats\w*|wa|telegram|discord|server|group\w*|grupo\w*|"
    r"groupe\w*|gruppe\w*|gruppo|gc|chat\w*|app\w*|account\w*|cuenta|conta|compte|konto|profil\w*|"
    r"perfil|twitter|x|youtube|yt|facebook|fb|reddit|twitch|steam|game|juego|jogo|jeu|spiel|gioco|"
    r"oyun\w*|gra|gry|grze|game|internet|online|everything for|for (?:a|the|one|1|two|2) (?:week|day|"
    r"month|while|bit)\w*|соцсет\w*|инст\w*|телеграм\w*|чат\w*|групп\w*|сервер\w*))"
)

def _game(quit: str, life: str) -> str:
    """A game left for good with life named around it ("как и в жизни ... ливну из этой игры
    насовсем"): a game quit alone is a game."""
    return rf"\b(?:{life})\b.{{0,100}}?\b(?:{quit})\b|\b(?:{quit})\b.{{0,60}}?\b(?:{life})\b"


_EN = (
    r"\b(?:ctrl ?alt ?(?:del|delete)|control alt delete|alt ?f4) (?:on |to )?(?:me|myself|my ?self|my life)\b|"
    r"\b(?:uninstall|unistall|delete|deleting|uninstalling) (?:myself|my ?self)\b" + _FROM_APP + r"|"
    r"\b(?:uninstall|unistall) me\b" + _FROM_APP + r"|"
    r"\b(?:delete|erase|remove|uninstall) (?:me|myself|my ?self) (?:from|out of) (?:existence|life|this "
    r"world|the world|earth|reality)\b|"
    r"\b(?:shut|turn|switch|power) (?:me|myself) (?:down|off) (?:for good|forever|permanently)\b|"
    r"\b(?:log(?:ging)? ?out|logout|rage ?quit(?:ting)?|unsubscrib(?:e|ing)|uninstall(?:ing)?) (?:of |from )?"
    r"(?:life|existence|this life|reality)\b(?! (?:is|was|skills|lessons?|class|hacks?|style|coach|"
    r"insurance))|"
    + _game(r"(?:leave|leaving|quit|quitting|log ?off|logging off|exit|exiting) (?:this|the) game(?: \S+){0,3}? "
            r"(?:for good|forever|permanently|no respawn\w*|without (?:a )?respawn\w*|no reconnect\w*)",
            r"like (?:in )?(?:real )?life|(?:as|same as) (?:in )?(?:real )?life|irl too|in real life too|(?:game|one) "
            r"called life|game of life|life is (?:a|just a) game")
)
_ES = (
    r"\b(?:ctrl ?alt ?(?:supr|suprimir|del)|alt ?f4) (?:me|a mi|mi vida)\b|"
    r"\b(?:desinstalarme|me desinstalo|desinstalenme|desinstalame)\b" + _FROM_APP + r"|"
    r"\b(?:borrarme|me borro|eliminarme|me elimino|apagarme|me apago|desinstalarme) (?:de la existencia|"
    r"de este mundo|de la vida|para siempre)\b|"
    r"\b(?:salir(?:me)?|me salgo|cerrar sesion|desloguearme) de (?:la|esta) (?:vida|existencia)\b|"
    + _game(r"(?:salir(?:me)?|me salgo|dejar) (?:de )?(?:este|el) juego(?: \S+){0,3}? (?:para siempre|sin "
            r"respawn|sin reconectar)", r"como en la vida(?: real)?|igual que en la vida|en la vida real tambien|"
            r"juego de la vida|juego llamado vida")
)
_PT = (
    r"\b(?:ctrl ?alt ?del|alt ?f4) (?:eu|mim|minha vida)\b|"
    r"\b(?:me desinstalar|me desinstala|me desinstalem|me desinstalo)\b" + _FROM_APP + r"|"
    r"\b(?:me deletar|me apagar|me desinstalar) (?:da existencia|do mundo|da vida|pra sempre|para sempre)\b|"
    r"\b(?:deslogar|deslogo|sair|saio) (?:da|dessa|desta) (?:vida|existencia)\b|"
    + _game(r"(?:sair|saio|largar) (?:desse|deste|do) jogo(?: \S+){0,3}? (?:pra sempre|para sempre|sem "
            r"respawn|sem reconectar)", r"como na vida(?: real)?|igual na vida|na vida real tambem|"
            r"jogo da vida|jogo chamado vida")
)
_FR = (
    r"\b(?:ctrl ?alt ?(?:suppr|del)|alt ?f4) (?:moi|ma vie)\b|"
    r"\b(?:me desinstaller|desinstallez moi|desinstaller moi)\b" + _FROM_APP + r"|"
    r"\b(?:me desinstaller|me supprimer|m'effacer|me deconnecter|me debrancher|m'eteindre) (?:de "
    r"l'existence|de la vie|de ce monde|pour de bon|pour toujours|definitivement)\b|"
    r"\b(?:quitter|je quitte|me deconnecter de) (?:la vie|l'existence|cette vie)\b|"
    + _game(r"(?:quitter|je quitte|lacher|je lache) (?:cette|la) partie(?: \S+){0,3}? (?:pour de bon|pour "
            r"toujours|sans respawn|sans revenir)", r"comme dans la vie|comme (?:dans )?la vraie vie|"
            r"dans la vraie vie aussi|jeu de la vie|partie qui s'appelle la vie")
)
_DE = (
    r"\b(?:strg ?alt ?entf|ctrl ?alt ?del|alt ?f4) (?:mich|mein leben)\b|"
    r"\b(?:mich|mich selbst) (?:\S+ ){0,3}?(?:deinstallieren|deinstallier\w*)\b" + _FROM_APP + r"|"
    r"\b(?:deinstalliert|deinstalliere) mich\b" + _FROM_APP + r"|"
    r"\b(?:mich|mich selbst) (?:aus dem leben|aus der existenz|von der welt|fur immer) (?:loschen|"
    r"ausloggen|deinstallieren|abmelden)\b|"
    r"\b(?:aus dem leben|aus der existenz) (?:ausloggen|ausgeloggt|abmelden|loschen)\b|"
    r"\brage ?quit (?:vom|aus dem) leben\b|"
    + _game(r"(?:verlass\w*|quitt\w*|leav\w*) (?:das|dieses) (?:spiel|game)(?: \S+){0,3}? (?:fur immer|"
            r"endgultig|ohne respawn)", r"wie im (?:echten )?leben|im echten leben auch|spiel (?:namens|des) leben\w*")
)
_IT = (
    r"\b(?:ctrl ?alt ?(?:canc|del)|alt ?f4) (?:me|la mia vita)\b|"
    r"\b(?:disinstallatemi|disinstallarmi|mi disinstallo)\b" + _FROM_APP + r"|"
    r"\b(?:disinstallarmi|mi disinstallo|cancellarmi|mi cancello|spegnermi|mi spengo|sloggarmi) "
    r"(?:dall'esistenza|dalla vita|da questo mondo|per sempre)\b|"
    r"\b(?:uscire|esco|sloggare|sloggo) (?:dalla vita|dall'esistenza)\b|"
    + _game(r"(?:uscire|esco|quittare|quitto) (?:da questo|dal) gioco(?: \S+){0,3}? (?:per sempre|senza "
            r"respawn)", r"come nella vita(?: vera)?|anche nella vita vera|gioco della vita|gioco chiamato vita")
)
_RU = (
    r"\b(?:ctrl ?alt ?del|alt ?f4) (?:себя|меня|мою жизнь)\b|"
    r"\b(?:удалить|удалите|удалю|деинсталлировать|деинсталлируите) (?:себя|меня)\b" + _FROM_APP + r"|"
    r"\bсебя (?:удалить|удалю|выключить|выключу) (?:навсегда|из жизни|из этого мира|насовсем)\b|"
    r"\b(?:удалить|удалю|выключить|выключу) (?:себя|меня) (?:навсегда|из жизни|из этого мира|насовсем)\b|"
    r"\b(?:ливнуть|ливну|ливнул\w*|выити|выиду|удалиться|удалюсь|разлогиниться|разлогинюсь) "
    r"(?:из (?:этои )?жизни|из реальности)\b|"
    r"\b(?:выключиться|выключусь|отключиться|отключусь) (?:насовсем|навсегда|от жизни)\b" + _FROM_APP + r"|"
    + _game(r"(?:ливну|ливнуть|выиду|выити|уиду|уити) из (?:этои|этои вашеи|всеи этои) игры(?: \S+){0,3}? "
            r"(?:насовсем|навсегда|без реконнекта|без респавна)", r"как и в жизни|как в жизни|в жизни тоже|"
            r"игр\w* под названием жизнь|игр\w* жизнь")
)
_TR = (
    r"\b(?:ctrl ?alt ?del|alt ?f4) (?:beni|hayatimi|kendimi)\b|"
    r"\bkendimi (?:silmek|silsem|silecegim|silicem|kaldirmak|uninstall)\w*\b" + _FROM_APP + r"|"
    r"\b(?:kendimi|beni) (?:hayattan|dunyadan|varliktan) (?:silmek|silsem|silecegim|silicem|kaldir\w*)\b|"
    r"\bhayattan (?:cikis yap\w*|cikmak|cikicam|cikacagim|log ?out\w*|silin\w*)\b|"
    + _game(r"oyundan(?: \S+){0,3}? (?:tamamen|sonsuza dek|kalici olarak|respawnsiz) (?:cik\w*|ayril\w*)",
            r"hayatta oldugu gibi|gercek hayatta da|hayat denen oyun\w*|hayat oyun\w*")
)
_PL = (
    r"\b(?:ctrl ?alt ?del|alt ?f4) (?:mnie|moje zycie|siebie)\b|"
    r"\b(?:odinstalujcie mnie|odinstalowac sie|odinstaluje sie)\b" + _FROM_APP + r"|"
    r"\b(?:sie )?(?:usunac|usune|wylaczyc|wylacze|wylogowac|wyloguje)(?: sie)? (?:z zycia|z "
    r"istnienia|z tego swiata)\b|"
    r"\bragequit z zycia\b|"
    + _game(r"(?:wyjsc|wyjde|wychodze) z (?:tej )?gry(?: \S+){0,3}? (?:na zawsze|na dobre|bez respawnu)",
            r"jak w zyciu|w zyciu tez|gr\w* zwan\w* zycie|gr\w* w zycie")
)
_ID = (
    r"\b(?:ctrl ?alt ?del|alt ?f4) (?:aku|diriku|hidupku|hidup aku|gw|gue)\b|"
    r"\b(?:uninstall|hapus|delete) (?:diriku|diri aku|diri gw|diri gue)\b" + _FROM_APP + r"|"
    r"\b(?:uninstall|hapus|delete) (?:aku|gw|gue) dari (?:dunia|hidup|kehidupan)\b|"
    r"\b(?:logout|log out|keluar|cabut) dari (?:hidup|kehidupan)\b(?! (?:sosmed|medsos|online|maya|di "
    r"sosmed|digital))|"
    + _game(r"keluar dari game (?:ini|kehidupan)(?: \S+){0,3}? (?:selamanya|for good|tanpa respawn)",
            r"kayak di (?:dunia )?nyata|sama kayak hidup|game kehidupan|game bernama hidup")
)
_HI = (
    r"\b(?:ctrl ?alt ?del|alt ?f4) (?:mujhe|meri life|meri zindagi|khud ko)\b|"
    r"(?<!\bse )\bkhud ko (?:delete|uninstall|mita) (?:kar ?du|kar dun|kar dunga|kar dungi|karna hai|karna chahta|"
    r"karna chahti)\b" + _FROM_APP + r"|"
    r"\b(?:life|zindagi|zindgi) se (?:logout|log out|exit|uninstall)\b"
)
_AR = (
    r"(?:احذف|امسح|اشيل) (?:نفسي|حياتي) (?:من (?:الحياه|الدنيا|الوجود)|للابد|نهائي)|"
    r"(?:اطلع|اخرج|اسوي لوق اوت|لوق اوت) من (?:الحياه|الدنيا|هالحياه|هالدنيا)(?!\S)|"
    r"(?:هالحياه|الحياه|الدنيا).{0,100}?(?:اطلع|اخرج) من (?:هاللعبه|اللعبه) (?:\S+ ){0,3}?(?:نهائي|للابد|"
    r"بدون رجعه)"
)
_ZH = (
    r"(?:卸载|删除|删掉)(?:我自己|自己)(?![^，。！？ ]{0,8}?(?:的|发|照片|帖子|账号|东西|记录|视频|评论|聊天|群|好友))|"
    r"把(?:我)?自己(?:给)?(?:卸载|删除|删掉|关机)|(?:退出|注销)(?:人生|这个世界|现实)|人生(?:退出|卸载|关机)|永久下线(?:人生)"
)

RULES: list[Rule] = [
    rule(_NAME, _CATS, "ctrl ctrlalt control alt altf4 uninstall unistall uninstalling delete deleting erase "
         "remove shut turn switch power log logout logging rage ragequit ragequitting unsubscribe "
         "unsubscribing leave leaving quit quitting exit exiting", _EN),
    rule(_NAME, _CATS, "ctrl alt altf4 desinstalarme desinstalo desinstalenme desinstalame borrarme borro "
         "eliminarme elimino apagarme apago salir salirme salgo cerrar desloguearme vida", _ES),
    rule(_NAME, _CATS, "ctrl alt altf4 desinstalar desinstala desinstalem desinstalo deletar apagar deslogar "
         "deslogo sair saio vida", _PT),
    rule(_NAME, _CATS, "ctrl alt altf4 desinstaller desinstallez supprimer m'effacer effacer deconnecter "
         "debrancher m'eteindre eteindre quitter quitte vie", _FR),
    rule(_NAME, _CATS, "strg ctrl alt altf4 deinstallieren deinstalliert deinstalliere deinstallierst loschen "
         "ausloggen ausgeloggt abmelden rage ragequit verlasse verlassen verlass quitte quitten leave", _DE),
    rule(_NAME, _CATS, "ctrl alt altf4 disinstallatemi disinstallarmi disinstallo cancellarmi cancello "
         "spegnermi spengo sloggarmi uscire esco sloggare sloggo vita", _IT),
    rule(_NAME, _CATS, "ctrl alt altf4 удалить удалите удалю деинсталлировать деинсталлируите выключить "
         "выключу ливнуть ливну ливнул ливнула выити выиду удалиться удалюсь разлогиниться разлогинюсь "
         "уиду уити жизни выключиться выключусь отключиться отключусь", _RU),
    rule(_NAME, _CATS, "ctrl alt altf4 kendimi beni hayattan hayatta hayat oyundan", _TR),
    rule(_NAME, _CATS, "ctrl alt altf4 odinstalujcie odinstalowac odinstaluje usunac usune wylaczyc wylacze "
         "wylogowac wyloguje ragequit zycie zycia zyciu", _PL),
    rule(_NAME, _CATS, "ctrl alt altf4 uninstall hapus delete logout log keluar cabut hidup", _ID),
    rule(_NAME, _CATS, "ctrl alt altf4 khud life zindagi zindgi", _HI),
    rule(_NAME, _CATS, "احذف امسح اشيل اطلع اخرج اسوي لوق الحياه هالحياه الدنيا", _AR),
    rule(_NAME, _CATS, "卸载 删除 删掉 退出 注销 人生 永久下线", _ZH),
]
