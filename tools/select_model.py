"""Choose the learned classifier's settings by cross-validation on the seed corpus.

Run: .venv/bin/python tools/select_model.py
Prints macro-F1 (mean and spread over stratified folds) for each candidate. The held-out
evaluation set is never read here: it measures the chosen model once, in the tests.
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pandas as pd
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from timeaudit.classify import classifier as classify_module
from timeaudit.classify.classifier import Classifier, classify
from timeaudit.classify.evaluate import described_events
from timeaudit.classify.learn import DEFAULT_SETTINGS, LearnSettings, fit, predict, seed_corpus
from timeaudit.classify.rules import default_pack

CANDIDATES: dict[str, LearnSettings] = {
    "C=1": replace(DEFAULT_SETTINGS, c=1.0),
    "C=3": replace(DEFAULT_SETTINGS, c=3.0),
    "C=10 (default)": DEFAULT_SETTINGS,
    "C=30": replace(DEFAULT_SETTINGS, c=30.0),
    "C=10, chars 3-4": replace(DEFAULT_SETTINGS, char_ngrams=(3, 4)),
    "C=10, words 1-1": replace(DEFAULT_SETTINGS, word_ngrams=(1, 1)),
}


def cross_validate(settings: LearnSettings, folds: int = 5, seed: int = 13) -> list[float]:
    corpus = seed_corpus()
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    scores = []
    for train, test in splitter.split(corpus, corpus["label"]):
        model = fit(corpus.iloc[train], replace(settings, min_rows=1, min_per_class=1))
        predicted = predict(model, corpus.iloc[test])["category"]
        scores.append(float(f1_score(corpus["label"].iloc[test], predicted, average="macro")))
    return scores


def cross_validate_precedence(thresholds: tuple[float, ...], folds: int = 4) -> dict[float, float]:
    """Macro-F1 of the combined classifier (rules and model) for each threshold above which
    a rule beats the model, by cross-validation on the seed corpus."""
    corpus = seed_corpus()
    scores: dict[float, list[float]] = {t: [] for t in thresholds}
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=3)
    for train, test in splitter.split(corpus, corpus["label"]):
        model, rows = fit(corpus.iloc[train]), corpus.iloc[test]
        frame = described_events(rows, owner="cv@example.com")
        for threshold in thresholds:
            classify_module.HIGH_PRECISION = threshold
            classifier = Classifier(default_pack(), {"cv@example.com": model}, pd.DataFrame())
            tags = classify(frame, classifier)["category"]
            scores[threshold].append(float(f1_score(rows["label"], tags, average="macro")))
    return {t: float(np.mean(s)) for t, s in scores.items()}


def main() -> None:
    print("rule-over-model threshold   macro-F1 (rules and model combined)")
    for threshold, value in cross_validate_precedence((0.8, 0.85, 0.9, 0.95, 1.01)).items():
        print(f"{threshold:>25.2f}   {value:.3f}")
    print()
    print(f"{'candidate':<20} {'macro-F1':>9} {'+/-':>6} {'seconds':>8}")
    for name, settings in CANDIDATES.items():
        began = time.perf_counter()
        scores = cross_validate(settings)
        seconds = time.perf_counter() - began
        print(f"{name:<20} {np.mean(scores):9.3f} {np.std(scores):6.3f} {seconds:8.1f}")


if __name__ == "__main__":
    main()
