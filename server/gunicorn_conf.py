"""gunicorn settings for Sourcelight (`gunicorn -c server/gunicorn_conf.py "server:create_app()"`).

Environment: PORT (default 8000), SOURCELIGHT_HOST (default 127.0.0.1; 0.0.0.0 behind a proxy or on
a platform that routes to the container), WEB_CONCURRENCY (workers; default from the core count).
"""

import multiprocessing
import os

_budget = float(os.environ.get("SOURCELIGHT_BUDGET_SECONDS", "10"))

bind = f"{os.environ.get('SOURCELIGHT_HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# The work is CPU-bound (parsing): one worker per core plus one to cover I/O waits.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "sync"
# Each request is bounded by the pipeline budget; gunicorn's own timeout is the last resort.
timeout = int(max(30.0, _budget * 3))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, with jitter so they do not all restart at once.
max_requests = 1000
max_requests_jitter = 100
# Access lines carry only method, path, status, size and time: never bodies, never query strings.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("SOURCELIGHT_LOG_LEVEL", "info").lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(process)d %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
    "loggers": {
        "sourcelight": {"handlers": ["stderr"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.error": {"handlers": ["stderr"], "level": loglevel.upper(), "propagate": False},
    },
}
