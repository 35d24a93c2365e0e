#!/usr/bin/python3
"""Sum the outcomes of every VSTest .trx file under a directory.

Usage: /usr/bin/python3 scripts/trx_summary.py RESULTS_DIR

Prints the names of failed tests (a run that did not complete, e.g. a hang
killed by --blame-hang-timeout, counts as one failed entry), then a
last line exactly of the form "N passed, N failed" with ", N skipped"
appended only when N > 0.  Exit status: 0 when at least one test passed, none
failed and every run completed, 1 otherwise.

Outcome mapping (TRX schema, vstst.xsd TestOutcome): Passed -> passed;
Failed, Error, Timeout, Aborted -> failed; everything else a test can report
(NotExecuted, Inconclusive, Pending, NotRunnable, Disconnected, Warning,
PassedButRunAborted, Completed, InProgress) -> skipped.  The NUnit adapter
reports [Ignore]/Assert.Ignore and explicit tests as NotExecuted and
Assert.Inconclusive as NotExecuted/Inconclusive, so all of those count as
skipped here.
"""

import pathlib
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
FAILED = {"Failed", "Error", "Timeout", "Aborted"}
# Run outcomes meaning the run itself did not finish cleanly.
RUN_NOT_COMPLETED = {"Aborted", "Error", "Timeout", "Disconnected"}


def run_error(root):
    """Why a run did not complete (e.g. a test host killed by
    --blame-hang-timeout, or a crash), or None when it completed."""
    for info in root.iterfind(".//t:ResultSummary/t:RunInfos/t:RunInfo", NS):
        if info.get("outcome") in RUN_NOT_COMPLETED:
            text = info.findtext("t:Text", default="", namespaces=NS).strip()
            return text.splitlines()[0] if text else info.get("outcome")
    summary = root.find("t:ResultSummary", NS)
    outcome = "" if summary is None else summary.get("outcome", "")
    if outcome in RUN_NOT_COMPLETED:
        return "run outcome " + outcome
    return None


def main(argv):
    if len(argv) != 2:
        print("usage: trx_summary.py RESULTS_DIR", file=sys.stderr)
        return 2
    files = sorted(pathlib.Path(argv[1]).rglob("*.trx"))
    passed = failed = skipped = 0
    failed_names = []
    problems = []
    for trx in files:
        try:
            root = ET.parse(trx).getroot()
        except ET.ParseError as exc:
            problems.append("unreadable result file {}: {}".format(trx.name, exc))
            continue
        classes = {
            test.get("id"): method.get("className", "")
            for test in root.iterfind(".//t:TestDefinitions/t:UnitTest", NS)
            for method in test.iterfind("t:TestMethod", NS)
        }
        for result in root.iterfind(".//t:Results/t:UnitTestResult", NS):
            outcome = result.get("outcome", "")
            if outcome == "Passed":
                passed += 1
            elif outcome in FAILED:
                failed += 1
                class_name = classes.get(result.get("testId"), "")
                test_name = result.get("testName", "?")
                failed_names.append(class_name + "." + test_name if class_name else test_name)
            else:
                skipped += 1
        aborted = run_error(root)
        if aborted is not None:
            # The tests that never ran are not in the file; count the broken
            # run itself as one failure so the last line cannot look green.
            failed += 1
            failed_names.append("test run {} did not complete: {}".format(trx.name, aborted))

    if not files:
        problems.append("no .trx result files found in {}".format(argv[1]))
    for name in sorted(failed_names):
        print("FAILED: " + name)
    for problem in problems:
        print("ERROR: " + problem)
    line = "{} passed, {} failed".format(passed, failed)
    if skipped > 0:
        line += ", {} skipped".format(skipped)
    print(line)
    # "Zero tests ran" (nothing passed or failed) is a failure: a broken
    # discovery must not look green.
    ok = failed == 0 and passed > 0 and not problems
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
