#!/bin/sh
# Builds the fuzz targets with libFuzzer's coverage instrumentation on the
# stable toolchain (the flags cargo-fuzz passes, minus the nightly-only
# sanitizer): see docs/FUZZING.md.
set -e
cd "$(dirname "$0")"
export RUSTFLAGS="-Cpasses=sancov-module \
-Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
-Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares \
--cfg fuzzing -Cdebug-assertions -Coverflow-checks -Ccodegen-units=16"
# With --target, RUSTFLAGS reach only the code under test, not build scripts.
exec cargo build --release --target "$(rustc -vV | sed -n "s/^host: //p")" "$@"
