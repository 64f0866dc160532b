"""Presence slights in es fr pt de it hi ru tr pl id ar zh (harm_presence_slights_langs.py).

The room that darkens when a classmate comes ("la sala se oscurece cada vez que entra
Priya"), the lights joke in Hinglish ("Pooja aayi toh light band karne ki zaroorat
nahi, waise bhi kisi ko dikhegi nahi 😂"), sarcasm that the class "was not sad enough
without him" ("Che bello che Matteo sia venuto anche oggi, la classe non era
abbastanza triste senza di lui 🥰"), "zero personality, don't answer her".  Hard
negatives: night, the sun, a storm, a lamp or curtains, lights off for a film or for
sleep, adults, missing someone ("ci mancava!"), "npc" in a game.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    # the development lines
    "Che bello che Matteo sia venuto anche oggi, la classe non era abbastanza triste senza di lui 🥰",
    "Pooja aayi toh light band karne ki zaroorat nahi, waise bhi kisi ko dikhegi nahi 😂",
    # it
    "che bello, è venuta anche oggi giulia, come se la lezione non fosse già abbastanza noiosa",
    "la lezione non era già abbastanza noiosa senza di lei",
    "evviva, è arrivato anche oggi luca, come se la classe non fosse abbastanza triste",
    "si fa buio quando entra Amara 😂",
    "diventa tutto più buio ogni volta che arriva kofi",
    "zero personalità, non rispondetele nemmeno",
    "è un npc, zero personalità, ignoratelo",
    # hi
    "rahul aaya hai, light band kar do, waise bhi dikhega nahi",
    "priya aayi toh lagta hai light chali gayi",
    "jab bhi priya aati hai andhera ho jaata hai 😂",
    "uske bina class itni boring nahi thi",
    "zero personality hai, usko reply mat karo",
    "npc hai yaar, koi personality nahi, ignore karo",
    "प्रिया आई तो लाइट बंद करने की ज़रूरत नहीं",
    "जब भी प्रिया आती है अंधेरा हो जाता है",
    # es
    "qué bien que vino Pablo hoy también, la clase no era lo bastante triste sin él",
    "ya vino Pablo, como si la clase no fuera ya bastante aburrida",
    "no era lo suficientemente aburrido sin ella jaja",
    "la sala se oscurece cada vez que entra Priya 😂",
    "se pone todo oscuro cuando llega Amara jajaja",
    "cero personalidad, ni le contestéis",
    "es un npc, cero personalidad, nadie le conteste",
    # fr
    "super que Lucas soit venu aujourd'hui, le cours n'était pas assez triste sans lui",
    "génial, Lucas est revenu, comme si le cours n'était pas déjà assez ennuyeux",
    "le cours n'était pas assez chiant sans elle",
    "il fait tout sombre dès qu'Awa arrive mdr",
    "la salle devient plus sombre quand Kofi entre",
    "zéro personnalité, répondez-lui même pas",
    "c'est un pnj, aucune personnalité, ignorez-la",
    # pt
    "que bom que o Pedro veio hoje, a aula não estava triste o suficiente sem ele",
    "a aula não era chata o suficiente sem ela",
    "o Pedro chegou, como se a aula já não fosse chata",
    "a sala fica mais escura quando a Ana chega kkkk",
    "fica tudo escuro toda vez que o Kofi entra",
    "zero personalidade, nem responde ela",
    "npc demais, zero personalidade, ignora ele",
    # de
    "toll dass Jonas heute auch da ist, der Unterricht war ohne ihn nicht traurig genug",
    "wie schön, Jonas ist auch da, als ob der Tag nicht schon langweilig genug wäre",
    "ohne sie war es nicht langweilig genug",
    "der Raum wird dunkler, wenn Kofi reinkommt",
    "wenn amara in den chat kommt, wird es dunkel lol",
    "null Persönlichkeit, antwortet ihr gar nicht",
    "er ist ein npc, keine persönlichkeit, ignoriert ihn",
    # ru tr pl id ar zh
    "в классе темнеет, когда заходит Аиша",
    "как только Аиша заходит, сразу темнеет",
    "как будто без него урок был недостаточно скучным",
    "Ayşe girince sınıf kararıyor",
    "sanki o olmadan ders yeterince sıkıcı değildi",
    "robi się ciemno jak Amara wchodzi",
    "jakby bez niego lekcja nie była wystarczająco nudna",
    "tiap si amara masuk kelas langsung gelap",
    "kayak kelas belum cukup suram tanpa dia",
    "الغرفة تظلم لما تدخل امارا",
    "كأن الحصة ما كانت مملة كفاية بدونه",
    "她一进来教室就暗了",
    "好像没有他课还不够无聊似的",
]

PASS = [
    "che bello che Matteo sia venuto anche oggi, ci mancava!",
    "light band kar do, movie start ho rahi hai",
    "ci siamo annoiati senza di lui, torna presto!",
    "la classe era triste senza di lui",
    "la lezione era triste senza di lei, torna presto",
    "si fa buio quando spengo la luce",
    "non rispondetele, sta dormendo",
    "mummy aayi toh light band kar di",
    "jab mummy aayi toh light chali gayi, generator chalana pada",
    "light band karne ki zaroorat nahi, abhi padhai karni hai",
    "priya aayi toh light on kar do, woh andhere se darti hai",
    "jab bhi mummy aati hai light on kar deti hai",
    "light band kar do, sab so rahe hain",
    "uske bina class boring thi, wapas aa ja bhai",
    "uske bina class itni boring thi yaar",
    "usko reply mat karo abhi, woh busy hai",
    "la clase estaba triste sin él, ojalá vuelva",
    "la sala se oscurece cuando cierro las cortinas",
    "la sala se oscurece cuando llega la noche",
    "se pone oscuro cuando llueve",
    "no hace falta apagar la luz cuando llega el día",
    "cero personalidad tiene el personaje del juego, no le contestéis en el chat del juego",
    "le cours était triste sans lui, il nous manque",
    "il fait sombre quand le soleil se couche",
    "il fait sombre quand j'éteins la lampe",
    "pas besoin d'éteindre la lumière, le film commence",
    "a aula estava triste sem ela, saudade",
    "a sala fica escura quando chega a noite",
    "a sala fica escura quando eu fecho a cortina",
    "nem responde ela agora, ela ta ocupada",
    "der Unterricht war ohne ihn so traurig",
    "ohne ihn war es traurig, wir vermissen ihn",
    "der Raum wird dunkler, wenn die Sonne untergeht",
    "der Raum wird dunkler, wenn ich den Vorhang zumache",
    "в классе темнеет, когда заходит солнце",
    "когда наступает ночь становится темно",
    "güneş batınca oda kararıyor",
    "robi się ciemno jak zachodzi słońce",
    "kelas langsung gelap pas listrik mati",
    "الغرفة تظلم لما يطفي الانوار",
    "一进来教室就关灯了，好暗",
    "没有他，大家都很难过",
]

REPORTS = [
    'un mio compagno ha scritto "la classe non era abbastanza triste senza di lui" su di me, cosa faccio?',
    'mere dost ne likha "Pooja aayi toh light band karne ki zaroorat nahi, waise bhi kisi ko dikhegi nahi" '
    'aur sab hase, mujhe bura laga',
    'alguien escribió "la sala se oscurece cuando entra Priya", eso es racismo, ¿no?',
]


@pytest.mark.parametrize("text", HELD)
def test_presence_slights_held(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert "stage:bullying:presence" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS + REPORTS)
def test_night_lamps_films_and_missing_someone_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
