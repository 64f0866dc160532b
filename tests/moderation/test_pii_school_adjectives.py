"""A school named by an article, a possessive or an adjective is no school name
(pii_patterns.py `_SCHOOL_STOP_LANGS`, `_SCHOOL_ADJ`; pii_script_patterns.py
`_ROMAN_SCHOOL_GENERIC`): "il primo giorno in una scuola nuova", "in questa
scuola", "ich war in der grundschule", "voy a la Escuela Nueva", "main ek bade
school mein padhti hu" are shown as written, in the 13 languages; a real name
after the same words is still redacted ("vado in una scuola Manzoni", "Escuela
Nueva Esperanza", "I go to La Salle College")."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import clean

NOT_A_NAME = [
    ("siete mai stati in ansia prima del primo giorno in una scuola nuova?", "it"),
    ("vado in una scuola nuova da settembre", "it"),
    ("domani inizio in una nuova scuola", "it"),
    ("sono in una nuova scuola superiore", "it"),
    ("in questa scuola nessuno mi parla", "it"),
    ("in quella scuola non ci torno", "it"),
    ("studio in un liceo nuovo", "it"),
    ("studio in un grande liceo", "it"),
    ("domani è il mio ultimo giorno in questa scuola perché ci trasferiamo", "it"),
    ("ich war in der grundschule schüchtern", "de"),
    ("in der neuen grundschule ist es cool", "de"),
    ("ich bin in einem neuen Gymnasium", "de"),
    ("ich komme auf eine neue Schule", "de"),
    ("ich gehe aufs Gymnasium Neu", "de"),
    ("mañana empiezo en una escuela nueva", "es"),
    ("voy a la Escuela Nueva", "es"),
    ("estoy en un colegio nuevo", "es"),
    ("estudo numa escola Nova", "pt"),
    ("vou para uma escola nova no ano que vem", "pt"),
    ("je vais dans une nouvelle école à la rentrée", "fr"),
    ("je vais à l'école Nouvelle", "fr"),
    ("je rentre au lycée Général", "fr"),
    ("i'm starting at a new school next week", "en"),
    ("i was so nervous in my new school", "en"),
    ("idę do nowej szkoły we wrześniu", "pl"),
    ("yeni okula başlıyorum", "tr"),
    ("я иду в новую школу в сентябре", "ru"),
    ("hari pertama di sekolah baru deg degan", "id"),
    ("main ek bade school mein padhti hu", "hi"),
    ("mera naya school bahut bada hai", "hi"),
    ("मैं नए स्कूल में जा रही हूँ", "hi"),
    ("بكرة أول يوم لي في مدرسة جديدة", "ar"),
    ("我下学期要去一所新学校，好紧张", "zh"),
]
NAMED = [
    ("vado in una scuola Manzoni", "Manzoni"),
    ("vado alla scuola Manzoni", "Manzoni"),
    ("voy a la Escuela Nueva Esperanza", "Esperanza"),
    ("frequento la scuola Nuova Europa", "Europa"),
    ("je suis au lycée Général Leclerc", "Leclerc"),
    ("voy al Colegio San José", "José"),
    ("I go to La Salle College", "Salle"),
    ("i go to St Mary's school", "Mary"),
    ("je suis au lycée Victor Hugo", "Hugo"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_A_NAME)
def test_a_school_named_by_an_article_or_adjective_is_shown(
    pipe: Pipeline, text: str, lang: str
) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_real_name_after_the_same_words_is_redacted(pipe: Pipeline, text: str, name: str) -> None:
    v = pipe.check(text)
    assert "pii:school" in v.reasons and name not in v.text, (text, v.text, v.reasons)
