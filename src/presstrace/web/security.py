"""What keeps untrusted article text and remote callers in their place: headers, a bearer token, limits."""

from __future__ import annotations

import hmac
import ipaddress

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

# Scripts and styles only from our own static files: no inline script, no inline event handler can run.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_QUERY_CHARS = 2000


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SecurityMiddleware(BaseHTTPMiddleware):
    """Security headers on every response; bearer token when one is set; refuse oversized query strings."""

    def __init__(self, app, token: str | None = None):
        super().__init__(app)
        self.token = token

    async def dispatch(self, request: Request, call_next) -> Response:
        if len(request.url.query) > MAX_QUERY_CHARS:
            response: Response = JSONResponse({"detail": f"query string longer than {MAX_QUERY_CHARS} characters"},
                                              status_code=414)
        elif self.token and not self._authorized(request):
            response = PlainTextResponse("a bearer token is required (Authorization: Bearer TOKEN)", status_code=401,
                                         headers={"WWW-Authenticate": "Bearer"})
        else:
            response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        given = header[7:] if header.lower().startswith("bearer ") else request.cookies.get("presstrace_token", "")
        return hmac.compare_digest(given.encode(), self.token.encode())
