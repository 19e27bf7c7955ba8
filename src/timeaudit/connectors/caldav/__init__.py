"""The CalDAV connector: calendars on iCloud, Fastmail, Nextcloud or any RFC 4791 server.

Settings and the password are :mod:`.options`, the requests :mod:`.dav`, what a sync leaves
for the next :mod:`.cursor`, and the sync itself :mod:`.connector`. Each calendar object is
read into events by :mod:`timeaudit.connectors.kit.ical`, as the ICS connector reads a file.
"""
