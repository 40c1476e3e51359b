//! Scores the tagger on a date-expression set: `time_eval PATH [--show-misses]`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        eprintln!("usage: time_eval PATH [--show-misses]");
        return ExitCode::from(2);
    };
    let show = args.any(|a| a == "--show-misses");
    match cronica_time::eval::run(&path) {
        Ok(report) => {
            if show {
                print!("{}", report.miss_lines());
            }
            print!("{}", report.lines());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
