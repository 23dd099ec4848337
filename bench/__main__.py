"""`python -m bench [--duration N] [--concurrency N] [--workers N] [--keep] [--no-lighthouse]`."""

import os
import sys


def main():
    # The runner itself reads only the project's paths from the settings; the site it measures runs
    # in its own processes with production settings (bench/run.py).
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from bench.run import Command

    Command().run_from_argv([sys.argv[0], "bench", *sys.argv[1:]])


if __name__ == "__main__":
    main()
