#!/usr/bin/env bash
# README command (a): installs what is missing, builds, ingests the bundled
# demo corpus into an embedded SQLite store and prints what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
db="${RASD_DEMO_DB:-build/demo.db}"
rm -f "$db" "$db-wal" "$db-shm"
echo
echo "== rasd ingest data/demo/corpus.jsonl --db $db"
build/rasd ingest data/demo/corpus.jsonl --db "$db"
echo
echo "== rasd stats --db $db"
build/rasd stats --db "$db"
