"""Evaluation against the development corpus (`sourcelight eval`) and benchmarks (`bench`).

Modules: `text` (tokens, names, word F1), `ggt` (quotes, speakers and named sources on the Gender
Gap Tracker's labels), `polnear` (attributions on PolNeAR), `pages` (robustness and the span
property on real pages), `corpus` (runs the pipeline over each set), `report` (BENCHMARKS.md
sections), `cli` (the command), `bench` (extraction quality and latency).
"""
