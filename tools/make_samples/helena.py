"""Helena Marsh, CEO, London: a healthy winter that drifts into execution by October.

This module has her days off and her recurring series; :mod:`.helena_meetings` her
one-off meetings, :mod:`.helena_fill` the filler's templates and plan."""

from __future__ import annotations

from datetime import date

from .builder import Builder, Series
from .cast import (
    AISHA,
    AMELIA,
    BEN,
    BOARDROOM,
    CLAIRE,
    GARETH,
    HANNAH,
    HELENA,
    INGRID,
    LONDON,
    LUCY,
    MARCUS,
    NADIA,
    NEW_YORK,
    OLIVER,
    ORGS,
    PRIYA,
    RAFAEL,
    SAM,
    TOM,
    UID_ATLAS_STEERCO,
    UID_EXEC_TEAM,
    UID_MARCUS_HELENA,
    WEEKDAYS,
    C,
    E,
    Leader,
    O,
    Person,
    S,
    local,
)
from .filler import fill
from .helena_fill import fill_plan
from .helena_meetings import add_meetings

TZ = LONDON
d = date  # short: the calls below name many dates

HELENA_LEADER = Leader(
    key="helena",
    slug="ceo-helena-marsh",
    owner=HELENA,
    role="executive",
    job="CEO",
    tz=LONDON,
    seed=20261031,
    reports=(TOM, CLAIRE, MARCUS, INGRID, RAFAEL),
    team="leadership",
    share_named=True,
)


def build_helena() -> Builder:
    """Helena's calendar, in the order the random draws depend on."""
    b = Builder(HELENA_LEADER)
    _days_off(b)
    series = _team_and_one_to_ones(b)
    _standing_reviews(b)
    series |= _strategy_and_coaching(b)
    _programmes_and_approvals(b)
    _commercial_and_leadership(b)
    _skip_levels_and_accounts(b)
    _lunch_and_holds(b)
    b.apply_days_off()
    _series_cases(b, series)
    add_meetings(b)
    fill(b, fill_plan())
    return b


def _days_off(b: Builder) -> None:
    """Public holidays, leave and the New York trip."""
    b.holidays(
        d(2025, 12, 25),
        d(2025, 12, 26),
        d(2026, 1, 1),
        d(2026, 4, 3),
        d(2026, 4, 6),
        d(2026, 5, 4),
        d(2026, 5, 25),
        d(2026, 8, 31),
    )
    b.all_day("Christmas break", d(2025, 12, 24), d(2026, 1, 2))
    b.note("all-day OOO (leave)", "Christmas break", d(2025, 12, 24))
    b.all_day("Out of office", d(2026, 2, 16), d(2026, 2, 16))
    b.all_day("Annual leave – Cornwall", d(2026, 8, 8), d(2026, 8, 16))
    b.note("all-day OOO, summer vacation week", "Annual leave – Cornwall", d(2026, 8, 8))
    b.all_day("Out of office – school sports day", d(2026, 7, 3), d(2026, 7, 3), private=True)
    for day in (d(2026, 3, 30), d(2026, 3, 31)):
        b.off[day] = "travel"  # New York trip: London invitations declined


def _team_and_one_to_ones(b: Builder) -> dict[str, Series]:
    """The exec team meeting and the weekly 1:1s."""
    directs = HELENA_LEADER.reports
    b.recurring(
        "Exec team weekly",
        local(d(2025, 1, 13), "14:00", TZ),
        90,
        E,
        byday=["MO"],
        uid=UID_EXEC_TEAM,
        attendees=(*directs, AMELIA),
        rooms=(BOARDROOM,),
        location="Boardroom (L5) / Zoom",
        description="Standing agenda: numbers of the week, decisions needed, risks, AOB.",
    )
    b.recurring(
        "Week ahead w/ Amelia",
        local(d(2025, 3, 3), "08:00", TZ),
        30,
        E,
        byday=["MO"],
        organizer=AMELIA,
        attendees=(AMELIA,),
    )
    claire = b.recurring(
        "Sync w/ Claire",
        local(d(2025, 2, 4), "09:00", TZ),
        45,
        C,
        byday=["TU"],
        attendees=(CLAIRE,),
    )
    b.recurring(
        "Tom / Helena 1:1",
        local(d(2025, 1, 8), "09:00", TZ),
        45,
        C,
        byday=["WE"],
        organizer=TOM,
        attendees=(TOM,),
    )
    marcus = b.recurring(
        "Marcus <> Helena 1:1",
        local(d(2025, 2, 6), "11:00", NEW_YORK),
        45,
        C,
        byday=["TH"],
        uid=UID_MARCUS_HELENA,
        organizer=MARCUS,
        attendees=(MARCUS,),
        location="Zoom",
    )
    b.recurring(
        "Ingrid / Helena",
        local(d(2025, 4, 3), "09:00", TZ),
        30,
        C,
        byday=["TH"],
        organizer=INGRID,
        attendees=(INGRID,),
    )
    b.recurring(
        "Rafael 1:1", local(d(2025, 1, 10), "11:30", TZ), 45, C, byday=["FR"], attendees=(RAFAEL,)
    )
    return {"claire": claire, "marcus": marcus}


