"""Vocabulary shared by more than one of the Turkish pack's rule modules."""

from __future__ import annotations

from ...rules import Rule, rule

# laughter and jokes after a gloomy phrase: "utançtan ölmek istiyorum sjsjsj"
JOKE = (
    r"(?![^.!?]{0,40}(?:\b(?:haha\w*|ahah\w*|sjsj\w*|skdj\w*|asdf\w*|jsjs\w*|xd|lol|lmao|"
    r"saka\w*(?! (?:degil\w*|yapmiyorum|yapmiyom|etmiyorum))|dalga gec\w*)\b|:d))"
)
# a past self-injury followed by help or being well now: "eskiden kendimi
# keserdim ama artık iyiyim", unless it is back ("yine", "tekrar")
RECOVERED = (
    r"(?![^.!?]{0,100}\b(?:artik (?:cok )?(?:iyiyim|daha iyiyim|kesmiyorum)|simdi (?:cok |daha )?"
    r"iyiyim|(?:cok )?daha iyiyim|terapi\w*|psikolog\w*|yardim ald\w*|atlattim|gecti)\b"
    r"(?![^.!?]{0,40}\b(?:yine|gene|tekrar|hala)\b))"
)
# "seni oyunda öldürcem", "maçta": game talk, not a threat
_GAME_WORDS = (
    r"(?:oyunda|macta|mac'ta|roundda|lobide|haritada|minecraftta|minecraft'ta|"
    r"fortnite'ta|fortnitede|valoda|valorantta|pubg'de|pubgde|lolde|sunucuda|serverda|1v1|"
    r"birebirde|kapismada|turnuvada|discordda|discord'da)"
)
GAME = r"(?! (?:\w+ )?" + _GAME_WORDS + r"\b)"
# a word between the object and the verb that is not a game place
NOT_GAME_WORD = r"(?:(?!" + _GAME_WORDS + r"\b)\w+ )"
# Turkish puts the reporting verb last: "bir yabancı bana 'fotoğrafını at' dedi"
SAID = (
    r"(?![^.!?]{0,20}\b(?:dedi\w*|demis\w*|diye|diyor\w*|yazdi\w*|yazmis\w*|istedi\w*|"
    r"istemis\w*|soruyor\w*|sordu\w*)\b)"
)
_APP_NAMES = (
    r"(?:whatsapp|wp|wpp|watsap|vatsap|telegram|tg|snap|snapchat|insta|instagram|ig|discord|"
    r"dc|tiktok|skype|dm|ozel)"
)
APPS = _APP_NAMES + r"'?\w*"
# with a Turkish case ending ("whatsapp'tan", "snape", "dm'den"): needed before
# verbs that are English words too ("at", "gel"): "sent it via whatsapp at 5"
APPS_CASE = _APP_NAMES + r"'?(?:tan|ten|dan|den|a|e|ya|ye|ta|te|da|de|den)"
PHOTO = r"(?:foto\w*|fotograf\w*|resm\w*|resim\w*|selfie\w*|picture\w*|video\w*|goruntu\w*)"
# what a classmate asks a photo of (homework, the board): not a self photo
PHOTO_OBJECT = (
    r"(?<!odevin )(?<!odevimin )(?<!tahtanin )(?<!defterin )(?<!sayfanin )(?<!kedinin )"
    r"(?<!kopeginin )(?<!sorunun )(?<!cevabin )(?<!cevaplarin )"
)


def reported(pattern: str) -> str:
    """`pattern` unless a reporting verb follows it ("... diye sordu")."""
    return "(?:" + pattern + ")" + SAID


def directed(name: str, categories: str | tuple[str, ...], triggers: str, pattern: str,
             requires: str = "") -> Rule:
    """A directed rule (grooming, insult, threat): Turkish puts the reporting
    verb last, so a following "dedi / diye sordu / yazdı" makes it a report."""
    return rule(name, categories, triggers, reported(pattern), requires=requires)
