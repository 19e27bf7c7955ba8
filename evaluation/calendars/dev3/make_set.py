#!/usr/bin/env python3
"""Write (and check) the hand-labelled 'dev3' evaluation set of whole calendars.

    /work/main/.venv/bin/python evaluation/calendars/dev3/make_set.py          # write + check + summary
    /work/main/.venv/bin/python evaluation/calendars/dev3/make_set.py write
    /work/main/.venv/bin/python evaluation/calendars/dev3/make_set.py check
    /work/main/.venv/bin/python evaluation/calendars/dev3/make_set.py summary

Every event and series of every persona is written by hand further down (PERSONAS), with its
true category and a short note next to its definition. The writer turns those specifications
into the exporter style of each persona (Outlook/Exchange, Google, Apple) and writes the
labels file from the same specifications, so labels cannot drift from events. Randomness
(seeded) only picks creation minutes, ids, meeting ids and other invitees' answers.

`check` expands every series with recurring_ical_events for every listed month and fails
if a timed occurrence starting in the month has no label, if a label is not one of the five
categories, or if a label row points at nothing. `summary` prints the author's own hour
totals per category (declined, cancelled, transparent/free and all-day events excluded,
overlapping minutes split equally) against the default role targets.
"""
import csv
import hashlib
import os
import random
import string
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ("strategy", "capability-building", "execution", "firefighting", "other")
UTC = ZoneInfo("UTC")
EXPORT_STAMP = datetime(2026, 12, 2, 7, 41, 12, tzinfo=UTC)

# --------------------------------------------------------------------------- time zones
# key -> (TZID as written by the exporter, IANA zone, rule family)
TZ = {
    "vie_win": ("W. Europe Standard Time", "Europe/Vienna", "eu"),
    "ber_win": ("W. Europe Standard Time", "Europe/Berlin", "eu"),
    "par_win": ("Romance Standard Time", "Europe/Paris", "eu"),
    "lon_win": ("GMT Standard Time", "Europe/London", "uk"),
    "bru_win": ("Romance Standard Time", "Europe/Brussels", "eu"),
    "par": ("Europe/Paris", "Europe/Paris", "eu"),
    "ber": ("Europe/Berlin", "Europe/Berlin", "eu"),
    "mad": ("Europe/Madrid", "Europe/Madrid", "eu"),
    "lis": ("Europe/Lisbon", "Europe/Lisbon", "uk"),
    "lon": ("Europe/London", "Europe/London", "uk"),
    "cph": ("Europe/Copenhagen", "Europe/Copenhagen", "eu"),
    "zrh": ("Europe/Zurich", "Europe/Zurich", "eu"),
    "bos": ("America/New_York", "America/New_York", "us"),
    "sfo": ("America/Los_Angeles", "America/Los_Angeles", "uspac"),
    "sel": ("Asia/Seoul", "Asia/Seoul", "kst"),
}


def vtimezone(key, style):
    tzid, iana, fam = TZ[key]
    fams = {
        "eu": (("+0100", "CET"), ("+0200", "CEST"), ("0329T020000", "-1SU", 3), ("1025T030000", "-1SU", 10)),
        "uk": (("+0000", "GMT"), ("+0100", "BST"), ("0329T010000", "-1SU", 3), ("1025T020000", "-1SU", 10)),
        "us": (("-0500", "EST"), ("-0400", "EDT"), ("0308T020000", "2SU", 3), ("1101T020000", "1SU", 11)),
        "uspac": (("-0800", "PST"), ("-0700", "PDT"), ("0308T020000", "2SU", 3), ("1101T020000", "1SU", 11)),
    }
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if style in ("google", "apple"):
        out.append(f"X-LIC-LOCATION:{iana}")
    if fam == "kst":
        out += ["BEGIN:STANDARD", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:KST",
                "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
        return out
    (so, sn), (do, dn), (dstart, dby, dmon), (sstart, sby, smon) = fams[fam]
    if style == "outlook":
        out += ["BEGIN:STANDARD", f"DTSTART:16010101T{sstart[5:]}",
                f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sby};BYMONTH={smon}",
                f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dstart[5:]}",
                f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dby};BYMONTH={dmon}",
                f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", "END:DAYLIGHT"]
    else:
        out += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dn}",
                f"DTSTART:1970{dstart}", f"RRULE:FREQ=YEARLY;BYMONTH={dmon};BYDAY={dby}", "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{sn}",
                f"DTSTART:1970{sstart}", f"RRULE:FREQ=YEARLY;BYMONTH={smon};BYDAY={sby}", "END:STANDARD"]
    out.append("END:VTIMEZONE")
    return out


# --------------------------------------------------------------------------- helpers
def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\n", "\\n"))


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    parts, cur, size, first = [], "", 0, True
    for ch in line:
        b = len(ch.encode("utf-8"))
        limit = 75 if first else 74
        if size + b > limit:
            parts.append(cur if first else " " + cur)
            cur, size, first = "", 0, False
        cur += ch
        size += b
    parts.append(cur if first else " " + cur)
    return parts


def fmt_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def fmt_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def parse_local(s, tzkey):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(TZ[tzkey][1]))


def parse_ago(spec):
    n, unit = int(spec[:-1]), spec[-1]
    return {"m": timedelta(minutes=n), "h": timedelta(hours=n), "d": timedelta(days=n),
            "w": timedelta(weeks=n)}[unit]


def ev(key, summary, start, dur, label, why, **kw):
    """One event or series. start: 'YYYY-MM-DD HH:MM' local (in tz=..., default the owner's),
    or 'YYYY-MM-DD' for an all-day event (dur then in days). dur: minutes.
    created: '45m', '3h', '2d', '6w' before the first start, or 'YYYY-MM-DD HH:MM' (UTC)."""
    assert label in CATS, (key, label)
    d = dict(key=key, summary=summary, start=start, dur=dur, label=label, why=why)
    d.update(kw)
    return d


def ov(orig, **kw):
    """An override of one occurrence: orig = its original local start 'YYYY-MM-DD HH:MM'."""
    d = dict(orig=orig)
    d.update(kw)
    return d


BOILER = {
    "teams_de": ("________________________________________________________________________________\n"
                 "Microsoft Teams-Besprechung\nNehmen Sie auf dem Computer, in der mobilen App oder im Raum teil.\n"
                 "Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
                 "Besprechungs-ID: {num}\nPasscode: {pc}\n"
                 "Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\n"
                 "________________________________________________________________________________"),
    "teams_en": ("________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
                 "Meeting ID: {num}\nPasscode: {pc}\nDownload Teams | Join on the web\n"
                 "Learn More | Meeting options\n"
                 "________________________________________________________________________________"),
    "teams_es": ("________________________________________________________________________________\n"
                 "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
                 "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
                 "ID de la reunión: {num}\nCódigo de acceso: {pc}\n"
                 "________________________________________________________________________________"),
    "meet_fr": ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                "Participer avec Google Meet : https://meet.google.com/{meet}\n\n"
                "Participer par téléphone\n(FR) +33 1 87 40 {ph} PIN : {pin}#\n\n"
                "En savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\n"
                "Veuillez ne pas modifier cette section.\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
    "meet_en": ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                "Join with Google Meet: https://meet.google.com/{meet}\n"
                "Join by phone\n(US) +1 617-675-{ph} PIN: {pin}#\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.\n"
                "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
    "zoom": ("Hi there,\n\nYou are invited to a Zoom meeting.\n\n"
             "Join Zoom Meeting\nhttps://us02web.zoom.us/j/{zid}?pwd={pc}\n\nMeeting ID: {zsp}\nPasscode: {pin}\n\n"
             "---\n\nOne tap mobile\n+13017158592,,{zid}# US (Washington DC)\n"),
}


def boiler(rng, kind):
    letters = string.ascii_lowercase
    zid = "".join(rng.choice(string.digits) for _ in range(11))
    return BOILER[kind].format(
        id="".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(48)),
        num=" ".join("".join(rng.choice(string.digits) for _ in range(3)) for _ in range(4)),
        pc="".join(rng.choice(string.ascii_letters + string.digits) for _ in range(6)),
        meet="-".join("".join(rng.choice(letters) for _ in range(n)) for n in (3, 4, 3)),
        ph="%02d %02d" % (rng.randint(0, 99), rng.randint(0, 99)),
        pin="".join(rng.choice(string.digits) for _ in range(9)),
        zid=zid, zsp=f"{zid[:3]} {zid[3:7]} {zid[7:]}",
    )


def fill_desc(rng, text):
    for kind in BOILER:
        tok = "{" + kind + "}"
        while tok in text:
            text = text.replace(tok, boiler(rng, kind), 1)
    return text


def make_uid(rng, style):
    if style == "google":
        return "".join(rng.choice("0123456789abcdefghijklmnopqrstuv") for _ in range(26)) + "@google.com"
    if style == "apple" and rng.random() < 0.4:
        h = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return ("040000008200E00074C5B7101A82E00800000000"
            + "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
            + "000000000000000010000000"
            + "".join(rng.choice("0123456789ABCDEF") for _ in range(32)))


