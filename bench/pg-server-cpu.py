#!/usr/bin/env python3
"""CPU seconds (user + system) a PostgreSQL cluster has used so far: the postmaster, its live children and the
children it has reaped. Read before and after a run, the difference is the server's share of the work, which
the client's own CPU time leaves out. Usage: bench/pg-server-cpu.py DATADIR (Linux /proc only)."""
import os
import sys

ticks = os.sysconf("SC_CLK_TCK")
with open(os.path.join(sys.argv[1], "postmaster.pid")) as f:
    postmaster = int(f.readline())


def times(pid):
    with open(f"/proc/{pid}/stat") as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[1]), [int(x) for x in fields[11:15]]  # parent; utime, stime, cutime, cstime


total = 0
for entry in os.listdir("/proc"):
    if not entry.isdigit():
        continue
    try:
        parent, t = times(int(entry))
    except (OSError, ValueError):
        continue  # gone meanwhile
    if int(entry) == postmaster:
        total += sum(t)  # its own time and its reaped backends'
    elif parent == postmaster:
        total += t[0] + t[1]
print(f"{total / ticks:.2f}")
