"""Scheduling's routes: staff time, rooms, home helpers and appointments."""
