#!/usr/bin/env python3
"""Writes the hand-labelled "dev" evaluation set of whole calendars for timeaudit.

Run with the project's venv (Python stdlib + icalendar + recurring_ical_events):

    /work/main/.venv/bin/python make_set.py            # write every <slug>.ics and <slug>.labels.csv
    /work/main/.venv/bin/python make_set.py check      # fail on any unlabelled timed occurrence
    /work/main/.venv/bin/python make_set.py summary    # print the TRUE split per person-month

Every event below is written by hand, one call per event or per series, with its truth
(`label`) and a short human note (`why`) next to its definition, so the labels cannot drift
from the calendars. The label is what the meeting really is in the persona's invented world,
not what its title suggests. Randomness is used only for small details (minute of creation,
which invitee declined, meeting ids, UIDs) and is seeded per event.

Nothing here was derived from timeaudit's classifier, rules, seed data or tests: the author
did not read them (see set.toml, "authored").
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import sys
import tomllib
import uuid
import zoneinfo
from collections import defaultdict
from pathlib import Path

import icalendar
from icalendar import Calendar, Event, Timezone, vCalAddress, vRecur

HERE = Path(__file__).resolve().parent
UTC = dt.timezone.utc
EXPORT_AT = dt.datetime(2026, 11, 3, 7, 41, 12, tzinfo=UTC)   # when the owners exported

S, C, E, F, O = "strategy", "capability-building", "execution", "firefighting", "other"
CATS = (S, C, E, F, O)
WORK_START, WORK_END = 8, 18

# --------------------------------------------------------------------------- time zones
WINDOWS_TZ = {
    "America/Chicago": "Central Standard Time",
    "America/New_York": "Eastern Standard Time",
    "America/Los_Angeles": "Pacific Standard Time",
    "Asia/Shanghai": "China Standard Time",
    "Europe/Berlin": "W. Europe Standard Time",
    "Europe/Paris": "Romance Standard Time",
    "Europe/Madrid": "Romance Standard Time",
    "Europe/London": "GMT Standard Time",
}
# offsets in minutes: (standard, daylight or None, rule kind)
TZ_RULES = {
    "America/Chicago": (-360, -300, "us", ("CST", "CDT")),
    "America/New_York": (-300, -240, "us", ("EST", "EDT")),
    "America/Los_Angeles": (-480, -420, "us", ("PST", "PDT")),
    "Asia/Shanghai": (480, None, None, ("CST", None)),
    "Europe/Berlin": (60, 120, "eu", ("CET", "CEST")),
    "Europe/Paris": (60, 120, "eu", ("CET", "CEST")),
    "Europe/Madrid": (60, 120, "eu", ("CET", "CEST")),
    "Europe/Vilnius": (120, 180, "eu", ("EET", "EEST")),
    "Europe/London": (0, 60, "eu", ("GMT", "BST")),
    "Europe/Lisbon": (0, 60, "eu", ("WET", "WEST")),
    "Atlantic/Canary": (0, 60, "eu", ("WET", "WEST")),
}


def _off(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def vtimezone_text(iana: str, style: str) -> str:
    std, dst, kind, names = TZ_RULES[iana]
    if style == "outlook":
        tzid = WINDOWS_TZ[iana]
        lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
        if dst is None:
            lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{_off(std)}",
                      f"TZOFFSETTO:{_off(std)}", "END:STANDARD",
                      "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{_off(std)}",
                      f"TZOFFSETTO:{_off(std)}", "END:DAYLIGHT"]
        elif kind == "us":
            lines += ["BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{_off(dst)}",
                      f"TZOFFSETTO:{_off(std)}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                      "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                      f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}",
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT"]
        else:  # EU: change at 01:00 UTC
            loc_std = 1 + std // 60 + 1   # local wall time when leaving summer time (03:00 CET zones)
            loc_dst = 1 + std // 60       # local wall time when entering summer time
            lines += ["BEGIN:STANDARD", f"DTSTART:16010101T{loc_std:02d}0000", f"TZOFFSETFROM:{_off(dst)}",
                      f"TZOFFSETTO:{_off(std)}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                      "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:16010101T{loc_dst:02d}0000",
                      f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}",
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT"]
        lines.append("END:VTIMEZONE")
        return "\r\n".join(lines) + "\r\n"
    # Google / Apple style (IANA names)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{iana}"]
    if style == "google":
        lines.append(f"X-LIC-LOCATION:{iana}")
    if dst is None:
        lines += ["BEGIN:STANDARD", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(std)}",
                  f"TZNAME:{names[0]}", "DTSTART:19700101T000000", "END:STANDARD"]
    elif kind == "us":
        lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}",
                  f"TZNAME:{names[1]}", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                  "END:DAYLIGHT", "BEGIN:STANDARD", f"TZOFFSETFROM:{_off(dst)}", f"TZOFFSETTO:{_off(std)}",
                  f"TZNAME:{names[0]}", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                  "END:STANDARD"]
    else:
        h_in = 1 + std // 60
        h_out = h_in + 1
        lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}",
                  f"TZNAME:{names[1]}", f"DTSTART:19700329T{h_in:02d}0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                  "END:DAYLIGHT", "BEGIN:STANDARD", f"TZOFFSETFROM:{_off(dst)}", f"TZOFFSETTO:{_off(std)}",
                  f"TZNAME:{names[0]}", f"DTSTART:19701025T{h_out:02d}0000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                  "END:STANDARD"]
    lines.append("END:VTIMEZONE")
    return "\r\n".join(lines) + "\r\n"


# --------------------------------------------------------------------------- attendees
class Att:
    def __init__(self, email, cn, kind="person", cutype=None, role="REQ-PARTICIPANT", ps=None):
        self.email, self.cn, self.kind, self.cutype, self.role, self.ps = email, cn, kind, cutype, role, ps


def P(email, cn, ps=None):
    """A person invited (required)."""
    return Att(email, cn, "person", None, "REQ-PARTICIPANT", ps)


def OPT(email, cn, ps=None):
    return Att(email, cn, "person", None, "OPT-PARTICIPANT", ps)


def G(email, cn, cutype="GROUP"):
    """A distribution list / group address. cutype=None: written without CUTYPE (as often seen)."""
    return Att(email, cn, "group", cutype, "REQ-PARTICIPANT", "NEEDS-ACTION")


def R(email, cn, cutype="RESOURCE"):
    """A room or resource. cutype None / 'ROOM' / 'RESOURCE'."""
    return Att(email, cn, "room", cutype, "NON-PARTICIPANT", "ACCEPTED")


# --------------------------------------------------------------------------- conferencing boilerplate
def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def teams_en(rng):
    mid = f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    tid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
    pc = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>\n"
            f"Meeting ID: {mid}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            + "_" * 80)


def teams_de(rng):
    mid = f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    tid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
    pc = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return ("_" * 80 + "\nMicrosoft Teams-Besprechung\n"
            "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil.\n"
            f"Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>\n"
            f"Besprechungs-ID: {mid}\nKennung: {pc}\n"
            "Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | "
            "Im Web beitreten<https://www.microsoft.com/de-de/microsoft-teams/join-a-meeting>\n"
            "Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\n"
            + "_" * 80)


def _meet_code(rng):
    a = "abcdefghijkmnopqrstuvwxyz"
    return "".join(rng.choice(a) for _ in range(3)) + "-" + "".join(rng.choice(a) for _ in range(4)) + "-" + \
        "".join(rng.choice(a) for _ in range(3))


MEET_RULE = "-::~:~::~:" + "~:" * 36 + "~::~:~::-"


def meet(rng, lang="en"):
    code, pin = _meet_code(rng), _digits(rng, 9)
    if lang == "es":
        body = (f"Unirse con Google Meet: https://meet.google.com/{code}\n"
                f"O marcar: (ES) +34 910 48 {_digits(rng, 4)} PIN: {pin}#\n"
                f"Más números de teléfono: https://tel.meet/{code}?pin={pin}\n\n"
                "Más información sobre Meet: https://support.google.com/a/users/answer/9282720\n\n"
                "No edites esta sección.")
    elif lang == "fr":
        body = (f"Participer avec Google Meet : https://meet.google.com/{code}\n"
                f"Ou appeler le : (FR) +33 1 87 40 {_digits(rng, 2)} {_digits(rng, 2)} Code : {pin}#\n"
                f"Autres numéros de téléphone : https://tel.meet/{code}?pin={pin}\n\n"
                "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
                "Veuillez ne pas modifier cette section.")
    else:
        body = (f"Join with Google Meet: https://meet.google.com/{code}\n"
                f"Or dial: (GB) +44 20 3956 {_digits(rng, 4)} PIN: {pin}#\n"
                f"More phone numbers: https://tel.meet/{code}?pin={pin}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.")
    return MEET_RULE + "\n" + body + "\n" + MEET_RULE, f"https://meet.google.com/{code}"


def zoom(rng, host, lang="en"):
    mid = _digits(rng, 11)
    pwd = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(32))
    pretty = f"{mid[:3]} {mid[3:7]} {mid[7:]}"
    pc = _digits(rng, 6)
    if lang == "fr":
        return (f"{host} vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\n"
                f"https://us02web.zoom.us/j/{mid}?pwd={pwd}\n\nID de réunion : {pretty}\nCode secret : {pc}\n")
    return (f"{host} is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
            f"https://us06web.zoom.us/j/{mid}?pwd={pwd}\n\nMeeting ID: {pretty}\nPasscode: {pc}\n")


# --------------------------------------------------------------------------- spec objects
def parse_local(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


class Ov:
    """An override of one occurrence of a series (moved, retitled, cancelled, declined)."""

    def __init__(self, orig, start=None, mins=None, title=None, status=None, me=None, desc=None,
                 label=None, why=None, modified=None, loc=None):
        self.orig, self.start, self.mins, self.title, self.status = orig, start, mins, title, status
        self.me, self.desc, self.label, self.why, self.modified, self.loc = me, desc, label, why, modified, loc


class Ev:
    pass


class Persona:
    def __init__(self, slug, email, name, role, tz, style, lang, industry, months, verdicts,
                 manager=None, reports=(), calname=None, owner_cn=None, prodid=None, lang_tag=None):
        self.slug, self.email, self.name, self.role, self.tz = slug, email, name, role, tz
        self.style, self.lang, self.industry, self.months, self.verdicts = style, lang, industry, months, verdicts
        self.manager, self.reports = manager, list(reports)
        self.calname = calname or email
        self.owner_cn = owner_cn or name
        self.prodid = prodid
        self.lang_tag = lang_tag
        self.events: list[Ev] = []
        self.zone = zoneinfo.ZoneInfo(tz)

    # one event or series -------------------------------------------------------------
    def ev(self, title, start, mins=None, *, label, why, end=None, tz=None, rr=None, ex=(), org=None,
           att=(), me="ACCEPTED", created=None, modified=None, desc="", conf=None, loc="", transp=None,
           cls=None, busy=None, status=None, allday=None, ov=(), uidstyle=None, seq=0, host=None):
        assert label in CATS, (title, label)
        e = Ev()
        e.idx = len(self.events)
        e.title, e.label, e.why = title, label, why
        e.tz = tz or self.tz
        e.allday = allday
        if allday:
            e.start = dt.datetime.strptime(start, "%Y-%m-%d").date()
            e.end = e.start + dt.timedelta(days=allday)
        else:
            e.start = parse_local(start)
            e.end = parse_local(end) if end else e.start + dt.timedelta(minutes=mins)
        e.rr, e.ex, e.org, e.att, e.me = rr, list(ex), org, list(att), me
        e.created, e.modified, e.desc, e.conf, e.loc = created, modified, desc, conf, loc
        e.transp, e.cls, e.busy, e.status, e.ov, e.seq = transp, cls, busy, status, list(ov), seq
        e.uidstyle, e.host = uidstyle, host
        self.events.append(e)
        return e


# --------------------------------------------------------------------------- building ICS
def make_uid(rng, style):
    if style == "google":
        return "".join(rng.choice("abcdefghijklmnopqrstuv0123456789") for _ in range(26)) + "@google.com"
    if style == "outlook":
        h = lambda n: "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
        return "040000008200E00074C5B7101A82E00800000000" + h(16) + "000000000000000010000000" + h(32)
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def aware(local: dt.datetime, tz: str) -> dt.datetime:
    return local.replace(tzinfo=zoneinfo.ZoneInfo(tz))


def to_utc(local: dt.datetime, tz: str) -> dt.datetime:
    return aware(local, tz).astimezone(UTC)


def resolve_created(p: Persona, e: Ev, rng) -> dt.datetime:
    spec = e.created
    first = aware(e.start, e.tz) if not e.allday else dt.datetime.combine(e.start, dt.time(9), p.zone)
    if spec is None:
        spec = "-12d"
    if spec.startswith("-"):
        n, unit = int(spec[1:-1]), spec[-1]
        if unit in "dw":
            days = n * (7 if unit == "w" else 1)
            day = (first.astimezone(p.zone) - dt.timedelta(days=days)).date()
            while day.weekday() >= 5 and days > 2:     # people book on working days
                day -= dt.timedelta(days=1)
            t = dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))
            c = dt.datetime.combine(day, t, p.zone)
            if c >= first:
                c = first - dt.timedelta(minutes=rng.randint(60, 240))
        elif unit == "h":
            c = first - dt.timedelta(hours=n, minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
        elif unit == "m":
            c = first - dt.timedelta(minutes=n + rng.randint(0, 3), seconds=rng.randint(0, 59))
        else:
            raise ValueError(spec)
    else:
        c = dt.datetime.strptime(spec, "%Y-%m-%d %H:%M").replace(second=rng.randint(0, 59), tzinfo=p.zone)
    return c.astimezone(UTC)


def cal_address(a: Att, style: str, ps: str, rsvp: bool):
    v = vCalAddress("mailto:" + a.email)
    if style == "google":
        if a.kind == "room":
            v.params["CUTYPE"] = a.cutype or "RESOURCE"
        elif a.kind == "group":
            if a.cutype:
                v.params["CUTYPE"] = a.cutype
            else:
                v.params["CUTYPE"] = "INDIVIDUAL"
        else:
            v.params["CUTYPE"] = "INDIVIDUAL"
        v.params["ROLE"] = "REQ-PARTICIPANT" if a.role == "NON-PARTICIPANT" else a.role
        v.params["PARTSTAT"] = ps
        if rsvp:
            v.params["RSVP"] = "TRUE"
        v.params["CN"] = a.cn
        v.params["X-NUM-GUESTS"] = "0"
    elif style == "outlook":
        if a.cutype:
            v.params["CUTYPE"] = a.cutype
        v.params["ROLE"] = a.role
        v.params["PARTSTAT"] = ps
        v.params["RSVP"] = "TRUE" if rsvp else "FALSE"
        v.params["CN"] = a.cn
    else:  # apple
        v.params["CN"] = a.cn
        v.params["CUTYPE"] = a.cutype or ("INDIVIDUAL" if a.kind != "room" else "ROOM")
        v.params["EMAIL"] = a.email
        v.params["PARTSTAT"] = ps
        v.params["ROLE"] = a.role
        if rsvp:
            v.params["RSVP"] = "TRUE"
    return v


def other_partstat(rng, style, owner_is_org):
    if style == "outlook" and not owner_is_org:
        return "NEEDS-ACTION"       # an attendee's copy does not know the others' answers
    r = rng.random()
    if r < 0.76:
        return "ACCEPTED"
    if r < 0.86:
        return "TENTATIVE"
    if r < 0.95:
        return "NEEDS-ACTION"
    return "DECLINED"


class Built:
    def __init__(self):
        self.components = []
        self.labels = []      # (uid, rid, label, why)
        self.tzids = set()


def build_persona(p: Persona) -> Built:
    b = Built()
    for e in p.events:
        _build_event(p, e, b)
    return b


def _dtprop(p, e, comp, name, local, force_tz=False):
    """Write DTSTART/DTEND/RECURRENCE-ID/EXDATE value in the persona's exporter style."""
    style = p.style
    if isinstance(local, dt.date) and not isinstance(local, dt.datetime):
        comp.add(name, local)
        return
    recurring = bool(e.rr) or force_tz
    if style == "outlook":
        comp.add(name, local, parameters={"TZID": WINDOWS_TZ[e.tz]})
        return ("outlook", e.tz)
    if style == "google" and not recurring:
        comp.add(name, to_utc(local, e.tz))
        return None
    comp.add(name, aware(local, e.tz))
    return ("iana", e.tz)


def _build_event(p: Persona, e: Ev, b: Built):
    rng = random.Random(f"{p.slug}|{e.idx}|{e.title}")
    uidstyle = e.uidstyle or p.style
    uid = make_uid(rng, uidstyle)
    e.uid = uid
    created = resolve_created(p, e, rng)
    e.created_utc = created
    first_utc = to_utc(e.start, e.tz) if not e.allday else created + dt.timedelta(days=1)
    if e.modified:
        modified = dt.datetime.strptime(e.modified, "%Y-%m-%d %H:%M").replace(tzinfo=p.zone).astimezone(UTC)
    else:
        room = min(25 * 60, int((first_utc - created).total_seconds() // 2))
        modified = created + dt.timedelta(seconds=rng.randint(0, max(room, 0)))
    ov_mods = []
    for o in e.ov:
        if o.modified:
            om = dt.datetime.strptime(o.modified, "%Y-%m-%d %H:%M").replace(tzinfo=p.zone).astimezone(UTC)
        else:
            om = to_utc(parse_local(o.orig), e.tz) - dt.timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 500))
            if om < created:
                om = created + dt.timedelta(minutes=30)
        o.modified_utc = om
        ov_mods.append(om)
    if ov_mods:
        modified = max([modified] + ov_mods)
    b.tzids.add(e.tz)
    owner_is_org = e.org is None and bool(e.att)
    personal = e.org is None and not e.att
    # partstats of the other invitees, drawn once per series
    others = []
    for a in e.att:
        ps = a.ps or other_partstat(rng, p.style, owner_is_org or personal)
        others.append((a, ps))
    conf_text, conf_url = "", None
    if e.conf == "teams":
        conf_text = teams_de(rng) if p.lang == "de" else teams_en(rng)
    elif e.conf == "teams_en":
        conf_text = teams_en(rng)
    elif e.conf == "teams_de":
        conf_text = teams_de(rng)
    elif e.conf in ("meet", "meet_es", "meet_fr", "meet_en"):
        lang = {"meet": p.lang, "meet_es": "es", "meet_fr": "fr", "meet_en": "en"}[e.conf]
        conf_text, conf_url = meet(rng, lang)
    elif e.conf in ("zoom", "zoom_fr"):
        conf_text = zoom(rng, e.host or (e.org.cn if e.org else p.owner_cn), "fr" if e.conf == "zoom_fr" else "en")
    desc = e.desc
    if conf_text:
        desc = (desc + "\n\n" + conf_text) if desc else conf_text
    e.full_desc = desc

    master = _component(p, e, b, uid, created, modified, e.title, e.start, e.end, desc, e.status, e.me,
                        others, e.loc, conf_url, owner_is_org, personal, rng, seq=e.seq, rid=None, inst=1 if e.rr else 0)
    b.components.append(master)
    b.labels.append((uid, "", e.label, e.why))
    for o in e.ov:
        orig = parse_local(o.orig)
        dur = e.end - e.start
        ns = parse_local(o.start) if o.start else orig
        ne = ns + (dt.timedelta(minutes=o.mins) if o.mins else dur)
        title = o.title or e.title
        status = o.status
        if status == "CANCELLED" and not o.title:
            prefix = {"de": "Abgesagt: ", "es": "Cancelado: ", "fr": "Annulé : "}.get(p.lang, "Canceled: ")
            title = prefix + e.title if p.style == "outlook" else e.title
        me = o.me or e.me
        odesc = desc if o.desc is None else o.desc
        loc = e.loc if o.loc is None else o.loc
        comp = _component(p, e, b, uid, created, o.modified_utc, title, ns, ne, odesc, status, me, others, loc,
                          conf_url, owner_is_org, personal, rng, seq=e.seq + 1, rid=orig, inst=3)
        b.components.append(comp)
        if o.label and o.label != e.label:
            assert o.label in CATS
            rid = to_utc(orig, e.tz).strftime("%Y-%m-%dT%H:%M:%SZ")
            b.labels.append((uid, rid, o.label, o.why or ""))
        else:
            assert not o.label or o.label == e.label


