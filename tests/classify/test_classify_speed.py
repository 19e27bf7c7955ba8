"""The batch shortcuts give exactly what the straightforward paths give.

Rules: the literal prefilter (:class:`timeaudit.classify.literals.LiteralIndex`) only skips regex
searches that cannot match, so classifying with it and without it (``index_from``) must agree row
for row. Model: the vectorised n-gram counts must equal scikit-learn's ``transform`` exactly. No
timing is asserted here; ``python -m benchmarks classify`` measures speed."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

import timeaudit.classify.classifier as classify_module
from timeaudit.classify import learn
from timeaudit.classify.classifier import Classifier, classify
from timeaudit.classify.evaluate import described_events, read_labels
from timeaudit.classify.learn import (
    _char_wb_counts,
    _encode,
    _word_counts,
    load_or_fit,
    seed_corpus,
)
from timeaudit.classify.literals import LiteralIndex, fold, required_literals
from timeaudit.classify.rules import RulePack, apply_rules, combine, default_pack, parse_pack
from timeaudit.config.paths import model_cache

ROOT = Path(__file__).resolve().parents[2]
NEVER = 10**12  # index_from: the reference path, every regex searched in every value

#: Titles the seed corpus lacks: non-ASCII case pairs re.IGNORECASE equates, German, French
#: and Spanish words with accents, punctuation-only titles, word boundaries at the edges.
TITLES = [
    "",
    "   ",
    "STRATEGIE-Klausur 2027",
    "Stratégie produit : où jouer",
    "ſtrategy offsite",  # long s: re.IGNORECASE matches it with "s"
    "İstanbul incident bridge",  # dotted capital I lowers to two characters
    "ΣΟΦΊΑ sync ΟΔΟΣ",  # final sigma
    "Kaffeepause",
    "Mittagspause / Pause café",
    "1:1 Ana <> Bo",
    "1/1",
    "one-on-one",
    "P1: checkout down",
    "prio-1 incident",
    "Sev 0 outage",
    "INC-20431 follow-up",
    "Entretien annuel d’évaluation",
    "Réunion d'équipe hebdo",
    "Reunión de seguimiento",
    "Übergabe & Überprüfung",
    "M & A pipeline",
    "m&a",
    "P&L review",
    "d&i council",
    "Vol AF 1234",
    "FRA → JFK",
    "n/a",
    "✈ Lisbon",
    "Weekly sync w/ vendor",
    "weekly review (external)",
    "3-year plan",
    "Vision 2035",
    "x",
    "Ana x Bo",
    "Ana y Bo",
]

#: A user pack with what the default pack does not use: lookarounds, an inline flag that
#: turns case-insensitivity off, "." and \w classes, anchors, a back reference.
USER_PACK = r"""
[[rule]]
id = "execution.sync_not_vendor"
category = "execution"
confidence = 0.9
why = "a sync that is not with a vendor"
title = '\bsync\b(?! w/ vendor)'

[[rule]]
id = "execution.weekly_review"
category = "execution"
confidence = 0.9
why = "a review after 'weekly'"
title = '(?<=weekly )review'

[[rule]]
id = "strategy.case_sensitive"
category = "strategy"
confidence = 0.9
why = "upper-case STRAT only"
title = '(?-i:STRAT)\w+'

[[rule]]
id = "other.dotted"
category = "other"
confidence = 0.9
why = "anything between brackets"
title = '^\[.+\]$|(\w)\1{3}'

