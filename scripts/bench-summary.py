#!/usr/bin/env python3
"""Summarises the JSON lines of scripts/bench-table.sh as the Markdown table of docs/benchmarks.md:
medians over repeats, BrainJ (vector 1 and 2 threads in double and float, scalar) against Brian2
C++ standalone.
Usage: scripts/bench-summary.py bench-results.jsonl"""
import json
import statistics
import sys
from collections import defaultdict

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip().startswith('{')]
brainj = defaultdict(list)
brian = defaultdict(list)
for r in rows:
    if r.get('simulator') == 'brian2':
        model = 'cobahh' if r['model'] == 'hh' else r['model']
        brian[(model, r['N'])].append(r)
    else:
        brainj[(r['model'], r['n'], r['backend'], r['threads'], r.get('precision', 'double'))].append(r)

def med(rs, key):
    return statistics.median(r[key] for r in rs)

print('| net | N | synapses | Brian2 loop s | BrainJ vector 1 thr run s | ratio | vector 2 thr run s'
      ' | float: vector 1 thr run s | ratio | float: 2 thr run s'
      ' | scalar run s | BrainJ wall s (vector, 1 thr) | Brian2 compile s | peak MB BrainJ / BrainJ float / Brian2'
      ' | rate E / I Hz BrainJ | BrainJ float | Brian2 |')
print('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (model, n) in sorted({(k[0], k[1]) for k in brainj}, key=lambda x: (['coba', 'cuba', 'cobahh'].index(x[0]), x[1])):
    v1 = brainj.get((model, n, 'vector', 1, 'double'), [])
    v2 = brainj.get((model, n, 'vector', 2, 'double'), [])
    f1 = brainj.get((model, n, 'vector', 1, 'float'), [])
    f2 = brainj.get((model, n, 'vector', 2, 'float'), [])
    sc = brainj.get((model, n, 'scalar', 1, 'double'), [])
    b = brian.get((model, n), [])
    def f(x, d=3):
        return '–' if x is None else f'{x:.{d}f}'
    bl = med(b, 't_sim_loop_s') if b else None
    brian_rates = '%.1f / %.1f' % (b[0]['rate_E_Hz'], b[0]['rate_I_Hz']) if b else '–'

    vl = med(v1, 'run_s') if v1 else None
    fl = med(f1, 'run_s') if f1 else None
    float_rates = '%.1f / %.1f' % (f1[0]['rate_e_hz'], f1[0]['rate_i_hz']) if f1 else '–'
    print(f"| {model} | {n} | {v1[0]['n_syn'] / 1e6:.2f} M | {f(bl)} | {f(vl)} | "
          f"{f(vl / bl, 2) if bl and vl else '–'} | {f(med(v2, 'run_s') if v2 else None)} | "
          f"{f(fl)} | {f(fl / bl, 2) if bl and fl else '–'} | {f(med(f2, 'run_s') if f2 else None)} | "
          f"{f(med(sc, 'run_s') if sc else None)} | {f(med(v1, 'wall_s') if v1 else None, 2)} | "
          f"{f(statistics.median(r['t_codegen_compile_s'] + r['t_make_s'] for r in b) if b else None, 1)} | "
          f"{f(med(v1, 'peak_rss_mb'), 0)} / {f(med(f1, 'peak_rss_mb') if f1 else None, 0)} / "
          f"{f(med(b, 'children_maxrss_MB') if b else None, 0)} | "
          f"{v1[0]['rate_e_hz']:.1f} / {v1[0]['rate_i_hz']:.1f} | {float_rates} | "
          f"{brian_rates} |")
print()
print('runs per cell:', {f'{k[0]}:{k[1]}:{k[2]}:{k[3]}:{k[4]}': len(v) for k, v in sorted(brainj.items())},
      {f'brian2 {k[0]}:{k[1]}': len(v) for k, v in sorted(brian.items())})
