"""How much do the corrections `timeaudit review` asks for help? Prints the measurement.

For every person of a labelled set of calendars, `timeaudit review` is walked as the
product walks it (ranked by impact, the model retrained and the rest re-ranked after each
answer), with an oracle answering: the true label of the item, for the whole series when
every occurrence of the series in the month has that label, else for that occurrence
only. After N corrections per person (default 20) the month is tagged again and scored:
macro-F1 before and after (everyone, and per person), and how many events in series that
were NOT corrected changed category, and how many of those changes were right.

The set is a folder in calendar form: ``timeaudit.toml`` (a standard config, ICS
sources), ``set.toml`` (``[[persons]]`` with ``email``, ``slug``, ``months``) and
``<slug>.labels.csv`` per person (``uid,recurrence_id,label``; an empty recurrence id is
the whole series). Without a folder, the demo calendars with their labels in
``evaluation/demo-labels-*.csv`` are made into such a set and measured.

People are walked one after another in the order of ``set.toml``, so with
``pool_corrections`` on (the default) a later person's model has learned from the earlier
people's answers too, as in a workspace where they all review.

Run: .venv/bin/python tools/correction_effect.py [SET_FOLDER] [--corrections N]
     .venv/bin/python tools/correction_effect.py --seed 1,10,100   (how much a correction
         should weigh: each seed persona left out in turn, N corrections of it at each weight)
     .venv/bin/python tools/correction_effect.py --heldout   (the held-out two-fold check)
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from timeaudit.app.runs import review
from timeaudit.app.session import Selection
from timeaudit.audit import evaluation
from timeaudit.audit.evaluation import LabelledSet, SetPerson
from timeaudit.audit.periods import Period
from timeaudit.audit.pipeline import run_audit
from timeaudit.classify.classifier import Classifier, classify
from timeaudit.classify.corrections import Decision, ReviewItem
from timeaudit.classify.evaluate import described_events, match_events, read_labels, score
from timeaudit.classify.learn import DEFAULT_SETTINGS, fit, seed_corpus
from timeaudit.classify.review import ranked, with_groups
from timeaudit.classify.rules import default_pack
from timeaudit.config.load import load_config
from timeaudit.config.paths import Paths
from timeaudit.errors import TimeauditError
from timeaudit.store.sqlite import Store

ROOT = Path(__file__).resolve().parents[1]
DEMO_SLUGS = ("ceo-helena-marsh", "vp-marcus-bell", "lead-jonas-albrecht")


@dataclass
class PersonRun:
    email: str
    month: str
    offered: int = 0  # open items when the walk began
    labelled: int = 0
    told: list[str] = field(default_factory=list)  # "this changed ..." after each answer
    seconds: list[float] = field(default_factory=list)  # from one answer to the next item


@dataclass
class Outcome:
    before: pd.DataFrame  # labelled events of the month(s), tagged before any correction
    after: pd.DataFrame  # the same rows, tagged after
    runs: list[PersonRun]


def read_set(folder: Path) -> tuple[LabelledSet, pd.DataFrame]:
    """The set in ``folder`` (:func:`timeaudit.audit.evaluation.read_set`) and every
    person's labels, with their email as ``owner``; a broken set is one line naming the
    file."""
    try:
        labelled = evaluation.read_set(folder)
        labels = [read_labels(p.labels).assign(owner=p.email) for p in labelled.persons]
    except TimeauditError as exc:
        raise SystemExit(str(exc)) from None
    return labelled, pd.concat(labels, ignore_index=True)


def demo_set(folder: Path) -> Path:
    """The demo calendars and their labels as a set in ``folder``."""
    samples = Path(str(files("timeaudit.samples")))
    folder.mkdir(parents=True, exist_ok=True)
    config = (samples / "demo.toml").read_text(encoding="utf-8")
    for ics in samples.glob("*.ics"):
        config = config.replace(f'"{ics.name}"', f'"{ics}"')
    (folder / "timeaudit.toml").write_text(config, encoding="utf-8")
    persons = []
    for slug in DEMO_SLUGS:
        shutil.copy(ROOT / "evaluation" / f"demo-labels-{slug}.csv", folder / f"{slug}.labels.csv")
        email = f"{slug.split('-', 1)[1].replace('-', '.')}@northwind.example"
        persons.append(f'[[persons]]\nemail = "{email}"\nslug = "{slug}"\nmonths = ["2026-10"]\n')
    (folder / "set.toml").write_text("\n".join(persons), encoding="utf-8")
    return folder


def simulate(labelled: LabelledSet, labels: pd.DataFrame, corrections: int, work: Path) -> Outcome:
    """Walk `review` for every person and month of the set with the oracle; the tags of
    every labelled event before and after, each row with its ``month``."""
    before, after, runs = [], [], []
    for month in labelled.months:
        members = [p for p in labelled.persons if month in p.months]
        paths = Paths(labelled.root / evaluation.CONFIG_FILE, work / month)
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        tagged = _tag(paths, members, month, sync=True)
        truth = _truth(tagged, labels).assign(month=month)
        before.append(truth)
        for member in members:
            runs.append(_walk(paths, member.email, month, truth, corrections))
        again = _tag(paths, members, month, sync=False)
        after.append(_truth(again, labels).assign(month=month).reindex(truth.index))
    return Outcome(pd.concat(before), pd.concat(after), runs)


def _tag(paths: Paths, members: Sequence[SetPerson], month: str, sync: bool) -> pd.DataFrame:
    config = load_config(paths.config)
    people = [config.person(m.email) for m in members]
    with Store(paths.store) as store:
        result = run_audit(
            store,
            config,
            people,
            Period.month(month),
            do_sync=sync,
            trend_months=1,
            cache_dir=paths.models,
        )
    return with_groups(result.events)


def _truth(events: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """The labelled occurrences with their true ``label``, keyed by (owner, source, uid,
    recurrence id) so two runs line up."""
    parts = [
        match_events(events[events["owner"] == owner], group.drop(columns="owner"))
        for owner, group in labels.groupby("owner")
    ]
    found = pd.concat(parts, ignore_index=True)
    return found.set_index(["owner", "source", "uid", "recurrence_id"]).sort_index()


def _walk(paths: Paths, email: str, month: str, truth: pd.DataFrame, limit: int) -> PersonRun:
    run = PersonRun(email, month)
    own = truth.loc[truth.index.get_level_values("owner") == email].reset_index()
    run.offered = len(ranked(own))
    answered_at = [0.0]

    def decide(item: ReviewItem) -> Decision:
        if run.labelled >= limit:
            return Decision(stop=True)
        decision = oracle(own, item)
        if decision.category is not None:
            run.labelled += 1
        answered_at[0] = time.perf_counter()
        return decision

    def tell(line: str) -> None:  # after the answer is stored, learnt and every tag redone
        run.told.append(line)
        run.seconds.append(time.perf_counter() - answered_at[0])

    selection = Selection(paths, people=(email,), home_given=True)
    review(selection, Period.month(month), decide, sync=False, tell=tell)
    return run


def oracle(truth: pd.DataFrame, item: ReviewItem) -> Decision:
    """What someone who knows every true label answers: the series' label when all its
    occurrences of the month share it, else this occurrence's; nothing when unlabelled."""
    this = truth[
        (truth["source"] == item.source)
        & (truth["uid"] == item.uid)
        & (truth["recurrence_id"] == item.recurrence_id)
    ]
    if this.empty:
        return Decision(None)
    series = truth[(truth["source"] == item.source) & (truth["group"] == this["group"].iloc[0])]
    if series["label"].nunique() == 1:
        return Decision(str(series["label"].iloc[0]), series=True)
    return Decision(str(this["label"].iloc[0]), series=False)


