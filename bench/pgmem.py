#!/usr/bin/env python3
"""Samples the memory of one PostgreSQL cluster's processes (the postmaster and its children) until stopped.

Usage: pgmem.py POSTMASTER_PID OUT_FILE [interval seconds]
       pgmem.py --cpu POSTMASTER_PID   prints the cluster's CPU seconds so far (user + system): the postmaster's own and
                                       its ended children's (cutime, cstime) and every live child's; the difference of
                                       two readings is the CPU the cluster used between them
Every interval it reads /proc/<pid>/status of the postmaster and each child and keeps the maxima seen so far:
  private  the sum of RssAnon over all the cluster's processes (memory of its own that each backend allocated:
           sort and hash memory, caches, the COPY and query buffers), at the sample where that sum was highest;
  backend  the largest RssAnon of a single process;
  shared   the largest RssShmem of a single process: the shared buffers (and other shared memory) it touched, which
           all processes share, so it is counted once and not added to the private memory.
It rewrites OUT_FILE after each sample as "private_kb backend_kb shared_kb processes", so the last line is the result
when it is killed.
"""
import os
import sys
import time


def fields(pid):
    values = {}
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                name, _, rest = line.partition(":")
                if name in ("RssAnon", "RssShmem", "PPid"):
                    values[name] = int(rest.split()[0])
    except OSError:
        return None
    return values


def children(postmaster):
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != postmaster:
            values = fields(entry)
            if values and values.get("PPid") == postmaster:
                pids.append(int(entry))
    return pids


def ticks(pid, ended):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            parts = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    # after the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
    own = int(parts[11]) + int(parts[12])
    return own + (int(parts[13]) + int(parts[14]) if ended else 0)


def cpu(postmaster):
    total = ticks(postmaster, True) + sum(ticks(pid, False) for pid in children(postmaster))
    print(f"{total / os.sysconf('SC_CLK_TCK'):.2f}")


def main():
    if sys.argv[1] == "--cpu":
        cpu(int(sys.argv[2]))
        return
    postmaster = int(sys.argv[1])
    out = sys.argv[2]
    interval = float(sys.argv[3]) if len(sys.argv) > 3 else 0.5
    private = backend = shared = processes = 0
    while True:
        pids = [postmaster] + children(postmaster)
        total = 0
        for pid in pids:
            values = fields(pid)
            if not values:
                continue
            total += values.get("RssAnon", 0)
            backend = max(backend, values.get("RssAnon", 0))
            shared = max(shared, values.get("RssShmem", 0))
        if total > private:
            private = total
        processes = max(processes, len(pids))
        with open(out + ".tmp", "w") as result:
            result.write(f"{private} {backend} {shared} {processes}\n")
        os.replace(out + ".tmp", out)
        time.sleep(interval)


if __name__ == "__main__":
    main()
