"""`make bench` (`python -m bench`): serves a throwaway copy of the demo site with gunicorn and
production settings, loads it over HTTP, and writes docs/benchmarks.md. Not an installed app: it
reaches the site only through HTTP and manage.py."""
