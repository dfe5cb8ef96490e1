#!/usr/bin/env python3
"""Are greedy outputs the same from one pass to the next? Each argument is one pass's folder of results
files (results.json or the suite's results-CLASS-STRATEGY.json); per strategy, prints how many of its
documents produced other token ids in some pass than in the first, as
"STRATEGY: N passes, M documents, identical" or "... K documents differ"."""
import glob, json, os, sys

passes = {}
for folder in sys.argv[1:]:
    for path in sorted(glob.glob(os.path.join(folder, "results*.json"))):
        for run in json.load(open(path))["runs"]:
            outputs = {d["id"]: d.get("outputTokenIds") for d in run["documents"]}
            passes.setdefault(run["strategy"], []).append(outputs)
for strategy, runs in passes.items():
    first = runs[0]
    differing = [doc for doc in first if any(run.get(doc) != first[doc] for run in runs[1:])]
    verdict = "identical" if not differing else f"{len(differing)} documents differ ({', '.join(differing[:5])})"
    print(f"{strategy}: {len(runs)} passes, {len(first)} documents, {verdict}")
