#!/usr/bin/python3
"""incimap on a Dask distributed cluster: extract per partition, then one merge.

Each partition (a JSON Lines file of articles) is one task: a worker runs
`incimap extract -q --keep-going -j 1 PART` as a subprocess and writes its
GeoJSON Sequence next to the others; `incimap merge` then reduces the shards
into one file, with the merger `extract` uses, so the result is the one a
single `incimap extract` over every partition gives. Workers share the
gazetteer index through the page cache (each process reads the same file).

  python3 scripts/dask-extract.py -o incidents.geojson part-*.jsonl
  python3 scripts/dask-extract.py --scheduler tcp://host:8786 --shards /shared/shards -o PG:dbname=news part-*.jsonl

Without --scheduler it starts a local cluster of --workers processes (one
thread each: incimap is the work, not Python). Exit status: incimap merge's,
or 1 when a partition's extract failed (its stderr is shown).
"""

import argparse
import os
import subprocess
import sys
import tempfile

import dask.bag
from distributed import Client, LocalCluster


def extract_partition(partition, incimap, shard_dir, extra):
    """Runs on a worker: one partition's incidents, unmerged, into a shard file."""
    name = os.path.basename(partition)
    shard = os.path.join(shard_dir, name + ".geojsonl")
    with open(shard, "wb") as out:
        done = subprocess.run([incimap, "extract", "-q", "--keep-going", "-j", "1", *extra, partition],
                              stdout=out, stderr=subprocess.PIPE, check=False)
    return {"partition": partition, "shard": shard, "status": done.returncode,
            "stderr": done.stderr.decode("utf-8", "replace")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("partitions", nargs="+", help="JSON Lines files of articles")
    parser.add_argument("-o", "--output", required=True, help="merged output (any -o incimap merge takes)")
    parser.add_argument("--incimap", default="incimap", help="the incimap binary (default: on PATH)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="local cluster size (default 2)")
    parser.add_argument("--shards", help="folder for the per-partition shards, visible to every worker "
                                         "(default: a temporary folder, fine for a local cluster)")
    parser.add_argument("-g", "--gazetteer", help="gazetteer index for every worker")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    args = parser.parse_args()

    incimap = os.path.abspath(args.incimap) if os.sep in args.incimap else args.incimap
    extra = ["-g", os.path.abspath(args.gazetteer)] if args.gazetteer else []
    partitions = [os.path.abspath(p) for p in args.partitions]
    with tempfile.TemporaryDirectory(prefix="incimap-dask-") as scratch:
        shard_dir = os.path.abspath(args.shards) if args.shards else scratch
        os.makedirs(shard_dir, exist_ok=True)
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        with client:
            bag = dask.bag.from_sequence(partitions, npartitions=len(partitions))
            results = bag.map(extract_partition, incimap, shard_dir, extra).compute()
        failed = [r for r in results if r["status"] != 0]
        for r in results:
            if r["stderr"]:
                sys.stderr.write(r["stderr"])
        if failed:
            for r in failed:
                sys.stderr.write(f"dask-extract: {r['partition']}: incimap extract exited {r['status']}\n")
            return 1
        merge = [incimap, "merge", "-q", *[r["shard"] for r in results], "-o", args.output]
        if args.overwrite:
            merge.append("--overwrite")
        return subprocess.run(merge, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
