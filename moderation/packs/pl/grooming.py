"""Polish grooming rules: secrecy, moving to another app, photo and camera
requests, personal questions, meeting offers and gifts for favours."""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import APPS, GAME, PHOTO, PHOTO_OBJECT

# "nie mów nikomu, ale ja lubię Kubę": the writer's own confidence
_CONFIDING = r"(?! ?(?:ale|bo) (?:ja|mi|mnie)\b(?![^.!?]*\b(?:ty|ciebie|cie|ci|tobie|twoj\w*)\b))"
# "nie mów nikomu swojego hasła": safety advice about a login
_NOT_LOGIN = r"(?! (?:\w+ )?(?:swojego |twojego )?(?:hasl\w*|pin\w*|kod\w*|loginu))"

GROOMING: list[Rule] = [
    # -- secrecy -------------------------------------------------------------
    rule("grooming:secrecy", "grooming",
         "mow mowcie mowisz wspominaj pokazuj slowa slowka mru",
         r"\bnie (?:mow|mowcie|wspominaj|pokazuj|pisz) (?:\w+ ){0,2}?(?:nikomu|rodzicom|mamie|tacie|"
         r"starym|rodzinie|nauczycielom|nauczycielce|wychowawczyni|kolezankom|kolegom|siostrze|"
         r"bratu)\b" + _NOT_LOGIN + _CONFIDING + r"|"
         r"\b(?:nikomu|rodzicom|mamie|tacie|starym) (?:o tym |o nas |o niczym )?nie (?:mow|mowcie|"
         r"wspominaj|mowisz)\b" + _NOT_LOGIN + _CONFIDING + r"|"
         # "rodzicom ani słowa", "ani słowa nikomu": "ani słowa więcej o meczu" names nobody
         r"\bani (?:slowa|slowka|mru mru) (?:o tym |o nas )?(?:nikomu|rodzicom|mamie|tacie|starym|"
         r"rodzinie|nauczyc\w*|wychowawc\w*)\b|\b(?:nikomu|rodzicom|mamie|tacie|starym|rodzinie) "
         r"(?:o tym |o nas )?ani (?:slowa|slowka|mru mru)\b"),
    rule("grooming:secrecy", "grooming", "sekret sekretem tajemnica tajemnicy miedzy dowie usun",
         r"\bto (?:bedzie |zostanie |jest )?(?:nasz|naszym|nasza|nasza) (?:maly |malym |mala )?"
         r"(?:sekret|sekretem|tajemnica)\b|\b(?:niech |to )?(?:zostanie |zostaje )?(?:tylko )?"
         r"miedzy nami\b|\bnikt (?:sie )?nie (?:dowie|musi wiedziec|moze wiedziec)\b|"
         r"\busun (?:\w+ )?(?:nasza |te |nasze |cala |wszystkie )?(?:rozmowe|wiadomosci|czat|"
         r"konwersacje|historie)\b",
         requires="to niech tylko miedzy nikt usun"),
    # -- moving off-platform ----------------------------------------------------
    rule("grooming:off_platform", "grooming",
         "napisz pisz piszmy przejdzmy przejdz dodaj zagadaj odezwij pogadajmy",
         r"\b(?:napisz|pisz|piszmy|przejdzmy|przejdz|dodaj mnie|zagadaj|odezwij sie|pogadajmy|"
         r"gadajmy) (?:\w+ )?(?:do mnie )?(?:na|w|przez) " + APPS + r"\b" + GAME),
    rule("grooming:off_platform", "grooming",
         "daj podaj wyslij numer numerek snapa insta masz",
         r"\b(?:daj|podaj|wyslij|napisz) (?:mi )?(?:swoj |twoj |swojego |swoj )?(?:numer|numerek|"
         r"nr|telefon|snapa|snap|insta|ig|discorda|nick na snapie|whatsappa)\b(?! (?:do (?:szkoly|"
         r"sekretariatu|pani|nauczyciel\w*)|zadania|strony|lekcji|kla\w*))|"
         r"\bmasz (?:moze )?(?:snapa|snap|insta|ig|whatsappa|whatsapp|telegrama|discorda|tg)\b ?\?"),
    rule("grooming:off_platform", "grooming",
         "wlacz wlaczysz kamerke kamere kamerce wideo",
         r"\b(?:wlacz|wlaczysz|odpal) (?:\w+ )?(?:kamerke|kamere)\b(?! (?:\w+ )?(?:na lekcj\w*|"
         r"na zajecia|dla pani|na teams\w*))|\b(?:pogadajmy|zadzwonmy|porozmawiajmy|zadzwon) "
         r"(?:\w+ )?(?:na kamerce|na kamerze|na wideo|przez wideo|na video)\b"),
    # -- photos ------------------------------------------------------------------
    rule("grooming:photo_request", "grooming",
         "wyslij wysylaj przeslij daj pokaz wyslesz przeslesz pokazesz zrob cyknij",
         r"\b(?:wyslij|przeslij|daj|pokaz|wyslesz|przeslesz|pokazesz|podeslij|wrzuc) (?:mi )?"
         r"(?:prosze |pls |jakies |jakas |swoje |swoja |swoj |twoje |twoja |jeszcze |jedno |kolejne |"
         r"nowe )*" + PHOTO + r"\b" + PHOTO_OBJECT + r"|"
         r"\b(?:zrob|cyknij|strzel) (?:sobie |mi )?(?:zdjecie|fotke|selfie|picture|fote)\b"
         r"(?! (?:\w+ )?(?:klasy|tablicy|zadania|psa|kota))|\bpokaz sie\b(?! (?:\w+ )?(?:na "
         r"(?:lekcji|zajeciach|apelu|scenie)|pani))|\bjak (?:ty )?wygladasz\b ?\?",
         requires="mi prosze pls jakies jakas swoje swoja swoj twoje twoja jeszcze jedno kolejne "
                  "nowe zdjecie zdjecia fotke fotki selfie picture sie fote wygladasz"),
    # -- personal questions ---------------------------------------------------------
    rule("grooming:personal_questions", "grooming",
         "lat mieszkasz szkoly chodzisz sama sam domu rodzice wracaja wraca mama tata adres",
         r"\bile (?:ty )?masz lat\b|\bgdzie (?:ty )?(?:mieszkasz|chodzisz do szkoly)\b|"
         r"\bdo (?:jakiej|ktorej) (?:ty )?szkoly (?:ty )?chodzisz\b|"
         r"\bjestes (?:teraz )?(?:sama|sam) (?:w domu)?\b ?\?|\bjestes (?:teraz )?(?:sama|sam) w "
         r"domu\b|\b(?:twoi )?rodzice (?:sa )?(?:w domu|w pracy)\b ?\?|"
         r"\bkiedy (?:wracaja|wraca|przychodza|przychodzi|wyjezdzaja) (?:twoi |twoja |twoj )?"
         r"(?:rodzice|mama|tata|starzy)\b|"
         # the reader's home address ("podaj mi adres, wyślę ci prezent"); a website,
         # e-mail or the school's address is something else
         r"\b(?:podaj|daj|wyslij|napisz|podeslij) (?:mi )?(?:swoj |twoj |swojego |domowy )?adres\b"
         r"(?! (?:\w+ )?(?:strony|stron|e|email\w*|mail\w*|www|sklepu|szkoly|biura|firmy|serwera|ip|"
         r"url|linku|do (?:szkoly|sekretariatu|pani|nauczyc\w*)))|\b(?:jaki|jak) (?:masz|jest twoj) "
         r"adres\b(?! (?:\w+ )?(?:e|email\w*|mail\w*|strony|www))|\bgdzie (?:ty )?mieszkasz dokladnie\b"),
    # -- meeting ------------------------------------------------------------------------
    rule("grooming:meeting", "grooming",
         "spotkajmy spotkac spotkamy odebrac odbiore przyjade przyjde przyjdz wpadne",
         r"(?<!w grze )(?<!online )\b(?:spotkajmy sie|mozemy sie spotkac|spotkamy sie|chcesz sie "
         r"spotkac|dasz sie zaprosic)\b" + GAME + r"(?! (?:\w+ )?(?:na (?:discordzie|teamsach|"
         r"zoomie|lekcji)|online))|"
         r"\b(?:moge|moglbym|moglabym|chetnie) (?:cie|ciebie) (?:\w+ )?odebrac\b|\b(?:odbiore|"
         r"odbiore cie) (?:\w+ )?(?:spod szkoly|ze szkoly|po lekcjach)\b|"
         r"\b(?:przyjade|przyjde|wpadne) (?:po ciebie|do ciebie)\b|\bprzyjdz (?:sama|sam|do mnie)\b"),
    # -- gifts for photos / favours ------------------------------------------------------
    rule("grooming:gifts", "grooming",
         "za",
         r"\b(?:dam|kupie|wysle|przelej|przeleje|doladuje) (?:ci )?(?:\w+ ){0,2}?(?:robux\w*|skin\w*|"
         r"vbucks\w*|v dolce|gemy|gemow|kase|pieniadze|doladowanie|kod\w*|prezent\w*|nitro) "
         r"(?:\w+ ){0,2}?za (?:\w+ )?" + PHOTO + r"\b|\bza (?:\w+ )?" + PHOTO + r" (?:\w+ ){0,3}?"
         r"(?:dam|kupie|wysle|przeleje|doladuje)\b",
         requires="zdjecie zdjecia zdjec fotke fotki selfie picture nudesa nudesy filmik wideo"),
]
