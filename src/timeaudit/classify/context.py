"""Context features: what the classifier and the counting rules read about each event, derived
vectorised from the stored columns and what is known of each calendar's owner (zone, role,
working hours, reports, internal domains)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from timeaudit.config.types import DEFAULT_WORK_END, DEFAULT_WORK_START, Config, Person
from timeaudit.model import Response

CONTEXT_COLUMNS = (
    "person_tz",
    "role",
    "duration_min",
    "n_attendees",
    "n_external",
    "external",
    "organizer_self",
    "recurring",
    "lead_hours",
    "local_start_hour",
    "weekday",
    "outside_hours",
    "one_to_one",
    "with_report",
    "n_reports",
    "text",
)


@dataclass(frozen=True)
class PersonContext:
    """What the context columns need to know about a calendar's owner."""

    email: str
    tz: str
    role: str
    domains: tuple[str, ...] = ()  # internal domains; the owner's own is always one
    reports: tuple[str, ...] = ()  # direct reports' emails
    work_start: float = DEFAULT_WORK_START  # working hours, owner's zone
    work_end: float = DEFAULT_WORK_END

    @property
    def internal_domains(self) -> set[str]:
        own = self.email.rsplit("@", 1)[-1].lower()
        return {own, *(d.lower() for d in self.domains)}


def add_context(frame: pd.DataFrame, people: Mapping[str, PersonContext]) -> pd.DataFrame:
    """Return a copy of ``frame`` with the context columns for each row's owner.

    Rows whose owner is not in ``people`` get UTC and an empty role.
    """
    out = frame.copy()
    owner = out["owner"]
    out["person_tz"] = owner.map({k: p.tz for k, p in people.items()}).fillna("UTC")
    out["role"] = owner.map({k: p.role for k, p in people.items()}).fillna("")
    out["duration_min"] = (out["end"] - out["start"]).dt.total_seconds() / 60.0
    out["lead_hours"] = (out["start"] - out["created"]).dt.total_seconds() / 3600.0
    out["recurring"] = (out["recurrence_id"] != "") | (out["series_id"] != "")
    _add_attendee_context(out, people)
    _add_local_time(out, people)
    out["text"] = (
        out["title"] + " \n " + out["description"] + " \n " + out["location"]
    ).str.lower()
    return out


_PARTY_KEYS = ["owner", "attendee_emails", "organizer"]


def _add_attendee_context(out: pd.DataFrame, people: Mapping[str, PersonContext]) -> None:
    """Who takes part, computed once per distinct (owner, attendees, organiser): a series
    repeats the same list on every occurrence."""
    parties = out[_PARTY_KEYS].drop_duplicates().reset_index(drop=True)
    counts = _party_counts(parties, people)
    merged = out[_PARTY_KEYS].merge(counts, on=_PARTY_KEYS, how="left")
    out["n_attendees"] = merged["n_attendees"].to_numpy()
    out["n_external"] = merged["n_external"].to_numpy()
    out["external"] = out["n_external"] > 0
    out["one_to_one"] = out["n_attendees"] == 2
    out["with_report"] = merged["with_report"].to_numpy()
    out["n_reports"] = merged["n_reports"].to_numpy()
    own = (out["organizer"] == "") | (out["organizer"] == out["owner"])
    out["organizer_self"] = own | (out["response"] == Response.ORGANIZER.value)


def _party_counts(parties: pd.DataFrame, people: Mapping[str, PersonContext]) -> pd.DataFrame:
    # The organiser takes part even when the invite does not list them as an attendee
    # (Outlook's style); count each address once per event.
    emails = (parties["attendee_emails"] + " " + parties["organizer"]).str.split()
    exploded = emails.explode().dropna()
    exploded = exploded[exploded != ""]
    exploded = exploded[~_duplicated_pairs(exploded)]
    owners = parties["owner"].reindex(exploded.index)
    domain = exploded.str.rsplit("@", n=1).str[-1]
    internal = _lookup_pairs(owners, domain, {k: p.internal_domains for k, p in people.items()})
    is_report = _lookup_pairs(owners, exploded, {k: set(p.reports) for k, p in people.items()})
    others = exploded != owners
    result = parties.copy()
    listed = others.groupby(level=0).sum().reindex(parties.index, fill_value=0)
    external = (~internal & others).groupby(level=0).sum().reindex(parties.index, fill_value=0)
    reports = (is_report & others).groupby(level=0).sum().reindex(parties.index, fill_value=0)
    result["n_attendees"] = (listed + 1).astype(int)
    result["n_external"] = external.astype(int)
    result["n_reports"] = reports.astype(int)
    result["with_report"] = reports > 0
    return result


