"""Benchmarks, run as modules: `python -m bench.worklist` (see docs/benchmarks.md)."""
