//! `cyberdrill serve`: one exercise hosted over SSH, implemented in
//! process, so that participants need nothing but the standard `ssh`
//! client. Each seat has a join code ([`codes`]); each connection sees its
//! own seat's screen at its own size and in its own language.
//!
//! One thread owns the exercise ([`host`]); the network ([`ssh`], on a
//! small tokio runtime) only carries bytes to and from it through bounded
//! queues, and parses keys ([`input`]). Every action and every passing of
//! time is journaled and synced by the host before any screen shows it,
//! so `--resume` after a crash finds every acknowledged action. Nothing
//! here decides anything about the exercise; the simulation's core stays
//! free of sockets, threads and wall time.

pub mod codes;
pub mod host;
pub mod hostkey;
pub mod input;
pub mod ssh;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{Event, KeyEventKind};
use tokio::sync::mpsc;

use crate::journal::Recorder;
use crate::scenario::model::Scenario;
use crate::sim::Participant;
use crate::words::Lang;

use codes::{Access, Codes};
use host::{Host, LOCAL, Stopped, ToHost};

/// Keys and joins waiting for the host: a flooding client is slowed at its
/// own socket, never the host.
const HOST_QUEUE: usize = 256;

/// What a server hosts: the exercise, its codes, where it writes.
pub struct Hosted {
    pub recorder: Recorder,
    pub scenario: Scenario,
    pub codes: Codes,
    /// The language of sessions that choose none.
    pub lang: Lang,
    /// The journal's path, for the debrief to say.
    pub journal: String,
    /// The access log.
    pub log: Option<PathBuf>,
}

/// A server bound to its address, not serving yet.
pub struct Server {
    runtime: tokio::runtime::Runtime,
    listener: tokio::net::TcpListener,
    config: Arc<russh::server::Config>,
}

impl Server {
    /// Binds `listen` (port 0: any free port) with `host_key`.
    pub fn bind(listen: SocketAddr, host_key: russh::keys::PrivateKey) -> Result<Server, String> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("cyberdrill-ssh")
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(listen))
            .map_err(|e| format!("{listen}: {e}"))?;
        Ok(Server {
            runtime,
            listener,
            config: Arc::new(ssh::config(host_key)),
        })
    }

    pub fn local_addr(&self) -> Result<SocketAddr, String> {
        self.listener.local_addr().map_err(|e| e.to_string())
    }

    /// Serves the exercise in `recorder` until the trainer quits. With
    /// `console`, this terminal shows the trainer's console in that
    /// language (set up and restored here, also after a panic).
    pub fn run(self, hosted: Hosted, console: Option<Lang>) -> Result<(Stopped, Recorder), String> {
        let (to_host, mut inbox) = mpsc::channel(HOST_QUEUE);
        let shared = Arc::new(ssh::Shared::new(
            hosted.codes,
            to_host.clone(),
            hosted.lang,
            hosted.log,
        )?);
        self.runtime
            .spawn(ssh::accept(self.listener, self.config, shared));
        let mut host = Host::new(hosted.recorder, hosted.scenario, hosted.journal);
        if let Some(lang) = console {
            let (cols, rows) = crossterm::terminal::size().map_err(|e| e.to_string())?;
            let _ = ratatui::init();
            host.join_local(Access::Seat(Participant::Trainer), lang, (cols, rows))?;
            std::thread::Builder::new()
                .name("cyberdrill-console".into())
                .spawn(move || read_console(to_host))
                .map_err(|e| e.to_string())?;
        } else {
            drop(to_host);
        }
        let stopped = host.run(&mut inbox, self.runtime.handle());
        if console.is_some() {
            ratatui::restore();
        }
        // Give the goodbyes a moment to leave, then stop the network.
        std::thread::sleep(std::time::Duration::from_millis(200));
        self.runtime.shutdown_timeout(std::time::Duration::from_secs(1));
        Ok((stopped?, host.into_recorder()))
    }
}

/// The host's own terminal: its keys and sizes into the host's queue.
fn read_console(to_host: mpsc::Sender<ToHost>) {
    while let Ok(event) = crossterm::event::read() {
        let message = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => ToHost::Key { conn: LOCAL, key },
            Event::Resize(cols, rows) => ToHost::Resize {
                conn: LOCAL,
                size: (cols, rows),
            },
            _ => continue,
        };
        if to_host.blocking_send(message).is_err() {
            return;
        }
    }
}
