"""Benchmarks for large archives: a synthetic archive, the measurements and the report (`make bench`)."""
