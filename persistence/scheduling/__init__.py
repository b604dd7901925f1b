"""Scheduling's tables and repositories: rooms, working hours, absences, home helpers and
appointments. The names other capabilities use."""
