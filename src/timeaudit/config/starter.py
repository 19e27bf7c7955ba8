"""The commented starter config ``timeaudit init`` writes."""

from __future__ import annotations

#: The starter's example person: a config that still holds them has not been filled in.
STARTER_EMAIL = "you@example.com"

STARTER_CONFIG = """\
# timeaudit configuration. Every key is explained in the README ("Configuration").
# Times are percent of counted work hours; firefighting is a ceiling.

[settings]
tolerance = 5                          # points either side of a target that still count as "fits"
internal_domains = ["example.com"]     # attendees from these domains are not external
work_start = 8                         # your working hours, local time
work_end = 18
# min_work_hours = 20                  # fewer counted work hours in a month: "not enough data"
# rules = ["my-rules.toml"]            # your own rule packs, applied before the shipped one
# ca_bundle = "company-ca.pem"         # CAs to trust for Google and Microsoft behind a TLS proxy

# Role profiles: the three defaults (executive, senior-leader, manager) exist already.
# Override one, or add your own (all four targets, adding up to 100):
# [roles.founder]
# strategy = 35
# capability-building = 25
# execution = 30
# firefighting = 10
# one_on_ones_per_month = 2            # 1:1s a month with each direct report (the default)
# one_on_one_amber_weeks = 3           # amber after this many weeks without one
# one_on_one_red_weeks = 5             # red after this many

# Your own reflective questions (README, "Question bank"): yours come first, then the
# built-in ones; replace = true asks only yours for that key.
# [questions]
# files = ["coach-questions.toml"]     # a coach's own bank file, same shape as the built-in one
# [questions.verdict]
# stuck-in-execution = ["Which meeting did you leave this month, and did anyone notice?"]

[[people]]
email = "you@example.com"
name = "Your Name"
role = "executive"                     # executive | senior-leader | manager | a role above
tz = "Europe/London"                   # IANA zone: months and weeks are cut in it
sources = ["my-calendar"]
reports = []                           # direct reports' emails: the report's 1:1 table
# targets = { strategy = 35 }          # your own targets, overriding the role's

[sources.my-calendar]
kind = "ics"
path = "calendar.ics"                  # a file or a folder of .ics files, relative to this file
"""