def _component(p, e, b, uid, created, modified, title, start, end, desc, status, me, others, loc, conf_url,
               owner_is_org, personal, rng, seq, rid, inst):
    style = p.style
    c = Event()
    lt = {"parameters": {"LANGUAGE": p.lang_tag}} if (style == "outlook" and p.lang_tag) else {}
    transp = e.transp or "OPAQUE"
    if status == "CANCELLED" and style == "outlook":
        transp = "TRANSPARENT"
    owner_att = Att(p.email, p.owner_cn)

    def add_people():
        if personal:
            return
        if e.org is None:
            org_cn, org_mail = p.owner_cn, p.email
        else:
            org_cn, org_mail = e.org.cn, e.org.email
        ov = vCalAddress("mailto:" + org_mail)
        ov.params["CN"] = org_cn
        if style == "apple":
            ov.params["EMAIL"] = org_mail
        c.add("organizer", ov, encode=0)
        rows = []
        if e.org is None:
            if style in ("google", "apple"):
                oa = cal_address(owner_att, style, "ACCEPTED", False)
                if style == "apple":
                    oa.params["ROLE"] = "CHAIR"
                rows.append(oa)
        else:
            if style == "google":
                rows.append(cal_address(Att(e.org.email, e.org.cn), style, "ACCEPTED", False))
            rows.append(cal_address(owner_att, style, me, me == "NEEDS-ACTION"))
        for a, ps in others:
            rows.append(cal_address(a, style, ps, ps == "NEEDS-ACTION" and a.kind == "person"))
        if style == "outlook" and e.org is not None:
            # Outlook lists the owner among the invitees in invitation order, not first
            own = rows.pop(0)
            rows.insert(min(len(rows), rng.randint(0, 2)), own)
        for r in rows:
            c.add("attendee", r, encode=0)

    def add_times():
        _dtprop(p, e, c, "dtstart", start)
        _dtprop(p, e, c, "dtend", end)

    def add_rec():
        if rid is None and e.rr:
            c.add("rrule", vRecur.from_ical(e.rr))
            if e.ex:
                exs = [parse_local(x) for x in e.ex]
                if style == "outlook":
                    c.add("exdate", exs, parameters={"TZID": WINDOWS_TZ[e.tz]})
                else:
                    c.add("exdate", [aware(x, e.tz) for x in exs])
        if rid is not None:
            _dtprop(p, e, c, "recurrence-id", rid, force_tz=True)

    if style == "outlook":
        add_people()
        c.add("description", desc or "\n", **lt)
        add_rec()
        c.add("uid", uid)
        c.add("summary", title, **lt)
        add_times()
        c.add("class", e.cls or "PUBLIC")
        c.add("priority", 5)
        c.add("dtstamp", EXPORT_AT)
        c.add("transp", transp)
        c.add("status", status or "CONFIRMED")
        c.add("sequence", seq)
        c.add("location", loc or "", **lt)
        c.add("created", created)
        c.add("last-modified", modified)
        busy = e.busy
        if status == "CANCELLED":
            busy = "FREE"
        elif busy is None:
            if transp == "TRANSPARENT":
                busy = "FREE"
            elif me == "TENTATIVE":
                busy = "TENTATIVE"
            else:
                busy = "BUSY"
        c.add("X-MICROSOFT-CDO-APPT-SEQUENCE", str(seq))
        if not personal:
            c.add("X-MICROSOFT-CDO-OWNERAPPTID", str(-rng.randint(10 ** 8, 2 * 10 ** 9)))
        c.add("X-MICROSOFT-CDO-BUSYSTATUS", busy)
        c.add("X-MICROSOFT-CDO-INTENDEDSTATUS", "BUSY" if busy != "OOF" else "OOF")
        c.add("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE" if e.allday else "FALSE")
        c.add("X-MICROSOFT-CDO-IMPORTANCE", "1")
        c.add("X-MICROSOFT-CDO-INSTTYPE", str(inst))
        c.add("X-MICROSOFT-DONOTFORWARDMEETING", "FALSE")
        c.add("X-MICROSOFT-DISALLOW-COUNTER", "FALSE")
        if not personal:
            c.add("X-MICROSOFT-REQUESTEDATTENDANCEMODE", "DEFAULT")
            c.add("X-MICROSOFT-ISRESPONSEREQUESTED", "TRUE")
    elif style == "google":
        add_times()
        add_rec()
        c.add("dtstamp", EXPORT_AT)
        add_people()
        c.add("uid", uid)
        if conf_url:
            c.add("X-GOOGLE-CONFERENCE", conf_url)
        if e.cls:
            c.add("class", e.cls)
        c.add("created", created)
        c.add("description", desc or "")
        c.add("last-modified", modified)
        c.add("location", loc or "")
        c.add("sequence", seq)
        c.add("status", status or "CONFIRMED")
        c.add("summary", title)
        c.add("transp", transp)
    else:  # apple
        c.add("created", created)
        c.add("uid", uid)
        _dtprop(p, e, c, "dtend", end)
        c.add("transp", transp)
        c.add("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR", "AUTOMATIC")
        c.add("summary", title)
        c.add("last-modified", modified)
        c.add("dtstamp", modified)
        _dtprop(p, e, c, "dtstart", start)
        c.add("sequence", seq)
        if e.cls:
            c.add("class", e.cls)
        add_rec()
        add_people()
        if desc:
            c.add("description", desc)
        if loc:
            c.add("location", loc)
        if status:
            c.add("status", status)
        if conf_url:
            c.add("url", conf_url)
    return c


