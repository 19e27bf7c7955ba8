"""Working hours are defined once, in settings, and both the rules and the learned model
judge "outside working hours" by them.

The bug this guards against: the model computed its own flag from a hard-coded 8-18, so
for a person working 6-14 an event at 07:00 was "outside hours" to the model and inside
to the rules, and one at 15:00 the other way round.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd

from tests.classify.test_rules import event
from timeaudit.classify.context import PersonContext, add_context
from timeaudit.classify.evaluate import described_events
from timeaudit.classify.learn import features, seed_corpus, with_outside_hours
from timeaudit.classify.training import base_corpus
from timeaudit.config.types import Config, Settings
from timeaudit.store.frames import events_to_frame

BERLIN = ZoneInfo("Europe/Berlin")
EARLY = "early@acme.com"
EARLY_BIRD = {
    EARLY: PersonContext(EARLY, "Europe/Berlin", "executive", work_start=6.0, work_end=14.0)
}


def at(hour: int) -> datetime:
    return datetime(2026, 3, 10, hour, 0, tzinfo=BERLIN)  # a Tuesday


def model_and_rules_flags(hours: list[int]) -> tuple[list[bool], list[bool]]:
    events = [event(f"Meeting {h}", start=at(h), owner=EARLY, organizer=EARLY) for h in hours]
    rows = add_context(events_to_frame(events), EARLY_BIRD)
    rules = rows["outside_hours"].astype(bool).tolist()
    model = features(rows)["outside_hours"].astype(bool).tolist()
    return rules, model


def test_model_and_rules_use_the_persons_configured_hours() -> None:
    rules, model = model_and_rules_flags([7, 10, 13, 15])
    assert rules == [False, False, False, True]
    assert model == rules


def test_labelled_rows_are_judged_against_the_given_hours() -> None:
    labelled = pd.DataFrame(
        {
            "local_start_hour": [7.0, 9.0, 13.5, 19.0],
            "duration_min": [30, 60, 60, 30],
            "weekday": [1, 1, 1, 6],
        }
    )
    early = with_outside_hours(labelled, 6.0, 14.0)["outside_hours"].tolist()
    late = with_outside_hours(labelled, 10.0, 20.0)["outside_hours"].tolist()
    assert early == [False, False, True, True]  # 13:30-14:30 runs past 14:00; Sunday
    assert late == [True, True, False, True]


def config(settings: Settings) -> Config:
    return Config(path=None, settings=settings, roles={}, people=(), sources={})


def test_training_rows_follow_the_settings() -> None:
    default = base_corpus(config(Settings()))
    shifted = base_corpus(config(Settings(work_start=11.0, work_end=21.0)))
    assert default["outside_hours"].tolist() == seed_corpus()["outside_hours"].tolist()
    starts = shifted["local_start_hour"].astype(float)
    weekdays = shifted["weekday"].astype(int)
    morning = (starts < 11) & (weekdays < 5)
    assert morning.any()
    assert shifted.loc[morning, "outside_hours"].all()
    assert not default.loc[morning & (starts >= 8) & (starts + 1 < 18), "outside_hours"].any()


def test_evaluation_by_description_uses_the_owners_hours() -> None:
    labels = pd.DataFrame(
        {
            "title": ["Standup"],
            "description": [""],
            "location": [""],
            "n_attendees": [5],
            "n_external": [0],
            "organizer_self": [1],
            "recurring": [1],
            "lead_hours": [100.0],
            "duration_min": [15],
            "local_start_hour": [7.0],
            "weekday": [2],
            "with_report": [1],
            "role": ["executive"],
            "label": ["execution"],
        }
    )
    assert not described_events(labels, EARLY, 6.0, 14.0)["outside_hours"].iloc[0]
    assert described_events(labels, EARLY, 8.0, 18.0)["outside_hours"].iloc[0]
