//! The HTML after-action report as a reader's browser shows it: the
//! default scenario's naive play, reported in English and French, opened
//! in headless Chromium (Debian's `chromium`, which `.ci/run` installs).
//! The page renders with no console error, its SVG figure is in the DOM,
//! and the screenshot is not blank. Without Chromium this test fails and
//! says how to install it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cyberdrill(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberdrill"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn ok(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn chromium() -> &'static str {
    let found = Command::new("chromium").arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "chromium is missing: this test renders the HTML report in it. Install Debian's package (`apt-get install -y chromium`); .ci/run does"
    );
    "chromium"
}

/// Headless Chromium with a profile of its own in `dir`.
fn headless(dir: &Path, args: &[&str]) -> Output {
    Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .args(args)
        .output()
        .expect("chromium runs")
}

/// Grey levels of a PNG, decoded: (pixels, variance).
fn grey_variance(png_path: &Path) -> (usize, f64) {
    let decoder = png::Decoder::new(std::fs::File::open(png_path).expect("the screenshot exists"));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("one frame");
    let channels = info.color_type.samples();
    let greys: Vec<f64> = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|px| px.iter().take(3).map(|&c| f64::from(c)).sum::<f64>() / 3.0)
        .collect();
    let n = greys.len() as f64;
    let mean = greys.iter().sum::<f64>() / n;
    let variance = greys.iter().map(|g| (g - mean) * (g - mean)).sum::<f64>() / n;
    (greys.len(), variance)
}

fn render(dir: &Path, journal: &Path, lang: &str) -> PathBuf {
    let html = dir.join(format!("report.{lang}.html"));
    ok(&cyberdrill(&[
        "report",
        journal.to_str().unwrap(),
        "--format",
        "html",
        "--lang",
        lang,
        "-o",
        html.to_str().unwrap(),
    ]));
    html
}

#[test]
fn the_html_report_renders_in_chromium_with_its_figure() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("naive.journal");
    ok(&cyberdrill(&[
        "run",
        "--actions",
        "tests/data/hospital-ransomware.naive.actions",
        "--journal",
        journal.to_str().unwrap(),
    ]));
    for lang in ["en", "fr"] {
        let html = render(dir.path(), &journal, lang);
        let text = std::fs::read_to_string(&html).unwrap();
        // Self-contained: nothing fetched, nothing run.
        for outside in ["<script", "http://", "https://", "<link", "@import", "src="] {
            let allowed = outside == "http://"
                && text.matches(outside).count() == text.matches("http://www.w3.org/2000/svg").count();
            assert!(
                allowed || !text.contains(outside),
                "{lang}: the page has {outside}"
            );
        }
        let url = format!("file://{}", html.display());
        // The page as the browser built it, once: the figure is the same
        // markup in either language.
        if lang == "en" {
            dom_has_the_figure(dir.path(), &url);
        }
        screenshot_is_not_blank(dir.path(), &url, lang);
    }
}

fn dom_has_the_figure(dir: &Path, url: &str) {
    let dom = headless(dir, &["--dump-dom", url]);
    let log = String::from_utf8_lossy(&dom.stderr);
    assert!(dom.status.success(), "{log}");
    let dumped = String::from_utf8_lossy(&dom.stdout);
    assert!(dumped.contains("</svg>"), "no SVG in the rendered DOM");
    assert!(dumped.contains("<figcaption>"), "the figure has no caption");
    no_console_message(&log, "en");
}

/// Chromium logs what the page's console says as `CONSOLE` lines (with
/// `--enable-logging=stderr`); a script error is `Uncaught`.
fn no_console_message(log: &str, lang: &str) {
    assert!(
        !log.contains("CONSOLE") && !log.contains("Uncaught"),
        "{lang}: console messages:\n{log}"
    );
}

fn screenshot_is_not_blank(dir: &Path, url: &str, lang: &str) {
    let shot = dir.join(format!("report.{lang}.png"));
    let out = headless(
        dir,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1240,1754",
            url,
        ],
    );
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{lang}: {log}");
    no_console_message(&log, lang);
    let (pixels, variance) = grey_variance(&shot);
    assert_eq!(pixels, 1240 * 1754, "{lang}: the screenshot's size");
    // A blank page has no variance; text and the figure give plenty.
    assert!(
        variance > 100.0,
        "{lang}: the screenshot looks blank (variance {variance})"
    );
    // To look at them: CYBERDRILL_KEEP_SCREENSHOTS=/some/folder.
    if let Ok(keep) = std::env::var("CYBERDRILL_KEEP_SCREENSHOTS") {
        std::fs::copy(&shot, Path::new(&keep).join(format!("report.{lang}.png"))).unwrap();
    }
}
