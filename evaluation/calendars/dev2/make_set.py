#!/usr/bin/env python3
"""Write (and check) the hand-labelled evaluation set `dev2`.

    .venv/bin/python evaluation/calendars/dev2/make_set.py           # write every file of the set
    .venv/bin/python evaluation/calendars/dev2/make_set.py check     # every timed occurrence labelled?
    .venv/bin/python evaluation/calendars/dev2/make_set.py summary   # counted hours per label and month

Five leaders, each one calendar export in the style of the app they use (Google Workspace,
Exchange/Outlook with Windows time-zone names, Apple Calendar). Every event below is written by
hand with its truth (label) and a short reason right next to it. Labels say what the time was
actually spent on, by the category meanings of DESIGN.md, not what the title suggests.

Label rows: an empty recurrence_id labels every occurrence of a series (or the single event);
a row with the ORIGINAL start of one occurrence in UTC labels that occurrence and takes
precedence over the series row for it (only written where an occurrence's truth differs from
its series). `check` fails on any timed occurrence in a listed month without a label, on
duplicate rows, on rows that match no event or occurrence, and on unknown labels.

Output is deterministic: the only randomness (other invitees' answers, creation minutes,
UIDs) is seeded from the event's own text.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import random
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
UTC = dt.timezone.utc
LABELS = ("strategy", "capability-building", "execution", "firefighting", "other")
SET_NAME = "dev2"

AUTHORED = """Hand-written by an LLM helper session (Claude) acting as an independent label author \
for a new development set, dev2, meant for studying classification errors. Allowed reading: the design \
document's category meanings and counting rules (/work/shared/DESIGN.md), the README sections \
"Configuration" and "What counts, and why", evaluation/calendars/README.md (the set format), the dev set's \
set.toml and timeaudit.toml (for their format only), and a third-party corpus of real .ics exports \
(/work/shared/corpus/ics, used only to imitate exporter quirks: Google's UTC single events, X-WR-TIMEZONE \
and resource rooms, Exchange's Windows time-zone names and X-MICROSOFT-CDO-* properties, Apple's quoted \
parameters). The author did NOT read anything under src/, classifiers/, tests/ or tools/, any other set's \
.ics, .labels.csv or make_set.py, or any other part of evaluation/; did not search the code; and ran no \
timeaudit command and nothing that classifies. No output of the tool was seen. Five personas (an Italian \
tomato-products plant director, September and October; a Dutch logistics scale-up CTO; a Mexican retail \
chain COO; a Swiss insurer's head of claims; a Canadian public hospital's VP operations) and their months \
were invented, and every event was written by hand in make_set.py with its true category and a reason \
next to it. Labels are what a careful human judge would say the time was spent on, by the category \
meanings, not what the title suggests (planned drills, exercises, maintenance windows and launch \
'war rooms' are not firefighting; postmortems two weeks later are capability-building; a recurring \
meeting taken over by a crisis is labelled per occurrence). make_set.py check expands every series with \
recurring_ical_events and fails unless every timed occurrence in a listed month has exactly one label \
(an occurrence row takes precedence over its series row)."""

EXPORTED = dt.datetime(2026, 11, 2, 7, 12, 44, tzinfo=UTC)   # when the exports were taken


def _h(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _rng(*parts) -> random.Random:
    return random.Random(int(_h(*parts)[:16], 16))


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------

class Contact:
    def __init__(self, key, name, email, cutype="INDIVIDUAL"):
        self.key, self.name, self.email, self.cutype = key, name, email, cutype


class Override:
    """One changed occurrence of a series (exported as a VEVENT with RECURRENCE-ID)."""

    def __init__(self, orig, start=None, dur=None, end=None, *, label=None, why=None, summary=None,
                 desc=None, loc=None, me=None, status=None, changed=None, add=None, drop=None,
                 busy=None):
        self.orig_s, self.start_s, self.dur, self.end_s = orig, start, dur, end
        self.label, self.why, self.summary, self.desc, self.loc = label, why, summary, desc, loc
        self.me, self.status, self.changed_s, self.add, self.drop = me, status, changed, add or [], drop or []
        self.busy = busy


O = Override


class Event:
    pass


class Person:
    def __init__(self, *, slug, name, email, role, tz, style, domain, calname, lang,
                 reports, manager=None, months, industry, prodid=None, wintz=None):
        self.slug, self.name, self.email, self.role, self.tzname = slug, name, email, role, tz
        self.tz = ZoneInfo(tz)
        self.style, self.domain, self.calname, self.lang = style, domain, calname, lang
        self.months, self.industry = months, industry
        self.prodid, self.wintz = prodid, wintz
        self.contacts: dict[str, Contact] = {}
        self.me = Contact("me", name, email)
        self.contacts["me"] = self.me
        self._reports, self._manager = reports, manager
        self.events: list[Event] = []

    # contacts ---------------------------------------------------------------------------
    def add(self, key, name, email=None, cutype="INDIVIDUAL"):
        if email is None:
            email = key if "@" in key else f"{key}@{self.domain}"
        self.contacts[key] = Contact(key, name, email, cutype)

    def group(self, key, name, email):
        self.add(key, name, email, "GROUP")

    def room(self, key, name, email):
        self.add(key, name, email, "ROOM" if self.style != "google" else "RESOURCE")

    @property
    def reports(self):
        return [self.contacts[k].email for k in self._reports]

    @property
    def manager(self):
        return self.contacts[self._manager].email if self._manager else None

    # time helpers -----------------------------------------------------------------------
    def t(self, s) -> dt.datetime:
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    def d(self, s) -> dt.date:
        return dt.datetime.strptime(s, "%Y-%m-%d").date()

    # the event spec ---------------------------------------------------------------------
    def ev(self, summary, start, dur=None, *, label, why, end=None, rrule=None, exdate=(),
           org="me", att=(), opt=(), me="ACCEPTED", desc="", loc="", booked=None,
           private=False, transp=False, busy=None, status=None, ov=(), allday=False,
           lang=None, conf=True, seq=None):
        """summary, local start 'YYYY-MM-DD HH:MM' (or 'YYYY-MM-DD' with allday=True),
        dur in minutes or end, label and why (the truth), rrule (RFC 5545 text),
        exdate (local starts), org (contact key, 'me', or None for a solo block),
        att/opt (contact keys), me (the owner's PARTSTAT), booked (how long before the first
        start it was created: '25m', '20h', '3d', '6w', or an absolute local time)."""
        assert label in LABELS, label
        assert why, summary
        e = Event()
        e.p, e.summary, e.label, e.why = self, summary, label, why
        e.allday = allday
        if allday:
            e.start = self.d(start)
            e.end = self.d(end) if end else e.start + dt.timedelta(days=1)
        else:
            e.start = self.t(start)
            e.end = self.t(end) if end else e.start + dt.timedelta(minutes=dur)
            assert e.end > e.start, summary
        e.rrule, e.exdate = rrule, [self.t(x) for x in exdate]
        e.org = None if org is None else self.contacts[org]
        e.att = [self.contacts[k] for k in att]
        e.opt = [self.contacts[k] for k in opt]
        if e.org is not None and e.org is not self.me and not e.att and not e.opt:
            raise ValueError(f"{summary}: organised by someone else but no attendees")
        e.me_stat, e.desc, e.loc = me, desc, loc
        e.private, e.transp, e.busy, e.status = private, transp, busy, status
        e.lang = lang or self.lang
        e.conf = conf
        e.ov = list(ov)
        e.uid = self._uid(summary, start)
        first = e.start if not allday else dt.datetime.combine(e.start, dt.time(9), self.tz)
        e.created = self._created(booked, first, summary, bool(rrule))
        r = _rng(e.uid, "mod")
        e.modified = min(e.created + dt.timedelta(minutes=r.randint(0, 90)), EXPORTED)
        e.seq = seq if seq is not None else (0 if not rrule else r.choice([0, 0, 1, 2]))
        self._validate(e)
        self.events.append(e)
        return e

    def _created(self, booked, first, summary, recurring):
        r = _rng(self.slug, summary, first, "created")
        if booked is None:
            if recurring:
                delta = dt.timedelta(days=r.randint(12, 60), minutes=r.randint(0, 600))
            else:
                delta = dt.timedelta(days=r.randint(3, 24), minutes=r.randint(0, 500))
            c = first - delta
            # created during someone's working day
            c = c.replace(hour=r.randint(8, 17), minute=r.randint(0, 59))
            if c >= first:
                c = first - dt.timedelta(days=2)
        elif booked[0].isdigit() and booked[-1] in "mhdw" and " " not in booked:
            n, unit = int(booked[:-1]), booked[-1]
            c = first - {"m": dt.timedelta(minutes=n), "h": dt.timedelta(hours=n),
                         "d": dt.timedelta(days=n), "w": dt.timedelta(weeks=n)}[unit]
        else:
            c = self.t(booked)
        c = c.replace(second=r.randint(0, 59))
        assert c < first or booked, summary
        return c.astimezone(UTC)

    def _uid(self, summary, start):
        hx = _h(self.slug, summary, start)
        if self.style == "google":
            alphabet = "0123456789abcdefghijklmnopqrstuv"
            n = int(hx, 16)
            s = "".join(alphabet[(n >> (5 * i)) & 31] for i in range(26))
            return f"{s}@google.com"
        if self.style == "outlook":
            return ("040000008200E00074C5B7101A82E00800000000" + hx[:16].upper() + "01000000000000000010000000"
                    + hx[16:48].upper())
        u = hx[:32].upper()
        return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"

    def _occurrences(self, e):
        from dateutil.rrule import rrulestr
        rule = rrulestr(e.rrule, dtstart=e.start.replace(tzinfo=None), ignoretz=True)
        return {x.replace(tzinfo=self.tz) for x in rule.between(
            e.start.replace(tzinfo=None) - dt.timedelta(seconds=1), dt.datetime(2027, 6, 1), inc=True)}

    def _validate(self, e):
        if not e.rrule:
            assert not e.exdate and not e.ov, e.summary
            return
        occ = self._occurrences(e)
        for x in e.exdate:
            assert x in occ, f"{e.summary}: EXDATE {x} is not an occurrence"
        for o in e.ov:
            o.orig = self.t(o.orig_s)
            assert o.orig in occ, f"{e.summary}: RECURRENCE-ID {o.orig} is not an occurrence"
            assert o.orig not in e.exdate, e.summary
            if o.start_s:
                o.start = self.t(o.start_s)
            else:
                o.start = o.orig
            if o.end_s:
                o.end = self.t(o.end_s)
            elif o.dur:
                o.end = o.start + dt.timedelta(minutes=o.dur)
            else:
                o.end = o.start + (e.end - e.start)
            if o.label is not None:
                assert o.label in LABELS and o.why, e.summary
            o.changed = (self.t(o.changed_s) if o.changed_s else
                         min(o.start, o.orig) - dt.timedelta(days=_rng(e.uid, o.orig).randint(1, 6),
                                                             hours=_rng(e.uid, o.orig, 2).randint(0, 5)))
            o.changed = o.changed.astimezone(UTC)


# --------------------------------------------------------------------------------------------
# writing .ics text, one exporter style per person
# --------------------------------------------------------------------------------------------

def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode())
        if n + b > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def pval(v: str, always=False) -> str:
    if always or any(c in v for c in ':;,"') or (v != v.strip()):
        return '"' + v.replace('"', "'") + '"'
    return v


VTZ = {
    "google:Europe/Rome": """BEGIN:VTIMEZONE
TZID:Europe/Rome
X-LIC-LOCATION:Europe/Rome
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:GMT+2
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:GMT+1
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "google:Europe/Amsterdam": """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "outlook:W. Europe Standard Time": """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "outlook:Central Standard Time (Mexico)": """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:DAYLIGHT
END:VTIMEZONE""",
    "apple:America/Toronto": """BEGIN:VTIMEZONE
TZID:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
DTSTART:20070311T020000
TZNAME:EDT
TZOFFSETTO:-0400
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
DTSTART:20071104T020000
TZNAME:EST
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE""",
}


def z(x: dt.datetime) -> str:
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc_(x: dt.datetime) -> str:
    return x.strftime("%Y%m%dT%H%M%S")


