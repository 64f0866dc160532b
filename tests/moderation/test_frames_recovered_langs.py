"""Recovered pasts in the wordings the older recovery frames missed
(frames_recovered_langs.py): a past, then help that worked or being well
now, in 13 languages.  A relapse, a present-tense disclosure, a past that
goes on, a help that did not work and a wish to start again stay held.
Written from the class described, not from any data set."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, self_harm_held

RECOVERED = [
    ("el año pasado me autolesionaba pero hablé con la psicóloga del cole y ya estoy mejor", "es"),
    ("hace un año me cortaba los brazos pero con ayuda de mi psicóloga lo superé", "es"),
    ("me cortaba en secundaria pero pedí ayuda y ya estoy bien", "es"),
    ("früher hab ich mich geritzt aber seit der Therapie geht es mir viel besser", "de"),
    ("letztes jahr hab ich mich geritzt, aber ich hab mit der vertrauenslehrerin geredet und jetzt "
     "gehts mir besser", "de"),
    ("früher habe ich mich selbst verletzt, aber die Schulsozialarbeiterin hat mir geholfen und jetzt "
     "geht's mir gut", "de"),
    ("früher habe ich mich selbst verletzt, die therapie hat mir sehr geholfen und mir geht es jetzt gut",
     "de"),
    ("als ich 14 war hab ich mich geritzt aber meine mama hat mir hilfe geholt, heute geht's mir gut", "de"),
    ("以前我会伤害自己,后来跟心理老师聊了,现在好多了", "zh"),
    ("我以前自残过,后来跟妈妈说了,现在已经好了", "zh"),
    ("以前我经常伤害自己,心理老师帮了我很多,现在没事了", "zh"),
    ("初中的时候我自残过,现在已经不做了", "zh"),
    ("去年我经常自残,后来告诉了妈妈,去看了医生,现在已经不这样了", "zh"),
    ("в прошлом году я резала себя, но поговорила со школьным психологом и теперь мне намного лучше", "ru"),
    ("l'an dernier je me faisais du mal mais j'en ai parlé à ma prof et ça va mieux maintenant", "fr"),
    ("je me scarifiais au collège mais j'ai demandé de l'aide et maintenant ça va", "fr"),
    ("quando avevo 14 anni mi tagliavo ma ne ho parlato con mia madre e ora sto bene", "it"),
    ("prima mi tagliavo, poi ho iniziato terapia e ora va tutto bene", "it"),
    ("tahun lalu aku suka nyakitin diri sendiri tapi aku cerita ke guru BK dan sekarang udah jauh "
     "lebih baik", "id"),
    ("tahun lalu aku sering nyakitin diri sendiri tapi sekarang aku udah gak gitu lagi", "id"),
]
# already passing through the older frames or no rule: kept passing
STILL_PASSING = [
    ("l'année dernière je me scarifiais mais j'en ai parlé à l'infirmière scolaire et maintenant ça va "
     "beaucoup mieux", "fr"),
    ("ano passado eu me cortava mas conversei com a psicóloga da escola e agora estou bem melhor", "pt"),
    ("eu me machucava antes, mas a terapia me ajudou muito e hoje tô bem", "pt"),
    ("l'anno scorso mi tagliavo ma ho parlato con la psicologa della scuola e adesso sto molto meglio", "it"),
    ("раньше я себя резал, но мама отвела меня к психологу, и сейчас всё хорошо", "ru"),
    ("كنت أجرح نفسي السنة الماضية بس تكلمت مع المرشدة بالمدرسة والحين أنا أحسن بكثير", "ar"),
    ("geçen yıl kendimi kesiyordum ama okul psikoloğuyla konuştum ve şimdi çok daha iyiyim", "tr"),
    ("w zeszłym roku się cięłam ale pogadałam z psycholożką w szkole i teraz jest dużo lepiej", "pl"),
    ("pichle saal main khud ko hurt karti thi par school counsellor se baat ki aur ab main bahut better "
     "hoon", "hi"),
    ("पिछले साल मैं खुद को चोट पहुँचाती थी लेकिन काउंसलर से बात की और अब मैं बहुत बेहतर हूँ", "hi"),
    ("last year i used to self harm but i talked to the school counsellor and now im doing so much better",
     "en"),
]
# held by the rules
STILL_HELD = [
    ("me autolesiono", "es"),
    ("me autolesiono cada noche", "es"),
    ("früher hab ich mich geritzt und jetzt will ich wieder", "de"),
    ("el año pasado me autolesionaba y ahora otra vez", "es"),
    ("el año pasado me autolesionaba y ahora quiero volver a hacerlo", "es"),
    ("el año pasado me autolesionaba pero hablé con la psicóloga y no estoy mejor", "es"),
    ("antes me cortaba, hablé con mi madre pero no sirvió de nada y sigo haciéndolo", "es"),
    ("antes me cortaba y ya estoy harta de todo", "es"),
    ("me cortaba antes pero ya estoy bien... mentira, todavía lo hago", "es"),
    ("je me scarifiais avant et hier soir j'ai recommencé", "fr"),
    ("je me scarifiais avant, j'ai vu une psy mais ça va pas mieux", "fr"),
    ("avant je me coupais, maintenant ça va mieux mais j'ai envie de recommencer", "fr"),
    ("früher hab ich mich geritzt, die therapie hat nicht geholfen, ich mach es immer noch", "de"),
    ("früher hab ich mich geritzt und seit der therapie ist alles schlimmer", "de"),
    ("letztes jahr hab ich mich geritzt, mir geht es jetzt gut aber gestern hab ich es wieder getan", "de"),
    ("以前我会伤害自己,昨天又割了", "zh"),
    ("我以前会伤害自己,现在好多了,但是昨晚又割了", "zh"),
    ("раньше я себя резала, и вчера снова порезалась", "ru"),
    ("раньше я резала себя, сейчас мне лучше, но вчера опять сорвалась", "ru"),
    ("l'anno scorso mi tagliavo e ieri l'ho rifatto", "it"),
    ("l'anno scorso mi tagliavo, ora sto meglio ma ieri ci sono ricaduta", "it"),
    ("ano passado eu me cortava e ontem fiz de novo", "pt"),
    ("eu me cortava, hoje tô bem melhor mas ainda penso nisso todo dia", "pt"),
    ("dulu aku nyakitin diri sendiri dan semalam aku ngelakuin lagi", "id"),
    ("tahun lalu aku suka nyakitin diri sendiri, sekarang udah lebih baik tapi kemarin kambuh", "id"),
    ("pehle main khud ko hurt karti thi aur kal raat phir se kiya", "hi"),
    ("كنت أجرح نفسي وامبارح رجعت", "ar"),
    ("i used to self harm, i talked to the counsellor but now im cutting again", "en"),
    # got over it, no help named (as in English, `test_selfharm_past_injury.py`)
    ("el año pasado me autolesionaba pero lo superé", "es"),
    ("je me scarifiais au collège mais je m'en suis sortie", "fr"),
]
# "i used to cut, and last night i did it again" is a rule's now
# (selfharm_injury_parts.py); "i stopped but i want to start again", with no
# word for what, is the learned scorer's (test_selfharm_model.py)


@pytest.mark.parametrize(("text", "lang"), RECOVERED + STILL_PASSING)
def test_recovered_past_passes_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    allowed(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), RECOVERED + STILL_PASSING)
def test_recovered_past_passes_pipeline(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), RECOVERED)
def test_recovered_reason_names_the_frame(rules_pipe: Pipeline, text: str, lang: str) -> None:
    v = rules_pipe.check(text, lang=lang)
    assert any(r.startswith("frame:recovered:") for r in v.reasons), (text, v.reasons)


@pytest.mark.parametrize(("text", "lang"), STILL_HELD)
def test_relapse_present_or_unrecovered_stays_held(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text, lang=lang)