def write_persona(p: Persona):
    b = build_persona(p)
    cal = Calendar()
    if p.style == "outlook":
        cal.add("method", "PUBLISH")
        cal.add("prodid", p.prodid or "Microsoft Exchange Server 2010")
        cal.add("version", "2.0")
        cal.add("X-WR-CALNAME", p.calname)
    elif p.style == "google":
        cal.add("prodid", "-//Google Inc//Google Calendar 70.9054//EN")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("X-WR-CALNAME", p.calname)
        cal.add("X-WR-TIMEZONE", p.tz)
    else:
        cal.add("method", "PUBLISH")
        cal.add("version", "2.0")
        cal.add("X-WR-CALNAME", p.calname)
        cal.add("prodid", p.prodid or "-//Apple Inc.//macOS 15.1//EN")
        cal.add("X-APPLE-CALENDAR-COLOR", "#1BADF8")
        cal.add("X-WR-TIMEZONE", p.tz)
        cal.add("calscale", "GREGORIAN")
    seen = set()
    for tz in sorted(b.tzids, key=lambda z: (z != p.tz, z)):
        key = WINDOWS_TZ[tz] if p.style == "outlook" else tz
        if key in seen:
            continue
        seen.add(key)
        cal.add_component(Timezone.from_ical(vtimezone_text(tz, p.style)))
    for comp in b.components:
        cal.add_component(comp)
    (HERE / f"{p.slug}.ics").write_bytes(cal.to_ical(sorted=False))
    with open(HERE / f"{p.slug}.labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["uid", "recurrence_id", "label", "why"])
        for row in b.labels:
            w.writerow(row)
    return b


# =========================================================================== PERSONA 1
# Dana Whitfield, VP Network Operations, Corridor Freight Logistics (3PL, Chicago).
# Outlook / Exchange export, Windows time-zone names. October 2026: a WMS patch breaks
# outbound at the Joliet DC (Oct 6-16), a carrier is put out of service (Oct 19-28),
# a forklift injury, a typhoon in Yantian, a customs hold. Intended: firefighting overload.
def persona_dana() -> Persona:
    D = "corridorfreight.example"
    p = Persona("dana-whitfield", f"dana.whitfield@{D}", "Dana Whitfield", "senior-leader", "America/Chicago",
                "outlook", "en", "logistics (3PL / freight forwarding)", ["2026-10"],
                {"2026-10": "firefighting overload"}, manager=f"marcus.oyelaran@{D}",
                reports=[f"luis.ortega@{D}", f"hannah.kowalski@{D}", f"raj.venkataraman@{D}",
                         f"tamika.brooks@{D}", f"wei.lin@{D}"], calname="Calendar", lang_tag="en-US")

    def cf(first, last, **kw):
        return P(f"{first.lower()}.{last.lower()}@{D}", f"{first} {last}", **kw)

    marcus, luis, hannah = cf("Marcus", "Oyelaran"), cf("Luis", "Ortega"), cf("Hannah", "Kowalski")
    raj, tamika, wei = cf("Raj", "Venkataraman"), cf("Tamika", "Brooks"), cf("Wei", "Lin")
    kofi, greg, sandra = cf("Kofi", "Mensah"), cf("Greg", "Tallis"), cf("Sandra", "Pike")
    colleen, brandon, jules = cf("Colleen", "Ward"), cf("Brandon", "Lee"), cf("Jules", "Carter")
    erin, nate, maya, robert = cf("Erin", "McBride"), cf("Nate", "Hollis"), cf("Maya", "Singh"), cf("Robert", "Kane")
    leads = G(f"netops-leads@{D}", "NetOps Leadership", cutype=None)
    team = G(f"netops-team@{D}", "Network Operations Team")
    joliet = G(f"joliet-leads@{D}", "Joliet DC - Leads", cutype=None)
    joliet_g = G(f"joliet-leads@{D}", "Joliet DC - Leads")
    coo_staff = G(f"coo-staff@{D}", "COO Staff", cutype=None)
    everyone = G(f"all-employees@{D}", "All Corridor Employees", cutype=None)
    sups = G(f"joliet-supervisors@{D}", "Joliet Shift Supervisors", cutype=None)
    rm1402 = R(f"conf-rm-1402@{D}", "CHI-HQ Conf Rm 14.02 (12)", cutype="RESOURCE")
    rm1410 = R(f"conf-rm-1410@{D}", "CHI-HQ Conf Rm 14.10 (6)", cutype="ROOM")
    board = R(f"boardroom-15@{D}", "CHI-HQ Boardroom 15 (20)", cutype=None)
    jtrain = R(f"jol-training@{D}", "JOL-DC Training Rm (30)", cutype="ROOM")
    tessa = P("tessa.morrow@brightlinehome.example", "Tessa Morrow")
    kyle = P("kyle.ng@brightlinehome.example", "Kyle Ng")
    graham = P("graham.price@brightlinehome.example", "Graham Price")
    omar = P("omar.haddad@stackwise.example", "Omar Haddad")
    sev1 = P("sev1@stackwise.example", "StackWise Sev1 Desk")
    lynn = P("lynn.foster@prairiecarriers.example", "Lynn Foster")
    carla = P("carla.reyes@meridiancold.example", "Carla Reyes")
    ana = P("ana.morales@keystonestaffing.example", "Ana Morales")
    yard = P("cutover@yardview.example", "YardView Cutover Team")
    coach = P("jen.alder@northlakecoaching.example", "Jen Alder")
    ev = p.ev

    # ---------------------------------------------------------------- recurring, long-standing
    ev("1:1 Marcus / Dana", "2025-02-03 08:30", 30, rr="FREQ=WEEKLY;BYDAY=MO;WKST=SU", org=marcus,
       created="2025-01-29 16:20", conf="teams",
       desc="Dana's updates (standing agenda):\n- OTIF and cost per unit vs plan\n- DC labor hours vs plan\n"
            "- open customer escalations\n- asks / decisions needed from Marcus",
       ov=[Ov("2026-10-19 08:30", start="2026-10-20 16:30", modified="2026-10-16 11:02")],
       label=E, why="weekly status with her own manager; he organises it, agenda is Dana's updates")
    ev("Network Ops Leadership Staff", "2024-09-09 13:00", 60, rr="FREQ=WEEKLY;BYDAY=MO;WKST=SU",
       att=[leads, rm1402, luis, hannah, raj, tamika, OPT(wei.email, wei.cn)], created="2024-08-30 10:05",
       conf="teams", loc="CHI-HQ Conf Rm 14.02 (12); Microsoft Teams Meeting",
       desc="Standing agenda:\n1) KPI scorecard (OTIF, dock-to-stock, trailer dwell, cost/unit)\n"
            "2) Project status (YardView, Peak 2026, LTL consolidation)\n3) Decisions needed\n"
            "Pre-read: scorecard in the NetOps SharePoint by Friday 3pm.",
       ov=[Ov("2026-10-12 13:00", title="Network Ops Leadership Staff - WMS outage only",
              desc="Usual agenda suspended. Only topic: Joliet WMS outage (INC-2291) - recovery plan, "
                   "customer triage list, overtime and weekend shifts.",
              modified="2026-10-12 07:31", label=F,
              why="this week's staff meeting was repurposed entirely to the live outage")],
       label=E, why="weekly staff meeting she runs: KPI scorecard and project status")
    ev("Ops Daily Flash", "2025-06-02 07:45", 15, rr="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org=raj,
       att=[team], created="2025-05-28 14:40", conf="teams",
       desc="15-minute flash: yesterday's OTIF by DC, backlog, trailers on yard, labor call-outs. "
            "Dial in from the floor, cameras optional.",
       label=E, why="daily operational flash on yesterday's numbers")
    ev("COO Staff Meeting", "2025-03-06 09:00", 90, rr="FREQ=WEEKLY;BYDAY=TH", org=marcus,
       att=[coo_staff, board], created="2025-02-27 09:41", conf="teams", loc="CHI-HQ Boardroom 15 (20)",
       ov=[Ov("2026-10-08 09:00", me="DECLINED", modified="2026-10-07 21:10"),
           Ov("2026-10-15 09:00", me="DECLINED", modified="2026-10-14 18:02")],
       label=E, why="large recurring ops review run by the COO (description is only the Teams block)")
    ev("Brightline Home Goods | Weekly Ops Review", "2026-02-03 15:00", 60, tz="America/New_York",
       rr="FREQ=WEEKLY;BYDAY=TU", org=tessa, att=[kyle, hannah, luis], created="2026-01-27 10:15",
       conf="teams_en", uidstyle="outlook",
       desc="Agenda:\n- OTIF by DC and lane\n- Open claims / OS&D\n- Inbound appointment compliance\n"
            "- 2-week forecast and promo volumes",
       ov=[Ov("2026-10-13 15:00", status="CANCELLED", modified="2026-10-09 14:22")],
       label=E, why="weekly customer operations review on current deliveries (customer organises)")
    ev("Peak 2026 Readiness", "2026-08-07 10:00", 60, rr="FREQ=WEEKLY;UNTIL=20261120T170000Z;BYDAY=FR",
       org=hannah, att=[leads, luis, raj], created="2026-07-29 13:30", conf="teams",
       desc="Standing peak readiness review: carrier capacity commitments, temp labor ramp by DC, dock "
            "schedules, IT change freeze from Nov 1. RAG tracker in SharePoint.",
       ov=[Ov("2026-10-09 10:00", status="CANCELLED", modified="2026-10-08 17:45"),
           Ov("2026-10-16 10:00", status="CANCELLED", modified="2026-10-14 09:12")],
       label=E, why="recurring programme status for peak season")
    ev("Dana / Luis 1:1", "2025-04-01 10:00", 30, rr="FREQ=WEEKLY;BYDAY=TU", att=[luis],
       created="2025-03-27 15:02", conf="teams",
       desc="Luis - development: GM-readiness plan (P&L ownership, site leadership presence), coaching on "
            "delegating to shift managers. Running notes in OneNote > 1:1s > Luis.",
       ov=[Ov("2026-10-06 10:00", status="CANCELLED", modified="2026-10-06 07:05"),
           Ov("2026-10-13 10:00", start="2026-10-14 14:30", modified="2026-10-12 19:40")],
       label=C, why="weekly 1:1 she organises with a direct report, about his development")
    ev("Dana / Hannah 1:1", "2026-01-08 14:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", att=[hannah],
       created="2026-01-05 09:12", conf="teams",
       desc="Hannah's topics: stretch assignment (lead the 2027 carrier RFP), feedback from her 360, "
            "building her bench of planners.",
       ov=[Ov("2026-10-15 14:00", start="2026-10-16 13:00", modified="2026-10-14 08:20")],
       label=C, why="biweekly coaching 1:1 with a direct report")
    ev("Raj <> Dana", "2026-01-14 15:00", 30, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org=raj,
       created="2026-01-09 11:48",
       desc="Raj's agenda: path to Director (promo packet for Feb cycle), CSCP study plan, feedback on how "
            "I facilitated the September S&OP.",
       ov=[Ov("2026-10-07 15:00", me="DECLINED", modified="2026-10-07 12:03")],
       label=C, why="direct report organises it but it is about his growth and promotion")
    ev("Catch-up Tamika/Dana", "2025-09-11 16:00", 45, rr="FREQ=MONTHLY;BYDAY=2TH", org=tamika,
       created="2025-09-02 08:55",
       label=C, why="monthly 1:1 with a direct report, no agenda written; coaching catch-up")
    ev("APAC Gateway Weekly - Wei/Dana", "2025-11-06 08:00", 45, tz="Asia/Shanghai", rr="FREQ=WEEKLY;BYDAY=TH",
       org=wei, created="2025-10-30 19:22", conf="teams",
       desc="Wei's standing agenda: Yantian / Ningbo gateway volumes vs plan, rolled containers, customs "
            "holds, carrier allocation for next 4 weeks, Shanghai headcount status.",
       label=E, why="two-person weekly with a direct report, but the agenda is gateway operating status; "
                    "19:00 Chicago = 08:00 Shanghai")
    ev("Mentoring - Kofi Mensah", "2026-02-26 12:30", 45, rr="FREQ=MONTHLY;BYDAY=4TH", att=[kofi],
       created="2026-02-18 10:30", loc="Cafe, 1st floor",
       desc="Corridor mentoring program. Kofi (FP&A analyst) - wants to move from finance into operations. "
            "Topics: how to influence without authority, which rotations to ask for.",
       label=C, why="mentoring someone outside her team")
    ev("Erin / Dana sync", "2026-01-14 11:30", 30, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org=erin,
       created="2026-01-08 16:44", conf="teams",
       desc="Peer sync Sales <> Ops: new-customer onboarding dates, open escalations, renewal risks.",
       label=E, why="peer sync with the VP Sales on customer onboarding dates and escalations")
    ev("Lunch", "2025-01-06 12:00", 30, rr="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", created="2025-01-03 08:40",
       label=O, why="daily lunch block")

    # ---------------------------------------------------------------- the Joliet WMS outage (firefighting)
    ev("URGENT - Joliet outbound down (WMS wave planning)", "2026-10-06 06:40", end="2026-10-06 08:30",
       org=luis, att=[joliet, greg, nate, sev1], created="2026-10-06 06:22", conf="teams",
       desc="Wave planning + label print failing since 05:50 after last night's WMS 9.4 patch. No trucks "
            "leaving Joliet. StackWise Sev1 ticket SW-118204. Join now.",
       label=F, why="live outage call booked 18 minutes before, before office hours")
    ev("JOLIET WMS WAR ROOM - AM", "2026-10-06 10:00", 60,
       rr="FREQ=DAILY;UNTIL=20261016T160000Z;BYDAY=MO,TU,WE,TH,FR", att=[luis, greg, omar, joliet_g, rm1410],
       created="2026-10-06 09:14", conf="teams", loc="CHI-HQ Conf Rm 14.10 (6); Microsoft Teams Meeting",
       desc="Leadership checkpoint for SW-118204 / INC-2291 (Joliet outbound). Backlog by customer, manual "
            "label workaround, rollback decision, customer comms. Daily until outbound is back to normal.",
       label=F, why="war-room series created 46 min before its first occurrence, bounded to 2 weeks")
    ev("JOLIET WMS WAR ROOM - PM checkpoint", "2026-10-06 16:30", 60,
       rr="FREQ=DAILY;UNTIL=20261016T220000Z;BYDAY=MO,TU,WE,TH,FR", att=[luis, greg, joliet_g, rm1410],
       created="2026-10-06 14:05", conf="teams",
       desc="End-of-day checkpoint: trucks out today vs backlog, overnight plan, who is on the bridge tonight.",
       label=F, why="second daily war-room checkpoint for the same live outage")
    ev("Brightline escalation - missed ship windows", "2026-10-07 16:00", 60, tz="America/New_York",
       org=tessa, att=[kyle, marcus, erin], created="2026-10-07 11:48", conf="teams_en", uidstyle="outlook",
       desc="Dana - we have 41 POs past their ship window out of Joliet. I need a recovery plan and a daily "
            "ETA by DC today, not tomorrow. - Tessa",
       label=F, why="customer escalation booked 3 hours before")
    ev("Brightline daily recovery call", "2026-10-08 12:00", 30, tz="America/New_York",
       rr="FREQ=DAILY;UNTIL=20261016T163000Z;BYDAY=MO,TU,WE,TH,FR", org=kyle, att=[tessa, hannah, luis],
       created="2026-10-08 08:02", conf="teams_en", uidstyle="outlook",
       desc="Daily until backlog is cleared: PO-level ETAs, trucks out, chargeback exposure.",
       label=F, why="daily recovery call for the outage, created 3 hours before the first, bounded")
    ev("StackWise SEV1 exec bridge", "2026-10-08 17:00", 120, tz="America/Los_Angeles", org=omar,
       att=[sev1, greg, luis], created="2026-10-08 18:16", conf="zoom", host="Omar Haddad",
       uidstyle="outlook",
       desc="Sev1 SW-118204: rollback plan for the 9.4 patch, repair of ~3,200 corrupted wave records. "
            "Exec sponsors on both sides.",
       label=F, why="vendor Sev1 bridge at 19:00 Chicago, booked 45 min before")
    ev("Exec escalation: Brightline chargebacks", "2026-10-09 13:00", 60, org=marcus,
       att=[tessa, graham, erin, brandon], created="2026-10-07 16:40", conf="teams",
       desc="Brightline is invoking OTIF chargebacks (~$380k exposure). Tessa and their CFO joining. "
            "We need our position agreed before this call.",
       label=F, why="urgent customer escalation, booked two days ahead")
    ev("Joliet recovery - weekend shift check-in", "2026-10-10 09:00", 60, org=luis, att=[nate, joliet],
       created="2026-10-09 17:55", conf="teams",
       desc="Saturday recovery shift: trucks out, manual labels, anything blocking Monday.",
       label=F, why="Saturday outage-recovery call booked the evening before")
    ev("INC-2291 exec update to CEO", "2026-10-12 17:30", 30, org=robert, att=[marcus],
       created="2026-10-12 15:40", conf="teams",
       desc="Robert wants a straight read on INC-2291 (Joliet outage) before his call with Brightline's CEO "
            "tomorrow.",
       label=F, why="CEO status on the live incident, booked 2 hours before")
    ev("Joliet outbound backlog - night check", "2026-10-12 20:00", 45, org=luis, att=[nate],
       created="2026-10-12 18:50", conf="teams",
       label=F, why="evening check on the outage backlog, booked 70 minutes before; no description")
    ev("Brightline - CEO call prep", "2026-10-14 15:00", 45, org=marcus, att=[erin, robert],
       created="2026-10-14 12:58", conf="teams",
       desc="Robert talks to Brightline's CEO at 4. What we can commit on the backlog and chargebacks.",
       label=F, why="escalation prep booked two hours before")

    ev("Outage comms - customer notice review", "2026-10-06 13:00", 45, att=[erin, P(f"comms@{D}", "Corporate Communications")],
       created="2026-10-06 11:50", conf="teams",
       desc="Approve the customer notice on the Joliet outage before 2pm. Draft attached.",
       label=F, why="emergency approval of outage comms, booked 70 minutes before")
    ev("Brightline - recovery plan working session", "2026-10-07 08:15", 75, att=[luis, hannah, raj],
       created="2026-10-07 07:29", conf="teams",
       desc="Build the PO-level recovery plan Tessa asked for: which POs ship from Joliet manually, what "
            "moves to Bolingbrook.",
       label=F, why="reactive recovery work for the live outage, booked 45 minutes before")
    ev("Extra shifts approval - manual labeling", "2026-10-13 15:00", 30, org=luis, att=[colleen],
       created="2026-10-13 14:09", conf="teams",
       desc="Need OK today for 2 extra manual-label shifts (Wed-Sat) - outage backlog.",
       label=F, why="emergency approval during the outage, booked 50 minutes before")

    # ---------------------------------------------------------------- later crises
    ev("Carrier capacity huddle (Prairie out-of-service)", "2026-10-19 08:00", 30,
       rr="FREQ=DAILY;COUNT=8;BYDAY=MO,TU,WE,TH,FR", org=hannah, att=[raj, luis, leads],
       created="2026-10-19 07:08", conf="teams",
       desc="Prairie Carriers got a DOT out-of-service order this morning - ~60 loads/day uncovered. Daily "
            "huddle until coverage is back: spot market, backup carriers, customer triage.",
       label=F, why="crisis huddle created 52 min before the first occurrence, bounded to 8 days")
    ev("Safety incident - Joliet forklift injury (reportable)", "2026-10-21 14:00", 60, org=sandra,
       att=[luis, nate, colleen], created="2026-10-21 13:12", conf="teams",
       desc="Forklift / pedestrian contact in aisle 14, associate taken to hospital. OSHA recordable. "
            "Immediate actions, family contact, statement.",
       label=F, why="safety incident call booked 48 minutes before")
    ev("Yantian rollovers - typhoon", "2026-10-23 09:00", 60, tz="Asia/Shanghai", org=wei,
       att=[hannah, kyle], created="2026-10-22 17:35", conf="teams",
       desc="Typhoon closes Yantian for ~48h - 212 Brightline containers rolled. Need rebooking priorities "
            "and customer comms tonight (Chicago).",
       label=F, why="urgent APAC call at 20:00 Chicago, booked 2.5 hours before")
    ev("URGENT - customs hold, Brightline containers LA/LB", "2026-10-28 07:00", 45, org=hannah,
       att=[P("ops@harborline-customs.example", "Harborline Customs Ops"), kyle],
       created="2026-10-27 21:48", conf="teams",
       label=F, why="urgent customs-hold call booked the night before for 07:00")

    # ---------------------------------------------------------------- execution one-offs
    ev("Peak cutover war room (planned)", "2026-10-26 10:30", 60, rr="FREQ=DAILY;COUNT=5", org=raj,
       att=[leads, luis, hannah, yard, rm1402], created="2026-10-16 15:12", conf="teams",
       desc="PLANNED war room for the YardView dock-scheduling go-live on Oct 26. Not an incident bridge: "
            "run-of-show, cutover checklist, hypercare owners. Booked per the peak plan.",
       label=E, why="planned go-live war room booked 10 days ahead; launch execution, not a crisis")
    ev("S&OP - October Executive Review", "2026-10-21 09:00", 120, org=raj,
       att=[marcus, erin, brandon, leads, board], created="2026-09-24 10:05", conf="teams",
       loc="CHI-HQ Boardroom 15 (20)",
       desc="Demand vs capacity Nov-Jan, peak labor plan sign-off, inventory positioning by DC.",
       label=E, why="monthly S&OP review and sign-off")
    ev("2027 Budget - NetOps first pass", "2026-10-23 13:00", 120, org=brandon, att=[luis, hannah],
       created="2026-10-02 09:30", conf="teams",
       label=E, why="budget review for next year's operations")
    ev("QBR - Brightline Home Goods (Q3)", "2026-10-29 13:00", 120, org=erin, att=[tessa, kyle, hannah, marcus],
       created="2026-09-15 14:12", conf="teams", desc="Q3 scorecard, claims, 2027 volume outlook, renewal timeline.",
       label=E, why="quarterly business review with a customer")
    ev("Prairie Carriers - 2027 contract renewal", "2026-10-02 11:00", 60, org=hannah, att=[lynn],
       created="2026-09-21 15:40", conf="teams",
       label=E, why="carrier contract negotiation on current business")
    ev("Quick sync - temp labor PO sign-off", "2026-10-20 11:35", 15, org=luis, created="2026-10-20 10:41",
       conf="teams", desc="Need your approval on the Keystone PO for November (>$250k threshold).",
       label=E, why="routine approval, booked at short notice but nothing urgent")
    ev("Joliet site walk - recovery check", "2026-10-19 14:00", 120, att=[luis, nate],
       created="2026-10-13 08:50", loc="Joliet DC, 2100 Channahon Rd",
       label=E, why="on-site operational review after the recovery")
    ev("Monthly ops scorecard - prep", "2026-10-02 14:00", 60, att=[raj], created="2026-09-28 12:02",
       label=E, why="routine monthly reporting prep")
    ev("Carrier scorecard review", "2026-10-23 15:30", 60, org=hannah, created="2026-10-12 10:20", conf="teams",
       desc="Q3 carrier scorecards: on-time pickup, tender acceptance, claims. Who goes on probation.",
       label=E, why="operational review of carriers")
    ev("Sign-off: YardView cutover go/no-go", "2026-10-22 16:00", 45, org=raj, att=[luis, yard],
       created="2026-10-15 11:11", conf="teams",
       label=E, why="go/no-go sign-off for a planned launch")
    ev("StackWise - SOW credits", "2026-10-30 14:30", 45, att=[omar], created="2026-10-26 09:55", conf="teams",
       desc="Service credits for SW-118204 under the SOW. Two of us only.",
       label=E, why="two-person vendor call on a commercial claim")
    ev("Hold - Q4 labor plan", "2026-10-27 14:00", 90, att=[luis, colleen], created="2026-10-21 17:30",
       desc="Working session: overtime caps, temp-to-perm conversions, shift bids for November.",
       label=E, why="'Hold' title, but the description is a labor-planning working session")
    ev("Intro - Keystone Staffing", "2026-10-05 16:00", 45, att=[ana], created="2026-09-30 13:25", conf="teams",
       desc="New temp-labor agency for Joliet peak: rates, onboarding timeline, first associates Nov 2.",
       label=E, why="'Intro' title, but it is a vendor call for current peak staffing")
    ev("Corridor Town Hall - Q3", "2026-10-22 11:00", 60, org=P(f"office.of.ceo@{D}", "Office of the CEO"),
       att=[everyone], created="2026-09-10 10:00", conf="teams",
       desc="Q3 results, peak readiness, safety record, Q&A with Robert.",
       label=E, why="company all-hands that is a business/results update")

    # ---------------------------------------------------------------- capability-building
    ev("INC-2291 review", "2026-10-20 08:30", 90, org=tamika, att=[luis, greg, joliet, omar, rm1402],
       created="2026-10-16 16:20", conf="teams",
       desc="Blameless post-incident review of the Joliet WMS outage (Oct 6-16). Timeline, 5 whys on the "
            "patch process, change-freeze rules, what we change in vendor release testing so this cannot "
            "happen again.",
       label=C, why="postmortem with a ticket id in the title; root-cause learning")
    ev("Interview - Director, Transportation Planning (J. Alvarez)", "2026-10-13 13:00", 60, org=maya,
       created="2026-10-06 15:30", conf="teams", desc="Panel interview 3 of 4. Scorecard in Greenhouse.",
       label=C, why="hiring interview")
    ev("Interview - Director, Transportation Planning (S. Whitaker)", "2026-10-15 15:00", 60, org=maya,
       created="2026-10-08 10:05", conf="teams", desc="Panel interview 3 of 4. Scorecard in Greenhouse.",
       label=C, why="hiring interview")
    ev("Debrief - Dir. Transportation Planning loop", "2026-10-16 14:00", 30, org=maya, att=[hannah, raj],
       created="2026-10-09 11:45", conf="teams", label=C, why="hiring debrief")
    ev("Interview - Sr Analyst, Network Planning", "2026-10-01 10:30", 45, org=raj, created="2026-09-25 14:18",
       conf="teams", label=C, why="hiring interview for her team")
    ev("Lean Leadership Training - Module 4: Leader Standard Work", "2026-10-28 13:00", 240, org=tamika,
       att=[leads, jtrain], created="2026-08-20 09:00", loc="JOL-DC Training Rm (30)",
       desc="In person at Joliet. Module 4 of 6 for all NetOps leaders.",
       label=C, why="leadership training")
    ev("New supervisor onboarding - welcome from NetOps", "2026-10-05 15:00", 60, org=colleen,
       created="2026-09-22 13:40", conf="teams",
       desc="Welcome session for the 9 new shift supervisors (Sept cohort). Dana: 20 min on how we lead.",
       label=C, why="onboarding new supervisors")
    ev("Talent review (9-box) - NetOps", "2026-10-26 15:00", 120, org=colleen, att=[hannah, luis],
       created="2026-09-29 16:05", conf="teams",
       label=C, why="talent and succession review")
    ev("Skip-level: Joliet shift supervisors", "2026-10-19 16:00", 60, att=[sups, jtrain],
       created="2026-10-13 08:52", loc="JOL-DC Training Rm (30)",
       desc="Skip-level, no managers in the room. How are you after the outage weeks? What should we stop doing?",
       label=C, why="skip-level listening session")
    ev("Kaizen report-out: dock door assignment", "2026-10-30 13:00", 90, org=tamika, att=[leads],
       created="2026-10-09 10:10", conf="teams",
       label=C, why="process-improvement report-out")
    ev("Org design - Transportation team 2027", "2026-10-22 13:00", 90, att=[colleen, hannah],
       created="2026-10-14 17:02",
       desc="Split of carrier procurement vs execution desk, spans and layers, where the new director sits.",
       label=C, why="org design")
    ev("Exec coaching - Dana", "2026-10-30 16:00", 60, org=coach, created="2026-09-18 12:00", conf="zoom",
       host="Jen Alder", desc="Session 5 of 8: delegation under pressure; what to stop doing as a VP.",
       label=C, why="her own leadership coaching")
    ev("Skip-level: Nate Hollis", "2026-10-27 11:30", 30, att=[nate], created="2026-10-21 09:35", conf="teams",
       desc="Skip-level with Nate (Joliet ops manager, reports to Luis): how is the team after the outage, "
            "what would he change, his development goals.",
       label=C, why="two-person skip-level about the person and the team")

    ev("Budget owners kickoff 2027", "2026-10-12 14:00", 60, org=brandon, att=[G(f"budget-owners@{D}", "Budget Owners FY27", cutype=None)],
       created="2026-09-28 09:00", conf="teams", label=E, why="budget process kickoff (routine planning of numbers)")
    ev("Keystone onboarding check - peak temps", "2026-10-15 13:00", 60, org=luis, att=[ana],
       created="2026-10-08 16:30", conf="teams",
       desc="Background checks, badge and training schedule for the first 80 temps.",
       label=E, why="vendor delivery check for peak staffing")
    ev("Interview - Sr Analyst, Network Planning (2nd candidate)", "2026-10-26 09:00", 45, org=raj,
       created="2026-10-19 13:22", conf="teams", label=C, why="hiring interview")
    ev("Hannah - promotion case with HR", "2026-10-29 10:30", 45, att=[colleen], created="2026-10-20 15:48",
       desc="Prepare Hannah's promotion case to Sr Director for the January cycle.",
       label=C, why="career / promotion talk about a direct report")

    # ---------------------------------------------------------------- strategy
    ev("Deep work - 2027 network design memo", "2026-10-02 08:00", 120, created="2026-09-25 17:10",
       desc="Draft the Southeast DC options memo (Atlanta vs Savannah vs 3PL partner) for Marcus and Robert. "
            "Phone off.", label=S, why="thinking/writing time for a long-range network strategy paper")
    ev("Deep work - 2027 network design memo", "2026-10-23 08:00", 120, created="2026-10-16 16:25",
       desc="Finish the SE DC memo - scenario economics.", label=S, why="strategy paper writing time")
    ev("Deep work", "2026-10-30 08:00", 120, created="2026-10-26 07:55",
       desc="Automation investment thesis for the board pre-read.", label=S,
       why="writing the automation investment thesis (long-range)")
    ev("2027 Network Design - SE DC options", "2026-10-05 09:30", 120, org=raj, att=[marcus, hannah],
       created="2026-09-17 13:00", conf="teams",
       desc="Where should the next DC go? Demand heat map 2027-2030, three site scenarios, build vs partner.",
       label=S, why="long-range network design: where to place the next DC")
    ev("Network design - scenario decision", "2026-10-27 08:30", 90, att=[marcus, raj],
       created="2026-10-19 18:20", conf="teams",
       desc="Pick the SE scenario to take to the board. Savannah build vs Meridian partnership.",
       label=S, why="choosing the long-range network scenario")
    ev("Intro - Meridian Cold Chain", "2026-10-14 13:00", 60, org=jules, att=[carla], created="2026-10-05 11:40",
       conf="teams",
       desc="Exploratory. Meridian's founders are open to a JV or sale; would give us reefer capacity in "
            "GA/FL. Under NDA - do not forward.",
       label=S, why="M&A / partnership exploration")
    ev("Automation investment thesis - board pre-read review", "2026-10-27 15:30", 90, org=marcus,
       created="2026-10-20 08:15", conf="teams",
       label=S, why="board strategy pre-read on automation investment")

    # ---------------------------------------------------------------- other
    ev("Drive to Joliet", "2026-10-19 13:00", 60, created="2026-10-13 08:53", label=O, why="travel")
    ev("Drive back", "2026-10-19 17:00", 60, created="2026-10-13 08:54", label=O, why="travel")
    ev("Drive to Joliet", "2026-10-28 12:15", 45, created="2026-10-21 09:01", label=O, why="travel")
    ev("Drive back", "2026-10-28 17:00", 50, created="2026-10-21 09:02", label=O, why="travel")
    for day in ("2026-10-01 15:00", "2026-10-02 15:30", "2026-10-21 15:30", "2026-10-29 15:30"):
        ev("Focus time", day, 90, created="-13d",
           desc="Focus time booked by Microsoft Viva Insights. Teams will show you as Do not disturb.",
           label=O, why="auto-booked focus block with no stated content (opaque)")
    ev("Dentist", "2026-10-23 16:30", 60, cls="PRIVATE", created="2026-09-02 20:14", label=O,
       why="private medical appointment")
    ev("Indigenous Peoples' Day", "2026-10-12", allday=1, transp="TRANSPARENT", created="2025-12-15 09:00",
       label=O, why="holiday marker (all-day, free); office open")
    return p


# =========================================================================== PERSONA 2
# Nadia Rahman, co-founder & CEO, Tallyfin (B2B payments / spend-management scale-up, London,
# ~320 staff). Google Calendar export: one-offs in UTC, series with TZID. October 2026: writing
# the 2027-29 plan, an ELT strategy offsite, Project Amber (acquiring Kovas Payments, Vilnius),
# pricing, US entry, a board meeting. Execution is left to the COO. Intended: over-planning.
def persona_nadia() -> Persona:
    D = "tallyfin.example"
    p = Persona("nadia-rahman", f"nadia.rahman@{D}", "Nadia Rahman", "executive", "Europe/London",
                "google", "en", "fintech scale-up (B2B payments)", ["2026-10"], {"2026-10": "over-planning"},
                reports=[f"ben.castellano@{D}", f"yusuf.adeyemi@{D}", f"marta.sikora@{D}",
                         f"chloe.fairweather@{D}", f"gareth.lyle@{D}", f"aisha.bello@{D}"])

    def tf(first, last, **kw):
        return P(f"{first.lower()}.{last.lower()}@{D}", f"{first} {last}", **kw)

    ben, yusuf, marta = tf("Ben", "Castellano"), tf("Yusuf", "Adeyemi"), tf("Marta", "Sikora")
    chloe, gareth, aisha = tf("Chloe", "Fairweather"), tf("Gareth", "Lyle"), tf("Aisha", "Bello")
    lucy, sam, nia = tf("Lucy", "Hart"), tf("Sam", "Whitlock"), tf("Nia", "Ward")
    ellie, miriam = tf("Ellie", "Shaw"), tf("Miriam", "Cole")
    elt = G(f"elt@{D}", "ELT")
    allstaff = G(f"all@{D}", "Tallyfin - everyone", cutype=None)
    engleads = G(f"eng-leads@{D}", "Engineering Leads")
    boardg = G(f"board@{D}", "Tallyfin Board", cutype=None)
    boardroom = R("c_1889mvq7ar3kkh2nj8l2kv8d0@resource.calendar.google.example", "LDN-5-Boardroom (20)")
    shoreditch = R("c_18841jq0kq0f4gl1i6b3t9k5hm@resource.calendar.google.example", "LDN-4-Shoreditch (8)")
    helen = P("helen.marsh@northgatecap.example", "Helen Marsh")
    tomasz = P("tomasz.wolski@harcourtlowe.example", "Tomasz Wolski")
    ruta = P("ruta.kairyte@kovaspay.example", "Rūta Kairytė")
    mantas = P("mantas.petrauskas@kovaspay.example", "Mantas Petrauskas")
    dan = P("dan.feldman@hudsonadvisory.example", "Dan Feldman")
    sarah = P("sarah.quinn@fieldnotecoaching.example", "Sarah Quinn")
    aoife = P("aoife.byrne@meridianclearing.example", "Aoife Byrne")
    jade = P("jade.osei@loomly.example", "Jade Osei")
    mark = P("mark.devlin@greenhollowretail.example", "Mark Devlin")
    sofia = P("sofia.lind@bellweather.example", "Sofia Lind")
    ev = p.ev

    # ---------------------------------------------------------------- series
    ev("Deep work - 2029 plan", "2026-09-01 08:00", 120, rr="FREQ=WEEKLY;BYDAY=TU,TH",
       ex=["2026-10-08 08:00", "2026-10-15 08:00", "2026-10-22 08:00"], created="2026-08-27 18:40",
       desc="Writing the 3-year plan narrative (where we play 2027-29, US entry, build vs buy for card "
            "issuing) for the board pack. Do not book over - Lucy.",
       label=S, why="protected writing time for the 3-year strategy paper")
    ev("Project Amber - weekly", "2026-07-06 16:00", 60, rr="FREQ=WEEKLY;BYDAY=MO", org=sam,
       att=[ben, tomasz], created="2026-07-01 12:10", conf="meet",
       desc="Project Amber workstreams: valuation, licence passporting, integration thesis, LOI terms. "
            "Strictly confidential - do not forward.",
       label=S, why="weekly M&A workstream (acquisition of Kovas)")
    ev("ELT weekly", "2025-04-07 09:30", 90, rr="FREQ=WEEKLY;BYDAY=MO", org=chloe, att=[elt, boardroom],
       created="2025-04-02 17:00", conf="meet",
       desc="Standing agenda:\n1. Metrics dashboard (ARR, NRR, TPV, losses)\n2. Priority projects RAG\n"
            "3. Decisions / asks\n4. AOB",
       ov=[Ov("2026-10-12 09:30", me="DECLINED", modified="2026-10-09 18:20"),
           Ov("2026-10-19 09:30", me="DECLINED", modified="2026-10-16 10:02"),
           Ov("2026-10-26 09:30", title="ELT weekly - offsite follow-up: 2027 choices",
              desc="Replacing the usual agenda this week: finalise the where-to-play choices from the "
                   "offsite (US entry, mid-market, issuing) before Thursday's board.",
              modified="2026-10-21 08:44", label=S,
              why="this week's ELT slot was given over to finalising strategic choices")],
       label=E, why="weekly exec team operating meeting run by the COO: metrics and project RAG")
    ev("Metrics review", "2025-05-01 16:00", 60, rr="FREQ=WEEKLY;BYDAY=TH", org=ben, att=[elt], me="TENTATIVE",
       created="2025-04-24 11:31", conf="meet",
       ov=[Ov("2026-10-15 16:00", status="CANCELLED", modified="2026-10-12 09:00"),
           Ov("2026-10-22 16:00", me="DECLINED", modified="2026-10-19 08:12"),
           Ov("2026-10-29 16:00", status="CANCELLED", modified="2026-10-26 09:40")],
       label=E, why="weekly KPI review run by the CFO (she is tentative); empty agenda = routine")
    ev("Nadia / Ben 1:1", "2026-01-13 15:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", org=lucy, att=[ben],
       created="2026-01-07 10:05",
       desc="Ben's agenda: finance team hiring, his readiness as a public-company CFO, feedback on the board pack.",
       label=C, why="1:1 with a direct report (EA books it), about his development")
    ev("Nadia / Yusuf 1:1", "2026-01-14 11:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org=lucy,
       att=[yusuf], created="2026-01-07 10:07",
       ov=[Ov("2026-10-21 11:00", start="2026-10-23 12:00", modified="2026-10-15 16:30")],
       label=C, why="biweekly 1:1 with a direct report, booked by the EA; no agenda written")
    ev("Nadia / Marta 1:1", "2026-01-08 14:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org=lucy,
       att=[marta], created="2026-01-07 10:09",
       desc="Marta: growing the PM org from 9 to 15, her own next step, coaching on exec presence.",
       ov=[Ov("2026-10-15 14:00", status="CANCELLED", modified="2026-10-06 12:00"),
           Ov("2026-10-29 14:00", start="2026-10-28 17:00", modified="2026-10-23 10:15")],
       label=C, why="coaching 1:1 with a direct report")
    ev("Nadia / Chloe 1:1", "2026-01-05 14:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", org=lucy,
       att=[chloe], created="2026-01-02 09:58",
       desc="Chloe: COO scope as we scale; coaching on running the ELT without me in the room.",
       label=C, why="coaching 1:1 with a direct report")
    ev("Nadia / Gareth 1:1", "2026-09-04 10:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", org=lucy,
       att=[gareth], created="2026-08-28 14:20",
       desc="Gareth's first 90 days as CRO: onboarding plan, building the risk team, what he needs from me.",
       ov=[Ov("2026-10-16 10:00", status="CANCELLED", modified="2026-10-05 11:11")],
       label=C, why="onboarding / coaching 1:1 with a new direct report")
    ev("Nadia / Aisha 1:1", "2026-01-06 11:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", org=lucy,
       att=[aisha], created="2026-01-02 10:01",
       label=C, why="biweekly 1:1 with a direct report; no agenda")
    ev("Mentoring - Jade Osei (Loomly)", "2026-03-31 17:30", 60, rr="FREQ=MONTHLY;BYDAY=-1TU", att=[jade],
       created="2026-03-20 21:05", conf="meet",
       desc="Monthly mentoring for Jade (founder, Loomly - seed stage). Her topics this month: first exec hire, "
            "board management.",
       label=C, why="mentoring a founder outside the company")
    ev("Catch-up - Helen / Nadia", "2026-02-06 08:00", 45, rr="FREQ=MONTHLY;BYDAY=1FR", org=helen,
       created="2026-01-30 13:00", conf="meet",
       desc="Helen's agenda: board composition, Series C timing, the 2029 plan storyline.",
       label=S, why="monthly chair catch-up on board strategy and fundraising timing")
    ev("Pilates", "2026-01-07 07:00", 60, rr="FREQ=WEEKLY;BYDAY=WE", ex=["2026-10-14 07:00", "2026-10-21 07:00"],
       cls="PRIVATE", created="2026-01-04 20:30", label=O, why="personal, private")

    # ---------------------------------------------------------------- strategy one-offs
    ev("ELT Strategy Offsite 2027-2029", "2026-10-14 09:00", end="2026-10-15 17:00",
       att=[elt, ben, yusuf, marta, chloe, gareth, aisha], created="2026-08-10 11:00",
       loc="Cowley Manor, Cheltenham GL53 9NL",
       desc="Decide where we play 2027-29: SME vs mid-market focus, US entry (yes / no / when), build vs buy "
            "for card issuing, Project Amber fit. Pre-read: 2029 plan draft v3. Dinner on the 14th.",
       label=S, why="two-day strategy offsite that decides direction")
    ev("Pricing 2027 - decision session", "2026-10-06 13:00", 120, org=marta, att=[ben, chloe, shoreditch],
       created="2026-09-22 16:45",
       desc="Decide packaging and price points for 2027: per-seat vs usage, FX margin, the free tier. Options paper v3.",
       label=S, why="pricing and packaging decision")
    ev("US market entry - advisory session", "2026-10-08 10:00", 60, tz="America/New_York", org=dan,
       created="2026-09-29 14:02", conf="zoom", host="Dan Feldman",
       desc="Working session on the US entry thesis: money transmitter licences vs sponsor bank, which ICP "
            "first, build a NY team or acquire.",
       label=S, why="market-entry strategy with an external advisor (New York organiser)")
    ev("Intro - Bellweather Ventures", "2026-10-12 10:00", 60, org=sofia, created="2026-10-01 15:20",
       conf="zoom", host="Sofia Lind",
       desc="Series C: first partner meeting. They want our view on CEE consolidation and the Kovas angle.",
       label=S, why="'Intro' title; fundraising conversation about the company's direction")
    ev("Competitive landscape - CEE payments", "2026-10-13 13:00", 90, org=sam, att=[marta, shoreditch],
       created="2026-10-02 11:30", label=S, why="market and competitor analysis")
    ev("Think time: Amber integration thesis", "2026-10-19 13:00", 120, created="2026-10-15 20:40",
       label=S, why="thinking time on the acquisition thesis")
    ev("Kovas Payments - management presentation", "2026-10-21 10:00", end="2026-10-21 16:00",
       tz="Europe/Vilnius", org=ruta, att=[mantas, sam, ben, tomasz], created="2026-10-02 10:40",
       uidstyle="outlook", loc="Kovas Payments, Konstitucijos pr. 21, Vilnius",
       desc="Management presentation and Q&A for Project Amber. Agenda attached (licences, tech, team, 2027 plan).",
       label=S, why="M&A due diligence meeting in Vilnius (organiser in another time zone)")
    ev("Project Amber - synergy case with Kovas CFO", "2026-10-22 09:00", 120, tz="Europe/Vilnius", org=sam,
       att=[mantas, ben], created="2026-10-14 19:05", loc="Kovas office, Vilnius",
       label=S, why="acquisition synergy case")
    ev("Breakfast - Helen", "2026-10-26 08:00", 60, org=helen, created="2026-10-19 07:45",
       loc="The Delaunay, Aldwych",
       desc="Walk Helen through the US entry recommendation and the Amber LOI before the board.",
       label=S, why="'Breakfast' title, but it is board-chair prep on strategy and M&A")
    ev("2027 company objectives - OKR session", "2026-10-27 14:00", 120, att=[elt, boardroom],
       created="2026-10-16 09:15",
       desc="Set 2027's top-level company objectives from the offsite outcome: three objectives, what we stop doing.",
       label=S, why="'OKR session' that sets annual top-level objectives")
    ev("Kovas LOI terms - working session", "2026-10-28 13:00", 120, org=sam, att=[ben, tomasz],
       created="2026-10-23 17:30", conf="meet", label=S, why="M&A deal terms")
    ev("Tallyfin Board Meeting (Q3)", "2026-10-29 13:00", 240, org=miriam, att=[boardg, boardroom, helen, ben, sam],
       created="2026-07-15 10:00",
       desc="1. 2027-29 strategy and US entry decision (90 min)\n2. Project Amber: approval to sign LOI (45 min)\n"
            "3. Q3 financials and KPIs (for noting)\n4. Risk and compliance report (for noting)",
       label=S, why="board meeting dominated by strategy and M&A decisions")
    ev("Hold - Amber SPA", "2026-10-30 10:00", 420, transp="TRANSPARENT", created="2026-10-20 12:00",
       desc="Pencilled for SPA negotiation if the board approves the LOI. Likely to move.",
       label=S, why="placeholder for M&A negotiation, marked free (not counted)")

    # ---------------------------------------------------------------- capability-building one-offs
    ev("Interview: VP Engineering (final) - R. Okafor", "2026-10-02 14:00", 60, org=nia, created="2026-09-25 11:12",
       conf="meet", desc="Final round, CEO interview. Scorecard in Ashby.", label=C, why="hiring interview")
    ev("Interview: VP Engineering (final) - L. Brandt", "2026-10-09 11:00", 60, org=nia, created="2026-10-01 15:40",
       conf="meet", desc="Final round, CEO interview. Scorecard in Ashby.", label=C, why="hiring interview")
    ev("VP Eng hiring debrief", "2026-10-09 16:30", 30, org=nia, att=[yusuf, aisha], created="2026-10-02 09:30",
       conf="meet", label=C, why="hiring decision debrief")
    ev("Interview: Head of Sales EMEA - final (A. Moreau)", "2026-10-07 15:30", 60, org=nia,
       created="2026-09-30 16:12", conf="meet", label=C, why="hiring interview")
    ev("Interview: Head of Sales EMEA - final (J. Kim)", "2026-10-13 16:30", 60, org=nia,
       created="2026-10-06 10:44", conf="meet", label=C, why="hiring interview")
    ev("ELT team coaching - session 3", "2026-10-23 09:00", 120, org=sarah, att=[elt], created="2026-08-19 09:00",
       loc="LDN-5-Boardroom", desc="Team coaching with Sarah: how we disagree and commit; feedback pairs.",
       label=C, why="leadership team coaching")
    ev("Tallyfin All Hands - October", "2026-10-02 16:00", 60, org=aisha, att=[allstaff], created="2026-09-14 12:30",
       conf="meet",
       desc="Welcome to 14 new joiners, values awards, culture survey results and what we are changing, AMA with Nadia.",
       label=C, why="all-hands whose agenda is culture, onboarding and recognition")
    ev("INC-2043 post-incident review", "2026-10-19 11:00", 60, org=yusuf, att=[engleads, gareth],
       created="2026-10-13 09:20", conf="meet",
       desc="Blameless review: why did card auth fail over to the wrong region? 5 whys; actions on runbooks "
            "and quarterly game days.",
       label=C, why="postmortem (ticket id in title); root-cause learning")
    ev("Skip-level breakfast - Engineering", "2026-10-12 08:30", 60, att=[engleads], created="2026-09-28 17:10",
       loc="Kitchen, 5th floor", label=C, why="skip-level with engineering leads")
    ev("Succession planning - ELT", "2026-10-07 14:00", 90, org=aisha, created="2026-09-23 13:05",
       label=C, why="succession and talent planning")
    ev("Comp framework v2 - review", "2026-10-23 14:00", 60, org=aisha, att=[ben], created="2026-10-12 12:20",
       desc="Levels, bands and promotion criteria for 2027.", label=C, why="career framework / performance system")
    ev("Gareth onboarding: meet the Risk Committee chair", "2026-10-09 14:00", 45, org=gareth,
       att=[P("peter.hume@northgatecap.example", "Peter Hume")], created="2026-10-01 08:50", conf="meet",
       label=C, why="onboarding a new executive")
    ev("Engineering leadership forum - fireside chat", "2026-10-28 16:00", 60, org=yusuf, att=[engleads],
       created="2026-10-05 14:00", desc="Nadia on lessons from scaling 50 -> 300 people. Open Q&A.",
       label=C, why="knowledge sharing with engineering leaders")

    # ---------------------------------------------------------------- execution one-offs
    ev("Q4 OKR session", "2026-10-05 13:00", 120, org=chloe, att=[elt, boardroom], created="2026-09-21 10:10",
       desc="Each ELT member: status of Q4 key results, red items, owners and dates to recover.",
       label=E, why="'OKR session' whose agenda is KR status, owners and dates")
    ev("Meridian Clearing Bank - QBR", "2026-10-20 11:00", 60, org=aoife, att=[chloe, gareth],
       created="2026-09-08 09:00", uidstyle="outlook", conf="teams_en",
       label=E, why="quarterly review with the partner bank on the current service")
    ev("Greenhollow Retail - renewal, exec sponsor call", "2026-10-01 12:00", 30, att=[mark],
       created="2026-09-24 17:55", conf="meet", label=E, why="two-person customer call on a current renewal")
    ev("Budget 2027 - first cut", "2026-10-28 10:00", 120, org=ben, att=[elt], created="2026-09-30 10:20",
       label=E, why="budget review")
    ev("Sign-off: safeguarding audit response", "2026-10-13 17:30", 30, org=gareth, created="2026-10-08 12:00",
       label=E, why="sign-off of a compliance deliverable")
    ev("Product roadmap review - Q4", "2026-10-13 15:00", 60, org=marta, att=[yusuf, chloe],
       created="2026-09-29 15:00", label=E, why="delivery roadmap review")
    ev("Audit & Risk Committee", "2026-10-27 12:00", 90, org=miriam, att=[helen, ben, gareth],
       created="2026-07-15 10:05",
       desc="Q3 internal audit findings, safeguarding reconciliation breaks, external audit plan FY26.",
       label=E, why="board committee reviewing controls and audit findings (operational oversight)")
    ev("Investor update - October letter", "2026-10-30 14:00", 45, org=ben, created="2026-10-26 11:00",
       label=E, why="routine investor reporting")
    ev("Quick one - Greenhollow contract redlines", "2026-10-07 12:30", 20, org=chloe,
       created="2026-10-07 11:40", conf="meet", label=E, why="ordinary contract question booked at short notice")
    ev("Monthly risk committee (exec)", "2026-10-30 11:00", 90, org=gareth, att=[elt],
       created="2026-09-10 14:30", label=E, why="routine risk register review")

    ev("Customer advisory board - prep", "2026-10-08 11:00", 60, org=chloe, att=[marta, shoreditch],
       created="2026-09-24 10:30", desc="Run-of-show, which customers present, feedback themes so far.",
       label=E, why="event logistics and content for a customer meeting")
    ev("Q4 forecast review", "2026-10-19 09:30", 90, org=ben, att=[chloe], created="2026-10-09 16:05",
       conf="meet", label=E, why="forecast vs plan review")
    ev("Customer visit - Arden Logistics", "2026-10-20 13:00", 90, att=[chloe, P("r.okoye@ardenlogistics.example", "Rachel Okoye")],
       created="2026-10-06 12:40", loc="Arden Logistics, Canary Wharf",
       desc="Top-10 account. Their asks on the AP automation roll-out; renewal in Q1.",
       label=E, why="customer visit on current delivery and renewal")
    ev("New joiner breakfast", "2026-10-06 10:15", 45, org=aisha, att=[G(f"new-joiners-sept@{D}", "New joiners - Sept cohort", cutype=None)],
       created="2026-09-25 09:10", loc="Kitchen, 5th floor", label=C, why="onboarding / culture with new joiners")
    ev("Annual SMCR conduct training", "2026-10-23 13:00", 50, org=gareth, created="2026-10-02 09:00",
       desc="Mandatory for all Senior Managers. Self-paced module + 20 min Q&A.", label=C, why="training")
    ev("Board pack - strategy section review", "2026-10-07 09:00", 90, att=[sam, ben], created="2026-10-01 18:30",
       desc="Review the strategy and Amber sections of the Q3 board pack before it goes to Miriam.",
       label=S, why="preparing board strategy material")

    # ---------------------------------------------------------------- firefighting
    ev("INC-2043 card authorisations failing - exec bridge", "2026-10-08 08:40", 90, org=yusuf,
       att=[engleads, chloe, gareth, ellie], created="2026-10-08 07:52", conf="meet",
       desc="Card auths failing ~38% since 07:20. Processor failover did not trigger. Customers tweeting. "
            "Exec bridge - join.",
       label=F, why="live incident bridge, booked 48 minutes before")
    ev("Card outage - follow-up huddle", "2026-10-08 13:00", 30, rr="FREQ=DAILY;COUNT=3;BYDAY=MO,TU,WE,TH,FR",
       org=yusuf, att=[chloe, gareth, ellie], created="2026-10-08 10:31", conf="meet",
       desc="Customer refunds, regulator notification, status page until fully resolved.",
       label=F, why="incident follow-up huddle created 2.5 hours before the first occurrence, 3 days only")
    ev("Press enquiry re outage (FT) - response", "2026-10-09 09:30", 30, org=ellie, created="2026-10-09 08:41",
       conf="meet", label=F, why="urgent press response, booked 50 minutes before")
    ev("URGENT: regulator information request - safeguarding", "2026-10-23 15:30", 60, org=gareth, att=[ben],
       created="2026-10-21 09:10", conf="meet",
       desc="The regulator wants our safeguarding reconciliations for Aug-Sep and an explanation of the 14 Oct "
            "break by Monday. Needs CEO attestation.",
       label=F, why="urgent regulatory request, booked two days ahead")

    # ---------------------------------------------------------------- other
    ev("Train to Cheltenham", "2026-10-14 07:05", end="2026-10-14 08:50", created="2026-09-30 21:10",
       loc="London Paddington", label=O, why="travel")
    ev("Train back to London", "2026-10-15 17:40", end="2026-10-15 19:45", created="2026-09-30 21:12",
       label=O, why="travel")
    ev("Out of office", "2026-10-16 00:00", end="2026-10-17 00:00", created="2026-09-02 08:30",
       desc="Recovery day after the offsite.", label=O, why="out-of-office day (Google gives it times)")
    ev("Flight LHR-VNO BA884", "2026-10-20 17:20", end="2026-10-20 20:05", created="2026-10-05 13:40",
       loc="Heathrow T5", label=O, why="travel")
    ev("Dinner w/ Kovas founders", "2026-10-21 19:30", end="2026-10-21 22:00", tz="Europe/Vilnius",
       created="2026-10-09 16:00", loc="Džiaugsmas, Vilnius", desc="Partners welcome.",
       label=O, why="social dinner on the trip")
    ev("Flight VNO-LHR BA885", "2026-10-22 13:05", 170, tz="Europe/Vilnius", created="2026-10-05 13:42",
       label=O, why="travel")
    ev("Lunch - Oksana (Halden Growth)", "2026-10-01 12:30", 75, created="2026-09-17 18:22",
       loc="Dishoom Shoreditch", label=O, why="lunch, no agenda")
    ev("Hold", "2026-10-09 15:00", 60, created="2026-10-05 08:05", label=O, why="opaque hold with no content")
    ev("Parents' evening", "2026-10-07 17:30", 60, cls="PRIVATE", created="2026-09-21 20:02",
       label=O, why="personal")
    ev("Half term", "2026-10-26", allday=5, transp="TRANSPARENT", created="2026-06-01 19:00",
       label=O, why="school holiday marker (all-day, free)")
    return p


# =========================================================================== PERSONA 3
# Sabine Krüger, Teamleiterin Messstellenbetrieb (metering / smart-meter roll-out), Stadtwerke
# Talbrück GmbH (municipal utility). German Outlook/Exchange export. Parental leave (Elternzeit)
# from mid-August to 2 October: in September she joins only a handful of meetings (intended: not
# enough data). Back on 5 October into a roll-out full of status rounds, a gateway outage and a
# "Strategieklausur" that is really action planning. Intended October: stuck in execution.
def persona_sabine() -> Persona:
    D = "stadtwerke-talbrueck.example"
    p = Persona("sabine-krueger", f"sabine.krueger@{D}", "Sabine Krüger", "manager", "Europe/Berlin",
                "outlook", "de", "municipal utility (Stadtwerke), metering", ["2026-09", "2026-10"],
                {"2026-09": "not enough data", "2026-10": "stuck in execution"},
                manager=f"frank.weidemann@{D}",
                reports=[f"tobias.brandt@{D}", f"aylin.demir@{D}", f"jonas.pfeiffer@{D}", f"petra.schulze@{D}"],
                calname="Kalender", owner_cn="Krüger, Sabine", lang_tag="de-DE")

    def sw(first, last, mail=None, cn=None, **kw):
        return P(mail or f"{first.lower()}.{last.lower()}@{D}".replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"),
                 cn or f"{last}, {first}", **kw)

    frank = sw("Frank", "Weidemann", cn="Weidemann, Frank Dr.")
    tobias, aylin, jonas, petra = sw("Tobias", "Brandt"), sw("Aylin", "Demir"), sw("Jonas", "Pfeiffer"), sw("Petra", "Schulze")
    ute = sw("Ute", "Kessler", cn="Kessler, Ute Dr.")
    martina, dirk, ralf = sw("Martina", "Vogt"), sw("Dirk", "Hansen"), sw("Ralf", "Becker")
    nina, werner, karin = sw("Nina", "Albrecht"), sw("Werner", "Stahl", cn="Stahl, Werner (Betriebsrat)"), sw("Karin", "Wolf")
    uwe, sven, jan = sw("Uwe", "Seidel"), sw("Sven", "Otto"), sw("Jan", "Vos")
    frieder, lang = sw("Frieder", "Kolb"), sw("Miriam", "Lang")
    presse = P(f"presse@{D}", "Pressestelle SWT")
    team = G(f"team-msb@{D}", "Team Messstellenbetrieb", cutype=None)
    fk = G(f"fk-netzservice@{D}", "FK Netzservice", cutype=None)
    kern = G(f"rollout-kernteam@{D}", "Kernteam iMSys-Rollout")
    br = G(f"betriebsrat@{D}", "Betriebsrat SWT", cutype=None)
    azubis = G(f"azubis-technik@{D}", "Azubis Technik 2. Lehrjahr")
    b214 = R(f"raum-b214@{D}", "SWT-B2.14 Besprechungsraum (10)", cutype="ROOM")
    konf = R(f"raum-konferenz@{D}", "SWT-Vorstandsetage Konferenz (16)", cutype="RESOURCE")
    schul = R(f"raum-eg-schulung@{D}", "SWT-EG Schulungsraum (24)", cutype=None)
    lage = R(f"lagezentrum@{D}", "SWT-Lagezentrum Netzleitstelle", cutype=None)
    holger = P("holger.meyer@zaehlwerk-nord.example", "Meyer, Holger")
    kai = P("kai.lorenz@gwa-dienste.example", "Lorenz, Kai")
    gwa_sd = P("servicedesk@gwa-dienste.example", "GWA Servicedesk")
    hallmann = P("stefan.hallmann@hallmann-ib.example", "Hallmann, Stefan")
    claudia = P("claudia.richter@stadtwerke-erlenau.example", "Richter, Claudia")
    wohnbau = P("m.yilmaz@wohnbau-talbrueck.example", "Yılmaz, Mehmet")
    ev = p.ev
    leave_aug = ["2026-08-18 13:00", "2026-08-25 13:00"]

    # ---------------------------------------------------------------- long-standing series (others organise)
    ev("FK Netzservice", "2025-01-07 13:00", 90, rr="FREQ=WEEKLY;BYDAY=TU", org=frank, att=[fk, konf],
       ex=leave_aug + ["2026-09-01 13:00", "2026-09-08 13:00", "2026-09-15 13:00", "2026-09-22 13:00",
                       "2026-09-29 13:00"],
       created="2024-12-16 10:12", conf="teams", loc="SWT-Vorstandsetage Konferenz (16)",
       ov=[Ov("2026-10-20 13:00", status="CANCELLED", modified="2026-10-12 08:30")],
       label=E, why="weekly department leadership round (status) run by her manager; description is only the Teams block")
    ev("Jour fixe Weidemann / Krüger", "2024-03-07 15:00", 60, rr="FREQ=WEEKLY;BYDAY=TH", org=frank,
       ex=["2026-08-20 15:00", "2026-08-27 15:00", "2026-09-03 15:00", "2026-09-10 15:00", "2026-09-17 15:00",
           "2026-09-24 15:00", "2026-10-01 15:00"],
       created="2024-02-29 09:40", loc="Büro Dr. Weidemann, B3.02",
       desc="Themen Krüger: Rollout-Quote vs. Plan, Budget MSB, Eskalationen, Personal.",
       ov=[Ov("2026-10-22 15:00", start="2026-10-23 08:30", modified="2026-10-21 17:10")],
       label=E, why="status jour fixe with her own manager; he organises it, agenda = her numbers")
    ev("Steuerkreis Smart-Meter-Rollout", "2026-01-14 10:00", 120, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", org=ute,
       att=[frank, dirk, kai, holger, konf], ex=["2026-08-26 10:00", "2026-09-23 10:00"],
       created="2025-12-18 14:00", conf="teams",
       desc="TOP 1 Rollout-Fortschritt (Pflicht- und Optionalfälle)\nTOP 2 Risiken / Lieferkette Zähler\n"
            "TOP 3 Budget\nTOP 4 Entscheidungen",
       ov=[Ov("2026-09-09 10:00", me="DECLINED", modified="2026-09-07 20:15")],
       label=E, why="programme steering committee (status, risks, budget)")
    ev("Abstimmung Netzleitstelle – Abschaltungen", "2025-02-05 14:00", 60, rr="FREQ=WEEKLY;BYDAY=WE", org=ralf,
       att=[tobias, lage],
       ex=["2026-08-19 14:00", "2026-08-26 14:00", "2026-09-02 14:00", "2026-09-09 14:00", "2026-09-16 14:00",
           "2026-09-23 14:00", "2026-09-30 14:00", "2026-10-21 14:00"],
       created="2025-01-30 11:25",
       label=E, why="weekly coordination of planned disconnections for meter swaps; no description")
    ev("Kundenbeschwerden-Review", "2025-03-07 10:00", 60, rr="FREQ=WEEKLY;BYDAY=FR", org=nina, att=[aylin],
       ex=["2026-08-21 10:00", "2026-08-28 10:00", "2026-09-04 10:00", "2026-09-11 10:00", "2026-09-18 10:00",
           "2026-09-25 10:00", "2026-10-02 10:00"],
       created="2025-02-27 15:05", conf="teams",
       desc="Offene Beschwerden Messstellenbetrieb (Termine, Fehlablesungen, Schätzungen) – Stand und Verantwortliche.",
       label=E, why="operational review of open customer complaints")
    ev("Lagerrunde Zähler", "2025-06-05 09:30", 45, rr="FREQ=WEEKLY;BYDAY=TH", org=uwe, att=[aylin],
       ex=["2026-08-20 09:30", "2026-08-27 09:30", "2026-09-03 09:30", "2026-09-10 09:30", "2026-09-17 09:30",
           "2026-09-24 09:30", "2026-10-01 09:30"],
       created="2025-05-26 13:45", loc="Lager Halle 3",
       label=E, why="weekly materials round (stock, deliveries)")
    ev("Projektstatus §14a Steuerboxen", "2026-02-12 13:00", 60, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org=ute,
       att=[jonas, sven], ex=["2026-08-27 13:00", "2026-09-10 13:00", "2026-09-24 13:00"],
       created="2026-02-02 10:30", conf="teams",
       label=E, why="project status")

    # ---------------------------------------------------------------- leave (September)
    ev("Elternzeit", "2026-08-17", allday=47, busy="OOF", created="2026-05-11 09:15",
       desc="Elternzeit. Vertretung: Tobias Brandt (tobias.brandt@stadtwerke-talbrueck.example).",
       label=O, why="parental leave (all-day out of office)")
    ev("PEKiP mit Mia", "2026-08-20 15:00", 90, rr="FREQ=WEEKLY;UNTIL=20260924T130000Z;BYDAY=TH", cls="PRIVATE",
       created="2026-08-10 21:40", label=O, why="personal, private")
    ev("Kinderarzt U5 Mia", "2026-09-08 09:15", 45, cls="PRIVATE", created="2026-08-14 08:20", label=O,
       why="personal medical appointment")
    ev("Kita-Eingewöhnung Mia", "2026-09-21 08:30", 120, rr="FREQ=WEEKLY;COUNT=10;BYDAY=MO,TU,WE,TH,FR",
       cls="PRIVATE", created="2026-09-04 19:30", label=O, why="personal, private")
    ev("Vorstellungsgespräch Elektroniker/in Messstellenbetrieb – Hr. Yıldız", "2026-09-10 10:00", 60, org=martina,
       att=[tobias, konf], created="2026-08-27 11:20", conf="teams",
       desc="Zweites Gespräch. Bewerbungsunterlagen in d.3 (Personalakte). Fr. Krüger nimmt trotz Elternzeit teil "
            "(abgestimmt mit Dr. Weidemann).",
       label=C, why="job interview (hiring)")
    ev("Nachbesprechung Bewerber", "2026-09-10 11:00", 30, org=martina, att=[tobias], created="2026-08-27 11:24",
       conf="teams", label=C, why="interview debrief (hiring)")
    ev("Betriebsrat: Zustimmung Rufbereitschaftsregelung MSB", "2026-09-16 09:00", 120, org=martina,
       att=[br, werner, frank, konf], created="2026-09-01 10:00", loc="SWT-Vorstandsetage Konferenz (16)",
       desc="Vorlage zur Zustimmung gem. § 87 Abs. 1 BetrVG: Rufbereitschaft Messstellenbetrieb ab 01.11.2026. "
            "Fr. Krüger erläutert die Regelung und beantwortet Fragen des Gremiums.",
       label=E, why="works council approval of a finished on-call policy (an approval / sign-off)")
    ev("DRINGEND: Kommunikationsausfall Gateways Los 3", "2026-09-23 14:00", 60, org=jonas, att=[tobias, gwa_sd],
       created="2026-09-23 13:04", conf="teams",
       desc="Seit 11 Uhr keine Messwerte von ca. 1.800 iMSys (Los 3). GWA sieht Zertifikatsfehler. Brauchen "
            "Entscheidung zu Vor-Ort-Einsätzen heute.",
       label=F, why="outage call booked one hour before")
    ev("Übergabe nach Elternzeit – Stand Rollout", "2026-09-29 13:00", 120, org=tobias, created="2026-09-18 09:30",
       loc="B2.14", desc="Stand aller Lose, offene Eskalationen, Personal, was liegt an in KW 41.",
       label=E, why="status handover from her deputy")
    ev("Wiedereinstieg – Abstimmung Frank / Sabine", "2026-09-30 13:00", 60, org=frank, created="2026-09-21 08:50",
       desc="Prioritäten Q4, Rollout-Zahlen, was ab 5.10. ansteht.",
       label=E, why="status and priorities with her own manager")

    # ---------------------------------------------------------------- new series from 5 October (she organises most)
    ev("Tägliche Rollout-Abstimmung iMSys", "2026-10-05 08:00", 30, rr="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", org=petra,
       att=[kern, tobias, jonas], created="2026-09-25 14:10", conf="teams",
       desc="Dispo-Abgleich: Montagetermine heute/morgen, Rückläufer, Materialstand, Störungen Gateways. "
            "Kurz halten (15-30 min).",
       label=E, why="daily dispatch and status round")
    ev("Team-Runde Messstellenbetrieb", "2026-10-05 09:00", 90, rr="FREQ=WEEKLY;BYDAY=MO", att=[team, b214],
       created="2026-09-28 16:05", loc="SWT-B2.14 Besprechungsraum (10)",
       desc="TOP 1 Rollout-Zahlen der Woche (Soll/Ist)\nTOP 2 Rückstände Turnuswechsel\n"
            "TOP 3 Termine und Verantwortliche\nTOP 4 Verschiedenes",
       ov=[Ov("2026-10-19 09:00", start="2026-10-19 09:30", title="Team-Runde – Sonderthema Gateway-Ausfall",
              desc="Heute nur ein Thema: Lage Gateway-Ausfall. Rückstau Vor-Ort-Einsätze, Kundenanrufe, "
                   "Priorisierung der Monteure.", modified="2026-10-16 16:40", label=F,
              why="this week's team meeting was given over entirely to the live outage")],
       label=E, why="weekly team meeting she runs: numbers, backlog, dates")
    ev("Rechnungsfreigaben MSB", "2026-10-09 13:00", 60, rr="FREQ=WEEKLY;BYDAY=FR", att=[aylin],
       created="2026-09-28 16:20", label=E, why="weekly invoice approvals (sign-offs)")
    ev("1:1 Tobias / Sabine", "2026-10-05 11:00", 30, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", att=[tobias],
       created="2026-09-28 16:30",
       desc="Persönliches Gespräch: Entwicklung, Weiterbildung (Meisterschule?), Feedback. Kein Statustermin.",
       label=C, why="1:1 with a direct report about his development")
    ev("1:1 Aylin / Sabine", "2026-10-07 09:00", 30, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=[aylin],
       created="2026-09-28 16:31", label=C, why="1:1 with a direct report; no description")
    ev("1:1 Jonas / Sabine", "2026-10-08 11:00", 30, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", att=[jonas],
       created="2026-09-28 16:32",
       ov=[Ov("2026-10-22 11:00", status="CANCELLED", modified="2026-10-20 08:40")],
       label=C, why="1:1 with a direct report")
    ev("1:1 Petra / Sabine", "2026-10-09 11:00", 30, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", att=[petra],
       created="2026-09-28 16:33", desc="Wie geht's dir, was brauchst du von mir?",
       label=C, why="1:1 with a direct report")
    ev("Mittagspause", "2026-10-05 12:00", 30, rr="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", created="2026-09-28 16:40",
       label=O, why="lunch")
    ev("Kita abholen", "2026-10-06 16:00", 30, rr="FREQ=WEEKLY;BYDAY=TU,TH", ex=["2026-10-13 16:00"], cls="PRIVATE",
       created="2026-09-28 16:42", label=O, why="personal, private")

    # ---------------------------------------------------------------- October execution one-offs
    ev("Rückstände Turnuswechsel – Abbauplan", "2026-10-05 13:30", 90, org=tobias, att=[petra], created="2026-09-29 15:10",
       loc="B2.14", desc="Rückstand 2.140 Turnuswechsel. Abbauplan bis KW 50: Monteure, Samstage, Dienstleister.",
       label=E, why="backlog reduction plan with dates and capacity")
    ev("Telefonat Hallmann – Nachtragsangebot", "2026-10-06 15:00", 30, org=hallmann, created="2026-10-01 10:00",
       uidstyle="outlook", label=E, why="two-person call with a contractor about a change order")
    ev("Abstimmung Messkonzepte Wärmepumpen", "2026-10-07 15:30", 60, org=sven, created="2026-09-30 12:00",
       conf="teams", label=E, why="technical coordination of current connections")
    ev("Abstimmung Kundenservice – Terminbriefe Zählerwechsel", "2026-10-08 14:00", 60, org=nina, att=[petra],
       created="2026-10-01 11:15", conf="teams",
       desc="Textbausteine und Versandtermine der Ankündigungsschreiben für Los 4.",
       label=E, why="operational coordination of customer letters in progress")
    ev("Workshop Datenqualität SAP IS-U / MDM", "2026-10-12 10:30", 90, org=dirk, att=[aylin, jonas],
       created="2026-09-24 09:00", conf="teams",
       desc="Bereinigung Zählpunkt-Stammdaten vor MDM-Go-Live: Fehlerlisten, Zuständigkeiten, Termine.",
       label=E, why="data clean-up in a running project (tasks, dates)")
    ev("Budgetplanung 2027 MSB – Runde 1", "2026-10-12 13:00", 120, att=[aylin, karin], created="2026-10-05 14:20",
       label=E, why="budget planning")
    ev("Lieferantengespräch Zählwerk Nord – Liefertermine Q4", "2026-10-13 10:00", 60, org=holger,
       created="2026-10-06 11:00", uidstyle="outlook", conf="teams_de",
       label=E, why="two-person vendor call about current deliveries")
    ev("Fahrt UW Nord", "2026-10-13 14:35", 25, created="2026-10-07 09:02", label=O, why="travel")
    ev("Baustellenbegehung UW Nord – Wandlermessungen", "2026-10-13 15:00", 90, org=tobias, att=[hallmann],
       created="2026-10-07 09:00", loc="Umspannwerk Nord, Am Kraftwerk 4",
       label=E, why="on-site inspection / acceptance")
    ev("Rückfahrt", "2026-10-13 16:30", 30, created="2026-10-07 09:03", label=O, why="travel")
    ev("Auftaktbesprechung Rollout Los 5", "2026-10-14 10:00", 90, org=ute, att=[kern, hallmann],
       created="2026-09-30 13:00", conf="teams", label=E, why="kick-off of a roll-out lot (project execution)")
    ev("Kurze Abstimmung Materialbestellung", "2026-10-14 11:40", 20, org=aylin, created="2026-10-14 10:52",
       conf="teams", label=E, why="ordinary coordination booked at short notice")
    ev("Fokuszeit – Angebote Montagedienstleister lesen", "2026-10-15 13:00", 120, created="2026-10-12 18:10",
       desc="Drei Angebote Los 6 durchlesen, Bewertungsmatrix vorbereiten.",
       label=E, why="focus block whose content is bid evaluation for a running tender")
    ev("Zählerwechsel-Turnus 2027 – Planung", "2026-10-19 13:00", 120, org=tobias, att=[petra, aylin],
       created="2026-10-08 10:20", label=E, why="work planning for next year (volumes, dates)")
    ev("Strategieklausur Netzservice 2030", "2026-10-20 09:00", 420, org=frank, att=[fk],
       created="2026-08-12 10:00", loc="Tagungshotel Am Stadtwald",
       desc="Ziel: Maßnahmenplan 2027 für alle Teams.\n09:00 Rückblick Kennzahlen 2026\n"
            "10:00 Maßnahmenliste je Team mit Verantwortlichen und Terminen\n13:00 KPI-Zielwerte 2027 je Team\n"
            "14:30 Ressourcen- und Budgetplanung\n15:30 Festlegung Termine / Nachhalten",
       label=E, why="titled 'strategy retreat' but the agenda is actions, owners, dates, KPI targets, budget")
    ev("Quartalsgespräch Gateway-Administrator", "2026-10-22 14:00", 60, org=kai, created="2026-09-15 10:00",
       uidstyle="outlook", conf="teams_de", label=E, why="service provider review")
    ev("Abnahme Montageleistungen Los 2 – Hallmann", "2026-10-23 14:00", 90, att=[hallmann, tobias],
       created="2026-10-09 15:30", loc="B2.14", label=E, why="acceptance (sign-off) of contractor work")
    ev("Lagebesprechung Go-Live MDM-System (geplant)", "2026-10-26 08:30", 30, rr="FREQ=DAILY;COUNT=3", org=dirk,
       att=[aylin, jonas, kern], created="2026-10-12 11:00", conf="teams",
       desc="Geplante Hypercare-Runde zur Umstellung auf das neue MDM am 26.10. Kein Störfall: Checkliste, "
            "Übergaben, offene Punkte.",
       label=E, why="planned go-live round booked two weeks ahead")
    ev("Halbjahresbericht MsbG an BNetzA – Abstimmung", "2026-10-26 10:30", 90, org=jan, created="2026-10-09 12:00",
       conf="teams", label=E, why="routine regulatory reporting")
    ev("BSI-Audit SMGW – Vorbereitung", "2026-10-26 13:00", 120, org=dirk, att=[jonas], created="2026-10-02 09:10",
       label=E, why="audit preparation (evidence, owners)")
    ev("Dispo-Planung KW 44–46", "2026-10-26 15:00", 90, org=petra, att=[tobias], created="2026-10-21 10:40",
       label=E, why="work scheduling")
    ev("Kundentermin Wohnbau Talbrück eG – Zählerplätze", "2026-10-27 11:15", 45, att=[wohnbau],
       created="2026-10-20 14:00", loc="Telefon", label=E, why="two-person customer call about a current refurbishment")
    ev("Budgetplanung 2027 – Abstimmung Controlling", "2026-10-28 09:00", 90, org=karin, created="2026-10-14 09:30",
       conf="teams", label=E, why="budget")
    ev("Ausschreibung Montagedienstleistungen 2027 – Bewertung", "2026-10-28 10:30", 90, org=frieder, att=[tobias],
       created="2026-10-07 13:00", label=E, why="bid evaluation for a running tender")
    ev("Monatsreporting iMSys an GF", "2026-10-29 10:30", 60, org=ute, created="2026-09-29 08:00",
       conf="teams", label=E, why="routine reporting")

    # ---------------------------------------------------------------- firefighting
    ev("Störung GWA – Abstimmung mit Servicedesk", "2026-10-14 07:00", 30, org=jonas, att=[gwa_sd],
       created="2026-10-14 06:41", conf="teams",
       desc="Seit 06:10 keine Verbindung zu den Gateways, alle Lose. Zertifikat beim GWA abgelaufen?",
       label=F, why="outage call booked 20 minutes before, before working hours")
    ev("Krisenstab Gateway-Ausfall", "2026-10-14 08:30", 60, rr="FREQ=DAILY;COUNT=4;BYDAY=MO,TU,WE,TH,FR",
       org=frank, att=[dirk, ralf, nina, jonas, kai, lage, presse], created="2026-10-14 07:38",
       loc="SWT-Lagezentrum Netzleitstelle",
       desc="Zertifikatsablauf beim GWA: seit 06:10 keine Kommunikation zu ~9.400 Smart-Meter-Gateways. "
            "Lagebild, Maßnahmen, Kundenkommunikation. Täglich bis zur Entstörung.",
       label=F, why="crisis-team series created ~50 minutes before its first occurrence, bounded to 4 days")
    ev("Kundeninfo Gateway-Ausfall – Abstimmung Pressestelle", "2026-10-15 11:00", 30, org=nina, att=[presse],
       created="2026-10-15 09:50", conf="teams", label=F, why="urgent crisis communication")
    ev("DRINGEND: Zählerbrand MFH Lindenstraße 14", "2026-10-08 16:45", 60, org=tobias, att=[ralf],
       created="2026-10-08 16:08", conf="teams",
       desc="Feuerwehr vor Ort, Zählerschrank ausgebrannt (Zähler aus Los 2). Sicherheit, Ersatz, Meldung.",
       label=F, why="emergency (meter fire) booked 37 minutes before")
    ev("Eskalation: Beschwerde Büro Oberbürgermeisterin (Fehlabrechnungen)", "2026-10-22 11:00", 60, org=nina,
       att=[frank, aylin], created="2026-10-20 08:15", conf="teams",
       desc="OB-Büro hat 23 Beschwerden über Schätzabrechnungen nach Zählerwechsel weitergeleitet. Antwort bis Freitag.",
       label=F, why="urgent escalation booked two days ahead")
    ev("Rufbereitschaft: Netzstörung Wohngebiet Auenfeld", "2026-10-24 06:30", 120, org=ralf, att=[tobias],
       created="2026-10-24 06:12", conf="teams",
       desc="Samstag: Ausfall nach Kabelfehler, 40 iMSys betroffen, Kundenmeldungen laufen auf.",
       label=F, why="Saturday-morning outage booked 18 minutes before")
    ev("Notfall-Abstimmung Lieferengpass Zähler", "2026-10-27 15:00", 60, att=[holger, aylin, uwe],
       created="2026-10-27 12:50", conf="teams",
       desc="Zählwerk Nord liefert KW 45/46 nicht (Chipmangel). Montagen ab Montag gefährdet.",
       label=F, why="acute supply shortage, booked two hours before")

    # ---------------------------------------------------------------- capability-building
    ev("Einarbeitung neue Kollegin Disposition (Fr. Lang)", "2026-10-06 10:00", 60, org=petra, att=[lang],
       created="2026-09-30 08:30", label=C, why="onboarding a new colleague")
    ev("Schichtmodell Rufbereitschaft – Konzept mit HR", "2026-10-09 08:30", 90, org=martina, att=[tobias],
       created="2026-10-01 12:00",
       desc="Wie organisieren wir Rufbereitschaft und Samstagsdienste im Team künftig (Rollen, Vertretung, Qualifikation)?",
       label=C, why="org design of the team's on-call model")
    ev("Vorstellungsgespräch Monteur/in (m/w/d) – Fr. Nowak", "2026-10-21 13:00", 60, org=martina, att=[tobias],
       created="2026-10-09 10:00", loc="B2.14", label=C, why="job interview (hiring)")
    ev("Vorstellungsgespräch Monteur/in (m/w/d) – Hr. Krämer", "2026-10-21 14:00", 60, org=martina, att=[tobias],
       created="2026-10-09 10:02", loc="B2.14", label=C, why="job interview (hiring)")
    ev("Nachbetrachtung Gateway-Ausfall (Lessons Learned)", "2026-10-27 09:00", 120, org=frank,
       att=[dirk, ralf, nina, jonas, kai, schul], created="2026-10-20 17:00", loc="SWT-EG Schulungsraum (24)",
       desc="Keine Schuldfrage. Ablauf rekonstruieren, 5-Why zur Ursache (Zertifikatsmanagement beim GWA), "
            "Maßnahmen: Monitoring, Vertragsklauseln, Eskalationswege.",
       label=C, why="post-incident review / root-cause analysis")
    ev("Unterweisung Arbeitssicherheit 2026 (Pflicht)", "2026-10-30 08:30", 90,
       org=P(f"arbeitssicherheit@{D}", "Arbeitssicherheit SWT"), att=[team, schul], created="2026-09-01 07:30",
       loc="SWT-EG Schulungsraum (24)", label=C, why="mandatory training")
    ev("Probezeit-Zwischengespräch Fr. Lang", "2026-10-30 11:00", 30, org=petra, att=[lang],
       created="2026-10-23 09:10", label=C, why="probation review talk")
    ev("Azubi-Projekt: Vorstellung Ergebnisse", "2026-10-30 14:00", 60, org=tobias, att=[azubis],
       created="2026-10-12 13:30", loc="B2.14", label=C, why="apprentice training / knowledge sharing")

    # ---------------------------------------------------------------- strategy
    ev("Sondierung Kooperation Stadtwerke Erlenau (wMSB)", "2026-10-16 14:00", 60, org=claudia,
       created="2026-10-06 15:00", uidstyle="outlook", conf="teams_de",
       desc="Erstes Gespräch: Könnte Talbrück für Erlenau den Messstellenbetrieb übernehmen? Unverbindlich.",
       label=S, why="exploring a partnership / new market role")
    ev("Zukunftsbild Messwesen 2030 – Input Netzstrategie", "2026-10-29 13:00", 120, org=frank,
       created="2026-10-13 12:00", loc="B3.02",
       desc="Frage: Wollen wir als wettbewerblicher Messstellenbetreiber für Nachbargemeinden auftreten? "
            "Marktrolle, Wettbewerber, was lassen wir? Entscheidungsvorlage für die GF.",
       label=S, why="direction question: market role 2030")
    return p


# =========================================================================== PERSONA 4
# Lucía Ferrer Ortega, Directora de Operaciones, Grupo Mareaviva Hoteles (14 hotels in Baleares,
# Canarias and Costa del Sol; HQ Palma). Google Workspace export, mostly Spanish, some English /
# German with a tour operator. October 2026: end of the Balearic season, Plan Estratégico 2027-2030,
# buying a hotel in Málaga, a Legionella positive at Alcúdia, a DANA flooding Palma Bay.
# Few 1:1s and no coaching time for her hotel directors. Intended: people under-invested.
def persona_lucia() -> Persona:
    D = "mareaviva.example"
    p = Persona("lucia-ferrer", f"lucia.ferrer@{D}", "Lucía Ferrer Ortega", "senior-leader", "Europe/Madrid",
                "google", "es", "hotel group (hospitality)", ["2026-10"], {"2026-10": "people under-invested"},
                manager=f"ignacio.villalba@{D}",
                reports=[f"javier.moll@{D}", f"carmen.soler@{D}", f"ruben.quintana@{D}", f"marta.bauza@{D}",
                         f"andres.ferra@{D}"])

    def mv(first, last, mail, **kw):
        return P(f"{mail}@{D}", f"{first} {last}", **kw)

    ignacio = mv("Ignacio", "Villalba", "ignacio.villalba")
    javier, carmen = mv("Javier", "Moll", "javier.moll"), mv("Carmen", "Soler", "carmen.soler")
    ruben, marta = mv("Rubén", "Quintana", "ruben.quintana"), mv("Marta", "Bauzà", "marta.bauza")
    andres, pilar = mv("Andrés", "Ferrà", "andres.ferra"), mv("Pilar", "Roig", "pilar.roig")
    tomeu, irene = mv("Tomeu", "Vidal", "tomeu.vidal"), mv("Irene", "Salas", "irene.salas")
    nuria, david = mv("Núria", "Gelabert", "nuria.gelabert"), mv("David", "Aguiló", "david.aguilo")
    sergi, laura = mv("Sergi", "Mas", "sergi.mas"), mv("Laura", "Pons", "laura.pons")
    secretaria = P(f"secretaria.consejo@{D}", "Secretaría del Consejo")
    comite = G(f"comite-direccion@{D}", "Comité de Dirección", cutype=None)
    directores = G(f"directores-hotel@{D}", "Directores de Hotel")
    todos_ops = G(f"ops-baleares@{D}", "Operaciones Baleares", cutype=None)
    tramuntana = R("c_1880d7m2hq6ngh1ih4ijo1nk6c@resource.calendar.google.example", "PMI-Sede-1-Sala Tramuntana (12)")
    dragonera = R("c_188dd2ds9vf0ojc5k2b3n5alk4@resource.calendar.google.example", "PMI-Sede-1-Sala Dragonera (6)")
    katrin = P("katrin.hoffmann@nordsol.example", "Katrin Hoffmann")
    alvaro = P("alvaro.mendez@costacapital.example", "Álvaro Méndez")
    joao = P("joao.teixeira@lusahospitality.example", "João Teixeira")
    beatriz = P("beatriz.camps@alisio.example", "Beatriz Camps")
    lab = P("resultados@aqualab-balear.example", "Aqualab Balear")
    ev = p.ev

    # ---------------------------------------------------------------- series
    ev("Comité de Dirección", "2025-01-13 09:30", 120, rr="FREQ=WEEKLY;BYDAY=MO", org=ignacio,
       att=[comite, tramuntana, pilar, david], ex=["2026-10-12 09:30"], created="2025-01-08 18:02",
       loc="PMI-Sede-1-Sala Tramuntana (12)",
       desc="Orden del día fijo:\n1) Cifras de la semana (ocupación, ADR, RevPAR vs presupuesto)\n"
            "2) Seguimiento de proyectos\n3) Temas para decisión\n4) Ruegos y preguntas",
       label=E, why="CEO's weekly committee: numbers and project follow-up")
    ev("Reunión semanal Directores de Hotel", "2025-03-04 09:00", 90, rr="FREQ=WEEKLY;BYDAY=TU",
       att=[directores, ruben, dragonera], created="2025-02-26 12:40", conf="meet",
       desc="Ocupación y pick-up, incidencias de la semana, cierres de temporada (Alcúdia cierra el 31/10), "
            "plantillas. Rubén se conecta por Meet (09:00 en Palma = 08:00 en Canarias).",
       ov=[Ov("2026-10-06 09:00", start="2026-10-06 16:30", title="Reunión Directores – tema único: Legionella Alcúdia",
              desc="Hoy sólo un tema: positivo de Legionella en Alcúdia. Realojos, comunicación a clientes y "
                   "touroperadores, qué hacer en el resto de hoteles esta semana.",
              modified="2026-10-06 08:51", label=F,
              why="this week's meeting was given over entirely to the live crisis")],
       label=E, why="weekly meeting she runs: occupancy, incidents, closures")
    ev("Despacho semanal Ignacio / Lucía", "2025-01-09 17:00", 60, rr="FREQ=WEEKLY;BYDAY=TH", org=ignacio,
       created="2025-01-03 10:15", loc="Despacho CEO",
       desc="Temas de Lucía: ocupación vs presupuesto, cierres de temporada, obras de invierno, incidencias relevantes.",
       ov=[Ov("2026-10-15 17:00", start="2026-10-16 09:00", modified="2026-10-09 13:20")],
       label=E, why="weekly meeting with her manager; agenda is the state of her numbers")
    ev("Seguimiento semanal Canarias", "2025-11-07 11:00", 60, tz="Atlantic/Canary", rr="FREQ=WEEKLY;BYDAY=FR",
       org=ruben, created="2025-10-31 09:30", conf="meet",
       desc="Orden del día de Rubén: ocupación Tenerife y Lanzarote, temporada de invierno (alta en Canarias), "
            "personal, obras.",
       label=E, why="weekly 1:1 with a direct report but an operational status agenda (organised from the Canaries)")
    ev("Plan Estratégico 2027-2030 – sesión de trabajo", "2026-09-16 10:00", 120,
       rr="FREQ=WEEKLY;UNTIL=20261125T110000Z;BYDAY=WE", org=ignacio, att=[pilar, david, tramuntana],
       created="2026-09-08 19:30",
       desc="Dónde competimos 2027-2030: vacacional vs urbano, reposicionamiento Adults Only, entrada en "
            "Portugal y Málaga, cartera de activos (¿vender Alcúdia?). Documento base v4 en Drive.",
       label=S, why="strategy sessions: where to compete, portfolio")
    ev("Revenue – reunión semanal", "2025-05-07 16:00", 60, rr="FREQ=WEEKLY;BYDAY=WE", org=tomeu,
       att=[david], created="2025-04-30 11:00", conf="meet",
       label=E, why="weekly revenue review (pick-up, this week's prices)")
    ev("Sync Comercial–Operaciones", "2026-01-12 13:30", 30, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", org=david,
       created="2026-01-08 17:20", conf="meet",
       desc="David y Lucía: grupos y eventos confirmados, quejas de touroperadores, lo que necesita cada uno.",
       label=E, why="peer sync on current commercial operations")
    ev("1:1 Javier / Lucía", "2026-02-05 12:00", 45, rr="FREQ=MONTHLY;BYDAY=1TH", att=[javier],
       created="2026-01-29 10:00",
       desc="Desarrollo de Javier: plan para dirigir dos hoteles, feedback de su equipo.",
       label=C, why="monthly 1:1 with a direct report about his development")
    ev("1:1 Carmen / Lucía", "2026-02-10 12:00", 45, rr="FREQ=MONTHLY;BYDAY=2TU", att=[carmen],
       created="2026-01-29 10:02",
       ov=[Ov("2026-10-13 12:00", status="CANCELLED", modified="2026-10-08 19:05")],
       label=C, why="monthly 1:1 with a direct report")
    ev("1:1 Marta / Lucía", "2026-02-19 12:00", 45, rr="FREQ=MONTHLY;BYDAY=3TH", att=[marta],
       created="2026-01-29 10:04",
       ov=[Ov("2026-10-15 12:00", start="2026-10-20 16:45", modified="2026-10-13 09:30")],
       label=C, why="monthly 1:1 with a direct report")
    ev("1:1 Andrés / Lucía", "2026-02-24 12:00", 45, rr="FREQ=MONTHLY;BYDAY=4TU", att=[andres],
       created="2026-01-29 10:06", label=C, why="monthly 1:1 with a direct report; no description")
    ev("Comida", "2025-01-06 14:00", 60, rr="FREQ=WEEKLY;BYDAY=MO,TU,TH", ex=["2026-10-12 14:00", "2026-10-20 14:00"],
       created="2025-01-02 09:00", label=O, why="lunch")
    ev("Natación Pau", "2026-09-14 18:00", 60, rr="FREQ=WEEKLY;BYDAY=MO", cls="PRIVATE", created="2026-09-10 22:10",
       label=O, why="personal")

    # ---------------------------------------------------------------- strategy
    ev("Proyecto Málaga – due diligence del activo", "2026-10-05 16:00", 120, org=alvaro, att=[pilar],
       created="2026-09-28 12:00", uidstyle="outlook", conf="teams_en",
       desc="Revisión del informe técnico y de mercado del Hotel Miramar (Torremolinos): encaje con la "
            "estrategia Adults Only, CAPEX estimado, escenarios compra vs gestión.",
       label=S, why="acquisition due diligence")
    ev("Visita Hotel Miramar (Torremolinos)", "2026-10-15 10:00", 240, att=[alvaro, pilar],
       created="2026-10-01 16:30", loc="Hotel Miramar, Paseo Marítimo, Torremolinos",
       label=S, why="visit to the hotel she wants to buy")
    ev("Reunión con la propiedad – Hotel Miramar", "2026-10-15 16:00", 90, org=alvaro,
       created="2026-10-06 10:10", uidstyle="outlook", loc="Málaga",
       label=S, why="acquisition negotiation")
    for d in ("2026-10-02 09:00", "2026-10-09 09:00", "2026-10-23 09:00"):
        ev("Bloque de trabajo – posicionamiento Adults Only", d, 120, created="-9d",
           desc="Redactar la propuesta de reposicionamiento de marca para el Plan Estratégico (capítulo 3).",
           label=S, why="time to write the strategy paper")
    ev("Comité de Inversiones – Alcúdia: reforma integral vs. venta", "2026-10-22 10:00", 120, org=pilar,
       att=[ignacio, andres], created="2026-10-08 11:40",
       label=S, why="portfolio decision (invest in or sell a hotel)")
    ev("Intro - Lusa Hospitality (Lisboa)", "2026-10-20 11:00", 60, tz="Europe/Lisbon", org=joao,
       created="2026-10-12 15:10", conf="zoom", host="João Teixeira", uidstyle="outlook",
       desc="Exploratory call: potential JV to operate two adults-only hotels in the Algarve under the "
            "Mareaviva brand. NDA in place.",
       label=S, why="'Intro': exploring a partnership / expansion (organiser in Lisbon)")
    ev("Consejo de Administración – sesión estratégica", "2026-10-29 10:00", 240, org=secretaria,
       att=[ignacio, pilar, tramuntana], created="2026-07-20 10:00",
       desc="Orden del día:\n1. Aprobación de las líneas del Plan Estratégico 2027-2030.\n"
            "2. Propuesta de adquisición Hotel Miramar (Málaga).\n3. Desinversión Alcúdia: opciones.\n"
            "4. Cierre Q3 (informativo).",
       label=S, why="board meeting centred on strategy and acquisitions")

    # ---------------------------------------------------------------- execution
    ev("Nordsol Reisen – contract summer 2027", "2026-10-06 15:00", 90, tz="Europe/Berlin", org=katrin,
       att=[david], created="2026-09-21 09:40", uidstyle="outlook", conf="teams_en",
       desc="Agenda: allotments summer 2027, rates vs 2026, release dates, marketing contribution.\n"
            "Bitte Zahlen vorab schicken. Thanks!",
       label=E, why="contract negotiation with the tour operator (current business)")
    ev("Catch-up with Katrin (Nordsol)", "2026-10-27 10:30", 60, tz="Europe/Berlin", org=katrin,
       created="2026-10-19 14:00", uidstyle="outlook", conf="teams_en",
       desc="Allotment review after the Alcúdia relocations; release dates W2027.",
       label=E, why="'Catch-up', but it is an allotment review with a customer")
    ev("Presupuesto 2027 – Operaciones (1ª vuelta)", "2026-10-08 12:00", 120, org=pilar, att=[tomeu],
       created="2026-09-24 13:00", label=E, why="budget")
    ev("Bloque de trabajo – presupuesto 2027", "2026-10-19 16:00", 120, created="2026-10-13 18:30",
       desc="Cerrar plantillas y costes de personal por hotel para la 2ª vuelta del presupuesto.",
       label=E, why="work block whose content is the budget")
    ev("Presupuesto 2027 – Operaciones (2ª vuelta)", "2026-10-22 12:30", 90, org=pilar, att=[tomeu],
       created="2026-10-08 14:30", label=E, why="budget")
    ev("Plan de cierre de temporada – Alcúdia Beach", "2026-10-01 10:00", 90, org=carmen, att=[andres],
       created="2026-09-17 12:20", conf="meet", label=E, why="season-closure plan (tasks and dates)")
    ev("Plan de obras invierno 2026/27", "2026-10-13 16:00", 120, org=andres, att=[javier, carmen],
       created="2026-09-30 08:50", label=E, why="works planning (tasks, dates, costs)")
    ev("Visita Palma Bay – recorrido con Javier", "2026-10-26 12:00", 90, att=[javier], created="2026-10-19 19:00",
       loc="Mareaviva Palma Bay", label=E, why="operational inspection after the storm damage")
    ev("Comité de Calidad – NPS y reseñas de septiembre", "2026-10-14 13:00", 60, org=marta, att=[directores],
       created="2026-09-30 16:00", conf="meet", label=E, why="operational quality review")
    ev("Alisio – condiciones temporada de invierno", "2026-10-09 13:00", 45, org=beatriz,
       created="2026-10-05 10:30", conf="meet", label=E, why="two-person call with a sales channel (current deal)")
    ev("Firma contratos lavandería industrial", "2026-10-30 09:30", 30,
       att=[P("comercial@bugaderia-llevant.example", "Bugaderia Llevant")], created="2026-10-26 12:00",
       label=E, why="signing a supplier contract")
    ev("Cuenta de explotación septiembre – revisión", "2026-10-16 10:00", 90, org=pilar,
       created="2026-10-05 09:00", label=E, why="review of the month's results")
    ev("Auditoría de marca – resultados Q3", "2026-10-23 11:00", 60, org=marta, created="2026-10-09 12:00",
       conf="meet", label=E, why="review of audit results")
    ev("Llamada rápida – plantilla extra", "2026-10-13 11:00", 20, org=javier, created="2026-10-13 10:15",
       conf="meet", desc="¿Podemos reforzar pisos el finde? Necesito tu OK.",
       label=E, why="ordinary approval asked for at short notice")
    ev("Reunión plantillas invierno – RRHH", "2026-10-08 15:15", 90, org=nuria, att=[javier, carmen],
       created="2026-09-29 11:30", label=E, why="staffing levels (operational)")
    ev("Comité de Seguridad y Salud", "2026-10-30 10:30", 90, org=sergi, att=[todos_ops],
       created="2026-09-15 10:00", label=E, why="periodic health & safety committee (follow-up)")
    ev("Revisión tarifas grupos invierno", "2026-10-14 14:00", 90, org=tomeu, att=[david], created="2026-10-07 10:20",
       conf="meet", label=E, why="rate review for the current season")
    ev("Revisión reformas Palma Bay – proveedor", "2026-10-28 12:30", 90,
       att=[andres, P("obras@construccionesllevant.example", "Construcciones Llevant")], created="2026-10-22 09:45",
       loc="Mareaviva Palma Bay", desc="Presupuesto de reparación tras la DANA y calendario de obra.",
       label=E, why="works follow-up with a contractor")
    ev("Preparación Consejo – documento estratégico", "2026-10-28 08:30", 90, att=[ignacio],
       created="2026-10-23 18:10", desc="Últimos cambios a la presentación del Plan Estratégico y de Miramar.",
       label=S, why="preparing the board's strategy session")
    ev("Bienvenida nuevos subdirectores (Programa Talento)", "2026-10-30 13:00", 60, org=nuria,
       att=[G(f"programa-talento@{D}", "Programa Talento 2026", cutype=None)], created="2026-10-15 11:00",
       loc="PMI-Sede-1-Sala Dragonera (6)", label=C, why="welcoming new managers (talent development)")
    ev("Coche a Alcúdia", "2026-10-16 14:00", 60, created="2026-10-13 20:00", label=O, why="travel")
    ev("Visita Alcúdia – seguimiento tras Legionella", "2026-10-16 15:00", 150, att=[carmen, andres],
       created="2026-10-13 20:02", loc="Mareaviva Alcúdia Beach",
       label=E, why="follow-up site visit once the crisis was under control")
    ev("Vuelta a Palma", "2026-10-16 17:30", 60, created="2026-10-13 20:03", label=O, why="travel")
    ev("Entrevista – Diario de Mallorca (balance de temporada)", "2026-10-26 17:00", 45, org=laura,
       created="2026-10-20 12:30",
       desc="Entrevista con periodista de Diario de Mallorca sobre el balance de la temporada y los cierres de "
            "invierno. Mensajes clave en el doc de Comunicación.",
       label=E, why="press 'entrevista' about the season, not a hiring interview")

    # ---------------------------------------------------------------- firefighting
    ev("CRISIS Legionella Alcúdia – gabinete de crisis", "2026-10-06 11:00", 60, rr="FREQ=DAILY;COUNT=4",
       att=[carmen, andres, marta, sergi, laura, lab], created="2026-10-06 08:38", conf="meet",
       desc="Resultado positivo de Legionella en ACS (bloque B, hab. 201-260) comunicado por Aqualab a las 07:50. "
            "Protocolo: cierre bloque B, hipercloración, realojo de clientes, comunicación a Salud Pública. "
            "Seguimiento diario hasta resultados negativos.",
       ov=[Ov("2026-10-07 11:00", start="2026-10-07 09:00", modified="2026-10-06 18:40")],
       label=F, why="crisis-team series created 2h20 before its first session, 4 days")
    ev("URGENTE – llamada con Salud Pública", "2026-10-06 12:15", 45,
       att=[P("sanidad.ambiental@govern-balear.example", "Sanidad Ambiental – Govern"), carmen],
       created="2026-10-06 11:40", conf="meet", label=F, why="urgent call with the health authority")
    ev("Reclamación urgente grupo Nordsol – realojo 38 clientes", "2026-10-07 13:00", 60, org=david,
       att=[katrin, carmen], created="2026-10-07 10:05", conf="meet",
       label=F, why="urgent customer complaint, booked 3 hours before")
    ev("Escalado: overbooking Tenerife puente del Pilar", "2026-10-09 15:00", 60, tz="Atlantic/Canary", org=ruben,
       created="2026-10-07 18:20", conf="meet",
       desc="Tenemos 64 habitaciones sobrevendidas para el 10-12/10 en Mareaviva Tenerife Sur. Necesito OK para "
            "recolocar en hoteles de la competencia y compensaciones.",
       label=F, why="urgent escalation, booked two days ahead")
    ev("DANA – inundación lobby y cocinas Palma Bay", "2026-10-19 07:30", 90, org=javier, att=[andres, sergi],
       created="2026-10-19 07:02", conf="meet",
       desc="Entra agua por el lobby y cocinas desde las 6. Clientes desalojados de planta baja. Conéctate ya.",
       label=F, why="early-morning emergency (flooding), booked 28 minutes before")
    ev("Seguimiento daños DANA Palma Bay", "2026-10-19 13:00", 30, rr="FREQ=DAILY;COUNT=3",
       att=[javier, andres], created="2026-10-19 09:10", conf="meet",
       label=F, why="daily emergency follow-up, created 4 hours before, 3 days")
    ev("Llamada aseguradora – siniestro DANA (urgente)", "2026-10-20 17:30", 45,
       att=[P("siniestros@segurosbalear.example", "Seguros Balear – Siniestros")], created="2026-10-20 15:50",
       label=F, why="urgent insurance claim call, booked 1.5 hours before")

    # ---------------------------------------------------------------- capability-building
    ev("Entrevista – Dirección Hotel Costa del Sol (candidata: Patricia Navas)", "2026-10-14 17:00", 60,
       org=nuria, created="2026-10-06 13:00", conf="meet", label=C, why="job interview (hiring)")
    ev("Entrevista – Dirección Hotel Costa del Sol (candidato: Marc Oliver)", "2026-10-21 17:00", 60,
       org=nuria, created="2026-10-13 09:40", conf="meet", label=C, why="job interview (hiring)")
    ev("Análisis causa raíz – brote Legionella Alcúdia", "2026-10-23 13:00", 120, org=marta,
       att=[carmen, andres, sergi, dragonera], created="2026-10-14 16:30",
       desc="Postmortem sin culpables: cronología, 5 porqués (purgas de ACS en habitaciones cerradas, "
            "temperatura de retorno), qué cambiamos en el protocolo de mantenimiento para que no vuelva a pasar.",
       label=C, why="root-cause analysis (postmortem)")
    ev("Comida - Irene", "2026-10-20 14:00", 90, att=[irene], created="2026-10-09 18:00",
       desc="Programa Talento Mareaviva: mentoría con Irene Salas (jefa de recepción, Palma Bay). Su plan para "
            "llegar a subdirectora.",
       label=C, why="'Comida' (lunch) title, but it is a talent-programme mentoring session")
    ev("Formación: liderazgo y feedback – módulo 2", "2026-10-30 15:00", 180, org=nuria, att=[directores],
       me="DECLINED", created="2026-09-01 09:00", loc="PMI-Sede-1-Sala Tramuntana (12)",
       label=C, why="leadership training (she declined it)")
    ev("Onboarding – nueva jefa de mantenimiento Canarias", "2026-10-27 13:00", 45, org=andres,
       att=[P(f"yaiza.perez@{D}", "Yaiza Pérez")], created="2026-10-20 10:00", conf="meet",
       label=C, why="onboarding a new manager")
    ev("Evaluación del desempeño – calibración directores", "2026-10-28 17:00", 90, org=nuria,
       created="2026-10-14 12:00", label=C, why="performance review calibration")

    # ---------------------------------------------------------------- other
    ev("Fiesta Nacional de España", "2026-10-12", allday=1, transp="TRANSPARENT", created="2025-11-20 10:00",
       label=O, why="public holiday")
    ev("Vuelo PMI → AGP (VY3915)", "2026-10-15 07:30", 75, created="2026-10-01 16:40", loc="Aeropuerto de Palma",
       label=O, why="travel")
    ev("Vuelo AGP → PMI (VY3918)", "2026-10-15 18:30", 75, created="2026-10-01 16:42", label=O, why="travel")
    ev("Reservado", "2026-10-21 18:15", 45, created="2026-10-19 08:00", label=O, why="opaque block with no content")
    ev("Médico", "2026-10-07 08:00", 45, cls="PRIVATE", created="2026-09-25 20:00", label=O, why="personal medical appointment")
    return p


# =========================================================================== PERSONA 5
# Claire Vasseur, co-fondatrice et directrice générale, Hexagone Studio (agence de produits
# numériques, Lyon, 58 personnes). macOS Calendar export of her work calendar (invitations from
# clients keep their Google / Exchange UIDs). French. October 2026: repositioning seminar, buying
# a small Bordeaux agency, pricing 2027, a client e-shop outage, weekly 1:1s, hiring, training.
# A balanced month. Intended: fits.
def persona_claire() -> Persona:
    D = "hexagone-studio.example"
    p = Persona("claire-vasseur", f"claire.vasseur@{D}", "Claire Vasseur", "executive", "Europe/Paris",
                "apple", "fr", "digital product / software agency", ["2026-10"], {"2026-10": "fits"},
                reports=[f"thomas.girard@{D}", f"ines.benali@{D}", f"julien.marchand@{D}", f"sophie.lemaire@{D}",
                         f"karim.haddad@{D}"], calname="Travail", prodid="-//Apple Inc.//macOS 15.1//EN")

    def hx(first, last, mail, **kw):
        return P(f"{mail}@{D}", f"{first} {last}", **kw)

    thomas, ines = hx("Thomas", "Girard", "thomas.girard"), hx("Inès", "Benali", "ines.benali")
    julien, sophie = hx("Julien", "Marchand", "julien.marchand"), hx("Sophie", "Lemaire", "sophie.lemaire")
    karim, lea = hx("Karim", "Haddad", "karim.haddad"), hx("Léa", "Fontaine", "lea.fontaine")
    equipe = G(f"equipe@{D}", "Toute l'équipe Hexagone", cutype=None)
    codir = G(f"codir@{D}", "CODIR")
    cdp = G(f"chefs-projet@{D}", "Chefs de projet", cutype=None)
    leads = G(f"nouveaux-leads@{D}", "Promo leads 2026")
    alternants = G(f"alternants@{D}", "Alternants 2026-27", cutype=None)
    fourviere = R(f"salle-fourviere@{D}", "Salle Fourvière (14)", cutype="ROOM")
    croix = R(f"salle-croix-rousse@{D}", "Salle Croix-Rousse (8)", cutype=None)
    nathalie = P("nathalie.perrin@cabinet-perrin.example", "Nathalie Perrin")
    olivier = P("olivier.lacoste@ateliergaronne.example", "Olivier Lacoste")
    amelie = P("amelie.dubreuil@ateliergaronne.example", "Amélie Dubreuil")
    francois = P("francois.morel@banque-rhodanienne.example", "Morel François")
    helene = P("helene.castex@maison-perrault.example", "Hélène Castex")
    pierre = P("pierre.bonnet@mobilites-rhone.example", "Pierre Bonnet")
    marc = P("marc.aubert@rhone-angels.example", "Marc Aubert")
    yasmine = P("yasmine.cherif@nebuleuse-ai.example", "Yasmine Chérif")
    aurore = P("aurore.petit@femmes-numerique.example", "Aurore Petit")
    anne = P("anne.vidal@techtalents.example", "Anne Vidal")
    ev = p.ev

    # ---------------------------------------------------------------- séries
    ev("CODIR hebdo", "2025-09-01 14:00", 90, rr="FREQ=WEEKLY;BYDAY=MO", att=[codir, fourviere],
       created="2025-08-26 18:00", loc="Salle Fourvière (14)",
       desc="1. Indicateurs de la semaine (TACE, carnet de commandes, trésorerie)\n2. Projets en alerte\n"
            "3. Décisions\n4. Divers",
       ov=[Ov("2026-10-26 14:00", title="CODIR – spécial organisation & recrutements 2027",
              desc="Pas d'indicateurs cette semaine. Organigramme 2027, création du poste de lead data, plan de "
                   "recrutement et parcours de montée en compétence des chefs de projet.",
              modified="2026-10-22 19:15", label=C, why="this week's leadership meeting is about org design and hiring")],
       label=E, why="weekly leadership meeting she runs: KPIs and projects at risk")
    ev("Revue de production", "2025-09-04 10:00", 60, rr="FREQ=WEEKLY;BYDAY=TH", org=ines, att=[cdp],
       created="2025-08-28 09:10", uidstyle="google", conf="meet_fr",
       ov=[Ov("2026-10-22 10:00", me="DECLINED", modified="2026-10-12 08:20"),
           Ov("2026-10-29 10:00", me="DECLINED", modified="2026-10-12 08:21")],
       label=E, why="weekly review of projects in delivery")
    ev("Pipeline commercial", "2025-09-02 09:00", 60, rr="FREQ=WEEKLY;BYDAY=TU", org=julien, created="2025-08-29 17:30",
       uidstyle="google", conf="meet_fr", desc="Opportunités > 30 k€, relances, propositions à envoyer.",
       label=E, why="weekly sales pipeline review")
    ev("Point hebdo Claire / Thomas", "2026-01-07 09:30", 45, rr="FREQ=WEEKLY;BYDAY=WE", att=[thomas],
       created="2026-01-05 08:45",
       desc="Thomas : prise de poste de DT (6 mois), délégation aux leads, préparer son rôle d'associé. "
            "Pas de suivi de projets ici.",
       ov=[Ov("2026-10-14 09:30", title="Point Claire / Thomas – crise Maison Perrault",
              desc="Exceptionnel : point de crise Maison Perrault (astreinte, communication client, geste commercial).",
              modified="2026-10-13 21:30", label=F, why="this weekly 1:1 was given over to the live crisis")],
       label=C, why="weekly 1:1 with a direct report about his development")
    ev("Point hebdo Claire / Inès", "2026-01-06 11:00", 45, rr="FREQ=WEEKLY;BYDAY=TU", att=[ines],
       created="2026-01-05 08:47",
       ov=[Ov("2026-10-27 11:00", start="2026-10-27 16:00", modified="2026-10-21 10:05")],
       label=C, why="weekly 1:1 with a direct report; no description")
    ev("Point Julien / Claire", "2026-01-08 14:00", 60, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", org=julien,
       created="2026-01-05 12:10", uidstyle="google",
       desc="Julien : objectifs annuels, posture de directeur commercial, coaching sur la négo grands comptes.",
       ov=[Ov("2026-10-15 14:00", start="2026-10-15 17:15", modified="2026-10-09 11:00"),
           Ov("2026-10-29 14:00", status="CANCELLED", modified="2026-10-16 09:00")],
       label=C, why="1:1 organised by her direct report, about his development")
    ev("1:1 Sophie / Claire", "2026-01-09 11:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", org=sophie,
       created="2026-01-06 15:20", uidstyle="google",
       desc="Sophie : montée en compétence GPEC, sujets RH sensibles, son plan de formation.",
       ov=[Ov("2026-10-30 11:00", status="CANCELLED", modified="2026-10-16 09:02")],
       label=C, why="1:1 with a direct report about her development")
    ev("1:1 Karim / Claire", "2026-01-14 16:00", 45, rr="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=[karim],
       created="2026-01-06 15:25", label=C, why="1:1 with a direct report")
    ev("Bloc – réflexion stratégique", "2026-09-07 08:30", 120, rr="FREQ=WEEKLY;BYDAY=MO", created="2026-09-03 21:10",
       desc="Écrire la note « Hexagone 2030 » : où jouer (IA appliquée banque / assurance / mobilité), ce qu'on "
            "arrête (e-commerce pur), modèle d'offre.",
       label=S, why="thinking time for the strategy paper")
    ev("Revue devis > 50 k€", "2026-03-06 09:30", 30, rr="FREQ=WEEKLY;BYDAY=FR", org=julien, created="2026-03-02 10:00",
       uidstyle="google",
       ov=[Ov("2026-10-09 09:30", me="DECLINED", modified="2026-10-05 19:00"),
           Ov("2026-10-30 09:30", me="DECLINED", modified="2026-10-16 09:05")],
       label=E, why="weekly quote approvals")
    ev("Mentorat – Aurore Petit (Femmes du Numérique)", "2026-04-21 18:00", 60, rr="FREQ=MONTHLY;BYDAY=3TU",
       att=[aurore], created="2026-04-10 12:00", conf="zoom_fr", host="Claire Vasseur",
       desc="Mentorat : Aurore (développeuse, 3 ans d'XP) veut devenir lead. Ce mois-ci : premier recrutement.",
       label=C, why="mentoring someone outside the company")
    ev("Piscine Léo", "2026-09-09 17:30", 60, rr="FREQ=WEEKLY;BYDAY=WE", ex=["2026-10-14 17:30"],
       created="2026-09-05 20:00", label=O, why="personal")

    # ---------------------------------------------------------------- stratégie
    ev("Séminaire associés – positionnement 2027", "2026-10-09 09:00", 540, att=[thomas, ines],
       created="2026-08-24 10:00", loc="Domaine de Lacroix-Laval, Marcy-l'Étoile",
       desc="Où jouer en 2027 : produits IA pour banques / assurances ? Sortie du e-commerce pur ? Offre conseil vs "
            "build ? Rachat d'Atelier Garonne ? Pré-lecture : note Hexagone 2030.",
       label=S, why="seminar that decides positioning")
    ev("Rachat Atelier Garonne – échange avec Olivier", "2026-10-02 16:00", 60, att=[olivier],
       created="2026-09-24 18:30", conf="zoom_fr", host="Claire Vasseur",
       label=S, why="acquisition discussion")
    ev("Atelier Garonne – revue des comptes (data room)", "2026-10-19 16:00", 90, att=[nathalie],
       created="2026-10-12 09:15", loc="Cabinet Perrin, Lyon 6e", label=S, why="acquisition due diligence")
    ev("Visite Atelier Garonne (Bordeaux)", "2026-10-22 10:00", 360, att=[olivier, amelie, thomas],
       created="2026-10-05 14:00", loc="Atelier Garonne, 14 quai des Chartrons, Bordeaux",
       desc="Rencontre de l'équipe, revue des clients, intégration possible. Confidentiel.",
       label=S, why="visit to the acquisition target")
    ev("Grille tarifaire 2027", "2026-10-13 14:00", 120, org=julien, att=[ines, croix], created="2026-10-01 11:40",
       uidstyle="google", label=S, why="pricing decision")
    ev("Comité stratégique – Rhône Angels", "2026-10-27 10:00", 120, org=marc, att=[thomas],
       created="2026-09-01 09:00", uidstyle="google",
       desc="Ordre du jour : positionnement 2027 issu du séminaire, projet de rachat Atelier Garonne, "
            "financement (BPI ?).",
       label=S, why="strategy committee with the investor: direction and acquisition")
    ev("Intro - Nébuleuse AI", "2026-10-14 17:00", 60, org=yasmine, created="2026-10-07 15:10", uidstyle="google",
       conf="meet_fr",
       desc="Partenariat technologique : intégrer leurs modèles dans nos offres banque ; exclusivité régionale ?",
       label=S, why="'Intro': strategic partnership")
    ev("Revue du portefeuille clients – où investir en 2027", "2026-10-16 08:00", 90, att=[julien],
       created="2026-10-09 19:20", label=S, why="portfolio choices")

    # ---------------------------------------------------------------- développement des capacités
    ev("Entretien – Lead développeuse (Camille Roux)", "2026-10-06 16:00", 60, org=sophie, att=[thomas],
       created="2026-09-29 10:00", uidstyle="google", conf="meet_fr", label=C, why="job interview (hiring)")
    ev("Entretien – Lead développeur (Hugo Lemoine)", "2026-10-08 16:00", 60, org=sophie, att=[thomas],
       created="2026-10-01 10:30", uidstyle="google", conf="meet_fr", label=C, why="job interview (hiring)")
    ev("Entretien final – Lead dev (Camille Roux)", "2026-10-20 16:00", 45, org=sophie, created="2026-10-13 09:00",
       uidstyle="google", loc="Salle Croix-Rousse", label=C, why="job interview (hiring)")
    ev("Rétrospective trimestrielle agence", "2026-10-02 14:00", 120, org=ines, att=[equipe, fourviere],
       created="2026-09-15 12:00", uidstyle="google",
       desc="Ce qui a marché / ce qu'on change au T4. Format « start, stop, continue ».",
       label=C, why="retrospective")
    ev("Post-mortem INC-0412 – panne Maison Perrault", "2026-10-19 10:30", 90, org=thomas,
       att=[lea, G(f"tech@{D}", "Équipe tech", cutype=None)], created="2026-10-15 17:00", uidstyle="google",
       desc="Sans recherche de coupable : chronologie, 5 pourquoi (montée de version du module paiement sans test "
            "de charge), actions pour que ça ne se reproduise pas.",
       label=C, why="postmortem (incident id in the title)")
    ev("Formation management – promo 2", "2026-10-15 14:00", 180, att=[leads, croix], created="2026-09-10 09:00",
       desc="Module « Donner du feedback » animé par Claire pour les nouveaux leads.",
       label=C, why="training she delivers")
    ev("Onboarding – accueil des nouveaux arrivants", "2026-10-05 10:30", 60, org=sophie, created="2026-09-28 11:00",
       uidstyle="google", label=C, why="onboarding")
    ev("Entretiens annuels – calibration", "2026-10-23 14:00", 120, org=sophie, att=[codir],
       created="2026-10-02 14:00", uidstyle="google", label=C, why="performance review calibration")
    ev("Déjeuner – Karim", "2026-10-13 12:30", 90, att=[karim], created="2026-10-06 18:40", loc="Le Kitchen Café",
       desc="Point carrière : évolution vers directeur de création associé, ce qu'il attend de moi.",
       label=C, why="'Déjeuner' (lunch) title, but it is a career talk with a direct report")
    ev("Atelier culture & valeurs", "2026-10-27 14:00", 120, org=sophie, att=[equipe], created="2026-09-30 10:00",
       uidstyle="google", label=C, why="culture")
    ev("Midi-talk : retour d'expérience IA générative", "2026-10-08 12:30", 60, org=thomas, att=[equipe],
       created="2026-09-29 13:00", uidstyle="google", label=C, why="knowledge sharing")
    ev("Café avec les alternants", "2026-10-21 08:30", 45, att=[alternants], created="2026-10-14 19:00",
       loc="Cuisine", label=C, why="skip-level with apprentices (culture, listening)")
    ev("Intro - cabinet TechTalents", "2026-10-12 16:00", 45, org=anne, created="2026-10-06 10:00",
       uidstyle="outlook", conf="teams_en", desc="Brief pour le recrutement d'un·e lead data (CDI, Lyon).",
       label=C, why="'Intro': briefing a recruiter (hiring)")

    # ---------------------------------------------------------------- exécution
    ev("COPIL Banque Rhodanienne – refonte appli mobile", "2026-10-07 14:00", 120, org=francois, att=[ines],
       created="2026-09-10 10:00", uidstyle="outlook", loc="Banque Rhodanienne, 12 quai Saint-Antoine, Lyon",
       label=E, why="client steering committee")
    ev("Point client Maison Perrault", "2026-10-01 11:30", 60, org=helene, created="2026-09-24 16:00",
       uidstyle="google", conf="meet_fr", label=E, why="two-person client call on a current project")
    ev("Point client Maison Perrault", "2026-10-20 11:30", 60, org=helene, created="2026-10-15 18:10",
       uidstyle="google", conf="meet_fr", label=E, why="client call on a current project")
    ev("Préparation soutenance Mobilités Rhône", "2026-10-12 10:30", 120, org=julien, att=[thomas, karim, croix],
       created="2026-10-05 09:30", uidstyle="google", label=E, why="preparing a sales pitch")
    ev("Soutenance appel d'offres – Mobilités Rhône", "2026-10-14 10:00", 120, org=pierre, att=[julien, thomas],
       created="2026-09-25 15:00", uidstyle="outlook", loc="Mobilités Rhône, Part-Dieu",
       label=E, why="pitch for a current tender")
    ev("Point trésorerie – cabinet Perrin", "2026-10-16 09:30", 60, org=nathalie, created="2026-10-02 10:00",
       uidstyle="outlook", conf="teams_en", label=E, why="routine finance check-in")
    ev("Validation budget 2027", "2026-10-28 14:00", 120, att=[ines, julien, nathalie, croix],
       created="2026-10-14 18:00", label=E, why="budget")
    ev("Signature contrat-cadre Banque Rhodanienne", "2026-10-21 11:30", 30, att=[julien], created="2026-10-16 10:00",
       label=E, why="contract signature")
    ev("Démo interne – app Banque Rhodanienne sprint 13", "2026-10-26 16:00", 60, org=ines, att=[thomas],
       created="2026-10-19 09:00", uidstyle="google", label=E, why="review of a deliverable")
    ev("Point rapide – facture client en retard", "2026-10-23 11:00", 15, att=[julien], created="-50m",
       label=E, why="ordinary topic booked at short notice")
    ev("OKR T4 – point d'étape", "2026-10-06 14:00", 90, org=ines, att=[codir], created="2026-09-22 12:00",
       uidstyle="google", desc="Avancement des OKR du trimestre : responsables, dates, indicateurs en retard.",
       label=E, why="'OKR' title, but it is progress tracking (owners, dates)")
    ev("Revue des staffings novembre", "2026-10-21 15:00", 60, org=ines, att=[cdp], created="2026-10-14 11:00",
       uidstyle="google", label=E, why="staffing people onto projects")

    # ---------------------------------------------------------------- gestion de crise
    ev("CELLULE DE CRISE – site Maison Perrault en panne (paiement KO)", "2026-10-13 09:45", 60,
       rr="FREQ=DAILY;COUNT=3", org=thomas, att=[lea, helene, G(f"tech@{D}", "Équipe tech", cutype=None)],
       created="2026-10-13 08:56", uidstyle="google", conf="meet_fr",
       desc="Le paiement est KO sur maisonperrault.example depuis 08:40, jour de lancement de la collection. "
            "Point quotidien jusqu'au retour à la normale.",
       ov=[Ov("2026-10-14 09:45", start="2026-10-14 08:30", modified="2026-10-13 18:00"),
           Ov("2026-10-15 09:45", start="2026-10-15 09:00", modified="2026-10-14 17:30")],
       label=F, why="crisis-cell series created ~50 minutes before its first meeting, 3 days")
    ev("Appel urgent Hélène (Maison Perrault) – commandes perdues", "2026-10-13 18:00", 30, org=helene,
       created="2026-10-13 17:20", uidstyle="google", conf="meet_fr", label=F, why="urgent client call")
    ev("Escalade client – Banque Rhodanienne : retard sprint 14", "2026-10-21 14:00", 60, org=francois,
       created="2026-10-19 10:10", uidstyle="outlook", conf="teams_en",
       desc="La DSI considère le retard comme bloquant pour la mise en production de décembre. Escalade au niveau "
            "direction.",
       label=F, why="urgent client escalation, booked two days ahead")
    ev("Alerte sécurité : clés API exposées sur GitHub", "2026-10-27 19:00", 90, org=thomas,
       created="2026-10-27 18:31", uidstyle="google", conf="meet_fr",
       desc="Des clés de prod d'un client ont été poussées dans un dépôt public. Rotation, analyse des accès, "
            "notification client.",
       label=F, why="evening security incident, booked 30 minutes before")

    # ---------------------------------------------------------------- autre
    ev("Urgences pédiatriques – HFME (Léo)", "2026-10-16 14:30", 180, created="2026-10-16 14:05",
       loc="Hôpital Femme Mère Enfant, Bron",
       desc="Léo est tombé à la récré, suspicion de fracture du poignet. Urgences pédiatriques.",
       label=O, why="personal medical emergency (hospital 'urgences' = A&E), not a work crisis")
    ev("Entretien chaudière", "2026-10-23 08:00", 60, created="2026-10-02 21:00", loc="Maison",
       desc="Technicien Engie Home Services entre 8h et 9h.", label=O,
       why="'entretien' here = boiler maintenance at home")
    ev("Dentiste", "2026-10-06 08:00", 45, cls="PRIVATE", created="2026-09-15 19:00", label=O, why="personal")
    ev("Déjeuner – Marie", "2026-10-01 12:45", 75, created="2026-09-28 20:00", label=O, why="lunch, no agenda")
    ev("Vol LYS → BOD", "2026-10-22 07:25", 70, created="2026-10-05 14:05", label=O, why="travel")
    ev("Vol BOD → LYS", "2026-10-22 18:40", 65, created="2026-10-05 14:06", label=O, why="travel")
    ev("Bloqué", "2026-10-28 10:00", 60, created="2026-10-26 08:10", label=O, why="opaque block")
    ev("Congés – Toussaint", "2026-10-29", allday=2, created="2026-06-15 20:00", label=O, why="holiday leave")
    return p


PERSONA_FUNCS = [persona_dana, persona_nadia, persona_sabine, persona_lucia, persona_claire]


# =========================================================================== set files
AUTHORED = """\
Hand-written by an LLM helper session (Claude) acting as an independent label author, from a brief \
that gave only the category meanings, the counting rules and the role targets of DESIGN.md, the \
README sections "Configuration", "A roster of people (CSV)" and "What counts, and why", and a \
third-party corpus of real .ics exports (used only to imitate exporter styles: Google, Exchange/Outlook \
with X-MICROSOFT-CDO-* properties and Windows time-zone names, Apple). The author invented five \
personas and their worlds (company, reporting line, projects, crises) and wrote every event and series \
by hand in make_set.py, each with its true category and a short note next to its definition; the \
script writes the .ics and .labels.csv files from those specifications (randomness only for creation \
minutes, meeting ids, UIDs and other invitees' answers, seeded) and has a check step that expands every \
series with recurring_ical_events and fails on any unlabelled timed occurrence in a listed month. \
Labels are the truth of the story (what the meeting is for), not what the title suggests. The expected \
verdicts were set from the author's own hour totals per category (make_set.py summary, using the \
counting rules of the README: declined, cancelled, transparent and all-day events excluded, overlaps \
split equally, multi-day events clipped to 8-18 on weekdays) against the default role targets with \
tolerance 5. The author did NOT see: anything under src/timeaudit/classify/, classifiers/, \
evaluation/ (other than this folder), src/timeaudit/samples/, tools/, benchmarks/, tests/, the README \
section "How events are tagged", or the sibling set evaluation/calendars/test; and ran no timeaudit \
command that classifies (audit, events, review, evaluate, coach, cohort, bundle). No output of the tool \
was seen while writing or labelling."""


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(personas):
    domains = sorted({p.email.split("@")[1] for p in personas})
    out = ["# timeaudit configuration for the hand-labelled 'dev' evaluation set (written by make_set.py)",
           "[settings]", "tolerance = 5",
           "internal_domains = [" + ", ".join(toml_str(d) for d in domains) + "]",
           f"work_start = {WORK_START}", f"work_end = {WORK_END}", ""]
    for p in personas:
        out += ["[[people]]", f"email = {toml_str(p.email)}", f"name = {toml_str(p.name)}",
                f"role = {toml_str(p.role)}", f"tz = {toml_str(p.tz)}", f"sources = [{toml_str(p.slug)}]",
                "reports = [" + ", ".join(toml_str(r) for r in p.reports) + "]"]
        if p.manager:
            out.append(f"manager = {toml_str(p.manager)}")
        out.append("")
    for p in personas:
        out += [f"[sources.{p.slug}]", 'kind = "ics"', f"path = {toml_str(p.slug + '.ics')}", ""]
    (HERE / "timeaudit.toml").write_text("\n".join(out), encoding="utf-8")


def write_set(personas):
    out = ["[set]", 'name = "dev"', 'authored = """' + AUTHORED + '"""', ""]
    for p in personas:
        # one [[persons]] entry per (person, month) so each month carries its own intended verdict
        for m in p.months:
            out += ["[[persons]]", f"email = {toml_str(p.email)}", f"slug = {toml_str(p.slug)}",
                    f"months = [{toml_str(m)}]", f"expected_verdict = {toml_str(p.verdicts[m])}",
                    f"industry = {toml_str(p.industry)}", f"language = {toml_str(p.lang)}", ""]
    (HERE / "set.toml").write_text("\n".join(out), encoding="utf-8")


# =========================================================================== reading back
def month_bounds(month: str, zone):
    y, m = map(int, month.split("-"))
    start = dt.datetime(y, m, 1, tzinfo=zone)
    end = dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=zone)
    return start, end


