"""Benchmarks, run as modules: `python -m bench.run`, `python -m bench.letters` (see
docs/benchmarks.md)."""
