"""The service standards of Træningscenter Ishøj-Vallensbæk as pure Python.

No I/O, no clock, no framework: today's date is always a parameter.
"""