# --------------------------------------------------------------------------- writer
class Writer:
    def __init__(self, p):
        self.p = p
        self.style = p["style"]
        self.rng = random.Random(int(hashlib.sha1(p["slug"].encode()).hexdigest()[:8], 16))
        self.owner = p["email"]
        self.lines = []
        self.labels = []
        self.tzs = {p["tz"]}

    def who(self, key):
        if key == "me":
            return (self.owner, self.p["name"], "p")
        if "@" in key:
            return (key, key.split("@")[0], "p")
        return self.p["dir"][key]

    def dt_prop(self, name, dt, tzkey, utc_ok):
        if utc_ok:
            return f"{name}:{fmt_utc(dt)}"
        tzid = TZ[tzkey][0]
        if self.style == "outlook" and " " in tzid and self.rng.random() < 0.5:
            tzid = f'"{tzid}"'
        return f"{name};TZID={tzid}:{fmt_local(dt)}"

    def attendee_line(self, key, partstat, role="REQ-PARTICIPANT", rsvp=True):
        email, cn, kind = self.who(key)
        params = []
        if kind == "g":
            params.append("CUTYPE=GROUP")
        elif kind == "r":
            params.append("CUTYPE=ROOM")
        elif kind == "res":
            params.append("CUTYPE=RESOURCE")
        elif self.style == "google" and kind == "p":
            params.append("CUTYPE=INDIVIDUAL")
        if kind in ("r", "res", "rr"):
            role = "NON-PARTICIPANT" if self.style == "outlook" and kind != "rr" else role
            partstat = "ACCEPTED"
        params += [f"ROLE={role}", f"PARTSTAT={partstat}"]
        if rsvp and kind in ("p", "g", "l"):
            params.append("RSVP=TRUE")
        q = f'"{cn}"' if any(c in cn for c in ',;:') or (self.style == "apple") else cn
        params.append(f"CN={q}")
        if self.style == "apple":
            params.append(f'EMAIL="{email}"')
        if self.style == "google":
            params.append("X-NUM-GUESTS=0")
        return "ATTENDEE;" + ";".join(params) + f":mailto:{email}"

    def component(self, e, uid, dtstart, dtend, tzkey, allday, master, override=None):
        o = override or {}
        style = self.style
        rng = self.rng
        summary = o.get("summary", e["summary"])
        desc = o.get("desc", e.get("desc", ""))
        status = o.get("status", e.get("status", "CONFIRMED"))
        own = o.get("own", e.get("own", "ACCEPTED"))
        transp = o.get("transp", e.get("transp", "OPAQUE"))
        organizer = e.get("org", "me")
        atts = o.get("att", e.get("att", []))
        L = ["BEGIN:VEVENT"]
        if style == "outlook":
            L.append(f"DESCRIPTION;LANGUAGE={self.p['lang_tag']}:{esc(desc) if desc else esc(chr(10))}")
        elif desc:
            L.append(f"DESCRIPTION:{esc(desc)}")
        if master and e.get("rrule"):
            L.append("RRULE:" + e["rrule"])
            for x in e.get("exdate", []):
                xd = parse_local(x, tzkey)
                L.append(self.dt_prop("EXDATE", xd, tzkey, False))
        L.append(f"UID:{uid}")
        if override is not None:
            L.append(self.dt_prop("RECURRENCE-ID", override["_orig"], tzkey, False))
        L.append(f"SUMMARY;LANGUAGE={self.p['lang_tag']}:{esc(summary)}" if style == "outlook"
                 else f"SUMMARY:{esc(summary)}")
        if allday:
            L.append(f"DTSTART;VALUE=DATE:{dtstart.strftime('%Y%m%d')}")
            L.append(f"DTEND;VALUE=DATE:{dtend.strftime('%Y%m%d')}")
        else:
            utc_ok = (style == "google" and not e.get("rrule")) or e.get("utc", False)
            L.append(self.dt_prop("DTSTART", dtstart, tzkey, utc_ok))
            L.append(self.dt_prop("DTEND", dtend, tzkey, utc_ok))
        L.append(f"CLASS:{e.get('cls', 'PUBLIC')}")
        if style == "outlook":
            L.append("PRIORITY:5")
        L.append(f"DTSTAMP:{fmt_utc(EXPORT_STAMP)}")
        L.append(f"TRANSP:{transp}")
        L.append(f"STATUS:{status}")
        seq = o.get("seq", e.get("seq", 0 if override is None else 1))
        L.append(f"SEQUENCE:{seq}")
        if e.get("loc") or o.get("loc"):
            L.append(f"LOCATION:{esc(o.get('loc', e.get('loc', '')))}")
        elif style == "outlook":
            L.append("LOCATION:")
        created = e["_created"]
        L.append(f"CREATED:{fmt_utc(created)}")
        lm = o.get("_lm") or e["_lm"]
        L.append(f"LAST-MODIFIED:{fmt_utc(lm)}")
        if atts or organizer != "me":
            email, cn, _ = self.who(organizer)
            qcn = f'"{cn}"' if (style == "apple" or any(c in cn for c in ',;:')) else cn
            extra = f';EMAIL="{email}"' if style == "apple" else ""
            L.append(f"ORGANIZER;CN={qcn}{extra}:mailto:{email}")
            listed = []
            if organizer == "me":
                if style == "google":
                    listed.append(self.attendee_line("me", "ACCEPTED", rsvp=False))
            else:
                if style == "google" or self.rng.random() < 0.3:
                    listed.append(self.attendee_line(organizer, "ACCEPTED", rsvp=False))
                listed.append(self.attendee_line("me", own))
            for a in atts:
                role = "REQ-PARTICIPANT"
                if a.startswith("?"):
                    a, role = a[1:], "OPT-PARTICIPANT"
                if a in (organizer, "me"):
                    continue
                r = rng.random()
                ps = "ACCEPTED" if r < 0.62 else "TENTATIVE" if r < 0.72 else "NEEDS-ACTION" if r < 0.92 else "DECLINED"
                if a in e.get("declined_by", []):
                    ps = "DECLINED"
                listed.append(self.attendee_line(a, ps, role=role))
            # shuffle invitees a little the way servers do (keep it deterministic)
            L += listed
        if style == "outlook":
            busy = {"OPAQUE": "BUSY", "TRANSPARENT": "FREE"}[transp]
            busy = e.get("busy", busy)
            if own == "TENTATIVE":
                busy = "TENTATIVE"
            L.append(f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}")
            L.append(f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}")
            L.append(f"X-MICROSOFT-CDO-INTENDEDSTATUS:{e.get('busy', 'BUSY')}")
            L.append(f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}")
            L.append(f"X-MICROSOFT-CDO-IMPORTANCE:{e.get('importance', 1)}")
            inst = 3 if override is not None else (1 if e.get("rrule") else 0)
            L.append(f"X-MICROSOFT-CDO-INSTTYPE:{inst}")
            L.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
            L.append("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
        elif style == "apple":
            if not allday and e.get("loc"):
                L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        if style == "google" and not allday and status != "CANCELLED" and rng.random() < 0.5:
            L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
        L.append("END:VEVENT")
        return L

    def add(self, e):
        rng = self.rng
        tzkey = e.get("tz", self.p["tz"])
        self.tzs.add(tzkey)
        uid = e.get("uid") or make_uid(rng, self.style)
        e["_uid"] = uid
        allday = len(e["start"]) == 10
        if allday:
            d0 = datetime.strptime(e["start"], "%Y-%m-%d").date()
            first = datetime(d0.year, d0.month, d0.day, tzinfo=ZoneInfo(TZ[tzkey][1]))
            dtstart, dtend = d0, d0 + timedelta(days=e["dur"])
        else:
            first = parse_local(e["start"], tzkey)
            dtstart, dtend = first, first + timedelta(minutes=e["dur"])
        c = e.get("created", "3w")
        if len(c) > 6:
            created = datetime.strptime(c, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        else:
            delta = parse_ago(c)
            jitter = rng.randint(-7, 0) if delta < timedelta(hours=6) else rng.randint(-150, 150)
            created = first.astimezone(UTC) - delta + timedelta(minutes=jitter)
        created = created.replace(second=rng.randint(0, 59))
        assert created < first, (e["key"], created, first)
        e["_created"] = created
        lm = created + timedelta(minutes=rng.randint(1, 40))
        e["_lm"] = lm
        # series-level leave handling (owner away): organiser cancels, invitee declines
        ovs = list(e.get("ovs", []))
        if e.get("rrule") and self.p.get("leave") and not allday:
            from dateutil.rrule import rrulestr
            rule = rrulestr(e["rrule"], dtstart=first)
            have = {o["orig"] for o in ovs}
            ex = set(e.get("exdate", []))
            for lo, hi in self.p["leave"]:
                lo_d = datetime.strptime(lo, "%Y-%m-%d").replace(tzinfo=first.tzinfo)
                hi_d = datetime.strptime(hi, "%Y-%m-%d").replace(tzinfo=first.tzinfo) + timedelta(days=1)
                for occ in rule.between(lo_d, hi_d, inc=True):
                    s = occ.strftime("%Y-%m-%d %H:%M")
                    if s in have or s in ex:
                        continue
                    if e.get("org", "me") == "me":
                        e.setdefault("exdate", []).append(s)
                    else:
                        ovs.append(ov(s, own="DECLINED", seq=2))
        self.lines += self.component(e, uid, dtstart, dtend, tzkey, allday, master=True)
        self.labels.append((uid, "", e["label"], e["why"]))
        for o in ovs:
            orig = parse_local(o["orig"], tzkey)
            o["_orig"] = orig
            st = parse_local(o["start"], tzkey) if "start" in o else orig
            en = st + timedelta(minutes=o.get("dur", e["dur"]))
            o["_lm"] = max(lm, min(orig.astimezone(UTC) - timedelta(hours=rng.randint(2, 90)),
                                   EXPORT_STAMP)) if "lm_ago" not in o else orig.astimezone(UTC) - parse_ago(o["lm_ago"])
            if o["_lm"] <= created:
                o["_lm"] = created + timedelta(minutes=5)
            self.lines += self.component(e, uid, st, en, tzkey, False, master=False, override=o)
            if "label" in o and o["label"] != e["label"]:
                assert o["label"] in CATS, (e["key"], o)
                self.labels.append((uid, fmt_utc(orig), o["label"], o.get("why", "")))

    def render(self):
        p = self.p
        head = ["BEGIN:VCALENDAR"]
        if self.style == "outlook":
            head += ["METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                     f"X-WR-CALNAME:{p.get('calname', 'Calendar')}"]
        elif self.style == "google":
            head += ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", f"X-WR-CALNAME:{p['email']}", f"X-WR-TIMEZONE:{TZ[p['tz']][1]}"]
        else:
            head += ["METHOD:PUBLISH", "VERSION:2.0", f"X-WR-CALNAME:{p.get('calname', 'Calendar')}",
                     "PRODID:-//Apple Inc.//macOS 15.1//EN", f"X-APPLE-CALENDAR-COLOR:#1BADF8",
                     f"X-WR-TIMEZONE:{TZ[p['tz']][1]}", "CALSCALE:GREGORIAN"]
        seen = set()
        for k in [p["tz"]] + sorted(self.tzs - {p["tz"]}):
            if TZ[k][0] in seen:
                continue
            seen.add(TZ[k][0])
            head += vtimezone(k, self.style)
        body = head + self.lines + ["END:VCALENDAR"]
        out = []
        for line in body:
            out += fold(line)
        return "\r\n".join(out) + "\r\n"


def write_all():
    people = []
    for p in PERSONAS:
        w = Writer(p)
        for e in p["events"]:
            w.add(e)
        with open(os.path.join(HERE, p["slug"] + ".ics"), "w", encoding="utf-8", newline="") as f:
            f.write(w.render())
        with open(os.path.join(HERE, p["slug"] + ".labels.csv"), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f)
            cw.writerow(["uid", "recurrence_id", "label", "why"])
            for row in w.labels:
                cw.writerow(row)
        people.append(p)
    domains = sorted({p["email"].split("@")[1] for p in PERSONAS})
    cfg = ["# timeaudit configuration for the hand-labelled 'dev3' evaluation set (written by make_set.py)",
           "[settings]", "tolerance = 5", "internal_domains = [" + ", ".join(f'"{d}"' for d in domains) + "]",
           "work_start = 8", "work_end = 18", ""]
    for p in PERSONAS:
        cfg += ["[[people]]", f'email = "{p["email"]}"', f'name = "{p["name"]}"', f'role = "{p["role"]}"',
                f'tz = "{TZ[p["tz"]][1]}"', f'sources = ["{p["slug"]}"]',
                "reports = [" + ", ".join(f'"{p["dir"][r][0]}"' for r in p["reports"]) + "]"]
        if p.get("manager"):
            cfg.append(f'manager = "{p["dir"][p["manager"]][0]}"')
        cfg.append("")
    for p in PERSONAS:
        cfg += [f"[sources.{p['slug']}]", 'kind = "ics"', f'path = "{p["slug"]}.ics"', ""]
    with open(os.path.join(HERE, "timeaudit.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(cfg))
    st = ["[set]", 'name = "dev3"', 'authored = """' + AUTHORED.strip() + '"""', ""]
    for p in PERSONAS:
        for month, verdict in p["months"]:
            st += ["[[persons]]", f'email = "{p["email"]}"', f'slug = "{p["slug"]}"', f'months = ["{month}"]',
                   f'expected_verdict = "{verdict}"', f'industry = "{p["industry"]}"', f'language = "{p["lang"]}"', ""]
    with open(os.path.join(HERE, "set.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(st))
    print("wrote", len(PERSONAS), "calendars")


# --------------------------------------------------------------------------- check + summary
def month_bounds(month, iana):
    y, m = map(int, month.split("-"))
    z = ZoneInfo(iana)
    a = datetime(y, m, 1, tzinfo=z)
    b = datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=z)
    return a, b


def load_set():
    import tomllib
    with open(os.path.join(HERE, "set.toml"), "rb") as f:
        st = tomllib.load(f)
    with open(os.path.join(HERE, "timeaudit.toml"), "rb") as f:
        cfg = tomllib.load(f)
    return st, cfg


def occurrences(slug, email, month, iana):
    import icalendar
    import recurring_ical_events
    with open(os.path.join(HERE, slug + ".ics"), "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    a, b = month_bounds(month, iana)
    out = []
    for c in recurring_ical_events.of(cal).between(a, b):
        s = c["DTSTART"].dt
        if not isinstance(s, datetime):
            continue
        if s.tzinfo is None:
            s = s.replace(tzinfo=ZoneInfo(iana))
        if not (a <= s < b):
            continue
        e = c["DTEND"].dt
        if e.tzinfo is None:
            e = e.replace(tzinfo=ZoneInfo(iana))
        rid = c.get("RECURRENCE-ID")
        ridstr = fmt_utc(rid.dt if rid.dt.tzinfo else rid.dt.replace(tzinfo=ZoneInfo(iana))) if rid else ""
        own = None
        org = c.get("ORGANIZER")
        atts = c.get("ATTENDEE", [])
        if not isinstance(atts, list):
            atts = [atts]
        for at in atts:
            if str(at).lower() == "mailto:" + email.lower():
                own = at.params.get("PARTSTAT")
        if own is None:
            own = "ORGANIZER"
        counted = (own != "DECLINED" and str(c.get("STATUS", "CONFIRMED")).upper() != "CANCELLED"
                   and str(c.get("TRANSP", "OPAQUE")).upper() != "TRANSPARENT"
                   and str(c.get("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY")).upper() != "FREE")
        out.append(dict(uid=str(c["UID"]), rid=ridstr, start=s, end=e, summary=str(c.get("SUMMARY", "")),
                        counted=counted, own=own))
    return out


def read_labels(slug):
    with open(os.path.join(HERE, slug + ".labels.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check():
    st, cfg = load_set()
    tzs = {p["email"]: p["tz"] for p in cfg["people"]}
    bad = 0
    for person in st["persons"]:
        slug, email = person["slug"], person["email"]
        rows = read_labels(slug)
        lab = {(r["uid"], r["recurrence_id"]): r["label"] for r in rows}
        for r in rows:
            if r["label"] not in CATS:
                print(f"FAIL {slug}: label {r['label']!r} not a category ({r['uid']})")
                bad += 1
        for month in person["months"]:
            occ = occurrences(slug, email, month, tzs[email])
            n_unl = 0
            for o in occ:
                if (o["uid"], o["rid"]) not in lab and (o["uid"], "") not in lab:
                    print(f"FAIL {slug} {month}: unlabelled {o['summary']!r} {o['start']}")
                    n_unl += 1
            bad += n_unl
            print(f"ok   {slug} {month}: {len(occ)} timed occurrences, {len(rows)} label rows, "
                  f"{n_unl} unlabelled")
        # every occurrence row must point at a real occurrence of that uid
        allocc = set()
        for month in ("2026-09", "2026-10", "2026-11", "2026-12"):
            allocc |= {(o["uid"], o["rid"]) for o in occurrences(slug, email, month, tzs[email])}
        uids = {u for u, _ in allocc}
        import icalendar
        with open(os.path.join(HERE, slug + ".ics"), "rb") as f:
            cal = icalendar.Calendar.from_ical(f.read())
        uids |= {str(c["UID"]) for c in cal.walk("VEVENT")}
        for r in rows:
            if r["uid"] not in uids:
                print(f"FAIL {slug}: label row for unknown uid {r['uid']}")
                bad += 1
            elif r["recurrence_id"] and (r["uid"], r["recurrence_id"]) not in allocc:
                print(f"FAIL {slug}: label row for unknown occurrence {r['uid']} {r['recurrence_id']}")
                bad += 1
    print("CHECK", "FAILED" if bad else "PASSED", f"({bad} problems)")
    return bad == 0


TARGETS = {"executive": (30, 30, 30, 10), "senior-leader": (20, 30, 40, 10), "manager": (10, 30, 50, 10)}


def summary():
    st, cfg = load_set()
    ppl = {p["email"]: p for p in cfg["people"]}
    for person in st["persons"]:
        slug, email = person["slug"], person["email"]
        pp = ppl[email]
        lab = {(r["uid"], r["recurrence_id"]): r["label"] for r in read_labels(slug)}
        for month in person["months"]:
            a, b = month_bounds(month, pp["tz"])
            occ = [o for o in occurrences(slug, email, month, pp["tz"]) if o["counted"]]
            minutes = {}
            for o in occ:
                label = lab.get((o["uid"], o["rid"])) or lab[(o["uid"], "")]
                t = max(o["start"], a).astimezone(UTC)
                end = min(o["end"], b).astimezone(UTC)
                while t < end:
                    minutes.setdefault(t, []).append(label)
                    t += timedelta(minutes=5)
            hours = dict.fromkeys(CATS, 0.0)
            for labs in minutes.values():
                for l in labs:
                    hours[l] += 5 / 60 / len(labs)
            work = sum(hours[c] for c in CATS[:4])
            print(f"{slug} {month} ({pp['role']}): counted {sum(hours.values()):.1f} h, work {work:.1f} h, "
                  f"other {hours['other']:.1f} h; expected: {person['expected_verdict']}")
            tg = TARGETS[pp["role"]]
            for c, t in zip(CATS[:4], tg):
                sh = 100 * hours[c] / work if work else 0
                gap = sh - t
                col = ("green" if (c == "firefighting" and gap <= 5) or abs(gap) <= 5 else
                       "amber" if (c == "firefighting" and gap <= 10) or abs(gap) <= 10 else "red")
                print(f"    {c:20s} {hours[c]:6.1f} h {sh:5.1f}%  target {t:2d}  {col}")


# =========================================================================== PERSONAS
PERSONAS = []

# --------------------------------------------------------------------------- 1. Austria (de)
# Bernhard Aigner, Geschäftsführer of Hollerer Bau GmbH (family-owned builder, ~380 staff,
# Vienna). Reports to the owner (Gesellschafter) Dr. Herbert Hollerer. November 2026: the
# owners want a decision on entering timber/modular building (Holzbau) and on buying the
# carpentry firm Zimmerei Rauch; sites run as usual; a water ingress at the Linzer Straße
# excavation on 17 Nov. He has almost no time for his people.
AT_DIR = {
    "herbert": ("herbert.hollerer@hollerer-bau.example", "Dr. Herbert Hollerer", "p"),
    "gruber": ("sabine.gruber@hollerer-bau.example", "Mag. Sabine Gruber", "p"),
    "wallner": ("thomas.wallner@hollerer-bau.example", "DI Thomas Wallner", "p"),
    "brandst": ("florian.brandstaetter@hollerer-bau.example", "Ing. Florian Brandstätter", "p"),
    "koller": ("martina.koller@hollerer-bau.example", "Martina Koller", "p"),
    "huber": ("stefan.huber@hollerer-bau.example", "Stefan Huber", "p"),
    "assist": ("claudia.pfeiffer@hollerer-bau.example", "Claudia Pfeiffer", "p"),
    "moser": ("lukas.moser@hollerer-bau.example", "Ing. Lukas Moser", "p"),
    "haas": ("patrick.haas@hollerer-bau.example", "Ing. Patrick Haas", "p"),
    "polier": ("dragan.kovac@hollerer-bau.example", "Dragan Kovač", "p"),
    "sfk": ("eva.reiter@hollerer-bau.example", "Eva Reiter", "p"),
    "gl": ("gl@hollerer-bau.example", "GL Hollerer Bau", "g"),
    "bl_hb": ("bauleiter-hochbau@hollerer-bau.example", "Bauleiter Hochbau", "l"),
    "br": ("betriebsrat@hollerer-bau.example", "Betriebsrat Hollerer Bau", "l"),
    "alle": ("alle@hollerer-bau.example", "Alle Mitarbeiter Hollerer Bau", "l"),
    "team_sc": ("bv-seestadt-qc@hollerer-bau.example", "BV Seestadt QC Team", "g"),
    "r_gf": ("besprechung-3og@hollerer-bau.example", "Besprechungsraum GF 3.OG (10)", "rr"),
    "r_eg": ("schulungsraum-eg@hollerer-bau.example", "Schulungsraum EG (30)", "res"),
    "r_cont": ("container-seestadt@hollerer-bau.example", "Baucontainer Seestadt QC", "r"),
    "novotny": ("andrea.novotny@gesundheitsverbund-ost.example", "DI Andrea Novotny", "p"),
    "kgb": ("projektteam-floridsdorf@gesundheitsverbund-ost.example", "Projektteam Zubau Floridsdorf", "l"),
    "gross": ("m.gross@gross-architekten.example", "Arch. DI Martin Gross", "p"),
    "wolf": ("wolf@wolf-zt.example", "DI Karin Wolf", "p"),
    "fuchs": ("r.fuchs@wohnbau-donaustadt.example", "Mag. Renate Fuchs", "p"),
    "lindner": ("peter.lindner@donaubank.example", "Mag. Peter Lindner", "p"),
    "rauch": ("johann.rauch@zimmerei-rauch.example", "Johann Rauch", "p"),
    "stern": ("e.stern@stern-consult.example", "Dr. Elisabeth Stern", "p"),
    "weiss": ("c.weiss@alpenkorn-advisory.example", "Mag. Clemens Weiß", "p"),
    "advteam": ("holzbau2030@alpenkorn-advisory.example", "Alpenkorn Projektteam Holzbau", "l"),
    "pirker": ("verkauf@metallbau-pirker.example", "Metallbau Pirker GmbH", "p"),
    "arge": ("t.lang@strabit-bau.example", "DI Tobias Lang (STRABIT)", "p"),
    "arge_l": ("arge-bl21@strabit-bau.example", "ARGE U2xU5 BL21", "l"),
    "heimstatt": ("vergabe@heimstatt-gen.example", "Heimstatt Gemeinnützige – Vergabe", "p"),
    "jovanovic": ("marko.jovanovic.bewerbung@gmx.example", "Marko Jovanović", "p"),
    "schuster": ("lena.schuster@web.example", "Lena Schuster", "p"),
    "murtal": ("k.fink@holzwerk-murtal.example", "Katrin Fink", "p"),
    "novak_t": ("office@trockenbau-novak.example", "Trockenbau Novak GmbH", "p"),
    "masse": ("kanzlei@ra-berger.example", "Dr. Paul Berger (Masseverwalter)", "p"),
}
AT_EVENTS = [
    # ---- series
    ev("gl_runde", "Geschäftsleitungsrunde", "2026-01-12 08:00", 90, "execution",
       "weekly management round he chairs; agenda is site status, cash, order intake",
       created="2025-12-18 09:12",
       rrule="FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO",
       att=["gl", "gruber", "wallner", "brandst", "koller", "huber", "r_gf"],
       desc="TOP 1 Baustellenampel (alle BV)\nTOP 2 Liquidität / offene Forderungen\nTOP 3 Auftragseingang & Angebote\n"
            "TOP 4 Personal (Kurzinfo)\nTOP 5 Allfälliges\n\nProtokoll: C. Pfeiffer"),
    ev("jf_seestadt", "Baustellen-Jour-fixe BV Seestadt Quartier C", "2026-03-03 07:30", 90, "execution",
       "weekly site coordination meeting organised by the site manager",
       org="moser", created="2026-02-20 14:02", rrule="FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO",
       att=["team_sc", "polier", "r_cont"], loc="Baucontainer Seestadt, Ilse-Arlt-Straße",
       desc="Terminplan Rohbau/Ausbau, Nachunternehmer, Sicherheit, offene Punkte lt. Protokoll",
       ovs=[ov("2026-11-17 07:30", own="DECLINED"), ov("2026-11-24 07:30", own="DECLINED")]),
    ev("bh_floridsdorf", "Bauherrenbesprechung Klinik Floridsdorf – Zubau Trakt B", "2026-02-19 13:00", 120, "execution",
       "biweekly client (owner) construction meeting on a running project",
       org="novotny", created="2026-02-02 10:30", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO",
       att=["kgb", "wallner", "gross", "wolf"], loc="Klinik Floridsdorf, Baubüro Trakt B",
       desc="Protokoll Nr. 31 ff.\n- Terminplan / Meilensteine\n- Planlieferungen TGA\n- Mehrkostenforderungen\n- Behördenauflagen"),
    ev("angebot", "Angebotsfreigabe / Kalkulationsrunde", "2026-01-14 10:00", 90, "execution",
       "weekly sign-off of bids, organised by his head of estimating",
       org="huber", created="2026-01-08 16:44", rrule="FREQ=WEEKLY;INTERVAL=1;BYDAY=WE;WKST=MO",
       att=["gruber", "r_gf"],
       desc="Freigabe Angebote > 500 T€ (Liste im Teams-Kanal 'Kalkulation'), Deckungsbeiträge, Risiken"),
    ev("jf_gesell", "Jour fixe Gesellschafter", "2026-01-08 16:00", 90, "execution",
       "monthly reporting to the owner (his manager), who organises it",
       org="herbert", created="2025-12-10 11:20", rrule="FREQ=MONTHLY;BYDAY=1TH",
       desc="Bernhard berichtet: Auftragsstand, Ergebnisvorschau 2026, Liquidität, offene Punkte"),
    ev("einarb_florian", "1:1 Florian / Bernhard", "2026-09-11 08:00", 60, "capability-building",
       "coaching 1:1 with his new head of civil works (onboarding into the role)",
       created="2026-09-02 17:05", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;WKST=MO", att=["brandst"],
       desc="Einarbeitung Leitung Tiefbau: Rolle, Führung der Bauleiter, deine Entwicklungsziele",
       ovs=[ov("2026-11-20 08:00", status="CANCELLED", summary="Abgesagt: 1:1 Florian / Bernhard")]),
    ev("liqui", "Liquiditätsvorschau", "2026-04-10 10:00", 60, "execution",
       "status with his finance head: 13-week cash forecast (she organises, no coaching content)",
       org="gruber", created="2026-04-01 08:31", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;WKST=MO",
       desc="Cash-Forecast 13 Wochen, Forderungen > 90 Tage, Avalobligo, Kreditlinie"),
    ev("holzbau", "Strategieprojekt Holzbau 2030 – Arbeitssitzung", "2026-10-06 14:00", 180, "strategy",
       "weekly working session with advisers on entering timber/modular building and the acquisition",
       org="weiss", created="2026-09-21 09:40", rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T225959Z",
       att=["advteam", "gruber", "wallner", "r_gf"],
       desc="Markt- und Wettbewerbsanalyse Holz-/Modulbau Ostösterreich\nMake-or-buy: Übernahme Zimmerei Rauch vs. Aufbau\n"
            "Zielportfolio 2030, Kapazitätsszenarien\n\n{teams_de}"),
    ev("fokus", "Fokuszeit", "2026-11-05 07:00", 120, "strategy",
       "his own thinking block: writing the Holzbau strategy paper for the advisory board",
       created="2026-10-28 18:10", rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=4",
       desc="Strategiepapier Holzbau 2030 für Beirat am 27.11. – Positionierung, Zielmärkte, Kapazitäten"),
    ev("freigaben", "Freigaben & Rechnungen", "2026-05-08 13:00", 60, "execution",
       "weekly block for approving invoices and signatures",
       created="2026-05-04 07:55", rrule="FREQ=WEEKLY;BYDAY=FR", exdate=["2026-11-13 13:00"],
       desc="Eingangsrechnungen > 50 T€ freigeben, Unterschriftenmappe"),
    ev("wochenabschl", "Wochenabschluss Claudia", "2026-02-06 16:00", 30, "execution",
       "weekly admin with his assistant: diary, post, signatures",
       created="2026-02-02 08:15", rrule="FREQ=WEEKLY;BYDAY=FR", exdate=["2026-11-13 16:00"],
       att=["assist"], desc="Termine nächste Woche, Post, Unterschriften"),
    ev("br_monat", "Monatsgespräch Betriebsrat", "2026-01-21 14:00", 90, "execution",
       "regular works-council meeting: overtime, bad-weather rules, consent to a transfer",
       created="2025-12-15 10:02", rrule="FREQ=MONTHLY;BYDAY=3WE", att=["br", "koller", "r_gf"],
       desc="Gem. § 92 ArbVG\n1. Winterbauregelung / Schlechtwetter\n2. Überstunden Oktober\n"
            "3. Zustimmung Versetzung Polier Kern (§ 101 ArbVG)\n4. Allfälliges"),
    ev("krise_lz", "Krisenbesprechung Wassereinbruch Baugrube Linzer Straße", "2026-11-17 08:15", 60, "firefighting",
       "crisis series set up at 06:50 for the same morning after groundwater flooded the pit; daily for 4 days",
       org="haas", created="1h", rrule="FREQ=DAILY;UNTIL=20261120T075959Z",
       att=["brandst", "wallner", "wolf", "sfk"],
       desc="Wassereinbruch seit 05:30, Pumpen laufen, Nachbarobjekt Nr. 14 Setzungsmessung.\n"
            "Sofortmaßnahmen, Gutachter, Versicherung, Info an Bauherr.\n\n{teams_de}",
       importance=2),
    # ---- one-offs: strategy
    ev("dd_rauch", "Gespräch Fam. Rauch – Amstetten", "2026-11-12 14:00", 150, "strategy",
       "meeting the owner of the carpentry firm he wants to acquire (M&A)",
       org="me", created="2w", att=["rauch", "weiss"], loc="Zimmerei Rauch, Amstetten",
       desc="Kennenlernen Betrieb, Nachfolge, Vorstellungen Kaufpreis (vertraulich)", cls="PRIVATE"),
    ev("fahrt1", "Fahrt Amstetten", "2026-11-12 12:30", 90, "other", "travel", created="2w", transp="OPAQUE"),
    ev("fahrt2", "Rückfahrt Wien", "2026-11-12 16:30", 90, "other", "travel", created="2w"),
    ev("klausur", "Klausur Hollerer 2030", "2026-11-13 09:00", 480, "strategy",
       "owners' and management off-site deciding direction 2030 (business lines, regions)",
       org="herbert", created="7w", att=["gruber", "wallner", "stern"], loc="Hotel Schloss Weikersdorf, Baden",
       desc="Wohin wollen wir 2030?\n- Geschäftsfelder Hochbau / Tiefbau / Holzbau\n- Regionen (Steiermark?)\n"
            "- Rolle der Familie, Governance\nAbendessen im Anschluss"),
    ev("murtal", "Intro Holzwerk Murtal", "2026-11-04 11:00", 60, "strategy",
       "exploring a modular-building partnership with a timber manufacturer",
       org="murtal", created="9d", att=["wallner"], desc="{teams_de}"),
    ev("termsheet", "Übernahme Rauch – Term Sheet", "2026-11-26 10:00", 120, "strategy",
       "acquisition terms with the M&A adviser and the owner",
       created="8d", att=["weiss", "herbert", "gruber", "r_gf"],
       desc="Kaufpreismechanik, Earn-out, Übergangsphase Hr. Rauch, nächste Schritte DD"),
    ev("beirat", "Beiratssitzung Q4", "2026-11-27 09:00", 240, "strategy",
       "advisory board meeting: decisions on timber building, acquisition, expansion",
       org="assist", created="2026-06-30 09:10", att=["stern", "herbert", "gruber", "r_gf"],
       desc="1. Strategie Holzbau / Modulbau – Entscheidung Markteintritt\n2. Akquisition Zimmerei Rauch – Grundsatzbeschluss\n"
            "3. Regionale Expansion Steiermark\n4. Jahresabschluss-Vorschau (Kurzinfo)"),
    # ---- one-offs: execution
    ev("q3", "Quartalsreporting Q3 – Zahlen", "2026-11-02 14:00", 60, "execution",
       "checking the Q3 numbers with his finance head before owner reporting",
       org="gruber", created="6d", desc=""),
    ev("statik", "Telefonat DI Wolf – Statik Trakt B", "2026-11-03 16:00", 30, "execution",
       "call with the structural engineer on a current design question", created="1d", att=["wolf"]),
    ev("bank", "Bankgespräch Kreditlinie / Avalrahmen 2027", "2026-11-04 14:00", 90, "execution",
       "renewing credit and guarantee lines with the bank", org="lindner", created="3w", att=["gruber"],
       loc="Donaubank, Am Hof 2"),
    ev("abrechnung", "Abstimmung Abrechnung Oktober", "2026-11-09 15:00", 90, "execution",
       "month-end close of site accounts", org="gruber", created="10d", att=["huber"]),
    ev("begehung_lz", "Baustellenbegehung BV Linzer Straße", "2026-11-10 10:00", 120, "execution",
       "planned site walk with the site manager", org="haas", created="2w", loc="BV Linzer Straße 112"),
    ev("sicherheit", "Arbeitssicherheit – Quartalsbegehung", "2026-11-10 13:30", 90, "execution",
       "quarterly safety inspection round (routine)", org="sfk", created="5w", att=["haas"]),
    ev("pirker", "Vergabegespräch Fassade BV Seestadt – Metallbau Pirker", "2026-11-11 13:00", 90, "execution",
       "contract award negotiation with a subcontractor", org="huber", created="9d", att=["pirker", "moser"]),
    ev("kagran", "Angebotspräsentation Wohnhausanlage Kagran", "2026-11-17 10:00", 120, "execution",
       "bid presentation to a housing association (current tender)", org="heimstatt", created="3w",
       att=["huber", "wallner"], loc="Heimstatt, Wagramer Straße"),
    ev("mkf", "Nachtragsverhandlung Klinik Floridsdorf – MKF 14-17", "2026-11-24 09:00", 150, "execution",
       "negotiating change orders with the client on a running project", org="novotny", created="12d",
       att=["wallner", "huber", "kgb"]),
    ev("arge", "Lenkungsausschuss ARGE U2xU5 Baulos 21", "2026-11-25 13:00", 120, "execution",
       "monthly steering committee of the joint venture, organised by the partner firm",
       org="arge", created="2026-01-20 12:00", att=["arge_l", "brandst"],
       desc="Kosten / Termine / Risiken BL21, Nachträge ÖBB"),
    ev("abnahme", "Übergabe Bauteil A – Abnahme mit Wohnbau Donaustadt", "2026-11-30 09:00", 180, "execution",
       "handover and acceptance walk with the client", org="fuchs", created="4w", att=["moser", "wallner"],
       loc="BV Seestadt Quartier C"),
    ev("wp_hochbau", "Wochenplanung Hochbau", "2026-03-05 11:00", 60, "execution",
       "weekly status with his head of building works (report organises, project list, no coaching)",
       org="wallner", created="2026-03-01 18:20", rrule="FREQ=WEEKLY;BYDAY=TH",
       desc="Projektliste Hochbau: Termine, Personaleinsatz, Nachunternehmer, Risiken"),
    ev("rundgang_sc", "Baustellenrundgang BV Seestadt", "2026-11-16 10:00", 120, "execution",
       "planned site walk", org="moser", created="10d", loc="BV Seestadt Quartier C"),
    ev("versich", "Telko Versicherung – Schadensmeldung Linzer Straße", "2026-11-19 15:30", 60, "firefighting",
       "insurer call on the flooding damage, still in the acute phase, booked that morning",
       org="haas", created="5h", att=["gruber"]),
    ev("beirat_vorb", "Vorbereitung Beirat", "2026-11-25 09:00", 150, "strategy",
       "finalising the strategy paper and business case for the advisory board", created="1w", att=["gruber"],
       desc="Beiratsunterlagen finalisieren: Strategiepapier Holzbau, Business Case Übernahme Rauch"),
    ev("planung27", "Planung 2027 – Spartenrunde", "2026-11-23 09:30", 180, "execution",
       "budget round by business line: revenue, margins, headcount, capex (execution planning)",
       org="gruber", created="5w", att=["wallner", "brandst", "huber", "r_gf"],
       desc="Budget 2027 je Sparte: Umsatz, DB, Personalplan, Investitionen (Geräte), Zielvorgaben je Bauleiter"),
    ev("review_sc", "Projektreview BV Seestadt – Kosten/Termine", "2026-11-09 10:00", 120, "execution",
       "monthly project cost/schedule review", org="moser", created="4w", att=["wallner", "huber"]),
    ev("fuchs_qd", "Termin Wohnbau Donaustadt – Quartier D", "2026-11-03 11:00", 90, "execution",
       "client meeting on the follow-up project (current bid)", org="fuchs", created="2w", att=["wallner"]),
    ev("nachkalk", "Nachkalkulation BV Wiener Neustadt", "2026-11-05 10:00", 90, "execution",
       "close-out cost review of a finished project", org="huber", created="2w", att=["r_gf"]),
    # ---- firefighting one-offs
    ev("eskalation_wd", "Eskalation Wohnbau Donaustadt – Mängel Bauteil A", "2026-11-12 08:00", 60, "firefighting",
       "urgent client complaint about defects threatening the handover; booked two days ahead",
       org="fuchs", created="2d", att=["moser"], desc="Dringend: Mängelliste vom 09.11., Übergabetermin gefährdet", importance=2),
    ev("ai", "Arbeitsinspektorat – Begehung BV Linzer Straße", "2026-11-18 13:00", 90, "firefighting",
       "labour inspectorate visit triggered by the flooding, set up the evening before",
       org="haas", created="17h", att=["sfk", "brandst"]),
    ev("novak", "Insolvenz Trockenbau Novak – Sofortmaßnahmen", "2026-11-24 17:30", 60, "firefighting",
       "drywall subcontractor went insolvent today; emergency call booked two hours ahead",
       org="huber", created="2h", att=["moser", "masse", "gruber"], desc="{teams_de}"),
    # ---- capability-building
    ev("vg_jov", "Vorstellungsgespräch Bauleiter Tiefbau – Hr. Jovanović", "2026-11-04 16:00", 60, "capability-building",
       "job interview for a site manager", org="koller", created="8d", att=["brandst", "jovanovic", "r_gf"]),
    ev("vg_sch", "Vorstellungsgespräch Kalkulantin – Fr. Schuster", "2026-11-18 11:00", 60, "capability-building",
       "job interview (he declined, sent his head of estimating)", org="koller", created="6d",
       att=["huber", "schuster"], own="DECLINED"),
    ev("bv", "Betriebsversammlung Herbst", "2026-11-20 14:00", 90, "capability-building",
       "all-staff meeting: culture, recognition of long-serving staff and safety award",
       created="6w", att=["alle", "br", "r_eg"],
       desc="Rückblick 2026, Ehrung Jubilare, Sicherheitspreis der Poliere, Ausblick – anschließend Buffet"),
    ev("lessons_lz", "Nachbesprechung Wassereinbruch Linzer Straße", "2026-11-26 13:30", 90, "capability-building",
       "blameless lessons-learned after the flooding (5 whys, dewatering design)",
       org="brandst", created="6d", att=["haas", "wolf", "sfk"],
       desc="Keine Schuldfrage – 5-Why-Analyse:\n- Warum hat die Grundwasserabsenkung versagt?\n- Bemessung, Überwachung, Alarmierung\n"
            "Ergebnis: Standard für künftige Baugruben"),
    ev("jg_gruber", "Jahresgespräch Sabine", "2026-11-30 15:00", 90, "capability-building",
       "annual performance and development talk with his finance head", created="3w", att=["gruber"],
       desc="Mitarbeitergespräch 2026: Ziele, Entwicklung, Weiterbildung (MBA?)"),
    # ---- other
    ev("zahnarzt", "Zahnarzt", "2026-11-09 07:30", 60, "other", "private dental appointment", cls="PRIVATE",
       created="5w"),
    ev("eltern", "Elternsprechtag", "2026-11-06 17:00", 90, "other", "personal: parents' evening", cls="PRIVATE",
       created="3w"),
    ev("mittag_wolf", "Mittagessen DI Wolf", "2026-11-19 12:00", 75, "other", "lunch", created="1w",
       att=["wolf"], loc="Gasthaus Pöschl"),
    ev("blocker", "Blockiert", "2026-11-25 16:00", 60, "other", "opaque busy block with no content", created="2d"),
    ev("leopold", "Leopoldi – schulfrei", "2026-11-16", 1, "other", "all-day note, free", transp="TRANSPARENT",
       busy="FREE", created="8w"),
    ev("frist", "Abgabefrist Angebot Volksschule Stockerau", "2026-11-23", 1, "other",
       "all-day deadline reminder, free", transp="TRANSPARENT", busy="FREE", created="4w"),
]
PERSONAS.append(dict(
    slug="bernhard-aigner", email="bernhard.aigner@hollerer-bau.example", name="Ing. Mag. Bernhard Aigner",
    role="executive", tz="vie_win", style="outlook", lang="de", lang_tag="de-AT", calname="Kalender",
    industry="construction (family-owned general contractor, Austria)",
    dir=AT_DIR, reports=["gruber", "wallner", "brandst", "koller", "huber"], manager="herbert",
    months=[("2026-11", "people under-invested")], events=AT_EVENTS))

# --------------------------------------------------------------------------- 2. France (fr)
# Nathalie Fabre, Directrice maintenance (MRO) at Garonne Aéro Maintenance, Toulouse-Blagnac
# (base maintenance of A320-family aircraft for several airlines). Reports to the DG Laurent
# Estève. November 2026 is a bad month: an AOG engine problem on a customer aircraft, a
# nose-gear crack found on fleet inspection, a level-1 finding from the authority (DSAC), a
# brake-parts shortage, a night APU change. Little time for people or direction.
FR_DIR = {
    "esteve": ("laurent.esteve@garonne-aero.example", "Laurent Estève", "p"),
    "castex": ("julien.castex@garonne-aero.example", "Julien Castex", "p"),
    "roux": ("emilie.roux@garonne-aero.example", "Émilie Roux", "p"),
    "belkacem": ("karim.belkacem@garonne-aero.example", "Karim Belkacem", "p"),
    "vidal": ("sandrine.vidal@garonne-aero.example", "Sandrine Vidal", "p"),
    "lacombe": ("pierre.lacombe@garonne-aero.example", "Pierre Lacombe", "p"),
    "rh": ("sophie.martinez@garonne-aero.example", "Sophie Martinez", "p"),
    "chloe": ("chloe.garrigues@garonne-aero.example", "Chloé Garrigues", "p"),
    "codir": ("codir@garonne-aero.example", "CODIR Garonne Aéro", "l"),
    "encadr": ("encadrement-mro@garonne-aero.example", "Encadrement MRO", "l"),
    "hangar": ("equipe-hangar-h2@garonne-aero.example", "Équipe Hangar H2", "g"),
    "bureau_tech": ("bureau-technique@garonne-aero.example", "Bureau technique", "l"),
    "r_concorde": ("c_1883k2v0e5l1cg3bn8@resource.calendar.google.com", "Blagnac-Bât A-1-Salle Concorde (12)", "res"),
    "r_caravelle": ("c_18839d0atl2ogg1bl6@resource.calendar.google.com", "Blagnac-Hangar H2-Bureau Caravelle (6)", "res"),
    "delpech": ("marc.delpech@flyarlequin.example", "Marc Delpech", "p"),
    "arlequin_ops": ("moc@flyarlequin.example", "Arlequin MOC", "l"),
    "torres": ("ana.torres@iberluz.example", "Ana Torres", "p"),
    "eng_oem": ("field.support.tls@aero-engines-intl.example", "AEI Field Support Toulouse", "p"),
    "dsac": ("jerome.baylac@dsac-sud.example", "Jérôme Baylac", "p"),
    "sarrail": ("t.sarrail@laposte.example", "Thomas Sarrail", "p"),
    "landing": ("p.azema@landing-sud.example", "Philippe Azéma", "p"),
    "transit": ("douane@transitaire-occitan.example", "Transitaire Occitan", "p"),
}
FR_EVENTS = [
    ev("prod", "Point production hangar", "2026-01-05 08:30", 45, "execution",
       "daily production stand-up run by the hangar manager", org="castex", created="2025-12-19 10:02",
       rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", exdate=["2026-11-11 08:30"], att=["hangar", "r_caravelle"],
       desc="Avions en ligne, écarts, besoins pièces, sécurité"),
    ev("codir", "CODIR", "2026-01-06 09:30", 150, "execution",
       "weekly executive committee run by the CEO", org="esteve", created="2025-12-12 16:30",
       rrule="FREQ=WEEKLY;BYDAY=TU", att=["codir", "r_concorde"],
       desc="1. Sécurité / qualité\n2. Activité et TAT par client\n3. Finances\n4. Points RH"),
    ev("hebdo_le", "Point hebdo Laurent / Nathalie", "2026-02-05 17:00", 45, "execution",
       "weekly status with her own manager, he organises it", org="esteve", created="2026-01-29 09:14",
       rrule="FREQ=WEEKLY;BYDAY=TH", desc="Mes points : TAT, KPI qualité, AOG en cours, budget MRO\n\n{meet_fr}"),
    ev("slots", "Revue planning slots hangar", "2026-01-12 14:00", 90, "execution",
       "weekly hangar slot planning review", org="belkacem", created="2026-01-05 11:47",
       rrule="FREQ=WEEKLY;BYDAY=MO", att=["castex", "vidal", "bureau_tech", "r_concorde"]),
    ev("revtech", "Revue technique hebdo – dossiers de travaux", "2026-01-08 14:00", 90, "execution",
       "weekly review of work packages", org="belkacem", created="2026-01-05 11:50",
       rrule="FREQ=WEEKLY;BYDAY=TH", att=["bureau_tech", "lacombe"], desc=""),
    ev("oo_roux", "1:1 Émilie / Nathalie", "2026-09-04 11:00", 45, "capability-building",
       "coaching 1:1 with her new quality manager", created="2026-08-27 08:40",
       rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", att=["roux"],
       desc="Ta prise de poste RQ, ton plan de développement, comment tu veux piloter l'équipe qualité"),
    ev("oo_lacombe", "Pierre – 1:1 mensuel", "2026-01-15 10:00", 60, "capability-building",
       "monthly coaching 1:1 with the engine shop head", created="2026-01-09 09:12",
       rrule="FREQ=MONTHLY;BYDAY=3TH", att=["lacombe"], desc="Toi, ton équipe, tes priorités de développement"),
    ev("kpi_arl", "Revue KPI client Arlequin", "2026-02-10 14:00", 90, "execution",
       "monthly performance review with an airline customer", org="delpech", created="2026-01-26 10:00",
       rrule="FREQ=MONTHLY;BYDAY=2TU", att=["castex"], desc="TAT, reports, findings, facturation\n\n{meet_fr}"),
    ev("iberluz", "Seguimiento check C EC-NRJ / Suivi check C", "2026-10-07 10:00", 60, "execution",
       "weekly progress call with a Spanish airline customer (organiser in Madrid)", org="torres", tz="mad",
       created="2026-09-30 08:05", rrule="FREQ=WEEKLY;BYDAY=WE;UNTIL=20261217T000000Z", att=["belkacem"],
       exdate=["2026-11-11 10:00"], desc="Avance del check C, hallazgos, piezas / avancement, constats, pièces"),
    ev("pt_qualite", "Point qualité hebdo", "2026-09-02 11:00", 60, "execution",
       "weekly quality status with her quality manager (report organises, KPI and findings list)",
       org="roux", created="2026-08-28 15:20", rrule="FREQ=WEEKLY;BYDAY=WE", exdate=["2026-11-11 11:00"],
       desc="Constats ouverts, CAPA, KPI qualité, audits à venir"),
    ev("tour", "Tour hangar", "2026-03-06 15:00", 60, "execution",
       "her weekly walk of the hangar floor", created="2026-03-02 07:30", rrule="FREQ=WEEKLY;BYDAY=FR", desc=""),
    ev("encadr_mens", "Réunion encadrement MRO", "2026-01-05 10:00", 120, "execution",
       "monthly managers' meeting she runs: CODIR news, workload, safety", created="2025-12-20 10:10",
       rrule="FREQ=MONTHLY;BYDAY=1MO", att=["encadr", "r_concorde"],
       desc="Infos CODIR, plan de charge, sécurité, divers"),
    ev("aog_client", "Point direction Arlequin – AOG F-HLQA", "2026-11-04 15:00", 60, "firefighting",
       "urgent call with the customer's management about the grounded aircraft, booked 3 hours ahead",
       org="delpech", created="3h", att=["esteve"], desc="{meet_fr}"),
    # crisis: AOG engine
    ev("aog_cell", "Cellule de crise AOG F-HLQA – moteur n°2", "2026-11-03 07:00", 60, "firefighting",
       "crisis cell set up at 06:10 for 07:00 after an engine finding grounded a customer aircraft; 5 days",
       created="50m", rrule="FREQ=DAILY;COUNT=5", att=["castex", "lacombe", "vidal", "eng_oem", "arlequin_ops"],
       importance=2, desc="AOG F-HLQA (A320, Arlequin) – endoscopie HPT n°2 hors limites.\n"
            "Options : dépose moteur / moteur de location, délais, communication client.\n\n{meet_fr}"),
    ev("aog_soir", "Point du soir AOG F-HLQA", "2026-11-03 18:00", 60, "firefighting",
       "evening point of the same crisis", org="belkacem", created="3h", rrule="FREQ=DAILY;COUNT=4",
       att=["castex", "lacombe"], desc="{meet_fr}"),
    ev("train_crise", "Réunion de crise – fissure train avant", "2026-11-12 13:00", 120, "firefighting",
       "crack found on a nose gear during fleet inspection; called 90 minutes ahead",
       org="roux", created="90m", att=["castex", "belkacem", "delpech", "r_concorde"]),
    ev("train_suivi", "Point flotte train AV", "2026-11-13 09:15", 45, "firefighting",
       "daily follow-up of the nose-gear inspections across the fleet, set up the same morning",
       org="belkacem", created="2h", rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=5", att=["castex", "roux", "delpech"]),
    ev("freins", "Huddle pénurie pièces – freins A320", "2026-11-16 13:30", 20, "firefighting",
       "daily huddle on a brake-parts shortage blocking releases, created 2h before the first one",
       org="vidal", created="2h", rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=8", att=["castex", "belkacem"],
       desc="Stock freins P/N 2-1577, prêts inter-compagnies, avions bloqués"),
    ev("dsac", "Constat DSAC niveau 1 – plan d'action immédiat", "2026-11-18 14:00", 150, "firefighting",
       "authority raised a level-1 finding during an audit: immediate action meeting, booked 3h ahead",
       org="roux", created="3h", att=["castex", "belkacem", "esteve", "r_concorde"], importance=2,
       desc="Écart niveau 1 : outillage non étalonné utilisé sur check C. Mesures conservatoires sous 24 h."),
    ev("dsac_suivi", "Point quotidien constat DSAC", "2026-11-19 17:30", 60, "firefighting",
       "daily crisis follow-up of the level-1 finding", org="roux", created="4h",
       rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=5", att=["castex", "belkacem"], desc="{meet_fr}"),
    ev("apu", "AOG F-HLQB – remplacement APU (nuit)", "2026-11-20 21:30", 90, "firefighting",
       "night call on a second AOG, created an hour before", org="castex", created="1h", att=["arlequin_ops"]),
    ev("escalade", "Escalade Iberluz – retard check C EC-NRJ", "2026-11-24 10:00", 60, "firefighting",
       "customer escalation about a late heavy check; urgent though booked two days ahead",
       org="torres", created="2d", att=["belkacem", "esteve"], desc="Escalation: EC-NRJ lleva 9 días de retraso.\n\n{meet_fr}"),
    ev("douane", "Appel urgent – pièce bloquée en douane", "2026-11-26 07:15", 30, "firefighting",
       "urgent early call, created 40 minutes before", org="vidal", created="40m", att=["transit"]),
    # planned counter-example
    ev("warroom", "War room lancement check C F-HLQC", "2026-11-23 08:00", 30, "execution",
       "planned daily kick-off point for the first week of a scheduled heavy check; booked 10 days ahead",
       org="castex", created="10d", rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=5", att=["hangar", "belkacem"],
       desc="Planifié : lancement du check C F-HLQC, point quotidien la première semaine (entrée, dépose, constats)"),
    ev("audit_int", "Audit interne Part-145 – réunion de clôture", "2026-11-06 11:00", 90, "execution",
       "closing meeting of a scheduled internal audit", org="roux", created="4w", att=["castex", "r_concorde"]),
    ev("budget", "Comité budget 2027 – MRO", "2026-11-26 14:00", 120, "execution",
       "annual budget round for her department", org="esteve", created="6w", att=["vidal", "belkacem"]),
    ev("fourn", "Revue fournisseurs rechanges", "2026-11-09 10:00", 60, "execution",
       "supplier performance review", org="vidal", created="3w", desc=""),
    # capability
    ev("entretien_b1", "Entretien – candidat technicien B1 (M. Sarrail)", "2026-11-10 16:00", 60, "capability-building",
       "job interview for a licensed technician", org="rh", created="1w", att=["castex", "sarrail", "r_caravelle"]),
    ev("ea_castex", "Entretien annuel – Julien", "2026-11-27 10:00", 90, "capability-building",
       "annual review with her hangar manager", created="5w", att=["castex"]),
    ev("rex", "REX AOG F-HLQA", "2026-11-27 14:00", 90, "capability-building",
       "blameless lessons-learned on the AOG (5 pourquoi, what to change in the process)",
       org="belkacem", created="1w", att=["castex", "lacombe", "vidal", "r_concorde"],
       desc="Retour d'expérience sans recherche de coupable.\nChronologie, 5 pourquoi, causes racines, actions (stock moteurs, astreinte)."),
    ev("fh", "Formation Facteurs Humains – recyclage", "2026-11-17 08:30", 210, "capability-building",
       "recurrent human-factors training she attends with her managers", org="rh", created="8w", att=["encadr"],
       loc="Centre de formation, Bât C"),
    ev("mentorat", "Mentorat Chloé", "2026-11-05 12:30", 60, "capability-building",
       "mentoring an engineer from another department", org="chloe", created="3w",
       desc="Programme mentorat femmes ingénieures – séance 4"),
    # strategy
    ev("seminaire", "Séminaire stratégie 2027-2030", "2026-11-30 09:00", 210, "strategy",
       "direction seminar: which new capabilities (LEAP-1A, A220) and markets to go for",
       org="esteve", created="7w", att=["codir"], loc="Domaine de Montjoie",
       desc="Où jouer d'ici 2030 : capacités moteurs LEAP-1A, A220, nouveaux clients low-cost ; investissements hangar 3"),
    ev("reflexion", "Réflexion", "2026-11-10 09:00", 120, "strategy",
       "her own thinking block on the hangar-3 business case", created="6d",
       desc="Note business case hangar 3 (gros porteurs ?) pour le séminaire"),
    ev("landing", "Intro Landing Sud", "2026-11-25 11:00", 60, "strategy",
       "exploring a partnership for landing-gear overhaul", org="landing", created="2w", desc="{meet_fr}"),
    # other
    ev("armistice", "Armistice 1918 (férié)", "2026-11-11", 1, "other", "public holiday", transp="TRANSPARENT",
       created="2026-01-02 09:00"),
    ev("dej", "Déjeuner Marc Delpech", "2026-11-10 12:15", 75, "other", "lunch", created="6d",
       att=["delpech"], loc="Le Bibent"),
    ev("urgences", "Urgences Purpan – contrôle poignet", "2026-11-25 16:30", 90, "other",
       "personal: follow-up at the hospital emergency department for her wrist", created="1w",
       loc="CHU Purpan, Urgences"),
    ev("kine", "Kiné", "2026-11-19 12:30", 45, "other", "personal physiotherapy", cls="PRIVATE",
       created="3w", rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=4"),
    ev("busy", "Occupé", "2026-11-16 16:00", 60, "other", "opaque busy block", created="1d"),
]
PERSONAS.append(dict(
    slug="nathalie-fabre", email="nathalie.fabre@garonne-aero.example", name="Nathalie Fabre",
    role="senior-leader", tz="par", style="google", lang="fr", lang_tag="fr-FR",
    industry="aircraft maintenance (MRO, base maintenance)",
    dir=FR_DIR, reports=["castex", "roux", "belkacem", "vidal", "lacombe"], manager="esteve",
    months=[("2026-11", "firefighting overload")], events=FR_EVENTS))

# --------------------------------------------------------------------------- 3. Spain (es)
# Beatriz Olmedo Sanz, Directora de Proyectos at Helíade Renovables (solar PV and storage
# developer, Madrid). Five project managers report to her; she reports to the COO Fernando
# Aguirre. Three plants under construction. November 2026: modules stuck in customs, a failed
# transformer at the Almaraz II substation during energisation tests. Apple Calendar export
# of her Exchange account.
ES_DIR = {
    "aguirre": ("fernando.aguirre@heliade.example", "Fernando Aguirre", "p"),
    "rios": ("alvaro.rios@heliade.example", "Álvaro Ríos", "p"),
    "cabello": ("nuria.cabello@heliade.example", "Nuria Cabello", "p"),
    "prieto": ("ivan.prieto@heliade.example", "Iván Prieto", "p"),
    "gallardo": ("rocio.gallardo@heliade.example", "Rocío Gallardo", "p"),
    "ledesma": ("javier.ledesma@heliade.example", "Javier Ledesma", "p"),
    "marcos": ("marcos.vela@heliade.example", "Marcos Vela", "p"),
    "rrhh": ("paula.esteban@heliade.example", "Paula Esteban", "p"),
    "cgestion": ("elena.navas@heliade.example", "Elena Navas", "p"),
    "jefes": ("jefes-proyecto@heliade.example", "Jefes de Proyecto", "l"),
    "comite": ("comite-direccion@heliade.example", "Comité de Dirección", "g"),
    "prl": ("prl@heliade.example", "Prevención Riesgos Laborales", "l"),
    "r_tajo": ("sala.tajo@heliade.example", "Sala Tajo (P2) (10)", "rr"),
    "r_ebro": ("sala.ebro@heliade.example", "Sala Ebro (P3) (6)", "r"),
    "epc1": ("j.corral@montajes-tajo.example", "Jesús Corral (Montajes Tajo)", "p"),
    "epc1_l": ("obra.almaraz2@montajes-tajo.example", "Obra PSFV Almaraz II", "l"),
    "epc2": ("m.vidal@solelec-ingenieria.example", "Mercedes Vidal", "p"),
    "trafo": ("service.es@transformadores-norte.example", "Transformadores del Norte – Servicio", "p"),
    "aduana": ("operaciones@logistica-estrecho.example", "Logística del Estrecho", "p"),
    "ta": ("r.keller@gridwise-advisory.example", "Ruth Keller", "p"),
    "ppa": ("compras.energia@quimicas-levante.example", "Químicas de Levante – Compras Energía", "p"),
    "ree": ("acceso.conexion@red-electrica-demo.example", "Acceso y Conexión", "p"),
    "mendez": ("laura.mendez.ing@gmail.example", "Laura Méndez", "p"),
    "soto": ("d.soto@outlook.example", "Daniel Soto", "p"),
}
ES_EVENTS = [
    ev("comite", "Comité de Dirección", "2026-01-12 09:30", 120, "execution",
       "weekly management committee run by the COO (status of the business)", org="aguirre",
       created="2025-12-22 10:05", rrule="FREQ=WEEKLY;BYDAY=MO", exdate=["2026-11-09 09:30"], att=["comite", "r_tajo"],
       desc="1. Seguridad\n2. Cartera en construcción\n3. Desarrollo y tramitación\n4. Finanzas"),
    ev("cartera", "Seguimiento semanal cartera de proyectos", "2026-01-12 12:00", 120, "execution",
       "weekly status of all projects with her project managers", created="2026-01-07 08:30",
       rrule="FREQ=WEEKLY;BYDAY=MO", exdate=["2026-11-09 12:00"], att=["jefes", "ledesma", "r_tajo"],
       desc="Hitos, desviaciones de plazo y coste, riesgos top-5 por proyecto"),
    ev("obra_alm", "Reunión de obra PSFV Almaraz II", "2026-04-07 10:00", 150, "execution",
       "weekly construction meeting with the EPC contractor", org="epc1", created="2026-03-25 12:40",
       rrule="FREQ=WEEKLY;BYDAY=TU", att=["epc1_l", "rios"], desc="Acta semanal, avance hincado / montaje / eléctrico\n\n{teams_es}"),
    ev("epc_torr", "Seguimiento EPC – Torrijos Solar", "2026-05-07 10:00", 90, "execution",
       "weekly EPC progress meeting", org="epc2", created="2026-04-30 09:10", rrule="FREQ=WEEKLY;BYDAY=TH",
       att=["cabello"], desc="{teams_es}"),
    ev("despacho", "Despacho semanal con Fernando", "2026-02-06 09:00", 60, "execution",
       "weekly status with her own manager; he organises it", org="aguirre", created="2026-02-01 19:30",
       rrule="FREQ=WEEKLY;BYDAY=FR", desc="Mis puntos: hitos COD, desviaciones coste, financiación, riesgos"),
    ev("riesgos", "Comité de riesgos de proyectos", "2026-01-14 16:00", 90, "execution",
       "biweekly project risk committee", created="2026-01-08 11:00", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
       att=["jefes", "cgestion", "r_ebro"]),
    ev("tramit", "Tramitación – seguimiento permisos", "2026-01-14 09:00", 60, "execution",
       "weekly permitting status, organised by her permitting lead", org="gallardo", created="2026-01-09 13:15",
       rrule="FREQ=WEEKLY;BYDAY=WE", desc="AAP / AAC / DIA por proyecto, alegaciones, plazos"),
    ev("bess", "Coordinación ingeniería – BESS Valdecaballeros", "2026-06-04 16:00", 90, "execution",
       "weekly engineering coordination of a storage project", org="prieto", created="2026-05-28 10:00",
       rrule="FREQ=WEEKLY;BYDAY=TH", att=["jefes", "r_ebro"]),
    ev("cgest", "Seguimiento financiero proyectos", "2026-03-03 16:00", 90, "execution",
       "biweekly cost control with the controller", org="cgestion", created="2026-02-24 09:30",
       rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", att=["ledesma"]),
    ev("oo_ivan", "1:1 Iván", "2026-03-10 13:00", 60, "capability-building",
       "monthly coaching 1:1 with a project manager", created="2026-03-02 18:00", rrule="FREQ=MONTHLY;BYDAY=2TU",
       att=["prieto"], desc="Cómo estás, tu desarrollo, qué necesitas de mí"),
    ev("oo_nuria", "1:1 Nuria", "2026-03-19 13:00", 60, "capability-building",
       "monthly coaching 1:1 with a project manager", created="2026-03-02 18:05", rrule="FREQ=MONTHLY;BYDAY=3TH",
       att=["cabello"], desc=""),
    ev("oo_alvaro", "1:1 Álvaro", "2026-03-04 13:00", 60, "capability-building",
       "monthly coaching 1:1 (November one cancelled for the site visit week)", created="2026-03-02 18:10",
       rrule="FREQ=MONTHLY;BYDAY=1WE", att=["rios"],
       ovs=[ov("2026-11-04 13:00", status="CANCELLED", summary="Cancelado: 1:1 Álvaro")]),
    # firefighting
    ev("aduana1", "URGENTE: módulos retenidos en aduana Algeciras", "2026-11-04 17:00", 60, "firefighting",
       "modules held at customs, threatening the Torrijos schedule; call created 2 hours ahead",
       org="cabello", created="2h", att=["aduana", "epc2"], importance=2, desc="{teams_es}"),
    ev("aduana_seg", "Seguimiento módulos Algeciras", "2026-11-05 18:00", 30, "firefighting",
       "short daily follow-up of the customs problem, bounded to a few days",
       org="cabello", created="20h", rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=4", att=["aduana"]),
    ev("incendio", "Incendio parcela colindante – Torrijos", "2026-11-16 19:30", 60, "firefighting",
       "evening emergency call about a fire next to the site, created 30 minutes before",
       org="cabello", created="30m", att=["epc2", "prl"]),
    ev("accidente", "Accidente leve en obra Almaraz – reunión urgente PRL", "2026-11-18 13:00", 60, "firefighting",
       "urgent safety meeting after a minor site accident, booked an hour ahead", org="rios", created="1h",
       att=["prl", "epc1"]),
    ev("escal_ppa", "Escalado cliente PPA – retraso COD Torrijos", "2026-11-20 12:00", 60, "firefighting",
       "escalation by the power buyer about the delayed commercial operation date; booked two days ahead",
       org="ppa", created="2d", att=["cabello", "aguirre"], desc="{teams_es}"),
    ev("crisis_set", "Gabinete de crisis – fallo transformador SET Almaraz II", "2026-11-24 08:30", 60, "firefighting",
       "crisis series created an hour before the first one after the transformer tripped in energisation; 4 days",
       org="rios", created="1h", rrule="FREQ=DAILY;COUNT=4", att=["epc1", "trafo", "aguirre", "prieto"],
       importance=2, desc="Disparo del transformador 400/30 kV en pruebas. Diagnóstico, repuesto, impacto COD, comunicación a REE.\n\n{teams_es}"),
    ev("trafo", "Llamada fabricante transformador", "2026-11-24 17:00", 60, "firefighting",
       "urgent call with the transformer maker, created 45 minutes ahead", org="rios", created="45m", att=["trafo"]),
    # execution one-offs
    ev("cierre", "Cierre mensual de proyectos – desviaciones", "2026-11-05 10:00", 120, "execution",
       "monthly close of project costs", org="ledesma", created="3w", att=["cgestion", "r_ebro"]),
    ev("ave1", "Coche Madrid → Almaraz", "2026-11-12 07:00", 150, "other", "travel", created="2w"),
    ev("visita", "Visita de obra PSFV Almaraz II", "2026-11-12 10:00", 240, "execution",
       "planned site visit", created="2w", att=["rios", "epc1"], loc="PSFV Almaraz II, Cáceres"),
    ev("ave2", "Vuelta a Madrid", "2026-11-12 15:00", 150, "other", "travel", created="2w"),
    ev("dd_bancos", "Due diligence técnica – asesor técnico bancos (Torrijos)", "2026-11-17 10:00", 180, "execution",
       "lenders' technical adviser review for the financial close of a running project", org="ta", created="3w",
       att=["cabello", "ledesma"], desc="{teams_es}"),
    ev("ree", "REE – acceso y conexión nudo Almaraz 400 kV", "2026-11-19 12:00", 60, "execution",
       "grid operator call on connection milestones", org="gallardo", created="1w", att=["ree"]),
    ev("adenda", "Revisión adenda contrato EPC Almaraz", "2026-11-13 09:30", 120, "execution",
       "contract amendment review", created="6d", att=["rios", "ledesma", "r_tajo"]),
    ev("consejo", "Preparación reporting consejo", "2026-11-26 16:00", 120, "execution",
       "monthly board reporting pack", org="aguirre", created="2w", att=["cgestion"]),
    ev("plan_estr", "Planificación estratégica 2027", "2026-11-30 10:00", 180, "execution",
       "titled strategic, but the agenda is owners, deadlines and KPIs per project (execution planning)",
       created="3w", att=["jefes", "ledesma", "gallardo", "r_tajo"],
       desc="Agenda:\n- Calendario de hitos COD 2027 por proyecto\n- Responsables y plazos\n- KPIs de seguimiento (avance, coste, HSE)\n- Recursos por obra"),
    ev("ofertas_set", "Revisión ofertas subcontratas – SET Torrijos", "2026-11-03 16:00", 120, "execution",
       "comparing subcontractor bids for a substation", created="1w", att=["cabello", "ledesma", "r_ebro"]),
    ev("visita_prl", "Visita de seguridad obra Torrijos", "2026-11-20 08:30", 150, "execution",
       "planned safety walk on site", org="prl", created="4w", att=["cabello"], loc="PSFV Torrijos Solar"),
    ev("lluvias", "Reunión urgente – inundación viales Torrijos", "2026-11-26 08:00", 60, "firefighting",
       "site roads flooded overnight; call set up an hour before", org="cabello", created="1h", att=["epc2"]),
    ev("control_ppa", "Reunión mensual cliente PPA", "2026-11-11 11:00", 90, "execution",
       "monthly meeting with the power buyer on the current contract", org="ppa", created="5w", att=["cabello"],
       desc="{teams_es}"),
    ev("cartera_rev", "Revisión presupuesto 2027 – proyectos", "2026-11-23 10:00", 150, "execution",
       "2027 project budgets", org="cgestion", created="4w", att=["ledesma", "jefes"]),
    # strategy
    ev("inversion", "Comité de inversiones – pipeline 2027", "2026-11-25 16:00", 120, "strategy",
       "investment committee choosing which new projects and technologies (hybrid storage) to pursue",
       org="aguirre", created="5w", att=["comite"],
       desc="Priorización pipeline 2027-2029: hibridación con almacenamiento, entrada en Portugal, descartes"),
    ev("almac", "Sesión de trabajo", "2026-11-13 12:00", 120, "strategy",
       "working session on the storage strategy paper with the storage lead", created="8d", att=["prieto"],
       desc="Estrategia almacenamiento: modelo de negocio BESS stand-alone vs hibridación, mercados de capacidad"),
    # capability
    ev("onb_marcos", "Bienvenida Marcos", "2026-11-02 16:00", 60, "capability-building",
       "onboarding a new project manager who joins her team", created="2w", att=["marcos"],
       desc="Onboarding: presentación del equipo, forma de trabajar, primeros 90 días"),
    ev("ll_naval", "Lecciones aprendidas PSFV Navalmoral", "2026-11-06 12:00", 90, "capability-building",
       "lessons-learned session after a plant reached COD (root causes, what to change)",
       org="ledesma", created="3w", att=["jefes", "r_ebro"],
       desc="Sin buscar culpables: qué funcionó, qué no, causas raíz de los 6 meses de retraso, cambios en el proceso"),
    ev("entrevista1", "Entrevista – Jefa de obra eléctrica (Laura Méndez)", "2026-11-10 09:00", 60, "capability-building",
       "job interview", org="rrhh", created="1w", att=["mendez", "rios"], desc="{teams_es}"),
    ev("entrevista2", "Entrevista – Ingeniero de permisos (Daniel Soto)", "2026-11-19 09:00", 60, "capability-building",
       "job interview (she declined; her permitting lead runs it)", org="rrhh", created="1w",
       att=["soto", "gallardo"], own="DECLINED"),
    # other
    ev("almudena", "Festivo – La Almudena", "2026-11-09", 1, "other", "Madrid public holiday", transp="TRANSPARENT",
       created="2026-01-02 09:00"),
    ev("comida", "Comida", "2026-11-18 14:30", 60, "other", "lunch", created="1d"),
    ev("medico", "Médico", "2026-11-27 08:00", 60, "other", "private doctor appointment", cls="PRIVATE", created="2w"),
    ev("colegio", "Tutoría colegio", "2026-11-23 17:30", 60, "other", "parent-teacher meeting", cls="PRIVATE", created="1w"),
]
PERSONAS.append(dict(
    slug="beatriz-olmedo", email="beatriz.olmedo@heliade.example", name="Beatriz Olmedo Sanz",
    role="senior-leader", tz="mad", style="apple", lang="es", lang_tag="es-ES", calname="Calendario",
    industry="renewable energy (solar PV and storage developer)",
    dir=ES_DIR, reports=["rios", "cabello", "prieto", "gallardo", "ledesma"], manager="aguirre",
    months=[("2026-11", "stuck in execution")], events=ES_EVENTS))

# --------------------------------------------------------------------------- 4. USA (en)
# Dr. Rachel Adler-Huang, CEO of Veridian Therapeutics (45-person biotech, Boston). Five
# direct reports; she answers to the board (no manager in config). November 2026: she spends
# most of her time on the 3-year portfolio strategy, a partnership with Nordvik Pharma
# (Copenhagen) and the Q4 board; operations are left to her team. Google Workspace export.
US_DIR = {
    "amara": ("amara.nwosu@veridiantx.example", "Amara Nwosu", "p"),
    "tom": ("tom.reilly@veridiantx.example", "Tom Reilly", "p"),
    "sofia": ("sofia.lindqvist@veridiantx.example", "Sofia Lindqvist", "p"),
    "jenna": ("jenna.park@veridiantx.example", "Jenna Park", "p"),
    "marcus": ("marcus.feld@veridiantx.example", "Marcus Feld", "p"),
    "ea": ("brooke.tan@veridiantx.example", "Brooke Tan", "p"),
    "exec": ("exec-team@veridiantx.example", "Exec Team", "g"),
    "all": ("all@veridiantx.example", "Veridian All", "l"),
    "r_charles": ("c_1888q1v2rr7h8jg6ijo@resource.calendar.google.com", "HQ-3-Charles (14)", "res"),
    "r_fenway": ("c_1887rbd8k4o8ij04l8@resource.calendar.google.com", "HQ-3-Fenway (4)", "res"),
    "dahl": ("henrik.dahl@nordvikpharma.example", "Henrik Dahl", "p"),
    "nordvik_bd": ("bd-veridian@nordvikpharma.example", "Nordvik BD – Veridian", "l"),
    "marsh": ("ellen.marsh@northbridge-vc.example", "Ellen Marsh", "p"),
    "board": ("board@veridiantx.example", "Veridian Board", "l"),
    "hanul": ("jiwoo.kim@hanulbio.example", "Ji-woo Kim", "p"),
    "rhein": ("s.brunner@rheinpharm-cro.example", "Stefan Brunner", "p"),
    "helix": ("a.gupta@helixcap.example", "Anil Gupta", "p"),
    "osei": ("kofi.osei@protonmail.example", "Kofi Osei", "p"),
    "coach": ("maria@northstar-coaching.example", "Maria Alvarez", "p"),
    "mentee": ("dana.fitz@massbio-mentors.example", "Dana Fitzgerald", "p"),
    "bcg": ("l.ortiz@crestline-partners.example", "Laura Ortiz", "p"),
}
US_EVENTS = [
    ev("execwk", "Exec team weekly", "2026-01-05 10:00", 90, "execution",
       "weekly operating meeting she chairs: dashboard, hiring, cash, timelines", created="2025-12-18 15:02",
       rrule="FREQ=WEEKLY;BYDAY=MO", att=["exec", "amara", "tom", "sofia", "jenna", "marcus", "r_charles"],
       desc="Ops dashboard, hiring, cash, IND timeline\n\n{meet_en}"),
    ev("oo_amara", "Rachel / Amara", "2026-01-06 16:00", 45, "capability-building",
       "weekly 1:1 with her CSO (she organises; development and team)", created="2025-12-30 11:00",
       rrule="FREQ=WEEKLY;BYDAY=TU", att=["amara"], desc=""),
    ev("oo_sofia", "Rachel / Sofia 1:1", "2026-01-08 09:00", 45, "capability-building",
       "weekly coaching 1:1 with her VP clinical development", created="2025-12-30 11:05",
       rrule="FREQ=WEEKLY;BYDAY=TH", exdate=["2026-11-26 09:00"], att=["sofia"]),
    ev("oo_tom", "1:1 Tom", "2026-01-09 11:00", 45, "capability-building", "biweekly 1:1 with her CFO",
       created="2025-12-30 11:10", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", exdate=["2026-11-27 11:00"], att=["tom"]),
    ev("oo_jenna", "1:1 Jenna", "2026-01-07 11:00", 45, "capability-building", "biweekly 1:1 with her head of people",
       created="2025-12-30 11:12", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["jenna"]),
    ev("oo_marcus", "1:1 Marcus", "2026-01-14 11:00", 45, "capability-building", "biweekly 1:1 with her VP CMC",
       created="2025-12-30 11:14", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["marcus"]),
    ev("sprint", "Strategy sprint: 2027–2029 portfolio", "2026-10-07 13:00", 180, "strategy",
       "weekly working session deciding which programmes and indications to pursue and partner",
       created="2026-09-28 10:30", rrule="FREQ=WEEKLY;BYDAY=WE;UNTIL=20261210T000000Z",
       att=["amara", "sofia", "tom", "bcg", "r_charles"],
       desc="Which indications go to Phase 2; partner vs. go-it-alone; platform bets; 3-year capital plan"),
    ev("deep", "Deep work", "2026-10-06 08:00", 120, "strategy",
       "her own blocks writing the board strategy memo", created="2026-10-01 21:40",
       rrule="FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20261205T000000Z", exdate=["2026-11-27 08:00"],
       desc="Board strategy memo: 3-year plan, BD options, what we stop doing"),
    ev("nordvik", "Nordvik / Veridian – partnership working session", "2026-10-08 16:00", 60, "strategy",
       "weekly negotiation of a co-development partnership; organiser in Copenhagen",
       org="dahl", tz="cph", created="2026-09-30 12:00", rrule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20261218T000000Z",
       att=["nordvik_bd", "tom", "amara"], desc="Term sheet: territories, milestones, co-development governance\n\n{meet_en}",
       ovs=[ov("2026-11-26 16:00", own="DECLINED")]),
    ev("rhein", "Phase 1 study status – Rheinpharm", "2026-10-14 15:00", 45, "execution",
       "biweekly CRO status call on the running trial; organiser in Zurich", org="rhein", tz="zrh",
       created="2026-10-05 08:00", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", att=["sofia"], desc="{zoom}"),
    ev("board", "Board meeting – Q4", "2026-11-18 09:00", 300, "strategy",
       "board session on the 3-year plan, the partnership decision and financing timing", org="ea", created="2026-05-12 14:00",
       att=["board", "marsh", "tom", "r_charles"],
       desc="09:00 Strategy session: 3-year plan\n11:00 Nordvik partnership – decision\n12:30 Series B timing\n13:30 Exec session"),
    ev("offsite", "Exec offsite", "2026-11-12 09:00", 480, "strategy",
       "leadership offsite deciding R&D priorities and where to play", created="6w",
       att=["exec", "amara", "tom", "sofia", "jenna", "marcus"], loc="Wequassett Resort, Harwich MA",
       desc="Day 1: R&D strategy – which two programmes we bet on; platform vs. asset; competitive landscape"),
    ev("offsite2", "Exec offsite (day 2, morning)", "2026-11-13 09:00", 240, "strategy",
       "second morning of the same offsite", created="6w",
       att=["exec", "amara", "tom", "sofia", "jenna", "marcus"], loc="Wequassett Resort, Harwich MA",
       desc="Partnering strategy; capital plan 2027-2029"),
    ev("hanul_lt", "Hanul – long-term capacity agreement", "2026-11-17 19:30", 60, "strategy",
       "evening call with a Korean manufacturer (morning in Seoul) on a long-term supply partnership",
       org="hanul", tz="sel", created="10d", att=["marcus"], desc="{zoom}"),
    ev("ci", "CI deep-dive: competitor readouts", "2026-11-10 14:00", 90, "strategy",
       "competitive landscape review", created="1w", att=["amara", "sofia", "r_fenway"]),
    ev("seriesb", "Financing strategy", "2026-11-05 17:00", 60, "strategy",
       "how much to raise, when and from whom, with CFO and lead board member", created="5d", att=["tom", "marsh"]),
    # execution
    ev("hanul_tt", "Hanul – tech transfer status", "2026-11-10 19:00", 60, "execution",
       "evening status call on the running tech transfer (09:00 next day in Seoul)", org="hanul", tz="sel",
       created="2w", att=["marcus"], desc="{zoom}"),
    ev("helix", "Helix Capital – data room follow-ups", "2026-11-05 15:00", 60, "execution",
       "investor diligence Q&A on the running round", org="helix", created="4d", att=["tom"], desc="{zoom}"),
    ev("budget", "Budget 2027 review", "2026-11-19 14:00", 120, "execution",
       "annual budget review", org="tom", created="3w", att=["r_fenway"]),
    ev("ind", "IND timeline review", "2026-11-23 13:00", 90, "execution",
       "programme timeline review", org="sofia", created="1w", att=["marcus", "amara"]),
    # capability
    ev("allhands", "All hands – November", "2026-11-05 16:00", 60, "capability-building",
       "all-hands on culture and values, welcoming new hires", org="jenna", created="4w", att=["all", "r_charles"],
       desc="Values refresh, welcome new hires, open Q&A\n\n{meet_en}"),
    ev("int1", "Interview: VP Regulatory – Kofi Osei", "2026-11-09 14:00", 60, "capability-building",
       "hiring interview", org="jenna", created="6d", att=["osei", "r_fenway"]),
    ev("int2", "VP Regulatory – final round (Kofi Osei)", "2026-11-20 10:00", 90, "capability-building",
       "hiring interview, final round", org="jenna", created="5d", att=["osei", "amara"]),
    ev("coach", "Coaching – Maria", "2026-11-03 07:30", 60, "capability-building",
       "her own executive coaching session", created="4w", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3",
       att=["coach"], desc="{zoom}"),
    ev("mentor", "Mentoring Dana", "2026-11-16 17:30", 45, "capability-building",
       "mentoring a founder through an industry programme", org="mentee", created="2w"),
    ev("workshop", "Leadership workshop: feedback", "2026-11-24 13:00", 180, "capability-building",
       "facilitated workshop for her leadership team", org="jenna", created="5w", att=["exec", "r_charles"]),
    # firefighting
    ev("oos", "URGENT: stability OOS lot 24-017", "2026-11-19 07:30", 45, "firefighting",
       "out-of-specification result at the manufacturer, call created an hour before", org="marcus", created="1h",
       att=["amara"], desc="{meet_en}"),
    ev("sae", "SAE follow-up – site 104", "2026-11-23 20:00", 60, "firefighting",
       "evening call on a serious adverse event, booked two hours before", org="sofia", created="2h",
       att=["amara", "rhein"]),
    # other
    ev("thanks", "Thanksgiving – OOO", "2026-11-26", 2, "other", "out of office", created="6w"),
    ev("flight", "Drive to Harwich", "2026-11-12 07:00", 120, "other", "travel", created="6w"),
    ev("lunch", "Lunch w/ Ellen", "2026-11-04 12:00", 75, "other", "lunch", created="1w", att=["marsh"]),
    ev("kids", "School pickup", "2026-11-02 15:00", 45, "other", "personal", cls="PRIVATE",
       created="2026-09-01 12:00", rrule="FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261220T000000Z"),
    ev("dentist", "Dentist", "2026-11-30 08:00", 60, "other", "personal", cls="PRIVATE", created="4w"),
]
PERSONAS.append(dict(
    slug="rachel-adler-huang", email="rachel@veridiantx.example", name="Rachel Adler-Huang",
    role="executive", tz="bos", style="google", lang="en", lang_tag="en-US",
    industry="biotech start-up (clinical-stage therapeutics)",
    dir=US_DIR, reports=["amara", "tom", "sofia", "jenna", "marcus"], manager=None,
    months=[("2026-11", "over-planning")], events=US_EVENTS))

# --------------------------------------------------------------------------- 5. UK (en)
# Daniel Okafor, Head of Engineering of a public-sector digital service (benefit claims and
# payments) in Manchester; reports to the Deputy Director / Service Owner Helen Ashworth;
# five engineering leads report to him. October 2026: shared parental leave from 5 to 30
# October (one keeping-in-touch day). November 2026: a balanced month (strategy paper, lots
# of 1:1s and hiring, delivery, one major incident). Outlook (Microsoft 365) export.
UK_DIR = {
    "helen": ("helen.ashworth@benefits-digital.example", "Helen Ashworth", "p"),
    "tom": ("tom.brennan@benefits-digital.example", "Tom Brennan", "p"),
    "aisha": ("aisha.rahman@benefits-digital.example", "Aisha Rahman", "p"),
    "gareth": ("gareth.hughes@benefits-digital.example", "Gareth Hughes", "p"),
    "sinead": ("sinead.kelly@benefits-digital.example", "Sinéad Kelly", "p"),
    "kwame": ("kwame.mensah@benefits-digital.example", "Kwame Mensah", "p"),
    "pmo": ("portfolio.office@benefits-digital.example", "Portfolio Office", "p"),
    "fbp": ("ruth.lees@benefits-digital.example", "Ruth Lees", "p"),
    "product": ("olivia.grant@benefits-digital.example", "Olivia Grant", "p"),
    "jade": ("jade.simmons@benefits-digital.example", "Jade Simmons", "p"),
    "leads": ("eng-leads@benefits-digital.example", "Engineering Leads", "g"),
    "alleng": ("all-engineering@benefits-digital.example", "All Engineering", "l"),
    "svc": ("service-leadership@benefits-digital.example", "Service Leadership Team", "l"),
    "claims": ("claims-team@benefits-digital.example", "Universal Claims Team", "l"),
    "cab": ("change-advisory@benefits-digital.example", "Change Advisory Board", "l"),
    "r_412": ("confrm412@benefits-digital.example", "Conf Rm 4.12 (8)", "rr"),
    "r_irwell": ("irwell.room@benefits-digital.example", "MAN-Piccadilly-3-Irwell (20)", "r"),
    "cloudfold": ("account.team@cloudfold.example", "Cloudfold Account Team", "p"),
    "assessor": ("service.assessments@standards-office.example", "Service Assessments", "p"),
    "cand1": ("p.nwachukwu@mail.example", "Precious Nwachukwu", "p"),
    "cand2": ("l.bradshaw@mail.example", "Liam Bradshaw", "p"),
    "cand3": ("y.chen@mail.example", "Yan Chen", "p"),
}
UK_EVENTS = [
    ev("leads_wk", "Engineering leadership weekly", "2026-01-05 10:00", 60, "execution",
       "weekly delivery and staffing sync he runs with his leads", created="2025-12-15 09:30",
       rrule="FREQ=WEEKLY;BYDAY=MO", att=["leads", "r_412"], desc="Delivery RAG per team, staffing, risks, asks\n\n{teams_en}"),
    ev("ops_rev", "Delivery & ops review", "2026-01-07 14:00", 60, "execution",
       "weekly service delivery review run by his manager", org="helen", created="2025-12-16 10:00",
       rrule="FREQ=WEEKLY;BYDAY=WE", att=["svc"], desc="{teams_en}"),
    ev("helen_11", "Helen / Daniel", "2026-01-08 09:00", 30, "execution",
       "weekly 1:1 his manager organises, status agenda", org="helen", created="2025-12-16 10:05",
       rrule="FREQ=WEEKLY;BYDAY=TH", desc="My updates: delivery RAG, spend vs plan, risks, asks"),
    ev("oo_sinead", "1:1 Sinéad", "2026-01-06 15:00", 45, "capability-building",
       "weekly coaching 1:1 with his platform lead", created="2025-12-15 09:40", rrule="FREQ=WEEKLY;BYDAY=TU",
       att=["sinead"], desc="Your growth, your team, what's getting in your way"),
    ev("oo_tom", "1:1 Tom", "2026-01-05 14:00", 60, "capability-building", "biweekly coaching 1:1 with a lead",
       created="2025-12-15 09:41", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", att=["tom"]),
    ev("oo_aisha", "1:1 Aisha", "2026-01-12 14:00", 60, "capability-building", "biweekly coaching 1:1 with a lead",
       created="2025-12-15 09:42", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", att=["aisha"]),
    ev("oo_gareth", "Gareth / Daniel catch-up", "2026-01-09 11:00", 60, "capability-building",
       "biweekly 1:1 with his principal engineer about his career move to staff level", created="2025-12-15 09:43",
       rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", att=["gareth"], desc="Career: path to Staff Engineer, feedback"),
    ev("oo_kwame", "1:1 Kwame", "2026-01-15 11:00", 60, "capability-building", "biweekly coaching 1:1 with a lead",
       created="2025-12-15 09:44", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", att=["kwame"]),
    ev("arb", "Architecture review board", "2026-01-13 14:00", 90, "execution",
       "biweekly design review of current work", org="gareth", created="2026-01-05 12:00",
       rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", att=["leads", "r_irwell"]),
    ev("sprint_rev", "Sprint review – Universal Claims", "2026-01-15 15:00", 60, "execution",
       "biweekly sprint review", org="tom", created="2026-01-06 09:00", rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
       att=["claims"], desc="{teams_en}"),
    ev("live_ops", "Live service review", "2026-01-06 11:00", 60, "execution",
       "weekly live-service and SLO review run by his platform lead", org="sinead", created="2026-01-02 08:00",
       rrule="FREQ=WEEKLY;BYDAY=TU", att=["leads"]),
    ev("cab", "Change Advisory Board", "2026-01-08 11:00", 45, "execution", "weekly change approvals",
       org="sinead", created="2026-01-02 08:05", rrule="FREQ=WEEKLY;BYDAY=TH", att=["cab"]),
    ev("nursery", "Nursery pick-up", "2026-11-02 17:15", 45, "other", "personal", cls="PRIVATE",
       created="2026-10-29 20:00", rrule="FREQ=WEEKLY;BYDAY=MO,WE,FR"),
    # ---------------- October: shared parental leave 5-30 Oct (series handled by 'leave' below)
    ev("spl", "Shared parental leave", "2026-10-05", 26, "other", "out of office (parental leave)",
       busy="OOF", created="2026-07-20 10:00"),
    ev("handover", "Handover to Sinéad – leave cover", "2026-10-02 13:00", 90, "execution",
       "handing over open decisions and delivery items before leave", created="2w", att=["sinead", "r_412"]),
    ev("kit1", "KIT day – Q1 planning input", "2026-10-21 10:00", 120, "execution",
       "keeping-in-touch day: input to quarterly delivery planning", org="helen", created="1w", att=["leads"]),
    ev("kit2", "KIT day – catch-up with Helen", "2026-10-21 13:00", 30, "execution",
       "keeping-in-touch day: update from his manager", org="helen", created="1w"),
    ev("kit_lunch", "Lunch with the team (KIT day)", "2026-10-21 12:00", 60, "other", "lunch", created="1w"),
    # ---------------- November
    ev("strat_wg", "Engineering strategy 2027–2030 – working group", "2026-11-06 10:00", 150, "strategy",
       "weekly group he leads deciding the engineering direction: legacy exit, platform, build vs buy",
       created="2026-11-02 10:20", rrule="FREQ=WEEKLY;BYDAY=FR;COUNT=4", att=["gareth", "sinead", "product"],
       desc="Where do we invest: mainframe decommission sequence, common platform, build vs buy for identity"),
    ev("think", "Thinking time", "2026-11-03 08:30", 90, "strategy",
       "his own block drafting the engineering strategy paper", created="2026-11-02 11:00",
       rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=4", desc="Draft engineering strategy paper for SLT"),
    ev("spending", "Spending review – digital investment case", "2026-11-19 13:00", 180, "strategy",
       "multi-year investment case for the next spending review", org="helen", created="3w", att=["fbp", "r_irwell"],
       desc="3-year investment case: which services to rebuild, retire or buy"),
    ev("cloud", "Cloud strategy – options with Cloudfold", "2026-11-11 15:30", 60, "strategy",
       "future hosting strategy options", created="2w", att=["cloudfold", "sinead"], desc="{teams_en}"),
    ev("inc_bridge", "INC-4471 major incident bridge", "2026-11-10 06:45", 105, "firefighting",
       "payments file rejected by the bank; bridge opened 30 minutes before", org="sinead", created="30m",
       att=["aisha", "leads"], importance=2, desc="P1 – payment file rejected, claimants not paid. Bridge.\n\n{teams_en}"),
    ev("inc_huddle", "INC-4471 huddle", "2026-11-10 12:00", 30, "firefighting",
       "bounded incident huddle series created 2 hours before the first", org="aisha", created="2h",
       rrule="FREQ=DAILY;COUNT=2", att=["sinead"]),
    ev("pir", "INC-4471 review", "2026-11-17 14:00", 90, "capability-building",
       "post-incident review: blameless, 5 whys, contributing factors", org="sinead", created="6d",
       att=["aisha", "leads", "r_irwell"],
       desc="Blameless post-incident review. Timeline, contributing factors, 5 whys, actions to stop recurrence."),
    ev("assess", "Service assessment – beta (Universal Claims)", "2026-11-24 09:30", 210, "execution",
       "formal assessment of the service against the standard", org="assessor", created="5w", att=["tom", "product"],
       loc="London, Room 2.14"),
    ev("train1", "Train MAN → EUS", "2026-11-24 06:30", 130, "other", "travel", created="3w"),
    ev("train2", "Train EUS → MAN", "2026-11-24 15:30", 130, "other", "travel", created="3w"),
    ev("portfolio", "Portfolio board", "2026-11-16 10:00", 120, "execution", "monthly portfolio board",
       org="pmo", created="2026-01-10 12:00", att=["svc"]),
    ev("fin", "Budget & headcount – Ruth", "2026-11-12 13:00", 60, "execution", "monthly finance check",
       org="fbp", created="3w"),
    ev("cutover", "Hold - cutover", "2026-11-21 20:00", 180, "execution",
       "planned weekend release cutover of the claims service, booked weeks ahead", org="tom", created="4w",
       att=["claims"], desc="Planned go-live of Claims v4 – runbook in Confluence"),
    ev("q1plan", "Q1 delivery planning", "2026-11-30 09:30", 210, "execution",
       "quarterly delivery planning: dates, owners, dependencies", org="product", created="3w", att=["leads", "r_irwell"]),
    ev("cop", "Engineering community of practice", "2026-11-26 15:00", 90, "capability-building",
       "knowledge-sharing session for all engineers", created="4w", att=["alleng", "r_irwell"],
       desc="Talks: contract testing; our on-call handbook"),
    ev("int1", "Interview – Senior Engineer (panel)", "2026-11-04 10:00", 60, "capability-building", "hiring panel",
       org="kwame", created="1w", att=["cand1"]),
    ev("int2", "Interview – Senior Engineer (panel)", "2026-11-13 14:00", 60, "capability-building", "hiring panel",
       org="kwame", created="1w", att=["cand2"]),
    ev("int3", "Interview – Senior Engineer (panel)", "2026-11-18 10:00", 60, "capability-building", "hiring panel",
       org="kwame", created="1w", att=["cand3"]),
    ev("mentor", "Catch-up", "2026-11-05 16:00", 45, "capability-building",
       "mentoring a Fast Stream trainee outside his team", org="jade", created="2w",
       desc="Mentoring session – Fast Stream placement"),
    ev("orgdesign", "Hiring plan 2027 / team shapes", "2026-11-25 10:00", 120, "capability-building",
       "org design and hiring plan for next year", created="2w", att=["leads"]),
    ev("awayday", "Away day – engineering leads", "2026-11-20 09:30", 390, "capability-building",
       "leads' away day on team health, career framework and a year retro", created="5w", att=["leads"],
       loc="Federation House, Manchester",
       desc="Morning: team health check, career framework\nAfternoon: year retrospective, how we work together"),
    ev("roadmap", "Roadmap prioritisation", "2026-11-06 14:00", 60, "execution",
       "weekly prioritisation of the delivery backlog with product", org="product", created="2026-11-01 18:00",
       rrule="FREQ=WEEKLY;BYDAY=FR;COUNT=4", att=["leads"], desc="{teams_en}"),
    ev("ithc", "ITHC findings – remediation plan", "2026-11-09 11:00", 60, "execution",
       "security health-check findings and fixes", org="sinead", created="1w", att=["kwame"]),
    ev("supplier", "Cloudfold – monthly service review", "2026-11-12 15:00", 60, "execution",
       "supplier service review on the current contract", org="cloudfold", created="2026-03-01 10:00",
       att=["sinead"], desc="{teams_en}"),
    ev("radar", "Tech direction review", "2026-11-25 14:00", 120, "strategy",
       "reviewing the technology direction with the chief architect's office", org="gareth", created="3w",
       desc="Tech radar 2027: adopt / trial / retire; what we standardise across services"),
    ev("ldp", "Leadership development programme – module 3", "2026-11-16 13:30", 180, "capability-building",
       "his own leadership training (cohort programme)", org="helen", created="8w", loc="Online"),
    ev("onb_lead", "Welcome – new delivery lead", "2026-11-02 15:00", 60, "capability-building",
       "onboarding a new lead into his team", created="1w", att=["kwame"]),
    ev("lunch", "Lunch", "2026-11-18 12:30", 45, "other", "lunch", created="1d"),
    ev("hold", "Hold", "2026-11-27 14:00", 60, "other", "free hold", transp="TRANSPARENT", created="3d"),
    ev("dentist", "Dentist", "2026-11-09 08:00", 45, "other", "personal", cls="PRIVATE", created="5w"),
]
PERSONAS.append(dict(
    slug="daniel-okafor", email="daniel.okafor@benefits-digital.example", name="Daniel Okafor",
    role="senior-leader", tz="lon_win", style="outlook", lang="en", lang_tag="en-GB",
    industry="public sector (government digital service)",
    dir=UK_DIR, reports=["tom", "aisha", "gareth", "sinead", "kwame"], manager="helen",
    leave=[("2026-10-05", "2026-10-30")],
    months=[("2026-10", "not enough data"), ("2026-11", "fits")], events=UK_EVENTS))


AUTHORED = """Hand-written by an LLM helper session (Claude) acting as an independent label author for the
'dev3' set, from a brief that gave only the category meanings, the counting rules and the role
targets of DESIGN.md, the README sections "Configuration", "A roster of people (CSV)" and "What
counts, and why", the format of the calendars README and of dev/set.toml and dev/timeaudit.toml
(format only), and a third-party corpus of real .ics exports (used only to imitate exporter styles:
Exchange/Outlook with Windows zone names and X-MICROSOFT-CDO-* properties, Google Calendar with UTC
one-offs and resource rooms, Apple Calendar). The author invented five personas and their worlds
(an Austrian builder's managing director in German, a Toulouse aircraft-maintenance director in
French, a Madrid solar developer's head of projects in Spanish, a Boston biotech CEO with partners
in Copenhagen, Zurich and Seoul, and a Manchester public-sector head of engineering with a month
of parental leave) and wrote every event and series by hand in make_set.py, each with its true
category and a short note next to its definition; the script writes the .ics, .labels.csv,
timeaudit.toml and set.toml from those specifications (randomness only for creation minutes,
ids, meeting ids and other invitees' answers, seeded) and has a check step that expands every
series with recurring_ical_events and fails on any unlabelled timed occurrence in a listed month.
Labels are the truth of the story (what the meeting is for), not what the title suggests. The
expected verdicts come from the author's own hour totals per category (make_set.py summary:
declined, cancelled, transparent/free and all-day events excluded, overlaps split equally)
against the default role targets with tolerance 5. The author did NOT see: anything under
src/timeaudit/classify/, classifiers/, evaluation/ (other than this folder and the format files
named above), src/timeaudit/samples/, tools/, benchmarks/, tests/, the README section "How events
are tagged", or the sets test, dev (beyond the format of its two config files), dev2 and demo;
and ran no timeaudit command that classifies (audit, events, review, evaluate, coach, cohort,
bundle). No output of the tool was seen while writing or labelling."""


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "all"
    if cmd in ("write", "all"):
        write_all()
    if cmd in ("check", "all"):
        ok = check()
        if not ok:
            sys.exit(1)
    if cmd in ("summary", "all"):
        summary()
