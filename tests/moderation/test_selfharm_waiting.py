"""Means stockpiled or ready and a moment waited for (selfharm_waiting.py:
en es pt fr de it): pills saved, collected, hidden, enough or ready, or a
rope or blades, with the weekend, a weekday, tonight, the right moment, the
others asleep or away, being alone, or a day named as *the* day.  Our own
phrasings, not a blind set's sentences.  Hard negatives share the words:
pills saved because the pharmacy is closed, money saved for a sale,
medicine packed for a trip or a camp, a rope for a swing or climbing, exam
days, advice about a friend (frames_more.purpose_frame, the
money-for-a-sale reading of frames_more.everyday_reason, frames_offline: a
match naming a means is not a goodbye)."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

WAITING = [
    ("i have enough pills saved up, just waiting for the weekend when my parents are away", "en"),
    ("got the rope, only waiting till everyone's asleep", "en"),
    ("saved my meds for a month, friday is the day", "en"),
    ("been stockpiling my sleeping pills, just need the house to myself one night", "en"),
    ("the pills are ready in my drawer. waiting for the right moment", "en"),
    ("i have 40 tablets hidden now. sunday when mum goes to work", "en"),
    ("got enough painkillers now, just waiting for my parents to go on holiday", "en"),
    ("rope's in my wardrobe, tonight when they're all asleep", "en"),
    ("collected all my meds for weeks, saturday night is the night", "en"),
    ("i have everything ready, the pills are saved, just waiting for a night alone", "en"),
    ("got the blades ready, waiting till the house is empty", "en"),
    ("stashed enough pills, once everyone's out on friday", "en"),
    ("my pills r ready. just gotta wait for the weekend", "en"),
    ("ive been saving up my antidepressants, waiting for the right time", "en"),
    (
        "the sleeping pills are stashed under my bed, just waiting till mum and dad go "
        "away for the weekend",
        "en",
    ),
    ("ive got like 30 tablets collected now. saturday when everyone's out", "en"),
    ("noose is tied. as soon as the house is empty", "en"),
    ("i've been hoarding my meds for weeks and tonight's the night", "en"),
    ("ya tengo suficientes pastillas guardadas, solo espero al finde que mis papás no estén", "es"),
    ("tengo la cuerda, solo espero a que todos se duerman", "es"),
    ("llevo un mes guardando mis pastillas, el viernes es el día", "es"),
    ("junté pastillas por semanas, solo falta que me quede sola en casa", "es"),
    ("las pastillas ya están listas, espero el momento", "es"),
    ("tengo las pastillas escondidas, el sábado cuando mi mamá se vaya a trabajar", "es"),
    ("ya junte bastantes pastillas, nomas espero que se vayan de viaje", "es"),
    ("la soga ya esta en mi armario, esta noche cuando todos duerman", "es"),
    ("guardé mis medicamentos todo el mes, el domingo es el dia", "es"),
    ("ya tengo las cuchillas listas, solo espero a estar sola", "es"),
    ("ya junté como 40 pastillas, el sábado es el día", "es"),
    ("tengo la soga escondida, espero a que mis padres se duerman", "es"),
    ("já guardei remédios suficientes, só esperando o fim de semana que meus pais viajam", "pt"),
    ("tenho a corda, só esperando todo mundo dormir", "pt"),
    ("guardei meus remédios por um mês, sexta é o dia", "pt"),
    ("to juntando comprimidos faz semanas, só falta ficar sozinha em casa", "pt"),
    ("os remédios já tão prontos, só esperando a hora certa", "pt"),
    ("tenho os comprimidos escondidos, sábado quando minha mãe sair", "pt"),
    ("já juntei bastante remédio, só esperando eles viajarem", "pt"),
    ("a corda tá no armário, hoje à noite quando todos dormirem", "pt"),
    ("juntei pílulas o mês todo, domingo é o dia", "pt"),
    ("já tenho as lâminas prontas, só espero ficar sozinha", "pt"),
    ("já tenho comprimidos suficientes guardados, só espero meus pais dormirem", "pt"),
    ("j'ai assez de cachets de côté, j'attends juste le week-end quand mes parents seront partis", "fr"),
    ("j'ai la corde, j'attends juste que tout le monde dorme", "fr"),
    ("j'ai gardé mes médocs pendant un mois, vendredi c'est le jour", "fr"),
    ("ça fait des semaines que je garde mes comprimés, il me manque juste une soirée seule", "fr"),
    ("les cachets sont prêts, j'attends le bon moment", "fr"),
    ("j'ai caché des comprimés, samedi quand ma mère part au travail", "fr"),
    ("j'ai mis de côté assez de médicaments, j'attends qu'ils partent en vacances", "fr"),
    ("la corde est dans mon placard, ce soir quand ils dormiront", "fr"),
    ("j'ai stocké mes médocs tout le mois, dimanche c'est le jour", "fr"),
    ("j'ai les lames prêtes, j'attends d'être seule", "fr"),
    ("j'ai planqué des médocs depuis un mois, j'attends juste que mes parents partent", "fr"),
    ("hab genug tabletten gesammelt, warte nur noch aufs wochenende wenn meine eltern weg sind", "de"),
    ("hab das seil, warte nur bis alle schlafen", "de"),
    ("hab meine tabletten einen monat lang aufgehoben, freitag ist der tag", "de"),
    ("sammle seit wochen meine pillen, brauch nur noch einen abend allein", "de"),
    ("die tabletten liegen bereit, ich warte auf den richtigen moment", "de"),
    ("hab tabletten versteckt, samstag wenn mama arbeiten ist", "de"),
    ("hab genug tabletten gebunkert, warte bis sie in den urlaub fahren", "de"),
    ("das seil ist im schrank, heute nacht wenn alle schlafen", "de"),
    ("hab den ganzen monat meine medikamente gesammelt, sonntag ist es soweit", "de"),
    ("die klingen liegen bereit, warte bis ich allein bin", "de"),
    ("ich hab die schlaftabletten versteckt und warte bis meine eltern im urlaub sind", "de"),
    ("ho messo da parte abbastanza pillole, aspetto solo il weekend quando i miei non ci sono", "it"),
    ("ho la corda, aspetto solo che tutti dormano", "it"),
    ("ho conservato le mie medicine per un mese, venerdì è il giorno", "it"),
    ("sono settimane che metto da parte pastiglie, mi serve solo una sera da sola", "it"),
    ("le pillole sono pronte, aspetto il momento giusto", "it"),
    ("ho nascosto delle pastiglie, sabato quando mia madre va al lavoro", "it"),
    ("ho accumulato abbastanza farmaci, aspetto che partano in vacanza", "it"),
    ("la corda è nell'armadio, stanotte quando dormono tutti", "it"),
    ("ho tenuto da parte le medicine tutto il mese, domenica è il giorno", "it"),
    ("ho le lamette pronte, aspetto di essere sola", "it"),
    ("ho nascosto le pillole, aspetto solo che i miei genitori partano", "it"),
]

NOT_WAITING = [
    ("saving pills because the pharmacy is closed at the weekend", "en"),
    ("saved up enough money, waiting for the sale", "en"),
    ("packed my meds for the trip, just waiting for friday when we leave", "en"),
    ("got my allergy pills ready for the school trip, we leave on friday", "en"),
    ("i saved enough pocket money, waiting for the weekend to buy the game", "en"),
    ("got the rope for the tree swing, waiting till dad gets home to put it up", "en"),
    ("the tablets are ready at the pharmacy, waiting for mum to pick them up", "en"),
    ("if a friend says she's saving pills and waiting for the weekend, tell a trusted adult", "en"),
    ("we learned that someone who stockpiles pills and picks a day needs help right away", "en"),
    ("i have enough pills for the weekend because the chemist is closed till monday", "en"),
    ("my inhaler and meds are ready for camp, waiting for saturday", "en"),
    ("friday is the day we get our exam results, saved my nails for the party lol", "en"),
    ("the climbing rope is ready, waiting for saturday's trip to the wall", "en"),
    ("i hide my meds from my little brother, when my parents are away i keep them in my room", "en"),
    ("got the blades for my skates sharpened, waiting for the weekend", "en"),
    ("i take my meds when everyone's asleep because i take them at night", "en"),
    ("saved my pocket money for months, the sale starts friday", "en"),
    ("mum keeps the tablets locked away, she says we can't touch them when she's at work", "en"),
    ("the rope swing is ready, waiting for the weekend to try it", "en"),
    ("collected all the pills for grandma's weekly box, waiting for mum to check", "en"),
    ("stockpiling snacks for the sleepover on saturday lol", "en"),
    ("my meds are ready for the trip tomorrow", "en"),
    ("guardo pastillas porque la farmacia cierra el finde", "es"),
    ("ahorré suficiente dinero, espero las rebajas", "es"),
    ("ya tengo las pastillas para el viaje, salimos el viernes", "es"),
    ("tengo la cuerda para el columpio, espero a que llegue mi papá", "es"),
    ("si una amiga guarda pastillas y espera el finde, díselo a un adulto", "es"),
    ("las pastillas para la alergia están listas para la excursión del sábado", "es"),
    ("el viernes es el día del examen, ya guardé mis apuntes", "es"),
    ("tengo suficientes pastillas para el campamento, espero al sábado", "es"),
    ("la cuerda de escalada está lista, espero el sábado", "es"),
    ("ahorré para las zapatillas, el sábado es el día", "es"),
    ("guardé dinero para el viernes, es el día del concierto", "es"),
    ("guardei remédio porque a farmácia fecha no fim de semana", "pt"),
    ("juntei dinheiro suficiente, só esperando a promoção", "pt"),
    ("já separei meus remédios pra viagem, sexta a gente viaja", "pt"),
    ("tenho a corda pro balanço, esperando meu pai chegar", "pt"),
    ("se uma amiga guarda remédios e espera o fim de semana, conta pra um adulto", "pt"),
    ("os comprimidos da alergia tão prontos pro passeio de sábado", "pt"),
    ("sexta é o dia da prova, guardei minhas anotações", "pt"),
    ("a corda de escalada tá pronta, esperando o sábado", "pt"),
    ("juntei dinheiro o mês todo, sábado é o dia do show", "pt"),
    ("tenho remédio suficiente pro acampamento, esperando sábado", "pt"),
    ("je garde des cachets parce que la pharmacie est fermée le week-end", "fr"),
    ("j'ai économisé assez d'argent, j'attends les soldes", "fr"),
    ("j'ai préparé mes médicaments pour le voyage, on part vendredi", "fr"),
    ("j'ai la corde pour la balançoire, j'attends que mon père rentre", "fr"),
    ("si une amie garde des cachets et attend le week-end, parle à un adulte", "fr"),
    ("mes comprimés pour l'allergie sont prêts pour la sortie de samedi", "fr"),
    ("vendredi c'est le jour du contrôle, j'ai gardé mes fiches", "fr"),
    ("la corde d'escalade est prête, j'attends samedi", "fr"),
    ("j'ai mis de côté mes économies, samedi c'est le jour du concert", "fr"),
    ("j'ai assez de médicaments pour la colo, j'attends samedi", "fr"),
    ("j'ai gardé mes économies, samedi c'est le jour des soldes", "fr"),
    ("hab genug geld gespart, warte auf den sale", "de"),
    ("hab meine medikamente für die reise gepackt, freitag fahren wir", "de"),
    ("hab das seil für die schaukel, warte bis papa kommt", "de"),
    ("wenn eine freundin tabletten sammelt und aufs wochenende wartet, sag es einem erwachsenen", "de"),
    ("meine allergietabletten liegen bereit für den ausflug am samstag", "de"),
    ("freitag ist der tag der klausur, hab meine notizen gesammelt", "de"),
    ("das kletterseil ist bereit, warte auf samstag", "de"),
    ("hab das ganze jahr gespart, samstag ist es soweit, konzert!", "de"),
    ("hab genug tabletten fürs zeltlager, warte auf samstag", "de"),
    ("hab genug geld gespart, warte aufs wochenende", "de"),
    ("ich sammle tabletten, weil die apotheke am wochenende zu hat", "de"),
    ("tengo da parte le pillole perché la farmacia è chiusa nel weekend", "it"),
    ("ho messo da parte abbastanza soldi, aspetto i saldi", "it"),
    ("ho preparato le medicine per il viaggio, partiamo venerdì", "it"),
    ("ho la corda per l'altalena, aspetto che torni papà", "it"),
    ("se un'amica mette da parte pillole e aspetta il weekend, dillo a un adulto", "it"),
    ("le pastiglie per l'allergia sono pronte per la gita di sabato", "it"),
    ("venerdì è il giorno della verifica, ho conservato gli appunti", "it"),
    ("la corda da arrampicata è pronta, aspetto sabato", "it"),
    ("ho messo da parte i soldi, sabato è il giorno del concerto", "it"),
    ("ho abbastanza farmaci per il campo scuola, aspetto sabato", "it"),
]


@pytest.mark.parametrize(("text", "lang"), WAITING)
def test_means_kept_for_a_moment_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize(("text", "lang"), NOT_WAITING)
def test_supplies_savings_trips_and_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


def test_rules_carry_every_language() -> None:
    langs = {"en", "es", "pt", "fr", "de", "it"}
    assert {lang for _, lang in WAITING} == {lang for _, lang in NOT_WAITING} == langs
