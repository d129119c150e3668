"""Imported by the forkserver that the build's workers are forked from (render/compose/workers.py), and only there:
the renderers are loaded once, before any fork, and the server dies with the build."""

import os

from pipeline.render.compose import lifeline

# The server's parent is the build that started it: it was told so through the environment, so that
# importing this module anywhere else ties nothing to its parent.
if os.environ.get(lifeline.BUILD_PID) == str(os.getppid()):
    lifeline.die_with_parent(os.getppid())
SERVER = os.getpid()  # what a worker forked from here checks that its parent still is

import pipeline.render.compose.jobs  # noqa: E402,F401
import pipeline.render.compose.join  # noqa: E402,F401
import pipeline.render.compose.layout  # noqa: E402,F401
import pipeline.render.docx.writer  # noqa: E402,F401  loaded once, shared by every worker forked from here
import pipeline.render.formats.html  # noqa: E402

pipeline.render.formats.html.warm()  # the templates compiled (or read from the shared cache) once, for all