def _standing_reviews(b: Builder) -> None:
    """Pipeline, operations and board-prep reviews, and the monthly all-hands."""
    b.recurring(
        "Weekly pipeline review",
        local(d(2025, 5, 1), "10:00", TZ),
        60,
        E,
        byday=["TH"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN, OLIVER, SAM),
    )
    b.recurring(
        "Ops review",
        local(d(2025, 5, 7), "11:00", TZ),
        60,
        E,
        byday=["WE"],
        organizer=RAFAEL,
        attendees=(RAFAEL, AISHA, GARETH, SAM),
    )
    b.recurring(
        "Board prep",
        local(d(2025, 3, 4), "10:00", TZ),
        120,
        E,
        freq="MONTHLY",
        byday=["1TU"],
        organizer=AMELIA,
        attendees=(AMELIA, TOM, HANNAH),
        rdates=[local(d(2026, 9, 17), "10:00", TZ)],
    )
    b.note(
        "RDATE (extra instance of a monthly series)",
        "Board prep",
        local(d(2026, 9, 17), "10:00", TZ),
    )
    b.recurring(
        "Northwind all-hands",
        local(d(2025, 1, 31), "16:00", TZ),
        60,
        C,
        freq="MONTHLY",
        byday=["-1FR"],
        organizer=INGRID,
        attendees=(INGRID,),
        groups=(Person("All Northwind", "all@northwind.example"),),
        location="Canteen / Zoom",
    )


def _strategy_and_coaching(b: Builder) -> dict[str, Series]:
    """Thinking time (with deleted instances), the strategy working group, coaching and
    mentoring."""
    thinking = b.recurring(
        "Thinking time – strategy",
        local(d(2025, 9, 5), "09:00", TZ),
        120,
        S,
        byday=["FR"],
        until=d(2026, 5, 29),
    )
    b.exdate(
        thinking,
        d(2026, 3, 13),
        d(2026, 4, 10),
        d(2026, 4, 24),
        d(2026, 5, 8),
        d(2026, 5, 15),
        case="EXDATE (owner deleted an instance)",
    )
    thinking2 = b.recurring(
        "Thinking time", local(d(2026, 6, 5), "09:00", TZ), 60, S, byday=["FR"], interval=2
    )
    b.recurring(
        "Strategy working group",
        local(d(2025, 9, 10), "15:00", TZ),
        90,
        S,
        byday=["WE"],
        interval=2,
        until=d(2026, 3, 31),
        attendees=(TOM, CLAIRE, MARCUS, RAFAEL),
        description="Where do we play in 2027-2029? This cycle: segments, regions, and "
        "what we stop doing.",
    )
    b.recurring(
        "Exec coaching – Miriam Cole",
        local(d(2025, 6, 3), "16:30", TZ),
        60,
        C,
        byday=["TU"],
        interval=2,
        until=d(2026, 6, 30),
        organizer=ORGS["coach"].people[0],
        attendees=(ORGS["coach"].people[0],),
        location="Zoom",
    )
    b.recurring(
        "Mentoring: Aisha",
        local(d(2025, 10, 8), "17:00", TZ),
        45,
        C,
        freq="MONTHLY",
        byday=["2WE"],
        attendees=(AISHA,),
    )
    return {"thinking2": thinking2}


def _programmes_and_approvals(b: Builder) -> None:
    """Programme steercos, and the pricing, escalation and cash calls added in 2026."""
    b.recurring(
        "Atlas programme steerco",
        local(d(2025, 9, 2), "15:00", TZ),
        90,
        E,
        byday=["TU"],
        interval=2,
        uid=UID_ATLAS_STEERCO,
        organizer=GARETH,
        attendees=(GARETH, MARCUS, RAFAEL, CLAIRE, PRIYA),
        location="Zoom",
    )
    b.recurring(
        "Warehouse 2.0 steerco",
        local(d(2026, 4, 7), "11:00", TZ),
        60,
        E,
        byday=["TU"],
        organizer=GARETH,
        attendees=(GARETH, RAFAEL, AISHA, SAM),
    )
    b.recurring(
        "Pricing approvals",
        local(d(2026, 6, 1), "16:00", TZ),
        45,
        E,
        byday=["MO"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN, SAM),
    )
    b.recurring(
        "Weekly escalations review",
        local(d(2026, 7, 1), "17:00", TZ),
        45,
        E,
        byday=["WE"],
        organizer=RAFAEL,
        attendees=(RAFAEL, CLAIRE, AISHA),
    )
    b.recurring(
        "Daily cash & orders call",
        local(d(2026, 8, 3), "08:30", TZ),
        20,
        E,
        byday=WEEKDAYS,
        organizer=TOM,
        attendees=(TOM, SAM, RAFAEL),
    )


