//! libFuzzer entry point: the same invariants as the CI smoke
//! (`tests/fuzz_smoke.rs`), in [`cyberdrill::fuzzing::scenario`].
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    cyberdrill::fuzzing::scenario(data);
});
