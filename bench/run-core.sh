#!/usr/bin/env bash
# DICOM core benchmarks, TeleRad side by side with pydicom and DCMTK, in one run (see docs/benchmarks.md).
#
#   bench/run-core.sh [--update-docs] [--runs N]
#
#   (a) generates the synthetic data into $TELERAD_BENCH_DIR (default artifacts/bench, git-ignored) when missing:
#       a 300-file 512x512 CT series and one 512 MiB multi-frame instance;
#   (b) BenchmarkDotNet: header-only parse of the 300 files in process (per-file mean and allocation);
#   (c) pydicom dcmread(stop_before_pixels=True) over the same files in ONE python process;
#   (d) `telerad dump` versus `dcmdump` on the 300 files, one process each;
#   (e) the 512 MiB streaming copy (peak RSS via /usr/bin/time -v) versus dcmconv and pydicom;
#   (f) one table with the ratios; also written to $TELERAD_BENCH_DIR/core-results.md, and with --update-docs into
#       docs/benchmarks.md between the bench:core markers.
#
# Installs nothing. Needs dotnet and python3; uses, when present, python3-pydicom, dcmtk, hyperfine and the `time`
# package (/usr/bin/time), and says so when one is missing. Files are read once before each timing so every tool
# starts from a warm page cache; the copies are preceded by `sync` so earlier writes do not land on the next timing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ART="${TELERAD_BENCH_DIR:-$ROOT/artifacts/bench}"
CT_DIR="$ART/ct"
CT_COUNT=300
MF_MIB=512
MF_FILE="$ART/multiframe-${MF_MIB}MiB.dcm"
RUNS=5
UPDATE_DOCS=0
PY=/usr/bin/python3
[ -x "$PY" ] || PY="$(command -v python3 || true)"

while [ $# -gt 0 ]; do
  case "$1" in
    --update-docs) UPDATE_DOCS=1 ;;
    --runs) RUNS="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '\n== %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
[ -n "$PY" ] || { echo "python3 is required (statistics and the pydicom runs)" >&2; exit 1; }
have dotnet || { echo "dotnet is required" >&2; exit 1; }

HAVE_PYDICOM=0; "$PY" -c 'import pydicom' 2>/dev/null && HAVE_PYDICOM=1
HAVE_DCMTK=0; have dcmdump && have dcmconv && HAVE_DCMTK=1
HAVE_HYPERFINE=0; have hyperfine && HAVE_HYPERFINE=1
HAVE_TIME=0; [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1 && HAVE_TIME=1
[ $HAVE_PYDICOM = 1 ] || echo "missing: python3-pydicom (pydicom rows will read n/a)"
[ $HAVE_DCMTK = 1 ] || echo "missing: dcmtk (DCMTK rows will read n/a)"
[ $HAVE_HYPERFINE = 1 ] || echo "missing: hyperfine (dump timings use a simple loop of $RUNS runs instead)"
[ $HAVE_TIME = 1 ] || echo "missing: /usr/bin/time (package 'time'); peak RSS will read n/a"

mkdir -p "$ART"
RESULTS="$ART/core-results.tsv"
: > "$RESULTS"
printf 'load_start\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"
# record KEY VALUE: one measurement, "n/a" when not taken.
record() { printf '%s\t%s\n' "$1" "$2" >> "$RESULTS"; }
get() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print (v == "" ? "n/a" : v) }' "$RESULTS"; }
# median of the numbers on stdin
median() { "$PY" -c 'import sys, statistics; v = [float(x) for x in sys.stdin.read().split()]; print(f"{statistics.median(v):.3f}" if v else "n/a")'; }

log "build (Release)"
dotnet build "$ROOT/tests/TeleRad.Benchmarks/TeleRad.Benchmarks.csproj" -c Release -nologo -v q -clp:ErrorsOnly
dotnet build "$ROOT/src/TeleRad.Cli/TeleRad.Cli.csproj" -c Release -nologo -v q -clp:ErrorsOnly
BENCH="$ROOT/tests/TeleRad.Benchmarks/bin/Release/net10.0/TeleRad.Benchmarks.dll"
CLI="$ROOT/src/TeleRad.Cli/bin/Release/net10.0/telerad.dll"

log "(a) data in $ART"
if [ "$(find "$CT_DIR" -name '*.dcm' 2>/dev/null | wc -l)" -ne $CT_COUNT ]; then
  rm -rf "$CT_DIR"
  dotnet "$BENCH" generate-ct "$CT_DIR" $CT_COUNT
