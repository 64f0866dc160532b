"""Family sneers with no insult word in id tr ru pl: the shapes of
harm_family_sneers.py (read its docstring first), appended to `harm.RULES`,
reason `bullying:family`.

*Even* the parent could not stay ("bokap lo aja gak betah sama lo", "baban
bile seninle kalmadı", "даже твой отец не выдержал", "nawet twój stary nie
wytrzymał") and the parent as the cause of the reader as they are ("punya
emak kayak gitu pantes lo jadi begini", "öyle bir anneyle senin böyle olman
normal", "с такой мамашей неудивительно, что ты такая", "z taką matką nic
dziwnego, że taka jesteś").  The writer's own family and praise ("punya
ibu kayak gitu pantes kamu pinter") pass.
"""

from __future__ import annotations

from .rules import Rule, rule

RULES: list[Rule] = [
    # -- id -----------------------------------------------------------------------------
    rule("bullying:family", "bullying", "betah tahan ninggalin kabur pantes pantesan wajar heran "
         "makanya",
         r"\b(?:bahkan )?(?:bapak|ayah|bokap|emak|ibu|nyokap|mama|papa)(?:mu| lo| lu| kamu| elo) "
         r"(?:aja|saja|pun|sendiri) (?:(?:gak|ga|nggak|ngga|tidak|kagak) (?:betah|tahan|mau) (?:sama|"
         r"dengan|ama|deket) (?:kamu|lo|lu|elo)|(?:ninggalin|pergi ninggalin|kabur dari) (?:kamu|lo|lu|"
         r"elo))\b|"
         r"\b(?:punya|dengan) (?:emak|ibu|mama|bapak|ayah|bokap|nyokap|ortu) (?:kayak|kaya|kek|"
         r"seperti) (?:gitu|begitu|itu|dia)\b(?: \S+)? (?:pantes|pantesan|wajar|gak heran|ga heran|"
         r"makanya) (?:kamu|lo|lu|elo|dia|anaknya) (?:jadi |kayak |kaya )?(?:begini|begitu|gini|"
         r"gitu)\b"),
    # -- tr (ş ı ü ğ ç ö read as s i u g c o) -------------------------------------------
    rule("bullying:family", "bullying", "bile anneyle babayla aileyle",
         r"\b(?:baban|annen|babaniz|anneniz) bile (?:seninle |yaninda |sana )?(?:kalmadi|duramadi|"
         r"dayanamadi|katlanamadi|kalamadi|durmadi|tahammul edemedi)\b|"
         r"\b(?:oyle|boyle|o) bir (?:anneyle|babayla|aileyle|anne ile|baba ile) (?:\S+ )?(?:senin )?"
         r"(?:boyle|oyle) (?:olman|cikman|yetismen) (?:normal|dogal|sasirtici degil)\b"),
    # -- ru (й read as и) ----------------------------------------------------------------
    rule("bullying:family", "bullying", "даже мамашеи мамои матерью мамкои семеикои семьеи отцом "
         "папашеи батеи родителями предками",
         r"\bдаже (?:твои|твоя|родные|родная|родной) (?:отец|батя|папа|мать|мамка|мама)(?: \S+)? не "
         r"(?:остался|осталась|выдержал|выдержала|вытерпел|вытерпела|смог остаться|смогла остаться|"
         r"захотел остаться|захотела остаться)\b|"
         r"\bс (?:(?:такои|этои) (?:мамашеи|мамои|матерью|мамкои|семеикои|семьеи)|(?:таким|этим) "
         r"(?:отцом|папашеи|батеи)|(?:такими|этими) (?:родителями|предками)) (?:\S+ )?"
         r"(?:неудивительно|понятно|ясно|не удивительно)(?: что)? (?:ты )?(?:такои|такая|вырос таким|"
         r"выросла такои|такои вырос|такая выросла)\b"),
    # -- pl (ą ę ł ó ś ż read as a e l o s z) -------------------------------------------
    rule("bullying:family", "bullying", "nawet dziwnego taka takim takimi",
         r"\bnawet (?:twoj|twoja|wlasny|wlasna) (?:stary|stara|ojciec|tata|matka|mama) (?:\S+ ){0,2}?"
         r"nie (?:wytrzymal|wytrzymala|zostal|zostala|chcial zostac|chciala zostac)\b|"
         r"\bz (?:(?:taka|taka wlasnie) (?:matka|mama|stara|rodzina)|takim (?:ojcem|starym|tata)|"
         r"takimi (?:rodzicami|starymi)) (?:\S+ )?(?:nic dziwnego|jasne|wiadomo) (?:ze )?(?:taka "
         r"jestes|taki jestes|wyrosl\w* na|tak wyszl\w*|jestes jaki jestes|jestes jaka jestes)\b"),
]
