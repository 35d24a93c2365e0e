#!/usr/bin/env bash
# Coverage-guided fuzzing of the DICOM reader with SharpFuzz and Debian's afl++ (see docs/fuzzing.md).
#
#   tests/TeleRad.Fuzz/fuzz.sh [SECONDS]     # default 1800; findings in artifacts/fuzz/findings
#
# Builds the harness into artifacts/fuzz/bin, instruments TeleRad.Dicom.dll there (never the normal build output),
# seeds afl++ with the small files of pydicom's test corpus, and runs one afl-fuzz process (the machine has 2 cores).
# Not part of CI.
set -euo pipefail

duration=${1:-1800}
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$repo_root/artifacts/fuzz
corpus=/usr/lib/python3/dist-packages/pydicom/data

command -v afl-fuzz >/dev/null || apt-get install -y afl++
export PATH=$PATH:$HOME/.dotnet/tools
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

dotnet build "$repo_root/tests/TeleRad.Fuzz/TeleRad.Fuzz.csproj" -c Release -o "$work/bin"
sharpfuzz "$work/bin/TeleRad.Dicom.dll"

# Seeds: every pydicom test file up to 64 KiB (afl++ works best with small inputs), minimised by afl-cmin when it
# can be; afl++ mutates from there.
mkdir -p "$work/seeds"
find "$corpus" -type f -name '*.dcm' -size -64k -exec cp -t "$work/seeds" {} +

export AFL_SKIP_BIN_CHECK=1          # the target is the dotnet host, not an afl-instrumented binary
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_UI=1
# -t: per-input timeout (ms), a hang beyond it is recorded under hangs/; -m none: the .NET runtime reserves far more
# address space than it uses.
exec afl-fuzz -i "$work/seeds" -o "$work/findings" -t 5000 -m none -V "$duration" -- dotnet "$work/bin/TeleRad.Fuzz.dll"
