#!/usr/bin/python3
"""Print pydicom's DICOM JSON Model (PS3.18 Annex F) view of each FILE.

Usage: /usr/bin/python3 pydicom_json.py FILE...

One JSON object per input file, one per line, in argument order:
  {"file": path, "ok": true,  "json": {"00100010": {"vr": "PN", ...}, ...}}
  {"file": path, "ok": false, "error": "<exception type name>"}

File meta elements (group 0002) are merged into the same "json" object; their
tags cannot collide with data set tags.  Binary values longer than 1024
base64 characters are replaced by {"vr": ..., "BulkDataURI": "bulk"} so that
pixel data does not bloat the output.

An element whose value pydicom cannot convert is reported as
{"vr": ..., "error": true} instead of failing the whole file.  pydicom 2.3's
own Dataset.to_json_dict(suppress_invalid_tags=True) would silently drop such
an element, which would hide the difference from the caller, so the data set
is walked here element by element (recursing into sequences ourselves so
that one bad nested element does not discard the whole sequence).

Only error type names are printed, never exception messages: messages can
quote element values (patient data).
"""

import json
import sys

import pydicom
from pydicom_common import raw_vr

BULK_THRESHOLD = 1024


def bulk_handler(_element):
    return "bulk"


def element_json(element):
    if element.VR == "SQ":
        return {"vr": "SQ", "Value": [dataset_json(item) for item in element.value]}
    converted = element.to_json_dict(
        bulk_data_element_handler=bulk_handler,
        bulk_data_threshold=BULK_THRESHOLD,
    )
    # NaN/Infinity are not JSON; treat them as an unconvertible value.
    json.dumps(converted, allow_nan=False)
    return converted


def dataset_json(dataset):
    result = {}
    for tag in dataset.keys():
        key = "{:08X}".format(int(tag))
        try:
            result[key] = element_json(dataset[tag])
        except Exception:  # noqa: BLE001 - reported per element, see docstring
            result[key] = {"vr": raw_vr(dataset, tag), "error": True}
    return result


def describe(path):
    try:
        dataset = pydicom.dcmread(path, force=True)
        merged = {}
        file_meta = getattr(dataset, "file_meta", None)
        if file_meta is not None:
            merged.update(dataset_json(file_meta))
        merged.update(dataset_json(dataset))
        return {"file": path, "ok": True, "json": merged}
    except Exception as exc:  # noqa: BLE001 - the peer's verdict is the output
        return {"file": path, "ok": False, "error": type(exc).__name__}


def main(argv):
    if len(argv) < 2:
        print("usage: pydicom_json.py FILE...", file=sys.stderr)
        return 2
    for path in argv[1:]:
        print(json.dumps(describe(path), allow_nan=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
