"""Authentication, authorisation and request hardening at the edge."""
