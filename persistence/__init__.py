"""PostgreSQL: tables, repositories and the unit of work. Owns every SQL statement."""
