#!/usr/bin/env bash
# The CPU time `cyberdrill play` uses while the trainer has paused the
# exercise, then while it runs at the default scenario's speed (x60), at
# 160x48 in a private tmux server. Figures in docs/PERFORMANCE.md.
#
#   cargo build --release && bash benches/idle_cpu.sh [SECONDS]
#
# Reads utime + stime from /proc (Linux), in clock ticks of 1/100 s.
set -euo pipefail
seconds=${1:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
binary="$root/target/release/cyberdrill"
work=$(mktemp -d)
socket=cyberdrill-idle-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
tmux -L "$socket" new-session -d -s idle -x 160 -y 48 \
    "cd '$work' && '$binary' play --trainer --journal '$work/idle.journal'"
sleep 2
pid=$(pgrep -n -f "^$binary play --trainer")
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
measure() {
    local before after
    before=$(ticks)
    sleep "$seconds"
    after=$(ticks)
    echo "$1: $((after - before)) ticks of 1/100 s in $seconds s"
}
tmux -L "$socket" send-keys -t idle Enter
sleep 1
tmux -L "$socket" send-keys -t idle p
sleep 1
tmux -L "$socket" capture-pane -p -t idle | head -1
measure paused
tmux -L "$socket" send-keys -t idle p
sleep 1
tmux -L "$socket" capture-pane -p -t idle | head -1
measure "running"
tmux -L "$socket" send-keys -t idle C-c
