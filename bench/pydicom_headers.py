"""Times pydicom reading the generated CT series in ONE process (bench/run-core.sh).

usage: pydicom_headers.py CT_DIR REPETITIONS
Prints tab-separated lines: name, median microseconds per file, best microseconds per file.
  header  dcmread(f, stop_before_pixels=True) over every file
  full    dcmread(f) over every file (pixel data read into memory)
The files are read once before timing so that every tool sees a warm page cache.
"""
import os
import statistics
import sys
import time

import pydicom


def per_file_us(files, **kwargs):
    start = time.perf_counter()
    for f in files:
        pydicom.dcmread(f, **kwargs)
    return (time.perf_counter() - start) * 1e6 / len(files)


def main():
    directory, reps = sys.argv[1], int(sys.argv[2])
    files = sorted(os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".dcm"))
    if not files:
        sys.exit(f"no .dcm files in {directory}")
    for name, kwargs in (("header", {"stop_before_pixels": True}), ("full", {})):
        per_file_us(files, **kwargs)  # warm-up: imports, lazy dictionary set-up, page cache
        times = [per_file_us(files, **kwargs) for _ in range(reps)]
        print(f"{name}\t{statistics.median(times):.1f}\t{min(times):.1f}")


if __name__ == "__main__":
    main()
