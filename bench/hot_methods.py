"""Summarises where a Java Flight Recording's CPU samples went. Each sample is charged to the first part of the
service, walking down from the top of its stack, whose code it is running (a HashMap lookup inside jOOQ counts for
jOOQ), so the shares add up to 100%. Then the hottest methods on top of the stack. Reads the recording with the JDK's
own `jfr` tool.

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


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
