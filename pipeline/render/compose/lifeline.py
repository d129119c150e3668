"""Processes that die with their parent: the build's forkserver and workers must not outlive a build that is
killed (SIGKILL leaves it no time to stop them), or each kill would leave a few hundred MB behind for good.
Linux's parent-death signal does it: the kernel kills the child when its parent ends, whatever the reason."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

BUILD_PID = "DOSSIER_BUILD_PID"  # the environment tells the forkserver which process started it
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """SIGKILL this process when its parent ends; end now if `parent` has ended already (the parent may have
    died between this process's start and this call)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)
