"""gunicorn settings for Sourcelight (`gunicorn -c server/gunicorn_conf.py "server:create_app()"`).

Environment: PORT (default 8000), SOURCELIGHT_HOST (default 127.0.0.1; 0.0.0.0 behind a proxy or on
a platform that routes to the container), WEB_CONCURRENCY (workers; default from the core count).
The SOURCELIGHT_* settings are read here too, so a bad value stops the master at once with a clear
message instead of every worker failing to boot.
"""

import multiprocessing
import os
import sys

from server.config import ConfigError, load_settings

try:
    _settings = load_settings()
except ConfigError as exc:
    sys.exit(f"sourcelight: {exc}")

bind = f"{os.environ.get('SOURCELIGHT_HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# The work is CPU-bound (parsing): one worker per core plus one to cover I/O waits.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "sync"
# Each request is bounded by the pipeline budget; gunicorn's own timeout is the last resort.
timeout = int(max(30.0, _settings.budget_seconds * 3))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, with jitter so they do not all restart at once.
max_requests = 1000
max_requests_jitter = 100
# No gunicorn access log: the app logs method, path, status, size and time itself, and gunicorn's
# format could be configured to print headers or query strings.
accesslog = None
errorlog = "-"
loglevel = _settings.log_level.lower()
_level = _settings.log_level.upper()
# Only our own loggers and gunicorn's reach the output. The root logger is muted because libraries
# log page content: trafilatura, for one, logs the page's URL when it discards a page.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "CRITICAL", "handlers": ["null"]},
    "formatters": {
        "plain": {"format": "%(asctime)s %(process)d %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        },
        "null": {"class": "logging.NullHandler"},
    },
    "loggers": {
        "sourcelight": {"handlers": ["stderr"], "level": _level, "propagate": False},
        "gunicorn.error": {"handlers": ["stderr"], "level": _level, "propagate": False},
        "gunicorn.access": {"handlers": ["null"], "level": "CRITICAL", "propagate": False},
    },
}
