"""Casework's use cases: one function per thing staff do with a case.

Each takes a unit of work (`api.unit_of_work.UnitOfWork`) and the parsed input, loads the
facts, asks the domain, saves, writes the access log and returns what the route shapes.
"""
