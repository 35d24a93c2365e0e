#!/usr/bin/env bash
# Writes DCMTK-encoded variants of a few pydicom test files into OUTDIR, as
# OUTDIR/<base>.<variant>.dcm, for interop tests that read what another
# toolkit wrote in each transfer syntax (PS3.5 Annex A).
#
# Usage: make_dcmtk_variants.sh OUTDIR
#
# Variant kinds (tool, transfer syntax UID):
#   explicit-little  dcmconv +te   1.2.840.10008.1.2.1
#   explicit-big     dcmconv +tb   1.2.840.10008.1.2.2   (retired, still read)
#   deflated         dcmconv +td   1.2.840.10008.1.2.1.99
#   implicit-little  dcmconv +ti   1.2.840.10008.1.2
#   jpeg-lossless    dcmcjpeg      1.2.840.10008.1.2.4.70 (DCMTK default: lossless SV1)
#   jpeg-baseline    dcmcjpeg +eb  1.2.840.10008.1.2.4.50 (8-bit inputs only: lossy
#                                  on deeper data, which would change pixel values)
#   jpegls-lossless  dcmcjpls      1.2.840.10008.1.2.4.80
#   rle              dcmcrle       1.2.840.10008.1.2.5
#
# A conversion DCMTK refuses (e.g. JPEG of 32-bit data) or that does not give
# the expected transfer syntax is skipped with a note on stderr. Compressed
# variants are only made from inputs that have Pixel Data: DCMTK would
# otherwise label an uncompressed data set with a compressed transfer syntax.
# Exit status: 0 when the tools ran (even with skips; a variant kind no input
# produced is reported on stderr, and the C# support tests check every kind
# exists), 2 on usage errors or missing tools/inputs.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
outdir=$1

pydicom_data=/usr/lib/python3/dist-packages/pydicom/data
inputs=(
    "$pydicom_data/test_files/CT_small.dcm"          # 16-bit signed CT
    "$pydicom_data/test_files/MR_small.dcm"          # 16-bit MR
    "$pydicom_data/test_files/SC_rgb_small_odd.dcm"  # 8-bit RGB, odd size
    "$pydicom_data/test_files/rtdose_1frame.dcm"     # 32-bit pixels
    "$pydicom_data/test_files/rtplan.dcm"            # nested sequences, no pixels
    "$pydicom_data/test_files/rtstruct.dcm"          # large sequences
    "$pydicom_data/test_files/waveform_ecg.dcm"      # waveform, private tags
    "$pydicom_data/charset_files/chrH31.dcm"         # ISO 2022 Japanese
    "$pydicom_data/charset_files/chrSQEncoding.dcm"  # charset in sequence items
)

# kind|tool and options|expected transfer syntax UID|needs pixel data|needs 8 bits allocated
variants=(
    "explicit-little|dcmconv +te|1.2.840.10008.1.2.1|no|no"
    "explicit-big|dcmconv +tb|1.2.840.10008.1.2.2|no|no"
    "deflated|dcmconv +td|1.2.840.10008.1.2.1.99|no|no"
    "implicit-little|dcmconv +ti|1.2.840.10008.1.2|no|no"
    "jpeg-lossless|dcmcjpeg|1.2.840.10008.1.2.4.70|yes|no"
    "jpeg-baseline|dcmcjpeg +eb|1.2.840.10008.1.2.4.50|yes|yes"
    "jpegls-lossless|dcmcjpls|1.2.840.10008.1.2.4.80|yes|no"
    "rle|dcmcrle|1.2.840.10008.1.2.5|yes|no"
)

missing=()
for tool in dcmconv dcmcjpeg dcmcjpls dcmcrle dcmdump; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "make_dcmtk_variants: missing DCMTK tools: ${missing[*]} (install Debian package dcmtk)" >&2
    exit 2
fi
for input in "${inputs[@]}"; do
    if [[ ! -f $input ]]; then
        echo "make_dcmtk_variants: missing input $input (install Debian package python3-pydicom)" >&2
        exit 2
    fi
done

export TCP_NODELAY=1
mkdir -p "$outdir"

# Prints the value of one element as dcmdump shows it, e.g. "[1.2.840.10008.1.2.1]" or "8".
element_value() {
    dcmdump -q -Un -s +P "$2" "$1" 2>/dev/null | head -n 1 | awk '{print $3}' | tr -d '[]'
}

declare -A produced=()
for input in "${inputs[@]}"; do
    base=$(basename "$input" .dcm)
    has_pixels=no
    [[ -n $(dcmdump -q -s +P 7fe0,0010 "$input" 2>/dev/null) ]] && has_pixels=yes
    bits_allocated=$(element_value "$input" 0028,0100)

    for variant in "${variants[@]}"; do
        IFS='|' read -r kind command expected_ts needs_pixels needs_8bit <<<"$variant"
        if [[ $needs_pixels == yes && $has_pixels == no ]]; then
            continue
        fi
        if [[ $needs_8bit == yes && $bits_allocated != 8 ]]; then
            continue
        fi
        output="$outdir/$base.$kind.dcm"
        read -r -a argv <<<"$command"
        if ! log=$("${argv[@]}" "$input" "$output" 2>&1); then
            echo "make_dcmtk_variants: skipped $base.$kind: $command refused it: $(head -n 3 <<<"$log" | tr '\n' ' ')" >&2
            rm -f "$output"
            continue
        fi
        actual_ts=$(element_value "$output" 0002,0010)
        if [[ $actual_ts != "$expected_ts" ]]; then
            echo "make_dcmtk_variants: skipped $base.$kind: got transfer syntax '$actual_ts', expected $expected_ts" >&2
            rm -f "$output"
            continue
        fi
        produced[$kind]=1
    done
done

for variant in "${variants[@]}"; do
    kind=${variant%%|*}
    if [[ -z ${produced[$kind]:-} ]]; then
        echo "make_dcmtk_variants: warning: no input produced variant kind $kind" >&2
    fi
done
exit 0
