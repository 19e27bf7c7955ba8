"""How much do corrections help? Two honest measurements; prints both.

1. Demo calendars (true labels in evaluation/demo-labels-*.csv): each leader's October is
   scored with zero corrections; then the leader corrects every event the tool got wrong in
   September (as `timeaudit review` would have them do, whole series by default) and October
   is scored again. October's one-offs were never corrected: what improves there is learned.
2. Held-out set, two folds: the mistakes on one half become corrections (weighted as
   corrections are) and the other, unseen half is scored before and after; then swapped.

Run: .venv/bin/python tools/correction_effect.py
"""

from __future__ import annotations

import tempfile
from importlib.resources import files
from pathlib import Path

import pandas as pd

from timeaudit.app.session import IcsOptions, adhoc_config
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import run_audit
from timeaudit.classify.classifier import Classifier, classify
from timeaudit.classify.evaluate import (
    Evaluation,
    described_events,
    match_events,
    read_labels,
    score,
)
from timeaudit.classify.learn import DEFAULT_SETTINGS, fit, seed_corpus
from timeaudit.classify.rules import default_pack
from timeaudit.store.sqlite import Store

ROOT = Path(__file__).resolve().parents[1]
LEADERS = {
    "ceo-helena-marsh": ("helena.marsh@northwind.example", "executive", "Europe/London"),
    "vp-marcus-bell": ("marcus.bell@northwind.example", "senior-leader", "America/New_York"),
    "lead-jonas-albrecht": ("jonas.albrecht@northwind.example", "manager", "Europe/Berlin"),
}


def demo_effect(slug: str, cache: Path) -> tuple[Evaluation, Evaluation, int]:
    owner, role, tz = LEADERS[slug]
    labels = read_labels(ROOT / "evaluation" / f"demo-labels-{slug}.csv")
    config = adhoc_config(
        IcsOptions((Path(str(files("timeaudit.samples") / f"{slug}.ics")),), owner, role, tz)
    )
    people = list(config.people)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store.sqlite") as store:
        october = run_audit(
            store, config, people, Period.month("2026-10"), trend_months=2, cache_dir=cache
        )
        before = score(match_events(october.events, labels))
        september = run_audit(
            store,
            config,
            people,
            Period.month("2026-09"),
            do_sync=False,
            trend_months=1,
            cache_dir=cache,
        )
        wrong = match_events(september.events, labels)
        wrong = wrong[wrong["category"] != wrong["label"]].drop_duplicates(["source", "uid"])
        for row in wrong.itertuples():
            store.correct(owner, str(row.source), str(row.uid), "", str(row.label))
        october = run_audit(
            store,
            config,
            people,
            Period.month("2026-10"),
            do_sync=False,
            trend_months=1,
            cache_dir=cache,
        )
        return before, score(match_events(october.events, labels)), len(wrong)


def heldout_effect() -> tuple[Evaluation, Evaluation]:
    heldout = read_labels(ROOT / "evaluation" / "heldout.csv")
    halves = [heldout.iloc[0::2], heldout.iloc[1::2]]
    seed = seed_corpus()
    plain = fit(seed)
    before, after = [], []
    for corrected, unseen in (halves, halves[::-1]):
        mistakes = _tag(corrected, plain)
        mistakes = corrected[(mistakes["category"] != mistakes["label"]).to_numpy()]
        own = mistakes.assign(weight=DEFAULT_SETTINGS.correction_weight)
        personal = fit(pd.concat([seed, own], ignore_index=True))
        before.append(_tag(unseen, plain))
        after.append(_tag(unseen, personal))
    return score(pd.concat(before)), score(pd.concat(after))


def _tag(rows: pd.DataFrame, model: object) -> pd.DataFrame:
    frame = described_events(rows, owner="eval@example.com")
    classifier = Classifier(default_pack(), {"eval@example.com": model}, pd.DataFrame(), 0.6)  # type: ignore[dict-item]
    return frame.join(classify(frame, classifier)).assign(label=rows["label"].to_numpy())


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        print("Demo calendars: October, before and after correcting September's mistakes")
        for slug in LEADERS:
            before, after, n = demo_effect(slug, Path(cache))
            print(
                f"  {slug:<22} macro-F1 {before.macro_f1:.3f} -> {after.macro_f1:.3f}   "
                f"accuracy {before.accuracy:.3f} -> {after.accuracy:.3f}   ({n} corrections)"
            )
    before, after = heldout_effect()
    print("Held-out set, two folds (corrections on one half, scored on the other):")
    print(
        f"  macro-F1 {before.macro_f1:.3f} -> {after.macro_f1:.3f}   "
        f"accuracy {before.accuracy:.3f} -> {after.accuracy:.3f}"
    )
    print("\nconfusion matrix after corrections (held-out, rows: true, columns: tagged):")
    print(after.confusion.to_string())


if __name__ == "__main__":
    main()
