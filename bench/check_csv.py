"""Checks that an export is complete: the expected number of lines, and every line a CSV record with as many
columns as the header. Prints one summary line (lines=, columns=, bad=, result=) and exits 1 when incomplete.

Usage: check_csv.py FILE EXPECTED_LINES
"""

import csv
import sys


def main(path, expected_lines):
    with open(path, "rb") as raw:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: raw.read(1 << 20), b""))

    bad = 0
    records = 0
    with open(path, newline="", encoding="utf-8") as text:
        reader = csv.reader(text)
        header = next(reader, [])
        for record in reader:
            records += 1
            if len(record) != len(header):
                bad += 1

    # A record spanning two lines would make the line count and the record count differ.
    complete = lines == expected_lines and records + 1 == lines and bad == 0 and len(header) > 1
    print(f"lines={lines} columns={len(header)} bad={bad} result={'complete' if complete else 'INCOMPLETE'}")
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
