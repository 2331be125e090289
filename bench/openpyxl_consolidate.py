#!/usr/bin/env python3
"""The same consolidation job as `tonghop consolidate`, done the plain way with openpyxl:
the baseline of bench/cli.bench.ts.

For every .xlsx in DIR: open it (read-only, cached values: openpyxl's fastest way to read),
find each sheet's key row (the row holding the machine keys "code", "actual",
"cumulative"...), then sum the figure columns of every indicator row by its code, counting
cells that hold text instead of a number. Writes the sums to a summary .xlsx and prints one
JSON line. It does less than the command line (no identity, rules, completeness or
formatting), so the comparison favours it.

Usage: python3 bench/openpyxl_consolidate.py DIR [OUT.xlsx]
"""
import json
import os
import sys

from openpyxl import Workbook, load_workbook

FIGURES = ["plan", "plan2", "actual", "cumulative", "last_year", "estimate"]
META_SHEET = "tonghop_meta"


def read_file(path, sums, counts, problems):
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            if ws.title == META_SHEET:
                continue
            columns = None
            for row in ws.iter_rows(values_only=True):
                if columns is None:
                    keys = [str(v).strip().lower() if isinstance(v, str) else None for v in row]
                    if "code" in keys and ("actual" in keys or "cumulative" in keys):
                        columns = {k: i for i, k in enumerate(keys) if k}
                    continue
                code_at = columns["code"]
                code = row[code_at] if code_at < len(row) else None
                if not isinstance(code, str) or not code.strip():
                    continue
                code = code.strip()
                totals = sums.setdefault(code, dict.fromkeys(FIGURES, 0.0))
                for key in FIGURES:
                    at = columns.get(key)
                    if at is None or at >= len(row):
                        continue
                    value = row[at]
                    if isinstance(value, bool) or value is None:
                        continue
                    if isinstance(value, (int, float)):
                        totals[key] += value
                        counts[code] = counts.get(code, 0) + (key == "cumulative")
                    else:
                        problems.append((os.path.basename(path), code, key, str(value)))
    finally:
        wb.close()


def main():
    folder = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(folder, "..", "openpyxl-summary.xlsx")
    files = sorted(f for f in os.listdir(folder) if f.lower().endswith(".xlsx") and not f.startswith("~$"))
    sums, counts, problems = {}, {}, []
    for name in files:
        read_file(os.path.join(folder, name), sums, counts, problems)

    wb = Workbook()
    ws = wb.active
    ws.title = "Tong hop"
    ws.append(["code", "units"] + FIGURES)
    for code in sorted(sums):
        ws.append([code, counts.get(code, 0)] + [sums[code][k] for k in FIGURES])
    if problems:
        issues = wb.create_sheet("Loi")
        issues.append(["file", "code", "column", "value"])
        for problem in problems:
            issues.append(list(problem))
    wb.save(out)
    print(json.dumps({"files": len(files), "indicators": len(sums), "problems": len(problems)}))


if __name__ == "__main__":
    main()
