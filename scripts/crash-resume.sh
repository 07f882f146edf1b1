#!/usr/bin/env bash
# Kills `cyberdrill serve` with SIGKILL at random points of a scripted
# three-seat SSH session, resumes it with --resume, and checks that no
# acknowledged action was lost (tests/serve_crash.rs). The result goes in
# docs/TESTING.md.
#
#   bash scripts/crash-resume.sh [RUNS]      (default 100; needs tmux, ssh)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
CYBERDRILL_CRASH_RUNS=$runs cargo test --locked --test serve_crash \
    crash_and_resume_repeatedly -- --ignored --nocapture --test-threads 1
