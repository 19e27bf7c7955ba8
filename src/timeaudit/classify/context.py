"""Context features: what the classifier and the counting rules read about each event, derived
vectorised from the stored columns and what is known of each calendar's owner (zone, role,
working hours, reports, internal domains)."""

from __future__ import annotations

import functools
import json
import re
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
    "n_groups",
    "with_manager",
    "has_reports",
    "series_lead_hours",
    "series_days",
    "text",
)

#: A list or group address (``team@``, "Platform Team", CUTYPE=GROUP) counts as this many
#: people: who is on it is unknown, but it is never one person, so a stand-up sent to the
#: owner and a team list is a group meeting, not a 1:1.
GROUP_SIZE = 3

#: Titles that name a gathering. Its invitation often lists only the organiser and you (a
#: forum, a reception, a ceremony invites each guest alone), so two listed people there
#: are the organiser and one guest of many: counted as a group, like a list address.
_GATHERING = re.compile(
    r"forum|meet-?up|conference|konferenz|conf[ée]rence|conferencia|congress|kongress"
    r"|congr[èe]s|congreso|summit|gipfel|sommet|cumbre|symposi|seminar|s[ée]minaire|webinar"
    r"|reception|empfang|r[ée]ception|recepci[óo]n|ceremony|zeremonie|c[ée]r[ée]monie"
    r"|ceremonia|\bgala\b|town ?hall|all[- ]hands|assembly|versammlung|assembl[ée]e|asamblea"
    r"|\bpanel\b|round ?table|table ronde|mesa redonda|networking|netzwerktreffen"
    r"|trade (fair|show)|graduation|conferring|festakt|inauguration|einweihung|open day"
    r"|council|study session|conseil municipal|stadtrat|gemeinderat|concejo",
    re.IGNORECASE,
)
#: ... unless the title says it is a one-to-one.
_ONE_TO_ONE_TITLE = re.compile(
    r"\b1\s?[:/x-]\s?1\b|one[- ]?on[- ]?one|one[- ]to[- ]one|vier[- ]?augen"
    r"|t[êe]te[- ][àa][- ]t[êe]te",
    re.IGNORECASE,
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
    manager: str = ""  # the owner's own manager's email (config or roster)

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
    _add_series_context(out)
    _add_attendee_context(out, people)
    _add_local_time(out, people)
    out["text"] = (
        out["title"] + " \n " + out["description"] + " \n " + out["location"]
    ).str.lower()
    return out


def _add_series_context(out: pd.DataFrame) -> None:
    """What a series says as a whole: ``series_lead_hours``, how long before its first
    occurrence read it was booked (a war-room series created an hour before its first
    meeting is urgent in every occurrence, though the fifth was booked days ahead), and
    ``series_days``, how many days its occurrences read span (a crisis series is bounded,
    a routine one runs for months). A one-off is a series of one."""
    if out.empty:
        out["series_lead_hours"] = pd.Series(dtype=float)
        out["series_days"] = pd.Series(dtype=float)
        return
    key = out["series_id"].where(out["series_id"] != "", out["uid"])
    grouped = out.groupby([out["owner"], out["source"], key], sort=False)
    first = grouped["start"].transform("min")
    last = grouped["start"].transform("max")
    created = grouped["created"].transform("min")
    out["series_lead_hours"] = (first - created).dt.total_seconds() / 3600.0
    out["series_days"] = (last - first).dt.total_seconds() / 86400.0


_PARTY_KEYS = ["owner", "attendee_emails", "attendees_json", "organizer"]


def _add_attendee_context(out: pd.DataFrame, people: Mapping[str, PersonContext]) -> None:
    """Who takes part, computed once per distinct (owner, attendees, organiser): a series
    repeats the same list on every occurrence."""
    codes, firsts = distinct_rows(out[_PARTY_KEYS])
    counts = _party_counts(out[_PARTY_KEYS].iloc[firsts].reset_index(drop=True), people)
    for col in ("n_attendees", "n_external", "with_report", "n_reports", "n_groups"):
        out[col] = counts[col].to_numpy()[codes]
    out["with_manager"] = counts["with_manager"].to_numpy().astype(bool)[codes]
    _count_gatherings(out)
    known = {k for k, p in people.items() if p.reports}
    out["has_reports"] = out["owner"].isin(known).to_numpy()
    out["external"] = out["n_external"] > 0
    out["one_to_one"] = out["n_attendees"] == 2
    own = (out["organizer"] == "") | (out["organizer"] == out["owner"])
    out["organizer_self"] = own | (out["response"] == Response.ORGANIZER.value)


def _count_gatherings(out: pd.DataFrame) -> None:
    """Two listed people at a gathering (:data:`_GATHERING`) are the organiser and one of
    its guests: count the guests as a group. Titles are tested once each."""
    pair = (out["n_attendees"] == 2).to_numpy()
    if not pair.any():
        return
    titles = out["title"].to_numpy()[pair]
    gathering = {title for title in set(titles.tolist()) if _names_a_gathering(title)}
    if not gathering:
        return
    rows = np.flatnonzero(pair)[[title in gathering for title in titles]]
    n_attendees = out["n_attendees"].to_numpy().copy()
    n_groups = out["n_groups"].to_numpy().copy()
    n_attendees[rows] += GROUP_SIZE - 1  # the guest list stands in for the one guest seen
    n_groups[rows] += 1
    out["n_attendees"], out["n_groups"] = n_attendees, n_groups


@functools.lru_cache(maxsize=65536)
def _names_a_gathering(title: str) -> bool:
    """Does ``title`` name a gathering (cached: a series' title comes back every chunk)?"""
    return bool(_GATHERING.search(title)) and not _ONE_TO_ONE_TITLE.search(title)


PERSON, GROUP, ROOM = "person", "group", "room"
_ROOM_NAME = re.compile(
    r"\b(room|rm|conf\.?|conference|meeting ?room|boardroom|besprechungsraum|konferenzraum"
    r"|sitzungssaal|salle|auditorium)\b|^(sala|raum|aula)\b|\(\d{1,3}\)\s*$",
    re.IGNORECASE,
)
_ROOM_LOCAL = re.compile(
    r"room|raum|^(rm|conf|confrm|mtg|salle|sala|aula)[-_.]?\d|^(conf|mtg)[-_.]?r(oo)?m",
    re.IGNORECASE,
)
_GROUP_WORDS = (
    r"team|teams|all|alle|everyone|staff|allstaff|allhands|list|dl|group|grp|gruppe|leads"
    r"|leaders|leadership|managers|mgmt|committee|board|exec|execs|crew|squad|tribe|guild"
    r"|chapter|office|info|ops|dept|department|abteilung|equipe|equipo|tous|todos|sales"
    r"|marketing|finance|hr|eng|engineering|product|support|legal|procurement|vertrieb"
    r"|einkauf|ventas|ventes|admin|partners|customers|clients"
)
_GROUP_LOCAL = re.compile(rf"(?:^|[-_.])(?:{_GROUP_WORDS})(?:$|[-_.0-9])", re.IGNORECASE)
_GROUP_NAME = re.compile(
    r"\b(team|teams|group|gruppe|list|liste|distribution|all[- ]staff|all[- ]hands|everyone"
    r"|leads|leadership|committee|ausschuss|comit[ée]|[ée]quipe|equipo|equipa|dl|squad|tribe"
    r"|guild|chapter|crew|deans|academy|akademie|acad[ée]mie|academia|association|asociaci[óo]n"
    r"|verband|verein|network|netzwerk|r[ée]seau|red de|forum|alliance|allianz|alianza|council"
    r"|society|club|institute|institut|instituto|foundation|stiftung|fondation|fundaci[óo]n"
    r"|secretariat|sekretariat|secr[ée]tariat|secretar[íi]a|maison des|events|eventos"
    r"|[ée]v[ée]nements|veranstaltungen)\b"
    r"|^(all|alle|tous|todos|sales|marketing|finance|engineering|product|support|legal|ops"
    r"|operations|hr|it|vertrieb|einkauf|ventas|ventes)\b|^#",
    re.IGNORECASE,
)
#: Mailboxes of an organisation, not of a person, whatever name they carry: an invitation
#: from ``info@`` or ``eventos@`` is an event's, never a two-person meeting.
_ORG_MAILBOX = re.compile(
    r"^(info|events?|eventos|evenements|veranstaltung(en)?|no-?reply|do-?not-?reply"
    r"|newsletters?|invitations?|invites?|webinars?|rsvp|registrations?|anmeldung"
    r"|inscriptions?|inscripciones|secretariat|sekretariat|secretaria(do)?|akademie|academy"
    r"|academie|academia)$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def address_kind(email: str, name: str = "", group: bool = False) -> str:
    """Is ``email`` (display name ``name``) a person, a group (a list or team address: the
    source said CUTYPE=GROUP, its name reads like a team's or, with no name, its address
    does: ``eng-leads@``; an organisation's mailbox such as ``info@`` or ``eventos@``; a name
    such as "Kronwitter Akademie" or "IUA Engineering Deans") or a room or resource (never a
    participant)? A person's name on a role address (``ops@`` as "Joao Pereira") is a person.
    Read from the address and name alone, so the same address is the same kind for
    everyone."""
    local, _, domain = email.partition("@")
    if domain.startswith("resource.") or _ROOM_NAME.search(name) or _ROOM_LOCAL.search(local):
        return ROOM
    if group or _GROUP_NAME.search(name) or _ORG_MAILBOX.match(local):
        return GROUP
    if name.strip() and name.strip().lower() != email:
        return PERSON  # a name that is not a list's: a role address a person reads (ops@)
    return GROUP if _GROUP_LOCAL.search(local) else PERSON


#: One attendee as :func:`timeaudit.store.records.attendees_json` writes it (its only writer).
_LISTED = re.compile(
    r'\{"email": "([^"\\]*(?:\\.[^"\\]*)*)", "name": "([^"\\]*(?:\\.[^"\\]*)*)", '
    r'"response": "[^"]*"(, "group": true)?\}'
)


def _listed_names(attendees_json: pd.Series) -> dict[str, tuple[str, bool]]:
    """Each address's display name and whether a source marked it a group, from the
    distinct attendee lists: read with one pattern over all of them (the store writes them
    one way), and JSON-decoded only where a value holds an escape."""
    names: dict[str, tuple[str, bool]] = {}
    joined = "\n".join(attendees_json.drop_duplicates().tolist())
    for raw_email, raw_name, group in _LISTED.findall(joined):
        email = (_unescape(raw_email) if "\\" in raw_email else raw_email).lower()
        if email and (email not in names or not names[email][0]):
            name = _unescape(raw_name) if "\\" in raw_name else raw_name
            names[email] = (name, bool(group))
    return names


def _unescape(value: str) -> str:
    try:
        return str(json.loads(f'"{value}"'))
    except ValueError:
        return value


def _party_counts(parties: pd.DataFrame, people: Mapping[str, PersonContext]) -> pd.DataFrame:
    """Per distinct party (owner, attendees, organiser): who takes part. The organiser takes
    part even when the invite does not list them as an attendee (Outlook's style); each
    address counts once per event. Rooms never count; a list address counts as a group of
    :data:`GROUP_SIZE`. One pass in plain Python over the parties: each holds a handful of
    addresses, and each address's kind is read once (the vectorised version spent a sixth
    of an audit chunk building and joining frames of a few addresses each)."""
    names = _listed_names(parties["attendees_json"])
    internal = {k: p.internal_domains for k, p in people.items()}
    reports = {k: frozenset(p.reports) for k, p in people.items()}
    managers = {k: p.manager for k, p in people.items() if p.manager}
    kinds: dict[str, str] = {}
    # per party: persons, groups, external addresses, reports, whether the manager is in
    counted: list[tuple[int, int, int, int, bool]] = []
    rows = zip(parties["owner"].tolist(), parties["attendee_emails"].tolist(),
               parties["organizer"].tolist(), strict=True)  # fmt: skip
    for owner, listed, organizer in rows:
        persons = groups = external = own = 0
        with_manager = False
        if isinstance(listed, str) and isinstance(organizer, str):  # else: nobody known
            domains, own_reports = internal.get(owner, ()), reports.get(owner, ())
            manager = managers.get(owner)
            for email in dict.fromkeys(f"{listed} {organizer}".split()):
                kind = kinds.get(email)
                if kind is None:
                    kind = kinds[email] = address_kind(email, *names.get(email, ("", False)))
                if email == owner or kind == ROOM:
                    continue
                external += email.rsplit("@", 1)[-1] not in domains
                if kind == GROUP:
                    groups += 1
                elif kind == PERSON:
                    persons += 1
                    own += email in own_reports
                    with_manager = with_manager or email == manager
        counted.append((persons, groups, external, own, with_manager))
    counts = np.array(counted, dtype=np.int64).reshape(-1, 5)
    result = parties.copy()
    result["n_attendees"] = counts[:, 0] + GROUP_SIZE * counts[:, 1] + 1
    result["n_groups"] = counts[:, 1]
    result["n_external"] = counts[:, 2]
    result["n_reports"] = counts[:, 3]
    result["with_report"] = counts[:, 3] > 0
    result["with_manager"] = counts[:, 4].astype(bool)
    return result


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
        person.manager,
    )
