# The HTTP cache in front of the app (Varnish 7.1, xkey from varnish-modules), as a CDN would be.
#
# Not loaded alone: deploy/varnish/run writes a VCL that declares the backend ("default") and the ACL of
# who may purge ("purgers"), then includes this file, so the address is never edited here.
#
# - The app names what each response shows in Surrogate-Key (or Cache-Tag, CMS_CACHE_TAG_HEADER); it is
#   copied into xkey and a publish purges exactly those tags (exporters/purge/): `PURGE /` with
#   `xkey-purge: <tags>`. The purge is hard: the objects go, grace copies included, so once it has run no
#   client gets the old version.
# - Freshness is the app's Cache-Control (s-maxage, else max-age; stale-while-revalidate as grace).
# - Never cached: the admin, previews, anything but GET and HEAD, requests of a logged-in user (session or
#   CSRF cookie), responses that set a cookie.
vcl 4.1;

import std;
import xkey;

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            # xkey.purge, not xkey.softpurge: a soft purge would keep serving the old object during grace.
            set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.X-Purged));
        }
        # A purge by URL (wagtail.contrib.frontend_cache's Varnish backend).
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The editors' side and drafts: per user, never shared.
    if (req.url ~ "^/(admin|django-admin)(/|$)" || req.url ~ "^/api/v[0-9]+/preview/") {
        return (pass);
    }
    # One cached copy per encoding Varnish serves: gzip (it compresses and decompresses itself) or none.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    if (req.url ~ "^/static/") {
        unset req.http.Cookie;
        return (hash);
    }
    # A logged-in editor (Django's session) or a form in progress (CSRF) goes to the app.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Other cookies (analytics…) change nothing the app answers (its responses do not Vary on Cookie):
    # dropped, so they do not make every reader miss the cache.
    unset req.http.Cookie;
    if (req.http.Authorization) {
        return (pass);
    }
    return (hash);
}

sub vcl_backend_response {
    # The tags a purge names: the app's Surrogate-Key (space-separated) or Cache-Tag (comma-separated).
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    } elsif (beresp.http.Cache-Tag) {
        set beresp.http.xkey = regsuball(beresp.http.Cache-Tag, "\s*,\s*", " ");
    }
    if (!beresp.http.xkey && bereq.url !~ "^/static/") {
        # Only what the app tagged is cached: nothing else could be purged when content changes (a 404 for a
        # page about to be published, a redirect to a translation). Remembered as uncacheable for a while,
        # so requests for it go to the app side by side instead of queueing behind each other.
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    if (beresp.http.Cache-Control ~ "no-store") {
        # Built while a change committed (exporters/http/caching.py): out of date already, and the next one
        # will not be, so it is remembered as uncacheable only briefly.
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
    if (beresp.http.Set-Cookie) {
        # Never shared: remembered as uncacheable for a while so requests for it are not queued behind
        # each other.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (bereq.url ~ "^/static/" && beresp.status == 200) {
        # Static files change only with a deploy, fingerprinted names (whitenoise's manifest) never: kept
        # long. A deploy drops the others with `PURGE /` and `xkey-purge: static`.
        set beresp.http.xkey = "static";
        if (bereq.url ~ "\.[0-9a-f]{12}\.[a-z0-9]+$") {
            set beresp.ttl = 365d;
        } elsif (beresp.ttl < 1d) {
            set beresp.ttl = 1d;
        }
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml|.*\+json|.*\+xml))"
        || beresp.http.Content-Type ~ "^image/svg") {
        set beresp.do_gzip = true;
    }
    # Otherwise the built-in VCL: TTL from s-maxage/max-age, grace from stale-while-revalidate, no-store,
    # private and Vary: * uncacheable.
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The tags are between the app and its caches.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
}