@dataclass(frozen=True)
class Spread:
    """Events outside every corrected series whose category changed."""

    events: int
    series: int
    right: int  # wrong before, right after
    wrong: int  # right before, wrong after
    still_wrong: int  # wrong before and after


def spread(outcome: Outcome) -> Spread:
    before, after = outcome.before, outcome.after
    corrected = after["decided_by"] == "correction"
    groups = before.reset_index()[["owner", "source", "group"]]
    touched = pd.MultiIndex.from_frame(groups[corrected.to_numpy()].drop_duplicates())
    outside = ~pd.MultiIndex.from_frame(groups).isin(touched)
    moved = outside & (before["category"] != after["category"]).to_numpy()
    truth = before["label"].to_numpy()
    was_right = before["category"].to_numpy() == truth
    now_right = after["category"].to_numpy() == truth
    return Spread(
        events=int(moved.sum()),
        series=len(groups[moved].drop_duplicates()),
        right=int((moved & now_right).sum()),
        wrong=int((moved & was_right).sum()),
        still_wrong=int((moved & ~was_right & ~now_right).sum()),
    )


#: A look-alike rule measured against learning: an event whose title is this similar to a
#: corrected event's takes the correction's label.
LOOKALIKE = 0.5


@dataclass(frozen=True)
class Lookalike:
    changed: int
    right: int
    wrong: int


