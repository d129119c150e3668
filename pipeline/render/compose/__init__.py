"""Composing PDFs: the plan of a build (plan.py), its layout units (units.py, layout.py), the workers that make
them (jobs.py, workers.py, preload.py, lifeline.py), the cache of units (cache.py), and the joining and stamping
of each file (join.py, stamp.py, fonts.py)."""
