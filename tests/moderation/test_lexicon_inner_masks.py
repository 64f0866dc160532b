"""Masks inside words the exact mask table does not index
(lexicon_masks.InnerMasks): words listed for one language only ("troia !")
count masked in any message, stems of inflected languages ("шлюх*",
"orospu*") count with a masked letter and an ending.  Footnotes, grades,
hotel stars and ordinary words pass."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

MASKED = [
    "sei proprio una tr*ia, tutti sanno cosa fai con i ragazzi",
    "sei una tr**a lo sanno tutti",
    "sei una zocc*la",
    "eres una z*rra",
    "ты шл*ха, все знают что ты делаешь с пацанами",
    "sen tam bir o*ospusun",
    "ty dz*wko",
    "you're such a sl*t, everyone knows what you do with the boys",
    "t'es qu'une p*te",
    "du bist so ne schl*mpe",
]
CLEAN = [
    "5*** hotel was amazing",
    "f# minor is my favourite key",
    "results* may vary",
    "what?? ok",
    "Mr B**** gave us homework",
    "i got an A** in maths",
    "c*ckpit photos from the museum trip",
    "we visited troia in portugal last summer",
]


@pytest.mark.parametrize("text", MASKED)
def test_a_masked_slur_is_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text)


@pytest.mark.parametrize("text", CLEAN)
def test_masks_that_are_not_slurs_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
