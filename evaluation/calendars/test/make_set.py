#!/usr/bin/env python3
"""Writes the hand-labelled "test" evaluation set of whole calendars for timeaudit.

    /work/main/.venv/bin/python make_set.py build   # <slug>.ics, <slug>.labels.csv, timeaudit.toml, set.toml
    /work/main/.venv/bin/python make_set.py check   # expands every series, checks every label
    /work/main/.venv/bin/python make_set.py         # build, then check

Every event below is written by hand, persona by persona: title, description, people, time,
when it was booked, and its truth (label + a short "why"). The ICS files and the label files are
both written from that one definition, so they cannot drift apart. A seeded random generator
only picks small details: the minute an event was created, how the other invitees answered,
meeting ids and passcodes in join boilerplate.

The truth is the purpose of the meeting in the persona's world (described at the top of each
persona), not what its title suggests.

`check` parses every ICS with icalendar, expands every series with recurring_ical_events for each
listed month (in the person's time zone) and fails if a timed occurrence starting in that month has
no label (occurrence row, else series row), if a label is not one of the five categories, if a
label row names an unknown event or an occurrence that does not exist, or if an override's
RECURRENCE-ID is not an occurrence of its series. It also recomputes each month's split from the
labels with this script's own reading of DESIGN.md "What counts" (declined, cancelled, free and
all-day events left out; overlapping minutes shared equally; events over 24 h clipped to working
hours) and fails if that split does not give the verdict set.toml expects. It prints, per
person-month, the hours and shares per category, booked work hours per full week, and exclusions.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import random
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
UTC = dt.timezone.utc

S, C, E, F, O = LABELS = ("strategy", "capability-building", "execution", "firefighting", "other")

# ----------------------------------------------------------------------------------------------
# time zones: IANA name -> (standard offset, std abbrev, dst offset, dst abbrev, rule family)
# ----------------------------------------------------------------------------------------------
ZONES = {
    "Europe/Paris": ("+0100", "CET", "+0200", "CEST", "eu"),
    "Europe/Madrid": ("+0100", "CET", "+0200", "CEST", "eu"),
    "Europe/Berlin": ("+0100", "CET", "+0200", "CEST", "eu"),
    "Europe/Budapest": ("+0100", "CET", "+0200", "CEST", "eu"),
    "Europe/Amsterdam": ("+0100", "CET", "+0200", "CEST", "eu"),
    "Europe/London": ("+0000", "GMT", "+0100", "BST", "eu-west"),
    "Europe/Dublin": ("+0000", "GMT", "+0100", "IST", "eu-west"),
    "America/Los_Angeles": ("-0800", "PST", "-0700", "PDT", "us"),
    "America/New_York": ("-0500", "EST", "-0400", "EDT", "us"),
    "America/Mexico_City": ("-0600", "CST", None, None, None),
    "America/Bogota": ("-0500", "-05", None, None, None),
    "Australia/Melbourne": ("+1000", "AEST", "+1100", "AEDT", "au"),
    "Australia/Sydney": ("+1000", "AEST", "+1100", "AEDT", "au"),
    "Asia/Singapore": ("+0800", "+08", None, None, None),
    "Asia/Kuala_Lumpur": ("+0800", "+08", None, None, None),
    "Asia/Tokyo": ("+0900", "JST", None, None, None),
    "Asia/Kolkata": ("+0530", "IST", None, None, None),
    "Africa/Nairobi": ("+0300", "EAT", None, None, None),
}
WINDOWS = {
    "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Amsterdam": "W. Europe Standard Time",
    "Europe/Budapest": "Central Europe Standard Time",
    "Europe/London": "GMT Standard Time",
    "Europe/Dublin": "GMT Standard Time",
    "America/Los_Angeles": "Pacific Standard Time",
    "America/New_York": "Eastern Standard Time",
    "America/Mexico_City": "Central Standard Time (Mexico)",
    "America/Bogota": "SA Pacific Standard Time",
    "Australia/Melbourne": "AUS Eastern Standard Time",
    "Australia/Sydney": "AUS Eastern Standard Time",
    "Asia/Singapore": "Singapore Standard Time",
    "Asia/Kuala_Lumpur": "Singapore Standard Time",
    "Asia/Tokyo": "Tokyo Standard Time",
    "Asia/Kolkata": "India Standard Time",
    "Africa/Nairobi": "E. Africa Standard Time",
}
# (month, BYDAY, local time of the switch) for the IANA/Google/Apple flavour and the Outlook one
RULES = {
    "eu": (("3", "-1SU", "020000"), ("10", "-1SU", "030000")),
    "eu-west": (("3", "-1SU", "010000"), ("10", "-1SU", "020000")),
    "us": (("3", "2SU", "020000"), ("11", "1SU", "020000")),
    "au": (("10", "1SU", "020000"), ("4", "1SU", "030000")),
}
FIRST_1970 = {("3", "-1SU"): "19700329", ("10", "-1SU"): "19701025", ("3", "2SU"): "19700308",
              ("11", "1SU"): "19701101", ("10", "1SU"): "19701004", ("4", "1SU"): "19700405"}
FIRST_1601 = {("3", "-1SU"): "16010325", ("10", "-1SU"): "16011028", ("3", "2SU"): "16010311",
              ("11", "1SU"): "16011104", ("10", "1SU"): "16011007", ("4", "1SU"): "16010401"}


def vtimezone(zone: str, style: str) -> list[str]:
    std, stdn, dst, dstn, fam = ZONES[zone]
    ms = style in ("outlook", "exchange")
    tzid = WINDOWS[zone] if ms else zone
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style == "google":
        out.append(f"X-LIC-LOCATION:{zone}")
    if dst is None:
        out += ["BEGIN:STANDARD", f"DTSTART:{'16010101T000000' if ms else '19700101T000000'}",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}"]
        if not ms:
            out.append(f"TZNAME:{stdn}")
        out.append("END:STANDARD")
        out.append("END:VTIMEZONE")
        return out
    (dm, dd, dtm), (sm, sd, stm) = RULES[fam]
    first = FIRST_1601 if ms else FIRST_1970
    std_block = ["BEGIN:STANDARD", f"DTSTART:{first[(sm, sd)]}T{stm}"]
    dst_block = ["BEGIN:DAYLIGHT", f"DTSTART:{first[(dm, dd)]}T{dtm}"]
    if ms:
        std_block += [f"RRULE:FREQ=YEARLY;BYDAY={sd};BYMONTH={sm}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}"]
        dst_block += [f"RRULE:FREQ=YEARLY;BYDAY={dd};BYMONTH={dm}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}"]
    else:
        std_block += [f"RRULE:FREQ=YEARLY;BYMONTH={sm};BYDAY={sd}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
                      f"TZNAME:{stdn}"]
        dst_block += [f"RRULE:FREQ=YEARLY;BYMONTH={dm};BYDAY={dd}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                      f"TZNAME:{dstn}"]
    std_block.append("END:STANDARD")
    dst_block.append("END:DAYLIGHT")
    out += (std_block + dst_block) if ms else (dst_block + std_block)
    out.append("END:VTIMEZONE")
    return out


# ----------------------------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------------------------
def esc(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def pval(value: str, force: bool = False) -> str:
    if force or any(ch in value for ch in ':;,"'):
        return '"' + value.replace('"', "'") + '"'
    return value


def fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    parts.append(cur)
    return "\r\n".join(parts)


def stamp(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def parse_when(text: str) -> tuple[dt.datetime, bool]:
    """'2026-11-09 08:30' -> (naive local, False); '2026-11-09 07:30Z' -> (aware UTC, True)."""
    text = text.strip()
    if text.endswith("Z"):
        return dt.datetime.strptime(text[:-1], "%Y-%m-%d %H:%M").replace(tzinfo=UTC), True
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M"), False


REL = re.compile(r"^(\d+)(m|h|d|w)$")


def h(n: int, seed: str) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def make_uid(style: str, seed: str) -> str:
    x = hashlib.sha256(seed.encode()).hexdigest()
    if style == "google":
        alphabet = "0123456789abcdefghijklmnopqrstuv"
        n = int(x[:40], 16)
        s = ""
        for _ in range(26):
            s += alphabet[n % 32]
            n //= 32
        return s + "@google.com"
    if style in ("outlook", "exchange"):
        return ("040000008200E00074C5B7101A82E00800000000" + x[:16].upper()
                + "000000000000000010000000" + x[16:48].upper())
    if style == "apple":
        y = x.upper()
        return f"{y[:8]}-{y[8:12]}-{y[12:16]}-{y[16:20]}-{y[20:32]}"
    if style == "zoom":
        return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@zoom.us"
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# join boilerplate
# ----------------------------------------------------------------------------------------------
def teams_text(lang: str, rng: random.Random) -> str:
    mid = " ".join(str(rng.randint(100, 999)) for _ in range(4))
    pc = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
    link = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + h(40, mid + pc)
            + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + h(8, pc) + "%22%7d")
    bar = "_" * 80
    if lang == "de":
        body = ["Microsoft Teams-Besprechung",
                "Treten Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät bei",
                f"Hier klicken, um an der Besprechung teilzunehmen<{link}>",
                f"Besprechungs-ID: {mid}", f"Passcode: {pc}",
                "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
                "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                "Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>"]
    elif lang == "fr":
        body = ["Réunion Microsoft Teams",
                "Rejoindre sur votre ordinateur, application mobile ou appareil de salle",
                f"Cliquez ici pour participer à la réunion<{link}>",
                f"ID de la réunion : {mid}", f"Code secret : {pc}",
                "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | "
                "Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>"]
    else:
        body = ["Microsoft Teams meeting",
                "Join on your computer, mobile app or room device",
                f"Click here to join the meeting<{link}>",
                f"Meeting ID: {mid}", f"Passcode: {pc}",
                "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>"]
    return "\n".join([bar] + body + [bar])


def meet_code(rng: random.Random) -> str:
    a = "abcdefghijkmnopqrstuvwxyz"
    return "".join(rng.choice(a) for _ in range(3)) + "-" + "".join(rng.choice(a) for _ in range(4)) + \
        "-" + "".join(rng.choice(a) for _ in range(3))


def meet_text(lang: str, code: str, rng: random.Random, phone: str) -> str:
    pin = f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    line = "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    if lang == "es":
        body = [f"Únete con Google Meet: https://meet.google.com/{code}", "",
                f"O marca: {phone} PIN: {pin.replace(' ', '')}#",
                f"Más números de teléfono: https://tel.meet/{code}?pin={pin.replace(' ', '')}", "",
                "Más información sobre Meet: https://support.google.com/a/users/answer/9282720", "",
                "No edites esta sección de la descripción."]
    else:
        body = [f"Join with Google Meet: https://meet.google.com/{code}", "",
                f"Or dial: {phone} PIN: {pin.replace(' ', '')}#",
                f"More phone numbers: https://tel.meet/{code}?pin={pin.replace(' ', '')}", "",
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720", "",
                "Please do not edit this section."]
    return "\n".join([line] + body + [line])


def zoom_text(host: str, domain: str, rng: random.Random) -> str:
    mid = str(rng.randint(81000000000, 89999999999))
    pc = str(rng.randint(100000, 999999))
    pretty = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    return "\n".join([
        f"{host} is inviting you to a scheduled Zoom meeting.", "",
        "Join Zoom Meeting", f"https://{domain}.zoom.us/j/{mid}?pwd={h(32, mid)}", "",
        f"Meeting ID: {pretty}", f"Passcode: {pc}", "", "---", "", "One tap mobile",
        f"+16699006833,,{mid}#,,,,*{pc}# US (San Jose)", f"+12532158782,,{mid}#,,,,*{pc}# US (Tacoma)", "",
        "---", "", "Join by SIP", f"• {mid}@zoomcrc.com"])


# ----------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------
class Who:
    def __init__(self, key, cn, email, kind="person", cutype=None):
        self.key, self.cn, self.email, self.kind, self.cutype = key, cn, email, kind, cutype


class Occ:
    def __init__(self, orig, **kw):
        self.orig = orig
        self.kw = kw


class Ev:
    def __init__(self, p: "Persona", summary, start, dur=60, *, label, why, end=None, tz=None,
                 rrule=None, exdate=(), org=None, att=(), me="ACCEPTED", desc=None, loc=None,
                 booked=None, modified=None, transp="OPAQUE", cls=None, status="CONFIRMED",
                 allday=False, days=1, busy=None, uid=None, uidstyle=None, seq=0, conf=None,
                 importance=None):
        assert label in LABELS, (summary, label)
        assert booked, f"every event needs a booking time: {summary}"
        self.p, self.summary, self.label, self.why = p, summary, label, why
        self.tz = tz or p.tz
        self.allday = allday
        if allday:
            self.day = dt.date.fromisoformat(start)
            self.days = days
            self.start, self.utc = None, False
        else:
            self.start, self.utc = parse_when(start)
            if end:
                self.end, _ = parse_when(end)
            else:
                self.end = self.start + dt.timedelta(minutes=dur)
        self.rrule, self.exdates = rrule, [parse_when(x)[0] for x in exdate]
        self.org, self.att, self.me = org, list(att), me
        self.desc, self.loc, self.conf = desc, loc, conf
        self.booked, self.modified = booked, modified
        self.transp, self.cls, self.status, self.busy = transp, cls, status, busy
        self.seq, self.importance = seq, importance
        self.occs: list[Occ] = []
        self.style = uidstyle or p.style
        seed = f"{p.slug}|{summary}|{start}"
        self.uid = uid or make_uid(self.style, seed)
        self.rng = random.Random(seed)
        if self.rrule:
            self._check_byday()

    # -- overrides -----------------------------------------------------------------------------
    def occ(self, orig, **kw):
        """One occurrence differs: moved (start/dur), retitled, re-described, answered (me),
        cancelled (status), or its truth differs from the series (label/why)."""
        if "label" in kw:
            assert kw["label"] in LABELS
            assert kw.get("why"), "an occurrence label needs a why"
        assert "booked" in kw, "say when the change was made"
        self.occs.append(Occ(orig, **kw))
        return self

    def ex(self, *origs):
        self.exdates += [parse_when(x)[0] for x in origs]
        return self

    # -- time ----------------------------------------------------------------------------------
    def zone(self):
        return ZoneInfo(self.tz)

    def aware(self, t: dt.datetime) -> dt.datetime:
        return t if t.tzinfo else t.replace(tzinfo=self.zone())

    def first_start_utc(self) -> dt.datetime:
        if self.allday:
            return dt.datetime.combine(self.day, dt.time(0), ZoneInfo(self.p.tz)).astimezone(UTC)
        return self.aware(self.start).astimezone(UTC)

    def _check_byday(self):
        m = re.search(r"BYDAY=([A-Z,0-9+-]+)", self.rrule)
        if m and not self.allday:
            days = [d[-2:] for d in m.group(1).split(",")]
            wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self.start.weekday()]
            assert wd in days, f"{self.summary}: DTSTART {self.start} is a {wd}, not in {days}"

    def rel(self, spec: str, ref_utc: dt.datetime, jitter=True) -> dt.datetime:
        m = REL.match(spec)
        if m:
            n, unit = int(m.group(1)), m.group(2)
            delta = {"m": dt.timedelta(minutes=n), "h": dt.timedelta(hours=n),
                     "d": dt.timedelta(days=n), "w": dt.timedelta(weeks=n)}[unit]
            t = ref_utc - delta
            if jitter and unit in ("d", "w"):
                t += dt.timedelta(minutes=self.rng.randint(-150, 150), seconds=self.rng.randint(0, 59))
            elif jitter:
                t -= dt.timedelta(seconds=self.rng.randint(0, 59))
            return t
        t, is_utc = parse_when(spec)
        t = t if is_utc else t.replace(tzinfo=ZoneInfo(self.p.tz))
        return t.astimezone(UTC) + dt.timedelta(seconds=self.rng.randint(0, 59))

    def created_utc(self) -> dt.datetime:
        if not hasattr(self, "_created"):
            self._created = self.rel(self.booked, self.first_start_utc())
        return self._created


class Persona:
    def __init__(self, *, slug, name, email, role, title, tz, style, lang, industry, months,
                 expected, manager=None, reports=(), exported, calname=None, work=(8, 18)):
        self.slug, self.name, self.email, self.role, self.title = slug, name, email, role, title
        self.tz, self.style, self.lang, self.industry = tz, style, lang, industry
        self.months, self.expected, self.exported = months, expected, exported
        self.manager, self.reports = manager, list(reports)
        self.calname = calname
        self.people = {"me": Who("me", name, email)}
        self.events: list[Ev] = []
        self.rng = random.Random("people|" + slug)
        self.phone = "(US) +1 650-420-1187"

    def who(self, key, cn, email, kind="person", cutype=None):
        assert key not in self.people, key
        self.people[key] = Who(key, cn, email, kind, cutype)

    def ev(self, summary, start, dur=60, **kw) -> Ev:
        e = Ev(self, summary, start, dur, **kw)
        self.events.append(e)
        return e

    def allday(self, summary, first, days=1, **kw) -> Ev:
        kw.setdefault("transp", "TRANSPARENT")
        e = Ev(self, summary, first, allday=True, days=days, **kw)
        self.events.append(e)
        return e

    def person_email(self, key):
        return self.people[key].email


# ----------------------------------------------------------------------------------------------
# ICS writer (Google, Outlook desktop, Exchange-published, Apple flavours)
# ----------------------------------------------------------------------------------------------
def attendee_line(style, w: Who, partstat, role="REQ-PARTICIPANT", owner=False):
    mail = f"mailto:{w.email}"
    if style == "google":
        cut = w.cutype if w.cutype else "INDIVIDUAL"
        params = [f"CUTYPE={cut}", f"ROLE={role}", f"PARTSTAT={partstat}"]
        if partstat == "NEEDS-ACTION" or (owner and partstat != "ACCEPTED"):
            params.append("RSVP=TRUE")
        params += [f"CN={pval(w.cn)}", "X-NUM-GUESTS=0"]
    elif style == "apple":
        params = [f"CN={pval(w.cn, True)}"]
        if w.cutype:
            params.append(f"CUTYPE={w.cutype}")
        elif w.kind == "person":
            params.append("CUTYPE=INDIVIDUAL")
        params += [f'EMAIL="{w.email}"', f"PARTSTAT={partstat}", f"ROLE={role}"]
        if partstat == "NEEDS-ACTION":
            params.append("RSVP=TRUE")
    else:  # outlook / exchange
        params = [f"CN={pval(w.cn, True)}"]
        if w.cutype:
            params.append(f"CUTYPE={w.cutype}")
        if w.kind == "room" and w.cutype:
            role = "NON-PARTICIPANT"
        if role != "REQ-PARTICIPANT" or style == "exchange":
            params.append(f"ROLE={role}")
        if partstat != "NEEDS-ACTION" or owner or style == "exchange":
            params.append(f"PARTSTAT={partstat}")
        params.append("RSVP=TRUE")
    return "ATTENDEE;" + ";".join(params) + ":" + mail


def organizer_line(style, w: Who):
    if style == "google":
        return f"ORGANIZER;CN={pval(w.cn)}:mailto:{w.email}"
    if style == "apple":
        return f'ORGANIZER;CN={pval(w.cn, True)};EMAIL="{w.email}":mailto:{w.email}'
    return f"ORGANIZER;CN={pval(w.cn, True)}:mailto:{w.email}"


PARTSTATS = {"A": "ACCEPTED", "T": "TENTATIVE", "D": "DECLINED", "N": "NEEDS-ACTION"}


def resolve_attendees(e: Ev, over_att=None, me_override=None):
    """[(Who, partstat, role, is_owner)] in invitation order."""
    p = e.p
    rows = []
    org = e.org
    me_state = me_override or e.me
    spec = over_att if over_att is not None else e.att
    if not org and not spec:
        return rows
    seen = set()
    if org:
        w = p.people[org]
        rows.append((w, "ACCEPTED" if org != "me" else "ACCEPTED", "REQ-PARTICIPANT", org == "me"))
        seen.add(org)
    for item in spec:
        key, opt, state = item, False, None
        if "!" in key:
            key, code = key.split("!")
            state = PARTSTATS[code]
        if key.endswith("?"):
            key, opt = key[:-1], True
        if key in seen:
            continue
        seen.add(key)
        w = p.people[key]
        if key == "me":
            rows.append((w, me_state, "OPT-PARTICIPANT" if opt else "REQ-PARTICIPANT", True))
            continue
        if state is None:
            rnd = e.rng.random()
            if w.kind == "group":
                state = "NEEDS-ACTION"
            elif w.kind == "room":
                state = "ACCEPTED"
            else:
                state = ("ACCEPTED" if rnd < 0.68 else "NEEDS-ACTION" if rnd < 0.84
                         else "TENTATIVE" if rnd < 0.93 else "DECLINED")
        rows.append((w, state, "OPT-PARTICIPANT" if opt else "REQ-PARTICIPANT", False))
    if "me" not in seen:
        rows.append((p.people["me"], me_state, "REQ-PARTICIPANT", True))
    return rows


def fmt_dt(e: Ev, t: dt.datetime, utc: bool, name: str) -> str:
    if utc or t.tzinfo is not None:
        return f"{name}:{stamp(t)}"
    tzid = WINDOWS[e.tz] if e.p.style in ("outlook", "exchange") else e.tz
    return f"{name};TZID={pval(tzid)}:{t.strftime('%Y%m%dT%H%M%S')}"


def description_for(e: Ev, desc, conf):
    p = e.p
    if conf == "teams":
        boil = teams_text(p.lang if p.lang in ("de", "fr") else "en", e.rng)
    elif conf == "meet":
        boil = meet_text(p.lang, e._meet, e.rng, p.phone)
    elif conf == "zoom":
        host = p.people[e.org].cn if e.org else p.name
        boil = zoom_text(host, p.email.split("@")[1].split(".")[0], e.rng)
    else:
        boil = None
    if desc and boil:
        return desc + "\n\n" + boil
    return desc if desc is not None else boil


def vevent_lines(e: Ev, occ: Occ | None, dtstamp: dt.datetime) -> list[str]:
    p, style = e.p, e.p.style
    kw = occ.kw if occ else {}
    summary = kw.get("summary", e.summary)
    desc_in = kw.get("desc", e.desc)
    conf = kw.get("conf", e.conf)
    loc = kw.get("loc", e.loc)
    status = kw.get("status", e.status)
    me = kw.get("me", e.me)
    transp = kw.get("transp", e.transp)
    created = e.created_utc()
    if occ:
        orig, orig_utc = parse_when(occ.orig)
        if "start" in kw:
            start, utc = parse_when(kw["start"])
        else:
            start, utc = orig, orig_utc or e.utc
        dur = kw.get("dur", int((e.end - e.start).total_seconds() // 60))
        end = start + dt.timedelta(minutes=dur)
        ref = e.aware(start).astimezone(UTC) if not utc else start
        modified = e.rel(kw["booked"], ref)
        seq = kw.get("seq", e.seq + 1)
    else:
        modified = e.rel(e.modified, e.first_start_utc()) if e.modified else \
            created + dt.timedelta(minutes=e.rng.randint(0, 25), seconds=e.rng.randint(0, 59))
        seq = e.seq
    if not hasattr(e, "_meet"):
        e._meet = meet_code(e.rng)
    desc = description_for(e, desc_in, conf)
    props: dict[str, list[str]] = defaultdict(list)
    add = lambda k, line: props[k].append(line)
    if e.allday:
        add("DTSTART", f"DTSTART;VALUE=DATE:{e.day.strftime('%Y%m%d')}")
        add("DTEND", f"DTEND;VALUE=DATE:{(e.day + dt.timedelta(days=e.days)).strftime('%Y%m%d')}")
    elif occ:
        add("DTSTART", fmt_dt(e, start, utc, "DTSTART"))
        add("DTEND", fmt_dt(e, end, utc, "DTEND"))
        add("RECURRENCE-ID", fmt_dt(e, orig, orig_utc or e.utc, "RECURRENCE-ID"))
    else:
        add("DTSTART", fmt_dt(e, e.start, e.utc, "DTSTART"))
        add("DTEND", fmt_dt(e, e.end, e.utc, "DTEND"))
    if e.rrule and not occ:
        add("RRULE", "RRULE:" + e.rrule)
        if e.exdates:
            if style == "google" or e.utc:
                for x in e.exdates:
                    add("EXDATE", fmt_dt(e, x, e.utc, "EXDATE"))
            else:
                vals = ",".join(x.strftime("%Y%m%dT%H%M%S") for x in e.exdates)
                tzid = WINDOWS[e.tz] if style in ("outlook", "exchange") else e.tz
                add("EXDATE", f"EXDATE;TZID={pval(tzid)}:{vals}")
    add("DTSTAMP", f"DTSTAMP:{stamp(dtstamp if style != 'apple' else modified)}")
    add("UID", f"UID:{e.uid}")
    rows = resolve_attendees(e, kw.get("att"), me)
    if rows:
        orgw = p.people[e.org] if e.org else p.people["me"]
        add("ORGANIZER", organizer_line(style, orgw))
        for w, ps, role, owner in rows:
            if style in ("outlook", "exchange") and w is orgw:
                continue
            add("ATTENDEE", attendee_line(style, w, ps, role, owner))
    add("CREATED", f"CREATED:{stamp(created)}")
    if desc is not None:
        add("DESCRIPTION", f"DESCRIPTION:{esc(desc)}")
    elif style in ("outlook", "exchange"):
        add("DESCRIPTION", "DESCRIPTION:\\n")
    add("LAST-MODIFIED", f"LAST-MODIFIED:{stamp(modified)}")
    if loc is not None:
        add("LOCATION", f"LOCATION:{esc(loc)}")
    elif style in ("outlook", "exchange"):
        add("LOCATION", "LOCATION:")
    add("SEQUENCE", f"SEQUENCE:{seq}")
    add("STATUS", f"STATUS:{status}")
    lang_tag = {"de": "de-de", "fr": "fr-fr", "es": "es-mx", "en": "en-us"}.get(p.lang, "en-us")
    if style == "outlook":
        add("SUMMARY", f"SUMMARY;LANGUAGE={lang_tag}:{esc(summary)}")
    else:
        add("SUMMARY", f"SUMMARY:{esc(summary)}")
    add("TRANSP", f"TRANSP:{transp}")
    cls = kw.get("cls", e.cls)
    if cls:
        add("CLASS", f"CLASS:{cls}")
    elif style in ("outlook", "exchange"):
        add("CLASS", "CLASS:PUBLIC")
    if style == "google" and conf == "meet":
        add("X", f"X-GOOGLE-CONFERENCE:https://meet.google.com/{e._meet}")
    if style in ("outlook", "exchange"):
        add("PRIORITY", "PRIORITY:5")
        busy = kw.get("busy", e.busy) or ("FREE" if transp == "TRANSPARENT" else
                                          "TENTATIVE" if me == "TENTATIVE" else "BUSY")
        x = props["X"]
        if style == "exchange":
            x.append(f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}")
        x.append(f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}")
        x.append(f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy if busy != 'TENTATIVE' else 'BUSY'}")
        x.append(f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if e.allday else 'FALSE'}")
        x.append(f"X-MICROSOFT-CDO-IMPORTANCE:{e.importance if e.importance is not None else 1}")
        x.append(f"X-MICROSOFT-CDO-INSTTYPE:{3 if occ else 1 if e.rrule else 0}")
        if conf == "teams":
            x.append("X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + p.email + "\\;gruu\\;opaque=app:conf:focus:id:"
                     + h(10, e.uid))
            x.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                     + h(40, e.uid) + "%40thread.v2/0")
        x.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
        x.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        if style == "outlook":
            x.append("X-MS-OLK-AUTOFILLLOCATION:FALSE")
            x.append(f"X-MS-OLK-CONFTYPE:{1 if conf == 'teams' else 0}")
    if style == "apple":
        props["X"].append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
    order = {
        "google": ["DTSTART", "DTEND", "RRULE", "EXDATE", "DTSTAMP", "ORGANIZER", "UID", "RECURRENCE-ID",
                   "ATTENDEE", "X", "CLASS", "CREATED", "DESCRIPTION", "LAST-MODIFIED", "LOCATION",
                   "SEQUENCE", "STATUS", "SUMMARY", "TRANSP"],
        "outlook": ["ATTENDEE", "CLASS", "CREATED", "DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "EXDATE",
                    "LAST-MODIFIED", "LOCATION", "ORGANIZER", "PRIORITY", "RECURRENCE-ID", "RRULE",
                    "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "UID", "X"],
        "exchange": ["DESCRIPTION", "RRULE", "EXDATE", "UID", "RECURRENCE-ID", "SUMMARY", "DTSTART", "DTEND",
                     "CLASS", "PRIORITY", "DTSTAMP", "TRANSP", "STATUS", "SEQUENCE", "LOCATION",
                     "ORGANIZER", "ATTENDEE", "CREATED", "LAST-MODIFIED", "X"],
        "apple": ["TRANSP", "DTEND", "UID", "DTSTAMP", "LOCATION", "DESCRIPTION", "STATUS", "SEQUENCE",
                  "CLASS", "X", "SUMMARY", "LAST-MODIFIED", "CREATED", "DTSTART", "RECURRENCE-ID", "RRULE",
                  "EXDATE", "ATTENDEE", "ORGANIZER"],
    }[style]
    out = ["BEGIN:VEVENT"]
    for k in order:
        out += props.get(k, [])
    missing = set(props) - set(order)
    assert not missing, missing
    out.append("END:VEVENT")
    return out


def write_ics(p: Persona) -> str:
    exported = dt.datetime.strptime(p.exported, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(p.tz))
    lines: list[str] = []
    st = p.style
    if st == "google":
        lines += ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                  "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{p.calname or p.email}",
                  f"X-WR-TIMEZONE:{p.tz}"]
    elif st == "outlook":
        wk = {"de": "Kalender", "fr": "Calendrier"}.get(p.lang, "Calendar")
        lines += ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                  "VERSION:2.0", "METHOD:PUBLISH",
                  "X-CALSTART:20260101T000000Z", "X-CALEND:20270228T000000Z",
                  "X-CLIPSTART:20260831T220000Z", "X-CLIPEND:20261231T230000Z",
                  "X-WR-RELCALID:{0000002E-" + h(4, p.slug).upper() + "-" + h(4, p.email).upper()
                  + "-" + h(4, p.name).upper() + "-" + h(12, p.tz).upper() + "}",
                  f"X-WR-CALNAME:{p.calname or wk}", "X-PRIMARY-CALENDAR:TRUE",
                  f'X-OWNER;CN="{p.name}":mailto:{p.email}',
                  f'X-MS-OLK-WKHRSTART;TZID="{WINDOWS[p.tz]}":080000',
                  f'X-MS-OLK-WKHREND;TZID="{WINDOWS[p.tz]}":180000',
                  "X-MS-OLK-WKHRDAYS:MO,TU,WE,TH,FR"]
    elif st == "exchange":
        lines += ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                  f"X-WR-CALNAME:{p.calname or 'Calendar'}"]
    elif st == "apple":
        lines += ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "VERSION:2.0", f"X-WR-CALNAME:{p.calname or 'Work'}",
                  "PRODID:-//Apple Inc.//macOS 15.1//EN", "X-APPLE-CALENDAR-COLOR:#1BADF8",
                  f"X-WR-TIMEZONE:{p.tz}", "CALSCALE:GREGORIAN"]
    zones = []
    for e in p.events:
        if not e.allday and e.tz not in zones:
            zones.append(e.tz)
    if p.tz not in zones:
        zones.insert(0, p.tz)
    written = set()
    for z in zones:
        key = WINDOWS[z] if st in ("outlook", "exchange") else z
        if key in written:
            continue
        written.add(key)
        lines += vtimezone(z, st)
    for i, e in enumerate(p.events):
        dtstamp = exported.astimezone(UTC) + dt.timedelta(seconds=i % 7)
        lines += vevent_lines(e, None, dtstamp)
        for o in e.occs:
            lines += vevent_lines(e, o, dtstamp)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def orig_utc_text(e: Ev, orig: str) -> str:
    t, is_utc = parse_when(orig)
    t = t if is_utc else t.replace(tzinfo=ZoneInfo(e.tz))
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_labels(p: Persona) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["uid", "recurrence_id", "label", "why"])
    for e in p.events:
        w.writerow([e.uid, "", e.label, e.why])
        for o in e.occs:
            if "label" in o.kw and o.kw["label"] != e.label:
                w.writerow([e.uid, orig_utc_text(e, o.orig), o.kw["label"], o.kw["why"]])
    return buf.getvalue()


# ==============================================================================================
# PERSONAS (each function builds one persona, event by event)
# ==============================================================================================
PERSONAS: list = []


def persona(fn):
    PERSONAS.append(fn)
    return fn


@persona
def helene_marchetti():
    """Groupe Hospitalier Val-de-Seine (GHVS), three public hospital sites, ~3,100 staff.
    Hélène Marchetti is Coordinatrice générale des soins (director of nursing), reports to the
    directeur général Olivier Brunel, and leads five cadres supérieurs de santé.
    November 2026: an early bronchiolitis epidemic saturates the paediatric emergency department
    from 4 Nov; the DG triggers the "plan blanc" (hospital emergency plan) on Monday 9 Nov at
    06:45; it is lifted after 27 Nov. A patient dies after a fall in the short-stay unit on 5 Nov
    (EIG, serious adverse event). Unions file a strike notice for 24 Nov over staff recalls.
    Underneath, the ordinary year continues: directoire, CME, projet d'établissement 2027-2031,
    programme for the new emergency department of 2029. Exported from Outlook (Exchange)."""
    p = Persona(slug="helene-marchetti", name="Hélène Marchetti", email="h.marchetti@ghvs.example",
                role="senior-leader", title="Coordinatrice générale des soins", tz="Europe/Paris",
                style="outlook", lang="fr", industry="hospital network (public hospital group, France)",
                months=["2026-11"], expected="firefighting overload", manager="dg",
                reports=["nadia", "thomas", "sophie", "julien", "isabelle"], exported="2026-12-01 08:12")
    w = p.who
    w("dg", "Olivier Brunel", "o.brunel@ghvs.example")
    w("nadia", "Nadia Benali", "n.benali@ghvs.example")          # cadre sup, pôle Urgences-SMUR-Réa
    w("thomas", "Thomas Lefèvre", "t.lefevre@ghvs.example")      # cadre sup, pôle Médecine-Gériatrie
    w("sophie", "Sophie Garnier", "s.garnier@ghvs.example")      # cadre sup, pôle Femme-Enfant
    w("julien", "Julien Perrot", "j.perrot@ghvs.example")        # cadre sup, Bloc-Chirurgie
    w("isabelle", "Isabelle Roux", "i.roux@ghvs.example")        # cadre sup, qualité des soins
    w("drh", "Catherine Aubert", "c.aubert@ghvs.example")
    w("daf", "Marc Delmas", "m.delmas@ghvs.example")
    w("qualite", "Pierre-Yves Le Goff", "py.legoff@ghvs.example")
    w("pcme", "Dr François Kessler", "f.kessler@ghvs.example")
    w("haddad", "Dr Amira Haddad", "a.haddad@ghvs.example")      # cheffe de pôle urgences
    w("morel", "Dr Vincent Morel", "v.morel@ghvs.example")       # chef de service pédiatrie
    w("com", "Léa Fontaine", "l.fontaine@ghvs.example")
    w("lits", "Romain Giraud", "r.giraud@ghvs.example")          # gestionnaire de lits
    w("ars", "Dr Gilles Perrin", "gilles.perrin@ars-region.example")
    w("ars_cell", "ARS - Cellule régionale d'appui", "ars-cra@ars-region.example", kind="group")
    w("cgt", "Karim Meziane", "k.meziane@ghvs.example")
    w("sud", "Valérie Chauvin", "v.chauvin@ghvs.example")
    w("fo", "Bruno Lemarchand", "b.lemarchand@ghvs.example")
    w("directoire", "Directoire GHVS", "directoire@ghvs.example", kind="group")
    w("cadres_sup", "Cadres supérieurs de santé", "cadres-sup@ghvs.example", kind="group", cutype="GROUP")
    w("crise", "Cellule de crise GHVS", "cellule-crise@ghvs.example", kind="group", cutype="GROUP")
    w("codir", "Équipe de direction", "equipe-direction@ghvs.example", kind="group")
    w("cme", "Membres CME", "cme@ghvs.example", kind="group")
    w("csirmt", "CSIRMT - membres élus et désignés", "csirmt@ghvs.example", kind="group", cutype="GROUP")
    w("cadres_sante", "Cadres de santé - tous pôles", "cadres-sante@ghvs.example", kind="group")
    w("cdu", "Commission des usagers", "cdu@ghvs.example", kind="group")
    w("r_conseil", "Salle du Conseil - Bât. A (24)", "salle.conseil@ghvs.example", kind="room", cutype="RESOURCE")
    w("r_crise", "PC Direction - Salle de crise (12)", "salle.crise@ghvs.example", kind="room", cutype="RESOURCE")
    w("r_b214", "Bât. B Salle 2.14 (8)", "salle.b214@ghvs.example", kind="room")
    w("r_ds", "Salle Direction des soins (6)", "salle.ds@ghvs.example", kind="room", cutype="RESOURCE")
    w("chu", "Pr Anne-Sophie Vidal", "as.vidal@chu-estuaire.example")
    w("chu_dir", "Éric Mallet", "e.mallet@chu-estuaire.example")
    w("ifsi", "Marie-Laure Chevalier", "ml.chevalier@ifsi-valdeseine.example")
    w("camille", "Camille Dufresne", "camille.dufresne@ehesp-eleves.example")
    w("laurent", "Aurélie Laurent", "aurelie.laurent@mailbox.example")
    w("saidi", "Mehdi Saïdi", "m.saidi@ghvs.example")
    w("prog", "Hugo Bernard", "h.bernard@archisante.example")
    w("dsi", "Laurent Picard", "l.picard@ghvs.example")
    w("ipa1", "Élodie Marchand", "e.marchand@ghvs.example")
    w("ipa2", "Yannick Robert", "y.robert@ghvs.example")
    w("poles_med", "Bureau de pôle Médecine-Gériatrie", "pole-medecine@ghvs.example", kind="group")
    w("poles_fe", "Bureau de pôle Femme-Enfant", "pole-femme-enfant@ghvs.example", kind="group", cutype="GROUP")
    w("poles_urg", "Bureau de pôle Urgences-SMUR-Réa", "pole-urgences@ghvs.example", kind="group")

    # ---- recurring governance and team meetings ------------------------------------------
    p.ev("Directoire", "2026-01-06 14:00", 120, rrule="FREQ=WEEKLY;BYDAY=TU", org="dg",
         att=["directoire", "me", "r_conseil"], loc="Salle du Conseil - Bât. A",
         desc="Ordre du jour diffusé la veille par le secrétariat de direction.\nPoints permanents : "
              "activité et recettes, effectifs et intérim, dossiers en cours, décisions.",
         booked="3w", label=E, why="directoire hebdomadaire : pilotage courant, suivi d'activité, décisions")\
        .occ("2026-11-10 14:00", start="2026-11-10 15:00", dur=90, booked="2026-11-10 08:55")\
        .occ("2026-11-17 14:00", summary="Directoire - séance spéciale plan blanc",
             desc="Séance entièrement consacrée au plan blanc : bilan capacitaire, déprogrammations, rappel "
                  "des personnels, coût des renforts. Les points ordinaires sont reportés.",
             booked="2026-11-16 19:10", label=F, why="séance réaffectée à la gestion de crise du plan blanc")
    p.ev("Point hebdomadaire DG / DS", "2026-02-02 17:30", 60, rrule="FREQ=WEEKLY;BYDAY=MO", org="dg",
         att=["me"], loc="Bureau du DG",
         desc="Mes points de la semaine (Hélène) :\n- effectifs soignants, postes vacants, intérim\n"
              "- budget heures supplémentaires\n- dossiers CSIRMT / certification\nArbitrages à demander.",
         booked="2w", label=E, why="point avec son propre directeur, qu'il organise : remontée des dossiers, arbitrages")\
        .occ("2026-11-09 17:30", status="CANCELLED", summary="Annulé : Point hebdomadaire DG / DS",
             booked="2026-11-09 07:20")\
        .occ("2026-11-23 17:30", start="2026-11-23 18:30", booked="2026-11-13 08:45")\
        .occ("2026-11-30 17:30", start="2026-11-30 18:00", booked="2026-11-30 11:40")
    p.ev("Réunion des cadres supérieurs de santé", "2026-01-08 09:00", 90, rrule="FREQ=WEEKLY;BYDAY=TH",
         org="me", att=["cadres_sup", "r_b214"], loc="Bât. B Salle 2.14",
         desc="Tour des pôles : effectifs, absentéisme, lits fermés, événements indésirables de la semaine, "
              "avancement des projets de soins.",
         booked="3w", label=E, why="réunion d'équipe hebdomadaire sur le fonctionnement des pôles")\
        .occ("2026-11-12 09:00", start="2026-11-12 10:00", dur=60,
             desc="Séance raccourcie, plan blanc en cours. Un seul point : renforts et plannings des pôles "
                  "pendant le plan blanc.", booked="2026-11-11 17:45",
             label=F, why="séance réduite aux renforts et plannings de crise du plan blanc")\
        .occ("2026-11-19 09:00", start="2026-11-19 10:00", booked="2026-11-16 12:00")\
        .occ("2026-11-26 09:00", start="2026-11-26 10:00", booked="2026-11-16 12:01")
    p.ev("Commission de gestion des lits", "2026-03-04 11:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE", org="lits",
         att=["me", "cadres_sup", "haddad", "r_ds"], loc="Salle Direction des soins",
         desc="Taux d'occupation par pôle, patients bloqués (aval), hébergements, prévisions J+7.",
         booked="4w", exdate=["2026-11-11 11:00"], label=E,
         why="revue hebdomadaire de l'occupation des lits : gestion courante des flux")\
        .occ("2026-11-04 11:00", me="DECLINED", booked="2026-10-28 09:14")
    p.ev("Revue des effectifs et de l'intérim", "2026-02-06 09:00", 60, rrule="FREQ=WEEKLY;BYDAY=FR", org="drh",
         att=["me", "isabelle?"], conf="teams", desc=None,
         booked="2w", label=E, why="revue RH hebdomadaire des postes vacants et de l'intérim : suivi courant")\
        .occ("2026-11-13 09:00", start="2026-11-13 10:00", booked="2026-11-10 09:00")\
        .occ("2026-11-20 09:00", start="2026-11-20 10:00", booked="2026-11-10 09:01")\
        .occ("2026-11-27 09:00", start="2026-11-27 10:00", booked="2026-11-10 09:02")
    p.ev("CSIRMT", "2026-01-15 14:00", 150, rrule="FREQ=MONTHLY;BYDAY=3TH", org="me",
         att=["csirmt", "r_conseil"], loc="Salle du Conseil - Bât. A",
         desc="Commission des soins infirmiers, de rééducation et médico-techniques.\nOrdre du jour : avis sur "
              "les protocoles de soins, bilan des indicateurs qualité des soins, organisation des soins de nuit.",
         booked="6w", label=E, why="instance réglementaire qu'elle préside : avis, validation, bilans")
    p.ev("CME", "2026-01-29 17:00", 150, rrule="FREQ=MONTHLY;BYDAY=-1TH", org="pcme",
         att=["cme", "me", "r_conseil"], loc="Salle du Conseil - Bât. A",
         desc="Commission médicale d'établissement - séance plénière. Ordre du jour joint.",
         booked="8w", label=E, why="commission médicale mensuelle : avis et suivi de l'activité")
    p.ev("Comité qualité et gestion des risques", "2026-02-05 10:30", 120, rrule="FREQ=MONTHLY;BYDAY=1TH",
         org="qualite", att=["me", "isabelle", "pcme", "r_b214"], loc="Bât. B Salle 2.14", desc="",
         booked="5w", label=E, why="comité mensuel de suivi des indicateurs et des déclarations d'EI")

    # ---- 1:1s she runs with her cadres supérieurs (development) ---------------------------
    p.ev("Entretien individuel - Nadia Benali", "2026-09-03 14:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
         org="me", att=["nadia"], loc="Bureau DS",
         desc="Accompagnement : prise de poste de cadre supérieure, DU management, gestion des conflits "
              "dans l'équipe de nuit des urgences.",
         booked="3w", label=C, why="entretien d'accompagnement avec une cadre de son équipe, qu'elle organise")\
        .occ("2026-11-12 14:00", status="CANCELLED", summary="Annulé : Entretien individuel - Nadia Benali",
             booked="2026-11-09 12:30")\
        .occ("2026-11-26 14:00", start="2026-11-26 16:00", booked="2026-11-20 08:30")
    p.ev("Entretien individuel - Thomas Lefèvre", "2026-09-08 11:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
         org="me", att=["thomas"], loc="Bureau DS",
         desc="Projet professionnel (concours de directeur des soins 2027), délégations, posture managériale.",
         booked="3w", label=C, why="entretien de développement avec un cadre de son équipe")\
        .occ("2026-11-17 11:00", start="2026-11-18 16:00", booked="2026-11-16 20:05")
    p.ev("Entretien individuel - Sophie Garnier", "2026-09-07 11:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
         org="me", att=["sophie"], loc="Bureau DS",
         desc="Suivi individuel : montée en compétence sur la gestion de projet, préparation de l'entretien "
              "annuel, souhaits de formation.",
         booked="3w", label=C, why="entretien de développement avec une cadre de son équipe")\
        .occ("2026-11-30 11:00", start="2026-11-30 16:30", booked="2026-11-20 10:05")\
        .occ("2026-11-16 11:00", summary="Sophie / Hélène - renforts pédiatrie",
             desc="Remplace l'entretien : renforts pédiatrie, ouverture de 6 lits supplémentaires, épuisement "
                  "des équipes de nuit.", booked="2026-11-16 07:58",
             label=F, why="le créneau du 1:1 sert à gérer la crise de la pédiatrie")
    p.ev("Entretien individuel - Julien Perrot", "2026-09-11 11:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
         org="me", att=["julien"], loc="Bureau DS", desc="",
         booked="3w", label=C, why="1:1 récurrent qu'elle organise avec un cadre de son équipe")\
        .occ("2026-11-06 11:00", start="2026-11-06 08:00", booked="2026-11-02 10:15")\
        .occ("2026-11-20 11:00", status="CANCELLED", summary="Annulé : Entretien individuel - Julien Perrot",
             booked="2026-11-19 18:20")
    p.ev("Point mensuel Isabelle / Hélène", "2026-01-21 10:00", 60, rrule="FREQ=MONTHLY;BYDAY=3WE", org="me",
         att=["isabelle"], loc="Bureau DS", desc=None,
         booked="2w", label=C, why="1:1 mensuel avec une cadre de son équipe (accompagnement)")
    p.ev("Mentorat - Camille Dufresne (EHESP)", "2026-11-13 12:30", 60, org="camille", att=["me"],
         conf="teams", desc="Séance 4/6 du mentorat élève directrice des soins : positionnement face au corps médical.",
         booked="4w", label=C, why="elle mentore une élève directrice hors de son équipe")

    # ---- crisis: paediatric saturation, plan blanc, EIG, strike notice --------------------
    p.ev("Point de tension - urgences pédiatriques", "2026-11-04 13:30", 30,
         rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261120T223000Z", org="morel",
         att=["me", "nadia", "sophie", "lits", "haddad"], conf="teams",
         desc="Saturation des urgences pédiatriques (bronchiolite). Point quotidien : enfants en attente de lit, "
              "transferts, renforts, ouverture de lits.",
         booked="2026-11-04 11:48", label=F,
         why="point quotidien de crise créé le jour même, borné à la durée de l'épidémie")\
        .occ("2026-11-19 13:30", me="DECLINED", booked="2026-11-19 08:05")
    p.ev("Cellule de crise - Plan blanc", "2026-11-09 08:30", 75,
         rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR,SA;UNTIL=20261127T225900Z", org="dg",
         att=["crise", "me", "r_crise"], loc="PC Direction - Salle de crise",
         desc="Déclenchement du plan blanc par le directeur général le 09/11 à 06h45 (épidémie de bronchiolite, "
              "saturation des urgences pédiatriques et de la réanimation néonatale).\nOrdre du jour : capacitaire "
              "lits, déprogrammations, renforts et rappels de personnels, transferts hors GHT, communication.",
         booked="2026-11-09 07:05", label=F, why="cellule de crise du plan blanc, créée 1h25 avant sa première séance")\
        .occ("2026-11-09 08:30", dur=135, booked="2026-11-09 07:40")\
        .occ("2026-11-21 08:30", me="DECLINED", booked="2026-11-20 17:32")\
        .occ("2026-11-24 08:30", start="2026-11-24 07:30", booked="2026-11-23 16:10")
    p.ev("Visio ARS - point de situation régional (tension hospitalière)", "2026-11-06 16:00", 60,
         rrule="FREQ=WEEKLY;BYDAY=FR;UNTIL=20261218T160000Z", org="ars", att=["ars_cell", "me"], conf="teams",
         desc=None, booked="2026-11-06 14:20", label=F,
         why="point de crise régional de l'ARS monté dans l'après-midi même, borné à l'épidémie")
    p.ev("APPEL URGENT - EIG chute patiente UHCD", "2026-11-05 19:10", 50, org="qualite",
         att=["me", "nadia", "haddad"], conf="teams",
         desc="Chute avec traumatisme crânien d'une patiente de 87 ans en UHCD, décédée à 17h40. Déclaration "
              "EIGS à l'ARS sous 48h. Conduite à tenir immédiate, information de la famille.",
         booked="2026-11-05 18:52", label=F, why="appel d'urgence le soir même après un événement grave")
    p.ev("Information des cadres de santé - déclenchement du plan blanc", "2026-11-09 14:30", 60, org="me",
         att=["cadres_sante", "cadres_sup"], conf="teams",
         desc="Consignes du plan blanc : déprogrammations, rappels, circuits de remontée des tensions.",
         booked="2026-11-09 10:20", label=F, why="information de crise aux cadres, montée le matin même")
    p.ev("Préfecture - point de situation plan blanc", "2026-11-13 11:30", 60, org="dg", att=["me", "com"],
         loc="Préfecture, salle opérationnelle", desc="", booked="2026-11-12 18:45",
         label=F, why="point de crise avec la préfecture, convoqué la veille au soir")
    p.ev("Rappel des personnels en repos - arbitrages", "2026-11-10 18:00", 60, org="drh",
         att=["me", "nadia", "sophie", "daf"], loc="Bureau DRH", desc="",
         booked="2026-11-10 16:32", label=F, why="arbitrages urgents de rappel de personnel pendant le plan blanc")
    p.ev("Préparation communiqué de presse - saturation des urgences", "2026-11-12 17:00", 45, org="com",
         att=["me", "dg", "haddad"], conf="teams", desc="France 3 et la presse locale demandent une réaction ce soir.",
         booked="2026-11-12 15:50", label=F, why="réponse presse urgente sur la saturation")
    p.ev("Urgences pédiatriques - Paul (poignet)", "2026-11-12 19:30", 180, cls="PRIVATE",
         loc="Urgences pédiatriques, Hôpital Saint-Louis (site de Vernon)",
         desc="Paul tombé à l'entraînement de hand. Radio du poignet. Marc récupère Léna chez la nounou.",
         booked="2026-11-12 19:12", label=O, why="personnel : son fils aux urgences pédiatriques, pas du travail")
    p.allday("Astreinte de direction", "2026-11-13", days=3, desc="Astreinte administrative de direction (tél. 06 ...)",
             booked="10w", label=O, why="jours d'astreinte marqués en journée entière, pas une réunion")
    p.ev("Appel astreinte - transfert néonat hors GHT", "2026-11-14 22:30", 45, org="me", att=["morel", "chu"],
         desc="Pas de place en réa néonat : transfert d'un nouveau-né vers le CHU, accord de la direction.",
         booked="2026-11-14 22:21", label=F, why="appel de nuit pendant l'astreinte pour un transfert urgent")
    p.ev("Point capacitaire réa néonat - transferts", "2026-11-16 19:00", 45, org="morel",
         att=["me", "sophie", "lits"], conf="teams", desc=None,
         booked="2026-11-16 18:20", label=F, why="point capacitaire urgent en soirée, créé 40 min avant")
    p.ev("Appel DG - situation des urgences ce soir", "2026-11-09 20:30", 30, org="dg", att=["me", "haddad"],
         desc=None, booked="2026-11-09 20:14", label=F, why="appel du soir créé 16 min avant, pendant la crise")
    p.ev("Grève du 24/11 - point de situation", "2026-11-24 09:00", 30, rrule="FREQ=HOURLY;INTERVAL=4;COUNT=3",
         org="drh", att=["me", "dg", "cadres_sup"], conf="teams",
         desc="Taux de grévistes, services en effectif minimum, assignations complémentaires.",
         booked="2026-11-24 06:50", label=F, why="points de situation le jour de la grève, créés le matin même")
    p.ev("Visite de soutien - équipes des urgences pédiatriques", "2026-11-10 11:00", 60, org="me",
         att=["sophie", "morel"], loc="Urgences pédiatriques", desc="Passage sur place : couloirs, brancards, "
         "besoins immédiats des équipes de jour.",
         booked="2026-11-09 21:30", label=F, why="descente sur le terrain en pleine saturation, décidée la veille au soir")
    p.ev("Préavis de grève - rencontre avec l'intersyndicale", "2026-11-17 11:00", 90, org="drh",
         att=["me", "dg", "cgt", "sud", "fo", "r_conseil"], loc="Salle du Conseil - Bât. A",
         desc="Préavis de grève déposé le 16/11 pour le 24/11 (effectifs, rappels sur repos). Rencontre demandée "
              "en urgence par la direction générale.",
         booked="2026-11-16 18:40", label=F, why="rencontre de crise sociale montée la veille au soir")
    p.ev("Réunion d'urgence - fermeture de lits Médecine B (manque IDE)", "2026-11-18 17:30", 60, org="thomas",
         att=["me", "lits"], loc="Bureau DS", desc="3 IDE en arrêt ce soir, pas d'intérim disponible.",
         booked="2026-11-18 16:05", label=F, why="décision urgente de fermeture de lits, créée 1h25 avant")
    p.ev("Négociation - protocole de sortie de conflit", "2026-11-20 15:00", 150, org="drh",
         att=["me", "dg", "cgt", "sud", "fo", "r_conseil"], loc="Salle du Conseil - Bât. A", desc="",
         booked="2026-11-19 12:05", label=F, why="négociation de crise pour éviter la grève du 24/11")
    p.ev("Assignations grève du 24/11 - liste des personnels", "2026-11-23 10:00", 60, org="drh",
         att=["me", "cadres_sup"], conf="teams", desc=None,
         booked="2026-11-23 08:15", label=F, why="assignations de personnel pour la grève, montées le matin même")

    # ---- learning from the crisis, recruitment, development ---------------------------------
    p.ev("CREX - EIG-2026-118", "2026-11-25 16:00", 120, org="qualite",
         att=["me", "nadia", "haddad", "isabelle", "r_b214"], loc="Bât. B Salle 2.14",
         desc="Comité de retour d'expérience sur l'EIG du 05/11 (chute UHCD). Analyse systémique selon la méthode "
              "ALARM : facteurs contributifs, causes profondes, sans recherche de responsabilité individuelle.\n"
              "Sortie attendue : plan d'actions de prévention des chutes.",
         booked="2026-11-12 10:30", label=C, why="analyse des causes profondes après l'événement : apprentissage")
    p.ev("RETEX plan blanc bronchiolite 2026", "2026-11-30 14:00", 120, org="me", att=["crise", "r_conseil"],
         loc="Salle du Conseil - Bât. A",
         desc="Retour d'expérience à froid : ce qui a fonctionné, ce qui a manqué, ce que nous changeons dans le "
              "plan blanc et le plan de tension avant l'hiver prochain.",
         booked="2026-11-26 17:20", label=C, why="retour d'expérience après la crise pour améliorer le dispositif")
    p.ev("Entretien de recrutement - cadre de santé pédiatrie (Mme Laurent)", "2026-11-03 10:00", 60, org="me",
         att=["sophie", "laurent", "r_ds"], loc="Salle Direction des soins", desc="CV et lettre en pièce jointe.",
         booked="2026-10-20 14:10", label=C, why="entretien de recrutement")
    p.ev("Entretien - IDE coordinatrice régulation (candidature interne M. Saïdi)", "2026-11-26 11:00", 45,
         org="me", att=["nadia", "saidi"], loc="Bureau DS", desc="",
         booked="1w", label=C, why="entretien de recrutement interne")
    p.ev("Entretien annuel d'évaluation - Isabelle Roux", "2026-11-27 13:30", 90, org="me", att=["isabelle"],
         loc="Bureau DS", desc="Bilan 2026, objectifs 2027, besoins de formation.",
         booked="3w", label=C, why="entretien annuel d'une cadre de son équipe")
    p.ev("Accueil des nouveaux cadres de santé - demi-journée d'intégration", "2026-11-02 14:00", 150, org="me",
         att=["cadres_sante?", "isabelle", "r_conseil"], loc="Salle du Conseil - Bât. A",
         desc="Présentation de la direction des soins, du projet de soins, des circuits de décision. "
              "Quatre nouveaux cadres de santé arrivés en octobre.",
         booked="6w", label=C, why="intégration des nouveaux cadres (onboarding)")
    p.ev("Entretien annuel d'évaluation - Thomas Lefèvre", "2026-11-27 10:30", 90, org="me", att=["thomas"],
         loc="Bureau DS", desc="Bilan 2026, objectifs 2027, projet de concours.",
         booked="3w", label=C, why="entretien annuel d'un cadre de son équipe")
    p.ev("Tutorat IPA - point avec les infirmières en pratique avancée", "2026-11-05 14:00", 60, org="me",
         att=["ipa1", "ipa2", "r_ds"], loc="Salle Direction des soins",
         desc="Intégration des deux IPA : périmètre d'exercice, supervision médicale, analyse de pratiques.",
         booked="4w", label=C, why="accompagnement et développement de nouvelles compétences")
    p.ev("Groupe de codéveloppement des cadres supérieurs", "2026-11-06 14:00", 120, org="isabelle",
         att=["cadres_sup", "me"], loc="Bât. B Salle 2.14",
         desc="Séance 3 : cas apporté par Julien (conduite du changement au bloc).",
         booked="5w", label=C, why="codéveloppement managérial des cadres")
    p.ev("Jury IFSI - soutenances de mémoires", "2026-11-13 09:00", 180, org="ifsi", att=["me"], me="DECLINED",
         loc="IFSI Val-de-Seine, amphi 2", desc="Soutenances des mémoires de fin d'études, promotion 2024-2027.",
         booked="7w", label=C, why="jury de formation infirmière (déclinée pendant le plan blanc)")

    # ---- direction and strategy ------------------------------------------------------------
    p.ev("Projet d'établissement 2027-2031 - séminaire volet soins", "2026-11-04 09:00", 180, org="me",
         att=["cadres_sup", "pcme", "qualite", "r_conseil"], loc="Salle du Conseil - Bât. A",
         desc="Choisir les orientations du projet de soins 2027-2031 : virage ambulatoire, hospitalisation à "
              "domicile, pratiques avancées (IPA), filières gériatriques. Décider des 4 axes à présenter au "
              "directoire.", booked="6w", label=S, why="choix des orientations du projet de soins à 5 ans")
    p.ev("GHT Estuaire - gradation des soins et filière pédiatrique", "2026-11-06 10:00", 120, org="chu_dir",
         att=["me", "dg", "chu", "morel"], conf="teams",
         desc="Stratégie territoriale : quel site porte la réanimation pédiatrique en 2028, gradation des "
              "urgences pédiatriques entre CHU et GHVS.",
         booked="5w", label=S, why="stratégie territoriale de l'offre de soins")
    p.ev("Comité stratégique du GHT Estuaire", "2026-11-18 14:00", 120, org="chu_dir",
         att=["dg", "me", "chu", "pcme"], loc="CHU Estuaire, salle du conseil de surveillance",
         desc="Projet médico-soignant partagé 2027-2031 : filières prioritaires, répartition des activités entre sites.",
         booked="8w", label=S, why="stratégie de groupe à moyen terme")
    p.ev("Temps de rédaction - projet de soins 2027-2031", "2026-10-05 09:00", 120,
         rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20261130T235900Z",
         desc="Bloc protégé. Rédaction du volet soins : orientations 2027-2031, 4 axes, trajectoire des effectifs.",
         booked="3w", label=S, why="temps de réflexion et d'écriture du projet stratégique")\
        .occ("2026-11-09 09:00", status="CANCELLED", booked="2026-11-09 07:12")\
        .occ("2026-11-16 09:00", status="CANCELLED", booked="2026-11-15 21:40")\
        .occ("2026-11-23 09:00", start="2026-11-23 14:00", booked="2026-11-23 08:20")\
        .occ("2026-11-30 09:00", status="CANCELLED", booked="2026-11-20 10:00")
    p.ev("Projet nouvelles urgences 2029 - programme capacitaire", "2026-11-25 14:00", 120, org="dg",
         att=["me", "haddad", "prog", "daf", "r_conseil"], loc="Salle du Conseil - Bât. A",
         desc="Arbitrer le programme capacitaire des futures urgences (boxes, UHCD, circuit court pédiatrique), "
              "leur positionnement dans le GHT et le scénario de financement.",
         booked="4w", label=S, why="décision d'investissement et de positionnement à long terme")

    # ---- other execution -------------------------------------------------------------------
    p.ev("Séminaire de direction", "2026-11-30 09:00", 210, org="dg", att=["codir", "me"],
         loc="Abbaye de Fontaine-Guérard, salle des Moines",
         desc="Ordre du jour :\n1. EPRD 2027 - arbitrages par pôle\n2. Calendrier de dépôt à l'ARS\n"
              "3. Répartition des responsables par chantier\n4. Tableau de bord des indicateurs 2027",
         booked="5w", label=E, why="séminaire consacré au budget et au plan d'exécution 2027 : pas de choix de direction")
    p.ev("Certification HAS - comité de pilotage", "2026-11-13 14:00", 120, org="qualite",
         att=["me", "isabelle", "pcme", "codir"], loc="Bât. B Salle 2.14", desc="",
         booked="4w", label=E, why="pilotage de la préparation de la certification")
    p.ev("Commission des usagers (CDU)", "2026-11-26 14:00", 120, org="qualite", att=["cdu", "me"],
         loc="Salle du Conseil - Bât. A", desc="Examen des plaintes et réclamations du trimestre.",
         booked="8w", label=E, why="instance trimestrielle de traitement des réclamations")
    p.ev("Point budget intérim et heures supplémentaires", "2026-11-16 16:00", 60, org="daf",
         att=["me", "drh"], conf="teams", desc=None,
         booked="1w", label=E, why="suivi budgétaire courant")
    p.ev("Conseil de pôle Médecine-Gériatrie", "2026-11-10 16:30", 90, org="thomas", att=["poles_med", "me"],
         conf="teams", desc=None, booked="6w", label=E, why="instance de pôle : activité, contrat de pôle")
    p.ev("Conseil de pôle Femme-Enfant", "2026-11-25 10:00", 90, org="sophie", att=["poles_fe", "me"],
         loc="Maternité, salle de staff", desc="", booked="6w", label=E, why="instance de pôle : activité, effectifs")
    p.ev("Bureau de pôle Urgences-SMUR-Réa", "2026-11-05 16:00", 90, org="haddad", att=["poles_urg", "me"],
         loc="Urgences, salle de staff", desc="Activité d'octobre, projet nouvelles urgences (point d'étape), "
                                              "effectifs de nuit.",
         booked="6w", label=E, why="instance de pôle mensuelle : suivi d'activité")
    p.ev("Parapheurs / signatures", "2026-09-04 17:00", 60, rrule="FREQ=WEEKLY;BYDAY=FR",
         desc="Bloc : parapheurs, validation des plannings, signatures des ordres de mission.",
         booked="2w", label=E, why="bloc de travail administratif courant (validations, signatures)")
    p.ev("Dossier patient informatisé - point d'avancement DS / DSI", "2026-10-08 17:00", 60,
         rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261217T230000Z", org="me",
         att=["isabelle", "dsi", "r_ds"], loc="Salle Direction des soins",
         desc="Déploiement du module de soins : planning par service, formations des utilisateurs, anomalies.",
         booked="3w", label=E, why="suivi de projet en cours")
    p.ev("Comité de pilotage DPI - module soins", "2026-11-17 16:30", 90, org="dsi",
         att=["me", "daf", "pcme", "isabelle"], conf="teams", desc=None,
         booked="6w", label=E, why="comité de pilotage de projet : avancement, jalons")
    p.ev("Point rapide - planning des congés de Noël des cadres", "2026-11-27 12:00", 20, org="me",
         att=["cadres_sup"], conf="teams", desc=None, booked="40m",
         label=E, why="point d'organisation ordinaire, simplement posé au dernier moment")

    # ---- personal, holidays ----------------------------------------------------------------
    p.allday("Toussaint", "2026-11-01", booked="30w", busy="FREE", label=O, why="jour férié")
    p.allday("Férié - Armistice", "2026-11-11", booked="30w", busy="FREE", label=O, why="jour férié")
    p.ev("Kiné", "2026-09-30 18:30", 45, rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=12", cls="PRIVATE",
         loc="Cabinet de kinésithérapie, rue Carnot", desc="", booked="1w", label=O, why="rendez-vous médical personnel")
    p.ev("Déjeuner - Catherine Aubert", "2026-11-06 12:30", 60, org="drh", att=["me"], desc=None,
         booked="1w", label=O, why="déjeuner")
    p.ev("Radio de contrôle - Paul", "2026-11-23 17:30", 45, cls="PRIVATE", loc="Cabinet de radiologie du Parc",
         desc=None, booked="2026-11-13 08:40", label=O, why="personnel : rendez-vous médical de son fils")
    return p


@persona
def stefan_kuehnel():
    """Höfler Antriebstechnik GmbH, Werk Heilbronn (~1,400 staff): gearbox and e-axle housings for
    car and truck makers. Stefan Kühnel is Werkleiter (plant director); he reports to Dr. Birgit
    Hansmann, Geschäftsführerin Operations at the Stuttgart head office, and leads the heads of
    production, quality, logistics, maintenance and industrial engineering.
    October 2026: start of production (SOP) of the EAX-3 e-axle housing line on 5 Oct, run with a
    planned daily launch team; IATF surveillance audit 13-14 Oct; a press breaks down in the night
    the clocks go back (25 Oct). November 2026: customer Vantor finds leaking seal rings (Q-Meldung
    4471-22), controlled shipping threatened; budget 2027; the leadership "Strategieklausur" is in
    fact a KPI and budget-target day. He spends his days running the plant. Exported from Outlook."""
    p = Persona(slug="stefan-kuehnel", name="Stefan Kühnel", email="s.kuehnel@hoefler-at.example",
                role="senior-leader", title="Werkleiter Heilbronn", tz="Europe/Berlin", style="outlook",
                lang="de", industry="automotive supplier (drivetrain components, Germany)",
                months=["2026-10", "2026-11"], expected="stuck in execution", manager="birgit",
                reports=["ralf", "jana", "murat", "katrin", "felix"], exported="2026-12-02 07:48")
    w = p.who
    w("birgit", "Dr. Birgit Hansmann", "b.hansmann@hoefler-at.example")
    w("ralf", "Ralf Ostermann", "r.ostermann@hoefler-at.example")
    w("jana", "Jana Wieczorek", "j.wieczorek@hoefler-at.example")
    w("murat", "Murat Aydın", "m.aydin@hoefler-at.example")
    w("katrin", "Katrin Vogt", "k.vogt@hoefler-at.example")
    w("felix", "Felix Brenner", "f.brenner@hoefler-at.example")
    w("sabine", "Sabine Lorenz", "s.lorenz@hoefler-at.example")        # HR business partner
    w("reiff", "Thomas Reiff", "t.reiff@hoefler-at.example")           # Werkscontroller
    w("hartmann", "Oliver Hartmann", "o.hartmann@hoefler-at.example")  # Einkauf
    w("brandt", "Nicole Brandt", "n.brandt@hoefler-at.example")        # Key Account Vantor
    w("sifa", "Peter Göbel", "p.goebel@hoefler-at.example")            # Fachkraft Arbeitssicherheit
    w("gabor", "Gábor Szalai", "g.szalai@hoefler-at.example")          # Werkleiter Pécs
    w("lea", "Lea Hoffmann", "l.hoffmann@hoefler-at.example")          # trainee, mentee
    w("schaefer", "Uwe Schäfer", "u.schaefer@hoefler-at.example")      # BR-Vorsitzender
    w("engel", "Markus Engel", "markus.engel@vantor-auto.example")     # Vantor SQE
    w("zimmermann", "Petra Zimmermann", "petra.zimmermann@vantor-auto.example")
    w("nordwerk", "Henrik Lindqvist", "henrik.lindqvist@nordwerk-trucks.example")
    w("auditor", "Dr. Claudia Weiß", "c.weiss@zertifizierung-sued.example")
    w("elasto", "Jürgen Maier", "j.maier@elastotec.example")
    w("demir", "Emre Demir", "emre.demir@mailbox.example")
    w("krueger", "Anja Krüger", "anja.krueger@mailbox.example")
    w("schuster", "Tobias Schuster", "t.schuster@mailbox.example")
    w("yilmaz", "Derya Yılmaz", "d.yilmaz@hoefler-at.example")
    w("hr_search", "Dr. Konstanze Roth", "k.roth@heller-roth.example")
    w("fk", "Führungskreis Werk HN", "fuehrungskreis-hn@hoefler-at.example", kind="group")
    w("sl", "Schichtleiter Werk HN", "schichtleiter-hn@hoefler-at.example", kind="group")
    w("br", "Betriebsrat Werk Heilbronn", "betriebsrat-hn@hoefler-at.example", kind="group", cutype="GROUP")
    w("anlauf", "Anlaufteam EAX-3", "anlauf-eax3@hoefler-at.example", kind="group")
    w("alle", "Alle Mitarbeitenden Werk HN", "alle-hn@hoefler-at.example", kind="group")
    w("r_eg02", "HN-Werkleitung Konferenz EG.02 (16)", "hn-konf-eg02@hoefler-at.example", kind="room",
      cutype="RESOURCE")
    w("r_107", "HN-Besprechungsraum 1.07 (10)", "hn-br-107@hoefler-at.example", kind="room", cutype="RESOURCE")
    w("r_board", "HN-Shopfloor Board Halle 3", "hn-shopfloor-h3@hoefler-at.example", kind="room")
    w("r_kantine", "HN-Kantine Saal (300)", "hn-kantine-saal@hoefler-at.example", kind="room")

    # ---- the weekly machine of running a plant --------------------------------------------
    p.ev("Tagesbesprechung Werk (Shopfloor)", "2026-01-05 07:30", 45,
         rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org="ralf", att=["me", "sl", "fk", "r_board"],
         loc="Shopfloor Board Halle 3", desc="Sicherheit, Qualität, Ausbringung Vortag, Rückstände, Personal.",
         booked="3w", exdate=["2026-10-30 07:30", "2026-11-20 07:30"], label=E,
         why="tägliche Produktionsrunde am Shopfloor-Board: laufendes Tagesgeschäft")\
        .occ("2026-11-10 07:30", me="DECLINED", booked="2026-11-09 18:12")
    p.ev("Jour fixe Werkleitung / GF Operations", "2026-01-12 16:00", 60, rrule="FREQ=WEEKLY;BYDAY=MO",
         org="birgit", att=["me"], conf="teams",
         desc="Agenda (Stefan): OEE, Liefertreue Vantor, Ausschusskosten, Personalstand, offene Entscheidungen.",
         booked="4w", label=E, why="Statusgespräch mit der eigenen Vorgesetzten, von ihr angesetzt")\
        .occ("2026-10-26 16:00", start="2026-10-27 17:00", booked="2026-10-23 11:30")\
        .occ("2026-11-23 16:00", summary="Jour fixe Werkleitung / GF - nur Footprint 2030",
             desc="Heute kein Statusteil: Birgit will Stefans Sicht auf die Standortfrage E-Achse ab 2028 "
                  "(Heilbronn oder Pécs) vor der Vorstandssitzung.", booked="2026-11-20 17:40",
             label=S, why="dieser Termin behandelt ausschließlich die Standortstrategie")
    p.ev("Führungskreis Werk HN", "2026-01-06 09:00", 120, rrule="FREQ=WEEKLY;BYDAY=TU", org="me",
         att=["fk", "r_eg02"], loc="HN-Werkleitung Konferenz EG.02",
         desc="1. Kennzahlen der Woche\n2. Berichte der Bereiche\n3. Maßnahmenliste\n4. Verschiedenes",
         booked="4w", label=E, why="wöchentliche Bereichsrunde: Kennzahlen und Maßnahmenverfolgung")\
        .occ("2026-10-13 09:00", start="2026-10-13 10:00", dur=60, booked="2026-10-09 14:00")
    p.ev("KPI-Review Qualität / Ausschuss", "2026-01-07 10:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE", org="jana",
         att=["me", "ralf", "felix", "r_107"], loc="HN-Besprechungsraum 1.07", desc="",
         booked="3w", exdate=["2026-11-25 10:00"], label=E, why="wöchentliche Kennzahlenrunde")
    p.ev("Liefertreue-Runde Vantor / Nordwerk", "2026-01-08 08:30", 60, rrule="FREQ=WEEKLY;BYDAY=TH",
         org="murat", att=["me", "brandt", "ralf"], conf="teams", desc=None,
         booked="3w", label=E, why="wöchentliche Lieferperformance-Runde")
    p.ev("Instandhaltung - Stillstandsplanung", "2026-01-07 14:00", 60,
         rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org="katrin", att=["me", "ralf"], loc="Büro Instandhaltung",
         desc="Geplante Stillstände, Ersatzteile, Wartungsfenster.", booked="3w",
         label=E, why="Planung laufender Wartungsarbeiten")
    p.ev("Projektreview Automatisierung Linie 7", "2026-01-08 14:00", 90,
         rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org="felix", att=["me", "ralf", "reiff", "r_107"],
         loc="HN-Besprechungsraum 1.07", desc="Projektstatus, Termine, Budget, Risiken.",
         booked="3w", label=E, why="Status eines laufenden Projekts")
    p.ev("Werksrundgang Halle 1-3", "2026-01-06 11:00", 30, rrule="FREQ=WEEKLY;BYDAY=TU,TH", desc=None,
         booked="3w", label=E, why="Rundgang durch die Produktion: Tagesgeschäft vor Ort")
    p.ev("Arbeitssicherheit - Begehung", "2026-01-09 11:00", 60, rrule="FREQ=WEEKLY;BYDAY=FR", org="sifa",
         att=["me", "ralf?"], loc="Treffpunkt Pforte Halle 1",
         desc="Wöchentliche Sicherheitsbegehung, Mängelliste.", booked="3w",
         label=E, why="wiederkehrende Begehung mit Mängelliste: laufender Betrieb")\
        .ex("2026-10-30 11:00", "2026-11-20 11:00")
    p.ev("Blocker - Freigaben / Unterschriften", "2026-01-09 14:00", 120, rrule="FREQ=WEEKLY;BYDAY=FR",
         desc="SAP-Freigaben, Bestellanforderungen, Reisekosten, Urlaubsanträge.", booked="3w",
         label=E, why="Verwaltungsblock für Freigaben: Tagesgeschäft")\
        .ex("2026-10-30 14:00", "2026-11-20 14:00")
    p.ev("Einkauf Jour fixe", "2026-01-12 14:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
         org="hartmann", att=["me"], conf="teams", desc=None, booked="3w",
         label=E, why="regelmäßige Abstimmung zu Lieferanten und Preisen")
    p.ev("Controlling - Monatsabschluss Werk HN", "2026-01-13 13:00", 120, rrule="FREQ=MONTHLY;BYDAY=2TU",
         org="reiff", att=["me", "fk"], loc="HN-Werkleitung Konferenz EG.02",
         desc="Ergebnis Vormonat, Abweichungen, Forecast.", booked="4w",
         label=E, why="monatliches Reporting")\
        .occ("2026-10-13 13:00", start="2026-10-15 13:00", booked="2026-10-06 10:20")
    p.ev("Betriebsrat - Monatsgespräch", "2026-01-08 13:00", 90, rrule="FREQ=MONTHLY;BYDAY=2TH",
         org="sabine", att=["me", "br", "schaefer", "r_107"], loc="HN-Besprechungsraum 1.07",
         desc="Monatsgespräch nach § 74 BetrVG.", booked="5w",
         label=E, why="regelmäßige Abstimmung mit dem Betriebsrat zu laufenden Themen")\
        .occ("2026-11-12 13:00", summary="Betriebsrat - Monatsgespräch / Zustimmung Sonderschichten KW 47/48",
             desc="Monatsgespräch nach § 74 BetrVG.\nTOP 1: Zustimmung des Betriebsrats zu Sonderschichten in "
                  "KW 47 und 48 (Samstage).", booked="2026-11-06 09:30")
    p.ev("Austausch Werkleiter HN / Pécs", "2026-01-21 09:30", 60, tz="Europe/Budapest",
         rrule="FREQ=MONTHLY;BYDAY=3WE", org="gabor", att=["me"], conf="teams", desc=None, booked="4w",
         label=E, why="Peer-Abstimmung zu Verlagerungen und Kapazitäten")
    p.ev("Vertriebsabstimmung Vantor (Key Account)", "2026-01-09 09:00", 60, rrule="FREQ=WEEKLY;BYDAY=FR",
         org="brandt", att=["me", "murat"], conf="teams", desc=None, booked="3w",
         label=E, why="wöchentliche Abstimmung zu Kundenabrufen")\
        .ex("2026-10-30 09:00", "2026-11-20 09:00")
    p.ev("Werkleiterrunde Höfler (alle Werke)", "2026-01-07 14:00", 120, rrule="FREQ=MONTHLY;BYDAY=1WE",
         org="birgit", att=["me", "gabor"], conf="teams", desc="Kennzahlen aller Werke, Verlagerungen, Termine.",
         booked="5w", label=E, why="monatliche Kennzahlenrunde aller Werke")
    # 1:1s with his own team: monthly
    p.ev("1:1 Ralf / Stefan", "2026-01-05 10:00", 60, rrule="FREQ=MONTHLY;BYDAY=1MO", org="me", att=["ralf"],
         loc="Büro Werkleitung", desc="Persönliche Entwicklung, Feedback, Unterstützung.",
         booked="4w", label=C, why="monatliches Einzelgespräch mit einem direkten Mitarbeiter")
    p.ev("1:1 Jana / Stefan", "2026-01-06 14:00", 60, rrule="FREQ=MONTHLY;BYDAY=1TU", org="me", att=["jana"],
         loc="Büro Werkleitung", desc="", booked="4w",
         label=C, why="monatliches Einzelgespräch mit einer direkten Mitarbeiterin")
    p.ev("1:1 Murat / Stefan", "2026-01-07 13:00", 60, rrule="FREQ=MONTHLY;BYDAY=1WE", org="me", att=["murat"],
         loc="Büro Werkleitung", desc=None, booked="4w",
         label=C, why="monatliches Einzelgespräch mit einem direkten Mitarbeiter")\
        .occ("2026-11-04 13:00", status="CANCELLED", summary="Abgesagt: 1:1 Murat / Stefan", booked="2026-11-04 08:10")
    p.ev("1:1 Katrin / Stefan", "2026-01-01 15:00", 60, rrule="FREQ=MONTHLY;BYDAY=1TH", org="me",
         att=["katrin"], loc="Büro Werkleitung", desc="Entwicklungsgespräch, Zielvereinbarung.", booked="2w",
         label=C, why="monatliches Einzelgespräch mit einer direkten Mitarbeiterin")\
        .occ("2026-11-05 15:00", start="2026-11-06 08:30", booked="2026-10-30 07:10")
    p.ev("1:1 Felix / Stefan", "2026-01-02 10:00", 60, rrule="FREQ=MONTHLY;BYDAY=1FR", org="me", att=["felix"],
         loc="Büro Werkleitung", desc="Feedback, Karriereweg Richtung Werkleitung Pécs?", booked="2w",
         label=C, why="monatliches Einzelgespräch mit einem direkten Mitarbeiter")\
        .occ("2026-10-02 10:00", start="2026-10-02 13:00", booked="2026-09-28 16:45")
    p.ev("Mentoring - Lea Hoffmann (Trainee-Programm)", "2026-03-20 12:00", 60, rrule="FREQ=MONTHLY;BYDAY=3FR",
         org="lea", att=["me"], loc="Kantine, Nebenraum", desc="Mentoring im Rahmen des Trainee-Programms.",
         booked="3w", label=C, why="er ist Mentor einer Trainee außerhalb seines Bereichs")\
        .occ("2026-11-20 12:00", me="DECLINED", booked="2026-11-12 17:05")

    # ---- October: SOP of the EAX-3 line, IATF audit --------------------------------------
    p.ev("Anlaufstab SOP E-Achse EAX-3", "2026-10-05 13:00", 45,
         rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261023T110000Z", org="felix",
         att=["me", "anlauf", "r_107"], loc="HN-Besprechungsraum 1.07",
         desc="Geplante tägliche Anlaufsteuerung während der SOP-Phase (Serienanlauf 05.10.). Kein Krisenstab: "
              "Stückzahlen gegen Hochlaufkurve, Qualitätsrate, offene Punkte, Lieferfreigaben.",
         booked="2026-09-14 10:00", label=E, why="lange im Voraus geplante Anlaufsteuerung: Ausführung")
    p.ev("SOP EAX-3 - Anlauffreigabe mit Vantor", "2026-10-02 10:00", 120, org="engel",
         att=["me", "felix", "jana", "brandt"], loc="Werk HN, EG.02",
         desc="Freigabe der Serienlieferung, PPAP-Status, offene Punkte.", booked="3w",
         label=E, why="Kundenfreigabe einer laufenden Lieferung")
    p.ev("Investitionsantrag Prüfstand PS-4 - Freigabe", "2026-10-08 15:00", 60, org="felix",
         att=["me", "reiff"], loc="Büro Werkleitung", desc="", booked="1w",
         label=E, why="Freigabe eines Investitionsantrags")
    p.ev("IATF 16949 Überwachungsaudit - Eröffnungsgespräch", "2026-10-13 08:30", 60, org="jana",
         att=["me", "fk", "auditor", "r_eg02"], loc="HN-Werkleitung Konferenz EG.02", desc="",
         booked="8w", label=E, why="Zertifizierungsaudit: laufender Betrieb")
    p.ev("IATF-Audit - Interview Werkleitung (Prozess Führung)", "2026-10-13 13:00", 90, org="jana",
         att=["me", "auditor"], loc="Büro Werkleitung", desc="", booked="8w",
         label=E, why="Auditgespräch")
    p.ev("IATF-Audit - Abschlussbesprechung", "2026-10-14 15:00", 90, org="jana",
         att=["me", "fk", "auditor", "r_eg02"], loc="HN-Werkleitung Konferenz EG.02", desc="",
         booked="8w", label=E, why="Auditergebnis")
    p.ev("Footprint 2030 - E-Achse Standortentscheidung (Vorbereitung Vorstand)", "2026-10-15 09:30", 150,
         org="birgit", att=["me", "gabor", "reiff"], conf="teams",
         desc="Welche Produktfamilien fertigen wir ab 2028 in Heilbronn, welche in Pécs? Szenarien, "
              "Investitionsbedarf, Empfehlung an den Vorstand.",
         booked="4w", label=S, why="Standort- und Portfolioentscheidung für die nächsten Jahre")
    p.ev("Sonderschicht Samstag - Eilabstimmung Betriebsrat", "2026-10-16 12:00", 30, org="sabine",
         att=["me", "schaefer"], loc="BR-Büro", desc="Rückstand EAX-3: Sonderschicht morgen, Zustimmung im Eilverfahren.",
         booked="2026-10-16 10:05", label=F, why="Eilzustimmung für eine kurzfristige Sonderschicht")
    p.ev("Lieferengpass Gussteile - Krisenrunde", "2026-10-19 08:15", 30,
         rrule="FREQ=DAILY;COUNT=4", org="hartmann", att=["me", "murat", "ralf"], conf="teams",
         desc="Gießerei Kessler & Sohn liefert nicht (Ofenschaden). Tägliche Krisenrunde: Bestände, "
              "Luftfracht, Ersatzlieferant.", booked="2026-10-19 06:55",
         label=F, why="Krisenrunde am selben Morgen angelegt, auf vier Tage begrenzt")
    p.ev("Kundenbesuch Nordwerk Trucks - Werksführung", "2026-10-22 14:00", 180, org="brandt",
         att=["me", "nordwerk", "ralf", "r_eg02"], loc="Empfang Werk HN",
         desc="Werksführung und Präsentation Getriebegehäuse für die neue Baureihe.", booked="3w",
         label=E, why="Kundentermin zu laufenden Lieferungen")
    p.ev("Budgetplanung 2027 - Kick-off", "2026-10-21 14:00", 120, org="reiff", att=["me", "fk"],
         loc="HN-Werkleitung Konferenz EG.02", desc="Zeitplan, Prämissen, Templates.", booked="3w",
         label=E, why="Budgetprozess")
    p.ev("Vorstellungsgespräch Schichtleiter Montage - Hr. Demir", "2026-10-07 15:00", 60, org="sabine",
         att=["me", "ralf", "demir"], loc="HN-Besprechungsraum 1.07", desc="Unterlagen im Bewerbermanagement.",
         booked="2w", label=C, why="Vorstellungsgespräch: Personalgewinnung")
    p.ev("Vorstellungsgespräch Teamleitung Qualitätsprüfung - Fr. Krüger", "2026-10-22 10:00", 60,
         org="sabine", att=["me", "jana", "krueger"], loc="HN-Besprechungsraum 1.07", desc="",
         booked="2w", label=C, why="Vorstellungsgespräch")
    p.ev("Störung Presse 4 - Telefonkonferenz", "2026-10-24 23:30Z", 180, org="ralf",
         att=["me", "katrin"], conf="teams",
         desc="Presse 4 steht, Hydraulikschaden. Nachtschicht ohne Teile für Montage EAX-3.",
         booked="2026-10-24 23:18Z", label=F, why="nächtliche Störungskonferenz, 12 Minuten vorher angelegt")
    p.ev("Lessons Learned SOP EAX-3 (Retrospektive)", "2026-10-29 09:30", 120, org="felix",
         att=["me", "anlauf", "r_107"], loc="HN-Besprechungsraum 1.07",
         desc="Was lief gut, was nicht, was ändern wir beim nächsten Anlauf? Moderation: Felix.",
         booked="2w", label=C, why="Retrospektive zur Prozessverbesserung")
    p.ev("Telko Vantor Einkauf - Preisgespräch 2027", "2026-10-27 10:30", 60, org="zimmermann",
         att=["me", "brandt"], conf="teams", desc=None, uidstyle="outlook", booked="1w",
         label=E, why="Kundengespräch zu laufenden Preisen")
    p.ev("Lieferantengespräch Elastotec (Dichtringe)", "2026-10-28 09:00", 60, org="hartmann",
         att=["me", "jana", "elasto"], loc="HN-Besprechungsraum 1.07", desc="", booked="2w",
         label=E, why="Lieferantengespräch zu laufenden Lieferungen")
    p.ev("Qualitätsalarm EAX-3 Porosität - Sperrung", "2026-10-07 09:30", 60, org="jana",
         att=["me", "felix", "ralf"], loc="Prüflabor", desc="Porosität an 14 Gehäusen, Sperrung der Charge. Entscheidung "
         "über Auslieferung heute.", booked="2026-10-07 08:25", label=F, why="kurzfristiger Qualitätsalarm")
    p.ev("Störung Presse 4 - Wiederanlauf (Krisenrunde)", "2026-10-26 08:15", 45, rrule="FREQ=DAILY;COUNT=3",
         org="katrin", att=["me", "ralf", "murat"], loc="Halle 2, Presse 4", desc="",
         booked="2026-10-26 06:40", label=F, why="Krisenrunde nach dem Pressenausfall, befristet auf drei Tage")
    p.ev("Kundeninfo Vantor - Lieferverzug EAX-3 (dringend)", "2026-10-26 11:00", 60, org="brandt",
         att=["me", "engel", "murat"], conf="teams", desc=None, booked="2026-10-26 09:30",
         label=F, why="dringende Kundeninformation wegen Lieferverzug")
    p.ev("Talent-Review Instandhaltung / Technik", "2026-10-23 13:00", 90, org="sabine", att=["me", "katrin", "felix"],
         loc="HN-Besprechungsraum 1.07", desc="", booked="5w",
         label=C, why="Entwicklungs- und Nachfolgeplanung")
    p.allday("Tag der Deutschen Einheit", "2026-10-03", booked="40w", busy="FREE", label=O, why="Feiertag")
    p.allday("Urlaub", "2026-10-30", booked="6w", busy="OOF", transp="OPAQUE", label=O, why="Urlaubstag")
    p.ev("Zahnarzt", "2026-10-09 07:00", 45, cls="PRIVATE", desc=None, booked="5w", label=O, why="privat")
    p.ev("Elternabend Klasse 7b", "2026-10-14 19:30", 90, cls="PRIVATE", loc="Theodor-Heuss-Gymnasium",
         desc="", booked="3w", label=O, why="privat")

    # ---- November: seal-ring complaint, budget, Klausur -----------------------------------
    p.ev("Rückstandsrunde Montage", "2026-10-26 13:00", 30, rrule="FREQ=WEEKLY;BYDAY=MO,WE,FR", org="ralf",
         att=["me", "murat", "sl"], loc="Shopfloor Board Halle 3", desc="", booked="2026-10-22 15:30",
         label=E, why="Rückstandsverfolgung in der Montage")\
        .ex("2026-10-30 13:00", "2026-11-20 13:00")
    p.ev("Eskalation Vantor - Q-Meldung 4471-22 Dichtring undicht", "2026-11-10 06:45", 45, org="brandt",
         att=["me", "jana", "engel", "zimmermann?"], conf="teams",
         desc="Vantor meldet undichte Dichtringe an EAX-3-Gehäusen (Q-Meldung 4471-22), Bandstillstand beim "
              "Kunden droht. Sofortmaßnahmen, Sortierung, Information an Vantor bis 10:00.",
         booked="2026-11-09 18:10", label=F, why="Eskalationsgespräch am Vorabend kurzfristig angesetzt, sehr früh")
    p.ev("8D Sofortmaßnahmen D3 - Sortieraktion Dichtringe", "2026-11-10 12:30", 30, rrule="FREQ=DAILY;COUNT=4",
         org="jana", att=["me", "ralf", "murat"], loc="Shopfloor Board Halle 3",
         desc="Stand Sortierung (Lager, Transit, Kunde), Ergebnisse Dichtheitsprüfung.",
         booked="2026-11-09 19:02", label=F, why="Eindämmungsrunde, am Vorabend angelegt, vier Tage")
    p.ev("Betriebsrat - Zustimmung Mehrarbeit Samstag 14.11. (Eilantrag)", "2026-11-11 16:30", 30,
         org="sabine", att=["me", "schaefer"], loc="BR-Büro", desc="",
         booked="2026-11-11 14:50", label=F, why="Eilantrag für Sortier-Sonderschicht, wenige Stunden vorher")
    p.ev("Krisenrunde - Sortierung beim Kunden (Drittfirma)", "2026-11-11 17:00", 45, org="jana",
         att=["me", "brandt"], conf="teams", desc=None,
         booked="2026-11-11 16:10", label=F, why="kurzfristige Krisenrunde")
    p.ev("Telefonat GF - Eskalation Vantor", "2026-11-12 19:00", 30, org="birgit", att=["me"], desc=None,
         booked="2026-11-12 18:40", label=F, why="abendlicher Anruf der GF wegen der Eskalation")
    p.ev("Eskalationsgespräch Vantor Einkauf - Stufe 2 (Controlled Shipping)", "2026-11-13 10:00", 90,
         org="zimmermann", att=["me", "brandt", "jana", "birgit"], loc="Vantor Automobile, Werk Neckarsulm, Geb. 12",
         desc="Vantor droht mit Controlled Shipping Level 2. Teilnahme Werkleitung und GF erforderlich.",
         booked="2026-11-11 09:40", label=F, why="Kundeneskalation, zwei Tage vorher angesetzt, dringend")
    p.ev("8D D4-D7: Ursachenanalyse Dichtring (Ishikawa, 5-Why)", "2026-11-19 13:00", 150, org="jana",
         att=["me", "felix", "elasto", "r_107"], loc="HN-Besprechungsraum 1.07",
         desc="Moderierte Ursachenanalyse: Ishikawa, 5-Why, Nachweis der Ursache, Abstellmaßnahmen und "
              "Übertrag auf andere Linien.", booked="2026-11-13 16:00",
         label=C, why="Ursachenanalyse zur Abstellung: Prozessverbesserung, kein Feuerlöschen")
    p.ev("Lessons Learned Q-Meldung 4471-22", "2026-11-26 09:45", 90, org="jana", att=["me", "fk"],
         loc="HN-Werkleitung Konferenz EG.02", desc="Was ändern wir im Prüfkonzept und in der Lieferantenfreigabe?",
         booked="2026-11-16 12:00", label=C, why="Lernen aus der Reklamation")
    p.ev("Budgetplanung 2027 - Werk HN", "2026-11-04 15:00", 120, rrule="FREQ=WEEKLY;COUNT=3;BYDAY=WE",
         org="reiff", att=["me", "fk"], loc="HN-Werkleitung Konferenz EG.02",
         desc="Kostenstellen, Personalbudget, Investitionen 2027.", booked="3w",
         label=E, why="Budgetplanung")
    p.ev("Task Force Dichtring - tägliche Abstimmung", "2026-11-10 16:30", 45,
         rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261120T160000Z", org="jana",
         att=["me", "ralf", "felix", "murat", "brandt"], conf="teams",
         desc="Task Force bis zur Aufhebung der Eskalation: Sortierergebnisse, Rückläufer, Kundenkommunikation.",
         booked="2026-11-10 09:20", label=F, why="Krisen-Task-Force am selben Tag angelegt, bis zur Entspannung befristet")
    p.ev("Vantor - täglicher Statuscall Controlled Shipping", "2026-11-16 08:15", 15,
         rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10", org="engel", att=["me", "jana", "brandt"],
         conf="teams", desc=None, booked="2026-11-13 13:10",
         label=F, why="täglicher Eskalations-Statuscall, vom Kunden nach der Eskalation angesetzt")
    p.ev("Talent-Review Führungskräfte Werk HN", "2026-11-16 09:00", 120, org="sabine", att=["me", "birgit"],
         loc="HN-Besprechungsraum 1.07", desc="Nachfolgeplanung, Potenzialträger, Entwicklungsmaßnahmen 2027.",
         booked="6w", label=C, why="Nachfolge- und Entwicklungsplanung für Führungskräfte")
    p.ev("Footprint 2030 - Review Vorstandsvorlage", "2026-11-23 10:00", 90, org="birgit",
         att=["me", "gabor", "reiff"], conf="teams",
         desc="Entwurf der Vorstandsvorlage: Verlagerungsszenarien, Empfehlung Standort E-Achse ab 2028.",
         booked="3w", label=S, why="Standortstrategie")
    p.ev("Nachtschicht-Runde (Werkleitung vor Ort)", "2026-11-18 22:00", 60, org="me", att=["sl"],
         loc="Halle 3", desc="Kurzinfo zur Lage Vantor, Fragen der Nachtschicht.", booked="1w",
         label=E, why="Information der Nachtschicht: laufender Betrieb, bewusst spät gelegt")
    p.ev("Hold - Werksstrategie 2030", "2026-11-04 08:30", 90,
         desc="Vorbereitung Zielbild Werk HN 2030 für die GF: Welche Produkte bleiben in Heilbronn, welche "
              "wandern nach Pécs, wo investieren wir?", booked="1w",
         label=S, why="geblockte Zeit für ein Zielbild des Werks: Strategie")
    p.ev("Hold", "2026-11-06 14:00", 120, transp="TRANSPARENT", desc=None, booked="3d",
         label=O, why="frei markierter Platzhalter ohne Inhalt")
    p.ev("Führungskräftetraining 'Führen im Wandel' - Modul 3", "2026-11-05 13:00", 240, org="sabine",
         att=["me", "fk"], loc="Akademie Heilbronn, Raum 2", desc="Modul 3: Feedbackkultur und schwierige Gespräche.",
         booked="10w", label=C, why="Führungskräftetraining")
    p.ev("Vorstellungsgespräch Instandhaltungsplaner - Hr. Schuster", "2026-11-17 15:00", 60, org="katrin",
         att=["me", "schuster", "sabine"], loc="HN-Besprechungsraum 1.07", desc="", booked="1w",
         label=C, why="Vorstellungsgespräch")
    p.ev("Vorstellungsgespräch Schichtleiterin - Fr. Yılmaz (intern)", "2026-11-24 11:30", 60, org="ralf",
         att=["me", "yilmaz"], loc="Büro Produktion", desc="", booked="1w",
         label=C, why="internes Vorstellungsgespräch")
    p.ev("Kundentermin Vantor - Abrufplanung 2027 (Serienvolumen)", "2026-11-18 13:30", 90, org="brandt",
         att=["me", "murat", "zimmermann", "engel"], conf="teams", desc=None, booked="3w",
         label=E, why="Kundentermin zu Liefermengen")
    p.ev("Energieeffizienz Werk HN - Lenkungskreis", "2026-11-24 14:00", 90, org="katrin",
         att=["me", "reiff", "felix"], loc="HN-Besprechungsraum 1.07", desc="Projektstatus Druckluft und Hallenlicht.",
         booked="5w", label=E, why="Lenkungskreis eines laufenden Projekts")
    p.ev("Betriebsversammlung Q4", "2026-11-25 09:00", 120, org="schaefer", att=["alle", "me", "r_kantine"],
         loc="Kantine Saal", desc="TOP 2: Bericht der Werkleitung zur wirtschaftlichen Lage und Auftragslage.",
         booked="8w", me="NEEDS-ACTION", label=E, why="Pflichtbericht der Werkleitung an die Belegschaft")
    p.ev("Strategieklausur Führungskreis", "2026-11-20 08:30", 480, org="me", att=["fk"],
         loc="Hotel Schlossberg, Neckarsulm",
         desc="Agenda:\n1. KPI-Ziele 2027 je Bereich\n2. Maßnahmenplan mit Verantwortlichen und Terminen\n"
              "3. Budgetrahmen 2027\n4. Standards Shopfloor-Management\nAbendessen 19:00",
         booked="9w", label=E, why="trotz des Titels: Zielwerte, Termine und Budget, keine Richtungsentscheidung")
    p.ev("Skip-Level Frühstück mit Schichtleitern", "2026-11-27 07:00", 60, org="me", att=["sl"],
         loc="Kantine", desc="Offener Austausch ohne Bereichsleitungen: Stimmung, Belastung, Ideen.",
         booked="2w", label=C, why="Skip-Level-Gespräch zur Führungskultur")
    p.ev("Intro - Heller & Roth Executive Search", "2026-11-09 14:00", 45, org="sabine", att=["me", "hr_search"],
         conf="teams", desc="Suche Nachfolge Leitung Logistik (Murat wechselt 2027 nach Pécs).", booked="1w",
         label=C, why="Personalsuche für eine Führungsposition")
    p.allday("Allerheiligen", "2026-11-01", booked="40w", busy="FREE", label=O, why="Feiertag")
    p.ev("Elternsprechtag", "2026-11-19 17:00", 60, cls="PRIVATE", desc=None, booked="2w", label=O, why="privat")
    return p


@persona
def valentina_rios():
    """Mercalia, an online retailer founded in Madrid that sells in Spain, Mexico and Colombia.
    Valentina Ríos Castañeda is Gerente de Operaciones of the Tultitlán fulfilment centre (CEDIS)
    north of Mexico City: about 420 people over three shifts. She reports to Jorge Ibarra,
    Director de Operaciones LatAm, who sits in Madrid, and leads four shift/area heads plus a
    continuous-improvement analyst. November 2026 is peak season: Buen Fin (13-16 Nov), then
    Black Friday / Cyber Monday (27-30 Nov); the war rooms for both were planned in October.
    The WMS goes down for a day on 18 Nov. A balanced month for a frontline operations manager.
    Exported from Google Calendar."""
    p = Persona(slug="valentina-rios", name="Valentina Ríos Castañeda", email="valentina.rios@mercalia.example",
                role="manager", title="Gerente de Operaciones CEDIS Tultitlán", tz="America/Mexico_City",
                style="google", lang="es", industry="e-commerce (online retail, Spain and Latin America)",
                months=["2026-11"], expected="fits", manager="jorge",
                reports=["ricardo", "analucia", "fernando", "daniela", "karla"], exported="2026-12-01 09:05")
    p.phone = "(MX) +52 55 8421 0937"
    w = p.who
    w("jorge", "Jorge Ibarra Salcedo", "jorge.ibarra@mercalia.example")
    w("ricardo", "Ricardo Mendoza", "ricardo.mendoza@mercalia.example")
    w("analucia", "Ana Lucía Herrera", "analucia.herrera@mercalia.example")
    w("fernando", "Fernando Castillo", "fernando.castillo@mercalia.example")
    w("daniela", "Daniela Ortega", "daniela.ortega@mercalia.example")
    w("karla", "Karla Jiménez", "karla.jimenez@mercalia.example")
    w("sebastian", "Sebastián Moreno", "sebastian.moreno@mercalia.example")   # gerente CEDIS Monterrey
    w("lucia", "Lucía Paredes", "lucia.paredes@mercalia.example")             # atención a clientes, Bogotá
    w("ignacio", "Ignacio Ferrer", "ignacio.ferrer@mercalia.example")         # producto WMS, Madrid
    w("mariana", "Mariana Quiroga", "mariana.quiroga@mercalia.example")       # RH
    w("rodrigo", "Rodrigo Salas", "rodrigo.salas@mercalia.example")           # finanzas
    w("cfo", "Beatriz Olmedo", "beatriz.olmedo@mercalia.example")             # CFO, Madrid
    w("planning", "Álvaro Gil", "alvaro.gil@mercalia.example")                # planificación de demanda, Madrid
    w("seguridad", "Ernesto Vázquez", "ernesto.vazquez@mercalia.example")
    w("diego", "Diego Ramírez", "diego.ramirez@mercalia.example")             # trainee, no report
    w("hector", "Héctor Villalobos", "hvillalobos@pra-logistica.example")
    w("stockwise", "Emily Carter", "emily.carter@stockwise.example")
    w("logiflex", "Tomás Aranda", "tomas.aranda@logiflex-robotics.example")
    w("brisa", "Gabriela Fuentes", "compras@grupobrisa.example")
    w("aseguradora", "Luis Ocampo", "l.ocampo@seguros-altavista.example")
    w("paola", "Paola Núñez", "paola.nunez@correo.example")
    w("joaquin", "Joaquín Treviño", "joaquin.trevino@correo.example")
    w("marisol", "Marisol Cárdenas", "marisol.cardenas@correo.example")
    w("supervisores", "Supervisores CEDIS", "supervisores-cedis@mercalia.example", kind="group")
    w("equipo", "Equipo CEDIS Tultitlán", "cedis-tultitlan@mercalia.example", kind="group", cutype="GROUP")
    w("opslatam", "Operaciones LatAm", "ops-latam@mercalia.example", kind="group")
    w("todos", "Mercalia México (todos)", "todos-mx@mercalia.example", kind="group", cutype="GROUP")
    w("r_anden", "CEDIS-Tultitlán-PB-Sala Andén (10)", "c_1889f2a7b3d4e6@resource.calendar.google.com",
      kind="room", cutype="RESOURCE")
    w("r_chapu", "CEDIS-Tultitlán-1-Sala Chapultepec (6)", "c_1889a41c05e9b2@resource.calendar.google.com",
      kind="room", cutype="RESOURCE")
    w("r_capac", "Aula de capacitación CEDIS", "aula.capacitacion@mercalia.example", kind="room")

    # ---- daily and weekly operations ------------------------------------------------------
    p.ev("Junta de arranque de turno", "2026-02-02 07:45", 15, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
         org="analucia", att=["me", "supervisores"], loc="Andén 1 - pizarrón de indicadores", desc="",
         booked="3w", exdate=["2026-11-02 07:45"], label=E, why="junta diaria de arranque de turno: operación del día")\
        .occ("2026-11-18 07:45", summary="Arranque de turno - CONTINGENCIA WMS (surtido manual)", dur=30,
             desc="El WMS no libera olas. Plan de surtido manual con listas impresas.", booked="2026-11-18 07:05",
             label=F, why="la junta de ese día se dedica a la contingencia del incidente")
    p.ev("Revisión semanal de KPIs CEDIS", "2026-02-02 10:00", 90, rrule="FREQ=WEEKLY;BYDAY=MO", org="me",
         att=["supervisores", "karla", "r_anden"],
         desc="Productividad por hora, exactitud de inventario, nivel de servicio de paquetería, ausentismo.",
         booked="3w", exdate=["2026-11-02 10:00"], label=E, why="revisión semanal de indicadores con su equipo")\
        .occ("2026-11-16 10:00", start="2026-11-16 11:00", booked="2026-11-06 12:20")
    p.ev("1:1 Jorge / Valentina", "2026-02-03 17:00", 45, tz="Europe/Madrid", rrule="FREQ=WEEKLY;BYDAY=TU",
         org="jorge", att=["me"], conf="meet",
         desc="Mis pendientes (Valentina): productividad por hora, backlog de devoluciones, presupuesto 2027, "
              "preparación de temporada alta.",
         booked="2w", label=E, why="seguimiento semanal con su propio jefe, que él organiza: pendientes y avances")
    p.ev("Operaciones LatAm - sync quincenal", "2026-02-04 16:00", 60, tz="Europe/Madrid",
         rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org="jorge", att=["opslatam", "me", "sebastian"], conf="meet", desc=None,
         booked="2w", label=E, why="sincronización quincenal de operaciones entre países")
    p.ev("Forecast semanal con Planificación (Madrid)", "2026-03-02 16:00", 45, tz="Europe/Madrid",
         rrule="FREQ=WEEKLY;BYDAY=MO", org="planning", att=["me", "sebastian"], conf="meet",
         desc="Pronóstico de volumen por semana y por canal.", booked="3w",
         label=E, why="revisión del pronóstico de volumen para planear la operación")\
        .occ("2026-11-09 16:00", status="CANCELLED", summary="Cancelado: Forecast semanal (festivo en Madrid - Almudena)",
             booked="2026-11-05 12:00")\
        .occ("2026-11-02 16:00", me="DECLINED", booked="2026-10-29 18:30")\
        .occ("2026-11-16 16:00", me="DECLINED", booked="2026-11-13 08:10")
    p.ev("Comité de inventarios - conteo cíclico", "2026-03-05 16:00", 60, rrule="FREQ=WEEKLY;BYDAY=TH",
         org="fernando", att=["me", "karla", "r_chapu"], desc="Diferencias del conteo cíclico, ajustes a aprobar.",
         booked="3w", label=E, why="revisión y aprobación de ajustes de inventario")
    p.ev("Recorrido de seguridad e higiene", "2026-03-06 08:30", 60, rrule="FREQ=WEEKLY;BYDAY=FR", org="seguridad",
         att=["me", "supervisores"], loc="Punto de reunión - acceso principal", desc="",
         booked="3w", label=E, why="recorrido semanal de seguridad: operación")
    p.ev("Revisión de productividad - picking", "2026-09-01 15:00", 45, rrule="FREQ=WEEKLY;BYDAY=TU",
         org="analucia", att=["me", "karla"], loc="Sala Chapultepec", desc=None,
         booked="2w", label=E, why="seguimiento de productividad de la operación")
    p.ev("Revisión de capacidad con PRA Logística", "2026-09-09 11:00", 60,
         rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org="hector", att=["me", "analucia"], uidstyle="outlook",
         desc="Capacidad de recolección por día, ventanas de andén, desempeño de entregas.", booked="2w",
         label=E, why="llamada recurrente con la paquetería sobre el servicio en curso")
    p.ev("Planeación Buen Fin - seguimiento", "2026-10-01 12:00", 60, rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=7",
         org="me", att=["supervisores", "karla", "mariana"], conf="meet",
         desc="Plan de temporada: personal temporal, turnos, capacidad de paquetería, simulacro de volumen.",
         booked="2026-09-20 10:00", label=E, why="seguimiento del plan de temporada alta")

    # ---- her team: weekly 1:1s (coaching) -------------------------------------------------
    p.ev("1:1 Ricardo / Valentina", "2026-02-02 12:00", 45, rrule="FREQ=WEEKLY;BYDAY=MO", org="me",
         att=["ricardo"], desc="Espacio de Ricardo: desarrollo, retos del equipo de recibo, retroalimentación.",
         booked="2w", exdate=["2026-11-02 12:00"], label=C, why="1:1 semanal de desarrollo con un reporte directo")\
        .occ("2026-11-16 12:00", status="CANCELLED", booked="2026-11-11 09:30")
    p.ev("1:1 Ana Lucía / Valentina", "2026-02-03 12:00", 45, rrule="FREQ=WEEKLY;BYDAY=TU", org="me",
         att=["analucia"], desc="", booked="2w", label=C, why="1:1 semanal con una reporte directa")
    p.ev("1:1 Fernando / Valentina", "2026-02-04 12:00", 45, rrule="FREQ=WEEKLY;BYDAY=WE", org="me",
         att=["fernando"], desc=None, booked="2w", label=C, why="1:1 semanal con un reporte directo")\
        .occ("2026-11-18 12:00", start="2026-11-19 17:00", booked="2026-11-18 08:10")
    p.ev("1:1 Daniela / Valentina", "2026-02-05 11:00", 45, rrule="FREQ=WEEKLY;BYDAY=TH", org="me",
         att=["daniela"], desc="Plan de desarrollo de Daniela (diplomado en logística inversa), temas del equipo.",
         booked="2w", label=C, why="1:1 semanal de desarrollo")\
        .occ("2026-11-26 11:00", start="2026-11-26 13:00", booked="2026-11-25 17:40")
    p.ev("1:1 Karla / Valentina", "2026-08-04 09:00", 30, rrule="FREQ=WEEKLY;BYDAY=TU", org="me", att=["karla"],
         desc="Karla es nueva en el puesto: prioridades, proyecto Green Belt, dudas.", booked="1w",
         label=C, why="1:1 de acompañamiento a una reporte nueva en el puesto")\
        .occ("2026-11-17 09:00", status="CANCELLED", booked="2026-11-17 08:05")
    p.ev("Mentoría - Diego Ramírez (programa de trainees)", "2026-09-10 17:00", 45,
         rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org="diego", att=["me"], conf="meet", desc=None,
         booked="2w", label=C, why="mentoría a un trainee de otra área")

    # ---- Buen Fin and Black Friday: planned war rooms ---------------------------------------
    p.ev("War room Buen Fin", "2026-11-13 09:00", 90, rrule="FREQ=DAILY;COUNT=4", org="me",
         att=["supervisores", "karla", "hector", "lucia", "r_anden"], conf="meet",
         desc="Sala de control planeada para el Buen Fin (13-16 nov): volumen por hora contra plan, capacidad de "
              "picking y empaque, cortes de paquetería, escalaciones de atención a clientes.\nNo es una sala de "
              "crisis: es el seguimiento diario planeado desde octubre.",
         booked="2026-10-15 13:00", label=E, why="sala de control planeada con un mes de anticipación: ejecución")
    p.ev("Corte del día - Buen Fin", "2026-11-13 18:00", 30, rrule="FREQ=DAILY;COUNT=4", org="analucia",
         att=["me", "supervisores"], loc="Sala Andén", desc="Cierre de volumen y arranque del turno nocturno.",
         booked="2026-10-15 13:20", label=E, why="cierre diario planeado de la temporada")
    p.ev("War room Black Friday / Cyber Monday", "2026-11-27 09:00", 60, rrule="FREQ=DAILY;COUNT=4", org="me",
         att=["supervisores", "karla", "hector", "r_anden"], conf="meet",
         desc="Seguimiento planeado del Black Friday al Cyber Monday, mismo formato que Buen Fin.",
         booked="2026-11-03 10:30", label=E, why="seguimiento planeado de la temporada")

    # ---- budget, reviews, vendors --------------------------------------------------------
    p.ev("Presupuesto 2027 - CEDIS Tultitlán", "2026-11-04 16:00", 120, rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=2",
         org="rodrigo", att=["me", "fernando"], conf="meet", desc="Plantilla, horas extra, renta de equipos, "
         "consumibles.", booked="4w", label=E, why="presupuesto operativo")
    p.ev("Planeación de turnos - temporada alta", "2026-11-03 13:00", 90, org="mariana",
         att=["me", "analucia", "ricardo"], loc="Sala Chapultepec", desc="", booked="2w",
         label=E, why="planeación de turnos y personal temporal")
    p.ev("Revisar cotización de montacargas eléctricos", "2026-11-10 13:00", 30, org="me", att=["fernando"],
         desc=None, booked="30m", label=E, why="revisión ordinaria, agendada media hora antes")
    p.ev("Stockwise - roadmap de releases del WMS", "2026-11-12 16:00Z", 60, org="stockwise",
         att=["me", "ignacio"], uidstyle="zoom", conf="zoom", desc=None, booked="3w",
         label=E, why="llamada con el proveedor sobre entregas en curso")
    p.ev("Visita de Jorge Ibarra - recorrido y revisión de indicadores", "2026-11-19 09:00", 240, org="jorge",
         att=["me", "supervisores", "r_anden"], loc="CEDIS Tultitlán",
         desc="Recorrido por la operación, indicadores de Buen Fin, plan para Black Friday.",
         booked="3w", label=E, why="visita de su jefe para revisar la operación")
    p.ev("Auditoría interna de inventario - cierre", "2026-11-25 10:00", 120, org="fernando",
         att=["me", "rodrigo"], loc="Sala Chapultepec", desc="", booked="3w",
         label=E, why="cierre de una auditoría de inventario")
    p.ev("Town hall mensual México", "2026-11-26 17:00", 60, org="mariana", att=["todos", "me"], conf="meet",
         desc="Resultados de octubre y avance de metas del año.", booked="5w", me="NEEDS-ACTION",
         label=E, why="reporte mensual de resultados a toda la compañía")
    p.ev("Checkpoint Buen Fin - personal temporal", "2026-11-09 16:00", 60, org="mariana",
         att=["me", "analucia"], conf="meet", desc=None, booked="1w", label=E, why="seguimiento de contratación temporal")

    p.ev("Backlog de devoluciones - revisión", "2026-09-02 17:00", 30, rrule="FREQ=WEEKLY;BYDAY=MO,WE,FR",
         org="daniela", att=["me"], loc="Nave 3 - devoluciones", desc="", booked="2w", exdate=["2026-11-02 17:00"],
         label=E, why="seguimiento del rezago de devoluciones")
    p.ev("Ventanas de andén Black Friday - transportistas", "2026-11-20 16:00", 60, org="analucia",
         att=["me", "hector"], conf="meet", desc=None, booked="1w", label=E, why="coordinación operativa con transportistas")
    p.ev("Cierre de mes - reporte a Madrid", "2026-11-30 17:00", 60, org="me", att=["karla", "fernando"],
         desc="Preparar el reporte mensual de indicadores para Jorge.", booked="1w",
         label=E, why="reporte mensual")
    p.ev("Corte de energía - planta de emergencia", "2026-11-05 18:30", 60, org="ricardo", att=["me", "seguridad"],
         loc="Subestación", desc="Corte de CFE en la zona; planta de emergencia sin arrancar.",
         booked="2026-11-05 18:12", label=F, why="emergencia atendida de inmediato")
    p.ev("Llamada - Héctor Villalobos (PRA)", "2026-11-26 12:00", 30, org="hector", att=["me"],
         uidstyle="outlook", desc="Tarifas de temporada y recolecciones extra para Black Friday.", booked="2d",
         label=E, why="llamada de dos personas con el proveedor sobre el servicio en curso")
    p.ev("Bloqueado", "2026-11-04 13:00", 60, desc=None, booked="1d", label=O,
         why="bloque opaco sin contenido")
    # ---- crises -------------------------------------------------------------------------------
    p.ev("Robo en andén 4 - reunión con seguridad y aseguradora", "2026-11-09 17:00", 60, org="seguridad",
         att=["me", "aseguradora"], loc="Sala Chapultepec",
         desc="Faltante de 2 tarimas de electrónica detectado el viernes. Denuncia, reclamo al seguro, medidas "
              "inmediatas.", booked="2026-11-07 10:15", label=F,
         why="incidente urgente; la reunión se agendó dos días antes pero responde a una emergencia")
    p.ev("Revisión post-sismo de racks", "2026-11-12 12:05", 90, org="me", att=["fernando", "seguridad", "supervisores"],
         loc="Nave 2", desc="Sismo de 5.8 a las 11:38. Revisión estructural de racks antes de reanudar el surtido.",
         booked="2026-11-12 11:41", label=F, why="reacción inmediata a un sismo")
    p.ev("Escalamiento PRA - entregas atrasadas Buen Fin", "2026-11-17 09:00", 60, org="me",
         att=["hector", "lucia", "analucia"], conf="meet",
         desc="3,200 guías sin primera visita. Plan de recuperación hoy.", booked="2026-11-17 08:02",
         label=F, why="escalamiento urgente con la paquetería, agendado una hora antes")
    p.ev("Incidente WMS - sala de crisis", "2026-11-18 07:30", 45, rrule="FREQ=HOURLY;INTERVAL=4;COUNT=3",
         org="me", att=["ignacio", "supervisores", "stockwise", "karla"], conf="meet",
         desc="INC-2291: el WMS no libera olas de surtido desde las 06:10. Operación en contingencia manual.",
         booked="2026-11-18 06:58", label=F, why="sala de crisis creada media hora antes, tres sesiones el mismo día")
    p.ev("Reclamo urgente - Grupo Hotelero Brisa (pedido corporativo)", "2026-11-23 16:00", 60, org="lucia",
         att=["me", "brisa", "daniela"], conf="meet", desc=None, booked="2026-11-23 14:05",
         label=F, why="reclamo urgente de un cliente, agendado dos horas antes")
    p.ev("Falla en sorter - revisión con mantenimiento", "2026-11-25 07:10", 50, org="ricardo",
         att=["me"], loc="Nave 1 - sorter", desc="", booked="2026-11-25 06:32",
         label=F, why="falla de equipo atendida de inmediato")

    # ---- developing the team, improving the process ----------------------------------------
    p.ev("Entrevista - Supervisor(a) de turno nocturno: Paola Núñez", "2026-11-04 10:00", 60, org="mariana",
         att=["me", "paola"], loc="Sala Chapultepec", desc="CV adjunto.", booked="1w",
         label=C, why="entrevista de contratación")
    p.ev("Entrevista - Supervisor(a) de turno nocturno: Joaquín Treviño", "2026-11-05 13:00", 60, org="mariana",
         att=["me", "joaquin"], conf="meet", desc=None, booked="1w", label=C, why="entrevista de contratación")
    p.ev("Entrevista - Analista de inventarios: Marisol Cárdenas", "2026-11-11 10:00", 60, org="fernando",
         att=["me", "marisol"], loc="Sala Chapultepec", desc="", booked="1w", label=C, why="entrevista de contratación")
    p.ev("Bienvenida e inducción - supervisores temporales de temporada", "2026-11-06 10:00", 120, org="mariana",
         att=["me", "equipo", "r_capac"], loc="Aula de capacitación CEDIS",
         desc="Inducción de los 12 supervisores temporales: seguridad, procesos, WMS.", booked="3w",
         label=C, why="inducción de personal nuevo")
    p.ev("Capacitación: Liderazgo de primera línea - sesión 3", "2026-11-10 14:00", 240, org="mariana",
         att=["me", "supervisores", "r_capac"], loc="Aula de capacitación CEDIS",
         desc="Valentina facilita el módulo de retroalimentación y conversaciones difíciles.", booked="6w",
         label=C, why="formación de líderes de su operación")
    p.ev("Retrospectiva Buen Fin", "2026-11-19 16:00", 120, org="karla", att=["me", "supervisores", "r_anden"],
         loc="Sala Andén", desc="¿Qué funcionó, qué no, qué cambiamos para Black Friday?", booked="2026-11-16 20:10",
         label=C, why="retrospectiva para mejorar el proceso")
    p.ev("Kaizen - rediseño de la zona de devoluciones", "2026-11-20 10:30", 210, org="karla",
         att=["me", "daniela", "equipo"], loc="Nave 3 - devoluciones",
         desc="Evento kaizen: mapeo de flujo de valor, layout nuevo, estándar de trabajo.", booked="4w",
         label=C, why="mejora de proceso")
    p.ev("Post-mortem INC-2291 caída del WMS", "2026-11-24 10:00", 90, org="ignacio",
         att=["me", "karla", "stockwise", "supervisores"], conf="meet",
         desc="Formato sin culpables: línea de tiempo, 5 porqués, acciones preventivas y dueños.",
         booked="2026-11-19 12:30", label=C, why="análisis de causa raíz sin culpables después del incidente")
    p.ev("Calibración de evaluaciones de desempeño - supervisores", "2026-11-26 15:00", 120, org="mariana",
         att=["me", "sebastian"], conf="meet", desc=None, booked="3w",
         label=C, why="evaluación de desempeño de su equipo")
    p.ev("Asesoría proyecto Green Belt - Karla", "2026-11-05 15:00", 60, org="karla", att=["me"],
         loc="Sala Chapultepec", desc="Revisión de la fase Analizar del proyecto de exactitud de inventario.",
         booked="1w", label=C, why="acompañamiento del proyecto de mejora de una reporte")

    p.ev("Sesión de coaching - Ana Lucía (plan de sucesión)", "2026-11-12 09:00", 60, org="me", att=["analucia"],
         loc="Sala Chapultepec", desc="Plan de desarrollo hacia gerente de turno: brechas y siguiente rol.",
         booked="2w", label=C, why="coaching de carrera con una reporte")
    p.ev("Desayuno skip-level con líderes del turno nocturno", "2026-11-12 06:30", 60, org="me",
         att=["equipo"], loc="Comedor CEDIS", desc="Escuchar al turno nocturno sin sus supervisores.",
         booked="1w", label=C, why="skip-level para conocer el clima del equipo")
    p.ev("Formación WMS - train the trainer (nuevas funciones)", "2026-11-26 08:30", 120, org="ignacio",
         att=["me", "karla", "supervisores", "r_capac"], loc="Aula de capacitación CEDIS", desc="",
         booked="3w", label=C, why="formación")
    p.ev("Retroalimentación - supervisores temporales", "2026-11-23 11:00", 90, org="me",
         att=["equipo", "r_capac"], loc="Aula de capacitación CEDIS",
         desc="Ronda de retroalimentación individual (15 min c/u) después de Buen Fin.", booked="1w",
         label=C, why="retroalimentación y desarrollo del personal")
    p.ev("Onboarding - Joaquín Treviño (supervisor nocturno)", "2026-11-30 14:00", 120, org="me",
         att=["joaquin", "analucia"], loc="CEDIS Tultitlán", desc="Primer día: recorrido, expectativas, plan 30-60-90.",
         booked="6d", label=C, why="incorporación de un nuevo supervisor")
    p.ev("Entrevista final - Paola Núñez (con RH)", "2026-11-11 16:00", 60, org="mariana",
         att=["me", "paola"], conf="meet", desc=None, booked="4d", label=C, why="entrevista de contratación")
    p.ev("Capacitación brigadas de emergencia (protección civil)", "2026-11-03 16:00", 120, org="seguridad",
         att=["me", "equipo", "r_capac"], loc="Aula de capacitación CEDIS", desc="Curso anual obligatorio: evacuación, "
         "primeros auxilios, uso de extintores.", booked="5w", label=C, why="capacitación")
    # ---- where the operation goes next -----------------------------------------------------
    p.ev("Planeación 2027 - red logística México (¿segundo CEDIS?)", "2026-11-06 16:00", 120, tz="Europe/Madrid",
         org="jorge", att=["me", "cfo", "sebastian"], conf="meet",
         desc="Decidir si abrimos un segundo CEDIS en el Bajío o ampliamos Tultitlán. Escenarios de demanda 2027-2029, "
              "costo de última milla, inversión.", booked="4w",
         label=S, why="decisión de red logística a varios años")
    p.ev("Hold - propuesta automatización CEDIS 2027-2029", "2026-11-11 14:30", 150,
         desc="Tiempo para escribir la propuesta al comité: visión a 3 años del CEDIS, automatización (AMR, sorter) "
              "vs. crecer con personal, retorno esperado.", booked="1w",
         label=S, why="tiempo de reflexión para una propuesta de dirección a 3 años")\
        .occ("2026-11-11 14:30", summary="Hold - propuesta automatización (borrador 1)", booked="2026-11-10 19:00")
    p.ev("Hold - propuesta automatización (borrador 2)", "2026-11-25 15:00", 120,
         desc="Terminar escenarios y recomendación.", booked="6d",
         label=S, why="continuación de la propuesta estratégica")
    p.ev("Intro - Logiflex Robotics (AMR)", "2026-11-17 11:00", 60, org="logiflex", att=["me", "karla"],
         uidstyle="zoom", conf="zoom", desc="Llamada exploratoria para el roadmap de automatización 2027-2029.",
         booked="2w", label=S, why="exploración de una alianza tecnológica para la visión a 3 años")
    p.ev("OKR session 2027 - Operaciones MX", "2026-11-24 15:00", 180, org="me",
         att=["supervisores", "karla", "r_anden"], loc="Sala Andén",
         desc="Definir los 3 objetivos 2027 de la operación en México y su nivel de ambición "
              "(¿entrega el mismo día en CDMX?).", booked="3w",
         label=S, why="definición de objetivos anuales de su operación")

    p.ev("Taller: modelo de última milla 2027 (flota propia vs. paqueterías)", "2026-11-30 11:00", 120,
         tz="America/Mexico_City", org="jorge", att=["me", "lucia", "sebastian", "cfo"], conf="meet",
         desc="Decidir el modelo de última milla para 2027-2028 en CDMX y Monterrey: flota propia, paqueterías o mixto.",
         booked="3w", label=S, why="decisión de modelo operativo a varios años")
    p.ev("Lunch - Sebastián Moreno", "2026-11-12 14:30", 90, org="sebastian", att=["me"],
         loc="Fonda Santa Clara, Perinorte",
         desc="Comida de trabajo: comparar escenarios de red 2027 (Bajío vs. ampliar Tultitlán) antes del comité "
              "con Jorge.", booked="6d",
         label=S, why="comida de trabajo dedicada a la decisión de red logística")
    # ---- personal, holidays --------------------------------------------------------------------
    p.ev("Comida", "2026-02-02 14:30", 45, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", desc=None, booked="3w",
         exdate=["2026-11-02 14:30", "2026-11-12 14:30"], label=O, why="comida")
    p.ev("Gym", "2026-03-03 06:30", 60, rrule="FREQ=WEEKLY;BYDAY=TU,TH", transp="TRANSPARENT", desc=None,
         booked="2w", label=O, why="personal")
    p.allday("Día de Muertos - día libre", "2026-11-02", transp="OPAQUE", booked="8w", label=O, why="día libre")
    p.allday("Día de la Revolución (feriado)", "2026-11-16", booked="30w", label=O, why="feriado")
    p.ev("Festival escolar de Sofía", "2026-11-20 08:30", 90, cls="PRIVATE", loc="Colegio Miraflores",
         desc=None, booked="2w", label=O, why="personal")
    p.ev("Cena con Jorge y el equipo", "2026-11-19 20:00", 120, org="me", att=["jorge", "supervisores"],
         loc="Restaurante El Mirador, Satélite", desc="", booked="1w", label=O, why="cena social")
    p.ev("Dentista", "2026-11-21 10:00", 60, cls="PRIVATE", desc=None, booked="3w", label=O, why="personal")
    return p


@persona
def nathan_caldwell():
    """Lumengrid, B2B SaaS for electric-utility field operations (outage management, crew dispatch),
    ~260 people, head office San Francisco, customers in the US, Australia, Japan and Singapore.
    Nathan Caldwell is co-founder and CEO. Direct reports: CFO Rachel Kim, CTO Arjun Mehta, CRO Tom
    Becker, VP People Gabriela Soto, VP Customer Success APAC Mei Lin Tan (Singapore) and GM ANZ
    Liam O'Connor (Sydney). November 2026: a two-day FY27 strategy offsite, the Q4 board meeting,
    "Project Sakura" (possible acquisition of the Japanese competitor Hoshino Grid), a 3-year plan
    memo, pricing v3, growth-equity intros. He skips most pipeline reviews and leaves the running of
    the company to his team. A Sev1 outage at Coastal Power Networks (Australia) on 16 Nov.
    DST ends 1 Nov in Los Angeles while Sydney is on summer time: APAC meetings move on his clock.
    Exported from Google Calendar."""
    p = Persona(slug="nathan-caldwell", name="Nathan Caldwell", email="nathan@lumengrid.example",
                role="executive", title="Co-founder & CEO", tz="America/Los_Angeles", style="google", lang="en",
                industry="B2B SaaS (utility field operations software, US with APAC customers)",
                months=["2026-11"], expected="over-planning", manager=None,
                reports=["rachel", "arjun", "tom", "gabriela", "meilin", "liam"], exported="2026-12-01 18:30")
    p.phone = "(US) +1 415-906-2218"
    w = p.who
    w("rachel", "Rachel Kim", "rachel@lumengrid.example")
    w("arjun", "Arjun Mehta", "arjun@lumengrid.example")
    w("tom", "Tom Becker", "tom.becker@lumengrid.example")
    w("gabriela", "Gabriela Soto", "gabriela@lumengrid.example")
    w("meilin", "Mei Lin Tan", "meilin.tan@lumengrid.example")
    w("liam", "Liam O'Connor", "liam.oconnor@lumengrid.example")
    w("ea", "Sophie Grant", "sophie.grant@lumengrid.example")                 # executive assistant
    w("priya_pm", "Priya Raman", "priya.raman@lumengrid.example")             # head of product
    w("exec", "Lumengrid Exec Team", "exec-team@lumengrid.example", kind="group", cutype="GROUP")
    w("staff", "everyone@lumengrid", "everyone@lumengrid.example", kind="group")
    w("cs_team", "Customer Success - SF", "cs-sf@lumengrid.example", kind="group")
    w("apac_lt", "APAC Leadership", "apac-lt@lumengrid.example", kind="group")
    w("board", "Lumengrid Board", "board@lumengrid.example", kind="group")
    w("susan", "Susan Whitaker", "susan@redwoodridge.example")               # board chair
    w("halvorsen", "Erik Lund", "elund@halvorsen-co.example")                  # M&A adviser
    w("hoshino", "Takeshi Hoshino", "t.hoshino@hoshino-grid.example")
    w("ardent", "Maya Feldman", "maya@ardentcap.example")
    w("kestrel", "Owen Brooks", "owen@kestrelpartners.example")
    w("ridgeline", "Carla Nguyen", "carla@ridgeline-ev.example")
    w("elena", "Elena Vogt", "elena.vogt@fastmail.example")
    w("dana", "Dana Whitfield", "dana@whitfield-coaching.example")
    w("jess", "Jess Park", "jess@voltaic-labs.example")
    w("coastal", "Grant Mitchell", "grant.mitchell@coastalpower.example")
    w("coastal_ops", "Coastal Power - IT Operations", "itops@coastalpower.example", kind="group")
    w("meridian", "Denise Alvarez", "dalvarez@meridian-util.example")
    w("kenji", "Kenji Watanabe", "k.watanabe@naniwa-power.example")
    w("reyes", "Marcus Reyes", "marcus.reyes@protonmail.example")
    w("das", "Priyanka Das", "priyanka.das@gmail.example")
    w("r_golden", "SF-4-Golden Gate (12)", "c_7f2a91d0e3@resource.calendar.google.com", kind="room",
      cutype="RESOURCE")
    w("r_presidio", "SF-4-Presidio (6)", "c_7f2a31b8c9@resource.calendar.google.com", kind="room",
      cutype="RESOURCE")

    # ---- strategy: offsite, board, Sakura, memo, pricing ------------------------------------
    p.ev("Exec offsite - FY27 strategy (Half Moon Bay)", "2026-11-04 09:00", end="2026-11-05 16:00", org="me",
         att=["exec"], loc="Ritz-Carlton Half Moon Bay, Ocean Room",
         desc="Day 1: where we play in FY27-FY29 (APAC utilities vs US co-ops), platform bets, Sakura go/no-go.\n"
              "Day 2: 3-year plan shape, capital plan, what we stop doing.\nDinner 7pm Day 1.",
         booked="7w", label=S, why="two-day offsite that decides direction, markets and an acquisition")
    p.ev("Board meeting - Q4", "2026-11-19 09:00", 240, org="ea", att=["me", "board", "susan", "rachel", "r_golden"],
         loc="SF-4-Golden Gate", conf="zoom",
         desc="Agenda:\n1. FY27 plan and 3-year strategy (Nathan)\n2. Project Sakura - approval to proceed to LOI\n"
              "3. Pricing & packaging v3\n4. Consent agenda: Q3 financials, option grants",
         booked="12w", label=S, why="board meeting about strategy, an acquisition and pricing")
    p.ev("Board prep - narrative & deck", "2026-11-16 13:00", 120, rrule="FREQ=DAILY;COUNT=2", org="me",
         att=["rachel", "ea"], loc="SF-4-Presidio", desc="Storyline for the 3-year plan section and Sakura.",
         booked="3w", label=S, why="preparing the board's strategy discussion")
    p.ev("Project Sakura - diligence sync", "2026-10-05 11:30", 60, rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20261215T000000Z",
         org="rachel", att=["me", "halvorsen", "arjun"], conf="zoom",
         desc="Confidential. Workstreams: product overlap, Japanese utility contracts, valuation, integration thesis.",
         booked="2026-09-28 10:00", label=S, why="M&A diligence on a possible acquisition")\
        .occ("2026-11-02 11:30", start="2026-11-02 13:00", booked="2026-10-30 16:20")
    p.ev("Sakura - founders call (Hoshino Grid)", "2026-11-12 10:00", 60, tz="Asia/Tokyo",
         rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=2", org="hoshino", att=["me", "halvorsen"], uidstyle="outlook",
         conf="teams", desc="Discussion between founders. Interpreter: Ms. Aoki joins.", booked="3w",
         label=S, why="talks with the founder of an acquisition target")\
        .occ("2026-11-26 10:00", me="DECLINED", booked="2026-11-20 15:30")
    p.ev("Deep work - 3-year plan memo", "2026-10-06 08:00", 120, rrule="FREQ=WEEKLY;BYDAY=TU,TH",
         desc="Writing the 3-year plan memo: where we play in APAC, platform bets, the case for Sakura.",
         booked="6w", exdate=["2026-11-05 08:00", "2026-11-19 08:00", "2026-11-24 08:00", "2026-11-26 08:00"],
         label=S, why="thinking and writing time for a strategy paper")
    p.ev("Pricing & packaging v3 - decision", "2026-11-12 13:00", 120, org="me",
         att=["tom", "priya_pm", "rachel", "r_golden"], loc="SF-4-Golden Gate",
         desc="Decide the FY27 packaging: per-crew vs per-asset pricing, APAC price books, what goes into the "
              "platform tier.", booked="4w", label=S, why="pricing and portfolio decision")
    p.ev("OKR session - FY27 company objectives", "2026-11-12 10:00", 180, org="me", att=["exec", "r_golden"],
         loc="SF-4-Golden Gate",
         desc="Set the 4-5 company objectives for FY27 from the offsite output. No KR tracking today.",
         booked="5w", label=S, why="setting the company's annual top-level objectives")
    p.ev("Intro - Ardent Capital (growth equity)", "2026-11-09 23:00Z", 45, org="ardent", att=["me", "rachel"],
         uidstyle="zoom", conf="zoom", desc=None, booked="2w", label=S, why="fundraising: capital strategy")
    p.ev("Intro - Kestrel Partners", "2026-11-18 11:00", 45, org="ea", att=["me", "kestrel"], conf="meet",
         desc="Warm intro via Susan. Series C timing, APAC thesis.", booked="10d",
         label=S, why="fundraising conversation")
    p.ev("Intro - Ridgeline Energy Ventures (strategic)", "2026-11-30 09:00", 45, org="ridgeline",
         att=["me"], uidstyle="outlook", conf="teams", desc=None, booked="2w",
         label=S, why="strategic investor / partnership intro")
    p.ev("Advisor call - Elena Vogt", "2026-11-20 08:30", 45, org="me", att=["elena"], conf="meet",
         desc="Positioning against GridOps after their acquisition; what she would do in Japan.", booked="1w",
         label=S, why="advice on market positioning")
    p.ev("Market map - APAC utilities", "2026-11-23 15:00", 90, org="meilin", att=["me", "liam", "tom"],
         conf="meet", desc="Which 30 utilities in ANZ, Japan and SEA we go after in FY27-FY29.", booked="2w",
         label=S, why="where to play: market selection")

    p.ev("Sakura - integration thesis working session", "2026-11-20 13:00", 120, org="rachel",
         att=["me", "arjun", "halvorsen"], loc="SF-4-Presidio",
         desc="How the two product lines combine in 2028; which team leads Japan; synergy case for the LOI.",
         booked="1w", label=S, why="acquisition thesis")
    p.ev("Susan Whitaker / Nathan - pre-board", "2026-11-17 16:00", 60, org="susan", att=["me"], conf="zoom",
         uidstyle="zoom", desc="Walk through the Sakura thesis and the 3-year plan before the board.",
         booked="1w", label=S, why="board chair conversation on strategy and the acquisition")
    p.ev("Customer advisory board - FY27 themes", "2026-11-18 11:00", 90, org="priya_pm",
         att=["me", "meridian", "coastal", "kenji", "tom"], conf="zoom",
         desc="Ask 8 utility CIOs where they want field-ops software to be in 3 years. Input to the 3-year plan.",
         booked="6w", label=S, why="market input to long-range direction")
    p.ev("3-year plan memo - exec read-out", "2026-11-24 09:00", 120, org="me", att=["exec", "r_golden"],
         loc="SF-4-Golden Gate", desc="Silent read of draft 3, then discussion. Decide the three platform bets.",
         booked="2w", label=S, why="deciding long-range bets")
    # ---- running the company ---------------------------------------------------------------
    p.ev("Exec staff meeting", "2026-01-12 10:00", 60, rrule="FREQ=WEEKLY;BYDAY=MO", org="me",
         att=["exec", "r_golden"], loc="SF-4-Golden Gate", desc="Metrics dashboard, top issues, decisions needed.",
         booked="4w", label=E, why="weekly operating review with the exec team")\
        .occ("2026-11-30 10:00", summary="Exec staff - board debrief: Sakura and 3-year plan",
             desc="No metrics today. Walk through the board's decisions on Sakura (LOI approved) and the 3-year "
                  "plan; what changes in our bets.", booked="2026-11-24 17:00",
             label=S, why="this occurrence is about strategy and the acquisition, not operations")
    p.ev("Pipeline review", "2026-02-05 13:00", 60, rrule="FREQ=WEEKLY;BYDAY=TH", org="tom",
         att=["me", "exec", "r_presidio"], conf="meet", desc="Commit, best case, slipped deals.", booked="3w",
         exdate=["2026-11-26 13:00"], label=E, why="weekly sales pipeline review")\
        .occ("2026-11-05 13:00", me="DECLINED", booked="2026-10-20 09:00")\
        .occ("2026-11-12 13:00", me="DECLINED", booked="2026-11-02 08:45")\
        .occ("2026-11-19 13:00", me="DECLINED", booked="2026-11-02 08:46")
    p.ev("APAC leadership sync", "2026-01-06 08:30", 60, tz="Asia/Singapore", rrule="FREQ=WEEKLY;BYDAY=TU",
         org="meilin", att=["apac_lt", "me", "liam"], conf="meet", desc=None, booked="3w",
         label=E, why="weekly operating sync of the APAC business")\
        .occ("2026-11-17 08:30", me="DECLINED", booked="2026-11-16 19:05")\
        .occ("2026-11-24 08:30", me="DECLINED", booked="2026-11-20 12:00")
    p.ev("Coastal Power Networks - QBR", "2026-11-11 11:00", 60, tz="Australia/Sydney", org="liam",
         att=["me", "coastal", "meilin"], conf="meet", desc="Adoption, open tickets, renewal in March.",
         booked="4w", label=E, why="quarterly business review with a current customer")
    p.ev("Meridian Utilities - renewal, exec sponsor call", "2026-11-17 10:15", 45, org="tom",
         att=["me", "meridian"], conf="zoom", desc=None, booked="1w", label=E, why="customer call on a live renewal")
    p.ev("Call - Denise Alvarez (Meridian), renewal pricing", "2026-11-23 09:15", 30, org="meridian",
         att=["me"], uidstyle="outlook", conf="teams", desc=None, booked="3d",
         label=E, why="two-person customer call on a live renewal")
    p.ev("Finance - October close review", "2026-11-09 13:00", 60, org="rachel", att=["me"], loc="SF-4-Presidio",
         desc="", booked="2w", label=E, why="monthly financial reporting")
    p.ev("Deep work", "2026-09-04 14:00", 120, rrule="FREQ=WEEKLY;BYDAY=FR",
         desc="Expense approvals, contract signatures (DocuSign queue), inbox.", booked="3w",
         exdate=["2026-11-27 14:00"], label=E, why="despite the title: approvals, signatures and inbox")\
        .occ("2026-11-20 14:00", status="CANCELLED", booked="2026-11-20 09:00")
    p.ev("Catch-up - Tom", "2026-11-06 10:00", 60, org="tom", att=["me"], conf="meet",
         desc="Q4 forecast commit, top 10 deals, where I need you to call the CIO.", booked="3d",
         label=E, why="deal review with his CRO, not coaching")
    p.ev("Lunch - Kenji Watanabe (Naniwa Power)", "2026-11-11 12:00", 75, org="liam", att=["me", "kenji"],
         loc="Kusakabe, Kearny St", desc="Kenji is in SF this week. Renewal terms and expansion to 3 more districts.",
         booked="10d", label=E, why="customer lunch about a current renewal and expansion")

    # ---- people ---------------------------------------------------------------------------------
    p.ev("Rachel / Nathan 1:1", "2026-01-12 14:00", 45, rrule="FREQ=WEEKLY;BYDAY=MO", org="me",
         att=["rachel"], desc="", booked="4w", label=C, why="weekly 1:1 with a direct report, he organises it")\
        .occ("2026-11-16 14:00", status="CANCELLED", booked="2026-11-16 09:10")
    p.ev("Arjun / Nathan 1:1", "2026-01-13 11:00", 45, rrule="FREQ=WEEKLY;BYDAY=TU", org="me", att=["arjun"],
         desc="Arjun's agenda. Standing item: his leadership goals for the platform org.", booked="4w",
         label=C, why="weekly coaching 1:1 with a direct report")
    p.ev("Tom / Nathan 1:1", "2026-01-14 10:00", 45, rrule="FREQ=WEEKLY;BYDAY=WE", org="me", att=["tom"],
         desc=None, booked="4w", exdate=["2026-11-04 10:00"], label=C, why="weekly 1:1 with a direct report")
    p.ev("Gabriela / Nathan 1:1", "2026-01-15 15:00", 45, rrule="FREQ=WEEKLY;BYDAY=TH", org="me",
         att=["gabriela"], desc="", booked="4w", exdate=["2026-11-05 15:00", "2026-11-26 15:00"],
         label=C, why="weekly 1:1 with a direct report")
    p.ev("Mei Lin / Nathan", "2026-01-06 09:30", 45, tz="Asia/Singapore", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
         org="me", att=["meilin"], conf="meet", desc="Her growth plan to COO APAC; feedback both ways.",
         booked="4w", label=C, why="biweekly coaching 1:1 with a direct report in Singapore")
    p.ev("Liam / Nathan", "2026-01-14 10:00", 45, tz="Australia/Sydney", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
         org="me", att=["liam"], conf="meet", desc=None, booked="4w",
         label=C, why="biweekly 1:1 with a direct report in Sydney")
    p.ev("Interview - VP Engineering (final): Marcus Reyes", "2026-11-10 13:00", 60, org="gabriela",
         att=["me", "reyes"], loc="SF-4-Presidio", desc="Scorecard in Greenhouse.", booked="6d",
         label=C, why="hiring interview")
    p.ev("Interview - VP Engineering: Priyanka Das", "2026-11-13 11:30", 60, org="gabriela", att=["me", "das"],
         conf="meet", desc=None, booked="1w", label=C, why="hiring interview")
    p.ev("Reference call - Marcus Reyes", "2026-11-18 08:00", 30, org="me", att=["gabriela"], desc="", booked="2d",
         label=C, why="hiring: reference check")
    p.ev("Exec coaching - Dana Whitfield", "2026-09-11 07:30", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
         org="dana", att=["me"], uidstyle="zoom", conf="zoom", desc=None, booked="3w",
         exdate=["2026-11-27 07:30"], label=C, why="his own leadership coaching")
    p.ev("All-hands - values refresh", "2026-11-13 10:00", 60, org="gabriela", att=["staff", "me"], conf="meet",
         desc="Launch of the refreshed company values, stories from four teams, AMA.", booked="5w", me="NEEDS-ACTION",
         label=C, why="culture: values launch to the whole company")
    p.ev("Fireside chat - November new hires", "2026-11-02 09:00", 60, org="gabriela", att=["me"],
         loc="SF-4-Golden Gate", desc="Onboarding week, 14 new hires. Company story and Q&A.", booked="4w",
         label=C, why="onboarding of new hires")
    p.ev("INC-4471 review", "2026-11-23 13:00", 60, org="arjun",
         att=["me", "meilin", "liam", "exec"], conf="meet",
         desc="Blameless review. Timeline, contributing factors, 5 whys, action items with owners.",
         booked="2026-11-18 17:00", label=C, why="blameless root-cause review after the incident")
    p.ev("Mentoring - Jess Park (Catalyst Fellows)", "2026-11-20 16:00", 60, org="jess", att=["me"], conf="meet",
         desc=None, booked="3w", label=C, why="he mentors a founder outside the company")
    p.ev("Skip-level lunch - Customer Success (SF)", "2026-11-10 12:00", 60, org="ea", att=["me", "cs_team"],
         loc="4th floor kitchen", desc="Skip-level: what is getting in your way, what would you change?",
         booked="2w", label=C, why="skip-level conversation with a team two levels down")
    p.ev("Exec performance calibration", "2026-11-24 14:00", 120, org="gabriela", att=["me"],
         loc="SF-4-Presidio", desc="H2 calibration of the exec team and their directs.", booked="4w",
         label=C, why="performance talks and calibration")
    p.ev("Platform org design - with Arjun", "2026-11-30 15:00", 90, org="arjun", att=["me", "gabriela"],
         loc="SF-4-Presidio", desc="Proposed structure for platform and SRE teams, new leadership roles.",
         booked="1w", label=C, why="organisation design")

    p.ev("Lunch - Gabriela", "2026-11-17 12:00", 60, org="me", att=["gabriela"], loc="Tartine Manufactory",
         desc="Her path to Chief People Officer: what she wants to own next year, what she needs from me.",
         booked="1w", label=C, why="career conversation with a direct report over lunch")
    p.ev("Interview - Head of Japan: Aiko Sato", "2026-11-30 12:45", 60, org="gabriela", att=["me", "meilin"],
         conf="meet", desc=None, booked="1w", label=C, why="hiring interview")
    p.ev("Comp committee - exec comp & CEO succession", "2026-11-19 14:00", 60, org="ea",
         att=["me", "susan", "gabriela"], conf="zoom", desc="Executive performance ratings, equity refresh, "
         "succession cover for CEO and CTO.", booked="10w",
         label=C, why="board committee on performance, talent and succession")
    p.ev("Hold", "2026-11-10 14:30", 60, desc=None, booked="1d", label=O, why="opaque hold with no content")
    # ---- the outage ------------------------------------------------------------------------------
    p.ev("SEV1 bridge - Coastal Power sync outage (INC-4471)", "2026-11-16 19:30", 90, rrule="FREQ=DAILY;COUNT=2",
         org="arjun", att=["me", "meilin", "liam", "coastal_ops"], conf="meet",
         desc="Field crews in NSW cannot sync work orders since 12:40 AEDT. Exec bridge.",
         booked="2026-11-16 18:42", label=F, why="incident bridge created 48 minutes before, two sessions")\
        .occ("2026-11-17 19:30", start="2026-11-17 07:00", dur=60, booked="2026-11-16 21:20")
    p.ev("Escalation - Coastal Power CIO (exec to exec)", "2026-11-18 15:00", 45, org="liam",
         att=["me", "coastal"], conf="meet",
         desc="Grant wants an exec explanation and a credit proposal. Booked for Thursday morning Sydney time.",
         booked="2026-11-16 21:35", label=F, why="urgent customer escalation, booked two days ahead")
    p.ev("Urgent: payroll provider breach notice - exec huddle", "2026-11-20 11:30", 30, org="gabriela",
         att=["me", "rachel", "arjun"], conf="meet", desc=None, booked="2026-11-20 10:55",
         label=F, why="urgent huddle on a security notice, 35 minutes' notice")

    # ---- personal --------------------------------------------------------------------------------
    p.ev("School run", "2026-08-24 07:30", 30, rrule="FREQ=WEEKLY;BYDAY=MO,WE", cls="PRIVATE", desc=None,
         booked="1w", label=O, why="personal")
    p.ev("Gym", "2026-01-13 06:30", 60, rrule="FREQ=WEEKLY;BYDAY=TU,TH", transp="TRANSPARENT", desc=None,
         booked="4w", label=O, why="personal")
    p.allday("Thanksgiving - office closed", "2026-11-26", days=2, transp="OPAQUE", booked="20w",
             label=O, why="holiday")
    p.ev("Flight UA 1721 SFO - SEA", "2026-11-25 16:05", 125, loc="SFO Terminal 3",
         desc="Confirmation KJ4P2L. Family Thanksgiving in Seattle.", booked="5w", label=O, why="personal travel")
    p.ev("Dinner w/ Susan", "2026-11-18 19:00", 90, org="susan", att=["me"], loc="Zuni Café", desc=None,
         booked="2w", label=O, why="dinner")
    return p


@persona
def rhiannon_price():
    """University of Northfield (UK), School of Engineering: ~2,600 students, 180 staff.
    Prof. Rhiannon Price is Head of School; she reports to the Executive Dean of the Faculty of
    Science and Engineering, Prof. Martin Achterberg, and line-manages two deputy heads, the School
    Manager and the Director of Postgraduate Research. She still teaches one module. November 2026:
    she is absorbed by the School's 2030 vision, a proposed Net Zero Engineering Institute, REF 2029
    and the faculty portfolio review, on top of committees and the budget round; her monthly 1:1s
    keep slipping. A burst pipe floods labs in Building B on 10 Nov. Exported from Apple Calendar
    (macOS) subscribed to the university's Exchange account: her own events carry Apple UIDs,
    invitations carry Exchange UIDs."""
    p = Persona(slug="rhiannon-price", name="Rhiannon Price", email="r.price@northfield.ac.example",
                role="senior-leader", title="Head of School of Engineering", tz="Europe/London", style="apple",
                lang="en", industry="higher education (UK university)", months=["2026-11"],
                expected="people under-invested", manager="martin",
                reports=["samira", "owen", "claire", "kwame"], exported="2026-12-03 17:20", calname="Work")
    w = p.who
    w("martin", "Prof. Martin Achterberg", "m.achterberg@northfield.ac.example")
    w("samira", "Dr Samira Qureshi", "s.qureshi@northfield.ac.example")      # Deputy Head (Education)
    w("owen", "Prof. Owen Llewellyn", "o.llewellyn@northfield.ac.example")   # Deputy Head (Research)
    w("claire", "Claire Whitmore", "c.whitmore@northfield.ac.example")       # School Manager
    w("kwame", "Dr Kwame Mensah", "k.mensah@northfield.ac.example")          # Director of PGR
    w("helen", "Prof. Helen Marsh", "h.marsh@northfield.ac.example")         # Head of Computer Science (peer)
    w("pa", "Janet Doyle", "j.doyle@northfield.ac.example")                  # PA
    w("estates", "Gareth Pugh", "g.pugh@northfield.ac.example")
    w("hr", "Fiona McLeod", "f.mcleod@northfield.ac.example")
    w("press", "Ravi Chandran", "r.chandran@northfield.ac.example")
    w("wellbeing", "Dr Nia Roberts", "n.roberts@northfield.ac.example")
    w("ucu", "Dr Alan Frost", "a.frost@northfield.ac.example")
    w("pvc", "Prof. Deborah Kaye", "d.kaye@northfield.ac.example")           # PVC Education
    w("vc_office", "Office of the Vice-Chancellor", "vc-office@northfield.ac.example", kind="group")
    w("tom_phd", "Tom Ashworth", "t.ashworth2@northfield.ac.example")
    w("leah", "Dr Leah Francis", "leah.francis@westmoor.ac.example")         # Aurora mentee, other university
    w("utp", "Assoc. Prof. Nurul Hidayah", "nurul.hidayah@utpantai.example")
    w("aeolus", "Dr James Whitcombe", "james.whitcombe@aeolus-engines.example")
    w("iab", "Industrial Advisory Board", "eng-iab@northfield.ac.example", kind="group")
    w("exec", "Engineering School Executive", "eng-school-exec@northfield.ac.example", kind="group")
    w("feb", "FSE Faculty Executive Board", "fse-feb@northfield.ac.example", kind="group", cutype="GROUP")
    w("allstaff", "Engineering - all staff", "eng-allstaff@northfield.ac.example", kind="group")
    w("senate", "Senate members", "senate@northfield.ac.example", kind="group")
    w("educom", "School Education Committee", "eng-educom@northfield.ac.example", kind="group")
    w("ref", "REF 2029 Strategy Group (Engineering)", "eng-ref2029@northfield.ac.example", kind="group")
    w("r_board", "ENG-B-1.21 Boardroom (14)", "eng-b-121@northfield.ac.example", kind="room", cutype="ROOM")
    w("r_c010", "ENG-C-0.10 Meeting Room (8)", "eng-c-010@northfield.ac.example", kind="room")
    w("r_senate", "Senate Chamber, Old Quad", "senate-chamber@northfield.ac.example", kind="room", cutype="RESOURCE")
    w("r_lt1", "ENG-A-LT1 Lecture Theatre (240)", "eng-a-lt1@northfield.ac.example", kind="room", cutype="ROOM")
    w("coach", "Dr Margaret Oyelaran", "m.oyelaran@advance-he.example")
    w("cand1", "Dr Yusuf Bello", "y.bello@strathmore.ac.example")
    w("cand2", "Dr Emma Lindgren", "emma.lindgren@kth-mail.example")
    w("cand3", "Dr Chidi Okeke", "c.okeke@lagos-eng.example")

    # ---- committees and running the School --------------------------------------------------
    p.ev("School Executive", "2026-01-13 10:00", 120, rrule="FREQ=WEEKLY;BYDAY=TU", org="me",
         att=["exec", "r_board"], loc="ENG-B-1.21 Boardroom",
         desc="Standing items: finance, student numbers, staffing, H&S, actions log.", booked="5w",
         label=E, why="weekly School management meeting she chairs: running the School")\
        .occ("2026-11-10 10:00", summary="School Executive - flood response only", dur=60,
             desc="Normal business deferred. Lab closures, relocating practicals, comms to students.",
             booked="2026-11-10 08:40", label=F, why="this meeting was given over to the flood emergency")
    p.ev("FSE Faculty Executive Board", "2026-01-14 14:00", 120, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
         org="martin", att=["feb", "me"], uidstyle="outlook", loc="Dean's Meeting Room, Old Quad",
         desc="Papers on SharePoint 48h ahead.", booked="6w", exdate=["2026-11-18 14:00"],
         label=E, why="faculty management board")
    p.ev("Catch-up - Martin / Rhiannon", "2026-01-15 09:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
         org="martin", att=["me"], uidstyle="outlook", loc="Dean's Office",
         desc="Rhiannon's updates: budget position, NSS actions, recruitment numbers, staffing cases.",
         booked="6w", label=E, why="status catch-up set by her own line manager")
    p.ev("Admissions & recruitment dashboard", "2026-01-12 09:30", 30, rrule="FREQ=WEEKLY;BYDAY=MO", org="claire",
         att=["me", "samira"], uidstyle="outlook", desc=None, booked="5w",
         exdate=["2026-11-16 09:30", "2026-11-30 09:30"], label=E, why="weekly review of recruitment numbers")
    p.ev("Admin - approvals & expenses", "2026-01-16 15:00", 60, rrule="FREQ=WEEKLY;BYDAY=FR",
         desc="Agresso approvals, expenses, leave requests, letters to sign.", booked="5w",
         exdate=["2026-11-06 15:00", "2026-11-27 15:00"], label=E, why="administrative approvals block")
    p.ev("ENG3042 Heat Transfer - lecture", "2026-09-30 09:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=11",
         loc="ENG-A-LT1 Lecture Theatre", desc="Week 6-10: convection, heat exchangers.", booked="12w",
         label=E, why="teaching her module: delivering the School's day-to-day work")
    p.ev("Senate", "2026-11-18 14:00", 180, org="vc_office", att=["senate", "me", "r_senate"], uidstyle="outlook",
         loc="Senate Chamber, Old Quad", desc="", booked="20w", label=E, why="university governance meeting")
    p.ev("Budget planning 2027/28 - School submission", "2026-11-09 11:00", 120,
         rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=2", org="claire", att=["me", "owen", "samira", "r_c010"],
         uidstyle="outlook", loc="ENG-C-0.10", desc="Staff costs, non-pay, income targets, capital bids.",
         booked="4w", label=E, why="budget round")
    p.ev("NSS action plan review", "2026-11-03 14:00", 90, org="samira", att=["me", "educom"], uidstyle="outlook",
         desc="Progress on 2025/26 NSS actions by programme.", booked="3w", label=E, why="review of action plan delivery")
    p.ev("School Education Committee", "2026-11-04 10:00", 120, org="samira", att=["educom", "me", "r_board"],
         uidstyle="outlook", loc="ENG-B-1.21 Boardroom", desc=None, booked="8w", label=E, why="committee business")
    p.ev("Programme approval panel - MEng Robotics & AI", "2026-11-13 10:00", 150, org="pvc",
         att=["me", "samira"], uidstyle="outlook", loc="Room 2.04, Old Quad", desc="", booked="6w",
         label=E, why="approval of a programme already in development")
    p.ev("Student-Staff Liaison Committee", "2026-11-11 12:00", 60, org="samira", att=["me"], uidstyle="outlook",
         loc="ENG-C-0.10", desc=None, booked="8w", label=E, why="routine committee with student reps")
    p.ev("Open Day - Head of School welcome talk", "2026-11-14 10:00", 120, org="claire", att=["me", "r_lt1"],
         uidstyle="outlook", loc="ENG-A-LT1", desc="Two talks: 10:15 and 11:15.", booked="10w",
         label=E, why="student recruitment event")
    p.ev("Workload allocation model - review", "2026-11-19 14:00", 120, org="claire", att=["me", "samira", "owen"],
         uidstyle="outlook", loc="ENG-C-0.10", desc=None, booked="3w", label=E, why="annual staffing allocation exercise")
    p.ev("Building B refurbishment - project board", "2026-11-26 10:00", 90, org="estates",
         att=["me", "claire"], uidstyle="outlook", conf="teams", desc=None, booked="6w",
         label=E, why="project board of an ongoing capital project")
    p.ev("TEF submission - evidence meeting", "2026-11-27 10:00", 60, org="pvc", att=["me", "samira"],
         uidstyle="outlook", conf="teams", desc="", booked="2w", label=E, why="institutional reporting")
    p.ev("Heads of School forum", "2026-01-21 14:00", 120, rrule="FREQ=MONTHLY;BYDAY=3WE", org="pvc",
         att=["me"], uidstyle="outlook", conf="teams", desc=None, booked="8w",
         exdate=["2026-11-18 14:00"], label=E, why="information and coordination forum")
    p.ev("Faculty Research Committee", "2026-11-05 14:00", 120, org="owen", att=["me"], uidstyle="outlook",
         loc="Dean's Meeting Room, Old Quad", desc=None, booked="6w", label=E, why="committee business")

    p.ev("IMechE accreditation visit - planning", "2026-11-10 14:00", 90, org="samira", att=["me", "claire"],
         uidstyle="outlook", loc="ENG-C-0.10", desc=None, booked="3w", label=E, why="planning an accreditation visit")
    p.ev("School meeting (all staff) - autumn", "2026-11-25 10:00", 90, org="me", att=["allstaff", "r_lt1"],
         loc="ENG-A-LT1", desc="Termly School meeting: finances, student numbers, estate update after the flood, "
         "questions.", booked="8w", label=E, why="termly all-staff update on running the School")
    # ---- direction ------------------------------------------------------------------------------
    p.ev("School Away Day - Vision 2030", "2026-11-06 09:30", 390, org="me", att=["allstaff"],
         loc="Hallam Hall, Northfield",
         desc="Which programmes do we grow and which do we close? A Net Zero Engineering Institute? International "
              "partnerships (TNE). Research themes to 2030. Lunch provided.", booked="10w",
         label=S, why="away day that sets the School's direction")
    p.ev("Hold - School strategy paper", "2026-11-02 14:00", 120, rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=4",
         desc="Writing the School 2030 paper for Council: vision, portfolio, institute, international.",
         booked="3w", label=S, why="writing time for a strategy paper")\
        .occ("2026-11-23 14:00", start="2026-11-23 13:30", booked="2026-11-21 16:00")
    p.ev("REF 2029 strategy group", "2026-01-15 13:00", 120, rrule="FREQ=MONTHLY;BYDAY=2TH", org="owen",
         att=["ref", "me"], uidstyle="outlook", loc="ENG-C-0.10",
         desc="Which units of assessment, which impact case studies we back, hiring priorities to 2029.",
         booked="8w", label=S, why="choosing research priorities and bets to 2029")
    p.ev("Portfolio review - programme closures (Faculty)", "2026-11-17 13:00", 120, org="martin",
         att=["me", "pvc"], uidstyle="outlook", loc="Dean's Office",
         desc="Decide which low-recruiting programmes close from 2028 entry.", booked="3w",
         label=S, why="portfolio decision")
    p.ev("Net Zero Engineering Institute - business case workshop", "2026-11-24 13:00", 180, org="me",
         att=["owen", "helen", "aeolus?", "r_board"], loc="ENG-B-1.21 Boardroom",
         desc="Shape the institute: scope, partners, funding model, 5-year ambition.", booked="4w",
         label=S, why="designing a new long-term institute")
    p.ev("TNE partnership - Universiti Teknologi Pantai", "2026-11-12 16:00", 60, tz="Asia/Kuala_Lumpur",
         org="utp", att=["me", "samira"], uidstyle="outlook", conf="teams",
         desc="Exploring a 2+2 articulation agreement and a joint campus presence from 2028.", booked="3w",
         label=S, why="international partnership strategy")
    p.ev("Intro - Aeolus Engines (research partnership)", "2026-11-19 11:00", 60, org="owen",
         att=["me", "aeolus"], uidstyle="outlook", conf="teams", desc=None, booked="2w",
         label=S, why="exploring a strategic research partnership")
    p.ev("Industrial Advisory Board - future skills 2035", "2026-11-25 14:00", 150, org="me", att=["iab", "r_board"],
         loc="ENG-B-1.21 Boardroom", desc="What engineers will industry need in 2035? Input to the portfolio.",
         booked="10w", label=S, why="long-range direction of the curriculum")
    p.ev("VC's Strategy Forum", "2026-11-20 09:30", 150, org="vc_office", att=["me"], uidstyle="outlook",
         loc="Senate Chamber, Old Quad", desc="University Strategy 2035 - faculty contributions.", booked="8w",
         label=S, why="university strategy")
    p.ev("Catch-up - Helen Marsh", "2026-11-16 12:30", 60, org="helen", att=["me"], uidstyle="outlook",
         loc="Staff Club", desc="Joint AI-for-engineering institute? Shared programmes?", booked="1w",
         label=S, why="peer conversation about a joint institute and shared portfolio")

    # ---- people (what slips) ------------------------------------------------------------------
    p.ev("Samira / Rhiannon 1:1", "2026-01-06 16:00", 45, rrule="FREQ=MONTHLY;BYDAY=1TU", org="me",
         att=["samira"], desc="Development, workload, promotion case.", booked="5w",
         label=C, why="monthly 1:1 with a direct report")\
        .occ("2026-11-03 16:00", start="2026-11-17 16:00", booked="2026-11-02 12:00")
    p.ev("Owen / Rhiannon 1:1", "2026-01-08 16:00", 45, rrule="FREQ=MONTHLY;BYDAY=2TH", org="me",
         att=["owen"], desc="", booked="5w", label=C, why="monthly 1:1 with a direct report")\
        .occ("2026-11-12 16:00", status="CANCELLED", booked="2026-11-10 08:02")
    p.ev("Claire / Rhiannon 1:1", "2026-01-05 15:00", 45, rrule="FREQ=MONTHLY;BYDAY=1MO", org="me",
         att=["claire"], desc=None, booked="5w", label=C, why="monthly 1:1 with a direct report")\
        .occ("2026-11-02 15:00", start="2026-11-02 16:30", dur=30, booked="2026-11-02 08:40")
    p.ev("Kwame / Rhiannon 1:1", "2026-01-27 11:00", 45, rrule="FREQ=MONTHLY;BYDAY=-1TU", org="me",
         att=["kwame"], desc=None, booked="5w", label=C, why="monthly 1:1 with a direct report")\
        .occ("2026-11-24 11:00", status="CANCELLED", booked="2026-11-23 18:30")
    p.ev("PhD supervision - Tom Ashworth", "2026-10-01 15:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
         org="tom_phd", att=["me"], loc="ENG-B-2.14", desc="Chapter 3 draft.", booked="3w",
         label=C, why="supervising a doctoral researcher")\
        .occ("2026-11-12 15:00", status="CANCELLED", booked="2026-11-11 22:10")\
        .occ("2026-11-26 15:00", start="2026-11-26 16:00", booked="2026-11-20 11:00")
    p.ev("Aurora mentoring - Dr Leah Francis", "2026-11-18 08:30Z", 60, org="leah", att=["me"], conf="teams",
         uidstyle="outlook", desc="Aurora leadership programme, session 3: building a case for promotion.",
         booked="5w", label=C, why="she mentors a lecturer from another university")
    p.ev("Interview panel - Lecturer in Mechanical Engineering", "2026-11-27 13:30", 180, org="hr",
         att=["me", "owen", "cand1", "cand2", "cand3"], uidstyle="outlook", loc="ENG-C-0.10",
         desc="13:30 Dr Bello, 14:30 Dr Lindgren, 15:30 Dr Okeke. Presentations 15 min, interview 35 min.",
         booked="4w", label=C, why="hiring panel")
    p.ev("PDR - Claire Whitmore", "2026-11-05 11:00", 90, org="me", att=["claire"], loc="Head of School's office",
         desc="Annual performance and development review.", booked="4w",
         label=C, why="annual development review with a direct report")
    p.ev("Research seminar - Prof. Ana Ruiz (digital twins)", "2026-11-25 12:00", 60, org="owen",
         att=["allstaff"], uidstyle="outlook", loc="ENG-A-LT1", desc=None, booked="6w", me="TENTATIVE",
         label=C, why="knowledge-sharing seminar")

    p.ev("Promotion case review - Samira (Reader)", "2026-11-10 16:00", 60, org="me", att=["samira"],
         loc="Head of School's office", desc="Read-through of her case before it goes to the faculty panel.",
         booked="1w", label=C, why="supporting a direct report's promotion")
    p.ev("New academic staff - Head of School welcome", "2026-11-09 09:00", 60, org="hr", att=["me"],
         uidstyle="outlook", loc="ENG-C-0.10", desc="Seven new lecturers and research fellows.", booked="5w",
         label=C, why="onboarding new staff")
    p.ev("Athena Swan self-assessment team", "2026-11-26 14:00", 120, org="samira", att=["me", "allstaff?"],
         uidstyle="outlook", loc="ENG-B-1.21 Boardroom", desc="Gender equality action plan: culture survey results.",
         booked="6w", label=C, why="culture and equality work in the School")
    p.ev("Leadership coaching - Advance HE programme", "2026-11-13 14:00", 90, org="me", att=["coach"],
         conf="teams", desc=None, booked="6w", label=C, why="her own leadership development")
    p.ev("Academic promotions panel (Faculty)", "2026-11-16 09:30", 150, org="martin", att=["me", "hr"],
         uidstyle="outlook", loc="Dean's Meeting Room, Old Quad", desc="", booked="10w",
         label=C, why="career progression decisions")
    p.ev("Mentoring circle - women in engineering leadership", "2026-11-04 16:00", 60, org="samira",
         att=["me"], uidstyle="outlook", loc="Staff Club", desc="Rhiannon hosts this term's circle for early-career academics.",
         booked="5w", label=C, why="mentoring early-career staff")
    # ---- the flood and other urgent things ------------------------------------------------------
    p.ev("URGENT: water ingress Building B - labs closed", "2026-11-10 07:45", 45, org="estates",
         att=["me", "claire", "owen"], uidstyle="outlook", conf="teams",
         desc="Burst pipe on level 2 overnight. Thermofluids and materials labs flooded. Decide on closures "
              "and today's practicals.", booked="2026-11-10 07:20",
         label=F, why="emergency call 25 minutes after it was booked")
    p.ev("Lab relocation - emergency coordination", "2026-11-10 12:30", 30, rrule="FREQ=DAILY;COUNT=4",
         org="claire", att=["me", "samira", "estates"], uidstyle="outlook", conf="teams", desc=None,
         booked="2026-11-10 09:40", label=F, why="crisis coordination set up the same morning, four days")
    p.ev("Flood damage - insurers and estates", "2026-11-12 11:00", 60, org="estates", att=["me", "claire"],
         uidstyle="outlook", loc="ENG-B foyer", desc="", booked="2026-11-11 17:50",
         label=F, why="reactive follow-up to the flood, booked the evening before")
    p.ev("Student wellbeing - urgent case conference", "2026-11-16 16:00", 60, org="wellbeing",
         att=["me", "samira"], uidstyle="outlook", conf="teams", desc="Confidential.", booked="2026-11-16 15:05",
         label=F, why="urgent student welfare case")
    p.ev("Media enquiry - response needed today", "2026-11-20 13:30", 45, org="press", att=["me", "owen"],
         uidstyle="outlook", conf="teams", desc="Times Higher asks about an allegation concerning a 2019 paper.",
         booked="2026-11-20 12:50", label=F, why="urgent press response")
    p.ev("UCU local dispute - emergency JNCC", "2026-11-23 16:00", 90, org="hr", att=["me", "ucu", "martin"],
         uidstyle="outlook", loc="HR Meeting Room 1",
         desc="Emergency meeting requested by UCU over the proposed programme closures.",
         booked="2026-11-21 10:20", label=F, why="urgent industrial-relations meeting, two days' notice")

    p.ev("Call with Martin - flood costs", "2026-11-11 18:00", 30, org="martin", att=["me"], uidstyle="outlook",
         desc=None, booked="2026-11-11 17:35", label=F, why="urgent evening call after the flood")
    p.ev("Practicals cancelled - student complaint escalation", "2026-11-17 17:00", 45, org="samira",
         att=["me"], uidstyle="outlook", loc="Head of School's office", desc="Year 2 reps escalating to the PVC.",
         booked="2026-11-17 16:20", label=F, why="urgent complaint handled at short notice")
    # ---- personal ------------------------------------------------------------------------------
    p.ev("Choir", "2026-09-10 19:30", 120, rrule="FREQ=WEEKLY;BYDAY=TH", cls="PRIVATE", loc="St Mary's Hall",
         desc=None, booked="4w", label=O, why="personal")
    p.ev("Physio", "2026-11-09 08:00", 45, cls="PRIVATE", desc=None, booked="2w", label=O, why="personal medical")
    p.ev("Train - Northfield to London King's Cross", "2026-11-30 07:05", 150,
         desc="LNER 0705. Coach C seat 22. For UUK engineering heads meeting.", booked="3w",
         label=O, why="travel")
    p.ev("UUK Engineering Heads meeting", "2026-11-30 11:00", 180, org="helen", att=["me"], uidstyle="outlook",
         loc="Woburn House, London", desc="Sector update: funding, international recruitment, accreditation.",
         booked="8w", label=E, why="sector information meeting")
    p.ev("Train - London King's Cross to Northfield", "2026-11-30 15:30", 150, desc="LNER 1530.", booked="3w",
         label=O, why="travel")
    return p


@persona
def aoife_brennan():
    """Corrib Biologics, a biopharmaceutical manufacturer; the Ringaskiddy (Cork) site fills and
    finishes sterile injectables. Aoife Brennan is Production Manager, Sterile Fill-Finish: four shift
    leads and a process engineer report to her; she reports to Pieter van der Berg, Head of
    Operations. October 2026: an HPRA GMP inspection (20-22 Oct) prepared with a planned daily
    readiness stand-up; a filter integrity failure on batch 26K118 (7 Oct); Irish bank holiday
    26 Oct; clocks go back 25 Oct. November 2026: a customer complaint about particulates, a visit
    to the sister site in Leiden for a tech transfer, annual reviews. A frontline manager whose
    month looks the way the role should. Published from Exchange (Outlook on the web)."""
    p = Persona(slug="aoife-brennan", name="Aoife Brennan", email="aoife.brennan@corrib-bio.example",
                role="manager", title="Production Manager, Sterile Fill-Finish", tz="Europe/Dublin",
                style="exchange", lang="en", industry="pharmaceutical manufacturing (sterile fill-finish, Ireland)",
                months=["2026-10", "2026-11"], expected="fits", manager="pieter",
                reports=["ciaran", "emma", "tomasz", "grace", "niamh"], exported="2026-12-02 12:40",
                calname="Calendar")
    w = p.who
    w("pieter", "Pieter van der Berg", "pieter.vanderberg@corrib-bio.example")
    w("ciaran", "Ciarán Walsh", "ciaran.walsh@corrib-bio.example")
    w("emma", "Emma Doyle", "emma.doyle@corrib-bio.example")
    w("tomasz", "Tomasz Nowak", "tomasz.nowak@corrib-bio.example")
    w("grace", "Grace Okonkwo", "grace.okonkwo@corrib-bio.example")
    w("niamh", "Niamh Fitzgerald", "niamh.fitzgerald@corrib-bio.example")
    w("sinead", "Dr Sinéad Murphy", "sinead.murphy@corrib-bio.example")      # Head of QA
    w("rory", "Rory Quinn", "rory.quinn@corrib-bio.example")                 # QA batch release
    w("mark", "Mark Hennessy", "mark.hennessy@corrib-bio.example")           # planning
    w("deirdre", "Deirdre Collins", "deirdre.collins@corrib-bio.example")    # EHS
    w("orla", "Orla Byrne", "orla.byrne@corrib-bio.example")                 # HR
    w("barry", "Barry Sheehan", "barry.sheehan@corrib-bio.example")          # engineering
    w("katherine", "Dr Katherine Lynch", "katherine.lynch@corrib-bio.example")  # site head
    w("jeroen", "Jeroen de Vries", "jeroen.devries@corrib-bio.example")      # Leiden
    w("laura", "Laura Mahony", "laura.mahony@corrib-bio.example")            # new shift lead (Nov)
    w("kelly", "Seán Kelly", "sean.kelly@eircom-mail.example")
    w("shah", "Dr Amit Shah", "amit.shah@outlook-mail.example")
    w("client", "Hannah Berg", "hannah.berg@nordavax.example")               # customer QA
    w("aaron", "Aaron Cleary", "aaron.cleary@corrib-bio.example")
    w("pelham", "Sarah Whitlock", "s.whitlock@pelham-closures.example")
    w("validex", "Conor Daly", "conor.daly@validex.example")
    w("leads", "Fill-Finish Shift Leads", "ff-shiftleads@corrib-bio.example", kind="group", cutype="GROUP")
    w("tier3", "Ops Tier 3", "ops-tier3@corrib-bio.example", kind="group")
    w("slt", "Site Leadership Team", "rgy-slt@corrib-bio.example", kind="group")
    w("all", "All Corrib Ringaskiddy", "all-ringaskiddy@corrib-bio.example", kind="group")
    w("opsmgrs", "Operations Managers", "ops-managers@corrib-bio.example", kind="group", cutype="GROUP")
    w("r_104", "RGY-B2-Conf 1.04 (8)", "rgy-b2-conf104@corrib-bio.example", kind="room", cutype="RESOURCE")
    w("r_board", "RGY-Admin-Boardroom (20)", "rgy-admin-boardroom@corrib-bio.example", kind="room")
    w("r_huddle", "RGY-B2 Huddle Board (Corridor 2)", "rgy-b2-huddle@corrib-bio.example", kind="room")

    # ---- tiered daily management and weekly reviews ----------------------------------------------
    p.ev("Tier 2 - Fill-Finish", "2026-01-05 08:30", 20, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org="me",
         att=["leads", "niamh", "r_huddle"], loc="B2 Huddle Board, Corridor 2",
         desc="Safety, quality, delivery, cost, people. Escalate to Tier 3 by 09:15.", booked="4w",
         exdate=["2026-10-26 08:30", "2026-11-17 08:30", "2026-11-18 08:30", "2026-11-20 08:30"],
         label=E, why="daily tier meeting she runs with her shift leads: today's production")
    p.ev("Tier 3 - Site", "2026-01-05 09:30", 30, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org="pieter",
         att=["tier3", "me", "r_board"], loc="RGY-Admin-Boardroom", desc=None, booked="4w",
         exdate=["2026-10-26 09:30", "2026-11-17 09:30", "2026-11-18 09:30", "2026-11-20 09:30"],
         label=E, why="daily site tier meeting: operations status")
    p.ev("Pieter / Aoife weekly", "2026-01-06 14:00", 30, rrule="FREQ=WEEKLY;BYDAY=TU", org="pieter",
         att=["me"], desc="Aoife's update: OEE, batch release plan, deviations backlog, staffing.", booked="4w",
         exdate=["2026-11-17 14:00"], label=E, why="status update with her own manager, he organises it")\
        .occ("2026-11-24 14:00", summary="Pieter / Aoife - media fill", dur=60,
             desc="Instead of the update: media fill failure, batch impact, what we tell customers today.",
             booked="2026-11-24 08:45", label=F, why="the slot was used for the urgent media fill failure")
    p.ev("Deviation Review Board", "2026-01-07 11:00", 60, rrule="FREQ=WEEKLY;BYDAY=WE", org="sinead",
         att=["me", "rory", "r_104"], loc="RGY-B2-Conf 1.04", desc="Open deviations > 30 days, classification, "
         "CAPA links.", booked="4w", exdate=["2026-11-18 11:00"], label=E, why="weekly review of open deviations")
    p.ev("Batch release planning with QA", "2026-01-08 14:00", 60, rrule="FREQ=WEEKLY;BYDAY=TH", org="rory",
         att=["me", "mark"], desc=None, booked="4w", exdate=["2026-10-29 14:00", "2026-11-26 14:00"],
         label=E, why="weekly release planning")\
        .occ("2026-10-22 14:00", status="CANCELLED", booked="2026-10-12 10:00")
    p.ev("Production planning - S&OP", "2026-01-05 11:00", 60, rrule="FREQ=WEEKLY;BYDAY=MO", org="mark",
         att=["me", "leads"], conf="teams", desc=None, booked="4w", exdate=["2026-10-26 11:00"],
         label=E, why="weekly production schedule")
    p.ev("EHS walkdown - B2", "2026-01-09 13:00", 45, rrule="FREQ=WEEKLY;BYDAY=FR", org="deirdre",
         att=["me"], loc="B2 entrance", desc="", booked="4w", exdate=["2026-11-20 13:00"],
         label=E, why="weekly safety walkdown")
    p.ev("Night shift team brief", "2026-01-13 21:30", 30, rrule="FREQ=MONTHLY;BYDAY=2TU", org="me",
         att=["leads"], loc="B2 canteen", desc="Monthly brief for nights: plan, quality topics, questions.",
         booked="4w", label=E, why="monthly information brief to the night shift, held late on purpose")
    p.ev("Tech transfer steering - Leiden", "2026-02-03 16:00", 60, tz="Europe/Amsterdam",
         rrule="FREQ=MONTHLY;BYDAY=1TU", org="jeroen", att=["me", "niamh", "barry"], conf="teams", desc=None,
         booked="5w", label=E, why="steering of an ongoing transfer project")

    p.ev("Batch record review - sign-off", "2026-01-05 15:30", 60, rrule="FREQ=WEEKLY;BYDAY=MO,WE",
         desc="Review and sign executed batch records before QA release.", booked="4w",
         exdate=["2026-10-21 15:30", "2026-10-26 15:30", "2026-11-18 15:30", "2026-11-30 15:30"], label=E, why="routine review and sign-off of production records")
    # ---- her team and improvement work ---------------------------------------------------------
    p.ev("Ciarán / Aoife 1:1", "2026-01-05 14:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", org="me",
         att=["ciaran"], desc="Ciarán's agenda: development plan (Lean Green Belt), team issues.", booked="4w",
         label=C, why="biweekly coaching 1:1 with a direct report")
    p.ev("Emma / Aoife 1:1", "2026-01-06 15:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", org="me",
         att=["emma"], desc="", booked="4w", label=C, why="biweekly 1:1 with a direct report")
    p.ev("Tomasz / Aoife 1:1", "2026-01-07 13:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org="me",
         att=["tomasz"], desc=None, booked="4w", label=C, why="biweekly 1:1 with a direct report")\
        .occ("2026-11-25 13:00", start="2026-11-27 10:00", booked="2026-11-19 09:00")
    p.ev("Grace / Aoife 1:1", "2026-01-08 11:45", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org="me",
         att=["grace"], desc="Grace: moving from nights to days, career conversation.", booked="4w",
         label=C, why="biweekly coaching 1:1 with a direct report")
    p.ev("Niamh / Aoife", "2026-01-09 11:30", 30, rrule="FREQ=WEEKLY;BYDAY=FR", org="me", att=["niamh"],
         desc=None, booked="4w", exdate=["2026-11-20 11:30"], label=C, why="weekly 1:1 with a direct report")
    p.ev("Line 2 SMED project - working session", "2026-01-16 10:00", 75, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
         org="niamh", att=["me", "leads", "r_104"], loc="RGY-B2-Conf 1.04",
         desc="Changeover reduction on Line 2: video analysis, internal vs external steps, new standard.",
         booked="4w", exdate=["2026-11-20 10:00"], label=C, why="process improvement project")
    p.ev("CAPA effectiveness review", "2026-01-07 14:00", 60, rrule="FREQ=MONTHLY;BYDAY=1WE", org="sinead",
         att=["me", "niamh"], loc="RGY-B2-Conf 1.04", desc="Did the CAPAs closed 6 months ago work?",
         booked="4w", label=C, why="checking that corrective actions prevented recurrence")
    p.ev("Coaching circle - Operations managers", "2026-01-22 16:00", 90, rrule="FREQ=MONTHLY;BYDAY=4TH",
         org="orla", att=["opsmgrs", "me"], loc="Training Room 2", desc="Peer coaching, facilitated by HR.",
         booked="4w", exdate=["2026-11-26 16:00"], label=C, why="peer coaching for managers")
    p.ev("Training matrix review", "2026-01-14 10:30", 60, rrule="FREQ=MONTHLY;BYDAY=2WE", org="me",
         att=["leads", "orla"], desc="Qualification gaps per operator, training plan for next month.",
         booked="4w", label=C, why="planning training and qualification of her team")

    p.ev("Gemba walk - Fill-Finish", "2026-01-06 10:00", 45, rrule="FREQ=WEEKLY;BYDAY=TU,TH",
         desc="Walk the line after Tier 3: standard work, 5S, open actions on the board.", booked="4w",
         exdate=["2026-11-17 10:00"], label=E, why="walking the line to follow today's production")
    p.ev("Shift handover - nights to days", "2026-01-08 06:45", 30, rrule="FREQ=WEEKLY;BYDAY=TH", org="me",
         att=["leads"], loc="B2 Huddle Board, Corridor 2", desc="", booked="4w",
         label=E, why="weekly attendance at the shift handover: operations, early on purpose")
    p.ev("Line 2 changeover readiness", "2026-01-07 16:00", 45, rrule="FREQ=WEEKLY;BYDAY=WE", org="mark",
         att=["me", "leads"], conf="teams", desc=None, booked="4w", exdate=["2026-11-18 16:00"],
         label=E, why="weekly check of the next changeovers")
    p.ev("Coaching on the floor - new operators (aseptic technique)", "2026-09-01 10:45", 60,
         rrule="FREQ=WEEKLY;BYDAY=TU", org="me", att=["leads"], loc="B2 Grade C corridor",
         desc="Aoife observes and coaches the operators who joined since July, with their shift lead.",
         booked="3w", exdate=["2026-11-17 10:45"], label=C,
         why="coaching and developing new operators")
    p.ev("Shift leads development workshop", "2026-01-29 13:00", 150, rrule="FREQ=MONTHLY;BYDAY=-1TH",
         org="me", att=["leads", "orla", "r_104"], loc="RGY-B2-Conf 1.04",
         desc="Monthly workshop for the shift leads. This quarter: situational leadership and difficult conversations.",
         booked="5w", label=C, why="developing her shift leads")
    p.ev("Mentoring - Aaron Cleary (graduate engineer)", "2026-01-12 12:30", 60, rrule="FREQ=MONTHLY;BYDAY=2MO",
         org="aaron", att=["me"], loc="B2 canteen", desc=None, booked="4w",
         label=C, why="she mentors a graduate outside her team")
    # ---- October -------------------------------------------------------------------------------------
    p.ev("Gowning requalification", "2026-10-05 07:00", 60, org="deirdre", att=["me"], loc="B2 gowning room",
         desc="Annual aseptic gowning qualification.", booked="3w", label=C, why="mandatory training")
    p.ev("Interview - Shift Lead (nights): Seán Kelly", "2026-10-06 11:00", 60, org="orla",
         att=["me", "kelly", "r_104"], loc="RGY-B2-Conf 1.04", desc="", booked="10d", label=C, why="hiring interview")
    p.ev("Interview - Shift Lead (nights): Laura Mahony", "2026-10-08 11:00", 60, org="orla",
         att=["me", "laura", "ciaran"], conf="teams", desc=None, booked="10d", label=C, why="hiring interview")
    p.ev("URGENT - filter integrity failure batch 26K118", "2026-10-07 07:00", 90, org="rory",
         att=["me", "sinead", "niamh"], conf="teams",
         desc="Post-use integrity test failed on the sterilising filter, batch 26K118 on hold. Decide on line "
              "clearance and the batches scheduled today.", booked="2026-10-07 06:40",
         label=F, why="urgent quality event, booked 20 minutes before")
    p.ev("Line 2 stoppage - sterility assurance huddle", "2026-10-07 16:00", 30, rrule="FREQ=DAILY;COUNT=3",
         org="niamh", att=["me", "leads", "rory"], loc="B2 Huddle Board, Corridor 2", desc="",
         booked="2026-10-07 11:20", label=F, why="crisis huddle for three days while the line is stopped")
    p.ev("HPRA inspection readiness - daily stand-up", "2026-10-12 16:45", 45, rrule="FREQ=DAILY;COUNT=5",
         org="sinead", att=["me", "slt", "r_board"], loc="RGY-Admin-Boardroom",
         desc="Planned daily readiness stand-up for the HPRA GMP inspection (20-22 Oct): storyboards, SME "
              "prep, document requests log. Booked as part of the inspection plan.",
         booked="2026-09-21 10:00", label=E, why="planned readiness meeting, booked three weeks ahead")
    p.ev("Root cause - DEV-26-0412 filter integrity (Ishikawa / 5 whys)", "2026-10-14 13:00", 120, org="niamh",
         att=["me", "rory", "barry", "r_104"], loc="RGY-B2-Conf 1.04",
         desc="Investigation workshop: fishbone, 5 whys, evidence, CAPA proposal.", booked="2026-10-09 09:15",
         label=C, why="root-cause investigation to prevent recurrence")
    p.ev("Site capacity plan 2028-2030 - isolator Line 3 options", "2026-10-15 10:15", 120, org="pieter",
         att=["me", "barry", "katherine"], loc="RGY-Admin-Boardroom",
         desc="Options for a third filling line: isolator vs RABS, timing, which products move from CMOs.",
         booked="4w", label=S, why="long-range capacity decision")
    p.ev("GMP annual refresher", "2026-10-19 13:00", 120, org="orla", att=["me", "opsmgrs"], loc="Training Room 1",
         desc="", booked="6w", label=C, why="training")
    p.ev("HPRA inspection - Fill-Finish walkthrough & interviews", "2026-10-20 10:00", 180, org="sinead",
         att=["me", "ciaran", "niamh"], loc="B2 Grade C corridor / RGY-B2-Conf 1.04", desc=None,
         booked="3w", label=E, why="regulatory inspection of current operations")\
        .occ("2026-10-20 10:00", start="2026-10-21 13:00", booked="2026-10-20 17:40")
    p.ev("HPRA inspection - daily close-out", "2026-10-20 17:00", 45, rrule="FREQ=DAILY;COUNT=3", org="sinead",
         att=["me", "slt", "r_board"], loc="RGY-Admin-Boardroom", desc="Inspector feedback of the day.",
         booked="3w", label=E, why="planned inspection close-out")
    p.ev("Hold - Line 3 business case", "2026-10-27 11:45", 120,
         desc="Thinking time: draft the case for a third line (volumes 2028-2030, modality mix).", booked="1w",
         label=S, why="thinking time for a long-range investment case")
    p.ev("Hold - network strategy pre-read", "2026-10-27 16:00", 90,
         desc="Read Leiden's network options paper before the make-vs-CMO call.", booked="4d",
         label=S, why="preparation time for a strategy discussion")
    p.ev("Network strategy - fill-finish make vs CMO", "2026-10-28 15:00", 90, tz="Europe/Amsterdam", org="jeroen",
         att=["me", "pieter"], conf="teams",
         desc="Which products should the Corrib network fill in-house from 2028, and where?", booked="3w",
         label=S, why="network and sourcing strategy")
    p.ev("OKR session - Operations FY27 objectives", "2026-10-29 09:30", 150, org="pieter",
         att=["opsmgrs", "me", "r_board"], loc="RGY-Admin-Boardroom",
         desc="Set the FY27 objectives for site operations (capacity, new modalities, people). Objectives only; "
              "key results come later.", booked="4w", label=S, why="setting annual objectives")
    p.ev("Lean for leaders - training day", "2026-10-02 10:00", 360, org="orla", att=["me", "opsmgrs"],
         loc="Training Room 1", desc="Day 1 of 2: flow, standard work, leader standard work.", booked="8w",
         label=C, why="training")
    p.ev("Line 3 - strategic options with Engineering", "2026-10-06 14:30", 90, org="barry",
         att=["me", "pieter"], loc="RGY-B2-Conf 1.04", desc="Scope options before the capacity plan session.",
         booked="2w", label=S, why="long-range capacity options")
    p.ev("Benchmark visit - CMO partner site (Limerick)", "2026-10-09 12:00", 180, org="pieter",
         att=["me", "barry"], loc="Shannonside Pharma Services, Raheen Business Park",
         desc="Could a CMO take our low-volume products from 2028? Capability and fit.", booked="3w",
         label=S, why="sourcing and partnership strategy")
    p.ev("Interview - Shift Lead (nights): final panel", "2026-10-13 11:45", 90, org="orla",
         att=["me", "pieter", "laura"], loc="RGY-Admin-Boardroom", desc="", booked="4d", label=C, why="hiring panel")
    p.ev("WFI loop TOC alarm - urgent", "2026-10-16 07:10", 50, org="barry", att=["me", "rory"], conf="teams",
         desc=None, booked="2026-10-16 06:45", label=F, why="urgent utilities alarm before the shift")
    p.ev("HPRA observation - response needed today", "2026-10-23 16:00", 60, org="sinead",
         att=["me", "niamh"], loc="RGY-Admin-Boardroom", desc="Draft response to observation 3 before close-out.",
         booked="2026-10-23 13:00", label=F, why="urgent response within the day")
    p.ev("Needle-stick injury - urgent EHS review", "2026-10-28 15:30", 45, org="deirdre", att=["me", "grace"],
         loc="EHS office", desc="", booked="2026-10-28 15:05", label=F, why="urgent safety incident")
    p.allday("October Bank Holiday", "2026-10-26", booked="40w", busy="FREE", label=O, why="public holiday")
    p.ev("Physio", "2026-10-13 17:30", 45, cls="PRIVATE", desc=None, booked="2w", label=O, why="personal")
    p.ev("Team night out - HPRA done", "2026-10-23 18:30", 180, org="ciaran", att=["me", "leads"],
         loc="The Oyster Tavern, Cork", desc="", booked="2026-10-22 20:00", label=O, why="social")

    # ---- November ----------------------------------------------------------------------------------
    p.ev("Onboarding - Laura Mahony (shift lead) week 1", "2026-11-02 13:00", 90, org="me",
         att=["laura", "ciaran"], loc="RGY-B2-Conf 1.04", desc="30-60-90 plan, buddy, training curriculum.",
         booked="2w", label=C, why="onboarding a new shift lead")
    p.ev("Customer complaint CC-26-077 - particulate in vial (urgent)", "2026-11-05 10:30", 60, org="sinead",
         att=["me", "rory", "client"], conf="teams",
         desc="Nordavax reports visible particulates in 3 vials of lot 26K141. Urgent response requested within "
              "24h of this call.", booked="2026-11-03 16:30",
         label=F, why="urgent customer complaint, booked two days ahead")
    p.ev("Interview - Process Engineer: Dr Amit Shah", "2026-11-10 12:00", 60, org="orla",
         att=["me", "niamh", "shah"], conf="teams", desc=None, booked="1w", label=C, why="hiring interview")
    p.ev("Budget 2027 - Fill-Finish cost centre", "2026-11-11 14:00", 120, org="pieter", att=["me", "mark"],
         loc="RGY-Admin-Boardroom", desc="Headcount, overtime, consumables, CAPEX bids.", booked="3w",
         label=E, why="budget")
    p.ev("HVAC excursion Grade B - Line 1", "2026-11-12 18:10", 50, org="barry", att=["me", "rory"],
         conf="teams", desc="Differential pressure alarm since 17:05. Fill in progress.", booked="2026-11-12 17:25",
         label=F, why="urgent evening call on an environmental excursion")
    p.ev("Hold - Site 2030 modalities paper", "2026-11-04 12:15", 105,
         desc="Draft Fill-Finish input to the Site 2030 paper: which modalities, which capabilities.", booked="1w",
         label=S, why="thinking time for the site's long-range direction")
    p.ev("Site 2030 - new modalities workshop", "2026-11-13 10:15", 120, org="katherine",
         att=["slt", "me"], loc="RGY-Admin-Boardroom",
         desc="Should Ringaskiddy fill mRNA and cell-therapy products by 2030? Capabilities needed, partners.",
         booked="5w", label=S, why="long-range direction of the site")
    p.ev("Flight EI 0602 ORK-AMS", "2026-11-17 06:30", 95, loc="Cork Airport", desc="Booking ref 3XK9QP.",
         booked="3w", label=O, why="travel")
    p.ev("Leiden visit - tech transfer steering (in person)", "2026-11-17 11:00", 300, tz="Europe/Amsterdam",
         org="jeroen", att=["me", "niamh"], loc="Corrib Biologics Leiden, Bio Science Park, room Linnaeus",
         desc="Tech transfer of product CB-114 to Ringaskiddy: status, open gaps, timeline to PPQ.",
         booked="4w", label=E, why="steering of an ongoing project, on site")
    p.ev("Leiden - fill-finish network strategy session", "2026-11-18 09:00", 180, tz="Europe/Amsterdam",
         org="jeroen", att=["me", "pieter"], loc="Corrib Biologics Leiden, room Boerhaave",
         desc="Follow-up to the October call: recommendation on make vs CMO for 2028-2032.", booked="3w",
         label=S, why="network strategy")
    p.ev("Flight EI 0607 AMS-ORK", "2026-11-18 16:40", 105, loc="Schiphol", desc=None, booked="3w",
         label=O, why="travel")
    p.ev("Root cause - CC-26-077 particulates (5 whys)", "2026-11-19 15:00", 120, org="niamh",
         att=["me", "rory", "r_104"], loc="RGY-B2-Conf 1.04",
         desc="Investigation workshop: stopper washing, visual inspection sensitivity, 5 whys, CAPA.",
         booked="2026-11-11 09:30", label=C, why="root-cause investigation")
    p.allday("Annual leave", "2026-11-20", transp="OPAQUE", busy="OOF", booked="6w", label=O, why="leave day")
    p.ev("Media fill failure - impact assessment", "2026-11-24 07:00", 90, org="sinead",
         att=["me", "niamh", "rory", "pieter"], conf="teams",
         desc="One positive unit in the Line 2 media fill. Impact on batches since the last passing fill.",
         booked="2026-11-24 06:15", label=F, why="urgent quality event before the day shift")
    p.ev("Hold - Line 3 business case v2", "2026-11-24 16:00", 90, desc="Update with Leiden outcome.",
         booked="6d", label=S, why="thinking time for an investment case")
    p.ev("Supplier call - Pelham Closures (stoppers)", "2026-11-06 14:00", 60, org="me", att=["pelham"],
         conf="teams", desc="Stopper washing specification, delivery performance.", booked="1w",
         label=E, why="vendor call on current supply")
    p.ev("Skip-level coffee - day-shift operators", "2026-11-06 15:15", 45, org="me", att=["leads"],
         loc="B2 canteen", desc="No shift leads. What gets in your way?", booked="1w",
         label=C, why="skip-level conversation with operators")
    p.ev("Power blip - B2 HVAC restart", "2026-11-09 19:30", 45, org="barry", att=["me"], conf="teams",
         desc=None, booked="2026-11-09 19:12", label=F, why="urgent evening call")
    p.ev("Hold - long-range capacity model", "2026-11-12 12:45", 75,
         desc="Build the 2028-2032 capacity model for the Line 3 case.", booked="5d",
         label=S, why="thinking time for a long-range case")
    p.ev("Visual inspection machine down - urgent", "2026-11-16 06:50", 40, org="ciaran", att=["me", "barry"],
         conf="teams", desc="", booked="2026-11-16 06:35", label=F, why="urgent equipment failure before the shift")
    p.ev("Line 3 - scope options with Engineering", "2026-11-16 10:00", 60, org="barry", att=["me"],
         loc="RGY-B2-Conf 1.04", desc=None, booked="1w", label=S, why="long-range capacity options")
    p.ev("Interviews - aseptic operators (3 candidates)", "2026-11-16 13:00", 120, org="orla",
         att=["me", "emma"], loc="RGY-B2-Conf 1.04", desc="", booked="1w", label=C, why="hiring")
    p.ev("Green Belt project review - Ciarán", "2026-11-16 16:30", 60, org="ciaran", att=["me"],
         loc="RGY-B2-Conf 1.04", desc="Tollgate review of his Green Belt project.", booked="1w",
         label=C, why="supporting a direct report's development project")
    p.ev("Aseptic behaviours refresher - Aoife presents", "2026-11-25 13:00", 90, org="orla", att=["me", "leads"],
         loc="Training Room 1", desc=None, booked="4w", label=C, why="delivering training to her operators")
    p.ev("Batch 26K152 OOS endotoxin - urgent decision", "2026-11-26 16:30", 60, org="rory",
         att=["me", "sinead"], conf="teams", desc="Out-of-specification result, batch due to ship Monday.",
         booked="2026-11-26 15:40", label=F, why="urgent quality decision, booked 50 minutes before")
    p.ev("Site 2030 - modalities follow-up", "2026-11-27 15:00", 90, org="katherine", att=["slt", "me"],
         conf="teams", desc="Shortlist of modality options and partners to explore.", booked="2w",
         label=S, why="long-range direction of the site")
    p.ev("Corrib LEAD programme - module 2", "2026-11-30 13:00", 240, org="orla", att=["me", "opsmgrs"],
         loc="Training Room 1", desc="Module 2: coaching conversations.", booked="10w",
         label=C, why="leadership training")
    p.ev("December production plan", "2026-11-27 09:00", 60, org="mark", att=["me", "leads"],
         loc="RGY-B2-Conf 1.04", desc="", booked="1w", label=E, why="production scheduling")
    p.ev("Intro - Validex (CSV for Line 2 upgrade)", "2026-11-10 16:00", 45, org="barry", att=["me", "validex"],
         conf="teams", desc="Computer system validation support for the Line 2 HMI upgrade in Q1.", booked="1w",
         label=E, why="vendor introduction for a project already under way")
    p.ev("Annual review - Ciarán Walsh", "2026-11-25 10:00", 60, org="me", att=["ciaran"], loc="RGY-B2-Conf 1.04",
         desc="", booked="3w", label=C, why="annual performance review")
    p.ev("Annual review - Emma Doyle", "2026-11-25 16:45", 60, org="me", att=["emma"], loc="RGY-B2-Conf 1.04",
         desc=None, booked="3w", label=C, why="annual performance review")
    p.ev("Annual review - Tomasz Nowak", "2026-11-27 15:15", 60, org="me", att=["tomasz"], loc="RGY-B2-Conf 1.04",
         desc=None, booked="3w", label=C, why="annual performance review")
    p.ev("Annual review - Grace Okonkwo", "2026-11-27 14:00", 60, org="me", att=["grace"], loc="RGY-B2-Conf 1.04",
         desc="", booked="3w", label=C, why="annual performance review")
    p.ev("OKR check-in - Operations Q4", "2026-11-23 13:00", 60, org="pieter", att=["opsmgrs", "me"],
         conf="teams", desc="Red/amber/green on Q4 key results, owners, dates.", booked="3w",
         label=E, why="tracking progress on key results")
    p.ev("Site town hall - Q4", "2026-11-27 11:00", 60, org="katherine", att=["all", "me"], loc="Canteen",
         desc="Q3 results, HPRA inspection outcome, 2027 volume plan.", booked="6w", me="TENTATIVE",
         label=E, why="site-wide results and plan update")
    return p


@persona
def cate_whitfield():
    """Southern Cross Mutual Bank, a customer-owned retail bank (~1,900 staff, 60 branches) with head
    office in Melbourne. Cate Whitfield is Chief Operating Officer; she reports to the CEO, Graham
    Pryce, and leads the GMs of Operations, Technology and Payments, the Head of Contact Centre and
    the Head of Transformation who runs the core banking replacement. November 2026: the core
    banking programme, the CPS 230 operational-resilience deadline, scam losses, the budget round,
    a Board Risk Committee, and a board strategy day in Sydney. An NPP payments outage (4 Nov) and a
    remote-access scam wave (16-20 Nov). Everything runs through her: status, steering, sign-offs.
    Melbourne is on daylight time (AEDT) all month; London and Bengaluru calls fall early or late.
    Exported from Outlook for Windows."""
    p = Persona(slug="cate-whitfield", name="Cate Whitfield", email="cate.whitfield@scmbank.example",
                role="executive", title="Chief Operating Officer", tz="Australia/Melbourne", style="outlook",
                lang="en", industry="retail banking (customer-owned bank, Australia)", months=["2026-11"],
                expected="stuck in execution", manager="graham",
                reports=["raj", "hannah", "ben", "maria", "daniel"], exported="2026-12-01 07:55")
    w = p.who
    w("graham", "Graham Pryce", "graham.pryce@scmbank.example")
    w("raj", "Raj Patel", "raj.patel@scmbank.example")
    w("hannah", "Hannah Liu", "hannah.liu@scmbank.example")
    w("ben", "Ben Kowalski", "ben.kowalski@scmbank.example")
    w("maria", "Maria Santos", "maria.santos@scmbank.example")
    w("daniel", "Daniel O'Brien", "daniel.obrien@scmbank.example")
    w("simon", "Simon Clarke", "simon.clarke@scmbank.example")          # CFO
    w("angela", "Angela Moretti", "angela.moretti@scmbank.example")     # CRO
    w("leanne", "Leanne Foster", "leanne.foster@scmbank.example")       # Chief Customer Officer
    w("comms", "Josh Tanner", "josh.tanner@scmbank.example")
    w("ea", "Michelle Grady", "michelle.grady@scmbank.example")
    w("corvane", "Oliver Hughes", "oliver.hughes@corvane-systems.example")
    w("kalpa", "Ananya Iyer", "ananya.iyer@kalpaservices.example")
    w("apra", "Dr Peter Lam", "peter.lam@prudential-regulator.example")
    w("finch", "Marcus Tey", "marcus@finchpayments.example")
    w("jasmine", "Jasmine Wu", "jasmine.wu@scmbank.example")
    w("cand", "Rebecca Storey", "rebecca.storey@mailbox.example")
    w("exco", "SCMB Executive Committee", "exco@scmbank.example", kind="group")
    w("opslt", "COO Leadership Team", "coo-lt@scmbank.example", kind="group", cutype="GROUP")
    w("ops_huddle", "Ops Daily Huddle", "ops-huddle@scmbank.example", kind="group")
    w("brc", "Board Risk Committee", "brc@scmbank.example", kind="group")
    w("board", "SCMB Board", "board@scmbank.example", kind="group")
    w("incident", "Major Incident Team", "major-incident@scmbank.example", kind="group", cutype="GROUP")
    w("grads", "Graduate Program Panel", "grad-panel@scmbank.example", kind="group")
    w("r_l22", "MEL-L22-Boardroom (20)", "mel-l22-boardroom@scmbank.example", kind="room", cutype="RESOURCE")
    w("r_l21", "MEL-L21-Conf Rm 21.04 (8)", "mel-l21-conf2104@scmbank.example", kind="room", cutype="RESOURCE")
    w("r_l21b", "MEL-L21-Conf Rm 21.11 (12)", "mel-l21-conf2111@scmbank.example", kind="room")

    # ---- the operating rhythm -------------------------------------------------------------------
    p.ev("Ops huddle - COO", "2026-02-02 08:00", 20, rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org="me",
         att=["ops_huddle"], conf="teams", desc="Overnight incidents, queues, payments, branch issues.",
         booked="3w", exdate=["2026-11-03 08:00", "2026-11-27 08:00"],
         label=E, why="daily operational huddle she runs")
    p.ev("ExCo", "2026-01-12 09:00", 120, rrule="FREQ=WEEKLY;BYDAY=MO", org="graham", att=["exco", "me", "r_l22"],
         loc="MEL-L22-Boardroom", desc="Papers in Diligent.", booked="6w", label=E,
         why="weekly executive committee: business performance and decisions")
    p.ev("Graham / Cate", "2026-01-16 16:00", 45, rrule="FREQ=WEEKLY;BYDAY=FR", org="graham", att=["me"],
         loc="CEO office", desc="Cate's updates: CPS 230 readiness, core banking, scam losses, contact-centre "
         "wait times.", booked="6w", exdate=["2026-11-27 16:00"],
         label=E, why="weekly status with her CEO, organised by him")
    p.ev("Core Banking Modernisation - Programme Steerco", "2026-02-04 14:00", 120, rrule="FREQ=WEEKLY;BYDAY=WE",
         org="daniel", att=["me", "simon", "hannah", "corvane?", "r_l22"], loc="MEL-L22-Boardroom",
         desc="Status by workstream, RAID log, budget burn, cutover readiness.", booked="5w",
         label=E, why="steering committee of a running programme")
    p.ev("CPS 230 operational resilience - working group", "2026-03-05 10:00", 90, rrule="FREQ=WEEKLY;BYDAY=TH",
         org="angela", att=["me", "raj", "hannah", "r_l21"], loc="MEL-L21-Conf Rm 21.04", desc=None,
         booked="4w", exdate=["2026-11-26 10:00"], label=E, why="compliance programme tracking")
    p.ev("Scam losses - weekly review", "2026-04-07 15:00", 60, rrule="FREQ=WEEKLY;BYDAY=TU", org="ben",
         att=["me", "leanne", "maria"], conf="teams", desc="Losses, reimbursements, detection rules, trends.",
         booked="3w", exdate=["2026-11-03 15:00"], label=E, why="weekly operational review")\
        .occ("2026-11-17 15:00", summary="Scam losses - weekly review (scam wave)",
             desc="Used as the afternoon crisis call for the remote-access scam wave: reimbursement decisions "
                  "for today's cases, call-centre scripts.", booked="2026-11-17 10:30",
             label=F, why="this week's slot became a crisis call for the scam wave")
    p.ev("Corvane Systems - vendor performance review", "2026-02-12 08:00", 90, tz="Europe/London",
         rrule="FREQ=MONTHLY;BYDAY=2TH", org="corvane", att=["me", "daniel", "hannah"], conf="teams",
         desc="SLA performance, defect backlog, release plan.", booked="6w",
         label=E, why="vendor performance review on a current contract")
    p.ev("Kalpa Services - offshore ops sync", "2026-03-05 10:00", 60, tz="Asia/Kolkata",
         rrule="FREQ=WEEKLY;BYDAY=TH", org="kalpa", att=["me", "raj"], conf="teams", desc=None, booked="4w",
         label=E, why="weekly sync with an outsourcing partner on current delivery")
    p.ev("Contact centre performance", "2026-02-10 11:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
         org="maria", att=["me"], loc="MEL-L21-Conf Rm 21.04", desc="", booked="4w",
         exdate=["2026-11-03 11:00"], label=E, why="operational performance review")
    p.ev("Customer remediation program - status", "2026-05-04 14:00", 60, rrule="FREQ=WEEKLY;BYDAY=MO",
         org="raj", att=["me", "angela"], conf="teams", desc=None, booked="3w",
         label=E, why="status of a running remediation program")
    p.ev("Approvals & sign-offs", "2026-01-16 13:00", 90, rrule="FREQ=WEEKLY;BYDAY=FR",
         desc="Invoices > $250k, contract variations, policy exceptions, delegations.", booked="6w",
         exdate=["2026-11-06 13:00", "2026-11-20 13:00", "2026-11-27 13:00"], label=E, why="approval block")
    p.ev("COO leadership team", "2026-01-14 09:00", 90, rrule="FREQ=WEEKLY;BYDAY=WE", org="me",
         att=["opslt", "r_l21b"], loc="MEL-L21-Conf Rm 21.11",
         desc="1. Dashboard 2. Program status 3. Risks and issues 4. Decisions", booked="6w",
         label=E, why="weekly team meeting on delivery and status")
    p.ev("Operational risk - RCSA review", "2026-02-17 13:00", 90, rrule="FREQ=MONTHLY;BYDAY=3TU", org="angela",
         att=["me", "raj"], loc="MEL-L21-Conf Rm 21.04", desc="", booked="6w",
         label=E, why="monthly risk and control review")

    # ---- her team ---------------------------------------------------------------------------------
    p.ev("Raj / Cate 1:1", "2026-02-02 15:30", 45, rrule="FREQ=MONTHLY;BYDAY=1MO", org="me", att=["raj"],
         loc="COO office", desc="Raj's development plan (GM to Exec readiness).", booked="5w",
         label=C, why="monthly coaching 1:1 with a direct report")
    p.ev("Hannah / Cate 1:1", "2026-02-03 16:30", 45, rrule="FREQ=MONTHLY;BYDAY=1TU", org="me",
         att=["hannah"], loc="COO office", desc=None, booked="5w",
         label=C, why="monthly 1:1 with a direct report")\
        .occ("2026-11-03 16:30", start="2026-11-10 16:30", booked="2026-10-28 12:00")
    p.ev("Ben / Cate 1:1", "2026-02-05 16:30", 45, rrule="FREQ=MONTHLY;BYDAY=1TH", org="me", att=["ben"],
         loc="COO office", desc="", booked="5w", label=C, why="monthly 1:1 with a direct report")\
        .occ("2026-11-05 16:30", status="CANCELLED", summary="Canceled: Ben / Cate 1:1", booked="2026-11-04 20:10")
    p.ev("Maria / Cate 1:1", "2026-02-11 12:00", 45, rrule="FREQ=MONTHLY;BYDAY=2WE", org="me", att=["maria"],
         loc="COO office", desc=None, booked="5w", label=C, why="monthly 1:1 with a direct report")
    p.ev("Daniel / Cate 1:1", "2026-02-19 17:00", 45, rrule="FREQ=MONTHLY;BYDAY=3TH", org="me",
         att=["daniel"], loc="COO office", desc=None, booked="5w", label=C, why="monthly 1:1 with a direct report")\
        .occ("2026-11-19 17:00", status="CANCELLED", summary="Canceled: Daniel / Cate 1:1", booked="2026-11-19 09:00")
    p.ev("Graduate program - assessment centre panel", "2026-11-11 13:00", 180, org="ea",
         att=["me", "grads", "r_l21b"], loc="MEL-L21-Conf Rm 21.11", desc="Group exercise and panel interviews.",
         booked="6w", label=C, why="graduate hiring")
    p.ev("NPP-INC-0192 review", "2026-11-13 14:00", 90, org="hannah",
         att=["me", "ben", "incident"], conf="teams",
         desc="Blameless post-incident review: timeline, contributing factors, 5 whys, actions with owners.",
         booked="2026-11-06 11:00", label=C, why="learning review after the outage")
    p.ev("Mentoring - Jasmine Wu (Women in Finance)", "2026-11-19 12:00", 60, org="jasmine", att=["me"],
         loc="Café, Level 1", desc=None, booked="3w", label=C, why="she mentors a manager from another division")
    p.ev("Interview - Head of Operational Resilience (final)", "2026-11-16 15:00", 60, org="ea",
         att=["me", "angela", "cand"], loc="MEL-L21-Conf Rm 21.04", desc="", booked="1w", label=C, why="hiring")
    p.ev("COO leadership team - ways of working", "2026-11-06 12:30", 180, org="me", att=["opslt", "r_l21b"],
         loc="MEL-L21-Conf Rm 21.11",
         desc="How we work as a team: decision rights, meeting load, feedback. Facilitated by People & Culture.",
         booked="4w", label=C, why="team development session")

    # ---- one-offs: budget, board, regulator ----------------------------------------------------
    p.ev("Budget FY27 - Operations submission", "2026-11-10 10:00", 120, org="simon", att=["me", "raj", "ben"],
         loc="MEL-L22-Boardroom", desc="", booked="4w", label=E, why="budget")
    p.ev("Budget FY27 - Operations submission (round 2)", "2026-11-19 14:00", 120, org="simon", att=["me", "raj"],
         conf="teams", desc=None, booked="2w", label=E, why="budget")
    p.ev("Strategic planning - Operations 2027", "2026-11-12 13:00", 180, org="me", att=["opslt", "r_l21b"],
         loc="MEL-L21-Conf Rm 21.11",
         desc="Agenda:\n- FY27 initiatives: owner, milestone dates, KPIs\n- Roadmap dependencies with the core "
              "banking cutover\n- Budget alignment", booked="5w",
         label=E, why="despite the title: owners, dates and KPIs for initiatives already chosen")
    p.ev("Branch network - service model review", "2026-11-13 10:00", 90, org="leanne", att=["me", "raj"],
         loc="MEL-L21-Conf Rm 21.04", desc="", booked="3w", label=E, why="operational review")
    p.ev("BRC papers - review with CRO", "2026-11-17 10:00", 90, org="angela", att=["me"], loc="CRO office",
         desc=None, booked="2w", label=E, why="preparing board committee reporting")
    p.ev("Investment Committee - capex approvals", "2026-11-18 16:00", 60, org="simon", att=["me"], conf="teams",
         desc=None, booked="3w", label=E, why="approvals")
    p.ev("Quick sync - cutover dates", "2026-11-19 12:30", 15, org="daniel", att=["me"], conf="teams",
         desc=None, booked="20m", label=E, why="ordinary programme question, booked at short notice")
    p.ev("Board Risk Committee", "2026-11-24 09:00", 180, org="ea", att=["brc", "me", "angela", "r_l22"],
         loc="MEL-L22-Boardroom",
         desc="COO papers: operational risk dashboard, CPS 230 readiness, incident report (NPP outage 4 Nov).",
         booked="12w", label=E, why="board committee reviewing risk reporting and compliance status")
    p.ev("APRA - CPS 230 readiness review", "2026-11-26 10:00", 120, org="apra", att=["me", "angela", "raj"],
         uidstyle="outlook", conf="teams", desc="Supervisory meeting.", booked="5w",
         label=E, why="regulator meeting on compliance status")

    p.ev("Core banking - cutover dress rehearsal stand-up", "2026-11-16 17:00", 30,
         rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10", org="daniel", att=["me", "hannah", "raj", "corvane"],
         conf="teams", desc="Planned daily stand-up for dress rehearsal 2 (16-27 Nov), per the cutover plan v4.",
         booked="2026-10-12 10:00", label=E, why="planned daily stand-up for a scheduled rehearsal, booked weeks ahead")
    p.ev("Technology operations review", "2026-02-05 13:00", 60, rrule="FREQ=WEEKLY;BYDAY=TH", org="hannah",
         att=["me"], loc="MEL-L21-Conf Rm 21.04", desc="Availability, change success rate, capacity, vendor tickets.",
         booked="5w", exdate=["2026-11-26 13:00"], label=E, why="weekly operational review")
    p.ev("Payments performance", "2026-02-03 10:00", 60, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", org="ben",
         att=["me"], conf="teams", desc=None, booked="5w", exdate=["2026-11-24 10:00"],
         label=E, why="operational review")
    p.ev("Members' Council - operations update", "2026-11-19 17:30", 90, org="ea", att=["me", "leanne"],
         loc="Ground floor auditorium", desc="Cate presents service levels and the core banking timeline.",
         booked="8w", me="TENTATIVE", label=E, why="reporting to the member council")
    p.ev("Property - branch consolidation program", "2026-11-24 14:00", 90, org="raj", att=["me", "simon"],
         loc="MEL-L21-Conf Rm 21.04", desc="", booked="3w", label=E, why="status of a running program")
    p.ev("Audit committee pre-brief - internal audit findings", "2026-11-18 12:00", 60, org="angela",
         att=["me"], conf="teams", desc=None, booked="2w", label=E, why="reporting and remediation tracking")
    p.ev("Site visit - Ballarat contact centre", "2026-11-20 08:30", 270, org="maria", att=["me"],
         loc="Ballarat contact centre, 40 Lydiard St", desc="Floor walk, team leader round table, WFM review.",
         booked="4w", label=E, why="operational site visit")
    p.ev("Talent review - COO division", "2026-11-23 15:00", 120, org="ea", att=["me", "opslt"],
         loc="MEL-L21-Conf Rm 21.11", desc="Succession for GM roles, high-potential list, development moves.",
         booked="5w", label=C, why="talent and succession planning")
    p.ev("Reverse mentoring - graduate (digital channels)", "2026-11-25 12:30", 45, org="jasmine",
         att=["me"], loc="Café, Level 1", desc=None, booked="2w", label=C, why="mentoring exchange")
    # ---- direction (what little there is) ------------------------------------------------------
    p.ev("Board strategy day (Sydney)", "2026-11-27 09:00", 420, tz="Australia/Sydney", org="ea",
         att=["board", "exco", "me"], loc="Sydney office, Level 12, 1 Bligh St",
         desc="Where the bank plays to 2030: digital-only brand? Merger options with other mutuals. Capital plan.",
         booked="14w", label=S, why="board day on direction, mergers and the 2030 plan")
    p.ev("Intro - Finch Payments (fintech partnership)", "2026-11-18 00:00Z", 45, org="finch", att=["me", "ben"],
         uidstyle="zoom", conf="zoom", desc=None, booked="2w", label=S, why="exploring a strategic partnership")
    p.ev("Hold - Ops target operating model 2030", "2026-11-20 14:00", 120,
         desc="Thinking time: what the operations function looks like in 2030 (automation, offshore, branches).",
         booked="1w", label=S, why="thinking time for long-range design")

    # ---- incidents and escalations -------------------------------------------------------------
    p.ev("P1 - NPP outbound payments failing - bridge (NPP-INC-0192)", "2026-11-04 13:15", 105, org="hannah",
         att=["me", "incident", "ben"], conf="teams", desc="Outbound NPP payments rejected since 12:05.",
         booked="2026-11-04 12:30", label=F, why="major-incident bridge created 45 minutes before")
    p.ev("P1 NPP - status bridge", "2026-11-04 18:00", 30, rrule="FREQ=DAILY;COUNT=3", org="hannah",
         att=["me", "incident", "ben", "comms"], conf="teams", desc=None, booked="2026-11-04 15:10",
         label=F, why="incident status bridges, bounded to three days")\
        .occ("2026-11-05 18:00", start="2026-11-05 08:30", booked="2026-11-04 19:00")
    p.ev("Call with Graham - outage", "2026-11-04 21:00", 30, org="graham", att=["me"], desc=None,
         booked="2026-11-04 20:35", label=F, why="late call with the CEO during the incident")
    p.ev("Media - urgent response: outage coverage", "2026-11-05 11:00", 30, org="comms", att=["me", "leanne"],
         conf="teams", desc="The Age is running a story at 1pm.", booked="2026-11-05 10:10",
         label=F, why="urgent media response")
    p.ev("Branch robbery - Frankston (staff welfare and ops)", "2026-11-10 15:40", 50, org="raj",
         att=["me", "maria"], conf="teams", desc="", booked="2026-11-10 15:25", label=F, why="urgent incident")
    p.ev("Scam wave - daily crisis response", "2026-11-16 08:30", 30, rrule="FREQ=DAILY;COUNT=5", org="ben",
         att=["me", "leanne", "maria", "incident"], conf="teams",
         desc="Remote-access scam wave hitting older members. Daily crisis call until it subsides.",
         booked="2026-11-16 07:40", label=F, why="crisis call created the same morning, bounded to five days")
    p.ev("Escalation - AFCA complaint (member scam loss)", "2026-11-23 11:30", 60, org="leanne",
         att=["me", "ben"], loc="MEL-L21-Conf Rm 21.04",
         desc="AFCA complaint, $180k loss, elderly member; media interest. Decide on goodwill payment.",
         booked="2026-11-20 17:00", label=F, why="urgent escalation, booked three days ahead")
    p.ev("Card processor outage - exec briefing", "2026-11-25 19:30", 30, org="hannah", att=["me", "graham"],
         conf="teams", desc=None, booked="2026-11-25 19:05", label=F, why="urgent evening briefing")

    p.ev("Busy", "2026-11-12 16:15", 45, desc=None, booked="2d", label=O, why="opaque busy block with no content")
    # ---- personal and travel ----------------------------------------------------------------------
    p.allday("Melbourne Cup Day (public holiday)", "2026-11-03", booked="30w", busy="FREE", label=O, why="holiday")
    p.ev("Pilates", "2026-02-04 07:00", 45, rrule="FREQ=WEEKLY;BYDAY=WE", cls="PRIVATE", desc=None, booked="4w",
         label=O, why="personal")
    p.ev("School concert - Ella", "2026-11-25 18:00", 90, cls="PRIVATE", desc=None, booked="3w",
         label=O, why="personal")
    p.ev("Flight QF 0447 MEL-SYD", "2026-11-26 18:00", 90, loc="Melbourne Airport T1", desc="Booking ref 7QPX2M",
         booked="6w", label=O, why="travel")
    p.ev("Flight QF 0470 SYD-MEL", "2026-11-27 17:30", 95, tz="Australia/Sydney", loc="Sydney Airport T3",
         desc=None, booked="6w", label=O, why="travel")
    return p


@persona
def grace_mwangi():
    """Maji Safi Alliance, a Nairobi-based non-profit that builds and maintains water and sanitation
    systems in schools and clinics in Kenya and Uganda (~140 staff). Grace Wanjiru Mwangi is
    Director of Programmes; she reports to the Executive Director, David Otieno, and leads three
    programme managers and the M&E lead. She starts maternity leave on Wednesday 4 November 2026:
    two days of handover, then Google Calendar's out-of-office declines her meetings; she joins one
    board session on a keeping-in-touch day. A month with too few work hours to judge.
    Exported from Google Calendar."""
    p = Persona(slug="grace-mwangi", name="Grace Wanjiru Mwangi", email="grace.mwangi@majisafi.example",
                role="senior-leader", title="Director of Programmes", tz="Africa/Nairobi", style="google",
                lang="en", industry="non-profit (water and sanitation programmes, East Africa)",
                months=["2026-11"], expected="not enough data", manager="david",
                reports=["peter", "aisha", "brian", "lucy"], exported="2026-12-04 10:15")
    p.phone = "(KE) +254 20 514 3346"
    w = p.who
    w("david", "David Otieno", "david.otieno@majisafi.example")
    w("peter", "Peter Kamau", "peter.kamau@majisafi.example")
    w("aisha", "Aisha Abdi", "aisha.abdi@majisafi.example")
    w("brian", "Brian Ochieng", "brian.ochieng@majisafi.example")
    w("lucy", "Lucy Njeri", "lucy.njeri@majisafi.example")
    w("finance", "Samuel Kiprop", "samuel.kiprop@majisafi.example")
    w("donor", "Rebecca Hall", "rhall@globalwashfund.example")
    w("unicef", "WASH Sector Coordination Kenya", "wash-coord-ke@sector-coord.example", kind="group")
    w("smt", "Senior Management Team", "smt@majisafi.example", kind="group", cutype="GROUP")
    w("programmes", "Programmes Team", "programmes@majisafi.example", kind="group")
    w("board", "Board of Trustees", "trustees@majisafi.example", kind="group")
    w("r_tana", "Nairobi-2-Tana Room (10)", "c_3a91e0b7f2@resource.calendar.google.com", kind="room",
      cutype="RESOURCE")

    # ---- recurring meetings (declined by out-of-office from 4 Nov) ----------------------------------
    smt = p.ev("SMT weekly", "2026-01-12 14:00", 90, rrule="FREQ=WEEKLY;BYDAY=MO", org="david",
               att=["smt", "me", "r_tana"], loc="Tana Room", desc="Finance, programmes, fundraising, HR, risks.",
               booked="5w", label=E, why="weekly senior management meeting: running the organisation")
    for d in ("2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"):
        smt.occ(f"{d} 14:00", me="DECLINED", booked="2026-11-03 17:55")
    p.ev("Programmes team meeting", "2026-01-13 09:00", 60, rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261103T235959Z",
         org="me", att=["programmes", "r_tana"], loc="Tana Room", conf="meet",
         desc="Delivery status per project, field issues, reporting deadlines.", booked="5w",
         label=E, why="weekly team meeting on delivery, ended by her before her leave")
    p.ev("Programmes team meeting", "2026-11-10 09:00", 60, rrule="FREQ=WEEKLY;BYDAY=TU", org="aisha",
         att=["programmes", "me?", "r_tana"], me="DECLINED", loc="Tana Room", conf="meet",
         desc="Continuing the weekly meeting while Grace is on leave (Aisha acting).", booked="2026-11-03 15:20",
         label=E, why="the same team meeting re-created by the acting director; auto-declined")
    dg = p.ev("Grace / David 1:1", "2026-01-08 11:00", 45, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org="david",
              att=["me"], conf="meet", desc="Grace's updates: donor reports, programme delivery, budget.",
              booked="5w", label=E, why="status update with her own manager, he organises it")
    for d in ("2026-11-12", "2026-11-26"):
        dg.occ(f"{d} 11:00", me="DECLINED", booked="2026-11-03 17:55")
    p.ev("1:1 Lucy / Grace", "2026-03-03 11:00", 30, rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261103T235959Z",
         org="me", att=["lucy"], desc="Lucy's growth plan: leading the 2027 evaluation.", booked="3w",
         label=C, why="coaching 1:1 with a direct report")\
        .occ("2026-11-03 11:00", summary="Handover - M&E (Lucy)", dur=60,
             desc="Instead of the 1:1: open evaluations, donor indicator deadlines, who signs off the Q4 report.",
             booked="2026-10-30 09:00", label=E, why="last occurrence used to hand over running work")
    p.ev("1:1 Brian / Grace", "2026-03-02 15:45", 30, rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20261103T235959Z",
         org="me", att=["brian"], desc=None, booked="3w", label=C, why="1:1 with a direct report")
    me_rev = p.ev("M&E monthly review", "2026-01-08 14:00", 90, rrule="FREQ=MONTHLY;BYDAY=2TH", org="lucy",
                  att=["me", "programmes"], conf="meet", desc="Indicator tracking, data quality, donor KPIs.",
                  booked="5w", label=E, why="monthly performance review")
    me_rev.occ("2026-11-12 14:00", me="DECLINED", booked="2026-11-03 17:55")
    sector = p.ev("WASH sector coordination - Kenya", "2026-01-20 10:00", 120, rrule="FREQ=MONTHLY;BYDAY=3TU",
                  org="unicef", att=["me", "peter"], uidstyle="outlook", conf="teams", desc=None, booked="6w",
                  label=E, why="monthly sector coordination on ongoing programmes")
    sector.occ("2026-11-17 10:00", me="DECLINED", booked="2026-11-03 17:55")

    # ---- handover days ----------------------------------------------------------------------------
    p.ev("Handover - WASH in Schools programme (Peter)", "2026-11-02 09:00", 60, org="me", att=["peter"],
         loc="Tana Room", desc="Open contracts, county MoUs, reporting calendar, who decides what.", booked="2w",
         label=E, why="handing over the running of a programme")
    p.ev("Acting Director briefing - Aisha", "2026-11-02 11:00", 60, org="me", att=["aisha"],
         loc="Grace's office",
         desc="Aisha acts as Director of Programmes from 4 Nov. Delegated authorities, how to run SMT items, "
              "stretch goals for her during the acting period.", booked="3w",
         label=C, why="preparing and coaching a report for an acting role")
    p.ev("Global WASH Fund - Q3 report call", "2026-11-02 13:00Z", 60, org="donor",
         att=["me", "aisha", "finance"], uidstyle="zoom", conf="zoom", desc=None, booked="3w",
         label=E, why="donor reporting on a current grant")
    p.ev("Antenatal check - Aga Khan University Hospital", "2026-11-03 14:00", 60, cls="PRIVATE",
         loc="Aga Khan University Hospital, 3rd Parklands Ave", desc=None, booked="4w",
         label=O, why="personal medical")
    p.ev("Farewell tea with the team", "2026-11-03 16:00", 60, org="aisha", att=["me", "programmes"],
         loc="Office terrace", desc="Cake!", booked="6d", label=O, why="social")
    p.allday("Maternity leave", "2026-11-04", days=115, transp="OPAQUE",
             desc="Out of office until 27 Feb 2027. Aisha Abdi is acting Director of Programmes.",
             booked="8w", label=O, why="leave")
    p.allday("Baby due date", "2026-11-16", booked="20w", label=O, why="personal")

    # ---- during leave -----------------------------------------------------------------------------
    p.ev("Donor field visit - Kitui schools", "2026-11-24 07:30", 600, org="peter",
         att=["me", "donor", "aisha"], me="DECLINED", loc="Kitui County", desc="Visit with Global WASH Fund.",
         booked="2026-11-10 12:00", label=E, why="donor visit to running projects; auto-declined during leave")
    p.ev("Board meeting - 2027-2029 strategic plan (KIT day)", "2026-11-26 10:00", 90, org="david",
         att=["board", "me", "smt"], conf="meet",
         desc="Approval of the 2027-2029 strategic plan: which counties and countries we expand to, schools vs "
              "clinics focus. Grace joins remotely as a keeping-in-touch day.", booked="2026-11-12 09:00",
         label=S, why="board decision on the organisation's three-year direction")
    p.ev("Postnatal check", "2026-11-30 10:00", 60, cls="PRIVATE", desc=None, booked="2026-11-20 08:00",
         label=O, why="personal medical")
    return p


# ==============================================================================================
# config files
# ==============================================================================================
AUTHORED = """Written in one sitting by an AI assistant (a helper session started by the project), from a brief that asked for an independent, hand-labelled set. Eight fictional leaders, eight fictional organisations (.example domains only), each with a world written first (company, reporting line, projects, the crises of the month), then the calendar that world produces, event by event and series by series, in make_set.py; the label of each event is the purpose of the meeting in that world, not what its title suggests, and sits next to its definition. What the author read: the brief; /work/shared/DESIGN.md (sections "The categories", "What counts", "Role targets"); /work/main/README.md sections "Configuration", "A roster of people (CSV)" and "What counts, and why"; and a handful of the third-party files in /work/shared/corpus/ics/ (Google and Exchange exports) to imitate real exports. What the author did not see: any classifier code (src/timeaudit/classify/), classifiers/, the samples, tools, benchmarks and tests folders, the README section "How events are tagged", any labelled or training data, the other evaluation set (calendars/dev) and its brief; the author never ran a timeaudit command that classifies. Outside that list the author saw only file names, never contents: a listing of /work/main/evaluation/ (four files, none opened), the existence of the calendars/dev folder, and a `git status` list of modified source files. Expected verdicts are what the author intended; make_set.py check recomputes each month's split from these labels with its own reading of DESIGN.md (declined, cancelled, free and all-day events left out, overlaps shared, multi-day events clipped to working hours) and confirms the intended verdict, with the role targets and tolerance 5. Randomness (seeded) only picks creation minutes, other invitees' answers and meeting ids."""


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_configs(ps: list[Persona]):
    domains = []
    for p in ps:
        d = p.email.split("@")[1]
        if d not in domains:
            domains.append(d)
    t = ["# timeaudit configuration for the hand-labelled \"test\" evaluation set (written by make_set.py)",
         "[settings]", "tolerance = 5",
         "internal_domains = [" + ", ".join(q(d) for d in domains) + "]",
         "work_start = 8", "work_end = 18", ""]
    for p in ps:
        t += ["[[people]]", f"email = {q(p.email)}", f"name = {q(p.name)}", f"role = {q(p.role)}",
              f"tz = {q(p.tz)}", f"sources = [{q(p.slug)}]",
              "reports = [" + ", ".join(q(p.person_email(r)) for r in p.reports) + "]"]
        if p.manager:
            t.append(f"manager = {q(p.person_email(p.manager))}")
        t.append("")
    for p in ps:
        t += [f"[sources.{p.slug}]", 'kind = "ics"', f"path = {q(p.slug + '.ics')}", ""]
    (HERE / "timeaudit.toml").write_text("\n".join(t), encoding="utf-8")
    s = ["[set]", 'name = "test"', 'authored = """' + AUTHORED.strip() + '"""', ""]
    for p in ps:
        s += ["[[persons]]", f"email = {q(p.email)}", f"slug = {q(p.slug)}",
              "months = [" + ", ".join(q(m) for m in p.months) + "]",
              f"expected_verdict = {q(p.expected)}", f"industry = {q(p.industry)}", f"language = {q(p.lang)}", ""]
    (HERE / "set.toml").write_text("\n".join(s), encoding="utf-8")


def build():
    ps = [fn() for fn in PERSONAS]
    slugs = [p.slug for p in ps]
    assert len(set(slugs)) == len(slugs)
    for p in ps:
        uids = [e.uid for e in p.events]
        dup = {u for u in uids if uids.count(u) > 1}
        assert not dup, (p.slug, dup)
        (HERE / f"{p.slug}.ics").write_bytes(write_ics(p).encode("utf-8"))
        (HERE / f"{p.slug}.labels.csv").write_text(write_labels(p), encoding="utf-8")
    write_configs(ps)
    print(f"built {len(ps)} personas: " + ", ".join(slugs))


# ==============================================================================================
# check
# ==============================================================================================
RID = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
TARGETS = {"executive": (30, 30, 30, 10), "senior-leader": (20, 30, 40, 10), "manager": (10, 30, 50, 10)}
VERDICTS = ("fits", "stuck in execution", "firefighting overload", "over-planning", "people under-invested",
            "not enough data")


def load_labels(path: Path, problems: list[str]):
    rows = {}
    with path.open(encoding="utf-8", newline="") as fh:
        r = csv.reader(fh)
        header = next(r)
        if header != ["uid", "recurrence_id", "label", "why"]:
            problems.append(f"{path.name}: bad header {header}")
        for n, row in enumerate(r, start=2):
            if len(row) != 4:
                problems.append(f"{path.name} row {n}: {len(row)} columns")
                continue
            uid, rid, label, why = row
            if label not in LABELS:
                problems.append(f"{path.name} row {n}: label {label!r} is not one of the five categories")
            if rid and not RID.match(rid):
                problems.append(f"{path.name} row {n}: recurrence_id {rid!r} is not YYYY-MM-DDTHH:MM:SSZ")
            if not why.strip():
                problems.append(f"{path.name} row {n}: empty why")
            if (uid, rid) in rows:
                problems.append(f"{path.name} row {n}: duplicate row for {uid} {rid}")
            rows[(uid, rid)] = label
    return rows


def utc_text(t) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def month_bounds(month: str, tz: ZoneInfo):
    y, m = map(int, month.split("-"))
    a = dt.datetime(y, m, 1, tzinfo=tz)
    b = dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=tz)
    return a, b


def as_local(t, tz):
    if isinstance(t, dt.datetime):
        return t.astimezone(tz) if t.tzinfo else t.replace(tzinfo=tz)
    return None


def owner_state(comp, email: str):
    atts = comp.get("ATTENDEE")
    if atts is None:
        return None
    if not isinstance(atts, list):
        atts = [atts]
    for a in atts:
        if str(a).lower().replace("mailto:", "") == email.lower():
            return str(a.params.get("PARTSTAT", "NEEDS-ACTION")).upper()
    return None


def counted_reason(comp, email):
    if str(comp.get("STATUS", "")).upper() == "CANCELLED":
        return "cancelled"
    if owner_state(comp, email) == "DECLINED":
        return "declined"
    if str(comp.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return "free"
    if str(comp.get("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY")).upper() in ("FREE", "WORKINGELSEWHERE"):
        return "free"
    return None


def clip_multiday(a, b, tz, ws, we):
    """A timed event longer than 24 h counts only inside working hours of each day it covers."""
    if b - a <= dt.timedelta(hours=24):
        return [(a, b)]
    weekend_ok = a.weekday() >= 5 or (b - dt.timedelta(seconds=1)).weekday() >= 5
    out = []
    day = a.date()
    while dt.datetime.combine(day, dt.time(0), tz) < b:
        if day.weekday() < 5 or weekend_ok:
            lo = max(a, dt.datetime.combine(day, dt.time(ws), tz))
            hi = min(b, dt.datetime.combine(day, dt.time(we), tz))
            if hi > lo:
                out.append((lo, hi))
        day += dt.timedelta(days=1)
    return out


def split_hours(intervals):
    """intervals: [(a, b, label)] -> hours per label, shared minutes divided equally."""
    points = sorted({t for a, b, _ in intervals for t in (a, b)})
    hours = defaultdict(float)
    for lo, hi in zip(points, points[1:]):
        active = [lab for a, b, lab in intervals if a <= lo and b >= hi]
        if not active:
            continue
        share = (hi - lo).total_seconds() / 3600 / len(active)
        for lab in active:
            hours[lab] += share
    return hours


def verdict(role: str, hours: dict, tol=5.0):
    work = sum(v for k, v in hours.items() if k != O)
    if work < 10:
        return "not enough data", {}
    ts, tc, te, tf = TARGETS[role]
    sh = {k: 100 * hours.get(k, 0.0) / work for k in (S, C, E, F)}
    s, c, e, f = sh[S], sh[C], sh[E], sh[F]
    if f > tf + 2 * tol:
        return "firefighting overload", sh
    if e > te + 2 * tol and s < ts and c < tc:
        return "stuck in execution", sh
    if s > ts + 2 * tol and e < te - 2 * tol:
        return "over-planning", sh
    if c < tc - 2 * tol:
        return "people under-invested", sh
    if abs(s - ts) <= tol and abs(c - tc) <= tol and abs(e - te) <= tol and f <= tf:
        return "fits", sh
    return "unclear (some category amber or red)", sh


def check() -> int:
    import icalendar
    import recurring_ical_events

    problems: list[str] = []
    cfg = tomllib.loads((HERE / "timeaudit.toml").read_text(encoding="utf-8"))
    st = tomllib.loads((HERE / "set.toml").read_text(encoding="utf-8"))
    people = {p["email"]: p for p in cfg["people"]}
    ws, we = cfg["settings"].get("work_start", 8), cfg["settings"].get("work_end", 18)
    summary = []
    for person in st["persons"]:
        slug, email = person["slug"], person["email"]
        P = people[email]
        tz = ZoneInfo(P["tz"])
        if person["expected_verdict"] not in VERDICTS:
            problems.append(f"{slug}: expected_verdict {person['expected_verdict']!r} unknown")
        src = cfg["sources"][slug]
        cal = icalendar.Calendar.from_ical((HERE / src["path"]).read_bytes())
        labels = load_labels(HERE / f"{slug}.labels.csv", problems)
        vevents = [c for c in cal.walk("VEVENT")]
        uids = {str(c["UID"]) for c in vevents}
        recurring = {str(c["UID"]) for c in vevents if "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c}
        for (uid, rid) in labels:
            if uid not in uids:
                problems.append(f"{slug}: label row for unknown uid {uid}")
            if rid and uid not in recurring:
                problems.append(f"{slug}: occurrence row {uid} {rid} for an event that does not recur")
        for uid in uids:
            if (uid, "") not in labels:
                problems.append(f"{slug}: event {uid} has no series/one-off row")
        # overrides and occurrence rows must name a real occurrence of the series
        masters = icalendar.Calendar()
        for k, v in cal.items():
            masters.add(k, v)
        for c in cal.subcomponents:
            if c.name == "VTIMEZONE" or (c.name == "VEVENT" and "RECURRENCE-ID" not in c):
                masters.add_component(c)
        wide = recurring_ical_events.of(masters).between((2025, 6, 1), (2027, 6, 1))
        generated = {(str(c["UID"]), utc_text(c["RECURRENCE-ID"].dt)) for c in wide
                     if str(c["UID"]) in recurring and isinstance(c["DTSTART"].dt, dt.datetime)}
        for c in vevents:
            if "RECURRENCE-ID" in c:
                key = (str(c["UID"]), utc_text(c["RECURRENCE-ID"].dt))
                if key not in generated:
                    problems.append(f"{slug}: override {key} is not an occurrence of its series")
        for (uid, rid) in labels:
            if rid and (uid, rid) not in generated:
                problems.append(f"{slug}: occurrence row {uid} {rid} matches no occurrence")
        q = recurring_ical_events.of(cal)
        for month in person["months"]:
            a, b = month_bounds(month, tz)
            occs = q.between(a, b)
            n_timed, intervals, excluded = 0, [], defaultdict(float)
            allday = 0
            for c in occs:
                s0 = c["DTSTART"].dt
                if not isinstance(s0, dt.datetime):
                    allday += 1
                    continue
                s = as_local(s0, tz)
                e0 = c["DTEND"].dt if "DTEND" in c else s0 + c["DURATION"].dt
                en = as_local(e0, tz)
                uid = str(c["UID"])
                if uid in recurring:
                    rid = utc_text(as_local(c["RECURRENCE-ID"].dt, tz))
                    label = labels.get((uid, rid)) or labels.get((uid, ""))
                else:
                    label = labels.get((uid, ""))
                if a <= s < b:
                    n_timed += 1
                    if label is None:
                        problems.append(f"{slug} {month}: no label for {uid} at {utc_text(s)} "
                                        f"({c.get('SUMMARY')})")
                        continue
                if label is None:
                    continue
                why = counted_reason(c, email)
                if why:
                    excluded[why] += (en - s).total_seconds() / 3600
                    continue
                if en <= s:
                    continue
                for lo, hi in clip_multiday(s, en, tz, ws, we):
                    lo, hi = max(lo, a), min(hi, b)
                    if hi > lo:
                        intervals.append((lo, hi, label))
            hours = split_hours(intervals)
            got, shares = verdict(P["role"], hours)
            work = sum(v for k, v in hours.items() if k != O)
            # booked work hours per Monday-to-Sunday week that lies wholly inside the month
            weeks = []
            d = a.date()
            while d.weekday() != 0:
                d += dt.timedelta(days=1)
            while dt.datetime.combine(d + dt.timedelta(days=7), dt.time(0), tz) <= b:
                w0 = dt.datetime.combine(d, dt.time(0), tz)
                w1 = dt.datetime.combine(d + dt.timedelta(days=7), dt.time(0), tz)
                wk = split_hours([(max(x, w0), min(y, w1), lab) for x, y, lab in intervals
                                  if y > w0 and x < w1])
                weeks.append(round(sum(v for k, v in wk.items() if k != O), 1))
                d += dt.timedelta(days=7)
            summary.append((slug, P["role"], month, n_timed, allday, hours, work, shares, got,
                            person["expected_verdict"], weeks, excluded))
            if got != person["expected_verdict"]:
                problems.append(f"{slug} {month}: the split computed from the labels gives {got!r}, "
                                f"set.toml expects {person['expected_verdict']!r}")
    for (slug, role, month, n, allday, hours, work, shares, got, exp, weeks, excluded) in summary:
        parts = "  ".join(f"{k[:5]} {hours.get(k, 0):5.1f}h" + (f" {shares[k]:4.1f}%" if shares else "")
                          for k in (S, C, E, F))
        print(f"{slug:22} {month} {role:13} timed {n:3} allday {allday:2} | {parts} | other {hours.get(O, 0):5.1f}h"
              f" | work {work:5.1f}h weeks {weeks} | excluded "
              + ", ".join(f"{k} {v:.1f}h" for k, v in sorted(excluded.items())) + f" | {got}"
              + ("" if got == exp else f"  (EXPECTED {exp})"))
    if problems:
        print(f"\nCHECK FAILED: {len(problems)} problem(s)")
        for pr in problems:
            print("  - " + pr)
        return 1
    print(f"\ncheck passed: {len(summary)} person-months, every timed occurrence labelled, "
          "every label one of the five categories")
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "all"
    if cmd in ("build", "all"):
        build()
    if cmd in ("check", "all"):
        sys.exit(check())
