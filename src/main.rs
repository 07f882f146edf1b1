//! The `cyberdrill` binary: parse the command line and hand over to `cli`.

// Measured against glibc's in docs/PERFORMANCE.md (issue 12).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cyberdrill::cli::main()
}