class Writer:
    def __init__(self, p: Person):
        self.p = p
        self.lines: list[str] = []
        if p.style == "outlook":
            self.tzid = p.wintz
        else:
            self.tzid = p.tzname

    def add(self, line):
        self.lines.append(line)

    def tzparam(self):
        if self.p.style == "outlook" and " (" in self.tzid:
            return f'TZID="{self.tzid}"'
        return f"TZID={self.tzid}"

    def dtprop(self, name, x, *, utc_ok=False, allday=False):
        if allday:
            return f"{name};VALUE=DATE:{x.strftime('%Y%m%d')}"
        if utc_ok:
            return f"{name}:{z(x)}"
        return f"{name};{self.tzparam()}:{loc_(x.astimezone(self.p.tz))}"

    # attendee lines per style -------------------------------------------------------------
    def attendee(self, c: Contact, partstat, role="REQ-PARTICIPANT", rsvp=True):
        st = self.p.style
        if st == "google":
            cn = c.name if c.cutype != "INDIVIDUAL" or c is not self.p.me else c.email
            return (f"ATTENDEE;CUTYPE={c.cutype};ROLE={role};PARTSTAT={partstat};"
                    + (f"RSVP=TRUE;" if partstat == "NEEDS-ACTION" else "")
                    + f"CN={pval(cn)};X-NUM-GUESTS=0:mailto:{c.email}")
        if st == "outlook":
            cut = "" if c.cutype == "INDIVIDUAL" else f"CUTYPE={c.cutype};"
            return (f"ATTENDEE;{cut}ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};"
                    f"CN={pval(c.name)}:mailto:{c.email}")
        return (f"ATTENDEE;CN={pval(c.name, True)};CUTYPE={c.cutype};EMAIL={pval(c.email, True)};"
                f"PARTSTAT={partstat};ROLE={role}"
                + (";RSVP=TRUE" if partstat == "NEEDS-ACTION" else "") + f":mailto:{c.email}")

    def organizer(self, c: Contact):
        st = self.p.style
        if st == "google":
            return f"ORGANIZER;CN={pval(c.name)}:mailto:{c.email}"
        if st == "outlook":
            return f"ORGANIZER;CN={pval(c.name)}:mailto:{c.email}"
        return f"ORGANIZER;CN={pval(c.name, True)};EMAIL={pval(c.email, True)}:mailto:{c.email}"

    def others_stat(self, e, c, salt=""):
        if c.cutype in ("ROOM", "RESOURCE"):
            return "ACCEPTED"
        if c.cutype == "GROUP":
            return "NEEDS-ACTION"
        if e.org is c:
            return "ACCEPTED"
        r = _rng(e.uid, c.email, salt)
        return r.choice(["ACCEPTED"] * 7 + ["TENTATIVE", "NEEDS-ACTION", "DECLINED"])

    # one VEVENT ---------------------------------------------------------------------------
    def vevent(self, e: Event, o: Override | None = None):
        p, st = self.p, self.p.style
        summary = (o.summary if o and o.summary else e.summary)
        desc = o.desc if o and o.desc is not None else e.desc
        loc = o.loc if o and o.loc is not None else e.loc
        me_stat = o.me if o and o.me else e.me_stat
        status = o.status if o and o.status else (e.status or "CONFIRMED")
        start = o.start if o else e.start
        end = o.end if o else e.end
        recurring = bool(e.rrule)
        single_utc = st == "google" and not recurring and not e.allday
        att = [c for c in e.att if not (o and c.key in o.drop)]
        if o:
            att += [p.contacts[k] for k in o.add]
        busy = (o.busy if o and o.busy else e.busy)
        transp = e.transp or busy == "FREE"
        modified = o.changed if o else e.modified
        salt = o.orig if o else ""
        L = []
        a = L.append
        a("BEGIN:VEVENT")
        has_people = e.org is not None and (att or e.opt)
        if st == "google":
            a(self.dtprop("DTSTART", start, utc_ok=single_utc, allday=e.allday))
            a(self.dtprop("DTEND", end, utc_ok=single_utc, allday=e.allday))
            if recurring and not o:
                a("RRULE:" + e.rrule)
                for x in e.exdate:
                    a(self.dtprop("EXDATE", x))
            a("DTSTAMP:" + z(EXPORTED))
            if has_people:
                a(self.organizer(e.org))
            a("UID:" + e.uid)
            if has_people:
                for c in [e.org] + [c for c in att if c is not e.org] + ([p.me] if p.me not in att and e.org is not p.me else []):
                    if c is p.me:
                        a(self.attendee(c, me_stat))
                    else:
                        a(self.attendee(c, self.others_stat(e, c, salt)))
                for c in e.opt:
                    a(self.attendee(c, me_stat if c is p.me else self.others_stat(e, c, salt), "OPT-PARTICIPANT"))
            if o:
                a(self.dtprop("RECURRENCE-ID", o.orig))
            a("CREATED:" + z(e.created))
            d = desc
            if has_people and e.conf and not e.allday:
                code = _h(e.uid)[:10]
                meet = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
                d = (d + "\n\n" if d else "") + (
                    f"Partecipa con Google Meet: https://meet.google.com/{meet}" if p.lang == "it" else
                    f"Join with Google Meet: https://meet.google.com/{meet}")
            a("DESCRIPTION:" + esc(d))
            a("LAST-MODIFIED:" + z(modified))
            a("LOCATION:" + esc(loc))
            a(f"SEQUENCE:{e.seq + (1 if o else 0)}")
            a("STATUS:" + status)
            a("SUMMARY:" + esc(summary))
            a("TRANSP:" + ("TRANSPARENT" if transp else "OPAQUE"))
            if e.private:
                a("CLASS:PRIVATE")
        elif st == "outlook":
            lang = {"de": "de-CH", "es": "es-MX"}.get(e.lang, "en-US")
            if has_people:
                for c in ([p.me] if e.org is not p.me and p.me not in att else []) + att:
                    a(self.attendee(c, me_stat if c is p.me else self.others_stat(e, c, salt),
                                    "NON-PARTICIPANT" if c.cutype == "ROOM" else "REQ-PARTICIPANT"))
                for c in e.opt:
                    a(self.attendee(c, me_stat if c is p.me else self.others_stat(e, c, salt), "OPT-PARTICIPANT"))
            a(f"DESCRIPTION;LANGUAGE={lang}:" + esc(desc + "\n" if desc else "\n"))
            if recurring and not o:
                a("RRULE:" + e.rrule)
                if e.exdate:
                    a(f"EXDATE;{self.tzparam()}:" + ",".join(loc_(x) for x in e.exdate))
            a("UID:" + e.uid)
            if o:
                a(self.dtprop("RECURRENCE-ID", o.orig))
            a(f"SUMMARY;LANGUAGE={lang}:" + esc(summary))
            a(self.dtprop("DTSTART", start, allday=e.allday))
            a(self.dtprop("DTEND", end, allday=e.allday))
            a("CLASS:" + ("PRIVATE" if e.private else "PUBLIC"))
            a("PRIORITY:5")
            a("DTSTAMP:" + z(EXPORTED))
            a("CREATED:" + z(e.created))
            a("LAST-MODIFIED:" + z(modified))
            a("TRANSP:" + ("TRANSPARENT" if transp else "OPAQUE"))
            a("STATUS:" + status)
            a(f"SEQUENCE:{e.seq + (1 if o else 0)}")
            a(f"LOCATION;LANGUAGE={lang}:" + esc(loc))
            if has_people:
                a(self.organizer(e.org))
            bs = busy or ("FREE" if transp else "TENTATIVE" if me_stat in ("TENTATIVE", "NEEDS-ACTION") else "BUSY")
            a(f"X-MICROSOFT-CDO-APPT-SEQUENCE:{e.seq + (1 if o else 0)}")
            a(f"X-MICROSOFT-CDO-OWNERAPPTID:{int(_h(e.uid)[:7], 16)}")
            a("X-MICROSOFT-CDO-BUSYSTATUS:" + bs)
            a("X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if bs in ("TENTATIVE",) else bs))
            a("X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if e.allday else "FALSE"))
            a("X-MICROSOFT-CDO-IMPORTANCE:1")
            a("X-MICROSOFT-CDO-INSTTYPE:" + ("3" if o else "1" if recurring else "0"))
            a("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
            a("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        else:  # apple
            a("CREATED:" + z(e.created))
            a("UID:" + e.uid)
            if recurring and not o:
                a("RRULE:" + e.rrule)
                for x in e.exdate:
                    a(self.dtprop("EXDATE", x))
            if o:
                a(self.dtprop("RECURRENCE-ID", o.orig))
            a(self.dtprop("DTEND", end, allday=e.allday))
            a("TRANSP:" + ("TRANSPARENT" if transp else "OPAQUE"))
            if not e.allday:
                a("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
            a("SUMMARY:" + esc(summary))
            a("LAST-MODIFIED:" + z(modified))
            a("DTSTAMP:" + z(EXPORTED))
            a(self.dtprop("DTSTART", start, allday=e.allday))
            a(f"SEQUENCE:{e.seq + (1 if o else 0)}")
            if status != "CONFIRMED":
                a("STATUS:" + status)
            if e.private:
                a("CLASS:PRIVATE")
            if loc:
                a("LOCATION:" + esc(loc))
            if desc:
                a("DESCRIPTION:" + esc(desc))
            if has_people:
                a(self.organizer(e.org))
                for c in [e.org] + [c for c in att if c is not e.org] + ([p.me] if p.me not in att and e.org is not p.me else []):
                    a(self.attendee(c, me_stat if c is p.me else self.others_stat(e, c, salt),
                                    "NON-PARTICIPANT" if c.cutype == "ROOM" else "REQ-PARTICIPANT"))
                for c in e.opt:
                    a(self.attendee(c, me_stat if c is p.me else self.others_stat(e, c, salt), "OPT-PARTICIPANT"))
        a("END:VEVENT")
        for line in L:
            self.add(line)

    def calendar(self) -> str:
        p = self.p
        self.add("BEGIN:VCALENDAR")
        if p.style == "google":
            self.add("PRODID:-//Google Inc//Google Calendar 70.9054//EN")
            self.add("VERSION:2.0")
            self.add("CALSCALE:GREGORIAN")
            self.add("METHOD:PUBLISH")
            self.add("X-WR-CALNAME:" + esc(p.calname))
            self.add("X-WR-TIMEZONE:" + p.tzname)
            self.add(VTZ["google:" + p.tzname])
        elif p.style == "outlook":
            self.add("METHOD:PUBLISH")
            self.add("PRODID:" + (p.prodid or "Microsoft Exchange Server 2010"))
            self.add("VERSION:2.0")
            self.add("X-WR-CALNAME:" + esc(p.calname))
            self.add(VTZ["outlook:" + p.wintz])
        else:
            self.add("VERSION:2.0")
            self.add("PRODID:" + (p.prodid or "-//Apple Inc.//macOS 15.6.1//EN"))
            self.add("CALSCALE:GREGORIAN")
            self.add("X-WR-CALNAME:" + esc(p.calname))
            self.add("X-APPLE-CALENDAR-COLOR:#1BADF8")
            self.add(VTZ["apple:" + p.tzname])
        for e in p.events:
            self.vevent(e)
            for o in e.ov:
                self.vevent(e, o)
        self.add("END:VCALENDAR")
        out = []
        for line in self.lines:
            for sub in line.split("\n"):
                out.append(fold(sub))
        return "\r\n".join(out) + "\r\n"


def label_rows(p: Person):
    rows = []
    for e in p.events:
        rows.append((e.uid, "", e.label, e.why))
        for o in e.ov:
            if o.label is not None and (o.label != e.label or o.why):
                rows.append((e.uid, o.orig.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), o.label, o.why))
    return rows


# --------------------------------------------------------------------------------------------
# the people (their worlds are defined in the functions below)
# --------------------------------------------------------------------------------------------

PEOPLE: list[Person] = []

# ============================================================================================
# 1. Chiara Montanari, plant director (direttrice di stabilimento), Conserve Valtaro S.p.A.,
#    tomato products (passata, pelati, sughi), plant at Collecchio (Parma). Google Workspace.
#    September: the end of the tomato campaign (daily campaign meetings, a steam boiler
#    failure, an unannounced health-authority inspection, a glass complaint). October: a
#    planned line shutdown, then a quality hold and product recall (swollen jars found in
#    incubation samples), BRCGS audit, budget and the 3-year industrial plan for the board.
# ============================================================================================

def chiara():
    p = Person(slug="chiara-montanari", name="Chiara Montanari", email="chiara.montanari@conservevaltaro.example",
               role="senior-leader", tz="Europe/Rome", style="google", domain="conservevaltaro.example",
               calname="chiara.montanari@conservevaltaro.example", lang="it",
               reports=["davide.ferri", "elena.rossetti", "luca.bertoni", "sara.gallo", "matteo.conti"],
               manager="paolo.guidotti", months=["2026-09", "2026-10"],
               industry="food manufacturing (tomato products), plant")
    A = p.add
    A("davide.ferri", "Davide Ferri"); A("elena.rossetti", "Elena Rossetti"); A("luca.bertoni", "Luca Bertoni")
    A("sara.gallo", "Sara Gallo"); A("matteo.conti", "Matteo Conti")
    A("paolo.guidotti", "Paolo Guidotti"); A("giorgio.mancini", "Giorgio Mancini"); A("anna.lodi", "Anna Lodi")
    A("roberto.sala", "Roberto Sala"); A("francesca.pini", "Francesca Pini"); A("nicola.rizzi", "Nicola Rizzi")
    A("giulia.bassi", "Giulia Bassi"); A("walter.zanetti", "Walter Zanetti (RSU)")
    A("segreteria.cda", "Segreteria CdA", "segreteria.cda@conservevaltaro.example")
    p.group("capiturno", "Capiturno Collecchio", "capiturno@conservevaltaro.example")
    p.group("direzione", "Direzione", "direzione@conservevaltaro.example")
    p.group("tutti", "Tutto il personale Collecchio", "tutti.collecchio@conservevaltaro.example")
    p.group("qualita", "Ufficio Qualità", "qualita@conservevaltaro.example")
    p.room("sala.pomodoro", "Collecchio-Palazzina-1-Sala Pomodoro (14)",
           "c_1889f0a3b2c4d5e6f7a8b9c0d1e2f3a4@resource.calendar.google.com")
    p.room("sala.cda", "Sede-2-Sala CdA (20)", "c_18874c2e9a1b3d5f7e9c1a3b5d7f9e1c@resource.calendar.google.com")
    A("stefano.marchi", "Stefano Marchi", "stefano.marchi@oppomodoronord.example")
    A("termotecnica", "Ivan Pellegrini", "assistenza@termotecnica-emilia.example")
    A("federica.colombo", "Federica Colombo", "f.colombo@iperverde.example")
    A("massimo.riva", "Massimo Riva", "m.riva@iperverde.example")
    A("giovanni.neri", "Giovanni Neri", "g.neri@ausl-parma.example")
    A("laura.vitali", "Laura Vitali", "l.vitali@certiqual.example")
    A("marco.fontana", "Marco Fontana", "marco.fontana@kaizenlab.example")
    A("silvia.greco", "Silvia Greco", "silvia@greco-coaching.example")
    A("elisa.moretti", "Elisa Moretti", "elisa.moretti@comunica-pr.example")
    A("andrea.galli", "Andrea Galli", "a.galli@vetreriapadana.example")
    A("fabio.russo", "Fabio Russo", "f.russo@tecnoimpianti.example")
    A("marta.zani", "Marta Zani", "marta.zani@mailbox.example")
    A("federalimentare", "Federalimentare Eventi", "eventi@federalimentare.example")
    A("laura.medico", "Laura Ferrari (medico competente)", "l.ferrari@medlavoro-parma.example")
    ev = p.ev
    reports = ["davide.ferri", "elena.rossetti", "luca.bertoni", "sara.gallo", "matteo.conti"]

    # ---- recurring rhythm ---------------------------------------------------------------
    ev("Riunione di campagna – ricevimento e trasformazione", "2026-07-20 07:30", 30,
       rrule="FREQ=WEEKLY;UNTIL=20260919T053000Z;BYDAY=MO,TU,WE,TH,FR,SA", org="davide.ferri",
       att=["capiturno", "sara.gallo", "elena.rossetti", "luca.bertoni", "stefano.marchi", "me"],
       loc="Sala controllo – reparto trasformazione", booked="2026-07-10 11:20",
       desc="Punto quotidiano di campagna: camion in arrivo, tonnellate ricevute, grado Brix, fermi linea, scarti.",
       label="execution", why="daily campaign stand-up on intake, yields and line stops")
    ev("Comitato di direzione", "2025-09-08 14:00", 90, rrule="FREQ=WEEKLY;BYDAY=MO", org="paolo.guidotti",
       att=["giorgio.mancini", "anna.lodi", "roberto.sala", "francesca.pini", "me", "sala.cda"],
       loc="Sede-2-Sala CdA (20)",
       desc="Ordine del giorno fisso: vendite, produzione, qualità, cassa, varie.",
       label="execution", why="weekly management committee run by the CEO, operational agenda",
       ov=[O("2026-10-19 14:00", summary="Comitato di direzione – straordinario: richiamo passata L2",
             desc="Unico punto: stato del richiamo, costi, comunicazione ai clienti, rapporto con ASL.",
             changed="2026-10-17 11:05", label="firefighting",
             why="the weekly committee taken over by the ongoing recall")])
    ev("Riunione produzione – piano settimanale", "2026-01-12 10:00", 60, rrule="FREQ=WEEKLY;BYDAY=MO",
       org="davide.ferri", att=["me", "sara.gallo", "luca.bertoni", "capiturno", "sala.pomodoro"],
       loc="Collecchio-Palazzina-1-Sala Pomodoro (14)",
       label="execution", why="weekly production plan: volumes, shifts, changeovers",
       ov=[O("2026-10-26 10:00", me="DECLINED", changed="2026-10-20 08:40")])
    ev("Riunione prima linea stabilimento", "2026-01-13 14:30", 60, rrule="FREQ=WEEKLY;BYDAY=TU",
       att=reports + ["sala.pomodoro"], loc="Collecchio-Palazzina-1-Sala Pomodoro (14)",
       desc="Giro tavolo: priorità della settimana, azioni aperte, decisioni.",
       label="execution", why="her weekly staff meeting on open actions and priorities")
    ev("KPI settimanali stabilimento (OEE, scarti, sicurezza)", "2026-01-09 10:00", 60,
       rrule="FREQ=WEEKLY;BYDAY=FR", exdate=["2026-10-30 10:00"],
       att=reports + ["capiturno", "sala.pomodoro"], loc="Collecchio-Palazzina-1-Sala Pomodoro (14)",
       label="execution", why="weekly KPI review of the plant")
    ev("Riunione qualità: non conformità e reclami", "2026-01-08 11:00", 60, rrule="FREQ=WEEKLY;BYDAY=TH",
       org="elena.rossetti", att=["me", "davide.ferri", "qualita"],
       label="execution", why="weekly review of open non-conformities and complaints",
       ov=[O("2026-10-01 11:00", me="DECLINED"), O("2026-10-29 11:00", me="DECLINED")])
    ev("1:1 Chiara / Davide", "2026-06-02 11:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
       att=["davide.ferri"], label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-06 11:00", start="2026-10-06 16:00", changed="2026-09-30 09:12")])
    ev("1:1 Chiara / Elena", "2026-06-09 16:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
       att=["elena.rossetti"], label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-13 16:00", desc="Usiamo lo slot per il blocco lotti L2: esiti incubazione, lotti coinvolti, campioni a Parma.",
             changed="2026-10-13 12:58", label="firefighting",
             why="1:1 slot used entirely for the quality hold on the day it broke")])
    ev("1:1 Luca / Chiara", "2026-06-04 09:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
       att=["luca.bertoni"], label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("1:1 Sara – Chiara", "2026-06-03 15:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
       att=["sara.gallo"], label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-09-09 15:00", start="2026-09-11 12:00", changed="2026-09-09 07:05")])
    ev("1:1 Matteo (RSPP)", "2026-06-11 15:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
       att=["matteo.conti"], label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Punto con Paolo", "2026-06-03 17:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
       org="paolo.guidotti", att=["me"],
       label="execution", why="fortnightly update to her own manager on plant results")
    ev("Pausa pranzo", "2026-01-07 13:00", 45, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org=None,
       exdate=["2026-10-02 13:00", "2026-10-30 13:00", "2026-09-15 13:00", "2026-10-13 13:00"],
       label="other", why="lunch")
    ev("Giro stabilimento (gemba walk)", "2026-02-02 08:15", 45, rrule="FREQ=WEEKLY;BYDAY=MO,WE,FR", org=None,
       exdate=["2026-10-14 08:15", "2026-10-16 08:15", "2026-10-19 08:15", "2026-10-21 08:15", "2026-10-30 08:15"],
       desc="Linee 1-3, magazzino, ricevimento. Guardare: pulizia, fermi, DPI.",
       label="execution", why="routine shop-floor walk checking running operations")
    ev("Firme e approvazioni (ODA, ferie, straordinari)", "2026-02-03 17:30", 30,
       rrule="FREQ=WEEKLY;BYDAY=TU,TH", org=None, exdate=["2026-10-15 17:30"],
       label="execution", why="routine approvals block")
    ev("Riunione mensile HSE – infortuni, near miss, DPI", "2026-01-08 14:00", 60,
       rrule="FREQ=MONTHLY;BYDAY=1TH", org="matteo.conti", att=["me", "davide.ferri", "luca.bertoni", "walter.zanetti"],
       label="execution", why="monthly safety performance review")
    ev("Kaizen review – progetti miglioramento continuo", "2026-01-14 10:00", 120,
       rrule="FREQ=MONTHLY;BYDAY=2WE", exdate=["2026-09-09 10:00"],
       att=["marco.fontana", "davide.ferri", "luca.bertoni", "elena.rossetti"],
       desc="Stato dei cantieri kaizen (cambi formato SMED linea 2, riduzione scarti vetro), nuovi progetti, formazione green belt.",
       label="capability-building", why="continuous-improvement programme with external lean coach",
       ov=[O("2026-10-14 10:00", start="2026-10-23 11:00", changed="2026-10-13 19:02")])
    ev("Coaching individuale – percorso leadership", "2026-02-19 17:00", 90,
       rrule="FREQ=MONTHLY;BYDAY=3TH;COUNT=10", org="silvia.greco", att=["me"],
       loc="Online", label="capability-building", why="her own leadership coaching",
       ov=[O("2026-10-15 17:00", me="DECLINED", changed="2026-10-15 15:45")])
    ev("Mentoring – Giulia Bassi (graduate program)", "2026-03-23 16:00", 45,
       rrule="FREQ=MONTHLY;BYDAY=4MO", att=["giulia.bassi"],
       label="capability-building", why="mentoring a graduate trainee")
    ev("S&OP mensile", "2026-01-28 16:00", 90, rrule="FREQ=MONTHLY;BYDAY=-1WE", org="roberto.sala",
       att=["me", "anna.lodi", "giorgio.mancini", "sara.gallo", "davide.ferri"],
       label="execution", why="monthly sales and operations planning")
    ev("Palestra", "2026-01-13 19:00", 60, rrule="FREQ=WEEKLY;BYDAY=TU,TH", org=None, transp=True,
       label="other", why="gym, personal")

    # ---- September one-offs ---------------------------------------------------------------
    ev("Campagna 2026 – ultimo giorno di ricevimento", "2026-09-19", allday=True, org=None, transp=True,
       label="execution", why="all-day marker of campaign end")
    ev("Conferimenti settembre: piano con OP Pomodoro Nord", "2026-09-01 09:30", 90,
       att=["stefano.marchi", "sara.gallo", "davide.ferri"],
       desc="Calendario conferimenti ultime tre settimane, quote per socio, finestre di scarico.",
       label="execution", why="supplier planning of current deliveries")
    ev("Colloquio – Tecnologo alimentare (Marta Zani)", "2026-09-02 10:00", 60, org="francesca.pini",
       att=["me", "elena.rossetti", "marta.zani"], label="capability-building", why="hiring interview")
    ev("Call Vetreria Padana – consegne vasi 720 ml", "2026-09-03 16:00", 60,
       att=["andrea.galli", "sara.gallo"], label="execution", why="vendor call on current deliveries")
    ev("Turni ottobre e piano ferie invernali", "2026-09-04 16:00", 60,
       att=["davide.ferri", "francesca.pini"], label="execution", why="shift and leave planning")
    ev("Aperitivo di benvenuto stagionali", "2026-09-04 18:00", 60, org="francesca.pini",
       att=["tutti"], me="TENTATIVE", loc="Mensa aziendale",
       label="capability-building", why="culture: welcoming seasonal workers")
    ev("RSU – accordo straordinari fine campagna", "2026-09-07 09:00", 60,
       att=["walter.zanetti", "francesca.pini", "davide.ferri"],
       label="execution", why="agreeing overtime for the current campaign with union reps")
    ev("Preparazione audit BRCGS – gap list", "2026-09-08 15:45", 75,
       att=["elena.rossetti", "qualita"], label="execution", why="audit readiness actions")
    ev("URGENTE – caldaia 2 in blocco, sterilizzatori fermi", "2026-09-09 06:30", 60,
       org="luca.bertoni", att=["me", "davide.ferri", "termotecnica"], booked="22m",
       desc="Caldaia 2 in blocco dalle 05:40 (fiamma). Sterilizzatori L1-L2 fermi, 14 camion in piazzale.",
       label="firefighting", why="plant-stopping breakdown, call booked minutes ahead at dawn")
    ev("Call OP: deviare conferimenti, stop ricevimento 12 ore", "2026-09-09 09:00", 30,
       att=["stefano.marchi", "sara.gallo"], booked="25m",
       label="firefighting", why="emergency diversion of supplies due to the breakdown")
    ev("Task force caldaia 2 – aggiornamento", "2026-09-09 14:00", 45,
       rrule="FREQ=DAILY;COUNT=4", org="luca.bertoni", att=["me", "davide.ferri", "termotecnica", "sara.gallo"],
       booked="2026-09-09 08:10", desc="Stato riparazione bruciatore, caldaia noleggio, recupero produzione.",
       label="firefighting", why="daily incident task force until the boiler was back")
    ev("Aggiornamento AD su fermo caldaia", "2026-09-10 18:30", 45, org="paolo.guidotti",
       att=["me", "giorgio.mancini"], booked="40m",
       label="firefighting", why="evening escalation to the CEO on the breakdown")
    ev("Visita Tecnoimpianti – offerta linea asettica (piano industriale)", "2026-09-14 11:00", 60,
       att=["fabio.russo", "giorgio.mancini", "luca.bertoni"],
       desc="Opzione investimento nuova linea asettica bag-in-box per il piano 2027-2029: capacità, capex, tempi.",
       label="strategy", why="evaluating a capacity investment option for the 3-year plan")
    ev("Controllo ufficiale ASL (non preannunciato)", "2026-09-15 10:00", 180,
       org="elena.rossetti", att=["me", "giovanni.neri", "qualita"], booked="1h",
       desc="Ispettori ASL arrivati in portineria alle 08:50. Accompagnamento, documenti HACCP, tracciabilità.",
       label="firefighting", why="unannounced inspection that took over the day")
    ev("Colloquio – Capoturno linea 1 (Nicola Rizzi, candidato interno)", "2026-09-16 10:00", 60,
       org="francesca.pini", att=["me", "davide.ferri", "nicola.rizzi"],
       label="capability-building", why="internal promotion interview")
    ev("Piano industriale 2027–2029 – scenari di capacità", "2026-09-17 09:00", 120, org="paolo.guidotti",
       att=["me", "giorgio.mancini", "roberto.sala"],
       desc="Dove vogliamo essere nel 2029: conto terzi vs marchio, linea bio, secondo sito al sud?",
       label="strategy", why="3-year direction of the plant with CEO and CFO")
    ev("Tempo per pensare: bozza strategia stabilimento 2029", "2026-09-18 14:30", 150, org=None,
       label="strategy", why="thinking time for the plant strategy paper")
    ev("Chiusura campagna – bilancio quantità e rese", "2026-09-21 11:00", 90,
       att=reports + ["stefano.marchi"], label="execution", why="review of campaign volumes and yields")
    ev("Revisione piano investimenti manutenzione post-campagna", "2026-09-25 14:00", 120,
       att=["luca.bertoni", "davide.ferri"], label="execution", why="maintenance spending plan for next months")
    ev("Interviste – Responsabile magazzino (2 candidati)", "2026-09-30 09:00", 120, org="francesca.pini",
       att=["me", "sara.gallo"], label="capability-building", why="hiring interviews")
    ev("Dentista", "2026-09-22 08:00", 45, org=None, private=True, loc="Studio dott. Ferrari, Parma",
       label="other", why="medical, personal")
    ev("Colloquio insegnanti – scuola", "2026-09-22 18:00", 45, org=None, private=True,
       label="other", why="personal")
    ev("Formazione capiturno: comunicazione e feedback (modulo 2)", "2026-09-23 09:30", 180,
       org="francesca.pini", att=["me", "capiturno"], loc="Sala formazione",
       label="capability-building", why="training programme for shift leads, she co-delivers")
    ev("Business case linea asettica – revisione con CFO", "2026-09-24 14:00", 120,
       att=["giorgio.mancini", "paolo.guidotti"],
       label="strategy", why="investment case for the long-range plan")
    ev("Iperverde – previsioni ordini Q4 e promozioni", "2026-09-25 11:00", 60, org="anna.lodi",
       att=["me", "massimo.riva", "sara.gallo"], label="execution", why="customer call on current orders")
    ev("Reclamo Iperverde: frammento di vetro, lotto 2609", "2026-09-28 09:00", 60, org="anna.lodi",
       att=["me", "elena.rossetti", "federica.colombo"], booked="2026-09-27 19:40",
       desc="Segnalazione consumatore ricevuta venerdì sera, cliente chiede risposta entro lunedì.",
       label="firefighting", why="customer escalation booked on a Sunday evening for Monday")
    ev("Prova di evacuazione antincendio – esercitazione semestrale", "2026-09-29 10:00", 60,
       org="matteo.conti", att=["tutti"], booked="2026-07-10 09:30", loc="Punto di raccolta piazzale nord",
       desc="Esercitazione programmata (D.M. 2/9/2021). Simulazione incendio magazzino imballi, evacuazione e appello.",
       label="capability-building", why="planned evacuation drill: preparedness training, not an emergency")
    ev("Lezioni apprese campagna 2026 (retrospettiva)", "2026-09-30 14:00", 120,
       att=reports + ["capiturno"], booked="2026-09-18 12:00",
       desc="Cosa ha funzionato, cosa no: fermo caldaia 9/9, code camion, scarti. Nessuna ricerca del colpevole.",
       label="capability-building", why="retrospective on the campaign and its breakdown")
    ev("Webinar Federalimentare – packaging sostenibile", "2026-09-24 16:30", 60, org="federalimentare",
       att=["me"], me="DECLINED", label="capability-building", why="industry learning webinar (declined)")

    # ---- October one-offs -----------------------------------------------------------------
    ev("Mock recall annuale – simulazione richiamo e tracciabilità", "2026-10-01 09:00", 180,
       org="elena.rossetti", att=["me", "sara.gallo", "davide.ferri", "qualita"], booked="2026-08-27 10:00",
       desc="Esercitazione annuale richiesta da BRCGS: lotto fittizio, tempi di rintracciabilità, simulazione comunicazione clienti.",
       label="capability-building", why="planned annual mock-recall exercise, not a real recall")
    ev("Pranzo con Vetreria Padana (forniture 2027)", "2026-10-02 12:30", 90,
       att=["andrea.galli", "sara.gallo"], loc="Trattoria del Borgo, Collecchio",
       label="execution", why="business lunch on supply volumes and prices with a vendor")
    ev("Fermo programmato L3 – manutenzione straordinaria", "2026-10-05", end="2026-10-10", allday=True,
       org="luca.bertoni", att=["me", "capiturno"], transp=True,
       label="execution", why="all-day marker of the planned shutdown")
    ev("Punto giornaliero fermo programmato L3", "2026-10-05 12:00", 30, rrule="FREQ=DAILY;COUNT=5",
       org="luca.bertoni", att=["me", "davide.ferri", "capiturno"], booked="2026-08-20 10:30",
       desc="Avanzamento lavori pianificati: sostituzione riempitrice, revisione autoclave 3.",
       label="execution", why="daily check-in of a planned maintenance shutdown")
    ev("Revisione piano manutenzione 2027 (preventiva e straordinaria)", "2026-10-02 14:30", 120,
       att=["luca.bertoni"], label="execution", why="maintenance plan for next year's operations")
    ev("Contratti quadro campagna 2027 con OP – volumi e prezzi", "2026-10-12 16:00", 90,
       att=["stefano.marchi", "roberto.sala", "sara.gallo"],
       label="execution", why="annual supply contract negotiation with growers")
    ev("Richiamo L2: stima costi, resi e copertura assicurativa", "2026-10-20 15:45", 90,
       att=["giorgio.mancini", "sara.gallo"], booked="20h",
       label="firefighting", why="still handling the recall's fallout, booked the day before")
    ev("Audit BRCGS – giro reparti con l'auditor", "2026-10-22 13:45", 90, org="elena.rossetti",
       att=["me", "laura.vitali"], booked="2026-09-20 10:00", label="execution", why="planned certification audit")
    ev("Organizzazione qualità: nuovo ruolo food safety manager", "2026-10-27 11:00", 90,
       att=["elena.rossetti", "francesca.pini"],
       desc="Disegno organizzativo ufficio qualità 2027: ruoli, deleghe, sostituti.",
       label="capability-building", why="org design of the quality team")
    ev("Budget 2027 stabilimento – round 1 (costi di trasformazione, organico)", "2026-10-06 09:30", 150,
       org="giorgio.mancini", att=["me", "davide.ferri", "luca.bertoni"],
       label="execution", why="budget round")
    ev("Colloquio finale – Tecnologo alimentare (Marta Zani)", "2026-10-07 10:00", 60, org="francesca.pini",
       att=["me", "marta.zani"], label="capability-building", why="final hiring interview")
    ev("Onboarding Nicola Rizzi – obiettivi primi 90 giorni da capoturno", "2026-10-08 14:00", 60,
       att=["nicola.rizzi", "davide.ferri"], label="capability-building", why="onboarding a newly promoted lead")
    ev("Contratto manutenzione caldaie – rinnovo con Termotecnica", "2026-10-09 15:00", 90,
       att=["termotecnica", "luca.bertoni"], label="execution", why="vendor contract renewal")
    ev("Riunione periodica sicurezza (art. 35 D.Lgs. 81/08)", "2026-10-12 09:00", 60,
       org="matteo.conti", att=["me", "laura.medico", "walter.zanetti"], booked="2026-07-22 10:00",
       label="execution", why="annual statutory safety meeting")
    ev("URGENTE: bombaggio vasi passata 720 ml L2 – campioni incubazione", "2026-10-13 11:30", 60,
       org="elena.rossetti", att=["me", "davide.ferri", "sara.gallo", "qualita"], booked="45m",
       desc="3 vasi su 24 rigonfi dopo incubazione a 37 °C, lotti L2 del 2-3 ottobre. Blocco immediato.",
       label="firefighting", why="quality hold raised the same morning")
    ev("Blocco lotti e stima volumi in distribuzione", "2026-10-13 13:00", 60,
       att=["sara.gallo", "elena.rossetti", "anna.lodi"], booked="2026-10-13 12:40",
       label="firefighting", why="urgent containment of affected lots")
    ev("Unità di crisi – richiamo passata L2", "2026-10-14 08:30", 60,
       rrule="FREQ=DAILY;COUNT=5;BYDAY=MO,TU,WE,TH,FR", org="paolo.guidotti",
       att=["me", "elena.rossetti", "anna.lodi", "giorgio.mancini", "sara.gallo", "direzione"],
       booked="2026-10-13 18:40",
       desc="Crisis unit quotidiana: stato ritiro, comunicazioni ASL/Ministero, clienti, stampa.",
       label="firefighting", why="daily crisis unit for a product recall")
    ev("Notifica richiamo: call con ASL Parma e Ministero", "2026-10-14 16:00", 60,
       org="elena.rossetti", att=["me", "giovanni.neri"], booked="2026-10-14 12:30",
       label="firefighting", why="regulator-driven urgent notification of the recall")
    ev("Iperverde – ritiro dagli scaffali lotti L2 (escalation)", "2026-10-15 09:45", 45,
       org="anna.lodi", att=["me", "federica.colombo", "massimo.riva", "elena.rossetti"],
       booked="2026-10-14 16:50", label="firefighting", why="customer escalation booked the day before")
    ev("Comunicato stampa richiamo – revisione con agenzia", "2026-10-15 17:00", 45,
       att=["elisa.moretti", "paolo.guidotti"], booked="1h", label="firefighting", why="urgent crisis communication")
    ev("Visita stabilimento – delegazione Iperverde (sostenibilità)", "2026-10-16 10:30", 120,
       org="anna.lodi", att=["me", "federica.colombo"], status="CANCELLED",
       label="execution", why="customer visit, cancelled because of the recall")
    ev("Aggiornamento richiamo (sabato)", "2026-10-17 10:00", 45, org="paolo.guidotti",
       att=["me", "elena.rossetti", "anna.lodi"], booked="65m",
       label="firefighting", why="weekend crisis call on the recall")
    ev("Audit BRCGS (Certiqual)", "2026-10-21", end="2026-10-23", allday=True, org="elena.rossetti",
       att=["me", "qualita"], transp=True, label="execution", why="all-day marker of the certification audit")
    ev("Audit BRCGS – riunione di apertura", "2026-10-21 08:30", 60, org="elena.rossetti",
       att=["me", "laura.vitali", "qualita"], booked="2026-06-30 10:00",
       label="execution", why="opening meeting of a planned certification audit")
    ev("Colloquio riservato – Davide (percorso di carriera)", "2026-10-21 18:00", 60, org=None, private=True,
       label="capability-building", why="private career conversation with a direct report")
    ev("Audit BRCGS – riunione di chiusura", "2026-10-22 16:00", 60, org="elena.rossetti",
       att=["me", "laura.vitali", "qualita"], booked="2026-06-30 10:00",
       label="execution", why="closing meeting of a planned certification audit")
    ev("Tempo per pensare: posizionamento stabilimento e linea bio (bozza per CdA)", "2026-10-23 14:00", 180,
       org=None, label="strategy", why="thinking time on plant positioning for the board")
    ev("Budget 2027 – round 2 con CFO e AD", "2026-10-26 10:00", 120, org="giorgio.mancini",
       att=["me", "paolo.guidotti"], label="execution", why="budget round")
    ev("Piano industriale 2027–2029 – preparazione CdA (scenari capacità)", "2026-10-27 09:00", 90,
       org="paolo.guidotti", att=["me", "giorgio.mancini"],
       label="strategy", why="preparing the 3-year plan choices for the board")
    ev("Analisi cause radice – bombaggio L2 (8D, senza colpevoli)", "2026-10-28 10:00", 150,
       att=["elena.rossetti", "davide.ferri", "luca.bertoni", "marco.fontana"], booked="2026-10-16 09:15",
       desc="8D: descrizione, contenimento già fatto, cause radice (autoclave L2, registrazioni F0), azioni correttive. Approccio blameless.",
       label="capability-building", why="root-cause analysis two weeks after the recall")
    ev("CdA – piano industriale 2027–2029", "2026-10-29 10:00", 180, org="segreteria.cda",
       att=["me", "paolo.guidotti", "giorgio.mancini", "sala.cda"], loc="Sede-2-Sala CdA (20)",
       desc="Intervento direzione stabilimento (10:30-11:15): capacità, linea bio, investimenti.",
       label="strategy", why="board session on the 3-year industrial plan")
    ev("Piano formazione 2027 con HR", "2026-10-29 16:00", 60, org="francesca.pini", att=["me"],
       label="capability-building", why="training plan for the plant")
    ev("Ferie", "2026-10-30", allday=True, org=None, label="other", why="day off")
    ev("Webinar Federalimentare – nuove regole etichettatura", "2026-10-07 15:00", 60, org="federalimentare",
       att=["me"], me="DECLINED", label="capability-building", why="learning webinar (declined)")
    ev("Visita medica", "2026-10-08 18:15", 45, org=None, private=True, label="other", why="medical, personal")
    return p


PEOPLE.append(chiara())


# ============================================================================================
# 2. Femke de Wit, CTO of Snelroute B.V. (Amsterdam), a same-day delivery / route-planning
#    scale-up. Google Workspace; English with Dutch. October: a SEV1 outage of the route
#    planner that became a daily incident sync for a week, a customer escalation, a
#    credential-stuffing security incident with a GDPR notification decision; a planned
#    incident-response tabletop, a maintenance window on the night the clocks go back, a
#    planned launch "war room" for the Rotterdam hub, post-mortems two weeks later, OKRs,
#    build-vs-buy strategy, a partnership and the board. Two days off (Google timed OOO).
# ============================================================================================

def femke():
    p = Person(slug="femke-de-wit", name="Femke de Wit", email="femke.dewit@snelroute.example",
               role="executive", tz="Europe/Amsterdam", style="google", domain="snelroute.example",
               calname="femke.dewit@snelroute.example", lang="en",
               reports=["ruben.jansen", "priya.raman", "daan.visser", "lotte.bakker", "mehmet.yilmaz"],
               manager="bas.hoekstra", months=["2026-10"],
               industry="logistics scale-up (same-day delivery, route planning)")
    A = p.add
    A("ruben.jansen", "Ruben Jansen"); A("priya.raman", "Priya Raman"); A("daan.visser", "Daan Visser")
    A("lotte.bakker", "Lotte Bakker"); A("mehmet.yilmaz", "Mehmet Yilmaz")
    A("bas.hoekstra", "Bas Hoekstra"); A("sanne.mulder", "Sanne Mulder"); A("thomas.vos", "Thomas Vos")
    A("noor.elamrani", "Noor El Amrani"); A("eva.smits", "Eva Smits"); A("kim.dekker", "Kim Dekker")
    A("joris.degraaf", "Joris de Graaf"); A("merel.kuipers", "Merel Kuipers")
    A("office", "Office Management", "office@snelroute.example")
    p.group("engineering", "Engineering", "engineering@snelroute.example")
    p.group("leadership", "Leadership team", "leadership@snelroute.example")
    p.group("eng-managers", "Engineering managers", "eng-managers@snelroute.example")
    p.group("incident", "Incident commanders", "incident-commanders@snelroute.example")
    p.group("everyone", "Snelroute Amsterdam", "amsterdam@snelroute.example")
    p.room("dekade", "AMS-3-De Kade (8)", "c_1883d1f2a9b8c7d6e5f4a3b2c1d0e9f8@resource.calendar.google.com")
    p.room("hetdok", "AMS-4-Het Dok (20)", "c_188a0b1c2d3e4f5a6b7c8d9e0f1a2b3c@resource.calendar.google.com")
    A("mark.vandijk", "Mark van Dijk", "mark.vandijk@huisraad.example")
    A("ilse.peters", "Ilse Peters", "ilse.peters@huisraad.example")
    A("pieter.claes", "Pieter Claes", "pieter.claes@belgoexpress.example")
    A("laura.schmidt", "Laura Schmidt", "lschmidt@cloudvendor.example")
    A("niels.brouwer", "Niels Brouwer", "niels@redteam-advies.example")
    A("hanneke.smit", "Hanneke Smit", "hanneke@northsea-ventures.example")
    A("frits.bos", "Frits Bos", "f.bos@bosholding.example")
    A("advocaat", "mr. Yara Hendriks", "y.hendriks@privacylaw.example")
    A("jasper.kok", "Jasper Kok", "jasperkok@candidate-mail.example")
    A("elif.sahin", "Elif Şahin", "elif.sahin@candidate-mail.example")
    A("ayla", "Ayla Demir", "ayla.demir@womenintech-nl.example")
    A("ravi.menon", "Ravi Menon", "ravi.menon@candidate-mail.example")
    A("mapdata", "Tom Verhoeven", "t.verhoeven@mapdata.example")
    A("events", "Snelroute Events", "events@snelroute.example")
    A("verbeek", "Wouter Verbeek", "w.verbeek@groothandel-verbeek.example")
    A("anouk", "Anouk Meijer")
    A("finops", "FinOps Foundation NL", "webinars@finops-nl.example")
    ev = p.ev
    R = ["ruben.jansen", "priya.raman", "daan.visser", "lotte.bakker", "mehmet.yilmaz"]

    # ---- recurring rhythm ---------------------------------------------------------------
    ev("Trein Utrecht → Amsterdam", "2026-01-05 07:55", 40, rrule="FREQ=WEEKLY;BYDAY=MO,TU,TH", org=None,
       exdate=["2026-10-06 07:55", "2026-10-22 07:55", "2026-10-27 07:55", "2026-10-29 07:55"],
       label="other", why="commute")
    ev("Sporten", "2026-01-07 07:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE", org=None, transp=True,
       label="other", why="gym")
    ev("Eng leadership weekly", "2025-11-03 10:00", 60, rrule="FREQ=WEEKLY;BYDAY=MO",
       att=R + ["joris.degraaf", "hetdok"], loc="AMS-4-Het Dok (20)",
       desc="Standing agenda: delivery status per tribe, incidents last week, hiring, asks.",
       label="execution", why="weekly staff meeting on delivery and operations")
    ev("MT weekly", "2025-09-02 09:00", 90, rrule="FREQ=WEEKLY;BYDAY=TU", org="bas.hoekstra",
       att=["leadership", "me", "sanne.mulder", "thomas.vos", "noor.elamrani", "eva.smits"],
       desc="Numbers of the week, decisions log, cross-team blockers.",
       label="execution", why="weekly management team run by the CEO")
    ev("1:1 Femke / Ruben", "2026-01-05 14:00", 45, rrule="FREQ=WEEKLY;BYDAY=MO", att=["ruben.jansen"],
       label="capability-building", why="weekly 1:1 with a direct report",
       ov=[O("2026-10-26 14:00", start="2026-10-26 15:00", changed="2026-10-19 12:00")])
    ev("Femke <> Daan 1:1", "2026-01-08 11:00", 45, rrule="FREQ=WEEKLY;BYDAY=TH", att=["daan.visser"],
       exdate=["2026-10-22 11:00"], label="capability-building", why="weekly 1:1 with a direct report",
       ov=[O("2026-10-01 11:00", start="2026-10-01 14:30", changed="2026-09-25 16:20")])
    ev("1:1 Priya / Femke", "2026-01-14 11:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["priya.raman"],
       label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("1:1 Lotte / Femke", "2026-01-13 15:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", att=["lotte.bakker"],
       label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-20 15:00", start="2026-10-20 16:00", changed="2026-10-08 10:02")])
    ev("Mehmet / Femke – 1:1", "2026-01-09 10:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", att=["mehmet.yilmaz"],
       label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-30 10:00", start="2026-10-30 14:00", changed="2026-10-21 09:30")])
    ev("Bas / Femke", "2026-01-15 16:30", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org="bas.hoekstra",
       att=["me"], label="execution", why="fortnightly update to her own manager (the CEO)",
       ov=[O("2026-10-22 16:30", me="DECLINED", changed="2026-10-21 18:00")])
    ev("Architecture Review Board", "2026-01-21 14:00", 90, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
       org="mehmet.yilmaz", att=["me", "eng-managers", "daan.visser", "priya.raman", "dekade"],
       desc="RFCs up for review this round are linked in the ARB doc. Decisions recorded as ADRs.",
       label="execution", why="design reviews and sign-offs of current work")
    ev("Product & Eng roadmap sync", "2026-01-08 13:30", 60, rrule="FREQ=WEEKLY;BYDAY=TH", org="noor.elamrani",
       att=["me", "ruben.jansen", "priya.raman", "joris.degraaf"],
       desc="Roadmap status, slipped items, dependencies.",
       label="execution", why="weekly status of roadmap delivery",
       ov=[O("2026-10-15 13:30", me="DECLINED", changed="2026-10-15 10:30"),
           O("2026-10-22 13:30", me="DECLINED", changed="2026-10-21 18:00"),
           O("2026-10-29 13:30", me="DECLINED", changed="2026-10-20 11:00")])
    ev("Weekly ops review – OTD & platform KPIs", "2026-01-09 11:00", 60, rrule="FREQ=WEEKLY;BYDAY=FR",
       org="sanne.mulder", att=["me", "daan.visser", "leadership"],
       label="execution", why="weekly operational KPI review",
       ov=[O("2026-10-23 11:00", me="DECLINED", changed="2026-10-21 18:00")])
    ev("Focus time – tech strategie 2027", "2026-09-02 08:30", 120, rrule="FREQ=WEEKLY;BYDAY=WE", org=None,
       exdate=["2026-10-07 08:30", "2026-10-14 08:30", "2026-10-28 08:30"],
       desc="Memo 'Snelroute tech 2027-2029': platform bets, build vs buy, where ML matters.",
       label="strategy", why="protected thinking time for the technology strategy memo")
    ev("Weekly delivery review (tribe leads)", "2026-02-04 16:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE",
       org="ruben.jansen", att=["me", "eng-managers"],
       label="execution", why="weekly delivery status",
       ov=[O("2026-10-28 16:00", me="DECLINED", changed="2026-10-26 09:00")])
    ev("Hiring pipeline review", "2026-02-06 15:00", 30, rrule="FREQ=WEEKLY;BYDAY=FR", org="kim.dekker",
       att=["me", "ruben.jansen"], exdate=["2026-10-09 15:00", "2026-10-23 15:00"],
       label="capability-building", why="reviewing the hiring pipeline")
    ev("Lunch", "2026-01-05 12:30", 30, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", org=None,
       exdate=["2026-10-21 12:30", "2026-10-22 12:30"], label="other", why="lunch")
    ev("Engineering all-hands", "2026-01-08 16:00", 60, rrule="FREQ=MONTHLY;BYDAY=1TH", att=["engineering", "hetdok"],
       desc="Demos, wins, who joined, Q&A with Femke.",
       label="capability-building", why="monthly all-hands: knowledge sharing and culture")
    ev("Lunch & Learn (tech talk)", "2026-01-16 12:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
       org="joris.degraaf", att=["engineering"], opt=["me"], me="TENTATIVE",
       label="capability-building", why="internal knowledge-sharing talk",
       ov=[O("2026-10-23 12:00", me="DECLINED", changed="2026-10-21 18:00")])
    ev("Mentoring – Ayla (Women in Tech NL)", "2026-02-17 17:30", 45, rrule="FREQ=MONTHLY;BYDAY=3TU",
       att=["ayla"], label="capability-building", why="mentoring")
    ev("BSO ophalen", "2026-01-07 17:30", 30, rrule="FREQ=WEEKLY;BYDAY=WE", org=None, private=True,
       label="other", why="picking up the kids, personal")

    # ---- October one-offs -----------------------------------------------------------------
    ev("Q4 OKRs engineering – which 3 objectives?", "2026-10-01 10:00", 120, att=R + ["noor.elamrani", "dekade"],
       desc="Kiezen, niet alles: reliability (SLO 99.9%) vs. Belgium expansion vs. ML routing. Max 3 objectives, the rest explicitly 'not now'.",
       label="strategy", why="choosing the org's top objectives for the quarter")
    ev("BHV ontruimingsoefening (fire drill)", "2026-10-01 15:30", 30, org="office", att=["everyone"],
       booked="2026-08-18 10:00", desc="Jaarlijkse ontruimingsoefening. Alarm gaat om 15:35, verzamelen op de kade.",
       label="capability-building", why="planned evacuation drill (preparedness), not an incident")
    ev("Sales kick-off Q4 borrel", "2026-10-01 17:30", 90, org="events", att=["everyone"], me="DECLINED",
       label="other", why="social drinks (declined)")
    ev("Interview: Staff Engineer – Jasper Kok (system design)", "2026-10-02 09:00", 60, org="kim.dekker",
       att=["me", "mehmet.yilmaz", "jasper.kok"], label="capability-building", why="hiring interview")
    ev("OKR Q4 – key results, owners & deadlines vastleggen", "2026-10-02 13:30", 90,
       att=R + ["joris.degraaf"],
       desc="Per objective: KRs, owner, deadline, how we measure weekly. Template in Notion.",
       label="execution", why="execution planning of owners, dates and KPIs under an OKR title")
    ev("Huisraad QBR", "2026-10-05 15:00", 60, org="sanne.mulder",
       att=["me", "mark.vandijk", "ilse.peters"], loc="Huisraad HQ, Zwolle / Meet",
       label="execution", why="quarterly business review with a current customer")
    ev("SEV1 – INC-2291 routeplanner API down – incident bridge", "2026-10-06 06:50", 100,
       org="daan.visser", att=["me", "incident", "ruben.jansen", "priya.raman"], booked="9m",
       desc="Bridge opened by on-call. Depots Tilburg + Utrecht cannot plan routes since 06:20, drivers waiting.",
       label="firefighting", why="outage bridge opened minutes before, at dawn")
    ev("INC-2291 – daily incident sync", "2026-10-06 09:00", 30, rrule="FREQ=DAILY;COUNT=7",
       org="daan.visser", att=["me", "incident", "ruben.jansen", "sanne.mulder"], booked="2026-10-06 08:52",
       exdate=["2026-10-11 09:00"],
       desc="Until stable: status of mitigation, depot impact, customer comms.",
       label="firefighting", why="daily incident sync for the week of the outage",
       ov=[O("2026-10-12 09:00", start="2026-10-12 09:30", dur=15, changed="2026-10-09 17:10")])
    ev("Huisraad – escalatie gemiste bezorgvensters", "2026-10-06 11:00", 45, org="sanne.mulder",
       att=["me", "mark.vandijk"], booked="2026-10-06 09:34",
       label="firefighting", why="customer escalation about the outage, booked the same morning")
    ev("Huisraad escalation follow-up: recovery plan & credits", "2026-10-07 15:00", 60, org="sanne.mulder",
       att=["me", "mark.vandijk", "ilse.peters", "daan.visser"], booked="2026-10-06 14:05",
       label="firefighting", why="customer escalation booked a day ahead")
    ev("Rollback decision – routing engine v5.3", "2026-10-08 21:30", 45, org="daan.visser",
       att=["me", "ruben.jansen", "incident"], booked="25m",
       label="firefighting", why="late-evening emergency decision")
    ev("Webinar: FinOps for Kubernetes", "2026-10-08 16:00", 60, org="finops", att=["me"], me="DECLINED",
       label="capability-building", why="learning webinar (declined)")
    ev("Quarterly security & risk review", "2026-10-08 09:30", 90, org="lotte.bakker",
       att=["me", "daan.visser", "merel.kuipers"], booked="2026-08-30 10:00",
       desc="Risk register, ISO 27001 surveillance audit actions, open pentest findings.",
       label="execution", why="quarterly review of the security programme's status")
    ev("Engineering career framework v2 – review", "2026-10-08 14:45", 90, org="eva.smits",
       att=["me", "ruben.jansen", "joris.degraaf"],
       label="capability-building", why="career framework for engineers")
    ev("Data platform roadmap deep-dive", "2026-10-12 11:00", 90, org="priya.raman",
       att=["me", "noor.elamrani"], label="execution", why="roadmap status deep-dive of a team")
    ev("Groothandel Verbeek – technical due diligence call", "2026-10-16 09:00", 60, org="sanne.mulder",
       att=["me", "mehmet.yilmaz", "verbeek"], label="execution", why="sales call on a current deal")
    ev("Pricing enterprise API – options for 2027", "2026-10-19 11:00", 60, org="noor.elamrani",
       att=["me", "thomas.vos", "bas.hoekstra"],
       desc="Usage-based vs seat-based vs per-parcel. Which segments do we want to win?",
       label="strategy", why="pricing and segment choice")
    ev("Engineering metrics Q3 (DORA) review", "2026-10-05 11:00", 60, org="ruben.jansen",
       att=["me", "eng-managers"], label="execution", why="review of delivery metrics")
    ev("Candidate sell call – Head of Data Engineering", "2026-10-27 17:00", 30, org="kim.dekker",
       att=["me", "ravi.menon"], label="capability-building", why="hiring")
    ev("Skip-level 1:1 – Joris de Graaf", "2026-10-20 10:30", 30, att=["joris.degraaf"],
       label="capability-building", why="skip-level 1:1 (development, listening)")
    ev("Observability platform – vendor evaluation", "2026-10-26 11:00", 60, org="daan.visser",
       att=["me", "mehmet.yilmaz"], label="execution", why="choosing a tool for current operations")
    ev("Security awareness – phishing test results", "2026-10-05 16:30", 30, org="lotte.bakker",
       att=["me"], label="execution", why="status review of a running programme")
    ev("PagerDuty renewal", "2026-10-13 14:00", 30, org="daan.visser", att=["me"],
       label="execution", why="vendor renewal")
    ev("Coffee with new joiners (October cohort)", "2026-10-26 16:00", 45, att=["engineering"],
       label="capability-building", why="onboarding and culture")
    ev("Skip-level 1:1 – Anouk (data team)", "2026-10-29 10:00", 30, att=["anouk"],
       label="capability-building", why="skip-level conversation")
    ev("Tandarts", "2026-10-09 08:00", 45, org=None, private=True, label="other", why="dentist")
    ev("Tech strategy 2027–2029: build vs buy routing engine", "2026-10-09 13:00", 180,
       att=["mehmet.yilmaz", "priya.raman", "bas.hoekstra", "noor.elamrani", "dekade"],
       desc="Do we keep building our own optimiser or buy a solver and focus on data? Options, 3-year cost, risk, decision proposal for the board.",
       label="strategy", why="long-range build-vs-buy decision")
    ev("SEC-114 – suspicious logins driver app", "2026-10-12 16:10", 50, org="lotte.bakker",
       att=["me", "daan.visser", "merel.kuipers"], booked="25m",
       desc="Spike in failed logins from residential proxies, 312 driver accounts with successful logins from new devices.",
       label="firefighting", why="security incident, call booked minutes ahead")
    ev("SEC-114 – credential stuffing: status", "2026-10-13 08:30", 30, rrule="FREQ=DAILY;COUNT=3",
       org="lotte.bakker", att=["me", "daan.visser", "merel.kuipers"], booked="2026-10-12 17:05",
       label="firefighting", why="daily security-incident status while it lasted")
    ev("10-minutengesprek school", "2026-10-13 16:15", 15, org=None, private=True, label="other", why="personal")
    ev("Incident-response training: tabletop ransomware scenario", "2026-10-14 09:00", 180,
       org="lotte.bakker", att=["me", "leadership", "niels.brouwer", "daan.visser"], booked="2026-08-12 10:00",
       desc="Planned annual exercise with an external facilitator. Scenario: ransomware in the warehouse scanners. No real systems touched.",
       label="capability-building", why="planned incident-response training exercise")
    ev("Meldplicht datalek SEC-114 – besluit melding AP (72 uur)", "2026-10-15 13:00", 60,
       org="lotte.bakker", att=["me", "merel.kuipers", "advocaat", "bas.hoekstra"], booked="2026-10-15 10:20",
       desc="Deadline for a notification to the Autoriteit Persoonsgegevens is tomorrow 16:10. Decide: notify, and what we tell drivers.",
       label="firefighting", why="regulator deadline forcing an urgent decision on the incident")
    ev("BelgoExpress – verkenning partnership (gezamenlijke propositie BE/NL)", "2026-10-16 13:30", 90,
       org="bas.hoekstra", att=["me", "pieter.claes", "sanne.mulder"],
       desc="Exploring a partnership: shared hubs in Antwerp and Breda, API integration, who owns the customer.",
       label="strategy", why="exploring a strategic partnership")
    ev("Interview: Engineering Manager Mobile – final round", "2026-10-19 15:00", 60, org="kim.dekker",
       att=["me", "elif.sahin"], label="capability-building", why="hiring interview")
    ev("Hiring sync – open reqs Q4", "2026-10-19 16:00", 30, org="kim.dekker", att=["me", "ruben.jansen"],
       label="capability-building", why="hiring")
    ev("AWS – EDP renewal & Q4 commit", "2026-10-20 11:00", 60, att=["laura.schmidt", "thomas.vos", "daan.visser"],
       label="execution", why="vendor call on a current contract")
    ev("Post-mortem INC-2291 (blameless)", "2026-10-20 14:00", 90, org="daan.visser",
       att=["me", "incident", "ruben.jansen", "priya.raman"], booked="2026-10-07 11:00",
       desc="Blameless format. Timeline, contributing factors, what made detection slow, action items with owners.",
       label="capability-building", why="post-mortem two weeks after the outage")
    ev("Skip-level lunch – platform team", "2026-10-21 12:00", 60, att=["engineering"],
       loc="Kantine", label="capability-building", why="skip-level conversation with a team (people, culture)")
    ev("Org design: platform team split (team topologies)", "2026-10-21 13:30", 90,
       att=["daan.visser", "ruben.jansen", "eva.smits"],
       label="capability-building", why="organisation design")
    ev("Kaartdata-leverancier – contractverlenging API-pricing", "2026-10-21 15:00", 45,
       att=["mapdata", "priya.raman"], label="execution", why="vendor contract renewal")
    ev("Out of office", "2026-10-22 00:00", end="2026-10-24 00:00", org=None,
       desc="Herfstvakantie. Back on Monday.", label="other", why="two days off (timed out-of-office)")
    ev("Go/no-go: PostgreSQL 16 upgrade", "2026-10-24 22:30", 30, org="daan.visser",
       att=["me", "incident"], booked="2026-09-22 14:00",
       label="execution", why="planned go/no-go of a maintenance window")
    ev("Gepland onderhoud: PostgreSQL 16 upgrade (maintenance window)", "2026-10-24 23:00",
       end="2026-10-25 03:00", org="daan.visser", att=["incident"], opt=["me"], me="NEEDS-ACTION",
       transp=True, booked="2026-09-22 14:00",
       desc="Planned. Read-only mode for dispatch 23:00-03:00 (note: clocks go back at 03:00).",
       label="execution", why="planned maintenance window (FYI, free)")
    ev("Budget 2027 – engineering headcount & cloud spend", "2026-10-26 13:00", 90, org="thomas.vos",
       att=["me", "ruben.jansen"], label="execution", why="budget round")
    ev("Launch war room – go-live hub Rotterdam", "2026-10-27 08:00", 60, rrule="FREQ=DAILY;COUNT=3",
       org="sanne.mulder", att=["me", "daan.visser", "ruben.jansen", "leadership"], booked="2026-09-15 10:00",
       loc="Hub Rotterdam-Waalhaven", desc="Planned launch cadence for the first three days of the new hub.",
       label="execution", why="planned launch stand-up booked weeks ahead, despite 'war room'")
    ev("Offsite prep – MT strategie-offsite november", "2026-10-27 15:00", 90, org="bas.hoekstra",
       att=["me", "sanne.mulder", "noor.elamrani"],
       desc="Which 3 strategic questions do we put to the offsite? Belgium, own fleet or not, enterprise segment.",
       label="strategy", why="preparing the strategic questions for the offsite")
    ev("Post-mortem SEC-114 credential stuffing (blameless)", "2026-10-28 10:45", 90, org="lotte.bakker",
       att=["me", "daan.visser", "merel.kuipers"], booked="2026-10-16 09:00",
       label="capability-building", why="post-mortem two weeks after the security incident")
    ev("Interview: Staff Engineer – Jasper Kok (values & leadership)", "2026-10-28 16:00", 60, org="kim.dekker",
       att=["me", "jasper.kok"], label="capability-building", why="hiring interview")
    ev("RvC – Q4 board meeting (technology & product strategy)", "2026-10-29 14:00", 180, org="bas.hoekstra",
       att=["me", "frits.bos", "hanneke.smit", "thomas.vos", "noor.elamrani"],
       desc="1. Tech strategy 2027-2029 incl. build vs buy (Femke) 2. Belgium 3. Q3 numbers.",
       label="strategy", why="board meeting on technology and product strategy")
    ev("Performance calibration H2 – engineering", "2026-10-30 09:00", 120, org="eva.smits",
       att=["me"] + R, label="capability-building", why="performance calibration")
    return p


PEOPLE.append(femke())


# ============================================================================================
# 3. Mariana Castillo Reyes, COO (Directora de Operaciones) of Tiendas Del Valle, a Mexican
#    supermarket and convenience chain (~220 stores), corporate office in Santa Fe, CDMX.
#    Exchange/Outlook export with the Windows zone "Central Standard Time (Mexico)". Spanish.
#    October: a viral price-labelling video and a PROFECO (consumer regulator) review, a
#    payment-terminal outage on payday, Hurricane "Tomás" hitting Sinaloa stores (daily crisis
#    committee, a night call, a visit), a store robbery; a planned earthquake drill, a planned
#    ERP maintenance window, a Buen Fin "sala de guerra" rehearsal booked weeks ahead, a
#    blameless lessons-learned session; budget rounds, format strategy, a partnership, the board.
# ============================================================================================

def mariana():
    p = Person(slug="mariana-castillo", name="Mariana Castillo Reyes", email="mariana.castillo@tiendasdelvalle.example",
               role="executive", tz="America/Mexico_City", style="outlook", domain="tiendasdelvalle.example",
               calname="Calendario", lang="es", wintz="Central Standard Time (Mexico)",
               prodid="Microsoft Exchange Server 2010",
               reports=["hector.garza", "analucia.mendoza", "jorge.navarro", "ricardo.ibarra", "paola.trevino"],
               manager="fernando.aguilar", months=["2026-10"], industry="retail chain (supermarkets and convenience stores)")
    A = p.add
    A("hector.garza", "Héctor Garza Villarreal"); A("analucia.mendoza", "Ana Lucía Mendoza")
    A("jorge.navarro", "Jorge Navarro"); A("ricardo.ibarra", "Ricardo Ibarra"); A("paola.trevino", "Paola Treviño")
    A("fernando.aguilar", "Fernando Aguilar"); A("claudia.robles", "Claudia Robles"); A("diego.salazar", "Diego Salazar")
    A("gabriela.ortiz", "Gabriela Ortiz"); A("luis.herrera", "Luis Herrera"); A("veronica.campos", "Verónica Campos")
    A("mauricio.paz", "Mauricio Paz"); A("lupita.morales", "Guadalupe Morales")
    A("daniela.ruiz", "Daniela Ruiz"); A("secretaria.consejo", "Secretaría del Consejo", "secretaria.consejo@tiendasdelvalle.example")
    A("brigadas", "Brigadas Protección Civil", "brigadas.pc@tiendasdelvalle.example")
    p.group("comite", "Comité de Dirección", "comite.direccion@tiendasdelvalle.example")
    p.group("regionales", "Gerentes Regionales", "gerentes.regionales@tiendasdelvalle.example")
    p.group("crisis", "Comité de Crisis", "crisis@tiendasdelvalle.example")
    p.group("tiendas.sinaloa", "Gerentes Tienda Sinaloa", "gerentes.sinaloa@tiendasdelvalle.example")
    p.group("corporativo", "Corporativo Santa Fe (todos)", "corporativo@tiendasdelvalle.example")
    p.room("sala.consejo", "Sala de Consejo (Piso 12)", "sala.consejo@tiendasdelvalle.example")
    p.room("sala.11b", "Sala Operaciones 11B", "sala.11b@tiendasdelvalle.example")
    A("armando.ruiz", "Lic. Armando Ruiz (PROFECO)", "aruiz@profeco.example")
    A("rocio.vazquez", "Rocío Vázquez", "rvazquez@lacteoshuasteca.example")
    A("emilio.castro", "Emilio Castro", "emilio.castro@pagosnet.example")
    A("pagosnet", "Soporte Corporativo PagosNet", "soporte.corporativo@pagosnet.example")
    A("sofia.lozano", "Sofía Lozano", "sofia.lozano@rapimandado.example")
    A("bernardo.tellez", "Bernardo Téllez", "btellez@consultores-retail.example")
    A("patricia.elizondo", "Patricia Elizondo", "pelizondo@coachingejecutivo.example")
    A("alberto.montemayor", "Ing. Alberto Montemayor", "amontemayor@consejeros.example")
    A("candidata", "Mónica Cárdenas", "monica.cardenas@correo-personal.example")
    A("antad", "Eventos ANTAD", "eventos@antad.example")
    A("amai", "AMAI Webinars", "webinars@amai.example")
    ev = p.ev
    R = ["hector.garza", "analucia.mendoza", "jorge.navarro", "ricardo.ibarra", "paola.trevino"]

    # ---- recurring rhythm ---------------------------------------------------------------
    ev("Traslado a oficina (Santa Fe)", "2026-01-05 07:30", 45, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH", org=None,
       exdate=["2026-10-19 07:30", "2026-10-20 07:30", "2026-10-21 07:30", "2026-10-22 07:30"],
       label="other", why="commute")
    ev("Comité de Dirección", "2025-08-04 09:00", 120, rrule="FREQ=WEEKLY;BYDAY=MO", org="fernando.aguilar",
       att=["comite", "me", "claudia.robles", "diego.salazar", "gabriela.ortiz", "luis.herrera", "sala.consejo"],
       loc="Sala de Consejo (Piso 12)", desc="Orden del día: ventas de la semana, flujo, temas de cada dirección, acuerdos.",
       label="execution", why="weekly executive committee, operating agenda")
    ev("Revisión semanal de ventas y operación por región", "2025-08-05 08:30", 90, rrule="FREQ=WEEKLY;BYDAY=TU",
       att=["hector.garza", "analucia.mendoza", "paola.trevino", "regionales"], loc="Microsoft Teams",
       desc="Ventas vs. presupuesto, tráfico, ticket promedio, mermas, faltantes, incidencias por región.",
       label="execution", why="weekly sales and operations review she runs",
       ov=[O("2026-10-20 08:30", start="2026-10-20 09:00", changed="2026-10-19 09:30")])
    ev("Junta de abasto y faltantes (fill rate)", "2025-08-06 12:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE",
       org="jorge.navarro", att=["me", "diego.salazar", "regionales"],
       label="execution", why="weekly supply and out-of-stock review")
    ev("1:1 Héctor Garza", "2026-01-08 10:00", 45, rrule="FREQ=WEEKLY;BYDAY=TH", att=["hector.garza"],
       loc="Microsoft Teams", exdate=["2026-10-22 10:00", "2026-10-29 10:00"],
       label="capability-building", why="weekly 1:1 with a direct report")
    ev("1:1 Ana Lucía Mendoza", "2026-01-08 11:00", 45, rrule="FREQ=WEEKLY;BYDAY=TH", att=["analucia.mendoza"],
       exdate=["2026-10-22 11:00", "2026-10-29 11:00"],
       label="capability-building", why="weekly 1:1 with a direct report")
    ev("1:1 Jorge Navarro", "2026-01-14 10:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["jorge.navarro"],
       label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-07 10:00", start="2026-10-07 11:00", changed="2026-10-06 19:10")])
    ev("1:1 Ricardo Ibarra", "2026-01-13 16:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", att=["ricardo.ibarra"],
       label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("1:1 Paola Treviño", "2026-01-09 13:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", att=["paola.trevino"],
       exdate=["2026-10-30 13:00"], label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Acuerdos Fernando / Mariana", "2026-01-12 17:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
       org="fernando.aguilar", att=["me"],
       label="execution", why="fortnightly update to her manager (the CEO)")
    ev("Recorrido de tiendas", "2026-01-09 08:00", 240, rrule="FREQ=WEEKLY;BYDAY=FR", org=None,
       exdate=["2026-10-23 08:00", "2026-10-30 08:00"],
       desc="Ruta de la semana con el gerente regional: piso de venta, anaqueles, cajas, bodega.",
       label="execution", why="weekly store visits checking operations")
    ev("Comida", "2026-01-05 14:30", 60, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org=None,
       exdate=["2026-10-23 14:30", "2026-10-30 14:30"], label="other", why="lunch")
    ev("Comité de Ética y Cumplimiento", "2026-01-14 17:00", 60, rrule="FREQ=MONTHLY;BYDAY=2WE",
       org="mauricio.paz", att=["me", "gabriela.ortiz", "claudia.robles"],
       label="execution", why="monthly compliance committee reviewing cases")
    ev("Sesión de coaching ejecutivo", "2026-02-03 18:00", 60, rrule="FREQ=MONTHLY;BYDAY=1TU;COUNT=10",
       org="patricia.elizondo", att=["me"], loc="Zoom",
       label="capability-building", why="her own executive coaching")
    ev("Mentoría – Daniela Ruiz (programa Mujeres que Lideran)", "2026-02-18 16:00", 45,
       rrule="FREQ=MONTHLY;BYDAY=3WE", att=["daniela.ruiz"], label="capability-building", why="mentoring")
    ev("Revisión mensual de mermas y robos", "2026-01-29 13:30", 60, rrule="FREQ=MONTHLY;BYDAY=-1TH",
       org="ricardo.ibarra", att=["me", "regionales", "claudia.robles"],
       label="execution", why="monthly shrinkage and theft review")
    ev("Natación Sofía", "2026-01-08 18:30", 60, rrule="FREQ=WEEKLY;BYDAY=TH", org=None, private=True,
       label="other", why="family, personal")

    # ---- October one-offs -----------------------------------------------------------------
    ev("Arranque Q4: prioridades operativas y calendario", "2026-10-01 12:00", 90, att=R + ["sala.11b"],
       loc="Sala Operaciones 11B", desc="Q4: Día de Muertos, Buen Fin, Navidad. Responsables y fechas por iniciativa.",
       label="execution", why="execution planning of the quarter's priorities and dates")
    ev("Incidencias de nómina en tiendas – pago de horas extra", "2026-10-02 15:30", 90,
       att=["gabriela.ortiz", "paola.trevino"], label="execution", why="resolving a current operational issue (not urgent)")
    ev("Comité de inversiones (CAPEX) – remodelación de 14 tiendas", "2026-10-07 16:00", 90, org="claudia.robles",
       att=["me", "analucia.mendoza", "hector.garza"], label="execution", why="approving spend on an existing plan")
    ev("Entrevista – Gerente de Prevención de Pérdidas Centro", "2026-10-21 11:15", 45, org="ricardo.ibarra",
       att=["me"], label="capability-building", why="hiring interview")
    ev("Sindicato – revisión contrato colectivo tiendas Norte", "2026-10-28 16:00", 90, org="gabriela.ortiz",
       att=["me", "hector.garza"], label="execution", why="labour agreement for current operations")
    ev("Lácteos La Huasteca – revisión de contrato y niveles de servicio", "2026-10-05 12:00", 60,
       org="jorge.navarro", att=["me", "rocio.vazquez"], label="execution", why="vendor contract and service levels")
    ev("Presupuesto 2027 – Operación de tiendas (ronda 1)", "2026-10-06 11:00", 150, org="claudia.robles",
       att=["me", "paola.trevino", "hector.garza", "analucia.mendoza"], label="execution", why="budget round")
    ev("PROFECO – revisión urgente de precios exhibidos vs. cobrados (video viral)", "2026-10-07 09:00", 90,
       org="lupita.morales", att=["me", "diego.salazar", "ricardo.ibarra", "veronica.campos", "mauricio.paz"],
       booked="2026-10-06 18:30",
       desc="Video en redes (1.2 M vistas): diferencia de precio en caja, tienda Coyoacán. PROFECO anunció verificación. Revisar: alcance, respuesta pública, operativo de reetiquetado.",
       label="firefighting", why="regulator-driven urgent review, booked the evening before")
    ev("Visita de verificación PROFECO – tienda Coyoacán", "2026-10-08 17:00", 60, org="analucia.mendoza",
       att=["me", "armando.ruiz", "mauricio.paz"], booked="2026-10-08 09:10", loc="Tienda Coyoacán (Av. Universidad)",
       label="firefighting", why="same-day regulator inspection following the complaint")
    ev("Simulacro de sismo – Corporativo Santa Fe (Protección Civil)", "2026-10-08 12:00", 30, org="brigadas",
       att=["corporativo"], booked="2026-08-20 10:00",
       desc="Simulacro programado. Hipótesis: sismo magnitud 7.5. Alerta sísmica 12:05. Punto de reunión: explanada.",
       label="capability-building", why="planned earthquake drill (preparedness), not an emergency")
    ev("Alianza RapiMandado – última milla: términos de la alianza", "2026-10-09 13:00", 90, org="fernando.aguilar",
       att=["me", "sofia.lozano", "diego.salazar"],
       desc="¿Entramos a entrega en 30 minutos con un socio o construimos flota propia? Exclusividad, datos, comisiones.",
       label="strategy", why="deciding a strategic partnership")
    ev("Go/No-Go: ventana de mantenimiento programada – migración ERP tiendas piloto", "2026-10-10 22:00", 60,
       org="luis.herrera", att=["me", "paola.trevino"], booked="2026-09-10 11:00",
       desc="Ventana planeada 22:00-02:00. Tiendas piloto: 12. Plan de reversa listo.",
       label="execution", why="planned maintenance window go/no-go")
    ev("Temporada Día de Muertos – exhibición y abasto", "2026-10-12 12:00", 60, org="diego.salazar",
       att=["me", "jorge.navarro", "regionales"], label="execution", why="seasonal execution review")
    ev("Estrategia de formatos 2027–2029: express vs. supermercado", "2026-10-13 11:00", 180, org="fernando.aguilar",
       att=["me", "claudia.robles", "diego.salazar", "bernardo.tellez"],
       desc="Dónde jugar: crecimiento en express en zonas urbanas vs. supermercado en Bajío; cierre de tiendas no rentables.",
       label="strategy", why="where to play: store format portfolio for 3 years")
    ev("Apertura tienda Querétaro Juriquilla – checklist final", "2026-10-13 16:00", 60, org="paola.trevino",
       att=["me", "analucia.mendoza"], label="execution", why="store opening readiness")
    ev("Reconocimiento trimestral a gerentes de tienda", "2026-10-09 17:00", 60, org="gabriela.ortiz",
       att=["me", "regionales"], label="capability-building", why="recognition of managers (culture)")
    ev("Dentista", "2026-10-13 18:00", 60, org=None, private=True, label="other", why="dentist")
    ev("Entrevista – Directora Regional Bajío (candidata final)", "2026-10-14 10:00", 60, org="gabriela.ortiz",
       att=["me", "candidata"], label="capability-building", why="hiring interview")
    ev("Cena de proveedores – Expo ANTAD", "2026-10-14 20:00", 150, org="antad", att=["me"], me="DECLINED",
       label="execution", why="supplier relations dinner (declined)")
    ev("Webinar AMAI – tendencias de consumo 2027", "2026-10-14 13:00", 60, org="amai", att=["me"], me="TENTATIVE",
       label="strategy", why="market trends input for the format strategy")
    ev("URGENTE: caída de terminales de pago (TPV) en 40 tiendas – quincena", "2026-10-15 13:05", 70,
       org="luis.herrera", att=["me", "pagosnet", "emilio.castro", "regionales", "ricardo.ibarra"], booked="30m",
       desc="Desde 12:20 las TPV de PagosNet rechazan tarjetas en 40 tiendas. Día de quincena. Cajas con filas.",
       label="firefighting", why="payment outage on payday, booked 30 minutes ahead")
    ev("Seguimiento caída TPV – reporte a Dirección General", "2026-10-15 18:30", 30, org="fernando.aguilar",
       att=["me", "luis.herrera"], booked="90m", label="firefighting", why="same-day escalation of the outage")
    ev("Planeación estratégica 2027 – responsables, fechas y KPIs por región", "2026-10-16 15:30", 150,
       org="paola.trevino", att=["me"] + R[:2] + ["regionales"],
       desc="Bajar el plan 2027 a cada región: iniciativa, responsable, fecha compromiso, KPI y meta mensual.",
       label="execution", why="execution planning (owners, dates, KPIs) under a 'strategic planning' title")
    ev("Comité de Crisis – Huracán Tomás (Sinaloa)", "2026-10-19 08:00", 45, rrule="FREQ=DAILY;COUNT=5",
       org="ricardo.ibarra", att=["me", "crisis", "hector.garza", "jorge.navarro", "gabriela.ortiz", "tiendas.sinaloa"],
       booked="2026-10-18 20:15",
       desc="Huracán categoría 3 con impacto previsto en Mazatlán el martes. Cierre preventivo de 9 tiendas, personal, abasto de agua y generadores.",
       label="firefighting", why="daily crisis committee for a hurricane hitting stores")
    ev("Llamada urgente: tienda Mazatlán Centro inundada – evacuación de personal", "2026-10-20 22:10", 30,
       org="hector.garza", att=["me", "ricardo.ibarra", "crisis"], booked="18m",
       label="firefighting", why="night emergency call")
    ev("Apoyo a colaboradores afectados – fondo de emergencia y despensas", "2026-10-21 13:00", 60,
       org="gabriela.ortiz", att=["me", "hector.garza"], booked="20h",
       label="firefighting", why="urgent response for staff hit by the hurricane")
    ev("Consejo de Administración – sesión trimestral", "2026-10-22 09:00", 240, org="secretaria.consejo",
       att=["me", "fernando.aguilar", "claudia.robles", "alberto.montemayor", "sala.consejo"],
       loc="Sala de Consejo (Piso 12)",
       desc="1. Estrategia de formatos 2027-2029 2. Alianza última milla 3. Resultados Q3 4. Riesgos (huracán).",
       label="strategy", why="board session on formats and partnership")
    ev("Vuelo CDMX → Mazatlán (AM 164)", "2026-10-23 10:10", 105, org=None, loc="AICM T2",
       label="other", why="travel")
    ev("Visita a tiendas afectadas Mazatlán con Héctor", "2026-10-23 13:00", 240, att=["hector.garza", "tiendas.sinaloa"],
       desc="Daños, reapertura, apoyo al personal.", booked="2026-10-21 20:00",
       label="firefighting", why="on-site response to hurricane damage")
    ev("Vuelo Mazatlán → CDMX (AM 165)", "2026-10-24 10:30", 105, org=None, label="other", why="travel")
    ev("Asalto en tienda Ecatepec 14 – seguimiento con Seguridad", "2026-10-26 08:00", 30, org="ricardo.ibarra",
       att=["me", "analucia.mendoza"], booked="2026-10-25 22:00",
       label="firefighting", why="security incident booked the night before")
    ev("Presupuesto 2027 – ronda 2 (con DG y Finanzas)", "2026-10-27 11:00", 150, org="claudia.robles",
       att=["me", "fernando.aguilar", "paola.trevino"], label="execution", why="budget round")
    ev("Capacitación: liderazgo de gerentes de tienda – cierre de cohorte", "2026-10-28 10:00", 120,
       org="gabriela.ortiz", att=["me", "regionales"], label="capability-building",
       why="closing a store-manager leadership training cohort")
    ev("Sala de guerra Buen Fin 2026 – ensayo general", "2026-10-29 09:00", 240, org="paola.trevino",
       att=["me"] + R + ["diego.salazar", "luis.herrera", "sala.11b"], booked="2026-09-01 10:00",
       desc="Ensayo planeado del tablero y los protocolos de la sala de guerra para Buen Fin (13-16 nov).",
       label="execution", why="planned launch rehearsal booked two months ahead, despite 'war room'")
    ev("Lecciones aprendidas: caída de TPV del 15 de octubre (sin culpables)", "2026-10-29 16:00", 90,
       org="luis.herrera", att=["me", "pagosnet", "ricardo.ibarra", "paola.trevino"], booked="2026-10-19 10:00",
       desc="Formato sin culpables: línea de tiempo, causas raíz, contingencia de cobro, acciones.",
       label="capability-building", why="blameless post-incident review two weeks later")
    ev("Día personal", "2026-10-30", allday=True, org=None, busy="OOF", label="other", why="day off")
    return p


PEOPLE.append(mariana())


# ============================================================================================
# 4. Daniel Brunner, Leiter Schaden Schweiz (head of claims) at Rheintal Versicherungen AG,
#    Zürich. Exchange/Outlook export, Windows zone "W. Europe Standard Time". Swiss German
#    (no ß). October: storm "Gerda" overnight 8/9 Oct turns into a large-loss event (crisis
#    staff daily for a week, a Saturday, reinsurer notification, the weekly leadership meeting
#    taken over), a claims-system outage, a data-protection incident with a notification
#    decision (EDÖB), a FINMA request with a deadline, a TV consumer-programme enquiry; a fire
#    drill, a business-continuity exercise, a planned release weekend, a blameless lessons
#    learned two weeks after the storm; claims strategy 2030, a partnership, the GL offsite.
# ============================================================================================

def daniel():
    p = Person(slug="daniel-brunner", name="Daniel Brunner", email="daniel.brunner@rheintal-versicherungen.example",
               role="senior-leader", tz="Europe/Zurich", style="outlook", domain="rheintal-versicherungen.example",
               calname="Kalender", lang="de", wintz="W. Europe Standard Time",
               prodid="Microsoft Exchange Server 2010",
               reports=["sandra.keller", "marc.widmer", "nicole.huber", "patrick.steiner", "lea.frei"],
               manager="thomas.meier", months=["2026-10"], industry="insurance (P&C and accident claims)")
    A = p.add
    A("sandra.keller", "Keller Sandra"); A("marc.widmer", "Widmer Marc"); A("nicole.huber", "Huber Nicole")
    A("patrick.steiner", "Steiner Patrick"); A("lea.frei", "Frei Lea")
    A("thomas.meier", "Meier Thomas"); A("beatrice.sutter", "Sutter Beatrice"); A("urs.gerber", "Gerber Urs")
    A("simone.kaelin", "Kälin Simone"); A("reto.ammann", "Ammann Reto"); A("andrea.moser", "Moser Andrea")
    A("stefan.zimmermann", "Zimmermann Stefan"); A("claudia.brun", "Brun Claudia")
    A("jonas.baumann", "Baumann Jonas")
    A("sicherheit", "Sicherheit & Brandschutz", "sicherheit@rheintal-versicherungen.example")
    A("bcm", "BCM Office", "bcm@rheintal-versicherungen.example")
    A("pk", "Pensionskasse Rheintal", "pk-info@rheintal-versicherungen.example")
    p.group("medien", "Medienstelle", "medien@rheintal-versicherungen.example")
    p.group("krisenstab", "Krisenstab Grossereignis", "krisenstab.schaden@rheintal-versicherungen.example")
    p.group("fuehrung", "Führungsteam Schaden", "fuehrung.schaden@rheintal-versicherungen.example")
    p.group("gl", "Geschäftsleitung", "gl@rheintal-versicherungen.example")
    p.group("alle", "Alle Mitarbeitenden Mythenquai", "alle.mythenquai@rheintal-versicherungen.example")
    p.room("saentis", "ZH-Mythenquai 4.12 Säntis (10)", "zh-mq-412-saentis@rheintal-versicherungen.example")
    p.room("pilatus", "ZH-Mythenquai 6.01 Pilatus (24)", "zh-mq-601-pilatus@rheintal-versicherungen.example")
    A("michael.huber", "Dr. Michael Huber (FINMA)", "michael.huber@finma.example")
    A("favre", "Jean-Luc Favre", "jl.favre@rueckversicherung.example")
    A("beat.hofer", "Beat Hofer", "b.hofer@carrosserienetz.example")
    A("katrin.vogt", "Katrin Vogt", "k.vogt@bcm-partner.example")
    A("felix.marti", "Dr. Felix Marti", "f.marti@kanzlei-marti.example")
    A("sabrina.fehr", "Sabrina Fehr", "sabrina.fehr@bluewin.example")
    A("roland.graf", "Roland Graf", "r.graf@expertisen-ag.example")
    A("coach", "Ursula Widmer-Lang", "u.widmer@fuehrungscoaching.example")
    ev = p.ev
    R = ["sandra.keller", "marc.widmer", "nicole.huber", "patrick.steiner", "lea.frei"]

    # ---- recurring rhythm ---------------------------------------------------------------
    ev("S12 Winterthur → Zürich HB", "2026-01-05 07:20", 25, rrule="FREQ=WEEKLY;BYDAY=MO,TU,TH", org=None,
       exdate=["2026-10-29 07:20"], label="other", why="commute")
    ev("Joggen Zürichberg", "2026-01-07 07:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE", org=None, transp=True,
       label="other", why="sport")
    ev("Führungsteam Schaden (Weekly)", "2025-06-02 09:00", 90, rrule="FREQ=WEEKLY;BYDAY=MO",
       att=R + ["saentis"], loc="ZH-Mythenquai 4.12 Säntis (10)",
       desc="Traktanden: Pendenzen, Kennzahlen Vorwoche (Eingänge, Rückstände, Durchlaufzeit), Personelles, Varia.",
       label="execution", why="weekly leadership team meeting on current operations",
       ov=[O("2026-10-12 09:00", summary="Führungsteam Schaden – nur Thema Sturm Gerda",
             desc="Heute nur ein Thema: Sturm Gerda. Kapazitäten, Triage, Rückstände, Pikett am Wochenende.",
             changed="2026-10-10 11:20", label="firefighting",
             why="the weekly meeting taken over by the storm event")])
    ev("GL Operations Weekly", "2025-06-03 14:00", 60, rrule="FREQ=WEEKLY;BYDAY=TU", org="thomas.meier",
       att=["me", "urs.gerber", "stefan.zimmermann", "gl"],
       label="execution", why="weekly operations management meeting run by his manager",
       ov=[O("2026-10-20 14:00", me="DECLINED", changed="2026-10-20 14:12"),
           O("2026-10-27 14:00", me="DECLINED", changed="2026-10-15 08:00")])
    ev("Grossschaden-Komitee (Fälle > CHF 500'000)", "2025-06-05 10:00", 60, rrule="FREQ=WEEKLY;BYDAY=TH",
       org="marc.widmer", att=["me", "nicole.huber", "reto.ammann", "pilatus"],
       label="execution", why="weekly committee deciding large current claims",
       ov=[O("2026-10-22 10:00", me="DECLINED", changed="2026-10-05 10:00"),
           O("2026-10-29 10:00", me="DECLINED", changed="2026-09-20 10:00")])
    ev("Bila Sandra Keller", "2026-01-13 10:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", att=["sandra.keller"],
       label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-06 10:00", start="2026-10-06 15:15", changed="2026-09-28 08:30")])
    ev("Bila Marc Widmer", "2026-01-20 10:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", att=["marc.widmer"],
       label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Bila Nicole Huber", "2026-01-14 13:30", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["nicole.huber"],
       label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Bila Patrick Steiner", "2026-01-21 13:30", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["patrick.steiner"],
       exdate=["2026-10-28 13:30"], label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Bila Lea Frei", "2026-01-09 09:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", att=["lea.frei"],
       exdate=["2026-10-30 09:00"], label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Bila Thomas / Daniel", "2026-01-15 16:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org="thomas.meier",
       att=["me"], label="execution", why="fortnightly update to his manager")
    ev("Betrugsfälle – Fallbesprechung SIU", "2026-01-14 15:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
       org="patrick.steiner", att=["me", "jonas.baumann"],
       label="execution", why="review of current fraud cases")
    ev("Steuerungsausschuss Programm 'Claims Digital'", "2026-01-15 13:30", 90, rrule="FREQ=MONTHLY;BYDAY=3TH",
       org="stefan.zimmermann", att=["me", "thomas.meier", "lea.frei", "beatrice.sutter"],
       label="execution", why="monthly programme steering committee")
    ev("Reserven-Review mit Aktuariat", "2026-01-14 10:00", 90, rrule="FREQ=MONTHLY;BYDAY=2WE",
       org="reto.ammann", att=["me", "marc.widmer", "nicole.huber"],
       label="execution", why="monthly review of claims reserves")
    ev("Pendenzen mit Claudia (Assistenz)", "2026-01-05 08:30", 30, rrule="FREQ=WEEKLY;BYDAY=MO",
       att=["claudia.brun"], exdate=["2026-10-12 08:30"],
       label="execution", why="weekly admin and follow-ups with his assistant")
    ev("Mittagessen", "2026-01-05 12:00", 60, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org=None,
       exdate=["2026-10-09 12:00", "2026-10-28 12:00", "2026-10-29 12:00", "2026-10-30 12:00"],
       label="other", why="lunch")
    ev("Coaching Führungsentwicklung", "2026-01-26 16:30", 90, rrule="FREQ=MONTHLY;BYDAY=4MO", org="coach",
       att=["me"], label="capability-building", why="his own leadership coaching")
    ev("Mentoring Trainee (Schadenspezialist Programm)", "2026-02-13 14:00", 45, rrule="FREQ=MONTHLY;BYDAY=2FR",
       att=["jonas.baumann"], exdate=["2026-10-09 14:00"], label="capability-building", why="mentoring a trainee")

    # ---- October one-offs -----------------------------------------------------------------
    ev("Evakuierungsübung Hauptsitz (Brandschutz)", "2026-10-01 14:00", 30, org="sicherheit", att=["alle"],
       booked="2026-06-10 09:00", desc="Jährliche Evakuierungsübung gemäss Brandschutzkonzept. Sammelplatz: Arboretum.",
       label="capability-building", why="planned fire drill (preparedness), not an emergency")
    ev("Schadenstrategie 2030 – Zielbild & Stossrichtungen", "2026-10-02 13:00", 210,
       att=R + ["thomas.meier", "pilatus"], loc="ZH-Mythenquai 6.01 Pilatus (24)",
       desc="Wohin wollen wir bis 2030? Selbstbedienung vs. Beratung, Direktreparatur, Automatisierungsgrad, Rolle der Aussendienst-Experten.",
       label="strategy", why="direction of the claims function to 2030")
    ev("Apéro Pensionierung Hans Kunz", "2026-10-02 17:00", 90, org="claudia.brun", att=["fuehrung"], me="TENTATIVE",
       loc="Cafeteria 1. OG", label="other", why="retirement drinks (social)")
    ev("Q3-Reporting Schaden – KPI-Review (Schadenquote, Durchlaufzeiten)", "2026-10-05 14:00", 90,
       att=R, label="execution", why="quarterly KPI review")
    ev("Monatsabschluss Schaden – Freigabe Reporting September", "2026-10-05 10:45", 45,
       att=["lea.frei"], label="execution", why="sign-off of routine reporting")
    ev("BCM-Übung: Szenario Cyberangriff auf das Schadensystem", "2026-10-06 08:30", 180, org="bcm",
       att=["me", "gl", "katrin.vogt", "stefan.zimmermann"], booked="2026-07-03 10:00",
       desc="Geplante Übung (Table-Top) mit externer Moderation. Keine produktiven Systeme betroffen.",
       label="capability-building", why="planned business-continuity exercise")
    ev("Onboarding neue Teamleiterin Personenschaden – Startgespräch", "2026-10-05 16:00", 45,
       org="nicole.huber", att=["me"], label="capability-building", why="onboarding a new team lead")
    ev("Denkzeit: Schadenstrategie 2030 – Entwurf Zielbild überarbeiten", "2026-10-07 08:00", 90, org=None,
       label="strategy", why="thinking time on the strategy paper")
    ev("Vorbereitung GL-Klausur – Input Schaden", "2026-10-27 16:15", 75, att=["lea.frei"],
       desc="Welche zwei Entscheide brauchen wir von der GL für das Zielbild 2030?",
       label="strategy", why="preparing strategic input for the offsite")
    ev("Interview Teamleiterin Sachschaden – Sabrina Fehr", "2026-10-07 10:00", 60, org="andrea.moser",
       att=["me", "marc.widmer", "sabrina.fehr"], label="capability-building", why="hiring interview")
    ev("Budget 2027 Schaden – Kosten, FTE, Externe (Runde 1)", "2026-10-08 13:30", 120, org="beatrice.sutter",
       att=["me", "lea.frei"], label="execution", why="budget round")
    ev("Krisenstab Grossereignis Sturm 'Gerda' – Erstlagebeurteilung", "2026-10-09 06:30", 60,
       att=["krisenstab", "marc.widmer", "sandra.keller", "lea.frei", "medien"], booked="35m",
       desc="Sturm Gerda in der Nacht: Böen bis 140 km/h, erste Schätzung 9'000 Schadenmeldungen (Gebäude, Fahrzeuge). Aktivierung Grossereignis-Organisation.",
       label="firefighting", why="crisis staff activated at dawn after the storm")
    ev("Krisenstab Sturm Gerda – Lagerapport", "2026-10-09 08:00", 45,
       rrule="FREQ=DAILY;COUNT=5;BYDAY=MO,TU,WE,TH,FR",
       att=["krisenstab", "marc.widmer", "sandra.keller", "lea.frei", "medien", "roland.graf"],
       booked="2026-10-09 07:20", desc="Täglich bis auf Weiteres: Eingänge, Rückstand, Experteneinsatz, Kommunikation.",
       label="firefighting", why="daily crisis-staff report during the storm event",
       ov=[O("2026-10-13 08:00", start="2026-10-13 07:50", changed="2026-10-12 17:40")])
    ev("Sturm Gerda – Kapazität: externe Experten & Pikett am Wochenende", "2026-10-09 14:00", 60,
       att=["marc.widmer", "andrea.moser", "roland.graf"], booked="2h",
       label="firefighting", why="urgent capacity measures for the event")
    ev("Sturm Gerda – Samstag-Lage", "2026-10-10 10:00", 45, att=["krisenstab", "marc.widmer"],
       booked="2026-10-09 17:30", label="firefighting", why="weekend crisis call")
    ev("Rückversicherer: Ereignismeldung Sturm Gerda", "2026-10-12 16:00", 45, att=["favre", "reto.ammann"],
       booked="2026-10-09 16:10", label="firefighting", why="urgent event notification to the reinsurer")
    ev("Störung ClaimCenter – Schadenerfassung nicht möglich", "2026-10-13 11:10", 40, org="stefan.zimmermann",
       att=["me", "lea.frei"], booked="25m",
       desc="Seit 10:30 keine Erfassung im ClaimCenter möglich, Kundencenter nimmt Meldungen auf Papier auf.",
       label="firefighting", why="system outage, call booked minutes ahead")
    ev("Quartalsgespräch Expertisen AG – Leistungen & Tarife", "2026-10-14 15:00", 60,
       att=["roland.graf", "marc.widmer"], label="execution", why="vendor performance review")
    ev("Kundenbeschwerden Q3 – Review", "2026-10-16 13:30", 60, att=["nicole.huber", "sandra.keller"],
       label="execution", why="quarterly review of complaints")
    ev("Rückstandsabbau nach Sturm Gerda – Wochenplanung", "2026-10-19 10:45", 60, att=R,
       desc="Geplanter Abbau: Tagesziele pro Team, Überstundenregelung bis Ende November.",
       label="execution", why="planning the backlog work after the crisis, no longer urgent")
    ev("Abnahme neue Erfassungsmaske Motorfahrzeug", "2026-10-20 11:15", 45, org="sandra.keller",
       att=["me", "lea.frei"], label="execution", why="sign-off of a deliverable")
    ev("Ombudsstelle – Fallbesprechung (3 hängige Fälle)", "2026-10-23 14:00", 60, org="nicole.huber",
       att=["me"], booked="2026-09-15 10:00", label="execution", why="planned quarterly review of open ombudsman cases")
    ev("Jahresplanung 2027 Schaden – Massnahmen, Verantwortliche, Termine", "2026-10-26 10:45", 75, att=R,
       label="execution", why="execution planning: actions, owners, dates")
    ev("KI-Triage: Investitionsentscheid – Vorbereitung GL-Antrag", "2026-10-16 10:30", 90,
       att=["lea.frei", "stefan.zimmermann", "thomas.meier"],
       desc="Selber bauen, mit Partner oder gar nicht? Business Case über 5 Jahre, Auswirkung auf Organisation.",
       label="strategy", why="multi-year investment choice for the GL")
    ev("Wartungsfenster ClaimCenter 10.2 (System nicht verfügbar)", "2026-10-17", end="2026-10-19", allday=True,
       org="stefan.zimmermann", att=["me", "fuehrung"], transp=True,
       label="execution", why="all-day marker of a planned release weekend")
    ev("Release-Wochenende ClaimCenter 10.2 – Go/No-Go", "2026-10-17 07:30", 30, org="stefan.zimmermann",
       att=["me", "lea.frei"], booked="2026-08-25 10:00",
       label="execution", why="planned release go/no-go")
    ev("Budget 2027 Schaden – Runde 2", "2026-10-19 14:00", 90, org="beatrice.sutter", att=["me", "lea.frei"],
       label="execution", why="budget round")
    ev("Zahnarzt", "2026-10-19 17:30", 45, org=None, private=True, label="other", why="dentist")
    ev("Datenschutzvorfall: Arztberichte an falsche Empfänger versandt", "2026-10-20 14:30", 60,
       org="simone.kaelin", att=["me", "nicole.huber", "felix.marti"], booked="25m",
       desc="Batch-Versand vom 19.10.: 46 Schreiben mit Arztberichten an falsche Adressen. Sofortmassnahmen, Umfang klären.",
       label="firefighting", why="data-protection incident, call booked minutes ahead")
    ev("EDÖB-Meldung – Entscheid Meldepflicht (nDSG Art. 24)", "2026-10-21 11:00", 45, org="simone.kaelin",
       att=["me", "felix.marti", "thomas.meier"], booked="2026-10-20 17:30",
       label="firefighting", why="regulator notification decision under time pressure")
    ev("FINMA-Anfrage: Schadenrückstellungen Sturm Gerda – Stellungnahme bis Freitag", "2026-10-21 16:15", 75,
       org="thomas.meier", att=["me", "reto.ammann", "beatrice.sutter"], booked="2026-10-20 18:05",
       label="firefighting", why="regulator-driven urgent review with a deadline")
    ev("Führungstraining: Coaching-Gespräche führen (Modul 2)", "2026-10-22 08:30", 210, org="andrea.moser",
       att=["me", "fuehrung"], loc="Ausbildungszentrum Enge", label="capability-building", why="leadership training")
    ev("Partnerschaft Carrosserie-Netz Schweiz – Term Sheet Direktreparatur", "2026-10-22 13:30", 90,
       att=["beat.hofer", "sandra.keller", "thomas.meier"],
       desc="Exklusive Partnerschaft für Direktreparatur ab 2027: Volumen, Preise, Steuerung, Exit.",
       label="strategy", why="negotiating a strategic partnership")
    ev("Interview Teamleiterin Sachschaden – 2. Gespräch (Fallstudie)", "2026-10-23 09:00", 90, org="andrea.moser",
       att=["me", "marc.widmer", "sabrina.fehr"], label="capability-building", why="hiring interview")
    ev("Kalibrierung Leistungsbeurteilungen Schaden 2026", "2026-10-26 13:30", 150, org="andrea.moser",
       att=["me"] + R, label="capability-building", why="performance calibration")
    ev("Medienanfrage KonsumTV – Fall Hürlimann (Wasserschaden abgelehnt)", "2026-10-27 08:30", 45, org="medien",
       att=["me", "nicole.huber", "marc.widmer"], booked="2026-10-26 15:10",
       desc="Redaktion verlangt Stellungnahme bis morgen 12 Uhr. Dossier prüfen, Kulanz?",
       label="firefighting", why="media escalation of a customer case, booked the day before")
    ev("Lessons Learned Sturm Gerda (ohne Schuldzuweisung)", "2026-10-27 13:30", 150,
       att=R + ["roland.graf", "stefan.zimmermann", "pilatus"], booked="2026-10-14 09:00",
       desc="Was hat funktioniert, was nicht? Triage, Experteneinsatz, IT, Kommunikation. Massnahmen mit Verantwortlichen. Keine Schuldzuweisung.",
       label="capability-building", why="blameless lessons learned two weeks after the event")
    ev("Zug Zürich HB → Chur → Flims", "2026-10-28 06:50", 125, org=None, label="other", why="travel")
    ev("GL-Klausur Strategie 2027+ (Flims)", "2026-10-28 09:00", end="2026-10-29 16:00", org="thomas.meier",
       att=["me", "gl", "beatrice.sutter", "urs.gerber"], loc="Waldhaus Flims",
       desc="Klausur: Portfolio 2027+, Wachstumsfelder, Effizienzprogramm, Rolle Schaden im Kundenerlebnis.",
       label="strategy", why="two-day executive strategy offsite")
    ev("Zug Flims → Zürich HB", "2026-10-29 16:30", 120, org=None, label="other", why="travel")
    ev("Info-Veranstaltung Pensionskasse 2027", "2026-10-15 12:15", 45, org="pk", att=["alle"], me="DECLINED",
       label="other", why="pension information session (declined)")
    ev("Ferien", "2026-10-30", allday=True, org=None, busy="OOF", label="other", why="day off")
    return p


PEOPLE.append(daniel())


# ============================================================================================
# 5. Geneviève Tremblay, VP Operations / vice-présidente des opérations, Rideau Valley General
#    Hospital / Hôpital général de la vallée Rideau, Ottawa (public hospital). Apple Calendar
#    export of her Exchange account. English and French. October: an emergency-department
#    overcapacity week ("Code Gridlock" huddles), a water main break flooding sterile
#    processing, a C. difficile outbreak, an unplanned EHR downtime (Code Grey), a ministry call
#    and a media enquiry; a fire drill, a mass-casualty tabletop, a planned generator test, a
#    planned EHR go-live command centre, a blameless post-incident review two weeks later;
#    strategic plan, campus master plan, partnership with the Ontario Health Team, the board.
# ============================================================================================

def genevieve():
    p = Person(slug="genevieve-tremblay", name="Geneviève Tremblay", email="genevieve.tremblay@rvgh.example",
               role="senior-leader", tz="America/Toronto", style="apple", domain="rvgh.example",
               calname="Calendar", lang="en", prodid="-//Apple Inc.//macOS 15.6.1//EN",
               reports=["kevin.obrien", "mireille.gagnon", "sunil.mehta", "claire.bouchard", "darnell.williams"],
               manager="martine.lavoie", months=["2026-10"], industry="public hospital (operations)")
    A = p.add
    A("kevin.obrien", "Kevin O'Brien"); A("mireille.gagnon", "Mireille Gagnon"); A("sunil.mehta", "Sunil Mehta")
    A("claire.bouchard", "Claire Bouchard"); A("darnell.williams", "Darnell Williams")
    A("martine.lavoie", "Martine Lavoie"); A("anne.roy", "Anne Roy"); A("michael.chen", "Michael Chen")
    A("sarah.levesque", "Sarah Lévesque"); A("farah.nasser", "Dr. Farah Nasser"); A("jason.park", "Jason Park")
    A("lisa.nguyen", "Lisa Nguyen"); A("jordan.ellis", "Jordan Ellis")
    A("board.secretary", "Board Secretariat / Secrétariat du conseil", "board.secretariat@rvgh.example")
    p.group("communications", "Communications", "communications@rvgh.example")
    p.group("slt", "Senior Leadership Team / Équipe de direction", "slt@rvgh.example")
    p.group("ops-directors", "Operations Directors", "ops-directors@rvgh.example")
    p.group("flow", "Patient Flow Huddle", "patientflow-huddle@rvgh.example")
    p.group("command", "Command Centre / Centre de commandement", "command-centre@rvgh.example")
    p.group("pavb", "All staff – Pavilion B", "allstaff-pavb@rvgh.example")
    p.group("ipac", "IPAC Team / Équipe PCI", "ipac@rvgh.example")
    p.room("boardroom", "Boardroom A / Salle du conseil A", "boardroom-a@rvgh.example")
    p.room("b2-114", "B2-114 Command Centre", "room-b2-114@rvgh.example")
    A("karen.macdonald", "Karen MacDonald", "kmacdonald@ontariohealth.example")
    A("moh", "Assistant Deputy Minister's Office", "adm.hospitals@moh-ontario.example")
    A("ottawa.water", "Ottawa Water Services – Dispatch", "dispatch@ottawa-water.example")
    A("northbuild", "Priya Sandhu (Northbuild)", "psandhu@northbuild.example")
    A("luc.bergeron", "Luc Bergeron", "lbergeron@ottawaeast-oht.example")
    A("denise.paquette", "Denise Paquette", "dpaquette@cupe-local4000.example")
    A("robert.sinclair", "Robert Sinclair", "rsinclair@boardmember.example")
    A("nourish", "Tom Hargreaves", "thargreaves@nourish-foods.example")
    A("candidate1", "Amir Haddad", "amir.haddad@mail-candidate.example")
    A("coach", "Hélène Caron", "hcaron@leadership-cohort.example")
    A("foundation", "RVGH Foundation / Fondation HGVR", "events@rvgh-foundation.example")
    ev = p.ev
    R = ["kevin.obrien", "mireille.gagnon", "sunil.mehta", "claire.bouchard", "darnell.williams"]

    # ---- recurring rhythm ---------------------------------------------------------------
    ev("Drive to hospital / Trajet", "2026-01-06 07:15", 35, rrule="FREQ=WEEKLY;BYDAY=TU,TH", org=None,
       label="other", why="commute",
       ov=[O("2026-10-06 07:15", start="2026-10-06 07:05", dur=35, changed="2026-10-05 20:00"),
           O("2026-10-08 07:15", start="2026-10-08 07:05", dur=35, changed="2026-10-05 20:00"),
           O("2026-10-20 07:15", start="2026-10-20 05:50", dur=35, changed="2026-10-19 17:00")])
    ev("Senior Leadership Team / Équipe de direction", "2025-09-02 08:00", 90, rrule="FREQ=WEEKLY;BYDAY=TU",
       org="martine.lavoie", att=["slt", "me", "anne.roy", "michael.chen", "sarah.levesque", "boardroom"],
       loc="Boardroom A / Salle du conseil A",
       label="execution", why="weekly senior leadership meeting run by the CEO")
    ev("Operations Directors weekly / Réunion hebdo des directeurs", "2025-09-08 13:00", 90,
       rrule="FREQ=WEEKLY;BYDAY=MO", att=R + ["ops-directors"], exdate=["2026-10-12 13:00"],
       desc="Standing agenda: safety first (incidents), flow, facilities projects, staffing, budget variance.",
       label="execution", why="weekly staff meeting on operations",
       ov=[O("2026-10-19 13:00", start="2026-10-19 14:00", changed="2026-10-18 18:00")])
    ev("Daily bed huddle / Caucus de flux des patients", "2025-09-01 09:30", 15,
       rrule="FREQ=WEEKLY;BYDAY=MO,WE,FR", org="sunil.mehta", att=["me", "flow", "anne.roy"],
       exdate=["2026-10-12 09:30"], loc="B2-114 Command Centre",
       desc="Routine: census, expected discharges, ED admits waiting, isolation rooms.",
       label="execution", why="routine daily flow huddle",
       ov=[O(x, me="DECLINED", changed="2026-10-01 08:00") for x in
           ("2026-10-09 09:30", "2026-10-16 09:30", "2026-10-23 09:30", "2026-10-28 09:30", "2026-10-30 09:30")])
    ev("1:1 Kevin / Geneviève", "2026-01-14 10:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["kevin.obrien"],
       label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-21 10:00", start="2026-10-21 16:00", changed="2026-10-21 10:25")])
    ev("Rencontre individuelle – Mireille", "2026-01-21 10:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
       att=["mireille.gagnon"], label="capability-building", why="fortnightly 1:1 with a direct report",
       ov=[O("2026-10-28 10:00", start="2026-10-28 15:45", changed="2026-10-19 09:00")])
    ev("1:1 Sunil", "2026-01-08 14:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", att=["sunil.mehta"],
       label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Rencontre individuelle – Claire", "2026-01-15 14:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
       att=["claire.bouchard"], label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("1:1 Darnell", "2026-01-09 11:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", att=["darnell.williams"],
       label="capability-building", why="fortnightly 1:1 with a direct report")
    ev("Geneviève / Martine – check-in", "2026-01-13 16:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
       org="martine.lavoie", att=["me"], label="execution", why="fortnightly update to her manager")
    ev("Capital Projects Steering Committee", "2026-01-08 10:00", 90, rrule="FREQ=MONTHLY;BYDAY=2TH",
       att=["kevin.obrien", "michael.chen", "jason.park", "northbuild", "boardroom"],
       label="execution", why="monthly steering of current capital projects")
    ev("Accreditation 2027 – ROP readiness review", "2026-01-16 13:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
       org="anne.roy", att=["me", "darnell.williams", "mireille.gagnon"],
       label="execution", why="readiness status for accreditation",
       ov=[O("2026-10-23 13:00", me="DECLINED", changed="2026-10-22 18:00")])
    ev("Joint Labour-Management Committee (CUPE)", "2026-01-21 14:00", 90, rrule="FREQ=MONTHLY;BYDAY=3WE",
       org="sarah.levesque", att=["me", "denise.paquette", "mireille.gagnon", "claire.bouchard"],
       label="execution", why="monthly labour-management committee")
    ev("Leadership Development Program – cohort session", "2026-02-05 09:00", 180, rrule="FREQ=MONTHLY;BYDAY=1TH;COUNT=9",
       org="coach", att=["me"], loc="uOttawa Telfer, downtown campus",
       label="capability-building", why="her own leadership development programme")
    ev("Mentoring – Jordan Ellis (Emerging Leaders)", "2026-02-24 15:00", 45, rrule="FREQ=MONTHLY;BYDAY=4TU",
       att=["jordan.ellis"], label="capability-building", why="mentoring")
    ev("Lunch", "2026-01-05 12:00", 30, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org=None,
       exdate=["2026-10-12 12:00"], label="other", why="lunch")
    ev("Check-in with Lisa (EA)", "2026-01-05 08:30", 30, rrule="FREQ=WEEKLY;BYDAY=MO", att=["lisa.nguyen"],
       exdate=["2026-10-12 08:30"], label="execution", why="weekly admin with her executive assistant")
    ev("Physio", "2026-01-08 17:30", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org=None, private=True,
       label="other", why="medical, personal")

    # ---- October one-offs -----------------------------------------------------------------
    ev("Strategic Plan 2027–2030 – environmental scan & options / Plan stratégique", "2026-10-02 13:00", 180,
       org="martine.lavoie", att=["me", "anne.roy", "michael.chen", "sarah.levesque"],
       desc="Population growth east Ottawa, aging, home-first care: which services do we grow, which do we hand to partners?",
       label="strategy", why="setting long-range direction for the hospital")
    ev("Operations dashboard – September results", "2026-10-05 10:00", 90, att=R,
       label="execution", why="monthly KPI review")
    ev("EVS – Q3 audit results & hand hygiene compliance", "2026-10-07 13:30", 60, org="mireille.gagnon",
       att=["me"], label="execution", why="review of operational audit results")
    ev("Parking & security contract – vendor review", "2026-10-13 10:00", 60, org="darnell.williams",
       att=["me"], label="execution", why="vendor performance review")
    ev("Quality & Patient Safety Committee of the Board", "2026-10-14 17:00", 120, org="board.secretary",
       att=["me", "anne.roy", "robert.sinclair"], label="execution", why="board committee reviewing quality indicators")
    ev("Discharge-before-11 initiative – status", "2026-10-15 15:30", 60, org="sunil.mehta",
       att=["me", "anne.roy"], label="execution", why="project status")
    ev("Skip-level round table – EVS night shift supervisors / Table ronde", "2026-10-20 06:30", 60,
       att=["mireille.gagnon"], loc="EVS break room, B1",
       desc="Listening session with night-shift supervisors: workload, recognition, training needs.",
       label="capability-building", why="skip-level listening session (people, culture)")
    ev("Deferred maintenance FY27 – prioritization", "2026-10-22 10:00", 90, org="kevin.obrien",
       att=["me", "michael.chen"], label="execution", why="prioritizing next year's maintenance work")
    ev("Talent review & succession – operations directors", "2026-10-26 15:00", 90, org="sarah.levesque",
       att=["me"], label="capability-building", why="succession planning")
    ev("Facilities walkabout – Pavilion A mechanical rooms", "2026-10-01 15:30", 60, att=["kevin.obrien"],
       label="execution", why="operational walk-through")
    ev("Patient menu redesign pilot – review", "2026-10-08 15:00", 45, org="claire.bouchard", att=["me"],
       label="execution", why="review of a current pilot")
    ev("Elevator modernization – contractor progress meeting", "2026-10-20 14:00", 60, org="kevin.obrien",
       att=["me", "northbuild"], label="execution", why="project progress with a contractor")
    ev("Emergency Preparedness Committee", "2026-10-27 11:00", 60, org="darnell.williams",
       att=["me", "anne.roy", "ops-directors"], label="execution", why="routine committee on preparedness plans")
    ev("Onboarding – new Manager, EVS nights (Tasha Reid)", "2026-10-30 13:00", 45, org="mireille.gagnon",
       att=["me"], label="capability-building", why="onboarding a new manager")
    ev("French Language Services – designation compliance review", "2026-10-27 10:00", 60,
       att=["sarah.levesque"], label="execution", why="compliance review")
    ev("Code Gridlock – overcapacity escalation huddle", "2026-10-05 07:45", 30, rrule="FREQ=DAILY;COUNT=5",
       org="sunil.mehta", att=["me", "anne.roy", "flow"], booked="2026-10-04 19:00",
       desc="ED at 142% with 31 admitted patients waiting. Escalation level 3. Daily until we are under 110%.",
       label="firefighting", why="daily escalation huddles for an overcapacity crisis")
    ev("Surge: open unfunded beds on 5 East – staffing & supplies", "2026-10-06 11:00", 60, org="anne.roy",
       att=["me", "sunil.mehta", "mireille.gagnon", "claire.bouchard"], booked="2h",
       label="firefighting", why="urgent surge response")
    ev("Code Red fire drill – Pavilion B / Exercice code rouge", "2026-10-07 11:15", 30, org="darnell.williams",
       att=["pavb", "me"], booked="2026-08-14 10:00",
       desc="Planned drill. Simulated fire on B3. Observers: Security, Facilities. Debrief at 11:45.",
       label="capability-building", why="planned fire drill (preparedness), not an emergency")
    ev("Ministry of Health – urgent call: ED closures & surge funding", "2026-10-08 16:00", 45, org="moh",
       att=["me", "martine.lavoie", "karen.macdonald"], booked="2026-10-08 11:30",
       label="firefighting", why="regulator/funder call booked the same day on the surge")
    ev("Campus redevelopment master plan – Stage 1 options", "2026-10-09 09:30", 150,
       att=["northbuild", "michael.chen", "kevin.obrien", "martine.lavoie"],
       desc="20-year campus plan: new tower vs. renovate Pavilion A; ambulatory care off-site? Choose options for the Stage 1 proposal.",
       label="strategy", why="long-range capital and site direction")
    ev("Action de grâce / Thanksgiving (congé férié)", "2026-10-12", allday=True, org=None, transp=True,
       label="other", why="statutory holiday")
    ev("Budget 2027-28 – operations submission (round 1)", "2026-10-13 13:00", 120, org="michael.chen",
       att=["me", "kevin.obrien", "claire.bouchard"], label="execution", why="budget round")
    ev("Dentist / Dentiste", "2026-10-13 16:45", 60, org=None, private=True, label="other", why="dentist")
    ev("URGENT – water main break, MDRD (sterile processing) flooded", "2026-10-14 05:50", 70,
       org="kevin.obrien", att=["me", "anne.roy", "ottawa.water", "command"], booked="18m",
       desc="City water main failed at 05:10; 8 cm of water in MDRD basement. Sterile supply at risk, OR start 07:30.",
       label="firefighting", why="emergency at dawn, booked minutes ahead")
    ev("Water main break – OR schedule & sterile supply recovery", "2026-10-14 13:00", 60, org="anne.roy",
       att=["me", "kevin.obrien", "mireille.gagnon"], booked="5h",
       label="firefighting", why="same-day recovery from the emergency")
    ev("Water main break – recovery sync", "2026-10-15 08:00", 30, org="kevin.obrien",
       att=["me", "anne.roy"], booked="17h", label="firefighting", why="next-day follow-up of the emergency")
    ev("Media inquiry – CBC Ottawa: ED wait times / Demande médias", "2026-10-15 11:00", 30,
       org="communications", att=["me", "martine.lavoie", "sunil.mehta"], booked="70m",
       label="firefighting", why="urgent media response")
    ev("OHT partnership – integrated transitional care / Partenariat ESO", "2026-10-16 09:00", 90,
       att=["luc.bergeron", "karen.macdonald", "anne.roy"],
       desc="Should we co-own a hospital-to-home program with the Ontario Health Team? Governance, funding, who employs staff.",
       label="strategy", why="strategic partnership with the regional health team")
    ev("Planned generator load test & electrical shutdown – Pavilion A", "2026-10-17 06:00", 120,
       org="kevin.obrien", att=["me", "command", "darnell.williams"], me="TENTATIVE", booked="2026-08-28 10:00",
       desc="Planned annual CSA Z32 load test. Planned maintenance, all departments notified 6 weeks ahead.",
       label="execution", why="planned maintenance window")
    ev("Outbreak Management Team – C. difficile 4 West / Équipe de gestion d'éclosion", "2026-10-19 13:00", 30,
       rrule="FREQ=DAILY;COUNT=5", org="farah.nasser", att=["me", "ipac", "mireille.gagnon", "anne.roy"],
       booked="2026-10-18 16:40", desc="Outbreak declared Sunday. Daily OMT until declared over.",
       label="firefighting", why="daily outbreak management meetings")
    ev("Enhanced cleaning – surge staffing for the outbreak", "2026-10-20 10:00", 45, org="mireille.gagnon",
       att=["me", "sarah.levesque"], booked="1d", label="firefighting", why="urgent outbreak response")
    ev("Code Grey – EHR downtime (unplanned) / Code gris – panne DME", "2026-10-21 10:20", 100,
       org="jason.park", att=["me", "command", "anne.roy", "b2-114"], booked="12m",
       desc="Epic unavailable since 09:58. Downtime procedures activated. Command centre open.",
       label="firefighting", why="unplanned system outage, command centre opened")
    ev("Board of Directors – strategic planning session / Conseil d'administration", "2026-10-22 17:00", 180,
       org="board.secretary", att=["me", "martine.lavoie", "robert.sinclair", "michael.chen", "anne.roy", "boardroom"],
       desc="Strategic Plan 2027-2030: directions and options for board input.",
       label="strategy", why="board session on the strategic plan")
    ev("Interview – Manager, Biomedical Engineering (panel)", "2026-10-23 09:00", 90, org="kevin.obrien",
       att=["me", "candidate1"], label="capability-building", why="hiring interview")
    ev("Go-live command centre – Epic 2026 upgrade (planned)", "2026-10-24 08:00", 240, org="jason.park",
       att=["me", "command", "b2-114"], booked="2026-08-05 10:00",
       desc="Planned go-live support shift. Command centre staffed per the cutover plan.",
       label="execution", why="planned go-live support, booked months ahead")
    ev("Hospital Foundation Gala / Gala de la Fondation", "2026-10-24 18:00", 300, org="foundation", att=["me"],
       me="DECLINED", label="other", why="fundraising gala (declined)")
    ev("Food services contract renewal – RFP evaluation", "2026-10-26 10:00", 90,
       att=["claire.bouchard", "michael.chen"], label="execution", why="vendor selection for current services")
    ev("Budget 2027-28 – round 2 with CFO", "2026-10-27 13:00", 90, org="michael.chen",
       att=["me"], label="execution", why="budget round")
    ev("Code Orange tabletop exercise (mass casualty) / Exercice sur table code orange", "2026-10-28 09:00", 180,
       org="darnell.williams", att=["me", "slt", "ops-directors", "b2-114"], booked="2026-08-20 10:00",
       desc="Planned annual tabletop: bus crash on Hwy 174, 40 casualties. Practice only.",
       label="capability-building", why="planned emergency-preparedness training exercise")
    ev("Post-incident review – water main break (blameless) / Revue post-incident", "2026-10-28 14:00", 90,
       org="kevin.obrien", att=["me", "anne.roy", "mireille.gagnon", "darnell.williams"], booked="2026-10-16 09:00",
       desc="Blameless review: timeline, what helped, what didn't, recommendations with owners.",
       label="capability-building", why="blameless post-incident review two weeks later")
    ev("Interview – Manager, Biomedical Engineering (2nd round)", "2026-10-29 09:00", 60, org="kevin.obrien",
       att=["me", "candidate1"], label="capability-building", why="hiring interview")
    ev("Org design: consolidating patient flow & bed management roles", "2026-10-29 10:30", 90,
       att=["sunil.mehta", "sarah.levesque"], label="capability-building", why="organisation design")
    ev("Thinking time – operations strategy paper 2027-2030", "2026-10-30 09:00", 120, org=None,
       label="strategy", why="thinking time for a strategy paper")
    return p


PEOPLE.append(genevieve())


# ============================================================================================
# files
# ============================================================================================

def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write():
    HERE.mkdir(parents=True, exist_ok=True)
    for p in PEOPLE:
        (HERE / f"{p.slug}.ics").write_bytes(Writer(p).calendar().encode("utf-8"))
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["uid", "recurrence_id", "label", "why"])
        w.writerows(label_rows(p))
        (HERE / f"{p.slug}.labels.csv").write_text(buf.getvalue(), encoding="utf-8")
    domains = sorted({p.domain for p in PEOPLE})
    t = ["# timeaudit configuration for the hand-labelled 'dev2' evaluation set (written by make_set.py)",
         "[settings]", "tolerance = 5",
         "internal_domains = [" + ", ".join(toml_str(d) for d in domains) + "]",
         "work_start = 8", "work_end = 18", ""]
    for p in PEOPLE:
        t += ["[[people]]", f"email = {toml_str(p.email)}", f"name = {toml_str(p.name)}",
              f"role = {toml_str(p.role)}", f"tz = {toml_str(p.tzname)}", f"sources = [{toml_str(p.slug)}]",
              "reports = [" + ", ".join(toml_str(r) for r in p.reports) + "]"]
        if p.manager:
            t.append(f"manager = {toml_str(p.manager)}")
        t.append("")
    for p in PEOPLE:
        t += [f"[sources.{p.slug}]", 'kind = "ics"', f"path = {toml_str(p.slug + '.ics')}", ""]
    (HERE / "timeaudit.toml").write_text("\n".join(t).rstrip() + "\n", encoding="utf-8")
    s = ["[set]", f"name = {toml_str(SET_NAME)}", 'authored = """' + AUTHORED + '"""', ""]
    for p in PEOPLE:
        s += ["[[persons]]", f"email = {toml_str(p.email)}", f"slug = {toml_str(p.slug)}",
              "months = [" + ", ".join(toml_str(m) for m in p.months) + "]",
              f"labels = {toml_str(p.slug + '.labels.csv')}",
              f"industry = {toml_str(p.industry)}", f"language = {toml_str(p.lang)}",
              f"exporter = {toml_str(p.style)}", ""]
    (HERE / "set.toml").write_text("\n".join(s).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {len(PEOPLE)} calendars, labels and configs to {HERE}")


# ============================================================================================
# check and summary: read the written files back, as a consumer would
# ============================================================================================

def _month_bounds(month, tz):
    y, m = map(int, month.split("-"))
    a = dt.datetime(y, m, 1, tzinfo=tz)
    b = dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=tz)
    return a, b


def _occurrences(path, tz, months):
    """Every occurrence touching one of the months: (uid, rid_utc_or_'', component, start, end)."""
    import icalendar
    import recurring_ical_events
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    out = {}
    for month in months:
        a, b = _month_bounds(month, tz)
        for c in recurring_ical_events.of(cal).between(a - dt.timedelta(days=2), b + dt.timedelta(days=2)):
            s, e = c["DTSTART"].dt, c["DTEND"].dt
            timed = isinstance(s, dt.datetime)
            if timed:
                if not (s < b and e > a):
                    continue
            else:
                if not (s < b.date() and e > a.date()):
                    continue
            rid = c.get("RECURRENCE-ID")
            rid_s = z(rid.dt) if rid is not None and isinstance(rid.dt, dt.datetime) else (
                rid.dt.strftime("%Y%m%d") if rid is not None else "")
            out[(str(c["UID"]), rid_s, month)] = (c, s, e, timed)
    return out


def _labels(path):
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    table, problems = {}, []
    for i, r in enumerate(rows, start=2):
        if list(r.keys()) != ["uid", "recurrence_id", "label", "why"]:
            problems.append(f"{path.name}: bad header")
            break
        if r["label"] not in LABELS:
            problems.append(f"{path.name} row {i}: unknown label {r['label']!r}")
        if not r["why"].strip():
            problems.append(f"{path.name} row {i}: empty why")
        rid = r["recurrence_id"]
        if rid and not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", rid):
            problems.append(f"{path.name} row {i}: recurrence_id {rid!r} is not YYYY-MM-DDTHH:MM:SSZ")
        key = (r["uid"], rid)
        if key in table:
            problems.append(f"{path.name} row {i}: duplicate row for {key}")
        table[key] = r["label"]
    return table, problems


def _rid_csv(rid_s):
    # 20261005T070000Z -> 2026-10-05T07:00:00Z
    return f"{rid_s[0:4]}-{rid_s[4:6]}-{rid_s[6:8]}T{rid_s[9:11]}:{rid_s[11:13]}:{rid_s[13:15]}Z"


def label_of(table, uid, rid_s):
    if rid_s and (uid, _rid_csv(rid_s)) in table:
        return table[(uid, _rid_csv(rid_s))], "occurrence"
    if (uid, "") in table:
        return table[(uid, "")], "series"
    return None, None


def check(verbose=True):
    import icalendar
    problems, counts, per_label = [], {}, {l: 0 for l in LABELS}
    per_label_counted = {l: 0 for l in LABELS}
    for p in PEOPLE:
        ics, lab = HERE / f"{p.slug}.ics", HERE / f"{p.slug}.labels.csv"
        table, pr = _labels(lab)
        problems += pr
        occ = _occurrences(ics, p.tz, p.months)
        cal = icalendar.Calendar.from_ical(ics.read_bytes())
        uids = {str(c["UID"]) for c in cal.walk("VEVENT")}
        used = set()
        n = 0
        per_month = {m: [0, 0] for m in p.months}
        for (uid, rid_s, month), (c, s, e, timed) in sorted(occ.items(), key=lambda kv: (kv[1][1] if kv[1][3] else dt.datetime.combine(kv[1][1], dt.time(), p.tz))):
            lab_, how = label_of(table, uid, rid_s)
            if lab_ is None:
                if timed:
                    problems.append(f"{p.slug}: unlabelled timed occurrence {c.get('SUMMARY')} {s} ({uid} {rid_s})")
                continue
            used.add((uid, _rid_csv(rid_s)) if how == "occurrence" else (uid, ""))
            if timed:
                n += 1
                per_label[lab_] += 1
                per_month[month][0] += 1
                if _counted(c, p.email)[0]:
                    per_month[month][1] += 1
                    per_label_counted[lab_] += 1
        # every row must match something
        all_rids = {}
        for (uid, rid_s, month) in _occurrences(ics, p.tz, ["2026-%02d" % m for m in range(1, 13)]):
            all_rids.setdefault(uid, set()).add(rid_s)
        for (uid, rid) in table:
            if uid not in uids:
                problems.append(f"{p.slug}: label row for unknown UID {uid}")
            elif rid and rid not in {_rid_csv(x) for x in all_rids.get(uid, ()) if x}:
                problems.append(f"{p.slug}: label row {uid} {rid} matches no occurrence")
        counts[p.slug] = (n, per_month)
    if verbose:
        for slug, (n, per_month) in counts.items():
            print(f"{slug:24s} {n:4d} timed occurrences labelled: "
                  + "; ".join(f"{m}: {a} ({c} counted)" for m, (a, c) in per_month.items()))
        print("per label, all timed:", ", ".join(f"{k} {v}" for k, v in per_label.items()),
              f"(total {sum(per_label.values())})")
        print("per label, counted:  ", ", ".join(f"{k} {v}" for k, v in per_label_counted.items()),
              f"(total {sum(per_label_counted.values())})")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problems")
        return 1
    print("OK: every timed occurrence in every listed month has exactly one label")
    return 0


def _counted(c, me_email):
    """The README's counting rules, as this author reads them."""
    if str(c.get("STATUS", "CONFIRMED")).upper() == "CANCELLED":
        return False, "cancelled"
    if str(c.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return False, "free"
    bs = str(c.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper()
    if bs in ("FREE", "WORKINGELSEWHERE"):
        return False, "free"
    atts = c.get("ATTENDEE")
    if atts is not None:
        if not isinstance(atts, list):
            atts = [atts]
        for a in atts:
            if str(a).lower().replace("mailto:", "") == me_email and a.params.get("PARTSTAT", "").upper() == "DECLINED":
                return False, "declined"
    return True, ""


def summary(agenda=False):
    for p in PEOPLE:
        table, _ = _labels(HERE / f"{p.slug}.labels.csv")
        occ = _occurrences(HERE / f"{p.slug}.ics", p.tz, p.months)
        for month in p.months:
            a, b = _month_bounds(month, p.tz)
            segs = []  # (start, end, label, summary)
            excluded = {}
            for (uid, rid_s, m), (c, s, e, timed) in occ.items():
                if m != month:
                    continue
                lab_, _ = label_of(table, uid, rid_s)
                if not timed:
                    excluded["all-day"] = excluded.get("all-day", 0) + 1
                    continue
                ok, why = _counted(c, p.email)
                if not ok:
                    excluded[why] = excluded.get(why, 0) + 1
                    continue
                s, e = s.astimezone(p.tz), e.astimezone(p.tz)
                if e - s > dt.timedelta(hours=24):
                    # multi-day: working hours on weekdays only
                    day = s.date()
                    while day <= e.date():
                        if day.weekday() < 5:
                            ws = max(s, dt.datetime.combine(day, dt.time(8), p.tz))
                            we = min(e, dt.datetime.combine(day, dt.time(18), p.tz))
                            if we > ws:
                                segs.append((ws, we, lab_, str(c["SUMMARY"])))
                        day += dt.timedelta(days=1)
                    continue
                segs.append((max(s, a), min(e, b), lab_, str(c["SUMMARY"])))
            # split overlaps equally, minute by minute
            mins = {}
            for i, (s, e, l, t) in enumerate(segs):
                x = s.astimezone(UTC)
                while x < e.astimezone(UTC):
                    mins.setdefault(x, []).append(i)
                    x += dt.timedelta(minutes=5)
            hours = {l: 0.0 for l in LABELS}
            for x, ids in mins.items():
                for i in ids:
                    hours[segs[i][2]] += 5 / 60 / len(ids)
            work = sum(v for k, v in hours.items() if k != "other")
            print(f"{p.slug} {month}: counted {sum(hours.values()):.1f} h, work {work:.1f} h; "
                  + ", ".join(f"{k} {v:.1f} ({100 * v / work:.0f}%)" for k, v in hours.items() if k != "other")
                  + f"; other {hours['other']:.1f}; excluded {excluded}")
            if agenda:
                segs.sort()
                for i, (s, e, l, t) in enumerate(segs):
                    clash = [segs[j][3] for j in range(len(segs)) if j != i and segs[j][0] < e and segs[j][1] > s]
                    print(f"   {s:%a %d %H:%M}-{e:%H:%M} {l[:5]:5s} {t[:70]}" + (f"   <-- overlaps {clash}" if clash else ""))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "write"
    if cmd == "write":
        write()
    elif cmd == "check":
        sys.exit(check())
    elif cmd == "summary":
        summary(agenda="--agenda" in sys.argv)
    else:
        sys.exit(f"usage: {sys.argv[0]} [write|check|summary [--agenda]]")
