"""Executes .ipynb notebooks with nbclient in a Jupyter kernel, as Jupyter Notebook's "Run All" does.

Usage: python3 execute_notebooks.py --kernel .net-csharp --timeout 120 --output DIR NOTEBOOK.ipynb...

Each notebook runs in a fresh kernel started in the notebook's own folder (what Jupyter does), and is
written, with its outputs, to DIR/<name>.ipynb. The last line printed is a JSON summary:
{"notebooks": [{"path", "executed", "valid", "validation_error", "failed_cells": [{"index", "first_line", "error"}],
"seconds", "crash"}]}. A cell fails when it has an "error" output. The exit code is 0 when the script ran, even
if cells failed (the caller judges the summary); 2 when nbclient or nbformat is missing.
"""
import argparse
import json
import os
import sys
import time

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
except ImportError as e:  # pragma: no cover
    print("NBSUMMARY " + json.dumps({"missing": str(e)}))
    sys.exit(2)


def run(number, path, kernel, timeout, output):
    started = time.monotonic()
    nb = nbformat.read(path, as_version=4)
    executed = os.path.join(output, f"{number:03d}-{os.path.basename(path)}")
    entry = {"path": path, "executed": executed, "failed_cells": [], "crash": None}
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, startup_timeout=120, allow_errors=True,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    try:
        client.execute()
    except (CellTimeoutError, DeadKernelError, RuntimeError) as e:
        entry["crash"] = f"{type(e).__name__}: {e}"[:2000]
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            first = next((line for line in cell.source.splitlines() if line.strip()), "")
            message = "; ".join(f"{o.get('ename', '')}: {o.get('evalue', '')}" for o in errors)
            entry["failed_cells"].append({"index": index, "first_line": first, "error": message[:2000]})
    try:
        nbformat.validate(nb)
        entry["valid"], entry["validation_error"] = True, None
    except nbformat.ValidationError as e:
        entry["valid"], entry["validation_error"] = False, str(e)[:2000]
    nbformat.write(nb, entry["executed"])
    entry["seconds"] = round(time.monotonic() - started, 1)
    return entry


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", default=".net-csharp")
    parser.add_argument("--timeout", type=int, default=120)
    parser.add_argument("--output", required=True)
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)
    results = []
    for number, path in enumerate(args.notebooks):
        entry = run(number, path, args.kernel, args.timeout, args.output)
        print(f"{os.path.basename(path)}: {len(entry['failed_cells'])} failed cell(s), {entry['seconds']} s", file=sys.stderr, flush=True)
        results.append(entry)
    print("NBSUMMARY " + json.dumps({"notebooks": results}), flush=True)


if __name__ == "__main__":
    main()