def lookalike(corrected: pd.DataFrame, rows: pd.DataFrame, current: np.ndarray) -> Lookalike:
    """What copying the label of the corrected event (``corrected``: title, label) with the
    most similar title (character 3- to 5-grams, cosine >= :data:`LOOKALIKE`) onto each of
    ``rows`` (title, label; tagged ``current``) would change, and whether for the better."""
    if corrected.empty or rows.empty:
        return Lookalike(0, 0, 0)
    titles = pd.concat([corrected["title"], rows["title"]]).str.lower()
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit_transform(titles)
    similarity = (vectors[len(corrected) :] @ vectors[: len(corrected)].T).toarray()
    copied = corrected["label"].to_numpy()[similarity.argmax(axis=1)]
    now, truth = np.asarray(current), rows["label"].to_numpy()
    moved = (similarity.max(axis=1) >= LOOKALIKE) & (copied != now)
    return Lookalike(
        int(moved.sum()),
        int((moved & (copied == truth)).sum()),
        int((moved & (now == truth)).sum()),
    )


def report(outcome: Outcome, corrections: int) -> list[str]:
    before, after = score(outcome.before), score(outcome.after)
    lines = [
        f"review with an oracle, up to {corrections} corrections per person",
        f"  everyone ({before.n} labelled events): macro-F1 {before.macro_f1:.3f} -> "
        f"{after.macro_f1:.3f}   accuracy {before.accuracy:.3f} -> {after.accuracy:.3f}",
    ]
    for run in outcome.runs:
        mine = (outcome.before.index.get_level_values("owner") == run.email) & (
            outcome.before["month"] == run.month
        ).to_numpy()
        b, a = score(outcome.before[mine]), score(outcome.after[mine])
        pace = f"{sum(run.seconds) / len(run.seconds):.1f} s" if run.seconds else "-"
        lines.append(
            f"  {run.email} {run.month}: macro-F1 {b.macro_f1:.3f} -> {a.macro_f1:.3f}   "
            f"accuracy {b.accuracy:.3f} -> {a.accuracy:.3f}   {run.labelled} corrections "
            f"of {run.offered} offered, {pace} per answer"
        )
    moved = spread(outcome)
    lines.append(
        f"  not-corrected series: {moved.events} events in {moved.series} series changed "
        f"category: {moved.right} now right, {moved.wrong} now wrong, "
        f"{moved.still_wrong} wrong before and after"
    )
    rows = outcome.before.reset_index()
    taught = (outcome.after["decided_by"] == "correction").to_numpy()
    groups = rows[taught].drop_duplicates(["owner", "source", "group"])
    untouched = ~pd.MultiIndex.from_frame(rows[["owner", "source", "group"]]).isin(
        pd.MultiIndex.from_frame(groups[["owner", "source", "group"]])
    )
    copy = lookalike(groups, rows[untouched], outcome.after["category"].to_numpy()[untouched])
    lines.append(
        f"  (not used) copying the label of the corrected event with the most similar title "
        f"(>= {LOOKALIKE}) would change {copy.changed} more events: {copy.right} right, "
        f"{copy.wrong} wrong"
    )
    return lines


