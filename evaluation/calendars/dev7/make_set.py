#!/usr/bin/env python3
"""Hand-labelled evaluation set 'dev7': five leaders' calendars, written from the specifications below.

Every event and series is written by hand further down, each with its TRUE category (what the
meeting is for in the invented story, not what its title suggests) and a short note of why.
This script writes the .ics exports (Outlook/Exchange, Google Calendar and Apple Calendar styles),
the .labels.csv files, timeaudit.toml and set.toml from those specifications, so labels cannot
drift from events.

    python make_set.py            # write + check + summary
    python make_set.py write|check|summary

Randomness (seeded) is used only for incidental details: UIDs, creation minutes, other
invitees' answers.
"""
import csv
import random
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
CATS = ("strategy", "capability-building", "execution", "firefighting", "other")
S, C, X, F, O = CATS
UTC = timezone.utc
RNG = random.Random(20261107)
WIN2IANA = {"W. Europe Standard Time": "Europe/Vienna",
            "Central Standard Time": "America/Chicago",
            "Romance Standard Time": "Europe/Paris"}
TARGETS = {"executive": (30, 30, 30, 10), "senior-leader": (20, 30, 40, 10), "manager": (10, 30, 50, 10)}
TOL = 5

# --------------------------------------------------------------------------- time zones
VTZ_EU = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:{s}
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
{n1}RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:{d}
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
{n2}RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
VTZ_IE = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:19701025T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
VTZ_USC = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
VTZ_BOG = """BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""


def vtimezone(tzid):
    iana = WIN2IANA.get(tzid, tzid)
    if iana == "America/Chicago":
        return VTZ_USC.format(tzid=tzid)
    if iana == "America/Bogota":
        return VTZ_BOG.format(tzid=tzid)
    if iana == "Europe/Dublin":
        return VTZ_IE.format(tzid=tzid)
    if tzid in WIN2IANA:  # Outlook style
        return VTZ_EU.format(tzid=tzid, s="16010101T030000", d="16010101T020000", n1="", n2="")
    return VTZ_EU.format(tzid=tzid, s="19701025T030000", d="19700329T020000",
                         n1="TZNAME:CET\n", n2="TZNAME:CEST\n")


def P(s):
    """'MM-DD HH:MM' (2026) or 'YYYY-MM-DD HH:MM' -> naive local datetime."""
    if len(s) <= 11:
        s = "2026-" + s
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        e = ch.encode("utf-8")
        lim = 75 if first else 74
        if len(cur) + len(e) > lim:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += e
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


# --------------------------------------------------------------------------- specification model
class Series:
    def __init__(self, cal, ev):
        self.cal, self.ev = cal, ev

    def move(self, orig, start=None, dur=None, label=None, why="moved occurrence, same meeting", **kw):
        self.ev["overrides"].append(dict(orig=P(orig), start=P(start) if start else P(orig),
                                         dur=dur or self.ev["dur"], label=label or self.ev["label"], why=why, **kw))
        return self

    def cancel(self, orig, why="occurrence cancelled by the organiser (not counted)"):
        return self.move(orig, label=self.ev["label"], why=why, status="CANCELLED")

    def relabel(self, orig, label, why, **kw):
        return self.move(orig, label=label, why=why, **kw)


class Cal:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.events = []
        self.zone = ZoneInfo(self.tz)
        self.tzid = self.wintz or self.tz

    # people: key -> (name, email)
    def who(self, key):
        if key.startswith("room:"):
            return key[5:], self.rooms[key[5:]], "RESOURCE"
        if key in self.people:
            n, e = self.people[key]
            return n, e, ("GROUP" if n.endswith("(list)") else "INDIVIDUAL")
        return key.split("@")[0].replace(".", " ").title(), key, "INDIVIDUAL"

    def newuid(self):
        if self.style == "outlook":
            return ("040000008200E00074C5B7101A82E00800000000" + "%016X" % RNG.getrandbits(64)
                    + "00000000000000001000000" + "%032X" % RNG.getrandbits(128))
        if self.style == "google":
            a = "abcdefghijklmnopqrstuv0123456789"
            return "".join(RNG.choice(a) for _ in range(26)) + "@google.com"
        return str(uuid.UUID(int=RNG.getrandbits(128), version=4)).upper()

    def ev(self, title, start, dur, label, why, *, att=(), org=None, ps="ACCEPTED", desc="", loc="",
           transp=False, cls="PUBLIC", status="CONFIRMED", created=None, tz=None, rrule=None,
           exdates=(), busy=None, allday=None):
        assert label in CATS, label
        e = dict(uid=self.newuid(), title=title, start=P(start) if start else None, dur=dur, label=label,
                 why=why, att=list(att), org=org, ps=ps, desc=desc, loc=loc, transp=transp, cls=cls,
                 status=status, created=created, tz=tz, rrule=rrule, exdates=[P(x) for x in exdates],
                 busy=busy, allday=allday, overrides=[])
        self.events.append(e)
        return Series(self, e)

    def ser(self, title, start, dur, rrule, label, why, **kw):
        return self.ev(title, start, dur, label, why, rrule=rrule, **kw)

    def day(self, title, d, label=O, why="all-day item (not counted)", ndays=1, oof=False, **kw):
        return self.ev(title, None, 0, label, why, allday=(date.fromisoformat("2026-" + d if len(d) == 5 else d), ndays),
                       transp=not oof, busy="OOF" if oof else "FREE", **kw)

    # ------------------------------------------------------------------ output
    def zone_of(self, e):
        if e["tz"] in (None, "UTC", "float"):
            return self.zone, self.tzid
        return ZoneInfo(WIN2IANA.get(e["tz"], e["tz"])), e["tz"]

    def rid_utc(self, e, orig):
        z, _ = self.zone_of(e)
        return orig.replace(tzinfo=z).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def dtprop(self, name, e, dt, recurring):
        z, tzid = self.zone_of(e)
        if e["tz"] == "float":
            return f"{name}:{dt:%Y%m%dT%H%M%S}"
        if e["tz"] == "UTC" or (self.style == "google" and not recurring):
            return f"{name}:{utcz(dt.replace(tzinfo=z))}"
        return f'{name};TZID={tzid}:{dt:%Y%m%dT%H%M%S}'

    def created_for(self, e, start, created):
        z, _ = self.zone_of(e)
        s = start.replace(tzinfo=z) if start else datetime(2026, 10, 1, 9, tzinfo=self.zone)
        if created is None:
            c = s - timedelta(days=RNG.randint(4, 30), minutes=RNG.randint(0, 600))
        elif isinstance(created, str):  # e.g. '45m', '3h': booked at short notice
            n = int(created[:-1])
            c = s - (timedelta(minutes=n) if created.endswith("m") else timedelta(hours=n))
            c -= timedelta(seconds=RNG.randint(0, 59))
        else:
            c = s - timedelta(days=created, minutes=RNG.randint(0, 300))
        if e["rrule"] and created is None:
            c = s - timedelta(days=RNG.randint(20, 60))
        return c

    def vevent(self, e, ov=None):
        L = ["BEGIN:VEVENT"]
        recurring = bool(e["rrule"])
        title = ov.get("title", e["title"]) if ov else e["title"]
        status = ov.get("status", "CONFIRMED") if ov else e["status"]
        ps = ov.get("ps", e["ps"]) if ov else e["ps"]
        desc = ov.get("desc", e["desc"]) if ov else e["desc"]
        start = ov["start"] if ov else e["start"]
        dur = ov["dur"] if ov else e["dur"]
        if status == "CANCELLED" and self.style == "outlook":
            title = self.cancel_prefix + title
        if e["allday"]:
            d, n = e["allday"]
            L += [f"DTSTART;VALUE=DATE:{d:%Y%m%d}", f"DTEND;VALUE=DATE:{d + timedelta(days=n):%Y%m%d}"]
        else:
            L += [self.dtprop("DTSTART", e, start, recurring), self.dtprop("DTEND", e, start + timedelta(minutes=dur), recurring)]
        if e["rrule"] and not ov:
            L.append("RRULE:" + e["rrule"])
            for x in e["exdates"]:
                L.append(self.dtprop("EXDATE", e, x, True))
        if ov:
            L.append(self.dtprop("RECURRENCE-ID", e, ov["orig"], True))
        created = self.created_for(e, e["start"] or None, e["created"])
        if ov and ov.get("created"):
            created = self.created_for(e, ov["start"], ov["created"])
        L.append(f"DTSTAMP:20261202T071500Z")
        L.append(f"UID:{e['uid']}")
        L.append("CREATED:" + utcz(created))
        L.append("LAST-MODIFIED:" + utcz(created + timedelta(minutes=RNG.randint(1, 90))))
        L.append("SUMMARY:" + esc(title))
        if desc:
            L.append("DESCRIPTION:" + esc(desc))
        if e["loc"]:
            L.append("LOCATION:" + esc(e["loc"]))
        org = e["org"]
        owner = ("me" if org is None or org == "me" else None)
        if e["att"] or (org not in (None, "me")):
            on, oe, _ = self.who(org) if org not in (None, "me") else (self.name, self.email, "")
            L.append(f'ORGANIZER;CN="{on}":mailto:{oe}')
            keys = list(e["att"])
            if "me" not in keys:
                keys.insert(0, "me")
            for k in keys:
                if k == "me":
                    n, em, cu = self.name, self.email, "INDIVIDUAL"
                    p = "ACCEPTED" if owner else ps
                else:
                    n, em, cu = self.who(k)
                    p = "ACCEPTED" if cu == "RESOURCE" else RNG.choice(["ACCEPTED"] * 5 + ["TENTATIVE", "NEEDS-ACTION"])
                    if k == org:
                        p = "ACCEPTED"
                L.append(self.attendee(n, em, cu, p))
        busy = e["busy"] or ("FREE" if e["transp"] else ("TENTATIVE" if ps == "TENTATIVE" else "BUSY"))
        L.append("TRANSP:" + ("TRANSPARENT" if e["transp"] else "OPAQUE"))
        L.append("STATUS:" + status)
        L.append("CLASS:" + e["cls"])
        L.append("SEQUENCE:" + str(1 if ov else 0))
        if self.style == "outlook":
            L += ["PRIORITY:5", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{1 if ov else 0}",
                  f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                  f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if e['allday'] else 'FALSE'}",
                  "X-MICROSOFT-CDO-IMPORTANCE:1",
                  f"X-MICROSOFT-CDO-INSTTYPE:{3 if ov else (1 if recurring else 0)}",
                  "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
            if e["att"]:
                L.append(f"X-MICROSOFT-CDO-OWNERAPPTID:{RNG.randint(-2**31, 2**31 - 1)}")
        elif self.style == "apple":
            L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
            if e["allday"] is None and not e["att"]:
                L.append("X-APPLE-CREATOR-IDENTITY:com.apple.calendar")
        L.append("END:VEVENT")
        return L

    def attendee(self, n, em, cu, p):
        if self.style == "google":
            return (f'ATTENDEE;CUTYPE={cu};ROLE={"NON-PARTICIPANT" if cu == "RESOURCE" else "REQ-PARTICIPANT"};'
                    f'PARTSTAT={p};CN="{n}";X-NUM-GUESTS=0:mailto:{em}')
        if self.style == "apple":
            return f'ATTENDEE;CN="{n}";CUTYPE={cu};EMAIL={em};PARTSTAT={p};ROLE=REQ-PARTICIPANT:mailto:{em}'
        return f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={p};RSVP=TRUE;CN="{n}":mailto:{em}'

    def ics(self):
        head = {"outlook": ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                            "METHOD:PUBLISH", "X-CALSTART:20260901T000000Z", f"X-WR-CALNAME:{self.calname}"],
                "google": ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                           "METHOD:PUBLISH", f"X-WR-CALNAME:{self.email}", f"X-WR-TIMEZONE:{self.tz}"],
                "apple": ["VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "CALSCALE:GREGORIAN",
                          f"X-WR-CALNAME:{self.calname}", f"X-WR-TIMEZONE:{self.tz}"]}[self.style]
        tzids = {self.tzid} | {e["tz"] for e in self.events if e["tz"] not in (None, "UTC", "float")}
        L = ["BEGIN:VCALENDAR"] + head
        for t in sorted(tzids):
            L += vtimezone(t).split("\n")
        for e in self.events:
            L += self.vevent(e)
            for ov in e["overrides"]:
                L += self.vevent(e, ov)
        L.append("END:VCALENDAR")
        return "\r\n".join(fold(x) for x in L) + "\r\n"

    def label_rows(self):
        rows = []
        for e in self.events:
            rows.append((e["uid"], "", e["label"], e["why"]))
            for ov in e["overrides"]:
                rows.append((e["uid"], self.rid_utc(e, ov["orig"]), ov["label"], ov["why"]))
        return rows


PERSONS = []


def person(**kw):
    c = Cal(**kw)
    PERSONS.append(c)
    return c


WD = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"

# =========================================================================== 1. Katharina Huber
# General Manager (Generaldirektorin), Hotel Stadtpark Residenz Wien, 5-star, 212 rooms.
# Senior leader. Outlook/Exchange export, Windows zone name. Story: a November of operations,
# a water leak on the 4th floor, budget 2027; 1:1s with her heads of department slip.
# Expected: stuck in execution.
hub = person(
    slug="katharina-huber", name="Katharina Huber", email="k.huber@stadtpark-residenz.example",
    role="senior-leader", tz="Europe/Vienna", wintz="W. Europe Standard Time", style="outlook",
    calname="Kalender", cancel_prefix="Abgesagt: ", months=["2026-11"], expected="stuck in execution",
    industry="hospitality (5-star city hotel, Vienna)", language="de",
    rooms={"Salon Strauss": "salon.strauss@stadtpark-residenz.example"},
    people={"florian": ("Florian Bauer", "f.bauer@stadtpark-residenz.example"),
            "elif": ("Elif Yılmaz", "e.yilmaz@stadtpark-residenz.example"),
            "sophie": ("Sophie Wagner", "s.wagner@stadtpark-residenz.example"),
            "martina": ("Martina Gruber", "m.gruber@stadtpark-residenz.example"),
            "stefan": ("Stefan Pichler", "s.pichler@stadtpark-residenz.example"),
            "andreas": ("Andreas Kern", "a.kern@stadtpark-residenz.example"),
            "lindner": ("Dr. Thomas Lindner", "thomas.lindner@donau-hospitality.example"),
            "nina": ("Nina Hofer", "n.hofer@stadtpark-residenz.example"),
            "lukas": ("Lukas Berger", "l.berger@stadtpark-residenz.example"),
            "markus": ("Markus Steiner", "m.steiner@stadtpark-residenz.example"),
            "bankett": ("Bankettbüro", "bankett@stadtpark-residenz.example"),
            "hod": ("Abteilungsleiter (list)", "abteilungsleiter@stadtpark-residenz.example"),
            "sales": ("Sales Team (list)", "sales@stadtpark-residenz.example")},
    reports=["florian", "elif", "sophie", "martina", "stefan", "andreas"], manager="lindner")
h = hub
h.ser("Morning Briefing", "2026-01-05 09:00", 30, WD, X, "daily operations briefing with all heads of department: occupancy, arrivals, VIPs, defects",
      att=["hod", "room:Salon Strauss"], loc="Salon Strauss", exdates=["11-20 09:00", "11-30 09:00"]
      ).cancel("11-12 09:00", "cancelled: GM in the water-leak crisis that morning")
h.ser("Abteilungsleitermeeting", "2026-01-13 10:00", 90, "FREQ=WEEKLY;BYDAY=TU", X,
      "weekly heads-of-department meeting; agenda is last week's occupancy, this week's events, open technical items",
      att=["hod", "room:Salon Strauss"], loc="Salon Strauss",
      desc="TOPs: 1. Belegung Vorwoche 2. Events der Woche 3. Offene Punkte Technik 4. Gästefeedback (TrustYou)"
      ).move("11-24 10:00", "11-24 14:00", why="moved to the afternoon; same routine HOD meeting")
h.ser("Revenue Meeting", "2026-02-04 14:00", 60, "FREQ=WEEKLY;BYDAY=WE", X,
      "revenue manager's weekly pick-up and rate meeting for the next 14 days: running today's business",
      org="nina", att=["sophie", "florian"], desc="Pick-up, Raten nächste 14 Tage, Gruppenanfragen, Overbooking-Level")
h.ser("Hausrundgang", "2026-03-02 11:00", 60, "FREQ=WEEKLY;BYDAY=MO,TH", X,
      "walk-through inspection of rooms and public areas with the chief engineer: operational control",
      att=["stefan"], desc="Inspektion Zimmer, Lobby, Spa. Mängelliste an Housekeeping/Technik."
      ).cancel("11-12 11:00", "cancelled: water leak").cancel("11-30 11:00", "cancelled: Huber in Salzburg")
h.ser("Jour fixe Florian", "2026-09-07 14:00", 60, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", C,
      "fortnightly 1:1 with her Rooms Division Manager (direct report): his development and team",
      att=["florian"]).cancel("11-16 14:00", "cancelled by Huber (budget deadline); 1:1s slipping"
      ).move("11-30 14:00", "11-27 10:00", why="pulled forward because of the Salzburg trip; still the coaching 1:1")
h.ser("Jour fixe Elif", "2026-09-10 15:00", 60, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", C,
      "fortnightly 1:1 with the F&B Director (direct report): coaching",
      att=["elif"]).move("11-19 15:00", "11-18 16:30", dur=45, why="moved forward, shortened; still the coaching 1:1")
h.ser("Jour fixe Dr. Lindner", "2026-09-11 10:00", 60, "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", X,
      "fortnightly two-person meeting organised by her manager (owner company MD): reporting upward on numbers and approvals",
      org="lindner", loc="Donau Hospitality, Ringstraße 12", desc="Q4 Zahlen, offene Freigaben, Personalthemen"
      ).move("11-20 10:00", ps="DECLINED", why="declined: she is on leave that day (not counted); still upward reporting")
h.ser("Bankett-Vorbesprechung (BEO)", "2026-04-03 11:30", 45, "FREQ=WEEKLY;BYDAY=FR", X,
      "banquet event orders for next week's functions: delivery detail",
      org="bankett", att=["elif", "sophie"], exdates=["11-20 11:30"])
h.ser("Mittagessen", "2026-01-05 12:30", 45, "FREQ=WEEKLY;BYDAY=MO,WE,FR", O, "lunch break", exdates=["11-20 12:30", "11-30 12:30"])
h.ser("Budget 2027 – Abteilungsrunden", "11-04 16:00", 120, "FREQ=WEEKLY;COUNT=3;BYDAY=WE", X,
      "bounded series with the controller going through each department's 2027 budget lines: budgeting is execution",
      att=["andreas"], desc="4.11. Logis + Spa, 11.11. F&B + Bankett, 18.11. Technik + Verwaltung")
h.ser("Sales-Sync", "2026-09-15 15:00", 60, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", X,
      "sales director's team sync on the MICE and group pipeline: current deals",
      org="sophie", att=["sales"], desc="Pipeline Gruppen & MICE, Angebote offen, Lost Business")
# one-offs
h.ev("Telefonat Salesianer – Wäschevertrag", "11-03 08:00", 30, X, "vendor call on the current laundry contract and delivery problems",
     att=["vertrieb@salesianer-textil.example"])
h.ev("Intro Hotelplan Group Contracting", "11-03 16:00", 30, X,
     "'Intro' with a tour operator's contracting manager to set up 2027 allotment contract terms: a current deal",
     org="r.meier@hotelplan-contracting.example", desc="Kennenlernen, Allotment 2027, Konditionen")
h.ev("Strategiemeeting Weihnachtsgeschäft", "11-04 10:00", 120, X,
     "titled strategy but the agenda is rosters, owners, deadlines and an occupancy KPI for December: execution planning",
     att=["elif", "sophie", "florian", "room:Salon Strauss"],
     desc="Agenda: Dienstpläne Dezember, Zuständigkeiten Weihnachtsmarkt-Stand, Deadlines Menükarten, KPI-Ziel Auslastung 82 %")
h.ev("Eigentümer-Beirat Q3", "11-05 17:00", 90, X,
     "owners' advisory board, but the agenda is Q3 results, a capex approval and the Q4 forecast: routine reporting and approvals",
     org="lindner", att=["andreas", "beirat@donau-hospitality.example"],
     desc="TOP 1 Q3-Ergebnis, TOP 2 Freigabe Ersatzinvestition Küche (Kombidämpfer), TOP 3 Forecast Q4")
h.ev("Fahrt Donau Hospitality", "11-05 16:30", 30, O, "taxi to the owner company's office", cls="PRIVATE")
h.ev("Gespräch Suite 701", "11-06 19:45", 45, F,
     "no crisis word, but booked 30 minutes ahead in the evening: a VIP guest threatening to leave over construction noise",
     att=["lukas"], created="30m", desc="Gast droht mit Abreise, Baulärm Nachbarhaus – sofort, bitte dazukommen")
h.ev("Blocker – Papier für Lindner", "11-09 13:30", 120, S,
     "thinking time she organised to draft the hotel's positioning after the 2028 renovation (luxury vs lifestyle, competitors)",
     desc="Entwurf Positionierungspapier: Wohin nach der Renovierung 2028? Luxus vs. Lifestyle, Vergleich Ring-Hotels, Zielgruppen")
h.ev("Catch-up Stefan", "11-09 16:00", 30, X,
     "two-person with a direct report, but the description is approvals for the maintenance plan and a lift quote: execution",
     att=["stefan"], desc="Wartungsplan Q1, Angebot Aufzugsfirma freigeben")
h.ev("Wiener Tourismus Stammtisch", "11-10 18:00", 120, X, "industry networking evening; declined (not counted)",
     org="events@wien-tourismus-netzwerk.example", ps="DECLINED")
h.ev("Vorstellungsgespräch Sous-Chef (Hr. Kovač)", "11-10 16:00", 60, C, "hiring interview for the sous-chef post",
     att=["markus", "martina"])
h.ev("Wasserschaden 4. OG – Lagebesprechung", "11-12 07:40", 110, F, "burst riser valve: rooms 401-412 flooded, booked 40 minutes ahead",
     att=["stefan", "florian", "lukas"], created="40m", desc="Steigleitung 4. OG undicht, Zimmer 401-412 betroffen")
h.ev("Update 4. OG", "11-12 13:00", 60, F, "same-day follow-up in the acute leak: rehousing guests, plumber on site", att=["stefan", "florian"], created="3h")
h.ser("Kurz-Check 4. OG", "11-13 09:30", 30, "FREQ=DAILY;COUNT=3;BYDAY=MO,TU,FR", X,
      "short bounded series after the leak: drying status and room blocks (status afterwards is execution)",
      att=["stefan", "florian"], created="14h", desc="Trocknung, Zimmersperren, Umbuchungen"
      ).relabel("11-13 09:30", F, "first check the morning after: guests still being rebooked urgently, leak not yet sealed")
h.ev("Physiotherapie", "11-13 17:30", 60, O, "private medical appointment", cls="PRIVATE")
h.ev("Opera PMS – Störung", "11-17 13:30", 30, F, "property-management system down, front desk on paper; booked 20 minutes ahead",
     att=["lukas", "it-support@stadtpark-residenz.example"], created="20m")
h.ev("Mitarbeitergespräch Martina", "11-18 09:45", 45, C, "annual performance and development talk with her HR manager",
     att=["martina"])
h.ev("Zahnarzt", "11-19 07:30", 45, O, "private dentist appointment", cls="PRIVATE")
h.ev("Nachbesprechung Wasserschaden", "11-19 10:00", 90, C,
     "debrief: why the valve failed and how preventive maintenance changes so it does not recur (root cause)",
     att=["stefan", "florian", "andreas"], desc="Ursache Ventil, Wartungsintervalle Steigleitungen, Checkliste Notfall Wasser")
h.day("Urlaub", "11-20", oof=True, why="day off (out of office, all-day)")
h.day("Allerheiligen", "11-01", why="public holiday (all-day)")
h.day("Leopoldi", "11-15", why="Vienna holiday marker (all-day, free)")
h.ev("Lebensmittelkontrolle Küche", "11-23 14:30", 90, F, "unannounced food inspection by the market authority; booked 15 minutes ahead",
     att=["markus", "elif"], created="15m")
h.ev("Personaleinsatzplanung Dezember", "11-24 16:00", 60, X, "staff scheduling for December with HR: people-admin, execution",
     att=["martina"])
h.ev("Status Versicherung / Sanierung 4. OG", "11-25 11:00", 30, X, "status of the insurance claim and repair works after the leak",
     att=["andreas", "stefan"])
h.ev("Brandschutzschulung Führungskräfte", "11-26 09:30", 180, C, "fire-safety training for managers (tentative)",
     org="schulung@brandschutz-akademie.example", ps="TENTATIVE")
h.ev("Kaffee mit Lukas", "11-27 14:00", 60, C, "skip-level mentoring of the front office manager who wants to become rooms division manager",
     att=["lukas"], desc="Er möchte mittelfristig Rooms Division übernehmen – Entwicklungsschritte")
h.ev("Hold – Weihnachtsfeier Location", "11-16 17:00", 60, O, "free hold for the staff party venue (transparent, not counted)", transp=True)
h.ev("Railjet Wien Hbf → Salzburg", "11-30 07:00", 150, O, "train travel")
h.ev("ÖHV-Branchentag West", "11-30 10:00", 360, S,
     "hoteliers' industry day on the 2027 market outlook and competition in city tourism: market and competitors",
     org="anmeldung@oehv-branchentag.example", loc="Salzburg Congress",
     desc="Marktausblick 2027, Wettbewerb Städtetourismus, Kurzzeitvermietung")
h.ev("Railjet Salzburg → Wien Hbf", "11-30 16:30", 150, O, "train travel")

# =========================================================================== 2. Hélène Marchetti
# Directrice générale of SAS Aéroport Pyrénées-Gascogne (regional airport, ~900k pax).
# Executive. Apple Calendar export (IANA zone, floating personal items). Story: November of
# fog diversions, an air-traffic-control strike, a runway-lighting failure and an airside intrusion.
# Expected: firefighting overload.
hm = person(
    slug="helene-marchetti", name="Hélène Marchetti", email="h.marchetti@apg-aeroport.example",
    role="executive", tz="Europe/Paris", wintz=None, style="apple", calname="Travail",
    cancel_prefix="", months=["2026-11"], expected="firefighting overload",
    industry="regional airport operator (France)", language="fr", rooms={"Salle Aragon": "salle.aragon@apg-aeroport.example"},
    people={"jerome": ("Jérôme Castaing", "j.castaing@apg-aeroport.example"),
            "nadia": ("Nadia Belkacem", "n.belkacem@apg-aeroport.example"),
            "paul": ("Paul Etchegaray", "p.etchegaray@apg-aeroport.example"),
            "claire": ("Claire Dufau", "c.dufau@apg-aeroport.example"),
            "yann": ("Yann Le Goff", "y.legoff@apg-aeroport.example"),
            "lacaze": ("Bernard Lacaze", "b.lacaze@cci-pyrenees-gascogne.example"),
            "codir": ("CODIR APG (list)", "codir@apg-aeroport.example"),
            "pcc": ("PC Opérations", "pc.operations@apg-aeroport.example"),
            "sabine": ("Sabine Arrieta", "s.arrieta@apg-aeroport.example")},
    reports=["jerome", "nadia", "paul", "claire", "yann"], manager="lacaze")
m = hm
m.ser("CODIR", "2026-01-05 09:00", 90, "FREQ=WEEKLY;BYDAY=MO", X, "weekly executive committee: traffic, budget follow-up, works, actions",
      att=["codir", "room:Salle Aragon"], desc="Trafic semaine, suivi budgétaire, travaux aérogare, relevé de décisions")
m.ser("Point ops quotidien", "2026-01-05 08:30", 15, WD, X, "daily operations call run by the operations director",
      org="jerome", att=["pcc", "yann"], exdates=["11-11 08:30", "11-13 08:30"])
m.ser("Point hebdo Jérôme", "2026-09-03 11:00", 45, "FREQ=WEEKLY;BYDAY=TH", C,
      "weekly 1:1 with her operations director: delegation, his preparation for the certification audit as lead",
      att=["jerome"], desc="Son plan de développement, délégation, posture managériale"
      ).cancel("11-19 11:00", "cancelled during the ATC strike")
m.ser("Point Nadia", "2026-09-08 14:00", 45, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", C, "fortnightly 1:1 with her CFO (direct report)",
      att=["nadia"])
m.ser("Point Paul", "2026-09-09 16:00", 60, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", S,
      "two-person with a direct report, but the content is route development: which new destinations and airline partners to go after",
      att=["paul"], desc="Prospection nouvelles lignes (Lisbonne, Bruxelles), stratégie d'incitations compagnies 2027-2029"
      ).move("11-04 16:00", "11-05 16:00", why="moved off the offsite day; same route-development discussion")
m.ser("Copil travaux aérogare", "2026-06-02 10:00", 90, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", X,
      "steering committee of the terminal works programme: progress, costs, schedule",
      org="moe@ingenierie-terminal.example", att=["jerome", "nadia"])
m.ser("Cellule de crise – grève contrôle aérien", "11-17 07:30", 60, "FREQ=DAILY;COUNT=3", F,
      "short bounded series set up the evening before the ATC strike: cancellations, stranded passengers",
      att=["codir", "pcc", "room:Salle Aragon"], created="14h")
m.ser("Point du soir – grève", "11-17 18:00", 60, "FREQ=DAILY;COUNT=3", F, "evening crisis check-ins during the strike (no crisis word in the title)",
      att=["jerome", "yann", "paul", "pcc"], created="10h")
# one-offs
m.ev("Entretien balisage piste 09/27 – bilan prestataire", "11-02 14:00", 120, X,
     "false friend: 'entretien' here is maintenance: a contractor's review of runway-lighting maintenance (current contract)",
     org="contrat@balisage-sud.example", att=["jerome"])
m.ev("Entretien annuel – Claire Dufau", "11-03 10:00", 60, C, "annual performance and development review of her HR director",
     att=["claire"])
m.ev("Séminaire de direction", "11-04 09:30", 420, S,
     "container title; the description decides: 2030 plan, freight diversification, low-cost vs legacy carriers",
     att=["codir"], loc="Château de Morlanne", desc="Plan stratégique 2030 : diversification fret, place du low-cost, masterplan foncier")
m.ev("Déroutements brouillard", "11-09 22:30", 135, F,
     "fog: six diversions landing in the night; call crosses midnight; booked 20 minutes ahead",
     att=["pcc", "jerome"], created="20m")
m.ev("Intrusion côté piste – point immédiat", "11-12 15:00", 90, F, "airside fence breach, flights held; booked 25 minutes ahead",
     att=["yann", "jerome", "gendarmerie.gta@interieur-exemple.example"], created="25m")
m.ev("Appel", "11-12 17:00", 30, F, "titled only 'Appel': a call with the prefecture's cabinet about the intrusion, booked an hour ahead",
     org="cabinet@prefecture-pyrenees.example", created="1h")
m.day("Congé", "11-13", oof=True, why="day off (all-day out of office)")
m.day("Armistice", "11-11", why="public holiday (all-day)")
m.ev("Préfecture – réunion plan grève", "11-16 15:00", 60, F,
     "invitation from the prefecture listing only organiser and owner: emergency planning for tomorrow's strike",
     org="cabinet@prefecture-pyrenees.example", created="5h")
m.ev("Passagers bloqués – hébergement", "11-18 12:00", 60, F, "stranded passengers: hotels and buses, booked that morning",
     att=["paul", "pcc"], created="3h")
m.ev("Point de situation post-grève – compagnies", "11-20 10:00", 60, X,
     "status with the airlines after the strike: schedule back to normal, compensation files",
     att=["paul", "ops.france@aero-atlantique.example"])
m.ev("Conseil de surveillance", "11-27 14:00", 180, X,
     "board title, but the agenda is approving the 2027 budget, half-year accounts and capex: routine approvals",
     org="lacaze", att=["nadia"], desc="Approbation budget 2027, arrêté des comptes semestriels, point investissements")
m.ev("Panne balisage", "11-24 06:15", 105, F, "runway lights failed before the first departure; booked 15 minutes ahead",
     att=["jerome", "pcc", "astreinte@balisage-sud.example"], created="15m")
m.ev("Tapis bagages arrivée HS", "11-24 17:30", 60, F, "arrivals baggage belt broken down at peak; booked at short notice",
     att=["jerome"], created="50m")
m.ev("RETEX grève 17-19/11", "11-26 14:00", 120, C, "lessons learned after the strike: how to handle the next one better (root-cause work)",
     att=["codir"], desc="Retour d'expérience : ce qui a marché, ce qui doit changer, plan d'actions")
m.ev("RETEX panne balisage", "11-30 11:00", 60, C, "root-cause review of the lighting failure with the contractor", att=["jerome", "yann"])
m.ev("Intro – Sabine Arrieta (RSE)", "11-05 14:00", 45, C, "onboarding her newly hired CSR manager", att=["sabine", "claire"])
m.ev("Webinaire DGAC – nouvelles exigences sûreté", "11-10 10:00", 90, C, "regulatory training webinar (tentative)",
     org="formation@dgac-exemple.example", ps="TENTATIVE")
m.ev("Petit-déjeuner MEDEF", "11-06 08:00", 90, X, "business breakfast; declined (not counted)", org="contact@medef-bearn.example", ps="DECLINED")
m.ev("Région – contrat de concession 2030", "11-25 10:00", 120, S,
     "with the regional council about the shape of the concession after 2030: partnership and long-range direction",
     org="dir.transports@region-exemple.example", att=["nadia"])
m.ev("Comité de ligne Aéro Atlantique", "11-25 15:00", 90, X, "airline route committee: punctuality and load factors this season",
     att=["paul", "ops.france@aero-atlantique.example"])
m.ev("Déjeuner", "11-03 12:30", 75, O, "lunch")
m.ev("Déjeuner avec Paul", "11-26 12:30", 60, O, "team lunch, no agenda")
m.ev("Médecin", "11-06 17:30", 45, O, "private doctor's appointment (floating time)", tz="float", cls="PRIVATE")
m.ev("Cours de piano Léa", "11-21 10:00", 60, O, "family item on Saturday (floating time)", tz="float", cls="PRIVATE")
m.ev("Hold", "11-23 16:00", 60, O, "opaque 'Hold' with no description: placeholder, not work evidence")

# =========================================================================== 3. Mariana Restrepo
# Gerente País (country manager) of Lumbre Energía S.A. E.S.P., an energy retailer in Colombia,
# subsidiary of a Madrid group. Executive. Google Calendar export (UTC one-offs, resource rooms).
# Story: a November spent on the 2027-2030 plan, an acquisition (Proyecto Cóndor), an offsite and
# the board; collections and billing get little of her time. Expected: over-planning.
mr = person(
    slug="mariana-restrepo", name="Mariana Restrepo Gómez", email="mariana.restrepo@lumbre-energia.example",
    role="executive", tz="America/Bogota", wintz=None, style="google", calname="", cancel_prefix="",
    months=["2026-11"], expected="over-planning", industry="energy retail (electricity commercialiser, Colombia)",
    language="es",
    rooms={"Sala Monserrate (Piso 12)": "c_1883kq2r9d6ag@resource.calendar.google.com",
           "Sala Guadalupe (Piso 12)": "c_1887m4tv0b7lq@resource.calendar.google.com"},
    people={"camilo": ("Camilo Arango", "camilo.arango@lumbre-energia.example"),
            "lina": ("Lina Marcela Ospina", "lina.ospina@lumbre-energia.example"),
            "julian": ("Julián Cárdenas", "julian.cardenas@lumbre-energia.example"),
            "paola": ("Paola Villamizar", "paola.villamizar@lumbre-energia.example"),
            "santiago": ("Santiago Mejía", "santiago.mejia@lumbre-energia.example"),
            "ignacio": ("Ignacio Salvatierra", "ignacio.salvatierra@grupolumbre.example"),
            "laura": ("Laura Cifuentes", "laura.cifuentes@lumbre-energia.example"),
            "alturas": ("Equipo Alturas (list)", "lumbre-equipo@alturas-consulting.example"),
            "comite": ("Comité de Gerencia (list)", "comite.gerencia@lumbre-energia.example")},
    reports=["camilo", "lina", "julian", "paola", "santiago"], manager="ignacio")
r = mr
r.ser("Sesión de trabajo plan trienal", "11-03 08:00", 120, "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261127T050000Z", S,
      "working sessions with consultants on the 2027-2030 plan: where to play (distributed solar, large accounts), how to win",
      att=["camilo", "lina", "santiago", "alturas", "room:Sala Monserrate (Piso 12)"],
      desc="Plan 2027-2030: segmentos objetivo, generación distribuida, propuesta de valor, escenarios de precios"
      ).move("11-12 08:00", status="CANCELLED", why="cancelled: offsite that day").cancel("11-19 08:00", "cancelled: board meeting that morning").cancel("11-26 08:00", "cancelled: replaced by board follow-up")
r.ser("Proyecto Cóndor", "2026-10-07 15:00", 120, "FREQ=WEEKLY;BYDAY=WE", S,
      "code name for the acquisition of a distributed-solar installer: M&A, no strategy word in the title",
      att=["lina", "m.a@banca-andina-ib.example", "room:Sala Guadalupe (Piso 12)"], desc="Due diligence, valoración, estructura de la oferta")
r.ser("Agenda del día con Diana", "2026-02-02 07:30", 15, WD, X,
      "false friend 'agenda' = schedule: daily run-through of the day with her executive assistant",
      att=["diana.pardo@lumbre-energia.example"], exdates=["11-02 07:30", "11-16 07:30", "11-13 07:30"])
r.ser("Comité estratégico de cartera", "2026-02-02 10:00", 60, "FREQ=WEEKLY;BYDAY=MO", X,
      "sounds strategic, but 'cartera' is the receivables portfolio: weekly collections follow-up, write-offs, payment plans",
      att=["lina", "julian", "cobranza@lumbre-energia.example"], exdates=["11-02 10:00", "11-16 10:00"],
      desc="Recaudo de la semana, cartera vencida >90 días, castigos, acuerdos de pago")
r.ser("Comité de Gerencia", "2026-01-07 08:00", 90, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", X,
      "fortnightly management committee: KPIs and actions of the month", att=["comite", "room:Sala Monserrate (Piso 12)"])
for k, d, t in [("camilo", "2026-09-01", "14:00"), ("julian", "2026-09-03", "14:00"), ("paola", "2026-09-04", "09:00")]:
    r.ser(f"Uno a uno {r.people[k][0].split()[0]}", f"{d} {t}", 45, "FREQ=WEEKLY;INTERVAL=2", C,
          "fortnightly 1:1 with a direct report: coaching and development", att=[k])
r.ser("Seguimiento con Ignacio", "2026-09-08 16:00", 45, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", X,
      "two-person with her manager in Madrid (organised by him): reporting upward on the country's numbers",
      org="ignacio", tz="Europe/Madrid", desc="Cifras del mes, temas abiertos"
      ).move("2026-11-03 16:00", "2026-11-03 16:30", why="moved in Madrid time; same upward reporting"
      ).relabel("2026-11-17 16:00", C, "this occurrence is about her: career talk on her next role in the group",
                title="Seguimiento con Ignacio – conversación desarrollo", desc="Tu siguiente rol en el grupo, plan de desarrollo")
# one-offs
r.day("Día de Todos los Santos (festivo)", "11-02", why="Colombian public holiday (all-day)")
r.day("Independencia de Cartagena (festivo)", "11-16", why="Colombian public holiday (all-day)")
r.ev("Actualización regulatoria CREG", "11-04 10:00", 60, X,
     "false friend 'actualización' = update: what a new CREG resolution changes in this month's billing",
     att=["santiago", "julian"])
r.ev("Comité de precios y portafolio", "11-10 09:00", 120, S, "pricing and product portfolio for 2027 (unregulated market)",
     att=["camilo", "lina", "room:Sala Guadalupe (Piso 12)"])
r.ev("Café con Laura", "11-05 16:00", 45, C, "mentoring a junior analyst in the women-in-energy programme", att=["laura"],
     desc="Programa de mentoría Mujeres en Energía – sesión 3")
r.ev("Offsite Villa de Leyva", "11-12 08:00", 34 * 60, S,
     "two-day leadership offsite deciding the 2030 vision and entry into distributed generation (multi-day, counted in working hours)",
     att=["comite"], loc="Hotel Plazuela, Villa de Leyva", desc="Visión 2030, dónde competir, apuestas 2027")
r.ev("Bloque – documento para Junta", "11-09 14:00", 180, S,
     "thinking time to write the board paper on the 2030 vision")
r.ev("Junta Directiva", "11-19 08:00", 300, S,
     "board meeting whose agenda is approving the 2030 vision and the Cóndor acquisition: board strategy",
     org="secretaria.junta@lumbre-energia.example", desc="1. Visión 2030 2. Proyecto Cóndor: oferta no vinculante 3. Varios")
r.ev("Revisión", "11-24 15:00", 90, S,
     "container title; the description decides: review of unregulated-tariff positioning against competitors for 2027",
     att=["camilo", "santiago"], desc="Tarifas no reguladas 2027 vs. competidores (Enel, Vatia), posicionamiento")
r.ev("Caída plataforma de facturación", "11-24 07:15", 90, F, "billing platform down on invoicing day; booked 25 minutes ahead",
     att=["julian", "soporte@facturas-cloud.example"], created="25m")
r.ev("Seguimiento incidente facturación", "11-25 11:00", 30, X, "status the day after the outage: reissued invoices",
     att=["julian"])
r.ev("Entrevista – Director(a) de Operaciones", "11-18 16:00", 60, C, "hiring interview (ops director succession)",
     att=["paola", "candidata.ops@correo-ejemplo.example"])
r.ev("Cierre mensual octubre", "11-06 08:00", 90, X, "month-end close review with finance", att=["lina"])
r.ev("Comité Internacional – países", "11-26 10:00", 90, X, "group's monthly country performance review (organised in Madrid, sent in UTC)",
     org="ignacio", att=["paises@grupolumbre.example"], tz="UTC")
r.ev("Webinar XM – perspectivas del mercado 2027", "11-20 09:00", 60, S, "market outlook webinar (tentative): market and competitors",
     org="eventos@xm-mercado.example", ps="TENTATIVE")
r.ev("Foro Andesco", "11-11 08:00", 240, S, "industry forum on the sector's future; declined (not counted)",
     org="inscripciones@foro-servicios.example", ps="DECLINED")
r.ev("Almuerzo", "11-05 12:30", 60, O, "lunch")
r.ev("Almuerzo cumpleaños equipo", "11-20 12:30", 90, O, "team birthday lunch, social", att=["comite"])
r.ev("Cita pediatra Tomás", "11-27 16:00", 60, O, "private family appointment", cls="PRIVATE")
r.ev("Vuelo AV 9354 BOG → MDE", "11-30 06:00", 60, O, "flight to Medellín")
r.ev("Visita oficina Medellín", "11-30 08:30", 240, C, "town hall and skip-levels with the Medellín team: culture and people",
     desc="Conversatorio con el equipo, reconocimientos, preguntas abiertas")
r.ev("Vuelo AV 9379 MDE → BOG", "11-30 17:00", 60, O, "flight back")
r.ev("Hold plan trienal", "11-23 14:00", 120, O, "free placeholder (transparent, not counted)", transp=True)

# =========================================================================== 4. Denise Okafor
# Chief Nursing Officer, St. Ansgar Medical Center (420 beds), Milwaukee. Executive.
# Outlook export with the Windows zone "Central Standard Time"; DST ends 1 Nov 2026.
# Story: a balanced month: weekly 1:1s with five nursing directors, a workforce plan, a board
# retreat, a few staffing escalations. Expected: fits.
do = person(
    slug="denise-okafor", name="Denise Okafor", email="denise.okafor@stansgar-health.example",
    role="executive", tz="America/Chicago", wintz="Central Standard Time", style="outlook", calname="Calendar",
    cancel_prefix="Canceled: ", months=["2026-11"], expected="fits",
    industry="hospital (acute care, US)", language="en",
    rooms={"Boardroom 2A": "boardroom2a@stansgar-health.example"},
    people={"maria": ("Maria Kowalczyk", "maria.kowalczyk@stansgar-health.example"),
            "james": ("James Whitehorse", "james.whitehorse@stansgar-health.example"),
            "priya": ("Priya Raman", "priya.raman@stansgar-health.example"),
            "tom": ("Tom Brennan", "tom.brennan@stansgar-health.example"),
            "lakisha": ("LaKisha Moore", "lakisha.moore@stansgar-health.example"),
            "robert": ("Robert Lindqvist", "robert.lindqvist@stansgar-health.example"),
            "quality": ("Quality & Safety", "quality@stansgar-health.example"),
            "nld": ("Nursing Directors (list)", "nursing-directors@stansgar-health.example"),
            "elt": ("Executive Leadership Team (list)", "elt@stansgar-health.example")},
    reports=["maria", "james", "priya", "tom", "lakisha"], manager="robert")
d = do
d.ser("Daily Safety Huddle", "2026-01-05 08:30", 15, WD, X, "house-wide daily safety huddle run by Quality: today's risks, staffing, beds",
      org="quality", att=["elt", "nld"], exdates=["11-26 08:30", "11-27 08:30"])
d.ser("ELT Meeting", "2026-01-05 10:00", 90, "FREQ=WEEKLY;BYDAY=MO", X, "CEO's weekly executive team: operations, finance, approvals",
      org="robert", att=["elt", "room:Boardroom 2A"])
for i, (k, wd) in enumerate([("maria", "TU"), ("james", "TU"), ("priya", "WE"), ("tom", "TH"), ("lakisha", "FR")]):
    st = ["2026-09-01 11:00", "2026-09-01 15:00", "2026-09-02 11:00", "2026-09-03 11:00", "2026-09-04 11:00"][i]
    s_ = d.ser(f"1:1 {d.people[k][0].split()[0]} / Denise", st, 45, f"FREQ=WEEKLY;BYDAY={wd}", C,
               "weekly 1:1 with a nursing director (direct report): coaching, development, their leaders", att=[k])
    if k == "lakisha":
        s_.cancel("11-27 11:00", "cancelled: Denise on PTO")
    if k == "tom":
        s_.cancel("11-26 11:00", "cancelled: Thanksgiving")
    if k == "james":
        s_.move("11-10 15:00", "11-10 16:00", why="moved an hour; same coaching 1:1")
d.ser("Nursing Directors Meeting", "2026-09-09 13:00", 90, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", X,
      "fortnightly directors' meeting on staffing grids, agency spend, open actions", att=["nld"])
d.ser("Think time", "2026-10-02 13:00", 120, "FREQ=WEEKLY;BYDAY=FR", S,
      "Focus-time container; the description decides: drafting the 2027-2029 nursing strategic plan",
      desc="Nursing strategic plan 2027-2029 draft: care model, virtual nursing, academic partnerships", exdates=["11-27 13:00"])
d.ser("Lunch", "2026-01-05 12:00", 30, "FREQ=WEEKLY;BYDAY=MO,WE", O, "lunch", exdates=["11-11 12:00"])
# one-offs
d.day("Thanksgiving", "11-26", why="US holiday (all-day)")
d.day("PTO", "11-27", oof=True, why="day off (all-day out of office)")
d.day("Veterans Day", "11-11", why="calendar marker, hospital open (all-day, free)")
d.ev("Workforce Plan 2027-29 – working session", "11-03 13:30", 120, S,
     "where nursing supply will come from for three years: pipelines, care model, build vs agency", att=["tom", "maria", "hr.strategy@stansgar-health.example"])
d.ev("Lakeshore College – partnership", "11-05 14:00", 90, S, "academic partnership for a dedicated BSN cohort: partnership that shapes direction",
     org="dean.nursing@lakeshore-college.example")
d.ev("Board Quality & Strategy Retreat", "11-13 08:00", 240, S,
     "board retreat deciding the next three years' clinical priorities (cardiac expansion, virtual nursing)",
     org="board.office@stansgar-health.example", loc="Pfister Hotel")
d.ev("Cardiac service line – growth options", "11-17 15:30", 90, S, "growth options for the cardiac service line with the CEO and CMO",
     org="robert", att=["cmo@stansgar-health.example"])
d.ev("Virtual nursing – go / no-go framing", "11-19 13:30", 90, S, "whether and where to invest in virtual nursing (direction)",
     att=["james", "cnio@stansgar-health.example"])
d.ev("Staffing & Budget Variance – October", "11-04 09:00", 60, X, "monthly variance review: routine reporting", att=["nld", "finance.bp@stansgar-health.example"])
d.ev("Joint Commission tracer prep", "11-06 09:30", 90, X, "readiness checklist for the tracer visit: owners and dates", att=["quality", "nld"])
d.ev("Epic upgrade steering committee", "11-10 10:00", 60, X, "steerco on the EHR upgrade project", org="pmo@stansgar-health.example")
d.ev("Agency contract – Trusted Staffing", "11-12 14:00", 60, X, "vendor call on current travel-nurse contract rates", att=["acct.mgr@trusted-staffing.example"])
d.ev("Review", "11-18 09:00", 60, X, "container title: HCAHPS Q3 results review with directors (routine reporting)", att=["nld"],
     desc="Q3 HCAHPS by unit, action owners")
d.ev("Medical Executive Committee", "11-16 17:00", 90, X, "monthly MEC: credentialing, policies, approvals", org="medstaff@stansgar-health.example")
d.ev("Staffing escalation – 5 West", "11-09 06:45", 60, F, "night sick calls left 5 West unsafe; booked 30 minutes ahead",
     att=["james", "staffing.office@stansgar-health.example"], created="30m")
d.ev("Pump recall – immediate actions", "11-20 15:00", 60, F, "urgent FDA infusion-pump recall: pull devices now", att=["quality", "biomed@stansgar-health.example"], created="2h")
d.ev("ED boarding", "11-23 16:30", 90, F, "titled plainly; the ED was at 140% with 22 boarders, house-wide surge call booked at short notice",
     att=["lakisha", "house.supervisor@stansgar-health.example"], created="40m")
d.ev("RCA – fall with injury 6W", "11-24 10:00", 90, C, "root-cause analysis of a patient fall: what changes so it does not recur", att=["quality", "james"])
d.ev("Nurse Residency graduation", "11-18 15:00", 60, C, "graduation of the new-graduate residency cohort: speaking to them", org="tom")
d.ev("Charge Nurse Leadership Academy – session 3", "11-12 08:00", 120, C, "teaching a session of the charge-nurse leadership course", org="tom")
d.ev("Interview – Director Surgical Services (final)", "11-17 09:00", 60, C, "hiring interview", att=["hr.recruiting@stansgar-health.example"])
d.ev("Interview – Director Surgical Services (final)", "11-19 09:00", 60, C, "hiring interview, second finalist", att=["hr.recruiting@stansgar-health.example"])
d.ev("Workshop", "11-20 09:30", 120, C, "container title: redesigning the shared-governance councils (org design)",
     att=["nld", "council.chairs@stansgar-health.example"], desc="Shared governance redesign: council structure, unit practice councils")
d.ev("Lunch & Learn – sepsis bundle", "11-11 12:00", 60, C, "she teaches the sepsis bundle update to charge nurses over lunch", att=["nld"])
d.ev("Coffee w/ Aisha (DAISY winner)", "11-24 14:00", 30, C, "mentoring a frontline nurse recognised by the DAISY award", att=["aisha.brown@stansgar-health.example"])
d.ev("1:1 Robert / Denise", "11-09 15:00", 45, X, "two-person meeting with her manager, the CEO: reporting upward", org="robert")
d.ev("Dentist", "11-16 07:00", 60, O, "private", cls="PRIVATE")
d.ev("Drive to Madison", "11-30 07:00", 90, O, "travel")
d.ev("WHA Nursing Workforce Summit", "11-30 09:00", 300, S, "state hospital association summit on the nursing labour market: market outlook",
     org="events@wha-summit.example", loc="Madison, WI")
d.ev("Drive back from Madison", "11-30 14:30", 90, O, "travel")
d.ev("AONL chapter dinner", "11-05 18:00", 120, C, "professional network dinner; declined (not counted)", org="chapter@aonl-wi.example", ps="DECLINED")
d.ev("Hold - flu clinic", "11-02 07:00", 60, O, "free hold (transparent)", transp=True)

# =========================================================================== 5. Aleksandra Nowak
# Engineering Manager, Payments Platform, Ledgerline (payments software; Warsaw office, HQ Dublin).
# Manager. Google Calendar export (UTC one-offs, IANA zones, Dublin-time series). On-call rota.
# October: a balanced month (fits). November: the SCA cutover crunch and an on-call week; 1:1s,
# retro and interviews are dropped. Expected: fits (Oct), people under-invested (Nov).
an = person(
    slug="aleksandra-nowak", name="Aleksandra Nowak", email="aleksandra.nowak@ledgerline.example",
    role="manager", tz="Europe/Warsaw", wintz=None, style="google", calname="", cancel_prefix="",
    months=["2026-10", "2026-11"], expected={"2026-10": "fits", "2026-11": "people under-invested"},
    industry="payments software (fintech)", language="en",
    rooms={"WAW-4-Wisła (6)": "c_1889ldh2k3m7e@resource.calendar.google.com"},
    people={"kuba": ("Jakub Zieliński", "jakub.zielinski@ledgerline.example"),
            "marta": ("Marta Kaczmarek", "marta.kaczmarek@ledgerline.example"),
            "piotr": ("Piotr Lewandowski", "piotr.lewandowski@ledgerline.example"),
            "ines": ("Inês Carvalho", "ines.carvalho@ledgerline.example"),
            "dawid": ("Dawid Mazur", "dawid.mazur@ledgerline.example"),
            "fiona": ("Fiona Gallagher", "fiona.gallagher@ledgerline.example"),
            "pm": ("Zofia Wróbel", "zofia.wrobel@ledgerline.example"),
            "team": ("payments-platform (list)", "payments-platform@ledgerline.example"),
            "waw": ("eng-warsaw (list)", "eng-warsaw@ledgerline.example")},
    reports=["kuba", "marta", "piotr", "ines", "dawid"], manager="fiona")
a = an
a.ser("Standup – Payments Platform", "2026-03-02 09:45", 15, WD, X, "daily team stand-up on deliverables",
      att=["team"], exdates=["10-30 09:45", "11-11 09:45"])
ones = {}
for k, wd, st in [("kuba", "MO", "2026-09-07 14:00"), ("marta", "TU", "2026-09-08 14:00"), ("piotr", "WE", "2026-09-09 14:00"),
                  ("ines", "TH", "2026-09-10 16:00"), ("dawid", "FR", "2026-09-11 11:00")]:
    ones[k] = a.ser(f"1:1 Ola / {a.people[k][0].split()[0]}", st, 30, f"FREQ=WEEKLY;BYDAY={wd}", C,
                    "weekly 1:1 with a direct report: coaching, growth, feedback", att=[k])
ones["kuba"].cancel("11-09 14:00", "cancelled during on-call week").cancel("11-16 14:00", "cancelled: cutover week").cancel("11-23 14:00", "cancelled: cutover")
ones["marta"].cancel("11-10 14:00", "cancelled: on-call").cancel("11-17 14:00", "cancelled: cutover")
ones["piotr"].cancel("11-11 14:00", "holiday").cancel("11-18 14:00", "cancelled: cutover").cancel("11-25 14:00", "cancelled: cutover")
ones["ines"].cancel("11-12 16:00", "cancelled: incident").cancel("11-19 16:00", "cancelled: cutover")
ones["dawid"].cancel("11-13 11:00", "cancelled: on-call").cancel("11-20 11:00", "cancelled: cutover").cancel("11-27 11:00", "cancelled: cutover")
ones["dawid"].cancel("10-30 11:00", "cancelled: Ola's day off")
ones["ines"].move("10-15 16:00", "10-15 17:00", why="moved an hour; same coaching 1:1")
a.ser("Sprint planning", "2026-09-01 10:30", 90, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", X, "sprint planning of tasks and dates", att=["team", "pm"])
a.ser("Backlog refinement", "2026-09-03 13:00", 60, "FREQ=WEEKLY;BYDAY=TH", X, "refining tickets for coming sprints", att=["team", "pm"],
      exdates=["11-19 13:00"])
a.ser("Sprint retro", "2026-09-11 14:00", 60, "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", C, "team retrospective: how we work, process improvement",
      att=["team"]).cancel("11-20 14:00", "skipped: cutover")
a.ser("Catch-up Fiona", "2026-09-02 11:00", 30, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", X,
      "two-person with her manager in Dublin (organised by Fiona): upward status and escalations",
      org="fiona", tz="Europe/Dublin", desc="Status, risks, asks"
      ).cancel("11-11 11:00", "cancelled: Polish public holiday").relabel("2026-10-14 11:00", C, "this occurrence is about Ola: her promotion case to senior EM", title="Catch-up Fiona – your promo case")
a.ser("Payments sync w/ Product", "2026-09-07 15:00", 45, "FREQ=WEEKLY;BYDAY=MO", X, "EM/PM sync on delivery and priorities of the current quarter",
      att=["pm"])
a.ser("Lunch", "2026-03-02 12:30", 45, "FREQ=WEEKLY;BYDAY=TU,TH", O, "lunch", exdates=["11-19 12:30"])
a.ser("Release readiness review", "2026-09-03 11:00", 60, "FREQ=WEEKLY;BYDAY=TH", X, "weekly go/no-go of this week's releases: deliverable review",
      org="release-mgmt@ledgerline.example", att=["team"])
a.ser("Weekly ops review", "2026-09-01 16:00", 45, "FREQ=WEEKLY;BYDAY=TU", X, "SRE-run operational review: error budgets, alerts, tickets",
      org="sre-leads@ledgerline.example", att=["eng-managers@ledgerline.example"])
# ---- October one-offs
a.ev("Ledger v2 – architecture direction", "10-20 09:00", 120, S, "which long-term architecture the platform commits to (event-sourced ledger or not)",
     att=["kuba", "marta", "arch-guild@ledgerline.example"])
a.ev("Platform roadmap 2027 – where to invest", "10-06 13:00", 120, S, "choosing which platform bets to make next year (ledger v2 vs multi-currency)",
     att=["fiona", "pm", "kuba"])
a.ev("Focus time", "10-08 09:00", 120, S, "Focus-time container; description: drafting the build-vs-buy memo for fraud scoring",
     desc="Draft 2027 memo for Fiona: build vs buy fraud scoring, what we own long-term")
a.ev("Interview – Senior Backend (system design)", "10-07 11:00", 60, C, "hiring interview", att=["recruiting@ledgerline.example"])
a.ev("Interview – Senior Backend (system design)", "10-14 11:00", 60, C, "hiring interview", att=["recruiting@ledgerline.example"])
a.ev("Interview – Backend (culture add)", "10-21 11:00", 60, C, "hiring interview", att=["recruiting@ledgerline.example"])
a.ev("Warsaw office all-hands", "10-22 16:00", 60, X, "container title; description: Q4 OKR status and office-move logistics",
     org="waw-office@ledgerline.example", att=["waw"], desc="Q4 OKR status per team, office move to floor 4: logistics")
a.ev("OKR check-in Q4", "10-16 10:00", 60, X, "progress on key results: status", att=["team", "pm"])
a.ev("Mentoring – Dawid tech-lead track", "10-23 15:00", 60, C, "mentoring a report towards tech lead", att=["dawid"])
a.ev("INC-2207 ledger replay lag", "10-27 21:40", 80, F, "outside hours incident, booked 10 minutes ahead", att=["oncall-payments@ledgerline.example", "kuba"], created="10m")
a.ev("Postmortem INC-2207", "10-29 15:00", 60, C, "blameless postmortem: stop it recurring", att=["team"])
a.ev("Hold for Q1 planning", "10-30 13:00", 120, O, "free hold (transparent)", transp=True)
a.ev("Lekarz", "10-09 08:00", 60, O, "doctor (Polish title), private", cls="PRIVATE")
a.ev("Architecture guild", "10-20 16:00", 60, C, "cross-team knowledge sharing on event sourcing", org="arch-guild@ledgerline.example")
a.ev("Vendor call – Adyen-like PSP", "10-13 15:00", 45, X, "acquirer call on current integration issues", att=["tam@psp-partner.example"])
a.day("Urlop", "10-30", oof=True, why="day off (all-day out of office)")
# ---- November: on-call week, SCA cutover crunch
a.ev("On-call (primary) – payments", "11-09 09:00", 7 * 24 * 60, O, "on-call availability block, free (transparent, not counted)", transp=True)
a.day("Narodowe Święto Niepodległości", "11-11", why="Polish public holiday (all-day)")
a.ev("INC-2291 card auth timeouts", "11-10 23:10", 130, F, "night incident, crosses midnight; paged", att=["oncall-payments@ledgerline.example", "marta"], created="5m")
a.ev("Sync", "11-12 14:00", 90, F, "bland title; a partner bank's rejected-payment spike, booked 20 minutes ahead",
     att=["kuba", "ines", "partner.ops@bank-mazovia.example"], created="20m")
a.ev("Quick call re: settlement file", "11-14 10:00", 60, F, "Saturday call: the settlement file failed to reach the bank; booked 30 minutes ahead",
     att=["piotr"], created="30m")
a.ev("INC-2291 follow-up: action items", "11-19 15:00", 30, X, "status of the postmortem actions: who does what by when", att=["marta", "kuba"])
a.ser("War room – SCA cutover", "11-16 08:30", 60, "FREQ=DAILY;COUNT=7;BYDAY=MO,TU,WE,TH,FR", X,
      "war-room title, but a planned daily cutover check-in for a scheduled launch: execution, not firefighting",
      att=["team", "pm", "fiona", "room:WAW-4-Wisła (6)"], desc="Planned cutover plan: readiness per bank, go/no-go for today's wave")
a.ev("SCA cutover – wave 2 rollback", "11-19 20:30", 120, F, "wave 2 failed at one bank: unplanned rollback in the evening",
     att=["team", "fiona"], created="35m")
a.ev("Cutover release checklist", "11-13 13:00", 120, X, "execution planning: owners and dates for the cutover waves", att=["team", "pm"])
a.ev("Cutover comms with banks", "11-17 16:00", 60, X, "customer calls on the current delivery", att=["partner.ops@bank-mazovia.example", "pm"])
a.ev("Team OKR drafting Q1", "11-05 13:00", 120, S,
     "OKR container; the description decides: choosing the two or three bets for Q1, no owners yet",
     att=["kuba", "marta", "pm"], desc="Decide which 2-3 bets we pursue in Q1 (ledger v2 vs multi-currency); owners later")
a.ev("Focus time", "11-24 13:00", 180, C, "Focus-time container; description: writing performance reviews for her team (calibration due)",
     desc="Perf review write-ups x5, calibration 30 Nov")
a.ev("Eng all-hands", "11-26 16:00", 60, C, "container title; this one is a tech-talk session: knowledge sharing",
     org="waw-office@ledgerline.example", att=["waw"], desc="Tech talks: Kafka internals (Marta), property-based testing (Piotr)")
a.ev("Postmortem INC-2291", "11-16 15:00", 60, C, "postmortem of the card-auth incident (root cause)", att=["team"])
a.ev("Interview – Senior Backend", "11-04 11:00", 60, C, "hiring interview; declined (paused hiring during crunch, not counted)",
     org="recruiting@ledgerline.example", ps="DECLINED")
a.ev("Stakeholder review – cutover readiness", "11-10 10:30", 60, X, "readiness review of the cutover deliverable", org="fiona", att=["pm"])
a.ev("Budget headcount 2027 (HC plan)", "11-20 15:00", 60, X, "headcount numbers for the budget template: people-admin", org="fiona")
a.ev("Bieg Niepodległości", "11-11 11:00", 120, O, "the Independence Day run, personal", cls="PRIVATE")
a.ev("Flight WAW → DUB", "11-25 07:00", 205, O, "travel to HQ", tz="UTC")
a.ev("HQ visit – Dublin platform leads", "11-25 13:00", 180, S, "platform leads in Dublin decide the 2027 platform direction",
     org="fiona", tz="Europe/Dublin")
a.ev("Flight DUB → WAW", "11-27 18:00", 180, O, "travel back", tz="Europe/Dublin")


# =========================================================================== writing
def write():
    for p in PERSONS:
        (HERE / f"{p.slug}.ics").write_text(p.ics(), encoding="utf-8", newline="")
        with open(HERE / f"{p.slug}.labels.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["uid", "recurrence_id", "label", "why"])
            w.writerows(p.label_rows())
    doms = sorted({p.email.split("@")[1] for p in PERSONS} | {"donau-hospitality.example", "grupolumbre.example"})
    T = ["# timeaudit configuration for the hand-labelled 'dev7' evaluation set (written by make_set.py)", "[settings]",
         "tolerance = 5", "internal_domains = [" + ", ".join(f'"{d}"' for d in doms) + "]", "work_start = 8", "work_end = 18", ""]
    for p in PERSONS:
        T += ["[[people]]", f'email = "{p.email}"', f'name = "{p.name}"', f'role = "{p.role}"', f'tz = "{p.tz}"',
              f'sources = ["{p.slug}"]', "reports = [" + ", ".join(f'"{p.people[k][1]}"' for k in p.reports) + "]",
              f'manager = "{p.people[p.manager][1]}"', ""]
    for p in PERSONS:
        T += [f"[sources.{p.slug}]", 'kind = "ics"', f'path = "{p.slug}.ics"', ""]
    (HERE / "timeaudit.toml").write_text("\n".join(T), encoding="utf-8")
    S_ = ["[set]", 'name = "dev7"', 'authored = """' + AUTHORED + '"""', ""]
    for p in PERSONS:
        for mo in p.months:
            exp = p.expected[mo] if isinstance(p.expected, dict) else p.expected
            S_ += ["[[persons]]", f'email = "{p.email}"', f'slug = "{p.slug}"', f'months = ["{mo}"]',
                   f'expected_verdict = "{exp}"', f'industry = "{p.industry}"', f'language = "{p.language}"', ""]
    (HERE / "set.toml").write_text("\n".join(S_), encoding="utf-8")
    print("wrote", ", ".join(p.slug for p in PERSONS), "+ timeaudit.toml, set.toml")


AUTHORED = ("Hand-written by an LLM helper session (Claude) acting as an independent label author. The brief let it read only "
            "DESIGN.md (category meanings, counting rules, role targets), the README sections \"Configuration\" (with \"A roster of "
            "people (CSV)\", \"Pulling many calendars\", \"Role targets\") and \"What counts, and why\", evaluation/calendars/README.md, "
            "the format (only) of dev/set.toml and dev/timeaudit.toml, and a third-party corpus of real .ics exports used only to "
            "imitate exporter styles (Exchange/Outlook with Windows zone names and X-MICROSOFT-CDO-* properties, Google Calendar with "
            "UTC one-offs and resource rooms, Apple Calendar with floating times). The author invented five leaders and their "
            "stories (a Vienna hotel GM in German, a French regional airport's CEO in French, a Bogotá energy retailer's country "
            "manager in Spanish, a Milwaukee hospital's chief nursing officer, a Warsaw engineering manager with on-call duty over "
            "October and November) and wrote every event and series by hand in make_set.py, each with its true category and a short "
            "note next to its definition; the script writes the .ics, .labels.csv, timeaudit.toml and set.toml from those "
            "specifications (seeded randomness only for UIDs, creation minutes and other invitees' answers) and its check step "
            "expands every series with recurring_ical_events and fails on any unlabelled timed occurrence in a listed month, any "
            "label outside the five categories or any label row pointing at nothing. Labels are the truth of the story (what the "
            "meeting is for), not what the title suggests. Expected verdicts come from the author's own hour totals (make_set.py "
            "summary: declined, cancelled, transparent and all-day events excluded, overlaps split equally, events over 24 hours "
            "clipped to 8-18 on weekdays) against the default role targets with tolerance 5. The author did NOT see anything under "
            "src/timeaudit/classify/, classifiers/, src/timeaudit/samples/, tools/, benchmarks/, tests/, any other evaluation set "
            "(beyond the format of the two dev files named above), evaluation/*.csv, the git history, or the README section "
            "\"How events are tagged\"; it ran no timeaudit command and saw no output of the tool.")


# =========================================================================== check and summary
def load(p):
    import icalendar
    import recurring_ical_events
    cal = icalendar.Calendar.from_ical((HERE / f"{p.slug}.ics").read_bytes())
    rows = {}
    with open(HERE / f"{p.slug}.labels.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows[(row["uid"], row["recurrence_id"])] = row["label"]
    return cal, rows, recurring_ical_events


def to_local(v, zone):
    if isinstance(v, datetime):
        return v.replace(tzinfo=zone) if v.tzinfo is None else v.astimezone(zone)
    return None


def occurrences(p, cal, rie, y0, m0, y1, m1):
    out = []
    for c in rie.of(cal).between((y0, m0, 1), (y1, m1, 1)):
        uid = str(c["UID"])
        st = c["DTSTART"].dt
        allday = not isinstance(st, datetime)
        rid = ""
        if "RECURRENCE-ID" in c:
            r_ = c["RECURRENCE-ID"].dt
            if isinstance(r_, datetime):
                r_ = r_.replace(tzinfo=p.zone) if r_.tzinfo is None else r_
                rid = r_.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                rid = r_.isoformat()
        out.append(dict(c=c, uid=uid, rid=rid, allday=allday,
                        start=None if allday else to_local(st, p.zone),
                        end=None if allday else to_local(c["DTEND"].dt, p.zone)))
    return out


def month_bounds(p, mo):
    y, m = map(int, mo.split("-"))
    a = datetime(y, m, 1, tzinfo=p.zone)
    b = datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=p.zone)
    return a, b


def check():
    bad = 0
    for p in PERSONS:
        cal, rows, rie = load(p)
        for (u, r), lab in rows.items():
            if lab not in CATS:
                print(f"FAIL {p.slug}: label {lab!r} for {u} {r}")
                bad += 1
        allocc = occurrences(p, cal, rie, 2026, 1, 2027, 3)
        uids = {o["uid"] for o in allocc}
        keys = {(o["uid"], o["rid"]) for o in allocc}
        for (u, r) in rows:
            if (r and (u, r) not in keys) or (not r and u not in uids):
                print(f"FAIL {p.slug}: label row points at nothing: {u} {r}")
                bad += 1
        for mo in p.months:
            a, b = month_bounds(p, mo)
            n = 0
            for o in allocc:
                if o["allday"] or not (a <= o["start"] < b):
                    continue
                n += 1
                if (o["uid"], o["rid"]) not in rows and (o["uid"], "") not in rows:
                    print(f"FAIL {p.slug} {mo}: unlabelled occurrence {o['c'].get('SUMMARY')} {o['start']}")
                    bad += 1
            print(f"check {p.slug} {mo}: {n} timed occurrences, all labelled" if not bad else f"check {p.slug} {mo}: {n} occurrences")
    print("check: OK" if not bad else f"check: {bad} problems")
    return bad == 0


def owner_partstat(p, c):
    for a in (c.get("ATTENDEE") or []) if isinstance(c.get("ATTENDEE"), list) else ([c["ATTENDEE"]] if c.get("ATTENDEE") else []):
        if str(a).lower().endswith(p.email.lower()):
            return str(a.params.get("PARTSTAT", "NEEDS-ACTION")).upper()
    return "ACCEPTED"


def verdict(role, sh, work):
    ts, tc, tx, tf = TARGETS[role]
    s, c, x, f = sh
    if work < 20:
        return "not enough data"
    red = lambda d: abs(d) > 2 * TOL
    if f - tf > TOL:
        return "firefighting overload"
    if s - ts > 2 * TOL and x - tx < -TOL:
        return "over-planning"
    if (x + f) > (tx + tf) + TOL and s < ts - TOL and c < tc - TOL:
        return "stuck in execution"
    if c < tc - TOL:
        return "people under-invested"
    if red(s - ts) or red(c - tc) or red(x - tx) or (f - tf > 2 * TOL):
        return "off target"
    return "fits"


def summary():
    print(f"\n{'person':<20}{'month':<9}{'strat':>7}{'cap':>7}{'exec':>7}{'fire':>7}{'other':>7}{'work h':>8}  "
          f"{'split % (S/C/X/F)':<22}{'target':<14}verdict (expected)")
    for p in PERSONS:
        cal, rows, rie = load(p)
        allocc = occurrences(p, cal, rie, 2026, 1, 2027, 3)
        for mo in p.months:
            a, b = month_bounds(p, mo)
            iv = []
            for o in allocc:
                c = o["c"]
                if o["allday"] or str(c.get("STATUS", "")).upper() == "CANCELLED" or str(c.get("TRANSP", "")).upper() == "TRANSPARENT":
                    continue
                if owner_partstat(p, c) == "DECLINED":
                    continue
                lab = rows.get((o["uid"], o["rid"])) or rows.get((o["uid"], ""))
                st, en = o["start"], o["end"]
                pieces = []
                if (en - st) > timedelta(hours=24):  # multi-day: working hours on weekdays only
                    dd = st.date()
                    while dd <= en.date():
                        if dd.weekday() < 5 or st.weekday() >= 5 or en.weekday() >= 5:
                            ws = datetime(dd.year, dd.month, dd.day, 8, tzinfo=p.zone)
                            we = datetime(dd.year, dd.month, dd.day, 18, tzinfo=p.zone)
                            s2, e2 = max(st, ws), min(en, we)
                            if s2 < e2:
                                pieces.append((s2, e2))
                        dd += timedelta(days=1)
                else:
                    pieces = [(st, en)]
                for s2, e2 in pieces:
                    s2, e2 = max(s2, a), min(e2, b)
                    if s2 < e2:
                        iv.append((s2.timestamp(), e2.timestamp(), lab))
            pts = sorted({t for x in iv for t in x[:2]})
            hrs = dict.fromkeys(CATS, 0.0)
            for t0, t1 in zip(pts, pts[1:]):
                act = [x[2] for x in iv if x[0] <= t0 and x[1] >= t1]
                for lab in act:
                    hrs[lab] += (t1 - t0) / 3600 / len(act)
            work = sum(hrs[k] for k in CATS[:4])
            sh = [100 * hrs[k] / work if work else 0 for k in CATS[:4]]
            v = verdict(p.role, sh, work)
            exp = p.expected[mo] if isinstance(p.expected, dict) else p.expected
            tg = "/".join(map(str, TARGETS[p.role]))
            print(f"{p.slug:<20}{mo:<9}" + "".join(f"{hrs[k]:>7.1f}" for k in CATS) + f"{work:>8.1f}  "
                  + f"{'/'.join(f'{x:.0f}' for x in sh):<22}{tg:<14}{v} ({exp}){'' if v == exp else '  <-- MISMATCH'}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "all"
    if cmd in ("write", "all"):
        write()
    ok = True
    if cmd in ("check", "all"):
        ok = check()
    if cmd in ("summary", "all"):
        summary()
    sys.exit(0 if ok else 1)
