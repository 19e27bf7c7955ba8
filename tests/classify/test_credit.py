"""A tag that corrections changed carries a mark of the correction it is like (cached with
the machine's tags, whoever's row it is); each run turns the mark into words for the row's
owner: their own correction by title, a private one as "a private event", a colleague's
never by title."""

from __future__ import annotations

import pickle
from pathlib import Path

import pandas as pd

from timeaudit.classify.credit import MARK, UNNAMED, Taught, named

ANA, BO = "ana@example.com", "bo@example.com"


def test_a_mark_is_named_for_whoever_owns_the_row(seed_model_file: Path) -> None:
    base = pickle.loads(seed_model_file.read_bytes())
    examples = pd.DataFrame(
        {
            "title": ["Harbour lantern circle", "Therapy"],
            "label": ["strategy", "other"],
            "owner": [ANA, ANA],
            "private": [False, True],
        }
    )
    taught = {ANA: Taught(base, examples), BO: Taught(base, examples)}  # one pooled model
    frame = pd.DataFrame({"owner": [ANA, BO, ANA, ANA, BO]})
    tags = pd.DataFrame(
        {
            "reason": [
                f"{MARK}0; model: four people",
                f"{MARK}0; model: four people",  # the same meeting on Bo's calendar
                f"{MARK}1; model: alone",
                f"{MARK}7; model: alone",  # a number this model's corrections do not have
                "model: two people",
            ],
            "category": ["strategy", "strategy", "other", "other", "execution"],
        }
    )
    assert named(frame, tags, taught)["reason"].tolist() == [
        "like your correction of 'Harbour lantern circle'; model: four people",
        "like a correction on a colleague's calendar; model: four people",
        "like your correction of a private event; model: alone",
        f"{UNNAMED}; model: alone",
        "model: two people",
    ]
    assert tags["reason"].iloc[0] == f"{MARK}0; model: four people"  # the caller's is kept
