"""Figures on labelled sets: the shared devset and our own sets (written
independently of the devset).  Targets: <= 5% unsafe shown, <= 5% clean
altered, 100% of self_harm lines carried (held with category self_harm)."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderation import Pipeline
from moderation.evaluate import evaluate, load_jsonl, report

HERE = Path(__file__).parent
SETS = {
    "devset": Path(__file__).resolve().parents[3] / "shared" / "moderation" / "devset.jsonl",
    "heldout": HERE / "data" / "heldout.jsonl",
    "heldout2": HERE / "data" / "heldout2.jsonl",
    "heldout3": HERE / "data" / "heldout3.jsonl",
    "heldout4": HERE / "data" / "heldout4.jsonl",
    "heldout5": HERE / "data" / "heldout5.jsonl",
    # heldout6's misses named the third-wave rule families, so it is now a
    # development set and held to the targets like the others
    "heldout6": HERE / "data" / "heldout6.jsonl",
    # written blind in session 3 (2026-12-06, ten languages incl. Italian); its
    # first run on the session-2 code showed 19.4% unsafe shown and 24/36
    # self_harm; its misses then named new families, so it is a development set
    "heldout12": HERE / "data" / "heldout12.jsonl",
    # heldout10 and heldout11 (session 2 blind sets) had their misses read in
    # session 3 and now meet the targets; heldout13 is set F, written blind in
    # session 3, measured once (15.3% unsafe shown, 25/34 self_harm on the code
    # of that moment), then used for development
    "heldout10": HERE / "data" / "heldout10.jsonl",
    "heldout11": HERE / "data" / "heldout11.jsonl",
    "heldout13": HERE / "data" / "heldout13.jsonl",
}
# heldout7 was written blind before the third-wave families and never used to
# change rules; it is a held-out estimate (see HELD_OUT_BOUNDS below).


@pytest.mark.parametrize("name", sorted(SETS))
def test_targets(pipe: Pipeline, name: str) -> None:
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not available")
    items = load_jsonl(path)
    f = evaluate(pipe, items)
    msg = report(f)
    assert f.unsafe_shown_pct <= 5.0, msg
    assert f.clean_altered_pct <= 5.0, msg
    assert f.self_harm_recall_pct == 100.0, msg


def test_own_sets_are_large_enough() -> None:
    n = sum(len(load_jsonl(SETS[k])) for k in ("heldout", "heldout2", "heldout3", "heldout4"))
    assert n >= 150


# Held-out sets are not tuned to, so they are not held to the targets either;
# these bounds are a ratchet at the figures last recorded in docs/moderation.md
# (with a small margin), so a change that makes unseen messages worse fails.
HELD_OUT_BOUNDS = {
    # name: (max % unsafe shown, max % clean altered, min % self_harm carried)
    "heldout7": (5.0, 6.0, 90.0),
    # written blind by three separate writers (2026-11-29, session 2) before the
    # language packs; 8 (ar/zh/hi/ru) and 9 (en/es/fr/pt/de) were then used to
    # find missing rule families, 10 (nine languages) was never looked at
    "heldout8": (7.0, 3.0, 90.0),
    "heldout9": (3.0, 3.0, 96.0),
    # session 3: set G was measured once blind (15.7% unsafe shown, 20/31
    # self_harm), then its misses were read and fixed as families
    "heldout14": (3.0, 2.0, 90.0),
    # set H was measured once blind (21.0% unsafe shown, 2.5% clean altered,
    # 15/31 self_harm), then its misses were read and fixed as families
    "heldout15": (3.0, 2.0, 90.0),
    # set I, written blind and measured once on the final session-3 code:
    # 29.8% unsafe shown, 1.8% clean altered, 11/31 self_harm (the session-
    # start code: 35.1% / 1.8% / 10/31).  Never used to change rules; since
    # session 4 it is training data for the self-harm model (cross-validated
    # with it left out: 25/31), so now 9.6% / 1.8% / 30/31
    "heldout16": (11.0, 2.5, 90.0),
    # session 4: sets J and K, written blind and measured once with the new
    # self-harm model (J: 6.8% / 1.6% / 28 of 30; K: 8.6% / 5.9% / 64 of 72;
    # rules alone 11.9% / 1.6% / 22 and 26.9% / 5.9% / 47), then their misses
    # were read and fixed as rule classes, and both became training data
    "heldout17": (3.0, 1.0, 96.0),
    "heldout18": (2.0, 1.0, 97.0),
    # sets L and M, written blind and measured once on the final model before
    # any rule was written from them (L: 9.8% / 1.4% / 31 of 32; M: 1.9% /
    # 4.4% / 31 of 31; rules alone 20.5% / 1.4% / 18 and 10.5% / 3.6% / 22),
    # then their misses were fixed as rule classes and both became training data
    "heldout19": (2.0, 1.0, 96.0),
    "heldout20": (2.0, 1.0, 96.0),
    # session 5: sets N and O, written blind and measured once on the
    # session-start code (N: 9.3% / 4.2% / 33 of 37; O, with Turkish, Polish
    # and Indonesian lines the pipeline did not read yet: 18.5% / 6.8% / 27 of
    # 33; rules alone 16.9% / 4.2% / 24 and 25.0% / 6.1% / 20), then their
    # misses were fixed as rule classes and both became training data
    "heldout21": (1.0, 2.0, 97.0),
    "heldout22": (1.0, 2.0, 97.0),
    # sets P and Q, measured once on the code after the N/O round (P: 12.5% /
    # 0.7% / 30 of 38, 11.6% / 0.7% / 31 after retraining; Q: 16.7% / 2.1% /
    # 29 of 33 both times), then fixed as rule classes and made training data
    "heldout23": (1.0, 1.0, 97.0),
    "heldout24": (1.0, 1.0, 97.0),
    # sets R, S, T and U, measured once on the code after the P/Q round
    # (R 11.3% / 0.0% / 35 of 39; S 14.6% / 1.4% / 29 of 36; T 10.5% / 0.7% /
    # 31 of 39; U 19.8% / 1.4% / 27 of 36), then fixed and made training data
    "heldout25": (1.0, 1.0, 97.0),
    "heldout26": (1.0, 1.0, 97.0),
    "heldout27": (2.0, 1.0, 97.0),
    "heldout28": (2.0, 1.0, 97.0),
    # sets V and W, measured once on the code after the R-U round (V 15.0% /
    # 1.5% / 31 of 41; W 11.3% / 2.1% / 34 of 36; rules alone 24.8% / 1.5% /
    # 20 and 24.7% / 2.1% / 21), then fixed and made training data
    "heldout29": (1.0, 1.0, 97.0),
    "heldout30": (1.0, 1.0, 97.0),
    # sets X and Y, measured once at the end of session 5 on the final model
    # (X 7.1% / 2.2% / 37 of 40; Y 13.5% / 1.4% / 27 of 32; rules alone 14.2%
    # / 1.5% / 28 and 26.0% / 0.7% / 15).  Only their missed direct threats
    # were then used for rules (harm_bodily.py); the model has not been
    # trained on them (the next `train_models.py` run will include them)
    "heldout31": (6.0, 2.0, 92.0),
    "heldout32": (12.0, 2.0, 84.0),
    # session 6: sets Z and AA, written blind and measured once on the
    # session-start code (Z: 20.8% / 1.4% / 23 of 30; AA: 25.0% / 11.1% / 26
    # of 30; pooled rules alone 38.2% / 6.2% / 27 of 60), then their misses
    # were fixed as rule classes (banter, game talk, group-chat pile-ons,
    # restrictive eating, veiled goodbyes, implied-consequence threats) and both
    # became training data
    "heldout33": (1.0, 1.0, 97.0),
    "heldout34": (7.0, 1.0, 97.0),
    # sets AB and AC, measured once on the code after the Z/AA round (AB 3.1%
    # / 1.4% / 29 of 30; AC 5.2% / 3.5% / 29 of 30; AD and AE in the same run:
    # 2.1% / 2.1% / 30 and 12.5% / 1.4% / 27), then fixed as rule classes and
    # made training data
    "heldout35": (1.0, 1.0, 97.0),
    "heldout36": (1.0, 1.0, 97.0),
    # sets AD and AE, measured twice and never used for rules or training in
    # session 6: on the code after the Z/AA round, and on its final code (AD
    # 1.0% / 2.8% / 30 of 30; AE 10.4% / 1.4% / 28 of 30).  Session 7 wrote a
    # rule round from descriptions of their misses' classes (AE on its final
    # code: 5.2% / 1.4% / 28 of 30); training data from session 8
    "heldout37": (1.0, 1.0, 97.0),
    "heldout38": (2.0, 1.0, 96.0),
    # session 7: sets AF and AG, written blind and measured on the
    # session-start code (AF 1.0% / 1.4% / 29 of 30; AG 1.0% / 2.1% / 30 of
    # 30) and after its first round (AF 1.0% / 0.7% / 29; AG 1.0% / 1.4% / 30);
    # the second round was written from their misses' classes (final code:
    # 0.0% / 0.0% / 30 on both).  Training data from session 8
    "heldout39": (1.0, 1.0, 97.0),
    "heldout40": (1.0, 1.0, 97.0),
    # sets AH and AI, written blind in session 7 and measured on the code
    # after its first round (AH, hard cases: 10.4% / 1.4% / 30 of 30; AI, young
    # children: 3.1% / 0.0% / 30) and on its final code (AH 11.5% / 1.4% / 29;
    # AI 3.1% / 0.0% / 30).  Session 8 wrote rules from descriptions of their
    # misses' classes and made them training data
    "heldout41": (5.0, 1.0, 97.0),
    "heldout42": (1.0, 1.0, 97.0),
    # session 8: sets AJ (teen chat) and AK (young children, evasions), written
    # blind and measured on the session-start code (AJ 3.1% / 1.4% / 30 of 30;
    # AK 11.5% / 2.8% / 30 of 30; rules alone 6.2% / 0.7% / 27 and 16.7% /
    # 2.8% / 25), then fixed as rule classes and made training data, with
    # AD-AI (retrained model: all eight sets at 0-4.2% / 0-0.7% / 29-30 of 30)
    "heldout43": (1.0, 1.0, 97.0),
    "heldout44": (1.0, 1.0, 97.0),
    # session 8: sets AL (balanced), AM (hard cases), AN (balanced, with
    # @mentions) and AO (hard cases), written blind, kept back and measured on
    # the session-start code (AL 2.1% / 4.9% / 30 of 30; AM 18.8% / 5.6% / 30;
    # AN 1.0% / 14.6% / 30; AO 15.6% / 2.1% / 30) and after round 1 (AL 2.1% /
    # 2.1% / 30; AM 17.7% / 3.5% / 29; AN 1.0% / 13.2% / 30; AO 14.6% / 2.1% /
    # 30).  Round 2 was written from AL/AM's misses' classes and the @mention
    # change from AN's aggregate reasons; AO stayed blind (final code: 12.5% /
    # 0.7% / 30).  Training data from session 9
    "heldout45": (1.0, 1.0, 97.0),
    "heldout46": (1.0, 1.0, 97.0),
    "heldout47": (2.0, 6.0, 97.0),
    "heldout48": (1.0, 1.0, 97.0),
    # session 9: sets AP (hard bullying) and AQ (hard threats, grooming,
    # scams), written blind and measured on the session-start code (AP 31.2% /
    # 2.8% / 30 of 30; AQ 20.8% / 0.0% / 30), then fixed as rule classes
    # (two rounds; AO too) and made training data
    "heldout49": (1.0, 1.0, 97.0),
    "heldout50": (1.0, 1.0, 97.0),
    # session 9: sets AR (balanced), AS (hard cases), AT (young children) and
    # AU (hard, non-English slang), written blind and kept back: no rule and
    # no training came from them.  Session-start code: AR 0.0% / 0.7% / 30,
    # AS 10.4% / 1.4% / 30, AT 3.1% / 4.9% / 30, AU 5.2% / 4.9% / 29; the
    # same after both rule rounds.  In `pending/`: not training data
    # Session 11 (new rules, the scorer retrained): AS 2.1% clean altered (one line
    # more), the others as before.  Session 12 (the scorer's clean budget 0.5% -> 1%,
    # threshold 0.83 -> 0.55): AR 0.7% -> 2.8% clean altered (three lines more), AU
    # 4.9% -> 5.6% (one more) and its self-harm 29 -> 30 of 30.  Session 13 (the scorer
    # retrained with the tests' everyday lines learnt, threshold 0.55 -> 0.82): AR 2.8% ->
    # 1.4% clean altered, AU 5.6% -> 4.9%, and AU's self-harm back to 29 of 30 (the line
    # the lower threshold had carried scores below the new one): a cost, written down.
    # Session 14 (the scorer retrained with 4,560 new training lines, threshold 1.10): AU
    # carries that line again (30 of 30), the others as before.  Session 18 (the bullying
    # and grooming scorers): unsafe shown AS 10.4% -> 3.1%, AT 3.1% -> 1.0%, AU 5.2% ->
    # 2.1% (pooled 17 -> 6 of 384), clean altered unchanged
    "pending/heldout51": (1.0, 3.0, 97.0),
    "pending/heldout52": (4.0, 3.0, 97.0),
    "pending/heldout53": (2.0, 5.0, 97.0),
    "pending/heldout54": (3.0, 5.0, 97.0),
    # session 10: set BX, 480 lines (200 self-harm disclosures, 32 of them someone
    # else at risk now, and 280 everyday lines sharing their words), written blind
    # by a helper who saw no code or data, and kept back: its lines were not read.
    # Session-start code: self-harm carried 145 of 200 (rules alone 89), clean
    # altered 3 of 280; after the session's rules 158 (rules alone 101), 3 of 280.
    # Session 11 (four rule classes, the scorer retrained): 173 of 200 (rules alone
    # 111), 6 of 280.  Session 12: its lines read and made training data (with BY):
    # 198 of 200, 0 of 280
    "heldout55": (2.0, 1.0, 98.0),
    # session 11: set BY, written like BX (200 disclosures, 30 of them someone else
    # at risk now, 280 everyday lines) by another helper who saw nothing, and kept
    # back.  Session-start code: 151 of 200 (rules alone 98), 8 of 280 altered;
    # after the four rule classes 152; with the retrained scorer 161 (rules alone
    # 102), 8 of 280.  Session 12: its lines read and made training data (with BX):
    # 200 of 200, 1 of 280
    "heldout56": (1.0, 1.0, 99.0),
    # session 12: set BZ, written like BX and BY (200 disclosures, 30 of them someone
    # else at risk now, 280 everyday lines) by a third helper who saw nothing, and
    # kept back.  Session-start code: 147 of 200 carried (rules alone 68), 20 of 280
    # altered; final code 164 of 200, 19 of 280.  Session 13: its lines read and
    # made training data
    "heldout57": (19.0, 7.0, 81.0),
    # session 13: set CA, written like BX-BZ (200 disclosures, 30 of them someone else at
    # risk now, 280 everyday lines) by a fourth helper who saw nothing, and kept back.
    # Session-start code: 192 of 200 carried (rules alone 146), 6 of 280 altered; final
    # code 192 of 200, 5 of 280.  Session 14: its lines read and made training data (200 of
    # 200, 0 of 280)
    "heldout58": (1.0, 1.0, 99.0),
    # session 14: set DA, written like BX-CA (200 disclosures, about 30 of them someone else
    # at risk now, 280 everyday lines) by two helpers who saw nothing, and kept back.
    # Session-start code: 175 of 200 carried (rules alone 88), 2 of 280 altered; final code
    # 184 of 200 (the scorer retrained with more training lines), 1 of 280.  Session 15: its
    # lines read and made training data (200 of 200, 0 of 280)
    "heldout59": (1.0, 1.0, 99.0),
    # session 15: set EA, written like BX-DA (200 disclosures, 280 everyday lines, 13
    # languages) by two helpers who saw nothing, and kept back.  Session-start code: 186 of
    # 200 carried (rules alone 124), 8 of 280 altered; final code (DA's classes, the scorer
    # retrained with 6,350 more training lines) 189 of 200 (rules alone 124), 6 of 280.
    # Session 16: its lines read and made training data (200 of 200, 0 of 280)
    "heldout60": (1.0, 1.0, 99.0),
    # session 16: set FA, written like BX-EA (200 disclosures, 280 everyday lines, 13
    # languages) by two helpers who saw nothing, and kept back (12 of its 480 texts, short
    # everyday ones among them, coincide with lines already in the data).  Session-start
    # code: 181 of 200 carried (rules alone 125), 4 of 280 altered; final code (EA's classes,
    # the scorer retrained with EA and 2,078 more training lines, its tiers) 183 of 200 (rules
    # alone 125), 4 of 280.  Session 17: its lines read and made training data (200 of 200,
    # 0 of 280)
    "heldout61": (1.0, 1.0, 99.0),
    # session 17: set GA, written like BX-FA (200 disclosures, 280 everyday lines, 13
    # languages) by two helpers who saw no code or data, and kept back.  Session-start code:
    # 181 of 200 carried (88 with a rule's reason), 10 of 280 altered; final code (FA's
    # classes, the scorer retrained with FA and 1,914 more training lines, its parts) 184 of
    # 200, 9 of 280 (185 with the second retrain and the Turkish fix a GA gate report
    # prompted, so GA is no longer fully blind)
    # session 19: the scorer retrained with 520 short everyday lines carries 185 (one more)
    # and alters 10 of 280 (one more: 3.6%)
    "pending/heldout62": (8.0, 3.6, 92.0),
    # session 18: set HA, 520 lines of every category (13 languages x 40: 18 everyday, 4
    # personal information, 18 unsafe: self-harm, grooming, bullying, threats, profanity,
    # a slur, sexual, spam), written by a helper who saw no code or data, and kept back:
    # only its figures were read.  Session-start code: 70 of 286 unsafe shown (24.5%;
    # bullying 22 of 47, threats 12 of 26), 4 of 234 clean altered, 39 of 39 self-harm;
    # with the bullying and grooming scorers 49 of 286 (17.1%; bullying 15, threats 1),
    # 4 of 234, 39 of 39; with the personal-information classes 48 (a Russian address:
    # the one HA line read, printed by the check of that class)
    # session 19: 48 -> 34 of 286 (11.9%; bullying 11, grooming 4, sexual 5, spam 5), 4 of
    # 234, 39 of 39 with this session's rules and scorers
    # session 20: 34 -> 32 of 286 (11.2%; bullying 12, sexual 5, spam 5), 4 of 234, 39 of 39
    "pending/heldout63": (11.5, 2.0, 100.0),
    # session 19: set HB, written like HA (13 languages x 40, every category) by a helper
    # who saw no code or data, and kept back: only its figures (by category and language)
    # were read, and they steered which categories this session worked on.  Session-start
    # code: 31 of 286 unsafe shown (10.8%; sexual 12 of 26, bullying 9 of 39, spam 5 of
    # 26), 3 of 234 clean altered, 39 of 39 self-harm; final code 17 of 286 (5.9%; sexual
    # 3, bullying 6, spam 4, slurs 1), 3 of 234, 39 of 39
    # session 20: 17 -> 14 of 286 (4.9%; bullying 6, spam 4), 3 of 234, 39 of 39
    "pending/heldout64": (5.0, 1.5, 100.0),
    # session 20: set HC, written like HA and HB (13 languages x 40, every category) by a
    # helper who saw no code or data, and kept back: its figures were read three times (the
    # session-start code, after the helpers' rule classes and scorers, the final code) and
    # no rule was written from them.  Session-start code:
    # 36 of 286 unsafe shown (12.6%; bullying 10 of 39, sexual 7 of 26, spam 7 of 26, slurs
    # 3 of 13), 3 of 234 clean altered, 39 of 39 self-harm; final code 26 of 286 (9.1%;
    # bullying 7, spam 7, sexual 3, slurs 3, grooming 3), 4 of 234, 39 of 39
    "pending/heldout65": (9.5, 2.0, 100.0),
}


@pytest.mark.parametrize("name", sorted(HELD_OUT_BOUNDS))
def test_held_out_sets_do_not_regress(pipe: Pipeline, name: str) -> None:
    max_shown, max_altered, min_self_harm = HELD_OUT_BOUNDS[name]
    f = evaluate(pipe, load_jsonl(HERE / "data" / f"{name}.jsonl"))
    msg = report(f)
    assert f.unsafe_shown_pct <= max_shown, msg
    assert f.clean_altered_pct <= max_altered, msg
    assert f.self_harm_recall_pct >= min_self_harm, msg
