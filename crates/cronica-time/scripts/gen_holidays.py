#!/usr/bin/env python3
"""Writes data/lunar_holidays.tsv: the Gregorian dates of holidays that follow the
Islamic, Hebrew, Hindu, Chinese and Buddhist calendars, and Orthodox Easter, for
the years FIRST..LAST.

The dates are computed by the `holidays` package (MIT licence, python-holidays
project) and, for Orthodox Easter, by `dateutil` (Apache 2.0 / BSD), which it
depends on. Set up and run:

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install holidays
    /tmp/hv/bin/python scripts/gen_holidays.py > data/lunar_holidays.tsv

Output: a header of `#` lines, then one line per holiday, `key<TAB>dates`, where
dates are space-separated `YYYYMMDD` in order. Keys are read by src/holiday.rs.
"""

import sys
from datetime import timedelta

import holidays
from dateutil.easter import EASTER_ORTHODOX, easter
from holidays.calendars.buddhist import _BuddhistLunisolar
from holidays.calendars.chinese import _ChineseLunisolar
from holidays.calendars.hebrew import _HebrewLunisolar
from holidays.calendars.hindu import _HinduLunisolar
from holidays.calendars.islamic import _IslamicLunar

FIRST, LAST = 1950, 2060

ISLAMIC = _IslamicLunar()
HEBREW = _HebrewLunisolar()
HINDU = _HinduLunisolar()
CHINESE = _ChineseLunisolar()
BUDDHIST = _BuddhistLunisolar()


def islamic(name):
    def f(year):
        return [d for d, _ in getattr(ISLAMIC, name + "_dates")(year) if d.year == year]

    return f


def hebrew(name, plus=0):
    def f(year):
        d = getattr(HEBREW, name + "_date")(year)
        if isinstance(d, (set, list, tuple)):
            d = min(d) if d else None
        return [d + timedelta(days=plus)] if d else []

    return f


def lunisolar(cal, name, plus=0):
    def f(year):
        got = getattr(cal, name + "_date")(year)
        if isinstance(got, tuple):
            d = got[0]
            return [d + timedelta(days=plus)] if d else []
        return [d + timedelta(days=plus) for d, _ in got if d.year == year]

    return f


def yom_hashoah(year):
    # 27 Nisan (Passover, 15 Nisan, plus 12), moved off Friday and Sunday.
    d = HEBREW.passover_date(year)
    if not d:
        return []
    d += timedelta(days=12)
    if d.weekday() == 4:
        d -= timedelta(days=1)
    elif d.weekday() == 6:
        d += timedelta(days=1)
    return [d]


def tu_bishvat(year):
    # 15 Shevat: Purim (14 Adar, or Adar II in a leap year) less 29 days, or 59 in a
    # leap year; a leap year is one whose Rosh Hashanah-to-Rosh Hashanah spans 383-385 days.
    purim = HEBREW.purim_date(year)
    prev = HEBREW.rosh_hashanah_date(year - 1)
    this = HEBREW.rosh_hashanah_date(year)
    if not (purim and prev and this):
        return []
    leap = (this - prev).days > 355
    return [purim - timedelta(days=59 if leap else 29)]


def hanukkah(year):
    # The first night's day in this Gregorian year (not the tail of last year's).
    days = [d for d in HEBREW.hanukkah_date(year) if d.year == year and d.month >= 11]
    return [min(days)] if days else []


def orthodox(plus):
    return lambda year: [easter(year, EASTER_ORTHODOX) + timedelta(days=plus)]


