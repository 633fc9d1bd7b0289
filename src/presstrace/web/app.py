"""The web application over a store: `create_app(db_path)` returns a FastAPI app serving pages and /api."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from presstrace.store import Store
from presstrace.web import api, pages
from presstrace.web.security import SecurityMiddleware

STATIC = Path(__file__).parent / "static"


def vis_network_path() -> Path:
    """vis-network, a field-standard graph library, served from the installed pyvis package (no CDN)."""
    import pyvis

    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"


def create_app(db_path: str | Path, token: str | None = None) -> FastAPI:
    Store(db_path).close()  # create or upgrade the schema once, so every request can open it read-only
    app = FastAPI(title="presstrace", version="0.1.0", docs_url="/api/docs", redoc_url=None,
                  description="Who said what and who met whom, with evidence. Read-only.")
    app.state.db_path = str(Path(db_path).resolve())
    app.add_middleware(SecurityMiddleware, token=token)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/vendor/vis-network.min.js", include_in_schema=False)
    def vis_network() -> FileResponse:
        return FileResponse(vis_network_path(), media_type="text/javascript")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.templates.TemplateResponse(request, "error.html", {"status": exc.status_code,
                                                                         "detail": exc.detail},
                                                status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": errors}, status_code=422)
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return HTMLResponse(pages.templates.get_template("error.html").render(status=422, detail=detail,
                                                                              request=request), status_code=422)

    return app
