"""Generate timeaudit's bundled demo calendars (three fictional leaders of Northwind
Robotics), ``demo.toml`` and the true labels: ``python -m tools.make_samples`` from the
repository root (see :mod:`tools.make_samples.__main__`)."""
