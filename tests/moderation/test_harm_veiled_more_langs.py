"""Veiled threats of harm_veiled_more_langs.py (es fr pt de it): telling
again with a consequence, the routine known then "you'll see", a sibling
warned with a wink, "you won't be laughing on monday" with someone coming,
"this time don't bring your mum", "wait till everyone sees the pics", "don't
come to school on friday, trust me".

Hard negatives: a training day or a strike, a test, a reason (a closed
bridge, ice), advice to tell again, a plan, praise of the pictures, a lock,
reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    'sigue chivándote a los profes y verás lo que le pasa a tu patinete',
    'vuelve a decírselo a la profe y a ver si tu bici llega entera a casa',
    'si te vuelves a quejar al director, a ver cómo llegas mañana al cole',
    'díselo otra vez a la profe y verás lo que te pasa a la salida',
    'sé que vuelves sola a casa por el parque a las 4. mañana verás',
    'dile a tu hermano pequeño que tenga cuidado a la salida del cole. solo digo',
    'bonita bici tienes, sería una pena que le pasara algo',
    'el lunes no te vas a reír tanto. mi hermano y yo estaremos en la parada 🔪',
    'detrás del gimnasio a la salida. esta vez no traigas a tu mamá',
    'espera al lunes cuando todos vean las fotos. ya verás',
    'el viernes no vengas al cole. créeme, va a pasar algo',
    'continue à balancer aux profs et tu verras ce qui arrive à ta trottinette',
    'redis-le à la prof et on verra si ton vélo rentre entier',
    'si tu te plains encore au directeur, on verra comment tu rentres chez toi',
    'je sais que tu rentres seule par le parc à 16h. demain tu verras',
    "dis à ton petit frère de faire attention après l'école. je dis ça je dis rien",
    "joli scooter, ce serait dommage qu'il lui arrive quelque chose la nuit",
    "tu rigoleras moins lundi. mon frère et moi on sera à l'arrêt de bus 🔪",
    'derrière le gymnase après les cours. ramène pas ta mère cette fois',
    'attends lundi quand tout le monde verra les photos. tu verras',
    'viens pas au collège vendredi. crois-moi, il va se passer quelque chose',
    'continua dedurando pros professores e vê o que acontece com a tua bicicleta',
    'conta de novo pra professora e vamos ver se a tua bike chega inteira em casa',
    'se reclamar de novo pro diretor, quero ver como você chega na escola amanhã',
    'eu sei que você volta sozinha pelo parque às 4. amanhã você vai ver',
    'fala pro teu irmãozinho tomar cuidado depois da aula. só tô falando',
    'bela bicicleta, seria uma pena se acontecesse alguma coisa com ela',
    'segunda você não vai rir mais. eu e meu irmão vamos estar no ponto 🔪',
    'atrás da quadra depois da aula. dessa vez não traz a tua mãe',
    'espera até segunda quando todo mundo ver as fotos. você vai ver',
    'não vem pra escola sexta. confia, vai acontecer alguma coisa',
    'petz weiter bei den lehrern und schau was mit deinem roller passiert',
    'sag es nochmal der lehrerin und wir werden sehen ob dein fahrrad heil nach hause kommt',
    'beschwer dich noch einmal beim direktor und pass gut auf dein handy auf',
    'ich weiß dass du um 4 allein durch den park nach hause gehst. morgen wirst du sehen',
    'sag deinem kleinen bruder er soll nach der schule aufpassen. ich sag ja nur',
    'schönen schuppen habt ihr. wäre schade wenn nachts was damit passiert',
    'am montag lachst du nicht mehr. mein bruder und ich warten an der bushaltestelle 🔪',
    'hinter der turnhalle nach der schule. bring diesmal nicht deine mama mit',
    'warte bis montag wenn alle die bilder sehen. du wirst sehen',
    'komm freitag nicht in die schule. vertrau mir, da passiert was',
    'continua a fare la spia coi prof e vedi cosa succede al tuo motorino',
    'dillo di nuovo alla prof e vediamo se la tua bici arriva intera a casa',
    'se ti lamenti ancora col preside vediamo come arrivi a scuola domani',
    'so che torni a casa da sola nel parco alle 4. domani vedrai',
    "di' al tuo fratellino di stare attento dopo scuola. dico solo",
    'bel motorino, sarebbe un peccato se gli succedesse qualcosa di notte',
    'lunedì non riderai più. io e mio fratello saremo alla fermata 🔪',
    'dietro la palestra dopo scuola. stavolta non portare la mamma',
    'aspetta lunedì quando tutti vedranno le foto. vedrai',
    'venerdì non venire a scuola. fidati, succederà qualcosa',
    "viens pas à l'école vendredi, crois-moi",
    'ne va pas en cours lundi, il va se passer quelque chose',
    'não vai pra aula amanhã, confia',
    'so quando esci da scuola. domani vedrai',
    'sé por dónde vas a casa. mañana verás',
    # chat messages shown in review and phrasings of the same classes
    'dile a tu hermanita que tenga cuidado al volver del cole. ya verás',
    'dile a tu primo que no vuelva solo esta noche. ya verás',
    'schöne garage habt ihr. wär doch schade wenn da nachts was passiert. du wirst schon sehen',
    'cooles auto habt ihr. wär schade wenn damit nachts was passiert',
    'schöner garten habt ihr. wäre doch schade, wenn da was passiert. du wirst schon sehen',
    'sag deiner kleinen schwester, sie soll nach der schule aufpassen. du wirst schon sehen',
    'petz nochmal bei der lehrerin und du wirst schon sehen, was passiert',
    'raconte-le encore à la prof et tu verras ce qui va se passer',
]

PASS = [
    'no vengas al cole el viernes, es día de formación de profes',
    'el lunes no te vas a reír cuando veas el examen de mates 😂',
    'dile a tu hermana que hay un camino mejor, el puente está cerrado',
    'mira lo que le pasa a tu bici si la dejas sin candado jaja, la robaron la semana pasada',
    'si te siguen molestando, díselo otra vez a la profe y a ver qué pasa',
    'sé que vuelves a casa por el parque, mañana vamos juntas',
    'dile a tu hermano que tenga cuidado, hay hielo en la calle',
    'espera al lunes cuando todos vean las fotos del viaje, son preciosas',
    'detrás del gimnasio a la salida, esta vez no traigas a tu mamá que da vergüenza jaja',
    'mi amiga me dijo "ya verás" después de que la denuncié y me asusté',
    "viens pas vendredi, c'est une journée pédagogique",
    'tu rigoleras moins lundi quand tu verras le contrôle de maths 😂',
    "dis à ta sœur qu'il y a un meilleur chemin, le pont est fermé",
    "s'ils continuent, redis-le à la prof et on verra ce qu'elle fait",
    'je sais que tu rentres à 16h, demain on rentre ensemble',
    'attends lundi quand tout le monde verra les photos du voyage, elles sont trop belles',
    'não vem pra escola sexta, é dia de formação dos professores',
    'segunda você não vai rir quando ver a prova de matemática 😂',
    'fala pra tua irmã que tem um caminho melhor, a ponte tá fechada',
    'conta de novo pra professora e vamos ver o que ela faz',
    'bela bicicleta, seria uma pena se acontecesse alguma coisa com ela, compra um cadeado',
    'espera até segunda quando todo mundo ver as fotos da viagem, ficaram lindas',
    'komm freitag nicht in die schule, da ist lehrerfortbildung',
    'am montag lachst du nicht mehr, wenn du die mathearbeit siehst 😂',
    'sag deiner schwester, es gibt einen besseren weg, die brücke ist gesperrt',
    'sag es nochmal der lehrerin und wir werden sehen was sie macht',
    'schönes fahrrad, wäre schade wenn was damit passiert, kauf dir ein schloss',
    'warte bis montag wenn alle die bilder von der klassenfahrt sehen, die sind so schön',
    "venerdì non venire a scuola, c'è sciopero",
    'lunedì non riderai più quando vedrai la verifica di mate 😂',
    "di' a tua sorella che c'è una strada migliore, il ponte è chiuso",
    'dillo di nuovo alla prof e vediamo cosa fa',
    'aspetta lunedì quando tutti vedranno le foto della gita, sono bellissime',
    'sigue contándoselo a la profe, verás como al final te ayuda',
    'dile a tu madre otra vez y a ver qué dice',
    'cuida tu bici, que en el cole roban mucho',
    'sé a qué hora sales, mañana te espero y vamos juntas al cine',
    'el lunes no te vas a reír tanto, la peli es muy triste',
    'esta vez no traigas a tu mamá a la fiesta, que da vergüenza jaja',
    'no vengas al cole mañana si tienes fiebre, créeme',
    "redis-le à ta mère, on verra ce qu'elle en pense",
    'je sais que tu rentres seule, demain on rentre ensemble avec ma mère',
    'dis à ta sœur de faire attention, il y a du verglas',
    'tu rigoleras moins quand tu verras le film, il est trop triste',
    "ne ramène pas ta mère cette fois, c'est une fête entre amis",
    'attends lundi que tout le monde voie les photos du voyage, elles sont magnifiques',
    'continua contando pra professora, você vai ver que ela te ajuda',
    'eu sei que você volta a pé, amanhã vamos juntas',
    'fala pra tua irmã tomar cuidado, tá chovendo muito',
    'dessa vez não traz a tua mãe na festa, que mico',
    'não vem pra escola amanhã, tem greve, confia',
    'erzähl es nochmal deiner mutter, mal sehen was sie sagt',
    'ich weiß dass du allein nach hause gehst, morgen gehen wir zusammen',
    'sag deiner schwester sie soll aufpassen, es ist glatt draußen',
    'warte bis montag wenn alle die bilder von der klassenfahrt sehen, du wirst sehen wie toll die sind',
    'komm morgen nicht in die schule, du bist krank, vertrau mir',
    'dillo di nuovo a tua madre e vediamo cosa dice',
    'so che torni da sola, domani torniamo insieme',
    "di' a tua sorella di stare attenta, c'è ghiaccio sulla strada",
    'stavolta non portare la mamma alla festa, che imbarazzo',
    'non venire a scuola domani se hai la febbre, fidati',
    # look-alikes of the classes above
    'dile a tu hermanito que tenga cuidado al salir, hay hielo',
    'dile a tu hermana que tenga cuidado porque la calle está cerrada. ya verás que tardáis menos por el parque',
    'schöne garage habt ihr. wär doch schade wenn da nachts was passiert, kauft euch ein schloss',
    'schöne garage! wär doch schade wenn du umziehst',
    'sag deiner schwester, sie soll aufpassen, weil es glatt ist. du wirst schon sehen',
    # a surprise after the warning, a pity with no place or time
    'dile a tu madre que se quede en casa el sábado, es una sorpresa. ya verás',
    'schönes kleid! wäre schade, wenn was passiert',
]

REPORTS = [
    'un chico me escribió "sigue chivándote y verás lo que le pasa a tu patinete" y se lo conté a mi madre',
    'il m\'a écrit "tu rigoleras moins lundi, mon frère et moi on sera à l\'arrêt" et je l\'ai dit à la CPE',
    'er hat geschrieben "am montag lachst du nicht mehr, mein bruder und ich '
    'warten an der bushaltestelle" und ich hab es gemeldet',
]


@pytest.mark.parametrize("text", HELD)
def test_veiled_threats_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_look_alikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