def load_labels(path):
    rows = {}
    problems = []
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        if r.fieldnames != ["uid", "recurrence_id", "label", "why"]:
            problems.append(f"{path.name}: bad header {r.fieldnames}")
        for i, row in enumerate(r, start=2):
            key = (row["uid"], row["recurrence_id"])
            if row["label"] not in CATS:
                problems.append(f"{path.name} row {i}: label {row['label']!r} is not one of {CATS}")
            if key in rows:
                problems.append(f"{path.name} row {i}: duplicate key {key}")
            rows[key] = row["label"]
    return rows, problems


def utc_str(v):
    if not isinstance(v, dt.datetime):
        return v.isoformat()
    return v.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def occurrences(cal, start, end):
    import recurring_ical_events
    return list(recurring_ical_events.of(cal).between(start, end))


def owner_partstat(comp, email):
    atts = comp.get("ATTENDEE")
    if atts is None:
        return None
    if not isinstance(atts, list):
        atts = [atts]
    for a in atts:
        if str(a).lower().replace("mailto:", "") == email.lower():
            return a.params.get("PARTSTAT")
    return None


def occ_key(comp):
    uid = str(comp["UID"])
    rid = comp.get("RECURRENCE-ID")
    return uid, (utc_str(rid.dt) if rid is not None else "")


