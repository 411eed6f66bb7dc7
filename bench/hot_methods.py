"""Summarises a Java Flight Recording: where the CPU samples went, the hottest methods, and where request threads
waited. Each CPU sample is charged to the first part of the service, walking down from the top of its stack, whose
code it is running (a HashMap lookup inside jOOQ counts for jOOQ), so the shares add up to 100%. Waits are the
recording's parks and monitor waits on the server's request threads, grouped by the first frame outside the JDK.
Reads the recording with the JDK's own `jfr` tool.

Usage: hot_methods.py RECORDING.jfr [TOP]
"""

import re
import subprocess
import sys
from collections import Counter

PARTS = [
    ("access log", ("io.fundregistry.adapter.http.AccessLog",)),
    ("logging (Logback, SLF4J)", ("ch.qos.logback", "org.slf4j")),
    ("JSON writing and reading (Jackson)", ("com.fasterxml.jackson",)),
    ("CSV writing (Commons CSV)", ("org.apache.commons.csv",)),
    ("jOOQ (SQL rendering, binding, record mapping)", ("org.jooq",)),
    ("JDBC driver (pgjdbc)", ("org.postgresql",)),
    ("connection pool (HikariCP)", ("com.zaxxer.hikari",)),
    ("domain values and checks", ("io.fundregistry.domain.model", "io.fundregistry.domain.port")),
    ("domain service", ("io.fundregistry.domain.service",)),
    ("HTTP adapter", ("io.fundregistry.adapter.http",)),
    ("store adapter", ("io.fundregistry.adapter.postgres",)),
    ("Javalin", ("io.javalin", "kotlin.")),
    ("Jetty", ("org.eclipse.jetty",)),
    ("baseline handler", ("io.fundregistry.bench",)),
]

FRAME = re.compile(r"^\s+([\w$.<>]+)\(")
REQUEST_THREAD = re.compile(r'eventThread = "(JettyServerThreadPool|qtp)')
IDLE = ("QueuedThreadPool$Runner.idleJobPoll", "ReservedThreadExecutor$ReservedThread.waitForTask")
DURATION = re.compile(r"duration = ([\d.]+) (ms|s)")


def samples(recording):
    text = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", recording],
        check=True, capture_output=True, text=True).stdout
    stack = None
    for line in text.splitlines():
        if line.strip() == "stackTrace = [":
            stack = []
        elif stack is not None and line.strip() == "]":
            yield stack
            stack = None
        elif stack is not None:
            match = FRAME.match(line)
            if match:
                stack.append(match.group(1))


def waits(recording):
    """(place, milliseconds) for every park or monitor wait of a request thread that the recording kept."""
    text = subprocess.run(
        ["jfr", "print", "--events", "jdk.ThreadPark,jdk.JavaMonitorEnter", "--stack-depth", "40", recording],
        check=True, capture_output=True, text=True).stdout
    for event in text.split("\n}\n"):
        duration = DURATION.search(event)
        if not duration or not REQUEST_THREAD.search(event):
            continue
        frames = [match.group(1) for match in map(FRAME.match, event.splitlines()) if match]
        # A pool thread with no request to serve is idle, not waiting.
        if any(frame.endswith(IDLE) for frame in frames):
            continue
        place = next((frame for frame in frames if not frame.startswith(("java.", "jdk.", "sun."))), "JDK")
        yield place, float(duration.group(1)) * (1000 if duration.group(2) == "s" else 1)


def part_of(stack):
    for frame in stack:
        for name, prefixes in PARTS:
            if frame.startswith(prefixes):
                return name
    return "JDK and other"


def main(recording, top):
    tops = Counter()
    parts = Counter()
    total = 0
    for stack in samples(recording):
        if not stack:
            continue
        total += 1
        tops[stack[0]] += 1
        parts[part_of(stack)] += 1

    print(f"{total} CPU samples of Java threads")
    print()
    print("charged to the innermost part of the service on the stack:")
    for name, count in parts.most_common():
        print(f"  {count / total:6.1%}  {name}")
    print()
    print(f"hottest {top} methods (on top of the stack):")
    for method, count in tops.most_common(top):
        print(f"  {count / total:6.1%}  {method}")

    waited = Counter()
    times = Counter()
    longest = {}
    for place, millis in waits(recording):
        waited[place] += millis
        times[place] += 1
        longest[place] = max(longest.get(place, 0), millis)
    print()
    print("where request threads waited (parks and monitor waits the recording kept, longest first in total):")
    for place, millis in waited.most_common(8):
        print(f"  {millis / 1000:8.1f} s in {times[place]:6d} waits, longest {longest[place]:7.1f} ms  {place}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
