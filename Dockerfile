# syntax=docker/dockerfile:1
# Two stages: build the SPA with Node, then a slim Python runtime that serves API and SPA.
# The runtime needs Debian's Pango and a font to print letters to PDF (WeasyPrint); the
# other wheels are self-contained.

FROM node:20-bookworm-slim AS spa
WORKDIR /src
COPY openapi.yaml ./
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend/ frontend/
RUN cd frontend && npm run build

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app \
    SPA_DIST=/app/frontend/dist \
    TRAENING_ENV=production
WORKDIR /app
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock
COPY alembic.ini pyproject.toml ./
COPY domain/ domain/
COPY persistence/ persistence/
COPY api/ api/
COPY migrations/ migrations/
COPY --from=spa /src/frontend/dist/ frontend/dist/
RUN useradd --system --uid 10001 --no-create-home --home-dir /app traening
USER traening
EXPOSE 8000
# Two roles (README, Database roles). The service runs as SERVICE_DATABASE_URL's role, which
# owns nothing, and does not migrate: it needs no owner's password. Migrations are a separate
# step of the same image, run as the owner before each start of a new version:
#   docker run --rm -e DATABASE_URL=postgresql://traening_owner:...@db:5432/traening \
#     -e SERVICE_DATABASE_URL=postgresql://traening_app:...@db:5432/traening IMAGE migrate
# The service provisions the centre from the seed data if missing; /api/v1/ready answers 503
# until the schema is at the newest migration.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=4).status != 200)"]
ENTRYPOINT ["python", "-m", "api"]
CMD ["serve", "--no-migrate", "--host", "0.0.0.0", "--port", "8000"]