# -- the seed corpus, one persona left out --------------------------------------------------
def seed_effect(weights: Sequence[float], corrections: int) -> list[str]:
    """How the weight of a correction row changes what corrections teach: each of the seed
    corpus's personas (industry and role) in turn is left out of training; its rows with
    the most minutes at stake (duration x (1 - confidence), as review ranks) are corrected
    with their true label at each weight, and the persona's other rows are scored."""
    seed = seed_corpus()
    totals = {w: [0.0, 0, 0, 0] for w in weights}  # macro-F1 sum, changed, right, wrong
    copies = [0, 0, 0]
    personas = list(seed.groupby(["industry", "role"]).groups.values())
    start = 0.0
    for rows in personas:
        persona = seed.loc[rows]
        rest = seed.drop(rows)
        before = _tag_rows(persona, fit(rest))
        at_stake = persona["duration_min"].to_numpy() * (1 - before["confidence"].to_numpy())
        chosen = persona.index[(-at_stake).argsort(kind="stable")[:corrections]]
        others = persona.drop(chosen)
        was = before.set_index(persona.index).loc[others.index, "category"].to_numpy()
        start += score(before.set_index(persona.index).loc[others.index]).macro_f1
        copy = lookalike(seed.loc[chosen], others, was)
        copies = [copies[0] + copy.changed, copies[1] + copy.right, copies[2] + copy.wrong]
        for weight in weights:
            taught = pd.concat([rest, seed.loc[chosen].assign(weight=weight)], ignore_index=True)
            now = _tag_rows(others, fit(taught))
            moved = now["category"].to_numpy() != was
            truth = others["label"].to_numpy()
            total = totals[weight]
            total[0] += score(now).macro_f1
            total[1] += int(moved.sum())
            total[2] += int((moved & (now["category"].to_numpy() == truth)).sum())
            total[3] += int((moved & (was == truth)).sum())
    lines = [
        f"seed corpus, each of {len(personas)} personas left out, {corrections} corrections "
        f"each; mean macro-F1 of its other rows {start / len(personas):.4f} before, then:"
    ]
    for weight, (f1, moved, right, wrong) in totals.items():
        lines.append(
            f"  weight {weight:>5g}: {f1 / len(personas):.4f}   {moved} rows changed: "
            f"{right} now right, {wrong} now wrong"
        )
    lines.append(
        f"  (not used) copying the label of the corrected row with the most similar title "
        f"(>= {LOOKALIKE}) would change {copies[0]} rows: {copies[1]} right, {copies[2]} wrong"
    )
    return lines


# -- the held-out set, two folds ----------------------------------------------------------
def heldout_effect() -> list[str]:
    """The mistakes on one half of evaluation/heldout.csv become corrections (weighted as
    corrections are) and the other, unseen half is scored before and after; then swapped."""
    heldout = read_labels(ROOT / "evaluation" / "heldout.csv")
    halves = [heldout.iloc[0::2], heldout.iloc[1::2]]
    seed = seed_corpus()
    plain = fit(seed)
    before, after = [], []
    for corrected, unseen in (halves, halves[::-1]):
        mistakes = _tag_rows(corrected, plain)
        mistakes = corrected[(mistakes["category"] != mistakes["label"]).to_numpy()]
        own = mistakes.assign(weight=DEFAULT_SETTINGS.correction_weight)
        personal = fit(pd.concat([seed, own], ignore_index=True))
        before.append(_tag_rows(unseen, plain))
        after.append(_tag_rows(unseen, personal))
    b, a = score(pd.concat(before)), score(pd.concat(after))
    return [
        "held-out set, two folds (corrections on one half, scored on the other):",
        f"  macro-F1 {b.macro_f1:.3f} -> {a.macro_f1:.3f}   "
        f"accuracy {b.accuracy:.3f} -> {a.accuracy:.3f}",
    ]


def _tag_rows(rows: pd.DataFrame, model: object) -> pd.DataFrame:
    frame = described_events(rows, owner="eval@example.com")
    classifier = Classifier(default_pack(), {"eval@example.com": model}, pd.DataFrame(), 0.6)  # type: ignore[dict-item]
    return frame.join(classify(frame, classifier)).assign(label=rows["label"].to_numpy())


def main(argv: Sequence[str] | None = None, echo: Callable[[str], None] = print) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", nargs="?", type=Path, help="a labelled set folder (default: demo)")
    parser.add_argument("--corrections", type=int, default=20, help="answers per person")
    parser.add_argument("--heldout", action="store_true", help="the held-out two-fold check")
    parser.add_argument(
        "--seed", metavar="WEIGHTS", help="leave-one-persona-out on the seed corpus, e.g. 1,10,100"
    )
    args = parser.parse_args(argv)
    if args.seed:
        for line in seed_effect([float(w) for w in args.seed.split(",")], args.corrections):
            echo(line)
        return
    if args.heldout:
        for line in heldout_effect():
            echo(line)
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = args.set or demo_set(work / "demo-set")
        labelled, labels = read_set(folder.resolve())
        echo(f"set: {'the demo calendars' if args.set is None else folder}")
        try:
            outcome = simulate(labelled, labels, args.corrections, work / "workspace")
        except TimeauditError as exc:
            raise SystemExit(f"{folder}: {exc}") from None
        for line in report(outcome, args.corrections):
            echo(line)


if __name__ == "__main__":
    main()