def _duplicated_pairs(values: pd.Series) -> np.ndarray:
    """True where (index label, value) repeats an earlier pair."""
    pairs = pd.DataFrame({"i": values.index, "v": values.to_numpy()})
    return np.asarray(pairs.duplicated().to_numpy())


def _lookup_pairs(owners: pd.Series, values: pd.Series, table: Mapping[str, set[str]]) -> pd.Series:
    """For each (owner, value) pair: is ``value`` in ``table[owner]``? Vectorised by
    joining on a frame of the table's pairs."""
    pairs = pd.DataFrame(
        [(o, v) for o, vs in table.items() for v in vs], columns=["o", "v"]
    ).drop_duplicates()
    probe = pd.DataFrame({"o": owners.to_numpy(), "v": values.to_numpy()})
    hit = probe.merge(pairs.assign(hit=True), on=["o", "v"], how="left")["hit"]
    return pd.Series(hit.fillna(False).astype(bool).to_numpy(), index=values.index)


def _add_local_time(out: pd.DataFrame, people: Mapping[str, PersonContext]) -> None:
    hour = pd.Series(np.nan, index=out.index, dtype=float)
    weekday = pd.Series(0, index=out.index, dtype=int)
    end_hour = pd.Series(np.nan, index=out.index, dtype=float)
    for tz, idx in out.groupby("person_tz").groups.items():
        local = out.loc[idx, "start"].dt.tz_convert(str(tz))
        local_end = out.loc[idx, "end"].dt.tz_convert(str(tz))
        hour.loc[idx] = local.dt.hour + local.dt.minute / 60.0
        end_hour.loc[idx] = local_end.dt.hour + local_end.dt.minute / 60.0
        weekday.loc[idx] = local.dt.day_of_week
    # as floats even when the frame is empty (a map over no rows keeps the owner's text type)
    starts = (
        out["owner"]
        .map({k: p.work_start for k, p in people.items()})
        .fillna(DEFAULT_WORK_START)
        .astype(float)
    )
    ends = (
        out["owner"]
        .map({k: p.work_end for k, p in people.items()})
        .fillna(DEFAULT_WORK_END)
        .astype(float)
    )
    out["local_start_hour"] = hour
    out["weekday"] = weekday
    out["outside_hours"] = outside_hours(weekday, hour, end_hour, starts, ends) & ~out["all_day"]


def outside_hours(
    weekday: pd.Series,
    start_hour: pd.Series,
    end_hour: pd.Series,
    work_start: pd.Series | float,
    work_end: pd.Series | float,
) -> pd.Series:
    """Whether each event falls outside its owner's working hours: on a weekend, starting
    before the day opens or after it closes, running past the close, or crossing midnight.

    The one definition of "outside working hours": the rules read it from the context
    columns, the learned model from the same column, and labelled training rows get it from
    here with the configured hours (:func:`timeaudit.classify.learn.with_outside_hours`)."""
    crosses_midnight = end_hour < start_hour
    late = (start_hour < work_start) | (start_hour >= work_end) | (end_hour > work_end)
    return (weekday >= 5) | late | crosses_midnight


def distinct_rows(keys: pd.DataFrame) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """``(codes, firsts)``: rows of ``keys`` that are equal in every column (missing values
    equal too) share a code, and ``firsts[c]`` is the position of code ``c``'s first row.
    How the rules and the model classify a recurring series once, not fifty times."""
    grouped = keys.groupby(list(keys.columns), sort=False, dropna=False)
    codes = np.asarray(grouped.ngroup(), dtype=np.intp)
    return codes, np.unique(codes, return_index=True)[1]


def person_context(config: Config, person: Person) -> PersonContext:
    s = config.settings
    return PersonContext(
        person.email,
        person.tz,
        person.role,
        s.internal_domains,
        person.reports,
        s.work_start,
        s.work_end,
    )