def lookup(labels, comp):
    uid, rid = occ_key(comp)
    if rid and (uid, rid) in labels:
        return labels[(uid, rid)]
    return labels.get((uid, ""))


def load_people():
    cfg = tomllib.loads((HERE / "timeaudit.toml").read_text(encoding="utf-8"))
    st = tomllib.loads((HERE / "set.toml").read_text(encoding="utf-8"))
    people = {pp["email"]: pp for pp in cfg["people"]}
    return cfg, st, people


def check() -> int:
    cfg, st, people = load_people()
    problems, report = [], []
    for entry in st["persons"]:
        pp = people[entry["email"]]
        zone = zoneinfo.ZoneInfo(pp["tz"])
        src = cfg["sources"][pp["sources"][0]]
        ics = HERE / src["path"]
        cal = Calendar.from_ical(ics.read_bytes())
        labels, probs = load_labels(HERE / f"{entry['slug']}.labels.csv")
        problems += probs
        uids = {str(c["UID"]) for c in cal.walk("VEVENT")}
        for (uid, rid) in labels:
            if uid not in uids:
                problems.append(f"{entry['slug']}: label for unknown uid {uid}")
        # every occurrence row must name a real occurrence
        wide = occurrences(cal, dt.datetime(2026, 7, 1, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC))
        keys = {occ_key(c) for c in wide}
        for (uid, rid) in labels:
            if rid and (uid, rid) not in keys:
                problems.append(f"{entry['slug']}: occurrence row {uid} {rid} matches no occurrence")
        for month in entry["months"]:
            start, end = month_bounds(month, zone)
            n_timed = n_lab = 0
            for comp in occurrences(cal, start, end):
                s = comp["DTSTART"].dt
                if not isinstance(s, dt.datetime):
                    continue
                if not (start <= s.astimezone(zone) < end):
                    continue
                n_timed += 1
                lab = lookup(labels, comp)
                if lab is None:
                    problems.append(f"{entry['slug']} {month}: unlabelled occurrence {comp.get('SUMMARY')!s} "
                                    f"at {s.isoformat()} uid={comp['UID']}")
                else:
                    n_lab += 1
            report.append(f"{entry['slug']:16s} {month}  timed occurrences: {n_timed:4d}  labelled: {n_lab:4d}  "
                          f"label rows: {len(labels)}")
    for line in report:
        print(line)
    if problems:
        print(f"\nCHECK FAILED: {len(problems)} problem(s)")
        for pr in problems:
            print("  -", pr)
        return 1
    print("\nCHECK OK: every timed occurrence in every listed month has a label from the five categories; "
          "every label row names an existing event / occurrence.")
    return 0


