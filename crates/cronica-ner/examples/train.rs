//! Trains a model and writes it: the reproducible command for the committed weights.
//!
//! ```text
//! cargo run --release -p cronica-ner --example train -- \
//!     --lang es --out crates/cronica-ner/models/es.bin --epochs 12 --seed 7 FILES...
//! ```
//! With `--eval FILE` (repeatable) the new model is also scored on each gold file.

use std::path::PathBuf;
use std::process::ExitCode;

use cronica_ner::train::{train, TrainOptions};
use cronica_types::Lang;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut lang = None;
    let mut out = None;
    let mut inputs = Vec::new();
    let mut evals = Vec::new();
    let mut epochs = None;
    let mut seed = None;
    let mut bits = None;
    let mut dropout = None;
    let mut unconstrained = false;
    let mut spans_only = false;
    let mut truecase = false;
    let mut typer_bits = None;
    let mut dictionary = None;
    let mut ordinals = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--lang" => lang = Some(value()?.parse::<Lang>()?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--epochs" => epochs = Some(value()?.parse::<usize>()?),
            "--seed" => seed = Some(value()?.parse::<u64>()?),
            "--bits" => bits = Some(value()?.parse::<u32>()?),
            "--word-dropout" => dropout = Some(value()?.parse::<f32>()?),
            "--unconstrained" => unconstrained = true,
            "--spans-only" => spans_only = true,
            "--truecase" => truecase = true,
            "--typer-bits" => typer_bits = Some(value()?.parse::<u32>()?),
            "--dict" => dictionary = Some(PathBuf::from(value()?)),
            "--ordinals" => ordinals = true,
            "--eval" => evals.push(PathBuf::from(value()?)),
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    let lang = lang.ok_or("--lang is required")?;
    let mut opts = TrainOptions::new(lang, inputs);
    if let Some(e) = epochs {
        opts.epochs = e;
    }
    if let Some(s) = seed {
        opts.seed = s;
    }
    if let Some(b) = bits {
        opts.hash_bits = b;
    }
    if let Some(d) = dropout {
        opts.word_dropout = d;
    }
    opts.constrained = !unconstrained;
    opts.spans_only = spans_only;
    opts.truecase = truecase;
    if let Some(b) = typer_bits {
        opts.typer_bits = b;
    }
    opts.dictionary = dictionary;
    opts.ordinals = ordinals;
    let (model, report) = train(&opts)?;
    println!("{}", report.lines());
    if let Some(out) = out {
        std::fs::write(&out, model.to_bytes())?;
        println!("wrote: {}", out.display());
    }
    for e in evals {
        let r = cronica_ner::eval::run(&model, &e, None)?;
        println!("{}", r.lines());
    }
    Ok(())
}
