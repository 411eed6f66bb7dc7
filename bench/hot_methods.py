"""Summarises where a Java Flight Recording's CPU samples went: the hottest methods (the frame on top of the stack)
and, for each part of the stack the service is built from, the share of samples that passed through it. Reads the
recording with the JDK's own `jfr` tool.

Usage: hot_methods.py RECORDING.jfr [TOP]
"""

import re
import subprocess
import sys
from collections import Counter

# Checked in order: a sample counts once for every part its stack passes through.
PARTS = [
    ("access log", "io.fundregistry.adapter.http.AccessLog"),
    ("logging (Logback, SLF4J)", "ch.qos.logback"),
    ("JSON (Jackson)", "com.fasterxml.jackson"),
    ("CSV (Commons CSV)", "org.apache.commons.csv"),
    ("jOOQ", "org.jooq"),
    ("JDBC driver (pgjdbc)", "org.postgresql"),
    ("connection pool (HikariCP)", "com.zaxxer.hikari"),
    ("domain (values, checks)", "io.fundregistry.domain"),
    ("HTTP adapter", "io.fundregistry.adapter.http"),
    ("store adapter", "io.fundregistry.adapter.postgres"),
    ("Javalin", "io.javalin"),
    ("Jetty", "org.eclipse.jetty"),
]

FRAME = re.compile(r"^\s+([\w$.<>]+)\(")


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


def main(recording, top):
    tops = Counter()
    parts = Counter()
    total = 0
    for stack in samples(recording):
        if not stack:
            continue
        total += 1
        tops[stack[0]] += 1
        for name, prefix in PARTS:
            if any(frame.startswith(prefix) for frame in stack):
                parts[name] += 1

    print(f"{total} CPU samples")
    print()
    print("share of samples passing through each part (a sample may pass through several):")
    for name, _ in PARTS:
        print(f"  {parts[name] / max(total, 1):6.1%}  {name}")
    print()
    print(f"hottest {top} methods (on top of the stack):")
    for method, count in tops.most_common(top):
        print(f"  {count / max(total, 1):6.1%}  {method}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
