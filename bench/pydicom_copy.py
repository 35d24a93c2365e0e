"""The pydicom side of the 512 MiB copy (bench/run-core.sh): read a file and write it to another path.

usage: pydicom_copy.py SRC DST
pydicom reads every value into memory, so peak RSS is about the file size; this is the documented behaviour, not a
mistake in the benchmark (pydicom has no streaming writer for Pixel Data).
"""
import sys

import pydicom

ds = pydicom.dcmread(sys.argv[1])
ds.save_as(sys.argv[2])