# =========================================================================== truth summary
TARGETS = {"executive": {S: 30, C: 30, E: 30, F: 10}, "senior-leader": {S: 20, C: 30, E: 40, F: 10},
           "manager": {S: 10, C: 30, E: 50, F: 10}}


def counted_intervals(cal, email, zone, start, end, labels):
    """(start_utc, end_utc, label, summary) of the counted parts of each occurrence inside [start, end)."""
    out, excluded = [], defaultdict(float)
    for comp in occurrences(cal, start - dt.timedelta(days=3), end + dt.timedelta(days=1)):
        s = comp["DTSTART"].dt
        if not isinstance(s, dt.datetime):
            continue
        e_ = comp["DTEND"].dt if comp.get("DTEND") is not None else s + comp["DURATION"].dt
        lab = lookup(labels, comp) or "UNLABELLED"
        summ = str(comp.get("SUMMARY"))
        if str(comp.get("STATUS", "")).upper() == "CANCELLED":
            excluded["cancelled"] += 1
            continue
        if str(comp.get("TRANSP", "")).upper() == "TRANSPARENT" or \
                str(comp.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() == "FREE":
            excluded["free"] += 1
            continue
        if owner_partstat(comp, email) == "DECLINED":
            excluded["declined"] += 1
            continue
        ls, le = s.astimezone(zone), e_.astimezone(zone)
        if lab == O and ls.time() == dt.time(0) and le.time() == dt.time(0) and le > ls:
            excluded["day off"] += 1
            continue
        pieces = []
        if le - ls > dt.timedelta(hours=24):
            d = ls.date()
            while d <= le.date():
                if d.weekday() < 5 or d in (ls.date(), le.date()) and d.weekday() >= 5:
                    a = max(ls, dt.datetime.combine(d, dt.time(WORK_START), zone))
                    b = min(le, dt.datetime.combine(d, dt.time(WORK_END), zone))
                    if b > a:
                        pieces.append((a, b))
                d += dt.timedelta(days=1)
        else:
            pieces.append((ls, le))
        for a, b in pieces:
            a, b = max(a, start), min(b, end)
            if b > a:
                out.append((a.astimezone(UTC), b.astimezone(UTC), lab, summ))
    return out, excluded


def split(intervals):
    pts = sorted({t for a, b, *_ in intervals for t in (a, b)})
    hours = defaultdict(float)
    for x, y in zip(pts, pts[1:]):
        act = [lab for a, b, lab, _ in intervals if a <= x and b >= y]
        if act:
            share = (y - x).total_seconds() / 3600 / len(act)
            for lab in act:
                hours[lab] += share
    return hours


def summary():
    cfg, st, people = load_people()
    for entry in st["persons"]:
        pp = people[entry["email"]]
        zone = zoneinfo.ZoneInfo(pp["tz"])
        cal = Calendar.from_ical((HERE / cfg["sources"][pp["sources"][0]]["path"]).read_bytes())
        labels, _ = load_labels(HERE / f"{entry['slug']}.labels.csv")
        for month in entry["months"]:
            start, end = month_bounds(month, zone)
            iv, exc = counted_intervals(cal, pp["email"], zone, start, end, labels)
            h = split(iv)
            work = sum(v for k, v in h.items() if k in (S, C, E, F))
            print(f"\n== {entry['slug']} {month} ({pp['role']}, intended: {entry['expected_verdict']})")
            print(f"   counted work hours {work:6.1f}   other {h.get(O, 0):5.1f}   excluded occurrences {dict(exc)}")
            tg = TARGETS[pp["role"]]
            for k in (S, C, E, F):
                share = 100 * h.get(k, 0) / work if work else 0
                gap = share - tg[k]
                print(f"   {k:20s} {h.get(k, 0):6.1f} h  {share:5.1f} %  target {tg[k]:3d}  gap {gap:+6.1f}")
            if h.get("UNLABELLED"):
                print(f"   UNLABELLED {h['UNLABELLED']:.1f} h")
            weeks = defaultdict(lambda: [0.0, 0.0])
            for x in sorted({(a.astimezone(zone).isocalendar()[1]) for a, *_ in iv}):
                sub = [(max(a, dt.datetime.fromisocalendar(2026, x, 1).replace(tzinfo=zone).astimezone(UTC)),
                        min(b, dt.datetime.fromisocalendar(2026, x, 7).replace(tzinfo=zone).astimezone(UTC)
                            + dt.timedelta(days=1)), lab, s_) for a, b, lab, s_ in iv]
                sub = [t for t in sub if t[1] > t[0]]
                hw = split(sub)
                weeks[x] = [sum(v for k, v in hw.items() if k in (S, C, E, F)), hw.get(O, 0.0)]
            print("   weekly (work / other): " + ", ".join(f"W{w}: {a:.1f}/{b:.1f}" for w, (a, b) in weeks.items()))


PERSONAS = []   # filled below


def main(argv):
    cmd = argv[1] if len(argv) > 1 else "write"
    if cmd == "write":
        personas = [f() for f in PERSONAS]
        for p in personas:
            write_persona(p)
        write_config(personas)
        write_set(personas)
        for p in personas:
            print(f"wrote {p.slug}.ics and {p.slug}.labels.csv ({len(p.events)} events/series)")
        return 0
    if cmd == "check":
        return check()
    if cmd == "summary":
        summary()
        return 0
    print(__doc__)
    return 2
PERSONAS = PERSONA_FUNCS

if __name__ == "__main__":
    sys.exit(main(sys.argv))
