"""Turns the measurements of one bench/run into its table: the median of each scenario's rounds, the limit it is
held against, the ratio to that limit and the target. Prints the table, writes it as CSV (with the commit, JDK and
machine in '#' header lines) and as a Markdown table next to the CSV for docs/performance.md.

Usage: report.py MEASUREMENTS.tsv OUTPUT.csv
"""

import csv
import statistics
import sys
from collections import defaultdict

COLUMNS = ["scenario", "throughput", "unit", "p50_ms", "p99_ms", "limit", "limit_value", "ratio", "target", "met",
           "notes"]


def read(path):
    values = defaultdict(lambda: defaultdict(list))
    with open(path, encoding="utf-8") as file:
        for line in file:
            scenario, metric, value = line.rstrip("\n").split("\t", 2)
            values[scenario][metric].append(value)
    return values


def median(values, scenario, metric):
    numbers = []
    for value in values.get(scenario, {}).get(metric, []):
        try:
            numbers.append(float(value))
        except ValueError:
            pass
    return statistics.median(numbers) if numbers else None


def first(values, scenario, metric, default=""):
    found = values.get(scenario, {}).get(metric, [])
    return found[0] if found else default


def number(value, digits=0):
    return "-" if value is None else f"{value:,.{digits}f}"


def ratio(value, limit):
    return None if value is None or not limit else value / limit


def percent(value):
    return "-" if value is None else f"{value:.0%}"


def verdict(condition):
    return "-" if condition is None else ("yes" if condition else "NO")


def cpu_per_request(values, scenario):
    """Microseconds of JVM CPU per request: less sensitive than throughput to other work sharing the cores."""
    share = median(values, scenario, "cpu_jvm")
    rps = median(values, scenario, "rps")
    cores = median(values, "run", "cores")
    if share is None or not rps or not cores:
        return None
    return share / 100 * cores * 1e6 / rps


def errors(values, scenario):
    status = median(values, scenario, "status_errors") or 0
    socket = median(values, scenario, "socket_errors") or 0
    busy = median(values, scenario, "busy_before")
    parts = [] if busy is None else [f"cores {busy:.0f}% busy before"]
    shares = [median(values, scenario, f"cpu_{part}") for part in ("jvm", "postgres", "rest", "idle")]
    if None not in shares:
        parts.append("both cores: JVM {:.0f}%, PostgreSQL {:.0f}%, load generator and rest {:.0f}%, idle {:.0f}%"
                     .format(*shares))
    per_request = cpu_per_request(values, scenario)
    if per_request is not None:
        parts.append(f"JVM CPU {per_request:.0f} µs per request")
    if status or socket:
        parts.append(f"errors per round: {status:.0f} status, {socket:.0f} socket")
    return "; ".join(parts)


def http_row(values, scenario, label, limit_name, limit_value, target, met):
    rps = median(values, scenario, "rps")
    share = ratio(rps, limit_value)
    return {
        "scenario": label,
        "throughput": number(rps),
        "unit": "req/s",
        "p50_ms": number(median(values, scenario, "p50_ms"), 2),
        "p99_ms": number(median(values, scenario, "p99_ms"), 2),
        "limit": limit_name,
        "limit_value": number(limit_value),
        "ratio": percent(share),
        "target": target,
        "met": verdict(met(rps, share, median(values, scenario, "p99_ms"))),
        "notes": errors(values, scenario),
    }


def sql_row(values, scenario, label):
    rps = median(values, scenario, "rps")
    busy = errors(values, scenario)
    return {
        "scenario": label,
        "throughput": number(rps),
        "unit": "tx/s",
        "p50_ms": "-",
        "p99_ms": "-",
        "limit": "-",
        "limit_value": "-",
        "ratio": "-",
        "target": "-",
        "met": "-",
        "notes": "; ".join(filter(None, [f"latency average {number(median(values, scenario, 'avg_ms'), 2)} ms", busy])),
    }