[[rule]]
id = "firefighting.ticket_text"
category = "firefighting"
confidence = 0.9
why = "a ticket id in the text"
text = '\b(inc|ops)-\d{4,}\b'
"""


def varied_frame() -> pd.DataFrame:
    """The seed corpus and the held-out file (their own titles, descriptions and contexts)
    plus :data:`TITLES` with empty and non-empty descriptions."""
    seed = seed_corpus().drop(columns=["weight"])
    heldout = read_labels(ROOT / "evaluation" / "heldout.csv")
    extra = pd.concat([heldout.iloc[: len(TITLES)]] * 2, ignore_index=True)
    extra["title"] = TITLES * 2
    extra["description"] = [""] * len(TITLES) + ["Agenda: owners, deadlines – INC-4711"] * len(
        TITLES
    )
    rows = pd.concat([seed, heldout, extra], ignore_index=True)
    return described_events(rows[heldout.columns])


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return varied_frame()


@pytest.mark.parametrize(
    "pack",
    [default_pack(), combine(parse_pack(USER_PACK, "user.toml"), default_pack())],
    ids=["default", "user+default"],
)
def test_rules_with_the_literal_index_equal_searching_everything(
    frame: pd.DataFrame, pack: RulePack
) -> None:
    fast = apply_rules(frame, pack, index_from=0)
    reference = apply_rules(frame, pack, index_from=NEVER)
    pd.testing.assert_frame_equal(fast, reference)
    assert (reference["rule_id"] != "").mean() > 0.5  # the frame exercises the rules


def all_patterns() -> list[str]:
    packs = [default_pack(), parse_pack(USER_PACK, "user.toml")]
    return [
        str(c.value)
        for pack in packs
        for rule in pack.rules
        for c in rule.conditions
        if c.op in ("regex", "not_regex")
    ]


def test_every_value_a_regex_matches_is_a_candidate(frame: pd.DataFrame) -> None:
    """The prefilter's promise, pattern by pattern: it may let through values that do not
    match, never hold back one that does."""
    values = sorted({*frame["title"], *frame["text"], *frame["description"], *TITLES})
    index = LiteralIndex.build(values)
    assert index is not None
    for pattern in all_patterns():
        literals = required_literals(pattern)
        if literals is None:
            continue
        matches = np.asarray([re.search(pattern, v, re.IGNORECASE) is not None for v in values])
        candidates = index.containing_any(literals)
        missed = [v for v, m, c in zip(values, matches, candidates, strict=True) if m and not c]
        assert not missed, (pattern, missed[:3])


def test_literals_are_derived_where_safe() -> None:
    assert required_literals(r"\bincidents?\b|st[öo]rung") == frozenset(
        {
            "\x01incident\x01",  # \x01: a word boundary
            "\x01incidents\x01",
            "st\u00f6rung",
            "storung",
        }
    )
    assert required_literals(r"(?-i:STRAT)\w+") is None  # inline flags: not derived
    assert required_literals(r".*") is None
    assert required_literals(r"x?") is None


def test_fold_equates_what_ignorecase_equates() -> None:
    assert fold("ſtrategy İ ΣΑΣ K") == fold("STRATEGY i σας k") == "strategy i ςας k"
    assert len(fold("İstanbul")) == len("İstanbul")  # offsets stay valid
    assert fold("ſ") == fold("s") and fold("K") == fold("k") and fold("ς") == fold("Σ")


def test_a_value_holding_the_separator_is_not_indexed() -> None:
    assert LiteralIndex.build(["a\x00b", "c"]) is None
    pack = parse_pack(USER_PACK, "user.toml")
    frame = described_events(read_labels(ROOT / "evaluation" / "heldout.csv").iloc[:3])
    frame["title"] = ["weekly sync\x00x", "STRATegy", "[x]"]
    pd.testing.assert_frame_equal(
        apply_rules(frame, pack, index_from=0), apply_rules(frame, pack, index_from=NEVER)
    )


DOCS = [
    *TITLES,
    "Weekly sync | agenda: owners & deadlines | Room 4.12",
    "Quarterly business review  –  QBR  ",
    "déjà vu\tStraße\nMAẞE",
    "a b c d e",
]


@pytest.mark.parametrize(
    "vectorizer",
    [
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(ngram_range=(1, 3)),
        TfidfVectorizer(ngram_range=(2, 2)),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=1),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3)),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3)),
    ],
    ids=lambda v: f"{v.analyzer}{v.ngram_range}",
)
def test_vectorised_ngram_counts_equal_scikit_learns(vectorizer: TfidfVectorizer) -> None:
    vectorizer.fit(DOCS[::2])  # a vocabulary that lacks some of the n-grams below
    count = _char_wb_counts if vectorizer.analyzer == "char_wb" else _word_counts
    fast = count(vectorizer, DOCS, _encode(vectorizer))
    assert fast is not None
    reference = CountVectorizer.transform(vectorizer, DOCS)
    fast.sum_duplicates()  # canonical form: sorted indices, like scikit-learn's
    assert fast.shape == reference.shape
    assert np.array_equal(fast.indptr, reference.indptr)
    assert np.array_equal(fast.indices, reference.indices)
    assert np.array_equal(fast.data, reference.data)


def test_unusual_word_settings_fall_back_to_scikit_learn() -> None:
    vectorizer = TfidfVectorizer(lowercase=False).fit(DOCS)
    assert _word_counts(vectorizer, DOCS, _encode(vectorizer)) is None


def test_rules_in_a_second_process_give_the_same_tags(
    frame: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large frames run the rules and a share of the model's batches in a forked process
    while the model runs here. Small batches, so that the frame has enough to share."""
    monkeypatch.setattr(learn, "PREDICT_BATCH", 150)
    monkeypatch.setattr(classify_module, "PREDICT_BATCH", 150)
    monkeypatch.setattr(classify_module, "CHILD_SHARE", 0.5)
    model = load_or_fit(seed_corpus(), model_cache())  # the session's seed model
    owner = str(frame["owner"].iloc[0])
    classifier = Classifier(default_pack(), {owner: model}, pd.DataFrame(), parallel_from=NEVER)
    jobs = classify_module._model_jobs(frame, classifier.models)
    assert classify_module._child_share(jobs) is not None  # the child predicts batches too
    serial = classify(frame, classifier)
    parallel = classify(frame, replace(classifier, parallel_from=0))
    pd.testing.assert_frame_equal(parallel, serial, check_exact=True)
