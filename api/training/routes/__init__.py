"""Training's routes: the course and its records."""
