"""Run risky code in a child Python under resource limits, so a failure cannot take the machine down.

``run_limited(setup, risky, memory_mb=…, cpu_seconds=…)`` runs ``setup`` freely (imports,
building an index), then caps the child's address space at what it has mapped plus
``memory_mb`` and its CPU time at what it has used plus ``cpu_seconds``, and runs
``risky``: unbounded memory ends in ``MemoryError``, unbounded work in ``SIGXCPU``. The
limits measure work, not the wall clock, so a busy machine cannot fail the test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.support.paths import ROOT

_CHILD = """
import resource, sys

def _mapped_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize")

{setup}

_used = resource.getrusage(resource.RUSAGE_SELF)
_cpu = int(_used.ru_utime + _used.ru_stime) + 1 + {cpu_seconds}
resource.setrlimit(resource.RLIMIT_CPU, (_cpu, _cpu))
_memory = _mapped_bytes() + {memory_mb} * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (_memory, _memory))

{risky}
print("finished within the limits")
"""


def run_limited(setup: str, risky: str, *, memory_mb: int, cpu_seconds: int) -> subprocess.CompletedProcess[str]:
    """The child's result; ``stdout`` ends with "finished within the limits" when ``risky`` did."""
    code = _CHILD.format(
        setup=textwrap.dedent(setup), risky=textwrap.dedent(risky), memory_mb=memory_mb, cpu_seconds=cpu_seconds
    )
    # One thread per numeric library and few malloc arenas: each thread's would reserve address
    # space that counts against the risky code's allowance.
    env = {
        **os.environ,
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MALLOC_ARENA_MAX": "2",
    }
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False
    )


def finished(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode == 0 and result.stdout.rstrip().endswith("finished within the limits")
