"""Fake servers for the calendar APIs, run on 127.0.0.1 by the tests that need them."""
