"""The commands as functions: the CLI parses options and calls exactly one of them; tests
and other front ends can call them the same way. :mod:`~timeaudit.app.session` holds what
every command starts from and the light commands; :mod:`~timeaudit.app.runs` the commands
that run the audit.
"""
