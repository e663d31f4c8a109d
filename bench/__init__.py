"""The load benchmark (``make bench``, ``make bench-smoke``); see ``docs/performance.md``."""
