"""Arabic grooming in dialect spellings and Arabizi (packs/ar/grooming_dialects.py):
photo requests ("ib3atili sora", "ترسلين لي صورة", "sifti liya tswira"), secrecy
from the family ("ma t2ouli la ahlik", "matgoulich l7ta wa7ed", "لا تقولين لأحد")
and a gift with a picture or a compliment ("ba3tlek hdiye bas ib3atili sora").

Hard negatives: a picture of homework, a surprise party kept from mum, a birthday
present, compliments on a drawing, lessons and reports about grooming.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    'inti 7elwa ktir, ib3atili sora w ma t2ouli la ahlik, ana bjiblik hdiye',
    'ib3atli soura',
    'ib3atily sora',
    'ترسلين لي صورة',
    'ابعتيلي صورة وما تقولي لأهلك',
    'متقوليش لمامتك',
    'ma t2ouli la 7ada',
    'w ma t2ouli la ahlik',
    'ba3tlek hdiye bas ib3atili sora',
    'enti 7elwa awi, ib3atily sora w hagiblek hedeya',
    'ya 2amar ib3atili soura la 2elik',
    'ib3atli sortik halla2 w ma t2ouli la mamtik',
    'nti zwina bzaf, sifti liya tswira w matgoli l7ta wa7ed',
    'sifti lia tsawer dyalek w ma tgoulich l mamak',
    'ghadi nchri lik cadeau ila sifti liya tswira',
    'نتي زوينة بزاف، صيفطي ليا تصويرة وماتقوليش لماماك',
    'سيفطيلي صورتك ومتقوليش لحد',
    'انتي وايد حلوة، ترسلين لي صورة؟',
    'ترسلين لي صورتك ولا تعلمين أهلك',
    'لا تقولين لأحد عن كلامنا',
    'هجيبلك هدية حلوة بس ابعتيلي صورة',
    'انتي قمر، بجيب لك هدية',
    'inti 2amar, bjiblik hdiye',
    'tarsleen li sora? w la tgoolin l ahlich',
]

PASS = [
    'ib3atli sora lal wajib',
    'ib3atili sora el wajib please',
    'ib3atli soura mn el daftar',
    'ابعتيلي صورة الواجب',
    'ترسلين لي صورة الواجب؟',
    'صيفطي ليا تصويرة ديال الدرس',
    "sifti liya tswira dyal l'cahier",
    "don't tell mum about the surprise party",
    'متقوليش لماما عن الحفلة المفاجأة',
    'ما تقولي لماما عن حفلة المفاجأة',
    'ma t2ouli la mama 3an el 7afle el mfaje2a',
    'لا تقولين لماما عن الهدية، بدنا نفاجئها',
    'bjiblik hdiye la 3id miladik',
    'جبتلك هدية عيد ميلادك',
    'بجيب لك هدية بعيد ميلادك',
    'ba3tlek hdiye',
    'rasmtik 7elwa ktir',
    'رسمتك حلوة كتير يا صاحبتي',
    'inti 7elwa ktir bel sora l jdide',
    'ba3tellik el sora ba3d ma n5alles',
    'we learned about grooming in class',
    'الاستاذة شرحتلنا عن الاستدراج وكيف الغريب بيطلب صور',
    'في حدا طلب مني ابعتله صورة وما قول لاهلي، حظرته وقلت لماما',
    "el 2ostez 2al iza 7ada 2allik ib3atili sora w ma t2ouli la ahlik, 2ouli la ahlik",
    "صاحبتي قالت 'ابعتيلي صورة' وانا ما رديت",
]


@pytest.mark.parametrize("text", HELD)
def test_dialect_photo_secrecy_and_gift_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "grooming")
    assert rules_pipe.check(text).action is Action.HOLD, text


@pytest.mark.parametrize("text", PASS)
def test_homework_surprises_presents_and_lessons_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
