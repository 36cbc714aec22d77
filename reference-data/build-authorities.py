#!/usr/bin/env python3
"""Builds etl/Authorities/authorities.csv from the real DfE files in reference-data/dfe/.

DfE code, name and type come from la_code_list.xlsx; ONS codes, region codes and the years each
code pair was in use come from the CIN referrals file (time_period 2024 = financial year 2023/24).
A code pair first published for time_period Y is valid from 1 April Y-1; one last published for Y
(before the latest year) is valid to 31 March Y. Rows 998 and 999 are invented demo councils.
Run: python3 reference-data/build-authorities.py
"""
import collections, csv, os, xml.etree.ElementTree as ET, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}

def read_la_list(path):
    z = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter('{%s}t' % NS['m']))
               for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS)]
    rows = []
    for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter('{%s}row' % NS['m']):
        vals = []
        for c in r.findall('m:c', NS):
            v = c.find('m:v', NS)
            vals.append('' if v is None else (strings[int(v.text)] if c.get('t') == 's' else v.text))
        rows.append(vals)
    return {r[0]: r for r in rows[1:] if r[3] != 'NA'}

def main():
    la_list = read_la_list(os.path.join(HERE, 'dfe', 'la_code_list.xlsx'))
    spans = collections.defaultdict(lambda: [9999, 0, None])
    latest = 0
    with open(os.path.join(HERE, 'dfe', 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv'), encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            if r['geographic_level'] != 'Local authority':
                continue
            y = int(r['time_period'])
            latest = max(latest, y)
            s = spans[(r['old_la_code'], r['new_la_code'])]
            s[0], s[1] = min(s[0], y), max(s[1], y)
            s[2] = (r['region_code'], r['region_name'])
    first_year = min(s[0] for s in spans.values())
    out = os.path.join(HERE, '..', 'etl', 'Authorities', 'authorities.csv')
    with open(out, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['la_code', 'ons_code', 'name', 'region_code', 'region_name', 'la_type', 'valid_from', 'valid_to', 'is_fictional'])
        for (la, ons), (y0, y1, (rc, rn)) in sorted(spans.items()):
            name, _, ltype = la_list[la][1], la_list[la][2], la_list[la][3]
            valid_from = '2000-04-01' if y0 == first_year else f'{y0 - 1}-04-01'
            valid_to = '' if y1 == latest else f'{y1}-03-31'
            w.writerow([la, ons, name, rc, rn, ltype, valid_from, valid_to, 'false'])
        w.writerow(['998', '', 'Westshire Council (invented demo)', 'E12000009', 'South West', 'SC', '2000-04-01', '', 'true'])
        w.writerow(['999', '', 'Northbrook Council (invented demo)', 'E12000004', 'East Midlands', 'UA', '2000-04-01', '', 'true'])

if __name__ == '__main__':
    main()
