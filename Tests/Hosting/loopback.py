"""What the hosting tests share: a free port on loopback, and waiting for a server to listen."""
import os
import socket
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, process, log=None, who="a server"):
    """Returns when `port` accepts connections; exits with the server's log when it stops instead."""
    for _ in range(100):
        if process.poll() is not None:
            told = open(log).read() if log and os.path.exists(log) else ""
            sys.exit(f"{who} stopped at once (exit {process.returncode}):\n{told}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"{who} did not start listening")
