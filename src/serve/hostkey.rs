//! The server's SSH host key: made on the first start, kept in a file and
//! loaded on every later one, so that participants who joined yesterday
//! see no "host key changed" warning today. Never in the journal.

use std::io::Write;
use std::path::Path;

use russh::keys::ssh_key::LineEnding;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{HashAlg, PrivateKey};

/// The key at `path`, made there first if the file does not exist.
/// Written to a temporary file, synced, then renamed into place, so a
/// crash never leaves half a key behind.
pub fn load_or_create(path: &Path) -> Result<PrivateKey, String> {
    let describe = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    if path.exists() {
        let text = std::fs::read_to_string(path).map_err(|e| describe(&e))?;
        return PrivateKey::from_openssh(text).map_err(|e| describe(&e));
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| describe(&format!("no randomness from the system: {e}")))?;
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    let text = key.to_openssh(LineEnding::LF).map_err(|e| describe(&e))?;
    let temporary = path.with_extension("new");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary).map_err(|e| describe(&e))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&temporary, path))
        .map_err(|e| describe(&e))?;
    Ok(key)
}

/// What a participant's `ssh` shows on first contact: `SHA256:…`.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_made_on_the_first_start_is_the_key_of_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("host_key");
        let first = load_or_create(&path).unwrap();
        let second = load_or_create(&path).unwrap();
        assert_eq!(fingerprint(&first), fingerprint(&second));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // Another file, another key.
        let other = load_or_create(&dir.path().join("other")).unwrap();
        assert_ne!(fingerprint(&first), fingerprint(&other));
    }
}
