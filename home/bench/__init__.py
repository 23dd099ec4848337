"""`make bench`: the load generator and report used by the run_benchmarks command."""
