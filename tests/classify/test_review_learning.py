"""`review` with the real model: it offers every open series by impact, learns from each
answer, says what else the answer changed, and keeps only the model in use."""

from __future__ import annotations

from pathlib import Path

from tests.classify.homes import ANA, CIRCLE, DATA, EXTRA, Warm, cli, tags
from timeaudit.app import runs
from timeaudit.app.session import Selection
from timeaudit.audit.periods import Period
from timeaudit.classify.corrections import Decision, ReviewItem
from timeaudit.config.paths import resolve_paths


def test_review_offers_every_uncertain_series_by_impact(tmp_path: Path, warm: Warm) -> None:
    home = warm(tmp_path)
    (home / "config.toml").write_text(
        (home / "config.toml").read_text().replace(str(DATA / "ana.ics"), str(DATA / "many.ics"))
    )
    result = cli(home, "review", "--month", "2026-10", "--person", ANA, stdin=" " * 40)
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith(
        "labelled 0, skipped 24, of 24 shown; 0 other events changed"
    )
    points = [
        float(line.rsplit("could move the split ", 1)[1].removesuffix(" pts"))
        for line in result.stdout.splitlines()
        if "could move the split" in line
    ]
    assert len(points) == 24 and points == sorted(points, reverse=True) and points[-1] > 0


def test_an_answer_teaches_the_model_and_says_what_else_it_changed(
    tmp_path: Path, warm: Warm
) -> None:
    home = warm(tmp_path, pool=False)
    before = tags(home, ANA)
    assert before[CIRCLE][0] != "strategy" and before[EXTRA][0] != "strategy"
    shown: list[ReviewItem] = []
    told: list[str] = []

    def decide(item: ReviewItem) -> Decision:
        shown.append(item)
        return Decision("strategy") if item.title == CIRCLE else Decision(stop=True)

    selection = Selection(resolve_paths(home), people=(ANA,), home_given=True)
    summary = runs.review(selection, Period.month("2026-10"), decide, sync=False, tell=told.append)
    # the series has the most hours at stake, so it comes first; then the walk was stopped
    assert [i.title for i in shown][:1] == [CIRCLE] and summary.labelled == 1
    assert told == [f"this changed 1 other event in 1 other series: {EXTRA!r} -> strategy"]
    assert summary.changed == 1
    after = tags(home, ANA)
    assert after[CIRCLE] == ("strategy", "your correction")
    category, reason = after[EXTRA]
    assert category == "strategy"
    assert reason.startswith(f"like your correction of {CIRCLE!r}; model: ")
    assert after["Budget sign-off"][0] == before["Budget sign-off"][0]
    # the walk's own models are gone; the seed model and the one in use stay
    assert len(list((home / "models").glob("model-*.pkl"))) == 2


def test_the_cli_walk_prints_the_changed_line(tmp_path: Path, warm: Warm) -> None:
    home = warm(tmp_path, pool=False)
    result = cli(home, "review", "--month", "2026-10", "--person", ANA, stdin="sq")
    assert result.exit_code == 0, result.output
    assert (
        f"  this changed 1 other event in 1 other series: {EXTRA!r} -> strategy\n" in result.stdout
    )
    assert result.stdout.rstrip().endswith(
        "labelled 1, skipped 0, of 2 shown; 1 other event changed"
    )
