"""Helpers shared by pydicom_json.py and pydicom_values.py (run with Debian's /usr/bin/python3)."""

from pydicom.datadict import dictionary_VR


def vr_text(vr):
    """pydicom 2.3 resolves ambiguous VRs to an Enum whose str() is 'VR.SS'."""
    return str(getattr(vr, "value", vr))


def raw_vr(dataset, tag):
    """VR of an element without converting its value (for error reports)."""
    try:
        raw = dataset.get_item(tag)
        vr = getattr(raw, "VR", None)
        if vr:
            return vr_text(vr)
    except Exception:  # noqa: BLE001 - best effort for the error report only
        pass
    try:
        return vr_text(dictionary_VR(tag))
    except Exception:  # noqa: BLE001 - unknown/private tag
        return "UN"
