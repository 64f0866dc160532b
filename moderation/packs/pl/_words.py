"""Vocabulary shared by more than one of the Polish pack's rule modules."""

from __future__ import annotations

# a third person named earlier in the sentence: "ona mówi, że nie chce żyć",
# "mama cię zabije" (the stripped "chce"/"zabije" are also third person)
_THIRD = (
    r"(?:ona|on|oni|one|ono|jego|jej|ich|przyjaciolk\w*|przyjaciel\w*|kolega|kolegi|koledze|"
    r"kolezank\w*|kumpel\w*|kumpela|siostr\w*|brat\w*|kuzyn\w*|ktos|mama|mamy|tata|taty|ojciec|"
    r"matka|corka|syn|dziewczyna|chlopak|uczen|uczennica|nauczyciel\w*|pani|pan|wychowawc\w*|"
    r"stary|stara|mowi|mowila|mowil|powiedziala|powiedzial|pisze|napisala|napisal|twierdzi|"
    r"kazdy)"
)
NO_THIRD = r"(?:^|(?<=[.!?] ))(?:(?!" + _THIRD + r"\b)\w+ ){0,8}?"
# laughter and jokes after a gloomy phrase
JOKE = r"(?![^.!?]{0,40}(?:\b(?:haha\w*|hehe\w*|xd+|lol|jk|(?<!nie )zart\w*)\b|:d))"
# a past self-injury followed by help or being well now, unless it is back
RECOVERED = (
    r"(?![^.!?]{0,100}\b(?:teraz (?:jest |czuje sie )?(?:(?:juz |duzo |o wiele |znacznie )?"
    r"lepiej|dobrze|ok)|juz (?:tego )?nie robie|terapi\w*|psycholog\w*|terapeut\w*|"
    r"pomoc\w* mi|wyszlam z tego|wyszedlem z tego)\b"
    r"(?![^.!?]{0,40}\b(?:znowu|znow|znowu|dalej|nadal|wciaz)\b))"
)
_GAME_WORDS = (
    r"(?:w grze|w minecrafcie|w mc|w fortnite|w fortnajcie|na serwerze|w lobby|w meczu|w rundzie|"
    r"w robloxie|w lolu|w csie|w cs|na mapie|w valorancie|w brawl\w*|w pvp|na arenie)"
)
GAME = r"(?! (?:\w+ )?" + _GAME_WORDS + r"\b)"
APPS = (
    r"(?:snap\w*|whatsapp\w*|wa|watsap\w*|telegram\w*|tg|insta\w*|instagram\w*|discord\w*|dc|"
    r"messenger\w*|mesie|mesa|priv|private|priva|pv|pw|tiktok\w*|skype\w*)"
)
PHOTO = r"(?:zdjeci\w*|zdjecie|fot\w*|fotk\w*|selfie|picture\w*|nudes\w*|nudk\w*|filmik\w*|wideo)"
# what a classmate asks a photo *of*: homework, notes, the board, a pet
PHOTO_OBJECT = (
    r"(?! (?:\w+ )?(?:zadani\w*|notat\w*|tablic\w*|zeszyt\w*|lekcji|planu|strony|str|cwiczen\w*|"
    r"psa|kota|pieska|kotka|klasy|wycieczki|odpowiedzi|projektu|z wycieczki|z imprezy|krajobrazu)\b)"
)
