"""The HTTP edge: FastAPI routers, schemas, problem documents and wiring."""
