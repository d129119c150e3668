"""Imported by the forkserver that the build's workers are forked from (render/schedule.py), and only there:
the renderers are loaded once, before any fork, and the server dies with the build."""

import os

from pipeline.render import lifeline

# The server's parent is the build that started it: it was told so through the environment, so that
# importing this module anywhere else ties nothing to its parent.
if os.environ.get(lifeline.BUILD_PID) == str(os.getppid()):
    lifeline.die_with_parent(os.getppid())
SERVER = os.getpid()  # what a worker forked from here checks that its parent still is

import pipeline.render.docx  # noqa: E402,F401  loaded once, shared by every worker forked from here
import pipeline.render.jobs  # noqa: E402,F401
import pipeline.render.join  # noqa: E402,F401
import pipeline.render.pdf  # noqa: E402,F401