else
  echo "CT series present ($CT_COUNT files)"
fi
if [ ! -f "$MF_FILE" ] || [ "$(stat -c %s "$MF_FILE")" -lt $((MF_MIB * 1024 * 1024)) ]; then
  dotnet "$BENCH" generate-multiframe "$MF_FILE" $MF_MIB
else
  echo "multi-frame instance present ($(stat -c %s "$MF_FILE") bytes)"
fi
CT_FILES=("$CT_DIR"/*.dcm)
warm() { cat "$@" > /dev/null; }
warm "${CT_FILES[@]}"

log "(b) BenchmarkDotNet: header-only parse, in process (log: $ART/bdn.log)"
if dotnet "$BENCH" bench "$CT_DIR" "$ART/bdn.tsv" "$ART/bdn" > "$ART/bdn.log" 2>&1; then
  grep '^|' "$ART/bdn.log" || true
  awk -F'\t' 'NR > 1 { printf "bdn_%s_us\t%.2f\nbdn_%s_median_us\t%.2f\nbdn_%s_stddev_us\t%.2f\nbdn_%s_alloc_kib\t%.1f\n", $1, $2 / 1000, $1, $3 / 1000, $1, $4 / 1000, $1, $5 / 1024 }' "$ART/bdn.tsv" >> "$RESULTS"
else
  echo "BenchmarkDotNet run failed; see $ART/bdn.log" >&2
  tail -20 "$ART/bdn.log" >&2
fi

log "(c) pydicom dcmread in one python process ($RUNS repetitions over $CT_COUNT files)"
if [ $HAVE_PYDICOM = 1 ]; then
  "$PY" "$ROOT/bench/pydicom_headers.py" "$CT_DIR" "$RUNS" | tee "$ART/pydicom.tsv"
  awk -F'\t' '{ printf "pydicom_%s_us\t%s\n", $1, $2 }' "$ART/pydicom.tsv" >> "$RESULTS"
fi

log "(d) telerad dump vs dcmdump, $CT_COUNT files, one process each"
DUMP_OK=0
if dotnet "$CLI" dump "${CT_FILES[0]}" > "$ART/dump-probe.txt" 2>/dev/null && [ -s "$ART/dump-probe.txt" ]; then
  DUMP_OK=1
else
  echo "dump: not available (the built telerad CLI has no working 'dump' verb)"
fi
# time_cmd NAME COMMAND...: median wall seconds over $RUNS runs (hyperfine when present), output discarded.
time_cmd() {
  local name="$1"; shift
  if [ $HAVE_HYPERFINE = 1 ]; then
    local quoted; quoted="$(printf '%q ' "$@")"
    hyperfine --style basic --warmup 1 --runs "$RUNS" --command-name "$name" --export-json "$ART/hyperfine-$name.json" "$quoted" >&2
    "$PY" -c 'import json, sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$ART/hyperfine-$name.json"
  else
    "$@" > /dev/null 2>&1 || true
    local i t0 t1
    for i in $(seq "$RUNS"); do
      t0=$(date +%s%N); "$@" > /dev/null 2>&1 || true; t1=$(date +%s%N)
      "$PY" -c "print(($t1 - $t0) / 1e9)"
    done | median
  fi
}
if [ $DUMP_OK = 1 ]; then
  record dump_telerad_s "$(time_cmd telerad-dump dotnet "$CLI" dump "${CT_FILES[@]}")"
  # The same verb published ReadyToRun (precompiled, as a deployment would ship it): without it every process
  # JIT-compiles the toolkit's generated tables first, which dominates a 300-file dump.
  case "$(uname -m)" in x86_64) RID=linux-x64 ;; aarch64) RID=linux-arm64 ;; *) RID="" ;; esac
  R2R="$ART/telerad-r2r"
  if [ -n "$RID" ] && dotnet publish "$ROOT/src/TeleRad.Cli/TeleRad.Cli.csproj" -c Release -r "$RID" --self-contained false \
      -p:PublishReadyToRun=true -o "$R2R" -nologo -v q -clp:ErrorsOnly > "$ART/publish-r2r.log" 2>&1; then
    record dump_telerad_r2r_s "$(time_cmd telerad-dump-r2r dotnet "$R2R/telerad.dll" dump "${CT_FILES[@]}")"
  else
    echo "ReadyToRun publish not possible here (see $ART/publish-r2r.log); that row reads n/a"
  fi
fi
if [ $HAVE_DCMTK = 1 ]; then
  record dump_dcmdump_s "$(time_cmd dcmdump dcmdump "${CT_FILES[@]}")"
fi
echo "telerad dump: $(get dump_telerad_s) s   ReadyToRun: $(get dump_telerad_r2r_s) s   dcmdump: $(get dump_dcmdump_s) s"

log "(e) streaming copy of the $MF_MIB MiB instance ($((RUNS < 3 ? RUNS : 3)) runs each; wall time and peak RSS)"
COPY_RUNS=$((RUNS < 3 ? RUNS : 3))
COPY_DST="$ART/copy-out.dcm"
# copy_cmd NAME COMMAND...: runs the copy $COPY_RUNS times under /usr/bin/time -v; records median wall s and RSS MiB.
copy_cmd() {
  local name="$1"; shift
  local walls="" rsss="" i out="$ART/time-$name.txt"
  for i in $(seq "$COPY_RUNS"); do
    rm -f "$COPY_DST"; warm "$MF_FILE"; sync
    if [ $HAVE_TIME = 1 ]; then
      /usr/bin/time -v -o "$out" "$@" > "$ART/copy-$name.log" 2>&1 || { echo "$name copy failed; see $ART/copy-$name.log" >&2; return 0; }
      walls+=" $(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s }' "$out")"
      rsss+=" $(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$out")"
    else
      local t0 t1; t0=$(date +%s%N)
      "$@" > "$ART/copy-$name.log" 2>&1 || { echo "$name copy failed; see $ART/copy-$name.log" >&2; return 0; }
      t1=$(date +%s%N); walls+=" $("$PY" -c "print(($t1 - $t0) / 1e9)")"
    fi
  done
  record "copy_${name}_s" "$(echo "$walls" | median)"
  [ -n "$rsss" ] && record "copy_${name}_rss_mib" "$(echo "$rsss" | median)"
  if [ "$name" = telerad ]; then
    if cmp -s "$MF_FILE" "$COPY_DST"; then record copy_telerad_identical yes; else record copy_telerad_identical no; fi
  fi
  echo "$name: median $(get "copy_${name}_s") s, peak RSS $(get "copy_${name}_rss_mib") MiB"
}
copy_cmd telerad dotnet "$BENCH" copy "$MF_FILE" "$COPY_DST"
echo "TeleRad copy byte-identical to the source: $(get copy_telerad_identical)"
[ $HAVE_DCMTK = 1 ] && copy_cmd dcmconv dcmconv "$MF_FILE" "$COPY_DST"
[ $HAVE_PYDICOM = 1 ] && copy_cmd pydicom "$PY" "$ROOT/bench/pydicom_copy.py" "$MF_FILE" "$COPY_DST"
# The same copies of one 0.5 MiB CT file: each tool's baseline, so the 512 MiB figures show what grows with size.
SMALL="${CT_FILES[0]}"
if [ $HAVE_TIME = 1 ]; then
  small_rss() {
    local name="$1"; shift
    rm -f "$COPY_DST"
    if /usr/bin/time -v -o "$ART/time-small-$name.txt" "$@" > /dev/null 2>&1; then
      record "small_${name}_rss_mib" "$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$ART/time-small-$name.txt")"
    fi
  }
  small_rss telerad dotnet "$BENCH" copy "$SMALL" "$COPY_DST"
  [ $HAVE_DCMTK = 1 ] && small_rss dcmconv dcmconv "$SMALL" "$COPY_DST"
  [ $HAVE_PYDICOM = 1 ] && small_rss pydicom "$PY" "$ROOT/bench/pydicom_copy.py" "$SMALL" "$COPY_DST"
  echo "copy of one CT file, peak RSS: telerad $(get small_telerad_rss_mib) MiB, dcmconv $(get small_dcmconv_rss_mib) MiB, pydicom $(get small_pydicom_rss_mib) MiB"
fi
rm -f "$COPY_DST"

log "(f) results"
"$PY" "$ROOT/bench/report.py" "$RESULTS" "$ART/core-results.md" "$ROOT" "$RUNS" "$HAVE_HYPERFINE"
if [ $UPDATE_DOCS = 1 ]; then
  "$PY" "$ROOT/bench/report.py" --splice "$ART/core-results.md" "$ROOT/docs/benchmarks.md"
  echo "docs/benchmarks.md updated"
fi
