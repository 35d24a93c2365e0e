#!/usr/bin/python3
"""Makes TeleRad's synthetic sample DICOM files (no real patient data) and their SHA-256 manifest.

Run with Debian's pydicom:  /usr/bin/python3 samples/make_samples.py
The output is deterministic (fixed UIDs, dates and pixel patterns), so the manifest only changes when this script does.
"""
import hashlib
import os
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = "2.25.173603107343363343032612707939587538493.9"  # TeleRad's implementation UID root + ".9" for samples


def ct_slice(index: int, count: int) -> Dataset:
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.SOPInstanceUID = f"{ROOT}.1.1.{index + 1}"
    ds.StudyDate = ds.SeriesDate = ds.ContentDate = "20261124"
    ds.StudyTime = ds.SeriesTime = "101500"
    ds.ContentTime = f"1015{index:02d}"
    ds.AccessionNumber = "DEMO0001"
    ds.Modality = "CT"
    ds.Manufacturer = "TeleRad Synthetic"
    ds.InstitutionName = "Demo Clinic"
    ds.ReferringPhysicianName = "Referrer^Demo"
    ds.StudyDescription = "CT HEAD WO CONTRAST"
    ds.SeriesDescription = "Axial 5mm"
    ds.PatientName = "Demo^Patient^^^"
    ds.PatientID = "DEMO-0001"
    ds.IssuerOfPatientID = "DEMO-CLINIC"
    ds.PatientBirthDate = "19700101"
    ds.PatientSex = "O"
    ds.BodyPartExamined = "HEAD"
    ds.SliceThickness = "5.0"
    ds.KVP = "120"
    ds.StudyInstanceUID = f"{ROOT}.1"
    ds.SeriesInstanceUID = f"{ROOT}.1.1"
    ds.StudyID = "1"
    ds.SeriesNumber = 1
    ds.InstanceNumber = index + 1
    ds.ImagePositionPatient = [-125.0, -125.0, float(index * 5)]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.FrameOfReferenceUID = f"{ROOT}.1.2"
    ds.SliceLocation = float(index * 5)
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = ds.Columns = 64
    ds.PixelSpacing = [3.90625, 3.90625]
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.WindowCenter = "40"
    ds.WindowWidth = "80"
    ds.RescaleIntercept = "-1024"
    ds.RescaleSlope = "1"
    proc = Dataset()
    proc.CodeValue = "CTHEAD"
    proc.CodingSchemeDesignator = "99DEMO"
    proc.CodeMeaning = "CT head without contrast"
    ds.ProcedureCodeSequence = Sequence([proc])
    y, x = np.mgrid[0:64, 0:64]
    r = np.sqrt((x - 32) ** 2 + (y - 32) ** 2)
    img = np.where(r < 28, 1064 + (index * 7) % 40, 24) + ((x + y + index) % 16)
    ds.PixelData = img.astype("<u2").tobytes()
    return ds


def save(ds: Dataset, name: str) -> str:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = f"{ROOT}.0"
    meta.ImplementationVersionName = "TELERAD_SAMPLE"
    ds.file_meta = meta
    ds.is_little_endian = True
    ds.is_implicit_VR = False
    path = os.path.join(HERE, name)
    ds.save_as(path, write_like_original=False)
    return path


def main() -> int:
    os.makedirs(os.path.join(HERE, "ct-head"), exist_ok=True)
    files = [save(ct_slice(i, 3), f"ct-head/slice-{i + 1:03d}.dcm") for i in range(3)]
    with open(os.path.join(HERE, "SHA256SUMS"), "w", encoding="ascii") as manifest:
        for path in sorted(files):
            digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
            manifest.write(f"{digest}  {os.path.relpath(path, HERE)}\n")
    print(f"wrote {len(files)} files and SHA256SUMS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