TABLE = [
    # Islamic (Umm al-Qura / tabular, as the package gives them)
    ("eid_al_fitr", islamic("eid_al_fitr")),
    ("eid_al_adha", islamic("eid_al_adha")),
    ("hijri_new_year", islamic("hijri_new_year")),
    ("ashura", islamic("ashura")),
    ("mawlid", islamic("mawlid")),
    ("isra_miraj", islamic("isra_and_miraj")),
    ("laylat_al_qadr", islamic("laylat_al_qadr")),
    ("ramadan", islamic("ramadan_beginning")),
    ("jumuatul_wida", islamic("jumuatul_wida")),
    ("arbaeen", islamic("arbaeen")),
    # Hebrew (the day itself, not the evening before)
    ("rosh_hashanah", hebrew("rosh_hashanah")),
    ("yom_kippur", hebrew("yom_kippur")),
    ("sukkot", hebrew("sukkot")),
    ("shemini_atzeret", hebrew("sukkot", 7)),
    ("simchat_torah", hebrew("sukkot", 8)),
    ("hanukkah", hanukkah),
    ("passover", hebrew("passover")),
    ("shavuot", hebrew("shavuot")),
    ("purim", hebrew("purim")),
    ("shushan_purim", hebrew("purim", 1)),
    ("tisha_bav", hebrew("tisha_bav")),
    ("lag_baomer", hebrew("lag_baomer")),
    ("yom_haatzmaut", hebrew("israel_independence")),
    ("yom_hashoah", yom_hashoah),
    ("tu_bishvat", tu_bishvat),
    # Hindu, Sikh and Jain
    ("diwali", lunisolar(HINDU, "diwali_india")),
    ("dhanteras", lunisolar(HINDU, "diwali_india", -2)),
    ("naraka_chaturdashi", lunisolar(HINDU, "diwali_india", -1)),
    ("govardhan_puja", lunisolar(HINDU, "diwali_india", 1)),
    ("bhai_dooj", lunisolar(HINDU, "diwali_india", 2)),
    ("holi", lunisolar(HINDU, "holi")),
    ("holika_dahan", lunisolar(HINDU, "holi", -1)),
    ("dussehra", lunisolar(HINDU, "dussehra")),
    ("maha_ashtami", lunisolar(HINDU, "maha_ashtami")),
    ("maha_navami", lunisolar(HINDU, "maha_navami")),
    ("ganesh_chaturthi", lunisolar(HINDU, "ganesh_chaturthi")),
    ("janmashtami", lunisolar(HINDU, "janmashtami")),
    ("maha_shivaratri", lunisolar(HINDU, "maha_shivaratri")),
    ("ram_navami", lunisolar(HINDU, "ram_navami")),
    ("mahavir_jayanti", lunisolar(HINDU, "mahavir_jayanti")),
    ("raksha_bandhan", lunisolar(HINDU, "raksha_bandhan")),
    ("karwa_chauth", lunisolar(HINDU, "karwa_chauth")),
    ("onam", lunisolar(HINDU, "onam")),
    ("pongal", lunisolar(HINDU, "pongal")),
    ("makar_sankranti", lunisolar(HINDU, "makar_sankranti")),
    ("basant_panchami", lunisolar(HINDU, "basant_panchami")),
    ("chhath_puja", lunisolar(HINDU, "chhath_puja")),
    ("guru_nanak_jayanti", lunisolar(HINDU, "guru_nanak_jayanti")),
    ("guru_gobind_singh_jayanti", lunisolar(HINDU, "guru_gobind_singh_jayanti")),
    ("guru_ravidas_jayanti", lunisolar(HINDU, "guru_ravidas_jayanti")),
    ("valmiki_jayanti", lunisolar(HINDU, "maharshi_valmiki_jayanti")),
    ("buddha_purnima", lunisolar(HINDU, "buddha_purnima")),
    ("rath_yatra", lunisolar(HINDU, "rath_yatra")),
    ("gudi_padwa", lunisolar(HINDU, "gudi_padwa")),
    ("vaisakhi", lunisolar(HINDU, "vaisakhi")),
    # Chinese and Buddhist
    ("chinese_new_year", lunisolar(CHINESE, "lunar_new_year")),
    ("dragon_boat", lunisolar(CHINESE, "dragon_boat")),
    ("mid_autumn", lunisolar(CHINESE, "mid_autumn")),
    ("qingming", lunisolar(CHINESE, "qingming")),
    ("double_ninth", lunisolar(CHINESE, "double_ninth")),
    ("vesak", lunisolar(BUDDHIST, "vesak")),
    # Orthodox Easter and the days that move with it
    ("orthodox_easter", orthodox(0)),
    ("orthodox_good_friday", orthodox(-2)),
    ("orthodox_palm_sunday", orthodox(-7)),
    ("lazarus_saturday", orthodox(-8)),
    ("clean_monday", orthodox(-48)),
    ("orthodox_pentecost", orthodox(49)),
]


def main():
    out = sys.stdout
    out.write("# Generated by scripts/gen_holidays.py with holidays %s; do not edit.\n" % holidays.__version__)
    out.write("# key<TAB>YYYYMMDD ... for the years %d-%d (see data/SOURCE.md).\n" % (FIRST, LAST))
    for key, f in TABLE:
        dates = []
        for y in range(FIRST, LAST + 1):
            try:
                dates.extend(d for d in f(y) if d)
            except (KeyError, ValueError, TypeError, AttributeError):
                pass
        dates = sorted(set(dates))
        if not dates:
            raise SystemExit("no dates for " + key)
        out.write(key + "\t" + " ".join(d.strftime("%Y%m%d") for d in dates) + "\n")


if __name__ == "__main__":
    main()
