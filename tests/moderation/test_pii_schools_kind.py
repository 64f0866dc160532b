"""School names with the kind of school before the name, said by a child who attends it
(pii_schools_kind.py): "I go to 2B at Istituto Comprensivo Via Rossetti", "voy al ies
miguel hernandez", "ich gehe auf die Gesamtschule Nord", "uczę się w Szkole Podstawowej
nr 3 im. Jana Pawła II", "aku sekolah di SD Negeri Menteng 01".

Hard negatives: the kinds as topics ("the istituto comprensivo system"), no name ("ich
gehe auf die Gesamtschule"), a time, a place or a reason after the kind ("vicino a
casa", "por la mañana", "à pied"), a school named with no attendance cue.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline

SCHOOLS = [
    ("I go to 2B at Istituto Comprensivo Via Rossetti", "Rossetti"),
    ("i'm in 2B at istituto comprensivo via rossetti", "rossetti"),
    ("vado in 2B all'Istituto Comprensivo Via Rossetti", "Rossetti"),
    ("frequento l'istituto comprensivo via rossetti", "rossetti"),
    ("faccio la terza media all'Istituto Comprensivo Leonardo da Vinci", "Leonardo"),
    ("sono in prima all'istituto tecnico enrico fermi", "fermi"),
    ("voy al ies miguel hernandez", "hernandez"),
    ("estoy en 1º de la ESO en el IES Miguel Hernández", "Hernández"),
    ("voy al colegio público calle mayor", "mayor"),
    ("estudo no colégio estadual rua das flores", "flores"),
    ("je vais à l'école élémentaire rue des Lilas", "Lilas"),
    ("ich gehe auf die Gesamtschule Nord", "Nord"),
    ("ich geh auf die gesamtschule nord", "nord"),
    ("ich bin in der 7b der Gesamtschule Nord", "Nord"),
    ("ich gehe auf die Realschule am Stadtpark", "Stadtpark"),
    ("ich bin auf der Grundschule Lindenstraße", "Lindenstraße"),
    ("ich gehe in die 6. Klasse der Oberschule Mitte", "Mitte"),
    ("I go to Gesamtschule Nord", "Nord"),
    ("uczę się w Szkole Podstawowej nr 3 im. Jana Pawła II", "Jana"),
    ("chodzę do szkoły podstawowej nr 12 im. Marii Konopnickiej", "Konopnickiej"),
    ("aku sekolah di SD Negeri Menteng 01", "Menteng"),
]
NOT_SCHOOLS = [
    "the istituto comprensivo system groups primary and middle school",
    "in Spain an IES is a public secondary school",
    "ich gehe auf die Gesamtschule",
    "ich gehe nächstes Jahr auf die Gesamtschule",
    "ich gehe auf die Realschule und nicht aufs Gymnasium",
    "vado all'istituto comprensivo vicino a casa",
    "frequento l'istituto tecnico perché mi piace informatica",
    "vado a scuola domani",
    "voy al ies por la mañana",
    "voy al instituto en bus",
    "estudo na escola estadual desde pequena",
    "je vais à l'école élémentaire à pied",
    "chodzę do szkoły podstawowej",
    "the Istituto Comprensivo Via Rossetti had a strike today",
    "the Gesamtschule Nord team won the football match",
    "my cousin wants to go to a Gesamtschule because it is closer",
    "the gymnasium in our town is closed for repairs",
    "sono stanca della scuola media",
    "estoy harta del colegio público",
    "I'm in 2B and I hate school",
    "the IES in my town has a pool",
    "studio per la verifica di scienze alla scuola media",
    "je suis en 5e et le collège c'est dur",
    "ich bin auf der Grundschule gewesen, jetzt Realschule",
]


@pytest.mark.parametrize(("text", "secret"), SCHOOLS)
def test_school_with_kind_first_is_redacted(rules_pipe: Pipeline, text: str, secret: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.REDACT and "pii:school" in v.reasons, (text, v.action, v.reasons)
    assert secret not in v.text, (text, v.text)


@pytest.mark.parametrize("text", NOT_SCHOOLS)
def test_schools_in_general_are_not_redacted(rules_pipe: Pipeline, text: str) -> None:
    v = rules_pipe.check(text)
    assert "pii:school" not in v.reasons, (text, v.text, v.reasons)
