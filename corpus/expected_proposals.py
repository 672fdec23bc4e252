#!/usr/bin/env python3
"""Adds facts.expectedProposal (hours) to labels whose conversion is fixed by published figures, so that
`xueshi eval` can score proposals. It reads only what the labels already say (printed values and facts) and
applies only figures that are published (../shared/policy/README.md):

- printed hours (fields.hours): credited as printed, under either Anhui standard;
- before 2025-06-13 (the 2001 standard), a conference without printed hours attended (role attendee):
  national 6, provincial 5;
- before 2025-06-13, a research project at national level, rank 1-5: 72/60/50/40/36 per project year; provincial,
  rank 1-3: 72/60/50 (main team; one project year, the unit a yearly claim counts).

Everything else (speakers without a paper length, municipal or international conferences, papers without a
length, patents, awards, exams, days or months only, anything under the 2025 standard's unpublished table) gets no
expected proposal: no published figure fixes it. The activity date is the end date, else the issue date.

Run after every rebuild of the labels (generate.py rewrites them):  python3 corpus/expected_proposals.py
It rewrites each labels.json in place (same layout as generate.py writes) and is idempotent; --check only reports
whether the labels are up to date. It prints counts only, never label contents (final/ is sealed).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = ["samples", "docs", "holdout", "fresh", "final"]
CUTOFF = "2025-06-13"
CONFERENCE_2001 = {"national": 6, "provincial": 5}
PROJECT_2001 = {"national": [72, 60, 50, 40, 36], "provincial": [72, 60, 50]}


def expected(label):
    """(hours, how) or None."""
    if label.get("error") or label.get("mode") in (None, "unknown"):
        return None
    fields, facts = label.get("fields") or {}, label.get("facts") or {}
    if facts.get("evidence") is False:
        return None
    date = fields.get("endDate") or fields.get("issueDate")
    before = date is not None and date < CUTOFF
    hours = fields.get("hours")
    if isinstance(hours, (int, float)):
        return hours, "printed"
    if label.get("kind") == "conference-proof" and before and facts.get("role") == "attendee":
        h = CONFERENCE_2001.get(facts.get("conferenceLevel"))
        return (h, "2001-conference") if h is not None else None
    if label.get("kind") == "research-project" and before:
        ladder = PROJECT_2001.get(facts.get("projectLevel"))
        rank = facts.get("projectRank")
        if ladder and isinstance(rank, int) and 1 <= rank <= len(ladder):
            return ladder[rank - 1], "2001-project"
    return None


def refresh(label):
    """Sets (or clears) label["facts"]["expectedProposal"/"expectedProposalFrom"] by `expected`; returns it."""
    want = expected(label)
    facts = label.get("facts")
    if facts is None:
        if want is None:
            return None
        facts = label["facts"] = {}
    facts.pop("expectedProposal", None)
    facts.pop("expectedProposalFrom", None)
    if want is not None:
        facts["expectedProposal"], facts["expectedProposalFrom"] = want
    return want


def main():
    check = "--check" in sys.argv
    stale = 0
    for folder in FOLDERS:
        path = os.path.join(HERE, folder, "labels.json")
        if not os.path.exists(path):
            continue
        raw = open(path, encoding="utf-8").read()
        labels = json.loads(raw)
        counts = {}
        for lab in labels:
            want = refresh(lab)
            if want is not None:
                counts[want[1]] = counts.get(want[1], 0) + 1
        out = json.dumps(labels, ensure_ascii=False, indent=1) + ("\n" if raw.endswith("\n") else "")
        if out != raw:
            stale += 1
            if not check:
                open(path, "w", encoding="utf-8").write(out)
        total = sum(counts.values())
        print(f"{folder}: {total} of {len(labels)} labels carry an expected proposal "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if check and stale:
        print(f"{stale} labels.json out of date: run python3 corpus/expected_proposals.py")
        sys.exit(1)


if __name__ == "__main__":
    main()
