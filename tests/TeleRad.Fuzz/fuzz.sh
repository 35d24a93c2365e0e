#!/usr/bin/env bash
# Coverage-guided fuzzing of the DICOM reader with SharpFuzz and Debian's afl++ (see docs/fuzzing.md).
#
#   tests/TeleRad.Fuzz/fuzz.sh [SECONDS]     # default 1800; findings in artifacts/fuzz/findings
#   dotnet artifacts/fuzz/plain/TeleRad.Fuzz.dll replay artifacts/fuzz/findings/default/crashes/id*
#
# Builds the harness into artifacts/fuzz/plain (uninstrumented: writes seeds, replays findings), copies it to
# artifacts/fuzz/bin and instruments TeleRad.Dicom.dll there (never the normal build output), seeds afl++ with the
# small files of pydicom's test corpus plus synthetic ones, and runs one afl-fuzz process (the machine has 2 cores).
# A previous findings directory is kept, renamed with its time. Not part of CI.
set -euo pipefail

duration=${1:-1800}
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$repo_root/artifacts/fuzz
corpus=/usr/lib/python3/dist-packages/pydicom/data

command -v afl-fuzz >/dev/null || apt-get install -y afl++
export PATH=$PATH:$HOME/.dotnet/tools
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

rm -rf "$work/plain" "$work/bin" "$work/seeds"
dotnet build "$repo_root/tests/TeleRad.Fuzz/TeleRad.Fuzz.csproj" -c Release -o "$work/plain"
cp -r "$work/plain" "$work/bin"
sharpfuzz "$work/bin/TeleRad.Dicom.dll"

# Seeds: every pydicom test file up to 64 KiB (afl++ works best with small inputs) and the harness's synthetic ones.
mkdir -p "$work/seeds"
find "$corpus" -type f -name '*.dcm' -size -64k -exec cp -t "$work/seeds" {} +
dotnet "$work/plain/TeleRad.Fuzz.dll" seeds "$work/seeds"

if [[ -d $work/findings ]]; then
    mv "$work/findings" "$work/findings-$(date -r "$work/findings" +%Y%m%d-%H%M%S)"
fi

export AFL_SKIP_BIN_CHECK=1          # the target is the dotnet host, not an afl-instrumented binary
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
# -t: per-input timeout (ms), a hang beyond it is recorded under hangs/; -m none: the .NET runtime reserves far more
# address space than it uses. -V: stop after this many seconds.
exec afl-fuzz -i "$work/seeds" -o "$work/findings" -t 5000 -m none -V "$duration" -- dotnet "$work/bin/TeleRad.Fuzz.dll"
