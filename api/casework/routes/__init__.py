"""Routes: parse, call the use case, shape the answer."""
