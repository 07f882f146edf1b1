//! The SSH side of `serve`: accepts connections on the listening address,
//! lets a participant in by join code (the SSH user name, no password),
//! and carries bytes: keys in, parsed into key events and queued for the
//! host; frames out, from the host's queue to the connection. It holds no
//! exercise state and decides nothing about the exercise.
//!
//! Only what the exercise needs is served: one interactive session per
//! connection. Commands (`exec`), subsystems, X11, agent and port
//! forwarding are refused. A wrong code costs the client the server's
//! rejection delay, is logged, and an address with too many failures in a
//! minute is refused outright for that minute.

use std::collections::HashMap;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use russh::server::{Auth, Handler, Msg, Session};
use russh::{Channel, ChannelId, ChannelOpenFailure, MethodKind, MethodSet};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

use crate::words::Lang;

use super::codes::{Access, Codes};
use super::host::{ConnId, LOCAL, Out, ToHost, clamp_size};
use super::input::Decoder;

/// Frames waiting for a slow client; beyond this the host drops frames
/// for it and repaints it whole later.
const FRAMES_QUEUED: usize = 8;
/// Connections served at once; more are closed on arrival.
const MOST_CONNECTIONS: usize = 256;

/// What every connection shares.
pub struct Shared {
    pub codes: Codes,
    pub to_host: mpsc::Sender<ToHost>,
    /// The language of a session whose code and terminal say none.
    pub lang: Lang,
    /// Wrong codes an address may try in a minute.
    pub failures_allowed: usize,
    failures: Mutex<HashMap<IpAddr, Vec<Instant>>>,
    next_conn: AtomicU64,
    open: AtomicUsize,
    log: Option<Mutex<std::fs::File>>,
}

impl Shared {
    pub fn new(
        codes: Codes,
        to_host: mpsc::Sender<ToHost>,
        lang: Lang,
        log: Option<PathBuf>,
    ) -> Result<Shared, String> {
        let log = match log {
            Some(path) => Some(Mutex::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?,
            )),
            None => None,
        };
        Ok(Shared {
            codes,
            to_host,
            lang,
            failures_allowed: 10,
            failures: Mutex::new(HashMap::new()),
            next_conn: AtomicU64::new(LOCAL + 1),
            open: AtomicUsize::new(0),
            log,
        })
    }

    /// One line in the access log: when, from where, what. Never a code.
    fn log(&self, peer: Option<SocketAddr>, what: &str) {
        let Some(log) = &self.log else { return };
        let peer = peer.map_or_else(|| "?".to_string(), |p| p.to_string());
        let line = format!("{} {peer} {what}\n", jiff::Timestamp::now());
        if let Ok(mut file) = log.lock() {
            let _ = file.write_all(line.as_bytes());
        }
    }

    /// Whether `ip` has used up its wrong codes for the last minute.
    fn barred(&self, ip: IpAddr) -> bool {
        let Ok(mut failures) = self.failures.lock() else {
            return true;
        };
        let recent = failures.entry(ip).or_default();
        recent.retain(|at| at.elapsed() < Duration::from_secs(60));
        recent.len() >= self.failures_allowed
    }

    fn failed(&self, ip: IpAddr) {
        if let Ok(mut failures) = self.failures.lock() {
            failures.entry(ip).or_default().push(Instant::now());
        }
    }
}

/// The server's SSH settings: the host key, join codes as the only way in
/// (publickey is offered so that clients say "Permission denied
/// (publickey)", and refused), a second's delay on every refusal, three
/// attempts per connection, keepalives instead of an inactivity timeout
/// (a participant may watch a paused exercise for an hour).
pub fn config(host_key: russh::keys::PrivateKey) -> russh::server::Config {
    russh::server::Config {
        methods: MethodSet::from(&[MethodKind::None, MethodKind::PublicKey][..]),
        auth_rejection_time: Duration::from_secs(1),
        auth_rejection_time_initial: None,
        max_auth_attempts: 3,
        inactivity_timeout: None,
        keepalive_interval: Some(Duration::from_secs(15)),
        keepalive_max: 4,
        nodelay: true,
        keys: vec![host_key],
        ..Default::default()
    }
}

/// Accepts connections until the runtime stops.
pub async fn accept(listener: TcpListener, config: Arc<russh::server::Config>, shared: Arc<Shared>) {
    loop {
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors, say: wait, don't stop serving.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        if shared.open.load(Ordering::Relaxed) >= MOST_CONNECTIONS || shared.barred(peer.ip()) {
            shared.log(Some(peer), "refused: too many connections or failed codes");
            continue;
        }
        // Keys one by one, at once: no Nagle delay on a keystroke.
        let _ = stream.set_nodelay(true);
        let connection = Connection::new(shared.clone(), peer);
        let config = config.clone();
        tokio::spawn(async move {
            if let Ok(session) = russh::server::run_stream(config, stream, connection).await {
                let _ = session.await;
            }
        });
    }
}

/// One SSH connection.
pub struct Connection {
    shared: Arc<Shared>,
    conn: ConnId,
    peer: SocketAddr,
    access: Option<Access>,
    /// From the user name (`CODE-fr`), else from the terminal's `LANG`.
    lang: Option<Lang>,
    env_lang: Option<Lang>,
    channel: Option<ChannelId>,
    size: (u16, u16),
    decoder: Decoder,
    joined: bool,
}

