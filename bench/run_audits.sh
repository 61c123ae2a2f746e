#!/usr/bin/env bash
# Run every audit and repro from TREE (default: cwd); print the last summary lines of each.
# usage: bash bench/run_audits.sh [TREE] > OUT.txt   (venv: $VENV, default /work/venv; about 30 min on 2 cores)
cd "${1:-.}" || exit 1
source "${VENV:-/work/venv}/bin/activate"
export PYTHONPATH=$PWD
for f in bench/audit/run_audit.py bench/audit[0-9]*/run_audit*.py bench/audit21/run_audit21.py:--wave2 bench/audit*/repros.py; do
  args=""
  case $f in *:*) args=${f#*:}; f=${f%%:*};; esac
  echo "=== $f $args"
  nice python "$f" $args 2>&1 | tail -4
done
