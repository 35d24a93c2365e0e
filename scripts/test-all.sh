#!/usr/bin/env bash
# Runs every test of the solution: the one command for developers and CI.
#
#   sudo ./scripts/test-all.sh
#
# Needs a Debian 12 machine with the .NET 10 SDK. Installs the missing Debian
# packages the tests use as peers (root, or sudo when not root), builds the
# solution once in Release, runs all test projects with TRX logging into
# artifacts/test-results/, and prints a summary whose last line is exactly
# "N passed, N failed" (", N skipped" appended when N > 0).
# Exit status is non-zero when the build fails, a test fails, a test run does
# not complete (e.g. a hang killed by the blame collector) or no test ran.
set -euo pipefail

# Debian packages the tests need. Later issues add rabbitmq-server, postgresql
# and chromium here.
REQUIRED_PACKAGES="dcmtk python3-pydicom dicom3tools orthanc"

# A test that hangs longer than this is killed (and reported) instead of
# eating the CI job's time budget.
HANG_TIMEOUT=10m

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

log() { printf 'test-all: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*': run this script as root or install sudo"
    fi
}

install_missing_packages() {
    local missing=() package
    for package in $REQUIRED_PACKAGES; do
        if [[ $(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true) != "install ok installed" ]]; then
            missing+=("$package")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return
    fi
    log "installing missing Debian packages: ${missing[*]}"
    as_root apt-get update || die "apt-get update failed"
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}" \
        || die "apt-get install ${missing[*]} failed"
}

# sudo resets PATH (secure_path), which loses a dotnet installed outside the
# system directories; look in the usual install locations too.
find_dotnet() {
    local candidate
    if command -v dotnet >/dev/null 2>&1; then
        command -v dotnet
        return
    fi
    for candidate in "${DOTNET_ROOT:-}" /usr/share/dotnet /usr/lib/dotnet /opt/dotnet \
        "$HOME/.dotnet" ${SUDO_USER:+"$(getent passwd "$SUDO_USER" | cut -d: -f6)/.dotnet"}; do
        if [[ -n $candidate && -x $candidate/dotnet ]]; then
            echo "$candidate/dotnet"
            return
        fi
    done
    die "dotnet not found: install the .NET 10 SDK (https://learn.microsoft.com/dotnet/core/install/linux-debian)"
}

install_missing_packages
dotnet=$(find_dotnet)
[[ -x /usr/bin/python3 ]] || die "/usr/bin/python3 missing (Debian package python3)"

# DCMTK network tools need TCP_NODELAY set in their environment.
export TCP_NODELAY=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results_dir="$repo_root/artifacts/test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"

log "building TeleRad.sln (Release)"
if ! "$dotnet" build TeleRad.sln -c Release; then
    die "build failed"
fi

# Every solution project whose evaluated IsTestProject is true is run;
# TeleRad.Benchmarks is an ordinary executable and is not one (a plain
# "dotnet test TeleRad.sln" skips it silently too). One dotnet test per project
# gives each its own TRX file named after it: with a solution-wide run the TRX
# logger names files by a one-second timestamp, which projects can share.
test_projects=()
while IFS= read -r project; do
    is_test=$("$dotnet" msbuild "$project" -getProperty:IsTestProject -p:Configuration=Release) \
        || die "cannot evaluate $project"
    if [[ $is_test == true ]]; then
        test_projects+=("$project")
    fi
done < <("$dotnet" sln TeleRad.sln list | grep '\.csproj$')
[[ ${#test_projects[@]} -gt 0 ]] || die "no test projects found in TeleRad.sln"

test_status=0
for project in "${test_projects[@]}"; do
    name=$(basename "$project" .csproj)
    log "testing $name"
    if ! "$dotnet" test "$project" -c Release --no-build \
        --results-directory "$results_dir" \
        --logger "trx;LogFilePrefix=$name" \
        --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none; then
        log "dotnet test $name exited with an error"
        test_status=1
    fi
done

echo
summary_status=0
/usr/bin/python3 scripts/trx_summary.py "$results_dir" || summary_status=$?
if [[ $test_status -ne 0 || $summary_status -ne 0 ]]; then
    exit 1
fi