impl Connection {
    fn new(shared: Arc<Shared>, peer: SocketAddr) -> Connection {
        shared.open.fetch_add(1, Ordering::Relaxed);
        let conn = shared.next_conn.fetch_add(1, Ordering::Relaxed);
        Connection {
            shared,
            conn,
            peer,
            access: None,
            lang: None,
            env_lang: None,
            channel: None,
            size: clamp_size(0, 0),
            decoder: Decoder::default(),
            joined: false,
        }
    }

    async fn tell_host(&self, message: ToHost) {
        let _ = self.shared.to_host.send(message).await;
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.shared.open.fetch_sub(1, Ordering::Relaxed);
        if self.joined {
            // Cannot wait here; if the queue is full the host still finds
            // the connection gone when its frames cannot be delivered.
            let _ = self.shared.to_host.try_send(ToHost::Left { conn: self.conn });
            self.shared.log(Some(self.peer), "left");
        }
    }
}

/// `CODE`, or `CODE-fr` / `CODE-en` for a language (codes have no `-`).
fn split_user(user: &str) -> (&str, Option<Lang>) {
    match user.rsplit_once('-') {
        Some((code, lang)) => match lang.parse::<Lang>() {
            Ok(lang) => (code, Some(lang)),
            Err(_) => (user, None),
        },
        None => (user, None),
    }
}

impl Handler for Connection {
    type Error = russh::Error;

    async fn auth_none(&mut self, user: &str) -> Result<Auth, Self::Error> {
        let ip = self.peer.ip();
        if self.shared.barred(ip) {
            self.shared.log(Some(self.peer), "refused: too many failed codes");
            return Ok(Auth::reject());
        }
        let (code, lang) = split_user(user);
        match self.shared.codes.lookup(code) {
            Some(access) => {
                self.shared
                    .log(Some(self.peer), &format!("joined as {}", access.name()));
                self.access = Some(access);
                self.lang = lang;
                Ok(Auth::Accept)
            }
            None => {
                self.shared.failed(ip);
                self.shared.log(Some(self.peer), "refused: wrong code");
                Ok(Auth::reject())
            }
        }
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        _key: russh::server::PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        Ok(Auth::reject())
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        // One session per connection. The channel itself is dropped: its
        // data comes through the callbacks, and an undrained channel would
        // stall the connection.
        if self.channel.is_some() {
            reply.reject(ChannelOpenFailure::AdministrativelyProhibited).await;
        } else {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(russh::Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.size = clamp_size(cols, rows);
        session.channel_success(channel)
    }

    async fn window_change_request(
        &mut self,
        _channel: ChannelId,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.size = clamp_size(cols, rows);
        if self.joined {
            self.tell_host(ToHost::Resize {
                conn: self.conn,
                size: self.size,
            })
            .await;
        }
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // `LANG=fr_FR.UTF-8` (sent by many clients): a hint, after the code.
        if name == "LANG" || name == "LC_ALL" {
            self.env_lang = value.get(..2).and_then(|l| l.parse().ok()).or(self.env_lang);
            return session.channel_success(channel);
        }
        session.channel_failure(channel)
    }

    async fn shell_request(&mut self, channel: ChannelId, session: &mut Session) -> Result<(), Self::Error> {
        let Some(access) = self.access.clone() else {
            return session.channel_failure(channel);
        };
        session.channel_success(channel)?;
        let (out, mut frames) = mpsc::channel::<Out>(FRAMES_QUEUED);
        let handle = session.handle();
        // The writer: frames to the client in order; waits only for this
        // client. When the host drops the queue, the channel closes.
        tokio::spawn(async move {
            while let Some(frame) = frames.recv().await {
                match frame {
                    Out::Frame(bytes) => {
                        if handle.data(channel, bytes).await.is_err() {
                            return;
                        }
                    }
                    Out::Close(bytes) => {
                        let _ = handle.data(channel, bytes).await;
                        break;
                    }
                }
            }
            let _ = handle.exit_status_request(channel, 0).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
        self.joined = true;
        self.tell_host(ToHost::Join {
            conn: self.conn,
            access,
            lang: self.lang.or(self.env_lang).unwrap_or(self.shared.lang),
            size: self.size,
            out,
        })
        .await;
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.shared.log(Some(self.peer), "refused: exec");
        session.channel_failure(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.shared
            .log(Some(self.peer), &format!("refused: subsystem {name}"));
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single_connection: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn data(
        &mut self,
        _channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if !self.joined {
            return Ok(());
        }
        for key in self.decoder.feed(data) {
            self.tell_host(ToHost::Key { conn: self.conn, key }).await;
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        _channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if std::mem::take(&mut self.joined) {
            self.tell_host(ToHost::Left { conn: self.conn }).await;
            self.shared.log(Some(self.peer), "left");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_may_carry_a_language() {
        assert_eq!(split_user("k7m2q9x4h3tb"), ("k7m2q9x4h3tb", None));
        assert_eq!(split_user("k7m2q9x4h3tb-fr"), ("k7m2q9x4h3tb", Some(Lang::Fr)));
        assert_eq!(split_user("k7m2q9x4h3tb-xx"), ("k7m2q9x4h3tb-xx", None));
    }
}
