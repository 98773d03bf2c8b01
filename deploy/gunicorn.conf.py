"""gunicorn for cms.wsgi: `gunicorn -c deploy/gunicorn.conf.py cms.wsgi` (make prod, docs/DEPLOY.md).

Environment:
  CMS_WEB_BIND      address to listen on (default 127.0.0.1:8081; behind Varnish or a load balancer)
  CMS_WEB_WORKERS   worker processes (default 2 x cores + 1, at most 12)
  CMS_WEB_THREADS   threads per worker (default 1: sync workers)
  CMS_WEB_TIMEOUT   seconds a request may take before its worker is restarted (default 60; brochure PDFs
                    have their own limit, CMS_BROCHURE_TIMEOUT, which should stay below it)
"""

import atexit
import os
import sys

MAX_WORKERS = 12


def default_workers() -> int:
    return min(2 * (os.cpu_count() or 1) + 1, MAX_WORKERS)


bind = os.environ.get("CMS_WEB_BIND", "127.0.0.1:8081")
workers = int(os.environ.get("CMS_WEB_WORKERS", "0")) or default_workers()
threads = int(os.environ.get("CMS_WEB_THREADS", "1"))
timeout = int(os.environ.get("CMS_WEB_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests (with jitter, so not all at once): bounds slow memory growth.
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"  # Standard error, like the application's log (production settings).
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
# Behind Varnish or a load balancer on the same host: trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("CMS_WEB_FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "cms.wsgi:application"
# gunicorn's control socket is one path per user (~/.gunicorn): a second instance on the machine would take it.
control_socket_disable = True


def worker_exit(server, worker):
    """A stopping worker runs its exit handlers (logging, the brochure's PDF processes), then leaves without
    tearing the interpreter down: that takes seconds with the whole app loaded, and honcho (make prod) kills
    what is still running 5 s after Ctrl-C."""
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
