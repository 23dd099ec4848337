"""Where `make bench` runs the server and the load generator: on different CPUs when there are two.

A load generator that shares the server's CPU takes time from it, and takes more of it the faster the
server answers, so the cheapest targets (the static file, cached pages) are held back most and every
"vs static" ratio is squeezed towards 1. Peers are compared with the server on one core and the load on
another; with `taskset` and at least two CPUs this does the same, and the report says which it did.
"""

import os
import shutil
from dataclasses import dataclass


@dataclass(frozen=True)
class Pinning:
    server_cpus: tuple = ()
    load_cpus: tuple = ()
    reason: str = ""

    @property
    def pinned(self):
        return bool(self.server_cpus)

    def server_command(self, command):
        """The server's command, started on its own CPUs (its workers are forked, so they stay there)."""
        if not self.pinned:
            return command
        return [shutil.which("taskset") or "taskset", "-c", cpu_list(self.server_cpus), *command]

    def pin_load_generator(self):
        """Move this process (the load generator) to the other CPUs."""
        if self.pinned:
            os.sched_setaffinity(0, self.load_cpus)

    def description(self):
        if not self.pinned:
            return f"The load generator runs on the same machine and shares its CPUs ({self.reason})."
        return (
            f"The server is pinned to CPU {cpu_list(self.server_cpus)} (`taskset`) and the load generator to CPU "
            f"{cpu_list(self.load_cpus)}, so neither takes the other's time."
        )


def plan(available=None, taskset=None):
    """Half the CPUs this process may use for the server (the lower ones), the rest for the load."""
    cpus = sorted(os.sched_getaffinity(0) if available is None else available)
    taskset = shutil.which("taskset") if taskset is None else taskset
    if len(cpus) < 2:
        return Pinning(reason=f"only {len(cpus)} CPU")
    if not taskset:
        return Pinning(reason="`taskset` is not installed: Debian's util-linux")
    half = len(cpus) // 2
    return Pinning(server_cpus=tuple(cpus[:half]), load_cpus=tuple(cpus[half:]))


def cpu_list(cpus):
    return ",".join(str(cpu) for cpu in cpus)