def rows(values):
    slug = median(values, "sql-find-by-slug", "rps")
    newest = median(values, "sql-newest-50", "rps")
    search = median(values, "sql-search", "rps")
    insert = median(values, "sql-insert", "rps")
    base_detail = median(values, "baseline-detail", "rps")
    base_list = median(values, "baseline-list", "rps")
    # The same 80/15/5 mix of the three statements, each at its own limit: time per request adds up.
    mix = 1 / (0.80 / slug + 0.15 / newest + 0.05 / insert) if slug and newest and insert else None

    table = [
        http_row(values, "detail", "detail by slug", "baseline detail", base_detail, ">= 70% of baseline",
                 lambda rps, share, p99: None if share is None else share >= 0.70),
        http_row(values, "list", "list of 50", "baseline list", base_list, ">= 70% of baseline",
                 lambda rps, share, p99: None if share is None else share >= 0.70),
        http_row(values, "search", "list of 50, 3-letter search", "SQL search", search, "p99 < 50 ms",
                 lambda rps, share, p99: None if p99 is None else p99 < 50),
        http_row(values, "search-light", "the same search, 4 connections", "SQL search", search, "p99 < 50 ms",
                 lambda rps, share, p99: None if p99 is None else p99 < 50),
        http_row(values, "create", "create", "SQL insert", insert, ">= 8,000 req/s",
                 lambda rps, share, p99: None if rps is None else rps >= 8000),
        http_row(values, "mixed", "mixed 80/15/5", "SQL mix", mix, "-", lambda rps, share, p99: None),
        http_row(values, "baseline-detail", "baseline: detail", "SQL find by slug", slug, "-",
                 lambda rps, share, p99: None),
        http_row(values, "baseline-list", "baseline: list of 50", "SQL newest 50", newest, "-",
                 lambda rps, share, p99: None),
        sql_row(values, "sql-find-by-slug", "SQL: find by slug"),
        sql_row(values, "sql-newest-50", "SQL: newest 50"),
        sql_row(values, "sql-search", "SQL: search"),
        sql_row(values, "sql-insert", "SQL: insert"),
    ]

    copy = median(values, "sql-copy", "rps")
    exported = median(values, "export", "rps")
    first_byte = median(values, "export", "first_byte_ms")
    before = median(values, "export", "rss_before_kib")
    peaks = [float(v) for v in values.get("export", {}).get("peak_rss_kib", [])]
    hwm = [float(v) for v in values.get("export", {}).get("hwm_kib", [])]
    checks = values.get("export", {}).get("check", [])
    complete = bool(checks) and all(check.endswith("result=complete") for check in checks)
    # Flat: the later exports need no more memory than the first one did.
    flat = len(hwm) > 0 and hwm[-1] - hwm[0] < 32 * 1024
    share = ratio(exported, copy)
    met = None
    if exported is not None:
        met = complete and flat and share is not None and share >= 0.60 and first_byte < 200
    table.append({
        "scenario": "export, -Xmx64m",
        "throughput": number(exported),
        "unit": "rows/s",
        "p50_ms": "-",
        "p99_ms": "-",
        "limit": "COPY",
        "limit_value": number(copy),
        "ratio": percent(share),
        "target": ">= 60% of COPY, first byte < 200 ms, flat memory",
        "met": verdict(met),
        "notes": (f"first byte {number(first_byte, 1)} ms (rounds: "
                  f"{', '.join(values['export']['first_byte_ms'])} ms); RSS {mib(before)} MiB before, peak {mib(max(peaks))} MiB "
                  f"while exporting, high-water {mib(hwm[0])}..{mib(hwm[-1])} MiB over the rounds; {checks[0]}"
                  if peaks and hwm and checks else ""),
    })
    table.append(sql_row(values, "sql-copy", "SQL: COPY of the export query") | {
        "unit": "rows/s", "notes": f"{number(median(values, 'sql-copy', 'seconds'), 2)} s per copy"})

    startup = median(values, "startup", "ms")
    runs = values.get("startup", {}).get("ms", [])
    table.append({
        "scenario": "start-up to ready, embedded",
        "throughput": number(startup),
        "unit": "ms",
        "p50_ms": "-",
        "p99_ms": "-",
        "limit": "-",
        "limit_value": "-",
        "ratio": "-",
        "target": "< 2,000 ms",
        "met": verdict(None if startup is None else startup < 2000),
        "notes": f"runs: {', '.join(runs)} ms" if runs else "",
    })
    return table


def mib(kib):
    return "-" if kib is None else f"{kib / 1024:.0f}"


def header(values):
    run = values.get("run", {})
    keys = ["commit", "jdk", "cores", "memory_gib", "cpu", "postgres", "settings", "only", "load_at_start"]
    lines = [f"{key}: {run[key][0]}" for key in keys if key in run]
    seed = first(values, "seed", "seconds")
    if seed:
        lines.append(f"seed: {seed if seed == 'reused' else seed + ' s'}")
    access = first(values, "service", "access_log_lines")
    if access:
        lines.append(f"access log lines written by the service: {access}")
    return lines


def text_table(table):
    shown = [column for column in COLUMNS if column != "notes"]
    widths = {column: max(len(column), *(len(row[column]) for row in table)) for column in shown}
    out = ["  ".join(column.ljust(widths[column]) for column in shown)]
    out.append("  ".join("-" * widths[column] for column in shown))
    for row in table:
        out.append("  ".join(row[column].ljust(widths[column]) for column in shown))
    out.append("")
    out.extend(f"{row['scenario']}: {row['notes']}" for row in table if row["notes"])
    return "\n".join(out)


def markdown_table(table):
    out = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in table:
        out.append("| " + " | ".join(row[column].replace("|", "/") for column in COLUMNS) + " |")
    return "\n".join(out)


def main(measurements, output):
    values = read(measurements)
    table = rows(values)
    lines = header(values)

    with open(output, "w", newline="", encoding="utf-8") as file:
        for line in lines:
            file.write(f"# {line}\n")
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(table)
    with open(output[: -len(".csv")] + ".md", "w", encoding="utf-8") as file:
        file.write("\n".join(f"- {line}" for line in lines) + "\n\n" + markdown_table(table) + "\n")

    print("\n".join(lines))
    print()
    print(text_table(table))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
