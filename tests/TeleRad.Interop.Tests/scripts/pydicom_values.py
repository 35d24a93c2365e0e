#!/usr/bin/python3
"""Print a canonical, transfer-syntax-independent view of each FILE's values.

Usage: /usr/bin/python3 pydicom_values.py FILE...

Used for "we wrote it back, pydicom reads the same values" comparisons: two
files holding equal values print equal "values" objects whatever their
transfer syntax (implicit/explicit VR, little/big endian, deflated).

One JSON object per input file, one per line, in argument order:
  {"file": path, "ok": true, "transfer_syntax": uid-or-null,
   "meta": {tag: element, ...}, "values": {tag: element, ...}}
  {"file": path, "ok": false, "error": "<exception type name>"}

"meta" is the file meta information (group 0002), kept apart because it
legitimately differs between encodings (PS3.10 7.1); "values" is the data set.
Keys are 8 upper-case hex digits and every object is printed with sorted keys.
Each element is {"vr": VR, "value": V} where V is
  - SQ: a list of item objects (same shape as "values"),
  - binary values (bytes): "b64:<base64>" or, above 4096 bytes,
    "sha256:<hex>:<length>" so pixel data stays small but still compares.
    OW/OF/OL/OD/OV bytes from a big-endian file are first swapped to little
    endian per word (pydicom returns them in file byte order), so the same
    pixel values give the same text in either byte order (PS3.5 7.3),
  - everything else: a list of strings, one per value (VM), empty for an
    empty element; numbers are rendered from their value, not their text
    (DS/FL/FD as Python float repr, IS/US/SS/UL/SL/UV/SV as int, AT as
    8 hex digits), so "1.0" and "1" compare equal for DS.
An element pydicom cannot convert is {"vr": VR, "error": true}.
Group length elements (gggg,0000) are omitted: they depend on the encoding
and are retired outside group 0002 (PS3.5 7.2).

Known limits, inherent in the encodings rather than this script: a private
element read from an implicit VR file has VR UN and binary value, while an
explicit VR encoding of it has its real VR; and the VR of Pixel Data (OB/OW)
may differ between writers.  Callers compare with that in mind.

Only error type names are printed, never exception messages: messages can
quote element values (patient data).
"""

import base64
import hashlib
import json
import sys

import pydicom
from pydicom_common import raw_vr, vr_text

INLINE_BYTES_LIMIT = 4096

# Word size of binary VRs whose bytes pydicom leaves in file byte order.
SWAP_WIDTH = {
    "OW": 2,
    "US or OW": 2,
    "US or SS or OW": 2,
    "OF": 4,
    "OL": 4,
    "OD": 8,
    "OV": 8,
}


def to_little_endian(data, width):
    whole = len(data) - len(data) % width
    out = bytearray(data)
    for start in range(0, whole, width):
        out[start:start + width] = data[start:start + width][::-1]
    return bytes(out)


def canonical_bytes(data, vr, little_endian):
    data = bytes(data)
    width = SWAP_WIDTH.get(vr)
    if width and not little_endian:
        data = to_little_endian(data, width)
    if len(data) <= INLINE_BYTES_LIMIT:
        return "b64:" + base64.b64encode(data).decode("ascii")
    return "sha256:{}:{}".format(hashlib.sha256(data).hexdigest(), len(data))


def canonical_scalar(vr, value):
    if isinstance(value, (bytes, bytearray)):
        return canonical_bytes(value, vr, True)
    if vr in ("DS", "FL", "FD"):
        try:
            return repr(float(value))
        except (TypeError, ValueError):
            return str(value)
    if vr in ("IS", "US", "SS", "UL", "SL", "UV", "SV", "US or SS"):
        try:
            return str(int(value))
        except (TypeError, ValueError):
            return str(value)
    if vr == "AT":
        return "{:08X}".format(int(value))
    return str(value)


def canonical_element(element, little_endian):
    vr = vr_text(element.VR)
    if vr == "SQ":
        items = [canonical_dataset(item, little_endian) for item in element.value]
        return {"vr": vr, "value": items}
    value = element.value
    if isinstance(value, (bytes, bytearray)):
        if len(value) == 0:
            return {"vr": vr, "value": []}
        return {"vr": vr, "value": canonical_bytes(value, vr, little_endian)}
    if element.is_empty:
        return {"vr": vr, "value": []}
    values = list(value) if element.VM > 1 else [value]
    return {"vr": vr, "value": [canonical_scalar(vr, v) for v in values]}


def canonical_dataset(dataset, little_endian):
    result = {}
    for tag in dataset.keys():
        if int(tag) & 0xFFFF == 0:
            continue  # group length: encoding-dependent, see docstring
        key = "{:08X}".format(int(tag))
        try:
            converted = canonical_element(dataset[tag], little_endian)
            json.dumps(converted, allow_nan=False)
            result[key] = converted
        except Exception:  # noqa: BLE001 - reported per element
            result[key] = {"vr": raw_vr(dataset, tag), "error": True}
    return result


def describe(path):
    try:
        dataset = pydicom.dcmread(path, force=True)
        little_endian = getattr(dataset, "is_little_endian", True)
        if little_endian is None:
            little_endian = True
        file_meta = getattr(dataset, "file_meta", None)
        meta = {} if file_meta is None else canonical_dataset(file_meta, True)
        syntax = None if file_meta is None else file_meta.get("TransferSyntaxUID")
        return {
            "file": path,
            "ok": True,
            "transfer_syntax": None if syntax is None else str(syntax),
            "meta": meta,
            "values": canonical_dataset(dataset, little_endian),
        }
    except Exception as exc:  # noqa: BLE001 - the peer's verdict is the output
        return {"file": path, "ok": False, "error": type(exc).__name__}


def main(argv):
    if len(argv) < 2:
        print("usage: pydicom_values.py FILE...", file=sys.stderr)
        return 2
    for path in argv[1:]:
        print(json.dumps(describe(path), allow_nan=False, sort_keys=True), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
