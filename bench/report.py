"""Turns the measurements of bench/run-core.sh into one table (console and Markdown).

usage: report.py RESULTS_TSV OUT_MD ROOT RUNS HAVE_HYPERFINE
       report.py --splice OUT_MD DOCS_MD   (replace the text between the bench:core markers of DOCS_MD)

Ratios are peer / TeleRad, for time and for memory alike: above 1 means TeleRad is faster or smaller.
"""
import datetime
import os
import platform
import re
import subprocess
import sys

BEGIN = "<!-- bench:core:begin -->"
END = "<!-- bench:core:end -->"

# key, label, TeleRad key, pydicom key, DCMTK key, target (text), check(value) -> bool or None
ROWS = [
    ("Header parse per CT file, in process (µs)", "bdn_HeaderOnly_us", "pydicom_header_us", None,
     "≤ 20 µs; ≥ 50x pydicom", lambda v, r: v <= 20 and (r is None or r >= 50)),
    ("Header parse, allocated per CT file (KiB)", "bdn_HeaderOnly_alloc_kib", None, None,
     "≤ 64 KiB", lambda v, r: v <= 64),
    ("Full read of one CT file, pixels in memory (µs)", "bdn_FullReadInMemory_us", "pydicom_full_us", None, "", None),
    ("Full read of one CT file, pixels left on disk (µs)", "bdn_FullReadPixelsOnDisk_us", None, None, "", None),
    ("dump of 300 CT files, one process (s)", "dump_telerad_s", None, "dump_dcmdump_s", "", None),
    ("same, telerad published ReadyToRun (s)", "dump_telerad_r2r_s", None, "dump_dcmdump_s", "", None),
    ("512 MiB read + write copy, wall (s)", "copy_telerad_s", "copy_pydicom_s", "copy_dcmconv_s", "", None),
    ("512 MiB read + write copy, peak RSS (MiB)", "copy_telerad_rss_mib", "copy_pydicom_rss_mib", "copy_dcmconv_rss_mib",
     "≤ 64 MiB", lambda v, r: v <= 64),
    ("same, copy of one 0.5 MiB CT file: baseline peak RSS (MiB)", "small_telerad_rss_mib", "small_pydicom_rss_mib",
     "small_dcmconv_rss_mib", "", None),
]


def load(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "\t" in line:
                k, v = line.rstrip("\n").split("\t", 1)
                values[k] = v
    return values


def num(values, key):
    try:
        return float(values[key]) if key else None
    except (KeyError, ValueError):
        return None


def fmt(v):
    if v is None:
        return "n/a"
    return f"{v:.0f}" if v >= 100 else f"{v:.1f}" if v >= 10 else f"{v:.2f}"


def ratio(peer, ours):
    return None if peer is None or ours is None or ours == 0 else peer / ours


def table(values):
    head = ["Measurement", "TeleRad", "pydicom", "DCMTK", "pydicom ÷ TeleRad", "DCMTK ÷ TeleRad", "Target", "Met"]
    rows = []
    for label, ours_k, py_k, dcmtk_k, target, check in ROWS:
        ours, py, dcmtk = num(values, ours_k), num(values, py_k), num(values, dcmtk_k)
        r_py, r_dcmtk = ratio(py, ours), ratio(dcmtk, ours)
        met = "" if check is None else "n/a" if ours is None else "yes" if check(ours, r_py) else "NO"
        if ours_k.startswith("dump_telerad") and ours is None:
            ours_text = "not available"
        else:
            ours_text = fmt(ours)
        rows.append([label, ours_text, fmt(py) if py_k else "", fmt(dcmtk) if dcmtk_k else "",
                     f"{r_py:.1f}x" if r_py else "", f"{r_dcmtk:.1f}x" if r_dcmtk else "", target, met])
    return head, rows


def console(head, rows):
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths))
    print(line(head))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def markdown(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * 5 + ["---", "---"]) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def run(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine(values):
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            kib = int(next(l for l in f if l.startswith("MemTotal")).split()[1])
            mem = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    osname = ""
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            osname = next((l.split("=", 1)[1].strip().strip('"') for l in f if l.startswith("PRETTY_NAME")), "")
    except OSError:
        pass
    try:
        import pydicom
        pyd = pydicom.__version__
    except ImportError:
        pyd = "not installed"
    dcmtk = (run("dcmdump", "--version").splitlines() or ["not installed"])[0].strip("$ ").replace("dcmtk: ", "")
    load_end = open("/proc/loadavg", encoding="utf-8").read().split()[:3]
    return [
        f"- Date (UTC): {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M')}",
        f"- CPU: {cpu or platform.processor()}, {os.cpu_count()} logical CPUs; memory {mem}",
        f"- OS: {osname}, kernel {platform.release()}",
        f"- .NET SDK {run('dotnet', '--version')}; Python {platform.python_version()}, pydicom {pyd}; DCMTK {dcmtk}; hyperfine {run('hyperfine', '--version').replace('hyperfine ', '') or 'not installed'}",
        f"- Load average at start {values.get('load_start', '?')}, at end {' '.join(load_end)}",
    ]


def report(results, out_md, root, runs, have_hyperfine):
    values = load(results)
    head, rows = table(values)
    console(head, rows)
    identical = values.get("copy_telerad_identical")
    notes = [
        "Ratios are peer ÷ TeleRad (above 1: TeleRad faster or smaller). In-process figures are BenchmarkDotNet means "
        "(TeleRad) and medians of repeated loops (pydicom); process timings are medians of "
        f"{runs} runs ({'hyperfine' if have_hyperfine == '1' else 'shell loop, hyperfine absent'}); "
        "copies are medians of up to 3 runs, peak RSS from `/usr/bin/time -v`.",
    ]
    if "bdn_HeaderOnly_median_us" in values:
        notes.append(f"Header parse (BenchmarkDotNet): mean {values.get('bdn_HeaderOnly_us')} µs, median "
                     f"{values['bdn_HeaderOnly_median_us']} µs, standard deviation {values.get('bdn_HeaderOnly_stddev_us')} µs per file.")
    if identical:
        notes.append(f"TeleRad's copy byte-identical to its source: {identical}.")
    text = "\n".join([BEGIN, "", markdown(head, rows), "", *("- " + n for n in notes), "", "Machine:", "",
                      *machine(values), "", END])
    with open(out_md, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print()
    print(f"Markdown: {out_md}")


def splice(out_md, docs_md):
    block = open(out_md, encoding="utf-8").read().strip()
    doc = open(docs_md, encoding="utf-8").read()
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if not pattern.search(doc):
        sys.exit(f"{docs_md} has no {BEGIN} ... {END} block")
    with open(docs_md, "w", encoding="utf-8") as f:
        f.write(pattern.sub(lambda _: block, doc, count=1))


if __name__ == "__main__":
    if sys.argv[1] == "--splice":
        splice(sys.argv[2], sys.argv[3])
    else:
        report(*sys.argv[1:6])