def _commercial_and_leadership(b: Builder) -> None:
    """Commercial and product reviews, investor relations and leadership development."""
    directs = HELENA_LEADER.reports
    b.recurring(
        "Commercial forecast call",
        local(d(2025, 4, 7), "10:00", TZ),
        45,
        E,
        byday=["MO"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN, SAM),
    )
    b.recurring(
        "Product review",
        local(d(2025, 5, 14), "13:30", TZ),
        90,
        E,
        byday=["WE"],
        interval=2,
        organizer=NADIA,
        attendees=(NADIA, MARCUS, CLAIRE),
        location="Zoom",
    )
    b.recurring(
        "Investor relations check-in",
        local(d(2025, 3, 6), "15:00", TZ),
        60,
        E,
        freq="MONTHLY",
        byday=["1TH"],
        organizer=TOM,
        attendees=(TOM, LUCY),
    )
    b.recurring(
        "Leadership team development",
        local(d(2025, 9, 17), "09:30", TZ),
        150,
        C,
        freq="MONTHLY",
        byday=["3WE"],
        until=d(2026, 5, 31),
        organizer=INGRID,
        attendees=(INGRID, *directs),
        location="Thames room",
        description="Monthly session for the exec team: how we lead, give feedback and "
        "grow the next layer of leaders.",
    )


def _skip_levels_and_accounts(b: Builder) -> None:
    """Skip-levels, market review, exec hiring, finance and top-account reviews."""
    b.recurring(
        "Skip-level breakfast",
        local(d(2025, 9, 9), "08:00", TZ),
        60,
        C,
        freq="MONTHLY",
        byday=["2TU"],
        until=d(2026, 6, 30),
        attendees=(AISHA, BEN, LUCY),
        location="Canteen",
    )
    b.recurring(
        "Market & competitor review",
        local(d(2025, 9, 11), "14:00", TZ),
        90,
        S,
        byday=["TH"],
        interval=2,
        until=d(2026, 4, 30),
        attendees=(CLAIRE, NADIA, OLIVER),
        description="Standing review: market signals, competitor moves, what it means for "
        "where we play.",
    )
    b.recurring(
        "Hiring pipeline – exec roles",
        local(d(2025, 9, 5), "15:00", TZ),
        45,
        C,
        byday=["FR"],
        interval=2,
        organizer=INGRID,
        attendees=(INGRID,),
    )
    b.recurring(
        "Finance & KPI review",
        local(d(2026, 3, 5), "17:00", TZ),
        45,
        E,
        byday=["TH"],
        organizer=TOM,
        attendees=(TOM, SAM),
    )
    b.recurring(
        "Top-10 accounts review",
        local(d(2026, 5, 1), "14:00", TZ),
        60,
        E,
        byday=["FR"],
        organizer=CLAIRE,
        attendees=(CLAIRE, BEN),
    )


def _lunch_and_holds(b: Builder) -> None:
    """Lunch and the transparent Friday hold."""
    b.recurring("Lunch", local(d(2025, 6, 2), "12:30", TZ), 45, O, byday=WEEKDAYS)
    b.note("lunch block (daily series)", "Lunch", local(d(2025, 11, 3), "12:30", TZ))
    b.recurring(
        "Hold – inbox & admin",
        local(d(2025, 6, 6), "16:30", TZ),
        60,
        O,
        byday=["FR"],
        transparent=True,
    )
    b.note(
        "TRANSP:TRANSPARENT hold (weekly series)",
        "Hold – inbox & admin",
        local(d(2025, 11, 7), "16:30", TZ),
    )


def _series_cases(b: Builder, series: dict[str, Series]) -> None:
    """Hard cases on recurring series (after the days off are applied)."""
    b.note(
        "EXDATE (series skipped over Christmas)",
        "Exec team weekly",
        local(d(2025, 12, 29), "14:00", TZ),
    )

    b.override(
        series["claire"],
        d(2026, 10, 6),
        start=local(d(2026, 10, 6), "17:15", TZ),
        case="moved recurring instance (09:00 -> 17:15)",
    )
    b.override(
        series["thinking2"],
        d(2026, 10, 9),
        cancel=True,
        case="cancelled recurring instance (STATUS:CANCELLED)",
    )
    b.override(
        series["marcus"],
        d(2026, 10, 8),
        cancel=True,
        case="cancelled recurring instance (organiser in an incident)",
    )
    b.note(
        "declined recurring instance (auto-declined while travelling)",
        "Week ahead w/ Amelia",
        local(d(2026, 3, 30), "08:00", TZ),
    )
    b.note(
        "series in another zone (America/New_York) shifts in London across the US/EU DST gap",
        "Marcus <> Helena 1:1",
        local(d(2026, 3, 12), "11:00", NEW_YORK),
    )
